"""Cruet part of the generated corpus: templates LLL, written blind for the next measurement.

A part of its own, ``cruet``. Its templates were written without looking at the boundary
detector, its documentation, its tuning or its evaluation, as the pile the office of an
independent florist with a shop and a wedding and events business (an owner, three florists
and a delivery driver; in England, Germany or France) feeds through its scanner in a month:
flower exporters' invoices from the Dutch auction clock and the growers' direct sales
(Rechnung, facture) with lines by grower, variety, length and stems and a page of returnable
packaging (CC trolleys, shelves, buckets), now and then the exporter's conditions behind;
local flower wholesalers' van delivery notes on A5 signed on receipt, and the wholesaler's
monthly statement of account with the tear-off remittance slip; phytosanitary certificates of
the exporting country's plant protection service (KEPHIS, Agrocalidad, ICA, NVWA) with the
attachment sheet listing the boxes, now and then stamped at the border; customs brokers'
import clearance invoices with the duty, import VAT and plant health inspection charges and
the import entry summary behind; the shop's own wedding and event quotations (Angebot,
devis) with the covering letter, the flowers by part of the day, a landscape recipe and
colour sheet, the terms and the acceptance form; the shop's event booking agreements signed
by the couple with the terms and a signature page; deposit and balance receipts torn from
the shop's receipt book (A6); relay network (wire service) orders printed from the network
terminal with the card message; the network's monthly clearing statements with the orders
sent and received, commissions and fees over several pages; sundries suppliers' invoices
(ribbons, floral foam, wraps, vases, wire); venues' letters to the wedding suppliers with the
venue's supplier rules, a load-in plan and the supplier declaration to return; wedding
planners' supplier running orders with the day's timeline on landscape pages and the supplier
contact list; the shop's customer order forms from the counter pad, filled in by hand with
tick boxes and the card message (A5); funeral directors' tribute orders with the family's
inscriptions; the shop's corporate flower-display agreements (Dekorationsvertrag, contrat de
décoration florale) with the schedule of locations, prices, terms and signature page; the
shop's monthly display invoices to its corporate clients with the visit log; the council's
market stall licence (Marktplatzzuweisung, autorisation d'occupation du domaine public) with
the conditions; pot plant nurseries' delivery notes with the plant passport on every line;
and the refrigeration engineer's cold room service report with the F-gas leak check record.
Each stream is one florist's pile: the shop (country, name, month) is drawn once per stream;
its senders are of the shop's country and write in its language, except that the exporters'
phytosanitary authorities write in English (Ecuador and Colombia with Spanish beside it) and
that sundries suppliers, nurseries and venues are now and then from one of the other two
countries and write in their own. Page sizes range from A6 receipt slips and A5 pads and
delivery notes to A4, Letter and landscape A4.

Labelling rule: what one sender issues in one go is one document, as the office files it:
the packaging page and the conditions page of an exporter's invoice; the tear-off slip of a
statement; the attachment sheet of a phytosanitary certificate; the entry summary behind a
broker's clearance invoice; the covering letter, recipe sheet, terms and acceptance form of a
quotation; the terms and signature page of a booking agreement; the transaction pages
of a clearing statement; the rules, load-in plan and declaration form of a venue's letter;
the timeline and contact pages of a running order; the schedule, terms and signature page of
a display agreement; the visit log of a display invoice; the conditions of a market licence;
the refrigerant log page of a service report; every page of one invoice. Related papers are
documents of their own: the broker's clearance invoice after the phytosanitary certificate of
the same consignment, the booking agreement after the quotation, the deposit receipt after the
booking agreement, the first monthly invoice after a display agreement, the venue's letter
after the planner's running order, the wholesaler's statement after its delivery note; and so
is each delivery note, receipt, relay order, order form, tribute order, invoice and
certificate of a run.

Streams are assembled like ``corpus.make_stream`` (same separator sheets, same 30% chance of
repeating the previous kind and sender), plus batch runs: exporters' invoices, wholesalers'
delivery notes, receipts, relay orders, counter order forms, tribute orders, display invoices,
nursery delivery notes and phytosanitary certificates often come 2-4 in a row from one sender
with other numbers, dates and amounts; and companions: each related paper above often follows
the document it answers, about the same consignment, wedding, client or account. Drawn with
``corpus.draw_pdf``, scanned with ``corpus.scan`` and labelled exactly like
``corpus.generate`` with ``"split": "cruet"`` and seeds offset by 6_300_000.

Usage: ``python benchmarks/corpus_cruet.py OUT_DIR [--streams N] [--scanned N] [--seed S]``
writes ``OUT_DIR/cruet/cruet_{born_digital,scanned}_NNNNNNN.{pdf,json}``.
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

PART = "cruet"
SEED_OFFSET = 6_300_000

MM = 72 / 25.4
A6 = (105 * MM, 148 * MM)
LAND = landscape(A4)

# ---------------------------------------------------------------------------------------------
# Who writes: the shop and its outside senders, by country
# ---------------------------------------------------------------------------------------------

Row = tuple[str, str, str, str]  # name, street, town, telephone
SHOPS: dict[str, list[Row]] = {
    "en": [
        ("Bramble & Bloom Florists", "27 High Street", "Ludlow SY8 1BS", "01584 872 310"),
        ("The Flower Loft", "4 Kirkgate", "Otley LS21 3HJ", "01943 461 775"),
        ("Wild Iris Flowers Ltd", "61 Gloucester Road", "Bristol BS7 8AD", "0117 942 6618"),
    ],
    "de": [
        ("Blumenwerk Hanna Sommer", "Lange Straße 31", "26122 Oldenburg", "0441 248 17 60"),
        ("Floristik Kornblume", "Marktplatz 9", "97070 Würzburg", "0931 35 40 22"),
        ("Blütezeit Floristik & Events", "Bergstraße 88", "69120 Heidelberg", "06221 43 88 10"),
    ],
    "fr": [
        ("Atelier Pivoine", "14 rue des Tanneurs", "67000 Strasbourg", "03 88 32 41 07"),
        ("Les Fleurs de Margaux", "3 place du Marché", "37000 Tours", "02 47 61 20 84"),
        ("Coquelicot Fleuriste", "52 cours Julien", "13006 Marseille", "04 91 48 66 15"),
    ],
}
OWNERS = {
    "en": ["Harriet Lowe", "Megan Castell", "Jo Whitfield"],
    "de": ["Hanna Sommer", "Miriam Kolb", "Sina Albrecht"],
    "fr": ["Margaux Perrault", "Élodie Barbier", "Chloé Vasseur"],
}
SENDERS: dict[str, dict[str, list[Row]]] = {
    "exporter": {
        "en": [
            ("Van Leeuwen Flower Export B.V.", "Legmeerdijk 313", "1431 GB Aalsmeer (NL)", ""),
            ("Hoek Flowers International", "Middel Broekweg 29", "2675 KB Honselersdijk (NL)", ""),
            ("Dutch Bloom Direct B.V.", "Japanlaan 4", "2231 JX Rijnsburg (NL)", ""),
        ],
        "de": [
            ("Bloemenexport Kwakman B.V.", "Legmeerdijk 281", "1431 GB Aalsmeer (NL)", ""),
            ("Flora Holland Versand Verhoef", "Westlandseweg 40", "2671 MK Naaldwijk (NL)", ""),
            ("Van Vliet Blumengroßhandel B.V.", "Laan van Verhof 3", "2231 BZ Rijnsburg (NL)", ""),
        ],
        "fr": [
            ("Fleurexport Van Dijk B.V.", "Legmeerdijk 301", "1431 GB Aalsmeer (NL)", ""),
            ("Hollandfleurs Export B.V.", "Middel Broekweg 12", "2675 KB Honselersdijk (NL)", ""),
            ("Bloemen Roodenburg Export", "Japanlaan 11", "2231 JX Rijnsburg (NL)", ""),
        ],
    },
    "wholesaler": {
        "en": [
            ("Marches Flower Wholesale Ltd", "Unit 7, Burway Trading Est.", "Ludlow SY8 1EN", ""),
            ("Pennine Wholesale Florists", "Canal Road", "Bradford BD2 1AR", "01274 721 553"),
            ("Westflor Cash & Carry", "Avonmeads Retail Park", "Bristol BS2 0SP", ""),
        ],
        "de": [
            ("Blumengroßmarkt Weser-Ems eG", "Am Fliegerhorst 12", "26135 Oldenburg", ""),
            ("Mainfranken Blumen-Frisch Großhandel", "Nürnberger Straße 110", "97076 Würzburg", ""),
            ("Blumen Kramer Großhandel", "Eppelheimer Straße 58", "69115 Heidelberg", ""),
        ],
        "fr": [
            ("Grossiste Fleurs d'Alsace", "ZI Port du Rhin", "67100 Strasbourg", ""),
            ("Val de Loire Fleurs SAS", "MIN de Tours, Bât. C", "37100 Tours", ""),
            ("Provence Fleurs Gros", "MIN des Arnavaux", "13014 Marseille", "04 91 02 33 70"),
        ],
    },
    "broker": {
        "en": [
            (
                "Skyport Customs Clearance Ltd",
                "Cargo Centre, Shoreham Road",
                "Heathrow TW6 3RX",
                "",
            ),
            ("Channel Perishables Agency", "Dover Cargo Terminal", "Dover CT16 1JA", ""),
        ],
        "de": [
            (
                "Frankfurt Perishable Zollservice GmbH",
                "CargoCity Süd, Geb. 537",
                "60549 Frankfurt",
                "",
            ),
            ("Hanse Zoll & Frische GmbH", "Peutestraße 53", "20539 Hamburg", ""),
        ],
        "fr": [
            ("Transitaire Roissy Frais SARL", "Roissypôle, Bât. 3402", "95700 Roissy", ""),
            ("Rungis Dédouanement SAS", "MIN de Rungis, Bât. D4", "94150 Rungis", ""),
        ],
    },
    "relay": {
        "en": [("Blossomwire Relay Ltd", "Petal House, 2 Mill Way", "Sleaford NG34 7TW", "")],
        "de": [("Blütenruf Blumenvermittlung eG", "Dorotheenstraße 4", "70173 Stuttgart", "")],
        "fr": [("Transflor Réseau SA", "12 avenue des Fleuristes", "78180 Montigny", "")],
    },
    "sundries": {
        "en": [
            ("Chalfont Florist Sundries Ltd", "Unit 2, Mill Lane", "Chalfont SL9 8BN", ""),
            ("Ribbons & Foam Direct", "14 Spon Lane", "West Bromwich B70 6AA", ""),
        ],
        "de": [
            ("Floristikbedarf Meyer GmbH", "Gewerbering 17", "33332 Gütersloh", ""),
            ("Deko-Großhandel Sander KG", "Industriestraße 5", "84030 Ergolding", ""),
        ],
        "fr": [
            ("Fournitures Florales Berthier", "ZA du Pontet", "69380 Lozanne", ""),
            ("Emballages Fleuris SARL", "8 rue Gutenberg", "44470 Carquefou", ""),
        ],
    },
    "venue": {
        "en": [
            ("Hopton Court Hotel", "Cleobury Mortimer", "Kidderminster DY14 0EF", ""),
            ("The Old Tithe Barn", "Church Lane", "Ilkley LS29 9DW", ""),
            ("Ashton Court Mansion Events", "Long Ashton", "Bristol BS41 9JN", ""),
        ],
        "de": [
            ("Schloss Rastede Hotel & Events", "Oldenburger Straße 24", "26180 Rastede", ""),
            ("Hofgut Wendelin", "Hofgutweg 2", "97255 Gelchsheim", ""),
            ("Weingut & Gutshof Neckarblick", "Am Mühlberg 6", "69151 Neckargemünd", ""),
        ],
        "fr": [
            ("Château d'Osthoffen", "2 rue du Château", "67990 Osthoffen", ""),
            ("Domaine de la Bergerie", "Route de Chinon", "37420 Avoine", ""),
            ("Bastide des Oliviers", "Chemin des Restanques", "13390 Auriol", ""),
        ],
    },
    "planner": {
        "en": [
            ("Laurel & Lace Weddings", "The Studio, 3 Mill Street", "Ludlow SY8 1BB", ""),
            ("Sunday Best Events", "22 The Grove", "Ilkley LS29 9EE", ""),
        ],
        "de": [
            ("Ja-Wort Hochzeitsplanung", "Gartenstraße 3", "26122 Oldenburg", ""),
            ("Festlich Eventplanung Kerstin Roth", "Zeller Straße 14", "97082 Würzburg", ""),
        ],
        "fr": [
            ("Un Jour Parfait Wedding Planner", "9 quai des Bateliers", "67000 Strasbourg", ""),
            ("Oui Organisation", "17 rue Colbert", "37000 Tours", ""),
        ],
    },
    "funeral": {
        "en": [
            ("A. Hartley & Sons Funeral Directors", "Corve Street", "Ludlow SY8 1DA", ""),
            ("Wharfedale Family Funerals", "Bondgate", "Otley LS21 1AD", ""),
            ("Co-operative Funeralcare Horfield", "84 Gloucester Road", "Bristol BS7 8BN", ""),
        ],
        "de": [
            ("Bestattungshaus Ahlers", "Donnerschweer Straße 70", "26123 Oldenburg", ""),
            ("Pietät Brückner Bestattungen", "Sanderstraße 21", "97070 Würzburg", ""),
            ("Bestattungen Heiler", "Rohrbacher Straße 12", "69115 Heidelberg", ""),
        ],
        "fr": [
            ("Pompes Funèbres Schaller", "5 route du Polygone", "67100 Strasbourg", ""),
            ("PF Marbrerie Lemoine", "41 boulevard Heurteloup", "37000 Tours", ""),
            ("Pompes Funèbres Phocéennes", "120 rue de Rome", "13006 Marseille", ""),
        ],
    },
    "corporate": {
        "en": [
            ("Corve Street Dental Practice", "9 Corve Street", "Ludlow SY8 1DA", ""),
            ("Hallam Baxter LLP Solicitors", "Wharfebank House", "Otley LS21 3AN", ""),
            ("The Clifton Grand Hotel", "Princes Buildings", "Bristol BS8 4LD", ""),
            ("Severn Asset Management Ltd", "1 Redcliff Street", "Bristol BS1 6NP", ""),
        ],
        "de": [
            (
                "Landessparkasse zu Oldenburg - Filiale Lange Straße",
                "Lange Straße 1",
                "26122 Oldenburg",
                "",
            ),
            ("Kanzlei Brenner Vogt Rechtsanwälte", "Kaiserstraße 17", "97070 Würzburg", ""),
            ("Hotel Europäischer Hof", "Friedrich-Ebert-Anlage 1", "69117 Heidelberg", ""),
            (
                "Medizinisches Versorgungszentrum Am Ring",
                "Heidelberger Ring 4",
                "97080 Würzburg",
                "",
            ),
        ],
        "fr": [
            (
                "Cabinet Hoffmann & Associés Avocats",
                "10 rue de la Nuée-Bleue",
                "67000 Strasbourg",
                "",
            ),
            ("Hôtel de l'Univers", "5 boulevard Heurteloup", "37000 Tours", ""),
            ("Clinique du Parc Borély", "Avenue du Prado", "13008 Marseille", ""),
            ("Crédit Mutuel Agence Tours Centre", "28 rue Nationale", "37000 Tours", ""),
        ],
    },
    "council": {
        "en": [
            (
                "Shropshire Council - Markets Service",
                "Shirehall, Abbey Foregate",
                "Shrewsbury SY2 6ND",
                "",
            ),
            (
                "Leeds City Council - Markets & City Centre",
                "Kirkgate Market Office",
                "Leeds LS2 7HY",
                "",
            ),
            ("Bristol City Council - Markets", "St Nicholas Market Office", "Bristol BS1 1JQ", ""),
        ],
        "de": [
            ("Stadt Oldenburg - Marktwesen", "Industriestraße 1", "26121 Oldenburg", ""),
            (
                "Stadt Würzburg - Ordnungsamt, Marktwesen",
                "Karmelitenstraße 20",
                "97070 Würzburg",
                "",
            ),
            (
                "Stadt Heidelberg - Bürger- und Ordnungsamt",
                "Bergheimer Straße 69",
                "69115 Heidelberg",
                "",
            ),
        ],
        "fr": [
            (
                "Ville de Strasbourg - Service des marchés",
                "1 parc de l'Étoile",
                "67076 Strasbourg",
                "",
            ),
            ("Ville de Tours - Droits de place", "1-3 rue des Minimes", "37926 Tours", ""),
            (
                "Ville de Marseille - Service de l'espace public",
                "40 rue Fauchier",
                "13002 Marseille",
                "",
            ),
        ],
    },
    "nursery": {
        "en": [
            ("Greenways Pot Plant Nursery", "Station Road", "Spalding PE11 2XX", ""),
            ("Evesham Vale Growers Ltd", "Pershore Road", "Evesham WR11 2RE", ""),
        ],
        "de": [
            ("Gartenbau Terhalle GmbH", "Im Hook 14", "48691 Vreden", ""),
            ("Topfpflanzen Lüdtke KG", "Straelener Straße 40", "47638 Straelen", ""),
        ],
        "fr": [
            ("Horticulture Lebreton", "La Grande Noue", "49130 Les Ponts-de-Cé", ""),
            ("Pépinières du Var Roux", "Route de Hyères", "83400 Hyères", ""),
        ],
    },
    "fridge": {
        "en": [
            ("Coldline Refrigeration Services", "Unit 3, Parkway", "Telford TF3 4JJ", ""),
            ("Airedale Cooling Ltd", "Valley Road", "Keighley BD21 4LZ", ""),
        ],
        "de": [
            ("Kälte-Klima Behrens GmbH", "Hauptstraße 51", "26188 Edewecht", ""),
            ("Kältetechnik Scheuermann", "Mergentheimer Straße 90", "97084 Würzburg", ""),
        ],
        "fr": [
            ("Froid Service Est", "12 rue de l'Industrie", "67400 Illkirch", ""),
            ("Frigo Clim Touraine", "ZA Les Granges Galand", "37550 Saint-Avertin", ""),
        ],
    },
}

#: The plant protection services of exporting countries (they write in English; the
#: Spanish-speaking ones in Spanish beside it): name, place, country, code, Spanish?
NPPOS = [
    ("Kenya Plant Health Inspectorate Service (KEPHIS)", "Nairobi", "Kenya", "KE", False),
    (
        "Agencia de Regulación y Control Fito y Zoosanitario (Agrocalidad)",
        "Quito",
        "Ecuador",
        "EC",
        True,
    ),
    ("Instituto Colombiano Agropecuario (ICA)", "Bogotá D.C.", "Colombia", "CO", True),
    (
        "Netherlands Food and Consumer Product Safety Authority (NVWA)",
        "Utrecht",
        "The Netherlands",
        "NL",
        False,
    ),
    ("Ethiopian Agricultural Authority - Plant Health", "Addis Ababa", "Ethiopia", "ET", False),
]
FARMS = {
    "KE": ["Oserian Roses Ltd, Naivasha", "Maji Mazuri Flowers, Eldoret", "Penta Flowers, Thika"],
    "EC": [
        "Rosaprima S.A., Cayambe",
        "Hoja Verde Cia. Ltda., Tabacundo",
        "Naranjo Roses, Latacunga",
    ],
    "CO": [
        "Flores El Capiro S.A., Rionegro",
        "Sunshine Bouquet, Facatativá",
        "Flores Aposentos, Funza",
    ],
    "NL": [
        "Kwekerij De Zonnebloem, Bleiswijk",
        "Moerings Roses, Honselersdijk",
        "Dekker Chrysanten, Hensbroek",
    ],
    "ET": ["Sher Ethiopia PLC, Ziway", "Ethio Dream PLC, Holeta", "Joytech PLC, Sebeta"],
}
OFFICERS = {
    "KE": ["J. Mwangi", "P. Otieno", "G. Wanjiku"],
    "EC": ["M. Andrade", "L. Guamán", "P. Vásconez"],
    "CO": ["C. Rojas", "A. Beltrán", "D. Ospina"],
    "NL": ["W. de Vries", "E. Bakker", "J. Smit"],
    "ET": ["T. Bekele", "H. Tadesse", "M. Girma"],
}
AIRPORTS = {"en": "London Heathrow (LHR)", "de": "Frankfurt (FRA)", "fr": "Paris-CDG (CDG)"}

FIRSTS = {
    "en": ["Sophie", "James", "Chloe", "Oliver", "Amelia", "Tom", "Lucy", "Ben", "Grace", "Sam"],
    "de": ["Lena", "Jonas", "Marie", "Felix", "Laura", "Tobias", "Anna", "Lukas", "Jana", "Tim"],
    "fr": ["Camille", "Hugo", "Manon", "Louis", "Inès", "Théo", "Léa", "Maxime", "Julie", "Paul"],
}
LASTS = {
    "en": ["Pritchard", "Hughes", "Ashworth", "Naylor", "Okafor", "Bennett", "Lam", "Rees"],
    "de": ["Becker", "Janssen", "Krüger", "Lohmann", "Özdemir", "Wagner", "Ritter", "Brandt"],
    "fr": ["Marchand", "Lambert", "Fabre", "Haddad", "Muller", "Girard", "Roussel", "Caron"],
}
FEMALE = {"Sophie", "Chloe", "Amelia", "Lucy", "Grace", "Lena", "Marie", "Laura", "Anna", "Jana"}
FEMALE |= {"Camille", "Manon", "Inès", "Léa", "Julie", "Harriet", "Megan", "Jo", "Hanna"}
FEMALE |= {"Miriam", "Sina", "Margaux", "Élodie", "Chloé"}
ROADS = {
    "en": [
        "Broad Street",
        "Bell Lane",
        "Weir Road",
        "Whitcliffe Road",
        "Ash Grove",
        "Park Crescent",
    ],
    "de": ["Ammerländer Heerstraße", "Rosenweg", "Friedhofstraße", "Bahnhofstraße", "Am Wall"],
    "fr": [
        "rue des Lilas",
        "avenue de la Gare",
        "rue Pasteur",
        "chemin des Vignes",
        "rue Nationale",
    ],
}
TOWNS = {
    "en": [
        "Ludlow SY8 2PL",
        "Leominster HR6 8AB",
        "Otley LS21 2DE",
        "Ilkley LS29 8QP",
        "Bristol BS6 6TX",
    ],
    "de": [
        "26129 Oldenburg",
        "26160 Bad Zwischenahn",
        "97072 Würzburg",
        "69117 Heidelberg",
        "97209 Veitshöchheim",
    ],
    "fr": [
        "67000 Strasbourg",
        "67200 Strasbourg",
        "37100 Tours",
        "37300 Joué-lès-Tours",
        "13007 Marseille",
    ],
}

#: Cut flowers as an exporter lists them: genus, variety, lengths (cm), stems per bunch,
#: price range per stem (EUR).
CUT = [
    (
        "Rosa",
        [
            "Avalanche+",
            "Red Naomi!",
            "Sweet Avalanche+",
            "Quicksand",
            "Playa Blanca",
            "Country Blues",
            "Pink Mondial",
            "Explorer",
        ],
        [50, 60, 70],
        20,
        (0.28, 0.85),
    ),
    ("Rosa tros", ["Majolica", "Lydia", "Snowflake", "Babe"], [40, 50], 10, (0.35, 0.7)),
    (
        "Chrysanthemum",
        ["Baltica", "Antonov", "Zembla", "Feeling Green", "Pip Champagne"],
        [70, 80],
        10,
        (0.3, 0.65),
    ),
    (
        "Dianthus",
        ["Moonlight", "Hermes Orange", "Antigua", "Nobbio Burgundy"],
        [60, 70],
        20,
        (0.14, 0.3),
    ),
    (
        "Eustoma",
        ["Rosita White", "Alissa Lavender", "Corelli Champagne"],
        [60, 70],
        10,
        (0.45, 0.9),
    ),
    ("Gypsophila", ["Xlence", "Million Stars", "Pink Lady"], [70, 80], 10, (0.3, 0.6)),
    ("Alstroemeria", ["Virginia", "Whistler", "Sirius", "Fuego"], [70, 80], 10, (0.22, 0.4)),
    (
        "Paeonia",
        ["Sarah Bernhardt", "Coral Charm", "Duchesse de Nemours"],
        [50, 60],
        10,
        (0.9, 2.2),
    ),
    (
        "Ranunculus",
        ["Clooney Hanoi", "Pon-Pon Karma", "Elegance Bianco"],
        [40, 50],
        10,
        (0.45, 0.95),
    ),
    (
        "Tulipa",
        ["Strong Gold", "Dow Jones", "Double Price", "White Dream"],
        [38, 42],
        10,
        (0.18, 0.4),
    ),
    ("Hydrangea", ["Verena White", "Magical Amethyst", "Challenge Blue"], [50, 60], 1, (1.4, 3.2)),
    ("Eucalyptus", ["Cinerea", "Parvifolia", "Populus"], [60, 80], 5, (0.5, 1.1)),
    ("Ruscus", ["Israeli"], [60, 70], 10, (0.12, 0.25)),
    ("Matthiola", ["Iron White", "Figaro Rose"], [60, 70], 10, (0.4, 0.75)),
    ("Freesia", ["Super Power", "Pink Passion", "Ambiance"], [50, 60], 10, (0.2, 0.45)),
    ("Lilium", ["Siberia", "Zambesi", "Tarrango"], [80, 90], 10, (0.9, 1.6)),
]
COMMON = {
    "en": {
        "Rosa": "Roses",
        "Rosa tros": "Spray roses",
        "Chrysanthemum": "Chrysanthemums",
        "Dianthus": "Carnations",
        "Eustoma": "Lisianthus",
        "Gypsophila": "Gypsophila",
        "Alstroemeria": "Alstroemeria",
        "Paeonia": "Peonies",
        "Ranunculus": "Ranunculus",
        "Tulipa": "Tulips",
        "Hydrangea": "Hydrangea",
        "Eucalyptus": "Eucalyptus",
        "Ruscus": "Ruscus",
        "Matthiola": "Stocks",
        "Freesia": "Freesias",
        "Lilium": "Lilies",
    },
    "de": {
        "Rosa": "Rosen",
        "Rosa tros": "Sprayrosen",
        "Chrysanthemum": "Chrysanthemen",
        "Dianthus": "Nelken",
        "Eustoma": "Lisianthus",
        "Gypsophila": "Schleierkraut",
        "Alstroemeria": "Inkalilien",
        "Paeonia": "Pfingstrosen",
        "Ranunculus": "Ranunkeln",
        "Tulipa": "Tulpen",
        "Hydrangea": "Hortensien",
        "Eucalyptus": "Eukalyptus",
        "Ruscus": "Ruscus",
        "Matthiola": "Levkojen",
        "Freesia": "Freesien",
        "Lilium": "Lilien",
    },
    "fr": {
        "Rosa": "Roses",
        "Rosa tros": "Roses branchues",
        "Chrysanthemum": "Chrysanthèmes",
        "Dianthus": "Œillets",
        "Eustoma": "Lisianthus",
        "Gypsophila": "Gypsophile",
        "Alstroemeria": "Alstroemères",
        "Paeonia": "Pivoines",
        "Ranunculus": "Renoncules",
        "Tulipa": "Tulipes",
        "Hydrangea": "Hortensias",
        "Eucalyptus": "Eucalyptus",
        "Ruscus": "Ruscus",
        "Matthiola": "Giroflées",
        "Freesia": "Freesias",
        "Lilium": "Lys",
    },
}
POTS = [
    ("Phalaenopsis", "2-tak", 12),
    ("Anthurium andreanum", "Sierra", 14),
    ("Ficus lyrata", "", 21),
    ("Kalanchoe blossfeldiana", "mix", 10.5),
    ("Hedera helix", "White Wonder", 12),
    ("Helleborus niger", "Christmas Carol", 14),
    ("Calluna vulgaris", "Garden Girls", 11),
    ("Lavandula angustifolia", "Hidcote", 13),
    ("Buxus sempervirens", "bol", 19),
    ("Olea europaea", "stam", 24),
    ("Zamioculcas zamiifolia", "", 17),
    ("Spathiphyllum", "Sweet Chico", 12),
    ("Hydrangea macrophylla", "Magical", 14),
    ("Rosa (Topfrose)", "Patiohit", 13),
]
SUNDRIES = {
    "en": [
        ("OASIS Ideal Floral Foam Maxlife brick", "box 20", 38.5),
        ("Satin ribbon 25mm ivory", "roll 50m", 6.8),
        ("Satin ribbon 15mm dusky pink", "roll 50m", 5.4),
        ("Hessian ribbon 50mm natural", "roll 10m", 4.2),
        ("Cellophane roll 80cm clear", "roll 100m", 17.9),
        ("Kraft paper wrap 60cm", "roll 50m", 12.5),
        ("Aqua pack bags 35cm", "pk 100", 14.0),
        ("Stub wire 22g 12 inch", "2.5kg", 16.75),
        ("Green pot tape 12mm", "pk 6", 9.9),
        ("Wreath frame foam 14 inch", "box 2", 11.6),
        ("Cylinder vase 30x15cm", "each", 7.4),
        ("Glass bud vase 15cm", "box 12", 19.2),
        ("Florist card + envelope, Thinking of You", "pk 50", 6.5),
        ("Chrysal Clear flower food sachets", "pk 1000", 21.0),
        ("Corsage pins pearl head", "box 144", 3.6),
        ("Bouquet boxes kraft large", "pk 10", 18.4),
    ],
    "de": [
        ("OASIS Steckschaum Ideal Maxlife Ziegel", "Karton 20", 36.9),
        ("Satinband 25 mm creme", "Rolle 50 m", 6.2),
        ("Satinband 15 mm altrosa", "Rolle 50 m", 4.9),
        ("Juteband 50 mm natur", "Rolle 10 m", 3.9),
        ("Klarsichtfolie 80 cm", "Rolle 100 m", 16.4),
        ("Kraftpapier 60 cm braun", "Rolle 50 m", 11.8),
        ("Wasserbeutel Aquapack 35 cm", "100 St.", 13.5),
        ("Steckdraht 0,8 mm 30 cm", "2,5 kg", 15.9),
        ("Kerzenhalter Kunststoff grün", "100 St.", 4.6),
        ("Kranzrohling Steckschaum 40 cm", "2 St.", 10.8),
        ("Zylinderglas 30 x 15 cm", "St.", 6.9),
        ("Knospenvase Glas 15 cm", "12 St.", 17.5),
        ("Kondolenzkarten mit Umschlag", "50 St.", 7.2),
        ("Chrysal Frischhaltemittel Beutel", "1000 St.", 19.5),
        ("Anstecknadeln Perlkopf", "144 St.", 3.4),
        ("Trauerschleife Satin 100 mm weiß", "Rolle 25 m", 14.9),
    ],
    "fr": [
        ("Mousse OASIS Ideal Maxlife brique", "carton 20", 37.4),
        ("Ruban satin 25 mm ivoire", "rouleau 50 m", 6.4),
        ("Ruban satin 15 mm vieux rose", "rouleau 50 m", 5.1),
        ("Ruban toile de jute 50 mm", "rouleau 10 m", 4.0),
        ("Film cristal 80 cm", "rouleau 100 m", 16.8),
        ("Papier kraft 60 cm", "rouleau 50 m", 12.1),
        ("Sachets aquapack 35 cm", "lot 100", 13.8),
        ("Fil de fer à tiges 0,8 mm", "2,5 kg", 16.2),
        ("Bande adhésive verte 12 mm", "lot 6", 9.4),
        ("Couronne mousse 40 cm", "lot 2", 11.2),
        ("Vase cylindre 30 x 15 cm", "pièce", 7.1),
        ("Soliflore verre 15 cm", "carton 12", 18.6),
        ("Cartes deuil + enveloppes", "lot 50", 6.9),
        ("Conservateur Chrysal sachets", "lot 1000", 20.2),
        ("Épingles à boutonnière tête perle", "boîte 144", 3.5),
        ("Ruban deuil satin 100 mm blanc", "rouleau 25 m", 15.2),
    ],
}
TALK = {
    "en": {
        "wed": "flowers ceremony reception bouquet buttonholes colour palette seasonal stems "
        "arch tables venue guests foliage installation delivery set-up collection hire vases",
        "venue": "suppliers access loading bay parking set-up times ceremony room candles "
        "confetti fire safety insurance liability clear-down collection event manager guests",
        "legal": "agreement client florist deposit balance cancellation substitution seasonal "
        "availability liability hire items damage notice payment terms date event",
        "money": "invoice payment account balance due amount reference transfer period "
        "outstanding statement charges terms settlement",
    },
    "de": {
        "wed": "Blumen Trauung Feier Brautstrauß Anstecker Farbkonzept saisonal Stiele Bogen "
        "Tische Location Gäste Grün Installation Lieferung Aufbau Abbau Leihvasen",
        "venue": "Dienstleister Zufahrt Anlieferung Parkplatz Aufbauzeiten Trausaal Kerzen "
        "Konfetti Brandschutz Versicherung Haftung Abbau Abholung Eventleitung Gäste",
        "legal": "Vertrag Auftraggeber Floristin Anzahlung Restbetrag Stornierung Ersatz "
        "saisonale Verfügbarkeit Haftung Leihartikel Beschädigung Frist Zahlung Termin",
        "money": "Rechnung Zahlung Konto Saldo fällig Betrag Verwendungszweck Überweisung "
        "Zeitraum offen Auszug Gebühren Zahlungsziel Ausgleich",
    },
    "fr": {
        "wed": "fleurs cérémonie réception bouquet boutonnières palette saison tiges arche "
        "tables lieu invités feuillages installation livraison montage reprise vases",
        "venue": "prestataires accès quai parking horaires montage salle bougies confettis "
        "sécurité incendie assurance responsabilité démontage reprise régisseur invités",
        "legal": "contrat client fleuriste acompte solde annulation substitution saison "
        "disponibilité responsabilité location dégradation préavis règlement date",
        "money": "facture paiement compte solde échéance montant référence virement période "
        "impayé relevé frais règlement",
    },
}
GLUES = {
    "en": "the of and to for with on at by from this is are will be the a as we your all",
    "de": "die der das und zu für mit auf von ist sind wird bei nach den dem im wir Ihre",
    "fr": "le la les et de du pour avec sur par est sont sera au aux des une nous vos",
}


def words(rng: random.Random, lang: str, topic: str = "wed", n: int | None = None) -> str:
    pool, glue = TALK[lang][topic].split(), GLUES[lang].split()
    ws = [rng.choice(pool if rng.random() < 0.5 else glue) for _ in range(n or rng.randint(7, 15))]
    text = " ".join(ws)
    return text[0].upper() + text[1:] + "."


def prose(rng: random.Random, lang: str, topic: str = "wed", lo: int = 2, hi: int = 4) -> str:
    return " ".join(words(rng, lang, topic) for _ in range(rng.randint(lo, hi)))


# ---------------------------------------------------------------------------------------------
# The shop of a stream: its country, month, and what the previous paper was about
# ---------------------------------------------------------------------------------------------

SHOP: dict[str, object] = {"lang": "en", "row": 0, "seed": 0, "month": date(2025, 5, 1)}
#: What the previous document was about (a companion takes up the same wedding or account).
LAST: dict[str, object] = {"kind": "", "day": None, "extra": None}


def home() -> str:
    return str(SHOP["lang"])


def month() -> date:
    m = SHOP["month"]
    assert isinstance(m, date)
    return m


def keyed(who: Issuer, key: str) -> random.Random:
    """Draws fixed by the issuer, the stream's shop and ``key``: a run or a repeat keeps its
    sender."""
    text = f"cruet/{key}/{who.name}/{who.street}/{who.city}/{SHOP['seed']}"
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


def extra(kinds: tuple[str, ...]) -> object:
    """The previous document's extra if it was one of ``kinds``."""
    return LAST["extra"] if after(kinds) else None


def person(rng: random.Random, lang: str) -> str:
    return f"{rng.choice(FIRSTS[lang])} {rng.choice(LASTS[lang])}"


def mx(name: str, lang: str) -> str:
    """``name`` with Mrs/Mr, Frau/Herr or Madame/Monsieur before it."""
    female = name.split()[0] in FEMALE
    if lang == "de":
        return f"{'Frau' if female else 'Herr'} {name}"
    if lang == "fr":
        return f"{'Madame' if female else 'Monsieur'} {name}"
    return f"{'Mrs' if female else 'Mr'} {name}"


def vat_rate(lang: str, reduced: bool = False) -> float:
    """Cut flowers and plants: 7 % in Germany, 10 % in France (horticultural produce); 20 % in
    England; sundries and services at the standard rate."""
    if reduced:
        return {"en": 20.0, "de": 7.0, "fr": 10.0}[lang]
    return {"en": 20.0, "de": 19.0, "fr": 20.0}[lang]


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
    look: str  # band | centred | script | boxed | plain | side | official
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
LOOKS = ["band", "centred", "script", "boxed", "plain", "side"]
TRADE = {
    "shop": (
        "Florist - Weddings & Events",
        "Floristik - Hochzeiten & Events",
        "Fleuriste - Mariages & Événements",
    ),
    "exporter": (
        "Flowers & Plants Export",
        "Blumen- und Pflanzenexport",
        "Export fleurs et plantes",
    ),
    "wholesaler": ("Wholesale Florists", "Blumengroßhandel", "Grossiste en fleurs"),
    "sundries": ("Florist Sundries", "Floristikbedarf", "Fournitures pour fleuristes"),
    "nursery": ("Pot Plant Growers", "Topfpflanzen-Gärtnerei", "Production de plantes en pot"),
    "fridge": (
        "Refrigeration & Air Conditioning",
        "Kälte- und Klimatechnik",
        "Froid et climatisation",
    ),
    "planner": ("Wedding Planning", "Hochzeitsplanung", "Organisation de mariages"),
}


def legal_lines(r: random.Random, name: str, lang: str, role: str) -> list[str]:
    if role in ("council", "nppo"):
        return []
    if lang == "de":
        bank = r.choice(["Landessparkasse zu Oldenburg", "Sparkasse Mainfranken", "Volksbank"])
        out = [
            f"{name} - Steuer-Nr. {r.randint(10, 99)}/{r.randint(100, 999)}/"
            f"{r.randint(10000, 99999)}"
            + (f" - USt-IdNr. DE{r.randint(100000000, 999999999)}" if r.random() < 0.6 else ""),
            f"{bank} - IBAN DE{r.randint(10, 99)} {r.randint(1000, 9999)} {r.randint(1000, 9999)} "
            f"{r.randint(1000, 9999)} {r.randint(1000, 9999)} {r.randint(10, 99)}",
        ]
        if any(t in name for t in ("GmbH", "KG", "eG", "B.V.")):
            out.insert(
                0,
                f"Registergericht {r.choice(['Oldenburg', 'Würzburg', 'Mannheim', 'Amsterdam'])} "
                f"{'KvK' if 'B.V.' in name else 'HRB'} {r.randint(1000, 99999)}"
                f" - Geschäftsführung: {r.choice(['Jan Verhoef', 'Petra Lange', 'Dirk Sander'])}",
            )
        return out
    if lang == "fr":
        siret = (
            f"{r.randint(300, 899)} {r.randint(100, 999)} {r.randint(100, 999)} "
            f"{r.randint(10000, 99999)}"
        )
        out = [f"{name} - SIRET {siret} - APE {r.choice(['4776Z', '4622Z', '4322B', '9604Z'])}"]
        if r.random() < 0.7:
            out.append(
                f"TVA FR{r.randint(10, 99)} {r.randint(100, 999)} {r.randint(100, 999)} "
                f"{r.randint(100, 999)} - IBAN FR76 {r.randint(1000, 9999)} "
                f"{r.randint(1000, 9999)} "
                f"{r.randint(1000, 9999)} {r.randint(1000, 9999)} {r.randint(100, 999)}"
            )
        return out
    out = []
    if "Ltd" in name or "LLP" in name or "B.V." in name:
        out.append(f"Registered in England and Wales No. {r.randint(3000000, 13999999):08d}")
    if r.random() < 0.6:
        out.append(
            f"VAT Reg. No. GB {r.randint(100, 999)} {r.randint(1000, 9999)} {r.randint(10, 99)}"
        )
    if role == "shop" and r.random() < 0.5:
        out.append(r.choice(["Member of the British Florist Association", "Relay network member"]))
    return [" - ".join(out)] if out else []


def make_head(row: Row, lang: str, role: str) -> Head:
    """The paper habits of the sender ``row``: the same all through one stream."""
    name, street, town, phone = row
    r = random.Random(zlib.crc32(f"cruet/head/{name}/{SHOP['seed']}".encode()))
    font, bold = r.choice(FACES)
    host = "".join(c for c in name.lower().split()[0] if c.isalpha() and c.isascii())[:12]
    tld = {"en": "co.uk", "de": "de", "fr": "fr"}[lang]
    if "(NL)" in town:
        tld = "nl"
    looks = LOOKS
    if role == "council":
        looks = ["official"]
        font, bold = ("Helvetica", "Helvetica-Bold")
    elif role == "shop":
        looks = ["script", "centred", "side"]
    return Head(
        name=name,
        lang=lang,
        street=street,
        town=town,
        phone=phone or f"+{r.randint(10, 99)} {r.randint(100, 999)} {r.randint(100000, 999999)}"
        if r.random() < 0.3
        else phone,
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
        mail=f"{r.choice(['info', 'orders', 'hello', 'accounts'])}@{host or 'mail'}.{tld}"
        if r.random() < 0.75
        else "",
    )


def shop_head() -> Head:
    lang = home()
    return make_head(SHOPS[lang][int(SHOP["row"])], lang, "shop")  # type: ignore[call-overload]


def shop_name() -> str:
    return shop_head().name


def shop_owner() -> str:
    return OWNERS[home()][int(SHOP["row"])]  # type: ignore[call-overload]


def head_of(who: Issuer, role: str, abroad: float = 0.0) -> Head:
    """The ``role`` sender of ``who`` (the same for the same issuer and shop), of the shop's
    country or, with odds ``abroad``, of another."""
    r = keyed(who, role)
    lang = home()
    if r.random() < abroad:
        lang = r.choice([x for x in ("en", "de", "fr") if x != lang])
    return make_head(r.choice(SENDERS[role][lang]), lang, role)


def local_row(who: Issuer, role: str) -> Row:
    """A sender of ``role`` near the shop: the one of the shop's row where there is one."""
    rows = SENDERS[role][home()]
    r = keyed(who, role + "/near")
    k = int(SHOP["row"]) if r.random() < 0.7 else r.randrange(len(rows))  # type: ignore[call-overload]
    return rows[min(k, len(rows) - 1)]


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
    """A circle drawn as a polygon (seals, round stamps, a flower mark)."""
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
    pt = shrink(top, "Helvetica", 6.5, r * 1.5)
    p.text(cx, cy - r * 0.45, fit(top, "Helvetica", pt, r * 1.5), "Helvetica", pt, "center")
    pt2 = shrink(mid, "Helvetica", 6.5, r * 1.4)
    p.text(cx, cy + r * 0.62, fit(mid, "Helvetica", pt2, r * 1.4), "Helvetica", pt2, "center")
    p.text(cx, cy + 4, "*", "Helvetica-Bold", 12, "center")


def flower_mark(p: Page, cx: float, cy: float, r: float) -> None:
    """A small printed logo: five petals round a centre."""
    for k in range(5):
        a = 2 * math.pi * k / 5 - math.pi / 2
        ring(p, cx + r * 0.55 * math.cos(a), cy + r * 0.55 * math.sin(a), r * 0.45, 14)
    ring(p, cx, cy, r * 0.25, 10)


def emblem(p: Page, x: float, y: float) -> None:
    """A small crest of a council: a shield outline with bars."""
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
    trade = TRADE.get(h.role)
    strap = tr(h.lang, *trade) if trade else ""
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
            p.text(m + 32, yy, fit(t, f_, pt, w / 2 + 40 - m), f_, pt)
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
        p.text(w / 2, y + 15, fit(strap or where, it, 7.5, w - 2 * m), it, 7.5, "center")
        line2 = f"{where}   {contact}" if strap else contact
        if line2:
            p.text(w / 2, y + 24, fit(line2, h.font, 7, w - 2 * m), h.font, 7, "center")
        p.line(m, y + 30, w - m, y + 30)
        return y + 50
    if h.look == "script":
        flower_mark(p, m + 14, y + 4, 14)
        it = italic_of(h.font)
        pt = shrink(h.name, it, s.size + 8, w * 0.6 - m - 34)
        p.text(m + 36, y + 6, h.name, it, pt)
        if strap:
            p.text(m + 36, y + 17, fit(strap.upper(), h.font, 6.5, w * 0.5), h.font, 6.5)
        yy = y - 6
        for t in (h.street, h.town, tel, h.mail):
            if t:
                p.text(w - m, yy, fit(t, h.font, 7, w * 0.33), h.font, 7, "right")
                yy += 8.5
        return max(yy, y + 24) + 20
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
        p.text(m, y + 15, strap, italic_of(h.font), 7.5)
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


def received(rng: random.Random, p: Page, lang: str, d: date, odds: float = 0.3) -> None:
    """Now and then the shop's received stamp on the first page."""
    if rng.random() < odds:
        w, _ = p.size
        stamp(
            p,
            w - rng.uniform(150, 210),
            rng.uniform(70, 160),
            [
                tr(lang, "RECEIVED", "EINGANG", "REÇU LE"),
                short(d + timedelta(days=rng.randint(1, 4)), lang),
            ],
        )


def recipient(
    f: Sheets, s: Style, h: Head, lines: list[str], d: date, refs: list[tuple[str, str]]
) -> None:
    w, _ = f.size
    y0 = f.y
    below = window(
        f.page, s, h if h.look in ("plain", "band", "script", "official") else None, y0, lines
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
            ["Kind regards", "With best wishes", "Yours sincerely", "Warm regards"][len(name) % 4],
            "Mit freundlichen Grüßen",
            ["Bien cordialement,", "Cordialement,", "Avec nos sentiments les meilleurs,"][
                len(name) % 3
            ],
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


def head_lines(h: Head, att: str = "") -> list[str]:
    return [h.name, *([att] if att else []), h.street, h.town]


def shop_lines(att: str = "") -> list[str]:
    return head_lines(shop_head(), att)


def totals(
    f: Sheets,
    s: Style,
    lg: str,
    parts: list[tuple[float, float]],
    note: str = "",
) -> float:
    """Net, tax for each (net, rate) part and the total right-aligned under a table; returns
    the total."""
    w, _ = f.size
    m = s.margin
    f.need(30 + 16 * (len(parts) + 2))
    f.y += 4
    f.page.line(w * 0.55, f.y - 8, w - m, f.y - 8)
    net = round(sum(n for n, _ in parts), 2)
    rows = [(tr(lg, "Net total", "Nettobetrag", "Total HT"), net)]
    tax = 0.0
    for n, rate in parts:
        if rate:
            t = round(n * rate / 100, 2)
            tax += t
            rows.append((tr(lg, f"VAT {rate:g}%", f"USt. {rate:g} %", f"TVA {rate:g} %"), t))
    gross = round(net + tax, 2)
    rows.append((tr(lg, "Total due", "Rechnungsbetrag", "Total TTC"), gross))
    for k, (t, v) in enumerate(rows):
        bold = s.bold if k == len(rows) - 1 else s.font
        f.page.text(w * 0.56, f.y, t, bold, s.size)
        f.page.text(w - m, f.y, cash(v, lg), bold, s.size, "right")
        f.y += s.size * 1.5
    if note:
        f.y += 4
        write(f, s, note, s.size - 1.5)
    return gross


def terms_page(
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


def pay_note(lg: str, days: int) -> str:
    return tr(
        lg,
        f"Payment due within {days} days of the invoice date.",
        f"Zahlbar innerhalb von {days} Tagen ohne Abzug.",
        f"Paiement à {days} jours date de facture. Pas d'escompte pour paiement anticipé.",
    )


# ---------------------------------------------------------------------------------------------
# Templates LLL: flowers bought in (exporters, wholesalers, imports)
# ---------------------------------------------------------------------------------------------


def cust_no(who: Issuer, mask: str = "999999") -> str:
    return serial(keyed(who, "cust"), mask)


def stem_lines(rng: random.Random, n: int, lg: str) -> list[tuple[str, str, int, int, int, float]]:
    """``n`` cut flower lines: grower, product, length, bunches, stems per bunch, price."""
    out = []
    for _ in range(n):
        genus, varieties, lengths, per, (lo, hi) = rng.choice(CUT)
        cc = rng.choice(["NL", "NL", "NL", "KE", "EC", "CO", "IL", "ET"])
        grower = rng.choice(FARMS.get(cc, FARMS["NL"])).split(",")[0]
        product = (
            f"{genus} {rng.choice(varieties)}"
            if lg != "fr" or rng.random() < 0.6
            else (f"{COMMON[lg][genus]} {rng.choice(varieties)}")
        )
        out.append(
            (
                grower,
                product,
                rng.choice(lengths),
                rng.choice([1, 1, 2, 2, 3, 4, 5]),
                per,
                round(rng.uniform(lo, hi), 3),
            )
        )
    return out


def tpl_exporter_invoice(rng: random.Random, who: Issuer) -> list[Page]:
    """A Dutch flower exporter's invoice for one truck delivery: the lines bought on the clock
    or direct from growers by grower, variety, length, bunches and stems, then a page of the
    returnable packaging (CC trolleys, shelves, buckets) and now and then the conditions."""
    h = head_of(who, "exporter")
    lg = h.lang
    k = keyed(who, "fmt")
    size = LAND if k.random() < 0.35 else A4
    s = style_of(h, size, pt=8.5 if size == LAND else 0)
    w, _hh = size
    m = s.margin
    prev = extra(("exporter_invoice",))
    d = prev + timedelta(days=rng.choice([3, 4, 7])) if isinstance(prev, date) else some_day(rng)
    no = serial(rng, k.choice(["2025999999", "F99999999", "99-999999"]))
    truck = tr(lg, "Truck", "Tour", "Tournée") + f" {k.choice(['A', 'B', 'C'])}{rng.randint(1, 9)}"
    f = sheets(s, h, f"{h.name} - {tr(lg, 'Invoice', 'Rechnung', 'Facture')} {no}")
    recipient(
        f,
        s,
        h,
        shop_lines(),
        d,
        [
            (tr(lg, "Invoice no.", "Rechnungs-Nr.", "Facture n°"), no),
            (tr(lg, "Customer no.", "Kunden-Nr.", "N° client"), cust_no(who)),
            (tr(lg, "Delivery", "Lieferung", "Livraison"), f"{short(d, lg)} - {truck}"),
        ],
    )
    caption(f, s, tr(lg, "INVOICE", "RECHNUNG", "FACTURE"), 4)
    lines = stem_lines(rng, rng.choice([6, 9, 14, 22, 30, 44]), lg)
    cols = columns(
        m,
        w - m,
        [
            (2.6, "left"),
            (3.4, "left"),
            (0.7, "right"),
            (0.8, "right"),
            (0.7, "right"),
            (0.9, "right"),
            (1.0, "right"),
            (1.2, "right"),
        ],
    )
    rows = []
    net = 0.0
    for grower, product, length, bunches, per, price in lines:
        stems = bunches * per
        v = round(stems * price, 2)
        net += v
        rows.append(
            [
                grower,
                product,
                str(length),
                str(bunches),
                str(per),
                str(stems),
                money(price, lg) if lg != "en" else f"{price:.3f}",
                money(v, lg),
            ]
        )
    table(
        f,
        cols,
        [
            tr(lg, "Grower", "Züchter", "Producteur"),
            tr(lg, "Product", "Artikel", "Produit"),
            tr(lg, "Len.", "Länge", "Long."),
            tr(lg, "Bun.", "Bund", "Bottes"),
            tr(lg, "x", "x", "x"),
            tr(lg, "Stems", "Stiele", "Tiges"),
            tr(lg, "Price", "Preis", "Prix"),
            tr(lg, "Amount", "Betrag", "Montant"),
        ],
        rows,
        s,
        size=s.size - 1.5,
        shade=0.88 if k.random() < 0.5 else None,
        rules=k.random() < 0.4,
        step=1.5,
    )
    transport = round(rng.choice([18.0, 24.5, 32.0, 45.0]), 2)
    f.need(20)
    f.page.text(
        m,
        f.y,
        tr(lg, "Transport and handling", "Transport und Handling", "Transport"),
        s.font,
        s.size - 1,
    )
    f.page.text(w - m, f.y, money(transport, lg), s.font, s.size - 1, "right")
    f.y += 16
    note = tr(
        lg,
        "Export outside the EU - zero rated. Origin of goods as stated per line.",
        "Steuerfreie innergemeinschaftliche Lieferung - Steuerschuldnerschaft des "
        "Leistungsempfängers.",
        "Livraison intracommunautaire exonérée - autoliquidation par le preneur.",
    )
    totals(f, s, lg, [(round(net + transport, 2), 0.0)], note=note)
    write(f, s, pay_note(lg, k.choice([7, 14])), s.size - 1.5)
    pages = f.pages
    # The packaging page: trolleys, shelves, buckets out and back.
    if rng.random() < 0.75:
        ps = style_of(h, A4)
        p = Page(A4)
        y = heading(p, ps, h) if h.again else ps.margin
        pw, _ = A4
        pm = ps.margin
        title = tr(lg, "Packaging statement", "Emballage-Abrechnung", "Relevé d'emballages")
        p.text(pm, y, title, ps.bold, ps.size + 3)
        p.text(
            pw - pm,
            y,
            f"{tr(lg, 'Invoice', 'Rechnung', 'Facture')} {no}",
            ps.font,
            ps.size,
            "right",
        )
        y += 24
        items = [
            (
                "CC",
                tr(lg, "Danish trolley (CC container)", "CC-Container", "Chariot CC danois"),
                5.0,
            ),
            ("PL", tr(lg, "Shelf", "Etage", "Étagère"), 1.5),
            ("VL", tr(lg, "Extension", "Aufsteckleiter", "Rehausse"), 0.4),
            ("566", tr(lg, "Bucket 566", "Eimer 566", "Seau 566"), 0.6),
            ("575", tr(lg, "Bucket 575", "Eimer 575", "Seau 575"), 0.6),
            ("998", tr(lg, "Auction box", "Versteigerungskarton", "Carton veiling"), 0.0),
        ]
        cw = columns(
            pm,
            pw - pm,
            [(0.7, "left"), (3, "left"), (1, "right"), (1, "right"), (1, "right"), (1, "right")],
        )
        pf = Sheets(A4, 800, lambda _p, _n: y)
        pf.page = p
        pf.pages = [p]
        pf.y = y
        prow = []
        bal = 0.0
        for code, name, dep in items:
            out = rng.randint(0, 4) if code in ("CC", "VL") else rng.randint(0, 18)
            back = max(0, out - rng.randint(-2, 3))
            v = round((out - back) * dep, 2)
            bal += v
            prow.append([code, name, str(out), str(back), money(dep, lg), money(v, lg)])
        table(
            pf,
            cw,
            [
                tr(lg, "Code", "Code", "Code"),
                tr(lg, "Item", "Artikel", "Article"),
                tr(lg, "Out", "Geliefert", "Livré"),
                tr(lg, "Returned", "Retour", "Retourné"),
                tr(lg, "Deposit", "Pfand", "Consigne"),
                tr(lg, "Net", "Saldo", "Solde"),
            ],
            prow,
            ps,
            rules=True,
        )
        pf.y += 10
        p.text(
            pm,
            pf.y,
            tr(
                lg,
                "Packaging balance this delivery",
                "Saldo Emballage diese Lieferung",
                "Solde emballages de la livraison",
            ),
            ps.bold,
            ps.size,
        )
        p.text(pw - pm, pf.y, money(bal, lg), ps.bold, ps.size, "right")
        pf.y += 30
        text = tr(
            lg,
            "Please have empty trolleys, shelves and buckets ready for the driver. Missing "
            "items are charged at the deposit value at the end of the month.",
            "Bitte leere Container, Etagen und Eimer dem Fahrer mitgeben. Fehlendes Emballage "
            "wird zum Monatsende zum Pfandwert berechnet.",
            "Merci de remettre au chauffeur les chariots, étagères et seaux vides. Les "
            "emballages manquants sont facturés en fin de mois.",
        )
        for ln in wrap(text, ps.font, ps.size - 1, pw - 2 * pm):
            p.text(pm, pf.y, ln, ps.font, ps.size - 1)
            pf.y += 12
        pf.y += 30
        p.text(pm, pf.y, tr(lg, "Driver", "Fahrer", "Chauffeur"), ps.font, 8)
        p.line(pm + 40, pf.y + 2, pm + 200, pf.y + 2)
        hand(p, pm + 46, pf.y - 2, rng.choice(["Kees", "Ruud", "Jan B.", "Mehmet", "Piet"]), 10)
        p.text(pw / 2 + 20, pf.y, tr(lg, "Customer", "Kunde", "Client"), ps.font, 8)
        p.line(pw / 2 + 70, pf.y + 2, pw - pm, pf.y + 2)
        if rng.random() < 0.6:
            scrawl(p, pw / 2 + 80, pf.y, shop_owner(), 11)
        pages.append(p)
    if rng.random() < 0.2:
        pages.append(
            terms_page(
                rng,
                style_of(h, A4),
                h,
                tr(
                    lg,
                    "General Conditions of Sale (Floricultura)",
                    "Allgemeine Verkaufsbedingungen",
                    "Conditions générales de vente",
                ),
                [
                    tr(lg, t, t, t)
                    for t in (
                        "Offers",
                        "Delivery",
                        "Quality claims",
                        "Prices",
                        "Payment",
                        "Packaging",
                        "Retention of title",
                        "Liability",
                        "Law",
                    )
                ],
            )
        )
    received(rng, pages[0], home(), d, 0.3)
    remember(d)
    return close(pages, s, h)


def tpl_wholesale_delivery_note(rng: random.Random, who: Issuer) -> list[Page]:
    """A local flower wholesaler's van delivery note on A5: account, lines with or without
    prices, buckets left and taken back, signed on receipt with the time by hand."""
    row = local_row(who, "wholesaler")
    h = make_head(row, home(), "wholesaler")
    lg = h.lang
    k = keyed(who, "fmt")
    size = A5 if k.random() < 0.7 else landscape(A5)
    s = style_of(h, size, margin=30, pt=8)
    w, hh = size
    m = s.margin
    prev = extra(("wholesale_delivery_note",))
    notes: list[tuple[str, date, float]] = list(prev) if isinstance(prev, list) else []
    d = notes[-1][1] + timedelta(days=rng.choice([2, 3, 4])) if notes else some_day(rng)
    no = serial(rng, k.choice(["DN999999", "L-99999", "BL 999999"]))
    p = Page(size)
    y = heading(p, s, h)
    title = tr(lg, "DELIVERY NOTE", "LIEFERSCHEIN", "BON DE LIVRAISON")
    p.text(m, y, title, s.bold, 12)
    p.text(w - m, y, no, "Courier-Bold", 11, "right")
    y += 16
    y = fields(
        p,
        s,
        m,
        y,
        w - 2 * m,
        [
            (tr(lg, "Customer", "Kunde", "Client"), shop_name()),
            (tr(lg, "Account", "Kd.-Nr.", "Compte"), cust_no(who, "A9999")),
            (tr(lg, "Date", "Datum", "Date"), short(d, lg)),
            (tr(lg, "Van / route", "Tour", "Tournée"), f"{k.randint(1, 6)} / {d.strftime('%a')}"),
        ],
        per=4 if w > 500 else 2,
        tall=22,
        hand=False,
    )
    priced = k.random() < 0.6
    cols = columns(
        m,
        w - m,
        [(0.6, "center"), (4, "left"), (1, "left")]
        + ([(1, "right"), (1.1, "right")] if priced else []),
    )
    f = Sheets(size, hh - m - 70, lambda _p, _n: m)
    f.page, f.pages, f.y = p, [p], y
    rows = []
    tot = 0.0
    for _ in range(rng.randint(4, 11)):
        genus, varieties, lengths, per, (lo, hi) = rng.choice(CUT)
        qty = rng.choice([1, 1, 2, 3, 5])
        price = round(rng.uniform(lo, hi) * per * 1.35, 2)
        tot += qty * price
        row_ = [
            str(qty),
            f"{COMMON[lg][genus]} {rng.choice(varieties)} {rng.choice(lengths)}cm",
            tr(lg, f"bunch {per}", f"Bund {per}", f"botte {per}"),
        ]
        if priced:
            row_ += [money(price, lg), money(qty * price, lg)]
        rows.append(row_)
    table(
        f,
        cols,
        [
            tr(lg, "Qty", "Menge", "Qté"),
            tr(lg, "Description", "Artikel", "Désignation"),
            tr(lg, "Unit", "Einheit", "Unité"),
        ]
        + ([tr(lg, "Price", "Preis", "Prix"), tr(lg, "Total", "Summe", "Total")] if priced else []),
        rows,
        s,
        rules=True,
        step=1.7,
    )
    p = f.page
    yb = max(f.y + 6, hh - m - 66)
    t1 = tr(lg, "Buckets left:", "Eimer geliefert:", "Seaux laissés :")
    t2 = tr(lg, "Buckets collected:", "Eimer zurück:", "Seaux repris :")
    p.text(m, yb, t1, s.font, 7)
    hand(p, m + tw(t1, s.font, 7) + 6, yb, str(rng.randint(2, 9)), 9)
    p.text(m + 110, yb, t2, s.font, 7)
    hand(p, m + 116 + tw(t2, s.font, 7), yb, str(rng.randint(0, 9)), 9)
    yb += 18
    p.rect(m, yb, w - 2 * m, 40)
    p.text(
        m + 4,
        yb + 9,
        tr(
            lg,
            "Received in good condition (name, signature, time)",
            "Ware in einwandfreiem Zustand erhalten (Name, Unterschrift, Uhrzeit)",
            "Reçu en bon état (nom, signature, heure)",
        ),
        s.font,
        6.5,
    )
    if rng.random() < 0.85:
        who_signs = rng.choice([shop_owner(), person(rng, lg)])
        hand(p, m + 8, yb + 30, f"{who_signs.split()[0]}", 10)
        scrawl(p, m + 90, yb + 30, who_signs, 11)
        hand(
            p,
            w - m - 50,
            yb + 30,
            f"{rng.randint(6, 10)}:{rng.choice(['05', '20', '40', '55'])}",
            10,
        )
    pages = f.pages
    notes.append((no, d, round(tot if priced else tot * 0.9, 2)))
    remember(d, notes)
    return close(pages, s, h, numbers="none")


def tpl_wholesale_statement(rng: random.Random, who: Issuer) -> list[Page]:
    """The wholesaler's monthly statement of account: the month's delivery notes, invoices and
    payments with the running balance, the aged balance and a tear-off remittance slip."""
    row = local_row(who, "wholesaler")
    h = make_head(row, home(), "wholesaler")
    lg = h.lang
    s = style_of(h, A4)
    w, hh = A4
    m = s.margin
    prev = extra(("wholesale_delivery_note",))
    notes = list(prev) if isinstance(prev, list) else []
    end = date(month().year + (month().month // 12), month().month % 12 + 1, 1) - timedelta(days=1)
    d = end + timedelta(days=rng.randint(1, 4))
    f = sheets(s, h, f"{h.name} - {tr(lg, 'Statement', 'Kontoauszug', 'Relevé de compte')}")
    acct = cust_no(who, "A9999")
    recipient(
        f,
        s,
        h,
        shop_lines(tr(lg, "Accounts", "Buchhaltung", "Comptabilité")),
        d,
        [
            (tr(lg, "Account", "Kunden-Nr.", "Compte"), acct),
            (tr(lg, "Period to", "Zeitraum bis", "Arrêté au"), short(end, lg)),
        ],
    )
    caption(
        f, s, tr(lg, "STATEMENT OF ACCOUNT", "KONTOAUSZUG / OFFENE POSTEN", "RELEVÉ DE COMPTE"), 3
    )
    bal = round(rng.uniform(200, 1400), 2)
    rows = [
        [
            short(month(), lg),
            tr(lg, "Balance brought forward", "Saldovortrag", "Solde reporté"),
            "",
            "",
            money(bal, lg),
        ]
    ]
    entries = [(n, dd, v) for n, dd, v in notes]
    while len(entries) < rng.randint(5, 16):
        entries.append((serial(rng, "DN999999"), some_day(rng), round(rng.uniform(40, 420), 2)))
    entries.sort(key=lambda e: e[1])
    for n, dd, v in entries:
        bal += v
        rows.append(
            [
                short(dd, lg),
                f"{tr(lg, 'Delivery', 'Lieferung', 'Livraison')} {n}",
                money(v, lg),
                "",
                money(bal, lg),
            ]
        )
        if rng.random() < 0.15:
            pay = round(bal * rng.uniform(0.5, 1.0), 2)
            bal -= pay
            rows.append(
                [
                    short(dd + timedelta(days=1), lg),
                    tr(lg, "Payment - thank you", "Zahlung - danke", "Règlement reçu"),
                    "",
                    money(pay, lg),
                    money(bal, lg),
                ]
            )
    cols = columns(
        m, w - m, [(1.2, "left"), (3.5, "left"), (1.2, "right"), (1.2, "right"), (1.3, "right")]
    )
    table(
        f,
        cols,
        [
            tr(lg, "Date", "Datum", "Date"),
            tr(lg, "Reference", "Beleg", "Pièce"),
            tr(lg, "Debit", "Soll", "Débit"),
            tr(lg, "Credit", "Haben", "Crédit"),
            tr(lg, "Balance", "Saldo", "Solde"),
        ],
        rows,
        s,
        rules=False,
    )
    f.need(60)
    f.y += 8
    ages = [bal * 0.7, bal * 0.3, 0.0, 0.0]
    bw = (w - 2 * m) / 5
    labels = [
        tr(lg, "Current", "Aktuell", "Non échu"),
        "30",
        "60",
        "90+",
        tr(lg, "Total due", "Gesamt", "Total dû"),
    ]
    for j, (lab, v) in enumerate(zip(labels, [*ages, bal], strict=True)):
        f.page.rect(m + j * bw, f.y, bw, 30)
        f.page.text(m + j * bw + 4, f.y + 9, lab, s.font, 7)
        f.page.text(
            m + (j + 1) * bw - 4,
            f.y + 24,
            money(v, lg),
            s.bold if j == 4 else s.font,
            s.size,
            "right",
        )
    f.y += 44
    write(f, s, pay_note(lg, 30), s.size - 1)
    p = f.pages[-1]
    if f.y < hh - 170:
        y = hh - m - 110
        slip_rule(
            p,
            m,
            w - m,
            y,
            tr(
                lg,
                "Remittance advice - please return with your payment",
                "Zahlungsabschnitt",
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
                (tr(lg, "Account", "Kunden-Nr.", "Compte"), acct),
                (tr(lg, "Customer", "Kunde", "Client"), shop_name()),
                (tr(lg, "Statement date", "Datum", "Date du relevé"), short(d, lg)),
                (tr(lg, "Amount paid", "Betrag", "Montant réglé"), ""),
            ],
            per=2,
            tall=24,
            hand=False,
        )
    remember(d)
    return close(f.pages, s, h)


def tpl_phyto_certificate(rng: random.Random, who: Issuer) -> list[Page]:
    """A phytosanitary certificate of the exporting country's plant protection service on
    the IPPC model (in English, Ecuador and Colombia with Spanish beside it), now and then
    with the attachment sheet listing the boxes and the border post's stamp."""
    r = keyed(who, "nppo")
    nppo, town, country, cc, es = NPPOS[r.randrange(len(NPPOS))]
    if home() != "en" and cc == "NL":
        nppo, town, country, cc, es = NPPOS[0]
    s = Style("Helvetica", "Helvetica-Bold", 8, 40, "none", "bottom", A4, "short")
    w, hh = A4
    m = 40
    prev = extra(("phyto_certificate",))
    d = prev + timedelta(days=rng.choice([2, 3, 4])) if isinstance(prev, date) else some_day(rng)
    no = (
        f"{cc}/{d.year}/{rng.randint(100000, 999999)}"
        if cc != "NL"
        else (f"NL-{rng.randint(1000000, 9999999)}")
    )

    def bi(en_: str, es_: str) -> str:
        return f"{es_} / {en_}" if es else en_

    p = Page(A4)
    p.text(w / 2, m + 4, nppo, "Helvetica-Bold", 9, "center")
    p.text(w / 2, m + 16, f"{town}, {country.upper()}", "Helvetica", 8, "center")
    p.text(
        w / 2,
        m + 38,
        bi("PHYTOSANITARY CERTIFICATE", "CERTIFICADO FITOSANITARIO"),
        "Helvetica-Bold",
        13,
        "center",
    )
    p.text(w - m, m + 56, f"No. {no}", "Courier-Bold", 10, "right")
    y = m + 66
    dest = {"en": "United Kingdom", "de": "Federal Republic of Germany", "fr": "France"}[home()]
    p.rect(m, y, w - 2 * m, 18)
    p.text(
        m + 4,
        y + 12,
        bi(
            f"TO: Plant Protection Organization(s) of {dest}",
            f"A: Organización de Protección Fitosanitaria de {dest}",
        ),
        "Helvetica",
        7.5,
    )
    y += 24
    p.text(
        m, y, bi("I. Description of Consignment", "I. Descripción del envío"), "Helvetica-Bold", 8
    )
    y += 8
    farm = r.choice(FARMS[cc])
    officer = r.choice(OFFICERS[cc])
    boxes = rng.randint(2, 24)
    stems = boxes * rng.choice([200, 250, 300, 350, 400])
    genus = rng.sample(
        [
            c
            for c in CUT
            if c[0]
            in (
                "Rosa",
                "Rosa tros",
                "Dianthus",
                "Gypsophila",
                "Alstroemeria",
                "Eustoma",
                "Chrysanthemum",
                "Hydrangea",
            )
        ],
        rng.randint(1, 3),
    )
    awb = f"{rng.choice(['176', '706', '074', '020', '057'])}-{rng.randint(1000000, 9999999)}"
    items = [
        (bi("Name and address of exporter", "Nombre y dirección del exportador"), farm),
        (
            bi(
                "Declared name and address of consignee",
                "Nombre y dirección declarados del destinatario",
            ),
            f"{shop_name()}, {shop_head().town}",
        ),
        (bi("Place of origin", "Lugar de origen"), f"{country} - {farm.split(',')[-1].strip()}"),
        (bi("Declared means of conveyance", "Medio de transporte declarado"), f"Air - AWB {awb}"),
        (bi("Declared point of entry", "Punto de entrada declarado"), AIRPORTS[home()]),
        (
            bi("Distinguishing marks", "Marcas distintivas"),
            f"{farm.split(',')[0][:18].upper()} / {shop_name()[:14].upper()}",
        ),
        (
            bi("Number and description of packages", "Número y descripción de bultos"),
            f"{boxes} {'cartons' if not es else 'cajas / cartons'} (HB/QB)",
        ),
        (
            bi("Name of produce and quantity declared", "Nombre del producto y cantidad declarada"),
            f"Fresh cut flowers - {stems} stems",
        ),
        (
            bi("Botanical name of plants", "Nombre botánico de las plantas"),
            ", ".join(f"{g[0].split()[0]} sp." for g in genus),
        ),
    ]
    for lab, val in items:
        p.rect(m, y, w - 2 * m, 24)
        p.text(m + 3, y + 8, fit(lab, "Helvetica", 6.2, w - 2 * m - 6), "Helvetica", 6.2)
        p.text(m + 8, y + 19, fit(val, "Courier", 8.5, w - 2 * m - 16), "Courier", 8.5)
        y += 24
    y += 8
    cert = (
        "This is to certify that the plants, plant products or other regulated articles "
        "described herein have been inspected and/or tested according to appropriate official "
        "procedures and are considered to be free from the quarantine pests specified by the "
        "importing contracting party and to conform with the current phytosanitary "
        "requirements of the importing contracting party, including those for regulated "
        "non-quarantine pests."
    )
    for ln in wrap(cert, "Helvetica", 7.2, w - 2 * m):
        p.text(m, y, ln, "Helvetica", 7.2)
        y += 9
    y += 6
    p.text(m, y, bi("II. Additional Declaration", "II. Declaración adicional"), "Helvetica-Bold", 8)
    y += 12
    ad = rng.choice(
        [
            "The consignment was inspected and found free from Thaumatotibia leucotreta.",
            "Rosa spp.: produced in a place of production found free from Spodoptera frugiperda.",
            "None.",
            "Consignment found free of Liriomyza spp. and Helicoverpa armigera at inspection.",
        ]
    )
    for ln in wrap(ad, "Courier", 8, w - 2 * m):
        p.text(m + 8, y, ln, "Courier", 8)
        y += 10
    y += 6
    p.text(
        m,
        y,
        bi(
            "III. Disinfestation and/or Disinfection Treatment",
            "III. Tratamiento de desinfestación y/o desinfección",
        ),
        "Helvetica-Bold",
        8,
    )
    y += 6
    heads = [
        "Date",
        "Treatment",
        "Chemical (active ingredient)",
        "Duration and temperature",
        "Concentration",
    ]
    cw = (w - 2 * m) / len(heads)
    treated = rng.random() < 0.4
    vals = (
        [short(d - timedelta(days=1), "en"), "Dip", "Spinosad", "60 s, ambient", "0.5 ml/l"]
        if treated
        else ["***"] * 5
    )
    for j, (hd, v) in enumerate(zip(heads, vals, strict=True)):
        p.rect(m + j * cw, y, cw, 26)
        p.text(m + j * cw + 3, y + 8, fit(hd, "Helvetica", 6, cw - 6), "Helvetica", 6)
        p.text(m + j * cw + 5, y + 20, v, "Courier", 8)
    y += 34
    fields(
        p,
        s,
        m,
        y,
        w - 2 * m,
        [
            (bi("Place of issue", "Lugar de expedición"), town),
            (bi("Date", "Fecha"), short(d, "en")),
            (
                bi("Name of authorized officer", "Nombre del funcionario autorizado"),
                officer,
            ),
            (bi("Signature", "Firma"), ""),
        ],
        per=2,
        tall=30,
        hand=False,
    )
    scrawl(p, w / 2 + 20, y + 54, officer, 13)
    seal(
        p,
        w / 2 - 40,
        y + 100,
        30,
        nppo.split("(")[-1].rstrip(")") if "(" in nppo else cc,
        "OFFICIAL",
    )
    p.text(
        m,
        hh - m,
        "No financial liability with respect to this certificate shall attach to "
        f"{nppo.split('(')[0].strip()} or to any of its officers or representatives.",
        "Helvetica",
        5.5,
    )
    pages = [p]
    if rng.random() < 0.45:
        a = Page(A4)
        a.text(
            m,
            m + 4,
            bi("ATTACHMENT TO PHYTOSANITARY CERTIFICATE", "ANEXO AL CERTIFICADO FITOSANITARIO"),
            "Helvetica-Bold",
            10,
        )
        a.text(w - m, m + 4, f"No. {no}", "Courier-Bold", 9, "right")
        af = Sheets(A4, hh - m - 40, lambda _p, _n: m + 30)
        af.page, af.pages, af.y = a, [a], m + 30
        cols = columns(
            m, w - m, [(0.5, "center"), (2.8, "left"), (3, "left"), (1, "right"), (1, "right")]
        )
        arows = []
        left = boxes
        k = 1
        while left > 0:
            b = min(left, rng.randint(1, 4))
            left -= b
            g = rng.choice(genus)
            arows.append(
                [
                    str(k),
                    r.choice(FARMS[cc]).split(",")[0],
                    f"{g[0]} {rng.choice(g[1])}",
                    str(b),
                    str(b * rng.choice([200, 250, 300])),
                ]
            )
            k += 1
        table(
            af,
            cols,
            ["#", "Farm / Finca", "Botanical name / variety", "Boxes", "Stems"],
            arows,
            s,
            rules=True,
        )
        af.y += 16
        af.page.text(m, af.y, f"Total boxes: {boxes}", "Helvetica-Bold", 8)
        scrawl(af.page, w - m - 120, af.y + 30, officer, 12)
        pages.extend(af.pages)
    if rng.random() < 0.35:
        stamp(
            p,
            w - 210,
            rng.uniform(120, 260),
            [
                {
                    "en": "BCP HEATHROW - PLANT HEALTH",
                    "de": "GRENZKONTROLLSTELLE FRA",
                    "fr": "SIVEP ROISSY CDG",
                }[home()],
                tr(home(), "CHECKED / RELEASED", "KONTROLLIERT / FREIGEGEBEN", "CONTRÔLÉ / LIBÉRÉ"),
                short(d + timedelta(days=1), home()),
            ],
        )
    remember(d, (no, cc, country, boxes, stems, awb, d))
    return pages


def tpl_customs_entry(rng: random.Random, who: Issuer) -> list[Page]:
    """A customs broker's import clearance invoice for a consignment of cut flowers: the
    broker's fees, the plant health inspection charge, duty and import VAT paid on the
    shop's behalf; the import entry summary behind it."""
    h = head_of(who, "broker")
    lg = h.lang
    s = style_of(h, A4)
    w, _hh = A4
    m = s.margin
    prev = extra(("phyto_certificate",))
    if isinstance(prev, tuple):
        cert, cc, country, boxes, stems, awb, d0 = prev
    else:
        cc, country = rng.choice([("KE", "Kenya"), ("EC", "Ecuador"), ("CO", "Colombia")])
        boxes = rng.randint(2, 20)
        stems = boxes * 300
        awb = f"176-{rng.randint(1000000, 9999999)}"
        d0 = some_day(rng)
        cert = f"{cc}/{d0.year}/{rng.randint(100000, 999999)}"
    d = d0 + timedelta(days=rng.randint(1, 6))  # type: ignore[operator]
    no = serial(rng, "CI-999999")
    mrn = f"{d.year % 100}{ {'en': 'GB', 'de': 'DE', 'fr': 'FR'}[lg] }" + serial(
        rng, "AAA999999999999A9"
    )
    mrn = mrn.replace(" ", "")
    consignor = rng.choice(FARMS.get(str(cc), FARMS["KE"]))
    f = sheets(s, h, f"{h.name} - {no}")
    recipient(
        f,
        s,
        h,
        shop_lines(),
        d,
        [
            (tr(lg, "Invoice", "Rechnung", "Facture"), no),
            ("AWB", str(awb)),
            (tr(lg, "Our ref", "Unser Zeichen", "Notre réf."), serial(rng, "IMP/99999")),
        ],
    )
    caption(
        f,
        s,
        tr(
            lg,
            "IMPORT CLEARANCE - DISBURSEMENT INVOICE",
            "RECHNUNG ZOLLABFERTIGUNG EINFUHR",
            "FACTURE DE DÉDOUANEMENT IMPORT",
        ),
        2,
    )
    value = round(int(stems) * rng.uniform(0.18, 0.42), 2)  # type: ignore[call-overload]
    vat_imp = round(value * vat_rate(lg, True) / 100 * 1.05, 2)
    fees = [
        (
            tr(
                lg,
                "Customs clearance (import declaration)",
                "Zollabfertigung Einfuhr (ATLAS)",
                "Déclaration en douane import (DELTA)",
            ),
            rng.choice([45.0, 55.0, 65.0]),
            True,
        ),
        (
            tr(
                lg,
                "CHED-PP / IPAFFS pre-notification",
                "GGED-P Voranmeldung TRACES",
                "DSCE-PP pré-notification TRACES",
            ),
            rng.choice([15.0, 20.0, 25.0]),
            True,
        ),
        (
            tr(
                lg,
                "Plant health inspection charge (APHA)",
                "Pflanzengesundheitskontrolle (Gebühr Pflanzenschutzdienst)",
                "Contrôle phytosanitaire SIVEP (redevance)",
            ),
            rng.choice([23.87, 34.0, 41.5, 58.0]),
            False,
        ),
        (
            tr(
                lg,
                "Cold store handling per box",
                "Kühlhaushandling je Karton",
                "Manutention frigorifique par carton",
            ),
            round(2.4 * int(boxes), 2),
            True,
        ),  # type: ignore[call-overload]
        (
            tr(
                lg,
                "Import VAT paid on your behalf",
                "Einfuhrumsatzsteuer (verauslagt)",
                "TVA import avancée",
            ),
            vat_imp,
            False,
        ),
        (
            tr(
                lg,
                "Customs duty (preference: 0.0%)",
                "Zoll (Präferenz 0,0 %)",
                "Droits de douane (préférence 0,0 %)",
            ),
            0.0,
            False,
        ),
    ]
    if rng.random() < 0.5:
        fees.append(
            (
                tr(
                    lg,
                    "Delivery to shop (chilled van)",
                    "Zustellung Kühlfahrzeug",
                    "Livraison camion frigorifique",
                ),
                rng.choice([35.0, 48.0, 60.0]),
                True,
            )
        )
    cols = columns(m, w - m, [(5, "left"), (1.2, "center"), (1.5, "right")])
    rows = [
        [t, tr(lg, "std", "19 %", "20 %") if vat else tr(lg, "o/s", "-", "débours"), money(v, lg)]
        for t, v, vat in fees
    ]
    table(
        f,
        cols,
        [
            tr(lg, "Description", "Leistung", "Désignation"),
            tr(lg, "VAT", "USt.", "TVA"),
            tr(lg, "Amount", "Betrag", "Montant"),
        ],
        rows,
        s,
        rules=True,
    )
    taxed = round(sum(v for _, v, vat in fees if vat), 2)
    untaxed = round(sum(v for _, v, vat in fees if not vat), 2)
    totals(
        f,
        s,
        lg,
        [(taxed, vat_rate(lg)), (untaxed, 0.0)],
        note=tr(
            lg,
            f"Phytosanitary certificate {cert} - {boxes} boxes, {stems} stems, origin {country}.",
            f"Pflanzengesundheitszeugnis {cert} - {boxes} Kartons, {stems} Stiele, "
            f"Ursprung {country}.",
            f"Certificat phytosanitaire {cert} - {boxes} cartons, {stems} tiges, "
            f"origine {country}.",
        ),
    )
    write(f, s, pay_note(lg, 7), s.size - 1)
    pages = close(f.pages, s, h, numbers="none")
    # The entry summary: a grid of numbered boxes as the customs system prints it.
    e = Page(A4)
    em = 36
    e.text(
        em,
        em,
        tr(
            lg,
            "IMPORT DECLARATION - ENTRY SUMMARY (CDS)",
            "EINFUHRZOLLANMELDUNG - STEUERBESCHEID (ATLAS)",
            "DÉCLARATION EN DOUANE IMPORT - DAU (DELTA G)",
        ),
        "Helvetica-Bold",
        10,
    )
    e.text(w - em, em, f"MRN {mrn}", "Courier-Bold", 8.5, "right")
    grid = [
        ("1", tr(lg, "Declaration type", "Anmeldeart", "Type"), "IM A"),
        ("2", tr(lg, "Consignor", "Versender", "Expéditeur"), consignor),
        (
            "8",
            tr(lg, "Importer / EORI", "Empfänger / EORI", "Destinataire / EORI"),
            f"{shop_name()[:24]} { ({'en': 'GB', 'de': 'DE', 'fr': 'FR'}[lg]) }"
            f"{rng.randint(100000000, 999999999)}",
        ),
        (
            "14",
            tr(lg, "Declarant / representative", "Anmelder / Vertreter", "Déclarant"),
            f"{h.name[:30]} (indirect)",
        ),
        ("15a", tr(lg, "Country of dispatch", "Versendungsland", "Pays d'expédition"), str(cc)),
        ("16", tr(lg, "Country of origin", "Ursprungsland", "Pays d'origine"), str(cc)),
        (
            "18",
            tr(lg, "Means of transport", "Beförderungsmittel", "Moyen de transport"),
            f"4 - AWB {awb}",
        ),
        (
            "22",
            tr(
                lg,
                "Currency / invoice amount",
                "Währung / Rechnungsbetrag",
                "Devise / montant facturé",
            ),
            f"{'USD' if cc in ('EC', 'CO') else 'EUR'} {money(value * 1.1, 'en')}",
        ),
        (
            "31",
            tr(
                lg,
                "Packages and description",
                "Packstücke / Warenbezeichnung",
                "Colis et désignation",
            ),
            f"{boxes} CT fresh cut flowers",
        ),
        (
            "33",
            tr(lg, "Commodity code", "Warennummer", "Code marchandise"),
            rng.choice(["0603 11 00 00", "0603 12 00 00", "0603 19 70 00", "0603 14 00 00"]),
        ),
        ("36", tr(lg, "Preference", "Präferenz", "Préférence"), "300 (EPA/FTA)"),
        (
            "38",
            tr(lg, "Net mass (kg)", "Eigenmasse (kg)", "Masse nette (kg)"),
            str(int(boxes) * rng.randint(9, 16)),
        ),  # type: ignore[call-overload]
        ("44", tr(lg, "Documents", "Unterlagen", "Documents"), f"N851 {cert}; N740 {awb}"),
        (
            "46",
            tr(lg, "Statistical value", "Statistischer Wert", "Valeur statistique"),
            money(value, lg),
        ),
        ("47a", tr(lg, "Duty A00", "Zoll A00", "Droits A00"), money(0.0, lg)),
        ("47b", tr(lg, "VAT B00", "EUSt B00", "TVA B00"), money(vat_imp, lg)),
    ]
    cw = (w - 2 * em) / 2
    y = em + 16
    for k, (nr, lab, val) in enumerate(grid):
        x = em + (k % 2) * cw
        if k % 2 == 0 and k:
            y += 30
        e.rect(x, y, cw, 30)
        e.text(x + 3, y + 8, f"{nr}  {lab}", "Helvetica", 6)
        e.text(x + 8, y + 22, fit(str(val), "Courier", 8.5, cw - 14), "Courier", 8.5)
    y += 44
    e.text(
        em,
        y,
        tr(lg, "Acceptance date", "Annahmedatum", "Date d'acceptation")
        + f": {short(d, lg)}   "
        + tr(lg, "Status: RELEASED", "Status: ÜBERLASSEN", "Statut : BAE - MAINLEVÉE"),
        "Courier",
        8,
    )
    y += 14
    e.text(
        em,
        y,
        tr(
            lg,
            "Printed from the customs system - not a tax invoice.",
            "Ausdruck aus ATLAS - Steuerbescheid gemäß Art. 102 UZK.",
            "Édition DELTA G - document non contractuel.",
        ),
        "Helvetica-Oblique",
        7,
    )
    pages.append(e)
    received(rng, pages[0], home(), d, 0.3)
    remember(d)
    return pages


# ---------------------------------------------------------------------------------------------
# Templates LLL: weddings and events
# ---------------------------------------------------------------------------------------------


@dataclass
class Wedding:
    """One wedding or event, as a companion takes it up."""

    a: str
    b: str
    day: date
    venue: Row
    ref: str
    total: float
    street: str
    town: str


def a_wedding(rng: random.Random) -> Wedding:
    lg = home()
    last = rng.choice(LASTS[lg])
    a = f"{rng.choice(FIRSTS[lg])} {last}"
    b = f"{rng.choice(FIRSTS[lg])} {rng.choice(LASTS[lg])}"
    wd = month() + timedelta(days=rng.randint(40, 330))
    wd += timedelta(days=(5 - wd.weekday()) % 7)  # a Saturday
    return Wedding(
        a=a,
        b=b,
        day=wd,
        venue=rng.choice(SENDERS["venue"][lg]),
        ref=f"{rng.choice(['W', 'E', 'H', 'M'])}{month().year % 100}-{rng.randint(10, 199):03d}",
        total=0.0,
        street=f"{rng.randint(1, 80)} {rng.choice(ROADS[lg])}"
        if lg != "de"
        else f"{rng.choice(ROADS[lg])} {rng.randint(1, 80)}",
        town=rng.choice(TOWNS[lg]),
    )


def wedding_for(rng: random.Random, kinds: tuple[str, ...]) -> Wedding:
    x = extra(kinds)
    return x if isinstance(x, Wedding) else a_wedding(rng)


DESIGNS = {
    "en": [
        (
            "Bridal party",
            [
                ("Bridal bouquet, hand-tied, garden style", 1, (150, 260)),
                ("Bridesmaids' bouquets", 3, (55, 85)),
                ("Flower girl's crown", 1, (35, 55)),
                ("Buttonholes", 6, (9, 16)),
                ("Corsages (wrist)", 2, (22, 32)),
            ],
        ),
        (
            "Ceremony",
            [
                ("Aisle jars with loose meadow flowers", 8, (18, 30)),
                ("Pedestal arrangements", 2, (140, 220)),
                ("Floral arch installation, asymmetric", 1, (450, 900)),
                ("Signing table arrangement", 1, (45, 70)),
            ],
        ),
        (
            "Reception",
            [
                ("Table centrepieces, low compote", 12, (45, 75)),
                ("Top table garland (per metre)", 4, (40, 65)),
                ("Cake flowers", 1, (30, 50)),
                ("Bud vase collections", 10, (14, 22)),
            ],
        ),
        (
            "Hire, delivery and set-up",
            [
                ("Hire of brass compotes", 12, (4, 6)),
                ("Delivery, set-up and clear-down", 1, (120, 220)),
            ],
        ),
    ],
    "de": [
        (
            "Brautpaar",
            [
                ("Brautstrauß, gebunden, natürlicher Stil", 1, (140, 240)),
                ("Sträuße Brautjungfern", 3, (50, 80)),
                ("Blumenkranz Blumenkind", 1, (30, 50)),
                ("Anstecker", 6, (8, 14)),
                ("Armgestecke", 2, (20, 30)),
            ],
        ),
        (
            "Trauung",
            [
                ("Glasgefäße Gangschmuck", 8, (16, 28)),
                ("Standgestecke", 2, (120, 200)),
                ("Blumenbogen, asymmetrisch", 1, (400, 850)),
                ("Tischschmuck Traukanzel", 1, (40, 65)),
            ],
        ),
        (
            "Feier",
            [
                ("Tischgestecke, flach", 12, (40, 70)),
                ("Girlande Brauttisch (lfd. Meter)", 4, (38, 60)),
                ("Tortendeko", 1, (28, 45)),
                ("Vasen-Ensembles", 10, (12, 20)),
            ],
        ),
        (
            "Leihware, Lieferung, Aufbau",
            [
                ("Leihgebühr Messingschalen", 12, (3, 6)),
                ("Anlieferung, Aufbau und Abbau", 1, (110, 200)),
            ],
        ),
    ],
    "fr": [
        (
            "Les mariés",
            [
                ("Bouquet de mariée, style champêtre", 1, (140, 250)),
                ("Bouquets demoiselles d'honneur", 3, (50, 80)),
                ("Couronne de fleurs enfant", 1, (30, 50)),
                ("Boutonnières", 6, (8, 15)),
                ("Bracelets fleuris", 2, (20, 30)),
            ],
        ),
        (
            "Cérémonie",
            [
                ("Bocaux fleuris allée centrale", 8, (16, 28)),
                ("Compositions sur colonne", 2, (120, 210)),
                ("Arche florale asymétrique", 1, (420, 880)),
                ("Table des registres", 1, (40, 65)),
            ],
        ),
        (
            "Réception",
            [
                ("Centres de table bas", 12, (40, 70)),
                ("Guirlande table d'honneur (ml)", 4, (38, 60)),
                ("Fleurs du gâteau", 1, (28, 45)),
                ("Soliflores assortis", 10, (12, 20)),
            ],
        ),
        (
            "Location, livraison, installation",
            [
                ("Location coupes laiton", 12, (3, 6)),
                ("Livraison, installation et reprise", 1, (110, 210)),
            ],
        ),
    ],
}
PALETTES = {
    "en": [
        "ivory, blush and sage",
        "burnt orange, rust and cream",
        "white and green",
        "dusky pink and lilac",
        "jewel tones: burgundy, plum, gold",
    ],
    "de": [
        "Creme, Altrosa und Salbei",
        "Terrakotta, Rost und Creme",
        "Weiß und Grün",
        "Zartrosa und Flieder",
        "Bordeaux, Pflaume und Gold",
    ],
    "fr": [
        "ivoire, poudré et sauge",
        "terracotta, rouille et crème",
        "blanc et vert",
        "vieux rose et lilas",
        "bordeaux, prune et or",
    ],
}


def tpl_wedding_quote(rng: random.Random, who: Issuer) -> list[Page]:
    """The shop's wedding flowers quotation: a covering letter, the designs by part of the day
    with quantities and prices, a landscape recipe and colour sheet, the terms and the
    acceptance form (not all of them every time)."""
    h = shop_head()
    lg = h.lang
    s = style_of(h, A4)
    w, _hh = A4
    m = s.margin
    wed = a_wedding(rng)
    d = some_day(rng)
    couple = f"{wed.a} & {wed.b}"
    vname = wed.venue[0]
    pages: list[Page] = []
    if rng.random() < 0.6:
        f = sheets(s, h)
        recipient(
            f,
            s,
            h,
            [couple, wed.street, wed.town],
            d,
            [(tr(lg, "Our ref", "Unser Zeichen", "Réf."), wed.ref)],
        )
        f.page.text(
            m,
            f.y,
            tr(
                lg,
                f"Your wedding on {day(h, wed.day)} at {vname}",
                f"Ihre Hochzeit am {day(h, wed.day)} - {vname}",
                f"Votre mariage le {day(h, wed.day)} - {vname}",
            ),
            s.bold,
            s.size,
        )
        f.y += 22
        write(
            f,
            s,
            tr(
                lg,
                f"Dear {wed.a.split()[0]} and {wed.b.split()[0]},",
                f"Liebe {wed.a.split()[0]}, lieber {wed.b.split()[0]},",
                f"Chère {wed.a.split()[0]}, cher {wed.b.split()[0]},",
            ),
        )
        for _ in range(rng.randint(2, 4)):
            write(f, s, prose(rng, lg, "wed", 2, 3))
        regards(
            f,
            s,
            lg,
            shop_owner(),
            tr(lg, "Owner and florist", "Inhaberin, Floristmeisterin", "Fleuriste, gérante"),
        )
        pages.extend(f.pages)
        pages = close(pages, s, h, numbers="none")
    g = sheets(s, h, f"{h.name} - {tr(lg, 'Quotation', 'Angebot', 'Devis')} {wed.ref} - {couple}")
    no = f"{tr(lg, 'Q', 'A', 'D')}-{d.year}-{rng.randint(100, 999)}"
    recipient(
        g,
        s,
        h,
        [couple, wed.street, wed.town],
        d,
        [
            (tr(lg, "Quotation", "Angebot", "Devis n°"), no),
            (
                tr(lg, "Valid until", "Gültig bis", "Valable jusqu'au"),
                short(d + timedelta(days=30), lg),
            ),
        ],
    )
    caption(
        g,
        s,
        tr(
            lg,
            "WEDDING FLOWERS QUOTATION",
            "ANGEBOT HOCHZEITSFLORISTIK",
            "DEVIS - DÉCORATION FLORALE MARIAGE",
        ),
        3,
    )
    write(
        g,
        s,
        tr(
            lg,
            f"Wedding of {couple} - {day(h, wed.day)} - {vname}. Colour palette: "
            f"{rng.choice(PALETTES[lg])}.",
            f"Hochzeit {couple} am {day(h, wed.day)}, {vname}. Farbkonzept: "
            f"{rng.choice(PALETTES[lg])}.",
            f"Mariage de {couple} le {day(h, wed.day)}, {vname}. Palette : "
            f"{rng.choice(PALETTES[lg])}.",
        ),
        s.size - 0.5,
    )
    cols = columns(m, w - m, [(5, "left"), (0.8, "right"), (1.3, "right"), (1.4, "right")])
    net = 0.0
    for section, items in DESIGNS[lg]:
        if rng.random() < 0.2 and section not in (DESIGNS[lg][0][0], DESIGNS[lg][-1][0]):
            continue
        g.heading(m, section, s.bold, s.size + 1)
        rows = []
        for name, q, (lo, hi) in items:
            if rng.random() < 0.25:
                continue
            q = max(1, q + rng.randint(-2, 3)) if q > 1 else 1
            price = float(rng.randint(lo, hi))
            net += q * price
            rows.append([name, str(q), money(price, lg), money(q * price, lg)])
        if rows:
            table(
                g,
                cols,
                [
                    tr(lg, "Design", "Position", "Désignation"),
                    tr(lg, "Qty", "Menge", "Qté"),
                    tr(lg, "Each", "Einzel", "P.U."),
                    tr(lg, "Total", "Gesamt", "Total"),
                ],
                rows,
                s,
                rules=True,
            )
    wed.total = totals(
        g,
        s,
        lg,
        [(round(net, 2), vat_rate(lg, True))],
        note=tr(
            lg,
            "A 25% deposit secures your date; the balance is due four weeks before the wedding.",
            "Mit einer Anzahlung von 30 % ist Ihr Termin fest reserviert; "
            "der Restbetrag ist 14 Tage vor der Hochzeit fällig.",
            "Un acompte de 30 % confirme la réservation ; le solde est dû "
            "un mois avant le mariage.",
        ),
    )
    qpages = g.pages
    if rng.random() < 0.45:
        ls = style_of(h, LAND, pt=8.5)
        lw, lh = LAND
        lp = Page(LAND)
        lm = ls.margin
        lp.text(
            lm,
            lm,
            tr(lg, "Recipe & colour sheet", "Rezeptur & Farbkonzept", "Fiche recette & couleurs"),
            ls.bold,
            13,
        )
        lp.text(lw - lm, lm, f"{couple} - {short(wed.day, lg)}", ls.font, 9, "right")
        lf = Sheets(LAND, lh - lm - 20, lambda _p, _n: lm + 20)
        lf.page, lf.pages, lf.y = lp, [lp], lm + 26
        designs = [n for _, its in DESIGNS[lg] for n, _, _ in its][: rng.randint(5, 11)]
        lc = columns(lm, lw - lm, [(3, "left"), (6, "left"), (1, "right")])
        lrows = []
        for dn in designs:
            mix = rng.sample(CUT, rng.randint(3, 5))
            lrows.append(
                [
                    dn,
                    ", ".join(
                        f"{rng.randint(1, 9)} {COMMON[lg][c[0]]} {rng.choice(c[1])}" for c in mix
                    ),
                    str(rng.randint(12, 60)),
                ]
            )
        table(
            lf,
            lc,
            [
                tr(lg, "Design", "Werkstück", "Création"),
                tr(
                    lg,
                    "Flowers and foliage (stems)",
                    "Blumen und Grün (Stiele)",
                    "Fleurs et feuillages (tiges)",
                ),
                tr(lg, "Stems", "Stiele", "Tiges"),
            ],
            lrows,
            ls,
            size=8,
            rules=True,
            step=2.0,
        )
        bx = lm
        lf.y += 10
        for _ in range(rng.randint(4, 6)):
            lp.rect(bx, lf.y, 46, 46, fill=rng.uniform(0.3, 0.9))
            bx += 56
        lp.text(bx + 10, lf.y + 26, rng.choice(PALETTES[lg]), italic_of(ls.font), 10)
        qpages.extend(lf.pages)
    qpages = close(qpages, s, h)
    if rng.random() < 0.4:
        qpages.append(
            terms_page(
                rng,
                s,
                h,
                tr(
                    lg,
                    "Terms and conditions - weddings and events",
                    "Allgemeine Geschäftsbedingungen Eventfloristik",
                    "Conditions générales de vente - événements",
                ),
                [
                    tr(lg, t[0], t[1], t[2])
                    for t in [
                        ("Bookings", "Auftrag", "Commande"),
                        ("Deposit", "Anzahlung", "Acompte"),
                        ("Seasonal substitution", "Saisonaler Ersatz", "Substitution saisonnière"),
                        ("Changes", "Änderungen", "Modifications"),
                        ("Cancellation", "Stornierung", "Annulation"),
                        ("Hire items", "Leihware", "Location"),
                        ("Venue access", "Zugang zur Location", "Accès au lieu"),
                        ("Liability", "Haftung", "Responsabilité"),
                        ("Photographs", "Fotos", "Photographies"),
                    ]
                ],
            )
        )
    if rng.random() < 0.45:
        ap = Page(A4)
        y = heading(ap, s, h)
        ap.text(m, y, tr(lg, "ACCEPTANCE FORM", "AUFTRAGSERTEILUNG", "BON POUR ACCORD"), s.bold, 13)
        y += 24
        for ln in wrap(
            tr(
                lg,
                f"We accept quotation {no} for our wedding on "
                f"{day(h, wed.day)} and the terms and conditions.",
                f"Hiermit erteilen wir den Auftrag gemäß Angebot {no} für unsere "
                f"Hochzeit am {day(h, wed.day)} und erkennen die AGB an.",
                f"Nous acceptons le devis {no} pour notre mariage du "
                f"{day(h, wed.day)} ainsi que les conditions générales.",
            ),
            s.font,
            s.size,
            w - 2 * m,
        ):
            ap.text(m, y, ln, s.font, s.size)
            y += 14
        y += 10
        y = fields(
            ap,
            s,
            m,
            y,
            w - 2 * m,
            [
                (tr(lg, "Names", "Namen", "Noms"), ""),
                (tr(lg, "Telephone", "Telefon", "Téléphone"), ""),
                (tr(lg, "E-mail", "E-Mail", "E-mail"), ""),
                (tr(lg, "Ceremony time", "Uhrzeit Trauung", "Heure de la cérémonie"), ""),
                (tr(lg, "Date", "Datum", "Date"), ""),
                (tr(lg, "Signature", "Unterschrift", "Signature"), ""),
            ],
            per=2,
            tall=32,
        )
        ticks(
            ap,
            s,
            m,
            y,
            w - 2 * m,
            [
                tr(
                    lg,
                    "Deposit by bank transfer",
                    "Anzahlung per Überweisung",
                    "Acompte par virement",
                ),
                tr(lg, "Deposit by card", "Anzahlung mit Karte", "Acompte par carte"),
                tr(lg, "Cheque", "bar", "Chèque"),
            ],
            set(),
            9,
        )
        qpages.append(ap)
    pages.extend(qpages)
    remember(d, wed)
    return pages


def tpl_event_booking(rng: random.Random, who: Issuer) -> list[Page]:
    """The shop's booking agreement for a wedding or event, countersigned by the couple: the
    event fields, the price and payment schedule, numbered clauses and a signature page."""
    h = shop_head()
    lg = h.lang
    s = style_of(h, A4 if lg != "en" or rng.random() < 0.8 else LETTER)
    w, _hh = s.page_size
    m = s.margin
    wed = wedding_for(rng, ("wedding_quote",))
    if not wed.total:
        wed.total = float(rng.randint(9, 48) * 100 + rng.choice([0, 50]))
    d = last_day(rng, ("wedding_quote",), (6, 30))
    couple = f"{wed.a} & {wed.b}"
    f = sheets(
        s, h, f"{tr(lg, 'Booking agreement', 'Vereinbarung', 'Contrat')} {wed.ref} - {couple}"
    )
    caption(
        f,
        s,
        tr(
            lg,
            "WEDDING FLOWERS - BOOKING AGREEMENT",
            "AUFTRAGSBESTÄTIGUNG UND VEREINBARUNG HOCHZEITSFLORISTIK",
            "CONTRAT DE PRESTATION FLORALE - MARIAGE",
        ),
        3,
    )
    f.y = 8 + fields(
        f.page,
        s,
        m,
        f.y,
        w - 2 * m,
        [
            (tr(lg, "Client(s)", "Auftraggeber", "Client(s)"), couple),
            (tr(lg, "Booking ref", "Auftrags-Nr.", "Réf. dossier"), wed.ref),
            (tr(lg, "Address", "Anschrift", "Adresse"), f"{wed.street}, {wed.town}"),
            (tr(lg, "Event date", "Datum", "Date"), day(h, wed.day)),
            (tr(lg, "Venue", "Location", "Lieu"), wed.venue[0]),
            (
                tr(lg, "Ceremony", "Trauung", "Cérémonie"),
                f"{rng.choice([11, 12, 13, 14, 15])}:{rng.choice(['00', '30'])}",
            ),
        ],
        per=2,
        tall=26,
        hand=False,
    )
    dep = round(wed.total * (0.25 if lg == "en" else 0.3), 2)
    cols = columns(m, w - m, [(4, "left"), (2, "left"), (1.5, "right")])
    table(
        f,
        cols,
        [
            tr(lg, "Payment", "Zahlung", "Échéance"),
            tr(lg, "Due", "Fällig", "Date"),
            tr(lg, "Amount", "Betrag", "Montant"),
        ],
        [
            [
                tr(
                    lg,
                    "Booking deposit (non-refundable)",
                    "Anzahlung (nicht erstattbar)",
                    "Acompte (non remboursable)",
                ),
                tr(lg, "on signing", "bei Unterzeichnung", "à la signature"),
                cash(dep, lg),
            ],
            [
                tr(lg, "Balance", "Restbetrag", "Solde"),
                short(wed.day - timedelta(days=28), lg),
                cash(wed.total - dep, lg),
            ],
            [
                tr(lg, "Total (incl. VAT)", "Gesamt (inkl. USt.)", "Total TTC"),
                "",
                cash(wed.total, lg),
            ],
        ],
        s,
        rules=True,
    )
    f.y += 6
    clauses = [
        tr(lg, "Scope", "Leistungsumfang", "Objet"),
        tr(lg, "Seasonal availability", "Saisonale Verfügbarkeit", "Disponibilité saisonnière"),
        tr(lg, "Final numbers", "Endgültige Mengen", "Quantités définitives"),
        tr(lg, "Hire items", "Leihartikel", "Articles en location"),
        tr(lg, "Access and set-up", "Zugang und Aufbau", "Accès et installation"),
        tr(
            lg,
            "Cancellation by the client",
            "Rücktritt des Auftraggebers",
            "Annulation par le client",
        ),
        tr(lg, "Liability", "Haftung", "Responsabilité"),
        tr(lg, "Data protection", "Datenschutz", "Données personnelles"),
    ]
    for k, c in enumerate(clauses[: rng.randint(5, 8)], 1):
        f.heading(m, f"{k}. {c}", s.bold, s.size)
        write(f, s, prose(rng, lg, "legal", 1, 3), s.size - 0.5)
    pages = f.pages
    # The signature page.
    sp = Page(s.page_size)
    y = running_header(sp, s, f"{h.name} - {wed.ref}") + 30
    sp.text(
        m,
        y,
        tr(lg, "Signed for and on behalf of the florist", "Für die Floristin", "Pour le fleuriste"),
        s.font,
        s.size,
    )
    sp.text(
        w / 2 + 10,
        y,
        tr(lg, "Signed by the client(s)", "Auftraggeber", "Le(s) client(s)"),
        s.font,
        s.size,
    )
    y += 50
    scrawl(sp, m, y, shop_owner())
    if rng.random() < 0.9:
        scrawl(sp, w / 2 + 10, y, wed.a)
        if rng.random() < 0.6:
            scrawl(sp, w / 2 + 10, y + 36, wed.b)
    sp.line(m, y + 4, m + 180, y + 4)
    sp.line(w / 2 + 10, y + 4, w - m, y + 4)
    sp.text(m, y + 16, shop_owner(), s.font, s.size - 1)
    sp.text(w / 2 + 10, y + 16, wed.a, s.font, s.size - 1)
    y += 70
    sp.text(m, y, tr(lg, "Place, date", "Ort, Datum", "Fait à, le"), s.font, s.size - 1)
    hand(sp, m + 80, y, f"{shop_head().town.split()[-1]}, {short(d, lg)}", 10)
    if lg == "fr":
        hand(sp, w / 2 + 10, y + 30, "Lu et approuvé, bon pour accord", 10)
    pages.append(sp)
    remember(d, wed)
    return close(
        pages, s, h, numbers=rng.choice(["Page {i} of {n}", "{i}/{n}"]) if lg == "en" else None
    )


def tpl_deposit_receipt(rng: random.Random, who: Issuer) -> list[Page]:
    """A receipt torn from the shop's duplicate receipt book (A6): number, received from, the
    sum, what for, how paid, signed."""
    h = shop_head()
    lg = h.lang
    s = style_of(h, A6, margin=18, pt=7.5)
    w, hh = A6
    m = 18
    wed = wedding_for(rng, ("event_booking", "wedding_quote"))
    prev = extra(("deposit_receipt",))
    base = prev if isinstance(prev, int) else rng.randint(120, 880)
    no = base + rng.randint(1, 6)
    d = last_day(rng, ("event_booking",), (0, 3))
    balance = not after(("event_booking",)) and rng.random() < 0.4
    amount = round((wed.total or rng.randint(6, 40) * 100) * (0.75 if balance else 0.25), 2)
    if not after(("event_booking",)) and rng.random() < 0.5:
        amount = float(rng.choice([50, 100, 150, 200, 250, 300, 500]))
    p = Page(A6)
    p.rect(6, 6, w - 12, hh - 12)
    p.text(m, m + 6, fit(h.name, h.bold, 9, w * 0.62), h.bold, 9)
    p.text(m, m + 15, fit(f"{h.street}, {h.town}", h.font, 5.5, w - 2 * m), h.font, 5.5)
    p.text(w - m, m + 8, f"No. {no:04d}", "Courier-Bold", 10, "right")
    y = m + 36
    p.text(m, y, tr(lg, "RECEIPT", "QUITTUNG", "REÇU"), "Helvetica-Bold", 13)
    p.rect(w - m - 78, y - 13, 78, 18)
    hand(p, w - m - 74, y, cash(amount, lg), 9.5)
    y += 22
    lines = [
        (tr(lg, "Date", "Datum", "Date"), short(d, lg)),
        (tr(lg, "Received from", "Erhalten von", "Reçu de"), f"{wed.a} / {wed.b.split()[0]}"),
        (
            tr(lg, "The sum of", "Betrag in Worten", "La somme de"),
            tr(
                lg,
                f"{cash(amount, lg)} only",
                f"{money(amount, lg)} Euro",
                f"{money(amount, lg)} euros",
            ),
        ),
        (
            tr(lg, "For", "Für", "Pour"),
            tr(
                lg,
                "balance" if balance else "deposit",
                "Restzahlung" if balance else "Anzahlung",
                "solde" if balance else "acompte",
            )
            + f" {wed.ref} {short(wed.day, lg)}",
        ),
    ]
    for lab, val in lines:
        p.text(m, y, lab, s.font, 7)
        p.line(m + 58, y + 2, w - m, y + 2)
        hand(p, m + 62, y - 1, val, 8.5, w - 2 * m - 64)
        y += 18
    y += 2
    ticks(
        p,
        s,
        m,
        y,
        w - 2 * m,
        [
            tr(lg, "Cash", "Bar", "Espèces"),
            tr(lg, "Card", "Karte", "Carte"),
            tr(lg, "Bank transfer", "Überweisung", "Virement"),
            tr(lg, "Cheque", "Scheck", "Chèque"),
        ],
        {rng.randrange(4)},
        7,
    )
    y += 40
    p.text(m, y, tr(lg, "Signed", "Unterschrift", "Signature"), s.font, 7)
    scrawl(p, m + 40, y, rng.choice([shop_owner(), person(rng, lg)]), 11)
    if rng.random() < 0.5:
        p.text(
            w - m,
            hh - 14,
            tr(lg, "CUSTOMER COPY", "DURCHSCHRIFT", "DUPLICATA"),
            "Helvetica-Bold",
            6.5,
            "right",
        )
    remember(d, no)
    return [p]


RELAY_PRODUCTS = {
    "en": [
        "Classic hand-tied, florist's choice",
        "Luxury rose bouquet (12)",
        "Sympathy basket",
        "New baby arrangement - blue",
        "Seasonal posy",
        "Funeral wreath 14in, white",
    ],
    "de": [
        "Strauß nach Art des Hauses",
        "Rosenstrauß (12 Stiele)",
        "Gesteck Trauer klein",
        "Geburtsstrauß Rosa",
        "Saisonstrauß",
        "Trauerkranz 40 cm, weiß",
    ],
    "fr": [
        "Bouquet rond du fleuriste",
        "Bouquet de 12 roses rouges",
        "Composition deuil",
        "Naissance - bouquet tendre",
        "Bouquet de saison",
        "Couronne deuil 40 cm, blanc",
    ],
}
CARDS = {
    "en": [
        "Happy birthday Mum, lots of love from all of us xx",
        "Thinking of you at this sad time - Sue and Ken",
        "Congratulations on your new arrival! Love, the team at Harwood",
        "Sorry I can't be there. Get well soon! J",
        "Happy anniversary my darling - 25 years!",
    ],
    "de": [
        "Alles Liebe zum Geburtstag, Mama! Deine Kinder",
        "In stiller Anteilnahme - Familie Seidel",
        "Herzlichen Glückwunsch zur Geburt! Eure Nachbarn",
        "Gute Besserung! Dein Team",
        "Zum Hochzeitstag in Liebe - M.",
    ],
    "fr": [
        "Joyeux anniversaire maman, gros bisous de nous tous",
        "Sincères condoléances - la famille Morel",
        "Félicitations pour la naissance ! Vos collègues",
        "Bon rétablissement ! Bises, Julie",
        "Joyeux anniversaire de mariage mon amour",
    ],
}


def tpl_relay_order(rng: random.Random, who: Issuer) -> list[Page]:
    """An order received through the relay network, printed from its terminal: sending
    member, delivery date, recipient, product, value, the card message; the driver's delivery
    note by hand."""
    r = keyed(who, "relay")
    lg = home()
    row = SENDERS["relay"][lg][0]
    h = make_head(row, lg, "relay")
    size = A4 if r.random() < 0.6 else A5
    s = style_of(h, size, margin=40 if size == A4 else 28, pt=9 if size == A4 else 8)
    w, hh = size
    m = s.margin
    d = some_day(rng)
    no = serial(rng, r.choice(["99999999", "AA-999999", "R9999999"]))
    p = Page(size)
    p.rect(m, m - 18, w - 2 * m, 24, fill=0.82)
    p.text(m + 6, m - 1, h.name.upper(), "Helvetica-Bold", 10)
    p.text(w - m - 6, m - 1, tr(lg, "ORDER", "AUFTRAG", "COMMANDE"), "Helvetica-Bold", 10, "right")
    y = m + 22
    p.text(
        m,
        y,
        tr(lg, "INCOMING ORDER", "AUFTRAGSEINGANG - AUSFÜHRUNG", "TRANSMISSION REÇUE - À EXÉCUTER"),
        "Courier-Bold",
        11,
    )
    p.text(w - m, y, f"No. {no}", "Courier-Bold", 11, "right")
    y += 16
    p.text(
        m,
        y,
        f"{tr(lg, 'Printed', 'Gedruckt', 'Imprimé le')} "
        f"{short(d - timedelta(days=rng.randint(0, 3)), lg)} "
        f"{rng.randint(7, 19):02d}:{rng.randint(0, 59):02d}",
        "Courier",
        8,
    )
    y += 16
    sender_town = rng.choice([t for ts in TOWNS.values() for t in ts])
    rec = person(rng, lg)
    road = rng.choice(ROADS[lg])
    value = float(rng.choice([30, 35, 40, 45, 50, 60, 75, 90]))
    items = [
        (
            tr(lg, "Sending member", "Auftraggebendes Mitglied", "Fleuriste transmetteur"),
            f"{serial(rng, '99-9999')} "
            f"{rng.choice(['Petals', 'Blumen Haus', 'Fleurs & Co', 'Rosewood', 'Florale'])}"
            f", {sender_town}",
        ),
        (
            tr(lg, "Delivery date", "Liefertermin", "Date de livraison"),
            f"{short(d, lg)} {rng.choice(['AM', 'PM', tr(lg, 'any time', 'ganztags', 'journée')])}",
        ),
        (tr(lg, "Recipient", "Empfänger", "Destinataire"), rec),
        (
            tr(lg, "Address", "Adresse", "Adresse"),
            f"{rng.randint(1, 90)} {road}, {rng.choice(TOWNS[lg])}"
            if lg != "de"
            else f"{road} {rng.randint(1, 90)}, {rng.choice(TOWNS[lg])}",
        ),
        (tr(lg, "Telephone", "Telefon", "Téléphone"), serial(rng, "0999 999999")),
        (
            tr(lg, "Product", "Artikel", "Produit"),
            f"{serial(rng, 'A99')} {rng.choice(RELAY_PRODUCTS[lg])}",
        ),
        (tr(lg, "Value to execute", "Ausführungswert", "Valeur d'exécution"), cash(value, lg)),
        (
            tr(lg, "Occasion", "Anlass", "Occasion"),
            rng.choice(["BIRTHDAY", "SYMPATHY", "LOVE", "GET WELL", "NEW BABY"]),
        ),
    ]
    for lab, val in items:
        p.text(m, y, f"{lab}:", "Courier", 8.5)
        p.text(
            m + (150 if size == A4 else 112),
            y,
            fit(val, "Courier-Bold", 8.5, w - 2 * m - 150),
            "Courier-Bold",
            8.5,
        )
        y += 13
    y += 8
    p.text(m, y, tr(lg, "CARD MESSAGE", "KARTENTEXT", "MESSAGE CARTE"), "Courier-Bold", 9)
    y += 6
    msg = rng.choice(CARDS[lg])
    ml = wrap(msg, "Courier", 10, w - 2 * m - 20)
    p.rect(m, y, w - 2 * m, 14 * len(ml) + 14)
    for k, ln in enumerate(ml):
        p.text(m + 10, y + 16 + 14 * k, ln, "Courier", 10)
    y += 14 * len(ml) + 28
    if rng.random() < 0.5:
        p.text(m, y, tr(lg, "Instructions:", "Hinweise:", "Instructions :"), "Courier", 8.5)
        p.text(
            m + 90,
            y,
            fit(
                rng.choice(
                    [
                        tr(
                            lg,
                            "Leave with neighbour if out",
                            "Bei Abwesenheit beim Nachbarn abgeben",
                            "Si absent, laisser chez le voisin",
                        ),
                        tr(
                            lg,
                            "Hospital ward 12 - check visiting times",
                            "Klinikum Station 4B",
                            "Hôpital, service 3 - horaires de visite",
                        ),
                        tr(
                            lg,
                            "Surprise - do not call before",
                            "Überraschung - nicht vorher anrufen",
                            "Surprise - ne pas appeler avant",
                        ),
                    ]
                ),
                "Courier",
                8.5,
                w - 2 * m - 90,
            ),
            "Courier",
            8.5,
        )
        y += 20
    y = max(y + 10, hh - m - 80)
    p.line(m, y, w - m, y)
    y += 14
    p.text(
        m,
        y,
        tr(
            lg,
            "Delivered (date, time, to whom):",
            "Zugestellt (Datum, Zeit, an):",
            "Livré (date, heure, à) :",
        ),
        s.font,
        8,
    )
    if rng.random() < 0.8:
        hand(
            p,
            m + 8,
            y + 20,
            f"{short(d, lg)} {rng.randint(9, 17)}:{rng.choice(['10', '25', '45'])} "
            + rng.choice(
                [
                    rec.split()[0],
                    tr(lg, "neighbour no. 12", "Nachbarin Nr. 12", "voisine n° 12"),
                    tr(lg, "ward sister", "Station", "accueil"),
                ]
            ),
            10,
            w - 2 * m - 10,
        )
    if rng.random() < 0.4:
        stamp(
            p,
            w - m - 130,
            rng.uniform(m + 40, hh / 2),
            [tr(lg, "CONFIRMED", "BESTÄTIGT", "CONFIRMÉ"), short(d, lg)],
        )
    remember(d)
    return [p]


def tpl_relay_statement(rng: random.Random, who: Issuer) -> list[Page]:
    """The relay network's monthly clearing statement: a summary page with the balance and the
    direct debit date, then the orders received and sent (landscape on some) and the fees."""
    lg = home()
    h = make_head(SENDERS["relay"][lg][0], lg, "relay")
    s = style_of(h, A4)
    w, _hh = A4
    m = s.margin
    per = month()
    d = per + timedelta(days=rng.randint(33, 40))
    mem = serial(keyed(who, "mem"), "99-9999")
    f = sheets(
        s,
        h,
        f"{h.name} - "
        f"{tr(lg, 'Clearing statement', 'Clearing-Abrechnung', 'Relevé de compensation')} "
        f"{per.month:02d}/{per.year} - {mem}",
    )
    recipient(
        f,
        s,
        h,
        shop_lines(),
        d,
        [
            (tr(lg, "Member no.", "Mitglieds-Nr.", "N° adhérent"), mem),
            (tr(lg, "Period", "Abrechnungszeitraum", "Période"), f"{per.month:02d}/{per.year}"),
        ],
    )
    caption(f, s, tr(lg, "CLEARING STATEMENT", "CLEARING-ABRECHNUNG", "RELEVÉ DE COMPENSATION"), 3)
    inn = [
        (
            per + timedelta(days=rng.randint(0, 27)),
            serial(rng, "99999999"),
            float(rng.choice([30, 35, 40, 45, 50, 60, 75])),
        )
        for _ in range(rng.randint(6, 38))
    ]
    out = [
        (
            per + timedelta(days=rng.randint(0, 27)),
            serial(rng, "99999999"),
            float(rng.choice([35, 40, 45, 55, 65])),
        )
        for _ in range(rng.randint(2, 14))
    ]
    inn.sort()
    out.sort()
    rec_v = sum(v for *_, v in inn)
    sent_v = sum(v for *_, v in out)
    comm_in = round(rec_v * 0.27, 2)
    comm_out = round(sent_v * 0.2, 2)
    fees = [
        (
            tr(lg, "Monthly membership", "Mitgliedsbeitrag", "Cotisation mensuelle"),
            rng.choice([39.0, 49.0, 59.0]),
        ),
        (
            tr(lg, "Terminal and software", "Terminalgebühr", "Terminal et logiciel"),
            rng.choice([18.0, 24.0]),
        ),
        (
            tr(lg, "Clearing charge", "Clearinggebühr", "Frais de compensation"),
            round(0.9 * (len(inn) + len(out)), 2),
        ),
    ]
    bal = round(rec_v - comm_in - sent_v + comm_out - sum(v for _, v in fees), 2)
    summ = [
        (
            tr(
                lg,
                f"Orders executed ({len(inn)})",
                f"Ausgeführte Aufträge ({len(inn)})",
                f"Commandes exécutées ({len(inn)})",
            ),
            rec_v,
        ),
        (
            tr(
                lg,
                "less network commission on orders executed",
                "abzgl. Provision Ausführung",
                "moins commission réseau",
            ),
            -comm_in,
        ),
        (
            tr(
                lg,
                f"Orders sent ({len(out)})",
                f"Vermittelte Aufträge ({len(out)})",
                f"Commandes transmises ({len(out)})",
            ),
            -sent_v,
        ),
        (
            tr(
                lg,
                "plus sender's commission",
                "zzgl. Vermittlungsprovision",
                "plus commission de transmission",
            ),
            comm_out,
        ),
        *[(t, -v) for t, v in fees],
    ]
    f.y = pairs(f.page, s, m, f.y, [(t, money(v, lg)) for t, v in summ], w - m, s.size)
    f.page.line(m, f.y - 6, w - m, f.y - 6)
    f.y += 6
    f.page.text(
        m,
        f.y,
        tr(
            lg,
            "Balance in your favour" if bal >= 0 else "Balance due",
            "Saldo zu Ihren Gunsten" if bal >= 0 else "Saldo zu unseren Gunsten",
            "Solde en votre faveur" if bal >= 0 else "Solde à régler",
        ),
        s.bold,
        s.size + 1,
    )
    f.page.text(w - m, f.y, cash(abs(bal), lg), s.bold, s.size + 1, "right")
    f.y += 24
    write(
        f,
        s,
        tr(
            lg,
            f"The balance will be {'paid to' if bal >= 0 else 'collected from'} your "
            f"account on {day(h, d + timedelta(days=7))}.",
            f"Der Saldo wird am {day(h, d + timedelta(days=7))} "
            f"{'überwiesen' if bal >= 0 else 'per SEPA-Lastschrift eingezogen'}.",
            f"Le solde sera {'viré' if bal >= 0 else 'prélevé'} le "
            f"{day(h, d + timedelta(days=7))}.",
        ),
        s.size - 1,
    )
    pages = f.pages
    land = keyed(who, "land").random() < 0.5
    ts = style_of(h, LAND if land else A4, pt=8)
    tw_, th = ts.page_size
    tm = ts.margin

    def tstart(p: Page, n: int) -> float:
        return running_header(p, ts, f"{h.name} - {mem} - {per.month:02d}/{per.year}") + 8

    g = Sheets(ts.page_size, th - tm - 10, tstart)
    cols = columns(
        tm,
        tw_ - tm,
        [(1.2, "left"), (1.5, "left"), (3, "left"), (1, "right"), (1, "right"), (1, "right")],
    )
    for title, data, rate in (
        (tr(lg, "Orders executed", "Ausgeführte Aufträge", "Commandes exécutées"), inn, 0.27),
        (tr(lg, "Orders sent", "Vermittelte Aufträge", "Commandes transmises"), out, 0.2),
    ):
        g.heading(tm, title, ts.bold, 10)
        rows = [
            [
                short(dd, lg),
                n,
                f"{serial(rng, '99-9999')} {rng.choice(TOWNS[lg])}",
                money(v, lg),
                money(v * rate, lg),
                money(v * (1 - rate), lg),
            ]
            for dd, n, v in data
        ]
        table(
            g,
            cols,
            [
                tr(lg, "Date", "Datum", "Date"),
                tr(lg, "Order", "Auftrag", "Commande"),
                tr(lg, "Member", "Mitglied", "Adhérent"),
                tr(lg, "Value", "Wert", "Valeur"),
                tr(lg, "Comm.", "Prov.", "Comm."),
                tr(lg, "Net", "Netto", "Net"),
            ],
            rows,
            ts,
            size=7.5,
            step=1.5,
        )
        g.y += 10
    pages.extend(g.pages)
    remember(d)
    return close(
        pages,
        s,
        h,
        numbers=rng.choice(
            ["Page {i} of {n}", "{i}/{n}", "Seite {i} von {n}" if lg == "de" else "Page {i}/{n}"]
        ),
    )


# ---------------------------------------------------------------------------------------------
# Templates LLL: suppliers, venues, planners, the counter and the funeral directors
# ---------------------------------------------------------------------------------------------


def tpl_sundries_invoice(rng: random.Random, who: Issuer) -> list[Page]:
    """A sundries supplier's invoice: account and order reference, the carrier, lines with
    product codes, packs, discounts and back-ordered items, standard-rate VAT or the reverse
    charge from abroad."""
    h = head_of(who, "sundries", abroad=0.15)
    lg = h.lang
    k = keyed(who, "fmt")
    s = style_of(h, LETTER if lg == "en" and k.random() < 0.2 else A4)
    w, hh = s.page_size
    m = s.margin
    d = some_day(rng)
    no = serial(rng, k.choice(["SI999999", "99999", "RE-2025-9999", "FA999999"]))
    f = sheets(s, h, f"{h.name} - {tr(lg, 'Invoice', 'Rechnung', 'Facture')} {no}")
    recipient(
        f,
        s,
        h,
        shop_lines(),
        d,
        [
            (tr(lg, "Invoice", "Rechnung", "Facture"), no),
            (tr(lg, "Account", "Kunden-Nr.", "Compte"), cust_no(who, "99999")),
            (
                tr(lg, "Your order", "Ihre Bestellung", "Votre commande"),
                rng.choice(
                    [
                        tr(lg, "by phone", "telefonisch", "par téléphone"),
                        "web " + serial(rng, "999999"),
                        f"{shop_owner().split()[0]}",
                    ]
                ),
            ),
        ],
    )
    caption(f, s, tr(lg, "INVOICE", "RECHNUNG", "FACTURE"), 4)
    write(
        f,
        s,
        tr(
            lg,
            f"Despatched {short(d, lg)} via {rng.choice(['DPD', 'Parcelforce', 'DX'])}, "
            f"{rng.randint(1, 4)} parcel(s)",
            f"Versand {short(d, lg)} per {rng.choice(['DHL', 'GLS', 'DPD'])}, "
            f"{rng.randint(1, 4)} Paket(e)",
            f"Expédié le {short(d, lg)} par {rng.choice(['Colissimo', 'DPD', 'Geodis'])}, "
            f"{rng.randint(1, 4)} colis",
        ),
        s.size - 1,
    )
    cols = columns(
        m,
        w - m,
        [
            (1.1, "left"),
            (4.2, "left"),
            (1.2, "left"),
            (0.6, "right"),
            (1, "right"),
            (0.7, "right"),
            (1.1, "right"),
        ],
    )
    rows = []
    net = 0.0
    for name, pack, price in rng.sample(SUNDRIES[lg], rng.randint(3, 14)):
        q = rng.choice([1, 1, 2, 3, 5, 10])
        disc = rng.choice([0, 0, 0, 5, 10])
        if rng.random() < 0.1:
            rows.append(
                [
                    serial(rng, "AA9999"),
                    name,
                    pack,
                    str(q),
                    money(price, lg),
                    "",
                    tr(lg, "B/O", "Rückstand", "reliquat"),
                ]
            )
            continue
        v = round(q * price * (1 - disc / 100), 2)
        net += v
        rows.append(
            [
                serial(rng, "AA9999"),
                name,
                pack,
                str(q),
                money(price, lg),
                f"{disc}%" if disc else "",
                money(v, lg),
            ]
        )
    table(
        f,
        cols,
        [
            tr(lg, "Code", "Art.-Nr.", "Réf."),
            tr(lg, "Description", "Bezeichnung", "Désignation"),
            tr(lg, "Pack", "VE", "Cond."),
            tr(lg, "Qty", "Menge", "Qté"),
            tr(lg, "Price", "Preis", "P.U."),
            tr(lg, "Disc", "Rab.", "Rem."),
            tr(lg, "Net", "Netto", "Net HT"),
        ],
        rows,
        s,
        rules=k.random() < 0.5,
    )
    carriage = rng.choice([0.0, 7.95, 9.5, 12.0])
    if carriage:
        f.need(20)
        f.page.text(
            m, f.y, tr(lg, "Carriage", "Versandkosten", "Frais de port"), s.font, s.size - 1
        )
        f.page.text(w - m, f.y, money(carriage, lg), s.font, s.size - 1, "right")
        f.y += 16
    cross = lg != home()
    totals(
        f,
        s,
        lg,
        [(round(net + carriage, 2), 0.0 if cross else vat_rate(lg))],
        note=tr(
            lg,
            "Reverse charge: customer to account for VAT.",
            "Steuerschuldnerschaft des Leistungsempfängers.",
            "Autoliquidation - TVA due par le preneur.",
        )
        if cross
        else pay_note(lg, 30),
    )
    pages = f.pages
    received(rng, pages[0], home(), d, 0.3)
    if rng.random() < 0.3:
        hand(
            pages[0],
            m + 10,
            hh - m - 40,
            tr(home(), "goods checked - ok", "Ware geprüft ok", "marchandise vérifiée"),
            10,
        )
    remember(d)
    return close(pages, s, h)


def tpl_venue_letter(rng: random.Random, who: Issuer) -> list[Page]:
    """A venue's letter to the wedding florist: the event, access and set-up times, the
    contact on the day; the venue's supplier rules, now and then a load-in plan and the
    supplier declaration to sign and return."""
    x = extra(("planner_run_sheet", "wedding_quote", "event_booking"))
    wed = x if isinstance(x, Wedding) else a_wedding(rng)
    h = make_head(wed.venue, home(), "venue")
    lg = h.lang
    s = style_of(h, A4)
    w, _hh = A4
    m = s.margin
    d = last_day(rng, ("planner_run_sheet",), (1, 14))
    coord = person(keyed(who, "coord"), lg)
    info = tr(
        lg, "Supplier information", "Informationen für Dienstleister", "Informations prestataires"
    )
    f = sheets(s, h, f"{h.name} - {info}")
    recipient(
        f,
        s,
        h,
        shop_lines(
            tr(
                lg,
                f"FAO {shop_owner()}",
                f"z. Hd. {mx(shop_owner(), lg)}",
                f"À l'attention de {mx(shop_owner(), lg)}",
            )
        ),
        d,
        [(tr(lg, "Event", "Veranstaltung", "Événement"), wed.ref)],
    )
    f.page.text(
        m,
        f.y,
        tr(
            lg,
            f"Wedding of {wed.a} & {wed.b} - {day(h, wed.day)}",
            f"Hochzeit {wed.a} & {wed.b} am {day(h, wed.day)}",
            f"Mariage {wed.a} & {wed.b} - {day(h, wed.day)}",
        ),
        s.bold,
        s.size,
    )
    f.y += 22
    write(f, s, dear(lg, mx(shop_owner(), lg)))
    write(
        f,
        s,
        tr(
            lg,
            f"You have been booked as florist for the above wedding. Access for "
            f"suppliers is from {rng.choice(['08:00', '09:00', '10:00'])} through "
            f"the service yard.",
            f"Sie sind als Floristin für die oben genannte Hochzeit gebucht. Die "
            f"Anlieferung ist ab {rng.choice(['8:00', '9:00', '10:00'])} Uhr über den "
            f"Wirtschaftshof möglich.",
            f"Vous intervenez comme fleuriste pour le mariage ci-dessus. L'accès "
            f"prestataires est ouvert dès {rng.choice(['8h', '9h', '10h'])} par la cour "
            f"de service.",
        ),
    )
    for _ in range(rng.randint(1, 3)):
        write(f, s, prose(rng, lg, "venue", 2, 3))
    regards(
        f, s, lg, coord, tr(lg, "Events Coordinator", "Eventmanagement", "Responsable événementiel")
    )
    pages = close(f.pages, s, h, numbers="none")
    if rng.random() < 0.8:
        rules_t = tr(
            lg, "Supplier guidelines", "Richtlinien für Dienstleister", "Charte prestataires"
        )
        g = sheets(s, h, f"{h.name} - {rules_t}", top=False)
        caption(
            g,
            s,
            tr(
                lg,
                "SUPPLIER GUIDELINES",
                "RICHTLINIEN FÜR DIENSTLEISTER",
                "CHARTE DES PRESTATAIRES",
            ),
            3,
            rule=True,
        )
        rules = [
            tr(lg, "Arrival and unloading", "Anlieferung", "Arrivée et déchargement"),
            tr(lg, "Candles and open flames", "Kerzen und offenes Feuer", "Bougies et flammes"),
            tr(
                lg,
                "Confetti, petals and glitter",
                "Konfetti, Blütenblätter, Glitter",
                "Confettis, pétales et paillettes",
            ),
            tr(
                lg,
                "Fixings to walls and beams",
                "Befestigungen an Wänden und Balken",
                "Fixations murs et poutres",
            ),
            tr(lg, "Water and floral foam", "Wasser und Steckschaum", "Eau et mousse florale"),
            tr(lg, "Insurance", "Versicherung", "Assurance"),
            tr(lg, "Clear-down and collection", "Abbau und Abholung", "Démontage et reprise"),
            tr(lg, "Waste", "Abfall", "Déchets"),
        ]
        for k, t in enumerate(rules, 1):
            g.heading(s.margin, f"{k}. {t}", s.bold, s.size)
            write(g, s, prose(rng, lg, "venue", 1, 3), s.size - 0.5)
        pages.extend(close(g.pages, s, h, numbers=rng.choice(["none", "{i}/{n}"])))
    if rng.random() < 0.35:
        p = Page(LAND)
        lw, lh = LAND
        p.text(
            40,
            40,
            tr(lg, "LOAD-IN PLAN", "ANLIEFERUNGSPLAN", "PLAN D'ACCÈS PRESTATAIRES"),
            "Helvetica-Bold",
            13,
        )
        p.text(lw - 40, 40, h.name, "Helvetica", 9, "right")
        rooms = [
            (60, 90, 260, 180, tr(lg, "Great Hall (reception)", "Festsaal", "Salle de réception")),
            (340, 90, 170, 120, tr(lg, "Ceremony room", "Trausaal", "Salle de cérémonie")),
            (340, 230, 170, 90, tr(lg, "Kitchen", "Küche", "Cuisine")),
            (540, 90, 240, 110, tr(lg, "Terrace", "Terrasse", "Terrasse")),
            (
                540,
                230,
                240,
                160,
                tr(
                    lg,
                    "Service yard / unloading",
                    "Wirtschaftshof / Anlieferung",
                    "Cour de service / déchargement",
                ),
            ),
            (
                60,
                300,
                260,
                120,
                tr(lg, "Car park (suppliers)", "Parkplatz Dienstleister", "Parking prestataires"),
            ),
        ]
        for x0, y0, bw, bh, t in rooms:
            p.rect(x0, y0, bw, bh)
            p.text(
                x0 + bw / 2, y0 + bh / 2, fit(t, "Helvetica", 8, bw - 8), "Helvetica", 8, "center"
            )
        p.line(660, 390, 660, 470)
        p.text(668, 440, tr(lg, "Entrance from road", "Zufahrt", "Entrée"), "Helvetica", 7)
        p.text(
            40,
            lh - 40,
            tr(lg, "Not to scale.", "Nicht maßstäblich.", "Sans échelle."),
            "Helvetica-Oblique",
            7,
        )
        pages.append(p)
    if rng.random() < 0.5:
        p = Page(A4)
        y = heading(p, s, h)
        p.text(
            m,
            y,
            tr(
                lg,
                "SUPPLIER DECLARATION - please return before the event",
                "ERKLÄRUNG DES DIENSTLEISTERS - bitte vor der Veranstaltung zurücksenden",
                "DÉCLARATION DU PRESTATAIRE - à retourner avant l'événement",
            ),
            s.bold,
            10,
        )
        y += 20
        y = fields(
            p,
            s,
            m,
            y,
            w - 2 * m,
            [
                (tr(lg, "Company", "Firma", "Société"), shop_name()),
                (tr(lg, "Event date", "Datum", "Date"), short(wed.day, lg)),
                (
                    tr(
                        lg,
                        "Public liability insurer / policy no.",
                        "Betriebshaftpflicht / Police",
                        "Assureur RC / n° de police",
                    ),
                    serial(rng, "AA99999999"),
                ),
                (
                    tr(lg, "Vehicle registration", "Kennzeichen", "Immatriculation"),
                    serial(rng, "AA99 AAA") if lg == "en" else serial(rng, "AA-AA 999"),
                ),
                (
                    tr(lg, "Arrival time", "Ankunft", "Heure d'arrivée"),
                    f"{rng.randint(8, 11)}:{rng.choice(['00', '30'])}",
                ),
                (
                    tr(lg, "Number of staff", "Anzahl Personen", "Nombre de personnes"),
                    str(rng.randint(2, 4)),
                ),
            ],
            per=2,
            tall=30,
            hand=rng.random() < 0.7,
        )
        for q in [
            tr(lg, "We will use candles", "Wir verwenden Kerzen", "Utilisation de bougies"),
            tr(
                lg,
                "We will use electrical equipment (PAT tested)",
                "Elektrische Geräte (geprüft)",
                "Matériel électrique (vérifié)",
            ),
            tr(
                lg,
                "We will fix items to the building",
                "Befestigungen am Gebäude",
                "Fixations sur le bâtiment",
            ),
        ]:
            p.text(m, y, q, s.font, 8.5)
            ticks(p, s, w - m - 120, y, 120, yes_no(lg), {rng.randrange(2)}, 8)
            y += 18
        y += 20
        p.text(m, y, tr(lg, "Signed", "Unterschrift", "Signature"), s.font, 8.5)
        if rng.random() < 0.5:
            scrawl(p, m + 60, y, shop_owner())
        p.line(m + 50, y + 3, m + 250, y + 3)
        pages.append(p)
    received(rng, pages[0], home(), d, 0.25)
    remember(d, wed)
    return pages


def tpl_planner_run_sheet(rng: random.Random, who: Issuer) -> list[Page]:
    """A wedding planner's supplier running order: a short covering page, the day's timeline
    on landscape pages and the supplier contact list."""
    h = head_of(who, "planner")
    lg = h.lang
    s = style_of(h, A4)
    w, hh = A4
    m = s.margin
    wed = wedding_for(rng, ("wedding_quote", "event_booking"))
    d = wed.day - timedelta(days=rng.randint(7, 30))
    if d < month():
        d = some_day(rng)
    planner = person(keyed(who, "pl"), lg)
    couple = f"{wed.a} & {wed.b}"
    f = sheets(s, h)
    caption(
        f,
        s,
        tr(lg, "SUPPLIER RUNNING ORDER", "ABLAUFPLAN FÜR DIENSTLEISTER", "DÉROULÉ PRESTATAIRES"),
        5,
    )
    f.y = 8 + fields(
        f.page,
        s,
        m,
        f.y + 4,
        w - 2 * m,
        [
            (tr(lg, "Couple", "Brautpaar", "Mariés"), couple),
            (tr(lg, "Date", "Datum", "Date"), day(h, wed.day)),
            (tr(lg, "Venue", "Location", "Lieu"), wed.venue[0]),
            (tr(lg, "Guests", "Gäste", "Invités"), str(rng.randint(40, 160))),
            (tr(lg, "Planner on the day", "Ansprechpartnerin vor Ort", "Wedding planner"), planner),
            (tr(lg, "Version", "Version", "Version"), f"v{rng.randint(2, 6)} - {short(d, lg)}"),
        ],
        per=2,
        tall=28,
        hand=False,
    )
    for _ in range(rng.randint(1, 2)):
        write(f, s, prose(rng, lg, "wed", 2, 3))
    write(
        f,
        s,
        tr(
            lg,
            "Please check your times and tell me of any change by return.",
            "Bitte prüfen Sie Ihre Zeiten und melden Sie Änderungen umgehend.",
            "Merci de vérifier vos horaires et de me signaler toute modification.",
        ),
    )
    f.y += 10
    f.page.text(m, f.y, planner, italic_of(s.font), s.size + 2)
    pages = close(f.pages, s, h, numbers="none")
    ls = style_of(h, LAND, pt=8.5)
    lw, lh = LAND
    lm = ls.margin
    g = Sheets(
        LAND,
        lh - lm - 10,
        lambda p, n: (
            running_header(
                p,
                ls,
                f"{couple} - {short(wed.day, lg)} - {tr(lg, 'Timeline', 'Ablauf', 'Déroulé')}",
            )
            + 8
        ),
    )
    t = 7 * 60 + rng.choice([0, 30])
    steps = [
        (
            tr(
                lg,
                "Florist arrives, unload via service yard",
                "Anlieferung Floristik über den Hof",
                "Arrivée fleuriste, déchargement",
            ),
            tr(lg, "Florist", "Floristik", "Fleuriste"),
        ),
        (
            tr(
                lg,
                "Bridal bouquets to bride's house",
                "Brautstrauß zum Haus der Braut",
                "Bouquets livrés chez la mariée",
            ),
            tr(lg, "Florist", "Floristik", "Fleuriste"),
        ),
        (tr(lg, "Hair and make-up", "Haare und Make-up", "Coiffure et maquillage"), "HMUA"),
        (
            tr(lg, "Photographer arrives", "Fotograf kommt", "Arrivée photographe"),
            tr(lg, "Photographer", "Fotograf", "Photographe"),
        ),
        (
            tr(
                lg,
                "Ceremony room dressed, arch in place",
                "Trausaal dekoriert, Bogen steht",
                "Salle de cérémonie prête, arche installée",
            ),
            tr(lg, "Florist", "Floristik", "Fleuriste"),
        ),
        (
            tr(
                lg,
                "Guests arrive, welcome drinks",
                "Ankunft Gäste, Sektempfang",
                "Arrivée invités, vin d'honneur",
            ),
            tr(lg, "Venue", "Location", "Lieu"),
        ),
        (tr(lg, "Ceremony", "Trauung", "Cérémonie"), tr(lg, "Registrar", "Standesamt", "Mairie")),
        (
            tr(
                lg,
                "Arch moved to top table (florist team)",
                "Bogen zum Brauttisch versetzen",
                "Arche déplacée derrière la table d'honneur",
            ),
            tr(lg, "Florist", "Floristik", "Fleuriste"),
        ),
        (tr(lg, "Wedding breakfast", "Essen", "Dîner"), tr(lg, "Caterer", "Catering", "Traiteur")),
        (
            tr(lg, "Speeches, cake", "Reden, Torte", "Discours, gâteau"),
            tr(lg, "Cake maker", "Konditorei", "Pâtissier"),
        ),
        (tr(lg, "Band / DJ", "Band / DJ", "Musique / DJ"), "DJ"),
        (
            tr(lg, "Carriages", "Ende der Feier", "Fin de soirée"),
            tr(lg, "Venue", "Location", "Lieu"),
        ),
        (
            tr(
                lg,
                "Florist clear-down and hire collection",
                "Abbau Floristik, Leihware abholen",
                "Démontage fleuriste, reprise location",
            ),
            tr(lg, "Florist", "Floristik", "Fleuriste"),
        ),
    ]
    rows = []
    for what, who_ in steps:
        rows.append(
            [
                f"{t // 60:02d}:{t % 60:02d}",
                what,
                who_,
                rng.choice(
                    [
                        "",
                        "",
                        tr(lg, "see notes", "s. Notiz", "voir notes"),
                        words(rng, lg, "venue", 4),
                    ]
                ),
            ]
        )
        t += rng.choice([20, 30, 45, 60, 90])
        if t >= 24 * 60:
            t = 23 * 60 + 30
    cols = columns(lm, lw - lm, [(0.8, "left"), (5, "left"), (1.6, "left"), (3, "left")])
    table(
        g,
        cols,
        [
            tr(lg, "Time", "Zeit", "Heure"),
            tr(lg, "What", "Was", "Quoi"),
            tr(lg, "Who", "Wer", "Qui"),
            tr(lg, "Notes", "Hinweise", "Notes"),
        ],
        rows,
        ls,
        size=8.5,
        rules=True,
        step=2.1,
    )
    pages.extend(g.pages)
    if rng.random() < 0.7:
        c = Sheets(
            A4,
            hh - m - 10,
            lambda p, n: (
                running_header(
                    p, s, f"{couple} - {tr(lg, 'Suppliers', 'Dienstleister', 'Prestataires')}"
                )
                + 8
            ),
        )
        c.heading(
            m,
            tr(lg, "Supplier contacts", "Kontakte Dienstleister", "Contacts prestataires"),
            s.bold,
            s.size + 2,
        )
        roles = [
            tr(lg, "Florist", "Floristik", "Fleuriste"),
            tr(lg, "Photographer", "Fotograf", "Photographe"),
            tr(lg, "Caterer", "Catering", "Traiteur"),
            tr(lg, "Cake", "Torte", "Gâteau"),
            "DJ",
            tr(lg, "Venue", "Location", "Lieu"),
            tr(lg, "Transport", "Fahrdienst", "Transport"),
        ]
        crow = []
        for rl in roles:
            comp = (
                shop_name()
                if rl == roles[0]
                else (wed.venue[0] if rl == roles[5] else f"{rng.choice(LASTS[lg])} {rl}")
            )
            crow.append(
                [
                    rl,
                    comp,
                    person(rng, lg),
                    serial(
                        rng,
                        "07999 999999"
                        if lg == "en"
                        else "0179 9999999"
                        if lg == "de"
                        else "06 99 99 99 99",
                    ),
                ]
            )
        table(
            c,
            columns(m, w - m, [(1.3, "left"), (2.6, "left"), (1.6, "left"), (1.5, "left")]),
            [
                tr(lg, "Role", "Rolle", "Rôle"),
                tr(lg, "Company", "Firma", "Société"),
                tr(lg, "Contact", "Kontakt", "Contact"),
                tr(lg, "Mobile", "Mobil", "Portable"),
            ],
            crow,
            s,
            rules=True,
            step=2.0,
        )
        pages.extend(c.pages)
    remember(d, wed)
    return pages


OCCASIONS = {
    "en": ["Birthday", "Anniversary", "Sympathy", "Get well", "New baby", "Thank you", "Other"],
    "de": ["Geburtstag", "Jubiläum", "Trauer", "Gute Besserung", "Geburt", "Danke", "Sonstiges"],
    "fr": ["Anniversaire", "Fête", "Deuil", "Prompt rétablissement", "Naissance", "Merci", "Autre"],
}


def tpl_shop_order_form(rng: random.Random, who: Issuer) -> list[Page]:
    """A sheet of the shop's counter order pad (A5), filled in by hand: customer, delivery or
    collection, time slot, occasion, what and how much, the card message."""
    h = shop_head()
    lg = h.lang
    s = style_of(h, A5, margin=26, pt=7.5)
    w, hh = A5
    m = 26
    prev = extra(("shop_order_form",))
    no = (prev + rng.randint(1, 9)) if isinstance(prev, int) else rng.randint(2100, 6900)
    d = some_day(rng)
    p = Page(A5)
    p.text(m, m + 4, fit(h.name, h.bold, 11, w * 0.6), h.bold, 11)
    p.text(m, m + 14, fit(f"{h.street}, {h.town}  {h.phone}", h.font, 6, w * 0.65), h.font, 6)
    p.text(w - m, m + 6, tr(lg, "ORDER", "AUFTRAG", "COMMANDE"), "Helvetica-Bold", 10, "right")
    p.text(w - m, m + 18, f"No {no}", "Courier-Bold", 10, "right")
    y = m + 32
    cust = person(rng, lg)
    deliver = rng.random() < 0.7
    rec = person(rng, lg)
    y = fields(
        p,
        s,
        m,
        y,
        w - 2 * m,
        [
            (tr(lg, "Date taken", "Angenommen am", "Prise le"), short(d, lg)),
            (
                tr(lg, "Taken by", "Angenommen von", "Prise par"),
                "".join(t[0] for t in person(rng, lg).split()),
            ),
            (tr(lg, "Customer", "Kunde", "Client"), cust),
            (
                tr(lg, "Tel.", "Tel.", "Tél."),
                serial(
                    rng,
                    "07999 999999"
                    if lg == "en"
                    else "0171 9999999"
                    if lg == "de"
                    else "06 99 99 99 99",
                ),
            ),
        ],
        per=2,
        tall=24,
    )
    ticks(
        p,
        s,
        m,
        y,
        w - 2 * m,
        [
            tr(lg, "Delivery", "Lieferung", "Livraison"),
            tr(lg, "Collection", "Abholung", "Retrait en boutique"),
        ],
        {0 if deliver else 1},
        7.5,
    )
    y += 16
    when = d + timedelta(days=rng.randint(0, 5))
    y = fields(
        p,
        s,
        m,
        y,
        w - 2 * m,
        [
            (tr(lg, "For date", "Für den", "Pour le"), short(when, lg)),
            (
                tr(lg, "Time", "Uhrzeit", "Heure"),
                rng.choice(["AM", "PM", "before 12", "ab 14 Uhr", "11h"]),
            ),
        ]
        + (
            [
                (tr(lg, "Deliver to", "Empfänger", "Destinataire"), rec),
                (
                    tr(lg, "Address", "Adresse", "Adresse"),
                    f"{rng.randint(1, 60)} {rng.choice(ROADS[lg])}",
                ),
            ]
            if deliver
            else []
        ),
        per=2,
        tall=24,
    )
    y = ticks(p, s, m, y, w - 2 * m, OCCASIONS[lg], {rng.randrange(len(OCCASIONS[lg]))}, 7)
    y += 4
    p.text(m, y, tr(lg, "Description", "Beschreibung", "Description"), s.font, 6.5)
    p.rect(m, y + 3, w - 2 * m, 46)
    desc = rng.choice(
        [
            tr(
                lg,
                "hand-tied, pinks + whites, no lilies",
                "Strauß rosa/weiß, keine Lilien",
                "bouquet rose/blanc, pas de lys",
            ),
            tr(
                lg,
                "12 red roses + gyp, wrapped",
                "12 rote Rosen mit Schleierkraut",
                "12 roses rouges + gypso",
            ),
            tr(
                lg,
                "basket arrangement, seasonal, bright",
                "Korb bunt saisonal",
                "composition panier, couleurs vives",
            ),
            tr(lg, "orchid plant in ceramic pot", "Orchidee im Übertopf", "orchidée en cache-pot"),
        ]
    )
    hand(p, m + 6, y + 18, desc, 9.5, w - 2 * m - 12)
    if rng.random() < 0.5:
        hand(
            p,
            m + 6,
            y + 36,
            rng.choice(
                [
                    "as photo on phone",
                    "colours: see swatch",
                    "£40 + del",
                    "wie letztes Mal",
                    "comme la dernière fois",
                ]
            ),
            9,
        )
    y += 60
    price = float(rng.choice([25, 30, 35, 40, 45, 50, 60, 75]))
    dlv = float(rng.choice([5, 6.5, 7.5, 8])) if deliver else 0.0
    y = fields(
        p,
        s,
        m,
        y,
        w - 2 * m,
        [
            (tr(lg, "Price", "Preis", "Prix"), money(price, lg)),
            (tr(lg, "Delivery", "Zustellung", "Livraison"), money(dlv, lg) if dlv else "-"),
            (tr(lg, "Total", "Gesamt", "Total"), money(price + dlv, lg)),
        ],
        per=3,
        tall=24,
    )
    ticks(
        p,
        s,
        m,
        y,
        w - 2 * m,
        [
            tr(lg, "Paid cash", "bar bezahlt", "payé espèces"),
            tr(lg, "Paid card", "Karte", "payé carte"),
            tr(lg, "Account", "auf Rechnung", "en compte"),
            tr(lg, "To pay", "offen", "à régler"),
        ],
        {rng.randrange(4)},
        7,
    )
    y += 18
    p.text(m, y, tr(lg, "Card message", "Kartentext", "Message carte"), s.bold, 7.5)
    p.rect(m, y + 4, w - 2 * m, 62)
    for k, ln in enumerate(wrap(rng.choice(CARDS[lg]), HAND, 10, w - 2 * m - 16)[:4]):
        hand(p, m + 8, y + 20 + 13 * k, ln, 10)
    if rng.random() < 0.4:
        hand(
            p,
            w - m - 70,
            hh - m - 4,
            tr(lg, "done", "erl.", "fait") + f" {when.day}/{when.month}",
            10,
        )
    remember(d, no)
    return [p]


TRIBUTES = {
    "en": [
        ("Casket spray", "5ft"),
        ("Wreath, loose style", "16in"),
        ("Heart, based", "18in"),
        ("Letters 'MUM'", "3 x 16in"),
        ("Letters 'GRANDAD'", "7 x 12in"),
        ("Posy pad", "12in"),
        ("Sheaf, hand-tied", ""),
        ("Cushion", "14in"),
    ],
    "de": [
        ("Sargbukett", "150 cm"),
        ("Trauerkranz", "Ø 50 cm"),
        ("Herz, gesteckt", "45 cm"),
        ("Urnenkranz", "Ø 35 cm"),
        ("Gesteck Grabschmuck", "40 cm"),
        ("Handstrauß", ""),
        ("Trauerstrauß", ""),
        ("Kissen", "35 cm"),
    ],
    "fr": [
        ("Dessus de cercueil", "120 cm"),
        ("Couronne", "Ø 50 cm"),
        ("Cœur", "45 cm"),
        ("Gerbe", ""),
        ("Coussin", "35 cm"),
        ("Raquette", ""),
        ("Tour d'urne", "Ø 35 cm"),
        ("Bouquet rond", ""),
    ],
}
INSCRIPTIONS = {
    "en": [
        "Forever in our hearts, love from Mum and Dad",
        "Rest peacefully Grandad, all our love",
        "To a dear friend and neighbour",
        "In loving memory - the Fletcher family",
    ],
    "de": [
        "In Liebe und Dankbarkeit - deine Kinder",
        "Ruhe in Frieden - Familie Sander",
        "Ein letzter Gruß - deine Nachbarn",
        "In stiller Trauer",
    ],
    "fr": [
        "À notre père bien-aimé",
        "Regrets éternels - ses petits-enfants",
        "À notre ami - le club de pétanque",
        "Tes voisins",
    ],
}


def tpl_funeral_order(rng: random.Random, who: Issuer) -> list[Page]:
    """A funeral director's floral tribute order: the deceased, the funeral's date, time and
    place, where and by when to deliver, and the tributes the family ordered with sizes,
    colours, prices and the card or ribbon inscriptions."""
    h = head_of(who, "funeral")
    lg = h.lang
    s = style_of(h, A4)
    w, _hh = A4
    m = s.margin
    d = some_day(rng)
    fd = d + timedelta(days=rng.randint(3, 12))
    deceased = person(rng, lg)
    f = sheets(s, h)
    caption(
        f,
        s,
        tr(
            lg, "FLORAL TRIBUTE ORDER", "BLUMENAUFTRAG TRAUERFEIER", "COMMANDE DE FLEURS - OBSÈQUES"
        ),
        3,
        rule=True,
    )
    f.y = 8 + fields(
        f.page,
        s,
        m,
        f.y,
        w - 2 * m,
        [
            (tr(lg, "To florist", "An Floristik", "Fleuriste"), shop_name()),
            (tr(lg, "Our ref", "Sterbefall-Nr.", "Dossier n°"), serial(rng, "99/999")),
            (tr(lg, "Deceased", "Verstorbene(r)", "Défunt(e)"), deceased),
            (
                tr(
                    lg,
                    "Funeral date and time",
                    "Datum und Uhrzeit der Trauerfeier",
                    "Date et heure des obsèques",
                ),
                f"{short(fd, lg)} {rng.choice(['10:30', '11:00', '13:30', '14:00'])}",
            ),
            (
                tr(lg, "Service at", "Trauerfeier in", "Cérémonie à"),
                rng.choice(
                    [
                        tr(lg, "Crematorium", "Friedhofskapelle", "Crématorium"),
                        tr(
                            lg,
                            "St Laurence's Church",
                            "Ev. Kirche St. Lamberti",
                            "Église Saint-Julien",
                        ),
                    ]
                ),
            ),
            (
                tr(lg, "Deliver to / by", "Anlieferung / bis", "Livrer à / avant"),
                tr(
                    lg,
                    "our chapel of rest, by 9am",
                    "Trauerhalle, bis 9 Uhr",
                    "chambre funéraire, avant 9h",
                ),
            ),
        ],
        per=2,
        tall=28,
        hand=rng.random() < 0.5,
    )
    f.y += 8
    rows = []
    total = 0.0
    for _ in range(rng.randint(1, 6)):
        t, size = rng.choice(TRIBUTES[lg])
        price = float(rng.choice([45, 60, 75, 95, 120, 150, 180, 250]))
        total += price
        rows.append(
            [t, size, rng.choice(PALETTES[lg]).split(",")[0], person(rng, lg), money(price, lg)]
        )
    cols = columns(
        m, w - m, [(2.2, "left"), (1, "left"), (1.6, "left"), (1.8, "left"), (1, "right")]
    )
    table(
        f,
        cols,
        [
            tr(lg, "Tribute", "Art", "Pièce"),
            tr(lg, "Size", "Größe", "Taille"),
            tr(lg, "Colours", "Farben", "Couleurs"),
            tr(lg, "Ordered by", "Auftraggeber", "Commandé par"),
            tr(lg, "Price", "Preis", "Prix"),
        ],
        rows,
        s,
        rules=True,
        step=1.9,
    )
    f.y += 4
    f.heading(
        m,
        tr(lg, "Card inscriptions", "Schleifentexte", "Inscriptions (rubans / cartes)"),
        s.bold,
        s.size,
    )
    for k, _row in enumerate(rows, 1):
        f.need(16)
        f.page.text(m, f.y, f"{k}.", s.font, s.size)
        hand(f.page, m + 16, f.y, rng.choice(INSCRIPTIONS[lg]), 9.5, w - 2 * m - 20)
        f.y += 16
    f.y += 8
    write(
        f,
        s,
        tr(
            lg,
            f"Total {cash(total, lg)} - to be invoiced to us with the funeral "
            "account / paid by the family (see ticks).",
            f"Gesamt {cash(total, lg)} - Abrechnung über uns mit der Bestattungsrechnung "
            "oder direkt mit den Angehörigen (siehe Kreuz).",
            f"Total {cash(total, lg)} - facturé à nos soins avec les obsèques ou réglé "
            "par la famille (cocher).",
        ),
        s.size - 0.5,
    )
    ticks(
        f.page,
        s,
        m,
        f.y,
        w - 2 * m,
        [
            tr(lg, "Invoice funeral director", "Rechnung an uns", "Facture aux PF"),
            tr(lg, "Family pays florist", "Angehörige zahlen direkt", "Famille règle le fleuriste"),
        ],
        {rng.randrange(2)},
        8,
    )
    f.y += 30
    f.need(40)
    f.page.text(
        m,
        f.y,
        tr(lg, "Funeral arranger", "Bestattungsberater/in", "Conseiller funéraire"),
        s.font,
        s.size - 1,
    )
    scrawl(f.page, m + 110, f.y, person(keyed(who, "arr"), lg), 12)
    pages = close(f.pages, s, h, numbers="none")
    received(rng, pages[0], home(), d, 0.2)
    remember(d)
    return pages


# ---------------------------------------------------------------------------------------------
# Templates LLL: contract flowers, the market, plants and the cold room
# ---------------------------------------------------------------------------------------------

LOCATIONS = {
    "en": [
        "Reception desk",
        "Main entrance",
        "Boardroom table",
        "Waiting room",
        "Lift lobby",
        "Restaurant bar",
        "Ladies' washroom",
        "Client suite 1",
    ],
    "de": [
        "Empfangstresen",
        "Eingangshalle",
        "Konferenztisch",
        "Wartebereich",
        "Aufzugsvorraum",
        "Hotelbar",
        "Sanitärbereich",
        "Besprechungsraum 2",
    ],
    "fr": [
        "Accueil",
        "Hall d'entrée",
        "Salle du conseil",
        "Salle d'attente",
        "Palier ascenseur",
        "Bar de l'hôtel",
        "Sanitaires",
        "Salon client",
    ],
}
PIECES = {
    "en": [
        "Large vase, seasonal",
        "Low table arrangement",
        "Orchid planter",
        "Bud vase trio",
        "Pedestal arrangement",
    ],
    "de": [
        "Große Vase, saisonal",
        "Flaches Tischgesteck",
        "Orchideenpflanzung",
        "Vasen-Trio",
        "Standgesteck",
    ],
    "fr": [
        "Grand vase de saison",
        "Composition basse",
        "Orchidées en coupe",
        "Trio de soliflores",
        "Composition sur colonne",
    ],
}


def display_client(who: Issuer, rng: random.Random) -> Row:
    x = extra(("display_agreement",))
    if isinstance(x, tuple) and len(x) == 3:
        return x[0]
    return rng.choice(SENDERS["corporate"][home()])


def tpl_display_agreement(rng: random.Random, who: Issuer) -> list[Page]:
    """The shop's contract flower-display agreement with a business: the parties, the term,
    the schedule of locations and prices, numbered terms and both signatures on a page of its
    own."""
    h = shop_head()
    lg = h.lang
    s = style_of(h, A4)
    w, _hh = A4
    m = s.margin
    client = rng.choice(SENDERS["corporate"][lg])
    d = some_day(rng)
    start = date(d.year + (d.month // 12), d.month % 12 + 1, 1)
    ref = f"{tr(lg, 'CF', 'DV', 'CD')}-{d.year}-{rng.randint(10, 99)}"
    f = sheets(
        s,
        h,
        f"{tr(lg, 'Flower display agreement', 'Dekorationsvertrag', 'Contrat floral')} "
        f"{ref} - {client[0]}",
    )
    caption(
        f,
        s,
        tr(
            lg,
            "CONTRACT FLOWER DISPLAY AGREEMENT",
            "DEKORATIONSVERTRAG BLUMENSERVICE",
            "CONTRAT D'ABONNEMENT - DÉCORATION FLORALE",
        ),
        3,
    )
    write(
        f,
        s,
        tr(
            lg,
            f'between {h.name}, {h.street}, {h.town} ("the Florist") and '
            f'{client[0]}, {client[1]}, {client[2]} ("the Client").',
            f"zwischen {h.name}, {h.street}, {h.town} (Auftragnehmerin) und "
            f"{client[0]}, {client[1]}, {client[2]} (Auftraggeber).",
            f"entre {h.name}, {h.street}, {h.town} (le Prestataire) et "
            f"{client[0]}, {client[1]}, {client[2]} (le Client).",
        ),
    )
    f.y = 8 + fields(
        f.page,
        s,
        m,
        f.y,
        w - 2 * m,
        [
            (tr(lg, "Agreement no.", "Vertrags-Nr.", "Contrat n°"), ref),
            (tr(lg, "Start date", "Beginn", "Début"), day(h, start)),
            (
                tr(lg, "Minimum term", "Mindestlaufzeit", "Durée minimale"),
                tr(lg, "12 months", "12 Monate", "12 mois"),
            ),
            (
                tr(lg, "Visit day", "Besuchstag", "Jour de passage"),
                rng.choice(
                    [tr(lg, "Monday", "Montag", "lundi"), tr(lg, "Tuesday", "Dienstag", "mardi")]
                ),
            ),
        ],
        per=2,
        tall=26,
        hand=False,
    )
    f.heading(
        m,
        tr(
            lg,
            "Schedule 1 - Locations and prices",
            "Anlage 1 - Standorte und Preise",
            "Annexe 1 - Emplacements et tarifs",
        ),
        s.bold,
        s.size + 1,
    )
    locs = rng.sample(LOCATIONS[lg], rng.randint(2, 6))
    rows = []
    weekly = 0.0
    for loc in locs:
        price = float(rng.choice([18, 22, 28, 35, 45, 60, 85]))
        weekly += price
        rows.append(
            [
                loc,
                rng.choice(PIECES[lg]),
                tr(lg, "weekly", "wöchentlich", "hebdomadaire"),
                money(price, lg),
            ]
        )
    table(
        f,
        columns(m, w - m, [(2, "left"), (2.6, "left"), (1.2, "left"), (1, "right")]),
        [
            tr(lg, "Location", "Standort", "Emplacement"),
            tr(lg, "Display", "Ausführung", "Décoration"),
            tr(lg, "Frequency", "Turnus", "Fréquence"),
            tr(lg, "Per visit", "je Besuch", "Par passage"),
        ],
        rows,
        s,
        rules=True,
    )
    f.page.text(
        m,
        f.y,
        tr(lg, "Prices exclude VAT.", "Preise zzgl. gesetzlicher USt.", "Prix hors taxes."),
        italic_of(s.font),
        s.size - 1,
    )
    f.y += 18
    clauses = [
        tr(lg, "Services", "Leistungen", "Prestations"),
        tr(lg, "Access", "Zugang", "Accès"),
        tr(
            lg,
            "Containers remain the Florist's property",
            "Gefäße bleiben Eigentum",
            "Les contenants restent la propriété du prestataire",
        ),
        tr(lg, "Invoicing and payment", "Rechnungsstellung und Zahlung", "Facturation"),
        tr(lg, "Price review", "Preisanpassung", "Révision des prix"),
        tr(lg, "Term and notice", "Laufzeit und Kündigung", "Durée et résiliation"),
        tr(lg, "Liability", "Haftung", "Responsabilité"),
    ]
    for k, c in enumerate(clauses, 1):
        f.heading(m, f"{k}. {c}", s.bold, s.size)
        write(f, s, prose(rng, lg, "legal", 1, 2), s.size - 0.5)
    pages = f.pages
    sp = Page(A4)
    y = (
        running_header(sp, s, f"{ref} - {tr(lg, 'Signatures', 'Unterschriften', 'Signatures')}")
        + 40
    )
    for k, (who_, name) in enumerate(
        [(h.name, shop_owner()), (client[0], person(keyed(who, "fm"), lg))]
    ):
        x = m + k * (w / 2 - m + 10)
        sp.text(x, y, tr(lg, "For", "Für", "Pour") + ":", s.font, s.size - 1)
        sp.text(x, y + 13, fit(who_, s.bold, s.size, w / 2 - m - 20), s.bold, s.size)
        if k == 0 or rng.random() < 0.85:
            scrawl(sp, x, y + 60, name)
        sp.line(x, y + 64, x + w / 2 - m - 30, y + 64)
        sp.text(x, y + 76, name, s.font, s.size - 1)
        sp.text(x, y + 100, tr(lg, "Date", "Datum", "Date"), s.font, s.size - 1)
        hand(sp, x + 40, y + 100, short(d + timedelta(days=rng.randint(0, 9) * k), lg), 10)
    if rng.random() < 0.5:
        seal(sp, w - m - 60, y + 170, 34, client[0][:24].upper(), client[2].split()[-1].upper())
    pages.append(sp)
    remember(d, (client, weekly, locs))
    return close(
        pages, s, h, numbers=rng.choice(["Page {i} of {n}", "{i}/{n}"]) if lg == "en" else None
    )


def tpl_display_invoice(rng: random.Random, who: Issuer) -> list[Page]:
    """The shop's monthly invoice to a contract flower client: the visits by location and
    week, the visit log with times and initials, under the invoice or on a page of its own."""
    h = shop_head()
    lg = h.lang
    s = style_of(h, A4)
    w, hh = A4
    m = s.margin
    x = extra(("display_agreement",))
    if isinstance(x, tuple) and len(x) == 3:
        client, weekly, locs = x
        per = date(month().year + (month().month // 12), month().month % 12 + 1, 1)
    else:
        client = rng.choice(SENDERS["corporate"][lg])
        locs = rng.sample(LOCATIONS[lg], rng.randint(1, 5))
        weekly = 0.0
        per = month()
    d = date(per.year + (per.month // 12), per.month % 12 + 1, 1) - timedelta(
        days=rng.randint(0, 2)
    )
    no = f"{d.year}-{rng.randint(100, 999)}"
    f = sheets(s, h, f"{h.name} - {tr(lg, 'Invoice', 'Rechnung', 'Facture')} {no}")
    recipient(
        f,
        s,
        h,
        head_lines(
            make_head(client, lg, "corporate"),  # type: ignore[arg-type]
            tr(lg, "Accounts payable", "Kreditorenbuchhaltung", "Service comptabilité"),
        ),
        d,
        [
            (tr(lg, "Invoice", "Rechnung", "Facture"), no),
            (tr(lg, "Period", "Leistungszeitraum", "Période"), f"{per.month:02d}/{per.year}"),
        ],
    )
    caption(
        f,
        s,
        tr(
            lg,
            "INVOICE - CONTRACT FLOWERS",
            "RECHNUNG BLUMENSERVICE",
            "FACTURE - ABONNEMENT FLORAL",
        ),
        3,
    )
    visits = [per + timedelta(days=k) for k in range(rng.randint(0, 6), 28, 7)]
    rows = []
    net = 0.0
    for loc in locs:  # type: ignore[union-attr]
        price = (
            float(rng.choice([18, 22, 28, 35, 45, 60]))
            if not weekly
            else float(rng.choice([18, 22, 28, 35, 45]))
        )
        v = price * len(visits)
        net += v
        rows.append([str(loc), str(len(visits)), money(price, lg), money(v, lg)])
    if rng.random() < 0.3:
        extra_v = float(rng.choice([45, 65, 90, 120]))
        net += extra_v
        rows.append(
            [
                tr(
                    lg,
                    "Additional: reception arrangement for event",
                    "Zusatz: Tischschmuck Veranstaltung",
                    "Supplément : décoration événement",
                ),
                "1",
                money(extra_v, lg),
                money(extra_v, lg),
            ]
        )
    table(
        f,
        columns(m, w - m, [(4, "left"), (0.8, "right"), (1.2, "right"), (1.3, "right")]),
        [
            tr(lg, "Location", "Standort", "Emplacement"),
            tr(lg, "Visits", "Besuche", "Passages"),
            tr(lg, "Per visit", "je Besuch", "P.U."),
            tr(lg, "Amount", "Betrag", "Montant"),
        ],
        rows,
        s,
        rules=True,
    )
    totals(f, s, lg, [(round(net, 2), vat_rate(lg))], note=pay_note(lg, 14))
    log = [
        [
            short(v, lg),
            f"{rng.randint(7, 9)}:{rng.choice(['00', '15', '30', '45'])}",
            rng.choice(
                [
                    tr(lg, "replaced", "ausgetauscht", "renouvelé"),
                    tr(lg, "refreshed, water topped up", "aufgefrischt, Wasser", "rafraîchi, eau"),
                ]
            ),
            "".join(t[0] for t in person(rng, lg).split()),
        ]
        for v in visits
    ]
    if rng.random() < 0.5 and f.y < hh - 240:
        f.heading(m, tr(lg, "Visit log", "Besuchsprotokoll", "Relevé des passages"), s.bold, s.size)
        table(
            f,
            columns(m, w - m, [(1.2, "left"), (0.8, "left"), (3, "left"), (0.8, "left")]),
            [
                tr(lg, "Date", "Datum", "Date"),
                tr(lg, "Time", "Zeit", "Heure"),
                tr(lg, "Work", "Tätigkeit", "Intervention"),
                tr(lg, "By", "Von", "Par"),
            ],
            log,
            s,
            size=s.size - 1.5,
        )
        pages = close(f.pages, s, h)
    else:
        pages = close(f.pages, s, h, numbers="none")
        if rng.random() < 0.6:
            lp = Page(A4)
            lp.text(
                m,
                m,
                tr(lg, "VISIT LOG", "BESUCHSPROTOKOLL", "FEUILLE DE PASSAGE"),
                "Helvetica-Bold",
                12,
            )
            lp.text(w - m, m, f"{client[0]} - {per.month:02d}/{per.year}", "Helvetica", 8, "right")
            y = m + 26
            cw = columns(
                m, w - m, [(1.2, "left"), (0.8, "left"), (3, "left"), (1, "left"), (1.6, "left")]
            )
            heads = [
                tr(lg, "Date", "Datum", "Date"),
                tr(lg, "Time", "Zeit", "Heure"),
                tr(lg, "Work done", "Tätigkeit", "Intervention"),
                tr(lg, "Florist", "Floristin", "Fleuriste"),
                tr(lg, "Client initials", "Kürzel Kunde", "Visa client"),
            ]
            for c, t in zip(cw, heads, strict=True):
                lp.text(c[0], y, t, "Helvetica-Bold", 8)
            y += 8
            for row in log:
                lp.rect(m, y, w - 2 * m, 26)
                for j, val in enumerate(row):
                    hand(lp, cw[j][0] + 2, y + 17, val, 9, cw[j][1] - cw[j][0] - 4)
                if rng.random() < 0.7:
                    hand(lp, cw[4][0] + 4, y + 17, rng.choice(["JB", "ok", "AK", "mh"]), 10)
                y += 26
            pages.append(lp)
    remember(d, (client, weekly, locs))
    return pages


def tpl_market_licence(rng: random.Random, who: Issuer) -> list[Page]:
    """The council's market stall licence for the shop's Saturday flower stall: an English
    licence with the pitch, days and fees and the conditions; a German Zulassungsbescheid with
    the fee and the Rechtsbehelfsbelehrung; a French arrêté with its articles."""
    row = local_row(who, "council")
    h = make_head(row, home(), "council")
    lg = h.lang
    s = style_of(h, A4)
    w, _hh = A4
    m = s.margin
    d = some_day(rng)
    no = serial(rng, {"en": "ML/99999", "de": "32.9-99/AA", "fr": "AOT 2025-9999"}[lg])
    pitch = f"{rng.choice(['A', 'B', 'C'])}{rng.randint(1, 48)}"
    days = rng.choice(
        [
            tr(lg, "Saturdays", "samstags", "le samedi"),
            tr(lg, "Wednesdays and Saturdays", "mittwochs und samstags", "mercredi et samedi"),
        ]
    )
    fee = float(rng.choice([18, 22, 26, 32, 38]))
    f = sheets(s, h, f"{h.name} - {no}")
    recipient(
        f,
        s,
        h,
        shop_lines(mx(shop_owner(), lg)),
        d,
        [
            (tr(lg, "Licence no.", "Aktenzeichen", "Référence"), no),
            (
                tr(lg, "Contact", "Sachbearbeitung", "Affaire suivie par"),
                person(keyed(who, "off"), lg),
            ),
        ],
    )
    if lg == "fr":
        caption(f, s, f"ARRÊTÉ N° {no}", 2)
        write(
            f,
            s,
            "portant autorisation d'occupation temporaire du domaine public - marché de plein air",
            s.size,
        )
        write(
            f,
            s,
            "Le Maire, vu le Code général des collectivités territoriales, vu le "
            "règlement des marchés de la Ville, vu la demande présentée par "
            f"{mx(shop_owner(), lg)}, fleuriste,",
            s.size - 0.5,
        )
        f.heading(m, "ARRÊTE", s.bold, s.size + 2)
        arts = [
            f"Article 1er : {shop_name()} est autorisé(e) à occuper l'emplacement n° {pitch} "
            f"du marché {days}, pour la vente de fleurs coupées et de plantes.",
            f"Article 2 : Le droit de place est fixé à {cash(fee, lg)} par séance, payable "
            "auprès du placier.",
            "Article 3 : La présente autorisation est délivrée à titre précaire et révocable. "
            "Elle est personnelle et incessible.",
            "Article 4 : Le titulaire doit justifier d'une assurance responsabilité civile.",
            "Article 5 : Le présent arrêté peut faire l'objet d'un recours devant le tribunal "
            "administratif dans un délai de deux mois.",
        ]
        for a in arts:
            write(f, s, a, s.size - 0.5)
        f.y += 10
        f.page.text(
            w - m - 200, f.y, f"Fait à {h.town.split()[-1]}, le {short(d, lg)}", s.font, s.size
        )
        f.y += 16
        f.page.text(w - m - 200, f.y, "Pour le Maire et par délégation,", s.font, s.size)
        scrawl(f.page, w - m - 190, f.y + 36, person(keyed(who, "adj"), lg))
        seal(f.page, w - m - 60, f.y + 40, 28, "VILLE", h.town.split()[-1].upper())
    elif lg == "de":
        caption(f, s, "Zulassung zum Wochenmarkt - Bescheid", 2)
        write(f, s, dear(lg, mx(shop_owner(), lg)))
        write(
            f,
            s,
            f"auf Ihren Antrag vom {short(d - timedelta(days=rng.randint(10, 40)), lg)} "
            f"werden Sie zum Wochenmarkt ({days}) mit dem Standplatz Nr. {pitch} "
            "zugelassen. Sortiment: Schnittblumen, Topfpflanzen, Floristik.",
        )
        rows = [
            ["Standplatz", pitch],
            ["Markttage", days],
            ["Frontlänge", f"{rng.randint(3, 8)} m"],
            ["Standgeld je Markttag", cash(fee, lg)],
            ["Verwaltungsgebühr", cash(float(rng.choice([25, 35, 50])), lg)],
            ["Gültig", f"{short(d, lg)} bis auf Widerruf"],
        ]
        table(f, columns(m, w - m, [(2, "left"), (3, "left")]), ["", ""], rows, s, rules=True)
        write(
            f,
            s,
            "Die Zulassung ergeht unter den beigefügten Auflagen (Anlage), die "
            "Bestandteil dieses Bescheids sind.",
            s.size - 0.5,
        )
        f.heading(m, "Rechtsbehelfsbelehrung", s.bold, s.size)
        write(
            f,
            s,
            "Gegen diesen Bescheid kann innerhalb eines Monats nach Bekanntgabe "
            "Widerspruch erhoben werden. Der Widerspruch ist schriftlich oder zur "
            f"Niederschrift bei der {h.name.split(' - ')[0]} einzulegen.",
            s.size - 1,
        )
        regards(f, s, lg, person(keyed(who, "off"), lg), "Im Auftrag")
    else:
        caption(f, s, "MARKET TRADER'S LICENCE", 4)
        f.y = 8 + fields(
            f.page,
            s,
            m,
            f.y,
            w - 2 * m,
            [
                ("Licence holder", shop_owner()),
                ("Trading as", shop_name()),
                ("Market", f"{h.town.split()[0]} Charter Market"),
                ("Pitch", pitch),
                ("Days", days),
                ("Commodity", "Cut flowers, plants and floristry"),
                ("Rent per day", cash(fee, lg)),
                ("Valid", f"{short(d, lg)} - {short(d + timedelta(days=364), lg)}"),
            ],
            per=2,
            tall=28,
            hand=False,
        )
        write(
            f,
            s,
            "This licence is issued subject to the Market Regulations and the "
            "conditions overleaf. It is personal to the holder and may not be "
            "transferred, sublet or shared. Rent is payable monthly in advance.",
            s.size - 0.5,
        )
        f.y += 10
        f.page.text(m, f.y, "Markets Manager", s.font, s.size)
        scrawl(f.page, m, f.y + 30, person(keyed(who, "off"), lg))
    pages = f.pages
    if rng.random() < 0.75:
        g = sheets(
            s, h, f"{no} - {tr(lg, 'Conditions', 'Anlage: Auflagen', 'Règlement')}", top=False
        )
        caption(
            g,
            s,
            tr(
                lg,
                "CONDITIONS OF LICENCE",
                "Anlage - Auflagen zur Zulassung",
                "Extrait du règlement des marchés",
            ),
            2,
            rule=True,
        )
        conds = [
            tr(
                lg,
                "Setting up and trading hours",
                "Auf- und Abbauzeiten",
                "Horaires d'installation",
            ),
            tr(lg, "Gazebos and weights", "Pavillons und Beschwerung", "Barnums et lestage"),
            tr(lg, "Vehicles on the market", "Fahrzeuge auf dem Markt", "Véhicules"),
            tr(lg, "Waste and water", "Abfall und Wasser", "Déchets et eaux"),
            tr(lg, "Public liability insurance", "Haftpflichtversicherung", "Assurance"),
            tr(lg, "Absence and notice", "Abwesenheit", "Absences"),
            tr(lg, "Revocation", "Widerruf", "Retrait de l'autorisation"),
        ]
        for k, c in enumerate(conds, 1):
            g.heading(m, f"{k}. {c}", s.bold, s.size)
            write(g, s, prose(rng, lg, "venue", 1, 2), s.size - 0.5)
        pages.extend(g.pages)
    remember(d)
    return close(pages, s, h)


def tpl_nursery_delivery(rng: random.Random, who: Issuer) -> list[Page]:
    """A pot plant nursery's delivery note: trolleys, the plants with pot size, height and
    quantities, each line with its plant passport (A botanical name, B registration, C
    traceability code, D origin); landscape on some."""
    h = head_of(who, "nursery", abroad=0.2)
    lg = h.lang
    k = keyed(who, "fmt")
    size = LAND if k.random() < 0.4 else A4
    s = style_of(h, size, pt=8.5)
    w, _hh = size
    m = s.margin
    prev = extra(("nursery_delivery",))
    d = prev + timedelta(days=rng.choice([7, 14])) if isinstance(prev, date) else some_day(rng)
    no = serial(rng, k.choice(["LS 999999", "999999", "BL-99999"]))
    reg = {"en": "GB-", "de": "DE-NW1-", "fr": "FR-"}[lg] + serial(k, "99999")
    f = sheets(
        s, h, f"{h.name} - {tr(lg, 'Delivery note', 'Lieferschein', 'Bon de livraison')} {no}"
    )
    recipient(
        f,
        s,
        h,
        shop_lines(),
        d,
        [
            (tr(lg, "Delivery note", "Lieferschein", "Bon de livraison"), no),
            (tr(lg, "Customer", "Kunde", "Client"), cust_no(who, "99999")),
            (tr(lg, "Trolleys", "CC-Wagen", "Chariots"), str(rng.randint(1, 3))),
        ],
    )
    caption(f, s, tr(lg, "DELIVERY NOTE", "LIEFERSCHEIN", "BON DE LIVRAISON"), 3)
    cols = columns(
        m,
        w - m,
        [
            (0.8, "left"),
            (3.0, "left"),
            (0.6, "right"),
            (0.6, "right"),
            (0.6, "right"),
            (0.9, "right"),
            (0.3, "left"),
            (2.4, "left"),
        ],
    )
    rows = []
    for plant, cv, pot in rng.sample(POTS, rng.randint(3, 10)):
        q = rng.choice([6, 8, 10, 12, 16, 20])
        pp = f"{reg} / {serial(rng, '9999-99-999')}"
        rows.append(
            [
                serial(rng, "99999"),
                f"{plant} {cv}".strip(),
                f"{pot:g}",
                str(rng.choice([25, 30, 40, 60, 80, 120])),
                str(q),
                money(rng.uniform(1.8, 24.0), lg),
                "",
                pp,
            ]
        )
    table(
        f,
        cols,
        [
            tr(lg, "Art.", "Art.-Nr.", "Réf."),
            tr(lg, "Plant", "Pflanze", "Plante"),
            tr(lg, "Pot", "Topf", "Pot"),
            tr(lg, "Ht", "Höhe", "Haut."),
            tr(lg, "Qty", "Menge", "Qté"),
            tr(lg, "Price", "Preis", "Prix"),
            "",
            tr(lg, "Plant passport B / C", "Pflanzenpass B / C", "Passeport phyto. B / C"),
        ],
        rows,
        s,
        size=7.5,
        rules=True,
        step=1.9,
    )
    f.need(90)
    f.y += 6
    # A printed plant passport label as the trolley carries it.
    bx, by = m, f.y
    f.page.rect(bx, by, 190, 62)
    f.page.rect(bx + 6, by + 6, 30, 20, fill=0.3)
    f.page.text(
        bx + 42,
        by + 14,
        tr(
            lg,
            "Plant Passport / UK",
            "Pflanzenpass / Plant Passport",
            "Passeport phytosanitaire / PP",
        ),
        "Helvetica-Bold",
        7,
    )
    f.page.text(bx + 6, by + 36, f"B {reg}", "Courier", 7.5)
    f.page.text(bx + 6, by + 46, f"C {serial(rng, '9999-99-999')}", "Courier", 7.5)
    f.page.text(bx + 6, by + 56, f"D {'GB' if lg == 'en' else lg.upper()}", "Courier", 7.5)
    f.page.text(
        bx + 210,
        by + 20,
        tr(lg, "Goods received complete:", "Ware vollständig erhalten:", "Marchandise reçue :"),
        s.font,
        8,
    )
    if rng.random() < 0.75:
        scrawl(f.page, bx + 210, by + 48, rng.choice([shop_owner(), person(rng, home())]), 11)
    f.y += 74
    pages = f.pages
    received(rng, pages[0], home(), d, 0.2)
    remember(d)
    return close(pages, s, h, numbers="none")


def tpl_coldroom_service(rng: random.Random, who: Issuer) -> list[Page]:
    """The refrigeration engineer's service report for the shop's flower cold room and
    display chiller: the job, the checklist ticked, temperatures and pressures, the F-gas leak
    check, both signatures; now and then the equipment's refrigerant log page behind it."""
    h = head_of(who, "fridge")
    lg = h.lang
    s = style_of(h, A4, pt=8.5)
    w, _hh = A4
    m = s.margin
    d = some_day(rng)
    job = serial(rng, "J99999")
    gas, gwp = rng.choice(
        [("R404A", 3922), ("R452A", 2140), ("R134a", 1430), ("R290", 3), ("R449A", 1397)]
    )
    charge = round(rng.uniform(0.3, 4.8), 2)
    p = Page(A4)
    y = heading(p, s, h)
    p.text(
        m,
        y,
        tr(lg, "SERVICE REPORT", "SERVICEBERICHT / WARTUNGSPROTOKOLL", "RAPPORT D'INTERVENTION"),
        s.bold,
        13,
    )
    p.text(w - m, y, job, "Courier-Bold", 11, "right")
    y += 12
    y = fields(
        p,
        s,
        m,
        y,
        w - 2 * m,
        [
            (tr(lg, "Customer", "Kunde", "Client"), shop_name()),
            (tr(lg, "Date", "Datum", "Date"), short(d, lg)),
            (tr(lg, "Site", "Standort", "Site"), shop_head().street),
            (
                tr(lg, "Visit type", "Art", "Type"),
                rng.choice(
                    [
                        tr(lg, "Planned maintenance", "Wartung", "Maintenance préventive"),
                        tr(lg, "Breakdown", "Störung", "Dépannage"),
                    ]
                ),
            ),
            (
                tr(lg, "Equipment", "Anlage", "Équipement"),
                rng.choice(
                    [
                        tr(
                            lg,
                            "Walk-in cold room 2.4 x 1.8 m",
                            "Kühlzelle 2,4 x 1,8 m",
                            "Chambre froide 2,4 x 1,8 m",
                        ),
                        tr(
                            lg,
                            "Flower display chiller, 2-door",
                            "Blumenkühlvitrine 2-türig",
                            "Vitrine réfrigérée fleurs 2 portes",
                        ),
                    ]
                ),
            ),
            (
                tr(lg, "Refrigerant / charge", "Kältemittel / Füllmenge", "Fluide / charge"),
                f"{gas} / {money(charge, lg)} kg ({money(charge * gwp / 1000, lg)} t CO2e)",
            ),
        ],
        per=2,
        tall=26,
        hand=False,
    )
    y = band(p, s, y, tr(lg, "Checks carried out", "Durchgeführte Arbeiten", "Contrôles effectués"))
    y += 8
    checks = [
        tr(lg, "Condenser cleaned", "Verflüssiger gereinigt", "Condenseur nettoyé"),
        tr(
            lg,
            "Evaporator and drain checked",
            "Verdampfer und Ablauf geprüft",
            "Évaporateur et évacuation contrôlés",
        ),
        tr(lg, "Door seals and hinges", "Türdichtungen und Scharniere", "Joints et charnières"),
        tr(lg, "Controller set points", "Regler-Sollwerte", "Consignes du régulateur"),
        tr(lg, "Fan motors", "Lüftermotoren", "Moteurs de ventilateurs"),
        tr(lg, "Electrical connections", "Elektrische Anschlüsse", "Connexions électriques"),
        tr(lg, "Humidity (flowers 85-95%)", "Luftfeuchte (85-95 %)", "Hygrométrie (85-95 %)"),
    ]
    for c in checks:
        p.text(m, y, c, s.font, 8.5)
        ticks(
            p,
            s,
            w - m - 150,
            y,
            150,
            [tr(lg, "OK", "i.O.", "OK"), tr(lg, "Fault", "Mangel", "Défaut"), "n/a"],
            {0 if rng.random() < 0.85 else 1},
            8,
        )
        y += 15
    y += 4
    y = fields(
        p,
        s,
        m,
        y,
        w - 2 * m,
        [
            (tr(lg, "Room temp.", "Raumtemp.", "T° chambre"), f"{rng.uniform(3, 7):.1f} °C"),
            (tr(lg, "Set point", "Sollwert", "Consigne"), f"{rng.choice([4, 5, 6])} °C"),
            (tr(lg, "Suction pressure", "Saugdruck", "BP"), f"{rng.uniform(1.5, 4):.1f} bar"),
            (tr(lg, "Discharge pressure", "Hochdruck", "HP"), f"{rng.uniform(12, 20):.1f} bar"),
        ],
        per=4,
        tall=26,
    )
    y = band(
        p,
        s,
        y,
        tr(
            lg,
            "F-gas leak check",
            "Dichtheitsprüfung (F-Gase-Verordnung)",
            "Contrôle d'étanchéité (fluides frigorigènes)",
        ),
    )
    y += 8
    p.text(m, y, tr(lg, "Method", "Methode", "Méthode"), s.font, 8.5)
    ticks(
        p,
        s,
        m + 80,
        y,
        w - 2 * m - 80,
        [
            tr(lg, "Direct", "direkt", "directe"),
            tr(lg, "Indirect", "indirekt", "indirecte"),
            tr(lg, "Electronic detector", "elektron. Lecksucher", "détecteur électronique"),
        ],
        {2},
        8,
    )
    y += 16
    leak = rng.random() < 0.1
    p.text(m, y, tr(lg, "Leak found", "Undichtigkeit festgestellt", "Fuite détectée"), s.font, 8.5)
    ticks(p, s, m + 130, y, 150, yes_no(lg), {0 if leak else 1}, 8)
    p.text(
        w / 2 + 20, y, tr(lg, "Next check due", "Nächste Prüfung", "Prochain contrôle"), s.font, 8.5
    )
    hand(p, w / 2 + 120, y, short(d + timedelta(days=rng.choice([182, 365])), lg), 9.5)
    y += 22
    p.text(m, y, tr(lg, "Engineer's notes", "Bemerkungen", "Observations"), s.bold, 8.5)
    p.rect(m, y + 4, w - 2 * m, 58)
    note = rng.choice(
        [
            tr(
                lg,
                "Condenser heavily blocked with leaf debris - cleaned. Advise move unit off floor.",
                "Verflüssiger stark verschmutzt, gereinigt. Türdichtung unten rissig, "
                "Angebot folgt.",
                "Condenseur encrassé, nettoyé. Joint de porte à remplacer, devis à suivre.",
            ),
            tr(
                lg,
                "All in order. Door left open during deliveries - advised customer.",
                "Anlage i.O. Tür bei Anlieferung offen - Kunde informiert.",
                "RAS. Porte laissée ouverte pendant les livraisons - client informé.",
            ),
        ]
    )
    for j, ln in enumerate(wrap(note, HAND, 9.5, w - 2 * m - 12)[:4]):
        hand(p, m + 6, y + 20 + 12 * j, ln, 9.5)
    y += 76
    eng = person(keyed(who, "eng"), lg)
    p.text(m, y, tr(lg, "Engineer", "Techniker", "Technicien"), s.font, 8)
    scrawl(p, m + 60, y + 2, eng, 12)
    p.text(
        m,
        y + 14,
        f"{eng} - {tr(lg, 'F-gas cert.', 'Sachkunde Kat. I', 'Attestation cat. I')} "
        f"{serial(rng, '999999')}",
        s.font,
        7,
    )
    p.text(w / 2 + 20, y, tr(lg, "Customer", "Kunde", "Client"), s.font, 8)
    if rng.random() < 0.75:
        scrawl(p, w / 2 + 70, y + 2, rng.choice([shop_owner(), person(rng, home())]), 12)
    pages = [p]
    if rng.random() < 0.4:
        lp = Page(LAND)
        ls = style_of(h, LAND, pt=8)
        lw, lh = LAND
        lm = ls.margin
        lp.text(
            lm,
            lm,
            tr(
                lg,
                "EQUIPMENT RECORD - REFRIGERANT LOG",
                "ANLAGENLOGBUCH - KÄLTEMITTEL",
                "REGISTRE D'ÉQUIPEMENT - FLUIDES",
            ),
            ls.bold,
            12,
        )
        lp.text(lw - lm, lm, f"{gas} - {money(charge, lg)} kg", ls.font, 9, "right")
        lf = Sheets(LAND, lh - lm - 20, lambda _p, _n: lm + 20)
        lf.page, lf.pages, lf.y = lp, [lp], lm + 24
        hist = []
        dd = d - timedelta(days=365 * 3)
        while dd <= d:
            hist.append(
                [
                    short(dd, lg),
                    rng.choice(
                        [
                            tr(lg, "Leak check", "Dichtheitsprüfung", "Contrôle étanchéité"),
                            tr(lg, "Service", "Wartung", "Maintenance"),
                        ]
                    ),
                    tr(lg, "none found", "keine", "aucune"),
                    "0,00" if lg != "en" else "0.00",
                    "0,00" if lg != "en" else "0.00",
                    person(rng, lg),
                ]
            )
            dd += timedelta(days=rng.choice([182, 183, 365]))
        table(
            lf,
            columns(
                lm,
                lw - lm,
                [(1, "left"), (2, "left"), (2, "left"), (1, "right"), (1, "right"), (2, "left")],
            ),
            [
                tr(lg, "Date", "Datum", "Date"),
                tr(lg, "Activity", "Tätigkeit", "Opération"),
                tr(lg, "Leaks", "Leckagen", "Fuites"),
                tr(lg, "Added kg", "Nachgefüllt kg", "Ajouté kg"),
                tr(lg, "Recovered kg", "Rückgewonnen kg", "Récupéré kg"),
                tr(lg, "Engineer", "Techniker", "Technicien"),
            ],
            hist,
            ls,
            rules=True,
            step=1.9,
        )
        pages.extend(lf.pages)
    remember(d)
    return close(pages, s, h, numbers="none")


# ---------------------------------------------------------------------------------------------
# The part: templates, runs and companions
# ---------------------------------------------------------------------------------------------


def tracked(name: str, tpl: Template) -> Template:
    """``tpl`` noting its kind, so that a companion can take up the same wedding or account."""

    def run(rng: random.Random, who: Issuer) -> list[Page]:
        pages = tpl(rng, who)
        LAST["kind"] = name
        return pages

    run.__doc__ = tpl.__doc__
    return run


KINDS: dict[str, Template] = {
    "exporter_invoice": tpl_exporter_invoice,
    "wholesale_delivery_note": tpl_wholesale_delivery_note,
    "wholesale_statement": tpl_wholesale_statement,
    "phyto_certificate": tpl_phyto_certificate,
    "customs_entry": tpl_customs_entry,
    "wedding_quote": tpl_wedding_quote,
    "event_booking": tpl_event_booking,
    "deposit_receipt": tpl_deposit_receipt,
    "relay_order": tpl_relay_order,
    "relay_statement": tpl_relay_statement,
    "sundries_invoice": tpl_sundries_invoice,
    "venue_letter": tpl_venue_letter,
    "planner_run_sheet": tpl_planner_run_sheet,
    "shop_order_form": tpl_shop_order_form,
    "funeral_order": tpl_funeral_order,
    "display_agreement": tpl_display_agreement,
    "display_invoice": tpl_display_invoice,
    "market_licence": tpl_market_licence,
    "nursery_delivery": tpl_nursery_delivery,
    "coldroom_service": tpl_coldroom_service,
}
TEMPLATES_LLL: dict[str, Template] = {k: tracked(k, t) for k, t in KINDS.items()}
#: Kinds that a pile often holds 2-4 of in a row from one sender.
RUN_KINDS = (
    "exporter_invoice",
    "wholesale_delivery_note",
    "deposit_receipt",
    "relay_order",
    "shop_order_form",
    "funeral_order",
    "display_invoice",
    "nursery_delivery",
    "phyto_certificate",
)
#: A kind often followed by a related paper, mostly from another sender.
FOLLOWS = {
    "phyto_certificate": "customs_entry",
    "wedding_quote": "event_booking",
    "event_booking": "deposit_receipt",
    "display_agreement": "display_invoice",
    "planner_run_sheet": "venue_letter",
    "wholesale_delivery_note": "wholesale_statement",
}


# ---------------------------------------------------------------------------------------------
# Streams and generation (same files and labels as corpus.generate)
# ---------------------------------------------------------------------------------------------


def make_cruet_stream(rng: random.Random, n_docs: int, separators: bool) -> Stream:
    """One florist's pile: ``corpus.make_stream`` with batch runs (after a run kind, 1-3 more
    of the same kind from the same sender follow with probability 0.6) and companions (each
    kind in ``FOLLOWS`` is followed by its related paper with probability 0.5). The shop
    (country, name, month) is drawn once per stream."""
    r = random.Random(rng.getrandbits(32))
    lang = r.choice(["en", "en", "de", "de", "fr"])
    SHOP["lang"] = lang
    SHOP["row"] = r.randrange(len(SHOPS[lang]))
    SHOP["seed"] = r.getrandbits(24)
    SHOP["month"] = date(r.choice([2024, 2025]), r.randint(1, 12), 1)
    LAST.update(kind="", day=None, extra=None)
    run_odds = dict.fromkeys(RUN_KINDS, 0.6)
    return assemble_stream(
        rng, TEMPLATES_LLL, n_docs, separators, run_odds, run_len=(1, 3), follows=FOLLOWS
    )


generate = part_generate(PART, SEED_OFFSET, make_cruet_stream, "templates LLL")


def main(argv: list[str]) -> int:
    return part_main(argv, __doc__, PART, generate, scanned=12)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

"""Mincer part of the generated corpus: templates NNNNN, written blind for the next measurement.

A part of its own, ``mincer``. Its templates were written without looking at the boundary
detector, its documentation, its tuning or its evaluation, as the pile the office of a craft
cider and perry maker with its own orchards and a farm shop (the owner, a cellar master, two
seasonal pickers and an office manager; in England, Germany or France) feeds through its
scanner in a month: the maker's own fruit purchase agreements with growers (Obstliefervertrag,
contrat d'achat de fruits à cidre) with the orchard and variety schedule, the conditions and
the signature page; the fruit intake weighbridge tickets of the press house, printed on narrow
slips or written on a carbon pad; the growers' invoices for the fruit (a farmer's carbon
invoice book page or a typed bill) listing the tickets; orchard grant and agri-environment
scheme letters (Countryside Stewardship capital grant offer, Zuwendungsbescheid zur
Streuobstförderung, décision d'aide à la plantation de vergers haute-tige) with the item annex,
a plan of the orchard on a landscape page, the conditions and the acceptance form; bottle, can,
closure, carton and label suppliers' invoices with pallet deposits and packaging fees, now and
then with the conditions of sale behind; the maker's own monthly duty return (Alcohol Duty
return print, Schaumweinsteuer-Anmeldung, DRM printout from CIEL with the stock account on a
landscape page); the excise authority's letters (HMRC, Hauptzollamt, douane: assessments, visit
notices, Steuerbescheid with the Rechtsbehelfsbelehrung) with the calculation annex;
laboratories' certificates of analysis of cider and perry (alcohol, gravity, sugar, acidity,
sulphites, patulin) with the microbiology page; pubs', shops' and importers' orders (a printed
purchase order, an order pad sheet, a printed e-mail); the maker's own delivery notes with
empties returned and the customer's signature; the farm shop's card terminal merchant statement
with the daily settlement list on a landscape page and a page of notices; trade show and
festival stand booking confirmations with the site plan and the exhibitor regulations; organic
certification inspection reports with the checklist, the findings and the orchard parcel list
on a landscape annex; pallet network haulage invoices listing the consignments, now and then
with a proof-of-delivery copy behind; insurance renewal schedules behind the broker's covering
letter, with endorsements; pomace collection dockets from the biogas plant or a cattle farmer
on small slips; fruit tree nursery invoices with the plant passport label sheet; the office's
own weekly picking tally sheets filled in by hand on landscape pages; the licensing authority's
papers for the farm shop and the harvest festival (premises licence with the annex of
conditions and the plan, Gestattung nach § 12 GastG with the Auflagen, récépissé de déclaration
de licence); cider competition results letters with the award certificate and the judges' score
sheets. Each stream is one office's pile: the office (country, name, month) is drawn once per
stream; its senders are of the office's country and write in its language, except that
packaging suppliers, laboratories, importers, trade shows, nurseries and competitions are now
and then from abroad and write in their own. Page sizes range from narrow weighbridge slips, A6
dockets and A5 delivery notes to A4, Letter and landscape A4.

Labelling rule: what one sender issues in one go is one document, as the office files it: the
schedule, conditions and signature page of a fruit agreement; the annex, plan, conditions and
acceptance form of a grant letter; the conditions of sale behind a supplier's invoice; every
page of a duty return; the calculation annex and the Rechtsbehelfsbelehrung of a customs
letter; the microbiology page of a certificate of analysis; the daily list and notices page of
a card statement; the site plan and regulations of a stand booking; the checklist, findings and
parcel pages of an inspection report; the proof-of-delivery copy behind a haulage invoice; the
covering letter, schedule pages and endorsements of an insurance renewal; the plant passport
sheet of a nursery invoice; the conditions and plan of a licence; the certificate and score
sheets sent with a competition result. Related papers are documents of their own: the first
weighbridge ticket after a fruit agreement, the grower's invoice after the tickets it bills,
the customs letter after the duty return, the delivery note after the customer's order and the
nursery's invoice after the grant letter for the trees; and so is each ticket, invoice,
certificate, order, docket and tally sheet of a run.

Streams are assembled like ``corpus.make_stream`` (same separator sheets, same 30% chance of
repeating the previous kind and sender), plus batch runs: weighbridge tickets, growers'
invoices, packaging invoices, certificates of analysis, customers' orders, haulage invoices,
pomace dockets and picking tally sheets often come 2-4 in a row from one sender with other
numbers, dates, weights and amounts; and companions: each related paper above often follows the
document it answers. Drawn with ``corpus.draw_pdf``, scanned with ``corpus.scan`` and labelled
exactly like ``corpus.generate`` with ``"split": "mincer"`` and seeds offset by 11_700_000.

Usage: ``python benchmarks/corpus_mincer.py OUT_DIR [--streams N] [--scanned N] [--seed S]``
writes ``OUT_DIR/mincer/mincer_{born_digital,scanned}_NNNNNNN.{pdf,json}``.
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
    box,
    caption,
    cash,
    close,
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
from corpus_kit import columns as kit_columns

PART = "mincer"
SEED_OFFSET = 11_700_000

MM = 72 / 25.4
SLIP = (80 * MM, 165 * MM)
A6 = (105 * MM, 148 * MM)
A5L = landscape(A5)

Col = tuple[float, float, str]


def columns(x0: float, x1: float, spec: list[tuple[float, str]]) -> list[Col]:
    """``corpus_kit.columns`` with a gutter after a right-aligned column that a left-aligned
    one follows, so that a number and the next word do not run together."""
    out = kit_columns(x0, x1, spec)
    for k in range(len(out) - 1):
        left, right, align = out[k]
        if align == "right" and out[k + 1][2] == "left":
            out[k] = (left, right - 8, align)
    return out


# ---------------------------------------------------------------------------------------------
# Who writes: the cider maker and its outside senders, by country
# ---------------------------------------------------------------------------------------------

Row = tuple[str, str, str, str]  # name, street, town, telephone
MAKERS: dict[str, list[Row]] = {
    "en": [
        ("Haywood Orchard Cider Co.", "Lower Haywood Farm", "Much Marcle HR8 2NQ", "01531 660 214"),
        ("Three Chimneys Cider & Perry", "Three Chimneys Farm", "Martock TA12 6DF", "01935 822 47"),
        ("Blackthorn Hill Ciderworks Ltd", "Hill Farm, Stoke Lane", "Tenbury Wells WR15 8QX", ""),
    ],
    "de": [
        ("Kelterei Obsthof Brenner", "Am Streuobsthang 4", "61440 Oberursel", "06171 58 23 0"),
        ("Apfelweinkelterei Hofmann & Söhne", "Alt-Bergen 12", "60388 Frankfurt am Main", ""),
        ("Mosterei Lindenhof GbR", "Hofweg 3", "88690 Uhldingen-Mühlhofen", "07556 93 14 2"),
    ],
    "fr": [
        ("Cidrerie de la Ferme des Vergers", "Lieu-dit La Vallée", "14340 Cambremer", ""),
        ("Domaine du Coq Pommier SARL", "Route de Saint-Malo", "35560 Bazouges-la-Pérouse", ""),
        ("Maison Cidricole Hervieu", "Le Bourg", "50310 Sainte-Mère-Église", "02 33 41 60 18"),
    ],
}
SENDERS: dict[str, dict[str, list[Row]]] = {
    "grower": {
        "en": [
            ("R. & J. Pember", "Brook House Farm", "Dymock GL18 2AE", "01531 890 332"),
            ("Westcott Orchards", "Westcott Farm", "Kingsland HR6 9QT", ""),
            ("M. Dunstan & Son", "Coombe Farm", "Stogursey TA5 1PT", "01278 732 119"),
            ("Perrycroft Farm Partnership", "Perrycroft", "Bosbury HR8 1QF", ""),
        ],
        "de": [
            ("Obstbau Reinhard Seitz", "Im Wiesengrund 7", "61352 Bad Homburg", ""),
            ("Streuobstwiesen Familie Gerlach", "Feldbergstraße 22", "61389 Schmitten", ""),
            ("Hofgut Weiherhof, K. Maurer", "Weiherhof 1", "88682 Salem", "07553 71 08"),
            ("Obstgut Lenz GbR", "Kirchberg 15", "35510 Butzbach", ""),
        ],
        "fr": [
            ("EARL du Clos Fleuri", "Le Clos Fleuri", "14430 Beuvron-en-Auge", ""),
            ("GAEC des Trois Pommiers", "La Hougue", "50480 Sainte-Marie-du-Mont", ""),
            ("Ferme Lebrec, Jean-Marc Lebrec", "Le Haut Bois", "35270 Combourg", ""),
            ("SCEA Vergers de la Touques", "Route de Lisieux", "14130 Pont-l'Évêque", ""),
        ],
    },
    "authority": {
        "en": [
            ("Rural Payments Agency - Capital Grants", "PO Box 352", "Worksop S80 9FG", ""),
            (
                "Natural England - West Midlands Area Team",
                "Parkside Court",
                "Stafford ST16 2EW",
                "",
            ),
        ],
        "de": [
            (
                "Amt für Landwirtschaft - Förderung Streuobst",
                "Am Kreishaus 1-5",
                "61352 Bad Homburg",
                "",
            ),
            (
                "Regierungspräsidium Tübingen - Referat 33",
                "Konrad-Adenauer-Straße 20",
                "72072 Tübingen",
                "",
            ),
        ],
        "fr": [
            (
                "Région Normandie - Direction de l'Agriculture",
                "Abbaye-aux-Dames, place Reine Mathilde",
                "14035 Caen",
                "",
            ),
            (
                "DDTM d'Ille-et-Vilaine - Service Économie Agricole",
                "Rue Kléber",
                "35000 Rennes",
                "",
            ),
        ],
    },
    "packaging": {
        "en": [
            ("Mercia Glass Containers Ltd", "Bridge Street", "Castleford WF10 1HX", ""),
            ("Can-Do Beverage Packaging Ltd", "Unit 9, Link Park", "Bristol BS3 5QL", ""),
            ("Severn Label & Print", "Riverside Works", "Worcester WR1 3EA", "01905 612 804"),
            ("Vale Closures & Cartons", "Ashchurch Business Centre", "Tewkesbury GL20 8NB", ""),
        ],
        "de": [
            ("Glashütte Spessart GmbH", "Hüttenweg 2", "97816 Lohr am Main", "09352 87 0"),
            ("Etikettendruck Maintal KG", "Industriestraße 31", "63477 Maintal", ""),
            ("Verschlusstechnik Süd GmbH", "Gewerbepark 5", "89079 Ulm", ""),
            ("Kartonagen Weber & Co.", "Lagerstraße 18", "35394 Gießen", ""),
        ],
        "fr": [
            ("Verrerie du Vexin SAS", "Zone industrielle", "27700 Les Andelys", ""),
            ("Imprimerie Étiquettes Bocage", "12 rue de la Gare", "14500 Vire", ""),
            ("Bouchages Normands SA", "ZA des Forges", "61100 Flers", ""),
            ("Cartonnerie de l'Orne", "Route d'Alençon", "61000 Alençon", ""),
        ],
    },
    "customs": {
        "en": [
            ("HM Revenue & Customs - Alcohol Duty", "BX9 1GL", "United Kingdom", ""),
            (
                "HM Revenue & Customs - Excise Assurance",
                "Ralli Quays, 3 Stanley Street",
                "Salford M60 9LA",
                "",
            ),
        ],
        "de": [
            ("Hauptzollamt Darmstadt", "Hilpertstraße 20", "64295 Darmstadt", ""),
            ("Hauptzollamt Ulm", "Grüner Weg 14", "89073 Ulm", ""),
            ("Hauptzollamt Gießen", "Gutfleischstraße 1", "35390 Gießen", ""),
        ],
        "fr": [
            ("Direction régionale des douanes de Caen", "2 rue Daniel Huet", "14000 Caen", ""),
            (
                "Bureau de douane de Rennes - Viticulture",
                "2 rue du Bourbonnais",
                "35000 Rennes",
                "",
            ),
        ],
    },
    "lab": {
        "en": [
            ("Three Counties Analytical Services Ltd", "Unit 4, Rotherwas", "Hereford HR2 6JT", ""),
            ("Westbrook Beverage Laboratories", "Science Park", "Bristol BS16 1QY", ""),
        ],
        "de": [
            ("Getränkelabor Dr. Kern GmbH", "Rheinstraße 44", "65366 Geisenheim", ""),
            (
                "Institut für Fruchtsaft- und Weinanalytik",
                "Max-Eyth-Straße 6",
                "70599 Stuttgart",
                "",
            ),
        ],
        "fr": [
            ("Laboratoire Œnologique du Calvados", "6 rue des Pommiers", "14100 Lisieux", ""),
            ("Labo Analyses Boissons Ouest", "Parc de la Rigourdière", "35510 Cesson-Sévigné", ""),
        ],
    },
    "customer": {
        "en": [
            ("The Plough Inn", "Church Lane", "Eldersfield GL19 4NP", "01452 840 216"),
            ("Ledbury Farm Shop & Deli", "12 The Homend", "Ledbury HR8 1BT", ""),
            ("Hop Pocket Wine Co.", "Bishops Frome", "Worcester WR6 5BT", ""),
            ("Cotswold Taverns Ltd - Purchasing", "Sheep Street", "Cirencester GL7 1QW", ""),
        ],
        "de": [
            ("Gaststätte Zum Grauen Bock", "Große Rittergasse 30", "60594 Frankfurt am Main", ""),
            ("Getränkemarkt Schäfer GmbH", "Hanauer Landstraße 160", "60314 Frankfurt", ""),
            ("Hofladen Sonnenhalde", "Sonnenhalde 2", "88662 Überlingen", ""),
            ("Feinkost Bartels", "Kurhausstraße 5", "61348 Bad Homburg", ""),
        ],
        "fr": [
            ("Crêperie Ty Breiz", "4 rue Saint-Georges", "35000 Rennes", ""),
            ("Cave La Pommeraie", "18 rue Saint-Jean", "14000 Caen", "02 31 85 40 77"),
            ("Épicerie fine Le Panier Normand", "Place du Marché", "14130 Pont-l'Évêque", ""),
            ("Restaurant Le Cellier", "9 quai de la Quarantaine", "14600 Honfleur", ""),
        ],
    },
    "acquirer": {
        "en": [
            ("Tillpoint Merchant Services", "PO Box 6001", "Northampton NN4 7YR", ""),
            ("Cardstream Payments Ltd", "The Exchange", "Cardiff CF10 5EE", ""),
        ],
        "de": [
            ("Kartenwelt Zahlungsdienste GmbH", "Lyoner Straße 9", "60528 Frankfurt am Main", ""),
            ("TerminalService Süd GmbH", "Bahnhofplatz 1", "70173 Stuttgart", ""),
        ],
        "fr": [
            ("Crédit Agricole Normandie - Monétique", "15 esplanade Brillaud", "14050 Caen", ""),
            ("Monetia Encaissement SAS", "25 rue de Londres", "75009 Paris", ""),
        ],
    },
    "show": {
        "en": [
            (
                "Westcountry Cider & Perry Festival Ltd",
                "Showground Office",
                "Shepton Mallet BA4 6QN",
                "",
            ),
            ("Marches Food & Drink Fair", "The Courtyard", "Ludlow SY8 1AB", ""),
        ],
        "de": [
            ("Apfelwein- und Obstwiesenmesse GmbH", "Messeplatz 1", "60327 Frankfurt am Main", ""),
            ("Bodensee Genussmesse", "Neue Messe 1", "88046 Friedrichshafen", ""),
        ],
        "fr": [
            ("Comité de la Fête du Cidre", "Mairie", "14430 Beuvron-en-Auge", ""),
            ("Salon Saveurs de l'Ouest", "Parc Expo, route de Laval", "35170 Bruz", ""),
        ],
    },
    "certifier": {
        "en": [
            ("Organic Growers Certification Ltd (GB-ORG-07)", "Elm Court", "Stroud GL5 3AA", ""),
            (
                "Orchard & Field Organic Control (GB-ORG-11)",
                "Hillside House",
                "Taunton TA1 2PX",
                "",
            ),
        ],
        "de": [
            ("Kontrollstelle Bio-Süd GmbH (DE-ÖKO-047)", "Kemptener Straße 8", "87435 Kempten", ""),
            ("Ökoprüf Hessen GmbH (DE-ÖKO-052)", "Marktplatz 3", "35037 Marburg", ""),
        ],
        "fr": [
            (
                "Bio-Contrôle Ouest SAS (FR-BIO-17)",
                "4 allée des Tilleuls",
                "35760 Saint-Grégoire",
                "",
            ),
            ("Certiverte (FR-BIO-21)", "Pôle agro, route de Bayeux", "14000 Caen", ""),
        ],
    },
    "haulier": {
        "en": [
            ("Marches Pallet Express Ltd", "Moreton Business Park", "Hereford HR4 8DS", ""),
            ("Quickpall Network - Depot 41", "Avonmouth Way", "Bristol BS11 8DE", ""),
        ],
        "de": [
            ("Spedition Krämer Palettenlogistik", "Industriestraße 60", "63110 Rodgau", ""),
            ("PalNet Süd, Depot Ravensburg", "Karlstraße 100", "88212 Ravensburg", ""),
        ],
        "fr": [
            ("Transports Lemoine - Palette Express", "ZA du Mont", "14200 Hérouville", ""),
            ("Messagerie Palettes Bretagne", "Rue de la Rigourdière", "35510 Cesson", ""),
        ],
    },
    "insurer": {
        "en": [
            ("Shires Farm & Food Insurance Brokers", "9 Broad Street", "Leominster HR6 8BS", ""),
            ("Meadowbank Agricultural Insurance", "Castle Street", "Taunton TA1 4AS", ""),
        ],
        "de": [
            ("Versicherungsbüro Hartung (Agentur der LVM)", "Marktstraße 4", "61440 Oberursel", ""),
            ("Hessische Landversicherung VVaG", "Wilhelmstraße 12", "65185 Wiesbaden", ""),
        ],
        "fr": [
            ("Mutuelle Agricole du Bocage", "3 rue de Bayeux", "14000 Caen", ""),
            ("Cabinet Leroy Assurances", "22 place de la Mairie", "35270 Combourg", ""),
        ],
    },
    "pomace": {
        "en": [
            ("Frome Valley Biogas Ltd", "Bromyard Road", "Bishops Frome WR6 5BP", ""),
            ("J. Pritchard, Little Marcle Farm", "Little Marcle", "Ledbury HR8 2LB", ""),
        ],
        "de": [
            ("Biogas Wetterau GbR", "Am Klärwerk 2", "61169 Friedberg", ""),
            ("Milchviehbetrieb Fritz Ruf", "Weiler 4", "88690 Uhldingen", ""),
        ],
        "fr": [
            ("Méthanisation du Bocage SAS", "Lieu-dit La Croix", "14340 Cambremer", ""),
            ("GAEC Laitier des Prés", "Les Prés", "35560 Bazouges", ""),
        ],
    },
    "nursery": {
        "en": [
            ("Marcher Fruit Tree Nursery", "Walford", "Ross-on-Wye HR9 5QP", "01989 562 017"),
            ("Orchard Heritage Trees Ltd", "Yarlington", "Wincanton BA9 8DJ", ""),
        ],
        "de": [
            ("Baumschule Kühner - Obstgehölze", "Gärtnerweg 9", "71570 Oppenweiler", ""),
            ("Streuobstbaumschule Hessenland", "An der Bergstraße 40", "64625 Bensheim", ""),
        ],
        "fr": [
            ("Pépinières du Val de Sée", "La Lande", "50150 Sourdeval", ""),
            ("Pépinière Fruitière de l'Aulne", "Kerlaz", "29100 Douarnenez", ""),
        ],
    },
    "licensing": {
        "en": [
            ("Herefordshire Council - Licensing", "Plough Lane", "Hereford HR4 0LE", ""),
            ("Somerset Council - Licensing Team", "County Hall", "Taunton TA1 4DY", ""),
        ],
        "de": [
            ("Stadt Oberursel - Ordnungsamt", "Rathausplatz 1", "61440 Oberursel", ""),
            ("Gemeinde Uhldingen-Mühlhofen - Ordnungsamt", "Rathaus", "88690 Uhldingen", ""),
        ],
        "fr": [
            ("Mairie de Cambremer", "Place de l'Église", "14340 Cambremer", ""),
            ("Mairie de Bazouges-la-Pérouse", "Rue de l'Église", "35560 Bazouges", ""),
        ],
    },
    "competition": {
        "en": [
            ("Three Counties Cider & Perry Championship", "The Showground", "Malvern WR13 6NW", ""),
            ("National Craft Cider Awards", "PO Box 118", "Newent GL18 9AD", ""),
        ],
        "de": [
            ("Hessischer Apfelwein-Wettbewerb e.V.", "Kelterweg 3", "60599 Frankfurt", ""),
            ("Internationaler Most- und Cider-Preis", "Seestraße 12", "88045 Friedrichshafen", ""),
        ],
        "fr": [
            (
                "Concours des Cidres et Poirés de Normandie",
                "Maison de l'Agriculture",
                "14000 Caen",
                "",
            ),
            ("Trophées du Cidre Fermier", "Route de Rennes", "35000 Rennes", ""),
        ],
    },
}

FIRSTS = {
    "en": ["Sarah", "James", "Emma", "Gareth", "Hannah", "Richard", "Lucy", "Tom", "Fiona", "Owen"],
    "de": ["Andrea", "Thomas", "Julia", "Stefan", "Katrin", "Michael", "Sabine", "Jan", "Eva"],
    "fr": ["Nathalie", "Julien", "Camille", "Olivier", "Sandrine", "Nicolas", "Léa", "Hugo"],
}
LASTS = {
    "en": ["Whitaker", "Powell", "Bennett", "Price", "Gallagher", "Thornton", "Moss", "Bevan"],
    "de": ["Bauer", "Schneider", "Hartmann", "Wolff", "Kaya", "Neumann", "Vogel", "Ziegler"],
    "fr": ["Lefèvre", "Morel", "Girard", "Fontaine", "Chevalier", "Marie", "Lecoq", "Perrin"],
}
FEMALE = {"Sarah", "Emma", "Hannah", "Lucy", "Fiona", "Andrea", "Julia", "Katrin", "Sabine", "Eva"}
FEMALE |= {"Nathalie", "Camille", "Sandrine", "Léa"}
PICKERS = ["Marek Nowak", "Ionela Popescu", "Tomasz Wójcik", "Andrei Rusu", "Kasia Zielińska"]

APPLES = {
    "en": [
        "Dabinett",
        "Yarlington Mill",
        "Kingston Black",
        "Harry Masters Jersey",
        "Michelin",
        "Browns",
        "Tremlett's Bitter",
        "Ellis Bitter",
        "Foxwhelp",
    ],
    "de": [
        "Bohnapfel",
        "Brettacher",
        "Boskoop",
        "Rheinischer Winterrambur",
        "Trierer Weinapfel",
        "Kaiser Wilhelm",
        "Schafsnase",
        "Gewürzluiken",
        "Speierling",
    ],
    "fr": [
        "Bisquet",
        "Douce Moën",
        "Fréquin rouge",
        "Binet rouge",
        "Kermerrien",
        "Marie Ménard",
        "Avrolles",
        "Judor",
        "Domaines",
    ],
}
PEARS = {
    "en": ["Blakeney Red", "Thorn", "Hendre Huffcap", "Moorcroft", "Gin", "Brandy"],
    "de": [
        "Schweizer Wasserbirne",
        "Palmischbirne",
        "Champagner Bratbirne",
        "Oberösterr. Weinbirne",
    ],
    "fr": ["Plant de Blanc", "Gros Blot", "Poire de Cloche", "Antricotin"],
}
PRODUCTS = {
    "en": [
        ("MED-50", "Medium Dry Cider 5.2% 500ml (12)", 18.60),
        ("KB-75", "Kingston Black Single Variety 7.0% 750ml (6)", 39.00),
        ("PRY-75", "Traditional Perry 6.0% 750ml (6)", 33.00),
        ("SCR-20", "Farmhouse Scrumpy 6.5% 20L bag-in-box", 62.00),
        ("SPK-33", "Sparkling Dry Cider 5.5% 330ml can (24)", 31.20),
        ("KEG-30", "Orchard Gold 4.8% 30L keg", 84.00),
        ("JUI-75", "Pressed Apple Juice 750ml (6)", 14.40),
    ],
    "de": [
        ("AW-10", "Apfelwein klar 5,5 % 1,0 l (6er)", 8.70),
        ("SP-75", "Speierling-Apfelwein 0,75 l (6er)", 23.40),
        ("BS-75", "Birnenschaumwein brut 0,75 l (6er)", 47.70),
        ("AS-75", "Apfelsecco 0,75 l (6er)", 29.40),
        ("SA-10", "Apfelsaft naturtrüb 1,0 l (6er)", 7.20),
        ("BIB-10", "Apfelwein Bag-in-Box 10 l", 21.50),
        ("FASS-30", "Apfelwein im Fass 30 l", 58.00),
    ],
    "fr": [
        ("CB-75", "Cidre brut AOP Pays d'Auge 75 cl (x6)", 25.80),
        ("CD-75", "Cidre doux 75 cl (x6)", 19.20),
        ("PO-75", "Poiré Domfront AOP 75 cl (x6)", 31.80),
        ("PM-70", "Pommeau de Normandie 70 cl (x6)", 72.00),
        ("JP-100", "Jus de pomme 1 l (x6)", 12.60),
        ("CB-33", "Cidre bouché 33 cl (x24)", 38.40),
        ("FUT-20", "Cidre fût 20 l", 46.00),
    ],
}

TALK = {
    "en": {
        "fruit": "fruit apples pears orchard bins delivery harvest variety sound ripe tonnage "
        "intake grading rot soil sugar price tonne collection season pressing",
        "legal": "party agreement obligations term termination liability notice payment "
        "delivery quality risk title force majeure dispute law",
        "office": "order delivery invoice account payment stock pallet cases kegs empties "
        "collection reference period statement charges terms",
        "rules": "exhibitor stand organiser access vehicles electricity hygiene sampling "
        "licence opening hours waste fire safety insurance cancellation",
        "audit": "records traceability inputs orchard parcels press cleaning labelling stock "
        "sales mass balance inspector certificate organic sample corrective",
    },
    "de": {
        "fruit": "Obst Äpfel Birnen Streuobst Großkisten Anlieferung Ernte Sorte gesund reif "
        "Menge Annahme Sortierung Fäulnis Erde Zuckergehalt Preis Doppelzentner Kelterung",
        "legal": "Vertragspartner Pflichten Laufzeit Kündigung Haftung Zahlung Lieferung "
        "Qualität Gefahrübergang Eigentum höhere Gewalt Gerichtsstand Recht",
        "office": "Bestellung Lieferung Rechnung Konto Zahlung Bestand Palette Kisten Fässer "
        "Leergut Abholung Referenz Zeitraum Abrechnung Gebühren Bedingungen",
        "rules": "Aussteller Stand Veranstalter Zufahrt Fahrzeuge Strom Hygiene Ausschank "
        "Genehmigung Öffnungszeiten Abfall Brandschutz Versicherung Rücktritt",
        "audit": "Aufzeichnungen Rückverfolgbarkeit Betriebsmittel Flächen Kelterhaus Reinigung "
        "Kennzeichnung Bestand Verkauf Warenfluss Kontrolleur Zertifikat Probe Maßnahme",
    },
    "fr": {
        "fruit": "fruits pommes poires vergers palox livraison récolte variété sains mûrs "
        "tonnage réception tri pourriture terre sucre prix tonne ramassage pressurage",
        "legal": "parties obligations durée résiliation responsabilité paiement livraison "
        "qualité transfert des risques propriété force majeure litige droit",
        "office": "commande livraison facture compte règlement stock palette cartons fûts "
        "consignes enlèvement référence période relevé frais conditions",
        "rules": "exposant stand organisateur accès véhicules électricité hygiène dégustation "
        "licence horaires déchets sécurité incendie assurance annulation",
        "audit": "enregistrements traçabilité intrants parcelles pressoir nettoyage étiquetage "
        "stock ventes bilan matière contrôleur certificat échantillon action corrective",
    },
}
GLUES = {
    "en": "the of and to for with on at by from this is are will be the a as we your all",
    "de": "die der das und zu für mit auf von ist sind wird bei nach den dem im wir Ihre",
    "fr": "le la les et de du pour avec sur par est sont sera au aux des une nous vos",
}


def words(rng: random.Random, lang: str, topic: str = "office", n: int | None = None) -> str:
    pool, glue = TALK[lang][topic].split(), GLUES[lang].split()
    ws = [rng.choice(pool if rng.random() < 0.5 else glue) for _ in range(n or rng.randint(7, 15))]
    text = " ".join(ws)
    return text[0].upper() + text[1:] + "."


def prose(rng: random.Random, lang: str, topic: str = "office", lo: int = 2, hi: int = 4) -> str:
    return " ".join(words(rng, lang, topic) for _ in range(rng.randint(lo, hi)))


# ---------------------------------------------------------------------------------------------
# The office of a stream: its country, name and month; what the previous document was about
# ---------------------------------------------------------------------------------------------

OFFICE: dict[str, object] = {"lang": "en", "row": 0, "seed": 0, "month": date(2025, 10, 1)}
#: What the previous document was about (a companion or a run takes it up).
LAST: dict[str, object] = {"kind": "", "day": None, "extra": None}


def home() -> str:
    return str(OFFICE["lang"])


def month() -> date:
    m = OFFICE["month"]
    assert isinstance(m, date)
    return m


def keyed(who: Issuer, key: str) -> random.Random:
    """Draws fixed by the issuer, the stream's office and ``key``: a run or a repeat keeps
    its sender."""
    text = f"mincer/{key}/{who.name}/{who.street}/{who.city}/{OFFICE['seed']}"
    return random.Random(zlib.crc32(text.encode()))


def some_day(rng: random.Random) -> date:
    return month() + timedelta(days=rng.randint(0, 29))


def after(kinds: tuple[str, ...]) -> bool:
    return LAST["kind"] in kinds


def last_day(rng: random.Random, kinds: tuple[str, ...], lag: tuple[int, int]) -> date:
    d = LAST["day"]
    if after(kinds) and isinstance(d, date):
        return d + timedelta(days=rng.randint(*lag))
    return some_day(rng)


def remember(d: date, extra: object = None) -> None:
    LAST.update(day=d, extra=extra)


def carried(kind: str, name: str) -> object:
    """What the previous document left for the next one if it was ``kind`` from ``name``."""
    ex = LAST["extra"]
    if after((kind,)) and isinstance(ex, tuple) and ex and ex[0] == name:
        return ex
    return None


def in_season(d: date) -> bool:
    return d.month in (9, 10, 11, 12)


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
    look: str  # band | centred | monogram | boxed | plain | side | official
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
LOOKS = ["band", "centred", "monogram", "boxed", "plain", "side"]
OFFICIAL = ("authority", "customs", "licensing")


def legal_lines(r: random.Random, name: str, lang: str, role: str) -> list[str]:
    if role in OFFICIAL:
        return []
    if lang == "de":
        bank = r.choice(["Frankfurter Volksbank", "Sparkasse Bodensee", "Taunus Sparkasse"])
        out = [
            f"{bank} - IBAN DE{r.randint(10, 99)} {r.randint(5000, 5999)} {r.randint(1000, 9999)} "
            f"{r.randint(1000, 9999)} {r.randint(1000, 9999)} {r.randint(10, 99)}"
            + (f" - USt-IdNr. DE{r.randint(100000000, 999999999)}" if r.random() < 0.6 else "")
        ]
        if "GmbH" in name or "KG" in name or "AG" in name:
            out.insert(
                0,
                f"Amtsgericht {r.choice(['Frankfurt', 'Gießen', 'Ulm', 'Würzburg'])} HRB "
                f"{r.randint(1000, 99999)} - Geschäftsführer: "
                + r.choice(["Dr. Ulrike Brandes", "Markus Feldhaus", "Jörg Kamps"]),
            )
        return out
    if lang == "fr":
        out = [
            f"{name} - SIRET {r.randint(300, 899)} {r.randint(100, 999)} {r.randint(100, 999)} "
            f"{r.randint(10000, 99999)} - APE {r.choice(['1103Z', '0124Z', '4634Z', '4941A'])}"
        ]
        if r.random() < 0.7:
            out.append(
                f"TVA FR{r.randint(10, 99)} {r.randint(100, 999)} {r.randint(100, 999)} "
                f"{r.randint(100, 999)} - RCS {r.choice(['Caen', 'Lisieux', 'Rennes'])}"
            )
        return out
    out = []
    if "Ltd" in name or "plc" in name:
        out.append(f"Registered in England and Wales No. {r.randint(3000000, 13999999):08d}")
    if r.random() < 0.7:
        out.append(
            f"VAT Reg. No. GB {r.randint(100, 999)} {r.randint(1000, 9999)} {r.randint(10, 99)}"
        )
    if role == "insurer":
        out.append("Authorised and regulated by the Financial Conduct Authority")
    return [" - ".join(out)] if out else []


def make_head(row: Row, lang: str, role: str) -> Head:
    """The paper habits of the sender ``row``: the same all through one stream."""
    name, street, town, phone = row
    r = random.Random(zlib.crc32(f"mincer/head/{name}/{OFFICE['seed']}".encode()))
    font, bold = r.choice(FACES)
    host = "".join(c for c in name.lower().split()[0] if c.isalpha() and c.isascii())[:12]
    tld = {"en": "co.uk", "de": "de", "fr": "fr"}[lang]
    looks = LOOKS
    if role in OFFICIAL:
        looks = ["official"]
        font, bold = (
            ("Helvetica", "Helvetica-Bold") if r.random() < 0.6 else ("Times-Roman", "Times-Bold")
        )
    elif role in ("grower", "pomace"):
        looks = ["plain", "centred", "plain"]
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


def maker_head() -> Head:
    lang = home()
    return make_head(MAKERS[lang][int(OFFICE["row"])], lang, "maker")  # type: ignore[call-overload]


def maker_name() -> str:
    return MAKERS[home()][int(OFFICE["row"])][0]  # type: ignore[call-overload]


def row_of(who: Issuer, role: str, abroad: float = 0.0) -> tuple[Row, str]:
    """The ``role`` sender of ``who`` (the same for the same issuer and office), of the
    office's country or, with odds ``abroad``, of another."""
    r = keyed(who, role)
    lang = home()
    if r.random() < abroad:
        lang = r.choice([x for x in ("en", "de", "fr") if x != lang])
    return r.choice(SENDERS[role][lang]), lang


def head_of(who: Issuer, role: str, abroad: float = 0.0) -> Head:
    row, lang = row_of(who, role, abroad)
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
    """A circle drawn as a polygon (seals and round stamps)."""
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
    p.text(cx, cy - r * 0.45, fit(top, "Helvetica", pt, r * 1.5), "Helvetica", pt, "center")
    pt2 = shrink(mid, "Helvetica", 6.5, r * 1.3)
    p.text(cx, cy + r * 0.62, fit(mid, "Helvetica", pt2, r * 1.4), "Helvetica", pt2, "center")
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


def apple(p: Page, cx: float, cy: float, r: float) -> None:
    """A cider maker's apple mark: a ring, a stalk and a leaf."""
    ring(p, cx, cy, r, 24)
    p.line(cx, cy - r, cx + 2, cy - r - 6)
    p.line(cx + 2, cy - r - 4, cx + 9, cy - r - 8)
    p.line(cx + 9, cy - r - 8, cx + 4, cy - r - 2)


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
            p.text(m + 32, yy, fit(t, f_, pt, w / 2 + 60 - m), f_, pt)
            yy += 12
        p.text(m + 32, yy, fit(where, h.font, 7, w / 2 - m), h.font, 7)
        return yy + 34
    if h.look == "band":
        p.rect(0, y - 14, w, 26, fill=0.8)
        pt = shrink(h.name.upper(), h.bold, 12, w - 2 * m)
        p.text(m, y + 3, fit(h.name.upper(), h.bold, pt, w - 2 * m), h.bold, pt)
        p.text(m, y + 24, fit(f"{where}   {contact}", h.font, 7, w - 2 * m), h.font, 7)
        return y + 46
    if h.look == "centred":
        if h.role == "maker":
            apple(p, w / 2, y - 8, 8)
            y += 14
        pt = shrink(h.name, h.bold, s.size + 6, w - 2 * m)
        p.text(w / 2, y + 2, h.name, h.bold, pt, "center")
        it = italic_of(h.font)
        p.text(w / 2, y + 15, fit(where, it, 7.5, w - 2 * m), it, 7.5, "center")
        if contact:
            p.text(w / 2, y + 24, fit(contact, h.font, 7, w - 2 * m), h.font, 7, "center")
        p.line(m, y + 30, w - m, y + 30)
        return y + 50
    if h.look == "monogram":
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
        tag = {
            "maker": tr(
                h.lang,
                "Craft cider & perry",
                "Apfelwein - Säfte - Secco",
                "Cidre - Poiré - Pommeau",
            ),
            "packaging": tr(h.lang, "Packaging for drinks", "Verpackung für Getränke", "Emballage"),
            "lab": tr(
                h.lang, "Accredited testing", "Akkreditiertes Prüflabor", "Laboratoire accrédité"
            ),
            "nursery": tr(
                h.lang, "Fruit trees since 1921", "Obstgehölze seit 1921", "Arbres fruitiers"
            ),
        }.get(h.role, "")
        p.text(m, y + 15, tag, italic_of(h.font), 7.5)
        x = w - m
        yy = y - 6
        for t in (h.street, h.town, tel, h.mail):
            if t:
                p.text(x, yy, fit(t, h.font, 7, w * 0.33), h.font, 7, "right")
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


def more(s: Style, h: Head, header: str = "") -> Sheets:
    """Further pages of a document after pages drawn otherwise: each a continuation page
    (the letterhead again, a running header or nothing)."""

    def start(p: Page, n: int) -> float:
        if h.again:
            return heading(p, s, h)
        return running_header(p, s, header) if header else s.margin - 4

    w, hh = s.page_size
    return Sheets((w, hh), hh - s.margin - 7 * len(h.foot) - 8, start)


def scrawl(p: Page, x: float, y: float, name: str, pt: float = 13) -> None:
    """A handwritten signature over the baseline ``y``."""
    parts = name.replace("-", " ").replace(".", " ").replace(",", " ").split()
    text = f"{parts[0][0]}{parts[-1][:8]}" if len(parts) > 1 else parts[0][:9]
    p.text(x + 2, y - 1, text, INK, pt)
    end = x + 6 + tw(text, INK, pt)
    p.line(end - 4, y - 2, end + 12, y - 9)
    p.line(x, y + 2, end - 8, y + 1)


def received(rng: random.Random, p: Page, d: date, odds: float = 0.3) -> None:
    """Now and then the office's received stamp on the first page."""
    if rng.random() < odds:
        w, _ = p.size
        lg = home()
        stamp(
            p,
            w - rng.uniform(150, 210),
            rng.uniform(70, 160),
            [
                tr(lg, "RECEIVED", "EINGANG", "REÇU LE"),
                short(d + timedelta(days=rng.randint(1, 5)), lg),
                rng.choice(
                    {
                        "en": ["Office", "Accounts", "Cellar"],
                        "de": ["Büro", "Buchhaltung", "Kelterei"],
                        "fr": ["Bureau", "Compta", "Chai"],
                    }[lg]
                ),
            ],
        )


def recipient(
    f: Sheets, s: Style, h: Head, lines: list[str], d: date, refs: list[tuple[str, str]]
) -> None:
    w, _ = f.size
    y0 = f.y
    below = window(
        f.page, s, h if h.look in ("plain", "band", "monogram", "official") else None, y0, lines
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


def staff(h: Head, tag: str) -> str:
    r = random.Random(zlib.crc32(f"mincer/staff/{tag}/{h.name}/{OFFICE['seed']}".encode()))
    return f"{r.choice(FIRSTS[h.lang])} {r.choice(LASTS[h.lang])}"


def people() -> dict[str, str]:
    """The office's people: owner, cellar master, office manager (fixed for the stream)."""
    h = maker_head()
    return {"owner": staff(h, "owner"), "cellar": staff(h, "cellar"), "office": staff(h, "office")}


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


def maker_lines(att: str = "") -> list[str]:
    return head_lines(maker_head(), att)


def vat_rate(lang: str) -> float:
    return {"en": 20.0, "de": 19.0, "fr": 20.0}[lang]


def num(v: float, lang: str, places: int = 0) -> str:
    """A plain number with the country's separators ("1,250", "1.250", "1 250")."""
    s = f"{v:,.{places}f}"
    if lang in ("de", "fr"):
        s = s.replace(",", "_").replace(".", ",").replace("_", "." if lang == "de" else " ")
    return s


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
        (tr(lg, "Total due", "Rechnungsbetrag", "Total TTC" if rate else "Net à payer"), net + tax)
    )
    for k, (t, v) in enumerate(rows):
        bold = s.bold if k == len(rows) - 1 else s.font
        f.page.text(w * 0.56, f.y, fit(t, bold, s.size, w * 0.26), bold, s.size)
        f.page.text(w - m, f.y, cash(v, lg), bold, s.size, "right")
        f.y += s.size * 1.5
    if note:
        f.y += 4
        write(f, s, note, s.size - 1.5)
    return net + tax


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


SALE_TERMS = {
    "en": [
        "Definitions",
        "Orders",
        "Prices",
        "Delivery",
        "Risk and title",
        "Pallets and returnable packaging",
        "Claims and shortages",
        "Payment",
        "Liability",
        "Force majeure",
        "Law",
    ],
    "de": [
        "Geltungsbereich",
        "Angebot und Vertragsschluss",
        "Preise",
        "Lieferung",
        "Gefahrübergang",
        "Paletten und Mehrwegverpackung",
        "Mängelrüge",
        "Zahlung",
        "Eigentumsvorbehalt",
        "Haftung",
        "Gerichtsstand",
    ],
    "fr": [
        "Objet",
        "Commandes",
        "Prix",
        "Livraison",
        "Transfert des risques",
        "Palettes et emballages consignés",
        "Réclamations",
        "Paiement",
        "Réserve de propriété",
        "Responsabilité",
        "Juridiction",
    ],
}


def copier_edge(p: Page, rng: random.Random) -> None:
    """The grey edge a photocopy of a smaller original leaves on the page."""
    w, h = p.size
    g = rng.uniform(0.35, 0.6)
    p.rect(0, 0, rng.uniform(8, 22), h, fill=g)
    if rng.random() < 0.5:
        p.rect(0, 0, w, rng.uniform(6, 16), fill=g)


def sign_box(
    p: Page, s: Style, x: float, y: float, w: float, cap: str, name: str, ink: bool
) -> None:
    """A signature line with a caption under it; signed in ink when ``ink``."""
    if ink:
        scrawl(p, x + 6, y - 4, name)
    p.line(x, y + 2, x + w, y + 2)
    p.text(x, y + 11, fit(cap, s.font, 7, w), s.font, 7)


# ---------------------------------------------------------------------------------------------
# Templates NNNNN: fruit from the growers
# ---------------------------------------------------------------------------------------------

CATEGORIES = {
    "en": ["Bittersweet", "Bittersharp", "Sharp", "Sweet", "Perry pears"],
    "de": [
        "Wirtschaftsäpfel",
        "Bohnäpfel / Gerbstoffäpfel",
        "Tafelobst 2. Wahl",
        "Speierling",
        "Mostbirnen",
    ],
    "fr": [
        "Pommes amères",
        "Pommes douces-amères",
        "Pommes acidulées",
        "Pommes douces",
        "Poires à poiré",
    ],
}


def variety(r: random.Random, lang: str, pear: float = 0.2) -> str:
    return r.choice(PEARS[lang] if r.random() < pear else APPLES[lang])


def grower_of(who: Issuer) -> tuple[Row, str]:
    """The grower ``who`` stands for: always of the office's country."""
    r = keyed(who, "grower")
    return r.choice(SENDERS["grower"][home()]), home()


def parcel_ref(r: random.Random, lang: str) -> str:
    if lang == "en":
        return f"SO{r.randint(10, 99)}{r.randint(10, 99)} {r.randint(1000, 9999)}"
    if lang == "de":
        return f"Flur {r.randint(1, 30)}, Flst. {r.randint(10, 900)}/{r.randint(1, 9)}"
    return f"{r.choice(['ZA', 'ZB', 'AC', 'B'])} {r.randint(10, 450)}"


def tpl_fruit_contract(rng: random.Random, who: Issuer) -> list[Page]:
    """The office's fruit purchase agreement with a grower for the coming harvest: the parties,
    the prices per tonne by category, the delivery and quality terms, the schedule of orchards
    and varieties (now and then on a landscape page), the conditions and a signature page."""
    h = maker_head()
    lg = h.lang
    (grow, _), staff_ = grower_of(who), people()
    ex = LAST["extra"]
    if after(("fruit_contract",)) and isinstance(ex, tuple) and ex[0] == grow[0]:
        # the next countersigned agreement back from the growers: another grower
        rows = SENDERS["grower"][lg]
        grow = rows[(rows.index(grow) + rng.randint(1, len(rows) - 1)) % len(rows)]
    s = style_of(h, LETTER if lg == "en" and keyed(who, "let").random() < 0.2 else A4)
    w, hh = s.page_size
    m = s.margin
    d = some_day(rng) - timedelta(days=rng.randint(10, 120))
    year = d.year if d.month < 11 else d.year + 1
    no = serial(rng, rng.choice([f"FPA-{year}-099", f"OLV {year}/099", f"CA-{year % 100}-099"]))
    title = tr(
        lg,
        f"Fruit Purchase Agreement - Harvest {year}",
        f"Obstliefervertrag Ernte {year}",
        f"Contrat d'achat de fruits à cidre - récolte {year}",
    )
    f = sheets(s, h, f"{title} - {no} - {grow[0]}")
    f.y += 4
    pt = shrink(title.upper(), s.bold, s.size + 5, w - 2 * m)
    f.page.text(w / 2, f.y, title.upper(), s.bold, pt, "center")
    f.y += 16
    f.page.text(
        w / 2,
        f.y,
        f"{tr(lg, 'Agreement no.', 'Vertrag Nr.', 'Contrat n°')} {no}",
        s.font,
        s.size,
        "center",
    )
    f.y += 24
    half = (w - 2 * m - 16) / 2
    for k, (cap, lines) in enumerate(
        [
            (tr(lg, "The Buyer", "Käufer (Kelterei)", "L'acheteur"), maker_lines()),
            (
                tr(lg, "The Grower", "Lieferant (Erzeuger)", "Le producteur"),
                [grow[0], grow[1], grow[2]],
            ),
        ]
    ):
        x = m + k * (half + 16)
        f.page.rect(x, f.y - 10, half, 56)
        f.page.text(x + 5, f.y, cap, s.bold, s.size - 1)
        for j, t in enumerate(lines):
            f.page.text(
                x + 5,
                f.y + 11 + 10 * j,
                fit(t, s.font, s.size - 1.5, half - 10),
                s.font,
                s.size - 1.5,
            )
    f.y += 64
    r = keyed(who, "prices")
    cats = CATEGORIES[lg][:] if r.random() < 0.7 else CATEGORIES[lg][:4]
    base = {"en": 165.0, "de": 14.0, "fr": 140.0}[lg]
    price_rows = []
    for c in cats:
        v = base * r.uniform(0.85, 1.35)
        unit = tr(lg, "per tonne", "je dt", "la tonne")
        price_rows.append([c, f"{cash(round(v, 0 if lg != 'de' else 2), lg)} {unit}"])
    clauses = {
        "en": [
            (
                "1. Fruit",
                "The Grower agrees to sell and the Buyer agrees to buy the cider fruit "
                "grown in the orchards listed in Schedule 1, estimated at the tonnages shown.",
            ),
            (
                "2. Price",
                "The Buyer shall pay the following prices for sound, ripe fruit delivered "
                "to the press house, by weighbridge ticket:",
            ),
            (
                "3. Delivery",
                "Fruit shall be delivered in clean bulk bins or trailers between the "
                "dates agreed with the cellar master. " + words(rng, "en", "fruit"),
            ),
            (
                "4. Quality",
                "Fruit with more than 5% rot, soil or leaves may be rejected or subject "
                "to a deduction recorded on the ticket. " + words(rng, "en", "fruit"),
            ),
            ("5. Payment", "Payment within 30 days of the Grower's invoice listing the tickets."),
            (
                "6. Term",
                "This agreement runs for the harvest stated and renews unless either "
                "party gives written notice by 31 March.",
            ),
        ],
        "de": [
            (
                "§ 1 Vertragsgegenstand",
                "Der Lieferant verkauft der Kelterei das Mostobst aus den "
                "in Anlage 1 genannten Beständen in der dort geschätzten Menge.",
            ),
            (
                "§ 2 Preis",
                "Die Kelterei zahlt für gesundes, reifes, frei Kelterei angeliefertes "
                "Obst nach Wiegeschein folgende Preise:",
            ),
            (
                "§ 3 Anlieferung",
                "Die Anlieferung erfolgt in sauberen Großkisten oder lose nach "
                "Absprache mit dem Kellermeister. " + words(rng, "de", "fruit"),
            ),
            (
                "§ 4 Qualität",
                "Obst mit mehr als 5 % Fäulnis, Erde oder Laub kann zurückgewiesen "
                "oder mit Abzug angenommen werden. " + words(rng, "de", "fruit"),
            ),
            ("§ 5 Zahlung", "Zahlung innerhalb von 30 Tagen nach Eingang der Abrechnung."),
            (
                "§ 6 Laufzeit",
                "Der Vertrag gilt für die genannte Ernte und verlängert sich, wenn er "
                "nicht bis 31. März schriftlich gekündigt wird.",
            ),
        ],
        "fr": [
            (
                "Article 1 - Objet",
                "Le producteur vend à la cidrerie les fruits à cidre récoltés sur "
                "les vergers désignés en annexe 1, pour les tonnages estimés.",
            ),
            (
                "Article 2 - Prix",
                "La cidrerie paie les fruits sains et mûrs livrés au pressoir, "
                "selon ticket de pesée, aux prix suivants :",
            ),
            (
                "Article 3 - Livraison",
                "Les fruits sont livrés en palox propres ou en vrac aux dates "
                "convenues avec le maître de chai. " + words(rng, "fr", "fruit"),
            ),
            (
                "Article 4 - Qualité",
                "Les fruits présentant plus de 5 % de pourriture, terre ou "
                "feuilles peuvent être refusés ou réfactés. " + words(rng, "fr", "fruit"),
            ),
            (
                "Article 5 - Paiement",
                "Paiement à 30 jours à réception de la facture du producteur.",
            ),
            (
                "Article 6 - Durée",
                "Le contrat vaut pour la récolte indiquée et se renouvelle sauf "
                "dénonciation écrite avant le 31 mars.",
            ),
        ],
    }[lg]
    for k, (cap, text) in enumerate(clauses):
        f.heading(m, cap, s.bold, s.size)
        write(f, s, text)
        if k == 1:
            table(
                f,
                columns(m + 20, w - m - 60, [(3, "left"), (2, "right")]),
                [
                    tr(lg, "Category", "Sorte / Klasse", "Catégorie"),
                    tr(lg, "Price", "Preis", "Prix"),
                ],
                price_rows,
                s,
                rules=True,
            )
            f.y += 6
    # Schedule 1: orchards and varieties
    n_rows = r.randint(3, 9)
    sched = []
    for _ in range(n_rows):
        sched.append(
            [
                r.choice(
                    {
                        "en": ["Long Meadow", "Church Orchard", "Top Ground", "Pound Field"],
                        "de": ["Am Hohlweg", "Kirchwiese", "Obere Halde", "Sauwasen"],
                        "fr": ["Le Grand Clos", "La Mare", "Le Pré Bas", "Les Hauts"],
                    }[lg]
                ),
                parcel_ref(r, lg),
                num(r.uniform(0.4, 4.5), lg, 2),
                variety(r, lg),
                num(r.randint(3, 60), lg),
                r.choice(
                    ["Sep", "Oct", "Oct-Nov", "Nov"]
                    if lg == "en"
                    else ["9/10", "10", "10/11", "11"]
                ),
            ]
        )
    head = [
        tr(lg, "Orchard", "Bestand", "Verger"),
        tr(lg, "Parcel / grid ref", "Lage", "Parcelle"),
        "ha",
        tr(lg, "Variety", "Sorte", "Variété"),
        tr(lg, "Est. t", "ca. dt" if False else "ca. t", "Est. t"),
        tr(lg, "Harvest", "Ernte", "Récolte"),
    ]
    sched_title = tr(
        lg,
        "Schedule 1 - Orchards and varieties",
        "Anlage 1 - Bestände und Sorten",
        "Annexe 1 - Vergers et variétés",
    )
    land = r.random() < 0.35
    hdr = f"{title} - {no} - {grow[0]}"
    out: list[Page] = []
    if land:
        out += f.pages
        sl = paper(s, landscape(A4), margin=44)
        lw, lh = sl.page_size
        q = Sheets(sl.page_size, lh - 50, lambda p, n: 56.0)
        caption(q, sl, sched_title, 3, rule=True)
        table(
            q,
            columns(
                44,
                lw - 44,
                [
                    (2.2, "left"),
                    (2.2, "left"),
                    (0.8, "center"),
                    (2.4, "left"),
                    (0.9, "center"),
                    (1.1, "left"),
                ],
            ),
            head,
            sched,
            sl,
            rules=True,
            step=2.0,
        )
        q.y += 10
        write(q, sl, prose(rng, lg, "fruit", 1, 2), sl.size - 1)
        q.page.text(44, q.y + 20, tr(lg, "Initials:", "Paraphe:", "Paraphes :"), sl.font, 8)
        if rng.random() < 0.7:
            inits = "".join(t[0] for t in staff_["owner"].split())
            hand(q.page, 100, q.y + 20, f"{inits}   {grow[0][:2].upper()}", 10)
        out += q.pages
        f = more(s, h, hdr)
    else:
        f.new_page()
        caption(f, s, sched_title, 2, rule=True)
        table(
            f,
            columns(
                m,
                w - m,
                [
                    (2.2, "left"),
                    (2.3, "left"),
                    (0.7, "center"),
                    (2.4, "left"),
                    (0.9, "center"),
                    (1.1, "left"),
                ],
            ),
            head,
            sched,
            s,
            rules=True,
        )
        f.y += 24
    if r.random() < 0.45:
        # the conditions on a page of their own, then the signature page
        out += f.pages
        out.append(
            small_print(
                rng,
                s,
                h,
                tr(
                    lg,
                    "General conditions of purchase",
                    "Allgemeine Einkaufsbedingungen",
                    "Conditions générales d'achat",
                ),
                SALE_TERMS[lg],
            )
        )
        f = more(s, h, hdr)
    # the signature page (or block)
    if f.y > hh * 0.55:
        f.new_page()
    f.y += 10
    write(
        f,
        s,
        tr(
            lg,
            "Signed on behalf of the parties:",
            "Unterschriften der Vertragsparteien:",
            "Fait en deux exemplaires originaux.",
        ),
    )
    f.y += 30
    place = {
        "en": "",
        "de": f"{maker_head().town.split()[-1]}, den ",
        "fr": f"Fait à {maker_head().town.split(' ', 1)[1]}, le ",
    }[lg]
    cw = (w - 2 * m - 40) / 2
    for k, (cap, name, ink) in enumerate(
        [
            (
                tr(lg, "For the Buyer", "Für die Kelterei", "Pour la cidrerie"),
                staff_["owner"],
                True,
            ),
            (tr(lg, "The Grower", "Der Lieferant", "Le producteur"), grow[0], rng.random() < 0.85),
        ]
    ):
        x = m + k * (cw + 40)
        f.page.text(x, f.y - 26, place + (day(h, d) if k == 0 else ""), s.font, s.size - 1)
        if k == 1 and ink:
            hand(
                f.page,
                x + tw(place, s.font, s.size - 1),
                f.y - 26,
                short(d + timedelta(days=rng.randint(2, 20)), lg),
                9,
            )
        sign_box(f.page, s, x, f.y + 14, cw, f"{cap}: {name}", name, ink)
    f.y += 50
    pages = out + f.pages
    numbers = (
        h.numbers
        if h.numbers != "none"
        else rng.choice(["none", tr(lg, "Page {i} of {n}", "Seite {i} von {n}", "Page {i}/{n}")])
    )
    remember(d, (grow[0], None, grow))
    return close(pages, s, h, numbers=numbers)


def tpl_weight_ticket(rng: random.Random, who: Issuer) -> list[Page]:
    """The press house's fruit intake weighbridge ticket for one load from a grower: printed by
    the weighbridge terminal on a narrow slip, or written on an A6 carbon pad; gross, tare, net,
    bins, the deduction for rot and soil, the sugar reading and the driver's signature."""
    lg = home()
    h = maker_head()
    (grow, _) = grower_of(who)
    ex = LAST["extra"]
    if after(("fruit_contract",)) and isinstance(ex, tuple) and len(ex) > 2:
        grow = ex[2]  # the grower whose agreement the first delivery follows
    elif after(("weight_ticket",)) and isinstance(ex, tuple) and len(ex) > 4:
        grow = ex[4]  # the same grower's next load
    prev = carried("weight_ticket", grow[0])
    r = keyed(who, "bridge")
    if isinstance(prev, tuple) and len(prev) > 2:
        tno = int(prev[1]) + rng.randint(1, 40)
        d = prev[2] + timedelta(days=rng.randint(0, 4))
        done = list(prev[3])
    else:
        tno = r.randint(1200, 8800)
        d = some_day(rng)
        done = []
    if not in_season(d):
        d = date(d.year, rng.choice([9, 10, 10, 11]), rng.randint(1, 28))
    var = variety(rng, lg)
    bins = rng.randint(2, 14)
    tare = rng.randint(3200, 9800)
    fruit = bins * rng.randint(280, 360) if rng.random() < 0.7 else rng.randint(2500, 11000)
    gross = tare + fruit
    ded = rng.choice([0, 0, 0, 1, 2, 3, 5])
    net = round(fruit * (1 - ded / 100))
    sugar = {
        "en": f"SG {1040 + rng.randint(5, 30)}",
        "de": f"{rng.randint(45, 72)} °Oe",
        "fr": f"densité {1045 + rng.randint(0, 25)}",
    }[lg]
    veh = {
        "en": serial(rng, "AA99 AAA") if rng.random() < 0.5 else tr(lg, "Tractor + trailer"),
        "de": serial(rng, "AA-A 999") if rng.random() < 0.5 else "Schlepper + Anhänger",
        "fr": serial(rng, "AA-999-AA") if rng.random() < 0.5 else "Tracteur + benne",
    }[lg]
    t1 = f"{rng.randint(7, 15):02d}:{rng.randint(0, 59):02d}"
    t2 = f"{int(t1[:2]) + rng.randint(0, 1):02d}:{rng.randint(0, 59):02d}"
    printed = r.random() < 0.65
    if printed:
        s = paper(style_of(h, SLIP, margin=14, pt=8), SLIP)
        p = Page(SLIP)
        w, hh = SLIP
        font, bold = "Courier", "Courier-Bold"
        y = 24.0
        for t in [maker_name(), h.street, h.town]:
            p.text(
                w / 2,
                y,
                fit(
                    t.upper() if t == maker_name() else t,
                    bold if t == maker_name() else font,
                    8,
                    w - 20,
                ),
                bold if t == maker_name() else font,
                8,
                "center",
            )
            y += 10
        y += 6
        p.text(
            w / 2,
            y,
            tr(lg, "WEIGHBRIDGE TICKET", "WIEGESCHEIN", "TICKET DE PESÉE"),
            bold,
            10,
            "center",
        )
        y += 8
        p.text(w / 2, y + 6, "=" * 30, font, 7, "center")
        y += 20
        rows = [
            (tr(lg, "Ticket no", "Wiegenr.", "N° ticket"), str(tno)),
            (tr(lg, "Date", "Datum", "Date"), short(d, lg)),
            (tr(lg, "Supplier", "Lieferant", "Fournisseur"), grow[0]),
            (tr(lg, "Vehicle", "Fahrzeug", "Véhicule"), veh),
            (tr(lg, "Product", "Produkt", "Produit"), var),
            ("", ""),
            (tr(lg, f"1st wt {t1}", f"Brutto {t1}", f"Brut {t1}"), f"{gross} kg"),
            (tr(lg, f"2nd wt {t2}", f"Tara {t2}", f"Tare {t2}"), f"{tare} kg"),
            (tr(lg, "NET", "NETTO", "NET"), f"{fruit} kg"),
            (tr(lg, "Bins", "Kisten", "Palox"), str(bins) if fruit % 7 else "-"),
            (tr(lg, "Deduction", "Abzug", "Réfaction"), f"{ded} %"),
            (tr(lg, "PAYABLE", "ABRECHN.", "À PAYER"), f"{net} kg"),
            (tr(lg, "Sample", "Messung", "Mesure"), sugar),
        ]
        for a, b in rows:
            if not a:
                p.text(w / 2, y, "-" * 30, font, 7, "center")
                y += 12
                continue
            f_ = bold if a in ("NET", "NETTO", "PAYABLE", "ABRECHN.", "À PAYER") else font
            p.text(14, y, a, f_, 7.5)
            p.text(w - 14, y, fit(b, f_, 7.5, w - 90), f_, 7.5, "right")
            y += 11
        y += 14
        if rng.random() < 0.4:
            hand(
                p,
                14,
                y,
                rng.choice(
                    ["some rot", "wet", "muddy", "ok"]
                    if lg == "en"
                    else ["etwas faul", "nass", "ok"]
                    if lg == "de"
                    else ["un peu pourri", "ok", "terreux"]
                ),
                9,
            )
            y += 16
        p.text(14, y + 18, tr(lg, "Driver:", "Fahrer:", "Chauffeur :"), font, 7)
        if rng.random() < 0.8:
            scrawl(p, 54, y + 16, grow[0], 10)
        p.line(50, y + 20, w - 14, y + 20)
        p.text(14, y + 38, tr(lg, "Weighed by:", "Gewogen:", "Peseur :"), font, 7)
        hand(p, 70, y + 38, "".join(t[0] for t in people()["cellar"].split()), 9)
        p.text(
            w / 2,
            hh - 18,
            tr(lg, "Approved weighing instrument", "Geeichte Waage", "Instrument vérifié"),
            font,
            6,
            "center",
        )
        pages = [p]
    else:
        size = A6
        s = paper(style_of(h, size, margin=18, pt=7.5), size)
        p = Page(size)
        w, hh = size
        p.text(18, 22, fit(maker_name(), s.bold, 8.5, w - 80), s.bold, 8.5)
        p.text(w - 18, 22, f"No {tno}", "Helvetica-Bold", 10, "right")
        p.text(
            18,
            34,
            tr(lg, "Fruit intake docket", "Obstannahme - Wiegeschein", "Bon de réception fruits"),
            s.font,
            7.5,
        )
        y = fields(
            p,
            s,
            18,
            42,
            w - 36,
            [
                (tr(lg, "Date", "Datum", "Date"), short(d, lg)),
                (tr(lg, "Grower", "Lieferant", "Producteur"), grow[0]),
                (tr(lg, "Variety", "Sorte", "Variété"), var),
                (tr(lg, "Bins / trailer", "Kisten / lose", "Palox / vrac"), str(bins)),
                (tr(lg, "Gross kg", "Brutto kg", "Brut kg"), str(gross)),
                (tr(lg, "Tare kg", "Tara kg", "Tare kg"), str(tare)),
                (tr(lg, "Net kg", "Netto kg", "Net kg"), str(fruit)),
                (tr(lg, "Deduction %", "Abzug %", "Réfaction %"), str(ded) if ded else "-"),
            ],
            per=2,
            tall=24,
        )
        p.text(18, y + 4, tr(lg, "Sugar:", "Mostgewicht:", "Densité :"), s.font, 7)
        hand(p, 70, y + 4, sugar, 9)
        ticks(
            p,
            s,
            18,
            y + 20,
            w - 36,
            [
                tr(lg, "Sound", "Gesund", "Sain"),
                tr(lg, "Some rot", "Teilw. faul", "Pourri"),
                tr(lg, "Soil", "Erde", "Terre"),
            ],
            {0 if not ded else rng.randint(1, 2)},
            7,
        )
        sign_box(
            p,
            s,
            18,
            hh - 36,
            (w - 50) / 2,
            tr(lg, "Grower", "Lieferant", "Producteur"),
            grow[0],
            True,
        )
        sign_box(
            p,
            s,
            32 + (w - 50) / 2,
            hh - 36,
            (w - 50) / 2,
            tr(lg, "Received", "Angenommen", "Reçu"),
            people()["cellar"],
            True,
        )
        p.text(
            w - 18,
            hh - 10,
            tr(
                lg,
                "white: grower - yellow: office",
                "weiß: Lieferant - gelb: Büro",
                "blanc : producteur - jaune : bureau",
            ),
            s.font,
            5.5,
            "right",
        )
        pages = [p]
    remember(d, (grow[0], tno, d, [*done, (tno, d, var, net)], grow))
    return pages


def tpl_grower_invoice(rng: random.Random, who: Issuer) -> list[Page]:
    """The grower's invoice for fruit delivered to the press house, listing the weighbridge
    tickets: a page from a carbon invoice book filled in by hand, or a typed bill on the farm's
    own letterhead; the flat-rate addition or the farmer's VAT."""
    (grow, lg) = grower_of(who)
    ex = LAST["extra"]
    if after(("weight_ticket",)) and isinstance(ex, tuple) and len(ex) > 4:
        grow = ex[4]  # the grower whose loads the invoice bills
    h = make_head(grow, lg, "grower")
    prev = carried("weight_ticket", grow[0])
    r = keyed(who, "fruitprice")
    if isinstance(prev, tuple) and len(prev) > 3 and prev[3]:
        tickets = list(prev[3])
        d = prev[2] + timedelta(days=rng.randint(1, 12))
    else:
        d = some_day(rng)
        k0 = r.randint(1200, 8800)
        tickets = []
        dd = d - timedelta(days=rng.randint(20, 40))
        for _ in range(rng.randint(2, 7)):
            k0 += rng.randint(3, 60)
            dd += timedelta(days=rng.randint(1, 5))
            tickets.append((k0, dd, variety(rng, lg), rng.randint(1800, 9500)))
    prev_inv = carried("grower_invoice", grow[0])
    ino = int(prev_inv[1]) + 1 if isinstance(prev_inv, tuple) else r.randint(12, 480)
    price = {"en": 165.0, "de": 14.0, "fr": 140.0}[lg] * r.uniform(0.9, 1.3)
    unit = tr(lg, "t", "dt", "t")
    per = 1000 if lg != "de" else 100
    lines = []
    net = 0.0
    for tno, td, var, kg in tickets:
        v = round(kg / per * price, 2)
        net += v
        lines.append([short(td, lg), str(tno), var, num(kg, lg), money(price, lg), money(v, lg)])
    rate, label = {
        "en": (4.0, "Flat Rate Addition 4%") if r.random() < 0.5 else (0.0, ""),
        "de": (7.8, "Durchschnittssatz 7,8 % (§ 24 UStG)"),
        "fr": (5.5, "TVA 5,5 %"),
    }[lg]
    book = r.random() < 0.5
    if book:
        size = A5
        s = style_of(h, size, margin=28, pt=8)
        w, hh = size
        m = 28
        p = Page(size)
        # a duplicate book page: printed frame, the farm's rubber stamp, hand entries
        p.text(m, 34, tr(lg, "INVOICE", "RECHNUNG", "FACTURE"), "Helvetica-Bold", 14)
        p.text(w - m, 34, f"No {ino:04d}", "Helvetica-Bold", 12, "right")
        stamp(p, m, 46, [grow[0], grow[1], grow[2]])
        p.text(w / 2 + 20, 60, tr(lg, "To:", "An:", "Doit :"), "Helvetica", 7)
        y = 60.0
        for t in maker_lines():
            hand(p, w / 2 + 40, y, t, 8.5, w / 2 - 40 - m)
            y += 11
        p.text(w / 2 + 20, y + 6, tr(lg, "Date:", "Datum:", "Date :"), "Helvetica", 7)
        hand(p, w / 2 + 50, y + 6, short(d, lg), 9)
        y = 132.0
        cols = columns(
            m, w - m, [(1.1, "left"), (0.8, "left"), (2.2, "left"), (1, "right"), (1.2, "right")]
        )
        p.rect(m, y - 10, w - 2 * m, 14, fill=0.85)
        for c, t in zip(
            cols,
            [
                tr(lg, "Date", "Datum", "Date"),
                tr(lg, "Ticket", "Schein", "Ticket"),
                tr(lg, "Fruit", "Obst", "Fruits"),
                "kg",
                tr(lg, "Amount", "Betrag", "Montant"),
            ],
            strict=True,
        ):
            p.text(c[0] if c[2] == "left" else c[1], y, t, "Helvetica-Bold", 7, c[2])
        y += 14
        for k in range(12):
            p.line(m, y + 4, w - m, y + 4)
            if k < len(lines):
                ln = lines[k]
                for c, t in zip(cols, [ln[0][:5], ln[1], ln[2], ln[3], ln[5]], strict=True):
                    hand(
                        p,
                        c[0] if c[2] == "left" else c[1] - tw(t, HAND, 8),
                        y,
                        fit(t, HAND, 8, c[1] - c[0] - 2),
                        8,
                    )
            y += 15
        for c in cols[1:]:
            p.line(c[0] - 2, 132 - 10, c[0] - 2, y - 11)
        y += 8
        tax = round(net * rate / 100, 2)
        for t, v in (
            [(f"@ {money(price, lg)}/{unit}", net)]
            + ([(label, tax)] if rate else [])
            + [(tr(lg, "TOTAL", "GESAMT", "TOTAL"), net + tax)]
        ):
            p.text(w / 2, y, fit(t, "Helvetica", 7.5, w / 2 - 90), "Helvetica", 7.5)
            hand(p, w - m - tw(money(v, lg), HAND, 9), y, money(v, lg), 9)
            y += 14
        if rng.random() < 0.6:
            hand(
                p,
                m,
                hh - 40,
                tr(
                    lg,
                    "Bank transfer please - thanks",
                    "Bitte überweisen, danke",
                    "Par virement merci",
                ),
                8.5,
            )
        scrawl(p, w - m - 90, hh - 40, grow[0], 11)
        p.text(
            w / 2,
            hh - 14,
            tr(lg, "DUPLICATE", "DURCHSCHRIFT", "DUPLICATA"),
            "Helvetica",
            6,
            "center",
        )
        pages = [p]
    else:
        s = style_of(h)
        w, hh = s.page_size
        m = s.margin
        f = sheets(s, h, f"{grow[0]} - {tr(lg, 'Invoice', 'Rechnung', 'Facture')} {ino}")
        recipient(
            f,
            s,
            h,
            maker_lines(),
            d,
            [(tr(lg, "Invoice no.", "Rechnung Nr.", "Facture n°"), str(ino))],
        )
        caption(
            f,
            s,
            tr(
                lg,
                f"Invoice - cider fruit {d.year}",
                f"Rechnung Mostobst {d.year}",
                f"Facture fruits à cidre {d.year}",
            ),
            3,
        )
        table(
            f,
            columns(
                m,
                w - m,
                [
                    (1.2, "left"),
                    (0.9, "left"),
                    (2.3, "left"),
                    (1.1, "right"),
                    (1, "right"),
                    (1.2, "right"),
                ],
            ),
            [
                tr(lg, "Date", "Datum", "Date"),
                tr(lg, "Ticket", "Wiegeschein", "Ticket"),
                tr(lg, "Variety", "Sorte", "Variété"),
                "kg",
                f"{tr(lg, 'Price', 'Preis', 'Prix')}/{unit}",
                tr(lg, "Amount", "Betrag", "Montant"),
            ],
            lines,
            s,
            rules=rng.random() < 0.5,
        )
        totals(
            f,
            s,
            lg,
            round(net, 2),
            rate,
            label=label,
            note=tr(lg, "Zero-rated supply." if not rate else "", "", ""),
        )
        write(
            f,
            s,
            tr(
                lg,
                f"Payment within 30 days as agreed. {prose(rng, lg, 'fruit', 1, 1)}",
                f"Zahlbar innerhalb 30 Tagen. {prose(rng, lg, 'fruit', 1, 1)}",
                f"Règlement à 30 jours. {prose(rng, lg, 'fruit', 1, 1)}",
            ),
            s.size - 1,
        )
        pages = close(f.pages, s, h, numbers="none")
    received(rng, pages[0], d, 0.3)
    remember(d, (grow[0], ino))
    return pages


# ---------------------------------------------------------------------------------------------
# Templates NNNNN: grants, suppliers, excise
# ---------------------------------------------------------------------------------------------


def orchard_plan(rng: random.Random, s: Style, title: str, lang: str, trees: int) -> Page:
    """A landscape plan of an orchard: the field outline, rows of tree positions (new ones
    filled), gaps, a north arrow, a scale bar and a key."""
    size = landscape(A4)
    w, hh = size
    p = Page(size)
    m = 40
    p.text(m, m, fit(title, s.bold, 11, w - 2 * m), s.bold, 11)
    x0, y0, x1, y1 = m + 10, m + 30, w - 200, hh - m - 30
    p.rect(x0, y0, x1 - x0, y1 - y0)
    p.line(x0, y0 + 30, x0 + 60, y0)
    rows = rng.randint(5, 9)
    cols = rng.randint(9, 16)
    new = 0
    for i in range(rows):
        for j in range(cols):
            cx = x0 + 30 + j * (x1 - x0 - 60) / (cols - 1)
            cy = y0 + 30 + i * (y1 - y0 - 60) / (rows - 1)
            if cx - x0 < 60 and cy - y0 < 40:
                continue
            if rng.random() < 0.18 and new < trees:
                p.rect(cx - 3, cy - 3, 6, 6, fill=0.1)
                new += 1
            elif rng.random() < 0.08:
                p.text(cx, cy + 3, "x", "Helvetica", 7, "center")
            else:
                ring(p, cx, cy, 3.2, 10)
    kx = w - 180
    p.line(kx + 20, m + 60, kx + 20, m + 30)
    p.line(kx + 20, m + 30, kx + 15, m + 40)
    p.line(kx + 20, m + 30, kx + 25, m + 40)
    p.text(kx + 20, m + 24, "N", "Helvetica-Bold", 10, "center")
    ky = m + 100
    for sym, t in [
        (
            "o",
            tr(
                lang, "existing standard tree", "vorhandener Hochstamm", "arbre haute-tige existant"
            ),
        ),
        (
            "#",
            tr(lang, "new tree (this agreement)", "Neupflanzung (Antrag)", "plantation nouvelle"),
        ),
        ("x", tr(lang, "dead / gap", "abgängig / Lücke", "manquant")),
    ]:
        if sym == "o":
            ring(p, kx + 6, ky - 3, 3.2, 10)
        elif sym == "#":
            p.rect(kx + 3, ky - 6, 6, 6, fill=0.1)
        else:
            p.text(kx + 6, ky, "x", "Helvetica", 7, "center")
        p.text(kx + 16, ky, fit(t, "Helvetica", 7, 150), "Helvetica", 7)
        ky += 14
    p.line(kx, ky + 20, kx + 100, ky + 20)
    for k in range(5):
        p.line(kx + 25 * k, ky + 17, kx + 25 * k, ky + 23)
    p.text(kx, ky + 34, "0      25      50      75     100 m", "Helvetica", 6)
    p.text(kx, ky + 60, fit(parcel_ref(rng, lang), "Helvetica", 7.5, 150), "Helvetica", 7.5)
    p.text(
        kx,
        ky + 72,
        f"{tr(lang, 'Area', 'Fläche', 'Surface')}: {num(rng.uniform(0.6, 3.8), lang, 2)} ha",
        "Helvetica",
        7.5,
    )
    return p


def tpl_grant_letter(rng: random.Random, who: Issuer) -> list[Page]:
    """The grant or agri-environment scheme letter for the orchards: an offer of a capital
    grant for planting and protecting standard trees, a Zuwendungsbescheid zur
    Streuobstförderung or a décision d'aide for haute-tige orchards; the items table, then a
    plan of the orchard on a landscape page, the conditions (with the
    Rechtsbehelfsbelehrung) and the acceptance or claim form."""
    h = head_of(who, "authority")
    lg = h.lang
    s = style_of(h)
    w, _hh = s.page_size
    m = s.margin
    d = some_day(rng)
    ref = {
        "en": serial(rng, "CSCG-999999"),
        "de": f"Az. 33-8872.{rng.randint(10, 99)}/{rng.randint(100, 999)}",
        "fr": f"Dossier n° {serial(rng, 'NORM-99-AA-999999')}",
    }[lg]
    title = tr(
        lg,
        "Countryside Stewardship Capital Grant - Agreement offer",
        "Zuwendungsbescheid - Förderung von Streuobstbeständen",
        "Décision d'attribution d'une aide - plantation de vergers haute-tige",
    )
    f = sheets(s, h, f"{title} - {ref}")
    owner = people()["owner"]
    recipient(
        f,
        s,
        h,
        [mx(owner, lg), *maker_lines()],
        d,
        [
            (tr(lg, "Our ref", "Aktenzeichen", "Réf."), ref),
            (tr(lg, "SBI", "Betriebsnr.", "N° PACAGE"), serial(keyed(who, "sbi"), "999999999")),
        ],
    )
    caption(f, s, title, 2)
    write(
        f,
        s,
        dear(
            lg,
            mx(owner, lg)
            if lg != "en"
            else f"Mr {owner}"
            if owner.split()[0] not in FEMALE
            else f"Mrs {owner}",
        ),
    )
    write(
        f,
        s,
        tr(
            lg,
            "We are pleased to offer you a Capital Grant agreement for the items below. The "
            "agreement "
            f"starts on {day(h, d)} and all items must be completed and claimed within two years. "
            + words(rng, "en", "audit"),
            f"auf Ihren Antrag vom {short(d - timedelta(days=rng.randint(40, 120)), lg)} "
            "bewillige ich "
            f"Ihnen eine Zuwendung als Projektförderung im Wege der Anteilfinanzierung für die "
            f"nachstehend aufgeführten Maßnahmen. " + words(rng, "de", "audit"),
            "Par délibération de la commission permanente du "
            f"{short(d - timedelta(days=rng.randint(20, 60)), lg)}, "
            f"une aide vous est attribuée pour le programme de plantation décrit ci-dessous. "
            + words(rng, "fr", "audit"),
        ),
    )
    items = {
        "en": [
            ("TE4", "Supply and plant tree", 8.5),
            ("TE6", "Stock fencing guard", 26.0),
            ("TE5", "Rabbit guard and stake", 2.5),
            ("OR1", "Restorative pruning of fruit trees", 55.0),
            ("TE10", "Coppicing bankside trees", 12.0),
        ],
        "de": [
            ("1.1", "Pflanzung Hochstamm inkl. Pfahl", 35.0),
            ("1.2", "Verbissschutz / Drahthose", 12.0),
            ("2.1", "Erziehungsschnitt Jungbaum", 15.0),
            ("2.2", "Pflegeschnitt Altbaum", 40.0),
            ("3.1", "Wühlmauskorb", 4.5),
        ],
        "fr": [
            ("P1", "Fourniture et plantation arbre haute-tige", 22.0),
            ("P2", "Protection gibier / corset", 9.5),
            ("P3", "Tuteur et attache", 4.0),
            ("T1", "Taille de formation", 11.0),
            ("T2", "Taille de restauration", 35.0),
        ],
    }[lg]
    rows = []
    total = 0.0
    trees = rng.randint(20, 120)
    for code, desc, rate in rng.sample(items, rng.randint(2, 5)):
        q = (
            trees
            if code in ("TE4", "1.1", "P1", "TE5", "1.2", "P2", "P3", "3.1")
            else rng.randint(10, 60)
        )
        v = round(q * rate, 2)
        total += v
        rows.append([code, desc, str(q), money(rate, lg), money(v, lg)])
    table(
        f,
        columns(
            m, w - m, [(0.7, "left"), (3.4, "left"), (0.7, "right"), (1, "right"), (1.2, "right")]
        ),
        [
            tr(lg, "Code", "Nr.", "Code"),
            tr(lg, "Item", "Maßnahme", "Opération"),
            tr(lg, "Qty", "Menge", "Qté"),
            tr(lg, "Rate", "Satz", "Taux"),
            tr(lg, "Total", "Betrag", "Montant"),
        ],
        rows,
        s,
        rules=True,
    )
    f.y += 4
    f.page.text(
        w - m,
        f.y,
        f"{tr(lg, 'Grant total', 'Zuwendung höchstens', 'Aide maximale')}: {cash(total, lg)}",
        s.bold,
        s.size,
        "right",
    )
    f.y += 20
    write(
        f,
        s,
        tr(
            lg,
            "To accept this offer, sign and return the acceptance form within 30 days. The plan of "
            "the orchard and the conditions attached form part of the agreement.",
            "Die Anlagen (Lageplan, Nebenbestimmungen) sind Bestandteil dieses Bescheides. Der "
            "Verwendungsnachweis ist mit dem beigefügten Vordruck einzureichen.",
            "Le plan de situation et les conditions jointes font partie de la présente décision. "
            "Merci de retourner le formulaire d'acceptation signé sous 30 jours.",
        ),
    )
    regards(
        f,
        s,
        lg,
        staff(h, "officer"),
        tr(lg, "Grants Officer", "Sachbearbeitung", "Le chargé de mission"),
    )
    first = f.pages
    # the plan
    plan = orchard_plan(
        rng,
        s,
        tr(
            lg,
            f"Annex 1 - Orchard plan ({ref})",
            f"Anlage 1 - Lageplan ({ref})",
            f"Annexe 1 - Plan du verger ({ref})",
        ),
        lg,
        trees,
    )
    # the conditions
    g = sheets(s, h, f"{title} - {ref}", top=False)
    caption(
        g,
        s,
        tr(
            lg,
            "Annex 2 - Conditions of the agreement",
            "Anlage 2 - Nebenbestimmungen",
            "Annexe 2 - Engagements du bénéficiaire",
        ),
        2,
        rule=True,
    )
    for k in range(rng.randint(5, 9)):
        write(g, s, f"{k + 1}. {prose(rng, lg, 'audit', 1, 3)}", s.size - 1)
    if lg == "de":
        g.heading(m, "Rechtsbehelfsbelehrung", s.bold, s.size)
        write(
            g,
            s,
            f"Gegen diesen Bescheid kann innerhalb eines Monats nach Bekanntgabe Widerspruch "
            f"erhoben werden. Der Widerspruch ist schriftlich oder zur Niederschrift beim "
            f"{h.name.split(' - ')[0]}, {h.street}, {h.town} einzulegen.",
            s.size - 1,
        )
    # the acceptance form
    fp = Page(s.page_size)
    y = m + 10
    fp.text(
        m,
        y,
        tr(
            lg,
            "ACCEPTANCE OF AGREEMENT OFFER",
            "EINVERSTÄNDNISERKLÄRUNG / RECHTSBEHELFSVERZICHT",
            "FORMULAIRE D'ACCEPTATION DE L'AIDE",
        ),
        s.bold,
        s.size + 2,
    )
    fp.text(w - m, y, ref, s.font, s.size - 1, "right")
    y += 24
    y = fields(
        fp,
        s,
        m,
        y,
        w - 2 * m,
        [
            (tr(lg, "Agreement holder", "Zuwendungsempfänger", "Bénéficiaire"), maker_name()),
            (tr(lg, "Reference", "Aktenzeichen", "Dossier"), ref),
            (tr(lg, "Number of trees", "Anzahl Bäume", "Nombre d'arbres"), str(trees)),
            (
                tr(lg, "Planting season", "Pflanzzeitraum", "Saison de plantation"),
                f"{d.year}/{d.year + 1}",
            ),
        ],
        per=2,
        tall=28,
        hand=rng.random() < 0.8,
    )
    y = ticks(
        fp,
        s,
        m,
        y + 8,
        w - 2 * m,
        [
            tr(
                lg,
                "I accept the offer and its conditions",
                "Ich erkläre mich mit dem Bescheid einverstanden",
                "J'accepte l'aide et ses conditions",
            ),
            tr(
                lg,
                "I have read the scheme guidance",
                "Ich verzichte auf Rechtsbehelfe",
                "J'ai pris connaissance du guide",
            ),
        ],
        {0, 1} if rng.random() < 0.8 else {0},
        8.5,
    )
    y += 30
    sign_box(
        fp,
        s,
        m,
        y + 20,
        200,
        tr(lg, "Signature", "Unterschrift", "Signature"),
        owner,
        rng.random() < 0.85,
    )
    hand(fp, m + 260, y + 20, short(d + timedelta(days=rng.randint(3, 25)), lg), 10)
    fp.line(m + 250, y + 22, w - m, y + 22)
    fp.text(m + 250, y + 31, tr(lg, "Date", "Ort, Datum", "Date"), s.font, 7)
    order = [*first, plan, *g.pages, fp]
    pages = close(
        order,
        s,
        h,
        numbers=tr(lg, "Page {i} of {n}", "Seite {i} von {n}", "{i}/{n}")
        if rng.random() < 0.6
        else "none",
    )
    received(rng, pages[0], d, 0.4)
    remember(d, ("grant", trees))
    return pages


PACK_ITEMS = {
    "glass": [
        ("750ml Champagne-style bottle, antique green", "1,386 / pallet", 385.0),
        ("500ml Long-neck bottle, amber", "2,340 / pallet", 214.0),
        ("330ml Steinie bottle, flint", "3,600 / pallet", 168.0),
        ("1 L Swing-top bottle, flint", "1,020 / pallet", 612.0),
    ],
    "cans": [
        ("330ml sleek can, printed 'Sparkling Dry'", "8,448 / pallet", 128.0),
        ("440ml standard can, plain silver", "6,615 / pallet", 112.0),
        ("CDL 202 ends, silver", "per 1,000", 31.0),
    ],
    "labels": [
        ("Front label 90 x 110 mm, 4-colour, on reel 1000", "per 1,000", 54.0),
        ("Back label 60 x 90 mm, black + gold foil", "per 1,000", 38.0),
        ("Neck collar, embossed", "per 1,000", 47.0),
    ],
    "closures": [
        ("Crown cork 29 mm, gold", "per 1,000", 24.0),
        ("Mushroom cork + wire hood", "per 1,000", 189.0),
        ("Screw cap 28 mm, tamper band", "per 1,000", 36.0),
    ],
    "cartons": [
        ("6 x 750ml shipper, brown kraft, printed 1 colour", "per 1,000", 640.0),
        ("12 x 500ml shipper with dividers", "per 1,000", 720.0),
        ("24 x 330ml can tray + shrink", "per 1,000", 410.0),
    ],
}
PACK_DE = {
    "750ml Champagne-style bottle, antique green": "Sektflasche 0,75 l antikgrün",
    "500ml Long-neck bottle, amber": "Longneck 0,5 l braun",
    "330ml Steinie bottle, flint": "Steinie 0,33 l weiß",
    "1 L Swing-top bottle, flint": "Bügelflasche 1,0 l weiß",
    "330ml sleek can, printed 'Sparkling Dry'": "Dose 0,33 l sleek, bedruckt",
    "440ml standard can, plain silver": "Dose 0,44 l standard, blank",
    "CDL 202 ends, silver": "Deckel CDL 202 silber",
    "Front label 90 x 110 mm, 4-colour, on reel 1000": "Frontetikett 90 x 110 mm 4c, Rolle 1000",
    "Back label 60 x 90 mm, black + gold foil": "Rückenetikett 60 x 90 mm, Goldfolie",
    "Neck collar, embossed": "Halsschleife, geprägt",
    "Crown cork 29 mm, gold": "Kronkorken 29 mm gold",
    "Mushroom cork + wire hood": "Sektkorken + Agraffe",
    "Screw cap 28 mm, tamper band": "Schraubverschluss 28 mm mit Garantieband",
    "6 x 750ml shipper, brown kraft, printed 1 colour": "Versandkarton 6 x 0,75 l, braun, 1c",
    "12 x 500ml shipper with dividers": "Karton 12 x 0,5 l mit Gefach",
    "24 x 330ml can tray + shrink": "Tray 24 x 0,33 l + Schrumpffolie",
}
PACK_FR = {
    "750ml Champagne-style bottle, antique green": "Bouteille champenoise 75 cl feuille morte",
    "500ml Long-neck bottle, amber": "Bouteille long-neck 50 cl ambre",
    "330ml Steinie bottle, flint": "Bouteille steinie 33 cl extra-blanc",
    "1 L Swing-top bottle, flint": "Bouteille limonadière 1 l",
    "330ml sleek can, printed 'Sparkling Dry'": "Canette 33 cl sleek imprimée",
    "440ml standard can, plain silver": "Canette 44 cl standard argent",
    "CDL 202 ends, silver": "Couvercles CDL 202",
    "Front label 90 x 110 mm, 4-colour, on reel 1000": "Étiquette 90 x 110 quadri, rouleau 1000",
    "Back label 60 x 90 mm, black + gold foil": "Contre-étiquette 60 x 90 dorure",
    "Neck collar, embossed": "Collerette gaufrée",
    "Crown cork 29 mm, gold": "Capsule couronne 29 mm or",
    "Mushroom cork + wire hood": "Bouchon champignon + muselet",
    "Screw cap 28 mm, tamper band": "Capsule à vis 28 mm",
    "6 x 750ml shipper, brown kraft, printed 1 colour": "Carton 6 x 75 cl kraft 1 couleur",
    "12 x 500ml shipper with dividers": "Carton 12 x 50 cl croisillons",
    "24 x 330ml can tray + shrink": "Plateau 24 x 33 cl + film",
}


def pack_name(t: str, lang: str) -> str:
    return {"de": PACK_DE, "fr": PACK_FR}.get(lang, {}).get(t, t)


def tpl_packaging_invoice(rng: random.Random, who: Issuer) -> list[Page]:
    """A glass works', can maker's, label printer's, closure or carton supplier's invoice for
    one delivery: the delivery note number, item codes, quantities per thousand, the pallet
    deposit and the packaging levy, totals; now and then the conditions of sale behind."""
    h = head_of(who, "packaging", abroad=0.25)
    lg = h.lang
    r = keyed(who, "pack")
    trade = {
        "Glass": "glass",
        "Glas": "glass",
        "Verrerie": "glass",
        "Can": "cans",
        "Label": "labels",
        "Etiketten": "labels",
        "Étiquettes": "labels",
        "Closures": "closures",
        "Verschluss": "closures",
        "Bouchages": "closures",
        "Karton": "cartons",
        "Carton": "cartons",
    }
    kind = next((v for k_, v in trade.items() if k_ in h.name), r.choice(sorted(PACK_ITEMS)))
    s = style_of(h, LETTER if lg == "en" and r.random() < 0.25 else A4)
    w, hh = s.page_size
    m = s.margin
    prev = carried("packaging_invoice", h.name)
    if isinstance(prev, tuple):
        ino = int(prev[1]) + rng.randint(3, 90)
        d = prev[2] + timedelta(days=rng.randint(4, 20))
    else:
        ino = r.randint(40000, 980000)
        d = some_day(rng)
    cust = serial(r, "K99999")
    dn = serial(rng, "LS 9999999" if lg == "de" else "BL 999999" if lg == "fr" else "DN 999999")
    f = sheets(s, h, f"{h.name} - {tr(lg, 'Invoice', 'Rechnung', 'Facture')} {ino}")
    recipient(
        f,
        s,
        h,
        maker_lines(tr(lg, "Accounts payable", "Buchhaltung", "Comptabilité")),
        d,
        [
            (tr(lg, "Invoice no.", "Rechnungs-Nr.", "Facture n°"), str(ino)),
            (tr(lg, "Customer no.", "Kunden-Nr.", "Code client"), cust),
            (tr(lg, "Delivery note", "Lieferschein", "Bon de livraison"), dn),
            (tr(lg, "Your order", "Ihre Bestellung", "Votre commande"), serial(rng, "99/999")),
        ],
    )
    caption(f, s, tr(lg, "INVOICE", "RECHNUNG", "FACTURE"), 4)
    rows = []
    net = 0.0
    for t, unit, price in rng.sample(PACK_ITEMS[kind], rng.randint(1, len(PACK_ITEMS[kind]))):
        per_pal = int(unit.split()[0].replace(",", "")) if "pallet" in unit else 0
        pallets = rng.randint(1, 6)
        q = per_pal * pallets if per_pal else rng.choice([2, 5, 10, 20, 30]) * 1000
        v = round(q / 1000 * price, 2)
        net += v
        rows.append(
            [serial(r, "999-9999"), pack_name(t, lg), num(q, lg), money(price, lg), money(v, lg)]
        )
    if kind in ("glass", "cans", "cartons"):
        pal = rng.randint(1, 6)
        dep = {"en": 12.5, "de": 15.0, "fr": 14.0}[lg]
        rows.append(
            [
                "PAL",
                tr(
                    lg,
                    "Pallet deposit (returnable)",
                    "Palettenpfand (Europalette)",
                    "Consigne palettes",
                ),
                str(pal),
                "",
                money(pal * dep, lg),
            ]
        )
        net += pal * dep
    if lg == "fr" or rng.random() < 0.3:
        fee = round(net * 0.012, 2)
        rows.append(
            [
                "ECO",
                tr(
                    lg,
                    "Packaging EPR contribution",
                    "Systembeteiligung Verpackung",
                    "Éco-contribution CITEO",
                ),
                "1",
                "",
                money(fee, lg),
            ]
        )
        net += fee
    if rng.random() < 0.5:
        fr_ = round(rng.uniform(45, 180), 2)
        rows.append(
            [
                "FRT",
                tr(lg, "Carriage", "Fracht", "Transport"),
                "1",
                "",
                money(fr_, lg),
            ]
        )
        net += fr_
    table(
        f,
        columns(
            m, w - m, [(1.1, "left"), (4, "left"), (1.1, "right"), (1.2, "right"), (1.3, "right")]
        ),
        [
            tr(lg, "Item", "Art.-Nr.", "Réf."),
            tr(lg, "Description", "Bezeichnung", "Désignation"),
            tr(lg, "Qty", "Menge", "Qté"),
            tr(lg, "Price /1000", "Preis /1000", "Prix /1000"),
            tr(lg, "Amount", "Betrag", "Montant"),
        ],
        rows,
        s,
        rules=rng.random() < 0.5,
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
            "Zero-rated intra-Community supply / reverse charge." if cross else "",
            "Steuerfreie innergemeinschaftliche Lieferung (§ 4 Nr. 1b UStG)." if cross else "",
            "Exonération de TVA, art. 262 ter I du CGI." if cross else "",
        ),
    )
    write(
        f,
        s,
        tr(
            lg,
            f"Terms: 30 days net. {words(rng, 'en', 'office')}",
            f"Zahlbar innerhalb 30 Tagen netto, 10 Tage 2 % Skonto. {words(rng, 'de', 'office')}",
            "Règlement à 45 jours fin de mois. Pénalités de retard : 3 fois le taux légal. "
            "Indemnité forfaitaire de recouvrement : 40 €.",
        ),
        s.size - 1.5,
    )
    pages = list(f.pages)
    if r.random() < 0.35:
        pages.append(
            small_print(
                rng,
                s,
                h,
                tr(
                    lg,
                    "Conditions of Sale",
                    "Allgemeine Verkaufs- und Lieferbedingungen",
                    "Conditions générales de vente",
                ),
                SALE_TERMS[lg],
            )
        )
    pages = close(pages, s, h)
    received(rng, pages[0], d, 0.35)
    if rng.random() < 0.3:
        hand(
            pages[0],
            m + 10,
            hh - m - 40,
            tr(home(), "checked v. DN - ok", "geprüft mit LS - ok", "vérifié BL ok"),
            10,
        )
    remember(d, (h.name, ino, d))
    return pages


DUTY = {
    "en": [
        ("322", "Cider 3.5% to 8.4% ABV (not sparkling)", 9.67),
        ("352", "Cider 3.5% to 8.4% ABV - small producer relief", 6.12),
        ("342", "Cider 3.5% to 8.4% ABV - draught relief", 8.42),
        ("323", "Wine and other fermented products 3.5% to 8.4% ABV (perry)", 24.77),
        ("331", "Sparkling cider 5.5% to 8.4% ABV", 24.77),
    ],
    "de": [
        ("1", "Schaumwein mit 6 % vol Alkohol und mehr", 136.0),
        ("2", "Schaumwein mit weniger als 6 % vol Alkohol", 51.0),
        ("3", "Zwischenerzeugnisse bis 22 % vol", 153.0),
    ],
    "fr": [
        ("4B1", "Cidres, poirés, hydromels", 1.52),
        ("4B2", "Cidres AOP", 1.52),
        ("4D1", "Produits intermédiaires (pommeau)", 204.0),
    ],
}


def duty_period(d: date) -> tuple[date, str]:
    """The month a return covers (the one before ``d``) and its key ("25AK")."""
    first = date(d.year, d.month, 1) - timedelta(days=1)
    first = date(first.year, first.month, 1)
    return first, f"{first.year % 100}A{'ABCDEFGHIJKL'[first.month - 1]}"


def tpl_duty_return(rng: random.Random, who: Issuer) -> list[Page]:
    """The office's own monthly duty return as printed after filing: the Alcohol Duty return
    page of the online service (tax type codes, litres of product and of pure alcohol, small
    producer relief, a browser's print header and footer), the Steueranmeldung für Schaumwein
    with numbered lines and a list of removals, or the DRM printout from CIEL with the stock
    account by product on a landscape page and the duties summary."""
    h = maker_head()
    lg = h.lang
    d = some_day(rng)
    per, key = duty_period(d)
    ex = carried("duty_return", maker_name())
    if isinstance(ex, tuple) and isinstance(ex[1], date):
        per, key = duty_period(ex[1])  # an earlier month's return filed behind it
        d = per + timedelta(days=rng.randint(35, 45))
    mname = f"{MONTHS_EN[per.month - 1]} {per.year}"
    staff_ = people()
    pages: list[Page] = []
    if lg == "en":
        s = Style("Helvetica", "Helvetica-Bold", 9, 46, "none", "bottom", A4, "short")
        w, hh = A4
        m = 46
        ref = serial(keyed(who, "aldp"), "XMADP0009999999")
        stamp_ = f"{short(d, 'en')}, {rng.randint(8, 17):02d}:{rng.randint(0, 59):02d}"

        def start(p: Page, n: int) -> float:
            p.text(16, 14, stamp_, "Helvetica", 6.5)
            p.text(
                w / 2,
                14,
                "Alcohol Duty return - Manage your Alcohol Duty - GOV.UK",
                "Helvetica",
                6.5,
                "center",
            )
            if n == 1:
                p.rect(0, 24, w, 34, fill=0.78)
                p.rect(0, 58, w, 4, fill=0.3)
                p.text(m, 46, "GOV.UK", "Helvetica-Bold", 14)
                p.text(m + 80, 46, "Manage your Alcohol Duty", "Helvetica", 10)
                return 90.0
            return 40.0

        f = Sheets(A4, hh - 50, start)
        f.page.text(m, f.y, f"Alcohol Duty return for {mname}", "Helvetica-Bold", 17)
        f.y += 22
        f.page.text(
            m, f.y, f"Return period {key}  -  Alcohol Duty reference {ref}", "Helvetica", 8.5
        )
        f.y += 14
        f.page.rect(m, f.y, w - 2 * m, 26, fill=0.9)
        f.page.text(
            m + 8, f.y + 16, f"Submitted on {day(h, d)} by {staff_['office']}", "Helvetica", 9
        )
        f.y += 44
        f.page.text(m, f.y, "Alcohol to declare", "Helvetica-Bold", 12)
        f.y += 18
        rows = []
        total = 0.0
        for code, desc, rate in rng.sample(DUTY["en"], rng.randint(2, 4)):
            lit = rng.randint(800, 14000)
            abv = rng.choice([4.5, 5.2, 5.5, 6.0, 6.5, 7.0])
            lpa = round(lit * abv / 100, 2)
            v = round(lpa * rate, 2)
            total += v
            rows.append(
                [code, desc, f"{lit:,}", f"{abv}%", f"{lpa:,.2f}", f"£{rate:.2f}", f"£{v:,.2f}"]
            )
        table(
            f,
            columns(
                m,
                w - m,
                [
                    (0.6, "left"),
                    (3.6, "left"),
                    (1, "right"),
                    (0.6, "right"),
                    (1, "right"),
                    (0.8, "right"),
                    (1.1, "right"),
                ],
            ),
            ["Code", "Description", "Litres", "ABV", "LPA", "Rate", "Duty due"],
            rows,
            s,
            rules=True,
            step=1.9,
        )
        f.y += 10
        for lbl, val in [
            ("Spoilt product", f"£{rng.choice([0, 0, 12.4, 38.1]):.2f}"),
            ("Drawback / overdeclaration", "£0.00"),
            ("Underdeclaration from previous returns", "£0.00"),
        ]:
            f.need(20)
            f.page.text(m, f.y, lbl, "Helvetica", 9)
            f.page.text(w - m, f.y, val, "Helvetica", 9, "right")
            f.page.line(m, f.y + 5, w - m, f.y + 5)
            f.y += 17
        f.y += 8
        f.page.text(m, f.y, "Total duty value", "Helvetica-Bold", 11)
        f.page.text(w - m, f.y, f"£{total:,.2f}", "Helvetica-Bold", 11, "right")
        f.y += 28
        f.heading(m, "Small producer relief", "Helvetica-Bold", 11)
        write(
            f,
            s,
            f"Your small producer relief was calculated using your production in the "
            f"previous 12 months ({rng.randint(40, 900)} hectolitres of product). "
            f"The relief figures are shown in the table above.",
        )
        f.heading(m, "Declaration", "Helvetica-Bold", 11)
        write(
            f,
            s,
            "I declare that the information I have given on this return is correct and "
            "complete to the best of my knowledge and belief.",
        )
        write(
            f,
            s,
            f"Payment is due by {day(h, d + timedelta(days=rng.randint(5, 12)))}. "
            f"Use the reference {ref} when you pay.",
        )
        pages = f.pages
        for k, p in enumerate(pages, 1):
            p.text(
                16,
                hh - 14,
                f"https://www.tax.service.gov.uk/manage-alcohol-duty/return/{key}/check",
                "Helvetica",
                6.5,
            )
            p.text(w - 16, hh - 14, f"{k}/{len(pages)}", "Helvetica", 6.5, "right")
    elif lg == "de":
        s = paper(style_of(h), A4, margin=44, pt=8.5)
        w, hh = A4
        m = 44
        p = Page(A4)
        p.text(m, 40, "Steueranmeldung für Schaumwein", "Helvetica-Bold", 13)
        p.text(m, 54, "für Steuerlagerinhaber (§ 15 SchaumwZwStG)", "Helvetica", 8)
        p.text(w - m, 40, "Eingangsstempel Zollamt", "Helvetica", 6.5, "right")
        p.rect(w - m - 130, 46, 130, 48)
        y = fields(
            p,
            s,
            m,
            104,
            w - 2 * m,
            [
                ("1 Anmelder (Name, Anschrift)", f"{maker_name()}, {h.street}, {h.town}"),
                ("2 Verbrauchsteuernummer", serial(keyed(who, "vst"), "DE 99999 99999 9")),
                ("3 Anmeldezeitraum (Monat/Jahr)", f"{per.month:02d}/{per.year}"),
                (
                    "4 Hauptzollamt",
                    SENDERS["customs"]["de"][CUSTOMS_OF["de"][int(str(OFFICE["row"]))]][0],
                ),
            ],
            per=2,
            tall=30,
            hand=False,
        )
        p.text(m, y, "Berechnung der Steuer", "Helvetica-Bold", 9)
        y += 12
        cols = columns(
            m, w - m, [(0.5, "left"), (3.4, "left"), (1, "right"), (1, "right"), (1.2, "right")]
        )
        p.rect(m, y - 9, w - 2 * m, 13, fill=0.85)
        for c, t in zip(
            cols, ["Zeile", "Erzeugnis", "Menge hl", "Steuersatz", "Steuer EUR"], strict=True
        ):
            p.text(c[0] if c[2] == "left" else c[1], y, t, "Helvetica-Bold", 7.5, c[2])
        y += 16
        removals = []
        for _ in range(rng.randint(6, 22)):
            removals.append(
                (
                    per + timedelta(days=rng.randint(0, 27)),
                    serial(rng, "LS-99999"),
                    rng.choice(SENDERS["customer"]["de"])[0],
                    rng.choice(
                        ["Birnenschaumwein brut", "Apfelschaumwein", "Apfel-Cidre Schaumwein"]
                    ),
                    rng.randint(6, 240) * 0.0075,
                )
            )
        removals.sort()
        strong = sum(r_[4] for r_ in removals if r_[3] == "Birnenschaumwein brut")
        per_line = [strong, sum(r_[4] for r_ in removals) - strong, 0.0]
        total = 0.0
        for k, (_code, desc, rate) in enumerate(DUTY["de"]):
            hl = round(per_line[k], 2)
            v = round(hl * rate, 2)
            total += v
            for c, t in zip(
                cols,
                [
                    f"1{k + 1}",
                    desc,
                    num(hl, "de", 2) if hl else "",
                    money(rate, "de"),
                    money(v, "de") if hl else "",
                ],
                strict=True,
            ):
                font = (
                    HAND
                    if c is not cols[1] and c is not cols[3] and c is not cols[0]
                    else "Helvetica"
                )
                p.text(
                    c[0] if c[2] == "left" else c[1], y, fit(t, font, 8, c[1] - c[0]), font, 8, c[2]
                )
            p.line(m, y + 5, w - m, y + 5)
            y += 17
        p.text(cols[1][0], y, "Zeile 19: Summe (zu entrichtende Steuer)", "Helvetica-Bold", 8)
        p.text(cols[4][1], y, money(total, "de"), HAND, 9, "right")
        y += 30
        p.text(
            m,
            y,
            "Ich versichere, die Angaben in dieser Steueranmeldung wahrheitsgemäß nach bestem "
            "Wissen "
            "und Gewissen gemacht zu haben.",
            "Helvetica",
            7.5,
        )
        y += 40
        hand(p, m, y, f"{h.town.split(' ', 1)[1]}, {short(d, 'de')}", 10)
        p.line(m, y + 3, m + 200, y + 3)
        p.text(m, y + 12, "Ort, Datum", "Helvetica", 6.5)
        scrawl(p, m + 260, y, staff_["owner"])
        p.line(m + 250, y + 3, w - m, y + 3)
        p.text(m + 250, y + 12, "Unterschrift", "Helvetica", 6.5)
        p.text(
            m,
            hh - 30,
            "2305/1 Steueranmeldung Schaumwein - Ausfertigung für das Hauptzollamt",
            "Helvetica",
            6,
        )
        pages = [p]
        if rng.random() < 0.6:
            f = Sheets(A4, hh - 50, lambda p_, n: 60.0)
            caption(
                f,
                s,
                f"Anlage zur Steueranmeldung {per.month:02d}/{per.year}: Entnahmen aus dem "
                "Steuerlager",
                1,
            )
            rows = [
                [short(dd, "de"), ls, cu, pr, num(hl_, "de", 3)] for dd, ls, cu, pr, hl_ in removals
            ]
            table(
                f,
                columns(
                    m, w - m, [(1, "left"), (1, "left"), (2.4, "left"), (2, "left"), (0.8, "right")]
                ),
                ["Datum", "Lieferschein", "Empfänger", "Erzeugnis", "hl"],
                rows,
                s,
                rules=True,
            )
            pages += f.pages
            number_pages(pages, s, "Seite {i} von {n}", "br", bottom=22)
    else:
        s = paper(style_of(h), landscape(A4), margin=36, pt=8)
        w, hh = landscape(A4)
        m = 36
        acc = serial(keyed(who, "acc"), "FR099999E9999")
        mon = MONTH_FR[per.month - 1]

        def start(p: Page, n: int) -> float:
            p.text(m, 26, "DOUANE ET DROITS INDIRECTS - CIEL", "Helvetica-Bold", 9)
            p.text(w - m, 26, f"DRM {mon} {per.year} - {acc}", "Helvetica", 8, "right")
            p.line(m, 32, w - m, 32)
            return 52.0

        f = Sheets(landscape(A4), hh - 40, start)
        caption(f, s, f"Déclaration récapitulative mensuelle - période : {mon} {per.year}", 3)
        write(
            f,
            s,
            f"Entrepositaire agréé : {maker_name()}, {h.street}, {h.town} - N° d'accise {acc} - "
            f"Déposée le {short(d, 'fr')} à {rng.randint(8, 18)}h{rng.randint(10, 59)}",
        )
        prods = [
            "Cidres AOP Pays d'Auge",
            "Cidres",
            "Poirés AOP Domfront",
            "Pommeau de Normandie",
            "Jus de pomme (hors droits)",
        ]
        rows = []
        taxed: dict[str, float] = {}
        for pr in prods[: rng.randint(3, 5)]:
            st = round(rng.uniform(20, 900), 2)
            ent = round(rng.uniform(0, 120), 2)
            sort_t = round(rng.uniform(2, min(st, 60)), 2)
            sort_x = round(rng.uniform(0, 8), 2) if rng.random() < 0.3 else 0.0
            fin = round(st + ent - sort_t - sort_x, 2)
            taxed[pr] = sort_t
            rows.append(
                [
                    pr,
                    num(st, "fr", 2),
                    num(ent, "fr", 2),
                    num(sort_t, "fr", 2),
                    num(sort_x, "fr", 2),
                    "0,00",
                    num(fin, "fr", 2),
                ]
            )
        table(
            f,
            columns(
                m,
                w - m,
                [
                    (3, "left"),
                    (1.2, "right"),
                    (1.2, "right"),
                    (1.4, "right"),
                    (1.3, "right"),
                    (1.2, "right"),
                    (1.2, "right"),
                ],
            ),
            [
                "Produit (hl vol)",
                "Stock début",
                "Entrées",
                "Sorties taxables",
                "Export / UE",
                "Autres",
                "Stock fin",
            ],
            rows,
            s,
            rules=True,
            step=1.9,
        )
        f.y += 10
        caption(f, s, "Récapitulatif des droits", 1)
        drows = []
        total = 0.0
        by_code: dict[str, float] = {}
        for pr, hl in taxed.items():
            if pr.startswith("Jus"):
                continue
            code = (
                "4D1"
                if pr.startswith("Pommeau")
                else "4B2"
                if pr.startswith("Cidres AOP")
                else "4B1"
            )
            by_code[code] = by_code.get(code, 0.0) + hl
        for code, desc, rate in DUTY["fr"]:
            if code in by_code:
                v = round(by_code[code] * rate, 2)
                total += v
                drows.append(
                    [code, desc, num(by_code[code], "fr", 2), money(rate, "fr"), money(v, "fr")]
                )
        drows.append(["", "Total des droits à payer", "", "", money(total, "fr")])
        table(
            f,
            columns(
                m, w * 0.7, [(0.6, "left"), (3, "left"), (1, "right"), (1, "right"), (1, "right")]
            ),
            ["Code", "Libellé", "Volume hl", "Taux €/hl", "Montant €"],
            drows,
            s,
            rules=True,
        )
        write(
            f,
            s,
            f"Paiement par prélèvement le {short(d + timedelta(days=rng.randint(3, 15)), 'fr')}. "
            "Déclaration valant engagement du déclarant.",
            7.5,
        )
        pages = f.pages
        number_pages(pages, s, "Page {i}/{n}", "br", bottom=20)
    remember(d, (maker_name(), per, key))
    return pages


MONTH_FR = MONTH_NAMES["fr"]


#: The excise office of each maker (by its row in ``MAKERS``).
CUSTOMS_OF = {"en": [0, 0, 0], "de": [2, 0, 1], "fr": [0, 1, 0]}


def customs_head(who: Issuer) -> Head:
    """The excise office the cider maker deals with: fixed by the office, or in England one of
    HMRC's two units."""
    rows = SENDERS["customs"][home()]
    k = CUSTOMS_OF[home()][int(str(OFFICE["row"]))]
    if home() == "en":
        k = keyed(who, "hmrc").randrange(len(rows))
    return make_head(rows[k], home(), "customs")


def tpl_customs_letter(rng: random.Random, who: Issuer) -> list[Page]:
    """The excise authority's letter: HMRC's notice of a corrected return or of an excise
    visit, the Hauptzollamt's Steuerbescheid or Prüfungsanordnung with the
    Rechtsbehelfsbelehrung, the douane's avis de contrôle or notification; the calculation or
    the list of records to have ready on an annex page."""
    h = customs_head(who)
    lg = h.lang
    s = style_of(h)
    w, _hh = s.page_size
    m = s.margin
    ex = LAST["extra"]
    if after(("duty_return",)) and isinstance(ex, tuple) and isinstance(ex[1], date):
        per, key = ex[1], str(ex[2])
        d = last_day(rng, ("duty_return",), (12, 40))
    else:
        d = some_day(rng)
        per, key = duty_period(d - timedelta(days=rng.randint(20, 50)))
    visit = rng.random() < 0.4
    ref = {
        "en": serial(rng, "XMADP0009999999"),
        "de": f"V 1130 B - {rng.randint(100, 999)}/{per.year}",
        "fr": f"{rng.randint(100, 999)}/{per.year}/PAE",
    }[lg]
    f = sheets(s, h, f"{h.name} - {ref}")
    people()["owner"]
    recipient(
        f,
        s,
        h,
        maker_lines(),
        d,
        [
            (tr(lg, "Reference", "Geschäftszeichen", "Référence"), ref),
            (tr(lg, "Officer", "Bearbeiter/in", "Dossier suivi par"), staff(h, "officer")),
        ],
    )
    per_txt = {
        "en": f"{key} ({MONTHS_EN[per.month - 1]} {per.year})",
        "de": f"{per.month:02d}/{per.year}",
        "fr": f"{MONTH_FR[per.month - 1]} {per.year}",
    }[lg]
    if visit:
        title = tr(
            lg,
            "Excise visit - confirmation of appointment",
            "Prüfungsanordnung - Steueraufsicht",
            "Avis de contrôle - contributions indirectes",
        )
    else:
        title = tr(
            lg,
            f"Alcohol Duty - we have corrected your return for {per_txt}",
            f"Steuerbescheid über Schaumweinsteuer für {per_txt}",
            f"Notification de régularisation - DRM {per_txt}",
        )
    caption(f, s, title, 1.5)
    write(f, s, dear(lg, None))
    if visit:
        vd = d + timedelta(days=rng.randint(10, 30))
        write(
            f,
            s,
            tr(
                lg,
                f"I will visit your premises on {day(h, vd)} at {rng.randint(9, 14)}:00 to review "
                "your "
                "Alcohol Duty records, production and stock. Please make sure the records listed "
                "on "
                f"the attached sheet are available. " + words(rng, "en", "audit"),
                f"gemäß § 193 AO ordne ich bei Ihnen eine Außenprüfung an. Die Prüfung beginnt am "
                f"{day(h, vd)} um {rng.randint(8, 10)}:00 Uhr in Ihren Geschäftsräumen. Bitte "
                "halten "
                f"Sie die in der Anlage genannten Unterlagen bereit. " + words(rng, "de", "audit"),
                f"Un contrôle de votre entrepôt sera effectué le {day(h, vd)} à partir de "
                f"{rng.randint(9, 14)}h. Nous vous remercions de tenir à disposition les documents "
                f"listés en annexe. " + words(rng, "fr", "audit"),
            ),
        )
    else:
        correction = []
        diff = 0.0
        for code, desc, rate in DUTY[lg][: rng.randint(1, 2)]:
            a = round(rng.uniform(20, 600) if lg == "en" else rng.uniform(2, 60), 2)
            b = round(a + (rng.uniform(1, 60) if lg == "en" else rng.uniform(0.1, 3.5)), 2)
            v = round((b - a) * rate, 2)
            diff += v
            correction.append(
                [code, desc, num(a, lg, 2), num(b, lg, 2), money(rate, lg), money(v, lg)]
            )
        write(
            f,
            s,
            tr(
                lg,
                f"We have checked your return for {per_txt} and found an error in the litres of "
                "pure "
                f"alcohol declared. The duty due has been increased by {cash(diff, lg)}. The "
                "calculation "
                f"is shown on the attached sheet. " + words(rng, "en", "office"),
                f"die Steuer für den Anmeldezeitraum {per_txt} wird abweichend von Ihrer "
                "Steueranmeldung "
                f"auf den in der Anlage berechneten Betrag festgesetzt. Der Unterschiedsbetrag von "
                f"{cash(diff, lg)} ist bis zum {short(d + timedelta(days=14), lg)} zu entrichten.",
                f"Après examen de votre déclaration récapitulative mensuelle de {per_txt}, un "
                "complément "
                f"de droits de {cash(diff, lg)} est dû. Le détail du calcul figure en annexe. "
                + words(rng, "fr", "office"),
            ),
        )
    write(f, s, prose(rng, lg, "audit", 1, 2))
    if lg == "de" and not visit:
        f.heading(m, "Rechtsbehelfsbelehrung", s.bold, s.size)
        write(
            f,
            s,
            f"Gegen diesen Bescheid ist der Einspruch gegeben. Der Einspruch ist beim "
            f"{h.name}, {h.street}, {h.town} schriftlich einzureichen, elektronisch zu "
            f"übermitteln oder zur Niederschrift zu erklären. Die Frist für die Einlegung "
            f"des Einspruchs beträgt einen Monat. Sie beginnt mit Ablauf des Tages, an dem "
            f"Ihnen dieser Bescheid bekannt gegeben worden ist.",
            s.size - 1,
        )
    regards(f, s, lg, staff(h, "officer"), tr(lg, "Excise Officer", "Im Auftrag", "L'inspecteur"))
    pages = f.pages
    # the annex
    g = more(s, h, f"{h.name} - {ref}")
    caption(g, s, tr(lg, "Annex", "Anlage", "Annexe"), 2, rule=True)
    if visit:
        items = {
            "en": [
                "Production records",
                "Stock records and stocktake",
                "Duty calculations",
                "Sales invoices",
                "Records of spoilt product",
                "Small producer relief calculation",
                "Labels and ABV tests",
            ],
            "de": [
                "Belegheft / Steuerlagerbuch",
                "Bestandsaufnahme",
                "Lieferscheine und Rechnungen",
                "Herstellungsbuch",
                "Vernichtungsprotokolle",
                "Analysenbefunde",
            ],
            "fr": [
                "Registre de cave",
                "Inventaire",
                "Documents d'accompagnement (DAE, DSA)",
                "Factures de vente",
                "Registre de production",
                "Bulletins d'analyse",
            ],
        }[lg]
        for k, t in enumerate(items, 1):
            g.need(16)
            box(g.page, m, g.y, False, 8)
            g.page.text(m + 14, g.y, f"{k}. {t}", s.font, s.size)
            g.y += s.size * 1.9
    else:
        rows = correction
        table(
            g,
            columns(
                m,
                w - m,
                [
                    (0.6, "left"),
                    (3, "left"),
                    (1, "right"),
                    (1, "right"),
                    (0.8, "right"),
                    (1, "right"),
                ],
            ),
            [
                tr(lg, "Code", "Zeile", "Code"),
                tr(lg, "Description", "Erzeugnis", "Libellé"),
                tr(lg, "Declared", "Angemeldet", "Déclaré"),
                tr(lg, "Corrected", "Festgesetzt", "Retenu"),
                tr(lg, "Rate", "Satz", "Taux"),
                tr(lg, "Difference", "Differenz", "Écart"),
            ],
            rows,
            s,
            rules=True,
        )
    pages = close(
        [*pages, *g.pages],
        s,
        h,
        numbers=h.numbers if h.numbers != "none" else tr(lg, "2:Page {i}", "2:- {i} -", "{i}/{n}"),
    )
    received(rng, pages[0], d, 0.45)
    remember(d)
    return pages


MONTHS_EN = MONTH_NAMES["en"]

# ---------------------------------------------------------------------------------------------
# Templates NNNNN: laboratory, orders and deliveries, the shop's card terminal
# ---------------------------------------------------------------------------------------------


def tpl_lab_certificate(rng: random.Random, who: Issuer) -> list[Page]:
    """A laboratory's certificate of analysis of a tank of cider or perry before bottling: the
    sample box, the chemistry results with methods and units (alcohol, gravity, sugar, acidity,
    volatile acidity, sulphites, patulin), the accreditation mark and the signature, 'Page 1 of
    2'; the microbiology results on the second page."""
    h = head_of(who, "lab", abroad=0.15)
    lg = h.lang
    s = style_of(h)
    w, hh = s.page_size
    m = s.margin
    prev = carried("lab_certificate", h.name)
    r = keyed(who, "lab")
    if isinstance(prev, tuple):
        rep = int(prev[1]) + rng.randint(1, 6)
        d = prev[2] + timedelta(days=rng.randint(0, 3))
    else:
        rep = r.randint(10000, 89999)
        d = some_day(rng)
    tank = rng.choice(["T1", "T2", "T4", "T7", "IBC 3", "Tank 12", "VAT 5"])
    prod = rng.choice([p_[1] for p_ in PRODUCTS[home()]])
    ra = keyed(who, "accred")
    accred = {
        "en": f"UKAS TESTING {ra.randint(1000, 9999)}",
        "de": f"DAkkS D-PL-{ra.randint(10000, 19999)}-01-00",
        "fr": f"COFRAC ESSAIS N° 1-{ra.randint(1000, 6999)}",
    }[lg]
    no = f"{d.year % 100}-{rep}"
    micro = rng.random() < 0.65
    f = sheets(
        s, h, f"{tr(lg, 'Certificate of Analysis', 'Prüfbericht', 'Bulletin d analyse')} {no}"
    )
    f.page.rect(w - m - 96, f.y - 34, 96, 26)
    f.page.text(w - m - 48, f.y - 23, accred.split(" ", 1)[0], "Helvetica-Bold", 8, "center")
    f.page.text(
        w - m - 48,
        f.y - 13,
        fit(accred.split(" ", 1)[1], "Helvetica", 6.5, 90),
        "Helvetica",
        6.5,
        "center",
    )
    caption(f, s, tr(lg, "CERTIFICATE OF ANALYSIS", "PRÜFBERICHT", "BULLETIN D'ANALYSE"), 4)
    f.page.text(
        w - m, f.y - 20, f"{tr(lg, 'Report no.', 'Nr.', 'N°')} {no}", s.bold, s.size, "right"
    )
    y = fields(
        f.page,
        s,
        m,
        f.y,
        w - 2 * m,
        [
            (tr(lg, "Client", "Auftraggeber", "Client"), maker_name()),
            (tr(lg, "Sample", "Probe", "Échantillon"), f"{prod} - {tank}"),
            (
                tr(lg, "Client ref / batch", "Ihre Ref. / Charge", "Réf. client / lot"),
                serial(rng, "L99-999"),
            ),
            (
                tr(lg, "Received", "Probeneingang", "Reçu le"),
                short(d - timedelta(days=rng.randint(2, 6)), lg),
            ),
            (
                tr(lg, "Analysed", "Prüfzeitraum", "Analysé le"),
                short(d - timedelta(days=rng.randint(0, 2)), lg),
            ),
            (
                tr(lg, "Sampled by", "Probenahme", "Prélevé par"),
                tr(lg, "Client", "Auftraggeber", "Client"),
            ),
        ],
        per=3,
        tall=26,
        hand=False,
    )
    f.y = y
    abv = rng.uniform(4.2, 8.0)
    results = [
        (
            tr(lg, "Alcohol (ABV)", "Vorhandener Alkohol", "Titre alcoométrique"),
            "OIV-MA-AS312-01",
            num(abv, lg, 2),
            "% vol",
        ),
        (
            tr(lg, "Specific gravity 20/20", "Relative Dichte 20/20", "Masse volumique"),
            "OIV-MA-AS2-01",
            f"{rng.uniform(0.996, 1.012):.4f}".replace(".", "," if lg != "en" else "."),
            "",
        ),
        (
            tr(
                lg, "Residual sugar (glucose + fructose)", "Glucose + Fructose", "Sucres réducteurs"
            ),
            "Enzymatic",
            num(rng.uniform(0.5, 45), lg, 1),
            "g/l",
        ),
        (
            tr(
                lg,
                "Total acidity (as malic)",
                "Gesamtsäure (als Äpfelsäure)",
                "Acidité totale (mal.)",
            ),
            "OIV-MA-AS313-01",
            num(rng.uniform(3, 7), lg, 1),
            "g/l",
        ),
        (
            tr(
                lg,
                "Volatile acidity (as acetic)",
                "Flüchtige Säure (als Essigsäure)",
                "Acidité volatile",
            ),
            "OIV-MA-AS313-02",
            num(rng.uniform(0.2, 1.1), lg, 2),
            "g/l",
        ),
        (tr(lg, "Free SO2", "Freie SO2", "SO2 libre"), "Ripper", str(rng.randint(4, 40)), "mg/l"),
        (
            tr(lg, "Total SO2", "Gesamte SO2", "SO2 total"),
            "Ripper",
            str(rng.randint(30, 160)),
            "mg/l",
        ),
        ("pH", "Potentiometric", num(rng.uniform(3.2, 4.0), lg, 2), ""),
        (
            tr(lg, "Patulin", "Patulin", "Patuline"),
            "HPLC-UV",
            "< 10" if rng.random() < 0.7 else str(rng.randint(10, 45)),
            "µg/l",
        ),
        (tr(lg, "Iron", "Eisen", "Fer"), "AAS", num(rng.uniform(0.5, 6), lg, 1), "mg/l"),
    ]
    if rng.random() < 0.4:
        results.append(
            (
                tr(lg, "Carbon dioxide", "Kohlendioxid", "Dioxyde de carbone"),
                "OIV-MA-AS314-01",
                num(rng.uniform(2, 8), lg, 1),
                "g/l",
            )
        )
    rows = [[a, b, c, u] for a, b, c, u in results]
    table(
        f,
        columns(m, w - m, [(3.2, "left"), (2, "left"), (1, "right"), (0.8, "left")]),
        [
            tr(lg, "Parameter", "Parameter", "Paramètre"),
            tr(lg, "Method", "Methode", "Méthode"),
            tr(lg, "Result", "Ergebnis", "Résultat"),
            tr(lg, "Unit", "Einheit", "Unité"),
        ],
        rows,
        s,
        rules=True,
    )
    f.y += 6
    write(
        f,
        s,
        tr(
            lg,
            "Patulin limit for cider (Reg. (EU) 2023/915): 50 µg/kg. " + words(rng, "en", "audit"),
            "Höchstgehalt Patulin (VO (EU) 2023/915): 50 µg/kg. " + words(rng, "de", "audit"),
            "Teneur maximale en patuline (règl. (UE) 2023/915) : 50 µg/kg. "
            + words(rng, "fr", "audit"),
        ),
        s.size - 1.5,
    )
    f.y += 14
    f.need(60)
    sign_box(
        f.page,
        s,
        m,
        f.y + 14,
        180,
        tr(lg, "Authorised signatory", "Prüfleiter/in", "Le responsable technique"),
        staff(h, "sig"),
        True,
    )
    f.page.text(w - m, f.y + 14, day(h, d), s.font, s.size - 1, "right")
    f.y += 40
    write(
        f,
        s,
        tr(
            lg,
            "Results relate only to the sample as received. This report shall not be "
            "reproduced except in full without the approval of the laboratory.",
            "Die Ergebnisse beziehen sich ausschließlich auf die untersuchte Probe. Auszugsweise "
            "Vervielfältigung nur mit Genehmigung des Labors.",
            "Les résultats ne concernent que l'échantillon soumis. La reproduction partielle est "
            "interdite sans accord du laboratoire.",
        ),
        7,
    )
    if micro:
        f.new_page()
        caption(f, s, tr(lg, "Microbiology", "Mikrobiologie", "Microbiologie"), 2, rule=True)
        mrows = []
        for t in [
            tr(lg, "Total yeasts", "Hefen gesamt", "Levures totales"),
            tr(lg, "Moulds", "Schimmelpilze", "Moisissures"),
            tr(lg, "Lactic acid bacteria", "Milchsäurebakterien", "Bactéries lactiques"),
            tr(lg, "Acetic acid bacteria", "Essigsäurebakterien", "Bactéries acétiques"),
            "Brettanomyces",
            "E. coli",
        ]:
            v = rng.choice(["< 1", "< 10", str(rng.randint(10, 900)), "n.d."])
            mrows.append(
                [
                    t,
                    tr(lg, "Membrane filtration", "Membranfiltration", "Filtration"),
                    v,
                    "cfu/100 ml",
                ]
            )
        table(
            f,
            columns(m, w - m, [(3, "left"), (2, "left"), (1, "right"), (1.1, "left")]),
            [
                tr(lg, "Organism", "Keim", "Germe"),
                tr(lg, "Method", "Methode", "Méthode"),
                tr(lg, "Result", "Ergebnis", "Résultat"),
                tr(lg, "Unit", "Einheit", "Unité"),
            ],
            mrows,
            s,
            rules=True,
        )
        f.y += 10
        write(f, s, tr(lg, "Comment: ", "Bemerkung: ", "Commentaire : ") + words(rng, lg, "audit"))
        f.y += 10
        write(
            f,
            s,
            tr(lg, "- End of report -", "- Ende des Prüfberichts -", "- Fin du rapport -"),
            s.size - 1,
        )
    pages = close(
        f.pages, s, h, numbers=tr(lg, "Page {i} of {n}", "Seite {i} von {n}", "Page {i}/{n}")
    )
    received(rng, pages[0], d, 0.2)
    if rng.random() < 0.3:
        hand(
            pages[0],
            m,
            hh - m - 30,
            tr(home(), f"{tank} ok to bottle", f"{tank} Freigabe Füllung", f"{tank} ok tirage"),
            10,
        )
    remember(d, (h.name, rep, d))
    return pages


def customer_of(who: Issuer) -> tuple[Row, str]:
    """The customer ``who`` stands for: a pub or shop of the office's country, now and then an
    importer abroad."""
    r = keyed(who, "customer")
    lg = home()
    if r.random() < 0.15:
        lg = r.choice([x for x in ("en", "de", "fr") if x != lg])
    return r.choice(SENDERS["customer"][lg]), lg


TLD = {"en": "co.uk", "de": "de", "fr": "fr"}


def tpl_wholesale_order(rng: random.Random, who: Issuer) -> list[Page]:
    """A pub's, shop's or importer's order: a purchase order from the buyer's system, a sheet
    from an order pad filled in by hand with the pub's stamp, or a printed e-mail; the office's
    products and quantities, the delivery day."""
    (row, lg) = customer_of(who)
    h = make_head(row, lg, "customer")
    r = keyed(who, "orderform")
    form = r.choice(["po", "pad", "mail"])
    d = some_day(rng)
    prods = PRODUCTS[home()]
    picks = rng.sample(prods, rng.randint(1, 5))
    lines = [(code, name, rng.choice([1, 2, 2, 3, 4, 6, 10, 12])) for code, name, _ in picks]
    prev = carried("wholesale_order", row[0])
    ono = int(prev[1]) + rng.randint(1, 30) if isinstance(prev, tuple) else r.randint(1000, 98000)
    want = d + timedelta(days=rng.randint(2, 10))
    if form == "po":
        s = style_of(h, LETTER if lg == "en" and r.random() < 0.3 else A4)
        w, hh = s.page_size
        m = s.margin
        f = sheets(s, h)
        recipient(
            f,
            s,
            h,
            maker_lines(),
            d,
            [
                (tr(lg, "PO number", "Bestell-Nr.", "Bon de commande n°"), f"{ono}"),
                (tr(lg, "Delivery date", "Liefertermin", "Livraison le"), short(want, lg)),
            ],
        )
        caption(f, s, tr(lg, "PURCHASE ORDER", "BESTELLUNG", "BON DE COMMANDE"), 4)
        table(
            f,
            columns(m, w - m, [(1, "left"), (4.5, "left"), (0.8, "right")]),
            [
                tr(lg, "Code", "Art.-Nr.", "Réf."),
                tr(lg, "Product", "Artikel", "Produit"),
                tr(lg, "Qty", "Menge", "Qté"),
            ],
            [[c, n, str(q)] for c, n, q in lines],
            s,
            rules=True,
        )
        f.y += 8
        write(
            f,
            s,
            tr(
                lg,
                "Please quote our PO number on your delivery note and invoice. Deliveries "
                "Mon-Fri 8:00-14:00, goods entrance at rear.",
                "Bitte Bestellnummer auf Lieferschein und Rechnung angeben. Anlieferung Mo-Fr "
                "7-13 Uhr.",
                "Merci de rappeler notre numéro de commande sur le BL et la facture.",
            ),
            s.size - 1,
        )
        sign_box(
            f.page,
            s,
            m,
            f.y + 30,
            180,
            tr(lg, "Authorised by", "Freigabe", "Visa acheteur"),
            staff(h, "buyer"),
            rng.random() < 0.6,
        )
        pages = close(f.pages, s, h, numbers="none")
    elif form == "pad":
        size = rng.choice([A5, A6])
        s = style_of(h, size, margin=22, pt=8)
        w, hh = size
        m = 22
        p = Page(size)
        p.text(m, 30, tr(lg, "ORDER", "BESTELLUNG", "COMMANDE"), "Helvetica-Bold", 13)
        p.text(w - m, 30, f"No {ono % 1000:03d}", "Helvetica", 9, "right")
        stamp(p, m, 40, [row[0], row[2]])
        p.text(m, 92, tr(lg, "To:", "An:", "À :"), "Helvetica", 7)
        hand(p, m + 22, 92, maker_name(), 9, w - 2 * m - 22)
        p.text(m, 108, tr(lg, "Date:", "Datum:", "Date :"), "Helvetica", 7)
        hand(p, m + 30, 108, short(d, lg), 9)
        y = 128.0
        p.line(m, y - 10, w - m, y - 10)
        for k in range(10 if size == A5 else 7):
            if k < len(lines):
                _c, n, q = lines[k]
                hand(p, m, y, str(q), 9)
                hand(p, m + 26, y, n, 8.5, w - 2 * m - 30)
            p.line(m, y + 4, w - m, y + 4)
            y += 17
        hand(
            p,
            m,
            y + 14,
            tr(
                lg,
                f"for {rng.choice(['Thurs', 'Fri', 'next week'])} pls",
                f"bis {rng.choice(['Do', 'Fr', 'nächste Woche'])} bitte",
                f"pour {rng.choice(['jeudi', 'vendredi', 'la semaine pro'])} svp",
            ),
            9,
        )
        scrawl(p, w - m - 80, hh - 26, staff(h, "buyer"), 11)
        pages = [p]
    else:
        s = paper(style_of(h), A4, margin=54, pt=9.5)
        w, hh = A4
        m = 54
        p = Page(A4)
        p.text(
            m,
            30,
            f"{staff(maker_head(), 'office')} <{maker_head().mail or 'office@cider.example'}>",
            "Helvetica",
            7.5,
        )
        p.text(w - m, 30, short(d, home()), "Helvetica", 7.5, "right")
        p.line(m, 36, w - m, 36)
        y = 58.0
        for a, b in [
            (
                tr(lg, "From:", "Von:", "De :"),
                f"{staff(h, 'buyer')} <{staff(h, 'buyer').split()[0].lower()}@"
                f"{row[0].split()[-1].lower()[:10]}.{TLD[lg]}>",
            ),
            (
                tr(lg, "Sent:", "Gesendet:", "Envoyé :"),
                f"{day(h, d)} {rng.randint(7, 22):02d}:{rng.randint(0, 59):02d}",
            ),
            (tr(lg, "To:", "An:", "À :"), maker_head().mail or "orders"),
            (
                tr(lg, "Subject:", "Betreff:", "Objet :"),
                tr(lg, f"Order - {row[0]}", f"Bestellung {row[0]}", f"Commande {row[0]}"),
            ),
        ]:
            p.text(m, y, a, "Helvetica-Bold", 9)
            p.text(m + 70, y, fit(b, "Helvetica", 9, w - 2 * m - 70), "Helvetica", 9)
            y += 13
        y += 14
        y = text_lines(p, s, m, y, w - 2 * m, tr(lg, "Hi,", "Hallo,", "Bonjour,"))
        y = text_lines(
            p,
            s,
            m,
            y,
            w - 2 * m,
            tr(
                lg,
                f"Could we have the following for delivery on {day(h, want)} please:",
                f"bitte liefern Sie uns bis {day(h, want)}:",
                f"Pourriez-vous nous livrer pour le {day(h, want)} :",
            ),
        )
        for _c, n, q in lines:
            y = text_lines(p, s, m + 12, y - 4, w - 2 * m - 12, f"- {q} x {n}")
        y += 6
        y = text_lines(p, s, m, y, w - 2 * m, words(rng, lg, "office"))
        y = text_lines(
            p, s, m, y, w - 2 * m, tr(lg, "Thanks,", "Viele Grüße", "Merci, bonne journée")
        )
        text_lines(p, s, m, y, w - 2 * m, f"{staff(h, 'buyer')}\n{row[0]}")
        p.text(m, hh - 24, "1/1", "Helvetica", 7)
        pages = [p]
    remember(d, (row[0], ono, lines, want))
    return pages


def text_lines(
    p: Page, s: Style, x: float, y: float, width: float, text: str, pt: float = 0
) -> float:
    """``text`` wrapped to ``width`` at ``y``; returns the y below with a paragraph gap."""
    pt = pt or s.size
    for ln in wrap(text, s.font, pt, width):
        p.text(x, y, ln, s.font, pt)
        y += pt * 1.4
    return y + pt * 0.7


def tpl_delivery_note(rng: random.Random, who: Issuer) -> list[Page]:
    """The office's own delivery note for an order: landscape A5 from a duplicate pad or an A4
    print, the cases, kegs and bag-in-boxes delivered, the empties collected, the customer's
    signature and printed name, the driver's note."""
    h = maker_head()
    lg = h.lang
    (row, clg) = customer_of(who)
    ex = carried("wholesale_order", row[0])
    if isinstance(ex, tuple):
        lines = [(c, n, q) for c, n, q in ex[2]]
        d = ex[3]
        oref = str(ex[1])
    else:
        d = some_day(rng)
        lines = [
            (c, n, rng.choice([1, 2, 3, 4, 6]))
            for c, n, _ in rng.sample(PRODUCTS[lg], rng.randint(1, 4))
        ]
        oref = tr(lg, "phone", "tel.", "tél.")
    small = rng.random() < 0.55
    size = A5L if small else A4
    s = style_of(h, size, margin=30 if small else 0, pt=8 if small else 0)
    w, hh = size
    m = s.margin
    dno = serial(rng, "DN 99999" if lg == "en" else "LS 99999" if lg == "de" else "BL 99999")
    f = sheets(s, h)
    if small:
        f.page.text(
            w - m,
            f.y - 10,
            tr(lg, "DELIVERY NOTE", "LIEFERSCHEIN", "BON DE LIVRAISON"),
            s.bold,
            11,
            "right",
        )
        f.page.text(w - m, f.y + 2, dno, s.font, 9, "right")
        f.page.text(m, f.y - 6, tr(lg, "Deliver to:", "Lieferanschrift:", "Livré à :"), s.font, 7)
        for k, t in enumerate([row[0], row[1], row[2]]):
            f.page.text(m, f.y + 5 + 10 * k, fit(t, s.font, 8, w / 2), s.font, 8)
        f.page.text(
            w - m,
            f.y + 14,
            f"{tr(lg, 'Date', 'Datum', 'Date')}: {short(d, lg)}   "
            f"{tr(lg, 'Order', 'Best.', 'Cde')}: {oref}",
            s.font,
            7.5,
            "right",
        )
        f.y += 40
    else:
        recipient(
            f,
            s,
            h,
            [row[0], row[1], row[2]],
            d,
            [
                (tr(lg, "Delivery note", "Lieferschein", "Bon de livraison"), dno),
                (tr(lg, "Your order", "Ihre Bestellung", "Votre commande"), oref),
            ],
        )
        caption(f, s, tr(lg, "DELIVERY NOTE", "LIEFERSCHEIN", "BON DE LIVRAISON"), 3)
    table(
        f,
        columns(m, w - m, [(1, "left"), (4.5, "left"), (0.8, "right"), (1.2, "left")]),
        [
            tr(lg, "Code", "Art.", "Réf."),
            tr(lg, "Product", "Artikel", "Produit"),
            tr(lg, "Qty", "Menge", "Qté"),
            tr(lg, "Checked", "Geprüft", "Contrôle"),
        ],
        [[c, n, str(q), ""] for c, n, q in lines],
        s,
        rules=True,
        step=1.8,
    )
    f.y += 4
    empties = [
        tr(lg, "Kegs", "Fässer", "Fûts"),
        tr(lg, "Bag-in-box cages", "BiB-Kisten", "Caisses BiB"),
        tr(lg, "Crates", "Kisten", "Caisses"),
        tr(lg, "Pallets", "Paletten", "Palettes"),
    ]
    f.page.text(
        m,
        f.y,
        tr(lg, "Empties collected:", "Leergut zurück:", "Consignes reprises :"),
        s.bold,
        s.size - 1,
    )
    x = m + 100
    for t in empties[: rng.randint(2, 4)]:
        f.page.text(x, f.y, t, s.font, s.size - 1)
        x += tw(t, s.font, s.size - 1) + 4
        f.page.rect(x, f.y - 9, 22, 12)
        if rng.random() < 0.6:
            hand(f.page, x + 5, f.y, str(rng.randint(0, 8)), 9)
        x += 34
    f.y += 24
    f.need(50)
    cw = (w - 2 * m - 30) / 2
    sign_box(
        f.page,
        s,
        m,
        f.y + 14,
        cw,
        tr(
            lg,
            "Received in good condition (signature / print name)",
            "Ware erhalten (Unterschrift / Name)",
            "Reçu en bon état (signature / nom)",
        ),
        staff(make_head(row, clg, "customer"), "buyer"),
        rng.random() < 0.85,
    )
    if rng.random() < 0.7:
        hand(
            f.page,
            m + cw * 0.55,
            f.y + 10,
            staff(make_head(row, clg, "customer"), "buyer").split()[-1].upper(),
            8,
        )
    sign_box(
        f.page,
        s,
        m + cw + 30,
        f.y + 14,
        cw,
        tr(lg, "Driver", "Fahrer", "Chauffeur"),
        people()["cellar"],
        True,
    )
    if rng.random() < 0.35:
        hand(
            f.page,
            m,
            min(f.y + 44, hh - 24),
            rng.choice(
                {
                    "en": ["1 case short - to follow", "left with bar staff", "keg swapped"],
                    "de": ["1 Kiste fehlt, kommt nach", "an Theke abgegeben", "Fass getauscht"],
                    "fr": ["1 carton manquant", "déposé au bar", "fût échangé"],
                }[lg]
            ),
            9,
        )
    pages = close(f.pages, s, h, numbers="none")
    remember(d, (row[0], dno))
    return pages


def tpl_card_statement(rng: random.Random, who: Issuer) -> list[Page]:
    """The farm shop's card terminal merchant statement for a month: the merchant number, the
    summary by card scheme with the service charges, the terminal rental, the net settled; the
    daily settlement list on a landscape page; a page of notices."""
    h = head_of(who, "acquirer")
    lg = h.lang
    s = style_of(h)
    w, _hh = s.page_size
    m = s.margin
    d = some_day(rng)
    per = date(d.year, d.month, 1) - timedelta(days=1)
    per = date(per.year, per.month, 1)
    mid = serial(keyed(who, "mid"), "99999999")
    title = tr(lg, "Merchant Statement", "Händlerabrechnung", "Relevé commerçant")
    f = sheets(s, h, f"{title} - {mid}")
    recipient(
        f,
        s,
        h,
        [f"{maker_name()} - {tr(lg, 'Farm Shop', 'Hofladen', 'Boutique')}", *maker_lines()[1:]],
        d,
        [
            (tr(lg, "Merchant ID", "Vertragsnummer", "N° contrat"), mid),
            (
                tr(lg, "Statement period", "Zeitraum", "Période"),
                f"{short(per, lg)} - {short(date(d.year, d.month, 1) - timedelta(days=1), lg)}",
            ),
        ],
    )
    caption(f, s, title, 3)
    schemes = {
        "en": [
            ("Visa Debit", 0.0035),
            ("Visa Credit", 0.0075),
            ("Mastercard Debit", 0.0038),
            ("Mastercard Credit", 0.0079),
            ("Amex", 0.018),
        ],
        "de": [
            ("girocard", 0.0022),
            ("Visa", 0.0089),
            ("Mastercard", 0.0089),
            ("V PAY / Maestro", 0.0045),
        ],
        "fr": [
            ("CB", 0.0045),
            ("Visa (hors CB)", 0.009),
            ("Mastercard (hors CB)", 0.009),
            ("Sans contact CB", 0.0045),
        ],
    }[lg]
    rows = []
    gross_t = fees_t = 0.0
    for name, rate in schemes:
        n = rng.randint(8, 420)
        v = round(n * rng.uniform(6, 34), 2)
        fee = round(v * rate + n * 0.02, 2)
        gross_t += v
        fees_t += fee
        rows.append([name, str(n), money(v, lg), f"{rate * 100:.2f} %", money(fee, lg)])
    table(
        f,
        columns(
            m,
            w - m,
            [(2.4, "left"), (0.8, "right"), (1.3, "right"), (0.9, "right"), (1.1, "right")],
        ),
        [
            tr(lg, "Card type", "Kartenart", "Type de carte"),
            tr(lg, "Trans.", "Anzahl", "Nb"),
            tr(lg, "Value", "Umsatz", "Montant"),
            tr(lg, "Rate", "Disagio", "Taux"),
            tr(lg, "Charges", "Entgelt", "Commission"),
        ],
        rows,
        s,
        rules=True,
    )
    rent = {"en": 19.5, "de": 24.9, "fr": 22.0}[lg]
    f.y += 6
    f.y = pairs(
        f.page,
        s,
        w * 0.45,
        f.y,
        [
            (tr(lg, "Total card sales", "Umsatz gesamt", "Total encaissé"), cash(gross_t, lg)),
            (
                tr(lg, "Transaction charges", "Transaktionsentgelte", "Commissions"),
                cash(-fees_t, lg),
            ),
            (tr(lg, "Terminal rental", "Terminalmiete", "Location TPE"), cash(-rent, lg)),
            (tr(lg, "PCI compliance", "PCI-Gebühr", "Frais PCI"), cash(-4.5, lg)),
            (
                tr(lg, "Net settled to your account", "Auszahlung netto", "Net crédité"),
                cash(gross_t - fees_t - rent - 4.5, lg),
            ),
        ],
        w - m,
        s.size,
    )
    f.y += 8
    write(
        f,
        s,
        tr(
            lg,
            "Charges for rental and PCI are collected by Direct Debit on the 5th working day.",
            "Terminalmiete und Gebühren werden per SEPA-Lastschrift eingezogen.",
            "Les frais de location sont prélevés le 5e jour ouvré.",
        ),
        s.size - 1.5,
    )
    pages = list(f.pages)
    # the daily list on a landscape page
    sl = paper(s, landscape(A4), margin=40, pt=8)
    lw, lh = sl.page_size
    g = Sheets(
        sl.page_size,
        lh - 46,
        lambda p, n: running_header(
            p,
            sl,
            f"{h.name} - {title} {mid} - "
            f"{tr(lg, 'Daily settlements', 'Tagesabschlüsse', 'Remises journalières')}",
        ),
    )
    drows = []
    for k in range(rng.randint(14, 30)):
        dd = per + timedelta(days=k)
        n = rng.randint(2, 60)
        v = round(n * rng.uniform(6, 30), 2)
        fee = round(v * 0.006, 2)
        drows.append(
            [
                short(dd, lg),
                serial(rng, "999999"),
                str(n),
                money(v, lg),
                money(fee, lg),
                money(v - fee, lg),
                short(dd + timedelta(days=rng.randint(1, 3)), lg),
            ]
        )
    table(
        g,
        columns(
            40,
            lw - 40,
            [
                (1, "left"),
                (1, "left"),
                (0.6, "right"),
                (1.1, "right"),
                (0.9, "right"),
                (1.1, "right"),
                (1, "right"),
            ],
        ),
        [
            tr(lg, "Date", "Datum", "Date"),
            tr(lg, "Batch", "Kassenschnitt", "Remise"),
            tr(lg, "Txns", "Anz.", "Nb"),
            tr(lg, "Gross", "Brutto", "Brut"),
            tr(lg, "Charges", "Entgelt", "Frais"),
            tr(lg, "Net", "Netto", "Net"),
            tr(lg, "Paid", "Gutschrift", "Crédité le"),
        ],
        drows,
        sl,
        rules=False,
        step=1.55,
    )
    pages += g.pages
    if rng.random() < 0.5:
        pages.append(
            small_print(
                rng,
                s,
                h,
                tr(
                    lg,
                    "Important information about your account",
                    "Wichtige Hinweise",
                    "Informations importantes",
                ),
                NOTICES[lg],
                "office",
            )
        )
    pages = close(
        pages, s, h, numbers=tr(lg, "Page {i} of {n}", "Seite {i} von {n}", "Page {i}/{n}")
    )
    remember(d)
    return pages


NOTICES = {
    "en": [
        "Charges",
        "Chargebacks",
        "Card security",
        "Complaints",
        "Changes to your agreement",
        "Your data",
    ],
    "de": [
        "Entgelte",
        "Rückbelastungen",
        "Kartensicherheit",
        "Beschwerden",
        "Vertragsänderungen",
        "Datenschutz",
    ],
    "fr": [
        "Tarification",
        "Impayés",
        "Sécurité",
        "Réclamations",
        "Modifications du contrat",
        "Données personnelles",
    ],
}


# ---------------------------------------------------------------------------------------------
# Templates NNNNN: shows, inspection, haulage, insurance
# ---------------------------------------------------------------------------------------------


def site_plan(rng: random.Random, s: Style, title: str, ours: str, lang: str) -> Page:
    """A show's site or hall plan: rows of numbered stands along aisles, the entrance, the
    bar and toilets, our stand hatched and ringed by hand."""
    land = rng.random() < 0.6
    size = landscape(A4) if land else A4
    w, hh = size
    p = Page(size)
    m = 40
    p.text(m, m, fit(title, s.bold, 11, w - 2 * m), s.bold, 11)
    x0, y0, x1, y1 = m, m + 24, w - m, hh - m - 40
    p.rect(x0, y0, x1 - x0, y1 - y0)
    rows = rng.randint(3, 5)
    per = rng.randint(8, 14)
    sw = (x1 - x0 - 40) / per
    sh = min(40.0, (y1 - y0 - 60) / (rows * 1.8))
    no = 1
    mine = (rng.randrange(rows), rng.randrange(per))
    for i in range(rows):
        yy = y0 + 30 + i * sh * 1.8
        p.text(x0 + 6, yy - 4, chr(65 + i), "Helvetica-Bold", 8)
        for j in range(per):
            xx = x0 + 20 + j * sw
            label = f"{chr(65 + i)}{no % 100}" if lang != "de" else f"{i + 1}.{j + 1:02d}"
            if (i, j) == mine:
                label = ours
                p.rect(xx, yy, sw - 3, sh, fill=0.6)
                ring(p, xx + sw / 2, yy + sh / 2, max(sw, sh) * 0.8, 20)
            else:
                p.rect(xx, yy, sw - 3, sh)
            p.text(xx + sw / 2 - 1, yy + sh / 2 + 3, label, "Helvetica", 6, "center")
            no += 1
    p.rect(x0 + (x1 - x0) / 2 - 40, y1 - 4, 80, 8, fill=0.2)
    p.text(
        x0 + (x1 - x0) / 2,
        y1 + 16,
        tr(lang, "MAIN ENTRANCE", "HAUPTEINGANG", "ENTRÉE PRINCIPALE"),
        "Helvetica-Bold",
        8,
        "center",
    )
    p.rect(x1 - 90, y1 - 50, 80, 40, fill=0.85)
    p.text(
        x1 - 50,
        y1 - 27,
        tr(lang, "Bar / WC", "Ausschank / WC", "Buvette / WC"),
        "Helvetica",
        7,
        "center",
    )
    p.text(
        m,
        hh - m - 10,
        tr(
            lang,
            "Plan not to scale. Stand allocation subject to change.",
            "Plan nicht maßstäblich. Änderungen vorbehalten.",
            "Plan non contractuel.",
        ),
        "Helvetica",
        7,
    )
    return p


def tpl_stand_booking(rng: random.Random, who: Issuer) -> list[Page]:
    """A trade show's or cider festival's stand booking confirmation and invoice: the
    exhibitor, the stand number and size, shell scheme or pitch, extras (power, water, bar
    passes), fees and the balance due, build-up and opening times; the site plan and the
    exhibitor regulations behind."""
    h = head_of(who, "show", abroad=0.15)
    lg = h.lang
    s = style_of(h)
    w, _hh = s.page_size
    m = s.margin
    d = some_day(rng)
    ev = d + timedelta(days=rng.randint(30, 160))
    stand = (
        f"{rng.choice('ABCD')}{rng.randint(1, 40)}"
        if lg != "de"
        else f"{rng.randint(1, 4)}.{rng.randint(1, 14):02d}"
    )
    ref = serial(rng, "EXH-9999")
    f = sheets(s, h, f"{h.name} - {ref}")
    recipient(
        f,
        s,
        h,
        maker_lines(),
        d,
        [
            (tr(lg, "Booking ref", "Buchungs-Nr.", "Réf. dossier"), ref),
            (tr(lg, "Invoice no.", "Rechnungs-Nr.", "Facture n°"), serial(rng, "99999")),
        ],
    )
    event = h.name.replace(" Ltd", "").replace(" GmbH", "")
    caption(
        f,
        s,
        tr(
            lg,
            f"Exhibitor booking confirmation - {event} {ev.year}",
            f"Standbestätigung und Rechnung - {event} {ev.year}",
            f"Confirmation de réservation exposant - {event} {ev.year}",
        ),
        1.5,
    )
    write(f, s, dear(lg, None))
    write(
        f,
        s,
        tr(
            lg,
            f"Thank you for booking to exhibit. We confirm stand {stand} as below. "
            + words(rng, "en", "rules"),
            f"vielen Dank für Ihre Anmeldung. Wir bestätigen Ihnen folgenden Stand: {stand}. "
            + words(rng, "de", "rules"),
            f"Nous avons le plaisir de vous confirmer l'emplacement {stand}. "
            + words(rng, "fr", "rules"),
        ),
    )
    f.y = fields(
        f.page,
        s,
        m,
        f.y,
        w - 2 * m,
        [
            (tr(lg, "Stand", "Standnummer", "Emplacement"), stand),
            (
                tr(lg, "Size", "Fläche", "Surface"),
                f"{rng.choice([3, 3, 4, 6])} x {rng.choice([2, 3, 3])} m",
            ),
            (
                tr(lg, "Type", "Standart", "Type"),
                rng.choice(
                    [
                        tr(lg, "Shell scheme", "Reihenstand", "Stand équipé"),
                        tr(lg, "Space only", "Freifläche", "Surface nue"),
                        tr(lg, "Gazebo pitch (outdoor)", "Pavillon im Freien", "Barnum extérieur"),
                    ]
                ),
            ),
            (
                tr(lg, "Build-up", "Aufbau", "Montage"),
                f"{short(ev - timedelta(days=1), lg)} 14:00-20:00",
            ),
            (
                tr(lg, "Open to public", "Öffnungszeiten", "Ouverture"),
                f"{short(ev, lg)} - {short(ev + timedelta(days=rng.randint(1, 2)), lg)}",
            ),
            (
                tr(lg, "Breakdown", "Abbau", "Démontage"),
                tr(lg, "after close, by 22:00", "nach Messeschluss bis 22 Uhr", "après fermeture"),
            ),
        ],
        per=3,
        tall=26,
        hand=False,
    )
    fee = rng.choice([350.0, 480.0, 620.0, 895.0, 1240.0])
    rows = [[tr(lg, "Stand fee", "Standmiete", "Location emplacement"), money(fee, lg)]]
    for t, v in [
        (
            tr(
                lg,
                "Electricity 16A single socket",
                "Stromanschluss 16 A",
                "Branchement électrique 16 A",
            ),
            85.0,
        ),
        (tr(lg, "Water connection", "Wasseranschluss", "Point d'eau"), 60.0),
        (
            tr(
                lg,
                "Additional exhibitor passes (2)",
                "Zusätzliche Ausweise (2)",
                "Badges supplémentaires (2)",
            ),
            30.0,
        ),
        (tr(lg, "Catalogue entry", "Katalogeintrag", "Insertion catalogue"), 45.0),
    ]:
        if rng.random() < 0.5:
            rows.append([t, money(v, lg)])
    net = sum(
        float(r_[1].replace(".", "").replace(" ", "").replace(",", "."))
        if lg != "en"
        else float(r_[1].replace(",", ""))
        for r_ in rows
    )
    table(
        f,
        columns(m, w - m, [(5, "left"), (1.2, "right")]),
        [tr(lg, "Item", "Leistung", "Prestation"), tr(lg, "Amount", "Betrag", "Montant")],
        rows,
        s,
        rules=True,
    )
    total = totals(f, s, lg, round(net, 2), vat_rate(lg) if lg == home() else 0.0)
    dep = round(total * 0.5, 2)
    write(
        f,
        s,
        tr(
            lg,
            f"Deposit received: {cash(dep, lg)}. Balance of {cash(total - dep, lg)} due by "
            f"{day(h, ev - timedelta(days=28))}.",
            f"Anzahlung erhalten: {cash(dep, lg)}. Restbetrag {cash(total - dep, lg)} fällig bis "
            f"{day(h, ev - timedelta(days=28))}.",
            f"Acompte reçu : {cash(dep, lg)}. Solde de {cash(total - dep, lg)} à régler avant le "
            f"{day(h, ev - timedelta(days=28))}.",
        ),
        s.size - 0.5,
    )
    regards(
        f,
        s,
        lg,
        staff(h, "org"),
        tr(lg, "Exhibitor Services", "Ausstellerbetreuung", "Service exposants"),
    )
    pages = list(f.pages)
    if rng.random() < 0.75:
        pages.append(
            site_plan(
                rng,
                s,
                tr(
                    lg,
                    f"Site plan - {event} {ev.year}",
                    f"Hallenplan - {event} {ev.year}",
                    f"Plan du site - {event} {ev.year}",
                ),
                stand,
                lg,
            )
        )
    if rng.random() < 0.6:
        heads = {
            "en": [
                "Stand allocation",
                "Build-up and breakdown",
                "Sampling and sales of alcohol",
                "Electrical safety",
                "Fire safety",
                "Food hygiene",
                "Insurance",
                "Cancellation",
                "Waste",
                "Vehicles on site",
            ],
            "de": [
                "Standzuteilung",
                "Auf- und Abbau",
                "Ausschank und Verkauf",
                "Elektrische Sicherheit",
                "Brandschutz",
                "Hygiene",
                "Versicherung",
                "Rücktritt",
                "Abfall",
                "Fahrzeuge auf dem Gelände",
            ],
            "fr": [
                "Attribution des stands",
                "Montage et démontage",
                "Dégustation et vente d'alcool",
                "Sécurité électrique",
                "Sécurité incendie",
                "Hygiène",
                "Assurance",
                "Annulation",
                "Déchets",
                "Véhicules",
            ],
        }[lg]
        for k in range(rng.choice([1, 1, 2])):
            pages.append(
                small_print(
                    rng,
                    s,
                    h,
                    tr(
                        lg,
                        "Exhibitor Regulations",
                        "Teilnahmebedingungen für Aussteller",
                        "Règlement exposants",
                    )
                    + (f" ({k + 1})" if k else ""),
                    heads[k * 5 :] + heads[: k * 5] if k else heads,
                    "rules",
                )
            )
    pages = close(pages, s, h)
    received(rng, pages[0], d, 0.25)
    remember(d)
    return pages


def tpl_organic_inspection(rng: random.Random, who: Issuer) -> list[Page]:
    """The organic control body's inspection report for orchards and press house: the operator
    fields, the scope ticks, the checklist by section with C / NC / NA boxes, the findings and
    the signatures of the inspector and the operator, the orchard parcel list on a landscape
    annex."""
    h = head_of(who, "certifier")
    lg = h.lang
    s = paper(style_of(h), A4, pt=8.5)
    w, _hh = A4
    m = s.margin
    d = some_day(rng)
    lic = serial(keyed(who, "lic"), "99999")
    title = tr(
        lg,
        "Organic Inspection Report",
        "Kontrollbericht Öko-Kontrolle",
        "Rapport d'audit - agriculture biologique",
    )
    f = sheets(s, h, f"{title} - {maker_name()} - {lic}")
    caption(f, s, title, 4)
    f.y = fields(
        f.page,
        s,
        m,
        f.y,
        w - 2 * m,
        [
            (tr(lg, "Operator", "Unternehmen", "Opérateur"), maker_name()),
            (tr(lg, "Operator no.", "Kontrollnummer", "N° opérateur"), lic),
            (tr(lg, "Inspection date", "Kontrolldatum", "Date de l'audit"), short(d, lg)),
            (tr(lg, "Inspector", "Kontrolleur/in", "Auditeur"), staff(h, "insp")),
            (
                tr(lg, "Present", "Anwesend", "Présent(s)"),
                f"{people()['owner']}, {people()['cellar']}",
            ),
            (tr(lg, "Duration", "Dauer", "Durée"), f"{rng.randint(2, 6)} h"),
        ],
        per=2,
        tall=26,
        hand=rng.random() < 0.5,
    )
    f.y = ticks(
        f.page,
        s,
        m,
        f.y,
        w - 2 * m,
        [
            tr(lg, "Announced", "Angekündigt", "Annoncé"),
            tr(lg, "Unannounced", "Unangekündigt", "Inopiné"),
            tr(lg, "Sampling", "Probenahme", "Prélèvement"),
        ],
        {0 if rng.random() < 0.8 else 1} | ({2} if rng.random() < 0.3 else set()),
        8,
    )
    f.y = ticks(
        f.page,
        s,
        m,
        f.y + 4,
        w - 2 * m,
        [
            tr(lg, "Production: orchards", "Erzeugung: Obstanlagen", "Production : vergers"),
            tr(
                lg,
                "Processing: cider / juice",
                "Verarbeitung: Apfelwein / Saft",
                "Transformation : cidre / jus",
            ),
            tr(lg, "Trading / shop", "Handel / Hofladen", "Négoce / vente directe"),
            tr(lg, "Imports", "Einfuhr", "Importation"),
        ],
        {0, 1, 2},
        8,
    )
    sections = {
        "en": [
            (
                "A",
                "Orchards and inputs",
                [
                    "Parcel records up to date",
                    "Inputs permitted (Annex II)",
                    "Buffer zones",
                    "Non-organic fruit separate",
                ],
            ),
            (
                "B",
                "Press house and cellar",
                [
                    "Cleaning products listed",
                    "Additives permitted (SO2 limits)",
                    "Batch records",
                    "Tank labels",
                ],
            ),
            (
                "C",
                "Traceability and mass balance",
                ["Fruit intake vs. pressing yield", "Stock reconciliation", "Sales records"],
            ),
            (
                "D",
                "Labelling",
                ["EU logo and code number", "Ingredients and origin", "Label approval on file"],
            ),
        ],
        "de": [
            (
                "A",
                "Flächen und Betriebsmittel",
                [
                    "Flächenverzeichnis aktuell",
                    "Zulässige Betriebsmittel",
                    "Abstandsflächen",
                    "Trennung konventionelles Obst",
                ],
            ),
            (
                "B",
                "Kelterei und Keller",
                [
                    "Reinigungsmittel",
                    "Zusatzstoffe (SO2-Grenzen)",
                    "Chargendokumentation",
                    "Tankkennzeichnung",
                ],
            ),
            (
                "C",
                "Warenfluss",
                ["Obstannahme / Saftausbeute", "Bestandsabgleich", "Verkaufsbelege"],
            ),
            (
                "D",
                "Kennzeichnung",
                ["EU-Logo und Codenummer", "Zutaten und Herkunft", "Etikettenfreigabe"],
            ),
        ],
        "fr": [
            (
                "A",
                "Vergers et intrants",
                [
                    "Registre parcellaire à jour",
                    "Intrants autorisés",
                    "Zones tampons",
                    "Séparation des fruits non bio",
                ],
            ),
            (
                "B",
                "Pressoir et chai",
                [
                    "Produits de nettoyage",
                    "Additifs (limites SO2)",
                    "Fiches de lot",
                    "Identification des cuves",
                ],
            ),
            (
                "C",
                "Traçabilité et bilan matière",
                ["Réception fruits / rendement", "Rapprochement des stocks", "Ventes"],
            ),
            (
                "D",
                "Étiquetage",
                ["Logo UE et code", "Ingrédients et origine", "Validation des étiquettes"],
            ),
        ],
    }[lg]
    ncs = []
    for code, name, items in sections:
        f.need(40)
        f.y += 8
        f.y = band(f.page, s, f.y, f"{code}  {name}") + 6
        f.page.text(w - m - 96, f.y - 2, "C     NC     NA", s.bold, 7)
        f.y += 10
        for k, t in enumerate(items):
            f.need(16)
            f.page.text(m + 4, f.y, f"{code}{k + 1}  {t}", s.font, 8)
            v = 0 if rng.random() < 0.85 else (1 if rng.random() < 0.6 else 2)
            if v == 1:
                ncs.append((f"{code}{k + 1}", t))
            for j in range(3):
                box(f.page, w - m - 96 + j * 30, f.y, j == v, 8)
            if rng.random() < 0.2:
                hand(
                    f.page,
                    m + 220,
                    f.y,
                    rng.choice(
                        ["seen", "verified", "ok"]
                        if lg == "en"
                        else ["eingesehen", "ok"]
                        if lg == "de"
                        else ["vu", "ok"]
                    ),
                    8,
                )
            f.y += 14
    # findings
    f.new_page()
    caption(
        f,
        s,
        tr(
            lg,
            "Findings and corrective actions",
            "Feststellungen und Maßnahmen",
            "Écarts et actions correctives",
        ),
        2,
        rule=True,
    )
    if ncs:
        table(
            f,
            columns(
                m, w - m, [(0.6, "left"), (2.5, "left"), (2.6, "left"), (0.8, "left"), (1, "left")]
            ),
            [
                "Ref",
                tr(lg, "Requirement", "Anforderung", "Exigence"),
                tr(lg, "Finding", "Feststellung", "Constat"),
                tr(lg, "Grade", "Stufe", "Gravité"),
                tr(lg, "Deadline", "Frist", "Délai"),
            ],
            [
                [
                    c,
                    t,
                    words(rng, lg, "audit", 6),
                    rng.choice(
                        ["minor", "major"]
                        if lg == "en"
                        else ["gering", "mittel"]
                        if lg == "de"
                        else ["mineur", "majeur"]
                    ),
                    short(d + timedelta(days=rng.choice([14, 30, 60])), lg),
                ]
                for c, t in ncs
            ],
            s,
            rules=True,
            step=2.0,
        )
    else:
        write(
            f,
            s,
            tr(
                lg,
                "No non-conformities were found.",
                "Es wurden keine Abweichungen festgestellt.",
                "Aucun écart n'a été constaté.",
            ),
        )
    f.y += 8
    write(
        f,
        s,
        tr(lg, "Inspector's comments: ", "Bemerkungen: ", "Observations : ")
        + prose(rng, lg, "audit", 1, 3),
    )
    f.need(90)
    f.y += 24
    cw = (w - 2 * m - 30) / 2
    sign_box(
        f.page,
        s,
        m,
        f.y,
        cw,
        tr(lg, "Inspector", "Kontrolleur/in", "Auditeur"),
        staff(h, "insp"),
        True,
    )
    sign_box(
        f.page,
        s,
        m + cw + 30,
        f.y,
        cw,
        tr(
            lg,
            "Operator - received a copy",
            "Unternehmer - Kopie erhalten",
            "L'opérateur - copie reçue",
        ),
        people()["owner"],
        rng.random() < 0.85,
    )
    f.y += 30
    pages = list(f.pages)
    if rng.random() < 0.7:
        sl = paper(s, landscape(A4), margin=40, pt=8)
        lw, lh = sl.page_size
        g = Sheets(
            sl.page_size,
            lh - 46,
            lambda p, n: running_header(
                p,
                sl,
                f"{title} - {lic} - "
                f"{tr(lg, 'Annex: parcels', 'Anlage: Flächen', 'Annexe : parcellaire')}",
            ),
        )
        caption(
            g,
            sl,
            tr(
                lg,
                "Annex - Parcel list",
                "Anlage - Flächenverzeichnis",
                "Annexe - Liste des parcelles",
            ),
            2,
        )
        prow = []
        for _ in range(rng.randint(5, 24)):
            prow.append(
                [
                    parcel_ref(rng, home()),
                    num(rng.uniform(0.2, 5), lg, 2),
                    rng.choice(
                        [
                            tr(lg, "Standard orchard", "Streuobst", "Verger haute-tige"),
                            tr(lg, "Bush orchard", "Niederstamm", "Verger basse-tige"),
                            tr(lg, "Perry pears", "Mostbirnen", "Poiriers"),
                        ]
                    ),
                    rng.choice(
                        ["organic", "organic", "in conversion (C2)"]
                        if lg == "en"
                        else ["öko", "öko", "Umstellung"]
                        if lg == "de"
                        else ["AB", "AB", "C2"]
                    ),
                    rng.choice(
                        [
                            "-",
                            tr(lg, "compost", "Kompost", "compost"),
                            tr(lg, "sulphur", "Schwefel", "soufre"),
                            tr(lg, "copper", "Kupfer", "cuivre"),
                        ]
                    ),
                ]
            )
        table(
            g,
            columns(
                40,
                lw - 40,
                [(2, "left"), (0.8, "right"), (2.4, "left"), (1.6, "left"), (2, "left")],
            ),
            [
                tr(lg, "Parcel", "Fläche / Schlag", "Parcelle"),
                "ha",
                tr(lg, "Crop", "Kultur", "Culture"),
                tr(lg, "Status", "Status", "Statut"),
                tr(lg, "Last input", "Letzte Maßnahme", "Dernier intrant"),
            ],
            prow,
            sl,
            rules=True,
        )
        pages += g.pages
    pages = close(
        pages, s, h, numbers=tr(lg, "Page {i} of {n}", "Seite {i} von {n}", "Page {i}/{n}")
    )
    remember(d)
    return pages


def tpl_haulage_invoice(rng: random.Random, who: Issuer) -> list[Page]:
    """A pallet network haulier's invoice: the consignments of the period (date, consignment
    number, receiver and postcode, pallets by size, weight, service, charge), fuel surcharge,
    totals; now and then a proof-of-delivery copy behind."""
    h = head_of(who, "haulier")
    lg = h.lang
    s = style_of(h, A4, pt=8.5)
    w, _hh = s.page_size
    m = s.margin
    prev = carried("haulage_invoice", h.name)
    r = keyed(who, "haul")
    if isinstance(prev, tuple):
        ino = int(prev[1]) + rng.randint(40, 400)
        d = prev[2] + timedelta(days=7)
    else:
        ino = r.randint(100000, 899999)
        d = some_day(rng)
    acct = serial(r, "AAA999")
    f = sheets(s, h, f"{h.name} - {tr(lg, 'Invoice', 'Rechnung', 'Facture')} {ino}")
    recipient(
        f,
        s,
        h,
        maker_lines(tr(lg, "Accounts", "Buchhaltung", "Comptabilité")),
        d,
        [
            (tr(lg, "Invoice", "Rechnung", "Facture"), str(ino)),
            (tr(lg, "Account", "Kunden-Nr.", "Compte"), acct),
            (
                tr(lg, "Period", "Zeitraum", "Période"),
                f"{short(d - timedelta(days=7), lg)} - {short(d - timedelta(days=1), lg)}",
            ),
        ],
    )
    caption(
        f,
        s,
        tr(
            lg,
            "INVOICE - PALLET SERVICES",
            "RECHNUNG - PALETTENVERSAND",
            "FACTURE - MESSAGERIE PALETTES",
        ),
        2,
    )
    rows = []
    net = 0.0
    custs = SENDERS["customer"][home()] + SENDERS["customer"]["en" if home() != "en" else "fr"][:1]
    for _ in range(rng.randint(2, 26)):
        dd = d - timedelta(days=rng.randint(1, 7))
        c = rng.choice(custs)
        size_ = rng.choice(["F", "H", "Q", "M", "F"])
        n = rng.randint(1, 3)
        svc = rng.choice(["ECO", "NXT", "AM", "NXT"])
        v = round(
            n
            * {"F": 58, "H": 44, "Q": 36, "M": 29}[size_]
            * (1.25 if svc == "AM" else 0.85 if svc == "ECO" else 1),
            2,
        )
        net += v
        rows.append(
            [
                short(dd, lg),
                serial(rng, "99999999"),
                c[0],
                c[2].split()[0] if lg != "en" else c[2].split()[-1],
                f"{n}x{size_}",
                str(n * rng.randint(120, 690)),
                svc,
                money(v, lg),
            ]
        )
    table(
        f,
        columns(
            m,
            w - m,
            [
                (1, "left"),
                (1.1, "left"),
                (2.4, "left"),
                (0.8, "left"),
                (0.6, "left"),
                (0.6, "right"),
                (0.6, "left"),
                (0.9, "right"),
            ],
        ),
        [
            tr(lg, "Date", "Datum", "Date"),
            tr(lg, "Consignment", "Sendung", "Récépissé"),
            tr(lg, "Receiver", "Empfänger", "Destinataire"),
            tr(lg, "PC", "PLZ", "CP"),
            tr(lg, "Plts", "Pal.", "Pal."),
            "kg",
            "Svc",
            tr(lg, "Charge", "Betrag", "Montant"),
        ],
        rows,
        s,
        size=7.5,
        rules=rng.random() < 0.4,
    )
    fuel = round(net * rng.choice([0.08, 0.095, 0.11, 0.125]), 2)
    f.y += 6
    f.page.text(
        w * 0.56,
        f.y,
        tr(lg, "Fuel surcharge", "Dieselzuschlag", "Surcharge gazole"),
        s.font,
        s.size,
    )
    f.page.text(w - m, f.y, cash(fuel, lg), s.font, s.size, "right")
    f.y += 16
    totals(f, s, lg, round(net + fuel, 2), vat_rate(lg))
    write(
        f,
        s,
        tr(
            lg,
            "Key: F full, H half, Q quarter, M micro pallet. ECO economy, NXT next day, AM before "
            "noon. "
            "Payment 14 days from invoice date.",
            "F = Vollpalette, H = Halbpalette, Q = Viertelpalette. Zahlbar innerhalb 14 Tagen "
            "ohne Abzug.",
            "F = palette complète, H = demi, Q = quart. Paiement à 30 jours.",
        ),
        7,
    )
    pages = list(f.pages)
    if rng.random() < 0.3:
        p = Page(A4)
        copier_edge(p, rng)
        x, y = 70.0, 80.0
        p.text(
            x,
            y,
            tr(lg, "PROOF OF DELIVERY", "ABLIEFERNACHWEIS", "PREUVE DE LIVRAISON"),
            "Helvetica-Bold",
            14,
        )
        p.barcode("code128", serial(rng, "99999999"), x + 280, y - 14)
        y += 90
        c = rows[0]
        for a, b in [
            (tr(lg, "Consignment", "Sendung", "Récépissé"), c[1]),
            (tr(lg, "Receiver", "Empfänger", "Destinataire"), c[2]),
            (tr(lg, "Pallets", "Paletten", "Palettes"), c[4]),
            (tr(lg, "Sender", "Absender", "Expéditeur"), maker_name()),
        ]:
            p.text(x, y, a, "Helvetica", 9)
            p.text(x + 120, y, fit(b, "Courier", 9, 300), "Courier", 9)
            y += 16
        y += 20
        p.rect(x, y, 420, 90)
        p.text(
            x + 6,
            y + 14,
            tr(
                lg,
                "Received in good condition / signature / print name / date",
                "Ware in einwandfreiem Zustand erhalten / Unterschrift / Name / Datum",
                "Reçu en bon état / signature / nom / date",
            ),
            "Helvetica",
            7.5,
        )
        scrawl(
            p, x + 20, y + 56, staff(make_head(rng.choice(custs), home(), "customer"), "buyer"), 14
        )
        hand(p, x + 230, y + 56, c[0], 10)
        pages.append(p)
    pages = close(
        pages,
        s,
        h,
        numbers=tr(lg, "Page {i} of {n}", "Seite {i} von {n}", "{i}/{n}")
        if len(rows) > 14
        else "none",
    )
    received(rng, pages[0], d, 0.3)
    remember(d, (h.name, ino, d))
    return pages


def tpl_insurance_schedule(rng: random.Random, who: Issuer) -> list[Page]:
    """The insurance broker's renewal: a covering letter, then the policy schedule with the
    insured, the period and the business description, the sections with sums insured, excesses
    and premiums (buildings, cider stock in tank, business interruption, employers' and
    product liability, goods in transit), and the endorsements ('Page i of n' on the schedule
    only)."""
    h = head_of(who, "insurer")
    lg = h.lang
    s = style_of(h)
    w, _hh = s.page_size
    m = s.margin
    d = some_day(rng)
    start = date(d.year, d.month, 1) + timedelta(days=rng.choice([31, 45, 61]))
    start = date(start.year, start.month, 1)
    pol = serial(
        keyed(who, "pol"),
        "AAA/9999999/99" if lg == "en" else "99.999.999.9" if lg == "de" else "9999999A",
    )
    owner = people()["owner"]
    f = sheets(s, h)
    recipient(
        f,
        s,
        h,
        [mx(owner, lg), *maker_lines()],
        d,
        [(tr(lg, "Policy", "Versicherungsschein-Nr.", "Contrat n°"), pol)],
    )
    caption(
        f,
        s,
        tr(
            lg,
            "Your insurance renewal",
            "Ihre Versicherung - Beitragsrechnung und Nachtrag",
            "Renouvellement de votre contrat multirisque",
        ),
        2,
    )
    write(
        f,
        s,
        dear(
            lg,
            mx(owner, lg)
            if lg != "en"
            else f"{'Mrs' if owner.split()[0] in FEMALE else 'Mr'} {owner}",
        ),
    )
    write(
        f,
        s,
        tr(
            lg,
            f"Your combined farm and food business policy renews on {day(h, start)}. We enclose "
            "the "
            f"renewal schedule; please check the sums insured, in particular the value of cider "
            f"in tank at the peak of the season. " + words(rng, "en", "office"),
            f"zum {day(h, start)} wird Ihr Vertrag verlängert. Anbei erhalten Sie den Nachtrag "
            "mit den "
            "aktuellen Versicherungssummen. Bitte prüfen Sie insbesondere die Vorräte (Apfelwein "
            "im Tank). " + words(rng, "de", "office"),
            f"Votre contrat arrive à échéance le {day(h, start)}. Vous trouverez ci-joint les "
            "conditions "
            f"particulières. Merci de vérifier les capitaux assurés, notamment le stock en cuve. "
            + words(rng, "fr", "office"),
        ),
    )
    write(f, s, prose(rng, lg, "office", 1, 2))
    regards(
        f,
        s,
        lg,
        staff(h, "broker"),
        tr(lg, "Account Executive", "Ihr Betreuer", "Votre conseiller"),
    )
    letter = f.pages
    g = more(s, h, f"{tr(lg, 'Schedule', 'Versicherungsschein', 'Conditions particulières')} {pol}")
    g.pages[0].items.clear()
    g.y = heading(g.pages[0], s, h)
    caption(
        g,
        s,
        tr(lg, "POLICY SCHEDULE", "VERSICHERUNGSSCHEIN / NACHTRAG", "CONDITIONS PARTICULIÈRES"),
        3,
    )
    g.y = fields(
        g.page,
        s,
        m,
        g.y,
        w - 2 * m,
        [
            (tr(lg, "Policy number", "Versicherungsschein-Nr.", "N° de contrat"), pol),
            (tr(lg, "The Insured", "Versicherungsnehmer", "Souscripteur"), maker_name()),
            (
                tr(lg, "Period of insurance", "Versicherungsdauer", "Période"),
                f"{short(start, lg)} - "
                f"{short(date(start.year + 1, start.month, 1) - timedelta(days=1), lg)}",
            ),
            (
                tr(lg, "Business", "Betriebsart", "Activité"),
                tr(
                    lg,
                    "Cider and perry making, orchards, farm shop",
                    "Kelterei, Obstbau, Hofladen",
                    "Cidrerie, vergers, vente directe",
                ),
            ),
        ],
        per=2,
        tall=28,
        hand=False,
    )
    secs = [
        (
            tr(
                lg,
                "Buildings (press house, cellar, shop)",
                "Gebäude (Kelterhaus, Keller, Laden)",
                "Bâtiments (pressoir, chai, boutique)",
            ),
            rng.randint(450, 1600) * 1000,
            500,
        ),
        (
            tr(lg, "Machinery and plant", "Technische Einrichtung", "Matériel"),
            rng.randint(80, 400) * 1000,
            250,
        ),
        (
            tr(
                lg,
                "Stock - cider and perry in tank / bottle",
                "Vorräte - Apfelwein in Tank / Flasche",
                "Stocks - cidre en cuve / bouteille",
            ),
            rng.randint(60, 450) * 1000,
            500,
        ),
        (
            tr(
                lg,
                "Business interruption (12 months)",
                "Betriebsunterbrechung (12 Monate)",
                "Perte d'exploitation (12 mois)",
            ),
            rng.randint(150, 600) * 1000,
            0,
        ),
        (
            tr(lg, "Employers' liability", "Arbeitgeberhaftpflicht", "Responsabilité employeur"),
            10_000_000,
            0,
        ),
        (
            tr(
                lg,
                "Public and products liability",
                "Betriebs- und Produkthaftpflicht",
                "RC exploitation et produits",
            ),
            5_000_000,
            250,
        ),
        (
            tr(lg, "Goods in transit", "Transportversicherung", "Marchandises transportées"),
            rng.randint(10, 40) * 1000,
            100,
        ),
        (tr(lg, "Money", "Geld / Kasse", "Espèces"), 5000, 100),
    ]
    rows = []
    prem = 0.0
    for name, si, exc in secs:
        p_ = (
            round(si * rng.uniform(0.0006, 0.0022), 2)
            if si < 5_000_000
            else round(rng.uniform(300, 900), 2)
        )
        prem += p_
        rows.append(
            [
                name,
                cash(si, lg).replace(".00", "").replace(",00", ""),
                cash(exc, lg).replace(".00", "").replace(",00", "") if exc else "-",
                money(p_, lg),
            ]
        )
    table(
        g,
        columns(m, w - m, [(3.4, "left"), (1.4, "right"), (0.9, "right"), (1, "right")]),
        [
            tr(lg, "Section", "Sparte", "Garantie"),
            tr(lg, "Sum insured / limit", "Summe", "Capital / plafond"),
            tr(lg, "Excess", "SB", "Franchise"),
            tr(lg, "Premium", "Beitrag", "Prime"),
        ],
        rows,
        s,
        rules=True,
        step=1.9,
    )
    tax = round(prem * {"en": 0.12, "de": 0.19, "fr": 0.09}[lg], 2)
    g.y += 4
    g.y = pairs(
        g.page,
        s,
        w * 0.5,
        g.y,
        [
            (tr(lg, "Premium", "Nettobeitrag", "Prime HT"), cash(prem, lg)),
            (
                tr(lg, "Insurance Premium Tax 12%", "Versicherungsteuer 19 %", "Taxes 9 %"),
                cash(tax, lg),
            ),
            (tr(lg, "Total payable", "Gesamtbeitrag", "Total TTC"), cash(prem + tax, lg)),
        ],
        w - m,
        s.size,
    )
    g.y += 10
    g.heading(
        m,
        tr(lg, "Endorsements applying", "Vereinbarte Klauseln", "Clauses applicables"),
        s.bold,
        s.size + 1,
    )
    for _k in range(rng.randint(3, 7)):
        code = {
            "en": f"E{rng.randint(10, 99)}",
            "de": f"SK {rng.randint(100, 999)}",
            "fr": f"C.{rng.randint(10, 99)}",
        }[lg]
        g.heading(
            m,
            f"{code}  "
            + rng.choice(
                {
                    "en": [
                        "Stock in tanks - leakage",
                        "Orchard trees excluded",
                        "Farm shop cash limits",
                        "Minimum security",
                        "Unoccupancy",
                        "Product recall sub-limit",
                        "Seasonal workers",
                    ],
                    "de": [
                        "Auslaufen aus Tanks",
                        "Obstbäume ausgeschlossen",
                        "Kassenbestand Hofladen",
                        "Sicherungsrichtlinien",
                        "Produktrückruf",
                        "Saisonarbeitskräfte",
                    ],
                    "fr": [
                        "Coulage des cuves",
                        "Arbres exclus",
                        "Espèces en boutique",
                        "Mesures de prévention",
                        "Frais de retrait",
                        "Saisonniers",
                    ],
                }[lg]
            ),
            s.bold,
            s.size,
        )
        write(g, s, prose(rng, lg, "legal", 1, 2), s.size - 1)
    pages = close(
        [*letter, *g.pages],
        s,
        h,
        numbers=tr(lg, "Page {i} of {n}", "Seite {i} von {n}", "Page {i}/{n}"),
        covers=len(letter),
    )
    received(rng, pages[0], d, 0.3)
    remember(d)
    return pages


# ---------------------------------------------------------------------------------------------
# Templates NNNNN: pomace, trees, pickers, licences, competitions
# ---------------------------------------------------------------------------------------------


def tpl_pomace_docket(rng: random.Random, who: Issuer) -> list[Page]:
    """The pomace collection docket left by the biogas plant's lorry or the cattle farmer's
    trailer: a printed slip or an A6 docket with hand entries, the load, the waste or
    by-product code, the signatures."""
    h = head_of(who, "pomace")
    lg = h.lang
    prev = carried("pomace_docket", h.name)
    r = keyed(who, "pom")
    if isinstance(prev, tuple):
        no = int(prev[1]) + rng.randint(1, 12)
        d = prev[2] + timedelta(days=rng.randint(2, 6))
    else:
        no = r.randint(100, 9800)
        d = some_day(rng)
    t = round(rng.uniform(1.2, 14.0), 2)
    biogas = "Biogas" in h.name or "Méthanisation" in h.name
    code = (
        tr(
            lg,
            "EWC 02 03 04 - materials unsuitable for consumption",
            "AVV 02 03 04 - für Verzehr ungeeignete Stoffe",
            "Code déchet 02 03 04",
        )
        if biogas
        else tr(
            lg,
            "By-product for animal feed",
            "Futtermittel (Nebenprodukt)",
            "Coproduit - alimentation animale",
        )
    )
    slip = r.random() < 0.5
    size = SLIP if slip else A6
    s = paper(style_of(h, size, margin=14 if slip else 18, pt=7.5), size)
    w, hh = size
    m = s.margin
    p = Page(size)
    y = heading(p, s, h, 22)
    p.text(
        w / 2,
        y,
        tr(lg, "COLLECTION DOCKET", "ABHOLSCHEIN", "BON D'ENLÈVEMENT"),
        s.bold,
        10,
        "center",
    )
    p.text(w / 2, y + 12, f"No {no:05d}", s.font, 8, "center")
    y += 26
    entries = [
        (tr(lg, "Date", "Datum", "Date"), short(d, lg)),
        (tr(lg, "Collected from", "Abholstelle", "Enlevé chez"), maker_name()),
        (
            tr(lg, "Material", "Material", "Matière"),
            tr(lg, "Apple pomace", "Apfeltrester", "Marc de pommes"),
        ),
        (
            tr(lg, "Vehicle", "Fahrzeug", "Véhicule"),
            serial(rng, "AA99 AAA" if lg == "en" else "AA-AA 999" if lg == "de" else "AA-999-AA"),
        ),
        (
            tr(lg, "Weight (t)", "Menge (t)", "Poids (t)"),
            num(t, lg, 2) + ("" if biogas else " ca."),
        ),
    ]
    if slip:
        for a, b in entries:
            p.text(m, y, a, s.font, 7)
            hand(p, w - m - tw(b, HAND, 8.5), y, fit(b, HAND, 8.5, w * 0.55), 8.5)
            p.line(m, y + 4, w - m, y + 4)
            y += 16
    else:
        y = fields(
            p,
            s,
            m,
            y - 8,
            w - 2 * m,
            [
                *entries[:4],
                entries[4],
                (
                    tr(lg, "Time", "Uhrzeit", "Heure"),
                    f"{rng.randint(7, 17)}:{rng.choice(['00', '15', '30', '45'])}",
                ),
            ],
            per=2,
            tall=22,
        )
    p.text(m, y + 6, fit(code, s.font, 6.5, w - 2 * m), s.font, 6.5)
    if not biogas and rng.random() < 0.6:
        hand(
            p,
            m,
            y + 22,
            tr(
                lg,
                f"@ {money(r.choice([5.0, 8.0, 10.0]), lg)}/t to be set off",
                f"je t {money(r.choice([5.0, 8.0, 10.0]), lg)} verrechnen",
                f"{money(r.choice([5.0, 8.0]), lg)}/t à déduire",
            ),
            8.5,
        )
    cw = (w - 2 * m - 10) / 2
    sign_box(
        p, s, m, hh - 34, cw, tr(lg, "Driver", "Fahrer", "Chauffeur"), staff(h, "driver"), True
    )
    sign_box(
        p,
        s,
        m + cw + 10,
        hh - 34,
        cw,
        tr(lg, "Site", "Betrieb", "Site"),
        people()["cellar"],
        rng.random() < 0.8,
    )
    remember(d, (h.name, no, d))
    return [p]


TREE_FORMS = {
    "en": [
        ("Maiden whip", 11.5),
        ("2-yr feathered", 16.0),
        ("Half-standard", 24.0),
        ("Standard", 32.0),
    ],
    "de": [
        ("Veredlung einjährig", 12.0),
        ("Buschbaum 2j.", 19.0),
        ("Halbstamm", 29.0),
        ("Hochstamm 10/12", 39.0),
    ],
    "fr": [
        ("Scion d'un an", 11.0),
        ("Basse-tige 2 ans", 17.0),
        ("Demi-tige", 25.0),
        ("Haute-tige 8/10", 34.0),
    ],
}
ROOTS = {
    "en": ["MM106", "MM111", "M25", "Pyrodwarf", "Seedling"],
    "de": ["Sämling", "M25", "MM111", "Kirchensaller"],
    "fr": ["Franc", "MM106", "MM111", "Pyrus franc"],
}


def tpl_nursery_invoice(rng: random.Random, who: Issuer) -> list[Page]:
    """A fruit tree nursery's invoice for orchard trees: varieties, rootstocks, forms and
    quantities, stakes and guards, delivery; the plant passport labels on a sheet of their
    own behind."""
    h = head_of(who, "nursery", abroad=0.2)
    lg = h.lang
    s = style_of(h)
    w, _hh = s.page_size
    m = s.margin
    ex = LAST["extra"]
    trees = (
        ex[1]
        if after(("grant_letter",)) and isinstance(ex, tuple) and ex[0] == "grant"
        else rng.randint(10, 150)
    )
    d = last_day(rng, ("grant_letter",), (10, 60))
    ino = serial(rng, "99999")
    f = sheets(s, h, f"{h.name} - {tr(lg, 'Invoice', 'Rechnung', 'Facture')} {ino}")
    recipient(
        f,
        s,
        h,
        maker_lines(),
        d,
        [
            (tr(lg, "Invoice", "Rechnung", "Facture"), ino),
            (
                tr(lg, "Dispatch", "Versand", "Expédition"),
                short(d - timedelta(days=rng.randint(0, 4)), lg),
            ),
        ],
    )
    caption(f, s, tr(lg, "INVOICE", "RECHNUNG", "FACTURE"), 4)
    rows = []
    net = 0.0
    left = trees
    varieties = rng.sample(APPLES[home()] + PEARS[home()], rng.randint(2, 7))
    form, price = rng.choice(TREE_FORMS[lg][2:] if trees < 200 else TREE_FORMS[lg])
    for k, v in enumerate(varieties):
        q = (
            left
            if k == len(varieties) - 1
            else max(1, left // (len(varieties) - k) + rng.randint(-3, 3))
        )
        q = max(q, 1)
        left = max(left - q, 0)
        pr = round(price * rng.uniform(0.9, 1.15), 2)
        net += q * pr
        root = (
            rng.choice(ROOTS[lg])
            if v not in PEARS[home()]
            else tr(lg, "Pear seedling", "Birnensämling", "Poirier franc")
        )
        rows.append([v, root, form, str(q), money(pr, lg), money(q * pr, lg)])
    for t, pr in [
        (tr(lg, "Tree stake 2.1 m", "Baumpfahl 2,5 m", "Tuteur 2,5 m"), 3.2),
        (tr(lg, "Spiral rabbit guard", "Verbissschutz", "Protection lapin"), 0.9),
        (tr(lg, "Tree tie + spacer", "Kokosstrick", "Attache"), 0.7),
    ]:
        if rng.random() < 0.6:
            rows.append([t, "", "", str(trees), money(pr, lg), money(trees * pr, lg)])
            net += trees * pr
    table(
        f,
        columns(
            m,
            w - m,
            [
                (2.2, "left"),
                (1.2, "left"),
                (1.6, "left"),
                (0.6, "right"),
                (0.8, "right"),
                (1, "right"),
            ],
        ),
        [
            tr(lg, "Variety / item", "Sorte / Artikel", "Variété / article"),
            tr(lg, "Rootstock", "Unterlage", "Porte-greffe"),
            tr(lg, "Form", "Form", "Forme"),
            tr(lg, "Qty", "Stk", "Qté"),
            tr(lg, "Each", "Preis", "P.U."),
            tr(lg, "Total", "Betrag", "Montant"),
        ],
        rows,
        s,
        rules=rng.random() < 0.5,
    )
    cross = lg != home()
    totals(
        f,
        s,
        lg,
        round(net, 2),
        0.0 if cross else {"en": 0.0, "de": 7.0, "fr": 10.0}[lg],
        note=tr(
            lg,
            "Trees: zero-rated." if not cross else "Reverse charge.",
            "Pflanzen 7 % USt." if not cross else "Steuerfreie ig. Lieferung.",
            "TVA 10 % (végétaux)." if not cross else "Autoliquidation.",
        ),
    )
    write(
        f,
        s,
        tr(
            lg,
            "Plant in a sheltered spot, water in well. " + words(rng, "en", "fruit"),
            "Pflanzhinweise beachten. " + words(rng, "de", "fruit"),
            "Conseils de plantation joints. " + words(rng, "fr", "fruit"),
        ),
        s.size - 1,
    )
    pages = list(f.pages)
    if rng.random() < 0.7:
        p = Page(A4)
        pw, ph = A4
        p.text(
            40,
            40,
            tr(
                lg,
                "Plant passports - delivery",
                "Pflanzenpässe zur Lieferung",
                "Passeports phytosanitaires - livraison",
            )
            + f" {ino}",
            "Helvetica-Bold",
            10,
        )
        reg = {
            "en": f"GB-{rng.randint(10000, 99999)}",
            "de": f"DE-BW1-{rng.randint(10000, 99999)}",
            "fr": f"FR-{rng.randint(14, 61)}{rng.randint(100000, 999999)}",
        }[lg]
        bw, bh = (pw - 80 - 10) / 2, 92
        for k, v in enumerate(varieties[:12]):
            x = 40 + (k % 2) * (bw + 10)
            y = 60 + (k // 2) * (bh + 10)
            if y + bh > ph - 40:
                break
            p.rect(x, y, bw, bh)
            p.rect(x + 6, y + 6, 30, 20, fill=0.35)
            p.text(x + 21, y + 20, "EU", "Helvetica-Bold", 8, "center")
            p.text(
                x + 44,
                y + 18,
                tr(lg, "Plant Passport", "Pflanzenpass", "Passeport phytosanitaire"),
                "Helvetica-Bold",
                9,
            )
            genus = "Pyrus communis" if v in PEARS[home()] else "Malus domestica"
            for j, t in enumerate(
                [
                    f"A  {genus} '{v}'",
                    f"B  {reg}",
                    f"C  {serial(rng, 'L99-9999')}",
                    f"D  {({'en': 'GB', 'de': 'DE', 'fr': 'FR'})[lg]}",
                ]
            ):
                p.text(x + 8, y + 40 + 12 * j, fit(t, "Helvetica", 8, bw - 16), "Helvetica", 8)
        pages.append(p)
    pages = close(pages, s, h, numbers="none")
    received(rng, pages[0], d, 0.3)
    remember(d)
    return pages


def tpl_picking_tally(rng: random.Random, who: Issuer) -> list[Page]:
    """The office's weekly picking tally sheet: a printed landscape grid filled in by hand, the
    pickers down the side, the days across, bins (or bags) picked per orchard, the piece rate,
    totals and the supervisor's signature."""
    h = maker_head()
    lg = h.lang
    prev = carried("picking_tally", maker_name())
    if isinstance(prev, tuple):
        wk = prev[1] + timedelta(days=7)
    else:
        d0 = some_day(rng)
        if not in_season(d0):
            d0 = date(d0.year, rng.choice([9, 10, 10, 11]), rng.randint(1, 24))
        wk = d0 - timedelta(days=d0.weekday())
    size = landscape(A4)
    s = paper(style_of(h, size, margin=36, pt=8), size)
    w, hh = size
    m = 36
    p = Page(size)
    p.text(
        m,
        40,
        tr(lg, "PICKING TALLY SHEET", "ERNTELISTE / AKKORDZETTEL", "FEUILLE DE RAMASSAGE"),
        "Helvetica-Bold",
        13,
    )
    p.text(w - m, 40, maker_name(), "Helvetica", 9, "right")
    p.text(m, 58, tr(lg, "Week commencing:", "Woche ab:", "Semaine du :"), "Helvetica", 9)
    hand(p, m + 100, 58, short(wk, lg), 11)
    orch = rng.choice(
        {
            "en": ["Long Meadow", "Church Orchard", "Top Ground"],
            "de": ["Kirchwiese", "Obere Halde", "Am Hohlweg"],
            "fr": ["Le Grand Clos", "La Mare", "Les Hauts"],
        }[lg]
    )
    p.text(w / 2 - 40, 58, tr(lg, "Orchard:", "Bestand:", "Verger :"), "Helvetica", 9)
    hand(p, w / 2 + 10, 58, orch, 11)
    rate = {"en": 9.0, "de": 4.5, "fr": 5.0}[lg] * rng.choice([1, 1.1, 1.2])
    unit = tr(
        lg,
        "bin",
        "Sack (25 kg)" if rng.random() < 0.5 else "Kiste",
        "palox" if rng.random() < 0.5 else "sac",
    )
    p.text(
        w - m - 180,
        58,
        tr(lg, f"Rate per {unit}:", f"Satz je {unit}:", f"Tarif par {unit} :"),
        "Helvetica",
        9,
    )
    hand(p, w - m - 60, 58, cash(rate, lg), 11)
    days = [
        tr(lg, t, g, fr)
        for t, g, fr in zip(
            ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"],
            ["Mo", "Di", "Mi", "Do", "Fr", "Sa", "So"],
            ["Lun", "Mar", "Mer", "Jeu", "Ven", "Sam", "Dim"],
            strict=True,
        )
    ]
    names = random.Random(int(str(OFFICE["seed"]))).sample(PICKERS, 2)  # the season's two pickers
    if rng.random() < 0.3:
        names.append(people()["cellar"])
    names = (
        [*names, people()["owner"].split()[0] + tr(lg, " (owner)", " (Chef)", " (patron)")]
        if rng.random() < 0.4
        else names
    )
    x0 = m
    colw = [150] + [62] * 7 + [60, 80]
    y = 90.0
    heads = [
        tr(lg, "Name", "Name", "Nom"),
        *[f"{d_} {short(wk + timedelta(days=k), lg)[:5]}" for k, d_ in enumerate(days)],
        tr(lg, "Total", "Summe", "Total"),
        tr(lg, "Pay", "Lohn", "Montant"),
    ]
    rows_n = max(len(names) + 3, 7)
    gw = sum(colw)
    p.rect(x0, y, gw, 22, fill=0.85)
    x = x0
    for cw, t in zip(colw, heads, strict=True):
        p.text(x + 4, y + 14, fit(t, "Helvetica-Bold", 7.5, cw - 6), "Helvetica-Bold", 7.5)
        x += cw
    y += 22
    rh = min(34.0, (hh - y - 110) / rows_n)
    for i in range(rows_n):
        p.rect(x0, y, gw, rh)
        x = x0
        for cw in colw[:-1]:
            x += cw
            p.line(x, y, x, y + rh)
        if i < len(names):
            hand(p, x0 + 4, y + rh * 0.65, names[i], 9.5, colw[0] - 8)
            tot = 0
            x = x0 + colw[0]
            for k in range(7):
                if k < 6 and rng.random() < 0.8:
                    n = rng.randint(1, 9)
                    tot += n
                    hand(p, x + 20, y + rh * 0.65, str(n), 11)
                elif k < 6:
                    hand(
                        p,
                        x + 14,
                        y + rh * 0.65,
                        rng.choice(
                            ["-", "rain", "off"]
                            if lg == "en"
                            else ["-", "Regen"]
                            if lg == "de"
                            else ["-", "pluie"]
                        ),
                        9,
                    )
                x += colw[k + 1]
            hand(p, x + 16, y + rh * 0.65, str(tot), 11)
            hand(p, x + colw[8] + 6, y + rh * 0.65, money(tot * rate, lg), 10)
        y += rh
    y += 26
    p.text(m, y, tr(lg, "Notes:", "Bemerkungen:", "Remarques :"), "Helvetica", 8)
    if rng.random() < 0.6:
        hand(
            p,
            m + 50,
            y,
            rng.choice(
                {
                    "en": [
                        "Dabinett finished Thurs",
                        "ladders to top orchard",
                        "2 bins rejected - rot",
                    ],
                    "de": ["Bohnapfel fertig", "Leiter defekt", "2 Kisten faul"],
                    "fr": ["fini les Bisquet jeudi", "2 palox refusés"],
                }[lg]
            ),
            10,
        )
    y += 36
    sign_box(
        p,
        s,
        m,
        y,
        200,
        tr(lg, "Checked (supervisor)", "Geprüft (Betriebsleiter)", "Vérifié par"),
        people()["cellar"],
        rng.random() < 0.8,
    )
    sign_box(
        p,
        s,
        m + 260,
        y,
        200,
        tr(lg, "Entered in payroll", "In Lohnabrechnung übernommen", "Saisi en paie"),
        people()["office"],
        rng.random() < 0.5,
    )
    remember(wk, (maker_name(), wk))
    return [p]


def premises_plan(rng: random.Random, s: Style, title: str, lang: str) -> Page:
    """A licence plan: the shop and the tasting room, the bar counter, the exits, the area
    where alcohol is sold edged in red (a thick line)."""
    p = Page(A4)
    w, _hh = A4
    m = 50
    p.text(m, m, fit(title, s.bold, 10, w - 2 * m), s.bold, 10)
    x0, y0 = m + 20, m + 60
    bw, bh = w - 2 * m - 40, 420
    p.rect(x0, y0, bw, bh)
    p.rect(x0 - 2, y0 - 2, bw * 0.6 + 4, bh * 0.55 + 4)
    p.rect(x0 - 3, y0 - 3, bw * 0.6 + 6, bh * 0.55 + 6)
    p.line(x0 + bw * 0.6, y0, x0 + bw * 0.6, y0 + bh)
    p.line(x0, y0 + bh * 0.55, x0 + bw * 0.6, y0 + bh * 0.55)
    p.rect(x0 + 20, y0 + 30, 120, 16, fill=0.7)
    p.text(
        x0 + 80,
        y0 + 24,
        tr(lang, "Counter / till", "Theke / Kasse", "Comptoir"),
        "Helvetica",
        7,
        "center",
    )
    p.text(
        x0 + bw * 0.3,
        y0 + bh * 0.3,
        tr(lang, "FARM SHOP / TASTING", "HOFLADEN / PROBIERSTUBE", "BOUTIQUE / DÉGUSTATION"),
        "Helvetica-Bold",
        9,
        "center",
    )
    p.text(
        x0 + bw * 0.3,
        y0 + bh * 0.78,
        tr(lang, "STORE", "LAGER", "RÉSERVE"),
        "Helvetica-Bold",
        9,
        "center",
    )
    p.text(
        x0 + bw * 0.8,
        y0 + bh * 0.5,
        tr(lang, "PRESS HOUSE", "KELTERHAUS", "PRESSOIR"),
        "Helvetica-Bold",
        9,
        "center",
    )
    for ex in (y0 + 60, y0 + bh - 40):
        p.rect(x0 - 6, ex, 6, 24, fill=0.2)
        p.text(x0 - 10, ex + 14, tr(lang, "EXIT", "NOTAUSGANG", "SORTIE"), "Helvetica", 6, "right")
    p.text(
        m,
        y0 + bh + 30,
        tr(
            lang,
            "Licensed area edged in bold. Scale 1:100.",
            "Schankfläche fett umrandet. M 1:100.",
            "Zone de vente délimitée en trait gras. Échelle 1/100.",
        ),
        "Helvetica",
        8,
    )
    return p


def tpl_premises_licence(rng: random.Random, who: Issuer) -> list[Page]:
    """The licensing authority's papers for the farm shop and the harvest festival: a
    covering letter with the premises licence (Part A with the licensable activities and
    times, the annex of conditions, the plan), the Gestattung nach § 12 GastG for an
    Apfelweinfest with the Auflagen, the fee and the Rechtsbehelfsbelehrung, or the mairie's
    récépissé de déclaration or arrêté for a temporary bar."""
    h = head_of(who, "licensing")
    lg = h.lang
    s = style_of(h)
    w, _hh = s.page_size
    m = s.margin
    d = some_day(rng)
    owner = people()["owner"]
    ref = {
        "en": f"PL{rng.randint(1000, 9999)}/{d.year % 100}",
        "de": f"32.1-{rng.randint(100, 999)}/{d.year}",
        "fr": f"Arrêté n° {d.year}-{rng.randint(10, 199)}",
    }[lg]
    f = sheets(s, h, f"{h.name} - {ref}")
    recipient(
        f,
        s,
        h,
        [mx(owner, lg), *maker_lines()],
        d,
        [(tr(lg, "Our ref", "Aktenzeichen", "Réf."), ref)],
    )
    fest = d + timedelta(days=rng.randint(14, 60))
    if lg == "en":
        caption(f, s, "Licensing Act 2003 - grant of premises licence", 2)
        write(f, s, dear(lg, f"{'Mrs' if owner.split()[0] in FEMALE else 'Mr'} {owner}"))
        write(
            f,
            s,
            f"Your application for a premises licence for the farm shop and tasting room at "
            f"{maker_head().street} has been granted. The licence and its summary are enclosed. "
            f"The summary must be displayed at the premises. " + words(rng, "en", "rules"),
        )
        regards(f, s, lg, staff(h, "officer"), "Licensing Officer")
        letter = f.pages
        g = more(s, h, f"Premises Licence {ref}")
        g.pages[0].items.clear()
        g.y = heading(g.pages[0], s, h)
        caption(g, s, "PREMISES LICENCE - Part A", 3, rule=True)
        g.y = fields(
            g.page,
            s,
            m,
            g.y,
            w - 2 * m,
            [
                ("Premises licence number", ref),
                ("Premises", f"{maker_name()}, {maker_head().street}, {maker_head().town}"),
                ("Licence holder", maker_name()),
                ("Designated premises supervisor", owner),
            ],
            per=1,
            tall=26,
            hand=False,
        )
        table(
            g,
            columns(m, w - m, [(3, "left"), (2.4, "left")]),
            ["Licensable activity", "Times"],
            [
                ["Sale by retail of alcohol - off the premises", "Mon-Sun 09:00-19:00"],
                ["Sale by retail of alcohol - on the premises (tasting)", "Mon-Sun 10:00-18:00"],
                [
                    "Regulated entertainment - live music (outdoors)",
                    f"{rng.randint(2, 6)} events per year, to 22:00",
                ],
            ],
            s,
            rules=True,
        )
        g.heading(m, "Annex 1 - Mandatory conditions", s.bold, s.size + 1)
        for k in range(rng.randint(3, 5)):
            write(g, s, f"{k + 1}. {prose(rng, 'en', 'rules', 1, 2)}", s.size - 1)
        g.heading(
            m, "Annex 2 - Conditions consistent with the operating schedule", s.bold, s.size + 1
        )
        for k in range(rng.randint(3, 7)):
            write(g, s, f"{k + 1}. {prose(rng, 'en', 'rules', 1, 2)}", s.size - 1)
        pages = [
            *letter,
            *g.pages,
            premises_plan(rng, s, f"Annex 3 - Plan of the premises ({ref})", lg),
        ]
        pages = close(pages, s, h, numbers="Page {i} of {n}", covers=len(letter))
    else:
        if lg == "de":
            caption(
                f,
                s,
                f"Gestattung nach § 12 Gaststättengesetz - Apfelweinfest am {day(h, fest)}",
                1.5,
            )
            write(f, s, dear(lg, mx(owner, lg)))
            write(
                f,
                s,
                f"auf Ihren Antrag vom {short(d - timedelta(days=rng.randint(7, 30)), lg)} wird "
                "Ihnen "
                f"aus besonderem Anlass gestattet, am {day(h, fest)} von 11:00 bis 22:00 Uhr auf "
                "dem "
                f"Gelände {maker_head().street} alkoholische Getränke (Apfelwein, Secco) und "
                "Speisen zum "
                f"Verzehr an Ort und Stelle abzugeben.",
            )
            f.heading(m, "Auflagen", s.bold, s.size + 1)
            for k in range(rng.randint(4, 8)):
                write(f, s, f"{k + 1}. {prose(rng, 'de', 'rules', 1, 2)}", s.size - 1)
            f.heading(m, "Gebühr", s.bold, s.size + 1)
            write(
                f,
                s,
                "Für diese Gestattung wird eine Verwaltungsgebühr von "
                f"{cash(rng.choice([45.0, 60.0, 80.0]), lg)} "
                f"festgesetzt. Bitte überweisen Sie den Betrag unter Angabe des Aktenzeichens.",
            )
            f.heading(m, "Rechtsbehelfsbelehrung", s.bold, s.size + 1)
            write(
                f,
                s,
                "Gegen diesen Bescheid kann innerhalb eines Monats nach Bekanntgabe Klage beim "
                "Verwaltungsgericht erhoben werden.",
                s.size - 1,
            )
            regards(f, s, lg, staff(h, "officer"), "Im Auftrag")
            pages = f.pages
            if rng.random() < 0.5:
                pages = [*pages, premises_plan(rng, s, f"Lageplan zur Gestattung {ref}", lg)]
        else:
            caption(
                f,
                s,
                f"{ref} portant autorisation d'ouverture temporaire d'un débit de boissons",
                1.5,
            )
            write(
                f,
                s,
                f"Le Maire de la commune, vu le Code de la santé publique et notamment l'article "
                f"L. 3334-2, vu la demande présentée par {mx(owner, lg)} pour la Fête du cidre,",
            )
            f.heading(m, "ARRÊTE", s.bold, s.size + 2)
            for k in range(rng.randint(3, 5)):
                write(f, s, f"Article {k + 1} : {prose(rng, 'fr', 'rules', 1, 2)}", s.size - 1)
            write(f, s, f"Fait à {h.town.split(' ', 1)[1]}, le {short(d, lg)}")
            f.need(80)
            seal(
                f.page,
                w - m - 70,
                f.y + 30,
                34,
                h.name.split(" - ")[0].upper(),
                tr(lg, "", "", "LE MAIRE"),
            )
            scrawl(f.page, w - m - 180, f.y + 40, staff(h, "maire"))
            f.y += 80
            pages = f.pages
            if rng.random() < 0.5:
                p = Page(A4)
                p.text(50, 50, "Cerfa n° 11542*05 - RÉCÉPISSÉ DE DÉCLARATION", "Helvetica-Bold", 10)
                fields(
                    p,
                    s,
                    50,
                    70,
                    w - 100,
                    [
                        ("Déclarant", owner),
                        ("Établissement", maker_name()),
                        ("Adresse", maker_head().street),
                        (
                            "Licence",
                            rng.choice(
                                [
                                    "Petite licence à emporter",
                                    "Licence restaurant",
                                    "Licence à emporter",
                                ]
                            ),
                        ),
                        ("Date de la déclaration", short(d - timedelta(days=10), lg)),
                        ("N° d'enregistrement", serial(rng, "99-999")),
                    ],
                    per=2,
                    tall=30,
                )
                seal(p, w - 130, 330, 34, h.name.upper(), "MAIRIE")
                pages = [*pages, p]
        pages = close(
            pages,
            s,
            h,
            numbers=tr(lg, "", "Seite {i} von {n}", "{i}/{n}") if len(pages) > 1 else "none",
        )
    received(rng, pages[0], d, 0.35)
    remember(d)
    return pages


def tpl_competition_results(rng: random.Random, who: Issuer) -> list[Page]:
    """A cider competition's results letter: the entries, their classes, scores and awards;
    the award certificate on a landscape page with a border and signatures; the judges' score
    sheets, one per entry, with marks and comments by hand."""
    h = head_of(who, "competition", abroad=0.2)
    lg = h.lang
    s = style_of(h)
    w, _hh = s.page_size
    m = s.margin
    d = some_day(rng)
    f = sheets(s, h)
    recipient(
        f,
        s,
        h,
        maker_lines(),
        d,
        [
            (
                tr(lg, "Entrant no.", "Teilnehmer-Nr.", "N° candidat"),
                serial(keyed(who, "ent"), "999"),
            )
        ],
    )
    year = d.year
    event = h.name
    caption(
        f,
        s,
        tr(
            lg,
            f"Results - {event} {year}",
            f"Ergebnisse - {event} {year}",
            f"Palmarès - {event} {year}",
        ),
        1.5,
    )
    write(f, s, dear(lg, None))
    write(
        f,
        s,
        tr(
            lg,
            "Thank you for entering. The judging took place last week and we are delighted to "
            "send you your results below. " + words(rng, "en", "rules"),
            "vielen Dank für Ihre Teilnahme. Die Verkostung hat stattgefunden; Ihre Ergebnisse "
            "finden Sie nachstehend. " + words(rng, "de", "rules"),
            "Merci de votre participation. Vous trouverez ci-dessous les résultats obtenus par vos "
            "produits. " + words(rng, "fr", "rules"),
        ),
    )
    entries = rng.sample(PRODUCTS[home()], rng.randint(1, 4))
    rows = []
    awards = []
    for _code, name, _ in entries:
        sc = rng.randint(52, 96)
        aw = (
            tr(lg, "Gold", "Gold", "Médaille d'or")
            if sc > 88
            else tr(lg, "Silver", "Silber", "Médaille d'argent")
            if sc > 78
            else tr(lg, "Bronze", "Bronze", "Médaille de bronze")
            if sc > 68
            else tr(lg, "Commended", "-", "-")
        )
        rows.append(
            [
                str(rng.randint(100, 480)),
                rng.choice(
                    ["Class 3", "Class 5", "Class 8"]
                    if lg == "en"
                    else ["Kat. A", "Kat. B", "Kat. C"]
                    if lg == "de"
                    else ["Cat. 1", "Cat. 2"]
                ),
                name,
                str(sc),
                aw,
            ]
        )
        awards.append((name.split(" (")[0], aw, sc))
    table(
        f,
        columns(
            m, w - m, [(0.7, "left"), (0.9, "left"), (3.6, "left"), (0.7, "center"), (1.4, "left")]
        ),
        [
            tr(lg, "Entry", "Nr.", "N°"),
            tr(lg, "Class", "Kategorie", "Catégorie"),
            tr(lg, "Product", "Produkt", "Produit"),
            tr(lg, "Score", "Punkte", "Note"),
            tr(lg, "Award", "Prämierung", "Distinction"),
        ],
        rows,
        s,
        rules=True,
    )
    f.y += 6
    write(
        f,
        s,
        tr(
            lg,
            "Medal stickers can be ordered with the enclosed form. Please use the logo only on the "
            "batches entered.",
            "Medaillenaufkleber können Sie mit beiliegendem Formular bestellen.",
            "Les macarons peuvent être commandés auprès de l'organisation.",
        ),
        s.size - 1,
    )
    regards(
        f,
        s,
        lg,
        staff(h, "chair"),
        tr(lg, "Competition Secretary", "Wettbewerbsleitung", "Le commissaire général"),
    )
    pages = list(f.pages)
    best = max(awards, key=lambda a: a[2])
    if best[2] > 68 and rng.random() < 0.8:
        size = landscape(A4)
        cw_, ch_ = size
        p = Page(size)
        p.rect(24, 24, cw_ - 48, ch_ - 48)
        p.rect(30, 30, cw_ - 60, ch_ - 60)
        p.rect(34, 34, cw_ - 68, ch_ - 68)
        p.text(
            cw_ / 2, 110, event, "Times-Bold", shrink(event, "Times-Bold", 22, cw_ - 120), "center"
        )
        p.text(
            cw_ / 2,
            160,
            tr(lg, "CERTIFICATE OF AWARD", "URKUNDE", "DIPLÔME"),
            "Times-Roman",
            28,
            "center",
        )
        p.text(
            cw_ / 2,
            210,
            tr(lg, "presented to", "verliehen an", "décerné à"),
            "Times-Italic",
            14,
            "center",
        )
        p.text(
            cw_ / 2,
            250,
            maker_name(),
            "Times-Bold",
            shrink(maker_name(), "Times-Bold", 24, cw_ - 140),
            "center",
        )
        p.text(
            cw_ / 2,
            290,
            tr(lg, f"for {best[0]}", f"für {best[0]}", f"pour {best[0]}"),
            "Times-Roman",
            14,
            "center",
        )
        p.text(cw_ / 2, 330, f"{best[1]} - {year}", "Times-Bold", 20, "center")
        seal(p, cw_ / 2, 430, 40, event.upper()[:30], str(year))
        for k, nm in enumerate([staff(h, "chair"), staff(h, "judge")]):
            x = 120 + k * (cw_ - 400)
            scrawl(p, x, 470, nm)
            p.line(x, 474, x + 160, 474)
            p.text(x, 486, nm, "Times-Roman", 9)
        pages.append(p)
    if rng.random() < 0.7:
        for name, _aw, sc in awards[: rng.randint(1, len(awards))]:
            p = Page(A4)
            pw, _ph = A4
            p.text(
                50,
                50,
                tr(lg, "JUDGING SHEET", "BEWERTUNGSBOGEN", "FICHE DE DÉGUSTATION"),
                "Helvetica-Bold",
                12,
            )
            p.text(
                pw - 50,
                50,
                f"{tr(lg, 'Entry', 'Probe', 'Échantillon')} {serial(rng, '999')}",
                "Helvetica",
                10,
                "right",
            )
            p.text(50, 66, fit(name, "Helvetica", 9, pw - 100), "Helvetica", 9)
            y = 96.0
            crit = [
                (tr(lg, "Appearance", "Aussehen", "Aspect"), 10),
                (tr(lg, "Aroma", "Geruch", "Nez"), 25),
                (tr(lg, "Taste", "Geschmack", "Bouche"), 35),
                (tr(lg, "Balance / finish", "Harmonie", "Équilibre"), 20),
                (tr(lg, "Overall", "Gesamteindruck", "Impression générale"), 10),
            ]
            tot = 0
            for j, (c, mx_) in enumerate(crit):
                p.rect(50, y - 12, pw - 100, 46)
                p.text(56, y, c, "Helvetica-Bold", 9)
                p.text(pw - 120, y, f"/ {mx_}", "Helvetica", 9)
                v = min(mx_, round(mx_ * sc / 100 + rng.randint(-2, 2)))
                if j == len(crit) - 1:
                    v = max(0, min(mx_, sc - tot))
                tot += v
                hand(p, pw - 150, y + 2, str(v), 12)
                hand(
                    p,
                    60,
                    y + 20,
                    fit(words(rng, lg, "fruit", rng.randint(4, 8)).lower(), HAND, 9, pw - 230),
                    9,
                )
                y += 52
            p.text(56, y + 10, tr(lg, "TOTAL", "GESAMT", "TOTAL"), "Helvetica-Bold", 10)
            hand(p, pw - 150, y + 10, f"{tot} / 100", 12)
            p.text(56, y + 50, tr(lg, "Judge", "Prüfer/in", "Juré"), "Helvetica", 8)
            scrawl(p, 110, y + 50, staff(h, f"judge{rng.randint(1, 5)}"), 12)
            pages.append(p)
    pages = close(pages, s, h, numbers="none")
    received(rng, pages[0], d, 0.25)
    remember(d)
    return pages


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
    "fruit_contract": tpl_fruit_contract,
    "weight_ticket": tpl_weight_ticket,
    "grower_invoice": tpl_grower_invoice,
    "grant_letter": tpl_grant_letter,
    "packaging_invoice": tpl_packaging_invoice,
    "duty_return": tpl_duty_return,
    "customs_letter": tpl_customs_letter,
    "lab_certificate": tpl_lab_certificate,
    "wholesale_order": tpl_wholesale_order,
    "delivery_note": tpl_delivery_note,
    "card_statement": tpl_card_statement,
    "stand_booking": tpl_stand_booking,
    "organic_inspection": tpl_organic_inspection,
    "haulage_invoice": tpl_haulage_invoice,
    "insurance_schedule": tpl_insurance_schedule,
    "pomace_docket": tpl_pomace_docket,
    "nursery_invoice": tpl_nursery_invoice,
    "picking_tally": tpl_picking_tally,
    "premises_licence": tpl_premises_licence,
    "competition_results": tpl_competition_results,
}
TEMPLATES_NNNNN: dict[str, Template] = {k: tracked(k, t) for k, t in KINDS.items()}
#: Kinds that a pile often holds 2-4 of in a row from one sender.
RUN_KINDS = (
    "weight_ticket",
    "grower_invoice",
    "packaging_invoice",
    "lab_certificate",
    "wholesale_order",
    "haulage_invoice",
    "pomace_docket",
    "picking_tally",
)
#: A kind often followed by a related paper.
FOLLOWS = {
    "fruit_contract": "weight_ticket",
    "weight_ticket": "grower_invoice",
    "duty_return": "customs_letter",
    "wholesale_order": "delivery_note",
    "grant_letter": "nursery_invoice",
}


# ---------------------------------------------------------------------------------------------
# Streams and generation (same files and labels as corpus.generate)
# ---------------------------------------------------------------------------------------------


def make_mincer_stream(rng: random.Random, n_docs: int, separators: bool) -> Stream:
    """One office's pile: ``corpus.make_stream`` with batch runs (after a run kind, 1-3 more
    of the same kind from the same sender follow with probability 0.6) and companions (each
    kind in ``FOLLOWS`` is followed by its related paper with probability 0.5). The office
    (country, name, month) is drawn once per stream."""
    r = random.Random(rng.getrandbits(32))
    lang = r.choice(["en", "en", "de", "de", "fr"])
    OFFICE["lang"] = lang
    OFFICE["row"] = r.randrange(len(MAKERS[lang]))
    OFFICE["seed"] = r.getrandbits(24)
    OFFICE["month"] = date(
        r.choice([2024, 2025]), r.choice([1, 2, 3, 5, 7, 9, 9, 10, 10, 10, 11, 11, 12]), 1
    )
    LAST.update(kind="", day=None, extra=None)
    run_odds = dict.fromkeys(RUN_KINDS, 0.6)
    return assemble_stream(
        rng, TEMPLATES_NNNNN, n_docs, separators, run_odds, run_len=(1, 3), follows=FOLLOWS
    )


generate = part_generate(PART, SEED_OFFSET, make_mincer_stream, "templates NNNNN")


def main(argv: list[str]) -> int:
    return part_main(argv, __doc__, PART, generate, scanned=12)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

"""Pipkin part of the generated corpus: templates AAA, written blind for the next measurement.

A part of its own, ``pipkin``. Its templates were written without looking at the boundary
detector, its documentation, its tuning or its evaluation, as the pile the office of a small
craft brewery with a taproom (brewhouse, fermenting and bright tanks, a canning and bottling
line, sales to pubs, bottle shops and distributors; in England, Germany or France) feeds
through its scanner in a month: maltsters' bulk and bagged delivery tickets with the malt
certificate of analysis behind, and their monthly invoices; hop merchants' forward contracts
(Hopfenvorkontrakt, contrat d'achat de houblon) with a covering letter, the crop-year schedule,
the contract conditions and the counterpart to sign; the brewery's own duty returns (Alcohol
Duty return printout, Steueranmeldung für Bier, déclaration récapitulative mensuelle) and the
customs authority's letters (amended calculation, visit notice, approval; HMRC, Hauptzollamt,
bureau de douane) with their annexes and the German Rechtsbehelfsbelehrung; the keg rental
company's monthly container hire statements with landscape movement lists, and its unreturned
container notices with the trace form; laboratories' beer analysis certificates ("Page 1 of 2")
with the microbiology page; distributors' purchase orders, now and then with their purchasing
conditions on the back; the brewery's own dray delivery notes signed by the pubs, with the
empties collected; the pubs' ullage (returned beer) claims; label printers' proof approval
sheets with the artwork on landscape pages, and their invoices; the water company's trade
effluent consents (Indirekteinleitergenehmigung, arrêté d'autorisation de déversement) with
the covering letter, numbered conditions and the sampling point schedule, and its trade
effluent bills with the sample results; beer festival brewery booking forms filled in by hand
with the exhibitor terms and the site plan; pressure systems examination reports
(written scheme examination, BetrSichV-Prüfbericht, inspection périodique ESP) with the vessel
register on a landscape page; brewing equipment engineers' service reports with the double
seam check or chiller readings page; taproom private hire booking forms filled in by
customers with the hire terms; farmers' spent grain collection dockets on small slips. Each
stream is one brewery's pile: the brewery (country, name, beers, month) is drawn once per
stream; its senders are of the brewery's country and write in its language, except that
maltsters, hop merchants, label printers, equipment makers, distributors and festivals are now
and then from abroad (a Hallertau hop merchant, a US hop supplier or canning line maker on
Letter paper, a French maltster) and write in their own. Page sizes range from narrow delivery
tickets, A6 dockets and A5 forms to A4, Letter and landscape A4.

Labelling rule: what one sender issues in one go is one document, as the brewery office files
it: the certificate of analysis sent with a malt delivery ticket; the conditions page and
remittance slip of a maltster's invoice; the covering letter, schedule, conditions and
counterpart signature page of a hop contract; every page of a duty return; the annex and the
Rechtsbehelfsbelehrung of a customs letter; the movement list pages of a hire statement; the
trace form of an unreturned container notice; the microbiology page of a certificate; the
purchasing conditions behind an order; the artwork pages of a proof; the covering letter,
conditions and schedule of a consent; the sample results page of an effluent bill; the terms
and site plan of a festival booking form; the vessel register and defects pages of an
examination report; the checklist page of a service report; the terms page of a taproom
booking. Related papers are documents of their own: the maltster's invoice after its
delivery ticket, the customs letter after the duty return, the unreturned container notice
after the hire statement, the printer's invoice after the proof, the delivery note after a
distributor's order and the pub's ullage claim after its delivery note; and so is each
ticket, certificate, order, delivery note, docket and booking of a run.

Streams are assembled like ``corpus.make_stream`` (same separator sheets, same 30% chance of
repeating the previous kind and sender), plus batch runs: malt delivery tickets, beer analysis
certificates, distributors' orders, delivery notes, ullage claims, printers' invoices, taproom
bookings and spent grain dockets often come 2-4 in a row from one sender with other dates,
numbers and amounts; and companions: each related paper above often follows the document it
answers, about the same delivery, return, statement, proof or order. Drawn with
``corpus.draw_pdf``, scanned with ``corpus.scan`` and labelled exactly like ``corpus.generate``
with ``"split": "pipkin"`` and seeds offset by 5_200_000.

Usage: ``python benchmarks/corpus_pipkin.py OUT_DIR [--streams N] [--scanned N] [--seed S]``
writes ``OUT_DIR/pipkin/pipkin_{born_digital,scanned}_NNNNNNN.{pdf,json}``.
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
    box,
    caption,
    close,
    columns,
    date_text,
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
)
from corpus_kit import address as window

PART = "pipkin"
SEED_OFFSET = 5_200_000

MM = 72 / 25.4
SLIP = (80 * MM, 190 * MM)
A6 = (105 * MM, 148 * MM)

# ---------------------------------------------------------------------------------------------
# Who writes: the brewery and its outside senders, by country
# ---------------------------------------------------------------------------------------------

Row = tuple[str, str, str, str]  # name, street, town, telephone
BREWERIES: dict[str, list[Row]] = {
    "en": [
        (
            "Tinners Yard Brewing Co Ltd",
            "Unit 4, Wheal Road Industrial Estate",
            "Redruth TR15 3RQ",
            "01209 218 440",
        ),
        ("Hollin Clough Brewery", "Foundry Mill, Mill Lane", "Hebden Bridge HX7 8AQ", ""),
        ("Ouse & Anchor Brewing Ltd", "Arch 12, Hungate", "York YO1 7PR", "01904 613 772"),
    ],
    "de": [
        ("Brauerei Kupferkessel GmbH", "Alte Gerberei 6", "96047 Bamberg", "0951 700 48 21"),
        ("Hopfenwerk Brauhaus Leipzig", "Zschochersche Straße 48", "04229 Leipzig", ""),
        ("Braumanufaktur Elbsand UG", "Am Sandtorkai 3", "20457 Hamburg", "040 36 90 17 42"),
    ],
    "fr": [
        ("Brasserie de la Canute", "14 rue Pierre Dupont", "69001 Lyon", "04 78 28 61 09"),
        ("Brasserie du Vieux Quai SAS", "3 quai de la Fosse", "44000 Nantes", "02 40 48 17 55"),
        ("Les Brasseurs de l'Ill", "22 rue du Moulin", "67100 Strasbourg", "03 88 34 70 12"),
    ],
}
SENDERS: dict[str, dict[str, list[Row]]] = {
    "maltster": {
        "en": [
            ("Harlow Fen Maltings Ltd", "Station Road", "Ely CB7 4BS", "01353 662 410"),
            ("Wolds Floor Maltings", "Beverley Road", "Driffield YO25 6SA", "01377 253 090"),
            ("Tweedside Malting Co Ltd", "Maltings Lane", "Berwick TD15 1LR", ""),
        ],
        "de": [
            ("Mälzerei Sonnleitner KG", "Malzweg 2", "96050 Bamberg", "0951 93 20 40"),
            ("Frankenmalz Rothaupt GmbH", "Hafenstraße 31", "97318 Kitzingen", "09321 70 44 0"),
            ("Malzfabrik Oderbruch AG", "Am Speicher 5", "15306 Seelow", ""),
        ],
        "fr": [
            ("Malterie du Vexin SAS", "Route de Magny", "95450 Vigny", "01 34 66 12 80"),
            ("Malteries de Champagne Berrier", "ZI de la Pompelle", "51100 Reims", ""),
            ("Malterie Artisanale des Flandres", "12 rue du Moulin", "59190 Hazebrouck", ""),
        ],
    },
    "hops": {
        "en": [
            ("Weald Hop Factors Ltd", "Oast House, Bell Lane", "Paddock Wood TN12 6BJ", ""),
            ("Teme Valley Hop Merchants", "Lower Hyde Farm", "Tenbury Wells WR15 8LL", ""),
            ("Cascade Ridge Hop Supply Inc", "1420 S 1st Street", "Yakima, WA 98901", ""),
        ],
        "de": [
            ("Hopfenhandel Strobl GmbH", "Hopfenstraße 14", "84048 Mainburg", "08751 86 20 0"),
            ("Hallertauer Hopfenkontor eG", "Am Hopfenring 3", "85283 Wolnzach", ""),
            ("Tettnanger Hopfen Seibold KG", "Montfortstraße 22", "88069 Tettnang", ""),
        ],
        "fr": [
            ("Comptoir Houblonnier d'Alsace", "8 route de Brumath", "67170 Bernolsheim", ""),
            ("Houblons du Nord Coopérative", "Rue de Steenvoorde", "59299 Boeschepe", ""),
        ],
    },
    "kegs": {
        "en": [
            ("KegLoop Container Rental Ltd", "Unit 9, Brunel Park", "Burton DE14 1TR", ""),
            ("Pennine Cask & Keg Hire", "Canal Wharf", "Skipton BD23 1RT", "01756 790 222"),
        ],
        "de": [
            ("Fassmiete Nord GmbH", "Industriering 40", "21079 Hamburg", "040 76 44 18 0"),
            ("KEGSERVICE Süd GmbH & Co. KG", "Gewerbestraße 9", "85356 Freising", ""),
        ],
        "fr": [
            ("Fûts Location Services SAS", "ZA des Chênes", "69740 Genas", "04 72 47 30 10"),
            ("Keg'Partage SARL", "5 rue de la Tonnellerie", "44400 Rezé", ""),
        ],
    },
    "lab": {
        "en": [
            ("Calder Brewing Analysis Ltd", "Innovation Centre", "Huddersfield HD1 3BD", ""),
            ("Thames Valley Beverage Laboratory", "Unit 2, Kennet Park", "Reading RG2 0QX", ""),
        ],
        "de": [
            ("Brau-Analytik Labor Dr. Seidl GmbH", "Weihenstephaner Ring 7", "85354 Freising", ""),
            ("Getränkelabor Franken GmbH", "Laufer Straße 61", "90491 Nürnberg", ""),
        ],
        "fr": [
            ("Laboratoire d'Analyses Brassicoles du Nord", "Parc Eurasanté", "59120 Loos", ""),
            ("Œnobière Analyses SAS", "17 avenue Jean Jaurès", "69007 Lyon", ""),
        ],
    },
    "distributor": {
        "en": [
            (
                "Cotswold Craft Beer Distribution Ltd",
                "Unit 7, Love Lane",
                "Cirencester GL7 1YG",
                "",
            ),
            ("Northern Ale Wholesale Ltd", "Bridgewater Depot", "Salford M5 4QT", ""),
            ("Hop & Barrel Trade Supplies", "6 Dock Street", "Leeds LS10 1JF", ""),
        ],
        "de": [
            ("Getränke-Fachgroßhandel Brenner GmbH", "Lagerstraße 12", "90451 Nürnberg", ""),
            ("Craftbier Vertrieb Süd GmbH", "Schwanthalerstraße 90", "80336 München", ""),
            ("Getränkelogistik Mahler KG", "Ostendstraße 4", "04318 Leipzig", ""),
        ],
        "fr": [
            ("Distribution Boissons Rhône SAS", "ZI Lyon Sud", "69200 Vénissieux", ""),
            ("Comptoir des Bières Artisanales", "40 rue de la Loire", "44200 Nantes", ""),
            ("BièreCave Grossiste SARL", "3 rue du Rhin", "67000 Strasbourg", ""),
        ],
    },
    "pub": {
        "en": [
            ("The Miners Arms", "14 Fore Street", "Camborne TR14 8AX", ""),
            ("The Crown & Anchor", "2 Quay Street", "Truro TR1 2HB", ""),
            ("The Old Bell", "Market Place", "Halifax HX1 1RE", ""),
            ("The Golden Fleece", "16 Pavement", "York YO1 9UP", ""),
            ("Shambles Tap House", "8 Church Street", "York YO1 8BG", ""),
        ],
        "de": [
            ("Gasthaus Zum Löwen", "Obere Königstraße 11", "96052 Bamberg", ""),
            ("Kneipe Fass 7", "Karl-Liebknecht-Straße 7", "04107 Leipzig", ""),
            ("Schankwirtschaft Am Markt", "Markt 3", "96047 Bamberg", ""),
            ("Bierbar Kaiserkeller", "Große Freiheit 36", "22767 Hamburg", ""),
        ],
        "fr": [
            ("Le Bistrot du Port", "6 quai Saint-Vincent", "69001 Lyon", ""),
            ("Bar Le Zinc", "11 rue Kervégan", "44000 Nantes", ""),
            ("Café des Sports", "2 place Kléber", "67000 Strasbourg", ""),
            ("La Cave à Mousses", "25 rue Mercière", "69002 Lyon", ""),
        ],
    },
    "printer": {
        "en": [
            ("Meridian Label Print Ltd", "Units 3-4, Moorside Road", "Winchester SO23 7RX", ""),
            ("Pennant Packaging Solutions Ltd", "Cleveland Way", "Middlesbrough TS2 1PN", ""),
        ],
        "de": [
            ("Etikettendruck Hübner GmbH", "Druckereistraße 8", "97080 Würzburg", ""),
            ("Packmittel Schulte KG", "Im Gewerbepark 21", "33334 Gütersloh", ""),
        ],
        "fr": [
            ("Imprimerie Étiquettes Rhodaniennes", "ZI Nord", "26000 Valence", ""),
            ("Cartonnages du Forez SAS", "Rue des Forges", "42000 Saint-Étienne", ""),
        ],
    },
    "water": {
        "en": [
            (
                "Pennine Water Services plc - Trade Effluent",
                "Western House",
                "Bradford BD6 2SZ",
                "",
            ),
            ("South West Waters - Trade Effluent Team", "Peninsula Way", "Exeter EX2 7HR", ""),
            ("Ouse Valley Water Ltd - Trade Effluent", "Naburn Lane", "York YO19 4RA", ""),
        ],
        "de": [
            ("Stadtentwässerung Bamberg", "Margaretendamm 28", "96052 Bamberg", ""),
            ("Kommunale Wasserwerke Leipzig GmbH", "Johannisgasse 7", "04103 Leipzig", ""),
            ("Hamburger Stadtentwässerung AöR", "Banksstraße 6", "20097 Hamburg", ""),
        ],
        "fr": [
            ("Métropole de Lyon - Direction de l'eau", "20 rue du Lac", "69003 Lyon", ""),
            ("Nantes Métropole - Assainissement", "2 cours du Champ de Mars", "44000 Nantes", ""),
            (
                "Eurométropole de Strasbourg - Assainissement",
                "1 parc de l'Étoile",
                "67000 Strasbourg",
                "",
            ),
        ],
    },
    "festival": {
        "en": [
            ("Tamar Valley Beer & Cider Festival", "c/o 3 Bridge Street", "Liskeard PL14 3AN", ""),
            (
                "Calder Valley Beer Festival Committee",
                "The Trades Club",
                "Hebden Bridge HX7 8AD",
                "",
            ),
            ("Minster Ales Festival", "PO Box 221", "York YO31 7WX", ""),
        ],
        "de": [
            ("Craft-Bier-Fest Nord GmbH", "Schanzenstraße 55", "20357 Hamburg", ""),
            ("Fränkisches Bierfest e.V.", "Postfach 1207", "96003 Bamberg", ""),
        ],
        "fr": [
            ("Salon des Brasseurs Indépendants", "Maison des associations", "69004 Lyon", ""),
            ("Festival Bières en Fête", "Hôtel de ville", "44100 Nantes", ""),
        ],
    },
    "inspector": {
        "en": [
            ("Sentinel Engineering Inspection Ltd", "Sentinel House", "Warrington WA1 1RG", ""),
            ("Allbright Plant Inspection Services", "4 Mercury Court", "Exeter EX2 8PW", ""),
        ],
        "de": [
            ("ZÜS Prüfgesellschaft Süd GmbH", "Prüfweg 1", "90411 Nürnberg", ""),
            ("Technische Überwachung Nordost e.V.", "Spaldingstraße 160", "20097 Hamburg", ""),
        ],
        "fr": [
            ("Contrôle Technique Rhône Inspection", "12 avenue Tony Garnier", "69007 Lyon", ""),
            (
                "Atlantique Inspection Équipements",
                "4 rue de l'Industrie",
                "44800 Saint-Herblain",
                "",
            ),
        ],
    },
    "engineer": {
        "en": [
            ("Brewtech Process Services Ltd", "Unit 11, Riverside Park", "Burton DE14 3SP", ""),
            ("Coldflow Refrigeration Ltd", "7 Harbour Road", "Penryn TR10 8AT", ""),
            ("Northstar Canning Systems Inc", "2210 Industrial Blvd", "Minneapolis, MN 55413", ""),
        ],
        "de": [
            ("Abfülltechnik Kranz GmbH", "Maschinenstraße 17", "93055 Regensburg", ""),
            ("Kältetechnik Brandl GmbH", "Gewerbering 3", "96110 Scheßlitz", ""),
        ],
        "fr": [
            (
                "Soudure et Process Brassicole SARL",
                "ZA du Parc",
                "38070 Saint-Quentin-Fallavier",
                "",
            ),
            ("Froid Industriel de l'Ouest", "8 rue Gutenberg", "44340 Bouguenais", ""),
        ],
    },
    "farmer": {
        "en": [
            ("J & M Pengelly, Trevean Farm", "Trevean", "Redruth TR16 6LA", ""),
            ("Heptonstall Moor Farm", "Slack Top", "Hebden Bridge HX7 7HA", ""),
            ("Wilberfoss Grange Farm", "Grange Lane", "York YO41 5NP", ""),
        ],
        "de": [
            ("Landwirtschaft Hofmann GbR", "Dorfstraße 12", "96191 Viereth", ""),
            ("Milchhof Sachsenland KG", "Am Anger 4", "04435 Schkeuditz", ""),
        ],
        "fr": [
            ("GAEC des Trois Chênes", "Lieu-dit Les Chênes", "69610 Souzy", ""),
            ("EARL du Marais Blanc", "La Chauvelière", "44360 Vigneux-de-Bretagne", ""),
        ],
    },
}
#: The customs authority of each brewery (by the brewery's row).
CUSTOMS: dict[str, list[Row]] = {
    "en": [
        ("HM Revenue and Customs - Alcohol Duty", "BX9 1GL", "Excise Processing Team", ""),
        ("HM Revenue and Customs - Excise Assurance", "BX9 1GL", "Alcohol Duty Team", ""),
        ("HM Revenue and Customs - Alcohol Duty", "BX9 1GL", "Excise Processing Team", ""),
    ],
    "de": [
        (
            "Hauptzollamt Schweinfurt - Sachgebiet B",
            "Alte Bahnhofstraße 27",
            "97422 Schweinfurt",
            "",
        ),
        ("Hauptzollamt Dresden - Sachgebiet B", "Rabenerstraße 1", "01069 Dresden", ""),
        ("Hauptzollamt Hamburg - Sachgebiet B", "Koreastraße 4", "20457 Hamburg", ""),
    ],
    "fr": [
        ("Direction régionale des douanes de Lyon", "Bureau de Lyon Viticulture", "69002 Lyon", ""),
        (
            "Direction régionale des douanes de Nantes",
            "Pôle d'action économique",
            "44000 Nantes",
            "",
        ),
        (
            "Direction régionale des douanes de Strasbourg",
            "Bureau de Strasbourg",
            "67000 Strasbourg",
            "",
        ),
    ],
}

FIRSTS = {
    "en": ["Sarah", "Gareth", "Emma", "Dylan", "Hannah", "Rob", "Nisha", "Tom", "Kerry", "Ian"],
    "de": ["Andrea", "Florian", "Julia", "Stefan", "Katrin", "Markus", "Sabine", "Jonas", "Eva"],
    "fr": ["Nathalie", "Julien", "Camille", "Olivier", "Sandrine", "Maxime", "Léa", "Yann"],
}
LASTS = {
    "en": ["Trevithick", "Sutcliffe", "Bennett", "Hussain", "Pascoe", "Greenwood", "Moss", "Reid"],
    "de": ["Bauer", "Schmitt", "Hartmann", "Wolff", "Kaya", "Eberlein", "Vogel", "Ziegler"],
    "fr": ["Lefèvre", "Morel", "Girard", "Fontaine", "Le Goff", "Benali", "Roux", "Perrin"],
}
FEMALE = {"Sarah", "Emma", "Hannah", "Nisha", "Kerry", "Andrea", "Julia", "Katrin", "Sabine"}
FEMALE |= {"Eva", "Nathalie", "Camille", "Sandrine", "Léa"}

#: The beers a brewery of each country makes: name, style, strength (% ABV), Plato.
BEER_POOL: dict[str, list[tuple[str, str, float, float]]] = {
    "en": [
        ("Wheal Light", "Pale ale", 3.8, 9.5),
        ("Copperhouse Best", "Best bitter", 4.2, 10.5),
        ("Engine Stack IPA", "India pale ale", 5.9, 14.2),
        ("Slack Top Stout", "Oatmeal stout", 4.8, 12.6),
        ("Moorland Mild", "Dark mild", 3.4, 9.0),
        ("Night Shift DIPA", "Double IPA", 8.0, 18.5),
        ("Harbour Lager", "Pale lager", 4.5, 11.0),
        ("Gannet Session", "Session pale", 3.6, 9.0),
    ],
    "de": [
        ("Kupfer Hell", "Helles", 4.9, 11.8),
        ("Kellerbier naturtrüb", "Kellerbier", 5.2, 12.5),
        ("Rauchmärzen", "Märzen", 5.6, 13.5),
        ("Hopfenwerk IPA", "India Pale Ale", 6.4, 15.0),
        ("Weißbier hell", "Hefeweizen", 5.3, 12.6),
        ("Dunkles Landbier", "Dunkel", 5.0, 12.2),
        ("Winterbock", "Bock", 7.2, 16.8),
        ("Pils herb", "Pilsner", 4.8, 11.5),
    ],
    "fr": [
        ("La Canute Blonde", "Blonde", 5.5, 13.0),
        ("Traboule Ambrée", "Ambrée", 6.2, 14.5),
        ("Saison du Quai", "Saison", 5.8, 13.5),
        ("Triple des Pentes", "Triple", 8.5, 19.0),
        ("Blanche de l'Ill", "Blanche", 4.7, 11.5),
        ("Brune du Port", "Brune", 6.5, 15.5),
        ("IPA des Traboules", "IPA", 6.8, 15.8),
        ("Bière de Garde", "Bière de garde", 7.0, 16.0),
    ],
}
PACKS = {
    "en": [
        "30 L keg",
        "50 L keg",
        "Firkin (9 gal)",
        "Pin (4.5 gal)",
        "24 x 330 ml can",
        "12 x 500 ml bottle",
    ],
    "de": [
        "KEG 30 l",
        "KEG 50 l",
        "Kasten 20 x 0,5 l",
        "Kasten 24 x 0,33 l",
        "Dose 24 x 0,33 l",
        "Fass 20 l",
    ],
    "fr": [
        "Fût 20 L",
        "Fût 30 L",
        "Carton 12 x 33 cl",
        "Carton 24 x 33 cl",
        "Carton 12 x 75 cl",
        "Canette 24 x 44 cl",
    ],
}
#: Litres per container (the same order as ``PACKS``).
PACK_L = {
    "en": [30.0, 50.0, 40.9, 20.5, 7.92, 6.0],
    "de": [30.0, 50.0, 10.0, 7.92, 7.92, 20.0],
    "fr": [20.0, 30.0, 3.96, 7.92, 9.0, 10.56],
}

TALK = {
    "en": {
        "brew": "brew wort fermentation yeast hops malt cask keg conditioning cellar batch gyle "
        "tank gravity temperature dispense line delivery quality taproom",
        "legal": "party agreement seller buyer goods delivery crop contract force majeure "
        "quality claim notice liability title risk payment arbitration law",
        "money": "invoice payment account balance due amount reference transfer period "
        "outstanding statement charges terms settlement direct debit",
        "tech": "vessel valve pressure seal gasket pump motor sensor calibration inspection "
        "temperature setting adjustment wear fault test safety",
        "water": "discharge sewer effluent sample volume flow pH load chemical oxygen demand "
        "solids temperature meter consent condition monitoring",
        "duty": "duty return producer relief alcohol litres strength records stock premises "
        "approval assessment period payment visit registration",
    },
    "de": {
        "brew": "Sud Würze Gärung Hefe Hopfen Malz Fass Keg Lagerung Keller Charge Tank "
        "Stammwürze Temperatur Ausschank Leitung Lieferung Qualität Schankraum",
        "legal": "Vertragsparteien Verkäufer Käufer Ware Lieferung Ernte Vertrag höhere Gewalt "
        "Qualität Mängelrüge Haftung Eigentumsvorbehalt Zahlung Schiedsgericht",
        "money": "Rechnung Zahlung Konto Saldo fällig Betrag Verwendungszweck Überweisung "
        "Zeitraum offen Abrechnung Gebühren Lastschrift Ausgleich",
        "tech": "Behälter Ventil Druck Dichtung Pumpe Motor Sensor Kalibrierung Prüfung "
        "Temperatur Einstellung Verschleiß Störung Test Sicherheit",
        "water": "Einleitung Kanal Abwasser Probe Menge Durchfluss pH-Wert Fracht CSB "
        "Feststoffe Temperatur Zähler Genehmigung Auflage Überwachung",
        "duty": "Biersteuer Anmeldung Steuerlager Menge Stammwürze Aufzeichnungen Bestand "
        "Betrieb Erlaubnis Festsetzung Zeitraum Zahlung Prüfung Entnahme",
    },
    "fr": {
        "brew": "brassin moût fermentation levure houblon malt fût keg garde cave lot cuve "
        "densité température tirage ligne livraison qualité taproom",
        "legal": "parties contrat vendeur acheteur marchandise livraison récolte force majeure "
        "qualité réclamation responsabilité propriété paiement arbitrage",
        "money": "facture paiement compte solde échéance montant référence virement période "
        "impayé relevé frais règlement prélèvement",
        "tech": "cuve vanne pression joint pompe moteur sonde étalonnage inspection "
        "température réglage usure défaut essai sécurité",
        "water": "déversement réseau effluent échantillon volume débit pH charge DCO matières "
        "en suspension température compteur autorisation prescription surveillance",
        "duty": "droits accise déclaration entrepositaire volume degré stocks comptabilité "
        "matières statut contrôle période paiement régularisation",
    },
}
GLUES = {
    "en": "the of and to for with on at by from this is are will be the a as we your all",
    "de": "die der das und zu für mit auf von ist sind wird bei nach den dem im wir Ihre",
    "fr": "le la les et de du pour avec sur par est sont sera au aux des une nous vos",
}


def words(rng: random.Random, lang: str, topic: str = "brew", n: int | None = None) -> str:
    pool, glue = TALK[lang][topic].split(), GLUES[lang].split()
    ws = [rng.choice(pool if rng.random() < 0.5 else glue) for _ in range(n or rng.randint(7, 15))]
    text = " ".join(ws)
    return text[0].upper() + text[1:] + "."


def prose(rng: random.Random, lang: str, topic: str = "brew", lo: int = 2, hi: int = 4) -> str:
    return " ".join(words(rng, lang, topic) for _ in range(rng.randint(lo, hi)))


# ---------------------------------------------------------------------------------------------
# The brewery of a stream: its country, month and beers; what the previous document was
# ---------------------------------------------------------------------------------------------

BREWERY: dict[str, object] = {"lang": "en", "row": 0, "seed": 0, "month": date(2025, 3, 1)}
#: What the previous document was about (a companion takes up the same delivery or order).
LAST: dict[str, object] = {"kind": "", "day": None, "extra": None}


def home() -> str:
    return str(BREWERY["lang"])


def month() -> date:
    m = BREWERY["month"]
    assert isinstance(m, date)
    return m


def row_no() -> int:
    return int(BREWERY["row"])  # type: ignore[call-overload]


def keyed(who: Issuer, key: str) -> random.Random:
    """Draws fixed by the issuer, the stream's brewery and ``key``: a run or a repeat keeps
    its sender."""
    text = f"pipkin/{key}/{who.name}/{who.street}/{who.city}/{BREWERY['seed']}"
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


def beers() -> list[tuple[str, str, float, float]]:
    """The stream's brewery's five beers."""
    r = random.Random(int(BREWERY["seed"]) ^ 0x5EED)  # type: ignore[call-overload]
    return r.sample(BEER_POOL[home()], 5)


def add_months(d: date, n: int) -> date:
    k = d.year * 12 + d.month - 1 + n
    return date(k // 12, k % 12 + 1, 1)


def month_name(d: date, lang: str) -> str:
    return date_text(d, lang, "long").split(" ", 1)[1]


def amount(v: float, lang: str, ccy: str = "") -> str:
    """``v`` with its currency: "£1,234.50", "1.234,50 €", "$1,234.50"."""
    ccy = ccy or ("GBP" if lang == "en" else "EUR")
    if ccy == "USD":
        return f"${money(v, 'en')}"
    if ccy == "GBP":
        return f"£{money(v, lang)}"
    return f"{money(v, lang)} €"


def num(v: float, lang: str, dec: int = 1) -> str:
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
    us: bool  # an American sender: Letter paper, US dates, dollars


PAGE_NOS = {
    "en": ["none", "none", "none", "Page {i} of {n}", "2:Page {i}", "{i}/{n}", "2:- {i} -"],
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
TAGLINES = {
    "maltster": ("Maltsters since 1889", "Mälzerei seit 1889", "Malteur depuis 1921"),
    "hops": ("Hop merchants and factors", "Hopfenhandel - Hopfenveredelung", "Négoce de houblon"),
    "kegs": ("Container rental and tracking", "Fassvermietung und Logistik", "Location de fûts"),
    "lab": ("Brewing and beverage analysis", "Brau- und Getränkeanalytik", "Analyses brassicoles"),
    "distributor": ("Beer wholesale and distribution", "Getränkefachgroßhandel", "Distribution"),
    "printer": ("Self-adhesive labels - packaging", "Etiketten - Verpackung", "Étiquettes"),
    "engineer": ("Process engineering and service", "Technik und Kundendienst", "Maintenance"),
    "inspector": ("Engineering inspection", "Zugelassene Überwachungsstelle", "Organisme habilité"),
    "brewery": ("Brewery and taproom", "Brauerei und Schankraum", "Brasserie artisanale"),
}


def legal_lines(r: random.Random, name: str, lang: str, role: str) -> list[str]:
    if role in ("authority", "water", "person", "festival", "farmer", "pub"):
        return []
    if lang == "de":
        bank = r.choice(["Sparkasse Bamberg", "Volksbank Mittelhessen", "Hamburger Sparkasse"])
        out = [
            f"{bank} - IBAN DE{r.randint(10, 99)} {r.randint(1000, 9999)} {r.randint(1000, 9999)} "
            f"{r.randint(1000, 9999)} {r.randint(1000, 9999)} {r.randint(10, 99)} - BIC "
            + serial(r, "AAAAAA9A")
            + f" - USt-IdNr. DE{r.randint(100000000, 999999999)}"
        ]
        if "GmbH" in name or "AG" in name or "KG" in name or "UG" in name:
            out.insert(
                0,
                f"Amtsgericht {r.choice(['Bamberg', 'Nürnberg', 'Hamburg', 'Leipzig'])} HRB "
                f"{r.randint(1000, 99999)} - Geschäftsführer: "
                + r.choice(["Dr. Ulrike Brandes", "Markus Feldhaus", "Selin Aydin", "Jörg Kamps"]),
            )
        return out
    if lang == "fr":
        siret = (
            f"{r.randint(300, 899)} {r.randint(100, 999)} {r.randint(100, 999)} "
            f"{r.randint(10000, 99999)}"
        )
        out = [
            f"{name} - SIRET {siret} - APE "
            f"{r.choice(['1105Z', '1106Z', '4634Z', '1712Z', '7120B', '3312Z'])}"
        ]
        if r.random() < 0.7:
            out.append(
                f"TVA intracom. FR{r.randint(10, 99)} {r.randint(100, 999)} {r.randint(100, 999)} "
                f"{r.randint(100, 999)} - RCS {r.choice(['Lyon', 'Nantes', 'Reims', 'Valence'])}"
            )
        return out
    out = []
    if "Ltd" in name or "plc" in name:
        out.append(f"Registered in England and Wales No. {r.randint(3000000, 13999999):08d}")
    if r.random() < 0.7:
        out.append(
            f"VAT Reg. No. GB {r.randint(100, 999)} {r.randint(1000, 9999)} {r.randint(10, 99)}"
        )
    return [" - ".join(out)] if out else []


def make_head(row: Row, lang: str, role: str) -> Head:
    """The paper habits of the sender ``row``: the same all through one stream."""
    name, street, town, phone = row
    r = random.Random(zlib.crc32(f"pipkin/head/{name}/{BREWERY['seed']}".encode()))
    font, bold = r.choice(FACES)
    host = "".join(c for c in name.lower().split()[0] if c.isalpha() and c.isascii())[:12]
    if len(host) < 4:
        host = "".join(c for c in name.lower() if c.isalpha() and c.isascii())[:12]
    us = ", WA " in town or ", MN " in town
    tld = "com" if us else {"en": "co.uk", "de": "de", "fr": "fr"}[lang]
    looks = LOOKS
    if role in ("authority", "water"):
        looks = ["official"]
        font, bold = (
            ("Helvetica", "Helvetica-Bold") if r.random() < 0.6 else ("Times-Roman", "Times-Bold")
        )
    elif role in ("farmer", "pub", "festival"):
        looks = ["plain", "centred", "boxed"]
    dates = r.choice(["short", "long"] + (["iso", "short"] if lang == "en" else []))
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
        dates="us" if us else dates,
        mail=f"{r.choice(['info', 'office', 'sales', 'accounts'])}@{host or 'mail'}.{tld}"
        if r.random() < 0.7
        else "",
        us=us,
    )


def brewery_head() -> Head:
    lang = home()
    return make_head(BREWERIES[lang][row_no()], lang, "brewery")


def brewery_name() -> str:
    return BREWERIES[home()][row_no()][0]


def brewery_lines(att: str = "") -> list[str]:
    _name, street, town, _ = BREWERIES[home()][row_no()]
    return [brewery_name(), *([att] if att else []), street, town]


def customs_head() -> Head:
    lang = home()
    return make_head(CUSTOMS[lang][row_no()], lang, "authority")


def head_of(who: Issuer, role: str, abroad: float = 0.0) -> Head:
    """The ``role`` sender of ``who`` (the same for the same issuer and brewery), of the
    brewery's country or, with odds ``abroad``, of another."""
    r = keyed(who, role)
    lang = home()
    if r.random() < abroad:
        lang = r.choice([x for x in ("en", "de", "fr") if x != lang and x in SENDERS[role]])
    rows = SENDERS[role][lang]
    if lang == home() and role in ("water", "farmer") and len(rows) > row_no():
        return make_head(rows[row_no()], lang, role)  # the brewery's own water company, farmer
    return make_head(r.choice(rows), lang, role)


def pub_head(rng: random.Random) -> Head:
    return make_head(rng.choice(SENDERS["pub"][home()]), home(), "pub")


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


def paper_of(h: Head, other: tuple[float, float] = A4) -> tuple[float, float]:
    """American senders print on Letter."""
    return LETTER if h.us else other


def day(h: Head, d: date) -> str:
    return date_text(d, h.lang, h.dates)


def ring(p: Page, cx: float, cy: float, r: float, steps: int = 36) -> None:
    """A circle drawn as a polygon (round stamps, logos)."""
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
    pt = shrink(top, font, 6.5, r * 1.45)
    p.text(cx, cy - r * 0.45, fit(top, font, pt, r * 1.45), font, pt, "center")
    pt2 = shrink(mid, font, 6.5, r * 1.3)
    p.text(cx, cy + r * 0.62, fit(mid, font, pt2, r * 1.3), font, pt2, "center")
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
            p.text(m + 32, yy, fit(t, f_, pt, w / 2 + 60 - m), f_, pt)
            yy += 12
        p.text(m + 32, yy, fit(where, h.font, 7, w / 2 - m), h.font, 7)
        return yy + 34
    tag = TAGLINES.get(h.role)
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
        ring(p, m + 17, y + 5, 17)
        ring(p, m + 17, y + 5, 14)
        p.text(m + 17, y + 9, initials, h.bold, 12, "center")
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
    parts = [t for t in name.replace("-", " ").replace(".", " ").split() if t[0].isupper()]
    parts = parts or ["X"]
    text = f"{parts[0][0]}{parts[-1][:8]}" if len(parts) > 1 else parts[0][:9]
    p.text(x + 2, y - 1, text, INK, pt)
    end = x + 6 + tw(text, INK, pt)
    p.line(end - 4, y - 2, end + 12, y - 9)
    p.line(x, y + 2, end - 8, y + 1)


def received(rng: random.Random, p: Page, d: date, odds: float = 0.35) -> None:
    """Now and then the brewery office's received stamp on the first page."""
    if rng.random() < odds:
        w, _ = p.size
        lg = home()
        stamp(
            p,
            w - rng.uniform(150, 210),
            rng.uniform(90, 200),
            [
                tr(lg, "RECEIVED", "EINGANG", "REÇU LE"),
                short(d + timedelta(days=rng.randint(1, 5)), lg),
                rng.choice(
                    {
                        "en": ["Office", "Brewhouse", "Accounts"],
                        "de": ["Büro", "Sudhaus", "Buchhaltung"],
                        "fr": ["Bureau", "Brasserie", "Compta"],
                    }[lg]
                ),
            ],
        )


def recipient(
    f: Sheets, s: Style, h: Head, lines: list[str], d: date, refs: list[tuple[str, str]]
) -> None:
    """The window address at the left and the references with the date at the right."""
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


def staff(h: Head, tag: str) -> str:
    r = random.Random(zlib.crc32(f"pipkin/staff/{tag}/{h.name}/{BREWERY['seed']}".encode()))
    lg = h.lang if h.lang in FIRSTS else "en"
    return f"{r.choice(FIRSTS[lg])} {r.choice(LASTS[lg])}"


def person(rng: random.Random, lang: str) -> str:
    return f"{rng.choice(FIRSTS[lang])} {rng.choice(LASTS[lang])}"


def mx(name: str, lang: str) -> str:
    """``name`` with Frau/Herr or Madame/Monsieur before it."""
    female = name.split()[0] in FEMALE
    if lang == "de":
        return f"{'Frau' if female else 'Herr'} {name}"
    if lang == "fr":
        return f"{'Madame' if female else 'Monsieur'} {name}"
    return name


def salute(lang: str, name: str | None) -> str:
    if name is None:
        return tr(lang, "Dear Sir or Madam,", "Sehr geehrte Damen und Herren,", "Madame, Monsieur,")
    female = name.split()[0] in FEMALE
    last = name.split()[-1]
    if lang == "de":
        return f"Sehr geehrte Frau {last}," if female else f"Sehr geehrter Herr {last},"
    if lang == "fr":
        return "Madame," if female else "Monsieur,"
    return f"Dear {name.split()[0]},"


def regards(f: Sheets, s: Style, lang: str, name: str, role: str, sign: bool = True) -> None:
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
            "Veuillez agréer, Madame, Monsieur, nos salutations distinguées.",
        ),
        s.font,
        s.size,
    )
    f.y += 30
    if sign:
        scrawl(f.page, m, f.y - 4, name)
    f.y += 8
    f.page.text(m, f.y, name, s.bold, s.size)
    if role:
        f.page.text(m, f.y + s.size * 1.3, role, s.font, s.size - 1)
    f.y += s.size * 3


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
    ccy: str = "",
) -> float:
    """Net, tax at ``rate`` and total right-aligned under a table; returns the total."""
    w, _ = f.size
    m = s.margin
    f.need(70)
    f.y += 4
    f.page.line(w * 0.55, f.y - 8, w - m, f.y - 8)
    tax = round(net * rate / 100, 2)
    rows = [(tr(lg, "Net", "Nettobetrag", "Total HT"), net)]
    if rate or lg == "en":
        rows.append((label or tr(lg, f"VAT {rate:g}%", f"USt. {rate:g} %", f"TVA {rate:g} %"), tax))
    rows.append(
        (tr(lg, "Total due", "Rechnungsbetrag", "Total TTC" if rate else "Total net"), net + tax)
    )
    for k, (t, v) in enumerate(rows):
        bold = s.bold if k == len(rows) - 1 else s.font
        f.page.text(w * 0.56, f.y, fit(t, bold, s.size, w * 0.25), bold, s.size)
        f.page.text(w - m, f.y, amount(v, lg, ccy), bold, s.size, "right")
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
        "Orders and acceptance",
        "Prices",
        "Delivery",
        "Risk and title",
        "Quality and claims",
        "Payment",
        "Late payment",
        "Force majeure",
        "Limitation of liability",
        "Assignment",
        "Governing law",
    ],
    "de": [
        "Geltungsbereich",
        "Angebot und Vertragsschluss",
        "Preise",
        "Lieferung",
        "Gefahrübergang",
        "Eigentumsvorbehalt",
        "Mängelrüge",
        "Zahlung",
        "Verzug",
        "Haftung",
        "Höhere Gewalt",
        "Gerichtsstand",
    ],
    "fr": [
        "Objet",
        "Commandes",
        "Prix",
        "Livraison",
        "Transfert des risques",
        "Réserve de propriété",
        "Réclamations",
        "Paiement",
        "Pénalités de retard",
        "Responsabilité",
        "Force majeure",
        "Juridiction",
    ],
}


def bars(p: Page, x: float, y: float, w: float, h: float, rng: random.Random) -> None:
    """A printed EAN-style barcode drawn as bars, its digits beneath."""
    xx = x
    while xx < x + w - 2:
        bw = rng.choice([0.8, 0.8, 1.6, 2.4])
        p.rect(xx, y, bw, h, fill=0.0)
        xx += bw + rng.choice([0.8, 1.6, 2.4])
    digits = "".join(str(rng.randint(0, 9)) for _ in range(13))
    p.text(
        x + w / 2, y + h + 8, f"{digits[0]} {digits[1:7]} {digits[7:]}", "Helvetica", 7, "center"
    )


# ---------------------------------------------------------------------------------------------
# Templates AAA: malt and hops
# ---------------------------------------------------------------------------------------------

MALTS = {
    "en": [
        ("Maris Otter pale ale malt", 3.5),
        ("Extra pale ale malt", 2.5),
        ("Crystal malt 150", 150.0),
        ("Munich malt", 20.0),
        ("Chocolate malt", 900.0),
        ("Wheat malt", 4.0),
        ("Pale oat malt", 4.5),
        ("Amber malt", 50.0),
        ("Roasted barley", 1300.0),
    ],
    "de": [
        ("Pilsner Malz", 3.5),
        ("Wiener Malz", 8.0),
        ("Münchner Malz Typ II", 22.0),
        ("Karamellmalz hell", 30.0),
        ("Weizenmalz hell", 4.0),
        ("Rauchmalz Buche", 5.0),
        ("Röstmalz", 1100.0),
        ("Sauermalz", 4.0),
    ],
    "fr": [
        ("Malt Pilsen", 3.5),
        ("Malt pale ale", 6.0),
        ("Malt Vienne", 8.0),
        ("Malt caramel 120", 120.0),
        ("Malt de froment", 4.0),
        ("Flocons d'avoine", 2.5),
        ("Malt chocolat", 900.0),
        ("Malt Munich", 20.0),
    ],
}
MALT_PRICE = {"en": 560.0, "de": 610.0, "fr": 590.0}  # per tonne of base malt


def tpl_malt_delivery(rng: random.Random, who: Issuer) -> list[Page]:
    """A maltster's delivery ticket: bulk malt blown into the silo (a narrow printout with the
    weighbridge weights, the silo and the brewer's signature) or bagged malt on pallets (an A5
    delivery note with lots and sacks); now and then the certificate of analysis of the lot
    on an A4 sheet behind."""
    h = head_of(who, "maltster", abroad=0.15)
    lg = h.lang
    bulk = lg == home() and keyed(who, "bulk").random() < 0.55
    size = SLIP if bulk else (A5 if rng.random() < 0.75 else paper_of(h))
    s = style_of(h, size, margin=14 if bulk else (32 if size == A5 else 0), pt=7.5 if bulk else 8.5)
    w, _hh = size
    m = s.margin
    d = (
        some_day(rng)
        if not after(("malt_delivery",))
        else last_day(rng, ("malt_delivery",), (5, 12))
    )
    no = serial(rng, rng.choice(["D9999999", "LS 999999", "BL-99999"]))
    malts = MALTS[lg]
    f = sheets(s, h)
    p = f.page
    title = tr(
        lg, "DELIVERY TICKET" if bulk else "DELIVERY NOTE", "LIEFERSCHEIN", "BON DE LIVRAISON"
    )
    pt = shrink(title, s.bold, s.size + 4, w - 2 * m)
    p.text(m, f.y, title, s.bold, pt)
    f.y += 16
    lines: list[tuple[str, float, str]] = []  # product, kg, lot
    if bulk:
        prod = malts[keyed(who, "base").randrange(2)][0]
        net = rng.choice([8, 10, 12, 14, 20]) * 1000 + rng.randint(-180, 180)
        tare = rng.randint(14200, 16800)
        lot = serial(rng, "L99-9999")
        lines.append((prod, net, lot))
        items = [
            (tr(lg, "Ticket no.", "Nr.", "N°"), no),
            (tr(lg, "Date", "Datum", "Date"), short(d, lg)),
            (
                tr(lg, "Time in", "Ankunft", "Arrivée"),
                f"{rng.randint(6, 14):02d}:{rng.randint(0, 59):02d}",
            ),
            (
                tr(lg, "Vehicle", "Kennzeichen", "Immat."),
                serial(rng, rng.choice(["AA99 AAA", "AA-AA 999", "AA-999-AA"])),
            ),
            (tr(lg, "Driver", "Fahrer", "Chauffeur"), person(rng, lg).split()[-1]),
            (tr(lg, "Customer", "Kunde", "Client"), brewery_name()),
            (tr(lg, "Order", "Auftrag", "Commande"), serial(rng, "999999")),
            (tr(lg, "Product", "Sorte", "Produit"), prod),
            (tr(lg, "Lot", "Charge", "Lot"), lot),
            (tr(lg, "Silo", "Silo", "Silo"), str(rng.randint(1, 3))),
        ]
        f.y = pairs(p, s, m, f.y, items, w - m, 7.5) + 6
        p.line(m, f.y - 6, w - m, f.y - 6)
        p.text(m, f.y + 2, tr(lg, "WEIGHBRIDGE", "WAAGE", "PESÉE"), s.bold, 7.5)
        f.y += 14
        f.y = pairs(
            p,
            s,
            m,
            f.y,
            [
                (tr(lg, "Gross", "Brutto", "Brut"), f"{num(net + tare, lg, 0)} kg"),
                (tr(lg, "Tare", "Tara", "Tare"), f"{num(tare, lg, 0)} kg"),
                (tr(lg, "Net", "Netto", "Net"), f"{num(net, lg, 0)} kg"),
            ],
            w - m,
            8,
        )
        f.y += 6
        f.y = ticks(
            p,
            s,
            m,
            f.y + 4,
            w - 2 * m,
            [
                tr(lg, "Silo checked", "Silo geprüft", "Silo vérifié"),
                tr(lg, "Seals intact", "Plomben i.O.", "Scellés OK"),
            ],
            {0, 1} if rng.random() < 0.7 else {0},
            7,
        )
    else:
        f.y = pairs(
            p,
            s,
            m,
            f.y,
            [
                (tr(lg, "Delivery note no.", "Lieferschein-Nr.", "N° de BL"), no),
                (tr(lg, "Date", "Datum", "Date"), day(h, d)),
                (tr(lg, "Your order", "Ihre Bestellung", "Votre commande"), serial(rng, "PO-9999")),
            ],
            w - m,
        )
        f.y += 4
        f.y = window(p, s, None, f.y, brewery_lines()) + 10
        for prod, _ebc in rng.sample(malts[2:], rng.randint(1, 4)):
            lines.append((prod, 25.0 * rng.choice([4, 8, 10, 16, 20, 40]), serial(rng, "99-99999")))
        cols = columns(m, w - m, [(3.4, "left"), (1.4, "left"), (1, "right"), (1.2, "right")])
        table(
            f,
            cols,
            [
                tr(lg, "Product", "Artikel", "Article"),
                tr(lg, "Lot", "Charge", "Lot"),
                tr(lg, "Sacks", "Säcke", "Sacs"),
                "kg",
            ],
            [[a, lot, f"{int(kg // 25)} x 25 kg", num(kg, lg, 0)] for a, kg, lot in lines],
            s,
            rules=True,
        )
        pal = max(1, int(sum(kg for _, kg, _ in lines) // 1000) + 1)
        write(f, s, tr(lg, f"Pallets: {pal} Euro", f"Paletten: {pal} EUR", f"Palettes : {pal} EUR"))
        f.y = ticks(
            p,
            s,
            m,
            f.y + 4,
            w - 2 * m,
            [
                tr(lg, "Pallets exchanged", "Paletten getauscht", "Palettes échangées"),
                tr(lg, "Pallets not exchanged", "nicht getauscht", "non échangées"),
            ],
            {0} if rng.random() < 0.6 else {1},
            7.5,
        )
    # signatures
    f.need(60)
    f.y += 10
    p = f.page
    p.text(
        m,
        f.y,
        tr(lg, "Received in good order:", "Ware erhalten:", "Reçu en bon état :"),
        s.font,
        7.5,
    )
    f.y += 24
    if rng.random() < 0.9:
        scrawl(p, m + 4, f.y - 4, person(rng, home()), 11)
    p.line(m, f.y, m + (w - 2 * m) * 0.55, f.y)
    if bulk or rng.random() < 0.5:
        p.text(w - m, f.y, tr(lg, "Driver", "Fahrer", "Chauffeur"), s.font, 6.5, "right")
    f.y += 14
    p.text(
        m,
        f.y,
        fit(
            tr(
                lg,
                "Goods supplied subject to our conditions of sale.",
                "Es gelten unsere Allgemeinen Verkaufsbedingungen.",
                "Vente soumise à nos conditions générales.",
            ),
            s.font,
            6,
            w - 2 * m,
        ),
        s.font,
        6,
    )
    pages = close(f.pages, s, h, numbers="none")
    # the certificate of analysis of the lot, on an A4 sheet behind
    if rng.random() < 0.45:
        s2 = style_of(h, paper_of(h))
        w2, _ = s2.page_size
        m2 = s2.margin
        g = sheets(s2, h)
        caption(
            g,
            s2,
            tr(lg, "CERTIFICATE OF ANALYSIS", "ANALYSENZERTIFIKAT", "CERTIFICAT D'ANALYSE"),
            3,
        )
        prod, _kg, lot = lines[0]
        ebc = dict(malts).get(prod, 4.0)
        g.y = pairs(
            g.page,
            s2,
            m2,
            g.y,
            [
                (tr(lg, "Product", "Produkt", "Produit"), prod),
                (tr(lg, "Lot", "Charge", "Lot"), lot),
                (tr(lg, "Customer", "Kunde", "Client"), brewery_name()),
                (tr(lg, "Delivery", "Lieferung", "Livraison"), f"{no} / {short(d, lg)}"),
                (
                    tr(lg, "Barley variety", "Gerstensorte", "Variété d'orge"),
                    rng.choice(
                        [
                            "Maris Otter",
                            "Laureate",
                            "KWS Irina",
                            "Planet",
                            "Golden Promise",
                            "RGT Planet",
                        ]
                    ),
                ),
            ],
            w2 * 0.7,
        )
        g.y += 8
        rows = [
            [
                tr(lg, "Moisture", "Wassergehalt", "Humidité"),
                "%",
                num(rng.uniform(3.4, 4.6), lg),
                "max. 4,8" if lg != "en" else "max 4.8",
            ],
            [
                tr(
                    lg,
                    "Extract, fine grind, dry",
                    "Extrakt Feinschrot wfr.",
                    "Extrait mouture fine, sec",
                ),
                "%",
                num(rng.uniform(80.2, 82.6), lg),
                "min. 80" if lg != "en" else "min 80",
            ],
            [
                tr(lg, "Colour", "Farbe", "Couleur"),
                "EBC",
                num(ebc * rng.uniform(0.9, 1.1), lg),
                f"{num(ebc * 0.85, lg)} - {num(ebc * 1.15, lg)}",
            ],
            [
                tr(lg, "Total nitrogen", "Eiweiß wfr.", "Protéines, sec"),
                "%",
                num(rng.uniform(1.45, 1.7) if lg == "en" else rng.uniform(9.8, 11.2), lg, 2),
                "max 1.75" if lg == "en" else "max. 11,5",
            ],
            [
                tr(lg, "Soluble nitrogen ratio", "Eiweißlösungsgrad", "Indice de Kolbach"),
                "%",
                num(rng.uniform(36, 44), lg),
                "36 - 45",
            ],
            [
                tr(lg, "Friability", "Friabilität", "Friabilité"),
                "%",
                num(rng.uniform(84, 94), lg),
                "min. 80" if lg != "en" else "min 80",
            ],
            [
                tr(lg, "Free amino nitrogen", "FAN", "FAN"),
                "mg/l",
                num(rng.uniform(135, 175), lg, 0),
                "min. 130" if lg != "en" else "min 130",
            ],
            [
                tr(lg, "Diastatic power", "Diastatische Kraft", "Pouvoir diastasique"),
                "WK",
                num(rng.uniform(220, 320), lg, 0),
                "-",
            ],
            ["DMS-P", "ppm", num(rng.uniform(1.5, 5.0), lg), "max. 6" if lg != "en" else "max 6"],
        ]
        cols2 = columns(m2, w2 - m2, [(3.5, "left"), (0.8, "left"), (1, "right"), (1.6, "right")])
        table(
            g,
            cols2,
            [
                tr(lg, "Parameter", "Parameter", "Paramètre"),
                tr(lg, "Unit", "Einheit", "Unité"),
                tr(lg, "Result", "Ergebnis", "Résultat"),
                tr(lg, "Specification", "Spezifikation", "Spécification"),
            ],
            rows,
            s2,
            shade=0.88,
            rules=True,
        )
        write(
            g,
            s2,
            tr(
                lg,
                "Methods: Analytica-EBC. The lot conforms to the agreed specification.",
                "Methoden: MEBAK / Analytica-EBC. Die Charge entspricht der vereinbarten "
                "Spezifikation.",
                "Méthodes : Analytica-EBC. Le lot est conforme à la spécification convenue.",
            ),
            s2.size - 1,
        )
        g.y += 20
        qa = staff(h, "qa")
        scrawl(g.page, m2, g.y, qa, 12)
        g.y += 12
        g.page.text(
            m2,
            g.y,
            f"{qa}, {tr(lg, 'Quality Assurance', 'Qualitätssicherung', 'Service Qualité')}",
            s2.font,
            s2.size - 1,
        )
        pages += close(g.pages, s2, h, numbers="none")
    received(rng, pages[0], d, 0.15 if bulk else 0.3)
    remember(d, (h.name, no, d, lines))
    return pages


def tpl_malt_invoice(rng: random.Random, who: Issuer) -> list[Page]:
    """A maltster's invoice over the month's deliveries by ticket number, product, tonnes or
    sacks and price; zero-rated or reduced-rate VAT; now and then the conditions of sale on a
    second sheet or a remittance slip at the foot."""
    h = head_of(who, "maltster", abroad=0.15)
    lg = h.lang
    s = style_of(h, paper_of(h))
    w, hh = s.page_size
    m = s.margin
    ex = LAST["extra"]
    d = last_day(rng, ("malt_delivery",), (2, 10))
    deliveries: list[tuple[str, date, str, float]] = []
    if after(("malt_delivery",)) and isinstance(ex, tuple) and ex[0] == h.name:
        for prod, kg, _lot in ex[3]:
            deliveries.append((ex[1], ex[2], prod, kg))
    for _ in range(rng.choice([0, 1, 2, 3] if deliveries else [1, 2, 3, 5])):
        dd = d - timedelta(days=rng.randint(3, 28))
        if rng.random() < 0.5:
            deliveries.append(
                (
                    serial(rng, "D9999999"),
                    dd,
                    MALTS[lg][rng.randrange(2)][0],
                    rng.choice([10, 12, 20]) * 1000.0 + rng.randint(-150, 150),
                )
            )
        else:
            deliveries.append(
                (
                    serial(rng, "D9999999"),
                    dd,
                    rng.choice(MALTS[lg][2:])[0],
                    25.0 * rng.choice([4, 8, 10, 20]),
                )
            )
    deliveries.sort(key=lambda t: t[1])
    inv = serial(rng, rng.choice(["INV999999", "RE 2025-09999", "FA99999"]))
    f = sheets(s, h, f"{h.name} - {tr(lg, 'Invoice', 'Rechnung', 'Facture')} {inv}")
    recipient(
        f,
        s,
        h,
        brewery_lines(tr(lg, "Accounts", "Buchhaltung", "Service comptabilité")),
        d,
        [
            (tr(lg, "Invoice no.", "Rechnungs-Nr.", "Facture n°"), inv),
            (tr(lg, "Account", "Kunden-Nr.", "Code client"), serial(keyed(who, "acct"), "99999")),
        ],
    )
    caption(f, s, tr(lg, "INVOICE", "RECHNUNG", "FACTURE"), 4)
    base_price = MALT_PRICE[lg] * (1 + keyed(who, "price").uniform(-0.06, 0.08))
    rows = []
    net = 0.0
    for no, dd, prod, kg in deliveries:
        special = kg < 3000
        price = base_price * (1.45 if special else 1) * rng.uniform(0.98, 1.03)
        v = round(kg / 1000 * price, 2)
        net += v
        rows.append(
            [short(dd, lg), no, prod, f"{num(kg / 1000, lg, 3)} t", money(price, lg), money(v, lg)]
        )
    cols = columns(
        m,
        w - m,
        [(1.2, "left"), (1.3, "left"), (3, "left"), (1, "right"), (1, "right"), (1.2, "right")],
    )
    table(
        f,
        cols,
        [
            tr(lg, "Date", "Datum", "Date"),
            tr(lg, "Ticket", "LS-Nr.", "BL"),
            tr(lg, "Product", "Artikel", "Désignation"),
            tr(lg, "Qty", "Menge", "Qté"),
            tr(lg, "Price/t", "Preis/t", "Prix/t"),
            tr(lg, "Amount", "Betrag", "Montant"),
        ],
        rows,
        s,
        rules=rng.random() < 0.5,
    )
    if rng.random() < 0.4:
        haul = round(rng.choice([45.0, 65.0, 85.0]), 2)
        net += haul
        write(f, s, f"{tr(lg, 'Haulage', 'Fracht', 'Transport')}: {amount(haul, lg)}", s.size - 1)
    rate = {"en": 0.0, "de": 7.0, "fr": 5.5}[lg]
    totals(f, s, lg, round(net, 2), rate, label=tr(lg, "VAT (zero rated)", "USt. 7 %", "TVA 5,5 %"))
    write(
        f,
        s,
        tr(
            lg,
            "Terms: net 30 days from invoice date. Payment by BACS quoting the invoice number.",
            f"Zahlbar bis {short(d + timedelta(days=30), lg)} ohne Abzug. Bei Zahlung innerhalb "
            "von 10 Tagen 2 % Skonto.",
            f"Échéance : {short(d + timedelta(days=45), lg)}. Pénalités de retard au taux légal; "
            "indemnité forfaitaire pour frais de recouvrement 40 €.",
        ),
        s.size - 1,
    )
    if lg == "en" and rng.random() < 0.4 and f.y < hh - 190:
        y = hh - m - 110
        slip_rule(f.page, m, w - m, y, "Please detach and return with your payment")
        fields(
            f.page,
            s,
            m,
            y + 10,
            w - 2 * m,
            [
                ("Customer", brewery_name()),
                ("Invoice", inv),
                ("Amount", amount(net, lg)),
                ("Account", serial(keyed(who, "acct"), "99999")),
            ],
            per=2,
            tall=22,
            hand=False,
        )
    pages = close(f.pages, s, h)
    if rng.random() < 0.3:
        pages.append(
            small_print(
                rng,
                s,
                h,
                tr(
                    lg,
                    "CONDITIONS OF SALE",
                    "ALLGEMEINE VERKAUFSBEDINGUNGEN",
                    "CONDITIONS GÉNÉRALES DE VENTE",
                ),
                SALE_TERMS[lg],
            )
        )
    received(rng, pages[0], d, 0.4)
    if rng.random() < 0.3:
        hand(
            pages[0],
            m + 10,
            hh * 0.8,
            tr(home(), "checked v tickets", "sachl. richtig", "vu, OK"),
            10,
        )
    remember(d, None)
    return pages


HOPS = {
    "en": [
        ("East Kent Goldings", "UK", "4.5-6.5"),
        ("Fuggle", "UK", "3.5-5.5"),
        ("Challenger", "UK", "6.5-8.5"),
        ("Jester", "UK", "7.0-9.0"),
        ("Harlequin", "UK", "8.0-10.0"),
        ("Cascade", "US", "5.5-7.5"),
        ("Citra", "US", "11.0-14.0"),
        ("Mosaic", "US", "11.0-13.5"),
        ("Simcoe", "US", "12.0-14.0"),
    ],
    "de": [
        ("Hallertauer Mittelfrüh", "DE", "3,0-5,5"),
        ("Tettnanger", "DE", "3,5-5,5"),
        ("Perle", "DE", "6,0-9,0"),
        ("Herkules", "DE", "14,0-17,0"),
        ("Hallertauer Tradition", "DE", "5,0-7,0"),
        ("Spalter Select", "DE", "3,0-6,5"),
        ("Mandarina Bavaria", "DE", "7,0-10,0"),
        ("Saazer", "CZ", "2,5-4,5"),
    ],
    "fr": [
        ("Strisselspalt", "FR", "1,5-3,0"),
        ("Aramis", "FR", "5,5-8,5"),
        ("Triskel", "FR", "8,0-9,0"),
        ("Barbe Rouge", "FR", "7,0-9,0"),
        ("Bouclier", "FR", "7,0-9,0"),
        ("Cascade", "FR", "5,0-7,0"),
        ("Saaz", "CZ", "2,5-4,5"),
    ],
}
HOP_TERMS = {
    "en": [
        "Contract quantities",
        "Crop failure",
        "Alpha acid",
        "Quality and sampling",
        "Storage and delivery call-off",
        "Prices and payment",
        "Title",
        "Assignment",
        "Claims",
        "Arbitration",
        "Governing law",
    ],
    "de": [
        "Vertragsmengen",
        "Missernte",
        "Alphasäure",
        "Qualität und Bemusterung",
        "Lagerung und Abruf",
        "Preise und Zahlung",
        "Eigentumsvorbehalt",
        "Abtretung",
        "Reklamationen",
        "Schiedsgericht",
        "Anwendbares Recht",
    ],
    "fr": [
        "Quantités contractuelles",
        "Récolte déficitaire",
        "Acides alpha",
        "Qualité et échantillonnage",
        "Stockage et enlèvement",
        "Prix et paiement",
        "Réserve de propriété",
        "Cession",
        "Réclamations",
        "Arbitrage",
        "Droit applicable",
    ],
}


def tpl_hop_contract(rng: random.Random, who: Issuer) -> list[Page]:
    """A hop merchant's forward contract: now and then a covering letter, the contract with
    the varieties, form and kilograms per crop year (on a landscape page when the years are
    many), the contract conditions in small print and the counterpart signature page to sign
    and return."""
    h = head_of(who, "hops", abroad=0.4)
    lg = h.lang
    ccy = "USD" if h.us else ("GBP" if lg == "en" else "EUR")
    size = paper_of(h)
    s = style_of(h, size)
    w, _hh = size
    m = s.margin
    d = some_day(rng)
    no = serial(rng, rng.choice(["HC-99-9999", "VK 99/9999", "C99-999"]))
    contact = staff(h, "sales")
    pages: list[Page] = []
    if rng.random() < 0.6:
        f = sheets(s, h)
        recipient(f, s, h, brewery_lines(), d, [(tr(lg, "Contract", "Kontrakt", "Contrat"), no)])
        write(
            f,
            s,
            tr(
                lg,
                f"Forward contract {no}",
                f"Hopfenvorkontrakt {no}",
                f"Contrat d'achat de houblon {no}",
            ),
            s.size,
        )
        f.y += 4
        write(f, s, salute(lg, None))
        write(
            f,
            s,
            tr(
                lg,
                "Thank you for your commitment for the coming crop years. Please find enclosed "
                "two copies of the contract. Kindly sign one copy and return it to us within 14 "
                "days; the other copy is for your records.",
                "vielen Dank für Ihre Vorkontraktierung. Anbei erhalten Sie den Kontrakt in "
                "zweifacher Ausfertigung. Bitte senden Sie uns ein unterschriebenes Exemplar "
                "innerhalb von 14 Tagen zurück.",
                "Nous vous remercions de votre engagement pour les prochaines récoltes. Vous "
                "trouverez ci-joint le contrat en deux exemplaires, dont un à nous retourner "
                "signé sous quinze jours.",
            ),
        )
        write(f, s, prose(rng, lg, "brew", 1, 3))
        regards(
            f, s, lg, contact, tr(lg, "Brewer sales", "Vertrieb Brauereien", "Service brasseurs")
        )
        write(
            f,
            s,
            tr(
                lg,
                "Enc.: contract (2 copies)",
                "Anlagen: Kontrakt (2 Exemplare)",
                "P.J. : contrat (2 ex.)",
            ),
            s.size - 1,
        )
        pages += close(f.pages, s, h, numbers="none")
    years = [month().year + k for k in range(rng.choice([2, 3, 3, 4, 5]))]
    land = len(years) >= 4 or rng.random() < 0.25
    s2 = style_of(h, landscape(size) if land else size, margin=40 if land else 0)
    w2, _ = s2.page_size
    m2 = s2.margin
    g = sheets(s2, h, f"{h.name} - {tr(lg, 'Contract', 'Kontrakt', 'Contrat')} {no}")
    caption(
        g,
        s2,
        tr(lg, "HOP CONTRACT", "HOPFENVORKONTRAKT", "CONTRAT D'ACHAT DE HOUBLON") + f"  {no}",
        3,
    )
    g.y = pairs(
        g.page,
        s2,
        m2,
        g.y,
        [
            (tr(lg, "Seller", "Verkäufer", "Vendeur"), h.name),
            (
                tr(lg, "Buyer", "Käufer", "Acheteur"),
                f"{brewery_name()}, {BREWERIES[home()][row_no()][2]}",
            ),
            (tr(lg, "Date of contract", "Datum", "Date"), day(h, d)),
            (
                tr(lg, "Delivery", "Lieferung", "Livraison"),
                tr(
                    lg,
                    "Call-off from cold store, FCA seller's premises",
                    "Abruf ab Kühllager, frei Haus ab 500 kg",
                    "Enlèvement à la demande, franco au-delà de 500 kg",
                ),
            ),
        ],
        m2 + (w2 - 2 * m2) * 0.75,
    )
    g.y += 8
    varieties = rng.sample(HOPS[lg], rng.randint(2, min(6, len(HOPS[lg]))))
    spec = [(2.6, "left"), (0.6, "left"), (1.2, "left"), (0.9, "right")]
    spec += [(0.8, "right")] * len(years) + [(1.0, "right")]
    cols = columns(m2, w2 - m2, spec)
    rows = []
    for name, origin, alpha in varieties:
        kg = rng.choice([50, 100, 150, 200, 300, 500])
        price = (
            rng.uniform(9.5, 14.0)
            if origin in ("UK", "DE", "FR", "CZ")
            else rng.uniform(14.0, 22.0)
        )
        form = rng.choice(
            ["T90", "T90", "T45" if lg == "de" else "T90", tr(lg, "Whole leaf", "Dolden", "Cônes")]
        )
        rows.append(
            [name, origin, form, alpha]
            + [num(kg * rng.choice([1, 1, 1.5, 2]), lg, 0) for _ in years]
            + [money(price, lg)]
        )
    table(
        g,
        cols,
        [
            tr(lg, "Variety", "Sorte", "Variété"),
            tr(lg, "Origin", "Herkunft", "Origine"),
            tr(lg, "Form", "Form", "Forme"),
            "Alpha %",
        ]
        + [f"{y} kg" for y in years]
        + [f"{ccy}/kg"],
        rows,
        s2,
        shade=0.88,
        rules=True,
    )
    write(
        g,
        s2,
        tr(
            lg,
            "Prices per kg net, packed in 5 kg vacuum foil under nitrogen, excluding VAT. Alpha "
            "acid ranges are indicative; no adjustment of quantities for alpha acid.",
            "Preise je kg netto, verpackt in 5-kg-Vakuumfolie unter Stickstoff, zzgl. USt. "
            "Alphawerte sind Richtwerte; keine Mengenanpassung nach Alphasäure.",
            "Prix au kg net, conditionné sous vide et azote en sachets de 5 kg, HT. Les teneurs "
            "en acides alpha sont indicatives.",
        ),
        s2.size - 1,
    )
    pages += close(g.pages, s2, h)
    if rng.random() < 0.75:
        pages.append(
            small_print(
                rng,
                s,
                h,
                tr(
                    lg,
                    "CONDITIONS OF CONTRACT FOR THE SALE OF HOPS",
                    "KONTRAKTBEDINGUNGEN HOPFEN",
                    "CONDITIONS DU CONTRAT D'ACHAT DE HOUBLON",
                ),
                HOP_TERMS[lg],
            )
        )
    # the counterpart to sign
    p = Page(size)
    y = heading(p, s, h) if rng.random() < 0.5 else m
    p.text(
        m,
        y,
        tr(
            lg,
            "COUNTERPART - PLEASE SIGN AND RETURN",
            "GEGENEXEMPLAR - BITTE UNTERSCHRIEBEN ZURÜCKSENDEN",
            "EXEMPLAIRE À RETOURNER SIGNÉ",
        ),
        s.bold,
        s.size + 1,
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
            f"We confirm contract {no} of {day(h, d)} on the terms stated in the schedule and the "
            "conditions of contract.",
            f"Wir bestätigen den Kontrakt {no} vom {day(h, d)} zu den umseitigen Bedingungen.",
            f"Nous confirmons le contrat {no} du {day(h, d)} aux conditions ci-jointes.",
        ),
    )
    y += 30
    for k, (who_, name) in enumerate(
        [
            (tr(lg, "For the seller", "Für den Verkäufer", "Pour le vendeur"), contact),
            (tr(lg, "For the buyer", "Für den Käufer", "Pour l'acheteur"), person(rng, home())),
        ]
    ):
        x = m + k * (w - 2 * m) / 2
        p.text(x, y, who_, s.bold, s.size)
        if k == 0 or rng.random() < 0.8:
            scrawl(p, x + 4, y + 34, name, 12)
        p.line(x, y + 38, x + (w - 2 * m) / 2 - 20, y + 38)
        p.text(x, y + 50, tr(lg, "Name / date", "Name / Datum", "Nom / date"), s.font, 7)
        if k == 1 and rng.random() < 0.7:
            hand(
                p,
                x + 50,
                y + 52,
                f"{name.split()[-1]} {short(d + timedelta(days=rng.randint(2, 9)), home())}",
                9,
            )
    pages += close([p], s, h, numbers="none")
    received(rng, pages[0], d, 0.3)
    remember(d, None)
    return pages


def text_lines(
    p: Page, s: Style, x: float, y: float, width: float, text: str, pt: float = 0
) -> float:
    pt = pt or s.size
    for ln in wrap(text, s.font, pt, width):
        p.text(x, y, ln, s.font, pt)
        y += pt * 1.4
    return y + pt * 0.5


# ---------------------------------------------------------------------------------------------
# Templates AAA: duty and the customs authority
# ---------------------------------------------------------------------------------------------


def duty_lines(rng: random.Random) -> list[tuple[str, str, float, float, float]]:
    """The month's beer put out of duty suspension: beer, pack kind, litres, ABV, Plato."""
    out = []
    for name, _style, abv, plato in beers():
        if rng.random() < 0.8:
            draught = rng.random() < 0.6
            litres = rng.choice([300, 600, 900, 1200, 1800, 2400]) * (1 if draught else 0.6)
            out.append((name, "draught" if draught else "packaged", litres, abv, plato))
    return out or [(beers()[0][0], "draught", 1200.0, beers()[0][2], beers()[0][3])]


def tpl_duty_return(rng: random.Random, who: Issuer) -> list[Page]:
    """The brewery's monthly duty return as printed or filed: the Alcohol Duty return printed
    from the online service (browser header and footer, "i/n"), the Steueranmeldung für
    Bier with the Stammwürze classes and a signed declaration, or the déclaration
    récapitulative mensuelle with the stock account on a landscape page and the duty
    calculation."""
    lg = home()
    period = add_months(month(), -1)
    d = month() + timedelta(days=rng.randint(3, 24))
    h = brewery_head()
    lines = duty_lines(rng)
    pages: list[Page] = []
    total = 0.0
    if lg == "en":
        s = Style("Helvetica", "Helvetica-Bold", 9, 50, "none", "bottom", A4, "long")
        w, hh = A4
        m = 50
        ref = f"XMADP{serial(keyed(who, 'ref'), '0009999999')}"
        stamp_top = f"{short(d, 'en')}, {rng.randint(8, 17):02d}:{rng.randint(0, 59):02d}"

        def start(p: Page, n: int) -> float:
            p.text(30, 20, stamp_top, "Helvetica", 7)
            p.text(w / 2, 20, "Alcohol Duty return - GOV.UK", "Helvetica", 7, "center")
            if n == 1:
                p.rect(0, 34, w, 30, fill=0.1)
                p.text(m, 54, "GOV.UK", "Helvetica-Bold", 14)
                p.text(m + 70, 54, "Manage your Alcohol Duty", "Helvetica", 9)
                return 96
            return 50

        f = Sheets((w, hh), hh - 70, start)
        f.page.text(m, f.y, f"Return for {month_name(period, 'en')}", "Helvetica-Bold", 18)
        f.y += 22
        f.page.text(m, f.y, f"{brewery_name()}  -  Alcohol Duty reference {ref}", "Helvetica", 9)
        f.y += 24
        caption(f, s, "Alcohol to declare", 3)
        rows = []
        for name, kind, litres, abv, _pl in lines:
            lpa = round(litres * abv / 100, 2)
            draught = kind == "draught"
            rate = (
                (rng.uniform(7.2, 8.4) if draught else rng.uniform(9.0, 10.6))
                if rng.random() < 0.9
                else 21.78
            )
            duty = round(lpa * rate, 2)
            total += duty
            code = "3" + ("5" if draught else "2") + "1"
            rows.append(
                [
                    code,
                    f"Beer {abv:.1f}% ABV, {'draught' if draught else 'non-draught'}, SPR - {name}",
                    money(litres, "en"),
                    f"{abv:.1f}",
                    money(lpa, "en"),
                    f"£{rate:.2f}",
                    f"£{money(duty, 'en')}",
                ]
            )
        cols = columns(
            m,
            w - m,
            [
                (0.7, "left"),
                (4.2, "left"),
                (1.1, "right"),
                (0.7, "right"),
                (1.1, "right"),
                (0.9, "right"),
                (1.2, "right"),
            ],
        )
        table(
            f,
            cols,
            ["Tax type", "Description", "Litres", "ABV %", "LPA", "Rate", "Duty"],
            rows,
            s,
            size=7.5,
            rules=True,
        )
        f.y += 6
        caption(f, s, "Adjustments", 2)
        spoilt = round(rng.uniform(20, 180), 2) if rng.random() < 0.5 else 0.0
        f.y = pairs(
            f.page,
            s,
            m,
            f.y,
            [
                ("Under-declarations", "£0.00"),
                ("Over-declarations", "£0.00"),
                ("Spoilt product", f"-£{money(spoilt, 'en')}" if spoilt else "£0.00"),
                ("Drawback", "£0.00"),
            ],
            w * 0.65,
            9,
        )
        total -= spoilt
        f.y += 8
        caption(f, s, "Duty suspended deliveries", 2)
        write(f, s, "Declared: " + ("yes - see return history" if rng.random() < 0.3 else "no"), 9)
        f.need(90)
        f.page.rect(m, f.y, w - 2 * m, 34, fill=0.92)
        f.page.text(m + 8, f.y + 14, "Total duty due", "Helvetica-Bold", 11)
        f.page.text(w - m - 8, f.y + 14, f"£{money(total, 'en')}", "Helvetica-Bold", 11, "right")
        f.page.text(
            m + 8,
            f.y + 27,
            f"Pay by {day(h, date(month().year, month().month, 25))}",
            "Helvetica",
            8,
        )
        f.y += 50
        write(
            f,
            s,
            "Declaration: I declare that the information I have given on this return is correct "
            "and complete to the best of my knowledge and belief.",
            8.5,
        )
        write(
            f,
            s,
            f"Submitted on {date_text(d, 'en', 'long')} by {staff(h, 'owner')}. Submission "
            f"reference {serial(rng, '9999 9999 9999')}.",
            8.5,
        )
        for k, p in enumerate(f.pages, 1):
            p.text(
                30,
                hh - 20,
                fit(
                    f"https://www.tax.service.gov.uk/manage-alcohol-duty/return/{ref.lower()}/check-your-answers",
                    "Helvetica",
                    7,
                    w - 120,
                ),
                "Helvetica",
                7,
            )
            p.text(w - 30, hh - 20, f"{k}/{len(f.pages)}", "Helvetica", 7, "right")
        pages = f.pages
    elif lg == "de":
        s = Style("Helvetica", "Helvetica-Bold", 8.5, 46, "none", "bottom", A4, "short")
        w, hh = A4
        m = 46
        f = Sheets((w, hh), hh - 60, lambda p, n: 50.0)
        p = f.page
        p.text(m, 44, "Steueranmeldung für Bier", "Helvetica-Bold", 14)
        p.text(w - m, 44, "Zoll", "Helvetica-Bold", 12, "right")
        p.text(m, 58, "(§ 15 Biersteuergesetz - BierStG)", "Helvetica", 8)
        y = fields(
            p,
            s,
            m,
            72,
            w - 2 * m,
            [
                (
                    "Anmelder (Steuerlagerinhaber)",
                    f"{brewery_name()}, {BREWERIES['de'][row_no()][1]}, "
                    f"{BREWERIES['de'][row_no()][2]}",
                ),
                ("An das Hauptzollamt", CUSTOMS["de"][row_no()][0].split(" - ")[0]),
                ("Verbrauchsteuernummer", f"DE 0 {serial(keyed(who, 'vst'), '99 999 999')}"),
                ("Steuerlagernummer", serial(keyed(who, "lager"), "DE 99999999999")),
                ("Anmeldungszeitraum (Monat/Jahr)", f"{period.month:02d}/{period.year}"),
                (
                    "Jahreserzeugung Vorjahr (hl)",
                    num(keyed(who, "hl").choice([850, 1400, 2300, 3800]), "de", 0),
                ),
            ],
            per=2,
            tall=28,
            hand=rng.random() < 0.3,
        )
        f.y = y + 6
        p.text(m, f.y, "1. Berechnung der Steuer", "Helvetica-Bold", 9.5)
        f.y += 16
        rows = []
        for k, (name, _kind, litres, _abv, plato) in enumerate(lines, 1):
            hl = litres / 100
            grad = round(plato)
            rate = 0.787 * grad * keyed(who, "staffel").choice([0.56, 0.6, 0.64, 0.68])
            tax = round(hl * rate, 2)
            total += tax
            rows.append(
                [
                    str(k),
                    f"{name}",
                    f"{grad}",
                    num(hl, "de", 2),
                    money(rate, "de"),
                    money(tax, "de"),
                ]
            )
        cols = columns(
            m,
            w - m,
            [
                (0.4, "left"),
                (3, "left"),
                (1.1, "right"),
                (1.1, "right"),
                (1.2, "right"),
                (1.2, "right"),
            ],
        )
        table(
            f,
            cols,
            ["Zeile", "Bier", "Grad Plato", "Menge hl", "Steuersatz €/hl", "Steuer €"],
            rows,
            s,
            rules=True,
        )
        f.y += 4
        f.y = pairs(
            f.page,
            s,
            w * 0.5,
            f.y,
            [
                ("Summe Steuer", f"{money(total, 'de')} €"),
                ("abzüglich Erstattung (§ 24 BierStV)", "0,00 €"),
                ("Anzumeldende Steuer", f"{money(total, 'de')} €"),
            ],
            w - m,
            9,
        )
        f.y += 10
        f.page.text(m, f.y, "2. Erklärung", "Helvetica-Bold", 9.5)
        f.y += 14
        write(
            f,
            s,
            "Ich versichere, dass ich die Angaben in dieser Steueranmeldung nach bestem Wissen "
            "und Gewissen richtig und vollständig gemacht habe. Die Steuer ist am 10. Tag des "
            "auf die Entstehung folgenden zweiten Monats fällig.",
            8,
        )
        f.need(80)
        f.y += 24
        town = BREWERIES["de"][row_no()][2].split()[-1]
        hand(f.page, m, f.y, f"{town}, {short(d, 'de')}", 10)
        scrawl(f.page, w / 2, f.y, staff(h, "owner"), 13)
        f.page.line(m, f.y + 4, w / 2 - 20, f.y + 4)
        f.page.line(w / 2, f.y + 4, w - m, f.y + 4)
        f.page.text(m, f.y + 14, "Ort, Datum", "Helvetica", 7)
        f.page.text(w / 2, f.y + 14, "Unterschrift", "Helvetica", 7)
        f.y += 40
        if rng.random() < 0.5:
            f.new_page()
            f.page.text(
                m,
                f.y,
                "Anlage zur Steueranmeldung für Bier - Aufstellung der Entnahmen",
                "Helvetica-Bold",
                10,
            )
            f.y += 20
            ent = []
            for _ in range(rng.randint(8, 26)):
                name, _k, litres, _a, plato = rng.choice(lines)
                ent.append(
                    [
                        short(period + timedelta(days=rng.randint(0, 27)), "de"),
                        serial(rng, "LS99999"),
                        name,
                        str(round(plato)),
                        num(rng.choice([0.3, 0.5, 1.0, 1.5, 2.4]), "de", 2),
                    ]
                )
            ent.sort(key=lambda r: r[0][3:5] + r[0][:2])
            cols2 = columns(
                m, w - m, [(1, "left"), (1, "left"), (3, "left"), (0.8, "right"), (1, "right")]
            )
            table(f, cols2, ["Datum", "Beleg", "Bier", "°P", "hl"], ent, s, rules=True)
        for k, p in enumerate(f.pages, 1):
            p.text(m, hh - 30, "033 025 - Steueranmeldung Bier", "Helvetica", 6.5)
            p.text(w - m, hh - 30, f"Seite {k} von {len(f.pages)}", "Helvetica", 7, "right")
        pages = f.pages
    else:
        s = Style("Helvetica", "Helvetica-Bold", 8.5, 40, "none", "bottom", landscape(A4), "short")
        w, hh = landscape(A4)
        m = 40
        acc = f"FR0{serial(keyed(who, 'acc'), '9999999')}E{serial(keyed(who, 'acc2'), '9999')}"
        p = Page((w, hh))
        p.text(m, 40, "DÉCLARATION RÉCAPITULATIVE MENSUELLE (DRM)", "Helvetica-Bold", 13)
        p.text(w - m, 40, "Douane - Entrepositaire agréé", "Helvetica", 8, "right")
        p.text(
            m,
            56,
            fit(
                f"{brewery_name()} - N° d'accise {acc} - Période : {month_name(period, 'fr')}",
                "Helvetica",
                9,
                w - 2 * m,
            ),
            "Helvetica",
            9,
        )
        f = Sheets((w, hh), hh - 50, lambda p, n: 50.0)
        f.pages = [p]
        f.page = p
        f.y = 76
        p.text(m, f.y, "Compte matières - Bières (en hl)", "Helvetica-Bold", 10)
        f.y += 16
        rows = []
        for name, kind, litres, abv, _pl in lines:
            hl = litres / 100
            start_ = rng.uniform(4, 40)
            prod = hl + rng.uniform(0, 12)
            export = rng.uniform(0, 3) if rng.random() < 0.3 else 0.0
            loss = rng.uniform(0, 0.4)
            end = start_ + prod - hl - export - loss
            rows.append(
                [
                    f"{name} ({num(abv, 'fr')} % vol)",
                    "Bière " + ("fût" if kind == "draught" else "conditionnée"),
                    num(start_, "fr", 2),
                    num(prod, "fr", 2),
                    num(hl, "fr", 2),
                    num(export, "fr", 2),
                    num(loss, "fr", 2),
                    num(end, "fr", 2),
                ]
            )
        cols = columns(
            m,
            w - m,
            [
                (3, "left"),
                (1.6, "left"),
                (1, "right"),
                (1, "right"),
                (1.3, "right"),
                (1.3, "right"),
                (0.8, "right"),
                (1, "right"),
            ],
        )
        table(
            f,
            cols,
            [
                "Produit",
                "Catégorie",
                "Stock début",
                "Entrées",
                "Sorties acquittées",
                "Sorties suspension",
                "Pertes",
                "Stock fin",
            ],
            rows,
            s,
            shade=0.88,
            rules=True,
        )
        pages = [p]
        s2 = Style("Helvetica", "Helvetica-Bold", 9, 50, "none", "bottom", A4, "short")
        w2, hh2 = A4
        g = Sheets(A4, hh2 - 60, lambda p, n: 50.0)
        g.page.text(50, g.y, "Liquidation des droits", "Helvetica-Bold", 12)
        g.y += 22
        liq = []
        for name, _kind, litres, abv, _pl in lines:
            hl = litres / 100
            rate = 3.97 if keyed(who, "pb").random() < 0.8 else 7.94
            v = round(hl * abv * rate, 2)
            total += v
            liq.append([name, num(hl, "fr", 2), num(abv, "fr"), money(rate, "fr"), money(v, "fr")])
        cols2 = columns(
            50, w2 - 50, [(3, "left"), (1, "right"), (1, "right"), (1.3, "right"), (1.3, "right")]
        )
        table(
            g,
            cols2,
            ["Produit", "Volume hl", "Degré", "Taux €/hl/°", "Droits €"],
            liq,
            s2,
            rules=True,
        )
        g.y = pairs(
            g.page,
            s2,
            w2 * 0.5,
            g.y + 6,
            [
                ("Droit d'accise sur les bières", f"{money(total, 'fr')} €"),
                ("Cotisation sécurité sociale", "0,00 €"),
                ("Total à payer", f"{money(total, 'fr')} €"),
            ],
            w2 - 50,
            9,
        )
        g.y += 20
        write(
            g,
            s2,
            "Je certifie l'exactitude des renseignements portés sur la présente déclaration.",
            8.5,
        )
        g.y += 20
        town = BREWERIES["fr"][row_no()][2].split(" ", 1)[1]
        hand(g.page, 50, g.y, f"Fait à {town}, le {short(d, 'fr')}", 10)
        scrawl(g.page, w2 / 2 + 20, g.y + 26, staff(h, "owner"), 13)
        if rng.random() < 0.5:
            stamp(g.page, w2 / 2 + 10, g.y + 40, [brewery_name().upper()[:26], acc])
        pages.append(g.page)
        for k, pg in enumerate(pages, 1):
            pw, ph = pg.size
            pg.text(pw - 40, ph - 24, f"{k}/{len(pages)}", "Helvetica", 7, "right")
    remember(d, (period, round(total, 2)))
    return pages


def tpl_customs_letter(rng: random.Random, who: Issuer) -> list[Page]:
    """A letter from the customs authority to the brewery: an amended calculation of a duty
    return with the figures declared and corrected (after the return), a notice of a visit
    or audit with the records to have ready, or the approval as a producer or tax warehouse;
    the German notices with the Rechtsbehelfsbelehrung on a page of its own, the French ones
    with the voies de recours, some with an annex."""
    h = customs_head()
    lg = h.lang
    s = style_of(h)
    w, _hh = s.page_size
    m = s.margin
    ex = LAST["extra"]
    amend = after(("duty_return",)) and isinstance(ex, tuple)
    kind = "amend" if amend else rng.choice(["visit", "visit", "approval", "amend"])
    d = last_day(rng, ("duty_return",), (10, 40))
    ref = serial(rng, {"en": "XMADP0009999999", "de": "B 9999 - 99/25", "fr": "DRD/9999/AA"}[lg])
    officer = staff(h, f"officer{rng.randint(0, 2)}")
    f = sheets(s, h, f"{h.name.split(' - ')[0]} - {ref}")
    recipient(
        f,
        s,
        h,
        brewery_lines(),
        d,
        [
            (tr(lg, "Our ref", "Geschäftszeichen", "Réf."), ref),
            (tr(lg, "Officer", "Bearbeiter/in", "Dossier suivi par"), officer),
        ],
    )
    period = ex[0] if amend and isinstance(ex, tuple) else add_months(month(), -2)
    declared = ex[1] if amend and isinstance(ex, tuple) else round(rng.uniform(800, 6000), 2)
    corrected = round(declared * rng.uniform(1.01, 1.12), 2)
    annex = False
    if kind == "amend":
        title = tr(
            lg,
            f"Alcohol Duty return for {month_name(period, 'en')} - we have corrected your return",
            f"Steuerbescheid über Biersteuer für {month_name(period, 'de')}",
            f"Notification de redressement - droits sur les bières, {month_name(period, 'fr')}",
        )
        caption(f, s, title, 1)
        write(f, s, salute(lg, None))
        write(
            f,
            s,
            tr(
                lg,
                "We have checked your Alcohol Duty return and found an error in the rate of "
                "Small Producer Relief applied. We have corrected the return as shown below.",
                "die Steuer für den oben genannten Zeitraum wird abweichend von Ihrer "
                "Steueranmeldung wie folgt festgesetzt. Die Abweichung beruht auf der Einstufung "
                "der Biersorten nach dem Stammwürzegehalt.",
                "Lors de l'examen de votre déclaration récapitulative mensuelle, nous avons "
                "constaté une erreur dans l'application du taux réduit pour petites brasseries.",
            ),
        )
        rows = [
            [
                tr(lg, "Duty declared", "Angemeldete Steuer", "Droits déclarés"),
                amount(declared, lg),
            ],
            [
                tr(lg, "Duty as corrected", "Festgesetzte Steuer", "Droits rectifiés"),
                amount(corrected, lg),
            ],
            [
                tr(lg, "Difference to pay", "Nachzuzahlender Betrag", "Complément à acquitter"),
                amount(corrected - declared, lg),
            ],
        ]
        table(
            f,
            columns(m, w - m, [(3, "left"), (1.2, "right")]),
            [
                tr(lg, "Period", "Zeitraum", "Période") + f" {period.month:02d}/{period.year}",
                tr(lg, "Amount", "Betrag", "Montant"),
            ],
            rows,
            s,
            rules=True,
        )
        write(
            f,
            s,
            tr(
                lg,
                f"Please pay the difference by {day(h, d + timedelta(days=30))}. If you think our "
                "correction is wrong you can ask for a review within 30 days.",
                f"Der Unterschiedsbetrag ist bis zum {day(h, d + timedelta(days=30))} zu "
                "entrichten.",
                f"Le complément est exigible au {day(h, d + timedelta(days=30))}. Vous disposez "
                "d'un délai de 30 jours pour présenter vos observations.",
            ),
        )
        annex = rng.random() < 0.5
    elif kind == "visit":
        caption(
            f,
            s,
            tr(
                lg,
                "Excise assurance visit",
                "Prüfungsanordnung (Steueraufsicht)",
                "Avis de contrôle",
            ),
            1,
        )
        when = d + timedelta(days=rng.randint(14, 35))
        write(f, s, salute(lg, None))
        write(
            f,
            s,
            tr(
                lg,
                f"I am writing to arrange a visit to your premises on {day(h, when)} at 10:00 to "
                "check your Alcohol Duty records.",
                "gemäß § 209 AO in Verbindung mit dem BierStG ordne ich eine Prüfung Ihres "
                f"Steuerlagers an. Beginn: {day(h, when)}, 9:00 Uhr.",
                "Nous vous informons qu'un contrôle de votre entrepôt fiscal aura lieu le "
                f"{day(h, when)} à 9 h 30.",
            ),
        )
        write(
            f,
            s,
            tr(
                lg,
                "Please have the following available:",
                "Bitte halten Sie folgende Unterlagen bereit:",
                "Merci de tenir à disposition :",
            ),
        )
        for item in rng.sample(
            {
                "en": [
                    "brewing book and gyle records",
                    "packaging and stock records",
                    "duty suspended movement documents",
                    "sales invoices for the period",
                    "records of spoilt beer destroyed",
                    "calculations of ABV for each product",
                ],
                "de": [
                    "Sudbuch und Gärkellerbuch",
                    "Lagerbuch / Belegheft",
                    "Entnahmebelege und Lieferscheine",
                    "Nachweise über Vernichtung",
                    "Stammwürzeanalysen",
                    "Ausgangsrechnungen des Zeitraums",
                ],
                "fr": [
                    "registre de brassage",
                    "comptabilité matières",
                    "documents d'accompagnement (DAE)",
                    "factures de vente",
                    "procès-verbaux de destruction",
                    "analyses de titre alcoométrique",
                ],
            }[lg],
            4,
        ):
            write(f, s, f"-  {item}", indent=14)
        write(f, s, prose(rng, lg, "duty", 1, 2))
        annex = lg == "de" or rng.random() < 0.2
    else:
        caption(
            f,
            s,
            tr(
                lg,
                "Approval as an alcohol producer",
                "Erlaubnis als Steuerlagerinhaber (§ 6 BierStG)",
                "Octroi du statut d'entrepositaire agréé",
            ),
            1,
        )
        write(f, s, salute(lg, None))
        write(
            f,
            s,
            tr(
                lg,
                f"Your approval has been granted from {day(h, month())}. Your Alcohol Duty "
                f"reference is {ref}.",
                f"auf Ihren Antrag wird Ihnen die Erlaubnis erteilt, ab {day(h, month())} ein "
                "Steuerlager zu betreiben.",
                "Suite à votre demande, le statut d'entrepositaire agréé vous est accordé à "
                f"compter du {day(h, month())}.",
            ),
        )
        write(f, s, prose(rng, lg, "duty", 2, 3))
        annex = True
    regards(
        f,
        s,
        lg,
        officer,
        tr(lg, "Officer of HMRC", "Im Auftrag", "L'inspecteur des douanes"),
        sign=lg != "en",
    )
    if lg == "de" and rng.random() < 0.5:
        seal(f.page, w - m - 60, f.y - 50, 30, "Hauptzollamt", "Dienstsiegel")
    pages = close(f.pages, s, h)
    if annex:
        g = sheets(s, h, top=False)
        if lg == "de":
            caption(g, s, "Rechtsbehelfsbelehrung", 2)
            write(
                g,
                s,
                "Gegen diesen Bescheid ist der Einspruch gegeben. Der Einspruch ist bei dem oben "
                "bezeichneten Hauptzollamt schriftlich einzureichen, diesem elektronisch zu "
                "übermitteln oder dort zur Niederschrift zu erklären. Die Frist für die "
                "Einlegung des Einspruchs beträgt einen Monat. Sie beginnt mit Ablauf des Tages, "
                "an dem Ihnen dieser Bescheid bekannt gegeben worden ist.",
            )
            write(g, s, prose(rng, lg, "duty", 2, 4))
            caption(g, s, "Hinweise", 1)
            write(g, s, prose(rng, lg, "duty", 3, 5))
        elif lg == "fr":
            caption(g, s, "Annexe - Voies et délais de recours", 2)
            write(
                g,
                s,
                "Vous pouvez contester la présente décision dans un délai de deux mois à compter "
                "de sa notification par recours gracieux auprès du directeur régional ou par "
                "recours contentieux devant le tribunal judiciaire.",
            )
            write(g, s, prose(rng, lg, "duty", 2, 4))
        elif kind == "approval":
            caption(g, s, "Conditions of your approval", 2)
            for k in range(rng.randint(5, 9)):
                write(g, s, f"{k + 1}. " + words(rng, lg, "duty", rng.randint(12, 26)))
        else:
            caption(g, s, "What to do if you disagree", 2)
            write(
                g,
                s,
                "You can ask for a review or appeal to the tribunal. If you want a review, "
                "write to us within 30 days of the date of this letter. "
                + prose(rng, lg, "duty", 2, 3),
            )
        pages += close(g.pages, s, h, numbers="none")
    received(rng, pages[0], d, 0.5)
    remember(d, None)
    return pages


# ---------------------------------------------------------------------------------------------
# Templates AAA: kegs and the laboratory
# ---------------------------------------------------------------------------------------------

KEG_TYPES = {
    "en": [("30L keg", 0.22), ("50L keg", 0.25), ("Firkin 9g", 0.30), ("Pin 4.5g", 0.24)],
    "de": [("KEG 30 l", 0.18), ("KEG 50 l", 0.21), ("KEG 20 l", 0.16)],
    "fr": [("Fût 20 L", 0.17), ("Fût 30 L", 0.19), ("Fût 50 L", 0.22)],
}


def tpl_keg_statement(rng: random.Random, who: Issuer) -> list[Page]:
    """The keg rental company's monthly container hire statement: the account summary by
    container type (opening, out, back, closing, hire days, charges) on a portrait page, then
    the movement list with serial numbers and outlets on landscape pages with a running
    header, "Page i of n" throughout."""
    h = head_of(who, "kegs")
    lg = h.lang
    s = style_of(h)
    w, _hh = s.page_size
    m = s.margin
    per = add_months(month(), -1)
    d = month() + timedelta(days=rng.randint(1, 6))
    acct = serial(keyed(who, "acct"), "C99999")
    no = serial(rng, "HS-999999")
    f = sheets(s, h, f"{h.name} - {acct}")
    recipient(
        f,
        s,
        h,
        brewery_lines(),
        d,
        [
            (tr(lg, "Account", "Kundennummer", "Compte"), acct),
            (tr(lg, "Statement", "Abrechnung", "Relevé"), no),
        ],
    )
    caption(
        f,
        s,
        tr(lg, "CONTAINER HIRE STATEMENT", "MIETABRECHNUNG FÄSSER", "RELEVÉ DE LOCATION DE FÛTS"),
        2,
    )
    write(
        f,
        s,
        tr(
            lg,
            f"Period: {month_name(per, 'en')}",
            f"Zeitraum: {month_name(per, 'de')}",
            f"Période : {month_name(per, 'fr')}",
        ),
        s.size - 0.5,
    )
    types = KEG_TYPES[lg]
    rows = []
    net = 0.0
    serials: list[tuple[str, str]] = []
    for t, rate in types:
        if rng.random() < 0.25:
            continue
        open_ = rng.randint(20, 260)
        out = rng.randint(10, 140)
        back = rng.randint(5, min(out + open_, 150))
        close_ = open_ + out - back
        days = close_ * 30 + rng.randint(-300, 300)
        v = round(max(days, 0) * rate, 2)
        net += v
        rows.append(
            [
                t,
                str(open_),
                str(out),
                str(back),
                str(close_),
                str(max(days, 0)),
                money(rate, lg),
                money(v, lg),
            ]
        )
        serials += [(t, serial(rng, "AA99999")) for _ in range(out)]
    if not rows:
        t, rate = types[0]
        rows.append([t, "40", "12", "10", "42", "1260", money(rate, lg), money(1260 * rate, lg)])
        net = 1260 * rate
        serials = [(t, serial(rng, "AA99999")) for _ in range(12)]
    cols = columns(
        m,
        w - m,
        [
            (1.6, "left"),
            (0.8, "right"),
            (0.7, "right"),
            (0.7, "right"),
            (0.8, "right"),
            (1, "right"),
            (0.9, "right"),
            (1.1, "right"),
        ],
    )
    table(
        f,
        cols,
        [
            tr(lg, "Type", "Typ", "Type"),
            tr(lg, "Open", "Anfang", "Début"),
            tr(lg, "Out", "Aus", "Sortis"),
            tr(lg, "Back", "Zurück", "Retour"),
            tr(lg, "Close", "Ende", "Fin"),
            tr(lg, "Hire days", "Miettage", "Jours"),
            tr(lg, "Rate", "Satz", "Tarif"),
            tr(lg, "Amount", "Betrag", "Montant"),
        ],
        rows,
        s,
        shade=0.88,
    )
    lost = rng.randint(1, 3) if rng.random() < 0.3 else 0
    if lost:
        charge = {"en": 95.0, "de": 110.0, "fr": 105.0}[lg] * lost
        net += charge
        write(
            f,
            s,
            tr(
                lg,
                f"Lost container charge: {lost} x (see list) = {amount(charge, lg)}",
                f"Verlustberechnung: {lost} Fass/Fässer = {amount(charge, lg)}",
                f"Fûts perdus : {lost} = {amount(charge, lg)}",
            ),
            s.size - 0.5,
        )
    totals(f, s, lg, round(net, 2), vat_rate(lg))
    write(
        f,
        s,
        tr(
            lg,
            "This amount will be collected by Direct Debit on or after "
            f"{day(h, d + timedelta(days=10))}.",
            f"Der Betrag wird am {day(h, d + timedelta(days=10))} per SEPA-Lastschrift "
            f"eingezogen. Gläubiger-ID DE{serial(keyed(who, 'ci'), '99ZZZ00000999999')}.",
            f"Montant prélevé le {day(h, d + timedelta(days=10))} (mandat SEPA).",
        ),
        s.size - 1,
    )
    first = f.pages
    s2 = style_of(h, landscape(A4), margin=36, pt=7.5)
    w2, _ = s2.page_size
    g = sheets(
        s2,
        h,
        f"{h.name} - {tr(lg, 'Movements', 'Bewegungen', 'Mouvements')} {month_name(per, lg)} - "
        f"{acct}",
        top=False,
    )
    g.y = running_header(
        g.page,
        s2,
        f"{h.name} - {tr(lg, 'Movements', 'Bewegungen', 'Mouvements')} {month_name(per, lg)} - "
        f"{acct}",
    )
    mv = []
    pubs = SENDERS["pub"][home()]
    for t, sn in serials[: rng.randint(12, 120)]:
        out_d = per + timedelta(days=rng.randint(0, 27))
        back = rng.random() < 0.6
        pub = rng.choice(pubs)
        mv.append(
            [
                short(out_d, lg),
                sn,
                t,
                tr(lg, "Filled / out", "Befüllt / aus", "Rempli / sorti")
                if rng.random() < 0.8
                else tr(lg, "Transfer", "Umbuchung", "Transfert"),
                pub[0],
                pub[2].split()[-1] if lg != "en" else pub[2],
                short(out_d + timedelta(days=rng.randint(6, 40)), lg) if back else "-",
                str(rng.randint(6, 40)) if back else "",
            ]
        )
    mv.sort(key=lambda r: (r[0][6:], r[0][3:5], r[0][:2]))
    cols2 = columns(
        36,
        w2 - 36,
        [
            (0.9, "left"),
            (0.9, "left"),
            (0.9, "left"),
            (1.2, "left"),
            (2.2, "left"),
            (1.4, "left"),
            (0.9, "left"),
            (0.5, "right"),
        ],
    )
    table(
        g,
        cols2,
        [
            tr(lg, "Date", "Datum", "Date"),
            tr(lg, "Serial", "Fass-Nr.", "N° fût"),
            tr(lg, "Type", "Typ", "Type"),
            tr(lg, "Movement", "Bewegung", "Mouvement"),
            tr(lg, "Outlet", "Abnehmer", "Point de vente"),
            tr(lg, "Town", "Ort", "Ville"),
            tr(lg, "Returned", "Zurück", "Retour"),
            tr(lg, "Days", "Tage", "Jours"),
        ],
        mv,
        s2,
        size=7,
        step=1.55,
    )
    pages = first + g.pages
    close(
        pages,
        s,
        h,
        numbers=rng.choice(["Page {i} of {n}", "{i}/{n}"])
        if lg == "en"
        else tr(lg, "", "Seite {i} von {n}", "Page {i}/{n}"),
    )
    received(rng, pages[0], d, 0.25)
    remember(d, (h.name, acct, [sn for _t, sn in serials[:40]]))
    return pages


def tpl_keg_notice(rng: random.Random, who: Issuer) -> list[Page]:
    """The keg rental company's notice of unreturned containers: a letter with the list of
    kegs not seen back for a long time at the outlets, the charge that will be raised, and a
    trace form on a second sheet to tick and return."""
    h = head_of(who, "kegs")
    lg = h.lang
    s = style_of(h)
    w, _hh = s.page_size
    m = s.margin
    ex = LAST["extra"]
    d = last_day(rng, ("keg_statement",), (0, 8))
    acct = serial(keyed(who, "acct"), "C99999")
    kegs = (
        list(ex[2])
        if after(("keg_statement",)) and isinstance(ex, tuple) and ex[2]
        else [serial(rng, "AA99999") for _ in range(30)]
    )
    late = rng.sample(kegs, min(len(kegs), rng.randint(3, 14)))
    f = sheets(s, h, f"{h.name} - {acct}")
    contact = staff(h, "tracking")
    recipient(f, s, h, brewery_lines(), d, [(tr(lg, "Account", "Kundennummer", "Compte"), acct)])
    caption(
        f,
        s,
        tr(
            lg,
            "Unreturned containers - action required",
            "Nicht zurückgeführte Fässer",
            "Fûts non retournés - relance",
        ),
        1,
    )
    write(f, s, salute(lg, None))
    days = rng.choice([90, 120, 180])
    write(
        f,
        s,
        tr(
            lg,
            "Our tracking shows the containers below have not been scanned back for more than "
            f"{days} days. Unless they are returned or located within 21 days they will be "
            "charged as lost.",
            f"laut unserer Fassverfolgung wurden die nachstehenden Fässer seit über {days} Tagen "
            "nicht zurückgemeldet. Sofern sie nicht innerhalb von 21 Tagen zurückgegeben werden, "
            "stellen wir sie als Verlust in Rechnung.",
            "Selon notre suivi, les fûts ci-dessous n'ont pas été restitués depuis plus de "
            f"{days} jours. Sans retour sous 21 jours, ils vous seront facturés comme perdus.",
        ),
    )
    pubs = SENDERS["pub"][home()]
    rows = [
        [
            sn,
            rng.choice([t for t, _ in KEG_TYPES[lg]]),
            rng.choice(pubs)[0],
            short(d - timedelta(days=days + rng.randint(1, 120)), lg),
        ]
        for sn in late
    ]
    table(
        f,
        columns(m, w - m, [(1, "left"), (1, "left"), (2.4, "left"), (1.1, "left")]),
        [
            tr(lg, "Serial", "Fass-Nr.", "N° fût"),
            tr(lg, "Type", "Typ", "Type"),
            tr(lg, "Last outlet", "Letzter Abnehmer", "Dernier client"),
            tr(lg, "Dispatched", "Ausgang", "Sortie"),
        ],
        rows,
        s,
        rules=True,
    )
    write(
        f,
        s,
        tr(
            lg,
            "Please complete the enclosed trace form.",
            "Bitte füllen Sie das beiliegende Rückmeldeformular aus.",
            "Merci de compléter le formulaire joint.",
        ),
    )
    regards(f, s, lg, contact, tr(lg, "Container Tracking", "Fassverfolgung", "Suivi des fûts"))
    pages = close(f.pages, s, h, numbers="none")
    if rng.random() < 0.75:
        p = Page(A4)
        y = heading(p, s, h) if rng.random() < 0.4 else m
        p.text(
            m,
            y,
            tr(lg, "CONTAINER TRACE FORM", "RÜCKMELDEFORMULAR", "FORMULAIRE DE RECHERCHE"),
            s.bold,
            s.size + 2,
        )
        y += 18
        p.text(
            m,
            y,
            f"{tr(lg, 'Account', 'Kunde', 'Compte')}: {acct} - {brewery_name()}",
            s.font,
            s.size,
        )
        y += 20
        opts = [
            tr(lg, "Returned", "Zurückgegeben", "Retourné"),
            tr(lg, "At outlet", "Beim Kunden", "Chez le client"),
            tr(lg, "In brewery", "In der Brauerei", "En brasserie"),
            tr(lg, "Lost", "Verloren", "Perdu"),
        ]
        p.text(m, y, tr(lg, "Serial", "Fass-Nr.", "N° fût"), s.bold, 8)
        for k, o in enumerate(opts):
            p.text(m + 110 + k * 95, y, o, s.bold, 8)
        y += 14
        filled = rng.random() < 0.7
        for sn in late:
            p.text(m, y, sn, s.font, 8.5)
            pick = rng.randrange(4)
            for k in range(4):
                box(p, m + 110 + k * 95 + 20, y, filled and k == pick, 8)
            p.line(m, y + 5, w - m, y + 5)
            y += 17
        y += 16
        p.text(m, y, tr(lg, "Completed by / date:", "Name / Datum:", "Nom / date :"), s.font, 8.5)
        if filled:
            hand(
                p,
                m + 110,
                y,
                f"{person(rng, home())}  {short(d + timedelta(days=rng.randint(2, 12)), home())}",
                9.5,
            )
        pages += close([p], s, h, numbers="none")
    received(rng, pages[0], d, 0.3)
    remember(d, None)
    return pages


def tpl_beer_analysis(rng: random.Random, who: Issuer) -> list[Page]:
    """A laboratory's certificate of analysis of one of the brewery's beers: the accredited
    laboratory's mark, sample details, the results with method, unit and uncertainty, "Page 1
    of 2" and the report number on each page; the microbiology, remarks and signatures on the
    second page."""
    h = head_of(who, "lab")
    lg = h.lang
    s = style_of(h)
    w, _hh = s.page_size
    m = s.margin
    d = some_day(rng)
    beer = rng.choice(beers())
    rep = serial(rng, rng.choice(["AR-99-99999", "PB 2025/99999", "RA99999"]))
    f = sheets(s, h, f"{h.name} - {tr(lg, 'Report', 'Prüfbericht', 'Rapport')} {rep}")
    acc = {"en": "UKAS TESTING", "de": "DAkkS D-PL", "fr": "COFRAC ESSAIS"}[lg]
    p = f.page
    p.rect(w - m - 78, f.y - 26, 78, 30)
    p.text(w - m - 39, f.y - 14, acc, "Helvetica-Bold", 6.5, "center")
    p.text(w - m - 39, f.y - 4, serial(keyed(who, "acc"), "9999"), "Helvetica", 7, "center")
    caption(
        f, s, tr(lg, "CERTIFICATE OF ANALYSIS", "PRÜFBERICHT", "BULLETIN D'ANALYSE") + f"  {rep}", 2
    )
    f.y = pairs(
        p,
        s,
        m,
        f.y,
        [
            (
                tr(lg, "Customer", "Auftraggeber", "Client"),
                f"{brewery_name()}, {BREWERIES[home()][row_no()][2]}",
            ),
            (tr(lg, "Sample", "Probe", "Échantillon"), f"{beer[0]} ({beer[1]})"),
            (tr(lg, "Batch / gyle", "Sud / Charge", "Brassin / lot"), serial(rng, "99-999")),
            (tr(lg, "Container", "Gebinde", "Contenant"), rng.choice(PACKS[lg])),
            (
                tr(lg, "Received", "Eingang", "Réception"),
                short(d - timedelta(days=rng.randint(3, 9)), lg),
            ),
            (tr(lg, "Date of report", "Berichtsdatum", "Date du rapport"), day(h, d)),
        ],
        w * 0.72,
    )
    f.y += 8
    abv = beer[2] + rng.uniform(-0.15, 0.15)
    rows = [
        [
            tr(lg, "Alcohol", "Alkohol", "Titre alcoométrique"),
            "% vol",
            num(abv, lg, 2),
            "± 0.1" if lg == "en" else "± 0,1",
            "EBC 9.2.6",
        ],
        [
            tr(lg, "Original gravity", "Stammwürze", "Extrait primitif"),
            "°P",
            num(beer[3] + rng.uniform(-0.3, 0.3), lg, 2),
            "± 0.2" if lg == "en" else "± 0,2",
            "EBC 9.4",
        ],
        [
            tr(lg, "Apparent extract", "Scheinbarer Extrakt", "Extrait apparent"),
            "°P",
            num(rng.uniform(1.5, 3.5), lg, 2),
            "",
            "EBC 9.4",
        ],
        [
            tr(
                lg,
                "Real degree of fermentation",
                "Wirklicher Vergärungsgrad",
                "Degré réel de fermentation",
            ),
            "%",
            num(rng.uniform(62, 72), lg),
            "",
            "EBC 9.4",
        ],
        [
            tr(lg, "Bitterness", "Bittereinheiten", "Amertume"),
            "EBU",
            num(rng.uniform(18, 65), lg, 0),
            "± 2",
            "EBC 9.8",
        ],
        [tr(lg, "Colour", "Farbe", "Couleur"), "EBC", num(rng.uniform(6, 90), lg), "", "EBC 9.6"],
        ["pH", "", num(rng.uniform(4.0, 4.6), lg, 2), "", "EBC 9.35"],
        [
            tr(lg, "Carbon dioxide", "Kohlendioxid", "CO2"),
            "g/l",
            num(rng.uniform(4.2, 5.6), lg, 2),
            "",
            "EBC 9.28",
        ],
    ]
    if rng.random() < 0.4:
        rows.append([tr(lg, "Gluten", "Gluten", "Gluten"), "mg/kg", "< 10", "", "R5 ELISA"])
    table(
        f,
        columns(
            m, w - m, [(2.8, "left"), (0.7, "left"), (0.9, "right"), (0.8, "center"), (1.1, "left")]
        ),
        [
            tr(lg, "Parameter", "Parameter", "Paramètre"),
            tr(lg, "Unit", "Einheit", "Unité"),
            tr(lg, "Result", "Ergebnis", "Résultat"),
            "U",
            tr(lg, "Method", "Methode", "Méthode"),
        ],
        rows,
        s,
        shade=0.9,
        rules=True,
    )
    write(
        f,
        s,
        tr(
            lg,
            "U: expanded measurement uncertainty (k = 2). Results relate only to the sample as "
            "received.",
            "U: erweiterte Messunsicherheit (k = 2). Die Ergebnisse beziehen sich ausschließlich "
            "auf die untersuchte Probe.",
            "U : incertitude élargie (k = 2). Les résultats ne concernent que l'échantillon "
            "soumis.",
        ),
        s.size - 1.5,
    )
    two = rng.random() < 0.75
    if two:
        f.new_page()
        caption(f, s, tr(lg, "Microbiology", "Mikrobiologie", "Microbiologie"), 1)
        mic = [
            [
                tr(lg, "Aerobic count", "Aerobe Keimzahl", "Flore aérobie"),
                "cfu/100 ml",
                rng.choice(["< 1", "3", "12", "< 1"]),
            ],
            [
                tr(
                    lg,
                    "Lactobacillus / Pediococcus",
                    "Laktobazillen / Pediokokken",
                    "Lactobacilles / pédiocoques",
                ),
                "cfu/100 ml",
                rng.choice(["not detected", "n.n.", "absence"]) if rng.random() < 0.8 else "4",
            ],
            [
                tr(lg, "Wild yeast", "Fremdhefen", "Levures sauvages"),
                "cfu/100 ml",
                rng.choice(["< 1", "< 1", "2"]),
            ],
            [
                tr(lg, "Diastaticus (PCR)", "S. diastaticus (PCR)", "Diastaticus (PCR)"),
                "",
                tr(lg, "not detected", "negativ", "non détecté"),
            ],
        ]
        table(
            f,
            columns(m, w - m, [(3, "left"), (1.2, "left"), (1.2, "right")]),
            [
                tr(lg, "Parameter", "Parameter", "Paramètre"),
                tr(lg, "Unit", "Einheit", "Unité"),
                tr(lg, "Result", "Ergebnis", "Résultat"),
            ],
            mic,
            s,
            rules=True,
        )
        if rng.random() < 0.5:
            caption(f, s, tr(lg, "Remarks", "Bemerkungen", "Observations"), 0)
            write(
                f,
                s,
                tr(
                    lg,
                    f"Alcohol content within the tolerance of the declared {beer[2]:.1f}% ABV.",
                    "Alkoholgehalt innerhalb der Toleranz zum deklarierten Wert "
                    f"{num(beer[2], 'de')} % vol.",
                    f"Titre conforme à la valeur déclarée de {num(beer[2], 'fr')} % vol.",
                ),
            )
    f.need(90)
    f.y += 24
    for k, role in enumerate(
        [
            tr(lg, "Analyst", "Prüfer/in", "Analyste"),
            tr(lg, "Authorised signatory", "Laborleitung", "Responsable du laboratoire"),
        ]
    ):
        x = m + k * (w - 2 * m) / 2
        name = staff(h, f"sig{k}")
        scrawl(f.page, x, f.y, name, 12)
        f.page.text(x, f.y + 12, name, s.font, s.size - 1)
        f.page.text(x, f.y + 23, role, s.font, s.size - 1.5)
    f.y += 40
    f.page.text(
        w / 2,
        f.y,
        tr(lg, "- End of report -", "- Ende des Prüfberichts -", "- Fin du rapport -"),
        s.font,
        8,
        "center",
    )
    pages = close(
        f.pages, s, h, numbers=tr(lg, "Page {i} of {n}", "Seite {i} von {n}", "Page {i}/{n}")
    )
    received(rng, pages[0], d, 0.2)
    remember(d, None)
    return pages


# ---------------------------------------------------------------------------------------------
# Templates AAA: selling the beer
# ---------------------------------------------------------------------------------------------

PURCHASE_TERMS = {
    "en": [
        "Application",
        "Orders",
        "Delivery and booking-in",
        "Shelf life on delivery",
        "Labelling and SSCC",
        "Rejection",
        "Invoices",
        "Payment",
        "Product recall",
        "Insurance",
        "Governing law",
    ],
    "de": [
        "Geltung",
        "Bestellungen",
        "Anlieferung und Zeitfenster",
        "Mindesthaltbarkeit bei Anlieferung",
        "Kennzeichnung und Palettenetiketten",
        "Wareneingangsprüfung",
        "Rechnungen",
        "Zahlung",
        "Rückruf",
        "Leergut und Pfand",
        "Gerichtsstand",
    ],
    "fr": [
        "Champ d'application",
        "Commandes",
        "Livraison et prise de rendez-vous",
        "DLUO à réception",
        "Étiquetage palettes",
        "Refus de marchandise",
        "Facturation",
        "Paiement",
        "Retrait et rappel",
        "Consignes",
        "Litiges",
    ],
}


def tpl_distributor_po(rng: random.Random, who: Issuer) -> list[Page]:
    """A distributor's purchase order to the brewery: order and delivery details, the depot
    to deliver to, the lines by the distributor's code, beer and pack, quantity and agreed
    price; now and then the purchasing conditions on a second sheet."""
    h = head_of(who, "distributor", abroad=0.15)
    lg = h.lang
    s = style_of(h)
    w, _hh = s.page_size
    m = s.margin
    d = some_day(rng)
    po = serial(rng, rng.choice(["PO-999999", "BE 45999999", "CDE-99999", "P999999"]))
    buyer = staff(h, "buyer")
    f = sheets(s, h, f"{h.name} - {tr(lg, 'Purchase order', 'Bestellung', 'Bon de commande')} {po}")
    recipient(
        f,
        s,
        h,
        brewery_lines(tr(lg, "Sales / orders", "Vertrieb", "Service commercial")),
        d,
        [
            (tr(lg, "Order no.", "Bestell-Nr.", "N° de commande"), po),
            (tr(lg, "Buyer", "Einkäufer/in", "Acheteur"), buyer),
            (
                tr(lg, "Supplier no.", "Lieferanten-Nr.", "Code fournisseur"),
                serial(keyed(who, "sup"), "99999"),
            ),
        ],
    )
    caption(f, s, tr(lg, "PURCHASE ORDER", "BESTELLUNG", "BON DE COMMANDE"), 4)
    due = d + timedelta(days=rng.randint(4, 14))
    f.y = pairs(
        f.page,
        s,
        m,
        f.y,
        [
            (
                tr(lg, "Delivery date", "Liefertermin", "Date de livraison"),
                f"{day(h, due)}, {rng.choice(['06:00-10:00', '07:00-12:00', '08:00-14:00'])}",
            ),
            (
                tr(lg, "Deliver to", "Lieferanschrift", "Livrer à"),
                f"{h.name.split()[0]} {tr(lg, 'depot', 'Lager', 'entrepôt')}, {h.street}, {h.town}",
            ),
            ("Incoterms", "DAP" if lg != home() else tr(lg, "Delivered", "frei Haus", "franco")),
        ],
        w - m,
    )
    f.y += 8
    rows = []
    net = 0.0
    packs = PACKS[home()]
    lines = []
    for beer in rng.sample(beers(), rng.randint(1, 5)):
        for k in rng.sample(range(len(packs)), rng.randint(1, 2)):
            qty = (
                rng.choice([4, 6, 8, 10, 12, 20, 24, 40, 60])
                if k < 4
                else rng.choice([20, 40, 60, 80, 120])
            )
            price = PACK_L[home()][k] * beer[2] * rng.uniform(0.55, 0.8) + (12 if k < 4 else 3)
            v = round(qty * price, 2)
            net += v
            lines.append((beer[0], packs[k], qty))
            rows.append(
                [
                    serial(rng, "999999"),
                    f"{beer[0]} {num(beer[2], lg)}%",
                    packs[k],
                    str(qty),
                    money(price, lg),
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
                (2.6, "left"),
                (1.7, "left"),
                (0.6, "right"),
                (1, "right"),
                (1.1, "right"),
            ],
        ),
        [
            tr(lg, "Our code", "Art.-Nr.", "Réf."),
            tr(lg, "Product", "Artikel", "Article"),
            tr(lg, "Pack", "Gebinde", "Conditionnement"),
            tr(lg, "Qty", "Menge", "Qté"),
            tr(lg, "Price", "Preis", "Prix"),
            tr(lg, "Value", "Wert", "Montant"),
        ],
        rows,
        s,
        rules=True,
    )
    f.y += 4
    f.page.text(
        w - m,
        f.y,
        f"{tr(lg, 'Order value (excl. VAT)', 'Bestellwert netto', 'Total HT')}: {amount(net, lg)}",
        s.bold,
        s.size,
        "right",
    )
    f.y += 20
    for t in rng.sample(
        [
            tr(
                lg,
                "Please quote our PO number on the delivery note and invoice.",
                "Bitte Bestellnummer auf Lieferschein und Rechnung angeben.",
                "Merci de rappeler le numéro de commande sur BL et facture.",
            ),
            tr(
                lg,
                "Deliveries must be booked in 48 hours ahead.",
                "Anlieferung nur nach Avisierung 48 Stunden vorher.",
                "Prise de rendez-vous obligatoire 48 h à l'avance.",
            ),
            tr(
                lg,
                "Minimum 3 months shelf life on packaged beer.",
                "Mindestrestlaufzeit 3 Monate bei Flaschen- und Dosenbier.",
                "DLUO minimale de 3 mois à réception.",
            ),
            tr(
                lg,
                "Euro pallets, max. height 1.6 m, SSCC label on two sides.",
                "Europaletten, max. 1,60 m, SSCC-Etikett an zwei Seiten.",
                "Palettes Europe, hauteur max. 1,60 m, étiquette SSCC.",
            ),
        ],
        rng.randint(1, 3),
    ):
        write(f, s, f"-  {t}", s.size - 1)
    f.y += 10
    scrawl(f.page, m, f.y + 14, buyer, 12)
    f.page.text(
        m, f.y + 26, f"{buyer}, {tr(lg, 'Purchasing', 'Einkauf', 'Achats')}", s.font, s.size - 1
    )
    pages = close(f.pages, s, h)
    if rng.random() < 0.3:
        pages.append(
            small_print(
                rng,
                s,
                h,
                tr(
                    lg,
                    "GENERAL CONDITIONS OF PURCHASE",
                    "ALLGEMEINE EINKAUFSBEDINGUNGEN",
                    "CONDITIONS GÉNÉRALES D'ACHAT",
                ),
                PURCHASE_TERMS[lg],
            )
        )
    received(rng, pages[0], d, 0.3)
    remember(d, (h.name, po, due, lines))
    return pages


def tpl_pub_delivery(rng: random.Random, who: Issuer) -> list[Page]:
    """The brewery's own delivery note from the dray round (the copy the driver brings back):
    an A5 note, portrait or landscape, with the customer, the beer by container, the empties
    collected, the time and the licensee's signature; after a distributor's order the note
    for that order's delivery to the depot."""
    h = brewery_head()
    lg = home()
    ex = LAST["extra"]
    order = after(("distributor_po",)) and isinstance(ex, tuple)
    size = rng.choice([A5, A5, landscape(A5)])
    s = style_of(h, size, margin=30, pt=8)
    w, hh = size
    m = s.margin
    if order and isinstance(ex, tuple):
        d = ex[2]
        cust = (ex[0], "", "", "")
        for row in SENDERS["distributor"].values():
            for r_ in row:
                if r_[0] == ex[0]:
                    cust = r_
        lines = [(b, pk, q) for b, pk, q in ex[3]]
    else:
        d = some_day(rng)
        cust = rng.choice(SENDERS["pub"][lg])
        lines = []
        for beer in rng.sample(beers(), rng.randint(1, 4)):
            k = rng.choice([0, 0, 1, 2, 3, 4])
            lines.append((beer[0], PACKS[lg][k], rng.choice([1, 1, 2, 2, 3, 4, 6])))
    no = serial(rng, "D99999")
    p = Page(size)
    y = heading(p, s, h)
    title = tr(lg, "DELIVERY NOTE", "LIEFERSCHEIN", "BON DE LIVRAISON")
    p.text(m, y, title, s.bold, 12)
    p.text(
        w - m,
        y,
        f"No. {no}" if lg == "en" else f"Nr. {no}" if lg == "de" else f"N° {no}",
        s.bold,
        10,
        "right",
    )
    y += 16
    y0 = y
    for t in [cust[0], cust[1], cust[2]]:
        if t:
            p.text(m, y, fit(t, s.font, 8.5, w / 2 - m), s.font, 8.5)
            y += 11
    pairs(
        p,
        s,
        w * 0.55,
        y0,
        [
            (tr(lg, "Date", "Datum", "Date"), short(d, lg)),
            (tr(lg, "Account", "Kd.-Nr.", "Client"), serial(rng, "A999")),
            (
                tr(lg, "Round / drop", "Tour / Stopp", "Tournée"),
                f"{rng.choice(['Mon', 'Tue', 'Thu', 'Fri', 'A', 'B', 'Nord', 'Sud'])} / "
                f"{rng.randint(1, 14)}",
            ),
        ],
        w - m,
        7.5,
    )
    y = max(y, y0 + 36) + 8
    cols = columns(m, w - m, [(3, "left"), (2, "left"), (0.8, "right")])
    f = Sheets(size, hh - 70, lambda pg, n: m)
    f.pages, f.page, f.y = [p], p, y
    table(
        f,
        cols,
        [
            tr(lg, "Beer", "Bier", "Bière"),
            tr(lg, "Container", "Gebinde", "Contenant"),
            tr(lg, "Qty", "Menge", "Qté"),
        ],
        [[b, pk, str(q)] for b, pk, q in lines],
        s,
        size=8,
        rules=True,
    )
    p = f.page
    y = f.y + 4
    p.text(m, y, tr(lg, "Empties collected:", "Leergut zurück:", "Vides repris :"), s.bold, 8)
    xx = m + 90
    for t, _r in KEG_TYPES[lg][:3]:
        p.text(xx, y, t, s.font, 7.5)
        p.rect(xx + tw(t, s.font, 7.5) + 3, y - 9, 18, 12)
        if rng.random() < 0.7:
            hand(p, xx + tw(t, s.font, 7.5) + 6, y, str(rng.randint(0, 6)), 9)
        xx += tw(t, s.font, 7.5) + 30
    y += 18
    if rng.random() < 0.25:
        hand(
            p,
            m,
            y,
            rng.choice(
                [
                    tr(lg, "left in cellar - door code", "in Keller gestellt", "déposé en cave"),
                    tr(lg, "1 short - credit", "1 fehlt", "1 manquant"),
                    tr(lg, "cash paid", "bar bezahlt", "payé espèces"),
                ]
            ),
            9.5,
            w - 2 * m,
        )
        y += 16
    y = max(y + 10, hh - 78)
    p.text(m, y, tr(lg, "Received in good order by:", "Ware erhalten:", "Reçu par :"), s.font, 7.5)
    signed = rng.random() < 0.9
    if signed:
        scrawl(p, m + 4, y + 24, person(rng, lg), 11)
        hand(
            p,
            w / 2 + 10,
            y + 24,
            f"{rng.randint(7, 15):02d}:{rng.choice(['05', '20', '35', '50'])}",
            9,
        )
    p.line(m, y + 28, w / 2 - 10, y + 28)
    p.line(w / 2 + 10, y + 28, w - m, y + 28)
    p.text(m, y + 37, tr(lg, "Signature / print name", "Unterschrift", "Signature"), s.font, 6)
    p.text(
        w / 2 + 10,
        y + 37,
        tr(lg, "Time / driver", "Uhrzeit / Fahrer", "Heure / chauffeur"),
        s.font,
        6,
    )
    p.text(
        w / 2,
        hh - 18,
        fit(
            tr(
                lg,
                "Containers remain the property of the brewery and must be returned empty.",
                "Fässer bleiben Eigentum der Brauerei und sind leer zurückzugeben.",
                "Les fûts restent la propriété de la brasserie.",
            ),
            s.font,
            5.5,
            w - 2 * m,
        ),
        s.font,
        5.5,
        "center",
    )
    if rng.random() < 0.4:
        p.text(
            w - m,
            y0 - 30,
            tr(lg, "CUSTOMER COPY", "KUNDENEXEMPLAR", "EXEMPLAIRE CLIENT"),
            s.bold,
            7,
            "right",
        )
    remember(d, (cust, no, lines))
    return f.pages


ULLAGE_REASONS = {
    "en": [
        "Cloudy / hazy",
        "Sour / vinegary",
        "Flat",
        "Fobbing",
        "Off flavour",
        "Out of date",
        "Leaking container",
    ],
    "de": [
        "Trüb",
        "Sauer",
        "Schal",
        "Schäumt über",
        "Fehlgeschmack",
        "MHD überschritten",
        "Fass undicht",
    ],
    "fr": [
        "Trouble",
        "Acide",
        "Plate",
        "Mousse excessive",
        "Goût anormal",
        "Date dépassée",
        "Fût qui fuit",
    ],
}


def tpl_ullage_claim(rng: random.Random, who: Issuer) -> list[Page]:
    """A pub's ullage (returned beer) claim on the brewery's form, filled in by hand by the
    licensee: the container, the dates it was delivered and put on, how much came back and
    why, cellar details and signature, the brewery-use box; now and then instead a short
    handwritten-looking note on the pub's own paper."""
    ex = LAST["extra"]
    lg = home()
    if after(("pub_delivery",)) and isinstance(ex, tuple) and ex[0] in SENDERS["pub"][lg]:
        pub: Row = ex[0]
        d = last_day(rng, ("pub_delivery",), (3, 18))
        beer = ex[2][0][0]
        pack = ex[2][0][1]
        dno = ex[1]
    else:
        pub = rng.choice(SENDERS["pub"][lg])
        d = some_day(rng)
        beer = rng.choice(beers())[0]
        pack = rng.choice(PACKS[lg][: 4 if lg == "en" else 2])
        dno = serial(rng, "D99999")
    ph = make_head(pub, lg, "pub")
    bh = brewery_head()
    if rng.random() < 0.25:
        s = style_of(ph, A5, margin=34, pt=9)
        f = sheets(s, ph)
        f.y += 4
        hand(f.page, s.margin, f.y, short(d, lg), 10)
        f.y += 22
        for t in wrap(
            tr(
                lg,
                f"Hi - returning 1 x {pack} of {beer}, went cloudy after two days on, rest of the "
                "delivery fine. Lines cleaned Monday. Please credit. Thanks,",
                f"Hallo, anbei zurück 1 x {pack} {beer}, nach zwei Tagen trüb, Rest in Ordnung. "
                "Leitungen am Montag gereinigt. Bitte Gutschrift. Danke,",
                f"Bonjour, je vous retourne 1 {pack} de {beer}, trouble après deux jours. Lignes "
                "nettoyées lundi. Merci de faire un avoir.",
            ),
            HAND,
            10,
            A5[0] - 2 * s.margin,
        ):
            hand(f.page, s.margin, f.y, t, 10)
            f.y += 15
        scrawl(f.page, s.margin, f.y + 20, person(rng, lg), 12)
        return f.pages
    size = rng.choice([A4, A5])
    s = style_of(bh, size, margin=30 if size == A5 else 0, pt=8 if size == A5 else 9)
    w, _hh = size
    m = s.margin
    p = Page(size)
    y = heading(p, s, bh)
    p.text(
        m,
        y,
        tr(
            lg,
            "ULLAGE / RETURNED BEER REPORT",
            "REKLAMATION / RÜCKWARE BIER",
            "DÉCLARATION DE BIÈRE NON CONFORME",
        ),
        s.bold,
        s.size + 2,
    )
    y += 18
    items = [
        (tr(lg, "Outlet", "Gaststätte", "Établissement"), pub[0]),
        (tr(lg, "Account", "Kd.-Nr.", "N° client"), serial(rng, "A999")),
        (tr(lg, "Beer", "Bier", "Bière"), beer),
        (
            tr(lg, "Container / serial", "Gebinde / Fass-Nr.", "Contenant / n°"),
            f"{pack} {serial(rng, 'AA99999')}",
        ),
        (tr(lg, "Delivery note", "Lieferschein", "BL"), dno),
        (
            tr(lg, "Date delivered", "Geliefert am", "Livré le"),
            short(d - timedelta(days=rng.randint(3, 12)), lg),
        ),
        (
            tr(lg, "Date put on", "Angestochen am", "Mis en perce le"),
            short(d - timedelta(days=rng.randint(1, 3)), lg),
        ),
        (
            tr(lg, "Amount returned", "Rückmenge", "Quantité retournée"),
            rng.choice(["approx 30 pints", "about 6 gal", "ca. 25 l", "env. 20 L", "full"]),
        ),
    ]
    y = fields(p, s, m, y, w - 2 * m, items, per=2, tall=26 if size == A4 else 24)
    p.text(m, y, tr(lg, "Reason:", "Grund:", "Motif :"), s.bold, 8.5)
    y = ticks(
        p,
        s,
        m + 50,
        y,
        w - 2 * m - 50,
        ULLAGE_REASONS[lg],
        set(rng.sample(range(7), rng.randint(1, 2))),
        8,
    )
    y += 4
    y = fields(
        p,
        s,
        m,
        y,
        w - 2 * m,
        [
            (
                tr(lg, "Cellar temperature", "Kellertemperatur", "Température cave"),
                f"{rng.randint(10, 14)} °C",
            ),
            (
                tr(
                    lg,
                    "Lines last cleaned",
                    "Leitungsreinigung zuletzt",
                    "Dernier nettoyage des lignes",
                ),
                short(d - timedelta(days=rng.randint(1, 9)), lg),
            ),
        ],
        per=2,
        tall=24,
    )
    p.text(
        m,
        y,
        tr(lg, "Licensee signature:", "Unterschrift Wirt/in:", "Signature du gérant :"),
        s.font,
        8,
    )
    scrawl(p, m + 100, y + 4, person(rng, lg), 12)
    y += 22
    p.rect(m, y, w - 2 * m, 46 if size == A4 else 40, fill=0.93)
    p.text(
        m + 6,
        y + 11,
        tr(lg, "BREWERY USE ONLY", "NUR FÜR DIE BRAUEREI", "RÉSERVÉ À LA BRASSERIE"),
        s.bold,
        7,
    )
    ticks(
        p,
        s,
        m + 6,
        y + 26,
        w - 2 * m - 12,
        [
            tr(lg, "Credit approved", "Gutschrift genehmigt", "Avoir accordé"),
            tr(lg, "Declined", "Abgelehnt", "Refusé"),
            tr(lg, "Sample to lab", "Probe ins Labor", "Échantillon labo"),
        ],
        {0} if rng.random() < 0.6 else set(),
        7.5,
    )
    if rng.random() < 0.5:
        hand(p, w - m - 90, y + 38, f"QA {short(d + timedelta(days=2), lg)}", 8.5)
    remember(d, None)
    return [p]


LABEL_ITEMS = {
    "en": [
        "Front label 90 x 120 mm",
        "Back label 60 x 90 mm",
        "Neck collar",
        "Can sleeve 440 ml",
        "Keg collar",
        "Pump clip insert",
    ],
    "de": [
        "Bauchetikett 90 x 120 mm",
        "Rückenetikett 60 x 90 mm",
        "Halsetikett",
        "Dosen-Sleeve 0,5 l",
        "Fasskragen",
        "Zapfhahnschild",
    ],
    "fr": [
        "Étiquette face 90 x 120 mm",
        "Contre-étiquette 60 x 90 mm",
        "Collerette",
        "Sleeve canette 44 cl",
        "Collerette fût",
        "Plaque de tireuse",
    ],
}


def tpl_label_proof(rng: random.Random, who: Issuer) -> list[Page]:
    """A label printer's proof approval sheet (artwork proof, Druckfreigabe, bon à tirer):
    the job details and checklist, the approval boxes ticked and signed by the brewery, then
    one or two landscape artwork pages with the labels drawn to size, die lines, colour
    swatches, the barcode and the mandatory wording."""
    h = head_of(who, "printer", abroad=0.15)
    lg = h.lang
    s = style_of(h)
    w, _hh = s.page_size
    m = s.margin
    d = some_day(rng)
    job = serial(rng, rng.choice(["J99999", "AU-99-9999", "BAT 99999"]))
    beer = rng.choice(beers())
    items = rng.sample(LABEL_ITEMS[lg], rng.randint(1, 3))
    p = Page(s.page_size)
    y = heading(p, s, h)
    p.text(
        m,
        y,
        tr(lg, "ARTWORK PROOF - APPROVAL", "DRUCKFREIGABE / KORREKTURABZUG", "BON À TIRER"),
        s.bold,
        s.size + 4,
    )
    y += 20
    qty = rng.choice([5000, 10000, 20000, 25000, 50000])
    y = fields(
        p,
        s,
        m,
        y,
        w - 2 * m,
        [
            (tr(lg, "Customer", "Kunde", "Client"), brewery_name()),
            (tr(lg, "Job no.", "Auftrag", "N° de dossier"), job),
            (tr(lg, "Item", "Artikel", "Article"), f"{beer[0]} - {items[0]}"),
            (tr(lg, "Proof version", "Korrekturstand", "Version"), f"v{rng.randint(1, 4)}"),
            (
                tr(lg, "Substrate", "Material", "Support"),
                rng.choice(
                    [
                        "PP white gloss",
                        "Naturpapier ungestrichen",
                        "Vergé blanc",
                        "Clear PE",
                        "Metallised PP",
                    ]
                ),
            ),
            (
                tr(lg, "Colours", "Farben", "Couleurs"),
                rng.choice(
                    ["CMYK + Pantone 871", "4c + Weiß", "CMJN + vernis", "CMYK + cold foil"]
                ),
            ),
            (tr(lg, "Quantity", "Auflage", "Quantité"), num(qty, lg, 0)),
            (
                tr(lg, "Winding / core", "Wickelrichtung / Kern", "Sens d'enroulement"),
                f"{rng.randint(1, 8)} / 76 mm",
            ),
        ],
        per=2,
        tall=26,
        hand=False,
    )
    p.text(
        m,
        y,
        tr(
            lg,
            "Please check carefully:",
            "Bitte sorgfältig prüfen:",
            "Merci de vérifier attentivement :",
        ),
        s.bold,
        s.size,
    )
    y += 14
    checks = [
        tr(lg, "Spelling and text", "Text und Rechtschreibung", "Textes et orthographe"),
        tr(lg, "Barcode", "Strichcode", "Code-barres"),
        tr(lg, "ABV and volume", "Alkoholgehalt, Füllmenge", "Degré et volume"),
        tr(lg, "Allergens", "Allergene", "Allergènes"),
        tr(lg, "Colours", "Farben", "Couleurs"),
        tr(lg, "Size and shape", "Format und Stanzung", "Format et découpe"),
    ]
    signed = rng.random() < 0.8
    y = ticks(p, s, m, y + 4, w - 2 * m, checks, set(range(6)) if signed else set(), 8.5)
    y += 8
    write_block = tr(
        lg,
        "The printer accepts no responsibility for errors not marked on this proof. Colours on "
        "screen or on a digital proof may differ from the printed result.",
        "Nicht beanstandete Fehler gehen zu Lasten des Auftraggebers. Farbabweichungen zwischen "
        "Proof und Auflagendruck sind möglich.",
        "Les erreurs non signalées sur le BAT ne pourront être imputées à l'imprimeur. Les "
        "couleurs du BAT numérique sont indicatives.",
    )
    for ln in wrap(write_block, s.font, 7.5, w - 2 * m):
        p.text(m, y, ln, s.font, 7.5)
        y += 10
    y += 10
    band(p, s, y, tr(lg, "APPROVAL", "FREIGABE", "VALIDATION"))
    y += 20
    pick = (0 if rng.random() < 0.6 else 1) if signed else -1
    y = ticks(
        p,
        s,
        m,
        y,
        w - 2 * m,
        [
            tr(lg, "Approved", "Freigegeben", "Bon pour accord"),
            tr(lg, "Approved with changes", "Freigabe mit Korrekturen", "Accord avec corrections"),
            tr(lg, "New proof required", "Neuer Proof erforderlich", "Nouveau BAT"),
        ],
        {pick} if pick >= 0 else set(),
        9,
    )
    if pick == 1:
        hand(
            p,
            m,
            y + 4,
            rng.choice(
                [
                    tr(
                        lg,
                        "ABV to read 4.2% not 4.0%",
                        "Alkohol 5,2 % statt 5,0 %",
                        "degré 6,2 % et non 6,0 %",
                    ),
                    tr(lg, "move barcode 5mm left", "EAN 5 mm nach links", "décaler EAN de 5 mm"),
                ]
            ),
            9.5,
            w - 2 * m,
        )
        y += 18
    y += 14
    p.text(
        m,
        y,
        tr(lg, "Name / signature / date", "Name / Unterschrift / Datum", "Nom / signature / date"),
        s.font,
        7.5,
    )
    if signed:
        who_ = person(rng, home())
        scrawl(p, m + 150, y, who_, 12)
        hand(p, m + 280, y, short(d + timedelta(days=rng.randint(0, 3)), home()), 9)
    p.line(m + 140, y + 4, w - m, y + 4)
    pages = close([p], s, h, numbers="none")
    for k in range(rng.choice([1, 1, 2])):
        s2 = style_of(h, landscape(A4), margin=36)
        w2, h2 = s2.page_size
        q = Page((w2, h2))
        q.text(
            36,
            30,
            fit(
                f"{h.name}  |  {job}  |  {beer[0]}  |  {tr(lg, 'Proof', 'Proof', 'BAT')} {k + 1}",
                s2.font,
                7.5,
                w2 - 72,
            ),
            s2.font,
            7.5,
        )
        q.line(36, 36, w2 - 36, 36)
        lw, lh = rng.choice([(255, 340), (300, 300), (340, 240)])
        x0, y0 = 60.0, 60.0
        q.rect(x0 - 8, y0 - 8, lw + 16, lh + 16)  # bleed
        q.rect(x0, y0, lw, lh)  # die line
        q.text(
            x0 + lw / 2,
            y0 + 60,
            fit(beer[0].upper(), s2.bold, 22, lw - 20),
            s2.bold,
            shrink(beer[0].upper(), s2.bold, 22, lw - 20),
            "center",
        )
        q.text(x0 + lw / 2, y0 + 84, beer[1], italic_of(s2.font), 12, "center")
        q.rect(x0 + 30, y0 + 100, lw - 60, lh * 0.35, fill=rng.uniform(0.55, 0.85))
        q.text(
            x0 + lw / 2,
            y0 + lh - 50,
            f"{num(beer[2], home())}% {'ABV' if home() == 'en' else 'vol'}   "
            f"{rng.choice(['330ml', '440ml', '500ml', '0,5 l', '33 cl', '75 cl'])} e",
            s2.bold,
            11,
            "center",
        )
        q.text(
            x0 + lw / 2,
            y0 + lh - 34,
            fit(
                tr(
                    home(),
                    "Brewed & canned by " + brewery_name(),
                    "Gebraut und abgefüllt von " + brewery_name(),
                    "Brassée et conditionnée par " + brewery_name(),
                ),
                s2.font,
                7,
                lw - 20,
            ),
            s2.font,
            7,
            "center",
        )
        q.text(
            x0 + lw / 2,
            y0 + lh - 22,
            fit(
                tr(
                    home(),
                    "Contains BARLEY (malt). Best before: see base",
                    "Zutaten: Wasser, GERSTENMALZ, Hopfen, Hefe",
                    "Ingrédients : eau, malt d'ORGE, houblon, levure",
                ),
                s2.font,
                6.5,
                lw - 20,
            ),
            s2.font,
            6.5,
            "center",
        )
        ring(q, x0 + 24, y0 + lh - 24, 10)
        q.line(x0 + 17, y0 + lh - 31, x0 + 31, y0 + lh - 17)
        bx = x0 + lw + 50
        bars(q, bx, y0 + 20, 110, 50, rng)
        q.text(bx, y0 + 100, f"{lw / MM:.0f} x {lh / MM:.0f} mm", s2.font, 8)
        q.text(
            bx,
            y0 + 114,
            tr(
                lg,
                "Bleed 3 mm - die line shown in magenta",
                "Beschnitt 3 mm - Stanzkontur magenta",
                "Fond perdu 3 mm - découpe en magenta",
            ),
            s2.font,
            7,
        )
        for c in range(5):
            q.rect(bx + c * 34, y0 + 136, 28, 18, fill=[0.2, 0.45, 0.6, 0.8, 0.1][c])
            q.text(
                bx + c * 34 + 14, y0 + 164, ["C", "M", "Y", "K", "871"][c], s2.font, 6.5, "center"
            )
        q.text(
            bx,
            h2 - 40,
            fit(
                tr(
                    lg,
                    "This proof is for content and position only.",
                    "Proof nicht farbverbindlich.",
                    "BAT non contractuel pour les couleurs.",
                ),
                s2.font,
                7,
                w2 - bx - 36,
            ),
            s2.font,
            7,
        )
        pages.append(q)
    received(rng, pages[0], d, 0.15)
    remember(d, (h.name, job, beer[0], items, qty))
    return pages


def tpl_printer_invoice(rng: random.Random, who: Issuer) -> list[Page]:
    """A label or packaging printer's invoice: job number and proof reference, the labels per
    thousand, plates, cutting dies and carriage, VAT and payment terms; after a proof the
    invoice for that job."""
    h = head_of(who, "printer", abroad=0.15)
    lg = h.lang
    s = style_of(h, paper_of(h))
    w, _hh = s.page_size
    m = s.margin
    ex = LAST["extra"]
    d = last_day(rng, ("label_proof",), (10, 25))
    if after(("label_proof",)) and isinstance(ex, tuple) and ex[0] == h.name:
        job, beer, items, qty = ex[1], ex[2], ex[3], ex[4]
    else:
        job = serial(rng, "J99999")
        beer = rng.choice(beers())[0]
        items = rng.sample(LABEL_ITEMS[lg], rng.randint(1, 3))
        qty = rng.choice([5000, 10000, 20000])
    inv = serial(rng, rng.choice(["SI-99999", "RE99-9999", "F999999"]))
    f = sheets(s, h, f"{h.name} - {inv}")
    recipient(
        f,
        s,
        h,
        brewery_lines(),
        d,
        [
            (tr(lg, "Invoice", "Rechnung", "Facture"), inv),
            (tr(lg, "Job", "Auftrag", "Dossier"), job),
            (tr(lg, "Your order", "Ihre Bestellung", "Votre commande"), serial(rng, "PO999")),
        ],
    )
    caption(f, s, tr(lg, "INVOICE", "RECHNUNG", "FACTURE"), 4)
    rows = []
    net = 0.0
    for it in items:
        per_k = rng.uniform(18, 65)
        v = round(qty / 1000 * per_k, 2)
        net += v
        rows.append([f"{beer} - {it}", num(qty, lg, 0), money(per_k, lg) + " /1000", money(v, lg)])
    for extra, lo, hi in [
        (tr(lg, "Printing plates", "Druckplatten", "Clichés"), 80, 260),
        (tr(lg, "Cutting die", "Stanzwerkzeug", "Outil de découpe"), 120, 380),
        (tr(lg, "Carriage", "Fracht", "Port"), 15, 45),
    ]:
        if rng.random() < 0.5:
            v = round(rng.uniform(lo, hi), 2)
            net += v
            rows.append([extra, "1", money(v, lg), money(v, lg)])
    table(
        f,
        columns(m, w - m, [(3.6, "left"), (0.9, "right"), (1.4, "right"), (1.1, "right")]),
        [
            tr(lg, "Description", "Bezeichnung", "Désignation"),
            tr(lg, "Qty", "Menge", "Qté"),
            tr(lg, "Price", "Preis", "Prix"),
            tr(lg, "Amount", "Betrag", "Montant"),
        ],
        rows,
        s,
        rules=True,
    )
    totals(
        f,
        s,
        lg,
        round(net, 2),
        vat_rate(lg) if lg == home() else 0.0,
        note=""
        if lg == home()
        else tr(
            lg,
            "Reverse charge: customer to account for VAT.",
            "Steuerschuldnerschaft des Leistungsempfängers.",
            "Autoliquidation (art. 283-2 CGI).",
        ),
    )
    write(
        f,
        s,
        tr(
            lg,
            "Payment 30 days net.",
            "Zahlbar innerhalb 14 Tagen ohne Abzug.",
            "Paiement à 30 jours fin de mois.",
        ),
        s.size - 1,
    )
    pages = close(f.pages, s, h)
    received(rng, pages[0], d, 0.4)
    remember(d, None)
    return pages


# ---------------------------------------------------------------------------------------------
# Templates AAA: water, festivals, plant, the taproom and spent grain
# ---------------------------------------------------------------------------------------------

CONSENT_CONDITIONS = {
    "en": [
        "The trade effluent shall be discharged only through the sampling chamber shown on the "
        "plan in the Schedule.",
        "The maximum volume discharged in any period of 24 hours shall not exceed {vol} cubic "
        "metres.",
        "The maximum rate of discharge shall not exceed {rate} litres per second.",
        "The pH value of the trade effluent shall be not less than 6 and not more than 10.",
        "The chemical oxygen demand (settled) shall not exceed {cod} mg/l.",
        "The suspended solids shall not exceed {ss} mg/l.",
        "The temperature of the trade effluent shall not exceed 43 degrees Celsius.",
        "No yeast, spent grain, hop residues or trub shall be discharged to the sewer.",
        "The trader shall keep records of the volumes discharged and make them available to the "
        "undertaker on request.",
        "The trader shall notify the undertaker immediately of any accidental discharge.",
        "The undertaker may take samples of the trade effluent at any time.",
        "Charges shall be payable in accordance with the undertaker's charges scheme in force "
        "from time to time.",
    ],
    "de": [
        "Die Einleitung darf nur über den im Lageplan (Anlage) bezeichneten Probenahmeschacht "
        "erfolgen.",
        "Die eingeleitete Abwassermenge darf {vol} m³ je Tag nicht überschreiten.",
        "Der Abfluss darf {rate} l/s nicht überschreiten.",
        "Der pH-Wert muss zwischen 6,5 und 10 liegen.",
        "Der CSB der homogenisierten Probe darf {cod} mg/l nicht überschreiten.",
        "Absetzbare Stoffe: höchstens 10 ml/l nach 0,5 Stunden Absetzzeit.",
        "Die Abwassertemperatur darf 35 °C nicht überschreiten.",
        "Hefe, Treber, Hopfenrückstände und Heißtrub dürfen nicht eingeleitet werden.",
        "Die Einleitmengen sind in einem Betriebstagebuch aufzuzeichnen.",
        "Störungen sind der Stadtentwässerung unverzüglich anzuzeigen.",
        "Die Genehmigung kann mit Auflagen versehen oder widerrufen werden.",
        "Für den Starkverschmutzerzuschlag gilt die Gebührensatzung in der jeweils gültigen "
        "Fassung.",
    ],
    "fr": [
        "Le déversement s'effectue exclusivement par le regard de contrôle figurant au plan "
        "annexé.",
        "Le volume journalier déversé ne dépasse pas {vol} m³.",
        "Le débit de pointe ne dépasse pas {rate} l/s.",
        "Le pH est compris entre 5,5 et 8,5.",
        "La DCO ne dépasse pas {cod} mg/l.",
        "Les matières en suspension ne dépassent pas {ss} mg/l.",
        "La température des effluents est inférieure à 30 °C.",
        "Les levures, drêches, résidus de houblon et trub sont éliminés hors réseau.",
        "L'établissement tient un registre des volumes rejetés.",
        "Tout rejet accidentel est signalé sans délai au service d'assainissement.",
        "Le service peut procéder à tout moment à des prélèvements.",
        "La redevance est calculée selon la convention de déversement annexée.",
    ],
}


def tpl_effluent_consent(rng: random.Random, who: Issuer) -> list[Page]:
    """The water company's consent to discharge trade effluent (Indirekteinleitergenehmigung,
    arrêté d'autorisation de déversement): a covering letter, the consent with its numbered
    conditions and limits over one or two pages numbered apart from the letter, the schedule
    with the sampling point plan, and the signature of the authorised officer."""
    h = head_of(who, "water")
    lg = h.lang
    s = style_of(h)
    w, _hh = s.page_size
    m = s.margin
    d = some_day(rng)
    no = serial(rng, rng.choice(["TE/999999", "IE-99-999", "AD 9999-99"]))
    officer = staff(h, "te")
    pages: list[Page] = []
    cover = rng.random() < 0.7
    if cover:
        f = sheets(s, h)
        recipient(
            f, s, h, brewery_lines(), d, [(tr(lg, "Consent no.", "Aktenzeichen", "Référence"), no)]
        )
        write(f, s, salute(lg, None))
        write(
            f,
            s,
            tr(
                lg,
                f"Water Industry Act 1991 - Consent to discharge trade effluent {no}. Please find "
                "enclosed your consent, which replaces any earlier consent for these premises. "
                "Please read the conditions carefully and make sure everyone responsible for the "
                "brewery's drainage is aware of them.",
                "anbei erhalten Sie die Genehmigung zur Einleitung von nicht häuslichem Abwasser "
                f"in die öffentliche Abwasseranlage (Az. {no}). Bitte beachten Sie die "
                "Nebenbestimmungen.",
                "Veuillez trouver ci-joint l'arrêté autorisant le déversement de vos eaux usées "
                f"non domestiques (réf. {no}), ainsi que ses prescriptions techniques.",
            ),
        )
        write(f, s, prose(rng, lg, "water", 1, 3))
        regards(
            f,
            s,
            lg,
            officer,
            tr(
                lg,
                "Trade Effluent Officer",
                "Sachgebiet Indirekteinleiter",
                "Service assainissement",
            ),
        )
        pages += close(f.pages, s, h, numbers="none")
    g = sheets(
        s,
        h,
        f"{tr(lg, 'Consent', 'Genehmigung', 'Arrêté')} {no}",
        top=not cover or rng.random() < 0.5,
    )
    caption(
        g,
        s,
        tr(
            lg,
            "CONSENT TO DISCHARGE TRADE EFFLUENT",
            "GENEHMIGUNG ZUR INDIREKTEINLEITUNG",
            "ARRÊTÉ D'AUTORISATION DE DÉVERSEMENT",
        ),
        3,
    )
    g.y = pairs(
        g.page,
        s,
        s.margin,
        g.y,
        [
            (tr(lg, "Trader", "Einleiter", "Établissement"), brewery_name()),
            (tr(lg, "Premises", "Grundstück", "Site"), ", ".join(brewery_lines()[1:])),
            (
                tr(lg, "Nature of effluent", "Art des Abwassers", "Nature des effluents"),
                tr(
                    lg,
                    "Brewery washings, CIP and process water",
                    "Brauereiabwasser (Reinigung, CIP, Prozesswasser)",
                    "Eaux de lavage et de process de brasserie",
                ),
            ),
            (
                tr(lg, "Effective from", "Gültig ab", "Prise d'effet"),
                day(h, d + timedelta(days=14)),
            ),
        ],
        w - s.margin,
    )
    g.y += 8
    vol, rate, cod, ss = (
        rng.choice([15, 25, 40, 60]),
        rng.choice([1.5, 2, 3, 5]),
        rng.choice([3000, 4000, 6000]),
        rng.choice([600, 800, 1000]),
    )
    for k, c in enumerate(CONSENT_CONDITIONS[lg], 1):
        g.para(
            s.margin,
            w - 2 * s.margin,
            f"{k}.  " + c.format(vol=vol, rate=rate, cod=cod, ss=ss),
            s.font,
            s.size,
        )
    if rng.random() < 0.5:
        for k in range(rng.randint(2, 6)):
            g.para(
                s.margin,
                w - 2 * s.margin,
                f"{len(CONSENT_CONDITIONS[lg]) + k + 1}.  "
                + words(rng, lg, "water", rng.randint(14, 30)),
                s.font,
                s.size,
            )
    # schedule with the sampling point plan
    g.new_page()
    caption(
        g,
        s,
        tr(
            lg,
            "SCHEDULE - SAMPLING POINT",
            "ANLAGE - LAGEPLAN PROBENAHMESCHACHT",
            "ANNEXE - PLAN DU REGARD DE CONTRÔLE",
        ),
        2,
    )
    p = g.page
    x0, y0, pw, ph_ = m, g.y, w - 2 * m, 300.0
    p.rect(x0, y0, pw, ph_)
    p.rect(x0 + 40, y0 + 40, pw * 0.45, 150)
    p.text(
        x0 + 40 + pw * 0.225,
        y0 + 115,
        tr(lg, "Brewhouse", "Sudhaus", "Salle de brassage"),
        s.font,
        9,
        "center",
    )
    p.rect(x0 + 60 + pw * 0.45, y0 + 40, pw * 0.3, 100)
    p.text(
        x0 + 60 + pw * 0.6, y0 + 90, tr(lg, "Taproom", "Schankraum", "Taproom"), s.font, 9, "center"
    )
    p.line(x0 + 40 + pw * 0.225, y0 + 190, x0 + 40 + pw * 0.225, y0 + 250)
    p.line(x0 + 40 + pw * 0.225, y0 + 250, x0 + pw - 30, y0 + 250)
    ring(p, x0 + 40 + pw * 0.225, y0 + 250, 8)
    p.text(
        x0 + 60 + pw * 0.225,
        y0 + 270,
        tr(lg, "SP1 sampling chamber", "PS 1 Probenahmeschacht", "Regard R1"),
        s.bold,
        8,
    )
    p.text(
        x0 + pw - 30,
        y0 + 240,
        tr(lg, "to public sewer", "zum Kanal", "vers réseau"),
        s.font,
        7.5,
        "right",
    )
    p.text(x0 + pw - 10, y0 + ph_ - 10, "N ^", s.bold, 9, "right")
    g.y = y0 + ph_ + 24
    g.need(80)
    g.y += 20
    scrawl(g.page, m, g.y, officer, 12)
    g.page.text(
        m,
        g.y + 12,
        f"{officer} - "
        + tr(
            lg,
            "for and on behalf of the undertaker",
            "im Auftrag",
            "pour le Président, par délégation",
        ),
        s.font,
        s.size - 1,
    )
    g.page.text(m, g.y + 24, day(h, d), s.font, s.size - 1)
    pages += close(
        g.pages,
        s,
        h,
        numbers=rng.choice(["Page {i} of {n}", "{i}/{n}", "- {i} -"])
        if lg != "de"
        else "Seite {i} von {n}",
    )
    received(rng, pages[0], d, 0.3)
    remember(d, None)
    return pages


def tpl_effluent_bill(rng: random.Random, who: Issuer) -> list[Page]:
    """The water company's trade effluent bill: the period, the volume from the meter readings
    less allowances, the charge by the Mogden formula with the strengths of the samples (or the
    German Starkverschmutzerzuschlag, the French redevance with its coefficient de pollution),
    the total; the sample results on a second page now and then."""
    h = head_of(who, "water")
    lg = h.lang
    s = style_of(h)
    w, _hh = s.page_size
    m = s.margin
    d = some_day(rng)
    q1 = add_months(month(), -3)
    acct = serial(keyed(who, "acct"), "9999 9999 99")
    f = sheets(s, h, f"{h.name} - {acct}")
    recipient(
        f,
        s,
        h,
        brewery_lines(),
        d,
        [
            (tr(lg, "Account", "Kundenkonto", "N° de compte"), acct),
            (tr(lg, "Bill no.", "Bescheid-Nr.", "Facture n°"), serial(rng, "99999999")),
        ],
    )
    caption(
        f,
        s,
        tr(
            lg,
            "TRADE EFFLUENT CHARGES",
            "BESCHEID ÜBER ABWASSERGEBÜHREN - STARKVERSCHMUTZERZUSCHLAG",
            "REDEVANCE ASSAINISSEMENT NON DOMESTIQUE",
        ),
        2,
    )
    write(
        f,
        s,
        tr(
            lg,
            f"Charging period {short(q1, lg)} to {short(month() - timedelta(days=1), lg)}",
            f"Veranlagungszeitraum {short(q1, lg)} bis {short(month() - timedelta(days=1), lg)}",
            f"Période du {short(q1, lg)} au {short(month() - timedelta(days=1), lg)}",
        ),
        s.size - 0.5,
    )
    r1 = rng.randint(10000, 90000)
    used = rng.randint(180, 900)
    allow = round(used * rng.uniform(0.25, 0.45))
    vol = used - allow
    rows = [
        [
            tr(lg, "Water meter", "Wasserzähler", "Compteur eau"),
            num(r1, lg, 0),
            num(r1 + used, lg, 0),
            num(used, lg, 0),
        ],
        [
            tr(
                lg,
                "Less: water in product and evaporation",
                "abzgl. Abzugsmengen (Bier, Verdunstung)",
                "Volumes non rejetés (produit, évaporation)",
            ),
            "",
            "",
            "-" + num(allow, lg, 0),
        ],
        [tr(lg, "Volume discharged", "Einleitmenge", "Volume rejeté"), "", "", num(vol, lg, 0)],
    ]
    table(
        f,
        columns(m, w - m, [(3.4, "left"), (1, "right"), (1, "right"), (1, "right")]),
        ["", tr(lg, "Previous", "Alt", "Ancien"), tr(lg, "Present", "Neu", "Nouveau"), "m³"],
        rows,
        s,
        rules=True,
    )
    cod = rng.randint(2500, 7000)
    ss = rng.randint(300, 1200)
    if lg == "en":
        rt, vt, bt, st = 0.3521, 0.6412, 0.6238, 0.5106
        ot, os_, ss_ = cod, 452, 336
        per_m3 = rt + vt + bt * ot / os_ + st * ss / ss_
        charge = round(vol * per_m3, 2)
        rows2 = [
            ["R (reception and conveyance)", f"£{rt:.4f}"],
            ["V (volumetric treatment)", f"£{vt:.4f}"],
            [f"B x Ot/Os  ({ot} / {os_})", f"£{bt * ot / os_:.4f}"],
            [f"S x St/Ss  ({ss} / {ss_})", f"£{st * ss / ss_:.4f}"],
            ["Charge per m³", f"£{per_m3:.4f}"],
        ]
        caption(f, s, "Mogden formula", 1)
        table(
            f, columns(m, w - m, [(3, "left"), (1, "right")]), ["Component", "£ per m³"], rows2, s
        )
        rate = 0.0
    elif lg == "de":
        base = 2.46
        extra = max(0.0, (cod - 800) / 1000 * 0.42)
        charge = round(vol * (base + extra), 2)
        rows2 = [
            ["Schmutzwassergebühr", f"{money(base, 'de')} €/m³"],
            [f"Starkverschmutzerzuschlag CSB {cod} mg/l", f"{money(extra, 'de')} €/m³"],
        ]
        table(
            f,
            columns(m, w - m, [(3, "left"), (1, "right")]),
            ["Gebührenbestandteil", "Satz"],
            rows2,
            s,
        )
        rate = 0.0
    else:
        base = 1.87
        coef = round(1 + (cod - 800) / 2000 * 0.8, 2)
        charge = round(vol * base * coef, 2)
        rows2 = [
            ["Redevance assainissement", f"{money(base, 'fr')} €/m³"],
            ["Coefficient de pollution", num(coef, "fr", 2)],
            ["Modernisation des réseaux (Agence de l'eau)", "0,18 €/m³"],
        ]
        charge += round(vol * 0.18, 2)
        table(f, columns(m, w - m, [(3, "left"), (1, "right")]), ["Élément", "Valeur"], rows2, s)
        rate = 10.0
    totals(f, s, lg, charge, rate)
    write(
        f,
        s,
        tr(
            lg,
            f"Please pay by {day(h, d + timedelta(days=28))}. To pay by Direct Debit call us or "
            "visit our website.",
            f"Fällig am {day(h, d + timedelta(days=30))}. Rechtsbehelfsbelehrung: Gegen diesen "
            "Bescheid kann innerhalb eines Monats Widerspruch erhoben werden.",
            f"À régler avant le {day(h, d + timedelta(days=30))}.",
        ),
        s.size - 1,
    )
    if rng.random() < 0.6:
        f.new_page()
        caption(
            f,
            s,
            tr(lg, "Sample results", "Untersuchungsergebnisse", "Résultats des prélèvements"),
            2,
        )
        sam = []
        for _k in range(rng.randint(3, 9)):
            sd = q1 + timedelta(days=rng.randint(0, 85))
            sam.append(
                [
                    short(sd, lg),
                    serial(rng, "S99999"),
                    num(rng.uniform(6.2, 9.8), lg),
                    num(cod * rng.uniform(0.6, 1.4), lg, 0),
                    num(ss * rng.uniform(0.5, 1.5), lg, 0),
                ]
            )
        sam.sort(key=lambda r: (r[0][6:], r[0][3:5], r[0][:2]))
        table(
            f,
            columns(
                m,
                w - m,
                [(1.2, "left"), (1.2, "left"), (0.7, "right"), (1.2, "right"), (1.2, "right")],
            ),
            [
                tr(lg, "Date", "Datum", "Date"),
                tr(lg, "Sample", "Probe", "Échantillon"),
                "pH",
                tr(lg, "COD mg/l", "CSB mg/l", "DCO mg/l"),
                tr(lg, "SS mg/l", "AFS mg/l", "MES mg/l"),
            ],
            sam,
            s,
            rules=True,
        )
        write(
            f,
            s,
            tr(
                lg,
                f"Average strength used for charging: COD {cod} mg/l, SS {ss} mg/l.",
                f"Für die Veranlagung maßgeblicher Mittelwert CSB: {cod} mg/l.",
                f"Valeur moyenne retenue : DCO {cod} mg/l.",
            ),
            s.size - 1,
        )
    pages = close(f.pages, s, h)
    received(rng, pages[0], d, 0.4)
    remember(d, None)
    return pages


def tpl_festival_booking(rng: random.Random, who: Issuer) -> list[Page]:
    """A beer festival's brewery booking form, filled in by hand by the brewery and kept as
    returned: now and then a covering letter from the organisers, the form with the brewery's
    details, the beers offered, bar and stand options, dispense and power ticked, fee and
    signature; the exhibitor terms and sometimes the site plan behind."""
    h = head_of(who, "festival", abroad=0.15)
    lg = h.lang
    s = style_of(h)
    w, _hh = s.page_size
    m = s.margin
    d = some_day(rng)
    fest = add_months(month(), rng.randint(2, 5)) + timedelta(days=rng.randint(0, 20))
    org = staff(h, "org")
    pages: list[Page] = []
    if rng.random() < 0.4:
        f = sheets(s, h)
        recipient(f, s, h, brewery_lines(), d, [])
        write(f, s, salute(lg, None))
        write(
            f,
            s,
            tr(
                lg,
                f"We are delighted to invite you to this year's festival on {day(h, fest)}. "
                "Please return the booking form with your beer list by "
                f"{day(h, d + timedelta(days=30))}.",
                f"wir freuen uns, Sie zu unserem Bierfest am {day(h, fest)} einzuladen. Bitte "
                f"senden Sie uns das Anmeldeformular bis {day(h, d + timedelta(days=30))} zurück.",
                f"Nous avons le plaisir de vous inviter au salon du {day(h, fest)}. Merci de nous "
                f"retourner le bulletin d'inscription avant le {day(h, d + timedelta(days=30))}.",
            ),
        )
        write(f, s, prose(rng, lg, "brew", 1, 2))
        regards(f, s, lg, org, tr(lg, "Brewery liaison", "Organisation", "Coordination brasseurs"))
        pages += close(f.pages, s, h, numbers="none")
    p = Page(A4)
    y = heading(p, s, h)
    p.text(
        m,
        y,
        tr(
            lg,
            "BREWERY BOOKING FORM",
            "ANMELDUNG BRAUEREI / AUSSTELLER",
            "BULLETIN D'INSCRIPTION BRASSEUR",
        ),
        s.bold,
        s.size + 3,
    )
    p.text(w - m, y, day(h, fest), s.font, s.size, "right")
    y += 18
    bh = brewery_head()
    y = fields(
        p,
        s,
        m,
        y,
        w - 2 * m,
        [
            (tr(lg, "Brewery", "Brauerei", "Brasserie"), brewery_name()),
            (tr(lg, "Contact name", "Ansprechpartner", "Contact"), staff(bh, "owner")),
            (tr(lg, "Address", "Anschrift", "Adresse"), ", ".join(brewery_lines()[1:])),
            (
                tr(lg, "Phone / email", "Telefon / E-Mail", "Tél. / e-mail"),
                bh.phone or bh.mail or "-",
            ),
        ],
        per=2,
        tall=26,
    )
    y += 6
    p.text(m, y, tr(lg, "Beers offered", "Angebotene Biere", "Bières proposées"), s.bold, s.size)
    y += 8
    cols = columns(
        m, w - m, [(2.4, "left"), (1.6, "left"), (0.7, "right"), (1.4, "left"), (0.7, "right")]
    )
    heads = [
        tr(lg, "Beer", "Bier", "Bière"),
        tr(lg, "Style", "Sorte", "Style"),
        "ABV",
        tr(lg, "Container", "Gebinde", "Contenant"),
        tr(lg, "Qty", "Anz.", "Qté"),
    ]
    y += 10
    for c, t in zip(cols, heads, strict=True):
        p.text(c[0], y, t, s.bold, 7.5)
    p.line(m, y + 4, w - m, y + 4)
    y += 16
    chosen = rng.sample(beers(), rng.randint(2, 4))
    for k in range(5):
        if k < len(chosen):
            b = chosen[k]
            vals = [
                b[0],
                b[1],
                f"{num(b[2], home())}",
                rng.choice(PACKS[home()][:4]),
                str(rng.randint(1, 4)),
            ]
            for c, t in zip(cols, vals, strict=True):
                p.text(c[0] + 2, y, fit(t, HAND, 8.5, c[1] - c[0] - 4), HAND, 8.5)
        p.line(m, y + 5, w - m, y + 5)
        y += 17
    y += 8
    p.text(m, y, tr(lg, "Option:", "Option:", "Formule :"), s.bold, 8.5)
    y = ticks(
        p,
        s,
        m + 50,
        y,
        w - 2 * m - 50,
        [
            tr(
                lg,
                "Beer on the festival bar (no fee)",
                "Bier über die Festbar (ohne Gebühr)",
                "Bière au bar du festival",
            ),
            tr(lg, "Brewery bar 3 x 3 m", "Eigener Stand 3 x 3 m", "Stand brasseur 3 x 3 m"),
            tr(lg, "Double stand", "Doppelstand", "Stand double"),
        ],
        {rng.randrange(3)},
        8.5,
    )
    p.text(m, y, tr(lg, "Dispense:", "Ausschank:", "Tirage :"), s.bold, 8.5)
    y = ticks(
        p,
        s,
        m + 50,
        y,
        w - 2 * m - 50,
        [
            tr(lg, "Gravity", "Anstich", "Gravité"),
            tr(lg, "Handpump", "Handpumpe", "Pompe à main"),
            tr(lg, "Keg font", "Zapfanlage", "Tireuse keg"),
            tr(lg, "Own cooling", "Eigene Kühlung", "Refroidissement propre"),
        ],
        set(rng.sample(range(4), 2)),
        8.5,
    )
    p.text(m, y, tr(lg, "Power:", "Strom:", "Électricité :"), s.bold, 8.5)
    y = ticks(
        p,
        s,
        m + 50,
        y,
        w - 2 * m - 50,
        ["230 V / 16 A", "400 V / 16 A", tr(lg, "None", "Keiner", "Aucune")],
        {rng.randrange(3)},
        8.5,
    )
    fee = rng.choice([0, 95, 150, 250, 350])
    y += 4
    p.text(
        m,
        y,
        f"{tr(lg, 'Stand fee', 'Standgebühr', 'Frais de stand')}: "
        f"{amount(fee, lg) if fee else '-'}   "
        + tr(lg, "(invoice to follow)", "(Rechnung folgt)", "(facture à suivre)"),
        s.font,
        8.5,
    )
    y += 24
    p.text(
        m,
        y,
        tr(
            lg,
            "We accept the exhibitor terms overleaf.",
            "Die umseitigen Teilnahmebedingungen werden anerkannt.",
            "Nous acceptons le règlement du salon.",
        ),
        s.font,
        8.5,
    )
    y += 30
    scrawl(p, m + 4, y, staff(bh, "owner"), 12)
    hand(p, w / 2 + 20, y, short(d + timedelta(days=rng.randint(3, 20)), home()), 9.5)
    p.line(m, y + 4, w / 2 - 10, y + 4)
    p.line(w / 2 + 10, y + 4, w - m, y + 4)
    p.text(m, y + 14, tr(lg, "Signature", "Unterschrift", "Signature"), s.font, 7)
    p.text(w / 2 + 10, y + 14, tr(lg, "Date", "Datum", "Date"), s.font, 7)
    pages += close([p], s, h, numbers="none")
    if rng.random() < 0.8:
        pages.append(
            small_print(
                rng,
                s,
                h,
                tr(
                    lg,
                    "EXHIBITOR TERMS AND CONDITIONS",
                    "TEILNAHMEBEDINGUNGEN FÜR AUSSTELLER",
                    "RÈGLEMENT DU SALON",
                ),
                [
                    tr(lg, t, de, fr)
                    for t, de, fr in [
                        ("Booking", "Anmeldung", "Inscription"),
                        ("Fees", "Gebühren", "Frais"),
                        ("Set-up and breakdown", "Aufbau und Abbau", "Montage et démontage"),
                        ("Licensing", "Ausschank", "Licence"),
                        ("Glassware", "Gläser", "Verres"),
                        ("Prices", "Preise", "Prix"),
                        ("Cancellation", "Stornierung", "Annulation"),
                        ("Insurance", "Versicherung", "Assurance"),
                        ("Liability", "Haftung", "Responsabilité"),
                    ]
                ],
                "brew",
            )
        )
    if rng.random() < 0.3:
        q = Page(landscape(A4))
        qw, qh = q.size
        q.text(40, 40, tr(lg, "Site plan", "Lageplan", "Plan du site"), s.bold, 12)
        for r_ in range(3):
            for c in range(8):
                q.rect(60 + c * 88, 80 + r_ * 130, 76, 60)
                q.text(98 + c * 88, 114 + r_ * 130, str(r_ * 8 + c + 1), s.font, 9, "center")
        q.rect(40, qh - 80, qw - 80, 36, fill=0.85)
        q.text(
            qw / 2, qh - 58, tr(lg, "MAIN BAR", "FESTBAR", "BAR PRINCIPAL"), s.bold, 10, "center"
        )
        pages.append(q)
    remember(d, None)
    return pages


VESSELS = {
    "en": [
        "Fermenting vessel FV{k}",
        "Bright beer tank BBT{k}",
        "Hot liquor tank",
        "CO2 receiver",
        "Air receiver",
        "Glycol buffer tank",
        "Kettle steam jacket",
    ],
    "de": [
        "Gärtank GT{k}",
        "Drucktank DT{k}",
        "Heißwassertank",
        "CO2-Pufferbehälter",
        "Druckluftbehälter",
        "Glykolpuffer",
        "Würzepfanne Dampfmantel",
    ],
    "fr": [
        "Fermenteur FV{k}",
        "Cuve de garde CG{k}",
        "Cuve d'eau chaude",
        "Réservoir CO2",
        "Réservoir d'air",
        "Ballon glycol",
        "Chaudière double enveloppe",
    ],
}


def tpl_vessel_exam(rng: random.Random, who: Issuer) -> list[Page]:
    """An inspection body's periodic examination report on the brewery's pressure systems
    (written scheme examination, wiederkehrende Prüfung nach BetrSichV, inspection périodique
    des équipements sous pression): the summary with the next due date, the vessel register
    with working pressures, safety valves and results on a landscape page, the defects page
    with the inspector's declaration; "Page i of n" and the report number on every page."""
    h = head_of(who, "inspector")
    lg = h.lang
    s = style_of(h)
    w, _hh = s.page_size
    m = s.margin
    d = some_day(rng)
    rep = serial(rng, rng.choice(["RPT-9999999", "PB-99-99999", "RI 99/9999"]))
    insp = staff(h, "insp")
    f = sheets(s, h, f"{h.name} - {rep}")
    caption(
        f,
        s,
        tr(
            lg,
            "REPORT OF THOROUGH EXAMINATION - PRESSURE SYSTEMS",
            "PRÜFBERICHT - WIEDERKEHRENDE PRÜFUNG DRUCKANLAGEN",
            "RAPPORT D'INSPECTION PÉRIODIQUE - ÉQUIPEMENTS SOUS PRESSION",
        ),
        1,
    )
    f.y = pairs(
        f.page,
        s,
        m,
        f.y,
        [
            (tr(lg, "Report no.", "Bericht-Nr.", "Rapport n°"), rep),
            (tr(lg, "Client", "Betreiber", "Exploitant"), brewery_name()),
            (tr(lg, "Site", "Standort", "Site"), ", ".join(brewery_lines()[1:])),
            (tr(lg, "Date of examination", "Prüfdatum", "Date de l'inspection"), day(h, d)),
            (
                tr(lg, "Basis", "Grundlage", "Référentiel"),
                tr(
                    lg,
                    "Pressure Systems Safety Regulations 2000 - written scheme",
                    "§§ 15, 16 BetrSichV, Anhang 2 Abschnitt 4",
                    "Arrêté du 20 novembre 2017",
                ),
            ),
            (tr(lg, "Inspector", "Prüfer", "Inspecteur"), insp),
        ],
        w - m,
    )
    f.y += 6
    defects = rng.random() < 0.5
    write(
        f,
        s,
        tr(
            lg,
            "Summary: the items listed in the register were examined in accordance with the "
            "written scheme. "
            + (
                "Defects requiring action were found; see page 3."
                if defects
                else "No defects were found that require action."
            ),
            "Ergebnis: Die im Verzeichnis aufgeführten Anlagenteile wurden geprüft. "
            + (
                "Es wurden Mängel festgestellt, siehe Seite 3."
                if defects
                else "Es wurden keine Mängel festgestellt."
            ),
            "Synthèse : les équipements listés ont été inspectés. "
            + (
                "Des anomalies ont été relevées (voir page 3)."
                if defects
                else "Aucune anomalie n'a été relevée."
            ),
        ),
    )
    write(f, s, prose(rng, lg, "tech", 1, 3))
    nxt = date(d.year + rng.choice([1, 2]), d.month, min(d.day, 28))
    f.page.rect(m, f.y, w - 2 * m, 30, fill=0.9)
    f.page.text(
        m + 8,
        f.y + 19,
        f"{tr(lg, 'Next examination due', 'Nächste Prüfung fällig', 'Prochaine inspection')}: "
        f"{day(h, nxt)}",
        s.bold,
        s.size + 1,
    )
    f.y += 44
    pages = list(f.pages)
    s2 = style_of(h, landscape(A4), margin=36, pt=8)
    w2, _ = s2.page_size
    g = sheets(s2, h, f"{h.name} - {rep}", top=False)
    g.y = (
        running_header(
            g.page, s2, f"{h.name} - {rep} - {tr(lg, 'Register', 'Verzeichnis', 'Registre')}"
        )
        + 6
    )
    caption(
        g,
        s2,
        tr(
            lg,
            "Register of items examined",
            "Verzeichnis der geprüften Anlagenteile",
            "Liste des équipements inspectés",
        ),
        1,
    )
    rows = []
    for t in VESSELS[lg]:
        n = rng.randint(2, 6) if "{k}" in t else (1 if rng.random() < 0.7 else 0)
        for k in range(1, n + 1):
            name = t.format(k=k)
            ok = not defects or rng.random() < 0.85
            rows.append(
                [
                    serial(rng, "PV-999"),
                    name,
                    f"{rng.choice([1000, 1500, 2000, 3000, 5000, 250, 500])} l",
                    num(rng.choice([1.5, 2.0, 2.5, 3.0, 10.0]), lg),
                    serial(rng, "SV-9999") + f" @ {num(rng.choice([1.5, 2.0, 2.5, 3.0]), lg)} bar",
                    tr(lg, "Satisfactory", "ohne Mängel", "Conforme")
                    if ok
                    else tr(lg, "See defects", "Mangel", "Anomalie"),
                    short(nxt, lg),
                ]
            )
    table(
        g,
        columns(
            36,
            w2 - 36,
            [
                (0.8, "left"),
                (2.2, "left"),
                (0.8, "right"),
                (0.8, "center"),
                (2, "left"),
                (1.3, "left"),
                (1, "left"),
            ],
        ),
        [
            tr(lg, "Plant ID", "Anlagen-Nr.", "Repère"),
            tr(lg, "Description", "Bezeichnung", "Désignation"),
            tr(lg, "Volume", "Inhalt", "Volume"),
            "PS bar",
            tr(lg, "Safety valve / set", "Sicherheitsventil", "Soupape / tarage"),
            tr(lg, "Result", "Ergebnis", "Résultat"),
            tr(lg, "Next due", "Nächste", "Prochaine"),
        ],
        rows,
        s2,
        shade=0.88,
        rules=True,
    )
    pages += g.pages
    q = sheets(s, h, f"{h.name} - {rep}", top=False)
    q.y = running_header(q.page, s, f"{h.name} - {rep}") + 6
    caption(
        q,
        s,
        tr(lg, "Defects and observations", "Mängel und Hinweise", "Anomalies et observations"),
        1,
    )
    if defects:
        for k in range(rng.randint(1, 4)):
            write(
                q,
                s,
                f"{k + 1}. "
                + words(rng, lg, "tech", rng.randint(12, 24))
                + tr(
                    lg,
                    f" Action by {day(h, d + timedelta(days=rng.choice([7, 28, 60])))}.",
                    f" Frist: {day(h, d + timedelta(days=rng.choice([7, 28, 60])))}.",
                    f" Délai : {day(h, d + timedelta(days=rng.choice([7, 28, 60])))}.",
                ),
            )
    else:
        write(q, s, tr(lg, "None.", "Keine.", "Néant."))
    write(q, s, prose(rng, lg, "tech", 1, 2))
    q.y += 20
    scrawl(q.page, m, q.y, insp, 13)
    q.page.text(
        m,
        q.y + 12,
        f"{insp} - {tr(lg, 'Engineer Surveyor', 'Sachverständiger', 'Inspecteur habilité')}",
        s.font,
        s.size - 1,
    )
    if lg != "en" and rng.random() < 0.6:
        seal(
            q.page,
            w - m - 60,
            q.y - 10,
            32,
            h.name.split()[0],
            tr(lg, "", "Prüfstelle", "Inspection"),
        )
    pages += q.pages
    close(pages, s, h, numbers=tr(lg, "Page {i} of {n}", "Seite {i} von {n}", "Page {i}/{n}"))
    received(rng, pages[0], d, 0.3)
    remember(d, None)
    return pages


def tpl_service_report(rng: random.Random, who: Issuer) -> list[Page]:
    """A brewing equipment engineer's service report: the job sheet with the call type
    ticked, the equipment, the work done, parts used and hours, the customer's signature;
    a second page with the double seam measurements of the canning line's heads or the
    chiller's readings."""
    h = head_of(who, "engineer", abroad=0.3)
    lg = h.lang
    s = style_of(h, paper_of(h))
    w, _hh = s.page_size
    m = s.margin
    d = some_day(rng)
    job = serial(rng, rng.choice(["SR-99999", "KD 99-9999", "BI 99999"]))
    eng = staff(h, f"eng{rng.randint(0, 1)}")
    canning = (
        "anning" in h.name or "Abfüll" in h.name or ("Process" in h.name and rng.random() < 0.5)
    )
    equip = (
        tr(
            lg,
            "Canning line - seamer (2 heads)",
            "Dosenfüller / Verschließer",
            "Sertisseuse canettes",
        )
        if canning
        else rng.choice(
            [
                tr(lg, "Glycol chiller 12 kW", "Glykolkühler 12 kW", "Groupe froid glycol 12 kW"),
                tr(
                    lg,
                    "Brewhouse 10 hl - mash tun / kettle",
                    "Sudhaus 10 hl",
                    "Salle de brassage 10 hl",
                ),
                tr(
                    lg,
                    "Keg washer / filler",
                    "Fasswasch- und Füllanlage",
                    "Laveuse-soutireuse de fûts",
                ),
            ]
        )
    )
    f = sheets(s, h, f"{h.name} - {job}")
    caption(
        f,
        s,
        tr(lg, "SERVICE REPORT", "SERVICEBERICHT / ARBEITSNACHWEIS", "RAPPORT D'INTERVENTION"),
        3,
    )
    f.y = fields(
        f.page,
        s,
        m,
        f.y,
        w - 2 * m,
        [
            (tr(lg, "Customer", "Kunde", "Client"), brewery_name()),
            (tr(lg, "Job no.", "Auftrag", "N° d'intervention"), job),
            (tr(lg, "Equipment", "Anlage", "Équipement"), equip),
            (tr(lg, "Serial no.", "Masch.-Nr.", "N° de série"), serial(rng, "99-99999")),
            (tr(lg, "Date", "Datum", "Date"), short(d, lg)),
            (tr(lg, "Engineer", "Techniker", "Technicien"), eng),
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
            tr(lg, "Breakdown", "Störung", "Dépannage"),
            tr(lg, "Planned service", "Wartung", "Maintenance préventive"),
            tr(lg, "Installation", "Montage", "Installation"),
            tr(lg, "Warranty", "Gewährleistung", "Garantie"),
        ],
        {rng.randrange(4)},
        8.5,
    )
    caption(f, s, tr(lg, "Work carried out", "Ausgeführte Arbeiten", "Travaux réalisés"), 0)
    write(f, s, prose(rng, lg, "tech", 2, 4))
    parts = [
        [
            serial(rng, "99-999-99"),
            words(rng, lg, "tech", rng.randint(2, 4))[:-1],
            str(rng.randint(1, 4)),
            money(rng.uniform(8, 240), lg),
        ]
        for _ in range(rng.randint(0, 5))
    ]
    if parts:
        table(
            f,
            columns(m, w - m, [(1.2, "left"), (3, "left"), (0.5, "right"), (1, "right")]),
            [
                tr(lg, "Part no.", "Teile-Nr.", "Réf."),
                tr(lg, "Part", "Bezeichnung", "Pièce"),
                tr(lg, "Qty", "Anz.", "Qté"),
                tr(lg, "Price", "Preis", "Prix"),
            ],
            parts,
            s,
            rules=True,
        )
    f.y = pairs(
        f.page,
        s,
        m,
        f.y + 4,
        [
            (
                tr(lg, "Travel", "Fahrzeit", "Déplacement"),
                f"{num(rng.choice([1, 1.5, 2, 3.5]), lg)} h",
            ),
            (
                tr(lg, "Labour", "Arbeitszeit", "Main d'oeuvre"),
                f"{num(rng.choice([1.5, 2, 3, 4.5, 6]), lg)} h",
            ),
        ],
        w * 0.5,
        s.size - 0.5,
    )
    f.need(70)
    f.y += 18
    f.page.text(
        m, f.y, tr(lg, "Customer signature", "Unterschrift Kunde", "Signature client"), s.font, 7.5
    )
    f.page.text(w / 2 + 10, f.y, tr(lg, "Engineer", "Techniker", "Technicien"), s.font, 7.5)
    f.y += 26
    scrawl(f.page, m, f.y, person(rng, home()), 12)
    scrawl(f.page, w / 2 + 10, f.y, eng, 12)
    f.y += 10
    if rng.random() < 0.8:
        f.new_page()
        if canning:
            caption(f, s, tr(lg, "Double seam check", "Falzkontrolle", "Contrôle de sertissage"), 1)
            rows = []
            for head in range(1, 3):
                for pos in (0, 120, 240):
                    rows.append(
                        [str(head), f"{pos}°"]
                        + [
                            num(v, lg, 2)
                            for v in (
                                rng.uniform(1.02, 1.12),
                                rng.uniform(1.55, 1.75),
                                rng.uniform(1.62, 1.78),
                                rng.uniform(2.50, 2.65),
                            )
                        ]
                        + [f"{rng.randint(45, 70)} %"]
                    )
            table(
                f,
                columns(
                    m,
                    w - m,
                    [
                        (0.6, "left"),
                        (0.7, "left"),
                        (1, "right"),
                        (1, "right"),
                        (1, "right"),
                        (1.1, "right"),
                        (0.9, "right"),
                    ],
                ),
                [
                    tr(lg, "Head", "Kopf", "Tête"),
                    "Pos.",
                    tr(lg, "Thickness", "Falzdicke", "Épaisseur"),
                    tr(lg, "Body hook", "Rumpfhaken", "Crochet corps"),
                    tr(lg, "Cover hook", "Deckelhaken", "Crochet fond"),
                    tr(lg, "Seam length", "Falzhöhe", "Hauteur"),
                    tr(lg, "Overlap", "Überlappung", "Recouvrement"),
                ],
                rows,
                s,
                shade=0.9,
                rules=True,
            )
            write(
                f,
                s,
                tr(
                    lg,
                    "All measurements in mm, within the can maker's specification.",
                    "Alle Werte in mm, innerhalb der Spezifikation des Dosenherstellers.",
                    "Valeurs en mm, conformes aux spécifications du fabricant.",
                ),
                s.size - 1,
            )
        else:
            caption(
                f,
                s,
                tr(
                    lg,
                    "Checklist and readings",
                    "Checkliste und Messwerte",
                    "Liste de contrôle et relevés",
                ),
                1,
            )
            rows = []
            readings = [
                f"{num(rng.uniform(-3.5, -1.0), lg)} °C",
                f"{num(rng.uniform(2.8, 4.2), lg)} bar",
                f"{num(rng.uniform(12.5, 17.0), lg)} bar",
                f"{num(rng.uniform(8.0, 14.0), lg)} A",
                f"{rng.randint(28, 38)} %",
                "-",
                "-",
                f"{num(rng.choice([3.0, 4.0, 6.0]), lg)} bar",
            ]
            for t, reading in zip(
                [
                    tr(lg, "Glycol temperature", "Glykoltemperatur", "Température glycol"),
                    tr(lg, "Suction pressure", "Saugdruck", "Pression aspiration"),
                    tr(lg, "Discharge pressure", "Hochdruck", "Pression refoulement"),
                    tr(lg, "Compressor current", "Verdichterstrom", "Intensité compresseur"),
                    tr(lg, "Glycol concentration", "Glykolkonzentration", "Concentration glycol"),
                    tr(lg, "Leak test", "Dichtheitsprüfung", "Contrôle d'étanchéité"),
                    tr(lg, "Pump seals", "Gleitringdichtungen", "Garnitures pompes"),
                    tr(lg, "Safety valves", "Sicherheitsventile", "Soupapes de sécurité"),
                ],
                readings,
                strict=True,
            ):
                rows.append(
                    [
                        t,
                        reading,
                        tr(lg, "OK", "i.O.", "OK")
                        if rng.random() < 0.85
                        else tr(lg, "Adjusted", "nachgestellt", "Réglé"),
                    ]
                )
            table(
                f,
                columns(m, w - m, [(3, "left"), (1, "right"), (1, "center")]),
                [
                    tr(lg, "Item", "Prüfpunkt", "Point"),
                    tr(lg, "Reading", "Messwert", "Relevé"),
                    tr(lg, "Result", "Ergebnis", "Résultat"),
                ],
                rows,
                s,
                rules=True,
            )
    pages = close(f.pages, s, h)
    received(rng, pages[0], d, 0.2)
    remember(d, None)
    return pages


MAILERS = {
    "en": ["gmail.com", "outlook.com", "btinternet.com", "hotmail.co.uk"],
    "de": ["web.de", "gmx.de", "t-online.de", "gmail.com"],
    "fr": ["orange.fr", "free.fr", "gmail.com", "laposte.net"],
}


def tpl_taproom_booking(rng: random.Random, who: Issuer) -> list[Page]:
    """A taproom private hire booking form on the brewery's paper, filled in by hand by the
    customer: name and contact, the date, times and numbers, the area and the occasion ticked,
    food and a brewery tour, the deposit; the hire terms on a second page now and then."""
    h = brewery_head()
    lg = home()
    size = rng.choice([A4, A4, A5])
    s = style_of(h, size, margin=32 if size == A5 else 0, pt=8 if size == A5 else 9)
    w, hh = size
    m = s.margin
    d = some_day(rng)
    ev = d + timedelta(days=rng.randint(10, 90))
    cust = person(rng, lg)
    mailer = rng.choice(MAILERS[lg])
    p = Page(size)
    y = heading(p, s, h)
    p.text(
        m,
        y,
        tr(
            lg,
            "TAPROOM PRIVATE HIRE - BOOKING FORM",
            "SCHANKRAUM MIETEN - BUCHUNGSFORMULAR",
            "PRIVATISATION DU TAPROOM - RÉSERVATION",
        ),
        s.bold,
        shrink(
            tr(
                lg,
                "TAPROOM PRIVATE HIRE - BOOKING FORM",
                "SCHANKRAUM MIETEN - BUCHUNGSFORMULAR",
                "PRIVATISATION DU TAPROOM - RÉSERVATION",
            ),
            s.bold,
            s.size + 3,
            w - 2 * m,
        ),
    )
    y += 18
    guests = rng.choice([15, 20, 25, 30, 40, 60, 80])
    y = fields(
        p,
        s,
        m,
        y,
        w - 2 * m,
        [
            (tr(lg, "Name", "Name", "Nom"), cust),
            (
                tr(lg, "Phone", "Telefon", "Téléphone"),
                serial(
                    rng, {"en": "07999 999999", "de": "0179 9999999", "fr": "06 99 99 99 99"}[lg]
                ),
            ),
            (
                tr(lg, "Email", "E-Mail", "E-mail"),
                f"{cust.split()[0].lower()}.{cust.split()[-1].lower()[:6]}@{mailer}",
            ),
            (tr(lg, "Date of event", "Datum", "Date"), short(ev, lg)),
            (
                tr(lg, "From - to", "Von - bis", "De - à"),
                f"{rng.randint(17, 19)}:00 - {rng.randint(22, 23)}:30",
            ),
            (tr(lg, "Number of guests", "Personenzahl", "Nombre d'invités"), str(guests)),
        ],
        per=2,
        tall=26 if size == A4 else 24,
    )
    p.text(m, y, tr(lg, "Occasion:", "Anlass:", "Occasion :"), s.bold, 8)
    y = ticks(
        p,
        s,
        m + 56,
        y,
        w - 2 * m - 56,
        [
            tr(lg, "Birthday", "Geburtstag", "Anniversaire"),
            tr(lg, "Work do", "Firmenfeier", "Soirée d'entreprise"),
            tr(lg, "Wedding", "Hochzeit", "Mariage"),
            tr(lg, "Club / society", "Verein", "Association"),
            tr(lg, "Other", "Sonstiges", "Autre"),
        ],
        {rng.randrange(5)},
        8,
    )
    p.text(m, y, tr(lg, "Area:", "Bereich:", "Espace :"), s.bold, 8)
    y = ticks(
        p,
        s,
        m + 56,
        y,
        w - 2 * m - 56,
        [
            tr(lg, "Mezzanine", "Galerie", "Mezzanine"),
            tr(lg, "Beer garden", "Biergarten", "Terrasse"),
            tr(lg, "Whole taproom", "Gesamter Schankraum", "Tout le taproom"),
        ],
        {rng.randrange(3)},
        8,
    )
    p.text(m, y, tr(lg, "Extras:", "Extras:", "Options :"), s.bold, 8)
    y = ticks(
        p,
        s,
        m + 56,
        y,
        w - 2 * m - 56,
        [
            tr(lg, "Brewery tour", "Brauereiführung", "Visite de la brasserie"),
            tr(lg, "Tasting flight", "Bierprobe", "Dégustation"),
            tr(lg, "Street food", "Food Truck", "Food truck"),
            tr(lg, "Bar tab", "Getränkepauschale", "Forfait boissons"),
        ],
        set(rng.sample(range(4), rng.randint(0, 3))),
        8,
    )
    p.text(m, y, tr(lg, "Notes:", "Bemerkungen:", "Remarques :"), s.bold, 8)
    if rng.random() < 0.6:
        hand(
            p,
            m + 56,
            y,
            rng.choice(
                [
                    tr(lg, "2 vegans, 1 coeliac", "3 x vegetarisch", "2 végétariens"),
                    tr(
                        lg,
                        "need a projector for slides",
                        "Beamer für Präsentation",
                        "besoin d'un micro",
                    ),
                    tr(lg, "cake arriving 7pm", "Torte kommt um 19 Uhr", "gâteau vers 20h"),
                ]
            ),
            9.5,
            w - 2 * m - 60,
        )
    for k in range(2):
        p.line(m + 56, y + 4 + k * 16, w - m, y + 4 + k * 16)
    y += 36
    dep = {"en": 100.0, "de": 150.0, "fr": 150.0}[lg]
    p.text(m, y, f"{tr(lg, 'Deposit', 'Anzahlung', 'Acompte')}: {amount(dep, lg)}", s.bold, 8.5)
    y = ticks(
        p,
        s,
        m + 130,
        y,
        w - 2 * m - 130,
        [
            tr(lg, "Paid by card", "per Karte", "par carte"),
            tr(lg, "Bank transfer", "Überweisung", "virement"),
        ],
        {rng.randrange(2)} if rng.random() < 0.8 else set(),
        8,
    )
    y += 10
    p.text(
        m,
        y,
        tr(
            lg,
            "I have read and accept the hire terms.",
            "Die Mietbedingungen habe ich gelesen und akzeptiere sie.",
            "J'ai lu et j'accepte les conditions de location.",
        ),
        s.font,
        8,
    )
    y += 26
    scrawl(p, m + 4, y, cust, 12)
    hand(p, w / 2 + 10, y, short(d, lg), 9.5)
    p.line(m, y + 4, w / 2 - 10, y + 4)
    p.line(w / 2 + 10, y + 4, w - m, y + 4)
    if rng.random() < 0.4:
        p.text(
            w - m,
            hh - 26,
            tr(
                lg,
                f"Office: booked in {short(d + timedelta(days=1), lg)}",
                f"Büro: eingetragen {short(d + timedelta(days=1), lg)}",
                f"Bureau : saisi le {short(d + timedelta(days=1), lg)}",
            ),
            s.font,
            6.5,
            "right",
        )
    pages = [p]
    if rng.random() < 0.45:
        terms = [
            tr(lg, t, de, fr)
            for t, de, fr in [
                ("Deposit", "Anzahlung", "Acompte"),
                ("Minimum spend", "Mindestumsatz", "Minimum de consommation"),
                ("Cancellation", "Stornierung", "Annulation"),
                ("Times", "Zeiten", "Horaires"),
                ("Damage", "Schäden", "Dégradations"),
                ("Music and noise", "Musik und Lärm", "Musique et bruit"),
                ("Under 18s", "Jugendschutz", "Mineurs"),
                ("Outside food", "Mitgebrachte Speisen", "Nourriture extérieure"),
            ]
        ]
        pages.append(
            small_print(
                rng,
                s,
                h,
                tr(
                    lg,
                    "PRIVATE HIRE TERMS",
                    "MIETBEDINGUNGEN SCHANKRAUM",
                    "CONDITIONS DE PRIVATISATION",
                ),
                terms,
                "brew",
            )
        )
    remember(d, None)
    return pages


def tpl_spent_grain(rng: random.Random, who: Issuer) -> list[Page]:
    """A farmer's spent grain collection docket from a duplicate book: a small A6 or narrow
    slip with the pre-printed number, the date, the brew numbers, the approximate tonnes, the
    trailer and the feed note, signed by the driver and the brewer."""
    h = head_of(who, "farmer")
    lg = h.lang
    size = rng.choice([A6, A6, (90 * MM, 130 * MM)])
    s = style_of(h, size, margin=16, pt=7.5)
    w, _hh = size
    m = 16
    d = some_day(rng)
    p = Page(size)
    pt = shrink(h.name, h.bold, 9.5, w - 2 * m)
    p.text(m, 24, h.name, h.bold, pt)
    p.text(m, 34, fit(f"{h.street}, {h.town}", h.font, 6, w - 2 * m), h.font, 6)
    p.text(
        w - m,
        50,
        f"No {keyed(who, 'book').randint(120, 880) * 10 + d.toordinal() % 60 // 3}",
        "Helvetica-Bold",
        9,
        "right",
    )
    p.text(
        m,
        50,
        tr(lg, "SPENT GRAIN COLLECTION", "TREBERABHOLUNG", "ENLÈVEMENT DE DRÊCHES"),
        h.bold,
        8,
    )
    y = 64.0
    for cap, val in [
        (tr(lg, "Date", "Datum", "Date"), short(d, lg)),
        (tr(lg, "From", "Von", "De"), brewery_name()),
        (
            tr(lg, "Brew no(s).", "Sud-Nr.", "Brassin(s)"),
            ", ".join(str(rng.randint(100, 499)) for _ in range(rng.randint(1, 3))),
        ),
        (
            tr(lg, "Approx. weight", "Menge ca.", "Poids approx."),
            f"{num(rng.choice([0.8, 1.2, 1.5, 2.0, 2.6]), lg)} t",
        ),
        (
            tr(lg, "Trailer", "Anhänger", "Remorque"),
            serial(rng, "AA99 AAA")
            if lg == "en"
            else rng.choice(["Kipper 1", "Dreiseitenkipper", "benne 2"]),
        ),
    ]:
        p.text(m, y, cap, s.font, 6.5)
        hand(p, m + 62, y, val, 8.5, w - 2 * m - 64)
        p.line(m + 60, y + 3, w - m, y + 3)
        y += 17
    y += 2
    for ln in wrap(
        tr(
            lg,
            "Co-product for use as animal feed. Not for human consumption.",
            "Nebenprodukt zur Verwendung als Futtermittel.",
            "Coproduit destiné à l'alimentation animale.",
        ),
        s.font,
        6,
        w - 2 * m,
    ):
        p.text(m, y, ln, s.font, 6)
        y += 8
    y += 18
    scrawl(p, m, y, person(rng, lg), 10)
    scrawl(p, w / 2 + 4, y, person(rng, home()), 10)
    p.line(m, y + 4, w / 2 - 6, y + 4)
    p.line(w / 2 + 4, y + 4, w - m, y + 4)
    p.text(m, y + 12, tr(lg, "Driver", "Fahrer", "Chauffeur"), s.font, 6)
    p.text(w / 2 + 4, y + 12, tr(lg, "Brewery", "Brauerei", "Brasserie"), s.font, 6)
    remember(d, None)
    return [p]


# ---------------------------------------------------------------------------------------------
# The part: templates, runs and companions
# ---------------------------------------------------------------------------------------------


def tracked(name: str, tpl: Template) -> Template:
    """``tpl`` noting its kind, so that a companion can take up the same delivery or order."""

    def run(rng: random.Random, who: Issuer) -> list[Page]:
        pages = tpl(rng, who)
        LAST["kind"] = name
        return pages

    run.__doc__ = tpl.__doc__
    return run


KINDS: dict[str, Template] = {
    "malt_delivery": tpl_malt_delivery,
    "malt_invoice": tpl_malt_invoice,
    "hop_contract": tpl_hop_contract,
    "duty_return": tpl_duty_return,
    "customs_letter": tpl_customs_letter,
    "keg_statement": tpl_keg_statement,
    "keg_notice": tpl_keg_notice,
    "beer_analysis": tpl_beer_analysis,
    "distributor_po": tpl_distributor_po,
    "pub_delivery": tpl_pub_delivery,
    "ullage_claim": tpl_ullage_claim,
    "label_proof": tpl_label_proof,
    "printer_invoice": tpl_printer_invoice,
    "effluent_consent": tpl_effluent_consent,
    "effluent_bill": tpl_effluent_bill,
    "festival_booking": tpl_festival_booking,
    "vessel_exam": tpl_vessel_exam,
    "service_report": tpl_service_report,
    "taproom_booking": tpl_taproom_booking,
    "spent_grain": tpl_spent_grain,
}
TEMPLATES_AAA: dict[str, Template] = {k: tracked(k, t) for k, t in KINDS.items()}
#: Kinds that a pile often holds 2-4 of in a row from one sender.
RUN_KINDS = (
    "malt_delivery",
    "beer_analysis",
    "distributor_po",
    "pub_delivery",
    "ullage_claim",
    "printer_invoice",
    "taproom_booking",
    "spent_grain",
)
#: A kind often followed by a related paper.
FOLLOWS = {
    "malt_delivery": "malt_invoice",
    "duty_return": "customs_letter",
    "keg_statement": "keg_notice",
    "label_proof": "printer_invoice",
    "distributor_po": "pub_delivery",
    "pub_delivery": "ullage_claim",
}


# ---------------------------------------------------------------------------------------------
# Streams and generation (same files and labels as corpus.generate)
# ---------------------------------------------------------------------------------------------


def make_pipkin_stream(rng: random.Random, n_docs: int, separators: bool) -> Stream:
    """One brewery's pile: ``corpus.make_stream`` with batch runs (after a run kind, 1-3 more
    of the same kind from the same sender follow with probability 0.6) and companions (each
    kind in ``FOLLOWS`` is followed by its related paper with probability 0.5). The brewery
    (country, name, month) is drawn once per stream."""
    r = random.Random(rng.getrandbits(32))
    lang = r.choice(["en", "en", "de", "de", "fr"])
    BREWERY["lang"] = lang
    BREWERY["row"] = r.randrange(len(BREWERIES[lang]))
    BREWERY["seed"] = r.getrandbits(24)
    BREWERY["month"] = date(r.choice([2024, 2025]), r.randint(1, 12), 1)
    LAST.update(kind="", day=None, extra=None)
    run_odds = dict.fromkeys(RUN_KINDS, 0.6)
    return assemble_stream(
        rng, TEMPLATES_AAA, n_docs, separators, run_odds, run_len=(1, 3), follows=FOLLOWS
    )


generate = part_generate(PART, SEED_OFFSET, make_pipkin_stream, "templates AAA")


def main(argv: list[str]) -> int:
    return part_main(argv, __doc__, PART, generate, scanned=12)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

"""Mezzaluna part of the generated corpus: templates VVVVV, written blind for the next measurement.

A part of its own, ``mezzaluna``. Its templates were written without looking at the boundary
detector, its documentation, its tuning or its evaluation, as the pile the office of a small
alpaca farm (in England, Germany or France) feeds through its scanner in a month. The farm keeps
a breeding herd, offers alpaca walks to visitors and runs a small wool and knitwear shop; two
owners, a farm hand and a part-time shop assistant. Its papers: stud service agreements from
other breeders' studs (or the farm's own with a visiting breeder) with the stud male, the
females in a table, fees, numbered clauses, signatures, sometimes a signature page or a page of
standard terms; mating certificates for one female each (A5 or A4) with the mating and
spit-off dates and the expected birth date; the breed society's cria registration form as the
farm filled it in by hand (a copy kept), sometimes with the printed notes on the back; the
society's registration certificates with a framed three- or four-generation pedigree (landscape
or portrait, seal), sometimes behind a covering letter that sends several at once; alpaca sale
contracts (the farm selling to a private buyer or buying from another breeder) with the animals,
deposit and balance, clauses, signatures and a health declaration annex, sometimes landscape;
licences to move camelids from the animal health authority (APHA, Veterinäramt, DDPP) with
origin and destination, the animals, conditions, stamp, the receiving keeper's part on a second
page, sometimes with a covering letter; the vet's herd visit record filled in by hand, sometimes
with a sheet of medicines and charges; laboratory reports of camelid TB antibody tests
(accreditation footer, 'Page i of n'), sometimes behind the vet's covering letter; fibre test
reports with a summary table (sometimes landscape) and one histogram page per animal;
shearing contractors' invoices, often a hand-filled page from a duplicate book on A5; fibre
mills' fleece intake notes with the bags and the products ordered, sometimes with processing
terms; the mill's processing invoice with lots, weights and yields, sometimes a landscape lot
report behind it; hay, haylage and feed merchants' invoices by delivery ticket, sometimes with
signed delivery tickets on narrow slips behind; shop suppliers' invoices for yarn, needles,
knitwear and gifts (some from abroad), sometimes with a packing list; walk bookings, either the
booking system's mail printed from the browser or a group's booking form filled in by hand;
walk participants' signed declarations (A5 or A4); gift experience vouchers printed at home with
a barcode, sometimes with their terms page; the voucher company's remittance advice; the
agricultural payments agency's notice with a landscape annex of land parcels and a page on how
to appeal; the farm insurance renewal with a covering letter, the schedule by section, the
livestock list, endorsements and instalments. Each stream is one farm's pile: the farm
(country, name, month, owners, hand, herd) is drawn once per stream; its outside senders are of
the farm's country and write in its language, except that other breeders' studs, fibre labs and
shop suppliers are now and then from abroad and write in their own. Page sizes range from narrow
delivery tickets and A5 to A4, Letter and landscape A4.

Labelling rule: what one sender issues in one go is one document, as the office files it: the
signature page and the terms page of a stud agreement; the printed notes on the back of a
registration form; the covering letter and all the certificates it sends; the health
declaration annex of a sale contract; the covering letter and the receiving keeper's page of a
movement licence; the medicines and charges sheet of a visit record; the vet's covering letter
in front of the lab report it encloses (the vet sent both in one envelope); the summary and
every histogram page of a fibre test report; the processing terms of an intake note; the lot
report behind a mill invoice; the delivery tickets the merchant copied behind the invoice; the
packing list of a supplier's invoice; the terms page of a voucher; the annex and appeal page
of a payments notice; the covering letter, schedule pages and information page of an insurance
renewal. Related papers are documents of their own: the mating certificate after the stud
agreement, the society's certificate after the registration form, the movement licence after
the sale contract, the TB lab report after the vet's visit record, the mill's invoice after its
intake note, the voucher company's remittance after a voucher, a participant's declaration after
a walk booking; and so is each mating certificate, registration form, shearing invoice, feed
invoice, supplier invoice, booking, declaration and voucher of a run, even when several from
one sender follow each other.

Streams are assembled like ``corpus.make_stream`` (same separator sheets, same 30% chance of
repeating the previous kind and sender), plus batch runs: mating certificates, registration
forms, shearing invoices, feed invoices, shop supplier invoices, walk bookings, participants'
declarations and vouchers often come 2-4 in a row from one sender with other animals, visitors,
dates, numbers and amounts; and companions: each related paper above often follows the document
it answers, about the same animals or day. Drawn with ``corpus.draw_pdf``, scanned with
``corpus.scan`` and labelled exactly like ``corpus.generate`` with ``"split": "mezzaluna"`` and
seeds offset by 12_500_000.

Usage: ``python benchmarks/corpus_mezzaluna.py OUT_DIR [--streams N] [--scanned N] [--seed S]``
writes ``OUT_DIR/mezzaluna/mezzaluna_{born_digital,scanned}_NNNNNNN.{pdf,json}``.
"""

from __future__ import annotations

import itertools
import math
import random
import sys
import zlib
from dataclasses import dataclass, replace
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
    text_block,
    ticks,
    tr,
    tw,
    wrap,
    write,
)
from corpus_kit import address as window

PART = "mezzaluna"
SEED_OFFSET = 12_500_000

MM = 72 / 25.4
SLIP = (80 * MM, 160 * MM)

# ---------------------------------------------------------------------------------------------
# Who writes: the farm and its outside senders, by country
# ---------------------------------------------------------------------------------------------

Row = tuple[str, str, str, str]  # name, street, town, telephone

#: The farm of a stream, with its herd prefix (the prefix its animals' names carry).
FARMS: dict[str, list[tuple[Row, str]]] = {
    "en": [
        (
            ("Mezzaluna Alpacas", "Higher Coombe Farm", "Okehampton EX20 1QP", "01837 52 9114"),
            "Mezzaluna",
        ),
        (
            ("Bramblewick Alpaca Farm", "Moor Lane", "Helmsley YO62 5DT", "01439 77 0368"),
            "Bramblewick",
        ),
        (
            ("Tarn Howe Alpacas & Wool Shop", "Tarn Howe Farm", "Kendal LA8 9JB", "01539 82 1450"),
            "Tarn Howe",
        ),
    ],
    "de": [
        (("Alpakahof Mondwiese", "Am Mühlbach 4", "29614 Soltau", "05191 93 27 40"), "Mondwiese"),
        (
            ("Alpakazucht Hirschgrund GbR", "Hirschgrund 2", "91301 Forchheim", "09191 70 15 82"),
            "Hirschgrund",
        ),
        (
            (
                "Alpaka- und Wollhof Lindenau",
                "Dorfstraße 31",
                "18528 Bergen auf Rügen",
                "03838 25 41 06",
            ),
            "Lindenau",
        ),
    ],
    "fr": [
        (
            (
                "Les Alpagas de la Demi-Lune",
                "Lieu-dit La Croix Blanche",
                "61400 Mortagne-au-Perche",
                "02 33 25 61 48",
            ),
            "de la Demi-Lune",
        ),
        (
            ("Élevage des Alpagas du Causse", "Mas de Fontanilles", "12230 Nant", "05 65 62 14 77"),
            "du Causse",
        ),
        (
            (
                "Ferme des Alpagas du Vexin",
                "12 route de Magny",
                "95420 Wy-dit-Joli-Village",
                "01 34 67 02 93",
            ),
            "du Vexin",
        ),
    ],
}
SENDERS: dict[str, dict[str, list[Row]]] = {
    "society": {
        "en": [
            (
                "British Alpaca Society Ltd",
                "Alpaca House, Stoneleigh Park",
                "Kenilworth CV8 2LG",
                "024 7669 6500",
            ),
            (
                "The Alpaca Breeders Registry UK",
                "Unit 4, Rural Enterprise Centre",
                "Shrewsbury SY4 3DL",
                "",
            ),
        ],
        "de": [
            (
                "Alpaka Zuchtverband Deutschland e.V.",
                "Lindenstraße 12",
                "34302 Guxhagen",
                "05665 96 43 10",
            ),
            ("Neuweltkamelid-Zuchtbuch Süd e.V.", "Gutshof 3", "86551 Aichach", "08251 88 17 20"),
        ],
        "fr": [
            (
                "Association Française des Lamas et Alpagas",
                "Maison des Éleveurs, 8 rue Pasteur",
                "63000 Clermont-Ferrand",
                "04 73 28 50 12",
            ),
            ("Livre Généalogique des Camélidés de France", "2 allée des Prés", "49000 Angers", ""),
        ],
    },
    "stud": {
        "en": [
            ("Windrush Valley Alpacas", "Manor Farm", "Burford OX18 4RS", "01993 82 4471"),
            ("Pennine Peak Alpaca Stud", "High Laithe", "Hebden Bridge HX7 8AT", "01422 84 3310"),
            ("Cotswold Crest Alpacas", "Hillside Barn", "Stroud GL6 7QD", ""),
            ("Ardmore Alpacas", "Ardmore Steading", "Crieff PH7 4JJ", "01764 65 2208"),
        ],
        "de": [
            ("Alpakazucht vom Eichenhain", "Eichenweg 9", "36381 Schlüchtern", "06661 61 40 23"),
            ("Gestüt Andenblick Alpakas", "Hofstraße 17", "88499 Riedlingen", ""),
            ("Alpakas am Ziegenberg", "Ziegenberg 5", "37445 Walkenried", "05525 20 81 77"),
            ("Zuchtbetrieb Hochmoor-Alpakas", "Moorweg 22", "26632 Ihlow", ""),
        ],
        "fr": [
            (
                "Élevage des Hauts de Ventoux",
                "Chemin des Lavandes",
                "84390 Sault",
                "04 90 64 11 52",
            ),
            ("Alpagas de la Vallée d'Aure", "Quartier Soulan", "65170 Saint-Lary", ""),
            (
                "Ferme des Andes Normandes",
                "Le Haut Bocage",
                "50800 Villedieu-les-Poêles",
                "02 33 51 09 84",
            ),
            ("Élevage du Plateau de Millevaches", "Lieu-dit Le Mazet", "19290 Peyrelevade", ""),
        ],
    },
    "vet": {
        "en": [
            ("Moorview Veterinary Group", "Station Road", "Okehampton EX20 1EA", "01837 52 2260"),
            ("Dalesway Farm Vets LLP", "Auction Mart Site", "Skipton BD23 1UD", "01756 70 1888"),
            (
                "Fellside Veterinary Practice",
                "Mintsfeet Road South",
                "Kendal LA9 6ND",
                "01539 72 2692",
            ),
        ],
        "de": [
            (
                "Tierarztpraxis Dr. med. vet. Sabine Krohn",
                "Bahnhofstraße 22",
                "29614 Soltau",
                "05191 40 12 88",
            ),
            ("Großtierpraxis am Walberla", "Kirchenweg 6", "91358 Kunreuth", "09199 60 22 1"),
            (
                "Tierärztliche Gemeinschaftspraxis Boddenland",
                "Markt 14",
                "18528 Bergen auf Rügen",
                "",
            ),
        ],
        "fr": [
            (
                "Clinique Vétérinaire du Perche",
                "7 rue de la Comédie",
                "61400 Mortagne-au-Perche",
                "02 33 25 04 19",
            ),
            (
                "Cabinet Vétérinaire des Grands Causses",
                "Avenue de Millau",
                "12100 Millau",
                "05 65 60 38 41",
            ),
            (
                "SCP Vétérinaires Rurales du Vexin",
                "3 place de l'Église",
                "95420 Magny-en-Vexin",
                "",
            ),
        ],
    },
    "lab": {
        "en": [
            (
                "Animal and Plant Health Agency - Starcross Laboratory",
                "Staplake Mount",
                "Starcross EX6 8PE",
                "",
            ),
            ("Camelid Diagnostics Ltd", "Bush Loan", "Penicuik EH26 0PZ", "0131 445 6101"),
        ],
        "de": [
            (
                "Landeslabor Niedersachsen - Veterinärinstitut",
                "Eintrachtweg 17",
                "30173 Hannover",
                "",
            ),
            (
                "Vet-Diagnostik Labor Oberfranken GmbH",
                "Laborstraße 3",
                "95445 Bayreuth",
                "0921 78 90 0",
            ),
        ],
        "fr": [
            (
                "Laboratoire Départemental d'Analyses de l'Orne",
                "Rue des Haras",
                "61000 Alençon",
                "",
            ),
            (
                "LABOCEA - Laboratoire Public Conseil",
                "7 rue du Sabot",
                "22440 Ploufragan",
                "02 96 01 37 22",
            ),
        ],
    },
    "fibrelab": {
        "en": [
            ("Fibre Metrics UK", "The Wool Exchange, Unit 12", "Bradford BD1 4QT", "01274 71 9010"),
            ("Fleece Test Services", "Old Dairy Yard", "Hexham NE46 1QS", ""),
        ],
        "de": [
            ("Faserlabor Dr. Wenzel", "Tuchmacherweg 8", "52070 Aachen", "0241 40 33 91"),
            ("WollTest Analytik GmbH", "Spinnereiinsel 2", "04179 Leipzig", ""),
        ],
        "fr": [
            (
                "Laboratoire Lainier du Centre",
                "Rue de la Filature",
                "18100 Vierzon",
                "02 48 71 26 04",
            ),
            ("Fibralab Analyses Textiles", "12 quai de la Vesdre", "59100 Roubaix", ""),
        ],
    },
    "authority": {
        "en": [
            ("Animal and Plant Health Agency", "Polwhele, Truro", "TR4 9AD", "03000 200 301"),
            (
                "Animal and Plant Health Agency - Field Services North",
                "Eden Bridge House, Lowther Street",
                "Carlisle CA3 8DX",
                "",
            ),
        ],
        "de": [
            (
                "Landkreis Heidekreis - Veterinäramt",
                "Vogteistraße 19",
                "29683 Bad Fallingbostel",
                "",
            ),
            ("Landratsamt Forchheim - Veterinäramt", "Am Streckerplatz 3", "91301 Forchheim", ""),
            (
                "Landkreis Vorpommern-Rügen - Veterinär- und Lebensmittelüberwachungsamt",
                "Carl-Heydemann-Ring 67",
                "18437 Stralsund",
                "",
            ),
        ],
        "fr": [
            (
                "Direction départementale de la protection des populations de l'Orne",
                "Cité administrative, place Bonet",
                "61013 Alençon Cedex",
                "",
            ),
            (
                "DDETSPP de l'Aveyron - Service santé animale",
                "9 rue de Bruxelles",
                "12000 Rodez",
                "",
            ),
            (
                "DDPP du Val-d'Oise - Santé et protection animales",
                "Immeuble Le Modul, avenue des Arpents",
                "95000 Cergy",
                "",
            ),
        ],
    },
    "payments": {
        "en": [
            ("Rural Payments Agency", "PO Box 352", "Worksop S80 9FG", "03000 200 301"),
        ],
        "de": [
            (
                "Landwirtschaftskammer Niedersachsen - Bewilligungsstelle",
                "Mars-la-Tour-Straße 1-13",
                "26121 Oldenburg",
                "",
            ),
            (
                "Amt für Ernährung, Landwirtschaft und Forsten Bamberg",
                "Ludwigstraße 25",
                "96052 Bamberg",
                "",
            ),
            (
                "Staatliches Amt für Landwirtschaft und Umwelt Vorpommern",
                "Dienststelle Stralsund, Badenstraße 18",
                "18439 Stralsund",
                "",
            ),
        ],
        "fr": [
            (
                "Direction départementale des territoires - Service économie agricole",
                "Cité administrative",
                "61013 Alençon Cedex",
                "",
            ),
            (
                "Agence de Services et de Paiement - Direction régionale",
                "Immeuble Le Quadrille",
                "31000 Toulouse",
                "",
            ),
        ],
    },
    "shearer": {
        "en": [
            (
                "Shear Perfection Alpaca Shearing",
                "Tinhay Cottage",
                "Lifton PL16 0AH",
                "07791 44 1902",
            ),
            ("North Country Camelid Shearing", "2 Beck Side", "Sedbergh LA10 5AU", "07968 21 3374"),
            ("Dai Pugh Shearing Services", "Pen-y-Bryn", "Llanidloes SY18 6JD", "07812 60 5511"),
        ],
        "de": [
            ("Alpaka-Schurservice Meyerhoff", "Weidenweg 3", "27356 Rotenburg", "0171 448 20 93"),
            (
                "Schurteam Kamelide Süd - Anton Rieger",
                "Almweg 11",
                "87616 Marktoberdorf",
                "0160 91 55 872",
            ),
        ],
        "fr": [
            (
                "Tonte Alpagas Services - Julien Marchal",
                "La Petite Ferme",
                "72400 La Ferté-Bernard",
                "06 71 22 48 09",
            ),
            ("Tondeurs du Massif - EI Rémi Castan", "Le Bourg", "48000 Mende", "06 30 84 17 52"),
        ],
    },
    "mill": {
        "en": [
            (
                "Coldharbour Fibre Mill Ltd",
                "Coldharbour Mill",
                "Uffculme EX15 3EE",
                "01884 84 0960",
            ),
            (
                "The Natural Fibre Mini Mill",
                "Unit 7, Dalton Ind. Estate",
                "Dalton-in-Furness LA15 8RE",
                "",
            ),
            (
                "Border Yarn Processors",
                "Tweed Mill, Dunsdale Road",
                "Selkirk TD7 5EB",
                "01750 72 1066",
            ),
        ],
        "de": [
            (
                "Spinnerei Wollwerk Vogtland GmbH",
                "Fabrikstraße 12",
                "08228 Rodewisch",
                "03744 36 10 2",
            ),
            ("Kleinspinnerei Alte Tuchfabrik", "An der Wümme 4", "28870 Ottersberg", ""),
        ],
        "fr": [
            (
                "Filature de la Vallée du Lot SARL",
                "Moulin de Bouillac",
                "46160 Cajarc",
                "05 65 40 66 81",
            ),
            ("Atelier de Filature du Gévaudan", "Route de Langogne", "48300 Rocles", ""),
        ],
    },
    "feed": {
        "en": [
            (
                "Redwater Agricultural Merchants Ltd",
                "Exeter Road Industrial Estate",
                "Okehampton EX20 1UA",
                "01837 55 0120",
            ),
            ("Hartley Hay & Haylage", "Rigg End Farm", "Thirsk YO7 3LP", "07720 31 8845"),
            ("Lakeland Farm Supplies", "Mintsfeet Road", "Kendal LA9 6NN", "01539 72 0404"),
        ],
        "de": [
            (
                "Raiffeisen Warengenossenschaft Heide eG",
                "Industriestraße 4",
                "29614 Soltau",
                "05191 98 60 0",
            ),
            (
                "Heu- und Strohhandel Brenner",
                "Aussiedlerhof 2",
                "91320 Ebermannstadt",
                "09194 72 16 5",
            ),
            ("Landhandel Boddenhof", "Gewerbestraße 9", "18528 Bergen auf Rügen", ""),
        ],
        "fr": [
            (
                "Coopérative Agricole du Perche",
                "ZA des Vauvelles",
                "61400 Mortagne-au-Perche",
                "02 33 83 40 11",
            ),
            ("Fourrages Vergnes et Fils", "Le Mas Neuf", "12230 La Cavalerie", "05 65 62 70 33"),
            ("Négoce Agricole du Vexin SAS", "Route de Chars", "95640 Marines", ""),
        ],
    },
    "voucher": {
        "en": [
            (
                "Giftory Experiences Ltd",
                "3rd Floor, 40 Queen Square",
                "Bristol BS1 4QP",
                "0117 456 0880",
            ),
            (
                "Great Days Out Vouchers Ltd",
                "Marlborough House, Westminster Place",
                "York YO26 6RW",
                "",
            ),
        ],
        "de": [
            ("Erlebnisfabrik GmbH", "Sonnenstraße 15", "80331 München", "089 21 54 77 0"),
            ("Geschenkidee Abenteuer AG", "Speicherstraße 8", "20457 Hamburg", ""),
        ],
        "fr": [
            ("Coffrets Évasion SAS", "44 rue de Rivoli", "75004 Paris", "01 84 80 22 60"),
            ("Bonheur en Boîte SARL", "11 cours Lafayette", "69003 Lyon", ""),
        ],
    },
    "yarn": {
        "en": [
            (
                "Woolcraft Wholesale Ltd",
                "Carlton Mills, Pudsey Road",
                "Leeds LS13 1AA",
                "0113 256 8800",
            ),
            ("Hebridean Knitwear Co.", "Pier Road", "Stornoway HS1 2XF", ""),
            (
                "The Button & Needle Trading Co",
                "12 Corporation Street",
                "Manchester M4 3AN",
                "0161 832 4142",
            ),
        ],
        "de": [
            ("Wollgroßhandel Nordlicht GmbH", "Speicherweg 21", "24937 Flensburg", "0461 50 33 70"),
            ("Strickmanufaktur Erzgebirge", "Annaberger Straße 88", "09496 Marienberg", ""),
            ("Knopf & Nadel Vertrieb KG", "Gewerbering 6", "42781 Haan", "02129 55 10 0"),
        ],
        "fr": [
            ("Laines de Provence SARL", "ZA Les Paluds", "13400 Aubagne", "04 42 03 18 55"),
            ("Tricots du Morvan", "3 rue des Tisserands", "58120 Château-Chinon", ""),
            ("Mercerie en Gros Duval", "80 rue d'Aboukir", "75002 Paris", "01 42 33 61 07"),
        ],
    },
    "insurer": {
        "en": [
            (
                "Shire Mutual Farm Insurance",
                "Tiddington Road",
                "Stratford-upon-Avon CV37 7BJ",
                "0800 197 1283",
            ),
            (
                "Hedgerow Rural Insurance Brokers Ltd",
                "The Old Bank, Fore Street",
                "Okehampton EX20 1HD",
                "01837 65 9050",
            ),
        ],
        "de": [
            (
                "Land & Hof Versicherung VVaG",
                "Kaiser-Wilhelm-Ring 30",
                "50672 Köln",
                "0221 57 60 0",
            ),
            ("Versicherungsbüro Agrar Petersen", "Bahnhofstraße 40", "29614 Soltau", ""),
        ],
        "fr": [
            (
                "Mutuelle Rurale de l'Ouest",
                "12 boulevard de la Liberté",
                "35000 Rennes",
                "02 99 30 55 00",
            ),
            (
                "Cabinet Ferrand Assurances Agricoles",
                "4 place du Marché",
                "61400 Mortagne-au-Perche",
                "",
            ),
        ],
    },
    "group": {
        "en": [
            (
                "St Peter's C of E Primary School",
                "School Lane",
                "Tavistock PL19 8HP",
                "01822 61 2204",
            ),
            ("Oakwood Lodge Care Home", "Oakwood Road", "Exeter EX4 6JQ", ""),
            ("1st Kendal Brownies", "c/o Scout Hut, Aynam Road", "Kendal LA9 7DE", ""),
            ("Ripon Ramblers Association", "14 North Street", "Ripon HG4 1HL", ""),
        ],
        "de": [
            ("Grundschule am Lönsweg", "Lönsweg 2", "29614 Soltau", "05191 60 17 0"),
            ("Seniorenresidenz Lindenhof", "Parkallee 9", "29640 Schneverdingen", ""),
            ("Kita Regenbogen e.V.", "Schulstraße 14", "91301 Forchheim", ""),
            ("Landfrauenverein Heidekreis", "Am Markt 1", "29664 Walsrode", ""),
        ],
        "fr": [
            ("École élémentaire Jules Ferry", "Place de la Mairie", "61400 Mortagne-au-Perche", ""),
            ("EHPAD Les Tilleuls", "5 rue des Écoles", "61290 Longny-au-Perche", ""),
            ("Centre de loisirs Les Petits Loups", "Rue du Stade", "95420 Magny-en-Vexin", ""),
            ("Comité d'entreprise Sagem Alençon", "Rue Pierre Sémard", "61000 Alençon", ""),
        ],
    },
}

FIRSTS = {
    "en": [
        "Sarah",
        "Emma",
        "Claire",
        "Rachel",
        "Helen",
        "Fiona",
        "Lucy",
        "Megan",
        "Tom",
        "James",
        "Mark",
        "Robert",
        "Andrew",
        "Gareth",
        "Ian",
        "Peter",
        "Sophie",
        "Kate",
    ],
    "de": [
        "Anja",
        "Sabine",
        "Katrin",
        "Julia",
        "Eva",
        "Birgit",
        "Ute",
        "Jana",
        "Lena",
        "Jörg",
        "Markus",
        "Thomas",
        "Stefan",
        "Uwe",
        "Tobias",
        "Lukas",
        "Klaus",
        "Heike",
    ],
    "fr": [
        "Camille",
        "Sandrine",
        "Nathalie",
        "Léa",
        "Claire",
        "Émilie",
        "Sophie",
        "Anne",
        "Julien",
        "Nicolas",
        "Thierry",
        "Pierre",
        "Olivier",
        "Mathieu",
        "Rémi",
        "Jean",
        "Hélène",
        "Manon",
    ],
}
FEMALE = set(
    [
        "Sarah",
        "Emma",
        "Claire",
        "Rachel",
        "Helen",
        "Fiona",
        "Lucy",
        "Megan",
        "Sophie",
        "Kate",
        "Anja",
        "Sabine",
        "Katrin",
        "Julia",
        "Eva",
        "Birgit",
        "Ute",
        "Jana",
        "Lena",
        "Heike",
        "Camille",
        "Sandrine",
        "Nathalie",
        "Léa",
        "Émilie",
        "Anne",
        "Hélène",
        "Manon",
    ]
)
LASTS = {
    "en": [
        "Hawkins",
        "Pearce",
        "Thornton",
        "Ellis",
        "Chapman",
        "Webb",
        "Harding",
        "Lloyd",
        "Marsh",
        "Fletcher",
        "Booth",
        "Nash",
        "Tregear",
        "Bolitho",
        "Dixon",
    ],
    "de": [
        "Krohn",
        "Petersen",
        "Brandes",
        "Wiegand",
        "Schröder",
        "Lehmann",
        "Vogt",
        "Hartmann",
        "Engel",
        "Wolff",
        "Kaiser",
        "Seidel",
        "Möller",
        "Brüning",
    ],
    "fr": [
        "Lefèvre",
        "Moreau",
        "Girard",
        "Bonnet",
        "Rousseau",
        "Fabre",
        "Lambert",
        "Masson",
        "Marchal",
        "Castan",
        "Perrin",
        "Delorme",
        "Vidal",
        "Lemaire",
    ],
}
ROADS = {
    "en": ["Fore Street", "Church Lane", "Mill Road", "Station Road", "Orchard Close", "The Green"],
    "de": ["Lindenstraße", "Kirchweg", "Mühlenweg", "Bahnhofstraße", "Am Anger", "Gartenstraße"],
    "fr": [
        "rue de l'Église",
        "chemin du Moulin",
        "rue des Écoles",
        "avenue de la Gare",
        "route de Paris",
    ],
}
TOWNS = {
    "en": [
        "Tavistock PL19 0AD",
        "Exeter EX2 5LP",
        "Ripon HG4 2QT",
        "Kendal LA9 4PH",
        "Bude EX23 8HN",
    ],
    "de": ["29640 Schneverdingen", "21423 Winsen (Luhe)", "91320 Ebermannstadt", "18573 Samtens"],
    "fr": [
        "61000 Alençon",
        "28400 Nogent-le-Rotrou",
        "12100 Millau",
        "95300 Pontoise",
        "72000 Le Mans",
    ],
}

TALK = {
    "en": {
        "farm": "alpacas herd paddock grazing hay field fencing shelter cria females males "
        "weaning halter stock visitors walks season farm welfare records keeper holding",
        "vet": "examination condition score vaccination worming faecal sample treatment dose "
        "lameness teeth toenails mites clostridial vitamin D injection observation",
        "legal": "agreement seller buyer parties animals warranty liability payment deposit "
        "balance transfer risk title delivery clause termination notice dispute law",
        "wool": "fleece fibre micron skirting washing carding spinning yarn ply skein cone "
        "roving batt dyeing lot blend yield crimp staple",
        "walk": "walk trek visitors group booking leading halter route safety children adults "
        "footwear weather arrival farm shop cafe photographs",
        "admin": "payment scheme claim application entitlement area hectares parcel rules "
        "inspection reduction appeal deadline agreement notice",
        "cover": "policy cover sum insured excess premium liability livestock buildings "
        "machinery renewal endorsement conditions exclusions claim",
    },
    "de": {
        "farm": "Alpakas Herde Weide Koppel Heu Zaun Unterstand Crias Stuten Hengste "
        "Absetzen Halfter Tierhaltung Besucher Wanderungen Saison Hof Tierwohl Bestand",
        "vet": "Untersuchung Body-Condition-Score Impfung Entwurmung Kotprobe Behandlung Dosis "
        "Lahmheit Zähne Zehennägel Milben Clostridien Vitamin-D Injektion Kontrolle",
        "legal": "Vertrag Verkäufer Käufer Parteien Tiere Gewährleistung Haftung Zahlung "
        "Anzahlung Restbetrag Übergabe Gefahr Eigentum Lieferung Kündigung Gerichtsstand",
        "wool": "Vlies Faser Mikron Skirting Waschen Kardieren Spinnen Garn fädig Strang Konen "
        "Kammzug Vlieswatte Färben Partie Mischung Ausbeute Kräuselung Stapel",
        "walk": "Wanderung Alpakawanderung Besucher Gruppe Buchung Führen Halfter Strecke "
        "Sicherheit Kinder Erwachsene Schuhwerk Wetter Ankunft Hofladen Fotos",
        "admin": "Zahlung Antrag Förderung Zahlungsansprüche Fläche Hektar Schlag Bewilligung "
        "Kontrolle Kürzung Widerspruch Frist Bescheid Auszahlung",
        "cover": "Versicherungsschein Deckung Versicherungssumme Selbstbeteiligung Beitrag "
        "Haftpflicht Tierbestand Gebäude Maschinen Verlängerung Klausel Bedingungen Schaden",
    },
    "fr": {
        "farm": "alpagas troupeau pâture prairie foin clôture abri crias femelles mâles "
        "sevrage licol élevage visiteurs balades saison ferme bien-être registre détenteur",
        "vet": "examen état corporel vaccination vermifugation coproscopie traitement dose "
        "boiterie dents onglons gale clostridies vitamine injection surveillance",
        "legal": "contrat vendeur acheteur parties animaux garantie responsabilité paiement "
        "acompte solde livraison risques propriété clause résiliation litige droit",
        "wool": "toison fibre micron tri lavage cardage filature fil brins écheveau cône "
        "ruban nappe teinture lot mélange rendement ondulation mèche",
        "walk": "balade randonnée visiteurs groupe réservation conduite licol parcours "
        "sécurité enfants adultes chaussures météo arrivée boutique photos",
        "admin": "paiement aide demande droits surface hectares îlot parcelle contrôle "
        "réduction recours délai notification versement engagement",
        "cover": "contrat garanties capital assuré franchise cotisation responsabilité "
        "cheptel bâtiments matériel échéance avenant conditions exclusions sinistre",
    },
}
GLUES = {
    "en": "the of and to for with on at by from this is are will be a as we your all any",
    "de": "die der das und zu für mit auf von ist sind wird bei nach den dem im wir Ihre",
    "fr": "le la les et de du pour avec sur par est sont sera au aux des une nous vos",
}


def words(rng: random.Random, lang: str, topic: str = "farm", n: int | None = None) -> str:
    pool, glue = TALK[lang][topic].split(), GLUES[lang].split()
    ws = [rng.choice(pool if rng.random() < 0.5 else glue) for _ in range(n or rng.randint(7, 15))]
    text = " ".join(ws)
    return text[0].upper() + text[1:] + "."


def prose(rng: random.Random, lang: str, topic: str = "farm", lo: int = 2, hi: int = 4) -> str:
    return " ".join(words(rng, lang, topic) for _ in range(rng.randint(lo, hi)))


# ---------------------------------------------------------------------------------------------
# The farm of a stream: its country, month, people and herd
# ---------------------------------------------------------------------------------------------

COLOURS = {
    "en": [
        "White",
        "Light fawn",
        "Medium fawn",
        "Dark fawn",
        "Beige",
        "Light brown",
        "Medium brown",
        "Dark brown",
        "Bay black",
        "True black",
        "Light silver grey",
        "Medium rose grey",
        "Multi",
    ],
    "de": [
        "Weiß",
        "Hellfawn",
        "Mittelfawn",
        "Dunkelfawn",
        "Beige",
        "Hellbraun",
        "Mittelbraun",
        "Dunkelbraun",
        "Braunschwarz",
        "Schwarz",
        "Hellsilbergrau",
        "Rosegrau",
        "Gescheckt",
    ],
    "fr": [
        "Blanc",
        "Fauve clair",
        "Fauve moyen",
        "Fauve foncé",
        "Beige",
        "Marron clair",
        "Marron moyen",
        "Marron foncé",
        "Noir bai",
        "Noir",
        "Gris argent",
        "Gris rosé",
        "Multicolore",
    ],
}
GIVEN = [
    "Aurora",
    "Bramble",
    "Clementine",
    "Dulcie",
    "Esme",
    "Fern",
    "Gwen",
    "Hazel",
    "Iris",
    "Juniper",
    "Kestrel",
    "Luna",
    "Maple",
    "Nutmeg",
    "Olive",
    "Poppy",
    "Quince",
    "Rosa",
    "Saffron",
    "Tansy",
    "Willow",
    "Bonita",
    "Inca",
    "Paloma",
    "Chiquita",
    "Ayla",
    "Nina",
    "Pepita",
    "Rosalie",
    "Zara",
    "Elsa",
    "Frieda",
    "Ilvy",
    "Josephine",
    "Mathilda",
    "Coco",
    "Perle",
    "Bijou",
    "Cannelle",
]
MALE_GIVEN = [
    "Atlas",
    "Bosco",
    "Caspar",
    "Diego",
    "Ember",
    "Falco",
    "Gulliver",
    "Hector",
    "Inigo",
    "Jasper",
    "Kazan",
    "Leon",
    "Merlin",
    "Nero",
    "Orion",
    "Pablo",
    "Quinto",
    "Rufus",
    "Sancho",
    "Tobias",
    "Ulysse",
    "Valentino",
    "Zorro",
    "Anton",
    "Bruno",
    "Emil",
    "Fridolin",
    "Paul",
    "Hugo",
    "Oscar",
    "Milo",
    "Filou",
    "Gaston",
    "Tino",
]
CHIP_CC = {"en": "826", "de": "276", "fr": "250"}


@dataclass
class Alpaca:
    name: str
    sex: str  # F | M | W (wether)
    born: date
    colour: int
    breed: str  # Huacaya | Suri
    chip: str
    reg: str
    sire: str
    dam: str
    owner: str = ""


FARM: dict[str, object] = {"lang": "en", "row": 0, "seed": 0, "month": date(2025, 3, 1)}
HERD: list[Alpaca] = []
PEOPLE: dict[str, str] = {}
LAST: dict[str, object] = {"kind": "", "day": None, "extra": None, "who": None}


def home() -> str:
    return str(FARM["lang"])


def month() -> date:
    m = FARM["month"]
    assert isinstance(m, date)
    return m


def farm_row() -> Row:
    return FARMS[home()][int(FARM["row"])][0]  # type: ignore[call-overload]


def prefix() -> str:
    return str(FARMS[home()][int(FARM["row"])][1])  # type: ignore[call-overload]


def keyed(who: Issuer, key: str) -> random.Random:
    """Draws fixed by the issuer, the stream's farm and ``key``: a run or a repeat keeps its
    sender."""
    text = f"mezzaluna/{key}/{who.name}/{who.street}/{who.city}/{FARM['seed']}"
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


def a_name(r: random.Random, lang: str) -> str:
    return f"{r.choice(FIRSTS[lang])} {r.choice(LASTS[lang])}"


def reg_no(r: random.Random, lang: str) -> str:
    return {
        "en": f"UK{r.randint(20000, 49999)}",
        "de": f"AZVD {r.randint(2012, 2024)}-{r.randint(1000, 9999)}",
        "fr": f"FR-LG {r.randint(10000, 39999)}",
    }[lang]


def chip_no(r: random.Random, lang: str) -> str:
    return CHIP_CC[lang] + "".join(str(r.randint(0, 9)) for _ in range(12))


def an_alpaca(
    r: random.Random, lang: str, herd: str, sex: str = "", born: date | None = None
) -> Alpaca:
    sex = sex or r.choice("FFFFMW")
    pool = GIVEN if sex == "F" else MALE_GIVEN
    y = month().year
    born = born or date(r.randint(y - 14, y - 1), r.randint(4, 9), r.randint(1, 28))
    sire = f"{r.choice(['Accoyo', 'Snowmass', 'Peruvian', 'Jolimont', 'Inca', 'Bozedown'])} "
    sire += r.choice(MALE_GIVEN)
    given = r.choice(pool)
    return Alpaca(
        name=f"{given} {herd}" if herd[0].islower() else f"{herd} {given}",
        sex=sex,
        born=born,
        colour=r.randrange(len(COLOURS["en"])),
        breed="Suri" if r.random() < 0.12 else "Huacaya",
        chip=chip_no(r, lang),
        reg=reg_no(r, lang),
        sire=sire,
        dam=f"{r.choice(GIVEN)} {herd}" if herd[0].islower() else f"{herd} {r.choice(GIVEN)}",
    )


def herd(sex: str = "") -> list[Alpaca]:
    return [a for a in HERD if not sex or a.sex in sex]


def some_animals(rng: random.Random, sex: str, lo: int, hi: int) -> list[Alpaca]:
    pool = herd(sex) or HERD
    return rng.sample(pool, min(len(pool), rng.randint(lo, hi)))


def sex_word(a: Alpaca, lang: str) -> str:
    return {
        "F": tr(lang, "Female", "Stute", "Femelle"),
        "M": tr(lang, "Male", "Hengst", "Mâle"),
        "W": tr(lang, "Gelding", "Wallach", "Hongre"),
    }[a.sex]


def age_text(a: Alpaca, d: date, lang: str) -> str:
    months = (d.year - a.born.year) * 12 + d.month - a.born.month
    if months < 24:
        return tr(lang, f"{months} months", f"{months} Monate", f"{months} mois")
    return tr(lang, f"{months // 12} yrs", f"{months // 12} J.", f"{months // 12} ans")


def cph(r: random.Random, lang: str) -> str:
    """The holding number of the farm as its country writes it."""
    return {
        "en": f"CPH {r.randint(10, 45)}/{r.randint(100, 999)}/{r.randint(1000, 9999)}",
        "de": f"Reg.-Nr. 276 {r.randint(3, 16):02d} {r.randint(100, 999)} "
        f"{r.randint(10, 99)} {r.randint(100, 999)}",
        "fr": f"EDE {r.randint(10, 95)} {r.randint(100, 999)} {r.randint(100, 999)}",
    }[lang]


def farm_cph() -> str:
    return cph(random.Random(int(FARM["seed"])), home())  # type: ignore[call-overload]


def setup_farm(r: random.Random) -> None:
    """The farm of a stream: country, row, month, the two owners, the hand, the shop
    assistant and the herd."""
    lang = r.choice(["en", "en", "de", "de", "fr"])
    FARM["lang"] = lang
    FARM["row"] = r.randrange(len(FARMS[lang]))
    FARM["seed"] = r.getrandbits(24)
    FARM["month"] = date(r.choice([2024, 2025]), r.randint(1, 12), 1)
    last = r.choice(LASTS[lang])
    PEOPLE.clear()
    PEOPLE["owner1"] = f"{r.choice([f for f in FIRSTS[lang] if f in FEMALE])} {last}"
    PEOPLE["owner2"] = f"{r.choice([f for f in FIRSTS[lang] if f not in FEMALE])} " + (
        last if r.random() < 0.7 else r.choice(LASTS[lang])
    )
    PEOPLE["hand"] = a_name(r, lang)
    PEOPLE["shop"] = a_name(r, lang)
    HERD.clear()
    pre = prefix()
    for sex in ["M", "W"] + [""] * r.randint(14, 32):
        a = an_alpaca(r, lang, pre, sex)
        if all(b.name != a.name for b in HERD):
            HERD.append(a)
    LAST.update(kind="", day=None, extra=None, who=None)


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
    "fr": ["none", "none", "Page {i}/{n}", "{i}/{n}", "2:page {i}", "- {i} -"],
}
FACES = [
    ("Helvetica", "Helvetica-Bold"),
    ("Helvetica", "Helvetica-Bold"),
    ("Times-Roman", "Times-Bold"),
    ("Courier", "Courier-Bold"),
]
LOOKS = ["band", "centred", "letter", "boxed", "plain", "side"]
TAGLINES = {
    "farm": (
        "Alpaca breeding - Alpaca walks - Wool shop",
        "Zucht - Wanderungen - Hofladen",
        "Élevage - Balades - Boutique laine",
    ),
    "stud": (
        "Quality alpaca stud and breeding stock",
        "Zucht und Deckservice",
        "Élevage et saillies",
    ),
    "vet": (
        "Farm animal and camelid practice",
        "Nutztier- und Kamelidenpraxis",
        "Rurale - Camélidés - Équine",
    ),
    "shearer": ("Shearing - Toenails - Teeth", "Schur - Klauen - Zähne", "Tonte - Onglons - Dents"),
    "mill": (
        "Mini mill - Natural fibre processing",
        "Lohnspinnerei für Naturfasern",
        "Filature à façon de fibres naturelles",
    ),
    "feed": (
        "Hay - Haylage - Straw - Feeds",
        "Heu - Heulage - Stroh - Futtermittel",
        "Foin - Enrubannage - Paille - Aliments",
    ),
    "yarn": (
        "Yarns, needles and haberdashery to the trade",
        "Garne und Kurzwaren für den Handel",
        "Laines et mercerie pour professionnels",
    ),
    "fibrelab": (
        "Fibre testing and OFDA analysis",
        "Faseranalytik und OFDA-Messung",
        "Analyses de fibres - OFDA",
    ),
}


def legal_lines(r: random.Random, name: str, lang: str, role: str) -> list[str]:
    if role in ("authority", "payments", "society", "group"):
        return []
    if lang == "de":
        bank = r.choice(
            ["Sparkasse Heidekreis", "VR Bank Bayern Mitte", "Volksbank Rügen", "GLS Bank"]
        )
        out = [
            f"{name} - Steuer-Nr. {r.randint(10, 99)}/{r.randint(100, 999)}/"
            f"{r.randint(10000, 99999)}"
            + (f" - USt-IdNr. DE{r.randint(100000000, 999999999)}" if r.random() < 0.5 else ""),
            f"{bank} - IBAN DE{r.randint(10, 99)} {r.randint(1000, 9999)} {r.randint(1000, 9999)} "
            f"{r.randint(1000, 9999)} {r.randint(1000, 9999)} {r.randint(10, 99)}",
        ]
        if "GmbH" in name or "AG" in name or " eG" in name or "KG" in name:
            out.insert(
                0,
                f"Amtsgericht {r.choice(['Lüneburg', 'Bamberg', 'Stralsund', 'Köln'])} "
                f"HRB {r.randint(1000, 99999)} - Geschäftsführer: {a_name(r, 'de')}",
            )
        return out
    if lang == "fr":
        siret = (
            f"{r.randint(300, 899)} {r.randint(100, 999)} {r.randint(100, 999)} "
            f"{r.randint(10000, 99999)}"
        )
        out = [
            f"{name} - SIRET {siret} - APE "
            + r.choice(["0162Z", "7500Z", "1310Z", "4641Z", "6622Z"])
        ]
        if r.random() < 0.6:
            out.append(
                f"TVA intracom. FR{r.randint(10, 99)} {r.randint(100, 999)} {r.randint(100, 999)} "
                f"{r.randint(100, 999)}"
            )
        return out
    out = []
    if "Ltd" in name or "LLP" in name or "Co" in name:
        out.append(f"Registered in England and Wales No. {r.randint(3000000, 13999999):08d}")
    if r.random() < 0.5:
        out.append(
            f"VAT Reg. No. GB {r.randint(100, 999)} {r.randint(1000, 9999)} {r.randint(10, 99)}"
        )
    if role == "vet" and r.random() < 0.6:
        out.append("RCVS Accredited Practice")
    if role == "insurer":
        out.append("Authorised and regulated by the Financial Conduct Authority")
    return [" - ".join(out)] if out else []


def make_head(row: Row, lang: str, role: str) -> Head:
    """The paper habits of the sender ``row``: the same all through one stream."""
    name, street, town, phone = row
    r = random.Random(zlib.crc32(f"mezzaluna/head/{name}/{FARM['seed']}".encode()))
    font, bold = r.choice(FACES)
    host = "".join(c for c in name.lower().split()[0] if c.isalpha() and c.isascii())[:12]
    tld = {"en": "co.uk", "de": "de", "fr": "fr"}[lang]
    looks = LOOKS
    if role in ("authority", "payments", "lab"):
        looks = ["official"]
        font, bold = (
            ("Helvetica", "Helvetica-Bold") if r.random() < 0.7 else ("Times-Roman", "Times-Bold")
        )
    elif role in ("shearer", "farm"):
        looks = ["plain", "centred", "side", "letter"]
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
        mail=f"{r.choice(['info', 'office', 'hello', 'accounts'])}@{host or 'mail'}.{tld}"
        if r.random() < 0.75
        else "",
    )


def farm_head() -> Head:
    return make_head(farm_row(), home(), "farm")


def head_of(who: Issuer, role: str, abroad: float = 0.0) -> Head:
    """The ``role`` sender of ``who`` (the same for the same issuer and farm), of the farm's
    country or, with odds ``abroad``, of another."""
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
    """A round rubber stamp: two rings, the wording on two lines inside, a star in the middle."""
    ring(p, cx, cy, r)
    ring(p, cx, cy, r - 3)
    pt = shrink(top, "Helvetica", 6.5, r * 1.5)
    p.text(cx, cy - r * 0.45, fit(top, "Helvetica", pt, r * 1.5), "Helvetica", pt, "center")
    pt2 = shrink(mid, "Helvetica", 6.5, r * 1.4)
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


def alpaca_mark(p: Page, x: float, y: float, k: float = 1.0) -> None:
    """A little alpaca drawn with lines: the logo of farms, studs and shearers."""
    pts = [
        (0, 30),
        (4, 14),
        (10, 12),
        (28, 12),
        (32, 2),
        (34, 0),
        (37, 3),
        (36, 8),
        (34, 14),
        (34, 30),
    ]
    for (x1, y1), (x2, y2) in itertools.pairwise(pts):
        p.line(x + x1 * k, y + y1 * k, x + x2 * k, y + y2 * k)
    for lx in (6, 12, 26, 32):
        p.line(x + lx * k, y + 22 * k, x + lx * k, y + 34 * k)


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
    if h.look == "band":
        p.rect(0, y - 14, w, 26, fill=0.8)
        pt = shrink(h.name.upper(), h.bold, 12, w - 2 * m)
        p.text(m, y + 3, h.name.upper(), h.bold, pt)
        p.text(m, y + 24, fit(f"{where}   {contact}", h.font, 7, w - 2 * m), h.font, 7)
        return y + 46
    if h.look == "centred":
        if h.role in ("farm", "stud", "shearer"):
            alpaca_mark(p, w / 2 - 19, y - 40, 0.9)
            y += 4
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
        x0 = m
        if h.role in ("farm", "stud", "shearer"):
            alpaca_mark(p, m, y - 14, 0.8)
            x0 = m + 40
        pt = shrink(h.name, h.bold, s.size + 4, w * 0.6 - x0)
        p.text(x0, y + 4, h.name, h.bold, pt)
        tag = TAGLINES.get(h.role)
        if tag:
            t = tr(h.lang, *tag)
            p.text(x0, y + 15, fit(t, italic_of(h.font), 7.5, w * 0.6 - x0), italic_of(h.font), 7.5)
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
    parts = name.replace("-", " ").replace(".", " ").split()
    parts = [t for t in parts if t not in ("Dr", "med", "vet", "MRCVS")] or parts
    text = f"{parts[0][0]}{parts[-1][:8]}" if len(parts) > 1 else parts[0]
    p.text(x + 2, y - 1, text, INK, pt)
    end = x + 6 + tw(text, INK, pt)
    p.line(end - 4, y - 2, end + 12, y - 9)
    p.line(x, y + 2, end - 8, y + 1)


def received(rng: random.Random, p: Page, lang: str, d: date, odds: float = 0.3) -> None:
    """Now and then the farm's received stamp or a hand note on the first page."""
    w, _ = p.size
    x = rng.random()
    if x < odds:
        stamp(
            p,
            w - rng.uniform(150, 200),
            rng.uniform(60, 150),
            [
                tr(lang, "RECEIVED", "EINGANG", "REÇU LE"),
                short(d + timedelta(days=rng.randint(1, 5)), lang),
            ],
        )
    elif x < odds * 1.6:
        hand(
            p,
            w - rng.uniform(160, 220),
            rng.uniform(40, 70),
            rng.choice(
                {
                    "en": ["pd by card", "filed", "pd BACS", "copy to accountant", "ok"],
                    "de": ["bez.", "abgelegt", "überwiesen", "an StB", "erl."],
                    "fr": ["payé", "classé", "réglé par virement", "copie compta", "vu"],
                }[lang]
            )
            + " "
            + short(d + timedelta(days=rng.randint(2, 20)), lang)[:5],
            9,
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


def farm_lines(att: str = "") -> list[str]:
    name, street, town, _ = farm_row()
    return [name, *([att] if att else []), street, town]


def mx(name: str, lang: str) -> str:
    """``name`` with Mr/Mrs, Frau/Herr or Madame/Monsieur before it."""
    female = name.split()[0] in FEMALE
    if lang == "de":
        return f"{'Frau' if female else 'Herr'} {name}"
    if lang == "fr":
        return f"{'Madame' if female else 'Monsieur'} {name}"
    return f"{'Mrs' if female else 'Mr'} {name}"


def greet(lang: str, name: str | None) -> str:
    if name is None:
        return tr(lang, "Dear Sir or Madam,", "Sehr geehrte Damen und Herren,", "Madame, Monsieur,")
    female = name.split()[0] in FEMALE
    last = name.split()[-1]
    if lang == "de":
        return f"Sehr geehrte Frau {last}," if female else f"Sehr geehrter Herr {last},"
    if lang == "fr":
        return "Madame," if female else "Monsieur,"
    return f"Dear {'Mrs' if female else 'Mr'} {last},"


def regards(f: Sheets, s: Style, lang: str, name: str, role: str) -> None:
    f.y += 6
    f.need(80)
    m = s.margin
    f.page.text(
        m,
        f.y,
        tr(
            lang,
            ["Yours sincerely", "Kind regards", "Best wishes", "Yours faithfully"][len(name) % 4],
            "Mit freundlichen Grüßen",
            "Veuillez agréer, Madame, Monsieur, nos salutations distinguées.",
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
    r = random.Random(zlib.crc32(f"mezzaluna/staff/{tag}/{h.name}/{FARM['seed']}".encode()))
    return f"{r.choice(FIRSTS[h.lang])} {r.choice(LASTS[h.lang])}"


def vat_rate(lang: str, reduced: bool = False) -> float:
    if reduced:
        return {"en": 0.0, "de": 7.0, "fr": 10.0}[lang]
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
    if rate:
        rows.append((label or tr(lg, f"VAT {rate:g}%", f"USt. {rate:g} %", f"TVA {rate:g} %"), tax))
    rows.append(
        (tr(lg, "Total due", "Rechnungsbetrag", "Total TTC" if rate else "Total net"), net + tax)
    )
    for k, (t, v) in enumerate(rows):
        bold = s.bold if k == len(rows) - 1 else s.font
        f.page.text(w * 0.56, f.y, t, bold, s.size)
        f.page.text(w - m, f.y, cash(v, lg), bold, s.size, "right")
        f.y += s.size * 1.5
    if note:
        f.y += 4
        write(f, s, note, s.size - 1.5)
    return net + tax


def bank_line(r: random.Random, lang: str, name: str) -> str:
    return {
        "en": f"{name} - Sort code {r.randint(10, 99)}-{r.randint(10, 99)}-{r.randint(10, 99)} "
        f"- Account {r.randint(10000000, 99999999)}",
        "de": f"{name} - IBAN DE{r.randint(10, 99)} {r.randint(1000, 9999)} "
        f"{r.randint(1000, 9999)} "
        f"{r.randint(1000, 9999)} {r.randint(1000, 9999)} {r.randint(10, 99)}",
        "fr": f"{name} - IBAN FR76 {r.randint(1000, 9999)} {r.randint(1000, 9999)} "
        f"{r.randint(1000, 9999)} {r.randint(1000, 9999)} {r.randint(100, 999)}",
    }[lang]


def small_print(
    rng: random.Random, s0: Style, lang: str, title: str, heads: list[str], topic: str = "legal"
) -> Page:
    """A page of small print under ``title`` in two columns: numbered clauses."""
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
            text = " ".join(words(rng, lang, topic) for _ in range(rng.randint(3, 7)))
            for ln in wrap(text, s.font, 6.5, cw):
                if y > hh - m - 36:
                    break
                p.text(x, y, ln, s.font, 6.5)
                y += 7.8
            y += 5
            k += 1
    return p


def sign_line(p: Page, s: Style, x: float, y: float, w: float, cap: str, name: str = "") -> None:
    """A signature line with its caption under it, signed when ``name`` is given."""
    p.line(x, y, x + w, y)
    p.text(x, y + 9, fit(cap, s.font, 7, w), s.font, 7)
    if name:
        scrawl(p, x + 6, y - 3, name)


def copier_edge(p: Page, rng: random.Random) -> None:
    """The grey edge a photocopy of a smaller original leaves on the page."""
    w, h = p.size
    g = rng.uniform(0.35, 0.6)
    if rng.random() < 0.6:
        p.rect(0, 0, rng.uniform(8, 20), h, fill=g)
    else:
        p.rect(0, 0, w, rng.uniform(6, 14), fill=g)


def colour(a: Alpaca, lang: str) -> str:
    return COLOURS[lang][a.colour]


def title_block(f: Sheets, s: Style, title: str, sub: str = "", centre: bool = True) -> None:
    """A document title (centred or flush left) with an optional line under it."""
    w, _ = f.size
    pt = shrink(title, s.bold, s.size + 5, w - 2 * s.margin)
    f.need(pt * 4)
    if centre:
        f.page.text(w / 2, f.y, title, s.bold, pt, "center")
    else:
        f.page.text(s.margin, f.y, title, s.bold, pt)
    f.y += pt * 1.5
    if sub:
        it = italic_of(s.font)
        f.page.text(
            w / 2 if centre else s.margin,
            f.y,
            fit(sub, it, s.size - 1, w - 2 * s.margin),
            it,
            s.size - 1,
            "center" if centre else "left",
        )
        f.y += s.size * 1.6
    f.y += 6


def clauses(
    f: Sheets, s: Style, rng: random.Random, lang: str, heads: list[str], topic: str = "legal"
) -> None:
    """Numbered clauses with a bold heading each and one to three sentences of text."""
    for k, t in enumerate(heads, 1):
        f.need(s.size * 5)
        f.page.text(s.margin, f.y, f"{k}. {t}", s.bold, s.size)
        f.y += s.size * 1.45
        write(f, s, prose(rng, lang, topic, 1, 3), s.size - 0.5, 12)


def place_of(town: str) -> str:
    """The place name of a town line without its postcode ("Okehampton", "Soltau")."""
    ws = town.split()
    if ws[0][0].isdigit():
        return " ".join(ws[1:])
    out = list(itertools.takewhile(lambda x: not any(c.isdigit() for c in x), ws))
    return " ".join(out) or town


def signatures(
    f: Sheets,
    s: Style,
    lang: str,
    left: tuple[str, str],
    right: tuple[str, str],
    d: date,
    place: str,
    signed: tuple[bool, bool] = (True, True),
) -> None:
    """Place and date by hand, then two signature lines side by side."""
    w, _ = f.size
    m = s.margin
    f.need(100)
    f.y += 10
    f.page.text(m, f.y, tr(lang, "Place and date:", "Ort, Datum:", "Fait à"), s.font, s.size - 1)
    hand(f.page, m + 80, f.y, f"{place_of(place)}, {short(d, lang)}", 9.5)
    f.y += 42
    cw = (w - 2 * m - 40) / 2
    for k, ((cap, name), ok) in enumerate(zip((left, right), signed, strict=True)):
        x = m + k * (cw + 40)
        sign_line(f.page, s, x, f.y, cw, cap, name if ok else "")
        f.page.text(x, f.y + 18, fit(name, s.font, 8, cw), s.font, 8)
    f.y += 40


STUD_HEADS = {
    "en": [
        "Fees and payment",
        "Drive-by matings",
        "Females staying at stud",
        "Health requirements",
        "Live cria guarantee",
        "Re-matings",
        "Liability",
        "Transport",
        "Registration of progeny",
        "Governing law",
    ],
    "de": [
        "Deckgebühr und Zahlung",
        "Deckung im Hofbesuch (Drive-by)",
        "Aufenthalt der Stuten im Zuchtbetrieb",
        "Gesundheitsanforderungen",
        "Lebendgeburtsgarantie",
        "Nachdeckungen",
        "Haftung",
        "Transport",
        "Eintragung der Nachzucht",
        "Gerichtsstand",
    ],
    "fr": [
        "Prix et règlement",
        "Saillies en visite",
        "Pension des femelles",
        "Exigences sanitaires",
        "Garantie cria vivant",
        "Nouvelles saillies",
        "Responsabilité",
        "Transport",
        "Inscription des produits",
        "Droit applicable",
    ],
}


GENERIC = {
    "alpacas",
    "alpakas",
    "alpagas",
    "alpaca",
    "stud",
    "gestüt",
    "alpakazucht",
    "zuchtbetrieb",
    "élevage",
    "ferme",
    "farm",
    "valley",
    "peak",
    "crest",
    "vallée",
    "hauts",
    "plateau",
    "andes",
}


def herd_prefix(name: str) -> str:
    """The herd prefix a breeder's animals carry: the telling word of its name."""
    ws = [x.strip("'-") for x in name.replace("-Alpakas", "").replace("d'", "").split()]
    ws = [x for x in ws if x.lower() not in GENERIC and len(x) > 3 and x[0].isupper()]
    return max(ws, key=len) if ws else name.split()[0]


def stud_male(r: random.Random, lang: str, h: Head) -> Alpaca:
    """The stud male a breeder offers (fixed by the breeder's name)."""
    pre = herd_prefix(h.name) if h.role == "stud" else prefix()
    a = an_alpaca(r, lang, pre, "M", date(month().year - r.randint(3, 9), r.randint(5, 8), 14))
    return a


def tpl_stud_service_agreement(rng: random.Random, who: Issuer) -> list[Page]:
    """A stud service agreement: the stud owner's terms for mating the farm's females (or the
    farm's own agreement with a visiting breeder), the stud male, the females in a table,
    fees, numbered clauses, two signatures, sometimes a signature page or a terms page."""
    own = keyed(who, "own").random() < 0.3
    h = farm_head() if own else head_of(who, "stud", 0.12)
    lg = h.lang
    s = style_of(h, LETTER if lg == "en" and keyed(who, "let").random() < 0.25 else A4)
    w, hh = s.page_size
    m = s.margin
    d = some_day(rng)
    male = stud_male(keyed(who, "male"), lg, h)
    client = (keyed(who, "client").choice(SENDERS["stud"][lg]), lg)
    if own:
        male = herd("M")[0]
        other_name, other_addr = client[0][0], f"{client[0][1]}, {client[0][2]}"
        females = [
            an_alpaca(rng, lg, herd_prefix(client[0][0]), "F") for _ in range(rng.randint(1, 3))
        ]
    else:
        other_name, other_addr = farm_row()[0], f"{farm_row()[1]}, {farm_row()[2]}"
        females = some_animals(rng, "F", 1, 4)
    title = tr(lg, "Stud Service Agreement", "Deckvertrag", "Contrat de saillie")
    f = sheets(s, h, f"{title} - {male.name}")
    title_block(
        f,
        s,
        title.upper() if rng.random() < 0.5 else title,
        tr(
            lg,
            f"Stud male: {male.name}",
            f"Deckhengst: {male.name}",
            f"Mâle reproducteur : {male.name}",
        ),
    )
    write(
        f,
        s,
        tr(
            lg,
            f"This agreement is made on {day(h, d)} between:",
            f"Zwischen den nachstehenden Parteien wird am {day(h, d)} folgender Vertrag "
            "geschlossen:",
            f"Entre les soussignés, le {day(h, d)} :",
        ),
    )
    for lab, name, addr in (
        (
            tr(lg, "Stud owner", "Hengsthalter", "Propriétaire du mâle"),
            h.name,
            f"{h.street}, {h.town}",
        ),
        (
            tr(lg, "Female owner", "Stutenhalter", "Propriétaire des femelles"),
            other_name,
            other_addr,
        ),
    ):
        f.need(30)
        f.page.text(m + 10, f.y, lab, s.bold, s.size - 0.5)
        f.page.text(m + 130, f.y, fit(name, s.font, s.size, w - 2 * m - 140), s.font, s.size)
        f.y += s.size * 1.3
        f.page.text(
            m + 130, f.y, fit(addr, s.font, s.size - 1, w - 2 * m - 140), s.font, s.size - 1
        )
        f.y += s.size * 1.9
    f.need(90)
    f.y += 4
    f.y = fields(
        f.page,
        s,
        m,
        f.y,
        w - 2 * m,
        [
            (tr(lg, "Stud male", "Deckhengst", "Mâle"), male.name),
            (tr(lg, "Registration no.", "Herdbuch-Nr.", "N° d'inscription"), male.reg),
            (tr(lg, "Colour", "Farbe", "Couleur"), colour(male, lg)),
            (tr(lg, "Date of birth", "Geburtsdatum", "Date de naissance"), short(male.born, lg)),
            (tr(lg, "Microchip", "Transponder", "Puce"), male.chip),
            (
                tr(lg, "Fleece (AFD, last test)", "Vlies (AFD, letzter Test)", "Toison (DMF)"),
                f"{rng.uniform(17.5, 24.5):.1f} micron",
            ),
        ],
        per=3,
        tall=24,
        hand=False,
    )
    fee = rng.choice([350, 450, 500, 600, 750, 900, 1200])
    stay = rng.choice([3.0, 3.5, 4.0, 5.0])
    rows = []
    for a in females:
        method = rng.choice(
            [
                tr(lg, "Drive-by", "Drive-by", "En visite"),
                tr(lg, "Stay at stud", "Pension", "Pension"),
            ]
        )
        status = rng.choice(
            [
                tr(lg, "Maiden", "Maiden", "Primipare"),
                tr(lg, "Proven", "bewährt", "Multipare"),
                tr(lg, "Cria at foot", "mit Cria", "Suitée"),
            ]
        )
        rows.append([a.name, a.reg, colour(a, lg), status, method, cash(fee, lg)])
    cols = columns(
        m,
        w - m,
        [(3, "left"), (1.7, "left"), (1.6, "left"), (1.3, "left"), (1.3, "left"), (1.2, "right")],
    )
    table(
        f,
        cols,
        [
            tr(lg, "Female", "Stute", "Femelle"),
            tr(lg, "Reg. no.", "HB-Nr.", "N°"),
            tr(lg, "Colour", "Farbe", "Couleur"),
            "Status",
            tr(lg, "Method", "Art", "Mode"),
            tr(lg, "Fee", "Gebühr", "Prix"),
        ],
        rows,
        s,
        shade=0.88 if rng.random() < 0.5 else None,
        rules=rng.random() < 0.4,
    )
    f.y += 6
    write(
        f,
        s,
        tr(
            lg,
            f"Stud fee {cash(fee, lg)} per female, payable on the first mating. Females "
            f"staying at stud are charged {cash(stay, lg)} per day for keep.",
            f"Deckgebühr {cash(fee, lg)} je Stute, fällig mit der ersten Deckung. Für "
            f"Stuten im Zuchtbetrieb berechnen wir {cash(stay, lg)} pro Tag Pension.",
            f"Prix de la saillie : {cash(fee, lg)} par femelle, payable à la première "
            f"saillie. Pension : {cash(stay, lg)} par jour.",
        ),
        s.size - 0.5,
    )
    clauses(f, s, rng, lg, rng.sample(STUD_HEADS[lg], rng.randint(4, 8)))
    sig_page = rng.random() < 0.35
    if sig_page:
        f.new_page()
        write(
            f,
            s,
            tr(
                lg,
                "Signed by the parties:",
                "Unterschriften der Parteien:",
                "Lu et approuvé, bon pour accord :",
            ),
        )
    signatures(
        f,
        s,
        lg,
        (
            tr(lg, "Stud owner", "Hengsthalter", "Le propriétaire du mâle"),
            staff(h, "owner") if not own else PEOPLE["owner1"],
        ),
        (
            tr(lg, "Female owner", "Stutenhalter", "Le propriétaire des femelles"),
            PEOPLE["owner2"] if not own else staff(make_head(client[0], lg, "stud"), "owner"),
        ),
        d,
        h.town,
        (True, rng.random() < 0.85),
    )
    if rng.random() < 0.25:
        f.pages.append(
            small_print(
                rng,
                s,
                lg,
                tr(
                    lg,
                    "Standard terms of stud service",
                    "Allgemeine Deckbedingungen",
                    "Conditions générales de saillie",
                ),
                STUD_HEADS[lg],
            )
        )
    remember(d, (h, male, females))
    numbers = (
        h.numbers
        if rng.random() < 0.5
        else tr(lg, "Page {i} of {n}", "Seite {i} von {n}", "Page {i}/{n}")
    )
    if rng.random() < 0.5:
        for p in f.pages:
            hand(p, w - m - 40, hh - 34, rng.choice(["AB", "__", "ok"]), 8)
    return close(f.pages, s, h, numbers)


def stud_of(rng: random.Random, who: Issuer) -> tuple[Head, Alpaca, list[Alpaca]]:
    """The stud, male and females of the previous agreement, or a new stud's."""
    ex = LAST["extra"]
    if after(("stud_service_agreement", "mating_certificate")) and isinstance(ex, tuple):
        h, male, fem = ex
        if h.role == "stud" or (h.role == "farm" and fem):
            return h, male, fem
    h = head_of(who, "stud", 0.12)
    return h, stud_male(keyed(who, "male"), h.lang, h), some_animals(rng, "F", 1, 3)


def tpl_mating_certificate(rng: random.Random, who: Issuer) -> list[Page]:
    """A mating certificate for one female from the stud: the female and the male, the
    mating dates and spit-off tests in a small table, the expected birth date, signature."""
    h, male, fem = stud_of(rng, who)
    lg = h.lang
    pick = fem[0] if fem else an_alpaca(rng, lg, prefix(), "F")
    if after(("mating_certificate",)) and len(fem) > 1:
        fem = fem[1:] + fem[:1]
        pick = fem[0]
    size = rng.choice([A5, A5, A4, A5])
    s = style_of(h, size, margin=min(h.margin, 40 if size != A4 else 60), pt=min(h.pt, 9))
    w, _hh = s.page_size
    m = s.margin
    d0 = last_day(rng, ("stud_service_agreement", "mating_certificate"), (0, 10)) - timedelta(
        days=rng.randint(20, 40)
    )
    f = sheets(s, h)
    title_block(
        f,
        s,
        tr(lg, "Mating Certificate", "Deckbescheinigung", "Certificat de saillie"),
        centre=rng.random() < 0.6,
    )
    f.y = fields(
        f.page,
        s,
        m,
        f.y,
        w - 2 * m,
        [
            (tr(lg, "Female", "Stute", "Femelle"), pick.name),
            (tr(lg, "Reg. no. / chip", "HB-Nr. / Chip", "N° / puce"), pick.reg),
            (tr(lg, "Stud male", "Deckhengst", "Mâle"), male.name),
            (tr(lg, "Reg. no.", "HB-Nr.", "N°"), male.reg),
            (
                tr(lg, "Owner of female", "Besitzer der Stute", "Propriétaire"),
                farm_row()[0] if h.role != "farm" else "-",
            ),
            (tr(lg, "Breed", "Rasse", "Race"), male.breed),
        ],
        per=2,
        tall=24,
    )
    rows = []
    dd = d0
    for k in range(rng.randint(2, 4)):
        kind = (
            tr(lg, "Mating", "Deckung", "Saillie")
            if k == 0
            else tr(lg, "Spit-off test", "Spucktest", "Test de crachat")
        )
        res = (
            ""
            if k == 0
            else rng.choice(
                [
                    tr(lg, "spat off", "abgespuckt", "a craché"),
                    tr(lg, "sat - re-mated", "abgelegt - nachgedeckt", "couchée - resaillie"),
                ]
            )
        )
        rows.append([short(dd, lg), kind, res, staff(h, "owner").split()[0]])
        dd += timedelta(days=rng.choice([7, 7, 14, 21]))
    cols = columns(m, w - m, [(1.2, "left"), (1.6, "left"), (2, "left"), (1, "left")])
    table(
        f,
        cols,
        [
            tr(lg, "Date", "Datum", "Date"),
            tr(lg, "Event", "Ereignis", "Événement"),
            tr(lg, "Result", "Ergebnis", "Résultat"),
            tr(lg, "By", "Durch", "Par"),
        ],
        rows,
        s,
        rules=True,
    )
    f.y += 6
    due = d0 + timedelta(days=345)
    write(
        f,
        s,
        tr(
            lg,
            f"Expected birth date (345 days): {day(h, due)}.",
            f"Voraussichtlicher Geburtstermin (345 Tage): {day(h, due)}.",
            f"Date de mise bas prévue (345 jours) : {day(h, due)}.",
        ),
    )
    if rng.random() < 0.6:
        write(f, s, words(rng, lg, "legal"), s.size - 1)
    f.need(70)
    f.y += 30
    sign_line(
        f.page,
        s,
        m,
        f.y,
        min(180.0, w / 2),
        tr(lg, "Stud owner", "Hengsthalter", "Propriétaire du mâle"),
        staff(h, "owner"),
    )
    if rng.random() < 0.5:
        seal(
            f.page, w - m - 45, f.y - 10, 32, h.name[:28], tr(lg, "STUD", "DECKSTATION", "ÉLEVAGE")
        )
    remember(d0, (h, male, fem))
    return close(f.pages, s, h, "none")


def society_head(who: Issuer) -> Head:
    return head_of(who, "society")


def member_no(h: Head) -> str:
    r = random.Random(zlib.crc32(f"mezzaluna/member/{h.name}/{FARM['seed']}".encode()))
    return serial(r, r.choice(["M99999", "99-9999", "AA-999"]))


def a_cria(rng: random.Random) -> Alpaca:
    lg = home()
    dam = rng.choice(herd("F") or HERD)
    born = month() - timedelta(days=rng.randint(5, 70))
    c = an_alpaca(rng, lg, prefix(), rng.choice("FM"), born)
    c.dam = dam.name
    c.sire = (
        rng.choice(herd("M")).name
        if rng.random() < 0.5
        else stud_male(rng, lg, make_head(rng.choice(SENDERS["stud"][lg]), lg, "stud")).name
    )
    c.reg = ""
    return c


def tpl_cria_registration(rng: random.Random, who: Issuer) -> list[Page]:
    """The breed society's cria registration form as the farm filled it in by hand before
    posting it (a copy kept): breeder, cria, sire, dam, mating, declaration, fee, office box;
    sometimes the printed notes on the back."""
    h = society_head(who)
    lg = h.lang
    s = style_of(h, A4, margin=min(h.margin, 48), pt=9)
    w, hh = s.page_size
    m = s.margin
    cria = a_cria(rng)
    d = some_day(rng)
    p = Page(s.page_size)
    y = heading(p, s, h)
    form = tr(lg, "Form R1", "Formular Z2", "Imprimé DN-1")
    p.text(w - m, y - 14, form, s.bold, 9, "right")
    title = tr(
        lg,
        "CRIA REGISTRATION APPLICATION",
        "GEBURTSMELDUNG / ANTRAG AUF HERDBUCHEINTRAGUNG",
        "DÉCLARATION DE NAISSANCE ET DEMANDE D'INSCRIPTION",
    )
    pt = shrink(title, s.bold, 12, w - 2 * m)
    p.text(m, y, title, s.bold, pt)
    y += 12
    p.text(
        m,
        y,
        fit(
            tr(
                lg,
                "Please complete in block capitals and return within 6 months of birth.",
                "Bitte in Druckbuchstaben ausfüllen und binnen 6 Monaten nach der Geburt "
                "einsenden.",
                "À remplir en majuscules et à retourner dans les 6 mois suivant la naissance.",
            ),
            s.font,
            7.5,
            w - 2 * m,
        ),
        s.font,
        7.5,
    )
    y += 18
    y = band(
        p,
        s,
        y,
        tr(lg, "1  Breeder / owner", "1  Züchter / Eigentümer", "1  Naisseur / propriétaire"),
    )
    y += 2
    y = fields(
        p,
        s,
        m,
        y,
        w - 2 * m,
        [
            (tr(lg, "Member no.", "Mitglieds-Nr.", "N° d'adhérent"), member_no(h)),
            (tr(lg, "Name", "Name", "Nom"), PEOPLE["owner1"].upper()),
            (tr(lg, "Herd / holding", "Betrieb", "Élevage"), farm_row()[0].upper()),
            (tr(lg, "Holding number", "Betriebsnummer", "N° EDE"), farm_cph()),
        ],
        per=2,
        tall=24,
    )
    y = band(p, s, y, tr(lg, "2  Cria", "2  Fohlen (Cria)", "2  Cria"))
    y += 12
    p.text(m, y, tr(lg, "Sex:", "Geschlecht:", "Sexe :"), s.font, 8)
    y = ticks(
        p,
        s,
        m + 50,
        y,
        160,
        [tr(lg, "Female", "Stute", "Femelle"), tr(lg, "Male", "Hengst", "Mâle")],
        {0 if cria.sex == "F" else 1},
    )
    p.text(m + 230, y - 8 * 2.2, tr(lg, "Breed:", "Rasse:", "Race :"), s.font, 8)
    ticks(
        p, s, m + 270, y - 8 * 2.2, 200, ["Huacaya", "Suri"], {0 if cria.breed == "Huacaya" else 1}
    )
    y += 4
    y = fields(
        p,
        s,
        m,
        y,
        w - 2 * m,
        [
            (tr(lg, "Name of cria", "Name des Fohlens", "Nom du cria"), cria.name.upper()),
            (tr(lg, "Date of birth", "Geburtsdatum", "Date de naissance"), short(cria.born, lg)),
            (tr(lg, "Colour", "Farbe", "Couleur"), colour(cria, lg)),
            (
                tr(lg, "Birth weight (kg)", "Geburtsgewicht (kg)", "Poids de naissance (kg)"),
                f"{rng.uniform(5.5, 9.5):.1f}",
            ),
            (tr(lg, "Microchip no.", "Transponder-Nr.", "N° de puce"), cria.chip),
            (
                tr(lg, "Chip implanted by", "Chip gesetzt von", "Puce posée par"),
                rng.choice(SENDERS["vet"][home()])[0] if rng.random() < 0.5 else "",
            ),
        ],
        per=2,
        tall=24,
    )
    for k, (lab, nm) in enumerate(
        (
            (tr(lg, "3  Sire", "3  Vater", "3  Père"), cria.sire),
            (tr(lg, "4  Dam", "4  Mutter", "4  Mère"), cria.dam),
        )
    ):
        y = band(p, s, y, lab)
        y += 2
        y = fields(
            p,
            s,
            m,
            y,
            w - 2 * m,
            [
                (tr(lg, "Registered name", "Name", "Nom"), nm.upper()),
                (tr(lg, "Reg. no.", "HB-Nr.", "N° d'inscription"), reg_no(rng, lg)),
                (
                    tr(lg, "Owner at mating", "Besitzer bei Deckung", "Propriétaire à la saillie"),
                    farm_row()[0] if k == 1 or nm.startswith(prefix()) else "",
                ),
            ],
            per=3,
            tall=24,
        )
    y = band(p, s, y, tr(lg, "5  Mating", "5  Deckung", "5  Saillie"))
    y += 12
    y = ticks(
        p,
        s,
        m,
        y,
        w - 2 * m,
        [
            tr(
                lg,
                "Mating certificate enclosed",
                "Deckbescheinigung liegt bei",
                "Certificat de saillie joint",
            ),
            tr(lg, "Sire owned by breeder", "Hengst im eigenen Bestand", "Mâle de l'élevage"),
            tr(
                lg,
                "DNA parentage test requested",
                "DNA-Abstammungstest beantragt",
                "Contrôle de filiation ADN demandé",
            ),
        ],
        {0} if rng.random() < 0.6 else {1},
    )
    y = band(p, s, y, tr(lg, "6  Declaration", "6  Erklärung", "6  Déclaration"))
    y += 4
    y = text_block(
        p,
        s,
        m,
        y + 6,
        w - 2 * m,
        tr(
            lg,
            "I declare that the information given is correct to the best of my knowledge and that "
            "the cria was born on my holding to the dam named above.",
            "Ich versichere, dass die Angaben nach bestem Wissen richtig sind und das Fohlen in "
            "meinem Betrieb von der genannten Mutter geboren wurde.",
            "Je certifie l'exactitude des renseignements ci-dessus et que le cria est né dans mon "
            "élevage de la mère désignée.",
        ),
        8,
    )
    y += 20
    sign_line(p, s, m, y, 190, tr(lg, "Signature", "Unterschrift", "Signature"), PEOPLE["owner1"])
    p.line(m + 230, y, m + 330, y)
    p.text(m + 230, y + 9, tr(lg, "Date", "Datum", "Date"), s.font, 7)
    hand(p, m + 234, y - 3, short(d, lg), 9)
    fee = {"en": 25.0, "de": 30.0, "fr": 28.0}[lg] + rng.choice([0, 0, 10])
    p.text(
        m + 350,
        y - 10,
        fit(
            tr(lg, f"Fee {cash(fee, lg)}:", f"Gebühr {cash(fee, lg)}:", f"Frais {cash(fee, lg)} :"),
            s.font,
            8,
            w - 2 * m - 350,
        ),
        s.font,
        8,
    )
    ticks(
        p,
        s,
        m + 350,
        y + 2,
        w - 2 * m - 350,
        [tr(lg, "Cheque", "Lastschrift", "Chèque"), tr(lg, "BACS", "Überweisung", "Virement")],
        {rng.randrange(2)},
    )
    y += 30
    if y < hh - m - 60:
        p.rect(m, y, w - 2 * m, min(56.0, hh - m - y - 4), fill=0.9)
        p.text(
            m + 6,
            y + 12,
            tr(
                lg,
                "FOR OFFICE USE ONLY",
                "NUR FÜR DIE GESCHÄFTSSTELLE",
                "RÉSERVÉ AU LIVRE GÉNÉALOGIQUE",
            ),
            s.bold,
            7,
        )
        p.text(
            m + 6,
            y + 26,
            tr(
                lg,
                "Reg. no. ________   Entered ________   Checked ________",
                "HB-Nr. ________   Erfasst ________   Geprüft ________",
                "N° ________   Saisi le ________   Contrôlé ________",
            ),
            s.font,
            7,
        )
    if rng.random() < 0.3:
        hand(
            p,
            w - m - 110,
            hh - 24,
            tr(
                lg,
                f"posted {short(d, lg)[:5]}",
                f"abges. {short(d, lg)[:5]}",
                f"envoyé {short(d, lg)[:5]}",
            ),
            9,
        )
    pages = [p]
    if rng.random() < 0.35:
        q = Page(s.page_size)
        q.text(
            m,
            m,
            tr(lg, "Notes for completing form R1", "Hinweise zum Ausfüllen", "Notice explicative"),
            s.bold,
            11,
        )
        yy = m + 24.0
        for k in range(rng.randint(5, 9)):
            yy = text_block(q, s, m, yy, w - 2 * m, f"{k + 1}. " + prose(rng, lg, "farm", 1, 3), 8)
        pages.append(q)
    remember(d, cria)
    return close(pages, s, h, "none")


def tree(
    p: Page,
    s: Style,
    x: float,
    y: float,
    w: float,
    hgt: float,
    gens: list[list[str]],
    caps: list[str],
) -> None:
    """A pedigree chart: generation ``k`` as 2**k boxes stacked in a column."""
    cw = w / len(gens)
    for g, names in enumerate(gens):
        bh = hgt / len(names)
        cx = x + g * cw
        for k, nm in enumerate(names):
            by = y + k * bh
            p.rect(cx + 2, by + 2, cw - 8, bh - 4)
            pt = 8 if g < 2 else 6.5
            if caps and g > 0:
                p.text(cx + 5, by + 9, caps[k % 2], s.font, 5.5)
            p.text(
                cx + 5,
                by + bh / 2 + 4,
                fit(nm, s.bold if g == 0 else s.font, pt, cw - 14),
                s.bold if g == 0 else s.font,
                pt,
            )
            if g + 1 < len(gens):
                p.line(cx + cw - 6, by + bh / 2, cx + cw + 2, by + bh / 4 + 0.0)
                p.line(cx + cw - 6, by + bh / 2, cx + cw + 2, by + 3 * bh / 4)


def certificate_page(rng: random.Random, h: Head, a: Alpaca, d: date, lg: str) -> Page:
    size = landscape(A4) if rng.random() < 0.6 else A4
    s = style_of(h, size, margin=46, pt=9)
    w, hh = size
    p = Page(size)
    p.rect(18, 18, w - 36, hh - 36)
    p.rect(23, 23, w - 46, hh - 46)
    y = 50.0
    p.text(w / 2, y, fit(h.name.upper(), s.bold, 13, w - 120), s.bold, 13, "center")
    y += 18
    t = tr(
        lg,
        "Certificate of Registration",
        "Abstammungsnachweis - Herdbuchbescheinigung",
        "Certificat d'inscription au livre généalogique",
    )
    p.text(w / 2, y, t, italic_of(s.font), 12, "center")
    y += 26
    reg = a.reg or reg_no(rng, lg)
    a.reg = reg
    p.text(w / 2, y, reg, "Courier-Bold", 14, "center")
    y += 22
    y = fields(
        p,
        s,
        60,
        y,
        w - 120,
        [
            (tr(lg, "Name", "Name", "Nom"), a.name),
            (tr(lg, "Sex", "Geschlecht", "Sexe"), sex_word(a, lg)),
            (tr(lg, "Born", "Geboren", "Né(e) le"), short(a.born, lg)),
            (tr(lg, "Colour", "Farbe", "Couleur"), colour(a, lg)),
            (tr(lg, "Breed", "Rasse", "Race"), a.breed),
            (tr(lg, "Microchip", "Transponder", "Puce"), a.chip),
            (tr(lg, "Breeder", "Züchter", "Naisseur"), farm_row()[0]),
            (tr(lg, "Owner", "Eigentümer", "Propriétaire"), farm_row()[0]),
        ],
        per=4,
        tall=24,
        hand=False,
    )
    gs = [[a.name], [a.sire, a.dam]]
    herds = ["Accoyo", "Snowmass", "Jolimont", "Bozedown", "Pucara", "Canchones", prefix()]
    n = 4
    while len(gs) < (4 if size[0] > size[1] else 3):
        gs.append(
            [
                f"{rng.choice(herds)} {rng.choice(MALE_GIVEN if k % 2 == 0 else GIVEN)}"
                for k in range(n)
            ]
        )
        n *= 2
    bottom = hh - 120
    tree(
        p,
        s,
        60,
        y,
        w - 120,
        bottom - y,
        gs,
        [tr(lg, "Sire", "Vater", "Père"), tr(lg, "Dam", "Mutter", "Mère")],
    )
    sign_line(
        p,
        s,
        70,
        hh - 62,
        160,
        tr(lg, "Registrar", "Zuchtbuchführer", "Le responsable du LG"),
        staff(h, "registrar"),
    )
    p.text(
        70 + 200,
        hh - 62,
        tr(
            lg,
            f"Issued {short(d, lg)}",
            f"Ausgestellt am {short(d, lg)}",
            f"Délivré le {short(d, lg)}",
        ),
        s.font,
        8,
    )
    seal(p, w - 100, hh - 80, 34, h.name[:30], tr(lg, "HERDBOOK", "ZUCHTBUCH", "LIVRE G."))
    p.text(
        w / 2,
        hh - 30,
        fit(
            tr(
                lg,
                "This certificate remains the property of the society and "
                "must be returned on transfer of ownership.",
                "Diese Bescheinigung bleibt Eigentum des Verbandes und ist bei "
                "Besitzwechsel einzureichen.",
                "Ce certificat reste la propriété de l'association.",
            ),
            s.font,
            6,
            w - 80,
        ),
        s.font,
        6,
        "center",
    )
    return p


def tpl_herdbook_certificate(rng: random.Random, who: Issuer) -> list[Page]:
    """The society's registration certificate with a three- or four-generation pedigree
    (landscape or portrait, framed, seal), sometimes behind a covering letter that sends the
    certificates of several crias at once."""
    h = society_head(who)
    lg = h.lang
    d = last_day(rng, ("cria_registration",), (14, 40))
    first = (
        LAST["extra"]
        if after(("cria_registration",)) and isinstance(LAST["extra"], Alpaca)
        else a_cria(rng)
    )
    assert isinstance(first, Alpaca)
    crias = [first]
    pages: list[Page] = []
    letter = rng.random() < 0.4
    if letter:
        crias += [a_cria(rng) for _ in range(rng.randint(0, 2))]
        s = style_of(h)
        f = sheets(s, h)
        recipient(
            f,
            s,
            h,
            [PEOPLE["owner1"], *farm_lines()[1:]],
            d,
            [(tr(lg, "Member no.", "Mitglieds-Nr.", "Adhérent n°"), member_no(h))],
        )
        write(f, s, greet(lg, PEOPLE["owner1"]))
        write(
            f,
            s,
            tr(
                lg,
                f"Please find enclosed {len(crias)} registration certificate(s):",
                f"anbei erhalten Sie {len(crias)} Abstammungsnachweis(e):",
                f"Veuillez trouver ci-joint {len(crias)} certificat(s) d'inscription :",
            ),
        )
        for c in crias:
            write(f, s, f"-  {c.name}", indent=14)
        write(f, s, prose(rng, lg, "farm", 1, 2))
        regards(
            f,
            s,
            lg,
            staff(h, "registrar"),
            tr(lg, "Registrar", "Zuchtbuchstelle", "Livre généalogique"),
        )
        pages = close(f.pages, s, h, "none")
    for c in crias:
        pages.append(certificate_page(rng, h, c, d, lg))
    remember(d, first)
    return pages


SALE_HEADS = {
    "en": [
        "Price and payment",
        "Passing of title and risk",
        "Collection and delivery",
        "Health and condition",
        "Pregnancy",
        "After-sales support",
        "Registration transfer",
        "Insurance",
        "Entire agreement",
    ],
    "de": [
        "Kaufpreis und Zahlung",
        "Eigentumsübergang und Gefahrübergang",
        "Abholung und Übergabe",
        "Gesundheitszustand",
        "Trächtigkeit",
        "Betreuung nach dem Kauf",
        "Umschreibung im Herdbuch",
        "Versicherung",
        "Schlussbestimmungen",
    ],
    "fr": [
        "Prix et paiement",
        "Transfert de propriété et des risques",
        "Enlèvement et livraison",
        "État sanitaire",
        "Gestation",
        "Suivi après-vente",
        "Transfert au livre généalogique",
        "Assurance",
        "Dispositions finales",
    ],
}


def tpl_alpaca_sale_contract(rng: random.Random, who: Issuer) -> list[Page]:
    """A sale contract for alpacas: the farm selling to a private buyer or buying from another
    breeder; the animals with chip, registration and price in a table, deposit and balance,
    numbered clauses, signatures, and a health declaration annex (sometimes landscape)."""
    selling = keyed(who, "sell").random() < 0.55
    h = farm_head() if selling else head_of(who, "stud", 0.1)
    lg = h.lang
    s = style_of(h)
    w, _hh = s.page_size
    m = s.margin
    d = some_day(rng)
    if selling:
        animals = some_animals(rng, "FMW", 1, 4)
        buyer = [
            a_name(rng, lg),
            f"{rng.randint(1, 90)} {rng.choice(ROADS[lg])}",
            rng.choice(TOWNS[lg]),
        ]
        seller_name, buyer_name = PEOPLE["owner1"], buyer[0]
    else:
        animals = [
            an_alpaca(rng, lg, herd_prefix(h.name), rng.choice("FFMW"))
            for _ in range(rng.randint(1, 3))
        ]
        buyer = farm_lines()
        seller_name, buyer_name = staff(h, "owner"), PEOPLE["owner2"]
    title = tr(
        lg, "Alpaca Sale Agreement", "Kaufvertrag über Alpakas", "Contrat de vente d'alpagas"
    )
    f = sheets(s, h, title)
    title_block(
        f,
        s,
        title,
        tr(
            lg,
            f"Agreement no. {serial(rng, 'S99/999')}",
            f"Vertrags-Nr. {serial(rng, 'KV-99-999')}",
            f"Contrat n° {serial(rng, 'V-99-999')}",
        ),
    )
    f.need(80)
    cw = (w - 2 * m) / 2
    y0 = f.y
    for k, (lab, lines) in enumerate(
        (
            (tr(lg, "Seller", "Verkäufer", "Vendeur"), [h.name, h.street, h.town]),
            (tr(lg, "Buyer", "Käufer", "Acheteur"), buyer),
        )
    ):
        x = m + k * cw
        f.page.text(x, y0, lab, s.bold, s.size)
        yy = y0 + s.size * 1.4
        for t in lines:
            f.page.text(x, yy, fit(t, s.font, s.size, cw - 10), s.font, s.size)
            yy += s.size * 1.3
    f.y = y0 + s.size * 6.5
    rows = []
    total = 0.0
    for a in animals:
        price = rng.choice([450, 600, 850, 1200, 1800, 2500, 3500, 4200])
        if a.sex == "W":
            price = rng.choice([350, 400, 450, 550])
        total += price
        rows.append([a.name, sex_word(a, lg), short(a.born, lg), a.chip, a.reg, cash(price, lg)])
    cols = columns(
        m,
        w - m,
        [(2.6, "left"), (1, "left"), (1.2, "left"), (2.2, "left"), (1.5, "left"), (1.2, "right")],
    )
    table(
        f,
        cols,
        [
            tr(lg, "Animal", "Tier", "Animal"),
            tr(lg, "Sex", "Geschl.", "Sexe"),
            tr(lg, "Born", "Geb.", "Né"),
            tr(lg, "Microchip", "Transponder", "Puce"),
            tr(lg, "Reg. no.", "HB-Nr.", "N° LG"),
            tr(lg, "Price", "Preis", "Prix"),
        ],
        rows,
        s,
        shade=0.9 if rng.random() < 0.5 else None,
    )
    dep = round(total * rng.choice([0.2, 0.25, 0.3]), 0)
    f.y += 4
    f.y = (
        pairs(
            f.page,
            s,
            w * 0.5,
            f.y,
            [
                (tr(lg, "Total price", "Gesamtpreis", "Prix total"), cash(total, lg)),
                (tr(lg, "Deposit received", "Anzahlung erhalten", "Acompte versé"), cash(dep, lg)),
                (
                    tr(
                        lg,
                        "Balance due on collection",
                        "Restbetrag bei Abholung",
                        "Solde à l'enlèvement",
                    ),
                    cash(total - dep, lg),
                ),
            ],
            w - m,
            s.size,
        )
        + 8
    )
    clauses(f, s, rng, lg, SALE_HEADS[lg][: rng.randint(5, 9)])
    signatures(
        f,
        s,
        lg,
        (tr(lg, "Seller", "Verkäufer", "Le vendeur"), seller_name),
        (tr(lg, "Buyer", "Käufer", "L'acheteur"), buyer_name),
        d,
        h.town,
    )
    pages = f.pages
    # Annex: health declaration.
    land = rng.random() < 0.4
    sa = paper(s, landscape(A4) if land else s.page_size)
    g = Sheets(
        sa.page_size,
        sa.page_size[1] - sa.margin - 7 * len(h.foot) - 8,
        lambda p, n: running_header(p, sa, f"{title} - {tr(lg, 'Annex', 'Anlage', 'Annexe')}"),
    )
    caption(
        g,
        sa,
        tr(
            lg,
            "Schedule 1 - Health declaration",
            "Anlage 1 - Gesundheitserklärung",
            "Annexe 1 - Déclaration sanitaire",
        ),
        2,
        rule=True,
    )
    hr = []
    for a in animals:
        hr.append(
            [
                a.name,
                short(d - timedelta(days=rng.randint(20, 150)), lg),
                short(d - timedelta(days=rng.randint(10, 90)), lg),
                rng.choice(["-", short(d - timedelta(days=rng.randint(30, 300)), lg)]),
                rng.choice(
                    [
                        tr(lg, "none", "keine", "aucun"),
                        tr(lg, "mites treated 2023", "Milbenbehandlung", "gale traitée"),
                    ]
                ),
                rng.choice(["2.5", "3", "3.5"]),
            ]
        )
    gw = sa.page_size[0]
    table(
        g,
        columns(
            sa.margin,
            gw - sa.margin,
            [
                (2.6, "left"),
                (1.4, "left"),
                (1.4, "left"),
                (1.6, "left"),
                (2.2, "left"),
                (0.8, "right"),
            ],
        ),
        [
            tr(lg, "Animal", "Tier", "Animal"),
            tr(lg, "Clostr. vacc.", "Impfung Clostr.", "Vaccin clostr."),
            tr(lg, "Last worming", "Entwurmung", "Vermifuge"),
            tr(lg, "TB test", "TB-Test", "Test TB"),
            tr(lg, "Known conditions", "Befunde", "Antécédents"),
            "BCS",
        ],
        hr,
        sa,
        rules=True,
    )
    g.y += 8
    g.page.text(
        sa.margin,
        g.y,
        tr(lg, "Herd TB status:", "TB-Status des Bestandes:", "Statut TB du cheptel :"),
        sa.font,
        sa.size,
    )
    g.y = ticks(
        g.page,
        sa,
        sa.margin + 110,
        g.y,
        gw - 2 * sa.margin - 110,
        [
            tr(lg, "no TB history", "TB-frei", "indemne"),
            tr(lg, "under restriction", "gesperrt", "sous APMS"),
            tr(lg, "tested within 12 months", "Test < 12 Monate", "testé < 12 mois"),
        ],
        {0, 2} if rng.random() < 0.6 else {0},
    )
    g.y += 30
    sign_line(
        g.page, sa, sa.margin, g.y, 200, tr(lg, "Seller", "Verkäufer", "Le vendeur"), seller_name
    )
    pages += g.pages
    remember(d, (animals, selling, buyer))
    numbers = (
        h.numbers
        if rng.random() < 0.4
        else tr(lg, "Page {i} of {n}", "Seite {i} von {n}", "Page {i}/{n}")
    )
    return close(pages, s, h, numbers)


def tpl_movement_licence(rng: random.Random, who: Issuer) -> list[Page]:
    """An animal movement licence or transport authorisation from the animal health
    authority: licence number, origin and destination holdings, the animals in a table,
    numbered conditions, the officer's signature and stamp; a second page with the receiving
    keeper's part and notes; sometimes a covering letter."""
    h = head_of(who, "authority")
    lg = h.lang
    s = style_of(h, A4, margin=min(h.margin, 54))
    w, _hh = s.page_size
    m = s.margin
    ex = LAST["extra"]
    d = last_day(rng, ("alpaca_sale_contract",), (2, 12))
    if after(("alpaca_sale_contract",)) and isinstance(ex, tuple):
        animals, selling, buyer = ex
    else:
        animals, selling = some_animals(rng, "FMW", 1, 5), rng.random() < 0.5
        buyer = [
            a_name(rng, lg),
            f"{rng.randint(1, 90)} {rng.choice(ROADS[lg])}",
            rng.choice(TOWNS[lg]),
        ]
    origin = farm_lines() if selling else list(buyer)
    dest = list(buyer) if selling else farm_lines()
    lic = serial(rng, tr(lg, "AML/99/999999", "VA-99-9999/2", "LP 99-999"))
    pages: list[Page] = []
    if rng.random() < 0.3:
        f = sheets(style_of(h), h)
        recipient(
            f,
            style_of(h),
            h,
            [PEOPLE["owner1"], *farm_lines()[1:]],
            d,
            [(tr(lg, "Our ref", "Az.", "Réf."), lic)],
        )
        write(f, style_of(h), greet(lg, PEOPLE["owner1"]))
        write(f, style_of(h), prose(rng, lg, "admin", 2, 4))
        regards(
            f,
            style_of(h),
            lg,
            staff(h, "officer"),
            tr(lg, "Veterinary Officer", "Amtstierärztin", "Inspecteur"),
        )
        pages += close(f.pages, style_of(h), h, "none")
    f = sheets(s, h, f"{tr(lg, 'Licence', 'Genehmigung', 'Laissez-passer')} {lic}")
    title_block(
        f,
        s,
        tr(
            lg,
            "LICENCE TO MOVE CAMELIDS",
            "GENEHMIGUNG ZUM VERBRINGEN VON KAMELIDEN",
            "LAISSEZ-PASSER SANITAIRE - CAMÉLIDÉS",
        ),
        tr(
            lg,
            "Issued under the Tuberculosis (England) Order 2021",
            "gemäß Tiergesundheitsgesetz und Viehverkehrsverordnung",
            "Arrêté préfectoral - mouvement d'animaux",
        ),
        centre=False,
    )
    f.y = (
        pairs(
            f.page,
            s,
            m,
            f.y,
            [
                (tr(lg, "Licence no.", "Geschäftszeichen", "N°"), lic),
                (tr(lg, "Valid from", "Gültig ab", "Valable du"), short(d, lg)),
                (
                    tr(lg, "Valid until", "Gültig bis", "au"),
                    short(d + timedelta(days=rng.choice([7, 14, 28])), lg),
                ),
            ],
            w / 2,
            s.size,
        )
        + 6
    )
    for lab, lines in (
        (
            tr(
                lg,
                "Part A - Premises of origin",
                "Teil A - Herkunftsbetrieb",
                "Partie A - Exploitation de départ",
            ),
            origin,
        ),
        (
            tr(lg, "Part B - Destination", "Teil B - Bestimmungsbetrieb", "Partie B - Destination"),
            dest,
        ),
    ):
        f.need(70)
        f.y = band(f.page, s, f.y, lab) + 4
        f.y = fields(
            f.page,
            s,
            m,
            f.y,
            w - 2 * m,
            [
                (tr(lg, "Keeper", "Tierhalter", "Détenteur"), lines[0]),
                (
                    tr(lg, "Holding no.", "Betriebsnr.", "N° EDE"),
                    farm_cph() if lines[0] == farm_row()[0] else cph(rng, lg),
                ),
                (tr(lg, "Address", "Anschrift", "Adresse"), ", ".join(lines[1:])),
            ],
            per=3,
            tall=24,
            hand=False,
        )
    f.y = (
        band(f.page, s, f.y, tr(lg, "Part C - Animals", "Teil C - Tiere", "Partie C - Animaux"))
        + 14
    )
    rows = [
        [str(k), a.chip, sex_word(a, lg), age_text(a, d, lg), colour(a, lg)]
        for k, a in enumerate(animals, 1)
    ]
    table(
        f,
        columns(m, w - m, [(0.4, "left"), (2.4, "left"), (1, "left"), (1, "left"), (1.5, "left")]),
        [
            "Nr." if lg != "en" else "No.",
            tr(lg, "Identification", "Kennzeichnung", "Identification"),
            tr(lg, "Sex", "Geschl.", "Sexe"),
            tr(lg, "Age", "Alter", "Âge"),
            tr(lg, "Colour", "Farbe", "Robe"),
        ],
        rows,
        s,
        rules=True,
    )
    f.y += 6
    f.need(60)
    f.y = band(f.page, s, f.y, tr(lg, "Conditions", "Auflagen", "Conditions")) + 8
    for k in range(rng.randint(3, 6)):
        write(f, s, f"{k + 1}. " + words(rng, lg, "admin"), s.size - 1, 6)
    f.need(90)
    f.y += 30
    sign_line(
        f.page,
        s,
        m,
        f.y,
        200,
        tr(lg, "for the Authority", "Im Auftrag", "Pour le préfet"),
        staff(h, "officer"),
    )
    stamp(f.page, w - m - 190, f.y - 50, [tr(lg, "APHA", "VETERINÄRAMT", "DDPP"), short(d, lg)])
    f.new_page()
    f.y = (
        band(
            f.page,
            s,
            f.y,
            tr(
                lg,
                "Part D - To be completed by the receiving keeper",
                "Teil D - Vom Empfänger auszufüllen",
                "Partie D - À remplir par le destinataire",
            ),
        )
        + 4
    )
    done = not selling and rng.random() < 0.6
    f.y = fields(
        f.page,
        s,
        m,
        f.y,
        w - 2 * m,
        [
            (
                tr(lg, "Date of arrival", "Ankunftsdatum", "Date d'arrivée"),
                short(d + timedelta(days=rng.randint(0, 5)), lg) if done else "",
            ),
            (tr(lg, "Number received", "Anzahl", "Nombre"), str(len(animals)) if done else ""),
            (
                tr(lg, "Vehicle / trailer", "Fahrzeug", "Véhicule"),
                serial(rng, "AA99 AAA") if done else "",
            ),
            (tr(lg, "Signature", "Unterschrift", "Signature"), ""),
        ],
        per=2,
        tall=28,
    )
    if done:
        scrawl(f.page, m + (w - 2 * m) / 2 + 10, f.y - 16, PEOPLE["owner2"])
    f.y += 10
    caption(f, s, tr(lg, "Notes", "Hinweise", "Observations"), 0)
    for _ in range(rng.randint(3, 6)):
        write(f, s, prose(rng, lg, "admin", 1, 2), s.size - 1)
    pages += close(f.pages, s, h, tr(lg, "Page {i} of {n}", "Seite {i} von {n}", "Page {i}/{n}"))
    remember(d, None)
    return pages


# ---------------------------------------------------------------------------------------------
# Templates VVVVV: the vet, the laboratories
# ---------------------------------------------------------------------------------------------


def vet_name(h: Head) -> str:
    n = staff(h, "vet")
    return tr(h.lang, f"{n} MRCVS", f"Dr. med. vet. {n}", f"Dr {n}")


def tpl_herd_visit_sheet(rng: random.Random, who: Issuer) -> list[Page]:
    """The vet's herd visit record left on the farm: a printed form filled in by hand with
    the animals seen, findings, treatments, medicines with batch and withdrawal, advice and
    the next visit; sometimes a second sheet with the medicines supplied and the charges."""
    h = head_of(who, "vet")
    lg = h.lang
    s = style_of(h, A4, margin=min(h.margin, 48), pt=9)
    w, _hh = s.page_size
    m = s.margin
    d = some_day(rng)
    f = sheets(s, h)
    title = tr(
        lg,
        "Herd Health Visit Record",
        "Bestandsbesuch - Untersuchungs- und Behandlungsprotokoll",
        "Compte rendu de visite d'élevage",
    )
    title_block(f, s, title, centre=False)
    f.y = fields(
        f.page,
        s,
        m,
        f.y,
        w - 2 * m,
        [
            (tr(lg, "Client", "Tierhalter", "Éleveur"), farm_row()[0]),
            (tr(lg, "Holding", "Betrieb", "EDE"), farm_cph()),
            (tr(lg, "Date of visit", "Datum", "Date"), short(d, lg)),
            (tr(lg, "Vet", "Tierarzt/-ärztin", "Vétérinaire"), vet_name(h)),
            (
                tr(lg, "Reason", "Anlass", "Motif"),
                rng.choice(
                    [
                        tr(lg, "Routine herd check", "Routinebesuch", "Visite sanitaire"),
                        tr(lg, "Pre-sale checks", "Verkaufsuntersuchung", "Visite avant vente"),
                        tr(lg, "Lame female", "Lahmheit", "Boiterie"),
                        tr(lg, "TB blood sampling", "Blutprobe TB", "Prise de sang TB"),
                    ]
                ),
            ),
            (tr(lg, "Animals on holding", "Tierzahl", "Effectif"), str(len(HERD))),
        ],
        per=3,
        tall=24,
    )
    animals = some_animals(rng, "FMW", 3, 12)
    treats = {
        "en": [
            "Clostridial booster 2 ml",
            "Vit AD&E 3 ml",
            "Toenails trimmed",
            "Teeth checked",
            "Faecal sample taken",
            "Ivermectin 1 ml/50 kg",
            "Blood sample (TB)",
            "Mites - topical",
        ],
        "de": [
            "Clostridien-Impfung 2 ml",
            "Vit. AD3E 3 ml",
            "Zehennägel geschnitten",
            "Zahnkontrolle",
            "Kotprobe entnommen",
            "Ivermectin 1 ml/50 kg",
            "Blutprobe TB",
            "Milben - lokal",
        ],
        "fr": [
            "Rappel clostridies 2 ml",
            "Vit. AD3E 3 ml",
            "Onglons taillés",
            "Dents contrôlées",
            "Coproscopie",
            "Ivermectine 1 ml/50 kg",
            "Prise de sang TB",
            "Gale - local",
        ],
    }[lg]
    rows = []
    for a in animals:
        rows.append(
            [
                a.name.split()[-1] if rng.random() < 0.6 else a.chip[-6:],
                str(rng.choice([2, 2.5, 3, 3, 3.5, 4])),
                rng.choice(treats),
                rng.choice(["", "", serial(rng, "A99999")]),
                rng.choice(["", "28 d", "-"]),
            ]
        )
    cols = columns(
        m, w - m, [(1.6, "left"), (0.6, "center"), (3, "left"), (1.2, "left"), (0.8, "left")]
    )
    f.need(60)
    hd = [
        tr(lg, "Animal / ID", "Tier / Chip", "Animal / ID"),
        "BCS",
        tr(lg, "Finding / treatment", "Befund / Behandlung", "Observation / traitement"),
        tr(lg, "Batch", "Ch.-B.", "Lot"),
        tr(lg, "Withdr.", "Wartez.", "Délai"),
    ]
    for c, t in zip(cols, hd, strict=True):
        f.page.text(c[0], f.y, t, s.bold, 8)
    f.y += 6
    for row in rows:
        f.need(18)
        f.page.line(m, f.y, w - m, f.y)
        f.y += 13
        for c, t in zip(cols, row, strict=True):
            f.page.text(c[0] + 2, f.y - 2, fit(t, HAND, 8.5, c[1] - c[0] - 4), HAND, 8.5)
    for _ in range(rng.randint(1, 4)):
        f.need(18)
        f.page.line(m, f.y + 5, w - m, f.y + 5)
        f.y += 18
    f.page.line(m, f.y + 5, w - m, f.y + 5)
    f.y += 22
    f.need(80)
    f.page.text(
        m,
        f.y,
        tr(lg, "Advice / comments:", "Empfehlungen / Bemerkungen:", "Conseils / remarques :"),
        s.bold,
        8.5,
    )
    f.y += 14
    for ln in wrap(words(rng, lg, "vet", rng.randint(10, 22)), HAND, 9, w - 2 * m):
        f.need(14)
        f.page.text(m + 4, f.y, ln, HAND, 9)
        f.y += 13
    f.y += 10
    f.page.text(
        m, f.y, tr(lg, "Next visit:", "Nächster Besuch:", "Prochaine visite :"), s.font, 8.5
    )
    hand(f.page, m + 70, f.y, short(d + timedelta(days=rng.choice([28, 42, 90, 180])), lg), 9)
    f.y += 34
    sign_line(
        f.page,
        s,
        m,
        f.y,
        170,
        tr(lg, "Veterinary surgeon", "Tierarzt/Tierärztin", "Le vétérinaire"),
        vet_name(h),
    )
    sign_line(
        f.page,
        s,
        w / 2 + 20,
        f.y,
        170,
        tr(lg, "Client", "Tierhalter", "L'éleveur"),
        PEOPLE["owner1"] if rng.random() < 0.7 else "",
    )
    f.y += 20
    if rng.random() < 0.45:
        f.new_page()
        caption(
            f,
            s,
            tr(
                lg,
                "Medicines supplied and charges",
                "Abgabe von Tierarzneimitteln und Gebühren",
                "Médicaments délivrés et honoraires",
            ),
            1,
            rule=True,
        )
        items = rng.sample(
            [
                (tr(lg, "Visit fee", "Besuchsgebühr", "Déplacement"), 1, 42.0),
                (
                    tr(lg, "Examination per animal", "Untersuchung je Tier", "Examen par animal"),
                    len(animals),
                    6.5,
                ),
                (
                    tr(
                        lg,
                        "Clostridial vaccine 50 ml",
                        "Clostridien-Impfstoff 50 ml",
                        "Vaccin 50 ml",
                    ),
                    1,
                    38.9,
                ),
                (
                    tr(lg, "Vitamin AD3E 100 ml", "Vitamin AD3E 100 ml", "Vitamine AD3E 100 ml"),
                    1,
                    21.4,
                ),
                (
                    tr(lg, "Faecal egg count", "Kotuntersuchung", "Coproscopie"),
                    rng.randint(1, 4),
                    14.0,
                ),
                (
                    tr(
                        lg,
                        "Blood sampling per animal",
                        "Blutentnahme je Tier",
                        "Prélèvement par animal",
                    ),
                    len(animals),
                    9.5,
                ),
            ],
            rng.randint(3, 6),
        )
        net = 0.0
        rows2 = []
        for t, q, pr in items:
            net += q * pr
            rows2.append([t, str(q), money(pr, lg), money(q * pr, lg)])
        table(
            f,
            columns(m, w - m, [(4, "left"), (0.7, "right"), (1, "right"), (1.2, "right")]),
            [
                tr(lg, "Item", "Leistung", "Prestation"),
                tr(lg, "Qty", "Menge", "Qté"),
                tr(lg, "Unit", "Einzel", "PU"),
                tr(lg, "Amount", "Betrag", "Montant"),
            ],
            rows2,
            s,
        )
        totals(
            f,
            s,
            lg,
            round(net, 2),
            vat_rate(lg),
            note=tr(
                lg,
                "An invoice will follow with your monthly statement.",
                "Die Rechnung erhalten Sie mit der Monatsabrechnung.",
                "La facture suivra avec le relevé mensuel.",
            ),
        )
    remember(d, animals)
    return close(f.pages, s, h, "none")


def tpl_tb_antibody_result(rng: random.Random, who: Issuer) -> list[Page]:
    """A laboratory report of camelid TB antibody tests (submission details, a table of
    samples and results, the interpretation, the authorising signature; accredited lab
    footer, "Page i of n"), sometimes behind the vet's short covering letter."""
    h = head_of(who, "lab")
    lg = h.lang
    vet = head_of(who, "vet")
    d = last_day(rng, ("herd_visit_sheet",), (6, 18))
    ex = LAST["extra"]
    animals = (
        list(ex)
        if after(("herd_visit_sheet",)) and isinstance(ex, list)
        else some_animals(rng, "FMW", 4, 30)
    )
    pages: list[Page] = []
    if rng.random() < 0.35:
        sv = style_of(vet)
        f = sheets(sv, vet)
        recipient(f, sv, vet, [PEOPLE["owner1"], *farm_lines()[1:]], d, [])
        write(f, sv, greet(lg, PEOPLE["owner1"]))
        write(
            f,
            sv,
            tr(
                lg,
                "Please find enclosed the laboratory results of the TB blood tests "
                "taken on your holding. All animals tested negative. ",
                "anbei erhalten Sie die Laborergebnisse der TB-Blutuntersuchung Ihres "
                "Bestandes. Alle Proben waren negativ. ",
                "Veuillez trouver ci-joint les résultats des analyses TB. Tous les "
                "animaux sont négatifs. ",
            )
            + prose(rng, lg, "vet", 1, 2),
        )
        regards(f, sv, lg, vet_name(vet), "")
        pages += close(f.pages, sv, vet, "none")
    s = style_of(h, A4, margin=min(h.margin, 50), pt=8.5)
    w, _hh = s.page_size
    m = s.margin
    rep = serial(rng, tr(lg, "CD99-999999", "L-999999/99", "R99-99999"))
    f = sheets(s, h, f"{tr(lg, 'Test report', 'Prüfbericht', 'Rapport d essai')} {rep}")
    title_block(
        f,
        s,
        tr(
            lg,
            "TEST REPORT - Camelid TB serology",
            "PRÜFBERICHT - TB-Serologie Neuweltkameliden",
            "RAPPORT D'ESSAI - Sérologie tuberculose camélidés",
        ),
        centre=False,
    )
    f.y = fields(
        f.page,
        s,
        m,
        f.y,
        w - 2 * m,
        [
            (tr(lg, "Report no.", "Bericht-Nr.", "N° de rapport"), rep),
            (tr(lg, "Submitted by", "Einsender", "Demandeur"), vet.name),
            (
                tr(lg, "Owner / holding", "Tierhalter", "Propriétaire"),
                f"{farm_row()[0]}, {farm_cph()}",
            ),
            (
                tr(lg, "Samples received", "Probeneingang", "Réception"),
                short(d - timedelta(days=3), lg),
            ),
            (
                tr(lg, "Test method", "Methode", "Méthode"),
                rng.choice(["Enferplex TB", "DPP VetTB", "IDEXX M. bovis Ab"]),
            ),
            (tr(lg, "Report date", "Berichtsdatum", "Date du rapport"), short(d, lg)),
        ],
        per=2,
        tall=24,
        hand=False,
    )
    rows = []
    for k, a in enumerate(animals, 1):
        neg = rng.random() < 0.97
        rows.append(
            [
                f"{k:03d}",
                a.chip,
                a.name,
                tr(lg, "Serum", "Serum", "Sérum"),
                tr(lg, "Negative", "negativ", "Négatif")
                if neg
                else tr(lg, "Inconclusive", "fraglich", "Douteux"),
                "" if neg else tr(lg, "resample 60 d", "Wdh. 60 T", "recontrôle"),
            ]
        )
    table(
        f,
        columns(
            m,
            w - m,
            [
                (0.6, "left"),
                (2.2, "left"),
                (2.4, "left"),
                (0.8, "left"),
                (1.1, "left"),
                (1.1, "left"),
            ],
        ),
        [
            tr(lg, "Lab no.", "Lab-Nr.", "N°"),
            tr(lg, "Animal ID", "Kennzeichnung", "Identifiant"),
            tr(lg, "Name", "Name", "Nom"),
            tr(lg, "Sample", "Material", "Matrice"),
            tr(lg, "Result", "Ergebnis", "Résultat"),
            tr(lg, "Comment", "Bemerkung", "Remarque"),
        ],
        rows,
        s,
        rules=rng.random() < 0.5,
        shade=0.9,
    )
    f.y += 8
    caption(f, s, tr(lg, "Interpretation", "Beurteilung", "Interprétation"), 0)
    write(f, s, prose(rng, lg, "vet", 2, 3), s.size)
    f.need(80)
    f.y += 34
    sign_line(
        f.page,
        s,
        m,
        f.y,
        180,
        tr(lg, "Authorised by", "Freigabe", "Validé par"),
        staff(h, "signatory"),
    )
    f.page.text(
        m + 200,
        f.y + 9,
        tr(
            lg,
            "Results relate only to the samples tested.",
            "Die Ergebnisse beziehen sich ausschließlich auf die untersuchten Proben.",
            "Les résultats ne concernent que les échantillons analysés.",
        ),
        s.font,
        6.5,
    )
    acc = tr(
        lg,
        "UKAS accredited testing laboratory No. " + str(rng.randint(1000, 9999)),
        "Durch die DAkkS nach DIN EN ISO/IEC 17025 akkreditiertes Prüflaboratorium",
        "Accréditation COFRAC Essais n° 1-" + str(rng.randint(1000, 6999)),
    )
    foot = close(
        f.pages,
        s,
        replace(h, foot=[acc]),
        tr(lg, "Page {i} of {n}", "Seite {i} von {n}", "Page {i}/{n}"),
    )
    pages += foot
    remember(d, animals)
    return pages


def histogram(
    p: Page, s: Style, x: float, y: float, w: float, hgt: float, mean: float, sd: float
) -> None:
    """A fibre diameter histogram: bars by micron with the axis labelled."""
    p.line(x, y + hgt, x + w, y + hgt)
    p.line(x, y, x, y + hgt)
    lo, hi = 8, 48
    bw = w / (hi - lo)
    for k in range(lo, hi):
        v = math.exp(-((k - mean) ** 2) / (2 * sd * sd))
        bh = v * (hgt - 6)
        if bh > 0.5:
            p.rect(x + (k - lo) * bw + 0.5, y + hgt - bh, bw - 1, bh, fill=0.35)
        if k % 5 == 0:
            p.text(x + (k - lo) * bw, y + hgt + 9, str(k), s.font, 6, "center")
    p.text(x + w / 2, y + hgt + 19, "micron", s.font, 6.5, "center")
    cx = x + (mean - lo) * bw
    p.line(cx, y, cx, y + hgt)


def tpl_fibre_test_report(rng: random.Random, who: Issuer) -> list[Page]:
    """A fibre testing lab's report on the farm's fleece samples: a summary table of all
    samples (AFD, SD, CV, comfort factor, curvature) then one page per sample with its
    histogram; sometimes the summary on a landscape page."""
    h = head_of(who, "fibrelab", 0.15)
    lg = h.lang
    d = some_day(rng)
    animals = some_animals(rng, "FMW", 2, 7)
    land = rng.random() < 0.35
    s = style_of(h, landscape(A4) if land else A4, margin=min(h.margin, 50), pt=8.5)
    w, _hh = s.page_size
    m = s.margin
    job = serial(rng, "FT99-9999")
    f = sheets(
        s, h, f"{tr(lg, 'Fibre test report', 'Faserprüfbericht', 'Analyse de fibres')} {job}"
    )
    title_block(
        f,
        s,
        tr(
            lg,
            "Fibre Test Report - Summary",
            "Faserprüfbericht - Übersicht",
            "Rapport d'analyse de fibres - Synthèse",
        ),
        centre=False,
    )
    f.y = (
        pairs(
            f.page,
            s,
            m,
            f.y,
            [
                (tr(lg, "Client", "Auftraggeber", "Client"), farm_row()[0]),
                (tr(lg, "Job no.", "Auftrags-Nr.", "Dossier"), job),
                (
                    tr(lg, "Received / tested", "Eingang / Prüfung", "Reçu / analysé"),
                    f"{short(d - timedelta(days=rng.randint(5, 15)), lg)} / {short(d, lg)}",
                ),
                (
                    tr(lg, "Instrument", "Messgerät", "Appareil"),
                    rng.choice(["OFDA 2000", "OFDA 100", "Laserscan"]),
                ),
            ],
            m + 300,
            s.size,
        )
        + 8
    )
    stats = []
    for a in animals:
        afd = rng.uniform(16.5, 31.0)
        sd = rng.uniform(3.4, 7.2)
        stats.append((a, afd, sd))
    rows = [
        [
            a.name,
            a.chip[-8:],
            f"{afd:.1f}",
            f"{sd:.1f}",
            f"{100 * sd / afd:.1f}",
            f"{max(40.0, 100 - 4.2 * max(0.0, afd - 22)):.1f}",
            f"{rng.uniform(28, 55):.0f}",
            f"{afd * 0.98 + rng.uniform(-0.4, 0.6):.1f}",
        ]
        for a, afd, sd in stats
    ]
    table(
        f,
        columns(
            m,
            w - m,
            [
                (2.8, "left"),
                (1.2, "left"),
                (0.8, "right"),
                (0.8, "right"),
                (0.8, "right"),
                (0.9, "right"),
                (1, "right"),
                (1, "right"),
            ],
        ),
        [
            tr(lg, "Sample / animal", "Probe / Tier", "Échantillon"),
            "ID",
            "AFD",
            "SD",
            "CV %",
            "CF %",
            tr(lg, "Curv. deg/mm", "Kräuselung", "Courbure"),
            tr(lg, "Spin fineness", "Spinnfeinheit", "Finesse filée"),
        ],
        rows,
        s,
        rules=True,
    )
    f.y += 8
    write(
        f,
        s,
        tr(
            lg,
            "AFD: average fibre diameter (micron); CF: comfort factor (% of fibres under "
            "30 micron).",
            "AFD: mittlerer Faserdurchmesser (Mikron); CF: Komfortfaktor (Anteil unter 30 Mikron).",
            "DMF : diamètre moyen (micron) ; CF : facteur de confort (% de fibres < 30 microns).",
        ),
        s.size - 1,
    )
    pages = f.pages
    for k, (a, afd, sd) in enumerate(stats, 1):
        sp = style_of(h, A4, margin=min(h.margin, 50), pt=8.5)
        pw, _ph = A4
        p = Page(A4)
        y = heading(p, sp, h) if h.again else running_header(p, sp, f"{job} - {a.name}") + 10
        p.text(
            sp.margin,
            y,
            tr(lg, f"Sample {k}: {a.name}", f"Probe {k}: {a.name}", f"Échantillon {k} : {a.name}"),
            sp.bold,
            11,
        )
        y += 16
        y = fields(
            p,
            sp,
            sp.margin,
            y,
            pw - 2 * sp.margin,
            [
                ("AFD", f"{afd:.1f}"),
                ("SD", f"{sd:.2f}"),
                ("CV %", f"{100 * sd / afd:.1f}"),
                (
                    tr(lg, "Staple length mm", "Stapellänge mm", "Longueur mm"),
                    str(rng.randint(65, 125)),
                ),
                (
                    tr(lg, "Fibres > 30 micron", "Fasern > 30", "Fibres > 30"),
                    f"{max(0.5, (afd - 19) * 2.4):.1f} %",
                ),
                (tr(lg, "Fleece age", "Vliesalter", "Âge toison"), age_text(a, d, lg)),
            ],
            per=3,
            tall=24,
            hand=False,
        )
        histogram(p, sp, sp.margin + 10, y + 10, pw - 2 * sp.margin - 20, 230, afd, sd)
        y += 280
        y = text_block(p, sp, sp.margin, y, pw - 2 * sp.margin, prose(rng, lg, "wool", 1, 3), 8)
        if rng.random() < 0.5:
            hand(
                p,
                pw - sp.margin - 140,
                y + 20,
                rng.choice(["keep for stud?", "show fleece", "Zucht!", "à garder", "sell"]),
                10,
            )
        pages.append(p)
    remember(d, None)
    return close(
        pages,
        s,
        h,
        h.numbers
        if rng.random() < 0.5
        else tr(lg, "Page {i} of {n}", "Seite {i} von {n}", "Page {i}/{n}"),
    )


# ---------------------------------------------------------------------------------------------
# Templates VVVVV: shearing, the mill, feed and the shop's suppliers
# ---------------------------------------------------------------------------------------------


MILL_TERMS = {
    "en": [
        "Yield",
        "Losses",
        "Storage",
        "Payment",
        "Liability",
        "Collection",
        "Minimum weights",
        "Dyeing",
    ],
    "de": [
        "Ausbeute",
        "Verluste",
        "Lagerung",
        "Zahlung",
        "Haftung",
        "Abholung",
        "Mindestmengen",
        "Färben",
    ],
    "fr": [
        "Rendement",
        "Pertes",
        "Stockage",
        "Paiement",
        "Responsabilité",
        "Enlèvement",
        "Quantités minimales",
        "Teinture",
    ],
}
VOUCHER_TERMS = {
    "en": [
        "Validity",
        "Booking",
        "Cancellation",
        "Weather",
        "Transfer",
        "Refunds",
        "Data protection",
    ],
    "de": [
        "Gültigkeit",
        "Terminvereinbarung",
        "Stornierung",
        "Wetter",
        "Übertragbarkeit",
        "Erstattung",
        "Datenschutz",
    ],
    "fr": [
        "Validité",
        "Réservation",
        "Annulation",
        "Météo",
        "Cession",
        "Remboursement",
        "Données personnelles",
    ],
}
COVER_NOTES = {
    "en": [
        "Cancellation",
        "Claims",
        "Complaints",
        "Data protection",
        "Compensation scheme",
        "Sanctions",
    ],
    "de": [
        "Widerrufsrecht",
        "Schadenmeldung",
        "Beschwerden",
        "Datenschutz",
        "Ombudsmann",
        "Sanktionsklausel",
    ],
    "fr": [
        "Renonciation",
        "Sinistres",
        "Réclamations",
        "Données personnelles",
        "Médiation",
        "Sanctions",
    ],
}


def invoice_no(rng: random.Random, lang: str, d: date) -> str:
    return serial(
        rng, rng.choice([f"{d.year}-0999", "INV-9999", f"R{d.year % 100}-999", "F-99999", "9999"])
    )


def tpl_shearing_invoice(rng: random.Random, who: Issuer) -> list[Page]:
    """A shearing contractor's invoice: often a page torn from a duplicate book (A5, hand
    filled) or a simple printed invoice: head shorn at a rate per head, toenails, teeth,
    call-out and mileage, bank details or "paid cash"."""
    h = head_of(who, "shearer")
    lg = h.lang
    d = some_day(rng)
    book = keyed(who, "book").random() < 0.5
    n = rng.randint(6, max(7, len(HERD)))
    rate = {"en": 9.0, "de": 12.0, "fr": 11.0}[lg] + rng.choice([0, 1, 2, 3, 4])
    lines = [
        (tr(lg, "Shearing (per head)", "Schur je Tier", "Tonte par animal"), n, rate),
        (
            tr(lg, "Toenail trimming", "Zehennägel", "Taille des onglons"),
            n,
            rng.choice([1.0, 1.5, 2.0]),
        ),
    ]
    if rng.random() < 0.6:
        lines.append(
            (
                tr(lg, "Teeth trimming", "Zähne kürzen", "Coupe des dents"),
                rng.randint(1, 5),
                rng.choice([3.0, 4.0, 5.0]),
            )
        )
    lines.append(
        (
            tr(lg, "Call-out / travel", "Anfahrt", "Déplacement"),
            1,
            rng.choice([25.0, 30.0, 35.0, 40.0]),
        )
    )
    if book:
        s = style_of(h, A5, margin=34, pt=8.5)
        w, _ = A5
        m = s.margin
        p = Page(A5)
        y = heading(p, s, h)
        p.text(m, y, tr(lg, "INVOICE", "RECHNUNG", "FACTURE"), s.bold, 12)
        p.text(w - m, y, f"No. {serial(rng, '9999')}", "Courier-Bold", 11, "right")
        y += 20
        p.text(m, y, tr(lg, "To:", "An:", "Client :"), s.font, 8)
        hand(p, m + 30, y, farm_row()[0], 9.5, w - 2 * m - 30)
        y += 16
        p.text(m, y, tr(lg, "Date:", "Datum:", "Date :"), s.font, 8)
        hand(p, m + 30, y, short(d, lg), 9.5)
        y += 18
        cols = columns(m, w - m, [(3.2, "left"), (0.7, "right"), (1, "right"), (1.1, "right")])
        for c, t in zip(
            cols,
            [
                tr(lg, "Description", "Leistung", "Désignation"),
                tr(lg, "Qty", "Anz.", "Qté"),
                tr(lg, "Rate", "Preis", "PU"),
                tr(lg, "Total", "Summe", "Total"),
            ],
            strict=True,
        ):
            p.text(
                c[0] if c[2] == "left" else c[1],
                y,
                t,
                s.bold,
                8,
                "left" if c[2] == "left" else "right",
            )
        y += 5
        net = 0.0
        for k in range(9):
            p.line(m, y, w - m, y)
            y += 15
            if k < len(lines):
                t, q, r_ = lines[k]
                net += q * r_
                for c, v in zip(cols, [t, str(q), money(r_, lg), money(q * r_, lg)], strict=True):
                    if c[2] == "left":
                        p.text(c[0] + 2, y - 3, fit(v, HAND, 8.5, c[1] - c[0] - 4), HAND, 8.5)
                    else:
                        p.text(c[1] - 2, y - 3, v, HAND, 8.5, "right")
        p.line(m, y, w - m, y)
        y += 16
        p.text(w - m - 80, y, tr(lg, "TOTAL", "GESAMT", "TOTAL"), s.bold, 9, "right")
        hand(p, w - m - 60, y, cash(net, lg), 10)
        y += 22
        note = tr(
            lg,
            "No VAT - not registered",
            "Kleinunternehmer gem. § 19 UStG",
            "TVA non applicable, art. 293 B du CGI",
        )
        p.text(m, y, note, s.font, 7)
        y += 14
        if rng.random() < 0.45:
            p.text(
                m,
                y + 10,
                tr(
                    lg, "PAID - cash, with thanks", "Betrag bar erhalten", "Payé en espèces - merci"
                ),
                INK,
                13,
            )
        else:
            p.text(
                m,
                y,
                fit(bank_line(keyed(who, "bank"), lg, h.name), s.font, 7, w - 2 * m),
                s.font,
                7,
            )
        pages = [p]
    else:
        s = style_of(h)
        w, _hh = s.page_size
        m = s.margin
        f = sheets(s, h)
        inv = invoice_no(rng, lg, d)
        recipient(
            f, s, h, farm_lines(), d, [(tr(lg, "Invoice no.", "Rechnungs-Nr.", "Facture n°"), inv)]
        )
        caption(
            f,
            s,
            tr(
                lg,
                "Invoice - alpaca shearing",
                "Rechnung - Alpakaschur",
                "Facture - tonte des alpagas",
            ),
            3,
        )
        write(
            f,
            s,
            tr(
                lg,
                f"Shearing on {day(h, d)} at your farm.",
                f"Schur am {day(h, d)} auf Ihrem Hof.",
                f"Tonte du {day(h, d)} sur votre exploitation.",
            ),
        )
        rows = []
        net = 0.0
        for t, q, r_ in lines:
            net += q * r_
            rows.append([t, str(q), money(r_, lg), money(q * r_, lg)])
        table(
            f,
            columns(m, w - m, [(4, "left"), (0.8, "right"), (1, "right"), (1.2, "right")]),
            [
                tr(lg, "Description", "Leistung", "Désignation"),
                tr(lg, "Qty", "Menge", "Qté"),
                tr(lg, "Rate", "Einzelpreis", "PU"),
                tr(lg, "Amount", "Betrag", "Montant"),
            ],
            rows,
            s,
            rules=rng.random() < 0.5,
        )
        registered = keyed(who, "vat").random() < 0.4
        totals(
            f,
            s,
            lg,
            round(net, 2),
            vat_rate(lg) if registered else 0.0,
            note=""
            if registered
            else tr(
                lg,
                "Not VAT registered.",
                "Gemäß § 19 UStG wird keine Umsatzsteuer berechnet.",
                "TVA non applicable, art. 293 B du CGI.",
            ),
        )
        write(f, s, bank_line(keyed(who, "bank"), lg, h.name), s.size - 1)
        if rng.random() < 0.5:
            write(
                f,
                s,
                tr(
                    lg,
                    "Thanks again - see you next spring!",
                    "Bis zur nächsten Schur!",
                    "Merci et à l'année prochaine !",
                ),
                s.size,
                0,
            )
        pages = close(f.pages, s, h, "none")
    received(rng, pages[0], home(), d, 0.25)
    remember(d, n)
    return pages


PRODUCTS = {
    "en": [
        "DK yarn 100 g skeins",
        "4-ply yarn 50 g",
        "Aran yarn 100 g",
        "Roving / tops",
        "Carded batts",
        "Felt sheets",
        "Duvet filling",
        "Chunky yarn 100 g",
    ],
    "de": [
        "Garn 8-fach 100 g Stränge",
        "Sockengarn 4-fach 50 g",
        "Garn 12-fach 100 g",
        "Kammzug",
        "Kardenvlies",
        "Filzplatten",
        "Bettdeckenfüllung",
        "Dickes Garn 100 g",
    ],
    "fr": [
        "Fil DK écheveaux 100 g",
        "Fil 4 brins 50 g",
        "Fil Aran 100 g",
        "Ruban peigné",
        "Nappes cardées",
        "Feutre",
        "Garnissage de couette",
        "Fil épais 100 g",
    ],
}


def tpl_mill_intake_note(rng: random.Random, who: Issuer) -> list[Page]:
    """The fibre mill's intake note for the farm's fleeces: customer, bags with animal,
    colour, grade and weight in a table, the products ordered (tick boxes), the expected
    completion, signatures; sometimes the mill's processing terms on a second page."""
    h = head_of(who, "mill")
    lg = h.lang
    s = style_of(h, A4, margin=min(h.margin, 50), pt=9)
    w, _hh = s.page_size
    m = s.margin
    d = some_day(rng)
    ref = serial(rng, tr(lg, "MI-9999", "AN-9999", "RC-9999"))
    f = sheets(s, h, f"{tr(lg, 'Intake', 'Annahme', 'Réception')} {ref}")
    title_block(
        f,
        s,
        tr(
            lg,
            "FLEECE INTAKE / PROCESSING ORDER",
            "FASERANNAHME / LOHNAUFTRAG",
            "BON DE RÉCEPTION DES TOISONS / ORDRE DE FABRICATION",
        ),
        centre=False,
    )
    f.y = fields(
        f.page,
        s,
        m,
        f.y,
        w - 2 * m,
        [
            (tr(lg, "Customer", "Kunde", "Client"), farm_row()[0]),
            (tr(lg, "Intake no.", "Annahme-Nr.", "N° de réception"), ref),
            (tr(lg, "Date received", "Eingang", "Reçu le"), short(d, lg)),
            (
                tr(lg, "Delivered by", "Angeliefert durch", "Déposé par"),
                rng.choice(
                    [
                        tr(lg, "Customer", "Kunde", "Client"),
                        tr(lg, "Courier", "Spedition", "Transporteur"),
                    ]
                ),
            ),
        ],
        per=2,
        tall=24,
    )
    bags = []
    for k, a in enumerate(some_animals(rng, "FMW", 3, 14), 1):
        bags.append((k, a, rng.choice(["1st", "2nd", "3rd"]), round(rng.uniform(0.8, 3.4), 2)))
    rows = [[str(k), a.name, colour(a, lg), g, money(kg, lg)] for k, a, g, kg in bags]
    table(
        f,
        columns(m, w - m, [(0.5, "left"), (3, "left"), (1.6, "left"), (0.8, "left"), (1, "right")]),
        [
            tr(lg, "Bag", "Sack", "Sac"),
            tr(lg, "Animal", "Tier", "Animal"),
            tr(lg, "Colour", "Farbe", "Couleur"),
            tr(lg, "Grade", "Klasse", "Qualité"),
            tr(lg, "Raw kg", "kg roh", "kg brut"),
        ],
        rows,
        s,
        rules=True,
    )
    tot = sum(b[3] for b in bags)
    f.y += 2
    f.page.text(
        w - m,
        f.y,
        f"{tr(lg, 'Total', 'Summe', 'Total')}: {money(tot, lg)} kg",
        s.bold,
        s.size,
        "right",
    )
    f.y += 18
    f.need(80)
    f.page.text(
        m,
        f.y,
        tr(lg, "Products required:", "Gewünschte Produkte:", "Produits souhaités :"),
        s.bold,
        s.size,
    )
    f.y += 14
    f.y = ticks(
        f.page, s, m, f.y, w - 2 * m, PRODUCTS[lg], set(rng.sample(range(8), rng.randint(1, 3)))
    )
    f.y = ticks(
        f.page,
        s,
        m,
        f.y,
        w - 2 * m,
        [
            tr(lg, "Keep colours separate", "Farben getrennt", "Couleurs séparées"),
            tr(lg, "Blend all", "Alles mischen", "Tout mélanger"),
            tr(lg, "Dye", "Färben", "Teinture"),
            tr(lg, "Return waste", "Abfall zurück", "Retour des déchets"),
        ],
        {rng.randrange(2)} | ({3} if rng.random() < 0.4 else set()),
    )
    f.page.text(
        m,
        f.y,
        tr(lg, "Special instructions:", "Besondere Hinweise:", "Instructions :"),
        s.font,
        s.size - 0.5,
    )
    hand(f.page, m + 110, f.y, fit(words(rng, lg, "wool", 6), HAND, 9, w - 2 * m - 110), 9)
    f.y += 22
    write(
        f,
        s,
        tr(
            lg,
            f"Estimated completion: {rng.randint(8, 20)} weeks. ",
            f"Voraussichtliche Bearbeitungszeit: {rng.randint(8, 20)} Wochen. ",
            f"Délai estimé : {rng.randint(8, 20)} semaines. ",
        )
        + words(rng, lg, "wool"),
    )
    f.need(60)
    f.y += 26
    sign_line(f.page, s, m, f.y, 170, tr(lg, "Customer", "Kunde", "Client"), PEOPLE["owner1"])
    sign_line(
        f.page,
        s,
        w / 2 + 10,
        f.y,
        170,
        tr(lg, "Received for the mill", "Für die Spinnerei", "Pour la filature"),
        staff(h, "mill"),
    )
    if rng.random() < 0.35:
        f.pages.append(
            small_print(
                rng,
                s,
                lg,
                tr(
                    lg,
                    "Processing terms and conditions",
                    "Bedingungen für die Lohnverarbeitung",
                    "Conditions de façon",
                ),
                MILL_TERMS[lg],
                "wool",
            )
        )
    remember(d, (ref, bags))
    return close(f.pages, s, h, "none")


def tpl_fleece_mill_invoice(rng: random.Random, who: Issuer) -> list[Page]:
    """The mill's processing invoice: lots with raw and finished weights, yield, product and
    price per kg, VAT and total; sometimes a landscape lot yield report behind it."""
    h = head_of(who, "mill")
    lg = h.lang
    s = style_of(h)
    w, _hh = s.page_size
    m = s.margin
    ex = LAST["extra"]
    if after(("mill_intake_note",)) and isinstance(ex, tuple):
        ref, bags = ex
        d = last_day(rng, ("mill_intake_note",), (40, 120))
    else:
        ref = serial(rng, tr(lg, "MI-9999", "AN-9999", "RC-9999"))
        bags = [
            (k, a, "1st", round(rng.uniform(0.8, 3.4), 2))
            for k, a in enumerate(some_animals(rng, "FMW", 2, 10), 1)
        ]
        d = some_day(rng)
    inv = invoice_no(rng, lg, d)
    f = sheets(s, h, f"{h.name} - {tr(lg, 'Invoice', 'Rechnung', 'Facture')} {inv}")
    recipient(
        f,
        s,
        h,
        farm_lines(),
        d,
        [
            (tr(lg, "Invoice no.", "Rechnungs-Nr.", "Facture n°"), inv),
            (tr(lg, "Your intake", "Ihre Annahme", "Votre dépôt"), ref),
        ],
    )
    caption(f, s, tr(lg, "INVOICE", "RECHNUNG", "FACTURE"), 4)
    lots: dict[str, float] = {}
    for _, a, _, kg in bags:
        key = colour(a, lg)
        lots[key] = lots.get(key, 0.0) + kg
    rows = []
    net = 0.0
    prods = PRODUCTS[lg]
    for k, (col, kg) in enumerate(lots.items(), 1):
        yld = rng.uniform(0.55, 0.78)
        prod = rng.choice(prods)
        rate = rng.choice([28.0, 32.0, 36.0, 42.0, 48.0])
        amount = round(kg * rate, 2)
        net += amount
        rows.append(
            [
                f"L{k:02d}",
                f"{prod} - {col}",
                money(kg, lg),
                money(kg * yld, lg),
                f"{yld * 100:.0f}%",
                money(rate, lg),
                money(amount, lg),
            ]
        )
    for t, v in (
        (
            tr(lg, "Scouring and skirting", "Waschen und Sortieren", "Lavage et tri"),
            round(sum(lots.values()) * 6.5, 2),
        ),
        (tr(lg, "Return carriage", "Rückversand", "Frais de retour"), 18.5),
    ):
        if rng.random() < 0.6:
            net += v
            rows.append(["", t, "", "", "", "", money(v, lg)])
    table(
        f,
        columns(
            m,
            w - m,
            [
                (0.6, "left"),
                (3.4, "left"),
                (0.9, "right"),
                (0.9, "right"),
                (0.7, "right"),
                (0.9, "right"),
                (1.1, "right"),
            ],
        ),
        [
            tr(lg, "Lot", "Partie", "Lot"),
            tr(lg, "Product", "Produkt", "Produit"),
            tr(lg, "kg in", "kg roh", "kg brut"),
            tr(lg, "kg out", "kg fertig", "kg fini"),
            tr(lg, "Yield", "Ausbeute", "Rdt"),
            tr(lg, "per kg", "je kg", "/kg"),
            tr(lg, "Amount", "Betrag", "Montant"),
        ],
        rows,
        s,
        shade=0.9 if rng.random() < 0.4 else None,
    )
    totals(f, s, lg, round(net, 2), vat_rate(lg))
    write(
        f,
        s,
        tr(
            lg,
            "Payment due within 14 days. Finished goods are dispatched on receipt of payment.",
            "Zahlbar innerhalb von 14 Tagen. Versand nach Zahlungseingang.",
            "Paiement à 14 jours. Expédition à réception du règlement.",
        ),
        s.size - 1,
    )
    pages = f.pages
    if rng.random() < 0.4:
        sl = paper(s, landscape(A4))
        g = Sheets(
            sl.page_size,
            sl.page_size[1] - sl.margin - 30,
            lambda p, n: running_header(
                p, sl, f"{tr(lg, 'Lot report', 'Partiebericht', 'Rapport de lot')} {inv}"
            ),
        )
        caption(
            g,
            sl,
            tr(lg, "Lot yield report", "Ausbeuteprotokoll", "Rapport de rendement par lot"),
            2,
        )
        rws = [
            [
                str(k),
                a.name,
                colour(a, lg),
                money(kg, lg),
                money(kg * rng.uniform(0.85, 0.95), lg),
                money(kg * rng.uniform(0.6, 0.8), lg),
                rng.choice(["", "", "VM", "short", "tender"]),
            ]
            for k, a, _, kg in bags
        ]
        gw = sl.page_size[0]
        table(
            g,
            columns(
                sl.margin,
                gw - sl.margin,
                [
                    (0.5, "left"),
                    (3, "left"),
                    (1.5, "left"),
                    (1, "right"),
                    (1.2, "right"),
                    (1.2, "right"),
                    (1.3, "left"),
                ],
            ),
            [
                tr(lg, "Bag", "Sack", "Sac"),
                tr(lg, "Animal", "Tier", "Animal"),
                tr(lg, "Colour", "Farbe", "Couleur"),
                tr(lg, "Raw kg", "kg roh", "kg brut"),
                tr(lg, "Skirted kg", "sortiert", "trié"),
                tr(lg, "Spun kg", "gesponnen", "filé"),
                tr(lg, "Remarks", "Bem.", "Remarques"),
            ],
            rws,
            sl,
            rules=True,
        )
        pages += g.pages
    received(rng, pages[0], home(), d, 0.35)
    remember(d, None)
    return close(pages, s, h, h.numbers)


def tpl_forage_invoice(rng: random.Random, who: Issuer) -> list[Page]:
    """A hay, haylage and feed merchant's invoice with the deliveries by date and delivery
    ticket number; now and then the signed delivery tickets copied behind it on slips."""
    h = head_of(who, "feed")
    lg = h.lang
    s = style_of(h, LETTER if lg == "en" and keyed(who, "let").random() < 0.2 else A4)
    w, _hh = s.page_size
    m = s.margin
    d = some_day(rng)
    inv = invoice_no(rng, lg, d)
    acct = serial(keyed(who, "acct"), "A99999")
    f = sheets(s, h, f"{tr(lg, 'Invoice', 'Rechnung', 'Facture')} {inv}")
    recipient(
        f,
        s,
        h,
        farm_lines(),
        d,
        [
            (tr(lg, "Invoice no.", "Rechnungs-Nr.", "Facture n°"), inv),
            (tr(lg, "Account", "Kunden-Nr.", "Compte"), acct),
        ],
    )
    caption(f, s, tr(lg, "Invoice", "Rechnung", "Facture"), 4, rule=rng.random() < 0.5)
    goods = {
        "en": [
            ("Meadow hay, small bales", "bale", 6.5),
            ("Haylage, big bale", "bale", 38.0),
            ("Barley straw, small bales", "bale", 4.5),
            ("Camelid mix 20 kg", "bag", 14.9),
            ("Alpaca mineral lick", "tub", 22.5),
            ("Sugar beet shreds 20 kg", "bag", 11.8),
        ],
        "de": [
            ("Wiesenheu, Kleinballen", "Ballen", 6.9),
            ("Heulage, Rundballen", "Ballen", 42.0),
            ("Gerstenstroh, Kleinballen", "Ballen", 4.8),
            ("Lama-/Alpakamüsli 20 kg", "Sack", 17.5),
            ("Mineralleckmasse Kameliden", "Eimer", 24.9),
            ("Rübenschnitzel 25 kg", "Sack", 12.4),
        ],
        "fr": [
            ("Foin de prairie, petites bottes", "botte", 6.8),
            ("Enrubannage, balle ronde", "balle", 40.0),
            ("Paille d'orge, petites bottes", "botte", 4.6),
            ("Aliment camélidés 25 kg", "sac", 16.2),
            ("Seau à lécher minéraux", "seau", 23.5),
            ("Pulpe de betterave 25 kg", "sac", 12.0),
        ],
    }[lg]
    rows = []
    net = 0.0
    tickets = []
    dd = d - timedelta(days=rng.randint(20, 30))
    for _ in range(rng.randint(1, 5)):
        dd += timedelta(days=rng.randint(2, 8))
        tk = serial(rng, "D99999")
        tickets.append((tk, dd))
        for g, unit, pr in rng.sample(goods, rng.randint(1, 3)):
            q = (
                rng.choice([1, 2, 4, 10, 20, 40, 60])
                if unit in ("bale", "Ballen", "botte")
                else rng.randint(1, 6)
            )
            net += q * pr
            rows.append([short(dd, lg), tk, g, f"{q} {unit}", money(pr, lg), money(q * pr, lg)])
    table(
        f,
        columns(
            m,
            w - m,
            [(1.1, "left"), (0.9, "left"), (3, "left"), (1, "right"), (0.8, "right"), (1, "right")],
        ),
        [
            tr(lg, "Date", "Datum", "Date"),
            tr(lg, "Ticket", "Lieferschein", "BL"),
            tr(lg, "Goods", "Artikel", "Article"),
            tr(lg, "Qty", "Menge", "Qté"),
            tr(lg, "Price", "Preis", "PU"),
            tr(lg, "Net", "Netto", "HT"),
        ],
        rows,
        s,
        rules=rng.random() < 0.4,
    )
    totals(
        f,
        s,
        lg,
        round(net, 2),
        vat_rate(lg, reduced=True) if lg != "en" else 0.0,
        note="Zero-rated animal feed." if lg == "en" else "",
    )
    write(
        f,
        s,
        tr(
            lg,
            "Terms: strictly 30 days. Direct debit customers: collected on the 20th.",
            "Zahlbar innerhalb 30 Tagen ohne Abzug. Lastschriftkunden: Einzug zum 20.",
            "Règlement à 30 jours fin de mois. Prélèvement le 20.",
        ),
        s.size - 1,
    )
    pages = f.pages
    if rng.random() < 0.3:
        for tk, td in tickets[: rng.randint(1, 2)]:
            sp = paper(s, SLIP, margin=20, pt=8)
            p = Page(SLIP)
            y = heading(p, sp, h)
            p.text(
                20, y, tr(lg, "DELIVERY TICKET", "LIEFERSCHEIN", "BON DE LIVRAISON"), sp.bold, 10
            )
            p.text(SLIP[0] - 20, y, tk, "Courier-Bold", 9, "right")
            y += 16
            p.text(20, y, fit(farm_row()[0], sp.font, 8, SLIP[0] - 40), sp.font, 8)
            y += 12
            p.text(20, y, short(td, lg), sp.font, 8)
            y += 18
            for g, _, _ in rng.sample(goods, rng.randint(1, 3)):
                p.text(20, y, fit(g, sp.font, 7.5, SLIP[0] - 80), sp.font, 7.5)
                hand(p, SLIP[0] - 50, y, str(rng.randint(1, 40)), 9)
                y += 12
            y += 30
            sign_line(
                p,
                sp,
                20,
                y,
                SLIP[0] - 40,
                tr(lg, "Received in good order", "Ware erhalten", "Reçu en bon état"),
                PEOPLE["hand"],
            )
            copier_edge(p, rng)
            pages.append(p)
    received(rng, pages[0], home(), d)
    remember(d, None)
    return close(pages, s, h, "none")


YARN_GOODS = {
    "en": [
        "Alpaca blend DK 50 g",
        "Merino 4-ply 50 g",
        "Bamboo circular needles 4 mm",
        "Birch DPNs 3.5 mm",
        "Horn buttons 20 mm (card of 6)",
        "Knitting pattern leaflet",
        "Project bag, cotton",
        "Stitch markers (pack)",
        "Alpaca socks, adult",
        "Felted slippers",
        "Wool wash 250 ml",
        "Gift cards with envelopes",
        "Beanie hat, hand knitted",
        "Alpaca soft toy 20 cm",
    ],
    "de": [
        "Alpaka-Mischgarn 50 g",
        "Merino Sockengarn 50 g",
        "Rundstricknadel Bambus 4 mm",
        "Nadelspiel Birke 3,5 mm",
        "Hornknöpfe 20 mm (6 St.)",
        "Strickanleitung Faltblatt",
        "Projekttasche Baumwolle",
        "Maschenmarkierer (Pack)",
        "Alpakasocken Erw.",
        "Filzpantoffeln",
        "Wollwaschmittel 250 ml",
        "Grußkarten mit Umschlag",
        "Mütze handgestrickt",
        "Plüsch-Alpaka 20 cm",
    ],
    "fr": [
        "Fil alpaga mélangé 50 g",
        "Mérinos 4 fils 50 g",
        "Aiguilles circulaires bambou 4 mm",
        "Aiguilles double pointe 3,5 mm",
        "Boutons corne 20 mm (x6)",
        "Fiche modèle tricot",
        "Sac à projet coton",
        "Anneaux marqueurs (lot)",
        "Chaussettes alpaga adulte",
        "Chaussons feutrés",
        "Lessive laine 250 ml",
        "Cartes de vœux + enveloppes",
        "Bonnet tricoté main",
        "Peluche alpaga 20 cm",
    ],
}


def tpl_yarn_invoice(rng: random.Random, who: Issuer) -> list[Page]:
    """A shop supplier's invoice (yarn, needles, knitwear, gifts): SKU lines by colour and
    quantity, possibly long enough for a second page with the table continued, VAT, terms;
    sometimes the packing list behind it. Some suppliers are from abroad."""
    h = head_of(who, "yarn", 0.2)
    lg = h.lang
    s = style_of(h)
    w, _hh = s.page_size
    m = s.margin
    d = some_day(rng)
    inv = invoice_no(rng, lg, d)
    f = sheets(s, h, f"{h.name} - {tr(lg, 'Invoice', 'Rechnung', 'Facture')} {inv}")
    recipient(
        f,
        s,
        h,
        [farm_row()[0], tr(lg, "Farm shop", "Hofladen", "Boutique"), *farm_lines()[1:]],
        d,
        [
            (tr(lg, "Invoice no.", "Rechnungs-Nr.", "Facture n°"), inv),
            (tr(lg, "Order", "Bestellung", "Commande"), serial(rng, "SO-99999")),
            (tr(lg, "Customer no.", "Kunden-Nr.", "Client n°"), serial(keyed(who, "c"), "K9999")),
        ],
    )
    caption(f, s, tr(lg, "INVOICE", "RECHNUNG", "FACTURE"), 4)
    cols = {
        "en": ["Natural", "Charcoal", "Heather", "Moss", "Rust", "Denim", "Oat", "Plum"],
        "de": ["Natur", "Anthrazit", "Heide", "Moos", "Rost", "Jeans", "Hafer", "Pflaume"],
        "fr": ["Écru", "Anthracite", "Bruyère", "Mousse", "Rouille", "Denim", "Avoine", "Prune"],
    }[lg]
    rows = []
    net = 0.0
    items = []
    for _ in range(rng.choice([3, 5, 8, 12, 20, 32])):
        g = rng.choice(YARN_GOODS[lg])
        q = rng.choice([1, 2, 3, 5, 6, 10, 12, 20])
        pr = round(rng.uniform(1.2, 24.0), 2)
        sku = serial(rng, "AA-9999")
        c = rng.choice(cols) if "50 g" in g or "socks" in g.lower() else "-"
        items.append((sku, g, c, q))
        net += q * pr
        rows.append([sku, g, c, str(q), money(pr, lg), money(q * pr, lg)])
    table(
        f,
        columns(
            m,
            w - m,
            [(1, "left"), (3.4, "left"), (1, "left"), (0.6, "right"), (0.9, "right"), (1, "right")],
        ),
        [
            "SKU",
            tr(lg, "Description", "Artikel", "Désignation"),
            tr(lg, "Colour", "Farbe", "Coloris"),
            tr(lg, "Qty", "Menge", "Qté"),
            tr(lg, "Unit", "Einzel", "PU HT"),
            tr(lg, "Net", "Netto", "HT"),
        ],
        rows,
        s,
        rules=rng.random() < 0.35,
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
            "Intra-community supply - reverse charge.",
            "Innergemeinschaftliche Lieferung - steuerfrei.",
            "Livraison intracommunautaire - autoliquidation.",
        )
        if cross
        else "",
    )
    write(
        f,
        s,
        tr(
            lg,
            "Payment within 30 days. Goods remain our property until paid in full.",
            "Zahlbar innerhalb 30 Tagen. Die Ware bleibt bis zur vollständigen Bezahlung "
            "unser Eigentum.",
            "Paiement à 30 jours. Réserve de propriété jusqu'au paiement intégral.",
        ),
        s.size - 1,
    )
    pages = f.pages
    if rng.random() < 0.3:
        g = sheets(s, h)
        caption(g, s, tr(lg, "Packing list", "Packliste", "Liste de colisage"), 3)
        write(
            g,
            s,
            f"{tr(lg, 'Invoice', 'Rechnung', 'Facture')} {inv} - "
            f"{rng.randint(1, 4)} {tr(lg, 'carton(s)', 'Karton(s)', 'carton(s)')}",
        )
        table(
            g,
            columns(
                m, w - m, [(1, "left"), (4, "left"), (1, "left"), (0.6, "right"), (0.6, "center")]
            ),
            [
                "SKU",
                tr(lg, "Description", "Artikel", "Désignation"),
                tr(lg, "Colour", "Farbe", "Coloris"),
                tr(lg, "Qty", "Menge", "Qté"),
                "OK",
            ],
            [[a, b, c, str(q), "v" if rng.random() < 0.8 else ""] for a, b, c, q in items],
            s,
            rules=True,
        )
        pages += g.pages
    received(rng, pages[0], home(), d)
    remember(d, None)
    return close(pages, s, h, h.numbers)


# ---------------------------------------------------------------------------------------------
# Templates VVVVV: alpaca walks, visitors and vouchers
# ---------------------------------------------------------------------------------------------

WALKS = {
    "en": [
        "Alpaca Walk (1 hr)",
        "Alpaca Trek & Picnic (2 hrs)",
        "Meet the Alpacas",
        "Alpaca Walk for Two",
        "Family Alpaca Experience",
        "Sunset Alpaca Walk",
    ],
    "de": [
        "Alpakawanderung (1 Std.)",
        "Alpakatrekking mit Picknick (2 Std.)",
        "Alpaka-Begegnung",
        "Alpakawanderung für Zwei",
        "Familien-Alpakaerlebnis",
        "Abendwanderung mit Alpakas",
    ],
    "fr": [
        "Balade avec les alpagas (1 h)",
        "Randonnée alpagas et pique-nique (2 h)",
        "Rencontre avec les alpagas",
        "Balade alpaga pour deux",
        "Expérience alpaga en famille",
        "Balade au coucher du soleil",
    ],
}
PRICES = [25.0, 30.0, 35.0, 45.0, 59.0, 69.0, 79.0]


def visitor(rng: random.Random, lang: str) -> list[str]:
    return [
        a_name(rng, lang),
        f"{rng.randint(1, 120)} {rng.choice(ROADS[lang])}"
        if lang != "de"
        else f"{rng.choice(ROADS[lang])} {rng.randint(1, 120)}",
        rng.choice(TOWNS[lang]),
    ]


def browser_frame(p: Page, s: Style, title: str, url: str, when: str, i: int, n: int) -> None:
    """What a browser prints round a web page or mail: date and title on top, address and
    page count at the foot."""
    w, h = p.size
    p.text(24, 18, when, "Helvetica", 7)
    p.text(w / 2, 18, fit(title, "Helvetica", 7, w / 2), "Helvetica", 7, "center")
    p.text(24, h - 14, fit(url, "Helvetica", 7, w - 100), "Helvetica", 7)
    p.text(w - 24, h - 14, f"{i}/{n}", "Helvetica", 7, "right")


def tpl_trek_booking(rng: random.Random, who: Issuer) -> list[Page]:
    """A walk booking: either the booking system's notification mail printed from the
    browser (header lines, booking details, participants, payment), or a group's booking
    form filled in by hand by the organiser (school, care home, club) and signed."""
    lg = home()
    d = some_day(rng)
    walk_day = d + timedelta(days=rng.randint(3, 40))
    walk = rng.choice(WALKS[lg])
    ref = serial(rng, "BK-999999")
    if keyed(who, "form").random() < 0.55:
        fh = farm_head()
        s = replace(
            style_of(fh, LETTER if lg == "en" and rng.random() < 0.3 else A4, pt=9.5),
            font="Helvetica",
            bold="Helvetica-Bold",
        )
        w, _ = s.page_size
        m = s.margin
        p = Page(s.page_size)
        when = f"{short(d, lg)} {rng.randint(7, 22):02d}:{rng.randint(0, 59):02d}"
        y = 50.0
        system = rng.choice(["TrekDesk", "Bookingly", "FarmVisit Pro"])
        for lab, val in (
            (
                tr(lg, "From", "Von", "De"),
                f"{system} <noreply@{system.lower().replace(' ', '')}.com>",
            ),
            (tr(lg, "Sent", "Gesendet", "Envoyé"), when),
            (tr(lg, "To", "An", "À"), fh.mail or f"info@{prefix().lower().replace(' ', '')}.net"),
            (
                tr(lg, "Subject", "Betreff", "Objet"),
                tr(
                    lg,
                    f"New booking {ref} - {walk}",
                    f"Neue Buchung {ref} - {walk}",
                    f"Nouvelle réservation {ref} - {walk}",
                ),
            ),
        ):
            p.text(m, y, f"{lab}:", "Helvetica-Bold", 8.5)
            p.text(m + 60, y, fit(val, "Helvetica", 8.5, w - 2 * m - 60), "Helvetica", 8.5)
            y += 12
        p.line(m, y, w - m, y)
        y += 26
        p.text(
            m,
            y,
            tr(
                lg,
                "You have a new booking!",
                "Sie haben eine neue Buchung!",
                "Vous avez une nouvelle réservation !",
            ),
            "Helvetica-Bold",
            14,
        )
        y += 24
        adults, kids = rng.randint(1, 6), rng.choice([0, 0, 1, 2, 3])
        price = rng.choice(PRICES)
        tot = adults * price + kids * price * 0.6
        y = (
            pairs(
                p,
                s,
                m,
                y,
                [
                    (tr(lg, "Booking reference", "Buchungsnummer", "Référence"), ref),
                    (tr(lg, "Experience", "Angebot", "Activité"), walk),
                    (
                        tr(lg, "Date and time", "Datum und Uhrzeit", "Date et heure"),
                        f"{day(fh, walk_day)} {rng.choice(['10:00', '11:30', '14:00', '16:00'])}",
                    ),
                    (tr(lg, "Customer", "Kunde", "Client"), a_name(rng, lg)),
                    (
                        tr(lg, "Phone", "Telefon", "Téléphone"),
                        serial(rng, "07999 999999" if lg == "en" else "0999 9999999"),
                    ),
                    (tr(lg, "Adults", "Erwachsene", "Adultes"), str(adults)),
                    (tr(lg, "Children (8-15)", "Kinder (8-15)", "Enfants (8-15)"), str(kids)),
                    (tr(lg, "Total paid", "Bezahlt", "Total payé"), cash(tot, lg)),
                    (
                        tr(lg, "Payment", "Zahlung", "Paiement"),
                        rng.choice(
                            [
                                "Card (Stripe)",
                                "PayPal",
                                tr(lg, "Gift voucher", "Gutschein", "Bon cadeau"),
                            ]
                        ),
                    ),
                ],
                w - m - 150,
                9.5,
            )
            + 14
        )
        p.text(
            m,
            y,
            tr(lg, "Notes from customer:", "Anmerkungen:", "Remarques du client :"),
            "Helvetica-Bold",
            9,
        )
        y += 14
        y = text_block(
            p,
            s,
            m,
            y,
            w - 2 * m,
            rng.choice(
                [
                    tr(
                        lg,
                        "It is my mum's 70th birthday, could she lead a white one?",
                        "Es ist der 70. Geburtstag meiner Mutter.",
                        "C'est l'anniversaire de ma mère.",
                    ),
                    tr(
                        lg,
                        "One of us uses a walking stick.",
                        "Eine Person geht mit Stock.",
                        "Une personne marche avec une canne.",
                    ),
                    "-",
                    words(rng, lg, "walk", 12),
                ]
            ),
            9,
        )
        y += 10
        p.text(
            m,
            y,
            fit(
                tr(
                    lg,
                    "Manage this booking in your dashboard.",
                    "Buchung im Dashboard verwalten.",
                    "Gérer cette réservation dans votre tableau de bord.",
                ),
                "Helvetica-Oblique",
                8.5,
                w - 2 * m,
            ),
            "Helvetica-Oblique",
            8.5,
        )
        browser_frame(
            p,
            s,
            f"{tr(lg, 'Mail', 'Posteingang', 'Messagerie')} - {ref}",
            f"https://mail.{rng.choice(['google.com', 'web.de', 'orange.fr', 'outlook.com'])}"
            f"/mail/u/0/#inbox/{serial(rng, 'AAAA9999AAAA99')}",
            when,
            1,
            1,
        )
        if rng.random() < 0.4:
            hand(
                p,
                w - m - 150,
                140,
                tr(
                    lg,
                    f"{adults + kids} on Sat - AL",
                    f"{adults + kids} Pers. ok",
                    f"{adults + kids} pers. ok",
                ),
                11,
            )
        remember(d, walk_day)
        return [p]
    h = head_of(who, "group")
    fh = farm_head()
    s = style_of(fh, A4, pt=9)
    w, _hh = s.page_size
    m = s.margin
    f = sheets(s, fh)
    title_block(
        f,
        s,
        tr(lg, "Group Booking Form", "Anmeldung für Gruppen", "Bulletin de réservation groupe"),
        tr(
            lg,
            "Please return by post or e-mail at least 14 days before your visit",
            "Bitte mindestens 14 Tage vor dem Besuch zurücksenden",
            "À retourner au moins 15 jours avant la visite",
        ),
    )
    f.y = fields(
        f.page,
        s,
        m,
        f.y,
        w - 2 * m,
        [
            (tr(lg, "Group / organisation", "Gruppe / Einrichtung", "Groupe / organisme"), h.name),
            (tr(lg, "Contact name", "Ansprechpartner/in", "Responsable"), staff(h, "contact")),
            (tr(lg, "Address", "Anschrift", "Adresse"), f"{h.street}, {h.town}"),
            (
                tr(lg, "Phone / e-mail", "Telefon / E-Mail", "Tél. / e-mail"),
                h.phone or h.mail or "-",
            ),
            (tr(lg, "Preferred date", "Wunschtermin", "Date souhaitée"), short(walk_day, lg)),
            (
                tr(lg, "Alternative date", "Ausweichtermin", "Autre date"),
                short(walk_day + timedelta(days=7), lg) if rng.random() < 0.6 else "",
            ),
            (
                tr(lg, "Number of adults", "Anzahl Erwachsene", "Nombre d'adultes"),
                str(rng.randint(2, 12)),
            ),
            (
                tr(lg, "Number of children / ages", "Anzahl Kinder / Alter", "Enfants / âges"),
                f"{rng.randint(0, 30)} / {rng.randint(4, 8)}-{rng.randint(9, 12)}",
            ),
        ],
        per=2,
        tall=26,
    )
    f.page.text(m, f.y, tr(lg, "Activity:", "Programm:", "Activité :"), s.bold, s.size)
    f.y += 14
    f.y = ticks(f.page, s, m, f.y, w - 2 * m, WALKS[lg][:4], {rng.randrange(4)})
    f.y = ticks(
        f.page,
        s,
        m,
        f.y,
        w - 2 * m,
        [
            tr(lg, "Wheelchair users", "Rollstuhlfahrer", "Fauteuils roulants"),
            tr(lg, "Picnic area needed", "Picknickplatz", "Aire de pique-nique"),
            tr(lg, "Farm shop visit", "Hofladen", "Visite boutique"),
            tr(lg, "Coach parking", "Busparkplatz", "Parking car"),
        ],
        set(rng.sample(range(4), rng.randint(0, 2))),
    )
    f.page.text(
        m,
        f.y,
        tr(lg, "Additional needs:", "Besondere Hinweise:", "Besoins particuliers :"),
        s.font,
        s.size,
    )
    hand(f.page, m + 100, f.y, fit(words(rng, lg, "walk", 7), HAND, 9, w - 2 * m - 100), 9)
    f.y += 22
    write(f, s, prose(rng, lg, "walk", 2, 3), s.size - 1)
    f.y += 24
    f.need(40)
    sign_line(
        f.page,
        s,
        m,
        f.y,
        190,
        tr(lg, "Signed (organiser)", "Unterschrift", "Signature"),
        staff(h, "contact"),
    )
    hand(f.page, m + 240, f.y - 3, short(d, lg), 9.5)
    remember(d, walk_day)
    return close(f.pages, s, fh, "none")


def tpl_walk_disclaimer(rng: random.Random, who: Issuer) -> list[Page]:
    """The walk participant's declaration the farm has each visitor sign (A5 or A4): name,
    address, party, the walk rules with tick boxes, a parent's line for children, signature;
    each signed form is a document of its own."""
    lg = home()
    fh = farm_head()
    size = A5 if keyed(who, "size").random() < 0.65 else A4
    s = style_of(fh, size, margin=36 if size == A5 else 54, pt=8 if size == A5 else 9)
    w, hh = size
    m = s.margin
    d = last_day(rng, ("trek_booking", "walk_disclaimer"), (0, 30))
    p = Page(size)
    y = heading(p, s, fh)
    title = tr(
        lg,
        "Alpaca Walk - Participant Declaration",
        "Alpakawanderung - Teilnahmeerklärung",
        "Balade alpagas - Décharge de responsabilité",
    )
    p.text(m, y, title, s.bold, shrink(title, s.bold, 11, w - 2 * m))
    y += 18
    who_ = visitor(rng, lg)
    y = fields(
        p,
        s,
        m,
        y,
        w - 2 * m,
        [
            (tr(lg, "Name", "Name", "Nom"), who_[0]),
            (tr(lg, "Date", "Datum", "Date"), short(d, lg)),
            (tr(lg, "Address", "Anschrift", "Adresse"), f"{who_[1]}, {who_[2]}"),
            (
                tr(lg, "Mobile", "Telefon", "Portable"),
                serial(rng, "07999 999999" if lg == "en" else "0179 9999999"),
            ),
            (tr(lg, "Adults in party", "Erwachsene", "Adultes"), str(rng.randint(1, 4))),
            (
                tr(lg, "Children (ages)", "Kinder (Alter)", "Enfants (âges)"),
                rng.choice(["-", "1 (9)", "2 (8, 11)", "1 (13)"]),
            ),
        ],
        per=2,
        tall=24 if size == A5 else 26,
    )
    rules = {
        "en": [
            "I will follow the instructions of the walk leader at all times.",
            "I will wear sturdy footwear and will not wrap the lead rope round my hand.",
            "Children under 16 are supervised by an adult of their party.",
            "I take part at my own risk; the farm's liability is limited as stated.",
            "Photographs may be used on the farm's social media.",
        ],
        "de": [
            "Ich folge jederzeit den Anweisungen der Wanderführung.",
            "Ich trage festes Schuhwerk und wickle den Führstrick nicht um die Hand.",
            "Kinder unter 16 Jahren werden von einer erwachsenen Begleitperson beaufsichtigt.",
            "Die Teilnahme erfolgt auf eigene Gefahr; die Haftung ist wie angegeben beschränkt.",
            "Fotos dürfen in den sozialen Medien des Hofes verwendet werden.",
        ],
        "fr": [
            "Je suis à tout moment les consignes de l'accompagnateur.",
            "Je porte des chaussures fermées et n'enroule pas la longe autour de la main.",
            "Les enfants de moins de 16 ans restent sous la surveillance d'un adulte.",
            "Je participe sous ma propre responsabilité.",
            "Les photos peuvent être utilisées sur les réseaux sociaux de la ferme.",
        ],
    }[lg]
    for k, t in enumerate(rules):
        lines = wrap(t, s.font, s.size, w - 2 * m - 16)
        box(p, m, y, k < 4 or rng.random() < 0.6, 7)
        for ln in lines:
            p.text(m + 14, y, ln, s.font, s.size)
            y += s.size * 1.35
        y += 3
    y += 6
    y = text_block(p, s, m, y, w - 2 * m, words(rng, lg, "walk", rng.randint(12, 24)), s.size - 1)
    y += 18
    sign_line(
        p, s, m, y, (w - 2 * m) * 0.55, tr(lg, "Signature", "Unterschrift", "Signature"), who_[0]
    )
    if rng.random() < 0.3:
        y += 30
        sign_line(
            p,
            s,
            m,
            y,
            (w - 2 * m) * 0.55,
            tr(lg, "Parent / guardian", "Erziehungsberechtigte/r", "Parent / tuteur"),
            a_name(rng, lg),
        )
    if rng.random() < 0.3:
        hand(p, w - m - 60, hh - m, rng.choice(["pd", "vch", "£" if lg == "en" else "bar"]), 10)
    remember(d, None)
    return [p]


def tpl_experience_voucher(rng: random.Random, who: Issuer) -> list[Page]:
    """A gift experience voucher printed at home from the voucher company's mail: brand
    band, the experience, voucher code and barcode, validity, how to book; sometimes the
    terms on a second page; the farm's hand note of the redemption."""
    h = head_of(who, "voucher")
    lg = h.lang
    s = style_of(h, A4, margin=50)
    w, hh = A4
    m = s.margin
    d = some_day(rng)
    code = serial(rng, "9999-AAAA-9999")
    walk = rng.choice(WALKS[lg])
    p = Page(A4)
    p.rect(0, 0, w, 90, fill=rng.choice([0.6, 0.7, 0.8]))
    p.text(m, 48, h.name.upper(), h.bold, shrink(h.name.upper(), h.bold, 18, w - 2 * m))
    p.text(
        m,
        68,
        tr(lg, "Gift experience voucher", "Erlebnisgutschein", "Coffret cadeau - e-bon"),
        italic_of(h.font),
        10,
    )
    y = 140.0
    p.text(
        w / 2,
        y,
        tr(lg, "A gift for you", "Ein Geschenk für dich", "Un cadeau pour vous"),
        italic_of(h.font),
        20,
        "center",
    )
    y += 40
    pt = shrink(walk, h.bold, 22, w - 2 * m)
    p.text(w / 2, y, walk, h.bold, pt, "center")
    y += 24
    p.text(
        w / 2,
        y,
        tr(lg, f"at {farm_row()[0]}", f"bei {farm_row()[0]}", f"chez {farm_row()[0]}"),
        h.font,
        11,
        "center",
    )
    y += 36
    msg = rng.choice(
        [
            tr(
                lg,
                "Happy birthday! Love, Jo & Sam x",
                "Alles Gute zum Geburtstag!",
                "Joyeux anniversaire !",
            ),
            tr(lg, "Merry Christmas from us all", "Frohe Weihnachten!", "Joyeux Noël !"),
            "",
        ]
    )
    if msg:
        p.rect(m + 40, y - 14, w - 2 * m - 80, 40)
        p.text(w / 2, y + 10, msg, italic_of(h.font), 12, "center")
        y += 50
    y = (
        pairs(
            p,
            s,
            m + 40,
            y,
            [
                (tr(lg, "Voucher code", "Gutscheincode", "Code"), code),
                (
                    tr(lg, "Valid until", "Gültig bis", "Valable jusqu'au"),
                    short(d + timedelta(days=rng.choice([270, 365, 540])), lg),
                ),
                (
                    tr(lg, "For", "Für", "Pour"),
                    tr(lg, "2 people", "2 Personen", "2 personnes")
                    if "Two" in walk or "Zwei" in walk or "deux" in walk
                    else tr(lg, "1 person", "1 Person", "1 personne"),
                ),
            ],
            w - m - 40,
            10,
        )
        + 16
    )
    p.barcode("code128", code.replace("-", ""), w / 2 - 90, y)
    y += 110
    p.text(m, y, tr(lg, "How to book", "So lösen Sie ein", "Comment réserver"), h.bold, 10)
    y += 14
    y = text_block(
        p,
        s,
        m,
        y,
        w - 2 * m,
        tr(
            lg,
            "Contact the farm directly quoting your voucher code. Vouchers cannot be exchanged "
            "for cash. ",
            "Vereinbaren Sie Ihren Termin direkt beim Anbieter unter Angabe des "
            "Gutscheincodes. Keine Barauszahlung. ",
            "Contactez directement le prestataire en indiquant votre code. Non remboursable. ",
        )
        + words(rng, lg, "walk"),
        9,
    )
    p.text(
        w / 2,
        hh - 40,
        fit(f"{h.name} - {h.street}, {h.town}", h.font, 7, w - 2 * m),
        h.font,
        7,
        "center",
    )
    if rng.random() < 0.6:
        hand(
            p,
            w - m - 170,
            120,
            tr(
                lg,
                f"Redeemed {short(d, lg)[:5]} - booked",
                f"eingelöst {short(d, lg)[:5]}",
                f"utilisé le {short(d, lg)[:5]}",
            ),
            11,
        )
    pages = [p]
    if rng.random() < 0.35:
        pages.append(
            small_print(
                rng,
                s,
                lg,
                tr(
                    lg,
                    "Voucher terms and conditions",
                    "Gutscheinbedingungen",
                    "Conditions d'utilisation",
                ),
                VOUCHER_TERMS[lg],
                "walk",
            )
        )
    remember(d, code)
    return pages


def tpl_voucher_remittance(rng: random.Random, who: Issuer) -> list[Page]:
    """The voucher company's remittance advice (self-billing statement) for the vouchers the
    farm redeemed: a table of codes, experience dates, face value, commission and net, the
    payment date; longer ones over two pages."""
    h = head_of(who, "voucher")
    lg = h.lang
    s = style_of(h, A4, pt=9)
    w, _hh = s.page_size
    m = s.margin
    d = last_day(rng, ("experience_voucher",), (10, 40))
    ref = serial(rng, "RA-999999")
    f = sheets(s, h, f"{tr(lg, 'Remittance advice', 'Zahlungsavis', 'Avis de paiement')} {ref}")
    recipient(
        f,
        s,
        h,
        [farm_row()[0], tr(lg, "Accounts", "Buchhaltung", "Comptabilité"), *farm_lines()[1:]],
        d,
        [
            (tr(lg, "Remittance no.", "Avis-Nr.", "Avis n°"), ref),
            (
                tr(lg, "Partner ID", "Partner-Nr.", "Partenaire"),
                serial(keyed(who, "pid"), "P99999"),
            ),
        ],
    )
    caption(
        f,
        s,
        tr(
            lg,
            "Remittance advice - self-billing statement",
            "Zahlungsavis - Gutschrift im Gutschriftverfahren",
            "Avis de paiement - autofacturation",
        ),
        2,
    )
    rows = []
    gross = 0.0
    com = rng.choice([0.15, 0.2, 0.25])
    codes = [str(LAST["extra"])] if after(("experience_voucher",)) and LAST["extra"] else []
    for k in range(rng.choice([2, 4, 6, 10, 18, 30])):
        c = codes[k] if k < len(codes) else serial(rng, "9999-AAAA-9999")
        face = rng.choice(PRICES) * rng.choice([1, 2])
        gross += face
        rows.append(
            [
                c,
                short(d - timedelta(days=rng.randint(5, 45)), lg),
                rng.choice(WALKS[lg]),
                money(face, lg),
                money(face * com, lg),
                money(face * (1 - com), lg),
            ]
        )
    table(
        f,
        columns(
            m,
            w - m,
            [
                (1.6, "left"),
                (1, "left"),
                (2.8, "left"),
                (0.9, "right"),
                (0.9, "right"),
                (0.9, "right"),
            ],
        ),
        [
            tr(lg, "Voucher", "Gutschein", "Bon"),
            tr(lg, "Redeemed", "Eingelöst", "Utilisé"),
            tr(lg, "Experience", "Erlebnis", "Activité"),
            tr(lg, "Value", "Wert", "Valeur"),
            tr(lg, "Commission", "Provision", "Commission"),
            tr(lg, "Net", "Netto", "Net"),
        ],
        rows,
        s,
        rules=rng.random() < 0.4,
    )
    f.y += 4
    f.y = (
        pairs(
            f.page,
            s,
            w * 0.5,
            f.y,
            [
                (
                    tr(lg, "Total face value", "Summe Gutscheinwert", "Valeur totale"),
                    cash(gross, lg),
                ),
                (
                    tr(
                        lg,
                        f"Commission {com * 100:.0f}%",
                        f"Provision {com * 100:.0f} %",
                        f"Commission {com * 100:.0f} %",
                    ),
                    cash(-gross * com, lg),
                ),
                (
                    tr(lg, "Paid to your account", "Überweisungsbetrag", "Montant viré"),
                    cash(gross * (1 - com), lg),
                ),
            ],
            w - m,
            s.size,
        )
        + 10
    )
    write(
        f,
        s,
        tr(
            lg,
            f"Payment made by BACS on {day(h, d)}.",
            f"Die Überweisung erfolgt am {day(h, d)}.",
            f"Virement effectué le {day(h, d)}.",
        )
        + " "
        + words(rng, lg, "admin"),
        s.size - 1,
    )
    received(rng, f.pages[0], home(), d)
    remember(d, None)
    return close(
        f.pages,
        s,
        h,
        tr(lg, "Page {i} of {n}", "Seite {i} von {n}", "Page {i}/{n}")
        if len(f.pages) > 1
        else "none",
    )


# ---------------------------------------------------------------------------------------------
# Templates VVVVV: payments agency and insurer
# ---------------------------------------------------------------------------------------------


def tpl_subsidy_notice(rng: random.Random, who: Issuer) -> list[Page]:
    """The agricultural payments agency's notice (delinked payment statement, Bescheid über
    Direktzahlungen, notification des aides PAC): the letter with the payment calculation,
    a landscape annex of the land parcels, and the page on how to appeal."""
    h = head_of(who, "payments")
    lg = h.lang
    s = style_of(h, A4, pt=9.5)
    w, _hh = s.page_size
    m = s.margin
    d = some_day(rng)
    sbi = serial(
        keyed(who, "sbi"), tr(lg, "SBI 999999999", "BNRZD 276099999999", "PACAGE 099999999")
    )
    year = d.year - (1 if d.month < 6 else 0)
    f = sheets(s, h, f"{sbi} - {year}")
    recipient(
        f,
        s,
        h,
        [PEOPLE["owner1"], *farm_lines()],
        d,
        [
            (tr(lg, "Customer ref", "Unternehmernummer", "N° PACAGE"), sbi),
            (tr(lg, "Scheme year", "Antragsjahr", "Campagne"), str(year)),
        ],
    )
    caption(
        f,
        s,
        tr(
            lg,
            f"Delinked payments {year} - payment statement",
            f"Bescheid über Direktzahlungen für das Antragsjahr {year}",
            f"Notification des aides PAC - campagne {year}",
        ),
        2,
    )
    write(f, s, greet(lg, PEOPLE["owner1"]))
    write(f, s, prose(rng, lg, "admin", 2, 4))
    ha = round(rng.uniform(6.0, 38.0), 2)
    items = {
        "en": [
            ("Delinked payment (reference amount)", rng.uniform(800, 6000)),
            ("Progressive reduction applied", -rng.uniform(50, 900)),
            ("SFI - herbal leys (CSAM3)", rng.uniform(200, 1800)),
            ("SFI - hedgerow management", rng.uniform(80, 600)),
        ],
        "de": [
            ("Einkommensgrundstützung", ha * 156.0),
            ("Umverteilungseinkommensstützung", ha * 69.0),
            ("Öko-Regelung 1 - nichtproduktive Flächen", rng.uniform(100, 900)),
            ("Öko-Regelung 4 - extensives Dauergrünland", ha * 100.0),
            ("Kürzung Finanzdisziplin", -rng.uniform(20, 200)),
        ],
        "fr": [
            ("Aide de base au revenu (ABRDD)", ha * 128.0),
            ("Paiement redistributif", ha * 48.0),
            ("Écorégime - niveau standard", ha * 62.0),
            ("Aide aux jeunes agriculteurs", 0.0),
            ("Discipline financière", -rng.uniform(20, 200)),
        ],
    }[lg]
    rows = [[t, money(v, lg)] for t, v in items]
    total = sum(v for _, v in items)
    table(
        f,
        columns(m, w - m, [(5, "left"), (1.2, "right")]),
        [tr(lg, "Element", "Maßnahme", "Aide"), tr(lg, "Amount", "Betrag", "Montant")],
        rows,
        s,
        rules=True,
    )
    f.y += 2
    f.page.text(
        m, f.y, tr(lg, "Total payable", "Auszahlungsbetrag", "Montant versé"), s.bold, s.size
    )
    f.page.text(w - m, f.y, cash(total, lg), s.bold, s.size, "right")
    f.y += 20
    write(
        f,
        s,
        tr(
            lg,
            f"We will pay this amount into your bank account ending "
            f"{rng.randint(1000, 9999)} within 10 working days.",
            f"Der Betrag wird auf Ihr Konto mit der Endung {rng.randint(1000, 9999)} überwiesen.",
            f"Le montant sera viré sur votre compte se terminant par {rng.randint(1000, 9999)}.",
        ),
    )
    write(f, s, prose(rng, lg, "admin", 1, 3))
    regards(
        f, s, lg, staff(h, "officer"), tr(lg, "Rural Payments", "Im Auftrag", "Le chef de service")
    )
    pages = f.pages
    sl = paper(s, landscape(A4), margin=44, pt=8.5)
    g = Sheets(
        sl.page_size,
        sl.page_size[1] - 60,
        lambda p, n: running_header(p, sl, f"{tr(lg, 'Annex', 'Anlage', 'Annexe')} 1 - {sbi}"),
    )
    caption(
        g,
        sl,
        tr(
            lg,
            "Annex 1 - Land parcels",
            "Anlage 1 - Flächenverzeichnis",
            "Annexe 1 - Liste des parcelles",
        ),
        2,
    )
    prow = []
    left = ha
    k = 0
    while left > 0.2 and k < 40:
        k += 1
        a = round(min(left, rng.uniform(0.4, 4.5)), 2)
        left -= a
        prow.append(
            [
                serial(rng, tr(lg, "SX9999 9999", "DENILI099999999", "99-999")),
                rng.choice(
                    [
                        tr(lg, "Paddock", "Koppel", "Pré"),
                        tr(lg, "Top field", "Hofweide", "Grand pré"),
                        tr(lg, "Orchard", "Streuobst", "Verger"),
                        tr(lg, "Meadow", "Mähwiese", "Prairie"),
                    ]
                )
                + f" {k}",
                rng.choice(["PG01", "TG01", "459", "PPH", "SPL"]),
                money(a, lg),
                money(a * rng.uniform(0.95, 1.0), lg),
                rng.choice(["", "", "SFI", "ÖR4", "-"]),
            ]
        )
    gw = sl.page_size[0]
    table(
        g,
        columns(
            sl.margin,
            gw - sl.margin,
            [(1.6, "left"), (2.2, "left"), (1, "left"), (1, "right"), (1.2, "right"), (1, "left")],
        ),
        [
            tr(lg, "Parcel ID", "Schlag-ID", "N° parcelle"),
            tr(lg, "Name", "Bezeichnung", "Nom"),
            tr(lg, "Land use", "Nutzcode", "Culture"),
            tr(lg, "Area (ha)", "Fläche (ha)", "Surface (ha)"),
            tr(lg, "Eligible (ha)", "förderfähig (ha)", "Admissible (ha)"),
            tr(lg, "Options", "Maßn.", "Options"),
        ],
        prow,
        sl,
        rules=True,
    )
    pages += g.pages
    q = sheets(s, h, f"{sbi} - {year}", top=False)
    caption(
        q,
        s,
        tr(lg, "How to ask for a review", "Rechtsbehelfsbelehrung", "Voies et délais de recours"),
        2,
    )
    for _ in range(rng.randint(3, 5)):
        write(q, s, prose(rng, lg, "admin", 2, 3))
    pages += q.pages
    remember(d, None)
    return close(pages, s, h, tr(lg, "Page {i} of {n}", "Seite {i} von {n}", "Page {i}/{n}"))


def whole(v: float, lg: str) -> str:
    """A round sum as a schedule prints it, without the cents ("£250,000", "250.000 €")."""
    n = money(v, lg)[:-3]
    return f"£{n}" if lg == "en" else f"{n} €"


def tpl_farm_policy_schedule(rng: random.Random, who: Issuer) -> list[Page]:
    """The farm insurance renewal: the insurer's or broker's covering letter, the policy
    schedule by section (buildings, livestock, public liability for walks and visitors,
    products liability for the shop), the list of insured animals, the endorsements and the
    instalment table; 'Page i of n' over the schedule."""
    h = head_of(who, "insurer")
    lg = h.lang
    s = style_of(h, A4, pt=9)
    w, _hh = s.page_size
    m = s.margin
    d = some_day(rng)
    pol = serial(keyed(who, "pol"), tr(lg, "FCP/9999999", "LH-99-999.999", "MRO 99 999 999"))
    start = date(d.year, d.month, 1) + timedelta(days=rng.choice([14, 31, 45]))
    pages: list[Page] = []
    letter = rng.random() < 0.7
    if letter:
        f = sheets(s, h)
        recipient(
            f,
            s,
            h,
            [PEOPLE["owner1"], PEOPLE["owner2"], *farm_lines()],
            d,
            [(tr(lg, "Policy", "Versicherungsschein", "Contrat"), pol)],
        )
        caption(
            f,
            s,
            tr(
                lg,
                "Your farm insurance renewal",
                "Ihre Hofversicherung - Verlängerung",
                "Votre contrat multirisque agricole - échéance",
            ),
            1,
        )
        write(f, s, greet(lg, PEOPLE["owner1"]))
        write(
            f,
            s,
            tr(
                lg,
                f"Your policy renews on {day(h, start)}. ",
                f"Ihr Vertrag verlängert sich zum {day(h, start)}. ",
                f"Votre contrat arrive à échéance le {day(h, start)}. ",
            )
            + prose(rng, lg, "cover", 2, 4),
        )
        write(f, s, prose(rng, lg, "cover", 1, 3))
        regards(
            f,
            s,
            lg,
            staff(h, "agent"),
            tr(lg, "Account Executive", "Ihr Agrarberater", "Votre conseiller"),
        )
        pages += close(f.pages, s, h, "none")
    g = sheets(
        s, h, f"{tr(lg, 'Schedule', 'Versicherungsschein', 'Conditions particulières')} {pol}"
    )
    title_block(
        g,
        s,
        tr(
            lg,
            "POLICY SCHEDULE - FARM COMBINED",
            "VERSICHERUNGSSCHEIN - LANDWIRTSCHAFTLICHE BETRIEBSVERSICHERUNG",
            "CONDITIONS PARTICULIÈRES - MULTIRISQUE AGRICOLE",
        ),
        centre=False,
    )
    g.y = fields(
        g.page,
        s,
        m,
        g.y,
        w - 2 * m,
        [
            (
                tr(lg, "Policyholder", "Versicherungsnehmer", "Souscripteur"),
                f"{PEOPLE['owner1']} & {PEOPLE['owner2']}",
            ),
            (tr(lg, "Trading as", "Betrieb", "Exploitation"), farm_row()[0]),
            (tr(lg, "Policy no.", "Vers.-Nr.", "N° contrat"), pol),
            (
                tr(lg, "Period", "Laufzeit", "Période"),
                f"{short(start, lg)} - {short(start + timedelta(days=364), lg)}",
            ),
            (
                tr(lg, "Business", "Betriebsart", "Activité"),
                tr(
                    lg,
                    "Alpaca breeding, farm walks, retail shop",
                    "Alpakazucht, Wanderungen, Hofladen",
                    "Élevage d'alpagas, balades, boutique",
                ),
            ),
            (tr(lg, "Premises", "Risikoort", "Lieu"), farm_row()[1]),
        ],
        per=2,
        tall=24,
        hand=False,
    )
    secs = [
        (
            tr(lg, "Section 1 - Farm buildings", "Teil 1 - Gebäude", "Section 1 - Bâtiments"),
            rng.choice([180_000, 250_000, 420_000]),
        ),
        (
            tr(
                lg,
                "Section 2 - Farm contents and machinery",
                "Teil 2 - Inventar und Maschinen",
                "Section 2 - Matériel et contenu",
            ),
            rng.choice([25_000, 40_000, 65_000]),
        ),
        (
            tr(
                lg,
                "Section 3 - Livestock (schedule below)",
                "Teil 3 - Tierbestand (siehe Liste)",
                "Section 3 - Cheptel (voir liste)",
            ),
            0,
        ),
        (
            tr(
                lg,
                "Section 4 - Shop stock",
                "Teil 4 - Warenvorrat Hofladen",
                "Section 4 - Stock boutique",
            ),
            rng.choice([5_000, 8_000, 12_000]),
        ),
        (
            tr(
                lg,
                "Section 5 - Public and products liability",
                "Teil 5 - Betriebs- und Produkthaftpflicht",
                "Section 5 - RC exploitation et produits",
            ),
            5_000_000,
        ),
        (
            tr(
                lg,
                "Section 6 - Employers' liability",
                "Teil 6 - Arbeitgeberhaftpflicht",
                "Section 6 - RC employeur",
            ),
            10_000_000,
        ),
    ]
    animals = herd()[: rng.randint(6, min(len(HERD), 30))]
    values = [rng.choice([400, 600, 900, 1500, 2500, 4000]) for _ in animals]
    rows = []
    prem = 0.0
    for t, v in secs:
        v = v or sum(values)
        pr = round(v * rng.uniform(0.0008, 0.004), 2) if v < 1_000_000 else rng.uniform(180, 420)
        prem += pr
        rows.append([t, whole(v, lg), cash(250, lg), money(pr, lg)])
    table(
        g,
        columns(m, w - m, [(4, "left"), (1.4, "right"), (0.9, "right"), (1, "right")]),
        [
            tr(lg, "Section", "Baustein", "Garantie"),
            tr(lg, "Sum insured / limit", "Summe", "Capital / plafond"),
            tr(lg, "Excess", "SB", "Franchise"),
            tr(lg, "Premium", "Beitrag", "Cotisation"),
        ],
        rows,
        s,
        shade=0.88,
        rules=True,
    )
    tax = round(prem * {"en": 0.12, "de": 0.19, "fr": 0.09}[lg], 2)
    g.y += 4
    g.y = (
        pairs(
            g.page,
            s,
            w * 0.5,
            g.y,
            [
                (
                    tr(lg, "Annual premium", "Jahresbeitrag netto", "Cotisation annuelle HT"),
                    cash(prem, lg),
                ),
                (
                    tr(lg, "Insurance premium tax 12%", "Versicherungsteuer 19 %", "Taxes 9 %"),
                    cash(tax, lg),
                ),
                (tr(lg, "Total payable", "Gesamtbeitrag", "Total TTC"), cash(prem + tax, lg)),
            ],
            w - m,
            s.size,
        )
        + 10
    )
    caption(
        g,
        s,
        tr(
            lg,
            "Livestock schedule",
            "Verzeichnis der versicherten Tiere",
            "Liste des animaux assurés",
        ),
        1,
    )
    table(
        g,
        columns(m, w - m, [(2.8, "left"), (2, "left"), (1, "left"), (1, "left"), (1, "right")]),
        [
            tr(lg, "Animal", "Tier", "Animal"),
            tr(lg, "Microchip", "Transponder", "Puce"),
            tr(lg, "Sex", "Geschl.", "Sexe"),
            tr(lg, "Born", "Geb.", "Né"),
            tr(lg, "Agreed value", "Wert", "Valeur"),
        ],
        [
            [a.name, a.chip, sex_word(a, lg), str(a.born.year), cash(v, lg)]
            for a, v in zip(animals, values, strict=True)
        ],
        s,
        size=s.size - 1.5,
        step=1.45,
    )
    g.y += 6
    caption(g, s, tr(lg, "Endorsements", "Besondere Vereinbarungen", "Clauses particulières"), 1)
    for _k in range(rng.randint(3, 6)):
        code = serial(rng, "A99")
        write(g, s, f"{code}  " + words(rng, lg, "cover", rng.randint(12, 26)), s.size - 1, 0)
    if rng.random() < 0.6:
        caption(g, s, tr(lg, "Instalments", "Ratenplan", "Échéancier"), 1)
        inst = [
            [
                short(
                    date(
                        start.year + (start.month + k - 1) // 12, (start.month + k - 1) % 12 + 1, 1
                    ),
                    lg,
                ),
                cash((prem + tax) / 10, lg),
            ]
            for k in range(10)
        ]
        table(
            g,
            columns(m, m + 240, [(1, "left"), (1, "right")]),
            [tr(lg, "Due", "Fällig", "Échéance"), tr(lg, "Amount", "Betrag", "Montant")],
            inst,
            s,
        )
    schedule = close(g.pages, s, h, tr(lg, "Page {i} of {n}", "Seite {i} von {n}", "Page {i}/{n}"))
    pages += schedule
    if rng.random() < 0.3:
        pages.append(
            small_print(
                rng,
                s,
                lg,
                tr(
                    lg,
                    "Important information - summary of cover",
                    "Wichtige Hinweise",
                    "Informations importantes",
                ),
                COVER_NOTES[lg],
                "cover",
            )
        )
    received(rng, pages[0], home(), d, 0.25)
    remember(d, None)
    return pages


# ---------------------------------------------------------------------------------------------
# The part: templates, runs and companions
# ---------------------------------------------------------------------------------------------


def tracked(name: str, tpl: Template) -> Template:
    """``tpl`` noting its kind, so that a companion can take up the same animals and day."""

    def run(rng: random.Random, who: Issuer) -> list[Page]:
        pages = tpl(rng, who)
        LAST["kind"] = name
        return pages

    run.__doc__ = tpl.__doc__
    return run


KINDS: dict[str, Template] = {
    "stud_service_agreement": tpl_stud_service_agreement,
    "mating_certificate": tpl_mating_certificate,
    "cria_registration": tpl_cria_registration,
    "herdbook_certificate": tpl_herdbook_certificate,
    "alpaca_sale_contract": tpl_alpaca_sale_contract,
    "movement_licence": tpl_movement_licence,
    "herd_visit_sheet": tpl_herd_visit_sheet,
    "tb_antibody_result": tpl_tb_antibody_result,
    "fibre_test_report": tpl_fibre_test_report,
    "shearing_invoice": tpl_shearing_invoice,
    "mill_intake_note": tpl_mill_intake_note,
    "fleece_mill_invoice": tpl_fleece_mill_invoice,
    "forage_invoice": tpl_forage_invoice,
    "yarn_invoice": tpl_yarn_invoice,
    "trek_booking": tpl_trek_booking,
    "walk_disclaimer": tpl_walk_disclaimer,
    "experience_voucher": tpl_experience_voucher,
    "voucher_remittance": tpl_voucher_remittance,
    "subsidy_notice": tpl_subsidy_notice,
    "farm_policy_schedule": tpl_farm_policy_schedule,
}
TEMPLATES_VVVVV: dict[str, Template] = {k: tracked(k, t) for k, t in KINDS.items()}
#: Kinds that a pile often holds 2-4 of in a row from one sender.
RUN_KINDS = (
    "mating_certificate",
    "cria_registration",
    "shearing_invoice",
    "forage_invoice",
    "yarn_invoice",
    "trek_booking",
    "walk_disclaimer",
    "experience_voucher",
)
#: A kind often followed by a related paper, mostly from another sender.
FOLLOWS = {
    "stud_service_agreement": "mating_certificate",
    "cria_registration": "herdbook_certificate",
    "alpaca_sale_contract": "movement_licence",
    "herd_visit_sheet": "tb_antibody_result",
    "mill_intake_note": "fleece_mill_invoice",
    "experience_voucher": "voucher_remittance",
    "trek_booking": "walk_disclaimer",
}


# ---------------------------------------------------------------------------------------------
# Streams and generation (same files and labels as corpus.generate)
# ---------------------------------------------------------------------------------------------


def make_mezzaluna_stream(rng: random.Random, n_docs: int, separators: bool) -> Stream:
    """One farm's monthly pile: ``corpus.assemble_stream`` with batch runs (after a run kind,
    1-3 more of the same kind from the same sender follow with probability 0.55) and
    companions (each kind in ``FOLLOWS`` is followed by its related paper with probability
    0.5). The farm (country, name, month, people, herd) is drawn once per stream."""
    setup_farm(random.Random(rng.getrandbits(32)))
    run_odds = dict.fromkeys(RUN_KINDS, 0.55)
    return assemble_stream(
        rng, TEMPLATES_VVVVV, n_docs, separators, run_odds, run_len=(1, 3), follows=FOLLOWS
    )


generate = part_generate(PART, SEED_OFFSET, make_mezzaluna_stream, "templates VVVVV")


def main(argv: list[str]) -> int:
    return part_main(argv, __doc__, PART, generate, scanned=12)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

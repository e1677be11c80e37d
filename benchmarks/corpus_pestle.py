"""Pestle part of the generated corpus: templates WWWW, written blind for the next measurement.

A part of its own, ``pestle``. Its templates were written without looking at the boundary
detector, its documentation, its tuning or its evaluation, as the pile the office of a
members' golf club with an 18-hole course, a pro shop and a clubhouse bar (a club secretary or
Clubmanager / directeur, a head greenkeeper, a PGA professional, a bar and catering manager;
in England, Germany or France) feeds through its scanner in a month: members' subscription
renewal forms filled in by hand (category, locker and trolley store, union levy or ffgolf
licence, payment), now and then with a note card clipped on top and the Direct Debit
instruction or SEPA mandate behind; the national union's handicap records of players (WHS
scoring record, DGV Stammblatt, ffgolf historique d'index) with the last twenty scores and
the eight counting ones marked, sometimes on landscape pages; competition entry sheets from
the notice board on landscape A4 with pre-printed tee times from the 1st and 10th tees and
the members' names and handicaps written in; competition results printed from the club's
software with divisions, nearest the pin and two's sweep; competition score cards on a
narrow card with the holes, the scores and points written in and the marker's and player's
signatures; machinery lease agreements from an asset finance company (schedule of goods with
serial numbers, rentals, two pages of small print, a landscape rental schedule, the signature
page with the delivery and acceptance certificate); the machinery dealer's workshop job
sheets (A4 or landscape A5) with the checklist ticked, the height of cut, parts and labour
and two signatures; amenity suppliers' invoices for fertiliser, seed, wetting agents and
plant protection products with their MAPP / Zulassungs / AMM numbers, now and then with the
signed A5 delivery note stapled behind; the greenkeepers' pesticide application records on
the club's form filled in by hand (product, areas, rate, water volume, weather, nozzles,
operator's certificate); certificates of competence for pesticide use (City & Guilds PA1/PA2/
PA6, Sachkundenachweis Pflanzenschutz, Certiphyto) behind the awarding body's covering letter,
sometimes with the copy of the card; the water authority's abstraction licence for the
irrigation borehole (Environment Agency licence, wasserrechtliche Erlaubnis, arrêté
préfectoral) with the numbered conditions, a quantities table and a plan of the abstraction
point, sometimes with a covering letter; the annual abstraction returns with the monthly meter
readings written in; golf societies' and companies' booking forms for a golf day, filled in
and signed, sometimes behind the organiser's covering letter; the club's confirmations of such
days with the itinerary, a menu selection page and the booking terms; golf equipment and
clothing distributors' invoices to the pro shop (style numbers, sizes, RRP, trade price,
discount; from abroad with the reverse charge); the council's licence for the clubhouse bar
(club premises certificate with its annexes of conditions, Gaststättenerlaubnis with the fee
and the legal remedy, récépissé de licence) with a landscape plan of the licensed area; the
independent stocktaker's bar stock results with the summary, remarks and landscape stock
sheets; the general committee's minutes (present, numbered items, action column, a finance
table, signed as a true record), sometimes with the agenda sheet in front; the insurance
broker's renewal of the club's combined policy (covering letter, policy schedule with sums
insured, premiums and insurance premium tax, endorsements, statement of fact to sign); the
national union's course rating notification with the ratings by tee and the course handicap
tables on landscape pages; and the agronomist's course advisory report with a cover page,
observations by area, a measurements table, photograph pages and recommendations. Each stream
is one club's pile: the club (country, name, month) is drawn once per stream; its senders are
of the club's country and write in its language, except that golf societies, machinery dealers
and pro shop suppliers are now and then from abroad and write in their own. Page sizes range
from A6 note cards, A5 and narrow score cards to A4, Letter and landscape A4.

Labelling rule: what one sender issues in one go is one document, as the club files it: the
note card and the mandate that came with a member's renewal form; every sheet of a handicap
record; the sheets of one entry sheet; the terms pages, rental schedule, signature page and
delivery and acceptance certificate of a lease; the delivery note stapled behind a supplier's
invoice; the covering letter, certificate and card copy from an awarding body; the covering
letter, conditions and plan of an abstraction licence; the organiser's covering letter with
the booking form; the menu page and terms of a golf day confirmation; the annexes and plan of a
bar licence; the stock sheets of a stocktake; the agenda sheet in front of minutes; the
covering letter, schedule and statement of fact of an insurance renewal; the handicap tables
behind a course rating letter; the cover and photograph pages of an advisory report. Related
papers are documents of their own: the results after the entry sheet of the same competition,
the club's confirmation after a society's booking form, the abstraction return after the
licence, a spray record after the supplier's invoice; and so is each renewal form, handicap
record, score card, job sheet, invoice and spray record of a run.

Streams are assembled like ``corpus.make_stream`` (same separator sheets, same 30% chance of
repeating the previous kind and sender), plus batch runs: renewal forms, handicap records,
score cards, workshop job sheets, amenity suppliers' invoices, spray records and pro shop
invoices often come 2-4 in a row from one sender with other members, dates, numbers and
amounts; and companions: each related paper above often follows the document it answers.
Drawn with ``corpus.draw_pdf``, scanned with ``corpus.scan`` and labelled exactly like
``corpus.generate`` with ``"split": "pestle"`` and seeds offset by 10_000_000.

Usage: ``python benchmarks/corpus_pestle.py OUT_DIR [--streams N] [--scanned N] [--seed S]``
writes ``OUT_DIR/pestle/pestle_{born_digital,scanned}_NNNNNNN.{pdf,json}``.
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

PART = "pestle"
SEED_OFFSET = 10_000_000

MM = 72 / 25.4
SLIP = (80 * MM, 160 * MM)
A6 = (105 * MM, 148 * MM)
CARD = (110 * MM, 230 * MM)  # a score card, unfolded
A4L = landscape(A4)
A5L = landscape(A5)

# ---------------------------------------------------------------------------------------------
# Who writes: the club and its outside senders, by country
# ---------------------------------------------------------------------------------------------

Row = tuple[str, str, str, str]  # name, street, town, telephone
CLUBS: dict[str, list[Row]] = {
    "en": [
        ("Hollins Park Golf Club", "Hollins Lane", "Harrogate HG3 1QT", "01423 771 204"),
        ("Bramley Heath Golf Club", "Heath Road", "Guildford GU5 0LR", "01483 892 610"),
        ("Cotswold Edge Golf Club", "Upper Rushmire", "Wotton-under-Edge GL12 7PT", ""),
        ("Tarnside Golf Club", "Fell Road", "Kendal LA9 6AB", "01539 720 388"),
    ],
    "de": [
        ("Golfclub Schloss Eichenried e.V.", "Schlossallee 4", "85452 Eichenried", ""),
        ("Golf- und Landclub Weserbergland e.V.", "Am Golfplatz 1", "37603 Holzminden", ""),
        ("Golfclub Am Sonnenhang e.V.", "Sonnenhang 22", "79341 Kenzingen", "07644 92 17 0"),
        ("Golfclub Hohe Heide e.V.", "Heidweg 9", "29664 Walsrode", "05161 48 22 0"),
    ],
    "fr": [
        ("Golf Club des Trois Chênes", "Route de Montfort", "35160 Breteil", "02 99 06 41 20"),
        (
            "Association Sportive du Golf du Val de Loire",
            "Domaine de la Thibaudière",
            "37210 Rochecorbon",
            "",
        ),
        ("Golf de la Vallée du Lot", "Lieu-dit Les Granges", "46090 Mercuès", "05 65 30 11 48"),
        ("Golf Club de Brocéliande", "Le Bois Gerbaud", "35380 Paimpont", ""),
    ],
}
SENDERS: dict[str, dict[str, list[Row]]] = {
    "union": {
        "en": [
            ("England Golf", "The National Golf Centre", "Woodhall Spa, Lincs LN10 6PU", ""),
            ("Yorkshire Union of Golf Clubs", "Unit 2, Rawdon Hall Mews", "Leeds LS19 6BD", ""),
            ("Gloucestershire Golf Union", "The Old Forge, High Street", "Painswick GL6 6QA", ""),
        ],
        "de": [
            (
                "Deutscher Golf Verband e.V.",
                "Kreuzberger Ring 64",
                "65205 Wiesbaden",
                "0611 99020 0",
            ),
            ("Golfverband Niedersachsen-Bremen e.V.", "Am Golfplatz 7", "30855 Langenhagen", ""),
            ("Bayerischer Golfverband e.V.", "Georg-Brauchle-Ring 93", "80992 München", ""),
        ],
        "fr": [
            ("Fédération française de golf", "68 rue Anatole France", "92300 Levallois-Perret", ""),
            (
                "Ligue de Bretagne de golf",
                "Maison des Sports, 1 rue de la Carrière",
                "35700 Rennes",
                "",
            ),
            ("Ligue Centre-Val de Loire de golf", "1240 rue de la Bergeresse", "45160 Olivet", ""),
        ],
    },
    "dealer": {
        "en": [
            (
                "Fairway Turf Machinery Ltd",
                "Unit 7, Thirsk Industrial Park",
                "Thirsk YO7 3TA",
                "01845 523 900",
            ),
            ("Reel & Rotary Groundcare", "Station Yard", "Wetherby LS22 6SE", "01937 580 112"),
            ("Cotswold Turfcare Equipment", "Brockhampton Farm", "Cheltenham GL54 4QT", ""),
        ],
        "de": [
            (
                "Rasentechnik Brüggemann GmbH",
                "Gewerbestraße 14",
                "49661 Cloppenburg",
                "04471 9311 0",
            ),
            ("Greenkeeping-Maschinen Hofer KG", "Industriering 3", "85748 Garching", ""),
            ("Kommunal- und Rasentechnik Weber", "Zur Mühle 8", "31785 Hameln", ""),
        ],
        "fr": [
            ("Motoculture du Golf SAS", "ZA de la Gaudinière", "44300 Nantes", "02 40 49 77 10"),
            ("Vert Technique Services", "12 rue des Artisans", "37300 Joué-lès-Tours", ""),
            ("Ouest Gazon Matériel", "ZI de Kerivin", "29600 Morlaix", ""),
        ],
    },
    "lessor": {
        "en": [
            ("Greenline Asset Finance Ltd", "3 Whitehall Quay", "Leeds LS1 4BF", "0113 388 2100"),
            ("Turf Leasing Partners plc", "1 Temple Back East", "Bristol BS1 6DX", ""),
        ],
        "de": [
            ("Grünfläche Leasing GmbH", "Mainzer Landstraße 178", "60327 Frankfurt am Main", ""),
            ("AgrarTech Mietkauf AG", "Bahnhofplatz 2", "30159 Hannover", ""),
        ],
        "fr": [
            ("Crédit-Bail Espaces Verts SA", "45 avenue de la Grande Armée", "75116 Paris", ""),
            ("Locavert Financement", "8 place de Bretagne", "35000 Rennes", ""),
        ],
    },
    "agro": {
        "en": [
            (
                "Amenity Turf Supplies Ltd",
                "Lakeside Business Park",
                "Selby YO8 8LZ",
                "01757 706 550",
            ),
            ("Greensward Agronomics", "Unit 4, The Maltings", "Newark NG24 1HG", ""),
            ("Pennine Seeds & Fertilisers", "Mill Road", "Skipton BD23 2QR", "01756 799 340"),
        ],
        "de": [
            ("Rasenpflege Service Nord GmbH", "Dorfstraße 31", "24576 Bad Bramstedt", ""),
            ("Saaten-Union Greenkeeping Vertrieb", "Raiffeisenstraße 12", "97337 Dettelbach", ""),
            ("Agrarhandel Leinetal eG", "Am Bahnhof 5", "37181 Hardegsen", "05505 94 11 0"),
        ],
        "fr": [
            ("Agro Gazon Services SARL", "ZA des Landes", "35520 Melesse", "02 99 66 30 45"),
            ("Semences et Engrais du Centre", "Route de Vierzon", "18100 Vierzon", ""),
            ("Sud-Ouest Espaces Verts Distribution", "Chemin de Borde Rouge", "31200 Toulouse", ""),
        ],
    },
    "trainer": {
        "en": [
            (
                "City & Guilds NPTC Assessment Centre, Askham Bryan College",
                "Askham Bryan",
                "York YO23 3FR",
                "",
            ),
            ("BASIS Registration Ltd", "Bank Chambers, 34 St John Street", "Ashbourne DE6 1GH", ""),
        ],
        "de": [
            (
                "Landwirtschaftskammer Niedersachsen - Pflanzenschutzamt",
                "Wunstorfer Landstraße 9",
                "30453 Hannover",
                "",
            ),
            ("DEULA Kempen GmbH - Greenkeeper-Schule", "Krefelder Weg 41", "47906 Kempen", ""),
        ],
        "fr": [
            (
                "CFPPA de Rennes Le Rheu - Centre de formation Certiphyto",
                "Rue du Lycée",
                "35650 Le Rheu",
                "",
            ),
            (
                "DRAAF Bretagne - Service régional de l'alimentation",
                "15 avenue de Cucillé",
                "35047 Rennes",
                "",
            ),
        ],
    },
    "water": {
        "en": [
            (
                "Environment Agency - Water Resources Permitting",
                "Quadrant 2, 99 Parkway Avenue",
                "Sheffield S9 4WF",
                "",
            ),
            ("Environment Agency - Yorkshire Area", "Lateral, 8 City Walk", "Leeds LS11 9AT", ""),
        ],
        "de": [
            (
                "Landratsamt - Untere Wasserbehörde",
                "Kreishaus, Bahnhofstraße 2",
                "85435 Erding",
                "",
            ),
            (
                "Landkreis Holzminden - Untere Wasserbehörde",
                "Bürgermeister-Schrader-Str. 24",
                "37603 Holzminden",
                "",
            ),
        ],
        "fr": [
            (
                "Préfecture d'Ille-et-Vilaine - DDTM, Service eau et biodiversité",
                "10 rue Martenot",
                "35021 Rennes",
                "",
            ),
            (
                "Agence de l'eau Loire-Bretagne - Délégation Anjou-Maine",
                "17 avenue Jean Joxé",
                "49100 Angers",
                "",
            ),
        ],
    },
    "society": {
        "en": [
            ("Thursday Wanderers Golf Society", "c/o 18 Beech Grove", "Ripon HG4 2ET", ""),
            ("Aire Valley Police Golf Society", "c/o 4 Moor Lane", "Ilkley LS29 8PH", ""),
            (
                "Brewers' Guild Golfing Society",
                "c/o The Old Bell, Market Place",
                "Masham HG4 4DZ",
                "",
            ),
            ("Harcourt & Vane Solicitors (Golf Day)", "9 Park Square East", "Leeds LS1 2NE", ""),
        ],
        "de": [
            ("Golffreunde Rhein-Neckar", "c/o Stefan Arnold, Rosenweg 5", "69117 Heidelberg", ""),
            ("Lions Club Walsrode - Benefiz-Golfturnier", "Lange Straße 40", "29664 Walsrode", ""),
            ("Sparkasse Hannover - Firmenkundenturnier", "Raschplatz 4", "30161 Hannover", ""),
            ("Senioren-Golfrunde Isar", "c/o Helmut Kraus, Ahornweg 12", "85354 Freising", ""),
        ],
        "fr": [
            (
                "Amicale des golfeurs de la Gendarmerie",
                "c/o M. Le Goff, 3 rue Nantaise",
                "35000 Rennes",
                "",
            ),
            (
                "Rotary Club Tours Val de Loire",
                "Hôtel de l'Univers, 5 boulevard Heurteloup",
                "37000 Tours",
                "",
            ),
            (
                "Crédit Agricole - Trophée entreprises",
                "4 rue Louis Braille",
                "35136 Saint-Jacques-de-la-Lande",
                "",
            ),
            ("Association Golf et Entreprises Quercy", "12 boulevard Gambetta", "46000 Cahors", ""),
        ],
    },
    "golfshop": {
        "en": [
            (
                "Fairhaven Golf Distribution Ltd",
                "Units 3-5, Brunel Way",
                "Swindon SN2 8AS",
                "01793 614 700",
            ),
            ("Links Apparel Co.", "7 Albion Street", "Glasgow G1 1LH", ""),
            ("Northern Golf Wholesale", "Dock Road", "Preston PR2 2XS", "01772 884 260"),
        ],
        "de": [
            (
                "Golfsport Großhandel Mayer GmbH",
                "Rudolf-Diesel-Straße 12",
                "86899 Landsberg am Lech",
                "",
            ),
            ("Teebox Textil GmbH", "Lindwurmstraße 88", "80337 München", ""),
            ("Green Line Golf Vertrieb", "Hafenweg 22", "48155 Münster", "0251 39 40 70"),
        ],
        "fr": [
            ("Golf Plus Distribution SAS", "Parc d'activités des Vignes", "93000 Bobigny", ""),
            ("Textiles du Parcours SARL", "5 rue de la Bonneterie", "10000 Troyes", ""),
            ("Atlantique Golf Diffusion", "ZAC de la Maison Neuve", "44800 Saint-Herblain", ""),
        ],
    },
    "licensing": {
        "en": [
            (
                "Harrogate Borough Council - Licensing Section",
                "Civic Centre, St Luke's Avenue",
                "Harrogate HG1 2AE",
                "",
            ),
            ("Guildford Borough Council - Licensing", "Millmead House", "Guildford GU2 4BB", ""),
        ],
        "de": [
            (
                "Stadt Walsrode - Ordnungsamt, Gewerbeangelegenheiten",
                "Lange Straße 22",
                "29664 Walsrode",
                "",
            ),
            ("Gemeinde Moosinning - Ordnungsamt", "Rathausplatz 1", "85452 Moosinning", ""),
        ],
        "fr": [
            (
                "Mairie de Breteil - Service réglementation",
                "Place de la Mairie",
                "35160 Breteil",
                "",
            ),
            (
                "Mairie de Rochecorbon - Police administrative",
                "Place du Maréchal Leclerc",
                "37210 Rochecorbon",
                "",
            ),
        ],
    },
    "stocktaker": {
        "en": [
            (
                "Bar Count Stocktaking Services",
                "22 Victoria Avenue",
                "Harrogate HG1 5QY",
                "07790 213 558",
            ),
            ("Licensed Trade Audit (Yorkshire) Ltd", "Parkway House", "York YO30 4XE", ""),
        ],
        "de": [
            ("Inventur-Service Gastro Lehmann", "Feldstraße 3", "30171 Hannover", ""),
            ("Getränke-Controlling Seidl", "Hauptstraße 56", "85356 Freising", ""),
        ],
        "fr": [
            ("Audit Bar Conseil", "14 rue d'Antrain", "35700 Rennes", ""),
            ("Inventaires CHR Val de Loire", "27 rue Nationale", "37000 Tours", ""),
        ],
    },
    "broker": {
        "en": [
            (
                "Fairway Insurance Brokers Ltd",
                "Lloyd House, 18 Park Place",
                "Leeds LS1 2SP",
                "0113 245 6600",
            ),
            ("Clubsure Sports Insurance Services", "2 The Parade", "Leamington Spa CV32 4AT", ""),
        ],
        "de": [
            ("Vereinsversicherungen Köhler & Partner", "Bahnhofstraße 14", "65185 Wiesbaden", ""),
            ("Golf-Assekuranz Makler GmbH", "Ballindamm 17", "20095 Hamburg", "040 30 96 81 0"),
        ],
        "fr": [
            ("Cabinet Lemoine Assurances Sport", "22 rue de Paris", "35000 Rennes", ""),
            ("Golf Assur Courtage SAS", "16 rue Halévy", "75009 Paris", ""),
        ],
    },
    "agronomist": {
        "en": [
            (
                "Turfgrass Advisory & Research Ltd",
                "Bingley Campus",
                "Bingley BD16 1AU",
                "01274 565 131",
            ),
            ("Greenside Agronomy", "The Barn, Home Farm", "Malton YO17 6RL", ""),
        ],
        "de": [
            ("Rasen-Fachberatung Dr. Ulrich Brandt", "Am Versuchsfeld 3", "53359 Rheinbach", ""),
            ("Institut für Sportrasen und Grünflächen", "Bonner Straße 21", "50374 Erftstadt", ""),
        ],
        "fr": [
            ("Agronomie Gazons Conseil", "4 allée des Chênes", "33600 Pessac", ""),
            ("Cabinet d'expertise gazon Pelletier", "9 rue des Jardins", "49000 Angers", ""),
        ],
    },
}

FIRSTS = {
    "en": [
        "Graham",
        "Susan",
        "Peter",
        "Margaret",
        "Ian",
        "Helen",
        "Andrew",
        "Carol",
        "Stuart",
        "Julie",
        "Neil",
        "Alison",
        "Robert",
        "Lynne",
        "Gareth",
        "Fiona",
    ],
    "de": [
        "Wolfgang",
        "Sabine",
        "Klaus",
        "Ingrid",
        "Jürgen",
        "Monika",
        "Stefan",
        "Petra",
        "Rainer",
        "Birgit",
        "Thomas",
        "Ute",
        "Holger",
        "Karin",
        "Dieter",
        "Andrea",
    ],
    "fr": [
        "Jean-Pierre",
        "Catherine",
        "Philippe",
        "Martine",
        "Alain",
        "Sylvie",
        "Patrick",
        "Isabelle",
        "Bernard",
        "Nathalie",
        "Hervé",
        "Sandrine",
        "Yves",
        "Corinne",
        "Gilles",
        "Valérie",
    ],
}
LASTS = {
    "en": [
        "Ackroyd",
        "Bentley",
        "Crowther",
        "Dawson",
        "Ellison",
        "Fawcett",
        "Greenwood",
        "Holmes",
        "Illingworth",
        "Jowett",
        "Kitching",
        "Lister",
        "Metcalfe",
        "Naylor",
        "Outhwaite",
        "Pickles",
        "Rawnsley",
        "Sugden",
        "Thackray",
        "Wainwright",
    ],
    "de": [
        "Bergmann",
        "Dreyer",
        "Eckert",
        "Fuchs",
        "Gerlach",
        "Hartmann",
        "Jansen",
        "Kaiser",
        "Lorenz",
        "Meinhardt",
        "Neumann",
        "Oltmanns",
        "Pohl",
        "Reinecke",
        "Sauer",
        "Thiele",
        "Vogt",
        "Winkler",
        "Ziegler",
        "Brandes",
    ],
    "fr": [
        "Le Gall",
        "Morvan",
        "Guillou",
        "Tanguy",
        "Rousseau",
        "Chevalier",
        "Lemaire",
        "Perrin",
        "Marchand",
        "Bertin",
        "Carré",
        "Fleury",
        "Gauthier",
        "Hamon",
        "Jacob",
        "Leroux",
        "Moreau",
        "Picard",
        "Roche",
        "Vidal",
    ],
}
FEMALE = set(
    [
        "Susan",
        "Margaret",
        "Helen",
        "Carol",
        "Julie",
        "Alison",
        "Lynne",
        "Fiona",
        "Sabine",
        "Ingrid",
        "Monika",
        "Petra",
        "Birgit",
        "Ute",
        "Karin",
        "Andrea",
        "Catherine",
        "Martine",
        "Sylvie",
        "Isabelle",
        "Nathalie",
        "Sandrine",
        "Corinne",
        "Valérie",
    ]
)

TALK = {
    "en": {
        "course": "greens fairways tees bunkers aeration hollow tining topdressing rootzone "
        "thatch sward bentgrass fescue poa annua disease fusarium irrigation drainage moisture "
        "cutting height speed surfaces renovation overseeding wear divots approaches",
        "committee": "committee members subscriptions budget greens course clubhouse bar "
        "handicap competitions fixtures secretary treasurer captain proposal motion agreed "
        "accounts sponsorship juniors seniors ladies section policy report",
        "legal": "agreement lessee lessor equipment schedule rentals payment default "
        "termination insurance maintenance title return condition notice liability clause "
        "indemnity assignment jurisdiction",
        "water": "abstraction licence borehole quantity meter return condition authority "
        "groundwater cubic metres daily annual period records inspection variation",
        "bar": "stock deliveries beer lager cider wine spirits minerals sales yield "
        "tolerance surplus deficit cellar pipes wastage allowances till readings",
    },
    "de": {
        "course": "Grüns Fairways Abschläge Bunker Aerifizieren Tiefenlockerung Besanden "
        "Tragschicht Filz Narbe Straußgras Schwingel Poa annua Krankheiten Schneeschimmel "
        "Beregnung Drainage Feuchte Schnitthöhe Ballrollstrecke Nachsaat Belastung Vorgrüns",
        "committee": "Vorstand Mitglieder Beiträge Haushalt Platz Clubhaus Gastronomie "
        "Handicap Wettspiele Spielbetrieb Schatzmeister Präsident Spielführer Antrag Beschluss "
        "Jahresabschluss Sponsoring Jugend Senioren Damen Satzung Bericht",
        "legal": "Vertrag Leasingnehmer Leasinggeber Leasingobjekt Raten Zahlung Verzug "
        "Kündigung Versicherung Wartung Eigentum Rückgabe Zustand Haftung Abtretung "
        "Gerichtsstand Bedingungen",
        "water": "Erlaubnis Entnahme Brunnen Grundwasser Entnahmemenge Wasserzähler "
        "Nebenbestimmungen Behörde Kubikmeter täglich jährlich Aufzeichnungen Überwachung",
        "bar": "Bestand Lieferungen Bier Pils Weizen Wein Spirituosen Alkoholfreie Umsatz "
        "Ausschank Toleranz Mehrbestand Fehlbestand Keller Leitungen Schwund Kasse",
    },
    "fr": {
        "course": "greens fairways départs bunkers aération carottage sablage substrat feutre "
        "gazon agrostide fétuque pâturin maladies fusariose arrosage drainage humidité "
        "hauteur de tonte vitesse regarnissage piétinement avant-greens",
        "committee": "comité membres cotisations budget parcours club-house restaurant "
        "index compétitions calendrier secrétaire trésorier président capitaine proposition "
        "vote comptes partenariat école de golf seniors dames statuts rapport",
        "legal": "contrat locataire bailleur matériel loyers paiement défaut résiliation "
        "assurance entretien propriété restitution état responsabilité cession juridiction "
        "conditions",
        "water": "autorisation prélèvement forage nappe volume compteur déclaration "
        "prescriptions administration mètres cubes journalier annuel registre contrôle",
        "bar": "stock livraisons bière pression vin spiritueux softs ventes rendement "
        "tolérance excédent manquant cave tireuse pertes caisse",
    },
}
GLUES = {
    "en": "the of and to for with on at by from this is are will be the a as we your all",
    "de": "die der das und zu für mit auf von ist sind wird bei nach den dem im wir Ihre",
    "fr": "le la les et de du pour avec sur par est sont sera au aux des une nous vos",
}


def words(rng: random.Random, lang: str, topic: str = "course", n: int | None = None) -> str:
    pool, glue = TALK[lang][topic].split(), GLUES[lang].split()
    ws = [rng.choice(pool if rng.random() < 0.5 else glue) for _ in range(n or rng.randint(7, 15))]
    text = " ".join(ws)
    return text[0].upper() + text[1:] + "."


def prose(rng: random.Random, lang: str, topic: str = "course", lo: int = 2, hi: int = 4) -> str:
    return " ".join(words(rng, lang, topic) for _ in range(rng.randint(lo, hi)))


# ---------------------------------------------------------------------------------------------
# The club of a stream: its country, month and what the previous document was about
# ---------------------------------------------------------------------------------------------

CLUB: dict[str, object] = {"lang": "en", "row": 0, "seed": 0, "month": date(2025, 5, 1)}
#: What the previous document was about (a companion takes up the same matter and day).
LAST: dict[str, object] = {"kind": "", "day": None, "extra": None}


def home() -> str:
    return str(CLUB["lang"])


def month() -> date:
    m = CLUB["month"]
    assert isinstance(m, date)
    return m


def keyed(who: Issuer, key: str) -> random.Random:
    """Draws fixed by the issuer, the stream's club and ``key``: a run or a repeat keeps its
    sender."""
    text = f"pestle/{key}/{who.name}/{who.street}/{who.city}/{CLUB['seed']}"
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


def remember(d: date, extra: object = None) -> None:
    LAST.update(day=d, extra=extra)


def add_months(d: date, n: int) -> date:
    k = d.year * 12 + d.month - 1 + n
    return date(k // 12, k % 12 + 1, 1)


def a_person(r: random.Random, lang: str) -> str:
    return f"{r.choice(FIRSTS[lang])} {r.choice(LASTS[lang])}"


def mx(name: str, lang: str) -> str:
    """``name`` with its title: Mrs/Mr, Frau/Herr, Madame/Monsieur."""
    female = name.split()[0] in FEMALE
    if lang == "de":
        return f"{'Frau' if female else 'Herr'} {name}"
    if lang == "fr":
        return f"{'Madame' if female else 'Monsieur'} {name}"
    return f"{'Mrs' if female else 'Mr'} {name}"


def a_member(r: random.Random) -> tuple[str, list[str], str]:
    """A member of the club: name, home address lines and membership number."""
    lg = home()
    name = a_person(r, lg)
    street = {
        "en": ["Otley Road", "Leeds Road", "Kent Avenue", "Church Lane", "Valley Drive"],
        "de": ["Birkenweg", "Kirchstraße", "Am Anger", "Lindenstraße", "Mühlenweg"],
        "fr": ["rue de la Gare", "rue des Écoles", "allée des Tilleuls", "chemin du Moulin"],
    }[lg]
    town = {
        "en": ["Harrogate HG2 8NZ", "Knaresborough HG5 0AD", "Ripon HG4 1QS", "Otley LS21 3HE"],
        "de": ["85452 Moosinning", "85435 Erding", "29664 Walsrode", "37603 Holzminden"],
        "fr": ["35160 Breteil", "35137 Pleumeleuc", "37210 Vouvray", "46090 Mercuès"],
    }[lg]
    no = r.randint(2, 88)
    road = r.choice(street)
    line = f"{road} {no}" if lg == "de" else f"{no} {road}" if lg == "en" else f"{no}, {road}"
    mem = serial(r, {"en": "99999", "de": "0049 99999", "fr": "99999999"}[lg])
    return name, [mx(name, lg), line, r.choice(town)], mem


def hcp(r: random.Random, lo: float = 2.0, hi: float = 36.0) -> float:
    return round(r.uniform(lo, hi), 1)


def hcp_text(v: float, lang: str) -> str:
    return f"{v:.1f}".replace(".", ",") if lang in ("de", "fr") else f"{v:.1f}"


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
    look: str  # band | centred | crest | boxed | plain | side | official
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
LOOKS = ["band", "centred", "boxed", "plain", "side"]
TAGLINE = {
    "dealer": (
        "Turf machinery - sales, service, parts",
        "Rasenpflegetechnik - Verkauf, Service",
        "Matériel d'entretien des gazons - vente, atelier",
    ),
    "agro": (
        "Amenity fertilisers, seed and crop protection",
        "Dünger - Saatgut - Pflanzenschutz",
        "Engrais, semences et produits phytosanitaires",
    ),
    "golfshop": (
        "Golf equipment and apparel",
        "Golfausrüstung und Textil",
        "Matériel et textile de golf",
    ),
    "broker": ("Independent insurance brokers", "Versicherungsmakler", "Courtier en assurances"),
    "agronomist": (
        "Turfgrass agronomy and advisory",
        "Rasenberatung und Gutachten",
        "Conseil et expertise en gazons",
    ),
    "stocktaker": (
        "Licensed trade stocktakers",
        "Getränkeinventur und Controlling",
        "Inventaires et audit bar",
    ),
    "lessor": ("Asset finance", "Leasing und Mietkauf", "Crédit-bail et location financière"),
    "club": ("Founded 1921 - 18 holes", "Gegründet 1984 - 18 Löcher", "Fondé en 1989 - 18 trous"),
}


def legal_lines(r: random.Random, name: str, lang: str, role: str) -> list[str]:
    if role in ("union", "water", "licensing", "trainer"):
        return []
    if lang == "de":
        bank = r.choice(
            [
                "Sparkasse Hannover",
                "Kreissparkasse Erding",
                "Volksbank Mittelweser",
                "HypoVereinsbank",
            ]
        )
        iban = (
            f"IBAN DE{r.randint(10, 99)} {r.randint(1000, 9999)} {r.randint(1000, 9999)} "
            f"{r.randint(1000, 9999)} {r.randint(1000, 9999)} {r.randint(10, 99)}"
        )
        if "e.V." in name:
            court = r.choice(["Hannover", "München", "Walsrode"])
            first = f"Vereinsregister Amtsgericht {court} VR {r.randint(100, 9999)}"
        elif "GmbH" in name or "AG" in name or "KG" in name:
            court = r.choice(["Oldenburg", "München", "Hamburg"])
            first = (
                f"Amtsgericht {court} HRB {r.randint(1000, 99999)} - "
                f"Geschäftsführer: {a_person(r, 'de')}"
            )
        else:
            first = (
                f"Steuer-Nr. {r.randint(10, 99)}/{r.randint(100, 999)}/{r.randint(10000, 99999)}"
            )
        return [first, f"{bank} - {iban} - USt-IdNr. DE{r.randint(100000000, 999999999)}"]
    if lang == "fr":
        siret = (
            f"{r.randint(300, 899)} {r.randint(100, 999)} {r.randint(100, 999)} "
            f"{r.randint(10000, 99999)}"
        )
        form = (
            "Association loi 1901"
            if "Association" in name or "Golf" in name[:5]
            else "SAS au capital de " + f"{r.choice([10, 37, 50, 150])} 000 €"
        )
        return [
            f"{name} - {form} - SIRET {siret} - TVA "
            f"FR{r.randint(10, 99)}{r.randint(100000000, 999999999)}"
        ]
    out = []
    if "Ltd" in name or "plc" in name:
        out.append(f"Registered in England No. {r.randint(1000000, 13999999):08d}")
    if role == "broker":
        out.append(
            "Authorised and regulated by the Financial Conduct Authority, FRN "
            f"{r.randint(300000, 999999)}"
        )
    if r.random() < 0.7:
        out.append(f"VAT No. GB {r.randint(100, 999)} {r.randint(1000, 9999)} {r.randint(10, 99)}")
    return [" - ".join(out)] if out else []


def make_head(row: Row, lang: str, role: str) -> Head:
    """The paper habits of the sender ``row``: the same all through one stream."""
    name, street, town, phone = row
    r = random.Random(zlib.crc32(f"pestle/head/{name}/{CLUB['seed']}".encode()))
    font, bold = r.choice(FACES)
    host = "".join(c for c in name.lower().split()[0] if c.isalpha() and c.isascii())[:12]
    tld = {"en": "co.uk", "de": "de", "fr": "fr"}[lang]
    looks = LOOKS
    if role in ("union", "water", "licensing", "trainer"):
        looks = ["official"]
        font, bold = r.choice([("Helvetica", "Helvetica-Bold"), ("Times-Roman", "Times-Bold")])
    elif role == "club":
        looks = ["crest", "crest", "centred"]
        font, bold = r.choice([("Times-Roman", "Times-Bold"), ("Helvetica", "Helvetica-Bold")])
    elif role == "society":
        looks = ["plain", "centred"]
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
        if r.random() < 0.7
        else "",
    )


def club_head() -> Head:
    lang = home()
    return make_head(CLUBS[lang][int(CLUB["row"])], lang, "club")  # type: ignore[call-overload]


def club_name() -> str:
    return CLUBS[home()][int(CLUB["row"])][0]  # type: ignore[call-overload]


def head_of(who: Issuer, role: str, abroad: float = 0.0) -> Head:
    """The ``role`` sender of ``who`` (the same for the same issuer and club), of the club's
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
    """A circle drawn as a polygon (seals, round stamps, a crest)."""
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
    pt = shrink(top, "Helvetica", 6.5, r * 1.5)
    p.text(cx, cy - r * 0.45, fit(top, "Helvetica", pt, r * 1.5), "Helvetica", pt, "center")
    pt2 = shrink(mid, "Helvetica", 6.5, r * 1.4)
    p.text(cx, cy + r * 0.65, fit(mid, "Helvetica", pt2, r * 1.4), "Helvetica", pt2, "center")
    p.text(cx, cy + 4, "*", "Helvetica-Bold", 11, "center")


def flag(p: Page, x: float, y: float, k: float = 1.0) -> None:
    """A golf club's crest: a pin flag on a green inside a ring."""
    ring(p, x + 16 * k, y + 16 * k, 16 * k, 28)
    p.line(x + 14 * k, y + 25 * k, x + 14 * k, y + 5 * k)
    p.rect(x + 14 * k, y + 5 * k, 9 * k, 6 * k, fill=0.2)
    p.line(x + 5 * k, y + 25 * k, x + 27 * k, y + 25 * k)


def emblem(p: Page, x: float, y: float) -> None:
    """A small crest of an authority or federation: a shield outline with bars."""
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
    tag = TAGLINE.get(h.role)
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
        lines = h.name.split(" - ") if " - " in h.name else [h.name]
        yy = y
        for k, t in enumerate(lines):
            f_, pt = (h.bold, 11) if k == 0 else (h.font, 9)
            p.text(m + 32, yy, fit(t, f_, pt, w - 2 * m - 40), f_, pt)
            yy += 12
        p.text(m + 32, yy, fit(where, h.font, 7, w / 2 - m), h.font, 7)
        return yy + 34
    if h.look == "crest":
        flag(p, w / 2 - 16, y - 16)
        pt = shrink(h.name.upper(), h.bold, 13, w - 2 * m)
        p.text(w / 2, y + 32, h.name.upper(), h.bold, pt, "center")
        it = italic_of(h.font)
        p.text(w / 2, y + 43, fit(f"{where}   {contact}", it, 7.5, w - 2 * m), it, 7.5, "center")
        p.line(m, y + 49, w - m, y + 49)
        return y + 68
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
    parts = [t for t in name.replace("-", " ").replace(".", " ").split() if t[0].isupper()]
    parts = parts or ["X"]
    text = f"{parts[0][0]}{parts[-1][:8]}" if len(parts) > 1 else parts[0]
    p.text(x + 2, y - 1, text, INK, pt)
    end = x + 6 + tw(text, INK, pt)
    p.line(end - 4, y - 2, end + 12, y - 9)
    p.line(x, y + 2, end - 8, y + 1)


def received(rng: random.Random, p: Page, d: date, odds: float = 0.35) -> None:
    """Now and then the club office's received stamp on the first page."""
    if rng.random() < odds:
        w, _ = p.size
        lg = home()
        stamp(
            p,
            w - rng.uniform(150, 210),
            rng.uniform(70, 170),
            [
                tr(lg, "RECEIVED", "EINGANG", "REÇU LE"),
                short(d + timedelta(days=rng.randint(1, 5)), lg),
                rng.choice(
                    {
                        "en": ["Secretary", "Greens", "Pro shop", "Office"],
                        "de": ["Sekretariat", "Greenkeeping", "Buchhaltung"],
                        "fr": ["Accueil", "Secrétariat", "Terrain"],
                    }[lg]
                ),
            ],
        )


def recipient(
    f: Sheets, s: Style, h: Head, lines: list[str], d: date, refs: list[tuple[str, str]]
) -> None:
    w, _ = f.size
    y0 = f.y
    below = window(f.page, s, h if h.look in ("plain", "band", "official") else None, y0, lines)
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
            ["Yours sincerely", "Kind regards", "Yours faithfully", "With best wishes"][
                len(name) % 4
            ],
            "Mit freundlichen Grüßen" if len(name) % 3 else "Mit sportlichen Grüßen",
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
    r = random.Random(zlib.crc32(f"pestle/staff/{tag}/{h.name}/{CLUB['seed']}".encode()))
    return a_person(r, h.lang)


ROLES = {
    "secretary": ("Club Secretary", "Clubmanager", "Directeur"),
    "greens": ("Head Greenkeeper", "Head-Greenkeeper", "Intendant de terrain"),
    "pro": ("PGA Professional", "Head-Pro (PGA)", "Enseignant professionnel"),
    "bar": ("Bar & Catering Manager", "Gastronomie-Leitung", "Responsable restauration"),
    "captain": ("Club Captain", "Spielführer", "Capitaine"),
    "treasurer": ("Hon. Treasurer", "Schatzmeister", "Trésorier"),
    "president": ("Chairman", "Präsident", "Président"),
}


def club_person(role: str) -> str:
    return staff(club_head(), role)


def club_role(role: str) -> str:
    return tr(home(), *ROLES[role])


def club_lines(att: str = "") -> list[str]:
    h = club_head()
    return [h.name, *([att] if att else []), h.street, h.town]


def vat_rate(lang: str) -> float:
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
        (tr(lg, "Total due", "Rechnungsbetrag", "Total TTC" if rate else "Net à payer"), net + tax)
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


def sign_line(p: Page, s: Style, x: float, y: float, w: float, label: str, name: str = "") -> None:
    """A signature line with its caption below; signed by ``name`` if given."""
    p.line(x, y, x + w, y)
    p.text(x, y + 9, fit(label, s.font, 7, w), s.font, 7)
    if name:
        scrawl(p, x + 4, y - 3, name, 12)


def hhmm(h: int, m: int) -> str:
    return f"{h:02d}:{m:02d}"


# ---------------------------------------------------------------------------------------------
# Templates WWWW: members, handicaps and competitions
# ---------------------------------------------------------------------------------------------

CATEGORIES = {
    "en": [
        ("Full 7-day", 1195),
        ("5-day", 945),
        ("Senior (70+)", 890),
        ("Intermediate 18-29", 610),
        ("Junior", 120),
        ("Country (50+ miles)", 520),
        ("Social", 95),
    ],
    "de": [
        ("Ordentliches Mitglied", 1680),
        ("Ehepartner", 1390),
        ("Wochentags", 1150),
        ("Studierende bis 27 J.", 480),
        ("Jugend bis 18 J.", 190),
        ("Zweitmitglied", 690),
        ("Passiv", 120),
    ],
    "fr": [
        ("Abonnement individuel 7/7", 1450),
        ("Couple", 2590),
        ("Semaine 5/7", 1090),
        ("Jeune 18-25 ans", 520),
        ("Enfant - école de golf", 290),
        ("Membre extérieur", 760),
    ],
}


def tpl_renewal_form(rng: random.Random, who: Issuer) -> list[Page]:
    """A member's returned subscription renewal form: the club's printed form filled in by
    hand (category, extras, payment), now and then a note card clipped on top and the direct
    debit instruction or SEPA mandate behind."""
    lg = home()
    h = club_head()
    r = keyed(who, "renewal")
    small = r.random() < 0.35
    s = style_of(h, A5 if small else A4, margin=34 if small else 0, pt=8.5 if small else 0)
    w, hh = s.page_size
    m = s.margin
    name, addr, mem = a_member(rng)
    d = some_day(rng)
    season = f"{month().year}/{(month().year + 1) % 100:02d}" if lg == "en" else str(month().year)
    pages: list[Page] = []
    if rng.random() < 0.25:
        note = Page(A6)
        nm = 22
        hand(note, nm, 40, day(h, d), 9)
        text = {
            "en": [
                "Dear Secretary,",
                "Form enclosed for this year.",
                "Please note my new",
                "phone number. Many thanks",
                f"{name.split()[0]}",
            ],
            "de": [
                "Liebes Sekretariat,",
                "anbei mein Antrag.",
                "Bitte neue Telefon-",
                "nummer beachten. Danke!",
                f"{name.split()[0]}",
            ],
            "fr": [
                "Bonjour,",
                "ci-joint mon bulletin",
                "et le chèque.",
                "Bien cordialement,",
                f"{name.split()[0]}",
            ],
        }[lg]
        for k, t in enumerate(text):
            hand(note, nm, 70 + 17 * k, t, 10)
        pages.append(note)
    p = Page(s.page_size)
    pages.append(p)
    y = heading(p, s, h)
    title = tr(
        lg,
        f"SUBSCRIPTION RENEWAL {season}",
        f"Mitgliedschaft {season} - Rückmeldebogen",
        f"BULLETIN DE RÉINSCRIPTION {season}",
    )
    pt = shrink(title, s.bold, s.size + 4, w - 2 * m)
    p.text(w / 2, y, title, s.bold, pt, "center")
    y += 14
    p.text(
        w / 2,
        y,
        fit(
            tr(
                lg,
                "Please complete in BLOCK CAPITALS and return to the office by the date shown.",
                "Bitte in Druckbuchstaben ausfüllen und im Sekretariat abgeben.",
                "À compléter en majuscules et à retourner à l'accueil.",
            ),
            s.font,
            7,
            w - 2 * m,
        ),
        s.font,
        7,
        "center",
    )
    y += 16
    y = band(p, s, y, tr(lg, "1. Member", "1. Mitglied", "1. Membre"))
    y = fields(
        p,
        s,
        m,
        y,
        w - 2 * m,
        [
            (tr(lg, "Name", "Name, Vorname", "Nom, prénom"), name.upper()),
            (tr(lg, "Membership no.", "Mitgliedsnr.", "N° de membre"), mem),
            (tr(lg, "Address", "Anschrift", "Adresse"), ", ".join(addr[1:])),
            (
                tr(lg, "Telephone", "Telefon", "Téléphone"),
                serial(
                    rng, {"en": "07999 999999", "de": "0179 9999999", "fr": "06 99 99 99 99"}[lg]
                ),
            ),
            (
                tr(lg, "E-mail", "E-Mail", "Courriel"),
                f"{name.split()[-1].lower().replace(' ', '')}{rng.randint(1, 99)}@"
                + rng.choice(["gmail.com", "btinternet.com", "web.de", "orange.fr"]),
            ),
            (
                tr(lg, "Date of birth", "Geburtsdatum", "Date de naissance"),
                short(date(rng.randint(1942, 2004), rng.randint(1, 12), rng.randint(1, 28)), lg),
            ),
        ],
        per=2,
        tall=24 if small else 26,
    )
    y = band(p, s, y, tr(lg, "2. Category", "2. Mitgliedschaftsart", "2. Formule"))
    y += 8
    cats = CATEGORIES[lg]
    pick = rng.randrange(len(cats))
    for k, (c, fee) in enumerate(cats):
        box(p, m + 4, y, k == pick, 8)
        p.text(m + 18, y, c, s.font, s.size - 1)
        p.text(w - m - 6, y, cash(fee, lg), s.font, s.size - 1, "right")
        y += s.size * 1.45
    y += 4
    y = band(p, s, y, tr(lg, "3. Extras", "3. Zusatzleistungen", "3. Options"))
    y += 8
    extras = [
        (tr(lg, "Locker", "Spind", "Casier"), 45),
        (tr(lg, "Trolley store", "Cartbox / Trolleyraum", "Local chariots"), 60),
        (tr(lg, "Buggy season ticket", "E-Cart Saisonkarte", "Forfait voiturette"), 380),
        (
            tr(lg, "Union & county levy", "DGV-Ausweis / Verbandsabgabe", "Licence ffgolf"),
            14 if lg != "fr" else 62,
        ),
    ]
    on = {k for k in range(len(extras)) if rng.random() < 0.45} | {3}
    for k, (c, fee) in enumerate(extras):
        box(p, m + 4, y, k in on, 8)
        p.text(m + 18, y, c, s.font, s.size - 1)
        p.text(w - m - 6, y, cash(fee, lg), s.font, s.size - 1, "right")
        y += s.size * 1.45
    total = cats[pick][1] + sum(extras[k][1] for k in on)
    p.text(w - m - 66, y + 4, tr(lg, "TOTAL", "GESAMT", "TOTAL"), s.bold, s.size, "right")
    p.rect(w - m - 60, y - 7, 56, 15)
    hand(p, w - m - 56, y + 5, money(total, lg), 9)
    y += 22
    y = band(p, s, y, tr(lg, "4. Payment", "4. Zahlung", "4. Règlement"))
    y += 8
    dd = rng.random() < (0.7 if lg == "de" else 0.45)
    ways = [
        tr(lg, "Direct Debit (10 monthly)", "SEPA-Lastschrift", "Prélèvement (3 fois)"),
        tr(lg, "Cheque", "Überweisung", "Chèque"),
        tr(lg, "Card in office", "Bar im Sekretariat", "Carte bancaire"),
    ]
    y = ticks(p, s, m + 4, y, w - 2 * m - 8, ways, {0 if dd else rng.randint(1, 2)}, 8)
    y += 6
    if y < hh - m - 60:
        text = tr(
            lg,
            "I agree to abide by the rules of the club and consent to my details being "
            "held by the club and the national union for handicap purposes.",
            "Ich erkenne die Satzung und die Platzordnung an und bin mit der Speicherung "
            "meiner Daten für Zwecke des Spielbetriebs einverstanden.",
            "J'accepte le règlement intérieur et la transmission de mes données à la "
            "ffgolf pour la licence.",
        )
        for ln in wrap(text, s.font, 7, w - 2 * m):
            p.text(m, y, ln, s.font, 7)
            y += 8.5
    yb = min(hh - m - 18, y + 34)
    sign_line(p, s, m, yb, 150, tr(lg, "Signature", "Unterschrift", "Signature"), name)
    hand(p, w - m - 110, yb - 4, short(d, lg), 9)
    p.text(w - m - 110, yb + 9, tr(lg, "Date", "Datum", "Date"), s.font, 7)
    if rng.random() < 0.5:
        hand(
            p,
            w - m - 150,
            hh - m - rng.uniform(0, 14),
            tr(lg, f"pd {day(h, d + timedelta(days=2))} entered", "erf. ", "saisi ")
            + club_person("secretary").split()[0][:2].upper(),
            8.5,
        )
    if dd and (lg == "de" or rng.random() < 0.6):
        pages.append(mandate(rng, s, h, name, addr, mem))
    return pages


def mandate(rng: random.Random, s0: Style, h: Head, name: str, addr: list[str], mem: str) -> Page:
    """The club's direct debit instruction or SEPA mandate, filled in by hand."""
    lg = home()
    s = paper(s0, A4 if s0.page_size != A5 else A5)
    w, hh = s.page_size
    m = s.margin
    p = Page(s.page_size)
    title = tr(
        lg,
        "Instruction to your bank or building society to pay by Direct Debit",
        "SEPA-Lastschriftmandat",
        "Mandat de prélèvement SEPA",
    )
    p.text(m, m, fit(h.name, s.bold, 9, w - 2 * m), s.bold, 9)
    y = m + 20
    pt = shrink(title, s.bold, 11, w - 2 * m)
    p.text(m, y, title, s.bold, pt)
    y += 18
    if lg == "en":
        p.rect(w - m - 90, m - 10, 80, 26)
        p.text(w - m - 50, m + 6, "DIRECT Debit", "Helvetica-Bold", 8, "center")
        ref = [("Service user number", serial(rng, "999999")), ("Reference", mem)]
    else:
        ref = [
            (
                tr(lg, "", "Gläubiger-ID", "ICS"),
                serial(rng, "DE99ZZZ09999999999" if lg == "de" else "FR99ZZZ999999"),
            ),
            (tr(lg, "", "Mandatsreferenz", "RUM"), f"{mem}-{month().year}"),
        ]
    for k, v in ref:
        p.text(m, y, k, s.font, 8)
        p.text(m + 120, y, v, "Courier", 8)
        y += 12
    y += 4
    text = tr(
        lg,
        "Please pay the club Direct Debits from the account detailed in this Instruction "
        "subject to the safeguards assured by the Direct Debit Guarantee.",
        "Ich ermächtige den Verein, Zahlungen von meinem Konto mittels Lastschrift "
        "einzuziehen. Zugleich weise ich mein Kreditinstitut an, die vom Verein auf mein "
        "Konto gezogenen Lastschriften einzulösen. Hinweis: Ich kann innerhalb von acht "
        "Wochen, beginnend mit dem Belastungsdatum, die Erstattung verlangen.",
        "En signant ce formulaire de mandat, vous autorisez le club à envoyer des "
        "instructions à votre banque pour débiter votre compte. Vous bénéficiez du droit "
        "d'être remboursé par votre banque selon les conditions de votre convention.",
    )
    for ln in wrap(text, s.font, 7.5, w - 2 * m):
        p.text(m, y, ln, s.font, 7.5)
        y += 9.5
    y += 8
    acct = (
        {
            "en": serial(rng, "99999999"),
            "de": serial(rng, "DE99 9999 9999 9999 9999 99"),
            "fr": serial(rng, "FR76 9999 9999 9999 9999 9999 999"),
        }
    )[lg]
    y = fields(
        p,
        s,
        m,
        y,
        w - 2 * m,
        [
            (tr(lg, "Name(s) of account holder(s)", "Kontoinhaber", "Titulaire du compte"), name),
            (tr(lg, "Address", "Anschrift", "Adresse"), ", ".join(addr[1:])),
            (tr(lg, "Bank/building society account number", "IBAN", "IBAN"), acct),
            (
                tr(lg, "Branch sort code", "BIC", "BIC"),
                serial(rng, "99-99-99") if lg == "en" else serial(rng, "AAAADEAA9AA"),
            ),
            (
                tr(lg, "Name of bank", "Kreditinstitut", "Banque"),
                rng.choice(
                    {
                        "en": ["Barclays", "Lloyds", "Nationwide"],
                        "de": ["Sparkasse", "Volksbank", "Commerzbank"],
                        "fr": ["Crédit Agricole", "CIC", "La Banque Postale"],
                    }[lg]
                ),
            ),
            (tr(lg, "Date", "Ort, Datum", "Fait à, le"), short(some_day(rng), lg)),
        ],
        per=1 if s.page_size == A5 else 2,
        tall=24,
    )
    sign_line(
        p,
        s,
        m,
        min(y + 36, hh - m - 20),
        170,
        tr(lg, "Signature(s)", "Unterschrift", "Signature"),
        name,
    )
    if lg == "en" and y + 70 < hh - m - 120:
        y += 70
        slip_rule(p, m, w - m, y, "This guarantee should be detached and retained by the payer.")
        y += 16
        p.text(m, y, "The Direct Debit Guarantee", s.bold, 9)
        y += 12
        for ln in wrap(
            "This Guarantee is offered by all banks and building societies that accept "
            "instructions to pay Direct Debits. If there are any changes to the amount, date or "
            "frequency of your Direct Debit the club will notify you 10 working days in advance "
            "of your account being debited. If an error is made in the payment of your Direct "
            "Debit you are entitled to a full and immediate refund of the amount paid from your "
            "bank or building society.",
            s.font,
            7,
            w - 2 * m,
        ):
            p.text(m, y, ln, s.font, 7)
            y += 8.5
    return p


AWAY = {
    "en": [
        "Pannal GC",
        "Moortown GC",
        "Alwoodley GC",
        "Ganton GC",
        "Minchinhampton GC",
        "Kendal GC",
        "Worplesdon GC",
    ],
    "de": [
        "GC Erding-Grünbach",
        "GC Bad Bramstedt",
        "Golf Club Hannover",
        "GC Freiburg",
        "GC Isarwinkel",
        "GC Gut Lärchenhof",
    ],
    "fr": [
        "Golf de Rennes Saint-Jacques",
        "Golf de Touraine",
        "Golf de Cahors Lalande",
        "Golf de la Freslonnière",
        "Golf de Dinard",
    ],
}


def tpl_handicap_record(rng: random.Random, who: Issuer) -> list[Page]:
    """The national union's handicap record of a player (WHS scoring record, DGV Stammblatt,
    ffgolf historique d'index): the index, then the last scores in a table with the eight
    counting ones marked, sometimes on landscape pages and over more than one sheet."""
    h = head_of(who, "union")
    lg = h.lang
    land = keyed(who, "land").random() < 0.4
    s = style_of(h, A4L if land else A4, pt=8.5)
    w, _ = s.page_size
    m = s.margin
    name, _, _ = a_member(rng)
    idx = hcp(rng, 0.5, 40)
    d = some_day(rng)
    title = tr(
        lg,
        "World Handicap System - Handicap Record",
        "Stammblatt - Handicap-Historie (WHS)",
        "Historique de l'index (WHS)",
    )
    f = sheets(s, h, f"{title} - {name}")
    p = f.page
    caption(f, s, title, 3)
    pid = serial(rng, {"en": "10999999999", "de": "49 9999 99999", "fr": "999999999"}[lg])
    y0 = f.y
    f.y = pairs(
        p,
        s,
        s.margin,
        f.y,
        [
            (tr(lg, "Player", "Spieler/in", "Joueur"), name),
            (tr(lg, "CDH ID", "DGV-Ausweis-Nr.", "N° de licence"), pid),
            (tr(lg, "Home club", "Heimatclub", "Club"), club_name()),
        ],
        w / 2 - 10,
    )
    pairs(
        p,
        s,
        w / 2 + 10,
        y0,
        [
            (tr(lg, "Handicap Index", "Handicap-Index", "Index"), hcp_text(idx, lg)),
            (
                tr(lg, "Low Handicap Index", "Niedrigster HI (12 Mon.)", "Index bas"),
                hcp_text(max(0.0, idx - rng.uniform(0, 3)), lg),
            ),
            (tr(lg, "Printed", "Stand", "Édité le"), day(h, d)),
        ],
        w - s.margin,
    )
    f.y += 8
    n = rng.choice([20, 20, 20, 34, 46])
    rows = []
    dd = d
    diffs = []
    for _ in range(n):
        dd -= timedelta(days=rng.randint(3, 21))
        cr = round(rng.uniform(68.5, 73.5), 1)
        slope = rng.randint(118, 139)
        ags = int(cr + idx * slope / 113 + rng.gauss(2, 3))
        diff = round((113 / slope) * (ags - cr), 1)
        diffs.append(diff)
        rows.append(
            [
                short(dd, lg),
                fit(rng.choice([club_name(), club_name(), *AWAY[lg]]), s.font, 7.5, 150),
                rng.choice(
                    tr(
                        lg, "White Yellow Red", "Weiß Gelb Rot Blau", "Blancs Jaunes Rouges Bleus"
                    ).split()
                ),
                rng.choice(
                    ["Medal", "Stableford", "General Play"]
                    if lg == "en"
                    else ["Zählspiel", "Stableford", "Privatrunde"]
                    if lg == "de"
                    else ["Stroke play", "Stableford", "Partie amicale"]
                ),
                f"{cr}",
                str(slope),
                str(ags),
                f"{rng.choice([0, 0, 0, 1, -1])}",
                hcp_text(diff, lg),
            ]
        )
    best = sorted(range(min(20, n)), key=lambda k: diffs[k])[:8]
    for k in best:
        rows[k][-1] = "* " + rows[k][-1]
    cols = columns(
        m,
        w - m,
        [
            (1.2, "left"),
            (2.6, "left"),
            (0.9, "left"),
            (1.5, "left"),
            (0.8, "right"),
            (0.7, "right"),
            (0.7, "right"),
            (0.6, "right"),
            (1.0, "right"),
        ],
    )
    table(
        f,
        cols,
        [
            tr(lg, "Date", "Datum", "Date"),
            tr(lg, "Course", "Platz", "Parcours"),
            tr(lg, "Tee", "Tee", "Départ"),
            tr(lg, "Format", "Art", "Formule"),
            "CR",
            "Slope",
            "AGS",
            "PCC",
            tr(lg, "Diff.", "Differenz", "Diff."),
        ],
        rows,
        s,
        shade=0.88,
        step=1.5,
    )
    f.y += 6
    write(
        f,
        s,
        tr(
            lg,
            "* Score differentials counting towards the Handicap Index (best 8 of the "
            "most recent 20).",
            "* Die 8 besten der letzten 20 Ergebnisse bilden den Handicap-Index.",
            "* Les 8 meilleurs différentiels des 20 derniers résultats constituent l'index.",
        ),
        s.size - 1,
    )
    received(rng, f.pages[0], d, 0.2)
    remember(d, name)
    return close(f.pages, s, h, numbers="Page {i} of {n}" if lg == "en" else h.numbers)


def comp_name(rng: random.Random) -> str:
    return rng.choice(
        {
            "en": [
                "Monthly Medal",
                "Captain's Prize",
                "Seniors' Stableford",
                "Spring Meeting",
                "Club Championship - Round 1",
                "Ladies' Coronation Foursomes",
                "Texas Scramble",
                "Autumn Open",
                "Mixed Greensomes",
            ],
            "de": [
                "Monatspreis",
                "Preis des Präsidenten",
                "Seniorenwettspiel",
                "Clubmeisterschaft",
                "Mittwochs-Turnier",
                "Damentag",
                "Sponsorenturnier Autohaus Kramer",
                "Vierer-Auswahldrive",
                "Herbstpreis",
            ],
            "fr": [
                "Coupe du Président",
                "Médal mensuel",
                "Trophée des Seniors",
                "Championnat du club",
                "Greensome mixte",
                "Coupe des Dames",
                "Scramble à deux",
                "Trophée du restaurant",
                "Coupe d'automne",
            ],
        }[home()]
    )


def tpl_start_sheet(rng: random.Random, who: Issuer) -> list[Page]:
    """A competition entry sheet from the notice board on a landscape page: pre-printed tee
    times from the 1st (and the 10th) tee, names and handicaps written in by the members, the
    entry fee ticks and the competition secretary's notes."""
    lg = home()
    h = club_head()
    s = style_of(h, A4L, margin=34, pt=8)
    w, hh = s.page_size
    m = s.margin
    d = some_day(rng) + timedelta(days=rng.randint(5, 15))
    comp = comp_name(rng)
    pages = []
    two_tees = rng.random() < 0.4
    start = rng.choice([7, 8, 8, 9, 12])
    gap = rng.choice([8, 9, 10])
    n_pages = rng.choice([1, 1, 1, 2])
    slot = 0
    for k in range(n_pages):
        p = Page(s.page_size)
        pages.append(p)
        y = m
        p.text(m, y, fit(h.name.upper(), h.bold, 9, w / 3), h.bold, 9)
        title = f"{comp} - {day(h, d)}"
        p.text(w / 2, y + 4, title, s.bold, shrink(title, s.bold, 14, w / 2), "center")
        p.text(
            w - m,
            y,
            tr(lg, "ENTRY SHEET", "STARTLISTE / MELDELISTE", "FEUILLE D'INSCRIPTION"),
            s.bold,
            9,
            "right",
        )
        y += 16
        info = tr(
            lg,
            f"Entry fee £{rng.choice([3, 4, 5])}.00 - sweep £2. Entries close "
            f"{day(h, d - timedelta(days=2))} 5pm. White tees, handicap allowance 95%.",
            f"Startgeld {rng.choice([10, 15, 20])},00 €. Meldeschluss "
            f"{short(d - timedelta(days=2), lg)}, 12 Uhr. "
            "Herren gelb, Damen rot. Vorgabenwirksam.",
            f"Droit de jeu {rng.choice([5, 8, 10])} €. Clôture des inscriptions le "
            f"{short(d - timedelta(days=2), lg)}. "
            "Messieurs départs jaunes, dames rouges.",
        )
        p.text(w / 2, y, fit(info, s.font, 7.5, w - 2 * m), s.font, 7.5, "center")
        y += 14
        tees = [1, 10] if two_tees else [1]
        cw = (w - 2 * m) / len(tees)
        for t_i, tee in enumerate(tees):
            x0 = m + t_i * cw
            cols = [(0.9, "Time"), (3, "Name"), (0.8, "H'cap"), (0.6, "Paid")]
            if lg == "de":
                cols = [(0.9, "Zeit"), (3, "Name"), (0.8, "HCP"), (0.6, "bez.")]
            if lg == "fr":
                cols = [(0.9, "Heure"), (3, "Nom"), (0.8, "Index"), (0.6, "Réglé")]
            tot = sum(c for c, _ in cols)
            xs = [x0]
            for c, _ in cols:
                xs.append(xs[-1] + (cw - 8) * c / tot)
            yy = y
            p.text(
                x0,
                yy,
                tr(
                    lg,
                    f"{tee}st TEE" if tee == 1 else f"{tee}th TEE",
                    f"Tee {tee}",
                    f"Départ du {tee}",
                ),
                s.bold,
                8.5,
            )
            yy += 12
            p.rect(x0, yy - 9, cw - 8, 12, fill=0.85)
            for c_i, (_, lab) in enumerate(cols):
                p.text(xs[c_i] + 2, yy, lab, s.bold, 7.5)
            yy += 6
            row_h = 11.5
            groups = int((hh - m - 40 - yy) / (4 * row_h + 3))
            for g in range(groups):
                mins = start * 60 + (slot + g) * gap
                for q in range(4):
                    p.rect(x0, yy, cw - 8, row_h)
                    for xx in xs[1:-1]:
                        p.line(xx, yy, xx, yy + row_h)
                    if q == 0:
                        p.text(xs[0] + 2, yy + 8.5, hhmm(mins // 60, mins % 60), s.font, 7.5)
                    fill = 0.55 if (slot + g) < 12 else 0.25
                    if rng.random() < fill:
                        nm = a_person(rng, lg)
                        hand(p, xs[1] + 3, yy + 9, fit(nm, HAND, 8, xs[2] - xs[1] - 6), 8)
                        hand(p, xs[2] + 3, yy + 9, str(rng.randint(2, 36)), 8)
                        if rng.random() < 0.7:
                            hand(p, xs[3] + 5, yy + 9, "v" if lg != "de" else "x", 8)
                    yy += row_h
                yy += 3
            if t_i == len(tees) - 1:
                slot += groups
        if k == n_pages - 1 and rng.random() < 0.5:
            hand(
                p,
                w - m - 230,
                hh - m - 10,
                tr(
                    lg,
                    "Draw made Fri - see board. ",
                    "Auslosung Fr. im Sekretariat",
                    "Tirage vendredi ",
                )
                + club_person("captain").split()[-1],
                8.5,
            )
        p.text(
            m,
            hh - 22,
            fit(
                tr(lg, "Competition Secretary: ", "Spielleitung: ", "Commission sportive : ")
                + club_person("captain"),
                s.font,
                7,
                w / 2,
            ),
            s.font,
            7,
        )
    if n_pages > 1:
        number_pages(
            pages,
            s,
            tr(lg, "Sheet {i} of {n}", "Blatt {i}/{n}", "Feuille {i}/{n}"),
            "br",
            bottom=22,
        )
    remember(d, comp)
    return pages


def tpl_results(rng: random.Random, who: Issuer) -> list[Page]:
    """A competition result printed from the club's software: the course data and the
    competition scratch score, the field by nett score or points in divisions, the prize
    winners, two's sweep and nearest the pin; sometimes over two sheets."""
    lg = home()
    h = club_head()
    s = style_of(h, A4, pt=8.5)
    w, _ = s.page_size
    m = s.margin
    d = last_day(rng, ("start_sheet",), (0, 1))
    comp = (
        LAST["extra"]
        if after(("start_sheet",)) and isinstance(LAST["extra"], str)
        else comp_name(rng)
    )
    f = sheets(s, h, f"{comp} - {day(h, d)}", top=rng.random() < 0.6)
    if f.y < s.margin:
        f.y = s.margin + 4
    caption(f, s, f"{comp} - {tr(lg, 'Results', 'Ergebnisliste', 'Résultats')}", 3, rule=True)
    stable = "Stableford" in comp or rng.random() < 0.5
    par = rng.choice([70, 71, 72])
    cr = round(rng.uniform(68.8, 72.9), 1)
    write(
        f,
        s,
        f"{day(h, d)} - Par {par} - CR {cr} / Slope {rng.randint(121, 138)} - "
        + tr(
            lg,
            f"Entries {rng.randint(38, 110)}, PCC {rng.choice([0, 0, 1, -1, 2])}",
            f"Teilnehmer {rng.randint(38, 110)}, PCC {rng.choice([0, 0, 1, -1, 2])}",
            f"Participants {rng.randint(38, 110)}, PCC {rng.choice([0, 0, 1, -1, 2])}",
        ),
        s.size,
    )
    divs = rng.choice([1, 2, 3])
    for dv in range(divs):
        if divs > 1:
            lo, hi = [(0, 12), (13, 20), (21, 54)][dv] if divs == 3 else [(0, 18), (19, 54)][dv]
            f.heading(
                m,
                tr(
                    lg,
                    f"Division {dv + 1} (handicap {lo}-{hi})",
                    f"Klasse {chr(65 + dv)} (HCP {lo}-{hi})",
                    f"Série {dv + 1} (index {lo}-{hi})",
                ),
                s.bold,
                s.size + 1,
            )
        rows = []
        n = rng.randint(8, 28)
        base = [rng.randint(30, 41) if stable else rng.randint(66, 74) for _ in range(n)]
        base.sort(reverse=stable)
        for k, v in enumerate(base):
            ph = rng.randint(2, 36)
            gross = v + ph if not stable else par + ph + 36 - v + rng.randint(-2, 2)
            rows.append(
                [
                    str(k + 1),
                    a_person(rng, lg),
                    str(ph),
                    str(gross),
                    str(v),
                    tr(lg, "C/B" if k and base[k - 1] == v else "", "", ""),
                ]
            )
        cols = columns(
            m,
            w - m,
            [
                (0.5, "left"),
                (3.2, "left"),
                (0.8, "right"),
                (0.8, "right"),
                (1, "right"),
                (0.8, "center"),
            ],
        )
        table(
            f,
            cols,
            [
                "Pos",
                tr(lg, "Name", "Name", "Nom"),
                "PH",
                tr(lg, "Gross", "Brutto", "Brut"),
                tr(
                    lg,
                    "Points" if stable else "Nett",
                    "Netto" if not stable else "Pkt.",
                    "Points" if stable else "Net",
                ),
                "",
            ],
            rows,
            s,
            rules=rng.random() < 0.4,
            step=1.45,
        )
    f.heading(m, tr(lg, "Prizes", "Preise", "Prix"), s.bold, s.size + 1)
    for t in [
        tr(
            lg,
            "Nearest the pin 7th: ",
            "Nearest to the Pin Loch 7: ",
            "Plus près du drapeau trou 7 : ",
        )
        + a_person(rng, lg),
        tr(
            lg,
            f"Two's sweep: {rng.randint(2, 9)} twos, £{rng.randint(4, 14)}.50 each",
            f"Longest Drive Herren: {a_person(rng, lg)}",
            f"Drive le plus long : {a_person(rng, lg)}",
        ),
        tr(
            lg,
            "Prizes may be collected from the pro shop.",
            "Siegerehrung im Clubrestaurant.",
            "Remise des prix au club-house.",
        ),
    ]:
        write(f, s, t, s.size)
    f.y += 10
    write(f, s, f"{club_role('captain')} - {club_person('captain')}", s.size - 1)
    remember(d, comp)
    return close(f.pages, s, h, numbers="2:Page {i}" if lg == "en" else h.numbers)


def tpl_scorecard(rng: random.Random, who: Issuer) -> list[Page]:
    """A competition score card on card stock: the holes with length, par and stroke index,
    the player's scores and points written in, the marker's and the player's signatures."""
    lg = home()
    h = club_head()
    s = style_of(h, CARD, margin=16, pt=7)
    w, _ = s.page_size
    m = s.margin
    r = keyed(who, "course")
    pars = [r.choice([4, 4, 4, 3, 5]) for _ in range(18)]
    lens = [
        {3: r.randint(140, 205), 4: r.randint(320, 440), 5: r.randint(470, 540)}[pp] for pp in pars
    ]
    si = r.sample(range(1, 19), 18)
    d = last_day(rng, ("scorecard", "start_sheet"), (0, 0))
    comp = (
        LAST["extra"]
        if isinstance(LAST["extra"], str) and after(("scorecard", "start_sheet", "results"))
        else comp_name(rng)
    )
    p = Page(s.page_size)
    flag(p, m, m - 8, 0.7)
    p.text(m + 28, m + 2, fit(h.name, h.bold, 8.5, w - 2 * m - 28), h.bold, 8.5)
    p.text(
        m + 28,
        m + 11,
        fit(
            tr(lg, "Competition score card", "Zählkarte", "Carte de score"),
            s.font,
            7,
            w - 2 * m - 28,
        ),
        s.font,
        7,
    )
    y = m + 26
    player = a_person(rng, lg)
    ph = rng.randint(3, 36)
    y = fields(
        p,
        s,
        m,
        y,
        w - 2 * m,
        [
            (tr(lg, "Competition", "Wettspiel", "Épreuve"), comp),
            (tr(lg, "Date", "Datum", "Date"), short(d, lg)),
            (tr(lg, "Player", "Spieler", "Joueur"), player),
            (tr(lg, "Playing hcp", "Spielvorgabe", "Handicap de jeu"), str(ph)),
        ],
        per=2,
        tall=20,
    )
    y -= 4
    cols = [
        tr(lg, "Hole", "Loch", "Trou"),
        "Yds" if lg == "en" else "m",
        "Par",
        "SI" if lg == "en" else "Hcp",
        tr(lg, "Score", "Schläge", "Score"),
        "Pts",
    ]
    cws = [0.7, 0.9, 0.6, 0.6, 1.0, 0.7]
    tot = sum(cws)
    xs = [m]
    for c in cws:
        xs.append(xs[-1] + (w - 2 * m) * c / tot)
    rh = 13.5
    p.rect(m, y, w - 2 * m, rh, fill=0.8)
    for k, c in enumerate(cols):
        p.text((xs[k] + xs[k + 1]) / 2, y + 9.5, c, s.bold, 6.5, "center")
    y += rh
    stable = rng.random() < 0.6
    out_s = in_s = pts_t = 0
    for hole in range(18):
        strokes = 1 if si[hole] <= ph else 0
        strokes += 1 if si[hole] <= ph - 18 else 0
        sc = max(2, pars[hole] + strokes + rng.choice([-1, 0, 0, 0, 1, 1, 2]))
        pts = max(0, 2 + pars[hole] + strokes - sc)
        if hole < 9:
            out_s += sc
        else:
            in_s += sc
        pts_t += pts
        fill = 0.93 if hole % 2 else None
        if fill:
            p.rect(m, y, w - 2 * m, rh, fill=fill)
        p.rect(m, y, w - 2 * m, rh)
        vals = [str(hole + 1), str(lens[hole]), str(pars[hole]), str(si[hole])]
        for k, v in enumerate(vals):
            p.text((xs[k] + xs[k + 1]) / 2, y + 9.5, v, s.font, 7, "center")
        if not (stable and pts == 0 and rng.random() < 0.5):
            hand(p, (xs[4] + xs[5]) / 2 - 4, y + 10, str(sc), 9)
        if stable:
            hand(p, (xs[5] + xs[6]) / 2 - 4, y + 10, str(pts), 8.5)
        for xx in xs[1:-1]:
            p.line(xx, y, xx, y + rh)
        y += rh
        if hole in (8, 17):
            lab = tr(
                lg,
                "OUT" if hole == 8 else "IN",
                "AUS" if hole == 8 else "EIN",
                "ALLER" if hole == 8 else "RETOUR",
            )
            p.rect(m, y, w - 2 * m, rh, fill=0.85)
            p.text(xs[0] + 3, y + 9.5, lab, s.bold, 7)
            p.text(
                (xs[2] + xs[3]) / 2,
                y + 9.5,
                str(sum(pars[:9] if hole == 8 else pars[9:])),
                s.bold,
                7,
                "center",
            )
            hand(p, (xs[4] + xs[5]) / 2 - 6, y + 10, str(out_s if hole == 8 else in_s), 9)
            y += rh
    y += 6
    p.text(m, y, tr(lg, "TOTAL", "GESAMT", "TOTAL"), s.bold, 8)
    hand(p, xs[4], y + 1, str(out_s + in_s), 10)
    if stable:
        hand(p, xs[5] + 2, y + 1, f"{pts_t}", 10)
    y += 24
    marker = a_person(rng, lg)
    sign_line(
        p, s, m, y, (w - 2 * m) / 2 - 6, tr(lg, "Marker's signature", "Zähler", "Marqueur"), marker
    )
    sign_line(
        p,
        s,
        m + (w - 2 * m) / 2 + 6,
        y,
        (w - 2 * m) / 2 - 6,
        tr(lg, "Player's signature", "Spieler", "Joueur"),
        player,
    )
    if rng.random() < 0.4:
        hand(p, w - m - 60, m + 2, tr(lg, "chkd", "gepr.", "vu"), 8)
    remember(d, comp)
    return [p]


# ---------------------------------------------------------------------------------------------
# Templates WWWW: the greenkeeping side - machinery, products, spraying, advice
# ---------------------------------------------------------------------------------------------

MACHINES = [
    ("Triplex greens mower", "GM 3420", 34500),
    ("Five-gang fairway mower", "FM 5510", 62800),
    ("Rotary rough mower", "RR 4700", 48900),
    ("Tees and surrounds mower", "TS 3250", 36200),
    ("Utility vehicle, diesel", "UV 1100", 14900),
    ("Bunker rake", "BR 2020", 13800),
    ("Pedestrian greens mower", "PG 21", 8900),
    ("Turf sprayer, 600 l, GPS", "SP 600", 42500),
    ("Deep tine aerator", "DT 1.6", 27400),
    ("Top dresser", "TD 250", 15600),
]
MACHINES_DE = {
    "Triplex greens mower": "Grünsmäher Triplex",
    "Five-gang fairway mower": "Fairwaymäher 5-Spindel",
    "Rotary rough mower": "Sichelmäher Rough",
    "Tees and surrounds mower": "Abschlags- und Vorgrünmäher",
    "Utility vehicle, diesel": "Transportfahrzeug Diesel",
    "Bunker rake": "Bunkerpflegemaschine",
    "Pedestrian greens mower": "Handgrünsmäher",
    "Turf sprayer, 600 l, GPS": "Pflanzenschutzspritze 600 l, GPS",
    "Deep tine aerator": "Tiefenlockerer",
    "Top dresser": "Besandungsgerät",
}
MACHINES_FR = {
    "Triplex greens mower": "Tondeuse greens triplex",
    "Five-gang fairway mower": "Tondeuse fairways 5 éléments",
    "Rotary rough mower": "Tondeuse rotative roughs",
    "Tees and surrounds mower": "Tondeuse départs et abords",
    "Utility vehicle, diesel": "Véhicule utilitaire diesel",
    "Bunker rake": "Ratisseuse de bunkers",
    "Pedestrian greens mower": "Tondeuse greens hélicoïdale autoportée",
    "Turf sprayer, 600 l, GPS": "Pulvérisateur 600 l, GPS",
    "Deep tine aerator": "Aérateur à louchets",
    "Top dresser": "Sableuse",
}


def machine(k: int, lang: str) -> str:
    name = MACHINES[k][0]
    return {"de": MACHINES_DE, "fr": MACHINES_FR}.get(lang, {}).get(name, name)


def tpl_machinery_lease(rng: random.Random, who: Issuer) -> list[Page]:
    """A lease agreement for greenkeeping machinery from an asset finance company: parties
    and the schedule of goods with serial numbers, the rentals, two pages of terms in small
    print, a landscape rental schedule, the signature page and the delivery and acceptance
    certificate the greenkeeper signed."""
    h = head_of(who, "lessor")
    lg = h.lang
    s = style_of(h, A4)
    w, _ = s.page_size
    m = s.margin
    d = some_day(rng)
    no = serial(rng, rng.choice(["LA/999999", "L-2025-99999", "CB 99 999 999"]))
    title = tr(
        lg, "HIRE PURCHASE / LEASE AGREEMENT", "LEASINGVERTRAG", "CONTRAT DE CRÉDIT-BAIL MOBILIER"
    )
    f = sheets(s, h, f"{title} {no}")
    caption(f, s, title, 4)
    write(
        f, s, tr(lg, f"Agreement number {no}", f"Vertragsnummer {no}", f"Contrat n° {no}"), s.size
    )
    f.y += 4
    f.y = band(f.page, s, f.y, tr(lg, "Lessee", "Leasingnehmer", "Locataire")) + 6
    for t in club_lines():
        write(f, s, t, s.size, 6)
    f.y = band(f.page, s, f.y, tr(lg, "Supplier", "Lieferant", "Fournisseur")) + 6
    dealer = make_head(rng.choice(SENDERS["dealer"][home()]), home(), "dealer")
    write(f, s, f"{dealer.name}, {dealer.street}, {dealer.town}", s.size, 6)
    f.y = (
        band(
            f.page, s, f.y, tr(lg, "Schedule of goods", "Leasingobjekte", "Désignation du matériel")
        )
        + 8
    )
    picks = rng.sample(range(len(MACHINES)), rng.choice([1, 2, 3, 4]))
    rows = []
    cost = 0.0
    for k in picks:
        v = MACHINES[k][2] * rng.uniform(0.9, 1.08)
        cost += v
        rows.append(
            [
                machine(k, lg),
                MACHINES[k][1],
                serial(rng, "AA99999999"),
                tr(lg, "New", "Neu", "Neuf"),
                money(v, lg),
            ]
        )
    cols = columns(
        m, w - m, [(3, "left"), (1.1, "left"), (1.6, "left"), (0.7, "left"), (1.3, "right")]
    )
    table(
        f,
        cols,
        [
            tr(lg, "Description", "Bezeichnung", "Désignation"),
            tr(lg, "Model", "Typ", "Modèle"),
            tr(lg, "Serial no.", "Seriennr.", "N° de série"),
            "",
            tr(lg, "Cash price", "Kaufpreis netto", "Prix HT"),
        ],
        rows,
        s,
        rules=True,
    )
    term = rng.choice([36, 48, 60])
    rent = round(cost * rng.uniform(1.08, 1.2) / term, 2)
    f.y += 6
    f.y = band(f.page, s, f.y, tr(lg, "Rentals", "Leasingraten", "Loyers")) + 8
    f.y = pairs(
        f.page,
        s,
        m,
        f.y,
        [
            (tr(lg, "Total cash price", "Anschaffungswert", "Valeur d'achat HT"), cash(cost, lg)),
            (tr(lg, "Number of rentals", "Laufzeit (Monate)", "Nombre de loyers"), str(term)),
            (
                tr(lg, "Monthly rental (excl. VAT)", "Monatliche Rate netto", "Loyer mensuel HT"),
                cash(rent, lg),
            ),
            (
                tr(lg, "Documentation fee", "Bearbeitungsgebühr", "Frais de dossier"),
                cash(rng.choice([150, 195, 250]), lg),
            ),
            (
                tr(lg, "Option to purchase fee", "Restwert", "Option d'achat"),
                cash(rng.choice([1, 100, round(cost * 0.02, 2)]), lg),
            ),
            (
                tr(lg, "First payment date", "Erste Rate fällig", "Premier loyer le"),
                day(h, add_months(d, 1)),
            ),
        ],
        w / 2 + 60,
    )
    write(f, s, prose(rng, lg, "legal", 1, 2), s.size - 1)
    pages = list(f.pages)
    pages.append(
        small_print(
            rng,
            s,
            h,
            tr(lg, "TERMS AND CONDITIONS", "ALLGEMEINE LEASINGBEDINGUNGEN", "CONDITIONS GÉNÉRALES"),
            [
                tr(lg, t, t, t)
                for t in [
                    "Definitions",
                    "Hire",
                    "Payment",
                    "Ownership",
                    "Use and maintenance",
                    "Insurance",
                    "Loss or damage",
                    "Default",
                    "Termination",
                    "Return of goods",
                    "Assignment",
                    "Notices",
                    "Data protection",
                    "Law",
                ]
            ],
        )
    )
    if rng.random() < 0.6:
        pages.append(
            small_print(
                rng,
                s,
                h,
                tr(
                    lg,
                    "TERMS AND CONDITIONS (continued)",
                    "LEASINGBEDINGUNGEN (Fortsetzung)",
                    "CONDITIONS GÉNÉRALES (suite)",
                ),
                [
                    "Indemnity",
                    "Taxes",
                    "Set-off",
                    "Variation",
                    "Entire agreement",
                    "Severance",
                    "Waiver",
                    "Third parties",
                    "Complaints",
                    "Jurisdiction",
                ],
            )
        )
    if rng.random() < 0.6:
        sl = paper(s, A4L, margin=40, pt=8)
        fl = sheets(
            sl,
            h,
            f"{title} {no} - " + tr(lg, "Schedule of rentals", "Zahlungsplan", "Échéancier"),
            top=False,
        )
        caption(fl, sl, tr(lg, "Schedule of rentals", "Zahlungsplan", "Échéancier des loyers"), 2)
        rows2 = []
        bal = cost
        for k in range(term):
            due = add_months(d, k + 1)
            intr = round(bal * 0.065 / 12, 2)
            bal = max(0.0, bal - (rent - intr))
            rows2.append(
                [
                    str(k + 1),
                    short(due, lg),
                    money(rent, lg),
                    money(round(rent * vat_rate(lg) / 100, 2), lg),
                    money(round(rent * (1 + vat_rate(lg) / 100), 2), lg),
                    money(bal, lg),
                ]
            )
        cols2 = columns(
            40,
            sl.page_size[0] - 40,
            [(0.5, "right"), (1, "left"), (1, "right"), (1, "right"), (1, "right"), (1.2, "right")],
        )
        table(
            fl,
            cols2,
            [
                "#",
                tr(lg, "Due", "Fällig", "Échéance"),
                tr(lg, "Rental", "Rate", "Loyer HT"),
                tr(lg, "VAT", "USt.", "TVA"),
                tr(lg, "Gross", "Brutto", "TTC"),
                tr(lg, "Capital outstanding", "Restschuld", "Capital restant"),
            ],
            rows2,
            sl,
            size=7,
            step=1.35,
        )
        pages.extend(fl.pages)
    sp = Page(s.page_size)
    y = m + 10
    sp.text(m, y, tr(lg, "SIGNATURES", "UNTERSCHRIFTEN", "SIGNATURES"), s.bold, s.size + 2)
    y += 24
    for ln in wrap(
        tr(
            lg,
            "This is a credit agreement regulated where applicable. Sign it only "
            "if you want to be legally bound by its terms.",
            "Mit seiner Unterschrift "
            "bestätigt der Leasingnehmer, die umseitigen Leasingbedingungen erhalten und "
            "zur Kenntnis genommen zu haben.",
            "Le locataire reconnaît avoir pris "
            "connaissance des conditions générales figurant au verso et les accepter.",
        ),
        s.font,
        s.size,
        w - 2 * m,
    ):
        sp.text(m, y, ln, s.font, s.size)
        y += s.size * 1.4
    y += 40
    sec = club_person("secretary")
    sign_line(
        sp,
        s,
        m,
        y,
        200,
        tr(
            lg,
            f"Signed for the lessee: {sec}, {club_role('secretary')}",
            f"Leasingnehmer: {sec}",
            f"Le locataire : {sec}",
        ),
        sec,
    )
    hand(sp, m + 260, y - 4, short(d, lg), 9)
    y += 60
    sig = staff(h, "sign")
    sign_line(
        sp,
        s,
        m,
        y,
        200,
        tr(lg, f"Signed for the lessor: {sig}", f"Leasinggeber: {sig}", f"Le bailleur : {sig}"),
        sig,
    )
    seal(
        sp,
        m + 320,
        y - 20,
        32,
        h.name.split(" - ")[0][:28],
        tr(lg, "ACCEPTED", "ANGENOMMEN", "ACCEPTÉ"),
    )
    if rng.random() < 0.7:
        y += 50
        sp.line(m, y, w - m, y)
        y += 20
        sp.text(
            m,
            y,
            tr(
                lg,
                "DELIVERY AND ACCEPTANCE CERTIFICATE",
                "ÜBERNAHMEBESTÄTIGUNG",
                "PROCÈS-VERBAL DE LIVRAISON",
            ),
            s.bold,
            s.size + 1,
        )
        y += 18
        for ln in wrap(
            tr(
                lg,
                "We confirm that the goods in the schedule have been delivered, "
                "installed and are in good working order and accepted by us.",
                "Wir bestätigen, dass die oben genannten Leasingobjekte vollständig, "
                "mangelfrei und betriebsbereit übernommen wurden.",
                "Nous certifions avoir reçu le matériel désigné en bon état de "
                "fonctionnement et conforme à la commande.",
            ),
            s.font,
            s.size,
            w - 2 * m,
        ):
            sp.text(m, y, ln, s.font, s.size)
            y += s.size * 1.4
        y += 30
        gk = club_person("greens")
        sign_line(sp, s, m, y, 200, f"{gk}, {club_role('greens')}", gk)
        hand(sp, m + 260, y - 4, short(d + timedelta(days=rng.randint(3, 12)), lg), 9)
    pages.append(sp)
    remember(d)
    return close(
        pages, s, h, numbers=rng.choice(["Page {i} of {n}", h.numbers]) if lg == "en" else h.numbers
    )


def tpl_service_report(rng: random.Random, who: Issuer) -> list[Page]:
    """A machinery dealer's workshop job sheet for one machine: the hours and serial number,
    the checklist of work done ticked, reel and bottom blade measurements, parts and labour,
    the technician's and the greenkeeper's signatures; A4 or landscape A5."""
    h = head_of(who, "dealer", 0.05)
    lg = h.lang
    small = keyed(who, "small").random() < 0.4
    s = style_of(h, A5L if small else A4, margin=30 if small else 0, pt=8 if small else 0)
    w, hh = s.page_size
    m = s.margin
    d = last_day(rng, ("service_report",), (0, 2))
    job = serial(rng, rng.choice(["WS99999", "J-99999", "OR 999999"]))
    k = rng.randrange(len(MACHINES))
    p = Page(s.page_size)
    y = heading(p, s, h)
    title = tr(
        lg,
        "WORKSHOP JOB SHEET / SERVICE REPORT",
        "WERKSTATTAUFTRAG / SERVICEBERICHT",
        "BON D'INTERVENTION ATELIER",
    )
    p.text(m, y, title, s.bold, shrink(title, s.bold, s.size + 3, w - 2 * m - 100))
    p.text(w - m, y, f"No. {job}", s.bold, s.size + 1, "right")
    y += 14
    y = fields(
        p,
        s,
        m,
        y,
        w - 2 * m,
        [
            (tr(lg, "Customer", "Kunde", "Client"), club_name()),
            (tr(lg, "Date", "Datum", "Date"), short(d, lg)),
            (tr(lg, "Machine", "Maschine", "Machine"), f"{machine(k, lg)} {MACHINES[k][1]}"),
            (tr(lg, "Serial no.", "Seriennummer", "N° de série"), serial(rng, "AA99999999")),
            (tr(lg, "Hours", "Betriebsstunden", "Heures"), str(rng.randint(120, 4800))),
            (
                tr(lg, "On site / workshop", "Vor Ort / Werkstatt", "Sur site / atelier"),
                rng.choice(
                    tr(lg, "On site|Workshop", "Vor Ort|Werkstatt", "Sur site|Atelier").split("|")
                ),
            ),
        ],
        per=3 if small else 2,
        tall=22,
    )
    checks = [
        tr(lg, t[0], t[1], t[2])
        for t in [
            ("Engine oil & filter", "Motoröl + Filter", "Huile moteur et filtre"),
            ("Fuel filter", "Kraftstofffilter", "Filtre à gasoil"),
            ("Hydraulic oil & filter", "Hydrauliköl + Filter", "Huile hydraulique"),
            ("Air filter", "Luftfilter", "Filtre à air"),
            ("Reels spun & backlapped", "Spindeln geschliffen", "Cylindres affûtés"),
            ("Bottom blades replaced", "Untermesser erneuert", "Contre-lames remplacées"),
            ("Height of cut set", "Schnitthöhe eingestellt", "Hauteur de coupe réglée"),
            ("Greased", "Abgeschmiert", "Graissage"),
            ("Tyres / pressures", "Reifen / Luftdruck", "Pneus / pression"),
            ("Hoses checked for leaks", "Schläuche auf Dichtheit", "Flexibles contrôlés"),
            ("Safety interlocks", "Sicherheitsschalter", "Sécurités"),
            ("Test cut", "Probeschnitt", "Essai de coupe"),
        ]
    ]
    y = band(p, s, y, tr(lg, "Work carried out", "Durchgeführte Arbeiten", "Travaux effectués")) + 8
    y = ticks(
        p,
        s,
        m + 4,
        y,
        w - 2 * m - 8,
        checks,
        {j for j in range(len(checks)) if rng.random() < 0.6},
        7.5,
    )
    if MACHINES[k][0].endswith("mower") and rng.random() < 0.7:
        hoc = rng.choice([3.0, 3.5, 4.0, 10.0, 12.0, 40.0])
        hand(
            p,
            m + 4,
            y + 2,
            tr(
                lg,
                f"HOC set {hoc} mm all units - reel to bedknife contact light, paper cut OK",
                f"Schnitthöhe {hoc} mm, Papierschnitt i.O.",
                f"Hauteur {hoc} mm, coupe papier OK",
            ),
            8,
            w - 2 * m - 8,
        )
        y += 16
    y = band(p, s, y, tr(lg, "Parts used", "Ersatzteile", "Pièces")) + 6
    rows = []
    net = 0.0
    for _ in range(rng.randint(2, 4 if small else 7)):
        part = rng.choice(
            [
                ("Oil filter", "Ölfilter", "Filtre à huile"),
                ("Bedknife", "Untermesser", "Contre-lame"),
                ("Engine oil 15W40 5 l", "Motoröl 15W40 5 l", "Huile 15W40 5 l"),
                ("Drive belt", "Keilriemen", "Courroie"),
                ("Hydraulic filter", "Hydraulikfilter", "Filtre hydraulique"),
                ("Grease cartridge", "Fettkartusche", "Cartouche de graisse"),
                ("Roller bearing", "Walzenlager", "Roulement de rouleau"),
            ]
        )
        q = rng.randint(1, 6)
        pr = round(rng.uniform(6, 95), 2)
        net += q * pr
        rows.append(
            [serial(rng, "999-9999"), tr(lg, *part), str(q), money(pr, lg), money(q * pr, lg)]
        )
    lab = rng.choice([1.5, 2, 3, 4.5, 6])
    rate = {"en": 68.0, "de": 78.0, "fr": 72.0}[lg]
    rows.append(
        [
            "",
            tr(lg, "Labour (hrs)", "Arbeitszeit (Std.)", "Main d'oeuvre (h)"),
            f"{lab:g}",
            money(rate, lg),
            money(lab * rate, lg),
        ]
    )
    net += lab * rate
    cws = [(1, "left"), (3, "left"), (0.5, "right"), (0.9, "right"), (1, "right")]
    x0, x1 = m, w - m
    cols = columns(x0, x1, cws)
    for c, t in zip(
        cols,
        [
            "Part no.",
            tr(lg, "Description", "Bezeichnung", "Désignation"),
            tr(lg, "Qty", "Menge", "Qté"),
            tr(lg, "Unit", "EP", "PU"),
            tr(lg, "Total", "Gesamt", "Total"),
        ],
        strict=True,
    ):
        p.text(
            c[0] if c[2] == "left" else c[1],
            y,
            t,
            s.bold,
            s.size - 1,
            "left" if c[2] == "left" else "right",
        )
    y += 10
    for row in rows:
        if y > hh - m - 60:
            break
        for c, t in zip(cols, row, strict=True):
            p.text(
                c[0] if c[2] == "left" else c[1],
                y,
                fit(t, s.font, s.size - 1, c[1] - c[0] - 2),
                s.font,
                s.size - 1,
                "left" if c[2] == "left" else "right",
            )
        y += (s.size - 1) * 1.4
    p.line(w / 2, y - 5, w - m, y - 5)
    y += 4
    p.text(
        w - m - 90, y, tr(lg, "Net total", "Summe netto", "Total HT"), s.bold, s.size - 1, "right"
    )
    p.text(w - m, y, cash(net, lg), s.bold, s.size - 1, "right")
    y += 14
    if y < hh - m - 60:
        hand(
            p,
            m,
            y,
            fit(
                tr(lg, "Note: ", "Hinweis: ", "Remarque : ")
                + rng.choice(
                    [
                        tr(
                            lg,
                            "LH front reel bearing worn - quote to follow",
                            "Lager Spindel 3 verschlissen, Angebot folgt",
                            "roulement cylindre avant usé, devis à suivre",
                        ),
                        tr(
                            lg,
                            "advise new tyres before winter",
                            "Reifen vor Winter erneuern",
                            "pneus à prévoir",
                        ),
                        tr(
                            lg,
                            "machine OK - returned to compound",
                            "Maschine i.O. übergeben",
                            "machine OK, restituée",
                        ),
                    ]
                ),
                HAND,
                8.5,
                w - 2 * m,
            ),
            8.5,
        )
    yb = hh - m - 10 - 7 * len(h.foot)
    tech = staff(h, "tech")
    sign_line(
        p,
        s,
        m,
        yb,
        150,
        tr(lg, f"Technician: {tech}", f"Techniker: {tech}", f"Technicien : {tech}"),
        tech,
    )
    gk = club_person("greens")
    sign_line(
        p,
        s,
        w - m - 170,
        yb,
        170,
        tr(lg, "Customer signature", "Unterschrift Kunde", "Signature client"),
        gk if rng.random() < 0.8 else "",
    )
    remember(d)
    return close([p], s, h, numbers="none")


PRODUCTS = [
    # name, kind, pack, price (GBP), registration
    ("Fungicide, azoxystrobin 250 g/l", "ppp", "5 l", 189.0),
    ("Fungicide, fludioxonil 125 g/l", "ppp", "1 l", 142.0),
    ("Selective herbicide, 2,4-D + dicamba", "ppp", "5 l", 96.5),
    ("Insecticide, acetamiprid (EAMU)", "ppp", "1 l", 118.0),
    ("Plant growth regulator, trinexapac-ethyl", "ppp", "5 l", 212.0),
    ("Wetting agent, penetrant", "wet", "20 l", 265.0),
    ("Granular fertiliser 12-0-9 + 2% Fe", "fert", "25 kg", 38.9),
    ("Liquid feed 6-0-12 + seaweed", "fert", "20 l", 74.5),
    ("Sulphate of iron", "fert", "25 kg", 21.0),
    ("Greens seed, 100% browntop bent", "seed", "10 kg", 229.0),
    ("Fairway mix, fescue / bent 80:20", "seed", "20 kg", 139.0),
    ("Tee divot mix, ryegrass", "seed", "20 kg", 112.0),
    ("Rootzone sand 70:30, bulk", "sand", "t", 64.0),
    ("Spray marker dye", "wet", "5 l", 41.0),
]


def reg_no(rng: random.Random, lang: str) -> str:
    return {
        "en": f"MAPP {rng.randint(12000, 19999)}",
        "de": f"Zul.-Nr. 0{rng.randint(2000, 8999)}-00",
        "fr": f"AMM {rng.randint(2000000, 2239999)}",
    }[lang]


def tpl_agro_invoice(rng: random.Random, who: Issuer) -> list[Page]:
    """An amenity supplier's invoice for fertiliser, seed, wetting agents and plant protection
    products to the greenkeeping department, with the registration number of each product
    and the pack sizes; now and then the delivery note signed in the sheds stapled behind."""
    h = head_of(who, "agro")
    lg = h.lang
    s = style_of(h, A4)
    w, _ = s.page_size
    m = s.margin
    d = last_day(rng, ("agro_invoice",), (3, 12))
    inv = serial(rng, rng.choice(["SI-999999", "RE 2025-99999", "FA99999"]))
    order = serial(rng, "99999")
    f = sheets(s, h, f"{tr(lg, 'Invoice', 'Rechnung', 'Facture')} {inv}")
    recipient(
        f,
        s,
        h,
        club_lines(tr(lg, "Greenkeeping Dept.", "Greenkeeping", "Service terrain")),
        d,
        [
            (tr(lg, "Invoice no.", "Rechnungs-Nr.", "Facture n°"), inv),
            (tr(lg, "Account", "Kunden-Nr.", "Code client"), serial(keyed(who, "acct"), "GOL999")),
            (
                tr(lg, "Your order", "Ihre Bestellung", "Votre commande"),
                order + (" " + club_person("greens").split()[-1] if rng.random() < 0.5 else ""),
            ),
        ],
    )
    caption(f, s, tr(lg, "INVOICE", "RECHNUNG", "FACTURE"), 4)
    picks = rng.sample(range(len(PRODUCTS)), rng.choice([2, 3, 4, 6, 9, 13]))
    rows = []
    net = 0.0
    fx = 1.0 if lg == "en" else 1.17
    for k in picks:
        name, kind, pack, pr = PRODUCTS[k]
        q = rng.randint(1, 24) if kind != "sand" else rng.randint(10, 60)
        price = round(pr * fx * rng.uniform(0.92, 1.08), 2)
        net += q * price
        desc = name if kind not in ("ppp",) else f"{name} ({reg_no(rng, lg)})"
        rows.append(
            [serial(rng, "AA9999"), desc, pack, str(q), money(price, lg), money(q * price, lg)]
        )
    cols = columns(
        m,
        w - m,
        [(0.9, "left"), (4.2, "left"), (0.6, "left"), (0.5, "right"), (0.9, "right"), (1, "right")],
    )
    table(
        f,
        cols,
        [
            tr(lg, "Code", "Art.-Nr.", "Réf."),
            tr(lg, "Description", "Bezeichnung", "Désignation"),
            tr(lg, "Pack", "VE", "Cond."),
            tr(lg, "Qty", "Menge", "Qté"),
            tr(lg, "Price", "Preis", "PU HT"),
            tr(lg, "Value", "Betrag", "Montant HT"),
        ],
        rows,
        s,
        rules=rng.random() < 0.4,
    )
    if lg == "fr":
        net_rpd = round(net * 0.012, 2)
        write(f, s, f"Dont redevance pour pollutions diffuses : {cash(net_rpd, lg)}", s.size - 1.5)
    totals(f, s, lg, round(net, 2), vat_rate(lg))
    write(
        f,
        s,
        tr(
            lg,
            "Payment terms: 30 days end of month. Goods remain our property until paid "
            "in full. Use plant protection products safely. Always read the label.",
            "Zahlbar innerhalb 30 Tagen netto. Pflanzenschutzmittel vorsichtig verwenden. "
            "Vor Verwendung stets Etikett und Produktinformation lesen.",
            "Paiement à 45 jours fin de mois. Utilisez les produits phytopharmaceutiques "
            "avec précaution. Lisez l'étiquette avant toute utilisation.",
        ),
        s.size - 1.5,
    )
    received(rng, f.pages[0], d, 0.4)
    pages = close(f.pages, s, h)
    if rng.random() < 0.3:
        pages.append(delivery_note(rng, h, d - timedelta(days=rng.randint(2, 8)), order, rows))
    remember(d)
    return pages


def delivery_note(rng: random.Random, h: Head, d: date, order: str, rows: list[list[str]]) -> Page:
    """The supplier's delivery note on A5, signed for by the greenkeeper."""
    lg = h.lang
    s = style_of(h, A5, margin=30, pt=8)
    w, hh = s.page_size
    m = s.margin
    p = Page(A5)
    y = heading(p, s, h)
    p.text(m, y, tr(lg, "DELIVERY NOTE", "LIEFERSCHEIN", "BON DE LIVRAISON"), s.bold, 11)
    p.text(w - m, y, serial(rng, "DN 999999"), s.font, 8, "right")
    y += 14
    p.text(m, y, f"{tr(lg, 'Order', 'Auftrag', 'Commande')} {order} - {short(d, lg)}", s.font, 8)
    y += 14
    for row in rows[:12]:
        p.text(m, y, row[3], s.font, 7.5)
        p.text(m + 24, y, fit(f"{row[1]} / {row[2]}", s.font, 7.5, w - 2 * m - 30), s.font, 7.5)
        y += 10
    y += 10
    p.text(
        m,
        y,
        fit(
            tr(
                lg,
                "Received in good condition. Store PPP in a locked chemical store.",
                "Ware vollständig erhalten. Pflanzenschutzmittel verschlossen lagern.",
                "Marchandise reçue en bon état. Stocker dans un local phytosanitaire fermé.",
            ),
            s.font,
            6.5,
            w - 2 * m,
        ),
        s.font,
        6.5,
    )
    y = max(y + 40, hh - 70)
    gk = club_person("greens")
    sign_line(p, s, m, y, 140, tr(lg, "Received by", "Empfangen", "Reçu par"), gk)
    hand(p, m + 160, y - 2, gk.split()[-1].upper(), 8)
    return p


SPRAY_AREAS = {
    "en": ["Greens", "Tees", "Approaches", "Fairways", "Rough", "Paths"],
    "de": ["Grüns", "Abschläge", "Vorgrüns", "Fairways", "Rough", "Wege"],
    "fr": ["Greens", "Départs", "Avant-greens", "Fairways", "Roughs", "Allées"],
}


def tpl_spray_record(rng: random.Random, who: Issuer) -> list[Page]:
    """The greenkeeping team's pesticide application record for one spray: the club's form
    filled in by hand (product and registration number, areas ticked, rate, water volume,
    weather, nozzle, operator and certificate number, the times, notices posted)."""
    lg = home()
    h = club_head()
    land = keyed(who, "land").random() < 0.35
    s = style_of(h, A4L if land else A4, margin=36, pt=8.5)
    w, hh = s.page_size
    m = s.margin
    d = last_day(rng, ("spray_record", "agro_invoice"), (1, 9))
    p = Page(s.page_size)
    p.text(m, m, fit(h.name, s.bold, 9, w / 2), s.bold, 9)
    title = tr(
        lg,
        "PESTICIDE APPLICATION RECORD",
        "PFLANZENSCHUTZ-ANWENDUNGSDOKUMENTATION",
        "REGISTRE D'APPLICATION PHYTOSANITAIRE",
    )
    p.text(w - m, m, title, s.bold, shrink(title, s.bold, 11, w / 2), "right")
    p.text(
        w - m,
        m + 11,
        tr(
            lg,
            "Keep for at least 3 years",
            "Aufbewahrung 3 Jahre (§ 11 PflSchG)",
            "Conservation 5 ans",
        ),
        s.font,
        7,
        "right",
    )
    y = m + 24
    k = rng.choice([i for i, t in enumerate(PRODUCTS) if t[1] == "ppp"])
    vol = rng.choice([200, 250, 300, 400])
    area = round(rng.uniform(0.6, 14), 2)
    op = club_person("greens") if rng.random() < 0.5 else a_person(rng, lg)
    items = [
        (tr(lg, "Date", "Datum", "Date"), short(d, lg)),
        (
            tr(lg, "Start / finish", "Beginn / Ende", "Début / fin"),
            f"{hhmm(rng.randint(5, 7), rng.choice([0, 15, 30]))} - "
            f"{hhmm(rng.randint(8, 10), rng.choice([0, 20, 45]))}",
        ),
        (
            tr(lg, "Product", "Mittel", "Produit"),
            PRODUCTS[k][0].split(",")[0] + " " + serial(rng, "AAAA"),
        ),
        (tr(lg, "MAPP no.", "Zulassungs-Nr.", "N° AMM"), reg_no(rng, lg).split()[-1]),
        (
            tr(lg, "Target", "Schaderreger", "Cible"),
            rng.choice(
                tr(
                    lg,
                    "Fusarium|Anthracnose|Leatherjackets|Broadleaf weeds|Dollar spot",
                    "Schneeschimmel|Anthraknose|Wiesenschnake|Unkräuter|Dollar Spot",
                    "Fusariose|Anthracnose|Tipules|Adventices|Dollar spot",
                ).split("|")
            ),
        ),
        (
            tr(lg, "Dose rate", "Aufwandmenge", "Dose"),
            f"{rng.choice([0.8, 1.0, 1.5, 2.0, 3.0])} l/ha",
        ),
        (tr(lg, "Water volume", "Wassermenge", "Volume de bouillie"), f"{vol} l/ha"),
        (
            tr(lg, "Area treated", "Behandelte Fläche", "Surface traitée"),
            f"{hcp_text(area, lg)} ha",
        ),
        (
            tr(lg, "Sprayer", "Gerät", "Pulvérisateur"),
            rng.choice(["SP 600 / 3", "Tank 2", "Knapsack"])
            + (" - NSTS " + serial(rng, "99999") if lg == "en" else ""),
        ),
        (
            tr(lg, "Nozzles", "Düsen", "Buses"),
            rng.choice(["AI 110-04", "XR 110-03", "TTI 110-05", "IDK 120-03"]),
        ),
        (tr(lg, "Operator", "Anwender", "Applicateur"), op),
        (
            tr(lg, "Certificate no. (PA1/PA2)", "Sachkunde-Nr.", "N° Certiphyto"),
            serial(rng, "99999999"),
        ),
    ]
    y = fields(p, s, m, y, w - 2 * m, items, per=4 if land else 3, tall=24)
    y = band(p, s, y, tr(lg, "Areas", "Flächen", "Zones")) + 8
    areas = SPRAY_AREAS[lg]
    y = ticks(
        p, s, m + 4, y, w - 2 * m, areas, set(rng.sample(range(len(areas)), rng.randint(1, 2))), 8
    )
    if rng.random() < 0.6:
        hand(
            p,
            m + 4,
            y + 2,
            tr(lg, "holes ", "Bahnen ", "trous ")
            + ", ".join(str(x) for x in sorted(rng.sample(range(1, 19), rng.randint(3, 9)))),
            8.5,
        )
        y += 14
    y = band(p, s, y, tr(lg, "Weather", "Witterung", "Météo")) + 6
    y = fields(
        p,
        s,
        m,
        y,
        w - 2 * m,
        [
            (tr(lg, "Wind speed", "Wind (m/s)", "Vent (km/h)"), str(rng.choice([1, 2, 3, 5, 8]))),
            (
                tr(lg, "Direction", "Richtung", "Direction"),
                rng.choice(["SW", "W", "NW", "N", "E", "S"]),
            ),
            (tr(lg, "Temp. °C", "Temp. °C", "Temp. °C"), str(rng.randint(4, 22))),
            (
                tr(lg, "Ground / leaf", "Boden / Blatt", "Sol / feuillage"),
                rng.choice(
                    tr(lg, "dry|damp|dew", "trocken|feucht|Tau", "sec|humide|rosée").split("|")
                ),
            ),
        ],
        per=4,
        tall=22,
    )
    y += 2
    chk = [
        tr(lg, "Label read", "Gebrauchsanleitung gelesen", "Étiquette lue"),
        tr(lg, "PPE worn", "PSA getragen", "EPI portés"),
        tr(lg, "Warning notices posted", "Warnschilder aufgestellt", "Panneaux posés"),
        tr(lg, "Washings disposed on biobed", "Reste auf Biobett", "Fond de cuve sur biobac"),
        tr(lg, "Buffer zone observed", "Abstand zu Gewässern", "ZNT respectée"),
    ]
    y = ticks(
        p, s, m + 4, y + 6, w - 2 * m, chk, {j for j in range(len(chk)) if rng.random() < 0.85}, 8
    )
    y += 4
    p.text(
        m,
        y,
        tr(lg, "Comments / efficacy check", "Bemerkungen / Wirkungskontrolle", "Observations"),
        s.font,
        7,
    )
    p.rect(m, y + 3, w - 2 * m, 40)
    if rng.random() < 0.7:
        hand(p, m + 4, y + 16, fit(prose(rng, lg, "course", 1, 1), HAND, 8.5, w - 2 * m - 10), 8.5)
    yb = min(hh - m - 4, y + 80)
    sign_line(p, s, m, yb, 150, tr(lg, "Operator", "Anwender", "Applicateur"), op)
    sign_line(
        p,
        s,
        w - m - 170,
        yb,
        170,
        club_role("greens"),
        club_person("greens") if rng.random() < 0.7 else "",
    )
    remember(d)
    return [p]


def tpl_spray_certificate(rng: random.Random, who: Issuer) -> list[Page]:
    """A greenkeeper's certificate of competence to apply pesticides (City & Guilds PA1/PA6,
    Sachkundenachweis Pflanzenschutz, Certiphyto) behind the awarding body's covering letter,
    now and then with the copy of the card on a third page."""
    h = head_of(who, "trainer")
    lg = h.lang
    s = style_of(h, A4)
    w, hh = s.page_size
    d = some_day(rng)
    cand = a_person(rng, lg)
    no = serial(rng, rng.choice(["NP999999", "SK-9999-99999", "PHY99999999"]))
    pages: list[Page] = []
    if rng.random() < 0.75:
        f = sheets(s, h)
        recipient(
            f,
            s,
            h,
            club_lines(
                tr(lg, f"FAO {cand}", f"z. Hd. {mx(cand, lg)}", f"À l'attention de {mx(cand, lg)}")
            ),
            d,
            [(tr(lg, "Our ref.", "Aktenzeichen", "Réf."), no)],
        )
        caption(
            f,
            s,
            tr(
                lg,
                "Certificate of competence - plant protection products",
                "Sachkundenachweis Pflanzenschutz",
                "Certificat individuel - produits phytopharmaceutiques",
            ),
            1,
        )
        write(f, s, dear(lg, mx(cand, lg)))
        write(
            f,
            s,
            tr(
                lg,
                f"We are pleased to enclose the certificate for {cand}, who successfully "
                "completed the "
                "assessment for the safe use of pesticides with boom sprayers (PA2) and handheld "
                "applicators (PA6).",
                f"anbei erhalten Sie den Sachkundenachweis für {mx(cand, lg)}. "
                "Die Sachkundeprüfung wurde erfolgreich abgelegt.",
                f"Nous avons le plaisir de vous "
                f"adresser le certificat individuel de {mx(cand, lg)}, catégorie « décideur en "
                "entreprise non soumise à agrément ».",
            ),
        )
        write(f, s, prose(rng, lg, "water", 1, 2))
        write(
            f,
            s,
            tr(
                lg,
                "Please keep the certificate with the spraying records. Operators must "
                "keep up their knowledge through continuing professional development.",
                "Bitte beachten Sie die Fortbildungspflicht im Dreijahreszeitraum.",
                "Le certificat est valable cinq ans ; pensez à son renouvellement.",
            ),
        )
        regards(
            f,
            s,
            lg,
            staff(h, "officer"),
            tr(lg, "Assessment Officer", "Sachbearbeitung", "Le chef de service"),
        )
        pages += f.pages
    p = Page(A4)
    for inset in (18, 24):
        p.rect(inset, inset, w - 2 * inset, hh - 2 * inset)
    emblem(p, w / 2 - 11, 70)
    p.text(
        w / 2,
        124,
        h.name.split(" - ")[0],
        h.bold,
        shrink(h.name.split(" - ")[0], h.bold, 14, w - 120),
        "center",
    )
    t = tr(lg, "CERTIFICATE OF COMPETENCE", "SACHKUNDENACHWEIS", "CERTIFICAT INDIVIDUEL")
    p.text(w / 2, 200, t, h.bold, 22, "center")
    p.text(
        w / 2,
        222,
        tr(
            lg,
            "Plant Protection Products (Sustainable Use) Regulations",
            "nach § 9 Pflanzenschutzgesetz",
            "Article R. 254-8 du code rural",
        ),
        italic_of(h.font),
        10,
        "center",
    )
    p.text(
        w / 2,
        280,
        tr(lg, "This is to certify that", "Hiermit wird bescheinigt, dass", "Délivré à"),
        h.font,
        11,
        "center",
    )
    p.text(w / 2, 312, cand, INK, 22, "center")
    p.text(
        w / 2,
        340,
        tr(
            lg,
            "born "
            f"{short(date(rng.randint(1965, 2003), rng.randint(1, 12), rng.randint(1, 28)), lg)}",
            "geb. am "
            f"{short(date(rng.randint(1965, 2003), rng.randint(1, 12), rng.randint(1, 28)), lg)}",
            "né(e) le "
            f"{short(date(rng.randint(1965, 2003), rng.randint(1, 12), rng.randint(1, 28)), lg)}",
        ),
        h.font,
        10,
        "center",
    )
    units = tr(
        lg,
        "PA1 Safe use of pesticides|PA2 Boom sprayer, mounted or trailed|PA6 Handheld applicators",
        "die erforderliche Sachkunde im Pflanzenschutz|für die Anwendung und den Verkauf",
        "Catégorie : Décideur en entreprise non soumise à agrément|Secteur : espaces verts et "
        "golfs",
    ).split("|")
    y = 380
    for u in units:
        p.text(w / 2, y, u, h.font, 11, "center")
        y += 16
    p.text(
        w / 2,
        y + 20,
        tr(lg, f"Certificate no. {no}", f"Nr. {no}", f"N° {no}"),
        "Courier-Bold",
        11,
        "center",
    )
    p.text(
        w / 2,
        y + 36,
        tr(
            lg,
            f"Date of award {day(h, d)}",
            f"Ausgestellt am {day(h, d)}",
            f"Délivré le {day(h, d)} - valable 5 ans",
        ),
        h.font,
        10,
        "center",
    )
    sig = staff(h, "head")
    sign_line(p, style_of(h), 80, hh - 130, 180, sig, sig)
    seal(
        p,
        w - 150,
        hh - 150,
        38,
        h.name.split(" - ")[0][:30],
        tr(lg, "OFFICIAL", "SIEGEL", "CACHET"),
    )
    pages.append(p)
    if rng.random() < 0.3:
        c = Page(A4)
        copy_w, copy_h = 86 * MM * 1.4, 54 * MM * 1.4
        for k in range(2):
            x0, y0 = 90, 120 + k * (copy_h + 50)
            c.rect(x0, y0, copy_w, copy_h)
            c.rect(x0, y0, copy_w, 18, fill=0.7)
            c.text(
                x0 + 8,
                y0 + 13,
                fit(h.name.split(" - ")[0], "Helvetica-Bold", 8, copy_w - 16),
                "Helvetica-Bold",
                8,
            )
            if k == 0:
                photo(c, x0 + 8, y0 + 26, 50, 62, rng)
                c.text(x0 + 66, y0 + 36, cand, "Helvetica-Bold", 9)
                c.text(x0 + 66, y0 + 50, no, "Courier", 8)
                c.text(
                    x0 + 66,
                    y0 + 64,
                    tr(lg, "PA1 PA2 PA6", "Sachkunde Pflanzenschutz", "Certiphyto DENSA"),
                    "Helvetica",
                    7.5,
                )
            else:
                back = tr(
                    lg,
                    "This card must be produced on request by an authorised officer.|Valid for "
                    "the units shown. Report loss to the awarding body.|Not transferable.",
                    "Dieser Ausweis ist bei der Anwendung mitzuführen.|Gültig nur mit amtlichem "
                    "Lichtbildausweis.|Fortbildung alle drei Jahre nachweisen.",
                    "Certificat individuel professionnel produits phytopharmaceutiques.|À "
                    "présenter lors de tout contrôle.|Valable 5 ans à compter de la date de "
                    "délivrance.",
                ).split("|")
                for j, t in enumerate(back):
                    c.text(
                        x0 + 10,
                        y0 + 36 + j * 11,
                        fit(t, "Helvetica", 6.5, copy_w - 20),
                        "Helvetica",
                        6.5,
                    )
        c.text(
            90,
            120 + 2 * (copy_h + 50),
            tr(
                lg,
                "Copy of card - front and back",
                "Kopie Karte Vorder-/Rückseite",
                "Copie de la carte recto/verso",
            ),
            "Helvetica",
            8,
        )
        pages.append(c)
    remember(d)
    return pages


# ---------------------------------------------------------------------------------------------
# Templates WWWW: water, licences and insurance
# ---------------------------------------------------------------------------------------------


LICENCE_MASK = {"en": "NE/027/0099/099", "de": "641.1-99/20", "fr": "DDTM35-2025-0999"}


def tpl_abstraction_licence(rng: random.Random, who: Issuer) -> list[Page]:
    """The water authority's abstraction licence for the course irrigation (Environment Agency
    licence, wasserrechtliche Erlaubnis, arrêté préfectoral): now and then a covering letter,
    then the licence with its numbered conditions over pages, the quantities table and a
    plan of the abstraction point on the last page."""
    h = head_of(who, "water")
    lg = h.lang
    s = style_of(h, A4)
    w, hh = s.page_size
    m = s.margin
    d = some_day(rng)
    no = serial(rng, LICENCE_MASK[lg])
    pages: list[Page] = []
    if rng.random() < 0.55:
        f = sheets(s, h)
        recipient(
            f,
            s,
            h,
            club_lines(club_role("secretary")),
            d,
            [(tr(lg, "Licence no.", "Az.", "Réf."), no)],
        )
        caption(
            f,
            s,
            tr(
                lg,
                "Water Resources Act 1991 - your abstraction licence",
                "Wasserrechtliche Erlaubnis - Ihr Antrag",
                "Autorisation de prélèvement d'eau",
            ),
            1,
        )
        write(f, s, dear(lg, None))
        write(
            f,
            s,
            tr(
                lg,
                "Following your application we enclose your licence to abstract water "
                "from the borehole for spray irrigation of the golf course. Please read the "
                "conditions carefully; you must send us a record of the quantities abstracted "
                "each year by 30 April.",
                "auf Ihren Antrag erteilen wir Ihnen die "
                "beigefügte Erlaubnis zur Entnahme von Grundwasser zur Beregnung der "
                "Golfanlage. Bitte beachten Sie insbesondere die Nebenbestimmungen.",
                "Vous trouverez ci-joint l'arrêté autorisant le prélèvement d'eau pour "
                "l'arrosage du parcours. Les volumes prélevés doivent être déclarés chaque année.",
            ),
        )
        write(f, s, prose(rng, lg, "water", 1, 3))
        regards(
            f,
            s,
            lg,
            staff(h, "officer"),
            tr(lg, "Permitting Officer", "Sachbearbeiter/in", "Pour le préfet, le chef de service"),
        )
        pages += f.pages
    f = sheets(s, h, f"{tr(lg, 'Licence', 'Erlaubnis', 'Arrêté')} {no}")
    title = tr(
        lg, "LICENCE TO ABSTRACT WATER", "WASSERRECHTLICHE ERLAUBNIS", f"ARRÊTÉ PRÉFECTORAL N° {no}"
    )
    caption(f, s, title, 5)
    write(
        f,
        s,
        tr(
            lg,
            f"Licence serial no. {no}",
            f"Aktenzeichen {no}",
            "portant autorisation de prélèvement d'eau souterraine au titre des articles L. 214-1 "
            "et suivants du code de l'environnement",
        ),
        s.size,
    )
    f.y = pairs(
        f.page,
        s,
        m,
        f.y + 6,
        [
            (tr(lg, "Licence holder", "Erlaubnisinhaber", "Bénéficiaire"), club_name()),
            (
                tr(lg, "Source of supply", "Gewässer", "Ressource"),
                tr(
                    lg,
                    "Groundwater in the Sherwood Sandstone",
                    "Grundwasser (oberes Grundwasserstockwerk)",
                    "Nappe des alluvions",
                ),
            ),
            (
                tr(lg, "Point of abstraction", "Entnahmestelle", "Ouvrage"),
                f"{tr(lg, 'Borehole at NGR SE', 'Brunnen 1, Gemarkung', 'Forage F1, parcelle')} "
                f"{serial(rng, '9999 9999')}",
            ),
            (
                tr(lg, "Purpose", "Zweck", "Usage"),
                tr(lg, "Spray irrigation - direct", "Beregnung der Golfanlage", "Arrosage du golf"),
            ),
            (
                tr(lg, "Period of abstraction", "Zeitraum", "Période"),
                tr(lg, "1 April to 31 October", "ganzjährig", "du 1er avril au 31 octobre"),
            ),
            (
                tr(lg, "Expiry", "Befristet bis", "Durée"),
                short(date(d.year + rng.choice([6, 10, 12]), 3, 31), lg),
            ),
        ],
        w - m,
    )
    f.y += 8
    rows = [
        [tr(lg, "Hourly", "Stündlich", "Horaire"), f"{rng.choice([18, 25, 40, 60])}"],
        [tr(lg, "Daily", "Täglich", "Journalier"), f"{rng.choice([300, 450, 600, 900])}"],
        [
            tr(lg, "Annual", "Jährlich", "Annuel"),
            f"{rng.choice([18000, 25000, 40000, 60000]):,}".replace(
                ",", "." if lg == "de" else " " if lg == "fr" else ","
            ),
        ],
    ]
    table(
        f,
        columns(m, m + 260, [(1.5, "left"), (1, "right")]),
        [tr(lg, "Maximum quantity", "Höchstmenge", "Volume maximal"), "m³"],
        rows,
        s,
    )
    f.heading(m, tr(lg, "Conditions", "Nebenbestimmungen", "Prescriptions"), s.bold, s.size + 2)
    for k in range(rng.randint(7, 13)):
        write(f, s, f"{k + 1}. " + prose(rng, lg, "water", 1, 3), s.size - 0.5, 4)
    if lg == "de":
        f.heading(m, "Rechtsbehelfsbelehrung", s.bold, s.size + 1)
        write(
            f,
            s,
            "Gegen diesen Bescheid kann innerhalb eines Monats nach Bekanntgabe Klage beim "
            "Verwaltungsgericht erhoben werden.",
            s.size - 1,
        )
    f.y += 20
    f.need(90)
    sig = staff(h, "officer")
    sign_line(
        f.page,
        s,
        m,
        f.y + 40,
        180,
        sig
        + " - "
        + tr(lg, "for the Environment Agency", "Im Auftrag", "Pour le préfet et par délégation"),
        sig,
    )
    seal(
        f.page,
        w - m - 70,
        f.y + 36,
        32,
        h.name.split(" - ")[0][:26],
        tr(lg, "ISSUED", "SIEGEL", "PRÉFECTURE"),
    )
    f.y += 50
    plan = Page(A4)
    plan.text(
        m,
        m,
        tr(
            lg,
            f"Licence {no} - Plan showing the point of abstraction",
            f"Anlage 1 zu {no} - Lageplan",
            "Annexe - plan de situation du forage",
        ),
        s.bold,
        10,
    )
    x0, y0, pw, ph = m, m + 20, w - 2 * m, hh - 2 * m - 80
    plan.rect(x0, y0, pw, ph)
    for _ in range(rng.randint(12, 22)):
        xa, ya = x0 + rng.uniform(10, pw - 10), y0 + rng.uniform(10, ph - 10)
        plan.line(
            xa,
            ya,
            min(x0 + pw - 4, xa + rng.uniform(-80, 120)),
            min(y0 + ph - 4, ya + rng.uniform(-60, 60)),
        )
    for _ in range(rng.randint(6, 12)):
        rw, rh_ = rng.uniform(20, 60), rng.uniform(10, 30)
        plan.rect(x0 + rng.uniform(5, pw - 70), y0 + rng.uniform(5, ph - 40), rw, rh_, fill=0.85)
    bx, by = x0 + pw * rng.uniform(0.3, 0.7), y0 + ph * rng.uniform(0.3, 0.7)
    ring(plan, bx, by, 6, 16)
    plan.line(bx - 10, by, bx + 10, by)
    plan.line(bx, by - 10, bx, by + 10)
    plan.text(bx + 10, by - 8, tr(lg, "Borehole", "Brunnen 1", "Forage F1"), "Helvetica-Bold", 8)
    plan.text(x0 + pw - 20, y0 + 24, "N", "Helvetica-Bold", 12, "center")
    plan.line(x0 + pw - 20, y0 + 28, x0 + pw - 20, y0 + 50)
    plan.text(
        m,
        hh - m - 40,
        tr(
            lg,
            "Scale 1:10 000. Reproduced from Ordnance Survey mapping.",
            "Maßstab 1:5.000",
            "Échelle 1/10 000",
        ),
        s.font,
        7,
    )
    pages += f.pages
    pages.append(plan)
    remember(d, no)
    return close(
        pages,
        s,
        h,
        numbers=rng.choice(["Page {i} of {n}", "none"]) if lg == "en" else h.numbers,
        covers=len(pages) - len(f.pages) - 1,
    )


def tpl_abstraction_return(rng: random.Random, who: Issuer) -> list[Page]:
    """The return of water abstracted: the authority's form with the meter readings of each
    month written in by the head greenkeeper, the total and the declaration signed."""
    h = head_of(who, "water")
    lg = h.lang
    s = style_of(h, A4, pt=8.5)
    w, _ = s.page_size
    m = s.margin
    d = last_day(rng, ("abstraction_licence",), (1, 20))
    no = (
        LAST["extra"]
        if after(("abstraction_licence",)) and isinstance(LAST["extra"], str)
        else serial(rng, LICENCE_MASK[lg])
    )
    p = Page(A4)
    y = heading(p, s, h)
    title = tr(
        lg,
        "RETURN OF WATER ABSTRACTED",
        "MELDUNG DER ENTNOMMENEN WASSERMENGEN",
        "DÉCLARATION DES VOLUMES PRÉLEVÉS",
    )
    p.text(m, y, title, s.bold, shrink(title, s.bold, 12, w - 2 * m))
    y += 14
    year = d.year - 1 if d.month < 5 else d.year
    p.text(
        m,
        y,
        tr(
            lg,
            f"Return period: 1 April {year} to 31 March {year + 1}",
            f"Jahr {year}",
            f"Année {year} - redevance pour prélèvement sur la ressource en eau",
        ),
        s.font,
        8.5,
    )
    y += 14
    y = fields(
        p,
        s,
        m,
        y,
        w - 2 * m,
        [
            (tr(lg, "Licence number", "Aktenzeichen", "N° d'autorisation"), str(no)),
            (tr(lg, "Licence holder", "Erlaubnisinhaber", "Redevable"), club_name()),
            (tr(lg, "Meter serial no.", "Zähler-Nr.", "N° compteur"), serial(rng, "99AA999999")),
            (tr(lg, "Units", "Einheit", "Unité"), "m³"),
        ],
        per=2,
        tall=24,
        hand=True,
    )
    cols = [
        tr(lg, "Month", "Monat", "Mois"),
        tr(lg, "Meter reading", "Zählerstand", "Index compteur"),
        tr(lg, "Quantity", "Menge", "Volume"),
        tr(lg, "Notes", "Bemerkung", "Observations"),
    ]
    xs = [m, m + 110, m + 230, m + 320, w - m]
    p.rect(m, y, w - 2 * m, 14, fill=0.85)
    for k, c in enumerate(cols):
        p.text(xs[k] + 3, y + 10, c, s.bold, 7.5)
    y += 14
    reading = rng.randint(10000, 90000)
    mon = [
        tr(lg, *x)
        for x in [
            ("Apr", "Jan", "janv."),
            ("May", "Feb", "févr."),
            ("Jun", "Mär", "mars"),
            ("Jul", "Apr", "avr."),
            ("Aug", "Mai", "mai"),
            ("Sep", "Jun", "juin"),
            ("Oct", "Jul", "juil."),
            ("Nov", "Aug", "août"),
            ("Dec", "Sep", "sept."),
            ("Jan", "Okt", "oct."),
            ("Feb", "Nov", "nov."),
            ("Mar", "Dez", "déc."),
        ]
    ]
    total = 0
    summer = (3, 4, 5, 6, 7) if lg != "en" else (1, 2, 3, 4, 5)
    for k, mo in enumerate(mon):
        q = rng.randint(1200, 6800) if k in summer else rng.choice([0, 0, rng.randint(50, 900)])
        reading += q
        total += q
        p.rect(m, y, w - 2 * m, 16)
        for xx in xs[1:-1]:
            p.line(xx, y, xx, y + 16)
        p.text(xs[0] + 3, y + 11, mo, s.font, 8)
        hand(p, xs[1] + 4, y + 12, str(reading), 9)
        hand(p, xs[2] + 4, y + 12, str(q), 9)
        if q == 0 and rng.random() < 0.5:
            hand(
                p,
                xs[3] + 4,
                y + 12,
                tr(lg, "nil - system drained", "keine Entnahme", "pas d'arrosage"),
                8,
            )
        y += 16
    p.rect(m, y, w - 2 * m, 16, fill=0.9)
    p.text(xs[1] + 3, y + 11, tr(lg, "TOTAL", "SUMME", "TOTAL"), s.bold, 8)
    hand(p, xs[2] + 4, y + 12, str(total), 9.5)
    y += 30
    y = ticks(
        p,
        s,
        m,
        y,
        w - 2 * m,
        [
            tr(lg, "Meter working correctly", "Zähler geeicht", "Compteur en service"),
            tr(lg, "Estimated", "Geschätzt", "Estimé"),
        ],
        {0},
        8,
    )
    for ln in wrap(
        tr(
            lg,
            "I declare that the information given is correct to the best of my knowledge. "
            "It is an offence to give false information.",
            "Ich versichere die Richtigkeit der Angaben.",
            "Je certifie l'exactitude des renseignements ci-dessus.",
        ),
        s.font,
        8,
        w - 2 * m,
    ):
        p.text(m, y, ln, s.font, 8)
        y += 10
    y += 30
    gk = club_person("greens")
    sign_line(p, s, m, y, 170, f"{gk} - {club_role('greens')}", gk)
    hand(p, m + 230, y - 3, short(d, lg), 9)
    if rng.random() < 0.4:
        hand(
            p,
            w - m - 120,
            m + 10,
            tr(lg, "copy - posted ", "Kopie, ab ", "copie envoyée ")
            + short(d + timedelta(days=1), lg),
            8.5,
        )
    remember(d)
    return close([p], s, h, numbers="none")


def tpl_premises_licence(rng: random.Random, who: Issuer) -> list[Page]:
    """The council's licence for the clubhouse bar (club premises certificate under the
    Licensing Act 2003, Gaststättenerlaubnis with its conditions and the fee notice,
    récépissé de déclaration de licence): the certificate, the annexes of conditions and a
    page with the plan of the licensed area."""
    h = head_of(who, "licensing")
    lg = h.lang
    s = style_of(h, A4)
    w, _ = s.page_size
    m = s.margin
    d = some_day(rng)
    no = serial(rng, {"en": "CPC/0999", "de": "32.1-999/2025", "fr": "LIC-35-9999"}[lg])
    f = sheets(
        s, h, f"{tr(lg, 'Club Premises Certificate', 'Gaststättenerlaubnis', 'Licence')} {no}"
    )
    if lg == "de":
        recipient(f, s, h, club_lines("Vorstand"), d, [("Az.", no)])
    title = tr(
        lg,
        "CLUB PREMISES CERTIFICATE",
        "ERLAUBNIS NACH § 2 GASTSTÄTTENGESETZ",
        "RÉCÉPISSÉ DE DÉCLARATION D'OUVERTURE D'UN DÉBIT DE BOISSONS",
    )
    caption(f, s, title, 3)
    if lg == "en":
        write(f, s, "Licensing Act 2003 - Part 1: Club premises details", s.size)
    f.y = pairs(
        f.page,
        s,
        m,
        f.y + 4,
        [
            (tr(lg, "Certificate number", "Aktenzeichen", "N° de récépissé"), no),
            (tr(lg, "Name of club", "Erlaubnisinhaber", "Déclarant"), club_name()),
            (
                tr(lg, "Premises", "Betriebsstätte", "Établissement"),
                f"{tr(lg, 'Clubhouse', 'Clubrestaurant', 'Club-house et restaurant')}, "
                f"{club_head().street}",
            ),
            (
                tr(lg, "Qualifying club activities", "Betriebsart", "Catégorie"),
                tr(
                    lg,
                    "Supply of alcohol to members and guests",
                    "Schank- und Speisewirtschaft",
                    "Licence IV - restaurant",
                ),
            ),
            (
                tr(lg, "Hours", "Öffnungszeiten", "Horaires"),
                tr(lg, "Mon-Sun 10:00 - 23:00", "täglich 9:00 - 23:00 Uhr", "de 8 h à 23 h"),
            ),
            (tr(lg, "Date of issue", "Datum", "Date"), day(h, d)),
        ],
        w - m,
    )
    f.y += 10
    for sec in (
        tr(lg, "Annex 1 - Mandatory conditions", "Auflagen", "Obligations"),
        tr(
            lg,
            "Annex 2 - Conditions consistent with the club operating schedule",
            "Hinweise",
            "Rappels",
        ),
    ):
        f.heading(m, sec, s.bold, s.size + 1)
        for k in range(rng.randint(4, 9)):
            write(f, s, f"{k + 1}. " + prose(rng, lg, "bar", 1, 2), s.size - 0.5, 4)
    if lg == "de":
        f.heading(m, "Gebührenfestsetzung", s.bold, s.size + 1)
        write(
            f,
            s,
            "Für diese Erlaubnis wird eine Verwaltungsgebühr von "
            f"{cash(rng.choice([280, 350, 420]), lg)} festgesetzt. Bitte überweisen Sie den "
            "Betrag unter Angabe des Aktenzeichens.",
        )
        f.heading(m, "Rechtsbehelfsbelehrung", s.bold, s.size + 1)
        write(
            f,
            s,
            "Gegen diesen Bescheid kann innerhalb eines Monats Widerspruch erhoben werden.",
            s.size - 1,
        )
    f.y += 24
    f.need(90)
    sig = staff(h, "officer")
    sign_line(
        f.page,
        s,
        m,
        f.y + 36,
        180,
        sig + tr(lg, ", Licensing Manager", ", Ordnungsamt", ", pour le maire"),
        sig,
    )
    seal(
        f.page,
        w - m - 70,
        f.y + 30,
        30,
        h.name.split(" - ")[0][:26],
        tr(lg, "LICENSING", "DIENSTSIEGEL", "MAIRIE"),
    )
    pages = list(f.pages)
    if rng.random() < 0.6:
        plan = Page(A4L)
        pw_, ph_ = A4L
        plan.text(
            40,
            40,
            tr(
                lg,
                f"Annex 3 - Plan of premises ({no})",
                f"Anlage - Grundriss Gastraum ({no})",
                f"Plan des locaux ({no})",
            ),
            "Helvetica-Bold",
            10,
        )
        x0, y0 = 60, 70
        plan.rect(x0, y0, pw_ - 120, ph_ - 150)
        xs = sorted(rng.sample(range(int(x0 + 60), int(pw_ - 120)), 3))
        for xx in xs:
            plan.line(xx, y0, xx, y0 + ph_ - 150)
        labels = tr(
            lg,
            "Bar|Lounge|Kitchen|Locker rooms",
            "Schankraum|Gastraum|Küche|Umkleiden",
            "Bar|Salle|Cuisine|Vestiaires",
        ).split("|")
        edges = [x0, *xs, pw_ - 60]
        for k, lab in enumerate(labels):
            plan.text(
                (edges[k] + edges[k + 1]) / 2, y0 + (ph_ - 150) / 2, lab, "Helvetica", 9, "center"
            )
        plan.rect(edges[0] + 10, y0 + 10, edges[2] - edges[0] - 20, ph_ - 170)
        plan.text(
            edges[0] + 14,
            y0 + 24,
            tr(lg, "Licensed area (red line)", "Erlaubnisfläche", "Zone de vente"),
            "Helvetica-Oblique",
            7,
        )
        plan.rect(edges[3] + 10, y0 - 20, 30, 20, fill=0.4)
        plan.text(
            60,
            ph_ - 50,
            tr(lg, "Not to scale. Fire exits marked E.", "Maßstab 1:100", "Échelle 1/100"),
            "Helvetica",
            7,
        )
        pages.append(plan)
    remember(d)
    return close(pages, s, h, numbers="Page {i} of {n}" if lg == "en" else h.numbers)


SECTIONS = {
    "en": [
        ("Material damage - clubhouse buildings", 2450000),
        ("Contents and bar stock", 180000),
        ("Greenkeeping machinery (all risks)", 420000),
        ("Course, greens and tees", 150000),
        ("Business interruption (gross revenue)", 900000),
        ("Money", 7500),
        ("Employers' liability", 10000000),
        ("Public & products liability", 5000000),
        ("Trustees' / committee liability", 1000000),
        ("Legal expenses", 100000),
    ],
    "de": [
        ("Gebäude Clubhaus (gleitender Neuwert)", 2100000),
        ("Inventar und Vorräte", 160000),
        ("Maschinenversicherung Platzpflege", 380000),
        ("Grüns und Abschläge", 120000),
        ("Betriebsunterbrechung", 750000),
        ("Vereinshaftpflicht", 5000000),
        ("Vermögensschaden-Haftpflicht Vorstand (D&O)", 1000000),
        ("Rechtsschutz", 300000),
    ],
    "fr": [
        ("Multirisque club-house (bâtiments)", 1900000),
        ("Mobilier, matériel et stocks", 150000),
        ("Bris de machine - matériel d'entretien", 360000),
        ("Parcours, greens et départs", 100000),
        ("Perte d'exploitation", 600000),
        ("Responsabilité civile association", 8000000),
        ("Responsabilité des dirigeants", 1000000),
        ("Protection juridique", 30000),
    ],
}


def tpl_insurance_schedule(rng: random.Random, who: Issuer) -> list[Page]:
    """The broker's renewal of the club's combined insurance: the covering letter, the policy
    schedule with sections, sums insured and premiums and the insurance premium tax, the
    endorsements page and the statement of fact to check and sign."""
    h = head_of(who, "broker")
    lg = h.lang
    s = style_of(h, A4)
    w, _ = s.page_size
    m = s.margin
    d = some_day(rng)
    pol = serial(rng, rng.choice(["GC/99/999999", "VS-999.999.999", "AS 9999 9999"]))
    start = add_months(d, 1)
    f = sheets(s, h, f"{tr(lg, 'Policy', 'Vertrag', 'Contrat')} {pol}")
    recipient(
        f,
        s,
        h,
        club_lines(club_role("secretary")),
        d,
        [(tr(lg, "Policy no.", "Vertragsnr.", "Police n°"), pol)],
    )
    caption(
        f,
        s,
        tr(
            lg,
            f"Renewal of your golf club insurance - {day(h, start)}",
            "Ihre Vereinsversicherung - Verlängerung",
            "Renouvellement de votre contrat multirisque",
        ),
        1,
    )
    write(f, s, dear(lg, mx(club_person("secretary"), lg)))
    for _ in range(rng.randint(2, 3)):
        write(f, s, prose(rng, lg, "legal", 2, 3))
    write(
        f,
        s,
        tr(
            lg,
            "Please check the statement of fact carefully, sign it and return it to us "
            "before the renewal date.",
            "Bitte prüfen Sie die Angaben und senden Sie uns die unterschriebene Erklärung zurück.",
            "Merci de vérifier les déclarations et de nous retourner l'exemplaire signé.",
        ),
    )
    regards(
        f,
        s,
        lg,
        staff(h, "ae"),
        tr(lg, "Account Executive", "Kundenbetreuung", "Chargé de clientèle"),
    )
    pages = list(f.pages)
    g = sheets(
        s, h, f"{tr(lg, 'Schedule', 'Versicherungsschein', 'Conditions particulières')} {pol}"
    )
    caption(
        g,
        s,
        tr(lg, "POLICY SCHEDULE", "VERSICHERUNGSSCHEIN / NACHTRAG", "CONDITIONS PARTICULIÈRES"),
        4,
        rule=True,
    )
    g.y = pairs(
        g.page,
        s,
        m,
        g.y,
        [
            (tr(lg, "Insured", "Versicherungsnehmer", "Souscripteur"), club_name()),
            (tr(lg, "Policy number", "Vertragsnummer", "N° de police"), pol),
            (
                tr(lg, "Period of insurance", "Versicherungsdauer", "Période"),
                f"{short(start, lg)} - {short(add_months(start, 12) - timedelta(days=1), lg)}",
            ),
            (
                tr(lg, "Insurer", "Versicherer", "Assureur"),
                rng.choice(
                    [
                        "Fairway Mutual Insurance",
                        "Nordstern Versicherung AG",
                        "Mutuelle Sport Assurances",
                    ]
                ),
            ),
            (
                tr(lg, "Business", "Risiko", "Activité"),
                tr(
                    lg,
                    "Members' golf club, 18 holes, clubhouse with bar and catering",
                    "Golfclub mit Clubhaus und Gastronomie",
                    "Golf associatif 18 trous, club-house, restaurant",
                ),
            ),
        ],
        w - m,
    )
    g.y += 8
    rows = []
    prem = 0.0
    for sec, si in SECTIONS[lg]:
        if rng.random() < 0.85:
            v = round(si * rng.uniform(0.8, 1.2), -3)
            pr = round(
                max(
                    85.0, v * rng.uniform(0.0004, 0.004) if v < 3000000 else rng.uniform(600, 2400)
                ),
                2,
            )
            prem += pr
            rows.append(
                [sec, money(v, lg).split(",")[0] if lg != "en" else f"{v:,.0f}", money(pr, lg)]
            )
    table(
        g,
        columns(m, w - m, [(4, "left"), (1.4, "right"), (1.2, "right")]),
        [
            tr(lg, "Section", "Sparte", "Garantie"),
            tr(lg, "Sum insured / limit", "Vers.-Summe", "Capital / plafond"),
            tr(lg, "Premium", "Beitrag", "Prime HT"),
        ],
        rows,
        s,
        rules=True,
    )
    tax_rate = {"en": 12.0, "de": 19.0, "fr": 9.0}[lg]
    totals(
        g,
        s,
        lg,
        round(prem, 2),
        tax_rate,
        tr(lg, f"IPT {tax_rate:g}%", f"VersSt {tax_rate:g} %", f"TCA {tax_rate:g} %"),
    )
    g.heading(
        m, tr(lg, "Endorsements", "Klauseln und Vereinbarungen", "Clauses"), s.bold, s.size + 1
    )
    for _k in range(rng.randint(3, 8)):
        write(
            g,
            s,
            f"{tr(lg, 'Endorsement', 'Klausel', 'Clause')} {rng.randint(1, 60):02d}: "
            + prose(rng, lg, "legal", 1, 2),
            s.size - 1,
        )
    pages += g.pages
    if rng.random() < 0.65:
        q = sheets(s, h, tr(lg, "Statement of fact", "Risikoerklärung", "Déclaration du risque"))
        caption(
            q, s, tr(lg, "STATEMENT OF FACT", "ERKLÄRUNG ZUM RISIKO", "DÉCLARATION DU RISQUE"), 3
        )
        for qq in [
            tr(
                lg,
                "Has the club suffered any losses in the past five years?",
                "Schäden in den letzten 5 Jahren?",
                "Sinistres au cours des 5 dernières années ?",
            ),
            tr(
                lg,
                "Are the buildings of standard construction?",
                "Massivbauweise?",
                "Construction en dur ?",
            ),
            tr(
                lg,
                "Is there an intruder alarm to the clubhouse?",
                "Einbruchmeldeanlage vorhanden?",
                "Alarme anti-intrusion ?",
            ),
            tr(
                lg,
                "Are chemicals kept in a locked, bunded store?",
                "Pflanzenschutzmittellager verschlossen?",
                "Local phytosanitaire fermé ?",
            ),
            tr(
                lg,
                "Are buggies hired to non-members?",
                "Vermietung von E-Carts?",
                "Location de voiturettes ?",
            ),
            tr(lg, "Any convictions of committee members?", "Vorstrafen?", "Condamnations ?"),
        ]:
            q.need(20)
            q.page.text(m, q.y, fit(qq, s.font, s.size, w - 2 * m - 120), s.font, s.size)
            yn = yes_no(lg)
            ticks(q.page, s, w - m - 100, q.y, 100, yn, {rng.choice([0, 1, 1])}, 8)
            q.y += s.size * 2.2
        q.y += 30
        q.need(40)
        sec = club_person("secretary")
        sign_line(
            q.page,
            s,
            m,
            q.y,
            180,
            tr(
                lg,
                "Signed on behalf of the insured",
                "Unterschrift Versicherungsnehmer",
                "Signature du souscripteur",
            ),
            sec if rng.random() < 0.5 else "",
        )
        pages += q.pages
    received(rng, pages[0], d, 0.3)
    remember(d)
    return close(pages, s, h, covers=len(f.pages))


# ---------------------------------------------------------------------------------------------
# Templates WWWW: societies, the shop and the bar
# ---------------------------------------------------------------------------------------------

PACKAGES = {
    "en": [
        ("Coffee & bacon roll, 18 holes, 2-course carvery", 52.0),
        ("Coffee, 18 holes, soup & sandwiches", 39.0),
        ("Full day: coffee, 27 holes, lunch, 3-course dinner", 79.0),
        ("Twilight 18 holes & supper", 35.0),
    ],
    "de": [
        ("Turnierpaket: Begrüßungskaffee, Greenfee, Rundenverpflegung, Buffet", 89.0),
        ("Greenfee 18 Loch mit Mittagessen", 69.0),
        ("Firmen-Golftag mit Schnupperkurs und Abendbuffet", 119.0),
    ],
    "fr": [
        ("Formule journée : café, green-fee, déjeuner", 75.0),
        ("Green-fee 18 trous et cocktail", 62.0),
        ("Journée entreprise : initiation, compétition, dîner", 110.0),
    ],
}


def tpl_society_booking(rng: random.Random, who: Issuer) -> list[Page]:
    """A golf society's or a company's booking for a golf day: sometimes the organiser's
    covering letter, then the club's society booking form filled in by hand (date and
    alternative, numbers, tee times, package, buggies, deposit enclosed) and signed."""
    h = head_of(who, "society", 0.08)
    lg = h.lang
    ch = club_head()
    s = style_of(h, A4)
    w, _ = s.page_size
    d = some_day(rng)
    org = staff(h, "organiser")
    players = rng.choice([16, 20, 24, 28, 32, 40, 48, 60])
    golf_day = add_months(d, rng.randint(1, 6)) + timedelta(days=rng.randint(0, 25))
    pages: list[Page] = []
    if rng.random() < 0.5:
        f = sheets(s, h)
        recipient(f, s, h, club_lines(tr(lg, "The Secretary", "Sekretariat", "Secrétariat")), d, [])
        caption(
            f,
            s,
            tr(
                lg,
                f"Society day - {day(h, golf_day)}",
                f"Turnieranfrage {day(h, golf_day)}",
                f"Journée golf du {day(h, golf_day)}",
            ),
            1,
        )
        write(f, s, dear(lg, None))
        write(
            f,
            s,
            tr(
                lg,
                f"Further to my telephone call I enclose our completed booking form for "
                f"{players} players, together with our cheque for the deposit.",
                f"wie telefonisch besprochen erhalten Sie anbei unser Anmeldeformular für "
                f"{players} Teilnehmer.",
                f"Suite à notre échange, veuillez trouver ci-joint "
                f"notre bulletin de réservation pour {players} joueurs.",
            ),
        )
        write(f, s, prose(rng, lg, "committee", 1, 2))
        regards(f, s, lg, org, tr(lg, "Hon. Secretary", "Organisation", "Organisateur"))
        pages += close(f.pages, s, h, numbers="none")
    cs = style_of(ch, A4, pt=9)
    p = Page(A4)
    y = heading(p, cs, ch)
    cm = cs.margin
    title = tr(
        home(),
        "SOCIETY & CORPORATE BOOKING FORM",
        "ANMELDUNG GRUPPEN- UND FIRMENTURNIER",
        "BULLETIN DE RÉSERVATION GROUPES",
    )
    p.text(w / 2, y, title, cs.bold, shrink(title, cs.bold, 13, w - 2 * cm), "center")
    y += 18
    hl = home()
    y = band(p, cs, y, tr(hl, "Organiser", "Veranstalter", "Organisateur"))
    y = fields(
        p,
        cs,
        cm,
        y,
        w - 2 * cm,
        [
            (tr(hl, "Society / company", "Gruppe / Firma", "Association / société"), h.name),
            (tr(hl, "Contact name", "Ansprechpartner", "Contact"), org),
            (tr(hl, "Address", "Anschrift", "Adresse"), f"{h.street}, {h.town}"),
            (
                tr(hl, "Telephone / e-mail", "Telefon / E-Mail", "Tél. / courriel"),
                serial(rng, "07999 999999")
                if lg == "en"
                else serial(rng, "0171 9999999")
                if lg == "de"
                else serial(rng, "06 99 99 99 99"),
            ),
        ],
        per=2,
        tall=26,
    )
    y = band(p, cs, y, tr(hl, "Your day", "Ihr Turnier", "Votre journée"))
    y = fields(
        p,
        cs,
        cm,
        y,
        w - 2 * cm,
        [
            (tr(hl, "Date requested", "Wunschtermin", "Date souhaitée"), short(golf_day, hl)),
            (
                tr(hl, "Alternative date", "Ausweichtermin", "Date de repli"),
                short(golf_day + timedelta(days=7), hl) if rng.random() < 0.6 else "",
            ),
            (tr(hl, "Number of players", "Teilnehmerzahl", "Nombre de joueurs"), str(players)),
            (
                tr(hl, "Tee times / shotgun", "Startzeit / Kanonenstart", "Départs / shotgun"),
                rng.choice(["09:30 - 10:30", "Shotgun 10:00", "11:00 1st & 10th", "13:00"]),
            ),
        ],
        per=2,
        tall=26,
    )
    y = band(p, cs, y, tr(hl, "Package", "Paket", "Formule")) + 8
    pk = PACKAGES[hl]
    pick = rng.randrange(len(pk))
    for k, (t, pr) in enumerate(pk):
        box(p, cm + 4, y, k == pick, 8)
        p.text(cm + 18, y, fit(t, cs.font, 8.5, w - 2 * cm - 100), cs.font, 8.5)
        p.text(
            w - cm - 4, y, cash(pr, hl) + tr(hl, " pp", " p. P.", " / pers."), cs.font, 8.5, "right"
        )
        y += 14
    y += 4
    extras = [
        tr(hl, "Buggies", "E-Carts", "Voiturettes"),
        tr(hl, "Prizes from pro shop", "Preise vom Pro-Shop", "Lots pro-shop"),
        tr(hl, "Nearest pin / longest drive markers", "Sonderwertungen", "Concours de précision"),
        tr(hl, "Vegetarian meals", "Vegetarische Gerichte", "Repas végétariens"),
    ]
    y = (
        ticks(p, cs, cm + 4, y, w - 2 * cm, extras, {k for k in range(4) if rng.random() < 0.5}, 8)
        + 4
    )
    hand(
        p,
        cm + 4,
        y,
        fit(
            tr(hl, "Notes: ", "Bemerkungen: ", "Remarques : ")
            + rng.choice(
                [
                    "2 coeliac, 1 vegan",
                    "need room for presentation",
                    "bacon rolls at 8.30 pls",
                    "Beamer benötigt",
                    "apéritif en terrasse si beau",
                ]
            ),
            HAND,
            9,
            w - 2 * cm,
        ),
        9,
    )
    y += 20
    dep = players * rng.choice([5, 10])
    y = band(p, cs, y, tr(hl, "Deposit", "Anzahlung", "Acompte")) + 10
    for ln in wrap(
        tr(
            hl,
            "A non-refundable deposit of £10.00 per player secures the date. Final numbers "
            "14 days before; the balance is payable on the day.",
            "Die Anzahlung von 10,00 € pro Person sichert den Termin. Endgültige "
            "Teilnehmerzahl 14 Tage vorher.",
            "Un acompte de 30 % confirme la réservation. "
            "Nombre définitif à communiquer 15 jours avant.",
        ),
        cs.font,
        8,
        w - 2 * cm,
    ):
        p.text(cm, y, ln, cs.font, 8)
        y += 10
    hand(
        p,
        cm + 4,
        y + 6,
        tr(hl, f"Cheque enclosed £{dep}.00", f"{dep},00 € überwiesen", f"chèque de {dep} € joint"),
        9,
    )
    y += 40
    sign_line(
        p,
        cs,
        cm,
        y,
        180,
        tr(hl, "Signed (organiser)", "Unterschrift Veranstalter", "Signature de l'organisateur"),
        org,
    )
    hand(p, cm + 240, y - 3, short(d, hl), 9)
    received(rng, p, d, 0.4)
    pages.append(p)
    remember(d, (h.name, org, players, golf_day, pick))
    return pages


def tpl_booking_confirmation(rng: random.Random, who: Issuer) -> list[Page]:
    """The club's confirmation of a society or corporate golf day: the letter, the itinerary
    of the day, the menu choice page and the booking terms, a copy kept for the file."""
    lg = home()
    h = club_head()
    s = style_of(h, A4)
    w, _ = s.page_size
    m = s.margin
    d = last_day(rng, ("society_booking",), (1, 6))
    ex = LAST["extra"]
    if after(("society_booking",)) and isinstance(ex, tuple):
        soc, org, players, golf_day, pick = ex
    else:
        sh = head_of(who, "society")
        soc, org, players, golf_day, pick = (
            sh.name,
            staff(sh, "organiser"),
            rng.choice([16, 24, 36]),
            add_months(d, 2),
            0,
        )
    f = sheets(s, h, f"{soc} - {day(h, golf_day)}")
    recipient(
        f,
        s,
        h,
        [mx(org, lg), soc],
        d,
        [(tr(lg, "Booking ref.", "Buchungsnr.", "Réservation"), serial(rng, "SOC-999"))],
    )
    caption(
        f,
        s,
        tr(
            lg,
            f"Confirmation of your golf day - {day(h, golf_day)}",
            f"Bestätigung Ihres Golfturniers am {day(h, golf_day)}",
            f"Confirmation de votre journée du {day(h, golf_day)}",
        ),
        1,
    )
    write(f, s, dear(lg, mx(org, lg)))
    pk = PACKAGES[lg][min(int(pick), len(PACKAGES[lg]) - 1)]
    write(
        f,
        s,
        tr(
            lg,
            f"Thank you for choosing {club_name()}. I am delighted to confirm your booking for "
            f"{players} players on the package '{pk[0]}' at {cash(pk[1], lg)} per player.",
            f"vielen Dank für Ihre Anfrage. Gerne bestätigen wir Ihr Turnier mit {players} "
            f"Teilnehmern, Paket „{pk[0]}“ zu {cash(pk[1], lg)} pro Person.",
            f"Nous avons le plaisir de confirmer votre journée pour {players} joueurs, formule "
            f"« {pk[0]} » à {cash(pk[1], lg)} par personne.",
        ),
    )
    f.heading(m, tr(lg, "Itinerary", "Ablauf", "Programme"), s.bold, s.size + 1)
    t0 = rng.choice([8, 9, 10])
    rows = [
        [
            hhmm(t0, 0),
            tr(
                lg,
                "Arrival, coffee and bacon rolls in the Members' Lounge",
                "Eintreffen, Begrüßungskaffee",
                "Accueil café au club-house",
            ),
        ],
        [
            hhmm(t0, 45),
            tr(
                lg,
                "Briefing by the Club Professional",
                "Einweisung durch den Head-Pro",
                "Briefing par le pro",
            ),
        ],
        [hhmm(t0 + 1, 0), tr(lg, "Shotgun start, all holes", "Kanonenstart", "Départ en shotgun")],
        [
            hhmm(t0 + 5, 30),
            tr(
                lg,
                "Dinner and prize giving",
                "Abendessen und Siegerehrung",
                "Dîner et remise des prix",
            ),
        ],
    ]
    table(
        f,
        columns(m, w - m, [(1, "left"), (6, "left")]),
        [tr(lg, "Time", "Zeit", "Heure"), ""],
        rows,
        s,
    )
    write(f, s, prose(rng, lg, "committee", 1, 2))
    write(
        f,
        s,
        tr(
            lg,
            "Final numbers and menu choices are needed 14 days before the day; the balance "
            "is invoiced after the event.",
            "Die endgültige Teilnehmerzahl benötigen wir 14 Tage vorher.",
            "Le nombre définitif est à confirmer 15 jours avant.",
        ),
    )
    regards(f, s, lg, club_person("secretary"), club_role("secretary"))
    pages = list(f.pages)
    if rng.random() < 0.6:
        mp = Page(A4)
        mp.text(
            w / 2,
            m + 10,
            tr(lg, "MENU SELECTION", "MENÜAUSWAHL", "CHOIX DES MENUS"),
            s.bold,
            14,
            "center",
        )
        mp.text(w / 2, m + 26, f"{soc} - {day(h, golf_day)}", s.font, 9, "center")
        y = m + 60
        for course, opts in [
            (
                tr(lg, "Starters", "Vorspeisen", "Entrées"),
                tr(
                    lg,
                    "Leek & potato soup|Chicken liver pâté|Prawn cocktail",
                    "Kürbiscremesuppe|Feldsalat mit Speck|Carpaccio",
                    "Velouté de potiron|Terrine maison|Salade de chèvre chaud",
                ).split("|"),
            ),
            (
                tr(lg, "Mains", "Hauptgerichte", "Plats"),
                tr(
                    lg,
                    "Roast sirloin of beef|Salmon fillet, hollandaise|Mushroom risotto (v)",
                    "Schweinebraten mit Knödel|Zanderfilet|Gemüse-Risotto (veg.)",
                    "Magret de canard|Dos de cabillaud|Risotto aux cèpes",
                ).split("|"),
            ),
            (
                tr(lg, "Desserts", "Desserts", "Desserts"),
                tr(
                    lg,
                    "Sticky toffee pudding|Lemon tart|Cheese board",
                    "Apfelstrudel|Mousse au chocolat",
                    "Tarte Tatin|Crème brûlée|Assiette de fromages",
                ).split("|"),
            ),
        ]:
            mp.text(w / 2, y, course, s.bold, 11, "center")
            y += 18
            for o in opts:
                mp.text(w / 2, y, o, italic_of(s.font), 10, "center")
                y += 14
            y += 14
        y += 10
        mp.text(
            m, y, tr(lg, "Numbers per dish:", "Anzahl je Gericht:", "Nombre par plat :"), s.font, 9
        )
        for k in range(3):
            mp.line(m + 120 + k * 110, y + 2, m + 200 + k * 110, y + 2)
        pages.append(mp)
    if rng.random() < 0.5:
        pages.append(
            small_print(
                rng,
                s,
                h,
                tr(
                    lg,
                    "Terms and conditions for society and corporate bookings",
                    "Bedingungen für Gruppen- und Firmenturniere",
                    "Conditions de réservation groupes",
                ),
                [
                    "Bookings",
                    "Deposits",
                    "Final numbers",
                    "Cancellation",
                    "Dress code",
                    "Handicaps",
                    "Buggies",
                    "Course closure",
                    "Liability",
                    "Payment",
                ],
                "committee",
            )
        )
    if rng.random() < 0.4:
        hand(
            pages[0],
            w - m - 130,
            60,
            tr(lg, "copy to bar & pro shop", "Kopie Gastro + Pro", "copie resto/pro"),
            8.5,
        )
    remember(d)
    return close(pages, s, h, numbers="2:Page {i}" if len(pages) > 1 and lg == "en" else "none")


SHOP_LINES = [
    ("Tour ball, urethane, white (dozen)", 28.5, ""),
    ("Distance ball, 2-piece (dozen)", 11.2, ""),
    ("Men's cabretta glove, LH", 6.9, "S M ML L XL"),
    ("Ladies' all-weather glove, RH", 6.4, "S M L"),
    ("Driver 10.5 deg, regular flex", 219.0, ""),
    ("Hybrid 4H 22 deg", 109.0, ""),
    ("Putter, blade, 34 in", 94.0, ""),
    ("Polo shirt, club logo embroidered", 16.8, "S M L XL XXL"),
    ("Windproof half-zip top", 27.5, "S M L XL"),
    ("Waterproof jacket, 2-year guarantee", 68.0, "M L XL"),
    ("Tees, wooden 70 mm (pack 100)", 2.1, ""),
    ("Pitch mark repairer, logo", 1.35, ""),
    ("Trolley umbrella, 62 in", 11.9, ""),
    ("Spikeless shoe, waterproof", 44.0, "7 8 9 10 11"),
    ("Logo cap, cotton", 5.6, ""),
    ("Scorecard holder, leather", 7.2, ""),
]


def tpl_shop_invoice(rng: random.Random, who: Issuer) -> list[Page]:
    """A golf equipment or clothing distributor's invoice to the professional's shop: style
    numbers, sizes, quantities, trade price and discount, the recommended retail price, the
    carrier and the consignment, over pages for a season's order; now and then from abroad
    in the supplier's own language, with the reverse charge."""
    h = head_of(who, "golfshop", 0.2)
    lg = h.lang
    s = style_of(h, LETTER if lg == "en" and keyed(who, "let").random() < 0.25 else A4, pt=8.5)
    w, hh = s.page_size
    m = s.margin
    d = last_day(rng, ("shop_invoice",), (0, 9))
    inv = serial(rng, rng.choice(["INV99999999", "9099999", "F25-99999"]))
    pro = club_person("pro")
    f = sheets(s, h, f"{tr(lg, 'Invoice', 'Rechnung', 'Facture')} {inv}")
    recipient(
        f,
        s,
        h,
        [f"{pro} - {tr(lg, 'Golf Professional', 'Pro-Shop', 'Pro-shop')}", *club_lines()],
        d,
        [
            (tr(lg, "Invoice", "Rechnung", "Facture"), inv),
            (tr(lg, "Account", "Kunden-Nr.", "Client"), serial(keyed(who, "acct"), "PRO99999")),
            (tr(lg, "Rep", "Außendienst", "Représentant"), staff(h, "rep")),
            (
                tr(lg, "Carrier", "Versand", "Transporteur"),
                rng.choice(["DPD", "UPS", "DHL", "GLS", "Palletways"]),
            ),
        ],
    )
    caption(f, s, tr(lg, "SALES INVOICE", "RECHNUNG", "FACTURE"), 4)
    rows = []
    net = 0.0
    fx = 1.0 if lg == "en" else 1.17
    disc = rng.choice([0, 0, 5, 10, 12.5])
    for _ in range(rng.choice([3, 5, 8, 14, 24, 38])):
        name, pr, sizes = rng.choice(SHOP_LINES)
        sz = rng.choice(sizes.split()) if sizes else ""
        q = rng.choice([1, 2, 3, 4, 6, 12])
        price = round(pr * fx, 2)
        v = round(q * price * (1 - disc / 100), 2)
        net += v
        rows.append(
            [
                serial(rng, "AA-99999"),
                f"{name}{' ' + sz if sz else ''}",
                str(q),
                money(round(price * 2.1, 2), lg),
                money(price, lg),
                f"{disc:g}%" if disc else "",
                money(v, lg),
            ]
        )
    cols = columns(
        m,
        w - m,
        [
            (1, "left"),
            (4.2, "left"),
            (0.5, "right"),
            (0.9, "right"),
            (0.9, "right"),
            (0.6, "right"),
            (1, "right"),
        ],
    )
    table(
        f,
        cols,
        [
            tr(lg, "Style", "Art.-Nr.", "Réf."),
            tr(lg, "Description", "Artikel", "Article"),
            tr(lg, "Qty", "Menge", "Qté"),
            tr(lg, "RRP", "UVP", "PVC"),
            tr(lg, "Trade", "EK", "Prix net"),
            tr(lg, "Disc", "Rabatt", "Remise"),
            tr(lg, "Value", "Betrag", "Montant"),
        ],
        rows,
        s,
        shade=0.9,
        step=1.5,
    )
    cross = lg != home()
    note = ""
    if cross:
        note = tr(
            lg,
            "Zero-rated intra-community supply / reverse charge: VAT to be accounted for by the "
            "customer.",
            "Steuerfreie innergemeinschaftliche Lieferung - Steuerschuldnerschaft des "
            "Leistungsempfängers.",
            "Exonération de TVA, article 262 ter I du CGI - autoliquidation.",
        )
    totals(f, s, lg, round(net, 2), 0.0 if cross else vat_rate(lg), note=note)
    write(
        f,
        s,
        tr(
            lg,
            "Claims for shortages or damage must be made within 48 hours of delivery.",
            "Beanstandungen bitte innerhalb von 8 Tagen nach Erhalt der Ware.",
            "Toute réclamation doit être formulée sous 48 heures.",
        ),
        s.size - 1.5,
    )
    received(rng, f.pages[0], d, 0.3)
    if rng.random() < 0.3:
        hand(
            f.pages[0],
            m,
            hh - m - 40,
            tr(home(), "checked v. delivery - 1 polo short", "Ware geprüft, ok", "contrôlé OK"),
            9,
        )
    remember(d)
    return close(f.pages, s, h)


STOCK = {
    "en": [
        ("Draught bitter", "pints"),
        ("Lager (keg)", "pints"),
        ("Cider (keg)", "pints"),
        ("Guinness", "pints"),
        ("House wine red 75cl", "btl"),
        ("House wine white 75cl", "btl"),
        ("Prosecco 20cl", "btl"),
        ("Gin 70cl", "btl"),
        ("Whisky blend 70cl", "btl"),
        ("Malt whisky 70cl", "btl"),
        ("Vodka 70cl", "btl"),
        ("Bottled lager 330ml", "btl"),
        ("Soft drinks post-mix", "litres"),
        ("J2O", "btl"),
        ("Crisps", "bags"),
    ],
    "de": [
        ("Pils vom Fass", "l"),
        ("Weizen vom Fass", "l"),
        ("Radler", "l"),
        ("Alkoholfreies Weizen 0,5", "Fl."),
        ("Hauswein rot 1,0", "Fl."),
        ("Hauswein weiß 1,0", "Fl."),
        ("Sekt 0,75", "Fl."),
        ("Apfelschorle", "l"),
        ("Mineralwasser 0,75", "Fl."),
        ("Obstler 0,7", "Fl."),
        ("Gin 0,7", "Fl."),
        ("Kaffee (Bohnen)", "kg"),
    ],
    "fr": [
        ("Bière pression blonde", "l"),
        ("Bière pression ambrée", "l"),
        ("Vin rouge AOC", "btl"),
        ("Vin blanc Touraine", "btl"),
        ("Crémant de Loire", "btl"),
        ("Pastis 1 l", "btl"),
        ("Whisky 70 cl", "btl"),
        ("Sodas 33 cl", "btl"),
        ("Eau minérale 1 l", "btl"),
        ("Café (grains)", "kg"),
    ],
}


def tpl_stocktake(rng: random.Random, who: Issuer) -> list[Page]:
    """The independent stocktaker's report on the clubhouse bar: the summary of opening stock,
    purchases, closing stock, the takings and the gross profit with the surplus or deficit
    against the allowances, then the stock lines on landscape pages and the remarks."""
    h = head_of(who, "stocktaker")
    lg = h.lang
    s = style_of(h, A4)
    w, _ = s.page_size
    m = s.margin
    d = some_day(rng)
    period0 = add_months(d, -1) - timedelta(days=rng.randint(0, 5))
    f = sheets(
        s,
        h,
        f"{club_name()} - {tr(lg, 'Stock result', 'Inventurergebnis', 'Résultat inventaire')} "
        f"{short(d, lg)}",
    )
    caption(
        f,
        s,
        tr(lg, "STOCK RESULT - BAR", "INVENTURBERICHT GETRÄNKE", "RAPPORT D'INVENTAIRE BAR"),
        4,
    )
    f.y = pairs(
        f.page,
        s,
        m,
        f.y,
        [
            (tr(lg, "Client", "Auftraggeber", "Client"), club_name()),
            (tr(lg, "Period", "Zeitraum", "Période"), f"{short(period0, lg)} - {short(d, lg)}"),
            (tr(lg, "Stocktaker", "Inventur durch", "Inventaire réalisé par"), staff(h, "taker")),
            (tr(lg, "Present", "Anwesend", "En présence de"), club_person("bar")),
        ],
        w - m,
    )
    f.y += 8
    opening = rng.uniform(6000, 14000)
    purchases = rng.uniform(5000, 18000)
    closing = opening + rng.uniform(-2500, 2500)
    cost = opening + purchases - closing
    gp_target = rng.choice([58.0, 60.0, 62.0, 65.0])
    expected = cost / (1 - gp_target / 100)
    takings = expected * rng.uniform(0.975, 1.01)
    diff = takings - expected
    rows = [
        [
            tr(lg, "Opening stock at cost", "Anfangsbestand (EK)", "Stock initial (coût)"),
            money(opening, lg),
        ],
        [tr(lg, "Purchases", "Zugänge", "Achats"), money(purchases, lg)],
        [
            tr(lg, "Closing stock at cost", "Endbestand (EK)", "Stock final (coût)"),
            money(closing, lg),
        ],
        [tr(lg, "Cost of sales", "Wareneinsatz", "Coût des ventes"), money(cost, lg)],
        [
            tr(lg, "Expected takings (at selling price)", "Soll-Umsatz", "Ventes théoriques"),
            money(expected, lg),
        ],
        [
            tr(lg, "Actual takings (net of VAT)", "Ist-Umsatz (netto)", "Ventes réelles HT"),
            money(takings, lg),
        ],
        [
            tr(lg, "Surplus / (deficit)", "Mehr- / (Minder)bestand", "Excédent / (manquant)"),
            money(diff, lg) if diff >= 0 else f"({money(-diff, lg)})",
        ],
        [
            tr(lg, "Gross profit achieved", "Rohertrag erzielt", "Marge brute réalisée"),
            f"{(1 - cost / takings) * 100:.1f}%",
        ],
    ]
    table(
        f,
        columns(m, w - m, [(4, "left"), (1.4, "right")]),
        [tr(lg, "Summary", "Übersicht", "Synthèse"), currency_sym(lg)],
        rows,
        s,
        rules=True,
    )
    f.heading(m, tr(lg, "Remarks", "Bemerkungen", "Observations"), s.bold, s.size + 1)
    for _ in range(rng.randint(2, 4)):
        write(f, s, "- " + prose(rng, lg, "bar", 1, 2), s.size - 0.5, 4)
    pages = list(f.pages)
    sl = paper(s, A4L, margin=36, pt=7.5)
    g = sheets(
        sl,
        h,
        f"{club_name()} - {tr(lg, 'Stock sheets', 'Bestandsliste', 'Détail du stock')} "
        f"{short(d, lg)}",
        top=False,
    )
    caption(g, sl, tr(lg, "Stock sheets", "Bestandsliste", "Détail du stock"), 2)
    lines = []
    for name, unit in STOCK[lg] * rng.choice([1, 1, 2]):
        o = rng.randint(0, 120)
        dl = rng.choice([0, 0, 12, 24, 48, 88])
        c = max(0, o + dl - rng.randint(0, o + dl))
        u = round(rng.uniform(0.6, 18), 2)
        lines.append(
            [
                name,
                unit,
                str(o),
                str(dl),
                str(c),
                str(o + dl - c),
                money(u, lg),
                money((o + dl - c) * u, lg),
            ]
        )
    table(
        g,
        columns(
            36,
            A4L[0] - 36,
            [
                (3, "left"),
                (0.8, "left"),
                (0.8, "right"),
                (0.8, "right"),
                (0.8, "right"),
                (0.8, "right"),
                (0.9, "right"),
                (1, "right"),
            ],
        ),
        [
            tr(lg, "Item", "Artikel", "Article"),
            tr(lg, "Unit", "Einheit", "Unité"),
            tr(lg, "Open", "AB", "Initial"),
            tr(lg, "Deliv.", "Zugang", "Entrées"),
            tr(lg, "Close", "EB", "Final"),
            tr(lg, "Sold", "Verbrauch", "Vendu"),
            tr(lg, "Cost", "EK", "Coût u."),
            tr(lg, "Value", "Wert", "Valeur"),
        ],
        lines,
        sl,
        shade=0.88,
        step=1.55,
    )
    pages += g.pages
    remember(d)
    return close(
        pages,
        s,
        h,
        numbers="Page {i} of {n}"
        if lg == "en"
        else "Seite {i} von {n}"
        if lg == "de"
        else "{i}/{n}",
    )


def currency_sym(lg: str) -> str:
    return "£" if lg == "en" else "€"


def tpl_minutes(rng: random.Random, who: Issuer) -> list[Page]:
    """The minutes of the general committee (Vorstandssitzung, réunion du comité directeur):
    present and apologies, numbered items with the reports of the greens, house, handicap and
    finance chairs, an action column, sometimes an agenda sheet in front; signed as a true
    record."""
    lg = home()
    h = club_head()
    s = style_of(h, A4)
    w, _ = s.page_size
    m = s.margin
    d = some_day(rng) - timedelta(days=rng.randint(5, 25))
    t = tr(
        lg,
        "Minutes of the General Committee Meeting",
        "Protokoll der Vorstandssitzung",
        "Compte rendu de la réunion du comité directeur",
    )
    items = [
        tr(lg, *x)
        for x in [
            (
                "Apologies",
                "Begrüßung und Feststellung der Beschlussfähigkeit",
                "Ouverture de séance",
            ),
            (
                "Minutes of the previous meeting",
                "Protokoll der letzten Sitzung",
                "Approbation du dernier compte rendu",
            ),
            ("Matters arising", "Offene Punkte", "Suivi des actions"),
            ("Finance report", "Bericht des Schatzmeisters", "Point financier"),
            ("Greens report", "Bericht Platz und Greenkeeping", "Rapport terrain"),
            ("Membership", "Mitgliederentwicklung", "Adhésions"),
            ("House and bar", "Clubhaus und Gastronomie", "Club-house et restaurant"),
            ("Competitions and handicaps", "Spielbetrieb und Handicaps", "Sportif et index"),
            ("Juniors", "Jugend", "École de golf"),
            ("Any other business", "Verschiedenes", "Questions diverses"),
            ("Date of next meeting", "Nächste Sitzung", "Prochaine réunion"),
        ]
    ]
    pages: list[Page] = []
    if rng.random() < 0.3:
        ap = Page(A4)
        y = heading(ap, s, h)
        ap.text(w / 2, y, tr(lg, "AGENDA", "TAGESORDNUNG", "ORDRE DU JOUR"), s.bold, 14, "center")
        ap.text(
            w / 2,
            y + 16,
            f"{t} - {day(h, d)}, {hhmm(rng.choice([18, 19]), 30)}",
            s.font,
            9,
            "center",
        )
        y += 50
        for k, it in enumerate(items):
            ap.text(m + 20, y, f"{k + 1}.", s.font, s.size + 1)
            ap.text(m + 44, y, it, s.font, s.size + 1)
            y += 22
        pages.append(ap)
    f = sheets(s, h, f"{t} - {day(h, d)}", top=rng.random() < 0.7)
    if f.y < s.margin:
        f.y = s.margin + 6
    caption(f, s, f"{t} {tr(lg, 'held on', 'am', 'du')} {day(h, d)}", 2)
    names = [
        f"{club_person(r_)} ({club_role(r_)})"
        for r_ in ("president", "captain", "treasurer", "secretary")
    ]
    names += [a_person(rng, lg) for _ in range(rng.randint(2, 5))]
    write(f, s, tr(lg, "Present: ", "Anwesend: ", "Présents : ") + ", ".join(names), s.size - 0.5)
    write(
        f,
        s,
        tr(lg, "In attendance: ", "Gäste: ", "Invités : ")
        + f"{club_person('greens')} ({club_role('greens')})",
        s.size - 0.5,
    )
    for k, it in enumerate(items):
        f.heading(m, f"{k + 1}. {it}", s.bold, s.size)
        topic = "course" if k == 4 else "committee"
        for _ in range(rng.randint(1, 3)):
            f.para(m + 14, w - 2 * m - 80, prose(rng, lg, topic, 1, 3), s.font, s.size)
        if rng.random() < 0.35:
            f.page.text(
                w - m,
                f.y - s.size * 1.4,
                tr(lg, "Action: ", "Verantw.: ", "Action : ")
                + rng.choice(["Sec", "Treas", "HG", "Capt", "GM"]),
                s.bold,
                s.size - 1,
                "right",
            )
        if k == 3 and rng.random() < 0.6:
            rows = [
                [
                    tr(lg, x, y_, z),
                    money(rng.uniform(-8000, 60000), lg),
                    money(rng.uniform(0, 60000), lg),
                ]
                for x, y_, z in [
                    ("Subscriptions", "Beiträge", "Cotisations"),
                    ("Green fees", "Greenfees", "Green-fees"),
                    ("Bar", "Gastronomie", "Bar"),
                    ("Course", "Platzpflege", "Terrain"),
                    ("Wages", "Personal", "Salaires"),
                ]
            ]
            table(
                f,
                columns(m + 14, w - m - 80, [(3, "left"), (1, "right"), (1, "right")]),
                ["", tr(lg, "YTD actual", "Ist", "Réalisé"), tr(lg, "Budget", "Plan", "Budget")],
                rows,
                s,
                size=s.size - 1.5,
            )
    f.y += 20
    f.need(50)
    pres = club_person("president")
    sign_line(
        f.page,
        s,
        m,
        f.y + 20,
        180,
        tr(lg, "Signed as a true record - Chairman", "Protokollführer / Präsident", "Le président"),
        pres if rng.random() < 0.6 else "",
    )
    f.page.text(m + 240, f.y + 29, tr(lg, "Date", "Datum", "Date"), s.font, 7)
    f.page.line(m + 240, f.y + 20, m + 340, f.y + 20)
    pages += f.pages
    remember(d)
    return close(
        pages,
        s,
        h,
        numbers=rng.choice(["Page {i} of {n}", "{i}", "none"]) if lg == "en" else h.numbers,
        covers=len(pages) - len(f.pages),
    )


TEES = {
    "en": ["White", "Yellow", "Red", "Blue"],
    "de": ["Weiß", "Gelb", "Blau", "Rot"],
    "fr": ["Blancs", "Jaunes", "Bleus", "Rouges"],
}


def tpl_course_rating(rng: random.Random, who: Issuer) -> list[Page]:
    """The national union's letter with the new course and slope ratings after a rating
    visit: the letter, the table of ratings by tee and gender, and the course handicap
    tables for the notice board on a landscape page."""
    h = head_of(who, "union")
    lg = h.lang
    s = style_of(h, A4)
    w, _ = s.page_size
    m = s.margin
    d = some_day(rng)
    f = sheets(s, h, f"{club_name()} - Course Rating")
    recipient(
        f,
        s,
        h,
        club_lines(club_role("secretary")),
        d,
        [(tr(lg, "Course ID", "Platz-ID", "ID parcours"), serial(rng, "99999"))],
    )
    caption(
        f,
        s,
        tr(
            lg,
            "Course rating - notification of ratings",
            "Course Rating - Mitteilung der neuen Werte",
            "Étalonnage du parcours - notification",
        ),
        1,
    )
    write(f, s, dear(lg, mx(club_person("secretary"), lg)))
    write(
        f,
        s,
        tr(
            lg,
            f"Following the rating visit to {club_name()} on "
            f"{day(h, d - timedelta(days=rng.randint(20, 60)))}, "
            "the ratings below have been approved and take effect from the date shown.",
            "nach der Bewertung Ihres Platzes am "
            f"{day(h, d - timedelta(days=rng.randint(20, 60)))} teilen "
            "wir Ihnen die neuen Course- und Slope-Ratings mit.",
            "Suite à la visite d'étalonnage du "
            f"{day(h, d - timedelta(days=rng.randint(20, 60)))}, nous vous "
            "communiquons les nouvelles valeurs du parcours.",
        ),
    )
    rows = []
    data = []
    for k, tee in enumerate(TEES[lg]):
        for g in (tr(lg, "Men", "Herren", "Messieurs"), tr(lg, "Women", "Damen", "Dames")):
            if (k == 0 and "W" in g[:1]) or rng.random() < 0.15:
                continue
            ln = rng.randint(4900, 6500) - k * 250
            par = rng.choice([70, 71, 72])
            cr = round(rng.uniform(66.0, 74.5), 1)
            sl = rng.randint(112, 142)
            data.append((tee, g, par, cr, sl))
            rows.append(
                [
                    tee,
                    g,
                    f"{ln}",
                    str(par),
                    f"{cr}".replace(".", "," if lg != "en" else "."),
                    str(sl),
                    f"{cr + sl / 5.381:.1f}",
                ]
            )
    table(
        f,
        columns(
            m,
            w - m,
            [
                (1, "left"),
                (1, "left"),
                (1, "right"),
                (0.6, "right"),
                (1, "right"),
                (0.8, "right"),
                (1, "right"),
            ],
        ),
        [
            "Tee",
            tr(lg, "Gender", "", "Genre"),
            tr(lg, "Yards", "Meter", "Mètres"),
            "Par",
            "Course Rating",
            "Slope",
            "Bogey Rating",
        ],
        rows,
        s,
        rules=True,
    )
    write(f, s, prose(rng, lg, "committee", 1, 2))
    write(
        f,
        s,
        tr(
            lg,
            "Please update your scorecards and the course handicap tables; new tables are "
            "enclosed for display.",
            "Bitte aktualisieren Sie die Vorgabentabellen; neue Tabellen liegen bei.",
            "Merci de mettre à jour les tables de conversion ; celles-ci sont jointes.",
        ),
    )
    regards(
        f,
        s,
        lg,
        staff(h, "rating"),
        tr(lg, "Course Rating Co-ordinator", "Course-Rating-Team", "Commission étalonnage"),
    )
    pages = list(f.pages)
    if rng.random() < 0.8:
        for part in range(rng.choice([1, 1, 2])):
            sub = data[part * 4 : part * 4 + 4] or data[:4]
            p = Page(A4L)
            pw, ph = A4L
            p.text(
                pw / 2,
                40,
                tr(
                    lg,
                    "COURSE HANDICAP TABLE",
                    "VORGABENTABELLE",
                    "TABLE DE CONVERSION INDEX / HANDICAP DE JEU",
                ),
                "Helvetica-Bold",
                13,
                "center",
            )
            p.text(
                pw / 2,
                54,
                f"{club_name()} - {tr(lg, 'effective', 'gültig ab', 'applicable au')} "
                f"{day(h, add_months(d, 1))}",
                "Helvetica",
                8.5,
                "center",
            )
            cw = (pw - 80) / len(sub)
            for c, (tee, g, par, cr, sl) in enumerate(sub):
                x0 = 40 + c * cw
                p.rect(x0 + 4, 68, cw - 8, 26, fill=0.85)
                p.text(x0 + cw / 2, 80, f"{tee} - {g}", "Helvetica-Bold", 8.5, "center")
                p.text(x0 + cw / 2, 90, f"CR {cr}  Slope {sl}  Par {par}", "Helvetica", 7, "center")
                y = 106
                lo = -5.0
                prev = None
                while y < ph - 40 and lo < 54:
                    ch_ = round(lo * sl / 113 + (cr - par))
                    hi = lo
                    while hi < 54 and round((hi + 0.1) * sl / 113 + (cr - par)) == ch_:
                        hi = round(hi + 0.1, 1)
                    if prev != ch_:
                        p.text(
                            x0 + 10, y, f"{hcp_text(lo, lg)} - {hcp_text(hi, lg)}", "Helvetica", 6.8
                        )
                        p.text(x0 + cw - 14, y, str(ch_), "Helvetica-Bold", 6.8, "right")
                        y += 8.2
                    prev = ch_
                    lo = round(hi + 0.1, 1)
            pages.append(p)
    remember(d)
    return close(pages, s, h, numbers="none")


def tpl_advisory_report(rng: random.Random, who: Issuer) -> list[Page]:
    """The agronomist's advisory report after a course visit: a cover page, the objectives and
    observations by area with the measurements table (moisture, firmness, green speed,
    organic matter), photograph pages with captions, and the recommendations; running header
    and page numbers."""
    h = head_of(who, "agronomist")
    lg = h.lang
    s = style_of(h, A4)
    w, hh = s.page_size
    m = s.margin
    d = some_day(rng) - timedelta(days=rng.randint(3, 14))
    ag = staff(h, "agronomist")
    title = tr(
        lg,
        "Course Advisory Report",
        "Platzbegehung - Beratungsbericht",
        "Rapport de visite agronomique",
    )
    pages: list[Page] = []
    if rng.random() < 0.7:
        c = Page(A4)
        heading(c, s, h)
        c.text(w / 2, hh * 0.33, title, s.bold, 22, "center")
        c.text(w / 2, hh * 0.33 + 28, club_name(), s.font, 14, "center")
        c.text(
            w / 2,
            hh * 0.33 + 48,
            tr(
                lg,
                f"Date of visit: {day(h, d)}",
                f"Besuch am {day(h, d)}",
                f"Visite du {day(h, d)}",
            ),
            s.font,
            11,
            "center",
        )
        photo(c, m + 40, hh * 0.45, w - 2 * m - 80, 200, rng)
        c.text(
            w / 2,
            hh - m - 40,
            tr(lg, f"Agronomist: {ag}", f"Berater: {ag}", f"Agronome : {ag}"),
            s.font,
            10,
            "center",
        )
        pages.append(c)
    f = sheets(s, h, f"{club_name()} - {title} - {day(h, d)}", top=not pages)
    if f.y < s.margin:
        f.y = s.margin + 6
    if not pages:
        caption(f, s, f"{title} - {club_name()}", 3)
        write(
            f,
            s,
            tr(
                lg,
                f"Visit {day(h, d)} - {ag} - present: ",
                f"Besuch {day(h, d)} - {ag} - Teilnehmer: ",
                f"Visite du {day(h, d)} - {ag} - présents : ",
            )
            + f"{club_person('greens')}, {a_person(rng, lg)}",
        )
    secs = [
        tr(lg, *x)
        for x in [
            ("Objectives", "Ziel des Besuchs", "Objectifs"),
            ("Greens", "Grüns", "Greens"),
            ("Tees and approaches", "Abschläge und Vorgrüns", "Départs et avant-greens"),
            ("Fairways and rough", "Fairways und Rough", "Fairways et roughs"),
            ("Bunkers", "Bunker", "Bunkers"),
            ("Machinery and resources", "Maschinen und Personal", "Matériel et moyens"),
        ]
    ]
    for k, sec in enumerate(secs):
        f.heading(m, f"{k + 1}. {sec}", s.bold, s.size + 2)
        for _ in range(rng.randint(1, 3)):
            write(f, s, prose(rng, lg, "course", 2, 4))
        if k == 1:
            rows = []
            for g_ in rng.sample(range(1, 19), rng.randint(4, 8)):
                rows.append(
                    [
                        str(g_),
                        f"{rng.uniform(14, 32):.1f}",
                        str(rng.randint(85, 130)),
                        f"{rng.uniform(8.5, 11.5):.1f}",
                        f"{rng.uniform(3.2, 7.8):.1f}",
                    ]
                )
            table(
                f,
                columns(
                    m,
                    w - m,
                    [(0.8, "left"), (1.2, "right"), (1.4, "right"), (1.4, "right"), (1.4, "right")],
                ),
                [
                    tr(lg, "Green", "Grün", "Green"),
                    tr(lg, "Moisture %", "Feuchte %", "Humidité %"),
                    tr(lg, "Firmness (gravities)", "Härte (Gmax)", "Fermeté (g)"),
                    tr(lg, "Speed (ft)", "Stimp (ft)", "Vitesse (ft)"),
                    tr(lg, "OM 0-20 mm %", "OS 0-2 cm %", "MO 0-2 cm %"),
                ],
                rows,
                s,
                shade=0.9,
            )
    pp = paper(s, A4)
    for _ in range(rng.choice([0, 1, 1, 2])):
        p = Page(A4)
        running_header(p, pp, f"{club_name()} - {title} - {day(h, d)}")
        for j in range(2):
            y0 = pp.margin + 10 + j * (hh - 2 * pp.margin) / 2
            photo(p, m, y0, w - 2 * m, (hh - 2 * pp.margin) / 2 - 60, rng)
            p.text(
                m,
                y0 + (hh - 2 * pp.margin) / 2 - 44,
                fit(
                    tr(lg, "Photo ", "Foto ", "Photo ")
                    + f"{j + 1 + 2 * _}: "
                    + words(rng, lg, "course", 10),
                    s.font,
                    s.size - 1,
                    w - 2 * m,
                ),
                italic_of(s.font),
                s.size - 1,
            )
        f.pages.append(p)
        f.page = Page(A4)
        f.pages.append(f.page)
        f.y = running_header(f.page, pp, f"{club_name()} - {title} - {day(h, d)}")
    f.heading(m, tr(lg, "Recommendations", "Empfehlungen", "Recommandations"), s.bold, s.size + 2)
    for k in range(rng.randint(4, 9)):
        write(f, s, f"{k + 1}. " + words(rng, lg, "course"), s.size, 6)
    regards(f, s, lg, ag, tr(lg, "Senior Agronomist", "Rasenberater", "Agronome conseil"))
    pages += f.pages
    remember(d)
    return close(
        pages,
        s,
        h,
        numbers=rng.choice(["Page {i} of {n}", "{i}"]) if lg == "en" else h.numbers,
        covers=1 if len(pages) > len(f.pages) else 0,
    )


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
    "renewal_form": tpl_renewal_form,
    "handicap_record": tpl_handicap_record,
    "start_sheet": tpl_start_sheet,
    "results": tpl_results,
    "scorecard": tpl_scorecard,
    "machinery_lease": tpl_machinery_lease,
    "service_report": tpl_service_report,
    "agro_invoice": tpl_agro_invoice,
    "spray_record": tpl_spray_record,
    "spray_certificate": tpl_spray_certificate,
    "abstraction_licence": tpl_abstraction_licence,
    "abstraction_return": tpl_abstraction_return,
    "society_booking": tpl_society_booking,
    "booking_confirmation": tpl_booking_confirmation,
    "shop_invoice": tpl_shop_invoice,
    "premises_licence": tpl_premises_licence,
    "stocktake": tpl_stocktake,
    "minutes": tpl_minutes,
    "insurance_schedule": tpl_insurance_schedule,
    "course_rating": tpl_course_rating,
    "advisory_report": tpl_advisory_report,
}
TEMPLATES_WWWW: dict[str, Template] = {k: tracked(k, t) for k, t in KINDS.items()}
#: Kinds that a pile often holds 2-4 of in a row from one sender.
RUN_KINDS = (
    "renewal_form",
    "handicap_record",
    "scorecard",
    "service_report",
    "agro_invoice",
    "spray_record",
    "shop_invoice",
)
#: A kind often followed by a related paper.
FOLLOWS = {
    "start_sheet": "results",
    "society_booking": "booking_confirmation",
    "abstraction_licence": "abstraction_return",
    "agro_invoice": "spray_record",
}


# ---------------------------------------------------------------------------------------------
# Streams and generation (same files and labels as corpus.generate)
# ---------------------------------------------------------------------------------------------


def make_pestle_stream(rng: random.Random, n_docs: int, separators: bool) -> Stream:
    """One club's pile: ``corpus.make_stream`` with batch runs (after a run kind, 1-3 more of
    the same kind from the same sender follow with probability 0.6) and companions (each kind
    in ``FOLLOWS`` is followed by its related paper with probability 0.5). The club (country,
    name, month) is drawn once per stream."""
    r = random.Random(rng.getrandbits(32))
    lang = r.choice(["en", "en", "de", "de", "fr"])
    CLUB["lang"] = lang
    CLUB["row"] = r.randrange(len(CLUBS[lang]))
    CLUB["seed"] = r.getrandbits(24)
    CLUB["month"] = date(r.choice([2024, 2025]), r.randint(1, 12), 1)
    LAST.update(kind="", day=None, extra=None)
    run_odds = dict.fromkeys(RUN_KINDS, 0.6)
    return assemble_stream(
        rng, TEMPLATES_WWWW, n_docs, separators, run_odds, run_len=(1, 3), follows=FOLLOWS
    )


generate = part_generate(PART, SEED_OFFSET, make_pestle_stream, "templates WWWW")


def main(argv: list[str]) -> int:
    return part_main(argv, __doc__, PART, generate, scanned=12)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

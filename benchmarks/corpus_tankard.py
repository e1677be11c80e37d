"""Tankard part of the generated corpus: templates NNN, written blind for the next measurement.

A part of its own, ``tankard``. Its templates were written without looking at the boundary
detector, its documentation, its tuning or its evaluation, as the pile the management office of
a small professional chamber orchestra (a general manager, a concerts planner, a librarian and a
finance officer; in England, Germany or France) feeds through its scanner in a month: the
orchestra's engagement contracts with freelance players (Honorarvertrag für Aushilfen, CDDU)
with the engagement fields, the schedule of calls, numbered terms and both signatures, now and
then a players' code of conduct behind, countersigned and returned; the players' invoices for a
project (typed on their own simple letterhead, or a carbon invoice-book page on A5 filled in by
hand) and, in France, their travel expense claims (note de frais) on the orchestra's form;
artist agencies' engagement contracts for soloists and conductors (Gastspielvertrag, contrat
d'engagement), now and then behind a covering letter, with the particulars in a ruled grid, the
general terms in full or in two columns, the artist's rider and a signature page; the agencies'
fee invoices with the withholding tax note (FEU, § 50a EStG, retenue à la source) and now and
then a remittance slip; concert halls' hire agreements (covering letter, booking particulars
with tick boxes for services, schedule of charges, conditions of hire, signature page) and
their settlement statements after the concert (ticket sales by price band, deductions,
balance; portrait or landscape); ticketing companies' sales reports printed from their system
on landscape pages with a running report header and "Page i of n"; music publishers' hire
library invoices for the performance material with the list of material despatched (score and
parts, set numbers) and now and then the conditions of hire; performing rights programme
returns filled in by hand (PRS concert programme return, GEMA Musikfolge, SACEM programme des
oeuvres) with a continuation sheet when the works run over, and the societies' licence fee
invoices (Tariff LC, Tarif U-K) with now and then an explanation page; instrument insurance
brokers' renewals (covering letter, policy schedule, the schedule of instruments with makers,
serial numbers and sums insured on landscape pages, policy conditions) or a one-page
endorsement; group travel agents' tour booking confirmations with the itinerary, the passenger
list with instruments (a seat for the cello, the bass in the hold) and the booking conditions;
hotels' reservation confirmations, group blocks with the rooming list (now and then on a
landscape page) or a single room for the conductor or a soloist, with a guarantee line to sign;
funders' awards (an Arts Council England offer with its conditions, a Zuwendungsbescheid with
the Rechtsbehelfsbelehrung, a convention de subvention with its articles) with the payment
schedule and an acceptance form or budget annex; the orchestra's reports to a funder with a
cover sheet, numbered sections, an activity table, the income and expenditure against budget
on a landscape page and the signed declaration; sponsors' letters confirming a sponsorship with
the benefits (now and then a signed sponsorship summary) and private patrons' handwritten notes
on notepaper with the copy of the cheque or transfer behind; the orchestra's thank-you letters
with a Gift Aid declaration (a tear-off slip or a page of its own), Zuwendungsbestätigungen on
the official pattern and reçus au titre des dons (Cerfa 11580) over two pages; printers'
programme proofs (the proof approval form with tick boxes and signature, then the A5 pages as
spreads on landscape A4 with crop marks and hand corrections) and their invoices, now and then
with the signed A5 delivery note behind; broadcasters' recording and broadcast agreements
(clauses, the schedule of works, the fee distribution per player on a landscape page, the
signature page); and the musicians' union's rate notices (Musicians' Union, unisono, SNAM-CGT)
with the rate table. Each stream is one orchestra's pile: the orchestra (country, name, month
and two to four concert projects with their programme, conductor, soloist, calls and venues) is
drawn once per stream; its senders are of the orchestra's country and write in its language,
except that artist agencies, hire libraries and hotels are now and then from abroad and write
in their own, and that touring venues may be abroad. Page sizes range from A5 invoice-book pages,
delivery notes and a patron's notepaper to A4, Letter and landscape A4 and A5.

Labelling rule: what one sender issues in one go is one document, as the office files it: the
code of conduct behind a player's contract; the covering letter, terms, rider and signature page
of an agency contract; the remittance slip of an invoice; the covering letter, conditions and
signature page of a hall's hire agreement; every page of a ticketing report; the material list
and conditions of a hire invoice; the continuation sheet of a programme return; the explanation
page of a licence invoice; the covering letter, schedule of instruments and conditions of an
insurance renewal; the booking conditions of a travel confirmation; the rooming list of a hotel
confirmation; the conditions, payment schedule and acceptance form or budget annex of an award;
the cover sheet, finance page and declaration of a funder report; the sponsorship summary of a
sponsor's letter; the cheque or transfer copy behind a patron's note; the Gift Aid declaration
page of a thank-you letter and both pages of a Cerfa receipt; the proof spreads behind a proof
approval form; the delivery note behind a printer's invoice; the schedules and signature page
of a broadcast agreement. Related papers are documents of their own: the player's invoice after
the contract, the agency's invoice after its contract, the hall's settlement after the hire
agreement, the society's invoice after the programme return, the hotel's confirmation after the
travel agent's, the orchestra's receipt after the sponsor's or patron's letter and the printer's
invoice after the proof; and so is each contract, invoice, return, report, confirmation and
receipt of a run.

Streams are assembled like ``corpus.make_stream`` (same separator sheets, same 30% chance of
repeating the previous kind and sender), plus batch runs: players' contracts (one project,
other players), a player's invoices, hire invoices, programme returns, hotel confirmations,
ticketing reports and donation receipts often come 2-4 in a row from one sender with other
names, dates, numbers and amounts; and companions: each related paper above often follows the
document it answers, about the same project. Drawn with ``corpus.draw_pdf``, scanned with
``corpus.scan`` and labelled exactly like ``corpus.generate`` with ``"split": "tankard"`` and
seeds offset by 6_500_000.

Usage: ``python benchmarks/corpus_tankard.py OUT_DIR [--streams N] [--scanned N] [--seed S]``
writes ``OUT_DIR/tankard/tankard_{born_digital,scanned}_NNNNNNN.{pdf,json}``.
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
from corpus_kit import date_text as dtext

PART = "tankard"
SEED_OFFSET = 6_500_000

MM = 72 / 25.4
LAND = landscape(A4)
LAND5 = landscape(A5)
NOTE = (148 * MM, 190 * MM)  # a patron's notepaper
DL = (99 * MM, 210 * MM)

# ---------------------------------------------------------------------------------------------
# Who writes: the orchestra and its outside senders, by country
# ---------------------------------------------------------------------------------------------

Row = tuple[str, str, str, str]  # name, street, town, telephone
ORCHESTRAS: dict[str, list[Row]] = {
    "en": [
        (
            "Severn Chamber Orchestra",
            "The Old Chapel, 12 Walcot Street",
            "Bath BA1 5BG",
            "01225 448 210",
        ),
        ("Pennine Camerata", "Dean Clough Mill E, Dean Clough", "Halifax HX3 5AX", "01422 381 662"),
        ("Wensum Sinfonia", "St Gregory's Centre, Pottergate", "Norwich NR2 1DX", "01603 766 415"),
    ],
    "de": [
        ("Kammerorchester Rheinland e.V.", "Severinstraße 44", "50678 Köln", "0221 934 71 20"),
        ("Neckar Kammerphilharmonie gGmbH", "Hauptstraße 118", "69117 Heidelberg", "06221 43 85 0"),
        ("Leipziger Kammersolisten e.V.", "Gottschedstraße 9", "04109 Leipzig", "0341 225 80 17"),
    ],
    "fr": [
        ("Orchestre de chambre du Rhône", "14 quai Fulchiron", "69005 Lyon", "04 78 37 52 60"),
        (
            "Ensemble orchestral Loire-Atlantique",
            "6 rue Voltaire",
            "44000 Nantes",
            "02 40 48 17 93",
        ),
        ("Les Symphonistes de Toulouse", "22 rue des Lois", "31000 Toulouse", "05 61 21 64 08"),
    ],
}
SENDERS: dict[str, dict[str, list[Row]]] = {
    "agency": {
        "en": [
            ("Hallam Reeve Artists Ltd", "5 Chancery Lane", "London WC2A 1LG", "020 7400 1250"),
            (
                "Coulthard Artist Management",
                "The Hop Exchange, 24 Southwark St",
                "London SE1 1TY",
                "",
            ),
            ("Marlowe Classical Ltd", "Unit 3, 21 Wharf Road", "London N1 7GR", "020 7183 4470"),
        ],
        "de": [
            (
                "Konzertdirektion Weinberger GmbH",
                "Maximilianstraße 31",
                "80539 München",
                "089 29 16 44 0",
            ),
            ("Künstlersekretariat Lindenau", "Fasanenstraße 68", "10719 Berlin", "030 88 72 31 5"),
            ("Hanseatische Konzertagentur KG", "Mittelweg 37", "20148 Hamburg", "040 41 33 09 0"),
        ],
        "fr": [
            (
                "Bureau de concerts Castellane",
                "18 rue de Lisbonne",
                "75008 Paris",
                "01 45 22 60 71",
            ),
            ("Agence artistique Vauclair", "7 rue Édouard VII", "75009 Paris", "01 47 42 88 15"),
            ("Opus Artistes SARL", "3 place des Célestins", "69002 Lyon", "04 78 92 40 33"),
        ],
    },
    "venue": {
        "en": [
            ("The Assembly Rooms Trust", "Bennett Street", "Bath BA1 2QH", "01225 477 789"),
            ("Victoria Hall Concert Hall", "Crown Street", "Halifax HX1 1HN", "01422 351 158"),
            (
                "St Cecilia's Concert Hall",
                "Queen's Road",
                "Clifton, Bristol BS8 1QE",
                "0117 903 1140",
            ),
            ("Corn Exchange Arts Centre", "Market Hill", "Bedford MK40 1SJ", "01234 718 044"),
        ],
        "de": [
            ("Stadthalle Elsfeld GmbH", "Am Stadtgarten 2", "53173 Bonn", "0228 93 58 20"),
            ("Kulturzentrum Alte Feuerwache", "Melchiorstraße 3", "50670 Köln", "0221 973 15 50"),
            ("Kurhaus Bad Lindenfels - Konzertsaal", "Kurpark 1", "69502 Hemsbach", ""),
            ("Gewandhaus-Kammermusiksaal Verwaltung", "Augustusplatz 8", "04109 Leipzig", ""),
        ],
        "fr": [
            (
                "Salle Molière - Régie municipale",
                "18 quai de Bondy",
                "69005 Lyon",
                "04 78 28 43 63",
            ),
            ("Théâtre municipal de Vienne", "4 rue Chantelouve", "38200 Vienne", "04 74 85 00 05"),
            ("Auditorium des Cordeliers", "12 rue des Cordeliers", "44000 Nantes", ""),
            ("Halle aux Grains - Régie", "1 place Dupuy", "31000 Toulouse", "05 61 63 13 13"),
        ],
    },
    "ticketing": {
        "en": [
            ("Encore Ticketing Ltd", "Pavilion House, 2 Stanier Way", "Derby DE21 6BF", ""),
            ("Boxfront Tickets Ltd", "Tower Works, Globe Road", "Leeds LS11 5QG", ""),
        ],
        "de": [
            ("Ticketzentrale Rhein-Ruhr GmbH", "Königsallee 60", "40212 Düsseldorf", ""),
            ("KulturTicket Sachsen GmbH", "Petersstraße 20", "04109 Leipzig", ""),
        ],
        "fr": [
            ("Billetterie Cadence SAS", "27 rue de la Villette", "69003 Lyon", ""),
            ("Guichet Ouest SARL", "9 allée Duquesne", "44000 Nantes", ""),
        ],
    },
    "hire": {
        "en": [
            (
                "Boosey & Hawkes Music Publishers Ltd",
                "Hire Library, Aldwych House",
                "London WC2B 4HN",
                "020 7054 7200",
            ),
            (
                "Schott Music Ltd - Hire Library",
                "48 Great Marlborough Street",
                "London W1F 7BB",
                "020 7534 0750",
            ),
            (
                "Faber Music Ltd - Hire Library",
                "Bloomsbury House, 74-77 Great Russell St",
                "London WC1B 3DA",
                "",
            ),
            (
                "Bärenreiter Ltd - Hire Department",
                "Burnt Mill, Elizabeth Way",
                "Harlow CM20 2HX",
                "01279 828 930",
            ),
        ],
        "de": [
            (
                "Schott Music GmbH & Co. KG",
                "Leihabteilung, Weihergarten 5",
                "55116 Mainz",
                "06131 246 0",
            ),
            (
                "Bärenreiter-Verlag",
                "Leihabteilung, Heinrich-Schütz-Allee 35",
                "34131 Kassel",
                "0561 3105 0",
            ),
            (
                "Breitkopf & Härtel KG",
                "Orchestermaterial, Walkmühlstraße 52",
                "65195 Wiesbaden",
                "",
            ),
            (
                "Musikverlag Sikorski GmbH & Co. KG",
                "Leihabteilung, Johnsallee 23",
                "20148 Hamburg",
                "",
            ),
        ],
        "fr": [
            (
                "Éditions Durand-Salabert-Eschig",
                "Service location, 5 rue du Helder",
                "75009 Paris",
                "01 53 24 80 01",
            ),
            ("Alphonse Leduc & Cie", "Service location, 175 rue Saint-Honoré", "75001 Paris", ""),
            ("Éditions Billaudot - Location", "14 rue de l'Échiquier", "75010 Paris", ""),
        ],
    },
    "society": {
        "en": [("PRS for Music", "2 Pancras Square", "London N1C 4AG", "020 7580 5544")],
        "de": [
            ("GEMA Bezirksdirektion Dortmund", "Betenstraße 19", "44137 Dortmund", ""),
            ("GEMA Bezirksdirektion Dresden", "Käthe-Kollwitz-Ufer 79", "01309 Dresden", ""),
            ("GEMA Bezirksdirektion Wiesbaden", "Abraham-Lincoln-Straße 20", "65189 Wiesbaden", ""),
        ],
        "fr": [
            ("SACEM - Délégation régionale de Lyon", "7 rue Grolée", "69002 Lyon", ""),
            ("SACEM - Délégation régionale de Nantes", "1 rue Marcel Paul", "44000 Nantes", ""),
            ("SACEM - Délégation régionale de Toulouse", "6 rue Ozenne", "31000 Toulouse", ""),
        ],
    },
    "broker": {
        "en": [
            (
                "Clef & Case Insurance Services Ltd",
                "Riverside House, 2 Mill Lane",
                "Bath BA2 3DQ",
                "01225 590 410",
            ),
            (
                "Allegro Instrument Insurance Brokers",
                "40 Gracechurch Street",
                "London EC3V 0BT",
                "",
            ),
        ],
        "de": [
            (
                "Stretto Versicherungsmakler GmbH",
                "Ballindamm 14",
                "20095 Hamburg",
                "040 30 39 66 0",
            ),
            ("Kunst & Klang Assekuranz oHG", "Theodor-Heuss-Ring 23", "50668 Köln", ""),
        ],
        "fr": [
            ("Cabinet Harmonia Assurances", "41 cours Franklin Roosevelt", "69006 Lyon", ""),
            ("Courtage Lutherie & Spectacle SARL", "12 rue Crébillon", "44000 Nantes", ""),
        ],
    },
    "travel": {
        "en": [
            (
                "Encore Tours & Orchestra Travel Ltd",
                "Suite 4, 10 Harbour Road",
                "Bristol BS1 5UH",
                "",
            ),
            ("Tutti Travel Ltd", "1 Station Parade", "Harrogate HG1 1TS", "01423 522 900"),
        ],
        "de": [
            ("Orchesterreisen Brenner GmbH", "Bahnhofplatz 4", "90402 Nürnberg", "0911 23 99 41 0"),
            ("Da Capo Gruppenreisen", "Königstraße 2", "70173 Stuttgart", ""),
        ],
        "fr": [
            ("Voyages Da Capo", "5 rue de la République", "69001 Lyon", "04 72 10 36 36"),
            ("Transports Gaillard Autocars", "ZA des Sables", "44470 Carquefou", ""),
        ],
    },
    "hotel": {
        "en": [
            ("The Grand Station Hotel", "Station Road", "York YO24 1AA", "01904 380 038"),
            ("Cathedral Quarter Hotel", "18 Castle Street", "Exeter EX4 3PT", ""),
            ("Kingsway Park Hotel", "Kingsway", "Cardiff CF10 3RB", ""),
        ],
        "de": [
            ("Hotel am Domplatz", "Domplatz 5", "99084 Erfurt", "0361 6 44 00"),
            ("Parkhotel Stadtgarten", "Gartenstraße 12", "79098 Freiburg", ""),
            ("Hotel Kaiserhof Residenz", "Kaiserstraße 44", "66111 Saarbrücken", ""),
        ],
        "fr": [
            ("Hôtel du Théâtre", "3 place du Théâtre", "67000 Strasbourg", "03 88 32 14 20"),
            ("Grand Hôtel de la Gare", "1 place de la Gare", "21000 Dijon", ""),
            ("Hôtel des Arts", "7 rue Colbert", "37000 Tours", ""),
        ],
    },
    "funder": {
        "en": [
            (
                "Arts Council England - South West",
                "Senate Court, Southernhay Gardens",
                "Exeter EX1 1UG",
                "",
            ),
            ("Arts Council England - North", "21 Bond Street", "Dewsbury WF13 1AX", ""),
            ("The Hallworth Music Foundation", "8 Queen Square", "Bath BA1 2HN", ""),
        ],
        "de": [
            (
                "Ministerium für Kultur und Wissenschaft",
                "Völklinger Straße 49",
                "40221 Düsseldorf",
                "",
            ),
            ("Stadt Köln - Kulturamt", "Richartzstraße 2-4", "50667 Köln", ""),
            ("Kulturstiftung des Freistaates Sachsen", "Königstraße 10", "01097 Dresden", ""),
        ],
        "fr": [
            (
                "Direction régionale des affaires culturelles",
                "Le Grenier d'Abondance, 6 quai St-Vincent",
                "69001 Lyon",
                "",
            ),
            (
                "Région Pays de la Loire - Direction de la culture",
                "1 rue de la Loire",
                "44966 Nantes",
                "",
            ),
            (
                "Ville de Toulouse - Direction de la musique",
                "1 place du Capitole",
                "31000 Toulouse",
                "",
            ),
        ],
    },
    "sponsor": {
        "en": [
            ("Avonside Building Society", "Pulteney Bridge House", "Bath BA2 4AT", ""),
            ("Kestrel Wealth Management LLP", "9 Queen Square", "Bristol BS1 4JQ", ""),
            ("Thornbury & Pike Solicitors", "3 Old Market", "Halifax HX1 1TN", ""),
        ],
        "de": [
            ("Kreissparkasse Rheinufer", "Marktplatz 1", "53111 Bonn", ""),
            ("Brauerei Gebr. Sieben KG", "Brauhausgasse 4", "50667 Köln", ""),
            ("Lindner Maschinenbau GmbH", "Industriestraße 22", "04129 Leipzig", ""),
        ],
        "fr": [
            ("Fondation Crédit Mutuel Rhône", "8 rue de la Bourse", "69002 Lyon", ""),
            ("Domaine de Beauvallon SCEA", "Route des Crêtes", "69820 Fleurie", ""),
            ("Groupe Marchal Industrie SA", "ZI Nord", "44300 Nantes", ""),
        ],
    },
    "printer": {
        "en": [
            ("Kingsmead Print Ltd", "Units 6-8, Kingsmead Estate", "Bath BA2 3XZ", "01225 421 880"),
            ("Calder Press", "Unit 2, Brookfoot Mills", "Brighouse HD6 2RW", ""),
        ],
        "de": [
            ("Druckerei Hoffmann & Söhne", "Gutenbergstraße 14", "50823 Köln", "0221 55 40 31"),
            ("Offsetdruck Kernbach GmbH", "Am Werk 3", "04129 Leipzig", ""),
        ],
        "fr": [
            ("Imprimerie du Confluent", "36 rue Smith", "69002 Lyon", "04 78 42 55 06"),
            ("Atelier Graphique Nantais", "10 rue de la Fosse", "44000 Nantes", ""),
        ],
    },
    "broadcaster": {
        "en": [
            ("BBC Radio 3 - Contracts", "Broadcasting House, Portland Place", "London W1A 1AA", "")
        ],
        "de": [
            (
                "Westdeutscher Rundfunk - Honorare und Lizenzen",
                "Appellhofplatz 1",
                "50667 Köln",
                "",
            ),
            (
                "Deutschlandfunk Kultur - Musikproduktion",
                "Hans-Rosenthal-Platz",
                "10825 Berlin",
                "",
            ),
        ],
        "fr": [
            (
                "Radio France - Direction de la musique",
                "116 avenue du Président Kennedy",
                "75016 Paris",
                "",
            )
        ],
    },
    "union": {
        "en": [("Musicians' Union", "30 Clapham Road", "London SW9 0JJ", "020 7582 5566")],
        "de": [
            (
                "unisono Deutsche Musik- und Orchestervereinigung e.V.",
                "Littenstraße 10",
                "10179 Berlin",
                "",
            )
        ],
        "fr": [
            (
                "SNAM-CGT - Syndicat national des artistes musiciens",
                "14-16 rue des Lilas",
                "75019 Paris",
                "",
            )
        ],
    },
}

FIRSTS = {
    "en": [
        "Sarah",
        "James",
        "Emma",
        "Daniel",
        "Hannah",
        "Richard",
        "Priya",
        "Tom",
        "Fiona",
        "Gareth",
    ],
    "de": [
        "Andrea",
        "Thomas",
        "Julia",
        "Stefan",
        "Katrin",
        "Michael",
        "Sabine",
        "Jan",
        "Eva",
        "Jörg",
    ],
    "fr": [
        "Nathalie",
        "Julien",
        "Camille",
        "Olivier",
        "Sandrine",
        "Nicolas",
        "Léa",
        "Hugo",
        "Claire",
    ],
}
LASTS = {
    "en": [
        "Whitaker",
        "Holroyd",
        "Bennett",
        "Ahmed",
        "Gallagher",
        "Thornton",
        "Moss",
        "Reid",
        "Lacey",
    ],
    "de": [
        "Bauer",
        "Schneider",
        "Hartmann",
        "Wolff",
        "Kaya",
        "Neumann",
        "Vogel",
        "Ziegler",
        "Brandt",
    ],
    "fr": [
        "Lefèvre",
        "Morel",
        "Girard",
        "Fontaine",
        "Chevalier",
        "Benali",
        "Roux",
        "Perrin",
        "Vidal",
    ],
}
FEMALE = {
    "Sarah",
    "Emma",
    "Hannah",
    "Priya",
    "Fiona",
    "Andrea",
    "Julia",
    "Katrin",
    "Sabine",
    "Eva",
    "Nathalie",
    "Camille",
    "Sandrine",
    "Léa",
    "Claire",
    "Rebecca",
    "Alice",
    "Miriam",
    "Ines",
    "Johanna",
    "Agnès",
    "Hélène",
    "Marion",
    "Yuki",
    "Clara",
    "Elena",
    "Maren",
    "Sophie",
}

INSTR = {
    "en": [
        "Violin",
        "Violin",
        "Viola",
        "Cello",
        "Double bass",
        "Flute",
        "Oboe",
        "Clarinet",
        "Bassoon",
        "Horn",
        "Trumpet",
        "Timpani",
        "Harpsichord",
    ],
    "de": [
        "Violine",
        "Violine",
        "Viola",
        "Violoncello",
        "Kontrabass",
        "Flöte",
        "Oboe",
        "Klarinette",
        "Fagott",
        "Horn",
        "Trompete",
        "Pauken",
        "Cembalo",
    ],
    "fr": [
        "violon",
        "violon",
        "alto",
        "violoncelle",
        "contrebasse",
        "flûte",
        "hautbois",
        "clarinette",
        "basson",
        "cor",
        "trompette",
        "timbales",
        "clavecin",
    ],
}
#: Freelance musicians: name, street, town, telephone, instrument index.
MUSICIANS: dict[str, list[tuple[str, str, str, str, int]]] = {
    "en": [
        ("Rebecca Allard", "14 Cavendish Road", "Bristol BS6 7RD", "07700 914 223", 0),
        ("Owen Haskett", "Flat 2, 31 Marlborough Buildings", "Bath BA1 2LY", "07812 330 561", 2),
        ("Alice Penrose", "9 Hebble View", "Sowerby Bridge HX6 2QA", "07931 228 047", 3),
        ("Marcus Tye", "77 Gloucester Road", "Bristol BS7 8AS", "", 4),
        ("Miriam Castell", "2 Chapel Row", "Frome BA11 1HB", "07455 190 882", 6),
        ("Dominic Whale", "48 Unthank Road", "Norwich NR2 2RW", "07908 611 740", 9),
        ("Yuki Hartnell", "5 Elmhurst Avenue", "Leeds LS8 2AH", "", 1),
        ("Tobias Ferne", "The Coach House, Lyncombe Vale", "Bath BA2 4LS", "07723 805 114", 11),
    ],
    "de": [
        ("Johanna Reichert", "Zülpicher Straße 212", "50937 Köln", "0176 4412 8830", 0),
        ("Matthias Oberle", "Bergheimer Straße 47", "69115 Heidelberg", "0151 2290 4417", 2),
        ("Ines Kaltenbach", "Karl-Heine-Straße 88", "04229 Leipzig", "", 3),
        ("Bastian Wendt", "Merowingerstraße 5", "50677 Köln", "0172 6610 935", 4),
        ("Clara Seidenfaden", "Steinstraße 19", "69117 Heidelberg", "", 7),
        ("Lukas Herbrand", "Kochstraße 62", "04275 Leipzig", "0160 9380 221", 9),
        ("Maren Osterkamp", "Aachener Straße 301", "50933 Köln", "", 1),
        ("Felix Adomeit", "Plöck 73", "69117 Heidelberg", "0157 3380 4410", 12),
    ],
    "fr": [
        ("Hélène Marchetti", "23 rue Saint-Jean", "69005 Lyon", "06 14 52 80 37", 0),
        ("Antoine Lebreton", "8 rue Kervégan", "44000 Nantes", "06 71 09 44 26", 2),
        ("Marion Delaunay", "40 rue Pargaminières", "31000 Toulouse", "", 3),
        ("Yannick Quéré", "15 boulevard de la Croix-Rousse", "69004 Lyon", "06 88 21 63 50", 4),
        ("Agnès Tissandier", "2 rue Mercœur", "44000 Nantes", "", 5),
        ("Florent Cazals", "11 rue du Taur", "31000 Toulouse", "06 30 47 92 18", 8),
        ("Sophie Vannier", "6 montée du Gourguillon", "69005 Lyon", "", 1),
        ("Rémi Abadie", "27 allée Jean Jaurès", "31000 Toulouse", "07 81 55 02 64", 10),
    ],
}
CONDUCTORS = [
    "Eleanor Voss",
    "Tomasz Rydel",
    "Benedikt Aurich",
    "Sakari Lindqvist",
    "Louise Chabrol",
    "Daniel Okafor",
    "Mirjam Thalberg",
    "Jean-Baptiste Renaud",
]
SOLOISTS = [
    ("Clara Mendez", "piano"),
    ("Aurelien Faure", "violin"),
    ("Hanna Lindberg", "cello"),
    ("Kenji Aoyama", "piano"),
    ("Isabelle Moreau", "soprano"),
    ("Jakob Strelitz", "violin"),
    ("Natalia Orlova", "viola"),
    ("Simon Achterberg", "horn"),
]
SOLO_INSTR = {
    "piano": ("piano", "Klavier", "piano"),
    "violin": ("violin", "Violine", "violon"),
    "cello": ("cello", "Violoncello", "violoncelle"),
    "soprano": ("soprano", "Sopran", "soprano"),
    "viola": ("viola", "Viola", "alto"),
    "horn": ("horn", "Horn", "cor"),
}

#: Works: composer, title (en, de, fr), minutes, publisher (""; public domain, own library),
#: instrumentation, soloist instrument ("" if none).
Work = tuple[str, tuple[str, str, str], int, str, str, str]
WORKS: list[Work] = [
    (
        "Wolfgang Amadeus Mozart",
        (
            "Symphony No. 29 in A major, K. 201",
            "Sinfonie Nr. 29 A-Dur KV 201",
            "Symphonie n° 29 en la majeur K. 201",
        ),
        24,
        "Bärenreiter",
        "0.2.0.0 - 2.0.0.0 - str",
        "",
    ),
    (
        "Joseph Haydn",
        (
            "Symphony No. 44 in E minor 'Trauer'",
            "Sinfonie Nr. 44 e-Moll 'Trauer'",
            "Symphonie n° 44 en mi mineur 'Funèbre'",
        ),
        23,
        "",
        "0.2.0.1 - 2.0.0.0 - str",
        "",
    ),
    (
        "Benjamin Britten",
        ("Simple Symphony, Op. 4", "Simple Symphony op. 4", "Simple Symphony op. 4"),
        17,
        "Oxford University Press",
        "str",
        "",
    ),
    (
        "Edward Elgar",
        (
            "Serenade for Strings in E minor, Op. 20",
            "Serenade für Streicher e-Moll op. 20",
            "Sérénade pour cordes op. 20",
        ),
        12,
        "",
        "str",
        "",
    ),
    (
        "Richard Strauss",
        (
            "Metamorphosen for 23 solo strings",
            "Metamorphosen für 23 Solostreicher",
            "Métamorphoses pour 23 cordes solistes",
        ),
        26,
        "Boosey & Hawkes",
        "10 vn - 5 va - 5 vc - 3 cb",
        "",
    ),
    (
        "Béla Bartók",
        (
            "Divertimento for String Orchestra, Sz. 113",
            "Divertimento für Streichorchester Sz 113",
            "Divertimento pour orchestre à cordes Sz. 113",
        ),
        25,
        "Boosey & Hawkes",
        "str",
        "",
    ),
    (
        "Dmitri Shostakovich / Rudolf Barshai",
        ("Chamber Symphony, Op. 110a", "Kammersinfonie op. 110a", "Symphonie de chambre op. 110a"),
        22,
        "Sikorski",
        "str",
        "",
    ),
    (
        "Arvo Pärt",
        (
            "Fratres for strings and percussion",
            "Fratres für Streicher und Schlagzeug",
            "Fratres pour cordes et percussion",
        ),
        11,
        "Universal Edition",
        "perc - str",
        "",
    ),
    (
        "Arvo Pärt",
        (
            "Cantus in memoriam Benjamin Britten",
            "Cantus in memoriam Benjamin Britten",
            "Cantus in memoriam Benjamin Britten",
        ),
        7,
        "Universal Edition",
        "bell - str",
        "",
    ),
    (
        "Paul Hindemith",
        (
            "Trauermusik for viola and strings",
            "Trauermusik für Viola und Streicher",
            "Trauermusik pour alto et cordes",
        ),
        15,
        "Schott",
        "va solo - str",
        "viola",
    ),
    (
        "Michael Tippett",
        (
            "Fantasia Concertante on a Theme of Corelli",
            "Fantasia Concertante über ein Thema von Corelli",
            "Fantasia Concertante sur un thème de Corelli",
        ),
        18,
        "Schott",
        "str",
        "",
    ),
    (
        "Arthur Honegger",
        (
            "Symphony No. 2 for strings and trumpet",
            "Sinfonie Nr. 2 für Streicher und Trompete",
            "Symphonie n° 2 pour cordes et trompette",
        ),
        24,
        "Salabert",
        "tpt - str",
        "",
    ),
    (
        "Francis Poulenc",
        ("Sinfonietta", "Sinfonietta", "Sinfonietta"),
        25,
        "Chester Music",
        "2.2.2.2 - 2.2.0.0 - timp - hp - str",
        "",
    ),
    (
        "Jacques Ibert",
        ("Divertissement", "Divertissement", "Divertissement"),
        16,
        "Durand",
        "1.0.1.1 - 1.1.1.0 - perc - pf - str",
        "",
    ),
    (
        "Bohuslav Martinů",
        ("Double Concerto, H. 271", "Doppelkonzert H 271", "Double concerto H. 271"),
        21,
        "Bärenreiter",
        "2 str orch - pf - timp",
        "",
    ),
    (
        "Alfred Schnittke",
        ("Moz-Art à la Haydn", "Moz-Art à la Haydn", "Moz-Art à la Haydn"),
        11,
        "Sikorski",
        "2 vn solo - str",
        "",
    ),
    (
        "Ludwig van Beethoven",
        (
            "Symphony No. 4 in B flat major, Op. 60",
            "Sinfonie Nr. 4 B-Dur op. 60",
            "Symphonie n° 4 en si bémol majeur op. 60",
        ),
        33,
        "Breitkopf & Härtel",
        "1.2.2.2 - 2.2.0.0 - timp - str",
        "",
    ),
    (
        "Felix Mendelssohn",
        (
            "Violin Concerto in E minor, Op. 64",
            "Violinkonzert e-Moll op. 64",
            "Concerto pour violon en mi mineur op. 64",
        ),
        27,
        "Breitkopf & Härtel",
        "2.2.2.2 - 2.2.0.0 - timp - str",
        "violin",
    ),
    (
        "Wolfgang Amadeus Mozart",
        (
            "Piano Concerto No. 23 in A major, K. 488",
            "Klavierkonzert Nr. 23 A-Dur KV 488",
            "Concerto pour piano n° 23 en la majeur K. 488",
        ),
        26,
        "Bärenreiter",
        "1.0.2.2 - 2.0.0.0 - str",
        "piano",
    ),
    (
        "Joseph Haydn",
        (
            "Cello Concerto No. 1 in C major",
            "Cellokonzert Nr. 1 C-Dur",
            "Concerto pour violoncelle n° 1 en ut majeur",
        ),
        24,
        "",
        "0.2.0.0 - 2.0.0.0 - str",
        "cello",
    ),
    (
        "Ralph Vaughan Williams",
        ("The Lark Ascending", "The Lark Ascending", "The Lark Ascending"),
        15,
        "Oxford University Press",
        "2.1.2.2 - 2.0.0.0 - tri - str",
        "violin",
    ),
    (
        "Helen Crowther",
        ("Tidewater (first performance)", "Tidewater (Uraufführung)", "Tidewater (création)"),
        12,
        "Faber Music",
        "1.1.1.1 - 1.0.0.0 - perc - str",
        "",
    ),
    (
        "Edvard Grieg",
        ("Holberg Suite, Op. 40", "Aus Holbergs Zeit op. 40", "Suite Holberg op. 40"),
        20,
        "",
        "str",
        "",
    ),
    (
        "Jean Sibelius",
        ("Rakastava, Op. 14", "Rakastava op. 14", "Rakastava op. 14"),
        12,
        "Breitkopf & Härtel",
        "timp - tri - str",
        "",
    ),
    (
        "Claude Debussy",
        ("Danses sacrée et profane", "Danses sacrée et profane", "Danses sacrée et profane"),
        10,
        "Durand",
        "hp solo - str",
        "",
    ),
    (
        "Maurice Ravel",
        ("Le Tombeau de Couperin", "Le Tombeau de Couperin", "Le Tombeau de Couperin"),
        17,
        "Durand",
        "2.2.2.2 - 2.1.0.0 - hp - str",
        "",
    ),
    (
        "Richard Strauss",
        (
            "Four Last Songs (arr. chamber orchestra)",
            "Vier letzte Lieder (Bearb. Kammerorchester)",
            "Quatre derniers lieder (arr. orchestre de chambre)",
        ),
        22,
        "Boosey & Hawkes",
        "1.1.1.1 - 2.0.0.0 - hp - str",
        "soprano",
    ),
    (
        "Gabriel Fauré",
        (
            "Masques et bergamasques, Op. 112",
            "Masques et bergamasques op. 112",
            "Masques et bergamasques op. 112",
        ),
        14,
        "",
        "2.2.2.2 - 2.2.0.0 - timp - hp - str",
        "",
    ),
]

TALK = {
    "en": {
        "music": "rehearsal concert programme orchestra players schedule call sessions venue "
        "conductor soloist parts seating platform dress tour performance repertoire",
        "legal": "agreement party obligations fee cancellation force majeure liability notice "
        "law insurance rights recording broadcast termination warranty indemnity",
        "venue": "hall hire access get-in stage lighting front of house staff bar cloakroom "
        "licence capacity seating piano tuning stewards safety curfew",
        "money": "invoice payment account balance due amount reference transfer period "
        "outstanding statement charges terms settlement receipts",
        "fund": "programme activity audiences participation outcomes learning engagement "
        "communities partners evaluation monitoring budget milestones report",
        "travel": "coach flight transfer luggage instruments baggage hold seats hotel rooms "
        "breakfast check-in departure arrival itinerary driver hours",
    },
    "de": {
        "music": "Probe Konzert Programm Orchester Musiker Dienstplan Dienste Spielstätte "
        "Dirigent Solist Stimmen Besetzung Podium Generalprobe Tournee Aufführung",
        "legal": "Vertrag Vertragsparteien Pflichten Honorar Absage höhere Gewalt Haftung "
        "Kündigung Recht Versicherung Rechte Aufzeichnung Sendung Gewährleistung",
        "venue": "Saalmiete Einlass Aufbau Bühne Licht Abenddienst Garderobe Bewirtung "
        "Genehmigung Kapazität Bestuhlung Flügel Stimmung Ordnungsdienst Sicherheit",
        "money": "Rechnung Zahlung Konto Saldo fällig Betrag Verwendungszweck Überweisung "
        "Zeitraum offen Abrechnung Gebühren Zahlungsziel Einnahmen",
        "fund": "Projekt Vorhaben Publikum Teilhabe Ziele Vermittlung Kooperationspartner "
        "Evaluation Nachweis Finanzierungsplan Zuwendung Mittelabruf Bericht",
        "travel": "Bus Flug Transfer Gepäck Instrumente Sitzplatz Hotel Zimmer Frühstück "
        "Abfahrt Ankunft Reiseverlauf Fahrer Lenkzeiten",
    },
    "fr": {
        "music": "répétition concert programme orchestre musiciens planning services salle "
        "chef soliste matériel effectif plateau générale tournée représentation",
        "legal": "contrat parties obligations cachet annulation force majeure responsabilité "
        "résiliation droit assurance droits enregistrement diffusion garantie",
        "venue": "location salle accès montage scène lumière accueil public vestiaire buvette "
        "autorisation jauge placement piano accord sécurité",
        "money": "facture paiement compte solde échéance montant référence virement période "
        "impayé relevé frais règlement recettes",
        "fund": "projet activité publics participation objectifs médiation partenaires "
        "évaluation bilan budget subvention versement rapport",
        "travel": "autocar vol transfert bagages instruments sièges hôtel chambres petit "
        "déjeuner départ arrivée itinéraire chauffeur horaires",
    },
}
GLUES = {
    "en": "the of and to for with on at by from this is are will be the a as we your all",
    "de": "die der das und zu für mit auf von ist sind wird bei nach den dem im wir Ihre",
    "fr": "le la les et de du pour avec sur par est sont sera au aux des une nous vos",
}


def words(rng: random.Random, lang: str, topic: str = "music", n: int | None = None) -> str:
    pool, glue = TALK[lang][topic].split(), GLUES[lang].split()
    ws = [rng.choice(pool if rng.random() < 0.5 else glue) for _ in range(n or rng.randint(7, 15))]
    text = " ".join(ws)
    return text[0].upper() + text[1:] + "."


def prose(rng: random.Random, lang: str, topic: str = "music", lo: int = 2, hi: int = 4) -> str:
    return " ".join(words(rng, lang, topic) for _ in range(rng.randint(lo, hi)))


# ---------------------------------------------------------------------------------------------
# The orchestra of a stream: its country, month and concert projects
# ---------------------------------------------------------------------------------------------

OFFICE: dict[str, object] = {"lang": "en", "row": 0, "seed": 0, "month": date(2025, 3, 1)}


@dataclass
class Call:
    """One service of a project: a rehearsal, a dress rehearsal or a concert."""

    day: date
    kind: str  # R | G | C
    start: str
    end: str
    venue: int


@dataclass
class Project:
    """One concert project of the month: programme, conductor, soloist, calls, venues."""

    no: int
    works: list[int]
    conductor: str
    soloist: tuple[str, str] | None
    calls: list[Call]
    venues: list[Row]
    fee: float  # the soloist's or conductor's fee
    tour: bool


PROJECTS: list[Project] = []
#: What the previous document was about (a companion takes up the same project and day).
LAST: dict[str, object] = {"kind": "", "proj": None, "day": None, "extra": None}


def home() -> str:
    return str(OFFICE["lang"])


def month() -> date:
    m = OFFICE["month"]
    assert isinstance(m, date)
    return m


def keyed(who: Issuer, key: str) -> random.Random:
    """Draws fixed by the issuer, the stream's orchestra and ``key``: a run or a repeat keeps
    its sender."""
    text = f"tankard/{key}/{who.name}/{who.street}/{who.city}/{OFFICE['seed']}"
    return random.Random(zlib.crc32(text.encode()))


def some_day(rng: random.Random, lo: int = 0, hi: int = 45) -> date:
    return month() + timedelta(days=rng.randint(lo, hi))


def after(kinds: tuple[str, ...]) -> bool:
    return LAST["kind"] in kinds


def last_day(rng: random.Random, kinds: tuple[str, ...], lag: tuple[int, int]) -> date:
    d = LAST["day"]
    if after(kinds) and isinstance(d, date):
        return d + timedelta(days=rng.randint(*lag))
    return some_day(rng)


def remember(proj: Project | None, d: date, extra: object = None) -> None:
    LAST.update(proj=proj, day=d, extra=extra)


def make_projects(r: random.Random) -> None:
    """Two to four projects of the orchestra around the stream's month."""
    PROJECTS.clear()
    lg = home()
    first = month() - timedelta(days=r.randint(10, 30))
    for k in range(r.randint(2, 4)):
        start = first + timedelta(days=k * r.randint(9, 16) + r.randint(0, 4))
        solo_works = [i for i, w in enumerate(WORKS) if w[5]]
        plain = [i for i, w in enumerate(WORKS) if not w[5]]
        works = r.sample(plain, r.randint(2, 3))
        soloist = None
        if r.random() < 0.7:
            wk = r.choice(solo_works)
            works.insert(1, wk)
            inst = WORKS[wk][5]
            cands = [p for p in SOLOISTS if p[1] == inst] or [(r.choice(SOLOISTS)[0], inst)]
            soloist = r.choice(cands)
        tour = r.random() < 0.35
        own = r.sample(range(len(SENDERS["venue"][lg])), 2)
        venues = [SENDERS["venue"][lg][i] for i in own]
        if tour:
            venues.append(r.choice(SENDERS["venue"][r.choice(["en", "de", "fr"])]))
        calls: list[Call] = []
        d = start
        for _ in range(r.randint(2, 4)):
            calls.append(Call(d, "R", r.choice(["10:00", "10:30", "14:00"]), "", 0))
            calls[-1].end = {"10:00": "13:00", "10:30": "13:30", "14:00": "17:00"}[calls[-1].start]
            d += timedelta(days=1)
        calls.append(Call(d, "G", r.choice(["10:30", "14:30"]), "", 1))
        calls[-1].end = {"10:30": "13:00", "14:30": "17:00"}[calls[-1].start]
        for v in range(len(venues) - (0 if tour else 1)):
            calls.append(Call(d, "C", r.choice(["19:30", "19:30", "20:00", "18:00"]), "", v))
            calls[-1].end = "21:45" if calls[-1].start != "18:00" else "20:00"
            d += timedelta(days=r.choice([1, 1, 2]))
        PROJECTS.append(
            Project(
                no=r.randint(3, 12) + k,
                works=works,
                conductor=r.choice(CONDUCTORS),
                soloist=soloist,
                calls=calls,
                venues=venues,
                fee=float(r.choice([1800, 2500, 3200, 4000, 4800, 6500, 8000])),
                tour=tour,
            )
        )


def project_for(rng: random.Random, kinds: tuple[str, ...]) -> Project:
    """The previous document's project if it was one of ``kinds``, else one of the month's."""
    p = LAST["proj"]
    if isinstance(p, Project) and after(kinds):
        return p
    return rng.choice(PROJECTS)


def concerts(p: Project) -> list[Call]:
    return [c for c in p.calls if c.kind == "C"]


def home_concerts(p: Project) -> list[Call]:
    """The concerts of ``p`` at venues of the orchestra's own country (those its own
    performing rights society licenses)."""
    own = SENDERS["venue"][home()]
    cs = [c for c in concerts(p) if p.venues[min(c.venue, len(p.venues) - 1)] in own]
    return cs or concerts(p)[:1]


def title_of(p: Project, lg: str) -> str:
    names = [WORKS[i][0].split("/")[0].split()[-1] for i in p.works]
    head = tr(lg, f"Programme {p.no}", f"Programm {p.no}", f"Programme {p.no}")
    return f"{head}: {' - '.join(dict.fromkeys(names))}"


HOME_IDX = {"en": 0, "de": 1, "fr": 2}


def work_title(i: int, lg: str) -> str:
    return WORKS[i][1][HOME_IDX[lg]]


def orch() -> Row:
    lang = home()
    return ORCHESTRAS[lang][int(OFFICE["row"])]  # type: ignore[call-overload]


def orch_name() -> str:
    return orch()[0]


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
    look: str  # band | centred | monogram | boxed | plain | side | staff | official
    font: str
    bold: str
    pt: float
    margin: float
    again: bool  # letterhead repeated on later pages
    foot: list[str] = field(default_factory=list)
    numbers: str = "none"
    corner: str = "bc"
    dates: str = "short"
    mail: str = ""


PAGE_NOS = {
    "en": ["none", "none", "none", "Page {i} of {n}", "2:Page {i}", "{i}/{n}", "none", "2:- {i} -"],
    "de": ["none", "none", "Seite {i} von {n}", "2:- {i} -", "Seite {i}/{n}", "none", "{i}/{n}"],
    "fr": ["none", "none", "Page {i}/{n}", "{i}/{n}", "2:page {i}", "none", "- {i} -"],
}
FACES = [
    ("Helvetica", "Helvetica-Bold"),
    ("Helvetica", "Helvetica-Bold"),
    ("Times-Roman", "Times-Bold"),
    ("Times-Roman", "Times-Bold"),
    ("Courier", "Courier-Bold"),
]
LOOKS = ["band", "centred", "monogram", "boxed", "plain", "side"]


def legal_lines(r: random.Random, name: str, lang: str, role: str) -> list[str]:
    if role in ("funder", "society", "broadcaster", "union"):
        return (
            []
            if r.random() < 0.5
            else [
                f"{name} - {r.choice(['www', 'Internet:'])} "
                f"{name.split()[0].lower().strip(',')}.org"
            ]
        )
    if lang == "de":
        bank = r.choice(["Sparkasse KölnBonn", "Sparkasse Leipzig", "Commerzbank", "GLS Bank"])
        out = [
            f"{bank} - IBAN DE{r.randint(10, 99)} {r.randint(1000, 9999)} {r.randint(1000, 9999)} "
            f"{r.randint(1000, 9999)} {r.randint(1000, 9999)} {r.randint(10, 99)} - BIC "
            + serial(r, "AAAAAA9A"),
        ]
        if "e.V." in name:
            out.insert(
                0,
                f"Vereinsregister Amtsgericht {r.choice(['Köln', 'Leipzig', 'Mannheim'])}"
                f" VR {r.randint(1000, 19999)} - gemeinnützig anerkannt",
            )
        elif any(t in name for t in ("GmbH", "KG", "AG")):
            out.insert(
                0,
                f"Amtsgericht {r.choice(['Köln', 'München', 'Hamburg', 'Mainz'])} HRB "
                f"{r.randint(1000, 99999)} - Geschäftsführung: "
                + r.choice(["Dr. Ulrike Brandes", "Markus Feldhaus", "Jörg Kamps"]),
            )
        out.append(f"USt-IdNr. DE{r.randint(100000000, 999999999)}")
        return out
    if lang == "fr":
        siret = (
            f"{r.randint(300, 899)} {r.randint(100, 999)} "
            f"{r.randint(100, 999)} {r.randint(10000, 99999)}"
        )
        out = [
            (
                f"{name} - SIRET {siret} - APE "
                f"{r.choice(['9001Z', '9002Z', '5510Z', '1812Z', '7990Z'])}"
            )
        ]
        if role == "orchestra":
            out.append(
                f"Licences d'entrepreneur de spectacles PLATESV-R-20{r.randint(19, 24)}-"
                f"{r.randint(1000, 9999):06d}"
            )
        elif r.random() < 0.7:
            out.append(
                f"TVA intracom. FR{r.randint(10, 99)} {r.randint(100, 999)} "
                f"{r.randint(100, 999)} {r.randint(100, 999)}"
            )
        return out
    out = []
    if role == "orchestra":
        out.append(f"Registered charity no. {r.randint(1000000, 1199999)}")
    if "Ltd" in name or "plc" in name or "LLP" in name:
        out.append(f"Registered in England and Wales No. {r.randint(3000000, 13999999):08d}")
    if r.random() < 0.6:
        out.append(
            f"VAT Reg. No. GB {r.randint(100, 999)} {r.randint(1000, 9999)} {r.randint(10, 99)}"
        )
    return [" - ".join(out)] if out else []


MAILBOXES = ["info", "office", "contact", "accounts", "bookings"]


def make_head(row: Row, lang: str, role: str) -> Head:
    """The paper habits of the sender ``row``: the same all through one stream."""
    name, street, town, phone = row
    r = random.Random(zlib.crc32(f"tankard/head/{name}/{OFFICE['seed']}".encode()))
    font, bold = r.choice(FACES)
    host = "".join(c for c in name.lower().split()[0] if c.isalpha() and c.isascii())[:12]
    tld = {"en": "co.uk", "de": "de", "fr": "fr"}[lang]
    looks = LOOKS
    if role in ("funder", "society", "broadcaster"):
        looks = ["official", "official", "band", "plain"]
    elif role == "orchestra":
        looks = ["staff", "staff", "centred", "side"]
    elif role == "musician":
        looks = ["plain", "centred", "side", "centred"]
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
        foot=legal_lines(r, name, lang, role) if r.random() < 0.7 and role != "musician" else [],
        numbers=r.choice(PAGE_NOS[lang]),
        corner=r.choice(["bc", "br", "tr", "bc", "bl"]),
        dates=r.choice(["short", "long"] + (["iso", "short"] if lang == "en" else [])),
        mail=f"{r.choice(MAILBOXES)}@{host or 'mail'}.{tld}" if r.random() < 0.7 else "",
    )


def o_head() -> Head:
    return make_head(orch(), home(), "orchestra")


def head_of(who: Issuer, role: str, abroad: float = 0.0) -> Head:
    """The ``role`` sender of ``who`` (the same for the same issuer and stream), of the
    orchestra's country or, with odds ``abroad``, of another."""
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


def day(h: Head, d: date) -> str:
    return dtext(d, h.lang, h.dates)


def ring(p: Page, cx: float, cy: float, r: float, steps: int = 36) -> None:
    """A circle drawn as a polygon (round stamps)."""
    pts = [
        (cx + r * math.cos(2 * math.pi * k / steps), cy + r * math.sin(2 * math.pi * k / steps))
        for k in range(steps + 1)
    ]
    for (x1, y1), (x2, y2) in itertools.pairwise(pts):
        p.line(x1, y1, x2, y2)


def seal(p: Page, cx: float, cy: float, r: float, top: str, mid: str) -> None:
    """A round rubber stamp with the wording inside."""
    ring(p, cx, cy, r)
    ring(p, cx, cy, r - 3)
    pt = shrink(top, "Helvetica", 6.5, r * 1.5)
    p.text(cx, cy - r * 0.35, fit(top, "Helvetica", pt, r * 1.5), "Helvetica", pt, "center")
    pt2 = shrink(mid, "Helvetica-Bold", 7, r * 1.4)
    p.text(
        cx, cy + r * 0.45, fit(mid, "Helvetica-Bold", pt2, r * 1.4), "Helvetica-Bold", pt2, "center"
    )


def emblem(p: Page, x: float, y: float) -> None:
    """A small crest of a public body: a shield outline with bars."""
    p.line(x, y, x + 22, y)
    p.line(x, y, x, y + 16)
    p.line(x + 22, y, x + 22, y + 16)
    p.line(x, y + 16, x + 11, y + 26)
    p.line(x + 22, y + 16, x + 11, y + 26)
    for k in range(3):
        p.rect(x + 4 + k * 5.5, y + 4, 3, 12, fill=0.2)


def stave(p: Page, x: float, y: float, w: float) -> None:
    """Five thin lines and a few note heads: an orchestra's logo."""
    for k in range(5):
        p.line(x, y + k * 3, x + w, y + k * 3)
    for k, dy in enumerate((9, 6, 3, 7.5)):
        p.rect(x + 8 + k * (w - 16) / 4, y + dy - 1.5, 4.5, 3.2, fill=0.05)
        p.line(x + 12.5 + k * (w - 16) / 4, y + dy, x + 12.5 + k * (w - 16) / 4, y + dy - 11)


def heading(p: Page, s: Style, h: Head, top: float | None = None) -> float:
    """Print ``h``'s letterhead at the top of ``p``; the y where the content starts."""
    w, _ = p.size
    m = s.margin
    y = max(m - 14, 24.0) if top is None else top
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
            p.text(m + 32, yy, fit(t, f_, pt, w - 2 * m - 40), f_, pt)
            yy += 12
        p.text(m + 32, yy, fit(where, h.font, 7, w / 2 - m), h.font, 7)
        return yy + 30
    if h.look == "staff":
        stave(p, m, y - 12, 46)
        pt = shrink(h.name, h.bold, s.size + 5, w - 2 * m - 60)
        p.text(m + 56, y, h.name, h.bold, pt)
        it = italic_of(h.font)
        sub = tr(h.lang, "Music Director", "Künstlerische Leitung", "Direction musicale")
        p.text(m + 56, y + 12, f"{sub}: {STAFF_MD[int(OFFICE['row'])]}", it, 7.5)
        p.text(w - m, y + 12, fit(f"{where}  {contact}", h.font, 6.8, w / 2), h.font, 6.8, "right")
        p.line(m, y + 18, w - m, y + 18)
        return y + 40
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


STAFF_MD = ["Eleanor Voss", "Benedikt Aurich", "Louise Chabrol"]


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
    parts = [t for t in parts if t not in ("Dr", "Prof")] or parts
    text = f"{parts[0][0]}{parts[-1][:8]}" if len(parts) > 1 else parts[0]
    p.text(x + 2, y - 1, text, INK, pt)
    end = x + 6 + tw(text, INK, pt)
    p.line(end - 4, y - 2, end + 12, y - 9)
    p.line(x, y + 2, end - 8, y + 1)


def received(rng: random.Random, p: Page, lang: str, d: date, odds: float = 0.35) -> None:
    """Now and then the office's received stamp on the first page."""
    if rng.random() < odds:
        w, _ = p.size
        stamp(
            p,
            w - rng.uniform(150, 210),
            rng.uniform(70, 160),
            [
                tr(lang, "RECEIVED", "EINGANG", "REÇU LE"),
                short(d + timedelta(days=rng.randint(1, 5)), lang),
                rng.choice(
                    {
                        "en": ["Finance", "GM", "Planning"],
                        "de": ["Buchhaltung", "Orchesterbüro", "GF"],
                        "fr": ["Compta", "Administration", "Production"],
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
            ["Yours sincerely", "Kind regards", "Best wishes", "Yours faithfully"][len(name) % 4],
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
    r = random.Random(zlib.crc32(f"tankard/staff/{tag}/{h.name}/{OFFICE['seed']}".encode()))
    return f"{r.choice(FIRSTS[h.lang])} {r.choice(LASTS[h.lang])}"


def mx(name: str, lang: str) -> str:
    """``name`` with Mr/Ms, Frau/Herr or Madame/Monsieur before it."""
    female = name.split()[0] in FEMALE
    if lang == "de":
        return f"{'Frau' if female else 'Herr'} {name}"
    if lang == "fr":
        return f"{'Madame' if female else 'Monsieur'} {name}"
    return f"{'Ms' if female else 'Mr'} {name}"


def salute(lg: str, name: str | None) -> str:
    """The salutation for ``name`` (with its title) or for no one in particular."""
    if lg == "en" and name and name.startswith("Ms "):
        return f"Dear Ms {name.split()[-1]},"
    return dear(lg, name)


def role_of(tag: str, lg: str) -> str:
    return {
        "gm": tr(lg, "General Manager", "Geschäftsführung", "Administrateur général"),
        "planner": tr(
            lg, "Concerts Planning Manager", "Orchesterdisposition", "Chargée de production"
        ),
        "librarian": tr(lg, "Librarian", "Notenbibliothek", "Bibliothécaire"),
        "finance": tr(
            lg, "Finance Officer", "Buchhaltung", "Responsable administratif et financier"
        ),
        "dev": tr(
            lg, "Development Manager", "Freundeskreis & Sponsoring", "Mécénat et partenariats"
        ),
    }[tag]


def orch_person(tag: str) -> str:
    return staff(o_head(), tag)


def head_lines(h: Head, att: str = "") -> list[str]:
    return [h.name, *([att] if att else []), h.street, h.town]


def orch_lines(att: str = "") -> list[str]:
    return head_lines(o_head(), att)


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
    gross = net + tax
    rows.append(
        (tr(lg, "Total due", "Rechnungsbetrag", "Total TTC" if rate else "Net à payer"), gross)
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
    rng: random.Random, s0: Style, lg: str, title: str, heads: list[str], topic: str = "legal"
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
            text = " ".join(words(rng, lg, topic) for _ in range(rng.randint(3, 7)))
            for ln in wrap(text, s.font, 6.5, cw):
                if y > hh - m - 36:
                    break
                p.text(x, y, ln, s.font, 6.5)
                y += 7.8
            y += 5
            k += 1
    return p


def clauses(
    f: Sheets,
    s: Style,
    rng: random.Random,
    lg: str,
    heads: list[str],
    topic: str,
    numbered: str = "{k}.",
) -> None:
    """Numbered clauses with a bold heading each and one or two paragraphs."""
    m = s.margin
    w = f.size[0]
    for k, t in enumerate(heads, 1):
        f.need(s.size * 5)
        f.page.text(
            m, f.y, fit(f"{numbered.format(k=k)} {t}", s.bold, s.size, w - 2 * m), s.bold, s.size
        )
        f.y += s.size * 1.5
        for _ in range(rng.choice([1, 1, 2])):
            write(f, s, prose(rng, lg, topic, 1, 3), s.size - 0.5, 14)


def sign_pair(
    f: Sheets,
    s: Style,
    lg: str,
    left: tuple[str, str],
    right: tuple[str, str],
    signed: tuple[bool, bool],
    place: str,
    d: date,
    h: Head,
) -> None:
    """Two signature blocks side by side: caption, signature (if signed), name and role."""
    w = f.size[0]
    m = s.margin
    f.need(110)
    f.y += 10
    cw = (w - 2 * m - 30) / 2
    for k, ((who, what), done) in enumerate(zip((left, right), signed, strict=True)):
        x = m + k * (cw + 30)
        f.page.text(x, f.y, fit(what, s.font, s.size - 1, cw), s.font, s.size - 1)
        f.page.text(
            x,
            f.y + 14,
            fit(f"{tr(lg, 'Place, date', 'Ort, Datum', 'Fait à')}: ", s.font, 7.5, cw),
            s.font,
            7.5,
        )
        if done:
            hand(f.page, x + 58, f.y + 14, f"{place}, {short(d, lg)}", 8.5, cw - 60)
            scrawl(f.page, x + 10, f.y + 46, who)
        f.page.line(x, f.y + 50, x + cw, f.y + 50)
        f.page.text(x, f.y + 60, fit(who, s.font, 7.5, cw), s.font, 7.5)
    f.y += 80


def town_of(row_town: str) -> str:
    """The town of an address line without its postcode."""
    parts = [t for t in row_town.replace(",", " ").split() if not any(c.isdigit() for c in t)]
    if parts and parts[-1].isupper() and len(parts[-1]) <= 4:
        parts = parts[:-1]
    return " ".join(parts) or row_town


# ---------------------------------------------------------------------------------------------
# Templates NNN: musicians, soloists and conductors
# ---------------------------------------------------------------------------------------------

CALL_NAMES = {
    "R": ("Rehearsal", "Probe", "Répétition"),
    "G": ("General rehearsal", "Generalprobe", "Générale"),
    "C": ("Concert", "Konzert", "Concert"),
}
POSITIONS = {
    "en": ["Tutti", "Tutti", "Sub-principal", "Principal", "No. 2"],
    "de": ["Tutti", "Tutti", "Stellv. Stimmführer/in", "Stimmführer/in", "2. Stimme"],
    "fr": ["tuttiste", "tuttiste", "co-soliste", "chef de pupitre", "2e soliste"],
}
CONTRACT_TERMS = {
    "en": [
        "Engagement",
        "Fees and payment",
        "Travel and subsistence",
        "Attendance and punctuality",
        "Dress",
        "Recording and broadcast",
        "Illness and cancellation",
        "Status and tax",
        "Data protection",
    ],
    "de": [
        "Gegenstand des Vertrages",
        "Honorar und Zahlung",
        "Reisekosten",
        "Dienstbeginn und Pünktlichkeit",
        "Konzertkleidung",
        "Mitschnitte und Sendungen",
        "Krankheit und Absage",
        "Sozialversicherung, KSK",
        "Datenschutz",
    ],
    "fr": [
        "Objet du contrat",
        "Rémunération",
        "Frais de déplacement",
        "Horaires et ponctualité",
        "Tenue de concert",
        "Enregistrements et diffusion",
        "Maladie et annulation",
        "Convention collective (IDCC 1285)",
        "Congés Spectacles et données personnelles",
    ],
}


def a_musician(rng: random.Random, lg: str) -> tuple[str, str, str, str, int]:
    return rng.choice(MUSICIANS[lg])


def schedule_rows(p: Project, lg: str, h: Head) -> list[list[str]]:
    out = []
    for c in p.calls:
        v = p.venues[min(c.venue, len(p.venues) - 1)] if c.kind != "R" else None
        where = (
            v[0]
            if v
            else tr(lg, "Rehearsal studio", "Probensaal", "Salle de répétition")
            + f", {town_of(orch()[2])}"
        )
        out.append(
            [
                dtext(c.day, lg, "short"),
                f"{c.start}-{c.end}",
                CALL_NAMES[c.kind][HOME_IDX[lg]],
                where,
            ]
        )
    return out


def tpl_musician_contract(rng: random.Random, who: Issuer) -> list[Page]:
    """The orchestra's engagement contract with a freelance player (Honorarvertrag, CDDU),
    countersigned and returned: the parties, the engagement fields, the schedule of calls, the
    numbered terms and both signatures; now and then a code of conduct page behind."""
    o = o_head()
    lg = o.lang
    pj = project_for(rng, ("musician_contract",))
    mus = a_musician(rng, lg)
    s = style_of(o, LETTER if lg == "en" and keyed(who, "let").random() < 0.25 else A4)
    w = s.page_size[0]
    m = s.margin
    d = pj.calls[0].day - timedelta(days=rng.randint(10, 35))
    title = tr(
        lg,
        rng.choice(["Freelance Engagement Agreement", "Engagement Contract - Freelance Player"]),
        rng.choice(["Honorarvertrag für Aushilfen", "Aushilfsvertrag"]),
        "Contrat de travail à durée déterminée d'usage (CDDU)",
    )
    f = sheets(s, o, f"{o.name} - {title} - {mus[0]}")
    pt = shrink(title, s.bold, s.size + 5, w - 2 * m)
    f.page.text(w / 2, f.y, title, s.bold, pt, "center")
    f.y += 16
    f.page.text(
        w / 2, f.y, fit(title_of(pj, lg), s.font, s.size, w - 2 * m), s.font, s.size, "center"
    )
    f.y += 24
    write(f, s, tr(lg, "between", "zwischen", "entre"), s.size - 0.5)
    write(
        f,
        s,
        f"{o.name}, {o.street}, {o.town} ("
        + tr(lg, "the Orchestra", "nachfolgend Orchester", "ci-après l'employeur")
        + ")",
        s.size - 0.5,
        14,
    )
    write(f, s, tr(lg, "and", "und", "et"), s.size - 0.5)
    write(
        f,
        s,
        (
            f"{mus[0]}, {mus[1]}, {mus[2]} "
            f"({tr(lg, 'the Player', 'nachfolgend Musiker/in', 'ci-après le salarié')})"
        ),
        s.size - 0.5,
        14,
    )
    per = (
        rng.choice([120.0, 135.0, 145.0, 160.0, 175.0])
        if lg != "fr"
        else rng.choice([190.0, 210.0, 235.0])
    )
    services = len(pj.calls)
    travel = rng.choice([0.0, 0.0, 35.0, 48.5, 62.0, 90.0])
    f.y += 4
    f.y = fields(
        f.page,
        s,
        m,
        f.y,
        w - 2 * m,
        [
            (tr(lg, "Instrument", "Instrument", "Instrument"), INSTR[lg][mus[4]]),
            (tr(lg, "Position", "Position", "Emploi"), rng.choice(POSITIONS[lg])),
            (tr(lg, "Conductor", "Dirigent/in", "Direction"), pj.conductor),
            (tr(lg, "Number of calls", "Anzahl Dienste", "Nombre de services"), str(services)),
            (tr(lg, "Fee per call", "Honorar je Dienst", "Cachet brut par service"), cash(per, lg)),
            (tr(lg, "Total fee", "Gesamthonorar", "Total brut"), cash(per * services, lg)),
            (
                tr(lg, "Travel allowance", "Fahrtkostenpauschale", "Défraiement"),
                cash(travel, lg) if travel else "-",
            ),
            (
                tr(lg, "Contract no.", "Vertrags-Nr.", "N° de contrat"),
                serial(rng, f"{month().year % 100}-{pj.no:02d}-999"),
            ),
        ],
        per=2,
        tall=24,
        hand=False,
    )
    caption(f, s, tr(lg, "Schedule", "Dienstplan", "Calendrier des services"), 0.5)
    cols = columns(m, w - m, [(1.3, "left"), (1.3, "left"), (1.6, "left"), (4, "left")])
    table(
        f,
        cols,
        [
            tr(lg, "Date", "Datum", "Date"),
            tr(lg, "Time", "Zeit", "Horaire"),
            tr(lg, "Call", "Dienst", "Service"),
            tr(lg, "Venue", "Ort", "Lieu"),
        ],
        schedule_rows(pj, lg, o),
        s,
        rules=rng.random() < 0.5,
        shade=0.88 if rng.random() < 0.4 else None,
    )
    f.y += 8
    heads = CONTRACT_TERMS[lg][: rng.randint(5, 9)]
    clauses(f, s, rng, lg, heads, "legal")
    if lg == "fr":
        write(
            f,
            s,
            f"Caisse des Congés Spectacles n° {serial(rng, '99999')} - Audiens - "
            f"Médecine du travail : CMB. Numéro d'objet : {serial(rng, '9999-99999')}.",
            s.size - 1.5,
        )
    sign_pair(
        f,
        s,
        lg,
        (orch_person("gm"), tr(lg, "For the Orchestra", "Für das Orchester", "Pour l'employeur")),
        (mus[0], tr(lg, "The Player", "Musiker/in", "Le salarié (lu et approuvé)")),
        (True, rng.random() < 0.85),
        town_of(o.town),
        d,
        o,
    )
    pages = f.pages
    if keyed(who, "code").random() < 0.3:
        pages.append(
            small_print(
                rng,
                s,
                lg,
                tr(
                    lg,
                    "Players' Code of Conduct",
                    "Hausordnung für Aushilfen",
                    "Règlement intérieur - musiciens supplémentaires",
                ),
                [prose(rng, lg, "music", 1, 1)[:40].rstrip(".") for _ in range(rng.randint(8, 14))],
                "music",
            )
        )
    received(rng, pages[0], lg, d + timedelta(days=rng.randint(3, 12)), 0.3)
    remember(pj, d, mus)
    return close(pages, s, o)


def tpl_musician_invoice(rng: random.Random, who: Issuer) -> list[Page]:
    """A freelance player's invoice for a project (a typed one on the player's own simple
    letterhead, or a carbon invoice-book page on A5 filled in by hand); in France the player's
    expense claim (note de frais) for travel on the orchestra's form."""
    lg = home()
    pj = project_for(rng, ("musician_contract",))
    ex = LAST["extra"]
    if after(("musician_contract",)) and isinstance(ex, tuple):
        mus = ex
    else:
        mus = keyed(who, "player").choice(MUSICIANS[lg])
    name = mus[0]
    h = make_head((name, mus[1], mus[2], mus[3]), lg, "musician")
    d = pj.calls[-1].day + timedelta(days=rng.randint(1, 21))
    o = o_head()
    fee = rng.choice([120.0, 135.0, 145.0, 160.0, 175.0]) * len(pj.calls)
    miles = rng.choice([0, 0, 48, 86, 140, 212])
    book = keyed(who, "book").random() < 0.35
    if lg == "fr":
        s = style_of(o, A4, pt=9)
        w, hh = s.page_size
        m = s.margin
        f = sheets(s, o)
        caption(f, s, "NOTE DE FRAIS DE DÉPLACEMENT", 3)
        f.y = fields(
            f.page,
            s,
            m,
            f.y,
            w - 2 * m,
            [
                ("Nom, prénom", name),
                ("Instrument", INSTR[lg][mus[4]]),
                ("Production", title_of(pj, lg)),
                ("Période", f"{short(pj.calls[0].day, lg)} - {short(pj.calls[-1].day, lg)}"),
                ("Adresse", f"{mus[1]}, {mus[2]}"),
                (
                    "Véhicule / CV fiscaux",
                    f"{rng.choice(['Clio', '308', 'C3', 'Golf'])} {rng.randint(4, 7)} CV",
                ),
            ],
            per=2,
            tall=26,
        )
        cols = columns(m, w - m, [(1.2, "left"), (3, "left"), (1, "right"), (1.2, "right")])
        rows = []
        tot = 0.0
        for c in pj.calls:
            km = rng.choice([0, 24, 36, 52, 110])
            v = round(km * 0.603, 2)
            tot += v
            rows.append(
                [short(c.day, lg), f"{CALL_NAMES[c.kind][2]} - trajet A/R", str(km), money(v, lg)]
            )
        for _ in range(rng.randint(0, 2)):
            v = rng.choice([9.8, 17.5, 22.0, 31.4])
            tot += v
            rows.append(
                [
                    short(rng.choice(pj.calls).day, lg),
                    rng.choice(["Péage", "Parking", "Repas (panier)", "Billet TER"]),
                    "",
                    money(v, lg),
                ]
            )
        # The form's ruled grid, filled in by hand.
        f.need(40 + 18 * (len(rows) + 3))
        x0, x1 = m, w - m
        f.page.rect(x0, f.y - 10, x1 - x0, 14, fill=0.88)
        for col, cap in zip(cols, ["Date", "Motif", "km", "Montant"], strict=True):
            f.page.text(col[0] + 2, f.y, cap, s.bold, 8)
        f.y += 4
        for k in range(len(rows) + rng.randint(1, 4)):
            f.page.rect(x0, f.y, x1 - x0, 18)
            for col in cols[1:]:
                f.page.line(col[0] - 2, f.y, col[0] - 2, f.y + 18)
            if k < len(rows):
                for col, val in zip(cols, rows[k], strict=True):
                    if val:
                        hand(f.page, col[0] + 2, f.y + 13, val, 8.5, col[1] - col[0] - 4)
            f.y += 18
        f.y += 6
        f.y += 8
        f.page.text(w * 0.55, f.y, "TOTAL", s.bold, s.size)
        hand(f.page, w - m - 70, f.y, cash(tot, lg), 10)
        f.y += 22
        write(
            f,
            s,
            "Je certifie l'exactitude des renseignements ci-dessus. Joindre les justificatifs "
            "(tickets de péage, parking, billets).",
            s.size - 1,
        )
        f.need(70)
        f.page.text(m, f.y + 6, "Signature du salarié", s.font, 7.5)
        scrawl(f.page, m + 10, f.y + 40, name)
        f.page.text(w / 2 + 10, f.y + 6, "Visa administration", s.font, 7.5)
        if rng.random() < 0.6:
            scrawl(f.page, w / 2 + 20, f.y + 40, orch_person("finance"), 11)
        f.y += 60
        received(rng, f.pages[0], lg, d, 0.3)
        remember(pj, d, mus)
        return close(f.pages, s, o, numbers="none")
    inv = serial(rng, rng.choice(["099", f"{d.year}-09", f"RE-{d.year % 100}-099", "9999"]))
    if book:
        s = style_of(h, A5 if rng.random() < 0.6 else LAND5, margin=32, pt=8.5)
        w, hh = s.page_size
        m = s.margin
        p = Page(s.page_size)
        p.text(m, m, tr(lg, "INVOICE", "RECHNUNG", "FACTURE"), "Helvetica-Bold", 14)
        p.text(w - m, m, "No.", "Helvetica", 8, "right")
        hand(p, w - m - 40, m + 12, inv, 10)
        y = m + 30
        for lab, val in [
            (tr(lg, "From", "Von", "De"), f"{name}, {mus[1]}, {mus[2]}"),
            (tr(lg, "To", "An", "À"), f"{o.name}, {town_of(o.town)}"),
            (tr(lg, "Date", "Datum", "Date"), short(d, lg)),
        ]:
            p.text(m, y, lab, "Helvetica", 7.5)
            hand(p, m + 40, y, val, 9, w - 2 * m - 44)
            p.line(m + 38, y + 3, w - m, y + 3)
            y += 18
        y += 6
        p.rect(m, y, w - 2 * m, 14, fill=0.9)
        p.text(
            m + 4, y + 10, tr(lg, "Description", "Leistung", "Désignation"), "Helvetica-Bold", 7.5
        )
        p.text(
            w - m - 4, y + 10, tr(lg, "Amount", "Betrag", "Montant"), "Helvetica-Bold", 7.5, "right"
        )
        y += 26
        lines = [
            (
                (
                    f"{title_of(pj, lg)[:34]} - {len(pj.calls)} "
                    f"{tr(lg, 'calls', 'Dienste', 'services')}"
                ),
                fee,
            ),
        ]
        if miles:
            lines.append(
                (
                    tr(lg, f"Travel {miles} miles @ 45p", f"Fahrtkosten {miles} km x 0,30", ""),
                    round(miles * (0.45 if lg == "en" else 0.30), 2),
                )
            )
        tot = 0.0
        for t, v in lines:
            hand(p, m + 4, y, t, 8.5, w - 2 * m - 80)
            hand(p, w - m - 4 - tw(money(v, lg), HAND, 8.5), y, money(v, lg), 8.5)
            p.line(m, y + 4, w - m, y + 4)
            tot += v
            y += 18
        for _ in range(rng.randint(1, 3)):
            p.line(m, y + 4, w - m, y + 4)
            y += 18
        p.text(w - m - 90, y + 4, "TOTAL", "Helvetica-Bold", 8)
        hand(p, w - m - 4 - tw(cash(tot, lg), HAND, 9.5), y + 4, cash(tot, lg), 9.5)
        y += 24
        note = tr(
            lg, "Not registered for VAT.", "Kein Ausweis von Umsatzsteuer gem. § 19 UStG.", ""
        )
        p.text(m, y, note, "Helvetica", 7)
        y += 14
        bank = tr(
            lg,
            f"Sort code {serial(rng, '99-99-99')}  Acc {serial(rng, '99999999')}",
            f"IBAN DE{serial(rng, '99 9999 9999 9999 9999 99')}",
            "",
        )
        hand(p, m, y, bank, 8.5, w - 2 * m)
        p.text(
            w - m,
            hh - 14,
            serial(keyed(who, "pad"), "Invoice book 9999"),
            "Helvetica",
            5.5,
            "right",
        )
        received(rng, p, lg, d, 0.25)
        remember(pj, d, mus)
        return [p]
    s = style_of(h, A4)
    w, hh = s.page_size
    m = s.margin
    f = sheets(s, h)
    recipient(
        f,
        s,
        h,
        orch_lines(tr(lg, "Finance", "Buchhaltung", "")),
        d,
        [(tr(lg, "Invoice no.", "Rechnungs-Nr.", "N°"), inv)],
    )
    caption(f, s, tr(lg, "Invoice", "Rechnung", "Facture"), 4)
    write(
        f,
        s,
        tr(
            lg,
            f"Engagement as {INSTR[lg][mus[4]].lower()}, {title_of(pj, lg)}",
            f"Mitwirkung als Aushilfe ({INSTR[lg][mus[4]]}), {title_of(pj, lg)}",
            "",
        ),
    )
    cols = columns(m, w - m, [(1.4, "left"), (3.5, "left"), (1.3, "right")])
    rows = [
        [
            short(c.day, lg),
            f"{CALL_NAMES[c.kind][HOME_IDX[lg]]} {c.start}-{c.end}",
            money(fee / len(pj.calls), lg),
        ]
        for c in pj.calls
    ]
    if miles:
        rows.append(
            [
                "",
                tr(lg, f"Mileage {miles} miles @ 45p", f"Fahrtkosten {miles} km x 0,30 EUR", ""),
                money(round(miles * (0.45 if lg == "en" else 0.30), 2), lg),
            ]
        )
    table(
        f,
        cols,
        [tr(lg, "Date", "Datum", ""), tr(lg, "Call", "Dienst", ""), tr(lg, "Fee", "Honorar", "")],
        rows,
        s,
        rules=rng.random() < 0.4,
    )
    net = fee + (round(miles * (0.45 if lg == "en" else 0.30), 2) if miles else 0.0)
    totals(
        f,
        s,
        lg,
        round(net, 2),
        0.0,
        note=tr(
            lg,
            "I am self-employed and responsible for my own tax and National Insurance. "
            f"UTR {serial(rng, '99999 99999')}.",
            "Gemäß § 19 UStG wird keine Umsatzsteuer berechnet. Steuernummer "
            f"{serial(rng, '999/999/99999')}.",
            "",
        ),
    )
    write(
        f,
        s,
        tr(
            lg,
            (
                f"Please pay to: {name}, sort code {serial(rng, '99-99-99')}, "
                f"account {serial(rng, '99999999')}."
            ),
            f"Bitte überweisen an: {name}, IBAN DE{serial(rng, '99 9999 9999 9999 9999 99')}.",
            "",
        ),
        s.size - 1,
    )
    if rng.random() < 0.5:
        f.y += 8
        f.page.text(
            m,
            f.y,
            tr(lg, "With thanks,", "Vielen Dank und herzliche Grüße", ""),
            italic_of(s.font),
            s.size,
        )
        scrawl(f.page, m, f.y + 26, name, 12)
    received(rng, f.pages[0], lg, d, 0.35)
    if rng.random() < 0.35:
        hand(
            f.pages[0],
            w - m - 140,
            hh - m - 50,
            tr(lg, f"OK to pay - P{pj.no}", f"sachl. richtig P{pj.no}", ""),
            10,
        )
    remember(pj, d, mus)
    return close(f.pages, s, h, numbers="none")


AGENCY_TERMS = {
    "en": [
        "Definitions",
        "Engagement",
        "Fee",
        "Payment",
        "Travel and accommodation",
        "Rehearsals",
        "Billing and publicity",
        "Recording and broadcasting",
        "Cancellation by the Promoter",
        "Cancellation by the Artist",
        "Force majeure",
        "Withholding tax",
        "Insurance",
        "Governing law",
    ],
    "de": [
        "Vertragsgegenstand",
        "Mitwirkung",
        "Honorar",
        "Zahlung",
        "Reise und Unterkunft",
        "Proben",
        "Werbung und Namensnennung",
        "Aufnahmen und Sendungen",
        "Absage durch den Veranstalter",
        "Absage durch den Künstler",
        "Höhere Gewalt",
        "Abzugsteuer nach § 50a EStG",
        "Versicherung",
        "Gerichtsstand",
    ],
    "fr": [
        "Objet",
        "Engagement",
        "Cachet",
        "Règlement",
        "Voyages et hébergement",
        "Répétitions",
        "Publicité",
        "Enregistrements et diffusion",
        "Annulation par l'organisateur",
        "Annulation par l'artiste",
        "Force majeure",
        "Retenue à la source",
        "Assurances",
        "Juridiction",
    ],
}


def artist_of(pj: Project, rng: random.Random) -> tuple[str, str]:
    """The soloist of ``pj`` or, without one, its conductor."""
    if pj.soloist and rng.random() < 0.7:
        return pj.soloist
    return pj.conductor, "conductor"


def artist_role(inst: str, lg: str) -> str:
    if inst == "conductor":
        return tr(lg, "Conductor", "Dirigent/in", "Chef d'orchestre")
    return tr(lg, "Soloist", "Solist/in", "Soliste") + f" ({SOLO_INSTR[inst][HOME_IDX[lg]]})"


def tpl_agency_contract(rng: random.Random, who: Issuer) -> list[Page]:
    """An artist agency's engagement contract for a soloist or conductor: now and then a
    covering letter, the contract with the engagement particulars in a ruled grid and the
    fee, the general terms (in full or in two columns), the artist's rider and a signature
    page for both parties."""
    h = head_of(who, "agency", abroad=0.3)
    lg = h.lang
    pj = project_for(rng, ())
    art, inst = artist_of(pj, rng)
    s = style_of(h, A4 if lg != "en" or rng.random() < 0.8 else LETTER)
    w = s.page_size[0]
    m = s.margin
    d = pj.calls[0].day - timedelta(days=rng.randint(40, 120))
    no = serial(rng, rng.choice(["C-9999-99", "99/9999", "VTR-99999", "AM99999"]))
    agent = staff(h, "agent")
    pages: list[Page] = []
    if keyed(who, "cover").random() < 0.45:
        c = sheets(s, h)
        recipient(
            c,
            s,
            h,
            orch_lines(orch_person("planner")),
            d,
            [(tr(lg, "Our ref", "Unser Zeichen", "Réf."), no)],
        )
        c.page.text(
            m, c.y, fit(f"{art} - {title_of(pj, lg)}", s.bold, s.size, w - 2 * m), s.bold, s.size
        )
        c.y += s.size * 2.2
        c.page.text(
            m,
            c.y,
            salute(lg, mx(orch_person("planner"), lg) if lg != "en" else None),
            s.font,
            s.size,
        )
        c.y += s.size * 2
        write(
            c,
            s,
            tr(
                lg,
                "Please find enclosed two copies of the "
                f"contract for {art}'s engagement. Kindly sign "
                "both and return one copy to us; the second is for your files.",
                "anbei erhalten Sie den Vertrag für das Engagement "
                f"von {art} in zweifacher Ausfertigung. "
                "Bitte senden Sie uns ein unterschriebenes Exemplar zurück.",
                "Veuillez trouver ci-joint le contrat "
                f"d'engagement de {art} en deux exemplaires, dont "
                "un à nous retourner signé.",
            ),
        )
        write(c, s, prose(rng, lg, "music", 1, 3))
        regards(c, s, lg, agent, tr(lg, "Artist Manager", "Künstlerbetreuung", "Agent artistique"))
        pages += c.pages
    f = sheets(s, h, f"{h.name} - {tr(lg, 'Contract', 'Vertrag', 'Contrat')} {no} - {art}")
    title = tr(lg, "ENGAGEMENT CONTRACT", "GASTSPIELVERTRAG", "CONTRAT D'ENGAGEMENT")
    f.page.text(w / 2, f.y, title, s.bold, s.size + 5, "center")
    f.y += 16
    f.page.text(
        w / 2,
        f.y,
        f"{tr(lg, 'Contract no.', 'Vertrags-Nr.', 'Contrat n°')} {no}",
        s.font,
        s.size,
        "center",
    )
    f.y += 24
    write(
        f,
        s,
        tr(
            lg,
            f"This agreement is made between {orch_name()} (the Promoter) and {h.name}, acting as "
            f"agent for {art} (the Artist).",
            f"Zwischen {orch_name()} (Veranstalter) und {h.name} als Vertreterin von {art} "
            "(Künstler/in) wird folgender Vertrag geschlossen:",
            f"Entre {orch_name()}, ci-après l'organisateur, et {h.name}, agissant pour le compte "
            f"de {art}, ci-après l'artiste, il est convenu ce qui suit :",
        ),
    )
    cs = concerts(pj)
    items = [
        (tr(lg, "Artist", "Künstler/in", "Artiste"), f"{art} - {artist_role(inst, lg)}"),
        (
            tr(lg, "Conductor", "Dirigent/in", "Direction"),
            pj.conductor if inst != "conductor" else "-",
        ),
        (
            tr(lg, "Programme", "Programm", "Programme"),
            "; ".join(
                f"{WORKS[i][0].split('/')[0].split()[-1]}: {work_title(i, lg)}" for i in pj.works
            ),
        ),
        (
            tr(lg, "Rehearsals", "Proben", "Répétitions"),
            ", ".join(f"{short(c.day, lg)} {c.start}" for c in pj.calls if c.kind != "C"),
        ),
        (
            tr(lg, "Performance(s)", "Konzert(e)", "Concert(s)"),
            "; ".join(
                (
                    f"{short(c.day, lg)} {c.start}, "
                    f"{town_of(pj.venues[min(c.venue, len(pj.venues) - 1)][2])}"
                )
                for c in cs
            ),
        ),
        (
            tr(lg, "Fee", "Honorar", "Cachet"),
            tr(
                lg,
                f"{cash(pj.fee, lg)} inclusive, plus VAT where applicable",
                f"{cash(pj.fee, lg)} pauschal zzgl. gesetzl. USt.",
                f"{cash(pj.fee, lg)} brut, TVA en sus",
            ),
        ),
        (
            tr(lg, "Payment", "Zahlung", "Règlement"),
            tr(
                lg,
                "by bank transfer within 14 days of the last performance, against invoice",
                "innerhalb von 14 Tagen nach dem Konzert gegen Rechnung",
                "à 15 jours sur facture",
            ),
        ),
        (
            tr(lg, "Travel / hotel", "Reise / Hotel", "Voyage / hôtel"),
            rng.choice(
                [
                    tr(
                        lg,
                        "Promoter books and pays hotel (single room, 3 nights)",
                        "Hotel (EZ, 3 Nächte) bucht und zahlt der Veranstalter",
                        "hôtel (3 nuits) réservé et pris en charge par l'organisateur",
                    ),
                    tr(lg, "included in the fee", "im Honorar enthalten", "inclus dans le cachet"),
                ]
            ),
        ),
    ]
    lw = 120
    y = f.y + 4
    for lab, val in items:
        ls = wrap(val, s.font, s.size - 1, w - 2 * m - lw - 10)
        hgt = max(1, len(ls)) * (s.size + 2) + 8
        if y + hgt > f.bottom:
            f.new_page()
            y = f.y
        f.page.rect(m, y, w - 2 * m, hgt)
        f.page.line(m + lw, y, m + lw, y + hgt)
        f.page.text(m + 4, y + s.size + 2, fit(lab, s.bold, s.size - 1, lw - 8), s.bold, s.size - 1)
        for k, ln in enumerate(ls):
            f.page.text(m + lw + 6, y + s.size + 2 + k * (s.size + 2), ln, s.font, s.size - 1)
        y += hgt
    f.y = y + 16
    full = keyed(who, "full").random() < 0.5
    terms = AGENCY_TERMS[lg]
    if full:
        clauses(f, s, rng, lg, terms[: rng.randint(7, 14)], "legal")
    else:
        write(
            f,
            s,
            tr(
                lg,
                "The General Terms of Engagement overleaf form part of this contract.",
                (
                    "Die umseitigen Allgemeinen Gastspielbedingungen "
                    "sind Bestandteil dieses Vertrages."
                ),
                "Les conditions générales ci-après font partie intégrante du présent contrat.",
            ),
        )
    pages += f.pages
    if not full:
        pages.append(
            small_print(
                rng,
                s,
                lg,
                tr(
                    lg,
                    "General Terms of Engagement",
                    "Allgemeine Gastspielbedingungen",
                    "Conditions générales d'engagement",
                ),
                terms,
            )
        )
    if rng.random() < 0.6:
        r = sheets(s, h, f"{h.name} - {tr(lg, 'Contract', 'Vertrag', 'Contrat')} {no}")
        caption(
            r,
            s,
            tr(
                lg,
                f"Annex - Artist's rider: {art}",
                f"Anlage - Rider {art}",
                f"Annexe - fiche technique et accueil : {art}",
            ),
            2,
            True,
        )
        rider = {
            "en": [
                "Piano: Steinway Model D, tuned to a' = 442 Hz before rehearsal and concert",
                "Private dressing room with mirror, piano or practice space, bottled water",
                "Hotel: 4-star, single room, quiet, non-smoking, within walking distance",
                "Local transport: collection from station/airport",
                "Programme biography and photo only as supplied by the agency (latest version)",
                "No recording or broadcast without the separate written consent of the Artist",
            ],
            "de": [
                "Flügel: Steinway D, Stimmung a' = 442 Hz vor Probe und Konzert",
                "Eigene Künstlergarderobe mit Spiegel, Einspielmöglichkeit, Wasser",
                "Hotel: mind. 4 Sterne, Einzelzimmer, ruhig, Nichtraucher",
                "Abholung am Bahnhof/Flughafen",
                "Biografie und Fotos nur in der von der Agentur gelieferten Fassung",
                "Mitschnitte nur mit gesonderter schriftlicher Zustimmung",
            ],
            "fr": [
                "Piano : Steinway modèle D, accordé à 442 Hz avant répétition et concert",
                "Loge individuelle avec miroir, possibilité de travailler, eau minérale",
                "Hôtel : 4 étoiles, chambre individuelle calme, non-fumeur",
                "Accueil en gare ou à l'aéroport",
                "Biographie et photos fournies par l'agence uniquement",
                "Aucun enregistrement sans accord écrit préalable de l'artiste",
            ],
        }[lg]
        for k, t in enumerate(rng.sample(rider, rng.randint(4, 6)), 1):
            write(r, s, f"{k}. {t}", indent=6)
        if rng.random() < 0.4:
            write(r, s, prose(rng, lg, "music", 2, 3))
        pages += r.pages
    g = sheets(s, h, f"{h.name} - {tr(lg, 'Contract', 'Vertrag', 'Contrat')} {no}")
    write(
        g,
        s,
        tr(
            lg,
            "Signed in two copies, one for each party.",
            "In zweifacher Ausfertigung unterzeichnet.",
            "Fait en deux exemplaires originaux.",
        ),
    )
    sign_pair(
        g,
        s,
        lg,
        (agent, tr(lg, f"For {h.name}", "Für die Agentur", "Pour l'agence")),
        (
            orch_person("gm"),
            tr(lg, "For the Promoter", "Für den Veranstalter", "Pour l'organisateur"),
        ),
        (True, rng.random() < 0.8),
        town_of(h.town),
        d,
        h,
    )
    pages += g.pages
    received(rng, pages[0], home(), d, 0.3)
    remember(pj, d, (art, inst, h))
    return close(
        pages,
        s,
        h,
        numbers=h.numbers if rng.random() < 0.6 else "Page {i} of {n}" if lg == "en" else h.numbers,
    )


def tpl_agency_invoice(rng: random.Random, who: Issuer) -> list[Page]:
    """An artist agency's invoice for a soloist's or conductor's fee after the concert: the
    fee, reimbursed travel, the withholding tax note for an artist from abroad, VAT and bank
    details; now and then a remittance slip at the foot."""
    ex = LAST["extra"]
    pj = project_for(rng, ("agency_contract",))
    if after(("agency_contract",)) and isinstance(ex, tuple) and len(ex) == 3:
        art, inst, h = ex
    else:
        h = head_of(who, "agency", abroad=0.3)
        art, inst = artist_of(pj, rng)
    lg = h.lang
    s = style_of(h, A4)
    w = s.page_size[0]
    m = s.margin
    d = concerts(pj)[-1].day + timedelta(days=rng.randint(1, 10))
    inv = serial(rng, rng.choice(["INV-99999", "RE 2025-0999", "F99999", "99-9999"]))
    f = sheets(s, h)
    recipient(
        f,
        s,
        h,
        orch_lines(tr(lg, "Accounts", "Buchhaltung", "Service comptabilité")),
        d,
        [
            (tr(lg, "Invoice no.", "Rechnungs-Nr.", "Facture n°"), inv),
            (tr(lg, "Client no.", "Kunden-Nr.", "Client n°"), serial(keyed(who, "cust"), "K99999")),
        ],
    )
    caption(f, s, tr(lg, "INVOICE", "RECHNUNG", "FACTURE"), 4)
    write(
        f,
        s,
        tr(
            lg,
            f"{art} - {artist_role(inst, lg)} - {title_of(pj, lg)}",
            f"{art} - {artist_role(inst, lg)} - {title_of(pj, lg)}",
            f"{art} - {artist_role(inst, lg)} - {title_of(pj, lg)}",
        ),
    )
    rows = [
        [
            short(c.day, lg),
            tr(lg, "Performance fee", "Konzerthonorar", "Cachet"),
            f"{town_of(pj.venues[min(c.venue, len(pj.venues) - 1)][2])}",
            money(pj.fee / len(concerts(pj)), lg),
        ]
        for c in concerts(pj)
    ]
    net = pj.fee
    if rng.random() < 0.5:
        t = rng.choice([184.6, 246.0, 312.5, 95.4])
        rows.append(
            [
                "",
                tr(
                    lg,
                    "Travel (rail, receipts enclosed)",
                    "Reisekosten (Bahn, Belege anbei)",
                    "Frais de voyage (train)",
                ),
                "",
                money(t, lg),
            ]
        )
        net += t
    cols = columns(m, w - m, [(1.3, "left"), (3, "left"), (2, "left"), (1.4, "right")])
    table(
        f,
        cols,
        [
            tr(lg, "Date", "Datum", "Date"),
            tr(lg, "Description", "Leistung", "Désignation"),
            tr(lg, "Place", "Ort", "Lieu"),
            tr(lg, "Amount", "Betrag", "Montant"),
        ],
        rows,
        s,
        rules=rng.random() < 0.5,
    )
    foreign = lg != home() or rng.random() < 0.3
    note = ""
    if foreign:
        note = tr(
            home(),
            "The Artist is not resident in the UK: the Promoter deducts basic rate tax under the "
            "Foreign Entertainers rules and pays it to HMRC (FEU).",
            "Der/die Künstler/in ist beschränkt steuerpflichtig: Der Veranstalter behält die "
            "Abzugsteuer nach § 50a EStG (15 % zzgl. SolZ) ein und führt sie an das BZSt ab.",
            "Artiste non-résident : retenue à la source de 15 % (art. 182 B du CGI) à la charge de "
            "l'organisateur.",
        )
    totals(f, s, lg, round(net, 2), vat_rate(lg) if not foreign else 0.0, note=note)
    write(
        f,
        s,
        tr(
            lg,
            f"Please quote {inv} with your payment.",
            f"Bitte geben Sie bei Zahlung {inv} an.",
            f"Merci de rappeler la référence {inv}.",
        ),
        s.size - 1,
    )
    if rng.random() < 0.35:
        f.need(90)
        f.y += 14
        slip_rule(
            f.page,
            m,
            w - m,
            f.y,
            tr(
                lg,
                "Remittance advice - please return with payment",
                "Bitte abtrennen",
                "Talon à joindre au règlement",
            ),
        )
        f.y += 14
        f.y = pairs(
            f.page,
            s,
            m,
            f.y,
            [
                (tr(lg, "Invoice", "Rechnung", "Facture"), inv),
                (tr(lg, "Amount", "Betrag", "Montant"), cash(net, lg)),
                (tr(lg, "Paid on", "Bezahlt am", "Payé le"), ""),
            ],
            w / 2,
        )
    received(rng, f.pages[0], home(), d, 0.4)
    remember(pj, d)
    return close(f.pages, s, h)


# ---------------------------------------------------------------------------------------------
# Templates NNN: venues, box office, sheet music hire and performing rights
# ---------------------------------------------------------------------------------------------

HIRE_TERMS = {
    "en": [
        "Hire period",
        "Access and get-in",
        "Capacity and seating",
        "Licensing",
        "Health and safety",
        "Stewarding",
        "Piano",
        "Box office",
        "Merchandise and bar",
        "Damage",
        "Insurance",
        "Cancellation",
        "Curfew",
        "Deposit",
    ],
    "de": [
        "Mietzeit",
        "Aufbau und Einlass",
        "Bestuhlung und Kapazität",
        "Genehmigungen",
        "Versammlungsstättenverordnung",
        "Ordnungsdienst",
        "Flügel",
        "Kartenverkauf",
        "Gastronomie und Verkauf",
        "Schäden",
        "Haftpflichtversicherung",
        "Rücktritt",
        "Nachtruhe",
        "Kaution",
    ],
    "fr": [
        "Durée de la mise à disposition",
        "Accès et montage",
        "Jauge et placement",
        "Déclarations (SACEM, licences)",
        "Sécurité incendie (ERP)",
        "Service d'accueil",
        "Piano",
        "Billetterie",
        "Buvette",
        "Dégradations",
        "Assurance",
        "Annulation",
        "Horaires",
        "Dépôt de garantie",
    ],
}


def concert_for(rng: random.Random, kinds: tuple[str, ...]) -> tuple[Project, Call, Row]:
    pj = project_for(rng, kinds)
    ex = LAST["extra"]
    cs = concerts(pj)
    c = ex if after(kinds) and isinstance(ex, Call) else rng.choice(cs)
    return pj, c, pj.venues[min(c.venue, len(pj.venues) - 1)]


def tpl_venue_hire(rng: random.Random, who: Issuer) -> list[Page]:
    """A concert hall's hire agreement: a covering letter asking for a signed copy back, the
    booking particulars with tick boxes for services, the schedule of charges, the conditions
    of hire in two columns and the signature page."""
    pj, c, vrow = concert_for(rng, ())
    lg = home()
    h = make_head(
        vrow,
        lg
        if vrow in SENDERS["venue"][lg]
        else next(k for k, v in SENDERS["venue"].items() if vrow in v),
        "venue",
    )
    lg = h.lang
    s = style_of(h, A4)
    w = s.page_size[0]
    m = s.margin
    d = c.day - timedelta(days=rng.randint(30, 120))
    ref = serial(rng, rng.choice(["BK-99999", "V99/999", "RES-9999"]))
    mgr = staff(h, "bookings")
    pages: list[Page] = []
    if rng.random() < 0.7:
        cl = sheets(s, h)
        recipient(
            cl,
            s,
            h,
            orch_lines(orch_person("planner")),
            d,
            [(tr(lg, "Booking ref", "Buchungs-Nr.", "Réf."), ref)],
        )
        cl.page.text(
            m,
            cl.y,
            fit(
                tr(
                    lg,
                    f"Hire of the hall on {day(h, c.day)}",
                    f"Saalmiete am {day(h, c.day)}",
                    f"Location de la salle le {day(h, c.day)}",
                ),
                s.bold,
                s.size,
                w - 2 * m,
            ),
            s.bold,
            s.size,
        )
        cl.y += s.size * 2.2
        cl.page.text(m, cl.y, salute(lg, None), s.font, s.size)
        cl.y += s.size * 2
        write(
            cl,
            s,
            tr(
                lg,
                "Thank you for your booking. Please find enclosed the hire agreement in duplicate. "
                "Kindly sign and return one copy together with the deposit within 14 days.",
                "vielen Dank für Ihre Buchung. Anbei erhalten Sie den Mietvertrag in zweifacher "
                "Ausfertigung mit der Bitte, ein Exemplar unterschrieben zurückzusenden.",
                "Nous vous remercions de votre réservation. "
                "Vous trouverez ci-joint la convention de "
                "mise à disposition en deux exemplaires, dont un à nous retourner signé.",
            ),
        )
        write(cl, s, prose(rng, lg, "venue", 1, 3))
        regards(
            cl, s, lg, mgr, tr(lg, "Bookings Manager", "Vermietung", "Responsable des locations")
        )
        pages += cl.pages
    f = sheets(
        s,
        h,
        (
            f"{h.name} - "
            f"{tr(lg, 'Hire agreement', 'Mietvertrag', 'Convention de mise à disposition')} {ref}"
        ),
    )
    caption(
        f, s, tr(lg, "HIRE AGREEMENT", "MIETVERTRAG", "CONVENTION DE MISE À DISPOSITION"), 4, True
    )
    f.y = fields(
        f.page,
        s,
        m,
        f.y,
        w - 2 * m,
        [
            (tr(lg, "Hirer", "Mieter", "Organisateur"), orch_name()),
            (tr(lg, "Booking ref", "Buchungs-Nr.", "Référence"), ref),
            (tr(lg, "Event", "Veranstaltung", "Manifestation"), title_of(pj, lg)),
            (tr(lg, "Date", "Datum", "Date"), day(h, c.day)),
            (
                tr(lg, "Access from", "Zugang ab", "Accès à partir de"),
                rng.choice(["09:00", "13:00", "14:00", "15:30"]),
            ),
            (tr(lg, "Performance", "Beginn", "Début du concert"), c.start),
            (
                tr(lg, "Vacate by", "Räumung bis", "Libération des lieux"),
                rng.choice(["22:30", "23:00", "23:30"]),
            ),
            (tr(lg, "Capacity", "Kapazität", "Jauge"), str(rng.choice([320, 450, 612, 780, 950]))),
        ],
        per=2,
        tall=24,
        hand=False,
    )
    band(f.page, s, f.y, tr(lg, "Services required", "Leistungen", "Prestations demandées"))
    f.y += 16
    svc = [
        tr(lg, t[0], t[1], t[2])
        for t in [
            ("Steinway D + tuning", "Steinway D + Stimmung", "Steinway D + accord"),
            ("Orchestra risers", "Podesterie", "Praticables"),
            ("Stage lighting", "Bühnenlicht", "Éclairage scène"),
            ("Recording", "Mitschnitt", "Captation"),
            ("Bar", "Gastronomie", "Buvette"),
            ("Cloakroom", "Garderobe", "Vestiaire"),
            ("Box office", "Abendkasse", "Billetterie"),
            ("Programme sellers", "Programmverkauf", "Vente de programmes"),
        ]
    ]
    f.y = ticks(
        f.page, s, m, f.y + 4, w - 2 * m, svc, set(rng.sample(range(len(svc)), rng.randint(2, 6)))
    )
    f.y += 6
    caption(f, s, tr(lg, "Schedule of charges", "Entgelte", "Tarifs"), 0.5)
    cols = columns(m, w - m, [(4, "left"), (1, "right"), (1.3, "right"), (1.3, "right")])
    charges = [
        (
            tr(
                lg,
                "Hall hire (performance day)",
                "Saalmiete Veranstaltungstag",
                "Location salle (jour de concert)",
            ),
            1,
            rng.choice([1450.0, 1980.0, 2350.0, 3100.0]),
        ),
        (
            tr(lg, "Rehearsal session", "Probenzeit je Block", "Service de répétition"),
            rng.randint(0, 2),
            rng.choice([380.0, 450.0, 520.0]),
        ),
        (
            tr(lg, "Piano tuning", "Flügelstimmung", "Accord du piano"),
            rng.randint(0, 2),
            rng.choice([95.0, 120.0, 140.0]),
        ),
        (
            tr(
                lg,
                "Front of house staff (per hour)",
                "Abendpersonal (Std.)",
                "Personnel d'accueil (heure)",
            ),
            rng.randint(8, 24),
            rng.choice([16.5, 18.0, 21.0]),
        ),
        (
            tr(lg, "Technician (per hour)", "Bühnentechnik (Std.)", "Régisseur (heure)"),
            rng.randint(4, 10),
            rng.choice([28.0, 34.0, 38.0]),
        ),
        (tr(lg, "Cleaning", "Endreinigung", "Nettoyage"), 1, rng.choice([120.0, 180.0, 240.0])),
    ]
    rows = []
    net = 0.0
    for t, q, pr in charges:
        if q == 0:
            continue
        net += q * pr
        rows.append([t, str(q), money(pr, lg), money(q * pr, lg)])
    table(
        f,
        cols,
        [
            tr(lg, "Item", "Position", "Désignation"),
            tr(lg, "Qty", "Menge", "Qté"),
            tr(lg, "Rate", "Preis", "P.U."),
            tr(lg, "Amount", "Betrag", "Montant"),
        ],
        rows,
        s,
        rules=rng.random() < 0.5,
    )
    totals(f, s, lg, round(net, 2), vat_rate(lg) if lg != "de" or rng.random() < 0.5 else 0.0)
    write(
        f,
        s,
        tr(
            lg,
            (
                f"Deposit of {cash(round(net * 0.25, 2), lg)} due on "
                "signature; balance settled against box office receipts."
            ),
            (
                f"Kaution {cash(round(net * 0.25, 2), lg)} bei Vertragsabschluss; "
                "Restbetrag wird mit den Kasseneinnahmen verrechnet."
            ),
            (
                f"Acompte de {cash(round(net * 0.25, 2), lg)} à "
                "la signature ; solde imputé sur les recettes."
            ),
        ),
        s.size - 1,
    )
    pages += f.pages
    pages.append(
        small_print(
            rng,
            s,
            lg,
            tr(
                lg,
                "Conditions of Hire",
                "Allgemeine Mietbedingungen",
                "Conditions générales de location",
            ),
            HIRE_TERMS[lg],
            "venue",
        )
    )
    g = sheets(s, h, f"{h.name} - {ref}")
    write(
        g,
        s,
        tr(
            lg,
            "The Hirer accepts the Conditions of Hire and confirms that it holds public liability "
            "insurance of not less than £5,000,000.",
            "Der Mieter erkennt die Allgemeinen Mietbedingungen an und weist eine "
            "Veranstalterhaftpflichtversicherung nach.",
            "L'organisateur reconnaît avoir pris connaissance des conditions générales et justifie "
            "d'une assurance responsabilité civile organisateur.",
        ),
    )
    sign_pair(
        g,
        s,
        lg,
        (mgr, tr(lg, f"For {h.name}", "Für die Vermieterin", "Pour le propriétaire")),
        (orch_person("gm"), tr(lg, "For the Hirer", "Für den Mieter", "Pour l'organisateur")),
        (True, rng.random() < 0.8),
        town_of(h.town),
        d,
        h,
    )
    pages += g.pages
    received(rng, pages[0], home(), d, 0.3)
    remember(pj, d, c)
    return close(pages, s, h)


def tpl_venue_settlement(rng: random.Random, who: Issuer) -> list[Page]:
    """A venue's settlement statement after the concert: ticket sales by price band, gross
    receipts, the deductions (hall hire, staff, card commission, ticket levy) and the balance
    payable, signed by the box office manager; portrait or landscape."""
    pj, c, vrow = concert_for(rng, ("venue_hire",))
    vlg = next(k for k, v in SENDERS["venue"].items() if vrow in v)
    h = make_head(vrow, vlg, "venue")
    lg = h.lang
    s = style_of(h, LAND if keyed(who, "land").random() < 0.35 else A4, pt=9)
    w = s.page_size[0]
    m = s.margin
    d = c.day + timedelta(days=rng.randint(2, 14))
    f = sheets(s, h)
    caption(
        f,
        s,
        tr(
            lg,
            "Event Settlement Statement",
            "Veranstaltungsabrechnung",
            "Décompte de la manifestation",
        ),
        4,
    )
    f.y = (
        pairs(
            f.page,
            s,
            m,
            f.y,
            [
                (tr(lg, "Hirer", "Veranstalter", "Organisateur"), orch_name()),
                (tr(lg, "Event", "Veranstaltung", "Manifestation"), title_of(pj, lg)),
                (
                    tr(lg, "Date / time", "Datum / Beginn", "Date / heure"),
                    f"{day(h, c.day)} {c.start}",
                ),
                (tr(lg, "Statement date", "Abrechnungsdatum", "Date du décompte"), day(h, d)),
            ],
            m + min(360, w - 2 * m),
        )
        + 8
    )
    bands = [
        ("A", rng.choice([28.0, 32.0, 35.0, 42.0])),
        ("B", rng.choice([22.0, 25.0, 28.0])),
        ("C", rng.choice([15.0, 18.0])),
        (tr(lg, "Concession", "Ermäßigt", "Tarif réduit"), rng.choice([10.0, 12.0])),
        (tr(lg, "Under 26", "Schüler/Studierende", "Moins de 26 ans"), rng.choice([5.0, 8.0])),
    ]
    cols = columns(
        m, w - m, [(2.5, "left"), (1, "right"), (1, "right"), (1, "right"), (1.3, "right")]
    )
    rows = []
    gross = 0.0
    for b, pr in bands:
        sold = rng.randint(8, 160)
        comps = rng.randint(0, 6)
        gross += sold * pr
        rows.append([b, money(pr, lg), str(sold), str(comps), money(sold * pr, lg)])
    table(
        f,
        cols,
        [
            tr(lg, "Price band", "Kategorie", "Catégorie"),
            tr(lg, "Price", "Preis", "Prix"),
            tr(lg, "Sold", "Verkauft", "Vendus"),
            tr(lg, "Comps", "Freikarten", "Exonérés"),
            tr(lg, "Receipts", "Einnahmen", "Recettes"),
        ],
        rows,
        s,
        shade=0.88,
        rules=True,
    )
    f.y += 6
    ded = [
        (
            tr(lg, "Hall hire as agreed", "Saalmiete lt. Vertrag", "Location selon convention"),
            rng.choice([1450.0, 1980.0, 2350.0]),
        ),
        (
            tr(lg, "Front of house and stewards", "Abendpersonal / Ordner", "Personnel d'accueil"),
            rng.choice([288.0, 366.0, 412.5]),
        ),
        (
            tr(
                lg,
                "Card and booking fees",
                "Kartengebühren / VVK-Provision",
                "Commissions billetterie",
            ),
            round(gross * 0.035, 2),
        ),
        (tr(lg, "Piano tuning", "Flügelstimmung", "Accord piano"), rng.choice([95.0, 120.0])),
    ]
    if lg == "de":
        ded.append(("Vorverkaufsgebühr KulturTicket", round(gross * 0.02, 2)))
    if lg == "fr":
        ded.append(("Taxe sur les spectacles (ASTP 3,5 %)", round(gross * 0.035, 2)))
    y = f.y
    f.need(30 + 14 * len(ded))
    y = f.y
    x0 = w * 0.45
    f.page.text(
        x0, y, tr(lg, "Gross receipts", "Bruttoeinnahmen", "Recettes brutes"), s.bold, s.size
    )
    f.page.text(w - m, y, cash(gross, lg), s.bold, s.size, "right")
    y += 14
    tot = gross
    for t, v in ded:
        f.page.text(x0, y, fit(f"./. {t}", s.font, s.size, w - m - x0 - 80), s.font, s.size)
        f.page.text(w - m, y, f"-{money(v, lg)}", s.font, s.size, "right")
        tot -= v
        y += 13
    f.page.line(x0, y - 8, w - m, y - 8)
    y += 4
    lab = (
        tr(
            lg,
            "Balance payable to the Hirer",
            "Auszahlung an den Veranstalter",
            "Solde en faveur de l'organisateur",
        )
        if tot >= 0
        else tr(
            lg,
            "Balance due from the Hirer",
            "Nachforderung an den Veranstalter",
            "Solde dû par l'organisateur",
        )
    )
    f.page.text(x0, y, lab, s.bold, s.size)
    f.page.text(w - m, y, cash(abs(tot), lg), s.bold, s.size, "right")
    f.y = y + 26
    f.need(60)
    f.page.text(
        m,
        f.y,
        tr(lg, "Box office manager", "Kassenleitung", "Responsable billetterie"),
        s.font,
        7.5,
    )
    scrawl(f.page, m + 6, f.y + 30, staff(h, "box"), 12)
    f.page.text(
        m + 200,
        f.y,
        tr(lg, "Checked (hirer)", "Geprüft (Veranstalter)", "Vérifié (organisateur)"),
        s.font,
        7.5,
    )
    if rng.random() < 0.6:
        scrawl(f.page, m + 206, f.y + 30, orch_person("finance"), 11)
    f.y += 44
    received(rng, f.pages[0], home(), d, 0.3)
    remember(pj, d, c)
    return close(f.pages, s, h, numbers="none")


def tpl_box_office(rng: random.Random, who: Issuer) -> list[Page]:
    """A ticketing company's sales report for one concert as printed from its system: landscape
    pages with a running report header, sales by day and channel, a summary by price band and
    the amount to be settled; every page numbered."""
    h = head_of(who, "ticketing")
    lg = h.lang
    pj = rng.choice(PROJECTS)
    c = rng.choice(home_concerts(pj))
    v = pj.venues[min(c.venue, len(pj.venues) - 1)]
    s = style_of(h, LAND, margin=36, pt=8)
    w, hh = s.page_size
    m = s.margin
    d = min(c.day, some_day(rng, 0, 40))
    stamp_ = f"{dtext(d, lg, 'iso')} {rng.randint(6, 18):02d}:{rng.randint(0, 59):02d}"
    rep = tr(
        lg,
        "Sales report by event",
        "Verkaufsbericht Veranstaltung",
        "État des ventes par manifestation",
    )
    ev = serial(rng, "EV999999")

    def start(p: Page, n: int) -> float:
        p.text(m, 26, fit(h.name, s.bold, 10, w / 3), s.bold, 10)
        p.text(w / 2, 26, rep, s.bold, 10, "center")
        p.text(
            w - m, 26, f"{tr(lg, 'Printed', 'Erstellt', 'Édité le')} {stamp_}", s.font, 7.5, "right"
        )
        p.text(
            m,
            38,
            fit(
                f"{ev} - {title_of(pj, lg)} - {v[0]} - {dtext(c.day, lg, 'short')} {c.start}",
                s.font,
                8,
                w - 2 * m,
            ),
            s.font,
            8,
        )
        p.line(m, 44, w - m, 44)
        return 60

    f = Sheets((w, hh), hh - 40, start)
    cols = columns(
        m,
        w - m,
        [
            (1.2, "left"),
            (1, "right"),
            (1, "right"),
            (1, "right"),
            (1, "right"),
            (1, "right"),
            (1, "right"),
            (1.3, "right"),
            (1.3, "right"),
        ],
    )
    rows = []
    dd = c.day - timedelta(days=rng.randint(20, 75))
    tot_n = 0
    tot_v = 0.0
    while dd <= min(c.day, d):
        if rng.random() < 0.55:
            o_, ph, bo, rs = (
                rng.randint(0, 14),
                rng.randint(0, 4),
                rng.randint(0, 6),
                rng.randint(0, 3),
            )
            comp = rng.randint(0, 2) if rng.random() < 0.2 else 0
            n = o_ + ph + bo + rs
            val = round(n * rng.uniform(17, 31), 2)
            tot_n += n
            tot_v += val
            rows.append(
                [
                    dtext(dd, lg, "short"),
                    str(o_),
                    str(ph),
                    str(bo),
                    str(rs),
                    str(comp),
                    str(n),
                    money(val, lg),
                    money(tot_v, lg),
                ]
            )
        dd += timedelta(days=1)
    table(
        f,
        cols,
        [
            tr(lg, "Date", "Datum", "Date"),
            "Online",
            tr(lg, "Phone", "Telefon", "Tél."),
            tr(lg, "Box office", "Kasse", "Guichet"),
            tr(lg, "Resellers", "VVK-Stellen", "Revendeurs"),
            tr(lg, "Comps", "Frei", "Exo."),
            tr(lg, "Tickets", "Karten", "Billets"),
            tr(lg, "Value", "Umsatz", "Montant"),
            tr(lg, "Cumulative", "Kumuliert", "Cumul"),
        ],
        rows,
        s,
        size=7.5,
        step=1.45,
        rules=False,
    )
    f.need(120)
    f.y += 10
    caption(f, s, tr(lg, "Summary", "Zusammenfassung", "Récapitulatif"), 1)
    fee = round(tot_v * rng.choice([0.06, 0.08, 0.1]), 2)
    f.y = pairs(
        f.page,
        s,
        m,
        f.y,
        [
            (tr(lg, "Tickets sold", "Verkaufte Karten", "Billets vendus"), str(tot_n)),
            (tr(lg, "Gross sales", "Bruttoumsatz", "Ventes brutes"), cash(tot_v, lg)),
            (
                tr(lg, "Booking fee retained", "Systemgebühr / Provision", "Commission retenue"),
                cash(fee, lg),
            ),
            (
                tr(lg, "VAT on fee", "USt. auf Provision", "TVA sur commission"),
                cash(round(fee * vat_rate(lg) / 100, 2), lg),
            ),
            (
                tr(
                    lg,
                    "Due to promoter",
                    "Auszahlung an Veranstalter",
                    "Reversement à l'organisateur",
                ),
                cash(round(tot_v - fee * (1 + vat_rate(lg) / 100), 2), lg),
            ),
        ],
        m + 330,
    )
    pages = f.pages
    for k, p in enumerate(pages, 1):
        p.text(
            w - m,
            hh - 20,
            tr(
                lg,
                f"Page {k} of {len(pages)}",
                f"Seite {k} von {len(pages)}",
                f"Page {k}/{len(pages)}",
            ),
            s.font,
            7.5,
            "right",
        )
        p.text(
            m,
            hh - 20,
            (
                f"{tr(lg, 'User', 'Benutzer', 'Utilisateur')}: "
                f"{serial(keyed(who, 'user'), 'AAA9').lower()}"
            ),
            s.font,
            7,
        )
    remember(pj, d, c)
    return pages


def parts_of(wk: Work, rng: random.Random, lg: str) -> list[tuple[str, int]]:
    """The hire set of a work: score and the parts its instrumentation asks for."""
    out = [(tr(lg, "Full score", "Partitur", "Conducteur"), 1)]
    inst = wk[4]
    winds = inst.split(" - ")[0] if "." in inst.split(" - ")[0] else ""
    names = [
        (tr(lg, "Flute", "Flöte", "Flûte"), 0),
        (tr(lg, "Oboe", "Oboe", "Hautbois"), 1),
        (tr(lg, "Clarinet", "Klarinette", "Clarinette"), 2),
        (tr(lg, "Bassoon", "Fagott", "Basson"), 3),
    ]
    if winds:
        counts = [int(x) for x in winds.split(".")]
        for nm, k in names:
            for j in range(counts[k]):
                out.append((f"{nm} {j + 1}", 1))
    if (
        " 2.0.0.0" in inst
        or " 2.2.0.0" in inst
        or " 2.1.0.0" in inst
        or " 1.0.0.0" in inst
        or " 1.1.1.0" in inst
    ):
        out.append((tr(lg, "Horn 1-2", "Horn 1-2", "Cor 1-2"), 1))
    if "2.2.0.0" in inst or "tpt" in inst or "1.1.1.0" in inst:
        out.append((tr(lg, "Trumpet", "Trompete", "Trompette"), 1))
    if "timp" in inst:
        out.append((tr(lg, "Timpani", "Pauken", "Timbales"), 1))
    if "perc" in inst or "bell" in inst or "tri" in inst:
        out.append((tr(lg, "Percussion", "Schlagzeug", "Percussion"), 1))
    if "hp" in inst:
        out.append((tr(lg, "Harp", "Harfe", "Harpe"), 1))
    if "pf" in inst:
        out.append(("Piano", 1))
    if wk[5]:
        out.append((tr(lg, "Solo part", "Solostimme", "Partie soliste"), 1))
    strings = [
        (tr(lg, "Violin I", "Violine I", "Violon I"), rng.choice([4, 5, 6])),
        (tr(lg, "Violin II", "Violine II", "Violon II"), rng.choice([3, 4, 5])),
        (tr(lg, "Viola", "Viola", "Alto"), rng.choice([3, 4])),
        (tr(lg, "Cello", "Violoncello", "Violoncelle"), rng.choice([2, 3])),
        (tr(lg, "Double bass", "Kontrabass", "Contrebasse"), rng.choice([1, 2])),
    ]
    return out + strings


HIRE_CONDITIONS = {
    "en": [
        "Hire period",
        "Performance licence",
        "Markings",
        "Photocopying",
        "Loss and damage",
        "Late return",
        "Recording and broadcast",
        "Programme credits",
        "Carriage",
    ],
    "de": [
        "Leihfrist",
        "Aufführungsrecht",
        "Eintragungen",
        "Vervielfältigung",
        "Verlust und Beschädigung",
        "Verspätete Rücksendung",
        "Mitschnitte und Sendungen",
        "Programmhinweis",
        "Versand",
    ],
    "fr": [
        "Durée de location",
        "Droit d'exécution",
        "Annotations",
        "Photocopies",
        "Perte et détérioration",
        "Retour tardif",
        "Enregistrements",
        "Mentions au programme",
        "Transport",
    ],
}


def tpl_hire_invoice(rng: random.Random, who: Issuer) -> list[Page]:
    """A music publisher's hire library invoice for the performance material of a project:
    the hire fees by work and performance, carriage and VAT, the return date; the list of
    material despatched (score and parts, set numbers) on a page of its own, now and then the
    conditions of hire behind."""
    h = head_of(who, "hire", abroad=0.25)
    lg = h.lang
    # The library's own works of the month's projects; failing those, any hired work of a
    # project (the library acting as agent for another publisher).
    ours = [
        (pj, i)
        for pj in PROJECTS
        for i in pj.works
        if WORKS[i][3] and WORKS[i][3].split()[0] in h.name
    ]
    if ours:
        pj = rng.choice(ours)[0]
        hired = [i for q, i in ours if q is pj]
    else:
        pj = rng.choice(PROJECTS)
        hired = [i for i in pj.works if WORKS[i][3]] or [
            rng.choice([i for i, wk in enumerate(WORKS) if wk[3]])
        ]
        if len(hired) > 1 and rng.random() < 0.5:
            hired = rng.sample(hired, 1)
    s = style_of(h, A4 if lg != "en" or rng.random() < 0.8 else LETTER)
    w = s.page_size[0]
    m = s.margin
    d = pj.calls[0].day - timedelta(days=rng.randint(7, 30))
    inv = serial(rng, rng.choice(["H999999", "LM-99-9999", "99999/L", "HIRE-99999"]))
    f = sheets(
        s, h, f"{h.name} - {tr(lg, 'Hire invoice', 'Leihrechnung', 'Facture de location')} {inv}"
    )
    recipient(
        f,
        s,
        h,
        orch_lines(tr(lg, "The Librarian", "Notenbibliothek", "Bibliothèque d'orchestre")),
        d,
        [
            (tr(lg, "Invoice", "Rechnung", "Facture"), inv),
            (tr(lg, "Account", "Kunden-Nr.", "Compte"), serial(keyed(who, "acct"), "999999")),
            (tr(lg, "Order ref", "Ihre Bestellung", "Votre commande"), serial(rng, "LIB/99/99")),
        ],
    )
    caption(
        f,
        s,
        tr(
            lg,
            "Hire Invoice - Performance Material",
            "Leihrechnung Aufführungsmaterial",
            "Facture de location de matériel d'orchestre",
        ),
        2,
    )
    cs = concerts(pj)
    f.y = (
        pairs(
            f.page,
            s,
            m,
            f.y,
            [
                (tr(lg, "Conductor", "Dirigent", "Chef"), pj.conductor),
                (
                    tr(lg, "Performances", "Aufführungen", "Exécutions"),
                    ", ".join(
                        (
                            f"{short(c.day, lg)} "
                            f"{town_of(pj.venues[min(c.venue, len(pj.venues) - 1)][2])}"
                        )
                        for c in cs
                    ),
                ),
                (
                    tr(lg, "Return by", "Rücksendung bis", "Retour avant le"),
                    day(h, cs[-1].day + timedelta(days=14)),
                ),
            ],
            w - m,
        )
        + 6
    )
    cols = columns(m, w - m, [(4.5, "left"), (1, "right"), (1.2, "right"), (1.2, "right")])
    rows = []
    net = 0.0
    for i in hired:
        wk = WORKS[i]
        fee = rng.choice([145.0, 180.0, 210.0, 265.0, 320.0, 395.0])
        rows.append(
            [
                fit(f"{wk[0]}: {work_title(i, lg)}", s.font, s.size - 1, 260),
                str(len(cs)),
                money(fee, lg),
                money(fee * len(cs), lg),
            ]
        )
        net += fee * len(cs)
        if rng.random() < 0.3:
            ex = rng.choice([28.0, 35.0, 48.0])
            rows.append(
                [
                    tr(
                        lg,
                        "  extra string parts",
                        "  zusätzliche Streicherstimmen",
                        "  parties de cordes supplémentaires",
                    ),
                    str(rng.randint(2, 6)),
                    money(ex / 4, lg),
                    money(ex, lg),
                ]
            )
            net += ex
    carr = rng.choice([14.5, 18.9, 24.0, 36.0])
    rows.append(
        [
            tr(lg, "Carriage and packing", "Versandkosten", "Frais d'envoi"),
            "1",
            money(carr, lg),
            money(carr, lg),
        ]
    )
    net += carr
    table(
        f,
        cols,
        [
            tr(lg, "Work", "Werk", "Oeuvre"),
            tr(lg, "Perf.", "Auff.", "Exéc."),
            tr(lg, "Fee", "Gebühr", "Prix"),
            tr(lg, "Amount", "Betrag", "Montant"),
        ],
        rows,
        s,
        rules=rng.random() < 0.5,
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
            "Reverse charge - customer to account for VAT.",
            "Steuerschuldnerschaft des Leistungsempfängers.",
            "Autoliquidation.",
        ),
    )
    write(
        f,
        s,
        tr(
            lg,
            (
                "Performance fees for public performance are "
                "licensed separately by the collecting society."
            ),
            "Aufführungsrechte werden gesondert über die GEMA abgerechnet.",
            "Les droits d'exécution publique sont perçus séparément par la SACEM.",
        ),
        s.size - 1.5,
    )
    pages = f.pages
    pl = sheets(
        s, h, f"{h.name} - {tr(lg, 'Material list', 'Materialliste', 'Liste du matériel')} {inv}"
    )
    caption(
        pl, s, tr(lg, "Material despatched", "Versandte Materialien", "Matériel expédié"), 2, True
    )
    for i in hired:
        wk = WORKS[i]
        pl.heading(
            m, fit(f"{wk[0]} - {work_title(i, lg)}", s.bold, s.size, w - 2 * m), s.bold, s.size
        )
        set_no = serial(rng, "Set 9999")
        cols2 = columns(m, w - m, [(3, "left"), (0.8, "right"), (1.5, "left"), (2, "left")])
        cols2[2] = (cols2[2][0] + 14, cols2[2][1], "left")
        table(
            pl,
            cols2,
            [
                tr(lg, "Item", "Stimme", "Partie"),
                tr(lg, "Qty", "Anz.", "Qté"),
                tr(lg, "Set", "Satz", "Jeu"),
                tr(lg, "Remarks", "Bemerkung", "Remarques"),
            ],
            [
                [
                    t,
                    str(q),
                    set_no,
                    rng.choice(
                        [
                            "",
                            "",
                            "",
                            tr(lg, "bowed", "eingerichtet", "coups d'archet"),
                            tr(lg, "new print", "Neudruck", "nouvelle édition"),
                        ]
                    ),
                ]
                for t, q in parts_of(wk, rng, lg)
            ],
            s,
            size=s.size - 1.5,
            step=1.45,
        )
        pl.y += 6
    write(
        pl,
        s,
        tr(
            lg,
            (
                "Please check the material on arrival and return "
                "it complete, unmarked except in soft pencil."
            ),
            "Bitte prüfen Sie das Material bei Eingang; Eintragungen nur mit weichem Bleistift.",
            (
                "Merci de vérifier le matériel à réception ; "
                "annotations au crayon à papier uniquement."
            ),
        ),
        s.size - 1,
    )
    pages += pl.pages
    if keyed(who, "cond").random() < 0.4:
        pages.append(
            small_print(
                rng,
                s,
                lg,
                tr(lg, "Conditions of Hire", "Leihbedingungen", "Conditions de location"),
                HIRE_CONDITIONS[lg],
            )
        )
    received(rng, pages[0], home(), d, 0.35)
    remember(pj, d)
    return close(pages, s, h)


def society_lang() -> str:
    return home()


def tpl_programme_return(rng: random.Random, who: Issuer) -> list[Page]:
    """The performing rights society's programme return for one concert, filled in by the
    orchestra (PRS concert programme return, GEMA Musikfolge E-Musik, SACEM programme des
    oeuvres): event and licensee boxes, the works table in hand, receipts and attendance, the
    declaration and signature; a continuation sheet when the works run over."""
    lg = home()
    h = make_head(keyed(who, "soc").choice(SENDERS["society"][lg]), lg, "society")
    pj = project_for(rng, ("programme_return",))
    cs = home_concerts(pj)
    c = cs[rng.randrange(len(cs))]
    v = pj.venues[min(c.venue, len(pj.venues) - 1)]
    s = style_of(h, A4, margin=40, pt=8.5)
    w, hh = s.page_size
    m = s.margin
    p = Page(s.page_size)
    y = heading(p, s, h)
    title = tr(
        lg,
        "Concert Programme Return - Classical Concerts",
        "Musikfolge für Konzerte der ernsten Musik",
        "Programme des oeuvres exécutées - concerts de musique classique",
    )
    form = tr(lg, "Form CPR/1", "Formular E-M 1", "Imprimé 1207")
    p.text(m, y, fit(title, s.bold, 12, w - 2 * m - 70), s.bold, 12)
    p.text(w - m, y, form, s.font, 7, "right")
    y += 18
    lic = serial(keyed(who, "lic"), {"en": "LC/9999999", "de": "9999999", "fr": "999 999 999"}[lg])
    y = fields(
        p,
        s,
        m,
        y,
        w - 2 * m,
        [
            (tr(lg, "Licensee / promoter", "Veranstalter", "Organisateur"), orch_name()),
            (tr(lg, "Licence / customer no.", "Kunden-Nr.", "N° de contrat"), lic),
            (tr(lg, "Venue", "Veranstaltungsort", "Lieu"), v[0]),
            (tr(lg, "Town", "Ort", "Commune"), town_of(v[2])),
            (tr(lg, "Date of concert", "Datum", "Date"), short(c.day, lg)),
            (tr(lg, "Start time", "Beginn", "Heure"), c.start),
            (
                tr(lg, "Gross box office receipts", "Bruttoeinnahmen", "Recettes brutes"),
                cash(rng.randint(3200, 14000), lg),
            ),
            (tr(lg, "Attendance", "Besucher", "Nombre d'entrées"), str(rng.randint(180, 760))),
        ],
        per=2,
        tall=25,
        hand=True,
    )
    y += 4
    p.text(
        m,
        y,
        tr(
            lg,
            "Works performed (including encores)",
            "Gespielte Werke (einschl. Zugaben)",
            "Oeuvres exécutées (y compris bis)",
        ),
        s.bold,
        9,
    )
    y += 8
    cols = columns(
        m, w - m, [(2.3, "left"), (3.5, "left"), (1.6, "left"), (2, "left"), (0.8, "right")]
    )
    head = [
        tr(lg, "Composer", "Komponist", "Compositeur"),
        tr(lg, "Title of work", "Titel des Werkes", "Titre de l'oeuvre"),
        tr(lg, "Arranger", "Bearbeiter", "Arrangeur"),
        tr(lg, "Publisher", "Verlag", "Éditeur"),
        tr(lg, "Mins", "Min.", "Durée"),
    ]
    rows = [
        (
            WORKS[i][0].split(" / ")[0],
            work_title(i, lg),
            WORKS[i][0].split(" / ")[1] if " / " in WORKS[i][0] else "",
            WORKS[i][3] or tr(lg, "public domain", "gemeinfrei", "domaine public"),
            str(WORKS[i][2]),
        )
        for i in pj.works
    ]
    if rng.random() < 0.5:
        enc = rng.choice(WORKS)
        rows.append(
            (
                enc[0].split(" / ")[0],
                (
                    f"{enc[1][HOME_IDX[lg]]} "
                    f"({tr(lg, 'encore, excerpt', 'Zugabe, Auszug', 'bis, extrait')})"
                ),
                "",
                enc[3],
                str(rng.randint(3, 6)),
            )
        )
    cap = max(len(rows) + 2, rng.choice([8, 10, 12]))
    sheet_rows = cap if rng.random() < 0.8 else 4
    rh = 20

    def grid(pg: Page, y0: float, rws: list[tuple[str, str, str, str, str]], n: int) -> float:
        pg.rect(m, y0, w - 2 * m, 14, fill=0.88)
        for col, t in zip(cols, head, strict=True):
            pg.text(col[0] + 2, y0 + 10, fit(t, s.bold, 7, col[1] - col[0] - 4), s.bold, 7)
        yy = y0 + 14
        for k in range(n):
            pg.rect(m, yy, w - 2 * m, rh)
            for col in cols[1:]:
                pg.line(col[0] - 2, yy, col[0] - 2, yy + rh)
            if k < len(rws):
                for col, t in zip(cols, rws[k], strict=True):
                    if t:
                        pg.text(col[0] + 2, yy + 14, fit(t, HAND, 8, col[1] - col[0] - 4), HAND, 8)
            yy += rh
        return yy + 10

    pages = [p]
    y = grid(p, y, rows[:sheet_rows], min(sheet_rows, max(4, int((hh - y - 190) // rh))))
    rest = rows[sheet_rows:]
    p.text(
        m,
        y + 4,
        tr(
            lg,
            (
                "Declaration: I certify that the above is a complete "
                "and accurate record of the music performed."
            ),
            "Hiermit wird die Richtigkeit und Vollständigkeit der Angaben bestätigt.",
            "Je certifie l'exactitude du présent programme.",
        ),
        s.font,
        7.5,
    )
    y += 18
    p.text(m, y + 10, tr(lg, "Signature", "Unterschrift", "Signature"), s.font, 7)
    scrawl(p, m + 50, y + 12, orch_person("librarian"), 12)
    p.text(w / 2, y + 10, tr(lg, "Name / position", "Name / Funktion", "Nom / qualité"), s.font, 7)
    hand(
        p,
        w / 2 + 70,
        y + 10,
        f"{orch_person('librarian')}, {role_of('librarian', lg)}",
        8,
        w / 2 - m - 72,
    )
    y += 30
    p.text(
        m,
        y,
        tr(
            lg,
            f"Return within 28 days to {h.name}, {h.street}, {h.town}.",
            f"Bitte innerhalb von 10 Tagen nach der Veranstaltung an {h.name} senden.",
            f"À retourner sous 10 jours à {h.name}.",
        ),
        s.font,
        6.5,
    )
    if rest:
        q = Page(s.page_size)
        q.text(
            m, 40, tr(lg, "Continuation sheet", "Fortsetzungsblatt", "Feuille de suite"), s.bold, 11
        )
        q.text(w - m, 40, f"{form} - {lic}", s.font, 7, "right")
        grid(q, 60, rest, max(len(rest) + 3, 10))
        pages.append(q)
    if rng.random() < 0.4:
        stamp(
            p,
            w - 190,
            36,
            [
                tr(lg, "COPY", "KOPIE", "COPIE"),
                tr(
                    lg,
                    f"sent {short(c.day + timedelta(days=5), lg)}",
                    f"versandt {short(c.day + timedelta(days=5), lg)}",
                    f"envoyé le {short(c.day + timedelta(days=5), lg)}",
                ),
            ],
        )
    remember(pj, c.day, c)
    return pages


def tpl_licence_statement(rng: random.Random, who: Issuer) -> list[Page]:
    """The performing rights society's invoice for the concerts of a period (PRS Tariff LC,
    GEMA Tarif U-K, SACEM concerts classiques): the events with receipts, rate and minimum,
    the licence fee, VAT, the direct debit or payment note; now and then an explanation page."""
    lg = home()
    h = make_head(keyed(who, "soc").choice(SENDERS["society"][lg]), lg, "society")
    s = style_of(h, A4)
    w = s.page_size[0]
    m = s.margin
    pj = project_for(rng, ("programme_return",))
    d = last_day(rng, ("programme_return",), (14, 50))
    inv = serial(rng, {"en": "99999999", "de": "RG 9999999999", "fr": "F 99 999999"}[lg])
    f = sheets(s, h, f"{h.name} - {tr(lg, 'Invoice', 'Rechnung', 'Facture')} {inv}")
    recipient(
        f,
        s,
        h,
        orch_lines(),
        d,
        [
            (tr(lg, "Invoice no.", "Rechnungs-Nr.", "Facture n°"), inv),
            (
                tr(lg, "Licence no.", "Mitglieds-/Kunden-Nr.", "Client n°"),
                serial(
                    keyed(who, "lic"),
                    {"en": "LC/9999999", "de": "9999999", "fr": "999 999 999"}[lg],
                ),
            ),
        ],
    )
    tariff = tr(
        lg,
        "Tariff LC - Live Concerts of Classical Music",
        "Tarif U-K - Konzerte der ernsten Musik",
        "Concerts de musique classique - règle générale",
    )
    caption(f, s, tr(lg, "Licence Fee Invoice", "Rechnung", "Facture de droits d'auteur"), 2)
    write(f, s, tariff, s.size - 0.5)
    cols = columns(
        m, w - m, [(1.2, "left"), (3, "left"), (1.5, "right"), (0.8, "right"), (1.4, "right")]
    )
    rows = []
    net = 0.0
    for c in home_concerts(pj):
        rec = rng.randint(3200, 14000)
        rate = {"en": 4.2, "de": 5.75, "fr": 5.5}[lg]
        fee = max(round(rec * rate / 100, 2), {"en": 48.0, "de": 61.2, "fr": 55.0}[lg])
        net += fee
        rows.append(
            [
                short(c.day, lg),
                pj.venues[min(c.venue, len(pj.venues) - 1)][0],
                money(rec, lg),
                f"{rate:g}%",
                money(fee, lg),
            ]
        )
    table(
        f,
        cols,
        [
            tr(lg, "Date", "Datum", "Date"),
            tr(lg, "Venue", "Veranstaltungsort", "Lieu"),
            tr(lg, "Receipts", "Einnahmen", "Recettes"),
            tr(lg, "Rate", "Satz", "Taux"),
            tr(lg, "Fee", "Vergütung", "Droits"),
        ],
        rows,
        s,
        rules=True,
    )
    if lg == "de" and rng.random() < 0.5:
        disc = round(net * 0.2, 2)
        f.page.text(
            m,
            f.y,
            "Gesamtvertragsnachlass 20 % (Mitglied Deutscher Bühnenverein)",
            s.font,
            s.size - 1,
        )
        f.page.text(w - m, f.y, f"-{money(disc, lg)}", s.font, s.size - 1, "right")
        f.y += 16
        net -= disc
    totals(f, s, lg, round(net, 2), {"en": 20.0, "de": 7.0, "fr": 10.0}[lg])
    write(
        f,
        s,
        tr(
            lg,
            (
                "The amount will be collected by Direct Debit "
                "on or after 14 days from the invoice date."
            ),
            (
                "Der Betrag wird im SEPA-Lastschriftverfahren "
                "von Ihrem Konto eingezogen. Mandatsreferenz "
            )
            + serial(rng, "G9999999999"),
            "Règlement à réception par virement ou prélèvement SEPA.",
        ),
        s.size - 1,
    )
    pages = f.pages
    if rng.random() < 0.35:
        pages.append(
            small_print(
                rng,
                s,
                lg,
                tr(
                    lg,
                    "Notes to your invoice",
                    "Erläuterungen zur Rechnung",
                    "Informations sur votre facture",
                ),
                [
                    tr(lg, t[0], t[1], t[2])
                    for t in [
                        ("How we calculate", "Berechnungsgrundlage", "Calcul des droits"),
                        ("Minimum fee", "Mindestvergütung", "Minimum de perception"),
                        ("Programme returns", "Musikfolgen", "Programmes"),
                        ("Queries", "Rückfragen", "Réclamations"),
                        ("Payment", "Zahlung", "Paiement"),
                    ]
                ],
                "money",
            )
        )
    received(rng, pages[0], lg, d, 0.4)
    remember(pj, d)
    return close(pages, s, h)


# ---------------------------------------------------------------------------------------------
# Templates NNN: insurance, touring, funders
# ---------------------------------------------------------------------------------------------

MAKERS = [
    (
        "Violin",
        "Violine",
        "violon",
        [
            "Giovanni Grancino, Milan",
            "J.B. Vuillaume, Paris",
            "Enrico Ceruti",
            "W.E. Hill & Sons",
            "Roger Hargrave",
            "Stefan-Peter Greiner",
        ],
    ),
    (
        "Viola",
        "Viola",
        "alto",
        ["Charles Gaillard", "Paul Kaul", "Hiroshi Iizuka", "Gasparo da Salò (school of)"],
    ),
    (
        "Cello",
        "Violoncello",
        "violoncelle",
        ["Charles Jacquot", "Georg Kloz", "David Rubio", "unlabelled, German c.1880"],
    ),
    (
        "Double bass",
        "Kontrabass",
        "contrebasse",
        ["Paul Claudot", "Heinrich Knopf", "English, c.1820"],
    ),
    ("Bow", "Bogen", "archet", ["F.N. Voirin", "E. Sartory", "W.E. Hill & Sons", "Pfretzschner"]),
    (
        "Timpani (set of 4)",
        "Pauken (Satz 4)",
        "timbales (jeu de 4)",
        ["Adams", "Lefima", "Kolberg"],
    ),
    (
        "Harpsichord",
        "Cembalo",
        "clavecin",
        ["Robert Goble & Son", "Martin Skowroneck", "Marc Ducornet"],
    ),
    ("Chamber organ", "Truhenorgel", "orgue positif", ["Klop", "Henk Klop", "Kenneth Tickell"]),
]


def tpl_insurance_schedule(rng: random.Random, who: Issuer) -> list[Page]:
    """An instrument insurance broker's renewal: the covering letter, the policy schedule
    (insured, period, cover, excesses, premium), the schedule of instruments with makers,
    serial numbers and sums insured on landscape pages, and the policy conditions; or a single
    endorsement adding an instrument."""
    h = head_of(who, "broker")
    lg = h.lang
    s = style_of(h, A4)
    w = s.page_size[0]
    m = s.margin
    d = some_day(rng, -10, 30)
    pol = serial(keyed(who, "pol"), rng.choice(["MI/999999/99", "KV-9999999", "ADP 999 999"]))
    who_ = staff(h, "broker")
    start = date(d.year, d.month, 1) + timedelta(days=31)
    start = date(start.year, start.month, 1)
    if rng.random() < 0.3:
        f = sheets(s, h)
        recipient(
            f,
            s,
            h,
            orch_lines(orch_person("finance")),
            d,
            [(tr(lg, "Policy", "Vertrag", "Police"), pol)],
        )
        caption(
            f,
            s,
            tr(
                lg,
                f"Endorsement No. {rng.randint(2, 9)}",
                f"Nachtrag Nr. {rng.randint(2, 9)}",
                f"Avenant n° {rng.randint(2, 9)}",
            ),
            4,
        )
        mk = rng.choice(MAKERS)
        val = rng.choice([4500, 8200, 12000, 18500, 26000])
        write(
            f,
            s,
            tr(
                lg,
                (
                    f"With effect from {day(h, d)} the following "
                    "item is added to the schedule of instruments:"
                ),
                (
                    f"Mit Wirkung vom {day(h, d)} wird folgendes "
                    "Instrument in die Versicherung aufgenommen:"
                ),
                (
                    f"À compter du {day(h, d)}, l'instrument suivant "
                    "est ajouté à la liste des biens assurés :"
                ),
            ),
        )
        f.y = fields(
            f.page,
            s,
            m,
            f.y,
            w - 2 * m,
            [
                (tr(lg, "Item", "Gegenstand", "Désignation"), mk[HOME_IDX[lg]]),
                (
                    tr(lg, "Maker / origin", "Hersteller / Herkunft", "Facteur / origine"),
                    rng.choice(mk[3]),
                ),
                (tr(lg, "Sum insured", "Versicherungssumme", "Valeur assurée"), cash(val, lg)),
                (
                    tr(lg, "Additional premium", "Mehrbeitrag", "Surprime"),
                    cash(round(val * 0.0065 * rng.uniform(0.4, 1.0), 2), lg),
                ),
            ],
            per=2,
            hand=False,
        )
        write(
            f,
            s,
            tr(
                lg,
                "All other terms, conditions and exceptions of the policy remain unchanged.",
                "Alle übrigen Vereinbarungen bleiben unverändert.",
                "Les autres conditions de la police demeurent inchangées.",
            ),
        )
        regards(f, s, lg, who_, tr(lg, "Account Handler", "Kundenbetreuung", "Chargé de clientèle"))
        received(rng, f.pages[0], home(), d, 0.3)
        remember(None, d)
        return close(f.pages, s, h)
    pages: list[Page] = []
    cl = sheets(s, h)
    recipient(
        cl, s, h, orch_lines(orch_person("gm")), d, [(tr(lg, "Policy", "Vertrag", "Police"), pol)]
    )
    cl.page.text(
        m,
        cl.y,
        fit(
            tr(
                lg,
                "Musical instruments insurance - renewal",
                "Musikinstrumentenversicherung - Verlängerung",
                "Assurance instruments de musique - renouvellement",
            ),
            s.bold,
            s.size,
            w - 2 * m,
        ),
        s.bold,
        s.size,
    )
    cl.y += s.size * 2.2
    cl.page.text(m, cl.y, salute(lg, mx(orch_person("gm"), lg)), s.font, s.size)
    cl.y += s.size * 2
    write(
        cl,
        s,
        tr(
            lg,
            (
                "We are pleased to enclose the renewal schedule for "
                f"the period from {day(h, start)}. Please check the "
                "schedule of instruments carefully and let us "
                "know of any changes in value or items sold."
            ),
            "anbei erhalten Sie den Versicherungsschein für die "
            f"Versicherungsperiode ab {day(h, start)}. Bitte prüfen "
            "Sie das Instrumentenverzeichnis und teilen Sie uns Wertänderungen mit.",
            "Nous avons le plaisir de vous adresser les conditions "
            "particulières pour la période débutant le "
            f"{day(h, start)}. Merci de vérifier la liste des instruments.",
        ),
    )
    write(cl, s, prose(rng, lg, "money", 1, 2))
    regards(cl, s, lg, who_, tr(lg, "Account Executive", "Kundenbetreuung", "Chargé de clientèle"))
    pages += cl.pages
    f = sheets(
        s,
        h,
        f"{h.name} - {tr(lg, 'Schedule', 'Versicherungsschein', 'Conditions particulières')} {pol}",
    )
    caption(
        f, s, tr(lg, "POLICY SCHEDULE", "VERSICHERUNGSSCHEIN", "CONDITIONS PARTICULIÈRES"), 4, True
    )
    items = []
    total = 0
    for _ in range(rng.randint(9, 30)):
        mk = rng.choice(MAKERS)
        val = rng.choice([1800, 3500, 6200, 9800, 14500, 22000, 38000, 65000])
        total += val
        items.append(
            (
                mk[HOME_IDX[lg]],
                rng.choice(mk[3]),
                str(rng.choice([1780, 1845, 1870, 1902, 1925, 1968, 1994, 2011, 2019])),
                serial(rng, rng.choice(["99999", "A-9999", "-", "9999/99"])),
                val,
            )
        )
    prem = round(total * rng.uniform(0.004, 0.008), 2)
    f.y = (
        pairs(
            f.page,
            s,
            m,
            f.y,
            [
                (tr(lg, "Insured", "Versicherungsnehmer", "Assuré"), orch_name()),
                (tr(lg, "Policy number", "Vertragsnummer", "N° de police"), pol),
                (
                    tr(lg, "Period", "Laufzeit", "Période"),
                    (
                        f"{day(h, start)} - "
                        f"{day(h, date(start.year + 1, start.month, 1) - timedelta(days=1))}"
                    ),
                ),
                (
                    tr(lg, "Cover", "Deckung", "Garantie"),
                    tr(
                        lg,
                        "All risks, worldwide, including transit",
                        "Allgefahren, weltweit, inkl. Transport",
                        "Tous risques, monde entier, transport compris",
                    ),
                ),
                (
                    tr(lg, "Insurer", "Versicherer", "Assureur"),
                    rng.choice(
                        [
                            "Hiscox",
                            "Lloyd's syndicate 1880",
                            "Mannheimer Versicherung AG",
                            "AXA Art",
                            "Helvetia",
                        ]
                    ),
                ),
                (
                    tr(lg, "Total sum insured", "Gesamtversicherungssumme", "Capital total assuré"),
                    cash(total, lg),
                ),
                (
                    tr(lg, "Excess", "Selbstbeteiligung", "Franchise"),
                    cash(rng.choice([100, 150, 250]), lg),
                ),
                (tr(lg, "Annual premium", "Jahresbeitrag", "Prime annuelle"), cash(prem, lg)),
                (
                    tr(lg, "Insurance Premium Tax", "Versicherungsteuer 19 %", "Taxes"),
                    cash(round(prem * {"en": 0.12, "de": 0.19, "fr": 0.09}[lg], 2), lg),
                ),
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
            "Instruments in unattended vehicles are covered "
            "only if locked out of sight in the boot between "
            "07:00 and 21:00.",
            "Für Instrumente in unbeaufsichtigten Fahrzeugen besteht Versicherungsschutz nur "
            "zwischen 6 und 22 Uhr im verschlossenen Kofferraum.",
            (
                "Les instruments laissés dans un véhicule ne sont "
                "garantis que de 7 h à 21 h, coffre fermé à clé."
            ),
        ),
        s.size - 1,
    )
    pages += f.pages
    L = style_of(h, LAND, margin=40, pt=8.5)
    lw, lh = L.page_size
    lf = Sheets(
        (lw, lh),
        lh - 50,
        lambda p, n: (
            running_header(
                p,
                L,
                (
                    f"{h.name} - {pol} - "
                    + tr(
                        lg,
                        "Schedule of instruments",
                        "Instrumentenverzeichnis",
                        "Liste des instruments",
                    )
                ),
            )
            + 10
        ),
    )
    caption(
        lf,
        L,
        tr(
            lg,
            "Schedule of instruments",
            "Instrumentenverzeichnis",
            "Liste des instruments assurés",
        ),
        2,
    )
    cols = columns(
        40,
        lw - 40,
        [
            (0.5, "left"),
            (2, "left"),
            (3, "left"),
            (0.8, "left"),
            (1.3, "left"),
            (1.8, "left"),
            (1.4, "right"),
        ],
    )
    rows = [
        [
            str(k),
            it[0],
            it[1],
            it[2],
            it[3],
            tr(lg, "Orchestra stock", "Orchesterbesitz", "Parc de l'orchestre")
            if rng.random() < 0.6
            else rng.choice(MUSICIANS[home()])[0],
            money(it[4], lg),
        ]
        for k, it in enumerate(items, 1)
    ]
    table(
        lf,
        cols,
        [
            "#",
            tr(lg, "Item", "Gegenstand", "Objet"),
            tr(lg, "Maker", "Hersteller", "Facteur"),
            tr(lg, "Year", "Jahr", "Année"),
            tr(lg, "Serial", "Nr.", "N° série"),
            tr(lg, "Custody", "Verwahrung", "Détenteur"),
            tr(lg, "Sum insured", "Vers.-Summe", "Valeur"),
        ],
        rows,
        L,
        shade=0.9,
        rules=True,
        step=1.7,
    )
    lf.y += 4
    lf.page.text(
        lw - 40, lf.y, f"{tr(lg, 'Total', 'Summe', 'Total')}  {cash(total, lg)}", L.bold, 9, "right"
    )
    pages += lf.pages
    if keyed(who, "cond").random() < 0.6:
        pages.append(
            small_print(
                rng,
                s,
                lg,
                tr(
                    lg,
                    "Policy conditions (summary)",
                    "Versicherungsbedingungen (Auszug)",
                    "Conditions générales (extrait)",
                ),
                [
                    tr(lg, t[0], t[1], t[2])
                    for t in [
                        ("Cover", "Umfang", "Étendue"),
                        ("Exclusions", "Ausschlüsse", "Exclusions"),
                        ("Valuation", "Wertermittlung", "Évaluation"),
                        ("Claims", "Schadenfall", "Sinistres"),
                        ("Transit", "Transport", "Transport"),
                        ("Cancellation", "Kündigung", "Résiliation"),
                        ("Complaints", "Beschwerden", "Réclamations"),
                    ]
                ],
                "legal",
            )
        )
    received(rng, pages[0], home(), d, 0.3)
    remember(None, d)
    return close(
        pages,
        s,
        h,
        numbers=h.numbers
        if rng.random() < 0.5
        else (
            "Page {i} of {n}"
            if lg == "en"
            else "Seite {i} von {n}"
            if lg == "de"
            else "Page {i}/{n}"
        ),
    )


def tour_project(rng: random.Random) -> Project:
    tours = [p for p in PROJECTS if p.tour]
    return rng.choice(tours or PROJECTS)


def tpl_travel_confirmation(rng: random.Random, who: Issuer) -> list[Page]:
    """A group travel agent's booking confirmation for a tour: itinerary table (coach, flights
    or rail), the passenger list with instruments (extra seats for cellos, hold cases for
    basses), the price, deposit and balance dates, then the booking conditions."""
    h = head_of(who, "travel")
    lg = h.lang
    pj = tour_project(rng)
    s = style_of(h, A4)
    w = s.page_size[0]
    m = s.margin
    d = pj.calls[0].day - timedelta(days=rng.randint(20, 60))
    ref = serial(rng, rng.choice(["GR-99999", "TT/99/999", "RB99999"]))
    f = sheets(s, h, f"{h.name} - {tr(lg, 'Booking', 'Buchung', 'Dossier')} {ref}")
    recipient(
        f,
        s,
        h,
        orch_lines(orch_person("planner")),
        d,
        [(tr(lg, "Booking ref", "Vorgangs-Nr.", "Dossier"), ref)],
    )
    caption(
        f, s, tr(lg, "Booking Confirmation", "Reisebestätigung", "Confirmation de réservation"), 4
    )
    cs = concerts(pj)
    home_town = town_of(orch()[2])
    legs = []
    prev = home_town
    for c in cs:
        to = town_of(pj.venues[min(c.venue, len(pj.venues) - 1)][2])
        if to != prev:
            legs.append((c.day, prev, to))
            prev = to
    legs.append((cs[-1].day + timedelta(days=1), prev, home_town))
    mode = rng.choice(["coach", "coach", "air", "rail"])
    rows = []
    for dd, a, b in legs:
        if mode == "air" and a != b:
            fl = f"{rng.choice(['EZY', 'LH', 'AF', 'BA', 'EW'])} {rng.randint(100, 9999)}"
            dep = f"{rng.randint(6, 18):02d}:{rng.choice(['05', '20', '35', '50'])}"
            rows.append(
                [
                    short(dd, lg),
                    f"{a} - {b}",
                    fl,
                    dep,
                    f"{(int(dep[:2]) + rng.randint(1, 2)):02d}:{dep[3:]}",
                ]
            )
        else:
            dep = f"{rng.randint(7, 11):02d}:{rng.choice(['00', '30'])}"
            rows.append(
                [
                    short(dd, lg),
                    f"{a} - {b}",
                    tr(
                        lg,
                        "Coach 49 seats + trailer",
                        "Reisebus 49 Plätze + Anhänger",
                        "Autocar 49 places + remorque",
                    )
                    if mode == "coach"
                    else tr(
                        lg,
                        "Rail, reserved coach",
                        "Bahn, Gruppenreservierung",
                        "Train, voiture réservée",
                    ),
                    dep,
                    f"{(int(dep[:2]) + rng.randint(2, 6)):02d}:{dep[3:]}",
                ]
            )
    cols = columns(
        m, w - m, [(1.2, "left"), (3, "left"), (2.6, "left"), (0.8, "left"), (0.8, "left")]
    )
    table(
        f,
        cols,
        [
            tr(lg, "Date", "Datum", "Date"),
            tr(lg, "Route", "Strecke", "Trajet"),
            tr(lg, "Service", "Leistung", "Prestation"),
            tr(lg, "Dep.", "Ab", "Dép."),
            tr(lg, "Arr.", "An", "Arr."),
        ],
        rows,
        s,
        rules=True,
    )
    f.y += 8
    n = rng.randint(18, 38)
    caption(f, s, tr(lg, f"Passengers ({n})", f"Reiseteilnehmer ({n})", f"Participants ({n})"), 0.5)
    names = [f"{rng.choice(LASTS[home()]).upper()}, {rng.choice(FIRSTS[home()])}" for _ in range(n)]
    cols2 = columns(m, w - m, [(0.5, "left"), (3, "left"), (2, "left"), (2.5, "left")])
    prow = []
    for k, nm in enumerate(names, 1):
        inst = rng.choice(INSTR[lg])
        extra = ""
        if inst in ("Cello", "Violoncello", "violoncelle") and mode == "air":
            extra = tr(
                lg,
                "+ seat for cello (CBBG)",
                "+ Sitzplatz Cello (CBBG)",
                "+ siège violoncelle (CBBG)",
            )
        elif inst in ("Double bass", "Kontrabass", "contrebasse"):
            extra = tr(lg, "flight case in hold", "Flightcase im Laderaum", "flight case en soute")
        prow.append([str(k), nm, inst, extra])
    table(
        f,
        cols2,
        [
            "#",
            tr(lg, "Name", "Name", "Nom"),
            tr(lg, "Instrument", "Instrument", "Instrument"),
            tr(lg, "Notes", "Hinweise", "Remarques"),
        ],
        prow,
        s,
        size=s.size - 1.5,
        step=1.45,
    )
    f.y += 6
    price = round(n * rng.uniform(85, 320), 2)
    f.y = pairs(
        f.page,
        s,
        w * 0.45,
        f.y,
        [
            (tr(lg, "Total price", "Gesamtpreis", "Prix total"), cash(price, lg)),
            (
                tr(lg, "Deposit (25%) due", "Anzahlung 25 % fällig", "Acompte 25 % à verser"),
                f"{cash(round(price / 4, 2), lg)} - {short(d + timedelta(days=10), lg)}",
            ),
            (
                tr(lg, "Balance due", "Restzahlung fällig", "Solde"),
                short(pj.calls[0].day - timedelta(days=14), lg),
            ),
        ],
        w - m,
        s.size - 0.5,
    )
    write(f, s, prose(rng, lg, "travel", 1, 2), s.size - 1)
    pages = f.pages
    if rng.random() < 0.7:
        pages.append(
            small_print(
                rng,
                s,
                lg,
                tr(lg, "Booking Conditions", "Reisebedingungen", "Conditions de vente"),
                [
                    tr(lg, t[0], t[1], t[2])
                    for t in [
                        ("Your contract", "Vertragsschluss", "Contrat"),
                        ("Payment", "Zahlung", "Paiement"),
                        ("Changes", "Änderungen", "Modifications"),
                        ("Cancellation", "Rücktritt", "Annulation"),
                        ("Instruments", "Instrumente", "Instruments"),
                        ("Drivers' hours", "Lenkzeiten", "Temps de conduite"),
                        ("Liability", "Haftung", "Responsabilité"),
                        ("Insurance", "Versicherung", "Assurance"),
                        ("Complaints", "Beanstandungen", "Réclamations"),
                    ]
                ],
                "travel",
            )
        )
    received(rng, pages[0], home(), d, 0.3)
    remember(pj, d, names)
    return close(pages, s, h)


def tpl_hotel_confirmation(rng: random.Random, who: Issuer) -> list[Page]:
    """A hotel's reservation confirmation: a group block for the orchestra with the rooming
    list (now and then on a landscape page), or a single room for the conductor or a soloist;
    rate, breakfast, cancellation terms and a guarantee line to sign and return."""
    h = head_of(who, "hotel", abroad=0.35)
    lg = h.lang
    pj = tour_project(rng)
    ex = LAST["extra"]
    names = ex if after(("travel_confirmation",)) and isinstance(ex, list) else None
    s = style_of(h, A4 if lg != "en" or rng.random() < 0.7 else LETTER)
    w = s.page_size[0]
    m = s.margin
    d = last_day(rng, ("travel_confirmation",), (1, 12))
    arr = concerts(pj)[0].day - timedelta(days=rng.randint(0, 1))
    nights = rng.randint(1, 3)
    conf = serial(rng, rng.choice(["99999999", "RES-999999", "9999-999"]))
    group = names is not None or rng.random() < 0.5
    f = sheets(s, h, f"{h.name} - {tr(lg, 'Confirmation', 'Bestätigung', 'Confirmation')} {conf}")
    recipient(
        f,
        s,
        h,
        orch_lines(orch_person("planner")),
        d,
        [(tr(lg, "Confirmation no.", "Bestätigungs-Nr.", "N° de confirmation"), conf)],
    )
    caption(
        f,
        s,
        tr(
            lg,
            "Reservation Confirmation",
            "Reservierungsbestätigung",
            "Confirmation de réservation",
        ),
        3,
    )
    guest = (
        (orch_name() + " - " + tr(lg, "group", "Gruppe", "groupe"))
        if group
        else rng.choice([pj.conductor] + ([pj.soloist[0]] if pj.soloist else []))
    )
    n_rooms = len(names) if names else rng.randint(12, 34) if group else 1
    rate = rng.choice([79.0, 89.0, 96.0, 112.0, 135.0])
    f.y = fields(
        f.page,
        s,
        m,
        f.y,
        w - 2 * m,
        [
            (tr(lg, "Guest / group", "Gast / Gruppe", "Client / groupe"), guest),
            (tr(lg, "Arrival", "Anreise", "Arrivée"), day(h, arr)),
            (tr(lg, "Departure", "Abreise", "Départ"), day(h, arr + timedelta(days=nights))),
            (
                tr(lg, "Rooms", "Zimmer", "Chambres"),
                f"{n_rooms} x " + tr(lg, "single", "EZ", "individuelle"),
            ),
            (
                tr(lg, "Rate per room/night", "Preis pro Zimmer/Nacht", "Tarif par chambre/nuit"),
                cash(rate, lg),
            ),
            (
                tr(lg, "Breakfast", "Frühstück", "Petit déjeuner"),
                tr(lg, "included", "inklusive", "inclus")
                if rng.random() < 0.6
                else cash(rng.choice([12.5, 16.0, 18.0]), lg),
            ),
        ],
        per=2,
        hand=False,
    )
    write(
        f,
        s,
        tr(
            lg,
            f"Total estimated {cash(rate * n_rooms * nights, lg)}. City tax not included.",
            (
                f"Gesamtbetrag voraussichtlich {cash(rate * n_rooms * nights, lg)} "
                "inkl. 7 % MwSt.; zzgl. Beherbergungsteuer."
            ),
            f"Montant estimé {cash(rate * n_rooms * nights, lg)}, taxe de séjour en sus.",
        ),
        s.size - 0.5,
    )
    write(
        f,
        s,
        tr(
            lg,
            "Cancellation: free of charge until 21 days before "
            "arrival; thereafter 80% of the room rate. "
            "Names for the rooming list are required 7 days before arrival.",
            "Stornierung bis 21 Tage vor Anreise kostenfrei, "
            "danach 80 % des Zimmerpreises. Die Namensliste "
            "benötigen wir 7 Tage vor Anreise.",
            (
                "Annulation sans frais jusqu'à J-21 ; au-delà "
                "80 % du montant. Liste des occupants à J-7."
            ),
        ),
        s.size - 1,
    )
    pages = f.pages
    if group:
        rl = names or [
            f"{rng.choice(LASTS[home()]).upper()}, {rng.choice(FIRSTS[home()])}"
            for _ in range(n_rooms)
        ]
        if rng.random() < 0.45:
            L = style_of(h, LAND, margin=40, pt=8.5)
            lw, lh = L.page_size
            lf = Sheets(
                (lw, lh),
                lh - 40,
                lambda p, n: (
                    running_header(
                        p,
                        L,
                        f"{h.name} - "
                        + tr(lg, "Rooming list", "Zimmerliste", "Liste des occupants")
                        + f" - {conf}",
                    )
                    + 10
                ),
            )
            cols = columns(
                40,
                lw - 40,
                [
                    (0.5, "left"),
                    (3, "left"),
                    (1.2, "left"),
                    (1.2, "left"),
                    (1.2, "left"),
                    (2.5, "left"),
                ],
            )
            table(
                lf,
                cols,
                [
                    "#",
                    tr(lg, "Name", "Name", "Nom"),
                    tr(lg, "Room type", "Kategorie", "Type"),
                    tr(lg, "Arrival", "Anreise", "Arrivée"),
                    tr(lg, "Departure", "Abreise", "Départ"),
                    tr(lg, "Remarks", "Bemerkungen", "Remarques"),
                ],
                [
                    [
                        str(k),
                        nm,
                        "SGL",
                        short(arr, lg),
                        short(arr + timedelta(days=nights), lg),
                        rng.choice(
                            [
                                "",
                                "",
                                "",
                                tr(lg, "late arrival", "späte Anreise", "arrivée tardive"),
                                tr(lg, "ground floor", "EG", "RDC"),
                                "vegan",
                            ]
                        ),
                    ]
                    for k, nm in enumerate(rl, 1)
                ],
                L,
                rules=True,
            )
            pages += lf.pages
        else:
            f2 = f
            caption(f2, s, tr(lg, "Rooming list", "Zimmerliste", "Liste des occupants"), 1)
            cols = columns(m, w - m, [(0.5, "left"), (3, "left"), (1, "left"), (2.5, "left")])
            table(
                f2,
                cols,
                ["#", tr(lg, "Name", "Name", "Nom"), tr(lg, "Room", "Zimmer", "Chambre"), ""],
                [[str(k), nm, "SGL", ""] for k, nm in enumerate(rl, 1)],
                s,
                size=s.size - 1.5,
                step=1.45,
            )
            pages = f2.pages
    last = pages[-1]
    if rng.random() < 0.6:
        y = last.size[1] - m - 60
        last.text(
            m,
            y,
            tr(
                lg,
                "Confirmed and guaranteed by (signature, date):",
                "Verbindlich bestätigt (Unterschrift, Datum):",
                "Bon pour accord (signature, date) :",
            ),
            s.font,
            8,
        )
        last.line(m + 210, y + 2, w - m, y + 2)
        if rng.random() < 0.6:
            scrawl(last, m + 230, y, orch_person("planner"), 11)
    received(rng, pages[0], home(), d, 0.25)
    remember(pj, d, names)
    return close(pages, s, h, numbers="none" if len(pages) == 1 else h.numbers)


SCHEMES = [
    "Music on the Doorstep",
    "Open Rehearsals",
    "Side by Side with young players",
    "Chamber Tours to rural venues",
]


def tpl_funding_agreement(rng: random.Random, who: Issuer) -> list[Page]:
    """A public funder's award: Arts Council England's offer letter with the funding agreement
    (standard conditions, payment schedule, acceptance to sign and return), a German
    Zuwendungsbescheid (Bewilligung, Nebenbestimmungen, Rechtsbehelfsbelehrung) or a French
    convention de subvention with its articles and the budget annex."""
    lg = home()
    h = make_head(keyed(who, "funder").choice(SENDERS["funder"][lg]), lg, "funder")
    s = style_of(h, A4)
    w = s.page_size[0]
    m = s.margin
    d = some_day(rng, -20, 30)
    ref = serial(rng, {"en": "ACE/99999999", "de": "Az. 999-99.99.99", "fr": "N° 2025-99-999"}[lg])
    amount = float(rng.choice([15000, 24500, 38000, 60000, 85000, 120000]))
    off = staff(h, "officer")
    f = sheets(s, h, f"{h.name} - {ref}")
    recipient(
        f,
        s,
        h,
        orch_lines(orch_person("gm")),
        d,
        [(tr(lg, "Our ref", "Aktenzeichen", "Réf."), ref)],
    )
    title = tr(
        lg, "Offer of funding", "Zuwendungsbescheid", "Convention de subvention de fonctionnement"
    )
    caption(f, s, title, 3)
    pay = [
        (d + timedelta(days=30 * k), round(amount * pc, 2))
        for k, pc in enumerate(rng.choice([(0.5, 0.4, 0.1), (0.8, 0.2), (0.25, 0.25, 0.25, 0.25)]))
    ]
    if lg == "de":
        write(
            f,
            s,
            (
                f"Sehr geehrte{'' if orch_person('gm').split()[0] in FEMALE else 'r'} "
                f"{mx(orch_person('gm'), lg)},"
            ),
        )
        write(
            f,
            s,
            (
                "auf Ihren Antrag vom "
                f"{day(h, d - timedelta(days=rng.randint(40, 120)))} ergeht folgender"
            ),
        )
        caption(f, s, "B e s c h e i d", 1)
        for head_, txt in [
            (
                "I. Bewilligung",
                "Ihnen wird für die Durchführung der Konzertsaison "
                f"{d.year}/{(d.year + 1) % 100} eine Zuwendung in "
                f"Höhe von {cash(amount, lg)} als Festbetragsfinanzierung bewilligt.",
            ),
            (
                "II. Bewilligungszeitraum",
                f"{day(h, date(d.year, 1, 1))} bis {day(h, date(d.year, 12, 31))}",
            ),
            (
                "III. Nebenbestimmungen",
                "Die Allgemeinen Nebenbestimmungen für Zuwendungen "
                "zur Projektförderung (ANBest-P) sind "
                "Bestandteil dieses Bescheides. " + prose(rng, lg, "fund", 2, 4),
            ),
            (
                "IV. Auszahlung",
                (
                    "Die Mittel werden auf Anforderung ausgezahlt, soweit "
                    "sie innerhalb von zwei Monaten benötigt werden."
                ),
            ),
            (
                "V. Verwendungsnachweis",
                "Der Verwendungsnachweis ist bis zum 30.06. des Folgejahres vorzulegen. "
                + prose(rng, lg, "fund", 1, 2),
            ),
        ]:
            f.heading(m, head_, s.bold, s.size)
            write(f, s, txt)
        f.heading(m, "Rechtsbehelfsbelehrung", s.bold, s.size)
        write(
            f,
            s,
            "Gegen diesen Bescheid kann innerhalb eines Monats "
            "nach Bekanntgabe Klage beim Verwaltungsgericht "
            f"{town_of(h.town)} erhoben werden.",
            s.size - 1,
        )
    elif lg == "fr":
        write(
            f,
            s,
            f"Entre {h.name}, ci-après « la collectivité », et {orch_name()}, "
            "association régie par la loi du 1er juillet 1901, "
            "ci-après « le bénéficiaire », il est convenu ce qui suit :",
        )
        for k, t in enumerate(
            [
                "Objet",
                "Montant de la subvention",
                "Modalités de versement",
                "Obligations du bénéficiaire",
                "Communication",
                "Évaluation",
                "Durée",
                "Résiliation",
            ],
            1,
        ):
            f.heading(m, f"Article {k} - {t}", s.bold, s.size)
            if k == 2:
                write(f, s, f"La subvention s'élève à {cash(amount, lg)} pour l'exercice {d.year}.")
            else:
                write(f, s, prose(rng, lg, "fund", 1, 3))
    else:
        write(f, s, salute(lg, mx(orch_person("gm"), lg)))
        write(
            f,
            s,
            f"I am pleased to offer {orch_name()} a grant of {cash(amount, lg)} towards "
            f"'{rng.choice(SCHEMES)}'. "
            "This offer is subject to the standard terms "
            "and the additional conditions set out below.",
        )
        write(f, s, prose(rng, lg, "fund", 2, 3))
        for k, t in enumerate(
            [
                "Purpose of the grant",
                "Payment conditions",
                "Monitoring and reporting",
                "Acknowledgement",
                "Changes to the activity",
                "Repayment",
            ],
            1,
        ):
            f.heading(m, f"{k}. {t}", s.bold, s.size)
            write(f, s, prose(rng, lg, "fund", 1, 3))
    caption(f, s, tr(lg, "Payment schedule", "Auszahlungsplan", "Échéancier de versement"), 0.5)
    cols = columns(m, w - m, [(1, "left"), (3, "left"), (1.5, "right")])
    table(
        f,
        cols,
        [
            tr(lg, "Instalment", "Rate", "Versement"),
            tr(lg, "Condition", "Voraussetzung", "Condition"),
            tr(lg, "Amount", "Betrag", "Montant"),
        ],
        [
            [
                str(k),
                rng.choice(
                    [
                        tr(lg, "on acceptance", "nach Bestandskraft", "à la signature"),
                        tr(
                            lg,
                            "on receipt of interim report",
                            "nach Zwischenbericht",
                            "sur bilan intermédiaire",
                        ),
                        tr(
                            lg,
                            "on receipt of final report",
                            "nach Verwendungsnachweis",
                            "sur bilan final",
                        ),
                    ]
                ),
                money(v, lg),
            ]
            for k, (dd, v) in enumerate(pay, 1)
        ],
        s,
        rules=True,
    )
    if lg == "en":
        regards(f, s, lg, off, "Relationship Manager")
    elif lg == "de":
        f.y += 10
        write(f, s, "Mit freundlichen Grüßen")
        write(f, s, "Im Auftrag")
        scrawl(f.page, m, f.y + 20, off, 12)
        f.y += 30
        write(f, s, off)
    else:
        sign_pair(
            f,
            s,
            lg,
            (off, "Pour la collectivité"),
            (orch_person("gm"), "Pour le bénéficiaire"),
            (True, False),
            town_of(h.town),
            d,
            h,
        )
    pages = f.pages
    if lg != "fr" or rng.random() < 0.6:
        a = sheets(s, h, f"{h.name} - {ref}")
        caption(
            a,
            s,
            tr(
                lg,
                "Acceptance of offer",
                "Rechtsbehelfsverzicht / Empfangsbestätigung",
                "Annexe - budget prévisionnel",
            ),
            3,
            True,
        )
        if lg == "fr":
            cols = columns(m, w - m, [(3, "left"), (1.4, "right"), (3, "left"), (1.4, "right")])
            cols[2] = (cols[2][0] + 16, cols[2][1], "left")
            rows = [
                [c_, money(rng.randint(4, 90) * 1000, lg), p_, money(rng.randint(4, 90) * 1000, lg)]
                for c_, p_ in zip(
                    [
                        "Salaires artistes",
                        "Charges sociales",
                        "Location de salles",
                        "Transports",
                        "Communication",
                        "Droits SACEM",
                    ],
                    ["Billetterie", "État - DRAC", "Région", "Ville", "Mécénat", "Coproductions"],
                    strict=True,
                )
            ]
            table(a, cols, ["Charges", "Montant", "Produits", "Montant"], rows, s, rules=True)
        else:
            write(
                a,
                s,
                tr(
                    lg,
                    (
                        f"We accept the offer of {cash(amount, lg)} on the terms "
                        f"and conditions set out in the letter ref. {ref}."
                    ),
                    (
                        "Wir bestätigen den Erhalt des Bescheides "
                        f"{ref} und verzichten auf Rechtsbehelfe."
                    ),
                    "",
                ),
            )
            a.y = fields(
                a.page,
                s,
                m,
                a.y + 6,
                w - 2 * m,
                [
                    (tr(lg, "Organisation", "Zuwendungsempfänger", ""), orch_name()),
                    (tr(lg, "Name", "Name", ""), ""),
                    (tr(lg, "Position", "Funktion", ""), ""),
                    (tr(lg, "Date", "Datum", ""), ""),
                    (tr(lg, "Signature", "Unterschrift", ""), ""),
                    (tr(lg, "Bank account for payment", "Bankverbindung", ""), ""),
                ],
                per=2,
                tall=30,
            )
        pages += a.pages
    received(rng, pages[0], lg, d, 0.4)
    remember(None, d)
    return close(pages, s, h)


def tpl_funding_report(rng: random.Random, who: Issuer) -> list[Page]:
    """The orchestra's report to a funder (end of project report, Sachbericht with the
    zahlenmäßiger Nachweis, bilan d'activité): a cover sheet, numbered sections of text, an
    activity table and the financial statement against budget on a landscape page, the
    declaration signed by the general manager."""
    o = o_head()
    lg = o.lang
    fh = make_head(keyed(who, "funder").choice(SENDERS["funder"][lg]), lg, "funder")
    s = style_of(o, A4)
    w, hh = s.page_size
    m = s.margin
    d = some_day(rng, 0, 40)
    ref = serial(
        keyed(who, "ref"),
        {"en": "ACE/99999999", "de": "Az. 999-99.99.99", "fr": "N° 2024-99-999"}[lg],
    )
    title = tr(
        lg,
        "End of Activity Report",
        "Verwendungsnachweis - Sachbericht",
        "Bilan d'activité et compte rendu financier",
    )
    cover = Page(A4)
    cy = heading(cover, s, o)
    cover.text(w / 2, hh * 0.36, title, s.bold, 18, "center")
    cover.text(
        w / 2,
        hh * 0.36 + 26,
        fit(tr(lg, "to", "an", "à l'attention de") + f" {fh.name}", s.font, 11, w - 2 * m),
        s.font,
        11,
        "center",
    )
    cover.text(
        w / 2,
        hh * 0.36 + 44,
        f"{tr(lg, 'Reference', 'Aktenzeichen', 'Référence')}: {ref}",
        s.font,
        10,
        "center",
    )
    cover.text(
        w / 2,
        hh * 0.36 + 62,
        f"{tr(lg, 'Period', 'Zeitraum', 'Période')}: {d.year - 1}/{d.year % 100}",
        s.font,
        10,
        "center",
    )
    cover.text(w / 2, hh - m - 40, day(o, d), s.font, 10, "center")
    _ = cy
    f = sheets(s, o, f"{o.name} - {title} - {ref}", top=False)
    secs = {
        "en": [
            "Summary",
            "Activity delivered",
            "Audiences and participants",
            "Learning and engagement",
            "Partners",
            "Evaluation",
            "Changes to the plan",
            "Finance",
        ],
        "de": [
            "Zusammenfassung",
            "Durchgeführte Maßnahmen",
            "Publikum und Teilnehmende",
            "Musikvermittlung",
            "Kooperationspartner",
            "Ergebnisse und Bewertung",
            "Abweichungen vom Antrag",
            "Finanzierung",
        ],
        "fr": [
            "Synthèse",
            "Actions réalisées",
            "Publics touchés",
            "Médiation et actions éducatives",
            "Partenaires",
            "Évaluation",
            "Écarts par rapport au projet",
            "Bilan financier",
        ],
    }[lg]
    for k, t in enumerate(secs, 1):
        f.heading(s.margin, f"{k}. {t}", s.bold, s.size + 1)
        write(f, s, prose(rng, lg, "fund", 2, 5))
        if k == 3:
            cols = columns(m, w - m, [(3, "left"), (1, "right"), (1, "right")])
            table(
                f,
                cols,
                [
                    tr(lg, "Activity", "Maßnahme", "Action"),
                    tr(lg, "Events", "Termine", "Séances"),
                    tr(lg, "Attendance", "Besucher", "Public"),
                ],
                [
                    [t2, str(rng.randint(1, 24)), str(rng.randint(40, 3600))]
                    for t2 in [
                        tr(lg, "Main season concerts", "Abonnementkonzerte", "Concerts de saison"),
                        tr(lg, "Touring concerts", "Gastspiele", "Concerts en tournée"),
                        tr(lg, "Schools workshops", "Schulprojekte", "Ateliers scolaires"),
                        tr(lg, "Open rehearsals", "Offene Proben", "Répétitions ouvertes"),
                        tr(lg, "Care home visits", "Konzerte in Pflegeheimen", "Concerts en EHPAD"),
                    ]
                ],
                s,
                rules=True,
            )
            f.y += 6
    pages = [cover, *f.pages]
    L = style_of(o, LAND, margin=40, pt=8.5)
    lw, lh = L.page_size
    lf = Sheets(
        (lw, lh), lh - 50, lambda p, n: running_header(p, L, f"{o.name} - {title} - {ref}") + 10
    )
    caption(
        lf,
        L,
        tr(
            lg,
            "Income and expenditure against budget",
            "Zahlenmäßiger Nachweis",
            "Compte rendu financier",
        ),
        2,
    )
    cols = columns(
        40, lw - 40, [(3.5, "left"), (1.3, "right"), (1.3, "right"), (1.3, "right"), (3, "left")]
    )
    cols[-1] = (cols[-1][0] + 14, cols[-1][1], "left")
    lines = [
        tr(lg, a, b, c)
        for a, b, c in [
            ("Musicians' fees", "Honorare Musiker", "Cachets musiciens"),
            ("Soloists and conductors", "Solisten und Dirigenten", "Solistes et chefs"),
            ("Venue hire", "Saalmieten", "Locations de salles"),
            ("Music hire", "Notenmaterial", "Location de partitions"),
            ("Travel and accommodation", "Reise und Unterkunft", "Transports et hébergement"),
            ("Marketing and print", "Werbung und Druck", "Communication"),
            ("Learning programme", "Musikvermittlung", "Médiation"),
            ("Administration", "Verwaltung", "Frais de structure"),
        ]
    ]
    rows = []
    tb = ta = 0
    for t in lines:
        b = rng.randint(3, 60) * 1000
        a = int(b * rng.uniform(0.8, 1.15))
        tb += b
        ta += a
        rows.append(
            [
                t,
                money(b, lg),
                money(a, lg),
                money(a - b, lg),
                rng.choice(["", "", prose(rng, lg, "fund", 1, 1)[:50]]),
            ]
        )
    rows.append(
        [
            tr(lg, "Total expenditure", "Summe Ausgaben", "Total charges"),
            money(tb, lg),
            money(ta, lg),
            money(ta - tb, lg),
            "",
        ]
    )
    table(
        lf,
        cols,
        [
            tr(lg, "Budget line", "Kostenart", "Poste"),
            tr(lg, "Budget", "Plan", "Prévu"),
            tr(lg, "Actual", "Ist", "Réalisé"),
            tr(lg, "Variance", "Abweichung", "Écart"),
            tr(lg, "Comment", "Erläuterung", "Commentaire"),
        ],
        rows,
        L,
        shade=0.9,
        rules=True,
        step=1.8,
    )
    pages += lf.pages
    g = sheets(s, o, f"{o.name} - {title} - {ref}", top=False)
    write(
        g,
        s,
        tr(
            lg,
            "We confirm that the grant has been used for the "
            "purposes set out in the funding agreement and that "
            "the information in this report is correct.",
            "Es wird bestätigt, dass die allgemeinen und besonderen "
            "Nebenbestimmungen beachtet wurden, die Ausgaben "
            "notwendig waren und die Angaben mit den Büchern und Belegen übereinstimmen.",
            "Je certifie exactes les informations du présent compte rendu.",
        ),
    )
    sign_pair(
        g,
        s,
        lg,
        (orch_person("gm"), role_of("gm", lg)),
        (orch_person("finance"), role_of("finance", lg)),
        (rng.random() < 0.8, rng.random() < 0.6),
        town_of(o.town),
        d,
        o,
    )
    pages += g.pages
    remember(None, d)
    return close(
        pages,
        s,
        o,
        numbers=rng.choice(["Page {i} of {n}", "{i}/{n}", o.numbers]) if lg == "en" else o.numbers,
        covers=1,
    )


# ---------------------------------------------------------------------------------------------
# Templates NNN: sponsors and patrons, print, broadcasting, the union
# ---------------------------------------------------------------------------------------------

PATRONS = {
    "en": [
        ("Dr Margaret Ellison", "The Old Rectory, Church Lane", "Wellow, Bath BA2 8QS"),
        ("Mr and Mrs P. Harcourt", "12 Royal Crescent", "Bath BA1 2LR"),
        ("Geoffrey Ainsworth", "Hollins Farm", "Hebden Bridge HX7 8TL"),
    ],
    "de": [
        ("Dr. Hildegard Sommer", "Lindenallee 12", "50968 Köln"),
        ("Familie Rademacher", "Schlossstraße 4", "69117 Heidelberg"),
        ("Prof. Dr. Wolfram Eick", "Beethovenstraße 30", "04107 Leipzig"),
    ],
    "fr": [
        ("Madame Geneviève Auclair", "9 place Bellecour", "69002 Lyon"),
        ("M. et Mme Bertrand Lemaire", "3 rue Crébillon", "44000 Nantes"),
        ("Docteur Jean-Marc Faure", "18 allée de Brienne", "31000 Toulouse"),
    ],
}


def tpl_sponsor_letter(rng: random.Random, who: Issuer) -> list[Page]:
    """A sponsor's or patron's letter: a company confirming its sponsorship of a concert or
    the season with the agreed benefits listed, now and then with a signed sponsorship
    summary page; or a private patron's handwritten note on notepaper enclosing a gift, with
    the copy of the cheque or transfer behind it."""
    lg = home()
    pj = rng.choice(PROJECTS)
    if keyed(who, "kind").random() < 0.5:
        h = head_of(who, "sponsor")
        s = style_of(h, A4)
        w, _hh = s.page_size
        m = s.margin
        d = some_day(rng, -5, 40)
        amount = float(rng.choice([1500, 2500, 5000, 7500, 10000, 15000]))
        sig = staff(h, "ceo")
        f = sheets(s, h)
        recipient(f, s, h, orch_lines(orch_person("dev")), d, [])
        f.page.text(
            m,
            f.y,
            fit(
                tr(
                    lg,
                    f"Sponsorship of {title_of(pj, lg)}",
                    f"Sponsoring {title_of(pj, lg)}",
                    f"Mécénat - {title_of(pj, lg)}",
                ),
                s.bold,
                s.size,
                w - 2 * m,
            ),
            s.bold,
            s.size,
        )
        f.y += s.size * 2.2
        f.page.text(m, f.y, salute(lg, mx(orch_person("dev"), lg)), s.font, s.size)
        f.y += s.size * 2
        write(
            f,
            s,
            tr(
                lg,
                "Following our meeting, I am delighted to confirm "
                f"that {h.name} will support the orchestra with "
                f"{cash(amount, lg)} as concert sponsor.",
                "wie besprochen freuen wir uns, das Orchester "
                "in dieser Saison mit einem Betrag von "
                f"{cash(amount, lg)} zu unterstützen.",
                "Suite à notre rencontre, j'ai le plaisir de vous "
                f"confirmer le soutien de {h.name} à hauteur de "
                f"{cash(amount, lg)} au titre du mécénat.",
            ),
        )
        write(
            f,
            s,
            tr(
                lg,
                "As agreed, the sponsorship includes:",
                "Vereinbart sind folgende Gegenleistungen:",
                "Les contreparties convenues sont les suivantes :",
            ),
        )
        ben = [
            tr(lg, a, b, c)
            for a, b, c in [
                (
                    "logo on posters, flyers and the programme",
                    "Logo auf Plakaten, Flyern und im Programmheft",
                    "logo sur les affiches et le programme",
                ),
                ("20 complimentary tickets", "20 Freikarten", "20 invitations"),
                (
                    "a pre-concert reception for guests",
                    "Empfang vor dem Konzert",
                    "un cocktail avant le concert",
                ),
                ("a full-page advertisement", "eine ganzseitige Anzeige", "une page de publicité"),
                (
                    "a private performance by a string quartet",
                    "ein Kammerkonzert für Mitarbeitende",
                    "un concert privé en quatuor",
                ),
            ]
        ]
        for t in rng.sample(ben, rng.randint(2, 4)):
            write(f, s, f"- {t}", indent=12)
        write(f, s, prose(rng, lg, "fund", 1, 2))
        regards(f, s, lg, sig, tr(lg, "Managing Director", "Vorstand", "Directeur général"))
        pages = f.pages
        if rng.random() < 0.35:
            g = sheets(s, h)
            caption(
                g,
                s,
                tr(
                    lg,
                    "Sponsorship summary",
                    "Sponsoringvereinbarung - Eckdaten",
                    "Convention de mécénat - récapitulatif",
                ),
                3,
                True,
            )
            g.y = fields(
                g.page,
                s,
                m,
                g.y,
                w - 2 * m,
                [
                    (tr(lg, "Sponsor", "Sponsor", "Mécène"), h.name),
                    (tr(lg, "Beneficiary", "Empfänger", "Bénéficiaire"), orch_name()),
                    (tr(lg, "Amount", "Betrag", "Montant"), cash(amount, lg)),
                    (tr(lg, "Payment", "Zahlung", "Versement"), short(d + timedelta(days=30), lg)),
                    (tr(lg, "Term", "Laufzeit", "Durée"), f"{d.year}/{(d.year + 1) % 100}"),
                    (tr(lg, "Contact", "Ansprechpartner", "Contact"), sig),
                ],
                per=2,
                hand=False,
            )
            sign_pair(
                g,
                s,
                lg,
                (sig, h.name),
                (orch_person("gm"), orch_name()),
                (True, False),
                town_of(h.town),
                d,
                h,
            )
            pages += g.pages
        received(rng, pages[0], lg, d, 0.4)
        remember(pj, d, (h.name, h.street, h.town, amount, False))
        return close(pages, s, h, numbers="none")
    name, street, town = keyed(who, "patron").choice(PATRONS[lg])
    d = some_day(rng, 0, 40)
    amount = float(rng.choice([50, 100, 150, 250, 500, 1000]))
    w = NOTE[0]
    p = Page(NOTE)
    m = 34.0
    p.text(w - m, m, fit(street, "Times-Italic", 8, w / 2), "Times-Italic", 8, "right")
    p.text(w - m, m + 10, town, "Times-Italic", 8, "right")
    y = m + 38
    hand(p, w - m - 80, y, short(d, lg), 10)
    y += 26
    hand(
        p,
        m,
        y,
        tr(
            lg,
            f"Dear {orch_person('dev').split()[0]},",
            "Liebe Freunde vom Orchester,",
            "Chers amis,",
        ),
        11,
    )
    y += 20
    body = tr(
        lg,
        f"What a wonderful concert on {short(concerts(pj)[0].day, lg)} "
        f"- the {WORKS[pj.works[0]][0].split()[-1]} was "
        "simply magical. Please accept the enclosed as a "
        "small contribution to your work with young players. "
        "Do claim Gift Aid on it.",
        f"das Konzert am {short(concerts(pj)[0].day, lg)} "
        "war ein großes Erlebnis! Anbei eine kleine Spende "
        "für Ihre Arbeit. Über eine Spendenbescheinigung würde ich mich freuen.",
        f"Quel beau concert le {short(concerts(pj)[0].day, lg)} "
        "! Je vous adresse ce chèque pour soutenir "
        "l'orchestre. Merci de m'envoyer le reçu fiscal.",
    )
    for ln in wrap(body, HAND, 10.5, w - 2 * m):
        hand(p, m, y, ln, 10.5)
        y += 17
    y += 10
    hand(
        p, m + 40, y, tr(lg, "With warmest wishes,", "Herzliche Grüße", "Bien cordialement,"), 10.5
    )
    scrawl(p, m + 50, y + 30, name, 15)
    pages = [p]
    if rng.random() < 0.7:
        c = Page(A4)
        cw = A4[0]
        x0, y0 = 60.0, 80.0
        bw, bh = 470.0, 200.0
        c.rect(0, 0, cw, 18, fill=0.5)
        c.rect(x0, y0, bw, bh)
        if lg == "de":
            c.text(x0 + 10, y0 + 20, "Überweisungsbeleg / Kontoauszug (Kopie)", "Helvetica-Bold", 9)
            c.text(x0 + 10, y0 + 50, f"Auftraggeber: {name}", "Helvetica", 9)
            c.text(x0 + 10, y0 + 68, f"Empfänger: {orch_name()}", "Helvetica", 9)
            c.text(x0 + 10, y0 + 86, f"Betrag: {cash(amount, lg)}", "Helvetica", 9)
            c.text(x0 + 10, y0 + 104, f"Verwendungszweck: Spende {d.year}", "Helvetica", 9)
            c.text(x0 + 10, y0 + 122, f"Ausgeführt am {short(d, lg)}", "Helvetica", 9)
        else:
            bank = (
                rng.choice(["Lloyds Bank", "NatWest", "Barclays"])
                if lg == "en"
                else rng.choice(["LCL", "Crédit Agricole", "Société Générale"])
            )
            c.text(x0 + 10, y0 + 18, bank, "Helvetica-Bold", 10)
            c.text(x0 + bw - 10, y0 + 18, short(d, lg), HAND, 10, "right")
            c.text(x0 + 10, y0 + 50, tr(lg, "Pay", "", "Payez contre ce chèque"), "Helvetica", 8)
            hand(c, x0 + 110, y0 + 50, orch_name(), 11)
            c.line(x0 + 100, y0 + 54, x0 + bw - 20, y0 + 54)
            hand(
                c,
                x0 + 20,
                y0 + 80,
                tr(lg, f"{int(amount)} pounds only", "", f"{int(amount)} euros"),
                11,
            )
            c.line(x0 + 10, y0 + 84, x0 + 330, y0 + 84)
            c.rect(x0 + 350, y0 + 66, 100, 24)
            hand(c, x0 + 360, y0 + 83, money(amount, lg), 11)
            c.text(
                x0 + 10,
                y0 + bh - 16,
                f"{serial(rng, '999999')}  {serial(rng, '99-99-99')}  {serial(rng, '99999999')}",
                "Courier",
                10,
            )
            scrawl(c, x0 + 320, y0 + 150, name, 13)
        pages.append(c)
    received(rng, p, lg, d, 0.5)
    remember(pj, d, (name, street, town, amount, True))
    return pages


def tpl_donation_receipt(rng: random.Random, who: Issuer) -> list[Page]:
    """The orchestra's thank-you and receipt for a gift: in England a thank-you letter with a
    Gift Aid declaration to return (on a tear-off slip or a page of its own); in Germany the
    Zuwendungsbestätigung on the official pattern; in France the reçu au titre des dons
    (Cerfa 11580) over two pages."""
    o = o_head()
    lg = o.lang
    ex = LAST["extra"]
    if after(("sponsor_letter",)) and isinstance(ex, tuple):
        name, street, town, amount, private = ex
    else:
        name, street, town = rng.choice(
            PATRONS[lg] + [(r[0], r[1], r[2]) for r in SENDERS["sponsor"][lg]]
        )
        amount, private = float(rng.choice([40, 75, 100, 250, 500, 2000])), True
    d = last_day(rng, ("sponsor_letter",), (3, 20))
    s = style_of(o, A4)
    w, hh = s.page_size
    m = s.margin
    no = serial(rng, f"{d.year}-0999")
    if lg == "de":
        f = sheets(s, o)
        f.y = window(f.page, s, o, f.y, [name, street, town]) + 20
        caption(f, s, "Bestätigung über Geldzuwendungen", 2)
        write(
            f,
            s,
            "im Sinne des § 10b des Einkommensteuergesetzes an eine der in § 5 Abs. 1 Nr. 9 des "
            "Körperschaftsteuergesetzes bezeichneten Körperschaften, "
            "Personenvereinigungen oder Vermögensmassen",
            s.size - 1,
        )
        f.y = fields(
            f.page,
            s,
            m,
            f.y,
            w - 2 * m,
            [
                ("Name und Anschrift des Zuwendenden", f"{name}, {street}, {town}"),
                ("", ""),
                ("Betrag der Zuwendung - in Ziffern -", cash(amount, lg)),
                (
                    "- in Buchstaben -",
                    rng.choice(
                        ["fünfzig", "einhundert", "zweihundertfünfzig", "fünfhundert", "eintausend"]
                    )
                    + " Euro",
                ),
                ("Tag der Zuwendung", short(d - timedelta(days=rng.randint(2, 15)), lg)),
                ("Lfd. Nr.", no),
            ],
            per=2,
            tall=26,
            hand=False,
        )
        f.y += 2
        box(f.page, m, f.y, False)
        f.page.text(
            m + 14,
            f.y,
            "Es handelt sich um den Verzicht auf Erstattung von Aufwendungen",
            s.font,
            s.size - 1,
        )
        f.y += 16
        f.y = ticks(f.page, s, m, f.y, w - 2 * m, ["Ja", "Nein"], {1})
        write(
            f,
            s,
            "Wir sind wegen Förderung von Kunst und Kultur "
            "nach dem Freistellungsbescheid des Finanzamtes "
            f"{town_of(o.town)}, StNr. {serial(rng, '999/9999/9999')}, "
            f"vom {short(d - timedelta(days=400), lg)} für den letzten "
            "Veranlagungszeitraum nach § 5 Abs. 1 Nr. 9 KStG von der Körperschaftsteuer befreit.",
            s.size - 1,
        )
        write(
            f,
            s,
            (
                "Es wird bestätigt, dass die Zuwendung nur zur "
                "Förderung von Kunst und Kultur verwendet wird."
            ),
            s.size - 1,
        )
        f.need(80)
        f.y += 20
        f.page.text(m, f.y, f"{town_of(o.town)}, {short(d, lg)}", s.font, s.size)
        scrawl(f.page, m + 200, f.y, orch_person("gm"), 12)
        f.page.line(m + 190, f.y + 4, w - m, f.y + 4)
        f.page.text(m + 190, f.y + 14, "(Unterschrift des Zuwendungsempfängers)", s.font, 7)
        f.y += 30
        f.need(70)
        f.page.text(m, f.y, "Hinweis:", s.bold, 7)
        f.y += 10
        for ln in wrap(
            (
                "Wer vorsätzlich oder grob fahrlässig eine unrichtige "
                "Zuwendungsbestätigung erstellt oder veranlasst, "
                "dass Zuwendungen nicht zu den in der Zuwendungsbestätigung "
                "angegebenen steuerbegünstigten Zwecken "
                "verwendet werden, haftet für die entgangene "
                "Steuer (§ 10b Abs. 4 EStG, § 9 Abs. 3 KStG)."
            ),
            s.font,
            6.5,
            w - 2 * m,
        ):
            f.page.text(m, f.y, ln, s.font, 6.5)
            f.y += 8
        remember(None, d)
        return close(f.pages, s, o, numbers="none")
    if lg == "fr":
        pages = []
        for part in (1, 2):
            p = Page(A4)
            p.rect(m - 6, 30, w - 2 * m + 12, 30, fill=0.88)
            p.text(
                m,
                50,
                "Reçu au titre des dons à certains organismes d'intérêt général",
                "Helvetica-Bold",
                10,
            )
            p.text(w - m, 50, "Cerfa n° 11580*04", "Helvetica", 7.5, "right")
            p.text(
                m,
                74,
                "Articles 200, 238 bis et 978 du code général des impôts (CGI)",
                "Helvetica",
                7.5,
            )
            p.text(w - m, 74, f"N° d'ordre du reçu : {no}", "Helvetica", 8, "right")
            y = 100.0
            if part == 1:
                y = band(p, s, y, "Bénéficiaire des versements") + 10
                y = fields(
                    p,
                    s,
                    m,
                    y,
                    w - 2 * m,
                    [
                        ("Nom ou dénomination", orch_name()),
                        ("Adresse", f"{o.street} {o.town}"),
                        ("Objet", "Diffusion de la musique symphonique et de chambre"),
                        ("", ""),
                    ],
                    per=2,
                    tall=26,
                    hand=False,
                )
                p.text(m, y, "Cochez la case concernée :", "Helvetica", 8)
                y += 14
                y = ticks(
                    p,
                    s,
                    m,
                    y,
                    w - 2 * m,
                    [
                        "Association ou fondation reconnue d'utilité publique",
                        "Organisme d'intérêt général ayant un caractère culturel",
                        (
                            "Organisme ayant pour activité principale la "
                            "présentation au public d'oeuvres musicales"
                        ),
                    ],
                    {rng.choice([1, 2])},
                    pt=7.5,
                )
            else:
                y = band(p, s, y, "Donateur") + 10
                y = fields(
                    p,
                    s,
                    m,
                    y,
                    w - 2 * m,
                    [("Nom", name), ("Adresse", f"{street} {town}")],
                    per=1,
                    tall=26,
                    hand=False,
                )
                p.text(
                    m,
                    y,
                    (
                        "Le bénéficiaire reconnaît avoir reçu au titre des "
                        "dons et versements ouvrant droit à réduction d'impôt,"
                    ),
                    "Helvetica",
                    8,
                )
                y += 12
                p.text(m, y, f"la somme de : {cash(amount, lg)}", "Helvetica-Bold", 9)
                y += 14
                p.text(
                    m,
                    y,
                    (
                        "Date du versement ou du don : "
                        f"{short(d - timedelta(days=rng.randint(2, 20)), lg)}"
                    ),
                    "Helvetica",
                    8,
                )
                y += 18
                y = ticks(
                    p,
                    s,
                    m,
                    y,
                    w - 2 * m,
                    ["Article 200 du CGI", "Article 238 bis du CGI", "Article 978 du CGI"],
                    {0 if private else 1},
                    pt=7.5,
                )
                y += 4
                p.text(m, y, "Forme du don :", "Helvetica", 8)
                y = ticks(
                    p,
                    s,
                    m + 70,
                    y,
                    w - 2 * m - 70,
                    [
                        "Acte authentique",
                        "Acte sous seing privé",
                        "Déclaration de don manuel",
                        "Autres",
                    ],
                    {2},
                    pt=7.5,
                )
                p.text(m, y, "Mode de versement :", "Helvetica", 8)
                y = ticks(
                    p,
                    s,
                    m + 90,
                    y,
                    w - 2 * m - 90,
                    ["Remise d'espèces", "Chèque", "Virement, prélèvement, carte bancaire"],
                    {1 if private else 2},
                    pt=7.5,
                )
                y += 20
                p.text(w - m - 200, y, f"Date et signature : {short(d, lg)}", "Helvetica", 8)
                scrawl(p, w - m - 180, y + 34, orch_person("gm"), 12)
                seal(p, w - m - 50, y + 30, 26, orch_name()[:28], town_of(o.town))
            p.text(w - m, hh - 24, f"{part}/2", "Helvetica", 7, "right")
            pages.append(p)
        remember(None, d)
        return pages
    f = sheets(s, o)
    recipient(f, s, o, [name, street, town], d, [(tr(lg, "Our ref", "", ""), no)])
    f.page.text(
        m, f.y, salute(lg, name if name.split()[0] in ("Mr", "Mrs", "Dr") else None), s.font, s.size
    )
    f.y += s.size * 2
    write(
        f,
        s,
        f"Thank you so much for your generous gift of {cash(amount, lg)}, received on {day(o, d)}. "
        + prose(rng, lg, "fund", 1, 2),
    )
    write(
        f,
        s,
        "If you are a UK taxpayer, Gift Aid would add 25p "
        "to every pound you give at no cost to you. Simply "
        "complete the declaration below and return it to us in the envelope provided.",
    )
    regards(f, s, lg, orch_person("dev"), role_of("dev", lg))
    gift = [
        "I want to Gift Aid my donation of the amount above "
        "and any donations I make in the future or have made "
        f"in the past 4 years to {orch_name()}.",
        (
            "I am a UK taxpayer and understand that if I pay less "
            "Income Tax and/or Capital Gains Tax than the amount "
            "of Gift Aid claimed on all my donations in that tax "
            "year it is my responsibility to pay any difference."
        ),
    ]
    if rng.random() < 0.5 and f.y < hh - 260:
        y = hh - m - 190
        slip_rule(f.page, m, w - m, y, "Gift Aid declaration - please detach and return")
        y += 18
        f.page.text(m, y, "giftaid it", "Helvetica-Bold", 11)
        y += 14
        for t in gift:
            for ln in wrap(t, s.font, 7, w - 2 * m):
                f.page.text(m, y, ln, s.font, 7)
                y += 8.5
        y += 4
        fields(
            f.page,
            s,
            m,
            y,
            w - 2 * m,
            [("Full name", ""), ("Home address", ""), ("Postcode", ""), ("Date", "")],
            per=4,
            tall=24,
        )
        pages = f.pages
    else:
        g = Page(A4)
        y = heading(g, s, o)
        g.text(m, y, "Gift Aid Declaration", s.bold, 14)
        y += 22
        for t in gift:
            for ln in wrap(t, s.font, 9, w - 2 * m):
                g.text(m, y, ln, s.font, 9)
                y += 12
            y += 6
        box(g, m, y, rng.random() < 0.3)
        g.text(
            m + 14,
            y,
            "Please tick if you would like to hear about our concerts by email.",
            s.font,
            8.5,
        )
        y += 20
        fields(
            g,
            s,
            m,
            y,
            w - 2 * m,
            [
                ("Title", ""),
                ("First name", ""),
                ("Surname", ""),
                ("Address", ""),
                ("Postcode", ""),
                ("Signature", ""),
                ("Date", ""),
                ("Email", ""),
            ],
            per=2,
            tall=28,
        )
        pages = [*f.pages, g]
    remember(None, d)
    return close(pages, s, o, numbers="none")


def tpl_print_proof(rng: random.Random, who: Issuer) -> list[Page]:
    """A printer's proof of the concert programme: the proof approval form (job, format,
    paper, quantity, tick boxes for approved / approved with corrections / new proof, the
    customer's signature), then the proof pages as A5 spreads on landscape A4 with crop marks,
    now and then with corrections marked by hand."""
    h = head_of(who, "printer")
    lg = h.lang
    pj = rng.choice(PROJECTS)
    s = style_of(h, A4)
    w = s.page_size[0]
    m = s.margin
    d = pj.calls[0].day - timedelta(days=rng.randint(6, 25))
    job = serial(rng, rng.choice(["J99999", "AU-99-9999", "BAT 9999"]))
    pp = rng.choice([8, 12, 16, 20, 24])
    qty = rng.choice([500, 750, 1000, 1500, 2500])
    f = sheets(s, h)
    caption(f, s, tr(lg, "PROOF APPROVAL", "DRUCKFREIGABE", "BON À TIRER"), 5, True)
    f.y = fields(
        f.page,
        s,
        m,
        f.y,
        w - 2 * m,
        [
            (tr(lg, "Customer", "Kunde", "Client"), orch_name()),
            (tr(lg, "Job no.", "Auftrags-Nr.", "N° de commande"), job),
            (
                tr(lg, "Title", "Titel", "Titre"),
                tr(lg, "Concert programme", "Programmheft", "Programme de salle")
                + f" - {title_of(pj, lg)}",
            ),
            (tr(lg, "Proof no.", "Korrekturabzug", "Épreuve n°"), str(rng.randint(1, 3))),
            (
                tr(lg, "Format", "Format", "Format"),
                f"A5, {pp} pp, {tr(lg, 'saddle stitched', 'Rückstichheftung', 'piqûre à cheval')}",
            ),
            (
                tr(lg, "Paper", "Papier", "Papier"),
                rng.choice(
                    [
                        "130gsm silk",
                        "150g Bilderdruck matt",
                        "135 g couché satiné",
                        "115gsm uncoated",
                    ]
                ),
            ),
            (tr(lg, "Colours", "Farben", "Couleurs"), "4/4 CMYK"),
            (tr(lg, "Quantity", "Auflage", "Quantité"), str(qty)),
            (
                tr(lg, "Delivery", "Liefertermin", "Livraison"),
                short(pj.calls[0].day - timedelta(days=2), lg),
            ),
            (tr(lg, "Proof date", "Datum", "Date"), short(d, lg)),
        ],
        per=2,
        hand=False,
    )
    write(
        f,
        s,
        tr(
            lg,
            "Please check this proof carefully. We cannot accept "
            "responsibility for errors not marked on the proof. "
            "Colours on screen or laser proofs are not binding.",
            "Bitte prüfen Sie den Abzug sorgfältig auf Text, "
            "Stand und Farbe. Für nicht angezeichnete Fehler "
            "übernehmen wir keine Haftung.",
            "Merci de vérifier attentivement cette épreuve. Nous "
            "déclinons toute responsabilité pour les erreurs "
            "non signalées.",
        ),
        s.size - 1,
    )
    on = {rng.choice([0, 0, 1, 2])}
    f.y = ticks(
        f.page,
        s,
        m,
        f.y + 6,
        w - 2 * m,
        [
            tr(lg, "Approved for print", "Druckreif", "Bon à tirer"),
            tr(
                lg,
                "Approved subject to corrections",
                "Druckreif nach Korrektur",
                "Bon à tirer après corrections",
            ),
            tr(lg, "New proof required", "Neuer Korrekturabzug erforderlich", "Nouvelle épreuve"),
        ],
        on,
        pt=9,
    )
    f.y += 10
    f.page.text(
        m, f.y, tr(lg, "Signature / date", "Unterschrift / Datum", "Signature / date"), s.font, 8
    )
    scrawl(f.page, m + 100, f.y, orch_person("dev"), 12)
    hand(f.page, m + 260, f.y, short(d + timedelta(days=1), lg), 9)
    f.page.line(m + 95, f.y + 4, w - m, f.y + 4)
    f.y += 24
    write(
        f,
        s,
        tr(
            lg,
            f"Return to {staff(h, 'studio')} by email or fax.",
            f"Bitte zurück an {staff(h, 'studio')}.",
            f"À retourner à {staff(h, 'studio')}.",
        ),
        s.size - 1,
    )
    pages = f.pages
    spreads = rng.randint(1, 3)
    lw, lh = LAND
    for k in range(spreads):
        p = Page(LAND)
        pw, ph = 148 * MM * 0.86, 210 * MM * 0.86
        x0 = (lw - 2 * pw) / 2
        y0 = (lh - ph) / 2
        for c in range(2):
            x = x0 + c * pw
            p.rect(x, y0, pw, ph)
            for cx, cy in ((x, y0), (x + pw, y0), (x, y0 + ph), (x + pw, y0 + ph)):
                p.line(cx - 14 if cx == x else cx + 4, cy, cx - 4 if cx == x else cx + 14, cy)
                p.line(cx, cy - 14 if cy == y0 else cy + 4, cx, cy - 4 if cy == y0 else cy + 14)
            pn = (k * 2 + c) if k else c
            ix = x + 22
            iy = y0 + 40
            if k == 0 and c == 1:
                photo(p, x + 14, y0 + 14, pw - 28, ph * 0.52, rng)
                p.text(
                    x + pw / 2,
                    y0 + ph * 0.52 + 50,
                    fit(orch_name(), "Times-Bold", 16, pw - 30),
                    "Times-Bold",
                    16,
                    "center",
                )
                p.text(
                    x + pw / 2,
                    y0 + ph * 0.52 + 74,
                    fit(title_of(pj, lg), "Times-Roman", 11, pw - 30),
                    "Times-Roman",
                    11,
                    "center",
                )
                p.text(
                    x + pw / 2,
                    y0 + ph * 0.52 + 92,
                    fit(f"{pj.conductor}", "Times-Italic", 10, pw - 30),
                    "Times-Italic",
                    10,
                    "center",
                )
                p.text(
                    x + pw / 2,
                    y0 + ph - 24,
                    tr(lg, "Programme £3", "Programmheft 3 €", "Programme 3 €"),
                    "Helvetica",
                    7,
                    "center",
                )
                continue
            if k == 0 and c == 0:
                p.text(
                    ix,
                    iy,
                    tr(
                        lg,
                        "Supported by",
                        "Mit freundlicher Unterstützung von",
                        "Avec le soutien de",
                    ),
                    "Helvetica",
                    7,
                )
                for j in range(rng.randint(3, 5)):
                    p.rect(
                        ix + (j % 2) * 90,
                        iy + 14 + (j // 2) * 44,
                        78,
                        34,
                        fill=rng.uniform(0.6, 0.9),
                    )
                p.text(
                    ix,
                    y0 + ph - 30,
                    fit(
                        f"{orch_name()} - {o_head().street}, {o_head().town}",
                        "Helvetica",
                        5.5,
                        pw - 44,
                    ),
                    "Helvetica",
                    5.5,
                )
                continue
            if c == 0:
                p.text(ix, iy, tr(lg, "Programme", "Programm", "Programme"), "Times-Bold", 13)
                yy = iy + 22
                for i in pj.works:
                    p.text(
                        ix,
                        yy,
                        fit(WORKS[i][0].split(" / ")[0], "Times-Bold", 9, pw - 44),
                        "Times-Bold",
                        9,
                    )
                    p.text(
                        ix,
                        yy + 11,
                        fit(work_title(i, lg), "Times-Roman", 8.5, pw - 44),
                        "Times-Roman",
                        8.5,
                    )
                    yy += 30
                p.text(ix, yy + 6, tr(lg, "Interval", "Pause", "Entracte"), "Times-Italic", 9)
            else:
                p.text(
                    ix,
                    iy,
                    fit(pj.soloist[0] if pj.soloist else pj.conductor, "Times-Bold", 12, pw - 44),
                    "Times-Bold",
                    12,
                )
                yy = iy + 18
                for ln in wrap(prose(rng, lg, "music", 4, 7), "Times-Roman", 8, pw - 44):
                    if yy > y0 + ph - 40:
                        break
                    p.text(ix, yy, ln, "Times-Roman", 8)
                    yy += 10
            p.text(x + pw / 2, y0 + ph - 14, str(pn + 1), "Times-Roman", 7, "center")
        p.text(
            14,
            lh - 12,
            (
                f"{h.name} - {job} - {tr(lg, 'proof', 'Abzug', 'épreuve')} "
                f"{k + 1}/{spreads} - {short(d, lg)}"
            ),
            "Helvetica",
            6,
        )
        if 1 in on or rng.random() < 0.3:
            rx, ry = x0 + rng.uniform(60, 2 * pw - 120), y0 + rng.uniform(80, ph - 80)
            ring(p, rx, ry, 16)
            p.line(rx, ry - 16, rx + 20, y0 - 6)
            note = {
                "en": ["typo!", "ital.", "wrong date", "logo bigger", "caps", "delete"],
                "de": ["Tippfehler", "kursiv", "falsches Datum", "Logo größer", "streichen"],
                "fr": ["coquille", "ital.", "date erronée", "logo plus grand", "supprimer"],
            }[home()]
            hand(p, rx + 22, y0 - 8, rng.choice(note), 9)
        pages.append(p)
    remember(pj, d, (job, pp, qty))
    return pages


def tpl_print_invoice(rng: random.Random, who: Issuer) -> list[Page]:
    """A printer's invoice for the programmes, posters and flyers of a concert, now and then
    with its delivery note signed on receipt behind it."""
    h = head_of(who, "printer")
    lg = h.lang
    pj = project_for(rng, ("print_proof",))
    ex = LAST["extra"]
    job, pp, qty = (
        ex
        if after(("print_proof",)) and isinstance(ex, tuple)
        else (serial(rng, "J99999"), rng.choice([12, 16]), rng.choice([500, 1000]))
    )
    s = style_of(h, A4)
    w = s.page_size[0]
    m = s.margin
    d = pj.calls[0].day - timedelta(days=rng.randint(0, 4))
    inv = serial(rng, rng.choice(["99999", "RE-99999", "FA99-9999"]))
    f = sheets(s, h)
    recipient(
        f,
        s,
        h,
        orch_lines(orch_person("dev")),
        d,
        [
            (tr(lg, "Invoice", "Rechnung", "Facture"), inv),
            (tr(lg, "Job", "Auftrag", "Commande"), str(job)),
        ],
    )
    caption(f, s, tr(lg, "INVOICE", "RECHNUNG", "FACTURE"), 4)
    lines = [
        (
            tr(
                lg,
                f"Concert programme A5, {pp} pp, 4/4, saddle stitched",
                f"Programmheft A5, {pp} Seiten, 4/4-farbig, Rückstich",
                f"Programme A5, {pp} pages, quadri, piqûre",
            ),
            qty,
            round(rng.uniform(0.35, 0.9), 3),
        )
    ]
    if rng.random() < 0.6:
        lines.append(
            (
                tr(
                    lg,
                    "Posters A2, 4/0, 170gsm",
                    "Plakate A2, 4/0, 170 g",
                    "Affiches 40x60, quadri",
                ),
                rng.choice([50, 100, 200]),
                round(rng.uniform(0.9, 2.4), 3),
            )
        )
    if rng.random() < 0.6:
        lines.append(
            (
                tr(
                    lg,
                    "Flyers DL, 4/4, 350gsm",
                    "Flyer DIN lang, 4/4",
                    "Flyers 10x21, quadri recto-verso",
                ),
                rng.choice([2000, 5000]),
                round(rng.uniform(0.03, 0.08), 3),
            )
        )
    if rng.random() < 0.4:
        lines.append(
            (
                tr(
                    lg,
                    "Author's corrections (1 hr)",
                    "Autorkorrekturen (1 Std.)",
                    "Corrections d'auteur (1 h)",
                ),
                1,
                48.0,
            )
        )
    cols = columns(m, w - m, [(4.5, "left"), (1, "right"), (1, "right"), (1.2, "right")])
    net = 0.0
    rows = []
    for t, q, pr in lines:
        v = round(q * pr, 2)
        net += v
        rows.append(
            [
                t,
                f"{q:,}".replace(",", "." if lg == "de" else " " if lg == "fr" else ","),
                money(pr, lg),
                money(v, lg),
            ]
        )
    table(
        f,
        cols,
        [
            tr(lg, "Description", "Bezeichnung", "Désignation"),
            tr(lg, "Qty", "Menge", "Qté"),
            tr(lg, "Unit", "Einzelpreis", "P.U."),
            tr(lg, "Amount", "Betrag", "Montant"),
        ],
        rows,
        s,
        rules=rng.random() < 0.5,
    )
    zero = lg == "en" and rng.random() < 0.5
    totals(
        f,
        s,
        lg,
        round(net, 2),
        0.0 if zero else vat_rate(lg),
        note="Printed programmes and leaflets are zero-rated for VAT." if zero else "",
    )
    write(
        f,
        s,
        tr(
            lg,
            "Payment 30 days net.",
            "Zahlbar innerhalb von 14 Tagen ohne Abzug.",
            "Paiement à 30 jours fin de mois.",
        ),
        s.size - 1,
    )
    pages = f.pages
    if rng.random() < 0.4:
        s5 = style_of(h, A5, margin=30, pt=8)
        dn = sheets(s5, h)
        caption(dn, s5, tr(lg, "DELIVERY NOTE", "LIEFERSCHEIN", "BON DE LIVRAISON"), 3)
        dn.y = (
            pairs(
                dn.page,
                s5,
                30,
                dn.y,
                [
                    (tr(lg, "Job", "Auftrag", "Commande"), str(job)),
                    (tr(lg, "Deliver to", "Lieferanschrift", "Livrer à"), orch_name()),
                    (tr(lg, "Date", "Datum", "Date"), short(d, lg)),
                ],
                A5[0] - 30,
            )
            + 6
        )
        for t, q, _ in lines[:3]:
            write(dn, s5, f"{q} x {t}")
        write(
            dn,
            s5,
            tr(
                lg,
                f"{rng.randint(2, 9)} boxes",
                f"{rng.randint(2, 9)} Kartons",
                f"{rng.randint(2, 9)} cartons",
            ),
        )
        dn.y += 20
        dn.page.text(
            30,
            dn.y,
            tr(lg, "Received in good condition", "Ware erhalten", "Reçu en bon état"),
            s5.font,
            7.5,
        )
        scrawl(dn.page, 130, dn.y + 2, orch_person("planner"), 11)
        pages += dn.pages
    received(rng, pages[0], home(), d, 0.35)
    remember(pj, d)
    return close(pages, s, h, numbers="none")


def tpl_broadcast_agreement(rng: random.Random, who: Issuer) -> list[Page]:
    """A broadcaster's recording and broadcast agreement for a concert: the contract letter
    with numbered clauses (rights, transmissions, fees, credits), the schedule of works to be
    recorded, the fee distribution per player on a landscape page and the signature page."""
    lg = home()
    h = make_head(keyed(who, "bc").choice(SENDERS["broadcaster"][lg]), lg, "broadcaster")
    pj = rng.choice(PROJECTS)
    c = rng.choice(home_concerts(pj))
    v = pj.venues[min(c.venue, len(pj.venues) - 1)]
    s = style_of(h, A4)
    w = s.page_size[0]
    m = s.margin
    d = c.day - timedelta(days=rng.randint(10, 40))
    no = serial(rng, rng.choice(["CON/99/99999", "V-99999-99", "RF 99-9999"]))
    f = sheets(s, h, f"{h.name} - {tr(lg, 'Agreement', 'Vertrag', 'Contrat')} {no}")
    recipient(
        f,
        s,
        h,
        orch_lines(orch_person("gm")),
        d,
        [(tr(lg, "Contract no.", "Vertrags-Nr.", "Contrat n°"), no)],
    )
    caption(
        f,
        s,
        tr(
            lg,
            "Recording and Broadcast Agreement",
            "Mitschnitt- und Sendevertrag",
            "Contrat d'enregistrement et de diffusion",
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
                (tr(lg, "Event", "Veranstaltung", "Manifestation"), f"{title_of(pj, lg)}"),
                (
                    tr(lg, "Recording date", "Aufnahmetermin", "Date d'enregistrement"),
                    f"{day(h, c.day)}, {c.start}",
                ),
                (tr(lg, "Venue", "Ort", "Lieu"), f"{v[0]}, {town_of(v[2])}"),
                (
                    tr(lg, "Transmission", "Sendung", "Diffusion"),
                    rng.choice(
                        [
                            tr(lg, "live", "live", "en direct"),
                            tr(lg, "recorded for later transmission", "zeitversetzt", "en différé"),
                        ]
                    ),
                ),
            ],
            w - m,
        )
        + 8
    )
    heads = {
        "en": [
            "Rights granted",
            "Transmissions and repeats",
            "Online availability (BBC Sounds)",
            "Fees",
            "Musicians' Union terms",
            "Credits",
            "Archive and commercial use",
            "Cancellation",
        ],
        "de": [
            "Rechteeinräumung",
            "Sendungen und Wiederholungen",
            "Abrufangebote (Mediathek)",
            "Vergütung",
            "Tarifvertrag für Musiker in Kulturorchestern (TVK)",
            "Namensnennung",
            "Archiv und kommerzielle Auswertung",
            "Ausfall",
        ],
        "fr": [
            "Droits cédés",
            "Diffusions et rediffusions",
            "Mise à disposition en ligne",
            "Rémunération",
            "Accords Spedidam et convention collective",
            "Mentions",
            "Archives",
            "Annulation",
        ],
    }[lg]
    clauses(f, s, rng, lg, heads, "legal")
    pages = f.pages
    g = sheets(s, h, f"{h.name} - {no}")
    caption(
        g,
        s,
        tr(
            lg,
            "Schedule 1 - Works to be recorded",
            "Anlage 1 - Aufnahmeprogramm",
            "Annexe 1 - Oeuvres enregistrées",
        ),
        1,
        True,
    )
    cols = columns(m, w - m, [(2.5, "left"), (4, "left"), (1, "right")])
    table(
        g,
        cols,
        [
            tr(lg, "Composer", "Komponist", "Compositeur"),
            tr(lg, "Work", "Werk", "Oeuvre"),
            tr(lg, "Mins", "Min.", "Durée"),
        ],
        [[WORKS[i][0], work_title(i, lg), str(WORKS[i][2])] for i in pj.works],
        s,
        rules=True,
    )
    pages += g.pages
    L = style_of(h, LAND, margin=40, pt=8)
    lw, lh = L.page_size
    lf = Sheets(
        (lw, lh),
        lh - 40,
        lambda p, n: (
            running_header(
                p, L, f"{h.name} - {no} - {tr(lg, 'Schedule 2', 'Anlage 2', 'Annexe 2')}"
            )
            + 10
        ),
    )
    caption(
        lf,
        L,
        tr(
            lg,
            "Schedule 2 - Fee distribution",
            "Anlage 2 - Honoraraufstellung",
            "Annexe 2 - Répartition des cachets",
        ),
        2,
    )
    pool = MUSICIANS[home()] + MUSICIANS[rng.choice(["en", "de", "fr"])]
    rows = []
    base = {"en": 92.0, "de": 110.0, "fr": 98.0}[lg]
    tot = 0.0
    for k in range(rng.randint(16, 34)):
        mu = pool[k % len(pool)]
        nm = mu[0] if k < len(pool) else f"{rng.choice(FIRSTS[home()])} {rng.choice(LASTS[home()])}"
        fee = base * rng.choice([1, 1, 1, 1.25, 1.5])
        tot += fee
        rows.append(
            [
                str(k + 1),
                nm,
                INSTR[lg][mu[4]],
                rng.choice(["", "P", "SP"]),
                money(fee, lg),
                money(round(fee * 0.5, 2), lg),
                money(round(fee * 1.5, 2), lg),
            ]
        )
    cols = columns(
        40,
        lw - 40,
        [
            (0.4, "left"),
            (3, "left"),
            (2, "left"),
            (0.6, "left"),
            (1.2, "right"),
            (1.2, "right"),
            (1.2, "right"),
        ],
    )
    table(
        lf,
        cols,
        [
            "#",
            tr(lg, "Player", "Name", "Nom"),
            tr(lg, "Instrument", "Instrument", "Instrument"),
            "",
            tr(lg, "Broadcast fee", "Sendehonorar", "Cachet"),
            tr(lg, "Online/repeat", "Wiederholung", "Rediffusion"),
            tr(lg, "Total", "Gesamt", "Total"),
        ],
        rows,
        L,
        rules=True,
        step=1.55,
    )
    lf.y += 4
    lf.page.text(
        lw - 40,
        lf.y,
        f"{tr(lg, 'Total', 'Summe', 'Total')}  {cash(tot * 1.5, lg)}",
        L.bold,
        9,
        "right",
    )
    pages += lf.pages
    sg = sheets(s, h, f"{h.name} - {no}")
    write(
        sg,
        s,
        tr(
            lg,
            "Please sign both copies and return one to the Contracts Unit.",
            "Bitte senden Sie ein unterzeichnetes Exemplar zurück.",
            "Merci de nous retourner un exemplaire signé.",
        ),
    )
    sign_pair(
        sg,
        s,
        lg,
        (staff(h, "producer"), h.name),
        (orch_person("gm"), orch_name()),
        (True, rng.random() < 0.7),
        town_of(h.town),
        d,
        h,
    )
    pages += sg.pages
    received(rng, pages[0], lg, d, 0.3)
    remember(pj, d)
    return close(
        pages,
        s,
        h,
        numbers=h.numbers
        if h.numbers != "none"
        else rng.choice(["none", "Page {i} of {n}" if lg == "en" else "{i}/{n}"]),
    )


def tpl_union_notice(rng: random.Random, who: Issuer) -> list[Page]:
    """The musicians' union's rate notice to engagers (Musicians' Union rates for freelance
    orchestral work, unisono Tarifinformation, SNAM-CGT grille des salaires minima): a short
    circular letter and the rate tables, effective date, notes on doubling, porterage and
    travel; two or three pages."""
    lg = home()
    h = make_head(SENDERS["union"][lg][0], lg, "union")
    s = style_of(h, A4)
    w = s.page_size[0]
    m = s.margin
    d = some_day(rng, -30, 20)
    eff = date(d.year, rng.choice([1, 4, 9]), 1)
    f = sheets(
        s, h, f"{h.name} - {tr(lg, 'Rates', 'Tarifinformation', 'Grille des salaires')} {eff.year}"
    )
    f.y = (
        window(
            f.page,
            s,
            None,
            f.y,
            orch_lines(tr(lg, "The General Manager", "Orchesterdirektion", "Direction")),
        )
        + 18
    )
    f.page.text(w - m, f.y - 40, day(h, d), s.font, s.size, "right")
    title = tr(
        lg,
        f"Freelance orchestral rates from {day(h, eff)}",
        f"Tarifinformation: Mindesthonorare für Aushilfen ab {day(h, eff)}",
        f"Salaires minima des artistes musiciens - avenant du {day(h, eff)}",
    )
    caption(f, s, title, 1)
    write(f, s, prose(rng, lg, "money", 2, 3))
    write(f, s, prose(rng, lg, "music", 1, 2))
    cols = columns(m, w - m, [(4, "left"), (1.3, "left"), (1.2, "right"), (1.2, "right")])
    rows = [
        [tr(lg, a, b, c), dur, money(v, lg), money(round(v * 1.035, 2), lg)]
        for (a, b, c), dur, v in [
            (
                (
                    "Concert (incl. rehearsal on day)",
                    "Konzert inkl. Anspielprobe",
                    "Concert (avec raccord)",
                ),
                "3h",
                rng.choice([162.0, 178.0]),
            ),
            (
                ("Rehearsal session", "Probe", "Service de répétition"),
                "3h",
                rng.choice([108.0, 117.5]),
            ),
            (
                ("Extended session", "Verlängerter Dienst", "Service prolongé"),
                "4h",
                rng.choice([136.0, 149.0]),
            ),
            (
                ("Recording session (audio)", "Tonaufnahme", "Séance d'enregistrement"),
                "3h",
                rng.choice([188.0, 204.0]),
            ),
            (
                ("Broadcast supplement", "Sendezuschlag", "Supplément diffusion"),
                "-",
                rng.choice([46.0, 52.0]),
            ),
            (
                (
                    "Principal / leader supplement",
                    "Zuschlag Stimmführung",
                    "Supplément chef de pupitre",
                ),
                "%",
                25.0,
            ),
            (
                ("Doubling (per instrument)", "Zuschlag Doppelinstrument", "Doublure d'instrument"),
                "-",
                rng.choice([22.0, 28.0]),
            ),
            (
                (
                    "Porterage (cello, bass, timpani)",
                    "Transportzuschlag Großinstrumente",
                    "Transport instrument encombrant",
                ),
                "-",
                rng.choice([12.0, 15.5]),
            ),
        ]
    ]
    table(
        f,
        cols,
        [
            tr(lg, "Engagement", "Dienstart", "Nature du service"),
            tr(lg, "Length", "Dauer", "Durée"),
            tr(lg, "Current", "bisher", "Actuel"),
            tr(lg, "New rate", "neu", "Nouveau"),
        ],
        rows,
        s,
        shade=0.88,
        rules=True,
    )
    f.y += 8
    for t in rng.sample(
        [
            prose(rng, lg, "music", 1, 2),
            prose(rng, lg, "travel", 1, 2),
            prose(rng, lg, "money", 1, 2),
        ],
        2,
    ):
        write(f, s, f"- {t}", s.size - 1, 8)
    regards(
        f,
        s,
        lg,
        staff(h, "official"),
        tr(lg, "National Organiser, Orchestras", "Geschäftsführung", "Secrétaire général"),
    )
    return close(
        f.pages,
        s,
        h,
        numbers=rng.choice(
            [
                "{i}/{n}",
                h.numbers,
                "Page {i} of {n}"
                if lg == "en"
                else "Seite {i} von {n}"
                if lg == "de"
                else "Page {i}/{n}",
            ]
        ),
    )


# ---------------------------------------------------------------------------------------------
# The part: templates, runs and companions
# ---------------------------------------------------------------------------------------------


def tracked(name: str, tpl: Template) -> Template:
    """``tpl`` noting its kind, so that a companion can take up the same project."""

    def run(rng: random.Random, who: Issuer) -> list[Page]:
        pages = tpl(rng, who)
        LAST["kind"] = name
        return pages

    run.__doc__ = tpl.__doc__
    return run


KINDS: dict[str, Template] = {
    "musician_contract": tpl_musician_contract,
    "musician_invoice": tpl_musician_invoice,
    "agency_contract": tpl_agency_contract,
    "agency_invoice": tpl_agency_invoice,
    "venue_hire": tpl_venue_hire,
    "venue_settlement": tpl_venue_settlement,
    "box_office": tpl_box_office,
    "hire_invoice": tpl_hire_invoice,
    "programme_return": tpl_programme_return,
    "licence_statement": tpl_licence_statement,
    "insurance_schedule": tpl_insurance_schedule,
    "travel_confirmation": tpl_travel_confirmation,
    "hotel_confirmation": tpl_hotel_confirmation,
    "funding_agreement": tpl_funding_agreement,
    "funding_report": tpl_funding_report,
    "sponsor_letter": tpl_sponsor_letter,
    "donation_receipt": tpl_donation_receipt,
    "print_proof": tpl_print_proof,
    "print_invoice": tpl_print_invoice,
    "broadcast_agreement": tpl_broadcast_agreement,
    "union_notice": tpl_union_notice,
}
TEMPLATES_NNN: dict[str, Template] = {k: tracked(k, t) for k, t in KINDS.items()}
#: Kinds that a pile often holds 2-4 of in a row from one sender.
RUN_KINDS = (
    "musician_contract",
    "musician_invoice",
    "hire_invoice",
    "programme_return",
    "hotel_confirmation",
    "box_office",
    "donation_receipt",
)
#: A kind often followed by a related paper.
FOLLOWS = {
    "musician_contract": "musician_invoice",
    "agency_contract": "agency_invoice",
    "venue_hire": "venue_settlement",
    "programme_return": "licence_statement",
    "travel_confirmation": "hotel_confirmation",
    "sponsor_letter": "donation_receipt",
    "print_proof": "print_invoice",
}


# ---------------------------------------------------------------------------------------------
# Streams and generation (same files and labels as corpus.generate)
# ---------------------------------------------------------------------------------------------


def make_tankard_stream(rng: random.Random, n_docs: int, separators: bool) -> Stream:
    """One orchestra office's pile: ``corpus.make_stream`` with batch runs (after a run kind,
    1-3 more of the same kind from the same sender follow with probability 0.6) and
    companions (each kind in ``FOLLOWS`` is followed by its related paper with probability
    0.5). The orchestra (country, name, month, projects) is drawn once per stream."""
    r = random.Random(rng.getrandbits(32))
    lang = r.choice(["en", "en", "de", "de", "fr"])
    OFFICE["lang"] = lang
    OFFICE["row"] = r.randrange(len(ORCHESTRAS[lang]))
    OFFICE["seed"] = r.getrandbits(24)
    OFFICE["month"] = date(r.choice([2024, 2025]), r.randint(1, 12), 1)
    make_projects(r)
    LAST.update(kind="", proj=None, day=None, extra=None)
    run_odds = dict.fromkeys(RUN_KINDS, 0.6)
    return assemble_stream(
        rng, TEMPLATES_NNN, n_docs, separators, run_odds, run_len=(1, 3), follows=FOLLOWS
    )


generate = part_generate(PART, SEED_OFFSET, make_tankard_stream, "templates NNN")


def main(argv: list[str]) -> int:
    return part_main(argv, __doc__, PART, generate, scanned=12)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

"""Teapot part of the generated corpus: templates XXX, written blind for the next measurement.

A part of its own, ``teapot``. Its templates were written without looking at the boundary
detector, its documentation, its tuning or its evaluation, as the pile the office of a small
forestry contractor and firewood supplier (the owner, three forestry workers and an office
manager, a harvester, a forwarder, a firewood processor and a kiln; in England, Germany or
France) feeds through its scanner in a month: timber purchase contracts with woodland owners
and their agents (standing sale, Holzkaufvertrag, contrat de vente de bois sur pied) with the
clauses, the schedule of lots on a landscape page, the signature page and the sale plan, some
behind a covering letter; the contractor's felling licence applications as agent (Forestry
Commission application, Antrag auf Genehmigung des Holzeinschlags, demande d'autorisation de
coupe) with tick boxes, hand entries, the felling table and a location map; the authorities'
felling licences and approvals (Forestry Commission, untere Forstbehörde, DDT / ONF) with the
covering letter, the conditions and the schedule, the German and French ones with their
Rechtsbehelfsbelehrung or voies de recours on a page of their own; the contractor's tree
survey and safety reports for councils and estates (covering letter, cover page, method,
the tree schedule on landscape pages, a photo sheet); harvesting and extraction job sheets
filled in by hand with the hazard checklist and the daily log; the contractor's timber sales
invoices to sawmills with the copies of the weighbridge tickets behind; the sawmills'
weighbridge tickets on narrow slips; the sawmills' log measurement statements (Werksvermessung,
bordereau de cubage) on landscape pages with the grade summary; firewood delivery notes from
the A5 carbon pad signed by the customer; firewood invoices to customers, some with the
storage and burning advice behind; the kiln's monthly moisture records on landscape pages;
Ready to Burn / woodfuel quality certificates (Woodsure, Gütegemeinschaft, France Bois Bûche)
with the covering letter and the schedule of certified products; machinery dealers' and hire
firms' invoices for harvester and forwarder hire (with the hire conditions) and for services
(with the technician's service checklist); fuel and oil suppliers' invoices for gas oil, chain
oil and alkylate petrol; chainsaw operator certificates (NPTC / City & Guilds, Motorsägenkurs
Modul A/B, certificat de formation abattage) on landscape A4 with the record of units behind;
woodland management plans (Forstbetriebsgutachten, plan simple de gestion) with a cover page,
contents, compartment table, work programme and map; public liability insurance schedules with
the broker's covering letter and the endorsements; grant claims for planting (Woodland Creation
claim, Auszahlungsantrag Erstaufforstung, demande de paiement d'aide au reboisement) with the
list of supporting invoices; and the paying agency's payment notices. Each stream is one
contractor's pile: the contractor (country, name, month, staff) is drawn once per stream;
its senders are of the contractor's country and write in its language, except that sawmills,
machinery dealers and hire firms are now and then from abroad and write in their own. Page
sizes range from narrow weighbridge slips and A5 pads to A4, Letter and landscape A4.

Labelling rule: what one sender issues in one go is one document, as the office files it: the
covering letter, clauses, schedule of lots, signature page and sale plan of a timber contract;
every page and the map of a felling licence application; the covering letter, licence,
conditions and appeal notice of an approval; the covering letter, cover page, tree schedule and
photo sheet of a survey report; the hazard checklist page of a job sheet; the copies of the
weighbridge tickets behind a timber invoice (the tickets are the sawmill's paper, yet the office
attached them); every page and the summary of a measurement statement; the advice page behind
a firewood invoice; the covering letter and schedule of a woodfuel certificate; the hire
conditions of a hire invoice and the service checklist of a service invoice; the record of units
behind an operator certificate; every page of a management plan; the covering letter,
schedule and endorsements of an insurance schedule; the list of invoices of a grant claim.
Related papers are documents of their own: the felling application after the timber contract,
the approval after the application, the job sheet after the survey report, the timber invoice
after the measurement statement, the firewood invoice after the delivery note, the woodfuel
certificate after the moisture record and the payment notice after the grant claim; and so is
each ticket, statement, note, invoice, job sheet and certificate of a run.

Streams are assembled like ``corpus.make_stream`` (same separator sheets, same 30% chance of
repeating the previous kind and sender), plus batch runs: weighbridge tickets, measurement
statements, firewood delivery notes and invoices, job sheets, fuel invoices, timber invoices
and operator certificates often come 2-4 in a row from one sender with other numbers, dates,
amounts and people; and companions: each related paper above often follows the document it
answers, about the same wood, load, customer or claim. Drawn with ``corpus.draw_pdf``, scanned
with ``corpus.scan`` and labelled exactly like ``corpus.generate`` with ``"split": "teapot"``
and seeds offset by 7_500_000.

Usage: ``python benchmarks/corpus_teapot.py OUT_DIR [--streams N] [--scanned N] [--seed S]``
writes ``OUT_DIR/teapot/teapot_{born_digital,scanned}_NNNNNNN.{pdf,json}``.
"""

from __future__ import annotations

import itertools
import math
import random
import sys
import zlib
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from pathlib import Path

from reportlab.lib.pagesizes import A4, A5, LETTER, landscape

sys.path.insert(0, str(Path(__file__).parent))

from corpus import Issuer, Page, Stream, Style, Template, assemble_stream
from corpus_kit import (
    HAND,
    INK,
    Col,
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
    yes_no,
)
from corpus_kit import address as window
from corpus_kit import (
    columns as kit_columns,
)

PART = "teapot"
SEED_OFFSET = 7_500_000

MM = 72 / 25.4
SLIP = (80 * MM, 132 * MM)

# ---------------------------------------------------------------------------------------------
# Who writes: the contractor and its outside senders, by country
# ---------------------------------------------------------------------------------------------

Row = tuple[str, str, str, str]  # name, street, town, telephone
OFFICES: dict[str, list[Row]] = {
    "en": [
        (
            "Hartwood Forestry & Firewood Ltd",
            "Old Sawmill Yard, Coleford Road",
            "Lydney GL15 4AB",
            "01594 842 316",
        ),
        ("Wyre Valley Timber & Logs", "Furnace Lane", "Bewdley DY12 2QE", "01299 405 118"),
        ("Kielder Edge Forestry Ltd", "Station Yard", "Bellingham NE48 2DG", "01434 220 671"),
    ],
    "de": [
        ("Forstservice Hollerbach GmbH", "Sägmühlweg 12", "72275 Alpirsbach", "07444 91 63 20"),
        ("Holzrückebetrieb & Brennholz Lindner", "Am Forsthaus 3", "34346 Hann. Münden", ""),
        ("Forstunternehmen Kranz", "Bodenmaiser Straße 41", "94227 Zwiesel", "09922 84 17 0"),
    ],
    "fr": [
        ("Exploitation forestière Mathey SARL", "Route de la Scierie", "88400 Gérardmer", ""),
        ("ETF Perrin Bois & Bûches", "12 chemin des Charmes", "39300 Champagnole", ""),
        ("Bois et Forêts du Morvan SAS", "Lieu-dit Les Granges", "58230 Montsauche", ""),
    ],
}
SENDERS: dict[str, dict[str, list[Row]]] = {
    "owner": {
        "en": [
            ("Ashby Estate Trustees", "Estate Office, Ashby Court", "Ross-on-Wye HR9 7JX", ""),
            ("Bernard Thornley & Partners, Land Agents", "12 Broad Street", "Hereford HR4 9AP", ""),
            ("Cleeve Hill Farms Ltd", "Cleeve Hill Farm", "Tewkesbury GL20 7DW", "01684 292 440"),
            ("Mrs Judith Prideaux", "Hollins House", "Newnham GL14 1EQ", ""),
        ],
        "de": [
            ("Waldgenossenschaft Oberndorf", "Rathausplatz 1", "78727 Oberndorf", ""),
            ("Gräflich Eltz'sche Forstverwaltung", "Schlossweg 5", "72280 Dornstetten", ""),
            ("Forstbetriebsgemeinschaft Kinzigtal w.V.", "Hauptstraße 22", "77716 Haslach", ""),
            ("Familie Schwenninger (Privatwald)", "Hinterer Hof 2", "72275 Alpirsbach", ""),
        ],
        "fr": [
            ("Groupement forestier du Bois Brûlé", "5 place de l'Église", "88120 Vagney", ""),
            ("Cabinet Forestier Guillaume - Expert", "18 rue Thiers", "88000 Épinal", ""),
            ("M. et Mme Bertrand Jacquot", "Ferme des Hauts", "39110 Salins-les-Bains", ""),
            ("Commune de Montsauche (forêt communale)", "Mairie", "58230 Montsauche", ""),
        ],
    },
    "authority": {
        "en": [
            (
                "Forestry Commission - West Midlands Area",
                "Bank House, Station Road",
                "Bromsgrove B61 8DB",
                "",
            ),
            (
                "Forestry Commission - North East and Yorkshire Area",
                "Eals Burn, Bellingham",
                "Hexham NE48 2HP",
                "",
            ),
        ],
        "de": [
            (
                "Landratsamt Freudenstadt - Untere Forstbehörde",
                "Landhausstraße 34",
                "72250 Freudenstadt",
                "",
            ),
            (
                "Amt für Ernährung, Landwirtschaft und Forsten Regen",
                "Bahnhofstr. 1",
                "94209 Regen",
                "",
            ),
            ("Forstamt Reinhardshagen", "Obere Kasseler Str. 2", "34359 Reinhardshagen", ""),
        ],
        "fr": [
            (
                "Direction départementale des territoires des Vosges - Service forêt",
                "22-26 avenue Dutac",
                "88026 Épinal",
                "",
            ),
            (
                "Direction départementale des territoires du Jura - Unité forêt",
                "4 rue du Curé Marquis",
                "39000 Lons-le-Saunier",
                "",
            ),
            ("ONF - Agence territoriale Bourgogne Est", "29 rue de Talant", "21000 Dijon", ""),
        ],
    },
    "client": {
        "en": [
            (
                "Forest of Dean District Council",
                "Council Offices, High Street",
                "Coleford GL16 8HG",
                "",
            ),
            (
                "Wyre Forest District Council - Countryside",
                "Green Street",
                "Kidderminster DY10 1HA",
                "",
            ),
            ("Northumberland County Council - Parks", "County Hall", "Morpeth NE61 2EF", ""),
            ("Ashby Estate Trustees", "Estate Office, Ashby Court", "Ross-on-Wye HR9 7JX", ""),
        ],
        "de": [
            ("Stadt Alpirsbach - Bauamt", "Marktplatz 1", "72275 Alpirsbach", ""),
            ("Gemeinde Zwiesel - Grünflächenamt", "Stadtplatz 27", "94227 Zwiesel", ""),
            ("Klosterkammer Hannover - Forstbetrieb", "Eichstraße 4", "30161 Hannover", ""),
            (
                "Kreisstraßenmeisterei Freudenstadt",
                "Wittlensweiler Str. 9",
                "72250 Freudenstadt",
                "",
            ),
        ],
        "fr": [
            (
                "Mairie de Gérardmer - Services techniques",
                "16 boulevard Kelsch",
                "88400 Gérardmer",
                "",
            ),
            ("Département du Jura - Routes", "17 rue Rouget de Lisle", "39039 Lons-le-Saunier", ""),
            ("Domaine de la Roche-Aymon", "Château", "58230 Montsauche", ""),
            ("Camping Les Granges du Lac SARL", "Route du Lac", "88400 Xonrupt", ""),
        ],
    },
    "sawmill": {
        "en": [
            ("Severnside Sawmills Ltd", "Lydney Docks", "Lydney GL15 5ES", "01594 843 900"),
            ("Tyne Valley Timber Ltd", "Haydon Bridge Industrial Estate", "Hexham NE47 6AA", ""),
            ("Marches Pallet & Fencing Ltd", "Leominster Enterprise Park", "Leominster", ""),
        ],
        "de": [
            ("Sägewerk Schwarzwald Holz GmbH", "Industriestraße 8", "72270 Baiersbronn", ""),
            ("Säge Pfeiffer KG", "Am Mühlbach 14", "94234 Viechtach", "09942 30 11"),
            ("Holzindustrie Weserbergland GmbH", "Sollingstraße 60", "37603 Holzminden", ""),
        ],
        "fr": [
            ("Scierie des Hautes-Vosges SAS", "ZA du Haut-Rain", "88120 Vagney", ""),
            ("Scierie Mougin Frères", "Route de Nozeroy", "39250 Mignovillard", ""),
            ("Bois du Morvan Industries SA", "ZI de la Vauvelle", "58120 Château-Chinon", ""),
        ],
    },
    "plant": {
        "en": [
            (
                "Borders Forest Machinery Ltd",
                "Tweedbank Industrial Estate",
                "Galashiels TD1 3RS",
                "",
            ),
            ("Dean Forest Plant Hire", "Cinderford Business Park", "Cinderford GL14 2YA", ""),
            ("Westcountry Forestry Equipment", "Marsh Barton", "Exeter EX2 8NP", ""),
        ],
        "de": [
            ("Forsttechnik Maier GmbH", "Gewerbering 7", "72186 Empfingen", "07485 97 70 0"),
            ("Landtechnik & Forstmaschinen Hauer", "Deggendorfer Str. 58", "94227 Zwiesel", ""),
            ("Forstmaschinen Vermietung Nord GmbH", "Celler Straße 112", "29614 Soltau", ""),
        ],
        "fr": [
            ("Forestière Matériel SAS", "ZA des Grands Champs", "88190 Golbey", ""),
            ("Ets Vuillemin Motoculture", "8 rue de la Gare", "39300 Champagnole", ""),
            ("Location Engins Forestiers du Centre", "Route de Nevers", "58000 Sermoise", ""),
        ],
    },
    "fuel": {
        "en": [
            ("Oakfield Fuels Ltd", "Depot, Mitcheldean Road", "Ross-on-Wye HR9 5TL", ""),
            ("Tynedale Oils", "Ford Road", "Hexham NE46 2JD", "01434 605 500"),
        ],
        "de": [
            ("Raiffeisen Energie Nordschwarzwald", "Lagerstraße 3", "72250 Freudenstadt", ""),
            ("Mineralöl Kessler & Sohn", "Regener Straße 19", "94227 Zwiesel", ""),
            ("Weser-Agrar Handels-GmbH", "Hafenstraße 2", "34346 Hann. Münden", ""),
        ],
        "fr": [
            ("Carburants du Haut-Doubs SARL", "ZA Les Grands Prés", "39300 Champagnole", ""),
            ("Charvet Énergies Vosges", "12 rue de Lorraine", "88100 Saint-Dié", ""),
            ("Morvan Fioul & Lubrifiants", "Route d'Autun", "58120 Château-Chinon", ""),
        ],
    },
    "trainer": {
        "en": [
            ("NPTC City & Guilds Land Based Services", "Stoneleigh Park", "Kenilworth CV8 2LG", ""),
            ("Lantra Awards", "Lantra House, Stoneleigh Park", "Coventry CV8 2LG", ""),
        ],
        "de": [
            ("Forstliches Bildungszentrum Königsbronn", "Forststraße 10", "89551 Königsbronn", ""),
            ("SVLFG - Bildungszentrum Forst", "Weißensteiner Str. 70", "34131 Kassel", ""),
        ],
        "fr": [
            ("CFPPA forestier de Mirecourt", "Route de Mattaincourt", "88500 Mirecourt", ""),
            ("CFPPA de Châteaufarine - Pôle forêt", "10 rue François Villon", "25000 Besançon", ""),
        ],
    },
    "certifier": {
        "en": [("Woodsure Ltd - Ready to Burn", "PO Box 5471", "Stratford CV37 1LD", "")],
        "de": [
            ("Gütegemeinschaft Qualitätsbrennholz e.V.", "Brunnenstraße 9", "79098 Freiburg", "")
        ],
        "fr": [
            ("France Bois Bûche - Organisme certificateur", "6 quai Watier", "78400 Chatou", "")
        ],
    },
    "broker": {
        "en": [
            ("Marches Rural Insurance Brokers", "4 King Street", "Hereford HR4 9BW", ""),
            ("Tyne & Wear Country Insurance Services", "Priestpopple", "Hexham NE46 1PS", ""),
        ],
        "de": [
            ("Versicherungsbüro Günther Rapp", "Marktplatz 9", "72250 Freudenstadt", ""),
            (
                "Agrar- und Forstversicherung AG - Agentur Zwiesel",
                "Angerstr. 4",
                "94227 Zwiesel",
                "",
            ),
        ],
        "fr": [
            ("Cabinet Lorrain d'Assurances", "21 rue Léopold Bourg", "88000 Épinal", ""),
            (
                "Mutuelle Forestière de l'Est - Agence du Jura",
                "2 rue du Collège",
                "39300 Champagnole",
                "",
            ),
        ],
    },
    "payer": {
        "en": [
            ("Rural Payments Agency", "PO Box 352", "Worksop S80 9FG", ""),
            (
                "Forestry Commission - Grants & Regulations",
                "620 Bristol Business Park",
                "Bristol BS16 1EJ",
                "",
            ),
        ],
        "de": [
            ("Landesoberkasse Baden-Württemberg", "Steinhäuserstraße 19", "76135 Karlsruhe", ""),
            (
                "Amt für Ernährung, Landwirtschaft und Forsten - Förderung",
                "Bahnhofstr. 1",
                "94209 Regen",
                "",
            ),
        ],
        "fr": [
            (
                "ASP - Agence de services et de paiement",
                "2 rue du Maupas",
                "87040 Limoges",
                "",
            ),
            (
                "Région Bourgogne-Franche-Comté - Forêt-bois",
                "4 square Castan",
                "25031 Besançon",
                "",
            ),
        ],
    },
}
FIRSTS = {
    "en": ["Gareth", "Sian", "Tom", "Rachel", "Owen", "Hannah", "Dave", "Claire", "Rob", "Nia"],
    "de": ["Florian", "Katrin", "Markus", "Sabine", "Tobias", "Julia", "Jonas", "Eva", "Uwe"],
    "fr": ["Cédric", "Aurélie", "Julien", "Sandrine", "Thierry", "Émilie", "Loïc", "Nadine"],
}
LASTS = {
    "en": ["Powell", "Morgan", "Fletcher", "Hale", "Prosser", "Baldwin", "Keen", "Wye", "Marsh"],
    "de": ["Kaltenbach", "Fuchs", "Brenner", "Schill", "Maier", "Wenzel", "Huber", "Eckert"],
    "fr": ["Colin", "Vuillaume", "Grandjean", "Pierrel", "Jeandel", "Cuny", "Marchal", "Thiery"],
}
FEMALE = {"Sian", "Rachel", "Hannah", "Claire", "Nia", "Katrin", "Sabine", "Julia", "Eva"}
FEMALE |= {"Aurélie", "Sandrine", "Émilie", "Nadine"}
ROADS = {
    "en": ["Church Lane", "Mill Road", "The Green", "Forest Road", "Orchard Close", "High Street"],
    "de": ["Hauptstraße", "Kirchweg", "Talstraße", "Am Wiesenrain", "Schwarzwaldstraße"],
    "fr": ["rue de l'Église", "chemin du Moulin", "route des Lacs", "rue des Écoles"],
}
TOWNS = {
    "en": ["Coleford GL16 8AA", "Cinderford GL14 2QB", "Bewdley DY12 1AT", "Hexham NE46 3NP"],
    "de": ["72275 Alpirsbach", "72250 Freudenstadt", "94227 Zwiesel", "34346 Hann. Münden"],
    "fr": ["88400 Gérardmer", "88120 Vagney", "39300 Champagnole", "58230 Montsauche"],
}
WOODS = {
    "en": [
        "Hollins Wood",
        "Cleeve Hanger",
        "Ravensgill Plantation",
        "Blackthorn Copse",
        "Soudley Inclosure",
        "Home Farm Beech Coppice",
        "Kingswood Common",
        "Bracken Bank Wood",
    ],
    "de": [
        "Distrikt Buchrain",
        "Abt. Hohe Steig",
        "Schlag Tannenbühl",
        "Distrikt Eichhalde",
        "Abt. Fuchsloch",
        "Distrikt Kälberweide",
        "Abt. Schwarzer Grund",
    ],
    "fr": [
        "Bois de la Combe",
        "Forêt de la Grange-Neuve",
        "Bois des Charmottes",
        "Bois du Grand Faing",
        "Forêt de la Côte Brûlée",
        "Bois des Épinettes",
    ],
}
SPECIES = {
    "en": [
        "Sitka spruce",
        "Norway spruce",
        "Douglas fir",
        "Scots pine",
        "Larch",
        "Oak",
        "Ash",
        "Beech",
        "Sycamore",
        "Birch",
    ],
    "de": [
        "Fichte",
        "Tanne",
        "Douglasie",
        "Kiefer",
        "Lärche",
        "Eiche",
        "Esche",
        "Buche",
        "Bergahorn",
        "Birke",
    ],
    "fr": [
        "Épicéa",
        "Sapin",
        "Douglas",
        "Pin sylvestre",
        "Mélèze",
        "Chêne",
        "Frêne",
        "Hêtre",
        "Érable",
        "Bouleau",
    ],
}
SHORT_SP = ["SS", "NS", "DF", "SP", "L", "OK", "AH", "BE", "SY", "BI"]
PRODUCTS = {
    "en": [
        "Sawlogs 4.9m",
        "Sawlogs 3.1m",
        "Pallet wood 2.5m",
        "Bars / fencing 2.1m",
        "Chipwood",
        "Firewood lengths",
    ],
    "de": [
        "Stammholz L 5,0 m",
        "Abschnitte 4,0 m",
        "Palettenholz 2,5 m",
        "Industrieholz IL",
        "Hackholz",
        "Brennholz lang",
    ],
    "fr": [
        "Grumes 5 m",
        "Billons 4 m",
        "Bois de palette 2,5 m",
        "Bois d'industrie",
        "Bois de trituration",
        "Bois de chauffage long",
    ],
}
LOGS = {
    "en": [
        "Seasoned hardwood logs 25cm",
        "Kiln-dried ash logs",
        "Kiln-dried mixed hardwood",
        "Seasoned softwood logs",
        "Kindling bags",
        "Kiln-dried oak logs 30cm",
    ],
    "de": [
        "Buche 33 cm ofenfertig",
        "Buche/Eiche 25 cm kammergetrocknet",
        "Fichte 33 cm luftgetrocknet",
        "Esche 25 cm kammergetrocknet",
        "Anzündholz (Sack)",
        "Birke 25 cm kammergetrocknet",
    ],
    "fr": [
        "Bûches hêtre 33 cm sèches",
        "Bûches chêne 50 cm",
        "Mélange feuillus 25 cm séché séchoir",
        "Bûches résineux 33 cm",
        "Bois d'allumage (sac)",
        "Charme 33 cm séché séchoir",
    ],
}
LOG_UNITS = {
    "en": ["bulk bag (1.2 m³)", "loose m³", "cubic metre crate", "net bag"],
    "de": ["SRM", "RM", "Big Bag (1,5 SRM)", "Sack"],
    "fr": ["stère", "m³ apparent", "big bag 1,5 m³", "sac"],
}
MACHINES = [
    ("Ponsse Ergo 8W harvester", "Ponsse Ergo 8W Harvester", "Abatteuse Ponsse Ergo 8W"),
    ("John Deere 1270G harvester", "John Deere 1270G Harvester", "Abatteuse John Deere 1270G"),
    ("Komatsu 855 forwarder", "Komatsu 855 Forwarder", "Porteur Komatsu 855"),
    ("Ponsse Buffalo forwarder", "Ponsse Buffalo Forwarder", "Porteur Ponsse Buffalo"),
    ("Tajfun RCA 400 firewood processor", "Tajfun RCA 400 Sägespalter", "Combiné Tajfun RCA 400"),
    ("Valtra T175 forestry tractor + winch", "Valtra T175 Forstschlepper", "Tracteur Valtra T175"),
    ("Vimek 608 mini forwarder", "Vimek 608 Kleinrückezug", "Mini-porteur Vimek 608"),
]

TREE_KIT = [
    ("Timberwolf TW 230 chipper", "Häcksler Jensen A 530", "Broyeur Greenmech 190"),
    ("MEWP 21 m tracked platform", "Hubarbeitsbühne 21 m", "Nacelle 21 m"),
    ("Stump grinder Predator 38", "Stubbenfräse Stumpster", "Rogneuse de souches"),
    ("Land Rover + trailer", "Pritschenwagen + Anhänger", "Fourgon plateau + remorque"),
]

TALK = {
    "en": {
        "forest": "woodland compartment thinning clearfell restocking extraction ride track "
        "landing stacking brash mats timber haulage species volume felling operations",
        "legal": "seller purchaser timber lot price payment property risk title access "
        "reinstatement damage indemnity notice termination dispute law contract period",
        "trees": "tree crown stem decay fungal deadwood lean root plate ivy cavity defect "
        "target footpath highway inspection recommendation priority reduction",
        "safety": "risk hazard exclusion zone chainsaw operator first aid emergency signage "
        "public footpath overhead power line slope ground conditions PPE",
        "money": "invoice payment account balance due amount reference transfer period "
        "outstanding statement charges terms settlement",
        "plan": "objectives biodiversity species diversity regeneration deer management "
        "access recreation conservation habitat thinning cycle deadwood monitoring",
    },
    "de": {
        "forest": "Bestand Abteilung Durchforstung Kahlhieb Wiederaufforstung Rückung Rückegasse "
        "Polterplatz Holzabfuhr Reisig Holzart Festmeter Einschlag Maßnahme",
        "legal": "Verkäufer Käufer Holzmenge Preis Zahlung Eigentum Gefahrübergang Zufahrt "
        "Wiederherstellung Schäden Haftung Kündigung Gerichtsstand Vertrag Frist",
        "trees": "Baum Krone Stamm Fäule Pilzbefall Totholz Neigung Wurzelteller Efeu Höhlung "
        "Mangel Verkehrssicherheit Gehweg Straße Kontrolle Maßnahme Dringlichkeit",
        "safety": "Gefährdung Risiko Sperrbereich Motorsäge Erste Hilfe Rettungspunkt "
        "Beschilderung Wanderweg Freileitung Hangneigung Bodenverhältnisse Schutzausrüstung",
        "money": "Rechnung Zahlung Konto Saldo fällig Betrag Verwendungszweck Überweisung "
        "Zeitraum offen Auszug Gebühren Zahlungsziel Ausgleich",
        "plan": "Ziele Biodiversität Mischbestand Naturverjüngung Wildbestand Erschließung "
        "Erholung Naturschutz Lebensraum Durchforstungsturnus Totholz Kontrolle",
    },
    "fr": {
        "forest": "parcelle peuplement éclaircie coupe rase reboisement débardage piste "
        "place de dépôt empilage rémanents grumier essence volume abattage travaux",
        "legal": "vendeur acheteur lot prix paiement propriété risques accès remise en état "
        "dégâts responsabilité préavis résiliation litige droit contrat délai",
        "trees": "arbre houppier tronc pourriture champignon bois mort inclinaison motte "
        "lierre cavité défaut cible sentier voirie inspection préconisation urgence",
        "safety": "risque danger périmètre de sécurité tronçonneuse secours point de rencontre "
        "signalisation sentier ligne électrique pente sol équipement protection",
        "money": "facture paiement compte solde échéance montant référence virement période "
        "impayé relevé frais règlement",
        "plan": "objectifs biodiversité mélange régénération naturelle équilibre sylvo-cynégétique "
        "desserte accueil du public habitat rotation bois mort suivi",
    },
}
GLUES = {
    "en": "the of and to for with on at by from this is are will be the a as all any",
    "de": "die der das und zu für mit auf von ist sind wird bei nach den dem im alle",
    "fr": "le la les et de du pour avec sur par est sont sera au aux des une tous",
}


def words(rng: random.Random, lang: str, topic: str = "forest", n: int | None = None) -> str:
    pool, glue = TALK[lang][topic].split(), GLUES[lang].split()
    ws = [rng.choice(pool if rng.random() < 0.5 else glue) for _ in range(n or rng.randint(7, 15))]
    text = " ".join(ws)
    return text[0].upper() + text[1:] + "."


def prose(rng: random.Random, lang: str, topic: str = "forest", lo: int = 2, hi: int = 4) -> str:
    return " ".join(words(rng, lang, topic) for _ in range(rng.randint(lo, hi)))


# ---------------------------------------------------------------------------------------------
# The contractor of a stream: country, month, staff; the previous document's subject
# ---------------------------------------------------------------------------------------------

OFFICE: dict[str, object] = {"lang": "en", "row": 0, "seed": 0, "month": date(2025, 3, 1)}
LAST: dict[str, object] = {"kind": "", "day": None, "extra": None}


def home() -> str:
    return str(OFFICE["lang"])


def month() -> date:
    m = OFFICE["month"]
    assert isinstance(m, date)
    return m


def keyed(who: Issuer, key: str) -> random.Random:
    """Draws fixed by the issuer, the stream's contractor and ``key``: a run or a repeat keeps
    its sender."""
    text = f"teapot/{key}/{who.name}/{who.street}/{who.city}/{OFFICE['seed']}"
    return random.Random(zlib.crc32(text.encode()))


def office_rng(key: str) -> random.Random:
    return random.Random(zlib.crc32(f"teapot/office/{key}/{OFFICE['seed']}".encode()))


def some_day(rng: random.Random) -> date:
    return month() + timedelta(days=rng.randint(0, 27))


def after(kinds: tuple[str, ...]) -> bool:
    return LAST["kind"] in kinds


def last_day(rng: random.Random, kinds: tuple[str, ...], lag: tuple[int, int]) -> date:
    d = LAST["day"]
    if after(kinds) and isinstance(d, date):
        return d + timedelta(days=rng.randint(*lag))
    return some_day(rng)


def remember(d: date, extra: object = None) -> None:
    LAST.update(day=d, extra=extra)


def years_on(d: date, n: int) -> date:
    """``d`` ``n`` years on (29 February becomes 28 February)."""
    return date(d.year + n, d.month, min(d.day, 28 if d.month == 2 else 31))


def town_name(town: str) -> str:
    """The town of an address line without its postcode."""
    parts = [t for t in town.split() if not any(c.isdigit() for c in t)]
    return " ".join(parts) or town


def columns(x0: float, x1: float, spec: list[tuple[float, str]]) -> list[Col]:
    """``corpus_kit.columns`` with a gutter before a left-aligned column that follows a
    right-aligned one."""
    cols = kit_columns(x0, x1, spec)
    out = [cols[0]]
    for prev, col in itertools.pairwise(cols):
        if col[2] != "right" and prev[2] == "right":
            col = (col[0] + 8, col[1], col[2])
        out.append(col)
    return out


def person(r: random.Random, lang: str) -> str:
    return f"{r.choice(FIRSTS[lang])} {r.choice(LASTS[lang])}"


def crew() -> list[str]:
    """The contractor's people: owner, three forestry workers, the office manager."""
    r = office_rng("crew")
    lg = home()
    names: list[str] = []
    while len(names) < 5:
        n = person(r, lg)
        if n.split()[1] not in {x.split()[1] for x in names[1:]} or not names:
            names.append(n)
    return names


def boss() -> str:
    return crew()[0]


def workers() -> list[str]:
    return crew()[1:4]


def clerk() -> str:
    return crew()[4]


def mx(name: str, lang: str) -> str:
    female = name.split()[0] in FEMALE
    if lang == "de":
        return f"{'Frau' if female else 'Herr'} {name}"
    if lang == "fr":
        return f"{'Madame' if female else 'Monsieur'} {name}"
    return f"{'Mrs' if female else 'Mr'} {name}"


def qty(v: float, lang: str, nd: int = 2) -> str:
    s = f"{v:,.{nd}f}"
    if lang in ("de", "fr"):
        s = s.replace(",", "_").replace(".", ",").replace("_", "." if lang == "de" else " ")
    return s


@dataclass
class Site:
    """A wood the contractor works in: owner, location, compartments."""

    wood: str
    owner: Row
    owner_lang: str
    where: str
    cpts: list[tuple[str, int, float, int]]  # compartment, species index, hectares, m³
    ref: str


def a_site(rng: random.Random) -> Site:
    lg = home()
    owner = rng.choice(SENDERS["owner"][lg])
    if lg == "en":
        where = f"OS grid ref {rng.choice(['SO', 'ST', 'NY'])} {rng.randint(1000, 9999)} "
        where += f"{rng.randint(1000, 9999)}"
    elif lg == "de":
        where = (
            f"Gemarkung {rng.choice(['Reinerzau', 'Rötenbach', 'Lindenberg', 'Rabenstein'])}, "
            f"Flst. {rng.randint(100, 2999)}/{rng.randint(1, 9)}"
        )
    else:
        where = f"Section {serial(rng, 'A')}{serial(rng, 'A')} n° {rng.randint(10, 499)}"
    cpts = []
    for k in range(rng.randint(1, 4)):
        ha = round(rng.uniform(0.6, 9.5), 2)
        sp = rng.randrange(10)
        cpts.append(
            (
                f"{rng.randint(1, 30)}{'abcd'[k] if rng.random() < 0.4 else ''}",
                sp,
                ha,
                int(ha * rng.uniform(40, 260)),
            )
        )
    return Site(
        wood=rng.choice(WOODS[lg]),
        owner=owner,
        owner_lang=lg,
        where=where,
        cpts=cpts,
        ref=f"{month().year % 100}/{rng.randint(10, 199):03d}",
    )


def site_for(rng: random.Random, kinds: tuple[str, ...]) -> Site:
    x = LAST["extra"]
    if after(kinds) and isinstance(x, Site):
        return x
    return a_site(rng)


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
    foot: list[str] = field(default_factory=list)
    numbers: str = "none"
    corner: str = "bc"
    dates: str = "short"
    mail: str = ""


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


def legal_lines(r: random.Random, name: str, lang: str, role: str) -> list[str]:
    if role in ("authority", "payer"):
        return []
    if lang == "de":
        bank = r.choice(["Kreissparkasse Freudenstadt", "VR Bank Südschwarzwald", "Sparkasse"])
        out = [
            f"{name} - Steuer-Nr. {r.randint(10, 99)}/{r.randint(100, 999)}/"
            f"{r.randint(10000, 99999)}"
            + (f" - USt-IdNr. DE{r.randint(100000000, 999999999)}" if r.random() < 0.6 else ""),
            f"{bank} - IBAN DE{r.randint(10, 99)} {r.randint(1000, 9999)} {r.randint(1000, 9999)} "
            f"{r.randint(1000, 9999)} {r.randint(1000, 9999)} {r.randint(10, 99)}",
        ]
        if "GmbH" in name or "AG" in name or "KG" in name:
            out.insert(0, f"Amtsgericht Stuttgart HRB {r.randint(1000, 99999)}")
        return out
    if lang == "fr":
        siret = (
            f"{r.randint(300, 899)} {r.randint(100, 999)} {r.randint(100, 999)} "
            f"{r.randint(10000, 99999)}"
        )
        out = [f"{name} - SIRET {siret} - APE {r.choice(['0220Z', '1610A', '4671Z', '7731Z'])}"]
        if r.random() < 0.7:
            out.append(
                f"TVA intracom. FR{r.randint(10, 99)} {r.randint(100, 999)} {r.randint(100, 999)} "
                f"{r.randint(100, 999)} - RCS {r.choice(['Épinal', 'Lons-le-Saunier', 'Nevers'])}"
            )
        return out
    out = []
    if "Ltd" in name or "plc" in name:
        out.append(f"Registered in England and Wales No. {r.randint(3000000, 13999999):08d}")
    if r.random() < 0.7:
        out.append(
            f"VAT Reg. No. GB {r.randint(100, 999)} {r.randint(1000, 9999)} {r.randint(10, 99)}"
        )
    if role == "office" and r.random() < 0.6:
        out.append(r.choice(["FISA member", "UKFS compliant", "Ready to Burn certified"]))
    return [" - ".join(out)] if out else []


def make_head(row: Row, lang: str, role: str) -> Head:
    """The paper habits of the sender ``row``: the same all through one stream."""
    name, street, town, phone = row
    r = random.Random(zlib.crc32(f"teapot/head/{name}/{OFFICE['seed']}".encode()))
    font, bold = r.choice(FACES)
    host = "".join(c for c in name.lower().split()[0] if c.isalpha() and c.isascii())[:12]
    tld = {"en": "co.uk", "de": "de", "fr": "fr"}[lang]
    looks = LOOKS
    if role in ("authority", "payer"):
        looks = ["official"]
        font, bold = (
            ("Helvetica", "Helvetica-Bold") if r.random() < 0.6 else ("Times-Roman", "Times-Bold")
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
        mail=f"{r.choice(['info', 'office', 'accounts', 'sales'])}@{host or 'mail'}.{tld}"
        if r.random() < 0.7
        else "",
    )


def office_head() -> Head:
    lang = home()
    return make_head(OFFICES[lang][int(OFFICE["row"])], lang, "office")  # type: ignore[call-overload]


def head_of(who: Issuer, role: str, abroad: float = 0.0) -> Head:
    """The ``role`` sender of ``who`` (the same for the same issuer and contractor), of the
    contractor's country or, with odds ``abroad``, of another."""
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
    """A round rubber stamp: two rings, the wording inside, a star in the middle."""
    ring(p, cx, cy, r)
    ring(p, cx, cy, r - 3)
    pt = shrink(top, "Helvetica", 6.5, r * 1.45)
    p.text(cx, cy - r * 0.45, fit(top, "Helvetica", pt, r * 1.45), "Helvetica", pt, "center")
    pt2 = shrink(mid, "Helvetica", 6.5, r * 1.3)
    p.text(cx, cy + r * 0.62, fit(mid, "Helvetica", pt2, r * 1.3), "Helvetica", pt2, "center")
    p.text(cx, cy + 4, "*", "Helvetica-Bold", 11, "center")


def emblem(p: Page, x: float, y: float) -> None:
    """A small crest of an authority: a tree in a shield."""
    p.line(x, y, x + 22, y)
    p.line(x, y, x, y + 16)
    p.line(x + 22, y, x + 22, y + 16)
    p.line(x, y + 16, x + 11, y + 26)
    p.line(x + 22, y + 16, x + 11, y + 26)
    p.line(x + 11, y + 4, x + 5, y + 14)
    p.line(x + 11, y + 4, x + 17, y + 14)
    p.line(x + 5, y + 14, x + 17, y + 14)
    p.rect(x + 10, y + 14, 2, 6, fill=0.2)


def tree_mark(p: Page, x: float, y: float, k: float = 1.0) -> None:
    """A small conifer drawn with lines (letterheads of the trade)."""
    for j in range(3):
        top = y + j * 5 * k
        p.line(x, top, x - (5 + 3 * j) * k, top + 8 * k)
        p.line(x, top, x + (5 + 3 * j) * k, top + 8 * k)
        p.line(x - (5 + 3 * j) * k, top + 8 * k, x + (5 + 3 * j) * k, top + 8 * k)
    p.rect(x - 1.5 * k, y + 23 * k, 3 * k, 5 * k, fill=0.2)


TAGLINE = {
    "office": (
        "Timber harvesting - Forestry contracting - Firewood",
        "Holzernte - Forstarbeiten - Brennholz",
        "Exploitation forestière - Travaux forestiers - Bois de chauffage",
    ),
    "sawmill": ("Sawmilling - Fencing - Pallets", "Sägewerk - Schnittholz", "Sciage - Rabotage"),
    "plant": (
        "Forestry machinery - Sales, hire, service",
        "Forstmaschinen - Verkauf, Vermietung, Service",
        "Matériel forestier - Vente, location, SAV",
    ),
}


def heading(p: Page, s: Style, h: Head, top: float | None = None) -> float:
    """Print ``h``'s letterhead at the top of ``p`` (or at ``top``); the y where the content
    starts."""
    w, _ = p.size
    m = s.margin
    y = max(m - 14, 22.0) if top is None else top
    tel = f"{tr(h.lang, 'Tel', 'Tel.', 'Tél.')} {h.phone}" if h.phone else ""
    where = f"{h.street}, {h.town}".strip(", ")
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
    if h.look == "band":
        p.rect(0, y - 14, w, 26, fill=0.8)
        pt = shrink(h.name.upper(), h.bold, 12, w - 2 * m)
        p.text(m, y + 3, h.name.upper(), h.bold, pt)
        p.text(m, y + 24, fit(f"{where}   {contact}", h.font, 7, w - 2 * m), h.font, 7)
        return y + 46
    if h.look == "centred":
        pt = shrink(h.name, h.bold, s.size + 6, w - 2 * m - 40)
        p.text(w / 2, y + 2, h.name, h.bold, pt, "center")
        if h.role in ("office", "sawmill"):
            tree_mark(p, w / 2 - tw(h.name, h.bold, pt) / 2 - 16, y - 14, 0.7)
        it = italic_of(h.font)
        p.text(w / 2, y + 15, fit(where, it, 7.5, w - 2 * m), it, 7.5, "center")
        if contact:
            p.text(w / 2, y + 24, fit(contact, h.font, 7, w - 2 * m), h.font, 7, "center")
        p.line(m, y + 30, w - m, y + 30)
        return y + 50
    if h.look == "letter":
        p.rect(m, y - 12, 34, 34, fill=0.15)
        p.rect(m + 3, y - 9, 28, 28, fill=0.95)
        tree_mark(p, m + 17, y - 6, 0.8)
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
        p.text(m, y + 4, h.name, h.bold, pt)
        tag = TAGLINE.get(h.role)
        if tag:
            p.text(
                m,
                y + 15,
                fit(tr(h.lang, *tag), italic_of(h.font), 7.5, w * 0.6 - m),
                italic_of(h.font),
                7.5,
            )
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
    text = f"{parts[0][0]}{parts[-1][:8]}" if len(parts) > 1 else parts[0]
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
            w - rng.uniform(150, 200),
            rng.uniform(70, 150),
            [
                tr(lg, "RECEIVED", "EINGEGANGEN", "REÇU LE"),
                short(d + timedelta(days=rng.randint(1, 5)), lg),
                rng.choice(
                    {
                        "en": ["Office", "Accounts", "Paid"],
                        "de": ["Büro", "Buchhaltung", "bezahlt"],
                        "fr": ["Bureau", "Compta", "Payé"],
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
            ["Yours sincerely", "Kind regards", "Yours faithfully"][len(name) % 3],
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
    r = random.Random(zlib.crc32(f"teapot/staff/{tag}/{h.name}/{OFFICE['seed']}".encode()))
    return person(r, h.lang)


def head_lines(h: Head, att: str = "") -> list[str]:
    return [h.name, *([att] if att else []), h.street, h.town]


def office_lines(att: str = "") -> list[str]:
    return head_lines(office_head(), att)


def row_lines(row: Row, att: str = "") -> list[str]:
    return [row[0], *([att] if att else []), row[1], row[2]]


def vat_rate(lang: str, firewood: bool = False) -> float:
    if firewood:
        return {"en": 5.0, "de": 7.0, "fr": 10.0}[lang]
    return {"en": 20.0, "de": 19.0, "fr": 20.0}[lang]


def totals(f: Sheets, s: Style, lg: str, net: float, rate: float, note: str = "") -> float:
    """Net, tax at ``rate`` and total right-aligned under a table; returns the total."""
    w, _ = f.size
    m = s.margin
    f.need(70)
    f.y += 4
    f.page.line(w * 0.55, f.y - 8, w - m, f.y - 8)
    tax = round(net * rate / 100, 2)
    rows = [(tr(lg, "Net", "Nettobetrag", "Total HT"), net)]
    if rate:
        rows.append((tr(lg, f"VAT {rate:g}%", f"USt. {rate:g} %", f"TVA {rate:g} %"), tax))
    rows.append((tr(lg, "Total due", "Rechnungsbetrag", "Total TTC"), net + tax))
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
        while y < hh - m - 70 and k < min(len(heads), (c + 1) * -(-len(heads) // 2)):
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
        p.rect(0, 0, rng.uniform(8, 20), h, fill=g)
    else:
        p.rect(0, 0, w, rng.uniform(6, 14), fill=g)


def sketch_map(
    p: Page, rng: random.Random, x: float, y: float, w: float, h: float, labels: list[str], lg: str
) -> None:
    """A sale or location plan: compartment boundaries, a forest track, the landing, a stream,
    a north arrow, a scale bar and a legend."""
    p.rect(x, y, w, h)
    n = max(1, len(labels))
    cuts = [x + w * (k + 1) / n + rng.uniform(-0.12, 0.12) * w / n for k in range(n - 1)]
    edges = [x, *cuts, x + w]
    for cx in cuts:
        pts = [(cx + rng.uniform(-18, 18), y + h * k / 6) for k in range(7)]
        for (x1, y1), (x2, y2) in itertools.pairwise(pts):
            p.line(x1, y1, x2, y2)
    for k, t in enumerate(labels):
        mx_ = (edges[k] + edges[k + 1]) / 2
        p.text(mx_, y + h * rng.uniform(0.3, 0.5), t, "Helvetica-Bold", 9, "center")
    # contours and the wood's trees
    for k in range(rng.randint(2, 4)):
        cy = y + h * (0.15 + 0.2 * k) + rng.uniform(-8, 8)
        ph = rng.uniform(0, 6)
        pts = [(x + w * j / 24, cy + 7 * math.sin(ph + j / 3)) for j in range(25)]
        for (x1, y1), (x2, y2) in itertools.pairwise(pts):
            if int(x1) % 3:
                p.line(x1, y1, x2, y2)
    for _ in range(rng.randint(25, 60)):
        tx, ty_ = x + rng.uniform(8, w - 8), y + rng.uniform(8, h - 26)
        ring(p, tx, ty_, 2.5, 8)
    # the forest track, dashed, with the landing
    ty = y + h * rng.uniform(0.62, 0.8)
    xx = x
    while xx < x + w - 8:
        p.line(xx, ty, xx + 6, ty + rng.uniform(-1, 1))
        p.line(xx, ty + 5, xx + 6, ty + 5)
        xx += 10
    lx = x + w * rng.uniform(0.2, 0.7)
    p.rect(lx, ty - 16, 30, 12, fill=0.75)
    p.text(
        lx + 15, ty - 20, tr(lg, "Landing", "Polter", "Place de dépôt"), "Helvetica", 6, "center"
    )
    # a stream
    sx = x + w * rng.uniform(0.1, 0.9)
    for k in range(8):
        p.line(sx + 6 * math.sin(k), y + h * k / 8, sx + 6 * math.sin(k + 1), y + h * (k + 1) / 8)
    # north arrow and scale
    p.line(x + w - 20, y + 40, x + w - 20, y + 14)
    p.line(x + w - 20, y + 14, x + w - 25, y + 22)
    p.line(x + w - 20, y + 14, x + w - 15, y + 22)
    p.text(x + w - 20, y + 52, "N", "Helvetica-Bold", 8, "center")
    p.rect(x + 10, y + h - 18, 40, 4, fill=0.1)
    p.rect(x + 50, y + h - 18, 40, 4)
    p.text(x + 10, y + h - 22, "0", "Helvetica", 6)
    p.text(x + 90, y + h - 22, f"{rng.choice([100, 200, 250])} m", "Helvetica", 6, "right")


def form_sheet(s: Style, title: str, sub: str, ref: str) -> Sheets:
    """Pages of an official form: the form's title on each page, its reference in a corner."""
    w, hh = s.page_size

    def start(p: Page, n: int) -> float:
        m = s.margin
        p.text(m, m - 8, fit(title, s.bold, 11, w - 2 * m - 90), s.bold, 11)
        p.text(w - m, m - 8, ref, s.font, 7, "right")
        if sub:
            p.text(m, m + 4, fit(sub, s.font, 7.5, w - 2 * m), s.font, 7.5)
        p.line(m, m + 9, w - m, m + 9)
        return m + 26

    return Sheets((w, hh), hh - s.margin - 10, start)


def sign_line(p: Page, s: Style, x: float, y: float, w: float, cap: str, name: str = "") -> None:
    if name:
        scrawl(p, x + 4, y - 2, name)
    p.line(x, y + 3, x + w, y + 3)
    p.text(x, y + 12, fit(cap, s.font, 6.5, w), s.font, 6.5)


# ---------------------------------------------------------------------------------------------
# Templates XXX: contracts, licences, surveys and plans around a wood
# ---------------------------------------------------------------------------------------------

SALE_CLAUSES = {
    "en": [
        "Definitions",
        "The timber sold",
        "Price and payment",
        "Property and risk",
        "Period of the contract",
        "Access and extraction routes",
        "Felling licence and consents",
        "Working practice and the UK Forestry Standard",
        "Damage and reinstatement",
        "Health and safety",
        "Insurance",
        "Termination",
        "Disputes",
    ],
    "de": [
        "Vertragsgegenstand",
        "Holzmenge und Sortimente",
        "Preis und Zahlung",
        "Eigentums- und Gefahrübergang",
        "Einschlags- und Abfuhrfrist",
        "Rückegassen und Zufahrt",
        "Genehmigungen",
        "Pflegliche Waldarbeit",
        "Schäden und Wiederherstellung",
        "Arbeitsschutz",
        "Versicherung",
        "Rücktritt",
        "Gerichtsstand",
    ],
    "fr": [
        "Objet",
        "Désignation des bois",
        "Prix et paiement",
        "Transfert de propriété et des risques",
        "Délais d'exploitation et de vidange",
        "Desserte et débardage",
        "Autorisations",
        "Règles de l'art et cahier des charges",
        "Dégâts et remise en état",
        "Sécurité des chantiers",
        "Assurances",
        "Résiliation",
        "Litiges",
    ],
}


def sp(k: int, lg: str) -> str:
    return SPECIES[lg][k]


def tpl_timber_contract(rng: random.Random, who: Issuer) -> list[Page]:
    """A timber purchase contract from a woodland owner or the owner's land agent: now and then
    a covering letter, the numbered clauses, the schedule of lots on a landscape page, the
    signature page and the sale plan."""
    h = head_of(who, "owner")
    lg = h.lang
    site = a_site(rng)
    site.owner, site.owner_lang = (h.name, h.street, h.town, h.phone), lg
    s = style_of(h, A4)
    w, _hh = s.page_size
    m = s.margin
    d = some_day(rng)
    office = office_head()
    agent = staff(h, "agent")
    title = tr(
        lg,
        "TIMBER SALE CONTRACT - STANDING TIMBER",
        "HOLZKAUFVERTRAG (Verkauf auf dem Stock)",
        "CONTRAT DE VENTE DE BOIS SUR PIED",
    )
    pages: list[Page] = []
    covers = 0
    if keyed(who, "cover").random() < 0.5:
        f = sheets(s, h)
        recipient(f, s, h, office_lines(mx(boss(), lg)), d, [])
        caption(
            f,
            s,
            tr(
                lg,
                f"{site.wood} - timber sale",
                f"Holzverkauf {site.wood}",
                f"Vente de bois - {site.wood}",
            ),
            1.5,
        )
        f.page.text(m, f.y, dear(lg, mx(boss(), lg)), s.font, s.size)
        f.y += s.size * 2
        write(
            f,
            s,
            tr(
                lg,
                f"Further to your offer for the standing timber in {site.wood}, please find "
                "enclosed two copies of the contract. Please sign both and return one copy to "
                "this office together with a copy of your insurance certificate.",
                f"bezugnehmend auf Ihr Angebot für das Holz im {site.wood} übersenden wir Ihnen "
                "den Kaufvertrag in zweifacher Ausfertigung. Bitte senden Sie ein unterschriebenes "
                "Exemplar an uns zurück.",
                f"Suite à votre offre pour les bois sur pied de la parcelle {site.wood}, nous vous "
                "adressons le contrat en deux exemplaires. Merci de nous en retourner un signé.",
            ),
        )
        write(f, s, prose(rng, lg, "forest", 1, 3))
        regards(f, s, lg, agent, tr(lg, "Land Agent", "Forstverwaltung", "Expert forestier"))
        pages += f.pages
        covers = 1
    f = sheets(s, h, f"{title} - {site.wood}", top=keyed(who, "top").random() < 0.6)
    pt = shrink(title, s.bold, s.size + 4, w - 2 * m)
    f.page.text(w / 2, f.y + 6, title, s.bold, pt, "center")
    f.y += 30
    no = serial(rng, {"en": "TS/99/999", "de": "HKV-2025-999", "fr": "VB-99-099"}[lg])
    f.page.text(
        w / 2,
        f.y,
        f"{tr(lg, 'Contract no.', 'Vertrag Nr.', 'Contrat n°')} {no}",
        s.font,
        s.size - 1,
        "center",
    )
    f.y += 22
    for label, row in (
        (tr(lg, "The Seller", "Verkäufer", "Le vendeur"), head_lines(h)),
        (tr(lg, "The Purchaser", "Käufer", "L'acheteur"), head_lines(office)),
    ):
        f.page.text(m, f.y, label, s.bold, s.size)
        f.page.text(
            m + 110, f.y, fit(", ".join(row), s.font, s.size, w - 2 * m - 110), s.font, s.size
        )
        f.y += s.size * 1.8
    f.y += 6
    heads = SALE_CLAUSES[lg][: rng.randint(8, 13)]
    for k, t in enumerate(heads):
        f.heading(m, f"{k + 1}. {t}", s.bold, s.size)
        if k == 2:
            write(
                f,
                s,
                tr(
                    lg,
                    f"The price is payable in {rng.choice([2, 3, 4])} instalments, the first of "
                    f"{rng.choice([25, 30, 50])}% on signature, the balance against the "
                    "weighbridge tickets within 30 days of each month end.",
                    f"Der Kaufpreis ist zu {rng.choice([25, 30, 50])} % bei Vertragsschluss, "
                    "der Rest nach Werksvermessung monatlich innerhalb von 30 Tagen zu zahlen.",
                    f"Le prix est payable {rng.choice([25, 30, 50])} % à la signature et le solde "
                    "à 30 jours fin de mois sur présentation des bordereaux de cubage.",
                ),
                s.size - 0.5,
            )
        write(f, s, prose(rng, lg, "legal", 1, 3), s.size - 0.5)
    sig_inline = keyed(who, "sig").random() < 0.4
    if sig_inline:
        f.need(150)
        f.y += 20
        x2 = w / 2 + 10
        hand(f.page, m, f.y, short(d, lg))
        hand(f.page, x2, f.y, short(d + timedelta(days=rng.randint(2, 9)), lg))
        f.y += 34
        sign_line(
            f.page, s, m, f.y, w / 2 - m - 20, tr(lg, "Seller", "Verkäufer", "Le vendeur"), agent
        )
        sign_line(
            f.page, s, x2, f.y, w / 2 - m - 10, tr(lg, "Purchaser", "Käufer", "L'acheteur"), boss()
        )
    body = f.pages
    # the schedule of lots on landscape A4
    s2 = style_of(h, landscape(A4), margin=44)
    w2, h2 = s2.page_size
    sched = tr(
        lg,
        "Schedule 1 - Lots and prices",
        "Anlage 1 - Lose und Preise",
        "Annexe 1 - État des lots et prix",
    )
    g = Sheets((w2, h2), h2 - 50, lambda p, n: running_header(p, s2, f"{title} {no} - {sched}") + 8)
    caption(g, s2, sched, 2)
    cols = columns(
        44,
        w2 - 44,
        [
            (0.6, "left"),
            (0.9, "left"),
            (1.8, "left"),
            (0.8, "right"),
            (1, "right"),
            (1.2, "right"),
            (2.2, "left"),
            (1.2, "right"),
        ],
    )
    rows = []
    total = 0.0
    per_t = lg == "en" and rng.random() < 0.5
    for k, (cpt, spx, ha, vol) in enumerate(site.cpts):
        price = rng.choice([18.0, 24.0, 31.0, 38.0, 45.0, 62.0]) + rng.randint(0, 9)
        total += price * vol
        rows.append(
            [
                str(k + 1),
                cpt,
                sp(spx, lg),
                qty(ha, lg),
                f"{vol:,}".replace(",", "." if lg == "de" else ","),
                money(price, lg),
                rng.choice(
                    [
                        tr(lg, "Clearfell", "Kahlhieb", "Coupe rase"),
                        tr(lg, "1st thinning", "Erstdurchforstung", "1re éclaircie"),
                        tr(lg, "Selective fell", "Einzelstammentnahme", "Coupe sanitaire"),
                    ]
                ),
                money(price * vol, lg),
            ]
        )
    table(
        g,
        cols,
        [
            tr(lg, "Lot", "Los", "Lot"),
            tr(lg, "Cpt", "Abt.", "Parc."),
            tr(lg, "Species", "Baumart", "Essence"),
            "ha",
            tr(lg, "Est. m³", "ca. Fm", "Vol. m³"),
            tr(lg, "£/tonne" if per_t else "£/m³", "EUR/Fm", "EUR/m³"),
            tr(lg, "Operation", "Maßnahme", "Nature de coupe"),
            tr(lg, "Est. value", "Wert ca.", "Montant estimé"),
        ],
        rows,
        s2,
        size=8.5,
        rules=True,
        shade=0.88,
        step=2.0,
    )
    g.y += 6
    g.page.text(
        w2 - 44,
        g.y,
        f"{tr(lg, 'Estimated total', 'Summe geschätzt', 'Total estimé')}  {cash(total, lg)}",
        s2.bold,
        9,
        "right",
    )
    g.y += 24
    write(
        g,
        s2,
        tr(
            lg,
            f"Location: {site.wood}, {site.where}. Volumes are estimates only; the "
            "price is payable on the measured or weighed quantity.",
            f"Lage: {site.wood}, {site.where}. Die Mengen sind geschätzt; abgerechnet "
            "wird nach Werksmaß.",
            f"Situation : {site.wood}, {site.where}. Volumes indicatifs ; facturation au "
            "volume réellement cubé.",
        ),
        8,
    )
    extra = list(g.pages)
    if not sig_inline:
        sp_ = Page(s.page_size)
        y = m + 10
        sp_.text(
            m,
            y,
            tr(lg, "Signed by the parties", "Unterschriften", "Signatures des parties"),
            s.bold,
            s.size + 1,
        )
        y += 30
        for label, nm in (
            (
                tr(
                    lg,
                    "Signed for and on behalf of the Seller",
                    "Für den Verkäufer",
                    "Pour le vendeur",
                ),
                agent,
            ),
            (
                tr(
                    lg,
                    "Signed for and on behalf of the Purchaser",
                    "Für den Käufer",
                    "Pour l'acheteur",
                ),
                boss(),
            ),
        ):
            sp_.text(m, y, label, s.font, s.size)
            y += 40
            sign_line(sp_, s, m, y, 220, tr(lg, "Signature", "Unterschrift", "Signature"), nm)
            hand(sp_, m + 260, y - 2, short(d + timedelta(days=rng.randint(0, 8)), lg))
            sp_.line(m + 250, y + 3, w - m, y + 3)
            sp_.text(m + 250, y + 12, tr(lg, "Date", "Datum", "Date"), s.font, 6.5)
            y += 30
            sp_.text(m, y, nm, s.font, s.size)
            y += 40
            if lg == "en":
                sign_line(sp_, s, m, y, 220, "Witness (name, address, signature)")
                y += 50
        if lg == "fr":
            sp_.text(
                m,
                y,
                "Fait en deux exemplaires originaux. Mention manuscrite « lu et approuvé ».",
                s.font,
                s.size - 1,
            )
        extra.append(sp_)
    if keyed(who, "plan").random() < 0.55:
        mp = Page(landscape(A4))
        mw, mh = mp.size
        mp.text(
            40,
            40,
            fit(
                tr(
                    lg,
                    f"Sale plan - {site.wood}",
                    f"Lageplan Hiebsfläche - {site.wood}",
                    f"Plan de situation - {site.wood}",
                ),
                "Helvetica-Bold",
                12,
                mw - 80,
            ),
            "Helvetica-Bold",
            12,
        )
        sketch_map(
            mp,
            rng,
            40,
            56,
            mw - 80,
            mh - 120,
            [f"{tr(lg, 'Cpt', 'Abt.', 'P.')} {c[0]}" for c in site.cpts],
            lg,
        )
        mp.text(
            40,
            mh - 46,
            fit(
                f"{site.where} - "
                + tr(lg, "Not to scale", "Maßstab ca. 1:5000", "Échelle approximative"),
                "Helvetica",
                7,
                mw - 80,
            ),
            "Helvetica",
            7,
        )
        extra.append(mp)
    pages += body + extra
    received(rng, pages[0], d)
    remember(d, site)
    return close(pages, s, h, covers=covers)


def tpl_felling_application(rng: random.Random, who: Issuer) -> list[Page]:
    """The contractor's felling licence application as agent for the owner: the authority's
    form with sections in bands, tick boxes, the felling table, the declaration signed by hand,
    and the location map."""
    site = site_for(rng, ("timber_contract",))
    lg = home()
    d = last_day(rng, ("timber_contract",), (3, 15))
    office = office_head()
    auth = head_of(who, "authority")
    s = Style("Helvetica", "Helvetica-Bold", 8.5, 42, "none", "bottom", A4, "short")
    w, hh = s.page_size
    m = s.margin
    by_hand = rng.random() < 0.5
    title, sub, ref = {
        "en": (
            "Application for a Felling Licence",
            "Forestry Act 1967 - please complete in BLOCK CAPITALS or type",
            "FC FLA (v4)",
        ),
        "de": (
            "Antrag auf Genehmigung des Holzeinschlags / einer Kahlhiebsfläche",
            "nach § 15 Landeswaldgesetz - bitte vollständig ausfüllen",
            "Vordruck UFB-07",
        ),
        "fr": (
            "Demande d'autorisation de coupe",
            "Articles L124-5 et R124-1 du code forestier - à adresser en un exemplaire à la DDT",
            "Cerfa n° 14211*02",
        ),
    }[lg]
    f = form_sheet(s, title, sub, ref)
    entry = (lambda v: v.upper()) if by_hand and lg == "en" else (lambda v: v)
    f.page.text(
        m, f.y, fit(f"{tr(lg, 'To', 'An', 'À')}: {auth.name}", s.font, 8, w - 2 * m), s.font, 8
    )
    f.y += 16
    f.y = band(
        f.page,
        s,
        f.y,
        tr(
            lg,
            "1. Owner / applicant",
            "1. Waldbesitzer / Antragsteller",
            "1. Propriétaire / demandeur",
        ),
    )
    f.y = fields(
        f.page,
        s,
        m,
        f.y,
        w - 2 * m,
        [
            (tr(lg, "Name", "Name", "Nom"), entry(site.owner[0])),
            (tr(lg, "Address", "Anschrift", "Adresse"), entry(f"{site.owner[1]}, {site.owner[2]}")),
            (tr(lg, "Telephone", "Telefon", "Téléphone"), site.owner[3] or "-"),
            (
                tr(lg, "Customer ref. (SBI / CRN)", "Betriebsnummer", "N° SIRET / NUMAGRIT"),
                serial(rng, "999999999"),
            ),
        ],
        per=2,
        tall=24,
        hand=by_hand,
    )
    f.y = band(
        f.page, s, f.y, tr(lg, "2. Agent (if applicable)", "2. Bevollmächtigter", "2. Mandataire")
    )
    f.y = fields(
        f.page,
        s,
        m,
        f.y,
        w - 2 * m,
        [
            (tr(lg, "Name", "Name", "Nom"), entry(office.name)),
            (tr(lg, "Address", "Anschrift", "Adresse"), entry(f"{office.street}, {office.town}")),
            (tr(lg, "Contact", "Ansprechpartner", "Contact"), entry(boss())),
            (
                tr(lg, "Telephone / e-mail", "Telefon / E-Mail", "Tél. / courriel"),
                office.phone or office.mail or "-",
            ),
        ],
        per=2,
        tall=24,
        hand=by_hand,
    )
    f.y = band(
        f.page,
        s,
        f.y,
        tr(
            lg,
            "3. Location of the proposed felling",
            "3. Lage der Fläche",
            "3. Localisation de la coupe",
        ),
    )
    f.y = fields(
        f.page,
        s,
        m,
        f.y,
        w - 2 * m,
        [
            (tr(lg, "Property / wood name", "Waldort", "Lieu-dit / forêt"), entry(site.wood)),
            (
                tr(
                    lg, "Grid reference / parcel", "Gemarkung / Flurstück", "Références cadastrales"
                ),
                site.where,
            ),
            (tr(lg, "Nearest town", "Gemeinde", "Commune"), entry(town_name(site.owner[2]))),
            (
                tr(lg, "Total area (ha)", "Fläche gesamt (ha)", "Surface totale (ha)"),
                qty(sum(c[2] for c in site.cpts), lg),
            ),
        ],
        per=2,
        tall=24,
        hand=by_hand,
    )
    f.y = band(
        f.page, s, f.y, tr(lg, "4. Proposed felling", "4. Geplante Maßnahme", "4. Coupe envisagée")
    )
    f.y += 4
    f.y = ticks(
        f.page,
        s,
        m,
        f.y + 6,
        w - 2 * m,
        [
            tr(lg, "Clear felling", "Kahlhieb", "Coupe rase"),
            tr(lg, "Thinning", "Durchforstung", "Éclaircie"),
            tr(lg, "Selective felling", "Einzelstammentnahme", "Coupe sanitaire"),
            tr(lg, "Coppicing", "Auf den Stock setzen", "Recépage"),
            tr(lg, "Tree health (ash dieback / larch)", "Kalamität / Käferholz", "Bois scolytés"),
        ],
        {rng.randrange(5)},
    )
    cols = columns(
        m,
        w - m,
        [
            (0.9, "left"),
            (1.8, "left"),
            (0.8, "right"),
            (0.9, "right"),
            (0.9, "right"),
            (1.6, "left"),
        ],
    )
    rows = [
        [
            c[0],
            sp(c[1], lg),
            qty(c[2], lg),
            str(int(c[3] / rng.uniform(0.4, 1.6))),
            str(c[3]),
            rng.choice(["Q3", "Q4", "Q1", tr(lg, "winter", "Winter", "hiver")]),
        ]
        for c in site.cpts
    ]
    table(
        f,
        cols,
        [
            tr(lg, "Cpt", "Abt.", "Parcelle"),
            tr(lg, "Species", "Baumart", "Essence"),
            tr(lg, "Area ha", "Fläche ha", "Surf. ha"),
            tr(lg, "No. trees", "Stückzahl", "Nb tiges"),
            tr(lg, "Vol. m³", "Fm", "Vol. m³"),
            tr(lg, "Timing", "Zeitraum", "Période"),
        ],
        rows,
        s,
        size=8,
        rules=True,
    )
    f.y += 8
    f.y = band(f.page, s, f.y, tr(lg, "5. Restocking", "5. Wiederbewaldung", "5. Reconstitution"))
    f.y = ticks(
        f.page,
        s,
        m,
        f.y + 8,
        w - 2 * m,
        [
            tr(lg, "Replanting", "Pflanzung", "Plantation"),
            tr(lg, "Natural regeneration", "Naturverjüngung", "Régénération naturelle"),
            tr(lg, "Not applicable (thinning)", "entfällt", "sans objet"),
        ],
        {rng.randrange(3)},
    )
    f.need(40)
    f.page.text(
        m,
        f.y,
        tr(lg, "Species / density:", "Baumarten / Pflanzenzahl:", "Essences / densité :"),
        s.font,
        7.5,
    )
    hand(
        f.page,
        m + 110,
        f.y,
        fit(
            f"{sp(rng.randrange(10), lg)} / {sp(rng.randrange(10), lg)} "
            f"{rng.choice([1600, 2000, 2500, 3000])}/ha",
            HAND,
            9,
            w - 2 * m - 110,
        ),
    )
    f.y += 20
    f.need(120)
    f.y = band(
        f.page,
        s,
        f.y,
        tr(
            lg,
            "6. Designations and constraints",
            "6. Schutzgebiete",
            "6. Protections et contraintes",
        ),
    )
    f.y += 6
    for q in [
        tr(
            lg,
            "Site of Special Scientific Interest (SSSI)?",
            "FFH- / Vogelschutzgebiet?",
            "Site Natura 2000 ?",
        ),
        tr(lg, "Scheduled monument or listed feature?", "Bodendenkmal?", "Monument historique ?"),
        tr(
            lg,
            "Public right of way through the area?",
            "Öffentlicher Wanderweg?",
            "Chemin de randonnée balisé ?",
        ),
        tr(
            lg,
            "Tree Preservation Order / conservation area?",
            "Wasserschutzgebiet?",
            "Périmètre de captage ?",
        ),
    ]:
        f.need(14)
        f.page.text(m, f.y, q, s.font, 8)
        yn = yes_no(lg)
        pick = 0 if rng.random() < 0.2 else 1
        box(f.page, w - m - 90, f.y, pick == 0)
        f.page.text(w - m - 78, f.y, yn[0], s.font, 8)
        box(f.page, w - m - 45, f.y, pick == 1)
        f.page.text(w - m - 33, f.y, yn[1], s.font, 8)
        f.y += 14
    f.y += 6
    f.need(130)
    f.y = band(
        f.page, s, f.y, tr(lg, "7. Declaration", "7. Erklärung", "7. Engagement du demandeur")
    )
    f.y += 4
    write(
        f,
        s,
        tr(
            lg,
            "I declare that the information given is correct and that I am the owner "
            "of the land or am authorised by the owner to make this application.",
            "Ich versichere die Richtigkeit der Angaben. Die Vollmacht des Waldbesitzers "
            "liegt vor.",
            "Je certifie exactes les informations portées sur la présente "
            "demande et agir pour le compte du propriétaire.",
        ),
        8,
    )
    f.y += 24
    sign_line(
        f.page,
        s,
        m,
        f.y,
        200,
        tr(lg, "Signature of applicant / agent", "Unterschrift", "Signature du demandeur"),
        boss(),
    )
    hand(f.page, m + 240, f.y - 2, short(d, lg))
    f.page.line(m + 230, f.y + 3, m + 340, f.y + 3)
    f.page.text(m + 230, f.y + 12, tr(lg, "Date", "Datum", "Date"), s.font, 6.5)
    f.y += 30
    f.need(50)
    f.page.rect(m, f.y, w - 2 * m, 40, fill=0.93)
    f.page.text(
        m + 4,
        f.y + 10,
        tr(
            lg,
            "For official use - reference / date received",
            "Vermerke der Behörde",
            "Cadre réservé à l'administration",
        ),
        s.font,
        6.5,
    )
    f.y += 50
    pages = f.pages
    mp = Page(A4)
    mp.text(
        m,
        m,
        fit(
            tr(
                lg,
                f"Map 1 - Location of proposed felling: {site.wood}",
                f"Anlage: Lageplan {site.wood}",
                f"Plan de localisation - {site.wood}",
            ),
            "Helvetica-Bold",
            11,
            w - 2 * m,
        ),
        "Helvetica-Bold",
        11,
    )
    sketch_map(mp, rng, m, m + 20, w - 2 * m, hh * 0.62, [c[0] for c in site.cpts], lg)
    yy = m + 30 + hh * 0.62
    for lab, fill_ in (
        (tr(lg, "Felling area", "Hiebsfläche", "Coupe"), 0.7),
        (tr(lg, "Extraction route", "Rückeweg", "Piste de débardage"), None),
    ):
        mp.rect(m, yy, 16, 8, fill=fill_)
        mp.text(m + 22, yy + 7, lab, "Helvetica", 7.5)
        yy += 14
    hand(
        mp,
        m + 200,
        yy - 10,
        tr(
            lg,
            "access from B4226 via gate",
            "Zufahrt über Waldweg K5505",
            "accès par la piste forestière",
        ),
        9,
    )
    pages.append(mp)
    remember(d, site)
    return close(
        pages,
        s,
        Head("", lg, "", "", "", "form", "plain", "Helvetica", "Helvetica-Bold", 8.5, 42, False),
        numbers=tr(lg, "Page {i} of {n}", "Seite {i} von {n}", "Page {i}/{n}"),
    )


def tpl_felling_approval(rng: random.Random, who: Issuer) -> list[Page]:
    """The authority's felling licence or approval: the covering letter, the licence with its
    schedule of felling and its numbered conditions, and in Germany and France the appeal
    notice on a page of its own; signed "for the Commissioners" / "Im Auftrag" / "Pour le
    préfet" with the office stamp."""
    site = site_for(rng, ("felling_application",))
    h = head_of(who, "authority")
    lg = h.lang
    s = style_of(h, A4)
    w, _hh = s.page_size
    m = s.margin
    d = last_day(rng, ("felling_application",), (21, 70))
    officer = staff(h, "officer")
    lic = serial(rng, {"en": "016/99/99/FL", "de": "UFB 7.2-999/99", "fr": "DDT-SEF-2025-999"}[lg])
    f = sheets(s, h, f"{tr(lg, 'Felling licence', 'Bescheid', 'Décision')} {lic}")
    recipient(
        f,
        s,
        h,
        row_lines(site.owner, tr(lg, f"c/o {office_head().name}", "", "")),
        d,
        [
            (tr(lg, "Our ref", "Aktenzeichen", "Réf."), lic),
            (tr(lg, "Officer", "Bearbeiter/in", "Dossier suivi par"), officer),
        ],
    )
    what = tr(
        lg,
        f"Felling licence {lic} - {site.wood}",
        f"Genehmigung nach § 15 LWaldG - {site.wood}",
        f"Autorisation de coupe - {site.wood}",
    )
    caption(f, s, what, 1.5)
    f.page.text(m, f.y, dear(lg, None), s.font, s.size)
    f.y += s.size * 2
    write(
        f,
        s,
        tr(
            lg,
            "The Forestry Commissioners, in exercise of their powers under section 10 of the "
            "Forestry Act 1967, hereby grant a licence for the felling described in the "
            "schedule below, subject to the conditions set out in this licence.",
            "auf Ihren Antrag ergeht folgender Bescheid: Der Holzeinschlag auf den unten "
            "bezeichneten Flächen wird unter den nachstehenden Nebenbestimmungen genehmigt.",
            "Vu le code forestier et votre demande, la coupe décrite ci-dessous est autorisée "
            "sous réserve du respect des prescriptions suivantes.",
        ),
    )
    cols = columns(m, w - m, [(1, "left"), (2, "left"), (1, "right"), (1.2, "right"), (2, "left")])
    rows = [
        [
            c[0],
            sp(c[1], lg),
            qty(c[2], lg),
            str(c[3]),
            rng.choice(
                [
                    tr(lg, "clear fell", "Kahlhieb", "coupe rase"),
                    tr(lg, "thin", "Durchforstung", "éclaircie"),
                ]
            ),
        ]
        for c in site.cpts
    ]
    table(
        f,
        cols,
        [
            tr(lg, "Cpt", "Abt.", "Parcelle"),
            tr(lg, "Species", "Baumart", "Essence"),
            tr(lg, "Area (ha)", "Fläche (ha)", "Surface (ha)"),
            tr(lg, "Volume (m³)", "Menge (Fm)", "Volume (m³)"),
            tr(lg, "Type", "Art", "Nature"),
        ],
        rows,
        s,
        rules=True,
        shade=0.9,
    )
    f.y += 8
    valid = years_on(d, rng.choice([2, 3, 5]))
    write(
        f,
        s,
        tr(
            lg,
            f"This licence is valid until {day(h, valid)}.",
            f"Die Genehmigung gilt bis {day(h, valid)}.",
            f"La présente autorisation est valable jusqu'au {day(h, valid)}.",
        ),
    )
    f.heading(m, tr(lg, "Conditions", "Nebenbestimmungen", "Prescriptions"), s.bold, s.size + 1)
    conds = [
        tr(
            lg,
            "The land shall be restocked within two planting seasons of felling.",
            "Die Fläche ist innerhalb von drei Jahren wieder aufzuforsten.",
            "Le reboisement est réalisé dans un délai de cinq ans.",
        ),
        tr(
            lg,
            "Restocking shall be protected and maintained for ten years.",
            "Die Kultur ist zu sichern (Wildschutz) und nachzubessern.",
            "Les plants sont protégés contre le gibier et regarnis si nécessaire.",
        ),
        tr(
            lg,
            "No felling between March and July within 50 m of the watercourse.",
            "Kein Einschlag von März bis Juli im Gewässerrandstreifen.",
            "Aucune intervention en bordure de cours d'eau de mars à juillet.",
        ),
        tr(
            lg,
            "Public rights of way shall be kept open or lawfully diverted.",
            "Wanderwege sind freizuhalten oder abzusperren und auszuschildern.",
            "Les chemins ouverts au public sont signalés et sécurisés.",
        ),
    ]
    for k, t in enumerate(conds[: rng.randint(2, 4)]):
        f.para(
            m + 14, w - 2 * m - 14, f"{k + 1}. {t} {words(rng, lg, 'forest')}", s.font, s.size - 0.5
        )
    f.need(110)
    f.y += 10
    f.page.text(
        m,
        f.y,
        tr(
            lg,
            "Signed on behalf of the Forestry Commissioners",
            "Im Auftrag",
            "Pour le préfet et par délégation",
        ),
        s.font,
        s.size,
    )
    f.y += 30
    scrawl(f.page, m, f.y, officer)
    if rng.random() < 0.7:
        seal(
            f.page,
            w - m - 90,
            f.y - 6,
            30,
            h.name.split(" - ")[0][:30],
            tr(lg, "Licensing", "Siegel", "Cachet"),
        )
    f.y += 10
    f.page.text(m, f.y, officer, s.bold, s.size)
    f.y += 24
    pages = f.pages
    if lg in ("de", "fr") or rng.random() < 0.4:
        f2 = sheets(s, h, what, top=False)
        caption(f2, s, tr(lg, "Notes", "Rechtsbehelfsbelehrung", "Voies et délais de recours"), 1)
        write(
            f2,
            s,
            tr(
                lg,
                "If you are dissatisfied with a condition of this licence you may "
                "ask for a review within three months.",
                "Gegen diesen Bescheid kann innerhalb eines Monats nach Bekanntgabe "
                "Widerspruch erhoben werden. Der Widerspruch ist schriftlich oder zur "
                "Niederschrift bei der oben genannten Behörde einzulegen.",
                "La présente décision peut faire l'objet d'un recours gracieux auprès "
                "du préfet ou d'un recours contentieux devant le tribunal administratif "
                "dans un délai de deux mois à compter de sa notification.",
            ),
        )
        for _ in range(rng.randint(2, 4)):
            write(f2, s, prose(rng, lg, "legal", 2, 4), s.size - 1)
        pages += f2.pages
    received(rng, pages[0], d)
    remember(d, site)
    return close(pages, s, h)


def tpl_tree_survey(rng: random.Random, who: Issuer) -> list[Page]:
    """The contractor's tree safety inspection report for a council or estate: now and then a
    covering letter, a cover page, the method and summary, the tree schedule on landscape pages
    and a photo sheet; numbered from the cover on."""
    r = keyed(who, "client")
    client = r.choice(SENDERS["client"][home()])
    h = office_head()
    lg = h.lang
    s = style_of(h, A4)
    w, _hh = s.page_size
    m = s.margin
    d = some_day(rng)
    surveyor = rng.choice([boss(), workers()[0]])
    place = rng.choice(
        {
            "en": [
                "Riverside Park",
                "Cemetery Road verges",
                "Mill Lane car park",
                "Lodge Drive",
                "Churchyard and glebe",
                "Picnic site, Speech House",
            ],
            "de": [
                "Kurpark",
                "Friedhof Nord",
                "Schulhof Grundschule",
                "K 4772 Abschnitt 3",
                "Parkplatz Waldbad",
                "Spielplatz Am Bach",
            ],
            "fr": [
                "Parc municipal",
                "Cimetière communal",
                "Abords de l'école",
                "RD 417 PR 12-15",
                "Camping, allée centrale",
                "Aire de pique-nique",
            ],
        }[lg]
    )
    ref = f"TS-{month().year % 100}-{rng.randint(10, 99)}"
    title = tr(
        lg,
        "Tree Safety Inspection Report",
        "Baumkontrollbericht",
        "Diagnostic sanitaire et sécuritaire des arbres",
    )
    pages: list[Page] = []
    covers = 0
    if rng.random() < 0.45:
        f0 = sheets(s, h)
        recipient(
            f0,
            s,
            h,
            row_lines(client, staff(make_head(client, lg, "client"), "parks")),
            d + timedelta(days=3),
            [(tr(lg, "Our ref", "Unser Zeichen", "N/Réf."), ref)],
        )
        caption(f0, s, f"{title} - {place}", 1)
        f0.page.text(m, f0.y, dear(lg, None), s.font, s.size)
        f0.y += s.size * 2
        write(
            f0,
            s,
            tr(
                lg,
                "Please find enclosed our report on the trees inspected. Works of "
                "priority 1 should be carried out without delay; we would be pleased "
                "to quote for them.",
                "anbei erhalten Sie unseren Bericht zur Baumkontrolle. Maßnahmen der "
                "Dringlichkeit 1 sind umgehend auszuführen; gerne erstellen wir Ihnen "
                "ein Angebot.",
                "Veuillez trouver ci-joint notre rapport. Les interventions de niveau 1 "
                "sont à réaliser sans délai ; nous restons à votre disposition pour un "
                "devis.",
            ),
        )
        regards(
            f0,
            s,
            lg,
            surveyor,
            tr(lg, "Arboricultural surveyor", "Baumkontrolleur", "Technicien arboriste"),
        )
        pages += f0.pages
        covers = 1
    cp = Page(A4)
    y = heading(cp, s, h)
    y += 90
    tree_mark(cp, w / 2, y - 110, 2.0)
    pt = shrink(title, s.bold, 20, w - 2 * m)
    cp.text(w / 2, y, title, s.bold, pt, "center")
    y += 40
    cp.text(w / 2, y, place, s.bold, 14, "center")
    y += 60
    for lab, val in [
        (tr(lg, "Client", "Auftraggeber", "Client"), client[0]),
        (tr(lg, "Date of inspection", "Kontrolldatum", "Date de visite"), day(h, d)),
        (tr(lg, "Surveyor", "Kontrolleur", "Intervenant"), surveyor),
        (tr(lg, "Report reference", "Bericht-Nr.", "Référence"), ref),
        (
            tr(lg, "Method", "Verfahren", "Méthode"),
            tr(
                lg,
                "Visual Tree Assessment (ground level)",
                "FLL-Baumkontrollrichtlinie",
                "Diagnostic visuel (VTA)",
            ),
        ),
    ]:
        cp.text(w / 2 - 10, y, lab, s.font, s.size, "right")
        cp.text(w / 2 + 10, y, fit(val, s.bold, s.size, w / 2 - m - 10), s.bold, s.size)
        y += s.size * 2.2
    pages.append(cp)
    f = sheets(s, h, f"{title} - {place} - {ref}", top=False)
    for sec in [
        tr(lg, "1. Introduction", "1. Auftrag", "1. Contexte"),
        tr(lg, "2. Method and limitations", "2. Methode", "2. Méthode et limites"),
    ]:
        f.heading(m, sec, s.bold, s.size + 1)
        write(f, s, prose(rng, lg, "trees", 2, 4))
    f.heading(m, tr(lg, "3. Summary", "3. Zusammenfassung", "3. Synthèse"), s.bold, s.size + 1)
    n_trees = rng.randint(9, 46)
    pr = [rng.randint(1, 4) for _ in range(n_trees)]
    cols = columns(m, w - m, [(3, "left"), (1, "right")])
    table(
        f,
        cols,
        [tr(lg, "Priority", "Dringlichkeit", "Urgence"), tr(lg, "Trees", "Bäume", "Arbres")],
        [
            [tr(lg, f"Priority {k}", f"Stufe {k}", f"Niveau {k}"), str(pr.count(k))]
            for k in (1, 2, 3, 4)
        ],
        s,
    )
    write(f, s, prose(rng, lg, "trees", 1, 3))
    pages += f.pages
    s2 = style_of(h, landscape(A4), margin=40)
    w2, h2 = s2.page_size
    g = Sheets(
        (w2, h2),
        h2 - 46,
        lambda p, n: (
            running_header(
                p,
                s2,
                f"{title} - {place} - "
                + tr(lg, "Tree schedule", "Baumliste", "Tableau des arbres"),
            )
            + 8
        ),
    )
    caption(g, s2, tr(lg, "4. Tree schedule", "4. Baumliste", "4. Tableau des arbres"), 1)
    cols2 = columns(
        40,
        w2 - 40,
        [
            (0.5, "left"),
            (1.3, "left"),
            (0.6, "right"),
            (0.6, "right"),
            (0.9, "left"),
            (3.2, "left"),
            (2.6, "left"),
            (0.5, "center"),
            (0.9, "left"),
        ],
    )
    rows = []
    for k in range(n_trees):
        rows.append(
            [
                f"T{k + 1}",
                sp(rng.randrange(10), lg),
                str(rng.randint(6, 28)),
                str(rng.randint(18, 140)),
                rng.choice(["Y", "SM", "M", "OM", "V"]),
                words(rng, lg, "trees", rng.randint(4, 8))[:-1],
                words(rng, lg, "trees", rng.randint(2, 5))[:-1],
                str(pr[k]),
                rng.choice(
                    [
                        tr(lg, "1 month", "sofort", "immédiat"),
                        tr(lg, "6 months", "6 Monate", "6 mois"),
                        tr(lg, "12 months", "12 Monate", "1 an"),
                        tr(lg, "next insp.", "Nachkontr.", "suivi"),
                    ]
                ),
            ]
        )
    table(
        g,
        cols2,
        [
            tr(lg, "No", "Nr.", "N°"),
            tr(lg, "Species", "Baumart", "Essence"),
            tr(lg, "Ht m", "H m", "H m"),
            tr(lg, "DBH cm", "StU cm", "Diam cm"),
            tr(lg, "Age", "Alter", "Âge"),
            tr(lg, "Observations", "Befund", "Observations"),
            tr(lg, "Recommendation", "Maßnahme", "Préconisation"),
            "P",
            tr(lg, "Timescale", "Frist", "Délai"),
        ],
        rows,
        s2,
        size=7.5,
        rules=True,
        shade=0.9,
        step=2.0,
    )
    pages += g.pages
    if rng.random() < 0.5:
        ph = Page(A4)
        yy = running_header(ph, s, f"{title} - {place}") + 6
        ph.text(
            m,
            yy + 8,
            tr(lg, "5. Photographs", "5. Fotodokumentation", "5. Photographies"),
            s.bold,
            s.size + 1,
        )
        yy += 26
        pw = (w - 2 * m - 16) / 2
        for k in range(4):
            x = m + (k % 2) * (pw + 16)
            y0 = yy + (k // 2) * (pw * 0.75 + 40)
            photo(ph, x, y0, pw, pw * 0.72, rng)
            ph.text(
                x,
                y0 + pw * 0.72 + 12,
                fit(f"T{rng.randint(1, n_trees)} - " + words(rng, lg, "trees", 4), s.font, 7.5, pw),
                s.font,
                7.5,
            )
        pages.append(ph)
    remember(d, Site(place, client, lg, place, [], ref))
    return close(
        pages,
        s,
        h,
        numbers=tr(lg, "Page {i} of {n}", "Seite {i} von {n}", "Page {i}/{n}"),
        covers=covers,
    )


def tpl_job_sheet(rng: random.Random, who: Issuer) -> list[Page]:
    """The contractor's harvesting and extraction job sheet, filled in by hand: job fields,
    machines and operators, the hazard tick boxes, emergency details, the daily log and
    the sign-off; now and then the site risk checklist on a second page."""
    h = office_head()
    lg = h.lang
    s = style_of(h, A4, margin=40, pt=8.5)
    w, hh = s.page_size
    m = s.margin
    site = site_for(rng, ("tree_survey", "timber_contract", "felling_approval"))
    d = last_day(rng, ("tree_survey", "felling_approval"), (5, 30))
    job_no = f"{month().year % 100}-{rng.randint(100, 480)}"
    f = Sheets((w, hh), hh - 40, lambda p, n: heading(p, s, h) if n == 1 else m)
    title = tr(
        lg,
        "HARVESTING & EXTRACTION JOB SHEET",
        "ARBEITSAUFTRAG HOLZERNTE / RÜCKUNG",
        "FICHE DE CHANTIER - ABATTAGE / DÉBARDAGE",
    )
    if after(("tree_survey",)):
        title = tr(
            lg,
            "TREE WORK JOB SHEET",
            "ARBEITSAUFTRAG BAUMPFLEGE / FÄLLUNG",
            "FICHE DE CHANTIER - ÉLAGAGE / ABATTAGE",
        )
    f.page.text(m, f.y, fit(title, s.bold, 12, w - 2 * m - 90), s.bold, 12)
    f.page.text(w - m, f.y, f"No. {job_no}", s.bold, 11, "right")
    f.y += 14
    crew_ = rng.sample(workers(), rng.randint(1, 3))
    tree_work = after(("tree_survey",))
    machines = rng.sample(TREE_KIT if tree_work else MACHINES, 2)
    f.y = fields(
        f.page,
        s,
        m,
        f.y,
        w - 2 * m,
        [
            (tr(lg, "Site / wood", "Waldort", "Chantier"), site.wood),
            (tr(lg, "Location", "Lage", "Localisation"), site.where),
            (tr(lg, "Client / owner", "Auftraggeber", "Donneur d'ordre"), site.owner[0]),
            (tr(lg, "Start date", "Beginn", "Début"), short(d, lg)),
            (
                tr(lg, "Operators", "Mitarbeiter", "Opérateurs"),
                ", ".join(c.split()[0] for c in crew_),
            ),
            (
                tr(lg, "Machines", "Maschinen", "Engins"),
                " + ".join(
                    tr(lg, *mc).split(" ")[0] + " " + tr(lg, *mc).split(" ")[1] for mc in machines
                ),
            ),
            (
                tr(lg, "Arisings to", "Schnittgut an", "Rémanents")
                if tree_work
                else tr(lg, "Timber to", "Holz an", "Bois livré à"),
                tr(lg, "Own yard (firewood)", "eigener Lagerplatz", "Dépôt de l'entreprise")
                if tree_work
                else rng.choice(SENDERS["sawmill"][lg])[0],
            ),
            (
                tr(lg, "Felling licence / permit", "Genehmigung", "Autorisation"),
                serial(rng, "999/99")
                if rng.random() < 0.7
                else tr(lg, "n/a", "entfällt", "sans objet"),
            ),
        ],
        per=2,
        tall=24,
    )
    f.y = band(
        f.page,
        s,
        f.y,
        tr(
            lg,
            "Hazards identified (tick)",
            "Gefährdungen (ankreuzen)",
            "Risques identifiés (cocher)",
        ),
    )
    f.y = ticks(
        f.page,
        s,
        m,
        f.y + 8,
        w - 2 * m,
        [
            tr(lg, "Overhead power lines", "Freileitung", "Ligne électrique"),
            tr(lg, "Public footpath", "Wanderweg", "Sentier public"),
            tr(lg, "Road / highway", "Straße", "Route"),
            tr(lg, "Steep ground", "Steilhang", "Forte pente"),
            tr(lg, "Watercourse", "Gewässer", "Cours d'eau"),
            tr(lg, "Windblow", "Sturmholz", "Chablis"),
            tr(lg, "Dead / dying trees", "Totholz", "Arbres morts"),
            tr(lg, "Nesting birds / bats", "Brutvögel / Fledermäuse", "Nidification"),
            tr(lg, "Lone working", "Alleinarbeit", "Travail isolé"),
        ],
        set(rng.sample(range(9), rng.randint(2, 5))),
        pt=7.5,
    )
    f.y = band(f.page, s, f.y, tr(lg, "Emergency", "Notfall", "Secours"))
    f.y = fields(
        f.page,
        s,
        m,
        f.y + 2,
        w - 2 * m,
        [
            (
                tr(lg, "Nearest A&E", "Krankenhaus", "Hôpital le plus proche"),
                rng.choice(
                    {
                        "en": ["Gloucester Royal", "Hereford County", "Hexham General"],
                        "de": ["KH Freudenstadt", "Arberlandklinik Zwiesel", "KH Hann. Münden"],
                        "fr": ["CH Remiremont", "CH Champagnole", "CH Château-Chinon"],
                    }[lg]
                ),
            ),
            (
                tr(lg, "Meeting point / grid ref", "Rettungspunkt", "Point de rencontre"),
                rng.choice(
                    ["///ladder.pines.meadow", "///storm.lodge.bracken", "///crisp.timber.wells"]
                )
                if lg == "en"
                else serial(rng, {"de": "FDS-999", "fr": "PR 99-999"}[lg]),
            ),
            (tr(lg, "First aider on site", "Ersthelfer", "Sauveteur secouriste"), crew_[0]),
            (
                tr(lg, "Mobile signal", "Handyempfang", "Réseau mobile"),
                rng.choice(
                    [
                        tr(lg, "good", "gut", "bon"),
                        tr(lg, "at landing only", "nur am Polter", "au dépôt seulement"),
                    ]
                ),
            ),
        ],
        per=2,
        tall=24,
    )
    f.y = band(f.page, s, f.y, tr(lg, "Daily log", "Tagesbericht", "Journal de chantier"))
    f.y += 6
    cols = columns(
        m,
        w - m,
        [(1, "left"), (1.2, "left"), (1.1, "left"), (0.6, "right"), (3, "left"), (0.8, "right")],
    )
    rows = []
    dd = d
    for _ in range(rng.randint(3, 9)):
        rows.append(
            [
                short(dd, lg)[:5],
                rng.choice(crew_).split()[0],
                rng.choice(machines)[0].split()[0],
                str(rng.choice([6, 7, 8, 8.5, 9, 10])),
                words(rng, lg, "forest", rng.randint(3, 6))[:-1],
                str(rng.randint(12, 140)),
            ]
        )
        dd += timedelta(days=rng.choice([1, 1, 1, 3]))
    # hand-filled table: head printed, rows in hand
    x0 = m
    f.page.rect(x0, f.y - 9, w - 2 * m, 13, fill=0.9)
    for c, t in zip(
        cols,
        [
            tr(lg, "Date", "Datum", "Date"),
            tr(lg, "Operator", "Name", "Nom"),
            tr(lg, "Machine", "Maschine", "Engin"),
            "h",
            tr(lg, "Work done", "Tätigkeit", "Travaux"),
            tr(lg, "m³/t", "Fm", "m³"),
        ],
        strict=True,
    ):
        f.page.text(c[0], f.y, t, s.bold, 7.5)
    f.y += 8
    for row in rows:
        f.y += 15
        for c, t in zip(cols, row, strict=True):
            f.page.text(c[0] + 2, f.y - 2, fit(t, HAND, 8.5, c[1] - c[0] - 4), HAND, 8.5)
        f.page.line(m, f.y + 3, w - m, f.y + 3)
    for c in cols[1:]:
        f.page.line(c[0] - 2, f.y - 15 * len(rows) - 8, c[0] - 2, f.y + 3)
    f.y += 22
    if f.y < hh - 110:
        f.page.text(
            m,
            f.y,
            tr(
                lg,
                "Site left tidy / gates closed / signs removed:",
                "Fläche geräumt, Schranken zu, Schilder entfernt:",
                "Chantier nettoyé, barrières fermées :",
            ),
            s.font,
            8,
        )
        box(f.page, m + 230, f.y, rng.random() < 0.8)
        f.y += 30
        sign_line(
            f.page, s, m, f.y, 180, tr(lg, "Team leader", "Vorarbeiter", "Chef d'équipe"), crew_[0]
        )
        sign_line(
            f.page,
            s,
            w / 2 + 10,
            f.y,
            180,
            tr(lg, "Checked (office)", "Geprüft (Büro)", "Visa bureau"),
            clerk() if rng.random() < 0.6 else "",
        )
    pages = f.pages
    if rng.random() < 0.35:
        p2 = Page(A4)
        yy = m + 10
        p2.text(
            m,
            yy,
            fit(
                tr(
                    lg,
                    f"Site risk assessment - job {job_no}",
                    f"Gefährdungsbeurteilung - Auftrag {job_no}",
                    f"Analyse des risques - chantier {job_no}",
                ),
                s.bold,
                11,
                w - 2 * m,
            ),
            s.bold,
            11,
        )
        yy += 24
        for q in range(rng.randint(10, 18)):
            t = words(rng, lg, "safety", rng.randint(5, 9))
            p2.text(m, yy, fit(f"{q + 1}. {t}", s.font, 8, w - 2 * m - 110), s.font, 8)
            pick = 0 if rng.random() < 0.85 else 1
            yn = yes_no(lg)
            box(p2, w - m - 90, yy, pick == 0)
            p2.text(w - m - 78, yy, yn[0], s.font, 8)
            box(p2, w - m - 45, yy, pick == 1)
            p2.text(w - m - 33, yy, yn[1], s.font, 8)
            yy += 17
        yy += 10
        hand(p2, m, yy, fit(words(rng, lg, "safety", 8), HAND, 9, w - 2 * m), 9)
        yy += 40
        for k, nm in enumerate(crew_):
            sign_line(
                p2,
                s,
                m + k * 160,
                yy,
                140,
                tr(lg, "Briefed - signature", "Unterwiesen - Unterschrift", "Informé - signature"),
                nm,
            )
        pages.append(p2)
    remember(d, site)
    return pages


# ---------------------------------------------------------------------------------------------
# Templates XXX: timber sales, weighbridge and measurement
# ---------------------------------------------------------------------------------------------


@dataclass
class Load:
    ticket: str
    when: date
    reg: str
    product: int
    net_kg: int


def a_reg(rng: random.Random, lang: str) -> str:
    if lang == "en":
        return serial(rng, "AA99 AAA")
    if lang == "de":
        return f"{rng.choice(['FDS', 'REG', 'HMÜ', 'CW'])}-{serial(rng, 'AA 999')}"
    return serial(rng, "AA-999-AA")


def a_load(rng: random.Random, lang: str, d: date) -> Load:
    return Load(
        ticket=serial(rng, rng.choice(["W999999", "99999", "T-999999"])),
        when=d,
        reg=a_reg(rng, lang),
        product=rng.choice([0, 0, 1, 2, 3, 4]),
        net_kg=rng.randint(18500, 28900),
    )


def sawmill_for(who: Issuer, abroad: float = 0.12) -> Head:
    return head_of(who, "sawmill", abroad)


def tpl_weighbridge_ticket(rng: random.Random, who: Issuer) -> list[Page]:
    """A sawmill's weighbridge ticket on a narrow slip: ticket number, in and out times,
    vehicle, haulier, supplier and origin, product, gross, tare and net, the driver's
    signature."""
    h = sawmill_for(who, 0.05)
    lg = h.lang
    s = style_of(h, SLIP, margin=14, pt=8)
    w, hh = SLIP
    m = 14
    p = Page(SLIP)
    d = some_day(rng)
    ld = a_load(rng, lg, d)
    y = heading(p, s, h)
    font = "Courier"
    p.text(
        w / 2,
        y,
        tr(lg, "WEIGHBRIDGE TICKET", "WIEGESCHEIN", "TICKET DE PESÉE"),
        "Courier-Bold",
        10,
        "center",
    )
    y += 18
    tin = f"{rng.randint(6, 15):02d}:{rng.randint(0, 59):02d}"
    tout = f"{int(tin[:2]) + rng.choice([0, 1]):02d}:{rng.randint(0, 59):02d}"
    gross = ld.net_kg + rng.randint(15800, 17900)
    tare = gross - ld.net_kg
    office = office_head()
    lines = [
        (tr(lg, "Ticket", "Wiegeschein-Nr.", "Ticket n°"), ld.ticket),
        (tr(lg, "Date", "Datum", "Date"), short(d, lg)),
        (tr(lg, "Vehicle", "Kennzeichen", "Immat."), ld.reg),
        (
            tr(lg, "Haulier", "Spedition", "Transporteur"),
            rng.choice(
                [
                    office.name.split()[0],
                    "Forest Haulage",
                    "Holztransporte Dorn",
                    "Transports Bolle",
                ]
            ),
        ),
        (tr(lg, "Supplier", "Lieferant", "Fournisseur"), office.name),
        (tr(lg, "Origin", "Herkunft", "Provenance"), rng.choice(WOODS[home()])),
        (tr(lg, "Product", "Sortiment", "Produit"), PRODUCTS[lg][ld.product]),
    ]
    for lab, val in lines:
        p.text(m, y, lab, font, 7)
        p.text(w - m, y, fit(val, font, 7.5, w - 2 * m - 70), font, 7.5, "right")
        y += 11
    y += 6
    p.line(m, y - 4, w - m, y - 4)
    for lab, t, v in (
        (tr(lg, "1st weight (in)", "Erstwägung", "1re pesée"), tin, gross),
        (tr(lg, "2nd weight (out)", "Zweitwägung", "2e pesée"), tout, tare),
    ):
        p.text(m, y + 6, f"{lab} {t}", font, 7)
        p.text(w - m, y + 6, f"{v:,} kg".replace(",", " "), font, 8, "right")
        y += 14
    p.line(m, y, w - m, y)
    y += 14
    p.text(m, y, tr(lg, "NET", "NETTO", "NET"), "Courier-Bold", 10)
    p.text(w - m, y, f"{ld.net_kg:,} kg".replace(",", " "), "Courier-Bold", 11, "right")
    y += 22
    p.text(
        m,
        y,
        fit(
            tr(
                lg,
                "Weighed on a certified weighbridge - NAWI class III",
                "Geeichte Fahrzeugwaage - eichamtlich geprüft",
                "Pont-bascule vérifié - classe III",
            ),
            font,
            6,
            w - 2 * m,
        ),
        font,
        6,
    )
    y += 30
    sign_line(
        p,
        s,
        m,
        y,
        w - 2 * m,
        tr(lg, "Driver", "Fahrer", "Chauffeur"),
        person(rng, lg) if rng.random() < 0.8 else "",
    )
    y += 36
    sign_line(
        p, s, m, y, w - 2 * m, tr(lg, "Weighbridge operator", "Wäger", "Peseur"), staff(h, "weigh")
    )
    p.text(w / 2, hh - 18, f"{ld.ticket}  {short(d, lg)}  {tin}", font, 6, "center")
    remember(d, (h, [ld]))
    return [p]


def tpl_measurement_statement(rng: random.Random, who: Issuer) -> list[Page]:
    """A sawmill's log measurement statement on landscape A4: delivery details, one line a log
    (length, mid diameter over and under bark, volume, grade) over pages with a running header,
    the grade summary at the end."""
    h = sawmill_for(who)
    lg = h.lang
    s = style_of(h, landscape(A4), margin=40, pt=8.5)
    w, hh = s.page_size
    m = 40
    d = some_day(rng)
    office = office_head()
    ld = a_load(rng, home(), d)
    spx = rng.choice([0, 1, 2, 3, 4, 5, 7])
    no = serial(rng, rng.choice(["VM-999999", "99999/99", "BC-99999"]))
    title = tr(lg, "Log measurement statement", "Werksvermessungsprotokoll", "Bordereau de cubage")
    f = Sheets(
        (w, hh),
        hh - 40 - 7 * len(h.foot),
        lambda p, n: (
            heading(p, s, h)
            if n == 1
            else running_header(
                p, s, f"{h.name} - {title} {no} - {tr(lg, 'continued', 'Fortsetzung', 'suite')}"
            )
            + 6
        ),
    )
    f.page.text(m, f.y, f"{title} {no}", s.bold, 12)
    f.y += 16
    f.y = (
        pairs(
            f.page,
            s,
            m,
            f.y,
            [
                (tr(lg, "Supplier", "Lieferant", "Fournisseur"), office.name),
                (
                    tr(
                        lg,
                        "Delivery date / ticket",
                        "Anlieferung / Wiegeschein",
                        "Livraison / ticket",
                    ),
                    f"{short(d, lg)} / {ld.ticket}",
                ),
                (tr(lg, "Vehicle", "Fahrzeug", "Véhicule"), ld.reg),
                (
                    tr(lg, "Species / product", "Holzart / Sortiment", "Essence / produit"),
                    f"{sp(spx, lg)} - {PRODUCTS[lg][rng.randint(0, 2)]}",
                ),
                (tr(lg, "Origin", "Herkunft", "Provenance"), rng.choice(WOODS[home()])),
            ],
            w / 2 - 20,
            8,
        )
        + 8
    )
    cols = columns(
        m,
        w - m,
        [
            (0.6, "right"),
            (0.8, "right"),
            (0.9, "right"),
            (0.9, "right"),
            (0.9, "right"),
            (0.6, "center"),
            (2.5, "left"),
            (0.3, "left"),
            (0.6, "right"),
            (0.8, "right"),
            (0.9, "right"),
            (0.9, "right"),
            (0.9, "right"),
            (0.6, "center"),
        ],
    )
    n = rng.randint(24, 140)
    logs = []
    for k in range(n):
        ln = rng.choice([3.1, 4.1, 4.9, 5.0, 4.0, 2.5])
        dm = rng.randint(16, 58)
        dub = dm - rng.randint(1, 3)
        vol = round(math.pi * (dub / 200) ** 2 * ln, 3)
        grade = rng.choice(["A", "B", "B", "C", "C", "D"])
        logs.append((k + 1, ln, dm, dub, vol, grade))
    half = (len(logs) + 1) // 2
    rows = []
    for k in range(half):
        a = logs[k]
        b = logs[k + half] if k + half < len(logs) else None
        cells = [str(a[0]), qty(a[1], lg, 1), str(a[2]), str(a[3]), qty(a[4], lg, 3), a[5], "", ""]
        cells += (
            [str(b[0]), qty(b[1], lg, 1), str(b[2]), str(b[3]), qty(b[4], lg, 3), b[5]]
            if b
            else [""] * 6
        )
        rows.append(cells)
    hd = [
        tr(lg, "No", "Nr.", "N°"),
        tr(lg, "Len m", "Länge", "Long."),
        tr(lg, "Dia ob", "D m.R.", "Diam éc."),
        tr(lg, "Dia ub", "D o.R.", "Diam s.é."),
        "m³",
        tr(lg, "Gr", "GK", "Cl."),
    ]
    table(f, cols, [*hd, "", "", *hd], rows, s, size=7.5, shade=0.9, step=1.55)
    f.need(120)
    f.y += 12
    f.page.text(
        m,
        f.y,
        tr(lg, "Summary by grade", "Zusammenfassung nach Güteklassen", "Récapitulatif par qualité"),
        s.bold,
        9,
    )
    f.y += 14
    cols2 = columns(m, m + 420, [(1, "left"), (1, "right"), (1.2, "right")])
    summ = []
    tot = 0.0
    for g in "ABCD":
        v = sum(x[4] for x in logs if x[5] == g)
        tot += v
        summ.append([g, str(sum(1 for x in logs if x[5] == g)), qty(v, lg, 3)])
    summ.append([tr(lg, "Total", "Summe", "Total"), str(len(logs)), qty(tot, lg, 3)])
    table(
        f,
        cols2,
        [
            tr(lg, "Grade", "Güteklasse", "Qualité"),
            tr(lg, "Logs", "Stück", "Billes"),
            tr(lg, "Volume m³ ub", "Fm o.R.", "Volume m³"),
        ],
        summ,
        s,
        size=8,
        rules=True,
    )
    f.y += 6
    write(
        f,
        s,
        tr(
            lg,
            "Measured by electronic 3D log scanner; mid diameter under bark, rounded "
            "down to the whole centimetre.",
            "Vermessung mit 3D-Scanner nach RVR; Mittendurchmesser ohne Rinde, "
            "abgerundet auf volle cm.",
            "Cubage au scanner 3D ; diamètre médian sous écorce arrondi au cm inférieur.",
        ),
        7.5,
    )
    remember(d, (h, [ld], tot, spx))
    h2 = replace(h, corner=rng.choice(["br", "bc", "bl"]))
    return close(f.pages, s, h2, numbers=rng.choice(["{i}/{n}", h.numbers]))


def ticket_copy(p: Page, x: float, y: float, w: float, h: Head, ld: Load, lg: str) -> float:
    """A weighbridge ticket as photocopied onto the page behind an invoice; the height used."""
    hgt = 150.0
    p.rect(x, y, w, hgt)
    p.text(
        x + w / 2, y + 12, fit(h.name, "Helvetica-Bold", 8, w - 10), "Helvetica-Bold", 8, "center"
    )
    p.text(
        x + w / 2,
        y + 24,
        fit(
            tr(lg, "WEIGHBRIDGE TICKET", "WIEGESCHEIN", "TICKET DE PESÉE"),
            "Courier-Bold",
            7.5,
            w - 10,
        ),
        "Courier-Bold",
        7.5,
        "center",
    )
    yy = y + 40
    gross = ld.net_kg + 16800
    for lab, val in (
        ("No", ld.ticket),
        (tr(lg, "Date", "Datum", "Date"), short(ld.when, lg)),
        (tr(lg, "Vehicle", "Kennz.", "Immat."), ld.reg),
        (tr(lg, "Gross", "Brutto", "Brut"), f"{gross:,} kg".replace(",", " ")),
        (tr(lg, "Tare", "Tara", "Tare"), f"{gross - ld.net_kg:,} kg".replace(",", " ")),
        (tr(lg, "NET", "NETTO", "NET"), f"{ld.net_kg:,} kg".replace(",", " ")),
    ):
        p.text(x + 6, yy, lab, "Courier", 7)
        p.text(x + w - 6, yy, fit(val, "Courier", 7, w - 50), "Courier", 7, "right")
        yy += 11
    scrawl(p, x + 8, y + hgt - 12, "J Driver", 10)
    return hgt


def tpl_timber_invoice(rng: random.Random, who: Issuer) -> list[Page]:
    """The contractor's timber sales invoice to a sawmill: the loads by ticket, product and net
    weight or measured volume, price and amount, VAT and bank details; now and then the copies
    of the weighbridge tickets photocopied onto the pages behind."""
    h = office_head()
    lg = h.lang
    x = LAST["extra"]
    if after(("measurement_statement", "weighbridge_ticket")) and isinstance(x, tuple):
        mill: Head = x[0]
        loads: list[Load] = list(x[1])
        d = last_day(rng, ("measurement_statement", "weighbridge_ticket"), (1, 6))
        measured = x[2] if len(x) > 2 else None
    else:
        mill = sawmill_for(who)
        d = some_day(rng)
        loads = [
            a_load(rng, lg, d - timedelta(days=rng.randint(1, 25)))
            for _ in range(rng.choice([1, 2, 3, 4, 6, 9, 14]))
        ]
        loads.sort(key=lambda ld: ld.when)
        measured = None
    s = style_of(h, A4 if lg != "en" or rng.random() < 0.85 else LETTER)
    w, _hh = s.page_size
    m = s.margin
    inv = serial(rng, rng.choice([f"{d.year}-0999", "INV-09999", f"RE{d.year % 100}-999"]))
    f = sheets(s, h, f"{tr(lg, 'Invoice', 'Rechnung', 'Facture')} {inv}")
    recipient(
        f,
        s,
        h,
        head_lines(
            mill, tr(lg, "Accounts Payable", "Kreditorenbuchhaltung", "Comptabilité fournisseurs")
        ),
        d,
        [
            (tr(lg, "Invoice no.", "Rechnungs-Nr.", "Facture n°"), inv),
            (
                tr(lg, "Customer no.", "Kunden-Nr.", "Code client"),
                serial(keyed(who, "cust"), "K9999"),
            ),
        ],
    )
    caption(f, s, tr(lg, "INVOICE - ROUNDWOOD", "RECHNUNG - Rundholz", "FACTURE - Bois ronds"), 3)
    cols = columns(
        m,
        w - m,
        [
            (1, "left"),
            (1.1, "left"),
            (1.1, "left"),
            (2.2, "left"),
            (1, "right"),
            (0.9, "right"),
            (1.2, "right"),
        ],
    )
    rows = []
    net = 0.0
    if measured:
        price = rng.choice([58.0, 72.0, 86.0, 95.0])
        v = round(float(measured), 3)
        amount = round(v * price, 2)
        net += amount
        ld = loads[0]
        rows.append(
            [
                short(ld.when, lg),
                ld.ticket,
                ld.reg,
                tr(lg, "Sawlogs, measured volume", "Stammholz lt. Werksmaß", "Grumes, volume cubé"),
                qty(v, lg, 3) + " m³",
                money(price, lg),
                money(amount, lg),
            ]
        )
    else:
        for ld in loads:
            t = ld.net_kg / 1000
            price = [62.0, 58.0, 41.0, 47.0, 28.0, 45.0][ld.product] + rng.choice([0, 2, 4])
            amount = round(t * price, 2)
            net += amount
            rows.append(
                [
                    short(ld.when, lg),
                    ld.ticket,
                    ld.reg,
                    PRODUCTS[lg][ld.product],
                    qty(t, lg, 2) + " t",
                    money(price, lg),
                    money(amount, lg),
                ]
            )
    table(
        f,
        cols,
        [
            tr(lg, "Date", "Datum", "Date"),
            tr(lg, "Ticket", "Wiegeschein", "Ticket"),
            tr(lg, "Vehicle", "Fahrzeug", "Véhicule"),
            tr(lg, "Product", "Sortiment", "Produit"),
            tr(lg, "Qty", "Menge", "Qté"),
            tr(lg, "Price", "Preis", "P.U."),
            tr(lg, "Amount", "Betrag", "Montant"),
        ],
        rows,
        s,
        rules=True,
        shade=0.9 if rng.random() < 0.5 else None,
    )
    totals(
        f,
        s,
        lg,
        net,
        vat_rate(lg),
        tr(
            lg,
            "Payment 30 days from invoice date by BACS to the account below.",
            "Zahlbar innerhalb von 30 Tagen ohne Abzug.",
            "Paiement à 30 jours fin de mois par virement. Pas d'escompte pour paiement anticipé.",
        ),
    )
    pages = f.pages
    if rng.random() < 0.6 and not measured:
        cp = Page(A4)
        copier_edge(cp, rng)
        tw_ = (A4[0] - 120) / 2
        for k, ld in enumerate(loads[:6]):
            ticket_copy(
                cp, 50 + (k % 2) * (tw_ + 20), 50 + (k // 2) * 175, tw_, mill, ld, mill.lang
            )
        pages.append(cp)
        if len(loads) > 6:
            cp2 = Page(A4)
            copier_edge(cp2, rng)
            for k, ld in enumerate(loads[6:12]):
                ticket_copy(
                    cp2, 50 + (k % 2) * (tw_ + 20), 50 + (k // 2) * 175, tw_, mill, ld, mill.lang
                )
            pages.append(cp2)
    remember(d, None)
    return close(pages, s, h, numbers="none" if len(pages) == 1 else h.numbers)


# ---------------------------------------------------------------------------------------------
# Templates XXX: firewood
# ---------------------------------------------------------------------------------------------


@dataclass
class Order:
    customer: list[str]
    product: int
    unit: int
    n: float
    price: float
    note: str


def an_order(rng: random.Random) -> Order:
    lg = home()
    name = mx(person(rng, lg), lg)
    road = rng.choice(ROADS[lg])
    no = rng.randint(1, 80)
    cust = [name, f"{road} {no}" if lg == "de" else f"{no} {road}", rng.choice(TOWNS[lg])]
    unit = rng.randrange(3)
    n = rng.choice([1, 1, 2, 3, 4, 6]) if unit != 1 else rng.choice([2, 3, 4, 5, 8])
    base = {
        "en": [95.0, 85.0, 110.0, 6.5],
        "de": [110.0, 95.0, 160.0, 7.0],
        "fr": [85.0, 78.0, 120.0, 6.0],
    }[lg][unit]
    return Order(
        cust,
        rng.randrange(len(LOGS[lg])),
        unit,
        n,
        base + rng.choice([0, 5, 10, 15]),
        words(rng, lg, "forest", 5),
    )


def tpl_firewood_delivery(rng: random.Random, who: Issuer) -> list[Page]:
    """A firewood delivery note from the contractor's A5 carbon pad: the printed pad number,
    the customer's name and address in hand, the product and quantity ticked, the moisture
    reading, how it was paid, the customer's signature."""
    h = office_head()
    lg = h.lang
    size = A5 if rng.random() < 0.7 else landscape(A5)
    s = style_of(h, size, margin=30, pt=8)
    w, hh = size
    m = 30
    p = Page(size)
    d = some_day(rng)
    o = an_order(rng)
    y = heading(p, s, h)
    pad = keyed(who, "pad").randint(1200, 4800) + rng.randint(0, 40)
    p.text(m, y, tr(lg, "DELIVERY NOTE", "LIEFERSCHEIN", "BON DE LIVRAISON"), s.bold, 11)
    p.text(w - m, y, f"No {pad:05d}", "Courier-Bold", 11, "right")
    y += 12
    bw = w - 2 * m
    y = fields(
        p,
        s,
        m,
        y,
        bw,
        [
            (tr(lg, "Customer", "Kunde", "Client"), o.customer[0]),
            (tr(lg, "Date", "Datum", "Date"), short(d, lg)),
            (tr(lg, "Address", "Anschrift", "Adresse"), f"{o.customer[1]}, {o.customer[2]}"),
            (
                tr(lg, "Tel.", "Tel.", "Tél."),
                serial(
                    rng, {"en": "07999 999999", "de": "0179 9999999", "fr": "06 99 99 99 99"}[lg]
                ),
            ),
        ],
        per=2,
        tall=22,
    )
    y += 2
    p.text(m, y, tr(lg, "Product", "Ware", "Produit"), s.bold, 8)
    y += 12
    prods = LOGS[lg][:5]
    for k, t in enumerate(prods):
        box(p, m, y, k == o.product % 5, 7)
        p.text(m + 12, y, fit(t, s.font, 7.5, bw / 2 - 20), s.font, 7.5)
        if k == o.product % 5:
            hand(
                p,
                m + bw / 2,
                y,
                f"{qty(o.n, lg, 0 if o.n == int(o.n) else 1)} x {LOG_UNITS[lg][o.unit]}",
                8.5,
                bw / 2,
            )
        y += 11
    y += 4
    p.text(
        m,
        y,
        tr(lg, "Moisture reading (%):", "Restfeuchte (%):", "Humidité mesurée (%) :"),
        s.font,
        7.5,
    )
    hand(
        p, m + 110, y, f"{rng.randint(12, 19)} / {rng.randint(12, 19)} / {rng.randint(12, 19)}", 8.5
    )
    y += 14
    if lg == "en":
        p.text(m, y, f"Ready to Burn cert. no. {serial(office_rng('rtb'), 'WS99999')}", s.font, 7)
        y += 12
    p.text(m, y, tr(lg, "Paid:", "Bezahlt:", "Réglé :"), s.font, 7.5)
    y = ticks(
        p,
        s,
        m + 40,
        y,
        bw - 40,
        [
            tr(lg, "Cash", "Bar", "Espèces"),
            tr(lg, "Card", "Karte", "CB"),
            tr(lg, "Invoice to follow", "Rechnung folgt", "Sur facture"),
            tr(lg, "Cheque", "Überweisung", "Chèque"),
        ],
        {rng.randrange(4)},
        pt=7,
    )
    hand(p, m, y + 4, fit(o.note, HAND, 8, bw), 8)
    y += 26
    y = min(y, hh - 60)
    sign_line(
        p,
        s,
        m,
        hh - 50,
        bw / 2 - 10,
        tr(lg, "Received in good order", "Ware erhalten", "Reçu conforme"),
        o.customer[0].split()[-1] if rng.random() < 0.85 else "",
    )
    sign_line(
        p,
        s,
        m + bw / 2 + 10,
        hh - 50,
        bw / 2 - 10,
        tr(lg, "Driver", "Fahrer", "Livreur"),
        rng.choice(workers()),
    )
    p.text(
        w / 2,
        hh - 18,
        tr(
            lg,
            "White - customer   Yellow - office   Pink - book",
            "Weiß: Kunde - Gelb: Büro - Rosa: Block",
            "Blanc : client - Jaune : bureau - Rose : souche",
        ),
        s.font,
        5.5,
        "center",
    )
    remember(d, o)
    return [p]


def tpl_firewood_invoice(rng: random.Random, who: Issuer) -> list[Page]:
    """The contractor's invoice to a private firewood customer (A4 or A5): the delivery, the
    quantity and price, the reduced VAT rate of wood fuel, how to pay; now and then the
    storage and burning advice printed on the page behind."""
    h = office_head()
    lg = h.lang
    x = LAST["extra"]
    o = x if after(("firewood_delivery",)) and isinstance(x, Order) else an_order(rng)
    d = last_day(rng, ("firewood_delivery",), (0, 6))
    size = A4 if rng.random() < 0.65 else A5
    s = style_of(h, size, margin=48 if size == A4 else 30, pt=9 if size == A4 else 8)
    w, _hh = size
    m = s.margin
    inv = f"{tr(lg, 'FW', 'BH', 'BC')}{d.year % 100}{rng.randint(100, 999)}"
    f = sheets(s, h)
    recipient(f, s, h, o.customer, d, [(tr(lg, "Invoice", "Rechnung Nr.", "Facture n°"), inv)])
    caption(f, s, tr(lg, "Invoice", "Rechnung", "Facture"), 3)
    cols = columns(m, w - m, [(3.5, "left"), (1, "right"), (1.2, "right"), (1.2, "right")])
    rows = []
    net = o.n * o.price
    rows.append(
        [
            f"{LOGS[lg][o.product]} - {LOG_UNITS[lg][o.unit]}",
            qty(o.n, lg, 1),
            money(o.price, lg),
            money(net, lg),
        ]
    )
    if rng.random() < 0.4:
        k = rng.choice([1, 2, 3])
        rows.append(
            [
                tr(lg, "Kindling net", "Anzündholz Sack", "Sac de petit bois"),
                str(k),
                money(6.0, lg),
                money(6.0 * k, lg),
            ]
        )
        net += 6.0 * k
    if rng.random() < 0.3:
        rows.append(
            [
                tr(lg, "Delivery (over 10 miles)", "Anfahrt", "Livraison"),
                "1",
                money(15.0, lg),
                money(15.0, lg),
            ]
        )
        net += 15.0
    table(
        f,
        cols,
        [
            tr(lg, "Description", "Artikel", "Désignation"),
            tr(lg, "Qty", "Menge", "Qté"),
            tr(lg, "Unit price", "Preis", "P.U. HT"),
            tr(lg, "Amount", "Betrag", "Montant HT"),
        ],
        rows,
        s,
    )
    totals(f, s, lg, net, vat_rate(lg, firewood=True))
    write(
        f,
        s,
        tr(
            lg,
            f"Delivered {short(d, lg)}. Payment by bank transfer quoting {inv}, or by "
            "card over the phone. Thank you for your order!",
            f"Geliefert am {short(d, lg)}. Bitte überweisen Sie den Betrag innerhalb von "
            f"14 Tagen unter Angabe der Rechnungsnummer {inv}.",
            f"Livré le {short(d, lg)}. Règlement à réception par chèque ou virement.",
        ),
        s.size - 1,
    )
    pages = f.pages
    if rng.random() < 0.3:
        p2 = Page(size)
        y = m
        p2.text(
            w / 2,
            y,
            tr(
                lg,
                "Getting the best from your logs",
                "Tipps zur Lagerung",
                "Bien stocker et bien brûler",
            ),
            s.bold,
            s.size + 3,
            "center",
        )
        y += 24
        for k in range(rng.randint(4, 7)):
            tip = words(rng, lg, "forest", rng.randint(10, 18))
            for ln in wrap(f"{k + 1}. {tip}", s.font, s.size, w - 2 * m):
                p2.text(m, y, ln, s.font, s.size)
                y += s.size * 1.4
            y += 6
        pages.append(p2)
    remember(d, o)
    return close(pages, s, h, numbers="none")


def tpl_moisture_record(rng: random.Random, who: Issuer) -> list[Page]:
    """The kiln's monthly moisture record on landscape A4: batch, species, loose volume, dates
    in and out, kiln temperature and hours, five moisture readings and their mean, pass and
    the initials, all entered by hand; checked and signed at the foot."""
    h = office_head()
    lg = h.lang
    s = style_of(h, landscape(A4), margin=36, pt=8)
    w, _hh = s.page_size
    m = 36
    mo = month()
    title = tr(
        lg,
        "Kiln drying & moisture record",
        "Trocknungsprotokoll Kammertrocknung",
        "Registre de séchage et d'humidité",
    )
    p = Page(s.page_size)
    p.text(m, m, title, s.bold, 13)
    p.text(w - m, m, fit(h.name, s.font, 8, 260), s.font, 8, "right")
    y = m + 18
    p.text(m, y, f"{tr(lg, 'Month', 'Monat', 'Mois')}: ", s.font, 8.5)
    hand(p, m + 45, y, f"{mo.month:02d}/{mo.year}", 10)
    p.text(m + 140, y, f"{tr(lg, 'Kiln', 'Trockenkammer', 'Séchoir')}: ", s.font, 8.5)
    kx = m + 140 + tw(f"{tr(lg, 'Kiln', 'Trockenkammer', 'Séchoir')}: ", s.font, 8.5) + 4
    hand(p, kx, y, rng.choice(["1", "2", "Container 1", "Heizhaus"]), 10)
    p.text(
        m + 320,
        y,
        tr(
            lg,
            "Target: below 20% (Ready to Burn)",
            "Ziel: < 20 % (1. BImSchV)",
            "Objectif : < 23 % (NF)",
        ),
        s.font,
        8,
    )
    y += 18
    cols = columns(
        m,
        w - m,
        [
            (0.7, "left"),
            (1, "left"),
            (1.3, "left"),
            (0.7, "right"),
            (0.8, "right"),
            (0.7, "right"),
            (0.8, "left"),
        ]
        + [(0.5, "right")] * 5
        + [(0.7, "right"), (0.6, "center"), (0.6, "center")],
    )
    heads = [
        tr(lg, "Batch", "Charge", "Lot"),
        tr(lg, "Date in", "Ein", "Entrée"),
        tr(lg, "Species", "Holzart", "Essence"),
        tr(lg, "m³", "SRM", "m³"),
        "°C",
        tr(lg, "Hours", "Std.", "Heures"),
        tr(lg, "Date out", "Aus", "Sortie"),
        "1",
        "2",
        "3",
        "4",
        "5",
        tr(lg, "Mean", "Mittel", "Moy."),
        tr(lg, "Pass", "i.O.", "OK"),
        tr(lg, "Init.", "Kürzel", "Visa"),
    ]
    p.rect(m - 2, y - 9, w - 2 * m + 4, 13, fill=0.88)
    for c, t in zip(cols, heads, strict=True):
        p.text(c[0], y, t, s.bold, 7.5)
    y += 8
    dd = mo
    nrows = 22
    filled = rng.randint(6, 18)
    batch = rng.randint(100, 400)
    for k in range(nrows):
        p.line(m - 2, y + 6, w - m + 2, y + 6)
        if k < filled:
            rd = [rng.randint(11, 21) for _ in range(5)]
            mean = sum(rd) / 5
            vals = [
                str(batch + k),
                short(dd, lg)[:5],
                sp(rng.choice([5, 6, 7, 9, 8, 0]), lg),
                str(rng.choice([8, 10, 12, 15])),
                str(rng.choice([65, 70, 75, 80])),
                str(rng.choice([72, 96, 110, 120])),
                short(dd + timedelta(days=rng.randint(3, 6)), lg)[:5],
                *[str(v) for v in rd],
                qty(mean, lg, 1),
                "OK" if mean < 20 else "X",
                crew()[rng.choice([1, 2, 3, 4])].split()[0][:2].upper(),
            ]
            for c, t in zip(cols, vals, strict=True):
                pt = 8.5
                tx = fit(t, HAND, pt, c[1] - c[0] - 2)
                if c[2] == "right":
                    p.text(c[1], y + 3, tx, HAND, pt, "right")
                else:
                    p.text(c[0] + 1, y + 3, tx, HAND, pt)
            dd += timedelta(days=rng.randint(1, 3))
        y += 17
    for c in cols[1:]:
        p.line(c[0] - 3, m + 27, c[0] - 3, y - 11)
    y += 16
    p.text(m, y, tr(lg, "Meter:", "Messgerät:", "Humidimètre :"), s.font, 8)
    hand(
        p,
        m + tw(tr(lg, "Meter:", "Messgerät:", "Humidimètre :"), s.font, 8) + 6,
        y,
        rng.choice(["Brookhuis FMD6", "Gann Hydromette", "Stihl MM 8", "Testo 606"]),
        9,
    )
    p.text(
        m + 250,
        y,
        tr(
            lg,
            "Readings taken on freshly split faces of 5 logs per batch.",
            "Messung an frisch gespaltenen Flächen, 5 Scheite je Charge.",
            "Mesure sur faces fraîchement fendues, 5 bûches par lot.",
        ),
        s.font,
        7.5,
    )
    y += 30
    sign_line(p, s, m, y, 200, tr(lg, "Checked by", "Geprüft", "Contrôlé par"), boss())
    hand(p, m + 240, y - 2, short(mo + timedelta(days=rng.randint(27, 33)), lg))
    remember(mo + timedelta(days=28), None)
    return [p]


def tpl_woodfuel_certificate(rng: random.Random, who: Issuer) -> list[Page]:
    """The woodfuel scheme's certificate after the annual audit: a covering letter, the
    certificate in a double frame with its seal, the schedule of certified products and
    sites; now and then the audit summary."""
    h = head_of(who, "certifier")
    lg = h.lang
    s = style_of(h, A4)
    w, _hh = s.page_size
    m = s.margin
    d = last_day(rng, ("moisture_record",), (2, 20))
    office = office_head()
    cert = serial(rng, {"en": "WS99999", "de": "GQB-9999-99", "fr": "FBB-99-999"}[lg])
    scheme = tr(lg, "Ready to Burn", "Qualitätsbrennholz", "France Bois Bûche")
    pages: list[Page] = []
    covers = 0
    if rng.random() < 0.7:
        f = sheets(s, h)
        recipient(
            f,
            s,
            h,
            office_lines(mx(boss(), lg)),
            d,
            [(tr(lg, "Certificate no.", "Zertifikat-Nr.", "Certificat n°"), cert)],
        )
        caption(
            f,
            s,
            tr(
                lg,
                f"{scheme} certification - renewal",
                f"{scheme} - Verlängerung der Zertifizierung",
                f"Certification {scheme} - renouvellement",
            ),
            1,
        )
        f.page.text(m, f.y, dear(lg, mx(boss(), lg)), s.font, s.size)
        f.y += s.size * 2
        write(
            f,
            s,
            tr(
                lg,
                "Following the audit of your moisture records and the sample test, we "
                "are pleased to renew your certification for a further twelve months. "
                "Your certificate and schedule are enclosed.",
                "nach Prüfung Ihrer Trocknungsprotokolle und der Stichprobenmessung freuen "
                "wir uns, Ihre Zertifizierung um zwölf Monate zu verlängern. Urkunde und "
                "Anlage liegen bei.",
                "À l'issue de l'audit de vos registres et de nos mesures, nous avons le "
                "plaisir de renouveler votre certification pour douze mois.",
            ),
        )
        write(f, s, prose(rng, lg, "forest", 1, 2))
        regards(
            f,
            s,
            lg,
            staff(h, "cert"),
            tr(lg, "Scheme Manager", "Zertifizierungsstelle", "Responsable certification"),
        )
        pages += f.pages
        covers = 1
    land = rng.random() < 0.6
    cp = Page(landscape(A4) if land else A4)
    cw, ch = cp.size
    cp.rect(24, 24, cw - 48, ch - 48)
    cp.rect(30, 30, cw - 60, ch - 60)
    y = 80.0
    cp.text(cw / 2, y, h.name.split(" - ")[0], "Times-Bold", 16, "center")
    y += 40
    cp.text(
        cw / 2, y, tr(lg, "CERTIFICATE", "ZERTIFIKAT", "CERTIFICAT"), "Times-Bold", 28, "center"
    )
    y += 34
    cp.text(
        cw / 2,
        y,
        tr(lg, "This is to certify that", "Hiermit wird bestätigt, dass", "Il est certifié que"),
        "Times-Italic",
        12,
        "center",
    )
    y += 30
    cp.text(cw / 2, y, fit(office.name, "Times-Bold", 18, cw - 120), "Times-Bold", 18, "center")
    y += 18
    cp.text(cw / 2, y, f"{office.street}, {office.town}", "Times-Roman", 10, "center")
    y += 34
    for ln in wrap(
        tr(
            lg,
            "produces wood fuel that meets the requirements of the Ready to Burn "
            "scheme: a moisture content of 20% or less, as supplied.",
            "Brennholz erzeugt, das die Güte- und Prüfbestimmungen erfüllt: "
            "Wassergehalt höchstens 20 % bei Auslieferung.",
            "produit du bois de chauffage conforme au référentiel : humidité "
            "inférieure à 23 % sur brut à la livraison.",
        ),
        "Times-Roman",
        11,
        cw - 160,
    ):
        cp.text(cw / 2, y, ln, "Times-Roman", 11, "center")
        y += 15
    y += 20
    cp.text(
        cw / 2,
        y,
        f"{tr(lg, 'Certificate no.', 'Zertifikat-Nr.', 'Certificat n°')} {cert}  -  "
        f"{tr(lg, 'valid until', 'gültig bis', 'valable jusqu au')} "
        f"{short(years_on(d, 1), lg)}",
        "Times-Roman",
        10,
        "center",
    )
    seal(cp, cw - 140, ch - 110, 40, scheme.upper(), tr(lg, "CERTIFIED", "GEPRÜFT", "CERTIFIÉ"))
    scrawl(cp, 80, ch - 90, staff(h, "cert"))
    cp.line(80, ch - 86, 260, ch - 86)
    cp.text(80, ch - 76, staff(h, "cert"), "Times-Roman", 9)
    pages.append(cp)
    f2 = sheets(s, h, f"{scheme} - {cert}", top=False)
    caption(
        f2,
        s,
        tr(
            lg,
            "Schedule of certified products",
            "Anlage: zertifizierte Produkte",
            "Annexe : produits certifiés",
        ),
        1,
    )
    cols = columns(m, w - m, [(3, "left"), (1.3, "left"), (1.2, "left")])
    rows = [
        [
            LOGS[lg][k],
            LOG_UNITS[lg][rng.randrange(4)],
            rng.choice(
                [
                    tr(lg, "Kiln dried", "kammergetrocknet", "séchoir"),
                    tr(lg, "Air dried", "luftgetrocknet", "séchage naturel"),
                ]
            ),
        ]
        for k in sorted(rng.sample(range(len(LOGS[lg])), rng.randint(2, 5)))
    ]
    table(
        f2,
        cols,
        [
            tr(lg, "Product", "Produkt", "Produit"),
            tr(lg, "Pack", "Gebinde", "Conditionnement"),
            tr(lg, "Drying", "Trocknung", "Séchage"),
        ],
        rows,
        s,
        rules=True,
    )
    f2.y += 10
    write(
        f2,
        s,
        tr(
            lg,
            f"Production site: {office.street}, {office.town}.",
            f"Produktionsstätte: {office.street}, {office.town}.",
            f"Site de production : {office.street}, {office.town}.",
        ),
    )
    if rng.random() < 0.4:
        f2.heading(
            m,
            tr(lg, "Audit summary", "Prüfbericht (Kurzfassung)", "Synthèse d'audit"),
            s.bold,
            s.size + 1,
        )
        for _ in range(rng.randint(2, 4)):
            write(f2, s, prose(rng, lg, "forest", 1, 3))
    pages += f2.pages
    remember(d, None)
    return close(pages, s, h, covers=covers)


# ---------------------------------------------------------------------------------------------
# Templates XXX: machines, fuel, people
# ---------------------------------------------------------------------------------------------

HIRE_TERMS = {
    "en": [
        "Definitions",
        "Hire period",
        "Delivery and collection",
        "Operator",
        "Breakdown",
        "Damage waiver",
        "Insurance",
        "Fuel and consumables",
        "Payment",
        "Law",
    ],
    "de": [
        "Geltung",
        "Mietzeit",
        "Anlieferung und Abholung",
        "Bedienung",
        "Störungen",
        "Haftungsbegrenzung",
        "Versicherung",
        "Betriebsstoffe",
        "Zahlung",
        "Gerichtsstand",
    ],
    "fr": [
        "Objet",
        "Durée de location",
        "Livraison et reprise",
        "Conduite",
        "Pannes",
        "Renonciation à recours",
        "Assurance",
        "Carburant",
        "Paiement",
        "Juridiction",
    ],
}


def plant_invoice_head(
    f: Sheets, s: Style, h: Head, d: date, title: str, inv: str, extra: list[tuple[str, str]]
) -> None:
    lg = h.lang
    recipient(
        f,
        s,
        h,
        office_lines(),
        d,
        [(tr(lg, "Invoice no.", "Rechnungs-Nr.", "Facture n°"), inv), *extra],
    )
    caption(f, s, title, 3)


def tpl_hire_invoice(rng: random.Random, who: Issuer) -> list[Page]:
    """A machinery hire firm's invoice for a harvester or forwarder: the hire period in weeks,
    the low-loader delivery and collection, damage waiver, refuelling; now and then its hire
    conditions on the page behind."""
    h = head_of(who, "plant", 0.15)
    lg = h.lang
    s = style_of(h, A4)
    w, _hh = s.page_size
    m = s.margin
    d = some_day(rng)
    inv = serial(rng, rng.choice(["HI-999999", "99999", "MV99-9999"]))
    mc = rng.choice(MACHINES)
    contract = serial(rng, "HC99999")
    f = sheets(s, h, f"{h.name} - {inv}")
    plant_invoice_head(
        f,
        s,
        h,
        d,
        tr(lg, "HIRE INVOICE", "MIETRECHNUNG", "FACTURE DE LOCATION"),
        inv,
        [(tr(lg, "Hire contract", "Mietvertrag", "Contrat"), contract)],
    )
    start = d - timedelta(days=rng.choice([7, 14, 21, 28]))
    weeks = max(1, (d - start).days // 7)
    rate = rng.choice([1850.0, 2400.0, 2950.0, 3600.0])
    f.y = (
        pairs(
            f.page,
            s,
            m,
            f.y,
            [
                (tr(lg, "Machine", "Maschine", "Matériel"), tr(lg, *mc)),
                (
                    tr(lg, "Fleet no. / serial", "Inventar-Nr.", "N° de parc"),
                    serial(rng, "F999 / A99999"),
                ),
                (
                    tr(lg, "Hire period", "Mietzeitraum", "Période"),
                    f"{short(start, lg)} - {short(d, lg)}",
                ),
                (tr(lg, "Site", "Einsatzort", "Chantier"), rng.choice(WOODS[home()])),
                (
                    tr(
                        lg,
                        "Hour meter out / in",
                        "Betriebsstunden ab / an",
                        "Compteur départ / retour",
                    ),
                    f"{(hm := rng.randint(4000, 16000))} / {hm + weeks * rng.randint(38, 55)}",
                ),
            ],
            w - m,
            s.size - 1,
        )
        + 10
    )
    cols = columns(m, w - m, [(4, "left"), (0.8, "right"), (1.2, "right"), (1.2, "right")])
    lines = [
        (tr(lg, "Hire charge per week", "Miete je Woche", "Location hebdomadaire"), weeks, rate)
    ]
    lines.append(
        (
            tr(lg, "Low-loader delivery", "Tieflader Anlieferung", "Porte-engin aller"),
            1,
            rng.choice([380.0, 450.0, 520.0]),
        )
    )
    lines.append(
        (
            tr(lg, "Low-loader collection", "Tieflader Abholung", "Porte-engin retour"),
            1,
            rng.choice([380.0, 450.0, 520.0]),
        )
    )
    if rng.random() < 0.7:
        lines.append(
            (
                tr(lg, "Damage waiver 8%", "Haftungsbegrenzung 8 %", "Renonciation 8 %"),
                1,
                round(weeks * rate * 0.08, 2),
            )
        )
    if rng.random() < 0.4:
        lines.append(
            (
                tr(lg, "Refuel on return (litres)", "Betankung (Liter)", "Carburant (L)"),
                rng.randint(60, 240),
                1.12,
            )
        )
    rows = []
    net = 0.0
    for t, q, pr in lines:
        net += q * pr
        rows.append([t, str(q), money(pr, lg), money(q * pr, lg)])
    table(
        f,
        cols,
        [
            tr(lg, "Description", "Bezeichnung", "Désignation"),
            tr(lg, "Qty", "Menge", "Qté"),
            tr(lg, "Rate", "Preis", "P.U."),
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
        vat_rate(lg) if h.lang == home() else 0.0,
        ""
        if h.lang == home()
        else tr(
            lg,
            "Reverse charge - customer to account for VAT.",
            "Steuerschuldnerschaft des Leistungsempfängers.",
            "Autoliquidation - article 283-2 du CGI.",
        ),
    )
    pages = f.pages
    if keyed(who, "terms").random() < 0.5:
        pages.append(
            small_print(
                rng,
                s,
                h,
                tr(
                    lg,
                    "Conditions of Hire",
                    "Allgemeine Mietbedingungen",
                    "Conditions générales de location",
                ),
                HIRE_TERMS[lg],
            )
        )
    received(rng, pages[0], d)
    remember(d, None)
    return close(pages, s, h)


def tpl_service_invoice(rng: random.Random, who: Issuer) -> list[Page]:
    """A forestry machinery dealer's workshop invoice: the machine and hour meter, parts by part
    number (running over pages on big services), labour, call-out mileage; now and then the
    technician's service checklist with tick boxes and the signatures behind."""
    h = head_of(who, "plant", 0.2)
    lg = h.lang
    s = style_of(h, A4)
    w, _hh = s.page_size
    m = s.margin
    d = some_day(rng)
    inv = serial(rng, rng.choice(["SI-999999", "W99999", "SAV-99999"]))
    mc = rng.choice(MACHINES)
    tech = staff(h, "tech")
    f = sheets(s, h, f"{h.name} - {tr(lg, 'Invoice', 'Rechnung', 'Facture')} {inv}")
    plant_invoice_head(
        f,
        s,
        h,
        d,
        tr(lg, "WORKSHOP INVOICE", "WERKSTATTRECHNUNG", "FACTURE ATELIER"),
        inv,
        [(tr(lg, "Job card", "Auftrag", "OR n°"), serial(rng, "J99999"))],
    )
    hm = rng.randint(3000, 18000)
    f.y = (
        pairs(
            f.page,
            s,
            m,
            f.y,
            [
                (tr(lg, "Machine", "Maschine", "Machine"), tr(lg, *mc)),
                (
                    tr(lg, "Serial no.", "Fahrgestell-Nr.", "N° de série"),
                    serial(rng, "AA9999A999999"),
                ),
                (tr(lg, "Hour meter", "Betriebsstunden", "Compteur horaire"), f"{hm} h"),
                (
                    tr(lg, "Work", "Arbeiten", "Intervention"),
                    rng.choice(
                        [
                            tr(
                                lg,
                                f"{(hm // 1000) * 1000} h service",
                                f"{(hm // 1000) * 1000}-h-Inspektion",
                                f"Révision {(hm // 1000) * 1000} h",
                            ),
                            tr(
                                lg,
                                "Breakdown on site - crane hose",
                                "Reparatur vor Ort - Kranschlauch",
                                "Dépannage chantier - flexible grue",
                            ),
                        ]
                    ),
                ),
            ],
            w - m,
            s.size - 1,
        )
        + 10
    )
    parts = [
        ("Hydraulic oil filter", "Hydraulikölfilter", "Filtre à huile hydraulique"),
        ("Engine oil 15W-40 (litre)", "Motoröl 15W-40 (Liter)", "Huile moteur 15W-40 (L)"),
        ("Fuel filter", "Kraftstofffilter", "Filtre à gazole"),
        ("Air filter element", "Luftfiltereinsatz", "Cartouche filtre à air"),
        ("Saw chain .404 harvester", "Sägekette .404 Harvester", "Chaîne .404 abatteuse"),
        ("Guide bar 82 cm", "Schwert 82 cm", "Guide 82 cm"),
        ("Hydraulic hose 1/2in", "Hydraulikschlauch DN12", "Flexible hydraulique DN12"),
        ("Crane slew bearing grease", "Fett Drehkranz", "Graisse couronne"),
        ("Track tensioner bolt", "Spannschraube Bandspanner", "Vis tendeur de tracks"),
        ("Feed roller spike", "Vorschubwalzen-Spike", "Picot rouleau d'amenée"),
        ("Delimbing knife", "Entastungsmesser", "Couteau d'ébranchage"),
        ("AdBlue 10 L", "AdBlue 10 l", "AdBlue 10 L"),
    ]
    cols = columns(
        m, w - m, [(1.3, "left"), (3.5, "left"), (0.7, "right"), (1, "right"), (1.1, "right")]
    )
    rows = []
    net = 0.0
    for _ in range(rng.choice([3, 5, 8, 12, 18, 26])):
        pt_ = rng.choice(parts)
        q = rng.choice([1, 1, 2, 4, 20]) if "oil" in pt_[0] else rng.choice([1, 1, 2])
        pr = rng.choice([4.2, 18.5, 36.0, 64.0, 118.0, 245.0])
        net += q * pr
        rows.append(
            [serial(rng, "9999999"), tr(lg, *pt_), str(q), money(pr, lg), money(q * pr, lg)]
        )
    hrs = rng.choice([2.5, 4.0, 6.5, 9.0])
    lab = rng.choice([68.0, 78.0, 85.0])
    rows.append(
        [
            "",
            tr(lg, f"Labour - {tech}", f"Arbeitszeit - {tech}", f"Main d'oeuvre - {tech}"),
            qty(hrs, lg, 1),
            money(lab, lg),
            money(hrs * lab, lg),
        ]
    )
    net += hrs * lab
    if rng.random() < 0.6:
        mi = rng.randint(20, 140)
        rows.append(
            [
                "",
                tr(lg, "Service van mileage", "Anfahrt km", "Déplacement km"),
                str(mi),
                money(0.95, lg),
                money(mi * 0.95, lg),
            ]
        )
        net += mi * 0.95
    table(
        f,
        cols,
        [
            tr(lg, "Part no.", "Teile-Nr.", "Référence"),
            tr(lg, "Description", "Bezeichnung", "Désignation"),
            tr(lg, "Qty", "Menge", "Qté"),
            tr(lg, "Price", "Preis", "P.U."),
            tr(lg, "Amount", "Betrag", "Montant"),
        ],
        rows,
        s,
        shade=0.9 if rng.random() < 0.5 else None,
    )
    totals(
        f,
        s,
        lg,
        round(net, 2),
        vat_rate(lg) if h.lang == home() else 0.0,
        ""
        if h.lang == home()
        else tr(lg, "Reverse charge.", "Reverse-Charge-Verfahren.", "Autoliquidation."),
    )
    pages = f.pages
    if rng.random() < 0.55:
        p2 = Page(A4)
        y = heading(p2, s, h)
        p2.text(
            m,
            y,
            tr(lg, "Service checklist", "Inspektionsprotokoll", "Fiche de révision"),
            s.bold,
            12,
        )
        p2.text(w - m, y, f"{tr(lg, *mc)} - {hm} h", s.font, 8, "right")
        y += 20
        checks = [
            "Engine oil & filter",
            "Fuel filters / water separator",
            "Air filter",
            "Hydraulic filters",
            "Hydraulic hoses & couplings",
            "Crane pins & bushes",
            "Slew & rotator",
            "Saw unit / chain tensioner",
            "Feed rollers & knives",
            "Bogies & tracks",
            "Brakes",
            "Cab, seat belt, windows",
            "Fire extinguisher",
            "Lights & beacons",
            "Software / measuring calibration",
        ]
        checks_de = [
            "Motoröl & Filter",
            "Kraftstofffilter",
            "Luftfilter",
            "Hydraulikfilter",
            "Schläuche & Kupplungen",
            "Kranbolzen & Buchsen",
            "Rotator",
            "Sägeaggregat",
            "Vorschubwalzen & Messer",
            "Bogie & Bänder",
            "Bremsen",
            "Kabine",
            "Feuerlöscher",
            "Beleuchtung",
            "Vermessung kalibriert",
        ]
        checks_fr = [
            "Huile moteur & filtre",
            "Filtres gazole",
            "Filtre à air",
            "Filtres hydrauliques",
            "Flexibles",
            "Axes de grue",
            "Rotator",
            "Unité de coupe",
            "Rouleaux & couteaux",
            "Boggies & tracks",
            "Freins",
            "Cabine",
            "Extincteur",
            "Éclairage",
            "Calibrage mesure",
        ]
        lst = {"en": checks, "de": checks_de, "fr": checks_fr}[lg]
        heads = [
            tr(lg, "OK", "i.O.", "OK"),
            tr(lg, "Adj.", "nachgest.", "Réglé"),
            tr(lg, "Repl.", "ersetzt", "Remplacé"),
            tr(lg, "Note", "Bemerkung", "Remarque"),
        ]
        xs = [w - m - 230, w - m - 195, w - m - 160]
        for k, t in enumerate(heads[:3]):
            p2.text(xs[k], y, t, s.bold, 7)
        p2.text(w - m - 120, y, heads[3], s.bold, 7)
        y += 14
        for t in lst:
            p2.text(m, y, t, s.font, 8.5)
            pick = rng.choice([0, 0, 0, 1, 2])
            for k in range(3):
                box(p2, xs[k] + 4, y, k == pick)
            if rng.random() < 0.2:
                hand(p2, w - m - 120, y, fit(words(rng, lg, "forest", 3), HAND, 8, 120), 8)
            p2.line(m, y + 4, w - m, y + 4)
            y += 17
        y += 20
        sign_line(p2, s, m, y, 180, tr(lg, "Technician", "Monteur", "Technicien"), tech)
        sign_line(
            p2,
            s,
            w / 2 + 10,
            y,
            180,
            tr(lg, "Customer", "Kunde", "Client"),
            rng.choice(workers()) if rng.random() < 0.7 else "",
        )
        pages.append(p2)
    received(rng, pages[0], d)
    remember(d, None)
    return close(pages, s, h)


def tpl_fuel_invoice(rng: random.Random, who: Issuer) -> list[Page]:
    """A fuel and oil supplier's invoice: deliveries of rebated gas oil / diesel / GNR to the
    yard tank by delivery ticket and litres, chain oil, two-stroke oil and alkylate petrol by
    the can, VAT, direct debit date."""
    h = head_of(who, "fuel")
    lg = h.lang
    s = style_of(h, A4 if lg != "en" or keyed(who, "let").random() < 0.8 else LETTER)
    w, _hh = s.page_size
    m = s.margin
    d = some_day(rng)
    inv = serial(rng, rng.choice(["99999999", "F-999999", "RG99-99999"]))
    f = sheets(s, h, f"{h.name} - {inv}")
    recipient(
        f,
        s,
        h,
        office_lines(),
        d,
        [
            (tr(lg, "Invoice", "Rechnung", "Facture"), inv),
            (tr(lg, "Account", "Kunden-Nr.", "Compte"), serial(keyed(who, "acc"), "999999")),
        ],
    )
    caption(f, s, tr(lg, "Invoice", "Rechnung", "Facture"), 3)
    cols = columns(
        m,
        w - m,
        [(1, "left"), (1, "left"), (3, "left"), (1, "right"), (1, "right"), (1.2, "right")],
    )
    fuel = tr(lg, "Gas oil (rebated, red)", "Diesel (Agrardiesel)", "GNR (gazole non routier)")
    items = [(fuel, "L", rng.choice([0.78, 0.84, 0.92, 1.02]))]
    cans = [
        (
            tr(lg, "Bio chain oil 20 L", "Bio-Kettenhaftöl 20 l", "Huile de chaîne bio 20 L"),
            "x",
            rng.choice([58.0, 64.0, 72.0]),
        ),
        (
            tr(
                lg,
                "Alkylate petrol 2-stroke 5 L",
                "Sonderkraftstoff 2T 5 l",
                "Essence alkylate 2T 5 L",
            ),
            "x",
            rng.choice([21.0, 24.5, 27.9]),
        ),
        (
            tr(
                lg,
                "Hydraulic oil HVI 46 205 L",
                "Hydrauliköl HVLP 46 205 l",
                "Huile hydraulique HV 46 205 L",
            ),
            "x",
            rng.choice([420.0, 480.0]),
        ),
        ("AdBlue 1000 L IBC", "x", 390.0),
    ]
    rows = []
    net = 0.0
    dd = d - timedelta(days=rng.randint(10, 28))
    for _ in range(rng.randint(1, 4)):
        lit = rng.choice([500, 800, 1000, 1500, 2000, 2500])
        pr = items[0][2]
        net += lit * pr
        rows.append(
            [
                short(dd, lg),
                serial(rng, "D999999"),
                fuel,
                f"{lit:,}".replace(",", " "),
                f"{pr:.4f}".replace(".", "," if lg != "en" else "."),
                money(lit * pr, lg),
            ]
        )
        dd += timedelta(days=rng.randint(3, 9))
    for t, _u, pr in rng.sample(cans, rng.randint(0, 3)):
        q = rng.choice([1, 2, 4, 6])
        net += q * pr
        rows.append(
            [short(dd, lg), serial(rng, "D999999"), t, str(q), money(pr, lg), money(q * pr, lg)]
        )
    table(
        f,
        cols,
        [
            tr(lg, "Date", "Datum", "Date"),
            tr(lg, "Ticket", "Lieferschein", "BL"),
            tr(lg, "Product", "Produkt", "Produit"),
            tr(lg, "Qty", "Menge", "Qté"),
            tr(lg, "Price", "Preis", "Prix"),
            tr(lg, "Amount", "Betrag", "Montant"),
        ],
        rows,
        s,
        rules=rng.random() < 0.5,
    )
    totals(f, s, lg, round(net, 2), vat_rate(lg))
    write(
        f,
        s,
        tr(
            lg,
            f"This amount will be collected by Direct Debit on or after "
            f"{short(d + timedelta(days=14), lg)}. Rebated fuel must not be used in road "
            "vehicles.",
            f"Der Betrag wird am {short(d + timedelta(days=10), lg)} per SEPA-Lastschrift "
            "eingezogen.",
            f"Prélèvement SEPA le {short(d + timedelta(days=15), lg)}. Le GNR est réservé "
            "aux engins non routiers.",
        ),
        s.size - 1,
    )
    received(rng, f.pages[0], d)
    remember(d, None)
    return close(f.pages, s, h)


def tpl_operator_certificate(rng: random.Random, who: Issuer) -> list[Page]:
    """A chainsaw operator's certificate from the awarding body or training centre on landscape
    A4 (a double border, the worker's name, the units, number and date, signatures); now and
    then the record of units or the course content on a portrait page behind."""
    h = head_of(who, "trainer")
    lg = h.lang
    s = style_of(h, A4)
    d = some_day(rng)
    name = rng.choice(workers())
    units = {
        "en": [
            ("CS30", "Level 2 Award in Chainsaw Maintenance and Cross-cutting"),
            ("CS31", "Level 2 Award in Felling and Processing Trees up to 380mm"),
            ("CS32", "Level 3 Award in Felling and Processing Trees over 380mm"),
            ("CS38", "Level 3 Award in Tree Climbing and Rescue"),
        ],
        "de": [
            ("Modul A", "Motorsägen-Grundlehrgang (Modul A, DGUV I 214-059)"),
            ("Modul B", "Baumfällung bis 20 cm BHD (Modul B)"),
            ("AS Baum I", "Seilklettertechnik Arbeiten im Baum (AS Baum I)"),
            ("Modul C", "Fällung Starkholz und Sonderfälle (Modul C)"),
        ],
        "fr": [
            ("CS1", "Certificat de formation - Tronçonnage et entretien"),
            ("CS2", "Abattage et façonnage des arbres (diam. < 40 cm)"),
            ("CS3", "Abattage des gros bois et arbres difficiles"),
            ("GR", "Travaux en hauteur - grimpe et secours"),
        ],
    }[lg]
    u = rng.randrange(len(units))
    p = Page(landscape(A4))
    cw, ch = p.size
    p.rect(20, 20, cw - 40, ch - 40)
    p.rect(26, 26, cw - 52, ch - 52, fill=None)
    y = 70.0
    p.text(cw / 2, y, h.name.split(" - ")[0], "Helvetica-Bold", 15, "center")
    y += 36
    p.text(
        cw / 2,
        y,
        tr(lg, "Certificate of Competence", "Teilnahmebescheinigung", "Attestation de formation"),
        "Times-Bold",
        26,
        "center",
    )
    y += 30
    p.text(cw / 2, y, tr(lg, "awarded to", "für", "délivrée à"), "Times-Italic", 12, "center")
    y += 30
    p.text(cw / 2, y, name, "Times-Bold", 22, "center")
    y += 22
    p.text(
        cw / 2,
        y,
        tr(
            lg,
            f"of {office_head().name}",
            f"Mitarbeiter/in {office_head().name}",
            f"salarié(e) de {office_head().name}",
        ),
        "Times-Roman",
        10,
        "center",
    )
    y += 32
    p.text(cw / 2, y, f"{units[u][0]} - {units[u][1]}", "Helvetica-Bold", 11, "center")
    y += 18
    p.text(
        cw / 2,
        y,
        tr(
            lg,
            "has demonstrated competence to the standard required.",
            "hat den Lehrgang mit Erfolg abgeschlossen (Theorie und Praxis).",
            "a suivi avec succès la formation théorique et pratique.",
        ),
        "Times-Roman",
        11,
        "center",
    )
    y += 40
    no = serial(rng, {"en": "999999/99", "de": "MS-99-9999", "fr": "AF-99999"}[lg])
    p.text(80, ch - 110, f"{tr(lg, 'Certificate no.', 'Nr.', 'N°')} {no}", "Helvetica", 9)
    p.text(
        80,
        ch - 96,
        f"{tr(lg, 'Date of assessment', 'Lehrgang vom', 'Date')} {day(h, d)}",
        "Helvetica",
        9,
    )
    scrawl(p, cw - 300, ch - 100, staff(h, "assessor"))
    p.line(cw - 300, ch - 96, cw - 90, ch - 96)
    p.text(
        cw - 300,
        ch - 86,
        tr(lg, "Assessor / Chief Executive", "Lehrgangsleitung", "Le formateur"),
        "Helvetica",
        8,
    )
    if lg != "en":
        seal(p, cw / 2, ch - 110, 36, h.name.split(" - ")[0][:28], tr(lg, "", "Siegel", "Cachet"))
    pages = [p]
    if rng.random() < 0.6:
        f = sheets(s, h)
        w, _hh = s.page_size
        m = s.margin
        caption(
            f,
            s,
            tr(lg, "Record of units achieved", "Lehrgangsinhalte", "Contenu de la formation"),
            1,
        )
        f.y = (
            pairs(
                f.page,
                s,
                m,
                f.y,
                [
                    (tr(lg, "Candidate", "Teilnehmer/in", "Stagiaire"), name),
                    (tr(lg, "Certificate no.", "Nr.", "N°"), no),
                ],
                w - m,
            )
            + 8
        )
        cols = columns(m, w - m, [(1, "left"), (4, "left"), (1.2, "left")])
        rows = [
            [
                units[k][0],
                units[k][1],
                short(d - timedelta(days=rng.randint(30, 900)), lg) if k != u else short(d, lg),
            ]
            for k in range(u + 1)
        ]
        table(
            f,
            cols,
            [
                tr(lg, "Unit", "Modul", "Module"),
                tr(lg, "Title", "Inhalt", "Intitulé"),
                tr(lg, "Achieved", "Datum", "Date"),
            ],
            rows,
            s,
            rules=True,
        )
        f.y += 10
        for _ in range(rng.randint(1, 3)):
            write(f, s, prose(rng, lg, "safety", 1, 3), s.size - 0.5)
        pages += f.pages
    remember(d, None)
    return pages


# ---------------------------------------------------------------------------------------------
# Templates XXX: plans, insurance and grants
# ---------------------------------------------------------------------------------------------

PLAN_SECTIONS = {
    "en": [
        "Property details",
        "Management objectives",
        "Woodland description",
        "Biodiversity and designations",
        "Public access",
        "Pests, diseases and deer",
        "Felling and thinning proposals",
        "Restocking",
        "Monitoring",
    ],
    "de": [
        "Betriebsdaten",
        "Betriebsziele",
        "Waldzustand",
        "Naturschutz",
        "Erholung und Wege",
        "Wald und Wild",
        "Nutzungsplanung",
        "Verjüngung",
        "Kontrolle",
    ],
    "fr": [
        "Renseignements généraux",
        "Objectifs de gestion",
        "Description des peuplements",
        "Enjeux environnementaux",
        "Accueil du public",
        "Équilibre forêt-gibier",
        "Programme des coupes",
        "Programme des travaux",
        "Suivi",
    ],
}


def tpl_management_plan(rng: random.Random, who: Issuer) -> list[Page]:
    """A woodland management plan the contractor prepared as agent for an owner: a cover page,
    the contents, the sections, the compartment table and the ten-year programme on landscape
    pages, the plan map and the approval page; numbered from the page after the cover."""
    h = office_head()
    lg = h.lang
    site = a_site(rng)
    while len(site.cpts) < 4:
        site.cpts.append(
            (
                str(rng.randint(1, 30)),
                rng.randrange(10),
                round(rng.uniform(0.5, 6), 2),
                rng.randint(30, 900),
            )
        )
    s = style_of(h, A4)
    w, hh = s.page_size
    m = s.margin
    d = some_day(rng)
    title = tr(lg, "Woodland Management Plan", "Forstbetriebsgutachten", "Plan simple de gestion")
    period = f"{d.year}-{d.year + 9}"
    cp = Page(A4)
    y = hh * 0.28
    tree_mark(cp, w / 2, y - 90, 2.4)
    cp.text(w / 2, y, title, s.bold, 24, "center")
    y += 34
    cp.text(w / 2, y, fit(site.wood, s.bold, 16, w - 2 * m), s.bold, 16, "center")
    y += 22
    cp.text(
        w / 2,
        y,
        f"{tr(lg, 'Plan period', 'Planungszeitraum', 'Période')} {period}",
        s.font,
        11,
        "center",
    )
    y += 80
    for lab, val in [
        (tr(lg, "Owner", "Waldbesitzer", "Propriétaire"), site.owner[0]),
        (tr(lg, "Location", "Lage", "Situation"), site.where),
        (tr(lg, "Area", "Fläche", "Surface"), f"{qty(sum(c[2] for c in site.cpts), lg)} ha"),
        (tr(lg, "Prepared by", "Erstellt von", "Rédigé par"), f"{boss()}, {h.name}"),
        (
            tr(lg, "Version / date", "Stand", "Version / date"),
            f"{rng.randint(1, 3)}.0 / {day(h, d)}",
        ),
    ]:
        cp.text(m + 40, y, lab, s.font, s.size)
        cp.text(m + 170, y, fit(val, s.font, s.size, w - m - 170 - m), s.font, s.size)
        y += s.size * 2
    f = sheets(s, h, f"{title} - {site.wood} - {period}", top=False)
    caption(f, s, tr(lg, "Contents", "Inhalt", "Sommaire"), 2)
    secs = PLAN_SECTIONS[lg][: rng.randint(6, 9)]
    for k, t in enumerate(secs):
        f.page.text(m, f.y, f"{k + 1}.  {t}", s.font, s.size)
        f.page.text(w - m, f.y, str(k // 2 + 2), s.font, s.size, "right")
        f.y += s.size * 1.7
    f.y += 10
    for k, t in enumerate(secs):
        f.heading(m, f"{k + 1}. {t}", s.bold, s.size + 1.5)
        write(f, s, prose(rng, lg, "plan", 2, 5))
        if rng.random() < 0.3:
            write(f, s, prose(rng, lg, "forest", 1, 3))
    pages = [cp, *f.pages]
    s2 = style_of(h, landscape(A4), margin=40)
    w2, h2 = s2.page_size
    g = Sheets((w2, h2), h2 - 46, lambda p, n: running_header(p, s2, f"{title} - {site.wood}") + 8)
    caption(
        g,
        s2,
        tr(
            lg,
            "Table 1 - Compartment schedule",
            "Tabelle 1 - Bestandesbeschreibung",
            "Tableau 1 - Description des parcelles",
        ),
        1,
    )
    cols = columns(
        40,
        w2 - 40,
        [
            (0.6, "left"),
            (1.4, "left"),
            (0.6, "right"),
            (0.7, "right"),
            (0.8, "right"),
            (0.8, "right"),
            (3, "left"),
        ],
    )
    rows = [
        [
            c[0],
            sp(c[1], lg),
            qty(c[2], lg),
            str(rng.randint(1950, 2010)),
            str(rng.randint(4, 22)),
            str(c[3]),
            words(rng, lg, "plan", rng.randint(4, 8))[:-1],
        ]
        for c in site.cpts
    ]
    table(
        g,
        cols,
        [
            tr(lg, "Cpt", "Abt.", "Parc."),
            tr(lg, "Main species", "Hauptbaumart", "Essence principale"),
            "ha",
            tr(lg, "Planted", "Alter", "Année"),
            tr(lg, "YC", "Bonität", "Fertilité"),
            tr(lg, "Vol. m³", "Vorrat Fm", "Vol. m³"),
            tr(lg, "Notes", "Bemerkungen", "Observations"),
        ],
        rows,
        s2,
        size=8,
        rules=True,
        shade=0.9,
        step=1.9,
    )
    g.y += 16
    g.need(160)
    g.page.text(
        40,
        g.y,
        tr(
            lg,
            "Table 2 - Work programme",
            "Tabelle 2 - Maßnahmenplanung",
            "Tableau 2 - Programme des coupes et travaux",
        ),
        s2.bold,
        10,
    )
    g.y += 18
    cols2 = columns(
        40,
        w2 - 40,
        [
            (0.6, "left"),
            (0.6, "left"),
            (2.5, "left"),
            (0.7, "right"),
            (0.9, "right"),
            (1.6, "left"),
        ],
    )
    rows2 = []
    for yr in range(d.year, d.year + 10):
        for _ in range(rng.randint(0, 2)):
            c = rng.choice(site.cpts)
            rows2.append(
                [
                    str(yr),
                    c[0],
                    rng.choice(
                        [
                            tr(lg, "Thinning (2nd)", "Durchforstung", "Éclaircie"),
                            tr(
                                lg,
                                "Clearfell and restock",
                                "Räumung und Pflanzung",
                                "Coupe rase et reboisement",
                            ),
                            tr(lg, "Ride widening", "Wegepflege", "Entretien de piste"),
                            tr(lg, "Deer fence repair", "Zaunkontrolle", "Protections gibier"),
                            tr(
                                lg,
                                "Respace natural regeneration",
                                "Jungbestandspflege",
                                "Dépressage",
                            ),
                        ]
                    ),
                    qty(round(c[2] * rng.uniform(0.3, 1), 2), lg),
                    str(int(c[3] * rng.uniform(0, 0.3))),
                    rng.choice(
                        [
                            tr(lg, "contractor", "Unternehmer", "ETF"),
                            tr(lg, "owner", "Eigenleistung", "propriétaire"),
                        ]
                    ),
                ]
            )
    table(
        g,
        cols2,
        [
            tr(lg, "Year", "Jahr", "Année"),
            tr(lg, "Cpt", "Abt.", "Parc."),
            tr(lg, "Operation", "Maßnahme", "Intervention"),
            "ha",
            "m³",
            tr(lg, "By", "Durch", "Par"),
        ],
        rows2,
        s2,
        size=8,
        rules=True,
        step=1.8,
    )
    pages += g.pages
    mp = Page(landscape(A4))
    mw, mh = mp.size
    mp.text(
        40,
        40,
        fit(
            tr(
                lg,
                f"Map 1 - Compartments - {site.wood}",
                f"Forstkarte - {site.wood}",
                f"Plan des parcelles - {site.wood}",
            ),
            "Helvetica-Bold",
            12,
            mw - 80,
        ),
        "Helvetica-Bold",
        12,
    )
    sketch_map(mp, rng, 40, 56, mw - 80, mh - 120, [c[0] for c in site.cpts], lg)
    pages.append(mp)
    if rng.random() < 0.6:
        ap = Page(A4)
        y = m + 20
        ap.text(m, y, tr(lg, "Approval", "Genehmigung / Kenntnisnahme", "Agrément"), s.bold, 13)
        y += 30
        for ln in wrap(
            tr(
                lg,
                "I confirm that this plan reflects my objectives for the woodland "
                "and I agree to its implementation.",
                "Der Waldbesitzer erklärt sich mit der Planung einverstanden.",
                "Le propriétaire certifie l'exactitude des renseignements et s'engage "
                "à appliquer le présent plan.",
            ),
            s.font,
            s.size,
            w - 2 * m,
        ):
            ap.text(m, y, ln, s.font, s.size)
            y += s.size * 1.5
        y += 40
        sign_line(
            ap, s, m, y, 220, tr(lg, "Owner", "Waldbesitzer", "Le propriétaire"), person(rng, lg)
        )
        hand(ap, m + 260, y - 2, short(d + timedelta(days=rng.randint(1, 20)), lg))
        y += 60
        if rng.random() < 0.6:
            auth = head_of(who, "authority")
            stamp(
                ap,
                m,
                y,
                [
                    tr(lg, "APPROVED", "GENEHMIGT", "AGRÉÉ"),
                    auth.name.split(" - ")[0][:34],
                    short(d + timedelta(days=rng.randint(30, 90)), lg),
                ],
            )
        pages.append(ap)
    remember(d, site)
    return close(
        pages,
        s,
        h,
        numbers=rng.choice(
            [tr(lg, "Page {i} of {n}", "Seite {i} von {n}", "Page {i}/{n}"), "- {i} -"]
        ),
        covers=1,
    )


def tpl_insurance_schedule(rng: random.Random, who: Issuer) -> list[Page]:
    """The broker's renewal letter with the insurer's policy schedule behind it: the insured,
    the business description, the period, the sections of cover with limits and excesses, the
    endorsements; numbered on the schedule pages."""
    h = head_of(who, "broker")
    lg = h.lang
    s = style_of(h, A4)
    w, _hh = s.page_size
    m = s.margin
    d = some_day(rng)
    pol = serial(rng, rng.choice(["FOR/999999/99", "HV-99.999.999", "CF99999999"]))
    insurer = rng.choice(
        {
            "en": ["Greenacre Mutual Insurance", "Cotswold & Marches Underwriting"],
            "de": ["Agrar- und Forstversicherung AG", "Waldbesitzer-Versicherung VVaG"],
            "fr": ["Mutuelle Forestière de l'Est", "Assurances Bois & Territoires"],
        }[lg]
    )
    f = sheets(s, h)
    recipient(
        f, s, h, office_lines(mx(boss(), lg)), d, [(tr(lg, "Policy", "Vertrag", "Police"), pol)]
    )
    caption(
        f,
        s,
        tr(
            lg,
            "Renewal of your liability insurance",
            "Ihre Betriebshaftpflicht - Verlängerung",
            "Renouvellement de votre contrat responsabilité civile",
        ),
        1,
    )
    f.page.text(m, f.y, dear(lg, mx(boss(), lg)), s.font, s.size)
    f.y += s.size * 2
    write(
        f,
        s,
        tr(
            lg,
            f"We are pleased to enclose the renewal schedule from {insurer}. Please "
            "check the declared wageroll and turnover and let us know of any changes.",
            f"anbei erhalten Sie den Versicherungsschein der {insurer} für das neue "
            "Versicherungsjahr. Bitte prüfen Sie die Angaben zu Lohnsumme und Umsatz.",
            f"Vous trouverez ci-joint les conditions particulières de {insurer} pour "
            "la nouvelle période. Merci de vérifier les éléments déclarés.",
        ),
    )
    write(f, s, prose(rng, lg, "money", 1, 2))
    regards(
        f,
        s,
        lg,
        staff(h, "broker"),
        tr(lg, "Account Executive", "Ihr Betreuer", "Chargé de clientèle"),
    )
    letter = f.pages
    ih = Head(
        insurer, lg, "", "", "", "insurer", "boxed", "Helvetica", "Helvetica-Bold", 9, 54, False
    )
    s2 = style_of(ih, A4, margin=54, pt=9)
    title = tr(lg, "Policy Schedule", "Versicherungsschein", "Conditions particulières")
    g = sheets(s2, ih, f"{insurer} - {title} {pol}")
    caption(g, s2, title, 4)
    start = d + timedelta(days=rng.randint(5, 25))
    g.y = (
        pairs(
            g.page,
            s2,
            54,
            g.y,
            [
                (tr(lg, "Policy number", "Versicherungsschein-Nr.", "N° de police"), pol),
                (tr(lg, "Insured", "Versicherungsnehmer", "Assuré"), office_head().name),
                (
                    tr(lg, "Business", "Betriebsart", "Activité"),
                    tr(
                        lg,
                        "Forestry contractor, tree surgery, firewood processing and sale",
                        "Forstunternehmen, Baumpflege, Brennholzaufbereitung und -verkauf",
                        "Entreprise de travaux forestiers, élagage, vente de bois de chauffage",
                    ),
                ),
                (
                    tr(lg, "Period of insurance", "Versicherungsdauer", "Période"),
                    f"{short(start, lg)} - " + short(years_on(start, 1) - timedelta(days=1), lg),
                ),
                (
                    tr(lg, "Annual premium", "Jahresbeitrag", "Prime annuelle"),
                    cash(rng.choice([2840.0, 3615.5, 4980.0, 6120.0]), lg),
                ),
            ],
            w - 54,
            9,
        )
        + 10
    )
    cols = columns(54, w - 54, [(3, "left"), (1.5, "right"), (1.3, "right")])
    rows = [
        [
            tr(lg, "Public liability", "Personen- und Sachschäden", "RC exploitation"),
            cash(rng.choice([5e6, 10e6]), lg),
            cash(rng.choice([250.0, 500.0]), lg),
        ],
        [
            tr(lg, "Products liability", "Produkthaftpflicht", "RC produits"),
            cash(5e6, lg),
            cash(250.0, lg),
        ],
        [
            tr(lg, "Employers' liability", "Arbeitgeberhaftung", "Faute inexcusable"),
            cash(10e6, lg),
            "-",
        ],
        [
            tr(lg, "Damage to underground services", "Leitungsschäden", "Réseaux enterrés"),
            cash(rng.choice([250e3, 500e3]), lg),
            cash(1000.0, lg),
        ],
        [
            tr(
                lg,
                "Tree felling near roads/rail",
                "Fällarbeiten an Verkehrswegen",
                "Abattage en bord de voirie",
            ),
            cash(2e6, lg),
            cash(1000.0, lg),
        ],
    ]
    if rng.random() < 0.6:
        rows.append(
            [
                tr(lg, "Contractors' plant (hired in)", "Gemietete Maschinen", "Matériel loué"),
                cash(rng.choice([250e3, 400e3]), lg),
                cash(2500.0, lg),
            ]
        )
    table(
        g,
        cols,
        [
            tr(lg, "Section", "Deckung", "Garantie"),
            tr(lg, "Limit of indemnity", "Versicherungssumme", "Plafond"),
            tr(lg, "Excess", "Selbstbehalt", "Franchise"),
        ],
        rows,
        s2,
        rules=True,
        shade=0.9,
    )
    g.y += 10
    g.heading(
        54, tr(lg, "Endorsements", "Besondere Vereinbarungen", "Clauses particulières"), s2.bold, 10
    )
    for k in range(rng.randint(3, 8)):
        g.heading(
            54,
            f"{tr(lg, 'Endorsement', 'Klausel', 'Clause')} {k + 1:02d} - "
            f"{words(rng, lg, 'safety', 3)[:-1]}",
            s2.bold,
            8.5,
        )
        write(g, s2, prose(rng, lg, "legal", 1, 3), 8)
    pages = close(letter, s, h, numbers="none") + close(
        g.pages, s2, ih, numbers=tr(lg, "Page {i} of {n}", "Seite {i} von {n}", "Page {i}/{n}")
    )
    received(rng, pages[0], d)
    remember(d, None)
    return pages


@dataclass
class Claim:
    ref: str
    owner: Row
    items: list[tuple[str, str, float, float]]  # code, description, qty, rate
    total: float


def tpl_grant_claim(rng: random.Random, who: Issuer) -> list[Page]:
    """The contractor's planting grant claim as agent for an owner: the paying agency's claim
    form with the agreement number, the capital items claimed (code, units, rate, amount), the
    declarations with tick boxes and the signature; the list of supporting invoices behind."""
    lg = home()
    site = a_site(rng)
    s = Style("Helvetica", "Helvetica-Bold", 8.5, 44, "none", "bottom", A4, "short")
    w, _hh = s.page_size
    m = 44
    d = some_day(rng)
    ref = serial(rng, {"en": "WCO-9999999", "de": "FöR-EA-9999/99", "fr": "FR2030-99-9999"}[lg])
    title, sub, code = {
        "en": (
            "Woodland creation - claim for payment",
            "England Woodland Creation Offer - capital items and standard costs",
            "WCO CF1",
        ),
        "de": (
            "Auszahlungsantrag - Förderung Erstaufforstung / Wiederbewaldung",
            "Richtlinie nachhaltige Waldwirtschaft (VwV NWW)",
            "Vordruck ZA-NWW",
        ),
        "fr": (
            "Demande de paiement - aide au renouvellement forestier",
            "Plan de relance - volet renouvellement des forêts",
            "Formulaire DP-RF",
        ),
    }[lg]
    f = form_sheet(s, title, sub, code)
    by_hand = rng.random() < 0.4
    f.y = band(f.page, s, f.y, tr(lg, "A. Claimant", "A. Antragsteller", "A. Bénéficiaire"))
    f.y = fields(
        f.page,
        s,
        m,
        f.y,
        w - 2 * m,
        [
            (tr(lg, "Name", "Name", "Nom"), site.owner[0]),
            (tr(lg, "Agreement / grant number", "Bewilligungs-Nr.", "N° de dossier"), ref),
            (tr(lg, "Address", "Anschrift", "Adresse"), f"{site.owner[1]}, {site.owner[2]}"),
            (tr(lg, "Agent", "Bevollmächtigter", "Mandataire"), office_head().name),
            (tr(lg, "Site", "Fläche", "Site"), f"{site.wood} - {site.where}"),
            (
                tr(lg, "Claim number", "Teilantrag", "Demande n°"),
                rng.choice(["1", "2", "1 (final)"]),
            ),
        ],
        per=2,
        tall=24,
        hand=by_hand,
    )
    f.y = band(
        f.page,
        s,
        f.y,
        tr(lg, "B. Items claimed", "B. Abgerechnete Maßnahmen", "B. Travaux réalisés"),
    )
    f.y += 6
    catalog = {
        "en": [
            ("TP5", "Tree planting (per tree)", 1.28),
            ("TP2", "Tree shelters 1.2m", 1.60),
            ("FG2", "Stock fencing (per m)", 4.00),
            ("FG12", "Deer fencing (per m)", 9.20),
            ("TP7", "Spiral guards", 0.40),
            ("WM1", "Woodland gate", 640.0),
        ],
        "de": [
            ("3.1", "Pflanzung Laubholz (je Stück)", 1.60),
            ("3.2", "Pflanzung Nadelholz", 0.90),
            ("4.1", "Wildschutzzaun (lfm)", 7.50),
            ("4.3", "Einzelschutz Wuchshülle", 3.20),
            ("5.1", "Flächenvorbereitung (ha)", 850.0),
            ("6.0", "Kulturpflege (ha)", 600.0),
        ],
        "fr": [
            ("PL1", "Fourniture et plantation (plant)", 1.90),
            ("PR1", "Protection gibier", 2.40),
            ("TS1", "Travaux préparatoires (ha)", 1100.0),
            ("MO", "Maîtrise d'oeuvre", 420.0),
            ("EN1", "Entretien (ha)", 650.0),
            ("CL", "Clôture (ml)", 8.50),
        ],
    }[lg]
    items = []
    for c, t, rate in rng.sample(catalog, rng.randint(2, 5)):
        q = (
            rng.choice([1.5, 2.3, 4.0])
            if rate > 400
            else float(rng.choice([120, 450, 800, 1600, 2500, 4000]))
        )
        items.append((c, t, q, rate))
    total = sum(q * r for _, _, q, r in items)
    cols = columns(
        m, w - m, [(0.8, "left"), (3.2, "left"), (1, "right"), (1, "right"), (1.2, "right")]
    )
    table(
        f,
        cols,
        [
            tr(lg, "Code", "Nr.", "Code"),
            tr(lg, "Item", "Maßnahme", "Opération"),
            tr(lg, "Quantity", "Menge", "Quantité"),
            tr(lg, "Rate", "Satz", "Taux"),
            tr(lg, "Claimed", "Beantragt", "Demandé"),
        ],
        [[c, t, qty(q, lg, 1), money(r, lg), money(q * r, lg)] for c, t, q, r in items],
        s,
        rules=True,
    )
    f.page.text(
        w - m,
        f.y + 4,
        f"{tr(lg, 'Total claimed', 'Summe', 'Total demandé')}  {cash(total, lg)}",
        s.bold,
        9,
        "right",
    )
    f.y += 24
    f.y = band(f.page, s, f.y, tr(lg, "C. Declarations", "C. Erklärungen", "C. Engagements"))
    f.y += 8
    for q in [
        tr(
            lg,
            "The work has been completed to the specification in the agreement.",
            "Die Maßnahmen wurden wie bewilligt durchgeführt.",
            "Les travaux ont été réalisés conformément à la décision.",
        ),
        tr(
            lg,
            "I have kept invoices and receipts and will keep them for 7 years.",
            "Originalbelege liegen vor und werden aufbewahrt.",
            "Je conserve les factures acquittées pendant 10 ans.",
        ),
        tr(
            lg,
            "No other public funding has been received for these items.",
            "Für die Maßnahmen wurden keine weiteren Fördermittel beantragt.",
            "Aucune autre aide publique n'a été sollicitée.",
        ),
    ]:
        f.need(16)
        box(f.page, m, f.y, rng.random() < 0.95)
        f.page.text(m + 14, f.y, fit(q, s.font, 8, w - 2 * m - 14), s.font, 8)
        f.y += 15
    f.y += 26
    sign_line(
        f.page,
        s,
        m,
        f.y,
        200,
        tr(lg, "Signature (claimant or agent)", "Unterschrift", "Signature"),
        boss(),
    )
    hand(f.page, m + 240, f.y - 2, short(d, lg))
    f.page.line(m + 230, f.y + 3, m + 340, f.y + 3)
    f.y += 30
    pages = f.pages
    g = form_sheet(
        s,
        tr(lg, "Schedule of supporting invoices", "Belegliste", "État récapitulatif des dépenses"),
        f"{ref}",
        code,
    )
    cols2 = columns(m, w - m, [(1.2, "left"), (2.4, "left"), (1, "left"), (1.2, "right")])
    rows = []
    left = total
    for k in range(rng.randint(2, 6)):
        a = round(left / 2, 2) if k < 5 else round(left, 2)
        left -= a
        rows.append(
            [
                serial(rng, "INV-99999"),
                rng.choice(
                    {
                        "en": [
                            "Maelor Forest Nurseries",
                            "Tubex shelters via Ashby Agri",
                            "Own labour",
                        ],
                        "de": ["Forstbaumschule Stingel", "Zaunbau Kienzle", "Eigenleistung"],
                        "fr": ["Pépinières Naudet", "Clôtures du Jura", "Travaux en régie"],
                    }[lg]
                ),
                short(d - timedelta(days=rng.randint(10, 120)), lg),
                money(a, lg),
            ]
        )
    table(
        g,
        cols2,
        [
            tr(lg, "Invoice", "Beleg-Nr.", "Facture"),
            tr(lg, "Supplier", "Lieferant", "Fournisseur"),
            tr(lg, "Date", "Datum", "Date"),
            tr(lg, "Net", "Netto", "Montant HT"),
        ],
        rows,
        s,
        rules=True,
    )
    g.y += 10
    g.page.text(m, g.y, tr(lg, "Evidence enclosed:", "Anlagen:", "Pièces jointes :"), s.bold, 8)
    g.y = ticks(
        g.page,
        s,
        m + 90,
        g.y,
        w - 2 * m - 90,
        [
            tr(lg, "Photographs", "Fotos", "Photos"),
            tr(lg, "Invoices", "Rechnungen", "Factures"),
            tr(lg, "Map", "Karte", "Plan"),
            tr(lg, "Plant passports", "Herkunftsnachweise", "Certificats MFR"),
        ],
        set(rng.sample(range(4), rng.randint(2, 4))),
        pt=7.5,
    )
    pages += g.pages
    remember(d, Claim(ref, site.owner, items, total))
    return close(
        pages,
        s,
        Head("", lg, "", "", "", "form", "plain", "Helvetica", "Helvetica-Bold", 8.5, 44, False),
        numbers=tr(lg, "Page {i} of {n}", "Seite {i} von {n}", "Page {i}/{n}"),
    )


def tpl_grant_payment(rng: random.Random, who: Issuer) -> list[Page]:
    """The paying agency's payment notice for a grant claim: the letter with the claim and
    payment references, the table of items claimed, found eligible and paid, reductions and
    the bank account; now and then the explanation of reductions on a second page."""
    h = head_of(who, "payer")
    lg = h.lang
    s = style_of(h, A4)
    w, _hh = s.page_size
    m = s.margin
    x = LAST["extra"]
    if after(("grant_claim",)) and isinstance(x, Claim):
        c = x
    else:
        site = a_site(rng)
        c = Claim(
            serial(rng, "WCO-9999999"),
            site.owner,
            [("TP5", tr(lg, "Tree planting", "Pflanzung", "Plantation"), 1600.0, 1.28)],
            2048.0,
        )
    d = last_day(rng, ("grant_claim",), (30, 90))
    pay = serial(rng, "PN99999999")
    f = sheets(
        s, h, f"{tr(lg, 'Payment notice', 'Auszahlungsmitteilung', 'Avis de paiement')} {pay}"
    )
    recipient(
        f,
        s,
        h,
        row_lines(c.owner, tr(lg, f"c/o {office_head().name}", "", "")),
        d,
        [
            (tr(lg, "Reference", "Aktenzeichen", "Dossier"), c.ref),
            (tr(lg, "Payment ref", "Zahlungs-Nr.", "N° de paiement"), pay),
        ],
    )
    caption(
        f,
        s,
        tr(
            lg,
            "Payment notice",
            "Mitteilung über die Auszahlung von Fördermitteln",
            "Avis de paiement",
        ),
        1.5,
    )
    write(
        f,
        s,
        tr(
            lg,
            "We have processed your claim. The amount below will be paid into your "
            "bank account within 5 working days.",
            "Ihr Auszahlungsantrag wurde geprüft. Der nachstehende Betrag wird auf Ihr "
            "Konto überwiesen.",
            "Votre demande a été instruite. Le montant ci-dessous sera versé sur votre compte.",
        ),
    )
    cols = columns(
        m, w - m, [(0.8, "left"), (2.6, "left"), (1.1, "right"), (1.1, "right"), (1.1, "right")]
    )
    rows = []
    paid = 0.0
    reduced = False
    for code, t, q, r in c.items:
        claimed = q * r
        ok = claimed if rng.random() < 0.75 else round(claimed * rng.uniform(0.8, 0.97), 2)
        reduced |= ok < claimed
        paid += ok
        rows.append([code, t, money(claimed, lg), money(ok, lg), money(claimed - ok, lg)])
    table(
        f,
        cols,
        [
            tr(lg, "Code", "Nr.", "Code"),
            tr(lg, "Item", "Maßnahme", "Opération"),
            tr(lg, "Claimed", "Beantragt", "Demandé"),
            tr(lg, "Eligible", "Anerkannt", "Retenu"),
            tr(lg, "Reduction", "Kürzung", "Réfaction"),
        ],
        rows,
        s,
        rules=True,
    )
    f.y += 6
    f.page.text(
        w - m,
        f.y,
        f"{tr(lg, 'Amount paid', 'Auszahlungsbetrag', 'Montant versé')}  {cash(paid, lg)}",
        s.bold,
        s.size + 1,
        "right",
    )
    f.y += 24
    write(
        f,
        s,
        tr(
            lg,
            f"Paid to account ending {rng.randint(1000, 9999)} on "
            f"{short(d + timedelta(days=3), lg)}.",
            f"Überweisung auf IBAN ...{rng.randint(1000, 9999)} am "
            f"{short(d + timedelta(days=3), lg)}.",
            f"Virement sur le compte ...{rng.randint(1000, 9999)} le "
            f"{short(d + timedelta(days=3), lg)}.",
        ),
        s.size - 0.5,
    )
    f.y += 10
    f.page.text(
        m, f.y, tr(lg, "Grants and Regulations", "Im Auftrag", "Le gestionnaire"), s.font, s.size
    )
    f.y += 14
    pages = f.pages
    if reduced or rng.random() < 0.25:
        f2 = sheets(s, h, f"{c.ref} - {pay}", top=False)
        caption(
            f2,
            s,
            tr(
                lg,
                "Why your payment is different from your claim",
                "Erläuterung der Kürzungen",
                "Motifs des réfactions",
            ),
            1,
        )
        for _ in range(rng.randint(2, 4)):
            write(f2, s, prose(rng, lg, "legal", 2, 3), s.size - 0.5)
        write(
            f2,
            s,
            tr(
                lg,
                "If you disagree, you can ask for a review within 60 days.",
                "Gegen diese Entscheidung ist Widerspruch innerhalb eines Monats möglich.",
                "Recours possible dans un délai de deux mois.",
            ),
        )
        pages += f2.pages
    received(rng, pages[0], d)
    remember(d, None)
    return close(pages, s, h)


# ---------------------------------------------------------------------------------------------
# The part: templates, runs and companions
# ---------------------------------------------------------------------------------------------


def tracked(name: str, tpl: Template) -> Template:
    """``tpl`` noting its kind, so that a companion can take up the same subject."""

    def run(rng: random.Random, who: Issuer) -> list[Page]:
        pages = tpl(rng, who)
        LAST["kind"] = name
        return pages

    run.__doc__ = tpl.__doc__
    return run


KINDS: dict[str, Template] = {
    "timber_contract": tpl_timber_contract,
    "felling_application": tpl_felling_application,
    "felling_approval": tpl_felling_approval,
    "tree_survey": tpl_tree_survey,
    "job_sheet": tpl_job_sheet,
    "weighbridge_ticket": tpl_weighbridge_ticket,
    "measurement_statement": tpl_measurement_statement,
    "timber_invoice": tpl_timber_invoice,
    "firewood_delivery": tpl_firewood_delivery,
    "firewood_invoice": tpl_firewood_invoice,
    "moisture_record": tpl_moisture_record,
    "woodfuel_certificate": tpl_woodfuel_certificate,
    "hire_invoice": tpl_hire_invoice,
    "service_invoice": tpl_service_invoice,
    "fuel_invoice": tpl_fuel_invoice,
    "operator_certificate": tpl_operator_certificate,
    "management_plan": tpl_management_plan,
    "insurance_schedule": tpl_insurance_schedule,
    "grant_claim": tpl_grant_claim,
    "grant_payment": tpl_grant_payment,
}
TEMPLATES_XXX: dict[str, Template] = {k: tracked(k, t) for k, t in KINDS.items()}
#: Kinds that a pile often holds 2-4 of in a row from one sender.
RUN_KINDS = (
    "weighbridge_ticket",
    "measurement_statement",
    "firewood_delivery",
    "firewood_invoice",
    "job_sheet",
    "fuel_invoice",
    "timber_invoice",
    "operator_certificate",
)
#: A kind often followed by a related paper, mostly from another sender.
FOLLOWS = {
    "timber_contract": "felling_application",
    "felling_application": "felling_approval",
    "tree_survey": "job_sheet",
    "measurement_statement": "timber_invoice",
    "firewood_delivery": "firewood_invoice",
    "moisture_record": "woodfuel_certificate",
    "grant_claim": "grant_payment",
}


# ---------------------------------------------------------------------------------------------
# Streams and generation (same files and labels as corpus.generate)
# ---------------------------------------------------------------------------------------------


def make_teapot_stream(rng: random.Random, n_docs: int, separators: bool) -> Stream:
    """One contractor's pile: ``corpus.make_stream`` with batch runs (after a run kind, 1-3
    more of the same kind from the same sender follow with probability 0.6) and companions
    (each kind in ``FOLLOWS`` is followed by its related paper with probability 0.5). The
    contractor (country, name, month) is drawn once per stream."""
    r = random.Random(rng.getrandbits(32))
    lang = r.choice(["en", "en", "de", "de", "fr"])
    OFFICE["lang"] = lang
    OFFICE["row"] = r.randrange(len(OFFICES[lang]))
    OFFICE["seed"] = r.getrandbits(24)
    OFFICE["month"] = date(r.choice([2024, 2025]), r.randint(1, 12), 1)
    LAST.update(kind="", day=None, extra=None)
    run_odds = dict.fromkeys(RUN_KINDS, 0.6)
    return assemble_stream(
        rng, TEMPLATES_XXX, n_docs, separators, run_odds, run_len=(1, 3), follows=FOLLOWS
    )


generate = part_generate(PART, SEED_OFFSET, make_teapot_stream, "templates XXX")


def main(argv: list[str]) -> int:
    return part_main(argv, __doc__, PART, generate, scanned=12)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

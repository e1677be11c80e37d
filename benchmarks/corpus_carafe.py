"""Carafe part of the generated corpus: templates CCC, written blind for the next measurement.

A part of its own, ``carafe``. Its templates were written without looking at the boundary
detector, its documentation, its tuning or its evaluation, as the pile the office of a
landscaping and garden maintenance firm (eight gardeners, three vans and a yard, in England,
Germany or France) feeds through its scanner in a month: the firm's garden quotations to
private clients (Angebot, devis) with the covering letter, the schedule of works by area, a
planting plan on a landscape page, now and then the terms and a form of acceptance; the
clients' replies to them, handwritten on a note card or printed from an e-mail; grounds
maintenance contracts with commercial clients (Pflegevertrag, contrat d'entretien) with the
clauses, the site schedule, the task calendar on a landscape page, the prices and the
signature page; the firm's maintenance invoices to its clients with the visits of the month
and a remittance slip; wholesale nurseries' invoices with botanical names, pot sizes and the
plant passport (Pflanzenpass, passeport phytosanitaire), now and then with the signed copy of
the delivery note behind; turf growers' delivery notes on A6 slips; quarries' and topsoil
suppliers' weighbridge tickets on narrow slips; soil laboratories' topsoil analysis
certificates (BS 3882, Bodenuntersuchung nach FLL, analyse de terre) with the results table
and the particle size chart; skip hire tickets that double as the waste transfer note (duty
of care, Entsorgungsnachweis / Begleitschein, bordereau de suivi) on A5; composting sites'
monthly green-waste statements with the tipping tickets on landscape pages; groundcare
dealers' workshop invoices for mowers, brushcutters, chainsaws and chippers, now and then
with the service checklist; the authority's waste carrier registration (Environment Agency,
Bestätigung der Anzeige nach § 53 KrWG, récépissé de déclaration de transport de déchets) or
its second registration (waste exemptions, dealing and brokering) with its covering letter and
the conditions; arboricultural consultants' tree survey reports
(BS 5837, Baumgutachten, diagnostic phytosanitaire) with the tree schedule and the tree plan
on landscape pages; the firm's applications for tree works to the council (TPO and
conservation area form, Antrag auf Fällgenehmigung nach Baumschutzsatzung, déclaration
préalable) with the sketch plan and photographs; the council's decision notices on them with
the numbered conditions and the notes on appeal; pesticide application records on landscape
A4 filled in by hand (Pflanzenschutz-Aufzeichnungen, registre phytosanitaire); operators'
certificates of competence (NPTC PA1/PA6 and chainsaw units, Sachkundenachweis
Pflanzenschutz, Certiphyto) with the wallet card; risk assessments and method statements
for tree and hedge work (a subcontracted tree surgeon's or the firm's own) with the risk table
on landscape pages and the sign-on sheet; the crews' daily job sheets on A5 from the pad; and
PPE issue records signed by each gardener. Each stream is one firm's pile: the firm
(country, name, gardeners, vans, clients, month) is drawn once per stream; its outside
senders are of the firm's country and write in its language, except that a nursery, a
groundcare dealer or a soil laboratory is now and then from abroad and writes in its own.
Page sizes range from narrow weighbridge slips, A6 turf tickets and A5 pads to A4, Letter and
landscape A4.

Labelling rule: what one sender issues in one go is one document, as the office files it: the
covering letter, schedule of works, planting plan, terms and acceptance form of a quotation;
the schedules and the signature page of a maintenance contract; the remittance slip of an
invoice; the signed copy of the delivery note stapled behind a nursery's invoice; the
results, chart and notes pages of a soil certificate; the tipping ticket pages of a
green-waste statement; the service checklist of a workshop invoice; the covering letter,
certificate and conditions of a carrier registration; the cover, text, tree schedule and tree
plan of a survey report; the covering letter, form, sketch plan and photographs of a tree
works application; the conditions and appeal notes of a decision notice; the cover, method,
risk table and sign-on sheet of a RAMS; the wallet card under a certificate. Related papers
are documents of their own: the client's reply after a quotation, the first invoice after a
maintenance contract, the soil certificate after a topsoil ticket, the tree works application
after the survey report and the council's decision after the application; and so is each
ticket, invoice, record sheet, job sheet, certificate and PPE record of a run.

Streams are assembled like ``corpus.make_stream`` (same separator sheets, same 30% chance of
repeating the previous kind and sender), plus batch runs: weighbridge tickets, turf tickets,
skip tickets, the firm's invoices, nursery invoices, spray records, job sheets, certificates
and PPE records often come 2-4 in a row from one sender with other numbers, dates and
amounts; and companions: each related paper above often follows the document it answers,
about the same client, site or delivery. Drawn with ``corpus.draw_pdf``, scanned with
``corpus.scan`` and labelled exactly like ``corpus.generate`` with ``"split": "carafe"`` and
seeds offset by 5_400_000.

Usage: ``python benchmarks/corpus_carafe.py OUT_DIR [--streams N] [--scanned N] [--seed S]``
writes ``OUT_DIR/carafe/carafe_{born_digital,scanned}_NNNNNNN.{pdf,json}``.
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
from corpus_kit import day as day_of

PART = "carafe"
SEED_OFFSET = 5_400_000

MM = 72 / 25.4
SLIP = (80 * MM, 182 * MM)
A6 = (105 * MM, 148 * MM)

# ---------------------------------------------------------------------------------------------
# Who writes: the firm and its outside senders, by country
# ---------------------------------------------------------------------------------------------

Row = tuple[str, str, str, str]  # name, street, town, telephone
FIRMS: dict[str, list[Row]] = {
    "en": [
        (
            "Greenshaw Landscapes Ltd",
            "Unit 4, Marsh Lane Yard",
            "Tadcaster LS24 8AH",
            "01937 834 210",
        ),
        (
            "Oakfield Garden Services",
            "The Yard, Church Farm",
            "Kenilworth CV8 2LW",
            "01926 851 447",
        ),
        (
            "Hawthorn & Birch Landscaping Ltd",
            "Millbrook Depot, Station Road",
            "Ringwood BH24 1PD",
            "01425 470 902",
        ),
    ],
    "de": [
        (
            "Grünwerk Garten- und Landschaftsbau GmbH",
            "Gewerbestraße 11",
            "71272 Renningen",
            "07159 92 41 0",
        ),
        ("Gartenbau Schröder & Sohn", "Am Mühlbach 4", "48161 Münster", "0251 87 22 90"),
        ("Lindner GaLaBau", "Industriering 23", "90431 Nürnberg", "0911 31 66 58"),
    ],
    "fr": [
        ("Les Jardins de la Vallée SARL", "ZA Les Prés", "49130 Les Ponts-de-Cé", "02 41 44 70 12"),
        ("Paysages Martin & Fils", "145 chemin des Vignes", "84000 Avignon", "04 90 82 33 61"),
        ("Verts Espaces Entretien", "8 rue des Artisans", "67400 Illkirch", "03 88 66 20 41"),
    ],
}
#: Senders whose office matches the firm's region: the firm's row picks one of them.
LOCAL: dict[str, dict[str, list[Row]]] = {
    "council": {
        "en": [
            ("North Yorkshire Council", "Civic Centre, Doncaster Road", "Selby YO8 9FT", ""),
            ("Warwick District Council", "Town Hall, Parade", "Royal Leamington Spa CV32 4AT", ""),
            (
                "New Forest District Council",
                "Appletree Court, Beaulieu Road",
                "Lyndhurst SO43 7PA",
                "",
            ),
        ],
        "de": [
            ("Stadt Leonberg - Amt für Umwelt und Grün", "Belforter Platz 1", "71229 Leonberg", ""),
            ("Stadt Münster - Grünflächenamt", "Albersloher Weg 33", "48155 Münster", ""),
            ("Stadt Nürnberg - Umweltamt, Baumschutz", "Bauhof 3", "90402 Nürnberg", ""),
        ],
        "fr": [
            (
                "Ville d'Angers - Direction Urbanisme",
                "Boulevard de la Résistance",
                "49020 Angers",
                "",
            ),
            ("Mairie d'Avignon - Service Urbanisme", "Place de l'Horloge", "84000 Avignon", ""),
            (
                "Eurométropole de Strasbourg - Urbanisme",
                "1 parc de l'Étoile",
                "67076 Strasbourg",
                "",
            ),
        ],
    },
    "registry": {
        "en": [
            (
                "Environment Agency",
                "National Customer Contact Centre, PO Box 544",
                "Rotherham S60 1BY",
                "03708 506 506",
            )
        ]
        * 3,
        "de": [
            ("Landratsamt Böblingen - Abfallrecht", "Parkstraße 16", "71034 Böblingen", ""),
            ("Bezirksregierung Münster - Dezernat 52", "Domplatz 1-3", "48143 Münster", ""),
            ("Regierung von Mittelfranken - Abfallwirtschaft", "Promenade 27", "91522 Ansbach", ""),
        ],
        "fr": [
            ("Préfecture de Maine-et-Loire", "Place Michel Debré", "49934 Angers Cedex 9", ""),
            ("Préfecture de Vaucluse", "2 avenue de la Folie", "84905 Avignon Cedex 9", ""),
            ("Préfecture du Bas-Rhin", "5 place de la République", "67073 Strasbourg Cedex", ""),
        ],
    },
    "examiner": {
        "en": [
            (
                "City & Guilds - NPTC",
                "Giltspur House, 5-6 Giltspur Street",
                "London EC1A 9DE",
                "",
            )
        ]
        * 3,
        "de": [
            (
                "Landwirtschaftliches Technologiezentrum Augustenberg",
                "Neßlerstraße 25",
                "76227 Karlsruhe",
                "",
            ),
            ("Landwirtschaftskammer Nordrhein-Westfalen", "Nevinghoff 40", "48147 Münster", ""),
            (
                "Amt für Ernährung, Landwirtschaft und Forsten Fürth",
                "Jahnstraße 7",
                "90763 Fürth",
                "",
            ),
        ],
        "fr": [
            ("DRAAF Pays de la Loire - SRAL", "12 rue Menou", "44035 Nantes Cedex 1", ""),
            (
                "DRAAF Provence-Alpes-Côte d'Azur - SRAL",
                "132 boulevard de Paris",
                "13003 Marseille",
                "",
            ),
            ("DRAAF Grand Est - SRAL", "4 rue Dom Pérignon", "51007 Châlons-en-Champagne", ""),
        ],
    },
}
SENDERS: dict[str, dict[str, list[Row]]] = {
    "nursery": {
        "en": [
            ("Bramley Cross Nurseries Ltd", "Ampfield Road", "Romsey SO51 9BE", "01794 368 120"),
            ("Ashwell Trees & Hedging", "Long Drove", "Wisbech PE13 4RS", "01945 582 330"),
            ("Penrose Perennials", "Trevithick Lane", "Truro TR4 9DH", "01872 560 114"),
        ],
        "de": [
            ("Baumschule Hinrichs GmbH & Co. KG", "Baumschulenweg 12", "25421 Pinneberg", ""),
            ("Staudengärtnerei Weidenhof", "Hofstraße 3", "88212 Ravensburg", "0751 56 12 40"),
            ("Gehölzkulturen Brandt", "Ammerländer Straße 88", "26160 Bad Zwischenahn", ""),
        ],
        "fr": [
            ("Pépinières du Val de Loire", "Route de Saumur", "49400 Distré", "02 41 50 21 08"),
            ("Pépinières Rey-Chabert", "Quartier Saint-Jean", "84300 Cavaillon", ""),
            ("Vivaces d'Alsace EARL", "Route de Colmar", "67600 Sélestat", ""),
        ],
    },
    "turf": {
        "en": [
            (
                "Fenland Turf Ltd",
                "Drove Farm, Forty Foot Bank",
                "Chatteris PE16 6UB",
                "01354 692 004",
            ),
            ("Vale Turf Growers", "Elvington Lane", "York YO41 4AZ", "01904 608 717"),
        ],
        "de": [
            ("Rasenschule Emsland GmbH", "Moorweg 7", "49733 Haren", "05932 73 08 0"),
            ("Fertigrasen Schwaben KG", "Riedweg 2", "89340 Leipheim", ""),
        ],
        "fr": [
            ("Gazons de la Brie", "Ferme des Noues", "77160 Provins", "01 64 00 41 70"),
            ("Sud Gazon Production", "Mas des Arnauds", "13300 Salon-de-Provence", ""),
        ],
    },
    "quarry": {
        "en": [
            ("Kingsmoor Aggregates - Brayton Quarry", "Brayton Lane", "Selby YO8 9DZ", ""),
            ("Hanley Sand & Gravel Ltd", "Pit Lane, Blashford", "Ringwood BH24 3QY", ""),
            ("Soilworks Topsoil Supplies", "Fosse Way Farm", "Warwick CV35 9RF", "01926 640 880"),
        ],
        "de": [
            ("Kieswerk Rheinaue GmbH", "Am Baggersee 1", "76437 Rastatt", ""),
            ("Schotterwerk Frankenjura", "Steinbruchweg 5", "91257 Pegnitz", ""),
            ("Erdenwerk Münsterland", "Zum Torfmoor 12", "48351 Everswinkel", ""),
        ],
        "fr": [
            ("Carrières du Layon", "Lieu-dit La Roche", "49380 Chavagnes", ""),
            ("Sablières de la Durance", "Chemin de la Gravière", "84300 Cavaillon", ""),
            ("Terres et Granulats d'Alsace", "Route du Rhin", "67150 Erstein", ""),
        ],
    },
    "lab": {
        "en": [
            (
                "Sherwood Soil Laboratories Ltd",
                "Unit 9, Boughton Industrial Estate",
                "Newark NG22 9LD",
                "01623 860 310",
            ),
            ("Avon Agri-Lab", "Harbour Way", "Bristol BS20 7XN", ""),
        ],
        "de": [
            ("Institut für Bodenanalytik Dr. Weiß GmbH", "Laborstraße 6", "34117 Kassel", ""),
            ("Agrar- und Umweltlabor Süd", "Hohenheimer Straße 40", "70599 Stuttgart", ""),
        ],
        "fr": [
            (
                "Laboratoire d'Analyses des Sols de l'Ouest",
                "3 rue de la Chalotais",
                "35000 Rennes",
                "",
            ),
            ("Agro-Sol Analyses", "ZI de la Plaine", "69400 Villefranche-sur-Saône", ""),
        ],
    },
    "skip": {
        "en": [
            ("Swift Skips Ltd", "Bridge Works, Mill Road", "Sherburn LS25 6EP", "01977 681 555"),
            ("Coleman Waste & Skip Hire", "Ringway Industrial Estate", "Coventry CV3 4PE", ""),
        ],
        "de": [
            ("Container-Dienst Bergmann GmbH", "Entsorgungsweg 4", "71063 Sindelfingen", ""),
            ("Remondis-Partner Wessel Entsorgung", "Hafenweg 18", "48155 Münster", ""),
        ],
        "fr": [
            ("Bennes Services Anjou", "ZA de l'Océane", "49070 Beaucouzé", "02 41 48 90 90"),
            ("Provence Bennes Recyclage", "Quartier Saint-Véran", "84000 Avignon", ""),
        ],
    },
    "compost": {
        "en": [
            ("Greenacre Composting Ltd - Tockwith", "Marston Road", "Tockwith YO26 7QF", ""),
            ("Wessex Green Recycling", "Blackhill Road", "Romsey SO51 0HN", ""),
        ],
        "de": [
            ("Kompostwerk Leonberg (AWB)", "Am Hasenbühl 3", "71229 Leonberg", ""),
            ("Grüngutplatz Franken GmbH", "Kompostweg 2", "90768 Fürth", ""),
        ],
        "fr": [
            (
                "Plateforme de compostage Terre Verte",
                "Lieu-dit Les Landes",
                "49610 Mozé-sur-Louet",
                "",
            ),
            ("Valorisation Déchets Verts 84", "Chemin du Lavoir", "84130 Le Pontet", ""),
        ],
    },
    "dealer": {
        "en": [
            ("Pipers Groundcare Ltd", "Wetherby Road", "Boston Spa LS23 6HT", "01937 845 230"),
            ("Ridgeway Mowers & Machinery", "Unit 2, Budbrooke Road", "Warwick CV34 5XH", ""),
        ],
        "de": [
            ("Motorgeräte Kaiser GmbH", "Robert-Bosch-Straße 9", "71088 Holzgerlingen", ""),
            ("Landtechnik Hummel", "Weißenburger Straße 22", "90451 Nürnberg", ""),
        ],
        "fr": [
            ("Motoculture Service Angevin", "Route de Nantes", "49000 Angers", "02 41 72 11 60"),
            ("Ets Roussel Motoculture", "Avenue de Fontcouverte", "84000 Avignon", ""),
        ],
    },
    "arb": {
        "en": [
            ("Treeline Arboricultural Consultancy", "5 Church Walk", "Harrogate HG1 2QT", ""),
            ("Rowan Davies Arboriculture", "The Coach House, Mill Lane", "Alcester B49 6QA", ""),
        ],
        "de": [
            (
                "Sachverständigenbüro für Bäume Dipl.-Ing. Kern",
                "Lindenstraße 8",
                "70563 Stuttgart",
                "",
            ),
            ("Baumkontrolle Westfalen", "Kanalstraße 41", "48147 Münster", ""),
        ],
        "fr": [
            ("Arbre Conseil Expertise", "12 rue Saint-Aubin", "49100 Angers", ""),
            ("Sylva Diagnostic", "3 allée des Platanes", "84000 Avignon", ""),
        ],
    },
    "treecare": {
        "en": [
            ("Canopy Tree Surgery Ltd", "Hollybush Farm", "Wetherby LS22 5HS", "01937 588 300"),
            ("Heartwood Tree Care", "Unit 7, Oak Park", "Stratford-upon-Avon CV37 0AS", ""),
        ],
        "de": [
            ("Baumpflege Krone & Stamm", "Waldstraße 3", "71263 Weil der Stadt", ""),
            ("SKT Seilklettertechnik Vogt", "Gartenweg 19", "48165 Münster", ""),
        ],
        "fr": [
            ("Élagage Grimpe Services", "La Grande Noue", "49320 Brissac", ""),
            ("Arbor'Sud Élagage", "Chemin des Cigales", "84140 Montfavet", ""),
        ],
    },
    "trainer": {
        "en": [
            ("Lantra-approved: Askham Bryan Training", "Askham Bryan", "York YO23 3FR", ""),
            ("Woodland Skills Training Ltd", "Stoneleigh Park", "Kenilworth CV8 2LG", ""),
        ],
        "de": [("SVLFG Bildungszentrum", "Hauptstraße 31", "34131 Kassel", "")],
        "fr": [("CFPPA Angers-Le Fresne", "Route de Nantes", "49130 Sainte-Gemmes", "")],
    },
}

FIRSTS = {
    "en": ["Tom", "Gary", "Megan", "Liam", "Steve", "Chloe", "Dan", "Harry", "Josh", "Kirsty"],
    "de": ["Lukas", "Jonas", "Tobias", "Marco", "Sven", "Lea", "Dennis", "Kevin", "Nina", "Timo"],
    "fr": ["Kévin", "Romain", "Thomas", "Maxime", "Julie", "Bastien", "Nicolas", "Anaïs", "Théo"],
}
LASTS = {
    "en": ["Hargreaves", "Pickering", "Walsh", "Ellis", "Marsden", "Booth", "Fairclough", "Hale"],
    "de": ["Schuster", "Brenner", "Kaiser", "Dietrich", "Albrecht", "Maurer", "Hahn", "Pfeiffer"],
    "fr": ["Gautier", "Moreau", "Lambert", "Rousseau", "Blanchard", "Guérin", "Leroy", "Meunier"],
}
FEMALE = {"Megan", "Chloe", "Kirsty", "Lea", "Nina", "Julie", "Anaïs"}
CLIENT_FIRSTS = {
    "en": ["Margaret", "Richard", "Helen", "Peter", "Susan", "Andrew", "Caroline", "Graham"],
    "de": ["Ursula", "Wolfgang", "Petra", "Jürgen", "Monika", "Hans-Peter", "Birgit", "Rainer"],
    "fr": ["Françoise", "Jean-Marc", "Isabelle", "Philippe", "Martine", "Gérard", "Sylvie"],
}
CLIENT_LASTS = {
    "en": ["Ashworth", "Pemberton", "Carr", "Lockwood", "Brannigan", "Hollis", "Sutcliffe"],
    "de": ["Hofmann", "Wagner", "Lehmann", "Krämer", "Seidel", "Engel", "Winkler"],
    "fr": ["Delacroix", "Fabre", "Marchand", "Bertin", "Collet", "Vasseur", "Renaud"],
}
FEMALE |= {"Margaret", "Helen", "Susan", "Caroline", "Ursula", "Petra", "Monika", "Birgit"}
FEMALE |= {"Françoise", "Isabelle", "Martine", "Sylvie"}
ROADS = {
    "en": [
        "Oak Lane",
        "Westfield Road",
        "The Paddocks",
        "Church View",
        "Manor Close",
        "Priory Way",
    ],
    "de": ["Ahornweg", "Im Wiesengrund", "Schillerstraße", "Am Sonnenhang", "Lerchenweg"],
    "fr": ["allée des Tilleuls", "rue du Moulin", "chemin des Écoliers", "impasse des Roses"],
}
TOWNS = [
    {
        "en": [
            "Tadcaster LS24 9JB",
            "Wetherby LS22 6PA",
            "Boston Spa LS23 6AD",
            "Sherburn LS25 6BG",
        ],
        "de": ["71272 Renningen", "71229 Leonberg", "71263 Weil der Stadt", "71032 Böblingen"],
        "fr": [
            "49130 Les Ponts-de-Cé",
            "49000 Angers",
            "49610 Juigné-sur-Loire",
            "49070 Beaucouzé",
        ],
    },
    {
        "en": [
            "Kenilworth CV8 1QP",
            "Warwick CV34 4SD",
            "Leamington Spa CV32 6HF",
            "Balsall CV7 7EE",
        ],
        "de": ["48161 Münster", "48149 Münster", "48291 Telgte", "48341 Altenberge"],
        "fr": [
            "84000 Avignon",
            "84140 Montfavet",
            "84130 Le Pontet",
            "84470 Châteauneuf-de-Gadagne",
        ],
    },
    {
        "en": ["Ringwood BH24 1AP", "Fordingbridge SP6 1AB", "Burley BH24 4AB", "Verwood BH31 6JF"],
        "de": ["90431 Nürnberg", "90763 Fürth", "90513 Zirndorf", "90574 Roßtal"],
        "fr": ["67400 Illkirch", "67000 Strasbourg", "67540 Ostwald", "67380 Lingolsheim"],
    },
]
COMMERCIAL = {
    "en": [
        ("Brackenridge Business Park Management Co.", "Estate Office, Brackenridge Way"),
        ("St Aidan's C of E Primary School", "School Lane"),
        ("Yorvale Housing Association", "Customer Services, 3 Gillygate"),
        ("The Granary Retirement Village", "Granary Lane"),
        ("Kestrel Court (RTM) Company Ltd, c/o Castle Block Management", "18 High Street"),
    ],
    "de": [
        ("Wohnungsbaugenossenschaft Eigenheim eG", "Bahnhofstraße 40"),
        ("Gewerbepark Am Längenbühl GbR", "Längenbühlstraße 2"),
        ("Evangelische Kita Regenbogen", "Kirchplatz 5"),
        ("WEG Lindenhof, vertr. d. Hausverwaltung Brandl", "Marktplatz 9"),
        ("Seniorenresidenz Parkblick", "Parkstraße 1"),
    ],
    "fr": [
        ("Syndic Foncia - Résidence Les Cèdres", "14 avenue du Général Patton"),
        ("Collège Jean Moulin", "Rue des Écoles"),
        ("Parc d'activités Les Portes de Loire", "1 rue de l'Europe"),
        ("Angers Loire Habitat - Agence Sud", "8 place du Lycée"),
        ("EHPAD Les Glycines", "2 rue des Jardins"),
    ],
}

TALK = {
    "en": {
        "garden": "lawn borders planting hedge patio paving path turf topsoil shrubs trees "
        "mulch edging drainage levels gravel fence beds pruning soil client site access",
        "legal": "contractor client services agreement term notice payment liability "
        "insurance variation termination schedule works standard reasonable obligations",
        "trees": "tree crown canopy stem branch deadwood decay root protection area "
        "hazard reduction pruning felling retained condition survey vitality category",
        "safety": "operator exclusion zone chainsaw helmet visor gloves traffic public "
        "barrier signage rescue climber ground team communication weather hazard",
        "soil": "sample topsoil texture organic matter nutrients screening stones "
        "contaminants pH conductivity suitability compliance analysis grading",
    },
    "de": {
        "garden": "Rasen Beete Pflanzung Hecke Terrasse Pflaster Weg Rollrasen Oberboden "
        "Sträucher Bäume Mulch Einfassung Entwässerung Kies Zaun Rückschnitt Baustelle Zufahrt",
        "legal": "Auftragnehmer Auftraggeber Leistungen Vertrag Laufzeit Kündigung Vergütung "
        "Haftung Versicherung Änderung Leistungsverzeichnis Abnahme VOB Gewährleistung",
        "trees": "Baum Krone Stamm Ast Totholz Fäule Wurzelbereich Verkehrssicherheit "
        "Kronenpflege Fällung Erhalt Vitalität Schaden Kontrolle Standort",
        "safety": "Arbeitsbereich Motorsäge Helm Gesichtsschutz Handschuhe Verkehr Absperrung "
        "Beschilderung Rettung Kletterer Bodenpersonal Verständigung Wetter Gefährdung",
        "soil": "Probe Oberboden Bodenart Humus Nährstoffe Siebung Steine Fremdstoffe "
        "pH-Wert Salzgehalt Eignung Grenzwert Analyse Körnung",
    },
    "fr": {
        "garden": "pelouse massifs plantation haie terrasse dallage allée gazon terre végétale "
        "arbustes arbres paillage bordures drainage gravier clôture taille chantier accès",
        "legal": "prestataire client prestations contrat durée résiliation paiement "
        "responsabilité assurance avenant bordereau réception garantie obligations",
        "trees": "arbre houppier tronc branche bois mort pourriture système racinaire "
        "sécurité élagage abattage conservation vitalité défaut diagnostic",
        "safety": "zone de travail tronçonneuse casque visière gants circulation balisage "
        "signalisation secours grimpeur équipe au sol communication météo risque",
        "soil": "échantillon terre végétale texture matière organique éléments nutritifs "
        "criblage cailloux impuretés pH conductivité aptitude conformité granulométrie",
    },
}
GLUES = {
    "en": "the of and to for with on at by from this is are will be a as we your all",
    "de": "die der das und zu für mit auf von ist sind wird bei nach den dem im wir Ihre",
    "fr": "le la les et de du pour avec sur par est sont sera au aux des une nous vos",
}


def words(rng: random.Random, lang: str, topic: str = "garden", n: int | None = None) -> str:
    pool, glue = TALK[lang][topic].split(), GLUES[lang].split()
    ws = [rng.choice(pool if rng.random() < 0.5 else glue) for _ in range(n or rng.randint(7, 15))]
    text = " ".join(ws)
    return text[0].upper() + text[1:] + "."


def prose(rng: random.Random, lang: str, topic: str = "garden", lo: int = 2, hi: int = 4) -> str:
    return " ".join(words(rng, lang, topic) for _ in range(rng.randint(lo, hi)))


# ---------------------------------------------------------------------------------------------
# The firm of a stream: its country, month, gardeners, vans and clients
# ---------------------------------------------------------------------------------------------

OFFICE: dict[str, object] = {"lang": "en", "row": 0, "seed": 0, "month": date(2025, 4, 1)}
#: What the previous document was about (a companion takes up the same client or delivery).
LAST: dict[str, object] = {"kind": "", "day": None, "site": None, "extra": None}


def home() -> str:
    return str(OFFICE["lang"])


def row_no() -> int:
    return int(OFFICE["row"])  # type: ignore[call-overload]


def month() -> date:
    m = OFFICE["month"]
    assert isinstance(m, date)
    return m


def seeded(key: str) -> random.Random:
    return random.Random(zlib.crc32(f"carafe/{key}/{OFFICE['seed']}".encode()))


def keyed(who: Issuer, key: str) -> random.Random:
    """Draws fixed by the issuer, the stream's firm and ``key``: a run or a repeat keeps its
    sender."""
    return seeded(f"{key}/{who.name}/{who.street}/{who.city}")


def some_day(rng: random.Random) -> date:
    d = month() + timedelta(days=rng.randint(0, 30))
    while d.weekday() == 6:
        d += timedelta(days=1)
    return d


def after(*kinds: str) -> bool:
    return LAST["kind"] in kinds


def last_day(rng: random.Random, kinds: tuple[str, ...], lag: tuple[int, int]) -> date:
    d = LAST["day"]
    if LAST["kind"] in kinds and isinstance(d, date):
        return d + timedelta(days=rng.randint(*lag))
    return some_day(rng)


def remember(d: date, site: object = None, extra: object = None) -> None:
    LAST.update(day=d, site=site, extra=extra)


def gardeners() -> list[str]:
    """The firm's eight gardeners (the same all through a stream)."""
    r = seeded("crew")
    lg = home()
    names: list[str] = []
    while len(names) < 8:
        n = f"{r.choice(FIRSTS[lg])} {r.choice(LASTS[lg])}"
        if n not in names:
            names.append(n)
    return names


def vans() -> list[str]:
    r = seeded("vans")
    lg = home()
    if lg == "en":
        return [serial(r, "AA99 AAA") for _ in range(3)]
    if lg == "de":
        town = ["BB", "MS", "N"][row_no()]
        return [f"{town}-{serial(r, 'AA')} {r.randint(100, 9999)}" for _ in range(3)]
    return [serial(r, "AA-999-AA") for _ in range(3)]


def boss() -> str:
    r = seeded("boss")
    lg = home()
    return f"{r.choice(FIRSTS[lg])} {r.choice(LASTS[lg])}"


@dataclass
class Site:
    """A client of the firm and the garden or grounds the work is at."""

    name: str  # as a letter is addressed
    lines: list[str]  # the address block
    place: str  # the site in one line
    private: bool
    lang: str


def a_site(rng: random.Random, private: bool | None = None) -> Site:
    lg = home()
    towns = TOWNS[row_no()][lg]
    if private is None:
        private = rng.random() < 0.65
    if private:
        first, last = rng.choice(CLIENT_FIRSTS[lg]), rng.choice(CLIENT_LASTS[lg])
        name = mx(f"{first} {last}", lg)
        road = rng.choice(ROADS[lg])
        no = rng.randint(2, 88)
        street = f"{road} {no}" if lg == "de" else f"{no} {road}"
        town = rng.choice(towns)
        if lg == "en" and rng.random() < 0.4:
            house = rng.choice(["Rose Cottage", "The Old Vicarage", "Holly House", "Beech Lodge"])
            street = f"{house}, {road}"
        return Site(name, [name, street, town], f"{street}, {town}", True, lg)
    org, street = rng.choice(COMMERCIAL[lg])
    town = rng.choice(towns)
    att = mx(f"{rng.choice(CLIENT_FIRSTS[lg])} {rng.choice(CLIENT_LASTS[lg])}", lg)
    att_line = tr(lg, f"FAO {att}", f"z. Hd. {att}", f"À l'attention de {att}")
    return Site(org, [org, att_line, street, town], f"{org}, {street}, {town}", False, lg)


def site_for(rng: random.Random, kinds: tuple[str, ...], private: bool | None = None) -> Site:
    s = LAST["site"]
    if isinstance(s, Site) and after(*kinds):
        return s
    return a_site(rng, private)


def mx(name: str, lang: str) -> str:
    female = name.split()[0] in FEMALE
    if lang == "de":
        return f"{'Frau' if female else 'Herr'} {name}"
    if lang == "fr":
        return f"{'Madame' if female else 'Monsieur'} {name}"
    return f"{'Mrs' if female else 'Mr'} {name}"


def plain(name: str) -> str:
    for t in ("Mrs ", "Mr ", "Frau ", "Herr ", "Madame ", "Monsieur "):
        name = name.removeprefix(t)
    return name


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
    look: str  # band | centred | logo | boxed | plain | side | official
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
    line: str  # the trade line under the name


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
TRADE = {
    "firm": (
        "Garden design - Landscaping - Grounds maintenance",
        "Garten- und Landschaftsbau - Baumpflege - Grünpflege",
        "Création et entretien de parcs et jardins",
    ),
    "nursery": (
        "Wholesale nursery stock - trees, shrubs, hedging",
        "Baumschule - Gehölze - Stauden",
        "Pépinières - arbres, arbustes, vivaces",
    ),
    "turf": ("Cultivated turf growers", "Rollrasen-Produktion", "Production de gazon en plaques"),
    "quarry": (
        "Aggregates - topsoil - sand & gravel",
        "Kies - Sand - Schotter - Mutterboden",
        "Granulats - sables - terre végétale",
    ),
    "lab": ("UKAS accredited testing", "Akkreditiertes Prüflabor", "Laboratoire accrédité"),
    "skip": (
        "Skip hire - waste management - recycling",
        "Container - Entsorgung - Recycling",
        "Location de bennes - collecte - recyclage",
    ),
    "compost": ("Green waste recycling", "Grüngutannahme - Kompost", "Valorisation déchets verts"),
    "dealer": (
        "Groundcare machinery - sales, service, parts",
        "Motorgeräte - Verkauf - Werkstatt",
        "Motoculture - vente - atelier",
    ),
    "arb": (
        "Arboricultural consultants",
        "Öffentlich bestellte Sachverständige für Baumpflege",
        "Expertise arboricole",
    ),
    "treecare": (
        "Tree surgery - felling - stump grinding",
        "Baumpflege - Fällung",
        "Élagage - abattage",
    ),
    "trainer": ("Land-based training", "Bildung und Prävention", "Formation professionnelle"),
}
LOOKS = ["band", "centred", "logo", "boxed", "plain", "side"]


def legal_lines(r: random.Random, name: str, lang: str, role: str) -> list[str]:
    if role in ("council", "registry", "examiner"):
        return []
    if lang == "de":
        bank = r.choice(
            ["Kreissparkasse Böblingen", "Sparkasse Münsterland Ost", "VR Bank", "GLS Bank"]
        )
        out = [
            f"{bank} - IBAN DE{r.randint(10, 99)} {r.randint(1000, 9999)} {r.randint(1000, 9999)} "
            f"{r.randint(1000, 9999)} {r.randint(1000, 9999)} {r.randint(10, 99)} - USt-IdNr. "
            f"DE{r.randint(100000000, 999999999)}"
        ]
        if "GmbH" in name or "KG" in name:
            out.insert(
                0,
                f"Registergericht: Amtsgericht "
                f"{r.choice(['Stuttgart', 'Münster', 'Nürnberg', 'Oldenburg'])} HRB "
                f"{r.randint(1000, 99999)} - Geschäftsführer: "
                + r.choice(["Dieter Lindner", "Ralf Schröder", "Anja Wieland", "Jens Ortmann"]),
            )
        return out
    if lang == "fr":
        out = [
            f"{name} - SIRET {r.randint(300, 899)} {r.randint(100, 999)} {r.randint(100, 999)} "
            f"{r.randint(10000, 99999)} - APE "
            f"{r.choice(['8130Z', '0130Z', '4673A', '3811Z', '4661Z'])}"
        ]
        if r.random() < 0.7:
            out.append(
                f"TVA FR{r.randint(10, 99)} {r.randint(100, 999)} {r.randint(100, 999)} "
                f"{r.randint(100, 999)} - RCS "
                f"{r.choice(['Angers', 'Avignon', 'Strasbourg', 'Nantes'])}"
            )
        return out
    out = []
    if "Ltd" in name or "plc" in name:
        out.append(f"Registered in England & Wales No. {r.randint(3000000, 13999999):08d}")
    if r.random() < 0.7:
        out.append(f"VAT No. GB {r.randint(100, 999)} {r.randint(1000, 9999)} {r.randint(10, 99)}")
    if role in ("firm", "treecare") and r.random() < 0.6:
        out.append(
            r.choice(
                ["BALI member", "APL registered", "ARB Approved Contractor", "CHAS accredited"]
            )
        )
    return [" - ".join(out)] if out else []


def make_head(row: Row, lang: str, role: str) -> Head:
    """The paper habits of the sender ``row``: the same all through one stream."""
    name, street, town, phone = row
    r = random.Random(zlib.crc32(f"carafe/head/{name}/{OFFICE['seed']}".encode()))
    font, bold = r.choice(FACES)
    host = "".join(c for c in name.lower().split()[0] if c.isalpha() and c.isascii())[:12]
    tld = {"en": "co.uk", "de": "de", "fr": "fr"}[lang]
    looks = LOOKS
    if role in ("council", "registry", "examiner"):
        looks = ["official"]
        font, bold = (
            ("Helvetica", "Helvetica-Bold") if r.random() < 0.7 else ("Times-Roman", "Times-Bold")
        )
    trade = TRADE.get(role)
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
        dates=r.choice(["short", "long"] + (["short"] if lang == "en" else [])),
        mail=f"{r.choice(['info', 'office', 'sales', 'accounts'])}@{host or 'mail'}.{tld}"
        if r.random() < 0.75 and role not in ("council", "registry")
        else "",
        line=tr(lang, *trade) if trade and r.random() < 0.7 else "",
    )


def firm_head() -> Head:
    return make_head(FIRMS[home()][row_no()], home(), "firm")


def local_head(role: str) -> Head:
    rows = LOCAL[role][home()]
    return make_head(rows[row_no() % len(rows)], home(), role)


def head_of(who: Issuer, role: str, abroad: float = 0.0) -> Head:
    """The ``role`` sender of ``who`` (the same for the same issuer and firm), of the firm's
    country or, with odds ``abroad``, of another."""
    r = keyed(who, role)
    lang = home()
    if r.random() < abroad:
        lang = r.choice([x for x in ("en", "de", "fr") if x != lang and x in SENDERS[role]])
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
    """A circle drawn as a polygon (stamps, trees on a plan)."""
    pts = [
        (cx + r * math.cos(2 * math.pi * k / steps), cy + r * math.sin(2 * math.pi * k / steps))
        for k in range(steps + 1)
    ]
    for (x1, y1), (x2, y2) in itertools.pairwise(pts):
        p.line(x1, y1, x2, y2)


def seal(p: Page, cx: float, cy: float, r: float, top: str, mid: str) -> None:
    """A round rubber stamp: two rings and the wording inside."""
    ring(p, cx, cy, r)
    ring(p, cx, cy, r - 3)
    pt = shrink(top, "Helvetica", 6.5, r * 1.5)
    p.text(cx, cy - r * 0.35, fit(top, "Helvetica", pt, r * 1.5), "Helvetica", pt, "center")
    pt2 = shrink(mid, "Helvetica-Bold", 7, r * 1.4)
    p.text(
        cx, cy + r * 0.45, fit(mid, "Helvetica-Bold", pt2, r * 1.4), "Helvetica-Bold", pt2, "center"
    )


def emblem(p: Page, x: float, y: float) -> None:
    """A small crest of an authority: a shield outline with bars."""
    p.line(x, y, x + 22, y)
    p.line(x, y, x, y + 16)
    p.line(x + 22, y, x + 22, y + 16)
    p.line(x, y + 16, x + 11, y + 26)
    p.line(x + 22, y + 16, x + 11, y + 26)
    for k in range(3):
        p.rect(x + 4 + k * 5.5, y + 4, 3, 12, fill=0.2)


def leaf(p: Page, x: float, y: float, size: float = 26) -> None:
    """A simple leaf mark: a box with a diagonal vein and side veins (a firm's logo)."""
    p.rect(x, y, size, size, fill=0.25)
    p.rect(x + 3, y + 3, size - 6, size - 6, fill=0.92)
    p.line(x + 5, y + size - 5, x + size - 5, y + 5)
    for k in range(1, 4):
        t = k / 4
        cx, cy = x + 5 + t * (size - 10), y + size - 5 - t * (size - 10)
        p.line(cx, cy, cx - 4, cy - 6)
        p.line(cx, cy, cx + 6, cy + 4)


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
        p.rect(0, y - 14, w, 26, fill=0.78)
        pt = shrink(h.name.upper(), h.bold, 12, w - 2 * m)
        p.text(m, y + 3, h.name.upper(), h.bold, pt)
        p.text(m, y + 24, fit(f"{where}   {contact}", h.font, 7, w - 2 * m), h.font, 7)
        if h.line:
            p.text(m, y + 33, fit(h.line, italic_of(h.font), 7, w - 2 * m), italic_of(h.font), 7)
        return y + 52
    if h.look == "centred":
        pt = shrink(h.name, h.bold, s.size + 6, w - 2 * m)
        p.text(w / 2, y + 2, h.name, h.bold, pt, "center")
        it = italic_of(h.font)
        p.text(w / 2, y + 14, fit(h.line or where, it, 7.5, w - 2 * m), it, 7.5, "center")
        p.text(
            w / 2,
            y + 23,
            fit(f"{where}  {contact}" if h.line else contact, h.font, 7, w - 2 * m),
            h.font,
            7,
            "center",
        )
        p.line(m, y + 29, w - m, y + 29)
        return y + 50
    if h.look == "logo":
        leaf(p, m, y - 12, 30)
        p.text(m + 38, y + 2, fit(h.name, h.bold, s.size + 3, w / 2), h.bold, s.size + 3)
        if h.line:
            p.text(m + 38, y + 13, fit(h.line, italic_of(h.font), 7, w / 2), italic_of(h.font), 7)
        yy = y - 6
        for t in (h.street, h.town, tel, h.mail):
            if t:
                p.text(w - m, yy, fit(t, h.font, 7, w * 0.3), h.font, 7, "right")
                yy += 8.5
        return max(yy, y + 22) + 20
    if h.look == "boxed":
        bw = min(w - 2 * m, 270.0)
        p.rect(m, y - 12, bw, 40)
        p.text(m + 6, y + 2, fit(h.name, h.bold, s.size + 1.5, bw - 12), h.bold, s.size + 1.5)
        p.text(m + 6, y + 13, fit(where, h.font, 7, bw - 12), h.font, 7)
        if contact:
            p.text(m + 6, y + 22, fit(contact, h.font, 7, bw - 12), h.font, 7)
        return y + 48
    if h.look == "side":
        pt = shrink(h.name, h.bold, s.size + 4, w * 0.6 - m)
        p.text(m, y + 4, h.name, h.bold, pt)
        p.text(m, y + 15, fit(h.line, italic_of(h.font), 7.5, w * 0.6 - m), italic_of(h.font), 7.5)
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
    p.rect(m, y + 10, w - 2 * m, 2, fill=0.3)
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
    parts = [t for t in plain(name).replace("-", " ").replace(".", " ").split() if t] or ["X"]
    text = f"{parts[0][0]}{parts[-1][:8]}" if len(parts) > 1 else parts[0]
    p.text(x + 2, y - 1, text, INK, pt)
    end = x + 6 + tw(text, INK, pt)
    p.line(end - 4, y - 2, end + 12, y - 9)
    p.line(x, y + 2, end - 8, y + 1)


def staff(h: Head, tag: str) -> str:
    r = random.Random(zlib.crc32(f"carafe/staff/{tag}/{h.name}/{OFFICE['seed']}".encode()))
    lg = h.lang
    return f"{r.choice(FIRSTS[lg] + CLIENT_FIRSTS[lg])} {r.choice(LASTS[lg] + CLIENT_LASTS[lg])}"


def initials(name: str) -> str:
    return "".join(t[0] for t in plain(name).split())


def received(rng: random.Random, p: Page, lang: str, d: date, odds: float = 0.3) -> None:
    """Now and then the firm's received stamp on a first page."""
    if rng.random() < odds:
        w, _ = p.size
        stamp(
            p,
            rng.uniform(w * 0.3, w - 180),
            rng.uniform(150, 260),
            [
                tr(lang, "RECEIVED", "EINGEGANGEN", "REÇU LE"),
                short(d + timedelta(days=rng.randint(1, 4)), lang),
                rng.choice(["", tr(lang, "Office", "Büro", "Bureau"), initials(boss())]),
            ],
        )


def recipient(
    f: Sheets, s: Style, h: Head, lines: list[str], d: date, refs: list[tuple[str, str]]
) -> None:
    w, _ = f.size
    y0 = f.y
    below = window(
        f.page, s, h if h.look in ("plain", "band", "logo", "official") else None, y0, lines
    )
    yy = pairs(
        f.page,
        s,
        w * 0.56,
        y0,
        [*refs, (tr(h.lang, "Date", "Datum", "Date"), day_of(h, d))],
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
        rows.append((tr(lg, f"VAT {rate:g}%", f"zzgl. {rate:g} % USt.", f"TVA {rate:g} %"), tax))
    rows.append((tr(lg, "Total due", "Rechnungsbetrag", "Total TTC"), net + tax))
    for k, (t, v) in enumerate(rows):
        font = s.bold if k == len(rows) - 1 else s.font
        f.page.text(w * 0.56, f.y, t, font, s.size)
        f.page.text(w - m, f.y, cash(v, lg), font, s.size, "right")
        f.y += s.size * 1.5
    if note:
        f.y += 4
        write(f, s, note, s.size - 1.5)
    return net + tax


def vat(lang: str) -> float:
    return {"en": 20.0, "de": 19.0, "fr": 20.0}[lang]


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


def hand_lines(
    p: Page, x: float, y: float, w: float, text: str, pt: float = 10, step: float = 15
) -> float:
    """``text`` written by hand over ``w``: the y below."""
    for ln in wrap(text, HAND, pt, w):
        p.text(x, y, ln, HAND, pt)
        y += step
    return y


def ruled(p: Page, x0: float, x1: float, y: float, n: int, step: float = 16) -> None:
    for k in range(n):
        p.line(x0, y + k * step, x1, y + k * step)


def boss_role(lg: str) -> str:
    return tr(lg, "Director", "Geschäftsführer", "Gérant")


def hand_date(d: date, lg: str) -> str:
    return f"{d.day}/{d.month}/{d.year % 100:02d}" if lg == "en" else short(d, lg)


# ---------------------------------------------------------------------------------------------
# Templates CCC: the firm's quotations, contracts and invoices, and the clients' replies
# ---------------------------------------------------------------------------------------------

# (English, German, French, units en/de/fr, rate low, rate high)
WORKS: list[tuple[str, str, str, str, str, str, int, int]] = [
    (
        "Excavate existing lawn and remove spoil",
        "Rasen abtragen, Aushub abfahren",
        "Décapage de la pelouse et évacuation",
        "m2",
        "m²",
        "m²",
        8,
        14,
    ),
    (
        "Type 1 sub-base, 100mm compacted",
        "Schottertragschicht 0/32, 20 cm verdichtet",
        "Grave 0/31,5 compactée, ép. 20 cm",
        "m2",
        "m²",
        "m²",
        9,
        16,
    ),
    (
        "Indian sandstone paving 22mm on full mortar bed",
        "Natursteinplatten 60x40 im Splittbett verlegen",
        "Dallage pierre naturelle sur lit de mortier",
        "m2",
        "m²",
        "m²",
        65,
        98,
    ),
    (
        "Block edging to patio, haunched in concrete",
        "Rasenkantensteine in Beton setzen",
        "Bordures béton posées sur lit de béton",
        "m",
        "m",
        "ml",
        18,
        29,
    ),
    (
        "Cultivated turf incl. cultivation and levelling",
        "Rollrasen inkl. Feinplanum liefern und verlegen",
        "Gazon en plaques y compris préparation du sol",
        "m2",
        "m²",
        "m²",
        9,
        15,
    ),
    (
        "Screened topsoil, spread and levelled 150mm",
        "Oberboden liefern und andecken, 15 cm",
        "Apport de terre végétale criblée, 15 cm",
        "m3",
        "m³",
        "m³",
        55,
        88,
    ),
    (
        "1.8m closeboard fence, concrete posts and gravel boards",
        "Doppelstabmattenzaun H 1,40 m inkl. Pfosten",
        "Clôture panneaux rigides H 1,50 m",
        "m",
        "m",
        "ml",
        70,
        115,
    ),
    (
        "Shrubs 3L planted with compost and mulch",
        "Sträucher C3 liefern und pflanzen",
        "Arbustes C3, fourniture et plantation",
        "nr",
        "Stk",
        "u",
        12,
        22,
    ),
    (
        "Standard tree 10-12cm, staked, tied and guarded",
        "Hochstamm 12-14 mit Dreibock pflanzen",
        "Arbre tige 10/12, tuteurage tripode",
        "nr",
        "Stk",
        "u",
        140,
        260,
    ),
    (
        "Raised bed in oak sleepers, 2.4 x 1.2m",
        "Hochbeet Cortenstahl 2,0 x 1,0 m",
        "Bac potager bois 2,0 x 1,0 m",
        "nr",
        "Stk",
        "u",
        380,
        720,
    ),
    (
        "Land drain, 100mm perforated pipe in gravel trench",
        "Drainage DN 100 im Kiesbett verlegen",
        "Drain Ø100 en tranchée drainante",
        "m",
        "m",
        "ml",
        22,
        38,
    ),
    (
        "Bark mulch to borders 75mm",
        "Rindenmulch aufbringen, 7 cm",
        "Paillage écorces de pin, 7 cm",
        "m2",
        "m²",
        "m²",
        6,
        10,
    ),
    (
        "20mm gravel on weed membrane",
        "Kiesfläche 16/32 auf Vlies",
        "Gravier roulé 8/16 sur géotextile",
        "m2",
        "m²",
        "m²",
        18,
        28,
    ),
    (
        "Hedge, bare-root whips 5/m, double staggered row",
        "Heckenpflanzung Hainbuche 3 Stk/m",
        "Haie champêtre, 3 plants/ml",
        "m",
        "m",
        "ml",
        16,
        26,
    ),
    (
        "Remove conifers and grind out stumps",
        "Thujahecke roden, Wurzelstöcke fräsen",
        "Arrachage de thuyas et rognage des souches",
        "item",
        "psch",
        "forfait",
        350,
        900,
    ),
    (
        "Skip hire and disposal of green waste",
        "Containergestellung und Entsorgung Grüngut",
        "Location de benne et évacuation des déchets verts",
        "item",
        "psch",
        "forfait",
        240,
        420,
    ),
]
AREAS = {
    "en": [
        "Front garden",
        "Rear patio",
        "Lawn",
        "Side return",
        "Borders",
        "Boundary",
        "Vegetable garden",
    ],
    "de": [
        "Vorgarten",
        "Terrasse",
        "Rasenfläche",
        "Seitenweg",
        "Pflanzbeete",
        "Einfriedung",
        "Gemüsegarten",
    ],
    "fr": [
        "Jardin avant",
        "Terrasse",
        "Pelouse",
        "Allée latérale",
        "Massifs",
        "Clôture",
        "Potager",
    ],
}
# botanical name, kind (p perennial, s shrub, t tree, h hedging)
PLANTS = [
    ("Acer campestre 'Elsrijk'", "t"),
    ("Amelanchier lamarckii", "t"),
    ("Betula utilis var. jacquemontii", "t"),
    ("Malus 'Evereste'", "t"),
    ("Sorbus aucuparia", "t"),
    ("Carpinus betulus", "h"),
    ("Fagus sylvatica", "h"),
    ("Taxus baccata", "h"),
    ("Ligustrum ovalifolium", "h"),
    ("Lavandula angustifolia 'Hidcote'", "p"),
    ("Geranium 'Rozanne'", "p"),
    ("Nepeta x faassenii", "p"),
    ("Salvia nemorosa 'Caradonna'", "p"),
    ("Alchemilla mollis", "p"),
    ("Pennisetum alopecuroides 'Hameln'", "p"),
    ("Hydrangea paniculata 'Limelight'", "s"),
    ("Viburnum tinus 'Eve Price'", "s"),
    ("Buxus sempervirens", "s"),
    ("Prunus lusitanica 'Angustifolia'", "s"),
    ("Hebe 'Green Globe'", "s"),
    ("Cornus alba 'Sibirica'", "s"),
    ("Rosa 'The Generous Gardener'", "s"),
    ("Miscanthus sinensis 'Gracillimus'", "p"),
    ("Pittosporum tenuifolium", "s"),
]
SIZES = {
    "en": {
        "p": ["9cm", "2L", "3L"],
        "s": ["3L", "5L", "10L 40-60"],
        "t": ["10-12cm RB", "8-10cm C35", "175-200 C20"],
        "h": ["60-90 BR", "40-60 BR", "80-100 RB"],
    },
    "de": {
        "p": ["P9", "C2", "C3"],
        "s": ["C3", "C5 40-60", "C10"],
        "t": ["H 3xv mB 12-14", "H 3xv mB 10-12", "Sol. 3xv 175-200"],
        "h": ["lHei. 60-100", "Hei. 100-125", "3xv mB 80-100"],
    },
    "fr": {
        "p": ["G9", "C2", "C3"],
        "s": ["C3", "C5 40/60", "C10"],
        "t": ["tige 10/12 RN", "tige 8/10 C35", "cépée 175/200"],
        "h": ["jeune plant 60/90", "baliveau 100/125", "RN 80/100"],
    },
}


def quote_no(rng: random.Random) -> str:
    y = month().year
    return rng.choice(
        [
            f"Q{y % 100}-{rng.randint(100, 480)}",
            f"QU-{rng.randint(2100, 4800)}",
            f"{y}/{rng.randint(40, 390):03d}",
        ]
    )


def tpl_quotation(rng: random.Random, who: Issuer) -> list[Page]:
    """The firm's garden quotation to a private client: a covering letter, the schedule of
    works by area with quantities, rates and the total, now and then a planting plan on a
    landscape page, the terms and a form of acceptance."""
    h = firm_head()
    lg = h.lang
    s = style_of(h)
    w, hh = s.page_size
    m = s.margin
    site = a_site(rng, private=rng.random() < 0.85)
    d = some_day(rng)
    qno = quote_no(rng)
    title = tr(lg, "Quotation", "Angebot", "Devis")
    f = sheets(s, h, f"{h.name} - {title} {qno} - {site.place}")
    boss_name = boss()
    if rng.random() < 0.7:
        recipient(f, s, h, site.lines, d, [(tr(lg, "Our ref", "Unser Zeichen", "Notre réf."), qno)])
        subj = tr(
            lg,
            f"Re: Proposed garden works at {site.place}",
            f"Angebot Gartenumgestaltung, {site.place}",
            f"Objet : aménagement de votre jardin, {site.place}",
        )
        f.page.text(m, f.y, fit(subj, s.bold, s.size, w - 2 * m), s.bold, s.size)
        f.y += s.size * 2.2
        write(f, s, dear(lg, site.name if site.private else None))
        write(
            f,
            s,
            tr(
                lg,
                "Thank you for showing us round on "
                f"{day_of(h, d - timedelta(days=rng.randint(4, 15)))}. "
                "Following our visit, please find enclosed our quotation for the works we "
                "discussed.",
                "vielen Dank für das freundliche Gespräch bei Ihnen vor Ort am "
                f"{short(d - timedelta(days=rng.randint(4, 15)), lg)}. "
                "Wie besprochen erhalten Sie anbei unser Angebot.",
                f"Suite à notre visite du {short(d - timedelta(days=rng.randint(4, 15)), lg)}, "
                "nous avons le plaisir "
                "de vous adresser ci-joint notre devis pour les travaux évoqués.",
            ),
        )
        write(f, s, prose(rng, lg, "garden", 2, 4))
        write(
            f,
            s,
            tr(
                lg,
                "We could start in week "
                f"{(d + timedelta(days=rng.randint(14, 50))).isocalendar()[1]} and expect the "
                f"works to take about {rng.randint(3, 15)} working days, weather permitting.",
                "Ein Baubeginn wäre in KW "
                f"{(d + timedelta(days=rng.randint(14, 50))).isocalendar()[1]} möglich; die "
                f"Ausführungszeit beträgt ca. {rng.randint(3, 15)} Arbeitstage "
                "(witterungsabhängig).",
                "Nous pourrions intervenir à partir de la semaine "
                f"{(d + timedelta(days=rng.randint(14, 50))).isocalendar()[1]} "
                f"pour une durée d'environ {rng.randint(3, 15)} jours ouvrés, selon la météo.",
            ),
        )
        regards(f, s, lg, boss_name, boss_role(lg))
        f.page.text(
            m, hh - m - 7 * len(h.foot) - 10, tr(lg, "Enc.", "Anlage", "P.J."), s.font, s.size - 1
        )
        f.new_page()
    caption(f, s, f"{title.upper()} {qno}", 4)
    f.y = fields(
        f.page,
        s,
        m,
        f.y,
        w - 2 * m,
        [
            (tr(lg, "Client", "Auftraggeber", "Client"), plain(site.name)),
            (tr(lg, "Site", "Baustelle", "Chantier"), site.place),
            (tr(lg, "Date", "Datum", "Date"), short(d, lg)),
            (
                tr(lg, "Valid until", "Gültig bis", "Validité"),
                short(d + timedelta(days=rng.choice([30, 60, 90])), lg),
            ),
        ],
        per=2,
        tall=24,
        hand=False,
    )
    cols = columns(
        m,
        w - m,
        [
            (0.5, "left"),
            (5.5, "left"),
            (0.8, "right"),
            (0.8, "center"),
            (1.1, "right"),
            (1.3, "right"),
        ],
    )
    net = 0.0
    areas = rng.sample(AREAS[lg], rng.randint(1, 4))
    pos = 0
    for a_no, area in enumerate(areas, 1):
        f.heading(m, f"{a_no}. {area}", s.bold, s.size)
        rows = []
        for it in rng.sample(WORKS, rng.randint(2, 5)):
            pos += 1
            unit = it[3 + ["en", "de", "fr"].index(lg)]
            q = (
                1
                if unit in ("item", "psch", "forfait")
                else (rng.randint(2, 18) if unit in ("nr", "Stk", "u") else rng.randint(4, 85))
            )
            rate = rng.randint(it[6], it[7]) + rng.choice([0, 0.5])
            net += q * rate
            rows.append(
                [
                    f"{a_no}.{len(rows) + 1}",
                    it[{"en": 0, "de": 1, "fr": 2}[lg]],
                    str(q),
                    unit,
                    money(rate, lg),
                    money(q * rate, lg),
                ]
            )
        table(
            f,
            cols,
            [
                tr(lg, "Item", "Pos.", "Poste"),
                tr(lg, "Description", "Leistung", "Désignation"),
                tr(lg, "Qty", "Menge", "Qté"),
                tr(lg, "Unit", "Einh.", "U."),
                tr(lg, "Rate", "EP", "PU HT"),
                tr(lg, "Amount", "GP", "Total HT"),
            ],
            rows,
            s,
            rules=rng.random() < 0.5,
        )
    totals(f, s, lg, round(net, 2), vat(lg))
    f.y += 6
    f.heading(m, tr(lg, "Notes and exclusions", "Hinweise", "Observations"), s.bold, s.size - 0.5)
    for t in [
        tr(
            lg,
            "Price includes all labour, plant, materials and disposal unless stated.",
            "Preise inkl. Lohn, Geräte, Material und Entsorgung, soweit nicht anders angegeben.",
            "Prix comprenant main-d'oeuvre, matériel, fournitures et évacuation sauf mention "
            "contraire.",
        ),
        tr(
            lg,
            "Excludes removal of buried obstructions, services diversion and planning fees.",
            "Nicht enthalten: Beseitigung unvorhergesehener Hindernisse im Boden, "
            "Leitungsarbeiten.",
            "Hors dépose d'obstacles enterrés et dévoiement de réseaux.",
        ),
        tr(
            lg,
            "A deposit of 25% is payable on acceptance, the balance on completion.",
            "Zahlung: 30 % Abschlag bei Auftragserteilung, Rest nach Abnahme.",
            "Acompte de 30 % à la commande, solde à réception des travaux.",
        ),
        prose(rng, lg, "garden", 1, 1),
    ][: rng.randint(2, 4)]:
        f.para(m + 10, w - 2 * m - 10, "- " + t, s.font, s.size - 1, 0.3)
    pages = f.pages
    if rng.random() < 0.45:
        pages.append(planting_plan(rng, h, site, qno, d))
    if rng.random() < 0.4:
        heads = {
            "en": [
                "Definitions",
                "Quotation validity",
                "Deposit and payment",
                "Variations",
                "Access and services",
                "Plants and guarantee",
                "Turf aftercare",
                "Weather",
                "Waste",
                "Ownership of goods",
                "Cancellation",
                "Complaints",
            ],
            "de": [
                "Geltung",
                "Angebotsbindung",
                "Zahlung",
                "Nachträge",
                "Zufahrt und Leitungen",
                "Anwuchsgarantie",
                "Fertigstellungspflege",
                "Witterung",
                "Entsorgung",
                "Eigentumsvorbehalt",
                "Widerrufsrecht",
                "Gerichtsstand",
            ],
            "fr": [
                "Objet",
                "Validité du devis",
                "Acompte et paiement",
                "Travaux supplémentaires",
                "Accès et réseaux",
                "Garantie de reprise",
                "Entretien du gazon",
                "Intempéries",
                "Déchets",
                "Réserve de propriété",
                "Droit de rétractation",
                "Litiges",
            ],
        }[lg]
        pages.append(
            small_print(
                rng,
                s,
                h,
                tr(
                    lg,
                    "Terms and conditions of business",
                    "Allgemeine Geschäftsbedingungen",
                    "Conditions générales de vente",
                ),
                heads,
            )
        )
    if rng.random() < 0.5:
        pages.append(acceptance(rng, s, h, site, qno, net))
    out = close(pages, s, h)
    remember(d, site, qno)
    return out


def planting_plan(rng: random.Random, h: Head, site: Site, qno: str, d: date) -> Page:
    """A planting plan drawing on landscape A4: the plot, the house, beds with plant codes,
    trees as circles, a plant key and a title block."""
    lg = h.lang
    w, hh = landscape(A4)
    p = Page((w, hh))
    m = 30.0
    p.rect(m, m, w - 2 * m, hh - 2 * m)
    kx = w - m - 200
    p.line(kx, m, kx, hh - m)
    # the plot
    px0, py0, px1, py1 = m + 30, m + 40, kx - 30, hh - m - 40
    p.rect(px0, py0, px1 - px0, py1 - py0)
    hw = (px1 - px0) * rng.uniform(0.45, 0.7)
    p.rect(px0 + 20, py0, hw, 60, fill=0.85)
    p.text(
        px0 + 20 + hw / 2,
        py0 + 34,
        tr(lg, "HOUSE", "WOHNHAUS", "MAISON"),
        "Helvetica-Bold",
        10,
        "center",
    )
    pat_h = rng.uniform(50, 80)
    p.rect(px0 + 20, py0 + 60, hw, pat_h)
    for k in range(1, int(hw // 24)):
        p.line(px0 + 20 + k * 24, py0 + 60, px0 + 20 + k * 24, py0 + 60 + pat_h)
    p.text(
        px0 + 26,
        py0 + 60 + pat_h / 2,
        tr(lg, "PATIO (sandstone)", "TERRASSE", "TERRASSE"),
        "Helvetica",
        7,
    )
    p.text(
        (px0 + px1) / 2,
        (py0 + py1) / 2 + 50,
        tr(lg, "LAWN", "RASEN", "PELOUSE"),
        "Helvetica",
        11,
        "center",
    )
    plants = rng.sample(PLANTS, rng.randint(7, 12))
    codes = []
    for k, (name, kind) in enumerate(plants):
        code = "".join(t[0] for t in name.replace("'", "").split()[:2]).upper() + str(k + 1)
        codes.append(
            (
                code,
                name,
                rng.choice(SIZES[lg][kind]),
                {"t": rng.randint(1, 2), "h": rng.randint(20, 60)}.get(kind, rng.randint(3, 15)),
                kind,
            )
        )
    # border beds along the sides and the bottom
    beds = [
        (px0 + 4, py0 + 140, 40, py1 - py0 - 150),
        (px1 - 44, py0 + 70, 40, py1 - py0 - 80),
        (px0 + 50, py1 - 44, px1 - px0 - 100, 40),
    ]
    for bx, by, bw, bh in beds:
        p.rect(bx, by, bw, bh, fill=0.93)
        p.rect(bx, by, bw, bh)
    for code, _, _, qty, kind in codes:
        if kind == "t":
            cx, cy = rng.uniform(px0 + 80, px1 - 80), rng.uniform(py0 + 170, py1 - 80)
            r = rng.uniform(16, 28)
            ring(p, cx, cy, r)
            p.text(cx, cy + 3, code, "Helvetica", 6.5, "center")
        else:
            bx, by, bw, bh = rng.choice(beds)
            tx = bx + rng.uniform(2, max(3.0, bw - 30))
            ty = by + rng.uniform(10, max(11.0, bh - 4))
            p.text(tx, ty, f"{qty} {code}", "Helvetica", 6, "left")
    # north arrow and scale
    p.line(px1 - 20, py0 + 30, px1 - 20, py0 + 8)
    p.line(px1 - 20, py0 + 8, px1 - 25, py0 + 16)
    p.line(px1 - 20, py0 + 8, px1 - 15, py0 + 16)
    p.text(px1 - 20, py0 + 40, "N", "Helvetica-Bold", 9, "center")
    for k in range(5):
        p.rect(px0 + k * 20, py1 + 14, 20, 5, fill=0.1 if k % 2 == 0 else None)
    p.text(px0, py1 + 30, "0     1     2     3     4     5 m", "Helvetica", 6.5)
    # key
    y = m + 18
    p.text(
        kx + 8, y, tr(lg, "PLANT SCHEDULE", "PFLANZLISTE", "PALETTE VÉGÉTALE"), "Helvetica-Bold", 9
    )
    y += 14
    for code, name, size, qty, _ in codes:
        p.text(kx + 8, y, code, "Helvetica-Bold", 6.5)
        p.text(kx + 38, y, fit(name, "Helvetica-Oblique", 6.5, 112), "Helvetica-Oblique", 6.5)
        p.text(kx + 192, y, str(qty), "Helvetica", 6.5, "right")
        p.text(kx + 38, y + 7.5, size, "Helvetica", 5.5)
        y += 17
    # title block
    tb = hh - m - 120
    p.line(kx, tb, w - m, tb)
    rows = [
        (h.name, "Helvetica-Bold", 8),
        (tr(lg, "Client: ", "Bauherr: ", "Client : ") + plain(site.name), "Helvetica", 7),
        (site.place, "Helvetica", 6.5),
        (
            tr(lg, "Drawing: Planting plan", "Plan: Pflanzplan", "Plan : plan de plantation"),
            "Helvetica-Bold",
            7.5,
        ),
        (
            f"{tr(lg, 'Dwg no.', 'Plan-Nr.', 'N° plan')} {qno}-PP01 "
            f"{rng.choice(['', 'rev A', 'rev B'])}",
            "Helvetica",
            7,
        ),
        (
            f"{tr(lg, 'Scale', 'Maßstab', 'Échelle')} 1:{rng.choice([50, 100, 100, 200])} @ A4 / "
            f"{tr(lg, 'Date', 'Datum', 'Date')} {short(d, lg)}",
            "Helvetica",
            7,
        ),
        (
            f"{tr(lg, 'Drawn', 'Gez.', 'Dessiné')}: {''.join(t[0] for t in boss().split())}",
            "Helvetica",
            7,
        ),
    ]
    for k, (t, f_, pt) in enumerate(rows):
        p.text(kx + 8, tb + 14 + k * 14, fit(t, f_, pt, 184), f_, pt)
    return p


def acceptance(rng: random.Random, s: Style, h: Head, site: Site, qno: str, net: float) -> Page:
    """A form of acceptance to sign and return (blank: the client has not filled it in yet)."""
    lg = h.lang
    w, _hh = s.page_size
    m = s.margin
    p = Page(s.page_size)
    y = heading(p, s, h) if rng.random() < 0.5 else m
    p.text(
        w / 2,
        y + 6,
        tr(lg, "FORM OF ACCEPTANCE", "AUFTRAGSERTEILUNG", "BON POUR ACCORD"),
        s.bold,
        s.size + 4,
        "center",
    )
    y += 34
    for t in wrap(
        tr(
            lg,
            f"I/We accept your quotation {qno} for the works at {site.place} in the sum of "
            f"{cash(net * (1 + vat(lg) / 100), lg)} including VAT, and the terms and conditions "
            "attached.",
            f"Hiermit beauftrage(n) ich/wir Sie gemäß Ihrem Angebot {qno} über "
            f"{cash(net * (1 + vat(lg) / 100), lg)} brutto "
            "mit den beschriebenen Leistungen zu Ihren Allgemeinen Geschäftsbedingungen.",
            f"Je soussigné(e) accepte le devis n° {qno} d'un montant de "
            f"{cash(net * (1 + vat(lg) / 100), lg)} TTC "
            "et les conditions générales de vente jointes.",
        ),
        s.font,
        s.size,
        w - 2 * m,
    ):
        p.text(m, y, t, s.font, s.size)
        y += s.size * 1.5
    y += 10
    y = ticks(
        p,
        s,
        m,
        y,
        w - 2 * m,
        [
            tr(lg, "Please proceed", "Ausführung wie angeboten", "Bon pour exécution"),
            tr(lg, "Please call me to discuss", "Bitte um Rückruf", "Merci de me rappeler"),
            tr(
                lg,
                "Deposit paid by bank transfer",
                "Abschlag wird überwiesen",
                "Acompte versé par virement",
            ),
        ],
        set(),
        9,
    )
    y += 14
    for cap in [
        tr(lg, "Name", "Name", "Nom"),
        tr(lg, "Signature", "Unterschrift", "Signature"),
        tr(lg, "Date", "Datum", "Date"),
        tr(lg, "Preferred start date", "Wunschtermin", "Date souhaitée"),
        tr(lg, "Telephone", "Telefon", "Téléphone"),
    ]:
        p.text(m, y, cap, s.font, s.size)
        p.line(m + 130, y + 2, w - m, y + 2)
        y += 30
    y += 10
    p.text(
        m,
        y,
        tr(
            lg,
            f"Please return to {h.name}, {h.street}, {h.town}",
            f"Bitte zurück an {h.name}, {h.street}, {h.town}",
            f"À retourner à {h.name}, {h.street}, {h.town}",
        ),
        italic_of(s.font),
        s.size - 1.5,
    )
    if lg == "fr":
        y += 30
        p.text(
            m, y, "Mention manuscrite « Bon pour accord », date et signature.", s.font, s.size - 1.5
        )
    return p


def tpl_client_note(rng: random.Random, who: Issuer) -> list[Page]:
    """A client's reply about a quotation or the works: a handwritten note card or letter, or
    a printed e-mail."""
    site = site_for(rng, ("quotation",), private=True)
    lg = site.lang
    qno = LAST["extra"] if after("quotation") and isinstance(LAST["extra"], str) else quote_no(rng)
    d = last_day(rng, ("quotation",), (3, 16))
    firm = firm_head()
    person = plain(site.name)
    first = person.split()[0]
    contact = boss().split()[0]
    msgs = {
        "en": [
            f"Thank you for your quotation {qno}. We are happy to go ahead. Could you let us know "
            "when you can start? We are away from the 14th for a week.",
            "Thanks for the quote. We would like to leave out the raised beds for now and have "
            "the patio a little larger - could you revise the price?",
            "We have decided to go ahead with the lawn and the fence but not the paving this "
            "year. Please ring me to arrange a start date.",
            "Sorry to be a nuisance but the gate latch has broken again since your men were here. "
            "Could somebody call in when next passing?",
            "I enclose a cheque for the deposit as requested. Many thanks to Gary and the team, "
            "the hedge looks splendid.",
        ],
        "de": [
            f"vielen Dank für Ihr Angebot {qno}. Wir möchten Sie gerne beauftragen. Wann könnten "
            "Sie beginnen? Wir sind ab dem 14. eine Woche verreist.",
            "danke für das Angebot. Das Hochbeet möchten wir vorerst weglassen, dafür die "
            "Terrasse etwas größer. Können Sie das neu rechnen?",
            "wir haben uns entschieden, Rasen und Zaun machen zu lassen, die Terrasse erst "
            "nächstes Jahr. Bitte rufen Sie mich wegen eines Termins an.",
            "seit Ihre Mitarbeiter da waren, klemmt das Gartentor wieder. Könnte bei Gelegenheit "
            "jemand vorbeischauen?",
            "anbei wie besprochen die Anzahlung per Überweisung. Herzlichen Dank an Ihr Team, die "
            "Hecke sieht wunderbar aus.",
        ],
        "fr": [
            f"Merci pour votre devis {qno}. Nous souhaitons donner suite. Quand pourriez-vous "
            "commencer ? Nous serons absents à partir du 14 pendant une semaine.",
            "Merci pour le devis. Nous préférons supprimer le bac potager et agrandir un peu la "
            "terrasse. Pouvez-vous nous refaire un chiffrage ?",
            "Nous avons décidé de faire la pelouse et la clôture, la terrasse l'an prochain. "
            "Merci de me rappeler pour fixer une date.",
            "Depuis le passage de vos équipes, le portail ferme mal. Quelqu'un pourrait-il passer "
            "à l'occasion ?",
            "Veuillez trouver ci-joint le chèque d'acompte. Merci à toute l'équipe, la haie est "
            "superbe.",
        ],
    }[lg]
    pick = rng.randrange(3) if after("quotation") else rng.randrange(len(msgs))
    msg = msgs[pick]
    if lg != "de":
        msg = msg
    subject = (
        f"RE: {tr(lg, 'Quotation', 'Angebot', 'Devis')} {qno}"
        if pick < 3
        else tr(lg, "Garden", "Unser Garten", "Jardin")
    )
    if rng.random() < 0.45:
        # a printed e-mail
        s = Style(
            "Helvetica",
            "Helvetica-Bold",
            9.5,
            54,
            "none",
            "bottom",
            A4 if lg != "en" or rng.random() < 0.8 else LETTER,
            "short",
        )
        w, hh = s.page_size
        m = s.margin
        p = Page(s.page_size)
        p.text(
            m,
            30,
            fit(
                f"{h_mail(firm)} - {subject}",
                "Helvetica",
                7,
                w - 2 * m,
            ),
            "Helvetica",
            7,
        )
        p.text(
            w - m,
            30,
            f"{short(d, lg)} {rng.randint(7, 21):02d}:{rng.randint(0, 59):02d}",
            "Helvetica",
            7,
            "right",
        )
        y = 60.0
        p.text(m, y, fit(firm.name, "Helvetica-Bold", 12, w - 2 * m), "Helvetica-Bold", 12)
        y += 8
        p.line(m, y, w - m, y)
        y += 18
        host = rng.choice(["gmail.com", "btinternet.com", "web.de", "orange.fr", "outlook.com"])
        mail = f"{first.lower()}.{person.split()[-1].lower()}@{host}"
        for cap, val in [
            (tr(lg, "From:", "Von:", "De :"), f"{person} <{mail}>"),
            (tr(lg, "Sent:", "Gesendet:", "Envoyé :"), day_of(firm, d)),
            (tr(lg, "To:", "An:", "À :"), h_mail(firm)),
            (
                tr(lg, "Subject:", "Betreff:", "Objet :"),
                subject,
            ),
        ]:
            p.text(m, y, cap, "Helvetica-Bold", 9)
            p.text(m + 70, y, fit(val, "Helvetica", 9, w - 2 * m - 70), "Helvetica", 9)
            y += 13
        y += 16
        greet = tr(lg, f"Hi {contact},", f"Hallo Herr {boss().split()[-1]},", "Bonjour,")
        for para in [
            greet,
            msg,
            tr(lg, "Best wishes", "Viele Grüße", "Cordialement"),
            person,
        ]:
            for ln in wrap(para, "Helvetica", 9.5, w - 2 * m):
                p.text(m, y, ln, "Helvetica", 9.5)
                y += 13
            y += 8
        y += 10
        p.line(m, y, m + 120, y)
        y += 14
        for ln in [
            tr(lg, "From: ", "Von: ", "De : ") + h_mail(firm),
            tr(lg, "Subject: ", "Betreff: ", "Objet : ")
            + f"{tr(lg, 'Quotation', 'Angebot', 'Devis')} {qno}",
        ]:
            p.text(m, y, ln, "Helvetica", 8)
            y += 11
        for ln in wrap(prose(rng, lg, "garden", 2, 3), "Helvetica", 8, w - 2 * m - 10)[:6]:
            p.text(m + 6, y, "> " + ln, "Helvetica", 8)
            y += 11
        p.text(m, hh - 24, "about:blank", "Helvetica", 6.5)
        p.text(w - m, hh - 24, "1/1", "Helvetica", 6.5, "right")
        out = [p]
    else:
        size = rng.choice([A5, A5, A6, A4])
        w, hh = size
        p = Page(size)
        m = 28.0 if size != A4 else 60.0
        y = m + 10
        line1 = site.lines[1] if len(site.lines) > 1 else ""
        if rng.random() < 0.6:
            p.text(w - m, y, fit(line1, HAND, 8.5, w / 2), HAND, 8.5, "right")
            y += 12
            p.text(w - m, y, fit(site.lines[-1], HAND, 8.5, w / 2), HAND, 8.5, "right")
            y += 12
        p.text(w - m, y, hand_date(d, lg), HAND, 9, "right")
        y += 24
        y = (
            hand_lines(
                p,
                m,
                y,
                w - 2 * m,
                tr(
                    lg, f"Dear {contact},", f"Sehr geehrter Herr {boss().split()[-1]},", "Monsieur,"
                ),
                10,
                16,
            )
            + 4
        )
        y = hand_lines(p, m, y, w - 2 * m, msg, 10, 16)
        y = hand_lines(
            p,
            m,
            y + 6,
            w - 2 * m,
            tr(lg, "Kind regards", "Mit freundlichen Grüßen", "Bien cordialement"),
            10,
            16,
        )
        scrawl(p, m, min(y + 18, hh - 30), person, 14)
        if rng.random() < 0.3 and size != A4:
            p.rect(6, 6, w - 12, hh - 12)
        out = [p]
    received(rng, out[0], lg, d, 0.2)
    remember(d, site, qno)
    return out


def h_mail(h: Head) -> str:
    host = "".join(c for c in h.name.lower().split()[0] if c.isalpha() and c.isascii())
    tld = {"en": "co.uk", "de": "de", "fr": "fr"}[h.lang]
    return h.mail or f"info@{host}.{tld}"


TASKS = [
    (
        "Grass cutting, collect or mulch, strim edges",
        "Rasen mähen, Kanten trimmen",
        "Tonte du gazon et finitions",
        (0, 0, 1, 2, 4, 4, 4, 4, 3, 2, 1, 0),
    ),
    (
        "Edging of lawns to borders",
        "Rasenkanten abstechen",
        "Recoupe des bordures",
        (0, 0, 1, 0, 1, 0, 1, 0, 1, 0, 0, 0),
    ),
    (
        "Shrub bed maintenance, hand weeding",
        "Pflege der Pflanzflächen, Unkraut jäten",
        "Entretien des massifs, désherbage manuel",
        (0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0),
    ),
    (
        "Hedge cutting (outside nesting season)",
        "Heckenschnitt (außerhalb der Brutzeit)",
        "Taille des haies",
        (0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 0, 0),
    ),
    (
        "Leaf clearance from lawns and paths",
        "Laub entfernen von Rasen und Wegen",
        "Ramassage des feuilles",
        (1, 0, 0, 0, 0, 0, 0, 0, 0, 1, 2, 1),
    ),
    (
        "Litter picking",
        "Müll absammeln",
        "Ramassage des déchets",
        (2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2),
    ),
    (
        "Spring and autumn lawn feed",
        "Rasendüngung Frühjahr/Herbst",
        "Fertilisation du gazon",
        (0, 0, 1, 0, 0, 0, 0, 0, 1, 0, 0, 0),
    ),
    (
        "Weed control to hard surfaces",
        "Wildkrautbeseitigung auf Belägen",
        "Désherbage des surfaces minérales",
        (0, 0, 0, 1, 0, 1, 0, 1, 0, 0, 0, 0),
    ),
    (
        "Pruning of shrubs and roses",
        "Gehölzschnitt, Rosenschnitt",
        "Taille des arbustes et rosiers",
        (0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0),
    ),
    (
        "Mulch top-up to beds",
        "Mulch nachfüllen",
        "Apport de paillage",
        (0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0),
    ),
    (
        "Winter gritting of paths (on call)",
        "Winterdienst Wege (auf Abruf)",
        "Salage des allées (astreinte)",
        (1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1),
    ),
]
MONTHS_SHORT = {
    "en": ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"],
    "de": ["Jan", "Feb", "Mär", "Apr", "Mai", "Jun", "Jul", "Aug", "Sep", "Okt", "Nov", "Dez"],
    "fr": ["jan", "fév", "mar", "avr", "mai", "jun", "jul", "aoû", "sep", "oct", "nov", "déc"],
}
CONTRACT_CLAUSES = {
    "en": [
        "Definitions",
        "Term",
        "The Services",
        "Standards of work",
        "Additional works",
        "Access",
        "Price and payment",
        "Price review",
        "Insurance",
        "Health and safety",
        "Complaints",
        "Termination",
        "Notices",
        "Governing law",
    ],
    "de": [
        "Vertragsgegenstand",
        "Vertragsdauer",
        "Leistungsumfang",
        "Ausführung",
        "Zusatzleistungen",
        "Zugang zum Grundstück",
        "Vergütung",
        "Preisanpassung",
        "Versicherung",
        "Verkehrssicherung",
        "Mängelrüge",
        "Kündigung",
        "Schriftform",
        "Gerichtsstand",
    ],
    "fr": [
        "Objet",
        "Durée",
        "Prestations",
        "Qualité des prestations",
        "Travaux supplémentaires",
        "Accès au site",
        "Prix et facturation",
        "Révision des prix",
        "Assurances",
        "Sécurité",
        "Réclamations",
        "Résiliation",
        "Notifications",
        "Litiges",
    ],
}


def tpl_maintenance_contract(rng: random.Random, who: Issuer) -> list[Page]:
    """The firm's grounds maintenance agreement with a client: the agreement with numbered
    clauses, the site schedule, the task calendar on a landscape page, the prices and the
    signature page."""
    h = firm_head()
    lg = h.lang
    s = style_of(h)
    w, _hh = s.page_size
    m = s.margin
    site = a_site(rng, private=rng.random() < 0.2)
    d = some_day(rng)
    cno = f"{tr(lg, 'GM', 'PV', 'CE')}-{month().year}-{rng.randint(3, 48):03d}"
    start = date(d.year + (1 if d.month >= 11 else 0), (d.month % 12) + 1, 1)
    years = rng.choice([1, 1, 2, 3])
    title = tr(
        lg,
        "GROUNDS MAINTENANCE AGREEMENT",
        "PFLEGEVERTRAG FÜR AUSSENANLAGEN",
        "CONTRAT D'ENTRETIEN DES ESPACES VERTS",
    )
    f = sheets(s, h, f"{title.title() if lg == 'en' else title.capitalize()} {cno}")
    f.y += 10
    pt = shrink(title, s.bold, s.size + 6, w - 2 * m)
    f.page.text(w / 2, f.y, title, s.bold, pt, "center")
    f.y += 18
    f.page.text(
        w / 2,
        f.y,
        f"{tr(lg, 'Contract No.', 'Vertrags-Nr.', 'Contrat n°')} {cno}",
        s.font,
        s.size,
        "center",
    )
    f.y += 30
    write(f, s, tr(lg, "This agreement is made between:", "Zwischen", "Entre les soussignés :"))
    write(
        f,
        s,
        f"{site.name}, {', '.join(site.lines[-2:])} "
        + tr(
            lg, '("the Client")', "- nachfolgend Auftraggeber genannt -", "ci-après « le Client »"
        ),
        indent=20,
    )
    write(f, s, tr(lg, "and", "und", "et"))
    write(
        f,
        s,
        f"{h.name}, {h.street}, {h.town} "
        + tr(
            lg,
            '("the Contractor")',
            "- nachfolgend Auftragnehmer genannt -",
            "ci-après « le Prestataire »",
        ),
        indent=20,
    )
    f.y += 6
    f.y = fields(
        f.page,
        s,
        m,
        f.y,
        w - 2 * m,
        [
            (tr(lg, "Site", "Objekt", "Site"), site.place),
            (tr(lg, "Commencement", "Vertragsbeginn", "Prise d'effet"), short(start, lg)),
            (
                tr(lg, "Term", "Laufzeit", "Durée"),
                tr(lg, f"{years} year(s)", f"{years} Jahr(e)", f"{years} an(s)"),
            ),
            (
                tr(lg, "Visits", "Einsätze", "Passages"),
                tr(
                    lg,
                    f"{rng.choice([18, 24, 26, 36])} per year",
                    f"{rng.choice([18, 24, 26, 36])} pro Jahr",
                    f"{rng.choice([18, 24, 26, 36])} par an",
                ),
            ),
        ],
        per=2,
        tall=24,
        hand=False,
    )
    for k, t in enumerate(CONTRACT_CLAUSES[lg][: rng.randint(7, 14)]):
        f.heading(m, f"{k + 1}. {t}", s.bold, s.size)
        for _ in range(rng.randint(1, 2)):
            write(f, s, prose(rng, lg, "legal", 1, 3), s.size - 0.5)
    # schedule 1: the site
    f.new_page()
    caption(
        f,
        s,
        tr(
            lg,
            "Schedule 1 - The Site and areas",
            "Anlage 1 - Objekt und Flächen",
            "Annexe 1 - Site et surfaces",
        ),
        1.5,
        rule=True,
    )
    areas = [
        (
            tr(lg, "Lawns (amenity grass)", "Rasenflächen (Gebrauchsrasen)", "Pelouses d'agrément"),
            rng.randint(400, 6800),
            "m2",
        ),
        (
            tr(lg, "Shrub beds", "Pflanzflächen Gehölze", "Massifs arbustifs"),
            rng.randint(80, 1400),
            "m2",
        ),
        (
            tr(
                lg,
                "Hedges (both faces + top)",
                "Hecken (beidseitig + Krone)",
                "Haies (deux faces + dessus)",
            ),
            rng.randint(40, 600),
            "m",
        ),
        (
            tr(
                lg,
                "Hard surfaces / paths",
                "Wege und Pflasterflächen",
                "Allées et surfaces minérales",
            ),
            rng.randint(120, 3200),
            "m2",
        ),
        (
            tr(lg, "Trees (inspection only)", "Bäume (Sichtkontrolle)", "Arbres (contrôle visuel)"),
            rng.randint(3, 60),
            tr(lg, "nr", "Stk", "u"),
        ),
    ]
    cols = columns(m, w - m, [(0.5, "left"), (4, "left"), (1.2, "right"), (0.8, "center")])
    table(
        f,
        cols,
        [
            "",
            tr(lg, "Area", "Fläche", "Surface"),
            tr(lg, "Quantity", "Menge", "Quantité"),
            tr(lg, "Unit", "Einh.", "U."),
        ],
        [
            [
                str(k + 1),
                a,
                f"{q:,}".replace(",", "." if lg == "de" else " " if lg == "fr" else ","),
                u,
            ]
            for k, (a, q, u) in enumerate(areas[: rng.randint(3, 5)])
        ],
        s,
        rules=True,
    )
    f.y += 8
    write(
        f,
        s,
        tr(lg, "Access: ", "Zugang: ", "Accès : ") + prose(rng, lg, "garden", 1, 2),
        s.size - 0.5,
    )
    write(
        f,
        s,
        tr(
            lg,
            "Waste: all arisings removed from site and composted at a licensed facility.",
            "Schnittgut wird abgefahren und fachgerecht entsorgt.",
            "Les déchets verts sont évacués vers une plateforme agréée.",
        ),
        s.size - 0.5,
    )
    pages = f.pages
    # schedule 2: the task calendar on landscape A4
    s2 = style_of(h, landscape(A4), margin=40)
    w2, h2 = s2.page_size
    g = Sheets(
        (w2, h2),
        h2 - 40,
        lambda p, n: (
            running_header(p, s2, f"{cno} - {tr(lg, 'Schedule 2', 'Anlage 2', 'Annexe 2')}") + 8
        ),
    )
    caption(
        g,
        s2,
        tr(
            lg,
            "Schedule 2 - Specification and frequency of operations",
            "Anlage 2 - Leistungsbeschreibung und Pflegekalender",
            "Annexe 2 - Calendrier d'intervention",
        ),
        1.5,
    )
    c2 = columns(40, w2 - 40, [(5.4, "left")] + [(0.6, "center")] * 12 + [(0.8, "center")])
    rows2 = []
    for t in rng.sample(TASKS, rng.randint(7, len(TASKS))):
        counts = [c if rng.random() < 0.85 else min(c + 1, 4) for c in t[3]]
        rows2.append(
            [
                t[{"en": 0, "de": 1, "fr": 2}[lg]],
                *[str(c) if c else "" for c in counts],
                str(sum(counts)),
            ]
        )
    table(
        g,
        c2,
        [
            tr(lg, "Operation", "Leistung", "Prestation"),
            *MONTHS_SHORT[lg],
            tr(lg, "Total", "Summe", "Total"),
        ],
        rows2,
        s2,
        size=8,
        rules=True,
        shade=0.88,
        step=2.0,
    )
    g.y += 6
    write(
        g,
        s2,
        tr(
            lg,
            "Figures show the number of visits per month for each operation. Additional works are "
            "carried out on instruction at the rates in Schedule 3.",
            "Die Zahlen geben die Anzahl der Arbeitsgänge je Monat an. Zusatzleistungen nach "
            "Beauftragung zu den Sätzen der Anlage 3.",
            "Les chiffres indiquent le nombre de passages par mois. Les travaux supplémentaires "
            "sont facturés selon l'annexe 3.",
        ),
        8,
    )
    pages += g.pages
    # schedule 3 and the signatures
    t_ = sheets(s, h, f"{cno}", top=False)
    caption(
        t_,
        s,
        tr(lg, "Schedule 3 - Contract price", "Anlage 3 - Vergütung", "Annexe 3 - Prix"),
        1.5,
        rule=True,
    )
    annual = round(sum(q for _, q, _ in areas) * rng.uniform(0.9, 2.6), -1)
    rows3 = [
        [
            tr(lg, "Annual contract sum (excl. VAT)", "Jahrespauschale netto", "Forfait annuel HT"),
            cash(annual, lg),
        ],
        [
            tr(
                lg,
                "Payable in 12 monthly instalments of",
                "zahlbar in 12 Monatsraten à",
                "payable en 12 mensualités de",
            ),
            cash(round(annual / 12, 2), lg),
        ],
        [
            tr(
                lg,
                "Additional labour, per operative hour",
                "Zusatzleistungen je Arbeitsstunde",
                "Heure de main-d'oeuvre supplémentaire",
            ),
            cash(rng.choice([28.0, 32.0, 36.0, 42.0, 45.0]), lg),
        ],
        [
            tr(
                lg,
                "Green waste disposal, per m3",
                "Grüngutentsorgung je m³",
                "Évacuation déchets verts, le m³",
            ),
            cash(rng.choice([35.0, 42.0, 48.0, 55.0]), lg),
        ],
    ]
    table(
        t_,
        columns(m, w - m, [(5, "left"), (2, "right")]),
        [tr(lg, "Item", "Position", "Poste"), tr(lg, "Price", "Preis", "Prix")],
        rows3,
        s,
        rules=True,
    )
    t_.y += 6
    write(t_, s, prose(rng, lg, "legal", 1, 2), s.size - 1)
    if rng.random() < 0.5:
        t_.new_page()
    else:
        t_.need(240)
        t_.y += 20
    caption(t_, s, tr(lg, "Signed by the parties", "Unterschriften", "Signatures"), 0.5)
    signed = rng.random() < 0.8
    for who_, name in [
        (
            tr(lg, "For the Client", "Für den Auftraggeber", "Pour le Client"),
            plain(site.name) if site.private else staff(h, site.name),
        ),
        (tr(lg, "For the Contractor", "Für den Auftragnehmer", "Pour le Prestataire"), boss()),
    ]:
        t_.need(110)
        t_.page.text(m, t_.y, who_, s.bold, s.size)
        t_.y += 34
        if signed:
            scrawl(t_.page, m + 4, t_.y - 2, name)
            hand(
                t_.page, w / 2 + 20, t_.y - 2, hand_date(d + timedelta(days=rng.randint(0, 9)), lg)
            )
        t_.page.line(m, t_.y + 2, w / 2 - 10, t_.y + 2)
        t_.page.line(w / 2 + 10, t_.y + 2, w - m, t_.y + 2)
        t_.page.text(
            m,
            t_.y + 13,
            tr(lg, "Signature / name", "Unterschrift / Name", "Signature / nom"),
            s.font,
            7,
        )
        t_.page.text(w / 2 + 10, t_.y + 13, tr(lg, "Date", "Ort, Datum", "Lieu et date"), s.font, 7)
        t_.y += 26
        t_.page.text(m, t_.y, name, s.font, s.size - 1)
        t_.y += 40
    pages += t_.pages
    numbers = tr(lg, "Page {i} of {n}", "Seite {i} von {n}", "Page {i}/{n}")
    pages = close(pages, s, h, numbers if rng.random() < 0.5 else None)
    remember(d, site, (cno, annual))
    return pages


def invoice_no(rng: random.Random) -> str:
    base = seeded("invoice").randint(1400, 8800) + rng.randint(0, 160)
    lg = home()
    return {
        "en": f"INV-{base}",
        "de": f"RE-{month().year}-{base}",
        "fr": f"FA{month().year % 100}{base:05d}",
    }[lg]


def tpl_maintenance_invoice(rng: random.Random, who: Issuer) -> list[Page]:
    """The firm's invoice to a client for the month's maintenance visits or a contract
    instalment, sometimes with a remittance slip."""
    h = firm_head()
    lg = h.lang
    s = style_of(h)
    w, hh = s.page_size
    m = s.margin
    contract = (
        LAST["extra"]
        if after("maintenance_contract") and isinstance(LAST["extra"], tuple)
        else None
    )
    site = site_for(rng, ("maintenance_contract",))
    d = last_day(rng, ("maintenance_contract",), (20, 40))
    ino = invoice_no(rng)
    f = sheets(s, h, f"{tr(lg, 'Invoice', 'Rechnung', 'Facture')} {ino}")
    title = tr(lg, "INVOICE", "RECHNUNG", "FACTURE")
    f.page.text(w - m, f.y, title, s.bold, s.size + 6, "right")
    f.y += 10
    refs = [
        (tr(lg, "Invoice no.", "Rechnungs-Nr.", "N° facture"), ino),
        (
            tr(lg, "Customer no.", "Kunden-Nr.", "Code client"),
            str(zlib.crc32(site.name.encode()) % 9000 + 1000),
        ),
    ]
    if contract:
        refs.append((tr(lg, "Contract", "Vertrag", "Contrat"), str(contract[0])))
    recipient(f, s, h, site.lines, d, refs)
    cols = columns(
        m, w - m, [(1.2, "left"), (5, "left"), (0.9, "right"), (1.1, "right"), (1.3, "right")]
    )
    rows = []
    net = 0.0
    mon = f"{MONTHS_SHORT[lg][(d.month - 2) % 12]} {d.year if d.month > 1 else d.year - 1}"
    if contract or (not site.private and rng.random() < 0.5):
        annual = float(contract[1]) if contract else rng.randint(18, 140) * 100.0
        k = rng.randint(1, 12) if not contract else 1
        inst = round(annual / 12, 2)
        rows.append(
            [
                "",
                tr(
                    lg,
                    f"Grounds maintenance - instalment {k} of 12 ({mon})",
                    f"Pflegepauschale Rate {k}/12 ({mon})",
                    f"Entretien espaces verts - échéance {k}/12 ({mon})",
                ),
                "1",
                money(inst, lg),
                money(inst, lg),
            ]
        )
        net += inst
    else:
        rate = rng.choice([28.0, 30.0, 32.0, 34.0, 38.0, 42.0])
        start = d - timedelta(days=rng.randint(25, 32))
        for _ in range(rng.randint(2, 5)):
            start += timedelta(days=rng.randint(5, 9))
            task = rng.choice(TASKS)[{"en": 0, "de": 1, "fr": 2}[lg]]
            hrs = rng.choice([1.5, 2.0, 2.5, 3.0, 4.0, 6.0, 8.0])
            rows.append(
                [short(start, lg), task, f"{hrs:g}", money(rate, lg), money(hrs * rate, lg)]
            )
            net += hrs * rate
        if rng.random() < 0.6:
            q = rng.randint(1, 4)
            pr = rng.choice([35.0, 40.0, 45.0])
            rows.append(
                [
                    "",
                    tr(
                        lg,
                        "Green waste removal (m3)",
                        "Grüngutentsorgung (m³)",
                        "Évacuation déchets verts (m³)",
                    ),
                    str(q),
                    money(pr, lg),
                    money(q * pr, lg),
                ]
            )
            net += q * pr
        if rng.random() < 0.3:
            it = rng.choice(WORKS)
            q = rng.randint(2, 12)
            pr = float(rng.randint(it[6], it[7]))
            rows.append(
                ["", it[{"en": 0, "de": 1, "fr": 2}[lg]], str(q), money(pr, lg), money(q * pr, lg)]
            )
            net += q * pr
    table(
        f,
        cols,
        [
            tr(lg, "Date", "Datum", "Date"),
            tr(lg, "Description", "Leistung", "Désignation"),
            tr(lg, "Qty/hrs", "Menge/Std", "Qté/h"),
            tr(lg, "Rate", "Einzelpreis", "PU HT"),
            tr(lg, "Amount", "Betrag", "Montant HT"),
        ],
        rows,
        s,
        rules=rng.random() < 0.4,
    )
    note = ""
    if lg == "de" and site.private:
        labour = cash(round(net * 0.8 * 1.19, 2), lg)
        note = f"Im Rechnungsbetrag enthaltene Lohnkosten gem. § 35a EStG: {labour} (inkl. USt.)."
    elif lg == "fr" and site.private:
        note = (
            "Prestation de services à la personne ouvrant droit au crédit d'impôt de 50 % "
            "(art. 199 sexdecies du CGI). Une attestation fiscale annuelle vous sera adressée."
        )
    gross = totals(f, s, lg, round(net, 2), vat(lg), note)
    f.y += 4
    terms = tr(
        lg,
        f"Payment within {rng.choice([14, 30])} days of invoice date by BACS. Please quote the "
        "invoice number.",
        f"Zahlbar innerhalb von {rng.choice([14, 30])} Tagen ohne Abzug.",
        f"Paiement à {rng.choice([15, 30])} jours par virement. Pénalités de retard : 3 fois le "
        "taux d'intérêt légal ; indemnité forfaitaire de 40 €.",
    )
    write(f, s, terms, s.size - 1)
    if rng.random() < 0.45:
        foot = 7 * len(h.foot) + 8
        y0 = max(f.y + 20, hh - m - foot - 110)
        if y0 + 100 > hh - foot - 10:
            f.new_page()
            y0 = f.y + 10
        p = f.page
        slip_rule(
            p,
            m,
            w - m,
            y0,
            tr(
                lg,
                "Please detach and return with your payment",
                "Bitte abtrennen und mit der Zahlung zurücksenden",
                "Coupon à joindre à votre règlement",
            ),
        )
        y = y0 + 18
        p.text(
            m,
            y,
            tr(lg, "REMITTANCE ADVICE", "ZAHLUNGSABSCHNITT", "TALON DE RÈGLEMENT"),
            s.bold,
            s.size,
        )
        y = pairs(
            p,
            s,
            m,
            y + 14,
            [
                (tr(lg, "Invoice", "Rechnung", "Facture"), ino),
                (tr(lg, "Customer", "Kunde", "Client"), plain(site.name)),
                (tr(lg, "Amount", "Betrag", "Montant"), cash(gross, lg)),
            ],
            w / 2,
            s.size - 1,
        )
        p.text(
            w / 2 + 20,
            y0 + 32,
            fit(
                tr(
                    lg,
                    f"Cheques payable to {h.name}",
                    f"Empfänger: {h.name}",
                    f"Chèque à l'ordre de {h.name}",
                ),
                s.font,
                7.5,
                w / 2 - 20 - m,
            ),
            s.font,
            7.5,
        )
        p.text(
            w / 2 + 20,
            y0 + 44,
            f"{tr(lg, 'Amount paid', 'Gezahlt', 'Montant réglé')}: ____________",
            s.font,
            7.5,
        )
    pages = close(f.pages, s, h)
    remember(d, site, None)
    return pages


# ---------------------------------------------------------------------------------------------
# Templates CCC: suppliers' invoices, delivery notes and tickets
# ---------------------------------------------------------------------------------------------


def tpl_nursery_invoice(rng: random.Random, who: Issuer) -> list[Page]:
    """A wholesale nursery's invoice: plants by botanical name and size, quantities, prices,
    trolley and delivery charges and the plant passport; now and then the signed copy of the
    delivery note stapled behind."""
    h = head_of(who, "nursery", abroad=0.15)
    lg = h.lang
    s = style_of(h, LETTER if lg == "en" and keyed(who, "letter").random() < 0.25 else A4)
    w, _hh = s.page_size
    m = s.margin
    firm = firm_head()
    d = some_day(rng)
    ino = serial(rng, keyed(who, "mask").choice(["SI999999", "99999", "RG 99-9999", "F-999999"]))
    account = serial(keyed(who, "acct"), "AAA999")
    f = sheets(s, h, f"{h.name} - {tr(lg, 'Invoice', 'Rechnung', 'Facture')} {ino}")
    f.page.text(
        w - m, f.y, tr(lg, "SALES INVOICE", "RECHNUNG", "FACTURE"), s.bold, s.size + 5, "right"
    )
    f.y += 10
    dn = serial(rng, "D999999")
    recipient(
        f,
        s,
        h,
        [firm.name, firm.street, firm.town],
        d,
        [
            (tr(lg, "Invoice no.", "Rechnungs-Nr.", "Facture n°"), ino),
            (tr(lg, "Account", "Kunden-Nr.", "Compte client"), account),
            (tr(lg, "Delivery note", "Lieferschein", "Bon de livraison"), dn),
            (
                tr(lg, "Your order", "Ihre Bestellung", "Votre commande"),
                rng.choice(
                    [
                        plain(a_site(rng).name).split()[-1],
                        serial(rng, "PO9999"),
                        tr(lg, "tel. order", "telefonisch", "par tél."),
                    ]
                ),
            ),
        ],
    )
    if lg != home():
        f.page.text(
            m,
            f.y - 6,
            fit(
                tr(
                    lg,
                    "Intra-Community supply - VAT reverse charge",
                    "Innergemeinschaftliche Lieferung, steuerfrei nach § 4 Nr. 1b UStG",
                    "Livraison intracommunautaire exonérée, art. 262 ter I du CGI",
                ),
                s.font,
                7.5,
                w - 2 * m,
            ),
            s.font,
            7.5,
        )
        f.y += 8
    cols = columns(
        m,
        w - m,
        [
            (4.2, "left"),
            (1.6, "left"),
            (0.7, "right"),
            (1.0, "right"),
            (0.7, "right"),
            (1.2, "right"),
        ],
    )
    rows = []
    net = 0.0
    for name, kind in rng.sample(PLANTS, rng.randint(4, 16)):
        size = rng.choice(SIZES[lg][kind])
        q = (
            rng.choice([3, 5, 5, 10, 12, 15, 20, 25, 50])
            if kind in "ps"
            else (rng.randint(1, 6) if kind == "t" else rng.choice([25, 50, 100, 150]))
        )
        price = {
            "p": rng.uniform(1.6, 6.5),
            "s": rng.uniform(4, 28),
            "t": rng.uniform(45, 240),
            "h": rng.uniform(0.6, 9),
        }[kind]
        price = round(price, 2)
        disc = rng.choice([0, 0, 5, 10])
        amt = round(q * price * (1 - disc / 100), 2)
        net += amt
        rows.append(
            [name, size, str(q), money(price, lg), f"{disc}%" if disc else "", money(amt, lg)]
        )
    if rng.random() < 0.6:
        t = rng.randint(1, 4)
        rows.append(
            [
                tr(
                    lg,
                    "Danish trolleys (returnable)",
                    "CC-Container (Pfand)",
                    "Chariots CC (consigne)",
                ),
                "",
                str(t),
                money(15.0, lg),
                "",
                money(15.0 * t, lg),
            ]
        )
        net += 15.0 * t
    carriage = rng.choice([35.0, 45.0, 65.0, 85.0])
    rows.append(
        [
            tr(lg, "Delivery charge", "Frachtkosten", "Frais de port"),
            "",
            "1",
            money(carriage, lg),
            "",
            money(carriage, lg),
        ]
    )
    net += carriage
    table(
        f,
        cols,
        [
            tr(lg, "Plant", "Artikel", "Végétal"),
            tr(lg, "Size", "Qualität", "Force"),
            tr(lg, "Qty", "Menge", "Qté"),
            tr(lg, "Price", "Preis", "PU"),
            tr(lg, "Disc.", "Rab.", "Rem."),
            tr(lg, "Net", "Betrag", "Montant"),
        ],
        rows,
        s,
        size=s.size - 1.5,
        rules=rng.random() < 0.3,
    )
    totals(
        f, s, lg, round(net, 2), 0.0 if lg != home() else {"en": 20.0, "de": 7.0, "fr": 10.0}[lg]
    )
    # the plant passport
    f.need(70)
    f.y += 4
    bw = 220.0
    f.page.rect(m, f.y - 10, bw, 54)
    code = {"en": "GB", "de": "DE", "fr": "FR"}[lg]
    for k, t in enumerate(
        [
            tr(
                lg,
                "Plant Passport / Plant Passport",
                "Pflanzenpass / Plant Passport",
                "Passeport phytosanitaire / Plant Passport",
            ),
            f"A  {tr(lg, 'see invoice lines', 'siehe Positionen', 'voir lignes')}",
            f"B  {code}-{keyed(who, 'pp').randint(10000, 99999)}",
            f"C  {dn}",
            f"D  {code}",
        ]
    ):
        f.page.text(m + 6, f.y + k * 9.5, t, s.bold if k == 0 else s.font, 7.5 if k == 0 else 7)
    f.y += 54
    write(
        f,
        s,
        tr(
            lg,
            "Goods remain our property until paid in full. Claims for damage or shortage within "
            "48 hours of delivery.",
            "Die Ware bleibt bis zur vollständigen Bezahlung unser Eigentum. Mängelrügen binnen 3 "
            "Tagen.",
            "Marchandise voyageant aux risques du destinataire. Réserve de propriété jusqu'au "
            "paiement intégral.",
        ),
        s.size - 1.5,
    )
    pages = close(f.pages, s, h)
    received(rng, pages[0], home(), d)
    if rng.random() < 0.3:
        pages.append(delivery_copy(rng, h, dn, d, [(r[0], r[1], r[2]) for r in rows[:-1] if r[1]]))
    remember(d)
    return pages


def delivery_copy(
    rng: random.Random, h: Head, dn: str, d: date, lines: list[tuple[str, str, str]]
) -> Page:
    """The driver's delivery note copy on landscape A5, signed for on receipt."""
    lg = h.lang
    size = landscape(A5)
    s = style_of(h, size, margin=30, pt=8)
    w, hh = size
    m = 30.0
    p = Page(size)
    y = heading(p, s, h)
    p.text(
        w - m,
        y,
        f"{tr(lg, 'DELIVERY NOTE', 'LIEFERSCHEIN', 'BON DE LIVRAISON')} {dn}",
        s.bold,
        10,
        "right",
    )
    p.text(m, y, f"{tr(lg, 'Date', 'Datum', 'Date')}: {short(d, lg)}", s.font, 8)
    y += 16
    cols = columns(m, w - m, [(5, "left"), (2, "left"), (1, "right"), (0.8, "center")])
    for c, t in zip(
        cols,
        [
            tr(lg, "Plant", "Artikel", "Végétal"),
            tr(lg, "Size", "Qualität", "Force"),
            tr(lg, "Qty", "Menge", "Qté"),
            tr(lg, "Chk", "Kontr.", "Vérif."),
        ],
        strict=True,
    ):
        left, right, al = c
        p.text(
            right if al == "right" else (left + right) / 2 if al == "center" else left,
            y,
            t,
            s.bold,
            7.5,
            al,
        )
    y += 10
    for name, size_, q in lines:
        if y > hh - 70:
            break
        p.text(cols[0][0], y, fit(name, s.font, 7, cols[0][1] - cols[0][0]), s.font, 7)
        p.text(cols[1][0], y, size_, s.font, 7)
        p.text(cols[2][1], y, q, s.font, 7, "right")
        p.text((cols[3][0] + cols[3][1]) / 2, y, "v", HAND, 8, "center")
        y += 9.5
    y = hh - 52
    p.line(m, y - 6, w - m, y - 6)
    p.text(
        m,
        y + 4,
        tr(lg, "Received in good condition", "Ware vollständig erhalten", "Reçu en bon état"),
        s.font,
        7.5,
    )
    scrawl(p, m + 150, y + 6, rng.choice(gardeners()), 11)
    hand(
        p,
        w - m - 120,
        y + 4,
        f"{rng.randint(7, 15)}:{rng.choice(['05', '20', '40', '55'])}  {rng.randint(1, 4)} CC",
        9,
    )
    p.text(
        m, y + 22, tr(lg, "Driver", "Fahrer", "Chauffeur") + ": " + staff(h, "driver"), s.font, 7
    )
    return p


TURF = {
    "en": [
        "Premium landscape turf",
        "Utility turf (ryegrass)",
        "Shade tolerant turf",
        "Wildflower turf",
    ],
    "de": ["Rollrasen Spiel & Sport", "Rollrasen Zierrasen", "Schattenrasen", "Kräuterrasen"],
    "fr": ["Gazon en plaques rustique", "Gazon en plaques sport", "Gazon ombre", "Gazon fleuri"],
}


def tpl_turf_ticket(rng: random.Random, who: Issuer) -> list[Page]:
    """A turf grower's delivery ticket on an A6 slip: product, rolls and square metres,
    pallets, the site, the driver and the signature of whoever took the delivery."""
    h = head_of(who, "turf")
    lg = h.lang
    size = rng.choice([A6, A6, (100 * MM, 160 * MM)])
    s = style_of(h, size, margin=16, pt=7.5)
    w, hh = size
    m = 16.0
    p = Page(size)
    y = heading(p, s, h)
    d = some_day(rng)
    tno = f"{keyed(who, 'tno').randint(20000, 90000) + rng.randint(0, 900)}"
    p.text(m, y, tr(lg, "DELIVERY TICKET", "LIEFERSCHEIN", "BON DE LIVRAISON"), s.bold, 9.5)
    p.text(w - m, y, f"No {tno}", "Courier-Bold", 9, "right")
    y += 8
    site = a_site(rng)
    m2 = rng.choice([20, 40, 60, 80, 100, 120, 160, 200, 250])
    rolls = m2
    y = fields(
        p,
        s,
        m,
        y,
        w - 2 * m,
        [
            (tr(lg, "Date", "Datum", "Date"), short(d, lg)),
            (tr(lg, "Account", "Kunde", "Client"), firm_head().name),
            (tr(lg, "Deliver to", "Lieferadresse", "Livraison"), site.place),
            (tr(lg, "Product", "Sorte", "Produit"), rng.choice(TURF[lg])),
            (tr(lg, "Rolls", "Rollen", "Rouleaux"), str(rolls)),
            (tr(lg, "Area m2", "Fläche m²", "Surface m²"), str(m2)),
            (tr(lg, "Pallets", "Paletten", "Palettes"), str(max(1, m2 // 60))),
            (
                tr(lg, "Vehicle", "Fahrzeug", "Véhicule"),
                serial(rng, "AA99 AAA") if lg == "en" else serial(rng, "AA-AA 999"),
            ),
        ],
        per=2,
        tall=22,
        hand=rng.random() < 0.6,
    )
    y += 2
    for ln in wrap(
        tr(
            lg,
            "Turf must be laid within 24 hours of delivery and watered. Pallets are chargeable "
            "unless returned.",
            "Rasen am Liefertag verlegen und wässern. Paletten werden berechnet, falls nicht "
            "zurückgegeben.",
            "Poser le gazon dans les 24 h et arroser. Palettes consignées.",
        ),
        s.font,
        6.5,
        w - 2 * m,
    ):
        p.text(m, y, ln, s.font, 6.5)
        y += 8
    y = max(y + 10, hh - 64)
    p.text(m, y, tr(lg, "Received by", "Empfangen", "Reçu par"), s.font, 7)
    if rng.random() < 0.85:
        scrawl(p, m + 60, y, rng.choice([*gardeners(), plain(site.name)]), 11)
    p.line(m + 56, y + 3, w - m, y + 3)
    y += 16
    p.text(m, y, f"{tr(lg, 'Time', 'Uhrzeit', 'Heure')}:", s.font, 7)
    hand(p, m + 40, y, f"{rng.randint(6, 11)}:{rng.randint(0, 5)}{rng.randint(0, 9)}", 8.5)
    p.text(w / 2, y, tr(lg, "Copy: customer", "Kopie Kunde", "Exemplaire client"), s.font, 6.5)
    remember(d, site)
    return [p]


PRODUCTS = {
    "en": [
        ("Type 1 MOT sub-base", 19.8),
        ("20mm clean limestone", 24.5),
        ("Sharp sand", 27.0),
        ("Building sand", 26.0),
        ("10mm pea shingle", 31.0),
        ("Screened topsoil BS 3882 multipurpose", 22.0),
        ("Ballast 20mm all-in", 23.0),
        ("Scalpings 40mm", 14.5),
    ],
    "de": [
        ("Schotter 0/32 (Frostschutz)", 16.9),
        ("Splitt 2/5", 23.5),
        ("Brechsand 0/2", 19.0),
        ("Kies 16/32 gewaschen", 21.0),
        ("Mutterboden gesiebt 0/15", 18.5),
        ("Pflanzsubstrat FLL", 34.0),
        ("Mineralgemisch 0/45", 14.0),
    ],
    "fr": [
        ("GNT 0/31,5", 17.5),
        ("Gravillon 6/10", 26.0),
        ("Sable 0/4 lavé", 24.0),
        ("Gravier roulé 8/16", 28.0),
        ("Terre végétale criblée 0/20", 19.5),
        ("Tout-venant 0/80", 12.5),
        ("Mélange terre-pierre", 21.0),
    ],
}


def tpl_quarry_ticket(rng: random.Random, who: Issuer) -> list[Page]:
    """A quarry's or topsoil yard's weighbridge ticket on a narrow slip: in and out times,
    vehicle, gross, tare and net weight, product and delivery address, and the signature."""
    h = head_of(who, "quarry")
    lg = h.lang
    size = (rng.choice([76, 80, 80, 90]) * MM, rng.randint(150, 200) * MM)
    w, hh = size
    font = rng.choice(["Courier", "Helvetica", "Courier"])
    bold = font + "-Bold"
    p = Page(size)
    m = 12.0
    y = 24.0
    pt = shrink(h.name, bold, 10, w - 2 * m)
    p.text(w / 2, y, h.name, bold, pt, "center")
    y += 11
    for t in (h.street, h.town, h.phone):
        if t:
            p.text(w / 2, y, fit(t, font, 6.5, w - 2 * m), font, 6.5, "center")
            y += 8
    y += 6
    p.text(w / 2, y, tr(lg, "WEIGHBRIDGE TICKET", "WIEGESCHEIN", "BON DE PESÉE"), bold, 9, "center")
    y += 6
    p.line(m, y, w - m, y)
    y += 12
    d = some_day(rng)
    prod, price = rng.choice(PRODUCTS[lg])
    if after("quarry_ticket") and isinstance(LAST["extra"], str):
        prod = LAST["extra"]
        price = dict(PRODUCTS[lg]).get(prod, price)
    tare = round(rng.uniform(8.2, 12.6), 2)
    net = round(rng.choice([rng.uniform(1.0, 3.5), rng.uniform(6, 20)]), 2)
    t_in = f"{rng.randint(6, 14):02d}:{rng.randint(0, 59):02d}"
    site = a_site(rng)
    tno = keyed(who, "no").randint(100000, 800000) + rng.randint(0, 3000)
    items = [
        (tr(lg, "Ticket", "Schein-Nr.", "Bon n°"), str(tno)),
        (tr(lg, "Date", "Datum", "Date"), short(d, lg)),
        (tr(lg, "Time in", "Einfahrt", "Entrée"), t_in),
        (
            tr(lg, "Time out", "Ausfahrt", "Sortie"),
            f"{int(t_in[:2]) + rng.choice([0, 1])}:{rng.randint(10, 59):02d}",
        ),
        (tr(lg, "Customer", "Kunde", "Client"), fit(firm_head().name, font, 7.5, w / 2)),
        (tr(lg, "Account", "Konto", "Compte"), serial(keyed(who, "acct"), "999999")),
        (
            tr(lg, "Haulier", "Spediteur", "Transporteur"),
            rng.choice(
                [
                    tr(lg, "Own vehicle", "Selbstabholer", "Enlèvement client"),
                    staff(h, "haulier") + tr(lg, " Haulage", " Transporte", " Transports"),
                ]
            ),
        ),
        (
            tr(lg, "Vehicle", "Kennzeichen", "Immat."),
            rng.choice(vans())
            if rng.random() < 0.4
            else serial(rng, "AA99 AAA")
            if lg == "en"
            else serial(rng, "AA-AA 999")
            if lg == "de"
            else serial(rng, "AA-999-AA"),
        ),
    ]
    for cap, val in items:
        p.text(m, y, cap, font, 7.5)
        p.text(
            w - m, y, fit(val, font, 7.5, w - 2 * m - tw(cap, font, 7.5) - 6), font, 7.5, "right"
        )
        y += 10
    y += 4
    p.text(m, y, tr(lg, "Product", "Material", "Produit"), bold, 7.5)
    y += 10
    for ln in wrap(prod, font, 8, w - 2 * m):
        p.text(m, y, ln, font, 8)
        y += 10
    y += 4
    for cap, val in [
        (tr(lg, "Gross", "Brutto", "Brut"), tare + net),
        (tr(lg, "Tare", "Tara", "Tare"), tare),
        (tr(lg, "NET", "NETTO", "NET"), net),
    ]:
        p.text(m, y, cap, bold if cap in ("NET", "NETTO") else font, 9)
        p.text(
            w - m, y, f"{money(val, lg)} t", bold if cap in ("NET", "NETTO") else font, 9, "right"
        )
        y += 12
    if rng.random() < 0.5:
        p.text(m, y, f"{tr(lg, 'Price/t', 'Preis/t', 'Prix/t')} {money(price, lg)}", font, 7.5)
        p.text(w - m, y, money(price * net, lg), font, 7.5, "right")
        y += 10
    y += 6
    p.text(m, y, tr(lg, "Deliver to:", "Lieferort:", "Livraison :"), font, 7.5)
    y += 9
    for ln in wrap(site.place, font, 7, w - 2 * m)[:3]:
        p.text(m, y, ln, font, 7)
        y += 8.5
    y += 6
    if "topsoil" in prod.lower() or "boden" in prod.lower() or "terre" in prod.lower():
        for ln in wrap(
            tr(
                lg,
                "Topsoil supplied to BS 3882:2015. Certificate available on request.",
                "Oberboden nach DIN 18915. Prüfzeugnis auf Anfrage.",
                "Terre conforme NF U 44-551. Analyse sur demande.",
            ),
            font,
            6.5,
            w - 2 * m,
        ):
            p.text(m, y, ln, font, 6.5)
            y += 8
    y = max(y + 10, hh - 70)
    p.line(m, y, w - m, y)
    y += 12
    p.text(
        m, y, tr(lg, "Driver signature", "Unterschrift Fahrer", "Signature chauffeur"), font, 6.5
    )
    y += 22
    if rng.random() < 0.8:
        scrawl(
            p,
            m + 10,
            y - 4,
            staff(h, f"drv{rng.randint(0, 3)}") if rng.random() < 0.5 else rng.choice(gardeners()),
            11,
        )
    p.line(m, y, w - m, y)
    y += 12
    p.text(
        w / 2,
        y,
        fit(
            tr(
                lg,
                "Weighed on a certified weighbridge",
                "Geeichte Waage Nr. ",
                "Pont-bascule vérifié n° ",
            )
            + (serial(rng, "99") if lg != "en" else ""),
            font,
            6,
            w - 2 * m,
        ),
        font,
        6,
        "center",
    )
    remember(d, site, prod)
    return [p]


SOIL_PARAMS = [
    ("pH (1:2.5 water)", "pH (CaCl2)", "pH (eau)", "", (5.8, 8.1), "5.5 - 8.5"),
    ("Electrical conductivity", "Salzgehalt (KCl)", "Conductivité", "uS/cm", (850, 2900), "< 3300"),
    (
        "Organic matter (LOI)",
        "Organische Substanz",
        "Matière organique",
        "%",
        (3.0, 11.0),
        "3 - 20",
    ),
    ("Total nitrogen", "Stickstoff gesamt", "Azote total", "%", (0.16, 0.45), "> 0.15"),
    ("C:N ratio", "C/N-Verhältnis", "Rapport C/N", "", (9.0, 17.0), "< 20"),
    ("Extractable phosphorus", "Phosphor (P2O5)", "Phosphore (P2O5)", "mg/l", (18, 95), "16 - 140"),
    ("Extractable potassium", "Kalium (K2O)", "Potassium (K2O)", "mg/l", (130, 620), "121 - 1500"),
    ("Extractable magnesium", "Magnesium (MgO)", "Magnésium (MgO)", "mg/l", (60, 380), "51 - 600"),
    ("Stones > 2mm", "Steine > 2 mm", "Éléments > 2 mm", "% m/m", (3.0, 24.0), "< 30"),
    ("Stones > 20mm", "Steine > 20 mm", "Éléments > 20 mm", "% m/m", (0.0, 9.0), "< 10"),
    (
        "Visible contaminants > 2mm",
        "Fremdstoffe > 2 mm",
        "Impuretés > 2 mm",
        "% m/m",
        (0.0, 0.4),
        "< 0.5",
    ),
]


def tpl_soil_certificate(rng: random.Random, who: Issuer) -> list[Page]:
    """A soil laboratory's certificate of analysis for a topsoil sample: sample details, the
    results against the limits of the standard, a page with the particle size chart and the
    texture class, and the notes and signature of the analyst."""
    h = head_of(who, "lab", abroad=0.1)
    lg = h.lang
    s = style_of(h)
    w, _hh = s.page_size
    m = s.margin
    d = last_day(rng, ("quarry_ticket",), (3, 12))
    cert = serial(rng, rng.choice(["SSL/99/99999", "99-999999", "AB 9999/99"]))
    source = (
        LAST["extra"]
        if after("quarry_ticket") and isinstance(LAST["extra"], str)
        else rng.choice(PRODUCTS[home()])[0]
    )
    if not any(t in source.lower() for t in ("topsoil", "boden", "terre", "substrat")):
        source = next(
            p_
            for p_, _ in PRODUCTS[home()]
            if any(t in p_.lower() for t in ("topsoil", "boden", "terre"))
        )
    f = sheets(s, h, f"{h.name} - {tr(lg, 'Certificate', 'Prüfbericht', 'Rapport')} {cert}")
    caption(
        f,
        s,
        tr(
            lg,
            "CERTIFICATE OF ANALYSIS - TOPSOIL",
            "PRÜFBERICHT BODENUNTERSUCHUNG",
            "RAPPORT D'ANALYSE DE TERRE",
        ),
        3,
    )
    f.y = fields(
        f.page,
        s,
        m,
        f.y,
        w - 2 * m,
        [
            (tr(lg, "Report no.", "Bericht-Nr.", "N° rapport"), cert),
            (tr(lg, "Date reported", "Datum", "Date d'édition"), short(d, lg)),
            (tr(lg, "Client", "Auftraggeber", "Client"), firm_head().name),
            (
                tr(lg, "Sample received", "Probeneingang", "Réception"),
                short(d - timedelta(days=rng.randint(4, 10)), lg),
            ),
            (
                tr(lg, "Sample reference", "Probenbezeichnung", "Référence échantillon"),
                fit(source, s.font, 8.5, 200),
            ),
            (tr(lg, "Lab no.", "Labor-Nr.", "N° labo"), serial(rng, "99999")),
            (
                tr(lg, "Standard", "Grundlage", "Référentiel"),
                tr(lg, "BS 3882:2015 multipurpose", "DIN 18915 / FLL", "NF U 44-551"),
            ),
            (
                tr(lg, "Sampled by", "Probenahme", "Prélèvement"),
                tr(lg, "Client", "Auftraggeber", "Client"),
            ),
        ],
        per=2,
        tall=24,
        hand=False,
    )
    cols = columns(
        m, w - m, [(3.5, "left"), (1, "left"), (1.1, "right"), (1.3, "right"), (1, "center")]
    )
    rows = []
    for p_ in SOIL_PARAMS[: rng.randint(8, len(SOIL_PARAMS))]:
        lo, hi = p_[4]
        v = rng.uniform(lo, hi)
        val = f"{v:.0f}" if hi > 50 else f"{v:.2f}" if hi < 1 else f"{v:.1f}"
        rows.append(
            [
                p_[{"en": 0, "de": 1, "fr": 2}[lg]],
                p_[3],
                val.replace(".", "," if lg != "en" else "."),
                p_[5],
                tr(lg, "Pass", "i.O.", "Conforme"),
            ]
        )
    table(
        f,
        cols,
        [
            tr(lg, "Determinand", "Parameter", "Paramètre"),
            tr(lg, "Units", "Einheit", "Unité"),
            tr(lg, "Result", "Ergebnis", "Résultat"),
            tr(lg, "Limit", "Richtwert", "Seuil"),
            tr(lg, "Compliance", "Bewertung", "Conformité"),
        ],
        rows,
        s,
        rules=True,
        shade=0.9,
    )
    f.y += 8
    write(
        f,
        s,
        tr(
            lg,
            "Results relate only to the sample tested. This certificate shall not be reproduced "
            "except in full without the approval of the laboratory.",
            "Die Ergebnisse beziehen sich ausschließlich auf die untersuchte Probe. Auszugsweise "
            "Vervielfältigung nur mit Genehmigung des Labors.",
            "Les résultats ne concernent que l'échantillon analysé. Reproduction partielle "
            "interdite sans accord du laboratoire.",
        ),
        s.size - 1.5,
    )
    # particle size page
    f.new_page()
    caption(
        f,
        s,
        tr(
            lg,
            "Particle size distribution and texture",
            "Korngrößenverteilung und Bodenart",
            "Granulométrie et texture",
        ),
        1.5,
        rule=True,
    )
    clay = rng.randint(8, 32)
    silt = rng.randint(15, 45)
    sand = 100 - clay - silt
    bands = [
        (tr(lg, "Clay <0.002", "Ton <0,002", "Argile <0,002"), clay),
        (tr(lg, "Silt 0.002-0.063", "Schluff 0,002-0,063", "Limon 0,002-0,05"), silt),
        (tr(lg, "Fine sand", "Feinsand", "Sable fin"), round(sand * 0.5)),
        (tr(lg, "Medium sand", "Mittelsand", "Sable moyen"), round(sand * 0.3)),
        (
            tr(lg, "Coarse sand", "Grobsand", "Sable grossier"),
            sand - round(sand * 0.5) - round(sand * 0.3),
        ),
    ]
    x0 = m + 110
    bw = w - m - x0 - 40
    y = f.y + 6
    for name, pc in bands:
        f.page.text(m, y + 8, name, s.font, 8)
        f.page.rect(x0, y, bw * pc / 60, 11, fill=0.45)
        f.page.rect(x0, y, bw, 11)
        f.page.text(w - m, y + 8, f"{pc} %", s.font, 8, "right")
        y += 20
    for k in range(0, 61, 10):
        f.page.text(x0 + bw * k / 60, y + 6, str(k), s.font, 6.5, "center")
    f.y = y + 30
    texture = rng.choice(
        [
            tr(lg, "Sandy loam", "Sandiger Lehm (sL)", "Limon sableux"),
            tr(lg, "Loam", "Lehm (L)", "Limon"),
            tr(lg, "Sandy clay loam", "Sandig-toniger Lehm", "Limon argilo-sableux"),
            tr(lg, "Silty loam", "Schluffiger Lehm", "Limon fin"),
        ]
    )
    f.y = fields(
        f.page,
        s,
        m,
        f.y,
        w - 2 * m,
        [
            (tr(lg, "Texture class", "Bodenart", "Classe de texture"), texture),
            (
                tr(lg, "Overall assessment", "Gesamtbewertung", "Avis global"),
                tr(
                    lg,
                    "Compliant - multipurpose grade",
                    "geeignet für Vegetationsflächen",
                    "Apte à l'usage paysager",
                ),
            ),
        ],
        per=2,
        tall=24,
        hand=False,
    )
    f.heading(m, tr(lg, "Comments", "Bemerkungen", "Commentaires"), s.bold, s.size)
    write(f, s, prose(rng, lg, "soil", 2, 4), s.size - 0.5)
    f.need(90)
    f.y += 20
    analyst = staff(h, "analyst")
    scrawl(f.page, m, f.y, analyst)
    f.y += 10
    f.page.text(m, f.y, analyst, s.bold, s.size - 1)
    f.page.text(
        m,
        f.y + 11,
        tr(
            lg,
            "Laboratory Manager - authorised signatory",
            "Laborleitung",
            "Responsable de laboratoire",
        ),
        s.font,
        s.size - 1.5,
    )
    if rng.random() < 0.6:
        seal(
            f.page,
            w - m - 60,
            f.y - 10,
            34,
            tr(lg, "UKAS TESTING", "DAkkS", "COFRAC ESSAIS"),
            serial(keyed(who, "acc"), "9999"),
        )
    pages = f.pages
    numbers = (
        tr(lg, "Page {i} of {n}", "Seite {i} von {n}", "Page {i}/{n}")
        if rng.random() < 0.8
        else h.numbers
    )
    pages = close(pages, s, h, numbers)
    received(rng, pages[0], home(), d, 0.2)
    remember(d)
    return pages


EWC = {
    "en": [
        ("20 02 01", "Biodegradable (green) waste"),
        ("17 05 04", "Soil and stones"),
        ("17 09 04", "Mixed construction and demolition waste"),
        ("20 02 02", "Soil and stones (garden)"),
    ],
    "de": [
        ("20 02 01", "Biologisch abbaubare Abfälle (Grünschnitt)"),
        ("17 05 04", "Boden und Steine"),
        ("17 09 04", "Gemischte Bau- und Abbruchabfälle"),
        ("20 03 07", "Sperrmüll"),
    ],
    "fr": [
        ("20 02 01", "Déchets biodégradables (déchets verts)"),
        ("17 05 04", "Terres et cailloux"),
        ("17 09 04", "Déchets de chantier en mélange"),
        ("17 02 01", "Bois"),
    ],
}


def tpl_skip_ticket(rng: random.Random, who: Issuer) -> list[Page]:
    """A skip hire ticket that is also the waste transfer note, on A5 from the driver's
    pad: delivery, exchange or collection ticks, skip size, site, the waste and its code,
    carrier's registration, and the signatures of producer and carrier."""
    h = head_of(who, "skip")
    lg = h.lang
    s = style_of(h, A5, margin=26, pt=8)
    w, hh = A5
    m = 26.0
    p = Page(A5)
    y = heading(p, s, h)
    d = some_day(rng)
    tno = keyed(who, "tno").randint(10000, 60000) + rng.randint(0, 999)
    title = tr(
        lg,
        "SKIP HIRE TICKET / WASTE TRANSFER NOTE",
        "LIEFERSCHEIN / ÜBERNAHMESCHEIN",
        "BON D'INTERVENTION / BORDEREAU DE DÉCHETS",
    )
    pt = shrink(title, s.bold, 9.5, w - 2 * m - 50)
    p.text(m, y, title, s.bold, pt)
    p.text(w - m, y, f"N° {tno}", "Courier-Bold", 10, "right")
    y += 12
    y = ticks(
        p,
        s,
        m,
        y,
        w - 2 * m,
        [
            tr(lg, "Delivery", "Stellen", "Dépôt"),
            tr(lg, "Exchange", "Tausch", "Échange"),
            tr(lg, "Collection", "Abholen", "Enlèvement"),
            tr(lg, "Wait & load", "Sofortbeladung", "Attente chargement"),
        ],
        {rng.randint(0, 3)},
        8,
    )
    y = ticks(
        p,
        s,
        m,
        y,
        w - 2 * m,
        ["4 yd", "6 yd", "8 yd", "12 yd", "RoRo 20 yd"]
        if lg == "en"
        else ["3 m³", "5 m³", "7 m³", "10 m³", "Abroll 20 m³"],
        {rng.randint(0, 4)},
        8,
    )
    site = a_site(rng)
    code, desc = rng.choice(EWC[lg])
    y = fields(
        p,
        s,
        m,
        y,
        w - 2 * m,
        [
            (tr(lg, "Date", "Datum", "Date"), hand_date(d, lg)),
            (tr(lg, "Customer", "Kunde", "Client"), firm_head().name),
            (tr(lg, "Site address", "Standort", "Adresse du chantier"), site.place),
            (
                tr(lg, "On road / permit", "Straße / Genehmigung", "Voirie / arrêté"),
                rng.choice([tr(lg, "Driveway", "Grundstück", "Privé"), serial(rng, "SP/99999")]),
            ),
            (tr(lg, "Description of waste", "Abfallbezeichnung", "Nature du déchet"), desc),
            (tr(lg, "EWC code", "AVV-Schlüssel", "Code déchet"), code),
            (
                tr(lg, "Container type", "Verpackung", "Conditionnement"),
                tr(lg, "Loose in skip", "lose im Container", "Vrac en benne"),
            ),
            (
                tr(lg, "Quantity", "Menge", "Quantité"),
                rng.choice(["1", tr(lg, "full", "voll", "pleine"), "3/4"]),
            ),
        ],
        per=2,
        tall=23,
        hand=True,
    )
    p.text(m, y, tr(lg, "Transferor (producer)", "Übergeber (Erzeuger)", "Producteur"), s.bold, 7.5)
    p.text(
        w / 2 + 4,
        y,
        tr(lg, "Transferee (carrier)", "Übernehmer (Beförderer)", "Transporteur"),
        s.bold,
        7.5,
    )
    y += 10
    reg = serial(
        keyed(who, "reg"), {"en": "CBDU999999", "de": "E99999999", "fr": "99-9999-999"}[lg]
    )
    p.text(m, y, fit(f"{firm_head().name}", s.font, 7, w / 2 - m - 6), s.font, 7)
    p.text(w / 2 + 4, y, fit(f"{h.name}", s.font, 7, w / 2 - m - 6), s.font, 7)
    y += 9
    p.text(m, y, "SIC 81.30", s.font, 7)
    p.text(w / 2 + 4, y, f"{tr(lg, 'Reg. no.', 'Beförderernr.', 'Récépissé n°')} {reg}", s.font, 7)
    y += 26
    if rng.random() < 0.85:
        scrawl(p, m + 4, y - 3, rng.choice(gardeners()), 11)
    scrawl(p, w / 2 + 8, y - 3, staff(h, f"drv{rng.randint(0, 2)}"), 11)
    p.line(m, y, w / 2 - 8, y)
    p.line(w / 2 + 4, y, w - m, y)
    y += 10
    p.text(
        m, y, tr(lg, "Signature / time", "Unterschrift / Uhrzeit", "Signature / heure"), s.font, 6.5
    )
    p.text(
        w / 2 + 4,
        y,
        tr(lg, "Driver / vehicle", "Fahrer / Fahrzeug", "Chauffeur / véhicule"),
        s.font,
        6.5,
    )
    y += 16
    if y < hh - 60:
        for ln in wrap(
            tr(
                lg,
                "We confirm that we have fulfilled our duty to apply the waste hierarchy as "
                "required by Regulation 12 of the Waste (England and Wales) Regulations 2011. No "
                "hazardous waste, plasterboard, tyres or asbestos in skips.",
                "Keine gefährlichen Abfälle, Gipskarton, Reifen oder Asbest. Überladene Container "
                "werden nicht abgefahren. Standgebühr ab dem 15. Tag.",
                "Interdits : déchets dangereux, plâtre, pneus, amiante. Toute benne surchargée ne "
                "sera pas enlevée. Location au-delà de 14 jours facturée.",
            ),
            s.font,
            6,
            w - 2 * m,
        ):
            p.text(m, y, ln, s.font, 6)
            y += 7.5
    p.text(
        w - m,
        hh - 16,
        tr(
            lg,
            "White: office  Yellow: customer  Pink: driver",
            "Weiß: Büro  Gelb: Kunde  Rosa: Fahrer",
            "Blanc : bureau  Jaune : client  Rose : chauffeur",
        ),
        s.font,
        5.5,
        "right",
    )
    remember(d, site)
    return [p]


def tpl_green_waste_statement(rng: random.Random, who: Issuer) -> list[Page]:
    """A composting site's monthly invoice for the firm's tipping: the invoice summary, and the
    tipping tickets of the month on one or two landscape pages."""
    h = head_of(who, "compost")
    lg = h.lang
    s = style_of(h)
    w, _hh = s.page_size
    m = s.margin
    firm = firm_head()
    back = int(LAST["extra"]) + 1 if after("green_waste_statement") else 0  # type: ignore[call-overload]
    first = month()
    for _ in range(back):
        first = (first - timedelta(days=1)).replace(day=1)
    d = first + timedelta(days=rng.randint(28, 34))
    period = f"{MONTHS_SHORT[lg][(d.month - 2) % 12]} {d.year if d.month > 1 else d.year - 1}"
    ino = serial(rng, "99999")
    f = sheets(s, h, f"{h.name} - {ino}")
    f.page.text(w - m, f.y, tr(lg, "INVOICE", "RECHNUNG", "FACTURE"), s.bold, s.size + 5, "right")
    f.y += 10
    recipient(
        f,
        s,
        h,
        [firm.name, tr(lg, "Accounts", "Buchhaltung", "Comptabilité"), firm.street, firm.town],
        d,
        [
            (tr(lg, "Invoice", "Rechnung", "Facture"), ino),
            (tr(lg, "Account", "Kunden-Nr.", "Compte"), serial(keyed(who, "acc"), "GW9999")),
            (tr(lg, "Period", "Zeitraum", "Période"), period),
        ],
    )
    mats = {
        "en": [
            ("Green waste (garden)", 38.0),
            ("Wood / brash", 28.0),
            ("Soil and turf", 18.0),
            ("Contaminated green waste", 95.0),
        ],
        "de": [
            ("Grünschnitt", 32.0),
            ("Holz / Strauchschnitt", 24.0),
            ("Bodenaushub mit Grasnarbe", 15.0),
            ("Grüngut verunreinigt", 85.0),
        ],
        "fr": [
            ("Déchets verts", 30.0),
            ("Branchages / bois", 22.0),
            ("Terre et gazon", 14.0),
            ("Déchets verts souillés", 80.0),
        ],
    }[lg]
    tickets = []
    t = first
    for _ in range(rng.randint(6, 34)):
        t += timedelta(days=rng.choice([0, 1, 1, 2, 3]))
        if t.weekday() == 6:
            t += timedelta(days=1)
        mat, price = mats[rng.choice([0, 0, 0, 1, 1, 2, 3])]
        tonnes = round(rng.uniform(0.22, 2.8), 2)
        tickets.append((t, serial(rng, "999999"), rng.choice(vans()), mat, tonnes, price))
    sums: dict[str, tuple[float, float]] = {}
    for _, _, _, mat, tn, pr in tickets:
        a, _ = sums.get(mat, (0.0, pr))
        sums[mat] = (a + tn, pr)
    cols = columns(m, w - m, [(4, "left"), (1.3, "right"), (1.2, "right"), (1.4, "right")])
    rows = [
        [mat, f"{money(tn, lg)} t", money(pr, lg), money(tn * pr, lg)]
        for mat, (tn, pr) in sums.items()
    ]
    table(
        f,
        cols,
        [
            tr(lg, "Material", "Material", "Matière"),
            tr(lg, "Tonnes", "Menge", "Tonnage"),
            tr(lg, "Rate/t", "Preis/t", "Prix/t"),
            tr(lg, "Amount", "Betrag", "Montant"),
        ],
        rows,
        s,
        rules=True,
    )
    net = round(sum(tn * pr for tn, pr in sums.values()), 2)
    totals(f, s, lg, net, vat(lg) if lg != "fr" else 10.0)
    f.y += 6
    write(
        f,
        s,
        tr(
            lg,
            f"{len(tickets)} tickets this period - see attached list. Direct debit will be taken "
            f"on or after {short(d + timedelta(days=14), lg)}.",
            f"{len(tickets)} Anlieferungen im Zeitraum - siehe Anlage. Der Betrag wird am "
            f"{short(d + timedelta(days=14), lg)} per SEPA-Lastschrift eingezogen.",
            f"{len(tickets)} apports sur la période - voir liste jointe. Prélèvement SEPA le "
            f"{short(d + timedelta(days=14), lg)}.",
        ),
        s.size - 1,
    )
    pages = close(f.pages, s, h)
    s2 = style_of(h, landscape(A4), margin=40, pt=8)
    w2, h2 = landscape(A4)
    g = Sheets(
        (w2, h2),
        h2 - 46,
        lambda p, n: (
            running_header(
                p,
                s2,
                f"{h.name} - {tr(lg, 'Ticket list', 'Wiegescheinliste', 'Liste des bons')} - "
                f"{firm.name} - {period}",
            )
            + 8
        ),
    )
    c2 = columns(
        40,
        w2 - 40,
        [
            (1.2, "left"),
            (1.2, "left"),
            (1.4, "left"),
            (3, "left"),
            (1.1, "right"),
            (1, "right"),
            (1.2, "right"),
        ],
    )
    table(
        g,
        c2,
        [
            tr(lg, "Date", "Datum", "Date"),
            tr(lg, "Ticket", "Schein", "Bon"),
            tr(lg, "Vehicle", "Fahrzeug", "Véhicule"),
            tr(lg, "Material", "Material", "Matière"),
            tr(lg, "Net t", "Netto t", "Net t"),
            tr(lg, "Rate", "Preis", "Prix"),
            tr(lg, "Amount", "Betrag", "Montant"),
        ],
        [
            [short(t_, lg), no, v, mat, money(tn, lg), money(pr, lg), money(tn * pr, lg)]
            for t_, no, v, mat, tn, pr in tickets
        ],
        s2,
        size=8,
        shade=0.88,
        step=1.75,
    )
    g.y += 6
    g.page.text(
        w2 - 40,
        g.y,
        f"{tr(lg, 'Total', 'Summe', 'Total')}: {money(sum(x[4] for x in tickets), lg)} t   "
        f"{cash(net, lg)}",
        s2.bold,
        8.5,
        "right",
    )
    number_pages(g.pages, s2, "{i}/{n}", "br", top=18, bottom=20)
    pages += g.pages
    received(rng, pages[0], home(), d, 0.25)
    remember(d, None, back)
    return pages


MACHINES = [
    ("Stihl MS 261 C-M chainsaw", "Stihl MS 261 C-M Motorsäge", "Tronçonneuse Stihl MS 261 C-M"),
    (
        "Husqvarna 545FR brushcutter",
        "Husqvarna 545FR Freischneider",
        "Débroussailleuse Husqvarna 545FR",
    ),
    (
        "Kubota G23-II ride-on mower",
        "Kubota G23-II Aufsitzmäher",
        "Tondeuse autoportée Kubota G23-II",
    ),
    ("Hayter Harrier 56 mower", "Viking MB 756 YS Rasenmäher", "Tondeuse Honda HRH 536"),
    ("Timberwolf TW 230DHB chipper", "Jensen A530 Häcksler", "Broyeur de branches Jensen A530"),
    ("Stihl HS 82 R hedge trimmer", "Stihl HS 82 R Heckenschere", "Taille-haie Stihl HS 82 R"),
    ("Camon C10 rotavator", "Stihl BT 131 Erdbohrer", "Motobineuse Pubert"),
    ("Billy Goat leaf blower", "Echo PB-770 Blasgerät", "Souffleur Echo PB-770"),
]
PARTS = {
    "en": [
        "Air filter",
        "Spark plug",
        "Fuel filter",
        "Chain 3/8 .050 68DL",
        "Guide bar 16in",
        "Blade set",
        "Drive belt",
        "Recoil starter rope",
        "Trimmer head",
        "Oil 2-stroke 1L",
        "Carburettor kit",
        "Blade bolt kit",
        "Hydraulic oil 5L",
        "Engine oil 10W-30 1.5L",
    ],
    "de": [
        "Luftfilter",
        "Zündkerze",
        "Kraftstofffilter",
        'Sägekette 3/8" 1,3',
        "Führungsschiene 40 cm",
        "Messersatz",
        "Keilriemen",
        "Anwerfseil",
        "Mähkopf",
        "Zweitaktöl 1 l",
        "Vergaser-Reparatursatz",
        "Messerschrauben",
        "Hydrauliköl 5 l",
        "Motoröl 10W-30 1,5 l",
    ],
    "fr": [
        "Filtre à air",
        "Bougie",
        "Filtre à essence",
        "Chaîne 3/8 1,3",
        "Guide 40 cm",
        "Jeu de lames",
        "Courroie",
        "Corde de lanceur",
        "Tête de débroussailleuse",
        "Huile 2 temps 1 L",
        "Kit carburateur",
        "Boulonnerie de lame",
        "Huile hydraulique 5 L",
        "Huile moteur 1,5 L",
    ],
}


def tpl_machinery_repair(rng: random.Random, who: Issuer) -> list[Page]:
    """A groundcare dealer's workshop invoice: the machine and its serial number and hours,
    the fault reported and the work done, parts and labour; now and then the technician's
    service checklist behind it."""
    h = head_of(who, "dealer", abroad=0.08)
    lg = h.lang
    s = style_of(h)
    w, _hh = s.page_size
    m = s.margin
    firm = firm_head()
    d = some_day(rng)
    job = serial(rng, "WJ99999")
    ino = serial(rng, "999999")
    kind = rng.randrange(len(MACHINES))
    mach = MACHINES[kind][{"en": 0, "de": 1, "fr": 2}[lg]]
    f = sheets(s, h, f"{h.name} - {tr(lg, 'Invoice', 'Rechnung', 'Facture')} {ino}")
    f.page.text(
        w - m,
        f.y,
        tr(lg, "WORKSHOP INVOICE", "WERKSTATTRECHNUNG", "FACTURE ATELIER"),
        s.bold,
        s.size + 4,
        "right",
    )
    f.y += 10
    recipient(
        f,
        s,
        h,
        [firm.name, firm.street, firm.town],
        d,
        [
            (tr(lg, "Invoice", "Rechnung", "Facture"), ino),
            (tr(lg, "Job no.", "Auftrag", "OR n°"), job),
        ],
    )
    f.y = fields(
        f.page,
        s,
        m,
        f.y,
        w - 2 * m,
        [
            (tr(lg, "Machine", "Gerät", "Matériel"), mach),
            (tr(lg, "Serial no.", "Seriennummer", "N° de série"), serial(rng, "999999999")),
            (
                tr(lg, "Hours", "Betriebsstunden", "Heures"),
                str(rng.randint(40, 2200)) if kind in (2, 3, 4) else "-",
            ),
            (
                tr(lg, "Booked in", "Annahme", "Entrée atelier"),
                short(d - timedelta(days=rng.randint(2, 12)), lg),
            ),
        ],
        per=2,
        tall=24,
        hand=False,
    )
    f.heading(
        m, tr(lg, "Fault reported", "Fehlerbeschreibung Kunde", "Panne signalée"), s.bold, s.size
    )
    write(
        f,
        s,
        rng.choice(
            [
                tr(
                    lg,
                    "Hard to start, cuts out under load.",
                    "Springt schlecht an, geht unter Last aus.",
                    "Démarrage difficile, cale en charge.",
                ),
                tr(
                    lg,
                    "Annual service. Blades blunt.",
                    "Jahresinspektion, Messer stumpf.",
                    "Révision annuelle, lames émoussées.",
                ),
                tr(
                    lg,
                    "Chain brake not engaging. Oil leak.",
                    "Kettenbremse greift nicht, Ölverlust.",
                    "Frein de chaîne inopérant, fuite d'huile.",
                ),
                tr(
                    lg,
                    "Drive belt slipping on slopes.",
                    "Antrieb rutscht am Hang.",
                    "La courroie patine en pente.",
                ),
            ]
        ),
    )
    f.heading(
        m, tr(lg, "Work carried out", "Ausgeführte Arbeiten", "Travaux effectués"), s.bold, s.size
    )
    write(
        f,
        s,
        prose(rng, lg, "garden", 1, 2).replace(".", ";", 1)
        if rng.random() < 0.2
        else tr(
            lg,
            "Stripped and cleaned carburettor, replaced filters and plug, sharpened and balanced "
            "blades, checked safety devices, test run OK.",
            "Vergaser zerlegt und gereinigt, Filter und Zündkerze erneuert, Messer geschliffen "
            "und gewuchtet, Sicherheitseinrichtungen geprüft, Probelauf i.O.",
            "Carburateur démonté et nettoyé, filtres et bougie remplacés, lames affûtées et "
            "équilibrées, sécurités contrôlées, essai OK.",
        ),
    )
    cols = columns(
        m, w - m, [(1.4, "left"), (4, "left"), (0.8, "right"), (1.1, "right"), (1.3, "right")]
    )
    rows = []
    net = 0.0
    for part in rng.sample(PARTS[lg], rng.randint(2, 7)):
        q = rng.choice([1, 1, 1, 2])
        pr = round(rng.uniform(3.5, 68), 2)
        rows.append(
            [
                serial(rng, "9999-999-9999") if rng.random() < 0.5 else serial(rng, "AA99999"),
                part,
                str(q),
                money(pr, lg),
                money(q * pr, lg),
            ]
        )
        net += q * pr
    hrs = rng.choice([0.5, 1.0, 1.5, 2.0, 2.5, 3.5])
    rate = rng.choice([48.0, 55.0, 62.0, 68.0, 72.0])
    rows.append(
        [
            "",
            tr(
                lg,
                "Workshop labour (hrs)",
                "Arbeitszeit Werkstatt (Std.)",
                "Main-d'oeuvre atelier (h)",
            ),
            f"{hrs:g}",
            money(rate, lg),
            money(hrs * rate, lg),
        ]
    )
    net += hrs * rate
    if rng.random() < 0.4:
        rows.append(
            [
                "",
                tr(
                    lg,
                    "Collection and delivery",
                    "Hol- und Bringservice",
                    "Enlèvement et livraison",
                ),
                "1",
                money(35.0, lg),
                money(35.0, lg),
            ]
        )
        net += 35.0
    table(
        f,
        cols,
        [
            tr(lg, "Part no.", "Teile-Nr.", "Référence"),
            tr(lg, "Description", "Bezeichnung", "Désignation"),
            tr(lg, "Qty", "Menge", "Qté"),
            tr(lg, "Unit", "Preis", "PU"),
            tr(lg, "Total", "Gesamt", "Total"),
        ],
        rows,
        s,
        rules=rng.random() < 0.5,
    )
    totals(f, s, lg, round(net, 2), vat(lg) if lg == home() else 0.0)
    write(
        f,
        s,
        tr(
            lg,
            "Parts carry a 6-month warranty. Machines not collected within 28 days may be subject "
            "to a storage charge.",
            "Gewährleistung auf Ersatzteile 12 Monate. Nicht abgeholte Geräte werden nach 4 "
            "Wochen berechnet.",
            "Pièces garanties 6 mois. Matériel non retiré sous 30 jours : frais de gardiennage.",
        ),
        s.size - 1.5,
    )
    pages = close(f.pages, s, h)
    received(rng, pages[0], home(), d)
    if rng.random() < 0.4:
        p = Page(A4)
        s2 = style_of(h, A4, pt=9)
        y = heading(p, s2, h) if rng.random() < 0.5 else s2.margin
        p.text(
            s2.margin,
            y,
            tr(lg, "SERVICE CHECKLIST", "INSPEKTIONSPROTOKOLL", "FICHE DE CONTRÔLE ENTRETIEN"),
            s2.bold,
            12,
        )
        p.text(w - s2.margin, y, f"{tr(lg, 'Job', 'Auftrag', 'OR')} {job}", s2.font, 9, "right")
        y += 14
        p.text(s2.margin, y, fit(mach, s2.font, 9, w - 2 * s2.margin), s2.font, 9)
        y += 22
        checks = {
            "en": [
                "Engine oil",
                "Air filter",
                "Fuel system",
                "Spark plug",
                "Blades / chain",
                "Belts",
                "Tyre pressures",
                "Safety switches",
                "Brakes",
                "Controls / cables",
                "Battery",
                "Greasing",
                "Test run",
            ],
            "de": [
                "Motoröl",
                "Luftfilter",
                "Kraftstoffsystem",
                "Zündkerze",
                "Messer / Kette",
                "Riemen",
                "Reifendruck",
                "Sicherheitsschalter",
                "Bremsen",
                "Bowdenzüge",
                "Batterie",
                "Abschmieren",
                "Probelauf",
            ],
            "fr": [
                "Huile moteur",
                "Filtre à air",
                "Circuit carburant",
                "Bougie",
                "Lames / chaîne",
                "Courroies",
                "Pression pneus",
                "Sécurités",
                "Freins",
                "Câbles",
                "Batterie",
                "Graissage",
                "Essai",
            ],
        }[lg]
        xs = [w - s2.margin - 150, w - s2.margin - 100, w - s2.margin - 50]
        for k, t in enumerate(
            [
                tr(lg, "OK", "i.O.", "OK"),
                tr(lg, "Adjusted", "eingestellt", "Réglé"),
                tr(lg, "Replaced", "erneuert", "Remplacé"),
            ]
        ):
            p.text(xs[k] + 4, y, t, s2.bold, 7.5, "center")
        y += 12
        for c in checks:
            p.text(s2.margin, y, c, s2.font, 9)
            pick = rng.choice([0, 0, 0, 1, 2])
            for k, x in enumerate(xs):
                p.rect(x, y - 8, 9, 9)
                if k == pick:
                    p.text(x + 1.5, y, "X", HAND, 9)
            p.line(s2.margin, y + 4, w - s2.margin, y + 4)
            y += 19
        y += 10
        p.text(
            s2.margin,
            y,
            tr(lg, "Technician's notes", "Bemerkungen Techniker", "Observations du technicien"),
            s2.bold,
            9,
        )
        y = hand_lines(
            p,
            s2.margin,
            y + 16,
            w - 2 * s2.margin,
            rng.choice(
                [
                    tr(
                        lg,
                        "Recommend new blades next service. Deck worn at rear.",
                        "Messer beim nächsten Service tauschen. Mähdeck hinten verschlissen.",
                        "Prévoir lames neuves. Carter usé à l'arrière.",
                    ),
                    tr(
                        lg,
                        "Customer advised chain brake band worn.",
                        "Kunde auf Verschleiß Bremsband hingewiesen.",
                        "Client informé : bande de frein usée.",
                    ),
                ]
            ),
        )
        scrawl(p, s2.margin, y + 20, staff(h, "tech"), 12)
        p.text(w - s2.margin, y + 20, short(d - timedelta(days=1), lg), HAND, 9, "right")
        pages.append(p)
    remember(d)
    return pages


def tpl_carrier_registration(rng: random.Random, who: Issuer) -> list[Page]:
    """The authority's registration of the firm as a waste carrier: a covering letter, the
    registration certificate, and the conditions and notes page."""
    h = local_head("registry")
    lg = h.lang
    s = style_of(h)
    w, hh = s.page_size
    m = s.margin
    firm = firm_head()
    d = some_day(rng)
    # the carrier registration, or the second registration the same authority keeps: waste
    # exemptions (England), dealing and brokering (Germany, France)
    second = LAST["extra"] == "carrier" if after("carrier_registration") else rng.random() < 0.35
    mask = {"en": "WEX999999" if second else "CBDU999999", "de": "BB-9999-99", "fr": "99-99-99"}
    reg = serial(rng, mask[lg])
    expiry = date(d.year + (3 if lg == "en" else 5), d.month, min(d.day, 28))
    pages: list[Page] = []
    if rng.random() < 0.75:
        f = sheets(s, h, "")
        recipient(
            f,
            s,
            h,
            [firm.name, firm.street, firm.town],
            d,
            [(tr(lg, "Our ref", "Az.", "Réf."), reg if lg == "en" else serial(rng, "99.9-999/99"))],
        )
        subj = (
            tr(
                lg,
                "Registration of waste exemptions",
                "Anzeige nach § 53 KrWG - Handeln und Makeln von Abfällen",
                "Récépissé de déclaration d'activité de négoce et de courtage de déchets",
            )
            if second
            else tr(
                lg,
                "Registration as an upper tier waste carrier, broker and dealer",
                "Anzeige nach § 53 KrWG - Sammeln und Befördern von Abfällen",
                "Récépissé de déclaration d'activité de transport de déchets",
            )
        )
        f.page.text(m, f.y, fit(subj, s.bold, s.size, w - 2 * m), s.bold, s.size)
        f.y += s.size * 2.2
        write(f, s, dear(lg, None))
        write(
            f,
            s,
            tr(
                lg,
                (
                    f"We have registered the waste exemptions T6, U1 and D7 for {firm.name} at "
                    f"{firm.street}. Your registration number is {reg}. The exemptions will "
                    f"expire on {day_of(h, expiry)}."
                )
                if second
                else (
                    f"Thank you for your application. We have registered {firm.name} as an "
                    f"upper tier waste carrier, broker and dealer. Your registration number is "
                    f"{reg}. It will expire on {day_of(h, expiry)}."
                ),
                "wir bestätigen den Eingang Ihrer Anzeige vom "
                f"{short(d - timedelta(days=rng.randint(10, 40)), lg)}. Die Anzeige ist "
                f"vollständig. Ihre Beförderernummer lautet {reg}.",
                "Nous accusons réception de votre déclaration. Vous trouverez ci-joint le "
                f"récépissé n° {reg}, valable jusqu'au {short(expiry, lg)}.",
            ),
        )
        write(
            f,
            s,
            tr(
                lg,
                "You must keep a copy of your certificate in each vehicle used to carry waste and "
                "produce it on request. Tell us within 28 days if any of your details change.",
                "Bitte beachten Sie die beigefügten Hinweise. Eine Kopie dieser Bestätigung ist "
                "bei der Beförderung von Abfällen mitzuführen. Für diese Bestätigung werden "
                "Gebühren erhoben; der Gebührenbescheid folgt gesondert.",
                "Une copie du récépissé doit se trouver à bord de chaque véhicule transportant "
                "des déchets. Tout changement doit nous être signalé.",
            ),
        )
        regards(
            f,
            s,
            lg,
            staff(h, "officer"),
            tr(lg, "Permitting Support", "Sachbearbeitung", "Le chef de bureau"),
        )
        f.page.text(
            m,
            f.y,
            tr(
                lg,
                "Enclosures: registration certificate, conditions",
                "Anlagen: Bestätigung, Hinweise",
                "P.J. : récépissé, conditions",
            ),
            s.font,
            s.size - 1.5,
        )
        pages += f.pages
    # the certificate
    p = Page(A4)
    w, hh = A4
    p.rect(28, 28, w - 56, hh - 56)
    p.rect(33, 33, w - 66, hh - 66)
    y = heading(p, s, h, top=70)
    t = tr(
        lg,
        "Waste exemption registration" if second else "Certificate of registration",
        "Bestätigung der Anzeige",
        "Récépissé de déclaration",
    )
    p.text(w / 2, y + 10, t, s.bold, 18, "center")
    y += 30
    p.text(
        w / 2,
        y,
        tr(
            lg,
            "Environmental Permitting (England and Wales) Regulations 2016, Schedule 3",
            "nach § 53 KrWG - Handeln und Makeln von Abfällen",
            "Négoce et courtage de déchets - art. R.541-55 du code de l'environnement",
        )
        if second
        else tr(
            lg,
            "Waste carrier, broker and dealer - upper tier",
            "nach § 53 Kreislaufwirtschaftsgesetz (KrWG)",
            "Transport par route de déchets - art. R.541-50 du code de l'environnement",
        ),
        s.font,
        10,
        "center",
    )
    y += 40
    items = [
        (tr(lg, "Registration number", "Anzeige-Nr.", "Numéro"), reg),
        (tr(lg, "Registered business", "Anzeigender", "Déclarant"), firm.name),
        (tr(lg, "Address", "Anschrift", "Adresse"), f"{firm.street}, {firm.town}"),
        (
            tr(lg, "Business type", "Tätigkeit", "Activité"),
            tr(
                lg,
                "Exemptions T6, U1, D7"
                if second
                else "Limited company"
                if "Ltd" in firm.name
                else "Sole trader / partnership",
                "Handeln und Makeln von Abfällen"
                if second
                else "Sammeln und Befördern nicht gefährlicher Abfälle",
                "Négoce de déchets non dangereux"
                if second
                else "Transport de déchets non dangereux",
            ),
        ),
        (tr(lg, "Date registered", "Datum", "Date"), short(d, lg)),
        (
            tr(lg, "Expiry date", "Gültig bis", "Valable jusqu'au"),
            short(expiry, lg) if lg != "de" else tr(lg, "", "unbefristet", ""),
        ),
    ]
    for cap, val in items:
        p.text(90, y, cap, s.bold, 10)
        p.text(250, y, fit(val, s.font, 10, w - 250 - 80), s.font, 10)
        y += 24
    y += 20
    for ln in wrap(prose(rng, lg, "legal", 1, 2), s.font, 8.5, w - 180):
        p.text(90, y, ln, s.font, 8.5)
        y += 12
    y += 40
    seal(p, w - 150, y + 10, 40, h.name.split(" - ")[0], tr(lg, "REGISTERED", "Siegel", "VISA"))
    scrawl(p, 90, y + 20, staff(h, "officer"))
    p.line(90, y + 24, 260, y + 24)
    p.text(
        90,
        y + 36,
        tr(
            lg,
            "For and on behalf of the Environment Agency",
            "Im Auftrag",
            "Pour le préfet et par délégation",
        ),
        s.font,
        8,
    )
    if lg == "en":
        p.barcode("qr", f"ea.gov.uk/r/{reg}", w - 240, hh - 250)
    pages.append(p)
    if rng.random() < 0.6:
        pages.append(
            small_print(
                rng,
                s,
                h,
                tr(
                    lg,
                    "Conditions and important information",
                    "Hinweise und Pflichten",
                    "Obligations du transporteur",
                ),
                {
                    "en": [
                        "Your duty of care",
                        "Waste transfer notes",
                        "Keeping records",
                        "Changes to your details",
                        "Renewal",
                        "Revocation",
                        "Offences",
                        "Data protection",
                    ],
                    "de": [
                        "Nachweispflichten",
                        "Registerführung",
                        "Mitführungspflicht",
                        "Änderungen",
                        "Gebühren",
                        "Widerruf",
                        "Ordnungswidrigkeiten",
                        "Datenschutz",
                    ],
                    "fr": [
                        "Registre chronologique",
                        "Bordereaux de suivi",
                        "Véhicules",
                        "Modifications",
                        "Renouvellement",
                        "Retrait",
                        "Sanctions",
                        "Données personnelles",
                    ],
                }[lg],
            )
        )
    out = close(pages, s, h)
    received(rng, out[0], lg, d, 0.3)
    remember(d, None, "exemption" if second else "carrier")
    return out


# ---------------------------------------------------------------------------------------------
# Templates CCC: trees, the council and the arboricultural consultant
# ---------------------------------------------------------------------------------------------

TREES = [
    ("Oak", "Stieleiche", "Chêne pédonculé", "Quercus robur"),
    ("Ash", "Esche", "Frêne", "Fraxinus excelsior"),
    ("Beech", "Rotbuche", "Hêtre", "Fagus sylvatica"),
    ("Sycamore", "Bergahorn", "Érable sycomore", "Acer pseudoplatanus"),
    ("Horse chestnut", "Rosskastanie", "Marronnier", "Aesculus hippocastanum"),
    ("Silver birch", "Sandbirke", "Bouleau", "Betula pendula"),
    ("Lime", "Winterlinde", "Tilleul", "Tilia cordata"),
    ("Leyland cypress", "Thuja", "Thuya", "x Cuprocyparis leylandii"),
    ("Cherry", "Vogelkirsche", "Merisier", "Prunus avium"),
    ("Scots pine", "Waldkiefer", "Pin sylvestre", "Pinus sylvestris"),
    ("Walnut", "Walnuss", "Noyer", "Juglans regia"),
    ("Norway maple", "Spitzahorn", "Érable plane", "Acer platanoides"),
]
WORKS_TREE = {
    "en": [
        "Fell to ground level and grind stump",
        "Crown reduce by 2m all round",
        "Crown lift to 5.2m over highway",
        "Remove deadwood > 25mm",
        "Crown thin by 20%",
        "Reduce lateral branches overhanging no. 14 by 1.5m",
        "Pollard to previous points",
    ],
    "de": [
        "Fällung, Wurzelstock fräsen",
        "Kroneneinkürzung um ca. 2 m",
        "Lichtraumprofil herstellen auf 4,50 m",
        "Totholz entfernen",
        "Kronenauslichtung ca. 20 %",
        "Rückschnitt Überhang Nachbargrundstück",
        "Kopfbaumschnitt",
    ],
    "fr": [
        "Abattage et rognage de souche",
        "Réduction de couronne de 2 m",
        "Relevé de couronne à 4,50 m",
        "Suppression du bois mort",
        "Éclaircie de 20 %",
        "Taille des branches surplombant la propriété voisine",
        "Taille en têtard",
    ],
}


def tree_rows(rng: random.Random, lg: str, n: int) -> list[tuple[str, str, int, int, str, str]]:
    """``n`` trees: number, species, height, stem diameter, category and recommended works."""
    out = []
    start = rng.randint(1, 30)
    for k in range(n):
        t = rng.choice(TREES)
        name = t[{"en": 0, "de": 1, "fr": 2}[lg]]
        out.append(
            (
                f"T{start + k}",
                name,
                rng.randint(5, 26),
                rng.randint(18, 110),
                rng.choice("UABBCC"),
                rng.choice(WORKS_TREE[lg]),
            )
        )
    return out


QUALS = {
    "en": ["MArborA", "Dip. Arb. (RFS)"],
    "de": ["Dipl.-Ing. (FH)", "M.Sc. Forstwiss."],
    "fr": ["expert arboriste", "ingénieur paysagiste"],
}


def tpl_tree_survey(rng: random.Random, who: Issuer) -> list[Page]:
    """An arboricultural consultant's tree survey report for a client's site: a cover page,
    the introduction and findings, the tree schedule on landscape pages and the tree plan."""
    h = head_of(who, "arb")
    lg = h.lang
    s = style_of(h)
    w, hh = s.page_size
    m = s.margin
    site = a_site(rng)
    d = some_day(rng)
    ref = serial(rng, rng.choice(["AR/99/999", "TS-9999", "G 99-999"]))
    title = tr(
        lg,
        "Tree Survey and Arboricultural Report",
        "Baumgutachten - Verkehrssicherheit und Erhaltungswürdigkeit",
        "Diagnostic phytosanitaire et mécanique des arbres",
    )
    trees = tree_rows(rng, lg, rng.randint(5, 26))
    # cover
    p = Page(A4)
    y = heading(p, s, h)
    y += 120
    for ln in wrap(title, s.bold, 20, w - 2 * m):
        p.text(w / 2, y, ln, s.bold, 20, "center")
        y += 26
    y += 10
    p.text(
        w / 2,
        y,
        tr(
            lg,
            "in accordance with BS 5837:2012",
            "nach FLL-Baumkontrollrichtlinie",
            "selon la méthode VTA",
        ),
        italic_of(s.font),
        11,
        "center",
    )
    y += 60
    for cap, val in [
        (tr(lg, "Site", "Objekt", "Site"), site.place),
        (tr(lg, "Client", "Auftraggeber", "Client"), plain(site.name)),
        (tr(lg, "On behalf of", "Im Auftrag von", "Pour le compte de"), firm_head().name),
        (tr(lg, "Report ref.", "Gutachten-Nr.", "Réf."), ref),
        (
            tr(lg, "Date of survey", "Ortstermin", "Date de visite"),
            short(d - timedelta(days=rng.randint(3, 20)), lg),
        ),
        (tr(lg, "Report date", "Datum", "Date du rapport"), short(d, lg)),
    ]:
        p.text(m + 40, y, cap, s.bold, 10)
        p.text(m + 170, y, fit(val, s.font, 10, w - m - 170 - m), s.font, 10)
        y += 20
    y += 40
    p.text(
        m + 40,
        y,
        f"{tr(lg, 'Prepared by', 'Bearbeitet', 'Rédigé par')}: {staff(h, 'arb')} "
        f"{QUALS[lg][keyed(who, 'q').randrange(2)]}",
        s.font,
        9.5,
    )
    photo(p, m + 40, hh - m - 200, w - 2 * m - 80, 140, rng)
    pages = [p]
    f = sheets(s, h, f"{ref} - {site.place}", top=False)
    for k, sec in enumerate(
        [
            tr(lg, "Introduction and scope", "Auftrag und Umfang", "Objet de la mission"),
            tr(lg, "Method", "Methodik", "Méthode"),
            tr(lg, "Site description", "Standort", "Description du site"),
            tr(lg, "Findings", "Befund", "Constats"),
            tr(lg, "Recommendations", "Empfehlungen", "Préconisations"),
            tr(lg, "Limitations", "Einschränkungen", "Limites"),
        ][: rng.randint(4, 6)],
        1,
    ):
        f.heading(m, f"{k}. {sec}", s.bold, s.size + 1)
        for _ in range(rng.randint(1, 3)):
            write(f, s, prose(rng, lg, "trees", 2, 4))
    pages += f.pages
    s2 = style_of(h, landscape(A4), margin=36, pt=8)
    w2, h2 = landscape(A4)
    g = Sheets(
        (w2, h2),
        h2 - 40,
        lambda p_, n: (
            running_header(
                p_,
                s2,
                f"{ref} - "
                + tr(
                    lg, "Appendix 1 - Tree schedule", "Anlage 1 - Baumliste", "Annexe 1 - Tableau"
                ),
            )
            + 8
        ),
    )
    c2 = columns(
        36,
        w2 - 36,
        [
            (0.6, "left"),
            (1.6, "left"),
            (0.6, "right"),
            (0.7, "center"),
            (1.0, "left"),
            (0.6, "center"),
            (3.6, "left"),
            (0.8, "left"),
        ],
    )
    rows = []
    for no, sp, ht, dbh, cat, rec in trees:
        cond = rng.choice(
            [
                tr(lg, "Good", "gut", "Bon"),
                tr(lg, "Fair", "mittel", "Moyen"),
                tr(lg, "Poor", "schlecht", "Mauvais"),
            ]
        )
        rows.append(
            [
                no,
                sp,
                str(ht),
                str(dbh * 10),
                cond,
                cat,
                rec,
                rng.choice(["0-6m", "6-12m", "12m+", "-"]),
            ]
        )
    table(
        g,
        c2,
        [
            "No.",
            tr(lg, "Species", "Baumart", "Essence"),
            tr(lg, "Ht m", "Höhe", "H m"),
            tr(lg, "Dia mm", "StU cm", "Ø mm"),
            tr(lg, "Condition", "Zustand", "État"),
            tr(lg, "Cat.", "Kat.", "Cat."),
            tr(lg, "Recommendation", "Maßnahme", "Préconisation"),
            tr(lg, "Priority", "Frist", "Délai"),
        ],
        rows,
        s2,
        size=7.5,
        rules=True,
        shade=0.88,
        step=2.1,
    )
    pages += g.pages
    # the tree plan
    p = Page((w2, h2))
    p.rect(24, 24, w2 - 48, h2 - 48)
    p.rect(60, 60, w2 - 260, h2 - 140)
    p.rect(120, 100, 160, 90, fill=0.85)
    p.text(200, 150, tr(lg, "HOUSE", "GEBÄUDE", "BÂTIMENT"), "Helvetica-Bold", 9, "center")
    for no, _, _ht, dbh, cat, _ in trees:
        cx, cy = rng.uniform(90, w2 - 240), rng.uniform(90, h2 - 100)
        r = 8 + dbh * 0.18
        ring(p, cx, cy, r, 24)
        if cat != "U":
            ring(p, cx, cy, r * 1.6, 30)
        p.text(cx, cy + 3, no, "Helvetica", 6, "center")
    x = w2 - 190
    p.text(
        x,
        70,
        tr(lg, "TREE CONSTRAINTS PLAN", "BAUMBESTANDSPLAN", "PLAN DE REPÉRAGE"),
        "Helvetica-Bold",
        9,
    )
    for k, t in enumerate(
        [
            tr(lg, "Cat. A - high quality", "Kat. A", "Cat. A"),
            tr(lg, "Cat. B - moderate", "Kat. B", "Cat. B"),
            tr(lg, "Cat. C - low", "Kat. C", "Cat. C"),
            tr(lg, "Cat. U - remove", "Kat. U - fällen", "Cat. U - abattre"),
            tr(lg, "Outer ring: RPA", "Außenring: Wurzelbereich", "Cercle ext. : zone racinaire"),
        ]
    ):
        p.text(x, 92 + 13 * k, t, "Helvetica", 7)
    p.text(x, h2 - 80, fit(h.name, "Helvetica-Bold", 7.5, 165), "Helvetica-Bold", 7.5)
    p.text(x, h2 - 68, fit(site.place, "Helvetica", 6.5, 165), "Helvetica", 6.5)
    p.text(
        x,
        h2 - 56,
        f"{ref}  {tr(lg, 'Scale', 'M', 'Éch.')} 1:{rng.choice([200, 250, 500])}  {short(d, lg)}",
        "Helvetica",
        6.5,
    )
    pages.append(p)
    numbers = (
        h.numbers
        if rng.random() < 0.5
        else tr(lg, "Page {i} of {n}", "Seite {i} von {n}", "{i}/{n}")
    )
    out = close(pages, s, h, numbers)
    received(rng, out[0], home(), d, 0.2)
    remember(d, site, trees)
    return out


def tpl_tree_application(rng: random.Random, who: Issuer) -> list[Page]:
    """The firm's application to the council, as agent for a client, for works to protected
    trees: now and then a covering letter, the form with numbered sections, tick boxes and the
    tree schedule, the declaration signed, a sketch plan and a page of photographs."""
    h = firm_head()
    lg = h.lang
    council = local_head("council")
    s = style_of(h)
    w, hh = s.page_size
    m = s.margin
    site = site_for(rng, ("tree_survey",), private=True)
    d = last_day(rng, ("tree_survey",), (2, 10))
    trees = (
        LAST["extra"]
        if after("tree_survey") and isinstance(LAST["extra"], list)
        else tree_rows(rng, lg, rng.randint(1, 6))
    )
    trees = [t for t in trees if t[5]][: rng.randint(1, 8)]
    pages: list[Page] = []
    if rng.random() < 0.55:
        f = sheets(s, h, "")
        recipient(
            f,
            s,
            h,
            [council.name, council.street, council.town],
            d,
            [(tr(lg, "Our ref", "Unser Zeichen", "Réf."), serial(rng, "TW/999"))],
        )
        f.page.text(
            m,
            f.y,
            fit(
                tr(
                    lg,
                    f"Application for works to protected trees - {site.place}",
                    f"Antrag auf Fällgenehmigung - {site.place}",
                    f"Déclaration préalable - abattage d'arbres - {site.place}",
                ),
                s.bold,
                s.size,
                w - 2 * m,
            ),
            s.bold,
            s.size,
        )
        f.y += s.size * 2
        write(f, s, dear(lg, None))
        write(
            f,
            s,
            tr(
                lg,
                f"On behalf of our client, {site.name}, we enclose an application for works to "
                f"{len(trees)} tree(s) at the above address, with a sketch plan and photographs.",
                f"im Auftrag unserer Kunden, {site.name}, übersenden wir Ihnen anbei den Antrag "
                f"auf Genehmigung von Maßnahmen an {len(trees)} Baum/Bäumen nach der "
                "Baumschutzsatzung, mit Lageskizze und Fotos.",
                f"Pour le compte de notre client, {site.name}, nous vous adressons une demande "
                f"concernant {len(trees)} arbre(s) situé(s) à l'adresse ci-dessus, avec plan et "
                "photographies.",
            ),
        )
        write(f, s, prose(rng, lg, "trees", 1, 3))
        regards(f, s, lg, boss(), boss_role(lg))
        pages += f.pages
    f = sheets(
        s,
        h,
        tr(
            lg,
            "Application for tree works",
            "Antrag Baumschutzsatzung",
            "Demande de travaux sur arbres",
        ),
        top=False,
    )
    title = tr(
        lg,
        "Application for tree works: works to trees subject to a Tree Preservation Order (TPO) "
        "and/or notification of works to trees in a conservation area",
        "Antrag auf Ausnahmegenehmigung nach der Baumschutzsatzung",
        "Déclaration préalable - coupe et abattage d'arbres (espace boisé classé)",
    )
    f.page.text(m, f.y, council.name, s.bold, s.size + 1)
    f.y += 16
    for ln in wrap(title, s.bold, s.size + 2, w - 2 * m):
        f.page.text(m, f.y, ln, s.bold, s.size + 2)
        f.y += (s.size + 2) * 1.3
    f.y += 8
    sections = [
        (
            tr(lg, "1. Applicant", "1. Antragsteller/in", "1. Demandeur"),
            [
                (tr(lg, "Name", "Name", "Nom"), plain(site.name)),
                (tr(lg, "Address", "Anschrift", "Adresse"), site.place),
            ],
        ),
        (
            tr(lg, "2. Agent", "2. Bevollmächtigte/r", "2. Mandataire"),
            [
                (tr(lg, "Name", "Firma", "Société"), h.name),
                (tr(lg, "Telephone", "Telefon", "Téléphone"), h.phone),
            ],
        ),
        (
            tr(lg, "3. Tree location", "3. Standort der Bäume", "3. Localisation"),
            [
                (tr(lg, "Address", "Grundstück", "Adresse"), site.place),
                (
                    tr(lg, "TPO / area ref.", "Flurstück", "Parcelle cadastrale"),
                    serial(rng, "TPO/99/9999") if lg == "en" else serial(rng, "999/9"),
                ),
            ],
        ),
    ]
    for sec, items in sections:
        f.y = band(f.page, s, f.y, sec) + 2
        f.y = fields(f.page, s, m, f.y, w - 2 * m, items, per=2, tall=24, hand=True)
    f.need(60)
    f.y = (
        band(f.page, s, f.y, tr(lg, "4. Status of the trees", "4. Schutzstatus", "4. Protection"))
        + 12
    )
    f.y = ticks(
        f.page,
        s,
        m,
        f.y,
        w - 2 * m,
        [
            tr(lg, "Tree Preservation Order", "Baumschutzsatzung", "Espace boisé classé"),
            tr(lg, "Conservation area", "Landschaftsschutzgebiet", "Site patrimonial"),
            tr(lg, "Don't know", "unbekannt", "Ne sait pas"),
        ],
        {rng.randint(0, 1)},
        8.5,
    )
    f.y = (
        band(
            f.page,
            s,
            f.y + 4,
            tr(
                lg,
                "5. Identification of trees and description of works",
                "5. Bäume und beantragte Maßnahmen",
                "5. Arbres et travaux envisagés",
            ),
        )
        + 8
    )
    cols = columns(m, w - m, [(0.7, "left"), (1.8, "left"), (0.8, "center"), (4.5, "left")])
    table(
        f,
        cols,
        [
            "No.",
            tr(lg, "Species", "Baumart", "Essence"),
            tr(lg, "Girth cm", "StU cm", "Circ. cm"),
            tr(lg, "Proposed works and reasons", "Maßnahme und Begründung", "Travaux et motif"),
        ],
        [[no, sp, str(int(dbh * 3.14)), rec] for no, sp, _, dbh, _, rec in trees],
        s,
        rules=True,
        step=2.0,
    )
    f.need(60)
    f.y += 6
    f.y = (
        band(f.page, s, f.y, tr(lg, "6. Supporting information", "6. Anlagen", "6. Pièces jointes"))
        + 12
    )
    f.y = ticks(
        f.page,
        s,
        m,
        f.y,
        w - 2 * m,
        [
            tr(lg, "Sketch plan", "Lageplan", "Plan de situation"),
            tr(lg, "Photographs", "Fotos", "Photographies"),
            tr(lg, "Arboricultural report", "Baumgutachten", "Diagnostic"),
            tr(lg, "Replacement planting", "Ersatzpflanzung", "Replantation"),
        ],
        {0, 1} | ({2} if after("tree_survey") else set()),
        8.5,
    )
    f.need(120)
    f.y = band(f.page, s, f.y + 4, tr(lg, "7. Declaration", "7. Erklärung", "7. Engagement")) + 12
    write(
        f,
        s,
        tr(
            lg,
            "I/we hereby apply for consent / give notice as described in this form and the "
            "accompanying plans and information. I/we confirm that, to the best of my/our "
            "knowledge, any facts stated are true and accurate.",
            "Ich/wir beantrage(n) die Genehmigung der oben beschriebenen Maßnahmen. Die Angaben "
            "sind vollständig und richtig. Ersatzpflanzungen werden nach Maßgabe der Satzung "
            "vorgenommen.",
            "J'atteste avoir qualité pour demander la présente autorisation et je certifie exacts "
            "les renseignements fournis.",
        ),
        s.size - 1,
    )
    f.y += 22
    scrawl(f.page, m + 4, f.y, boss())
    hand(f.page, w / 2 + 20, f.y, hand_date(d, lg))
    f.page.line(m, f.y + 3, w / 2 - 10, f.y + 3)
    f.page.line(w / 2 + 10, f.y + 3, w - m, f.y + 3)
    f.y += 14
    f.page.text(
        m, f.y, tr(lg, "Signed (applicant / agent)", "Unterschrift", "Signature"), s.font, 7
    )
    f.page.text(w / 2 + 10, f.y, tr(lg, "Date", "Datum", "Date"), s.font, 7)
    pages += f.pages
    # the sketch plan, by hand
    if rng.random() < 0.8:
        p = Page(A4)
        p.text(
            m,
            60,
            tr(
                lg,
                "Sketch plan - not to scale",
                "Lageskizze (unmaßstäblich)",
                "Plan de situation (sans échelle)",
            ),
            HAND,
            11,
        )
        p.text(m, 78, fit(site.place, HAND, 9, w - 2 * m), HAND, 9)
        p.rect(m + 20, 110, w - 2 * m - 40, hh - 260)
        p.rect(m + 60, 140, 180, 100)
        p.text(m + 150, 195, tr(lg, "house", "Haus", "maison"), HAND, 10, "center")
        p.text(w / 2, hh - 130, tr(lg, "road", "Straße", "rue"), HAND, 10, "center")
        for no, *_ in trees:
            cx, cy = rng.uniform(m + 60, w - m - 60), rng.uniform(280, hh - 200)
            ring(p, cx, cy, rng.uniform(12, 26), 14)
            p.text(cx + 28, cy + 3, no, HAND, 10)
        p.line(w - m - 40, 150, w - m - 40, 120)
        p.text(w - m - 40, 114, "N", HAND, 10, "center")
        pages.append(p)
    if rng.random() < 0.6:
        p = Page(A4)
        p.text(m, 50, tr(lg, "Photographs", "Fotodokumentation", "Photographies"), s.bold, 12)
        y = 70.0
        for no, sp, *_ in trees[:2] if len(trees) > 1 else trees:
            photo(p, m, y, w - 2 * m, 300, rng)
            p.text(m, y + 314, f"{no} - {sp}", s.font, 9)
            y += 340
        pages.append(p)
    remember(d, site, trees)
    return pages


def tpl_tree_consent(rng: random.Random, who: Issuer) -> list[Page]:
    """The council's decision on an application for works to protected trees: the decision
    with the trees and works, numbered conditions and reasons, and the notes on appeal."""
    h = local_head("council")
    lg = h.lang
    s = style_of(h)
    w, _hh = s.page_size
    m = s.margin
    site = site_for(rng, ("tree_application",), private=True)
    d = last_day(rng, ("tree_application",), (21, 50))
    trees = (
        LAST["extra"]
        if after("tree_application") and isinstance(LAST["extra"], list)
        else tree_rows(rng, lg, rng.randint(1, 4))
    )
    ref = serial(rng, {"en": "25/09999/TPO", "de": "67.99-999/25", "fr": "DP 999 999 25 A9999"}[lg])
    firm = firm_head()
    f = sheets(s, h, f"{ref} - {site.place}")
    recipient(
        f,
        s,
        h,
        [firm.name, firm.street, firm.town],
        d,
        [(tr(lg, "Application no.", "Aktenzeichen", "Dossier n°"), ref)],
    )
    big = tr(
        lg,
        "TOWN AND COUNTRY PLANNING ACT 1990 - TREE PRESERVATION ORDER",
        "BESCHEID",
        "ARRÊTÉ DE NON-OPPOSITION À UNE DÉCLARATION PRÉALABLE",
    )
    pt = shrink(big, s.bold, s.size + 2, w - 2 * m)
    f.page.text(m, f.y, big, s.bold, pt)
    f.y += 20
    if lg == "en":
        write(f, s, f"Applicant: {site.name}  Agent: {firm.name}")
        write(f, s, f"Location: {site.place}")
        f.y += 4
        f.page.text(
            m,
            f.y,
            "CONSENT GRANTED" if rng.random() < 0.85 else "CONSENT GRANTED IN PART",
            s.bold,
            s.size + 3,
        )
        f.y += 20
        write(
            f,
            s,
            "The Council, as local planning authority, hereby gives consent for the following "
            "works, subject to the conditions below:",
        )
    elif lg == "de":
        write(
            f,
            s,
            f"Antrag vom {short(d - timedelta(days=rng.randint(21, 50)), lg)} auf Erteilung einer "
            f"Ausnahmegenehmigung nach § 4 der Baumschutzsatzung, Grundstück {site.place}",
        )
        f.page.text(
            m,
            f.y,
            "I. Die Genehmigung wird unter folgenden Nebenbestimmungen erteilt:",
            s.bold,
            s.size,
        )
        f.y += 18
    else:
        write(
            f,
            s,
            "Le Maire, vu la déclaration préalable présentée le "
            f"{short(d - timedelta(days=rng.randint(21, 40)), lg)} par {site.name}, vu le code de "
            "l'urbanisme, vu le plan local d'urbanisme,",
        )
        f.page.text(
            m,
            f.y,
            "ARRÊTE - Article 1 : il n'est pas fait opposition à la déclaration préalable.",
            s.bold,
            s.size,
        )
        f.y += 18
    cols = columns(m, w - m, [(0.6, "left"), (1.7, "left"), (5, "left")])
    table(
        f,
        cols,
        [
            "No.",
            tr(lg, "Species", "Baumart", "Essence"),
            tr(lg, "Works approved", "Genehmigte Maßnahme", "Travaux autorisés"),
        ],
        [[no, sp, rec] for no, sp, _, _, _, rec in trees],
        s,
        rules=True,
        step=2.0,
    )
    f.heading(m, tr(lg, "Conditions", "Nebenbestimmungen", "Prescriptions"), s.bold, s.size + 1)
    conds = {
        "en": [
            "The works shall be carried out within two years of the date of this consent.",
            "The works shall be carried out in accordance with BS 3998:2010 Tree work - "
            "Recommendations.",
            "A replacement tree of the species "
            f"{rng.choice(['Acer campestre', 'Sorbus aucuparia', 'Betula pendula'])}, 10-12cm "
            "girth, shall be planted within the first planting season following the felling.",
            "If the replacement tree dies or is removed within five years it shall be replaced "
            "with another of the same size and species.",
            "No works shall be carried out during the bird nesting season without a prior check "
            "by a competent person.",
        ],
        "de": [
            "Die Genehmigung erlischt, wenn die Maßnahme nicht innerhalb eines Jahres ausgeführt "
            "wird.",
            "Die Fällung ist außerhalb der Zeit vom 1. März bis 30. September durchzuführen (§ 39 "
            "BNatSchG).",
            f"Als Ersatz ist ein {rng.choice(['Feldahorn', 'Hainbuche', 'Winterlinde'])}, "
            "Hochstamm StU 18-20 cm, bis zum 30.04. des Folgejahres zu pflanzen.",
            "Die Ersatzpflanzung ist dauerhaft zu erhalten und bei Abgang zu ersetzen.",
            "Die Fertigstellung der Ersatzpflanzung ist dem Umweltamt anzuzeigen.",
        ],
        "fr": [
            "Les travaux devront être réalisés hors période de nidification (du 15 mars au 31 "
            "juillet).",
            "Chaque arbre abattu sera remplacé par un "
            f"{rng.choice(['érable champêtre', 'tilleul', 'charme'])} de force 14/16.",
            "Les souches seront rognées et les rémanents évacués.",
            "La présente décision ne vaut pas autorisation au titre du droit des tiers.",
        ],
    }[lg]
    for k, c in enumerate(conds[: rng.randint(2, len(conds))], 1):
        f.para(m, w - 2 * m, f"{k}. {c}", s.font, s.size)
        if lg == "en":
            f.para(
                m + 14,
                w - 2 * m - 14,
                "Reason: " + words(rng, lg, "trees"),
                italic_of(s.font),
                s.size - 1,
            )
    if lg == "de":
        f.heading(m, "II. Gebühren", s.bold, s.size)
        write(
            f,
            s,
            "Für diesen Bescheid wird eine Verwaltungsgebühr von "
            f"{cash(rng.choice([50.0, 75.0, 100.0, 120.0]), lg)} festgesetzt.",
        )
        f.heading(m, "Begründung", s.bold, s.size)
        write(f, s, prose(rng, lg, "trees", 2, 4))
    f.need(90)
    f.y += 10
    officer = staff(h, "officer")
    scrawl(f.page, m, f.y + 14, officer)
    f.y += 24
    f.page.text(m, f.y, officer, s.bold, s.size)
    f.page.text(
        m,
        f.y + 12,
        tr(
            lg,
            "Tree Officer, for Head of Planning",
            "Im Auftrag",
            "Pour le Maire et par délégation",
        ),
        s.font,
        s.size - 1,
    )
    f.y += 30
    f.new_page()
    caption(
        f,
        s,
        tr(
            lg,
            "Notes to applicant",
            "Rechtsbehelfsbelehrung",
            "Informations - voies et délais de recours",
        ),
        1,
    )
    for t in range(rng.randint(3, 6)):
        write(f, s, f"{t + 1}. " + prose(rng, lg, "legal", 1, 3), s.size - 1)
    pages = close(f.pages, s, h)
    received(rng, pages[0], lg, d, 0.3)
    remember(d, site, trees)
    return pages


# ---------------------------------------------------------------------------------------------
# Templates CCC: records, certificates and the crews' papers
# ---------------------------------------------------------------------------------------------

PRODUCTS_PPP = [
    (
        "Roundup ProVantage 480",
        "glyphosate 480 g/l",
        "19752",
        "Roundup PowerFlex",
        "00A047-00",
        "ROUNDUP 720",
    ),
    ("Icade", "aminopyralid + clopyralid", "16998", "Banvel M", "024591-00", "Kyleo"),
    ("Depitox", "2,4-D 500 g/l", "17313", "U 46 D-Fluid", "003247-00", "Dicopur"),
    (
        "Barclay Gallup Hi-Aktiv",
        "glyphosate 490 g/l",
        "18413",
        "Finalsan AF",
        "006658-00",
        "Finalsan",
    ),
    (
        "Junction",
        "florasulam + 2,4-D",
        "16380",
        "Rasen-Unkrautvernichter Banvel",
        "005637-00",
        "Starane 200",
    ),
]


def tpl_spray_record(rng: random.Random, who: Issuer) -> list[Page]:
    """The firm's pesticide application record for one job, a printed form on landscape A4
    filled in by hand: site, product and its registration number, dose and area, weather,
    operator and certificate, PPE and signatures."""
    h = firm_head()
    lg = h.lang
    size = landscape(A4)
    s = style_of(h, size, margin=34, pt=8)
    w, hh = size
    m = 34.0
    p = Page(size)
    d = some_day(rng)
    title = tr(
        lg,
        "PESTICIDE APPLICATION RECORD",
        "AUFZEICHNUNG PFLANZENSCHUTZMITTEL-ANWENDUNG",
        "REGISTRE D'APPLICATION DES PRODUITS PHYTOPHARMACEUTIQUES",
    )
    p.text(m, 40, fit(h.name, s.bold, 11, w / 2), s.bold, 11)
    p.text(w - m, 40, fit(title, s.bold, 11, w / 2 - m), s.bold, 11, "right")
    p.text(
        w - m,
        52,
        tr(
            lg,
            "Keep for 3 years",
            "Aufbewahrung 3 Jahre (Art. 67 VO 1107/2009)",
            "À conserver 5 ans",
        ),
        s.font,
        7,
        "right",
    )
    site = a_site(rng)
    prod = rng.choice(PRODUCTS_PPP)
    name, active, reg = (
        (prod[0], prod[1], f"MAPP {prod[2]}")
        if lg == "en"
        else (prod[3], prod[1], f"Zul.-Nr. {prod[4]}")
        if lg == "de"
        else (prod[5], prod[1], f"AMM {rng.randint(2000000, 2220000)}")
    )
    op = rng.choice(gardeners()[:5])
    cert = serial(
        keyed(who, op), {"en": "NPTC 999999", "de": "SKN 99-99999", "fr": "CP 9999999"}[lg]
    )
    y = fields(
        p,
        s,
        m,
        64,
        w - 2 * m,
        [
            (tr(lg, "Date", "Datum", "Date"), hand_date(d, lg)),
            (tr(lg, "Site / client", "Fläche / Kunde", "Site / client"), site.place),
            (
                tr(lg, "Area treated", "Behandelte Fläche", "Surface traitée"),
                f"{rng.randint(40, 2400)} m2" if lg == "en" else f"{rng.randint(40, 2400)} m²",
            ),
            (
                tr(lg, "Target", "Schaderreger / Unkraut", "Cible"),
                rng.choice(
                    [
                        tr(lg, "Weeds on paths", "Wildkraut auf Wegen", "Adventices allées"),
                        tr(
                            lg, "Broadleaf weeds in turf", "Unkraut im Rasen", "Dicotylédones gazon"
                        ),
                        tr(lg, "Japanese knotweed", "Japanknöterich", "Renouée du Japon"),
                        tr(lg, "Brambles / nettles", "Brombeere / Brennnessel", "Ronces / orties"),
                    ]
                ),
            ),
            (tr(lg, "Product", "Mittel", "Produit"), name),
            (tr(lg, "Active ingredient", "Wirkstoff", "Substance active"), active),
            (tr(lg, "Registration no.", "Zulassungsnummer", "N° AMM"), reg),
            (
                tr(lg, "Dose rate", "Aufwandmenge", "Dose"),
                f"{rng.choice(['5', '2', '1.5', '3', '0.15'])} {tr(lg, 'l/ha', 'l/ha', 'l/ha')}",
            ),
            (
                tr(lg, "Water volume", "Wassermenge", "Volume de bouillie"),
                f"{rng.choice([100, 200, 250, 400])} l/ha",
            ),
            (
                tr(lg, "Total product used", "Mittel gesamt", "Quantité utilisée"),
                f"{rng.randint(1, 40) * 10} ml",
            ),
            (
                tr(lg, "Equipment / nozzle", "Gerät / Düse", "Matériel / buse"),
                rng.choice(
                    [
                        tr(
                            lg,
                            "Knapsack, AN 1.2 deflector",
                            "Rückenspritze, Flachstrahl 02",
                            "Pulvérisateur à dos, buse miroir",
                        ),
                        tr(
                            lg,
                            "CDA Herbi 4",
                            "Rückenspritze, Injektordüse ID 015",
                            "Lance à main, buse à fente",
                        ),
                    ]
                ),
            ),
            (
                tr(
                    lg,
                    "Operator / cert. no.",
                    "Anwender / Sachkunde-Nr.",
                    "Applicateur / Certiphyto",
                ),
                f"{op} / {cert}",
            ),
        ],
        per=4,
        tall=26,
        hand=True,
    )
    p.text(m, y, tr(lg, "Weather", "Witterung", "Conditions météo"), s.bold, 8.5)
    y += 4
    y = fields(
        p,
        s,
        m,
        y,
        w - 2 * m,
        [
            (
                tr(lg, "Start time", "Beginn", "Début"),
                f"{rng.randint(7, 10)}:{rng.choice(['00', '15', '30', '45'])}",
            ),
            (
                tr(lg, "Finish time", "Ende", "Fin"),
                f"{rng.randint(10, 15)}:{rng.choice(['00', '15', '30', '45'])}",
            ),
            (
                tr(
                    lg,
                    "Wind speed / direction",
                    "Wind (Stärke / Richtung)",
                    "Vent (force / direction)",
                ),
                f"{rng.choice(['F1', 'F2', 'F2', 'F3'])} {rng.choice(['SW', 'W', 'NE', 'N', 'S'])}",
            ),
            (tr(lg, "Temperature", "Temperatur", "Température"), f"{rng.randint(8, 22)} C"),
            (
                tr(lg, "Ground", "Boden", "Sol"),
                rng.choice([tr(lg, "Dry", "trocken", "Sec"), tr(lg, "Damp", "feucht", "Humide")]),
            ),
            (tr(lg, "Rain forecast", "Regen erwartet", "Pluie prévue"), rng.choice(yes_no(lg))),
        ],
        per=6,
        tall=26,
        hand=True,
    )
    p.text(m, y, tr(lg, "PPE worn", "Schutzausrüstung", "EPI portés"), s.bold, 8.5)
    y = ticks(
        p,
        s,
        m + 90,
        y,
        w - 2 * m - 90,
        [
            tr(lg, "Gloves", "Handschuhe", "Gants"),
            tr(lg, "Coverall", "Schutzanzug", "Combinaison"),
            tr(lg, "Face shield", "Visier", "Visière"),
            tr(lg, "Boots", "Stiefel", "Bottes"),
            tr(lg, "RPE", "Atemschutz", "Masque"),
        ],
        {0, 1, 3} | ({2} if rng.random() < 0.4 else set()),
        8,
    )
    p.text(
        m,
        y + 4,
        tr(
            lg,
            "Notices posted / public informed",
            "Hinweisschilder aufgestellt",
            "Affichage / information du public",
        ),
        s.font,
        8,
    )
    y = ticks(p, s, m + 220, y + 4, 200, yes_no(lg), {0 if rng.random() < 0.8 else 1}, 8)
    p.text(
        m,
        y + 8,
        tr(
            lg,
            "Comments / environmental risks (water, bees, neighbours):",
            "Bemerkungen (Gewässer, Bienen, Nachbarn):",
            "Observations (points d'eau, abeilles, riverains) :",
        ),
        s.font,
        8,
    )
    ruled(p, m, w - m, y + 30, 3, 16)
    if rng.random() < 0.7:
        hand(
            p,
            m + 4,
            y + 27,
            rng.choice(
                [
                    tr(
                        lg,
                        "5m buffer kept to pond. Neighbour informed.",
                        "5 m Abstand zum Teich eingehalten.",
                        "Zone tampon 5 m près du bassin.",
                    ),
                    tr(
                        lg,
                        "Spot treatment only. No drift.",
                        "Nur Einzelpflanzenbehandlung.",
                        "Traitement localisé uniquement.",
                    ),
                ]
            ),
            9.5,
            w - 2 * m,
        )
    y += 72
    # the sketch of the area treated and the disposal of washings
    bh = hh - 80 - y - 30
    if bh > 60:
        p.rect(m, y, w / 2 - m - 10, bh)
        p.text(
            m + 4,
            y + 10,
            tr(
                lg,
                "Sketch of area treated",
                "Skizze der behandelten Fläche",
                "Croquis de la zone traitée",
            ),
            s.font,
            7,
        )
        if rng.random() < 0.7:
            bx, by = m + rng.uniform(20, 120), y + rng.uniform(20, max(21.0, bh - 60))
            p.rect(bx, by, rng.uniform(60, 200), rng.uniform(20, 50))
            hand(
                p,
                bx + 4,
                by - 4,
                rng.choice(
                    [tr(lg, "paths", "Wege", "allées"), tr(lg, "car park", "Parkplatz", "parking")]
                ),
                8,
            )
        x2 = w / 2 + 10
        yy = y + 10
        p.text(
            x2,
            yy,
            tr(
                lg,
                "Washings and empty containers",
                "Restmengen und Verpackungen",
                "Fonds de cuve et emballages vides",
            ),
            s.bold,
            8,
        )
        yy = ticks(
            p,
            s,
            x2,
            yy + 16,
            w - m - x2,
            [
                tr(
                    lg,
                    "Washings sprayed on treated area",
                    "Restmenge auf Fläche ausgebracht",
                    "Rinçage épandu sur la zone",
                ),
                tr(
                    lg,
                    "Containers triple rinsed",
                    "Kanister dreifach gespült",
                    "Bidons rincés 3 fois",
                ),
                tr(lg, "Returned to store", "Zurück ins Lager", "Retour au local phyto"),
            ],
            set(rng.sample(range(3), rng.randint(1, 3))),
            8,
            2.6,
        )
        p.text(
            x2,
            yy + 6,
            tr(lg, "Store stock after use", "Bestand nach Anwendung", "Stock restant"),
            s.font,
            8,
        )
        hand(p, x2 + 120, yy + 6, f"{rng.randint(1, 9)}.{rng.randint(0, 9)} L", 9)
        y += bh + 20
    y = min(y, hh - 60)
    p.text(
        m,
        y,
        tr(lg, "Operator signature", "Unterschrift Anwender", "Signature de l'applicateur"),
        s.font,
        8,
    )
    scrawl(p, m + 130, y, op, 12)
    p.line(m + 126, y + 3, w / 2 - 20, y + 3)
    p.text(w / 2, y, tr(lg, "Checked by", "Geprüft", "Vérifié par"), s.font, 8)
    if rng.random() < 0.6:
        scrawl(p, w / 2 + 70, y, boss(), 12)
    p.line(w / 2 + 66, y + 3, w - m, y + 3)
    p.text(
        w - m,
        hh - 20,
        tr(lg, "Form PA/REC/2 rev 3", "Formular PS-01", "Modèle REG-PHYTO v2"),
        s.font,
        6,
        "right",
    )
    remember(d, site)
    return [p]


def tpl_operator_certificate(rng: random.Random, who: Issuer) -> list[Page]:
    """A gardener's certificate of competence: pesticide application (NPTC PA1/PA6,
    Sachkundenachweis Pflanzenschutz, Certiphyto) or chainsaw units from a training provider,
    the holder, units and dates, signature and seal, often with the wallet card to cut out."""
    lg = home()
    chainsaw = rng.random() < 0.35
    h = head_of(who, "trainer") if chainsaw else local_head("examiner")
    s = style_of(h, A4 if rng.random() < 0.6 else landscape(A4))
    w, hh = s.page_size
    p = Page(s.page_size)
    holder = gardeners()[
        keyed(who, "holder").randrange(8) if not after("operator_certificate") else rng.randrange(8)
    ]
    d = some_day(rng) - timedelta(days=rng.randint(0, 400))
    cno = serial(rng, {"en": "9999999", "de": "99-999-99999", "fr": "AA99999999"}[lg])
    p.rect(20, 20, w - 40, hh - 40)
    p.rect(25, 25, w - 50, hh - 50, fill=None)
    y = heading(p, s, h, top=60)
    if chainsaw:
        title = tr(
            lg, "Certificate of Competence", "Teilnahmebescheinigung", "Attestation de formation"
        )
        units = {
            "en": [
                "CS30 Chainsaw maintenance and cross-cutting",
                "CS31 Felling and processing trees up to 380mm",
                "CS38 Climbing and aerial rescue",
            ],
            "de": [
                "Motorsägenlehrgang Modul A (DGUV Information 214-059)",
                "Modul B - Fällen von Bäumen bis 30 cm BHD",
            ],
            "fr": [
                "Utilisation de la tronçonneuse en sécurité",
                "Abattage d'arbres de petit diamètre",
            ],
        }[lg]
    else:
        title = tr(
            lg,
            "Certificate of Competence",
            "Sachkundenachweis Pflanzenschutz",
            "Certificat individuel produits phytopharmaceutiques",
        )
        units = {
            "en": [
                "PA1 Safe use of pesticides",
                "PA6A Hand-held applicators",
                "PA6AW Hand-held applicators near water",
            ],
            "de": [
                "Sachkunde nach § 9 Pflanzenschutzgesetz",
                "Anwendung und Verkauf (berufliche Verwender)",
            ],
            "fr": [
                "Catégorie : Opérateur en entreprise non soumise à agrément",
                "Catégorie : Décideur en entreprise soumise à agrément",
            ],
        }[lg]
    y += 30
    p.text(w / 2, y, title, s.bold, 22 if w < 700 else 26, "center")
    y += 36
    p.text(
        w / 2,
        y,
        tr(lg, "This is to certify that", "Hiermit wird bescheinigt, dass", "Il est certifié que"),
        italic_of(s.font),
        11,
        "center",
    )
    y += 30
    p.text(w / 2, y, holder, s.bold, 18, "center")
    y += 14
    p.line(w / 2 - 140, y, w / 2 + 140, y)
    y += 24
    p.text(
        w / 2,
        y,
        tr(
            lg,
            "has been assessed as competent in",
            "die erforderliche Sachkunde nachgewiesen hat:",
            "a satisfait aux exigences pour :",
        ),
        italic_of(s.font),
        11,
        "center",
    )
    y += 26
    for u in rng.sample(units, rng.randint(1, len(units))):
        p.text(w / 2, y, u, s.font, 11, "center")
        y += 18
    y += 16
    for cap, val in [
        (tr(lg, "Certificate no.", "Ausweis-Nr.", "N° de certificat"), cno),
        (tr(lg, "Date of assessment", "Ausstellungsdatum", "Date de délivrance"), short(d, lg)),
        (
            tr(lg, "Valid until", "Fortbildung bis", "Valable jusqu'au"),
            short(date(d.year + (3 if lg == "de" else 5), d.month, min(d.day, 28)), lg)
            if not (lg == "en" and not chainsaw)
            else tr(lg, "no expiry", "", ""),
        ),
        (
            tr(lg, "Date of birth", "Geburtsdatum", "Né(e) le"),
            short(date(rng.randint(1968, 2004), rng.randint(1, 12), rng.randint(1, 28)), lg),
        ),
    ]:
        p.text(w / 2 - 10, y, cap + ":", s.font, 9.5, "right")
        p.text(w / 2 + 6, y, val, s.bold, 9.5)
        y += 15
    y += 24
    sig = staff(h, "assessor")
    scrawl(p, w / 2 - 180, y, sig)
    p.line(w / 2 - 190, y + 4, w / 2 - 30, y + 4)
    p.text(w / 2 - 190, y + 16, sig, s.font, 8)
    p.text(
        w / 2 - 190,
        y + 26,
        tr(
            lg, "Assessor" if chainsaw else "Chief Executive", "Im Auftrag", "Le directeur régional"
        ),
        s.font,
        8,
    )
    seal(
        p,
        w / 2 + 110,
        y - 4,
        36,
        h.name.split(" - ")[0][:28],
        tr(lg, "CERTIFIED", "Dienstsiegel", "VISA"),
    )
    if lg == "en":
        p.text(
            w / 2,
            hh - 50,
            f"Verify at nptc.org.uk - candidate no. {serial(rng, '99999999')}",
            s.font,
            7,
            "center",
        )
    if rng.random() < 0.55 and hh - y > 180:
        yc = hh - 160
        slip_rule(
            p,
            40,
            w - 40,
            yc,
            tr(lg, "Cut out and keep", "Ausweiskarte - bitte ausschneiden", "Carte à découper"),
        )
        cw, ch = 86 * MM, 54 * MM
        x = w / 2 - cw / 2
        p.rect(x, yc + 14, cw, ch)
        p.rect(x, yc + 14, cw, 16, fill=0.3)
        p.text(x + 6, yc + 26, fit(title, "Helvetica-Bold", 7, cw - 12), "Helvetica-Bold", 7)
        p.rect(x + 6, yc + 36, 40, 50, fill=0.75)
        for k, t in enumerate([holder, cno, units[0][:34], short(d, lg)]):
            p.text(x + 54, yc + 44 + 11 * k, fit(t, "Helvetica", 6.5, cw - 60), "Helvetica", 6.5)
    remember(d, None, holder)
    return [p]


RAMS_STEPS = {
    "en": [
        "Arrive on site, report to client, walk the site and confirm the works",
        "Set up exclusion zone with barriers and signs; traffic management if near highway",
        "Pre-use checks of chainsaws, chipper and climbing equipment",
        "Aerial rescue plan briefed; rescue climber identified",
        "Climber ascends on DdRT from ground anchor",
        "Sections lowered with rigging; ground crew clear of drop zone",
        "Brash chipped and removed; timber cut to lengths",
        "Stump ground out, arisings removed, site swept and client informed",
    ],
    "de": [
        "Eintreffen, Einweisung durch Auftraggeber, Begehung",
        "Absperrung des Arbeitsbereichs, Beschilderung, ggf. Verkehrssicherung",
        "Sichtprüfung Motorsägen, Häcksler, PSA gegen Absturz",
        "Rettungskonzept besprochen, Sicherungsposten benannt",
        "Aufstieg Seilklettertechnik",
        "Abseilen von Kronenteilen, Bodenpersonal außerhalb Fallbereich",
        "Häckseln, Holz ablängen",
        "Stubben fräsen, Reinigung, Abnahme mit Auftraggeber",
    ],
    "fr": [
        "Arrivée, accueil par le client, reconnaissance du site",
        "Balisage de la zone de travail, signalisation",
        "Vérification des tronçonneuses, broyeur et EPI antichute",
        "Plan de secours expliqué, sauveteur désigné",
        "Ascension en technique de grimpe",
        "Démontage par rétention, équipe au sol hors zone",
        "Broyage des rémanents, débit du bois",
        "Rognage de souche, nettoyage, réception avec le client",
    ],
}
HAZARDS = {
    "en": [
        "Chainsaw cuts",
        "Falling timber / branches",
        "Fall from height",
        "Overhead power lines",
        "Public / pedestrians",
        "Road traffic",
        "Noise",
        "Chipper entanglement",
        "Manual handling",
        "Lone working",
        "Weather (wind, lightning)",
        "Underground services",
    ],
    "de": [
        "Schnittverletzung Motorsäge",
        "Herabfallende Äste",
        "Absturz",
        "Freileitungen",
        "Passanten",
        "Straßenverkehr",
        "Lärm",
        "Einzug im Häcksler",
        "Heben und Tragen",
        "Alleinarbeit",
        "Witterung (Wind, Gewitter)",
        "Erdleitungen",
    ],
    "fr": [
        "Coupure tronçonneuse",
        "Chute de branches",
        "Chute de hauteur",
        "Lignes électriques",
        "Piétons",
        "Circulation routière",
        "Bruit",
        "Happement broyeur",
        "Manutention",
        "Travail isolé",
        "Météo (vent, orage)",
        "Réseaux enterrés",
    ],
}


def tpl_rams(rng: random.Random, who: Issuer) -> list[Page]:
    """A risk assessment and method statement for tree or hedge work, the firm's own or a
    subcontracted tree surgeon's: a cover with the document control box, the method
    statement, the risk table on landscape pages, emergency details and the sign-on sheet."""
    own = rng.random() < 0.4
    h = firm_head() if own else head_of(who, "treecare")
    lg = h.lang
    s = style_of(h)
    w, _hh = s.page_size
    m = s.margin
    site = a_site(rng)
    d = some_day(rng)
    ref = serial(rng, "RAMS-999")
    title = tr(
        lg,
        "Risk Assessment and Method Statement",
        "Gefährdungsbeurteilung und Arbeitsanweisung",
        "Analyse des risques et mode opératoire",
    )
    f = sheets(s, h, f"{ref} - {title}")
    caption(f, s, title, 5)
    f.y = fields(
        f.page,
        s,
        m,
        f.y,
        w - 2 * m,
        [
            (tr(lg, "Document ref.", "Dokument", "Référence"), ref),
            (tr(lg, "Revision", "Revision", "Indice"), rng.choice(["0", "1", "A", "B"])),
            (tr(lg, "Site", "Einsatzort", "Site"), site.place),
            (
                tr(lg, "Client", "Auftraggeber", "Donneur d'ordre"),
                firm_head().name if not own else plain(site.name),
            ),
            (tr(lg, "Works", "Arbeiten", "Travaux"), rng.choice(WORKS_TREE[lg])),
            (tr(lg, "Date(s)", "Termin", "Date(s)"), short(d, lg)),
            (
                tr(lg, "Prepared by", "Erstellt", "Rédigé par"),
                staff(h, "sup") if not own else boss(),
            ),
            (tr(lg, "Approved", "Freigabe", "Validé"), boss() if own else staff(h, "boss")),
        ],
        per=2,
        tall=24,
        hand=False,
    )
    f.heading(
        m,
        tr(lg, "1. Scope of works", "1. Beschreibung der Arbeiten", "1. Nature des travaux"),
        s.bold,
        s.size + 1,
    )
    write(f, s, prose(rng, lg, "trees", 2, 4))
    f.heading(
        m,
        tr(lg, "2. Method statement", "2. Arbeitsablauf", "2. Mode opératoire"),
        s.bold,
        s.size + 1,
    )
    for k, t in enumerate(RAMS_STEPS[lg], 1):
        f.para(
            m,
            w - 2 * m,
            f"2.{k}  {t}. {words(rng, lg, 'safety') if rng.random() < 0.5 else ''}",
            s.font,
            s.size - 0.5,
        )
    f.heading(
        m,
        tr(lg, "3. Plant and equipment", "3. Maschinen und Geräte", "3. Matériel"),
        s.bold,
        s.size + 1,
    )
    write(
        f,
        s,
        ", ".join(rng.sample([m_[{"en": 0, "de": 1, "fr": 2}[lg]] for m_ in MACHINES], 4)) + ".",
        s.size - 0.5,
    )
    f.heading(
        m, tr(lg, "4. Emergency arrangements", "4. Notfall", "4. Secours"), s.bold, s.size + 1
    )
    f.y = fields(
        f.page,
        s,
        m,
        f.y,
        w - 2 * m,
        [
            (
                tr(lg, "Nearest A&E", "Nächstes Krankenhaus", "Hôpital le plus proche"),
                rng.choice(
                    [
                        "Harrogate District Hospital",
                        "Warwick Hospital",
                        "Southampton General",
                        "Klinikum Böblingen",
                        "UKM Münster",
                        "CHU Angers",
                        "Hôpital d'Avignon",
                    ]
                ),
            ),
            (
                tr(lg, "First aider", "Ersthelfer", "Secouriste"),
                rng.choice(gardeners()) if own else staff(h, "fa"),
            ),
            (
                tr(lg, "Emergency", "Notruf", "Urgences"),
                tr(lg, "999 / 112", "112", "15 / 18 / 112"),
            ),
            (
                tr(lg, "What3words / access point", "Rettungspunkt", "Point de rencontre"),
                rng.choice(
                    ["///sheep.table.lamp", "RP-BB-142", "entrée principale", "///crisp.wall.river"]
                ),
            ),
        ],
        per=2,
        tall=24,
        hand=False,
    )
    pages = f.pages
    s2 = style_of(h, landscape(A4), margin=36, pt=8)
    w2, h2 = landscape(A4)
    g = Sheets(
        (w2, h2),
        h2 - 40,
        lambda p_, n: (
            running_header(
                p_,
                s2,
                f"{ref} - "
                f"{tr(lg, 'Risk assessment', 'Gefährdungsbeurteilung', 'Évaluation des risques')}",
            )
            + 8
        ),
    )
    caption(
        g,
        s2,
        tr(lg, "5. Risk assessment", "5. Gefährdungsbeurteilung", "5. Évaluation des risques"),
        2,
    )
    c2 = columns(
        36,
        w2 - 36,
        [
            (1.8, "left"),
            (1.4, "left"),
            (0.4, "center"),
            (0.4, "center"),
            (0.5, "center"),
            (5.2, "left"),
            (0.5, "center"),
        ],
    )
    rows = []
    for hz in rng.sample(HAZARDS[lg], rng.randint(6, len(HAZARDS[lg]))):
        li, se = rng.randint(2, 4), rng.randint(3, 5)
        rows.append(
            [
                hz,
                rng.choice(
                    [
                        tr(lg, "Operatives", "Beschäftigte", "Opérateurs"),
                        tr(lg, "Public", "Dritte", "Public"),
                        tr(lg, "All", "alle", "Tous"),
                    ]
                ),
                str(li),
                str(se),
                str(li * se),
                words(rng, lg, "safety", rng.randint(10, 16))[:-1],
                str(max(1, li - 2) * se if se < 5 else 4),
            ]
        )
    table(
        g,
        c2,
        [
            tr(lg, "Hazard", "Gefährdung", "Danger"),
            tr(lg, "Who", "Wer", "Qui"),
            "L",
            "S",
            "R",
            tr(lg, "Control measures", "Schutzmaßnahmen", "Mesures de prévention"),
            tr(lg, "Res.", "Rest", "Rés."),
        ],
        rows,
        s2,
        size=7.5,
        rules=True,
        shade=0.86,
        step=2.0,
    )
    g.y += 8
    write(
        g,
        s2,
        tr(
            lg,
            "L = likelihood, S = severity (1-5), R = risk rating L x S. 1-6 low, 8-12 medium, "
            "15-25 high.",
            "W = Wahrscheinlichkeit, S = Schwere (1-5), R = Risiko.",
            "P = probabilité, G = gravité (1 à 5), R = criticité.",
        ),
        7.5,
    )
    pages += g.pages
    # sign-on sheet
    t_ = Page(A4)
    y = heading(t_, s, h) if rng.random() < 0.5 else m
    t_.text(
        m,
        y,
        tr(
            lg,
            "Briefing record - operatives' sign-on sheet",
            "Unterweisungsnachweis",
            "Émargement - accueil sécurité",
        ),
        s.bold,
        12,
    )
    y += 14
    t_.text(
        m,
        y,
        fit(
            tr(
                lg,
                "I have read and understood this RAMS and will work to it.",
                "Ich wurde über die Gefährdungen und Maßnahmen unterwiesen.",
                "J'ai pris connaissance du mode opératoire et je m'engage à le respecter.",
            ),
            s.font,
            8.5,
            w - 2 * m,
        ),
        s.font,
        8.5,
    )
    y += 18
    cols = [
        (m, "Name"),
        (m + 170, tr(lg, "Company", "Firma", "Entreprise")),
        (m + 320, tr(lg, "Signature", "Unterschrift", "Signature")),
        (w - m - 70, tr(lg, "Date", "Datum", "Date")),
    ]
    for x, t in cols:
        t_.text(x + 3, y, t, s.bold, 8.5)
    y += 6
    crew = rng.sample(gardeners(), rng.randint(2, 4)) + (
        [staff(h, f"c{k}") for k in range(rng.randint(2, 3))] if not own else []
    )
    for k in range(14):
        t_.rect(m, y, w - 2 * m, 24)
        for x, _ in cols[1:]:
            t_.line(x, y, x, y + 24)
        if k < len(crew):
            hand(t_, m + 4, y + 16, crew[k], 9, 160)
            hand(
                t_,
                m + 174,
                y + 16,
                (firm_head().name if crew[k] in gardeners() else h.name).split()[0],
                8.5,
                140,
            )
            scrawl(t_, m + 326, y + 17, crew[k], 11)
            hand(t_, w - m - 66, y + 16, hand_date(d, lg), 8.5, 62)
        y += 24
    pages.append(t_)
    numbers = (
        tr(lg, "Page {i} of {n}", "Seite {i} von {n}", "Page {i}/{n}")
        if rng.random() < 0.6
        else h.numbers
    )
    pages = close(pages, s, h, numbers)
    if not own:
        received(rng, pages[0], lg, d, 0.2)
    remember(d, site)
    return pages


def tpl_job_sheet(rng: random.Random, who: Issuer) -> list[Page]:
    """A crew's daily job sheet from the firm's A5 pad, filled in by hand: crew, van, site,
    times, tasks ticked, materials and waste, notes and the client's signature."""
    h = firm_head()
    lg = h.lang
    size = A5
    s = style_of(h, size, margin=24, pt=8)
    w, hh = size
    m = 24.0
    p = Page(size)
    y = heading(p, s, h)
    no = seeded("pad").randint(1000, 6000) + rng.randint(0, 400)
    p.text(
        m,
        y,
        tr(lg, "DAILY JOB SHEET", "TAGESBERICHT / ARBEITSNACHWEIS", "FICHE D'INTERVENTION"),
        s.bold,
        10,
    )
    p.text(w - m, y, f"N° {no}", "Courier-Bold", 10, "right")
    y += 6
    d = some_day(rng)
    site = a_site(rng)
    crew = rng.sample(gardeners(), rng.randint(1, 3))
    y = fields(
        p,
        s,
        m,
        y,
        w - 2 * m,
        [
            (tr(lg, "Date", "Datum", "Date"), hand_date(d, lg)),
            (tr(lg, "Van", "Fahrzeug", "Véhicule"), rng.choice(vans())),
            (
                tr(lg, "Client / site", "Kunde / Baustelle", "Client / chantier"),
                plain(site.name) if site.private else site.name,
            ),
            (tr(lg, "Crew", "Kolonne", "Équipe"), ", ".join(c.split()[0] for c in crew)),
            (
                tr(lg, "Arrived", "Ankunft", "Arrivée"),
                f"{rng.randint(7, 13)}:{rng.choice(['00', '10', '30', '45'])}",
            ),
            (
                tr(lg, "Left", "Abfahrt", "Départ"),
                f"{rng.randint(13, 17)}:{rng.choice(['00', '15', '30', '50'])}",
            ),
        ],
        per=2,
        tall=22,
        hand=True,
    )
    tasks = [
        t[{"en": 0, "de": 1, "fr": 2}[lg]].split(",")[0].split("(")[0].strip() for t in TASKS[:9]
    ]
    y = ticks(
        p, s, m, y, w - 2 * m, tasks, set(rng.sample(range(len(tasks)), rng.randint(1, 4))), 7.5
    )
    y += 4
    p.text(m, y, tr(lg, "Materials used", "Material", "Fournitures"), s.bold, 8)
    ruled(p, m, w - m, y + 16, 2, 15)
    if rng.random() < 0.7:
        hand(
            p,
            m + 4,
            y + 13,
            rng.choice(
                [
                    tr(
                        lg,
                        "2 bags bark, 10 L lawn feed",
                        "2 Sack Rindenmulch, 10 kg Dünger",
                        "2 sacs d'écorces, 10 kg d'engrais",
                    ),
                    tr(
                        lg,
                        "Strimmer line, 3 x 3L shrubs",
                        "Mähfaden, 3 Sträucher C3",
                        "Fil débroussailleuse, 3 arbustes C3",
                    ),
                    "-",
                ]
            ),
            9,
            w - 2 * m,
        )
    y += 40
    p.text(
        m,
        y,
        tr(lg, "Green waste removed", "Grüngut abgefahren", "Déchets verts évacués"),
        s.bold,
        8,
    )
    hand(
        p,
        m + 130,
        y,
        rng.choice(
            {
                "en": ["1 m3", "2 bags", "1/2 load", "-"],
                "de": ["3 Big Bags", "0,5 m³", "-"],
                "fr": ["1 m³", "2 big bags", "-"],
            }[lg]
        ),
        9,
    )
    y += 16
    p.text(m, y, tr(lg, "Notes", "Bemerkungen", "Observations"), s.bold, 8)
    ruled(p, m, w - m, y + 16, 3, 15)
    if rng.random() < 0.6:
        hand_lines(
            p,
            m + 4,
            y + 13,
            w - 2 * m - 8,
            rng.choice(
                [
                    tr(
                        lg,
                        "Client asked for quote for new fence panels at rear. Side gate lock "
                        "broken.",
                        "Kunde wünscht Angebot für Zaun hinten. Tor klemmt.",
                        "Le client demande un devis pour la clôture. Portail bloqué.",
                    ),
                    tr(
                        lg,
                        "Could not cut front lawn - too wet. Back next week.",
                        "Rasen zu nass, nächste Woche nachholen.",
                        "Pelouse trop humide, reporté à la semaine prochaine.",
                    ),
                    tr(
                        lg,
                        "Wasps nest in hedge by shed - left alone, told client.",
                        "Wespennest in der Hecke, Kunde informiert.",
                        "Nid de guêpes dans la haie, client prévenu.",
                    ),
                ]
            ),
            9,
            15,
        )
    y += 70
    y = min(y, hh - 50)
    p.text(m, y, tr(lg, "Client signature", "Unterschrift Kunde", "Signature client"), s.font, 7.5)
    if rng.random() < 0.5:
        scrawl(p, m + 90, y, plain(site.name), 11)
    p.line(m + 86, y + 3, w - m, y + 3)
    y += 18
    p.text(m, y, tr(lg, "Team leader", "Vorarbeiter", "Chef d'équipe"), s.font, 7.5)
    scrawl(p, m + 90, y, crew[0], 11)
    p.line(m + 86, y + 3, w - m, y + 3)
    remember(d, site)
    return [p]


PPE = {
    "en": [
        "Chainsaw trousers class 1",
        "Chainsaw boots",
        "Forestry helmet with mesh visor and ear defenders",
        "Gloves (chainsaw)",
        "Hi-vis vest",
        "Safety glasses",
        "Nitrile gloves (spraying)",
        "Waterproof jacket",
        "Ear plugs (box)",
        "Safety boots S3",
    ],
    "de": [
        "Schnittschutzhose Klasse 1",
        "Schnittschutzstiefel",
        "Forsthelm mit Visier und Gehörschutz",
        "Schnittschutzhandschuhe",
        "Warnweste",
        "Schutzbrille",
        "Nitrilhandschuhe (Pflanzenschutz)",
        "Regenjacke",
        "Gehörschutzstöpsel",
        "Sicherheitsschuhe S3",
    ],
    "fr": [
        "Pantalon anti-coupure classe 1",
        "Bottes anti-coupure",
        "Casque forestier avec visière et antibruit",
        "Gants anti-coupure",
        "Gilet haute visibilité",
        "Lunettes de protection",
        "Gants nitrile (traitements)",
        "Veste imperméable",
        "Bouchons d'oreilles",
        "Chaussures de sécurité S3",
    ],
}


def tpl_ppe_issue(rng: random.Random, who: Issuer) -> list[Page]:
    """The firm's record of personal protective equipment issued to one gardener: the items,
    sizes and dates, the gardener's acknowledgement and signature."""
    h = firm_head()
    lg = h.lang
    s = style_of(h)
    w, _hh = s.page_size
    m = s.margin
    p = Page(A4)
    y = heading(p, s, h)
    holder = gardeners()[rng.randrange(8)]
    d = some_day(rng)
    p.text(
        m,
        y,
        tr(lg, "PPE ISSUE RECORD", "NACHWEIS ÜBER DIE AUSGABE VON PSA", "FICHE DE REMISE DES EPI"),
        s.bold,
        13,
    )
    y += 10
    y = fields(
        p,
        s,
        m,
        y + 6,
        w - 2 * m,
        [
            (tr(lg, "Employee", "Mitarbeiter/in", "Salarié"), holder),
            (
                tr(lg, "Start date", "Eintritt", "Date d'entrée"),
                short(date(rng.randint(2012, month().year), rng.randint(1, 12), 1), lg),
            ),
            (
                tr(lg, "Role", "Tätigkeit", "Poste"),
                rng.choice(
                    [
                        tr(lg, "Gardener", "Landschaftsgärtner", "Jardinier paysagiste"),
                        tr(lg, "Team leader", "Vorarbeiter", "Chef d'équipe"),
                        tr(lg, "Apprentice", "Auszubildender", "Apprenti"),
                    ]
                ),
            ),
            (
                tr(lg, "Sizes", "Größen", "Tailles"),
                f"{rng.choice(['M', 'L', 'XL'])} / {rng.randint(38, 46)}",
            ),
        ],
        per=2,
        tall=24,
        hand=True,
    )
    cols = columns(m, w - m, [(4, "left"), (0.8, "center"), (1.2, "left"), (1.8, "left")])
    heads = [
        tr(lg, "Item", "Ausrüstung", "Équipement"),
        tr(lg, "Qty", "Anz.", "Qté"),
        tr(lg, "Date issued", "Ausgabe", "Date"),
        tr(lg, "Signature", "Unterschrift", "Émargement"),
    ]
    for c, t in zip(cols, heads, strict=True):
        p.text(
            c[0] if c[2] == "left" else (c[0] + c[1]) / 2,
            y,
            t,
            s.bold,
            8.5,
            c[2] if c[2] != "right" else "left",
        )
    y += 6
    issued = rng.sample(PPE[lg], rng.randint(3, 8))
    for k in range(12):
        p.rect(m, y, w - 2 * m, 22)
        if k < len(issued):
            p.text(
                cols[0][0] + 2,
                y + 15,
                fit(issued[k], s.font, 8.5, cols[0][1] - cols[0][0]),
                s.font,
                8.5,
            )
            hand(p, (cols[1][0] + cols[1][1]) / 2 - 3, y + 15, str(rng.choice([1, 1, 2])), 9)
            hand(
                p,
                cols[2][0],
                y + 15,
                hand_date(d - timedelta(days=rng.choice([0, 0, 0, 30, 120])), lg),
                8.5,
                cols[2][1] - cols[2][0],
            )
            scrawl(p, cols[3][0], y + 16, holder, 10)
        y += 22
    y += 16
    write_lines = tr(
        lg,
        "I acknowledge receipt of the above equipment and the instruction in its use. I will wear "
        "it as required, look after it and report any loss or damage.",
        "Ich bestätige den Empfang der oben aufgeführten PSA und die Unterweisung in ihre "
        "Benutzung (§ 3 PSA-BV). Ich verpflichte mich, sie bestimmungsgemäß zu tragen.",
        "Je reconnais avoir reçu les équipements ci-dessus et avoir été informé(e) de leur "
        "utilisation. Je m'engage à les porter et à signaler toute détérioration.",
    )
    for ln in wrap(write_lines, s.font, s.size - 0.5, w - 2 * m):
        p.text(m, y, ln, s.font, s.size - 0.5)
        y += s.size * 1.4
    y += 26
    scrawl(p, m, y, holder)
    p.line(m, y + 3, w / 2 - 20, y + 3)
    scrawl(p, w / 2 + 10, y, boss())
    p.line(w / 2 + 10, y + 3, w - m, y + 3)
    p.text(m, y + 14, tr(lg, "Employee", "Mitarbeiter/in", "Salarié"), s.font, 7.5)
    p.text(w / 2 + 10, y + 14, tr(lg, "Issued by", "Ausgegeben durch", "Remis par"), s.font, 7.5)
    close([p], s, h, "none")
    remember(d, None, holder)
    return [p]


# ---------------------------------------------------------------------------------------------
# The part: templates, runs and companions
# ---------------------------------------------------------------------------------------------


def tracked(name: str, tpl: Template) -> Template:
    """``tpl`` noting its kind, so that a companion can take up the same client or delivery."""

    def run(rng: random.Random, who: Issuer) -> list[Page]:
        pages = tpl(rng, who)
        LAST["kind"] = name
        return pages

    run.__doc__ = tpl.__doc__
    return run


KINDS: dict[str, Template] = {
    "quotation": tpl_quotation,
    "client_note": tpl_client_note,
    "maintenance_contract": tpl_maintenance_contract,
    "maintenance_invoice": tpl_maintenance_invoice,
    "nursery_invoice": tpl_nursery_invoice,
    "turf_ticket": tpl_turf_ticket,
    "quarry_ticket": tpl_quarry_ticket,
    "soil_certificate": tpl_soil_certificate,
    "skip_ticket": tpl_skip_ticket,
    "green_waste_statement": tpl_green_waste_statement,
    "machinery_repair": tpl_machinery_repair,
    "carrier_registration": tpl_carrier_registration,
    "tree_survey": tpl_tree_survey,
    "tree_application": tpl_tree_application,
    "tree_consent": tpl_tree_consent,
    "spray_record": tpl_spray_record,
    "operator_certificate": tpl_operator_certificate,
    "rams": tpl_rams,
    "job_sheet": tpl_job_sheet,
    "ppe_issue": tpl_ppe_issue,
}
TEMPLATES_CCC: dict[str, Template] = {k: tracked(k, t) for k, t in KINDS.items()}
#: Kinds that a pile often holds 2-4 of in a row from one sender.
RUN_KINDS = (
    "quarry_ticket",
    "turf_ticket",
    "skip_ticket",
    "maintenance_invoice",
    "nursery_invoice",
    "spray_record",
    "job_sheet",
    "operator_certificate",
    "ppe_issue",
)
#: A kind often followed by a related paper.
FOLLOWS = {
    "quotation": "client_note",
    "maintenance_contract": "maintenance_invoice",
    "quarry_ticket": "soil_certificate",
    "tree_survey": "tree_application",
    "tree_application": "tree_consent",
}


# ---------------------------------------------------------------------------------------------
# Streams and generation (same files and labels as corpus.generate)
# ---------------------------------------------------------------------------------------------


def make_carafe_stream(rng: random.Random, n_docs: int, separators: bool) -> Stream:
    """One firm's pile: ``corpus.make_stream`` with batch runs (after a run kind, 1-3 more of
    the same kind from the same sender follow with probability 0.6) and companions (each kind
    in ``FOLLOWS`` is followed by its related paper with probability 0.5). The firm (country,
    name, month) is drawn once per stream."""
    r = random.Random(rng.getrandbits(32))
    lang = r.choice(["en", "en", "de", "de", "fr"])
    OFFICE["lang"] = lang
    OFFICE["row"] = r.randrange(len(FIRMS[lang]))
    OFFICE["seed"] = r.getrandbits(24)
    OFFICE["month"] = date(r.choice([2024, 2025]), r.randint(1, 12), 1)
    LAST.update(kind="", day=None, site=None, extra=None)
    run_odds = dict.fromkeys(RUN_KINDS, 0.6)
    return assemble_stream(
        rng, TEMPLATES_CCC, n_docs, separators, run_odds, run_len=(1, 3), follows=FOLLOWS
    )


generate = part_generate(PART, SEED_OFFSET, make_carafe_stream, "templates CCC")


def main(argv: list[str]) -> int:
    return part_main(argv, __doc__, PART, generate, scanned=12)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

"""Zester part of the generated corpus: templates GGGGG, written blind for the next measurement.

A part of its own, ``zester``. Its templates were written without looking at the boundary
detector, its documentation, its tuning or its evaluation, as the pile the office of an artist
blacksmith and architectural metalwork forge (in England, Germany or France: the owner, two
smiths, a welder-fabricator and an office manager; gates, railings, balustrades and the
restoration of historic ironwork) feeds through its scanner in a month: customers' enquiries
(a printed e-mail with the customer's photos printed behind it, a handwritten note on A5, an
architect's letter with a schedule extract); the forge's own site survey sheets with tick boxes,
measurements in hand and a squared sketch page; the forge's quotations with the specification,
prices, payment stages, the list of drawings, the terms on a page of their own and an
acceptance slip; order acknowledgements; stage invoices (deposit, fabrication, installation);
steel stockholders' invoices (bar, flat, tube, by weight, cutting charges); mill inspection
certificates to EN 10204 3.1 on landscape pages, bilingual, with chemical analysis and
mechanical tests per heat; coal, coke and propane delivery tickets on narrow slips or invoices;
industrial gases invoices with the cylinder holding statement on a landscape page;
galvanisers' and powder coaters' delivery notes with weights in and out, and their invoices;
listed building consents (decision notice, denkmalrechtliche Erlaubnis, arrêté with the
Architecte des Bâtiments de France's opinion) with numbered conditions, approved plans and the
notes on appeals; welding procedure qualification records (WPQR) from the examining body with
the run details and test results; welder qualification certificates to EN ISO 9606-1 with the
six-monthly confirmation boxes; thorough examination reports for the forge's lifting gear
(LOLER, DGUV, vérification générale périodique) with the item list; the broker's insurance
schedule with a covering letter, sections, endorsements and the employers' liability
certificate; customers' complaints with photos; the forge's replies; drawing issues (a
transmittal sheet and landscape drawing sheets with a title block); main contractors' payment
notices (payment notice, Prüfung der Abschlagsrechnung, situation de travaux). Each stream is
one forge's pile: the forge (country, name, month, staff) is drawn once per stream; its outside
senders are of the forge's country and write in its language, except that customers, steel
mills and examining bodies are now and then from abroad and write in their own (mills mostly
bilingual). Page sizes range from narrow delivery tickets and A5 notes to A4, Letter and
landscape A4.

Labelling rule: what one sender issues in one go is one document, as the forge files it: the
photos printed behind a customer's e-mail; the sketch page and photo sheet of a survey; the
drawings list, terms page and acceptance slip of a quotation; every page of an invoice, a mill
certificate, a delivery note or a gas statement with its holding statement; the conditions,
plans list and appeal notes of a consent; the run and test pages of a WPQR; the item list of
a thorough examination report; the covering letter, sections, endorsements and certificate of
an insurance schedule; the photos enclosed with a complaint; the transmittal sheet and the
drawing sheets issued with it. Related papers are documents of their own: the survey after
the enquiry, the quotation after the survey, the order acknowledgement after the quotation,
the deposit invoice after the acknowledgement, the mill certificate after the steel invoice,
the finisher's invoice after its delivery note, the reply after a complaint and the drawing
issue after a consent; and so is each invoice, ticket, note, certificate, report and payment
notice of a run.

Streams are assembled like ``corpus.make_stream`` (same separator sheets, same 30% chance of
repeating the previous kind and sender), plus batch runs: stage invoices, steel invoices, mill
certificates, fuel tickets, finishers' delivery notes, welder certificates, examination reports
and payment notices often come 2-4 in a row from one sender with other jobs, dates, numbers and
amounts; and companions: each related paper above often follows the document it answers, about
the same job. Drawn with ``corpus.draw_pdf``, scanned with ``corpus.scan`` and labelled exactly
like ``corpus.generate`` with ``"split": "zester"`` and seeds offset by 11_000_000.

Usage: ``python benchmarks/corpus_zester.py OUT_DIR [--streams N] [--scanned N] [--seed S]``
writes ``OUT_DIR/zester/zester_{born_digital,scanned}_NNNNNNN.{pdf,json}``.
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
    columns,
    dear,
    fields,
    fit,
    foot_and_number,
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
    text_block,
    ticks,
    tr,
    tw,
    wrap,
    write,
    yes_no,
)
from corpus_kit import address as window
from corpus_kit import day as dated

PART = "zester"
SEED_OFFSET = 11_000_000

MM = 72 / 25.4
TICKET = (80 * MM, 175 * MM)
A5L = landscape(A5)
A4L = landscape(A4)

# ---------------------------------------------------------------------------------------------
# Who writes: the forge and its outside senders, by country
# ---------------------------------------------------------------------------------------------

Row = tuple[str, str, str, str]  # name, street, town, telephone
FORGES: dict[str, list[Row]] = {
    "en": [
        ("Hartley & Vane Forge Ltd", "Unit 3, Tannery Yard", "Ludlow SY8 1EX", "01584 877 310"),
        ("Blackthorn Ironworks", "The Old Smithy, Mill Lane", "Helmsley YO62 5AZ", "01439 771 582"),
        ("Anvil Gate Metalcraft Ltd", "4 Forge Close", "Frome BA11 1PW", "01373 466 025"),
    ],
    "de": [
        ("Kunstschmiede Brenner GmbH", "Am Hammerwerk 6", "91781 Weißenburg", "09141 87 22 40"),
        ("Schmiede & Metallbau Lorch", "Mühlgasse 14", "72488 Sigmaringen", "07571 68 31 0"),
        ("Eisenwerkstatt Haller", "Klosterhof 3", "37154 Northeim", "05551 90 44 17"),
    ],
    "fr": [
        ("Ferronnerie d'Art Delmas SARL", "12 chemin de la Forge", "24200 Sarlat-la-Canéda", ""),
        ("Atelier Fer & Feu", "ZA des Granges, 5 rue Vulcain", "71100 Chalon-sur-Saône", ""),
        ("Ferronnerie Morvan et Fils", "3 place du Marché", "58200 Cosne-sur-Loire", ""),
    ],
}
SENDERS: dict[str, dict[str, list[Row]]] = {
    "stockholder": {
        "en": [
            (
                "Severn Steel Stockholders Ltd",
                "Westwood Industrial Estate",
                "Worcester WR5 2RR",
                "",
            ),
            ("Barrett Bright Bar & Steel Ltd", "Canal Road", "Leeds LS12 2PL", "0113 263 4400"),
            ("Kings Norton Metals", "Pershore Road South", "Birmingham B30 3EN", ""),
        ],
        "de": [
            ("Stahlhandel Kröner GmbH & Co. KG", "Hafenstraße 22", "90451 Nürnberg", ""),
            ("Eisen-Wittmann KG", "Industriering 5", "72070 Tübingen", "07071 94 00 0"),
            ("Klöckner-Nord Stahlservice", "Am Güterbahnhof 9", "37073 Göttingen", ""),
        ],
        "fr": [
            ("Aciers Dumont Distribution", "ZI Nord, rue de l'Acier", "24750 Trélissac", ""),
            ("Métaux du Centre SAS", "Avenue de l'Europe", "71100 Saint-Rémy", ""),
            ("Comptoir Bourguignon des Fers", "5 rue Gustave Eiffel", "21000 Dijon", ""),
        ],
    },
    "mill": {
        "en": [
            ("Scunthorpe Long Products Ltd", "Brigg Road", "Scunthorpe DN16 1BP", ""),
            ("Tremorfa Rod & Bar Mill", "Rover Way", "Cardiff CF24 5NN", ""),
        ],
        "de": [
            ("Hüttenwerk Lechstahl AG", "Industriestraße 1", "86405 Meitingen", ""),
            ("Walzwerk Peine-Süd GmbH", "Gerhard-Lucas-Straße 2", "31226 Peine", ""),
        ],
        "fr": [
            ("Laminoir de l'Est SA", "Route de Thionville", "57270 Uckange", ""),
            ("Aciérie du Vignoble", "Avenue de la Sidérurgie", "68110 Illzach", ""),
        ],
        "it": [
            ("Ferriera Valcamonica S.p.A.", "Via Nazionale 41", "25040 Cividate Camuno (BS)", ""),
        ],
        "es": [("Aceros del Nervión S.A.", "Polígono Ibaizabal 7", "48960 Galdakao", "")],
    },
    "fuel": {
        "en": [
            ("Wenlock Coal & Coke Merchants", "Station Yard", "Much Wenlock TF13 6JE", ""),
            ("Dales Fuels Ltd", "Auction Mart Road", "Thirsk YO7 1QL", "01845 522 107"),
            ("Calor Gas Centre Frome", "Marston Trading Estate", "Frome BA11 4BS", ""),
        ],
        "de": [
            ("Kohlenhandlung Seidl", "Bahnhofstraße 41", "91781 Weißenburg", "09141 23 65"),
            ("Brennstoffe Armbruster", "Gewerbestraße 8", "72488 Sigmaringen", ""),
            ("Flüssiggas Südwest GmbH", "Tankweg 2", "89231 Neu-Ulm", ""),
        ],
        "fr": [
            ("Charbons Lafarge-Périgord", "Route de Bergerac", "24200 Sarlat", ""),
            ("Combustibles Bernard", "15 quai des Mariniers", "71100 Chalon-sur-Saône", ""),
            ("Primagaz - dépôt Nièvre", "ZI de la Fontaine", "58000 Nevers", ""),
        ],
    },
    "gases": {
        "en": [
            ("BriGas Industrial Gases Ltd", "Priestley Road", "Worsley M28 2UT", "0800 111 333")
        ],
        "de": [("Technogas Süd GmbH", "Carl-von-Linde-Straße 25", "85716 Unterschleißheim", "")],
        "fr": [("Gaz Industriels Rhône SAS", "75 quai d'Orsay", "69007 Lyon", "")],
    },
    "galvaniser": {
        "en": [
            ("Midland Hot Dip Galvanisers Ltd", "Wednesbury Oak Road", "Tipton DY4 0BS", ""),
            ("Westcountry Galvanizing", "Bridgwater Road", "Taunton TA2 8BJ", ""),
        ],
        "de": [
            ("Feuerverzinkerei Altmühltal GmbH", "Am Zinkwerk 4", "91757 Treuchtlingen", ""),
            ("Verzinkerei Donau-Iller", "Lagerstraße 12", "89079 Ulm", ""),
        ],
        "fr": [
            ("Galvanisation du Périgord", "ZAE Les Vignes", "24430 Marsac-sur-l'Isle", ""),
            ("Galva Bourgogne SAS", "Rue des Forges", "71200 Le Creusot", ""),
        ],
    },
    "coater": {
        "en": [
            ("ProCoat Powder Finishers Ltd", "Unit 12, Leominster Enterprise Park", "HR6 0LD", ""),
            ("Shire Shotblast & Powder Coating", "Hurricane Way", "Thirsk YO7 3SZ", ""),
        ],
        "de": [
            ("Pulverbeschichtung Krauß", "Gewerbepark 17", "91710 Gunzenhausen", ""),
            ("Oberflächentechnik Rauhe GmbH", "Sandweg 3", "72501 Gammertingen", ""),
        ],
        "fr": [
            ("Thermolaquage Aquitain", "ZA Madrazès", "24200 Sarlat", ""),
            ("Poudrage Saône Industrie", "Rue Denis Papin", "71530 Crissey", ""),
        ],
    },
    "council": {
        "en": [
            ("Shropshire Council - Planning Services", "Shirehall, Abbey Foregate", "SY2 6ND", ""),
            ("North Yorkshire Council - Development Management", "County Hall", "DL7 8AD", ""),
            (
                "Somerset Council - Planning and Building Control",
                "Cannards Grave Road",
                "BA4 5BT",
                "",
            ),
        ],
        "de": [
            (
                "Landratsamt Weißenburg-Gunzenhausen - Untere Denkmalschutzbehörde",
                "Bahnhofstraße 2",
                "91781 Weißenburg",
                "",
            ),
            (
                "Landratsamt Sigmaringen - Baurecht und Denkmalschutz",
                "Leopoldstraße 4",
                "72488 Sigmaringen",
                "",
            ),
            (
                "Stadt Northeim - Untere Denkmalschutzbehörde",
                "Scharnhorstplatz 1",
                "37154 Northeim",
                "",
            ),
        ],
        "fr": [
            (
                "Mairie de Sarlat-la-Canéda - Service Urbanisme",
                "Place de la Liberté",
                "24200 Sarlat-la-Canéda",
                "",
            ),
            (
                "Ville de Chalon-sur-Saône - Direction de l'Urbanisme",
                "Place de l'Hôtel de Ville",
                "71100 Chalon-sur-Saône",
                "",
            ),
            (
                "Mairie de Cosne-Cours-sur-Loire - Urbanisme",
                "Place du Docteur Jacob",
                "58200 Cosne-Cours-sur-Loire",
                "",
            ),
        ],
    },
    "weldbody": {
        "en": [
            ("Welding Qualification Services (UK) Ltd", "Granta Park", "Cambridge CB21 6AL", ""),
            ("Northern Inspection & Certification Ltd", "Templar House", "Sheffield S9 1XA", ""),
        ],
        "de": [
            (
                "SLV Prüf- und Zertifizierungsstelle Süd",
                "Schachenmeierstraße 37",
                "80636 München",
                "",
            ),
            ("TÜV Nordbayern Industrie Service", "Westendstraße 199", "90429 Nürnberg", ""),
        ],
        "fr": [
            ("Institut de Soudure Qualification", "90 rue des Vanesses", "93420 Villepinte", ""),
            (
                "Bureau de Contrôle Soudage Centre-Est",
                "14 rue de l'Industrie",
                "69200 Vénissieux",
                "",
            ),
        ],
    },
    "inspector": {
        "en": [
            ("Allied Engineering Inspection Services", "Stanley House", "Manchester M3 4EN", ""),
            ("Marches Lifting & Test Ltd", "Bayston Hill", "Shrewsbury SY3 0DA", "01743 872 211"),
        ],
        "de": [
            ("Kranprüfdienst Bayern GmbH", "Regensburger Straße 88", "90478 Nürnberg", ""),
            ("Hebetechnik Prüfservice Schuster", "Riedweg 5", "72535 Heroldstatt", ""),
        ],
        "fr": [
            ("Apave Contrôle Levage - agence Périgueux", "Rue Pierre Magne", "24000 Périgueux", ""),
            ("Socotec Équipements - agence Mâcon", "40 rue Lacretelle", "71000 Mâcon", ""),
        ],
    },
    "broker": {
        "en": [
            ("Marcher Insurance Brokers Ltd", "Corve Street", "Ludlow SY8 1DA", "01584 875 600"),
            ("Craft & Trade Insurance Services", "Bridge House", "York YO1 6DA", ""),
        ],
        "de": [
            ("Versicherungsmakler Hegenauer & Partner", "Marktplatz 8", "91781 Weißenburg", ""),
            ("Handwerker-Assekuranz Süd GmbH", "Königstraße 40", "70173 Stuttgart", ""),
        ],
        "fr": [
            ("Cabinet Lescure Assurances", "6 boulevard Nessmann", "24200 Sarlat", ""),
            ("Mutuelle des Artisans du Centre", "22 avenue Foch", "71100 Chalon-sur-Saône", ""),
        ],
    },
    "contractor": {
        "en": [
            ("Pearce & Lodge Building Contractors Ltd", "Castle Mill", "Shrewsbury SY1 2PL", ""),
            ("Ashworth Heritage Construction Ltd", "Tower Street", "York YO1 9SA", ""),
            ("Mendip Restoration plc", "Whitstone Road", "Shepton Mallet BA4 5PS", ""),
        ],
        "de": [
            ("Bauunternehmung Gebr. Wenzl GmbH", "Gewerbering 3", "91781 Weißenburg", ""),
            ("Hochbau Stengele AG", "Donaustraße 60", "89073 Ulm", ""),
            ("Denkmalbau Nord GmbH", "Am Wall 12", "37073 Göttingen", ""),
        ],
        "fr": [
            ("Entreprise Chabrol Bâtiment SA", "ZI de Madrazès", "24200 Sarlat", ""),
            ("Bourgogne Restauration Patrimoine", "14 rue de Lyon", "71100 Chalon-sur-Saône", ""),
            ("SAS Léger Construction", "Route de Paris", "58000 Nevers", ""),
        ],
    },
    "architect": {
        "en": [
            ("Whitcombe Conservation Architects", "2 Broad Street", "Ludlow SY8 1NG", ""),
            ("Harper Fenn Architects LLP", "9 Stonegate", "York YO1 8AW", ""),
            (
                "The Parochial Church Council of St Mary",
                "The Vestry, Church Street",
                "BA11 1PE",
                "",
            ),
        ],
        "de": [
            ("Architekturbüro Reinhold Denk", "Luitpoldstraße 12", "91781 Weißenburg", ""),
            ("Kath. Kirchenstiftung St. Andreas", "Kirchplatz 1", "91781 Weißenburg", ""),
            ("Schloss Haldenburg Verwaltung", "Schlossweg 1", "72488 Sigmaringen", ""),
        ],
        "fr": [
            ("Atelier d'Architecture Vergnaud", "8 rue Fénelon", "24200 Sarlat", ""),
            ("Château de Montferrand - régie", "Lieu-dit Montferrand", "24440 Beaumont", ""),
            ("Paroisse Saint-Vincent", "1 place de l'Église", "71100 Chalon-sur-Saône", ""),
        ],
    },
}

FIRSTS = {
    "en": [
        "Margaret",
        "Robert",
        "Helen",
        "Alistair",
        "Jennifer",
        "Gareth",
        "Lucy",
        "Simon",
        "Ruth",
    ],
    "de": ["Monika", "Wolfgang", "Ingrid", "Klaus", "Petra", "Jürgen", "Lena", "Tobias", "Ute"],
    "fr": ["Françoise", "Philippe", "Isabelle", "Bernard", "Sylvie", "Thierry", "Chloé", "Luc"],
}
LASTS = {
    "en": ["Pemberton", "Ashdown", "Griffiths", "Clegg", "Harcourt", "Nolan", "Baines", "Tranter"],
    "de": ["Kögel", "Meier", "Brunner", "Eckert", "Hofstetter", "Zeller", "Strobel", "Lang"],
    "fr": ["Lacoste", "Veyssière", "Dumas", "Faure", "Roussel", "Marty", "Castaing", "Béraud"],
}
FEMALE = {"Margaret", "Helen", "Jennifer", "Lucy", "Ruth", "Monika", "Ingrid", "Petra", "Lena"}
FEMALE |= {"Ute", "Françoise", "Isabelle", "Sylvie", "Chloé"}
ROADS = {
    "en": [
        "Corve Street",
        "Church Lane",
        "The Green",
        "Whitcliffe Road",
        "Bull Ring",
        "Old Street",
    ],
    "de": ["Rosenstraße", "Am Kirchberg", "Lindenweg", "Obere Vorstadt", "Schulgasse"],
    "fr": ["rue des Consuls", "allée des Tilleuls", "rue du Presbytère", "chemin des Vignes"],
}
TOWNS = {
    "en": [
        "Ludlow SY8 2PN",
        "Church Stretton SY6 6BY",
        "Helmsley YO62 5BH",
        "Malton YO17 7LP",
        "Frome BA11 3AN",
        "Wells BA5 2RB",
        "Bishop's Castle SY9 5BN",
    ],
    "de": [
        "91781 Weißenburg",
        "91710 Gunzenhausen",
        "72488 Sigmaringen",
        "72516 Scheer",
        "37154 Northeim",
        "37574 Einbeck",
    ],
    "fr": [
        "24200 Sarlat-la-Canéda",
        "24220 Saint-Cyprien",
        "71100 Chalon-sur-Saône",
        "71150 Chagny",
        "58200 Cosne-Cours-sur-Loire",
        "58400 La Charité-sur-Loire",
    ],
}

WORKS = {
    "en": [
        "Pair of forged driveway gates with arched top rail",
        "Pedestrian gate and side panels, scroll infill",
        "Front boundary railings, cast finials (restoration)",
        "Forged balustrade to main staircase, oak handrail",
        "Juliet balcony with leaf collars",
        "Restoration of Grade II listed churchyard gates",
        "Garden arch and rose obelisks",
        "Security grilles to vestry windows",
        "Wall-mounted handrail to steps, ram's head ends",
        "Fire basket and hearth set",
    ],
    "de": [
        "Zweiflügeliges Hoftor, geschmiedet, mit Bogen",
        "Gartentür mit Seitenteilen, Volutenfüllung",
        "Einfriedung mit Gussspitzen (Restaurierung)",
        "Geschmiedetes Treppengeländer mit Eichenhandlauf",
        "Französischer Balkon mit Blattbunden",
        "Restaurierung des Friedhofsportals (Baudenkmal)",
        "Rosenbogen und Rankobelisken",
        "Fenstergitter Sakristei",
        "Wandhandlauf an der Außentreppe",
        "Feuerkorb mit Kaminbesteck",
    ],
    "fr": [
        "Portail deux vantaux forgé, traverse cintrée",
        "Portillon et panneaux latéraux à volutes",
        "Grille de clôture, pointes de lance fonte (restauration)",
        "Rampe d'escalier forgée, main courante chêne",
        "Garde-corps de fenêtre à feuillages",
        "Restauration de la grille du cimetière (monument inscrit)",
        "Arche de jardin et obélisques",
        "Grilles de défense des fenêtres de la sacristie",
        "Main courante murale de perron",
        "Corbeille de cheminée et serviteur",
    ],
}

TALK = {
    "en": {
        "forge": "gate railing bar collar scroll finial forged mild steel wrought iron galvanised "
        "primer finish hinge post fixing masonry pattern bespoke fabrication installation site "
        "panel leaf latch profile drawing existing measured workshop colour",
        "heritage": "listed historic fabric conservation original repair like-for-like lead "
        "railings heritage setting significance officer consent condition method statement "
        "sample wrought iron details approval works",
        "insure": "policy insured cover liability indemnity limit excess premium endorsement "
        "schedule period claim exclusion business premises property",
        "complain": "gate rust paint coating flaking hinge dropped latch finish surface weeks "
        "photos disappointed expected installation marks corners",
        "lift": "crane hoist chain sling hook load examination defect wear safe working "
        "inspection brake trolley beam",
    },
    "de": {
        "forge": "Tor Geländer Stab Bund Volute Spitze geschmiedet Stahl Schmiedeeisen verzinkt "
        "Grundierung Oberfläche Band Pfosten Befestigung Mauerwerk Muster Fertigung Montage "
        "Baustelle Feld Blatt Riegel Profil Zeichnung Bestand Aufmaß Werkstatt Farbton",
        "heritage": "Denkmal historisch Substanz Erhaltung Original Reparatur Befund Blei "
        "Gitter Umgebung Bedeutung Behörde Erlaubnis Auflage Musterachse Schmiedeeisen "
        "Detail Abstimmung Maßnahme",
        "insure": "Vertrag versichert Deckung Haftpflicht Entschädigung Summe Selbstbeteiligung "
        "Beitrag Nachtrag Laufzeit Schaden Ausschluss Betrieb Risiko",
        "complain": "Tor Rost Lack Beschichtung abgeplatzt Band abgesackt Schloss Oberfläche "
        "Wochen Fotos enttäuscht erwartet Montage Kratzer Ecken",
        "lift": "Kran Kettenzug Anschlagmittel Haken Last Prüfung Mangel Verschleiß Tragfähigkeit "
        "Bremse Katze Träger",
    },
    "fr": {
        "forge": "portail grille barreau bague volute pointe forgé acier fer galvanisé primaire "
        "finition gond poteau scellement maçonnerie motif fabrication pose chantier panneau "
        "feuillage loquet profil plan existant relevé atelier teinte",
        "heritage": "monument historique protégé conservation origine restauration plomb "
        "grille abords intérêt architecte avis prescription échantillon fer forgé détail "
        "travaux accord",
        "insure": "contrat assuré garantie responsabilité indemnité plafond franchise prime "
        "avenant période sinistre exclusion entreprise risque",
        "complain": "portail rouille peinture revêtement écaillé gond affaissé serrure finition "
        "semaines photos déçu attendu pose rayures angles",
        "lift": "pont roulant palan chaîne élingue crochet charge vérification défaut usure "
        "frein chariot poutre",
    },
}
GLUES = {
    "en": "the of and to for with on at by from this is are will be the a as we your all",
    "de": "die der das und zu für mit auf von ist sind wird bei nach den dem im wir Ihre",
    "fr": "le la les et de du pour avec sur par est sont sera au aux des une nous vos",
}


def words(rng: random.Random, lang: str, topic: str = "forge", n: int | None = None) -> str:
    lg = lang if lang in TALK else "en"
    pool, glue = TALK[lg][topic].split(), GLUES[lg].split()
    ws = [rng.choice(pool if rng.random() < 0.5 else glue) for _ in range(n or rng.randint(7, 15))]
    text = " ".join(ws)
    return text[0].upper() + text[1:] + "."


def prose(rng: random.Random, lang: str, topic: str = "forge", lo: int = 2, hi: int = 4) -> str:
    return " ".join(words(rng, lang, topic) for _ in range(rng.randint(lo, hi)))


# ---------------------------------------------------------------------------------------------
# The forge of a stream: its country, month, staff and jobs
# ---------------------------------------------------------------------------------------------

FORGE: dict[str, object] = {"lang": "en", "row": 0, "seed": 0, "month": date(2025, 3, 1), "no": 0}


@dataclass
class Customer:
    lines: list[str]  # the address block
    person: str  # whom a letter greets ("Mrs Ann Rowe", "Herr Klaus Meier")
    lang: str
    org: bool


@dataclass
class Job:
    """One commission, as a companion takes it up: customer, site, work, price."""

    ref: str
    cust: Customer
    site: str
    work: int
    value: float
    listed: bool


#: What the previous document was about (a companion takes up the same job and day).
LAST: dict[str, object] = {"kind": "", "job": None, "day": None, "extra": None}


def home() -> str:
    return str(FORGE["lang"])


def month() -> date:
    m = FORGE["month"]
    assert isinstance(m, date)
    return m


def keyed(who: Issuer, key: str) -> random.Random:
    """Draws fixed by the issuer, the stream's forge and ``key``: a run or a repeat keeps its
    sender."""
    text = f"zester/{key}/{who.name}/{who.street}/{who.city}/{FORGE['seed']}"
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


def remember(job: Job | None, d: date, extra: object = None) -> None:
    LAST.update(job=job, day=d, extra=extra)


def forge_row() -> Row:
    return FORGES[home()][int(str(FORGE["row"]))]


def crew(role: str) -> str:
    """The forge's staff: owner, smith, smith2, welder, office."""
    r = random.Random(zlib.crc32(f"zester/crew/{role}/{FORGE['seed']}".encode()))
    lg = home()
    return f"{r.choice(FIRSTS[lg])} {r.choice(LASTS[lg])}"


def person(rng: random.Random, lang: str) -> str:
    return f"{rng.choice(FIRSTS[lang])} {rng.choice(LASTS[lang])}"


def titled(name: str, lang: str) -> str:
    female = name.split()[0] in FEMALE
    if lang == "de":
        return f"{'Frau' if female else 'Herr'} {name}"
    if lang == "fr":
        first, *rest = name.split()
        return f"{'Madame' if female else 'Monsieur'} {first} {' '.join(rest).upper()}"
    return f"{'Mrs' if female else 'Mr'} {name}"


def a_customer(rng: random.Random, lang: str | None = None) -> Customer:
    """A private customer of the forge's region, or a trade one (architect, parish, estate);
    now and then from abroad (a holiday home, an expatriate)."""
    lg = lang or home()
    if lang is None and rng.random() < 0.12:
        lg = rng.choice([x for x in ("en", "de", "fr") if x != home()])
    if rng.random() < 0.35:
        row = rng.choice(SENDERS["architect"][lg])
        who = titled(person(rng, lg), lg)
        return Customer(
            [row[0], f"{tr(lg, 'FAO', 'z. Hd.', 'À l attention de')} {who}", row[1], row[2]],
            who,
            lg,
            True,
        )
    who = titled(person(rng, lg), lg)
    road = rng.choice(ROADS[lg])
    no = rng.randint(1, 60)
    return Customer(
        [who, f"{road} {no}" if lg == "de" else f"{no} {road}", rng.choice(TOWNS[lg])],
        who,
        lg,
        False,
    )


def a_job(rng: random.Random, cust: Customer | None = None) -> Job:
    c = cust or a_customer(rng)
    work = rng.randrange(len(WORKS["en"]))
    base = [6800, 3400, 9200, 7400, 1850, 12600, 1450, 1300, 980, 720][work]
    value = round(base * rng.uniform(0.8, 1.45), -1)
    prefix = "".join(t[0] for t in forge_row()[0].replace("&", " ").split()[:2]).upper()
    site = c.lines[-2] + ", " + c.lines[-1]
    if c.org:
        lg = home()
        site = f"{rng.choice(ROADS[lg])}, {rng.choice(TOWNS[lg])}"
    return Job(
        ref=f"{prefix}{month().year % 100}/{rng.randint(11, 189):03d}",
        cust=c,
        site=site,
        work=work,
        value=value,
        listed=work in (2, 5) or rng.random() < 0.3,
    )


def job_for(rng: random.Random, kinds: tuple[str, ...]) -> Job:
    """The previous document's job if it was one of ``kinds``, else a new one."""
    j = LAST["job"]
    if isinstance(j, Job) and after(kinds):
        return j
    return a_job(rng)


def work_of(job: Job, lang: str) -> str:
    return WORKS[lang if lang in WORKS else "en"][job.work]


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
    look: str  # anvil | band | centred | letter | boxed | plain | side | official
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
    "forge": (
        "Artist Blacksmiths - Architectural Metalwork",
        "Kunstschmiede - Metallbau",
        "Ferronnerie d'art - Métallerie",
    ),
    "stockholder": ("Steel Stockholders", "Stahlhandel - Anarbeitung", "Négoce d'aciers"),
    "fuel": ("Coal - Coke - Bottled Gas", "Kohlen - Koks - Flüssiggas", "Charbons - Gaz"),
    "galvaniser": (
        "Hot Dip Galvanizing to EN ISO 1461",
        "Feuerverzinkung nach DIN EN ISO 1461",
        "Galvanisation à chaud NF EN ISO 1461",
    ),
    "coater": (
        "Shotblasting - Powder Coating",
        "Strahlen - Pulverbeschichten",
        "Grenaillage - Thermolaquage",
    ),
    "contractor": ("Building Contractors", "Hoch- und Ingenieurbau", "Bâtiment - Gros oeuvre"),
    "broker": ("Chartered Insurance Brokers", "Versicherungsmakler", "Courtage d'assurances"),
}


def legal_lines(r: random.Random, name: str, lang: str, role: str) -> list[str]:
    if role in ("council",):
        return []
    if lang == "de":
        bank = r.choice(["Sparkasse Mittelfranken-Süd", "VR-Bank Donau-Alb", "Raiffeisenbank"])
        out = [
            f"{name} - USt-IdNr. DE{r.randint(100000000, 999999999)} - {bank} - IBAN DE"
            f"{r.randint(10, 99)} {r.randint(1000, 9999)} {r.randint(1000, 9999)} "
            f"{r.randint(1000, 9999)} {r.randint(1000, 9999)} {r.randint(10, 99)}"
        ]
        if "GmbH" in name or "AG" in name or "KG" in name:
            out.insert(
                0,
                f"Sitz: {r.choice(['Nürnberg', 'Ulm', 'Weißenburg', 'Göttingen'])} - "
                f"Registergericht HRB {r.randint(1000, 99999)} - Geschäftsführer: "
                + r.choice(["Dipl.-Ing. Rainer Obst", "Martina Zehetmair", "Uwe Kling"]),
            )
        return out
    if lang == "fr":
        siret = (
            f"{r.randint(300, 899)} {r.randint(100, 999)} {r.randint(100, 999)} "
            f"{r.randint(10000, 99999)}"
        )
        out = [f"{name} - SIRET {siret} - APE {r.choice(['2511Z', '4672Z', '2561Z', '4399C'])}"]
        if r.random() < 0.7:
            out.append(
                f"TVA intracom. FR{r.randint(10, 99)} {r.randint(100, 999)} "
                f"{r.randint(100, 999)} {r.randint(100, 999)} - RCS "
                f"{r.choice(['Bergerac', 'Chalon-sur-Saône', 'Nevers', 'Lyon'])}"
            )
        return out
    if lang in ("it", "es"):
        return [f"{name} - P.IVA / CIF {r.randint(10000000, 99999999)}"]
    out = []
    if "Ltd" in name or "plc" in name or "LLP" in name:
        out.append(f"Registered in England and Wales No. {r.randint(3000000, 13999999):08d}")
    if r.random() < 0.7:
        out.append(
            f"VAT Reg. No. GB {r.randint(100, 999)} {r.randint(1000, 9999)} {r.randint(10, 99)}"
        )
    if role == "forge" and r.random() < 0.6:
        out.append(
            r.choice(
                [
                    "Member of the British Artist Blacksmiths Association",
                    "CE marked to EN 1090-1 EXC2",
                    "Heritage Crafts registered",
                ]
            )
        )
    return [" - ".join(out)] if out else []


def make_head(row: Row, lang: str, role: str) -> Head:
    """The paper habits of the sender ``row``: the same all through one stream."""
    name, street, town, phone = row
    r = random.Random(zlib.crc32(f"zester/head/{name}/{FORGE['seed']}".encode()))
    font, bold = r.choice(FACES)
    host = "".join(c for c in name.lower().split()[0] if c.isalpha() and c.isascii())[:12]
    tld = {"en": "co.uk", "de": "de", "fr": "fr", "it": "it", "es": "es"}[lang]
    looks = LOOKS
    if role in ("council", "weldbody"):
        looks = ["official"]
        font, bold = (
            ("Helvetica", "Helvetica-Bold") if r.random() < 0.6 else ("Times-Roman", "Times-Bold")
        )
    elif role == "forge":
        looks = ["anvil", "anvil", "centred", "side"]
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
        numbers=r.choice(PAGE_NOS.get(lang, ["none", "{i}/{n}"])),
        corner=r.choice(["bc", "br", "tr", "bc", "bl"]),
        dates=r.choice(["short", "long"] + (["iso", "short"] if lang == "en" else [])),
        mail=f"{r.choice(['info', 'office', 'sales', 'accounts'])}@{host or 'mail'}.{tld}"
        if r.random() < 0.7
        else "",
    )


def forge_head() -> Head:
    return make_head(forge_row(), home(), "forge")


def head_of(who: Issuer, role: str, abroad: float = 0.0) -> Head:
    """The ``role`` sender of ``who`` (the same for the same issuer and forge), of the forge's
    country or, with odds ``abroad``, of another."""
    r = keyed(who, role)
    lang = home()
    pool = SENDERS[role]
    if r.random() < abroad:
        lang = r.choice([x for x in pool if x != lang])
    return make_head(r.choice(pool[lang]), lang, role)


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
    return dated(h, d) if h.lang in ("en", "de", "fr") else d.strftime("%d/%m/%Y")


def ring(p: Page, cx: float, cy: float, r: float, steps: int = 36) -> None:
    """A circle drawn as a polygon (round stamps)."""
    pts = [
        (cx + r * math.cos(2 * math.pi * k / steps), cy + r * math.sin(2 * math.pi * k / steps))
        for k in range(steps + 1)
    ]
    for (x1, y1), (x2, y2) in itertools.pairwise(pts):
        p.line(x1, y1, x2, y2)


def seal(p: Page, cx: float, cy: float, r: float, top: str, mid: str) -> None:
    """A round rubber stamp: two rings, the wording on two lines inside."""
    ring(p, cx, cy, r)
    ring(p, cx, cy, r - 3)
    pt = shrink(top, "Helvetica", 6.5, r * 1.5)
    p.text(cx, cy - r * 0.35, fit(top, "Helvetica", pt, r * 1.5), "Helvetica", pt, "center")
    pt2 = shrink(mid, "Helvetica-Bold", 7, r * 1.4)
    p.text(
        cx, cy + r * 0.45, fit(mid, "Helvetica-Bold", pt2, r * 1.4), "Helvetica-Bold", pt2, "center"
    )


def anvil(p: Page, x: float, y: float, k: float = 1.0) -> None:
    """The forge's mark: an anvil outline on a block."""
    pts = [
        (0, 0),
        (34, 0),
        (34, 6),
        (26, 9),
        (24, 16),
        (30, 22),
        (6, 22),
        (10, 16),
        (8, 9),
        (-8, 6),
        (-14, 2),
        (0, 0),
    ]
    for (x1, y1), (x2, y2) in itertools.pairwise(pts):
        p.line(x + x1 * k, y + y1 * k, x + x2 * k, y + y2 * k)
    p.rect(x + 4 * k, y + 22 * k, 26 * k, 5 * k, fill=0.2)


def crest(p: Page, x: float, y: float) -> None:
    """A small crest of an authority or examining body: a shield with bars."""
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
    trade = TRADE.get(h.role)
    line2 = tr(h.lang, *trade) if trade else ""
    if w < 330:
        pt = shrink(h.name, h.bold, 10, w - 2 * m)
        p.text(w / 2, y, h.name, h.bold, pt, "center")
        p.text(w / 2, y + 10, fit(where, h.font, 6.5, w - 2 * m), h.font, 6.5, "center")
        if contact:
            p.text(w / 2, y + 18, fit(contact, h.font, 6.5, w - 2 * m), h.font, 6.5, "center")
        p.line(m, y + 23, w - m, y + 23)
        return y + 38
    if h.look == "official":
        crest(p, m, y - 12)
        lines = h.name.split(" - ") if " - " in h.name else [h.name]
        yy = y
        for k, t in enumerate(lines):
            f_, pt = (h.bold, 11) if k == 0 else (h.font, 9)
            p.text(m + 32, yy, fit(t, f_, pt, w - 2 * m - 40), f_, pt)
            yy += 12
        p.text(m + 32, yy, fit(f"{where}  {contact}", h.font, 7, w - 2 * m - 40), h.font, 7)
        return yy + 30
    if h.look == "anvil":
        anvil(p, m + 14, y - 14, 1.1)
        pt = shrink(h.name, h.bold, s.size + 6, w - 2 * m - 60)
        p.text(m + 56, y + 2, h.name, h.bold, pt)
        it = italic_of(h.font)
        p.text(m + 56, y + 14, fit(line2, it, 8, w - 2 * m - 60), it, 8)
        p.text(m + 56, y + 24, fit(f"{where}   {contact}", h.font, 7, w - 2 * m - 60), h.font, 7)
        p.line(m, y + 31, w - m, y + 31)
        p.line(m, y + 33, w - m, y + 33)
        return y + 54
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
        p.text(w / 2, y + 14, fit(line2 or where, it, 7.5, w - 2 * m), it, 7.5, "center")
        low = f"{where}  {contact}" if line2 else contact
        if low:
            p.text(w / 2, y + 23, fit(low, h.font, 7, w - 2 * m), h.font, 7, "center")
        p.line(m, y + 29, w - m, y + 29)
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
        if line2:
            p.text(w - m, y + 2, fit(line2, h.font, 7, w - 2 * m - bw - 10), h.font, 7, "right")
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


def close(
    pages: list[Page], s: Style, h: Head, numbers: str | None = None, covers: int = 0
) -> list[Page]:
    """``pages`` with ``h``'s footer and page numbers (``numbers`` overrides its format)."""
    return foot_and_number(
        pages, s, h.foot, h.numbers if numbers is None else numbers, h.corner, covers
    )


def scrawl(p: Page, x: float, y: float, name: str, pt: float = 13) -> None:
    """A handwritten signature over the baseline ``y``."""
    parts = [
        t
        for t in name.replace("-", " ").replace(".", " ").split()
        if t not in ("Mr", "Mrs", "Herr", "Frau", "Madame", "Monsieur", "Dr", "Dipl", "Ing")
    ]
    parts = parts or ["X"]
    text = f"{parts[0][0]}{parts[-1][:8].capitalize()}" if len(parts) > 1 else parts[0]
    p.text(x + 2, y - 1, text, INK, pt)
    end = x + 6 + tw(text, INK, pt)
    p.line(end - 4, y - 2, end + 12, y - 9)
    p.line(x, y + 2, end - 8, y + 1)


def received(rng: random.Random, p: Page, d: date, odds: float = 0.35) -> None:
    """Now and then the forge's received stamp on the first page."""
    if rng.random() < odds:
        w, _ = p.size
        lg = home()
        stamp(
            p,
            w - rng.uniform(150, 210),
            rng.uniform(70, 170),
            [
                tr(lg, "RECEIVED", "EINGEGANGEN", "REÇU LE"),
                short(d + timedelta(days=rng.randint(1, 5)), lg),
                rng.choice(
                    {
                        "en": ["Office", "Accounts", "Job file"],
                        "de": ["Büro", "Buchhaltung", "Werkstatt"],
                        "fr": ["Bureau", "Compta", "Atelier"],
                    }[lg]
                ),
            ],
        )


def recipient(
    f: Sheets, s: Style, h: Head, lines: list[str], d: date, refs: list[tuple[str, str]]
) -> None:
    w, _ = f.size
    y0 = f.y
    back = h if h.look in ("plain", "band", "letter", "official", "anvil") else None
    below = window(f.page, s, back, y0, lines)
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


def forge_lines(att: str = "") -> list[str]:
    name, street, town, _ = forge_row()
    return [name, *([att] if att else []), street, town]


def vat_rate(lang: str) -> float:
    return {"en": 20.0, "de": 19.0, "fr": 20.0}.get(lang, 22.0)


def totals(f: Sheets, s: Style, lg: str, net: float, rate: float, label: str = "") -> float:
    """Net, tax at ``rate`` and total right-aligned under a table; returns the total."""
    w, _ = f.size
    m = s.margin
    f.need(70)
    f.y += 4
    f.page.line(w * 0.55, f.y - 8, w - m, f.y - 8)
    tax = round(net * rate / 100, 2)
    rows = [(tr(lg, "Net total", "Nettobetrag", "Total HT"), net)]
    if rate:
        rows.append(
            (label or tr(lg, f"VAT {rate:g}%", f"MwSt. {rate:g} %", f"TVA {rate:g} %"), tax)
        )
    rows.append(
        (tr(lg, "Total due", "Rechnungsbetrag", "Total TTC" if rate else "Net à payer"), net + tax)
    )
    for k, (t, v) in enumerate(rows):
        bold = s.bold if k == len(rows) - 1 else s.font
        f.page.text(w * 0.56, f.y, t, bold, s.size)
        f.page.text(w - m, f.y, cash(v, lg), bold, s.size, "right")
        f.y += s.size * 1.5
    return net + tax


def small_print(
    rng: random.Random, s0: Style, h: Head, title: str, heads: list[str], topic: str = "forge"
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


def photos_page(
    rng: random.Random, size: tuple[float, float], names: list[str], header: str = ""
) -> Page:
    """A sheet of printed photos, two or four with file names (or captions) under them."""
    p = Page(size)
    w, hh = size
    m = 40.0
    y = m
    if header:
        p.text(m, y, fit(header, "Helvetica", 8, w - 2 * m), "Helvetica", 8)
        y += 16
    n = len(names)
    per = 1 if n <= 2 else 2
    rows = -(-n // per)
    cw = (w - 2 * m - (per - 1) * 14) / per
    ch = min((hh - y - m - rows * 18) / rows, cw * 0.78)
    for k, t in enumerate(names):
        x = m + (k % per) * (cw + 14)
        yy = y + (k // per) * (ch + 20)
        photo(p, x, yy, cw, ch, rng)
        p.text(x, yy + ch + 10, fit(t, "Helvetica", 7, cw), "Helvetica", 7)
    return p


def img_names(rng: random.Random, n: int) -> list[str]:
    base = rng.randint(1200, 9800)
    stem = rng.choice(["IMG_", "DSC0", "PXL_2024", "20250"])
    return [f"{stem}{base + 3 * k}.jpg" for k in range(n)]


# ---------------------------------------------------------------------------------------------
# Templates GGGGG: a commission from enquiry to invoice
# ---------------------------------------------------------------------------------------------


def cust_head(c: Customer) -> Head:
    """A customer's own paper: an organisation's letterhead, or a private person's plain one."""
    if c.org:
        for role in ("architect", "contractor"):
            for row in SENDERS[role][c.lang]:
                if row[0] == c.lines[0]:
                    return make_head(row, c.lang, role)
    return make_head((c.person, c.lines[-2], c.lines[-1], ""), c.lang, "customer")


def mail_top(
    f: Sheets,
    s: Style,
    lg: str,
    sender: str,
    addr: str,
    to: str,
    sent: str,
    subject: str,
    attach: list[str],
) -> None:
    """The header block of a printed e-mail."""
    w, _ = f.size
    m = s.margin
    f.page.text(m, f.y, fit(f"{sender} <{addr}>", s.bold, 9.5, w - 2 * m), s.bold, 9.5)
    f.y += 15
    rows = [
        (tr(lg, "From", "Von", "De"), f"{sender} <{addr}>"),
        (tr(lg, "Sent", "Gesendet", "Envoyé"), sent),
        (tr(lg, "To", "An", "À"), to),
        (tr(lg, "Subject", "Betreff", "Objet"), subject),
    ]
    if attach:
        rows.append((tr(lg, "Attachments", "Anlagen", "Pièces jointes"), "; ".join(attach)))
    for lab, val in rows:
        f.page.text(m, f.y, f"{lab}:", s.bold, 8.5)
        f.page.text(m + 78, f.y, fit(val, s.font, 8.5, w - 2 * m - 78), s.font, 8.5)
        f.y += 12
    f.page.line(m, f.y, w - m, f.y)
    f.y += 18


def tpl_enquiry(rng: random.Random, who: Issuer) -> list[Page]:
    """A customer's enquiry: a printed e-mail (the photos attached printed behind it), a short
    handwritten note on A5 paper, or an architect's or parish's letter with an extract of the
    schedule of works."""
    job = a_job(rng)
    c = job.cust
    lg = c.lang
    h = cust_head(c)
    d = some_day(rng)
    forge = forge_head()
    form = (
        rng.choice(["mail", "mail", "note", "letter"])
        if not c.org
        else rng.choice(["mail", "letter", "letter"])
    )
    work = work_of(job, lg) if lg == "de" else work_of(job, lg).lower()
    writer = c.person
    if form == "note":
        s = style_of(h, A5, margin=34, pt=9)
        p = Page(A5)
        w, hh = A5
        y = 40.0
        for t in c.lines[-2:]:
            p.text(w - 34, y, t, HAND, 9, "right")
            y += 12
        p.text(w - 34, y + 4, short(d, lg), HAND, 9, "right")
        y += 34
        p.text(34, y, dear(lg, None if rng.random() < 0.5 else titled(crew("owner"), lg)), HAND, 10)
        y += 20
        body = tr(
            lg,
            f"I wonder whether you could help with {work}. ",
            f"ich wollte fragen, ob Sie uns bei folgendem helfen können: {work}. ",
            f"je me permets de vous écrire au sujet de : {work}. ",
        )
        body += prose(rng, lg, "forge", 2, 4)
        body += (
            tr(
                lg,
                " Could you telephone me on ",
                " Bitte rufen Sie mich an unter ",
                " Pouvez-vous me rappeler au ",
            )
            + serial(rng, "01999 999999")
            + "."
        )
        for ln in wrap(body, HAND, 9.5, w - 68):
            if y > hh - 70:
                break
            p.text(34, y, ln, HAND, 9.5)
            y += 15
        y = min(y + 14, hh - 60)
        p.text(34, y, tr(lg, "Yours,", "Viele Grüße", "Bien cordialement,"), HAND, 9.5)
        scrawl(p, 34, y + 26, writer, 14)
        pages = [p]
        received(rng, p, d, 0.3)
        remember(job, d)
        return pages
    if form == "mail":
        s = style_of(h, LETTER if lg == "en" and rng.random() < 0.2 else A4)
        s = paper(s, s.page_size, margin=50, pt=9.5)
        f = sheets(s, h, "", top=False)
        f.y = 40
        attach = img_names(rng, rng.choice([0, 2, 3, 4])) if rng.random() < 0.7 else []
        addr = f"{writer.split()[-1].lower()}{rng.randint(1, 99)}@" + rng.choice(
            ["gmail.com", "btinternet.com", "web.de", "orange.fr", "outlook.com"]
        )
        mail_top(
            f,
            s,
            lg,
            writer,
            addr,
            forge.mail or forge.name,
            f"{day(h, d)} {rng.randint(7, 22)}:{rng.randint(10, 59)}",
            tr(lg, f"Enquiry - {work}", f"Anfrage - {work}", f"Demande de devis - {work}"),
            attach,
        )
        write(f, s, dear(lg, None if rng.random() < 0.6 else titled(crew("owner"), lg)))
    else:
        s = style_of(h, A4)
        f = sheets(s, h, f"{h.name}")
        recipient(
            f,
            s,
            h,
            forge_lines(),
            d,
            [(tr(lg, "Our ref", "Unser Zeichen", "N/Réf."), serial(rng, "AA/999"))],
        )
        caption(
            f,
            s,
            tr(
                lg,
                f"{work_of(job, lg)} - {job.site}",
                f"{work_of(job, lg)}, {job.site}",
                f"Objet : {work_of(job, lg)}",
            ),
            0.5,
        )
        write(f, s, dear(lg, None))
        attach = []
    w, hh = f.size
    m = s.margin
    write(
        f,
        s,
        tr(
            lg,
            f"We are looking for a quotation for {work} at {job.site}.",
            f"wir suchen einen Fachbetrieb für: {work}, Objekt {job.site}.",
            f"nous souhaiterions un devis pour : {work}, à l'adresse {job.site}.",
        ),
    )
    for _ in range(rng.randint(1, 3)):
        write(f, s, prose(rng, lg, "forge" if not job.listed else "heritage", 2, 4))
    if form == "letter" and rng.random() < 0.7:
        f.heading(
            m,
            tr(
                lg,
                "Extract from schedule of works",
                "Auszug Leistungsverzeichnis",
                "Extrait du descriptif (CCTP)",
            ),
            s.bold,
            s.size,
        )
        cols = columns(m, w - m, [(0.8, "left"), (5, "left"), (0.8, "right"), (0.8, "left")])
        rows = []
        for k in range(rng.randint(3, 7)):
            rows.append(
                [
                    f"{rng.randint(3, 9)}.{k + 1}",
                    words(rng, lg, "forge", 7)[:-1],
                    str(rng.randint(1, 24)),
                    rng.choice(["nr", "m", "item", "Stk", "ml"]),
                ]
            )
        table(
            f,
            cols,
            [
                tr(lg, "Item", "Pos.", "Art."),
                tr(lg, "Description", "Beschreibung", "Désignation"),
                tr(lg, "Qty", "Menge", "Qté"),
                tr(lg, "Unit", "Einh.", "U"),
            ],
            rows,
            s,
            rules=True,
        )
    if job.listed:
        write(
            f,
            s,
            tr(
                lg,
                "Please note the property is listed; the conservation officer will "
                "want to see details before work starts.",
                "Das Gebäude steht unter Denkmalschutz; die Abstimmung mit der Behörde "
                "ist erforderlich.",
                "Le bâtiment est situé dans le périmètre d'un monument historique ; l'avis "
                "de l'ABF sera nécessaire.",
            ),
        )
    write(
        f,
        s,
        tr(
            lg,
            "We look forward to hearing from you.",
            "Für Rückfragen stehen wir gern zur Verfügung.",
            "Dans l'attente de votre réponse.",
        ),
    )
    regards(
        f,
        s,
        lg,
        writer.split(" ", 1)[1],
        h.name if c.org else "",
    )
    if form == "mail" and rng.random() < 0.3:
        write(
            f,
            s,
            tr(lg, "Sent from my iPhone", "Von meinem iPhone gesendet", "Envoyé de mon iPhone"),
            8,
        )
    pages = f.pages
    if form == "mail":
        for k, p in enumerate(pages, 1):
            p.text(
                40,
                hh - 20,
                fit(
                    f"https://mail.{home()}.example/inbox/{serial(rng, '9999999')}",
                    "Helvetica",
                    6.5,
                    w / 2,
                ),
                "Helvetica",
                6.5,
            )
            p.text(w - 40, hh - 20, f"{k}/{len(pages)}", "Helvetica", 6.5, "right")
        names = attach
        while names:
            take, names = names[: 4 if rng.random() < 0.5 else 2], names[4:]
            pages.append(photos_page(rng, s.page_size, take))
            if not names:
                break
    else:
        pages = close(pages, s, h)
    received(rng, pages[0], d, 0.25)
    remember(job, d)
    return pages


def tpl_survey(rng: random.Random, who: Issuer) -> list[Page]:
    """The forge's own site survey sheet, filled in by hand on site: customer and site, tick
    boxes for access, ground, fixings and finish, a measurement table, notes; then a squared
    sketch page with the elevation drawn by hand, and now and then a page of site photos."""
    job = job_for(rng, ("enquiry",))
    h = forge_head()
    lg = h.lang
    d = last_day(rng, ("enquiry",), (3, 12))
    s = style_of(h, A4, margin=40, pt=8.5)
    w, hh = A4
    m = 40.0
    p = Page(A4)
    y = heading(p, s, h)
    title = tr(lg, "SITE SURVEY", "AUFMASS / BAUSTELLENBESICHTIGUNG", "FICHE DE MÉTRÉ / VISITE")
    p.text(w / 2, y, title, s.bold, 13, "center")
    y += 18
    surveyor = crew(rng.choice(["owner", "smith"]))
    y = fields(
        p,
        s,
        m,
        y,
        w - 2 * m,
        [
            (tr(lg, "Customer", "Kunde", "Client"), job.cust.person),
            (
                tr(lg, "Job no.", "Auftrags-Nr.", "N° dossier"),
                job.ref if rng.random() < 0.7 else "",
            ),
            (tr(lg, "Site address", "Objekt", "Adresse du chantier"), job.site),
            (tr(lg, "Tel.", "Telefon", "Tél."), serial(rng, "07999 999999")),
            (tr(lg, "Surveyed by", "Aufgenommen von", "Relevé par"), surveyor),
            (tr(lg, "Date", "Datum", "Date"), short(d, lg)),
        ],
        per=2,
    )
    y = band(p, s, y, tr(lg, "Work required", "Leistung", "Nature des travaux")) + 8
    hand(p, m + 4, y + 4, fit(work_of(job, lg), HAND, 9.5, w - 2 * m - 8))
    y += 20
    groups = [
        (
            tr(lg, "Access", "Zufahrt", "Accès"),
            [
                tr(lg, "Van to site", "Transporter", "Camion"),
                tr(lg, "Hand carry", "Tragen", "Manuel"),
                tr(lg, "Steps", "Stufen", "Marches"),
                tr(lg, "Parking permit", "Halteverbot", "Autorisation voirie"),
            ],
        ),
        (
            tr(lg, "Ground", "Untergrund", "Sol"),
            [
                tr(lg, "Tarmac", "Asphalt", "Enrobé"),
                tr(lg, "Paving", "Pflaster", "Pavés"),
                tr(lg, "Soil", "Erdreich", "Terre"),
                tr(lg, "Stone", "Naturstein", "Pierre"),
            ],
        ),
        (
            tr(lg, "Fixing", "Befestigung", "Fixation"),
            [
                tr(lg, "Concrete in", "Einbetonieren", "Scellement"),
                tr(lg, "Base plates", "Fußplatten", "Platines"),
                tr(lg, "Wall brackets", "Wandanker", "Pattes murales"),
                tr(lg, "Lead into stone", "Verbleien", "Plomb"),
            ],
        ),
        (
            tr(lg, "Finish", "Oberfläche", "Finition"),
            [
                tr(lg, "Galv + powder", "Verzinkt + pulverbesch.", "Galva + thermolaquage"),
                tr(lg, "Galv only", "nur verzinkt", "Galva seule"),
                tr(lg, "Paint system", "Anstrich", "Peinture"),
                tr(lg, "Wax / oil", "Wachs / Öl", "Cire / huile"),
            ],
        ),
    ]
    for cap, labels in groups:
        p.text(m, y, cap, s.bold, 8)
        y = ticks(
            p,
            s,
            m + 90,
            y,
            w - 2 * m - 90,
            labels,
            set(rng.sample(range(len(labels)), rng.randint(1, 2))),
            8,
        )
        y += 4
    p.text(m, y, tr(lg, "Colour", "Farbton", "Teinte"), s.bold, 8)
    hand(
        p,
        m + 90,
        y,
        rng.choice(
            [
                "RAL 9005 black",
                "RAL 9005 tiefschwarz",
                "noir RAL 9005",
                "Micaceous grey",
                "RAL 7016",
                "DB 703",
                "Heritage green",
            ]
        ),
    )
    y += 20
    y = band(p, s, y, tr(lg, "Measurements (mm)", "Maße (mm)", "Cotes (mm)")) + 14
    cols = [(m, m + 150), (m + 150, m + 250), (m + 250, m + 350), (m + 350, w - m)]
    heads = [
        tr(lg, "Position", "Position", "Repère"),
        tr(lg, "Width", "Breite", "Largeur"),
        tr(lg, "Height", "Höhe", "Hauteur"),
        tr(lg, "Notes", "Bemerkung", "Remarques"),
    ]
    for (x0, _), t in zip(cols, heads, strict=True):
        p.text(x0 + 3, y, t, s.bold, 7.5)
    y += 5
    for k in range(7):
        for x0, x1 in cols:
            p.rect(x0, y, x1 - x0, 17)
        if k < rng.randint(3, 6):
            hand(
                p,
                cols[0][0] + 4,
                y + 12,
                rng.choice(["A", "B", "C", "D"])
                + f"{k + 1} "
                + rng.choice(["opening", "pier-pier", "Öffnung", "ouverture", "run", "stair"]),
                8.5,
                140,
            )
            hand(p, cols[1][0] + 4, y + 12, str(rng.randint(600, 4200)), 8.5)
            hand(p, cols[2][0] + 4, y + 12, str(rng.randint(850, 2100)), 8.5)
            if rng.random() < 0.5:
                hand(
                    p,
                    cols[3][0] + 4,
                    y + 12,
                    rng.choice(
                        [
                            "falls 40 to L",
                            "out of plumb",
                            "Gefälle 3%",
                            "pente 2 cm",
                            "check piers",
                            "old holes",
                        ]
                    ),
                    8.5,
                    cols[3][1] - cols[3][0] - 8,
                )
        y += 17
    y += 14
    y = band(p, s, y, tr(lg, "Notes", "Notizen", "Observations")) + 12
    for _ in range(rng.randint(2, 4)):
        if y > hh - 80:
            break
        hand(p, m + 4, y + 4, words(rng, lg, "forge", rng.randint(5, 9)), 9, w - 2 * m - 8)
        y += 16
    pages = [p]
    if rng.random() < 0.8:
        q = Page(A4)
        step = 5 * MM
        x = m
        while x <= w - m:
            q.line(x, 60, x, hh - 60)
            x += step
        yy = 60.0
        while yy <= hh - 60:
            q.line(m, yy, w - m, yy)
            yy += step
        q.text(m, 48, fit(f"{job.ref}  {job.site}", HAND, 9, w - 2 * m), HAND, 9)
        gx, gy = m + rng.uniform(40, 90), rng.uniform(200, 300)
        gw, gh = rng.uniform(260, 380), rng.uniform(110, 190)
        q.line(gx, gy + gh, gx + gw, gy + gh)
        q.line(gx, gy, gx, gy + gh)
        q.line(gx + gw, gy, gx + gw, gy + gh)
        q.line(gx, gy + 12, gx + gw, gy + 2)
        q.line(gx, gy + gh - 14, gx + gw, gy + gh - 14)
        bars = rng.randint(8, 16)
        for k in range(1, bars):
            bx = gx + gw * k / bars
            q.line(bx, gy + 8, bx, gy + gh - 14)
        q.line(gx, gy + gh + 22, gx + gw, gy + gh + 22)
        hand(q, gx + gw / 2 - 20, gy + gh + 18, str(rng.randint(1800, 4200)), 9)
        hand(q, gx + gw + 8, gy + gh / 2, str(rng.randint(900, 1900)), 9)
        hand(
            q,
            m + 10,
            gy - 30,
            tr(lg, "Elevation A (from road)", "Ansicht A (Straßenseite)", "Élévation A (côté rue)"),
            10,
        )
        for _ in range(rng.randint(1, 3)):
            hand(
                q,
                m + 10,
                rng.uniform(gy + gh + 60, hh - 120),
                words(rng, lg, "forge", rng.randint(4, 7)),
                9,
                w - 2 * m - 20,
            )
        pages.append(q)
    if rng.random() < 0.35:
        pages.append(photos_page(rng, A4, img_names(rng, 4), f"{job.ref} - {job.site}"))
    remember(job, d)
    return pages


STAGES = {
    "en": ["Deposit on order", "On completion of fabrication", "On installation"],
    "de": [
        "Anzahlung bei Auftragserteilung",
        "Nach Fertigstellung in der Werkstatt",
        "Nach Montage / Abnahme",
    ],
    "fr": ["Acompte à la commande", "À la fin de la fabrication", "À la pose"],
}
SHARES = [(40, 40, 20), (50, 30, 20), (30, 50, 20), (50, 40, 10)]


def price_lines(rng: random.Random, job: Job, lg: str) -> list[tuple[str, float]]:
    v = job.value
    parts = [
        (
            tr(
                lg,
                "Design and workshop drawings",
                "Entwurf und Werkstattzeichnungen",
                "Études et plans d'atelier",
            ),
            0.08,
        ),
        (
            work_of(job, lg)
            + tr(
                lg,
                " - forging and fabrication",
                " - Schmiede- und Schlosserarbeit",
                " - forge et fabrication",
            ),
            0.55,
        ),
        (tr(lg, "Hot dip galvanising", "Feuerverzinkung", "Galvanisation à chaud"), 0.08),
        (
            tr(
                lg,
                "Powder coating, colour to be confirmed",
                "Pulverbeschichtung, Farbton nach Wahl",
                "Thermolaquage, teinte à définir",
            ),
            0.09,
        ),
        (
            tr(
                lg,
                "Delivery and installation (2 men)",
                "Lieferung und Montage (2 Mann)",
                "Livraison et pose (2 compagnons)",
            ),
            0.2,
        ),
    ]
    if job.listed:
        parts.insert(
            1,
            (
                tr(
                    lg,
                    "Survey and recording of existing ironwork",
                    "Bestandsaufnahme und Dokumentation",
                    "Relevé et constat d'état",
                ),
                0.05,
            ),
        )
    return [(t, round(v * k, -1)) for t, k in parts if rng.random() < 0.92]


def tpl_quotation(rng: random.Random, who: Issuer) -> list[Page]:
    """The forge's quotation: letterhead, reference and validity, a specification in words,
    the price table, payment stages, the list of drawings; the terms of business on a page of
    their own and an acceptance slip; numbered 'Page i of n' or not at all."""
    job = job_for(rng, ("survey", "enquiry"))
    h = forge_head()
    lg = h.lang
    d = last_day(rng, ("survey", "enquiry"), (4, 16))
    s = style_of(h, A4)
    w, _ = A4
    m = s.margin
    no = f"{tr(lg, 'Q', 'A', 'D')}{month().year % 100}-{rng.randint(100, 480)}"
    f = sheets(s, h, f"{h.name} - {tr(lg, 'Quotation', 'Angebot', 'Devis')} {no}")
    recipient(
        f,
        s,
        h,
        job.cust.lines,
        d,
        [
            (tr(lg, "Quotation", "Angebot Nr.", "Devis n°"), no),
            (tr(lg, "Job", "Projekt", "Dossier"), job.ref),
            (
                tr(lg, "Valid until", "Gültig bis", "Valable jusqu'au"),
                short(d + timedelta(days=rng.choice([30, 60, 90])), lg),
            ),
        ],
    )
    caption(f, s, tr(lg, "QUOTATION", "ANGEBOT", "DEVIS") + f" - {work_of(job, lg)}", 1.5)
    write(f, s, dear(lg, job.cust.person))
    write(
        f,
        s,
        tr(
            lg,
            f"Thank you for your enquiry. Following our visit to {job.site} we are "
            "pleased to quote as follows.",
            f"vielen Dank für Ihre Anfrage. Nach unserem Termin vor Ort ({job.site}) "
            "bieten wir Ihnen an:",
            f"Suite à notre visite ({job.site}), nous avons le plaisir de vous proposer :",
        ),
    )
    f.heading(m, tr(lg, "Specification", "Ausführung", "Descriptif"), s.bold, s.size + 0.5)
    for _ in range(rng.randint(2, 4)):
        write(
            f,
            s,
            "- " + words(rng, lg, "heritage" if job.listed else "forge", rng.randint(10, 20)),
            indent=8,
        )
    lines = price_lines(rng, job, lg)
    cols = columns(m, w - m, [(0.5, "left"), (6, "left"), (1.4, "right")])
    table(
        f,
        cols,
        [
            tr(lg, "Pos.", "Pos.", "N°"),
            tr(lg, "Description", "Leistung", "Désignation"),
            tr(lg, "Price", "Betrag", "Montant HT"),
        ],
        [[str(k + 1), t, money(v, lg)] for k, (t, v) in enumerate(lines)],
        s,
        rules=True,
    )
    net = sum(v for _, v in lines)
    totals(f, s, lg, net, vat_rate(lg))
    shares = rng.choice(SHARES)
    f.heading(m, tr(lg, "Payment", "Zahlungsplan", "Échéancier"), s.bold, s.size + 0.5)
    for st, sh in zip(STAGES[lg], shares, strict=True):
        f.need(s.size * 1.5)
        f.page.text(m + 8, f.y, f"{sh}%  {st}", s.font, s.size)
        f.y += s.size * 1.45
    f.y += 6
    if rng.random() < 0.75:
        f.heading(m, tr(lg, "Drawings", "Zeichnungen", "Plans joints"), s.bold, s.size + 0.5)
        dc = columns(m, w - m, [(1.4, "left"), (5, "left"), (0.6, "center"), (1.2, "left")])
        rows = []
        for k in range(rng.randint(2, 5)):
            rows.append(
                [
                    f"{job.ref.replace('/', '-')}-{k + 1:02d}",
                    (
                        [
                            tr(lg, "General arrangement", "Übersicht", "Vue d'ensemble"),
                            tr(lg, "Elevation", "Ansicht", "Élévation"),
                            tr(
                                lg,
                                "Hinge and post detail",
                                "Detail Band/Pfosten",
                                "Détail gonds et poteau",
                            ),
                            tr(lg, "Scroll pattern 1:1", "Volutenmuster 1:1", "Gabarit volute 1:1"),
                            tr(lg, "Fixing detail", "Befestigungsdetail", "Détail de scellement"),
                        ]
                    )[k],
                    rng.choice(["A", "B", "-", "P1"]),
                    short(d - timedelta(days=k), lg),
                ]
            )
        table(
            f,
            dc,
            [
                tr(lg, "Drawing no.", "Zeichnungs-Nr.", "N° de plan"),
                tr(lg, "Title", "Titel", "Titre"),
                "Rev",
                tr(lg, "Date", "Datum", "Date"),
            ],
            rows,
            s,
            size=s.size - 1.5,
        )
    write(
        f,
        s,
        tr(
            lg,
            f"Lead time {rng.randint(6, 14)} weeks from deposit and approval of "
            "drawings. " + words(rng, lg),
            f"Lieferzeit ca. {rng.randint(6, 14)} Wochen "
            "nach Freigabe der Zeichnungen. " + words(rng, lg),
            f"Délai : {rng.randint(6, 14)} semaines après acompte et validation des "
            "plans. " + words(rng, lg),
        ),
        s.size - 0.5,
    )
    regards(f, s, lg, crew("owner"), tr(lg, "Director", "Inhaber / Schmiedemeister", "Gérant"))
    pages = f.pages
    if rng.random() < 0.55:
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
                [tr(lg, t[0], t[1], t[2]) for t in TERMS],
                "forge",
            )
        )
    if rng.random() < 0.6:
        f2 = sheets(s, h, f"{h.name} - {no}", top=False)
        if f2.y < 80:
            f2.y = 80
        caption(f2, s, tr(lg, "ACCEPTANCE OF QUOTATION", "AUFTRAGSERTEILUNG", "BON POUR ACCORD"), 1)
        write(
            f2,
            s,
            tr(
                lg,
                f"I/We accept quotation {no} dated {day(h, d)} for "
                f"{work_of(job, lg)} at {cash(net * (1 + vat_rate(lg) / 100), lg)} "
                "including VAT, and the terms of business.",
                f"Hiermit beauftrage(n) ich/wir das Angebot {no} vom {day(h, d)} über "
                f"{cash(net * (1 + vat_rate(lg) / 100), lg)} brutto zu den AGB.",
                f"Je soussigné(e) accepte le devis n° {no} du {day(h, d)} d'un montant "
                f"de {cash(net * (1 + vat_rate(lg) / 100), lg)} TTC.",
            ),
        )
        f2.y += 10
        y = fields(
            f2.page,
            s,
            m,
            f2.y,
            w - 2 * m,
            [
                (tr(lg, "Name", "Name", "Nom"), ""),
                (tr(lg, "Signature", "Unterschrift", "Signature"), ""),
                (tr(lg, "Date", "Datum", "Date"), ""),
                (tr(lg, "Deposit paid", "Anzahlung", "Acompte versé"), ""),
            ],
            per=2,
            tall=34,
        )
        ticks(
            f2.page,
            s,
            m,
            y + 6,
            w - 2 * m,
            [
                tr(lg, "Colour to follow", "Farbton folgt", "Teinte à confirmer"),
                tr(lg, "Please call to book survey", "Termin Aufmaß", "Rendez-vous métré"),
            ],
            set(),
            8,
        )
        pages.append(f2.page)
    pages = close(pages, s, h)
    remember(job, d, (no, net))
    return pages


TERMS = [
    ("Quotations and acceptance", "Angebot und Vertragsschluss", "Devis et commande"),
    ("Drawings and design rights", "Zeichnungen und Urheberrecht", "Plans et propriété"),
    ("Prices and payment", "Preise und Zahlung", "Prix et paiement"),
    ("Delivery and installation", "Lieferung und Montage", "Livraison et pose"),
    ("Site conditions", "Bauseitige Leistungen", "Conditions de chantier"),
    (
        "Hand-forged work: tolerances",
        "Handgeschmiedete Arbeit: Toleranzen",
        "Travail forgé main : tolérances",
    ),
    ("Finishes and maintenance", "Oberflächen und Pflege", "Finitions et entretien"),
    ("Retention of title", "Eigentumsvorbehalt", "Réserve de propriété"),
    ("Guarantee", "Gewährleistung", "Garantie"),
    ("Cancellation", "Rücktritt", "Annulation"),
    ("Governing law", "Gerichtsstand", "Juridiction"),
]


def tpl_order_ack(rng: random.Random, who: Issuer) -> list[Page]:
    """The forge's order acknowledgement: the order confirmed against the quotation, the
    agreed items, the deposit requested, the planned installation week and what the customer
    must do (approve drawings, colour, access)."""
    job = job_for(rng, ("quotation",))
    h = forge_head()
    lg = h.lang
    d = last_day(rng, ("quotation",), (5, 20))
    ex = LAST["extra"]
    qno, net = (
        ex
        if after(("quotation",)) and isinstance(ex, tuple)
        else (f"{tr(lg, 'Q', 'A', 'D')}{month().year % 100}-{rng.randint(100, 480)}", job.value)
    )
    s = style_of(h, A4)
    w, _ = A4
    m = s.margin
    f = sheets(s, h, f"{h.name} - {job.ref}")
    recipient(
        f,
        s,
        h,
        job.cust.lines,
        d,
        [
            (tr(lg, "Job no.", "Auftrag Nr.", "Commande n°"), job.ref),
            (
                tr(lg, "Your order", "Ihre Bestellung vom", "Votre accord du"),
                short(d - timedelta(days=rng.randint(1, 6)), lg),
            ),
        ],
    )
    caption(
        f,
        s,
        tr(lg, "ORDER ACKNOWLEDGEMENT", "AUFTRAGSBESTÄTIGUNG", "ACCUSÉ DE RÉCEPTION DE COMMANDE"),
        2,
    )
    write(f, s, dear(lg, job.cust.person))
    write(
        f,
        s,
        tr(
            lg,
            f"Thank you for your order, which we confirm on the basis of our quotation {qno}.",
            f"vielen Dank für Ihren Auftrag, den wir auf Grundlage "
            f"unseres Angebots {qno} bestätigen.",
            f"Nous vous remercions de votre commande, que nous confirmons sur la base "
            f"de notre devis {qno}.",
        ),
    )
    items = [
        (tr(lg, "Work", "Leistung", "Ouvrage"), work_of(job, lg)),
        (tr(lg, "Site", "Einbauort", "Lieu de pose"), job.site),
        (tr(lg, "Order value (net)", "Auftragswert netto", "Montant HT"), cash(net, lg)),
        (tr(lg, "Deposit due", "Anzahlung", "Acompte"), cash(net * 0.4, lg)),
        (
            tr(
                lg, "Drawings for approval by", "Zeichnungsfreigabe bis", "Plans à valider avant le"
            ),
            short(d + timedelta(days=14), lg),
        ),
        (
            tr(lg, "Planned installation", "Geplante Montage", "Pose prévue"),
            tr(
                lg,
                f"week {(d + timedelta(weeks=rng.randint(6, 12))).isocalendar()[1]}",
                f"KW {(d + timedelta(weeks=rng.randint(6, 12))).isocalendar()[1]}",
                f"semaine {(d + timedelta(weeks=rng.randint(6, 12))).isocalendar()[1]}",
            ),
        ),
    ]
    f.y = pairs(f.page, s, m, f.y, items, w * 0.8, s.size) + 8
    write(f, s, prose(rng, lg, "forge", 1, 3))
    f.heading(
        m,
        tr(
            lg,
            "Before we start we need",
            "Von Ihrer Seite benötigen wir",
            "Avant démarrage, merci de nous transmettre",
        ),
        s.bold,
        s.size,
    )
    for t in rng.sample(
        [
            tr(
                lg,
                "signed approval of drawings",
                "die Freigabe der Zeichnungen",
                "les plans signés",
            ),
            tr(lg, "confirmation of colour (RAL)", "den Farbton (RAL)", "la teinte (RAL)"),
            tr(lg, "the deposit", "die Anzahlung", "l'acompte"),
            tr(
                lg, "access to the site on the agreed dates", "freie Zufahrt", "l'accès au chantier"
            ),
        ],
        3,
    ):
        write(f, s, f"- {t}", indent=10)
    regards(f, s, lg, crew("office"), tr(lg, "Office manager", "Büro", "Secrétariat"))
    pages = close(f.pages, s, h)
    remember(job, d, (qno, net))
    return pages


def tpl_stage_invoice(rng: random.Random, who: Issuer) -> list[Page]:
    """The forge's stage invoice: contract sum, the stage now due, the stages invoiced and
    paid before, VAT and bank details; a run is several customers' stages."""
    job = job_for(rng, ("order_ack",))
    h = forge_head()
    lg = h.lang
    d = last_day(rng, ("order_ack",), (0, 3))
    ex = LAST["extra"]
    net0 = ex[1] if after(("order_ack",)) and isinstance(ex, tuple) else job.value
    stage = 0 if after(("order_ack",)) else rng.randrange(3)
    shares = rng.choice(SHARES)
    s = style_of(h, A4)
    w, _ = A4
    m = s.margin
    FORGE["no"] = int(str(FORGE["no"])) + rng.randint(1, 4)
    no = f"{month().year}-{int(str(FORGE['no'])):04d}"
    f = sheets(s, h, f"{h.name} - {tr(lg, 'Invoice', 'Rechnung', 'Facture')} {no}")
    recipient(
        f,
        s,
        h,
        job.cust.lines,
        d,
        [
            (tr(lg, "Invoice no.", "Rechnungs-Nr.", "Facture n°"), no),
            (tr(lg, "Job no.", "Auftrag", "Dossier"), job.ref),
            (tr(lg, "Tax point", "Leistungsdatum", "Date d'exigibilité"), short(d, lg)),
        ],
    )
    caption(
        f,
        s,
        tr(
            lg,
            f"INVOICE - STAGE {stage + 1}",
            f"{stage + 1}. ABSCHLAGSRECHNUNG" if stage < 2 else "SCHLUSSRECHNUNG",
            f"FACTURE D'ACOMPTE N° {stage + 1}" if stage < 2 else "FACTURE DE SOLDE",
        ),
        2,
    )
    write(f, s, work_of(job, lg) + " - " + job.site, s.size - 0.5)
    cols = columns(m, w - m, [(5, "left"), (1, "right"), (1.6, "right")])
    rows = []
    for k in range(stage + 1):
        amt = round(net0 * shares[k] / 100, 2)
        state = (
            tr(lg, "this invoice", "diese Rechnung", "présente facture")
            if k == stage
            else tr(lg, "invoiced / paid", "bereits berechnet", "déjà facturé")
        )
        rows.append([f"{STAGES[lg][k]} ({state})", f"{shares[k]}%", money(amt, lg)])
    rows.insert(
        0,
        [
            tr(lg, "Contract sum (net)", "Auftragssumme netto", "Montant du marché HT"),
            "100%",
            money(net0, lg),
        ],
    )
    table(
        f,
        cols,
        [
            tr(lg, "Description", "Bezeichnung", "Désignation"),
            "%",
            tr(lg, "Amount", "Betrag", "Montant"),
        ],
        rows,
        s,
        rules=True,
    )
    due = round(net0 * shares[stage] / 100, 2)
    if stage == 2 and rng.random() < 0.4:
        extra = round(rng.choice([85.0, 120.0, 240.0, 365.0]), 2)
        f.page.text(
            m,
            f.y,
            tr(
                lg,
                "Additional: extra fixing brackets",
                "Nachtrag: zusätzliche Wandanker",
                "Supplément : pattes supplémentaires",
            ),
            s.font,
            s.size - 1,
        )
        f.page.text(w - m, f.y, money(extra, lg), s.font, s.size - 1, "right")
        f.y += 18
        due += extra
    totals(f, s, lg, due, vat_rate(lg))
    bank = {
        "en": f"Bank transfer to sort code {serial(rng, '99-99-99')} account "
        f"{serial(rng, '99999999')}, quoting {no}.",
        "de": "Zahlbar innerhalb von 14 Tagen ohne Abzug. IBAN DE"
        + serial(rng, "99 9999 9999 9999 9999 99")
        + ".",
        "fr": "Paiement à réception. Pénalités de retard : trois fois le taux d'intérêt "
        "légal ; indemnité forfaitaire pour frais de recouvrement 40 €.",
    }[lg]
    write(f, s, bank, s.size - 1)
    pages = close(f.pages, s, h)
    if rng.random() < 0.25:
        hand(
            pages[0],
            m,
            760,
            tr(
                lg,
                f"pd {short(d + timedelta(days=9), lg)} BACS",
                f"bez. {short(d + timedelta(days=9), lg)}",
                f"réglé chèque {short(d + timedelta(days=9), lg)}",
            ),
            11,
        )
    remember(job, d, (no, net0))
    return pages


# ---------------------------------------------------------------------------------------------
# Templates GGGGG: steel, fuel, gases and finishing
# ---------------------------------------------------------------------------------------------

SECTIONS = [
    ("Flat bar", "Flachstahl", "Plat", "40 x 10", 3.14),
    ("Flat bar", "Flachstahl", "Plat", "50 x 12", 4.71),
    ("Flat bar", "Flachstahl", "Plat", "25 x 6", 1.18),
    ("Square bar", "Vierkantstahl", "Carré", "16", 2.01),
    ("Square bar", "Vierkantstahl", "Carré", "20", 3.14),
    ("Square bar", "Vierkantstahl", "Carré", "12", 1.13),
    ("Round bar", "Rundstahl", "Rond", "12", 0.89),
    ("Round bar", "Rundstahl", "Rond", "20", 2.47),
    ("SHS", "Quadratrohr", "Tube carré", "60 x 60 x 4", 6.97),
    ("SHS", "Quadratrohr", "Tube carré", "80 x 80 x 5", 11.7),
    ("Angle", "Winkelstahl", "Cornière", "40 x 40 x 5", 2.97),
    ("Channel", "U-Stahl", "UPN", "UPN 80", 8.64),
    ("Handrail section", "Handlaufprofil", "Main courante", "40 x 8 mushroom", 3.2),
    ("Sheet HR", "Blech warmgewalzt", "Tôle laminée", "2000 x 1000 x 3", 47.1),
]
GRADES = ["S275JR", "S235JR", "S355J2", "S275JR"]


def tpl_steel_invoice(rng: random.Random, who: Issuer) -> list[Page]:
    """A steel stockholder's invoice: delivery and order references, lines of bar, flat, tube
    and sheet with grade, lengths, weight and price per tonne or per length, cutting and
    certificate charges, delivery; long ones run over pages with a running header."""
    h = head_of(who, "stockholder")
    lg = h.lang
    s = style_of(h, A4, pt=min(h.pt, 9))
    w, _ = A4
    m = s.margin
    d = some_day(rng)
    no = serial(rng, keyed(who, "mask").choice(["SI999999", "9999999", "RE-99-99999", "F99999"]))
    f = sheets(s, h, f"{h.name} - {tr(lg, 'Invoice', 'Rechnung', 'Facture')} {no}")
    acc = serial(keyed(who, "acc"), "AAA999") if lg == "en" else serial(keyed(who, "acc"), "99999")
    recipient(
        f,
        s,
        h,
        forge_lines(tr(lg, "Accounts", "Buchhaltung", "Comptabilité")),
        d,
        [
            (tr(lg, "Invoice", "Rechnung", "Facture"), no),
            (tr(lg, "Account", "Kunden-Nr.", "Compte client"), acc),
            (
                tr(lg, "Your order", "Ihre Bestellung", "Votre commande"),
                rng.choice([crew("owner").split()[0], crew("smith").split()[0], "tel.", "e-mail"])
                + f" {short(d - timedelta(days=rng.randint(1, 4)), lg)}",
            ),
            (tr(lg, "Delivery note", "Lieferschein", "Bon de livraison"), serial(rng, "D999999")),
        ],
    )
    caption(f, s, tr(lg, "SALES INVOICE", "RECHNUNG", "FACTURE"), 3)
    cols = columns(
        m,
        w - m,
        [
            (3.6, "left"),
            (1.2, "left"),
            (0.8, "right"),
            (1, "right"),
            (1.1, "right"),
            (1.3, "right"),
        ],
    )
    rows = []
    net = 0.0
    n = rng.choice([3, 5, 7, 9, 14, 22, 34, 41])
    per_t = rng.choice([1080.0, 1150.0, 1240.0, 1310.0])
    for _ in range(n):
        en, de, fr, dim, kgm = rng.choice(SECTIONS)
        length = rng.choice([6.0, 6.0, 6.4, 3.0, 7.5])
        qty = rng.randint(1, 12)
        kg = round(kgm * length * qty, 1)
        amt = round(kg * per_t / 1000, 2)
        net += amt
        rows.append(
            [
                f"{tr(lg, en, de, fr)} {dim}",
                rng.choice(GRADES),
                str(qty),
                f"{length:g} m",
                f"{kg:g}",
                money(amt, lg),
            ]
        )
    for lab, v in [
        (tr(lg, "Cutting charge", "Sägeschnitte", "Coupes"), rng.choice([0, 12.5, 18.0, 24.0])),
        (
            tr(lg, "Mill certificate 3.1", "Abnahmeprüfzeugnis 3.1", "Certificat 3.1"),
            rng.choice([0, 0, 15.0, 25.0]),
        ),
        (tr(lg, "Delivery", "Fracht", "Transport"), rng.choice([0, 35.0, 45.0, 65.0])),
    ]:
        if v:
            rows.append([lab, "", "", "", "", money(v, lg)])
            net += v
    table(
        f,
        cols,
        [
            tr(lg, "Description", "Artikel", "Désignation"),
            tr(lg, "Grade", "Güte", "Nuance"),
            tr(lg, "Qty", "Stk", "Qté"),
            tr(lg, "Length", "Länge", "Long."),
            "kg",
            tr(lg, "Value", "Betrag", "Montant"),
        ],
        rows,
        s,
        size=s.size - 1,
        shade=0.88,
    )
    totals(f, s, lg, round(net, 2), vat_rate(lg))
    write(
        f,
        s,
        tr(
            lg,
            f"Price basis {money(per_t, lg)}/tonne. Terms: 30 days end of month. "
            "Title remains with us until paid in full.",
            f"Preisbasis {money(per_t, lg)} €/t. Zahlbar 30 Tage netto. "
            "Die Ware bleibt bis zur vollständigen Bezahlung unser Eigentum.",
            f"Base {money(per_t, lg)} €/t. Règlement à 30 jours fin de mois. "
            "Réserve de propriété (loi du 12/05/1980).",
        ),
        s.size - 1.5,
    )
    pages = close(f.pages, s, h)
    received(rng, pages[0], d, 0.3)
    remember(None, d, (h.name, no, rows[0][1]))
    return pages


def tpl_mill_cert(rng: random.Random, who: Issuer) -> list[Page]:
    """A mill's inspection certificate to EN 10204 3.1 on a landscape page, bilingual: order
    and product fields in a grid, chemical analysis and tensile and impact results per heat,
    the declaration and the mill inspector's stamp; long ones go on to a second page. The
    stockholder's traceability stamp is often on it."""
    h = head_of(who, "mill", abroad=0.45)
    lg = h.lang
    s = style_of(h, A4L, margin=34, pt=7.5)
    w, hh = A4L
    m = 34.0
    d = last_day(rng, ("steel_invoice",), (-3, 0)) - timedelta(days=rng.randint(5, 40))
    ex = LAST["extra"]
    stock = (
        ex[0]
        if after(("steel_invoice", "mill_cert")) and isinstance(ex, tuple)
        else rng.choice(SENDERS["stockholder"][home()])[0]
    )
    grade = (
        ex[2]
        if after(("steel_invoice",)) and isinstance(ex, tuple) and ex[2]
        else rng.choice(GRADES)
    )
    sec = rng.choice(SECTIONS)
    local = {
        "en": "",
        "de": "Abnahmeprüfzeugnis / ",
        "fr": "Certificat de réception / ",
        "it": "Certificato di collaudo / ",
        "es": "Certificado de inspección / ",
    }[lg]
    p = Page(A4L)
    y = heading(p, s, h)
    title = f"{local}Inspection certificate EN 10204 - 3.1"
    p.text(w / 2, y, fit(title, s.bold, 11, w - 2 * m), s.bold, 11, "center")
    y += 14
    no = serial(rng, "9999999/99")
    y = fields(
        p,
        s,
        m,
        y,
        w - 2 * m,
        [
            ("A03 Certificate no.", no),
            ("A06 Customer", stock),
            ("A07 Order no.", serial(rng, "4500999999")),
            ("A02 Date", short(d, "de")),
            ("B01 Product", f"{sec[0]} hot rolled"),
            ("B02 Steel grade", f"{grade} EN 10025-2"),
            ("B09 Dimensions", f"{sec[3]} mm"),
            ("B13 Weight kg", f"{rng.randint(800, 24000)}"),
        ],
        per=4,
        tall=24,
        hand=False,
    )
    els = ["C", "Si", "Mn", "P", "S", "Cu", "Cr", "Ni", "Mo", "N", "CEV"]
    base = {
        "C": 0.14,
        "Si": 0.2,
        "Mn": 0.85,
        "P": 0.015,
        "S": 0.012,
        "Cu": 0.25,
        "Cr": 0.08,
        "Ni": 0.07,
        "Mo": 0.02,
        "N": 0.008,
        "CEV": 0.36,
    }
    p.text(m, y, "C70 Chemical composition (ladle analysis) %", s.bold, 8)
    y += 12
    cw = (w - 2 * m - 70) / len(els)
    p.rect(m, y - 9, w - 2 * m, 12, fill=0.85)
    p.text(m + 3, y, "Heat / Charge", s.bold, 7)
    for k, e in enumerate(els):
        p.text(m + 70 + k * cw + cw / 2, y, e, s.bold, 7, "center")
    y += 12
    heats = [
        serial(rng, rng.choice(["A99999", "999999", "AA9999"]))
        for _ in range(rng.randint(1, 4) if rng.random() < 0.8 else rng.randint(6, 9))
    ]
    for ht in heats:
        p.text(m + 3, y, ht, s.font, 7)
        for k, e in enumerate(els):
            v = base[e] * rng.uniform(0.7, 1.25)
            p.text(
                m + 70 + k * cw + cw / 2,
                y,
                f"{v:.3f}" if v < 0.1 else f"{v:.2f}",
                s.font,
                7,
                "center",
            )
        p.line(m, y + 3, w - m, y + 3)
        y += 11
    y += 10
    p.text(m, y, "C10-C13 Tensile test / C40-C43 Impact test", s.bold, 8)
    y += 12
    mech = [
        "Heat",
        "Sample",
        "ReH MPa",
        "Rm MPa",
        "A %",
        "Temp °C",
        "KV1 J",
        "KV2 J",
        "KV3 J",
        "Avg J",
    ]
    mw = (w - 2 * m) / len(mech)
    p.rect(m, y - 9, w - 2 * m, 12, fill=0.85)
    for k, t in enumerate(mech):
        p.text(m + k * mw + mw / 2, y, t, s.bold, 7, "center")
    y += 12
    rows = [(ht, k) for ht in heats for k in range(rng.randint(1, 3))]
    pages = [p]
    for ht, k in rows:
        if y > hh - 120:
            p = Page(A4L)
            pages.append(p)
            p.text(
                m,
                40,
                fit(
                    f"{h.name} - {no} - {tr(lg, 'continued', 'Fortsetzung', 'suite')}",
                    s.font,
                    8,
                    w - 2 * m,
                ),
                s.font,
                8,
            )
            y = 70.0
        kv = [rng.randint(60, 190) for _ in range(3)]
        vals = [
            ht,
            f"{k + 1}",
            str(rng.randint(285, 360)),
            str(rng.randint(420, 520)),
            str(rng.randint(22, 34)),
            rng.choice(["+20", "0", "-20"]),
            *map(str, kv),
            str(sum(kv) // 3),
        ]
        for j, t in enumerate(vals):
            p.text(m + j * mw + mw / 2, y, t, s.font, 7, "center")
        p.line(m, y + 3, w - m, y + 3)
        y += 11
    y += 12
    decl = (
        "We hereby certify that the material described above has been tested and complies "
        "with the terms of the order. Manufactured in a mill with a quality system "
        "certified to ISO 9001. Free from radioactive contamination."
    )
    if lg != "en":
        decl = {
            "de": "Wir bestätigen, dass die Lieferung den Vereinbarungen bei der "
            "Bestellung entspricht. ",
            "fr": "Nous certifions que les produits livrés sont "
            "conformes aux prescriptions de la commande. ",
            "it": "Si certifica che il materiale è conforme alle prescrizioni dell'ordine. ",
            "es": "Certificamos que el material cumple con las condiciones del pedido. ",
        }[lg] + decl
    y = text_block(p, s, m, min(y, hh - 110), w - 2 * m - 160, decl, 7)
    seal(p, w - m - 70, hh - 80, 34, h.name.split()[0].upper(), "QC " + serial(rng, "99"))
    p.text(w - m - 150, hh - 36, "Mill inspector / Werkssachverständiger", s.font, 6.5)
    if rng.random() < 0.6:
        stamp(
            p,
            m + rng.uniform(100, 300),
            hh - rng.uniform(95, 80),
            [
                stock.split(" ")[0].upper() + " " + stock.split(" ")[1].upper(),
                "TRUE COPY / ORIGINAL ON FILE"
                if home() == "en"
                else "ORIGINAL LIEGT VOR"
                if home() == "de"
                else "COPIE CONFORME",
                f"Del. {serial(rng, 'D999999')}",
            ],
        )
    pages = close(pages, s, h, numbers="{i}/{n}" if len(pages) > 1 else "none")
    remember(None, d, (stock, no, grade))
    return pages


FUELS = {
    "en": [
        ("Blacksmith coal, Welsh singles, 25 kg bags", 16.90, "bag"),
        ("Forge coke, 25 kg", 19.50, "bag"),
        ("Propane 47 kg cylinder (exchange)", 92.40, "cyl"),
        ("Propane 19 kg cylinder (exchange)", 48.75, "cyl"),
        ("Anthracite grains 25 kg", 15.80, "bag"),
    ],
    "de": [
        ("Schmiedekohle Nuss 4, 25-kg-Sack", 18.90, "Sack"),
        ("Gießereikoks 40/90, 25 kg", 21.40, "Sack"),
        ("Propan 33 kg Tauschflasche", 79.00, "Fl."),
        ("Propan 11 kg Tauschflasche", 32.50, "Fl."),
        ("Anthrazit Nuss 3, 25 kg", 17.20, "Sack"),
    ],
    "fr": [
        ("Charbon de forge maréchal, sac 25 kg", 19.80, "sac"),
        ("Coke de fonderie, sac 25 kg", 22.90, "sac"),
        ("Propane 35 kg (échange)", 84.00, "bout."),
        ("Propane 13 kg (échange)", 36.50, "bout."),
        ("Anthracite 10/20, sac 25 kg", 17.60, "sac"),
    ],
}


def tpl_fuel_ticket(rng: random.Random, who: Issuer) -> list[Page]:
    """A coal, coke or bottled gas merchant's delivery ticket on a narrow slip (carbon copy,
    driver's and customer's signatures), or a short monthly invoice on A5 or A4."""
    h = head_of(who, "fuel")
    lg = h.lang
    d = some_day(rng)
    no = serial(rng, "999999")
    items = rng.sample(FUELS[lg], rng.randint(1, 3))
    rows = [
        (
            t,
            rng.choice([2, 4, 5, 10, 20, 40])
            if u not in ("cyl", "Fl.", "bout.")
            else rng.randint(1, 4),
            pr,
            u,
        )
        for t, pr, u in items
    ]
    if keyed(who, "form").random() < 0.6:
        s = style_of(h, TICKET, margin=14, pt=7.5)
        w, hh = TICKET
        p = Page(TICKET)
        y = heading(p, s, h)
        p.text(
            w / 2,
            y,
            tr(lg, "DELIVERY TICKET", "LIEFERSCHEIN", "BON DE LIVRAISON"),
            s.bold,
            9,
            "center",
        )
        y += 12
        p.text(w / 2, y, f"No. {no}", "Courier-Bold", 9, "center")
        y += 16
        for t in forge_lines():
            p.text(14, y, fit(t, s.font, 7.5, w - 28), s.font, 7.5)
            y += 9.5
        y += 6
        p.text(14, y, f"{tr(lg, 'Date', 'Datum', 'Date')}: {short(d, lg)}", s.font, 7.5)
        p.text(
            w - 14,
            y,
            f"{tr(lg, 'Rnd', 'Tour', 'Tournée')} {rng.randint(1, 9)}",
            s.font,
            7.5,
            "right",
        )
        y += 8
        p.line(14, y, w - 14, y)
        y += 12
        total = 0.0
        for t, q, pr, u in rows:
            for ln in wrap(t, s.font, 7.5, w - 28):
                p.text(14, y, ln, s.font, 7.5)
                y += 9
            p.text(20, y, f"{q} {u} x {money(pr, lg)}", "Courier", 7.5)
            p.text(w - 14, y, money(q * pr, lg), "Courier", 7.5, "right")
            total += q * pr
            y += 13
        if any(u in ("cyl", "Fl.", "bout.") for _, _, _, u in rows):
            p.text(
                14,
                y,
                tr(lg, "Empties collected:", "Leergut zurück:", "Vides repris :"),
                s.font,
                7.5,
            )
            hand(p, w - 40, y, str(rng.randint(0, 4)), 9)
            y += 14
        p.line(14, y, w - 14, y)
        y += 12
        p.text(14, y, tr(lg, "Total incl. VAT", "Summe inkl. MwSt.", "Total TTC"), s.bold, 8)
        p.text(w - 14, y, cash(total, lg), s.bold, 8, "right")
        y += 14
        p.text(14, y, tr(lg, "Account - do not pay driver", "Auf Rechnung", "En compte"), s.font, 7)
        y += 26
        p.text(14, y, tr(lg, "Driver", "Fahrer", "Chauffeur"), s.font, 6.5)
        scrawl(p, 40, y, person(rng, lg), 11)
        y += 26
        p.text(14, y, tr(lg, "Received by", "Empfangen", "Reçu par"), s.font, 6.5)
        scrawl(p, 60, y, crew(rng.choice(["smith", "welder", "office"])), 11)
        p.text(
            w / 2,
            hh - 14,
            tr(lg, "CUSTOMER COPY", "KUNDENDURCHSCHLAG", "EXEMPLAIRE CLIENT"),
            s.bold,
            6.5,
            "center",
        )
        remember(None, d)
        return [p]
    size = rng.choice([A5, A4])
    s = style_of(h, size, margin=36 if size == A5 else 0, pt=8.5 if size == A5 else 0)
    w, _ = size
    m = s.margin
    f = sheets(s, h)
    recipient(
        f,
        s,
        h,
        forge_lines(),
        d,
        [
            (tr(lg, "Invoice", "Rechnung", "Facture"), no),
            (tr(lg, "Account", "Kd.-Nr.", "Client"), serial(keyed(who, "a"), "99999")),
        ],
    )
    caption(f, s, tr(lg, "INVOICE", "RECHNUNG", "FACTURE"), 2)
    cols = columns(
        m, w - m, [(1.1, "left"), (4, "left"), (0.7, "right"), (1, "right"), (1.1, "right")]
    )
    tab = []
    net = 0.0
    for t, q, pr, _u in rows:
        for _ in range(rng.randint(1, 2)):
            dd = d - timedelta(days=rng.randint(1, 25))
            tab.append([short(dd, lg), t, str(q), money(pr / 1.2, lg), money(q * pr / 1.2, lg)])
            net += q * pr / 1.2
    tab.sort(key=lambda r: r[0])
    table(
        f,
        cols,
        [
            tr(lg, "Date", "Datum", "Date"),
            tr(lg, "Product", "Artikel", "Produit"),
            tr(lg, "Qty", "Menge", "Qté"),
            tr(lg, "Unit", "Preis", "P.U."),
            tr(lg, "Net", "Netto", "HT"),
        ],
        tab,
        s,
        rules=True,
    )
    totals(f, s, lg, round(net, 2), vat_rate(lg))
    pages = close(f.pages, s, h, numbers="none")
    received(rng, pages[0], d, 0.3)
    remember(None, d)
    return pages


GASES = [
    ("ARG", "Argon", "Argon", "Argon", "L"),
    ("ARC5", "Argon/CO2 8%", "Ar/CO2 82/18", "Arcal 21", "X"),
    ("OXY", "Oxygen", "Sauerstoff", "Oxygène", "W"),
    ("ACE", "Acetylene", "Acetylen", "Acétylène", "W"),
    ("PRO", "Propane (industrial)", "Propan techn.", "Propane", "L"),
]


def tpl_gas_statement(rng: random.Random, who: Issuer) -> list[Page]:
    """An industrial gases supplier's monthly invoice (gas deliveries and cylinder rental)
    with the cylinder holding statement on a landscape page behind it."""
    h = head_of(who, "gases")
    lg = h.lang
    d = some_day(rng)
    s = style_of(h, A4, pt=min(h.pt, 9))
    w, _ = A4
    m = s.margin
    no = serial(rng, "99999999")
    acct = serial(keyed(who, "acct"), "9999999")
    f = sheets(s, h, f"{h.name} - {no}")
    recipient(
        f,
        s,
        h,
        forge_lines(),
        d,
        [
            (tr(lg, "Invoice no.", "Rechnungs-Nr.", "N° facture"), no),
            (tr(lg, "Customer no.", "Kunden-Nr.", "N° client"), acct),
            (
                tr(lg, "Period", "Zeitraum", "Période"),
                f"{short(d - timedelta(days=30), lg)} - {short(d, lg)}",
            ),
        ],
    )
    caption(f, s, tr(lg, "INVOICE", "RECHNUNG", "FACTURE"), 2)
    cols = columns(
        m, w - m, [(1.1, "left"), (3.6, "left"), (0.7, "right"), (1.1, "right"), (1.1, "right")]
    )
    held = rng.sample(GASES, rng.randint(2, 4))
    rows = []
    net = 0.0
    for code, en, de, fr, sz in held:
        if rng.random() < 0.7:
            q = rng.randint(1, 3)
            pr = rng.choice([38.0, 46.5, 59.0, 72.0])
            rows.append(
                [
                    f"{code}-{sz}",
                    f"{tr(lg, en, de, fr)} {tr(lg, 'refill', 'Füllung', 'recharge')}",
                    str(q),
                    money(pr, lg),
                    money(q * pr, lg),
                ]
            )
            net += q * pr
    for code, en, de, fr, _sz in held:
        days_ = rng.choice([28, 30, 31])
        q = rng.randint(1, 3)
        rate = rng.choice([0.32, 0.38, 0.45])
        rows.append(
            [
                f"R-{code}",
                f"{tr(lg, 'Cylinder rental', 'Flaschenmiete', 'Location')} "
                f"{tr(lg, en, de, fr)} ({days_} d)",
                str(q),
                money(rate * days_, lg),
                money(q * rate * days_, lg),
            ]
        )
        net += q * rate * days_
    if rng.random() < 0.6:
        rows.append(
            [
                "HAZ",
                tr(
                    lg,
                    "Delivery and hazard charge",
                    "Transport/ADR-Zuschlag",
                    "Frais de livraison ADR",
                ),
                "1",
                money(18.5, lg),
                money(18.5, lg),
            ]
        )
        net += 18.5
    table(
        f,
        cols,
        [
            tr(lg, "Code", "Art.", "Code"),
            tr(lg, "Description", "Bezeichnung", "Désignation"),
            tr(lg, "Qty", "Anz.", "Qté"),
            tr(lg, "Price", "Preis", "P.U."),
            tr(lg, "Amount", "Betrag", "Montant"),
        ],
        rows,
        s,
        rules=True,
    )
    totals(f, s, lg, round(net, 2), vat_rate(lg))
    write(
        f,
        s,
        tr(
            lg,
            f"Direct Debit will be collected on or after {short(d + timedelta(days=14), lg)}.",
            f"Der Betrag wird am {short(d + timedelta(days=10), lg)} per SEPA-Lastschrift "
            "eingezogen.",
            f"Prélèvement SEPA le {short(d + timedelta(days=15), lg)}.",
        ),
        s.size - 1,
    )
    pages = f.pages
    sl = style_of(h, A4L, margin=40, pt=8)
    wl, _ = A4L
    fl = Sheets(A4L, A4L[1] - 60, lambda p, n: heading(p, sl, h) if n == 1 else 50.0)
    caption(
        fl,
        sl,
        tr(
            lg,
            "CYLINDER HOLDING STATEMENT",
            "FLASCHENBESTANDSÜBERSICHT",
            "RELEVÉ DES EMBALLAGES EN LOCATION",
        ),
        2,
    )
    fl.page.text(
        40,
        fl.y,
        f"{tr(lg, 'Customer', 'Kunde', 'Client')} {acct} - {forge_row()[0]} - {short(d, lg)}",
        sl.font,
        8,
    )
    fl.y += 16
    lc = columns(
        40,
        wl - 40,
        [
            (0.9, "left"),
            (2.6, "left"),
            (0.6, "center"),
            (0.9, "right"),
            (0.9, "right"),
            (0.9, "right"),
            (0.9, "right"),
            (1.7, "center"),
        ],
    )
    lrows = []
    for code, en, de, fr, sz in held:
        op = rng.randint(1, 4)
        de_ = rng.randint(0, 2)
        re_ = rng.randint(0, min(op, 2))
        lrows.append(
            [
                code,
                tr(lg, en, de, fr),
                sz,
                str(op),
                str(de_),
                str(re_),
                str(op + de_ - re_),
                ", ".join(serial(rng, "AA99999") for _ in range(min(2, op + de_ - re_))),
            ]
        )
    table(
        fl,
        lc,
        [
            tr(lg, "Code", "Art.", "Code"),
            tr(lg, "Product", "Produkt", "Produit"),
            tr(lg, "Size", "Gr.", "Taille"),
            tr(lg, "Opening", "Anfang", "Début"),
            tr(lg, "Delivered", "Geliefert", "Livrés"),
            tr(lg, "Returned", "Zurück", "Retours"),
            tr(lg, "Closing", "Ende", "Fin"),
            tr(lg, "Serial nos.", "Flaschen-Nr.", "N° de série"),
        ],
        lrows,
        sl,
        size=8,
        shade=0.85,
        rules=True,
    )
    fl.y += 10
    write(
        fl,
        sl,
        tr(
            lg,
            "Please check your holding; discrepancies must be notified within 14 days.",
            "Bitte prüfen Sie den Bestand; Abweichungen innerhalb 14 Tagen melden.",
            "Merci de vérifier ce relevé ; toute anomalie doit être signalée sous 14 jours.",
        ),
        8,
    )
    pages = close(pages, s, h)
    pages.extend(fl.pages)
    received(rng, pages[0], d, 0.3)
    remember(None, d)
    return pages


def finisher(who: Issuer) -> Head:
    role = "galvaniser" if keyed(who, "fin").random() < 0.55 else "coater"
    return head_of(who, role)


def tpl_finish_note(rng: random.Random, who: Issuer) -> list[Page]:
    """A galvaniser's or powder coater's delivery note for the forge's work returned:
    items with counts and weights in and out (or areas and the RAL colour), the collection or
    delivery box with the driver's and the forge's signatures; A5 landscape or A4."""
    h = finisher(who)
    lg = h.lang
    size = keyed(who, "size").choice([A5L, A5L, A4])
    s = style_of(h, size, margin=30 if size == A5L else 0, pt=8 if size == A5L else 0)
    w, hh = size
    m = s.margin
    d = some_day(rng)
    job = a_job(rng)
    no = serial(rng, keyed(who, "m").choice(["DN99999", "99999", "LS-999999", "BL99999"]))
    p = Page(size)
    y = heading(p, s, h)
    p.text(
        w - m,
        y,
        tr(lg, "DELIVERY NOTE", "LIEFERSCHEIN", "BON DE LIVRAISON") + f"  {no}",
        s.bold,
        10,
        "right",
    )
    y += 8
    y0 = y + 8
    for t in forge_lines():
        p.text(m, y0, fit(t, s.font, s.size, w / 2 - m), s.font, s.size)
        y0 += s.size * 1.3
    yy = pairs(
        p,
        s,
        w * 0.55,
        y + 8,
        [
            (tr(lg, "Date", "Datum", "Date"), short(d, lg)),
            (tr(lg, "Your ref", "Ihr Zeichen", "Votre réf."), job.ref),
            (tr(lg, "Works order", "Auftrag", "OF"), serial(rng, "W99999")),
        ],
        w - m,
        s.size - 0.5,
    )
    y = max(y0, yy) + 12
    galv = h.role == "galvaniser"
    cols = columns(m, w - m, [(4, "left"), (0.8, "right"), (1.1, "right"), (1.1, "right")])
    fl = Flow(size, hh - m - 60, lambda _p, _n: 40.0)
    fl.pages = [p]
    fl.page = p
    fl.y = y
    rows = []
    for _ in range(rng.randint(2, 7)):
        q = rng.randint(1, 8)
        kg = rng.randint(12, 240) * q
        rows.append(
            [
                rng.choice(
                    [
                        tr(lg, "Gate leaf", "Torflügel", "Vantail"),
                        tr(lg, "Railing panel", "Geländerfeld", "Panneau de grille"),
                        tr(lg, "Post with cap", "Pfosten mit Kappe", "Poteau"),
                        tr(lg, "Brackets (bundle)", "Halter (Bund)", "Pattes (lot)"),
                        tr(lg, "Balustrade section", "Geländerstück", "Élément de rampe"),
                    ]
                )
                + f" - {job.ref}",
                str(q),
                f"{kg}" if galv else f"{q * rng.uniform(0.4, 3.2):.1f}",
                f"{round(kg * rng.uniform(1.05, 1.09))}"
                if galv
                else rng.choice(["RAL 9005", "RAL 7016", "RAL 6009", "DB 703"]),
            ]
        )
    table(
        fl,
        cols,
        [
            tr(lg, "Description", "Bezeichnung", "Désignation"),
            tr(lg, "Qty", "Stk", "Qté"),
            tr(lg, "kg black", "kg schwarz", "kg noir") if galv else "m²",
            tr(lg, "kg galv.", "kg verzinkt", "kg galva") if galv else "RAL",
        ],
        rows,
        s,
        rules=True,
    )
    fl.need(110)
    p = fl.page
    y = fl.y + 6
    note = (
        tr(
            lg,
            "Galvanized to BS EN ISO 1461. Vent holes as drilled by customer. White rust "
            "is not a defect.",
            "Verzinkt nach DIN EN ISO 1461. Zinkablaufspitzen und Weißrost sind kein Mangel.",
            "Galvanisé selon NF EN ISO 1461. Les coulures et la "
            "rouille blanche ne constituent pas un défaut.",
        )
        if galv
        else tr(
            lg,
            "Polyester powder, 60-80 microns, on zinc phosphate pretreatment.",
            "Polyesterpulver 60-80 µm auf Zinkphosphatierung.",
            "Poudre polyester 60-80 µm sur phosphatation.",
        )
    )
    y = text_block(p, s, m, y, w - 2 * m, note, s.size - 1)
    y = max(y, hh - m - 58)
    bw = (w - 2 * m) / 3
    for k, cap in enumerate(
        [
            tr(lg, "Driver", "Fahrer", "Chauffeur"),
            tr(lg, "Received in good condition", "Ware erhalten", "Reçu en bon état"),
            tr(lg, "Date / time", "Datum / Uhrzeit", "Date / heure"),
        ]
    ):
        p.rect(m + k * bw, y, bw, 40)
        p.text(m + k * bw + 4, y + 8, fit(cap, s.font, 6.5, bw - 8), s.font, 6.5)
    scrawl(p, m + 10, y + 32, person(rng, lg), 11)
    if rng.random() < 0.85:
        scrawl(p, m + bw + 10, y + 32, crew(rng.choice(["smith", "welder"])), 11)
        hand(
            p,
            m + 2 * bw + 8,
            y + 30,
            f"{short(d, home())} {rng.randint(7, 16)}:{rng.choice(['00', '15', '30', '45'])}",
            9,
        )
    pages = fl.pages
    pages = close(pages, s, h, numbers="none")
    remember(job, d, (h.name, rows))
    return pages


def tpl_finish_invoice(rng: random.Random, who: Issuer) -> list[Page]:
    """The galvaniser's or powder coater's invoice: per tonne with the zinc surcharge and a
    minimum charge, or per piece and square metre; the delivery notes it covers."""
    h = finisher(who)
    lg = h.lang
    d = last_day(rng, ("finish_note",), (0, 12))
    job = job_for(rng, ("finish_note",))
    s = style_of(h, A4)
    w, _ = A4
    m = s.margin
    no = serial(rng, "IN999999")
    f = sheets(s, h, f"{h.name} - {no}")
    recipient(
        f,
        s,
        h,
        forge_lines(),
        d,
        [
            (tr(lg, "Invoice", "Rechnung", "Facture"), no),
            (tr(lg, "Account", "Kunden-Nr.", "Client"), serial(keyed(who, "a"), "K9999")),
            (tr(lg, "Your ref", "Ihr Zeichen", "Votre réf."), job.ref),
        ],
    )
    caption(f, s, tr(lg, "INVOICE", "RECHNUNG", "FACTURE"), 2)
    galv = h.role == "galvaniser"
    cols = columns(
        m, w - m, [(1.2, "left"), (3.6, "left"), (1, "right"), (1, "right"), (1.2, "right")]
    )
    rows = []
    net = 0.0
    for _ in range(rng.randint(1, 3)):
        dn = serial(rng, "DN99999")
        if galv:
            kg = rng.randint(180, 1600)
            rate = rng.choice([620.0, 680.0, 745.0, 790.0])
            amt = max(kg * rate / 1000, 95.0)
            rows.append(
                [
                    dn,
                    tr(lg, "Hot dip galvanizing", "Feuerverzinken", "Galvanisation"),
                    f"{kg} kg",
                    money(rate, lg) + "/t",
                    money(amt, lg),
                ]
            )
            net += amt
            sur = round(kg * rng.choice([0.045, 0.06, 0.08]), 2)
            rows.append(
                [
                    "",
                    tr(lg, "Zinc surcharge", "Zinkzuschlag", "Surcharge zinc"),
                    f"{kg} kg",
                    "",
                    money(sur, lg),
                ]
            )
            net += sur
        else:
            m2 = round(rng.uniform(4, 38), 1)
            rate = rng.choice([18.0, 22.5, 26.0])
            rows.append(
                [
                    dn,
                    tr(
                        lg,
                        "Blast and powder coat, RAL ",
                        "Strahlen und pulverbeschichten, RAL ",
                        "Grenaillage + laquage RAL ",
                    )
                    + rng.choice(["9005", "7016", "6009"]),
                    f"{m2} m²",
                    money(rate, lg),
                    money(m2 * rate, lg),
                ]
            )
            net += m2 * rate
    if rng.random() < 0.3:
        rows.append(
            [
                "",
                tr(
                    lg,
                    "Fettling / vent holes drilled",
                    "Nacharbeit / Entlüftungsbohrungen",
                    "Reprise / perçages d'évent",
                ),
                "",
                "",
                money(35.0, lg),
            ]
        )
        net += 35.0
    table(
        f,
        cols,
        [
            tr(lg, "Del. note", "Lieferschein", "BL"),
            tr(lg, "Description", "Leistung", "Désignation"),
            tr(lg, "Qty", "Menge", "Qté"),
            tr(lg, "Rate", "Preis", "Prix"),
            tr(lg, "Amount", "Betrag", "Montant"),
        ],
        rows,
        s,
        rules=True,
    )
    totals(f, s, lg, round(net, 2), vat_rate(lg))
    write(
        f,
        s,
        tr(
            lg,
            "Payment 30 days from invoice date.",
            "Zahlbar innerhalb 30 Tagen netto.",
            "Règlement à 45 jours fin de mois.",
        ),
        s.size - 1,
    )
    pages = close(f.pages, s, h)
    received(rng, pages[0], d, 0.3)
    remember(job, d)
    return pages


# ---------------------------------------------------------------------------------------------
# Templates GGGGG: consents, welding and lifting certificates, insurance
# ---------------------------------------------------------------------------------------------

CONDITIONS = {
    "en": [
        "The works hereby permitted shall be begun before the expiration of three years from "
        "the date of this consent.",
        "The works shall be carried out strictly in accordance with the approved plans listed "
        "below.",
        "Before fabrication begins, a sample length of railing showing the bar section, collar "
        "and finial detail shall be made available for inspection by the Conservation Officer.",
        "All new ironwork shall be fixed into the existing stone copings by means of molten lead "
        "caulking; no resin or cement mortar shall be used.",
        "Original wrought iron elements shall be retained and repaired wherever possible; no "
        "original fabric shall be removed from site without written agreement.",
        "The finished colour shall be a matt or semi-gloss black unless otherwise agreed in "
        "writing by the Local Planning Authority.",
        "Any damage to the historic fabric caused during the works shall be made good to match "
        "the existing within three months of completion.",
    ],
    "de": [
        "Die Arbeiten sind nach den genehmigten Unterlagen auszuführen.",
        "Vor Beginn der Fertigung ist eine Musterachse mit Stabquerschnitt, Bund und "
        "Spitzenausbildung der Unteren Denkmalschutzbehörde vorzustellen.",
        "Die Befestigung im Sockelmauerwerk hat durch Verbleien zu erfolgen; Kunstharz- oder "
        "Zementmörtel sind unzulässig.",
        "Originale Teile aus Schmiedeeisen sind zu erhalten und zu reparieren; ein Austausch "
        "bedarf der vorherigen Abstimmung.",
        "Der Farbton ist vor Ausführung mit dem Bayerischen Landesamt für Denkmalpflege "
        "abzustimmen (Befunduntersuchung).",
        "Beginn und Abschluss der Arbeiten sind der Behörde schriftlich anzuzeigen.",
        "Diese Erlaubnis erlischt, wenn nicht innerhalb von vier Jahren mit der Ausführung "
        "begonnen wird.",
    ],
    "fr": [
        "Les ferronneries anciennes seront conservées et restaurées ; les éléments manquants "
        "seront refaits à l'identique (section, assemblages à tenons et rivets).",
        "Le scellement dans le mur bahut sera réalisé au plomb ; tout scellement chimique est "
        "proscrit.",
        "La teinte sera un gris-noir mat ; un échantillon sera soumis à l'Architecte des "
        "Bâtiments de France avant mise en oeuvre.",
        "Les pointes de lance en fonte seront récupérées, sablées et reposées.",
        "Toute modification du projet devra faire l'objet d'une nouvelle demande.",
        "La déclaration d'ouverture de chantier sera adressée en mairie.",
    ],
}


def tpl_heritage_consent(rng: random.Random, who: Issuer) -> list[Page]:
    """A listed building consent for railings or gates: the council's decision notice with
    numbered conditions, informatives and the approved plans (and the notes on appeals on a
    page of their own); the Untere Denkmalschutzbehörde's Bescheid with Nebenbestimmungen,
    Kosten, Gründe and Rechtsbehelfsbelehrung; or the mayor's arrêté with the Architecte des
    Bâtiments de France's opinion annexed and the information page on recourse."""
    h = head_of(who, "council")
    lg = h.lang
    s = style_of(h, A4)
    w, _ = A4
    m = s.margin
    job = job_for(rng, ("quotation", "order_ack", "survey"))
    d = some_day(rng)
    ref = {
        "en": f"{month().year % 100}/{rng.randint(1000, 9999):05d}/LBC",
        "de": f"DS-{rng.randint(100, 999)}/{month().year}",
        "fr": f"DP 0{rng.randint(24000, 71999)} {month().year % 100} {serial(rng, 'A9999')}",
    }[lg]
    applicant = job.cust.lines[0]
    f = sheets(s, h, f"{h.name.split(' - ')[0]} - {ref}")
    recipient(
        f,
        s,
        h,
        forge_lines(tr(lg, "(Agent)", "(Entwurfsverfasser)", "")),
        d,
        [
            (tr(lg, "Application no.", "Aktenzeichen", "Dossier n°"), ref),
            (tr(lg, "Case officer", "Sachbearbeitung", "Instructeur"), person(rng, lg)),
        ],
    )
    cond = CONDITIONS[lg][:]
    rng.shuffle(cond)
    cond = cond[: rng.randint(4, len(cond))]
    if lg == "en":
        caption(f, s, "LISTED BUILDING CONSENT - DECISION NOTICE", 1.5)
        write(f, s, "Planning (Listed Buildings and Conservation Areas) Act 1990", s.size - 1)
        f.y = (
            pairs(
                f.page,
                s,
                m,
                f.y,
                [("Applicant", applicant), ("Site", job.site), ("Proposal", work_of(job, "en"))],
                w - m,
            )
            + 6
        )
        write(
            f,
            s,
            "The Council hereby GRANTS listed building consent for the works described "
            "above, in accordance with the application and plans submitted, subject to the "
            "following conditions:",
        )
        for k, t in enumerate(cond, 1):
            write(f, s, f"{k}. {t}", indent=10)
            write(f, s, "Reason: " + words(rng, "en", "heritage"), s.size - 1, indent=22)
        f.heading(m, "Informatives", s.bold, s.size)
        write(f, s, prose(rng, "en", "heritage", 1, 2), s.size - 1)
        f.heading(m, "Approved plans", s.bold, s.size)
    elif lg == "de":
        caption(f, s, "Denkmalschutzrechtliche Erlaubnis", 2)
        f.y = (
            pairs(
                f.page,
                s,
                m,
                f.y,
                [("Bauherr/in", applicant), ("Objekt", job.site), ("Vorhaben", work_of(job, "de"))],
                w - m,
            )
            + 6
        )
        write(f, s, "Sehr geehrte Damen und Herren,")
        write(f, s, "auf Ihren Antrag ergeht folgender Bescheid:")
        f.heading(m, "I. Erlaubnis", s.bold, s.size)
        write(
            f,
            s,
            "Die denkmalschutzrechtliche Erlaubnis nach Art. 6 DSchG wird für das oben "
            "genannte Vorhaben erteilt.",
        )
        f.heading(m, "II. Nebenbestimmungen", s.bold, s.size)
        for k, t in enumerate(cond, 1):
            write(f, s, f"{k}. {t}", indent=10)
        f.heading(m, "III. Kosten", s.bold, s.size)
        write(
            f,
            s,
            "Für diesen Bescheid wird eine Gebühr von "
            + cash(rng.choice([50, 75, 120.0]), "de")
            + " festgesetzt.",
        )
        f.heading(m, "Gründe", s.bold, s.size)
        for _ in range(rng.randint(2, 3)):
            write(f, s, prose(rng, "de", "heritage", 2, 3))
        f.heading(m, "Genehmigte Unterlagen", s.bold, s.size)
    else:
        caption(f, s, f"ARRÊTÉ N° {serial(rng, '9999')}-{month().year}", 2)
        write(
            f,
            s,
            "accordant une déclaration préalable de travaux - immeuble situé dans le "
            "périmètre délimité des abords d'un monument historique",
        )
        f.y = (
            pairs(
                f.page,
                s,
                m,
                f.y,
                [
                    ("Demandeur", applicant),
                    ("Terrain", job.site),
                    ("Nature des travaux", work_of(job, "fr")),
                ],
                w - m,
            )
            + 6
        )
        write(
            f,
            s,
            "Le Maire, Vu le code de l'urbanisme ; Vu le code du patrimoine, notamment "
            "ses articles L. 621-30 et suivants ; Vu l'avis favorable assorti de "
            "prescriptions de l'Architecte des Bâtiments de France en date du "
            f"{short(d - timedelta(days=rng.randint(8, 30)), 'fr')} ;",
        )
        write(f, s, "ARRÊTE", s.size + 1)
        write(
            f,
            s,
            "Article 1 : La déclaration préalable est ACCORDÉE pour le projet décrit "
            "dans la demande susvisée.",
        )
        write(f, s, "Article 2 : Le projet devra respecter les prescriptions suivantes :")
        for t in cond:
            write(f, s, f"- {t}", indent=14)
        write(f, s, "Article 3 : " + words(rng, "fr", "heritage"))
        f.heading(m, "Pièces du dossier", s.bold, s.size)
    cols = columns(m, w - m, [(1.8, "left"), (4, "left"), (0.6, "center")])
    rows = [
        [
            f"{job.ref.replace('/', '-')}-{k + 1:02d}",
            rng.choice(
                [
                    tr(lg, "Location plan 1:1250", "Lageplan 1:1000", "Plan de situation"),
                    tr(lg, "Elevation as existing", "Ansicht Bestand", "Élévation existant"),
                    tr(lg, "Elevation as proposed", "Ansicht Planung", "Élévation projet"),
                    tr(lg, "Details 1:5", "Details 1:5", "Détails 1/5"),
                    tr(
                        lg,
                        "Heritage statement",
                        "Denkmalpflegerische Stellungnahme",
                        "Notice descriptive",
                    ),
                ]
            ),
            rng.choice(["A", "B", "-"]),
        ]
        for k in range(rng.randint(2, 5))
    ]
    table(
        f,
        cols,
        [
            tr(lg, "Drawing / doc.", "Plan-Nr.", "Pièce"),
            tr(lg, "Title", "Titel", "Intitulé"),
            "Rev",
        ],
        rows,
        s,
        size=s.size - 1.5,
    )
    f.y += 8
    signer = person(rng, lg)
    regards_role = tr(
        lg, "Head of Planning Services", "Untere Denkmalschutzbehörde", "Le Maire, par délégation"
    )
    f.need(80)
    f.page.text(
        m,
        f.y,
        tr(
            lg,
            f"Date of decision: {day(h, d)}",
            "Mit freundlichen Grüßen",
            f"Fait à {h.town.split(' ', 1)[1]}, le {day(h, d)}",
        ),
        s.font,
        s.size,
    )
    f.y += 32
    scrawl(f.page, m, f.y - 4, signer)
    f.y += 8
    f.page.text(m, f.y, signer, s.bold, s.size)
    f.page.text(m, f.y + 12, regards_role, s.font, s.size - 1)
    if lg == "de":
        seal(f.page, m + 230, f.y - 10, 30, "Landratsamt", "Siegel")
    f.y += 30
    if lg == "de":
        f.heading(m, "Rechtsbehelfsbelehrung", s.bold, s.size)
        write(
            f,
            s,
            "Gegen diesen Bescheid kann innerhalb eines Monats nach seiner Bekanntgabe "
            "Klage erhoben werden bei dem Bayerischen Verwaltungsgericht. "
            + prose(rng, "de", "heritage", 2, 3),
            s.size - 1.5,
        )
    pages = f.pages
    if lg == "en" and rng.random() < 0.8:
        pages.append(
            small_print(
                rng,
                s,
                h,
                "NOTES - YOUR RIGHT OF APPEAL AND OTHER INFORMATION",
                [
                    "Appeals to the Secretary of State",
                    "Purchase notices",
                    "Building Regulations",
                    "Other consents",
                    "Compensation",
                    "Discharge of conditions",
                    "Commencement",
                ],
                "heritage",
            )
        )
    if lg == "fr" and rng.random() < 0.8:
        q = Page(A4)
        y = heading(
            q,
            s,
            make_head(
                (
                    "Unité départementale de l'architecture et du patrimoine",
                    "Architecte des Bâtiments de France",
                    h.town,
                    "",
                ),
                "fr",
                "council",
            ),
        )
        q.text(m, y, "AVIS DE L'ARCHITECTE DES BÂTIMENTS DE FRANCE", s.bold, 11)
        y += 18
        y = fields(
            q,
            s,
            m,
            y,
            w - 2 * m,
            [
                ("Dossier", ref),
                ("Adresse", job.site),
                ("Demandeur", applicant),
                ("Avis", "Accord avec prescriptions"),
            ],
            per=2,
            hand=False,
        )
        for t in cond[:3]:
            y = text_block(q, s, m, y, w - 2 * m, f"- {t}", s.size - 0.5)
        y = text_block(q, s, m, y + 6, w - 2 * m, prose(rng, "fr", "heritage", 2, 3), s.size - 1)
        scrawl(q, m + 280, y + 40, person(rng, "fr"))
        q.text(m + 280, y + 54, "L'Architecte des Bâtiments de France", s.font, 8)
        pages.append(q)
        pages.append(
            small_print(
                rng,
                s,
                h,
                "INFORMATIONS - À LIRE ATTENTIVEMENT",
                [
                    "Durée de validité",
                    "Délais et voies de recours",
                    "Affichage sur le terrain",
                    "Droits des tiers",
                    "Assurance",
                ],
                "heritage",
            )
        )
    pages = close(
        pages,
        s,
        h,
        numbers={"en": "Page {i} of {n}", "de": "- {i} -", "fr": "{i}/{n}"}[lg]
        if rng.random() < 0.7
        else "none",
    )
    received(rng, pages[0], d, 0.4)
    remember(job, d, ref)
    return pages


def tpl_wpqr(rng: random.Random, who: Issuer) -> list[Page]:
    """A welding procedure qualification record from the examining body (EN ISO 15614-1):
    the certificate with the range of qualification and the examiner's seal, then the record
    of the weld test (runs, currents, heat input) and the test results on pages of their own."""
    h = head_of(who, "weldbody", abroad=0.1)
    lg = h.lang
    s = style_of(h, A4, margin=44, pt=8.5)
    w, hh = A4
    m = 44.0
    d = some_day(rng)
    no = serial(rng, "WPQR-9999-99")
    proc = rng.choice(["135 (MAG)", "111 (MMA)", "141 (TIG)", "136 (FCAW)"])
    title = tr(
        lg,
        "WELDING PROCEDURE QUALIFICATION RECORD (WPQR)",
        "ANERKENNUNG EINES SCHWEISSVERFAHRENS (WPQR)",
        "QUALIFICATION D'UN MODE OPÉRATOIRE DE SOUDAGE (QMOS)",
    )
    pages = []
    p = Page(A4)
    y = heading(p, s, h)
    p.text(w / 2, y, fit(title, s.bold, 11, w - 2 * m), s.bold, 11, "center")
    y += 13
    p.text(w / 2, y, "EN ISO 15614-1:2017 + A1:2019", s.font, 8.5, "center")
    y += 14
    y = fields(
        p,
        s,
        m,
        y,
        w - 2 * m,
        [
            (tr(lg, "Manufacturer", "Hersteller", "Fabricant"), forge_row()[0]),
            (tr(lg, "WPQR no.", "WPQR-Nr.", "N° QMOS"), no),
            (
                tr(lg, "Manufacturer's pWPS", "pWPS des Herstellers", "DMOS-P"),
                serial(rng, "pWPS-99"),
            ),
            (
                tr(lg, "Examiner / body", "Prüfer / Prüfstelle", "Examinateur / organisme"),
                person(rng, lg),
            ),
            (
                tr(lg, "Date of welding", "Datum der Schweißung", "Date du soudage"),
                short(d - timedelta(days=rng.randint(20, 60)), lg),
            ),
            (tr(lg, "Welder", "Schweißer", "Soudeur"), crew("welder")),
        ],
        per=2,
        hand=False,
    )
    p.text(
        m,
        y,
        tr(lg, "Range of qualification", "Geltungsbereich", "Domaine de validité"),
        s.bold,
        9.5,
    )
    y += 8
    rows = [
        (tr(lg, "Welding process", "Schweißprozess", "Procédé"), proc),
        (
            tr(lg, "Joint type", "Nahtart", "Type d'assemblage"),
            rng.choice(["BW, FW", "FW", "BW ss nb"]),
        ),
        (
            tr(lg, "Parent material group", "Werkstoffgruppe", "Groupe de matériau"),
            rng.choice(["1.1 / 1.2", "1.1", "1.2"]),
        ),
        (
            tr(lg, "Thickness", "Dicke", "Épaisseur"),
            f"{rng.choice([3, 4, 5])} - {rng.choice([20, 24, 30])} mm",
        ),
        (
            tr(lg, "Filler material", "Zusatzwerkstoff", "Produit d'apport"),
            rng.choice(
                ["ISO 14341-A G 42 4 M21 3Si1", "ISO 2560-A E 38 2 RB 12", "ISO 636-A W 46 3 W2Si"]
            ),
        ),
        (
            tr(lg, "Shielding gas", "Schutzgas", "Gaz"),
            rng.choice(["ISO 14175-M21-ArC-18", "ISO 14175-I1-Ar", "-"]),
        ),
        (
            tr(lg, "Welding positions", "Schweißpositionen", "Positions"),
            rng.choice(["PA, PB, PF", "All except PG", "PA, PB"]),
        ),
        (
            tr(lg, "Heat treatment", "Wärmebehandlung", "Traitement thermique"),
            tr(lg, "none", "keine", "aucun"),
        ),
        (
            tr(lg, "Heat input", "Wärmeeinbringung", "Énergie de soudage"),
            f"{rng.uniform(0.6, 1.0):.2f} - {rng.uniform(1.3, 2.1):.2f} kJ/mm",
        ),
    ]
    for lab, val in rows:
        p.rect(m, y, (w - 2 * m) * 0.4, 17)
        p.rect(m + (w - 2 * m) * 0.4, y, (w - 2 * m) * 0.6, 17)
        p.text(m + 4, y + 12, lab, s.font, 8)
        p.text(
            m + (w - 2 * m) * 0.4 + 4, y + 12, fit(val, s.font, 8, (w - 2 * m) * 0.58), s.font, 8
        )
        y += 17
    y += 14
    y = text_block(
        p,
        s,
        m,
        y,
        w - 2 * m,
        tr(
            lg,
            "Certified that test welds prepared, welded and tested satisfactorily in accordance "
            "with the requirements of the code/testing standard indicated above.",
            "Es wird bestätigt, dass die Prüfstücke in Übereinstimmung mit den Anforderungen der "
            "oben angegebenen Norm zufriedenstellend vorbereitet, geschweißt und geprüft wurden.",
            "Nous certifions que les assemblages d'essai ont été préparés, soudés et contrôlés de "
            "manière satisfaisante selon la norme indiquée ci-dessus.",
        ),
        8.5,
    )
    place = h.town.split(" ", 1)[-1]
    p.text(m, y + 10, f"{place}, {day(h, d)}", s.font, 8.5)
    seal(p, w - m - 90, y + 30, 32, h.name.split()[0].upper(), serial(rng, "PZ 999"))
    scrawl(p, m + 150, y + 40, person(rng, lg))
    p.text(m + 150, y + 52, tr(lg, "Examiner", "Prüfer", "Examinateur"), s.font, 7.5)
    pages.append(p)
    q = Page(A4)
    y = running_header(q, s, f"{h.name} - {no}") + 14
    q.text(
        m,
        y,
        tr(
            lg,
            "Record of weld test",
            "Protokoll der Prüfstückschweißung",
            "Procès-verbal de soudage",
        ),
        s.bold,
        10,
    )
    y += 14
    y = fields(
        q,
        s,
        m,
        y,
        w - 2 * m,
        [
            (
                tr(lg, "Joint preparation", "Nahtvorbereitung", "Préparation"),
                rng.choice(["Single V 60°, gap 2", "T-joint, fillet a5", "Single bevel 45°"]),
            ),
            (tr(lg, "Parent metal", "Grundwerkstoff", "Métal de base"), "S275JR + S275JR"),
            (tr(lg, "Backing", "Badsicherung", "Support envers"), tr(lg, "none", "ohne", "sans")),
            (
                tr(lg, "Cleaning", "Reinigung", "Nettoyage"),
                tr(lg, "grinding / brushing", "Schleifen / Bürsten", "meulage / brossage"),
            ),
        ],
        per=2,
        hand=False,
    )
    fl = Flow(A4, hh - 60, lambda _p, _n: 60.0)
    fl.pages = [q]
    fl.page = q
    fl.y = y + 4
    cols = columns(
        m,
        w - m,
        [
            (0.6, "center"),
            (1, "center"),
            (1, "center"),
            (1, "center"),
            (1, "center"),
            (1.2, "center"),
            (1.2, "center"),
            (1.2, "center"),
        ],
    )
    runs = []
    for k in range(rng.randint(3, 7)):
        a = rng.randint(90, 210)
        v = round(rng.uniform(17, 26), 1)
        sp = rng.randint(120, 320)
        runs.append(
            [
                str(k + 1),
                proc.split()[0],
                rng.choice(["1.0", "1.2", "3.2"]),
                str(a),
                f"{v}",
                "DC+",
                f"{sp}",
                f"{a * v * 60 / sp / 1000 * 0.8:.2f}",
            ]
        )
    table(
        fl,
        cols,
        [
            "Run",
            tr(lg, "Process", "Prozess", "Procédé"),
            "Ø mm",
            "A",
            "V",
            tr(lg, "Polarity", "Polung", "Polarité"),
            "mm/min",
            "kJ/mm",
        ],
        runs,
        s,
        size=8,
        shade=0.86,
        rules=True,
    )
    fl.need(180)
    fl.y += 10
    fl.page.text(
        m, fl.y, tr(lg, "Test results", "Prüfergebnisse", "Résultats des essais"), s.bold, 10
    )
    fl.y += 12
    res = [
        [
            tr(lg, "Visual (ISO 17637)", "Sichtprüfung (ISO 17637)", "Examen visuel"),
            tr(lg, "acceptable, level B", "i.O., Bewertungsgruppe B", "acceptable, niveau B"),
        ],
        [
            tr(lg, "Penetrant (ISO 3452)", "Eindringprüfung", "Ressuage"),
            tr(lg, "no indications", "keine Anzeigen", "aucune indication"),
        ],
        [
            tr(lg, "Macro (ISO 17639)", "Makroschliff", "Macrographie"),
            tr(lg, "acceptable", "i.O.", "acceptable"),
        ],
        [
            tr(lg, "Transverse tensile", "Querzugversuch", "Traction transversale"),
            f"Rm {rng.randint(440, 510)} / {rng.randint(440, 510)} MPa",
        ],
        [
            tr(lg, "Bend tests 4 x 180°", "Biegeversuche 4 x 180°", "Pliages 4 x 180°"),
            tr(lg, "no cracks", "rissfrei", "sans fissure"),
        ],
        [
            tr(lg, "Hardness HV10 max.", "Härte HV10 max.", "Dureté HV10 max."),
            str(rng.randint(180, 240)),
        ],
    ]
    table(
        fl,
        columns(m, w - m, [(2, "left"), (3, "left")]),
        [tr(lg, "Test", "Prüfung", "Essai"), tr(lg, "Result", "Ergebnis", "Résultat")],
        res,
        s,
        size=8.5,
        rules=True,
    )
    pages.extend(fl.pages)
    for k, pg in enumerate(pages, 1):
        pw, ph = pg.size
        pg.text(m, ph - 26, f"{no}", s.font, 7)
        pg.text(
            pw - m,
            ph - 26,
            tr(
                lg,
                f"Page {k} of {len(pages)}",
                f"Seite {k} von {len(pages)}",
                f"Page {k}/{len(pages)}",
            ),
            s.font,
            7,
            "right",
        )
    remember(None, d)
    return pages


def tpl_welder_cert(rng: random.Random, who: Issuer) -> list[Page]:
    """A welder qualification test certificate to EN ISO 9606-1 for one of the forge's men:
    photo box, the test piece and range of qualification side by side, the tests done, the
    examiner's seal, and the six-monthly confirmation boxes signed by the forge (a run: one
    certificate per welder)."""
    h = head_of(who, "weldbody", abroad=0.1)
    lg = h.lang
    s = style_of(h, A4, margin=40, pt=8)
    w, _ = A4
    m = 40.0
    ex = LAST["extra"]
    done = list(ex) if after(("welder_cert",)) and isinstance(ex, list) else []
    left = [r for r in ("welder", "smith", "smith2", "owner") if r not in done] or ["welder"]
    role = left[0]
    name = crew(role)
    d = some_day(rng) - timedelta(days=rng.randint(0, 400))
    p = Page(A4)
    y = heading(p, s, h)
    p.text(
        w / 2,
        y,
        tr(
            lg,
            "WELDER QUALIFICATION TEST CERTIFICATE",
            "PRÜFUNGSBESCHEINIGUNG SCHWEISSERPRÜFUNG",
            "CERTIFICAT DE QUALIFICATION DE SOUDEUR",
        ),
        s.bold,
        11.5,
        "center",
    )
    y += 13
    p.text(w / 2, y, "EN ISO 9606-1:2017", s.font, 9, "center")
    y += 14
    p.rect(w - m - 70, y, 70, 88)
    p.text(w - m - 35, y + 48, tr(lg, "Photo", "Lichtbild", "Photo"), s.font, 7, "center")
    if rng.random() < 0.8:
        photo(p, w - m - 66, y + 4, 62, 80, rng)
    y = fields(
        p,
        s,
        m,
        y,
        w - 2 * m - 80,
        [
            (
                tr(lg, "Designation", "Bezeichnung", "Désignation"),
                "ISO 9606-1 "
                + rng.choice(
                    [
                        "135 P FW 1.2 S t10 PB ml",
                        "135 P BW FM1 S t10 PF ss nb",
                        "111 P FW FM1 B t10 PB ml",
                        "141 T BW FM1 S t3 D60 PA",
                    ]
                ),
            ),
            (tr(lg, "Certificate no.", "Zertifikat-Nr.", "N° certificat"), serial(rng, "99-99999")),
            (tr(lg, "Welder's name", "Name des Schweißers", "Nom du soudeur"), name),
            (
                tr(lg, "Identification", "Legitimation", "Pièce d'identité"),
                tr(lg, "Passport / driving licence", "Personalausweis", "Carte d'identité"),
            ),
            (
                tr(
                    lg,
                    "Date and place of birth",
                    "Geburtsdatum und -ort",
                    "Date et lieu de naissance",
                ),
                short(date(rng.randint(1968, 2001), rng.randint(1, 12), rng.randint(1, 28)), lg)
                + f", {rng.choice(TOWNS[home()]).split(' ', 1)[1]}",
            ),
            (tr(lg, "Employer", "Arbeitgeber", "Employeur"), forge_row()[0]),
        ],
        per=2,
        tall=24,
        hand=False,
    )
    y = max(y, 250.0)
    cw = (w - 2 * m) / 3
    heads = [
        tr(lg, "", "", ""),
        tr(lg, "Test piece", "Prüfstück", "Éprouvette"),
        tr(lg, "Range of qualification", "Geltungsbereich", "Domaine de validité"),
    ]
    p.rect(m, y - 10, w - 2 * m, 14, fill=0.86)
    for k, t in enumerate(heads):
        p.text(m + k * cw + 4, y, t, s.bold, 8)
    y += 6
    spec = [
        (tr(lg, "Welding process(es)", "Schweißprozess", "Procédé"), "135", "135, 138"),
        (tr(lg, "Product type", "Produktform", "Produit"), "P", "P, T D>=500"),
        (tr(lg, "Type of weld", "Nahtart", "Type de soudure"), rng.choice(["BW", "FW"]), "BW, FW"),
        (
            tr(lg, "Material group", "Werkstoffgruppe", "Groupe de matériau"),
            "1.2",
            "1, 2, 3, 9.1, 11",
        ),
        (tr(lg, "Filler material", "Zusatzwerkstoff", "Produit d'apport"), "S", "S, M"),
        (tr(lg, "Shielding gas", "Schutzgas", "Gaz"), "M21", "M21, M20, C1"),
        (tr(lg, "Material thickness", "Werkstückdicke", "Épaisseur"), "t10", ">= 3 mm"),
        (
            tr(lg, "Welding position", "Schweißposition", "Position"),
            rng.choice(["PB", "PF", "PA"]),
            rng.choice(["PA, PB", "PA, PB, PD, PF", "PA"]),
        ),
        (tr(lg, "Weld details", "Schweißnahtdetails", "Détails"), "ml", "sl, ml"),
    ]
    for a, b, c in spec:
        for k, t in enumerate((a, b, c)):
            p.rect(m + k * cw, y, cw, 15)
            p.text(m + k * cw + 4, y + 10.5, fit(t, s.font, 7.5, cw - 8), s.font, 7.5)
        y += 15
    y += 12
    p.text(m, y, tr(lg, "Type of test", "Prüfungsart", "Type d'essai"), s.bold, 8)
    y = ticks(
        p,
        s,
        m + 90,
        y,
        w - 2 * m - 90,
        [
            tr(lg, "Visual", "Sichtprüfung", "Visuel"),
            tr(lg, "Macro", "Makro", "Macro"),
            tr(lg, "Fracture", "Bruch", "Texture"),
            tr(lg, "Bend", "Biegung", "Pliage"),
            tr(lg, "Radiography", "Durchstrahlung", "Radiographie"),
        ],
        set(rng.sample(range(5), 3)),
        8,
    )
    y += 6
    p.text(
        m,
        y,
        f"{tr(lg, 'Date of welding', 'Datum der Schweißung', 'Date du soudage')}: "
        f"{short(d, lg)}      {tr(lg, 'Validity', 'Gültigkeit', 'Validité')}: "
        f"{tr(lg, 'see 9.3 a)', 'nach 9.3 a)', 'selon 9.3 a)')}",
        s.font,
        8,
    )
    seal(p, w - m - 60, y + 40, 30, h.name.split()[0].upper(), serial(rng, "PS 99"))
    scrawl(p, m + 40, y + 42, person(rng, lg))
    p.text(
        m + 40,
        y + 54,
        tr(lg, "Examiner or examining body", "Prüfer oder Prüfstelle", "Examinateur ou organisme"),
        s.font,
        7,
    )
    y += 80
    p.text(
        m,
        y,
        tr(
            lg,
            "Confirmation of validity by employer / welding coordinator for the "
            "following 6 months (9.2)",
            "Bestätigung durch Arbeitgeber / Schweißaufsicht für die folgenden 6 Monate (9.2)",
            "Confirmation de validité par l'employeur / coordinateur en soudage (9.2)",
        ),
        s.bold,
        7.5,
    )
    y += 6
    bw = (w - 2 * m) / 3
    for r in range(4):
        for k, t in enumerate(
            [
                tr(lg, "Date", "Datum", "Date"),
                tr(lg, "Signature", "Unterschrift", "Signature"),
                tr(lg, "Position or title", "Funktion", "Fonction"),
            ]
        ):
            p.rect(m + k * bw, y, bw, 20)
            if r == 0:
                p.text(m + k * bw + 3, y + 7, t, s.font, 6)
        if r < rng.randint(0, 3):
            dd = d + timedelta(days=182 * (r + 1))
            hand(p, m + 6, y + 16, short(dd, home()), 8.5)
            scrawl(p, m + bw + 8, y + 15, crew("owner"), 10)
            hand(p, m + 2 * bw + 6, y + 16, tr(home(), "RWC", "Schweißaufsicht", "RCS"), 8.5)
        y += 20
    remember(None, d, [*done, role])
    return close([p], s, h, numbers="none")


LIFTING = {
    "en": [
        ("Overhead travelling crane, single girder", "2000 kg"),
        ("Wall-mounted jib crane", "500 kg"),
        ("Electric chain hoist", "1000 kg"),
        ("Manual chain block", "1000 kg"),
        ("Mobile gantry", "1500 kg"),
        ("Workshop engine crane", "1000 kg"),
    ],
    "de": [
        ("Einträger-Brückenkran", "2000 kg"),
        ("Wandschwenkkran", "500 kg"),
        ("Elektrokettenzug", "1000 kg"),
        ("Handkettenzug", "1000 kg"),
        ("Fahrbares Portal", "1500 kg"),
        ("Werkstattkran", "1000 kg"),
    ],
    "fr": [
        ("Pont roulant monopoutre", "2000 kg"),
        ("Potence murale", "500 kg"),
        ("Palan électrique à chaîne", "1000 kg"),
        ("Palan manuel", "1000 kg"),
        ("Portique mobile", "1500 kg"),
        ("Grue d'atelier", "1000 kg"),
    ],
}


def tpl_loler_report(rng: random.Random, who: Issuer) -> list[Page]:
    """A competent person's report of thorough examination of one item of the forge's lifting
    equipment (LOLER 1998 Schedule 1, Prüfbericht nach DGUV Vorschrift 52, vérification
    générale périodique): the form with defects and the next date, and now and then the
    schedule of loose lifting accessories on a page of its own (a run: one report per item)."""
    h = head_of(who, "inspector")
    lg = h.lang
    s = style_of(h, A4, margin=40, pt=8.5)
    w, hh = A4
    m = 40.0
    d = last_day(rng, ("loler_report",), (0, 0))
    item, swl = rng.choice(LIFTING[lg])
    no = serial(rng, "99999/9")
    p = Page(A4)
    y = heading(p, s, h)
    title = tr(
        lg,
        "REPORT OF THOROUGH EXAMINATION",
        "PRÜFBERICHT - WIEDERKEHRENDE PRÜFUNG",
        "RAPPORT DE VÉRIFICATION GÉNÉRALE PÉRIODIQUE",
    )
    sub = tr(
        lg,
        "Lifting Operations and Lifting Equipment Regulations 1998 - Regulation 9(3)",
        "nach BetrSichV und DGUV Vorschrift 52 (Krane)",
        "Appareils de levage - arrêté du 1er mars 2004",
    )
    p.text(w / 2, y, title, s.bold, 11.5, "center")
    p.text(w / 2, y + 12, fit(sub, s.font, 8, w - 2 * m), s.font, 8, "center")
    y += 26
    y = fields(
        p,
        s,
        m,
        y,
        w - 2 * m,
        [
            (tr(lg, "Employer", "Betreiber", "Établissement"), forge_row()[0]),
            (tr(lg, "Report no.", "Bericht-Nr.", "Rapport n°"), no),
            (
                tr(lg, "Address of premises", "Standort", "Adresse"),
                f"{forge_row()[1]}, {forge_row()[2]}",
            ),
            (tr(lg, "Date of examination", "Prüfdatum", "Date de vérification"), short(d, lg)),
            (tr(lg, "Description of equipment", "Bezeichnung", "Désignation"), item),
            (tr(lg, "Identification no.", "Fabrik-Nr.", "N° de série"), serial(rng, "AA-99999")),
            (tr(lg, "Safe working load", "Tragfähigkeit", "CMU"), swl),
            (tr(lg, "Date of manufacture", "Baujahr", "Année"), str(rng.randint(1985, 2021))),
        ],
        per=2,
        hand=False,
    )
    p.text(m, y, tr(lg, "Reason for examination", "Prüfanlass", "Motif"), s.bold, 8)
    y = ticks(
        p,
        s,
        m + 120,
        y,
        w - 2 * m - 120,
        [
            tr(lg, "Within 12 months", "Jährlich", "Périodique (12 mois)"),
            tr(lg, "Within 6 months", "Halbjährlich", "Semestrielle"),
            tr(lg, "After installation", "Vor Inbetriebnahme", "Mise en service"),
            tr(lg, "After exceptional circumstances", "Außerordentlich", "Remise en service"),
        ],
        {rng.choice([0, 0, 1, 2])},
        8,
    )
    y += 8
    for lab in [
        tr(
            lg,
            "Identification of any part found to have a defect which is or could "
            "become a danger to persons",
            "Festgestellte Mängel",
            "Anomalies constatées",
        ),
        tr(
            lg,
            "Repair, renewal or alteration required",
            "Erforderliche Maßnahmen",
            "Travaux à réaliser",
        ),
        tr(lg, "Particulars of any test", "Durchgeführte Prüfungen", "Essais réalisés"),
    ]:
        p.text(m, y, fit(lab, s.bold, 8, w - 2 * m), s.bold, 8)
        y += 4
        p.rect(m, y, w - 2 * m, 44)
        text = rng.choice(
            [
                tr(lg, "None.", "Keine.", "Néant."),
                words(rng, lg, "lift", 12),
                words(rng, lg, "lift", 18),
            ]
        )
        yy = y + 12
        for ln in wrap(text, s.font, 8.5, w - 2 * m - 10)[:3]:
            p.text(m + 5, yy, ln, s.font, 8.5)
            yy += 11
        y += 56
    p.text(
        m,
        y,
        tr(
            lg,
            "Is the equipment safe to operate?",
            "Ist der Weiterbetrieb zulässig?",
            "Avis : apte à l'emploi ?",
        ),
        s.bold,
        8.5,
    )
    ticks(p, s, m + 230, y, 200, yes_no(lg), {0 if rng.random() < 0.9 else 1}, 8)
    y += 18
    nxt = d + timedelta(days=365 if rng.random() < 0.6 else 182)
    p.text(
        m,
        y,
        tr(
            lg,
            f"Latest date by which next thorough examination must be carried out: {short(nxt, lg)}",
            f"Nächste Prüfung spätestens: {short(nxt, lg)}",
            f"Prochaine vérification avant le : {short(nxt, lg)}",
        ),
        s.font,
        8.5,
    )
    y += 30
    eng = person(rng, lg)
    scrawl(p, m, y, eng)
    p.text(
        m,
        y + 12,
        f"{eng} - {tr(lg, 'Competent person', 'Befähigte Person / Sachkundiger', 'Vérificateur')}",
        s.font,
        8,
    )
    p.text(
        w - m,
        y + 12,
        fit(
            f"{tr(lg, 'Authenticated', 'Freigegeben', 'Visé')}: {person(rng, lg)}",
            s.font,
            8,
            w / 2 - m,
        ),
        s.font,
        8,
        "right",
    )
    pages = [p]
    if rng.random() < 0.45:
        f = Flow(A4, hh - 60, lambda pg, n: running_header(pg, s, f"{h.name} - {no}") + 12)
        caption(
            f,
            s,
            tr(
                lg,
                "Schedule of lifting accessories",
                "Anschlagmittel - Prüfliste",
                "Accessoires de levage - liste",
            ),
            1,
        )
        cols = columns(
            m, w - m, [(1, "left"), (3, "left"), (1, "right"), (1.2, "center"), (2, "left")]
        )
        rows = []
        for _ in range(rng.randint(5, 22)):
            kind = rng.choice(
                [
                    tr(
                        lg,
                        "Chain sling 2-leg 8 mm",
                        "Kettengehänge 2-strängig 8 mm",
                        "Élingue chaîne 2 brins 8 mm",
                    ),
                    tr(
                        lg,
                        "Webbing sling 1 t x 2 m",
                        "Hebeband 1 t x 2 m",
                        "Élingue textile 1 t x 2 m",
                    ),
                    tr(lg, "Bow shackle 2 t", "Schäkel 2 t", "Manille lyre 2 t"),
                    tr(lg, "Plate clamp", "Blechklemme", "Pince à tôle"),
                    tr(lg, "Eyebolt M16", "Ringschraube M16", "Anneau M16"),
                ]
            )
            ok = rng.random() < 0.9
            rows.append(
                [
                    serial(rng, "LA999"),
                    kind,
                    rng.choice(["1000 kg", "2000 kg", "750 kg"]),
                    tr(lg, "Pass", "i.O.", "Conforme")
                    if ok
                    else tr(lg, "FAIL", "n.i.O.", "Non conf."),
                    ""
                    if ok
                    else tr(lg, "withdrawn - destroyed", "ausgesondert", "retiré du service"),
                ]
            )
        table(
            f,
            cols,
            [
                "ID",
                tr(lg, "Description", "Bezeichnung", "Désignation"),
                tr(lg, "SWL", "WLL", "CMU"),
                tr(lg, "Result", "Ergebnis", "Résultat"),
                tr(lg, "Remarks", "Bemerkung", "Observations"),
            ],
            rows,
            s,
            rules=True,
        )
        pages.extend(f.pages)
    pages = close(pages, s, h, numbers="Page {i} of {n}" if lg == "en" else None)
    received(rng, pages[0], d, 0.25)
    remember(None, d)
    return pages


# ---------------------------------------------------------------------------------------------
# Templates GGGGG: insurance, complaints, drawings and main contractors
# ---------------------------------------------------------------------------------------------

INSURERS = {
    "en": ["Aviva Insurance Ltd", "AXA Insurance UK plc", "Zurich Insurance plc"],
    "de": ["Allianz Versicherungs-AG", "HDI Global SE", "Württembergische Versicherung"],
    "fr": ["MAAF Assurances SA", "SMABTP", "Axa France IARD"],
}


def tpl_insurance(rng: random.Random, who: Issuer) -> list[Page]:
    """The broker's renewal pack as one posting: a covering letter, the insurer's schedule of
    cover (sections, limits, excesses, premium) over one or two pages, an endorsements page
    and, in England, the employers' liability certificate to display; in Germany the
    Versicherungsschein with a Nachtrag, in France the conditions particulières and the
    attestation d'assurance décennale."""
    h = head_of(who, "broker")
    lg = h.lang
    s = style_of(h, A4)
    w, hh = A4
    m = s.margin
    d = some_day(rng)
    insurer = rng.choice(INSURERS[lg])
    pol = serial(rng, rng.choice(["AAA/9999999", "99.999.999", "9999999A"]))
    start = date(d.year, d.month, 1) + timedelta(days=31)
    start = date(start.year, start.month, 1)
    end = date(start.year + 1, start.month, 1) - timedelta(days=1)
    f = sheets(s, h)
    recipient(
        f,
        s,
        h,
        forge_lines(),
        d,
        [
            (tr(lg, "Policy", "Vertrag", "Contrat"), pol),
            (tr(lg, "Client no.", "Kunden-Nr.", "Client"), serial(keyed(who, "c"), "99999")),
        ],
    )
    caption(
        f,
        s,
        tr(
            lg,
            "Your insurance renewal",
            f"Ihr Versicherungsschutz {start.year}/{end.year}",
            "Renouvellement de votre contrat",
        ),
        1,
    )
    write(f, s, dear(lg, titled(crew("owner"), lg)))
    premium = round(rng.uniform(2400, 7800), 2)
    for _ in range(rng.randint(1, 2)):
        write(f, s, prose(rng, lg, "insure", 2, 3))
    write(
        f,
        s,
        tr(
            lg,
            f"The annual premium is {cash(premium, lg)} including Insurance Premium "
            "Tax, payable by ten monthly instalments. Please check the enclosed schedule "
            "and let us know if anything has changed.",
            f"Der Jahresbeitrag beträgt {cash(premium, lg)} inkl. Versicherungsteuer. "
            "Bitte prüfen Sie die beigefügten Unterlagen.",
            f"La prime annuelle s'élève à {cash(premium, lg)} TTC. Vous trouverez "
            "ci-joint vos conditions particulières et votre attestation.",
        ),
    )
    regards(
        f,
        s,
        lg,
        person(rng, lg),
        tr(lg, "Account Executive", "Kundenbetreuung", "Chargé de clientèle"),
    )
    write(f, s, tr(lg, "Enc.", "Anlagen", "P.J."), s.size - 1)
    pages = close(f.pages, s, h, numbers="none")
    ih = make_head(
        (
            insurer,
            {"en": "PO Box 2211", "de": "Königinstraße 28", "fr": "Tour Majunga"}[lg],
            {"en": "Norwich NR1 3NG", "de": "80802 München", "fr": "92800 Puteaux"}[lg],
            "",
        ),
        lg,
        "insurer",
    )
    si = style_of(ih, A4, pt=8.5)
    g = sheets(si, ih, f"{insurer} - {pol}")
    caption(
        g, si, tr(lg, "SCHEDULE", "VERSICHERUNGSSCHEIN", "CONDITIONS PARTICULIÈRES"), 3, rule=True
    )
    g.y = (
        pairs(
            g.page,
            si,
            m,
            g.y,
            [
                (tr(lg, "Policy number", "Versicherungsschein-Nr.", "N° de contrat"), pol),
                (tr(lg, "The Insured", "Versicherungsnehmer", "Souscripteur"), forge_row()[0]),
                (
                    tr(lg, "Business", "Betriebsart", "Activité"),
                    tr(
                        lg,
                        "Blacksmiths and architectural metalworkers incl. installation",
                        "Kunstschmiede und Metallbau einschl. Montage",
                        "Ferronnerie, métallerie, pose",
                    ),
                ),
                (
                    tr(lg, "Period of insurance", "Vertragslaufzeit", "Période"),
                    f"{short(start, lg)} - {short(end, lg)}",
                ),
                (tr(lg, "Broker", "Vermittler", "Intermédiaire"), h.name),
            ],
            w - m,
            si.size,
        )
        + 8
    )
    secs = [
        (
            tr(
                lg,
                "Employers' liability",
                "Betriebshaftpflicht - Personenschäden",
                "RC exploitation - dommages corporels",
            ),
            "10,000,000" if lg == "en" else "5.000.000",
            tr(lg, "Nil", "-", "-"),
        ),
        (
            tr(lg, "Public liability", "Sach- und Vermögensschäden", "RC exploitation - matériels"),
            "5,000,000" if lg == "en" else "3.000.000",
            money(250, lg),
        ),
        (
            tr(lg, "Products liability", "Produkthaftpflicht", "RC après livraison"),
            "5,000,000" if lg == "en" else "3.000.000",
            money(250, lg),
        ),
        (
            tr(lg, "Contract works", "Montageversicherung", "Tous risques chantier"),
            "150,000" if lg == "en" else "100.000",
            money(500, lg),
        ),
        (
            tr(lg, "Tools and plant", "Werkzeuge und Maschinen", "Outillage"),
            "25,000" if lg == "en" else "30.000",
            money(250, lg),
        ),
        (
            tr(
                lg,
                "Buildings and contents (workshop)",
                "Inhalt Werkstatt (Feuer, ED, LW)",
                "Multirisque atelier",
            ),
            "180,000" if lg == "en" else "200.000",
            money(500, lg),
        ),
    ]
    if lg == "fr":
        secs.append(("RC décennale (art. 1792 C. civ.)", "selon attestation", "1 500,00"))
    rows = [
        [tr(lg, "Section", "Teil", "Garantie") + f" {k + 1}", a, b, c]
        for k, (a, b, c) in enumerate(rng.sample(secs, rng.randint(4, len(secs))))
    ]
    table(
        g,
        columns(m, w - m, [(1, "left"), (3.4, "left"), (1.5, "right"), (1, "right")]),
        [
            tr(lg, "Section", "Teil", "N°"),
            tr(lg, "Cover", "Deckung", "Garantie"),
            tr(lg, "Limit", "Summe", "Plafond"),
            tr(lg, "Excess", "SB", "Franchise"),
        ],
        rows,
        si,
        rules=True,
        step=2.0,
    )
    g.y += 8
    write(
        g,
        si,
        tr(
            lg,
            "Heat work condition: ",
            "Feuergefährliche Arbeiten: ",
            "Travaux par points chauds : ",
        )
        + words(rng, lg, "insure", 14),
        si.size - 0.5,
    )
    write(
        g,
        si,
        f"{tr(lg, 'Total annual premium', 'Jahresbeitrag', 'Prime annuelle')}: {cash(premium, lg)}",
        si.size + 1,
    )
    pages.extend(close(g.pages, si, ih, numbers="Page {i} of {n}" if lg == "en" else None))
    if rng.random() < 0.6:
        e = Page(A4)
        y = running_header(e, si, f"{insurer} - {pol}") + 16
        e.text(
            m,
            y,
            tr(lg, "ENDORSEMENTS", "NACHTRAG / BESONDERE BEDINGUNGEN", "CLAUSES PARTICULIÈRES"),
            si.bold,
            11,
        )
        y += 20
        for _ in range(rng.randint(3, 6)):
            e.text(m, y, f"{serial(rng, 'A99')}  {words(rng, lg, 'insure', 4)[:-1]}", si.bold, 8.5)
            y = (
                text_block(e, si, m + 10, y + 12, w - 2 * m - 10, prose(rng, lg, "insure", 1, 2), 8)
                + 4
            )
            if y > hh - 120:
                break
        pages.append(e)
    if lg in ("en", "fr"):
        c = Page(A4)
        cs = paper(si, A4, margin=60)
        c.rect(40, 40, w - 80, hh - 80)
        c.rect(44, 44, w - 88, hh - 88)
        y = 90.0
        t1 = tr(lg, "CERTIFICATE OF EMPLOYERS' LIABILITY INSURANCE", "", "ATTESTATION D'ASSURANCE")
        c.text(w / 2, y, t1, cs.bold, 13, "center")
        y += 16
        c.text(
            w / 2,
            y,
            tr(
                lg,
                "(a) Employers' Liability (Compulsory Insurance) Act 1969",
                "",
                "Responsabilité civile et décennale - travaux de bâtiment",
            ),
            cs.font,
            8.5,
            "center",
        )
        y += 30
        y = fields(
            c,
            cs,
            70,
            y,
            w - 140,
            [
                (tr(lg, "Policy number", "", "Contrat n°"), pol),
                (tr(lg, "Name of policy holder", "", "Assuré"), forge_row()[0]),
                (tr(lg, "Date of commencement", "", "Début"), short(start, lg)),
                (tr(lg, "Date of expiry", "", "Fin"), short(end, lg)),
            ],
            per=2,
            hand=False,
        )
        y = text_block(c, cs, 70, y + 10, w - 140, prose(rng, lg, "insure", 3, 5), 8.5)
        scrawl(c, 70, y + 50, person(rng, lg))
        c.text(
            70,
            y + 62,
            tr(lg, f"Signed on behalf of {insurer} (Authorised Insurer)", "", f"Pour {insurer}"),
            cs.font,
            8,
        )
        pages.append(c)
    received(rng, pages[0], d, 0.35)
    remember(None, d)
    return pages


def tpl_complaint(rng: random.Random, who: Issuer) -> list[Page]:
    """A customer's complaint about finished work (rust coming through, paint flaking, a gate
    that has dropped): a letter or a printed e-mail, often with photos enclosed."""
    job = a_job(rng)
    c = job.cust
    lg = c.lang
    h = cust_head(c)
    d = some_day(rng)
    s = style_of(h, A4)

    mail = rng.random() < 0.5
    writer = c.person
    forge = forge_head()
    attach = img_names(rng, rng.choice([2, 3, 4])) if rng.random() < 0.7 else []
    if mail:
        s = paper(s, A4, margin=50, pt=9.5)

        f = sheets(s, h, "", top=False)
        f.y = 40
        addr = f"{writer.split()[-1].lower()}@" + rng.choice(
            ["gmail.com", "t-online.de", "free.fr", "icloud.com"]
        )
        mail_top(
            f,
            s,
            lg,
            writer,
            addr,
            forge.mail or forge.name,
            f"{day(h, d)} {rng.randint(7, 22)}:{rng.randint(10, 59)}",
            tr(
                lg,
                f"Re: our gates - {job.ref}",
                f"Reklamation {job.ref}",
                f"Réclamation - {job.ref}",
            ),
            attach,
        )
    else:
        f = sheets(s, h, h.name)
        recipient(
            f, s, h, forge_lines(), d, [(tr(lg, "Your ref", "Ihr Zeichen", "V/Réf."), job.ref)]
        )
        caption(
            f,
            s,
            tr(
                lg,
                f"Complaint - {work_of(job, lg)}",
                f"Mängelrüge - {work_of(job, lg)}",
                f"Réclamation - {work_of(job, lg)}",
            ),
            0.5,
        )
    write(f, s, dear(lg, titled(crew("owner"), home()) if lg == home() else None))
    fitted = short(d - timedelta(days=rng.randint(60, 500)), lg)
    write(
        f,
        s,
        tr(
            lg,
            f"You installed our {work_of(job, lg).lower()} on {fitted}.",
            f"Sie haben am {fitted} bei uns folgendes montiert: {work_of(job, lg)}.",
            f"Vous avez posé le {fitted} : {work_of(job, lg).lower()}.",
        ),
    )
    for _ in range(rng.randint(2, 4)):
        write(f, s, prose(rng, lg, "complain", 2, 4))
    if lg == "de" and rng.random() < 0.6:
        write(
            f,
            s,
            "Wir setzen Ihnen zur Beseitigung der Mängel eine Frist bis zum "
            f"{short(d + timedelta(days=21), lg)}.",
        )
    regards(f, s, lg, writer.split(" ", 1)[1], h.name if c.org else "")
    pages = f.pages
    if not mail:
        pages = close(pages, s, h)
    for k in range(0, len(attach), 2):
        pages.append(
            photos_page(
                rng,
                A4,
                attach[k : k + 2],
                tr(lg, "Photographs", "Fotos", "Photos") + f" - {job.site}",
            )
        )
    received(rng, pages[0], d, 0.35)
    remember(job, d)
    return pages


def tpl_complaint_reply(rng: random.Random, who: Issuer) -> list[Page]:
    """The forge's reply to a complaint: the visit and findings, what is covered, what is
    maintenance, and the remedial work offered with dates."""
    job = job_for(rng, ("complaint",))
    h = forge_head()
    lg = h.lang
    d = last_day(rng, ("complaint",), (3, 14))
    s = style_of(h, A4)
    m = s.margin
    f = sheets(s, h, f"{h.name} - {job.ref}")
    recipient(f, s, h, job.cust.lines, d, [(tr(lg, "Our ref", "Unser Zeichen", "N/Réf."), job.ref)])
    caption(
        f,
        s,
        tr(
            lg,
            f"Your letter of {short(d - timedelta(days=6), lg)}",
            f"Ihre Mängelanzeige vom {short(d - timedelta(days=6), lg)}",
            f"Votre courrier du {short(d - timedelta(days=6), lg)}",
        ),
        0.5,
    )
    write(f, s, dear(lg, job.cust.person))
    for _ in range(rng.randint(2, 3)):
        write(f, s, prose(rng, lg, "complain", 2, 3))
    f.heading(m, tr(lg, "What we propose", "Unser Vorschlag", "Nos propositions"), s.bold, s.size)
    for t in rng.sample(
        [
            tr(
                lg,
                "take the gates back to the workshop, blast and recoat the affected areas",
                "die Torflügel abholen, strahlen und neu beschichten lassen",
                "reprendre les vantaux en atelier, sabler et relaquer les zones atteintes",
            ),
            tr(
                lg,
                "adjust the hinges and reset the drop bolt",
                "die Bänder nachstellen und den Bodenriegel neu setzen",
                "régler les gonds et reprendre le verrou",
            ),
            tr(
                lg,
                "touch up on site with a two-pack zinc-rich primer",
                "vor Ort mit Zinkstaubfarbe ausbessern",
                "retouches sur place au primaire riche en zinc",
            ),
            tr(
                lg,
                "replace the latch at no charge",
                "das Schloss kostenlos tauschen",
                "remplacer le loquet gracieusement",
            ),
        ],
        2,
    ):
        write(f, s, f"- {t}", indent=10)
    write(f, s, words(rng, lg, "forge") + " " + words(rng, lg, "complain"))
    regards(f, s, lg, crew("owner"), tr(lg, "Director", "Inhaber", "Gérant"))
    pages = close(f.pages, s, h)
    remember(job, d)
    return pages


def drawing_sheet(
    rng: random.Random, h: Head, job: Job, no: str, title: str, rev: str, d: date
) -> Page:
    """A landscape drawing sheet: border, an elevation of a gate or a length of railing with
    dimension lines and notes, and the title block."""
    w, hh = A4L
    p = Page(A4L)
    p.rect(20, 20, w - 40, hh - 40)
    p.rect(24, 24, w - 48, hh - 48)
    lg = h.lang
    x0, y0 = 90.0, 130.0
    gw, gh = rng.uniform(380, 520), rng.uniform(170, 260)
    p.rect(x0 - 18, y0 - 30, 18, gh + 30, fill=0.6)
    p.rect(x0 + gw, y0 - 30, 18, gh + 30, fill=0.6)
    arch = rng.random() < 0.6
    top = y0
    steps = 16
    for k in range(steps):
        xa, xb = x0 + gw * k / steps, x0 + gw * (k + 1) / steps
        if arch:
            ya = top + 30 * (1 - math.sin(math.pi * k / steps))
            yb = top + 30 * (1 - math.sin(math.pi * (k + 1) / steps))
        else:
            ya = yb = top + 10
        p.line(xa, ya, xb, yb)
    p.line(x0, y0 + gh, x0 + gw, y0 + gh)
    p.line(x0, y0 + gh - 30, x0 + gw, y0 + gh - 30)
    p.line(x0, y0 + 45, x0 + gw, y0 + 45)
    bars = rng.randint(12, 22)
    for k in range(1, bars):
        bx = x0 + gw * k / bars
        yt = top + (30 * (1 - math.sin(math.pi * k / bars)) if arch else 10)
        p.line(bx, yt - 12, bx, y0 + gh)
        p.line(bx - 3, yt - 12, bx, yt - 20)
        p.line(bx + 3, yt - 12, bx, yt - 20)
    if rng.random() < 0.6:
        p.line(x0 + gw / 2, top, x0 + gw / 2, y0 + gh)
    for k in range(rng.randint(2, 5)):
        cx = x0 + gw * (k + 0.5) / 5
        ring(p, cx, y0 + gh - 15, 9, 16)
    p.line(x0, y0 + gh + 30, x0 + gw, y0 + gh + 30)
    p.line(x0, y0 + gh + 24, x0, y0 + gh + 36)
    p.line(x0 + gw, y0 + gh + 24, x0 + gw, y0 + gh + 36)
    p.text(x0 + gw / 2, y0 + gh + 26, str(rng.randint(1800, 4200)), "Helvetica", 8, "center")
    p.line(x0 + gw + 40, y0, x0 + gw + 40, y0 + gh)
    p.text(x0 + gw + 44, y0 + gh / 2, str(rng.randint(1000, 2100)), "Helvetica", 8)
    notes = [
        tr(
            lg,
            "Bars 16 sq, collars 25 x 6, finials forged",
            "Stäbe 16 vkt, Bunde 25 x 6",
            "Barreaux carré 16, bagues plat 25 x 6",
        ),
        tr(
            lg,
            "All steel S275, galvanised and powder coated",
            "Stahl S275, verzinkt + pulverbeschichtet",
            "Acier S275, galvanisé + laqué",
        ),
        tr(
            lg,
            "Do not scale. All dims in mm, check on site",
            "Maße in mm, am Bau prüfen",
            "Cotes en mm, à vérifier sur site",
        ),
    ]
    ny = 80.0
    for t in notes:
        p.text(w - 250, ny, fit(t, "Helvetica", 7, 220), "Helvetica", 7)
        ny += 10
    bx, by = w - 284, hh - 130
    p.rect(bx, by, 260, 106)
    for k, (cap, val) in enumerate(
        [
            (tr(lg, "Client", "Bauherr", "Client"), job.cust.lines[0]),
            (tr(lg, "Project", "Projekt", "Projet"), job.site),
            (tr(lg, "Title", "Titel", "Titre"), title),
            (tr(lg, "Drawing no.", "Zeichnungs-Nr.", "N° plan"), f"{no}   Rev {rev}"),
            (
                tr(lg, "Scale / date", "Maßstab / Datum", "Échelle / date"),
                f"1:{rng.choice([10, 20, 25])} @ A3   {short(d, lg)}",
            ),
            (
                tr(lg, "Drawn / checked", "Gez. / gepr.", "Dessiné / vérifié"),
                f"{crew('smith').split()[0][0]}{crew('smith').split()[-1][0]} / "
                f"{crew('owner').split()[0][0]}{crew('owner').split()[-1][0]}",
            ),
        ]
    ):
        yy = by + 4 + k * 14
        p.line(bx, yy + 14, bx + 260, yy + 14) if k < 5 else None
        p.text(bx + 4, yy + 10, cap, "Helvetica", 6)
        p.text(bx + 80, yy + 10, fit(val, "Helvetica-Bold", 7.5, 176), "Helvetica-Bold", 7.5)
    anvil(p, bx - 60, by + 60, 1.2)
    p.text(bx - 45, by + 100, fit(h.name, "Helvetica", 6, 70), "Helvetica", 6, "center")
    return p


def tpl_drawing_issue(rng: random.Random, who: Issuer) -> list[Page]:
    """The forge's drawing issue: a transmittal sheet (drawings with revisions, purpose of
    issue, distribution and copies, 'please return one copy signed') with the landscape
    drawing sheets themselves behind it."""
    job = job_for(rng, ("heritage_consent", "order_ack", "quotation"))
    h = forge_head()
    lg = h.lang
    d = last_day(rng, ("heritage_consent", "order_ack", "quotation"), (2, 12))
    s = style_of(h, A4)
    w, _ = A4
    m = s.margin
    p = Page(A4)
    y = heading(p, s, h)
    p.text(
        m,
        y,
        tr(
            lg, "DRAWING ISSUE SHEET", "ZEICHNUNGSVERSAND / PLANLISTE", "BORDEREAU D'ENVOI DE PLANS"
        ),
        s.bold,
        12,
    )
    y += 20
    y = fields(
        p,
        s,
        m,
        y,
        w - 2 * m,
        [
            (tr(lg, "Project", "Projekt", "Projet"), f"{job.ref} {work_of(job, lg)}"),
            (tr(lg, "Site", "Objekt", "Chantier"), job.site),
            (tr(lg, "To", "An", "Destinataire"), job.cust.lines[0]),
            (tr(lg, "Date of issue", "Datum", "Date d'envoi"), short(d, lg)),
        ],
        per=2,
        hand=False,
    )
    p.text(m, y, tr(lg, "Purpose of issue", "Zweck", "Objet de l'envoi"), s.bold, 8.5)
    purpose = rng.choice([0, 0, 1, 2])
    y = (
        ticks(
            p,
            s,
            m + 110,
            y,
            w - 2 * m - 110,
            [
                tr(lg, "For approval", "Zur Freigabe", "Pour validation"),
                tr(lg, "For information", "Zur Kenntnis", "Pour information"),
                tr(lg, "For construction", "Zur Ausführung", "Bon pour exécution"),
                tr(lg, "For listed building consent", "Für Denkmalbehörde", "Pour l'ABF"),
            ],
            {purpose},
            8,
        )
        + 6
    )
    n = rng.randint(1, 3)
    nos = [f"{job.ref.replace('/', '-')}-{k + 1:02d}" for k in range(n)]
    titles = rng.sample(
        [
            tr(lg, "Elevation", "Ansicht", "Élévation"),
            tr(lg, "General arrangement", "Übersicht", "Vue d'ensemble"),
            tr(
                lg,
                "Gate elevation and hinge detail",
                "Torflügel mit Banddetail",
                "Élévation portail et gonds",
            ),
            tr(lg, "Railing run A-B", "Geländer Achse A-B", "Grille travée A-B"),
        ],
        n,
    )
    revs = [rng.choice(["A", "B", "C", "P1", "-"]) for _ in range(n)]
    cols = [m, m + 110, m + 300, m + 340, w - m]
    p.rect(m, y - 9, w - 2 * m, 13, fill=0.86)
    for x, t in zip(
        cols[:-1],
        [
            tr(lg, "Drawing no.", "Zeichnungs-Nr.", "N° plan"),
            tr(lg, "Title", "Titel", "Titre"),
            "Rev",
            tr(lg, "Copies", "Anzahl", "Ex."),
        ],
        strict=True,
    ):
        p.text(x + 3, y, t, s.bold, 8)
    y += 14
    for a, b, c in zip(nos, titles, revs, strict=True):
        for x, t in zip(cols[:-1], [a, b, c, str(rng.randint(1, 3))], strict=True):
            p.text(x + 3, y, fit(t, s.font, 8.5, 180), s.font, 8.5)
        p.line(m, y + 4, w - m, y + 4)
        y += 15
    y += 16
    y = text_block(
        p,
        s,
        m,
        y,
        w - 2 * m,
        tr(
            lg,
            "Please check the drawings and return one copy signed as approved, with any comments "
            "marked in red. Fabrication will not start until we have your approval.",
            "Bitte prüfen Sie die Zeichnungen und senden Sie uns ein Exemplar mit Freigabevermerk "
            "zurück. Die Fertigung beginnt erst nach Freigabe.",
            "Merci de nous retourner un exemplaire signé « bon pour exécution ». La fabrication ne "
            "sera lancée qu'après validation.",
        ),
    )
    y += 20
    p.text(m, y, tr(lg, "Issued by", "Versendet durch", "Émis par"), s.font, 8)
    scrawl(p, m + 80, y, crew(rng.choice(["owner", "office"])), 12)
    pages = [p]
    for no, t, rv in zip(nos, titles, revs, strict=True):
        pages.append(drawing_sheet(rng, h, job, no, t, rv, d))
    remember(job, d)
    return pages


def tpl_payment_notice(rng: random.Random, who: Issuer) -> list[Page]:
    """A main contractor's payment notice on the forge's application (subcontract on a
    restoration job): gross valuation, retention, previous payments, the sum due, VAT under
    the reverse charge and a CIS deduction in England; the Prüfung der Abschlagsrechnung in
    Germany, the situation de travaux with the retenue de garantie in France."""
    h = head_of(who, "contractor")
    lg = h.lang
    s = style_of(h, A4)
    w, _ = A4
    m = s.margin
    d = some_day(rng)
    nr = rng.randint(1, 6)
    project = rng.choice(
        {
            "en": [
                "St Laurence's Church railings",
                "Castle Lodge restoration",
                "Former Corn Exchange, conversion",
                "Market Hall Phase 2",
            ],
            "de": [
                "Sanierung Pfarrhaus St. Andreas",
                "Schloss Haldenburg, Vorhof",
                "Umbau ehem. Zollamt",
                "Stadtmauer Abschnitt 3",
            ],
            "fr": [
                "Restauration du presbytère",
                "Château de Montferrand - cour d'honneur",
                "Réhabilitation ancienne halle",
                "Remparts - tranche 2",
            ],
        }[lg]
    )
    sub = serial(keyed(who, "sub"), "SC/999")
    f = sheets(s, h, f"{h.name} - {project}")
    recipient(
        f,
        s,
        h,
        forge_lines(),
        d,
        [
            (tr(lg, "Subcontract", "Nachunternehmer-Vertrag", "Marché de sous-traitance"), sub),
            (tr(lg, "Valuation no.", "Abschlagsrechnung Nr.", "Situation n°"), str(nr)),
        ],
    )
    caption(
        f,
        s,
        tr(
            lg,
            f"PAYMENT NOTICE - VALUATION {nr}",
            f"Prüfung Ihrer {nr}. Abschlagsrechnung",
            f"SITUATION DE TRAVAUX N° {nr} - ÉTAT D'ACOMPTE",
        ),
        1.5,
    )
    write(f, s, f"{tr(lg, 'Project', 'Bauvorhaben', 'Opération')}: {project}", s.size)
    gross = round(rng.uniform(4000, 38000) * nr / 2 + 2000, 2)
    ret = {"en": 0.03, "de": 0.05, "fr": 0.05}[lg]
    prev = round(gross * rng.uniform(0.3, 0.7), 2) if nr > 1 else 0.0
    rows = [
        [
            tr(
                lg,
                "Gross valuation to date",
                "Geprüfte Leistung kumuliert",
                "Montant cumulé des travaux HT",
            ),
            money(gross, lg),
        ],
        [
            tr(
                lg,
                f"Less retention {ret:.0%}",
                f"abzgl. Sicherheitseinbehalt {ret:.0%}",
                f"Retenue de garantie {ret:.0%}",
            ),
            "-" + money(gross * ret, lg),
        ],
        [
            tr(
                lg, "Less previously certified", "abzgl. bisherige Zahlungen", "Acomptes antérieurs"
            ),
            "-" + money(prev, lg),
        ],
    ]
    due = round(gross * (1 - ret) - prev, 2)
    rows.append([tr(lg, "Sum due (net)", "Zahlbetrag netto", "Acompte HT"), money(due, lg)])
    if lg == "en":
        cis = round(due * 0.35 * 0.2, 2)
        rows.append(["CIS deduction (20% of labour element)", "-" + money(cis, lg)])
        rows.append(["VAT: domestic reverse charge - customer to account to HMRC", "0.00"])
        rows.append(["Amount to be paid", money(due - cis, lg)])
    elif lg == "de":
        rows.append(
            ["Umsatzsteuer: Steuerschuldnerschaft des Leistungsempfängers (§ 13b UStG)", "0,00"]
        )
        rows.append(["Auszahlungsbetrag", money(due, lg)])
    else:
        rows.append(["TVA : autoliquidation (art. 283-2 nonies du CGI)", "0,00"])
        rows.append(["Net à payer", money(due, lg)])
    table(
        f,
        columns(m, w - m, [(5, "left"), (1.4, "right")]),
        [tr(lg, "", "Position", ""), tr(lg, "Amount", "Betrag", "Montant")],
        rows,
        s,
        rules=True,
        step=1.9,
    )
    f.y += 6
    if lg == "de" and rng.random() < 0.7:
        f.heading(m, "Prüfvermerke", s.bold, s.size)
        for _ in range(rng.randint(2, 4)):
            write(
                f,
                s,
                f"Pos. {rng.randint(1, 9)}.{rng.randint(1, 20)}: " + words(rng, lg),
                s.size - 1,
                indent=10,
            )
    write(
        f,
        s,
        tr(
            lg,
            f"Due date {short(d, lg)}; final date for payment "
            f"{short(d + timedelta(days=rng.choice([14, 17, 21])), lg)}. Any pay less "
            "notice will be issued no later than 5 days before the final date.",
            f"Die Zahlung erfolgt bis {short(d + timedelta(days=18), lg)}.",
            f"Paiement à 30 jours. Visa du maître d'oeuvre du {short(d, lg)}.",
        ),
        s.size - 0.5,
    )
    regards(
        f,
        s,
        lg,
        person(rng, lg),
        tr(lg, "Quantity Surveyor", "Bauleitung / Abrechnung", "Conducteur de travaux"),
    )
    pages = close(f.pages, s, h)
    received(rng, pages[0], d, 0.35)
    remember(None, d)
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
    "enquiry": tpl_enquiry,
    "survey": tpl_survey,
    "quotation": tpl_quotation,
    "order_ack": tpl_order_ack,
    "stage_invoice": tpl_stage_invoice,
    "steel_invoice": tpl_steel_invoice,
    "mill_cert": tpl_mill_cert,
    "fuel_ticket": tpl_fuel_ticket,
    "gas_statement": tpl_gas_statement,
    "finish_note": tpl_finish_note,
    "finish_invoice": tpl_finish_invoice,
    "heritage_consent": tpl_heritage_consent,
    "wpqr": tpl_wpqr,
    "welder_cert": tpl_welder_cert,
    "loler_report": tpl_loler_report,
    "insurance": tpl_insurance,
    "complaint": tpl_complaint,
    "complaint_reply": tpl_complaint_reply,
    "drawing_issue": tpl_drawing_issue,
    "payment_notice": tpl_payment_notice,
}
TEMPLATES_GGGGG: dict[str, Template] = {k: tracked(k, t) for k, t in KINDS.items()}
#: Kinds that a pile often holds 2-4 of in a row from one sender.
RUN_KINDS = (
    "stage_invoice",
    "steel_invoice",
    "mill_cert",
    "fuel_ticket",
    "finish_note",
    "welder_cert",
    "loler_report",
    "payment_notice",
)
#: A kind often followed by a related paper, about the same job.
FOLLOWS = {
    "enquiry": "survey",
    "survey": "quotation",
    "quotation": "order_ack",
    "order_ack": "stage_invoice",
    "steel_invoice": "mill_cert",
    "finish_note": "finish_invoice",
    "complaint": "complaint_reply",
    "heritage_consent": "drawing_issue",
}


# ---------------------------------------------------------------------------------------------
# Streams and generation (same files and labels as corpus.generate)
# ---------------------------------------------------------------------------------------------


def make_zester_stream(rng: random.Random, n_docs: int, separators: bool) -> Stream:
    """One forge's monthly pile: ``corpus.make_stream`` with batch runs (after a run kind,
    1-3 more of the same kind from the same sender follow with probability 0.6) and companions
    (each kind in ``FOLLOWS`` is followed by its related paper with probability 0.5). The forge
    (country, name, month) is drawn once per stream."""
    r = random.Random(rng.getrandbits(32))
    lang = r.choice(["en", "en", "de", "de", "fr"])
    FORGE["lang"] = lang
    FORGE["row"] = r.randrange(len(FORGES[lang]))
    FORGE["seed"] = r.getrandbits(24)
    FORGE["month"] = date(r.choice([2024, 2025]), r.randint(1, 12), 1)
    FORGE["no"] = r.randint(40, 400)
    LAST.update(kind="", job=None, day=None, extra=None)
    run_odds = dict.fromkeys(RUN_KINDS, 0.6)
    return assemble_stream(
        rng, TEMPLATES_GGGGG, n_docs, separators, run_odds, run_len=(1, 3), follows=FOLLOWS
    )


generate = part_generate(PART, SEED_OFFSET, make_zester_stream, "templates GGGGG")


def main(argv: list[str]) -> int:
    return part_main(argv, __doc__, PART, generate, scanned=12)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

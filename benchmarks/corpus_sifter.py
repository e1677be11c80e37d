"""Sifter part of the generated corpus: templates CCCCC, written blind for the next measurement.

A part of its own, ``sifter``. Its templates were written without looking at the boundary
detector, its documentation, its tuning or its evaluation, as the pile the office of a pipe
organ building and restoration workshop that also tunes and services church and concert organs
and pianos (a master organ builder, a voicer, two journeymen, an apprentice and a bookkeeper; in
England, Germany or France) feeds through its scanner in a month: the workshop's tuning and
maintenance agreements with parishes, schools, communes and concert halls (Wartungsvertrag,
contrat d'entretien) with the instrument fields, numbered clauses, a landscape schedule of visits
and a signature page with the client's seal; the tuners' visit report sheets (Stimmprotokoll,
rapport de visite) on A5 or A4 with the tick boxes by division, temperature and humidity and the
organist's signature; the workshop's service invoices (file copies) for tuning visits; its
restoration estimates and tenders (Kostenvoranschlag, devis / DPGF) behind a covering letter,
with the existing specification of stops by division, the numbered works, the price summary, the
payment stages and terms and an acceptance form; the diocesan or state organ adviser's report on a
tender (Gutachten des Orgelsachverständigen, avis du technicien-conseil) in numbered paragraphs;
the workshop's stage payment invoices (Abschlagsrechnung, situation de travaux with the
retention); pipe metal suppliers' invoices (tin and lead, cast pipe metal by alloy, metal
surcharge) with the certificate of analysis behind; timber merchants' invoices with the cutting
list and the delivery note slip signed in the yard; organ supplies houses' invoices for leather,
felt, cloth, springs and glue, often from abroad and now and then with the terms of sale behind;
heritage consents for listed or classé instruments (listed building consent decision notice,
denkmalrechtliche Erlaubnis, arrêté d'autorisation de travaux sur objet mobilier classé) with
their numbered conditions and the notes on appeal; diocesan faculties and church authorities'
approvals (faculty with the schedule of works from the diocesan registry, kirchenaufsichtliche
Genehmigung, avis de la commission diocésaine d'art sacré), sometimes behind a covering letter;
foundations' grant offer letters with the conditions of grant and the acceptance form;
specialist instrument movers' invoices with the signed job sheet; crane hire invoices with the
hire ticket on a narrow slip; apprentice indentures (apprenticeship agreement,
Berufsausbildungsvertrag, contrat d'apprentissage) with the training plan on a landscape page;
trade chamber and trade body letters (Handwerkskammer, chambre de métiers, the organ builders'
institute: registration of the indenture, examination invitations with the timetable,
contribution notices with a payment slip); insurance schedules for the workshop and the
instruments in its custody with a page of endorsements; the landlord's rent invoices for the
workshop; concert halls' purchase orders for concert tunings with the hall's terms on the back;
piano tuning dockets (carbon copies on A6 or a narrow slip); pipe makers' order confirmations
for new reed stops with the scale table on a landscape page. Each stream is one workshop's pile:
the workshop (country, name, month, staff) is drawn once per stream; its outside senders are of the
workshop's country and write in its language, except that supplies houses, pipe makers, metal
suppliers and foundations are now and then from abroad and write in their own. Page sizes range
from narrow slips, A6 and A5 to A4, Letter and landscape A4.

Labelling rule: what one sender issues in one go is one document, as the workshop files it: the
schedule of visits and the signature page of a maintenance agreement; the covering letter,
specification, works, summary, terms and acceptance form of an estimate; the certificate of
analysis behind a metal invoice; the delivery note slip stapled to a timber invoice; the terms
behind a supplies invoice; the conditions and notes of a consent; the covering letter and
schedule of a faculty; the conditions and acceptance form of a grant offer; the job sheet of a
movers' invoice and the hire ticket of a crane invoice; the training plan of an indenture; the
timetable or payment slip of a chamber letter; the endorsements of an insurance schedule; the
terms on the back of a concert hall's order; the scale table of a pipe maker's confirmation.
Related papers are documents of their own: the adviser's report after the estimate it comments
on, the workshop's invoice after the concert hall's order, the chamber's registration letter after
the indenture, the crane invoice after the movers' invoice for the same move and the first visit
report after a new maintenance agreement; and so is each visit report, docket, invoice and letter
of a run.

Streams are assembled like ``corpus.make_stream`` (same separator sheets, same 30% chance of
repeating the previous kind and sender), plus batch runs: visit reports, service invoices, stage
invoices, piano dockets, rent invoices, movers' invoices, chamber letters and metal invoices often
come 2-4 in a row from one sender with other clients, dates, numbers and amounts; and
companions: each related paper above often follows the document it answers. Drawn with
``corpus.draw_pdf``, scanned with ``corpus.scan`` and labelled exactly like ``corpus.generate``
with ``"split": "sifter"`` and seeds offset by 10_600_000.

Usage: ``python benchmarks/corpus_sifter.py OUT_DIR [--streams N] [--scanned N] [--seed S]``
writes ``OUT_DIR/sifter/sifter_{born_digital,scanned}_NNNNNNN.{pdf,json}``.
"""

from __future__ import annotations

import itertools
import math
import random
import sys
import unicodedata
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
    cell,
    close,
    columns,
    day,
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

PART = "sifter"
SEED_OFFSET = 10_600_000

MM = 72 / 25.4
SLIP = (80 * MM, 160 * MM)
A6 = (105 * MM, 148 * MM)

# ---------------------------------------------------------------------------------------------
# Who writes: the workshop and its outside senders, by country
# ---------------------------------------------------------------------------------------------

Row = tuple[str, str, str, str]  # name, street, town, telephone
WORKSHOPS: dict[str, list[Row]] = {
    "en": [
        ("Harrison Vowles & Co. Organ Builders", "Mill Yard, Station Road", "Ludlow SY8 1EA", ""),
        ("Thornbury Organ Works Ltd", "Unit 3, Severn Vale Estate", "Gloucester GL2 5DQ", ""),
        ("J. W. Aldred & Son", "The Old Chapel, Wharf Street", "Sowerby Bridge HX6 2AF", ""),
    ],
    "de": [
        ("Orgelbau Kessler GmbH", "Am Mühlbach 12", "88662 Überlingen", "07551 94 31 60"),
        ("Orgelbauwerkstatt Martin Hagedorn", "Klosterhof 4", "37073 Göttingen", ""),
        ("Lindner Orgel- und Klavierbau", "Gewerbestraße 27", "09599 Freiberg", "03731 20 44 8"),
    ],
    "fr": [
        ("Manufacture d'orgues Delaunay", "14 rue des Tanneurs", "68000 Colmar", "03 89 41 27 05"),
        ("Atelier Ribes & Fils, facteurs d'orgues", "Chemin du Moulin", "81000 Albi", ""),
        ("Orgues Marchand SARL", "ZA de la Croix Blanche", "49400 Saumur", "02 41 50 66 12"),
    ],
}

SENDERS: dict[str, dict[str, list[Row]]] = {
    "parish": {
        "en": [
            (
                "Parochial Church Council of St Laurence, Ludlow",
                "College Street",
                "Ludlow SY8 1AN",
                "",
            ),
            ("St Mary's Priory Church", "Church Street", "Abergavenny NP7 5ND", ""),
            ("The Parish of Holy Trinity, Stratford", "Old Town", "Stratford CV37 6BG", ""),
            ("St Peter's Methodist Church", "Newport Street", "Worcester WR1 3NZ", ""),
            ("Parish Church of St John the Baptist", "Church Lane", "Cirencester GL7 2NX", ""),
        ],
        "de": [
            ("Ev.-luth. Kirchengemeinde St. Marien", "Kirchplatz 3", "37073 Göttingen", ""),
            ("Kath. Pfarrgemeinde St. Nikolaus", "Münsterstraße 8", "88662 Überlingen", ""),
            ("Ev. Kirchgemeinde Freiberg-Dom", "Untermarkt 1", "09599 Freiberg", ""),
            ("Kath. Kirchengemeinde Heilig Kreuz", "Pfarrgasse 2", "78462 Konstanz", ""),
            ("Ev. Kirchengemeinde Ravensburg-Stadt", "Marienplatz 11", "88212 Ravensburg", ""),
        ],
        "fr": [
            (
                "Commune de Kaysersberg - Mairie",
                "32 rue du Général de Gaulle",
                "68240 Kaysersberg",
                "",
            ),
            ("Paroisse Saint-Salvi", "Rue Mariès", "81000 Albi", ""),
            ("Mairie de Montreuil-Bellay", "Place du Concours", "49260 Montreuil-Bellay", ""),
            (
                "Association des Amis de l'orgue de Ribeauvillé",
                "2 Grand'Rue",
                "68150 Ribeauvillé",
                "",
            ),
            ("Paroisse Notre-Dame de Nantilly", "Place de Nantilly", "49400 Saumur", ""),
        ],
    },
    "hall": {
        "en": [
            ("Birmingham Town Hall & Symphony Hall", "Broad Street", "Birmingham B1 2EA", ""),
            ("Malvern Theatres Trust", "Grange Road", "Malvern WR14 3HB", ""),
            ("Hereford Cathedral School", "Old Deanery, Cathedral Close", "Hereford HR1 2NG", ""),
        ],
        "de": [
            ("Konzerthaus Freiburg GmbH", "Konrad-Adenauer-Platz 1", "79098 Freiburg", ""),
            ("Musikhochschule Trossingen", "Schultheiß-Koch-Platz 3", "78647 Trossingen", ""),
            ("Stadthalle Göttingen Betriebs-GmbH", "Albaniplatz 2", "37073 Göttingen", ""),
        ],
        "fr": [
            (
                "Conservatoire à rayonnement régional",
                "2 rue Jean-Jacques Rousseau",
                "68000 Colmar",
                "",
            ),
            ("Théâtre Le Dôme", "Quai Lucien Gautier", "49400 Saumur", ""),
            ("Scène nationale d'Albi - Grand Théâtre", "Place de l'Amitié", "81000 Albi", ""),
        ],
    },
    "adviser": {
        "en": [
            ("Dr Graham Pettifer, Diocesan Organ Adviser", "4 Castle Walk", "Hereford HR1 2LT", ""),
            (
                "Mrs Ruth Oakley FRCO, Organ Adviser",
                "The Coach House, Upper Hook",
                "Upton WR8 0SA",
                "",
            ),
        ],
        "de": [
            (
                "KMD Dr. Ulrich Brennecke, Orgelsachverständiger",
                "Domplatz 5",
                "37073 Göttingen",
                "",
            ),
            (
                "Orgelsachverständige der Erzdiözese - Dr. M. Haag",
                "Schoferstraße 2",
                "79098 Freiburg",
                "",
            ),
        ],
        "fr": [
            (
                "Hubert Sauvageot, technicien-conseil pour les orgues",
                "8 rue Kléber",
                "67000 Strasbourg",
                "",
            ),
            (
                "Claire Montagnon, technicien-conseil (Ministère de la Culture)",
                "3 allée Brienne",
                "31000 Toulouse",
                "",
            ),
        ],
    },
    "heritage": {
        "en": [
            (
                "Birmingham City Council - Planning and Development",
                "PO Box 28",
                "Birmingham B1 1TU",
                "",
            ),
            (
                "Shropshire Council - Historic Environment",
                "Shirehall, Abbey Foregate",
                "Shrewsbury SY2 6ND",
                "",
            ),
        ],
        "de": [
            (
                "Landratsamt Bodenseekreis - Untere Denkmalschutzbehörde",
                "Albrechtstraße 75",
                "88045 Friedrichshafen",
                "",
            ),
            (
                "Stadt Göttingen - Untere Denkmalschutzbehörde",
                "Hiroshimaplatz 1-4",
                "37083 Göttingen",
                "",
            ),
        ],
        "fr": [
            (
                "Préfecture de la région Grand Est - DRAC",
                "2 place de la République",
                "67082 Strasbourg",
                "",
            ),
            (
                "Préfecture de la région Occitanie - DRAC",
                "32 rue de la Dalbade",
                "31080 Toulouse",
                "",
            ),
        ],
    },
    "church": {
        "en": [
            (
                "Diocese of Hereford - Diocesan Registry",
                "Harrison Clark Rickerbys, 5 Deansway",
                "Worcester WR1 2JG",
                "",
            ),
            (
                "Diocese of Worcester - Consistory Court",
                "The Old Palace, Deansway",
                "Worcester WR1 2JE",
                "",
            ),
        ],
        "de": [
            (
                "Landeskirchenamt Hannover - Referat Bau und Kunst",
                "Rote Reihe 6",
                "30169 Hannover",
                "",
            ),
            (
                "Erzbischöfliches Ordinariat Freiburg - Kirchenmusik",
                "Schoferstraße 2",
                "79098 Freiburg",
                "",
            ),
        ],
        "fr": [
            (
                "Diocèse d'Albi - Commission diocésaine d'art sacré",
                "Place Sainte-Cécile",
                "81000 Albi",
                "",
            ),
            (
                "Archevêché de Strasbourg - Commission d'art sacré",
                "16 rue Brûlée",
                "67000 Strasbourg",
                "",
            ),
        ],
    },
    "foundation": {
        "en": [
            ("The Hawksworth Organ Trust", "PO Box 118", "Bath BA1 2XG", ""),
            ("National Churches Heritage Fund", "7 Tavistock Place", "London WC1H 9SH", ""),
        ],
        "de": [
            ("Stiftung Orgelklang", "Herrenhäuser Straße 12", "30419 Hannover", ""),
            ("Kulturstiftung Bodensee", "Seestraße 21", "88709 Meersburg", ""),
        ],
        "fr": [
            ("Fondation pour les orgues de France", "11 rue de Lille", "75007 Paris", ""),
            (
                "Fondation du Patrimoine Religieux d'Alsace",
                "4 rue de la Nuée Bleue",
                "67000 Strasbourg",
                "",
            ),
        ],
    },
    "metal": {
        "en": [
            ("Severn Metals (Tin & Lead) Ltd", "Foundry Lane", "Bristol BS2 0UH", "0117 955 2210")
        ],
        "de": [
            ("Zinnhütte Erzgebirge GmbH", "Hüttenweg 4", "09599 Freiberg", "03731 39 60"),
            ("Metallhandel Schwarz & Co. KG", "Industriestraße 9", "73037 Göppingen", ""),
        ],
        "fr": [("Métaux Bouchet SA", "Avenue de l'Europe", "69200 Vénissieux", "04 78 70 31 11")],
    },
    "timber": {
        "en": [
            ("Yandle's Timber Merchants", "Hurst Works", "Martock TA12 6JU", ""),
            ("Whitmore Hardwoods Ltd", "Sawmill Lane", "Leominster HR6 0QT", ""),
        ],
        "de": [
            ("Holzhandlung Bäumler KG", "Sägewerkstraße 3", "88630 Pfullendorf", ""),
            ("Tonholz Fischer GmbH", "Am Bahnhof 7", "08258 Markneukirchen", ""),
        ],
        "fr": [
            ("Scierie des Vosges Ferry", "Route de Gérardmer", "88400 Xonrupt", ""),
            ("Bois Précieux Duval", "12 rue de la Scierie", "81100 Castres", ""),
        ],
    },
    "supplies": {
        "en": [
            ("Keates Organ Supplies Ltd", "Manor Farm, Bicester Road", "Thame OX9 3NB", ""),
            ("P & S Organ Supply Company", "Unit 12, Brandon Way", "Norwich NR6 6SE", ""),
        ],
        "de": [
            ("Orgelteile Laufhäuser GmbH", "Bahnhofstraße 31", "71384 Weinstadt", ""),
            ("Leder Reinhard Orgelleder", "Gerberweg 5", "67547 Worms", ""),
        ],
        "fr": [("Fournitures pour Orgues Maury", "9 rue des Artisans", "31200 Toulouse", "")],
    },
    "pipes": {
        "en": [("Shepherd & Lowe Reed Voicers", "Unit 7, Canal Side", "Leicester LE3 5BQ", "")],
        "de": [
            ("Giesecke-Stadtler Zungenstimmen", "Hagenweg 2", "37081 Göttingen", ""),
            ("Orgelpfeifenbau Stenzel GmbH", "Werkstraße 18", "79211 Denzlingen", ""),
        ],
        "fr": [("Tuyauterie Laroche & Fils", "Route de Lodève", "34700 Soubès", "")],
    },
    "movers": {
        "en": [
            (
                "Marcher Piano & Organ Removals",
                "Unit 9, Tern Valley Park",
                "Market Drayton TF9 3SQ",
                "",
            ),
            ("Hallidays Specialist Movers", "Ferry Road", "Gloucester GL1 2EN", ""),
        ],
        "de": [
            ("Klaviertransporte Maier & Sohn", "Lagerstraße 14", "88250 Weingarten", ""),
            ("Piano-Spedition Leisner", "Hafenstraße 2", "37079 Göttingen", ""),
        ],
        "fr": [
            ("Transports Pianos Muller", "18 rue de l'Industrie", "68000 Colmar", ""),
            ("Déménagements Ollivier - Pianos", "ZI Saint-Lambert", "49400 Saumur", ""),
        ],
    },
    "crane": {
        "en": [("Ainscough-Welch Crane Hire", "Junction 4 Depot", "Worcester WR3 8SF", "")],
        "de": [
            ("Autokrane Brauchle GmbH", "Kranstraße 3", "88214 Ravensburg", ""),
            ("Kran-Service Wiesner", "Gewerbering 8", "37124 Rosdorf", ""),
        ],
        "fr": [("Levage Grosjean SAS", "Zone Artisanale Nord", "68127 Sainte-Croix-en-Plaine", "")],
    },
    "chamber": {
        "en": [("Institute of British Organ Building", "13 Ryefield Lane", "Stamford PE9 2QU", "")],
        "de": [
            ("Handwerkskammer Konstanz", "Webersteig 3", "78462 Konstanz", ""),
            (
                "Handwerkskammer Hildesheim-Südniedersachsen",
                "Braunschweiger Straße 53",
                "31134 Hildesheim",
                "",
            ),
            ("Handwerkskammer Chemnitz", "Limbacher Straße 195", "09116 Chemnitz", ""),
        ],
        "fr": [
            (
                "Chambre de Métiers et de l'Artisanat d'Alsace",
                "30 avenue de l'Europe",
                "67300 Schiltigheim",
                "",
            ),
            (
                "Chambre de Métiers et de l'Artisanat du Tarn",
                "112 route de Toulouse",
                "81000 Albi",
                "",
            ),
        ],
    },
    "insurer": {
        "en": [
            (
                "Ecclesia Craft & Heritage Insurance",
                "Beaufort House, Brunswick Road",
                "Gloucester GL1 1JZ",
                "",
            )
        ],
        "de": [
            ("Handwerker-Versicherung Südwest VVaG", "Kronenstraße 22", "70173 Stuttgart", ""),
            ("Ecclesia Versicherungsdienst GmbH", "Klingenbergstraße 4", "32758 Detmold", ""),
        ],
        "fr": [("Mutuelle des Artisans d'Art", "44 boulevard Malesherbes", "75008 Paris", "")],
    },
    "landlord": {
        "en": [("Teme Valley Estates", "The Estate Office", "Ludlow SY8 2HB", "")],
        "de": [
            ("Grundstücksverwaltung Seifert", "Hafenstraße 8", "88662 Überlingen", ""),
            ("Gewerbehof Göttingen GbR", "Hannoversche Straße 150", "37077 Göttingen", ""),
        ],
        "fr": [
            ("SCI du Moulin Neuf", "3 quai de la Poissonnerie", "68000 Colmar", ""),
            ("Cabinet Guérin Immobilier", "22 rue Dacier", "49400 Saumur", ""),
        ],
    },
}

FIRSTS = {
    "en": ["Robert", "Alison", "Gareth", "Helen", "Simon", "Katherine", "Neil", "Joanna", "Owen"],
    "de": ["Matthias", "Ulrike", "Jörg", "Christiane", "Tobias", "Birgit", "Florian", "Anke"],
    "fr": ["Philippe", "Isabelle", "Bernard", "Sylvie", "Mathieu", "Élodie", "Yves", "Agnès"],
}
LASTS = {
    "en": [
        "Pritchard",
        "Hollis",
        "Barraclough",
        "Venables",
        "Morgan",
        "Tillotson",
        "Ashby",
        "Dunmore",
        "Kettle",
        "Rowlands",
        "Sadler",
        "Whitcombe",
        "Fairbrother",
    ],
    "de": [
        "Eberle",
        "Hartwig",
        "Pfaff",
        "Stöckle",
        "Brandt",
        "Kühn",
        "Reinhold",
        "Sauer",
        "Wetzel",
        "Ohnesorg",
        "Baumgart",
        "Lützow",
        "Riegger",
        "Thumm",
    ],
    "fr": [
        "Wendling",
        "Rouquette",
        "Bessière",
        "Meyer",
        "Lhermitte",
        "Cazals",
        "Gauthier",
        "Pujol",
        "Haeffelé",
        "Marty",
        "Boisseau",
        "Truchot",
        "Vidalenc",
    ],
}
FEMALE = {"Alison", "Helen", "Katherine", "Joanna", "Ulrike", "Christiane", "Birgit", "Anke"}
FEMALE |= {"Isabelle", "Sylvie", "Élodie", "Agnès", "Ruth", "Claire"}

#: The workshop's people: (role key, English, German, French).
ROLES = [
    ("master", "Master organ builder", "Orgelbaumeister", "Facteur d'orgues, gérant"),
    ("voicer", "Voicer", "Intonateur", "Harmoniste"),
    ("journeyman", "Organ builder", "Orgelbauer", "Facteur d'orgues"),
    ("journeyman2", "Organ builder / tuner", "Orgelbauer (Stimmung)", "Accordeur"),
    ("apprentice", "Apprentice", "Auszubildender", "Apprenti"),
    ("books", "Office and accounts", "Buchhaltung", "Secrétariat - comptabilité"),
]

#: Stops by division, as each country's builders name them: (division, stops).
STOPS: dict[str, list[tuple[str, list[str]]]] = {
    "en": [
        (
            "Great",
            [
                "Open Diapason 8",
                "Stopped Diapason 8",
                "Dulciana 8",
                "Principal 4",
                "Harmonic Flute 4",
                "Twelfth 2 2/3",
                "Fifteenth 2",
                "Mixture III",
                "Trumpet 8",
            ],
        ),
        (
            "Swell",
            [
                "Lieblich Gedackt 8",
                "Salicional 8",
                "Voix Celestes 8",
                "Gemshorn 4",
                "Piccolo 2",
                "Mixture II",
                "Cornopean 8",
                "Oboe 8",
            ],
        ),
        ("Choir", ["Claribel Flute 8", "Viola da Gamba 8", "Suabe Flute 4", "Clarinet 8"]),
        ("Pedal", ["Open Wood 16", "Bourdon 16", "Bass Flute 8", "Trombone 16"]),
    ],
    "de": [
        (
            "Hauptwerk",
            [
                "Prinzipal 8'",
                "Rohrflöte 8'",
                "Gambe 8'",
                "Oktave 4'",
                "Spitzflöte 4'",
                "Quinte 2 2/3'",
                "Superoktave 2'",
                "Mixtur IV",
                "Trompete 8'",
            ],
        ),
        (
            "Schwellwerk",
            [
                "Gedackt 8'",
                "Salicional 8'",
                "Vox coelestis 8'",
                "Traversflöte 4'",
                "Nasard 2 2/3'",
                "Flageolett 2'",
                "Oboe 8'",
            ],
        ),
        ("Positiv", ["Holzgedackt 8'", "Prinzipal 4'", "Blockflöte 2'", "Krummhorn 8'"]),
        ("Pedal", ["Subbass 16'", "Oktavbass 8'", "Choralbass 4'", "Posaune 16'"]),
    ],
    "fr": [
        (
            "Grand-Orgue",
            [
                "Montre 8",
                "Bourdon 8",
                "Flûte harmonique 8",
                "Prestant 4",
                "Flûte 4",
                "Doublette 2",
                "Fourniture IV",
                "Trompette 8",
                "Clairon 4",
            ],
        ),
        (
            "Récit expressif",
            [
                "Cor de nuit 8",
                "Gambe 8",
                "Voix céleste 8",
                "Flûte octaviante 4",
                "Octavin 2",
                "Basson-Hautbois 8",
                "Voix humaine 8",
            ],
        ),
        ("Positif", ["Bourdon 8", "Prestant 4", "Nazard 2 2/3", "Tierce 1 3/5", "Cromorne 8"]),
        ("Pédale", ["Soubasse 16", "Flûte 8", "Flûte 4", "Bombarde 16"]),
    ],
}
ACTIONS = {
    "en": ["mechanical", "tubular-pneumatic", "electro-pneumatic", "mechanical / electric stops"],
    "de": ["mechanisch", "pneumatisch", "elektropneumatisch", "mechanisch / elektr. Registratur"],
    "fr": ["mécanique", "pneumatique tubulaire", "électro-pneumatique", "mécanique, tirage élec."],
}
BUILDERS = {
    "en": ["Nicholson 1884", "Hill & Son 1872", "Harrison & Harrison 1911", "Walker 1865"],
    "de": ["Walcker 1893", "Furtwängler & Hammer 1907", "Steinmeyer 1928", "Ladegast 1871"],
    "fr": ["Cavaillé-Coll 1868", "Merklin 1880", "Stiehr-Mockers 1842", "Puget 1890"],
}

TALK = {
    "en": {
        "organ": "pipework windchest pallets sliders bellows reservoir trackers action console "
        "pedalboard voicing tuning reeds flue pipes wind pressure soundboard stopknobs couplers "
        "blower humidity casework swell box leather",
        "heritage": "listed building historic fabric conservation significance case pipework "
        "consent conditions alteration record photographs officer works statement",
        "legal": "agreement party obligations visits notice termination liability access "
        "heating insurance instrument payment term renewal fees",
        "money": "invoice payment account balance due amount reference transfer period stage "
        "retention statement charges terms settlement",
        "train": "apprentice training examination college workshop skills record hours "
        "assessment employer registration journeyman fees",
        "piano": "hammers dampers strings pins pitch unisons action felts keys sticking "
        "pedal regulation bridge soundboard humidity next tuning",
    },
    "de": {
        "organ": "Pfeifenwerk Windlade Ventile Schleifen Balg Magazinbalg Trakturen Spieltisch "
        "Pedalklaviatur Intonation Stimmung Zungen Labialpfeifen Winddruck Registerzüge Koppeln "
        "Gebläse Luftfeuchtigkeit Gehäuse Schwellkasten Leder",
        "heritage": "Baudenkmal Denkmal Substanz Erhaltung Bestand Gehäuse Pfeifenwerk "
        "Genehmigung Auflagen Veränderung Dokumentation Fotografien Denkmalpflege Maßnahme",
        "legal": "Vertrag Parteien Pflichten Stimmtermine Kündigung Haftung Zugang Heizung "
        "Versicherung Instrument Vergütung Laufzeit Verlängerung",
        "money": "Rechnung Zahlung Konto Saldo fällig Betrag Verwendungszweck Überweisung "
        "Zeitraum Abschlag Einbehalt Aufstellung Zahlungsziel",
        "train": "Auszubildende Ausbildung Prüfung Berufsschule Werkstatt Fertigkeiten "
        "Berichtsheft Stunden Betrieb Eintragung Lehrlingsrolle Gebühr",
        "piano": "Hämmer Dämpfer Saiten Stimmwirbel Tonhöhe Chöre Mechanik Filze Tasten "
        "klemmt Pedal Regulierung Steg Resonanzboden Luftfeuchte nächste Stimmung",
    },
    "fr": {
        "organ": "tuyauterie sommier soupapes registres soufflet réservoir abrégé console "
        "pédalier harmonisation accord anches tuyaux pression du vent tirants accouplements "
        "ventilateur hygrométrie buffet boîte expressive peausserie",
        "heritage": "monument historique objet mobilier classé conservation authenticité buffet "
        "tuyauterie autorisation prescriptions restauration dossier documentation travaux",
        "legal": "contrat parties obligations visites préavis résiliation responsabilité accès "
        "chauffage assurance instrument rémunération durée reconduction",
        "money": "facture paiement compte solde échéance montant référence virement période "
        "situation retenue relevé règlement",
        "train": "apprenti formation examen CFA atelier compétences livret heures évaluation "
        "employeur enregistrement maître d'apprentissage frais",
        "piano": "marteaux étouffoirs cordes chevilles diapason unissons mécanique feutres "
        "touches pédale réglage chevalet table d'harmonie hygrométrie prochain accord",
    },
}
GLUES = {
    "en": "the of and to for with on at by from this is are will be the a as we your all",
    "de": "die der das und zu für mit auf von ist sind wird bei nach den dem im wir Ihre",
    "fr": "le la les et de du pour avec sur par est sont sera au aux des une nous vos",
}


def words(rng: random.Random, lang: str, topic: str = "organ", n: int | None = None) -> str:
    pool, glue = TALK[lang][topic].split(), GLUES[lang].split()
    ws = [rng.choice(pool if rng.random() < 0.5 else glue) for _ in range(n or rng.randint(7, 15))]
    text = " ".join(ws)
    return text[0].upper() + text[1:] + "."


def prose(rng: random.Random, lang: str, topic: str = "organ", lo: int = 2, hi: int = 4) -> str:
    return " ".join(words(rng, lang, topic) for _ in range(rng.randint(lo, hi)))


# ---------------------------------------------------------------------------------------------
# The workshop of a stream: its country, month and staff; what the last document was about
# ---------------------------------------------------------------------------------------------

OFFICE: dict[str, object] = {"lang": "en", "row": 0, "seed": 0, "month": date(2025, 3, 1)}
#: What the previous document was about (a companion takes up the same client and day).
LAST: dict[str, object] = {"kind": "", "client": None, "day": None, "extra": None}


def home() -> str:
    return str(OFFICE["lang"])


def month() -> date:
    m = OFFICE["month"]
    assert isinstance(m, date)
    return m


def keyed(who: Issuer, key: str) -> random.Random:
    """Draws fixed by the issuer, the stream's workshop and ``key``: a run or a repeat keeps
    its sender."""
    text = f"sifter/{key}/{who.name}/{who.street}/{who.city}/{OFFICE['seed']}"
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


def remember(client: object, d: date, extra: object = None) -> None:
    LAST.update(client=client, day=d, extra=extra)


def add_months(d: date, n: int) -> date:
    k = d.year * 12 + d.month - 1 + n
    return date(k // 12, k % 12 + 1, 1)


def person(tag: str, lang: str | None = None) -> str:
    lg = lang or home()
    r = random.Random(zlib.crc32(f"sifter/person/{tag}/{OFFICE['seed']}".encode()))
    return f"{r.choice(FIRSTS[lg])} {r.choice(LASTS[lg])}"


def staff(role: str) -> str:
    """The workshop's ``role`` person (see ``ROLES``), the same all through a stream."""
    return person(f"staff/{role}")


def role_title(role: str, lang: str) -> str:
    for key, en, de, fr in ROLES:
        if key == role:
            return tr(lang, en, de, fr)
    return ""


def mx(name: str, lang: str) -> str:
    female = name.split()[0] in FEMALE
    if lang == "de":
        return f"{'Frau' if female else 'Herr'} {name}"
    if lang == "fr":
        return f"{'Madame' if female else 'Monsieur'} {name}"
    return f"{'Mrs' if female else 'Mr'} {name}"


def dear(lang: str, name: str | None) -> str:
    if name is None:
        return tr(lang, "Dear Sir or Madam,", "Sehr geehrte Damen und Herren,", "Madame, Monsieur,")
    female = name.split()[0] in FEMALE
    last = name.split()[-1]
    if lang == "de":
        return f"Sehr geehrte{'' if female else 'r'} {'Frau' if female else 'Herr'} {last},"
    if lang == "fr":
        return "Madame," if female else "Monsieur,"
    return f"Dear {'Mrs' if female else 'Mr'} {last},"


@dataclass
class Organ:
    """An instrument the workshop looks after: where it stands, who built it, its size."""

    client: Row
    place: str
    builder: str
    action: str
    manuals: int
    stops: int
    listed: bool


def organ_of(client: Row, lang: str) -> Organ:
    """The organ of ``client`` (the same all through a stream)."""
    r = random.Random(zlib.crc32(f"sifter/organ/{client[0]}/{OFFICE['seed']}".encode()))
    manuals = r.choice([1, 2, 2, 2, 3])
    stops = {1: r.randint(6, 11), 2: r.randint(14, 28), 3: r.randint(29, 46)}[manuals]
    town = client[2].split(" ", 1)[1] if lang != "en" else client[2].rsplit(" ", 2)[0]
    hall = client in SENDERS["hall"][lang]
    place = {
        "en": ["Great Hall", "Concert Hall", "School Chapel"]
        if hall
        else ["Parish Church", "Church", "Priory Church", "Chapel"],
        "de": ["Konzertsaal", "Großer Saal", "Kammermusiksaal"]
        if hall
        else ["Stadtkirche", "Pfarrkirche", "Klosterkirche", "Dorfkirche"],
        "fr": ["Auditorium", "Grande salle", "Salle de concert"]
        if hall
        else ["Église", "Collégiale", "Église abbatiale", "Église paroissiale"],
    }[lang]
    return Organ(
        client=client,
        place=f"{r.choice(place)}, {town}",
        builder=r.choice(BUILDERS[lang]),
        action=r.choice(ACTIONS[lang]),
        manuals=manuals,
        stops=stops,
        listed=r.random() < 0.5,
    )


def client_of(who: Issuer, roles: tuple[str, ...] = ("parish", "parish", "hall")) -> Row:
    r = keyed(who, "client")
    return r.choice(SENDERS[r.choice(roles)][home()])


def organ_for(rng: random.Random, who: Issuer, kinds: tuple[str, ...]) -> Organ:
    """The previous document's organ if it was one of ``kinds``, else ``who``'s client's."""
    c = LAST["client"]
    if after(kinds) and isinstance(c, Organ):
        return c
    return organ_of(client_of(who), home())


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
    look: str  # pipes | band | centred | letter | boxed | plain | side | official
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
LOOKS = ["band", "centred", "letter", "boxed", "plain", "side"]
OFFICIAL = ("heritage", "church", "chamber")


def legal_lines(r: random.Random, name: str, lang: str, role: str) -> list[str]:
    if role in ("heritage", "church", "adviser"):
        return []
    if lang == "de":
        bank = r.choice(["Sparkasse Bodensee", "Volksbank Göttingen", "Erzgebirgssparkasse"])
        out = [
            f"{bank} - IBAN DE{r.randint(10, 99)} {r.randint(1000, 9999)} {r.randint(1000, 9999)} "
            f"{r.randint(1000, 9999)} {r.randint(1000, 9999)} {r.randint(10, 99)} - "
            f"USt-IdNr. DE{r.randint(100000000, 999999999)}"
        ]
        if "GmbH" in name or "KG" in name or "VVaG" in name:
            out.insert(
                0,
                f"Sitz {name.split()[-1] if 'GmbH' not in name else 'der Gesellschaft'} - "
                f"Amtsgericht HRB {r.randint(1000, 99999)} - Geschäftsführer: "
                + r.choice(["Jörg Kessler", "Dr. Anke Sauer", "Florian Pfaff"]),
            )
        if role == "workshop" and r.random() < 0.6:
            out.append("Meisterbetrieb - Mitglied im Bund Deutscher Orgelbaumeister")
        return out
    if lang == "fr":
        siret = (
            f"{r.randint(300, 899)} {r.randint(100, 999)} {r.randint(100, 999)} "
            f"{r.randint(10000, 99999)}"
        )
        out = [f"{name} - SIRET {siret} - APE {r.choice(['3220Z', '4690Z', '1610A', '4941A'])}"]
        if r.random() < 0.7:
            out.append(
                f"TVA intracom. FR{r.randint(10, 99)} {r.randint(100, 999)} {r.randint(100, 999)} "
                f"{r.randint(100, 999)} - RM {r.randint(100, 999)} {r.randint(10, 99)}"
                if role == "workshop"
                else f"TVA intracom. FR{r.randint(10, 99)} {r.randint(100, 999)} "
                f"{r.randint(100, 999)} {r.randint(100, 999)}"
            )
        if role == "workshop" and r.random() < 0.5:
            out.append("Entreprise du Patrimoine Vivant - Qualification Monuments Historiques")
        return out
    out = []
    if "Ltd" in name or "plc" in name:
        out.append(f"Registered in England and Wales No. {r.randint(1000000, 13999999):08d}")
    if r.random() < 0.7:
        out.append(
            f"VAT Reg. No. GB {r.randint(100, 999)} {r.randint(1000, 9999)} {r.randint(10, 99)}"
        )
    if role == "workshop" and r.random() < 0.6:
        out.append("Accredited member of the Institute of British Organ Building")
    return [" - ".join(out)] if out else []


def make_head(row: Row, lang: str, role: str) -> Head:
    """The paper habits of the sender ``row``: the same all through one stream."""
    name, street, town, phone = row
    r = random.Random(zlib.crc32(f"sifter/head/{name}/{OFFICE['seed']}".encode()))
    font, bold = r.choice(FACES)
    plain = unicodedata.normalize("NFKD", name.lower()).split()
    k = 1 if name.startswith(("Orgel", "Orgues", "Atelier", "Manufacture", "The ", "Parish")) else 0
    host = "".join(c for c in plain[min(k, len(plain) - 1)] if c.isalpha() and c.isascii())[:12]
    tld = {"en": "co.uk", "de": "de", "fr": "fr"}[lang]
    looks = LOOKS
    if role in OFFICIAL:
        looks = ["official"]
        font, bold = (
            ("Helvetica", "Helvetica-Bold") if r.random() < 0.6 else ("Times-Roman", "Times-Bold")
        )
    elif role == "workshop":
        looks = ["pipes", "pipes", "centred", "letter", "side"]
        if font == "Courier":
            font, bold = "Times-Roman", "Times-Bold"
    elif role in ("adviser", "parish"):
        looks = ["plain", "centred", "side", "centred"]
    if not phone:
        phone = {
            "en": f"0{r.randint(1200, 1999)} {r.randint(100000, 999999)}",
            "de": f"0{r.randint(30, 999)} {r.randint(10, 99)} {r.randint(100, 999)}-0",
            "fr": f"0{r.randint(1, 5)} {r.randint(10, 99)} {r.randint(10, 99)} "
            f"{r.randint(10, 99)} {r.randint(10, 99)}",
        }[lang]
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
        mail=f"{r.choice(['info', 'office', 'contact', 'accounts'])}@{host or 'mail'}.{tld}"
        if r.random() < 0.75
        else "",
    )


def shop_row() -> Row:
    return WORKSHOPS[home()][int(OFFICE["row"])]  # type: ignore[call-overload]


def shop() -> Head:
    """The workshop's own paper."""
    return make_head(shop_row(), home(), "workshop")


def head_of(who: Issuer, role: str, abroad: float = 0.0) -> Head:
    """The ``role`` sender of ``who`` (the same for the same issuer and workshop), of the
    workshop's country or, with odds ``abroad``, of another."""
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
    """A round rubber stamp: two rings, the wording inside, a cross or star in the middle."""
    ring(p, cx, cy, r)
    ring(p, cx, cy, r - 3)
    pt = shrink(top, "Helvetica", 6.5, r * 1.5)
    p.text(cx, cy - r * 0.45, fit(top, "Helvetica", pt, r * 1.5), "Helvetica", pt, "center")
    pt2 = shrink(mid, "Helvetica", 6.5, r * 1.4)
    p.text(cx, cy + r * 0.62, fit(mid, "Helvetica", pt2, r * 1.4), "Helvetica", pt2, "center")
    p.line(cx, cy - 8, cx, cy + 8)
    p.line(cx - 5, cy - 3, cx + 5, cy - 3)


def emblem(p: Page, x: float, y: float) -> None:
    """A small crest: a shield outline with bars."""
    p.line(x, y, x + 22, y)
    p.line(x, y, x, y + 16)
    p.line(x + 22, y, x + 22, y + 16)
    p.line(x, y + 16, x + 11, y + 26)
    p.line(x + 22, y + 16, x + 11, y + 26)
    for k in range(3):
        p.rect(x + 4 + k * 5.5, y + 4, 3, 12, fill=0.2)


def pipe_flat(p: Page, x: float, y: float, n: int = 7, pw: float = 5.0) -> float:
    """An organ-builder's mark: a flat of front pipes, tallest in the middle, on a base line;
    returns its width. ``y`` is the base line."""
    mid = (n - 1) / 2
    for k in range(n):
        tall = 30 - abs(k - mid) * 6
        px = x + k * (pw + 2)
        p.rect(px, y - tall, pw, tall)
        p.line(px + 1, y - tall * 0.3, px + pw - 1, y - tall * 0.3)
        p.line(px, y - tall * 0.3 + 3, px + pw / 2, y - tall * 0.3)
    p.rect(x - 3, y, n * (pw + 2) + 4, 3, fill=0.2)
    return n * (pw + 2) + 2


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
            p.text(m + 32, yy, fit(t, f_, pt, w * 0.62 - m), f_, pt)
            yy += 12
        p.text(m + 32, yy, fit(where, h.font, 7, w / 2 - m), h.font, 7)
        return yy + 34
    if h.look == "pipes":
        pw = pipe_flat(p, m, y + 18)
        name = h.name.split(",")[0]
        pt = shrink(name, h.bold, s.size + 6, w - 2 * m - pw - 10)
        p.text(m + pw + 10, y + 4, name, h.bold, pt)
        sub = tr(
            h.lang,
            "Organ building - Restoration - Tuning and maintenance",
            "Orgelbau - Restaurierung - Stimmung und Wartung",
            "Facture d'orgues - Restauration - Relevage - Accord",
        )
        it = italic_of(h.font)
        p.text(m + pw + 10, y + 15, fit(sub, it, 7.5, w - 2 * m - pw - 10), it, 7.5)
        line2 = f"{where}  {contact}"
        p.text(m + pw + 10, y + 24, fit(line2, h.font, 6.8, w - 2 * m - pw - 10), h.font, 6.8)
        p.line(m, y + 30, w - m, y + 30)
        return y + 50
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
        bw = min(w - 2 * m, 260.0)
        p.rect(m, y - 12, bw, 38)
        p.text(m + 6, y + 2, fit(h.name, h.bold, s.size + 1.5, bw - 12), h.bold, s.size + 1.5)
        p.text(m + 6, y + 13, fit(where, h.font, 7, bw - 12), h.font, 7)
        if contact:
            p.text(m + 6, y + 22, fit(contact, h.font, 7, bw - 12), h.font, 7)
        return y + 46
    if h.look == "side":
        pt = shrink(h.name, h.bold, s.size + 4, w * 0.62 - m)
        p.text(m, y + 4, fit(h.name, h.bold, pt, w * 0.62 - m), h.bold, pt)
        x = w - m
        yy = y - 6
        for t in (h.street, h.town, tel, h.mail):
            if t:
                p.text(x, yy, fit(t, h.font, 7, w * 0.33), h.font, 7, "right")
                yy += 8.5
        return max(yy, y + 20) + 22
    pt = shrink(h.name, h.bold, s.size + 3, w * 0.6 - m)
    p.text(m, y + 2, fit(h.name, h.bold, pt, w * 0.6 - m), h.bold, pt)
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
    parts = [t for t in parts if t not in ("Dr", "KMD", "Mrs", "Mr", "FRCO")] or ["X"]
    text = f"{parts[0][0]}{parts[-1][:8]}" if len(parts) > 1 else parts[0][:9]
    p.text(x + 2, y - 1, text, INK, pt)
    end = x + 6 + tw(text, INK, pt)
    p.line(end - 4, y - 2, end + 12, y - 9)
    p.line(x, y + 2, end - 8, y + 1)


def received(rng: random.Random, p: Page, d: date, odds: float = 0.35) -> None:
    """Now and then the workshop's received stamp on the first page."""
    if rng.random() < odds:
        w, _ = p.size
        lg = home()
        stamp(
            p,
            w - rng.uniform(150, 210),
            rng.uniform(70, 160),
            [
                tr(lg, "RECEIVED", "EINGEGANGEN", "REÇU LE"),
                short(d + timedelta(days=rng.randint(1, 5)), lg),
                rng.choice(
                    {
                        "en": ["Office", "Accounts", "Workshop"],
                        "de": ["Büro", "Buchhaltung", "erl."],
                        "fr": ["Secrétariat", "Compta", "Atelier"],
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
        f.page,
        s,
        h if h.look in ("plain", "band", "letter", "official", "pipes") else None,
        y0,
        lines,
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
            ["Yours sincerely", "With kind regards", "Yours faithfully"][len(name) % 3],
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
        f.page.text(
            m,
            f.y + s.size * 1.3,
            fit(role, s.font, s.size - 1, f.size[0] - 2 * m),
            s.font,
            s.size - 1,
        )
    f.y += s.size * 3


def head_lines(h: Head, att: str = "") -> list[str]:
    return [h.name, *([att] if att else []), h.street, h.town]


def row_lines(row: Row, att: str = "") -> list[str]:
    return [row[0], *([att] if att else []), row[1], row[2]]


def shop_lines(att: str = "") -> list[str]:
    return head_lines(shop(), att)


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
    """A signature line with its caption under it, signed by hand if ``name``."""
    if name:
        scrawl(p, x + 6, y - 3, name, 12)
    p.line(x, y, x + w, y)
    p.text(x, y + 9, fit(label, s.font, 7, w), s.font, 7)


def copy_mark(p: Page, lang: str) -> None:
    """The 'file copy' mark a workshop prints on its own copy of an outgoing paper."""
    w, _ = p.size
    t = tr(lang, "FILE COPY", "DURCHSCHRIFT", "DUPLICATA")
    p.text(w - 30, 24, t, "Helvetica-Bold", 8, "right")


def inv_no(rng: random.Random, lang: str, prefix: str = "") -> str:
    y = month().year
    return {
        "en": f"{prefix or 'INV'}-{rng.randint(2100, 4999)}",
        "de": f"{prefix or 'RE'} {y}-{rng.randint(100, 999)}",
        "fr": f"{prefix or 'F'}{y}{rng.randint(100, 999):04d}",
    }[lang]


def organ_fields(p: Page, s: Style, y: float, o: Organ, lg: str, w: float) -> float:
    """The instrument block of a workshop form: location, builder, size, action."""
    return fields(
        p,
        s,
        s.margin,
        y,
        w - 2 * s.margin,
        [
            (
                tr(lg, "Instrument / location", "Instrument / Standort", "Instrument / lieu"),
                o.place,
            ),
            (tr(lg, "Builder and year", "Erbauer und Baujahr", "Facteur et année"), o.builder),
            (
                tr(lg, "Manuals / speaking stops", "Manuale / Register", "Claviers / jeux"),
                f"{o.manuals} / {o.stops}",
            ),
            (tr(lg, "Action", "Traktur", "Transmission"), o.action),
        ],
        per=2,
        tall=24,
        hand=False,
    )


# ---------------------------------------------------------------------------------------------
# Templates CCCCC: the workshop's own paper to its clients
# ---------------------------------------------------------------------------------------------

CONTRACT_CLAUSES = {
    "en": [
        "Scope of the agreement",
        "Tuning visits",
        "Access, heating and lighting",
        "Repairs outside the agreement",
        "Fees and annual review",
        "Liability and insurance",
        "Term and notice",
    ],
    "de": [
        "Gegenstand des Vertrages",
        "Stimm- und Wartungstermine",
        "Zugang, Heizung und Beleuchtung",
        "Reparaturen außerhalb des Vertrages",
        "Vergütung und Anpassung",
        "Haftung",
        "Laufzeit und Kündigung",
    ],
    "fr": [
        "Objet du contrat",
        "Visites d'accord et d'entretien",
        "Accès, chauffage et éclairage",
        "Travaux hors contrat",
        "Rémunération et révision",
        "Responsabilité et assurance",
        "Durée, reconduction et résiliation",
    ],
}


def tpl_tuning_contract(rng: random.Random, who: Issuer) -> list[Page]:
    """The workshop's tuning and maintenance agreement with a parish, commune, school or hall:
    parties, the instrument fields, numbered clauses, the schedule of visits (often on a
    landscape page) and the signature page with the client's seal; the countersigned copy."""
    h = shop()
    lg = h.lang
    size = keyed(who, "size").choice([A4, A4, LETTER] if lg == "en" else [A4])
    s = style_of(h, size)
    w, _hh = size
    m = s.margin
    o = organ_of(client_of(who), lg)
    d = some_day(rng)
    title = tr(
        lg,
        "ORGAN TUNING AND MAINTENANCE AGREEMENT",
        "Wartungs- und Stimmvertrag",
        "CONTRAT D'ENTRETIEN ET D'ACCORD D'ORGUE",
    )
    no = serial(rng, {"en": "TM/99/999", "de": "WV-999", "fr": "CE 9999-99"}[lg])
    f = sheets(s, h, f"{title} - {o.place} - {no}")
    f.y += 6
    pt = shrink(title, s.bold, s.size + 5, w - 2 * m)
    f.page.text(w / 2, f.y, title, s.bold, pt, "center")
    f.y += 16
    f.page.text(w / 2, f.y, f"No. {no}", s.font, s.size - 1, "center")
    f.y += 22
    write(f, s, tr(lg, "between", "zwischen", "entre"), s.size - 1)
    for ln in [*row_lines(o.client)[:1], f"{o.client[1]}, {o.client[2]}"]:
        write(f, s, ln, s.size, indent=20)
    write(
        f,
        s,
        tr(
            lg,
            '(hereinafter "the Client")  and',
            '- nachfolgend "Auftraggeber" genannt -  und',
            "ci-après dénommé « le client », et",
        ),
        s.size - 1,
    )
    write(f, s, f"{h.name}, {h.street}, {h.town}", s.size, indent=20)
    write(
        f,
        s,
        tr(
            lg,
            '(hereinafter "the Builder")',
            '- nachfolgend "Orgelbauer" genannt -',
            "ci-après « le facteur ».",
        ),
        s.size - 1,
    )
    f.y += 4
    f.y = organ_fields(f.page, s, f.y, o, lg, w)
    visits = rng.choice([1, 2, 2, 3, 4])
    fee = rng.choice([185.0, 240.0, 290.0, 345.0, 420.0]) * (1 + o.manuals * 0.25)
    for k, head in enumerate(CONTRACT_CLAUSES[lg]):
        f.heading(m, f"{k + 1}. {head}", s.bold, s.size)
        text = prose(rng, lg, "legal", 2, 4)
        if k == 1:
            text = (
                tr(
                    lg,
                    "The Builder will visit the instrument "
                    f"{visits} time(s) a year as set out in the "
                    "schedule of visits. ",
                    f"Der Orgelbauer stimmt und wartet das Instrument {visits}x jährlich gemäß "
                    "Terminplan (Anlage). ",
                    f"Le facteur effectue {visits} visite(s) par an selon le calendrier annexé. ",
                )
                + text
            )
        if k == 4:
            text = (
                tr(
                    lg,
                    f"The fee is {cash(fee, lg)} per visit plus VAT and travel. ",
                    f"Die Vergütung beträgt {cash(fee, lg)} je Termin zzgl. USt. und Fahrtkosten. ",
                    f"La rémunération est de {cash(fee, lg)} HT par visite, déplacement en sus. ",
                )
                + text
            )
        for para in [text] + ([prose(rng, lg, "legal", 1, 3)] if rng.random() < 0.4 else []):
            f.para(m + 12, w - 2 * m - 12, para, s.font, s.size - 0.5)
    pages = f.pages
    # the schedule of visits: landscape or portrait, a month grid
    land = rng.random() < 0.6
    ps = landscape(A4) if land else size
    ss = paper(s, ps, margin=44 if land else m)
    sch = Page(ps)
    pw, _ph = ps
    y = ss.margin
    sch.text(
        ss.margin,
        y,
        tr(lg, "SCHEDULE OF VISITS", "Anlage 1: Terminplan", "ANNEXE - CALENDRIER DES VISITES"),
        s.bold,
        12,
    )
    y += 14
    sch.text(ss.margin, y, fit(f"{o.place} - {no}", s.font, 8, pw - 2 * ss.margin), s.font, 8)
    y += 22
    mons = {
        "en": "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec",
        "de": "Jan Feb Mrz Apr Mai Jun Jul Aug Sep Okt Nov Dez",
        "fr": "jan fév mar avr mai jun jul aoû sep oct nov déc",
    }[lg].split()
    spec: list[tuple[float, str]] = [(3.2, "left")] + [(0.55, "center")] * 12 + [(1.1, "right")]
    cols = columns(ss.margin, pw - ss.margin, spec)
    for c, t in zip(
        cols,
        [tr(lg, "Work", "Leistung", "Prestation"), *mons, tr(lg, "Fee", "Betrag", "Montant")],
        strict=True,
    ):
        cell(sch, c, y, t, s.bold, 7.5)
    sch.line(ss.margin, y + 5, pw - ss.margin, y + 5)
    y += 16
    months = sorted(rng.sample(range(12), visits))
    kinds = [
        (
            tr(
                lg,
                "Full tuning and regulation",
                "Hauptstimmung und Regulierung",
                "Accord général et réglages",
            ),
            months[:1],
            fee * 1.6,
        ),
        (
            tr(
                lg,
                "Reed tuning and check",
                "Zungenstimmung / Durchsicht",
                "Accord des anches, vérification",
            ),
            months[1:],
            fee,
        ),
        (
            tr(
                lg,
                "Blower and wind system check",
                "Gebläse- und Windanlagenprüfung",
                "Contrôle ventilateur et alimentation",
            ),
            months[:1],
            0.0,
        ),
        (
            tr(
                lg,
                "Christmas / Easter touch-up",
                "Nachstimmung vor Festtagen",
                "Retouche avant les fêtes",
            ),
            [11] if rng.random() < 0.5 else [],
            fee * 0.5,
        ),
    ]
    for t, ms, v in kinds:
        cell(sch, cols[0], y, t, s.font, 7.5)
        for k in range(12):
            cx = (cols[k + 1][0] + cols[k + 1][1]) / 2 - 3.5
            box(sch, cx, y, k in ms, 7)
        cell(
            sch, cols[-1], y, money(v, lg) if v else tr(lg, "incl.", "inkl.", "inclus"), s.font, 7.5
        )
        sch.line(ss.margin, y + 5, pw - ss.margin, y + 5)
        y += 18
    y += 10
    for ln in wrap(prose(rng, lg, "legal", 1, 2), s.font, 7.5, pw - 2 * ss.margin):
        sch.text(ss.margin, y, ln, s.font, 7.5)
        y += 10
    pages.append(sch)
    # signature page
    sp = Page(size)
    y = m + 20
    sp.text(
        m,
        y,
        tr(lg, "Signed on behalf of the parties", "Unterschriften", "Signatures des parties"),
        s.bold,
        s.size + 1,
    )
    y += 30
    for ln in wrap(prose(rng, lg, "legal", 1, 2), s.font, s.size - 1, w - 2 * m):
        sp.text(m, y, ln, s.font, s.size - 1)
        y += s.size * 1.35
    y += 30
    cw = (w - 2 * m - 30) / 2
    where = tr(lg, "Place, date", "Ort, Datum", "Fait à")
    sp.text(m, y, f"{where}: {h.town.split(' ', 1)[-1]}, {short(d, lg)}", HAND, 9)
    if lg == "fr":
        sp.text(m + cw + 30, y + 24, "Lu et approuvé, bon pour accord", HAND, 9)
    sign_line(
        sp,
        s,
        m,
        y + 30,
        cw,
        tr(lg, "For the Builder", "Für den Orgelbauer", "Pour le facteur"),
        staff("master"),
    )
    client_sig = person(f"client/{o.client[0]}")
    d2 = d + timedelta(days=rng.randint(3, 30))
    sp.text(m + cw + 30, y, f"{where}: {short(d2, lg)}", HAND, 9)
    y += 30
    signed = rng.random() < 0.85
    sign_line(
        sp,
        s,
        m + cw + 30,
        y + 30,
        cw,
        tr(
            lg,
            "For the Client (churchwarden / secretary)",
            "Für den Auftraggeber (Kirchenvorstand)",
            "Pour le client (le maire / le curé)",
        ),
        client_sig if signed else "",
    )
    if signed:
        hand(sp, m + cw + 30, y + 52, client_sig, 8.5)
        if rng.random() < 0.7:
            seal(
                sp,
                m + cw + 30 + cw * 0.7,
                y + 5,
                28,
                o.client[0].split(" - ")[0].split(",")[0].upper()[:30],
                o.client[2].split(" ", 1)[-1].upper(),
            )
    pages.append(sp)
    pages = close(pages, s, h)
    remember(o, d)
    return pages


def tpl_visit_report(rng: random.Random, who: Issuer) -> list[Page]:
    """The tuner's visit report sheet (service report, Stimmprotokoll, rapport de visite): a
    printed form on A5 or A4 filled in by hand, tick boxes by division, temperature and
    humidity, faults found and work done, the organist's or churchwarden's signature; now and
    then a second sheet listing the defects."""
    h = shop()
    lg = h.lang
    size = keyed(who, "vsize").choice([A5, A5, A4, landscape(A5)])
    s = style_of(h, size, margin=30 if size[0] < 500 else 44, pt=8)
    w, hh = size
    m = s.margin
    if after(("tuning_contract",)) and isinstance(LAST["client"], Organ):
        o = LAST["client"]
        d = last_day(rng, ("tuning_contract",), (7, 40))
    else:
        role = rng.choice(["parish", "parish", "hall"])
        o = organ_of(rng.choice(SENDERS[role][lg]), lg)
        d = some_day(rng)
    assert isinstance(o, Organ)
    p = Page(size)
    y = heading(p, s, h)
    title = tr(
        lg, "ORGAN SERVICE REPORT", "STIMM- UND WARTUNGSPROTOKOLL", "RAPPORT DE VISITE D'ENTRETIEN"
    )
    p.text(m, y, title, s.bold, 11)
    p.text(w - m, y, f"No. {rng.randint(1000, 9999)}", "Courier-Bold", 9, "right")
    y += 10
    tuner = staff(rng.choice(["journeyman", "journeyman2", "voicer", "master"]))
    t_in = rng.randint(8, 13)
    y = fields(
        p,
        s,
        m,
        y,
        w - 2 * m,
        [
            (tr(lg, "Church / hall", "Kirche / Saal", "Édifice"), o.place),
            (tr(lg, "Date", "Datum", "Date"), short(d, lg)),
            (tr(lg, "Tuner", "Orgelbauer", "Intervenant"), tuner),
            (
                tr(lg, "Time on site", "Arbeitszeit", "Horaires"),
                f"{t_in}:{rng.choice(['00', '15', '30'])} - "
                f"{t_in + rng.randint(2, 7)}:{rng.choice(['00', '30', '45'])}",
            ),
            (tr(lg, "Temperature", "Temperatur", "Température"), f"{rng.randint(9, 21)} °C"),
            (
                tr(lg, "Rel. humidity", "rel. Luftfeuchte", "Hygrométrie"),
                f"{rng.randint(38, 78)} %",
            ),
        ],
        per=3 if w > 450 else 2,
        tall=22,
    )
    divs = [*[dv for dv, _ in STOPS[lg]][: o.manuals], STOPS[lg][-1][0]]
    works = [
        tr(lg, "Flues tuned", "Labiale gestimmt", "Fonds accordés"),
        tr(lg, "Reeds tuned", "Zungen gestimmt", "Anches accordées"),
        tr(lg, "Action checked", "Traktur geprüft", "Mécanique vérifiée"),
        tr(lg, "Ciphers", "Heuler", "Cornements"),
    ]
    cols = columns(m, w - m, [(2.2, "left")] + [(1.3, "center")] * len(works))
    for c, t in zip(cols, [tr(lg, "Division", "Werk", "Plan"), *works], strict=True):
        cell(p, c, y, t, s.bold, 7)
    p.line(m, y + 4, w - m, y + 4)
    y += 14
    for dv in divs:
        cell(p, cols[0], y, dv, s.font, 7.5)
        for k in range(len(works)):
            cx = (cols[k + 1][0] + cols[k + 1][1]) / 2 - 3.5
            box(p, cx, y, rng.random() < (0.15 if k == 3 else 0.75), 7)
        y += 13
    y += 6
    for lab in (
        tr(lg, "Faults found", "Festgestellte Mängel", "Anomalies constatées"),
        tr(lg, "Work carried out", "Ausgeführte Arbeiten", "Travaux effectués"),
        tr(lg, "Recommendations", "Empfehlungen", "Préconisations"),
    ):
        if y > hh - m - 80:
            break
        p.text(m, y, lab, s.bold, 7.5)
        y += 11
        n_lines = 2 if hh < 500 else 3
        text = words(rng, lg, "organ", rng.randint(10, 22))
        lines = wrap(text, HAND, 9, w - 2 * m - 10)[:n_lines]
        for k in range(n_lines):
            p.line(m, y + 3, w - m, y + 3)
            if k < len(lines) and rng.random() < 0.9:
                hand(p, m + 4, y, lines[k], 9, w - 2 * m - 10)
            y += 13
        y += 4
    y = max(y + 10, hh - m - 40)
    cw = (w - 2 * m - 20) / 2
    sign_line(p, s, m, y, cw, tr(lg, "Tuner", "Orgelbauer", "Le technicien"), tuner)
    who_signs = person(f"organist/{o.client[0]}")
    sign_line(
        p,
        s,
        m + cw + 20,
        y,
        cw,
        tr(lg, "Organist / churchwarden", "Organist/in / Küster/in", "Organiste / représentant"),
        who_signs if rng.random() < 0.8 else "",
    )
    pages = [p]
    if rng.random() < 0.22:
        q = Page(size)
        yy = m
        q.text(
            m,
            yy,
            tr(
                lg,
                "Defects list (continued)",
                "Mängelliste (Fortsetzung)",
                "Liste des défauts (suite)",
            ),
            s.bold,
            9,
        )
        yy += 18
        for k in range(rng.randint(4, 9)):
            stop = rng.choice(rng.choice(STOPS[lg][: o.manuals + 1])[1])
            note = f"{k + 1}. {stop}: {words(rng, lg, 'organ', rng.randint(4, 8))}"
            for ln in wrap(note, HAND, 9, w - 2 * m)[:2]:
                hand(q, m, yy, ln, 9)
                yy += 13
            yy += 3
        pages.append(q)
    remember(o, d)
    return pages


def tpl_service_invoice(rng: random.Random, who: Issuer) -> list[Page]:
    """The workshop's invoice (file copy) for tuning visits and small repairs under an
    agreement, or for concert tunings after a hall's order: lines with visits, hours,
    materials and travel."""
    h = shop()
    lg = h.lang
    s = style_of(h, A4)
    w, _hh = A4
    m = s.margin
    order = LAST["extra"] if after(("hall_order",)) else None
    if isinstance(order, tuple):
        o = organ_of(order[0], lg)
        d = last_day(rng, ("hall_order",), (20, 45))
    elif rng.random() < 0.5 and not after(("service_invoice",)):
        o = organ_for(rng, who, ())
        d = some_day(rng)
    else:
        o = organ_of(rng.choice(SENDERS[rng.choice(["parish", "parish", "hall"])][lg]), lg)
        d = some_day(rng)
    f = sheets(s, h, tr(lg, "Invoice", "Rechnung", "Facture"))
    no = inv_no(rng, lg)
    refs = [(tr(lg, "Invoice no.", "Rechnung Nr.", "Facture n°"), no)]
    if isinstance(order, tuple):
        refs.append((tr(lg, "Your order", "Ihre Bestellung", "Votre commande"), str(order[1])))
    else:
        refs.append((tr(lg, "Customer", "Kunden-Nr.", "Client"), serial(keyed(who, "c"), "K9999")))
    recipient(
        f,
        s,
        h,
        row_lines(
            o.client, tr(lg, "The Treasurer", "Rendantur / Kirchenpflege", "Service comptabilité")
        ),
        d,
        refs,
    )
    caption(f, s, tr(lg, "INVOICE", "RECHNUNG", "FACTURE"), 4)
    write(
        f,
        s,
        f"{tr(lg, 'Instrument', 'Instrument', 'Instrument')}: {o.place} ({o.builder})",
        s.size - 0.5,
    )
    rows: list[list[str]] = []
    net = 0.0
    if isinstance(order, tuple):
        for dd in order[2]:
            v = float(order[3])
            rows.append(
                [
                    short(dd, lg),
                    tr(
                        lg,
                        "Concert tuning, concert grand",
                        "Konzertstimmung Flügel",
                        "Accord de concert, piano de concert",
                    ),
                    "1",
                    money(v, lg),
                ]
            )
            net += v
    else:
        rate = rng.choice([48.0, 55.0, 62.0, 68.0])
        for _ in range(rng.randint(1, 3)):
            dd = month() - timedelta(days=rng.randint(5, 60))
            v = rng.choice([210.0, 265.0, 320.0, 385.0]) * (1 + 0.2 * o.manuals)
            rows.append(
                [
                    short(dd, lg),
                    tr(
                        lg,
                        "Tuning visit as agreement",
                        "Stimmung/Wartung lt. Vertrag",
                        "Visite d'accord selon contrat",
                    ),
                    "1",
                    money(v, lg),
                ]
            )
            net += v
        if rng.random() < 0.6:
            hrs = rng.choice([1.5, 2, 3, 4.5])
            rows.append(
                [
                    short(d, lg),
                    tr(
                        lg,
                        "Additional labour (cipher, pallet spring)",
                        "Zusatzarbeiten (Heuler, Ventilfeder)",
                        "Main d'oeuvre suppl. (cornement)",
                    ),
                    f"{hrs:g} h",
                    money(hrs * rate, lg),
                ]
            )
            net += hrs * rate
        if rng.random() < 0.5:
            v = rng.choice([12.5, 18.0, 27.4, 44.0])
            rows.append(
                [
                    "",
                    tr(
                        lg,
                        "Materials (leather, felt, springs)",
                        "Material (Leder, Filz, Federn)",
                        "Fournitures (peau, feutre, ressorts)",
                    ),
                    "",
                    money(v, lg),
                ]
            )
            net += v
        km = rng.randint(18, 140)
        rows.append(
            [
                "",
                tr(lg, f"Travel {km} miles", f"Fahrtkosten {km} km", f"Déplacement {km} km"),
                "",
                money(km * 0.45, lg),
            ]
        )
        net += km * 0.45
    cols = columns(m, w - m, [(1.2, "left"), (4, "left"), (0.8, "right"), (1.3, "right")])
    table(
        f,
        cols,
        [
            tr(lg, "Date", "Datum", "Date"),
            tr(lg, "Description", "Leistung", "Désignation"),
            tr(lg, "Qty", "Menge", "Qté"),
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
            "Payment within 30 days please, quoting the invoice number. Thank you.",
            "Zahlbar innerhalb von 14 Tagen ohne Abzug. "
            "Leistungsdatum = Rechnungsdatum, soweit nicht angegeben.",
            "Règlement à 30 jours par virement ou mandat "
            "administratif. Pas d'escompte pour paiement anticipé.",
        ),
        s.size - 1.5,
    )
    pages = close(f.pages, s, h)
    copy_mark(pages[0], lg)
    remember(o, d)
    return pages


WORKS = {
    "en": [
        "Wind system and reservoirs",
        "Soundboards and windchests",
        "Key and stop action",
        "Console and pedalboard",
        "Flue pipework",
        "Reed pipework",
        "Casework and front pipes",
        "Voicing, regulation and tuning",
    ],
    "de": [
        "Windanlage und Bälge",
        "Windladen",
        "Spiel- und Registertraktur",
        "Spieltisch und Pedalklaviatur",
        "Labialpfeifen",
        "Zungenpfeifen",
        "Gehäuse und Prospektpfeifen",
        "Intonation, Regulierung und Stimmung",
    ],
    "fr": [
        "Alimentation et réservoirs",
        "Sommiers",
        "Transmissions des notes et des jeux",
        "Console et pédalier",
        "Tuyauterie à bouche",
        "Tuyauterie d'anches",
        "Buffet et tuyaux de façade",
        "Harmonisation, réglages et accord",
    ],
}


def spec_rows(rng: random.Random, o: Organ, lg: str) -> list[tuple[str, list[str]]]:
    """The stop list of ``o``: its manuals' divisions and the pedal, trimmed to its size."""
    divs = [*STOPS[lg][: o.manuals], STOPS[lg][-1]]
    share = max(1, o.stops // len(divs))
    return [
        (dv, stops[: max(2, min(len(stops), share + rng.randint(-1, 2)))]) for dv, stops in divs
    ]


def tpl_restoration_tender(rng: random.Random, who: Issuer) -> list[Page]:
    """The workshop's restoration estimate or tender behind a covering letter: the existing
    specification by division (two columns), the numbered works with a price for each, the
    price summary, the payment stages and terms and a form of acceptance."""
    h = shop()
    lg = h.lang
    s = style_of(h, A4)
    w, _hh = A4
    m = s.margin
    o = organ_of(client_of(who), lg)
    d = some_day(rng)
    ref = serial(rng, {"en": "EST 99/999", "de": "KV 999/99", "fr": "DV 99-999"}[lg])
    contact = person(f"client/{o.client[0]}")
    pages: list[Page] = []
    if rng.random() < 0.75:
        f = sheets(s, h)
        recipient(
            f,
            s,
            h,
            row_lines(o.client, mx(contact, lg)),
            d,
            [(tr(lg, "Our ref", "Unser Zeichen", "Notre réf."), ref)],
        )
        caption(
            f,
            s,
            tr(
                lg,
                f"Restoration of the organ - {o.place}",
                f"Restaurierung der Orgel - {o.place}",
                f"Restauration de l'orgue - {o.place}",
            ),
            1,
        )
        write(f, s, dear(lg, contact))
        for _ in range(rng.randint(2, 3)):
            write(f, s, prose(rng, lg, "organ", 2, 4))
        write(
            f,
            s,
            tr(
                lg,
                "Enclosures: estimate, specification, terms",
                "Anlagen: Kostenvoranschlag, Disposition, Bedingungen",
                "P.J. : devis, composition, conditions",
            ),
            s.size - 1,
        )
        regards(f, s, lg, staff("master"), role_title("master", lg))
        pages += close(f.pages, s, h, numbers="none")
    title = tr(lg, "ESTIMATE FOR RESTORATION", "KOSTENVORANSCHLAG", "DEVIS DE RESTAURATION")
    g = sheets(s, h, f"{title} {ref} - {o.place}")
    caption(g, s, title, 5)
    write(g, s, f"{o.place} - {o.builder} - {tr(lg, 'ref.', 'Nr.', 'réf.')} {ref}", s.size)
    g.y = organ_fields(g.page, s, g.y, o, lg, w)
    g.heading(
        m,
        tr(lg, "Existing specification", "Bestehende Disposition", "Composition actuelle"),
        s.bold,
        s.size + 1,
    )
    divs = spec_rows(rng, o, lg)
    cw = (w - 2 * m) / 2
    y0 = g.y
    ys = [y0, y0]
    for k, (dv, stops) in enumerate(divs):
        c = 0 if ys[0] <= ys[1] else 1
        x = m + c * cw
        yy = ys[c]
        g.page.text(x, yy, dv, s.bold, s.size - 0.5)
        yy += s.size * 1.4
        for t in stops:
            g.page.text(x + 10, yy, t, s.font, s.size - 1)
            yy += (s.size - 1) * 1.35
        ys[c] = yy + 8
        del k
    g.y = max(ys) + 4
    cpl = tr(
        lg,
        "Couplers: Sw-Gt, Gt-Ped, Sw-Ped",
        "Koppeln: II-I, I-P, II-P",
        "Accouplements : Réc/G.O., tirasses G.O. et Réc.",
    )
    write(g, s, cpl, s.size - 1)
    g.heading(
        m,
        tr(lg, "Proposed works", "Leistungsbeschreibung", "Description des travaux"),
        s.bold,
        s.size + 1,
    )
    items = rng.sample(WORKS[lg], rng.randint(4, 8))
    prices = []
    for k, t in enumerate(items):
        v = float(rng.randint(18, 160) * 100) * (0.6 + 0.35 * o.manuals)
        prices.append(v)
        g.need(60)
        g.page.text(m, g.y, f"{k + 1}.", s.bold, s.size)
        g.page.text(m + 18, g.y, t, s.bold, s.size)
        g.page.text(w - m, g.y, cash(v, lg), s.bold, s.size, "right")
        g.y += s.size * 1.5
        g.para(m + 18, w - 2 * m - 90, prose(rng, lg, "organ", 1, 3), s.font, s.size - 1)
    g.heading(m, tr(lg, "Summary", "Zusammenstellung", "Récapitulatif"), s.bold, s.size + 1)
    cols = columns(m, w - m, [(0.5, "left"), (4, "left"), (1.5, "right")])
    table(
        g,
        cols,
        ["", tr(lg, "Section", "Titel", "Lot"), tr(lg, "Amount", "Betrag", "Montant HT")],
        [[str(k + 1), t, money(v, lg)] for k, (t, v) in enumerate(zip(items, prices, strict=True))],
        s,
    )
    net = sum(prices)
    totals(
        g,
        s,
        lg,
        net,
        vat_rate(lg) if lg != "en" else 0.0,
        note={
            "en": "Works to a listed place of worship: VAT may be reclaimed under the Listed "
            "Places of Worship Grant Scheme.",
            "de": "Preise gültig drei Monate ab Angebotsdatum; Fahrt- und Übernachtungskosten "
            "der Monteure sind enthalten.",
            "fr": "TVA au taux normal ; prix fermes et non révisables pendant trois mois.",
        }[lg],
    )
    pages_g = g.pages
    # terms page
    if rng.random() < 0.7:
        t = Page(A4)
        y = m
        t.text(
            m,
            y,
            tr(
                lg,
                "Terms and payment stages",
                "Bedingungen und Zahlungsplan",
                "Conditions et échéancier",
            ),
            s.bold,
            s.size + 2,
        )
        y += 24
        stages = [
            (30, tr(lg, "on acceptance of the estimate", "bei Auftragserteilung", "à la commande")),
            (
                40,
                tr(
                    lg,
                    "on removal to the workshop",
                    "nach Abbau und Transport in die Werkstatt",
                    "au démontage",
                ),
            ),
            (30, tr(lg, "on completion and handover", "nach Abnahme", "à la réception")),
        ]
        for pct, when in stages:
            t.text(m + 10, y, f"{pct} %", s.bold, s.size)
            t.text(m + 60, y, when, s.font, s.size)
            t.text(w - m, y, cash(net * pct / 100, lg), s.font, s.size, "right")
            y += s.size * 1.6
        y += 10
        for k in range(rng.randint(4, 7)):
            for ln in wrap(
                f"{k + 1}. {words(rng, lg, 'legal', rng.randint(14, 30))}",
                s.font,
                s.size - 1,
                w - 2 * m,
            ):
                t.text(m, y, ln, s.font, s.size - 1)
                y += (s.size - 1) * 1.4
            y += 4
        pages_g.append(t)
    # acceptance
    if rng.random() < 0.6:
        a = Page(A4)
        y = m + 10
        a.text(
            w / 2,
            y,
            tr(lg, "FORM OF ACCEPTANCE", "AUFTRAGSERTEILUNG", "BON POUR ACCORD"),
            s.bold,
            13,
            "center",
        )
        y += 30
        for ln in wrap(
            tr(
                lg,
                f"We accept estimate {ref} of {day(h, d)} for the restoration "
                f"of the organ at {o.place} in the sum of {cash(net, lg)}.",
                "Hiermit erteilen wir den Auftrag gemäß Kostenvoranschlag "
                f"{ref} vom {day(h, d)} über {cash(net, lg)} netto.",
                f"Nous acceptons le devis {ref} du {day(h, d)} d'un montant de {cash(net, lg)} HT.",
            ),
            s.font,
            s.size,
            w - 2 * m,
        ):
            a.text(m, y, ln, s.font, s.size)
            y += s.size * 1.5
        y += 20
        y = fields(
            a,
            s,
            m,
            y,
            w - 2 * m,
            [
                (tr(lg, "Name", "Name", "Nom"), ""),
                (tr(lg, "Position", "Funktion", "Qualité"), ""),
                (tr(lg, "Date", "Datum", "Date"), ""),
                (tr(lg, "Signature", "Unterschrift", "Signature"), ""),
            ],
            per=2,
            tall=34,
        )
        pages_g.append(a)
    pages += close(pages_g, s, h)
    remember(o, d, (ref, net))
    return pages


def tpl_adviser_report(rng: random.Random, who: Issuer) -> list[Page]:
    """The diocesan or state organ adviser's report on a tender (Gutachten des
    Orgelsachverständigen, avis du technicien-conseil) to the parish, copied to the builder:
    the instrument, the proposals, comments in numbered paragraphs and a recommendation."""
    h = head_of(who, "adviser")
    lg = h.lang
    s = style_of(h, A4)
    w, _ = A4
    m = s.margin
    ex = LAST["extra"]
    o = organ_for(rng, who, ("restoration_tender",))
    d = last_day(rng, ("restoration_tender",), (10, 45))
    f = sheets(s, h, tr(lg, f"Report - {o.place}", f"Gutachten - {o.place}", f"Avis - {o.place}"))
    contact = person(f"client/{o.client[0]}")
    recipient(f, s, h, row_lines(o.client, mx(contact, lg)), d, [])
    copy = tr(lg, f"cc: {shop().name}", f"nachrichtlich: {shop().name}", f"copie : {shop().name}")
    write(f, s, copy, s.size - 1.5)
    subj = tr(
        lg,
        f"Report on the tender for work to the organ, {o.place}",
        f"Gutachten zum Kostenvoranschlag - Orgel {o.place}",
        f"Avis sur le devis de restauration de l'orgue - {o.place}",
    )
    if isinstance(ex, tuple) and after(("restoration_tender",)):
        subj += f" ({ex[0]})"
    caption(f, s, subj, 1)
    n = 1
    for sec in (
        tr(lg, "The instrument", "Das Instrument", "L'instrument"),
        tr(lg, "The proposals", "Die vorgeschlagenen Maßnahmen", "Les propositions"),
        tr(lg, "Comments", "Stellungnahme", "Observations"),
        tr(lg, "Recommendation", "Empfehlung", "Conclusion"),
    ):
        f.heading(m, sec, s.bold, s.size + 0.5)
        for _ in range(
            rng.randint(1, 4) if sec != tr(lg, "Recommendation", "Empfehlung", "Conclusion") else 1
        ):
            f.need(30)
            f.page.text(m, f.y, f"{n}.", s.font, s.size)
            f.para(
                m + 22,
                w - 2 * m - 22,
                prose(rng, lg, rng.choice(["organ", "heritage"]), 2, 4),
                s.font,
                s.size,
            )
            n += 1
    regards(
        f,
        s,
        lg,
        h.name.split(",")[0].split(" - ")[-1],
        tr(
            lg,
            "Diocesan Organ Adviser",
            "Orgelsachverständiger",
            "Technicien-conseil pour les orgues",
        ),
    )
    pages = close(f.pages, s, h)
    received(rng, pages[0], d)
    remember(o, d)
    return pages


def tpl_stage_invoice(rng: random.Random, who: Issuer) -> list[Page]:
    """The workshop's stage payment invoice for a restoration contract (Abschlagsrechnung,
    situation de travaux with the retention): contract sum, works done to date, less
    previous stages, this stage; now and then a statement of the stages on a second page."""
    h = shop()
    lg = h.lang
    s = style_of(h, A4)
    w, _hh = A4
    m = s.margin
    if after(("stage_invoice",)):
        o = organ_of(rng.choice(SENDERS["parish"][lg]), lg)
    else:
        o = organ_of(client_of(who, ("parish",)), lg)
    d = some_day(rng)
    contract = float(rng.randint(45, 420) * 1000)
    stage = rng.randint(1, 4)
    done = min(0.95, 0.2 * stage + rng.uniform(0.0, 0.15))
    prev = max(0.0, done - rng.uniform(0.12, 0.25))
    f = sheets(s, h, tr(lg, "Stage payment", "Abschlagsrechnung", "Situation de travaux"))
    no = inv_no(rng, lg, {"en": "SP", "de": "AR", "fr": "S"}[lg])
    recipient(
        f,
        s,
        h,
        row_lines(o.client),
        d,
        [
            (tr(lg, "Invoice no.", "Rechnung Nr.", "Facture n°"), no),
            (tr(lg, "Contract", "Auftrag", "Marché"), serial(keyed(who, "k"), "99/999")),
        ],
    )
    caption(
        f,
        s,
        tr(
            lg,
            f"STAGE PAYMENT No. {stage}",
            f"{stage}. ABSCHLAGSRECHNUNG",
            f"SITUATION DE TRAVAUX N° {stage}",
        ),
        3,
    )
    write(
        f,
        s,
        tr(lg, "Restoration of the organ", "Restaurierung der Orgel", "Restauration de l'orgue")
        + f": {o.place}",
        s.size,
    )
    ret = 0.05 if lg == "fr" else (0.03 if lg == "en" else 0.0)
    rows = [
        (tr(lg, "Contract sum", "Auftragssumme netto", "Montant du marché HT"), contract),
        (
            tr(
                lg,
                f"Value of work done to date ({done * 100:.0f} %)",
                f"Leistungsstand {done * 100:.0f} %",
                f"Travaux exécutés à ce jour ({done * 100:.0f} %)",
            ),
            contract * done,
        ),
    ]
    if ret:
        rows.append(
            (
                tr(
                    lg,
                    f"Less retention {ret * 100:g} %",
                    "",
                    f"Retenue de garantie {ret * 100:g} %",
                ),
                -contract * done * ret,
            )
        )
    rows.append(
        (
            tr(
                lg,
                "Less previous payments",
                "abzgl. bisherige Abschläge",
                "Déduction des situations précédentes",
            ),
            -contract * prev * (1 - ret),
        )
    )
    net = contract * (done - prev) * (1 - ret)
    rows.append((tr(lg, "This stage, net", "Abschlag netto", "Montant de la situation HT"), net))
    for t, v in rows:
        f.need(20)
        f.page.text(m + 10, f.y, t, s.font, s.size)
        f.page.text(w - m, f.y, money(v, lg), s.font, s.size, "right")
        f.page.line(m, f.y + 4, w - m, f.y + 4)
        f.y += s.size * 1.9
    totals(f, s, lg, round(net, 2), vat_rate(lg) if lg != "en" else 0.0)
    write(f, s, prose(rng, lg, "money", 1, 2), s.size - 1.5)
    if lg == "fr":
        f.need(80)
        f.y += 10
        f.page.rect(m, f.y, w - 2 * m, 60)
        f.page.text(m + 6, f.y + 12, "Visa du maître d'ouvrage / de l'architecte", s.bold, 8)
        f.page.text(m + 6, f.y + 26, "Bon pour paiement le : ........................", s.font, 8)
        f.y += 70
    pages = f.pages
    if rng.random() < 0.35:
        q = Page(A4)
        y = m
        q.text(
            m,
            y,
            tr(
                lg,
                "Statement of stage payments",
                "Aufstellung der Abschlagszahlungen",
                "Récapitulatif des situations",
            ),
            s.bold,
            s.size + 2,
        )
        y += 24
        cols = columns(m, w - m, [(0.6, "left"), (1.5, "left"), (2, "right"), (2, "right")])
        for c, t in zip(
            cols,
            [
                "No.",
                tr(lg, "Date", "Datum", "Date"),
                tr(lg, "Amount", "Betrag", "Montant"),
                tr(lg, "Paid", "bezahlt", "Réglé"),
            ],
            strict=True,
        ):
            cell(q, c, y, t, s.bold, 8)
        y += 14
        for k in range(1, stage + 1):
            v = contract * 0.2
            dd = add_months(month(), -2 * (stage - k))
            cell(q, cols[0], y, str(k), s.font, 8)
            cell(q, cols[1], y, short(dd, lg), s.font, 8)
            cell(q, cols[2], y, money(v, lg), s.font, 8)
            cell(q, cols[3], y, money(v, lg) if k < stage else "-", s.font, 8)
            y += 13
        pages.append(q)
    pages = close(pages, s, h)
    copy_mark(pages[0], lg)
    remember(o, d)
    return pages


# ---------------------------------------------------------------------------------------------
# Templates CCCCC: suppliers
# ---------------------------------------------------------------------------------------------


def supplier_invoice(
    rng: random.Random,
    h: Head,
    size: tuple[float, float],
    title: str,
    head: list[str],
    spec: list[tuple[float, str]],
    rows: list[list[str]],
    net: float,
    extra: list[tuple[str, str]],
) -> tuple[list[Page], Style, date]:
    """The common body of a supplier's invoice to the workshop: window address, references,
    a table of lines and the totals; returns the pages (not yet closed), the style and date."""
    lg = h.lang
    s = style_of(h, size)
    w, _ = size
    m = s.margin
    d = some_day(rng)
    f = sheets(s, h, f"{h.name} - {title}")
    recipient(
        f,
        s,
        h,
        shop_lines(),
        d,
        [(tr(lg, "Invoice no.", "Rechnung Nr.", "Facture n°"), inv_no(rng, lg)), *extra],
    )
    caption(f, s, title, 4)
    table(f, columns(m, w - m, spec), head, rows, s, rules=rng.random() < 0.5)
    foreign = lg != home()
    if foreign and lg != "en" and home() != "en":
        label = tr(
            lg,
            "",
            "Steuerfreie innergemeinschaftliche Lieferung",
            "Exonération de TVA, art. 262 ter I du CGI",
        )
        totals(f, s, lg, round(net, 2), 0.0, note=label)
    elif foreign:
        totals(
            f,
            s,
            lg,
            round(net, 2),
            0.0,
            note=tr(
                lg,
                "Zero-rated export",
                "Ausfuhrlieferung, steuerfrei",
                "Exportation, exonération de TVA",
            ),
        )
    else:
        totals(f, s, lg, round(net, 2), vat_rate(lg))
    write(
        f,
        s,
        tr(
            lg,
            "Terms: 30 days net.",
            "Zahlbar innerhalb 30 Tagen netto, 2 % Skonto bei Zahlung binnen 10 Tagen.",
            "Paiement à 30 jours fin de mois. Pénalités de retard : 3 "
            "fois le taux d'intérêt légal ; indemnité forfaitaire 40 €.",
        ),
        s.size - 1.5,
    )
    return f.pages, s, d


def tpl_metal_invoice(rng: random.Random, who: Issuer) -> list[Page]:
    """A pipe metal supplier's invoice (tin and lead ingots, cast pipe metal sheet by alloy,
    the metal surcharge on the day's price) with the certificate of analysis behind it."""
    h = head_of(who, "metal", abroad=0.3)
    lg = h.lang
    lots = []
    rows = []
    net = 0.0
    tin = rng.uniform(24.0, 33.0)
    for _ in range(rng.randint(2, 6)):
        pct = rng.choice([0, 15, 30, 45, 75, 90, 99.9])
        kg = float(rng.choice([25, 50, 75, 100, 150, 250]))
        if pct == 99.9:
            what = tr(lg, "Tin ingots Sn 99.9", "Zinnbarren Sn 99,9", "Lingots d'étain Sn 99,9")
        elif pct == 0:
            what = tr(lg, "Lead ingots Pb 99.97", "Weichblei Pb 99,97", "Plomb doux Pb 99,97")
        else:
            what = tr(
                lg,
                f"Cast pipe metal sheet {pct}% tin",
                f"Orgelmetall gegossen {pct} % Zinn",
                f"Étoffe coulée {pct} % étain",
            )
        price = (pct / 100 * tin + (1 - pct / 100) * 2.4) + rng.uniform(1.5, 4.0)
        lot = serial(rng, "L99999")
        lots.append((lot, pct))
        rows.append([lot, what, f"{kg:g} kg", money(price, lg), money(kg * price, lg)])
        net += kg * price
    sur = round(net * rng.uniform(0.02, 0.06), 2)
    rows.append(
        [
            "",
            tr(
                lg,
                f"Metal surcharge (LME tin {money(tin * 1000, lg)}/t)",
                f"Metallzuschlag (Zinn LME {money(tin * 1000, lg)}/t)",
                f"Surcharge métal (étain LME {money(tin * 1000, lg)}/t)",
            ),
            "",
            "",
            money(sur, lg),
        ]
    )
    net += sur
    title = tr(lg, "INVOICE", "RECHNUNG", "FACTURE")
    pages, s, d = supplier_invoice(
        rng,
        h,
        A4,
        title,
        [
            "Lot",
            tr(lg, "Material", "Artikel", "Désignation"),
            tr(lg, "Qty", "Menge", "Qté"),
            tr(lg, "Price/kg", "Preis/kg", "Prix/kg"),
            tr(lg, "Amount", "Betrag", "Montant"),
        ],
        [(0.9, "left"), (3.6, "left"), (0.9, "right"), (1, "right"), (1.2, "right")],
        rows,
        net,
        [(tr(lg, "Delivery note", "Lieferschein", "BL n°"), serial(rng, "999999"))],
    )
    # certificate of analysis
    w, _hh = A4
    m = s.margin
    c = Page(A4)
    y = heading(c, s, h)
    c.text(
        w / 2,
        y,
        tr(
            lg,
            "CERTIFICATE OF ANALYSIS",
            "WERKSZEUGNIS 3.1 nach EN 10204",
            "CERTIFICAT D'ANALYSE 3.1",
        ),
        s.bold,
        12,
        "center",
    )
    y += 26
    cols = columns(m, w - m, [(1, "left")] + [(0.8, "right")] * 7)
    for cc, t in zip(
        cols, ["Lot", "Sn %", "Pb %", "Cu %", "Sb %", "Bi %", "As %", "Fe %"], strict=True
    ):
        cell(c, cc, y, t, s.bold, 8)
    c.line(m, y + 5, w - m, y + 5)
    y += 16
    for lot, pct in lots:
        sn = pct + rng.uniform(-0.3, 0.3) if 0 < pct < 99 else (99.92 if pct else 0.01)
        vals = [f"{sn:.2f}", f"{max(0.0, 100 - sn - 0.1):.2f}"] + [
            f"{rng.uniform(0.001, 0.05):.3f}" for _ in range(5)
        ]
        for cc, t in zip(cols, [lot, *vals], strict=True):
            cell(c, cc, y, t, "Courier", 8)
        y += 13
    y += 14
    for ln in wrap(
        tr(
            lg,
            "We hereby certify that the material supplied has been analysed "
            "by optical emission spectrometry and complies with the order.",
            "Wir bestätigen, dass die gelieferten Erzeugnisse den Vereinbarungen "
            "bei der Bestellung entsprechen. Analyse: Funkenspektrometrie.",
            "Nous certifions que les produits livrés sont conformes à "
            "la commande. Analyse par spectrométrie d'émission optique.",
        ),
        s.font,
        8.5,
        w - 2 * m,
    ):
        c.text(m, y, ln, s.font, 8.5)
        y += 12
    y += 30
    sign_line(
        c,
        s,
        m,
        y,
        180,
        tr(lg, "Quality control", "Qualitätsstelle", "Contrôle qualité"),
        person(f"qc/{h.name}", lg),
    )
    stamp(c, w - m - 170, y - 30, [tr(lg, "QUALITY", "GEPRÜFT", "CONTRÔLÉ"), short(d, lg)])
    pages.append(c)
    pages = close(pages, s, h)
    received(rng, pages[0], d)
    remember(None, d)
    return pages


def tpl_timber_invoice(rng: random.Random, who: Issuer) -> list[Page]:
    """A timber merchant's invoice with the cutting list (species, grade, dimensions, volume)
    and, now and then, the yard's delivery note slip signed on collection behind it."""
    h = head_of(who, "timber")
    lg = h.lang
    species = {
        "en": [
            "English oak, quarter-sawn",
            "Sitka spruce",
            "Yellow pine",
            "Pearwood",
            "Maple",
            "Mahogany (FSC)",
        ],
        "de": [
            "Eiche, Riftschnitt",
            "Fichte, Tonholz",
            "Kiefer, astfrei",
            "Birnbaum",
            "Bergahorn",
            "Mahagoni (FSC)",
        ],
        "fr": [
            "Chêne, débit sur quartier",
            "Épicéa de résonance",
            "Pin sylvestre",
            "Poirier",
            "Érable sycomore",
            "Acajou (FSC)",
        ],
    }[lg]
    rows = []
    net = 0.0
    for _ in range(rng.randint(2, 7)):
        sp = rng.choice(species)
        th, wd, ln = (
            rng.choice([20, 27, 34, 40, 52, 65]),
            rng.choice([150, 180, 220, 260, 300]),
            rng.choice([2000, 2500, 3000, 3600, 4200]),
        )
        n = rng.randint(2, 14)
        vol = th * wd * ln * n / 1e9
        rate = rng.uniform(900, 3800)
        rows.append(
            [
                sp,
                f"{th} x {wd} x {ln}",
                str(n),
                f"{vol:.3f}",
                money(rate, lg),
                money(vol * rate, lg),
            ]
        )
        net += vol * rate
    if rng.random() < 0.5:
        v = rng.choice([35.0, 60.0, 85.0])
        rows.append(
            [
                tr(lg, "Machining / planing", "Hobeln / Zuschnitt", "Corroyage / délignage"),
                "",
                "",
                "",
                "",
                money(v, lg),
            ]
        )
        net += v
    pages, s, d = supplier_invoice(
        rng,
        h,
        A4,
        tr(lg, "SALES INVOICE", "RECHNUNG", "FACTURE"),
        [
            tr(lg, "Species / grade", "Holzart / Güte", "Essence / choix"),
            "mm",
            tr(lg, "Pcs", "Stk", "Pcs"),
            "m³",
            tr(lg, "Rate/m³", "Preis/m³", "Prix/m³"),
            tr(lg, "Amount", "Betrag", "Montant"),
        ],
        [(3, "left"), (1.6, "left"), (0.5, "right"), (0.8, "right"), (1, "right"), (1.1, "right")],
        rows,
        net,
        [(tr(lg, "Account", "Kunden-Nr.", "Compte"), serial(keyed(who, "acc"), "99999"))],
    )
    if rng.random() < 0.6:
        ss = paper(s, SLIP, margin=14, pt=7.5)
        q = Page(SLIP)
        w, _hh = SLIP
        y = heading(q, ss, h)
        q.text(
            w / 2,
            y,
            tr(lg, "DELIVERY / COLLECTION NOTE", "LIEFERSCHEIN", "BON DE LIVRAISON"),
            "Helvetica-Bold",
            9,
            "center",
        )
        y += 14
        q.text(
            14,
            y,
            f"No. {serial(rng, '999999')}   {short(d - timedelta(days=rng.randint(1, 9)), lg)}",
            "Courier",
            7.5,
        )
        y += 14
        for r in rows:
            for ln in wrap(f"{r[2]} x {r[0]} {r[1]}", "Courier", 7, w - 28)[:2]:
                q.text(14, y, ln, "Courier", 7)
                y += 9
        y += 10
        q.text(
            14,
            y,
            tr(lg, "Received in good order:", "Ware vollständig erhalten:", "Reçu en bon état :"),
            "Helvetica",
            7,
        )
        y += 24
        scrawl(q, 18, y, staff(rng.choice(["journeyman", "apprentice"])), 11)
        q.line(14, y + 2, w - 14, y + 2)
        y += 14
        q.text(
            14,
            y,
            tr(lg, "Vehicle reg.", "Kennzeichen", "Immatriculation")
            + f": {serial(rng, 'AA99 AAA')}",
            "Courier",
            7,
        )
        pages.append(q)
    pages = close(pages, s, h)
    received(rng, pages[0], d)
    remember(None, d)
    return pages


def tpl_supplies_invoice(rng: random.Random, who: Issuer) -> list[Page]:
    """An organ supplies house's invoice for leather, felt, cloth, springs, glue and small
    parts, by catalogue number; long orders run over pages with a running header; now and
    then the terms of sale on a page behind."""
    h = head_of(who, "supplies", abroad=0.35)
    lg = h.lang
    items = {
        "en": [
            "White alum-tawed sheepskin, pouch grade",
            "Bellows leather (horse), per sq ft",
            "Zephyr skin, thin",
            "Pallet felt 3 mm, per m",
            "Bushing cloth red 1.2 mm",
            "Phosphor bronze pallet springs",
            "Brass tracker wires 1.2 mm",
            "Hide glue pearls, 1 kg",
            "Ivorine key slips",
            "Walnut stop knobs, engraved",
            "Leather nuts, 100 pcs",
            "Sponge rubber 5 mm",
        ],
        "de": [
            "Weißgegerbtes Schafleder, Bälgchen",
            "Balgleder Pferd, je qdm",
            "Zephyrleder dünn",
            "Ventilfilz 3 mm, lfd. m",
            "Garniertuch rot 1,2 mm",
            "Ventilfedern Phosphorbronze",
            "Messingdraht 1,2 mm",
            "Knochenleim Perlen, 1 kg",
            "Registerschilder Porzellan",
            "Registerknöpfe Nussbaum, graviert",
            "Lederpuppen, 100 Stk",
            "Moosgummi 5 mm",
        ],
        "fr": [
            "Peau de mouton mégissée, gousset",
            "Peau de cheval pour soufflets",
            "Baudruche fine",
            "Feutre de soupape 3 mm, le m",
            "Drap de garniture rouge 1,2 mm",
            "Ressorts de soupape bronze",
            "Fil laiton 1,2 mm",
            "Colle d'os en perles, 1 kg",
            "Étiquettes porcelaine",
            "Pommeaux de tirants noyer gravés",
            "Écrous cuir, 100 pièces",
            "Caoutchouc mousse 5 mm",
        ],
    }[lg]
    rows = []
    net = 0.0
    for _ in range(rng.choice([3, 5, 8, 14, 22, 30])):
        it = rng.choice(items)
        q = rng.randint(1, 40)
        pr = rng.uniform(1.2, 95.0)
        rows.append(
            [
                serial(rng, rng.choice(["AA-9999", "99.999", "9999/99"])),
                it,
                str(q),
                money(pr, lg),
                money(q * pr, lg),
            ]
        )
        net += q * pr
    v = rng.choice([9.5, 14.0, 22.5])
    rows.append(["", tr(lg, "Carriage", "Versandkosten", "Frais de port"), "", "", money(v, lg)])
    net += v
    size = keyed(who, "size").choice([A4, A4, LETTER] if lg == "en" else [A4])
    pages, s, d = supplier_invoice(
        rng,
        h,
        size,
        tr(lg, "INVOICE", "RECHNUNG", "FACTURE"),
        [
            tr(lg, "Cat. no.", "Art.-Nr.", "Réf."),
            tr(lg, "Description", "Bezeichnung", "Désignation"),
            tr(lg, "Qty", "Menge", "Qté"),
            tr(lg, "Unit", "E-Preis", "P.U."),
            tr(lg, "Total", "Gesamt", "Total"),
        ],
        [(1, "left"), (4, "left"), (0.6, "right"), (0.9, "right"), (1, "right")],
        rows,
        net,
        [
            (
                tr(lg, "Your order", "Ihre Bestellung", "Votre commande"),
                f"{staff('master').split()[-1][:3].upper()}/{rng.randint(10, 99)}",
            )
        ],
    )
    if rng.random() < 0.3:
        heads = {
            "en": ["Orders", "Prices", "Delivery", "Risk and title", "Returns", "Payment", "Law"],
            "de": [
                "Geltung",
                "Preise",
                "Lieferung",
                "Eigentumsvorbehalt",
                "Mängelrüge",
                "Zahlung",
                "Gerichtsstand",
            ],
            "fr": [
                "Commandes",
                "Prix",
                "Livraison",
                "Réserve de propriété",
                "Retours",
                "Paiement",
                "Juridiction",
            ],
        }[lg]
        pages.append(
            small_print(
                rng,
                paper(s, size),
                h,
                tr(
                    lg,
                    "Conditions of Sale",
                    "Allgemeine Verkaufs- und Lieferbedingungen",
                    "Conditions générales de vente",
                ),
                heads,
            )
        )
    pages = close(pages, s, h)
    received(rng, pages[0], d)
    remember(None, d)
    return pages


def tpl_reed_confirmation(rng: random.Random, who: Issuer) -> list[Page]:
    """A reed or flue pipe maker's order confirmation for new stops (Auftragsbestätigung,
    accusé de réception de commande): the stops ordered with compass, material and price,
    delivery time, and the scale table on a landscape page."""
    h = head_of(who, "pipes", abroad=0.4)
    lg = h.lang
    s = style_of(h, A4)
    w, _hh = A4
    m = s.margin
    d = some_day(rng)
    o = organ_for(rng, who, ("restoration_tender", "adviser_report"))
    f = sheets(s, h)
    no = serial(rng, "AB 99-999")
    recipient(
        f,
        s,
        h,
        shop_lines(mx(staff("voicer"), lg)),
        d,
        [(tr(lg, "Confirmation", "Auftragsbestätigung", "Confirmation"), no)],
    )
    caption(
        f,
        s,
        tr(lg, "ORDER CONFIRMATION", "AUFTRAGSBESTÄTIGUNG", "ACCUSÉ DE RÉCEPTION DE COMMANDE"),
        3,
    )
    write(f, s, f"{tr(lg, 'Project', 'Projekt', 'Chantier')}: {o.place}")
    write(f, s, prose(rng, lg, "organ", 1, 2))
    reeds = [
        t
        for _, stops in STOPS[lg]
        for t in stops
        if any(
            k in t
            for k in (
                "Trumpet",
                "Trompet",
                "Oboe",
                "Hautbois",
                "Clarinet",
                "Krummhorn",
                "Cromorne",
                "Posaune",
                "Trombone",
                "Bombarde",
                "Cornopean",
                "Clairon",
                "humaine",
            )
        )
    ]
    chosen = rng.sample(reeds, min(len(reeds), rng.randint(1, 3)))
    rows = []
    net = 0.0
    for t in chosen:
        pr = float(rng.randint(48, 140) * 100)
        comp = "C-g3" if "16" not in t else "C-f1"
        mat = tr(
            lg, "tin 70%, brass shallots", "Zinn 70 %, Messingkehlen", "étain 70 %, anches laiton"
        )
        rows.append([t, comp, mat, money(pr, lg)])
        net += pr
    cols = columns(m, w - m, [(2, "left"), (0.9, "left"), (2.6, "left"), (1.1, "right")])
    table(
        f,
        cols,
        [
            tr(lg, "Stop", "Register", "Jeu"),
            tr(lg, "Compass", "Umfang", "Étendue"),
            tr(lg, "Construction", "Ausführung", "Facture"),
            tr(lg, "Price", "Preis", "Prix"),
        ],
        rows,
        s,
    )
    totals(f, s, lg, net, vat_rate(lg) if lg == home() else 0.0)
    write(
        f,
        s,
        tr(
            lg,
            f"Delivery: approx. {rng.randint(8, 20)} weeks. 30% deposit on confirmation.",
            f"Lieferzeit: ca. {rng.randint(8, 20)} Wochen. "
            "Anzahlung 30 % nach Erhalt dieser Bestätigung.",
            f"Délai : environ {rng.randint(8, 20)} semaines. Acompte de 30 % à la commande.",
        ),
        s.size - 1,
    )
    regards(f, s, lg, person(f"pm/{h.name}", lg), "")
    pages = f.pages
    # the scale table, landscape
    ps = landscape(A4)
    pw, _ph = ps
    sc = Page(ps)
    y = 44.0
    sc.text(
        44,
        y,
        tr(lg, f"Scales - {chosen[0]}", f"Mensuren - {chosen[0]}", f"Diapasons - {chosen[0]}"),
        s.bold,
        11,
    )
    sc.text(pw - 44, y, no, "Courier", 8, "right")
    y += 22
    notes = ["C", "F", "c0", "f0", "c1", "f1", "c2", "f2", "c3", "g3"]
    cols = columns(44, pw - 44, [(1.2, "left")] + [(1, "right")] * len(notes))
    for c, t in zip(cols, ["", *notes], strict=True):
        cell(sc, c, y, t, s.bold, 8)
    sc.line(44, y + 5, pw - 44, y + 5)
    y += 16
    base = rng.uniform(95, 160)
    wind = float(rng.choice([68, 75, 80, 85, 95]))
    for lab, scale, halve in (
        (tr(lg, "Resonator top dia. mm", "Becher oben Ø mm", "Pavillon Ø haut mm"), 1.0, 4.5),
        (tr(lg, "Resonator length mm", "Becherlänge mm", "Longueur pavillon mm"), 16.0, 2.0),
        (tr(lg, "Shallot dia. mm", "Kehle Ø mm", "Anche Ø mm"), 0.16, 6.0),
        (tr(lg, "Tongue thickness mm", "Zungenblatt mm", "Languette mm"), 0.006, 5.0),
        (tr(lg, "Wind pressure mm WG", "Winddruck mm WS", "Pression mm CE"), 0.0, 0.0),
    ):
        cell(sc, cols[0], y, lab, s.font, 8)
        for k in range(len(notes)):
            v = base * scale * 0.5 ** (k / halve) if halve else wind
            cell(sc, cols[k + 1], y, f"{v:.1f}" if v >= 1 else f"{v:.2f}", "Courier", 8)
        sc.line(44, y + 5, pw - 44, y + 5)
        y += 16
    y += 14
    for ln in wrap(prose(rng, lg, "organ", 1, 2), s.font, 8, pw - 88):
        sc.text(44, y, ln, s.font, 8)
        y += 11
    pages.append(sc)
    pages = close(pages, s, h)
    received(rng, pages[0], d)
    remember(o, d)
    return pages


# ---------------------------------------------------------------------------------------------
# Templates CCCCC: consents, faculties and grants
# ---------------------------------------------------------------------------------------------


def numbered(
    f: Sheets, s: Style, rng: random.Random, lg: str, n: int, topic: str, lead: str = ""
) -> None:
    """``n`` numbered paragraphs with a hanging number."""
    w, _ = f.size
    m = s.margin
    for k in range(n):
        f.need(30)
        f.page.text(m, f.y, f"{lead}{k + 1}{'.' if not lead else ''}", s.font, s.size)
        f.para(m + 28, w - 2 * m - 28, prose(rng, lg, topic, 1, 3), s.font, s.size)


def tpl_listed_consent(rng: random.Random, who: Issuer) -> list[Page]:
    """A heritage consent for work to a listed or classé instrument: the council's listed
    building consent decision notice, the Untere Denkmalschutzbehörde's denkmalrechtliche
    Erlaubnis (Bescheid with Nebenbestimmungen, Begründung and Rechtsbehelfsbelehrung) or the
    préfet de région's arrêté with its articles; the notes on appeal on a page of their own."""
    h = head_of(who, "heritage")
    lg = h.lang
    s = style_of(h, A4)
    w, _hh = A4
    m = s.margin
    o = organ_of(client_of(who, ("parish", "hall")), lg)
    d = some_day(rng)
    ref = serial(rng, {"en": "99/99999/LBC", "de": "DS 99-999/99", "fr": "AMH-99-999"}[lg])
    f = sheets(s, h, f"{ref}")
    lines = row_lines(o.client) if rng.random() < 0.5 else shop_lines()
    recipient(f, s, h, lines, d, [(tr(lg, "Application no.", "Aktenzeichen", "Dossier"), ref)])
    if lg == "en":
        caption(f, s, "Planning (Listed Buildings and Conservation Areas) Act 1990", 0)
        caption(f, s, "LISTED BUILDING CONSENT - DECISION NOTICE", 3)
        write(
            f,
            s,
            f"Proposal: Dismantling, restoration and reinstatement of the pipe organ, {o.place}.",
        )
        write(f, s, f"Applicant: {o.client[0]}   Agent: {shop().name}")
        write(
            f,
            s,
            "The Council hereby GRANTS listed building consent for the "
            "works described above subject to the following conditions:",
            s.size,
            0,
        )
        f.heading(m, "Conditions", s.bold, s.size + 0.5)
        numbered(f, s, rng, lg, rng.randint(3, 6), "heritage")
        f.heading(m, "Reasons", s.bold, s.size + 0.5)
        numbered(f, s, rng, lg, rng.randint(1, 3), "heritage")
    elif lg == "de":
        caption(f, s, "Denkmalrechtliche Erlaubnis", 3)
        write(f, s, f"Vorhaben: Restaurierung der Orgel ({o.builder}), {o.place}")
        write(f, s, f"Antragsteller: {o.client[0]}; ausführender Betrieb: {shop().name}")
        f.heading(m, "I. Entscheidung", s.bold, s.size + 0.5)
        write(
            f,
            s,
            "Die beantragte Erlaubnis nach dem Denkmalschutzgesetz "
            "wird unter folgenden Nebenbestimmungen erteilt:",
        )
        numbered(f, s, rng, lg, rng.randint(3, 6), "heritage")
        f.heading(m, "II. Begründung", s.bold, s.size + 0.5)
        for _ in range(rng.randint(2, 3)):
            write(f, s, prose(rng, lg, "heritage", 2, 4))
        f.heading(m, "III. Kosten", s.bold, s.size + 0.5)
        write(
            f,
            s,
            "Für diese Entscheidung wird eine Gebühr von "
            f"{cash(float(rng.choice([50, 80, 120, 150])), lg)} festgesetzt.",
        )
    else:
        caption(f, s, "ARRÊTÉ", 4)
        write(
            f,
            s,
            "portant autorisation de travaux sur un objet mobilier classé au "
            f"titre des monuments historiques : orgue de tribune, {o.place}",
        )
        write(
            f,
            s,
            "Le préfet de la région, Vu le code du patrimoine, "
            "notamment ses articles L. 622-7 et R. 622-29 ; Vu "
            "la demande présentée par le propriétaire ; Vu "
            "l'avis du conservateur des monuments historiques ;",
        )
        caption(f, s, "ARRÊTE", 1)
        for k in range(rng.randint(3, 5)):
            f.heading(m, f"Article {k + 1}", s.bold, s.size)
            write(f, s, prose(rng, lg, "heritage", 1, 3))
    f.y += 10
    off = person(f"officer/{h.name}", lg)
    regards(
        f,
        s,
        lg,
        off,
        tr(
            lg,
            "for the Director of Planning",
            "Im Auftrag",
            "Pour le préfet et par délégation, le directeur régional des affaires culturelles",
        ),
    )
    pages = f.pages
    if rng.random() < 0.7:
        n = Page(A4)
        y = m
        n.text(
            m,
            y,
            tr(
                lg,
                "NOTES - Rights of appeal",
                "Rechtsbehelfsbelehrung",
                "Voies et délais de recours",
            ),
            s.bold,
            s.size + 2,
        )
        y += 22
        for _ in range(rng.randint(3, 6)):
            for ln in wrap(prose(rng, lg, "heritage", 2, 4), s.font, s.size - 1, w - 2 * m):
                n.text(m, y, ln, s.font, s.size - 1)
                y += (s.size - 1) * 1.4
            y += 8
        pages.append(n)
    pages = close(pages, s, h)
    received(rng, pages[0], d)
    remember(o, d)
    return pages


def tpl_faculty(rng: random.Random, who: Issuer) -> list[Page]:
    """A church authority's approval of the organ works: the diocesan registry's faculty (the
    chancellor's grant, a schedule of works and conditions) behind a registry covering letter,
    a kirchenaufsichtliche Genehmigung of the Landeskirchenamt or Ordinariat, or the
    commission diocésaine d'art sacré's opinion; the workshop files its copy."""
    h = head_of(who, "church")
    lg = h.lang
    s = style_of(h, A4)
    w, _hh = A4
    m = s.margin
    o = organ_of(client_of(who, ("parish",)), lg)
    d = some_day(rng)
    ref = serial(rng, {"en": "F99/999", "de": "AZ 99.9-999", "fr": "CDAS 99/99"}[lg])
    pages: list[Page] = []
    if lg == "en" and rng.random() < 0.7:
        f = sheets(s, h)
        recipient(f, s, h, row_lines(o.client, "The Churchwardens"), d, [("Our ref", ref)])
        caption(f, s, f"Faculty - {o.place}: restoration of the organ", 1)
        write(f, s, "Dear Churchwardens,")
        write(f, s, prose(rng, lg, "heritage", 2, 3))
        write(
            f, s, f"A copy has been sent to {shop().name} as the contractor named in the petition."
        )
        regards(f, s, lg, person(f"registrar/{h.name}", lg), "Deputy Registrar")
        pages += close(f.pages, s, h, numbers="none")
    g = sheets(s, h, ref)
    if lg == "en":
        caption(g, s, f"IN THE CONSISTORY COURT OF THE {h.name.split(' - ')[0].upper()}", 1)
        caption(g, s, "FACULTY", 6)
        write(g, s, f"Parish: {o.client[0]}.  Petitioners: the Incumbent and Churchwardens.")
        write(
            g,
            s,
            "WHEREAS the petitioners have applied for a faculty "
            "for the works described in the schedule, NOW "
            "THEREFORE the Chancellor grants a faculty for "
            "the said works subject to the conditions below.",
        )
        g.heading(m, "Schedule of works", s.bold, s.size + 0.5)
        numbered(g, s, rng, lg, rng.randint(2, 4), "organ")
        g.heading(m, "Conditions", s.bold, s.size + 0.5)
        numbered(g, s, rng, lg, rng.randint(2, 4), "heritage")
        write(
            g,
            s,
            "The works shall be completed within 12 months. Given "
            f"under the seal of the Chancellor this {day(h, d)}.",
        )
    elif lg == "de":
        recipient(g, s, h, row_lines(o.client), d, [("Aktenzeichen", ref)])
        caption(g, s, "Kirchenaufsichtliche Genehmigung", 3)
        write(
            g, s, f"Maßnahme: Restaurierung der Orgel, {o.place}; Kostenvoranschlag {shop().name}"
        )
        write(g, s, "Die Maßnahme wird unter den folgenden Auflagen kirchenaufsichtlich genehmigt:")
        numbered(g, s, rng, lg, rng.randint(3, 5), "heritage")
        write(g, s, prose(rng, lg, "money", 2, 3))
        write(g, s, f"nachrichtlich: {shop().name}; Orgelsachverständiger", s.size - 1)
    else:
        recipient(g, s, h, row_lines(o.client), d, [("Réf.", ref)])
        caption(g, s, "Avis de la Commission diocésaine d'art sacré", 3)
        write(
            g,
            s,
            f"Objet : projet de restauration de l'orgue, {o.place} (entreprise : {shop().name})",
        )
        for _ in range(rng.randint(2, 4)):
            write(g, s, prose(rng, lg, "heritage", 2, 4))
        caption(g, s, rng.choice(["AVIS FAVORABLE", "AVIS FAVORABLE SOUS RÉSERVE"]), 1)
    g.y += 20
    g.need(90)
    sig = person(f"chancellor/{h.name}", lg)
    scrawl(g.page, m, g.y + 20, sig)
    g.page.text(m, g.y + 34, sig, s.bold, s.size)
    g.page.text(
        m,
        g.y + 46,
        tr(
            lg,
            "Chancellor / Registrar",
            "Oberkirchenrat / Oberkirchenrätin",
            "Le président de la commission",
        ),
        s.font,
        s.size - 1,
    )
    seal(
        g.page,
        w - m - 70,
        g.y + 30,
        32,
        h.name.split(" - ")[0].upper()[:40],
        tr(lg, "REGISTRY", "SIEGEL", "DIOCÈSE"),
    )
    g.y += 70
    pages += close(g.pages, s, h)
    received(rng, pages[0], d, 0.25)
    remember(o, d)
    return pages


def tpl_grant_offer(rng: random.Random, who: Issuer) -> list[Page]:
    """A foundation's grant offer letter for an organ project, addressed to the parish or
    the workshop: the offer, the conditions of grant on a page of their own and the
    acceptance form to sign and return, now and then a payment claim form."""
    h = head_of(who, "foundation", abroad=0.1)
    lg = h.lang
    s = style_of(h, A4)
    w, hh = A4
    m = s.margin
    o = organ_of(client_of(who, ("parish", "parish", "hall")), home())
    d = some_day(rng)
    ref = serial(rng, {"en": "G99/999", "de": "F-99-999", "fr": "AP 99-999"}[lg])
    amount = float(rng.choice([2500, 4000, 5000, 7500, 10000, 15000, 20000, 30000]))
    to_shop = rng.random() < 0.35
    f = sheets(s, h, ref)
    contact = person(f"client/{o.client[0]}")
    recipient(
        f,
        s,
        h,
        shop_lines(mx(staff("master"), lg)) if to_shop else row_lines(o.client, mx(contact, lg)),
        d,
        [(tr(lg, "Grant ref.", "Förderkennzeichen", "Réf. dossier"), ref)],
    )
    caption(
        f,
        s,
        tr(
            lg,
            f"Offer of grant - organ at {o.place}",
            f"Förderzusage - Orgel {o.place}",
            f"Attribution d'une aide - orgue de {o.place}",
        ),
        1,
    )
    write(f, s, dear(lg, staff("master") if to_shop else contact))
    write(
        f,
        s,
        tr(
            lg,
            "I am pleased to tell you that the Trustees have offered a grant "
            f"of {cash(amount, lg)} towards the restoration of the organ.",
            "wir freuen uns, Ihnen mitteilen zu können, dass der Stiftungsrat "
            f"eine Zuwendung von bis zu {cash(amount, lg)} bewilligt hat.",
            "J'ai le plaisir de vous informer que le conseil d'administration "
            f"a décidé d'attribuer une aide de {cash(amount, lg)} au projet.",
        ),
    )
    for _ in range(rng.randint(1, 3)):
        write(f, s, prose(rng, lg, "money", 2, 3))
    write(
        f,
        s,
        tr(
            lg,
            "Please sign and return the enclosed acceptance form within two months.",
            "Bitte senden Sie die beigefügte Annahmeerklärung "
            "innerhalb von zwei Monaten unterschrieben zurück.",
            "Merci de nous retourner le formulaire d'acceptation signé sous deux mois.",
        ),
    )
    regards(
        f,
        s,
        lg,
        person(f"grants/{h.name}", lg),
        tr(lg, "Grants Officer", "Geschäftsführung", "Chargée de mission"),
    )
    pages = f.pages
    c = Page(A4)
    y = m
    c.text(
        m,
        y,
        tr(
            lg, "Conditions of grant", "Nebenbestimmungen zur Zuwendung", "Conditions d'attribution"
        ),
        s.bold,
        s.size + 3,
    )
    y += 24
    for k in range(rng.randint(6, 10)):
        for i, ln in enumerate(
            wrap(words(rng, lg, "money", rng.randint(16, 32)), s.font, s.size - 1, w - 2 * m - 20)
        ):
            if i == 0:
                c.text(m, y, f"{k + 1}.", s.bold, s.size - 1)
            c.text(m + 20, y, ln, s.font, s.size - 1)
            y += (s.size - 1) * 1.4
        y += 5
        if y > hh - m - 60:
            break
    pages.append(c)
    a = Page(A4)
    y = m
    a.text(
        w / 2,
        y,
        tr(lg, "ACCEPTANCE OF GRANT OFFER", "ANNAHMEERKLÄRUNG", "ACCEPTATION DE L'AIDE"),
        s.bold,
        13,
        "center",
    )
    y += 20
    a.text(w / 2, y, f"{h.name} - {ref}", s.font, 8.5, "center")
    y += 30
    for ln in wrap(
        tr(
            lg,
            f"We accept the offer of a grant of {cash(amount, lg)} on "
            f"the conditions set out in your letter of {day(h, d)}.",
            f"Wir nehmen die Zuwendung über {cash(amount, lg)} "
            f"zu den Nebenbestimmungen vom {day(h, d)} an.",
            f"Nous acceptons l'aide de {cash(amount, lg)} aux "
            f"conditions de votre courrier du {day(h, d)}.",
        ),
        s.font,
        s.size,
        w - 2 * m,
    ):
        a.text(m, y, ln, s.font, s.size)
        y += s.size * 1.5
    y += 14
    y = ticks(
        a,
        s,
        m,
        y,
        w - 2 * m,
        [
            tr(
                lg,
                "Funds in place for the balance",
                "Restfinanzierung gesichert",
                "Plan de financement bouclé",
            ),
            tr(lg, "Consents obtained", "Genehmigungen liegen vor", "Autorisations obtenues"),
        ],
        set(),
        9,
        3,
    )
    y = fields(
        a,
        s,
        m,
        y + 10,
        w - 2 * m,
        [
            (tr(lg, "Signed", "Unterschrift", "Signature"), ""),
            (tr(lg, "Name", "Name", "Nom"), ""),
            (tr(lg, "Position", "Funktion", "Qualité"), ""),
            (tr(lg, "Date", "Datum", "Date"), ""),
        ],
        per=2,
        tall=34,
    )
    pages.append(a)
    if rng.random() < 0.3:
        cl = Page(A4)
        y = m
        cl.text(
            m,
            y,
            tr(lg, "Payment claim form", "Mittelabruf", "Demande de versement"),
            s.bold,
            s.size + 3,
        )
        y += 20
        y = fields(
            cl,
            s,
            m,
            y,
            w - 2 * m,
            [
                (tr(lg, "Grant ref.", "Förderkennzeichen", "Réf."), ref),
                (tr(lg, "Amount claimed", "Abgerufener Betrag", "Montant demandé"), ""),
                (tr(lg, "Invoices enclosed", "Belege", "Factures jointes"), ""),
                (tr(lg, "Bank account", "Bankverbindung", "RIB"), ""),
            ],
            per=1,
            tall=30,
            hand=False,
        )
        pages.append(cl)
    pages = close(pages, s, h)
    received(rng, pages[0], d)
    remember(o, d)
    return pages


# ---------------------------------------------------------------------------------------------
# Templates CCCCC: moving instruments
# ---------------------------------------------------------------------------------------------


def tpl_transport_invoice(rng: random.Random, who: Issuer) -> list[Page]:
    """A specialist instrument mover's invoice (a piano, a chamber organ, a console or organ
    parts between church and workshop) with the job sheet signed at collection and delivery
    on A5 behind it."""
    h = head_of(who, "movers")
    lg = h.lang
    s = style_of(h, A4)
    w, _hh = A4
    m = s.margin
    d = some_day(rng)
    if after(("transport_invoice",)):
        o = organ_of(rng.choice(SENDERS[rng.choice(["parish", "hall"])][lg]), lg)
    else:
        o = organ_for(rng, who, ("restoration_tender", "stage_invoice", "listed_consent"))
    what = rng.choice(
        {
            "en": [
                "Chamber organ (box organ), 1 manual",
                "Console and pedalboard",
                "Soundboards (2) and reservoir",
                "Steinway model B grand piano",
                "Upright piano",
                "Pipework, 14 crates",
            ],
            "de": [
                "Truhenorgel, 1 Manual",
                "Spieltisch mit Pedal",
                "Windladen (2) und Magazinbalg",
                "Flügel Steinway B",
                "Klavier",
                "Pfeifenwerk, 14 Kisten",
            ],
            "fr": [
                "Orgue coffre, 1 clavier",
                "Console et pédalier",
                "Sommiers (2) et réservoir",
                "Piano à queue Steinway B",
                "Piano droit",
                "Tuyauterie, 14 caisses",
            ],
        }[lg]
    )
    f = sheets(s, h)
    no = inv_no(rng, lg)
    recipient(
        f,
        s,
        h,
        shop_lines(),
        d,
        [
            (tr(lg, "Invoice", "Rechnung", "Facture"), no),
            (tr(lg, "Job no.", "Auftrag", "Mission"), serial(rng, "J99999")),
        ],
    )
    caption(f, s, tr(lg, "INVOICE", "RECHNUNG", "FACTURE"), 3)
    a, b = (o.place, shop().town) if rng.random() < 0.5 else (shop().town, o.place)
    write(f, s, f"{tr(lg, 'From', 'Von', 'De')}: {a}   {tr(lg, 'To', 'Nach', 'À')}: {b}")
    rows = [[what, money(rng.choice([180.0, 260.0, 340.0, 480.0, 650.0]), lg)]]
    if rng.random() < 0.6:
        rows.append(
            [
                tr(
                    lg,
                    "Stairs / gallery surcharge",
                    "Treppen- / Emporenzuschlag",
                    "Supplément escalier / tribune",
                ),
                money(rng.choice([45.0, 80.0, 120.0]), lg),
            ]
        )
    if rng.random() < 0.4:
        rows.append([tr(lg, "Third man", "Dritter Träger", "Troisième porteur"), money(95.0, lg)])
    net = sum(
        float(r[1].replace(".", "").replace(" ", "").replace(",", "."))
        if lg != "en"
        else float(r[1].replace(",", ""))
        for r in rows
    )
    table(
        f,
        columns(m, w - m, [(5, "left"), (1.2, "right")]),
        [tr(lg, "Description", "Leistung", "Désignation"), tr(lg, "Amount", "Betrag", "Montant")],
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
            "Goods in transit cover up to £25,000 per item included.",
            "Transportversicherung bis 25.000 € je Stück inklusive.",
            "Assurance ad valorem incluse jusqu'à 25 000 € par objet.",
        ),
        s.size - 1.5,
    )
    pages = f.pages
    if rng.random() < 0.7:
        ps = landscape(A5)
        ss = paper(s, ps, margin=30, pt=8)
        q = Page(ps)
        pw, ph = ps
        y = heading(q, ss, h)
        q.text(
            30,
            y,
            tr(
                lg,
                "JOB SHEET / DELIVERY RECEIPT",
                "AUFTRAGSZETTEL / LIEFERQUITTUNG",
                "FICHE DE MISSION / BON DE LIVRAISON",
            ),
            "Helvetica-Bold",
            10,
        )
        y += 8
        y = fields(
            q,
            ss,
            30,
            y,
            pw - 60,
            [
                (tr(lg, "Collect from", "Abholung", "Enlèvement"), a),
                (tr(lg, "Deliver to", "Zustellung", "Livraison"), b),
                (tr(lg, "Item", "Objekt", "Objet"), what),
                (
                    tr(lg, "Date", "Datum", "Date"),
                    short(d - timedelta(days=rng.randint(1, 12)), lg),
                ),
                (
                    tr(lg, "Crew", "Team", "Équipe"),
                    f"{person(f'crew/{h.name}', lg).split()[0]} + {rng.randint(1, 2)}",
                ),
                (
                    tr(
                        lg, "Condition on collection", "Zustand bei Abholung", "État à l'enlèvement"
                    ),
                    rng.choice(
                        {
                            "en": ["ok", "scratch L side"],
                            "de": ["gut", "o.B."],
                            "fr": ["RAS", "bon"],
                        }[lg]
                    ),
                ),
            ],
            per=3,
            tall=26,
        )
        cw = (pw - 80) / 2
        sign_line(
            q,
            ss,
            30,
            ph - 54,
            cw,
            tr(lg, "Collected - signature", "Übergeben", "Remis par"),
            staff("journeyman"),
        )
        sign_line(
            q,
            ss,
            50 + cw,
            ph - 54,
            cw,
            tr(
                lg,
                "Received in good condition",
                "Erhalten in einwandfreiem Zustand",
                "Reçu en bon état",
            ),
            person(f"client/{o.client[0]}"),
        )
        pages.append(q)
    pages = close(pages, s, h)
    received(rng, pages[0], d)
    remember(o, d, ("move", d))
    return pages


def tpl_crane_hire(rng: random.Random, who: Issuer) -> list[Page]:
    """A crane hire firm's invoice for a contract or operated lift (organ parts into a
    gallery or out of a tower window) with the hire ticket (timesheet) on a narrow slip
    signed on site."""
    h = head_of(who, "crane")
    lg = h.lang
    s = style_of(h, A4)
    w, _hh = A4
    m = s.margin
    o = organ_for(rng, who, ("transport_invoice",))
    d = last_day(rng, ("transport_invoice",), (0, 4))
    crane = rng.choice(
        ["Liebherr LTM 1050-3.1", "Grove GMK3060", "Tadano AC 3.045-1", "Spierings SK599-AT5"]
    )
    hours = rng.choice([4, 4.5, 6, 8, 9.5])
    rate = rng.choice([95.0, 120.0, 145.0, 165.0])
    f = sheets(s, h, tr(lg, "Invoice", "Rechnung", "Facture"))
    no = inv_no(rng, lg)
    recipient(
        f,
        s,
        h,
        shop_lines(),
        d + timedelta(days=rng.randint(2, 9)),
        [
            (tr(lg, "Invoice", "Rechnung", "Facture"), no),
            (tr(lg, "Hire ticket", "Rapport-Nr.", "Bon n°"), serial(rng, "99999")),
        ],
    )
    caption(f, s, tr(lg, "INVOICE - CRANE HIRE", "RECHNUNG - KRANARBEITEN", "FACTURE - LEVAGE"), 3)
    write(
        f,
        s,
        f"{tr(lg, 'Site', 'Einsatzort', 'Chantier')}: {o.place} "
        f"  {tr(lg, 'Crane', 'Gerät', 'Grue')}: {crane}",
    )
    rows = [
        [
            tr(lg, "Mobilisation / travel", "An- und Abfahrt", "Amenée / repli"),
            "1",
            money(rate * 2, lg),
        ],
        [
            tr(
                lg,
                "Crane with operator, hours",
                "Kran mit Bediener, Std.",
                "Grue avec opérateur, heures",
            ),
            f"{hours:g}",
            money(rate * hours, lg),
        ],
    ]
    net = rate * (2 + hours)
    if rng.random() < 0.6:
        rows.append(
            [
                tr(
                    lg,
                    "Appointed person / lift plan",
                    "Einweiser / Hubplanung",
                    "Chef de manoeuvre / plan de levage",
                ),
                "1",
                money(185.0, lg),
            ]
        )
        net += 185.0
    if rng.random() < 0.4:
        rows.append(
            [
                tr(
                    lg,
                    "Road closure permit (council)",
                    "Straßensperrung Genehmigung",
                    "Arrêté de voirie",
                ),
                "1",
                money(120.0, lg),
            ]
        )
        net += 120.0
    table(
        f,
        columns(m, w - m, [(4, "left"), (0.7, "right"), (1.2, "right")]),
        [
            tr(lg, "Item", "Position", "Désignation"),
            tr(lg, "Qty", "Menge", "Qté"),
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
            "All work under CPA Conditions for the Hire of Plant.",
            "Es gelten unsere AGB für Kranarbeiten.",
            "Travaux réalisés selon nos conditions générales de location avec opérateur.",
        ),
        s.size - 1.5,
    )
    pages = f.pages
    ss = paper(s, SLIP, margin=14, pt=7.5)
    q = Page(SLIP)
    sw, _sh = SLIP
    y = heading(q, ss, h)
    q.text(
        sw / 2,
        y,
        tr(lg, "HIRE TICKET / TIMESHEET", "ARBEITSRAPPORT", "BON D'INTERVENTION"),
        "Helvetica-Bold",
        9,
        "center",
    )
    y += 16
    t0 = rng.randint(6, 9)
    for lab, val in (
        (tr(lg, "Date", "Datum", "Date"), short(d, lg)),
        (tr(lg, "Crane", "Kran", "Grue"), crane),
        (tr(lg, "Operator", "Kranführer", "Grutier"), person(f"op/{h.name}", lg)),
        (tr(lg, "Leave yard", "Abfahrt", "Départ dépôt"), f"{t0:02d}:00"),
        (tr(lg, "On site", "Ankunft", "Arrivée"), f"{t0 + 1:02d}:15"),
        (tr(lg, "Off site", "Ende", "Fin"), f"{t0 + 1 + int(hours):02d}:30"),
        (tr(lg, "Hours", "Stunden", "Heures"), f"{hours:g}"),
    ):
        q.text(14, y, lab, "Helvetica", 7)
        hand(q, 80, y, val, 8.5, sw - 94)
        q.line(78, y + 2, sw - 14, y + 2)
        y += 15
    y += 20
    scrawl(q, 18, y, staff("master"), 11)
    q.line(14, y + 2, sw - 14, y + 2)
    q.text(
        14,
        y + 11,
        tr(lg, "Customer signature", "Unterschrift Kunde", "Signature client"),
        "Helvetica",
        6.5,
    )
    pages.append(q)
    pages = close(pages, s, h)
    received(rng, pages[0], d)
    remember(o, d)
    return pages


# ---------------------------------------------------------------------------------------------
# Templates CCCCC: apprentice, trade chamber, insurance, rent
# ---------------------------------------------------------------------------------------------


def tpl_indenture(rng: random.Random, who: Issuer) -> list[Page]:
    """The apprentice's indenture on the official form (apprenticeship agreement with the
    commitment statement, Berufsausbildungsvertrag nach §§ 10, 11 BBiG, contrat
    d'apprentissage cerfa FA13): numbered sections of fields and tick boxes, the signatures
    of employer, apprentice and parent, and the training plan on a landscape page."""
    lg = home()
    h = shop()
    s = style_of(h, A4, margin=40, pt=8.5)
    w, hh = A4
    m = s.margin
    d = some_day(rng)
    app = person(f"apprentice/{rng.randint(0, 3)}")
    start = add_months(month(), rng.randint(0, 4))
    p = Page(A4)
    y = m
    title = tr(
        lg,
        "APPRENTICESHIP AGREEMENT",
        "Berufsausbildungsvertrag (§§ 10, 11 Berufsbildungsgesetz)",
        "CONTRAT D'APPRENTISSAGE",
    )
    p.text(m, y, title, s.bold, 12)
    form = tr(
        lg,
        "Apprenticeships (Form of Apprenticeship Agreement) Regulations 2012",
        "Vordruck der Handwerkskammer - bitte in 3-facher Ausfertigung",
        "cerfa n°10103*10 - Code du travail, art. L.6221-1",
    )
    p.text(m, y + 12, form, s.font, 7)
    y += 26
    sections = [
        (
            tr(lg, "A  Employer", "A  Ausbildender (Betrieb)", "L'EMPLOYEUR"),
            [
                (tr(lg, "Name", "Name / Firma", "Dénomination"), h.name),
                (tr(lg, "Address", "Anschrift", "Adresse"), f"{h.street}, {h.town}"),
                (tr(lg, "Trainer", "Ausbilder/in", "Maître d'apprentissage"), staff("master")),
                (tr(lg, "Telephone", "Telefon", "Téléphone"), h.phone),
            ],
        ),
        (
            tr(lg, "B  Apprentice", "B  Auszubildende/r", "L'APPRENTI(E)"),
            [
                (tr(lg, "Name", "Name, Vorname", "Nom, prénom"), app),
                (
                    tr(lg, "Date of birth", "Geburtsdatum", "Date de naissance"),
                    short(
                        date(
                            month().year - rng.randint(16, 22),
                            rng.randint(1, 12),
                            rng.randint(1, 28),
                        ),
                        lg,
                    ),
                ),
                (
                    tr(lg, "Address", "Anschrift", "Adresse"),
                    f"{rng.randint(1, 90)} "
                    f"{rng.choice(['Mill Lane', 'Rosenweg', 'rue des Lilas'])}",
                ),
                (
                    tr(lg, "Parent / guardian", "Gesetzl. Vertreter", "Représentant légal"),
                    person(f"parent/{app}") if rng.random() < 0.6 else "-",
                ),
            ],
        ),
        (
            tr(lg, "C  Apprenticeship", "C  Ausbildungsberuf", "LA FORMATION"),
            [
                (
                    tr(lg, "Occupation", "Ausbildungsberuf", "Diplôme préparé"),
                    tr(
                        lg,
                        "Pipe organ builder (Level 3)",
                        "Orgel- und Harmoniumbauer/in, FR Orgelbau",
                        "CAP Facteur d'orgues",
                    ),
                ),
                (
                    tr(lg, "Training provider", "Berufsschule", "CFA"),
                    tr(
                        lg,
                        "Newark College - musical instruments",
                        "Oscar-Walcker-Schule Ludwigsburg",
                        "CFA de la facture instrumentale, Eschau",
                    ),
                ),
                (tr(lg, "Start date", "Beginn", "Début"), short(start, lg)),
                (tr(lg, "Duration", "Dauer", "Durée"), tr(lg, "36 months", "42 Monate", "24 mois")),
            ],
        ),
    ]
    for title_, items in sections:
        y = band(p, s, y + 4, title_)
        y = fields(p, s, m, y + 2, w - 2 * m, items, per=2, tall=24)
    y = band(
        p, s, y + 4, tr(lg, "D  Pay and hours", "D  Vergütung und Arbeitszeit", "RÉMUNÉRATION")
    )
    pay = {
        "en": ["£7.55/h", "£9.10/h", "£11.44/h"],
        "de": ["1.020 €", "1.090 €", "1.180 €", "1.250 €"],
        "fr": ["53 % SMIC", "61 % SMIC", "78 % SMIC"],
    }[lg]
    y = fields(
        p,
        s,
        m,
        y + 2,
        w - 2 * m,
        [(f"{tr(lg, 'Year', 'Ausbildungsjahr', 'Année')} {k + 1}", v) for k, v in enumerate(pay)],
        per=len(pay),
        tall=24,
    )
    y = ticks(
        p,
        s,
        m,
        y,
        w - 2 * m,
        [
            tr(lg, "Probation 3 months", "Probezeit 4 Monate", "Période d'essai 45 jours"),
            tr(lg, "38 h/week", "40 Std./Woche", "35 h/semaine"),
            tr(lg, "25 days holiday", "30 Werktage Urlaub", "5 semaines de congés"),
        ],
        {0, 1, 2} if rng.random() < 0.7 else {0, 1},
        8,
        3,
    )
    y += 8
    for ln in wrap(prose(rng, lg, "train", 2, 3), s.font, 7.5, w - 2 * m):
        p.text(m, y, ln, s.font, 7.5)
        y += 10
    y = max(y + 36, hh - m - 90)
    cw = (w - 2 * m - 40) / 3
    for k, (lab, nm) in enumerate(
        (
            (tr(lg, "Employer", "Ausbildender", "L'employeur"), staff("master")),
            (tr(lg, "Apprentice", "Auszubildende/r", "L'apprenti(e)"), app),
            (
                tr(lg, "Parent / guardian", "Gesetzl. Vertreter", "Représentant légal"),
                person(f"parent/{app}"),
            ),
        )
    ):
        hand(p, m + k * (cw + 20), y - 30, short(d, lg), 8.5)
        sign_line(p, s, m + k * (cw + 20), y, cw, lab, nm if rng.random() < 0.9 else "")
    pages = [p]
    pl = Page(landscape(A4))
    pw, _ph = landscape(A4)
    yy = 44.0
    pl.text(
        44,
        yy,
        tr(lg, "Training plan", "Betrieblicher Ausbildungsplan", "Plan de formation en entreprise"),
        s.bold,
        12,
    )
    pl.text(pw - 44, yy, app, s.font, 8.5, "right")
    yy += 22
    skills = {
        "en": [
            "Workshop safety and tools",
            "Joinery and casework",
            "Pipe metal casting and pipe making",
            "Leatherwork and pneumatics",
            "Action making and regulation",
            "Wind systems",
            "Tuning and voicing basics",
            "Site work and dismantling",
        ],
        "de": [
            "Arbeitssicherheit, Werkzeuge",
            "Holzbearbeitung, Gehäusebau",
            "Metallguss, Pfeifenbau",
            "Lederarbeiten, Bälge",
            "Traktur bauen und regulieren",
            "Windanlagen",
            "Grundlagen Stimmen und Intonieren",
            "Montage und Abbau vor Ort",
        ],
        "fr": [
            "Sécurité et outillage",
            "Menuiserie, buffet",
            "Fonte et fabrication de tuyaux",
            "Peausserie et pneumatique",
            "Mécanique et réglages",
            "Alimentation en vent",
            "Bases de l'accord et de l'harmonisation",
            "Chantier, démontage",
        ],
    }[lg]
    n_terms = 6
    cols = columns(44, pw - 44, [(3, "left")] + [(1, "center")] * n_terms + [(2, "left")])
    heads = (
        [tr(lg, "Skill", "Fertigkeit", "Compétence")]
        + [f"{tr(lg, 'Term', 'Halbj.', 'Sem.')} {k + 1}" for k in range(n_terms)]
        + [tr(lg, "Trainer", "Ausbilder", "Tuteur")]
    )
    for c, t in zip(cols, heads, strict=True):
        cell(pl, c, yy, t, s.bold, 8)
    pl.line(44, yy + 5, pw - 44, yy + 5)
    yy += 17
    for k, sk in enumerate(skills):
        cell(pl, cols[0], yy, sk, s.font, 8)
        for t in range(n_terms):
            if abs(t - k * n_terms / len(skills)) < 1.6:
                c = cols[t + 1]
                pl.rect(c[0] + 2, yy - 7, c[1] - c[0] - 4, 8, fill=0.7)
        cell(pl, cols[-1], yy, staff(rng.choice(["master", "voicer", "journeyman"])), s.font, 8)
        pl.line(44, yy + 5, pw - 44, yy + 5)
        yy += 17
    pages.append(pl)
    number_pages(
        pages,
        s,
        rng.choice(["none", "{i}/{n}", "Seite {i} von {n}" if lg == "de" else "Page {i} of {n}"]),
        "br",
    )
    remember(app, d)
    return pages


def tpl_chamber_letter(rng: random.Random, who: Issuer) -> list[Page]:
    """A trade chamber's or trade body's letter: the registration of an indenture in the
    roll of apprenticeships (Eintragung in die Lehrlingsrolle, enregistrement du contrat),
    an examination invitation with the timetable on a page of its own, or a contribution
    notice (Beitragsbescheid, appel de cotisation, subscription) with its payment slip."""
    h = head_of(who, "chamber")
    lg = h.lang
    s = style_of(h, A4)
    w, hh = A4
    m = s.margin
    d = last_day(rng, ("indenture",), (8, 30))
    app = (
        LAST["client"]
        if after(("indenture",)) and isinstance(LAST["client"], str)
        else person(f"apprentice/{rng.randint(0, 3)}")
    )
    kind = "register" if after(("indenture",)) else rng.choice(["register", "exam", "fee", "fee"])
    f = sheets(s, h)
    ref = serial(rng, {"en": "IBO/99/999", "de": "99-999999", "fr": "CMA-99-99999"}[lg])
    recipient(
        f,
        s,
        h,
        shop_lines(),
        d,
        [
            (
                tr(lg, "Member no.", "Betriebsnummer", "N° SIRET / RM"),
                serial(keyed(who, "no"), "999999"),
            ),
            (tr(lg, "Ref.", "Aktenzeichen", "Réf."), ref),
        ],
    )
    pages: list[Page]
    if kind == "register":
        caption(
            f,
            s,
            tr(
                lg,
                f"Apprenticeship registration - {app}",
                f"Eintragung in das Verzeichnis der Berufsausbildungsverhältnisse - {app}",
                f"Enregistrement du contrat d'apprentissage - {app}",
            ),
            1,
        )
        write(f, s, dear(lg, None))
        write(
            f,
            s,
            tr(
                lg,
                "We confirm that the apprenticeship agreement has been "
                "registered with the Institute's training scheme.",
                "das Berufsausbildungsverhältnis wurde unter der oben "
                "genannten Nummer in die Lehrlingsrolle eingetragen.",
                "nous vous informons que le contrat d'apprentissage "
                "a été enregistré sous le numéro ci-dessus.",
            ),
        )
        for _ in range(rng.randint(1, 3)):
            write(f, s, prose(rng, lg, "train", 2, 3))
        regards(
            f,
            s,
            lg,
            person(f"chamber/{h.name}", lg),
            tr(lg, "Training officer", "Abteilung Berufsbildung", "Service apprentissage"),
        )
        pages = f.pages
    elif kind == "exam":
        caption(
            f,
            s,
            tr(
                lg,
                "Invitation - practical assessment",
                "Einladung zur Gesellenprüfung Teil 1",
                "Convocation aux épreuves du CAP",
            ),
            2,
        )
        write(f, s, f"{tr(lg, 'Candidate', 'Prüfling', 'Candidat(e)')}: {app}")
        for _ in range(rng.randint(2, 3)):
            write(f, s, prose(rng, lg, "train", 2, 3))
        regards(
            f,
            s,
            lg,
            person(f"chamber/{h.name}", lg),
            tr(lg, "Assessment team", "Prüfungsabteilung", "Service examens"),
        )
        pages = f.pages
        t = Page(A4)
        y = m
        t.text(
            m,
            y,
            tr(lg, "Timetable", "Prüfungsablauf", "Calendrier des épreuves"),
            s.bold,
            s.size + 3,
        )
        y += 24
        cols = columns(m, w - m, [(1.3, "left"), (1, "left"), (3.5, "left"), (2, "left")])
        for c, tt in zip(
            cols,
            [
                tr(lg, "Date", "Datum", "Date"),
                tr(lg, "Time", "Uhrzeit", "Heure"),
                tr(lg, "Part", "Prüfungsteil", "Épreuve"),
                tr(lg, "Place", "Ort", "Lieu"),
            ],
            strict=True,
        ):
            cell(t, c, y, tt, s.bold, 8.5)
        t.line(m, y + 5, w - m, y + 5)
        y += 16
        dd = d + timedelta(days=rng.randint(30, 70))
        for part in [
            tr(lg, "Written paper", "Schriftliche Prüfung", "Épreuve écrite"),
            tr(
                lg,
                "Practical task: pallet box",
                "Arbeitsprobe: Windkasten",
                "Épreuve pratique : soupapes",
            ),
            tr(lg, "Professional discussion", "Fachgespräch", "Entretien"),
        ]:
            for c, tt in zip(
                cols,
                [
                    short(dd, lg),
                    f"{rng.randint(8, 14)}:00",
                    part,
                    tr(lg, "Candidate's workshop", "Prüfungswerkstatt", "Atelier du candidat"),
                ],
                strict=True,
            ):
                cell(t, c, y, tt, s.font, 8.5)
            y += 14
            dd += timedelta(days=rng.randint(0, 2))
        y += 14
        for ln in wrap(prose(rng, lg, "train", 2, 3), s.font, 8.5, w - 2 * m):
            t.text(m, y, ln, s.font, 8.5)
            y += 12
        pages.append(t)
    else:
        caption(
            f,
            s,
            tr(
                lg,
                "Annual subscription notice",
                "Beitragsbescheid",
                "Appel de cotisation - taxe pour frais de chambre",
            ),
            2,
        )
        base = float(rng.choice([180, 240, 310, 420]))
        extra = round(rng.uniform(60, 400), 2)
        rows = [
            [
                tr(lg, "Accredited member subscription", "Grundbeitrag", "Droit fixe"),
                money(base, lg),
            ],
            [
                tr(lg, "Per employee levy", "Zusatzbeitrag (Gewerbeertrag)", "Droit additionnel"),
                money(extra, lg),
            ],
        ]
        table(
            f,
            columns(m, w - m, [(4, "left"), (1.3, "right")]),
            [tr(lg, "Item", "Bemessung", "Nature"), tr(lg, "Amount", "Betrag", "Montant")],
            rows,
            s,
            rules=True,
        )
        f.page.text(w - m, f.y + 4, cash(base + extra, lg), s.bold, s.size + 1, "right")
        f.y += 24
        write(f, s, prose(rng, lg, "money", 2, 3), s.size - 1)
        if lg == "de":
            write(
                f,
                s,
                "Rechtsbehelfsbelehrung: Gegen diesen Bescheid kann innerhalb "
                "eines Monats nach Bekanntgabe Widerspruch erhoben werden.",
                s.size - 1.5,
            )
        y = max(f.y + 20, hh - m - 130)
        if y < hh - m - 90:
            slip_rule(
                f.page,
                m,
                w - m,
                y,
                tr(
                    lg,
                    "Please return this slip with your payment",
                    "Zahlschein",
                    "Talon à joindre à votre règlement",
                ),
            )
            fields(
                f.page,
                s,
                m,
                y + 10,
                w - 2 * m,
                [
                    (tr(lg, "Member", "Betrieb", "Entreprise"), shop().name),
                    (tr(lg, "Reference", "Verwendungszweck", "Référence"), ref),
                    (tr(lg, "Amount", "Betrag", "Montant"), cash(base + extra, lg)),
                    (tr(lg, "Due", "Fällig", "Échéance"), short(d + timedelta(days=30), lg)),
                ],
                per=2,
                tall=24,
                hand=False,
            )
        pages = f.pages
    pages = close(pages, s, h)
    received(rng, pages[0], d)
    remember(app, d)
    return pages


def tpl_insurance_schedule(rng: random.Random, who: Issuer) -> list[Page]:
    """The workshop's insurance schedule (craft workshop policy, Handwerker-Police,
    conditions particulières multirisque): the policy fields, sections with sums insured,
    instruments in the workshop's custody and in transit, liability limits, premium, then a
    page of endorsements."""
    h = head_of(who, "insurer")
    lg = h.lang
    s = style_of(h, A4)
    w, hh = A4
    m = s.margin
    d = some_day(rng)
    pol = serial(rng, {"en": "ECH/99/9999999", "de": "HP 99.999.999-9", "fr": "MAA 9999999 A"}[lg])
    f = sheets(s, h, f"{tr(lg, 'Policy', 'Versicherungsschein', 'Contrat')} {pol}")
    caption(f, s, tr(lg, "POLICY SCHEDULE", "VERSICHERUNGSSCHEIN", "CONDITIONS PARTICULIÈRES"), 5)
    f.y = fields(
        f.page,
        s,
        m,
        f.y,
        w - 2 * m,
        [
            (tr(lg, "Policyholder", "Versicherungsnehmer", "Souscripteur"), shop().name),
            (tr(lg, "Policy no.", "Vertragsnummer", "N° de contrat"), pol),
            (
                tr(lg, "Period of insurance", "Versicherungsdauer", "Période"),
                f"{short(add_months(month(), 1), lg)} - "
                f"{short(add_months(month(), 13) - timedelta(days=1), lg)}",
            ),
            (
                tr(lg, "Trade", "Betriebsart", "Activité"),
                tr(
                    lg,
                    "Pipe organ building, restoration and tuning",
                    "Orgelbau, Restaurierung, Stimmservice",
                    "Facture, restauration et entretien d'orgues",
                ),
            ),
        ],
        per=2,
        tall=26,
        hand=False,
    )
    secs = [
        (
            tr(
                lg,
                "Buildings and contents, workshop",
                "Inhalt Werkstatt (Gleitende Neuwertversicherung)",
                "Bâtiment et contenu de l'atelier",
            ),
            rng.choice([250000, 400000, 650000]),
        ),
        (
            tr(
                lg,
                "Stock and materials (tin, lead, timber, leather)",
                "Vorräte (Zinn, Blei, Holz, Leder)",
                "Stocks (étain, plomb, bois, peaux)",
            ),
            rng.choice([40000, 75000, 120000]),
        ),
        (
            tr(
                lg,
                "Customers' instruments in custody",
                "Kundeninstrumente in Obhut",
                "Instruments confiés",
            ),
            rng.choice([500000, 1000000, 2500000]),
        ),
        (
            tr(
                lg,
                "Goods in transit, any one vehicle",
                "Transport je Fahrzeug",
                "Marchandises transportées",
            ),
            rng.choice([50000, 100000]),
        ),
        (
            tr(lg, "Employers' liability", "Betriebshaftpflicht Personenschäden", "RC employeur"),
            10000000,
        ),
        (
            tr(
                lg,
                "Public and products liability",
                "Betriebshaftpflicht Sach- und Vermögensschäden",
                "RC exploitation et après livraison",
            ),
            rng.choice([2000000, 5000000]),
        ),
    ]
    rows = [
        [str(k + 1), t, tr(lg, "Insured", "versichert", "garanti"), money(float(v), lg)]
        for k, (t, v) in enumerate(secs)
    ]
    table(
        f,
        columns(m, w - m, [(0.4, "left"), (4, "left"), (1, "left"), (1.4, "right")]),
        [
            tr(lg, "Sec.", "Pos.", "Art."),
            tr(lg, "Cover", "Risiko", "Garantie"),
            "",
            tr(lg, "Sum insured", "Versicherungssumme", "Capital"),
        ],
        rows,
        s,
        rules=True,
    )
    prem = rng.uniform(1800, 6500)
    tax = prem * {"en": 0.12, "de": 0.19, "fr": 0.09}[lg]
    f.y += 6
    for t, v in (
        (tr(lg, "Annual premium", "Jahresbeitrag netto", "Prime annuelle HT"), prem),
        (tr(lg, "Insurance premium tax", "Versicherungsteuer", "Taxes"), tax),
        (tr(lg, "Total payable", "Gesamtbeitrag", "Prime TTC"), prem + tax),
    ):
        f.page.text(w * 0.5, f.y, t, s.font, s.size)
        f.page.text(w - m, f.y, cash(v, lg), s.font, s.size, "right")
        f.y += s.size * 1.5
    write(f, s, prose(rng, lg, "legal", 1, 3), s.size - 1)
    pages = f.pages
    e = Page(A4)
    y = m
    e.text(
        m,
        y,
        tr(
            lg,
            "Endorsements and clauses",
            "Besondere Vereinbarungen und Klauseln",
            "Clauses particulières",
        ),
        s.bold,
        s.size + 2,
    )
    y += 22
    for _k in range(rng.randint(4, 8)):
        code = f"{tr(lg, 'End.', 'Klausel', 'Clause')} {rng.randint(100, 999)}"
        e.text(m, y, code, s.bold, s.size - 1)
        y += s.size * 1.3
        for ln in wrap(
            words(rng, lg, "legal", rng.randint(14, 34)), s.font, s.size - 1, w - 2 * m - 20
        ):
            e.text(m + 20, y, ln, s.font, s.size - 1)
            y += (s.size - 1) * 1.35
        y += 6
        if y > hh - m - 80:
            break
    pages.append(e)
    pages = close(pages, s, h)
    received(rng, pages[0], d, 0.2)
    remember(None, d)
    return pages


def tpl_rent_invoice(rng: random.Random, who: Issuer) -> list[Page]:
    """The landlord's rent invoice for the workshop premises (quarterly in England, monthly
    elsewhere): rent for the workshop, the erecting room and the yard, service charge, on A4
    or A5; a run covers consecutive periods."""
    h = head_of(who, "landlord")
    lg = h.lang
    size = keyed(who, "size").choice([A4, A4, A5])
    s = style_of(h, size, margin=34 if size == A5 else 0, pt=8.5 if size == A5 else 0)
    w, hh = size
    m = s.margin
    step = 3 if lg == "en" else 1
    ex = LAST["extra"]
    if after(("rent_invoice",)) and isinstance(ex, tuple) and ex[0] == h.name:
        q0 = add_months(ex[1], step)
    else:
        q0 = add_months(month(), rng.randint(0, 1))
    d = q0 - timedelta(days=rng.randint(7, 20))
    rent = keyed(who, "rent").choice([850.0, 1150.0, 1420.0, 1890.0])
    f = sheets(s, h)
    no = serial(rng, "99999")
    recipient(f, s, h, shop_lines(), d, [(tr(lg, "Invoice", "Rechnung", "Avis n°"), no)])
    caption(f, s, tr(lg, "RENT DEMAND", "MIETRECHNUNG", "AVIS D'ÉCHÉANCE"), 3)
    per = f"{short(q0, lg)} - {short(add_months(q0, step) - timedelta(days=1), lg)}"
    rows = [
        [
            tr(
                lg,
                "Rent - workshop and erecting room",
                "Miete Werkstatt und Montagehalle",
                "Loyer atelier et salle de montage",
            ),
            per,
            money(rent * step, lg),
        ],
        [
            tr(lg, "Yard and parking", "Hoffläche / Stellplätze", "Cour et stationnement"),
            per,
            money(60.0 * step, lg),
        ],
        [
            tr(
                lg, "Service charge on account", "Nebenkostenvorauszahlung", "Provision sur charges"
            ),
            per,
            money(rent * 0.15 * step, lg),
        ],
    ]
    net = rent * step * 1.15 + 60.0 * step
    table(
        f,
        columns(m, w - m, [(3.2, "left"), (2.4, "left"), (1.2, "right")]),
        [
            tr(lg, "Item", "Position", "Désignation"),
            tr(lg, "Period", "Zeitraum", "Période"),
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
        vat_rate(lg),
        label=tr(lg, "VAT 20% (opted)", "USt. 19 % (Option § 9 UStG)", "TVA 20 %"),
    )
    write(
        f,
        s,
        tr(
            lg,
            "Payable in advance on the quarter day.",
            "Fällig am 3. Werktag des Monats.",
            "Payable d'avance le 1er du mois.",
        ),
        s.size - 1,
    )
    pages = close(f.pages, s, h, numbers="none")
    received(rng, pages[0], d, 0.3)
    if rng.random() < 0.3:
        hand(pages[0], m + 10, hh - m - 30, tr(home(), "pd by SO", "bez. DA", "payé prlv."), 11)
    remember(None, d, (h.name, q0))
    return pages


def tpl_hall_order(rng: random.Random, who: Issuer) -> list[Page]:
    """A concert hall's, school's or music college's purchase order for concert tunings of
    its pianos (dates, instrument, pitch) from its finance system, with the hall's terms of
    purchase on the back."""
    lg = home()
    row = client_of(who, ("hall",))
    h = make_head(row, lg, "hall")
    s = style_of(h, A4)
    w, _hh = A4
    m = s.margin
    d = some_day(rng)
    po = serial(rng, rng.choice(["PO 4500999999", "BE-99999", "BC2025-9999", "P9999999"]))
    f = sheets(s, h)
    recipient(
        f,
        s,
        h,
        shop_lines(),
        d,
        [
            (tr(lg, "Order no.", "Bestell-Nr.", "Bon de commande"), po),
            (
                tr(lg, "Supplier no.", "Lieferanten-Nr.", "Fournisseur"),
                serial(keyed(who, "sup"), "99999"),
            ),
        ],
    )
    caption(f, s, tr(lg, "PURCHASE ORDER", "BESTELLUNG", "BON DE COMMANDE"), 4)
    write(
        f,
        s,
        tr(
            lg,
            "Please quote the order number on your invoice.",
            "Bitte geben Sie die Bestellnummer auf Ihrer Rechnung an.",
            "Merci de rappeler ce numéro sur votre facture.",
        ),
        s.size - 1,
    )
    piano = rng.choice(
        ["Steinway D-274", "Steinway B-211", "Bösendorfer 280VC", "Fazioli F278", "Yamaha CFX"]
    )
    fee = rng.choice([95.0, 120.0, 145.0, 160.0, 185.0])
    dates = sorted(d + timedelta(days=rng.randint(3, 40)) for _ in range(rng.randint(2, 6)))
    pitch = rng.choice(["a1 = 442 Hz", "a1 = 443 Hz", "A = 440 Hz"])
    rows = [
        [
            short(dd, lg),
            f"{tr(lg, 'Concert tuning', 'Konzertstimmung', 'Accord de concert')} {piano}, {pitch}",
            "1",
            money(fee, lg),
        ]
        for dd in dates
    ]
    table(
        f,
        columns(m, w - m, [(1.2, "left"), (4, "left"), (0.6, "right"), (1.2, "right")]),
        [
            tr(lg, "Date", "Termin", "Date"),
            tr(lg, "Description", "Leistung", "Prestation"),
            tr(lg, "Qty", "Menge", "Qté"),
            tr(lg, "Price", "Preis", "Prix"),
        ],
        rows,
        s,
        rules=True,
    )
    totals(f, s, lg, fee * len(dates), vat_rate(lg))
    write(
        f,
        s,
        tr(
            lg,
            "Tunings to be completed by 17:00 on the day; access via stage door.",
            "Stimmung jeweils bis 17 Uhr; Zugang über Bühneneingang.",
            "Accord à réaliser avant 17 h ; accès par l'entrée des artistes.",
        ),
        s.size - 1,
    )
    f.y += 20
    sign_line(
        f.page,
        s,
        m,
        f.y + 20,
        180,
        tr(lg, "Authorised signatory", "Freigabe", "Visa de l'ordonnateur"),
        person(f"buyer/{row[0]}"),
    )
    pages = f.pages
    if rng.random() < 0.6:
        heads = {
            "en": [
                "Definitions",
                "Acceptance",
                "Price and payment",
                "Performance",
                "Health and safety",
                "Insurance",
                "Termination",
                "Law",
            ],
            "de": [
                "Geltung",
                "Bestellung",
                "Preise und Zahlung",
                "Ausführung",
                "Arbeitsschutz",
                "Haftung",
                "Rücktritt",
                "Gerichtsstand",
            ],
            "fr": [
                "Objet",
                "Acceptation",
                "Prix et paiement",
                "Exécution",
                "Sécurité",
                "Assurance",
                "Résiliation",
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
                    "Terms and Conditions of Purchase",
                    "Allgemeine Einkaufsbedingungen",
                    "Conditions générales d'achat",
                ),
                heads,
            )
        )
    pages = close(pages, s, h, numbers="none")
    received(rng, pages[0], d)
    remember(organ_of(row, lg), d, (row, po, dates, fee))
    return pages


def tpl_piano_docket(rng: random.Random, who: Issuer) -> list[Page]:
    """The tuner's piano tuning docket: a carbon copy from the docket book on A6 or a narrow
    slip with the piano, serial number, pitch found and tuned, work ticks, amount paid and
    the customer's signature; a run is one tuner's dockets of a round."""
    h = shop()
    lg = h.lang
    size = keyed(who, "dsize").choice([A6, SLIP, A6])
    s = style_of(h, size, margin=14, pt=7.5)
    w, hh = size
    m = 14
    d = some_day(rng)
    p = Page(size)
    y = heading(p, s, h)
    p.text(m, y, tr(lg, "PIANO TUNING", "KLAVIERSTIMMUNG", "ACCORD DE PIANO"), "Helvetica-Bold", 9)
    p.text(w - m, y, f"No {rng.randint(1000, 9999)}", "Courier-Bold", 8, "right")
    y += 14
    cust = person(f"pianocust/{rng.randint(0, 40)}")
    make = rng.choice(
        [
            "Yamaha U3",
            "Kawai K-300",
            "Bechstein A",
            "Blüthner",
            "Pleyel",
            "Schimmel 120",
            "Challen",
            "Broadwood",
            "Seiler 116",
        ]
    )
    for lab, val in (
        (
            tr(lg, "Customer", "Kunde", "Client"),
            mx(cust, lg) if rng.random() < 0.6 else rng.choice(SENDERS["hall"][lg])[0],
        ),
        (tr(lg, "Date", "Datum", "Date"), short(d, lg)),
        (tr(lg, "Piano", "Instrument", "Piano"), make),
        (tr(lg, "Serial no.", "Nr.", "N° série"), str(rng.randint(12000, 6800000))),
        (
            tr(lg, "Pitch found", "vorgef. Tonhöhe", "Diapason trouvé"),
            f"{rng.uniform(434, 441.5):.1f} Hz",
        ),
        (tr(lg, "Tuned to", "gestimmt auf", "Accordé à"), rng.choice(["440", "442", "440 Hz"])),
    ):
        p.text(m, y, lab, "Helvetica", 6.5)
        hand(p, m + 62, y, val, 8, w - 2 * m - 62)
        p.line(m + 60, y + 2, w - m, y + 2)
        y += 13
    y += 2
    y = ticks(
        p,
        s,
        m,
        y,
        w - 2 * m,
        [
            tr(lg, "Tuned", "gestimmt", "Accord"),
            tr(lg, "Pitch raise", "hochgestimmt", "Remontée"),
            tr(lg, "Regulation", "reguliert", "Réglage"),
            tr(lg, "Moth check", "Mottenkontrolle", "Mites"),
        ],
        {k for k in range(4) if rng.random() < (0.9 if k == 0 else 0.3)},
        6.5,
        2.6,
    )
    y += 4
    note = words(rng, lg, "piano", rng.randint(5, 9))
    for ln in wrap(note, HAND, 8, w - 2 * m)[:2]:
        hand(p, m, y, ln, 8)
        y += 11
    y += 4
    amount = rng.choice([65.0, 75.0, 85.0, 95.0, 110.0])
    p.text(m, y, tr(lg, "Amount", "Betrag", "Montant"), "Helvetica-Bold", 7.5)
    hand(p, w - m - 60, y, cash(amount, lg), 9)
    y += 12
    ticks(
        p,
        s,
        m,
        y,
        w - 2 * m,
        [
            tr(lg, "Cash", "bar", "Espèces"),
            tr(lg, "Cheque", "Scheck", "Chèque"),
            tr(lg, "Invoice", "Rechnung", "Facture"),
        ],
        {rng.randrange(3)},
        6.5,
    )
    sy = hh - 26
    scrawl(p, m + 4, sy - 2, cust, 10)
    p.line(m, sy, w - m, sy)
    p.text(m, sy + 8, tr(lg, "Customer", "Kunde", "Client"), "Helvetica", 6)
    p.text(w - m, 18, tr(lg, "customer copy", "Durchschlag", "copie"), "Helvetica", 5.5, "right")
    remember(None, d)
    return [p]


# ---------------------------------------------------------------------------------------------
# The part: templates, runs and companions
# ---------------------------------------------------------------------------------------------


def tracked(name: str, tpl: Template) -> Template:
    """``tpl`` noting its kind, so that a companion can take up the same client."""

    def run(rng: random.Random, who: Issuer) -> list[Page]:
        pages = tpl(rng, who)
        LAST["kind"] = name
        return pages

    run.__doc__ = tpl.__doc__
    return run


KINDS: dict[str, Template] = {
    "tuning_contract": tpl_tuning_contract,
    "visit_report": tpl_visit_report,
    "service_invoice": tpl_service_invoice,
    "restoration_tender": tpl_restoration_tender,
    "adviser_report": tpl_adviser_report,
    "stage_invoice": tpl_stage_invoice,
    "metal_invoice": tpl_metal_invoice,
    "timber_invoice": tpl_timber_invoice,
    "supplies_invoice": tpl_supplies_invoice,
    "reed_confirmation": tpl_reed_confirmation,
    "listed_consent": tpl_listed_consent,
    "faculty": tpl_faculty,
    "grant_offer": tpl_grant_offer,
    "transport_invoice": tpl_transport_invoice,
    "crane_hire": tpl_crane_hire,
    "indenture": tpl_indenture,
    "chamber_letter": tpl_chamber_letter,
    "insurance_schedule": tpl_insurance_schedule,
    "rent_invoice": tpl_rent_invoice,
    "hall_order": tpl_hall_order,
    "piano_docket": tpl_piano_docket,
}
TEMPLATES_CCCCC: dict[str, Template] = {k: tracked(k, t) for k, t in KINDS.items()}
#: Kinds that a pile often holds 2-4 of in a row from one sender.
RUN_KINDS = (
    "visit_report",
    "service_invoice",
    "stage_invoice",
    "piano_docket",
    "rent_invoice",
    "transport_invoice",
    "chamber_letter",
    "metal_invoice",
)
#: A kind often followed by a related paper, mostly from another sender.
FOLLOWS = {
    "restoration_tender": "adviser_report",
    "hall_order": "service_invoice",
    "indenture": "chamber_letter",
    "transport_invoice": "crane_hire",
    "tuning_contract": "visit_report",
}


# ---------------------------------------------------------------------------------------------
# Streams and generation (same files and labels as corpus.generate)
# ---------------------------------------------------------------------------------------------


def make_sifter_stream(rng: random.Random, n_docs: int, separators: bool) -> Stream:
    """One workshop's pile: ``corpus.make_stream`` with batch runs (after a run kind, 1-3 more
    of the same kind from the same sender follow with probability 0.6) and companions (each
    kind in ``FOLLOWS`` is followed by its related paper with probability 0.5). The workshop
    (country, name, month) is drawn once per stream."""
    r = random.Random(rng.getrandbits(32))
    lang = r.choice(["en", "en", "de", "de", "fr"])
    OFFICE["lang"] = lang
    OFFICE["row"] = r.randrange(len(WORKSHOPS[lang]))
    OFFICE["seed"] = r.getrandbits(24)
    OFFICE["month"] = date(r.choice([2024, 2025]), r.randint(1, 12), 1)
    LAST.update(kind="", client=None, day=None, extra=None)
    run_odds = dict.fromkeys(RUN_KINDS, 0.6)
    return assemble_stream(
        rng, TEMPLATES_CCCCC, n_docs, separators, run_odds, run_len=(1, 3), follows=FOLLOWS
    )


generate = part_generate(PART, SEED_OFFSET, make_sifter_stream, "templates CCCCC")


def main(argv: list[str]) -> int:
    return part_main(argv, __doc__, PART, generate, scanned=12)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

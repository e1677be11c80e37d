"""Locker part of the generated corpus: templates P, written blind for the next measurement.

A sixteenth part, ``locker``. Its templates were written without looking at the boundary
detector, its documentation, its tuning or its evaluation, as the private papers a family and
the small associations it belongs to collect over the years and one day feed through a
scanner: parish appeal letters with the reply form or transfer slip (English church roof
appeal, German Kirchgeld letter, French denier de l'Eglise), cemetery grave lease renewal
notices with the fee table, the application and a plan of the cemetery section, funeral orders
of service (A5 booklets), memorial cards (A6, German Sterbebild), will deposit letters with the
copy of the will (English safe custody letter, German Hinterlegungsschein of the probate
court, French notaire's letter with a copy of the testament olographe), pedigree charts and
family group sheets on landscape A4 (German Ahnentafel, French tableau d'ascendance), register
search replies from a family history society with the transcript of the entries found,
handwritten personal letters (some with a child's drawing, a photograph or a cutting
enclosed), picture postcards (picture side and address side), greeting cards (front, inside,
back), wedding invitations with the reply card and the guest information sheet, photo album
pages and loose prints with their backs, newspaper cuttings (some pasted on a sheet), recipe
cards, concert programmes (A5 booklets), associations' honour certificates with the
chairman's letter, parish and club duty rotas on landscape A4, music school enrolment
contracts with the fee table and the school rules, driving school training contracts with the
price list and terms, driving lesson record sheets, vehicle registration certificates (V5C,
Zulassungsbescheinigung, certificat d'immatriculation) and savings passbooks (cover and entry
pages). Some senders write in German or French; page sizes range from A6 cards and passbook
pages through cut-out newspaper columns, A5 and 5x7 inch cards to A4, Letter and landscape A4.

Streams are assembled like ``corpus.make_stream`` (same separator sheets, same 30% chance of
repeating the previous kind and sender), plus batch runs: one-page or card kinds such as
memorial cards, postcards, greeting cards, photo album pages, cuttings, recipe cards and duty
rotas often come 2-4 in a row from one sender, and companions: an order of service is often
followed by a memorial card, a driving school contract by the lesson record, a wedding
invitation by a photo album page, a parish appeal by a duty rota (mostly the parish's), a
music school enrolment by a concert programme (the school's or a local band's or choir's) and
a register search reply by the pedigree chart. Drawn with ``corpus.draw_pdf``, scanned with
``corpus.scan`` and labelled exactly like ``corpus.generate`` with ``"split": "locker"`` and
seeds offset by 1_500_000.

Usage: ``python benchmarks/corpus_locker.py OUT_DIR [--streams N] [--scanned N] [--seed S]``
writes ``OUT_DIR/locker/locker_{born_digital,scanned}_NNNNNNN.{pdf,json}``.
"""

from __future__ import annotations

import random
import sys
import zlib
from dataclasses import dataclass, replace
from datetime import date, timedelta
from pathlib import Path

from reportlab.lib.pagesizes import A4, A5, A6, LETTER, landscape

sys.path.insert(0, str(Path(__file__).parent))

from corpus import Issuer, Page, Stream, Style, Template, assemble_stream
from corpus_kit import (
    MONTHS,
    Flow,
    box,
    cell,
    columns,
    date_text,
    fit,
    foot_and_number,
    italic,
    money,
    number_pages,
    pairs,
    part_generate,
    part_main,
    running_header,
    shrink,
    table,
    tr,
    tw,
    wrap,
)
from corpus_kit import address as window_lines
from corpus_kit import currency as ccy

PART = "locker"
SEED_OFFSET = 1_500_000

#: Paper sizes of cards and cuttings that are no standard sheet.
CARD_5X7 = (360.0, 504.0)
SQUARE = (425.0, 425.0)
PASSBOOK = (396.0, 260.0)
DL = (283.0, 595.0)

# ---------------------------------------------------------------------------------------------
# Content pools
# ---------------------------------------------------------------------------------------------

# Sender rows: name, language, first address line, second address line, telephone.
Row = tuple[str, str, str, str, str]
SENDERS: dict[str, list[Row]] = {
    "parish": [
        (
            "Parish of St Mary the Virgin, Hebden Bridge",
            "en",
            "The Vicarage, Church Lane",
            "Hebden Bridge HX7 6AB",
            "01422 842 118",
        ),
        (
            "St Wilfrid's Catholic Church",
            "en",
            "Presbytery, Coltsgate Hill",
            "Ripon HG4 2AB",
            "01765 603 361",
        ),
        ("Heptonstall Methodist Chapel", "en", "Northgate", "Heptonstall HX7 7LU", ""),
        (
            "Katholisches Pfarramt St. Urban",
            "de",
            "Urbanstrasse 10",
            "79104 Freiburg im Breisgau",
            "0761 55 12 30",
        ),
        (
            "Evangelische Kirchengemeinde Freiburg-Herdern",
            "de",
            "Hauptstrasse 73",
            "79104 Freiburg im Breisgau",
            "0761 27 14 09",
        ),
        (
            "Paroisse Saint-Denis de la Croix-Rousse",
            "fr",
            "68 Grande Rue de la Croix-Rousse",
            "69004 Lyon",
            "04 78 28 19 72",
        ),
        (
            "Paroisse Notre-Dame de l'Assomption",
            "fr",
            "3 place de l'Eglise",
            "69100 Villeurbanne",
            "",
        ),
    ],
    "cemetery": [
        (
            "Calderdale Council - Bereavement Services",
            "en",
            "Park Wood Crematorium, Park Road",
            "Elland HX5 9HZ",
            "01422 372 293",
        ),
        (
            "Harrogate Borough Council - Cemeteries Office",
            "en",
            "Grove Road Cemetery Lodge",
            "Harrogate HG1 5EP",
            "01423 500 600",
        ),
        (
            "Stadt Freiburg im Breisgau - Eigenbetrieb Friedhoefe",
            "de",
            "Friedhofstrasse 8",
            "79106 Freiburg im Breisgau",
            "0761 201-6501",
        ),
        (
            "Gemeinde Gundelfingen - Friedhofsverwaltung",
            "de",
            "Voerstetter Strasse 3",
            "79194 Gundelfingen",
            "0761 5911-0",
        ),
        (
            "Ville de Villeurbanne - Service des cimetieres",
            "fr",
            "Place Lazare-Goujon",
            "69100 Villeurbanne",
            "04 78 03 67 67",
        ),
    ],
    "funeral": [
        (
            "J. W. Horsfall & Sons, Funeral Directors",
            "en",
            "14 Market Street",
            "Hebden Bridge HX7 6AA",
            "01422 842 404",
        ),
        (
            "Greenwood Family Funeral Service",
            "en",
            "Burnley Road",
            "Todmorden OL14 5LH",
            "01706 812 920",
        ),
        ("Bestattungshaus Kienzler", "de", "Habsburgerstrasse 121", "79104 Freiburg", ""),
        (
            "Pompes Funebres de la Croix-Rousse",
            "fr",
            "12 rue d'Austerlitz",
            "69004 Lyon",
            "04 78 39 04 10",
        ),
    ],
    "solicitor": [
        (
            "Barraclough & Pickles Solicitors",
            "en",
            "Crossley House, 6 Albion Street",
            "Halifax HX1 1DU",
            "01422 330 700",
        ),
        (
            "Whitfield Greaves LLP",
            "en",
            "27 Kirkgate",
            "Ripon HG4 1PB",
            "01765 602 155",
        ),
        (
            "Amtsgericht Freiburg im Breisgau - Nachlassgericht",
            "de",
            "Holzmarkt 2",
            "79098 Freiburg im Breisgau",
            "0761 205-0",
        ),
        (
            "Amtsgericht Emmendingen - Nachlassgericht",
            "de",
            "Karl-Friedrich-Strasse 25",
            "79312 Emmendingen",
            "07641 450-0",
        ),
        (
            "Office notarial de Maitre Agnes Perrin",
            "fr",
            "9 quai Saint-Vincent",
            "69001 Lyon",
            "04 78 28 40 12",
        ),
        (
            "SCP Roux, Delorme et Associes, notaires",
            "fr",
            "24 cours Emile-Zola",
            "69100 Villeurbanne",
            "04 72 44 10 30",
        ),
    ],
    "society": [
        (
            "Calderdale Family History Society",
            "en",
            "Research Room, Square Chapel",
            "Halifax HX1 1QG",
            "",
        ),
        (
            "Ripon & District Family History Group",
            "en",
            "c/o 4 Mallorie Park Drive",
            "Ripon HG4 2QF",
            "",
        ),
        (
            "Genealogische Arbeitsgemeinschaft Breisgau e.V.",
            "de",
            "Postfach 5206",
            "79019 Freiburg im Breisgau",
            "",
        ),
        (
            "Cercle Genealogique du Lyonnais et du Beaujolais",
            "fr",
            "7 rue Major-Martin",
            "69001 Lyon",
            "04 78 27 83 15",
        ),
    ],
    "newspaper": [
        ("Hebden Bridge Times", "en", "", "", ""),
        ("Halifax Courier", "en", "", "", ""),
        ("Ripon Gazette", "en", "", "", ""),
        ("Yorkshire Post", "en", "", "", ""),
        ("Badische Zeitung", "de", "", "", ""),
        ("Der Sonntag im Breisgau", "de", "", "", ""),
        ("Le Progres", "fr", "", "", ""),
        ("Lyon Plus", "fr", "", "", ""),
    ],
    "music": [
        (
            "Calder Valley Music Centre",
            "en",
            "Riverside School, Foster Lane",
            "Hebden Bridge HX7 8HF",
            "01422 846 330",
        ),
        (
            "Ripon Community Music School",
            "en",
            "The Old Deanery Annexe, Minster Road",
            "Ripon HG4 1QS",
            "01765 600 841",
        ),
        (
            "Musikschule Freiburg e.V.",
            "de",
            "Tullastrasse 70",
            "79108 Freiburg im Breisgau",
            "0761 2 17 00-0",
        ),
        (
            "Jugendmusikschule Suedlicher Breisgau",
            "de",
            "Markgrafenstrasse 5",
            "79219 Staufen",
            "07633 8 06 90",
        ),
        (
            "Conservatoire a rayonnement communal de Villeurbanne",
            "fr",
            "46 cours de la Republique",
            "69100 Villeurbanne",
            "04 78 68 98 27",
        ),
        (
            "Ecole de Musique de la Croix-Rousse",
            "fr",
            "5 rue Dumenge",
            "69004 Lyon",
            "04 78 29 55 41",
        ),
    ],
    "club": [
        (
            "Hebden Bridge Choral Society",
            "en",
            "c/o 11 Birchcliffe Road",
            "Hebden Bridge HX7 8JA",
            "",
        ),
        ("Todmorden Old Brass Band", "en", "Band Room, Halifax Road", "Todmorden OL14 5QG", ""),
        ("Ripon Spa Bowling Club", "en", "Park Street", "Ripon HG4 2BB", ""),
        (
            "Gesangverein Liederkranz Herdern 1862 e.V.",
            "de",
            "Kirchstrasse 14",
            "79104 Freiburg im Breisgau",
            "",
        ),
        (
            "Schwarzwaldverein Ortsgruppe Gundelfingen e.V.",
            "de",
            "Alte Bundesstrasse 41",
            "79194 Gundelfingen",
            "",
        ),
        (
            "Harmonie Municipale de Villeurbanne",
            "fr",
            "Maison des Associations, 15 rue Leon-Blum",
            "69100 Villeurbanne",
            "",
        ),
        (
            "Chorale A Coeur Joie de la Croix-Rousse",
            "fr",
            "2 rue Denfert-Rochereau",
            "69004 Lyon",
            "",
        ),
    ],
    "driving": [
        (
            "Pass First Time School of Motoring",
            "en",
            "3 Commercial Street",
            "Halifax HX1 1TA",
            "07700 900 412",
        ),
        (
            "Karen Holt ADI - Calder Driving Tuition",
            "en",
            "22 Stubbing Holme Road",
            "Hebden Bridge HX7 6DZ",
            "07700 900 733",
        ),
        (
            "Fahrschule Gerber",
            "de",
            "Lehener Strasse 52",
            "79106 Freiburg im Breisgau",
            "0761 27 66 10",
        ),
        (
            "Fahrschule am Stadtgarten GmbH",
            "de",
            "Karlstrasse 4",
            "79104 Freiburg im Breisgau",
            "0761 3 48 18",
        ),
        ("Auto-Ecole de la Croix-Rousse", "fr", "122 boulevard des Canuts", "69004 Lyon", ""),
        ("ECF Villeurbanne Gratte-Ciel", "fr", "8 avenue Henri-Barbusse", "69100 Villeurbanne", ""),
    ],
    "registry": [
        ("DVLA", "en", "Longview Road", "Swansea SA99 1BA", ""),
        (
            "Stadt Freiburg im Breisgau - Kfz-Zulassungsstelle",
            "de",
            "Basler Landstrasse 2",
            "79111 Freiburg im Breisgau",
            "",
        ),
        (
            "Landratsamt Emmendingen - Zulassungsbehoerde",
            "de",
            "Bahnhofstrasse 2-4",
            "79312 Emmendingen",
            "",
        ),
        (
            "Ministere de l'Interieur - Systeme d'immatriculation des vehicules",
            "fr",
            "Agence nationale des titres securises",
            "57000 Metz",
            "",
        ),
    ],
    "savings": [
        (
            "Calder & Aire Building Society",
            "en",
            "Society House, 1 Crown Street",
            "Hebden Bridge HX7 8EH",
            "",
        ),
        ("Heptonstall Permanent Benefit Building Society", "en", "West Laithe", "Halifax", ""),
        (
            "Sparkasse Freiburg - Noerdlicher Breisgau",
            "de",
            "Kaiser-Joseph-Strasse 186-190",
            "79098 Freiburg im Breisgau",
            "",
        ),
        ("Volksbank Breisgau-Sued eG", "de", "Hauptstrasse 8", "79219 Staufen", ""),
        ("Caisse d'Epargne Rhone Alpes", "fr", "Agence Croix-Rousse", "69004 Lyon", ""),
        ("La Banque Postale", "fr", "Centre financier de Lyon", "69900 Lyon Cedex 20", ""),
    ],
}
#: Senders that print no registration footer.
NO_FOOT = {"parish", "cemetery", "society", "club", "registry", "newspaper"}
#: Households: surname, language, street, town.
HOMES = {
    "en": [
        ("Sutcliffe", "Birchcliffe Road", "Hebden Bridge HX7 8JA"),
        ("Greenwood", "Spring Grove", "Todmorden OL14 8BN"),
        ("Ackroyd", "Bondgate", "Ripon HG4 1QW"),
        ("Mitchell", "Skircoat Green Road", "Halifax HX3 0LQ"),
    ],
    "de": [
        ("Brandt", "Wintererstrasse", "79104 Freiburg im Breisgau"),
        ("Kienzler", "Vogesenstrasse", "79194 Gundelfingen"),
        ("Fehrenbach", "Markgraefler Strasse", "79219 Staufen"),
    ],
    "fr": [
        ("Moreau", "rue d'Austerlitz", "69004 Lyon"),
        ("Girard", "rue Francis-de-Pressense", "69100 Villeurbanne"),
        ("Chabert", "montee de la Grande-Cote", "69001 Lyon"),
    ],
}
FIRST = {
    "en": {
        "f": ["Margaret", "Jennifer", "Patricia", "Irene", "Shirley", "Hannah", "Susan", "Joan"],
        "m": ["Derek", "Alan", "Stephen", "Bernard", "Colin", "Gareth", "Kenneth", "Ronald"],
    },
    "de": {
        "f": ["Ute", "Gertrud", "Monika", "Hildegard", "Lena", "Elisabeth", "Rosemarie"],
        "m": ["Klaus", "Wolfgang", "Juergen", "Andreas", "Hermann", "Bernhard", "Josef"],
    },
    "fr": {
        "f": ["Claire", "Odette", "Mireille", "Lucie", "Sylvie", "Jeanne", "Monique"],
        "m": ["Jean-Paul", "Bernard", "Henri", "Marcel", "Gilles", "Rene", "Andre"],
    },
}
SURNAMES = {
    "en": [
        "Holroyd",
        "Crowther",
        "Horsfall",
        "Barker",
        "Wadsworth",
        "Pickles",
        "Binns",
        "Sunderland",
        "Uttley",
        "Gaukroger",
    ],
    "de": ["Schaefer", "Ruf", "Weisser", "Zimmermann", "Hug", "Steiert", "Schwoerer", "Dold"],
    "fr": ["Bonnet", "Faure", "Dumas", "Chevalier", "Roussel", "Perrin", "Garnier", "Blanc"],
}
#: First names of the registers before 1900.
OLD_FIRST = {
    "en": {
        "f": ["Mary", "Sarah", "Hannah", "Betty", "Martha", "Grace", "Susannah", "Ann"],
        "m": ["John", "William", "James", "Thomas", "Joseph", "Abraham", "Jonathan", "Samuel"],
    },
    "de": {
        "f": ["Maria Anna", "Katharina", "Theresia", "Magdalena", "Barbara", "Franziska"],
        "m": ["Johann Georg", "Joseph", "Matthias", "Franz Anton", "Andreas", "Xaver"],
    },
    "fr": {
        "f": ["Marie", "Jeanne", "Claudine", "Benoite", "Antoinette", "Francoise"],
        "m": ["Jean", "Pierre", "Claude", "Antoine", "Benoit", "Jean-Baptiste"],
    },
}
KIDS = ["Tom", "Ellie", "Jonas", "Marie", "Lucas", "Chloe", "Finn", "Amelie", "Oscar", "Ines"]
TOWNS = {
    "en": ["Hebden Bridge", "Todmorden", "Halifax", "Ripon", "Harrogate", "Whitby", "Skipton"],
    "de": ["Freiburg", "Gundelfingen", "Staufen", "Emmendingen", "Waldkirch", "Breisach"],
    "fr": ["Lyon", "Villeurbanne", "Caluire", "Vienne", "Bourg-en-Bresse", "Annecy"],
}
WORDS = {
    "en": "the of and to in for with on at by from this that your we our is are will be any "
    "all may has",
    "de": "die der das und zu im fuer mit auf von dass Ihre wir unsere ist sind wird bei nach "
    "den dem",
    "fr": "le la les et de du des pour avec sur par que votre vos nous est sont sera au aux",
}
TOPIC = {
    "en": {
        "parish": "parish church roof appeal congregation services community hall restoration "
        "gift volunteers worship diocese giving organ churchyard",
        "grave": "grave right burial renewal plot memorial headstone cemetery section "
        "register expiry fees exclusive holder lease",
        "will": "executors trustees estate residuary beneficiaries legacy testator gift "
        "survive probate guardian trust custody original",
        "society": "registers baptisms burials transcripts census ancestors members research "
        "index microfiche records archive search",
        "news": "council residents village meeting plans community local children festival "
        "members funds charity week committee",
        "music": "lessons pupils teacher instrument term tuition exam practice ensemble "
        "orchestra fees concerts",
        "driving": "lessons pupil instructor test booking cancellation notice payment block "
        "vehicle licence theory practical",
        "notes": "composer choir movement written first performance soprano chorus setting "
        "text melody verse organ",
        "wedding": "hotel parking rooms taxi station ceremony reception guests gift list "
        "honeymoon car park train walk minutes village",
        "bank": "interest rate withdrawal notice account passbook deposit balance branch "
        "holder society savings days",
        "club": "members club years service committee chairman honour loyalty anniversary "
        "association evening dinner",
    },
    "de": {
        "parish": "Gemeinde Kirche Kirchgeld Spende Gottesdienst Orgel Renovierung Pfarrei "
        "Jugendarbeit Seniorenkreis Kindergarten Caritas Beitrag",
        "grave": "Grabstaette Nutzungsrecht Ruhezeit Verlaengerung Friedhof Grabmal Gebuehr "
        "Abraeumung Nutzungsberechtigte Bescheid Satzung",
        "will": "Testament Erbe Verwahrung Nachlass Erblasser Verfuegung Erbvertrag "
        "Hinterlegung Testamentsregister Eroeffnung",
        "society": "Kirchenbuch Taufen Trauungen Ahnen Vorfahren Mitglieder Forschung Archiv "
        "Register Verkartung Ortssippenbuch",
        "news": "Gemeinderat Buerger Stadtteil Verein Mitglieder Fest Spenden Veranstaltung "
        "Vorsitzende Jahr Ehrung",
        "music": "Unterricht Schueler Lehrkraft Instrument Semester Gebuehr Ensemble "
        "Orchester Vorspiel Ermaessigung Kuendigung",
        "driving": "Fahrstunde Fahrschueler Fahrlehrer Pruefung Grundbetrag Ausbildung "
        "Kuendigung Entgelt Fahrzeug Theorieunterricht",
        "notes": "Komponist Chor Satz Urauffuehrung Werk Orchester Vertonung Melodie Strophe "
        "Orgel Kantate",
        "wedding": "Hotel Parkplatz Zimmer Taxi Bahnhof Trauung Feier Gaeste Wunschliste "
        "Hochzeitsreise Zug Fussweg Minuten Dorf",
        "bank": "Zinsen Kuendigungsfrist Sparkonto Sparbuch Einzahlung Guthaben Filiale "
        "Inhaber Sparkasse Verfuegung Monat",
        "club": "Mitglieder Verein Jahre Treue Vorstand Vorsitzende Ehrung Jubilaeum "
        "Hauptversammlung Ehrennadel",
    },
    "fr": {
        "parish": "paroisse denier eglise don pretres communaute diocese celebrations "
        "benevoles catechese offrande soutien",
        "grave": "concession sepulture renouvellement cimetiere caveau monument redevance "
        "titulaire echeance reprise ayants droit",
        "will": "testament legs heritiers notaire succession dispositions legataire fichier "
        "central depot conservation volontes",
        "society": "registres paroissiaux baptemes mariages sepultures ancetres releves "
        "adherents recherches archives departementales",
        "news": "commune habitants quartier association membres fete benevoles mairie "
        "manifestation annee conseil",
        "music": "cours eleves professeur instrument trimestre inscription tarif formation "
        "orchestre auditions quotient",
        "driving": "lecons eleve enseignant examen forfait formation annulation conduite "
        "vehicule code heures evaluation",
        "notes": "compositeur choeur mouvement oeuvre creation orchestre melodie texte "
        "cantique orgue",
        "wedding": "hotel parking chambres taxi gare ceremonie reception invites liste "
        "voyage train minutes village navette",
        "bank": "interets plafond retrait livret versement solde agence titulaire epargne "
        "taux quinzaine",
        "club": "membres association annees fidelite bureau president distinction "
        "anniversaire assemblee medaille",
    },
}

#: Sentences of private letters, postcards and cards; a few of them make up each one.
CHAT = {
    "en": [
        "We are all well here, though your father's knee is playing up again in the damp.",
        "The garden has been lovely this year and the sweet peas are still going strong.",
        "Thank you so much for the photographs, I have put the best one on the mantelpiece.",
        "It has rained every single day since we arrived but we are making the best of it.",
        "Ellie started at the big school in September and seems to be settling in well.",
        "We went over to Whitby on the Sunday and had fish and chips on the harbour wall.",
        "Mrs Barker next door has been in hospital again, so I have been doing her shopping.",
        "The choir is doing the Messiah at Christmas and we have extra practices on Thursdays.",
        "I enclose the cutting from the paper about the bowling club, you might know some of "
        "the faces.",
        "Your uncle Kenneth sends his love and says he will write when he has a minute.",
        "We have booked the caravan at Filey again for the last week of August.",
        "I have been sorting out Mother's things and found some old letters you might like.",
        "Do let us know when you are coming up so that I can get the spare room ready.",
        "The new vicar seems very nice and the church was full on Sunday for the harvest.",
        "Tom has passed his driving test at the second attempt, so we are all very relieved.",
        "The weather here is glorious and we sit out on the balcony every evening.",
        "I am sorry not to have written sooner but it has been a busy few weeks.",
        "We had a lovely day out at Bolton Abbey and walked as far as the Strid.",
        "Please give our love to the children and tell them Grandad says hello.",
        "I have finally got the hang of the new telephone, so do ring when you can.",
    ],
    "de": [
        "Uns geht es allen gut, nur Papa hat wieder Probleme mit dem Knie.",
        "Der Garten war dieses Jahr wunderschoen und die Tomaten wollen gar nicht aufhoeren.",
        "Vielen Dank fuer die schoenen Fotos, das beste habe ich gleich eingerahmt.",
        "Seit wir hier sind regnet es jeden Tag, aber wir machen das Beste daraus.",
        "Jonas ist jetzt in der dritten Klasse und geht sehr gern in die Schule.",
        "Am Sonntag waren wir auf dem Schauinsland und haben auf der Huette gevespert.",
        "Frau Schaefer von nebenan liegt wieder im Krankenhaus, ich kaufe fuer sie ein.",
        "Der Chor singt an Weihnachten das Oratorium, wir proben jetzt zweimal die Woche.",
        "Ich lege Dir den Zeitungsausschnitt ueber das Vereinsfest bei.",
        "Onkel Hermann laesst herzlich gruessen, er schreibt Dir bald selbst.",
        "Wir haben die Ferienwohnung am Bodensee wieder fuer die Pfingstferien gebucht.",
        "Beim Aufraeumen von Omas Sachen habe ich alte Briefe gefunden, die Dich interessieren.",
        "Sag uns bitte Bescheid, wann Ihr kommt, damit ich das Gaestezimmer herrichten kann.",
        "Der neue Pfarrer ist sehr nett und beim Erntedankgottesdienst war die Kirche voll.",
        "Lena hat die Fuehrerscheinpruefung bestanden, wir sind alle sehr erleichtert.",
        "Das Wetter ist herrlich und wir sitzen jeden Abend auf der Terrasse.",
        "Entschuldige, dass ich erst jetzt schreibe, es waren ein paar unruhige Wochen.",
        "Gruess die Kinder ganz lieb von uns, Opa fragt jeden Tag nach ihnen.",
    ],
    "fr": [
        "Ici tout le monde va bien, sauf ton pere qui a encore mal au genou.",
        "Le jardin a ete magnifique cette annee et les tomates n'en finissent pas.",
        "Merci beaucoup pour les photos, j'ai mis la plus belle dans un cadre.",
        "Il pleut tous les jours depuis notre arrivee mais nous en profitons quand meme.",
        "Lucas est entre au college en septembre et il s'y plait beaucoup.",
        "Dimanche nous sommes montes a Fourviere et nous avons dejeune dans un bouchon.",
        "Madame Bonnet, la voisine, est de nouveau a l'hopital, je fais ses courses.",
        "La chorale chante le Requiem de Faure a Noel, nous repetons deux fois par semaine.",
        "Je te joins la coupure du journal sur la fete du quartier.",
        "Ton oncle Marcel t'embrasse et t'ecrira des qu'il aura un moment.",
        "Nous avons reserve la location a Arcachon pour la derniere semaine d'aout.",
        "En rangeant les affaires de Maman j'ai retrouve de vieilles lettres pour toi.",
        "Dis-nous quand vous venez pour que je prepare la chambre d'amis.",
        "Le nouveau cure est tres gentil et l'eglise etait pleine pour la Toussaint.",
        "Chloe a eu son permis, nous sommes tous tres soulages.",
        "Il fait un temps splendide et nous dinons sur la terrasse tous les soirs.",
        "Pardon de ne pas avoir ecrit plus tot, ces dernieres semaines ont ete chargees.",
        "Embrasse bien les enfants de notre part.",
    ],
}


def words(rng: random.Random, lang: str, topic: str, n: int | None = None) -> str:
    """A made-up sentence on ``topic`` in ``lang``."""
    own = TOPIC[lang][topic].split()
    glue = WORDS[lang].split()
    got = [
        rng.choice(own) if rng.random() < 0.46 else rng.choice(glue)
        for _ in range(n or rng.randint(8, 17))
    ]
    text = " ".join(got)
    return text[:1].upper() + text[1:] + "."


def prose(rng: random.Random, lang: str, topic: str, k: tuple[int, int] = (2, 4)) -> str:
    return " ".join(words(rng, lang, topic) for _ in range(rng.randint(*k)))


def chat(rng: random.Random, lang: str, k: tuple[int, int] = (2, 4)) -> str:
    """A few sentences of family news."""
    return " ".join(rng.sample(CHAT[lang], min(len(CHAT[lang]), rng.randint(*k))))


def someday(rng: random.Random, first: int = 2006, last: int = 2025) -> date:
    return date(first, 1, 2) + timedelta(days=rng.randint(0, (last - first) * 365 + 300))


def keyed(who: Issuer, what: str) -> random.Random:
    """A generator fixed by the issuer and ``what``, so that a run or a companion keeps its
    family, parish, pupil or account."""
    return random.Random(zlib.crc32(f"locker|{what}|{who.name}|{who.street}|{who.city}".encode()))


def ref(rng: random.Random, pattern: str) -> str:
    """``pattern`` with each ``#`` a digit and each ``@`` a capital letter."""
    return "".join(
        rng.choice("0123456789")
        if ch == "#"
        else rng.choice("ABCDEFGHJKLMNPRSTUVWXY")
        if ch == "@"
        else ch
        for ch in pattern
    )


def paper(
    s: Style, size: tuple[float, float], margin: float | None = None, pt: float | None = None
) -> Style:
    """``s`` on another paper size (and margin or type size)."""
    return replace(s, page_size=size, margin=margin or s.margin, size=pt or s.size)


def person(rng: random.Random, lang: str, sex: str = "", surname: str = "") -> str:
    sex = sex or rng.choice("fm")
    return f"{rng.choice(FIRST[lang][sex])} {surname or rng.choice(SURNAMES[lang])}"


def family(who: Issuer, lang: str) -> tuple[str, list[str]]:
    """The household behind ``who`` in ``lang``: its surname and postal address lines, the
    same for every document of a run or a companion pair."""
    r = keyed(who, "home" + lang)
    surname, road, town = r.choice(HOMES[lang])
    no = r.randint(2, 88)
    head = person(r, lang, surname=surname)
    return surname, [head, f"{road} {no}" if lang == "de" else f"{no} {road}", town]


def spouse(who: Issuer, lang: str) -> str:
    """The partner of the household's head (who makes a mirror will, is honoured too)."""
    surname, home = family(who, lang)
    r = keyed(who, "spouse" + lang)
    first = home[0].split()[0]
    sex = "m" if first in FIRST[lang]["f"] else "f"
    return person(r, lang, sex, surname)


def lang_of(who: Issuer, what: str, odds: tuple[float, float] = (0.55, 0.25)) -> str:
    """The language a private paper of ``who`` is written in."""
    r = keyed(who, "lang" + what).random()
    return "en" if r < odds[0] else "de" if r < odds[0] + odds[1] else "fr"


def long_day(d: date, lang: str) -> str:
    return date_text(d, lang, "long")


def hand_day(rng: random.Random, d: date, lang: str) -> str:
    """A date as people write it at the top of a letter or on the back of a photograph."""
    m = MONTHS[lang][d.month - 1]
    if lang == "de":
        return rng.choice([f"{d.day}.{d.month}.{d.year % 100:02d}", f"{d.day}. {m} {d.year}"])
    if lang == "fr":
        return rng.choice([f"le {d.day} {m} {d.year}", f"{d.day}/{d.month}/{d.year % 100:02d}"])
    sfx = "th" if 10 <= d.day % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(d.day % 10, "th")
    return rng.choice(
        [f"{d.day}{sfx} {m}", f"{d.day}{sfx} {m[:3]}. {d.year}", f"{d.day}.{d.month}.{d.year}"]
    )


# ---------------------------------------------------------------------------------------------
# Senders: letterheads, later-page tops, footers
# ---------------------------------------------------------------------------------------------


@dataclass
class Source:
    """One sender as it prints: its details and its habits."""

    name: str
    lang: str
    street: str
    town: str
    phone: str
    look: str  # centred | cross | band | side | typed | ruled
    again: bool  # letterhead on every page
    foot: list[str]
    numbers: str
    corner: str
    dstyle: str


LOOKS = ["centred", "cross", "band", "side", "typed", "ruled"]
NUMBERS = {
    "en": ["none", "none", "none", "Page {i} of {n}", "2:- {i} -", "{i}", "2:Page {i}"],
    "de": ["none", "none", "Seite {i} von {n}", "2:- {i} -", "Seite {i}"],
    "fr": ["none", "none", "{i}/{n}", "Page {i} sur {n}", "2:- {i} -"],
}


def foot_of(r: random.Random, name: str, lang: str) -> list[str]:
    """Registration and bank lines a business prints at the foot of its pages."""
    if lang == "de":
        return [
            f"{name} | Sparkasse Freiburg IBAN DE{r.randint(10, 99)} 6805 0101 "
            f"{r.randint(1000, 9999)} {r.randint(1000, 9999)} {r.randint(10, 99)} | "
            f"Steuernummer 06{r.randint(1, 9)}/{r.randint(100, 999)}/{r.randint(10000, 99999)}"
        ]
    if lang == "fr":
        return [
            f"{name} - SIRET {r.randint(300, 899)} {r.randint(100, 999)} {r.randint(100, 999)} "
            f"{r.randint(10000, 99999)} - Agrement {ref(r, 'E ## 069 ####0')}"
        ]
    out = [f"{name} - registered in England and Wales No. {r.randint(1000000, 13999999):08d}"]
    if r.random() < 0.5:
        out.append(
            "Authorised and regulated by the Solicitors Regulation Authority, SRA No. "
            f"{r.randint(400000, 699999)}"
            if "olicitor" in name or "LLP" in name
            else f"VAT Reg. No. {r.randint(100, 999)} {r.randint(1000, 9999)} {r.randint(10, 99)}"
        )
    return out


def source(who: Issuer, trade: str, looks: list[str] | None = None, lang: str = "") -> Source:
    """The ``trade`` sender of ``who`` (always the same one for the same issuer), one writing
    in ``lang`` if given."""
    r = keyed(who, trade + lang)
    rows = [x for x in SENDERS[trade] if x[1] == lang] if lang else SENDERS[trade]
    name, lang, street, town, phone = r.choice(rows)
    return Source(
        name=name,
        lang=lang,
        street=street,
        town=town,
        phone=phone,
        look=r.choice(looks or LOOKS),
        again=r.random() < 0.3,
        foot=[]
        if trade in NO_FOOT or "gericht" in name or r.random() < 0.3
        else foot_of(r, name, lang),
        numbers=r.choice(NUMBERS[lang]),
        corner=r.choice(["bc", "br", "tr", "bc", "bl"]),
        dstyle=r.choice(["long", "short", "long"] + (["iso"] if lang == "en" else [])),
    )


def on(o: Source, d: date) -> str:
    return date_text(d, o.lang, o.dstyle)


def cross(p: Page, x: float, y: float, size: float) -> None:
    """A small cross with a ring of four strokes, as church letterheads print."""
    p.rect(x + size * 0.42, y, size * 0.16, size, fill=0.15)
    p.rect(x + size * 0.12, y + size * 0.26, size * 0.76, size * 0.16, fill=0.15)


def letterhead(p: Page, s: Style, o: Source, look: str | None = None) -> float:
    """Print ``o``'s letterhead at the top of ``p``; the y where the page's content starts."""
    w, _ = p.size
    m = s.margin
    top = max(m - 10, 26.0)
    look = look or o.look
    tel = tr(o.lang, "Tel.", "Telefon", "Tel.") + " " + o.phone if o.phone else ""
    addr = ", ".join(x for x in (o.street, o.town) if x)
    if look == "centred":
        pt = shrink(o.name, s.bold, s.size + 4, w - 2 * m)
        p.text(w / 2, top + 4, o.name, s.bold, pt, "center")
        p.text(
            w / 2,
            top + 17,
            fit(" - ".join(x for x in (addr, tel) if x), s.font, 7.5, w - 2 * m),
            s.font,
            7.5,
            "center",
        )
        return top + 42
    if look == "cross":
        cross(p, m, top - 16, 26)
        pt = shrink(o.name, italic(s.font), s.size + 3, w - 2 * m - 40)
        p.text(m + 36, top - 2, o.name, italic(s.font), pt)
        p.text(m + 36, top + 10, fit(addr, s.font, 7.5, w - 2 * m - 40), s.font, 7.5)
        if tel:
            p.text(m + 36, top + 19, tel, s.font, 7.5)
        return top + 44
    if look == "band":
        p.rect(0, 0, w, top + 20, fill=0.85)
        pt = shrink(o.name, s.bold, s.size + 5, w - 2 * m)
        p.text(m, top + 4, o.name, s.bold, pt)
        p.text(
            w - m,
            top + 15,
            fit(" | ".join(x for x in (addr, tel) if x), s.font, 6.5, w - 2 * m),
            s.font,
            6.5,
            "right",
        )
        return top + 46
    if look == "side":
        pt = shrink(o.name, s.bold, s.size + 1, w * 0.45)
        p.text(w - m, top, o.name, s.bold, pt, "right")
        yy = top + 12
        for x in (o.street, o.town, tel):
            if x:
                p.text(w - m, yy, fit(x, s.font, 7.5, w * 0.42), s.font, 7.5, "right")
                yy += 9
        return yy + 14
    if look == "ruled":
        pt = shrink(o.name, s.font, s.size + 6, w - 2 * m)
        p.text(m, top + 4, o.name, s.font, pt)
        p.line(m, top + 10, w - m, top + 10)
        p.text(m, top + 20, fit(addr, s.font, 7, w / 2 - m), s.font, 7)
        if tel:
            p.text(w - m, top + 20, tel, s.font, 7, "right")
        return top + 42
    p.text(m, top, fit(o.name.upper(), "Courier-Bold", 10, w - 2 * m), "Courier-Bold", 10)
    p.text(m, top + 11, fit(addr + "  " + o.phone, "Courier", 8, w - 2 * m), "Courier", 8)
    return top + 34


def later_top(p: Page, s: Style, o: Source, running: str) -> float:
    """Top of a continuation page: the letterhead again, a running header, or nothing."""
    if o.again:
        return letterhead(p, s, o)
    if not running:
        return s.margin - 6
    return running_header(p, s, running)


class Leaves(Flow):
    """Line, paragraph and heading spacing of the locker pages."""

    line = 1.36
    para_gap = 0.75
    head_lead = 0.9
    head_after = 1.5


def leaves(s: Style, o: Source, running: str = "", headed: bool = True) -> Leaves:
    def start(p: Page, n: int) -> float:
        return letterhead(p, s, o) if n == 1 and headed else later_top(p, s, o, running)

    w, h = s.page_size
    return Leaves((w, h), h - s.margin - 8 * len(o.foot), start)


def close(
    pages: list[Page], s: Style, o: Source, covers: int = 0, numbers: str | None = None
) -> list[Page]:
    """Footers on every page after ``covers``, then page numbers in ``o``'s manner."""
    style = o.numbers if numbers is None else numbers
    return foot_and_number(pages, s, o.foot, style, o.corner, covers)


def window(
    f: Leaves, s: Style, o: Source, lines: list[str], d: date, refs: list[tuple[str, str]]
) -> None:
    """Recipient lines in the envelope window, references and the date to the right."""
    w, _ = f.size
    m = s.margin
    y0 = f.y
    below = window_lines(f.page, s, o if o.look != "typed" else None, y0, lines)
    yy = y0
    x = w * 0.58
    for k, v in [*refs, (tr(o.lang, "Date", "Datum", "Date"), on(o, d))]:
        f.page.text(x, yy, k + ":", s.font, s.size - 2)
        f.page.text(
            w - m, yy, fit(v, s.font, s.size - 1.5, w - m - x - 66), s.font, s.size - 1.5, "right"
        )
        yy += s.size * 1.45
    f.y = max(below, yy) + 20


def heading(f: Leaves, s: Style, text: str, grow: float = 2.5, under: bool = False) -> None:
    if not text:
        return
    w, _ = f.size
    pt = shrink(text, s.bold, s.size + grow, w - 2 * s.margin)
    f.need(pt * 4)
    f.page.text(s.margin, f.y, text, s.bold, pt)
    if under:
        f.page.line(s.margin, f.y + 3, s.margin + tw(text, s.bold, pt), f.y + 3)
    f.y += pt * 1.8


def say(f: Leaves, s: Style, text: str, indent: float = 0, pt: float = 0) -> None:
    w, _ = f.size
    f.para(s.margin + indent, w - 2 * s.margin - indent, text, s.font, pt or s.size)


def dear(f: Leaves, s: Style, lang: str, name: str = "") -> None:
    last = name.split()[-1] if name else ""
    t = {
        "de": f"Sehr geehrte Familie {last}," if last else "Sehr geehrte Damen und Herren,",
        "fr": "Madame, Monsieur,",
    }.get(lang, f"Dear {name}," if name else "Dear Sir or Madam,")
    f.need(s.size * 3)
    f.page.text(s.margin, f.y, t, s.font, s.size)
    f.y += s.size * 2


def regards(f: Leaves, s: Style, lang: str, name: str, role: str, ink: bool = True) -> None:
    f.need(92)
    m = s.margin
    f.page.text(
        m,
        f.y,
        tr(
            lang,
            "Yours sincerely",
            "Mit freundlichen Gruessen",
            "Nous vous prions d'agreer nos salutations distinguees.",
        ),
        s.font,
        s.size,
    )
    f.y += 14
    if ink:
        scrawl(f.page, m + 4, f.y + 18, name)
        f.y += 28
    else:
        f.y += 10
    f.page.text(m, f.y, name, s.font, s.size)
    if role:
        f.page.text(m, f.y + s.size * 1.3, role, s.font, s.size - 1)
    f.y += s.size * 3


def scrawl(p: Page, x: float, y: float, name: str, size: float = 15) -> None:
    """A signature on the baseline ``y``."""
    last = name.split()[-1]
    p.text(x, y, name.split()[0][:1] + ". " + last, "Times-Italic", size)
    p.line(x - 3, y + 4, x + tw(last, "Times-Italic", size) + 14, y + 1)


#: Fonts that pass for handwriting in this part.
HANDS = ["Times-Italic", "Helvetica-Oblique", "Courier-Oblique"]


def pen(rng: random.Random) -> str:
    return rng.choice(HANDS)


def written(
    p: Page, x: float, y: float, width: float, text: str, font: str, pt: float, lead: float = 1.5
) -> float:
    """``text`` wrapped to ``width`` (in a hand: with handwriting's uneven left edge); the y
    below."""
    uneven = font in HANDS
    for k, ln in enumerate(wrap(text, font, pt, width)):
        p.text(x + ((k * 7 % 5) - 2 if uneven else 0), y, ln, font, pt)
        y += pt * lead
    return y


def cells(
    p: Page,
    s: Style,
    x: float,
    y: float,
    w: float,
    items: list[tuple[str, str]],
    per_row: int = 2,
    hand: bool = True,
    h: float = 27,
) -> float:
    """Form cells with a small caption and an entry (handwritten if ``hand``); the y below."""
    cw = w / per_row
    font = "Helvetica-Oblique" if hand else s.font
    for k, (cap, val) in enumerate(items):
        cx = x + (k % per_row) * cw
        cy = y + (k // per_row) * h
        p.rect(cx, cy, cw, h)
        p.text(cx + 3, cy + 8, fit(cap, s.font, 6, cw - 6), s.font, 6)
        if val:
            p.text(cx + 6, cy + h - 7, fit(val, font, 9, cw - 12), font, 9)
    return y + ((len(items) + per_row - 1) // per_row) * h + 8


def tickrow(
    p: Page, s: Style, x: float, y: float, w: float, opts: list[str], on_: set[int], pt: float = 8
) -> float:
    """Tick boxes in a wrapping row; the y below."""
    xx = x
    for k, t in enumerate(opts):
        need = 14 + tw(t, s.font, pt)
        if xx + need > x + w and xx > x:
            xx = x
            y += pt * 1.9
        box(p, xx, y, k in on_, pt)
        p.text(xx + pt + 4, y, t, s.font, pt)
        xx += need + 10
    return y + pt * 2.2


def terms(f: Leaves, s: Style, items: list[tuple[str, str]], cols: int = 2, pt: float = 7) -> None:
    """Numbered conditions in ``cols`` columns, continuing on new pages."""
    w, _ = f.size
    m = s.margin
    gap = 14
    cw = (w - 2 * m - gap * (cols - 1)) / cols
    rows: list[tuple[str, str]] = []
    for head, body in items:
        rows.append((s.bold, head))
        rows.extend((s.font, ln) for ln in wrap(body, s.font, pt, cw))
        rows.append((s.font, ""))
    col, y, y0 = 0, f.y, f.y
    for font, t in rows:
        if y > f.bottom:
            if col < cols - 1:
                col, y = col + 1, y0
            else:
                f.new_page()
                col, y = 0, f.y
                y0 = f.y
        if t:
            f.page.text(m + col * (cw + gap), y, fit(t, font, pt, cw), font, pt)
        y += pt * 1.32
    f.y = (y if col == 0 else f.bottom) + 8


def cut(p: Page, y: float, x0: float, x1: float, label: str = "") -> None:
    """A dashed tear-off line with ``label`` in a gap on the left."""
    x = x0
    gap = (x0 + 20, x0 + 28 + tw(label, "Helvetica", 6)) if label else (0.0, 0.0)
    while x < x1:
        if not gap[0] <= x <= gap[1]:
            p.line(x, y, min(x + 5, x1), y)
        x += 8
    if label:
        p.text(gap[0] + 4, y + 2, label, "Helvetica", 6)


def frame(p: Page, x: float, y: float, w: float, h: float, fancy: bool = True) -> None:
    """A certificate border: two rules and, if ``fancy``, corner squares."""
    p.rect(x, y, w, h)
    p.rect(x + 5, y + 5, w - 10, h - 10)
    if fancy:
        for cx, cy in ((x, y), (x + w - 16, y), (x, y + h - 16), (x + w - 16, y + h - 16)):
            p.rect(cx + 2, cy + 2, 12, 12, fill=0.35)


def photo(p: Page, rng: random.Random, x: float, y: float, w: float, h: float) -> None:
    """A photograph as a scan shows it: a grey print, sky and ground, some figures or a
    building, maybe a white border."""
    if rng.random() < 0.5:
        p.rect(x, y, w, h)
        x, y, w, h = x + 5, y + 5, w - 10, h - 10
    p.rect(x, y, w, h, fill=rng.uniform(0.62, 0.8))
    horizon = rng.uniform(0.35, 0.7)
    p.rect(x, y + h * horizon, w, h * (1 - horizon), fill=rng.uniform(0.3, 0.5))
    scene = rng.choice(["people", "house", "hills", "people"])
    if scene == "people":
        for _ in range(rng.randint(1, 5)):
            fw = w * rng.uniform(0.06, 0.1)
            fx = x + rng.uniform(0.05, 0.85) * w
            fh = h * rng.uniform(0.35, 0.55)
            fy = y + h * horizon - fh * 0.6
            p.rect(fx, fy + fh * 0.22, fw, fh * 0.78, fill=rng.uniform(0.1, 0.3))
            p.rect(fx + fw * 0.2, fy, fw * 0.6, fh * 0.2, fill=rng.uniform(0.45, 0.6))
    elif scene == "house":
        bx, bw = x + w * rng.uniform(0.15, 0.45), w * rng.uniform(0.3, 0.45)
        by, bh = y + h * horizon - h * 0.35, h * 0.35
        p.rect(bx, by, bw, bh, fill=0.55)
        p.line(bx - 4, by, bx + bw / 2, by - h * 0.15)
        p.line(bx + bw / 2, by - h * 0.15, bx + bw + 4, by)
        for k in range(3):
            p.rect(bx + bw * (0.12 + 0.3 * k), by + bh * 0.25, bw * 0.14, bh * 0.22, fill=0.2)
    else:
        px = x
        while px < x + w - 4:
            nx = min(x + w, px + rng.uniform(w * 0.1, w * 0.3))
            p.line(px, y + h * horizon, (px + nx) / 2, y + h * (horizon - rng.uniform(0.05, 0.2)))
            p.line((px + nx) / 2, y + h * (horizon - 0.1), nx, y + h * horizon)
            px = nx


def sketch(p: Page, rng: random.Random, x: float, y: float, w: float, h: float) -> None:
    """A child's drawing: a house, a sun, a tree and stick people in strokes."""
    gy = y + h * 0.82
    p.line(x, gy, x + w, gy + rng.uniform(-6, 6))
    hx, hw, hh = x + w * rng.uniform(0.05, 0.3), w * 0.32, h * 0.3
    p.rect(hx, gy - hh, hw, hh)
    p.line(hx - 6, gy - hh, hx + hw / 2, gy - hh - h * 0.18)
    p.line(hx + hw / 2, gy - hh - h * 0.18, hx + hw + 6, gy - hh)
    p.rect(hx + hw * 0.4, gy - hh * 0.5, hw * 0.2, hh * 0.5)
    sx, sy, r = x + w * 0.82, y + h * 0.14, min(w, h) * 0.06
    p.rect(sx - r, sy - r, 2 * r, 2 * r)
    for dx, dy in ((1, 0), (-1, 0), (0, 1), (0, -1), (1, 1), (-1, -1), (1, -1), (-1, 1)):
        p.line(sx + dx * r * 1.3, sy + dy * r * 1.3, sx + dx * r * 2.2, sy + dy * r * 2.2)
    for k in range(rng.randint(1, 4)):
        fx = x + w * (0.5 + 0.1 * k)
        fh = h * rng.uniform(0.16, 0.26)
        p.rect(fx - 6, gy - fh - 12, 12, 12)
        p.line(fx, gy - fh, fx, gy - fh * 0.4)
        p.line(fx, gy - fh * 0.4, fx - 7, gy)
        p.line(fx, gy - fh * 0.4, fx + 7, gy)
        p.line(fx - 10, gy - fh * 0.8, fx + 10, gy - fh * 0.8)


class Panel(Page):
    """One page of a folded booklet or card printed side by side on a larger sheet: draws into
    the sheet's items, shifted right by ``dx``."""

    def __init__(self, sheet: Page, dx: float, size: tuple[float, float]) -> None:
        super().__init__(size, sheet.items)
        self.dx = dx

    def text(
        self,
        x: float,
        y_top: float,
        value: str,
        font: str = "Helvetica",
        size: float = 10,
        align: str = "left",
    ) -> None:
        super().text(x + self.dx, y_top, value, font, size, align)

    def rect(self, x: float, y_top: float, w: float, h: float, fill: float | None = None) -> None:
        super().rect(x + self.dx, y_top, w, h, fill)

    def line(self, x1: float, y1: float, x2: float, y2: float) -> None:
        super().line(x1 + self.dx, y1, x2 + self.dx, y2)


def booklet(size: tuple[float, float], n: int, spreads: bool) -> tuple[list[Page], list[Page]]:
    """``n`` (a multiple of 4) booklet pages of ``size``: as pages of their own, or (with
    ``spreads``) laid out in printer's pairs on sheets twice as wide, as a booklet is scanned
    opened flat; returns the pages to draw on (in reading order) and the pages to keep."""
    if not spreads:
        pages = [Page(size) for _ in range(n)]
        return pages, pages
    w, h = size
    sheets = [Page((2 * w, h)) for _ in range(n // 2)]
    panels: list[Page] = [Page(size) for _ in range(n)]
    # Sheet 0 shows the back (n) and the cover (1); the inner sheets show the facing pages.
    panels[n - 1] = Panel(sheets[0], 0, size)
    panels[0] = Panel(sheets[0], w, size)
    for k in range(1, n // 2):
        panels[2 * k - 1] = Panel(sheets[k], 0, size)
        panels[2 * k] = Panel(sheets[k], w, size)
    return panels, sheets


def centred(p: Page, y: float, lines: list[str], font: str, pt: float, lead: float = 1.45) -> float:
    """Lines centred on ``p`` from ``y``, each shrunk to fit; the y below."""
    w, _ = p.size
    for ln in lines:
        if ln:
            p.text(w / 2, y, ln, font, shrink(ln, font, pt, w - 40), "center")
        y += pt * lead
    return y


# ---------------------------------------------------------------------------------------------
# Templates P: parish, cemetery and funerals
# ---------------------------------------------------------------------------------------------

CLERGY = {
    "en": [
        ("The Revd Canon Julia Hardcastle", "Vicar"),
        ("Fr. Michael Dunne", "Parish Priest"),
        ("The Revd Peter Oldroyd", "Minister"),
        ("Alison Taylor", "Parish Administrator"),
    ],
    "de": [
        ("Pfarrer Thomas Kaltenbach", "Pfarrer"),
        ("Pfarrerin Dr. Sabine Merkel", "Pfarrerin"),
        ("Monika Ruf", "Pfarrbuero"),
        ("Bernhard Steiert", "Vorsitzender des Kirchengemeinderats"),
    ],
    "fr": [
        ("Pere Laurent Vasseur", "cure"),
        ("Pere Emmanuel Ndiaye", "cure"),
        ("Anne-Marie Giraud", "econome paroissiale"),
    ],
}


def tpl_parish_appeal(rng: random.Random, who: Issuer) -> list[Page]:
    """A parish's appeal letter to a household: an English church roof or planned giving
    appeal with the donation and Gift Aid form, a German Kirchgeld letter with the amounts by
    income and a transfer slip, a French denier de l'Eglise letter with the bulletin de
    soutien; sometimes a leaflet on what the gifts paid for."""
    o = source(who, "parish", ["centred", "cross", "cross", "side", "ruled", "band"])
    lg = o.lang
    s = paper(who.style, rng.choice([A4, A4, A4, A5]))
    w, h = s.page_size
    m = s.margin
    _surname, home = family(who, lg)
    d = someday(rng)
    yr = d.year if d.month < 10 else d.year + 1
    kind = {"de": "kirchgeld", "fr": "denier"}.get(lg, rng.choice(["roof", "giving", "christmas"]))
    member = ref(keyed(who, "member"), "####")
    subject = {
        "roof": rng.choice(["Church Roof Appeal", "Bell Tower Appeal", "Organ Restoration Fund"]),
        "giving": f"Planned Giving - renewal for {yr}",
        "christmas": f"Christmas Appeal {d.year}",
        "kirchgeld": rng.choice([f"Kirchgeld {yr}", f"Freiwilliges Gemeindekirchgeld {yr}"]),
        "denier": f"Denier de l'Eglise {yr}",
    }[kind]
    f = leaves(s, o, subject)
    refs = [(tr(lg, "Envelope no.", "Gemeindeglied-Nr.", "N. donateur"), member)]
    window(f, s, o, home, d, refs if rng.random() < 0.7 else [])
    heading(f, s, subject, 2.5)
    dear(f, s, lg, home[0] if lg == "en" and rng.random() < 0.5 else "")
    say(f, s, prose(rng, lg, "parish", (2, 3)))
    target = rng.choice([45000, 80000, 120000, 250000])
    raised = int(target * rng.uniform(0.2, 0.8))
    if kind == "roof":
        say(
            f,
            s,
            f"The architect's inspection found that the lead on the south aisle roof has reached "
            f"the end of its life. The work is estimated to cost {money(target)} GBP, of which "
            f"{money(raised)} GBP has been raised so far.",
        )
        f.need(90)
        y0 = f.y
        # the familiar thermometer beside a paragraph
        x0 = w - m - 30
        f.page.rect(x0, y0, 16, 70)
        f.page.rect(x0, y0 + 70 * (1 - raised / target), 16, 70 * raised / target, fill=0.3)
        f.page.text(x0 - 6, y0 + 6, money(target, "en")[:-3], s.font, 7, "right")
        f.page.text(x0 - 6, y0 + 66, "0", s.font, 7, "right")
        f.para(m, w - 2 * m - 80, prose(rng, lg, "parish", (1, 2)), s.font, s.size)
        f.y = max(f.y, y0 + 84)
    elif kind == "giving":
        say(
            f,
            s,
            "If you already give through the envelope scheme or by standing order, thank you. "
            "Please use the enclosed form to let us know what you plan to give in the coming "
            "year, and whether we may claim Gift Aid on your gifts.",
        )
    elif kind == "kirchgeld":
        say(
            f,
            s,
            "Das Kirchgeld wird von allen Gemeindegliedern ab 18 Jahren mit eigenem Einkommen "
            "erbeten. Es bleibt in voller Hoehe in unserer Gemeinde. Wir bitten um folgende "
            "Betraege:",
        )
        rows = [
            ["bis 12.000 EUR", "5,00 EUR"],
            ["12.001 - 24.000 EUR", "15,00 EUR"],
            ["24.001 - 40.000 EUR", "30,00 EUR"],
            ["40.001 - 60.000 EUR", "50,00 EUR"],
            ["ueber 60.000 EUR", "80,00 EUR und mehr"],
        ]
        table(
            f,
            columns(m + 20, m + 20 + min(300, w - 2 * m - 20), [(2, "left"), (1.4, "right")]),
            ["Jahreseinkommen", "Kirchgeld"],
            rows,
            s,
        )
        f.y += 6
        say(f, s, f"Verwendungszweck dieses Jahr: {words(rng, lg, 'parish', 8)}")
    elif kind == "denier":
        say(
            f,
            s,
            "L'Eglise ne recoit aucune subvention: le Denier permet d'assurer la vie des pretres "
            "et la remuneration des laics en mission. 66% de votre don est deductible de votre "
            "impot sur le revenu, dans la limite de 20% du revenu imposable.",
        )
        table(
            f,
            columns(m, w - m, [(1, "right"), (1, "right"), (1.2, "right")]),
            ["Vous donnez", "Deduction fiscale", "Cout reel"],
            [[money(v, lg), money(v * 0.66, lg), money(v * 0.34, lg)] for v in (50, 100, 200, 500)],
            s,
        )
        f.y += 6
    else:
        say(f, s, prose(rng, lg, "parish", (2, 3)))
    if rng.random() < 0.5:
        say(f, s, prose(rng, lg, "parish", (1, 3)))
    name, role = rng.choice(CLERGY[lg])
    f.need(90)
    f.page.text(
        m,
        f.y,
        tr(
            lg,
            rng.choice(["With every blessing,", "Yours in Christ,", "With thanks,"]),
            "Mit herzlichen Gruessen",
            "Avec ma fraternelle amitie,",
        ),
        s.font,
        s.size,
    )
    scrawl(f.page, m + 4, f.y + 30, name.replace("The Revd ", "").replace("Fr. ", ""))
    f.page.text(m, f.y + 46, name, s.font, s.size)
    f.page.text(m, f.y + 46 + s.size * 1.3, role, s.font, s.size - 1)
    f.y += 46 + s.size * 3.5
    # the enclosure: a form or a transfer slip, on the foot of the letter or a page of its own
    slip_h = 250 if lg == "de" else 300
    if f.y + slip_h > h - m or rng.random() < 0.5:
        f.new_page()
        y = f.y
    else:
        y = h - m - slip_h
        cut(f.page, y - 12, 10, w - 10, tr(lg, "please detach", "hier abtrennen", "a decouper"))
    p = f.page
    if lg == "de":
        p.rect(m - 6, y - 4, w - 2 * m + 12, slip_h - 10, fill=0.93)
        p.text(m, y + 10, "SEPA-Ueberweisung/Zahlschein", s.bold, 9)
        p.text(w - m, y + 10, fit(o.name, s.font, 7, w / 2 - m), s.font, 7, "right")
        y = cells(
            p,
            s,
            m,
            y + 18,
            w - 2 * m,
            [
                ("Angaben zum Zahlungsempfaenger: Name, Vorname/Firma", o.name),
                ("IBAN", f"DE{rng.randint(10, 99)} 6805 0101 00{rng.randint(10, 99)} 1234 56"),
                ("BIC des Kreditinstituts", "FRSPDE66XXX"),
                ("Betrag: Euro, Cent", ""),
                ("Kunden-Referenznummer - Verwendungszweck", f"Kirchgeld {yr} Nr. {member}"),
                ("Angaben zum Kontoinhaber: Name, Vorname, Ort", ""),
                ("IBAN des Kontoinhabers", ""),
                ("Datum, Unterschrift(en)", ""),
            ],
            per_row=1,
            hand=False,
            h=26,
        )
    elif lg == "fr":
        p.text(m, y + 10, "BULLETIN DE SOUTIEN - DENIER DE L'EGLISE " + str(yr), s.bold, 9.5)
        y = tickrow(
            p,
            s,
            m,
            y + 30,
            w - 2 * m,
            ["50 EUR", "100 EUR", "150 EUR", "250 EUR", "autre montant: ........"],
            set(),
        )
        y = tickrow(
            p,
            s,
            m,
            y,
            w - 2 * m,
            ["par cheque a l'ordre de ADL - Denier", "par prelevement mensuel", "en ligne"],
            set(),
        )
        y = cells(
            p,
            s,
            m,
            y,
            w - 2 * m,
            [
                ("Nom", home[0]),
                ("Prenom", ""),
                ("Adresse", home[1]),
                ("Code postal, ville", home[2]),
                ("Courriel", ""),
                ("Telephone", ""),
            ],
            per_row=2,
            hand=False,
        )
        p.text(m, y + 4, fit(words(rng, lg, "parish", 14), s.font, 6.5, w - 2 * m), s.font, 6.5)
    else:
        p.text(m, y + 10, tr(lg, "Donation form and Gift Aid declaration"), s.bold, s.size + 1)
        y = tickrow(
            p,
            s,
            m,
            y + 30,
            w - 2 * m,
            ["GBP 10", "GBP 25", "GBP 50", "GBP 100", "Other GBP ......", "monthly", "one-off"],
            set(),
        )
        y = cells(
            p,
            s,
            m,
            y,
            w - 2 * m,
            [
                ("Title and full name", ""),
                ("Envelope number", member),
                ("Home address", ""),
                ("Postcode", ""),
            ],
            hand=False,
        )
        box(p, m, y + 4, False, 8)
        for k, ln in enumerate(
            wrap(
                "giftaid it. I am a UK taxpayer and understand that if I pay less Income Tax "
                "and/or Capital Gains Tax in the current tax year than the amount of Gift Aid "
                "claimed on all my donations it is my responsibility to pay any difference.",
                s.font,
                7,
                w - 2 * m - 16,
            )
        ):
            p.text(m + 14, y + 4 + 9 * k, ln, s.font, 7)
        p.text(m, y + 52, "Signature ______________________   Date ____________", s.font, 8)
    pages = f.pages
    if rng.random() < 0.3:
        # the diocese's leaflet, on its own paper
        q = Page(rng.choice([A5, A4]))
        qw, qh = q.size
        q.rect(0, 0, qw, 60, fill=rng.choice([0.8, 0.88]))
        q.text(
            qw / 2,
            38,
            tr(lg, "Your gift at work", "Was Ihre Gabe bewirkt", "Grace a vos dons"),
            "Helvetica-Bold",
            18,
            "center",
        )
        y = 80
        for _ in range(rng.randint(2, 3)):
            ph = (qh - 120) / 3 - 20
            photo(q, rng, 30, y, qw * 0.45, ph)
            written(
                q,
                qw * 0.45 + 44,
                y + 14,
                qw * 0.55 - 74,
                words(rng, lg, "parish", 12),
                "Helvetica",
                8.5,
                1.35,
            )
            y += ph + 20
        pages.append(q)
    return close(pages, s, o, numbers="none")


def deceased(
    r: random.Random, lang: str, surname: str = "", sex: str = ""
) -> tuple[str, date, date, str]:
    """Someone who died: name, date of birth, date of death, sex (f or m)."""
    sex = sex or r.choice("fm")
    born = date(r.randint(1921, 1952), r.randint(1, 12), r.randint(1, 28))
    died = date(r.randint(2004, 2024), r.randint(1, 12), r.randint(1, 28))
    return person(r, lang, sex, surname or r.choice(SURNAMES[lang])), born, died, sex


def tpl_grave_notice(rng: random.Random, who: Issuer) -> list[Page]:
    """A cemetery office's notice that the right of burial in a family grave expires: the
    letter with the grave's place and the renewal fees, the renewal application form and
    often a plan of the cemetery section with the grave marked (German Ablauf des
    Nutzungsrechts, French concession arrivant a echeance)."""
    o = source(who, "cemetery", ["centred", "side", "ruled", "band", "typed"])
    lg = o.lang
    s = paper(who.style, A4)
    w, _ = s.page_size
    m = s.margin
    surname, home = family(who, lg)
    r = keyed(who, "grave" + lg)
    section, row, no = r.randint(1, 24), r.randint(1, 18), r.randint(1, 260)
    place = tr(
        lg,
        f"Section {chr(64 + section % 20 + 1)}, grave {no}",
        f"Feld {section}, Reihe {row}, Nr. {no}",
        f"carre {section}, allee {row}, concession n. {no + 1000}",
    )
    kind = tr(
        lg,
        r.choice(["earthen grave, two depths", "cremated remains plot", "lawn grave"]),
        r.choice(["Wahlgrab, zweistellig", "Urnenwahlgrab", "Familiengrab, vierstellig"]),
        r.choice(["concession trentenaire", "concession cinquantenaire", "caveau 4 places"]),
    )
    buried, born, died, _ = deceased(r, lg, surname)
    while buried == home[0]:
        buried, born, died, _ = deceased(r, lg, surname)
    d = someday(rng, 2012)
    expiry = d + timedelta(days=rng.randint(60, 240))
    f = leaves(s, o, tr(lg, "Grave", "Grabstaette", "Concession") + " " + place)
    window(
        f,
        s,
        o,
        home,
        d,
        [(tr(lg, "Our ref.", "Aktenzeichen", "Reference"), ref(rng, "GR/####/##"))],
    )
    heading(
        f,
        s,
        tr(
            lg,
            "Expiry of the exclusive right of burial",
            "Ablauf des Nutzungsrechts an der Grabstaette",
            "Concession funeraire arrivant a echeance",
        ),
        2,
    )
    dear(f, s, lg, home[0] if lg == "en" else surname)
    say(
        f,
        s,
        tr(
            lg,
            f"Our register shows you as the registered owner of the exclusive right of burial "
            f"in {place} ({kind}), where {buried} ({born.year}-{died.year}) is buried. The "
            f"right expires on {on(o, expiry)}.",
            f"Nach unseren Unterlagen sind Sie Nutzungsberechtigte(r) der Grabstaette {place} "
            f"({kind}), in der {buried} ({born.year}-{died.year}) bestattet ist. Das "
            f"Nutzungsrecht endet am {on(o, expiry)}.",
            f"Nos registres vous designent comme titulaire de la concession {place} ({kind}) "
            f"ou repose {buried} ({born.year}-{died.year}). Elle arrive a echeance le "
            f"{on(o, expiry)}.",
        ),
    )
    say(f, s, prose(rng, lg, "grave", (2, 3)))
    rate = rng.choice([28.5, 34.0, 41.2, 52.0])
    spans = {"en": [10, 25, 50], "de": [5, 10, 15, 20], "fr": [15, 30, 50]}[lg]
    table(
        f,
        columns(m, w - m, [(2.2, "left"), (1, "right")]),
        [tr(lg, "Renewal for", "Verlaengerung um", "Renouvellement pour"), ccy(lg)],
        [
            [tr(lg, f"{n} years", f"{n} Jahre", f"{n} ans"), money(n * rate * (1 + n / 90), lg)]
            for n in spans
        ],
        s,
        rules=rng.random() < 0.5,
    )
    f.y += 6
    say(
        f,
        s,
        tr(
            lg,
            "If you do not wish to renew, please tell us within three months. Memorials must "
            "then be removed by the owner; otherwise the council will remove them after notice.",
            "Wenn Sie nicht verlaengern moechten, teilen Sie uns dies bitte innerhalb von drei "
            "Monaten mit. Grabmal und Bepflanzung sind dann auf Ihre Kosten abzuraeumen.",
            "A defaut de renouvellement dans un delai de deux ans, la commune pourra reprendre "
            "le terrain, apres enlevement des monuments et signes funeraires.",
        ),
        pt=s.size - 0.5,
    )
    regards(
        f,
        s,
        lg,
        person(rng, lg),
        tr(lg, "Bereavement Services Officer", "Friedhofsverwaltung", "Service des cimetieres"),
        rng.random() < 0.4,
    )
    # the application form
    f.new_page()
    heading(
        f,
        s,
        tr(
            lg,
            "Application to renew the exclusive right of burial",
            "Antrag auf Verlaengerung des Nutzungsrechts",
            "Demande de renouvellement de concession",
        ),
        2,
    )
    f.y = cells(
        f.page,
        s,
        m,
        f.y,
        w - 2 * m,
        [
            (tr(lg, "Grave", "Grabstaette", "Emplacement"), place),
            (tr(lg, "Type", "Grabart", "Type"), kind),
            (tr(lg, "Owner's name", "Name, Vorname", "Nom et prenom du titulaire"), ""),
            (tr(lg, "Address", "Anschrift", "Adresse"), ""),
            (tr(lg, "Telephone", "Telefon", "Telephone"), ""),
            (tr(lg, "Relationship to the deceased", "Verwandtschaftsgrad", "Lien de parente"), ""),
        ],
        hand=False,
    )
    f.y = tickrow(
        f.page,
        s,
        m,
        f.y + 6,
        w - 2 * m,
        [tr(lg, f"renew for {n} years", f"Verlaengerung um {n} Jahre", f"{n} ans") for n in spans]
        + [tr(lg, "do not renew", "keine Verlaengerung", "renonciation")],
        set(),
        8.5,
    )
    for k in range(rng.randint(2, 4)):
        f.need(40)
        say(f, s, f"{k + 1}. " + words(rng, lg, "grave", 11), pt=s.size - 1)
    f.page.text(
        m,
        f.bottom - 30,
        tr(lg, "Signed", "Ort, Datum, Unterschrift", "Fait a ........ le ........  Signature")
        + " ___________________________",
        s.font,
        s.size,
    )
    pages = f.pages
    if rng.random() < 0.6:
        # a plan of the section, little more than lines
        q = Page(rng.choice([A4, landscape(A4)]))
        qw, qh = q.size
        q.text(
            40,
            44,
            tr(lg, "Location plan", "Lageplan", "Plan de situation") + " - " + place,
            s.bold,
            12,
        )
        cols_, rows_ = int((qw - 100) // 34), int((qh - 160) // 22)
        mark = (r.randrange(cols_), r.randrange(rows_))
        for cx in range(cols_):
            for cy in range(rows_):
                if cx % 6 == 5 or cy % 5 == 4:
                    continue  # paths
                x, y = 50 + cx * 34, 80 + cy * 22
                q.rect(x, y, 28, 16, fill=0.2 if (cx, cy) == mark else None)
        mx, my = 50 + mark[0] * 34, 80 + mark[1] * 22
        q.line(mx + 28, my + 8, mx + 70, my - 20)
        q.text(mx + 72, my - 22, str(no), s.bold, 9)
        q.line(qw - 50, qh - 90, qw - 50, qh - 60)
        q.text(qw - 50, qh - 94, "N", s.bold, 10, "center")
        q.text(40, qh - 40, tr(lg, "Not to scale", "ohne Massstab", "sans echelle"), s.font, 7)
        pages.append(q)
    return close(pages, s, o)


ORDER = {
    "en": [
        (
            "Entrance music",
            ["Nimrod - Elgar", "Air on the G String - Bach", "Ave Maria - Schubert"],
        ),
        ("Welcome and opening prayer", []),
        ("Hymn", ["The Lord's my shepherd", "Abide with me", "Amazing grace"]),
        ("Reading", ["Ecclesiastes 3:1-8", "John 14:1-6", "Psalm 121", "Romans 8:35-39"]),
        ("Tribute", []),
        ("Prayers", []),
        ("Hymn", ["Abide with me", "The day thou gavest", "Love divine, all loves excelling"]),
        ("Commendation and farewell", []),
        ("Committal", []),
        ("Exit music", ["We'll Meet Again - Vera Lynn", "Jerusalem - Parry", "Moon River"]),
    ],
    "de": [
        ("Orgelvorspiel", ["Largo - Haendel", "Air - Bach"]),
        ("Begruessung", []),
        ("Lied", ["So nimm denn meine Haende", "Grosser Gott, wir loben dich"]),
        ("Lesung", ["Psalm 23", "Johannes 11, 25-26", "Roemer 14, 7-9"]),
        ("Nachruf", []),
        ("Fuerbitten und Vaterunser", []),
        ("Lied", ["Befiehl du deine Wege", "Von guten Maechten"]),
        ("Segen", []),
        ("Orgelnachspiel", ["Toccata - Bach"]),
    ],
    "fr": [
        ("Accueil", []),
        ("Chant d'entree", ["Que tes oeuvres sont belles", "Je vous salue Marie"]),
        ("Premiere lecture", ["Livre de la Sagesse 3, 1-9", "Psaume 22"]),
        ("Evangile", ["Jean 14, 1-6", "Matthieu 5, 1-12"]),
        ("Homelie", []),
        ("Priere universelle", []),
        ("Dernier adieu", ["In paradisum"]),
        ("Chant final", ["Ave Maria - Gounod"]),
    ],
}
VERSES = {
    "The Lord's my shepherd": [
        "The Lord's my shepherd, I'll not want;",
        "he makes me down to lie",
        "in pastures green; he leadeth me",
        "the quiet waters by.",
        "",
        "My soul he doth restore again,",
        "and me to walk doth make",
        "within the paths of righteousness,",
        "e'en for his own name's sake.",
    ],
    "Abide with me": [
        "Abide with me; fast falls the eventide;",
        "the darkness deepens; Lord, with me abide.",
        "When other helpers fail and comforts flee,",
        "help of the helpless, O abide with me.",
        "",
        "Swift to its close ebbs out life's little day;",
        "earth's joys grow dim, its glories pass away;",
        "change and decay in all around I see:",
        "O thou who changest not, abide with me.",
    ],
    "Amazing grace": [
        "Amazing grace! how sweet the sound",
        "that saved a wretch like me!",
        "I once was lost, but now am found,",
        "was blind, but now I see.",
    ],
    "So nimm denn meine Haende": [
        "So nimm denn meine Haende",
        "und fuehre mich",
        "bis an mein selig Ende",
        "und ewiglich.",
        "Ich mag allein nicht gehen,",
        "nicht einen Schritt:",
        "wo du wirst gehn und stehen,",
        "da nimm mich mit.",
    ],
    "Grosser Gott, wir loben dich": [
        "Grosser Gott, wir loben dich;",
        "Herr, wir preisen deine Staerke.",
        "Vor dir neigt die Erde sich",
        "und bewundert deine Werke.",
    ],
    "In paradisum": [
        "In paradisum deducant te angeli;",
        "in tuo adventu suscipiant te martyres,",
        "et perducant te in civitatem sanctam Jerusalem.",
    ],
}


def tpl_order_of_service(rng: random.Random, who: Issuer) -> list[Page]:
    """A funeral order of service: an A5 booklet of four or eight pages (cover with the
    photograph, name and dates; the order with hymn words; a page of photographs; the back
    with thanks, donations and the funeral director), sometimes scanned opened flat as A4
    spreads."""
    lg = lang_of(who, "funeral", (0.6, 0.25))
    fd = source(who, "funeral", lang=lg)
    surname, _ = family(who, lg)
    name, born, died, _ = deceased(keyed(who, "deceased"), lg, surname)
    font = rng.choice(["Times-Roman", "Times-Roman", "Helvetica"])
    bold = "Times-Bold" if font == "Times-Roman" else "Helvetica-Bold"
    n = rng.choice([4, 4, 4, 8])
    size = rng.choice([A5, A5, (420.0, 560.0)])
    draw, keep = booklet(size, n, rng.random() < 0.2)
    w, h = size
    cover = draw[0]
    church = tr(
        lg,
        rng.choice(
            [
                "St Mary the Virgin, Hebden Bridge",
                "Park Wood Crematorium, Elland",
                "Heptonstall Methodist Chapel",
                "Ripon Cathedral",
            ]
        ),
        rng.choice(["Hauptfriedhof Freiburg, Kapelle", "St. Urban, Freiburg-Herdern"]),
        rng.choice(["Eglise Saint-Denis de la Croix-Rousse", "Crematorium de Bron"]),
    )
    service = died + timedelta(days=rng.randint(8, 21))
    y = 70.0
    y = centred(
        cover,
        y,
        [
            tr(
                lg,
                rng.choice(
                    [
                        "A Service of Thanksgiving for the Life of",
                        "In Loving Memory of",
                        "Celebrating the life of",
                    ]
                ),
                "Zum Gedenken an",
                "En souvenir de",
            )
        ],
        italic(font),
        13,
    )
    ph = h * 0.42
    photo(cover, rng, w * 0.2, y, w * 0.6, ph)
    y += ph + 34
    y = centred(cover, y, [name], bold, 22, 1.3)
    y = centred(
        cover,
        y,
        [
            f"{long_day(born, lg)} - {long_day(died, lg)}"
            if rng.random() < 0.6
            else f"{born.year} - {died.year}"
        ],
        font,
        11,
    )
    y += 14
    centred(
        cover,
        y,
        [church, date_text(service, lg, "long") + tr(lg, " at 11.00 am", ", 11 Uhr", ", 10h30")],
        font,
        10,
    )
    # the order of the service
    pos = 1
    p = draw[pos]
    y = 54.0
    p.text(
        w / 2,
        y,
        tr(lg, "Order of Service", "Ablauf der Trauerfeier", "Deroulement"),
        bold,
        14,
        "center",
    )
    y += 30
    for item, pieces in ORDER[lg]:
        if rng.random() < 0.15 and not pieces:
            continue
        piece = rng.choice(pieces) if pieces else ""
        lines = VERSES.get(piece, []) if rng.random() < 0.8 else []
        need = 30 + 13 * len(lines)
        if y + need > h - 50 and pos < n - 2:
            pos += 1
            p = draw[pos]
            y = 54.0
        p.text(44, y, item, bold, 11)
        if piece:
            p.text(w - 44, y, fit(piece, italic(font), 10, w / 2 - 40), italic(font), 10, "right")
        y += 16
        if item in ("Tribute", "Nachruf", "Homelie", "Reading") and rng.random() < 0.6:
            p.text(
                60,
                y,
                fit(
                    person(rng, lg, "m", surname)
                    + tr(lg, " (grandson)", " (Enkel)", " (petit-fils)"),
                    font,
                    9,
                    w - 120,
                ),
                font,
                9,
            )
            y += 14
        for ln in lines:
            if ln:
                p.text(w / 2, y, ln, italic(font), 9.5, "center")
            y += 12.5
        y += 10
    # the pages to spare: photographs, a life story, a verse, or left blank
    fillers = ["photos", "life", "verse", "blank"]
    rng.shuffle(fillers)
    if rng.random() < 0.6:
        fillers.insert(0, "photos")
    while pos < n - 2:
        pos += 1
        p = draw[pos]
        kind = fillers.pop(0) if fillers else "blank"
        if kind == "photos":
            k = rng.choice([1, 2, 3, 4])
            cols_, rows_ = (1, k) if k <= 2 else (2, 2)
            pw = (w - 80 - 16 * (cols_ - 1)) / cols_
            ph = (h - 100 - 16 * (rows_ - 1)) / rows_
            for j in range(k):
                photo(p, rng, 40 + (j % cols_) * (pw + 16), 50 + (j // cols_) * (ph + 16), pw, ph)
        elif kind == "life":
            p.text(w / 2, 60, name, bold, 13, "center")
            y = 90.0
            for _ in range(rng.randint(3, 5)):
                y = written(p, 44, y, w - 88, prose(rng, lg, "club", (2, 4)), font, 9.5, 1.4) + 8
                if y > h - 80:
                    break
        elif kind == "verse":
            centred(
                p,
                h * 0.3,
                [words(rng, lg, "parish", 7) for _ in range(rng.randint(4, 9))],
                italic(font),
                10,
                1.6,
            )
    back = draw[n - 1]
    y = centred(
        back,
        h * 0.22,
        wrap(
            tr(
                lg,
                f"The family of {name.split()[0]} would like to thank you for joining them today "
                "and for all the kindness shown to them.",
                f"Die Familie {surname} dankt Ihnen fuer Ihre Anteilnahme.",
                f"La famille {surname} vous remercie de votre presence et de vos marques de "
                "sympathie.",
            ),
            font,
            10.5,
            w - 100,
        ),
        font,
        10.5,
    )
    y += 16
    y = centred(
        back,
        y,
        wrap(
            tr(
                lg,
                "Donations in memory of "
                + name.split()[0]
                + rng.choice(
                    [
                        " to Overgate Hospice",
                        " to the British Heart Foundation",
                        " to the church roof fund",
                    ]
                )
                + " may be left in the box at the door.",
                "Statt Blumen bitten wir um eine Spende fuer die Hospizgruppe Freiburg.",
                "Ni fleurs ni couronnes: dons a la Ligue contre le cancer.",
            ),
            font,
            10,
            w - 100,
        ),
        font,
        10,
    )
    if lg == "en" and rng.random() < 0.7:
        y += 14
        centred(
            back,
            y,
            wrap(
                "You are warmly invited to join the family afterwards at "
                + rng.choice(["the White Lion", "the Church Hall", "Hebden Bridge Cricket Club"])
                + ".",
                font,
                10,
                w - 100,
            ),
            font,
            10,
        )
    back.text(w / 2, h - 44, fit(fd.name, font, 7.5, w - 60), font, 7.5, "center")
    back.text(w / 2, h - 34, fit(f"{fd.street}, {fd.town}", font, 7, w - 60), font, 7, "center")
    if n == 8 and rng.random() < 0.4:
        number_pages(draw[1:-1], paper(who.style, size), "{i}", "bc", bottom=22)
    return keep


def tpl_memorial_card(rng: random.Random, who: Issuer) -> list[Page]:
    """A memorial card (German Sterbebild, English memorial or acknowledgement card, French
    image-souvenir): front with a picture and a verse, back with the name, dates and a
    prayer or the family's thanks; a family keeps a bundle of them."""
    lg = lang_of(who, "funeral", (0.45, 0.4))
    r = keyed(who, "deceased") if rng.random() < 0.35 else rng
    surname = family(who, lg)[0] if r is not rng else ""
    name, born, died, _sex = deceased(r, lg, surname)
    size = rng.choice([A6, (198.0, 326.0), (226.0, 340.0), landscape(A6)])
    w, h = size
    font = rng.choice(["Times-Roman", "Helvetica", "Times-Roman"])
    it = italic(font)
    front = Page(size)
    if rng.random() < 0.6:
        photo(front, rng, 18, 18, w - 36, h * 0.72)
        centred(front, h * 0.72 + 36, wrap(rng.choice(VERSE_LINES[lg]), it, 9, w - 40), it, 9)
    else:
        frame(front, 12, 12, w - 24, h - 24, fancy=False)
        cross(front, w / 2 - 30, h * 0.2, 60)
        centred(front, h * 0.62, wrap(rng.choice(VERSE_LINES[lg]), it, 10, w - 60), it, 10)
    back = Page(size)
    y = h * rng.uniform(0.12, 0.25)
    intro = tr(
        lg,
        rng.choice(["In loving memory of", "Treasured memories of"]),
        rng.choice(
            [
                "Zur frommen Erinnerung an",
                "Im Gedenken an unsere liebe Mutter, Oma",
                "In Liebe und Dankbarkeit nehmen wir Abschied von",
            ]
        ),
        rng.choice(["En souvenir de", "Priez pour"]),
    )
    y = centred(back, y, wrap(intro, it, 10, w - 40), it, 10)
    y = centred(back, y + 6, [name], "Times-Bold" if "Times" in font else "Helvetica-Bold", 14)
    y = centred(
        back,
        y,
        [
            tr(lg, "born ", "geb. ", "ne(e) le ") + date_text(born, lg, "long"),
            tr(lg, "died ", "gest. ", "decede(e) le ") + date_text(died, lg, "long"),
        ],
        font,
        9,
    )
    y += 10
    body = tr(
        lg,
        rng.choice(
            [
                "The family wish to thank all relatives, friends and neighbours for their kind "
                "expressions of sympathy, cards and flowers received in their sad loss.",
                "Peace, perfect peace. Forever in our hearts.",
            ]
        ),
        rng.choice(
            [
                "Herr, gib ihr die ewige Ruhe, und das ewige Licht leuchte ihr. Lass sie ruhen "
                "in Frieden. Amen.",
                "Fuer die vielen Zeichen der Verbundenheit und Anteilnahme danken wir von Herzen.",
            ]
        ),
        "Seigneur, accordez-lui le repos eternel et que brille sur elle la lumiere sans fin.",
    )
    y = centred(back, y, wrap(body, font, 8.5, w - 44), font, 8.5)
    if rng.random() < 0.5 and y < h * 0.7:
        centred(back, y + 16, wrap(rng.choice(VERSE_LINES[lg]), it, 9, w - 50), it, 9)
    pages = [front, back] if rng.random() < 0.8 else [back]
    if rng.random() < 0.15:
        pages.reverse()
    return pages


VERSE_LINES = {
    "en": [
        "The Lord is my shepherd; I shall not want.",
        "Those we love don't go away, they walk beside us every day.",
        "Blessed are the pure in heart, for they shall see God.",
        "Peace, perfect peace.",
    ],
    "de": [
        "Selig sind, die reinen Herzens sind; denn sie werden Gott schauen.",
        "Ich bin die Auferstehung und das Leben.",
        "Der Herr ist mein Hirte, mir wird nichts mangeln.",
        "Was man tief in seinem Herzen besitzt, kann man nicht durch den Tod verlieren.",
    ],
    "fr": [
        "Je suis la resurrection et la vie.",
        "Heureux les coeurs purs, car ils verront Dieu.",
        "Le Seigneur est mon berger, je ne manque de rien.",
    ],
}


# ---------------------------------------------------------------------------------------------
# Templates P: wills and family history
# ---------------------------------------------------------------------------------------------

WILL_CLAUSES = [
    ("REVOCATION", "I revoke all former wills and testamentary dispositions made by me."),
    (
        "APPOINTMENT OF EXECUTORS",
        "I appoint my {rel1} {ex1} and my {rel2} {ex2} to be the executors and trustees of "
        "this my will, and if either of them shall die before me or be unable or unwilling to "
        "act I appoint the partners at the date of my death in the firm of {firm}.",
    ),
    (
        "FUNERAL WISHES",
        "I wish my body to be {fw} and my ashes to be scattered or interred as my executors "
        "think fit.",
    ),
    (
        "GIFTS OF CHATTELS",
        "I give free of tax all my jewellery, furniture and personal effects to {ex1} absolutely.",
    ),
    (
        "PECUNIARY LEGACIES",
        "I give free of tax the following legacies: to each of my grandchildren living at my "
        "death the sum of {leg} pounds; to {charity} the sum of {leg2} pounds for its general "
        "purposes.",
    ),
    (
        "RESIDUARY ESTATE",
        "I give all the rest of my estate, after payment of my debts, funeral and testamentary "
        "expenses, to such of my children as survive me and if more than one in equal shares.",
    ),
    (
        "SURVIVORSHIP",
        "Any person who does not survive me by twenty-eight days shall be treated as having "
        "died before me for the purposes of this will.",
    ),
    (
        "ADMINISTRATIVE POWERS",
        "My trustees shall have the powers set out in the Standard Provisions of the Society of "
        "Trust and Estate Practitioners (2nd edition) and all powers given by law.",
    ),
]


def tpl_will_deposit(rng: random.Random, who: Issuer) -> list[Page]:
    """A will kept in safe custody: an English solicitor's letter confirming that the
    original is held in the strongroom, with a storage certificate and the copy of the will
    (clauses, attestation, 'Page i of n' and the testator's initials on each page); a German
    probate court's Hinterlegungsschein with the copy of the handwritten will; a French
    notaire's letter on the registration in the central register with a copy of the
    testament olographe."""
    o = source(who, "solicitor", ["side", "ruled", "centred", "band", "typed"])
    lg = o.lang
    s = paper(who.style, A4)
    w, _h = s.page_size
    m = s.margin
    surname, home = family(who, lg)
    testator = rng.choice([home[0], spouse(who, lg)])
    made = someday(rng, 2008, 2024)
    d = made + timedelta(days=rng.randint(5, 40))
    packet = ref(rng, rng.choice(["W/####", "DP ####/@", "IV ####/##"]))
    f = leaves(s, o, "")
    if lg == "de":
        # the court's form-like certificate
        heading(f, s, "Hinterlegungsschein", 5)
        say(
            f,
            s,
            "ueber die Annahme einer Verfuegung von Todes wegen in besondere amtliche "
            "Verwahrung (Paragraf 346 FamFG)",
        )
        f.y = (
            pairs(
                f.page,
                s,
                m,
                f.y + 8,
                [
                    ("Verwahrbuch-Nr.", packet),
                    ("Erblasser/in", testator),
                    ("geboren am", long_day(date(rng.randint(1938, 1975), 5, 14), lg)),
                    ("Geburtsort", rng.choice(TOWNS["de"])),
                    ("Anschrift", home[1] + ", " + home[2]),
                    (
                        "Art der Verfuegung",
                        rng.choice(["eigenhaendiges Testament", "oeffentliches Testament"]),
                    ),
                    ("Datum der Verfuegung", long_day(made, lg)),
                    ("in Verwahrung genommen am", long_day(d, lg)),
                ],
                w - m,
                s.size,
            )
            + 10
        )
        say(
            f,
            s,
            "Die Verwahrangaben wurden an das Zentrale Testamentsregister der Bundesnotarkammer "
            "uebermittelt. Bitte bewahren Sie diesen Schein sorgfaeltig auf. Eine Rueckgabe der "
            "Verfuegung kann nur an die Erblasserin/den Erblasser persoenlich erfolgen.",
        )
        f.y += 10
        table(
            f,
            columns(m, w - m, [(3, "left"), (1, "right")]),
            ["Kostenrechnung", "EUR"],
            [
                ["Gebuehr KV 12100 GNotKG", "75,00"],
                ["Registrierungsgebuehr ZTR", "15,00"],
                ["Summe", "90,00"],
            ],
            s,
        )
        f.y += 30
        f.page.rect(w - m - 90, f.y - 20, 70, 70)
        f.page.text(w - m - 55, f.y + 18, "Siegel", s.font, 7, "center")
        f.page.text(m, f.y + 10, f"Freiburg im Breisgau, {long_day(d, lg)}", s.font, s.size)
        f.page.text(m, f.y + 40, person(rng, lg) + ", Rechtspflegerin", s.font, s.size)
        f.y += 70
    else:
        window(
            f,
            s,
            o,
            home,
            d,
            [(tr(lg, "Our ref.", "", "Nos ref."), packet + "/" + "".join(surname[:3]).upper())],
        )
        heading(
            f,
            s,
            tr(
                lg,
                f"Your Will dated {on(o, made)}",
                "",
                "Votre testament - inscription au Fichier central des dispositions de "
                "dernieres volontes",
            ),
            1.5,
        )
        dear(f, s, lg, testator if lg == "en" else "")
        say(
            f,
            s,
            tr(
                lg,
                "Thank you for calling in to sign your Will. We confirm that the signed original "
                f"is now held in our strongroom under deed packet number {packet}, free of "
                "charge, and we enclose a copy for your own records.",
                "",
                "Nous avons l'honneur de vous confirmer le depot de votre testament en notre "
                "etude et son inscription au Fichier central des dispositions de dernieres "
                "volontes (FCDDV). Vous trouverez ci-joint une copie pour vos archives.",
            ),
        )
        say(f, s, prose(rng, lg, "will", (2, 3)))
        say(
            f,
            s,
            tr(
                lg,
                "Please remember that a Will is revoked by marriage, and that it should be "
                "reviewed every five years or whenever your circumstances change.",
                "",
                "Nous vous rappelons que vous pouvez modifier ou revoquer ce testament a tout "
                "moment.",
            ),
        )
        regards(f, s, lg, person(rng, lg), tr(lg, "Partner", "", "Notaire"), rng.random() < 0.6)
    pages = close(f.pages, s, o)
    if lg == "en" and rng.random() < 0.5:
        # a storage certificate card
        q = Page(rng.choice([A5, landscape(A5)]))
        qw, qh = q.size
        frame(q, 20, 20, qw - 40, qh - 40, fancy=False)
        y = centred(q, 70, [o.name, "WILL STORAGE CERTIFICATE"], s.bold, 13, 1.8)
        pairs(
            q,
            s,
            60,
            y + 20,
            [
                ("Testator", testator),
                ("Date of Will", on(o, made)),
                ("Deed packet", packet),
                ("Date lodged", on(o, d)),
            ],
            qw - 60,
            10,
        )
        centred(
            q,
            qh - 70,
            wrap(
                "Please keep this certificate with your personal papers and tell your "
                "executors where your Will is held.",
                s.font,
                8,
                qw - 100,
            ),
            s.font,
            8,
        )
        pages.append(q)
    # the copy of the will
    if lg == "en":
        t = paper(s, A4, 72, 11)
        g = Leaves(A4, A4[1] - 90, lambda p, n: 60.0 if n > 1 else 80.0)
        g.page.text(A4[0] - 72, 40, "COPY", "Helvetica-Bold", 12, "right")
        g.page.text(
            A4[0] / 2,
            90,
            "THIS IS THE LAST WILL AND TESTAMENT",
            "Times-Bold",
            14,
            "center",
        )
        g.y = 120
        g.para(
            72,
            A4[0] - 144,
            f"of me {testator.upper()} of {home[1]}, {home[2]}, made this {long_day(made, 'en')}.",
            "Times-Roman",
            11,
        )
        r = keyed(who, "executors")
        vals = {
            "rel1": r.choice(["son", "daughter"]),
            "ex1": person(r, "en", surname=surname),
            "rel2": r.choice(["nephew", "friend", "daughter-in-law"]),
            "ex2": person(r, "en"),
            "firm": o.name,
            "fw": rng.choice(["cremated", "buried"]),
            "leg": rng.choice(["500", "1,000", "2,500"]),
            "charity": rng.choice(
                ["Overgate Hospice", "the Royal National Lifeboat Institution", "Age UK Calderdale"]
            ),
            "leg2": rng.choice(["250", "1,000", "5,000"]),
        }
        clauses = [c for c in WILL_CLAUSES if c[0] == "REVOCATION" or rng.random() < 0.85]
        for k, (head, body) in enumerate(clauses, 1):
            g.need(60)
            g.page.text(72, g.y, f"{k}. {head}", "Times-Bold", 11)
            g.y += 16
            g.para(90, A4[0] - 162, body.format(**vals), "Times-Roman", 11)
        g.need(230)
        g.y += 10
        g.para(
            72,
            A4[0] - 144,
            "IN WITNESS of which I have signed this will on the date stated above.",
            "Times-Roman",
            11,
        )
        g.page.text(72, g.y + 10, "SIGNED by the testator", "Times-Roman", 11)
        g.page.text(320, g.y + 10, f"(signed) {testator}", "Times-Italic", 11)
        g.y += 40
        g.para(
            72,
            A4[0] - 144,
            "in our joint presence and then by us in the testator's presence:",
            "Times-Roman",
            11,
        )
        for k in range(2):
            x = 72 + k * 230
            for j, lab in enumerate(["Witness signature", "Full name", "Address", "Occupation"]):
                g.page.text(x, g.y + 18 + j * 22, lab + ":", "Times-Roman", 9)
                g.page.text(
                    x + 80,
                    g.y + 18 + j * 22,
                    "(signed)" if j == 0 else "",
                    "Times-Italic",
                    9,
                )
        g.y += 110
        for p in g.pages:
            p.text(
                A4[0] - 72,
                A4[1] - 50,
                "Initials: ______  ______  ______",
                "Times-Roman",
                8,
                "right",
            )
        number_pages(g.pages, t, "Page {i} of {n}", "bc", bottom=34)
        pages.extend(g.pages)
    else:
        # the holograph will, copied
        font = pen(rng)
        q = Page(A4)
        q.text(A4[0] - 60, 40, tr(lg, "", "Abschrift", "Copie"), "Helvetica-Bold", 11, "right")
        y = 100.0
        q.text(
            A4[0] / 2,
            y,
            tr(lg, "", "Mein Testament", "Ceci est mon testament"),
            font,
            18,
            "center",
        )
        y += 40
        body = tr(
            lg,
            "",
            f"Ich, {testator}, wohnhaft {home[1]} in {home[2]}, widerrufe alle frueheren "
            "Verfuegungen von Todes wegen. Zu meinen Erben setze ich meine Kinder zu gleichen "
            "Teilen ein. " + prose(rng, lg, "will", (2, 4)),
            f"Je soussigne(e) {testator}, demeurant {home[1]}, {home[2]}, revoque toutes "
            "dispositions anterieures. J'institue pour legataires universels mes enfants, par "
            "parts egales. " + prose(rng, lg, "will", (2, 4)),
        )
        y = written(q, 60, y, A4[0] - 120, body, font, 13, 1.7)
        y += 20
        q.text(
            60,
            y,
            tr(
                lg,
                "",
                f"Freiburg, den {long_day(made, lg)}",
                f"Fait a Lyon, le {long_day(made, lg)}",
            ),
            font,
            13,
        )
        scrawl(q, 300, y + 40, testator, 18)
        pages.append(q)
    return pages


def ancestor(r: random.Random, lang: str, gen: int, sex: str, surname: str) -> list[str]:
    """One box of a pedigree chart: name, then birth, marriage and death lines (some
    unknown)."""
    year = 1990 - 28 * gen + r.randint(-6, 6)
    town = r.choice(TOWNS[lang] + ["Heptonstall", "Wadsworth", "Erringden"] * (lang == "en"))
    b, mr, dd = tr(lang, "b.", "* ", "n."), tr(lang, "m.", "oo ", "x "), tr(lang, "d.", "+ ", "d.")
    first = r.choice((FIRST if year > 1905 else OLD_FIRST)[lang][sex])
    out = [f"{first} {surname.upper()}"]
    out.append(f"{b} {r.randint(1, 28)} {MONTHS[lang][r.randrange(12)][:3]} {year} {town}")
    if sex == "m" and gen < 4 and r.random() < 0.8:
        out.append(f"{mr} {year + r.randint(20, 32)} {r.choice(TOWNS[lang])}")
    if year < 1950 and r.random() < 0.85:
        out.append(f"{dd} {year + r.randint(30, 92)} {r.choice(TOWNS[lang])}")
    if r.random() < 0.12:
        out[1] = f"{b} abt. {year}" if lang == "en" else f"{b} um {year}"
    return out


def tpl_pedigree_chart(rng: random.Random, who: Issuer) -> list[Page]:
    """A family's pedigree charts on landscape A4, four generations a chart with the people
    numbered and linked by brackets, filled in by hand on a society's printed form or
    printed from a family tree program (German Ahnentafel, French tableau d'ascendance),
    sometimes with family group sheets after the charts."""
    o = source(who, "society")
    lg = o.lang
    surname, home = family(who, lg)
    r = keyed(who, "tree")
    hand = rng.random() < 0.5
    vfont = "Helvetica-Oblique" if hand else who.style.font
    s = paper(who.style, landscape(A4), 30, 9)
    w, h = s.page_size
    charts = rng.choice([1, 1, 2, 3])
    start = rng.randint(1, 4)
    pages: list[Page] = []
    for c in range(charts):
        p = Page((w, h))
        pages.append(p)
        title = tr(lg, "Pedigree Chart", "Ahnentafel", "Tableau d'ascendance")
        p.text(30, 34, title, s.bold, 16)
        p.text(
            w - 30,
            34,
            tr(lg, "Chart no. ", "Tafel Nr. ", "Tableau n. ") + str(start + c),
            s.bold,
            11,
            "right",
        )
        if c or rng.random() < 0.5:
            p.text(
                30,
                50,
                tr(
                    lg,
                    f"No. 1 on this chart is the same as no. {r.randint(4, 15)} on chart "
                    f"{start + c - 1 if c else 1}",
                    f"Nr. 1 dieser Tafel ist Nr. {r.randint(4, 15)} auf Tafel "
                    f"{max(1, start + c - 1)}",
                    f"Le n. 1 de ce tableau est le n. {r.randint(4, 15)} du tableau "
                    f"{max(1, start + c - 1)}",
                ),
                s.font,
                7.5,
            )
        # birth surnames: a father passes his on, a mother brings her own
        sn = {1: surname if c == 0 else r.choice(SURNAMES[lg])}
        for num in range(2, 16):
            sn[num] = sn[num // 2] if num % 2 == 0 else r.choice(SURNAMES[lg])
        col_w = (w - 60) / 4
        for gen in range(4):
            n = 2**gen
            slot = (h - 110) / n
            bx = 30 + gen * col_w
            bw = col_w - 18
            for k in range(n):
                num = n + k
                sex = "m" if num % 2 == 0 else "f"
                if num == 1:
                    sex = r.choice("fm")
                name_sn = sn[num]
                cy = 70 + slot * (k + 0.5)
                lines = ancestor(r, lg, gen + c * 3, sex, name_sn)
                if hand and r.random() < 0.1 and gen == 3:
                    lines = []
                bh = 12 + 10 * max(len(lines) - 1, 1) if gen < 3 else 34
                bh = min(bh, slot - 4)
                p.rect(bx, cy - bh / 2, bw, bh)
                p.text(bx + 3, cy - bh / 2 + 8, str(num), s.font, 6)
                for j, ln in enumerate(lines):
                    pt = 8.5 if j == 0 else 7
                    yy = cy - bh / 2 + 9 + j * (9 if gen == 3 else 10)
                    if yy > cy + bh / 2 - 2:
                        break
                    p.text(bx + 14, yy, fit(ln, vfont, pt, bw - 18), vfont, pt)
                if gen < 3:
                    # the bracket to the parents
                    nslot = slot / 2
                    y1 = 70 + nslot * (2 * k + 0.5)
                    y2 = 70 + nslot * (2 * k + 1.5)
                    xm = bx + bw + 9
                    p.line(bx + bw, cy, xm, cy)
                    p.line(xm, y1, xm, y2)
                    p.line(xm, y1, xm + 9, y1)
                    p.line(xm, y2, xm + 9, y2)
                elif r.random() < 0.4:
                    p.text(
                        bx + bw + 2,
                        cy + 3,
                        tr(lg, "cont. ", "s. ", "v. ") + str(r.randint(5, 30)),
                        s.font,
                        6,
                    )
        p.text(
            30,
            h - 20,
            fit(
                tr(lg, "Compiled by ", "Bearbeitet von ", "Etabli par ")
                + f"{home[0]}, {home[1]}, {home[2]}"
                + (f" - {o.name}" if hand else ""),
                s.font,
                7,
                w - 200,
            ),
            s.font,
            7,
        )
        if not hand:
            p.text(w - 30, h - 20, f"{hand_day(rng, someday(rng), lg)}", s.font, 7, "right")
    for _ in range(rng.choice([0, 0, 1, 2])):
        # a family group sheet, portrait
        t = paper(who.style, A4, 40, 9)
        q = Page(A4)
        qw, qh = A4
        q.text(40, 46, tr(lg, "Family Group Sheet", "Familienblatt", "Fiche familiale"), s.bold, 15)
        y = 70.0
        for role in (tr(lg, "Husband", "Ehemann", "Epoux"), tr(lg, "Wife", "Ehefrau", "Epouse")):
            sex = "m" if role in ("Husband", "Ehemann", "Epoux") else "f"
            a = ancestor(r, lg, 2, sex, surname if sex == "m" else r.choice(SURNAMES[lg]))
            q.text(40, y, role, s.bold, 10)
            y = cells(
                q,
                t,
                40,
                y + 6,
                qw - 80,
                [
                    (tr(lg, "Name", "Name", "Nom"), a[0]),
                    (tr(lg, "Born / place", "Geboren / Ort", "Naissance"), a[1][3:]),
                    (tr(lg, "Married", "Heirat", "Mariage"), a[2][3:] if len(a) > 3 else ""),
                    (
                        tr(lg, "Died / buried", "Gestorben", "Deces"),
                        a[-1][3:] if len(a) > 2 else "",
                    ),
                    (tr(lg, "Father", "Vater", "Pere"), person(r, lg, "m")),
                    (tr(lg, "Mother", "Mutter", "Mere"), person(r, lg, "f")),
                ],
                hand=hand,
            )
        q.text(40, y + 6, tr(lg, "Children", "Kinder", "Enfants"), s.bold, 10)
        g = Leaves(A4, qh - 50, lambda p, n: 60.0)
        g.pages = [q]
        g.page = q
        g.y = y + 22
        rows = []
        for _ in range(r.randint(2, 9)):
            sex = r.choice("fm")
            a = ancestor(r, lg, 1, sex, surname)
            rows.append([sex.upper(), a[0], a[1][3:], a[2][3:] if len(a) > 2 else "", ""])
        table(
            g,
            columns(
                40, qw - 40, [(0.4, "left"), (2, "left"), (2.4, "left"), (1.8, "left"), (1, "left")]
            ),
            [
                tr(lg, "Sex", "G.", "S."),
                tr(lg, "Name", "Name", "Nom"),
                tr(lg, "Born", "Geboren", "Naissance"),
                tr(lg, "Married", "Heirat", "Mariage"),
                tr(lg, "Died", "Gestorben", "Deces"),
            ],
            rows,
            t,
            rules=True,
            step=2.2,
        )
        q.text(
            40,
            qh - 40,
            tr(lg, "Sources:", "Quellen:", "Sources:") + " " + words(rng, lg, "society", 9),
            t.font,
            7,
        )
        pages.extend(g.pages)
    return pages


def tpl_register_search(rng: random.Random, who: Issuer) -> list[Page]:
    """A family history society's reply to a member's search request: the letter with the
    fee and the registers searched, then the transcript of the entries found in a table
    that may run over pages, and notes on the sources."""
    o = source(who, "society", ["centred", "ruled", "typed", "side"])
    lg = o.lang
    s = paper(who.style, rng.choice([A4, A4, LETTER]) if lg == "en" else A4)
    w, _ = s.page_size
    m = s.margin
    surname, home = family(who, lg)
    r = keyed(who, "tree")
    target = rng.choice([surname, *rng.sample(SURNAMES[lg], 2)])
    d = someday(rng)
    parish = rng.choice(TOWNS[lg] + (["Heptonstall", "Halifax St John"] if lg == "en" else []))
    y0 = rng.randint(1700, 1820)
    span = f"{y0}-{y0 + rng.choice([20, 40, 50, 80])}"
    member = ref(r, "####")
    f = leaves(
        s, o, tr(lg, f"Search {target} - {parish}", f"Recherche {target}", f"Recherche {target}")
    )
    window(
        f,
        s,
        o,
        home,
        d,
        [
            (tr(lg, "Member no.", "Mitgliedsnr.", "Adherent n."), member),
            (tr(lg, "Search no.", "Anfrage Nr.", "Demande n."), ref(rng, "S##/###")),
        ],
    )
    heading(
        f,
        s,
        tr(
            lg,
            f"Search request: {target}, {parish} {span}",
            f"Ihre Anfrage: Familie {target}, Kirchenbuecher {parish} {span}",
            f"Votre demande: {target}, registres de {parish} {span}",
        ),
        1.5,
    )
    dear(f, s, lg, home[0] if lg == "en" else "")
    fee = rng.choice([6, 8, 10, 12, 15])
    say(
        f,
        s,
        tr(
            lg,
            f"Thank you for your search request and the fee of {money(fee)} GBP. Our volunteers "
            f"have searched the {rng.choice(['baptism', 'burial', 'baptism and burial'])} "
            f"registers of {parish} for {span} and found the entries listed below.",
            f"vielen Dank fuer Ihre Anfrage und die Gebuehr von {money(fee, lg)} EUR. Wir haben "
            f"die Kirchenbuecher von {parish} fuer die Jahre {span} durchgesehen und folgende "
            "Eintraege gefunden.",
            f"Merci pour votre demande et votre participation de {money(fee, lg)} EUR. Nos "
            f"benevoles ont depouille les registres de {parish} ({span}).",
        ),
    )
    say(f, s, prose(rng, lg, "society", (1, 3)))
    rows = []
    year = y0
    for _ in range(rng.choice([4, 8, 14, 26, 40])):
        year += rng.randint(0, 3)
        sex = rng.choice("fm")
        rows.append(
            [
                f"{rng.randint(1, 28)} {MONTHS[lg][rng.randrange(12)][:3]} {year}",
                rng.choice([tr(lg, "bap.", "Taufe", "bapt."), tr(lg, "bur.", "Beerd.", "inh.")]),
                f"{rng.choice(OLD_FIRST[lg][sex])} {target}",
                f"{rng.choice(OLD_FIRST[lg]['m'])} & {rng.choice(OLD_FIRST[lg]['f'])}",
                rng.choice(
                    ["Heptonstall Slack", "Midgehole", "Colden", "Old Town", "Blackshaw Head"]
                    if lg == "en"
                    else TOWNS[lg]
                ),
                rng.choice(
                    {
                        "en": ["weaver", "clothier", "farmer", "labourer", "fustian cutter", ""],
                        "de": ["Bauer", "Tageloehner", "Weber", "Schuster", ""],
                        "fr": ["tisseur", "laboureur", "canut", "journalier", ""],
                    }[lg]
                ),
                f"{rng.randint(1, 240)}",
            ]
        )
    heading(f, s, tr(lg, "Transcript of entries", "Auszug", "Releve des actes"), 1)
    table(
        f,
        columns(
            m,
            w - m,
            [
                (1.3, "left"),
                (0.6, "left"),
                (1.6, "left"),
                (2, "left"),
                (1.4, "left"),
                (1.1, "left"),
                (0.5, "right"),
            ],
        ),
        [
            tr(lg, "Date", "Datum", "Date"),
            tr(lg, "Event", "Art", "Acte"),
            tr(lg, "Name", "Name", "Nom"),
            tr(lg, "Parents", "Eltern", "Parents"),
            tr(lg, "Abode", "Wohnort", "Lieu"),
            tr(lg, "Occupation", "Stand", "Etat"),
            tr(lg, "Folio", "Seite", "Folio"),
        ],
        rows,
        s,
        size=s.size - 2,
        step=1.5,
    )
    f.y += 8
    say(f, s, prose(rng, lg, "society", (1, 2)), pt=s.size - 1.5)
    regards(
        f,
        s,
        lg,
        person(rng, lg),
        tr(lg, "Search Co-ordinator", "Forschungsstelle", "Service recherches"),
        rng.random() < 0.5,
    )
    return close(f.pages, s, o)


# ---------------------------------------------------------------------------------------------
# Templates P: letters, postcards and cards
# ---------------------------------------------------------------------------------------------

SIGN_OFF = {
    "en": ["With love from", "Lots of love,", "Love to you all,", "Best wishes,", "All our love,"],
    "de": ["Herzliche Gruesse", "Alles Liebe", "Viele liebe Gruesse", "Es gruessen Euch herzlich"],
    "fr": ["Je t'embrasse", "Grosses bises", "Bien affectueusement", "Avec toute mon affection"],
}
SIGNER = {
    "en": ["Mum", "Auntie Joan", "Grandma", "Dad", "Irene", "Uncle Ken", "Pat & Bernard", "Sue"],
    "de": ["Deine Mama", "Oma", "Tante Gertrud", "Eure Hilde", "Wolfgang und Monika", "Papa"],
    "fr": ["Maman", "Mamie", "Tante Odette", "Ta soeur Sylvie", "Henri et Mireille", "Papa"],
}


def writer(who: Issuer, lang: str) -> tuple[str, str, str]:
    """The relative who writes to the household: how they sign, whom they greet, and the
    font of their hand."""
    r = keyed(who, "writer" + lang)
    _surname, home = family(who, lang)
    first = home[0].split()[0]
    greet = r.choice(
        {
            "en": [f"Dear {first},", f"Dearest {first},", "Dear all,", f"Hello {first},"],
            "de": [f"Liebe(r) {first},", "Ihr Lieben,", f"Hallo {first},", "Liebe Familie,"],
            "fr": [f"Cher/Chere {first},", "Mes cheris,", f"Bonjour {first},", "Chers tous,"],
        }[lang]
    )
    return r.choice(SIGNER[lang]), greet, r.choice(HANDS)


def lined(p: Page, top: float, step: float, margin: float) -> None:
    """Faint ruled lines of a writing pad."""
    w, h = p.size
    y = top
    while y < h - margin:
        p.rect(margin * 0.5, y + 3, w - margin, 0.5, fill=0.8)
        y += step


def tpl_personal_letter(rng: random.Random, who: Issuer) -> list[Page]:
    """A private letter from a relative: written by hand (or typed) on a writing pad or
    notepaper, the place and date at the top, one to four pages of family news, some pages
    numbered at the top by hand, a P.S.; sometimes a child's drawing, a photograph or a
    newspaper cutting is folded in with it."""
    lg = lang_of(who, "letter", (0.5, 0.3))
    sign, greet, font = writer(who, lg)
    typed = rng.random() < 0.15
    if typed:
        font = "Courier"
    size = rng.choice([A5, A5, A4, (414.0, 640.0)] + [LETTER] * (lg == "en"))
    w, h = size
    pt = (10 if typed else rng.uniform(11, 13.5)) * (0.9 if w < 430 else 1.0)
    lead = 1.35 if typed else rng.uniform(1.5, 1.75)
    mx = rng.uniform(28, 48) if w < 430 else rng.uniform(44, 64)
    ruled = not typed and rng.random() < 0.3
    pages: list[Page] = []
    mark = rng.choice(["{i}", "- {i} -", "({i})", "p.{i}", ""])

    def sheet() -> tuple[Page, float]:
        p = Page(size)
        pages.append(p)
        if ruled and len(pages) > 1:
            lined(p, 60, pt * lead, mx)
        if len(pages) > 1 and mark:
            p.text(w - mx, 36, mark.format(i=len(pages)), font, pt, "right")
        return p, 60.0 if len(pages) > 1 else 0.0

    p, y = sheet()
    y = 48.0
    d = someday(rng, 1990)
    if rng.random() < 0.4:
        r = keyed(who, "writerhome" + lg)
        lines = [
            f"{r.randint(2, 120)} {r.choice(['Moor End Road', 'Hollins Lane', 'Church Street'])}"
            if lg == "en"
            else f"{r.choice(['Lindenweg', 'Am Bach', 'Kirchgasse'])} {r.randint(2, 60)}"
            if lg == "de"
            else f"{r.randint(2, 80)} rue {r.choice(['des Tilleuls', 'Pasteur', 'de la Gare'])}",
            r.choice(TOWNS[lg]),
        ]
        if typed or rng.random() < 0.3:
            for ln in lines:
                p.text(w - mx, y, ln, font if not typed else "Courier", pt * 0.85, "right")
                y += pt * 1.2
        else:
            for ln in lines:
                p.text(w - mx, y, ln, font, pt, "right")
                y += pt * 1.3
        p.text(w - mx, y + 4, hand_day(rng, d, lg), font, pt, "right")
    else:
        place = rng.choice(TOWNS[lg])
        p.text(
            w - mx,
            y,
            tr(lg, f"{place}, ", f"{place}, den ", f"{place}, ") + hand_day(rng, d, lg),
            font,
            pt,
            "right",
        )
    y += pt * 3.2
    p.text(mx, y, greet, font, pt)
    y += pt * lead * 1.4
    if ruled:
        lined(p, y - pt * lead * int((y - 40) / (pt * lead)), pt * lead, mx)
    news = rng.sample(CHAT[lg], len(CHAT[lg]))
    paras = []
    for _ in range(rng.choice([2, 3, 4, 6, 8, 10])):
        k = rng.randint(2, 4)
        got = [news.pop() if news else words(rng, lg, "club") for _ in range(k)]
        paras.append(" ".join(got))
    for para in paras:
        lines = wrap(para, font, pt, w - 2 * mx - 10)
        for k, ln in enumerate(lines):
            if y > h - 48:
                if len(pages) == 1 and rng.random() < 0.25:
                    p.text(
                        w - mx,
                        h - 24,
                        "P.T.O." if lg == "en" else "b.w." if lg == "de" else "./.",
                        font,
                        pt * 0.8,
                        "right",
                    )
                p, y = sheet()
            p.text(mx + (18 if k == 0 and not typed and rng.random() < 0.5 else 0), y, ln, font, pt)
            y += pt * lead
        y += pt * (0.9 if typed else 0.5)
    if y > h - 90:
        p, y = sheet()
    y += pt * 0.8
    p.text(mx + w * 0.3, y, rng.choice(SIGN_OFF[lg]), font, pt)
    p.text(
        mx + w * 0.34,
        y + pt * lead * 1.2,
        sign + (" x" if rng.random() < 0.4 else ""),
        font,
        pt * 1.1,
    )
    y += pt * lead * 2.6
    if rng.random() < 0.3 and y < h - 60:
        for k, ln in enumerate(wrap("P.S. " + rng.choice(CHAT[lg]), font, pt, w - 2 * mx)):
            p.text(mx, y + k * pt * lead, ln, font, pt)
    # something folded in with it
    extra = rng.random()
    if extra < 0.15:
        q = Page(rng.choice([A4, landscape(A4), A5]))
        qw, qh = q.size
        sketch(q, rng, 30, 60, qw - 60, qh - 110)
        kid = rng.choice(KIDS)
        q.text(
            40,
            50,
            tr(lg, f"To Grandma love from {kid}", f"Fuer Oma von {kid}", f"Pour Mamie de {kid}"),
            "Helvetica-Bold",
            rng.choice([18, 22, 26]),
        )
        pages.append(q)
    elif extra < 0.25:
        q = Page(rng.choice([(432.0, 288.0), (288.0, 432.0)]))
        photo(q, rng, 0, 0, q.size[0], q.size[1])
        pages.append(q)
    elif extra < 0.32:
        pages.append(cutting(rng, lg, someday(rng, 1990), sheet=False))
    return pages


def tpl_postcard(rng: random.Random, who: Issuer) -> list[Page]:
    """A picture postcard (A6 landscape): the picture side, often with the place's name over
    it or a few views, and the address side with the printed caption, the message by hand,
    the stamp and the address; scanned picture first, address first, or address side only."""
    lg = lang_of(who, "postcard", (0.5, 0.3))
    r = keyed(who, "card")
    sign, greet, font = writer(who, lg)
    if rng.random() < 0.5:
        sign = rng.choice(SIGNER[lg])
        font = pen(rng)
    _, home = family(who, lg)
    place = rng.choice(
        {
            "en": ["Whitby", "Scarborough", "Keswick", "Llandudno", "Filey", "St Ives", "Oban"],
            "de": ["Titisee", "Konstanz", "Sylt", "Garmisch-Partenkirchen", "Meersburg", "Ruegen"],
            "fr": ["Arcachon", "Annecy", "Saint-Malo", "Biarritz", "Chamonix", "Collioure"],
        }[rng.choice([lg, lg, r.choice(["en", "de", "fr"])])]
    )
    size = landscape(A6)
    w, h = size
    pic = Page(size if rng.random() < 0.85 else A6)
    pw, ph = pic.size
    if rng.random() < 0.6:
        photo(pic, rng, 0, 0, pw, ph)
        if rng.random() < 0.6:
            pic.rect(0, ph - 34, pw, 34, fill=0.92)
            cap = f"Greetings from {place.upper()}" if rng.random() < 0.4 else place
            pic.text(
                pw / 2,
                ph - 12,
                cap,
                "Helvetica-Bold",
                shrink(cap, "Helvetica-Bold", 16, pw - 20),
                "center",
            )
    else:
        k = 4
        for j in range(k):
            photo(
                pic,
                rng,
                8 + (j % 2) * (pw / 2 - 4),
                8 + (j // 2) * (ph / 2 - 4),
                pw / 2 - 12,
                ph / 2 - 12,
            )
        pic.rect(pw / 2 - 60, ph / 2 - 16, 120, 28, fill=0.95)
        pic.text(pw / 2, ph / 2 + 3, place, "Times-BoldItalic", 16, "center")
    back = Page(size)
    mid = w * 0.55
    back.line(mid, 30, mid, h - 20)
    back.text(
        w / 2, 18, tr(lg, "POST CARD", "POSTKARTE", "CARTE POSTALE"), "Times-Bold", 9, "center"
    )
    back.text(
        14,
        16,
        fit(
            f"{place} - "
            + rng.choice(["the harbour", "from the pier", "the old town", "general view"]),
            "Helvetica",
            5.5,
            mid - 20,
        ),
        "Helvetica",
        5.5,
    )
    back.rect(w - 60, 12, 44, 52, fill=0.7)
    back.line(w - 110, 30, w - 40, 44)
    back.line(w - 110, 36, w - 40, 50)
    d = someday(rng, 1985)
    msg = (
        hand_day(rng, d, lg)
        + " "
        + greet
        + " "
        + chat(rng, lg, (2, 4))
        + " "
        + rng.choice(SIGN_OFF[lg])
        + " "
        + sign
    )
    pt = rng.uniform(8, 10)
    y = 44.0
    for ln in wrap(msg, font, pt, mid - 26):
        if y > h - 14:
            break
        back.text(14, y, ln, font, pt)
        y += pt * 1.3
    ay = h * 0.48
    for ln in home:
        back.line(mid + 12, ay + 4, w - 14, ay + 4)
        back.text(mid + 18, ay, fit(ln, font, 10, w - mid - 34), font, 10)
        ay += 24
    roll = rng.random()
    if roll < 0.7:
        return [pic, back]
    if roll < 0.9:
        return [back, pic]
    return [back]


OCCASIONS = {
    "birthday": ("Happy Birthday", "Alles Gute zum Geburtstag", "Joyeux anniversaire"),
    "christmas": ("Merry Christmas", "Frohe Weihnachten", "Joyeux Noel"),
    "sympathy": ("With Deepest Sympathy", "In stiller Anteilnahme", "Sinceres condoleances"),
    "baby": (
        "Congratulations on your new baby",
        "Herzlichen Glueckwunsch zur Geburt",
        "Felicitations pour la naissance",
    ),
    "anniversary": ("Happy Anniversary", "Zur Goldenen Hochzeit", "Joyeux anniversaire de mariage"),
    "thanks": ("Thank You", "Herzlichen Dank", "Merci"),
    "getwell": ("Get Well Soon", "Gute Besserung", "Prompt retablissement"),
}
CARD_VERSES = {
    "en": [
        "Wishing you every happiness today and always",
        "Thinking of you at this sad time",
        "With warmest wishes for a peaceful Christmas and a happy New Year",
        "Hope your day is as special as you are",
    ],
    "de": [
        "Wir wuenschen Dir Gesundheit, Glueck und Zufriedenheit",
        "Ein gesegnetes Weihnachtsfest und ein gutes neues Jahr",
        "Worte sind zu wenig, um unsere Anteilnahme auszudruecken",
    ],
    "fr": [
        "Tous nos voeux de bonheur",
        "Joyeuses fetes et meilleurs voeux pour la nouvelle annee",
        "Nous partageons votre peine",
    ],
}


def tpl_greeting_card(rng: random.Random, who: Issuer) -> list[Page]:
    """A greeting card scanned flat: the front (a picture and the printed greeting), the
    inside (a printed verse and a message by hand) and sometimes the back (the publisher's
    line and a barcode); a family keeps many, and a season's come together."""
    lg = lang_of(who, "cards", (0.5, 0.3))
    occ = rng.choice(sorted(OCCASIONS))
    greeting = tr(lg, *OCCASIONS[occ])
    size = rng.choice([A6, CARD_5X7, SQUARE, landscape(A6), (340.0, 480.0)])
    w, h = size
    front = Page(size)
    if rng.random() < 0.6:
        photo(front, rng, 20, 20, w - 40, h * 0.62)
    else:
        # a printed design: a few shapes
        for _ in range(rng.randint(3, 8)):
            x, y = rng.uniform(20, w - 80), rng.uniform(20, h * 0.55)
            front.rect(x, y, rng.uniform(20, 70), rng.uniform(20, 70), fill=rng.uniform(0.3, 0.8))
        if occ == "christmas":
            for k in range(3):
                cx = w * (0.25 + 0.25 * k)
                front.line(cx, h * 0.2, cx - 30, h * 0.55)
                front.line(cx, h * 0.2, cx + 30, h * 0.55)
                front.line(cx - 30, h * 0.55, cx + 30, h * 0.55)
    gfont = rng.choice(["Times-BoldItalic", "Helvetica-Bold", "Times-Italic", "Courier-Bold"])
    centred(front, h * 0.62 + 44, wrap(greeting, gfont, 20, w - 40), gfont, 20, 1.3)
    inside = Page(size)
    verse = rng.choice(CARD_VERSES[lg])
    y = centred(inside, h * 0.2, wrap(verse, "Times-Italic", 12, w - 60), "Times-Italic", 12)
    font = pen(rng)
    sign = rng.choice(SIGNER[lg])
    _, home = family(who, lg)
    to = home[0].split()[0]
    msg = tr(lg, f"To {to},", f"Liebe(r) {to},", f"Cher/Chere {to},")
    y = written(inside, 40, y + 30, w - 80, msg, font, 12)
    if rng.random() < 0.7:
        y = written(inside, 40, y + 4, w - 80, chat(rng, lg, (1, 2)), font, 11)
    written(
        inside, w * 0.35, y + 10, w * 0.6, rng.choice(SIGN_OFF[lg]) + " " + sign + " xx", font, 12
    )
    pages = [front, inside]
    if rng.random() < 0.3:
        back = Page(size)
        pub = rng.choice(
            [
                "Whitby Card Company",
                "Calder Greetings Ltd",
                "Kunstverlag Huber",
                "Editions Mirabelle",
            ]
        )
        centred(
            back, h * 0.7, [pub, f"Code {rng.randint(1000, 9999)}  (c) {pub}"], "Helvetica", 6.5
        )
        if rng.random() < 0.7:
            back.barcode("code128", str(rng.randint(10**11, 10**12 - 1)), w / 2 - 80, h * 0.74)
        centred(back, h * 0.64, ["Printed on recycled board" if lg == "en" else ""], "Helvetica", 6)
        pages.append(back)
    if rng.random() < 0.15:
        pages = [inside]
    return pages


def tpl_wedding_invitation(rng: random.Random, who: Issuer) -> list[Page]:
    """A wedding invitation: the card, the reply card and often a sheet of information for
    the guests (times, directions, accommodation, gifts), with a little map (German
    Einladung with Antwortkarte, French faire-part with carton reponse)."""
    lg = lang_of(who, "wedding", (0.55, 0.25))
    r = keyed(who, "couple")
    _surname, home = family(who, lg)
    bride = person(r, lg, "f")
    groom = person(r, lg, "m")
    d = someday(rng, 1995)
    while d.weekday() != 5:
        d += timedelta(days=1)
    church = tr(
        lg,
        rng.choice(["St Mary the Virgin, Hebden Bridge", "Ripon Cathedral", "Hardcastle Crags"]),
        rng.choice(["St. Urban, Freiburg-Herdern", "Standesamt Staufen, Stubenhaus"]),
        rng.choice(["Mairie du 4e arrondissement", "Eglise Saint-Denis, Lyon"]),
    )
    venue = tr(
        lg,
        rng.choice(["Holdsworth House", "The Birchcliffe Centre", "Hebden Bridge Town Hall"]),
        rng.choice(["Gasthaus Hirschen, Staufen", "Schlossberg-Restaurant Dattler"]),
        rng.choice(["Chateau de Pizay", "Domaine de la Croix-Rousse"]),
    )
    font = rng.choice(["Times-Italic", "Times-Roman", "Helvetica"])
    size = rng.choice([CARD_5X7, A5, SQUARE])
    w, h = size
    inv = Page(size)
    frame(inv, 14, 14, w - 28, h - 28, fancy=rng.random() < 0.4)
    lines = tr(
        lg,
        f"Mr and Mrs {bride.split()[-1]}|request the pleasure of the company of|"
        f"{home[0]}|at the marriage of their daughter|{bride.split()[0]}|to|{groom}|at {church}|"
        f"on {date_text(d, 'en', 'long')}|at {rng.choice(['1.00', '2.00', '2.30'])} pm|"
        f"and afterwards at {venue}|RSVP by {date_text(d - timedelta(days=60), 'en', 'long')}",
        f"Wir heiraten!|{bride.split()[0]} & {groom.split()[0]}|"
        f"am {date_text(d, 'de', 'long')}|um 14 Uhr in {church}|"
        f"Anschliessend feiern wir mit Euch im {venue}|"
        "Wir freuen uns auf Eure Antwort bis zum "
        f"{date_text(d - timedelta(days=60), 'de', 'short')}",
        f"{bride} et {groom}|ont la joie de vous annoncer leur mariage|"
        f"le {date_text(d, 'fr', 'long')} a 15 heures|{church}|"
        f"A l'issue de la ceremonie, un vin d'honneur sera servi a {venue}",
    ).split("|")
    y = h * 0.14
    for ln in lines:
        big = ln in (bride.split()[0], groom) or "&" in ln or ln == "Wir heiraten!"
        pt = 16 if big else 10
        y = centred(inv, y, wrap(ln, font, pt, w - 60), font, pt, 1.5) + 3
    pages = [inv]
    reply = Page(landscape(A6))
    rw, rh = reply.size
    reply.text(rw / 2, 34, tr(lg, "R.S.V.P.", "Antwortkarte", "Carton reponse"), font, 14, "center")
    y = 64
    for ln in tr(
        lg,
        "M ________________________________|will be delighted to attend|regret(s) unable to "
        "attend|Dietary requirements __________________",
        "Name(n) ____________________________|Wir kommen gerne mit ___ Personen|Leider koennen "
        "wir nicht kommen|Vegetarisch / Allergien ____________",
        "M., Mme ____________________________|assistera(ont) au diner|n'assistera(ont) pas|"
        "Nombre de personnes ____",
    ).split("|"):
        if ln.startswith(("will", "regret", "Wir", "Leider", "assist", "n'assist")):
            box(reply, 40, y, False, 8)
            reply.text(54, y, ln, font, 9)
        else:
            reply.text(40, y, ln, font, 9)
        y += 26
    reply.text(
        rw / 2,
        rh - 22,
        tr(lg, "Please reply by ", "Bitte bis ", "Reponse souhaitee avant le ")
        + date_text(d - timedelta(days=60), lg, "short"),
        font,
        8,
        "center",
    )
    if rng.random() < 0.8:
        pages.append(reply)
    if rng.random() < 0.6:
        s = paper(who.style, A5, 36, 9)
        info = Page(A5)
        iw, ih = A5
        y = centred(
            info,
            50,
            [
                tr(
                    lg,
                    "Information for our guests",
                    "Infos fuer unsere Gaeste",
                    "Informations pratiques",
                )
            ],
            s.bold,
            14,
        )
        y += 6
        for t_, what in [
            ("13:30", tr(lg, "Guests arrive", "Eintreffen der Gaeste", "Accueil")),
            ("14:00", tr(lg, "Ceremony", "Trauung", "Ceremonie")),
            ("15:30", tr(lg, "Drinks reception", "Sektempfang", "Vin d'honneur")),
            ("18:00", tr(lg, "Wedding breakfast", "Abendessen", "Diner")),
            ("20:00", tr(lg, "Evening reception", "Party", "Soiree dansante")),
        ]:
            info.text(60, y, t_, s.bold, 9)
            info.text(110, y, what, s.font, 9)
            y += 14
        y += 8
        for head in (
            tr(lg, "Getting there", "Anfahrt", "Acces"),
            tr(lg, "Accommodation", "Uebernachtung", "Hebergement"),
            tr(lg, "Gifts", "Geschenke", "Liste de mariage"),
        ):
            info.text(36, y, head, s.bold, 10)
            y = written(
                info, 36, y + 14, iw - 72, prose(rng, lg, "wedding", (1, 3)), s.font, 8.5, 1.35
            )
            y += 6
        if y < ih - 150 and rng.random() < 0.7:
            # a sketch map
            mx0, my0, mw, mh = 50, y + 4, iw - 100, ih - y - 40
            info.rect(mx0, my0, mw, mh)
            info.line(mx0, my0 + mh * 0.6, mx0 + mw, my0 + mh * 0.4)
            info.line(mx0 + mw * 0.3, my0, mx0 + mw * 0.45, my0 + mh)
            info.rect(mx0 + mw * 0.6, my0 + mh * 0.2, 14, 10, fill=0.2)
            info.text(mx0 + mw * 0.6 + 18, my0 + mh * 0.2 + 9, venue.split(",")[0], s.font, 7)
            info.text(mx0 + 4, my0 + mh * 0.6 - 4, "A646" if lg == "en" else "B31", s.bold, 7)
        pages.append(info)
    return pages


# ---------------------------------------------------------------------------------------------
# Templates P: photographs, cuttings and recipes
# ---------------------------------------------------------------------------------------------

CAPTIONS = {
    "en": [
        "Filey {y}",
        "Mum & Dad, Scarborough, Aug {y}",
        "Ellie's christening",
        "Grandad's 80th",
        "Whit walk {y}",
        "Bolton Abbey",
        "Christmas {y}",
        "Our Silver Wedding",
        "Tom - first day at school",
        "Caravan at Robin Hood's Bay",
    ],
    "de": [
        "Titisee {y}",
        "Oma & Opa, Weihnachten {y}",
        "Taufe von Jonas",
        "Konfirmation {y}",
        "Schauinsland",
        "Silberhochzeit",
        "Urlaub am Bodensee {y}",
        "Einschulung Lena",
    ],
    "fr": [
        "Arcachon {y}",
        "Papi et Mamie, Noel {y}",
        "Bapteme de Lucas",
        "Fourviere",
        "Les noces d'or",
        "Vacances a Annecy {y}",
        "Premiere communion",
    ],
}


def tpl_photo_page(rng: random.Random, who: Issuer) -> list[Page]:
    """Photographs: a page of a family album with two to six prints and captions by hand,
    or a loose print with its back (the paper maker's print, a lab number, a note in pencil);
    an album's pages come one after another."""
    lg = lang_of(who, "album", (0.55, 0.25))
    font = keyed(who, "albumhand").choice(HANDS)
    year = rng.randint(1968, 2015)
    if rng.random() < 0.3:
        size = rng.choice([(432.0, 288.0), (288.0, 432.0), (360.0, 252.0)])
        front = Page(size)
        photo(front, rng, 0, 0, size[0], size[1])
        back = Page(size)
        paper_line = rng.choice(
            ["KODAK ROYAL PAPER", "FUJICOLOR CRYSTAL ARCHIVE PAPER", "AGFA COLOR PAPER"]
        )
        for k in range(4):
            back.text(20 + (k % 2) * 40, 30 + k * 60, paper_line, "Helvetica", 6)
        back.text(size[0] - 20, size[1] - 20, ref(rng, "#### @ ## +#"), "Courier", 7, "right")
        if rng.random() < 0.8:
            written(
                back,
                30,
                size[1] * 0.45,
                size[0] - 60,
                rng.choice(CAPTIONS[lg]).format(y=year),
                font,
                13,
            )
        return [front, back] if rng.random() < 0.8 else [front]
    size = rng.choice([A4, A4, landscape(A4), (595.0, 595.0)])
    w, h = size
    p = Page(size)
    top = 40.0
    if rng.random() < 0.35:
        p.text(w / 2, 50, rng.choice(CAPTIONS[lg]).format(y=year), font, 20, "center")
        top = 74.0
    k = rng.choice([2, 3, 4, 4, 5, 6])
    cols_ = 2 if k > 2 or w > h else 1
    rows_ = (k + cols_ - 1) // cols_
    cw = (w - 60 - 24 * (cols_ - 1)) / cols_
    ch = (h - top - 30 - 30 * rows_) / rows_
    for j in range(k):
        x = 30 + (j % cols_) * (cw + 24)
        y = top + (j // cols_) * (ch + 30)
        pw, ph = cw * rng.uniform(0.75, 1.0), ch * rng.uniform(0.75, 0.95)
        photo(p, rng, x, y, pw, ph)
        if rng.random() < 0.4:
            for cx, cy in ((x, y), (x + pw, y), (x, y + ph), (x + pw, y + ph)):
                p.line(cx - 8, cy, cx + 8, cy)
                p.line(cx, cy - 8, cx, cy + 8)
        if rng.random() < 0.75:
            p.text(
                x,
                y + ph + 16,
                fit(rng.choice(CAPTIONS[lg]).format(y=year + rng.randint(0, 2)), font, 11, pw),
                font,
                11,
            )
    return [p]


NEWS_KIND = ["report", "report", "death", "family", "letter"]


def cutting(rng: random.Random, lg: str, d: date, sheet: bool, kind: str = "") -> Page:
    """A newspaper cutting: a column or two cut out (on a page of its own size), or pasted on
    a sheet with a note of the paper and the date; a report with headline and perhaps a
    photograph, a death notice, a family announcement or a reader's letter."""
    kind = kind or rng.choice(NEWS_KIND)
    paper_name = rng.choice([x[0] for x in SENDERS["newspaper"] if x[1] == lg])
    ncols = 1 if kind in ("death", "family") else rng.choice([1, 1, 2, 3])
    colw = rng.uniform(125, 150)
    gap = 10.0
    cw = ncols * colw + (ncols - 1) * gap
    pt = rng.choice([7.5, 8, 8.5])
    lead = 1.22
    head_lines: list[str] = []
    body: list[str] = []
    pic = False
    surname = rng.choice(SURNAMES[lg])
    if kind == "report":
        title = words(rng, lg, "news", rng.randint(4, 8))[:-1]
        head_lines = wrap(title, "Times-Bold", 17, cw)
        body = [prose(rng, lg, "news", (2, 5)) for _ in range(rng.randint(3, 9))]
        pic = rng.random() < 0.45
    elif kind == "letter":
        head_lines = wrap(words(rng, lg, "news", 5)[:-1], "Times-Bold", 12, cw)
        body = [prose(rng, lg, "news", (2, 4)) for _ in range(rng.randint(2, 4))]
        body.append(person(rng, lg) + ", " + rng.choice(TOWNS[lg]))
    elif kind == "family":
        head_lines = [
            tr(
                lg,
                rng.choice(["GOLDEN WEDDING", "RUBY WEDDING", "BIRTHS", "ENGAGEMENTS"]),
                rng.choice(["Wir haben geheiratet", "Goldene Hochzeit", "Geburt"]),
                rng.choice(["Carnet du jour - Mariages", "Naissances", "Noces d'or"]),
            )
        ]
        body = [
            f"{surname.upper()} - {rng.choice(SURNAMES[lg]).upper()}. "
            + rng.choice(CHAT[lg])
            + " "
            + words(rng, lg, "club", 12)
        ]
    else:
        name, born, died, _ = deceased(rng, lg, surname)
        head_lines = []
        body = [
            tr(
                lg,
                f"{surname.upper()} {name.split()[0]}. Peacefully on {long_day(died, lg)}, "
                f"aged {died.year - born.year} years.",
                f"{name}, * {date_text(born, lg, 'short')}  + {date_text(died, lg, 'short')}",
                f"{name} nous a quittes le {long_day(died, lg)} dans sa "
                f"{died.year - born.year}e annee.",
            ),
            words(rng, lg, "parish", 16),
            tr(
                lg,
                f"Funeral service at {rng.choice(TOWNS[lg])} on "
                f"{long_day(died + timedelta(10), lg)}.",
                f"Die Trauerfeier findet am {date_text(died + timedelta(10), lg, 'short')} statt.",
                f"Les obseques auront lieu le {long_day(died + timedelta(10), lg)}.",
            ),
        ]
    # lay the body out in columns
    lines: list[str] = []
    for para in body:
        lines.extend(wrap(para, "Times-Roman", pt, colw))
        lines.append("")
    per_col = max(8, len(lines) // ncols + 1)
    top = 14.0
    strip = rng.random() < 0.5
    if strip:
        top += 16
    head_h = len(head_lines) * (20 if kind == "report" else 15) + 6
    pic_h = cw * 0.62 + 18 if pic else 0.0
    col_h = per_col * pt * lead
    box_w = cw + 20
    box_h = top + head_h + pic_h + col_h + 10
    if sheet and box_h < A4[1] - 180:
        page = Page(A4)
        ox, oy = rng.uniform(50, max(52.0, A4[0] - box_w - 50)), rng.uniform(90, 140)
        page.rect(ox, oy, box_w, box_h)
        note = f"{paper_name} {hand_day(rng, d, lg)}"
        page.text(ox, oy - 24, note, pen(rng), 13)
    else:
        page = Page((box_w, box_h))
        ox, oy = 0.0, 0.0
    x0 = ox + 10
    y = oy + top
    if strip:
        page.text(x0, oy + 14, fit(paper_name.upper(), "Times-Bold", 7, cw / 2), "Times-Bold", 7)
        page.text(
            x0 + cw, oy + 14, f"{long_day(d, lg)}   {rng.randint(2, 48)}", "Times-Roman", 7, "right"
        )
        page.line(x0, oy + 18, x0 + cw, oy + 18)
    if kind == "death":
        page.rect(x0 - 4, y - 4, cw + 8, col_h + 10)
        cross(page, x0 + cw / 2 - 8, y, 16)
        y += 22
    for ln in head_lines:
        big = 17 if kind == "report" else 12
        page.text(x0, y + big * 0.8, ln, "Times-Bold", big)
        y += big + 3
    y += 6
    if pic:
        photo(page, rng, x0, y, cw, cw * 0.62)
        page.text(
            x0,
            y + cw * 0.62 + 11,
            fit(words(rng, lg, "news", 10), "Helvetica-Oblique", 6.5, cw),
            "Helvetica-Oblique",
            6.5,
        )
        y += pic_h
    for c in range(ncols):
        for k, ln in enumerate(lines[c * per_col : (c + 1) * per_col]):
            if ln:
                page.text(x0 + c * (colw + gap), y + pt + k * pt * lead, ln, "Times-Roman", pt)
    return page


def tpl_clipping(rng: random.Random, who: Issuer) -> list[Page]:
    """Newspaper cuttings kept by the family: a cut-out column (the page the size of the
    cutting) or a cutting pasted on a sheet with the paper and date noted by hand; reports on
    the family's clubs, death notices, family announcements, readers' letters."""
    lg = lang_of(who, "news", (0.55, 0.25))
    d = someday(rng, 1975)
    return [cutting(rng, lg, d, sheet=rng.random() < 0.35)]


RECIPES = {
    "en": [
        "Yorkshire Parkin",
        "Victoria Sponge",
        "Shepherd's Pie",
        "Lemon Drizzle Cake",
        "Christmas Pudding",
        "Fruit Scones",
        "Bread and Butter Pudding",
        "Rhubarb Crumble",
    ],
    "de": [
        "Schwarzwaelder Kirschtorte",
        "Linzer Torte",
        "Kaesespaetzle",
        "Zwiebelkuchen",
        "Springerle",
        "Apfelstrudel",
        "Omas Hefezopf",
    ],
    "fr": [
        "Gratin dauphinois",
        "Tarte Tatin",
        "Bugnes lyonnaises",
        "Clafoutis aux cerises",
        "Boeuf bourguignon",
        "Quenelles sauce Nantua",
    ],
}
INGREDIENTS = {
    "en": [
        "225g self-raising flour",
        "110g butter",
        "2 large eggs",
        "175g caster sugar",
        "1 tbsp golden syrup",
        "225g medium oatmeal",
        "2 tsp ground ginger",
        "150ml milk",
        "1 onion, finely chopped",
        "450g minced lamb",
        "1 tbsp plain flour",
        "grated rind of 2 lemons",
        "pinch of salt",
        "100g sultanas",
        "700g potatoes",
    ],
    "de": [
        "250 g Mehl",
        "125 g Butter",
        "3 Eier",
        "150 g Zucker",
        "1 Paeckchen Vanillezucker",
        "1 Glas Sauerkirschen",
        "200 g Sahne",
        "1 TL Zimt",
        "1/2 Wuerfel Hefe",
        "500 g Zwiebeln",
        "100 g Speck",
        "200 g Bergkaese",
        "1 Prise Salz",
        "2 cl Kirschwasser",
    ],
    "fr": [
        "1 kg de pommes de terre",
        "50 cl de creme fraiche",
        "25 cl de lait",
        "2 gousses d'ail",
        "125 g de beurre",
        "250 g de farine",
        "3 oeufs",
        "100 g de sucre",
        "1 pincee de sel",
        "muscade",
        "500 g de cerises",
        "6 pommes",
    ],
}
METHOD = {
    "en": "mix beat fold bake oven tin minutes sieve rub stir until golden cool grease line "
    "simmer pour add",
    "de": "verruehren mischen backen Ofen Form Minuten sieben unterheben Teig ruehren goldbraun "
    "abkuehlen fetten geben",
    "fr": "melanger battre cuire four moule minutes tamiser incorporer pate remuer dore "
    "refroidir beurrer verser ajouter",
}


def tpl_recipe_card(rng: random.Random, who: Issuer) -> list[Page]:
    """A recipe card: written by hand on an index card or a sheet from a recipe binder, or a
    printed card from a shop or a magazine with a photograph (and the method on the back);
    the family's recipes come several together."""
    lg = lang_of(who, "kitchen", (0.5, 0.3))
    title = rng.choice(RECIPES[lg])
    ings = rng.sample(INGREDIENTS[lg], rng.randint(4, 9))
    steps = [
        " ".join(
            rng.choice(METHOD[lg].split() + WORDS[lg].split()) for _ in range(rng.randint(7, 16))
        ).capitalize()
        + "."
        for _ in range(rng.randint(3, 7))
    ]
    serves = tr(
        lg,
        f"Serves {rng.randint(2, 8)}",
        f"Fuer {rng.randint(2, 8)} Personen",
        f"Pour {rng.randint(2, 8)} personnes",
    )
    oven = tr(
        lg,
        rng.choice(["Gas mark 4 / 180 C", "Gas 3 - 160 C", "moderate oven"]),
        rng.choice(["180 Grad Ober-/Unterhitze", "Umluft 160 Grad"]),
        rng.choice(["four th. 6 (180 C)", "four a 200 C"]),
    )
    if rng.random() < 0.6:
        size = rng.choice([(360.0, 216.0), landscape(A6), A6, A5])
        w, h = size
        font = keyed(who, "cook").choice(HANDS)
        p = Page(size)
        if rng.random() < 0.5:
            p.rect(0, 26, w, 1.2, fill=0.5)
            y = 49.0
            while y < h - 8:
                p.rect(8, y, w - 16, 0.4, fill=0.8)
                y += 14
        p.text(16, 22, title, font, 14)
        p.text(w - 16, 22, serves if rng.random() < 0.6 else "", font, 9, "right")
        pages = [p]
        y = 46.0
        for ing in ings:
            if y > h - 14:
                p = Page(size)
                pages.append(p)
                y = 24.0
            p.text(20, y, ing, font, 10)
            y += 14
        y += 6
        text = " ".join(steps) + " " + oven + "."
        for ln in wrap(text, font, 10, w - 40):
            if y > h - 12:
                p = Page(size)
                pages.append(p)
                y = 24.0
            p.text(16, y, ln, font, 10)
            y += 14
        if rng.random() < 0.3:
            p.text(
                w - 16,
                h - 10,
                tr(lg, "from Auntie Joan", "von Tante Gertrud", "de Tante Odette"),
                font,
                8,
                "right",
            )
        return pages[:3]
    # a printed card
    size = rng.choice([A5, landscape(A5), (360.0, 504.0)])
    w, h = size
    brand = rng.choice(
        {
            "en": ["Good Food Kitchen Cards", "Dales Dairy Recipe Club", "Co-op Recipe Card"],
            "de": ["Kochen & Geniessen Sammelkarte", "Edeka Rezeptkarte", "Dr. Oetker Backidee"],
            "fr": ["Fiche cuisine Maxi", "Recette du marche", "Cuisine et Vins de France"],
        }[lg]
    )
    front = Page(size)
    photo(front, rng, 0, 0, w, h * 0.58)
    front.text(24, h * 0.58 + 34, fit(title, "Helvetica-Bold", 20, w - 48), "Helvetica-Bold", 20)
    front.text(
        24, h * 0.58 + 54, f"{serves}  |  {rng.choice([20, 35, 45, 90])} min", "Helvetica", 9
    )
    if rng.random() < 0.7:
        intro = " ".join(
            rng.choice(METHOD[lg].split() + WORDS[lg].split()) for _ in range(rng.randint(14, 30))
        )
        written(front, 24, h * 0.58 + 74, w - 48, intro.capitalize() + ".", "Helvetica", 8.5, 1.35)
    front.text(24, h - 20, brand, "Helvetica-Bold", 7)
    front.text(w - 24, h - 20, f"No. {rng.randint(1, 240)}", "Helvetica", 7, "right")
    back = Page(size)
    back.text(24, 40, tr(lg, "Ingredients", "Zutaten", "Ingredients"), "Helvetica-Bold", 11)
    y = 58.0
    for ing in ings:
        back.text(24, y, ing, "Helvetica", 8.5)
        y += 12
    y += 10
    back.text(24, y, tr(lg, "Method", "Zubereitung", "Preparation"), "Helvetica-Bold", 11)
    y += 16
    for k, st in enumerate(steps, 1):
        back.text(24, y, f"{k}", "Helvetica-Bold", 9)
        y = written(back, 40, y, w - 70, st, "Helvetica", 8.5, 1.35) + 4
        if y > h - 40:
            break
    back.text(24, h - 20, fit(brand + " - " + oven, "Helvetica", 7, w - 48), "Helvetica", 7)
    return [front, back] if rng.random() < 0.85 else [back, front]


# ---------------------------------------------------------------------------------------------
# Templates P: associations and the music school
# ---------------------------------------------------------------------------------------------

PIECES = [
    ("J. S. Bach", "1685-1750", "Jesu, joy of man's desiring"),
    ("G. F. Handel", "1685-1759", "Zadok the Priest"),
    ("W. A. Mozart", "1756-1791", "Ave verum corpus, K. 618"),
    ("J. Haydn", "1732-1809", "Trumpet Concerto in E flat, 3rd movement"),
    ("F. Mendelssohn", "1809-1847", "Hear my prayer"),
    ("J. Brahms", "1833-1897", "Hungarian Dance No. 5"),
    ("G. Faure", "1845-1924", "Cantique de Jean Racine"),
    ("E. Elgar", "1857-1934", "Salut d'amour"),
    ("J. Rutter", "b. 1945", "For the beauty of the earth"),
    ("Trad. arr. Holst", "", "In the bleak midwinter"),
    ("C. Saint-Saens", "1835-1921", "Le cygne"),
    ("F. Schubert", "1797-1828", "Ave Maria"),
    ("A. Vivaldi", "1678-1741", "Gloria in D, RV 589 (excerpts)"),
    ("K. Jenkins", "b. 1944", "Benedictus from The Armed Man"),
    ("P. Sparke", "b. 1951", "Music of the Spheres (brass band)"),
    ("G. Gershwin", "1898-1937", "Summertime"),
    ("M. Ravel", "1875-1937", "Pavane pour une infante defunte"),
    ("Trad.", "", "Schwarzwaldmarie"),
]
INSTRUMENTS = {
    "en": ["piano", "violin", "cello", "flute", "clarinet", "trumpet", "guitar", "voice"],
    "de": ["Klavier", "Violine", "Violoncello", "Querfloete", "Klarinette", "Gitarre", "Gesang"],
    "fr": ["piano", "violon", "violoncelle", "flute traversiere", "clarinette", "guitare"],
}


def pupil(who: Issuer, lang: str) -> tuple[str, date]:
    """The household's child who learns an instrument or to drive: name and birthday."""
    r = keyed(who, "pupil" + lang)
    surname, _ = family(who, lang)
    return f"{r.choice(KIDS)} {surname}", date(
        r.randint(1996, 2012), r.randint(1, 12), 1 + r.randrange(28)
    )


def tpl_concert_programme(rng: random.Random, who: Issuer) -> list[Page]:
    """A concert programme of a choir, a band or a music school: an A5 booklet of four or
    eight pages (cover, the programme with the interval, notes on the music, the performers
    by voice or instrument, the supporters' advertisements), sometimes scanned opened flat
    as A4 spreads."""
    o = source(who, rng.choice(["club", "music"]))
    lg = o.lang
    s = paper(who.style, A5, 36, 9)
    n = rng.choice([4, 4, 8])
    draw, keep = booklet(A5, n, rng.random() < 0.2)
    w, h = A5
    d = someday(rng, 2000)
    season = tr(
        lg,
        rng.choice(["Spring Concert", "Christmas Concert", "Summer Serenade", "Pupils' Concert"]),
        rng.choice(["Fruehjahrskonzert", "Adventskonzert", "Sommerkonzert", "Schuelervorspiel"]),
        rng.choice(["Concert de printemps", "Concert de Noel", "Audition des eleves"]),
    )
    venue = tr(
        lg,
        rng.choice(["St Mary's Church", "Hebden Bridge Town Hall", "Ripon Cathedral"]),
        rng.choice(["Pauluskirche Freiburg", "Kurhaus Badenweiler", "Stubenhaus Staufen"]),
        rng.choice(["Eglise Saint-Denis", "Salle Moliere", "Auditorium Maurice-Ravel"]),
    )
    cover = draw[0]
    frame(cover, 16, 16, w - 32, h - 32, fancy=False)
    y = centred(cover, 70, wrap(o.name, s.bold, 15, w - 80), s.bold, 15, 1.3)
    y += 20
    if rng.random() < 0.6:
        photo(cover, rng, w * 0.18, y, w * 0.64, h * 0.34)
        y += h * 0.34 + 30
    else:
        y += 40
    y = centred(cover, y, [season], "Times-BoldItalic", 22)
    y = centred(
        cover,
        y + 10,
        [
            date_text(d, lg, "long") + tr(lg, ", 7.30 pm", ", 19 Uhr", ", 20h"),
            venue,
            tr(lg, "Conductor: ", "Leitung: ", "Direction: ") + person(rng, lg),
        ],
        s.font,
        10,
    )
    cover.text(
        w / 2,
        h - 30,
        tr(lg, "Programme GBP 2", "Programmheft - Eintritt frei, Spenden erbeten", "Entree libre"),
        s.font,
        8,
        "center",
    )
    p = draw[1]
    p.text(w / 2, 50, tr(lg, "Programme", "Programm", "Programme"), s.bold, 14, "center")
    y = 80.0
    items = rng.sample(PIECES, rng.randint(6, 12))
    half = len(items) // 2
    pos = 1
    for k, (comp, dates, title) in enumerate(items):
        if y > h - 60 and pos < n - 2:
            pos += 1
            p = draw[pos]
            y = 50.0
        if k == half:
            p.text(
                w / 2,
                y + 4,
                tr(lg, "- INTERVAL -", "- Pause -", "- Entracte -"),
                s.bold,
                9,
                "center",
            )
            y += 26
        p.text(36, y, comp + (f" ({dates})" if dates else ""), s.bold, 9)
        y += 12
        p.text(48, y, fit(title, italic(s.font), 9, w - 90), italic(s.font), 9)
        y += 12
        if rng.random() < 0.4:
            p.text(
                48,
                y,
                fit(person(rng, lg) + ", " + rng.choice(INSTRUMENTS[lg]), s.font, 8, w - 90),
                s.font,
                8,
            )
            y += 12
        y += 8
    fillers = ["notes", "performers", "ads", "notes"]
    while pos < n - 2:
        pos += 1
        p = draw[pos]
        kind = fillers.pop(0) if fillers else "ads"
        if kind == "notes":
            f = Leaves(A5, h - 40, lambda q, i: 50.0)
            f.pages, f.page, f.y = [p], p, 50.0
            for comp, _, title in items[: rng.randint(2, 4)]:
                if f.y > h - 110:
                    break
                f.page.text(36, f.y, f"{comp}: {title}", s.bold, 9)
                f.y += 14
                f.para(36, w - 72, prose(rng, lg, "notes", (2, 4)), s.font, 8.5)
        elif kind == "performers":
            p.text(
                w / 2,
                50,
                tr(lg, "Performers", "Mitwirkende", "Les interpretes"),
                s.bold,
                12,
                "center",
            )
            parts = tr(
                lg,
                "Sopranos|Altos|Tenors|Basses",
                "Sopran|Alt|Tenor|Bass",
                "Sopranos|Altis|Tenors|Basses",
            ).split("|")
            cw = (w - 72) / 2
            for j, part in enumerate(parts):
                x = 36 + (j % 2) * cw
                yy = 80 + (j // 2) * (h - 140) / 2
                p.text(x, yy, part, s.bold, 9)
                for k in range(rng.randint(4, 12)):
                    p.text(x, yy + 13 + k * 11, person(rng, lg, "f" if j < 2 else "m"), s.font, 8)
        else:
            p.text(
                w / 2,
                44,
                tr(
                    lg,
                    "With thanks to our supporters",
                    "Wir danken unseren Foerderern",
                    "Merci a nos partenaires",
                ),
                s.bold,
                10,
                "center",
            )
            y = 60.0
            shops = rng.sample(
                {
                    "en": [
                        "Horsfall's Bakery",
                        "Calder Valley Opticians",
                        "The White Lion",
                        "Mitchell & Sons Builders",
                        "Crown Street Books",
                    ],
                    "de": [
                        "Baeckerei Hug",
                        "Brandt Optik",
                        "Gasthaus Hirschen",
                        "Sparkasse Staufen",
                        "Buchhandlung am Markt",
                    ],
                    "fr": [
                        "Boulangerie Bonnet",
                        "Optique Faure",
                        "Le Bouchon des Canuts",
                        "Librairie du Plateau",
                    ],
                }[lg],
                4 if lg == "fr" else 5,
            )
            while y < h - 110 and shops:
                bh = rng.choice([60, 80, 100])
                p.rect(36, y, w - 72, bh)
                shop = shops.pop()
                p.text(w / 2, y + 22, shop, s.bold, 12, "center")
                p.text(
                    w / 2,
                    y + 36,
                    fit(words(rng, lg, "club", 8), s.font, 7.5, w - 90),
                    s.font,
                    7.5,
                    "center",
                )
                y += bh + 10
    back = draw[n - 1]
    centred(
        back,
        h * 0.3,
        [
            tr(lg, "Our next concert", "Unser naechstes Konzert", "Prochain concert"),
            date_text(d + timedelta(days=rng.randint(90, 200)), lg, "long"),
            "",
            *wrap(words(rng, lg, "club", 16), s.font, 9, w - 80),
            "",
            o.name,
            f"{o.street}, {o.town}",
        ],
        s.font,
        9,
    )
    if rng.random() < 0.3:
        back.text(
            w / 2,
            h - 40,
            tr(lg, "Registered charity no. ", "Gemeinnuetziger Verein, ", "Association loi 1901, ")
            + ref(rng, "#######"),
            s.font,
            7,
            "center",
        )
    if rng.random() < 0.4:
        number_pages(draw[1:-1], s, "{i}", "bc", bottom=20)
    return keep


def tpl_honour_certificate(rng: random.Random, who: Issuer) -> list[Page]:
    """An association honours a long-standing member: the chairman's letter (the award, the
    evening it will be presented) and the certificate on landscape or portrait A4 in a
    border with two signatures (German Ehrenurkunde, French diplome d'honneur)."""
    o = source(who, "club", ["centred", "cross", "ruled", "side"])
    lg = o.lang
    s = paper(who.style, A4)
    _surname, home = family(who, lg)
    member = rng.choice([home[0], home[0], spouse(who, lg)])
    years = rng.choice([10, 25, 25, 40, 50, 60])
    d = someday(rng, 2004)
    award = tr(
        lg,
        rng.choice(["Honorary Life Membership", f"Long Service Award - {years} years"]),
        rng.choice(["Ehrenmitgliedschaft", f"Ehrennadel in {'Gold' if years >= 40 else 'Silber'}"]),
        rng.choice(["Membre d'honneur", f"Medaille de la fidelite - {years} ans"]),
    )
    pages: list[Page] = []
    chair = person(keyed(who, "chair"), lg)
    if rng.random() < 0.7:
        f = leaves(s, o)
        window(f, s, o, [member, *home[1:]], d, [])
        first = member.split()[0]
        f.page.text(
            s.margin,
            f.y,
            tr(lg, f"Dear {first},", f"Liebe(r) {first},", f"Cher/Chere {first},"),
            s.font,
            s.size,
        )
        f.y += s.size * 2
        say(
            f,
            s,
            tr(
                lg,
                f"On behalf of the committee I am delighted to tell you that, in recognition of "
                f"{years} years of loyal membership, you have been awarded {award}.",
                f"im Namen des Vorstands freue ich mich, Ihnen mitzuteilen, dass Sie fuer "
                f"{years} Jahre treue Mitgliedschaft mit der {award} geehrt werden.",
                f"Au nom du bureau, j'ai le plaisir de vous annoncer que vous recevrez la "
                f"distinction {award} pour {years} ans de fidelite a notre association.",
            ),
        )
        say(f, s, prose(rng, lg, "club", (2, 4)))
        say(
            f,
            s,
            tr(
                lg,
                f"The award will be presented at the Annual Dinner on "
                f"{long_day(d + timedelta(days=30), lg)}. We do hope you will be able to join us.",
                f"Die Ehrung findet im Rahmen der Jahreshauptversammlung am "
                f"{long_day(d + timedelta(days=30), lg)} statt.",
                f"La remise aura lieu lors de l'assemblee generale du "
                f"{long_day(d + timedelta(days=30), lg)}.",
            ),
        )
        regards(f, s, lg, chair, tr(lg, "Chairman", "1. Vorsitzende(r)", "President(e)"))
        pages.extend(close(f.pages, s, o, numbers="none"))
    size = rng.choice([landscape(A4), landscape(A4), A4])
    c = Page(size)
    w, h = size
    frame(c, 24, 24, w - 48, h - 48, fancy=True)
    y = h * 0.16
    y = centred(c, y, wrap(o.name, "Times-Bold", 16, w - 120), "Times-Bold", 16)
    y += 16
    y = centred(
        c,
        y,
        [tr(lg, "Certificate of Honour", "Ehrenurkunde", "Diplome d'honneur")],
        "Times-BoldItalic",
        34,
    )
    y += 10
    y = centred(c, y, [tr(lg, "presented to", "fuer", "decerne a")], "Times-Italic", 12)
    y = centred(c, y + 8, [member], "Times-Bold", 24, 1.6)
    y = centred(
        c,
        y,
        wrap(
            tr(
                lg,
                f"in grateful recognition of {years} years of loyal membership and service",
                f"in Anerkennung und Dankbarkeit fuer {years}-jaehrige treue Mitgliedschaft",
                f"en reconnaissance de {years} annees de fidelite et de devouement",
            ),
            "Times-Italic",
            13,
            w - 160,
        ),
        "Times-Italic",
        13,
    )
    centred(c, y + 6, [award], "Times-Roman", 12)
    sy = h - 90
    for k, role in enumerate(
        [
            tr(lg, "Chairman", "1. Vorsitzende(r)", "Le president"),
            tr(lg, "Secretary", "Schriftfuehrer(in)", "Le secretaire"),
        ]
    ):
        x = 90 + k * (w - 340)
        scrawl(c, x + 10, sy - 6, chair if k == 0 else person(rng, lg), 14)
        c.line(x, sy, x + 160, sy)
        c.text(x + 80, sy + 12, role, "Times-Roman", 9, "center")
    c.text(
        w / 2,
        sy + 12,
        tr(lg, "", "", "") + rng.choice(TOWNS[lg]) + ", " + long_day(d + timedelta(days=30), lg),
        "Times-Roman",
        9,
        "center",
    )
    if rng.random() < 0.5:
        c.rect(w / 2 - 30, sy - 70, 60, 60)
        cross(c, w / 2 - 12, sy - 58, 24)
    pages.append(c)
    return pages


def tpl_duty_rota(rng: random.Random, who: Issuer) -> list[Page]:
    """A duty rota for a quarter, on landscape A4 as a rule: the parish's readers,
    intercessions, sidespeople, flowers and coffee (German Lektoren- und Kommunionhelferplan,
    French planning des equipes liturgiques), or a club's teas and bar duty; the notes on
    swapping at the foot; one quarter after another."""
    trade = "parish" if rng.random() < 0.7 else "club"
    o = source(who, trade, ["centred", "ruled", "typed", "band"])
    lg = o.lang
    s = paper(who.style, landscape(A4) if rng.random() < 0.75 else A4, 36, 9)
    w, _ = s.page_size
    m = s.margin
    r = keyed(who, "rota" + trade)
    folk = [person(r, lg) for _ in range(18)]
    start = someday(rng, 2008)
    while start.weekday() != 6:
        start += timedelta(days=1)
    weeks = rng.choice([9, 13, 13, 17, 26])
    end = start + timedelta(weeks=weeks - 1)
    if trade == "parish":
        head = tr(
            lg,
            "Date|Service|Readers|Intercessions|Sidespeople|Flowers|Coffee",
            "Datum|Gottesdienst|Lektor/in|Kommunionhelfer|Messdiener|Blumen|Kirchencafe",
            "Date|Celebration|Lectures|Priere universelle|Accueil|Fleurs",
        ).split("|")
        services = tr(
            lg,
            "10.00 Parish Eucharist|8.00 Holy Communion|6.00 pm Evensong|10.00 Family Service",
            "10.30 Eucharistiefeier|9.00 Hl. Messe|18.00 Vorabendmesse|10.00 Familiengottesdienst",
            "Messe 10h30|Messe 9h|Messe anticipee 18h30",
        ).split("|")
        title = tr(lg, "Rota", "Dienstplan", "Planning des equipes") + " "
    else:
        head = tr(
            lg,
            "Date|Fixture / event|Teas|Bar|Gate|Lock up",
            "Datum|Veranstaltung|Kuchen|Theke|Kasse|Aufraeumen",
            "Date|Manifestation|Buvette|Accueil|Rangement",
        ).split("|")
        services = tr(
            lg,
            "League match (home)|Friendly|Club competition|Open day",
            "Probe|Wanderung|Vereinsabend|Konzert",
            "Repetition|Concert|Sortie|Assemblee",
        ).split("|")
        title = tr(lg, "Duty rota", "Helferplan", "Planning des benevoles") + " "
    title += f"{date_text(start, lg, 'short')} - {date_text(end, lg, 'short')}"
    f = leaves(s, o, title)
    f.page.text(m, f.y, fit(title, s.bold, s.size + 4, w - 2 * m), s.bold, s.size + 4)
    f.y += 24
    rows = []
    day = start
    for _ in range(weeks):
        for svc in rng.sample(services, rng.choice([1, 1, 2])):
            row = [date_text(day, lg, "short"), svc]
            for _ in head[2:]:
                row.append(
                    rng.choice(folk).split()[-1]
                    if rng.random() < 0.3
                    else " / ".join(
                        x.split()[0][0] + ". " + x.split()[-1]
                        for x in rng.sample(folk, rng.choice([1, 1, 2]))
                    )
                    if rng.random() < 0.92
                    else "-"
                )
            rows.append(row)
        day += timedelta(weeks=1)
    spec = [(1.3, "left"), (1.9, "left")] + [(1.6, "left")] * (len(head) - 2)
    table(
        f,
        columns(m, w - m, spec),
        head,
        rows,
        s,
        size=s.size - 1,
        shade=0.88,
        rules=rng.random() < 0.6,
        step=1.7,
    )
    f.y += 10
    say(
        f,
        s,
        tr(
            lg,
            "If you cannot manage your date, please arrange a swap and let the office know. "
            "Thank you to everyone who helps.",
            "Bitte tauschen Sie bei Verhinderung selbststaendig und geben Sie dem Pfarrbuero "
            "Bescheid. Herzlichen Dank allen Helferinnen und Helfern!",
            "En cas d'empechement, merci de vous faire remplacer et de prevenir le secretariat.",
        ),
        pt=s.size - 1,
    )
    return close(f.pages, s, o, numbers=rng.choice(["none", "none", "{i}/{n}"]))


def tpl_music_enrolment(rng: random.Random, who: Issuer) -> list[Page]:
    """A music school's enrolment confirmation for a child (German Anmeldebestaetigung und
    Unterrichtsvertrag, French confirmation d'inscription au conservatoire): the letter with
    the pupil, instrument, teacher, lesson time and fee, then the fee table, the school rules
    in two columns and sometimes the reply form to sign and return."""
    o = source(who, "music")
    lg = o.lang
    s = paper(who.style, A4)
    w, _h = s.page_size
    m = s.margin
    surname, home = family(who, lg)
    kid, born = pupil(who, lg)
    inst = keyed(who, "instrument" + lg).choice(INSTRUMENTS[lg])
    d = someday(rng, 2006, 2024)
    term = f"{d.year}/{(d.year + 1) % 100:02d}"
    mins = rng.choice([30, 30, 45, 60])
    fee = {30: 62.0, 45: 88.0, 60: 116.0}[mins] * rng.uniform(0.85, 1.2)
    f = leaves(s, o, tr(lg, f"Enrolment {kid}", f"Unterrichtsvertrag {kid}", f"Inscription {kid}"))
    window(
        f,
        s,
        o,
        [
            tr(lg, "Parent/carer of ", "An die Erziehungsberechtigten von ", "Aux parents de ")
            + kid,
            *home[1:],
        ],
        d,
        [(tr(lg, "Pupil no.", "Schueler-Nr.", "N. eleve"), ref(keyed(who, "pupilno"), "#####"))],
    )
    heading(
        f,
        s,
        tr(
            lg,
            f"Confirmation of lesson place {term}",
            f"Anmeldebestaetigung und Unterrichtsvertrag - Schuljahr {term}",
            f"Confirmation d'inscription - annee {term}",
        ),
        2,
    )
    dear(f, s, lg, home[0] if lg == "en" else surname)
    say(f, s, prose(rng, lg, "music", (1, 3)))
    teacher = person(keyed(who, "teacher" + lg), lg)
    f.y = (
        pairs(
            f.page,
            s,
            m + 20,
            f.y,
            [
                (tr(lg, "Pupil", "Schueler/in", "Eleve"), kid),
                (tr(lg, "Date of birth", "Geburtsdatum", "Date de naissance"), on(o, born)),
                (tr(lg, "Instrument", "Fach", "Discipline"), inst),
                (tr(lg, "Teacher", "Lehrkraft", "Professeur"), teacher),
                (
                    tr(lg, "Lesson", "Unterrichtsform", "Cours"),
                    tr(
                        lg,
                        f"{mins} minutes individual",
                        f"Einzelunterricht {mins} Min.",
                        f"cours individuel {mins} min",
                    ),
                ),
                (
                    tr(lg, "Day and time", "Unterrichtszeit", "Horaire"),
                    rng.choice(["Mon", "Tue", "Wed", "Thu"])
                    + f" {rng.randint(14, 18)}:{rng.choice(['00', '15', '30', '45'])}",
                ),
                (
                    tr(lg, "Start", "Beginn", "Debut des cours"),
                    on(o, d + timedelta(days=rng.randint(7, 30))),
                ),
                (
                    tr(lg, "Fee", "Entgelt", "Tarif"),
                    tr(
                        lg,
                        f"{money(fee * 3)} GBP per term",
                        f"{money(fee, lg)} EUR monatlich",
                        f"{money(fee * 9, lg)} EUR par an (tranche {rng.choice('ABCDEF')})",
                    ),
                ),
            ],
            w - m - 20,
            s.size,
        )
        + 10
    )
    say(f, s, prose(rng, lg, "music", (2, 3)))
    say(
        f,
        s,
        tr(
            lg,
            "Fees are collected by direct debit in three instalments. Half a term's notice is "
            "needed to give up lessons.",
            "Die Kuendigung ist jeweils zum Ende eines Semesters mit einer Frist von sechs "
            "Wochen moeglich. Das Entgelt wird monatlich per Lastschrift eingezogen.",
            "Toute annee commencee est due. Le reglement s'effectue en trois fois.",
        ),
    )
    regards(
        f,
        s,
        lg,
        person(rng, lg),
        tr(lg, "Centre Manager", "Schulleitung", "Direction du conservatoire"),
        rng.random() < 0.5,
    )
    # the fee table
    f.new_page()
    heading(f, s, tr(lg, f"Fees {term}", f"Gebuehrenordnung ab {d.year}", f"Tarifs {term}"), 2)
    if lg == "fr":
        head = ["Quotient familial", "Formation musicale", "FM + instrument", "Pratique collective"]
        rows = [
            [f"{q}  {lo}-{lo + 400} EUR", money(a, lg), money(a * 2.6, lg), money(a * 0.4, lg)]
            for q, lo, a in zip(
                "ABCDEF", range(0, 2400, 400), (55, 80, 110, 150, 190, 240), strict=True
            )
        ]
    else:
        head = tr(
            lg,
            "Lesson|Length|Per lesson|Per term",
            "Unterrichtsform|Dauer|monatlich|jaehrlich",
        ).split("|")
        rows = []
        for kind in tr(
            lg,
            "Individual|Shared (2 pupils)|Group (3-5)|Ensemble / orchestra|Musical theory",
            "Einzelunterricht|Partnerunterricht|Gruppe (3-5)|Ensemble|Musikalische Frueherziehung",
        ).split("|"):
            for mn in (
                [30, 45, 60] if kind.startswith(("Ind", "Einz")) else [rng.choice([45, 60, 90])]
            ):
                base = {30: 62.0, 45: 88.0, 60: 116.0, 90: 40.0}[mn] * (
                    0.6
                    if "2" in kind or "Partner" in kind
                    else 0.4
                    if "3" in kind or "Ens" in kind or "theory" in kind or "Frueh" in kind
                    else 1
                )
                rows.append(
                    [
                        kind,
                        f"{mn} min",
                        money(base / (4 if lg == "en" else 1), lg),
                        money(base * (11 if lg == "de" else 3 * 4), lg),
                    ]
                )
    table(
        f,
        columns(m, w - m, [(2.4, "left"), (1, "right"), (1.2, "right"), (1.2, "right")]),
        head,
        rows,
        s,
        rules=True,
    )
    f.y += 8
    for k in range(rng.randint(2, 4)):
        say(f, s, f"{k + 1}) " + words(rng, lg, "music", 16), pt=s.size - 1)
    # the school rules
    if rng.random() < 0.75:
        f.new_page()
        heading(
            f,
            s,
            tr(lg, "Terms and conditions", "Schulordnung (Auszug)", "Reglement interieur"),
            1.5,
        )
        n = rng.randint(8, 22)
        terms(
            f,
            s,
            [
                (
                    tr(lg, f"{k}.", f"Paragraf {k}", f"Article {k}")
                    + " "
                    + words(rng, lg, "music", 3)[:-1],
                    prose(rng, lg, "music", (2, 5)),
                )
                for k in range(1, n + 1)
            ],
        )
    if rng.random() < 0.4:
        f.new_page()
        heading(f, s, tr(lg, "Reply form - please return", "Rueckantwort", "Coupon reponse"), 2)
        f.y = cells(
            f.page,
            s,
            m,
            f.y,
            w - 2 * m,
            [
                (tr(lg, "Pupil", "Schueler/in", "Eleve"), kid),
                (tr(lg, "Instrument", "Fach", "Discipline"), inst),
                (tr(lg, "Parent/carer", "Erziehungsberechtigte/r", "Responsable legal"), ""),
                (tr(lg, "Telephone", "Telefon", "Telephone"), ""),
                (tr(lg, "E-mail", "E-Mail", "Courriel"), ""),
                (tr(lg, "Signature", "Unterschrift", "Signature"), ""),
            ],
            hand=rng.random() < 0.5,
        )
        f.y = tickrow(
            f.page,
            s,
            m,
            f.y + 6,
            w - 2 * m,
            [
                tr(lg, "I accept the place", "Ich nehme den Platz an", "J'accepte"),
                tr(lg, "I decline", "Ich verzichte", "Je renonce"),
            ],
            {0} if rng.random() < 0.5 else set(),
        )
    return close(f.pages, s, o)


# ---------------------------------------------------------------------------------------------
# Templates P: driving, the car and savings
# ---------------------------------------------------------------------------------------------

DRIVING_TERMS = {
    "en": [
        "Lessons",
        "Payment",
        "Cancellations",
        "Block bookings",
        "Driving test",
        "Your licence and eyesight",
        "Use of the car",
        "Complaints",
        "Data protection",
    ],
    "de": [
        "Geltungsbereich",
        "Vertragsschluss",
        "Entgelte",
        "Zahlungsbedingungen",
        "Ausbildung",
        "Versaeumte Fahrstunden",
        "Pruefung",
        "Kuendigung",
        "Ausschluss vom Unterricht",
        "Haftung",
        "Datenschutz",
        "Gerichtsstand",
    ],
    "fr": [
        "Objet du contrat",
        "Evaluation de depart",
        "Deroulement de la formation",
        "Annulation des lecons",
        "Presentation aux examens",
        "Prix et modalites de paiement",
        "Resiliation",
        "Mediation",
    ],
}


def tpl_driving_contract(rng: random.Random, who: Issuer) -> list[Page]:
    """A driving school's training contract for the household's learner: the parties and
    licence class, the prices (German Ausbildungsvertrag with Grundbetrag, Uebungsstunden and
    Sonderfahrten, French contrat de formation with the evaluation and the hours package,
    English pupil agreement with block bookings), the signatures, then the terms of business
    in small print and sometimes the price list."""
    o = source(who, "driving")
    lg = o.lang
    s = paper(who.style, A4)
    w, _h = s.page_size
    m = s.margin
    _surname, home = family(who, lg)
    kid, born = pupil(who, lg)
    d = someday(rng, 2012)
    f = leaves(
        s, o, tr(lg, "Pupil agreement", "Ausbildungsvertrag", "Contrat de formation") + " - " + kid
    )
    heading(
        f,
        s,
        tr(
            lg,
            "Driving Tuition - Pupil Agreement",
            "Ausbildungsvertrag",
            "Contrat de formation a la conduite - permis B",
        ),
        5,
    )
    if lg == "de":
        say(f, s, "gemaess Paragraf 19 Fahrlehrergesetz zwischen der Fahrschule und", pt=s.size - 1)
    f.y = cells(
        f.page,
        s,
        m,
        f.y,
        w - 2 * m,
        [
            (tr(lg, "Pupil", "Fahrschueler/in", "Eleve"), kid),
            (tr(lg, "Date of birth", "Geburtsdatum", "Date de naissance"), on(o, born)),
            (tr(lg, "Address", "Anschrift", "Adresse"), home[1] + ", " + home[2]),
            (
                tr(lg, "Provisional licence no.", "Antrag Fahrerlaubnis vom", "Numero NEPH"),
                ref(rng, tr(lg, "@@@@@######@@#@@", "##.##.####", "############")),
            ),
            (
                tr(lg, "Licence class", "Klasse(n)", "Categorie"),
                rng.choice(["B", "B", "BE", "B197", "A2"]),
            ),
            (
                tr(lg, "Instructor", "Fahrlehrer/in", "Enseignant"),
                person(keyed(who, "instructor"), lg),
            ),
        ],
        hand=rng.random() < 0.6,
    )
    f.y += 10
    if lg == "de":
        prices = [
            ("Grundbetrag (allgemeine Aufwendungen, Theorieunterricht)", 350),
            ("Uebungsfahrt je 45 Minuten", 58),
            ("Sonderfahrt Ueberland je 45 Minuten", 68),
            ("Sonderfahrt Autobahn je 45 Minuten", 68),
            ("Sonderfahrt Daemmerung/Dunkelheit je 45 Minuten", 68),
            ("Vorstellung zur praktischen Pruefung", 185),
            ("Vorstellung zur theoretischen Pruefung", 90),
            ("Lehrmaterial / App", 69),
        ]
        head = ["Entgelte gemaess Preisaushang", "EUR"]
    elif lg == "fr":
        prices = [
            ("Frais de dossier et inscription", 90),
            ("Evaluation de depart (1 h)", 55),
            ("Forfait 20 heures de conduite", 1090),
            ("Heure de conduite supplementaire", 56),
            ("Acces au code en ligne (6 mois)", 35),
            ("Accompagnement a l'examen pratique", 65),
        ]
        head = ["Prestations", "Prix TTC EUR"]
    else:
        prices = [
            ("Single lesson (1 hour)", 38),
            ("Two-hour lesson", 74),
            ("Block of 10 hours (paid in advance)", 350),
            ("Motorway lesson (2 hours)", 80),
            ("Use of car for practical test", 95),
            ("Pass Plus course (6 hours)", 210),
        ]
        head = ["Lessons and prices", "GBP"]
    table(
        f,
        columns(m, w - m, [(4, "left"), (1, "right")]),
        head,
        [[a, money(b * rng.uniform(0.9, 1.15), lg)] for a, b in prices],
        s,
        rules=rng.random() < 0.5,
    )
    f.y += 8
    say(f, s, prose(rng, lg, "driving", (2, 3)), pt=s.size - 0.5)
    say(
        f,
        s,
        tr(
            lg,
            "Lessons cancelled with less than 48 hours' notice will be charged in full unless "
            "the instructor is able to re-book the slot.",
            "Versaeumte oder weniger als 24 Stunden vorher abgesagte Fahrstunden koennen "
            "berechnet werden. Die Allgemeinen Geschaeftsbedingungen sind Bestandteil dieses "
            "Vertrags.",
            "Toute lecon non decommandee 48 heures a l'avance est due, sauf motif legitime "
            "justifie.",
        ),
        pt=s.size - 0.5,
    )
    f.need(80)
    y = f.y + 30
    for k, lab in enumerate(
        [
            tr(
                lg,
                "Pupil (parent if under 18)",
                "Fahrschueler/in bzw. gesetzl. Vertreter",
                "L'eleve ou son representant legal",
            ),
            tr(lg, "For the school", "Fahrschule", "Pour l'ecole de conduite"),
        ]
    ):
        x = m + k * (w - 2 * m) / 2
        if rng.random() < 0.8:
            scrawl(f.page, x + 10, y - 4, kid if k == 0 else person(keyed(who, "instructor"), lg))
        f.page.line(x, y, x + (w - 2 * m) / 2 - 30, y)
        f.page.text(x, y + 10, lab, s.font, 7.5)
    f.page.text(m, y + 28, f"{o.town.split()[-1]}, {on(o, d)}", s.font, s.size - 1)
    f.y = y + 44
    # the terms of business
    f.new_page()
    heading(
        f,
        s,
        tr(lg, "Terms of business", "Allgemeine Geschaeftsbedingungen", "Conditions generales"),
        1.5,
    )
    terms(
        f,
        s,
        [
            (
                tr(lg, f"{k}. {t}", f"Paragraf {k} {t}", f"Article {k} - {t}"),
                prose(rng, lg, "driving", (2, 8)),
            )
            for k, t in enumerate(DRIVING_TERMS[lg], 1)
        ],
        pt=rng.choice([6.5, 7, 7.5]),
    )
    if rng.random() < 0.35:
        # the pupils' information sheet
        f.new_page()
        heading(
            f,
            s,
            tr(lg, "Your road to a full licence", "Ihr Weg zum Fuehrerschein", "Votre parcours"),
            3,
        )
        steps = tr(
            lg,
            "Apply for your provisional licence|Book and pass the theory test|Lessons with your "
            "instructor|Private practice with a supervising driver|Mock test|Book the practical "
            "test|Pass Plus and motorway lessons",
            "Antrag auf Fahrerlaubnis bei der Fahrerlaubnisbehoerde|Sehtest und Erste-Hilfe-Kurs|"
            "Theorieunterricht (14 Doppelstunden)|Theoretische Pruefung beim TUEV|"
            "Uebungsstunden und Sonderfahrten|Praktische Pruefung",
            "Evaluation de depart|Inscription ANTS et numero NEPH|Code de la route|"
            "Lecons de conduite|Examen pratique",
        ).split("|")
        for st in steps:
            f.need(60)
            f.page.rect(s.margin, f.y - 11, 16, 16, fill=0.2)
            f.page.text(s.margin + 24, f.y + 2, st, s.bold, s.size + 1)
            f.y += 18
            say(f, s, prose(rng, lg, "driving", (1, 2)), indent=24)
    return close(f.pages, s, o)


SKILLS = {
    "en": [
        "Cockpit drill",
        "Moving off and stopping",
        "Use of mirrors",
        "Signals",
        "Junctions",
        "Roundabouts",
        "Meeting traffic",
        "Pedestrian crossings",
        "Emergency stop",
        "Reverse parking",
        "Turn in the road",
        "Dual carriageways",
        "Independent driving",
        "Show me / tell me",
    ],
    "de": [
        "Grundstufe",
        "Aufbaustufe",
        "Leistungsstufe",
        "Reife- und Teststufe",
        "Ueberland",
        "Autobahn",
        "Daemmerung/Dunkelheit",
        "Grundfahraufgaben",
    ],
    "fr": [
        "C1 Maitriser le maniement du vehicule",
        "C2 Apprehender la route",
        "C3 Circuler dans des conditions difficiles",
        "C4 Pratiquer une conduite autonome",
    ],
}


def tpl_lesson_record(rng: random.Random, who: Issuer) -> list[Page]:
    """The record of a learner's driving lessons kept by the instructor and handed over:
    German Ausbildungsnachweis (date, minutes, kind of lesson, km, signatures), English
    progress record (skills by lesson graded 1-5, the lessons paid), French fiche de suivi of
    the livret d'apprentissage; entries by hand."""
    o = source(who, "driving", ["side", "typed", "ruled", "centred"])
    lg = o.lang
    land = rng.random() < 0.55
    s = paper(who.style, landscape(A4) if land else rng.choice([A4, A5]), 30, 8)
    w, _h = s.page_size
    m = s.margin
    kid, _ = pupil(who, lg)
    hand = "Helvetica-Oblique"
    start = someday(rng, 2012)
    f = leaves(s, o, kid)
    title = tr(lg, "Pupil's progress record", "Ausbildungsnachweis", "Fiche de suivi de formation")
    f.page.text(m, f.y, title, s.bold, s.size + 5)
    f.page.text(w - m, f.y, kid, hand, 11, "right")
    f.y += 22
    if lg == "en":
        n = rng.randint(6, 18)
        cols_ = columns(m, w - m, [(3.2, "left")] + [(0.5, "center")] * n)
        for c, t in zip(cols_, [""] + [str(k + 1) for k in range(n)], strict=True):
            if t:
                f.page.text((c[0] + c[1]) / 2, f.y, t, s.bold, 7, "center")
        f.y += 12
        for sk in SKILLS["en"]:
            f.need(14)
            f.page.text(m, f.y, sk, s.font, 8)
            lvl = 0
            for k, c in enumerate(cols_[1:]):
                if rng.random() < 0.7 and k >= SKILLS["en"].index(sk) // 3:
                    lvl = min(5, lvl + rng.choice([0, 1, 1]))
                    if lvl:
                        f.page.text((c[0] + c[1]) / 2, f.y, str(lvl), hand, 9, "center")
                f.page.rect(c[0], f.y - 9, c[1] - c[0], 12)
            f.y += 12
        f.y += 10
        say(
            f,
            s,
            "1 Introduced  2 Under full instruction  3 Prompted  4 Seldom prompted  5 Independent",
            pt=7,
        )
        f.y += 6
        rows = []
        day = start
        for k in range(n):
            day += timedelta(days=rng.randint(3, 12))
            hrs = rng.choice([1, 1, 1.5, 2])
            rows.append(
                [
                    str(k + 1),
                    date_text(day, "en", "short"),
                    f"{hrs:g}",
                    money(hrs * 38),
                    rng.choice(["cash", "paid", "block", "BT"]),
                ]
            )
        table(
            f,
            columns(
                m,
                min(w - m, m + 420),
                [(0.5, "left"), (1.2, "left"), (0.7, "right"), (1, "right"), (1, "left")],
            ),
            ["No.", "Date", "Hours", "GBP", "Paid"],
            rows,
            replace(s, font=hand),
            size=8,
            rules=True,
            step=1.9,
        )
    else:
        rows = []
        day = start
        km = rng.randint(12000, 90000)
        for _ in range(rng.randint(10, 38 if land else 28)):
            day += timedelta(days=rng.randint(1, 9))
            mins = rng.choice([45, 90, 90, 135])
            km += rng.randint(15, 120)
            kind = rng.choice(SKILLS[lg])
            rows.append(
                [
                    date_text(day, lg, "short"),
                    f"{rng.randint(7, 19)}:{rng.choice(['00', '15', '30', '45'])}",
                    str(mins),
                    kind,
                    str(km) if lg == "de" else rng.choice(["aborde", "en cours", "acquis"]),
                    kid.split()[0][0] + ". " + kid.split()[-1][:3] + ".",
                    rng.choice(["Ge", "Hm", "KR", "Di"]),
                ]
            )
        table(
            f,
            columns(
                m,
                w - m,
                [
                    (1, "left"),
                    (0.7, "left"),
                    (0.6, "center"),
                    (2.6, "left"),
                    (0.9, "left"),
                    (1.1, "left"),
                    (0.8, "left"),
                ],
            ),
            tr(
                lg,
                "",
                "Datum|Uhrzeit|Min.|Ausbildungsinhalt / Sonderfahrt|km-Stand|Schueler|Fahrlehrer",
                "Date|Heure|Duree|Competence|Evaluation|Eleve|Enseignant",
            ).split("|"),
            rows,
            replace(s, font=hand),
            size=8,
            rules=True,
            step=2.0,
        )
    return close(f.pages, s, o, numbers=rng.choice(["none", "{i}/{n}"]))


CARS = {
    "en": [
        ("FORD", "FIESTA ZETEC", "HATCHBACK", 1242, "PETROL"),
        ("VAUXHALL", "ASTRA SRI", "HATCHBACK", 1598, "PETROL"),
        ("VOLKSWAGEN", "GOLF MATCH TDI", "HATCHBACK", 1968, "DIESEL"),
        ("TOYOTA", "YARIS ICON VVT-I", "HATCHBACK", 1329, "HYBRID ELECTRIC"),
        ("SKODA", "OCTAVIA SE L TDI", "ESTATE", 1968, "DIESEL"),
        ("NISSAN", "MICRA ACENTA", "HATCHBACK", 898, "PETROL"),
    ],
    "de": [
        ("VOLKSWAGEN", "Golf VII 1.5 TSI", "Schraegheck", 1498, "Benzin"),
        ("OPEL", "Corsa-e", "Schraegheck", 0, "Elektro"),
        ("MERCEDES-BENZ", "B 180", "Schraegheck", 1332, "Benzin"),
        ("SKODA", "Fabia Combi", "Kombi", 999, "Benzin"),
        ("BMW", "318d Touring", "Kombi", 1995, "Diesel"),
    ],
    "fr": [
        ("RENAULT", "CLIO", "CI", 999, "ES"),
        ("PEUGEOT", "208", "CI", 1199, "ES"),
        ("CITROEN", "C3", "CI", 1199, "ES"),
        ("DACIA", "SANDERO", "CI", 999, "ES/GP"),
        ("RENAULT", "ZOE", "CI", 0, "EL"),
    ],
}
COLOURS = {
    "en": ["BLUE", "SILVER", "BLACK", "RED", "WHITE", "GREY"],
    "de": ["blau", "silber", "schwarz", "rot", "weiss", "grau"],
    "fr": ["BLEU", "GRIS", "NOIR", "ROUGE", "BLANC"],
}


def coded(
    p: Page, s: Style, x: float, y: float, w: float, items: list[tuple[str, str]], pt: float = 8.5
) -> float:
    """Numbered fields of a registration document: the code in a small box, the value beside
    it; the y below."""
    for code, value in items:
        bw = max(22.0, tw(code, s.bold, 6.5) + 6)
        p.rect(x, y - 8, bw, 11)
        p.text(x + bw / 2, y, code, s.bold, 6.5, "center")
        p.text(x + bw + 5, y, fit(value, "Courier-Bold", pt, w - bw - 8), "Courier-Bold", pt)
        y += pt * 1.7
    return y


def tpl_vehicle_registration(rng: random.Random, who: Issuer) -> list[Page]:
    """A vehicle registration document in the keeper's name: the British V5C (keeper,
    vehicle details by code, the sections to fill in on a sale, the notes), the German
    Zulassungsbescheinigung Teil I (front and back of the long card) with sometimes Teil II,
    or the French certificat d'immatriculation with its detachable coupon."""
    o = source(who, "registry", ["typed", "band", "centred"])
    lg = o.lang
    s = paper(who.style, A4, 40, 9)
    w, h = A4
    m = 40
    surname, home = family(who, lg)
    r = keyed(who, "car" + str(rng.randint(0, 2)))
    make, model, body, cc, fuel = r.choice(CARS[lg])
    first = someday(r, 2004, 2022)
    issued = first + timedelta(days=rng.randint(0, 2400))
    vin = ref(r, "W@@ZZZ@@Z@######") if lg != "en" else ref(r, "SB1@@@@@#0E######")
    colour = r.choice(COLOURS[lg])
    co2 = str(r.randint(0, 160)) if cc else "0"
    pages: list[Page] = []
    if lg == "en":
        reg = ref(r, "@@## @@@")
        p = Page(A4)
        p.rect(0, 0, w, 70, fill=0.85)
        p.text(m, 34, "Vehicle Registration Certificate", "Helvetica-Bold", 18)
        p.text(w - m, 34, "V5C", "Helvetica-Bold", 22, "right")
        p.text(m, 56, "DVLA, Swansea, SA99 1BA", "Helvetica", 8)
        p.text(m, 96, "Registration number", "Helvetica", 8)
        p.text(m, 116, reg, "Courier-Bold", 20)
        p.text(w / 2, 96, "Document reference number", "Helvetica", 8)
        p.text(w / 2, 116, ref(rng, "### #### ####"), "Courier-Bold", 14)
        p.text(m, 150, "Registered keeper", "Helvetica-Bold", 10)
        y = 166.0
        for ln in home:
            p.text(m, y, ln.upper(), "Courier-Bold", 10)
            y += 13
        p.text(
            m,
            y + 10,
            f"Acquired (date of transfer): {date_text(issued, 'en', 'short')}",
            "Helvetica",
            8,
        )
        p.text(m, y + 24, f"Previous registered keepers: {rng.randint(0, 4)}", "Helvetica", 8)
        p.text(w / 2, 150, "Vehicle details", "Helvetica-Bold", 10)
        coded(
            p,
            s,
            w / 2,
            168,
            w / 2 - m,
            [
                ("A", reg),
                ("B", date_text(first, "en", "short")),
                ("D.1", make),
                ("D.3", model),
                ("D.5", body),
                ("E", vin),
                ("J", "M1"),
                ("P.1", f"{cc} CC" if cc else "-"),
                ("P.3", fuel),
                ("R", colour),
                ("S.1", "5"),
                ("V.7", f"{co2} G/KM"),
                (
                    "Tax",
                    "PETROL CAR"
                    if fuel == "PETROL"
                    else "DIESEL CAR"
                    if fuel == "DIESEL"
                    else "ALTERNATIVE FUEL CAR",
                ),
            ],
        )
        p.rect(m, h - 190, w - 2 * m, 90, fill=0.93)
        for k, ln in enumerate(
            wrap(
                "This document is not proof of ownership. It shows who is responsible for "
                "registering and taxing the vehicle. Tell us straight away if any of the "
                "details are wrong. Keep this document in a safe place; do not keep it in the "
                "vehicle.",
                "Helvetica",
                8.5,
                w - 2 * m - 20,
            )
        ):
            p.text(m + 10, h - 172 + k * 12, ln, "Helvetica", 8.5)
        p.text(
            m, h - 30, "V5C (Rev. " + rng.choice(["03/19", "08/21", "11/23"]) + ")", "Helvetica", 7
        )
        pages.append(p)
        q = Page(A4)
        t = paper(s, A4, m, 9)
        q.text(m, 50, "Section 2 - New keeper details", "Helvetica-Bold", 12)
        y = cells(
            q,
            t,
            m,
            64,
            w - 2 * m,
            [
                ("Title / Name", ""),
                ("Company name", ""),
                ("Address", ""),
                ("Postcode", ""),
                ("Date of sale", ""),
                ("Email", ""),
            ],
            hand=False,
        )
        q.text(
            m, y + 10, "Section 4 - Selling or transferring to a motor trader", "Helvetica-Bold", 12
        )
        y = cells(
            q,
            t,
            m,
            y + 24,
            w - 2 * m,
            [("Trade name", ""), ("Trade address", ""), ("Date of transfer", ""), ("Mileage", "")],
            hand=False,
        )
        q.text(m, y + 10, "Section 8 - Changes to your details", "Helvetica-Bold", 12)
        y = tickrow(
            q,
            t,
            m,
            y + 28,
            w - 2 * m,
            ["change of name", "change of address", "vehicle details changed", "exported"],
            set(),
        )
        q.text(
            m, y + 10, "Declaration: I declare that the details above are correct.", "Helvetica", 8
        )
        q.text(
            m, y + 36, "Signature ____________________________   Date __________", "Helvetica", 9
        )
        pages.append(q)
        if rng.random() < 0.5:
            n = Page(A4)
            g = Leaves(A4, h - 50, lambda _p, _n: 50.0)
            g.pages, g.page, g.y = [n], n, 50.0
            g.page.text(m, 46, "Notes", "Helvetica-Bold", 12)
            g.y = 70
            terms(
                g,
                t,
                [
                    (hd, prose(rng, "en", "driving", (2, 5)))
                    for hd in [
                        "Selling your vehicle",
                        "Buying a vehicle",
                        "Scrapping",
                        "Personalised numbers",
                        "Changing your address",
                        "Exporting",
                        "Vehicle tax",
                        "Your data",
                    ]
                ],
                pt=7,
            )
            pages.extend(g.pages)
        return pages
    if lg == "de":
        reg = f"{r.choice(['FR', 'EM', 'FR'])}-{ref(r, '@@')} {r.randint(1, 9999)}"
        card = (w, h * 0.45)
        for side in (0, 1):
            p = Page(rng.choice([card, landscape(A5)]))
            pw, ph = p.size
            p.rect(10, 10, pw - 20, ph - 20)
            if side == 0:
                p.text(
                    20, 30, "EUROPAEISCHE UNION - BUNDESREPUBLIK DEUTSCHLAND", "Helvetica-Bold", 8
                )
                p.text(
                    20, 46, "Zulassungsbescheinigung Teil I (Fahrzeugschein)", "Helvetica-Bold", 11
                )
                p.text(pw - 20, 30, "Nr. " + ref(rng, "@@######"), "Courier", 8, "right")
                coded(
                    p,
                    s,
                    20,
                    70,
                    pw / 2 - 30,
                    [
                        ("A", reg),
                        ("B", date_text(first, "de", "short")),
                        ("C.1.1", surname),
                        ("C.1.2", home[0].split()[0]),
                        ("C.1.3", home[1] + ", " + home[2]),
                        ("I", date_text(issued, "de", "short")),
                    ],
                    8,
                )
                coded(
                    p,
                    s,
                    pw / 2,
                    70,
                    pw / 2 - 30,
                    [
                        ("2.1", ref(r, "####")),
                        ("2.2", ref(r, "@@@") + "0000" + ref(r, "#")),
                        ("D.1", make),
                        ("D.3", model),
                        ("E", vin),
                        ("J", "M1"),
                        ("P.1", str(cc) if cc else "-"),
                        ("P.3", fuel),
                        ("R", colour),
                    ],
                    8,
                )
                p.rect(pw - 110, ph - 70, 80, 44)
                p.text(pw - 70, ph - 52, "HU", "Helvetica-Bold", 10, "center")
                p.text(
                    pw - 70,
                    ph - 38,
                    f"{rng.randint(1, 12):02d}/{issued.year + 2}",
                    "Courier-Bold",
                    9,
                    "center",
                )
            else:
                coded(
                    p,
                    s,
                    20,
                    40,
                    pw / 2 - 30,
                    [
                        ("F.1", str(r.randint(1500, 2200))),
                        ("F.2", str(r.randint(1500, 2200))),
                        ("G", str(r.randint(1050, 1600))),
                        ("L", "2"),
                        ("O.1", str(r.randint(0, 1500))),
                        ("P.2", f"{r.randint(50, 140)}/{r.randint(4, 6)}000"),
                        ("S.1", "5"),
                    ],
                    8,
                )
                coded(
                    p,
                    s,
                    pw / 2,
                    40,
                    pw / 2 - 30,
                    [
                        ("V.7", co2),
                        ("14", "EURO 6D" if cc else "-"),
                        ("15.1", "205/55 R16 91V"),
                        ("15.2", "205/55 R16 91V"),
                        ("K", ref(r, "e1*2007/46*####*##")),
                    ],
                    8,
                )
                p.text(20, ph - 60, "Bemerkungen und Ausnahmen", "Helvetica-Bold", 8)
                p.text(
                    20,
                    ph - 46,
                    fit(words(rng, "de", "driving", 14), "Courier", 7.5, pw - 160),
                    "Courier",
                    7.5,
                )
                p.rect(pw - 120, ph - 90, 70, 70)
                p.text(pw - 85, ph - 52, "Siegel", "Helvetica", 7, "center")
            pages.append(p)
        if rng.random() < 0.4:
            q = Page(A4)
            q.text(m, 50, "Zulassungsbescheinigung Teil II (Fahrzeugbrief)", "Helvetica-Bold", 14)
            q.text(w - m, 50, ref(rng, "@@######"), "Courier-Bold", 11, "right")
            y = coded(
                q,
                s,
                m,
                90,
                w - 2 * m,
                [
                    ("C.2.1", surname),
                    ("C.2.2", home[0].split()[0]),
                    ("C.2.3", home[1] + ", " + home[2]),
                    ("B", date_text(first, "de", "short")),
                    ("D.1", make),
                    ("D.3", model),
                    ("E", vin),
                ],
                9,
            )
            q.rect(m, y + 10, w - 2 * m, 60, fill=0.92)
            for k, ln in enumerate(
                wrap(
                    "Die Zulassungsbescheinigung Teil II ist sorgfaeltig aufzubewahren. Sie ist "
                    "kein Eigentumsnachweis. Bei Verlust ist die Zulassungsbehoerde zu "
                    "benachrichtigen.",
                    "Helvetica",
                    8,
                    w - 2 * m - 16,
                )
            ):
                q.text(m + 8, y + 26 + k * 11, ln, "Helvetica", 8)
            pages.append(q)
        return pages
    reg = ref(r, "@@-###-@@")
    p = Page(A4)
    p.text(w / 2, 40, "REPUBLIQUE FRANCAISE", "Helvetica-Bold", 10, "center")
    p.text(w / 2, 58, "CERTIFICAT D'IMMATRICULATION", "Helvetica-Bold", 14, "center")
    p.rect(m, 70, w - 2 * m, h * 0.56)
    coded(
        p,
        s,
        m + 10,
        96,
        w / 2 - m - 10,
        [
            ("A", reg),
            ("B", date_text(first, "fr", "short")),
            ("C.1", (surname + " " + home[0].split()[0]).upper()),
            ("C.4a", "EST LE PROPRIETAIRE DU VEHICULE"),
            ("C.3", (home[1] + " " + home[2]).upper()),
            ("I", date_text(issued, "fr", "short")),
            ("D.1", make),
            ("D.2", ref(r, "@@@@@@")),
            ("D.2.1", ref(r, "M10@@@VP####")),
            ("D.3", model),
        ],
        8,
    )
    coded(
        p,
        s,
        w / 2 + 5,
        96,
        w / 2 - m - 15,
        [
            ("E", vin),
            ("F.1", str(r.randint(1400, 1900))),
            ("G", str(r.randint(1100, 1500))),
            ("J", "M1"),
            ("J.1", "VP"),
            ("J.3", body),
            ("P.1", str(cc) if cc else "-"),
            ("P.3", fuel),
            ("P.6", str(r.randint(3, 8))),
            ("S.1", "5"),
            ("V.7", co2),
            ("X.1", date_text(issued + timedelta(days=1460), "fr", "short")),
            ("Y.1", money(r.randint(100, 400), "fr")),
        ],
        8,
    )
    cut(p, h * 0.56 + 90, 10, w - 10, "coupon detachable")
    p.text(m, h * 0.56 + 112, "Coupon detachable a remplir en cas de vente", "Helvetica-Bold", 10)
    cells(
        p,
        s,
        m,
        h * 0.56 + 124,
        w - 2 * m,
        [
            ("Immatriculation", reg),
            ("Date et heure de la cession", ""),
            ("Nom de l'acquereur", ""),
            ("Adresse", ""),
            ("Signature de l'ancien proprietaire", ""),
        ],
        hand=False,
    )
    pages.append(p)
    if rng.random() < 0.5:
        # the covering letter that came with it
        f = leaves(s, o)
        window(
            f, s, o, home, issued - timedelta(days=rng.randint(2, 9)), [("Immatriculation", reg)]
        )
        heading(f, s, "Votre certificat d'immatriculation", 2)
        dear(f, s, lg)
        say(
            f,
            s,
            "Veuillez trouver ci-joint votre certificat d'immatriculation. "
            + prose(rng, lg, "driving", (2, 3)),
        )
        say(
            f,
            s,
            "Conservez-le soigneusement: ce document doit pouvoir etre presente lors de "
            "tout controle.",
        )
        pages = close(f.pages, s, o, numbers="none") + pages
    return pages


def tpl_passbook(rng: random.Random, who: Issuer) -> list[Page]:
    """A savings passbook scanned page by page: the cover with the society and the holder,
    sometimes the conditions inside the cover, then the printed entry pages (date, text,
    withdrawals, deposits, balance, interest lines, the balance carried over), the last one
    part filled (German Sparkassenbuch, French livret A)."""
    o = source(who, "savings", ["centred", "band", "typed"])
    lg = o.lang
    size = rng.choice([PASSBOOK, landscape(A6), A6])
    w, h = size
    _surname, home = family(who, lg)
    r = keyed(who, "passbook")
    account = ref(r, tr(lg, "########", "## ### ####", "##########"))
    kind = tr(lg, "Passbook", "Sparkassenbuch", "Livret A")
    cover = Page(size)
    cover.rect(6, 6, w - 12, h - 12, fill=0.85)
    centred(cover, h * 0.25, wrap(o.name, "Helvetica-Bold", 13, w - 40), "Helvetica-Bold", 13)
    centred(cover, h * 0.5, [kind.upper()], "Times-Bold", 20)
    cover.text(
        24,
        h - 40,
        tr(lg, "Account no. ", "Konto-Nr. ", "N. de compte ") + account,
        "Courier-Bold",
        9,
    )
    cover.text(24, h - 26, fit(home[0], "Courier-Bold", 9, w - 48), "Courier-Bold", 9)
    pages = [cover]
    if rng.random() < 0.4:
        inner = Page(size)
        y = 24.0
        inner.text(
            18,
            y,
            tr(lg, "Conditions", "Bedingungen fuer den Sparverkehr", "Conditions generales"),
            "Helvetica-Bold",
            8,
        )
        y += 12
        for ln in wrap(
            " ".join(words(rng, lg, "bank", 14) for _ in range(6)), "Helvetica", 6, w - 36
        ):
            if y > h - 12:
                break
            inner.text(18, y, ln, "Helvetica", 6)
            y += 7.5
        pages.append(inner)
    bal = float(rng.randint(50, 4000))
    day = someday(rng, 2001, 2016)
    page_no = rng.randint(1, 14)
    head = tr(
        lg,
        "DATE|DETAILS|WITHDRAWN|PAID IN|BALANCE",
        "Tag|Vorgang|Auszahlung|Einzahlung|Guthaben",
        "Date|Operation|Debit|Credit|Solde",
    ).split("|")
    cols_ = columns(
        14, w - 14, [(1.1, "left"), (1.6, "left"), (1.2, "right"), (1.2, "right"), (1.4, "right")]
    )
    npages = rng.randint(1, 5)
    for k in range(npages):
        p = Page(size)
        pages.append(p)
        p.text(
            w - 14,
            14,
            tr(lg, f"Page {page_no + k}", f"Blatt {page_no + k}", f"Page {page_no + k}"),
            "Helvetica",
            6,
            "right",
        )
        y = 28.0
        for c, t in zip(cols_, head, strict=True):
            cell(p, c, y, t, "Helvetica-Bold", 6)
        p.line(14, y + 3, w - 14, y + 3)
        y += 14
        rows = int((h - y - 10) // 11)
        if k > 0 or rng.random() < 0.6:
            cell(p, cols_[1], y, tr(lg, "BROUGHT FWD", "UEBERTRAG", "REPORT"), "Courier", 7)
            cell(p, cols_[4], y, money(bal, lg), "Courier", 7)
            y += 11
            rows -= 1
        fill = rows if k < npages - 1 else rng.randint(min(2, rows), rows)
        for _ in range(fill):
            day += timedelta(days=rng.randint(5, 45))
            if (day.month == 12 and rng.random() < 0.5) or rng.random() < 0.08:
                amt = round(bal * rng.uniform(0.002, 0.03), 2)
                text, dep = tr(lg, "INTEREST", "ZINSEN", "INTERETS"), True
            else:
                dep = rng.random() < 0.65
                amt = (
                    float(rng.choice([10, 20, 25, 50, 100, 150, 200, 500]))
                    if dep
                    else float(rng.randint(20, int(max(21, bal * 0.6))))
                )
                text = tr(
                    lg,
                    "CASH" if dep else "CASH WDL",
                    "BAR" if dep else "BARAUSZ.",
                    "VERSEMENT" if dep else "RETRAIT",
                )
            bal = bal + amt if dep else bal - amt
            dx = rng.uniform(-1.5, 1.5)
            c0 = cols_
            cell(
                p,
                (c0[0][0] + dx, c0[0][1] + dx, "left"),
                y,
                date_text(day, lg, "short"),
                "Courier",
                7,
            )
            cell(p, c0[1], y, text, "Courier", 7)
            cell(p, c0[3 if dep else 2], y, money(amt, lg), "Courier", 7)
            cell(p, c0[4], y, money(bal, lg), "Courier", 7)
            y += 11
    return pages


# ---------------------------------------------------------------------------------------------
# The part: templates, runs and companions
# ---------------------------------------------------------------------------------------------

TEMPLATES_P: dict[str, Template] = {
    "parish_appeal": tpl_parish_appeal,
    "grave_notice": tpl_grave_notice,
    "order_of_service": tpl_order_of_service,
    "memorial_card": tpl_memorial_card,
    "will_deposit": tpl_will_deposit,
    "pedigree_chart": tpl_pedigree_chart,
    "register_search": tpl_register_search,
    "personal_letter": tpl_personal_letter,
    "postcard": tpl_postcard,
    "greeting_card": tpl_greeting_card,
    "wedding_invitation": tpl_wedding_invitation,
    "photo_page": tpl_photo_page,
    "clipping": tpl_clipping,
    "recipe_card": tpl_recipe_card,
    "concert_programme": tpl_concert_programme,
    "honour_certificate": tpl_honour_certificate,
    "duty_rota": tpl_duty_rota,
    "music_enrolment": tpl_music_enrolment,
    "driving_contract": tpl_driving_contract,
    "lesson_record": tpl_lesson_record,
    "vehicle_registration": tpl_vehicle_registration,
    "passbook": tpl_passbook,
}
#: One-page (or card) kinds that a batch often holds 2-4 of in a row from one sender.
RUN_KINDS = (
    "memorial_card",
    "postcard",
    "greeting_card",
    "photo_page",
    "clipping",
    "recipe_card",
    "duty_rota",
)
#: A kind often followed by a related kind from the same issuer.
FOLLOWS = {
    "order_of_service": "memorial_card",
    "driving_contract": "lesson_record",
    "wedding_invitation": "photo_page",
    "parish_appeal": "duty_rota",
    "music_enrolment": "concert_programme",
    "register_search": "pedigree_chart",
}


# ---------------------------------------------------------------------------------------------
# Streams and generation (same files and labels as corpus.generate)
# ---------------------------------------------------------------------------------------------


def make_locker_stream(rng: random.Random, n_docs: int, separators: bool) -> Stream:
    """``corpus.make_stream`` with batch runs: after a run kind, 1-3 more of the same kind from
    the same sender follow with probability 0.5; an order of service is followed by a
    memorial card, a driving school contract by the lesson record, a wedding invitation by a
    photo album page, a parish appeal by a duty rota, a music school enrolment by a concert
    programme and a register search reply by the pedigree chart, each with probability
    0.5."""
    run_odds = dict.fromkeys(RUN_KINDS, 0.5)
    return assemble_stream(
        rng, TEMPLATES_P, n_docs, separators, run_odds, run_len=(1, 3), follows=FOLLOWS
    )


generate = part_generate(PART, SEED_OFFSET, make_locker_stream, "templates P")


def main(argv: list[str]) -> int:
    return part_main(argv, __doc__, PART, generate, scanned=12)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

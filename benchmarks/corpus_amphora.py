"""Amphora part of the generated corpus: templates EEE, written blind for the next measurement.

A part of its own, ``amphora``. Its templates were written without looking at the boundary
detector, its documentation, its tuning or its evaluation, as the pile the office of an
independent cinema (two screens and a café-bar, a small staff with a programmer and a
projectionist; in England, Germany or France) feeds through its scanner in a month: film
distributors' booking confirmations (Terminbestätigung, confirmation de programmation) with
the film, version, playdates, sessions and rental terms, now and then with the distributor's
terms of trading on a second page; digital cinema delivery services' DCP delivery notes (A5 or
a handheld slip) listing the compositions on the drive with a tear-off return label, and their
key delivery notices (KDMs) as printed from the mailbox with the mail header and the screen,
server and validity table; the cinema's own weekly box office returns to a distributor
(Einspielmeldung, bordereau de recettes) on landscape A4, every session with the admissions
per ticket type, VAT, the FFA levy or the TSA and the film hire, signed by the manager; the
distributors' film hire invoices, now and then with a statement of account behind; the
equipment service company's field service reports for the projectors and servers (checklist
with tick boxes, light and colour measurements, work done by hand, parts, two signatures,
now and then a nine-point light measurement sheet on a landscape page) and its invoices; the
box-office system supplier's monthly invoices with a usage annex of online bookings by day;
performing rights invoices (PPL PRS TheMusicLicence, GEMA, SACEM) with the declaration of
receipts to return and the licence terms; food and drink wholesalers' delivery notes for the
café-bar (A5 or the driver's printout slip, empties returned, signatures) and their invoices
with the VAT analysis by rate, sometimes with the conditions of sale; film classification
papers (the council's classification of unclassified festival films with its decision
notice, a copy of the FSK Freigabebescheinigung, a copy of the CNC visa decision); the
council's premises licence papers (covering letter, premises licence with the activities and
hours, the annexes of conditions, the plan and the Part B summary; a Gaststättenerlaubnis
notice; the mairie's récépissé of the licence declaration); fire alarm and emergency lighting
inspection certificates with a device log (landscape now and then) and now and then a
covering letter; electrical installation condition reports (EICR, Prüfprotokoll, rapport de
vérification) with the schedule of test results on landscape pages, every page "Page i of
n"; the cinema's private screening hire agreements with the terms of hire and a signature
page; the local design agency's invoices for the monthly programme and posters with a copy
of the printed programme proof behind; members' filled-in membership renewal forms (A5 or
A4, Gift Aid in England); electricity bills with the meter readings, levies and a
consumption chart page; and the insurance renewal (the broker's covering letter, the policy
schedule with endorsements and, in England, the employers' liability certificate; in France
now and then only the attestation d'assurance). Each stream is one cinema's pile: the cinema
(country, name, month) is drawn once per stream; its senders are of the cinema's country and
write in its language, except that distributors, delivery services, equipment service
companies and ticketing suppliers are now and then from abroad and write in their own; local
firms (wholesalers, fire and electrical contractors, the design agency) are those of the cinema's
own town where the lists hold one. Page sizes range from handheld delivery slips and A5 notes to
A4, Letter and landscape A4.

Labelling rule: what one sender issues in one go is one document, as the cinema files it: the
terms page of a booking confirmation; the return label on a DCP delivery note; the ingest
instructions page of a KDM notice; every page of one box office return; the statement of
account behind a film hire invoice; the measurement sheet of a service report; the usage
annex of a ticketing invoice; the declaration form and the licence terms of a music licence
invoice; the conditions of sale behind a wholesaler's invoice; the decision notice behind a
council's classification letter; the covering letter, licence, annexes, plan and Part B
summary of a premises licence (or the notice and its plan); the covering letter and device
log of a fire certificate; the observation and test result pages of an electrical report; the
terms of hire and the signature page of a hire agreement; the programme proof behind an
advertising invoice; the consumption and explanation page of an energy bill; the covering
letter, schedule and employers' liability certificate of an insurance renewal. Related
papers are documents of their own: the DCP delivery note after the booking confirmation, the
KDM notice after the delivery note, the distributor's film hire invoice after the cinema's
box office return, the service invoice after the service report and the wholesaler's invoice
after its delivery note; and so is each confirmation, notice, return, invoice, delivery note
and membership form of a run (each member's form is one document).

Streams are assembled like ``corpus.make_stream`` (same separator sheets, same 30% chance of
repeating the previous kind and sender), plus batch runs: booking confirmations, KDM notices,
box office returns (the next week or another film of the same distributor), film hire
invoices, delivery notes, wholesalers' invoices and membership forms often come 2-4 in a row
from one sender with other films, weeks, dates, numbers and amounts; and companions: each
related paper above often follows the document it answers, about the same film, visit or
delivery. Drawn with ``corpus.draw_pdf``, scanned with ``corpus.scan`` and labelled exactly
like ``corpus.generate`` with ``"split": "amphora"`` and seeds offset by 5_600_000.

Usage: ``python benchmarks/corpus_amphora.py OUT_DIR [--streams N] [--scanned N] [--seed S]``
writes ``OUT_DIR/amphora/amphora_{born_digital,scanned}_NNNNNNN.{pdf,json}``.
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

PART = "amphora"
SEED_OFFSET = 5_600_000

MM = 72 / 25.4
SLIP = (80 * MM, 160 * MM)

# ---------------------------------------------------------------------------------------------
# Who writes: the cinema and its outside senders, by country
# ---------------------------------------------------------------------------------------------

Row = tuple[str, str, str, str]  # name, street, town, telephone

#: The cinema of a stream, with the council (licensing authority) of its town.
CINEMAS: dict[str, list[tuple[Row, str]]] = {
    "en": [
        (
            ("The Lyric Picture House", "14 Market Place", "Frome BA11 1AE", "01373 462 118"),
            "Mendip District Council",
        ),
        (
            ("Kingsway Cinema & Bar", "3 Kingsway", "Lancaster LA1 1TT", "01524 380 226"),
            "Lancaster City Council",
        ),
        (
            ("The Electric Screen", "27 Bridge Gate", "Hebden Bridge HX7 8EX", "01422 842 915"),
            "Calderdale Metropolitan Borough Council",
        ),
    ],
    "de": [
        (
            ("Lichtspiele am Wall", "Wallstraße 12", "26122 Oldenburg", "0441 248 61 30"),
            "Stadt Oldenburg",
        ),
        (
            ("Filmtheater Schauburg", "Königsallee 5", "44787 Bochum", "0234 68 22 90"),
            "Stadt Bochum",
        ),
        (
            ("Capitol Filmkunstkino", "Hauptstraße 71", "69117 Heidelberg", "06221 43 07 15"),
            "Stadt Heidelberg",
        ),
    ],
    "fr": [
        (
            ("Cinéma Le Lumière", "8 rue Gambetta", "37000 Tours", "02 47 61 20 84"),
            "Ville de Tours",
        ),
        (
            ("Ciné Palace Arcachon", "15 cours Lamarque", "33120 Arcachon", "05 56 83 41 07"),
            "Ville d'Arcachon",
        ),
        (
            ("Le Studio des Halles", "2 place des Halles", "67000 Strasbourg", "03 88 22 71 50"),
            "Ville de Strasbourg",
        ),
    ],
}
SENDERS: dict[str, dict[str, list[Row]]] = {
    "distributor": {
        "en": [
            ("Northlight Pictures Ltd", "41 Wardour Street", "London W1D 6PY", "020 7437 5520"),
            ("Arrowhead Film Distribution", "Unit 9, 6 Greek Street", "London W1D 4DE", ""),
            ("Corbel Films UK Ltd", "22 Soho Square", "London W1D 4NS", "020 7494 3311"),
            ("Halcyon Releasing", "Albert Works, 71 Sidney St", "Sheffield S1 4RG", ""),
        ],
        "de": [
            ("Filmwelt Verleih GmbH", "Ismaninger Straße 51", "81675 München", "089 41 90 22 0"),
            ("Zwölf Monde Filmverleih", "Schlesische Straße 26", "10997 Berlin", ""),
            ("Neue Lichtspiel Distribution KG", "Venloer Straße 241", "50823 Köln", ""),
            ("Alpenglüh Film GmbH", "Schillerstraße 30", "60313 Frankfurt am Main", ""),
        ],
        "fr": [
            ("Les Films du Préau", "18 rue Saint-Marc", "75002 Paris", "01 42 36 57 10"),
            ("Rivage Distribution", "7 rue de Lancry", "75010 Paris", "01 40 03 88 21"),
            ("Carmin Films", "33 boulevard Voltaire", "75011 Paris", ""),
            ("Océane Pictures SAS", "4 rue Lamartine", "75009 Paris", ""),
        ],
    },
    "lab": {
        "en": [
            ("Reelport Digital Cinema Services", "Elstree Way", "Borehamwood WD6 1JH", ""),
            ("Fieldstone Content Delivery Ltd", "Park Royal Road", "London NW10 7LQ", ""),
        ],
        "de": [
            ("Kinodigital Logistik GmbH", "Am Studio 20", "12489 Berlin", "030 63 92 81 0"),
            ("DCP-Haus Mitte GmbH", "Bavariafilmplatz 7", "82031 Grünwald", ""),
        ],
        "fr": [
            ("Cinélivre Numérique SAS", "52 avenue du Président Wilson", "93200 Saint-Denis", ""),
            ("Laboratoire Vaugirard Cinéma", "112 rue de Vaugirard", "75006 Paris", ""),
        ],
    },
    "tech": {
        "en": [
            ("Projection Services North Ltd", "Unit 4, Canal Wharf", "Leeds LS11 5PS", ""),
            ("CineTech Engineering Ltd", "8 Brunel Court", "Swindon SN1 5DA", "01793 611 480"),
        ],
        "de": [
            ("Kinotechnik Brandt GmbH", "Gewerbering 14", "30855 Langenhagen", ""),
            ("Projektionstechnik Süd e.K.", "Daimlerstraße 9", "71101 Schönaich", ""),
        ],
        "fr": [
            ("Ciné Maintenance Ouest", "ZA de la Gaudinière", "44300 Nantes", "02 40 52 18 90"),
            ("Techniscope Services SARL", "14 rue Denis Papin", "69200 Vénissieux", ""),
        ],
    },
    "ticketing": {
        "en": [
            ("Seatwise Ticketing Ltd", "The Tobacco Factory", "Bristol BS3 1TF", ""),
            ("BoxOffice Cloud Ltd", "14 Hope Street", "Liverpool L1 9BQ", ""),
        ],
        "de": [
            ("Kinoline Kassensysteme GmbH", "Speicherstraße 3", "44147 Dortmund", ""),
            ("Ticketfabrik Software GmbH", "Gutenbergstraße 12", "04178 Leipzig", ""),
        ],
        "fr": [
            ("Billetik SAS", "23 rue Sainte-Catherine", "33000 Bordeaux", ""),
            ("Caisse Ciné Solutions", "9 rue du Faubourg", "59800 Lille", ""),
        ],
    },
    "rights": {
        "en": [("PPL PRS Ltd - TheMusicLicence", "1 Upper James Street", "London W1F 9DE", "")],
        "de": [
            ("GEMA Bezirksdirektion Dortmund", "Semerteichstraße 54", "44141 Dortmund", ""),
            ("GEMA Bezirksdirektion Stuttgart", "Herdweg 63", "70174 Stuttgart", ""),
        ],
        "fr": [
            ("SACEM - Délégation régionale", "14 rue de la Préfecture", "37000 Tours", ""),
            ("SACEM - Délégation régionale", "6 rue des Francs-Bourgeois", "67000 Strasbourg", ""),
        ],
    },
    "wholesaler": {
        "en": [
            ("Pennine Catering Wholesale Ltd", "Valley Road Ind. Est.", "Bradford BD1 4RU", ""),
            ("Kernel & Co Cinema Supplies", "Unit 12, Hawley Mill", "Dartford DA2 7SY", ""),
            ("Three Valleys Drinks Ltd", "Station Yard", "Trowbridge BA14 8HQ", ""),
        ],
        "de": [
            ("Getränke Rehm GmbH & Co. KG", "Industriestraße 33", "26135 Oldenburg", ""),
            ("Snackline Kinobedarf GmbH", "Hafenweg 8", "48155 Münster", "0251 61 22 70"),
            ("Frischdienst Kurpfalz", "Eppelheimer Straße 92", "69123 Heidelberg", ""),
        ],
        "fr": [
            ("Boissons du Val de Loire SARL", "ZI Nord, rue des Vignes", "37100 Tours", ""),
            ("Popcorn Distribution France", "2 allée des Érables", "69800 Saint-Priest", ""),
            ("Alsace Gourmet Distribution", "Rue de l'Industrie", "67400 Illkirch", ""),
        ],
    },
    "fire": {
        "en": [
            ("Firecrest Alarm Services Ltd", "2 Orchard Business Park", "Bath BA2 3LN", ""),
            ("Safeguard Fire & Security", "Riverside Works", "Preston PR1 8BU", ""),
        ],
        "de": [
            ("Brandschutztechnik Nord GmbH", "Osterstraße 57", "26122 Oldenburg", ""),
            ("Sicherheitstechnik Kaiser GmbH", "Im Gewerbepark 3", "69190 Walldorf", ""),
        ],
        "fr": [
            ("Sécurité Incendie Atlantique", "12 rue des Artisans", "37170 Chambray-lès-Tours", ""),
            ("Protec Feu Alsace SARL", "5 rue de la Forêt", "67800 Bischheim", ""),
        ],
    },
    "electrician": {
        "en": [
            ("J. Holt Electrical Contractors", "17 Cheap Street", "Frome BA11 1BN", ""),
            ("Brightwire Electrical Services Ltd", "Moor Lane", "Lancaster LA1 1QD", ""),
        ],
        "de": [
            ("Elektro Wiegand GmbH", "Donnerschweer Straße 120", "26123 Oldenburg", ""),
            ("Elektrotechnik Hagen & Sohn", "Dorotheenstraße 44", "44793 Bochum", ""),
        ],
        "fr": [
            ("Contrôle Technique Loire SAS", "3 rue Édouard Vaillant", "37000 Tours", ""),
            ("Bureau Alsace Vérifications", "18 route du Rhin", "67100 Strasbourg", ""),
        ],
    },
    "agency": {
        "en": [
            ("Inkwell Creative Ltd", "The Old Dairy, Catherine Hill", "Frome BA11 1BY", ""),
            ("Paperplane Design & Print", "33 Penny Street", "Lancaster LA1 1XF", ""),
        ],
        "de": [
            ("Werbeagentur Kontrast GmbH", "Lange Straße 19", "26122 Oldenburg", ""),
            ("Studio Sandmann Kommunikation", "Plöck 38", "69117 Heidelberg", ""),
        ],
        "fr": [
            ("Agence Plan Large", "41 rue Colbert", "37000 Tours", "02 47 05 66 19"),
            ("Atelier Graphique Kléber", "9 quai des Bateliers", "67000 Strasbourg", ""),
        ],
    },
    "energy": {
        "en": [
            ("Brightgrid Business Energy", "PO Box 4410", "Coventry CV1 9QE", "0330 088 4420"),
            ("Northern Power Direct plc", "Lowry House", "Manchester M50 3SB", ""),
        ],
        "de": [
            ("Stadtwerke Vertrieb GmbH", "Postfach 2410", "26014 Oldenburg", ""),
            ("Rheinland Energie Geschäftskunden", "Postfach 10 11 40", "50451 Köln", ""),
        ],
        "fr": [
            ("Énergie Loire Pro", "TSA 40012", "37911 Tours Cedex 9", "09 70 81 44 20"),
            ("Électricité Est Entreprises", "TSA 80217", "67080 Strasbourg Cedex", ""),
        ],
    },
    "insurance": {
        "en": [
            ("Marlow & Finch Insurance Brokers", "5 Queen Square", "Bristol BS1 4JQ", ""),
            ("Cornerstone Leisure Insurance", "30 St Mary Axe", "London EC3A 8BF", ""),
        ],
        "de": [
            ("Hanse Versicherung AG", "Überseering 10", "22297 Hamburg", "040 63 77 0"),
            ("Versicherungsmakler Brückner & Kahl", "Theaterwall 4", "26122 Oldenburg", ""),
        ],
        "fr": [
            ("Mutuelle du Spectacle Assurances", "12 rue de Rome", "75008 Paris", ""),
            ("Cabinet Dumoulin Assurances", "6 boulevard Béranger", "37000 Tours", ""),
        ],
    },
    "classification": {
        "en": [],  # the cinema's own council
        "de": [
            (
                "Freiwillige Selbstkontrolle der Filmwirtschaft GmbH",
                "Murnaustraße 6",
                "65189 Wiesbaden",
                "",
            )
        ],
        "fr": [
            (
                "Ministère de la Culture - Centre national du cinéma et de l'image animée",
                "291 boulevard Raspail",
                "75014 Paris",
                "",
            )
        ],
    },
}

FIRSTS = {
    "en": ["Sarah", "James", "Emma", "Daniel", "Hannah", "Richard", "Priya", "Tom", "Fiona", "Joe"],
    "de": ["Andrea", "Thomas", "Julia", "Stefan", "Katrin", "Michael", "Sabine", "Jan", "Eva"],
    "fr": ["Nathalie", "Julien", "Camille", "Olivier", "Sandrine", "Nicolas", "Léa", "Hugo"],
}
LASTS = {
    "en": ["Whitaker", "Holroyd", "Bennett", "Ahmed", "Gallagher", "Thornton", "Moss", "Reid"],
    "de": ["Bauer", "Schneider", "Hartmann", "Wolff", "Kaya", "Neumann", "Vogel", "Ziegler"],
    "fr": ["Lefèvre", "Morel", "Girard", "Fontaine", "Chevalier", "Benali", "Roux", "Perrin"],
}
FEMALE = {"Sarah", "Emma", "Hannah", "Priya", "Fiona", "Andrea", "Julia", "Katrin", "Sabine", "Eva"}
FEMALE |= {"Nathalie", "Camille", "Sandrine", "Léa"}
ROADS = {
    "en": ["Victoria Road", "Church Lane", "Nunney Road", "Park Avenue", "Mill Street"],
    "de": ["Gartenstraße", "Lindenweg", "Ammerländer Heerstraße", "Bergstraße", "Am Markt"],
    "fr": ["rue Nationale", "avenue de Grammont", "rue du Commerce", "allée des Tilleuls"],
}

#: Films: a title per language (as released there), running time, certificate per country.
FILMS: list[tuple[str, str, str, int, str, str, str]] = [
    ("The Salt Road", "Die Salzstraße", "La Route du sel", 112, "12A", "12", "Tous publics"),
    ("Winter Harbour", "Winterhafen", "Port d'hiver", 98, "PG", "6", "Tous publics"),
    ("A Quiet Inheritance", "Das stille Erbe", "Un héritage tranquille", 124, "15", "12", "TP"),
    ("Lanterns", "Laternen", "Lanternes", 87, "U", "0", "Tous publics"),
    (
        "Night Shift at Kessler's",
        "Nachtschicht bei Kessler",
        "Nuit chez Kessler",
        106,
        "15",
        "16",
        "-12 ans",
    ),
    ("The Orchard Keeper", "Der Obstgärtner", "Le Gardien du verger", 131, "12A", "12", "TP"),
    ("Paper Moons", "Papiermonde", "Lunes de papier", 95, "PG", "6", "Tous publics"),
    ("Red Tide", "Rote Flut", "Marée rouge", 118, "18", "18", "-16 ans"),
    ("Small Hours", "Kleine Stunden", "Les Petites Heures", 101, "12A", "12", "Tous publics"),
    ("The Glass Mountain", "Der gläserne Berg", "La Montagne de verre", 142, "12A", "12", "TP"),
    ("Fox and Hound Lane", "Fuchsweg", "Chemin du renard", 84, "U", "0", "Tous publics"),
    ("Borderland", "Grenzland", "Terres frontières", 109, "15", "16", "-12 ans"),
]
FILM_DISTRIBUTOR: dict[int, int] = {}


def film_title(k: int, lang: str) -> str:
    f = FILMS[k]
    return {"en": f[0], "de": f[1], "fr": f[2]}[lang]


def film_cert(k: int, lang: str) -> str:
    f = FILMS[k]
    return {"en": f[4], "de": f"FSK {f[5]}", "fr": f[6]}[lang]


TALK = {
    "en": {
        "film": "film booking screens playdates release print DCP session programme terms "
        "distributor exhibitor certificate admissions box office week trailer",
        "tech": "projector laser server lamp lens alignment calibration firmware screen sound "
        "processor amplifier speaker filter cooling convergence brightness",
        "legal": "hirer premises licence conditions liability deposit cancellation damage "
        "insurance notice terms agreement obligations indemnity event guests",
        "safety": "alarm detector sounder call point panel zone emergency lighting battery "
        "escape route extinguisher inspection fault test certificate logbook",
        "money": "invoice payment account balance due amount reference transfer period "
        "outstanding statement charges terms settlement",
    },
    "de": {
        "film": "Film Disposition Säle Spieltermine Start Kopie DCP Vorstellung Programm "
        "Konditionen Verleih Kino Freigabe Besucher Einspielergebnis Woche Trailer",
        "tech": "Projektor Laser Server Lampe Objektiv Justage Kalibrierung Firmware Leinwand "
        "Ton Prozessor Verstärker Lautsprecher Filter Kühlung Konvergenz Helligkeit",
        "legal": "Mieter Räume Erlaubnis Auflagen Haftung Kaution Stornierung Schäden "
        "Versicherung Kündigung Bedingungen Vertrag Pflichten Veranstaltung Gäste",
        "safety": "Brandmelder Melder Signalgeber Handfeuermelder Zentrale Meldergruppe "
        "Sicherheitsbeleuchtung Akku Rettungsweg Feuerlöscher Prüfung Mangel Betriebsbuch",
        "money": "Rechnung Zahlung Konto Saldo fällig Betrag Verwendungszweck Überweisung "
        "Zeitraum offen Auszug Gebühren Zahlungsziel Ausgleich",
    },
    "fr": {
        "film": "film programmation salles dates sortie copie DCP séance programme conditions "
        "distributeur exploitant visa entrées recettes semaine bande-annonce",
        "tech": "projecteur laser serveur lampe objectif alignement calibration firmware écran "
        "son processeur amplificateur enceinte filtre refroidissement convergence luminance",
        "legal": "locataire locaux autorisation conditions responsabilité dépôt annulation "
        "dommages assurance préavis contrat obligations événement invités",
        "safety": "alarme détecteur diffuseur déclencheur centrale zone éclairage sécurité "
        "batterie dégagement extincteur vérification anomalie registre",
        "money": "facture paiement compte solde échéance montant référence virement période "
        "impayé relevé frais règlement",
    },
}
GLUES = {
    "en": "the of and to for with on at by from this is are will be the a as we your all",
    "de": "die der das und zu für mit auf von ist sind wird bei nach den dem im wir Ihre",
    "fr": "le la les et de du pour avec sur par est sont sera au aux des une nous vos",
}


def words(rng: random.Random, lang: str, topic: str = "film", n: int | None = None) -> str:
    pool, glue = TALK[lang][topic].split(), GLUES[lang].split()
    ws = [rng.choice(pool if rng.random() < 0.5 else glue) for _ in range(n or rng.randint(7, 15))]
    text = " ".join(ws)
    return text[0].upper() + text[1:] + "."


def prose(rng: random.Random, lang: str, topic: str = "film", lo: int = 2, hi: int = 4) -> str:
    return " ".join(words(rng, lang, topic) for _ in range(rng.randint(lo, hi)))


# ---------------------------------------------------------------------------------------------
# The cinema of a stream and what the previous document was about
# ---------------------------------------------------------------------------------------------

CINEMA: dict[str, object] = {"lang": "en", "row": 0, "seed": 0, "month": date(2025, 3, 1)}
#: What the previous document was about (a companion takes up the same film, visit or order).
LAST: dict[str, object] = {"kind": "", "day": None, "extra": None}


def home() -> str:
    return str(CINEMA["lang"])


def month() -> date:
    m = CINEMA["month"]
    assert isinstance(m, date)
    return m


def cinema_row() -> Row:
    return CINEMAS[home()][int(CINEMA["row"])][0]  # type: ignore[call-overload]


def council() -> str:
    return CINEMAS[home()][int(CINEMA["row"])][1]  # type: ignore[call-overload]


def keyed(who: Issuer, key: str) -> random.Random:
    """Draws fixed by the issuer, the stream's cinema and ``key``: a run or a repeat keeps its
    sender."""
    text = f"amphora/{key}/{who.name}/{who.street}/{who.city}/{CINEMA['seed']}"
    return random.Random(zlib.crc32(text.encode()))


def add_months(d: date, n: int) -> date:
    k = d.year * 12 + d.month - 1 + n
    return date(k // 12, k % 12 + 1, 1)


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


def person(rng: random.Random, lang: str) -> str:
    return f"{rng.choice(FIRSTS[lang])} {rng.choice(LASTS[lang])}"


def mx(name: str, lang: str) -> str:
    """``name`` with Mr/Mrs, Frau/Herr or Madame/Monsieur before it."""
    female = name.split()[0] in FEMALE
    if lang == "de":
        return f"{'Frau' if female else 'Herr'} {name}"
    if lang == "fr":
        return f"{'Madame' if female else 'Monsieur'} {name}"
    return f"{'Mrs' if female else 'Mr'} {name}"


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
    "en": ["none", "none", "none", "Page {i} of {n}", "2:Page {i}", "{i}/{n}", "none"],
    "de": ["none", "none", "Seite {i} von {n}", "2:- {i} -", "Seite {i}/{n}", "none"],
    "fr": ["none", "none", "Page {i}/{n}", "{i}/{n}", "2:page {i}", "- {i} -", "none"],
}
FACES = [
    ("Helvetica", "Helvetica-Bold"),
    ("Helvetica", "Helvetica-Bold"),
    ("Times-Roman", "Times-Bold"),
    ("Courier", "Courier-Bold"),
]
LOOKS = ["band", "centred", "letter", "boxed", "plain", "side"]
TAGLINE = {
    "distributor": ("Film distribution", "Filmverleih", "Distribution cinématographique"),
    "lab": ("Digital cinema delivery", "Digitale Kinodistribution", "Livraison cinéma numérique"),
    "tech": ("Cinema technology & service", "Kinotechnik - Service", "Équipement cinéma - SAV"),
    "ticketing": ("Ticketing & POS", "Kassen- und Ticketsysteme", "Billetterie & caisse"),
    "wholesaler": ("Wholesale - Catering - Drinks", "Großhandel - Getränke", "Grossiste CHR"),
    "fire": ("Fire alarms - Emergency lighting", "Brandmeldetechnik", "Sécurité incendie"),
    "electrician": ("Electrical contractors", "Elektroinstallation", "Vérifications électriques"),
    "agency": ("Design - Print - Media", "Werbung - Druck - Medien", "Communication - Impression"),
    "energy": ("Business energy", "Energie für Geschäftskunden", "Énergie entreprises"),
    "insurance": ("Insurance", "Versicherungen", "Assurances"),
    "cinema": ("Cinema - Café - Bar", "Kino - Café - Bar", "Cinéma - Café - Bar"),
}


def legal_lines(r: random.Random, name: str, lang: str, role: str) -> list[str]:
    if role in ("official", "rights", "classification"):
        return []
    if lang == "de":
        out = [
            f"{name} - Steuer-Nr. {r.randint(100, 299)}/{r.randint(1000, 9999)}/"
            f"{r.randint(1000, 9999)}"
            + (f" - USt-IdNr. DE{r.randint(100000000, 999999999)}" if r.random() < 0.6 else ""),
            f"{r.choice(['Sparkasse', 'Volksbank', 'Commerzbank', 'Deutsche Bank'])} - IBAN "
            f"DE{r.randint(10, 99)} {r.randint(1000, 9999)} {r.randint(1000, 9999)} "
            f"{r.randint(1000, 9999)} {r.randint(1000, 9999)} {r.randint(10, 99)}",
        ]
        if "GmbH" in name or "AG" in name or "KG" in name:
            out.insert(
                0,
                f"Amtsgericht {r.choice(['Oldenburg', 'München', 'Köln', 'Hamburg', 'Berlin'])} "
                f"HRB {r.randint(1000, 99999)} - Geschäftsführung: "
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
            f"{r.choice(['5913A', '5914Z', '3312Z', '4634Z', '7311Z', '3514Z', '6622Z'])}"
        ]
        if r.random() < 0.7:
            out.append(
                f"TVA intracom. FR{r.randint(10, 99)} {r.randint(100, 999)} {r.randint(100, 999)} "
                f"{r.randint(100, 999)} - Capital social "
                f"{r.choice(['10 000', '50 000', '8 000'])} €"
            )
        return out
    out = []
    if any(t in name for t in ("Ltd", "plc", "LLP", "PLC")):
        out.append(f"Registered in England and Wales No. {r.randint(3000000, 13999999):08d}")
    if r.random() < 0.6:
        out.append(
            f"VAT Reg. No. GB {r.randint(100, 999)} {r.randint(1000, 9999)} {r.randint(10, 99)}"
        )
    if role == "insurance":
        out.append("Authorised and regulated by the Financial Conduct Authority")
    return [" - ".join(out)] if out else []


def make_head(row: Row, lang: str, role: str) -> Head:
    """The paper habits of the sender ``row``: the same all through one stream."""
    name, street, town, phone = row
    r = random.Random(zlib.crc32(f"amphora/head/{name}/{CINEMA['seed']}".encode()))
    font, bold = r.choice(FACES)
    host = "".join(c for c in name.lower().split()[0] if c.isalpha() and c.isascii())[:12]
    tld = {"en": "co.uk", "de": "de", "fr": "fr"}[lang]
    looks = LOOKS
    if role in ("official", "classification", "rights"):
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
        mail=f"{r.choice(['info', 'office', 'bookings', 'accounts'])}@{host or 'mail'}.{tld}"
        if r.random() < 0.7
        else "",
    )


def cinema_head() -> Head:
    return make_head(cinema_row(), home(), "cinema")


def council_head() -> Head:
    lg = home()
    town = cinema_row()[2]
    street = {
        "en": "Licensing Section, Town Hall",
        "de": "Ordnungsamt - Gewerbeangelegenheiten",
        "fr": "Hôtel de Ville - Service Réglementation",
    }[lg]
    return make_head((council(), street, town, ""), lg, "official")


def head_of(who: Issuer, role: str, abroad: float = 0.0) -> Head:
    """The ``role`` sender of ``who`` (the same for the same issuer and cinema), of the
    cinema's country or, with odds ``abroad``, of another."""
    r = keyed(who, role)
    lang = home()
    if r.random() < abroad:
        lang = r.choice([x for x in ("en", "de", "fr") if x != lang])
    rows = SENDERS[role][lang]
    if role in LOCAL and lang == home():
        # a local firm: one of the cinema's own town when there is one
        near = [row for row in rows if city(row[2]) == city(cinema_row()[2])]
        rows = near or rows
    return make_head(r.choice(rows), lang, role)


#: Senders that are firms of the cinema's own town when the lists hold one.
LOCAL = ("wholesaler", "fire", "electrician", "agency", "rights", "energy", "insurance")


def city(town: str) -> str:
    """The town's name without its postcode ("Frome BA11 1AE", "26122 Oldenburg")."""
    parts = town.split()
    return parts[0] if parts[0][0].isalpha() else parts[1]


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
    p.text(cx, cy - r * 0.45, fit(top, "Helvetica", pt, r * 1.45), "Helvetica", pt, "center")
    pt2 = shrink(mid, "Helvetica", 6.5, r * 1.3)
    p.text(cx, cy + r * 0.62, fit(mid, "Helvetica", pt2, r * 1.3), "Helvetica", pt2, "center")
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
        p.text(m, y + 4, h.name, h.bold, pt)
        tag = TAGLINE.get(h.role, ("", "", ""))
        p.text(m, y + 15, tr(h.lang, *tag), italic_of(h.font), 7.5)
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


def received(rng: random.Random, p: Page, d: date, odds: float = 0.35) -> None:
    """Now and then the cinema's received stamp on the first page."""
    if rng.random() < odds:
        lang = home()
        w, _ = p.size
        stamp(
            p,
            w - rng.uniform(150, 210),
            rng.uniform(70, 170),
            [
                tr(lang, "RECEIVED", "EINGANG", "REÇU LE"),
                short(d + timedelta(days=rng.randint(1, 5)), lang),
                rng.choice(
                    {
                        "en": ["Office", "Manager", "Accounts"],
                        "de": ["Büro", "Theaterleitung", "Buchhaltung"],
                        "fr": ["Direction", "Comptabilité", "Secrétariat"],
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
    r = random.Random(zlib.crc32(f"amphora/staff/{tag}/{h.name}/{CINEMA['seed']}".encode()))
    return f"{r.choice(FIRSTS[h.lang])} {r.choice(LASTS[h.lang])}"


def manager() -> str:
    """The cinema's manager (general manager, Theaterleiter, directeur)."""
    return staff(cinema_head(), "manager")


def programmer() -> str:
    return staff(cinema_head(), "programmer")


def cinema_lines(att: str = "") -> list[str]:
    h = cinema_head()
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
    gross = net + tax
    rows.append(
        (tr(lg, "Total due", "Rechnungsbetrag", "Total TTC" if rate else "Total net"), gross)
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


def sign_line(p: Page, x: float, y: float, width: float, label: str, font: str) -> None:
    """A line to sign on with its caption under it."""
    p.line(x, y, x + width, y)
    p.text(x, y + 9, fit(label, font, 7, width), font, 7)


def bank_line(r: random.Random, name: str, lg: str) -> str:
    return {
        "en": f"{name} - Sort code {r.randint(10, 99)}-{r.randint(10, 99)}-{r.randint(10, 99)}"
        f"  Account {r.randint(10000000, 99999999)}",
        "de": f"{name} - IBAN DE{r.randint(10, 99)} {r.randint(1000, 9999)} "
        f"{r.randint(1000, 9999)} {r.randint(1000, 9999)} {r.randint(1000, 9999)} "
        f"{r.randint(10, 99)}",
        "fr": f"{name} - IBAN FR76 {r.randint(1000, 9999)} {r.randint(1000, 9999)} "
        f"{r.randint(1000, 9999)} {r.randint(1000, 9999)} {r.randint(100, 999)}",
    }[lg]


def a_film(rng: random.Random, who: Issuer | None = None) -> int:
    """A film of the stream's month; with ``who``, one the distributor ``who`` releases."""
    if who is None:
        return rng.randrange(len(FILMS))
    r = keyed(who, "slate")
    slate = r.sample(range(len(FILMS)), 4)
    return rng.choice(slate)


def screen_names(lg: str) -> list[str]:
    r = random.Random(zlib.crc32(f"amphora/screens/{CINEMA['seed']}".encode()))
    return r.choice(
        {
            "en": [
                ["Screen 1", "Screen 2"],
                ["Main House", "Studio"],
                ["Screen One", "Screen Two"],
            ],
            "de": [["Saal 1", "Saal 2"], ["Großer Saal", "Studio"], ["Kino 1", "Kino 2"]],
            "fr": [
                ["Salle 1", "Salle 2"],
                ["Grande salle", "Petite salle"],
                ["Salle A", "Salle B"],
            ],
        }[lg]
    )


def seats(k: int) -> int:
    r = random.Random(zlib.crc32(f"amphora/seats/{k}/{CINEMA['seed']}".encode()))
    return r.choice([212, 186, 240, 154]) if k == 0 else r.choice([64, 78, 92, 48])


# ---------------------------------------------------------------------------------------------
# Templates EEE: films booked, delivered, played and paid for
# ---------------------------------------------------------------------------------------------

#: The first day of a cinema week: Friday in England, Thursday in Germany, Wednesday in France.
WEEK_START = {"en": 4, "de": 3, "fr": 2}
#: VAT on cinema tickets.
TICKET_VAT = {"en": 20.0, "de": 7.0, "fr": 5.5}
VERSIONS = {
    "en": ["2D DCP, English", "2D DCP, English (subtitled)", "2D DCP, OV with English subtitles"],
    "de": ["2D DCP, DF", "2D DCP, OmU", "2D DCP, OV", "2D DCP, DF + OmU"],
    "fr": ["DCP 2D, VF", "DCP 2D, VOSTF", "DCP 2D, VF + VOSTF"],
}


def week_of(d: date, lg: str) -> date:
    """The first day of the cinema week ``d`` falls in."""
    return d - timedelta(days=(d.weekday() - WEEK_START[lg]) % 7)


def dcp_name(k: int, lg: str, d: date, kind: str = "FTR") -> str:
    """A Digital Cinema Naming Convention title of film ``k``."""
    short_title = "".join(c for c in FILMS[k][0].upper() if c.isalpha())[:14]
    lang = {"en": "EN-XX", "de": "DE-XX", "fr": "FR-XX"}[lg]
    terr = {"en": "UK", "de": "DE", "fr": "FR"}[lg]
    cert = {"en": FILMS[k][4], "de": FILMS[k][5], "fr": "TP"}[lg]
    return f"{short_title}_{kind}-1_F_{lang}_{terr}-{cert}_51_2K_{d:%Y%m%d}_SMPTE_OV"


def terms_text(rng: random.Random, lg: str) -> tuple[str, float]:
    """The rental terms of a booking as the distributor writes them, and the first week's
    percentage."""
    if lg == "en":
        a = rng.choice([35.0, 35.0, 40.0, 30.0])
        return f"{a:g}% / {a:g}% / {a - 5:g}% of net box office (weeks 1 / 2 / 3+)", a
    if lg == "de":
        a = rng.choice([47.5, 45.0, 42.5, 50.0])
        return f"Filmmiete {money(a, lg)} % (1. Woche), {money(a - 2.5, lg)} % ab 2. Woche", a
    a = rng.choice([50.0, 47.0, 45.0, 35.0])
    return f"Taux de location {money(a, lg)} % sur la recette nette", a


def tpl_booking_confirmation(rng: random.Random, who: Issuer) -> list[Page]:
    """A distributor's booking confirmation for one film: the booking form with the film,
    version, certificate, playdates, screen, sessions and terms, the delivery of the DCP and
    the KDM window; now and then the distributor's terms of trading on a second page."""
    h = head_of(who, "distributor", 0.05)
    lg = h.lang
    s = style_of(h, LETTER if lg == "en" and keyed(who, "let").random() < 0.2 else A4)
    w, hh = s.page_size
    m = s.margin
    k = a_film(rng, who)
    d = some_day(rng)
    start = week_of(d + timedelta(days=rng.randint(4, 20)), home())
    weeks = rng.choice([1, 1, 2, 2, 3])
    ref = serial(rng, rng.choice(["BK-99999", "B99/9999", "DISPO 99999", "RES-999999"]))
    f = sheets(s, h, f"{h.name} - {ref}")
    recipient(
        f,
        s,
        h,
        cinema_lines(
            tr(lg, "Att: Programming", "z. Hd. Programmplanung", "À l'att. de la programmation")
        ),
        d,
        [(tr(lg, "Booking ref", "Dispo-Nr.", "Réf. programmation"), ref)],
    )
    caption(
        f,
        s,
        tr(lg, "BOOKING CONFIRMATION", "TERMINBESTÄTIGUNG", "CONFIRMATION DE PROGRAMMATION"),
        4,
        rule=rng.random() < 0.5,
    )
    terms, _pct = terms_text(rng, lg)
    screen = rng.choice(screen_names(home()))
    end = start + timedelta(days=7 * weeks - 1)
    items = [
        (tr(lg, "Title", "Titel", "Titre"), film_title(k, lg)),
        (tr(lg, "Certificate", "Freigabe", "Visa / public"), film_cert(k, lg)),
        (tr(lg, "Running time", "Laufzeit", "Durée"), f"{FILMS[k][3]} min"),
        (
            tr(lg, "Format / version", "Format / Fassung", "Format / version"),
            rng.choice(VERSIONS[lg]),
        ),
        (
            tr(lg, "Playdates", "Spielzeit", "Période d'exploitation"),
            f"{short(start, lg)} - {short(end, lg)}",
        ),
        (tr(lg, "Screen", "Saal", "Salle"), screen),
        (
            tr(lg, "Sessions", "Vorstellungen", "Séances"),
            rng.choice(
                [
                    tr(
                        lg,
                        "Full week, all shows",
                        "volle Woche, alle Vorstellungen",
                        "plein programme",
                    ),
                    tr(lg, "Split: 1 show daily", "1 Vorstellung täglich", "1 séance par jour"),
                    tr(
                        lg,
                        "Matinees only",
                        "nur Nachmittagsvorstellungen",
                        "séances de l'après-midi",
                    ),
                    tr(lg, "Evenings only (Fri-Sun)", "nur abends (Fr-So)", "soirées uniquement"),
                ]
            ),
        ),
        (tr(lg, "Terms", "Konditionen", "Conditions"), terms),
    ]
    if rng.random() < 0.3:
        items.append(
            (
                tr(lg, "Minimum guarantee", "Mindestgarantie", "Minimum garanti"),
                cash(rng.choice([100.0, 150.0, 250.0]), lg),
            )
        )
    items += [
        (
            tr(lg, "Delivery", "Lieferung", "Livraison"),
            rng.choice(
                [
                    tr(
                        lg,
                        "DCP on drive by courier",
                        "DCP auf Festplatte per Kurier",
                        "DCP sur disque, coursier",
                    ),
                    tr(
                        lg,
                        "DCP by download (satellite / broadband)",
                        "DCP per Download",
                        "DCP par téléchargement",
                    ),
                ]
            ),
        ),
        (
            tr(lg, "KDM valid", "KDM gültig", "KDM valide"),
            f"{short(start - timedelta(days=1), lg)} - {short(end + timedelta(days=2), lg)}",
        ),
    ]
    if rng.random() < 0.5:
        for label, value in items:
            f.need(20)
            f.page.rect(m, f.y - 11, w - 2 * m, 17)
            f.page.line(m + 130, f.y - 11, m + 130, f.y + 6)
            f.page.text(m + 5, f.y, fit(label, s.font, s.size - 1.5, 120), s.font, s.size - 1.5)
            f.page.text(
                m + 136, f.y, fit(value, s.bold, s.size - 1, w - 2 * m - 142), s.bold, s.size - 1
            )
            f.y += 17
        f.y += 14
    else:
        f.y = pairs(f.page, s, m, f.y, items, w - m, s.size - 0.5) + 12
    if rng.random() < 0.6:
        write(f, s, prose(rng, lg, "film", 1, 3), s.size - 1)
    write(
        f,
        s,
        tr(
            lg,
            "Box office returns are due weekly by Tuesday noon. Please confirm receipt of the DCP "
            "and report any KDM problems to our bookings team immediately.",
            "Bitte melden Sie die Besucherzahlen wöchentlich bis Montag 12 Uhr. Probleme mit der "
            "KDM bitte umgehend an die Disposition.",
            "Merci de nous adresser vos bordereaux de recettes chaque semaine et de signaler "
            "tout problème de KDM à notre service programmation.",
        ),
        s.size - 1,
    )
    regards(f, s, lg, staff(h, "booker"), tr(lg, "Bookings", "Disposition", "Programmation"))
    pages = f.pages
    if rng.random() < 0.3:
        pages.append(
            small_print(
                rng,
                s,
                h,
                tr(
                    lg,
                    "STANDARD TERMS OF TRADING FOR THE HIRE OF FILMS",
                    "ALLGEMEINE VERLEIHBEDINGUNGEN",
                    "CONDITIONS GÉNÉRALES DE LOCATION DES FILMS",
                ),
                [
                    tr(lg, "Bookings", "Disposition", "Programmation"),
                    tr(lg, "Film hire", "Filmmiete", "Location"),
                    tr(lg, "Returns", "Meldungen", "Bordereaux"),
                    tr(lg, "Payment", "Zahlung", "Paiement"),
                    tr(lg, "Copies and keys", "Kopien und Schlüssel", "Copies et clés"),
                    tr(lg, "Advertising", "Werbung", "Publicité"),
                    tr(lg, "Piracy", "Piraterie", "Piratage"),
                    tr(lg, "Cancellation", "Absetzung", "Déprogrammation"),
                    tr(lg, "Liability", "Haftung", "Responsabilité"),
                    tr(lg, "Law", "Gerichtsstand", "Juridiction"),
                ],
            )
        )
    received(rng, pages[0], d, 0.25)
    if rng.random() < 0.35:
        hand(
            pages[0], w - m - 150, hh - m - 70, tr(home(), "on sale", "im Verkauf", "en vente"), 11
        )
    remember(d, (k, h.name, start))
    return close(pages, s, h, numbers="none" if len(pages) == 1 else h.numbers)


def tpl_dcp_delivery(rng: random.Random, who: Issuer) -> list[Page]:
    """A digital cinema delivery service's delivery note for a DCP drive: the drive, the
    compositions on it (feature and trailers) by their naming-convention titles, the return
    instructions and a tear-off return label with a barcode; A5 or a handheld slip."""
    h = head_of(who, "lab", 0.15)
    lg = h.lang
    ex = LAST["extra"]
    if after(("booking_confirmation",)) and isinstance(ex, tuple):
        k, start = int(ex[0]), ex[2]
    else:
        k, start = a_film(rng), week_of(some_day(rng) + timedelta(days=10), home())
    assert isinstance(start, date)
    d = start - timedelta(days=rng.randint(2, 6))
    size = keyed(who, "size").choice([A5, A5, A4, SLIP])
    small = size[0] < 330
    s = style_of(
        h,
        size,
        margin=22 if small else (34 if size == A5 else 0),
        pt=7.5 if small else (8.5 if size == A5 else 0),
    )
    w, hh = size
    m = s.margin
    f = sheets(s, h)
    note = serial(rng, rng.choice(["DN-9999999", "LS 99999999", "BL-999999"]))
    drive = serial(rng, rng.choice(["CRU-9999", "HDD 99999", "DX-999-99"]))
    if small:
        for t in (
            tr(lg, "DELIVERY NOTE", "LIEFERSCHEIN", "BON DE LIVRAISON"),
            f"{note}",
            f"{short(d, lg)}  {rng.randint(7, 17):02d}:{rng.randint(0, 59):02d}",
        ):
            f.page.text(w / 2, f.y, t, s.bold, 8.5, "center")
            f.y += 11
        f.y += 4
        for t in cinema_lines():
            f.page.text(m, f.y, fit(t, s.font, 7.5, w - 2 * m), s.font, 7.5)
            f.y += 9
        f.y += 6
    else:
        recipient(
            f,
            s,
            h,
            cinema_lines(tr(lg, "Projection", "Vorführung", "Cabine de projection")),
            d,
            [
                (tr(lg, "Delivery note", "Lieferschein", "Bon de livraison"), note),
                (
                    tr(lg, "Carrier", "Versand", "Transporteur"),
                    rng.choice(["DPD", "UPS", "Kurier", "Chronopost", "DHL Express"]),
                ),
            ],
        )
        caption(
            f, s, tr(lg, "DELIVERY NOTE - DCP", "LIEFERSCHEIN - DCP", "BON DE LIVRAISON - DCP"), 2
        )
    f.y = (
        pairs(
            f.page,
            s,
            m,
            f.y,
            [
                (tr(lg, "Drive", "Festplatte", "Disque"), drive),
                (tr(lg, "Film", "Film", "Film"), film_title(k, home())),
                (tr(lg, "Release", "Start", "Sortie"), short(start, lg)),
            ],
            w - m,
        )
        + 6
    )
    rows = [[dcp_name(k, home(), start), f"{rng.randint(88, 240)} GB"]]
    for _ in range(rng.randint(0, 4)):
        t = a_film(rng)
        rows.append(
            [
                dcp_name(t, home(), start + timedelta(days=7 * rng.randint(1, 6)), "TLR"),
                f"{rng.randint(1, 4)} GB",
            ]
        )
    cols = columns(
        m, w - m, [(3.4, "left"), (1, "right")] if small else [(6, "left"), (1, "right")]
    )
    table(
        f,
        cols,
        [
            tr(lg, "Composition (CPL)", "Komposition (CPL)", "Composition (CPL)"),
            tr(lg, "Size", "Größe", "Taille"),
        ],
        rows,
        s,
        size=6.5 if small else s.size - 2,
    )
    f.y += 6
    write(
        f,
        s,
        tr(
            lg,
            "Please ingest the content and return the drive within 5 working days of the last "
            "screening using the prepaid label below. Lost drives are charged at £90.",
            "Bitte Inhalte einspielen und Festplatte spätestens 5 Werktage nach der letzten "
            "Vorstellung mit dem beiliegenden Rücksendeetikett zurücksenden.",
            "Merci d'ingérer le contenu et de retourner le disque sous 5 jours ouvrés après la "
            "dernière séance avec l'étiquette retour ci-dessous.",
        ),
        s.size - 1,
    )
    f.y += 4
    f.need(40)
    f.page.text(m, f.y, tr(lg, "Received by:", "Empfangen:", "Reçu par :"), s.font, s.size - 1)
    f.page.line(m + 60, f.y + 2, w - m, f.y + 2)
    if rng.random() < 0.6:
        scrawl(f.page, m + 70, f.y, staff(cinema_head(), "projectionist"), 11)
    f.y += 26
    if not small and f.y < hh - 150:
        y = hh - m - 120
        slip_rule(
            f.page,
            m,
            w - m,
            y,
            tr(
                lg,
                "Return label - cut here",
                "Rücksendeetikett - hier abtrennen",
                "Étiquette retour - découper ici",
            ),
        )
        f.page.text(m, y + 20, h.name, s.bold, 9)
        f.page.text(m, y + 31, f"{h.street}, {h.town}", s.font, 8)
        f.page.barcode("code128", f"R{drive.replace(' ', '').replace('-', '')}", m, y + 40)
    elif small:
        f.need(90)
        f.page.barcode("code128", note.replace(" ", "").replace("-", "")[:10], m, f.y)
        f.y += 90
    pages = close(f.pages, s, h, numbers="none")
    remember(d, (k, drive, start))
    return pages


def tpl_kdm_notice(rng: random.Random, who: Issuer) -> list[Page]:
    """A key delivery notice as the cinema prints it from its mailbox: the e-mail header, a
    short message and the table of KDMs per screen and server with the validity window in
    UTC; the print's header and footer with the mail program's page count."""
    h = head_of(who, "lab", 0.15)
    lg = h.lang
    ex = LAST["extra"]
    if after(("dcp_delivery", "booking_confirmation")) and isinstance(ex, tuple):
        k, start = int(ex[0]), ex[2]
    else:
        k, start = a_film(rng), week_of(some_day(rng) + timedelta(days=rng.randint(0, 12)), home())
    assert isinstance(start, date)
    d = start - timedelta(days=rng.randint(0, 3))
    size = LETTER if keyed(who, "paper").random() < 0.2 else A4
    font = keyed(who, "font").choice(["Helvetica", "Helvetica", "Times-Roman"])
    bold = "Helvetica-Bold" if font == "Helvetica" else "Times-Bold"
    s = Style(font, bold, 9.5, 46, "none", "bottom", size, "short")
    w, hh = size
    m = s.margin
    stamp_t = f"{short(d, home())} {rng.randint(7, 22):02d}:{rng.randint(0, 59):02d}"
    host = "".join(c for c in h.name.lower().split()[0] if c.isalpha() and c.isascii())

    def start_page(p: Page, n: int) -> float:
        p.text(m - 20, 18, stamp_t, "Helvetica", 7)
        p.text(
            w / 2,
            18,
            fit(
                f"{tr(home(), 'Mail', 'Mail', 'Messagerie')} - "
                f"{cinema_head().mail or 'box office'}",
                "Helvetica",
                7,
                260,
            ),
            "Helvetica",
            7,
            "center",
        )
        return m

    f = Sheets(size, hh - 60, start_page)
    p = f.page
    sub = f"KDM: {dcp_name(k, home(), start)[:38]} - {cinema_row()[0]}"
    p.text(m, f.y, fit(sub, bold, 12, w - 2 * m), bold, 12)
    f.y += 22
    p.line(m, f.y - 8, w - m, f.y - 8)
    for label, value in [
        (
            tr(lg, "From", "Von", "De"),
            f"KDM Delivery <kdm@{host}.{ {'en': 'co.uk', 'de': 'de', 'fr': 'fr'}[lg] }>",
        ),
        (tr(lg, "Sent", "Gesendet", "Envoyé"), stamp_t),
        (
            tr(lg, "To", "An", "À"),
            cinema_head().mail or f"projection@{cinema_row()[0].split()[1].lower()}.net",
        ),
        (
            tr(lg, "Attachment", "Anhang", "Pièce jointe"),
            f"KDM_{serial(rng, '99999999')}.zip ({rng.randint(14, 60)} KB)",
        ),
    ]:
        p.text(m, f.y, f"{label}:", bold, 8.5)
        p.text(m + 70, f.y, fit(value, font, 8.5, w - 2 * m - 70), font, 8.5)
        f.y += 12
    p.line(m, f.y - 4, w - m, f.y - 4)
    f.y += 14
    write(f, s, tr(lg, "Dear projectionist,", "Liebes Vorführteam,", "Bonjour,"))
    write(
        f,
        s,
        tr(
            lg,
            "Please find attached the Key Delivery Messages for the composition(s) below. Ingest "
            "the KDMs on the server of each screen listed. Do not reply to this message.",
            "anbei erhalten Sie die KDMs für die unten aufgeführten Kompositionen. Bitte spielen "
            "Sie die Schlüssel auf den Servern der genannten Säle ein. Diese Nachricht wurde "
            "automatisch erstellt.",
            "veuillez trouver ci-joint les KDM pour les compositions ci-dessous, à ingérer sur le "
            "serveur de chaque salle indiquée. Message automatique, merci de ne pas répondre.",
        ),
    )
    servers = ["Dolby IMS3000", "GDC SR-1000", "Christie IMB-S3", "Barco ICMP-X", "Sony LMT-300"]
    r = random.Random(zlib.crc32(f"amphora/servers/{CINEMA['seed']}".encode()))
    kit = [(r.choice(servers), serial(r, "99999"), n) for n in screen_names(home())]
    comps = [dcp_name(k, home(), start)]
    if rng.random() < 0.4:
        comps.append(dcp_name(k, home(), start).replace("_OV", "_VF").replace("_F_", "_S_"))
    rows = []
    until = start + timedelta(days=7 * rng.randint(1, 4) + rng.randint(0, 3))
    for c in comps:
        for model, sn, screen in kit:
            if rng.random() < 0.85:
                rows.append(
                    [
                        screen,
                        f"{model} #{sn}",
                        c,
                        f"{short(start - timedelta(days=1), lg)} 00:00",
                        f"{short(until, lg)} 23:59",
                    ]
                )
    if not rows:
        rows.append(
            [kit[0][2], f"{kit[0][0]} #{kit[0][1]}", comps[0], short(start, lg), short(until, lg)]
        )
    cols = columns(
        m, w - m, [(1.3, "left"), (2.2, "left"), (5, "left"), (1.9, "left"), (1.9, "left")]
    )
    table(
        f,
        cols,
        [
            tr(lg, "Screen", "Saal", "Salle"),
            "Server",
            "CPL",
            tr(lg, "Valid from (UTC)", "Gültig ab (UTC)", "Début (UTC)"),
            tr(lg, "Valid to (UTC)", "Gültig bis (UTC)", "Fin (UTC)"),
        ],
        rows,
        s,
        size=7,
        rules=True,
    )
    f.y += 8
    if rng.random() < 0.5:
        write(f, s, prose(rng, lg, "tech", 1, 2), 8.5)
    write(
        f,
        s,
        f"{h.name} - {tr(lg, 'KDM support', 'KDM-Support', 'Support KDM')} {h.phone or '24/7'}",
        8.5,
    )
    if rng.random() < 0.25:
        f.new_page()
        caption(
            f, s, tr(lg, "Ingest instructions", "Hinweise zum Einspielen", "Procédure d'ingest"), 1
        )
        for n in range(rng.randint(4, 7)):
            write(f, s, f"{n + 1}. {words(rng, lg, 'tech')}", 8.5, 10)
    pages = f.pages
    for i, pg in enumerate(pages, 1):
        pg.text(
            m - 20,
            hh - 18,
            fit(
                f"https://mail.{cinema_row()[0].split()[1].lower()}.net/#inbox/"
                + serial(rng, "AAAA9999AAAA"),
                "Helvetica",
                6.5,
                w / 2,
            ),
            "Helvetica",
            6.5,
        )
        pg.text(w - m + 20, hh - 18, f"{i}/{len(pages)}", "Helvetica", 7, "right")
    if rng.random() < 0.3:
        hand(pages[0], w - m - 120, 120, tr(home(), "ingested", "eingespielt", "ingéré"), 11)
    remember(d, (k, "", start))
    return pages


def tpl_box_office_return(rng: random.Random, who: Issuer) -> list[Page]:
    """The cinema's weekly box office return to a distributor for one film (a ticketing
    system print on landscape A4): every session of the week with the admissions per ticket
    type and the takings, the totals, VAT (and in Germany the FFA levy, in France the TSA) and
    the film hire at the agreed percentage, signed by the manager."""
    lg = home()
    h = cinema_head()
    dist = head_of(who, "distributor", 0.05)
    ex = LAST["extra"]
    if after(("box_office_return",)) and isinstance(ex, tuple) and ex[5] == dist.name:
        k = int(ex[0]) if rng.random() < 0.5 else a_film(rng, who)
        wk = ex[1] + timedelta(days=7) if k == ex[0] else ex[1]
    else:
        k = a_film(rng, who)
        wk = week_of(some_day(rng), lg)
    assert isinstance(wk, date)
    s = style_of(h, landscape(A4), margin=36, pt=8)
    s = (
        Style("Courier", "Courier-Bold", 8, 36, "none", "bottom", landscape(A4), "short")
        if keyed(who, "sys").random() < 0.4
        else s
    )
    w, hh = s.page_size
    m = s.margin
    system = {"en": "Seatwise BOS 4.2", "de": "Kinoline Kasse 9", "fr": "Billetik Caisse v7"}[lg]
    title = tr(
        lg,
        "WEEKLY BOX OFFICE RETURN",
        "EINSPIELMELDUNG / WOCHENABRECHNUNG",
        "BORDEREAU DE DÉCLARATION DE RECETTES",
    )

    def start_page(p: Page, n: int) -> float:
        p.text(m, m - 8, fit(h.name, s.bold, 11, w / 2), s.bold, 11)
        p.text(w - m, m - 8, title, s.bold, 10, "right")
        p.text(m, m + 4, f"{h.street}, {h.town}", s.font, 7)
        p.text(w - m, m + 4, f"{system} - {short(wk + timedelta(days=7), lg)}", s.font, 7, "right")
        p.line(m, m + 9, w - m, m + 9)
        return m + 26

    f = Sheets(s.page_size, hh - m - 20, start_page)
    _terms, pct = terms_text(keyed(who, f"terms{k}"), dist.lang)
    week_no = 1 + int((wk - week_of(month(), lg)).days // 7) % 3
    pct = pct if week_no == 1 else pct - (5 if lg == "en" else 2.5 if lg == "de" else 0)
    screen_k = rng.randrange(2)
    screen = screen_names(lg)[screen_k]
    y = pairs(
        f.page,
        s,
        m,
        f.y,
        [
            (tr(lg, "Distributor", "Verleih", "Distributeur"), dist.name),
            (tr(lg, "Film", "Film", "Film"), film_title(k, lg)),
            (
                tr(lg, "Screen", "Saal", "Salle"),
                f"{screen} ({seats(screen_k)} {tr(lg, 'seats', 'Plätze', 'places')})",
            ),
        ],
        w / 2 - 20,
        8,
    )
    pairs(
        f.page,
        s,
        w / 2 + 20,
        f.y,
        [
            (
                tr(lg, "Week", "Spielwoche", "Semaine"),
                f"{short(wk, lg)} - {short(wk + timedelta(days=6), lg)}",
            ),
            (tr(lg, "Week of run", "Laufwoche", "Semaine d'exploitation"), str(week_no)),
            (tr(lg, "Terms", "Filmmiete", "Taux"), f"{money(pct, lg)} %"),
        ],
        w - m,
        8,
    )
    f.y = y + 10
    types = {
        "en": [("Adult", 10.5), ("Conc.", 8.5), ("Child", 6.5), ("Member", 7.5), ("Comp", 0.0)],
        "de": [("Normal", 10.0), ("Ermäß.", 8.5), ("Kinder", 6.5), ("Kinotag", 7.0), ("Frei", 0.0)],
        "fr": [
            ("Plein", 9.8),
            ("Réduit", 7.8),
            ("-14 ans", 5.0),
            ("Abonné", 6.2),
            ("Exonéré", 0.0),
        ],
    }[lg]
    times = rng.sample(
        ["13:30", "15:45", "18:00", "18:15", "20:30", "20:45", "11:00"], rng.randint(1, 3)
    )
    times.sort()
    rows: list[list[str]] = []
    tot = [0] * len(types)
    gross = 0.0
    days_ = tr(
        lg, "Mon Tue Wed Thu Fri Sat Sun", "Mo Di Mi Do Fr Sa So", "lun mar mer jeu ven sam dim"
    ).split()
    for dd in range(7):
        dday = wk + timedelta(days=dd)
        for t in times:
            if rng.random() < 0.15:
                continue
            wkend = dday.weekday() >= 4
            n = [
                max(0, int(rng.gauss((18 if wkend else 8) * (1 if j == 0 else 0.5), 5)))
                for j in range(len(types) - 1)
            ]
            n.append(rng.choice([0, 0, 0, 1, 2]))
            g = sum(c * pr for c, (_, pr) in zip(n, types, strict=True))
            gross += g
            tot = [a + b for a, b in zip(tot, n, strict=True)]
            rows.append(
                [
                    f"{days_[dday.weekday()]} {short(dday, lg)[:5]}",
                    t,
                    *[str(c) for c in n],
                    str(sum(n)),
                    money(g, lg),
                ]
            )
    cols = columns(
        m,
        w - m,
        [
            (1.6, "left"),
            (0.8, "left"),
            *[(0.9, "right")] * len(types),
            (1, "right"),
            (1.3, "right"),
        ],
    )
    table(
        f,
        cols,
        [
            tr(lg, "Date", "Datum", "Date"),
            tr(lg, "Time", "Beginn", "Séance"),
            *[t for t, _ in types],
            tr(lg, "Adm.", "Bes.", "Entrées"),
            tr(lg, "Gross", "Brutto", "Recette"),
        ],
        rows,
        s,
        size=7.5,
        step=1.45,
        rules=rng.random() < 0.4,
    )
    f.need(30)
    f.y += 3
    f.page.line(m, f.y - 9, w - m, f.y - 9)
    for c, t in zip(
        cols,
        [
            tr(lg, "TOTAL", "SUMME", "TOTAL"),
            "",
            *[str(x) for x in tot],
            str(sum(tot)),
            money(gross, lg),
        ],
        strict=True,
    ):
        left, right, align = c
        f.page.text(right if align == "right" else left, f.y, t, s.bold, 7.5, align)
    f.y += 22
    vat = gross - gross / (1 + TICKET_VAT[lg] / 100)
    lines = [
        (tr(lg, "Gross box office", "Bruttokasse", "Recette brute TTC"), gross),
        (
            tr(
                lg,
                f"less VAT {TICKET_VAT[lg]:g}%",
                f"abzgl. USt. {money(TICKET_VAT[lg], lg)} %",
                f"TVA {money(TICKET_VAT[lg], lg)} %",
            ),
            -vat,
        ),
    ]
    net = gross - vat
    if lg == "de":
        ffa = net * 0.025
        lines.append(("abzgl. FFA-Filmabgabe 2,5 %", -ffa))
        net -= ffa
    elif lg == "fr":
        tsa = net * 0.1072
        lines.append(("TSA 10,72 %", -tsa))
        net -= tsa
    lines.append((tr(lg, "Net box office", "Nettokasse", "Recette nette"), net))
    lines.append(
        (
            tr(
                lg,
                f"Film hire at {pct:g}%",
                f"Filmmiete {money(pct, lg)} %",
                f"Part distributeur {money(pct, lg)} %",
            ),
            net * pct / 100,
        )
    )
    f.need(14 * len(lines) + 60)
    y0 = f.y
    for label, v in lines:
        f.page.text(w - m - 240, f.y, label, s.font, 8.5)
        f.page.text(
            w - m, f.y, money(v, lg), s.bold if label == lines[-1][0] else s.font, 8.5, "right"
        )
        f.y += 13
    f.page.text(
        m,
        y0,
        tr(lg, "Certified correct:", "Richtigkeit bestätigt:", "Certifié exact :"),
        s.font,
        8.5,
    )
    f.page.line(m, y0 + 34, m + 200, y0 + 34)
    scrawl(f.page, m + 10, y0 + 30, manager(), 12)
    f.page.text(
        m,
        y0 + 44,
        f"{manager()}, {tr(lg, 'General Manager', 'Theaterleitung', 'Directeur')}",
        s.font,
        7.5,
    )
    if lg == "fr" and rng.random() < 0.6:
        f.page.text(
            m + 230, y0, f"N° autorisation CNC : {serial(keyed(who, 'cnc'), '999999')}", s.font, 7.5
        )
        stamp(f.page, m + 230, y0 + 8, [h.name.upper()[:26], h.town.upper()[:26]])
    pages = f.pages
    if len(pages) > 1:
        number_pages(
            pages,
            s,
            tr(lg, "Page {i} of {n}", "Seite {i} von {n}", "Page {i}/{n}"),
            "br",
            bottom=18,
        )
    remember(wk + timedelta(days=7), (k, wk, gross, net, pct, dist.name))
    return pages


def tpl_rental_invoice(rng: random.Random, who: Issuer) -> list[Page]:
    """A distributor's film hire invoice: the films and weeks played with the net box office,
    the percentage and the film hire, VAT and the payment terms; now and then a statement of
    the cinema's account behind it."""
    h = head_of(who, "distributor", 0.05)
    lg = h.lang
    s = style_of(h)
    w, _hh = s.page_size
    m = s.margin
    ex = LAST["extra"]
    lines: list[tuple[int, date, float, float]] = []
    if after(("box_office_return",)) and isinstance(ex, tuple) and ex[5] == h.name:
        lines.append((int(ex[0]), ex[1], float(ex[3]), float(ex[4])))
        d = last_day(rng, ("box_office_return",), (3, 12))
    else:
        d = some_day(rng)
        wk = week_of(d - timedelta(days=rng.randint(7, 20)), home())
        for _ in range(rng.choice([1, 1, 2, 3])):
            k = a_film(rng, who)
            _, pct = terms_text(keyed(who, f"terms{k}"), lg)
            lines.append((k, wk, rng.uniform(300, 4200), pct))
            if rng.random() < 0.4:
                wk = wk - timedelta(days=7)
    inv = serial(rng, rng.choice(["FH-999999", "RE 2025-99999", "FL99999", "INV-99999"]))
    f = sheets(s, h, f"{h.name} - {tr(lg, 'Invoice', 'Rechnung', 'Facture')} {inv}")
    recipient(
        f,
        s,
        h,
        cinema_lines(tr(lg, "Accounts", "Buchhaltung", "Comptabilité")),
        d,
        [
            (tr(lg, "Invoice no.", "Rechnungs-Nr.", "Facture n°"), inv),
            (
                tr(lg, "Customer no.", "Kunden-Nr.", "Code client"),
                serial(keyed(who, "cust"), "EX9999"),
            ),
        ],
    )
    caption(
        f, s, tr(lg, "FILM HIRE INVOICE", "FILMMIETENRECHNUNG", "FACTURE DE LOCATION DE FILMS"), 3
    )
    rows = []
    net = 0.0
    for k, wk, nbo, pct in lines:
        hire = round(nbo * pct / 100, 2)
        net += hire
        rows.append(
            [
                film_title(k, home()),
                f"{short(wk, lg)}",
                money(nbo, lg),
                f"{money(pct, lg)}%",
                money(hire, lg),
            ]
        )
    cols = columns(
        m, w - m, [(3.4, "left"), (1.4, "left"), (1.5, "right"), (0.9, "right"), (1.4, "right")]
    )
    table(
        f,
        cols,
        [
            tr(lg, "Film", "Film", "Film"),
            tr(lg, "Week comm.", "Spielwoche ab", "Semaine du"),
            tr(lg, "Net B.O.", "Nettokasse", "Recette nette"),
            "%",
            tr(lg, "Film hire", "Filmmiete", "Location"),
        ],
        rows,
        s,
        rules=rng.random() < 0.5,
    )
    totals(
        f, s, lg, round(net, 2), vat_rate(lg) if lg != "de" else 7.0 if rng.random() < 0.5 else 19.0
    )
    write(
        f,
        s,
        tr(
            lg,
            "Payment is due within 14 days. Please quote the invoice number with your remittance.",
            "Zahlbar innerhalb von 14 Tagen ohne Abzug. Bitte Rechnungsnummer angeben.",
            "Règlement à 30 jours fin de mois par virement en rappelant le numéro de facture.",
        ),
        s.size - 1,
    )
    write(f, s, bank_line(keyed(who, "bank"), h.name, lg), s.size - 1.5)
    pages = f.pages
    if rng.random() < 0.25:
        g = sheets(s, h, f"{h.name} - {tr(lg, 'Statement', 'Kontoauszug', 'Relevé')}")
        caption(
            g,
            s,
            tr(lg, "STATEMENT OF ACCOUNT", "KONTOAUSZUG / OFFENE POSTEN", "RELEVÉ DE COMPTE"),
            2,
        )
        write(g, s, f"{cinema_row()[0]} - {short(d, lg)}", s.size - 1)
        bal = 0.0
        srows = []
        for j in range(rng.randint(3, 9)):
            v = rng.uniform(80, 1800)
            bal += v if j % 3 != 2 else -v
            srows.append(
                [
                    short(d - timedelta(days=7 * (9 - j)), lg),
                    serial(rng, "FH-999999")
                    if j % 3 != 2
                    else tr(lg, "Payment received", "Zahlung", "Règlement"),
                    money(v, lg) if j % 3 != 2 else "",
                    money(v, lg) if j % 3 == 2 else "",
                    money(bal, lg),
                ]
            )
        table(
            g,
            columns(
                m,
                w - m,
                [(1.2, "left"), (2.5, "left"), (1.2, "right"), (1.2, "right"), (1.3, "right")],
            ),
            [
                tr(lg, "Date", "Datum", "Date"),
                tr(lg, "Reference", "Beleg", "Pièce"),
                tr(lg, "Debit", "Soll", "Débit"),
                tr(lg, "Credit", "Haben", "Crédit"),
                tr(lg, "Balance", "Saldo", "Solde"),
            ],
            srows,
            s,
        )
        pages = pages + g.pages
    received(rng, pages[0], d, 0.4)
    remember(d)
    return close(pages, s, h, numbers="none" if len(pages) == 1 else h.numbers)


# ---------------------------------------------------------------------------------------------
# Templates EEE: projection equipment, ticketing and music licences
# ---------------------------------------------------------------------------------------------

PROJECTORS = [
    "Christie CP2309-RGB",
    "Barco SP4K-12C",
    "NEC NC1402L",
    "Sony SRX-R515",
    "Barco DP2K-10S",
]
CHECKS = {
    "en": [
        "Air filters cleaned / replaced",
        "Lens cleaned, focus and convergence checked",
        "Light output measured (centre)",
        "Colour gamut checked (DCI-P3)",
        "Server RAID status / storage",
        "IMB / TLS certificate valid",
        "Audio: B-chain levels checked",
        "Cooling fans / liquid cooler",
        "Firmware versions recorded",
        "Screen masking and port glass",
    ],
    "de": [
        "Luftfilter gereinigt / getauscht",
        "Objektiv gereinigt, Fokus und Konvergenz geprüft",
        "Leuchtdichte gemessen (Bildmitte)",
        "Farbraum geprüft (DCI-P3)",
        "Server RAID-Status / Speicher",
        "IMB / TLS-Zertifikat gültig",
        "Ton: B-Kette eingemessen",
        "Lüfter / Flüssigkeitskühlung",
        "Firmwarestände notiert",
        "Kaschierung und Vorführfenster",
    ],
    "fr": [
        "Filtres à air nettoyés / remplacés",
        "Objectif nettoyé, mise au point et convergence",
        "Luminance mesurée (centre)",
        "Gamut colorimétrique vérifié (DCI-P3)",
        "Serveur : état RAID / stockage",
        "Certificat IMB / TLS valide",
        "Son : niveaux chaîne B vérifiés",
        "Ventilateurs / refroidissement liquide",
        "Versions firmware relevées",
        "Cache d'écran et hublot de cabine",
    ],
}


def tpl_service_report(rng: random.Random, who: Issuer) -> list[Page]:
    """The service company's field service report after a visit to a projection booth: job
    and visit, the equipment with serial numbers and hours, a checklist with tick boxes, the
    light and colour measurements, the work done written by hand, parts used, times, the
    engineer's and the cinema's signatures; now and then a measurement sheet behind it."""
    h = head_of(who, "tech", 0.1)
    lg = h.lang
    s = style_of(h, A4, margin=40, pt=8.5)
    w, _hh = s.page_size
    m = s.margin
    d = some_day(rng)
    job = serial(rng, rng.choice(["SR-999999", "SB 99-9999", "RI-99999"]))
    screen_k = rng.randrange(2)
    r = random.Random(zlib.crc32(f"amphora/proj/{screen_k}/{CINEMA['seed']}".encode()))
    proj = r.choice(PROJECTORS)
    psn = serial(r, "999999999")
    f = sheets(s, h, f"{h.name} - {job}")
    p = f.page
    title = tr(
        lg, "FIELD SERVICE REPORT", "SERVICEBERICHT / ARBEITSNACHWEIS", "RAPPORT D'INTERVENTION"
    )
    p.text(w - m, f.y - 6, title, s.bold, 12, "right")
    p.text(w - m, f.y + 8, f"No. {job}", s.font, 9, "right")
    f.y += 22
    reason_i = rng.randrange(3)
    f.y = fields(
        p,
        s,
        m,
        f.y,
        w - 2 * m,
        [
            (
                tr(lg, "Customer / site", "Kunde / Standort", "Client / site"),
                f"{cinema_row()[0]}, {cinema_row()[2]}",
            ),
            (tr(lg, "Date of visit", "Datum", "Date"), short(d, lg)),
            (tr(lg, "Screen", "Saal", "Salle"), screen_names(home())[screen_k]),
            (
                tr(lg, "Contact on site", "Ansprechpartner", "Contact sur site"),
                staff(cinema_head(), "projectionist"),
            ),
            (
                tr(lg, "Projector / serial", "Projektor / Seriennr.", "Projecteur / n° série"),
                f"{proj} / {psn}",
            ),
            (
                tr(lg, "Laser / lamp hours", "Betriebsstunden Laser", "Heures laser / lampe"),
                str(r.randint(6000, 38000) + (d - date(2024, 1, 1)).days * 9),
            ),
        ],
        per=2,
        tall=24,
        hand=rng.random() < 0.5,
    )
    f.page.text(m, f.y, tr(lg, "Reason for visit:", "Anlass:", "Motif :"), s.bold, 8)
    f.y = ticks(
        f.page,
        s,
        m + 80,
        f.y,
        w - 2 * m - 80,
        [
            tr(lg, "Preventive maintenance", "Wartung", "Maintenance préventive"),
            tr(lg, "Breakdown / call-out", "Störung", "Dépannage"),
            tr(lg, "Installation / upgrade", "Installation / Umbau", "Installation / mise à jour"),
        ],
        {reason_i},
    )
    f.y += 4
    band(f.page, s, f.y, tr(lg, "Checklist", "Prüfliste", "Points de contrôle"))
    f.y += 14
    heads = [
        tr(lg, "OK", "i.O.", "OK"),
        tr(lg, "Adj.", "justiert", "Réglé"),
        tr(lg, "Repl.", "getauscht", "Remplacé"),
        "n/a",
    ]
    for j, hd in enumerate(heads):
        f.page.text(w - m - 150 + 38 * j, f.y, hd, s.bold, 7)
    f.y += 12
    for item in CHECKS[lg][: rng.randint(7, 10)]:
        f.page.text(m + 4, f.y, item, s.font, 8)
        pick = rng.choices([0, 1, 2, 3], [6, 2, 1, 1])[0]
        for j in range(4):
            box(f.page, w - m - 146 + 38 * j, f.y, j == pick, 7)
        f.page.line(m, f.y + 3, w - m, f.y + 3)
        f.y += 13
    f.y += 8
    band(f.page, s, f.y, tr(lg, "Measurements", "Messwerte", "Mesures"))
    f.y += 16
    fl = rng.uniform(12.5, 15.5)
    meas = [
        [
            tr(lg, "Light output (centre)", "Leuchtdichte Mitte", "Luminance centre"),
            f"{fl:.1f} fL / {fl * 3.426:.0f} cd/m²",
            "14 fL ± 3",
        ],
        [
            "White x / y",
            f"{rng.uniform(0.312, 0.316):.3f} / {rng.uniform(0.349, 0.353):.3f}",
            "0.314 / 0.351",
        ],
        [
            tr(lg, "Uniformity (corners)", "Gleichmäßigkeit (Ecken)", "Uniformité (coins)"),
            f"{rng.randint(78, 92)} %",
            "> 75 %",
        ],
        ["SPL pink noise", f"{rng.uniform(84, 86):.1f} dBC", "85 dBC"],
    ]
    table(
        f,
        columns(m, w - m, [(2.5, "left"), (2.2, "left"), (1.5, "left")]),
        [
            tr(lg, "Measurement", "Messung", "Mesure"),
            tr(lg, "Reading", "Ist-Wert", "Relevé"),
            tr(lg, "Target", "Soll", "Cible"),
        ],
        meas,
        s,
        size=7.5,
    )
    f.y += 6
    band(f.page, s, f.y, tr(lg, "Work carried out", "Ausgeführte Arbeiten", "Travaux réalisés"))
    f.y += 16
    for ln in wrap(prose(rng, lg, "tech", 2, 3), HAND, 9, w - 2 * m - 10)[:5]:
        hand(f.page, m + 4, f.y, ln, 9)
        f.page.line(m, f.y + 3, w - m, f.y + 3)
        f.y += 14
    f.y += 6
    parts = []
    for _ in range(rng.choice([0, 1, 1, 2, 3])):
        parts.append(
            [
                serial(rng, "AA-999-9999"),
                rng.choice(
                    [
                        tr(lg, "Air filter set", "Filtersatz", "Jeu de filtres"),
                        tr(lg, "Fan assembly", "Lüftereinheit", "Ventilateur"),
                        tr(lg, "Coolant 1 l", "Kühlmittel 1 l", "Liquide de refroidissement 1 l"),
                        "HDD 4 TB",
                        tr(lg, "Lamp 3 kW", "Lampe 3 kW", "Lampe 3 kW"),
                    ]
                ),
                str(rng.randint(1, 4)),
            ]
        )
    if parts:
        table(
            f,
            columns(m, w - m, [(1.6, "left"), (4, "left"), (0.6, "right")]),
            [
                tr(lg, "Part no.", "Teile-Nr.", "Référence"),
                tr(lg, "Part", "Bezeichnung", "Désignation"),
                tr(lg, "Qty", "Menge", "Qté"),
            ],
            parts,
            s,
            size=7.5,
        )
    f.need(95)
    arr = rng.randint(7, 14)
    f.y = fields(
        f.page,
        s,
        m,
        f.y,
        w - 2 * m,
        [
            (
                tr(lg, "Arrival", "Ankunft", "Arrivée"),
                f"{arr:02d}:{rng.choice(['00', '15', '30', '45'])}",
            ),
            (
                tr(lg, "Departure", "Abfahrt", "Départ"),
                f"{arr + rng.randint(1, 4):02d}:{rng.choice(['00', '15', '30', '45'])}",
            ),
            (
                tr(lg, "Travel (h)", "Fahrzeit (h)", "Trajet (h)"),
                f"{rng.choice([1, 1.5, 2, 2.5, 3]):g}",
            ),
            (
                tr(lg, "Status", "Status", "État"),
                rng.choice(
                    [
                        tr(lg, "Completed", "erledigt", "Terminé"),
                        tr(lg, "Follow-up required", "Folgeauftrag", "Suite à donner"),
                    ]
                ),
            ),
        ],
        per=4,
        tall=24,
    )
    y = f.y + 30
    eng = staff(h, "engineer")
    sign_line(
        f.page,
        m,
        y,
        180,
        tr(lg, f"Engineer: {eng}", f"Techniker: {eng}", f"Technicien : {eng}"),
        s.font,
    )
    scrawl(f.page, m + 6, y - 3, eng, 12)
    sign_line(
        f.page,
        w - m - 200,
        y,
        200,
        tr(lg, "Customer signature / name", "Unterschrift Kunde", "Signature client"),
        s.font,
    )
    if rng.random() < 0.8:
        scrawl(f.page, w - m - 190, y - 3, staff(cinema_head(), "projectionist"), 12)
    f.y = y + 20
    pages = f.pages
    if rng.random() < 0.3:
        s2 = style_of(h, landscape(A4), margin=40, pt=8)
        g = sheets(
            s2,
            h,
            f"{job} - {tr(lg, 'measurement sheet', 'Messprotokoll', 'relevé de mesures')}",
            top=False,
        )
        caption(
            g,
            s2,
            tr(
                lg,
                "Light output - 9 point measurement",
                "Leuchtdichte - 9-Punkt-Messung",
                "Luminance - mesure en 9 points",
            ),
            2,
        )
        gw, _ = s2.page_size
        x0, y0 = 80.0, g.y + 10
        cw, ch = (gw - 2 * x0) / 3, 90.0
        for i in range(3):
            for j in range(3):
                g.page.rect(x0 + j * cw, y0 + i * ch, cw, ch)
                v = fl * (1 if (i, j) == (1, 1) else rng.uniform(0.78, 0.95))
                hand(g.page, x0 + j * cw + cw / 2 - 30, y0 + i * ch + ch / 2, f"{v:.1f} fL", 11)
        g.y = y0 + 3 * ch + 20
        write(g, s2, f"{proj} / {psn} - {short(d, lg)} - {eng}", 8)
        pages = pages + g.pages
    remember(d, (job, proj, eng, parts, screen_k))
    return close(pages, s, h, numbers="none" if len(pages) == 1 else h.numbers)


def tpl_service_invoice(rng: random.Random, who: Issuer) -> list[Page]:
    """The service company's invoice for a visit or the annual maintenance contract: labour,
    travel and parts by the service report number, or the contract instalment."""
    h = head_of(who, "tech", 0.1)
    lg = h.lang
    s = style_of(h, LETTER if lg == "en" and keyed(who, "let").random() < 0.15 else A4)
    w, hh = s.page_size
    m = s.margin
    ex = LAST["extra"]
    d = last_day(rng, ("service_report",), (3, 15))
    inv = serial(rng, rng.choice(["SI-999999", "R-2025-9999", "FA99999"]))
    f = sheets(s, h, f"{h.name} - {inv}")
    recipient(
        f,
        s,
        h,
        cinema_lines(),
        d,
        [
            (tr(lg, "Invoice", "Rechnung", "Facture"), inv),
            (tr(lg, "Account", "Kunden-Nr.", "Client"), serial(keyed(who, "acct"), "C99999")),
        ],
    )
    caption(f, s, tr(lg, "INVOICE", "RECHNUNG", "FACTURE"), 4)
    rate = {"en": 78.0, "de": 92.0, "fr": 85.0}[lg]
    rows: list[list[str]] = []
    net = 0.0
    if after(("service_report",)) and isinstance(ex, tuple):
        job, proj, eng, parts, _ = ex
        write(
            f,
            s,
            f"{tr(lg, 'Service report', 'Servicebericht', 'Rapport')} {job} - {proj} - {eng}",
            s.size - 0.5,
        )
        hrs = rng.choice([1.5, 2.0, 2.5, 3.0, 4.0])
        items = [
            (tr(lg, "Labour", "Arbeitszeit Techniker", "Main d'oeuvre"), hrs, rate),
            (
                tr(lg, "Travel time", "Fahrzeit", "Déplacement"),
                rng.choice([1.0, 1.5, 2.0]),
                rate * 0.8,
            ),
        ]
        for pn, desc, q in parts:  # type: ignore[misc]
            items.append((f"{pn} {desc}", float(q), rng.choice([24.0, 68.0, 145.0, 310.0])))
    elif rng.random() < 0.5:
        items = [
            (
                tr(
                    lg,
                    f"Maintenance contract - {rng.choice(['Q1', 'Q2', 'Q3', 'Q4'])} instalment (2 "
                    "screens)",
                    "Wartungsvertrag Projektion 2 Säle - Quartalsrate",
                    "Contrat de maintenance 2 salles - échéance trimestrielle",
                ),
                1.0,
                rng.choice([620.0, 780.0, 945.0]),
            ),
            (tr(lg, "Remote monitoring (NOC)", "Fernüberwachung", "Télésurveillance"), 3.0, 35.0),
        ]
    else:
        items = [
            (
                tr(
                    lg,
                    "Emergency call-out (weekend)",
                    "Notdiensteinsatz Wochenende",
                    "Intervention urgente week-end",
                ),
                1.0,
                195.0,
            ),
            (
                tr(lg, "Labour", "Arbeitszeit", "Main d'oeuvre"),
                rng.choice([1.0, 2.0, 3.0]),
                rate * 1.5,
            ),
        ]
    for desc, q, pr in items:
        v = round(q * pr, 2)
        net += v
        rows.append([desc, f"{q:g}", money(pr, lg), money(v, lg)])
    table(
        f,
        columns(m, w - m, [(5, "left"), (0.8, "right"), (1.2, "right"), (1.3, "right")]),
        [
            tr(lg, "Description", "Bezeichnung", "Désignation"),
            tr(lg, "Qty", "Menge", "Qté"),
            tr(lg, "Unit", "Einzelpreis", "P.U."),
            tr(lg, "Amount", "Gesamt", "Montant"),
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
            "Terms: 30 days net.",
            "Zahlbar innerhalb 14 Tagen ohne Abzug.",
            "Paiement à 30 jours. Pénalités de retard : 3 fois le taux d'intérêt légal.",
        ),
        s.size - 1,
    )
    write(f, s, bank_line(keyed(who, "bank"), h.name, lg), s.size - 1.5)
    received(rng, f.pages[0], d, 0.4)
    if rng.random() < 0.3:
        hand(f.pages[0], m + 10, hh - m - 50, tr(home(), "pd BACS", "bez.", "réglé"), 11)
    remember(d)
    return close(f.pages, s, h, numbers="none")


def tpl_ticketing_invoice(rng: random.Random, who: Issuer) -> list[Page]:
    """The box-office system supplier's monthly invoice: the licence fee for the tills and
    kiosks, booking fees per online ticket, card processing and SMS; a usage annex with the
    online bookings day by day behind it (landscape now and then)."""
    h = head_of(who, "ticketing", 0.2)
    lg = h.lang
    s = style_of(h)
    w, _hh = s.page_size
    m = s.margin
    per = add_months(month(), -1)
    d = month() + timedelta(days=rng.randint(0, 6))
    inv = serial(rng, rng.choice(["ST-99999999", "RE-99999", "F2025-99999"]))
    f = sheets(s, h, f"{h.name} - {inv}")
    recipient(
        f,
        s,
        h,
        cinema_lines(),
        d,
        [
            (tr(lg, "Invoice", "Rechnung", "Facture"), inv),
            (tr(lg, "Site ID", "Standort-ID", "ID site"), serial(keyed(who, "site"), "9999")),
            (tr(lg, "Period", "Zeitraum", "Période"), f"{per:%m/%Y}"),
        ],
    )
    caption(f, s, tr(lg, "Monthly invoice", "Monatsrechnung", "Facture mensuelle"), 3)
    online = rng.randint(900, 4200)
    fee = {"en": 0.35, "de": 0.39, "fr": 0.30}[lg]
    items = [
        (
            tr(
                lg,
                "Box office licence - 2 tills, 1 kiosk",
                "Lizenz Kasse - 2 Plätze, 1 Kiosk",
                "Licence caisse - 2 postes, 1 borne",
            ),
            1,
            rng.choice([149.0, 189.0, 210.0]),
        ),
        (
            tr(
                lg,
                "Online booking fee per ticket",
                "Online-Buchungsgebühr je Ticket",
                "Frais de réservation en ligne par billet",
            ),
            online,
            fee,
        ),
        (
            tr(
                lg,
                "Card processing (pass-through)",
                "Kartenzahlung (durchlaufend)",
                "Frais monétiques",
            ),
            1,
            round(online * rng.uniform(0.14, 0.2), 2),
        ),
        (
            tr(lg, "SMS / e-mail tickets", "SMS / E-Mail-Tickets", "Billets SMS / e-mail"),
            rng.randint(40, 300),
            0.06,
        ),
    ]
    if rng.random() < 0.3:
        items.append((tr(lg, "Loyalty module", "Kundenkarten-Modul", "Module fidélité"), 1, 35.0))
    rows = []
    net = 0.0
    for desc, q, pr in items:
        v = round(q * pr, 2)
        net += v
        rows.append([desc, str(q), money(pr, lg), money(v, lg)])
    table(
        f,
        columns(m, w - m, [(5, "left"), (0.9, "right"), (1, "right"), (1.3, "right")]),
        [
            tr(lg, "Item", "Position", "Article"),
            tr(lg, "Qty", "Menge", "Qté"),
            tr(lg, "Price", "Preis", "Prix"),
            tr(lg, "Total", "Betrag", "Total"),
        ],
        rows,
        s,
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
            "Reverse charge: customer to account for VAT.",
            "Steuerschuldnerschaft des Leistungsempfängers.",
            "Autoliquidation par le preneur.",
        )
        if cross
        else "",
    )
    write(
        f,
        s,
        tr(
            lg,
            "This amount will be collected by Direct Debit on or after the 15th.",
            "Der Betrag wird per SEPA-Lastschrift zum 15. eingezogen.",
            "Ce montant sera prélevé le 15 du mois (mandat SEPA).",
        ),
        s.size - 1,
    )
    pages = f.pages
    if rng.random() < 0.6:
        land = rng.random() < 0.5
        s2 = style_of(h, landscape(A4) if land else A4, margin=44, pt=8)
        g = sheets(
            s2, h, f"{inv} - {tr(lg, 'Usage annex', 'Anlage Nutzung', 'Annexe détail')}", top=False
        )
        caption(
            g,
            s2,
            tr(
                lg,
                "Annex: online bookings by day",
                "Anlage: Online-Buchungen je Tag",
                "Annexe : réservations en ligne par jour",
            ),
            2,
        )
        days_in = (add_months(per, 1) - per).days
        dist = [
            rng.random() * (2.2 if (per + timedelta(days=i)).weekday() >= 4 else 1)
            for i in range(days_in)
        ]
        tot = sum(dist)
        urows = []
        for i in range(days_in):
            t = round(online * dist[i] / tot)
            urows.append(
                [
                    short(per + timedelta(days=i), lg),
                    str(t),
                    str(round(t * 0.7)),
                    str(round(t * 0.3)),
                    money(t * fee, lg),
                ]
            )
        gw, _ = s2.page_size
        table(
            g,
            columns(
                44, gw - 44, [(1.4, "left"), (1, "right"), (1, "right"), (1, "right"), (1, "right")]
            ),
            [
                tr(lg, "Date", "Datum", "Date"),
                tr(lg, "Tickets", "Tickets", "Billets"),
                "Web",
                "App",
                tr(lg, "Fees", "Gebühren", "Frais"),
            ],
            urows,
            s2,
            size=7.5,
            step=1.4,
        )
        pages = pages + g.pages
    received(rng, pages[0], d, 0.3)
    remember(d)
    return close(
        pages,
        s,
        h,
        numbers=tr(lg, "Page {i} of {n}", "Seite {i} von {n}", "Page {i}/{n}")
        if len(pages) > 1
        else "none",
    )


def tpl_music_licence(rng: random.Random, who: Issuer) -> list[Page]:
    """The performing rights society's licence invoice for the cinema and café-bar (PPL PRS
    TheMusicLicence, GEMA, SACEM): the licence period, the tariffs (film screenings on box
    office receipts, background music in the bar by floor area, private events), the
    amount; now and then the declaration of receipts to return and the licence conditions."""
    h = head_of(who, "rights")
    lg = h.lang
    s = style_of(h)
    w, _hh = s.page_size
    m = s.margin
    d = some_day(rng)
    acct = serial(
        keyed(who, "acct"), {"en": "LE-9999999", "de": "99999999", "fr": "9999999-99"}[lg]
    )
    inv = serial(rng, {"en": "IN99999999", "de": "9999999999", "fr": "FA99999999"}[lg])
    f = sheets(s, h, f"{h.name} - {acct}")
    recipient(
        f,
        s,
        h,
        cinema_lines(),
        d,
        [
            (tr(lg, "Licence no.", "Mitgliedsnr. / Kundennr.", "N° de contrat"), acct),
            (tr(lg, "Invoice", "Rechnungsnr.", "Facture"), inv),
        ],
    )
    start = add_months(month(), rng.randint(0, 2))
    end = date(start.year + 1, start.month, 1) - timedelta(days=1)
    caption(
        f,
        s,
        tr(
            lg,
            "Your music licence - invoice",
            "Rechnung / Lizenz",
            "Facture - autorisation de diffusion",
        ),
        3,
    )
    write(f, s, dear(lg, None))
    write(
        f,
        s,
        tr(
            lg,
            "Thank you for choosing TheMusicLicence. This invoice covers the period "
            f"{short(start, lg)} "
            f"to {short(end, lg)} for the premises shown below.",
            f"für die Nutzung von Musik in Ihrem Betrieb berechnen wir Ihnen für den Zeitraum "
            f"{short(start, lg)} bis {short(end, lg)} folgende Vergütung:",
            "Nous vous adressons la facture de droits d'auteur pour la période du "
            f"{short(start, lg)} "
            f"au {short(end, lg)}, établie selon les éléments déclarés.",
        ),
    )
    bo = rng.randint(180, 620) * 1000.0
    area = rng.choice([60, 85, 110, 140])
    items = {
        "en": [
            (
                "Cinema - screenings (tariff on declared box office)",
                f"{money(bo, lg)} x 0.5%",
                bo * 0.005,
            ),
            (f"Background music - café-bar ({area} m²)", "PRS / PPL", area * 4.2),
            (
                "Private events and hires",
                rng.choice(["up to 12", "up to 25"]),
                rng.choice([96.0, 168.0]),
            ),
        ],
        "de": [
            (
                "Tarif WR-KI Filmvorführungen (Vorjahreskasse)",
                f"{money(bo, lg)} x 1,25 %",
                bo * 0.0125,
            ),
            (f"Tarif WR Hintergrundmusik Café-Bar ({area} m²)", "12 Monate", area * 3.1),
            (
                "Tarif U-V Veranstaltungen (Sondervorführungen)",
                rng.choice(["pauschal", "bis 10"]),
                rng.choice([140.0, 220.0]),
            ),
        ],
        "fr": [
            ("Droits cinéma - 1,515 % des recettes", money(bo, lg), bo * 0.01515),
            (f"Musique d'ambiance bar ({area} m²)", "forfait annuel", area * 3.6),
            (
                "Séances privatisées",
                rng.choice(["forfait", "jusqu'à 12"]),
                rng.choice([120.0, 180.0]),
            ),
        ],
    }[lg]
    rows = [[a, b, money(v, lg)] for a, b, v in items]
    table(
        f,
        columns(m, w - m, [(4.5, "left"), (2, "left"), (1.2, "right")]),
        [
            tr(lg, "Tariff", "Tarif", "Barème"),
            tr(lg, "Basis", "Berechnungsgrundlage", "Assiette"),
            tr(lg, "Amount", "Betrag", "Montant"),
        ],
        rows,
        s,
        rules=True,
    )
    net = round(sum(v for _, _, v in items), 2)
    totals(f, s, lg, net, {"en": 20.0, "de": 7.0, "fr": 10.0}[lg])
    write(f, s, prose(rng, lg, "money", 1, 2), s.size - 1)
    regards(f, s, lg, tr(lg, "Customer Services", "Ihre GEMA", "Le délégué régional"), "")
    pages = f.pages
    if rng.random() < 0.5:
        g = sheets(s, h, f"{acct} - {tr(lg, 'Declaration', 'Meldebogen', 'Déclaration')}")
        caption(
            g,
            s,
            tr(
                lg,
                "DECLARATION OF BOX OFFICE RECEIPTS",
                "MELDEBOGEN KINOEINNAHMEN",
                "DÉCLARATION DES RECETTES",
            ),
            2,
        )
        write(
            g,
            s,
            tr(
                lg,
                "Please complete and return within 28 days.",
                "Bitte ausgefüllt innerhalb von 4 Wochen zurücksenden.",
                "À compléter et retourner sous 30 jours.",
            ),
            s.size - 1,
        )
        filled = rng.random() < 0.6
        g.y = fields(
            g.page,
            s,
            m,
            g.y,
            w - 2 * m,
            [
                (tr(lg, "Premises", "Betriebsstätte", "Établissement"), cinema_row()[0]),
                (tr(lg, "Licence no.", "Kundennr.", "N° contrat"), acct),
                (
                    tr(lg, "Number of screens", "Anzahl Säle", "Nombre de salles"),
                    "2" if filled else "",
                ),
                (
                    tr(lg, "Seats", "Sitzplätze", "Fauteuils"),
                    str(seats(0) + seats(1)) if filled else "",
                ),
                (
                    tr(lg, "Gross receipts last year", "Bruttoeinnahmen Vorjahr", "Recettes N-1"),
                    money(bo * rng.uniform(0.9, 1.1), lg) if filled else "",
                ),
                (
                    tr(lg, "Bar area (m²)", "Fläche Café-Bar (m²)", "Surface bar (m²)"),
                    str(area) if filled else "",
                ),
            ],
            per=2,
            tall=30,
        )
        g.page.text(
            m,
            g.y,
            tr(lg, "Live music performed?", "Livemusik?", "Musique vivante ?"),
            s.font,
            s.size - 1,
        )
        ticks(g.page, s, m + 140, g.y, 200, yes_no(lg), {1} if filled else set())
        g.y += 50
        sign_line(g.page, m, g.y, 200, tr(lg, "Signature", "Unterschrift", "Signature"), s.font)
        sign_line(g.page, m + 260, g.y, 120, tr(lg, "Date", "Datum", "Date"), s.font)
        if filled:
            scrawl(g.page, m + 8, g.y - 3, manager())
            hand(g.page, m + 266, g.y - 4, short(d + timedelta(days=9), home()), 9)
        pages = pages + g.pages
    if rng.random() < 0.35:
        pages.append(
            small_print(
                rng,
                s,
                h,
                tr(lg, "LICENCE TERMS AND CONDITIONS", "TARIFBEDINGUNGEN", "CONDITIONS GÉNÉRALES"),
                [
                    tr(lg, "Grant", "Einräumung", "Autorisation"),
                    tr(lg, "Premises", "Betriebsstätte", "Lieux"),
                    tr(lg, "Fees", "Vergütung", "Redevances"),
                    tr(lg, "Returns", "Meldungen", "Déclarations"),
                    tr(lg, "Term", "Laufzeit", "Durée"),
                    tr(lg, "Termination", "Kündigung", "Résiliation"),
                    tr(lg, "Data", "Datenschutz", "Données"),
                ],
                "money",
            )
        )
    received(rng, pages[0], d, 0.35)
    remember(d)
    return close(pages, s, h, numbers="none" if len(pages) == 1 else h.numbers)


# ---------------------------------------------------------------------------------------------
# Templates EEE: the café-bar's suppliers
# ---------------------------------------------------------------------------------------------

GOODS = {
    "en": [
        ("Popcorn kernels, mushroom, 22.68 kg sack", "sack", 38.90, 0),
        ("Coconut popping oil, 15 kg", "tub", 41.50, 0),
        ("Flavacol seasoning salt, 12 x 1 kg", "case", 29.80, 0),
        ("Popcorn tubs, medium, 500", "box", 46.20, 20),
        ("Coca-Cola BIB syrup 10 l", "box", 72.40, 20),
        ("Diet Coke BIB syrup 10 l", "box", 72.40, 20),
        ("Tortilla chips, cinema nachos 6 x 1 kg", "case", 24.60, 0),
        ("Cheese sauce pouch 6 x 2.5 kg", "case", 31.20, 0),
        ("Bottled lager 24 x 330 ml", "case", 26.90, 20),
        ("Pale ale keg 30 l", "keg", 112.00, 20),
        ("House red wine 6 x 75 cl", "case", 39.00, 20),
        ("Sharing bags, chocolate buttons 12", "case", 18.40, 20),
        ("Ice cream tubs 100 ml, 24", "case", 21.60, 0),
        ("Still water 24 x 500 ml", "case", 7.20, 20),
        ("Coffee beans 6 x 1 kg", "case", 63.00, 0),
    ],
    "de": [
        ("Popcornmais Mushroom 22,68 kg", "Sack", 36.50, 7),
        ("Kokosfett zum Poppen 15 kg", "Eimer", 39.90, 7),
        ("Popcorn-Salz 12 x 1 kg", "Karton", 27.40, 7),
        ("Popcorntüten mittel, 500 St.", "Karton", 42.80, 19),
        ("Cola Postmix BIB 10 l", "Karton", 68.20, 19),
        ("Nachos Tortilla-Chips 6 x 1 kg", "Karton", 23.10, 7),
        ("Käsesauce 6 x 2,5 kg", "Karton", 29.70, 7),
        ("Pils 20 x 0,5 l (Mehrweg)", "Kasten", 17.90, 19),
        ("Pfand Kasten 20 x 0,5 l", "Kasten", 3.10, 0),
        ("Fassbier Pils 30 l KEG", "Fass", 109.00, 19),
        ("Pfand KEG 30 l", "Fass", 30.00, 0),
        ("Apfelschorle 12 x 0,33 l", "Kasten", 9.40, 19),
        ("Eis Becher 120 ml, 24 St.", "Karton", 22.30, 7),
        ("Weißwein Grauburgunder 6 x 0,75 l", "Karton", 41.70, 19),
        ("Kaffeebohnen Crema 6 x 1 kg", "Karton", 58.80, 7),
    ],
    "fr": [
        ("Maïs à popcorn 22,68 kg", "sac", 37.20, 5.5),
        ("Huile de coco 15 kg", "seau", 40.10, 5.5),
        ("Sel aromatisé popcorn 12 x 1 kg", "carton", 28.60, 5.5),
        ("Pots à popcorn moyens x 500", "carton", 44.50, 20),
        ("Sirop cola BIB 10 l", "carton", 70.30, 5.5),
        ("Nachos 6 x 1 kg", "carton", 23.80, 5.5),
        ("Sauce fromage 6 x 2,5 kg", "carton", 30.40, 5.5),
        ("Bière blonde 24 x 33 cl", "carton", 27.90, 20),
        ("Fût bière pression 30 l", "fût", 118.00, 20),
        ("Consigne fût 30 l", "fût", 30.00, 0),
        ("Vin rouge AOC Touraine 6 x 75 cl", "carton", 42.00, 20),
        ("Confiserie assortie x 48", "carton", 36.90, 5.5),
        ("Glaces pot 120 ml x 24", "carton", 22.90, 5.5),
        ("Eau minérale 24 x 50 cl", "pack", 6.90, 5.5),
        ("Café en grains 6 x 1 kg", "carton", 61.20, 5.5),
    ],
}


def an_order(rng: random.Random, lg: str) -> list[tuple[str, str, float, float, int, str]]:
    """Lines of a wholesale order: description, unit, price, VAT rate, quantity, code."""
    picks = rng.sample(GOODS[lg], rng.randint(4, 12))
    return [(a, u, p, v, rng.randint(1, 8), serial(rng, "999999")) for a, u, p, v in picks]


def tpl_delivery_note(rng: random.Random, who: Issuer) -> list[Page]:
    """A wholesaler's delivery note for the café-bar: the lines delivered, empties and kegs
    returned, the driver's and the receiver's signatures, hand corrections of short deliveries;
    an A5 sheet or the driver's handheld printout slip."""
    h = head_of(who, "wholesaler")
    lg = h.lang
    slip = keyed(who, "slip").random() < 0.4
    size = SLIP if slip else A5
    s = style_of(h, size, margin=16 if slip else 32, pt=7.5 if slip else 8.5)
    w, hh = size
    m = s.margin
    ex = LAST["extra"]
    if after(("delivery_note",)) and isinstance(ex, tuple) and ex[0] == h.name:
        d = ex[1] + timedelta(days=rng.choice([3, 4, 7]))
    else:
        d = some_day(rng)
    lines = an_order(rng, lg)
    no = serial(rng, rng.choice(["LS99999999", "DN-999999", "BL 999999"]))
    f = sheets(s, h)
    if slip:
        for t in (
            tr(lg, "DELIVERY NOTE", "LIEFERSCHEIN", "BON DE LIVRAISON"),
            no,
            f"{short(d, lg)}  {tr(lg, 'Route', 'Tour', 'Tournée')} {rng.randint(1, 14)}",
        ):
            f.page.text(w / 2, f.y, t, s.bold, 8, "center")
            f.y += 10
        for t in cinema_lines():
            f.page.text(m, f.y, fit(t, s.font, 7, w - 2 * m), s.font, 7)
            f.y += 8.5
        f.y += 6
        for desc, unit, _, _, q, code in lines:
            f.need(22)
            f.page.text(m, f.y, fit(f"{code} {desc}", s.font, 7, w - 2 * m), s.font, 7)
            f.y += 8.5
            f.page.text(w - m, f.y, f"{q} {unit}", s.bold, 7, "right")
            f.y += 10
        f.page.line(m, f.y - 4, w - m, f.y - 4)
    else:
        recipient(
            f,
            s,
            h,
            cinema_lines(tr(lg, "Café-bar", "Café-Bar / Theke", "Bar")),
            d,
            [
                (tr(lg, "Delivery note", "Lieferschein", "BL n°"), no),
                (tr(lg, "Customer", "Kunde", "Client"), serial(keyed(who, "cust"), "99999")),
            ],
        )
        caption(f, s, tr(lg, "DELIVERY NOTE", "LIEFERSCHEIN", "BON DE LIVRAISON"), 2)
        rows = [[code, desc, unit, str(q), ""] for desc, unit, _, _, q, code in lines]
        table(
            f,
            columns(
                m, w - m, [(1, "left"), (4, "left"), (0.9, "left"), (0.6, "right"), (0.9, "right")]
            ),
            [
                tr(lg, "Code", "Art.-Nr.", "Réf."),
                tr(lg, "Description", "Artikel", "Désignation"),
                tr(lg, "Unit", "Einheit", "Unité"),
                tr(lg, "Qty", "Menge", "Qté"),
                tr(lg, "Rec'd", "erhalten", "Reçu"),
            ],
            rows,
            s,
            size=7.5,
            rules=True,
        )
        if rng.random() < 0.4:
            hand(
                f.page,
                w - m - 30,
                f.y - 7.5 * 1.6 * rng.randint(1, len(rows)) - 4,
                str(rng.randint(0, 2)),
                9,
            )
    if lg != "en" or rng.random() < 0.5:
        f.y += 6
        f.need(40)
        f.page.text(
            m, f.y, tr(lg, "Empties returned:", "Leergut zurück:", "Vides repris :"), s.bold, 7.5
        )
        f.y += 11
        for t in rng.sample(
            [
                tr(lg, "Kegs 30 l", "KEG 30 l", "Fûts 30 l"),
                tr(lg, "Crates", "Kästen", "Caisses"),
                tr(lg, "CO2 cylinders", "CO2-Flaschen", "Bouteilles CO2"),
                tr(lg, "BIB boxes", "BIB-Kartons", "Cartons BIB"),
            ],
            2,
        ):
            f.page.text(m + 6, f.y, t, s.font, 7.5)
            hand(f.page, m + 100, f.y, str(rng.randint(0, 6)), 9)
            f.y += 11
    f.y += 14
    f.need(40)
    half = (w - 2 * m) / 2
    sign_line(f.page, m, f.y + 10, half - 10, tr(lg, "Driver", "Fahrer", "Chauffeur"), s.font)
    scrawl(f.page, m + 4, f.y + 7, person(rng, lg), 10)
    sign_line(
        f.page,
        m + half,
        f.y + 10,
        half,
        tr(
            lg,
            "Received by (print + sign)",
            "Ware erhalten (Name, Unterschrift)",
            "Reçu par (nom, signature)",
        ),
        s.font,
    )
    hand(f.page, m + half + 2, f.y + 6, staff(cinema_head(), "bar").split()[0], 8)
    f.y += 30
    if rng.random() < 0.3:
        hand(
            f.page,
            m,
            min(f.y + 14, hh - m - 10),
            tr(home(), "1 case short", "1 Karton fehlt", "1 carton manquant"),
            9,
        )
    remember(d, (h.name, d, lines, no))
    return close(f.pages, s, h, numbers="none")


def tpl_wholesale_invoice(rng: random.Random, who: Issuer) -> list[Page]:
    """A food and drink wholesaler's invoice to the café-bar: the lines by delivery note with
    the VAT code per line (and deposits in Germany), the VAT analysis by rate and the due
    date; now and then the terms of sale on the back."""
    h = head_of(who, "wholesaler")
    lg = h.lang
    s = style_of(h)
    w, _hh = s.page_size
    m = s.margin
    ex = LAST["extra"]
    if after(("delivery_note",)) and isinstance(ex, tuple) and ex[0] == h.name:
        d, lines, notes = ex[1], ex[2], [ex[3]]
    elif after(("wholesale_invoice",)) and isinstance(ex, tuple) and ex[0] == h.name:
        d = ex[1] + timedelta(days=rng.choice([7, 7, 14]))
        lines = an_order(rng, lg)
        notes = [serial(rng, "LS99999999")]
    else:
        d = some_day(rng)
        lines = an_order(rng, lg)
        notes = [serial(rng, "LS99999999") for _ in range(rng.choice([1, 1, 2]))]
    inv = serial(rng, rng.choice(["INV 9999999", "RG-99999999", "FC999999"]))
    f = sheets(s, h, f"{h.name} - {tr(lg, 'Invoice', 'Rechnung', 'Facture')} {inv}")
    recipient(
        f,
        s,
        h,
        cinema_lines(),
        d,
        [
            (tr(lg, "Invoice", "Rechnung", "Facture"), inv),
            (tr(lg, "Delivery note", "Lieferschein", "BL"), ", ".join(notes)),
            (tr(lg, "Customer", "Kunde", "Client"), serial(keyed(who, "cust"), "99999")),
        ],
    )
    caption(f, s, tr(lg, "TAX INVOICE", "RECHNUNG", "FACTURE"), 3)
    rows = []
    by_rate: dict[float, float] = {}
    for desc, unit, pr, v, q, code in lines:
        val = round(pr * q, 2)
        by_rate[v] = by_rate.get(v, 0.0) + val
        rows.append([code, desc, f"{q} {unit}", money(pr, lg), money(val, lg), f"{v:g}"])
    table(
        f,
        columns(
            m,
            w - m,
            [
                (1, "left"),
                (4.2, "left"),
                (1.1, "right"),
                (1, "right"),
                (1.1, "right"),
                (0.6, "right"),
            ],
        ),
        [
            tr(lg, "Code", "Art.-Nr.", "Réf."),
            tr(lg, "Description", "Bezeichnung", "Désignation"),
            tr(lg, "Qty", "Menge", "Qté"),
            tr(lg, "Price", "Preis", "P.U. HT"),
            tr(lg, "Net", "Netto", "Total HT"),
            "%",
        ],
        rows,
        s,
        size=s.size - 1.5,
        rules=rng.random() < 0.4,
    )
    f.need(20 + 14 * len(by_rate) + 30)
    f.y += 4
    tax = 0.0
    for v, base in sorted(by_rate.items()):
        t = round(base * v / 100, 2)
        tax += t
        f.page.text(
            w * 0.45,
            f.y,
            f"{tr(lg, 'VAT', 'USt.', 'TVA')} {v:g}% {tr(lg, 'on', 'auf', 'sur')} {money(base, lg)}",
            s.font,
            s.size - 1,
        )
        f.page.text(w - m, f.y, money(t, lg), s.font, s.size - 1, "right")
        f.y += 13
    net = sum(by_rate.values())
    f.page.line(w * 0.45, f.y - 6, w - m, f.y - 6)
    f.page.text(
        w * 0.45, f.y + 4, tr(lg, "Invoice total", "Gesamtbetrag", "Net à payer"), s.bold, s.size
    )
    f.page.text(w - m, f.y + 4, cash(net + tax, lg), s.bold, s.size, "right")
    f.y += 26
    write(
        f,
        s,
        tr(
            lg,
            f"Due {short(d + timedelta(days=30), lg)}. Direct debit.",
            f"Fällig am {short(d + timedelta(days=14), lg)} ohne Abzug. Lastschrifteinzug.",
            f"Échéance le {short(d + timedelta(days=30), lg)}. Prélèvement.",
        ),
        s.size - 1,
    )
    pages = f.pages
    if rng.random() < 0.25:
        pages.append(
            small_print(
                rng,
                s,
                h,
                tr(
                    lg,
                    "CONDITIONS OF SALE",
                    "ALLGEMEINE VERKAUFS- UND LIEFERBEDINGUNGEN",
                    "CONDITIONS GÉNÉRALES DE VENTE",
                ),
                [
                    tr(lg, "Orders", "Bestellungen", "Commandes"),
                    tr(lg, "Delivery", "Lieferung", "Livraison"),
                    tr(lg, "Returnable containers", "Leergut und Pfand", "Emballages consignés"),
                    tr(lg, "Prices", "Preise", "Prix"),
                    tr(lg, "Payment", "Zahlung", "Paiement"),
                    tr(lg, "Retention of title", "Eigentumsvorbehalt", "Réserve de propriété"),
                    tr(lg, "Claims", "Reklamationen", "Réclamations"),
                ],
                "money",
            )
        )
    received(rng, pages[0], d, 0.35)
    remember(d, (h.name, d, lines, notes[0]))
    return close(pages, s, h, numbers="none" if len(pages) == 1 else h.numbers)


# ---------------------------------------------------------------------------------------------
# Templates EEE: authorities, licences and certificates
# ---------------------------------------------------------------------------------------------


def tpl_classification(rng: random.Random, who: Issuer) -> list[Page]:
    """A film classification paper: in England the council's decision on the cinema's request
    to classify an unclassified film for a festival screening (a letter and the decision notice
    behind it); in Germany a copy of the FSK release certificate; in France a copy of the
    ministry's decision granting the exploitation visa with its articles."""
    lg = home()
    k = a_film(rng)
    d = some_day(rng)
    if lg == "en":
        h = council_head()
        s = style_of(h)
        w, hh = s.page_size
        m = s.margin
        ref = serial(rng, "LIC/FC/99/999")
        f = sheets(s, h, f"{h.name} - {ref}")
        recipient(
            f,
            s,
            h,
            [mx(manager(), lg), *cinema_lines()],
            d,
            [("Our ref", ref), ("Officer", staff(h, "lic"))],
        )
        festival = rng.choice(
            [
                "Frome Film Festival",
                "Lancaster Shorts Weekend",
                "Calder Valley Film Fortnight",
                "Northern Documentary Days",
            ]
        )
        caption(f, s, f"Licensing Act 2003 - Classification of film: {festival}", 1, rule=True)
        write(f, s, dear(lg, mx(manager(), lg)))
        write(
            f,
            s,
            f"Thank you for your request of {short(d - timedelta(days=rng.randint(10, 25)), lg)} "
            "asking the "
            "licensing authority to classify the film(s) below, which have not been classified by "
            "the British Board of Film Classification, for exhibition at your premises.",
        )
        write(
            f,
            s,
            "Having viewed the material, the Licensing Sub-Committee has made the following "
            "decision.",
        )
        titles = [
            f"{FILMS[t][0]} ({rng.choice(['Estonia', 'Chile', 'Iran', 'Norway', 'Senegal'])}, "
            f"{rng.randint(12, 95)} min)"
            for t in rng.sample(range(len(FILMS)), rng.randint(1, 4))
        ]
        rows = [
            [
                t,
                rng.choice(["U", "PG", "12A", "15", "18"]),
                rng.choice(["", "", "Strong language", "Brief nudity", "Violence"]),
            ]
            for t in titles
        ]
        table(
            f,
            columns(s.margin, w - s.margin, [(4, "left"), (1, "center"), (2.2, "left")]),
            ["Film", "Category", "Consumer advice"],
            rows,
            s,
            rules=True,
        )
        write(
            f,
            s,
            "The classification applies only to screenings at the premises named above during "
            "the festival dates. The category must be displayed at the box office and in all "
            "advertising.",
        )
        regards(f, s, lg, staff(h, "lic"), "Licensing Officer")
        pages = f.pages
        if rng.random() < 0.6:
            g = sheets(s, h, f"{ref} - decision notice", top=False)
            g.page.text(w / 2, g.y + 10, "NOTICE OF DETERMINATION", s.bold, 13, "center")
            g.page.text(
                w / 2,
                g.y + 26,
                "Film classification under section 20 and schedule 1",
                s.font,
                9,
                "center",
            )
            g.y += 56
            g.y = fields(
                g.page,
                s,
                m,
                g.y,
                w - 2 * m,
                [
                    ("Premises", cinema_row()[0]),
                    ("Premises licence no.", serial(keyed(who, "pl"), "PL/9999/99")),
                    ("Applicant", manager()),
                    ("Date of hearing", short(d - timedelta(days=3), lg)),
                    ("Decision", "Granted subject to conditions"),
                    ("Valid", festival),
                ],
                per=2,
                tall=26,
                hand=False,
            )
            for n in range(rng.randint(3, 5)):
                write(g, s, f"{n + 1}. {words(rng, lg, 'legal')}", s.size - 1, 12)
            g.y += 30
            seal(g.page, m + 60, g.y + 20, 34, council().upper()[:28], "LICENSING")
            pages = pages + g.pages
        remember(d)
        return close(pages, s, h, numbers="none" if len(pages) == 1 else h.numbers)
    h = make_head(SENDERS["classification"][lg][0], lg, "classification")
    s = style_of(h)
    w, hh = s.page_size
    m = s.margin
    f = sheets(s, h)
    p = f.page
    if lg == "de":
        pr = serial(rng, "999 999-K")
        caption(f, s, "Freigabebescheinigung", 6)
        write(f, s, "gemäß § 14 Jugendschutzgesetz (JuSchG)")
        f.y = fields(
            p,
            s,
            m,
            f.y + 6,
            w - 2 * m,
            [
                ("Prüfnummer", pr),
                ("Prüfdatum", short(d - timedelta(days=rng.randint(20, 60)), lg)),
                ("Titel", film_title(k, lg)),
                ("Originaltitel", FILMS[k][0]),
                ("Antragsteller", rng.choice(SENDERS["distributor"]["de"])[0]),
                ("Länge / Laufzeit", f"{FILMS[k][3]} Min."),
                ("Fassung", "Kinofassung, DCP"),
                ("Werbematerial", "Trailer 2:14 Min."),
            ],
            per=2,
            tall=28,
            hand=False,
        )
        p.rect(m, f.y, w - 2 * m, 60, fill=0.9)
        p.text(w / 2, f.y + 24, "Freigegeben", s.font, 11, "center")
        p.text(
            w / 2,
            f.y + 46,
            f"ab {FILMS[k][5]} Jahren" if FILMS[k][5] != "0" else "ohne Altersbeschränkung",
            s.bold,
            18,
            "center",
        )
        f.y += 84
        write(
            f,
            s,
            "Die Kennzeichnung ist bei der öffentlichen Vorführung und in der Werbung deutlich "
            "sichtbar zu machen. " + prose(rng, lg, "legal", 1, 2),
            s.size - 1,
        )
        f.y += 30
        seal(p, m + 70, f.y + 30, 38, "FSK WIESBADEN", "FREIGABE")
        p.text(w - m - 200, f.y + 20, "Ständige Vertreterin der", s.font, 8)
        p.text(w - m - 200, f.y + 30, "Obersten Landesjugendbehörden", s.font, 8)
        scrawl(p, w - m - 200, f.y + 58, staff(h, "fsk"), 13)
    else:
        caption(f, s, "DÉCISION", 5)
        write(f, s, f"portant délivrance du visa d'exploitation n° {serial(rng, '999 999')}")
        write(f, s, "La ministre de la Culture,")
        for t in [
            "Vu le code du cinéma et de l'image animée, notamment ses articles L. 211-1 et L. "
            "211-2 ;",
            "Vu le décret n° 90-174 du 23 février 1990 modifié ;",
            "Vu l'avis de la commission de classification des oeuvres cinématographiques du "
            f"{short(d - timedelta(days=30), lg)} ;",
        ]:
            write(f, s, t, s.size - 0.5, 12)
        caption(f, s, "Décide :", 1)
        cert = FILMS[k][6]
        arts = [
            "Article 1er - Le visa d'exploitation est accordé à l'oeuvre cinématographique « "
            f"{film_title(k, lg)} » ({FILMS[k][3]} min), produite par "
            f"{rng.choice(SENDERS['distributor']['fr'])[0]}.",
            "Article 2 - "
            + (
                "Ce visa est assorti d'une interdiction de la représentation aux mineurs de "
                + cert.strip("-").replace(" ans", "")
                + " ans."
                if cert.startswith("-")
                else "Ce visa est accordé pour une représentation tous publics."
            ),
            "Article 3 - Le président du Centre national du cinéma et de l'image animée est "
            "chargé de l'exécution de la présente décision.",
        ]
        for t in arts:
            write(f, s, t)
        f.y += 20
        p = f.page
        p.text(
            w - m - 200,
            f.y,
            f"Fait le {day(h, d - timedelta(days=rng.randint(10, 40)))}",
            s.font,
            s.size,
        )
        p.text(w - m - 200, f.y + 14, "Pour la ministre et par délégation,", s.font, s.size - 1)
        scrawl(p, w - m - 200, f.y + 44, staff(h, "cnc"), 13)
        seal(p, m + 70, f.y + 40, 36, "CNC", "VISA")
    pages = f.pages
    pg = pages[0]
    pg.text(w - 30, 20, tr(lg, "", "KOPIE", "COPIE"), "Helvetica-Bold", 10, "right")
    if rng.random() < 0.5:
        hand(pg, m, hh - 40, tr(home(), "", "vom Verleih erhalten", "reçu du distributeur"), 9)
    remember(d)
    return close(pages, s, h, numbers="none")


def floor_plan(p: Page, s: Style, x: float, y: float, w: float, hgt: float, lg: str) -> None:
    """A plan of the premises: the two screens, foyer, bar, booth and exits as boxes."""
    p.rect(x, y, w, hgt)
    names = screen_names(lg)
    p.rect(x, y, w * 0.55, hgt * 0.55)
    p.text(x + w * 0.27, y + hgt * 0.28, names[0], s.bold, 9, "center")
    p.rect(x + w * 0.55, y, w * 0.45, hgt * 0.4)
    p.text(x + w * 0.77, y + hgt * 0.2, names[1], s.bold, 9, "center")
    p.rect(x, y + hgt * 0.55, w * 0.35, hgt * 0.45)
    p.text(
        x + w * 0.17,
        y + hgt * 0.78,
        tr(lg, "Foyer / box office", "Foyer / Kasse", "Hall / caisse"),
        s.font,
        8,
        "center",
    )
    p.rect(x + w * 0.35, y + hgt * 0.7, w * 0.3, hgt * 0.3, fill=0.85)
    p.text(
        x + w * 0.5,
        y + hgt * 0.86,
        tr(lg, "Café-bar (licensed area)", "Café-Bar (Ausschank)", "Bar (zone débit)"),
        s.font,
        7.5,
        "center",
    )
    p.rect(x + w * 0.65, y + hgt * 0.4, w * 0.35, hgt * 0.2)
    p.text(
        x + w * 0.82,
        y + hgt * 0.51,
        tr(lg, "Projection booth", "Vorführraum", "Cabine"),
        s.font,
        7.5,
        "center",
    )
    for ex_x, ex_y in [(x, y + hgt * 0.3), (x + w, y + hgt * 0.2), (x + w * 0.2, y + hgt)]:
        p.rect(ex_x - 6, ex_y - 4, 12, 8, fill=0.3)
    p.text(
        x,
        y + hgt + 14,
        tr(
            lg,
            "Scale 1:100 - fire exits shaded - not to be scaled",
            "M 1:100 - Notausgänge schraffiert",
            "Échelle 1/100 - issues de secours en grisé",
        ),
        s.font,
        7,
    )


def tpl_premises_licence(rng: random.Random, who: Issuer) -> list[Page]:
    """The council's premises licence paper: in England a covering letter and the premises
    licence (Part A with the licensable activities and hours, the annexes of conditions and
    the plan, and Part B, the summary to display); in Germany the Gaststättenerlaubnis notice
    with conditions, grounds, fee and appeal advice and the plan; in France the mairie's
    receipt of the licence declaration with the conditions and the plan."""
    h = council_head()
    lg = h.lang
    s = style_of(h)
    w, _hh = s.page_size
    m = s.margin
    d = some_day(rng)
    ref = serial(rng, {"en": "PL/9999/99", "de": "32.9-999/99", "fr": "AR-99-999"}[lg])
    pages: list[Page] = []
    if lg == "en" or rng.random() < 0.5:
        f = sheets(s, h, f"{h.name} - {ref}")
        recipient(
            f,
            s,
            h,
            [mx(manager(), lg), *cinema_lines()],
            d,
            [(tr(lg, "Our ref", "Az.", "Réf."), ref)],
        )
        caption(
            f,
            s,
            tr(
                lg,
                f"Premises licence - {cinema_row()[0]}",
                f"Gaststättenerlaubnis - {cinema_row()[0]}",
                f"Licence de débit de boissons - {cinema_row()[0]}",
            ),
            1,
            rule=True,
        )
        write(f, s, dear(lg, mx(manager(), lg)))
        write(
            f,
            s,
            tr(
                lg,
                rng.choice(
                    [
                        "Further to your application to vary the premises licence, I enclose the "
                        "amended licence and summary. The summary (Part B) must be displayed "
                        "prominently at the premises.",
                        "Following the transfer of the premises licence and the variation of the "
                        "designated premises supervisor, please find the amended licence "
                        "enclosed.",
                    ]
                ),
                "anbei erhalten Sie den Bescheid über die beantragte Erlaubnis. Bitte beachten "
                "Sie die Auflagen.",
                "Veuillez trouver ci-joint le récépissé de votre déclaration ainsi que les "
                "prescriptions applicables.",
            ),
        )
        write(f, s, prose(rng, lg, "legal", 1, 2))
        regards(
            f,
            s,
            lg,
            staff(h, "lic"),
            tr(lg, "Licensing Officer", "Sachbearbeitung", "Service réglementation"),
        )
        pages += f.pages
    g = sheets(s, h, f"{ref} - {cinema_row()[0]}")
    if lg == "en":
        caption(g, s, "PREMISES LICENCE", 6)
        write(g, s, "Licensing Act 2003 - Part A", s.size)
        g.y = fields(
            g.page,
            s,
            m,
            g.y,
            w - 2 * m,
            [
                ("Premises licence number", ref),
                ("Premises", f"{cinema_row()[0]}, {cinema_row()[1]}, {cinema_row()[2]}"),
                ("Licence holder", f"{cinema_row()[0]} Ltd"),
                ("Designated premises supervisor", manager()),
                ("Date granted", short(d - timedelta(days=900), lg)),
                ("Date varied", short(d, lg)),
            ],
            per=2,
            tall=28,
            hand=False,
        )
        band(g.page, s, g.y, "Licensable activities and hours")
        g.y += 16
        acts = [
            ["Exhibition of films", "Mon-Sun 10:00-00:30", "Indoors"],
            ["Late night refreshment", "Mon-Sun 23:00-00:30", "Indoors"],
            [
                "Supply of alcohol (on sales)",
                "Mon-Sat 11:00-23:30, Sun 12:00-23:00",
                "Café-bar, screens",
            ],
            ["Recorded music", "Mon-Sun 10:00-00:00", "Indoors"],
        ]
        table(
            g,
            columns(m, w - m, [(2.5, "left"), (3, "left"), (1.5, "left")]),
            ["Activity", "Hours", "Where"],
            acts,
            s,
            rules=True,
        )
        for title in [
            "Annex 1 - Mandatory conditions",
            "Annex 2 - Conditions consistent with the operating schedule",
            "Annex 3 - Conditions attached after a hearing",
        ][: rng.randint(2, 3)]:
            g.heading(m, title, s.bold, s.size + 1)
            for n in range(rng.randint(3, 7)):
                write(
                    g, s, f"{n + 1}. {words(rng, lg, 'legal', rng.randint(12, 28))}", s.size - 1, 14
                )
        g.new_page()
        caption(g, s, "Annex 4 - Plan", 2)
        floor_plan(g.page, s, m + 10, g.y + 10, w - 2 * m - 20, 300, lg)
        g.y += 340
        g.new_page()
        caption(g, s, "PART B - PREMISES LICENCE SUMMARY", 3)
        g.y = fields(
            g.page,
            s,
            m,
            g.y,
            w - 2 * m,
            [
                ("Premises licence number", ref),
                ("Premises", cinema_row()[0]),
                ("Licensable activities", "Films; late night refreshment; alcohol; recorded music"),
                ("Opening hours", "Mon-Sun 10:00-00:30"),
                ("Alcohol supplied for", "Consumption on the premises"),
                ("Licence holder", f"{cinema_row()[0]} Ltd"),
                ("DPS", manager()),
                ("Personal licence no.", serial(keyed(who, "pers"), "PA/9999/9999")),
            ],
            per=1,
            tall=24,
            hand=False,
        )
        seal(g.page, w - m - 60, g.y + 40, 36, council().upper()[:28], "LICENSING")
    elif lg == "de":
        caption(g, s, "BESCHEID", 6)
        write(g, s, f"Erlaubnis nach § 2 Gaststättengesetz (GastG) - Az. {ref}")
        g.heading(m, "I. Tenor", s.bold, s.size + 1)
        write(
            g,
            s,
            "Ihnen wird die Erlaubnis zum Betrieb einer Schank- und Speisewirtschaft (Café-Bar "
            f"im {cinema_row()[0]}) in den Räumen {cinema_row()[1]}, {cinema_row()[2]} erteilt. "
            "Die Erlaubnis umfasst den Ausschank alkoholischer Getränke.",
        )
        g.heading(m, "II. Auflagen", s.bold, s.size + 1)
        for n in range(rng.randint(3, 6)):
            write(g, s, f"{n + 1}. {words(rng, lg, 'legal', rng.randint(12, 26))}", s.size - 1, 14)
        g.heading(m, "III. Begründung", s.bold, s.size + 1)
        write(g, s, prose(rng, lg, "legal", 3, 5), s.size - 0.5)
        g.heading(m, "IV. Kosten", s.bold, s.size + 1)
        write(
            g,
            s,
            "Für diesen Bescheid wird eine Verwaltungsgebühr von "
            f"{cash(rng.choice([280.0, 350.0, 420.0]), lg)} festgesetzt.",
        )
        g.heading(m, "Rechtsbehelfsbelehrung", s.bold, s.size)
        write(
            g,
            s,
            "Gegen diesen Bescheid kann innerhalb eines Monats nach Bekanntgabe Klage beim "
            "Verwaltungsgericht erhoben werden. " + words(rng, lg, "legal"),
            s.size - 1.5,
        )
        g.y += 10
        g.need(70)
        scrawl(g.page, m, g.y + 24, staff(h, "lic"), 12)
        g.page.text(m, g.y + 36, f"Im Auftrag - {staff(h, 'lic')}", s.font, s.size - 1)
        seal(g.page, m + 230, g.y + 24, 30, council().upper()[:24], "ORDNUNGSAMT")
        g.y += 70
        g.new_page()
        caption(g, s, "Anlage 1 - Lageplan der Betriebsräume", 1)
        floor_plan(g.page, s, m + 10, g.y + 10, w - 2 * m - 20, 300, lg)
    else:
        caption(g, s, "RÉCÉPISSÉ DE DÉCLARATION", 5)
        write(
            g,
            s,
            "d'ouverture, de mutation ou de translation d'un débit de boissons (art. L. 3332-3 "
            "du code de la santé publique)",
        )
        g.y = fields(
            g.page,
            s,
            m,
            g.y + 4,
            w - 2 * m,
            [
                ("Établissement", cinema_row()[0]),
                ("Adresse", f"{cinema_row()[1]}, {cinema_row()[2]}"),
                ("Déclarant", manager()),
                (
                    "Catégorie de licence",
                    rng.choice(["Licence III", "Licence IV", "Licence restaurant"]),
                ),
                ("N° permis d'exploitation", serial(keyed(who, "pe"), "PE-99999")),
                ("Date de déclaration", short(d - timedelta(days=15), lg)),
            ],
            per=2,
            tall=28,
            hand=rng.random() < 0.4,
        )
        g.heading(m, "Prescriptions", s.bold, s.size + 1)
        for n in range(rng.randint(3, 6)):
            write(g, s, f"{n + 1}. {words(rng, lg, 'legal', rng.randint(12, 24))}", s.size - 1, 14)
        g.y += 10
        g.need(70)
        g.page.text(
            w - m - 200, g.y, f"{cinema_row()[2].split(' ', 1)[1]}, le {day(h, d)}", s.font, s.size
        )
        g.page.text(w - m - 200, g.y + 14, "Pour le Maire, l'adjoint délégué", s.font, s.size - 1)
        scrawl(g.page, w - m - 200, g.y + 44, staff(h, "maire"), 12)
        seal(g.page, m + 60, g.y + 30, 32, council().upper()[:24], "MAIRIE")
        g.y += 70
        if rng.random() < 0.6:
            g.new_page()
            caption(g, s, "Plan des locaux annexé", 1)
            floor_plan(g.page, s, m + 10, g.y + 10, w - 2 * m - 20, 300, lg)
    pages += g.pages
    received(rng, pages[0], d, 0.3)
    remember(d)
    return close(pages, s, h, numbers="none" if len(pages) == 1 else h.numbers)


def tpl_fire_certificate(rng: random.Random, who: Issuer) -> list[Page]:
    """The fire alarm and emergency lighting contractor's inspection certificate (BS 5839-1 /
    BS 5266-1, Prüfbericht nach DIN 14675 / DIN VDE 0833, rapport de vérification SSI): the
    system, the checks with tick boxes, the device log by zone (landscape now and then), the
    defects and the signatures; now and then a covering letter before it."""
    h = head_of(who, "fire")
    lg = h.lang
    s = style_of(h, A4, margin=42, pt=8.5)
    w, _hh = s.page_size
    m = s.margin
    d = some_day(rng)
    ref = serial(rng, rng.choice(["FA-99999", "PB 99999", "VP-999-99"]))
    pages: list[Page] = []
    if rng.random() < 0.3:
        c = sheets(style_of(h), h)
        cs = style_of(h)
        recipient(
            c,
            cs,
            h,
            cinema_lines(),
            d + timedelta(days=2),
            [(tr(lg, "Our ref", "Unser Zeichen", "Réf."), ref)],
        )
        write(c, cs, dear(lg, mx(manager(), lg)))
        write(
            c,
            cs,
            tr(
                lg,
                "Please find enclosed the certificate for the recent service visit. Please keep "
                "it with the fire log book. The defects listed require attention.",
                "anbei übersenden wir Ihnen den Prüfbericht der turnusmäßigen Wartung. Bitte "
                "bewahren Sie ihn beim Betriebsbuch auf.",
                "Veuillez trouver ci-joint le rapport de vérification. Il est à conserver avec "
                "le registre de sécurité.",
            ),
        )
        write(c, cs, prose(rng, lg, "safety", 1, 2))
        regards(
            c,
            cs,
            lg,
            staff(h, "svc"),
            tr(lg, "Service Manager", "Serviceleitung", "Responsable maintenance"),
        )
        pages += close(c.pages, cs, h, numbers="none")
    f = sheets(s, h, f"{h.name} - {ref}")
    title = tr(
        lg,
        "FIRE DETECTION AND FIRE ALARM SYSTEM - INSPECTION AND SERVICING CERTIFICATE",
        "PRÜFBERICHT BRANDMELDEANLAGE UND SICHERHEITSBELEUCHTUNG",
        "RAPPORT DE VÉRIFICATION - SYSTÈME DE SÉCURITÉ INCENDIE",
    )
    pt = shrink(title, s.bold, 11, w - 2 * m)
    f.page.text(m, f.y, title, s.bold, pt)
    f.y += 14
    f.page.text(
        m,
        f.y,
        tr(
            lg,
            "in accordance with BS 5839-1:2017 clause 45 and BS 5266-1",
            "nach DIN 14675 / DIN VDE 0833-2 und DIN VDE V 0108-100",
            "établissement recevant du public type L - articles MS 73 et EC 15",
        ),
        s.font,
        7.5,
    )
    f.y += 16
    f.y = fields(
        f.page,
        s,
        m,
        f.y,
        w - 2 * m,
        [
            (
                tr(lg, "Premises", "Objekt", "Établissement"),
                f"{cinema_row()[0]}, {cinema_row()[2]}",
            ),
            (tr(lg, "Certificate no.", "Bericht-Nr.", "N° rapport"), ref),
            (
                tr(lg, "Panel", "Zentrale", "Centrale"),
                rng.choice(
                    [
                        "Advanced MxPro 5",
                        "Kentec Syncro AS",
                        "Esser IQ8Control M",
                        "Bosch FPA-5000",
                        "DEF Eclipse",
                    ]
                ),
            ),
            (
                tr(lg, "Zones / devices", "Meldergruppen / Melder", "Zones / points"),
                f"{rng.randint(6, 14)} / {rng.randint(40, 120)}",
            ),
            (
                tr(lg, "Category", "Kategorie", "Catégorie SSI"),
                rng.choice(["L2", "L1", "M/L3"])
                if lg == "en"
                else rng.choice(["Kat. 1", "Vollschutz"])
                if lg == "de"
                else rng.choice(["SSI A", "SSI B"]),
            ),
            (tr(lg, "Date", "Datum", "Date"), short(d, lg)),
        ],
        per=2,
        tall=26,
        hand=rng.random() < 0.3,
    )
    band(
        f.page,
        s,
        f.y,
        tr(lg, "Checks carried out", "Durchgeführte Prüfungen", "Vérifications effectuées"),
    )
    f.y += 14
    checks = {
        "en": [
            "Log book examined",
            "Panel functions and indicators",
            "Standby batteries tested",
            "Detectors functionally tested (25%)",
            "Manual call points tested",
            "Sounders / VADs audible",
            "Interface to smoke vents and doors",
            "Emergency luminaires: 1 h duration test",
            "Exit signs illuminated",
            "Cause and effect verified",
        ],
        "de": [
            "Betriebsbuch geprüft",
            "Zentrale und Anzeigen",
            "Notstromakkus geprüft",
            "Melder ausgelöst (Quartalsanteil)",
            "Handfeuermelder geprüft",
            "Signalgeber hörbar",
            "Ansteuerung RWA und Türen",
            "Sicherheitsleuchten: Funktionstest 1 h",
            "Rettungszeichenleuchten",
            "Brandfallsteuerung geprüft",
        ],
        "fr": [
            "Registre de sécurité consulté",
            "Centrale et signalisations",
            "Batteries de secours",
            "Détecteurs testés",
            "Déclencheurs manuels testés",
            "Diffuseurs sonores audibles",
            "Asservissements désenfumage et portes",
            "BAES : essai d'autonomie 1 h",
            "Blocs de balisage allumés",
            "Scénario de mise en sécurité vérifié",
        ],
    }[lg]
    yn = [*yes_no(lg), "n/a"]
    for c in checks[: rng.randint(7, 10)]:
        f.page.text(m + 4, f.y, c, s.font, 8)
        ticks(
            f.page,
            s,
            w - m - 150,
            f.y,
            150,
            yn,
            {0 if rng.random() < 0.85 else rng.choice([1, 2])},
            pt=7,
        )
        f.y += 13
    f.y += 6
    band(
        f.page,
        s,
        f.y,
        tr(
            lg,
            "Defects and recommendations",
            "Mängel und Empfehlungen",
            "Anomalies et observations",
        ),
    )
    f.y += 16
    defects = rng.randint(0, 3)
    if defects == 0:
        hand(f.page, m + 4, f.y, tr(lg, "None found.", "Keine Mängel.", "Néant."), 9.5)
        f.y += 16
    for _ in range(defects):
        for ln in wrap(words(rng, lg, "safety", rng.randint(8, 14)), HAND, 9, w - 2 * m - 10)[:2]:
            hand(f.page, m + 4, f.y, ln, 9)
            f.y += 13
        f.y += 3
    f.y += 6
    f.need(80)
    eng = staff(h, "eng")
    sign_line(
        f.page,
        m,
        f.y + 30,
        200,
        tr(
            lg,
            f"Competent person: {eng}",
            f"Prüfer: {eng} (Fachkraft DIN 14675)",
            f"Vérificateur : {eng}",
        ),
        s.font,
    )
    scrawl(f.page, m + 6, f.y + 27, eng, 12)
    sign_line(
        f.page,
        w - m - 200,
        f.y + 30,
        200,
        tr(lg, "Responsible person (premises)", "Betreiber", "Exploitant"),
        s.font,
    )
    if rng.random() < 0.7:
        scrawl(f.page, w - m - 194, f.y + 27, manager(), 12)
    f.page.text(
        m,
        f.y + 56,
        tr(
            lg,
            f"Next service due: {short(d + timedelta(days=182), lg)}",
            f"Nächste Prüfung: {short(d + timedelta(days=365), lg)}",
            f"Prochaine vérification : {short(d + timedelta(days=365), lg)}",
        ),
        s.bold,
        8.5,
    )
    f.y += 70
    body = f.pages
    if rng.random() < 0.55:
        land = rng.random() < 0.5
        s2 = style_of(h, landscape(A4) if land else A4, margin=40, pt=7.5)
        g = sheets(
            s2, h, f"{ref} - {tr(lg, 'device log', 'Melderliste', 'liste des points')}", top=False
        )
        caption(
            g, s2, tr(lg, "Device test record", "Prüfliste Melder", "Relevé des points testés"), 2
        )
        rows = []
        for z in range(1, rng.randint(5, 10)):
            for n in range(rng.randint(2, 8)):
                kind = rng.choice(
                    [
                        tr(lg, "Smoke", "Rauch", "Fumée"),
                        tr(lg, "Heat", "Wärme", "Chaleur"),
                        "MCP",
                        tr(lg, "Sounder", "Signalgeber", "Diffuseur"),
                        tr(lg, "Em. light", "SiBel", "BAES"),
                    ]
                )
                rows.append(
                    [
                        f"{z}.{n + 1:02d}",
                        kind,
                        rng.choice(
                            [
                                screen_names(home())[0],
                                screen_names(home())[1],
                                "Foyer",
                                tr(lg, "Bar", "Café", "Bar"),
                                tr(lg, "Booth", "Vorführraum", "Cabine"),
                                tr(lg, "Stairs", "Treppenhaus", "Escalier"),
                            ]
                        ),
                        tr(lg, "Pass", "i.O.", "OK")
                        if rng.random() < 0.94
                        else tr(lg, "FAIL", "Mangel", "HS"),
                        rng.choice(["", "", "", tr(lg, "cleaned", "gereinigt", "nettoyé")]),
                    ]
                )
        gw, _ = s2.page_size
        table(
            g,
            columns(
                40,
                gw - 40,
                [(0.8, "left"), (1.2, "left"), (1.8, "left"), (0.8, "left"), (1.6, "left")],
            ),
            [
                tr(lg, "Device", "Melder", "Point"),
                tr(lg, "Type", "Art", "Type"),
                tr(lg, "Location", "Ort", "Emplacement"),
                tr(lg, "Result", "Ergebnis", "Résultat"),
                tr(lg, "Remarks", "Bemerkung", "Observations"),
            ],
            rows,
            s2,
            size=7,
            step=1.45,
            rules=True,
        )
        body = body + g.pages
    pages += close(
        body,
        s,
        h,
        numbers=tr(lg, "Page {i} of {n}", "Seite {i} von {n}", "Page {i}/{n}")
        if len(body) > 1
        else "none",
    )
    received(rng, pages[0], d, 0.25)
    remember(d)
    return pages


def tpl_electrical_certificate(rng: random.Random, who: Issuer) -> list[Page]:
    """The electrical contractor's periodic inspection report (an EICR, a Prüfprotokoll nach
    DIN VDE 0105-100, a rapport de vérification périodique): the summary with the overall
    assessment in a box, the observations with their codes, and the schedule of circuits and
    test results on landscape pages; every page "Page i of n" like the printed form."""
    h = head_of(who, "electrician")
    lg = h.lang
    s = style_of(h, A4, margin=40, pt=8)
    w, _hh = s.page_size
    m = s.margin
    d = some_day(rng)
    ref = serial(rng, rng.choice(["EICR-99999", "PP 9999/99", "RVP-99-9999"]))
    f = sheets(s, h, f"{ref} - {cinema_row()[0]}")
    title = tr(
        lg,
        "ELECTRICAL INSTALLATION CONDITION REPORT",
        "PRÜFPROTOKOLL ELEKTRISCHE ANLAGE",
        "RAPPORT DE VÉRIFICATION PÉRIODIQUE DES INSTALLATIONS ÉLECTRIQUES",
    )
    f.page.text(w / 2, f.y, title, s.bold, shrink(title, s.bold, 12, w - 2 * m), "center")
    f.y += 12
    f.page.text(
        w / 2,
        f.y,
        tr(
            lg,
            "Requirements for Electrical Installations BS 7671",
            "Wiederholungsprüfung nach DIN VDE 0105-100 / DGUV Vorschrift 3",
            "Code du travail art. R. 4226-16 - arrêté du 26 décembre 2011",
        ),
        s.font,
        7.5,
        "center",
    )
    f.y += 18
    for sec, items in [
        (
            tr(
                lg,
                "Section A. Details of the client",
                "1. Auftraggeber / Anlage",
                "A. Renseignements généraux",
            ),
            [
                (tr(lg, "Client", "Auftraggeber", "Client"), f"{cinema_row()[0]}"),
                (
                    tr(lg, "Address", "Anschrift", "Adresse"),
                    f"{cinema_row()[1]}, {cinema_row()[2]}",
                ),
                (
                    tr(lg, "Purpose of report", "Prüfanlass", "Objet"),
                    tr(
                        lg,
                        "Periodic inspection (5-yearly)",
                        "Wiederholungsprüfung",
                        "Vérification périodique annuelle",
                    ),
                ),
            ],
        ),
        (
            tr(
                lg,
                "Section B. Extent and limitations",
                "2. Umfang der Prüfung",
                "B. Étendue et limites",
            ),
            [
                (
                    tr(lg, "Extent", "Umfang", "Étendue"),
                    tr(
                        lg,
                        "Whole installation incl. booth and bar",
                        "gesamte Anlage inkl. Vorführraum, Café",
                        "ensemble des installations",
                    ),
                ),
                (
                    tr(lg, "Limitations", "Einschränkungen", "Limites"),
                    rng.choice(
                        [
                            tr(
                                lg,
                                "Cables concealed in fabric not inspected",
                                "verdeckt verlegte Leitungen nicht geprüft",
                                "canalisations encastrées non vérifiées",
                            ),
                            tr(
                                lg,
                                "Projector supplies isolated by others",
                                "Projektorzuleitung nicht abgeschaltet",
                                "alimentation projecteurs non coupée",
                            ),
                        ]
                    ),
                ),
                (
                    tr(lg, "Records available", "Unterlagen vorhanden", "Documents disponibles"),
                    rng.choice(yes_no(lg)),
                ),
            ],
        ),
        (
            tr(
                lg,
                "Section C. Supply characteristics",
                "3. Netz",
                "C. Caractéristiques de l'alimentation",
            ),
            [
                (tr(lg, "Earthing", "Netzform", "Schéma"), rng.choice(["TN-C-S", "TN-S", "TT"])),
                (tr(lg, "Supply", "Spannung", "Tension"), "400/230 V, 3-ph"),
                ("Ze / Ipf", f"{rng.uniform(0.05, 0.35):.2f} Ohm / {rng.uniform(2, 12):.1f} kA"),
            ],
        ),
    ]:
        band(f.page, s, f.y, sec)
        f.y += 12
        f.y = fields(f.page, s, m, f.y, w - 2 * m, items, per=3, tall=26, hand=True) + 4
    overall = rng.random() < 0.7
    band(f.page, s, f.y, tr(lg, "Section D. Overall assessment", "4. Ergebnis", "D. Conclusion"))
    f.y += 14
    f.page.rect(m, f.y, w - 2 * m, 34)
    f.page.text(
        m + 8,
        f.y + 14,
        tr(
            lg,
            "The overall condition of the installation is:",
            "Die Anlage ist:",
            "L'installation est :",
        ),
        s.font,
        9,
    )
    txt = tr(
        lg,
        "SATISFACTORY" if overall else "UNSATISFACTORY",
        "MÄNGELFREI" if overall else "NICHT MÄNGELFREI",
        "CONFORME" if overall else "NON CONFORME - OBSERVATIONS",
    )
    f.page.text(w - m - 10, f.y + 22, txt, "Courier-Bold", 14, "right")
    f.y += 50
    band(
        f.page,
        s,
        f.y,
        tr(lg, "Section E. Observations", "5. Festgestellte Mängel", "E. Observations"),
    )
    f.y += 14
    obs = []
    for n in range(rng.randint(1 if overall else 3, 4 if overall else 8)):
        code = rng.choice(["C3", "C3", "FI"] if overall else ["C2", "C2", "C3", "C1", "FI"])
        obs.append([str(n + 1), words(rng, lg, "safety", rng.randint(6, 11)), code])
    table(
        f,
        columns(m, w - m, [(0.4, "left"), (6, "left"), (0.7, "center")]),
        [
            "#",
            tr(lg, "Observation", "Beschreibung", "Observation"),
            tr(lg, "Code", "Einstufung", "Code"),
        ],
        obs,
        s,
        size=7.5,
        rules=True,
    )
    f.need(70)
    insp = staff(h, "insp")
    f.y += 10
    f.page.text(m, f.y, tr(lg, "Inspected and tested by:", "Geprüft:", "Vérifié par :"), s.font, 8)
    scrawl(f.page, m + 110, f.y, insp, 12)
    f.page.text(m + 110, f.y + 12, f"{insp} - {short(d, lg)}", s.font, 7.5)
    f.page.text(
        w - m - 190,
        f.y,
        tr(lg, "Next inspection:", "Nächste Prüfung:", "Prochaine vérification :"),
        s.font,
        8,
    )
    f.page.text(
        w - m,
        f.y,
        short(date(d.year + (5 if lg == "en" else 1), d.month, min(d.day, 28)), lg),
        s.bold,
        8,
        "right",
    )
    f.y += 30
    pages = f.pages
    s2 = style_of(h, landscape(A4), margin=34, pt=7)
    g = sheets(
        s2,
        h,
        f"{ref} - {tr(lg, 'Schedule of test results', 'Messwerte', 'Résultats de mesures')}",
        top=False,
    )
    caption(
        g,
        s2,
        tr(
            lg,
            "Schedule of circuit details and test results",
            "Stromkreisliste und Messprotokoll",
            "Relevé des circuits et résultats de mesures",
        ),
        2,
    )
    boards = rng.sample(
        ["DB1 Foyer", "DB2 Screen 1", "DB3 Booth", "DB4 Bar", "DB5 Screen 2"], rng.randint(1, 3)
    )
    rows = []
    descs = [
        tr(lg, t, u, v)
        for t, u, v in [
            ("Sockets foyer", "Steckdosen Foyer", "Prises hall"),
            ("Lighting auditorium", "Beleuchtung Saal", "Éclairage salle"),
            ("Projector supply", "Projektor", "Projecteur"),
            ("Sound rack", "Tonrack", "Baie son"),
            ("Bar fridges", "Kühlung Theke", "Frigos bar"),
            ("Emergency lighting", "Sicherheitsbeleuchtung", "Éclairage de sécurité"),
            ("Popcorn machine", "Popcornmaschine", "Machine à popcorn"),
            ("Coffee machine", "Kaffeemaschine", "Machine à café"),
            ("Hand dryers", "Händetrockner", "Sèche-mains"),
            ("Signage", "Leuchtreklame", "Enseigne"),
        ]
    ]
    for b in boards:
        for c in range(1, rng.randint(6, 14)):
            rows.append(
                [
                    b.replace("Screen", tr(lg, "Screen", "Saal", "Salle")),
                    str(c),
                    rng.choice(descs),
                    rng.choice(["B", "C"]) + str(rng.choice([6, 10, 16, 20, 32])),
                    rng.choice(["1.5", "2.5", "4.0", "6.0"]),
                    f"{rng.uniform(0.1, 1.2):.2f}",
                    f"{rng.uniform(0.2, 1.4):.2f}",
                    f">{rng.choice([200, 299, 500])}",
                    f"{rng.randint(14, 32)}",
                    tr(lg, "OK", "i.O.", "OK"),
                ]
            )
    gw, _ = s2.page_size
    table(
        g,
        columns(
            34,
            gw - 34,
            [
                (1.2, "left"),
                (0.5, "center"),
                (2.4, "left"),
                (0.7, "left"),
                (0.7, "right"),
                (0.8, "right"),
                (0.8, "right"),
                (0.8, "right"),
                (0.8, "right"),
                (0.6, "center"),
            ],
        ),
        [
            "DB",
            tr(lg, "Cct", "SK", "Circ."),
            tr(lg, "Description", "Bezeichnung", "Désignation"),
            tr(lg, "OCPD", "LS", "Prot."),
            "mm²",
            "R1+R2",
            "Zs",
            "IR MOhm",
            "RCD ms",
            tr(lg, "Result", "Erg.", "Rés."),
        ],
        rows,
        s2,
        size=7,
        step=1.45,
        rules=True,
    )
    pages = pages + g.pages
    number_pages(
        pages, s, tr(lg, "Page {i} of {n}", "Seite {i} von {n}", "Page {i}/{n}"), "br", bottom=16
    )
    received(rng, pages[0], d, 0.25)
    remember(d)
    return pages


# ---------------------------------------------------------------------------------------------
# Templates EEE: hires, members, advertising, energy and insurance
# ---------------------------------------------------------------------------------------------

HIRERS = {
    "en": [
        "Frome Rotary Club",
        "Harlow & Webb Solicitors",
        "St Anne's Primary School PTA",
        "Greenfield Dental Group",
        "Mr & Mrs Patel (private)",
    ],
    "de": [
        "Kanzlei Weber & Partner",
        "Grundschule am Wall, Förderverein",
        "Autohaus Kröger GmbH",
        "Familie Yilmaz (privat)",
        "Rotary Club",
    ],
    "fr": [
        "Association Ciné-Jeunes",
        "Cabinet Moreau Avocats",
        "Collège Jean Moulin",
        "Famille Bertrand (privé)",
        "Crédit Mutuel agence centre",
    ],
}


def tpl_hire_contract(rng: random.Random, who: Issuer) -> list[Page]:
    """The cinema's hire agreement for a private screening or event, filed signed: the hirer's
    details filled in by hand, the event (screen, date, times, film or own content, guests),
    the catering package ticked, the charges and deposit, the terms of hire on the next page
    and the signature page (or the signatures under the charges)."""
    h = cinema_head()
    lg = h.lang
    s = style_of(h, A4, margin=46, pt=8.5)
    w, _hh = s.page_size
    m = s.margin
    d = some_day(rng)
    ev = d + timedelta(days=rng.randint(10, 60))
    hirer = rng.choice(HIRERS[lg])
    contact = person(rng, lg)
    ref = serial(rng, "HIRE-9999")
    f = sheets(
        s, h, f"{h.name} - {tr(lg, 'Hire agreement', 'Mietvertrag', 'Contrat de location')} {ref}"
    )
    caption(
        f,
        s,
        tr(
            lg,
            "PRIVATE SCREENING & EVENT HIRE AGREEMENT",
            "MIETVERTRAG KINOSAAL / SONDERVORSTELLUNG",
            "CONTRAT DE LOCATION DE SALLE - SÉANCE PRIVÉE",
        ),
        3,
    )
    f.page.text(w - m, f.y - 24, f"Ref. {ref}", s.font, 8, "right")
    band(f.page, s, f.y, tr(lg, "1. Hirer", "1. Mieter", "1. Locataire"))
    f.y += 12
    road = rng.choice(ROADS[lg])
    f.y = fields(
        f.page,
        s,
        m,
        f.y,
        w - 2 * m,
        [
            (tr(lg, "Organisation / name", "Firma / Name", "Organisme / nom"), hirer),
            (tr(lg, "Contact", "Ansprechpartner", "Contact"), contact),
            (
                tr(lg, "Address", "Anschrift", "Adresse"),
                f"{rng.randint(1, 90)} {road}" if lg != "de" else f"{road} {rng.randint(1, 90)}",
            ),
            (
                tr(lg, "Phone / e-mail", "Telefon / E-Mail", "Tél. / e-mail"),
                f"0{rng.randint(1000, 7999)} {rng.randint(100000, 999999)}",
            ),
        ],
        per=2,
        tall=26,
    )
    band(f.page, s, f.y, tr(lg, "2. Event", "2. Veranstaltung", "2. Événement"))
    f.y += 12
    screen_k = rng.randrange(2)
    guests = rng.randint(20, seats(screen_k))
    t0 = rng.choice([10, 14, 17, 18, 19])
    f.y = fields(
        f.page,
        s,
        m,
        f.y,
        w - 2 * m,
        [
            (tr(lg, "Date", "Datum", "Date"), short(ev, lg)),
            (tr(lg, "Screen", "Saal", "Salle"), screen_names(lg)[screen_k]),
            (
                tr(lg, "Access from / to", "Zugang von / bis", "Accès de / à"),
                f"{t0}:00 - {t0 + rng.randint(2, 4)}:30",
            ),
            (tr(lg, "Guests (max.)", "Gäste (max.)", "Invités (max.)"), str(guests)),
            (
                tr(lg, "Film / content", "Film / Inhalt", "Film / contenu"),
                rng.choice(
                    [
                        film_title(a_film(rng), lg),
                        tr(
                            lg,
                            "Own presentation (laptop HDMI)",
                            "eigene Präsentation (HDMI)",
                            "présentation (HDMI)",
                        ),
                        tr(
                            lg,
                            "Own film on DCP/USB",
                            "eigener Film (DCP/USB)",
                            "film fourni (DCP/USB)",
                        ),
                    ]
                ),
            ),
            (
                tr(lg, "Occasion", "Anlass", "Occasion"),
                rng.choice(
                    [
                        tr(lg, "Birthday", "Geburtstag", "Anniversaire"),
                        tr(lg, "Staff event", "Firmenfeier", "Soirée d'entreprise"),
                        tr(lg, "School screening", "Schulvorstellung", "Séance scolaire"),
                        tr(lg, "Premiere / launch", "Premiere", "Avant-première"),
                    ]
                ),
            ),
        ],
        per=2,
        tall=26,
    )
    f.page.text(m, f.y, tr(lg, "Catering:", "Bewirtung:", "Restauration :"), s.bold, 8)
    cat = [
        tr(lg, "Popcorn & soft drinks", "Popcorn & Softdrinks", "Popcorn & boissons"),
        tr(lg, "Prosecco reception", "Sektempfang", "Coupe de bienvenue"),
        tr(lg, "Bar tab", "Getränke nach Verbrauch", "Bar au forfait"),
        tr(lg, "Canapés", "Fingerfood", "Amuse-bouches"),
        tr(lg, "None", "Keine", "Aucune"),
    ]
    f.y = ticks(
        f.page,
        s,
        m + 60,
        f.y,
        w - 2 * m - 60,
        cat,
        set(rng.sample(range(4), rng.randint(1, 2))) if rng.random() < 0.85 else {4},
    )
    f.y += 6
    band(f.page, s, f.y, tr(lg, "3. Charges", "3. Kosten", "3. Tarifs"))
    f.y += 14
    hire = {"en": 350.0, "de": 390.0, "fr": 420.0}[lg] * (1.6 if screen_k == 0 else 1)
    lines = [(tr(lg, "Screen hire", "Saalmiete", "Location de salle"), hire)]
    if rng.random() < 0.6:
        lines.append(
            (
                tr(lg, "Catering package", "Bewirtungspauschale", "Forfait restauration"),
                guests * rng.choice([4.5, 6.0, 8.5]),
            )
        )
    if rng.random() < 0.3:
        lines.append(
            (
                tr(lg, "Technician (per hour)", "Techniker (je Std.)", "Technicien (heure)"),
                35.0 * rng.randint(2, 4),
            )
        )
    tot = sum(v for _, v in lines)
    for t, v in lines:
        f.page.text(m + 4, f.y, t, s.font, 8.5)
        f.page.text(w - m, f.y, cash(v, lg), s.font, 8.5, "right")
        f.y += 12
    f.page.line(w / 2, f.y - 6, w - m, f.y - 6)
    f.page.text(
        m + 4, f.y + 2, tr(lg, "Total (incl. VAT)", "Gesamt (inkl. USt.)", "Total TTC"), s.bold, 8.5
    )
    f.page.text(w - m, f.y + 2, cash(tot, lg), s.bold, 8.5, "right")
    f.y += 14
    f.page.text(
        m + 4,
        f.y + 2,
        tr(lg, "Deposit (50%) paid on", "Anzahlung (50 %) erhalten am", "Acompte (50 %) versé le"),
        s.font,
        8.5,
    )
    hand(f.page, w - m - 100, f.y + 2, short(d + timedelta(days=rng.randint(0, 5)), lg), 9)
    f.y += 24
    sig_here = rng.random() < 0.5
    if sig_here:
        write(
            f,
            s,
            tr(
                lg,
                "The hirer accepts the terms of hire overleaf.",
                "Der Mieter erkennt die umseitigen Mietbedingungen an.",
                "Le locataire accepte les conditions de location au verso.",
            ),
            8,
        )
        f.need(60)
        sign_line(
            f.page, m, f.y + 30, 200, tr(lg, "For the hirer", "Mieter", "Le locataire"), s.font
        )
        scrawl(f.page, m + 6, f.y + 27, contact, 12)
        sign_line(
            f.page,
            w - m - 200,
            f.y + 30,
            200,
            tr(lg, "For the cinema", "Für das Kino", "Pour le cinéma"),
            s.font,
        )
        scrawl(f.page, w - m - 194, f.y + 27, manager(), 12)
        f.y += 50
    pages = f.pages
    pages.append(
        small_print(
            rng,
            s,
            h,
            tr(lg, "TERMS OF HIRE", "MIETBEDINGUNGEN", "CONDITIONS DE LOCATION"),
            [
                tr(lg, "Booking and deposit", "Buchung und Anzahlung", "Réservation et acompte"),
                tr(lg, "Cancellation", "Stornierung", "Annulation"),
                tr(lg, "Content and licensing", "Inhalte und Rechte", "Contenus et droits"),
                tr(lg, "Food and alcohol", "Speisen und Alkohol", "Nourriture et alcool"),
                tr(lg, "Capacity and safety", "Kapazität und Sicherheit", "Jauge et sécurité"),
                tr(lg, "Damage", "Schäden", "Dommages"),
                tr(lg, "Times", "Zeiten", "Horaires"),
                tr(lg, "Liability", "Haftung", "Responsabilité"),
            ],
        )
    )
    if not sig_here:
        g = sheets(s, h, f"{h.name} - {ref}", top=False)
        caption(g, s, tr(lg, "Signatures", "Unterschriften", "Signatures"), 2)
        write(
            g,
            s,
            tr(
                lg,
                f"Agreement {ref} for {short(ev, lg)} between {h.name} and {hirer}.",
                f"Mietvertrag {ref} vom {short(ev, lg)} zwischen {h.name} und {hirer}.",
                f"Contrat {ref} du {short(ev, lg)} entre {h.name} et {hirer}.",
            ),
        )
        g.y += 40
        for who_, nm in [
            (tr(lg, "Hirer", "Mieter", "Le locataire"), contact),
            (tr(lg, "Cinema", "Kino", "Le cinéma"), manager()),
        ]:
            sign_line(g.page, m, g.y, 220, f"{who_}: {nm}", s.font)
            scrawl(g.page, m + 6, g.y - 3, nm, 13)
            sign_line(g.page, m + 280, g.y, 120, tr(lg, "Date", "Datum", "Date"), s.font)
            hand(g.page, m + 286, g.y - 4, short(d, lg), 9)
            g.y += 70
        pages = pages + g.pages
    remember(d)
    return close(pages, s, h, numbers="none" if rng.random() < 0.5 else h.numbers)


def tpl_advertising_invoice(rng: random.Random, who: Issuer) -> list[Page]:
    """The local design and advertising agency's invoice for the month's programme brochure,
    posters, newspaper listings and social media, with a copy of the printed programme (the
    proof as sent) behind it now and then."""
    h = head_of(who, "agency")
    lg = h.lang
    s = style_of(h)
    w, _hh = s.page_size
    m = s.margin
    d = some_day(rng)
    nxt = add_months(month(), 1)
    mon = {
        "en": [
            "January",
            "February",
            "March",
            "April",
            "May",
            "June",
            "July",
            "August",
            "September",
            "October",
            "November",
            "December",
        ],
        "de": [
            "Januar",
            "Februar",
            "März",
            "April",
            "Mai",
            "Juni",
            "Juli",
            "August",
            "September",
            "Oktober",
            "November",
            "Dezember",
        ],
        "fr": [
            "janvier",
            "février",
            "mars",
            "avril",
            "mai",
            "juin",
            "juillet",
            "août",
            "septembre",
            "octobre",
            "novembre",
            "décembre",
        ],
    }[lg][nxt.month - 1]
    inv = serial(rng, rng.choice(["INV-9999", "2025-099", "F99-999"]))
    f = sheets(s, h, f"{h.name} - {inv}")
    recipient(
        f,
        s,
        h,
        cinema_lines(
            tr(
                lg,
                f"Att: {programmer()}",
                f"z. Hd. {mx(programmer(), lg)}",
                f"À l'att. de {mx(programmer(), lg)}",
            )
        ),
        d,
        [
            (tr(lg, "Invoice", "Rechnung", "Facture"), inv),
            (tr(lg, "Job", "Projekt", "Dossier"), serial(rng, "J9999")),
        ],
    )
    caption(f, s, tr(lg, "INVOICE", "RECHNUNG", "FACTURE"), 4)
    write(
        f,
        s,
        tr(
            lg,
            f"Programme {mon} {nxt.year}",
            f"Monatsprogramm {mon} {nxt.year}",
            f"Programme {mon} {nxt.year}",
        ),
        s.size,
        0,
    )
    items = [
        (
            tr(
                lg,
                "Design and artwork, programme brochure (A5, 16 pp)",
                "Gestaltung Programmheft (A5, 16 S.)",
                "Conception programme (A5, 16 p.)",
            ),
            1,
            rng.choice([380.0, 450.0, 520.0]),
        ),
        (
            tr(lg, "Print, programme brochure", "Druck Programmheft", "Impression programme"),
            rng.choice([2000, 3000, 5000]),
            rng.choice([0.09, 0.11, 0.14]),
        ),
        (
            tr(lg, "Posters A2, 4/0", "Plakate A1, 4/0", "Affiches 40x60, quadri"),
            rng.choice([20, 30, 50]),
            rng.choice([2.8, 3.5]),
        ),
        (
            tr(
                lg,
                "Newspaper listings (4 weeks)",
                "Kinoanzeige Tageszeitung (4 Wochen)",
                "Encart presse quotidienne (4 semaines)",
            ),
            4,
            rng.choice([85.0, 120.0, 145.0]),
        ),
    ]
    if rng.random() < 0.5:
        items.append(
            (
                tr(
                    lg,
                    "Social media assets (trailers cut-downs)",
                    "Social-Media-Posts",
                    "Visuels réseaux sociaux",
                ),
                1,
                rng.choice([120.0, 180.0]),
            )
        )
    rows = []
    net = 0.0
    for t, q, pr in items:
        v = round(q * pr, 2)
        net += v
        rows.append([t, str(q), money(pr, lg), money(v, lg)])
    table(
        f,
        columns(m, w - m, [(5, "left"), (0.8, "right"), (1, "right"), (1.2, "right")]),
        [
            tr(lg, "Description", "Leistung", "Désignation"),
            tr(lg, "Qty", "Menge", "Qté"),
            tr(lg, "Rate", "Preis", "P.U."),
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
            "Payment within 30 days. Thank you!",
            "Zahlbar innerhalb von 14 Tagen.",
            "Règlement à réception.",
        ),
        s.size - 1,
    )
    write(f, s, bank_line(keyed(who, "bank"), h.name, lg), s.size - 1.5)
    pages = close(f.pages, s, h, numbers="none")
    if rng.random() < 0.55:
        size = A5 if rng.random() < 0.5 else A4
        p = Page(size)
        pw, ph = size
        mm = 24
        p.rect(0, 0, pw, 70, fill=0.2)
        p.text(
            mm,
            30,
            cinema_row()[0].upper(),
            "Helvetica-Bold",
            shrink(cinema_row()[0].upper(), "Helvetica-Bold", 16, pw - 2 * mm),
        )
        p.text(
            mm,
            52,
            f"{tr(lg, 'What is on', 'Programm', 'Au programme')} - {mon} {nxt.year}",
            "Helvetica",
            10,
        )
        y = 92.0
        for k in rng.sample(range(len(FILMS)), rng.randint(4, 7)):
            if y > ph - 80:
                break
            p.rect(mm, y, 48, 64, fill=rng.uniform(0.35, 0.7))
            p.text(mm + 58, y + 10, film_title(k, lg), "Helvetica-Bold", 9)
            p.text(mm + 58, y + 22, f"{film_cert(k, lg)} - {FILMS[k][3]} min", "Helvetica", 7)
            for j, ln in enumerate(
                wrap(words(rng, lg, "film"), "Helvetica", 7, pw - 2 * mm - 60)[:2]
            ):
                p.text(mm + 58, y + 34 + 9 * j, ln, "Helvetica", 7)
            p.text(
                mm + 58,
                y + 58,
                " ".join(
                    rng.sample(["Fri 18:15", "Sat 20:30", "Sun 15:45", "Tue 19:00", "Wed 13:30"], 3)
                )
                if lg == "en"
                else " ".join(rng.sample(["Do 18:15", "Fr 20:30", "So 15:45", "Di 19:00"], 3))
                if lg == "de"
                else " ".join(rng.sample(["mer 14h", "ven 20h30", "dim 16h", "mar 18h"], 3)),
                "Helvetica-Bold",
                7,
            )
            y += 76
        p.text(
            pw / 2,
            ph - 26,
            f"{cinema_row()[1]}, {cinema_row()[2]} - {cinema_row()[3]}",
            "Helvetica",
            7,
            "center",
        )
        if rng.random() < 0.6:
            stamp(
                p,
                pw - 130,
                ph - 110,
                [
                    tr(lg, "PROOF", "KORREKTURABZUG", "BAT"),
                    short(d - timedelta(days=rng.randint(8, 15)), lg),
                ],
            )
        pages.append(p)
    received(rng, pages[0], d, 0.3)
    remember(d)
    return pages


def tpl_membership_form(rng: random.Random, who: Issuer) -> list[Page]:
    """A member's filled-in membership renewal form, the cinema's own printed form (A5 or A4):
    member number, name and address by hand, the membership type and payment ticked, Gift Aid
    in England, the signature and the box office's "office use" box."""
    h = cinema_head()
    lg = h.lang
    size = keyed(who, "size").choice([A5, A5, A4])
    s = style_of(h, size, margin=30 if size == A5 else 46, pt=8 if size == A5 else 9)
    w, hh = size
    m = s.margin
    d = some_day(rng)
    name = person(rng, lg)
    f = sheets(s, h)
    caption(
        f,
        s,
        tr(
            lg,
            "MEMBERSHIP RENEWAL",
            "MITGLIEDSCHAFT / KINOKARTE - VERLÄNGERUNG",
            "RENOUVELLEMENT DE LA CARTE D'ADHÉRENT",
        ),
        2,
    )
    write(
        f,
        s,
        tr(
            lg,
            "Membership runs for 12 months. Members get £1.50 off every ticket, 10% at the bar "
            "and priority booking.",
            "Die Kinokarte gilt 12 Monate: 1,50 € Ermäßigung je Vorstellung und 10 % im Café.",
            "La carte est valable 12 mois : tarif adhérent sur toutes les séances et 10 % au bar.",
        ),
        s.size - 1,
    )
    f.y = fields(
        f.page,
        s,
        m,
        f.y,
        w - 2 * m,
        [
            (tr(lg, "Membership no.", "Mitgliedsnr.", "N° adhérent"), serial(rng, "M99999")),
            (tr(lg, "Name", "Name", "Nom"), name),
            (
                tr(lg, "Address", "Anschrift", "Adresse"),
                f"{rng.randint(1, 99)} {rng.choice(ROADS[lg])}"
                if lg != "de"
                else f"{rng.choice(ROADS[lg])} {rng.randint(1, 99)}",
            ),
            (tr(lg, "Postcode / town", "PLZ / Ort", "CP / ville"), cinema_row()[2]),
            (
                tr(lg, "E-mail", "E-Mail", "E-mail"),
                f"{name.split()[0].lower()}.{name.split()[1][0].lower()}@"
                + rng.choice(["gmail.com", "web.de", "orange.fr", "btinternet.com"]),
            ),
            (
                tr(lg, "Date of birth", "Geburtsdatum", "Date de naissance"),
                short(date(rng.randint(1948, 2004), rng.randint(1, 12), rng.randint(1, 28)), lg)
                if rng.random() < 0.7
                else "",
            ),
        ],
        per=2,
        tall=24,
    )
    types = {
        "en": ["Single £30", "Joint £50", "Concession £20", "Student £15"],
        "de": ["Einzel 25 €", "Paar 40 €", "ermäßigt 15 €", "Schüler/Student 10 €"],
        "fr": ["Individuelle 20 €", "Duo 35 €", "Réduite 12 €", "Étudiant 8 €"],
    }[lg]
    f.page.text(m, f.y, tr(lg, "Membership:", "Art:", "Formule :"), s.bold, s.size - 1)
    f.y = (
        ticks(f.page, s, m + 60, f.y, w - 2 * m - 60, types, {rng.randrange(4)}, pt=s.size - 1) + 4
    )
    pay = [
        tr(lg, "Cash", "Bar", "Espèces"),
        tr(lg, "Card", "Karte", "CB"),
        tr(lg, "Cheque", "Überweisung", "Chèque"),
    ]
    f.page.text(m, f.y, tr(lg, "Paid by:", "Zahlung:", "Règlement :"), s.bold, s.size - 1)
    f.y = ticks(f.page, s, m + 60, f.y, w - 2 * m - 60, pay, {rng.randrange(3)}, pt=s.size - 1) + 4
    f.page.text(
        m,
        f.y,
        tr(lg, "Newsletter by e-mail:", "Newsletter per E-Mail:", "Lettre d'info par e-mail :"),
        s.font,
        s.size - 1,
    )
    f.y = (
        ticks(
            f.page, s, m + 120, f.y, w - 2 * m - 120, yes_no(lg), {rng.randrange(2)}, pt=s.size - 1
        )
        + 4
    )
    if lg == "en":
        f.need(60)
        f.page.rect(m, f.y - 8, w - 2 * m, 44)
        box_on = rng.random() < 0.6
        box(f.page, m + 6, f.y + 4, box_on, 9)
        for j, ln in enumerate(
            wrap(
                "giftaid it - I am a UK taxpayer and want the cinema's charity to treat this and "
                "future donations as Gift Aid donations.",
                s.font,
                6.5,
                w - 2 * m - 30,
            )[:4]
        ):
            f.page.text(m + 20, f.y + 3 + 8 * j, ln, s.font, 6.5)
        f.y += 46
    f.y += 10
    f.need(40)
    sign_line(
        f.page,
        m,
        f.y + 18,
        (w - 2 * m) * 0.55,
        tr(lg, "Signature", "Unterschrift", "Signature"),
        s.font,
    )
    scrawl(f.page, m + 4, f.y + 15, name, 11)
    sign_line(
        f.page,
        m + (w - 2 * m) * 0.65,
        f.y + 18,
        (w - 2 * m) * 0.35,
        tr(lg, "Date", "Datum", "Date"),
        s.font,
    )
    hand(f.page, m + (w - 2 * m) * 0.65 + 4, f.y + 14, short(d, lg), 8.5)
    f.y += 36
    if f.y < hh - m - 50:
        y = hh - m - 44
        f.page.rect(m, y, w - 2 * m, 36, fill=0.93)
        f.page.text(
            m + 4,
            y + 10,
            tr(
                lg,
                "Office use: card issued / expiry / initials",
                "Nur für die Kasse: Karte ausgegeben / gültig bis / Kürzel",
                "Réservé caisse : carte remise / validité / visa",
            ),
            s.font,
            6.5,
        )
        if rng.random() < 0.8:
            hand(
                f.page,
                m + 8,
                y + 27,
                f"ok  {short(date(d.year + 1, d.month, min(d.day, 28)), lg)}  "
                f"{staff(h, 'boxoffice')[:2].upper()}",
                9,
            )
    remember(d)
    return f.pages


def tpl_energy_bill(rng: random.Random, who: Issuer) -> list[Page]:
    """The electricity supplier's business bill for the cinema: account, supply point
    (MPAN, Zählpunkt, PDL), meter readings, day and night units, standing charge, levies
    (Climate Change Levy, Stromsteuer, accise) and VAT; the consumption history chart and the
    explanation of charges on the next page."""
    h = head_of(who, "energy")
    lg = h.lang
    s = style_of(h, A4, margin=44, pt=8.5)
    w, _hh = s.page_size
    m = s.margin
    per = add_months(month(), -1)
    end = month() - timedelta(days=1)
    d = month() + timedelta(days=rng.randint(2, 10))
    acct = serial(keyed(who, "acct"), "999999999")
    f = sheets(s, h, f"{h.name} - {tr(lg, 'Account', 'Vertragskonto', 'Compte')} {acct}")
    recipient(
        f,
        s,
        h,
        cinema_lines(),
        d,
        [
            (tr(lg, "Account no.", "Vertragskonto", "N° de compte"), acct),
            (tr(lg, "Bill no.", "Rechnungsnr.", "N° facture"), serial(rng, "99999999")),
        ],
    )
    caption(
        f,
        s,
        tr(lg, "Your electricity bill", "Ihre Stromrechnung", "Votre facture d'électricité"),
        3,
    )
    sp = {
        "en": ("MPAN", serial(keyed(who, "sp"), "00 801 999 999 999 9999 999")),
        "de": ("Zählpunkt", serial(keyed(who, "sp"), "DE0009999999999999999999999999999")),
        "fr": ("PDL", serial(keyed(who, "sp"), "99999999999999")),
    }[lg]
    f.y = pairs(
        f.page,
        s,
        m,
        f.y,
        [
            (
                tr(lg, "Billing period", "Abrechnungszeitraum", "Période"),
                f"{short(per, lg)} - {short(end, lg)}",
            ),
            (sp[0], sp[1]),
            (tr(lg, "Meter", "Zähler", "Compteur"), serial(keyed(who, "mt"), "A99A999999")),
        ],
        w / 2,
        s.size - 0.5,
    )
    f.y += 10
    kwh_day = rng.randint(4200, 9800)
    kwh_night = int(kwh_day * rng.uniform(0.18, 0.35))
    r_day, r_night = {"en": (0.284, 0.196), "de": (0.268, 0.211), "fr": (0.219, 0.162)}[lg]
    prev = rng.randint(100000, 800000)
    meter = [
        [
            tr(lg, "Day", "HT", "HP"),
            str(prev),
            str(prev + kwh_day),
            str(kwh_day),
            tr(lg, "Actual", "abgelesen", "réel"),
        ],
        [
            tr(lg, "Night", "NT", "HC"),
            str(prev // 3),
            str(prev // 3 + kwh_night),
            str(kwh_night),
            tr(lg, "Actual", "abgelesen", "réel"),
        ],
    ]
    table(
        f,
        columns(
            m, w - m, [(1, "left"), (1.2, "right"), (1.2, "right"), (1, "right"), (1, "center")]
        ),
        [
            tr(lg, "Register", "Zählwerk", "Poste"),
            tr(lg, "Previous", "Alt", "Ancien"),
            tr(lg, "Present", "Neu", "Nouveau"),
            "kWh",
            tr(lg, "Type", "Art", "Type"),
        ],
        meter,
        s,
        size=7.5,
    )
    days_n = (end - per).days + 1
    sc = {"en": 1.92, "de": 0.55, "fr": 1.10}[lg]
    levy = {
        "en": ("Climate Change Levy", 0.00775),
        "de": ("Stromsteuer", 0.0205),
        "fr": ("Accise sur l'électricité", 0.021),
    }[lg]
    items = [
        (
            tr(lg, "Day units", "Arbeitspreis HT", "Consommation HP"),
            f"{kwh_day} kWh x {r_day:.3f}",
            kwh_day * r_day,
        ),
        (
            tr(lg, "Night units", "Arbeitspreis NT", "Consommation HC"),
            f"{kwh_night} kWh x {r_night:.3f}",
            kwh_night * r_night,
        ),
        (
            tr(lg, "Standing charge", "Grundpreis", "Abonnement"),
            f"{days_n} x {sc:.2f}",
            days_n * sc,
        ),
        (levy[0], f"{kwh_day + kwh_night} kWh x {levy[1]:.5f}", (kwh_day + kwh_night) * levy[1]),
    ]
    if lg == "de":
        items.append(("Netzentgelte / Messstellenbetrieb", "", rng.uniform(320, 640)))
    if lg == "fr":
        items.append(("Acheminement (TURPE)", "", rng.uniform(280, 560)))
    rows = [[a, b, money(v, lg)] for a, b, v in items]
    f.y += 6
    table(
        f,
        columns(m, w - m, [(3, "left"), (2.6, "left"), (1.2, "right")]),
        [
            tr(lg, "Charges", "Position", "Détail"),
            tr(lg, "Calculation", "Berechnung", "Calcul"),
            tr(lg, "Amount", "Betrag", "Montant"),
        ],
        rows,
        s,
        rules=True,
    )
    net = round(sum(v for _, _, v in items), 2)
    totals(f, s, lg, net, vat_rate(lg))
    write(
        f,
        s,
        tr(
            lg,
            "We will collect this amount by Direct Debit on or around "
            f"{short(d + timedelta(days=14), lg)}.",
            f"Der Betrag wird am {short(d + timedelta(days=14), lg)} von Ihrem Konto abgebucht.",
            f"Ce montant sera prélevé le {short(d + timedelta(days=14), lg)}.",
        ),
        s.size - 0.5,
    )
    pages = f.pages
    if rng.random() < 0.65:
        g = sheets(s, h, f"{h.name} - {acct}", top=False)
        caption(
            g,
            s,
            tr(
                lg,
                "Your consumption over the last 12 months",
                "Ihr Verbrauch der letzten 12 Monate",
                "Votre consommation sur 12 mois",
            ),
            2,
        )
        x0, base = m + 30, g.y + 170
        g.page.line(x0, base, w - m, base)
        g.page.line(x0, g.y, x0, base)
        bw = (w - m - x0) / 12
        for i in range(12):
            v = rng.uniform(0.5, 1.0)
            g.page.rect(
                x0 + i * bw + 4, base - 160 * v, bw - 8, 160 * v, fill=0.45 if i < 11 else 0.15
            )
            g.page.text(
                x0 + i * bw + bw / 2,
                base + 10,
                f"{add_months(per, i - 11):%m/%y}",
                s.font,
                6.5,
                "center",
            )
        g.y = base + 30
        g.heading(
            m,
            tr(lg, "About your charges", "Erläuterungen", "Comprendre votre facture"),
            s.bold,
            s.size + 1,
        )
        for _ in range(rng.randint(3, 6)):
            write(g, s, words(rng, lg, "money", rng.randint(14, 28)), s.size - 1)
        pages = pages + g.pages
    received(rng, pages[0], d, 0.2)
    remember(d)
    return close(
        pages,
        s,
        h,
        numbers=tr(lg, "Page {i} of {n}", "Seite {i} von {n}", "{i}/{n}")
        if len(pages) > 1
        else "none",
    )


def tpl_insurance_schedule(rng: random.Random, who: Issuer) -> list[Page]:
    """The cinema's insurance at renewal: the broker's covering letter, the policy schedule
    with the sections and sums insured (buildings contents, projection equipment, business
    interruption, public and employers' liability, event cancellation), the endorsements and,
    in England, the employers' liability certificate to display; in France sometimes only the
    attestation d'assurance."""
    h = head_of(who, "insurance")
    lg = h.lang
    s = style_of(h)
    w, hh = s.page_size
    m = s.margin
    d = some_day(rng)
    start = add_months(month(), 1)
    pol = serial(keyed(who, "pol"), rng.choice(["LEI/999999/AA", "VS 99.999.999", "CT99999999"]))
    pages: list[Page] = []
    only_att = lg == "fr" and rng.random() < 0.4
    if not only_att:
        c = sheets(s, h)
        recipient(
            c,
            s,
            h,
            [mx(manager(), lg), *cinema_lines()],
            d,
            [(tr(lg, "Policy", "Versicherungsschein-Nr.", "Contrat n°"), pol)],
        )
        caption(
            c,
            s,
            tr(lg, "Your renewal", "Ihre Vertragsverlängerung", "Renouvellement de votre contrat"),
            1,
        )
        write(c, s, dear(lg, mx(manager(), lg)))
        write(
            c,
            s,
            tr(
                lg,
                "We are pleased to enclose your renewal documents for the period from "
                f"{short(start, lg)}. Please check the schedule carefully and let us know of any "
                "changes to your business.",
                f"anbei erhalten Sie die Unterlagen zu Ihrem Vertrag ab {short(start, lg)}. Bitte "
                "prüfen Sie die Angaben.",
                "Nous vous prions de trouver ci-joint les documents de votre contrat à compter "
                f"du {short(start, lg)}.",
            ),
        )
        write(c, s, prose(rng, lg, "money", 1, 3))
        regards(
            c,
            s,
            lg,
            staff(h, "acct"),
            tr(lg, "Account Executive", "Kundenbetreuung", "Chargé de clientèle"),
        )
        pages += c.pages
    if only_att or rng.random() < 0.85:
        g = sheets(
            s, h, f"{tr(lg, 'Schedule', 'Versicherungsschein', 'Conditions particulières')} {pol}"
        )
        if only_att:
            caption(g, s, "ATTESTATION D'ASSURANCE", 5)
            write(
                g,
                s,
                f"{h.name} atteste que {cinema_row()[0]}, {cinema_row()[1]}, {cinema_row()[2]}, "
                f"est titulaire du contrat n° {pol} garantissant sa responsabilité civile "
                "d'exploitant de salle de spectacles (ERP type L) et de débit de boissons, pour "
                f"la période du {short(start, lg)} au "
                f"{short(date(start.year + 1, start.month, 1) - timedelta(days=1), lg)}.",
            )
            write(
                g,
                s,
                "La présente attestation ne peut engager l'assureur au-delà des conditions et "
                "limites du contrat auquel elle se réfère.",
            )
            g.y += 30
            g.page.text(w - m - 200, g.y, f"Fait à Paris, le {day(h, d)}", s.font, s.size)
            scrawl(g.page, w - m - 200, g.y + 30, staff(h, "acct"), 13)
            stamp(g.page, m, g.y, [h.name.upper()[:28], "SERVICE CONTRATS"])
        else:
            caption(
                g,
                s,
                tr(
                    lg,
                    "POLICY SCHEDULE - CINEMA & LEISURE",
                    "VERSICHERUNGSSCHEIN - KINO UND GASTRONOMIE",
                    "CONDITIONS PARTICULIÈRES - SALLE DE CINÉMA",
                ),
                3,
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
                        cinema_row()[0],
                    ),
                    (tr(lg, "Policy no.", "Vertragsnr.", "N° contrat"), pol),
                    (
                        tr(lg, "Period", "Laufzeit", "Période"),
                        f"{short(start, lg)} - "
                        f"{short(date(start.year + 1, start.month, 1) - timedelta(days=1), lg)}",
                    ),
                    (
                        tr(lg, "Business", "Betriebsart", "Activité"),
                        tr(
                            lg,
                            "Cinema (2 screens), café-bar",
                            "Filmtheater (2 Säle), Café-Bar",
                            "Cinéma 2 salles, bar",
                        ),
                    ),
                ],
                per=2,
                tall=26,
                hand=False,
            )
            secs = [
                (
                    tr(lg, "Buildings", "Gebäude", "Bâtiment"),
                    rng.choice([1_800_000, 2_400_000, 3_100_000]),
                ),
                (
                    tr(lg, "Contents and stock", "Inhalt und Vorräte", "Contenu et stocks"),
                    rng.choice([180_000, 240_000]),
                ),
                (
                    tr(
                        lg,
                        "Projection & sound equipment (all risks)",
                        "Projektions- und Tontechnik (Elektronik)",
                        "Matériel de projection et son (tous risques)",
                    ),
                    rng.choice([160_000, 220_000, 280_000]),
                ),
                (
                    tr(
                        lg,
                        "Business interruption (12 months)",
                        "Betriebsunterbrechung (12 Monate)",
                        "Pertes d'exploitation (12 mois)",
                    ),
                    rng.choice([400_000, 650_000]),
                ),
                (
                    tr(lg, "Public liability", "Betriebshaftpflicht", "Responsabilité civile"),
                    5_000_000,
                ),
                (
                    tr(lg, "Employers' liability", "Arbeitgeberhaftpflicht", "RC employeur"),
                    10_000_000,
                ),
                (
                    tr(lg, "Event cancellation", "Veranstaltungsausfall", "Annulation d'événement"),
                    rng.choice([25_000, 50_000]),
                ),
            ]
            rows = [
                [
                    t,
                    cash(float(v), lg),
                    tr(lg, "Insured", "versichert", "Garanti")
                    if rng.random() < 0.9
                    else tr(lg, "Not insured", "nicht versichert", "Non souscrit"),
                    cash(float(rng.choice([250, 500, 1000])), lg),
                ]
                for t, v in secs
            ]
            table(
                g,
                columns(m, w - m, [(3.4, "left"), (1.6, "right"), (1.2, "center"), (1.1, "right")]),
                [
                    tr(lg, "Section", "Sparte", "Garantie"),
                    tr(lg, "Sum insured / limit", "Versicherungssumme", "Capital / plafond"),
                    tr(lg, "Status", "Status", "État"),
                    tr(lg, "Excess", "Selbstbeteiligung", "Franchise"),
                ],
                rows,
                s,
                rules=True,
            )
            prem = rng.uniform(4200, 9800)
            g.y = (
                pairs(
                    g.page,
                    s,
                    w / 2,
                    g.y + 6,
                    [
                        (
                            tr(lg, "Annual premium", "Jahresbeitrag netto", "Prime annuelle HT"),
                            cash(prem, lg),
                        ),
                        (
                            tr(
                                lg,
                                "Insurance Premium Tax 12%",
                                "Versicherungsteuer 19 %",
                                "Taxes 9 %",
                            ),
                            cash(prem * {"en": 0.12, "de": 0.19, "fr": 0.09}[lg], lg),
                        ),
                        (
                            tr(lg, "Total", "Gesamt", "Total TTC"),
                            cash(prem * {"en": 1.12, "de": 1.19, "fr": 1.09}[lg], lg),
                        ),
                    ],
                    w - m,
                )
                + 10
            )
            g.heading(
                m,
                tr(lg, "Endorsements", "Klauseln und Vereinbarungen", "Clauses particulières"),
                s.bold,
                s.size + 1,
            )
            for _n in range(rng.randint(3, 8)):
                write(
                    g,
                    s,
                    f"{serial(rng, 'A99')} {words(rng, lg, 'legal', rng.randint(14, 30))}",
                    s.size - 1,
                    8,
                )
        pages += g.pages
    if lg == "en" and not only_att and rng.random() < 0.7:
        c2 = sheets(s, h, "", top=False)
        p = c2.page
        p.rect(m - 6, m - 10, w - 2 * m + 12, hh * 0.62, fill=None)
        p.text(
            w / 2,
            m + 14,
            "CERTIFICATE OF EMPLOYERS' LIABILITY INSURANCE",
            s.bold,
            shrink("CERTIFICATE OF EMPLOYERS' LIABILITY INSURANCE", s.bold, 13, w - 2 * m),
            "center",
        )
        p.text(
            w / 2,
            m + 30,
            "(a copy of this certificate must be displayed at each place of business)",
            s.font,
            7.5,
            "center",
        )
        c2.y = m + 50
        c2.y = fields(
            p,
            s,
            m,
            c2.y,
            w - 2 * m,
            [
                ("Policy number", pol),
                ("Employer's Reference Number", serial(keyed(who, "ern"), "999/AA99999")),
                ("Name of policyholder", cinema_row()[0]),
                ("Date of commencement", short(start, lg)),
                (
                    "Date of expiry",
                    short(date(start.year + 1, start.month, 1) - timedelta(days=1), lg),
                ),
                ("Limit of indemnity", "£10,000,000"),
            ],
            per=1,
            tall=26,
            hand=False,
        )
        write(
            c2,
            s,
            "We hereby certify that subject to paragraph 2: the policy to which this certificate "
            "relates satisfies the requirements of the relevant law applicable in Great Britain, "
            "Northern Ireland, the Isle of Man, the Island of Jersey, the Island of Guernsey and "
            "the Island of Alderney.",
            7.5,
        )
        c2.y += 10
        scrawl(p, m, c2.y + 20, staff(h, "uw"), 12)
        p.text(m, c2.y + 32, "Authorised insurer: Cornerstone Leisure Insurance", s.font, 7.5)
        pages += c2.pages
    received(rng, pages[0], d, 0.3)
    remember(d)
    return close(pages, s, h, numbers="none" if len(pages) < 3 else h.numbers, covers=0)


# ---------------------------------------------------------------------------------------------
# The part: templates, runs and companions
# ---------------------------------------------------------------------------------------------


def tracked(name: str, tpl: Template) -> Template:
    """``tpl`` noting its kind, so that a companion can take up the same film, visit or order."""

    def run(rng: random.Random, who: Issuer) -> list[Page]:
        pages = tpl(rng, who)
        LAST["kind"] = name
        return pages

    run.__doc__ = tpl.__doc__
    return run


KINDS: dict[str, Template] = {
    "booking_confirmation": tpl_booking_confirmation,
    "dcp_delivery": tpl_dcp_delivery,
    "kdm_notice": tpl_kdm_notice,
    "box_office_return": tpl_box_office_return,
    "rental_invoice": tpl_rental_invoice,
    "service_report": tpl_service_report,
    "service_invoice": tpl_service_invoice,
    "ticketing_invoice": tpl_ticketing_invoice,
    "music_licence": tpl_music_licence,
    "delivery_note": tpl_delivery_note,
    "wholesale_invoice": tpl_wholesale_invoice,
    "classification": tpl_classification,
    "premises_licence": tpl_premises_licence,
    "fire_certificate": tpl_fire_certificate,
    "electrical_certificate": tpl_electrical_certificate,
    "hire_contract": tpl_hire_contract,
    "advertising_invoice": tpl_advertising_invoice,
    "membership_form": tpl_membership_form,
    "energy_bill": tpl_energy_bill,
    "insurance_schedule": tpl_insurance_schedule,
}
TEMPLATES_EEE: dict[str, Template] = {k: tracked(k, t) for k, t in KINDS.items()}
#: Kinds that a pile often holds 2-4 of in a row from one sender.
RUN_KINDS = (
    "booking_confirmation",
    "kdm_notice",
    "box_office_return",
    "rental_invoice",
    "delivery_note",
    "wholesale_invoice",
    "membership_form",
)
#: A kind often followed by a related paper, mostly from another sender.
FOLLOWS = {
    "booking_confirmation": "dcp_delivery",
    "dcp_delivery": "kdm_notice",
    "box_office_return": "rental_invoice",
    "service_report": "service_invoice",
    "delivery_note": "wholesale_invoice",
}


# ---------------------------------------------------------------------------------------------
# Streams and generation (same files and labels as corpus.generate)
# ---------------------------------------------------------------------------------------------


def make_amphora_stream(rng: random.Random, n_docs: int, separators: bool) -> Stream:
    """One cinema's pile: ``corpus.make_stream`` with batch runs (after a run kind, 1-3 more
    of the same kind from the same sender follow with probability 0.6) and companions (each
    kind in ``FOLLOWS`` is followed by its related paper with probability 0.5). The cinema
    (country, name, month) is drawn once per stream."""
    r = random.Random(rng.getrandbits(32))
    lang = r.choice(["en", "en", "de", "de", "fr"])
    CINEMA["lang"] = lang
    CINEMA["row"] = r.randrange(len(CINEMAS[lang]))
    CINEMA["seed"] = r.getrandbits(24)
    CINEMA["month"] = date(r.choice([2024, 2025]), r.randint(1, 12), 1)
    LAST.update(kind="", day=None, extra=None)
    run_odds = dict.fromkeys(RUN_KINDS, 0.6)
    return assemble_stream(
        rng, TEMPLATES_EEE, n_docs, separators, run_odds, run_len=(1, 3), follows=FOLLOWS
    )


generate = part_generate(PART, SEED_OFFSET, make_amphora_stream, "templates EEE")


def main(argv: list[str]) -> int:
    return part_main(argv, __doc__, PART, generate, scanned=12)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

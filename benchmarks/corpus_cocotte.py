"""Cocotte part of the generated corpus: templates TTTTT, written blind for the next measurement.

A part of its own, ``cocotte``. Its templates were written without looking at the boundary
detector, its documentation, its tuning or its evaluation, as the pile the office of a youth
and backpacker hostel with dormitories, private rooms and a café (a manager, a deputy,
reception staff, housekeeping and a part-time bookkeeper; in England, Germany or France) feeds
through its scanner in a month: schools' and clubs' group booking requests on the hostel's
booking form, filled in by hand and stamped, now and then behind a covering letter from the
visit leader, with the school's typed rooming list; the hostel's booking confirmations to
groups (Belegungsbestätigung, confirmation de réservation) with the booking conditions and
often an acceptance slip; the group leaders' meal orders (Verpflegungsplan, fiche repas) with
special diets, sometimes with the school's list of medical and dietary needs; the group
leaders' arrival forms (Gruppenleitererklärung, fiche d'arrivée) with the keys issued, the
ticked declaration and the departure check, sometimes with the signed house rules; the
hostel's final invoices to groups with the statement of nights per day; the hostel's letters
about damage after a group's stay with the photo sheets; outdoor activity providers' booking
confirmations and invoices with the participant and medical form and a kit list; booking
platforms' commission invoices with the reservation statement on portrait or landscape pages;
guests' registration cards (Meldeschein, fiche individuelle de police, overseas visitors'
record) on A6 or A5; the monthly accommodation statistics return (Beherbergung im
Reiseverkehr, enquête de fréquentation, occupancy survey); fire alarm contractors' inspection
and servicing certificates with the landscape device schedule and an emergency lighting sheet;
laboratories' Legionella test reports, some with a covering letter; contract furniture
suppliers' invoices for bunk beds and mattresses with the fire-behaviour conformity
certificate and the signed delivery note; the guest Wi-Fi provider's invoices with the usage
report; the hostel association's circulars (YHA / Independent Hostels UK, DJH
Landesverband, FUAJ / LFAJ) with a price band annex on a landscape page or a reply form; the
hostel's monthly membership card returns to the association, filled in by hand, signed and
stamped; volunteers' agreements (work-exchange volunteer agreement, Bundesfreiwilligendienst,
Service Civique) with the staff house rules and a signature page; housekeeping's daily room
sheets with hand ticks; guests' e-mails about lost property as reception prints them, now and
then with a photo of the item; and the hostel's lost property letters with the forwarding
request slip. Each stream is one hostel's pile: the hostel (country, name, month, staff) is
drawn once per stream; its outside senders are of the hostel's country and write in its
language, except that schools and clubs are now and then from abroad and write in their own,
booking platforms write from their head office in English or in the hostel's language, guests
write from home in theirs, and the hostel answers a foreign guest now and then in English.
Page sizes range from A6 registration cards and A5 slips to A4 and landscape A4.

Labelling rule: what one sender issues in one go is one document, as the office files it: the
covering letter, the filled-in booking form and the rooming list a school sends together; the
booking conditions and the acceptance slip of a confirmation; the medical and dietary list
behind a meal order; the signed house rules behind an arrival form; the statement of nights
of a final invoice; the photo sheets of a damage letter; the participant form and the kit list
of an activity booking; the reservation statement of a commission invoice; the notes page of a
statistics return; the device schedule and the emergency lighting sheet of an alarm
certificate; the covering letter and the report of a Legionella analysis; the conformity
certificate and the delivery note of a furniture invoice; the usage report of a Wi-Fi invoice;
the annex or reply form of a circular; the house rules and the signature page of a volunteer
agreement; the printed e-mail and its attached photo. Related papers are documents of their
own: the hostel's confirmation after a school's booking request, the group's meal order after
the confirmation, the leader's arrival form after the meal order, the damage letter after the
final invoice, the hostel's lost property letter after the guest's e-mail, the card return
after the association's circular; and so is each registration card, housekeeping sheet,
commission invoice, booking request, final invoice, arrival form, volunteer agreement and lost
property letter, even when several of one kind from one sender follow each other.

Streams are assembled like ``corpus.make_stream`` (same separator sheets, same 30% chance of
repeating the previous kind and sender), plus batch runs: booking requests, registration
cards, housekeeping sheets (on following days), commission invoices (for following
fortnights), final invoices, arrival forms, volunteer agreements and lost property letters
often come 2-4 in a row from one sender with other groups, guests, dates, numbers and amounts;
and companions: each related paper above often follows the document it answers, about the same
group or guest. Drawn with ``corpus.draw_pdf``, scanned with ``corpus.scan`` and labelled
exactly like ``corpus.generate`` with ``"split": "cocotte"`` and seeds offset by 12_300_000.

Usage: ``python benchmarks/corpus_cocotte.py OUT_DIR [--streams N] [--scanned N] [--seed S]``
writes ``OUT_DIR/cocotte/cocotte_{born_digital,scanned}_NNNNNNN.{pdf,json}``.
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

from reportlab.lib.pagesizes import A4, A5, landscape

sys.path.insert(0, str(Path(__file__).parent))

from corpus import Issuer, Page, Stream, Style, Template, assemble_stream
from corpus_kit import (
    HAND,
    INK,
    MONTH_NAMES,
    Flow,
    band,
    box,
    caption,
    cash,
    cell,
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
)
from corpus_kit import address as window

PART = "cocotte"
SEED_OFFSET = 12_300_000

MM = 72 / 25.4
A6 = (105 * MM, 148 * MM)
SLIP = (80 * MM, 160 * MM)

# ---------------------------------------------------------------------------------------------
# Who writes: the hostel and its outside senders, by country
# ---------------------------------------------------------------------------------------------

Row = tuple[str, str, str, str]  # name, street, town, telephone
HOSTELS: dict[str, list[Row]] = {
    "en": [
        ("Fellside Backpackers & Café", "Lake Road", "Keswick CA12 5DQ", "017687 72 410"),
        ("The Old Ropeworks Hostel", "14 Quay Street", "Whitby YO21 3AF", "01947 600 318"),
        ("Castle Wynd Hostel", "3 Castle Wynd", "Durham DH1 3RW", "0191 386 4420"),
    ],
    "de": [
        ("Jugendgästehaus Lindenhof", "Lindenweg 4", "87527 Sonthofen", "08321 67 09 20"),
        ("Hostel Am Rheinufer", "Rheinallee 12", "56154 Boppard", "06742 80 31 70"),
        ("Jugend- und Familiengästehaus Elbblick", "Am Elbhang 9", "01796 Pirna", "03501 52 66 0"),
    ],
    "fr": [
        (
            "Auberge de jeunesse Les Remparts",
            "4 rue des Remparts",
            "84000 Avignon",
            "04 90 27 16 50",
        ),
        ("Auberge du Vieux Port", "11 quai de Rive-Neuve", "13007 Marseille", "04 91 33 28 70"),
        ("Auberge de jeunesse du Lac", "218 route du Lac", "74400 Chamonix", "04 50 53 14 52"),
    ],
}
SENDERS: dict[str, dict[str, list[Row]]] = {
    "school": {
        "en": [
            (
                "St Aidan's C of E Primary School",
                "Church Lane",
                "Gateshead NE9 6AB",
                "0191 487 3311",
            ),
            ("Kingsmead Academy", "Coldharbour Road", "Bristol BS6 7JX", "0117 942 1180"),
            ("Holmfirth High School", "Heys Road", "Holmfirth HD9 7SE", "01484 691 460"),
            ("1st Wirral Scout Group", "Scout HQ, Mill Lane", "Wallasey CH44 5UG", ""),
            ("Lancaster University Fell Walking Club", "Students' Union", "Lancaster LA1 4YA", ""),
        ],
        "de": [
            (
                "Albert-Schweitzer-Gymnasium",
                "Schulstraße 20",
                "45739 Oer-Erkenschwick",
                "02368 690 10",
            ),
            ("Grundschule am Schlossberg", "Schlossbergweg 3", "72072 Tübingen", "07071 204 13 50"),
            ("Realschule plus Westerburg", "Schulstraße 12", "56457 Westerburg", ""),
            ("TSV Eintracht 1898 e.V. - Jugendabteilung", "Sportplatzweg 1", "34117 Kassel", ""),
            ("Evangelische Jugend Dekanat Fürth", "Königswarterstraße 60", "90762 Fürth", ""),
        ],
        "fr": [
            (
                "Collège Jean Moulin",
                "12 avenue de la Libération",
                "26000 Valence",
                "04 75 82 41 00",
            ),
            ("École élémentaire Jules Ferry", "3 rue des Écoles", "69100 Villeurbanne", ""),
            ("Lycée Albert Camus", "45 boulevard Gambetta", "30000 Nîmes", "04 66 36 14 80"),
            (
                "Association Sportive Montbrison Basket",
                "Gymnase du Calvaire",
                "42600 Montbrison",
                "",
            ),
            ("Centre social La Passerelle - secteur jeunes", "8 rue Pasteur", "38000 Grenoble", ""),
        ],
    },
    "platform": {
        "en": [
            ("Bunkfinder Ltd", "Block 4, Harcourt Centre", "Dublin 2, Ireland", ""),
            ("Dormly B.V.", "Herengracht 182", "1016 BR Amsterdam, Netherlands", ""),
        ],
        "de": [
            ("Bunkfinder Ltd", "Block 4, Harcourt Centre", "Dublin 2, Irland", ""),
            ("Dormly B.V.", "Herengracht 182", "1016 BR Amsterdam, Niederlande", ""),
        ],
        "fr": [
            ("Bunkfinder Ltd", "Block 4, Harcourt Centre", "Dublin 2, Irlande", ""),
            ("Dormly B.V.", "Herengracht 182", "1016 BR Amsterdam, Pays-Bas", ""),
        ],
    },
    "alarm": {
        "en": [
            (
                "Northguard Fire & Security Ltd",
                "Unit 7, Riverside Park",
                "Carlisle CA2 5BQ",
                "01228 590 330",
            ),
            (
                "Pennine Fire Protection",
                "Brook Mill, Park Road",
                "Halifax HX1 2TU",
                "01422 330 910",
            ),
        ],
        "de": [
            (
                "Brandschutztechnik Wendler GmbH",
                "Industriering 14",
                "87437 Kempten",
                "0831 57 40 90",
            ),
            ("Sicherheitstechnik Rhein-Mosel GmbH", "Gewerbepark 6", "56070 Koblenz", ""),
        ],
        "fr": [
            ("Sécurité Incendie Provence SARL", "ZA de Fontcouverte", "84000 Avignon", ""),
            ("Alpes Protection Incendie", "125 rue de l'Industrie", "74960 Cran-Gevrier", ""),
        ],
    },
    "lab": {
        "en": [
            (
                "Aquatest Water Hygiene Ltd",
                "2 Enterprise Court",
                "Penrith CA11 9FD",
                "01768 210 600",
            ),
            ("H2O Compliance Services", "Moorgate House", "Leeds LS9 8HG", ""),
        ],
        "de": [
            ("Hygieneinstitut Dr. Kaltenbach GmbH", "Laborweg 3", "87700 Memmingen", ""),
            ("Wasserlabor Mittelrhein GmbH", "Hafenstraße 41", "56068 Koblenz", ""),
        ],
        "fr": [
            ("Laboratoire Départemental d'Analyses", "Site Agroparc", "84911 Avignon Cedex 9", ""),
            ("Eurofins Hydrologie Sud", "Parc d'activités", "13290 Aix-en-Provence", ""),
        ],
    },
    "furniture": {
        "en": [
            (
                "Bunkworks Contract Furniture Ltd",
                "Station Road",
                "Long Eaton NG10 2DN",
                "0115 946 8800",
            ),
            (
                "SleepRight Commercial Beds",
                "Cowpen Lane Industrial Estate",
                "Billingham TS23 4DB",
                "",
            ),
        ],
        "de": [
            ("Objektmöbel Hartmann GmbH", "Gewerbestraße 27", "32052 Herford", "05221 99 80 0"),
            ("Jugendmöbel Nordheim KG", "Am Sägewerk 5", "37154 Northeim", ""),
        ],
        "fr": [
            ("Mobilier Collectivités Vendée SAS", "ZI Sud", "85300 Challans", "02 51 49 72 00"),
            ("Literie Pro Rhône", "14 chemin du Charbonnier", "69740 Genas", ""),
        ],
    },
    "wifi": {
        "en": [
            ("HotspotHub Ltd", "The Exchange, Brindley Place", "Birmingham B1 2HP", "0121 600 7220")
        ],
        "de": [
            ("Gastnetz Systems GmbH", "Am Seestern 8", "40547 Düsseldorf", "0211 53 60 40"),
            ("freewave Hotspot Services", "Leipziger Straße 126", "10117 Berlin", ""),
        ],
        "fr": [("WifiAccueil SAS", "17 rue du Faubourg Saint-Antoine", "75011 Paris", "")],
    },
    "association": {
        "en": [
            (
                "YHA (England & Wales) - Enterprise Hostels",
                "Trevelyan House",
                "Matlock DE4 3YH",
                "",
            ),
            ("Independent Hostels UK", "The Old Post Office, Market Place", "Hawes DL8 3QS", ""),
        ],
        "de": [
            (
                "Deutsches Jugendherbergswerk - Landesverband Bayern e.V.",
                "Mauerkircherstraße 5",
                "81679 München",
                "",
            ),
            (
                "Deutsches Jugendherbergswerk - Landesverband Rheinland-Pfalz/Saarland e.V.",
                "In der Meielache 1",
                "55122 Mainz",
                "",
            ),
        ],
        "fr": [
            ("Fédération Unie des Auberges de Jeunesse (FUAJ)", "27 rue Pajol", "75018 Paris", ""),
            (
                "Ligue Française pour les Auberges de la Jeunesse",
                "67 rue Vergniaud",
                "75013 Paris",
                "",
            ),
        ],
    },
    "activity": {
        "en": [
            ("Borrowdale Outdoor Adventures", "Grange-in-Borrowdale", "Keswick CA12 5UQ", ""),
            ("Coast & Crag Activities Ltd", "The Boathouse", "Robin Hood's Bay YO22 4SH", ""),
        ],
        "de": [
            ("Kletterzentrum Allgäu GmbH", "Illerstraße 30", "87509 Immenstadt", ""),
            ("Kanutouren Mittelrhein", "Am Yachthafen 2", "56154 Boppard", ""),
        ],
        "fr": [
            ("Canoë Pont d'Arc Location", "Route des Gorges", "07150 Vallon-Pont-d'Arc", ""),
            (
                "Bureau des Guides de Chamonix - groupes",
                "190 place de l'Église",
                "74400 Chamonix",
                "",
            ),
        ],
    },
    "statistics": {
        "en": [("VisitEngland Research - Occupancy Survey", "PO Box 1104", "Bristol BS99 3DF", "")],
        "de": [
            ("Bayerisches Landesamt für Statistik", "Sachgebiet Tourismus", "90725 Fürth", ""),
            (
                "Statistisches Landesamt Rheinland-Pfalz",
                "Mainzer Straße 14-16",
                "56130 Bad Ems",
                "",
            ),
            (
                "Statistisches Landesamt des Freistaates Sachsen",
                "Macherstraße 63",
                "01917 Kamenz",
                "",
            ),
        ],
        "fr": [
            (
                "INSEE - Enquête de fréquentation touristique",
                "88 avenue Verdier",
                "92120 Montrouge",
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
        "Lucy",
        "Aisha",
        "Megan",
        "Craig",
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
        "Tobias",
        "Leonie",
        "Murat",
        "Silke",
        "Florian",
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
        "Manon",
        "Karim",
        "Élodie",
        "Bastien",
        "Chloé",
        "Thierry",
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
        "Pickering",
        "Oduya",
        "Hughes",
        "Lister",
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
        "Brandl",
        "Kowalski",
        "Seidel",
        "Huber",
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
        "Garnier",
        "Nguyen",
        "Masson",
        "Barbier",
    ],
}
KIDS = {
    "en": [
        "Oliver",
        "Amelia",
        "Harry",
        "Isla",
        "Jack",
        "Ava",
        "Noah",
        "Mia",
        "Leo",
        "Freya",
        "Oscar",
        "Lily",
        "Alfie",
        "Poppy",
        "Zain",
        "Grace",
        "Ruby",
        "Archie",
        "Evie",
        "Theo",
    ],
    "de": [
        "Ben",
        "Mia",
        "Paul",
        "Emma",
        "Leon",
        "Hanna",
        "Finn",
        "Lea",
        "Elias",
        "Lina",
        "Jonas",
        "Marie",
        "Luis",
        "Sophie",
        "Emir",
        "Ella",
        "Noah",
        "Clara",
        "Milan",
        "Ida",
    ],
    "fr": [
        "Lucas",
        "Jade",
        "Louis",
        "Louise",
        "Gabriel",
        "Emma",
        "Arthur",
        "Alice",
        "Adam",
        "Inès",
        "Raphaël",
        "Léna",
        "Jules",
        "Rose",
        "Yanis",
        "Zoé",
        "Nathan",
        "Lina",
        "Tom",
        "Anna",
    ],
}
FEMALE = {
    "Sarah",
    "Emma",
    "Hannah",
    "Priya",
    "Fiona",
    "Lucy",
    "Aisha",
    "Megan",
    "Andrea",
    "Julia",
    "Katrin",
    "Sabine",
    "Eva",
    "Leonie",
    "Silke",
    "Nathalie",
    "Camille",
    "Sandrine",
    "Léa",
    "Manon",
    "Élodie",
    "Chloé",
    "Amelia",
    "Isla",
    "Ava",
    "Mia",
    "Freya",
    "Lily",
    "Poppy",
    "Grace",
    "Ruby",
    "Evie",
    "Hanna",
    "Lea",
    "Lina",
    "Marie",
    "Sophie",
    "Ella",
    "Clara",
    "Ida",
    "Jade",
    "Louise",
    "Alice",
    "Inès",
    "Léna",
    "Rose",
    "Zoé",
    "Anna",
    "Ingrid",
    "Maria",
    "Chiara",
    "Emily",
    "Sofia",
}
#: Guests of a hostel and where they write from: name, street, town, country, language.
GUESTS: list[tuple[str, str, str, str, str]] = [
    ("Emily Thornton", "41 Ferry Road", "Edinburgh EH5 2AB", "United Kingdom", "en"),
    ("Jake Morrison", "18 Wattle Street", "Fitzroy VIC 3065", "Australia", "en"),
    ("Kyle Brennan", "2240 Lakeview Ave", "Chicago, IL 60614", "USA", "en"),
    ("Sofia Lindqvist", "Ringvägen 14", "118 60 Stockholm", "Sweden", "en"),
    ("Daan de Vries", "Vondelstraat 77", "1054 GN Amsterdam", "Netherlands", "en"),
    ("Lukas Brenner", "Josefstädter Straße 21", "1080 Wien", "Österreich", "de"),
    ("Maria Keller", "Bahnhofstrasse 5", "8001 Zürich", "Schweiz", "de"),
    ("Jonas Albrecht", "Kastanienallee 33", "10435 Berlin", "Deutschland", "de"),
    ("Ingrid Haas", "Mozartstraße 8", "93047 Regensburg", "Deutschland", "de"),
    ("Chloé Bertrand", "9 rue Oberkampf", "75011 Paris", "France", "fr"),
    ("Maxime Lambert", "22 rue Sainte-Catherine", "1000 Bruxelles", "Belgique", "fr"),
    ("Amélie Caron", "4510 rue Saint-Denis", "Montréal QC H2J 2L3", "Canada", "fr"),
    ("Chiara Bianchi", "Via San Vitale 12", "40125 Bologna", "Italy", "en"),
    ("Hiroshi Tanaka", "3-14-2 Kichijoji", "Musashino, Tokyo 180-0004", "Japan", "en"),
]
VOLUNTEERS: list[tuple[str, str, str]] = [
    ("Marta Nowak", "Poland", "en"),
    ("Tom Brady-Walsh", "Ireland", "en"),
    ("Lena Hoffmann", "Deutschland", "de"),
    ("Noah Becker", "Deutschland", "de"),
    ("Inès Marchand", "France", "fr"),
    ("Pablo Ruiz", "Spain", "en"),
    ("Clara Vogt", "Deutschland", "de"),
    ("Yanis Haddad", "France", "fr"),
    ("Ella Fisher", "United Kingdom", "en"),
]
COUNTRIES = {
    "en": [
        "United Kingdom",
        "Germany",
        "France",
        "Netherlands",
        "USA",
        "Australia",
        "Spain",
        "Italy",
        "Other Europe",
        "Rest of world",
    ],
    "de": [
        "Deutschland",
        "Niederlande",
        "Schweiz",
        "Österreich",
        "Vereinigtes Königreich",
        "Frankreich",
        "Dänemark",
        "Polen",
        "USA",
        "Übrige Länder",
    ],
    "fr": [
        "France",
        "Allemagne",
        "Royaume-Uni",
        "Belgique",
        "Pays-Bas",
        "Suisse",
        "Espagne",
        "Italie",
        "États-Unis",
        "Autres pays",
    ],
}

TALK = {
    "en": {
        "stay": "group pupils staff rooms dormitory arrival departure meals packed lunch coach "
        "supervision quiet hours keys linen programme activities reception deposit",
        "safety": "detector sounder panel zone call point battery standby fault test log "
        "evacuation emergency lighting escape route maintenance inspection certificate",
        "water": "sample outlet shower temperature hot cold legionella flushing calorifier "
        "result count laboratory risk assessment control scheme monitoring",
        "assoc": "members hostels network season prices bed nights membership cards booking "
        "system quality standards conference marketing guests trustees",
        "money": "invoice payment account balance due amount reference transfer period "
        "outstanding statement charges terms commission",
        "lost": "left room locker charger jacket passport wallet reception found stay "
        "collect post address thank bed dormitory",
        "legal": "volunteer agreement hours accommodation meals duties notice training "
        "safeguarding confidentiality house rules supervision leave insurance",
    },
    "de": {
        "stay": "Gruppe Schüler Betreuer Zimmer Mehrbettzimmer Anreise Abreise Verpflegung "
        "Lunchpaket Bus Aufsicht Nachtruhe Schlüssel Bettwäsche Programm Rezeption Anzahlung",
        "safety": "Melder Signalgeber Zentrale Meldergruppe Handfeuermelder Akku Notstrom Störung "
        "Prüfung Betriebsbuch Räumung Sicherheitsbeleuchtung Fluchtweg Wartung Instandhaltung",
        "water": "Probe Entnahmestelle Dusche Temperatur Warmwasser Kaltwasser Legionellen "
        "Spülung Speicher Befund Laboratorium Gefährdungsanalyse Maßnahmewert Untersuchung",
        "assoc": "Mitglieder Jugendherbergen Landesverband Saison Preise Übernachtungen "
        "Mitgliedsausweise Buchungssystem Qualität Tagung Marketing Gäste Vorstand",
        "money": "Rechnung Zahlung Konto Saldo fällig Betrag Verwendungszweck Überweisung "
        "Zeitraum offen Auszug Gebühren Zahlungsziel Provision",
        "lost": "vergessen Zimmer Schließfach Ladekabel Jacke Ausweis Geldbörse Rezeption "
        "gefunden Aufenthalt abholen zusenden Adresse Dank Bett",
        "legal": "Freiwillige Vereinbarung Stunden Unterkunft Verpflegung Aufgaben Kündigung "
        "Seminare Kinderschutz Verschwiegenheit Hausordnung Anleitung Urlaub Versicherung",
    },
    "fr": {
        "stay": "groupe élèves accompagnateurs chambres dortoir arrivée départ repas "
        "pique-nique car surveillance silence clés draps programme activités accueil acompte",
        "safety": "détecteur diffuseur centrale zone déclencheur batterie secours défaut essai "
        "registre évacuation éclairage sécurité dégagement maintenance vérification",
        "water": "prélèvement point douche température eau chaude froide légionelles purge "
        "ballon résultat laboratoire analyse surveillance carnet sanitaire",
        "assoc": "adhérents auberges réseau saison tarifs nuitées cartes adhésion réservation "
        "qualité congrès communication hôtes conseil",
        "money": "facture paiement compte solde échéance montant référence virement période "
        "impayé relevé frais commission",
        "lost": "oublié chambre casier chargeur veste passeport portefeuille accueil trouvé "
        "séjour récupérer envoyer adresse merci lit",
        "legal": "volontaire engagement heures hébergement repas missions préavis formation "
        "tutorat confidentialité règlement intérieur congés assurance",
    },
}
GLUES = {
    "en": "the of and to for with on at by from this is are will be the a as we your all",
    "de": "die der das und zu für mit auf von ist sind wird bei nach den dem im wir Ihre",
    "fr": "le la les et de du pour avec sur par est sont sera au aux des une nous vos",
}


def words(rng: random.Random, lang: str, topic: str = "stay", n: int | None = None) -> str:
    pool, glue = TALK[lang][topic].split(), GLUES[lang].split()
    ws = [rng.choice(pool if rng.random() < 0.5 else glue) for _ in range(n or rng.randint(7, 15))]
    text = " ".join(ws)
    return text[0].upper() + text[1:] + "."


def prose(rng: random.Random, lang: str, topic: str = "stay", lo: int = 2, hi: int = 4) -> str:
    return " ".join(words(rng, lang, topic) for _ in range(rng.randint(lo, hi)))


# ---------------------------------------------------------------------------------------------
# The hostel of a stream: its country, month, staff, groups
# ---------------------------------------------------------------------------------------------

HOSTEL: dict[str, object] = {"lang": "en", "row": 0, "seed": 0, "month": date(2025, 3, 1)}
#: What the previous document was about (a companion takes up the same group or guest).
LAST: dict[str, object] = {"kind": "", "day": None, "extra": None}


def home() -> str:
    return str(HOSTEL["lang"])


def month() -> date:
    m = HOSTEL["month"]
    assert isinstance(m, date)
    return m


def keyed(who: Issuer, key: str) -> random.Random:
    """Draws fixed by the issuer, the stream's hostel and ``key``: a run or a repeat keeps its
    sender."""
    text = f"cocotte/{key}/{who.name}/{who.street}/{who.city}/{HOSTEL['seed']}"
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


def staff(tag: str, lang: str | None = None) -> str:
    """A member of the hostel's staff (``tag``: manager, deputy, reception, housekeeping,
    bookkeeper), the same all through one stream."""
    lg = lang or home()
    r = random.Random(zlib.crc32(f"cocotte/staff/{tag}/{HOSTEL['seed']}".encode()))
    return f"{r.choice(FIRSTS[lg])} {r.choice(LASTS[lg])}"


def person(rng: random.Random, lang: str) -> str:
    return f"{rng.choice(FIRSTS[lang])} {rng.choice(LASTS[lang])}"


def mx(name: str, lang: str) -> str:
    """``name`` with Mrs/Mr, Frau/Herr or Madame/Monsieur before it."""
    female = name.split()[0] in FEMALE
    if lang == "de":
        return f"{'Frau' if female else 'Herr'} {name}"
    if lang == "fr":
        return f"{'Madame' if female else 'Monsieur'} {name}"
    return f"{'Ms' if female else 'Mr'} {name}"


def role_of(tag: str, lang: str) -> str:
    return {
        "manager": tr(lang, "Hostel Manager", "Hausleitung", "Directrice / Directeur"),
        "deputy": tr(lang, "Deputy Manager", "Stellv. Hausleitung", "Directeur adjoint"),
        "reception": tr(lang, "Reception", "Rezeption", "Accueil"),
        "housekeeping": tr(lang, "Housekeeping", "Hauswirtschaft", "Entretien"),
        "bookkeeper": tr(lang, "Accounts", "Buchhaltung", "Comptabilité"),
    }[tag]


@dataclass
class Group:
    """One group stay, as a companion takes it up: who, how many, when, on what board."""

    ref: str
    row: Row
    lang: str
    leader: str
    cls: str
    boys: int
    girls: int
    staff_m: int
    staff_f: int
    arrive: date
    nights: int
    board: int  # 0 bed & breakfast, 1 half board, 2 full board
    rate: float
    seed: int = 0
    extras: list[str] = field(default_factory=list)

    @property
    def pupils(self) -> int:
        return self.boys + self.girls

    @property
    def adults(self) -> int:
        return self.staff_m + self.staff_f

    @property
    def leave(self) -> date:
        return self.arrive + timedelta(days=self.nights)


RATES = {"en": (21.5, 27.0), "de": (29.9, 38.5), "fr": (23.0, 31.0)}
CLASSES = {
    "en": [
        "Year 6",
        "Year 8 Geography",
        "Year 10 GCSE fieldwork",
        "Under-14s squad",
        "Explorer Scouts",
        "Year 5/6 residential",
        "Walking club",
    ],
    "de": [
        "Klasse 6b",
        "Klasse 8a",
        "Jahrgang 10 (Abschlussfahrt)",
        "C-Jugend",
        "Konfirmandengruppe",
        "Klasse 4c",
        "Jugendfreizeit",
    ],
    "fr": [
        "CM2 B",
        "Classe de 5e",
        "Seconde 3",
        "Section U15",
        "Séjour ski 4e/3e",
        "Classe de découverte CM1",
        "Accueil jeunes 12-15 ans",
    ],
}


def school_of(who: Issuer) -> tuple[Row, str]:
    """The school or club ``who`` stands for: of the hostel's country, now and then from
    abroad."""
    r = keyed(who, "school")
    lg = home()
    if r.random() < 0.2:
        lg = r.choice([x for x in ("en", "de", "fr") if x != lg])
    return r.choice(SENDERS["school"][lg]), lg


def a_group(rng: random.Random, who: Issuer) -> Group:
    row, lg = school_of(who)
    r = keyed(who, "leader")
    boys, girls = rng.randint(4, 16), rng.randint(4, 16)
    adults = max(2, (boys + girls) // 10 + rng.randint(0, 2))
    sm = rng.randint(0, adults)
    lo, hi = RATES[home()]
    return Group(
        ref=serial(rng, rng.choice(["G99999", "GR-9999", f"{month().year % 100}-999"])),
        row=row,
        lang=lg,
        leader=person(r, lg) if rng.random() < 0.85 else person(rng, lg),
        cls=rng.choice(CLASSES[lg]),
        boys=boys,
        girls=girls,
        staff_m=sm,
        staff_f=adults - sm,
        arrive=some_day(rng) + timedelta(days=rng.randint(7, 50)),
        nights=rng.choice([1, 2, 2, 3, 3, 4, 5]),
        board=rng.choice([0, 1, 1, 2, 2]),
        rate=round(rng.uniform(lo, hi) * 2) / 2,
        seed=rng.getrandbits(24),
    )


def group_for(rng: random.Random, who: Issuer, kinds: tuple[str, ...]) -> Group:
    """The previous document's group if it was one of ``kinds``, else a new one."""
    g = LAST["extra"]
    if isinstance(g, Group) and after(kinds):
        return g
    return a_group(rng, who)


def pupil_names(g: Group) -> list[tuple[str, str]]:
    """The group's pupils as (name, "m"/"f"), the same for the same group."""
    r = random.Random(g.seed)
    out: list[tuple[str, str]] = []
    kids = KIDS[g.lang]
    boys = [k for k in kids if k not in FEMALE]
    girls = [k for k in kids if k in FEMALE]
    for _ in range(g.boys):
        out.append((f"{r.choice(boys)} {r.choice(LASTS[g.lang])}", "m"))
    for _ in range(g.girls):
        out.append((f"{r.choice(girls)} {r.choice(LASTS[g.lang])}", "f"))
    r.shuffle(out)
    return out


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
    "fr": ["none", "none", "Page {i}/{n}", "{i}/{n}", "2:- {i} -", "none"],
}
FACES = [
    ("Helvetica", "Helvetica-Bold"),
    ("Helvetica", "Helvetica-Bold"),
    ("Times-Roman", "Times-Bold"),
    ("Courier", "Courier-Bold"),
]
LOOKS = ["band", "centred", "letter", "boxed", "plain", "side"]
TAGLINES = {
    "hostel": (
        "Dorms - Private rooms - Café - Groups welcome",
        "Übernachtung - Gruppen - Klassenfahrten - Café",
        "Hébergement - Groupes - Classes de découverte - Café",
    ),
    "school": ("", "", ""),
    "alarm": (
        "Fire detection - Emergency lighting - Extinguishers",
        "Brandmeldetechnik - Sicherheitsbeleuchtung - Wartung",
        "Détection incendie - Éclairage de sécurité - Extincteurs",
    ),
    "lab": (
        "UKAS accredited testing laboratory",
        "Akkreditiert nach DIN EN ISO/IEC 17025",
        "Laboratoire accrédité COFRAC Essais",
    ),
    "furniture": (
        "Contract beds for hostels, halls and camps",
        "Objekteinrichtung für Jugendherbergen und Internate",
        "Mobilier et literie pour collectivités",
    ),
    "activity": (
        "Climbing - Canoeing - Gorge walking - Team building",
        "Klettern - Kanu - Erlebnispädagogik",
        "Canoë-kayak - Escalade - Randonnée - Groupes scolaires",
    ),
}


def legal_lines(r: random.Random, name: str, lang: str, role: str) -> list[str]:
    if role in ("school", "statistics", "association"):
        return []
    if lang == "de":
        out = [
            f"{name} - USt-IdNr. DE{r.randint(100000000, 999999999)} - "
            + r.choice(["Sparkasse Allgäu", "Volksbank Koblenz", "Ostsächsische Sparkasse"])
            + f" - IBAN DE{r.randint(10, 99)} {r.randint(1000, 9999)} {r.randint(1000, 9999)} "
            f"{r.randint(1000, 9999)} {r.randint(1000, 9999)} {r.randint(10, 99)}"
        ]
        if "GmbH" in name or "KG" in name:
            out.insert(
                0,
                f"Amtsgericht {r.choice(['Kempten', 'Koblenz', 'Dresden', 'Bad Oeynhausen'])} "
                f"HRB {r.randint(1000, 29999)} - Geschäftsführer: "
                + r.choice(["Dieter Wendler", "Anja Kessel", "Markus Feldhaus", "Selin Aydin"]),
            )
        return out
    if lang == "fr":
        return [
            f"{name} - SIRET {r.randint(300, 899)} {r.randint(100, 999)} {r.randint(100, 999)} "
            f"{r.randint(10000, 99999)} - APE {r.choice(['5520Z', '8010Z', '3312Z', '7120B'])}"
            + (f" - TVA FR{r.randint(10, 99)} {r.randint(100000000, 999999999)}")
        ]
    out = []
    if "Ltd" in name or "plc" in name:
        out.append(f"Registered in England and Wales No. {r.randint(3000000, 13999999):08d}")
    if r.random() < 0.7:
        out.append(
            f"VAT Reg. No. GB {r.randint(100, 999)} {r.randint(1000, 9999)} {r.randint(10, 99)}"
        )
    if role == "alarm":
        out.append(r.choice(["BAFE SP203-1 registered", "FIA member", "NSI Gold"]))
    return [" - ".join(out)] if out else []


PLATFORM_FOOT = {
    "Bunkfinder Ltd": "Bunkfinder Ltd - Registered in Ireland No. 512847 - VAT IE 9784512K",
    "Dormly B.V.": "Dormly B.V. - KvK 68213377 - BTW NL857412903B01",
}


def make_head(row: Row, lang: str, role: str) -> Head:
    """The paper habits of the sender ``row``: the same all through one stream."""
    name, street, town, phone = row
    r = random.Random(zlib.crc32(f"cocotte/head/{name}/{HOSTEL['seed']}".encode()))
    font, bold = r.choice(FACES)
    host = "".join(c for c in name.lower().split()[0] if c.isalpha() and c.isascii())[:12]
    tld = {"en": "co.uk", "de": "de", "fr": "fr"}[lang]
    looks = LOOKS
    if role in ("statistics",):
        looks = ["official"]
        font, bold = ("Helvetica", "Helvetica-Bold")
    elif role == "school":
        looks = ["centred", "letter", "plain", "side"]
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
        foot=[PLATFORM_FOOT[name]]
        if role == "platform"
        else legal_lines(r, name, lang, role)
        if r.random() < 0.75
        else [],
        numbers=r.choice(PAGE_NOS[lang]),
        corner=r.choice(["bc", "br", "tr", "bc", "bl"]),
        dates=r.choice(["short", "long"] + (["iso", "short"] if lang == "en" else [])),
        mail=f"{r.choice(['info', 'office', 'bookings', 'accounts'])}@{host or 'mail'}.{tld}"
        if r.random() < 0.75
        else "",
    )


def hostel_head() -> Head:
    lang = home()
    return make_head(HOSTELS[lang][int(HOSTEL["row"])], lang, "hostel")  # type: ignore[call-overload]


def hostel_name() -> str:
    return hostel_head().name


def head_of(who: Issuer, role: str, abroad: float = 0.0) -> Head:
    """The ``role`` sender of ``who`` (the same for the same issuer and hostel), of the
    hostel's country or, with odds ``abroad``, of another."""
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
    """A circle drawn as a polygon (round stamps)."""
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


def tagline(h: Head) -> str:
    t = TAGLINES.get(h.role)
    if not t:
        return ""
    return tr(h.lang, *t)


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
        bw = min(w - 2 * m, 280.0)
        p.rect(m, y - 12, bw, 38)
        p.text(m + 6, y + 2, fit(h.name, h.bold, s.size + 1.5, bw - 12), h.bold, s.size + 1.5)
        p.text(m + 6, y + 13, fit(where, h.font, 7, bw - 12), h.font, 7)
        if contact:
            p.text(m + 6, y + 22, fit(contact, h.font, 7, bw - 12), h.font, 7)
        return y + 46
    if h.look == "side":
        pt = shrink(h.name, h.bold, s.size + 4, w * 0.62 - m)
        p.text(m, y + 4, fit(h.name, h.bold, pt, w * 0.62 - m), h.bold, pt)
        p.text(
            m, y + 15, fit(tagline(h), italic_of(h.font), 7.5, w * 0.6 - m), italic_of(h.font), 7.5
        )
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


def plain(s: Style, header: str = "") -> Sheets:
    """Pages of ``s`` without a letterhead (a form, an annex); ``header`` on later pages."""

    def start(p: Page, n: int) -> float:
        if n > 1 and header:
            return running_header(p, s, header)
        return s.margin - 4

    w, hh = s.page_size
    return Sheets((w, hh), hh - s.margin - 10, start)


def scrawl(p: Page, x: float, y: float, name: str, pt: float = 13) -> None:
    """A handwritten signature over the baseline ``y``."""
    parts = name.replace("-", " ").replace(".", " ").split()
    text = f"{parts[0][0]}{parts[-1][:8]}" if len(parts) > 1 else parts[0]
    p.text(x + 2, y - 1, text, INK, pt)
    end = x + 6 + tw(text, INK, pt)
    p.line(end - 4, y - 2, end + 12, y - 9)
    p.line(x, y + 2, end - 8, y + 1)


def received(rng: random.Random, p: Page, d: date, odds: float = 0.35) -> None:
    """Now and then the hostel's received stamp on the first page."""
    if rng.random() < odds:
        w, _ = p.size
        lg = home()
        stamp(
            p,
            w - rng.uniform(150, 210),
            rng.uniform(70, 160),
            [
                tr(lg, "RECEIVED", "EINGANG", "REÇU LE"),
                short(d + timedelta(days=rng.randint(1, 5)), lg),
                fit(hostel_name(), "Helvetica", 8, 150),
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


def hostel_lines(att: str = "") -> list[str]:
    h = hostel_head()
    return [h.name, *([att] if att else []), h.street, h.town]


def head_lines(h: Head, att: str = "") -> list[str]:
    return [h.name, *([att] if att else []), h.street, h.town]


def vat_rate(lang: str, kind: str = "std") -> float:
    if kind == "room":
        return {"en": 20.0, "de": 7.0, "fr": 10.0}[lang]
    return {"en": 20.0, "de": 19.0, "fr": 20.0}[lang]


def totals(
    f: Sheets,
    s: Style,
    lg: str,
    net: float,
    rate: float,
    label: str = "",
    note: str = "",
    less: list[tuple[str, float]] | None = None,
) -> float:
    """Net, tax at ``rate`` and total right-aligned under a table, then any ``less`` lines
    (deposits paid); returns the amount due."""
    w, _ = f.size
    m = s.margin
    f.need(90)
    f.y += 4
    f.page.line(w * 0.55, f.y - 8, w - m, f.y - 8)
    tax = round(net * rate / 100, 2)
    rows = [(tr(lg, "Net", "Nettobetrag", "Total HT"), net)]
    if rate:
        rows.append((label or tr(lg, f"VAT {rate:g}%", f"USt. {rate:g} %", f"TVA {rate:g} %"), tax))
    gross = round(net + tax, 2)
    rows.append((tr(lg, "Total", "Gesamtbetrag", "Total TTC" if rate else "Total net"), gross))
    for t, v in less or []:
        rows.append((t, -v))
        gross = round(gross - v, 2)
    if less:
        rows.append((tr(lg, "Balance due", "Restbetrag", "Reste à payer"), gross))
    for k, (t, v) in enumerate(rows):
        bold = s.bold if k == len(rows) - 1 else s.font
        f.page.text(w * 0.5, f.y, fit(t, bold, s.size, w * 0.3), bold, s.size)
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


def sign_line(p: Page, x: float, y: float, w: float, label: str, font: str, who: str = "") -> None:
    """A signature line with its caption under it, signed by ``who`` when given."""
    p.line(x, y, x + w, y)
    p.text(x, y + 9, fit(label, font, 7, w), font, 7)
    if who:
        scrawl(p, x + 6, y - 3, who, 12)


def iban(r: random.Random, lg: str) -> str:
    return {
        "en": f"Sort code {r.randint(10, 99)}-{r.randint(10, 99)}-{r.randint(10, 99)}  Account "
        f"{r.randint(10000000, 99999999)}",
        "de": f"IBAN DE{r.randint(10, 99)} {r.randint(1000, 9999)} {r.randint(1000, 9999)} "
        f"{r.randint(1000, 9999)} {r.randint(1000, 9999)} {r.randint(10, 99)}",
        "fr": f"IBAN FR76 {r.randint(1000, 9999)} {r.randint(1000, 9999)} "
        f"{r.randint(1000, 9999)} {r.randint(1000, 9999)} {r.randint(100, 999)}",
    }[lg]


def board_name(b: int, lg: str) -> str:
    return [
        tr(lg, "Bed & breakfast", "Übernachtung mit Frühstück", "Nuitée + petit déjeuner"),
        tr(lg, "Half board", "Halbpension", "Demi-pension"),
        tr(lg, "Full board", "Vollpension", "Pension complète"),
    ][b]


# ---------------------------------------------------------------------------------------------
# Templates TTTTT: group stays
# ---------------------------------------------------------------------------------------------


def form_title(p: Page, s: Style, title: str, sub: str = "") -> float:
    """The hostel's printed form head: the hostel's name small, the form's title big."""
    w, _ = p.size
    m = s.margin
    hh = hostel_head()
    p.text(m, m - 6, fit(f"{hh.name} - {hh.street}, {hh.town}", s.font, 7, w - 2 * m), s.font, 7)
    pt = shrink(title, s.bold, 14, w - 2 * m)
    p.text(m, m + 14, title, s.bold, pt)
    y = m + 26
    if sub:
        p.text(m, y, fit(sub, italic_of(s.font), 7.5, w - 2 * m), italic_of(s.font), 7.5)
        y += 12
    p.line(m, y, w - m, y)
    return y + 16


def tpl_school_booking(rng: random.Random, who: Issuer) -> list[Page]:
    """A school's or club's group booking request: the hostel's group booking form filled in
    by hand with the school's stamp, now and then behind a covering letter from the visit
    leader, and the rooming list typed on the school's paper behind it."""
    g = a_group(rng, who)
    lg = g.lang
    h = make_head(g.row, lg, "school")
    s = style_of(h)
    w, _hh = s.page_size
    d = some_day(rng)
    pages: list[Page] = []
    if rng.random() < 0.35:
        f = sheets(s, h)
        recipient(
            f,
            s,
            h,
            hostel_lines(tr(lg, "Group bookings", "Gruppenbuchungen", "Service groupes")),
            d,
            [(tr(lg, "Contact", "Ansprechpartner", "Contact"), g.leader)],
        )
        caption(
            f,
            s,
            tr(
                lg,
                f"Residential visit {g.cls}, {short(g.arrive, lg)}-{short(g.leave, lg)}",
                f"Klassenfahrt {g.cls} vom {short(g.arrive, lg)} bis {short(g.leave, lg)}",
                f"Séjour {g.cls} du {short(g.arrive, lg)} au {short(g.leave, lg)}",
            ),
            1,
        )
        write(f, s, dear(lg, None))
        write(f, s, prose(rng, lg, "stay", 2, 4))
        write(f, s, prose(rng, lg, "stay", 1, 3))
        regards(
            f, s, lg, g.leader, tr(lg, "Visit leader", "Klassenleitung", "Professeur responsable")
        )
        pages += close(f.pages, s, h, numbers="none")
    # The hostel's booking form as printed from its website, filled in by hand.
    hs = hostel_head()
    fs = style_of(hs, A4, margin=40, pt=8.5)
    p = Page(A4)
    fw = A4[0] - 80
    y = form_title(
        p,
        fs,
        tr(lg, "GROUP BOOKING FORM", "ANMELDUNG FÜR GRUPPEN", "DEMANDE DE RÉSERVATION GROUPE"),
        tr(
            lg,
            "Please complete in block capitals and return by post or e-mail.",
            "Bitte in Druckbuchstaben ausfüllen und per Post oder E-Mail zurücksenden.",
            "Merci de remplir en majuscules et de retourner par courrier ou e-mail.",
        ),
    )
    y = band(p, fs, y, tr(lg, "1. Group", "1. Gruppe", "1. Groupe")) + 6
    y = fields(
        p,
        fs,
        40,
        y,
        fw,
        [
            (
                tr(lg, "School / organisation", "Schule / Verein", "Établissement / association"),
                g.row[0],
            ),
            (tr(lg, "Class / group", "Klasse / Gruppe", "Classe / groupe"), g.cls),
            (tr(lg, "Address", "Anschrift", "Adresse"), f"{g.row[1]}, {g.row[2]}"),
            (tr(lg, "Group leader", "Gruppenleitung", "Responsable"), g.leader),
            (
                tr(lg, "Mobile during the stay", "Handy während des Aufenthalts", "Portable"),
                serial(
                    rng, {"en": "07999 999999", "de": "0179 9999999", "fr": "06 99 99 99 99"}[lg]
                ),
            ),
            ("E-mail", f"{g.leader.split()[-1].lower()}@{g.row[0].split()[0].lower()[:8]}.org"),
        ],
    )
    y = band(p, fs, y, tr(lg, "2. Dates", "2. Aufenthalt", "2. Dates")) + 6
    y = fields(
        p,
        fs,
        40,
        y,
        fw,
        [
            (tr(lg, "Arrival", "Anreise", "Arrivée"), short(g.arrive, lg)),
            (tr(lg, "Departure", "Abreise", "Départ"), short(g.leave, lg)),
            (tr(lg, "Nights", "Nächte", "Nuits"), str(g.nights)),
            (
                tr(lg, "Arrival time (approx.)", "Ankunft ca.", "Heure d'arrivée"),
                rng.choice(["14:30", "15:00", "16h", "17:15", "ca. 15 Uhr"]),
            ),
        ],
        per=4,
    )
    y = (
        ticks(
            p,
            fs,
            40,
            y,
            fw,
            [
                tr(lg, "Coach", "Reisebus", "Car"),
                tr(lg, "Train", "Bahn", "Train"),
                tr(lg, "Minibus", "Kleinbus", "Minibus"),
                tr(lg, "Cars", "Pkw", "Voitures"),
            ],
            {rng.randrange(4)},
        )
        + 4
    )
    y = band(p, fs, y, tr(lg, "3. Numbers", "3. Teilnehmer", "3. Effectifs")) + 6
    y = fields(
        p,
        fs,
        40,
        y,
        fw,
        [
            (tr(lg, "Boys", "Schüler männl.", "Garçons"), str(g.boys)),
            (tr(lg, "Girls", "Schülerinnen weibl.", "Filles"), str(g.girls)),
            (tr(lg, "Staff (male)", "Begleiter", "Accompagnateurs"), str(g.staff_m)),
            (tr(lg, "Staff (female)", "Begleiterinnen", "Accompagnatrices"), str(g.staff_f)),
        ],
        per=4,
    )
    y = band(p, fs, y, tr(lg, "4. Meals", "4. Verpflegung", "4. Restauration")) + 8
    y = ticks(p, fs, 40, y, fw, [board_name(b, lg) for b in range(3)], {g.board})
    y = (
        ticks(
            p,
            fs,
            40,
            y,
            fw,
            [
                tr(lg, "Packed lunches", "Lunchpakete", "Pique-niques"),
                tr(lg, "Vegetarian", "Vegetarisch", "Végétarien"),
                tr(lg, "Halal", "Halal", "Sans porc"),
                tr(
                    lg,
                    "Allergies (list attached)",
                    "Allergien (Liste anbei)",
                    "Allergies (liste jointe)",
                ),
            ],
            {k for k in range(4) if rng.random() < 0.5},
        )
        + 4
    )
    y = band(p, fs, y, tr(lg, "5. Activities", "5. Programm", "5. Activités")) + 8
    y = (
        ticks(
            p,
            fs,
            40,
            y,
            fw,
            [
                tr(lg, "Climbing", "Klettern", "Escalade"),
                tr(lg, "Canoeing", "Kanu", "Canoë"),
                tr(lg, "Guided walk", "Geführte Wanderung", "Randonnée guidée"),
                tr(lg, "Disco / games room", "Disco / Spieleraum", "Salle de jeux"),
                tr(lg, "Classroom hire", "Seminarraum", "Salle de classe"),
            ],
            {k for k in range(5) if rng.random() < 0.35},
        )
        + 6
    )
    y = band(p, fs, y, tr(lg, "6. Declaration", "6. Erklärung", "6. Engagement")) + 8
    for ln in wrap(
        tr(
            lg,
            "I have read the booking conditions and accept them on behalf of the group. I "
            "understand that a deposit is payable within 14 days of the confirmation.",
            "Die Aufnahme- und Stornobedingungen habe ich gelesen und erkenne sie im Namen der "
            "Gruppe an. Die Anzahlung ist innerhalb von 14 Tagen nach Bestätigung fällig.",
            "J'ai pris connaissance des conditions de réservation et les accepte au nom du groupe. "
            "L'acompte est à verser dans les 14 jours suivant la confirmation.",
        ),
        fs.font,
        7.5,
        fw,
    ):
        p.text(40, y, ln, fs.font, 7.5)
        y += 10
    y += 24
    sign_line(p, 40, y, 170, tr(lg, "Signature", "Unterschrift", "Signature"), fs.font, g.leader)
    hand(p, 240, y - 4, short(d, lg))
    sign_line(p, 230, y, 90, tr(lg, "Date", "Datum", "Date"), fs.font)
    stamp(p, 360, y - 40, [g.row[0][:28].upper(), g.row[1][:28], g.row[2][:28]])
    pages.append(p)
    # The rooming list, typed by the school.
    names = pupil_names(g)
    if rng.random() < 0.8:
        s2 = style_of(h, A4, pt=9)
        f = sheets(s2, h, f"{g.row[0]} - {g.cls}")
        caption(
            f,
            s2,
            tr(
                lg,
                f"Rooming list - {g.cls}",
                f"Zimmerbelegung - {g.cls}",
                f"Liste de répartition des chambres - {g.cls}",
            ),
            2,
        )
        write(
            f,
            s2,
            f"{short(g.arrive, lg)} - {short(g.leave, lg)}   "
            f"{tr(lg, 'Leader', 'Leitung', 'Responsable')}: {g.leader}",
            s2.size - 0.5,
        )
        rows = []
        room = 1
        k_room = 0
        cap = rng.choice([4, 6, 6, 8])
        last_sex = names[0][1] if names else "m"
        for k, (n, sx) in enumerate(sorted(names, key=lambda t: t[1])):
            if sx != last_sex or k_room >= cap:
                room += 1
                k_room = 0
                last_sex = sx
            k_room += 1
            note = rng.choice(
                [
                    "",
                    "",
                    "",
                    "",
                    tr(lg, "vegetarian", "vegetarisch", "végétarien"),
                    tr(lg, "nut allergy", "Nussallergie", "allergie arachide"),
                    tr(lg, "inhaler", "Asthmaspray", "asthme (Ventoline)"),
                ]
            )
            rows.append(
                [
                    str(k + 1),
                    n,
                    sx.upper() if lg != "fr" else {"m": "G", "f": "F"}[sx],
                    str(rng.randint(9, 16)),
                    f"{tr(lg, 'Room', 'Zi.', 'Ch.')} {room}",
                    note,
                ]
            )
        table(
            f,
            columns(
                s2.margin,
                w - s2.margin,
                [
                    (0.5, "left"),
                    (3.2, "left"),
                    (0.6, "center"),
                    (0.6, "center"),
                    (1.1, "left"),
                    (2.4, "left"),
                ],
            ),
            [
                "#",
                tr(lg, "Name", "Name", "Nom"),
                tr(lg, "M/F", "m/w", "G/F"),
                tr(lg, "Age", "Alter", "Âge"),
                tr(lg, "Room", "Zimmer", "Chambre"),
                tr(lg, "Notes", "Hinweise", "Remarques"),
            ],
            rows,
            s2,
            rules=rng.random() < 0.6,
        )
        write(
            f,
            s2,
            tr(
                lg,
                f"Staff: {g.leader} and {g.adults - 1} other(s).",
                f"Begleitpersonen: {g.leader} und {g.adults - 1} weitere.",
                f"Accompagnateurs : {g.leader} et {g.adults - 1} autre(s).",
            ),
            s2.size - 0.5,
        )
        pages += close(f.pages, s2, h, numbers=rng.choice(["none", "{i}/{n}", h.numbers]))
    received(rng, pages[0], d, 0.3)
    remember(d, g)
    return pages


BOOKING_TERMS = {
    "en": [
        "Bookings",
        "Deposit",
        "Final numbers",
        "Payment",
        "Cancellation by the group",
        "Cancellation by the hostel",
        "Supervision",
        "Damage",
        "Quiet hours",
        "Alcohol",
        "Liability",
        "Complaints",
    ],
    "de": [
        "Vertragsschluss",
        "Anzahlung",
        "Teilnehmerzahl",
        "Zahlung",
        "Rücktritt der Gruppe",
        "Rücktritt des Hauses",
        "Aufsichtspflicht",
        "Schäden",
        "Nachtruhe",
        "Alkohol",
        "Haftung",
        "Hausrecht",
    ],
    "fr": [
        "Réservation",
        "Acompte",
        "Effectifs définitifs",
        "Règlement",
        "Annulation par le groupe",
        "Annulation par l'auberge",
        "Encadrement",
        "Dégradations",
        "Silence",
        "Alcool",
        "Responsabilité",
        "Réclamations",
    ],
}


def tpl_group_confirmation(rng: random.Random, who: Issuer) -> list[Page]:
    """The hostel's booking confirmation to a group (Belegungsbestätigung, contrat de séjour):
    stay, rooms, prices and the deposit due, the booking conditions on the back and, often, an
    acceptance slip to sign and return."""
    g = group_for(rng, who, ("school_booking",))
    h = hostel_head()
    lg = home()
    s = style_of(h)
    w, _hh = s.page_size
    m = s.margin
    d = last_day(rng, ("school_booking",), (2, 9))
    no = serial(rng, "B-99999")
    f = sheets(s, h, f"{h.name} - {tr(lg, 'Booking', 'Buchung', 'Réservation')} {no}")
    recipient(
        f,
        s,
        h,
        [g.row[0], mx(g.leader, lg) if lg != "en" else f"FAO {g.leader}", g.row[1], g.row[2]],
        d,
        [
            (tr(lg, "Booking no.", "Buchungs-Nr.", "Réservation n°"), no),
            (tr(lg, "Your contact", "Ihr Ansprechpartner", "Votre contact"), staff("deputy")),
        ],
    )
    caption(
        f,
        s,
        tr(lg, "Booking confirmation", "Belegungsbestätigung", "Confirmation de réservation"),
        3,
    )
    write(f, s, dear(lg, mx(g.leader, lg)))
    write(
        f,
        s,
        tr(
            lg,
            f"Thank you for choosing {h.name}. We are pleased to confirm your group's stay as "
            "follows:",
            f"vielen Dank für Ihre Anmeldung. Gerne bestätigen wir Ihren Aufenthalt im {h.name} "
            "wie folgt:",
            f"Nous vous remercions de votre demande et avons le plaisir de confirmer le séjour de "
            f"votre groupe à l'{h.name.replace('Auberge', 'auberge')} :",
        ),
    )
    f.y = (
        pairs(
            f.page,
            s,
            m + 10,
            f.y,
            [
                (tr(lg, "Group", "Gruppe", "Groupe"), f"{g.row[0]}, {g.cls}"),
                (
                    tr(lg, "Arrival", "Anreise", "Arrivée"),
                    f"{day(h, g.arrive)} {tr(lg, 'from 15:00', 'ab 15:00 Uhr', 'à partir de 15h')}",
                ),
                (
                    tr(lg, "Departure", "Abreise", "Départ"),
                    f"{day(h, g.leave)} {tr(lg, 'by 10:00', 'bis 10:00 Uhr', 'avant 10h')}",
                ),
                (
                    tr(lg, "Persons", "Personen", "Personnes"),
                    f"{g.pupils} + {g.adults} {tr(lg, 'staff', 'Begleiter', 'accompagnateurs')}",
                ),
                (tr(lg, "Board", "Verpflegung", "Formule"), board_name(g.board, lg)),
                (
                    tr(lg, "Rooms", "Zimmer", "Chambres"),
                    tr(
                        lg,
                        f"{(g.pupils + 5) // 6} dorms, {g.adults} staff rooms",
                        f"{(g.pupils + 5) // 6} Mehrbettzimmer, {g.adults} Betreuerzimmer",
                        f"{(g.pupils + 5) // 6} dortoirs, {g.adults} chambres accompagnateurs",
                    ),
                ),
            ],
            w * 0.72,
            s.size - 0.5,
        )
        + 8
    )
    free = g.pupils // 10
    rows = []
    net = 0.0
    items = [
        (
            tr(lg, "Overnight stays pupils", "Übernachtungen Schüler", "Nuitées élèves"),
            g.pupils * g.nights,
            g.rate,
        ),
        (
            tr(lg, "Overnight stays staff", "Übernachtungen Begleiter", "Nuitées accompagnateurs"),
            (g.adults - free) * g.nights,
            g.rate + 4,
        ),
    ]
    if g.board:
        items.append(
            (
                tr(lg, "Dinner", "Abendessen", "Dîner"),
                (g.pupils + g.adults) * g.nights,
                {"en": 8.5, "de": 7.9, "fr": 9.0}[lg],
            )
        )
    if g.board == 2:
        items.append(
            (
                tr(lg, "Packed lunch", "Lunchpaket", "Pique-nique"),
                (g.pupils + g.adults) * g.nights,
                {"en": 6.0, "de": 6.2, "fr": 7.0}[lg],
            )
        )
    if lg == "en" and rng.random() < 0.5:
        items.append(("Linen hire (per person)", g.pupils + g.adults, 4.5))
    for t, n, r_ in items:
        v = round(n * r_, 2)
        net += v
        rows.append([t, str(n), money(r_, lg), money(v, lg)])
    table(
        f,
        columns(m, w - m, [(4, "left"), (1, "right"), (1.2, "right"), (1.4, "right")]),
        [
            tr(lg, "Service", "Leistung", "Prestation"),
            tr(lg, "Qty", "Anzahl", "Qté"),
            tr(lg, "Price", "Einzelpreis", "Prix unit."),
            tr(lg, "Amount", "Betrag", "Montant"),
        ],
        rows,
        s,
        rules=rng.random() < 0.4,
    )
    if free:
        write(
            f,
            s,
            tr(
                lg,
                f"{free} free place(s) for staff included.",
                f"{free} Freiplatz/Freiplätze für Begleitpersonen berücksichtigt.",
                f"{free} gratuité(s) accompagnateur incluse(s).",
            ),
            s.size - 1,
        )
    gross = totals(
        f,
        s,
        lg,
        round(net, 2),
        0.0 if lg == "en" else vat_rate(lg, "room"),
        note=tr(lg, "Prices include VAT.", "", "") if lg == "en" else "",
    )
    dep = round(gross * rng.choice([0.2, 0.25, 0.3]), 0)
    write(
        f,
        s,
        tr(
            lg,
            f"Please pay a deposit of {cash(dep, lg)} by {day(h, d + timedelta(days=14))} quoting "
            f"{no}. Final numbers are needed 14 days before arrival.",
            f"Bitte überweisen Sie eine Anzahlung von {cash(dep, lg)} bis zum "
            f"{day(h, d + timedelta(days=14))} unter Angabe der Buchungsnummer {no}. Die "
            "endgültige Teilnehmerzahl benötigen wir 14 Tage vor Anreise.",
            f"Merci de verser un acompte de {cash(dep, lg)} avant le "
            f"{day(h, d + timedelta(days=14))} en rappelant la référence {no}. L'effectif "
            "définitif nous est à communiquer 14 jours avant l'arrivée.",
        ),
    )
    regards(f, s, lg, staff("deputy"), role_of("deputy", lg))
    pages = f.pages
    pages.append(
        small_print(
            rng,
            style_of(h),
            lg,
            tr(
                lg,
                "Booking conditions for groups",
                "Aufnahme- und Stornobedingungen für Gruppen",
                "Conditions générales de séjour des groupes",
            ),
            BOOKING_TERMS[lg],
            "stay",
        )
    )
    if rng.random() < 0.5:
        p = Page(s.page_size)
        y = heading(p, s, h)
        p.text(
            m,
            y,
            tr(
                lg,
                "ACCEPTANCE - please sign and return",
                "RÜCKBESTÄTIGUNG",
                "BON POUR ACCORD - à retourner signé",
            ),
            s.bold,
            s.size + 2,
        )
        y += 22
        for ln in wrap(
            tr(
                lg,
                f"We accept booking {no} for {g.row[0]} ({g.cls}), {short(g.arrive, lg)} to "
                f"{short(g.leave, lg)}, and the booking conditions overleaf.",
                f"Wir nehmen die Buchung {no} für {g.row[0]} ({g.cls}) vom {short(g.arrive, lg)} "
                f"bis {short(g.leave, lg)} zu den umseitigen Bedingungen verbindlich an.",
                f"Nous acceptons la réservation {no} pour {g.row[0]} ({g.cls}) du "
                f"{short(g.arrive, lg)} au {short(g.leave, lg)} et les conditions au verso.",
            ),
            s.font,
            s.size,
            w - 2 * m,
        ):
            p.text(m, y, ln, s.font, s.size)
            y += s.size * 1.4
        y += 50
        sign_line(p, m, y, 180, tr(lg, "Place, date", "Ort, Datum", "Lieu, date"), s.font)
        sign_line(
            p,
            w / 2,
            y,
            180,
            tr(lg, "Signature, school stamp", "Unterschrift, Stempel", "Signature, cachet"),
            s.font,
        )
        pages.append(p)
    close(
        pages,
        s,
        h,
        numbers=rng.choice(
            [
                h.numbers,
                "Page {i} of {n}"
                if lg == "en"
                else tr(lg, "", "Seite {i} von {n}", "Page {i}/{n}"),
            ]
        ),
    )
    remember(d, g)
    return pages


def tpl_meal_order(rng: random.Random, who: Issuer) -> list[Page]:
    """The group leader's meal order on the hostel's form (Verpflegungsplan, fiche repas):
    numbers per day and meal and the special diets, filled in by hand, now and then with the
    school's typed list of allergies behind it."""
    g = group_for(rng, who, ("group_confirmation", "school_booking"))
    lg = g.lang
    hs = hostel_head()
    size = landscape(A4) if rng.random() < 0.4 else A4
    s = style_of(hs, size, margin=40, pt=8.5)
    w, hh = size
    m = s.margin
    d = last_day(rng, ("group_confirmation", "school_booking"), (3, 20))
    p = Page(size)
    y = form_title(
        p,
        s,
        tr(lg, "MEAL ORDER FOR GROUPS", "VERPFLEGUNGSPLAN FÜR GRUPPEN", "FICHE REPAS GROUPES"),
        tr(
            lg,
            "Please return at least 7 days before arrival.",
            "Bitte spätestens 7 Tage vor Anreise zurücksenden.",
            "À retourner au plus tard 7 jours avant l'arrivée.",
        ),
    )
    y = fields(
        p,
        s,
        m,
        y,
        w - 2 * m,
        [
            (tr(lg, "Group", "Gruppe", "Groupe"), f"{g.row[0]} {g.cls}"),
            (tr(lg, "Leader", "Leitung", "Responsable"), g.leader),
            (tr(lg, "Arrival", "Anreise", "Arrivée"), short(g.arrive, lg)),
            (tr(lg, "Departure", "Abreise", "Départ"), short(g.leave, lg)),
        ],
        per=4,
    )
    meals = [
        tr(lg, "Breakfast", "Frühstück", "Petit déj."),
        tr(lg, "Packed lunch", "Lunchpaket", "Pique-nique"),
        tr(lg, "Lunch", "Mittagessen", "Déjeuner"),
        tr(lg, "Dinner", "Abendessen", "Dîner"),
    ]
    diets = [
        tr(lg, "Veg.", "Veg.", "Végé."),
        tr(lg, "Vegan", "Vegan", "Vegan"),
        tr(lg, "Halal", "ohne Schwein", "Sans porc"),
        tr(lg, "GF", "Glutenfrei", "S. gluten"),
    ]
    heads = [tr(lg, "Date", "Datum", "Date"), *meals, *diets]
    cols = columns(m, w - m, [(1.6, "left")] + [(1, "center")] * 8)
    x0, x1 = m, w - m
    rh = 22
    p.rect(x0, y - 12, x1 - x0, rh, fill=0.85)
    for c, t in zip(cols, heads, strict=True):
        p.text((c[0] + c[1]) / 2, y + 2, fit(t, s.bold, 7.5, c[1] - c[0]), s.bold, 7.5, "center")
    y += rh
    n_all = g.pupils + g.adults
    veg = rng.randint(0, 5)
    for k in range(g.nights + 1):
        dd = g.arrive + timedelta(days=k)
        p.rect(x0, y - 12, x1 - x0, rh)
        p.text(cols[0][0] + 3, y + 2, short(dd, lg), s.font, 8)
        vals = [
            "" if k == 0 else str(n_all),
            "" if k in (0, g.nights) or rng.random() < 0.3 else str(n_all),
            "" if g.board < 2 or k == 0 else str(n_all - rng.randint(0, 3)),
            "" if k == g.nights or not g.board else str(n_all),
            str(veg) if veg else "-",
            str(rng.choice([0, 0, 1])),
            str(rng.choice([0, 0, 1, 2, 3])),
            str(rng.choice([0, 0, 0, 1])),
        ]
        for c, v in zip(cols[1:], vals, strict=True):
            if v:
                p.text((c[0] + c[1]) / 2, y + 3, v, HAND, 10, "center")
        y += rh
    for c in cols[1:]:
        p.line(c[0] - 2, y - 12 - rh * (g.nights + 2), c[0] - 2, y - 12)
    y += 12
    p.text(
        m,
        y,
        tr(
            lg,
            "Allergies / intolerances (name and details):",
            "Allergien / Unverträglichkeiten (Name, Angaben):",
            "Allergies / intolérances (nom et précisions) :",
        ),
        s.bold,
        8.5,
    )
    y += 16
    names = pupil_names(g)
    allergic = rng.sample(names, min(len(names), rng.randint(0, 3)))
    for n, _ in allergic:
        hand(
            p,
            m + 6,
            y,
            f"{n} - "
            + rng.choice(
                [
                    tr(
                        lg,
                        "nuts (severe, EpiPen)",
                        "Nüsse (EpiPen)",
                        "arachides (stylo adrénaline)",
                    ),
                    tr(lg, "lactose", "Laktose", "lactose"),
                    tr(lg, "coeliac", "Zöliakie", "maladie coeliaque"),
                    tr(lg, "egg", "Ei", "oeuf"),
                ]
            ),
            9.5,
            w - 2 * m - 12,
        )
        y += 16
    for _ in range(max(0, 3 - len(allergic))):
        p.line(m, y, w - m, y)
        y += 16
    y += 20
    if y < hh - 60:
        sign_line(
            p,
            m,
            y,
            170,
            tr(lg, "Date, signature", "Datum, Unterschrift", "Date, signature"),
            s.font,
            g.leader,
        )
        hand(p, m + 120, y - 4, short(d, lg), 9)
    pages = [p]
    if rng.random() < 0.3:
        h = make_head(g.row, lg, "school")
        s2 = style_of(h)
        f = sheets(s2, h)
        caption(
            f,
            s2,
            tr(
                lg,
                "Medical and dietary information",
                "Gesundheits- und Ernährungshinweise",
                "Informations médicales et alimentaires",
            ),
            2,
        )
        write(f, s2, f"{g.cls} - {short(g.arrive, lg)}-{short(g.leave, lg)}", s2.size - 0.5)
        rows = [
            [
                n,
                rng.choice(
                    [
                        tr(lg, "nut allergy", "Nussallergie", "allergie arachide"),
                        tr(lg, "asthma", "Asthma", "asthme"),
                        tr(lg, "vegetarian", "vegetarisch", "végétarien"),
                        tr(lg, "diabetes type 1", "Diabetes Typ 1", "diabète type 1"),
                    ]
                ),
                rng.choice(
                    [
                        "-",
                        tr(lg, "carries inhaler", "Spray dabei", "Ventoline"),
                        tr(
                            lg,
                            "EpiPen x2 with staff",
                            "2 EpiPens bei Betreuer",
                            "2 stylos chez l'accompagnateur",
                        ),
                    ]
                ),
            ]
            for n, _ in rng.sample(names, min(len(names), rng.randint(3, 9)))
        ]
        table(
            f,
            columns(
                s2.margin,
                w - s2.margin if size == A4 else A4[0] - s2.margin,
                [(2.5, "left"), (2.5, "left"), (3, "left")],
            ),
            [
                tr(lg, "Pupil", "Schüler/in", "Élève"),
                tr(lg, "Condition", "Befund", "Besoin"),
                tr(lg, "Notes", "Hinweise", "Remarques"),
            ],
            rows,
            s2,
            rules=True,
        )
        pages += close(f.pages, s2, h, numbers="none")
    received(rng, pages[0], d, 0.25)
    remember(d, g)
    return pages


def tpl_leader_declaration(rng: random.Random, who: Issuer) -> list[Page]:
    """The group leader's arrival form (Gruppenleitererklärung, fiche d'arrivée): emergency
    numbers, keys issued by room, the house rules and supervision duty acknowledged and
    signed, and the departure check filled in by reception; sometimes the signed house rules
    behind it."""
    g = group_for(rng, who, ("meal_order", "group_confirmation"))
    lg = home()
    hs = hostel_head()
    s = style_of(hs, A4, margin=44, pt=8.5)
    w, _hh = A4
    m = s.margin
    p = Page(A4)
    y = form_title(
        p,
        s,
        tr(
            lg,
            "GROUP LEADER'S ARRIVAL FORM",
            "GRUPPENLEITERERKLÄRUNG",
            "FICHE D'ARRIVÉE DU RESPONSABLE DE GROUPE",
        ),
        tr(lg, f"Booking {g.ref}", f"Buchung {g.ref}", f"Réservation {g.ref}"),
    )
    y = fields(
        p,
        s,
        m,
        y,
        w - 2 * m,
        [
            (tr(lg, "Group", "Gruppe", "Groupe"), f"{g.row[0]} - {g.cls}"),
            (tr(lg, "Leader", "Leitung", "Responsable"), g.leader),
            (
                tr(lg, "Emergency mobile (24 h)", "Notfall-Handy (24 h)", "Portable d'urgence"),
                serial(
                    rng, {"en": "07999 999999", "de": "0151 99999999", "fr": "06 99 99 99 99"}[lg]
                ),
            ),
            (
                tr(lg, "Persons on arrival", "Personen bei Anreise", "Effectif à l'arrivée"),
                f"{g.pupils - rng.choice([0, 0, 1])} + {g.adults}",
            ),
        ],
        per=2,
    )
    y = (
        band(
            p,
            s,
            y,
            tr(lg, "Keys / key cards issued", "Ausgegebene Schlüssel", "Clés / badges remis"),
        )
        + 8
    )
    cols = columns(m, w - m, [(1, "left"), (1, "center"), (1, "center"), (1, "center")] * 2)
    heads = [
        tr(lg, "Room", "Zimmer", "Chambre"),
        tr(lg, "Beds", "Betten", "Lits"),
        tr(lg, "Issued", "Ausgabe", "Remis"),
        tr(lg, "Back", "Zurück", "Rendu"),
    ] * 2
    for c, t in zip(cols, heads, strict=True):
        cell(p, c, y, t, s.bold, 7.5)
    p.line(m, y + 4, w - m, y + 4)
    y += 14
    rooms = rng.sample(range(1, 40), min(16, (g.pupils + 5) // 6 + g.adults))
    for k, rm in enumerate(sorted(rooms)):
        c0 = 4 * (k % 2)
        yy = y + (k // 2) * 14
        cell(p, cols[c0], yy, str(rm), HAND, 9)
        cell(p, cols[c0 + 1], yy, str(rng.choice([1, 4, 6, 6, 8])), HAND, 9)
        cell(p, cols[c0 + 2], yy, str(rng.choice([1, 2])), HAND, 9)
        if rng.random() < 0.8:
            cell(p, cols[c0 + 3], yy, "v", HAND, 10)
    y += ((len(rooms) + 1) // 2) * 14 + 8
    y = band(p, s, y, tr(lg, "Declaration", "Erklärung", "Engagement")) + 8
    for t in [
        tr(
            lg,
            "I have received the house rules and the fire procedure and will brief my group.",
            "Hausordnung und Brandschutzordnung habe ich erhalten und gebe sie an die Gruppe "
            "weiter.",
            "J'ai reçu le règlement intérieur et les consignes incendie et les transmettrai au "
            "groupe.",
        ),
        tr(
            lg,
            "Staff remain responsible for the supervision of the young people at all times.",
            "Die Aufsichtspflicht für die Teilnehmenden liegt bei der Gruppenleitung.",
            "L'encadrement des jeunes reste sous la responsabilité des accompagnateurs.",
        ),
        tr(
            lg,
            "Quiet hours 22:00-07:00. No alcohol for under-18s.",
            "Nachtruhe 22:00-7:00 Uhr. Kein Alkohol für Minderjährige.",
            "Silence de 22h à 7h. Pas d'alcool pour les mineurs.",
        ),
        tr(
            lg,
            "Damage and lost keys will be charged to the group.",
            "Schäden und verlorene Schlüssel werden der Gruppe berechnet.",
            "Les dégradations et clés perdues seront facturées au groupe.",
        ),
    ]:
        box(p, m, y, True, 8)
        for ln in wrap(t, s.font, 8, w - 2 * m - 16)[:2]:
            p.text(m + 14, y, ln, s.font, 8)
            y += 10
        y += 4
    y += 26
    sign_line(
        p, m, y, 170, tr(lg, "Group leader", "Gruppenleitung", "Responsable"), s.font, g.leader
    )
    hand(p, m + 200, y - 4, short(g.arrive, lg))
    sign_line(
        p,
        w / 2 + 20,
        y,
        150,
        tr(lg, "Reception", "Rezeption", "Accueil"),
        s.font,
        staff("reception"),
    )
    y += 30
    y = (
        band(
            p,
            s,
            y,
            tr(
                lg,
                "Departure check (reception)",
                "Abreisekontrolle (Rezeption)",
                "État des lieux de départ (accueil)",
            ),
        )
        + 8
    )
    ok = rng.random() < 0.75
    y = ticks(
        p,
        s,
        m,
        y,
        w - 2 * m,
        [
            tr(
                lg,
                "Rooms checked, no damage",
                "Zimmer abgenommen, ohne Mängel",
                "Chambres vérifiées, RAS",
            ),
            tr(
                lg,
                "Damage / missing items - see note",
                "Schäden / fehlende Teile - s. Notiz",
                "Dégradations - voir note",
            ),
        ],
        {0 if ok else 1},
    )
    if not ok:
        hand(
            p,
            m,
            y + 2,
            rng.choice(
                [
                    tr(
                        lg,
                        "Rm 12 curtain rail, Rm 14 mattress stained",
                        "Zi. 12 Gardinenstange, Zi. 14 Matratze fleckig",
                        "Ch. 12 tringle, ch. 14 matelas taché",
                    ),
                    tr(lg, "2 key cards missing", "2 Schlüsselkarten fehlen", "2 badges manquants"),
                ]
            ),
            9.5,
            w - 2 * m,
        )
    hand(p, w - m - 150, y + 18, f"{short(g.leave, lg)} {staff('reception').split()[0]}", 9)
    pages = [p]
    if rng.random() < 0.35:
        s2 = style_of(hs, A4, pt=8.5)
        f = sheets(s2, hs)
        caption(f, s2, tr(lg, "House rules", "Hausordnung", "Règlement intérieur"), 3)
        for k in range(rng.randint(7, 11)):
            write(f, s2, f"{k + 1}. {words(rng, lg, 'stay', rng.randint(12, 26))}")
        f.y += 20
        f.need(40)
        sign_line(
            f.page,
            s2.margin,
            f.y,
            200,
            tr(
                lg,
                "Read and accepted - group leader",
                "Gelesen und anerkannt - Gruppenleitung",
                "Lu et approuvé - responsable du groupe",
            ),
            s2.font,
            g.leader,
        )
        pages += close(f.pages, s2, hs, numbers="none")
    remember(g.arrive, g)
    return pages


def tpl_group_final_invoice(rng: random.Random, who: Issuer) -> list[Page]:
    """The hostel's final invoice to a group after its stay (Schlussrechnung, facture de
    séjour): bed nights, meals and extras less the deposit paid, often with the statement of
    nights per day on a second page."""
    g = group_for(rng, who, ("leader_declaration",))
    lg = home()
    h = hostel_head()
    s = style_of(h)
    w, _hh = s.page_size
    m = s.margin
    d = g.leave + timedelta(days=rng.randint(0, 6))
    no = serial(rng, rng.choice([f"{d.year}-9999", "RE-99999", "F99999"]))
    f = sheets(s, h, f"{h.name} - {tr(lg, 'Invoice', 'Rechnung', 'Facture')} {no}")
    recipient(
        f,
        s,
        h,
        [
            g.row[0],
            tr(lg, "Finance office", "z. Hd. Sekretariat", "Service intendance"),
            g.row[1],
            g.row[2],
        ],
        d,
        [
            (tr(lg, "Invoice no.", "Rechnungs-Nr.", "Facture n°"), no),
            (tr(lg, "Booking", "Buchung", "Réservation"), g.ref),
        ],
    )
    caption(f, s, tr(lg, "INVOICE", "RECHNUNG", "FACTURE"), 4)
    write(
        f,
        s,
        tr(
            lg,
            f"Group stay {g.cls}, {short(g.arrive, lg)} - {short(g.leave, lg)}",
            f"Aufenthalt {g.cls} vom {short(g.arrive, lg)} bis {short(g.leave, lg)}",
            f"Séjour {g.cls} du {short(g.arrive, lg)} au {short(g.leave, lg)}",
        ),
    )
    pupils = g.pupils - rng.choice([0, 0, 1, 2])
    free = pupils // 10
    items = [
        (
            tr(lg, "Bed nights pupils", "Übernachtungen Schüler/innen", "Nuitées élèves"),
            pupils * g.nights,
            g.rate,
        ),
        (
            tr(lg, "Bed nights staff", "Übernachtungen Begleitpersonen", "Nuitées accompagnateurs"),
            (g.adults - free) * g.nights,
            g.rate + 4,
        ),
    ]
    if g.board:
        items.append(
            (
                tr(lg, "Evening meals", "Abendessen", "Dîners"),
                (pupils + g.adults) * g.nights,
                {"en": 8.5, "de": 7.9, "fr": 9.0}[lg],
            )
        )
    if g.board == 2:
        items.append(
            (
                tr(lg, "Packed lunches", "Lunchpakete", "Pique-niques"),
                (pupils + g.adults) * max(1, g.nights - 1),
                {"en": 6.0, "de": 6.2, "fr": 7.0}[lg],
            )
        )
    if rng.random() < 0.4:
        items.append(
            (
                tr(
                    lg,
                    "Classroom hire (half day)",
                    "Seminarraum (halber Tag)",
                    "Location salle (demi-journée)",
                ),
                rng.randint(1, 3),
                35.0,
            )
        )
    if lg == "de" and rng.random() < 0.5:
        items.append(("Kurbeitrag/Gästebeitrag Begleitpersonen", g.adults * g.nights, 1.8))
    if lg == "fr":
        items.append(("Taxe de séjour (adultes)", g.adults * g.nights, 0.8))
    if rng.random() < 0.2:
        items.append((tr(lg, "Lost key card", "Verlorene Schlüsselkarte", "Badge perdu"), 1, 10.0))
    rows = []
    net = 0.0
    for t, n, r_ in items:
        v = round(n * r_, 2)
        net += v
        rows.append([t, str(n), money(r_, lg), money(v, lg)])
    table(
        f,
        columns(m, w - m, [(4, "left"), (1, "right"), (1.2, "right"), (1.4, "right")]),
        [
            tr(lg, "Description", "Leistung", "Désignation"),
            tr(lg, "Qty", "Menge", "Qté"),
            tr(lg, "Unit", "Preis", "P.U."),
            tr(lg, "Total", "Gesamt", "Total"),
        ],
        rows,
        s,
        rules=rng.random() < 0.5,
    )
    dep = round(net * rng.choice([0.2, 0.25, 0.3]), 0)
    totals(
        f,
        s,
        lg,
        round(net, 2),
        0.0 if lg == "en" else vat_rate(lg, "room"),
        less=[(tr(lg, "Deposit received", "abzgl. Anzahlung", "Acompte reçu"), dep)],
        note=tr(
            lg,
            "Accommodation and meals: VAT included at the standard rate.",
            "Übernachtung 7 % USt., Verpflegung 19 % USt. anteilig enthalten.",
            "TVA hébergement 10 %, restauration 10 %.",
        ),
    )
    write(
        f,
        s,
        tr(
            lg,
            f"Please pay within 30 days to {iban(keyed(who, 'bank'), lg)}.",
            f"Zahlbar innerhalb von 14 Tagen auf {iban(random.Random(HOSTEL['seed']), lg)}.",
            f"Règlement à réception par virement ({iban(random.Random(HOSTEL['seed']), lg)}) "
            "ou mandat administratif.",
        ),
        s.size - 1,
    )
    regards(f, s, lg, staff("bookkeeper"), role_of("bookkeeper", lg))
    pages = f.pages
    if rng.random() < 0.55:
        s2 = paper(s, s.page_size, pt=8.5)
        f2 = sheets(s2, h, f"{tr(lg, 'Invoice', 'Rechnung', 'Facture')} {no}", top=False)
        caption(
            f2,
            s2,
            tr(lg, "Statement of overnight stays", "Übernachtungsnachweis", "Relevé des nuitées"),
            2,
        )
        rows2 = []
        for k in range(g.nights):
            dd = g.arrive + timedelta(days=k)
            rows2.append(
                [
                    short(dd, lg),
                    str(pupils),
                    str(g.adults),
                    str(free),
                    str(pupils + g.adults) if g.board else "-",
                    str(pupils + g.adults),
                ]
            )
        table(
            f2,
            columns(s2.margin, w - s2.margin, [(1.4, "left")] + [(1, "right")] * 5),
            [
                tr(lg, "Night of", "Nacht vom", "Nuit du"),
                tr(lg, "Pupils", "Schüler", "Élèves"),
                tr(lg, "Staff", "Begleiter", "Accomp."),
                tr(lg, "Free", "frei", "Gratuités"),
                tr(lg, "Dinner", "Abendessen", "Dîner"),
                tr(lg, "Breakfast", "Frühstück", "Petit déj."),
            ],
            rows2,
            s2,
            shade=0.88,
            rules=True,
        )
        write(
            f2,
            s2,
            tr(
                lg,
                "Numbers as confirmed by the group leader on arrival.",
                "Teilnehmerzahlen laut Gruppenleitererklärung.",
                "Effectifs selon la fiche d'arrivée signée par le responsable.",
            ),
            s2.size - 0.5,
        )
        pages += f2.pages
    remember(d, g)
    return close(pages, s, h, numbers=rng.choice(["none", h.numbers]))


DAMAGES = {
    "en": [
        ("Mattress (soiled, replacement)", 95.0),
        ("Curtain rail refitted", 35.0),
        ("Fire door closer reset", 45.0),
        ("Smoke detector cover replaced", 28.0),
        ("Bunk ladder repaired", 40.0),
        ("Graffiti removed, dorm 4", 60.0),
        ("Window restrictor replaced", 38.0),
        ("False fire alarm call-out", 120.0),
    ],
    "de": [
        ("Matratze verschmutzt (Ersatz)", 110.0),
        ("Gardinenstange neu montiert", 35.0),
        ("Türschließer Brandschutztür", 55.0),
        ("Rauchmelderabdeckung erneuert", 30.0),
        ("Leiter Etagenbett repariert", 45.0),
        ("Schmiererei entfernt, Zi. 4", 60.0),
        ("Fenstergriff ersetzt", 28.0),
        ("Fehlalarm - Einsatz Feuerwehr (anteilig)", 250.0),
    ],
    "fr": [
        ("Matelas souillé (remplacement)", 105.0),
        ("Tringle à rideau refixée", 35.0),
        ("Ferme-porte coupe-feu réglé", 50.0),
        ("Capot de détecteur remplacé", 30.0),
        ("Échelle de lit superposé réparée", 45.0),
        ("Tags effacés, chambre 4", 60.0),
        ("Poignée de fenêtre remplacée", 28.0),
        ("Déclenchement intempestif alarme", 120.0),
    ],
}


def tpl_damage_notice(rng: random.Random, who: Issuer) -> list[Page]:
    """The hostel's letter to a group's school about damage found after the stay: what was
    found, the charges in a table, and a photo sheet (one or two pages) of the damage."""
    g = group_for(rng, who, ("group_final_invoice", "leader_declaration"))
    lg = home()
    h = hostel_head()
    s = style_of(h)
    w, hh = s.page_size
    m = s.margin
    d = g.leave + timedelta(days=rng.randint(1, 10))
    f = sheets(s, h, f"{h.name} - {g.ref}")
    recipient(
        f,
        s,
        h,
        [g.row[0], mx(g.leader, lg) if lg != "en" else f"FAO {g.leader}", g.row[1], g.row[2]],
        d,
        [(tr(lg, "Our ref.", "Unser Zeichen", "Notre réf."), g.ref)],
    )
    caption(
        f,
        s,
        tr(
            lg,
            f"Damage during your stay {short(g.arrive, lg)}-{short(g.leave, lg)}",
            f"Schäden während Ihres Aufenthalts vom {short(g.arrive, lg)} bis {short(g.leave, lg)}",
            f"Dégradations constatées lors de votre séjour du {short(g.arrive, lg)}",
        ),
        1,
    )
    write(f, s, dear(lg, mx(g.leader, lg)))
    write(f, s, prose(rng, lg, "stay", 2, 3))
    items = rng.sample(DAMAGES[lg], rng.randint(1, 4))
    rows = [[t, cash(v, lg)] for t, v in items]
    table(
        f,
        columns(m, w - m, [(5, "left"), (1.3, "right")]),
        [tr(lg, "Item", "Schaden", "Objet"), tr(lg, "Charge", "Betrag", "Montant")],
        rows,
        s,
        rules=True,
    )
    total = sum(v for _, v in items)
    f.page.text(
        w - m,
        f.y,
        f"{tr(lg, 'Total', 'Summe', 'Total')}: {cash(total, lg)}",
        s.bold,
        s.size,
        "right",
    )
    f.y += 20
    write(
        f,
        s,
        tr(
            lg,
            "The damage was noted at the departure check and photographed (see "
            "attached). An invoice will follow unless you contact us within 14 days.",
            "Die Schäden wurden bei der Zimmerabnahme festgestellt und fotografiert "
            "(siehe Anlage). Die Rechnung folgt, sofern Sie sich nicht innerhalb von 14 "
            "Tagen bei uns melden.",
            "Les dégradations ont été constatées lors de l'état des lieux et "
            "photographiées (voir annexe). Sans nouvelles de votre part sous 14 jours, "
            "une facture vous sera adressée.",
        ),
    )
    regards(f, s, lg, staff("manager"), role_of("manager", lg))
    write(f, s, tr(lg, "Enc. photographs", "Anlage: Fotodokumentation", "PJ : photos"), s.size - 1)
    pages = f.pages
    for k in range(rng.choice([1, 1, 2])):
        p = Page(s.page_size)
        y = m
        p.text(
            m,
            y,
            tr(lg, f"Photographs - {g.ref}", f"Fotodokumentation - {g.ref}", f"Photos - {g.ref}"),
            s.bold,
            s.size + 1,
        )
        y += 20
        ph = (hh - 2 * m - 60) / 2 - 24
        for j in range(2):
            photo(p, m, y, w - 2 * m, ph, rng)
            idx = (2 * k + j) % len(items)
            p.text(
                m,
                y + ph + 12,
                fit(
                    f"{2 * k + j + 1}. {items[idx][0]} - {short(g.leave, lg)}", s.font, 8, w - 2 * m
                ),
                s.font,
                8,
            )
            y += ph + 28
        pages.append(p)
    remember(d, g)
    return close(pages, s, h, numbers=rng.choice(["2:- {i} -", "2:Page {i}", h.numbers]))


ACTIVITIES = {
    "en": [
        "Climbing (indoor wall)",
        "Canoeing, open canoes",
        "Gorge walking",
        "Orienteering",
        "Raft building",
        "Coasteering",
    ],
    "de": [
        "Klettern (Halle)",
        "Kanutour Kanadier",
        "Hochseilgarten",
        "Orientierungslauf",
        "Floßbau",
        "Bogenschießen",
    ],
    "fr": [
        "Canoë (descente 8 km)",
        "Escalade (site école)",
        "Course d'orientation",
        "Via ferrata initiation",
        "Randonnée glaciaire",
        "Tir à l'arc",
    ],
}


def tpl_activity_booking(rng: random.Random, who: Issuer) -> list[Page]:
    """An outdoor activity provider's booking confirmation and invoice for a group staying at
    the hostel: the sessions, instructors and price, then the participant and medical form to
    be completed by the group leader and, often, a kit list page."""
    h = head_of(who, "activity")
    lg = h.lang
    s = style_of(h)
    w, _hh = s.page_size
    m = s.margin
    g = group_for(rng, who, ("school_booking", "group_confirmation"))
    d = some_day(rng)
    no = serial(rng, rng.choice(["AB-9999", "99999", "RES-999-99"]))
    f = sheets(s, h, f"{h.name} - {no}")
    recipient(
        f,
        s,
        h,
        hostel_lines(
            tr(lg, f"for group {g.row[0]}", f"für Gruppe {g.row[0]}", f"pour le groupe {g.row[0]}")
        ),
        d,
        [(tr(lg, "Booking", "Buchung", "Réservation"), no)],
    )
    caption(
        f,
        s,
        tr(
            lg,
            "Booking confirmation & invoice",
            "Buchungsbestätigung / Rechnung",
            "Confirmation de réservation et facture",
        ),
        3,
    )
    acts = rng.sample(ACTIVITIES[lg], rng.randint(1, 3))
    rows = []
    net = 0.0
    for k, a in enumerate(acts):
        n = g.pupils + rng.randint(0, g.adults)
        price = rng.choice([18.0, 22.0, 25.0, 28.0, 32.0])
        v = n * price
        net += v
        rows.append(
            [
                short(g.arrive + timedelta(days=min(k + 1, g.nights)), lg),
                rng.choice(["09:30-12:00", "13:30-16:00", "10:00-13:00", "14:00-17:00"]),
                a,
                str(n),
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
                (1.3, "left"),
                (1.4, "left"),
                (3, "left"),
                (0.6, "right"),
                (1, "right"),
                (1.2, "right"),
            ],
        ),
        [
            tr(lg, "Date", "Datum", "Date"),
            tr(lg, "Time", "Zeit", "Horaire"),
            tr(lg, "Activity", "Programm", "Activité"),
            tr(lg, "Pax", "Pers.", "Pers."),
            tr(lg, "Price", "Preis", "Prix"),
            tr(lg, "Total", "Gesamt", "Total"),
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
        vat_rate(lg) if rng.random() < 0.6 else 0.0,
        note=tr(
            lg,
            "Instructors hold NGB qualifications. Ratio 1:8 on the water.",
            "Betreuungsschlüssel 1:8. Alle Trainer mit Übungsleiterlizenz.",
            "Encadrement par moniteurs diplômés d'État, 1 pour 8.",
        ),
    )
    write(f, s, prose(rng, lg, "stay", 1, 2), s.size - 0.5)
    regards(f, s, lg, person(keyed(who, "boss"), lg), "")
    pages = close(f.pages, s, h, numbers="none")
    s2 = paper(s, s.page_size, pt=8.5)
    f2 = sheets(s2, h, top=rng.random() < 0.5)
    caption(
        f2,
        s2,
        tr(
            lg,
            "Participant & medical form",
            "Teilnehmerliste und Gesundheitsangaben",
            "Fiche participants et renseignements médicaux",
        ),
        2,
    )
    write(
        f2,
        s2,
        tr(
            lg,
            "To be completed by the group leader and handed to the instructor.",
            "Bitte von der Gruppenleitung ausfüllen und dem Trainer übergeben.",
            "À remplir par le responsable et à remettre au moniteur.",
        ),
        s2.size - 0.5,
    )
    blank = [[str(k + 1), "", "", "", "", ""] for k in range(rng.choice([16, 20, 24, 30]))]
    table(
        f2,
        columns(
            s2.margin,
            w - s2.margin,
            [(0.4, "left"), (3, "left"), (0.6, "left"), (1, "left"), (2.2, "left"), (2, "left")],
        ),
        [
            "#",
            tr(lg, "Name", "Name", "Nom"),
            tr(lg, "Age", "Alter", "Âge"),
            tr(lg, "Swim 25 m", "Schwimmer", "Nage 25 m"),
            tr(lg, "Medical / allergies", "Krankheiten / Allergien", "Santé / allergies"),
            tr(lg, "Emergency contact", "Notfallkontakt", "Contact urgence"),
        ],
        blank,
        s2,
        rules=True,
        step=2.2,
    )
    f2.y += 18
    f2.need(30)
    sign_line(
        f2.page,
        s2.margin,
        f2.y,
        200,
        tr(lg, "Group leader signature", "Unterschrift Gruppenleitung", "Signature du responsable"),
        s2.font,
    )
    pages += f2.pages
    if rng.random() < 0.5:
        f3 = sheets(s, h)
        caption(f3, s, tr(lg, "What to bring", "Was mitbringen?", "À prévoir"), 3)
        for t in rng.sample(
            {
                "en": [
                    "Old trainers that can get wet",
                    "Spare clothes and a towel",
                    "Waterproof jacket",
                    "Water bottle",
                    "Packed lunch",
                    "No jeans",
                    "Sun cream",
                    "Glasses strap",
                ],
                "de": [
                    "Feste Schuhe, die nass werden dürfen",
                    "Wechselkleidung und Handtuch",
                    "Regenjacke",
                    "Trinkflasche",
                    "Lunchpaket",
                    "Keine Jeans",
                    "Sonnencreme",
                    "Brillenband",
                ],
                "fr": [
                    "Chaussures fermées pouvant être mouillées",
                    "Vêtements de rechange",
                    "Coupe-vent",
                    "Gourde",
                    "Pique-nique",
                    "Pas de jean",
                    "Crème solaire",
                    "Attache-lunettes",
                ],
            }[lg],
            6,
        ):
            write(f3, s, f"-  {t}", indent=10)
        write(f3, s, prose(rng, lg, "stay", 2, 3))
        pages += close(f3.pages, s, h, numbers="none")
    received(rng, pages[0], d, 0.3)
    remember(d, g)
    return pages


# ---------------------------------------------------------------------------------------------
# Templates TTTTT: platforms, guests and returns
# ---------------------------------------------------------------------------------------------

GUEST_NAMES = [
    "Sam Taylor",
    "Laura Becker",
    "Matteo Rossi",
    "Julia Nowak",
    "Kenji Sato",
    "Emma Dubois",
    "Liam Murphy",
    "Anna Svensson",
    "Carlos Ortega",
    "Mia Schulz",
    "Ethan Clarke",
    "Chloe Martin",
    "Noah van Dijk",
    "Zoe Wright",
    "Felix Wagner",
    "Isabel Costa",
    "Aiden Kelly",
    "Sara Lindgren",
    "Tom Jansen",
    "Olivia Chen",
    "Lucas Moreau",
    "Hannah Fischer",
    "Ben Carter",
    "Yuki Mori",
]


def tpl_platform_commission(rng: random.Random, who: Issuer) -> list[Page]:
    """A booking platform's commission invoice to the hostel: the invoice page with the
    reverse charge note, then the reservation statement (often on landscape pages) with each
    stay, its status and commission."""
    r = keyed(who, "platform")
    row = r.choice(SENDERS["platform"][home()])
    # The platform writes in the hostel's language or, from its head office, in English.
    lg = home() if r.random() < 0.6 else "en"
    h = make_head(row, lg, "platform")
    s = style_of(h, A4, pt=9)
    w, _hh = A4
    m = s.margin
    ex = LAST["extra"]
    if after(("platform_commission",)) and isinstance(ex, tuple) and ex[0] == row[0]:
        start = ex[1] + timedelta(days=14)
    else:
        start = month() + timedelta(days=rng.choice([0, 14]))
    end = start + timedelta(days=13)
    d = end + timedelta(days=rng.randint(1, 4))
    no = serial(rng, rng.choice(["INV-99999999", "9999999999", "BF-999-99999"]))
    hid = serial(keyed(who, "hid"), "9999999")
    f = sheets(s, h, f"{row[0]} - {tr(lg, 'Invoice', 'Rechnung', 'Facture')} {no}")
    recipient(
        f,
        s,
        h,
        hostel_lines(
            tr(lg, f"Property ID {hid}", f"Unterkunfts-ID {hid}", f"Établissement n° {hid}")
        ),
        d,
        [
            (tr(lg, "Invoice no.", "Rechnungsnr.", "Facture n°"), no),
            (tr(lg, "Period", "Zeitraum", "Période"), f"{short(start, lg)} - {short(end, lg)}"),
        ],
    )
    caption(f, s, tr(lg, "Commission invoice", "Provisionsrechnung", "Facture de commission"), 4)
    n = rng.randint(8, 46)
    res = []
    net = 0.0
    for _ in range(n):
        a = start + timedelta(days=rng.randint(0, 13))
        nights = rng.choice([1, 1, 2, 2, 3, 4])
        beds = rng.choice([1, 1, 1, 2, 2, 4])
        val = round(nights * beds * rng.uniform(19, 42), 2)
        st = rng.choice(["ok"] * 8 + ["no-show", "cancelled"])
        rate = 0.15 if row[0].startswith("Bunk") else 0.17
        com = round(val * rate, 2) if st != "cancelled" else 0.0
        net += com
        res.append(
            (serial(rng, "999999999"), rng.choice(GUEST_NAMES), a, nights, beds, val, st, com)
        )
    rows = [
        [
            tr(
                lg,
                "Commission on stays checked out",
                "Provision für abgereiste Gäste",
                "Commission sur séjours effectués",
            ),
            str(sum(1 for x in res if x[6] == "ok")),
            money(sum(x[7] for x in res if x[6] == "ok"), lg),
        ],
        [
            tr(
                lg,
                "Commission on no-shows",
                "Provision für Nichtanreisen",
                "Commission sur no-shows",
            ),
            str(sum(1 for x in res if x[6] == "no-show")),
            money(sum(x[7] for x in res if x[6] == "no-show"), lg),
        ],
    ]
    if rng.random() < 0.3:
        adj = round(rng.uniform(5, 40), 2)
        rows.append(
            [
                tr(
                    lg,
                    "Payment processing fee",
                    "Zahlungsabwicklungsgebühr",
                    "Frais de traitement des paiements",
                ),
                "1",
                money(adj, lg),
            ]
        )
        net += adj
    table(
        f,
        columns(m, w - m, [(5, "left"), (1, "right"), (1.5, "right")]),
        [
            tr(lg, "Description", "Beschreibung", "Description"),
            tr(lg, "Bookings", "Buchungen", "Réservations"),
            tr(lg, "Amount", "Betrag", "Montant"),
        ],
        rows,
        s,
    )
    totals(
        f,
        s,
        home(),
        round(net, 2),
        0.0,
        note=tr(
            lg,
            "VAT reverse charge: the recipient is liable for VAT (Art. 196 Directive 2006/112/EC).",
            "Steuerschuldnerschaft des Leistungsempfängers (Reverse Charge).",
            "Autoliquidation : TVA due par le preneur (art. 283-2 du CGI).",
        ),
    )
    write(
        f,
        s,
        tr(
            lg,
            f"The amount will be collected by direct debit on {short(d + timedelta(days=10), lg)}.",
            f"Der Betrag wird am {short(d + timedelta(days=10), lg)} per SEPA-Lastschrift "
            "eingezogen.",
            f"Le montant sera prélevé le {short(d + timedelta(days=10), lg)}.",
        ),
        s.size - 1,
    )
    pages = close(f.pages, s, h, numbers="none")
    status = {
        "ok": tr(lg, "checked out", "abgereist", "séjour effectué"),
        "no-show": tr(lg, "no-show", "Nichtanreise", "non présenté"),
        "cancelled": tr(lg, "cancelled", "storniert", "annulé"),
    }
    size = landscape(A4) if rng.random() < 0.6 else A4
    s2 = style_of(h, size, margin=40, pt=7.5)
    f2 = sheets(
        s2,
        h,
        f"{row[0]} - {no} - "
        + tr(lg, "Reservation statement", "Reservierungsübersicht", "Relevé des réservations"),
        top=False,
    )
    caption(
        f2,
        s2,
        tr(lg, "Reservation statement", "Reservierungsübersicht", "Relevé des réservations"),
        3,
    )
    table(
        f2,
        columns(
            40,
            size[0] - 40,
            [
                (1.3, "left"),
                (2.2, "left"),
                (1.1, "left"),
                (1.1, "left"),
                (0.6, "right"),
                (0.6, "right"),
                (1, "right"),
                (1.1, "center"),
                (1, "right"),
            ],
        ),
        [
            tr(lg, "Reservation", "Buchungsnr.", "Réservation"),
            tr(lg, "Guest", "Gast", "Client"),
            tr(lg, "Arrival", "Anreise", "Arrivée"),
            tr(lg, "Departure", "Abreise", "Départ"),
            tr(lg, "Nts", "N.", "Nuits"),
            tr(lg, "Beds", "Betten", "Lits"),
            tr(lg, "Value", "Umsatz", "Montant"),
            "Status",
            tr(lg, "Comm.", "Provision", "Comm."),
        ],
        [
            [
                x[0],
                x[1],
                short(x[2], home()),
                short(x[2] + timedelta(days=x[3]), home()),
                str(x[3]),
                str(x[4]),
                money(x[5], home()),
                status[x[6]],
                money(x[7], home()),
            ]
            for x in sorted(res, key=lambda t: t[2])
        ],
        s2,
        shade=0.88,
    )
    number_pages(
        f2.pages,
        s2,
        rng.choice([tr(lg, "Page {i} of {n}", "Seite {i} von {n}", "Page {i}/{n}"), "{i}/{n}"]),
        "br",
    )
    pages += f2.pages
    remember(d, (row[0], start))
    return pages


def tpl_registration_card(rng: random.Random, who: Issuer) -> list[Page]:
    """A guest's registration card (Meldeschein, fiche individuelle de police, overseas
    visitor's record), printed by reception and filled in and signed by the guest: A6 or A5,
    one card per guest."""
    lg = home()
    hs = hostel_head()
    size = A6 if rng.random() < 0.6 else A5
    s = style_of(hs, size, margin=20, pt=7.5)
    w, hh = size
    m = 20.0
    p = Page(size)
    p.text(w / 2, 24, fit(hs.name, hs.bold, 9, w - 40), hs.bold, 9, "center")
    p.text(w / 2, 33, fit(f"{hs.street}, {hs.town}", hs.font, 6, w - 40), hs.font, 6, "center")
    title = tr(
        lg,
        "GUEST REGISTRATION - OVERSEAS VISITORS",
        "MELDESCHEIN FÜR BEHERBERGUNGSSTÄTTEN",
        "FICHE INDIVIDUELLE DE POLICE",
    )
    p.text(
        w / 2,
        50,
        fit(title, s.bold, 8.5, w - 40),
        s.bold,
        shrink(title, s.bold, 8.5, w - 40),
        "center",
    )
    p.text(w - m, 62, f"Nr. {serial(rng, '999999')}", s.font, 6.5, "right")
    g = rng.choice(GUESTS)
    name = g[0]
    born = date(rng.randint(1975, 2006), rng.randint(1, 12), rng.randint(1, 28))
    a = some_day(rng)
    nights = rng.choice([1, 2, 2, 3, 4, 6])
    items = [
        (tr(lg, "Surname", "Familienname", "Nom"), name.split()[-1].upper()),
        (tr(lg, "First name(s)", "Vorname(n)", "Prénom(s)"), name.split()[0]),
        (tr(lg, "Date of birth", "Geburtsdatum", "Date de naissance"), short(born, lg)),
        (tr(lg, "Nationality", "Staatsangehörigkeit", "Nationalité"), g[3]),
        (tr(lg, "Home address", "Anschrift", "Domicile habituel"), f"{g[1]}, {g[2]}"),
        (
            tr(lg, "Passport / ID no.", "Reisedokument Nr.", "Pièce d'identité n°"),
            serial(rng, rng.choice(["A99999999", "AA9999999", "99AA99999"])),
        ),
        (tr(lg, "Arrival", "Ankunftstag", "Arrivée"), short(a, lg)),
        (tr(lg, "Departure", "Abreisetag", "Départ prévu"), short(a + timedelta(days=nights), lg)),
    ]
    if lg == "en":
        items.append(
            (
                "Next destination",
                rng.choice(["Edinburgh", "London", "York", "Dublin", "Manchester Airport"]),
            )
        )
    if lg == "de":
        items.append(("Mitreisende (Anzahl)", str(rng.choice([0, 0, 1, 2]))))
    if lg == "fr":
        items.append(("Enfants de moins de 15 ans", str(rng.choice([0, 0, 0, 1]))))
    y = fields(
        p, s, m, 70, w - 2 * m, items, per=1 if size == A6 else 2, tall=22 if size == A6 else 26
    )
    if y < hh - 60:
        sign_line(
            p,
            m,
            hh - 42,
            w / 2 - m,
            tr(lg, "Signature of guest", "Unterschrift des Gastes", "Signature"),
            s.font,
            name,
        )
        p.text(
            w - m,
            hh - 33,
            tr(lg, "Bed", "Bett", "Lit") + f" {rng.randint(1, 60)}",
            HAND,
            9,
            "right",
        )
    p.text(
        m,
        hh - 14,
        fit(
            tr(
                lg,
                "Kept for 12 months under the Immigration (Hotel Records) Order 1972.",
                "Aufbewahrung 1 Jahr gem. § 30 BMG.",
                "Conservée 6 mois - art. R.611-42 du CESEDA.",
            ),
            s.font,
            5.5,
            w - 2 * m,
        ),
        s.font,
        5.5,
    )
    remember(a)
    return [p]


def tpl_occupancy_survey(rng: random.Random, who: Issuer) -> list[Page]:
    """The monthly accommodation statistics return (Monatsmeldung Beherbergung im
    Reiseverkehr, enquête de fréquentation, occupancy survey) as the hostel sends it: the
    statistics office's form with the bed capacity and the arrivals and nights by country of
    residence, filled in by the bookkeeper; two pages or one."""
    r = keyed(who, "stats")
    lg = home()
    row = r.choice(SENDERS["statistics"][lg])
    h = make_head(row, lg, "statistics")
    s = style_of(h, A4, margin=44, pt=8.5)
    w, hh = A4
    m = s.margin
    prev = date(month().year - (month().month == 1), (month().month - 2) % 12 + 1, 1)
    d = month() + timedelta(days=rng.randint(1, 9))
    p = Page(A4)
    y = heading(p, s, h)
    title = tr(
        lg,
        "Accommodation Occupancy Survey - monthly return",
        "Monatliche Meldung - Beherbergung im Reiseverkehr",
        "Enquête de fréquentation - hébergements collectifs touristiques",
    )
    p.text(m, y, fit(title, s.bold, 11, w - 2 * m), s.bold, shrink(title, s.bold, 11, w - 2 * m))
    y += 16
    p.text(
        m,
        y,
        tr(
            lg,
            f"Reporting month: {MONTH_NAMES['en'][prev.month - 1]} {prev.year}",
            f"Berichtsmonat: {MONTH_NAMES['de'][prev.month - 1]} {prev.year}",
            f"Mois d'enquête : {MONTH_NAMES['fr'][prev.month - 1]} {prev.year}",
        ),
        s.font,
        9,
    )
    p.text(
        w - m,
        y,
        f"{tr(lg, 'Ref.', 'Betriebs-Nr.', 'N° SIRET')} "
        f"{serial(r, '999 999 999' if lg == 'fr' else '99999999')}",
        s.font,
        8,
        "right",
    )
    y += 20
    hs = hostel_head()
    y = fields(
        p,
        s,
        m,
        y,
        w - 2 * m,
        [
            (tr(lg, "Establishment", "Betrieb", "Établissement"), hs.name),
            (
                tr(lg, "Type", "Betriebsart", "Catégorie"),
                tr(lg, "Hostel", "Jugendherberge/Hostel", "Auberge de jeunesse"),
            ),
            (
                tr(lg, "Bed spaces on offer", "Angebotene Schlafgelegenheiten", "Lits offerts"),
                str(keyed(who, "beds").randint(60, 180)),
            ),
            (
                tr(lg, "Days open in month", "Geöffnete Tage", "Jours d'ouverture"),
                str(rng.choice([28, 30, 31, 31])),
            ),
        ],
        per=2,
    )
    y = (
        band(
            p,
            s,
            y,
            tr(
                lg,
                "Arrivals and overnight stays by country of residence",
                "Ankünfte und Übernachtungen nach Herkunftsländern",
                "Arrivées et nuitées par pays de résidence",
            ),
        )
        + 8
    )
    cols = columns(m, w - m, [(3, "left"), (1, "right"), (1, "right")])
    for c, t in zip(
        cols,
        [
            tr(lg, "Country", "Herkunftsland", "Pays"),
            tr(lg, "Arrivals", "Ankünfte", "Arrivées"),
            tr(lg, "Nights", "Übernachtungen", "Nuitées"),
        ],
        strict=True,
    ):
        cell(p, c, y, t, s.bold, 8)
    p.line(m, y + 4, w - m, y + 4)
    y += 16
    tot_a = tot_n = 0
    written = rng.random() < 0.6
    for k, c_ in enumerate(COUNTRIES[lg]):
        a = max(0, int(rng.expovariate(1 / (300 if k == 0 else 40))))
        n = int(a * rng.uniform(1.3, 2.6))
        tot_a += a
        tot_n += n
        cell(p, cols[0], y, c_, s.font, 8)
        font = HAND if written else "Courier"
        cell(p, cols[1], y, str(a), font, 9)
        cell(p, cols[2], y, str(n), font, 9)
        p.line(m, y + 4, w - m, y + 4)
        y += 15
    cell(p, cols[0], y, tr(lg, "Total", "Insgesamt", "Total"), s.bold, 8)
    cell(p, cols[1], y, str(tot_a), HAND if written else "Courier-Bold", 9)
    cell(p, cols[2], y, str(tot_n), HAND if written else "Courier-Bold", 9)
    y += 30
    sign_line(
        p,
        m,
        y,
        200,
        tr(lg, "Completed by", "Auskunftgebende Person", "Établi par"),
        s.font,
        staff("bookkeeper"),
    )
    hand(p, m + 230, y - 4, short(d, lg))
    p.text(
        m,
        hh - 30,
        fit(
            tr(
                lg,
                "Voluntary survey. Information is confidential and used for "
                "statistical purposes only.",
                "Auskunftspflicht nach § 6 BeherbStatG i. V. m. § 15 BStatG.",
                "Enquête obligatoire - visa n° 2025T019TO du ministre chargé de l'économie.",
            ),
            s.font,
            6,
            w - 2 * m,
        ),
        s.font,
        6,
    )
    pages = [p]
    if rng.random() < 0.4:
        s2 = style_of(h, A4, margin=44, pt=8.5)
        f = plain(s2)
        caption(
            f,
            s2,
            tr(lg, "Notes for completion", "Erläuterungen zum Meldebogen", "Notice explicative"),
            2,
        )
        for k in range(rng.randint(6, 10)):
            write(f, s2, f"{k + 1}. {words(rng, lg, 'assoc', rng.randint(14, 28))}")
        pages += f.pages
    remember(d)
    return pages


# ---------------------------------------------------------------------------------------------
# Templates TTTTT: the building
# ---------------------------------------------------------------------------------------------

DEVICES = {
    "en": [
        "Optical smoke detector",
        "Heat detector (A1R)",
        "Manual call point",
        "Sounder",
        "Sounder/beacon",
        "Door holder",
        "Multi-sensor",
    ],
    "de": [
        "Optischer Rauchmelder",
        "Wärmemelder",
        "Handfeuermelder",
        "Signalgeber (Sirene)",
        "Blitzleuchte",
        "Feststellanlage",
        "Mehrkriterienmelder",
    ],
    "fr": [
        "Détecteur optique de fumée",
        "Détecteur thermovélocimétrique",
        "Déclencheur manuel",
        "Diffuseur sonore",
        "Flash lumineux",
        "Ventouse",
        "Détecteur multicapteur",
    ],
}
PLACES = {
    "en": ["Dorm", "Corridor", "Stair", "Kitchen", "Café", "Drying room", "Lounge", "Reception"],
    "de": [
        "Zimmer",
        "Flur",
        "Treppenhaus",
        "Küche",
        "Speisesaal",
        "Trockenraum",
        "Aufenthaltsraum",
        "Eingang",
    ],
    "fr": [
        "Chambre",
        "Couloir",
        "Escalier",
        "Cuisine",
        "Salle à manger",
        "Séchoir",
        "Salon",
        "Accueil",
    ],
}


def tpl_alarm_service(rng: random.Random, who: Issuer) -> list[Page]:
    """The fire alarm contractor's service certificate (inspection and servicing certificate,
    Wartungs- und Prüfbericht Brandmeldeanlage, rapport de vérification SSI): the system, the
    work done, ticks and the engineer's signature, then the device test schedule on landscape
    pages and, now and then, an emergency lighting test sheet."""
    h = head_of(who, "alarm")
    lg = h.lang
    s = style_of(h, A4, margin=44, pt=8.5)
    w, _hh = A4
    m = s.margin
    d = some_day(rng)
    eng = person(keyed(who, "eng"), lg)
    no = serial(rng, rng.choice(["SC-99999", "WP 99999", "99999/99"]))
    f = sheets(s, h, f"{h.name} - {no}")
    title = tr(
        lg,
        "FIRE DETECTION AND ALARM SYSTEM - INSPECTION AND SERVICING CERTIFICATE",
        "PRÜFBERICHT BRANDMELDEANLAGE - Inspektion und Wartung nach DIN 14675 / VDE 0833",
        "RAPPORT DE VÉRIFICATION DU SYSTÈME DE SÉCURITÉ INCENDIE (SSI)",
    )
    for ln in wrap(title, s.bold, 11, w - 2 * m):
        f.page.text(m, f.y, ln, s.bold, 11)
        f.y += 14
    f.y += 4
    hs = hostel_head()
    f.y = fields(
        f.page,
        s,
        m,
        f.y,
        w - 2 * m,
        [
            (tr(lg, "Premises", "Objekt", "Établissement"), f"{hs.name}, {hs.street}, {hs.town}"),
            (tr(lg, "Certificate no.", "Bericht-Nr.", "Rapport n°"), no),
            (
                tr(lg, "Panel", "Zentrale", "Centrale"),
                keyed(who, "panel").choice(
                    [
                        "Advanced MxPro 5",
                        "Kentec Syncro AS",
                        "Esser FlexES",
                        "Hekatron Integral",
                        "Siemens FC722",
                        "Nugelec Leo",
                    ]
                ),
            ),
            (
                tr(lg, "Category", "Kategorie", "Catégorie"),
                tr(lg, "L2", "Vollschutz", "SSI catégorie A"),
            ),
            (
                tr(lg, "Zones / loops", "Meldergruppen", "Zones"),
                str(keyed(who, "z").randint(4, 16)),
            ),
            (tr(lg, "Date of visit", "Prüfdatum", "Date de visite"), short(d, lg)),
        ],
        per=2,
        hand=False,
    )
    f.y = (
        band(
            f.page,
            s,
            f.y,
            tr(lg, "Work carried out", "Durchgeführte Arbeiten", "Opérations réalisées"),
        )
        + 8
    )
    for t in [
        tr(lg, "Log book examined", "Betriebsbuch geprüft", "Registre de sécurité consulté"),
        tr(
            lg,
            "Standby batteries tested",
            "Notstromversorgung geprüft",
            "Batteries de secours contrôlées",
        ),
        tr(
            lg,
            "25% of detectors functionally tested",
            "Melder gemäß Prüfplan ausgelöst",
            "Essai de 25 % des détecteurs",
        ),
        tr(
            lg,
            "All call points operated",
            "Alle Handfeuermelder ausgelöst",
            "Tous les déclencheurs manuels testés",
        ),
        tr(lg, "Sounder levels checked", "Alarmierung geprüft", "Diffuseurs vérifiés"),
        tr(lg, "Fire door holders released", "Feststellanlagen ausgelöst", "Ventouses libérées"),
    ]:
        f.need(14)
        box(f.page, m, f.y, rng.random() < 0.92, 8)
        f.page.text(m + 14, f.y, t, s.font, 8.5)
        f.y += 13
    f.y += 4
    f.y = (
        band(
            f.page,
            s,
            f.y,
            tr(
                lg,
                "Defects and recommendations",
                "Mängel / Empfehlungen",
                "Anomalies et observations",
            ),
        )
        + 8
    )
    defects = rng.randint(0, 3)
    if defects == 0:
        write(
            f,
            s,
            tr(
                lg,
                "None found. System left fully operational.",
                "Keine Mängel. Anlage betriebsbereit übergeben.",
                "Néant. Installation laissée en état de fonctionnement.",
            ),
        )
    for _ in range(defects):
        write(f, s, f"- {words(rng, lg, 'safety', rng.randint(8, 16))}", indent=6)
    f.y += 20
    f.need(60)
    sign_line(f.page, m, f.y, 180, tr(lg, "Engineer", "Prüfer", "Technicien"), s.font, eng)
    sign_line(
        f.page,
        w / 2,
        f.y,
        180,
        tr(lg, "Responsible person (client)", "Betreiber / Beauftragter", "Exploitant"),
        s.font,
        staff(rng.choice(["manager", "deputy"])),
    )
    f.y += 24
    write(
        f,
        s,
        tr(
            lg,
            f"Next service due: {short(d + timedelta(days=182), lg)}",
            f"Nächste Wartung: {short(d + timedelta(days=91), lg)}",
            f"Prochaine vérification : {short(d + timedelta(days=365), lg)}",
        ),
        s.size,
    )
    pages = f.pages
    size = landscape(A4)
    s2 = style_of(h, size, margin=40, pt=7.5)
    f2 = sheets(
        s2,
        h,
        f"{h.name} - {no} - {tr(lg, 'Device schedule', 'Melderliste', 'Liste des points')}",
        top=False,
    )
    caption(
        f2,
        s2,
        tr(
            lg,
            "Device test schedule",
            "Prüfliste Melder und Signalgeber",
            "Liste des points testés",
        ),
        2,
    )
    rows = []
    for z in range(1, keyed(who, "z").randint(4, 16) + 1):
        for _ in range(rng.randint(2, 6)):
            res = rng.choice(
                ["OK"] * 12
                + [
                    tr(lg, "Fault", "Störung", "Défaut"),
                    tr(lg, "Not accessible", "n. zugänglich", "Inaccessible"),
                ]
            )
            rows.append(
                [
                    str(z),
                    f"{z:02d}/{rng.randint(1, 32):03d}",
                    rng.choice(DEVICES[lg]),
                    f"{rng.choice(PLACES[lg])} {rng.randint(1, 40)}",
                    rng.choice(
                        [
                            tr(lg, "Ground", "EG", "RDC"),
                            tr(lg, "First", "1. OG", "1er"),
                            tr(lg, "Second", "2. OG", "2e"),
                        ]
                    ),
                    "v" if rng.random() < 0.7 else "",
                    res,
                ]
            )
    table(
        f2,
        columns(
            40,
            size[0] - 40,
            [
                (0.6, "center"),
                (1, "left"),
                (2.6, "left"),
                (2, "left"),
                (1, "left"),
                (0.8, "center"),
                (1.4, "left"),
            ],
        ),
        [
            tr(lg, "Zone", "MG", "Zone"),
            tr(lg, "Address", "Adresse", "Adresse"),
            tr(lg, "Device", "Typ", "Type"),
            tr(lg, "Location", "Einbauort", "Emplacement"),
            tr(lg, "Floor", "Etage", "Niveau"),
            tr(lg, "Tested", "geprüft", "Testé"),
            tr(lg, "Result", "Ergebnis", "Résultat"),
        ],
        rows,
        s2,
        shade=0.88,
    )
    pages += f2.pages
    if rng.random() < 0.4:
        f3 = sheets(s, h)
        caption(
            f3,
            s,
            tr(
                lg,
                "Emergency lighting - periodic test",
                "Sicherheitsbeleuchtung - Prüfprotokoll",
                "Éclairage de sécurité - vérification",
            ),
            2,
        )
        rows = [
            [
                f"EL{k + 1:02d}",
                f"{rng.choice(PLACES[lg])} {rng.randint(1, 40)}",
                rng.choice(["NM 3h", "M 3h", "Exit sign", "BAES"]),
                rng.choice(["OK"] * 8 + [tr(lg, "Battery fail", "Akku defekt", "Batterie HS")]),
            ]
            for k in range(rng.randint(10, 28))
        ]
        table(
            f3,
            columns(m, w - m, [(1, "left"), (3, "left"), (1.5, "left"), (1.5, "left")]),
            [
                tr(lg, "Fitting", "Leuchte", "Bloc"),
                tr(lg, "Location", "Ort", "Emplacement"),
                tr(lg, "Type", "Typ", "Type"),
                tr(lg, "Result", "Ergebnis", "Résultat"),
            ],
            rows,
            s,
            rules=True,
        )
        pages += f3.pages
    received(rng, pages[0], d, 0.2)
    remember(d)
    return close(pages, s, h, numbers=rng.choice(["Page {i} of {n}", "{i}/{n}", h.numbers]))


def tpl_legionella_report(rng: random.Random, who: Issuer) -> list[Page]:
    """A laboratory's report on Legionella sampling of the hostel's hot water (Prüfbericht
    Trinkwasser nach TrinkwV, rapport d'analyse légionelles, water sampling results under
    ACoP L8): sometimes a covering letter, the results table per outlet with temperatures and
    counts against the action value, the assessment and the accreditation block."""
    h = head_of(who, "lab")
    lg = h.lang
    s = style_of(h, A4, pt=8.5)
    w, _hh = A4
    m = s.margin
    d = some_day(rng)
    taken = d - timedelta(days=rng.randint(7, 12))
    no = serial(rng, rng.choice(["AR-99-999999", "999999-99", "W99/99999"]))
    pages: list[Page] = []
    bad = rng.random() < 0.3
    hs = hostel_head()
    if rng.random() < 0.5:
        f0 = sheets(style_of(h), h)
        recipient(
            f0,
            style_of(h),
            h,
            hostel_lines(mx(staff("manager"), lg)),
            d,
            [(tr(lg, "Report", "Prüfbericht", "Rapport"), no)],
        )
        caption(
            f0,
            style_of(h),
            tr(
                lg,
                "Legionella sampling results",
                "Ihre Trinkwasseruntersuchung auf Legionellen",
                "Résultats d'analyse légionelles",
            ),
            1,
        )
        write(f0, style_of(h), dear(lg, mx(staff("manager"), lg)))
        write(f0, style_of(h), prose(rng, lg, "water", 2, 3))
        if bad:
            write(
                f0,
                style_of(h),
                tr(
                    lg,
                    "One or more results exceed 1,000 cfu/l. Please act as "
                    "set out in your written scheme and resample.",
                    "Der technische Maßnahmewert von 100 KBE/100 ml wurde "
                    "überschritten. Die Überschreitung ist dem Gesundheitsamt "
                    "unverzüglich anzuzeigen (§ 51 TrinkwV).",
                    "Le seuil de 1 000 UFC/L est dépassé sur au moins un point. "
                    "Des mesures correctives doivent être engagées.",
                ),
            )
        regards(
            f0,
            style_of(h),
            lg,
            person(keyed(who, "chem"), lg),
            tr(lg, "Senior Microbiologist", "Laborleitung", "Responsable de laboratoire"),
        )
        pages += close(f0.pages, style_of(h), h, numbers="none")
    f = sheets(s, h, f"{h.name} - {tr(lg, 'Report', 'Prüfbericht', 'Rapport')} {no}")
    caption(f, s, tr(lg, f"TEST REPORT {no}", f"PRÜFBERICHT {no}", f"RAPPORT D'ESSAI {no}"), 3)
    f.y = (
        pairs(
            f.page,
            s,
            m,
            f.y,
            [
                (tr(lg, "Client", "Auftraggeber", "Client"), hs.name),
                (tr(lg, "Site", "Probenahmeort", "Site"), f"{hs.street}, {hs.town}"),
                (tr(lg, "Sampled on", "Probenahme am", "Prélevé le"), short(taken, lg)),
                (tr(lg, "Sampled by", "Probenehmer", "Préleveur"), person(keyed(who, "smp"), lg)),
                (
                    tr(lg, "Received", "Eingang Labor", "Réception"),
                    short(taken + timedelta(days=1), lg),
                ),
                (
                    tr(lg, "Method", "Verfahren", "Méthode"),
                    tr(lg, "BS 7592:2022 / ISO 11731", "DIN EN ISO 11731:2019-03", "NF T90-431"),
                ),
            ],
            w - m,
            s.size - 0.5,
        )
        + 8
    )
    limit = tr(lg, "1000 cfu/l", "100 KBE/100 ml", "1000 UFC/L")
    rows = []
    outlets = rng.randint(4, 14)
    for k in range(outlets):
        place = rng.choice(
            [
                tr(lg, "Shower", "Dusche", "Douche"),
                tr(lg, "Basin", "Waschbecken", "Lavabo"),
                tr(lg, "Calorifier flow", "Speicher Austritt", "Départ ballon"),
                tr(lg, "Return", "Zirkulation Rücklauf", "Retour boucle"),
            ]
        )
        temp = round(rng.uniform(49, 62) if rng.random() < 0.85 else rng.uniform(38, 48), 1)
        cnt = "< 100" if lg != "de" else "< 1"
        if bad and k == outlets - 1:
            cnt = (
                str(rng.choice([1200, 2400, 5600]))
                if lg != "de"
                else str(rng.choice([140, 380, 1100]))
            )
        rows.append(
            [
                f"{k + 1:02d}",
                f"{place} {rng.choice(PLACES[lg])} {rng.randint(1, 40)}",
                f"{temp:.1f}".replace(".", "," if lg != "en" else "."),
                cnt,
                limit,
            ]
        )
    table(
        f,
        columns(
            m, w - m, [(0.5, "left"), (3.4, "left"), (0.9, "right"), (1.1, "right"), (1.3, "right")]
        ),
        [
            "#",
            tr(lg, "Sampling point", "Entnahmestelle", "Point de prélèvement"),
            "°C",
            tr(lg, "Legionella", "Legionellen", "Légionelles"),
            tr(lg, "Action level", "Maßnahmewert", "Seuil"),
        ],
        rows,
        s,
        rules=True,
    )
    f.y += 6
    caption(f, s, tr(lg, "Assessment", "Beurteilung", "Interprétation"), 1)
    write(f, s, prose(rng, lg, "water", 2, 3))
    f.y += 14
    f.need(60)
    sign_line(
        f.page,
        m,
        f.y,
        180,
        tr(lg, "Authorised signatory", "Freigabe", "Validé par"),
        s.font,
        person(keyed(who, "chem"), lg),
    )
    f.y += 22
    write(
        f,
        s,
        tr(
            lg,
            "Results relate only to the samples tested. This report shall not be "
            "reproduced except in full.",
            "Die Ergebnisse beziehen sich ausschließlich auf die untersuchten Proben. "
            "Auszugsweise Vervielfältigung nur mit Genehmigung des Labors.",
            "Les résultats ne concernent que les échantillons soumis à l'essai. "
            "Reproduction partielle interdite.",
        ),
        s.size - 2,
    )
    pages += f.pages
    received(rng, pages[0], d, 0.3)
    remember(d)
    return close(
        pages,
        s,
        h,
        numbers=rng.choice(["Page {i} of {n}", "Seite {i} von {n}", "{i}/{n}"])
        if lg != "en" or rng.random() < 0.7
        else "none",
        covers=1 if len(pages) > len(f.pages) else 0,
    )


BEDS = {
    "en": [
        ("Steel bunk bed 2000x900, anti-tip", 289.0),
        ("Mattress 190x90 CRIB 5, PU cover", 118.0),
        ("Underbed drawer unit", 72.0),
        ("Locker, 3-tier, coin-free lock", 96.0),
        ("Mattress protector, waterproof", 14.5),
        ("Bunk ladder, spare", 38.0),
    ],
    "de": [
        ("Etagenbett Buche massiv 90x200", 398.0),
        ("Matratze 90x200 schwer entflammbar", 129.0),
        ("Schließfach 3-türig", 185.0),
        ("Matratzenschoner wasserdicht", 16.9),
        ("Nachttisch mit Steckdose/USB", 89.0),
        ("Leiter Etagenbett", 42.0),
    ],
    "fr": [
        ("Lit superposé métal 90x190", 310.0),
        ("Matelas 90x190 classé M1 non feu", 124.0),
        ("Casier individuel 3 cases", 160.0),
        ("Alèse imperméable", 15.0),
        ("Chevet avec prise USB", 79.0),
        ("Échelle de lit superposé", 40.0),
    ],
}


def tpl_bunk_invoice(rng: random.Random, who: Issuer) -> list[Page]:
    """A contract furniture supplier's invoice for bunk beds, mattresses and lockers, with
    the declaration of conformity for the mattresses' fire behaviour (CRIB 5 / BS 7177,
    DIN EN 597, classement M1) and often the signed delivery note behind it."""
    h = head_of(who, "furniture")
    lg = h.lang
    s = style_of(h)
    w, _hh = s.page_size
    m = s.margin
    d = some_day(rng)
    no = serial(rng, rng.choice(["SI-999999", "RE 99999", "FA99-9999"]))
    order = serial(rng, "PO 9999")
    f = sheets(s, h, f"{h.name} - {no}")
    recipient(
        f,
        s,
        h,
        hostel_lines(),
        d,
        [
            (tr(lg, "Invoice", "Rechnung", "Facture"), no),
            (tr(lg, "Your order", "Ihre Bestellung", "Votre commande"), order),
        ],
    )
    caption(f, s, tr(lg, "SALES INVOICE", "RECHNUNG", "FACTURE"), 4)
    items = rng.sample(BEDS[lg], rng.randint(2, 5))
    rows = []
    net = 0.0
    for t, p_ in items:
        q = rng.choice([2, 4, 6, 8, 10, 12, 16, 24])
        v = q * p_
        net += v
        rows.append([serial(rng, "AA-999"), t, str(q), money(p_, lg), money(v, lg)])
    if rng.random() < 0.6:
        rows.append(
            [
                "DEL",
                tr(
                    lg, "Delivery and installation", "Lieferung und Montage", "Livraison et montage"
                ),
                "1",
                money(180.0, lg),
                money(180.0, lg),
            ]
        )
        net += 180.0
    table(
        f,
        columns(
            m, w - m, [(1, "left"), (4, "left"), (0.7, "right"), (1.1, "right"), (1.3, "right")]
        ),
        [
            tr(lg, "Code", "Art.-Nr.", "Réf."),
            tr(lg, "Description", "Bezeichnung", "Désignation"),
            tr(lg, "Qty", "Menge", "Qté"),
            tr(lg, "Unit", "Preis", "P.U. HT"),
            tr(lg, "Net", "Gesamt", "Total HT"),
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
            f"Terms: 30 days net. {iban(keyed(who, 'iban'), lg)}",
            f"Zahlbar innerhalb 30 Tagen ohne Abzug. {iban(keyed(who, 'iban'), lg)}",
            f"Paiement à 30 jours. Pénalités de retard : 3 fois le taux légal. "
            f"{iban(keyed(who, 'iban'), lg)}",
        ),
        s.size - 1,
    )
    pages = close(f.pages, s, h, numbers="none")
    f2 = sheets(s, h)
    caption(
        f2,
        s,
        tr(
            lg,
            "Certificate of conformity - flammability",
            "Konformitätserklärung - Brandverhalten",
            "Procès-verbal de réaction au feu - attestation",
        ),
        2,
    )
    write(
        f2,
        s,
        tr(
            lg,
            "We certify that the mattresses supplied under the above invoice meet "
            "the ignition source 5 (CRIB 5) requirements of BS 7177:2008 for medium "
            "hazard use and BS 5852.",
            "Hiermit erklären wir, dass die gelieferten Matratzen die Anforderungen der "
            "DIN EN 597-1 und -2 (Zigarette und Streichholz) erfüllen.",
            "Nous certifions que les matelas livrés sont classés M1 / non feu selon "
            "NF D 60-013 et conformes aux exigences des ERP de type R et O.",
        ),
    )
    f2.y = (
        pairs(
            f2.page,
            s,
            m,
            f2.y,
            [
                (tr(lg, "Product", "Produkt", "Produit"), BEDS[lg][1][0]),
                (tr(lg, "Test report", "Prüfbericht", "PV d'essai"), serial(rng, "AA/99999/99")),
                (
                    tr(lg, "Test house", "Prüfstelle", "Laboratoire"),
                    tr(lg, "FIRA Testing", "MPA Dresden", "CSTB / CTIF"),
                ),
                (tr(lg, "Batch", "Charge", "Lot"), serial(rng, "99A999")),
            ],
            w - m,
        )
        + 20
    )
    sign_line(
        f2.page,
        m,
        f2.y,
        180,
        tr(lg, "Quality manager", "Qualitätssicherung", "Responsable qualité"),
        s.font,
        person(keyed(who, "q"), lg),
    )
    pages += close(f2.pages, s, h, numbers="none")
    if rng.random() < 0.5:
        s3 = style_of(h, A5 if rng.random() < 0.5 else A4, margin=36, pt=8)
        f3 = sheets(s3, h)
        caption(
            f3,
            s3,
            tr(
                lg,
                f"DELIVERY NOTE {serial(rng, 'DN99999')}",
                f"LIEFERSCHEIN {serial(rng, 'LS99999')}",
                f"BON DE LIVRAISON {serial(rng, 'BL99999')}",
            ),
            2,
        )
        table(
            f3,
            columns(36, s3.page_size[0] - 36, [(4, "left"), (1, "right")]),
            [tr(lg, "Item", "Artikel", "Article"), tr(lg, "Qty", "Menge", "Qté")],
            [[r_[1], r_[2]] for r_ in rows],
            s3,
        )
        f3.y += 20
        f3.need(40)
        sign_line(
            f3.page,
            36,
            f3.y,
            150,
            tr(lg, "Received in good condition", "Ware erhalten", "Reçu en bon état"),
            s3.font,
            staff(rng.choice(["manager", "housekeeping"])),
        )
        pages += f3.pages
    received(rng, pages[0], d, 0.35)
    remember(d)
    return pages


def tpl_wifi_invoice(rng: random.Random, who: Issuer) -> list[Page]:
    """The guest Wi-Fi hotspot provider's monthly invoice, with the usage report of the
    hotspot (sessions, devices and data per access point and per day) on the next page."""
    h = head_of(who, "wifi")
    lg = h.lang
    s = style_of(h)
    w, _hh = s.page_size
    m = s.margin
    d = month() + timedelta(days=rng.randint(0, 5))
    no = serial(rng, rng.choice(["H999999", "99999999", "WF-9999-999"]))
    cust = serial(keyed(who, "cust"), "K99999")
    f = sheets(s, h, f"{h.name} - {no}")
    recipient(
        f,
        s,
        h,
        hostel_lines(),
        d,
        [
            (tr(lg, "Customer no.", "Kundennummer", "N° client"), cust),
            (tr(lg, "Invoice", "Rechnung", "Facture"), no),
        ],
    )
    caption(f, s, tr(lg, "Invoice", "Rechnung", "Facture"), 4)
    aps = keyed(who, "aps").randint(4, 12)
    rows = [
        [
            tr(
                lg,
                "Hotspot licence (managed)",
                "Hotspot-Lizenz inkl. Betrieb",
                "Abonnement hotspot géré",
            ),
            "1",
            money(49.0, lg),
        ],
        [
            tr(
                lg,
                f"Access points under management ({aps})",
                f"Access Points im Management ({aps})",
                f"Bornes gérées ({aps})",
            ),
            str(aps),
            money(aps * 4.5, lg),
        ],
        [
            tr(lg, "Fibre line 100/20", "Glasfaseranschluss 100/20", "Accès fibre 100/20"),
            "1",
            money(39.9, lg),
        ],
    ]
    net = 49.0 + aps * 4.5 + 39.9
    if lg == "de":
        rows.append(["Haftungsfreistellung / VPN-Routing", "1", money(9.9, lg)])
        net += 9.9
    table(
        f,
        columns(m, w - m, [(5, "left"), (0.8, "right"), (1.3, "right")]),
        [
            tr(lg, "Service", "Leistung", "Désignation"),
            tr(lg, "Qty", "Anz.", "Qté"),
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
            "Paid by direct debit. Thank you.",
            "Der Betrag wird per Lastschrift eingezogen.",
            "Montant prélevé sur votre compte.",
        ),
        s.size - 1,
    )
    pages = f.pages
    s2 = paper(s, s.page_size, pt=8)
    f2 = sheets(
        s2,
        h,
        f"{tr(lg, 'Usage report', 'Nutzungsbericht', 'Rapport de connexion')} {cust}",
        top=False,
    )
    caption(
        f2,
        s2,
        tr(
            lg,
            "Usage report",
            "Nutzungsbericht Gäste-WLAN",
            "Rapport d'utilisation du Wi-Fi invités",
        ),
        2,
    )
    rows2 = []
    start = date(d.year - (d.month == 1), (d.month - 2) % 12 + 1, 1)
    for k in range(rng.choice([7, 14, 28, 30])):
        dd = start + timedelta(days=k)
        sess = rng.randint(40, 400)
        rows2.append(
            [
                short(dd, lg),
                str(sess),
                str(int(sess * rng.uniform(0.6, 0.9))),
                f"{sess * rng.uniform(0.08, 0.4):.1f} GB",
                f"{rng.randint(18, 95)} min",
            ]
        )
    table(
        f2,
        columns(s2.margin, w - s2.margin, [(1.4, "left")] + [(1, "right")] * 4),
        [
            tr(lg, "Day", "Tag", "Jour"),
            tr(lg, "Sessions", "Sitzungen", "Sessions"),
            tr(lg, "Devices", "Geräte", "Appareils"),
            tr(lg, "Data", "Volumen", "Volume"),
            tr(lg, "Avg. time", "Ø Dauer", "Durée moy."),
        ],
        rows2,
        s2,
        shade=0.9,
    )
    pages += f2.pages
    remember(d)
    return close(pages, s, h, numbers=rng.choice(["{i}/{n}", h.numbers]))


# ---------------------------------------------------------------------------------------------
# Templates TTTTT: the association, staff, housekeeping and lost property
# ---------------------------------------------------------------------------------------------


def tpl_association_circular(rng: random.Random, who: Issuer) -> list[Page]:
    """The hostel association's circular to its member hostels (Rundschreiben, circulaire):
    numbered topics over one or two pages and an annex: a return form or a price band table
    on a landscape page."""
    h = head_of(who, "association")
    lg = h.lang
    s = style_of(h)
    w, _hh = s.page_size
    m = s.margin
    d = some_day(rng)
    no = f"{rng.randint(3, 28)}/{d.year}"
    f = sheets(s, h, f"{h.name} - {tr(lg, 'Circular', 'Rundschreiben', 'Circulaire')} {no}")
    recipient(
        f,
        s,
        h,
        [
            tr(
                lg,
                "To all member hostels",
                "An alle Mitgliedshäuser",
                "À l'attention des auberges adhérentes",
            ),
            hostel_name(),
        ],
        d,
        [(tr(lg, "Circular", "Rundschreiben Nr.", "Circulaire n°"), no)],
    )
    topics = rng.sample(
        {
            "en": [
                "Membership card stock and returns",
                "New booking system go-live",
                "Safeguarding training dates",
                "Annual conference",
                "Price bands next season",
                "Energy purchasing scheme",
                "Quality assessment visits",
            ],
            "de": [
                "Mitgliedsausweise und Abrechnung",
                "Umstellung des Buchungssystems",
                "Schulungen Kinderschutz",
                "Mitgliederversammlung",
                "Preisgruppen nächste Saison",
                "Gemeinsamer Energieeinkauf",
                "Qualitätsbesuche",
            ],
            "fr": [
                "Cartes d'adhésion et relevés",
                "Nouveau système de réservation",
                "Formations protection de l'enfance",
                "Assemblée générale",
                "Grille tarifaire saison prochaine",
                "Groupement d'achat énergie",
                "Visites qualité",
            ],
        }[lg],
        rng.randint(2, 5),
    )
    caption(f, s, tr(lg, f"Circular {no}", f"Rundschreiben {no}", f"Circulaire {no}"), 3)
    write(f, s, tr(lg, "Dear colleagues,", "Liebe Kolleginnen und Kollegen,", "Chers collègues,"))
    for k, t in enumerate(topics):
        f.heading(m, f"{k + 1}. {t}", s.bold, s.size + 0.5)
        write(f, s, prose(rng, lg, "assoc", 2, 5))
    regards(
        f,
        s,
        lg,
        person(keyed(who, "ceo"), lg),
        tr(lg, "Network Manager", "Geschäftsführung", "Délégué national"),
    )
    pages = f.pages
    if rng.random() < 0.5:
        size = landscape(A4)
        s2 = style_of(h, size, margin=44, pt=8)
        f2 = sheets(s2, h, top=False)
        caption(
            f2,
            s2,
            tr(lg, "Annex: price bands", "Anlage: Preisgruppen", "Annexe : grille tarifaire"),
            2,
        )
        rows = []
        for band_ in ["A", "B", "C", "D"]:
            base = rng.uniform(18, 30)
            rows.append([band_] + [money(base + k * rng.uniform(1.5, 4), lg) for k in range(6)])
        table(
            f2,
            columns(44, size[0] - 44, [(0.8, "left")] + [(1, "right")] * 6),
            [
                tr(lg, "Band", "Gruppe", "Catégorie"),
                tr(lg, "Junior", "Junior", "-18 ans"),
                tr(lg, "Adult", "Senior", "Adulte"),
                tr(lg, "Family", "Familie", "Famille"),
                tr(lg, "Group pupil", "Schüler", "Scolaire"),
                tr(lg, "Group adult", "Gruppe Erw.", "Groupe adulte"),
                tr(lg, "Private room", "EZ-Zuschlag", "Suppl. chambre"),
            ],
            rows,
            s2,
            rules=True,
        )
        write(f2, s2, prose(rng, lg, "assoc", 1, 2))
        pages += f2.pages
    elif rng.random() < 0.6:
        f2 = sheets(s, h, top=False)
        caption(f2, s, tr(lg, "Reply form", "Rückmeldebogen", "Coupon-réponse"), 2)
        f2.y = fields(
            f2.page,
            s,
            m,
            f2.y,
            w - 2 * m,
            [
                (tr(lg, "Hostel", "Haus", "Auberge"), ""),
                (tr(lg, "Contact", "Ansprechpartner/in", "Contact"), ""),
                (tr(lg, "Places required", "Anzahl Teilnehmende", "Nombre de places"), ""),
                (tr(lg, "Dietary needs", "Verpflegungswünsche", "Régime"), ""),
            ],
            per=2,
        )
        f2.y = ticks(
            f2.page,
            s,
            m,
            f2.y,
            w - 2 * m,
            [
                tr(lg, "Day 1", "Tag 1", "Jour 1"),
                tr(lg, "Day 2", "Tag 2", "Jour 2"),
                tr(lg, "Dinner", "Abendessen", "Dîner"),
            ],
            set(),
        )
        pages += f2.pages
    received(rng, pages[0], d, 0.3)
    remember(d, h.name)
    return close(pages, s, h, numbers=rng.choice(["none", h.numbers, "2:- {i} -"]))


def tpl_card_return(rng: random.Random, who: Issuer) -> list[Page]:
    """The hostel's monthly membership card return to its association (Abrechnung
    Mitgliedsausweise, relevé des cartes d'adhésion): card types with serial ranges, numbers
    sold, amounts and the commission kept, filled in by hand, signed and stamped; A4 or A5."""
    r = keyed(who, "association")
    lg = home()
    arow = r.choice(SENDERS["association"][lg])
    size = A5 if rng.random() < 0.4 else A4
    hs = hostel_head()
    s = style_of(hs, size, margin=34 if size == A5 else 44, pt=8)
    w, _hh = size
    m = s.margin
    d = month() + timedelta(days=rng.randint(0, 6))
    p = Page(size)
    p.text(m, m - 6, fit(arow[0], s.bold, 8, w - 2 * m), s.bold, 8)
    t = tr(
        lg,
        "MEMBERSHIP CARD RETURN",
        "ABRECHNUNG MITGLIEDSAUSWEISE",
        "RELEVÉ MENSUEL DES CARTES D'ADHÉSION",
    )
    p.text(m, m + 12, t, s.bold, shrink(t, s.bold, 12, w - 2 * m))
    y = m + 28.0
    prev = date(d.year - (d.month == 1), (d.month - 2) % 12 + 1, 1)
    y = fields(
        p,
        s,
        m,
        y,
        w - 2 * m,
        [
            (tr(lg, "Hostel", "Haus", "Auberge"), hs.name),
            (tr(lg, "Hostel no.", "Haus-Nr.", "Code auberge"), serial(keyed(who, "hno"), "999")),
            (tr(lg, "Month", "Monat", "Mois"), f"{prev.month:02d}/{prev.year}"),
            (tr(lg, "Completed by", "Bearbeitet von", "Établi par"), staff("reception")),
        ],
        per=2,
        tall=24,
    )
    cols = columns(
        m,
        w - m,
        [(2, "left"), (1.6, "left"), (1.6, "left"), (0.7, "right"), (0.9, "right"), (1.1, "right")],
    )
    heads = [
        tr(lg, "Card", "Ausweis", "Carte"),
        tr(lg, "From no.", "von Nr.", "Du n°"),
        tr(lg, "To no.", "bis Nr.", "Au n°"),
        tr(lg, "Sold", "Anz.", "Nb"),
        tr(lg, "Price", "Preis", "Prix"),
        tr(lg, "Amount", "Betrag", "Montant"),
    ]
    for c, t_ in zip(cols, heads, strict=True):
        cell(p, c, y, t_, s.bold, 7.5)
    p.line(m, y + 4, w - m, y + 4)
    y += 16
    total = 0.0
    for name, price in {
        "en": [("Individual", 15.0), ("Under 26", 10.0), ("Family", 25.0), ("Group leader", 20.0)],
        "de": [
            ("Junior (bis 26)", 7.0),
            ("Familie", 22.5),
            ("Senior (27+)", 22.5),
            ("Gruppe", 22.5),
        ],
        "fr": [
            ("Carte -26 ans", 7.0),
            ("Carte +26 ans", 11.0),
            ("Carte famille", 20.0),
            ("Carte groupe", 50.0),
        ],
    }[lg]:
        n = rng.choice([0, 0, 1, 2, 3, 5, 8, 12])
        a0 = rng.randint(100000, 999000)
        cell(p, cols[0], y, name, s.font, 8)
        if n:
            cell(p, cols[1], y, str(a0), HAND, 8.5)
            cell(p, cols[2], y, str(a0 + n - 1), HAND, 8.5)
        cell(p, cols[3], y, str(n) if n else "-", HAND, 9)
        cell(p, cols[4], y, money(price, lg), s.font, 8)
        cell(p, cols[5], y, money(n * price, lg) if n else "-", HAND, 9)
        total += n * price
        p.line(m, y + 5, w - m, y + 5)
        y += 18
    com = round(total * 0.1, 2)
    y += 6
    for lbl, v in [
        (tr(lg, "Total sold", "Summe", "Total"), total),
        (tr(lg, "less 10% commission", "abzgl. 10 % Provision", "commission 10 %"), com),
        (tr(lg, "Amount remitted", "Überweisungsbetrag", "Montant reversé"), total - com),
    ]:
        p.text(w * 0.45, y, lbl, s.font, 8)
        p.text(w - m, y, cash(v, lg), HAND, 9.5, "right")
        y += 15
    y += 10
    hand(
        p,
        m,
        y,
        tr(
            lg,
            f"BACS {short(d, lg)}",
            f"überwiesen am {short(d, lg)}",
            f"virement du {short(d, lg)}",
        ),
        9,
    )
    y += 40
    sign_line(
        p,
        m,
        y,
        min(160, w / 2 - m),
        tr(lg, "Manager", "Hausleitung", "Direction"),
        s.font,
        staff("manager"),
    )
    seal(p, w - m - 55, y - 20, 34, hs.name[:30].upper(), hs.town.split()[-1])
    remember(d)
    return [p]


def tpl_volunteer_agreement(rng: random.Random, who: Issuer) -> list[Page]:
    """A volunteer's agreement with the hostel (a work-exchange volunteer agreement, a
    Vereinbarung über einen Bundesfreiwilligendienst, a contrat d'engagement de Service
    Civique): the parties, period, tasks, hours, board and lodging and pocket money over two
    pages, the house rules for staff and a signature page."""
    lg = home()
    hs = hostel_head()
    s = style_of(hs, A4, pt=9)
    _w, _hh = A4
    m = s.margin
    vol = rng.choice(VOLUNTEERS)
    start = month() + timedelta(days=rng.choice([0, 0, 14, 31]))
    months = rng.choice([3, 6, 6, 12])
    title = tr(
        lg,
        "VOLUNTEER AGREEMENT",
        "VEREINBARUNG ÜBER EINEN BUNDESFREIWILLIGENDIENST",
        "CONTRAT D'ENGAGEMENT DE SERVICE CIVIQUE",
    )
    f = sheets(s, hs, f"{title.title()} - {vol[0]}")
    caption(f, s, title, 3)
    write(f, s, tr(lg, "This agreement is between", "Zwischen", "Entre"))
    write(
        f,
        s,
        f"{hs.name}, {hs.street}, {hs.town} ("
        + tr(lg, "the hostel", "Einsatzstelle", "la structure d'accueil")
        + ")",
        indent=14,
    )
    write(f, s, tr(lg, "and", "und", "et"))
    write(
        f,
        s,
        f"{vol[0]}, {vol[1]} ({tr(lg, 'the volunteer', 'Freiwillige/r', 'le/la volontaire')})",
        indent=14,
    )
    clauses = {
        "en": [
            "Period",
            "Role and tasks",
            "Hours",
            "Accommodation and meals",
            "Expenses",
            "Training and supervision",
            "Safeguarding",
            "Ending the agreement",
            "Not a contract of employment",
        ],
        "de": [
            "Dauer",
            "Einsatzbereich und Aufgaben",
            "Dienstzeit",
            "Unterkunft und Verpflegung",
            "Taschengeld",
            "Seminare und Anleitung",
            "Führungszeugnis",
            "Urlaub",
            "Beendigung",
            "Sozialversicherung",
        ],
        "fr": [
            "Durée",
            "Missions",
            "Durée hebdomadaire",
            "Hébergement et repas",
            "Indemnité",
            "Tutorat et formation civique",
            "Congés",
            "Rupture anticipée",
            "Protection sociale",
        ],
    }[lg]
    for k, c in enumerate(clauses):
        f.heading(m, f"§ {k + 1} {c}" if lg == "de" else f"{k + 1}. {c}", s.bold, s.size + 0.5)
        if k == 0:
            write(
                f,
                s,
                tr(
                    lg,
                    f"From {day(hs, start)} for {months} months.",
                    f"Der Dienst beginnt am {day(hs, start)} und dauert {months} Monate.",
                    f"Du {day(hs, start)} pour une durée de {months} mois.",
                ),
            )
        elif c in ("Hours", "Dienstzeit", "Durée hebdomadaire"):
            write(
                f,
                s,
                tr(
                    lg,
                    f"{rng.choice([20, 24, 25])} hours a week over five days, rota "
                    "agreed with the deputy manager.",
                    "Die regelmäßige Dienstzeit beträgt 39 Stunden wöchentlich.",
                    "24 heures hebdomadaires réparties sur cinq jours.",
                ),
            )
        else:
            write(f, s, prose(rng, lg, "legal", 1, 3))
    pages = f.pages
    if rng.random() < 0.6:
        f2 = sheets(s, hs, top=False)
        caption(
            f2,
            s,
            tr(
                lg,
                "House rules for staff and volunteers",
                "Hausordnung für Mitarbeitende",
                "Règlement intérieur - personnel",
            ),
            2,
        )
        for k in range(rng.randint(8, 12)):
            write(f2, s, f"{k + 1}. {words(rng, lg, 'legal', rng.randint(10, 22))}", s.size - 0.5)
        pages += f2.pages
    p = Page(A4)
    y = m + 10
    p.text(m, y, tr(lg, "Signatures", "Unterschriften", "Signatures"), s.bold, s.size + 2)
    y += 30
    places = hs.town.split()[-1]
    for lbl, who_ in [
        (tr(lg, "For the hostel", "Für die Einsatzstelle", "Pour la structure"), staff("manager")),
        (tr(lg, "Volunteer", "Freiwillige/r", "Le/la volontaire"), vol[0]),
    ] + ([("Für den Träger / die Zentralstelle", person(rng, "de"))] if lg == "de" else []):
        hand(p, m, y, f"{places}, {short(start - timedelta(days=rng.randint(5, 30)), lg)}", 9)
        y += 40
        sign_line(p, m, y, 220, lbl, s.font, who_)
        y += 50
    if lg == "fr":
        p.text(m, y, "Mention manuscrite « lu et approuvé » :", s.font, 8)
        hand(p, m + 190, y, "lu et approuvé", 10)
    pages.append(p)
    remember(start)
    return close(
        pages,
        s,
        hs,
        numbers=rng.choice(
            [tr(lg, "Page {i} of {n}", "Seite {i} von {n}", "Page {i}/{n}"), "- {i} -"]
        )
        if lg != "en"
        else rng.choice(["Page {i} of {n}", "none"]),
    )


def tpl_housekeeping_sheet(rng: random.Random, who: Issuer) -> list[Page]:
    """The housekeeping daily room sheet (Zimmerplan Hauswirtschaft, fiche de ménage): every
    room with its beds, departures and stays, ticked by hand when stripped, cleaned and
    checked, with notes for maintenance; one sheet per day."""
    lg = home()
    hs = hostel_head()
    size = landscape(A4) if keyed(who, "hk").random() < 0.5 else A4
    s = style_of(hs, size, margin=34, pt=8)
    w, hh = size
    m = s.margin
    ex = LAST["extra"]
    d = (
        (ex + timedelta(days=1))
        if after(("housekeeping_sheet",)) and isinstance(ex, date)
        else some_day(rng)
    )
    p = Page(size)
    p.text(
        m,
        m,
        tr(
            lg,
            "HOUSEKEEPING - DAILY ROOM SHEET",
            "HAUSWIRTSCHAFT - ZIMMERPLAN",
            "FICHE DE MÉNAGE QUOTIDIENNE",
        ),
        s.bold,
        11,
    )
    p.text(w - m, m, fit(hs.name, s.font, 8, w / 2 - m), s.font, 8, "right")
    p.text(m, m + 18, f"{tr(lg, 'Date', 'Datum', 'Date')}:", s.font, 8.5)
    hand(p, m + 40, m + 18, f"{WEEK[lg][d.weekday()]} {short(d, lg)}", 10)
    p.text(w / 2, m + 18, f"{tr(lg, 'Staff on', 'Dienst', 'Équipe')}:", s.font, 8.5)
    hand(p, w / 2 + 40, m + 18, f"{staff('housekeeping').split()[0]}, {rng.choice(KIDS[lg])}", 10)
    heads = [
        tr(lg, "Room", "Zimmer", "Chambre"),
        tr(lg, "Beds", "Betten", "Lits"),
        tr(lg, "Dep.", "Abreise", "Départs"),
        tr(lg, "Stay", "Bleibe", "Recouch."),
        tr(lg, "Stripped", "Abgezogen", "Défait"),
        tr(lg, "Cleaned", "Gereinigt", "Nettoyé"),
        tr(lg, "Checked", "Kontrolle", "Contrôle"),
        tr(lg, "Notes / repairs", "Bemerkungen", "Observations"),
    ]
    cols = columns(
        m,
        w - m,
        [
            (1, "left"),
            (0.6, "center"),
            (0.7, "center"),
            (0.7, "center"),
            (0.9, "center"),
            (0.9, "center"),
            (0.9, "center"),
            (3.6, "left"),
        ],
    )
    y = m + 40
    p.rect(m, y - 10, w - 2 * m, 16, fill=0.85)
    for c, t in zip(cols, heads, strict=True):
        cell(p, c, y, t, s.bold, 7.5)
    y += 16
    rooms = keyed(who, "rooms").randint(14, 26)
    rh = min(17.0, (hh - y - 50) / rooms)
    notes = [
        tr(lg, "shower drain slow", "Dusche läuft schlecht ab", "douche bouchée"),
        tr(lg, "bulb out", "Lampe defekt", "ampoule HS"),
        tr(lg, "locker 3 jammed", "Spind 3 klemmt", "casier 3 bloqué"),
        tr(
            lg,
            "found phone charger -> LP",
            "Ladekabel gefunden -> Fundsachen",
            "chargeur trouvé -> objets trouvés",
        ),
        tr(lg, "mattress stain", "Matratze Fleck", "matelas taché"),
    ]
    for k in range(rooms):
        beds = keyed(who, f"b{k}").choice([2, 4, 4, 6, 6, 8, 10])
        dep = rng.randint(0, beds)
        p.line(m, y + 5, w - m, y + 5)
        cell(p, cols[0], y, f"{k + 1:02d}" if k < 20 else f"P{k - 19}", s.font, 8)
        cell(p, cols[1], y, str(beds), s.font, 8)
        cell(p, cols[2], y, str(dep) if dep else "", HAND, 9)
        cell(p, cols[3], y, str(rng.randint(0, beds - dep)) if rng.random() < 0.6 else "", HAND, 9)
        for c in cols[4:7]:
            if dep and rng.random() < 0.85:
                cell(p, c, y, "v", HAND, 10)
        if rng.random() < 0.12:
            cell(p, cols[7], y, rng.choice(notes), HAND, 8.5)
        y += rh
    for c in cols[1:]:
        p.line(c[0] - 2, m + 30, c[0] - 2, y - rh + 5)
    p.text(m, hh - 30, tr(lg, "Linen count:", "Wäsche gezählt:", "Linge compté :"), s.font, 8)
    hand(p, m + 70, hh - 30, f"{rng.randint(20, 90)} / {rng.randint(20, 90)}", 9)
    remember(d, d)
    return [p]


WEEK = {
    "en": ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"],
    "de": ["Mo", "Di", "Mi", "Do", "Fr", "Sa", "So"],
    "fr": ["lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim."],
}
ITEMS = {
    "en": [
        "a black North Face jacket",
        "a phone charger (USB-C)",
        "a passport in a blue cover",
        "a silver ring",
        "a Kindle",
        "a grey hoodie",
        "Sony headphones",
        "a water bottle",
    ],
    "de": [
        "eine schwarze Regenjacke",
        "ein Ladekabel (USB-C)",
        "einen Personalausweis",
        "einen silbernen Ring",
        "einen E-Book-Reader",
        "einen grauen Pulli",
        "Kopfhörer (Sony)",
        "eine Trinkflasche",
    ],
    "fr": [
        "une veste noire",
        "un chargeur (USB-C)",
        "une carte d'identité",
        "une bague en argent",
        "une liseuse",
        "un sweat gris",
        "un casque audio (Sony)",
        "une gourde",
    ],
}


@dataclass
class Lost:
    name: str
    street: str
    town: str
    country: str
    lang: str
    item: int
    left: date


def tpl_lost_property_enquiry(rng: random.Random, who: Issuer) -> list[Page]:
    """A guest's e-mail about something left behind, as reception prints it: the mail header,
    the message in the guest's language, sometimes an earlier reply quoted below and a photo
    of the item on a second page."""
    g = rng.choice(GUESTS)
    lg = g[4]
    lost = Lost(g[0], g[1], g[2], g[3], lg, rng.randrange(8), some_day(rng))
    d = lost.left + timedelta(days=rng.randint(1, 6))
    s = Style("Helvetica", "Helvetica-Bold", 9.5, 54, "none", "bottom", A4, "short")
    w, hh = A4
    m = 54.0
    f = plain(s)
    p = f.page
    p.text(
        m,
        30,
        fit(f"{d.isoformat()} {rng.randint(7, 23):02d}:{rng.randint(0, 59):02d}", s.font, 7, 100),
        s.font,
        7,
    )
    p.text(
        w / 2,
        30,
        tr(home(), "Reception mail", "Rezeption - Posteingang", "Accueil - messagerie"),
        s.font,
        7,
        "center",
    )
    f.y = 62
    p.text(m, f.y, fit(hostel_name(), s.bold, 13, w - 2 * m), s.bold, 13)
    f.y += 12
    p.line(m, f.y, w - m, f.y)
    f.y += 16
    host = hostel_name().split()[-1].lower()
    subj = tr(
        lg,
        "Lost property - left in room",
        "Fundsache - im Zimmer vergessen",
        "Objet oublié lors de mon séjour",
    )
    for lbl, val in [
        (
            tr(lg, "From", "Von", "De"),
            f"{g[0]} <{g[0].split()[0].lower()}.{g[0].split()[-1].lower()}@gmail.com>",
        ),
        (
            tr(lg, "Sent", "Gesendet", "Envoyé"),
            f"{short(d, lg)} {rng.randint(7, 23)}:{rng.randint(10, 59)}",
        ),
        (tr(lg, "To", "An", "À"), f"info@{host}.{'co.uk' if home() == 'en' else home()}"),
        (tr(lg, "Subject", "Betreff", "Objet"), subj),
    ]:
        p.text(m, f.y, f"{lbl}:", s.bold, 9)
        p.text(m + 70, f.y, fit(val, s.font, 9, w - 2 * m - 70), s.font, 9)
        f.y += 13
    f.y += 10
    write(f, s, tr(lg, "Hello,", "Hallo,", "Bonjour,"))
    write(
        f,
        s,
        tr(
            lg,
            f"I stayed with you until {short(lost.left, lg)} (bed "
            f"{rng.randint(1, 60)}) and I think I left {ITEMS[lg][lost.item]} in the "
            "room or in the locker.",
            f"ich war bis zum {short(lost.left, lg)} bei Ihnen zu Gast und habe "
            f"vermutlich {ITEMS[lg][lost.item]} im Zimmer oder im Schließfach vergessen.",
            f"J'ai séjourné chez vous jusqu'au {short(lost.left, lg)} et je pense avoir "
            f"oublié {ITEMS[lg][lost.item]} dans la chambre ou le casier.",
        ),
    )
    write(f, s, words(rng, lg, "lost", rng.randint(10, 20)))
    write(
        f,
        s,
        tr(
            lg,
            f"If you find it, could you send it to: {g[1]}, {g[2]}, {g[3]}. I am happy "
            "to pay the postage.",
            f"Falls Sie es finden, schicken Sie es bitte an: {g[1]}, {g[2]}, {g[3]}. Das "
            "Porto übernehme ich gerne.",
            f"Si vous le retrouvez, pourriez-vous me l'envoyer : {g[1]}, {g[2]}, {g[3]} ? "
            "Je prendrai les frais de port à ma charge.",
        ),
    )
    write(
        f,
        s,
        tr(
            lg,
            "Many thanks,",
            "Vielen Dank und viele Grüße",
            "Merci d'avance,",
        ),
    )
    write(f, s, g[0])
    if rng.random() < 0.3:
        write(
            f,
            s,
            tr(lg, "Sent from my iPhone", "Von meinem iPhone gesendet", "Envoyé de mon iPhone"),
            8,
        )
    if rng.random() < 0.3:
        hand(
            f.page,
            m,
            min(f.y + 20, hh - 60),
            tr(
                home(),
                "checked LP box - found, shelf 2",
                "Fundkiste: gefunden, Regal 2",
                "trouvé - étagère 2",
            ),
            10,
        )
    pages = f.pages
    if rng.random() < 0.3:
        p2 = Page(A4)
        photo(p2, m, 80, w - 2 * m, (w - 2 * m) * 0.7, rng)
        p2.text(m, 80 + (w - 2 * m) * 0.7 + 14, "IMG_" + serial(rng, "9999") + ".jpg", s.font, 8)
        pages.append(p2)
    for k, p_ in enumerate(pages):
        p_.text(w - m, hh - 24, f"{k + 1}/{len(pages)}", s.font, 7, "right")
    remember(d, lost)
    return pages


def tpl_lost_property_reply(rng: random.Random, who: Issuer) -> list[Page]:
    """The hostel's letter to a guest about lost property: what was found, how long it is
    kept, the postage to pay, and the forwarding request slip to return."""
    ex = LAST["extra"]
    if after(("lost_property_enquiry",)) and isinstance(ex, Lost):
        lost = ex
    else:
        g = rng.choice(GUESTS)
        lost = Lost(g[0], g[1], g[2], g[3], g[4], rng.randrange(8), some_day(rng))
    lg = home() if lost.lang == home() or rng.random() < 0.5 else "en"
    h = make_head(HOSTELS[home()][int(HOSTEL["row"])], lg, "hostel")  # type: ignore[call-overload]
    s = style_of(h)
    w, hh = s.page_size
    m = s.margin
    d = last_day(rng, ("lost_property_enquiry",), (1, 5))
    if not after(("lost_property_enquiry",)):
        d = lost.left + timedelta(days=rng.randint(2, 12))
    ref = serial(rng, "LP-999")
    f = sheets(s, h)
    recipient(
        f,
        s,
        h,
        [lost.name, lost.street, lost.town, lost.country.upper()],
        d,
        [(tr(lg, "Our ref.", "Fundsachen-Nr.", "Réf. objet"), ref)],
    )
    caption(f, s, tr(lg, "Lost property", "Ihre Fundsache", "Objet trouvé"), 2)
    write(f, s, dear(lg, mx(lost.name, lg)))
    write(
        f,
        s,
        tr(
            lg,
            f"Following your stay, which ended on {day(h, lost.left)}, our "
            f"housekeeping team found {ITEMS['en'][lost.item]}.",
            f"nach Ihrem Aufenthalt bis zum {day(h, lost.left)} hat unser "
            f"Hauswirtschaftsteam {ITEMS['de'][lost.item]} gefunden.",
            f"à la suite de votre séjour, qui s'est terminé le {day(h, lost.left)}, notre "
            f"équipe a retrouvé {ITEMS['fr'][lost.item]}.",
        ),
    )
    post = {"en": 6.5, "de": 7.9, "fr": 9.2}[lg] * (
        1 if lost.country in ("United Kingdom", "Deutschland", "France") else 2.4
    )
    write(
        f,
        s,
        tr(
            lg,
            f"We keep lost property for 3 months. We can send it to you for "
            f"{cash(post, lg)} (tracked). Please complete the slip below.",
            f"Fundsachen bewahren wir 3 Monate auf. Gegen Erstattung der Versandkosten "
            f"von {cash(post, lg)} senden wir sie Ihnen gerne zu. Bitte füllen Sie dazu "
            "den Abschnitt unten aus.",
            f"Les objets trouvés sont conservés 3 mois. Nous pouvons vous l'envoyer "
            f"contre {cash(post, lg)} de frais de port. Merci de compléter le coupon "
            "ci-dessous.",
        ),
    )
    regards(f, s, lg, staff("reception"), role_of("reception", lg))
    y = max(f.y + 10, hh - m - 170)
    if y > hh - m - 170:
        f.new_page()
        y = f.y + 10
    p = f.page
    slip_rule(
        p,
        m,
        w - m,
        y,
        tr(
            lg,
            "Please cut off and return",
            "Bitte abtrennen und zurücksenden",
            "Coupon à découper et à retourner",
        ),
    )
    y += 16
    p.text(
        m,
        y,
        tr(
            lg,
            f"Forwarding request - {ref}",
            f"Nachsendeauftrag - {ref}",
            f"Demande d'envoi - {ref}",
        ),
        s.bold,
        s.size,
    )
    y += 10
    y = ticks(
        p,
        s,
        m,
        y + 8,
        w - 2 * m,
        [
            tr(lg, "Please post it to me", "Bitte zusenden", "Merci de me l'envoyer"),
            tr(lg, "I will collect it", "Ich hole es ab", "Je viendrai le chercher"),
            tr(lg, "Please dispose of it", "Bitte entsorgen", "Vous pouvez en disposer"),
        ],
        set(),
    )
    fields(
        p,
        s,
        m,
        y,
        w - 2 * m,
        [
            (tr(lg, "Name", "Name", "Nom"), ""),
            (tr(lg, "Address", "Anschrift", "Adresse"), ""),
            (tr(lg, "Payment / card", "Zahlung", "Règlement"), ""),
            (tr(lg, "Signature", "Unterschrift", "Signature"), ""),
        ],
        per=2,
        tall=24,
    )
    remember(d)
    return close(f.pages, s, h, numbers="none")


# ---------------------------------------------------------------------------------------------
# The part: templates, runs and companions
# ---------------------------------------------------------------------------------------------


def tracked(name: str, tpl: Template) -> Template:
    """``tpl`` noting its kind, so that a companion can take up the same group or guest."""

    def run(rng: random.Random, who: Issuer) -> list[Page]:
        pages = tpl(rng, who)
        LAST["kind"] = name
        return pages

    run.__doc__ = tpl.__doc__
    return run


KINDS: dict[str, Template] = {
    "school_booking": tpl_school_booking,
    "group_confirmation": tpl_group_confirmation,
    "meal_order": tpl_meal_order,
    "leader_declaration": tpl_leader_declaration,
    "group_final_invoice": tpl_group_final_invoice,
    "damage_notice": tpl_damage_notice,
    "activity_booking": tpl_activity_booking,
    "platform_commission": tpl_platform_commission,
    "registration_card": tpl_registration_card,
    "occupancy_survey": tpl_occupancy_survey,
    "alarm_service": tpl_alarm_service,
    "legionella_report": tpl_legionella_report,
    "bunk_invoice": tpl_bunk_invoice,
    "wifi_invoice": tpl_wifi_invoice,
    "association_circular": tpl_association_circular,
    "card_return": tpl_card_return,
    "volunteer_agreement": tpl_volunteer_agreement,
    "housekeeping_sheet": tpl_housekeeping_sheet,
    "lost_property_enquiry": tpl_lost_property_enquiry,
    "lost_property_reply": tpl_lost_property_reply,
}
TEMPLATES_TTTTT: dict[str, Template] = {k: tracked(k, t) for k, t in KINDS.items()}
#: Kinds that a pile often holds 2-4 of in a row from one sender.
RUN_KINDS = (
    "school_booking",
    "registration_card",
    "housekeeping_sheet",
    "platform_commission",
    "group_final_invoice",
    "leader_declaration",
    "volunteer_agreement",
    "lost_property_reply",
)
#: A kind often followed by a related paper.
FOLLOWS = {
    "school_booking": "group_confirmation",
    "group_confirmation": "meal_order",
    "group_final_invoice": "damage_notice",
    "lost_property_enquiry": "lost_property_reply",
    "association_circular": "card_return",
    "meal_order": "leader_declaration",
}


# ---------------------------------------------------------------------------------------------
# Streams and generation (same files and labels as corpus.generate)
# ---------------------------------------------------------------------------------------------


def make_cocotte_stream(rng: random.Random, n_docs: int, separators: bool) -> Stream:
    """One hostel's pile: ``corpus.make_stream`` with batch runs (after a run kind, 1-3 more
    of the same kind from the same sender follow with probability 0.6) and companions (each
    kind in ``FOLLOWS`` is followed by its related paper with probability 0.5). The hostel
    (country, name, month) is drawn once per stream."""
    r = random.Random(rng.getrandbits(32))
    lang = r.choice(["en", "en", "de", "de", "fr"])
    HOSTEL["lang"] = lang
    HOSTEL["row"] = r.randrange(len(HOSTELS[lang]))
    HOSTEL["seed"] = r.getrandbits(24)
    HOSTEL["month"] = date(r.choice([2024, 2025]), r.randint(1, 12), 1)
    LAST.update(kind="", day=None, extra=None)
    run_odds = dict.fromkeys(RUN_KINDS, 0.6)
    return assemble_stream(
        rng, TEMPLATES_TTTTT, n_docs, separators, run_odds, run_len=(1, 3), follows=FOLLOWS
    )


generate = part_generate(PART, SEED_OFFSET, make_cocotte_stream, "templates TTTTT")


def main(argv: list[str]) -> int:
    return part_main(argv, __doc__, PART, generate, scanned=12)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

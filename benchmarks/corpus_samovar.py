"""Samovar part of the generated corpus: templates TTTT, written blind for the next measurement.

A part of its own, ``samovar``. Its templates were written without looking at the boundary
detector, its documentation, its tuning or its evaluation, as the pile the office of a music
recording and rehearsal studio (the owner-producer, two engineers and a studio manager; two
recording rooms and four rehearsal rooms; in England, Germany or France) feeds through its
scanner in a month: the studio's session booking confirmations (Buchungsbestätigung,
confirmation de réservation) with the session days, the deposit invoice (Anzahlungsrechnung,
facture d'acompte) on a page of its own and now and then the booking terms; producer and
artist agreements (Produzentenvertrag, contrat de réalisation artistique) with numbered clauses,
the schedule of recordings and royalty points and a signature page; song split sheets filled in
by hand, one per song, with the writers' societies, IPI numbers and shares; artists' and
labels' mixing and mastering orders with the service and deliverable tick boxes and the track
list, on a landscape page when the track list is long; outside mastering houses' invoices with
the DDP PQ sheet (ISRC, start times) on a landscape page; backline hire companies' hire
agreements with the item list, the damage waiver box and the conditions of hire, and their
return checklists on A5 or a driver's slip ticked item by item; repair workshops' estimates for
microphones, amplifiers and tape machines with a tear-off instruction slip, and their invoices
with the service report and measurement table; the studio's rehearsal room hire contracts with
bands (the weekly slot, the key deposit, the house rules page, a standing order form or SEPA
mandate); the collecting societies' distribution statements to the owner as a writer or
performer member (PRS, PPL, GEMA, GVL, SACEM, SPEDIDAM) with the summary page and the detail
lines on landscape pages; the mechanical societies' licences for a client's small pressing
(MCPS, GEMA, SDRM) with the work list and the licence conditions; soundproofing contractors'
quotations with a covering letter, the specification, the price schedule, a plan of the rooms
on a landscape page and now and then the terms; equipment insurance schedules, now and then
behind the broker's covering letter, with the specified items list and the endorsements;
neighbours' noise complaint letters, handwritten or typed, now and then with a noise diary
sheet; the council's or the town's letters about noise (Environmental Health, Ordnungsamt or
Umweltamt, service communal d'hygiène et de santé), now and then with the copy of the diary
sheet or the notice and the legal information behind; the studio's grant applications to music
funding bodies as printed from the portal (PRS Foundation, Arts Council England, Initiative
Musik, Musikfonds, CNM, FCM) with the budget table and the declaration; the funders' award
letters with the conditions of grant and the acceptance form; intern agreements (a work
placement agreement, a Praktikumsvertrag, a convention de stage with the school signed by
three parties); utility bills with the meter readings and charges on the back page and, in
England, a bank giro slip. Each stream is one studio's pile: the studio (country, name, month,
staff) is drawn once per stream; its senders are of the studio's country and write in its
language, except that hire companies, repair workshops, mastering houses and artists are now
and then from abroad and write in their own. Page sizes range from drivers' slips and A5 to
A4, Letter and landscape A4.

Labelling rule: what one sender issues in one go is one document, as the studio files it: the
deposit invoice and the booking terms behind a booking confirmation; the schedules and the
signature page of an agreement; the track list page of a mixing order; the PQ sheet of a
mastering invoice; the conditions of a hire agreement; the tear-off slip of a repair estimate;
the service report of a repair invoice; the house rules and the mandate of a rehearsal
contract; every page of one society statement or licence; the covering letter, plan and terms
of a soundproofing quotation; the broker's covering letter, item list and endorsements of an
insurance schedule; the noise diary sent with a neighbour's letter; the enclosed copy, notice
and legal information of a council letter; every page of a grant application; the conditions
and acceptance form of an award letter; the signature page of an intern agreement;
the back page and giro slip of a utility bill. Related papers are documents of their own: the
split sheets after an artist agreement, the mastering house's invoice after a mixing order, the
return checklist after a hire agreement, the repair invoice after the estimate, the council's
letter after a neighbour's complaint, the award letter after a grant application; and so is
each booking, split sheet, order, estimate, statement and bill of a run.

Streams are assembled like ``corpus.make_stream`` (same separator sheets, same 30% chance of
repeating the previous kind and sender), plus batch runs: session bookings, split sheets (one
per song of a record), mixing orders, repair estimates, society statements and utility bills
often come 2-4 in a row from one sender with other numbers, dates and amounts; and companions:
each related paper above often follows the document it answers. Drawn with ``corpus.draw_pdf``,
scanned with ``corpus.scan`` and labelled exactly like ``corpus.generate`` with ``"split":
"samovar"`` and seeds offset by 9_700_000.

Usage: ``python benchmarks/corpus_samovar.py OUT_DIR [--streams N] [--scanned N] [--seed S]``
writes ``OUT_DIR/samovar/samovar_{born_digital,scanned}_NNNNNNN.{pdf,json}``.
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
    Col,
    Flow,
    band,
    box,
    caption,
    cash,
    close,
    columns,
    date_text,
    day,
    dear,
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
from corpus_kit import fields as kit_fields

PART = "samovar"
SEED_OFFSET = 9_700_000

MM = 72 / 25.4
SLIP = (80 * MM, 160 * MM)
A5L = (210 * MM, 148 * MM)

# ---------------------------------------------------------------------------------------------
# Who writes: the studio and its outside senders, by country
# ---------------------------------------------------------------------------------------------

Row = tuple[str, str, str, str]  # name, street, town, telephone
STUDIOS: dict[str, list[Row]] = {
    "en": [
        (
            "Larkspur Sound Studios Ltd",
            "Unit 4, Baltic Works, 22 Jamaica Street",
            "Liverpool L1 0AF",
            "0151 709 3318",
        ),
        ("Tin Shed Recording", "The Old Dairy, Mill Lane", "Bristol BS3 4RT", "0117 966 0245"),
        ("Foxhole Studios Ltd", "38 Kelvin Way, Ancoats", "Manchester M4 6FG", "0161 834 7712"),
    ],
    "de": [
        ("Tonwerk Studios GmbH", "Hafenweg 31", "48155 Münster", "0251 987 44 10"),
        ("Klangkeller Aufnahmestudio", "Kastanienallee 12", "10435 Berlin", "030 440 59 822"),
        ("Studio Südwind Recording", "Gutenbergstraße 7", "79102 Freiburg", "0761 203 77 45"),
    ],
    "fr": [
        ("Studio La Fabrique Sonore", "14 rue des Tanneurs", "31000 Toulouse", "05 61 22 47 90"),
        ("Studios Mistral SARL", "5 boulevard National", "13001 Marseille", "04 91 62 18 33"),
        ("Le Hangar à Sons", "48 quai de la Fosse", "44000 Nantes", "02 40 73 91 06"),
    ],
}
#: The council or town office that hears noise complaints about each studio (by row).
COUNCILS: dict[str, list[Row]] = {
    "en": [
        (
            "Liverpool City Council - Environmental Health (Pollution Control)",
            "Cunard Building, Water Street",
            "Liverpool L3 1AH",
            "0151 233 3001",
        ),
        (
            "Bristol City Council - Environmental Protection Team",
            "PO Box 3399",
            "Bristol BS1 9NE",
            "0117 922 2500",
        ),
        (
            "Manchester City Council - Neighbourhoods Service (Noise)",
            "PO Box 532, Town Hall",
            "Manchester M60 2LA",
            "0161 234 5004",
        ),
    ],
    "de": [
        (
            "Stadt Münster - Ordnungsamt - Lärmschutz",
            "Klemensstraße 10",
            "48143 Münster",
            "0251 492 32 01",
        ),
        (
            "Bezirksamt Pankow von Berlin - Umwelt- und Naturschutzamt",
            "Storkower Straße 97",
            "10407 Berlin",
            "030 90295 4201",
        ),
        (
            "Stadt Freiburg im Breisgau - Amt für öffentliche Ordnung",
            "Basler Straße 2",
            "79100 Freiburg",
            "0761 201 49 01",
        ),
    ],
    "fr": [
        (
            "Mairie de Toulouse - Service Communal d'Hygiène et de Santé",
            "17 place de la Daurade",
            "31000 Toulouse",
            "05 61 22 23 40",
        ),
        (
            "Ville de Marseille - Service de la Santé Publique et des Handicapés",
            "23 rue Louis Astruc",
            "13005 Marseille",
            "04 91 55 32 81",
        ),
        (
            "Ville de Nantes - Service Santé Environnement",
            "2 rue de l'Hôtel de Ville",
            "44000 Nantes",
            "02 40 41 90 00",
        ),
    ],
}
SENDERS: dict[str, dict[str, list[Row]]] = {
    "artist": {
        "en": [
            ("The Hollow Pines", "c/o 12 Rodney Street", "Liverpool L1 9EF", ""),
            ("Marla Quinn Music Ltd", "Flat 2, 41 Cotham Hill", "Bristol BS6 6JR", ""),
            ("Saltmarsh Records", "Studio 9, 5 Hope Street", "Manchester M1 2FD", ""),
            ("Northern Verge (band)", "27 Lark Lane", "Liverpool L17 8UU", "07700 914 352"),
            ("Glasshouse Collective", "3 Picton Street", "Bristol BS6 5QA", ""),
        ],
        "de": [
            ("Kapelle Nordwind GbR", "Wolbecker Straße 88", "48155 Münster", ""),
            ("Lena Vogt Musik", "Schönhauser Allee 144", "10437 Berlin", "0176 224 81 09"),
            ("Rauschgold Records UG", "Oderberger Straße 56", "10435 Berlin", ""),
            ("Die Feinen Herren", "Wiehre, Günterstalstraße 41", "79102 Freiburg", ""),
            ("Schallplatten Mondlicht", "Kreuzstraße 3", "48143 Münster", ""),
        ],
        "fr": [
            ("Les Voyous du Canal", "9 rue Pargaminières", "31000 Toulouse", ""),
            ("Inès Marchal Musique", "22 cours Julien", "13006 Marseille", "06 45 18 72 30"),
            ("Label Bleu Nuit SAS", "7 rue Kervégan", "44000 Nantes", ""),
            ("Trio Garonne", "41 allées Jean Jaurès", "31000 Toulouse", ""),
            ("Collectif Sirocco", "15 rue d'Aubagne", "13001 Marseille", ""),
        ],
    },
    "hire": {
        "en": [
            ("Backline Hire North Ltd", "Unit 12, Brunswick Business Park", "Liverpool L3 4BD", ""),
            ("SW Backline & Studio Hire", "Avonmeads Trade Park", "Bristol BS2 0SP", ""),
            ("Rock Hire UK Ltd", "Unit 3, Trafford Wharf", "Manchester M17 1AB", ""),
        ],
        "de": [
            ("Backline Verleih West GmbH", "Am Hawerkamp 29", "48155 Münster", ""),
            ("Bühnenton Berlin Vermietung", "Lehrter Straße 57", "10557 Berlin", ""),
            ("Südbaden Musikverleih", "Tullastraße 70", "79108 Freiburg", ""),
        ],
        "fr": [
            ("Backline Sud Location", "ZA de Thibaud, 12 chemin de Gabardie", "31200 Toulouse", ""),
            ("Provence Scène Location SARL", "Zone des Arnavaux", "13014 Marseille", ""),
            ("Ouest Backline", "5 rue de la Garde", "44300 Nantes", ""),
        ],
    },
    "repair": {
        "en": [
            ("Mersey Amp Repairs", "4 Bold Place", "Liverpool L1 9DN", "0151 708 4410"),
            ("Studio Electronics Services", "Unit 6, Hawthorn Works", "Bristol BS5 9EX", ""),
            ("G. Hardcastle Guitar & Amp Workshop", "82 Oldham Road", "Manchester M4 5EE", ""),
        ],
        "de": [
            ("Mikrofon-Service Hartwig", "Rudolf-Diesel-Straße 5", "48157 Münster", ""),
            ("Röhrenwerkstatt Klein", "Weserstraße 211", "12047 Berlin", "030 681 22 90"),
            ("Gitarrenbau & Reparatur Maurer", "Eschholzstraße 64", "79106 Freiburg", ""),
        ],
        "fr": [
            ("Atelier Lutherie Sabatier", "6 rue des Lois", "31000 Toulouse", "05 61 21 80 14"),
            ("Électro-Son Maintenance", "18 rue de Rome", "13001 Marseille", ""),
            ("Ampli Service Atlantique", "3 rue Fouré", "44000 Nantes", ""),
        ],
    },
    "mastering": {
        "en": [
            ("Lodestone Mastering", "14 Denmark Street", "London WC2H 8NA", "020 7836 4480"),
            ("Crane Cut Mastering Ltd", "The Lantern Studios", "Leeds LS9 8AG", ""),
        ],
        "de": [
            ("Feinschliff Mastering", "Ritterstraße 12", "10969 Berlin", "030 615 08 77"),
            ("Lacquer & Code Mastering Studio", "Schanzenstraße 41", "20357 Hamburg", ""),
        ],
        "fr": [
            ("Studio Ultime Mastering", "64 rue de Saintonge", "75003 Paris", "01 42 72 18 09"),
            ("Gravure Lumière", "11 rue Sainte-Catherine", "69001 Lyon", ""),
        ],
    },
    "society": {
        "en": [
            ("PRS for Music", "2 Pancras Square", "London N1C 4AG", "020 7580 5544"),
            ("PPL", "1 Upper James Street", "London W1F 9DE", "020 7534 1000"),
        ],
        "de": [
            ("GEMA", "Rosenheimer Straße 11", "81667 München", "089 480 03 00"),
            ("GVL - Gesellschaft zur Verwertung von Leistungsschutzrechten mbH", "", "", ""),
        ],
        "fr": [
            ("SACEM", "225 avenue Charles de Gaulle", "92528 Neuilly-sur-Seine", "01 47 15 47 15"),
            ("SPEDIDAM", "16 rue Amélie", "75007 Paris", "01 44 18 58 58"),
        ],
    },
    "mech": {
        "en": [("MCPS - PRS for Music", "2 Pancras Square", "London N1C 4AG", "020 7580 5544")],
        "de": [("GEMA - Lizenzierung Tonträger", "Bayreuther Straße 37", "10787 Berlin", "")],
        "fr": [("SDRM - SACEM", "225 avenue Charles de Gaulle", "92528 Neuilly-sur-Seine", "")],
    },
    "contractor": {
        "en": [
            ("Quietwall Acoustics Ltd", "Unit 8, Lea Green Ind. Estate", "St Helens WA9 4TR", ""),
            ("Soundsafe Building Services", "17 Feeder Road", "Bristol BS2 0SB", ""),
        ],
        "de": [
            ("Akustikbau Lindner GmbH", "Industrieweg 14", "48249 Dülmen", "02594 78 30 0"),
            ("Schallschutz Brandl Trockenbau", "Zeppelinstraße 9", "79110 Freiburg", ""),
        ],
        "fr": [
            ("Isophonie Sud-Ouest", "ZI du Palays, 4 rue Tolosane", "31400 Toulouse", ""),
            ("Acoustique Bâtiment Méditerranée", "Parc des Aygalades", "13015 Marseille", ""),
        ],
    },
    "insurer": {
        "en": [
            ("Encore Musical Instrument Insurance", "Lloyd's Avenue House", "London EC3N 3ES", ""),
            (
                "Hartley Pike Insurance Brokers",
                "Rowan House, 9 Dale Street",
                "Liverpool L2 2SH",
                "",
            ),
        ],
        "de": [
            ("Resonanz Versicherungsmakler GmbH", "Neuer Wall 50", "20354 Hamburg", ""),
            ("Westfälische Instrumentenversicherung VVaG", "Kolde-Ring 21", "48151 Münster", ""),
        ],
        "fr": [
            ("Harmonie Assurances Cabinet Roux", "12 rue Ozenne", "31000 Toulouse", ""),
            ("Mutuelle des Artistes et du Spectacle", "33 rue La Fayette", "75009 Paris", ""),
        ],
    },
    "funder": {
        "en": [
            ("PRS Foundation", "2 Pancras Square", "London N1C 4AG", ""),
            ("Arts Council England", "The Hive, 49 Lever Street", "Manchester M1 1FN", ""),
        ],
        "de": [
            ("Initiative Musik gGmbH", "Friedrichstraße 122", "10117 Berlin", "030 531 475 45"),
            ("Musikfonds e.V.", "Karl-Liebknecht-Straße 34", "10178 Berlin", ""),
        ],
        "fr": [
            ("Centre national de la musique", "7 rue Leconte de Lisle", "75016 Paris", ""),
            ("FCM - Fonds pour la Création Musicale", "7 rue de Madrid", "75008 Paris", ""),
        ],
    },
    "school": {
        "en": [
            (
                "LIPA - Liverpool Institute for Performing Arts",
                "Mount Street",
                "Liverpool L1 9HF",
                "",
            ),
            ("BIMM University Bristol", "Ashton Gate Stadium", "Bristol BS3 2EJ", ""),
            ("SAE Institute Manchester", "Bridgewater House", "Manchester M1 6JU", ""),
        ],
        "de": [
            ("Hochschule für Musik Detmold", "Neustadt 22", "32756 Detmold", ""),
            ("SRH Berlin School of Popular Arts", "Ernst-Reuter-Platz 10", "10587 Berlin", ""),
            ("Popakademie Baden-Württemberg", "Hafenstraße 33", "68159 Mannheim", ""),
        ],
        "fr": [
            ("Université Toulouse - Jean Jaurès, UFR Lettres, Philosophie, Musique", "", "", ""),
            ("École Supérieure de Réalisation Audiovisuelle", "135 av. Félix Faure", "", ""),
            ("Université Aix-Marseille - Département SATIS", "", "", ""),
        ],
    },
    "utility": {
        "en": [
            ("Brightwater Business Energy", "PO Box 8010", "Sheffield S98 1EN", "0345 602 6170"),
            ("United Waters Business", "PO Box 453", "Warrington WA55 1LP", "0345 072 6093"),
        ],
        "de": [
            ("Stadtwerke Energie Vertrieb GmbH", "Postfach 10 12 61", "", "0800 777 45 10"),
            ("Nordstrom Gewerbestrom AG", "Postfach 30 04 40", "", "0800 100 29 29"),
        ],
        "fr": [
            ("Électricité Pro Distribution", "TSA 21018", "", "09 70 83 33 33"),
            ("Eau du Bassin - Service Clients Pro", "TSA 30110", "", "09 77 40 84 08"),
        ],
    },
}
#: Utilities give the studio's own town in their address block when they have none.
FIRSTS = {
    "en": "James Sarah Tom Priya Callum Fiona Daniel Hannah Owen Chloe Marcus Aisha Liam Beth",
    "de": "Jonas Katrin Felix Sabine Tobias Julia Moritz Anja Lukas Miriam Stefan Eva Timo Nele",
    "fr": "Julien Camille Thomas Léa Maxime Sandrine Hugo Claire Nicolas Manon Karim Élodie Yann",
}
LASTS = {
    "en": "Walsh Okafor Pritchard McCann Doyle Hughes Finch Barker Rahman Lowe Sutton Kerr Platt",
    "de": "Brandt Wiese Hoffmann Kaya Lorenz Becker Schulte Roth Yilmaz Kühn Albers Haas Brockmann",
    "fr": "Moreau Lefèvre Garnier Benali Fournier Roussel Chevalier Mercier Dupuy Laurent Faure",
}
FEMALE = set(
    [
        "Sarah",
        "Priya",
        "Fiona",
        "Hannah",
        "Chloe",
        "Aisha",
        "Beth",
        "Katrin",
        "Sabine",
        "Julia",
        "Anja",
        "Miriam",
        "Eva",
        "Nele",
        "Camille",
        "Léa",
        "Sandrine",
        "Claire",
        "Manon",
        "Élodie",
    ]
)
SONGS = {
    "en": "Paper Lanterns|Harbour Lights|Slow Burn|Tidewater|Kings Dock|Second Hand Summer|"
    "Low Ceiling|Ferry Song|Marrow|Copper Wire|The Long Way Round|Static Hearts|Blue Hour|"
    "Undertow|Night Bus|Gold Leaf",
    "de": "Nachtfahrt|Kupferdraht|Im Regen stehen|Stadtrand|Alles auf Anfang|Spätsommer|"
    "Leuchtturm|Kein Zurück|Funkstille|Papierflieger|Unter Strom|Weites Land|Blaue Stunde|"
    "Novemberlicht",
    "fr": "Les Quais|Nuit Blanche|Poussière d'or|Sous la Pluie|Le Dernier Métro|Mistral|"
    "Garonne|Ciel de Plomb|Lendemain|Fil de Cuivre|Marée Basse|L'Heure Bleue|Rue des Tanneurs|"
    "Coquelicot",
}
GEAR = [
    ("Neumann U 87 Ai condenser microphone", "mic", 2850),
    ("Neumann U 47 fet microphone", "mic", 4200),
    ("AKG C414 XLII microphone", "mic", 1050),
    ("Shure SM7B microphone", "mic", 390),
    ("Royer R-121 ribbon microphone", "mic", 1390),
    ("Coles 4038 ribbon microphone", "mic", 1150),
    ("Fender '65 Twin Reverb amplifier", "amp", 1700),
    ("Vox AC30 amplifier", "amp", 1250),
    ("Marshall JCM800 2203 head", "amp", 1450),
    ("Ampeg SVT-CL bass head", "amp", 1900),
    ("Ampeg SVT-810E cabinet", "cab", 1400),
    ("Hammond C3 organ with Leslie 122", "keys", 6500),
    ("Fender Rhodes Mark I Stage 73", "keys", 2400),
    ("Yamaha C3 grand piano (tuned)", "keys", 14000),
    ("Ludwig Classic Maple drum kit, 5-piece", "drums", 3100),
    ("Zildjian K cymbal pack", "drums", 980),
    ("Gibson Les Paul Standard guitar", "gtr", 2600),
    ("Fender Precision bass guitar", "gtr", 1350),
    ("Universal Audio 1176LN compressor", "rack", 1450),
    ("Studer A80 MkII 2-track tape machine", "tape", 5800),
    ("Otari MX-5050 tape machine", "tape", 2200),
    ("Neve 1073 preamp pair", "rack", 6400),
    ("Genelec 8351B monitor (pair)", "rack", 9200),
]
TALK = {
    "en": {
        "music": "session recording tracking overdub mix master vocal guitar drums producer "
        "engineer artist release studio room tape stems reference tempo album single",
        "legal": "agreement party artist producer recordings royalty advance term territory "
        "master rights obligation notice clause warranty consent credit payment",
        "noise": "noise music bass night evening drums volume windows neighbours sleep "
        "building disturbance late weekend children hours street",
        "tech": "fault valve output hum bias noise capsule diaphragm transformer solder "
        "capacitor alignment head motor switch pot relay test",
        "grant": "project artists development recording audience release touring emerging "
        "local community programme outcomes budget partners diversity",
    },
    "de": {
        "music": "Session Aufnahme Overdub Mischung Mastering Gesang Gitarre Schlagzeug "
        "Produzent Tontechniker Künstler Veröffentlichung Studio Raum Band Spuren Album",
        "legal": "Vertrag Vertragspartner Künstler Produzent Aufnahmen Beteiligung Vorschuss "
        "Laufzeit Gebiet Rechte Pflichten Kündigung Zustimmung Nennung Zahlung",
        "noise": "Lärm Musik Bass Nacht Abend Schlagzeug Lautstärke Fenster Nachbarn Schlaf "
        "Haus Ruhestörung spät Wochenende Kinder Uhr Hof",
        "tech": "Fehler Röhre Ausgang Brummen Bias Rauschen Kapsel Membran Übertrager Lötstelle "
        "Kondensator Justage Kopf Motor Schalter Poti Relais Messung",
        "grant": "Projekt Künstler Förderung Produktion Publikum Veröffentlichung Tour "
        "Nachwuchs regional Programm Ziele Finanzierung Partner Vielfalt",
    },
    "fr": {
        "music": "séance enregistrement prise mixage mastering voix guitare batterie "
        "réalisateur ingénieur artiste sortie studio salle bandes album single",
        "legal": "contrat partie artiste réalisateur enregistrements redevance avance durée "
        "territoire droits obligations résiliation accord crédit paiement",
        "noise": "bruit musique basses nuit soirée batterie volume fenêtres voisins sommeil "
        "immeuble nuisance tard week-end enfants heures cour",
        "tech": "panne lampe sortie ronflement polarisation souffle capsule membrane "
        "transformateur soudure condensateur réglage tête moteur commutateur relais mesure",
        "grant": "projet artistes accompagnement enregistrement public sortie tournée "
        "émergence territoire programme objectifs budget partenaires diversité",
    },
}
GLUES = {
    "en": "the of and to for with on at by from this is are will be the a as we your all",
    "de": "die der das und zu für mit auf von ist sind wird bei nach den dem im wir Ihre",
    "fr": "le la les et de du pour avec sur par est sont sera au aux des une nous vos",
}


TLD = {"en": "co.uk", "de": "de", "fr": "fr"}
ENDORSE = ["E01", "E04", "E07", "E12", "E15"]


def words(rng: random.Random, lang: str, topic: str = "music", n: int | None = None) -> str:
    pool, glue = TALK[lang][topic].split(), GLUES[lang].split()
    ws = [rng.choice(pool if rng.random() < 0.5 else glue) for _ in range(n or rng.randint(7, 15))]
    text = " ".join(ws)
    return text[0].upper() + text[1:] + "."


def prose(rng: random.Random, lang: str, topic: str = "music", lo: int = 2, hi: int = 4) -> str:
    return " ".join(words(rng, lang, topic) for _ in range(rng.randint(lo, hi)))


# ---------------------------------------------------------------------------------------------
# The studio of a stream
# ---------------------------------------------------------------------------------------------

STUDIO: dict[str, object] = {"lang": "en", "row": 0, "seed": 0, "month": date(2025, 3, 1)}
#: What the previous document was about (a companion takes up the same matter and day).
LAST: dict[str, object] = {"kind": "", "day": None, "extra": None}


def home() -> str:
    return str(STUDIO["lang"])


def month() -> date:
    m = STUDIO["month"]
    assert isinstance(m, date)
    return m


def studio_row() -> Row:
    return STUDIOS[home()][int(STUDIO["row"])]  # type: ignore[call-overload]


def keyed(who: Issuer, key: str) -> random.Random:
    """Draws fixed by the issuer, the stream's studio and ``key``: a run or a repeat keeps
    its sender."""
    text = f"samovar/{key}/{who.name}/{who.street}/{who.city}/{STUDIO['seed']}"
    return random.Random(zlib.crc32(text.encode()))


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


def person(r: random.Random, lang: str) -> str:
    return f"{r.choice(FIRSTS[lang].split())} {r.choice(LASTS[lang].split())}"


def crew(role: str) -> str:
    """The studio's people: owner (producer), engineer1, engineer2, manager."""
    r = random.Random(zlib.crc32(f"samovar/crew/{role}/{STUDIO['seed']}".encode()))
    return person(r, home())


def titled(name: str, lang: str) -> str:
    female = name.split()[0] in FEMALE
    if lang == "de":
        return f"{'Frau' if female else 'Herr'} {name}"
    if lang == "fr":
        return f"{'Madame' if female else 'Monsieur'} {name}"
    return f"{'Ms' if female else 'Mr'} {name}"


def vat_rate(lang: str) -> float:
    return {"en": 20.0, "de": 19.0, "fr": 20.0}[lang]


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
TAGLINES = {
    "studio": (
        "Recording - Mixing - Rehearsal",
        "Aufnahme - Mischung - Proberäume",
        "Enregistrement - Mixage - Répétition",
    ),
    "hire": (
        "Backline - PA - Studio equipment hire",
        "Backline - Beschallung - Vermietung",
        "Location backline et sonorisation",
    ),
    "repair": (
        "Service & repair since 1987",
        "Reparatur - Wartung - Restaurierung",
        "Réparation - Entretien - Révision",
    ),
    "mastering": (
        "Mastering - Vinyl cutting - DDP",
        "Mastering - Lackschnitt - DDP",
        "Mastering - Gravure vinyle - DDP",
    ),
    "contractor": (
        "Acoustic insulation - Room-in-room - Doors",
        "Trockenbau - Schallschutz - Raumakustik",
        "Isolation phonique - Correction acoustique",
    ),
}


def legal_lines(r: random.Random, name: str, lang: str, role: str) -> list[str]:
    if role in ("council", "society", "funder", "neighbour", "school", "mech"):
        return []
    if lang == "de":
        bank = r.choice(["Sparkasse Münsterland Ost", "Berliner Volksbank", "GLS Bank", "Postbank"])
        out = [
            f"{bank} - IBAN DE{r.randint(10, 99)} {r.randint(1000, 9999)} {r.randint(1000, 9999)} "
            f"{r.randint(1000, 9999)} {r.randint(1000, 9999)} {r.randint(10, 99)} - "
            f"USt-IdNr. DE{r.randint(100000000, 999999999)}"
        ]
        if "GmbH" in name or "AG" in name or "UG" in name:
            out.insert(
                0,
                "Sitz und Registergericht: Amtsgericht "
                f"{r.choice(['Münster', 'Charlottenburg', 'Freiburg', 'Hamburg'])}"
                " "
                f"HRB {r.randint(1000, 99999)} - Geschäftsführer: {person(r, 'de')}",
            )
        return out
    if lang == "fr":
        return [
            f"{name} - SIRET {r.randint(300, 899)} {r.randint(100, 999)} {r.randint(100, 999)} "
            f"{r.randint(10000, 99999)} - APE "
            f"{r.choice(['5920Z', '7739Z', '9529Z', '4332A', '6622Z'])}"
            + (
                f" - TVA FR{r.randint(10, 99)} {r.randint(100000000, 999999999)}"
                if r.random() < 0.7
                else ""
            )
        ]
    out = []
    if "Ltd" in name or "plc" in name:
        out.append(f"Registered in England and Wales No. {r.randint(3000000, 13999999):08d}")
    if r.random() < 0.7:
        out.append(
            f"VAT Reg. No. GB {r.randint(100, 999)} {r.randint(1000, 9999)} {r.randint(10, 99)}"
        )
    return [" - ".join(out)] if out else []


def make_head(row: Row, lang: str, role: str) -> Head:
    """The paper habits of the sender ``row``: the same all through one stream."""
    name, street, town, phone = row
    r = random.Random(zlib.crc32(f"samovar/head/{name}/{STUDIO['seed']}".encode()))
    font, bold = r.choice(FACES)
    looks = ["band", "centred", "letter", "boxed", "plain", "side"]
    if role in ("council", "society", "mech", "funder", "school"):
        looks = ["official", "official", "plain", "band"]
        font, bold = (
            ("Helvetica", "Helvetica-Bold") if r.random() < 0.7 else ("Times-Roman", "Times-Bold")
        )
    host = "".join(c for c in name.lower().split()[0] if c.isalpha() and c.isascii())[:12]
    tld = {"en": "co.uk", "de": "de", "fr": "fr"}[lang]
    look = r.choice(looks)
    corner = r.choice(["bc", "br", "tr", "bc", "bl"])
    if corner == "tr" and look not in ("centred", "boxed", "official"):
        corner = "br"
    return Head(
        name=name,
        lang=lang,
        street=street,
        town=town or studio_row()[2],
        phone=phone,
        role=role,
        look=look,
        font=font,
        bold=bold,
        pt=r.choice([9, 9.5, 10, 10]),
        margin=r.choice([46, 52, 58, 64]),
        again=r.random() < 0.3,
        foot=legal_lines(r, name, lang, role) if r.random() < 0.75 else [],
        numbers=r.choice(PAGE_NOS[lang]),
        corner=corner,
        dates=r.choice(["short", "long"] + (["iso", "short"] if lang == "en" else [])),
        mail=f"{r.choice(['info', 'office', 'hello', 'accounts', 'bookings'])}"
        f"@{host or 'mail'}.{tld}"
        if r.random() < 0.75
        else "",
    )


def studio_head() -> Head:
    return make_head(studio_row(), home(), "studio")


def head_of(who: Issuer, role: str, abroad: float = 0.0) -> Head:
    """The ``role`` sender of ``who`` (the same for the same issuer and studio), of the
    studio's country or, with odds ``abroad``, of another."""
    r = keyed(who, role)
    lang = home()
    if r.random() < abroad:
        lang = r.choice([x for x in ("en", "de", "fr") if x != lang])
    return make_head(r.choice(SENDERS[role][lang]), lang, role)


def council_head() -> Head:
    return make_head(COUNCILS[home()][int(STUDIO["row"])], home(), "council")  # type: ignore[call-overload]


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
    """A round rubber stamp: two rings, the wording inside."""
    ring(p, cx, cy, r)
    ring(p, cx, cy, r - 3)
    pt = shrink(top, "Helvetica", 6.5, r * 1.5)
    p.text(cx, cy - r * 0.35, fit(top, "Helvetica", pt, r * 1.5), "Helvetica", pt, "center")
    pt2 = shrink(mid, "Helvetica", 6.5, r * 1.4)
    p.text(cx, cy + r * 0.55, fit(mid, "Helvetica", pt2, r * 1.4), "Helvetica", pt2, "center")
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
    """Print ``h``'s letterhead at the top of ``p``; the y where the content starts."""
    w, _ = p.size
    m = s.margin
    y = max(m - 14, 22.0) if top is None else top
    tel = f"{tr(h.lang, 'Tel', 'Tel.', 'Tél.')} {h.phone}" if h.phone else ""
    where = ", ".join(t for t in (h.street, h.town) if t)
    contact = "  ".join(t for t in (tel, h.mail) if t)
    tag = TAGLINES.get(h.role)
    tagline = tr(h.lang, *tag) if tag else ""
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
        p.text(w / 2, y + 15, fit(tagline or where, it, 7.5, w - 2 * m), it, 7.5, "center")
        line2 = f"{where}  {contact}" if tagline else contact
        if line2.strip():
            p.text(w / 2, y + 24, fit(line2, h.font, 7, w - 2 * m), h.font, 7, "center")
        p.line(m, y + 30, w - m, y + 30)
        return y + 50
    if h.look == "letter":
        initials = "".join(t[0] for t in h.name.replace("&", " ").split() if t[0].isupper())[:2]
        p.rect(m, y - 12, 34, 34, fill=0.15)
        p.rect(m + 3, y - 9, 28, 28, fill=0.95)
        p.text(m + 17, y + 9, initials or "S", h.bold, 13, "center")
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
        p.text(m, y + 15, fit(tagline, italic_of(h.font), 7.5, w * 0.6 - m), italic_of(h.font), 7.5)
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


def plain(s: Style, header: str = "") -> Sheets:
    """Pages without a letterhead: a running header from the second page when ``header``."""

    def start(p: Page, n: int) -> float:
        if n > 1 and header:
            return running_header(p, s, header)
        return s.margin - 4

    w, hh = s.page_size
    return Sheets((w, hh), hh - s.margin - 10, start)


def scrawl(p: Page, x: float, y: float, name: str, pt: float = 13) -> None:
    """A handwritten signature over the baseline ``y``."""
    parts = name.replace("-", " ").replace(".", " ").split() or ["X"]
    text = f"{parts[0][0]}{parts[-1][:8]}" if len(parts) > 1 else parts[0]
    p.text(x + 2, y - 1, text, INK, pt)
    end = x + 6 + tw(text, INK, pt)
    p.line(end - 4, y - 2, end + 12, y - 9)
    p.line(x, y + 2, end - 8, y + 1)


def received(
    rng: random.Random, p: Page, d: date, odds: float = 0.3, at: tuple[float, float] = (60, 150)
) -> None:
    """Now and then the studio's received stamp on the first page (its top between ``at``)."""
    if rng.random() < odds:
        w, _ = p.size
        lg = home()
        stamp(
            p,
            w - rng.uniform(150, 200),
            rng.uniform(*at),
            [
                tr(lg, "RECEIVED", "EINGANG", "REÇU LE"),
                short(d + timedelta(days=rng.randint(1, 4)), lg),
                rng.choice(["", crew("manager").split()[0]]) or tr(lg, "Office", "Büro", "Bureau"),
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


def regards(f: Sheets, s: Style, lang: str, name: str, role: str, formal: bool = True) -> None:
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
            "Veuillez agréer, Madame, Monsieur, nos salutations distinguées."
            if formal
            else "Bien cordialement,",
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


def studio_lines(att: str = "") -> list[str]:
    name, street, town, _ = studio_row()
    return [name, *([att] if att else []), street, town]


def head_lines(h: Head, att: str = "") -> list[str]:
    return [h.name, *([att] if att else []), *(t for t in (h.street, h.town) if t)]


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
        (tr(lg, "Total due", "Gesamtbetrag", "Total TTC" if rate else "Total net"), net + tax)
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


def copier_edge(p: Page, rng: random.Random) -> None:
    """The grey edge a photocopy of a smaller original leaves on the page."""
    w, h = p.size
    g = rng.uniform(0.35, 0.6)
    side = rng.choice(["left", "top", "both"])
    if side in ("left", "both"):
        p.rect(0, 0, rng.uniform(8, 22), h, fill=g)
    if side in ("top", "both"):
        p.rect(0, 0, w, rng.uniform(6, 16), fill=g)


def sign_line(
    p: Page, s: Style, x: float, y: float, width: float, label: str, who: str = ""
) -> None:
    """A signature line with its caption below; signed in ink when ``who``."""
    if who:
        scrawl(p, x + 6, y - 3, who)
    p.line(x, y, x + width, y)
    p.text(x, y + 9, fit(label, s.font, 7, width), s.font, 7)


def qty(v: int | float, lg: str) -> str:
    t = f"{v:,}" if isinstance(v, int) else f"{v:,.1f}"
    return (
        t.replace(",", "_")
        .replace(".", "," if lg != "en" else ".")
        .replace("_", "." if lg == "de" else " " if lg == "fr" else ",")
    )


def duration(sec: int) -> str:
    return f"{sec // 60}:{sec % 60:02d}"


def artist_of(who: Issuer, abroad: float = 0.1) -> Head:
    return head_of(who, "artist", abroad)


def songs(r: random.Random, lg: str, n: int) -> list[str]:
    pool = SONGS[lg].split("|")
    return r.sample(pool, min(n, len(pool)))


def fields(
    p: Page,
    s: Style,
    x: float,
    y: float,
    w: float,
    items: list[tuple[str, str]],
    per: int = 2,
    tall: float = 26,
    hand: bool = True,
) -> float:
    """``corpus_kit.fields`` with a little more room below the last row."""
    return kit_fields(p, s, x, y, w, items, per, tall, hand) + 6


def greet(lang: str, name: str | None) -> str:
    """``corpus_kit.dear``, also for "Ms"."""
    if lang == "en" and name and name.startswith("Ms "):
        return f"Dear Ms {name.split()[-1]},"
    return dear(lang, name)


def grid(x0: float, x1: float, spec: list[tuple[float, str]]) -> list[Col]:
    """``corpus_kit.columns`` with a gap after a right-aligned column that a left-aligned or
    centred one follows."""
    cols = columns(x0, x1, spec)
    for k in range(1, len(cols)):
        if cols[k - 1][2] == "right" and cols[k][2] != "right":
            left, right, align = cols[k]
            cols[k] = (left + 10, right, align)
    return cols


def bank_line(lg: str, r: random.Random) -> str:
    return {
        "en": f"Sort code {r.randint(20, 40)}-{r.randint(10, 99)}-{r.randint(10, 99)}  "
        f"Account {r.randint(10000000, 99999999)}",
        "de": f"IBAN DE{r.randint(10, 99)} {r.randint(4000, 4999)} {r.randint(1000, 9999)} "
        f"{r.randint(1000, 9999)} {r.randint(1000, 9999)} {r.randint(10, 99)}",
        "fr": f"IBAN FR76 {r.randint(1000, 9999)} {r.randint(1000, 9999)} "
        f"{r.randint(1000, 9999)} {r.randint(1000, 9999)} {r.randint(100, 999)}",
    }[lg]


def studio_bank() -> str:
    return bank_line(home(), random.Random(zlib.crc32(f"samovar/bank/{STUDIO['seed']}".encode())))


# ---------------------------------------------------------------------------------------------
# Templates TTTT: sessions, agreements, orders
# ---------------------------------------------------------------------------------------------

BOOKING_TERMS = {
    "en": [
        "Bookings and deposits",
        "Cancellation",
        "Session times and overtime",
        "Engineers and assistants",
        "Backline and hired equipment",
        "Damage to equipment",
        "Storage of session data",
        "Ownership of recordings",
        "Payment of balance",
        "Conduct in the studio",
    ],
    "de": [
        "Buchung und Anzahlung",
        "Stornierung",
        "Sessionzeiten und Überstunden",
        "Tontechniker",
        "Backline und Mietgeräte",
        "Schäden am Equipment",
        "Datensicherung",
        "Rechte an den Aufnahmen",
        "Restzahlung",
        "Hausordnung",
    ],
    "fr": [
        "Réservation et acompte",
        "Annulation",
        "Horaires et heures supplémentaires",
        "Ingénieurs du son",
        "Backline et matériel loué",
        "Dommages au matériel",
        "Conservation des données",
        "Propriété des enregistrements",
        "Paiement du solde",
        "Règlement intérieur",
    ],
}


def tpl_session_booking(rng: random.Random, who: Issuer) -> list[Page]:
    """The studio's booking confirmation to an artist: the session days with room, hours,
    engineer and day rate, the deposit asked; the deposit invoice on a page of its own and now
    and then the booking terms in small print."""
    h = studio_head()
    lg = h.lang
    art = artist_of(who)
    s = style_of(h, LETTER if lg == "en" and keyed(who, "p").random() < 0.2 else A4)
    w, _ = s.page_size
    m = s.margin
    d = some_day(rng)
    ref = f"BK-{d.year % 100}{serial(rng, '9999')}"
    f = sheets(s, h, f"{h.name} - {tr(lg, 'Booking', 'Buchung', 'Réservation')} {ref}")
    contact = person(keyed(who, "contact"), art.lang)
    recipient(
        f,
        s,
        h,
        head_lines(art, tr(lg, f"Attn: {contact}", f"z. Hd. {contact}", f"À l'att. de {contact}")),
        d,
        [(tr(lg, "Booking ref.", "Buchungs-Nr.", "Réf. réservation"), ref)],
    )
    caption(
        f,
        s,
        tr(lg, "Booking confirmation", "Buchungsbestätigung", "Confirmation de réservation"),
        3,
    )
    f.page.text(m, f.y, greet(lg, None if lg != "en" else contact), s.font, s.size)
    f.y += s.size * 2
    write(
        f,
        s,
        tr(
            lg,
            f"Thank you for booking with us. We are pleased to confirm the following sessions "
            f"for {art.name}:",
            f"vielen Dank für Ihre Buchung. Hiermit bestätigen wir folgende Studiotermine für "
            f"{art.name}:",
            f"Nous vous remercions de votre réservation et vous confirmons les séances "
            f"suivantes pour {art.name} :",
        ),
    )
    start = d + timedelta(days=rng.randint(7, 40))
    rate = (
        rng.choice([350.0, 420.0, 480.0, 550.0, 650.0])
        if lg == "en"
        else rng.choice([390.0, 450.0, 520.0, 600.0])
    )
    rows = []
    net = 0.0
    nd = rng.choice([1, 2, 3, 3, 5, 6, 10])
    for k in range(nd):
        sd = start + timedelta(days=k + (k // 5) * 2)
        room = rng.choice(["Studio A", "Studio A", "Studio B"])
        hours = rng.choice(["10:00-20:00", "10:00-22:00", "11:00-21:00", "12:00-00:00"])
        what = rng.choice(
            tr(
                lg,
                "Tracking|Tracking|Overdubs|Vocals|Mixing|Editing",
                "Recording|Recording|Overdubs|Gesang|Mischung|Editing",
                "Prise|Prise|Re-recording|Voix|Mixage|Édition",
            ).split("|")
        )
        eng = crew(rng.choice(["engineer1", "engineer2", "owner"]))
        net += rate
        rows.append([date_text(sd, lg, "short"), room, hours, what, eng, money(rate, lg)])
    cols = grid(
        m,
        w - m,
        [(1.2, "left"), (1, "left"), (1.3, "left"), (1.2, "left"), (1.6, "left"), (1, "right")],
    )
    table(
        f,
        cols,
        [
            tr(lg, "Date", "Datum", "Date"),
            tr(lg, "Room", "Raum", "Salle"),
            tr(lg, "Hours", "Zeiten", "Horaires"),
            tr(lg, "Session", "Session", "Séance"),
            tr(lg, "Engineer", "Techniker", "Ingénieur"),
            tr(lg, "Day rate", "Tagessatz", "Tarif jour"),
        ],
        rows,
        s,
        shade=0.88 if rng.random() < 0.5 else None,
        rules=rng.random() < 0.4,
    )
    extras = []
    if rng.random() < 0.5:
        extras.append(
            (
                tr(lg, 'Tape (2" reel)', 'Bandmaterial 2"', "Bande 2 pouces"),
                rng.choice([180.0, 240.0]),
            )
        )
    if rng.random() < 0.4:
        extras.append(
            (
                tr(lg, "Piano tuning", "Klavierstimmung", "Accord piano"),
                rng.choice([85.0, 95.0, 110.0]),
            )
        )
    for t, v in extras:
        f.page.text(m, f.y, t, s.font, s.size - 1)
        f.page.text(w - m, f.y, money(v, lg), s.font, s.size - 1, "right")
        f.y += s.size * 1.5
        net += v
    gross = totals(f, s, lg, net, vat_rate(lg))
    dep = round(gross * rng.choice([0.25, 0.3, 0.5]), 2)
    write(
        f,
        s,
        tr(
            lg,
            f"To secure the dates we require a non-refundable deposit of {cash(dep, lg)} "
            f"within 7 days; please see the enclosed deposit invoice. The balance is due on the "
            f"last day of the sessions.",
            f"Zur verbindlichen Reservierung bitten wir um eine Anzahlung von {cash(dep, lg)} "
            f"innerhalb von 7 Tagen (siehe beiliegende Anzahlungsrechnung). Der Restbetrag ist "
            f"am letzten Sessiontag fällig.",
            f"Pour confirmer ces dates, un acompte de {cash(dep, lg)} est à régler sous 7 jours "
            f"(voir facture d'acompte jointe). Le solde est dû le dernier jour des séances.",
        ),
    )
    write(f, s, prose(rng, lg, "music", 1, 2))
    regards(f, s, lg, crew("manager"), tr(lg, "Studio Manager", "Studioleitung", "Régie studio"))
    pages = f.pages
    # The deposit invoice, a page of its own.
    g = sheets(s, h, "", top=True)
    no = f"{d.year}-{serial(rng, '0999')}"
    recipient(
        g, s, h, head_lines(art), d, [(tr(lg, "Invoice no.", "Rechnungs-Nr.", "Facture n°"), no)]
    )
    caption(g, s, tr(lg, "DEPOSIT INVOICE", "ANZAHLUNGSRECHNUNG", "FACTURE D'ACOMPTE"), 4)
    g.page.text(
        m, g.y, f"{tr(lg, 'Booking', 'Buchung', 'Réservation')} {ref} - {art.name}", s.font, s.size
    )
    g.y += s.size * 2.2
    dep_net = round(dep / (1 + vat_rate(lg) / 100), 2)
    table(
        g,
        grid(m, w - m, [(5, "left"), (1.4, "right")]),
        [
            tr(lg, "Description", "Bezeichnung", "Désignation"),
            tr(lg, "Amount", "Betrag", "Montant HT"),
        ],
        [
            [
                tr(
                    lg,
                    f"Deposit for studio sessions from {short(start, lg)} ({nd} day(s))",
                    f"Anzahlung Studiosessions ab {short(start, lg)} ({nd} Tag(e))",
                    f"Acompte séances studio à partir du {short(start, lg)} ({nd} jour(s))",
                ),
                money(dep_net, lg),
            ]
        ],
        s,
    )
    totals(g, s, lg, dep_net, vat_rate(lg))
    g.y += 10
    g.need(60)
    g.page.rect(m, g.y, w - 2 * m, 44)
    g.page.text(
        m + 6,
        g.y + 12,
        tr(lg, "Please pay to:", "Bitte überweisen Sie auf:", "Règlement par virement :"),
        s.bold,
        s.size - 1,
    )
    g.page.text(m + 6, g.y + 25, f"{h.name} - {studio_bank()}", s.font, s.size - 1)
    g.page.text(
        m + 6,
        g.y + 37,
        tr(lg, f"Reference: {no}", f"Verwendungszweck: {no}", f"Libellé : {no}"),
        s.font,
        s.size - 1,
    )
    pages += g.pages
    if keyed(who, "terms").random() < 0.4 or rng.random() < 0.15:
        pages.append(
            small_print(
                rng,
                s,
                lg,
                tr(
                    lg,
                    "Studio booking terms and conditions",
                    "Allgemeine Geschäftsbedingungen Studiobuchung",
                    "Conditions générales de réservation",
                ),
                BOOKING_TERMS[lg],
                "music",
            )
        )
    remember(d, (art.name, start))
    return close(pages, s, h)


AGREE_CLAUSES = {
    "en": [
        "Engagement",
        "Recording Costs and Budget",
        "Producer's Fee and Advance",
        "Royalty",
        "Accounting",
        "Credit",
        "Ownership of Masters",
        "Warranties",
        "Approval and Delivery",
        "Termination",
        "Notices",
        "Governing Law",
    ],
    "de": [
        "Vertragsgegenstand",
        "Produktionskosten",
        "Produzentenhonorar und Vorschuss",
        "Umsatzbeteiligung",
        "Abrechnung",
        "Namensnennung",
        "Rechteübertragung",
        "Gewährleistung",
        "Abnahme",
        "Kündigung",
        "Schlussbestimmungen",
    ],
    "fr": [
        "Objet",
        "Budget d'enregistrement",
        "Rémunération du réalisateur",
        "Redevances",
        "Redditions de comptes",
        "Mentions",
        "Propriété des bandes",
        "Garanties",
        "Livraison et acceptation",
        "Résiliation",
        "Droit applicable et juridiction",
    ],
}


def tpl_artist_agreement(rng: random.Random, who: Issuer) -> list[Page]:
    """A producer agreement between the studio's owner-producer and an artist or label:
    the parties, numbered clauses over two to four pages, the schedule of recordings and the
    royalty points, a signature page for both parties with witnesses in England."""
    h = studio_head()
    lg = h.lang
    art = artist_of(who, 0.05)
    s = style_of(h, A4, pt=h.pt - 0.5)
    w, _ = s.page_size
    m = s.margin
    d = some_day(rng)
    prod = crew("owner")
    title = tr(lg, "PRODUCER AGREEMENT", "PRODUZENTENVERTRAG", "CONTRAT DE RÉALISATION ARTISTIQUE")
    f = plain(s, f"{title} - {art.name}")
    f.y = m + 10
    f.page.text(w / 2, f.y, title, s.bold, s.size + 6, "center")
    f.y += 24
    f.page.text(
        w / 2,
        f.y,
        tr(lg, f"dated {day(h, d)}", f"vom {day(h, d)}", f"en date du {day(h, d)}"),
        s.font,
        s.size,
        "center",
    )
    f.y += 30
    write(f, s, tr(lg, "BETWEEN:", "zwischen", "ENTRE LES SOUSSIGNÉS :"), s.size)
    write(
        f,
        s,
        f"(1) {prod}, {tr(lg, 'trading as', 'handelnd als', 'exerçant sous le nom')} "
        f"{h.name}, {h.street}, {h.town} "
        + tr(lg, '("the Producer")', '(nachfolgend "Produzent")', "(ci-après « le Réalisateur »)"),
        indent=14,
    )
    write(
        f,
        s,
        f"(2) {art.name}, {art.street}, {art.town} "
        + tr(lg, '("the Artist")', '(nachfolgend "Künstler")', "(ci-après « l'Artiste »)"),
        indent=14,
    )
    write(f, s, prose(rng, lg, "legal", 1, 2))
    heads = AGREE_CLAUSES[lg]
    pts = rng.choice([2, 3, 3, 4])
    fee = rng.choice([1500, 2500, 3000, 4000, 6000])
    for k, t in enumerate(heads[: rng.randint(7, len(heads))], 1):
        f.heading(m, f"{k}. {t}", s.bold, s.size)
        for j in range(rng.randint(1, 3)):
            text = words(rng, lg, "legal") + " " + words(rng, lg, "legal")
            if k == 3 and j == 0:
                text = (
                    tr(
                        lg,
                        f"The Artist shall pay the Producer a fee of {cash(fee, lg)}, "
                        "half on signature "
                        f"and half on delivery, as an advance recoupable from royalties. ",
                        f"Der Künstler zahlt dem Produzenten ein Honorar von {cash(fee, lg)}, "
                        "zur Hälfte "
                        "bei Unterzeichnung und zur Hälfte bei Abnahme, verrechenbar "
                        "mit der Beteiligung. ",
                        f"L'Artiste versera au Réalisateur une rémunération de {cash(fee, lg)}, "
                        "moitié à "
                        f"la signature et moitié à la livraison, récupérable sur les redevances. ",
                    )
                    + text
                )
            if k == 4 and j == 0:
                text = (
                    tr(
                        lg,
                        f"The Producer shall receive a royalty of {pts}% of the dealer "
                        "price on all "
                        f"sales and {pts * 5}% of net receipts from streaming. ",
                        f"Der Produzent erhält eine Beteiligung von {pts} % vom Händlerabgabepreis "
                        "und "
                        f"{pts * 5} % der Nettoerlöse aus Streaming. ",
                        f"Le Réalisateur percevra une redevance de {pts} % du prix "
                        "de gros hors taxes et "
                        f"de {pts * 5} % des recettes nettes de la diffusion en ligne. ",
                    )
                    + text
                )
            write(f, s, f"{k}.{j + 1} {text}", indent=10)
    pages = f.pages
    # Schedule of recordings.
    sch = plain(s, f"{title} - {art.name}")
    caption(
        sch,
        s,
        tr(lg, "SCHEDULE 1 - THE RECORDINGS", "ANLAGE 1 - AUFNAHMEN", "ANNEXE 1 - ENREGISTREMENTS"),
        2,
        rule=True,
    )
    r = keyed(who, "songs")
    titles = songs(r, art.lang, r.randint(3, 10))
    table(
        sch,
        grid(m, w - m, [(0.5, "left"), (3, "left"), (2.4, "left"), (1, "center"), (1, "right")]),
        [
            "No.",
            tr(lg, "Title", "Titel", "Titre"),
            tr(lg, "Writer(s)", "Urheber", "Auteurs / compositeurs"),
            tr(lg, "Format", "Format", "Format"),
            tr(lg, "Points", "Punkte", "Points"),
        ],
        [
            [str(k + 1), t, person(r, art.lang), rng.choice(["Album", "Single", "EP"]), str(pts)]
            for k, t in enumerate(titles)
        ],
        s,
        rules=True,
    )
    sch.y += 10
    write(
        sch,
        s,
        tr(lg, "Recording period:", "Produktionszeitraum:", "Période d'enregistrement :")
        + f" {short(d + timedelta(days=14), lg)}"
        f" - {short(d + timedelta(days=rng.randint(40, 90)), lg)}",
    )
    write(sch, s, prose(rng, lg, "legal", 1, 2), s.size - 1)
    pages += sch.pages
    # Signature page.
    sp = Page(s.page_size)
    y = m + 20
    sp.text(
        m,
        y,
        tr(
            lg,
            "SIGNED by the parties on the date stated above.",
            "Unterschriften der Vertragsparteien",
            "Fait en deux exemplaires originaux,",
        ),
        s.bold,
        s.size,
    )
    y += 30
    if lg == "fr":
        sp.text(m, y, f"à {h.town.split()[-1]}, le {day(h, d)}", s.font, s.size)
        y += 30
    for k, (lab, nm) in enumerate(
        [
            (tr(lg, "The Producer", "Produzent", "Le Réalisateur"), prod),
            (
                tr(lg, "The Artist", "Künstler", "L'Artiste"),
                person(keyed(who, "contact"), art.lang),
            ),
        ]
    ):
        x = m + k * (w - 2 * m) / 2
        sp.text(x, y, lab, s.bold, s.size)
        if lg == "fr":
            sp.text(x, y + 14, "« Lu et approuvé »", HAND, 9)
        sign_line(sp, s, x, y + 60, (w - 2 * m) / 2 - 30, nm, nm if rng.random() < 0.9 else "")
        if lg == "en":
            sign_line(
                sp,
                s,
                x,
                y + 120,
                (w - 2 * m) / 2 - 30,
                "Witness: name and address",
                person(rng, "en"),
            )
            hand(sp, x, y + 150, person(rng, "en"), 8.5)
    pages.append(sp)
    remember(d, (art.name, titles))
    return close(pages, s, h, numbers=h.numbers if h.numbers != "none" else "Page {i} of {n}")


SOCIETY_OF = {
    "en": ["PRS", "PRS", "PRS", "GEMA", "SACEM"],
    "de": ["GEMA", "GEMA", "GEMA", "PRS", "SACEM"],
    "fr": ["SACEM", "SACEM", "SACEM", "GEMA", "PRS"],
}


def tpl_split_sheet(rng: random.Random, who: Issuer) -> list[Page]:
    """A song split sheet filled in by hand at the end of a session, one per song: the title,
    date and studio, the writers with role, society, IPI number, publisher and share, each
    signed; typed on a printed form, on Letter or A4."""
    art = artist_of(who, 0.05)
    lg = home()
    ex = LAST["extra"]
    r = keyed(who, "songs")
    titles = songs(r, art.lang, 10)
    k = int(LAST.get("n", 0) or 0) if after(("split_sheet", "artist_agreement")) else 0
    if after(("artist_agreement",)) and isinstance(ex, tuple) and isinstance(ex[1], list):
        titles = ex[1]
        k = 0
    LAST["n"] = k + 1
    title = titles[k % len(titles)]
    d = last_day(rng, ("artist_agreement", "split_sheet"), (0, 9))
    size = LETTER if lg == "en" and r.random() < 0.3 else A4
    font = r.choice(["Helvetica", "Helvetica", "Times-Roman"])
    bold = "Helvetica-Bold" if font == "Helvetica" else "Times-Bold"
    s = Style(font, bold, 9.5, 50, "none", "bottom", size, "short")
    w, _ = size
    m = 50
    p = Page(size)
    p.text(
        w / 2,
        m + 6,
        tr(
            lg,
            "SONG SPLIT SHEET",
            "SPLIT SHEET - ANTEILSVEREINBARUNG",
            "FEUILLE DE RÉPARTITION (SPLIT SHEET)",
        ),
        bold,
        15,
        "center",
    )
    p.text(
        w / 2,
        m + 22,
        tr(
            lg,
            "Songwriter and publisher ownership agreement",
            "Vereinbarung über Urheberanteile",
            "Accord de partage des droits d'auteur",
        ),
        italic_of(font),
        8.5,
        "center",
    )
    y = fields(
        p,
        s,
        m,
        m + 40,
        w - 2 * m,
        [
            (tr(lg, "Song title", "Titel des Werks", "Titre de l'oeuvre"), title),
            (tr(lg, "Date", "Datum", "Date"), short(d, lg)),
            (tr(lg, "Artist / project", "Interpret / Projekt", "Artiste / projet"), art.name),
            (tr(lg, "Studio", "Studio", "Studio"), studio_row()[0]),
            (
                tr(
                    lg,
                    "Samples / interpolations used?",
                    "Samples verwendet?",
                    "Échantillons utilisés ?",
                ),
                rng.choice(yes_no(lg)[1:] * 4 + yes_no(lg)[:1]),
            ),
            ("ISWC / ISRC", rng.choice(["", "", f"T-{serial(rng, '999.999.999-9')}"])),
        ],
        per=2,
        tall=28,
    )
    y += 6
    cols = grid(
        m,
        w - m,
        [
            (2.2, "left"),
            (1.4, "left"),
            (0.9, "left"),
            (1.4, "left"),
            (1.8, "left"),
            (0.8, "right"),
            (1.6, "left"),
        ],
    )
    heads = [
        tr(lg, "Name", "Name", "Nom"),
        tr(lg, "Role", "Funktion", "Rôle"),
        tr(lg, "Society", "VG", "Société"),
        "IPI / CAE",
        tr(lg, "Publisher", "Verlag", "Éditeur"),
        "%",
        tr(lg, "Signature", "Unterschrift", "Signature"),
    ]
    p.rect(m - 2, y - 11, w - 2 * m + 4, 16, fill=0.85)
    for c, t in zip(cols, heads, strict=True):
        p.text(c[0], y, fit(t, bold, 7.5, c[1] - c[0]), bold, 7.5)
    y += 10
    n = rng.choice([2, 2, 3, 3, 4, 5])
    shares = [100 // n] * n
    shares[0] += 100 - sum(shares)
    if rng.random() < 0.4 and n >= 2:
        shares = sorted([rng.choice([10, 15, 20, 25]) for _ in range(n - 1)])
        shares.append(100 - sum(shares))
        shares = [x for x in shares if x > 0] or [100]
        n = len(shares)
    roles = tr(
        lg,
        "Writer|Composer|Lyricist|Producer|Topliner",
        "Komponist|Texter|Komponist/Texter|Produzent",
        "Compositeur|Auteur|Auteur-compositeur|Réalisateur",
    ).split("|")
    for j in range(max(n, 5)):
        p.rect(m - 2, y, w - 2 * m + 4, 24)
        if j < n:
            nm = crew("owner") if j == n - 1 and rng.random() < 0.5 else person(rng, art.lang)
            soc = rng.choice(SOCIETY_OF[art.lang])
            vals = [
                nm,
                rng.choice(roles),
                soc,
                serial(rng, "999999999" if rng.random() < 0.7 else "99999999"),
                rng.choice(
                    [
                        "",
                        "",
                        "self",
                        f"{art.name.split()[0]} Music Publishing",
                        "Edition Nordlicht",
                        "Éditions du Quai",
                    ]
                ),
                str(shares[j]),
            ]
            for c, t in zip(cols[:-1], vals, strict=True):
                hand(p, c[0], y + 16, fit(t, HAND, 8, c[1] - c[0] - 2), 8)
            scrawl(p, cols[-1][0], y + 18, nm, 10)
        y += 24
    y += 14
    p.text(w - m, y, f"{tr(lg, 'Total', 'Summe', 'Total')}: 100 %", bold, 9, "right")
    hand(p, w - m - 90, y, "100", 10)
    y += 22
    for t in wrap(
        tr(
            lg,
            "By signing, each writer confirms the shares above for the "
            "composition and lyrics of the song named and agrees that "
            "they will be registered with the societies accordingly. "
            "This sheet does not cover the master recording.",
            "Mit ihrer Unterschrift bestätigen die Beteiligten die oben "
            "genannten Anteile an Komposition und Text und stimmen der "
            "entsprechenden Anmeldung bei den Verwertungsgesellschaften "
            "zu. Die Rechte an der Tonaufnahme sind nicht Gegenstand "
            "dieser Vereinbarung.",
            "Par leur signature, les ayants droit confirment la répartition "
            "ci-dessus pour la musique et les paroles de l'oeuvre et "
            "acceptent son dépôt en conséquence. La présente feuille "
            "ne concerne pas l'enregistrement.",
        ),
        font,
        7.5,
        w - 2 * m,
    ):
        p.text(m, y, t, font, 7.5)
        y += 10
    if rng.random() < 0.3:
        hand(
            p,
            m,
            y + 20,
            tr(
                lg,
                "Bridge written in session 2 - see notes",
                "Bridge aus Session 2",
                "Pont écrit en séance 2",
            ),
            9,
        )
    remember(d, ex)
    return [p]


def tpl_mix_order(rng: random.Random, who: Issuer) -> list[Page]:
    """An artist's or label's mixing and mastering order on the studio's order form, filled in
    and sent back: client, project, services and deliverables ticked, loudness and references,
    the track list (on a landscape page of its own when long), signature."""
    art = artist_of(who, 0.15)
    h = studio_head()
    lg = h.lang
    s = style_of(h, A4, margin=44, pt=9)
    w, hh = s.page_size
    m = s.margin
    d = last_day(rng, ("session_booking",), (10, 30))
    n = rng.choice([1, 2, 4, 5, 8, 11, 14])
    titles = songs(rng, art.lang, n)
    no = f"MO-{serial(rng, '9999')}"
    p = Page(A4)
    y = heading(p, s, h)
    p.text(
        m,
        y,
        tr(
            lg,
            "MIXING & MASTERING ORDER FORM",
            "AUFTRAG MISCHUNG & MASTERING",
            "BON DE COMMANDE MIXAGE & MASTERING",
        ),
        s.bold,
        13,
    )
    p.text(w - m, y, f"{tr(lg, 'Order', 'Auftrag', 'Commande')} {no}", s.font, 9, "right")
    y += 14
    y = band(p, s, y + 6, tr(lg, "1. Client", "1. Auftraggeber", "1. Client"))
    y = fields(
        p,
        s,
        m,
        y + 2,
        w - 2 * m,
        [
            (tr(lg, "Artist / label", "Künstler / Label", "Artiste / label"), art.name),
            (
                tr(lg, "Contact", "Ansprechpartner", "Contact"),
                person(keyed(who, "contact"), art.lang),
            ),
            (tr(lg, "Address", "Anschrift", "Adresse"), f"{art.street}, {art.town}"),
            (
                tr(lg, "E-mail / phone", "E-Mail / Telefon", "E-mail / tél."),
                art.phone or f"{art.name.split()[0].lower()}@mail.{TLD[art.lang]}",
            ),
            (
                tr(lg, "Project title", "Projekttitel", "Titre du projet"),
                rng.choice(titles) if n > 1 else titles[0],
            ),
            (
                tr(lg, "Release date", "VÖ-Termin", "Date de sortie"),
                short(d + timedelta(days=rng.randint(40, 120)), lg),
            ),
        ],
    )
    y = band(p, s, y + 4, tr(lg, "2. Services", "2. Leistungen", "2. Prestations"))
    svc = tr(
        lg,
        "Stereo mix|Stem mix|Mastering (digital)|Vinyl pre-master|Dolby "
        "Atmos mix|Edit / comping|Vocal tuning",
        "Stereomischung|Stem-Mischung|Mastering (digital)|Vinyl-Premaster|Dolby-Atmos-Mix|Schnitt "
        "/ Comping|Vocal-Tuning",
        "Mixage stéréo|Mixage stems|Mastering (numérique)|Pré-master "
        "vinyle|Mixage Dolby Atmos|Montage / comping|Correction "
        "vocale",
    ).split("|")
    on = set(rng.sample(range(len(svc)), rng.randint(1, 4)))
    y = ticks(p, s, m, y + 8, w - 2 * m, svc, on, 8.5)
    y = band(p, s, y + 4, tr(lg, "3. Deliverables", "3. Lieferformate", "3. Livrables"))
    dl = [
        "WAV 24/44.1",
        "WAV 24/48",
        "WAV 24/96",
        "DDP + PQ",
        "MP3 320",
        tr(lg, "Instrumentals", "Instrumentals", "Instrumentaux"),
        tr(lg, "Stems", "Stems", "Stems"),
    ]
    y = ticks(
        p, s, m, y + 8, w - 2 * m, dl, set(rng.sample(range(len(dl)), rng.randint(2, 5))), 8.5
    )
    y = fields(
        p,
        s,
        m,
        y + 4,
        w - 2 * m,
        [
            (
                tr(lg, "Loudness target", "Lautheit (Ziel)", "Niveau cible"),
                rng.choice(
                    ["-14 LUFS", "-10 LUFS int.", "-9 LUFS", "as ref.", "-12 LUFS / -1 dBTP"]
                ),
            ),
            (
                tr(lg, "Reference tracks", "Referenzen", "Références"),
                rng.choice(
                    [
                        "Big Thief - Not",
                        "Phoebe Bridgers - Kyoto",
                        "AnnenMayKantereit - Pocahontas",
                        "L'Impératrice - Agitations tropicales",
                        "Fontaines D.C. - Jackie Down the Line",
                    ]
                ),
            ),
        ],
        tall=26,
    )
    land = n > 6
    rows = [
        [
            str(k + 1),
            t,
            duration(rng.randint(150, 330)),
            str(rng.randint(72, 168)),
            rng.choice(
                [
                    "",
                    "",
                    tr(lg, "vocal up", "Gesang lauter", "voix +"),
                    tr(lg, "fade at 3:40", "Fade ab 3:40", "fondu à 3:40"),
                    "radio edit",
                    tr(lg, "no limiter", "ohne Limiter", "sans limiteur"),
                ]
            ),
        ]
        for k, t in enumerate(titles)
    ]
    extra: list[Page] = []
    cols_spec = [(0.4, "left"), (3, "left"), (0.8, "right"), (0.6, "right"), (3, "left")]
    head = [
        "#",
        tr(lg, "Title", "Titel", "Titre"),
        tr(lg, "Length", "Länge", "Durée"),
        "BPM",
        tr(lg, "Notes", "Anmerkungen", "Remarques"),
    ]
    if not land:
        y = band(p, s, y + 8, tr(lg, "4. Track list", "4. Titelliste", "4. Liste des titres"))
        f = Sheets(A4, hh - 130, lambda pg, k: m)
        f.page, f.pages, f.y = p, [p], y + 12
        table(f, grid(m, w - m, cols_spec), head, rows, s, size=8.5, rules=True)
        y = f.y
    else:
        y = band(
            p,
            s,
            y + 8,
            tr(
                lg,
                "4. Track list: see attached sheet",
                "4. Titelliste: siehe Beiblatt",
                "4. Liste des titres : voir feuille jointe",
            ),
        )
        y += 10
        s2 = style_of(h, landscape(A4), margin=40, pt=9)
        g = plain(s2, f"{no} - {art.name}")
        g.y = 50
        caption(
            g, s2, tr(lg, "Track list", "Titelliste", "Liste des titres") + f" - {no}", 2, rule=True
        )
        table(
            g,
            grid(
                40,
                landscape(A4)[0] - 40,
                [
                    (0.4, "left"),
                    (3, "left"),
                    (0.8, "right"),
                    (0.6, "right"),
                    (1.4, "left"),
                    (3, "left"),
                ],
            ),
            [*head[:4], "ISRC", head[4]],
            [
                [
                    *t[:4],
                    f"{ {'en': 'GB', 'de': 'DE', 'fr': 'FR'}[art.lang] }"
                    f"-{serial(rng, 'AA9')}-{d.year % 100}"
                    f"-{serial(rng, '99999')}",
                    t[4],
                ]
                for t in rows
            ],
            s2,
            rules=True,
        )
        extra = g.pages
    y = max(y, hh - 150)
    p.text(m, y, tr(lg, "Price agreed:", "Vereinbarter Preis:", "Prix convenu :"), s.font, 9)
    hand(
        p,
        m + 80,
        y,
        cash(
            rng.choice([150, 180, 220, 250]) * n
            if rng.random() < 0.7
            else rng.choice([900, 1200, 1800]),
            lg,
        ),
        10,
    )
    y += 20
    p.text(
        m,
        y,
        tr(
            lg,
            "I accept the studio's terms of business.",
            "Die AGB des Studios erkenne ich an.",
            "J'accepte les conditions générales du studio.",
        ),
        s.font,
        8,
    )
    sign_line(
        p,
        s,
        m,
        y + 40,
        180,
        tr(
            lg,
            "Signature client / date",
            "Unterschrift Auftraggeber / Datum",
            "Signature du client / date",
        ),
        person(keyed(who, "contact"), art.lang),
    )
    hand(p, m + 120, y + 34, short(d, lg), 9)
    remember(d, (art.name, titles, no))
    pages = [p, *extra]
    received(rng, p, d, 0.2, (hh - 250, hh - 200))
    return close(pages, s, h, numbers="none" if not extra else "{i}/{n}")


def tpl_mastering_invoice(rng: random.Random, who: Issuer) -> list[Page]:
    """An outside mastering house's invoice to the studio: the mastering per track, DDP and
    vinyl cut lines, VAT or reverse charge; the PQ sheet of the DDP (ISRC, start, duration) on
    a landscape page behind."""
    h = head_of(who, "mastering", 0.2)
    lg = h.lang
    s = style_of(h)
    w, _ = s.page_size
    ex = LAST["extra"]
    if after(("mix_order",)) and isinstance(ex, tuple) and len(ex) == 3:
        art_name, titles, po = ex
    else:
        art = artist_of(who)
        art_name, titles, po = art.name, songs(rng, art.lang, rng.randint(4, 12)), ""
    d = last_day(rng, ("mix_order",), (12, 30))
    no = serial(rng, rng.choice(["M-99999", "2025-0999", "FA999999"]))
    f = sheets(s, h, f"{h.name} - {tr(lg, 'Invoice', 'Rechnung', 'Facture')} {no}")
    refs = [(tr(lg, "Invoice no.", "Rechnungs-Nr.", "Facture n°"), no)]
    if po:
        refs.append((tr(lg, "Your order", "Ihr Auftrag", "Votre commande"), po))
    recipient(f, s, h, studio_lines(), d, refs)
    caption(f, s, tr(lg, "INVOICE", "RECHNUNG", "FACTURE"), 4)
    write(
        f,
        s,
        tr(
            lg,
            f"Project: {art_name} - {len(titles)} tracks",
            f"Projekt: {art_name} - {len(titles)} Titel",
            f"Projet : {art_name} - {len(titles)} titres",
        ),
    )
    rate = rng.choice([60.0, 75.0, 90.0, 110.0])
    rows = [
        [
            tr(lg, f"Mastering: {t}", f"Mastering: {t}", f"Mastering : {t}"),
            "1",
            money(rate, lg),
            money(rate, lg),
        ]
        for t in titles
    ]
    net = rate * len(titles)
    for t, v in [
        ("DDP image + PQ", 80.0),
        (
            tr(
                lg,
                "Vinyl pre-master (side A/B)",
                "Vinyl-Premaster Seite A/B",
                "Pré-master vinyle faces A/B",
            ),
            150.0,
        ),
        (tr(lg, "Revisions (2)", "Korrekturen (2)", "Corrections (2)"), 60.0),
    ]:
        if rng.random() < 0.5:
            rows.append([t, "1", money(v, lg), money(v, lg)])
            net += v
    table(
        f,
        grid(s.margin, w - s.margin, [(5, "left"), (0.6, "right"), (1.2, "right"), (1.3, "right")]),
        [
            tr(lg, "Description", "Leistung", "Désignation"),
            tr(lg, "Qty", "Menge", "Qté"),
            tr(lg, "Unit", "Einzel", "P.U."),
            tr(lg, "Amount", "Betrag", "Montant"),
        ],
        rows,
        s,
        rules=rng.random() < 0.5,
    )
    foreign = lg != home()
    totals(
        f,
        s,
        lg,
        net,
        0 if foreign else vat_rate(lg),
        note=tr(
            lg,
            "Reverse charge: VAT to be accounted for by the recipient."
            if foreign
            else "Payment within 14 days.",
            "Steuerschuldnerschaft des Leistungsempfängers (Reverse Charge)."
            if foreign
            else "Zahlbar innerhalb von 14 Tagen ohne Abzug.",
            "Autoliquidation - TVA due par le preneur, art. 283-2 du CGI."
            if foreign
            else "Paiement à 30 jours. Pénalités de retard : 3 fois le taux d'intérêt légal.",
        ),
    )
    pages = f.pages
    if rng.random() < 0.75:
        sz = landscape(A4)
        s2 = style_of(h, sz, margin=40, pt=8.5)
        g = plain(s2, "")
        g.y = 46
        g.page.text(40, g.y, f"DDP PQ LOG - {art_name}", "Courier-Bold", 12)
        g.page.text(
            sz[0] - 40, g.y, f"UPC/EAN {serial(rng, '9999999999999')}", "Courier", 9, "right"
        )
        g.y += 22
        t0 = 2 * 75
        rows2 = []
        cc = {"en": "GB", "de": "DE", "fr": "FR"}[home()]
        for k, t in enumerate(titles, 1):
            dur = rng.randint(150, 330) * 75 + rng.randint(0, 74)
            rows2.append(
                [
                    f"{k:02d}",
                    "01",
                    f"{t0 // 4500:02d}:{t0 // 75 % 60:02d}:{t0 % 75:02d}",
                    f"{dur // 4500:02d}:{dur // 75 % 60:02d}:{dur % 75:02d}",
                    f"{cc}{serial(rng, 'AA9')}{d.year % 100}{serial(rng, '99999')}",
                    t,
                    art_name,
                ]
            )
            t0 += dur + rng.choice([0, 75, 150])
        table(
            g,
            grid(
                40,
                sz[0] - 40,
                [
                    (0.5, "left"),
                    (0.5, "left"),
                    (1.2, "left"),
                    (1.2, "left"),
                    (1.8, "left"),
                    (3, "left"),
                    (2.4, "left"),
                ],
            ),
            ["TRK", "IDX", "START", "LENGTH", "ISRC", "TITLE", "PERFORMER"],
            rows2,
            Style("Courier", "Courier-Bold", 8.5, 40, "none", "bottom", sz, "short"),
            rules=False,
        )
        g.y += 10
        write(
            g,
            s2,
            f"Total running time {t0 // 4500:02d}:{t0 // 75 % 60:02d}:{t0 % 75:02d} "
            f"- CD-DA - DDP 2.00 - MD5 {serial(rng, '9A9A9A9A9A9A9A9A')}",
            8,
        )
        pages += g.pages
    received(rng, pages[0], d)
    remember(d)
    return close(pages, s, h, numbers="none" if len(pages) == 1 else h.numbers)


# ---------------------------------------------------------------------------------------------
# Templates TTTT: hire and repair of equipment, rehearsal rooms
# ---------------------------------------------------------------------------------------------

HIRE_TERMS = {
    "en": [
        "Definitions",
        "Hire period",
        "Delivery and collection",
        "Risk and insurance",
        "Damage waiver",
        "Loss and theft",
        "Use of equipment",
        "Charges and deposit",
        "Late return",
        "Limitation of liability",
        "Governing law",
    ],
    "de": [
        "Geltungsbereich",
        "Mietdauer",
        "Anlieferung und Abholung",
        "Gefahrübergang",
        "Haftungsreduzierung",
        "Verlust und Diebstahl",
        "Sachgemäßer Gebrauch",
        "Mietpreis und Kaution",
        "Verspätete Rückgabe",
        "Haftungsbeschränkung",
        "Gerichtsstand",
    ],
    "fr": [
        "Objet",
        "Durée de location",
        "Livraison et reprise",
        "Transfert des risques",
        "Forfait casse",
        "Perte et vol",
        "Utilisation du matériel",
        "Prix et caution",
        "Retard de restitution",
        "Responsabilité",
        "Juridiction",
    ],
}


def hire_items(r: random.Random, n: int) -> list[tuple[str, str, int]]:
    picks = r.sample(
        [g for g in GEAR if g[1] in ("amp", "cab", "keys", "drums", "gtr", "mic", "rack")], n
    )
    return [
        (name, serial(r, r.choice(["9999999", "AA999999", "99-9999"])), val)
        for name, _, val in picks
    ]


def tpl_hire_agreement(rng: random.Random, who: Issuer) -> list[Page]:
    """A backline hire company's hire agreement for a session: hirer, delivery and collection,
    the items with serial numbers, replacement values and day rates, damage waiver and ID
    boxes, the hirer's signature; the conditions of hire in small print on one or two pages."""
    h = head_of(who, "hire", 0.1)
    lg = h.lang
    s = style_of(h, A4, pt=9)
    w, _ = s.page_size
    m = s.margin
    d = some_day(rng)
    days = rng.choice([1, 2, 3, 5, 7])
    items = hire_items(rng, rng.randint(2, 9))
    no = serial(rng, rng.choice(["HA-99999", "MV-2025-999", "CL99999"]))
    f = sheets(
        s, h, f"{h.name} - {tr(lg, 'Hire agreement', 'Mietvertrag', 'Contrat de location')} {no}"
    )
    f.page.text(
        w - m,
        f.y,
        tr(lg, "HIRE AGREEMENT", "MIETVERTRAG", "CONTRAT DE LOCATION"),
        s.bold,
        s.size + 5,
        "right",
    )
    f.page.text(w - m, f.y + 14, f"No. {no}", s.font, s.size, "right")
    f.y += 28
    f.y = fields(
        f.page,
        s,
        m,
        f.y,
        w - 2 * m,
        [
            (tr(lg, "Hirer", "Mieter", "Locataire"), studio_row()[0]),
            (
                tr(lg, "Contact on site", "Ansprechpartner vor Ort", "Contact sur place"),
                crew(rng.choice(["engineer1", "manager"])),
            ),
            (
                tr(lg, "Delivery address", "Lieferadresse", "Adresse de livraison"),
                f"{studio_row()[1]}, {studio_row()[2]}",
            ),
            (
                tr(lg, "Production / artist", "Produktion / Künstler", "Production / artiste"),
                artist_of(who).name,
            ),
            (
                tr(lg, "Delivery", "Anlieferung", "Livraison"),
                f"{short(d, lg)} {rng.choice(['09:00', '10:00', '08:30'])}",
            ),
            (
                tr(lg, "Collection", "Abholung", "Reprise"),
                f"{short(d + timedelta(days=days), lg)} {rng.choice(['18:00', '10:00', '20:00'])}",
            ),
        ],
        hand=rng.random() < 0.4,
    )
    rate_f = rng.choice([0.025, 0.03, 0.035])
    rows = []
    net = 0.0
    for name, sn, val in items:
        dr = round(val * rate_f / 5) * 5 or 15
        net += dr * days
        rows.append([name, sn, money(val, lg), money(dr, lg), str(days), money(dr * days, lg)])
    table(
        f,
        grid(
            m,
            w - m,
            [
                (4, "left"),
                (1.4, "left"),
                (1.2, "right"),
                (1, "right"),
                (0.6, "right"),
                (1.2, "right"),
            ],
        ),
        [
            tr(lg, "Item", "Artikel", "Article"),
            tr(lg, "Serial", "Seriennr.", "N° série"),
            tr(lg, "Repl. value", "Wiederbeschaffung", "Valeur"),
            tr(lg, "Day", "Tag", "Jour"),
            tr(lg, "Days", "Tage", "Jours"),
            tr(lg, "Total", "Gesamt", "Total"),
        ],
        rows,
        s,
        shade=0.88,
        rules=True,
    )
    if rng.random() < 0.6:
        dw = round(net * 0.1, 2)
        f.page.text(
            m,
            f.y,
            tr(lg, "Damage waiver (10%)", "Haftungsreduzierung (10 %)", "Forfait casse (10 %)"),
            s.font,
            s.size - 1,
        )
        f.page.text(w - m, f.y, money(dw, lg), s.font, s.size - 1, "right")
        f.y += s.size * 1.6
        net += dw
    if rng.random() < 0.7:
        dv = rng.choice([40.0, 60.0, 75.0])
        f.page.text(
            m,
            f.y,
            tr(lg, "Delivery and collection", "Transport An- und Abholung", "Livraison et reprise"),
            s.font,
            s.size - 1,
        )
        f.page.text(w - m, f.y, money(dv, lg), s.font, s.size - 1, "right")
        f.y += s.size * 1.6
        net += dv
    totals(f, s, lg, net, vat_rate(lg))
    f.need(120)
    f.y += 4
    f.y = ticks(
        f.page,
        s,
        m,
        f.y,
        w - 2 * m,
        [
            tr(
                lg,
                "Damage waiver accepted",
                "Haftungsreduzierung gewünscht",
                "Forfait casse accepté",
            ),
            tr(
                lg,
                "Own insurance (certificate seen)",
                "Eigene Versicherung (Nachweis liegt vor)",
                "Assurance propre (attestation fournie)",
            ),
            tr(lg, "ID seen", "Ausweis vorgelegt", "Pièce d'identité vue"),
        ],
        set(rng.sample(range(3), rng.randint(1, 2))),
        8.5,
    )
    write(
        f,
        s,
        tr(
            lg,
            "The hirer accepts the conditions of hire overleaf and confirms "
            "the equipment was received complete and in working order.",
            "Der Mieter erkennt die umseitigen Mietbedingungen an und "
            "bestätigt den vollständigen und funktionsfähigen Empfang.",
            "Le locataire accepte les conditions générales au verso "
            "et reconnaît avoir reçu le matériel complet et en état "
            "de marche.",
        ),
        s.size - 1.5,
    )
    f.y += 26
    sign_line(
        f.page,
        s,
        m,
        f.y,
        180,
        tr(lg, "For the hirer", "Mieter", "Le locataire"),
        crew(rng.choice(["engineer1", "manager"])) if rng.random() < 0.85 else "",
    )
    sign_line(
        f.page,
        s,
        w / 2 + 10,
        f.y,
        180,
        tr(lg, "For the hire company", "Vermieter", "Le loueur"),
        person(keyed(who, "driver"), lg),
    )
    f.y += 20
    pages = f.pages
    heads = HIRE_TERMS[lg]
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
            heads[:8] if rng.random() < 0.5 else heads,
            "legal",
        )
    )
    if rng.random() < 0.2:
        pages.append(
            small_print(
                rng,
                s,
                lg,
                tr(
                    lg,
                    "Conditions of Hire (continued)",
                    "Allgemeine Mietbedingungen (Fortsetzung)",
                    "Conditions générales (suite)",
                ),
                heads[8:],
                "legal",
            )
        )
    remember(d, (h.name, items, no, days))
    received(rng, pages[0], d, 0.15)
    return close(pages, s, h, covers=0)


def tpl_return_checklist(rng: random.Random, who: Issuer) -> list[Page]:
    """The hire company's collection and return checklist: on A5 or a driver's slip, each
    item ticked returned, tested and damaged, notes in hand, the driver's and the studio's
    signatures."""
    h = head_of(who, "hire", 0.1)
    lg = h.lang
    ex = LAST["extra"]
    if after(("hire_agreement",)) and isinstance(ex, tuple) and ex[0] == h.name:
        _, items, no, days = ex
        d = last_day(rng, ("hire_agreement",), (days, days))
    else:
        items = hire_items(rng, rng.randint(2, 7))
        no = serial(rng, "HA-99999")
        d = some_day(rng)
    slip = keyed(who, "slip").random() < 0.4 and len(items) <= 5
    size = SLIP if slip else A5
    s = style_of(h, size, margin=20 if slip else 32, pt=8)
    w, hh = size
    m = s.margin
    p = Page(size)
    y = heading(p, s, h)
    title = tr(lg, "RETURN CHECKLIST", "RÜCKNAHMEPROTOKOLL", "BON DE RETOUR")
    p.text(m, y, title, s.bold, 11)
    y += 13
    p.text(m, y, f"{tr(lg, 'Agreement', 'Vertrag', 'Contrat')} {no}   {short(d, lg)}", s.font, 8)
    y += 16
    tk = [
        tr(lg, "Ret.", "Zur.", "Ret."),
        tr(lg, "Tested", "Gepr.", "Testé"),
        tr(lg, "Dmg", "Schad.", "Dom."),
    ]
    xs = [w - m - 3 * 24 + 24 * k for k in range(3)]
    for x, t in zip(xs, tk, strict=True):
        p.text(x, y, t, s.bold, 6.5)
    y += 6
    damaged = rng.randrange(len(items)) if rng.random() < 0.3 else -1
    for k, (name, sn, _) in enumerate(items):
        p.line(m, y, w - m, y)
        y += 12
        p.text(m, y, fit(name, s.font, 7.5, xs[0] - m - 6), s.font, 7.5)
        p.text(m, y + 9, sn, s.font, 6.5)
        for j, x in enumerate(xs):
            on = j < 2 or k == damaged
            if j == 2 and k != damaged:
                on = False
            box(p, x + 2, y + 2, on, 8)
        y += 14
    p.line(m, y, w - m, y)
    y += 16
    p.text(m, y, tr(lg, "Notes:", "Bemerkungen:", "Observations :"), s.bold, 8)
    y += 12
    note = ""
    if damaged >= 0:
        note = tr(
            lg,
            "grille cloth torn, input jack loose",
            "Frontbespannung eingerissen, Buchse lose",
            "toile déchirée, jack d'entrée desserré",
        )
    elif rng.random() < 0.4:
        note = tr(
            lg,
            "all OK, 1 cable missing (XLR 5m)",
            "alles ok, 1 XLR-Kabel 5 m fehlt",
            "RAS, manque 1 câble XLR 5 m",
        )
    if note:
        for ln in wrap(note, HAND, 9, w - 2 * m):
            hand(p, m, y, ln, 9)
            y += 12
    for _ in range(2):
        p.line(m, y + 4, w - m, y + 4)
        y += 14
    y = max(y + 26, hh - 70)
    half = (w - 2 * m) / 2 - 8
    sign_line(
        p, s, m, y, half, tr(lg, "Driver", "Fahrer", "Chauffeur"), person(keyed(who, "driver"), lg)
    )
    sign_line(
        p,
        s,
        m + half + 16,
        y,
        half,
        tr(lg, "Studio", "Studio", "Studio"),
        crew("engineer2") if rng.random() < 0.8 else "",
    )
    hand(
        p,
        m,
        y + 24,
        f"{short(d, lg)}  {rng.randint(9, 19)}:{rng.choice(['00', '15', '30', '45'])}",
        8.5,
    )
    remember(d)
    return [p]


REPAIR_FAULTS = {
    "mic": (
        "intermittent output, crackle when tapped",
        "Aussetzer, Knistern bei Erschütterung",
        "coupures, craquements au toucher",
    ),
    "amp": (
        "loud hum and no sound from channel 2",
        "starkes Brummen, Kanal 2 ohne Funktion",
        "ronflement fort, canal 2 muet",
    ),
    "tape": (
        "speed unstable, transport squeals",
        "Gleichlauf schwankt, Laufwerk quietscht",
        "vitesse instable, défilement bruyant",
    ),
    "keys": (
        "several keys dead, sustain noisy",
        "mehrere Tasten stumm, Sustain rauscht",
        "plusieurs touches muettes, sustain bruyant",
    ),
    "rack": (
        "right channel distorts above +10 dBu",
        "rechter Kanal verzerrt ab +10 dBu",
        "canal droit saturé au-delà de +10 dBu",
    ),
    "gtr": (
        "neck relief, fret buzz, scratchy pots",
        "Halskrümmung, Schnarren, kratzende Potis",
        "courbure du manche, frisage, potentiomètres",
    ),
}


#: What each kind of workshop repairs, by a word in its name.
TRADES = {
    "Mikrofon": ("mic", "rack"),
    "Electronics": ("mic", "rack", "tape", "keys"),
    "Électro": ("mic", "rack", "tape", "keys"),
    "Amp": ("amp", "rack", "tape"),
    "Röhren": ("amp", "rack", "tape"),
    "Guitar": ("gtr", "amp"),
    "Gitarren": ("gtr",),
    "Lutherie": ("gtr",),
}
PARTS = {
    "mic": "Capsule rebuild (diaphragm retension)|Output transformer|XLR socket|Tantalum "
    "capacitors (set)|Shock mount elastics|Head basket grille",
    "amp": "Power valves (matched quad)|Preamp valve ECC83|Filter capacitors (set)|Output "
    "jack|Bias trimmer|Mains fuse holder|Speaker 12 inch",
    "tape": "Pinch roller|Capstan motor bearings|Head relapping|Brake bands (set)|Relay|Lamp "
    "and tension arm spring",
    "keys": "Tines (set of 4)|Hammer tips|Damper felts|Pickup rewind|Tonewheel oiling|"
    "Percussion relay",
    "rack": "Op-amps (pair)|Potentiometer 10k log|Electrolytic recap kit|Relays (set)|"
    "Meter lamp|Power supply regulator",
    "gtr": "Fret dress and crown|Nut (bone)|Strings|Pots 500k (pair)|Output jack|Truss rod "
    "adjustment",
}


def repair_item(r: random.Random, h: Head) -> tuple[str, str, str]:
    kinds = next((v for k, v in TRADES.items() if k in h.name), tuple(REPAIR_FAULTS))
    name, kind, _ = r.choice([g for g in GEAR if g[1] in kinds and "grand" not in g[0]])
    return name, kind, serial(r, r.choice(["999999", "AA99999", "9999-999"]))


def kind_of(name: str) -> str:
    return next((k for n, k, _ in GEAR if n == name), "rack")


def tpl_repair_quote(rng: random.Random, who: Issuer) -> list[Page]:
    """A repair workshop's estimate for a studio microphone, amplifier or tape machine: the
    item and serial, the fault reported and found, parts and labour, validity; a tear-off slip
    to tick and return (proceed, return unrepaired, scrap)."""
    h = head_of(who, "repair", 0.15)
    lg = h.lang
    a5 = keyed(who, "a5").random() < 0.35
    s = style_of(h, A5 if a5 else A4, margin=36 if a5 else 0, pt=8.5 if a5 else 0)
    w, _ = s.page_size
    m = s.margin
    d = some_day(rng)
    name, kind, sn = repair_item(rng, h)
    no = serial(rng, rng.choice(["KV-99999", "Q9999", "D-2025-999", "EST/9999"]))
    job = serial(rng, "J99999")
    f = sheets(s, h, "")
    recipient(
        f,
        s,
        h,
        studio_lines(crew("engineer1")),
        d,
        [
            (tr(lg, "Estimate", "Kostenvoranschlag", "Devis"), no),
            (tr(lg, "Job", "Auftrag", "Fiche"), job),
        ],
    )
    caption(
        f, s, tr(lg, "Repair estimate", "Kostenvoranschlag Reparatur", "Devis de réparation"), 3
    )
    f.y = (
        pairs(
            f.page,
            s,
            m,
            f.y,
            [
                (tr(lg, "Item", "Gerät", "Appareil"), name),
                (tr(lg, "Serial no.", "Seriennummer", "N° de série"), sn),
                (
                    tr(lg, "Received", "Eingang", "Reçu le"),
                    short(d - timedelta(days=rng.randint(2, 10)), lg),
                ),
            ],
            w - m,
        )
        + 6
    )
    f.page.text(
        m,
        f.y,
        tr(lg, "Fault reported:", "Fehlerbeschreibung Kunde:", "Panne signalée :"),
        s.bold,
        s.size,
    )
    f.y += s.size * 1.5
    write(f, s, tr(lg, *REPAIR_FAULTS[kind]))
    f.page.text(m, f.y, tr(lg, "Our findings:", "Befund:", "Diagnostic :"), s.bold, s.size)
    f.y += s.size * 1.5
    write(f, s, words(rng, lg, "tech") + " " + words(rng, lg, "tech"))
    parts = [
        (
            part,
            rng.choice([1, 1, 2, 4]),
            rng.choice([4.5, 12.0, 18.9, 38.0, 65.0, 140.0]),
        )
        for part in rng.sample(PARTS[kind].split("|"), rng.randint(1, 4))
    ]
    rows = [[t, str(q), money(v, lg), money(q * v, lg)] for t, q, v in parts]
    hrs = rng.choice([0.5, 1.0, 1.5, 2.0, 3.0, 4.5])
    lab = rng.choice([55.0, 65.0, 72.0, 85.0])
    rows.append(
        [
            tr(lg, "Labour", "Arbeitszeit", "Main d'oeuvre"),
            qty(hrs, lg),
            money(lab, lg),
            money(hrs * lab, lg),
        ]
    )
    net = sum(q * v for _, q, v in parts) + hrs * lab
    table(
        f,
        grid(m, w - m, [(4, "left"), (0.6, "right"), (1, "right"), (1.1, "right")]),
        [
            tr(lg, "Parts / work", "Material / Arbeit", "Pièces / travaux"),
            tr(lg, "Qty", "Menge", "Qté"),
            tr(lg, "Unit", "Einzel", "P.U."),
            tr(lg, "Amount", "Betrag", "Montant"),
        ],
        rows,
        s,
        rules=True,
    )
    totals(f, s, lg, round(net, 2), vat_rate(lg) if lg == home() else 0)
    write(
        f,
        s,
        tr(
            lg,
            "This estimate is valid for 30 days. If the repair is declined "
            f"an inspection fee of {cash(rng.choice([25, 35, 40]), lg)} "
            "applies.",
            "Gültig 30 Tage. Bei Ablehnung berechnen wir eine Prüfpauschale "
            f"von {cash(rng.choice([25, 35, 40]), lg)}.",
            "Devis valable 30 jours. En cas de refus, un forfait diagnostic "
            f"de {cash(rng.choice([25, 35, 40]), lg)} sera facturé.",
        ),
        s.size - 1,
    )
    f.need(110)
    f.y = max(f.y + 8, f.bottom - 96)
    slip_rule(
        f.page,
        m,
        w - m,
        f.y,
        tr(lg, "Please return this slip", "Bitte abtrennen und zurücksenden", "Coupon à retourner"),
    )
    f.y += 18
    f.page.text(
        m,
        f.y,
        f"{tr(lg, 'Estimate', 'KV', 'Devis')} {no} - {fit(name, s.font, 8, w / 2)}",
        s.bold,
        8,
    )
    f.y += 14
    choice = rng.choice([0, 0, 0, 1, 2]) if rng.random() < 0.6 else -1
    f.y = ticks(
        f.page,
        s,
        m,
        f.y,
        w - 2 * m,
        [
            tr(lg, "Please proceed", "Reparatur ausführen", "Bon pour accord"),
            tr(lg, "Return unrepaired", "Unrepariert zurück", "Retour sans réparation"),
            tr(lg, "Dispose of item", "Entsorgen", "À détruire"),
        ],
        {choice} if choice >= 0 else set(),
        8,
    )
    if choice >= 0:
        sign_line(
            f.page,
            s,
            m,
            f.y + 22,
            150,
            tr(lg, "Signature / date", "Unterschrift / Datum", "Signature / date"),
            crew("owner"),
        )
    else:
        sign_line(
            f.page,
            s,
            m,
            f.y + 22,
            150,
            tr(lg, "Signature / date", "Unterschrift / Datum", "Signature / date"),
        )
    remember(d, (h.name, name, sn, no, round(net, 2), job))
    return close(f.pages, s, h)


def tpl_repair_invoice(rng: random.Random, who: Issuer) -> list[Page]:
    """The workshop's invoice for a repair with its service report behind: the work done, the
    measurements after repair in a table (frequency response, noise, distortion or wow and
    flutter), the technician's initials and the test stamp."""
    h = head_of(who, "repair", 0.15)
    lg = h.lang
    s = style_of(h)
    w, _ = s.page_size
    m = s.margin
    ex = LAST["extra"]
    if after(("repair_quote",)) and isinstance(ex, tuple) and ex[0] == h.name:
        _, name, sn, est, net, job = ex
        d = last_day(rng, ("repair_quote",), (6, 20))
    else:
        name, _, sn = repair_item(rng, h)
        est, net, job = "", round(rng.uniform(60, 480), 2), serial(rng, "J99999")
        d = some_day(rng)
    no = serial(rng, rng.choice(["R-99999", "2025/999", "F99999"]))
    f = sheets(s, h, f"{h.name} - {no}")
    refs = [
        (tr(lg, "Invoice", "Rechnung", "Facture"), no),
        (tr(lg, "Job", "Auftrag", "Fiche"), job),
    ]
    if est:
        refs.append((tr(lg, "Estimate", "KV", "Devis"), est))
    recipient(f, s, h, studio_lines(), d, refs)
    caption(f, s, tr(lg, "INVOICE", "RECHNUNG", "FACTURE"), 3)
    write(f, s, f"{name} - {tr(lg, 'serial', 'S/N', 'n° série')} {sn}")
    rows = [
        [
            tr(
                lg,
                "Repair as per estimate" if est else "Repair and service",
                "Reparatur gemäß Kostenvoranschlag" if est else "Reparatur und Wartung",
                "Réparation selon devis" if est else "Réparation et révision",
            ),
            money(net, lg),
        ]
    ]
    extra = 0.0
    if rng.random() < 0.4:
        extra = rng.choice([12.5, 18.0, 24.0])
        rows.append(
            [
                tr(
                    lg,
                    "Return carriage (insured)",
                    "Versand versichert",
                    "Retour transporteur assuré",
                ),
                money(extra, lg),
            ]
        )
    table(
        f,
        grid(m, w - m, [(5, "left"), (1.2, "right")]),
        [tr(lg, "Description", "Leistung", "Désignation"), tr(lg, "Amount", "Betrag", "Montant")],
        rows,
        s,
    )
    foreign = lg != home()
    totals(
        f,
        s,
        lg,
        net + extra,
        0 if foreign else vat_rate(lg),
        note=tr(
            lg,
            "3 months' warranty on the work carried out. Payment within 14 days.",
            "Gewährleistung 3 Monate auf die ausgeführten Arbeiten. Zahlbar sofort ohne Abzug.",
            "Garantie 3 mois sur la réparation. Paiement à réception.",
        ),
    )
    pages = f.pages
    if rng.random() < 0.8:
        r = Page(A4)
        y = heading(r, s, h)
        r.text(
            m,
            y,
            tr(lg, "SERVICE REPORT", "PRÜFPROTOKOLL / SERVICEBERICHT", "RAPPORT D'INTERVENTION"),
            s.bold,
            12,
        )
        y += 14
        y = fields(
            r,
            s,
            m,
            y,
            w - 2 * m,
            [
                (tr(lg, "Item", "Gerät", "Appareil"), name),
                (tr(lg, "Serial", "S/N", "N° série"), sn),
                (tr(lg, "Job", "Auftrag", "Fiche"), job),
                (tr(lg, "Technician", "Techniker", "Technicien"), person(keyed(who, "tech"), lg)),
            ],
            hand=rng.random() < 0.5,
        )
        r.text(
            m,
            y,
            tr(lg, "Work carried out", "Durchgeführte Arbeiten", "Travaux effectués"),
            s.bold,
            9,
        )
        y += 14
        for _ in range(rng.randint(3, 6)):
            r.text(
                m + 6,
                y,
                "- " + fit(words(rng, lg, "tech", rng.randint(5, 9)), s.font, 8.5, w - 2 * m - 12),
                s.font,
                8.5,
            )
            y += 12
        y += 10
        r.text(
            m,
            y,
            tr(
                lg,
                "Measurements after repair",
                "Messwerte nach Reparatur",
                "Mesures après réparation",
            ),
            s.bold,
            9,
        )
        y += 8
        gtr = kind_of(name) == "gtr"
        heads = [
            tr(lg, "Test", "Messung", "Mesure"),
            tr(lg, "Before", "Vorher", "Avant") if gtr else "L",
            tr(lg, "After", "Nachher", "Après") if gtr else "R",
            tr(lg, "Spec", "Soll", "Tolérance"),
            "OK",
        ]
        cols = grid(
            m, w - m, [(3, "left"), (1, "right"), (1, "right"), (1.4, "right"), (0.5, "center")]
        )
        tests = [
            ("20 Hz", "dB"),
            ("100 Hz", "dB"),
            ("1 kHz", "dB"),
            ("10 kHz", "dB"),
            ("20 kHz", "dB"),
            ("THD 1 kHz", "%"),
            ("S/N (A)", "dB"),
            ("Wow & flutter", "%"),
        ]
        if gtr:
            tests = [
                (
                    tr(lg, "Action 12th fret E6", "Saitenlage 12. Bund E6", "Action case 12 Mi6"),
                    "mm",
                ),
                (
                    tr(lg, "Action 12th fret E1", "Saitenlage 12. Bund E1", "Action case 12 Mi1"),
                    "mm",
                ),
                (tr(lg, "Neck relief", "Halskrümmung", "Courbure du manche"), "mm"),
                (tr(lg, "Nut height 1st fret", "Sattelhöhe 1. Bund", "Hauteur sillet"), "mm"),
                (tr(lg, "Pickup height", "Tonabnehmerhöhe", "Hauteur micros"), "mm"),
            ]
        y += 10
        for c, t in zip(cols, heads, strict=True):
            r.text(
                c[0] if c[2] != "right" else c[1],
                y,
                t,
                s.bold,
                8,
                "right" if c[2] == "right" else "left",
            )
        y += 4
        r.line(m, y, w - m, y)
        y += 12
        for t, u in tests[: rng.randint(5, 8)]:
            v1 = (
                rng.uniform(-0.8, 0.6)
                if u == "dB" and "S/N" not in t
                else rng.uniform(0.02, 0.3)
                if u == "%"
                else rng.uniform(68, 84)
            )
            v2 = v1 + rng.uniform(-0.2, 0.2)
            if u == "mm":
                v1, v2 = rng.uniform(0.3, 3.4), rng.uniform(0.2, 2.2)
            r.text(cols[0][0], y, t, s.font, 8)
            hand(
                r,
                cols[1][1] - 30,
                y,
                f"{v1:+.1f}" if u == "dB" and "S/N" not in t else f"{v1:.2f}",
                8.5,
            )
            hand(
                r,
                cols[2][1] - 30,
                y,
                f"{v2:+.1f}" if u == "dB" and "S/N" not in t else f"{v2:.2f}",
                8.5,
            )
            r.text(
                cols[3][1],
                y,
                "+/-1 dB"
                if u == "dB" and "S/N" not in t
                else "< 0.3 %"
                if u == "%"
                else "> 65 dB"
                if u == "dB"
                else "-",
                s.font,
                8,
                "right",
            )
            hand(r, (cols[4][0] + cols[4][1]) / 2 - 4, y, "x", 9)
            y += 14
        y += 20
        seal(r, w - m - 60, y + 30, 34, tr(lg, "TESTED", "GEPRÜFT", "CONTRÔLÉ"), short(d, lg))
        sign_line(
            r,
            s,
            m,
            y + 40,
            170,
            tr(lg, "Technician", "Techniker", "Technicien"),
            person(keyed(who, "tech"), lg),
        )
        pages.append(r)
    received(rng, pages[0], d)
    remember(d)
    return close(pages, s, h, numbers="none" if len(pages) == 1 else h.numbers)


HOUSE_RULES = {
    "en": [
        "Rooms are hired for the booked slot only; please leave on time for the next band.",
        "No smoking, vaping or open flames anywhere in the building.",
        "Keep the volume within reasonable limits and the doors shut at all times.",
        "No playing after 23:00; the building is next to housing.",
        "The studio's backline must not be moved between rooms.",
        "Report any damage or fault to the studio manager the same day.",
        "Keys and fobs must not be copied or lent to third parties.",
        "Take all rubbish and empties with you.",
        "The hirer is responsible for their own equipment left in the room.",
        "Breaches of these rules may lead to termination without notice.",
    ],
    "de": [
        "Die Räume dürfen nur in der gebuchten Zeit genutzt werden.",
        "Im gesamten Gebäude gilt Rauchverbot.",
        "Türen sind während des Spielens geschlossen zu halten.",
        "Ab 22:00 Uhr gilt Zimmerlautstärke im Treppenhaus und Hof.",
        "Das Equipment des Studios verbleibt im jeweiligen Raum.",
        "Schäden sind unverzüglich der Studioleitung zu melden.",
        "Schlüssel dürfen nicht nachgemacht oder weitergegeben werden.",
        "Müll und Leergut sind mitzunehmen.",
        "Für eingelagertes eigenes Equipment haftet der Mieter selbst.",
        "Verstöße berechtigen zur fristlosen Kündigung.",
    ],
    "fr": [
        "Les locaux ne sont utilisables que pendant le créneau réservé.",
        "Il est interdit de fumer dans l'ensemble du bâtiment.",
        "Les portes des studios doivent rester fermées pendant les répétitions.",
        "Aucune répétition après 23 h, le bâtiment jouxte des habitations.",
        "Le matériel du studio ne doit pas être déplacé d'une salle à l'autre.",
        "Tout dommage doit être signalé le jour même au responsable.",
        "Les badges et clés ne peuvent être ni copiés ni prêtés.",
        "Les déchets et bouteilles doivent être emportés.",
        "Le matériel personnel laissé sur place l'est aux risques du locataire.",
        "Tout manquement peut entraîner la résiliation immédiate.",
    ],
}


def tpl_rehearsal_contract(rng: random.Random, who: Issuer) -> list[Page]:
    """The studio's rehearsal room hire contract with a band: the parties, the room and weekly
    slot, monthly fee, key deposit, notice period; the house rules on a page of their own; in
    Germany and France a SEPA mandate, in England a standing order form."""
    h = studio_head()
    lg = h.lang
    band_h = artist_of(who, 0.0)
    s = style_of(h, A4)
    w, _ = s.page_size
    m = s.margin
    d = some_day(rng)
    title = tr(
        lg,
        "Rehearsal Room Hire Agreement",
        "Mietvertrag Proberaum",
        "Contrat de location de local de répétition",
    )
    f = sheets(s, h, f"{title} - {band_h.name}")
    caption(f, s, title, 4)
    room = rng.choice(["1", "2", "3", "4"])
    slot = rng.choice(
        tr(
            lg,
            "Monday|Tuesday|Wednesday|Thursday|Sunday",
            "Montag|Dienstag|Mittwoch|Donnerstag|Sonntag",
            "lundi|mardi|mercredi|jeudi|dimanche",
        ).split("|")
    )
    hours = rng.choice(["18:00-22:00", "19:00-23:00", "14:00-18:00", "10:00-14:00"])
    fee = (
        rng.choice([180, 220, 260, 300, 340])
        if lg == "en"
        else rng.choice([160, 210, 250, 290, 330])
    )
    dep = rng.choice([50, 100, 150])
    shared = rng.random() < 0.4
    rep = person(keyed(who, "contact"), band_h.lang)
    f.y = fields(
        f.page,
        s,
        m,
        f.y,
        w - 2 * m,
        [
            (tr(lg, "Hirer (band)", "Mieter (Band)", "Locataire (groupe)"), band_h.name),
            (tr(lg, "Band representative", "Vertreten durch", "Représenté par"), rep),
            (tr(lg, "Address", "Anschrift", "Adresse"), f"{band_h.street}, {band_h.town}"),
            (
                tr(lg, "Phone / e-mail", "Telefon / E-Mail", "Téléphone / e-mail"),
                band_h.phone or f"07{rng.randint(100, 999)} {rng.randint(100000, 999999)}",
            ),
            (
                tr(lg, "Room", "Raum", "Salle"),
                f"{tr(lg, 'Room', 'Raum', 'Salle')} {room}"
                + (tr(lg, " (shared)", " (geteilt)", " (partagée)") if shared else ""),
            ),
            (
                tr(lg, "Weekly slot", "Wöchentliche Zeit", "Créneau hebdomadaire"),
                f"{slot} {hours}"
                if shared
                else tr(lg, "24 h access", "rund um die Uhr", "accès 24 h/24"),
            ),
            (
                tr(lg, "Start date", "Mietbeginn", "Date de début"),
                short(d + timedelta(days=rng.randint(3, 20)), lg),
            ),
            (
                tr(lg, "Monthly fee", "Monatsmiete", "Loyer mensuel"),
                cash(fee, lg) + tr(lg, " incl. VAT", " inkl. USt.", " TTC"),
            ),
            (tr(lg, "Key deposit", "Schlüsselkaution", "Caution badge"), cash(dep, lg)),
            (
                tr(lg, "Notice period", "Kündigungsfrist", "Préavis"),
                tr(lg, "one month", "1 Monat zum Monatsende", "un mois"),
            ),
        ],
        hand=rng.random() < 0.5,
    )
    for k, t in enumerate(
        [
            tr(
                lg,
                "The room is let for rehearsal purposes only; recording "
                "for release requires a separate booking.",
                "Der Raum wird ausschließlich zu Probezwecken vermietet.",
                "Le local est loué exclusivement pour des répétitions.",
            ),
            tr(
                lg,
                "The fee is payable monthly in advance by standing order on the 1st.",
                "Die Miete ist monatlich im Voraus bis zum 3. Werktag zu zahlen.",
                "Le loyer est payable d'avance le 1er de chaque mois par prélèvement.",
            ),
            words(rng, lg, "legal"),
            words(rng, lg, "legal"),
            tr(
                lg,
                "The house rules attached form part of this agreement.",
                "Die beigefügte Hausordnung ist Bestandteil des Vertrags.",
                "Le règlement intérieur ci-joint fait partie du contrat.",
            ),
        ],
        1,
    ):
        write(f, s, f"{k}. {t}", s.size - 0.5)
    f.need(90)
    f.y += 30
    half = (w - 2 * m) / 2 - 20
    sign_line(
        f.page,
        s,
        m,
        f.y,
        half,
        tr(lg, "For the studio", "Für das Studio", "Pour le studio"),
        crew("manager"),
    )
    sign_line(
        f.page,
        s,
        w / 2 + 10,
        f.y,
        half,
        tr(lg, "For the band", "Für die Band", "Pour le groupe"),
        rep,
    )
    f.y += 20
    pages = f.pages
    hp = Page(A4)
    y = m + 6
    hp.text(
        w / 2,
        y,
        tr(lg, "HOUSE RULES", "HAUSORDNUNG PROBERÄUME", "RÈGLEMENT INTÉRIEUR"),
        s.bold,
        14,
        "center",
    )
    y += 34
    for k, t in enumerate(HOUSE_RULES[lg], 1):
        for j, ln in enumerate(wrap(t, s.font, s.size, w - 2 * m - 20)):
            if j == 0:
                hp.text(m, y, f"{k}.", s.bold, s.size)
            hp.text(m + 20, y, ln, s.font, s.size)
            y += s.size * 1.4
        y += 8
    y += 20
    hp.text(
        m,
        y,
        tr(lg, "Read and accepted:", "Zur Kenntnis genommen:", "Lu et approuvé :"),
        s.font,
        s.size,
    )
    scrawl(hp, m + 120, y, rep)
    pages.append(hp)
    if rng.random() < 0.6:
        mp = Page(A4)
        y = m
        if lg == "en":
            mp.text(m, y, "STANDING ORDER MANDATE", s.bold, 13)
            y += 24
            y = fields(
                mp,
                s,
                m,
                y,
                w - 2 * m,
                [
                    (
                        "To: the Manager (bank name)",
                        rng.choice(["Barclays", "NatWest", "Monzo Business", "Lloyds"]),
                    ),
                    ("Branch address", ""),
                    ("Account name", band_h.name),
                    (
                        "Sort code / account no.",
                        f"{rng.randint(10, 99)}-{rng.randint(10, 99)}-{rng.randint(10, 99)} "
                        f" {rng.randint(10000000, 99999999)}",
                    ),
                    ("Please pay", h.name),
                    ("Sort code / account", studio_bank()),
                    ("Amount", cash(fee, lg)),
                    ("Starting / frequency", f"{short(d + timedelta(days=10), lg)} monthly"),
                    ("Reference", f"ROOM{room}-{band_h.name.split()[0].upper()[:6]}"),
                ],
                per=2,
                tall=30,
            )
        else:
            mp.text(
                m, y, tr(lg, "", "SEPA-Lastschriftmandat", "MANDAT DE PRÉLÈVEMENT SEPA"), s.bold, 13
            )
            y += 16
            mp.text(
                m,
                y,
                f"{tr(lg, '', 'Gläubiger-Identifikationsnummer', 'ICS')}: "
                f"{'DE' if lg == 'de' else 'FR'}"
                f"{rng.randint(10, 99)}ZZZ{serial(rng, '00000999999')}"
                " "
                f"  {tr(lg, '', 'Mandatsreferenz', 'RUM')}: {serial(rng, 'PR-9999')}",
                s.font,
                8,
            )
            y += 16
            for ln in wrap(
                tr(
                    lg,
                    "",
                    f"Ich ermächtige {h.name}, Zahlungen von meinem Konto mittels "
                    "Lastschrift einzuziehen. Zugleich weise ich mein Kreditinstitut "
                    f"an, die von {h.name} auf mein Konto gezogenen Lastschriften "
                    "einzulösen. Hinweis: Ich kann innerhalb von acht Wochen, "
                    "beginnend mit dem Belastungsdatum, die Erstattung des belasteten "
                    "Betrages verlangen.",
                    f"En signant ce formulaire de mandat, vous autorisez {h.name} "
                    "à envoyer des instructions à votre banque pour débiter "
                    "votre compte, et votre banque à débiter votre compte conformément "
                    f"aux instructions de {h.name}. Vous bénéficiez du droit "
                    "d'être remboursé par votre banque dans les huit semaines.",
                ),
                s.font,
                8,
                w - 2 * m,
            ):
                mp.text(m, y, ln, s.font, 8)
                y += 10.5
            y += 10
            y = fields(
                mp,
                s,
                m,
                y,
                w - 2 * m,
                [
                    (tr(lg, "", "Kontoinhaber", "Titulaire du compte"), rep),
                    (tr(lg, "", "Anschrift", "Adresse"), f"{band_h.street}, {band_h.town}"),
                    ("IBAN", bank_line(lg, rng).replace("IBAN ", "")),
                    ("BIC", serial(rng, "AAAAAA9A")),
                    (
                        tr(lg, "", "Ort, Datum", "Lieu, date"),
                        f"{band_h.town.split()[-1]}, {short(d, lg)}",
                    ),
                    ("", ""),
                ],
                per=2,
                tall=30,
            )
        sign_line(mp, s, m, y + 30, 200, tr(lg, "Signature(s)", "Unterschrift", "Signature"), rep)
        pages.append(mp)
    remember(d)
    return close(pages, s, h)


# ---------------------------------------------------------------------------------------------
# Templates TTTT: collecting societies
# ---------------------------------------------------------------------------------------------

SOURCES = {
    "PRS for Music": [
        "Broadcast - BBC Radio",
        "Broadcast - Commercial radio",
        "Online - Spotify",
        "Online - YouTube",
        "Public performance - Live",
        "Public performance - General",
        "International - GEMA",
        "International - SACEM",
    ],
    "PPL": [
        "UK Broadcast - BBC",
        "UK Broadcast - Commercial",
        "UK Public Performance",
        "International - GVL",
        "International - SPEDIDAM",
        "UK Dubbing",
    ],
    "GEMA": [
        "R - Rundfunk Hörfunk",
        "FS - Fernsehen",
        "U - Unterhaltungsmusik live",
        "MOD - Online Streaming",
        "VR - Vervielfältigung Tonträger",
        "A - Ausland (PRS)",
        "A - Ausland (SACEM)",
    ],
    "GVL": [
        "Hörfunk öffentlich-rechtlich",
        "Hörfunk privat",
        "Öffentliche Wiedergabe",
        "Private Vervielfältigung",
        "Ausland",
        "Webradio / Simulcast",
    ],
    "SACEM": [
        "Radio - Radio France",
        "Radio - privées",
        "Télévision",
        "Spectacles vivants",
        "Phono / vidéo (SDRM)",
        "Internet - Streaming",
        "Étranger - PRS",
        "Étranger - GEMA",
    ],
    "SPEDIDAM": [
        "Rémunération équitable - Radio",
        "Rémunération équitable - Lieux sonorisés",
        "Copie privée sonore",
        "Copie privée audiovisuelle",
        "Étranger",
    ],
}


def tpl_rights_statement(rng: random.Random, who: Issuer) -> list[Page]:
    """A collecting society's distribution statement to the owner as a writer or performer
    member: the summary page with member number, distribution, totals by source and the
    payment, then the detail lines work by work on landscape pages with a running header and
    page numbers."""
    h = head_of(who, "society")
    lg = h.lang
    society = h.name.split(" - ")[0]
    key = "GVL" if society.startswith("GVL") else society
    s = style_of(h, A4, pt=9)
    w, _ = s.page_size
    m = s.margin
    d = some_day(rng)
    member = serial(keyed(who, "member"), "99999999" if key != "SACEM" else "999 999")
    ex = LAST["extra"]
    run = after(("rights_statement",)) and isinstance(ex, tuple) and ex[0] == h.name
    q = int(ex[1]) - 1 if run and isinstance(ex, tuple) else rng.choice([1, 2, 3, 4])
    q = q if q >= 1 else 4
    dist = tr(
        lg,
        f"Distribution Q{q} {d.year}",
        f"Ausschüttung {d.year}-{q}",
        f"Répartition {('janvier', 'avril', 'juillet', 'octobre')[q - 1]} {d.year}",
    )
    f = sheets(s, h, f"{society} - {dist} - {member}")
    own = crew("owner")
    recipient(
        f,
        s,
        h,
        [own, *studio_lines()[1:]]
        if rng.random() < 0.6
        else [own, studio_row()[1], studio_row()[2]],
        d,
        [
            (tr(lg, "Member no.", "Mitglieds-Nr.", "N° sociétaire"), member),
            ("IPI", serial(keyed(who, "ipi"), "999999999")),
        ],
    )
    caption(
        f,
        s,
        tr(lg, "Statement of distribution", "Abrechnung / Kontoauszug", "Relevé de répartition")
        + f" - {dist}",
        2,
    )
    srcs = rng.sample(SOURCES[key], rng.randint(3, len(SOURCES[key])))
    amounts = [round(rng.uniform(3, 420) * (1 if rng.random() < 0.8 else 6), 2) for _ in srcs]
    table(
        f,
        grid(m, w - m, [(4, "left"), (1.2, "right")]),
        [tr(lg, "Source", "Sparte", "Source"), tr(lg, "Amount", "Betrag", "Montant")],
        [[t, money(v, lg)] for t, v in zip(srcs, amounts, strict=True)],
        s,
        rules=True,
    )
    tot = sum(amounts)
    rows = [(tr(lg, "Total this distribution", "Summe Ausschüttung", "Total répartition"), tot)]
    if rng.random() < 0.4:
        adj = round(rng.uniform(-40, 25), 2)
        rows.append(
            (tr(lg, "Adjustments previous periods", "Nachverrechnungen", "Régularisations"), adj)
        )
        tot += adj
    if key in ("GEMA", "SACEM") or rng.random() < 0.3:
        fee = -round(tot * 0.04, 2) if key == "SACEM" else 0.0
        if fee:
            rows.append(("Prélèvement action culturelle", fee))
            tot += fee
    if lg != "en" and rng.random() < 0.6:
        vat = round(tot * (0.07 if lg == "de" else 0.1), 2)
        rows.append((tr(lg, "", "zzgl. 7 % USt.", "TVA 10 %"), vat))
        tot += vat
    rows.append((tr(lg, "Amount paid", "Auszahlungsbetrag", "Net à payer"), tot))
    for k, (t, v) in enumerate(rows):
        b = s.bold if k == len(rows) - 1 else s.font
        f.page.text(w * 0.45, f.y, t, b, s.size)
        f.page.text(w - m, f.y, cash(v, lg), b, s.size, "right")
        f.y += s.size * 1.5
    f.y += 8
    write(
        f,
        s,
        tr(
            lg,
            f"Paid by bank transfer on {day(h, d + timedelta(days=3))} "
            f"to the account ending {rng.randint(1000, 9999)}.",
            f"Die Überweisung erfolgt am {day(h, d + timedelta(days=3))} "
            f"auf das Konto mit der Endung {rng.randint(1000, 9999)}.",
            f"Virement effectué le {day(h, d + timedelta(days=3))} sur "
            f"le compte se terminant par {rng.randint(1000, 9999)}.",
        ),
        s.size - 1,
    )
    write(
        f,
        s,
        tr(
            lg,
            "Detailed usage lines follow. Queries must be raised within "
            "12 months of the distribution date.",
            "Die Einzelaufstellung finden Sie auf den folgenden Seiten. "
            "Reklamationen sind innerhalb von 12 Monaten möglich.",
            "Le détail par oeuvre figure en annexe. Toute réclamation "
            "doit être formulée dans un délai de 12 mois.",
        ),
        s.size - 1,
    )
    pages = f.pages
    sz = landscape(A4)
    s2 = style_of(h, sz, margin=36, pt=7.5)
    g = plain(
        s2, f"{society} - {dist} - {tr(lg, 'Member', 'Mitglied', 'Sociétaire')} {member} - {own}"
    )
    g.y = 40
    caption(
        g, s2, tr(lg, "Detail of distribution", "Einzelaufstellung", "Détail de la répartition"), 2
    )
    r = keyed(who, "works")
    works = songs(r, home(), 14)
    lines = []
    for _ in range(rng.choice([12, 24, 40, 70])):
        wk = rng.choice(works)
        lines.append(
            [
                serial(r, "999999999")[:8]
                if key != "PPL"
                else f"{ {'en': 'GB', 'de': 'DE', 'fr': 'FR'}[home()] }"
                f"{serial(rng, 'AA9')}{rng.randint(10, 25)}"
                f"{serial(rng, '99999')}",
                wk,
                rng.choice(srcs),
                rng.choice(["UK", "DE", "FR", "IE", "NL", "BE", "US", "AT", "CH"]),
                f"{rng.choice(['2023', '2024'])}/{rng.randint(1, 12):02d}",
                str(rng.randint(1, 4000)),
                f"{rng.choice([8.33, 16.67, 25, 33.33, 50, 100]):.2f}",
                money(round(rng.uniform(0.01, 60), 2), lg),
            ]
        )
    table(
        g,
        grid(
            36,
            sz[0] - 36,
            [
                (1.3, "left"),
                (2.6, "left"),
                (2.8, "left"),
                (0.6, "left"),
                (0.9, "left"),
                (0.8, "right"),
                (0.8, "right"),
                (1, "right"),
            ],
        ),
        [
            tr(lg, "Work no." if key != "PPL" else "ISRC", "Werk-Nr.", "Code oeuvre"),
            tr(lg, "Title", "Titel", "Titre"),
            tr(lg, "Source", "Sparte", "Source"),
            tr(lg, "Terr.", "Land", "Pays"),
            tr(lg, "Period", "Zeitraum", "Période"),
            tr(lg, "Perf.", "Nutz.", "Diff."),
            tr(lg, "Share %", "Anteil %", "Part %"),
            tr(lg, "Amount", "Betrag", "Montant"),
        ],
        lines,
        s2,
        size=7.5,
        step=1.5,
        shade=0.9,
    )
    pages += g.pages
    remember(d, (h.name, q))
    return close(
        pages,
        s,
        h,
        numbers="Page {i} of {n}"
        if lg == "en"
        else "Seite {i} von {n}"
        if lg == "de"
        else "Page {i}/{n}",
    )


def tpl_mechanical_licence(rng: random.Random, who: Issuer) -> list[Page]:
    """A mechanical society's licence for a client's small pressing made through the studio:
    licence number, product (CD or vinyl, catalogue number, units), the work list with
    writers, publishers and durations, the royalty calculation and the licence conditions."""
    h = head_of(who, "mech")
    lg = h.lang
    s = style_of(h, A4, pt=9)
    w, _ = s.page_size
    m = s.margin
    d = some_day(rng)
    art = artist_of(who, 0.0)
    lic = serial(
        rng, {"en": "MCPS/AP1/9999999", "de": "VR-99-999999", "fr": "SDRM/AUT/9999-99999"}[lg]
    )
    f = sheets(s, h, f"{h.name} - {lic}")
    recipient(
        f,
        s,
        h,
        studio_lines(tr(lg, "Production / manufacturing", "Herstellung", "Fabrication")),
        d,
        [(tr(lg, "Licence no.", "Lizenz-Nr.", "Autorisation n°"), lic)],
    )
    caption(
        f,
        s,
        tr(
            lg,
            "Licence to reproduce musical works (AP1 - limited manufacture)",
            "Vervielfältigungslizenz Tonträger (Kleinauflage)",
            "Autorisation de reproduction mécanique (petit tirage)",
        ),
        1,
    )
    fmt = rng.choice(["CD", "CD", 'LP 12"', '7" single', "Cassette"])
    units = rng.choice([100, 200, 300, 500, 1000])
    price = rng.choice([10.0, 12.0, 15.0, 20.0, 22.0])
    cat = serial(rng, "AAA999")
    f.y = (
        pairs(
            f.page,
            s,
            m,
            f.y,
            [
                (
                    tr(lg, "Licensee", "Lizenznehmer", "Bénéficiaire"),
                    f"{art.name} c/o {studio_row()[0]}",
                ),
                (
                    tr(lg, "Product / format", "Produkt / Format", "Produit / support"),
                    f"{fmt} - {art.name}",
                ),
                (tr(lg, "Catalogue no.", "Katalog-Nr.", "Référence catalogue"), cat),
                (
                    tr(lg, "Units licensed", "Lizenzierte Menge", "Quantité autorisée"),
                    qty(units, lg),
                ),
                (
                    tr(lg, "Published dealer price", "Händlerabgabepreis", "Prix de gros HT"),
                    cash(price, lg),
                ),
                (
                    tr(lg, "Pressing plant", "Presswerk", "Usine de pressage"),
                    rng.choice(
                        [
                            "GZ Media a.s., Loděnice",
                            "Optimal Media GmbH, Röbel",
                            "MPO France, Averton",
                            "Key Production, London",
                        ]
                    ),
                ),
            ],
            w - m,
        )
        + 8
    )
    r = keyed(who, "songs")
    titles = songs(r, art.lang, rng.randint(4, 12))
    rows = []
    for t in titles:
        sec = rng.randint(150, 330)
        rows.append(
            [
                t,
                f"{person(rng, art.lang)} / {person(rng, art.lang)}"
                if rng.random() < 0.5
                else person(rng, art.lang),
                rng.choice(
                    [
                        "-",
                        "-",
                        "Sony Music Publishing",
                        "Edition Nordlicht",
                        "Éditions du Quai",
                        "Warner Chappell",
                    ]
                ),
                duration(sec),
                "100" if rng.random() < 0.8 else str(rng.choice([50, 75])),
            ]
        )
    table(
        f,
        grid(m, w - m, [(2.6, "left"), (3, "left"), (2, "left"), (0.8, "right"), (0.7, "right")]),
        [
            tr(lg, "Title", "Titel", "Titre"),
            tr(lg, "Writers", "Urheber", "Auteurs / compositeurs"),
            tr(lg, "Publisher", "Verlag", "Éditeur"),
            tr(lg, "Dur.", "Dauer", "Durée"),
            "%",
        ],
        rows,
        s,
        rules=True,
        size=8,
    )
    pct = {"en": 8.5, "de": 9.009, "fr": 9.009}[lg]
    roy = round(units * price * pct / 100, 2)
    f.y += 6
    f.y = pairs(
        f.page,
        s,
        w * 0.45,
        f.y,
        [
            (
                tr(
                    lg,
                    f"Royalty {pct}% of PPD x units",
                    f"Lizenz {pct} % x HAP x Menge",
                    f"Redevance {pct} % x PGHT x quantité",
                ),
                cash(roy, lg),
            ),
            (
                tr(lg, "Admin fee", "Bearbeitungsgebühr", "Frais de dossier"),
                cash(rng.choice([15, 20, 25]), lg),
            ),
        ],
        w - m,
        s.size,
    )
    write(
        f,
        s,
        tr(
            lg,
            "This licence is granted subject to the conditions overleaf "
            "and is valid only for the product and quantity stated. "
            "Royalties are payable before manufacture.",
            "Die Lizenz gilt nur für das angegebene Produkt und die "
            "angegebene Menge; die Vergütung ist vor Herstellung zu "
            "entrichten.",
            "La présente autorisation ne vaut que pour le support et "
            "la quantité indiqués ; les droits sont payables avant fabrication.",
        ),
        s.size - 1,
    )
    f.need(70)
    f.y += 10
    seal(f.page, w - m - 60, f.y + 28, 30, h.name.split(" - ")[0], short(d, lg))
    f.page.text(
        m,
        f.y + 20,
        tr(lg, "Licensing Department", "Abteilung Lizenzierung", "Service des autorisations"),
        s.font,
        s.size - 1,
    )
    pages = f.pages
    pages.append(
        small_print(
            rng,
            s,
            lg,
            tr(
                lg,
                "Licence conditions",
                "Lizenzbedingungen",
                "Conditions générales de l'autorisation",
            ),
            tr(
                lg,
                "Scope|Payment|Label copy|Credits|Returns and audit|Exports|Termination|Data "
                "protection",
                "Umfang|Zahlung|Labelangaben|Nennung|Prüfrecht|Export|Widerruf|Datenschutz",
                "Étendue|Paiement|Mentions obligatoires|Crédits|Contrôle|Exportation|"
                "Résiliation|Données personnelles",
            ).split("|"),
            "legal",
        )
    )
    received(rng, pages[0], d)
    remember(d)
    return close(pages, s, h)


# ---------------------------------------------------------------------------------------------
# Templates TTTT: the building (soundproofing, insurance, noise, utilities)
# ---------------------------------------------------------------------------------------------


def room_plan(rng: random.Random, s: Style, h: Head, title: str) -> Page:
    """A plan of the rooms on a landscape page: outer walls, rooms with their names and sizes,
    the new inner shells dashed, dimension lines and a title block."""
    sz = landscape(A4)
    w, hh = sz
    p = Page(sz)
    lg = h.lang
    p.rect(24, 24, w - 48, hh - 48)
    x0, y0 = 70.0, 70.0
    W, H = w - 260, hh - 170
    p.rect(x0, y0, W, H)
    p.rect(x0 - 4, y0 - 4, W + 8, H + 8)
    names = tr(
        lg,
        "Live room|Control room|Vocal booth|Rehearsal 1|Rehearsal 2|Lobby|Store",
        "Aufnahmeraum|Regie|Sprecherkabine|Proberaum 1|Proberaum 2|Flur|Lager",
        "Salle de prise|Régie|Cabine voix|Répétition 1|Répétition 2|Hall|Stock",
    ).split("|")
    split = x0 + W * rng.uniform(0.45, 0.6)
    rooms = [
        (x0, y0, split - x0, H * 0.6),
        (split, y0, x0 + W - split, H * 0.45),
        (split, y0 + H * 0.45, (x0 + W - split) * 0.4, H * 0.3),
        (x0, y0 + H * 0.6, (split - x0) / 2, H * 0.4),
        (x0 + (split - x0) / 2, y0 + H * 0.6, (split - x0) / 2, H * 0.4),
        (split + (x0 + W - split) * 0.4, y0 + H * 0.45, (x0 + W - split) * 0.6, H * 0.55),
    ]
    for k, (rx, ry, rw, rh) in enumerate(rooms):
        p.rect(rx, ry, rw, rh)
        p.text(rx + rw / 2, ry + rh / 2, names[k], "Helvetica", 8, "center")
        p.text(
            rx + rw / 2,
            ry + rh / 2 + 10,
            f"{rw / 28:.1f} x {rh / 28:.1f} m",
            "Helvetica",
            7,
            "center",
        )
        if k in (0, 1, 3) or rng.random() < 0.3:
            xx = rx + 8
            while xx < rx + rw - 8:
                p.line(xx, ry + 8, min(xx + 5, rx + rw - 8), ry + 8)
                p.line(xx, ry + rh - 8, min(xx + 5, rx + rw - 8), ry + rh - 8)
                xx += 9
    p.line(x0, y0 + H + 20, x0 + W, y0 + H + 20)
    p.text(x0 + W / 2, y0 + H + 32, f"{W / 28:.2f} m", "Helvetica", 7, "center")
    bx = w - 180
    p.rect(bx, hh - 150, 150, 120)
    for k, t in enumerate(
        [
            h.name,
            title,
            studio_row()[0],
            tr(lg, "Scale 1:100 (approx.)", "Maßstab ca. 1:100", "Échelle env. 1/100"),
            f"{tr(lg, 'Drawing', 'Plan', 'Plan')} {serial(rng, 'AK-99')} rev {rng.choice('ABC')}",
            tr(
                lg,
                "- - -  new room-in-room shell",
                "- - -  neue Vorsatzschale / Raum-in-Raum",
                "- - -  nouvelle boîte dans la boîte",
            ),
        ]
    ):
        p.text(
            bx + 6,
            hh - 136 + k * 16,
            fit(t, "Helvetica-Bold" if k == 0 else "Helvetica", 7, 138),
            "Helvetica-Bold" if k == 0 else "Helvetica",
            7,
        )
    return p


def tpl_soundproof_quote(rng: random.Random, who: Issuer) -> list[Page]:
    """A soundproofing contractor's quotation: a covering letter, the specification by room,
    the price schedule with the totals, a plan of the rooms on a landscape page and now and
    then the contractor's terms."""
    h = head_of(who, "contractor")
    lg = h.lang
    s = style_of(h)
    w, _ = s.page_size
    m = s.margin
    d = some_day(rng)
    no = serial(rng, rng.choice(["Q-2025-999", "ANG-99999", "DV99-999"]))
    f = sheets(s, h, f"{h.name} - {tr(lg, 'Quotation', 'Angebot', 'Devis')} {no}")
    own = crew("owner")
    recipient(
        f,
        s,
        h,
        studio_lines(
            tr(
                lg,
                f"FAO {own}",
                f"z. Hd. {titled(own, 'de')}",
                f"À l'attention de {titled(own, 'fr')}",
            )
        ),
        d,
        [(tr(lg, "Our ref", "Unser Zeichen", "Notre réf."), no)],
    )
    caption(
        f,
        s,
        tr(
            lg,
            "Sound insulation works - quotation",
            "Schallschutzmaßnahmen - Angebot",
            "Travaux d'isolation acoustique - devis",
        ),
        1,
    )
    f.page.text(m, f.y, greet(lg, titled(own, lg)), s.font, s.size)
    f.y += s.size * 2
    write(
        f,
        s,
        tr(
            lg,
            f"Further to our survey on {day(h, d - timedelta(days=rng.randint(5, 20)))}, "
            "we enclose our quotation for the acoustic isolation of "
            "the rooms listed, together with our drawing.",
            f"vielen Dank für den Ortstermin am {day(h, d - timedelta(days=rng.randint(5, 20)))}. "
            "Anbei erhalten Sie unser Angebot für die Schallschutzmaßnahmen "
            "sowie den Grundriss.",
            f"Suite à notre visite du {day(h, d - timedelta(days=rng.randint(5, 20)))}, "
            "nous avons le plaisir de vous adresser notre devis pour "
            "l'isolation des locaux, accompagné du plan.",
        ),
    )
    write(f, s, prose(rng, lg, "noise", 2, 3))
    write(
        f,
        s,
        tr(
            lg,
            "We would be pleased to discuss the programme of works, "
            "which can be carried out in phases so that the studio remains "
            "open.",
            "Gerne stimmen wir den Bauablauf mit Ihnen ab; die Arbeiten "
            "können abschnittsweise erfolgen, damit der Studiobetrieb "
            "weiterlaufen kann.",
            "Les travaux peuvent être réalisés par phases afin de maintenir l'activité du studio.",
        ),
    )
    regards(
        f,
        s,
        lg,
        person(keyed(who, "boss"), lg),
        tr(lg, "Contracts Manager", "Projektleitung", "Chargé d'affaires"),
        formal=True,
    )
    pages = f.pages
    g = sheets(s, h, f"{h.name} - {tr(lg, 'Quotation', 'Angebot', 'Devis')} {no}")
    caption(g, s, f"{tr(lg, 'Quotation', 'Angebot', 'Devis')} {no}", 3, rule=True)
    items = [
        tr(
            lg,
            "Independent stud wall with 2 layers 15 mm acoustic plasterboard",
            "Vorsatzschale freistehend, 2-lagig GK 12,5 mm, Mineralwolle 60 mm",
            "Doublage indépendant, 2 plaques BA13 phoniques, laine minérale 60 mm",
        ),
        tr(
            lg,
            "Floating floor on isolation pads, 18 mm ply + 22 mm chipboard",
            "Schwimmender Estrich auf Elastomerlager",
            "Chape flottante sur plots anti-vibratiles",
        ),
        tr(
            lg,
            "Suspended ceiling on resilient hangers",
            "Abgehängte Decke mit Federschwingbügeln",
            "Plafond suspendu sur suspentes antivibratiles",
        ),
        tr(
            lg,
            "Acoustic door set Rw 45 dB, fitted",
            "Schallschutztür Rw 45 dB inkl. Montage",
            "Bloc-porte acoustique Rw 45 dB posé",
        ),
        tr(
            lg,
            "Double-glazed observation window",
            "Regiefenster 2-fach, schräg",
            "Fenêtre de régie double vitrage",
        ),
        tr(lg, "Silenced ventilation ducts", "Schalldämpfer Lüftung", "Silencieux de ventilation"),
        tr(
            lg,
            "Bass traps and absorber panels",
            "Bassfallen und Absorber",
            "Pièges à basses et panneaux absorbants",
        ),
        tr(
            lg,
            "Making good, site clearance",
            "Nebenarbeiten, Baustellenräumung",
            "Finitions et évacuation des gravats",
        ),
    ]
    rows = []
    net = 0.0
    units = ["m2", "m2", "m2", "pcs", "pcs", "pcs", "pcs", "lot"]
    picks = sorted(rng.sample(range(len(items)), rng.randint(4, len(items))))
    for k, j in enumerate(picks, 1):
        t, u = items[j], units[j]
        q = rng.randint(8, 120) if u == "m2" else rng.randint(1, 3)
        pr = rng.uniform(35, 140) if u == "m2" else rng.uniform(600, 3800)
        net += q * round(pr, 2)
        rows.append(
            [
                f"{k}.",
                t,
                str(q),
                tr(
                    lg,
                    u,
                    "Stk" if u == "pcs" else "psch" if u == "lot" else "m²",
                    "u" if u == "pcs" else "ens" if u == "lot" else "m²",
                ),
                money(pr, lg),
                money(q * round(pr, 2), lg),
            ]
        )
    table(
        g,
        grid(
            m,
            w - m,
            [
                (0.4, "left"),
                (5, "left"),
                (0.6, "right"),
                (0.6, "left"),
                (1, "right"),
                (1.2, "right"),
            ],
        ),
        [
            "",
            tr(lg, "Description", "Leistung", "Désignation"),
            tr(lg, "Qty", "Menge", "Qté"),
            tr(lg, "Unit", "Einh.", "U."),
            tr(lg, "Rate", "EP", "P.U."),
            tr(lg, "Total", "GP", "Total"),
        ],
        rows,
        s,
        size=8,
        rules=True,
    )
    totals(g, s, lg, round(net, 2), vat_rate(lg))
    write(
        g,
        s,
        tr(
            lg,
            "Validity 60 days. Programme: 3-5 weeks. 30% on order, 60% "
            "on practical completion, 10% after the acoustic test.",
            "Bindefrist 6 Wochen. Ausführung ca. 3-5 Wochen. Zahlung: "
            "30 % bei Auftrag, 60 % nach Fertigstellung, 10 % nach Abnahmemessung.",
            "Validité 2 mois. Délai : 3 à 5 semaines. Acompte 30 % à "
            "la commande, 60 % à la réception, 10 % après mesures.",
        ),
        s.size - 1,
    )
    pages += g.pages
    if rng.random() < 0.75:
        pages.append(
            room_plan(
                rng,
                s,
                h,
                tr(
                    lg,
                    "Sound insulation - ground floor",
                    "Schallschutz - Erdgeschoss",
                    "Isolation - rez-de-chaussée",
                ),
            )
        )
    if keyed(who, "terms").random() < 0.5:
        pages.append(
            small_print(
                rng,
                s,
                lg,
                tr(
                    lg,
                    "Terms and conditions of contract",
                    "Allgemeine Geschäftsbedingungen (VOB/B ergänzend)",
                    "Conditions générales de vente",
                ),
                tr(
                    lg,
                    "Acceptance|Access|Variations|Payment|Retention|Defects|Insurance|Disputes",
                    "Vertragsgrundlagen|Baustelle|Nachträge|Zahlung|Sicherheitseinbehalt|Mängel|Versicherung|Gerichtsstand",
                    "Acceptation|Accès au chantier|Travaux supplémentaires|Paiement|Retenue "
                    "de garantie|Réserves|Assurance décennale|Litiges",
                ).split("|"),
            )
        )
    received(rng, pages[0], d)
    remember(d)
    return close(pages, s, h)


def tpl_insurance_schedule(rng: random.Random, who: Issuer) -> list[Page]:
    """An equipment insurance policy schedule at renewal: now and then the broker's covering
    letter first, then the schedule (insured, period, sections with sums insured, excess,
    premium and tax), the specified items list over one or more pages, the endorsements."""
    h = head_of(who, "insurer")
    lg = h.lang
    s = style_of(h, A4, pt=9)
    w, _ = s.page_size
    m = s.margin
    d = some_day(rng)
    pol = serial(keyed(who, "pol"), rng.choice(["MI/999999/25", "VS-999-999999", "POL99999999"]))
    start = date(d.year, d.month, 1) + timedelta(days=rng.choice([31, 45, 61]))
    start = start.replace(day=1)
    pages: list[Page] = []
    own = crew("owner")
    if rng.random() < 0.5:
        c = sheets(s, h, "")
        recipient(c, s, h, studio_lines(), d, [(tr(lg, "Policy", "Vertrag", "Contrat"), pol)])
        caption(
            c,
            s,
            tr(lg, "Your renewal", "Ihre Vertragsverlängerung", "Renouvellement de votre contrat"),
            1,
        )
        c.page.text(m, c.y, greet(lg, titled(own, lg)), s.font, s.size)
        c.y += s.size * 2
        write(
            c,
            s,
            tr(
                lg,
                f"Your musical equipment policy is due for renewal on {day(h, start)}. "
                "Please find enclosed the renewal schedule and the list "
                "of specified items. Please check the sums insured carefully "
                "and let us know of any items bought or sold during the "
                "year.",
                "Ihr Instrumentenversicherungsvertrag verlängert sich zum "
                f"{day(h, start)}. Anbei erhalten Sie den Nachtrag mit der "
                "aktuellen Geräteliste. Bitte prüfen Sie die Versicherungssummen "
                "und teilen Sie uns Zu- und Abgänge mit.",
                f"Votre contrat arrive à échéance le {day(h, start)}. Vous "
                "trouverez ci-joint les conditions particulières et l'inventaire "
                "du matériel assuré. Merci de vérifier les capitaux et de "
                "nous signaler toute acquisition ou cession.",
            ),
        )
        write(c, s, prose(rng, lg, "legal", 1, 2))
        regards(
            c,
            s,
            lg,
            person(keyed(who, "handler"), lg),
            tr(lg, "Account Handler", "Kundenbetreuung", "Gestionnaire"),
        )
        pages += close(c.pages, s, h, numbers="none")
    f = sheets(
        s,
        h,
        f"{h.name} - {tr(lg, 'Schedule', 'Versicherungsschein', 'Conditions particulières')} {pol}",
    )
    caption(
        f,
        s,
        tr(
            lg,
            "POLICY SCHEDULE - Musical Instruments & Studio Equipment",
            "VERSICHERUNGSSCHEIN - Instrumenten- und Studioversicherung",
            "CONDITIONS PARTICULIÈRES - Instruments et matériel de studio",
        ),
        1,
        rule=True,
    )
    f.y = fields(
        f.page,
        s,
        m,
        f.y,
        w - 2 * m,
        [
            (tr(lg, "Policy number", "Versicherungsschein-Nr.", "N° de contrat"), pol),
            (tr(lg, "Insured", "Versicherungsnehmer", "Souscripteur"), studio_row()[0]),
            (
                tr(lg, "Period of insurance", "Versicherungsdauer", "Période"),
                f"{short(start, lg)} - "
                f"{short(start.replace(year=start.year + 1) - timedelta(days=1), lg)}",
            ),
            (
                tr(lg, "Premises", "Versicherungsort", "Lieu de risque"),
                f"{studio_row()[1]}, {studio_row()[2]}",
            ),
            (
                tr(lg, "Territorial limits", "Geltungsbereich", "Territorialité"),
                rng.choice(
                    tr(
                        lg,
                        "Premises only|UK and EU|Worldwide",
                        "Versicherungsort|Europa|weltweit",
                        "Lieu de risque|Europe|Monde entier",
                    ).split("|")
                ),
            ),
            (
                tr(lg, "Excess", "Selbstbeteiligung", "Franchise"),
                cash(rng.choice([100, 150, 250, 500]), lg),
            ),
        ],
        hand=False,
    )
    items = [rng.choice(GEAR) for _ in range(rng.choice([8, 12, 18, 30, 42]))]
    spec = sum(v for _, _, v in items)
    secs = [
        (
            tr(
                lg,
                "A - Specified items (see list)",
                "A - Einzeln aufgeführte Geräte (siehe Liste)",
                "A - Matériel désigné (voir inventaire)",
            ),
            spec,
        ),
        (
            tr(
                lg,
                "B - Unspecified equipment, any one item max. 1,500",
                "B - Nicht einzeln aufgeführte Geräte",
                "B - Matériel non désigné",
            ),
            rng.choice([10000, 15000, 25000]),
        ),
        (
            tr(
                lg,
                "C - Hired-in equipment",
                "C - Fremdgeräte (gemietet)",
                "C - Matériel pris en location",
            ),
            rng.choice([10000, 20000]),
        ),
        (
            tr(
                lg,
                "D - Business interruption",
                "D - Betriebsunterbrechung",
                "D - Perte d'exploitation",
            ),
            rng.choice([25000, 40000, 60000]),
        ),
    ]
    table(
        f,
        grid(m, w - m, [(5, "left"), (1.4, "right")]),
        [
            tr(lg, "Section", "Position", "Garantie"),
            tr(lg, "Sum insured", "Versicherungssumme", "Capital"),
        ],
        [[t, cash(v, lg)] for t, v in secs],
        s,
        rules=True,
    )
    prem = round(sum(v for _, v in secs) * rng.uniform(0.006, 0.012), 2)
    tax = round(prem * {"en": 0.12, "de": 0.19, "fr": 0.09}[lg], 2)
    f.y += 6
    f.y = pairs(
        f.page,
        s,
        w * 0.45,
        f.y,
        [
            (tr(lg, "Annual premium", "Jahresbeitrag netto", "Prime annuelle HT"), cash(prem, lg)),
            (
                tr(
                    lg,
                    "Insurance Premium Tax 12%",
                    "Versicherungsteuer 19 %",
                    "Taxe sur les conventions d'assurance",
                ),
                cash(tax, lg),
            ),
            (tr(lg, "Total payable", "Zu zahlen", "Total TTC"), cash(prem + tax, lg)),
        ],
        w - m,
        s.size,
    )
    write(
        f,
        s,
        tr(
            lg,
            f"Endorsements applying: {', '.join(rng.sample(ENDORSE, 2))}.",
            f"Es gelten die Klauseln {', '.join(rng.sample(['K1', 'K3', 'K5', 'K9'], 2))}.",
            f"Clauses applicables : {', '.join(rng.sample(['C01', 'C03', 'C08', 'C11'], 2))}.",
        ),
        s.size - 1,
    )
    pages_f = f.pages
    lst = sheets(
        s, h, f"{tr(lg, 'Specified items', 'Geräteliste', 'Inventaire')} - {pol}", top=False
    )
    caption(
        lst,
        s,
        tr(
            lg,
            "Schedule of specified items",
            "Anlage: Verzeichnis der versicherten Geräte",
            "Annexe : inventaire du matériel désigné",
        ),
        2,
    )
    rows = [
        [
            str(k + 1),
            n_,
            serial(rng, rng.choice(["9999999", "AA99999", "999-9999"])),
            str(rng.randint(2008, 2024)),
            money(v, lg),
        ]
        for k, (n_, _, v) in enumerate(items)
    ]
    table(
        lst,
        grid(m, w - m, [(0.4, "left"), (4, "left"), (1.3, "left"), (0.6, "right"), (1.2, "right")]),
        [
            "#",
            tr(lg, "Item", "Gerät", "Désignation"),
            tr(lg, "Serial no.", "Seriennr.", "N° série"),
            tr(lg, "Year", "Bj.", "Année"),
            tr(lg, "Sum insured", "Vers.-Summe", "Capital"),
        ],
        rows,
        s,
        size=8,
        rules=True,
        step=1.5,
    )
    pages_f += lst.pages
    if rng.random() < 0.6:
        e = sheets(s, h, "", top=False)
        caption(
            e,
            s,
            tr(lg, "Endorsements", "Besondere Bedingungen und Klauseln", "Clauses particulières"),
            2,
        )
        for code in rng.sample(["E01", "E04", "E07", "E12", "E15"], 3):
            e.heading(m, f"{code} - {words(rng, lg, 'legal', 4)[:-1]}", s.bold, s.size)
            write(e, s, prose(rng, lg, "legal", 2, 3), s.size - 1)
        pages_f += e.pages
    pages += close(pages_f, s, h)
    received(rng, pages[0], d, 0.2)
    remember(d)
    return pages


NEIGHBOUR_ROADS = {
    "en": ["Jamaica Street", "Cornwallis Street", "Mill Lane", "Kelvin Way", "Upper Pitt Street"],
    "de": ["Hafenweg", "Kastanienallee", "Gutenbergstraße", "Wolbecker Straße", "Zionskirchstraße"],
    "fr": [
        "rue des Tanneurs",
        "rue Pharaon",
        "boulevard National",
        "quai de la Fosse",
        "rue Kervégan",
    ],
}


def neighbour_of(who: Issuer) -> tuple[str, list[str]]:
    r = keyed(who, "neighbour")
    lg = home()
    nm = person(r, lg)
    road = r.choice(NEIGHBOUR_ROADS[lg])
    no = r.randint(2, 60)
    flat = tr(lg, f"Flat {r.randint(1, 12)}, ", "", f"Bât. {r.choice('ABC')}, ")
    town = studio_row()[2]
    line = f"{road} {no}" if lg == "de" else f"{flat}{no} {road}"
    return nm, [nm, line, town]


def noise_diary(rng: random.Random, lg: str, nm: str, d: date, copy: bool) -> Page:
    """A noise diary sheet filled in by hand: date, time from and to, what was heard, where,
    effect; a copy when ``copy``."""
    p = Page(A4)
    w, _ = A4
    m = 50
    if copy:
        copier_edge(p, rng)
    p.text(
        w / 2,
        m,
        tr(lg, "NOISE DIARY", "LÄRMPROTOKOLL", "JOURNAL DES NUISANCES SONORES"),
        "Helvetica-Bold",
        14,
        "center",
    )
    p.text(m, m + 24, tr(lg, "Name:", "Name:", "Nom :"), "Helvetica", 9)
    hand(p, m + 50, m + 24, nm, 10)
    p.text(
        w / 2,
        m + 24,
        tr(lg, "Source of noise:", "Lärmquelle:", "Origine du bruit :"),
        "Helvetica",
        9,
    )
    hand(p, w / 2 + 80, m + 24, fit(studio_row()[0], HAND, 9, w / 2 - m - 80), 9)
    cols = grid(m, w - m, [(1, "left"), (0.8, "left"), (0.8, "left"), (3, "left"), (1.8, "left")])
    y = m + 50
    heads = [
        tr(lg, "Date", "Datum", "Date"),
        tr(lg, "From", "von", "De"),
        tr(lg, "To", "bis", "À"),
        tr(lg, "What did you hear?", "Was war zu hören?", "Nature du bruit"),
        tr(lg, "Effect on you", "Auswirkung", "Gêne ressentie"),
    ]
    p.rect(m, y - 12, w - 2 * m, 18, fill=0.85)
    for c, t in zip(cols, heads, strict=True):
        p.text(c[0] + 2, y, t, "Helvetica-Bold", 8)
    y += 6
    heard = tr(
        lg,
        "bass drum thumping|loud bass through wall|drums and shouting|guitar, "
        "very loud, doors open|people smoking outside, van loading|bass "
        "again",
        "Schlagzeug, Bass dröhnt|Bass durch die Wand|Schlagzeug "
        "+ Gesang|Gitarre sehr laut, Tür offen|Leute im Hof, Transporter|wieder "
        "Bass",
        "grosse caisse|basses à travers le mur|batterie et cris|guitare "
        "très forte, portes ouvertes|gens dehors, chargement camion|encore "
        "les basses",
    ).split("|")
    eff = tr(
        lg,
        "couldn't sleep|woke baby|TV inaudible|had to go out|headache",
        "Schlaf unmöglich|Kind aufgewacht|Fernseher nicht hörbar|Kopfschmerzen",
        "impossible de dormir|bébé réveillé|TV inaudible|maux de tête",
    ).split("|")
    dd = d - timedelta(days=rng.randint(14, 28))
    rows = rng.randint(4, 12)
    for k in range(16):
        p.rect(m, y, w - 2 * m, 26)
        if k < rows:
            dd += timedelta(days=rng.randint(1, 3))
            hh1 = rng.randint(20, 23)
            vals = [
                short(dd, lg)[:5],
                f"{hh1}:{rng.choice(['00', '15', '30', '45'])}",
                f"{(hh1 + rng.randint(1, 3)) % 24:02d}:{rng.choice(['00', '10', '30'])}",
                rng.choice(heard),
                rng.choice(eff),
            ]
            for c, t in zip(cols, vals, strict=True):
                hand(p, c[0] + 2, y + 17, fit(t, HAND, 8.5, c[1] - c[0] - 4), 8.5)
        y += 26
    p.text(m, y + 20, tr(lg, "Signed:", "Unterschrift:", "Signature :"), "Helvetica", 9)
    scrawl(p, m + 50, y + 20, nm)
    return p


def tpl_noise_complaint(rng: random.Random, who: Issuer) -> list[Page]:
    """A neighbour's letter complaining about noise from the studio: handwritten on a lined
    pad (A5 or A4) or typed with the address at the top; now and then a noise diary sheet sent
    with it."""
    lg = home()
    nm, addr = neighbour_of(who)
    d = some_day(rng)
    handwritten = keyed(who, "hand").random() < 0.5
    size = A5 if handwritten and rng.random() < 0.5 else A4
    w, hh = size
    m = 40 if size == A5 else 60
    p = Page(size)
    body = [
        tr(
            lg,
            "I am writing, again, about the noise coming from your studio.",
            "ich wende mich erneut wegen des Lärms aus Ihrem Studio an Sie.",
            "Je me permets de vous écrire, une fois de plus, au sujet "
            "du bruit provenant de votre studio.",
        ),
        tr(
            lg,
            "On several evenings in the last weeks the bass and drums "
            "could be heard clearly in our flat until "
            f"after {rng.choice(['11', 'midnight', '1 am'])}.",
            "An mehreren Abenden in den letzten Wochen waren Bass und "
            f"Schlagzeug bis nach {rng.choice(['23 Uhr', 'Mitternacht', '1 Uhr'])} "
            "deutlich in unserer Wohnung zu hören.",
            "Plusieurs soirs ces dernières semaines, les basses et la "
            "batterie s'entendaient nettement chez nous jusqu'après "
            f"{rng.choice(['23 h', 'minuit', '1 h'])}.",
        ),
        words(rng, lg, "noise"),
        words(rng, lg, "noise"),
        tr(
            lg,
            "If this does not stop I will have no choice but to contact the council.",
            "Sollte sich nichts ändern, werde ich mich an das Ordnungsamt wenden.",
            "Sans amélioration, je serai contraint de saisir la mairie.",
        ),
    ]
    if handwritten:
        for k in range(int((hh - 60) / 20)):
            p.line(m - 10, 50 + k * 20 + 4, w - m + 10, 50 + k * 20 + 4)
        y = 50.0
        for t in addr:
            hand(p, w - m - 200, y, fit(t, HAND, 9.5, 200), 9.5)
            y += 20
        hand(p, w - m - 200, y, short(d, lg), 9.5)
        y += 40
        hand(p, m, y, greet(lg, None).replace("Sir or Madam", "Sir/Madam"), 10)
        y += 20
        for t in body:
            for ln in wrap(t, HAND, 10, w - 2 * m):
                if y > hh - 60:
                    break
                hand(p, m, y, ln, 10)
                y += 20
        y = min(y + 20, hh - 50)
        hand(p, m, y, tr(lg, "Yours", "Mit freundlichen Grüßen", "Salutations"), 10)
        scrawl(p, m, min(y + 30, hh - 22), nm)
        pages = [p]
    else:
        s = Style(
            "Helvetica" if rng.random() < 0.6 else "Times-Roman",
            "Helvetica-Bold",
            10.5,
            60,
            "none",
            "bottom",
            A4,
            "long",
        )
        f = plain(s)
        f.y = 60
        for t in addr:
            f.page.text(w - m, f.y, t, s.font, s.size, "right")
            f.y += 13
        f.y += 20
        f.y = window(
            f.page,
            s,
            None,
            f.y,
            studio_lines(tr(lg, "The Manager", "Studioleitung", "À l'attention du gérant")),
        )
        f.y += 14
        f.page.text(
            w - m,
            f.y,
            f"{addr[2].split()[-1] if lg != 'en' else ''}"
            f"{', ' if lg != 'en' else ''}{date_text(d, lg, 'long')}",
            s.font,
            s.size,
            "right",
        )
        f.y += 30
        f.page.text(
            m,
            f.y,
            tr(
                lg,
                "Noise from the studio",
                "Lärmbelästigung durch Ihren Studiobetrieb",
                "Objet : nuisances sonores",
            ),
            "Helvetica-Bold",
            s.size,
        )
        f.y += 24
        f.page.text(m, f.y, greet(lg, None), s.font, s.size)
        f.y += 20
        for t in body:
            write(f, s, t)
        f.y += 10
        f.page.text(
            m,
            f.y,
            tr(
                lg,
                "Yours faithfully,",
                "Mit freundlichen Grüßen",
                "Veuillez agréer mes salutations.",
            ),
            s.font,
            s.size,
        )
        scrawl(f.page, m, f.y + 34, nm)
        f.page.text(m, f.y + 48, nm, s.font, s.size)
        if rng.random() < 0.3:
            f.page.text(
                m,
                f.y + 80,
                tr(
                    lg,
                    "cc: Environmental Health",
                    "Kopie: Ordnungsamt",
                    "Copie : Mairie, service hygiène",
                ),
                s.font,
                8.5,
            )
        pages = f.pages
    if rng.random() < 0.4:
        pages.append(noise_diary(rng, lg, nm, d, copy=False))
    remember(d, (nm, addr))
    return pages


def tpl_council_notice(rng: random.Random, who: Issuer) -> list[Page]:
    """The council's or town's letter about a noise complaint against the studio: the
    complaint received, the law, what is asked (a sound insulation report, hours, a visit);
    now and then the copy of the neighbour's diary sheet, an abatement notice or the legal
    information on a page of its own."""
    h = council_head()
    lg = h.lang
    s = style_of(h)
    m = s.margin
    ex = LAST["extra"]
    if after(("noise_complaint",)) and isinstance(ex, tuple):
        nm = str(ex[0])
        d = last_day(rng, ("noise_complaint",), (8, 25))
    else:
        nm, _ = neighbour_of(who)
        d = some_day(rng)
    ref = serial(rng, {"en": "EPU/NS/999999", "de": "32.2-99999/25", "fr": "SCHS-BR-2025-9999"}[lg])
    officer = person(keyed(who, "officer"), lg)
    f = sheets(s, h, f"{h.name.split(' - ')[0]} - {ref}")
    recipient(
        f,
        s,
        h,
        studio_lines(tr(lg, "The Occupier", "Geschäftsführung", "Monsieur le gérant")),
        d,
        [
            (tr(lg, "Our ref", "Aktenzeichen", "Réf."), ref),
            (tr(lg, "Officer", "Sachbearbeitung", "Dossier suivi par"), officer),
        ],
    )
    caption(
        f,
        s,
        tr(
            lg,
            "Complaint of noise nuisance - " + studio_row()[1],
            "Anhörung - Lärmbeschwerde " + studio_row()[1],
            "Plainte pour bruit de voisinage - " + studio_row()[1],
        ),
        1,
    )
    f.page.text(m, f.y, greet(lg, None), s.font, s.size)
    f.y += s.size * 2
    write(
        f,
        s,
        tr(
            lg,
            "This department has received a complaint of noise, said "
            "to be amplified music and drumming from your premises during "
            "the evening and night. The complaint is being investigated "
            "under the Environmental Protection Act 1990.",
            "uns liegt eine Beschwerde über Lärm aus Ihren Räumlichkeiten "
            "vor (verstärkte Musik und Schlagzeug in den Abend- und "
            "Nachtstunden). Nach dem Landesimmissionsschutzgesetz ist "
            "in der Zeit von 22 bis 6 Uhr die Nachtruhe einzuhalten.",
            "Nos services ont été saisis d'une plainte relative à des "
            "bruits de musique amplifiée et de batterie provenant de "
            "votre établissement en soirée et la nuit. Les bruits de "
            "voisinage sont réglementés par les articles R.1336-4 et "
            "suivants du Code de la santé publique.",
        ),
    )
    write(f, s, prose(rng, lg, "noise", 1, 2))
    asks = tr(
        lg,
        "keep external doors and windows closed during sessions|end "
        "amplified music by 23:00|provide details of the sound insulation "
        "installed|allow an officer to take measurements from the "
        "complainant's home",
        "Türen und Fenster während des Betriebs geschlossen zu halten|den "
        "Probebetrieb um 22:00 Uhr zu beenden|ein schalltechnisches "
        "Gutachten vorzulegen|eine Messung durch unseren Außendienst "
        "zu ermöglichen",
        "maintenir portes et fenêtres fermées pendant les séances|cesser "
        "toute musique amplifiée après 22 h|nous transmettre l'étude "
        "d'impact des nuisances sonores (EINS)|permettre une mesure "
        "acoustique chez le plaignant",
    ).split("|")
    write(f, s, tr(lg, "We would ask you to:", "Wir bitten Sie daher:", "Nous vous demandons de :"))
    for t in rng.sample(asks, rng.randint(2, 4)):
        write(f, s, f"- {t}", indent=14)
    write(
        f,
        s,
        tr(
            lg,
            f"Please contact me within 14 days on {h.phone}.",
            f"Sie erhalten Gelegenheit, sich bis zum {day(h, d + timedelta(days=14))} "
            "zu äußern (§ 28 VwVfG).",
            "Nous vous remercions de nous faire part de vos observations "
            f"avant le {day(h, d + timedelta(days=15))}.",
        ),
    )
    regards(
        f,
        s,
        lg,
        officer,
        tr(
            lg,
            "Environmental Health Officer",
            "Sachbearbeitung Immissionsschutz",
            "Inspecteur de salubrité",
        ),
    )
    pages = f.pages
    r = rng.random()
    if r < 0.35:
        pages.append(noise_diary(rng, lg, nm, d, copy=True))
    elif r < 0.6 and lg == "en":
        a = sheets(s, h, "")
        caption(a, s, "ABATEMENT NOTICE - Environmental Protection Act 1990, Section 80", 1)
        write(a, s, f"To: {studio_row()[0]}, {studio_row()[1]}, {studio_row()[2]}")
        write(
            a,
            s,
            "TAKE NOTICE that the council is satisfied that a statutory "
            "nuisance under section 79(1)(g) exists at the above premises, "
            "namely noise emitted from the premises so as to be prejudicial "
            "to health or a nuisance.",
        )
        write(
            a,
            s,
            f"YOU ARE REQUIRED within {rng.choice([14, 21, 28])} days "
            "of service of this notice to abate the nuisance and to "
            "prevent its recurrence.",
        )
        write(a, s, prose(rng, lg, "noise", 1, 2), s.size - 1)
        write(
            a,
            s,
            "Failure to comply with this notice without reasonable excuse "
            "is an offence. You may appeal to the magistrates' court "
            "within 21 days of service.",
            s.size - 1,
        )
        a.y += 30
        sign_line(a.page, s, m, a.y, 200, f"Signed: {officer}, authorised officer", officer)
        pages.append(a.pages[0])
    elif r < 0.7 and lg != "en":
        pages.append(
            small_print(
                rng,
                s,
                lg,
                tr(lg, "", "Rechtsbehelfsbelehrung und Hinweise", "Voies et délais de recours"),
                tr(
                    lg,
                    "",
                    "Widerspruch|Frist|Zuständiges Gericht|Datenschutz|Kosten",
                    "Recours gracieux|Recours contentieux|Délais|Données personnelles",
                ).split("|"),
            )
        )
    received(rng, pages[0], d, 0.4)
    remember(d)
    return close(pages, s, h)


def tpl_grant_application(rng: random.Random, who: Issuer) -> list[Page]:
    """The studio's grant application as printed from the funder's portal: the application ID
    and status header on every page, the applicant, the questions with the answers typed in,
    the budget (income and expenditure), the activity timeline and the declaration ticked."""
    h = make_head(keyed(who, "funder").choice(SENDERS["funder"][home()]), home(), "funder")
    lg = h.lang
    s = style_of(h, A4, margin=48, pt=9)
    w, _ = s.page_size
    m = s.margin
    d = some_day(rng)
    app = serial(rng, {"en": "APP-99999", "de": "IM-25-9999", "fr": "CNM-AID-999999"}[lg])
    prog = rng.choice(
        {
            "en": [
                "Open Fund for Organisations",
                "Develop Your Creative Practice",
                "Music Resources Fund",
                "Momentum Music Fund",
            ],
            "de": [
                "Infrastrukturförderung Spielstätten",
                "Künstler*innenförderung",
                "Neustart Kultur - Programm Studios",
                "Musikfonds Stipendium",
            ],
            "fr": [
                "Aide à la production phonographique",
                "Aide aux studios d'enregistrement",
                "Aide à l'équipement",
                "Programme FCM Phonogramme",
            ],
        }[lg]
    )
    f = plain(
        s, f"{h.name} - {app} - {tr(lg, 'Submitted', 'Eingereicht', 'Déposé')} {short(d, lg)}"
    )
    f.y = m - 4
    f.page.text(m, f.y, h.name, s.bold, 13)
    f.page.text(
        w - m,
        f.y,
        tr(lg, "Application summary", "Antragsübersicht", "Récapitulatif de la demande"),
        s.font,
        9,
        "right",
    )
    f.y += 14
    f.page.line(m, f.y, w - m, f.y)
    f.y += 18
    f.y = (
        pairs(
            f.page,
            s,
            m,
            f.y,
            [
                (tr(lg, "Programme", "Förderprogramm", "Programme"), prog),
                (tr(lg, "Application ID", "Antrags-Nr.", "N° de dossier"), app),
                (
                    tr(lg, "Status", "Status", "Statut"),
                    tr(lg, "Submitted", "Eingereicht", "Déposé"),
                ),
                (
                    tr(lg, "Submitted on", "Eingereicht am", "Déposé le"),
                    f"{short(d, lg)} {rng.randint(9, 23)}:{rng.randint(0, 59):02d}",
                ),
            ],
            w / 2 + 60,
        )
        + 8
    )
    band(f.page, s, f.y, tr(lg, "1. Applicant", "1. Antragsteller", "1. Demandeur"))
    f.y += 16
    f.y = fields(
        f.page,
        s,
        m,
        f.y,
        w - 2 * m,
        [
            (tr(lg, "Organisation", "Organisation", "Structure"), studio_row()[0]),
            (tr(lg, "Main contact", "Ansprechpartner", "Responsable"), crew("owner")),
            (tr(lg, "Address", "Anschrift", "Adresse"), f"{studio_row()[1]}, {studio_row()[2]}"),
            (
                tr(lg, "Legal status", "Rechtsform", "Forme juridique"),
                rng.choice(
                    tr(
                        lg,
                        "Limited company|Sole trader",
                        "GmbH|Einzelunternehmen|GbR",
                        "SARL|SAS|Association loi 1901",
                    ).split("|")
                ),
            ),
        ],
        hand=False,
    )
    qs = tr(
        lg,
        "Tell us about your project|Who will benefit and how?|How "
        "does this fit your organisation's plans?|How will you reach "
        "new audiences?|How will you measure success?",
        "Projektbeschreibung|Zielgruppe und Wirkung|Einbindung in "
        "die Gesamtplanung|Öffentlichkeitsarbeit|Erfolgskriterien",
        "Présentation du projet|Publics bénéficiaires|Cohérence "
        "avec le projet de la structure|Communication|Indicateurs "
        "d'évaluation",
    ).split("|")
    for k, q in enumerate(qs[: rng.randint(3, 5)], 2):
        f.need(60)
        band(f.page, s, f.y, f"{k}. {q}")
        f.y += 16
        write(f, s, prose(rng, lg, "grant", 4, 12))
        f.page.text(
            w - m,
            f.y - 6,
            f"{rng.randint(120, 499)}/500 {tr(lg, 'words', 'Wörter', 'mots')}",
            s.font,
            6.5,
            "right",
        )
        f.y += 10
    f.need(120)
    band(f.page, s, f.y, tr(lg, "Budget", "Kosten- und Finanzierungsplan", "Budget prévisionnel"))
    f.y += 16
    exp = [
        (
            tr(
                lg, "Equipment (see quotes)", "Technik / Anschaffungen", "Équipement (devis joints)"
            ),
            rng.randint(4, 20) * 1000,
        ),
        (tr(lg, "Artist fees", "Künstlerhonorare", "Cachets artistes"), rng.randint(2, 8) * 1000),
        (tr(lg, "Engineer time", "Technikpersonal", "Ingénieurs du son"), rng.randint(2, 6) * 1000),
        (tr(lg, "Marketing", "Öffentlichkeitsarbeit", "Communication"), rng.randint(5, 20) * 100),
        (
            tr(lg, "Building works", "Bauliche Maßnahmen", "Travaux"),
            rng.choice([0, 0, 6000, 12000]),
        ),
    ]
    exp = [e for e in exp if e[1]]
    tot = sum(v for _, v in exp)
    ask = round(tot * rng.choice([0.5, 0.6, 0.7, 0.8]), -2)
    inc = [
        (tr(lg, "Amount requested", "Beantragte Förderung", "Aide sollicitée"), ask),
        (tr(lg, "Own contribution", "Eigenmittel", "Fonds propres"), tot - ask),
    ]
    cols = grid(m, w - m, [(3, "left"), (1.2, "right"), (0.4, "left"), (3, "left"), (1.2, "right")])
    rws = []
    for k in range(max(len(exp), len(inc))):
        a = exp[k] if k < len(exp) else ("", 0)
        b = inc[k] if k < len(inc) else ("", 0)
        rws.append(
            [a[0], money(a[1], lg) if a[1] else "", "", b[0], money(b[1], lg) if b[1] else ""]
        )
    rws.append(
        [
            tr(lg, "Total expenditure", "Summe Ausgaben", "Total charges"),
            money(tot, lg),
            "",
            tr(lg, "Total income", "Summe Einnahmen", "Total produits"),
            money(tot, lg),
        ]
    )
    table(
        f,
        cols,
        [
            tr(lg, "Expenditure", "Ausgaben", "Charges"),
            currency_of(lg),
            "",
            tr(lg, "Income", "Einnahmen", "Produits"),
            currency_of(lg),
        ],
        rws,
        s,
        rules=True,
    )
    f.y += 10
    f.need(100)
    band(f.page, s, f.y, tr(lg, "Declaration", "Erklärung", "Attestation sur l'honneur"))
    f.y += 16
    f.y = ticks(
        f.page,
        s,
        m,
        f.y,
        w - 2 * m,
        [
            tr(
                lg,
                "The information given is true and complete",
                "Die Angaben sind vollständig und richtig",
                "Les informations fournies sont exactes",
            ),
            tr(
                lg,
                "We have not started the activity",
                "Mit dem Vorhaben wurde noch nicht begonnen",
                "Le projet n'a pas commencé",
            ),
            tr(
                lg,
                "We agree to the funding terms",
                "Die Förderrichtlinien werden anerkannt",
                "J'accepte le règlement d'intervention",
            ),
        ],
        {0, 1, 2},
        8.5,
    )
    write(
        f,
        s,
        tr(lg, "Submitted electronically by", "Elektronisch eingereicht von", "Déposé en ligne par")
        + f" {crew('owner')} - {short(d, lg)}",
        s.size - 1,
    )
    remember(d, (h.name, app, prog, ask))
    return close(
        f.pages,
        s,
        h,
        numbers=rng.choice(["Page {i} of {n}", "{i}/{n}"]) if lg != "de" else "Seite {i} von {n}",
    )


def currency_of(lg: str) -> str:
    return "GBP" if lg == "en" else "EUR"


def tpl_award_letter(rng: random.Random, who: Issuer) -> list[Page]:
    """The funder's award letter: the amount awarded, the payment schedule and reporting
    dates; the conditions of grant on following pages and an acceptance form to sign and
    return."""
    h = make_head(keyed(who, "funder").choice(SENDERS["funder"][home()]), home(), "funder")
    lg = h.lang
    s = style_of(h)
    w, _ = s.page_size
    m = s.margin
    ex = LAST["extra"]
    if after(("grant_application",)) and isinstance(ex, tuple) and ex[0] == h.name:
        _, app, prog, ask = ex
        d = last_day(rng, ("grant_application",), (20, 60))
    else:
        app, prog, ask = (
            serial(rng, "APP-99999"),
            tr(lg, "Open Fund", "Künstler*innenförderung", "Aide à la production"),
            rng.randint(4, 20) * 1000,
        )
        d = some_day(rng)
    award = ask if rng.random() < 0.6 else round(ask * rng.choice([0.6, 0.75, 0.8]), -2)
    own = crew("owner")
    f = sheets(s, h, f"{h.name} - {app}")
    recipient(
        f,
        s,
        h,
        [titled(own, lg), *studio_lines()],
        d,
        [(tr(lg, "Application", "Antrag", "Dossier"), app)],
    )
    caption(
        f, s, tr(lg, "Offer of grant", "Zuwendungsbescheid", "Notification d'attribution d'aide"), 2
    )
    f.page.text(m, f.y, greet(lg, titled(own, lg)), s.font, s.size)
    f.y += s.size * 2
    write(
        f,
        s,
        tr(
            lg,
            f"I am delighted to tell you that your application to {prog} "
            "has been successful and that we are offering a grant of "
            f"{cash(award, lg)}.",
            f"auf Ihren Antrag im Programm {prog} bewilligen wir Ihnen "
            f"eine Zuwendung in Höhe von {cash(award, lg)} als Projektförderung "
            "im Wege der Fehlbedarfsfinanzierung.",
            "J'ai le plaisir de vous informer que la commission du programme "
            f"« {prog} » a décidé de vous attribuer une aide de {cash(award, lg)}.",
        ),
    )
    write(f, s, prose(rng, lg, "grant", 1, 3))
    table(
        f,
        grid(m, w - m, [(3, "left"), (1.5, "left"), (1.2, "right")]),
        [
            tr(lg, "Instalment", "Rate", "Versement"),
            tr(lg, "When", "Fälligkeit", "Échéance"),
            tr(lg, "Amount", "Betrag", "Montant"),
        ],
        [
            [
                tr(lg, "On signed acceptance", "Nach Bestandskraft", "À la signature"),
                short(d + timedelta(days=30), lg),
                money(award * 0.9, lg),
            ],
            [
                tr(
                    lg,
                    "On approval of final report",
                    "Nach Prüfung des Verwendungsnachweises",
                    "Sur bilan final",
                ),
                short(d + timedelta(days=300), lg),
                money(award * 0.1, lg),
            ],
        ],
        s,
        rules=True,
    )
    write(
        f,
        s,
        tr(
            lg,
            "Please sign and return the acceptance form within 28 days. "
            "The conditions of grant enclosed form part of this offer.",
            "Die beigefügten Nebenbestimmungen sind Bestandteil dieses "
            "Bescheids. Bitte senden Sie die Annahmeerklärung unterschrieben "
            "zurück.",
            "Les conditions générales d'attribution jointes font partie "
            "de la présente décision. Merci de nous retourner l'acceptation "
            "signée.",
        ),
    )
    regards(
        f,
        s,
        lg,
        person(keyed(who, "funder_officer"), lg),
        tr(lg, "Relationship Manager", "Programmleitung", "Chargée de programme"),
    )
    pages = f.pages
    c = sheets(s, h, f"{h.name} - {app}", top=False)
    caption(
        c,
        s,
        tr(
            lg,
            "Standard conditions of grant",
            "Allgemeine Nebenbestimmungen (ANBest-P)",
            "Conditions générales d'attribution",
        ),
        2,
    )
    for k in range(1, rng.randint(7, 14)):
        write(c, s, f"{k}. {words(rng, lg, 'grant')} {words(rng, lg, 'legal')}", s.size - 1)
    pages += c.pages
    a = Page(A4)
    y = m
    a.text(
        m,
        y,
        tr(
            lg,
            "ACCEPTANCE FORM",
            "ANNAHMEERKLÄRUNG / RECHTSBEHELFSVERZICHT",
            "ACCEPTATION DE L'AIDE",
        ),
        s.bold,
        13,
    )
    y += 24
    y = fields(
        a,
        s,
        m,
        y,
        w - 2 * m,
        [
            (tr(lg, "Application", "Antrag", "Dossier"), app),
            (tr(lg, "Organisation", "Zuwendungsempfänger", "Bénéficiaire"), studio_row()[0]),
            (tr(lg, "Grant", "Zuwendung", "Montant"), cash(award, lg)),
            (tr(lg, "Bank account", "Bankverbindung", "RIB"), studio_bank()),
        ],
        hand=False,
    )
    write_at = wrap(
        tr(
            lg,
            "We accept the grant on the conditions set out in the offer "
            "letter and the standard conditions of grant.",
            "Wir nehmen die Zuwendung zu den genannten Bedingungen an "
            "und verzichten auf Rechtsbehelfe.",
            "Nous acceptons l'aide aux conditions de la notification et des conditions générales.",
        ),
        s.font,
        s.size,
        w - 2 * m,
    )
    for ln in write_at:
        a.text(m, y, ln, s.font, s.size)
        y += s.size * 1.4
    y += 40
    sign_line(
        a,
        s,
        m,
        y,
        200,
        tr(lg, "Signature, name, date", "Ort, Datum, Unterschrift", "Lieu, date, signature"),
        own if rng.random() < 0.4 else "",
    )
    pages.append(a)
    received(rng, pages[0], d)
    remember(d)
    return close(pages, s, h)


def tpl_intern_agreement(rng: random.Random, who: Issuer) -> list[Page]:
    """An intern agreement: in England a work placement agreement between the studio, the
    student and the university; in Germany a Praktikumsvertrag with the minimum wage note; in
    France the school's convention de stage with its articles, the gratification and the
    signature page for the school, the studio and the intern."""
    h = make_head(keyed(who, "school").choice(SENDERS["school"][home()]), home(), "school")
    lg = h.lang
    issuer = h if lg != "de" else studio_head()
    s = style_of(issuer, A4, pt=9)
    w, _ = s.page_size
    m = s.margin
    d = some_day(rng)
    intern = person(rng, lg)
    start = d + timedelta(days=rng.randint(14, 40))
    weeks = rng.choice([4, 6, 8, 12, 24])
    title = tr(lg, "Work Placement Agreement", "Praktikumsvertrag", "CONVENTION DE STAGE")
    f = sheets(s, issuer, f"{title} - {intern}")
    caption(f, s, title, 4)
    if lg == "fr":
        write(
            f,
            s,
            "Vu le code de l'éducation, articles L124-1 à L124-20 et D124-1 à D124-13.",
            s.size - 1,
        )
    f.y = fields(
        f.page,
        s,
        m,
        f.y,
        w - 2 * m,
        [
            (
                tr(lg, "Host organisation", "Praktikumsgeber", "Organisme d'accueil"),
                studio_row()[0],
            ),
            (
                tr(lg, "Supervisor", "Betreuer/in", "Tuteur de stage"),
                crew(rng.choice(["engineer1", "engineer2", "owner"])),
            ),
            (tr(lg, "Student / intern", "Praktikant/in", "Stagiaire"), intern),
            (
                tr(lg, "Course", "Studiengang", "Formation"),
                rng.choice(
                    tr(
                        lg,
                        "BA Music Production|FdA Sound Engineering|BSc Audio Technology",
                        "B.A. Musikproduktion|Tonmeister|Audio Engineering",
                        "Licence Musicologie|BTS Métiers de l'audiovisuel - son|Master "
                        "Ingénierie sonore",
                    ).split("|")
                ),
            ),
            (
                tr(lg, "Education provider", "Hochschule", "Établissement d'enseignement"),
                h.name if lg != "de" else keyed(who, "school").choice(SENDERS["school"]["de"])[0],
            ),
            (
                tr(lg, "Period", "Zeitraum", "Période"),
                f"{short(start, lg)} - "
                f"{short(start + timedelta(weeks=weeks) - timedelta(days=1), lg)}",
            ),
            (
                tr(lg, "Hours", "Arbeitszeit", "Durée hebdomadaire"),
                rng.choice(["30 h", "35 h", "37.5 h" if lg == "en" else "35 h"]),
            ),
            (
                tr(lg, "Payment", "Vergütung", "Gratification"),
                tr(
                    lg,
                    "unpaid (course requirement)"
                    if rng.random() < 0.5
                    else f"{cash(11.44, lg)}/hr",
                    f"{cash(rng.choice([520, 800, 1200]), lg)} / Monat"
                    if weeks > 12
                    else "keine (Pflichtpraktikum)",
                    f"{cash(4.35, lg)} / heure" if weeks >= 8 else "non (stage < 2 mois)",
                ),
            ),
        ],
        hand=rng.random() < 0.3,
    )
    arts = tr(
        lg,
        "Purpose of the placement|Activities|Supervision|Health "
        "and safety|Insurance|Confidentiality|Intellectual property "
        "in recordings|Absence|Termination",
        "Ausbildungsziel|Pflichten des Praktikumsgebers|Pflichten "
        "des Praktikanten|Arbeitszeit und Urlaub|Vergütung|Versicherung|Verschwiegenheit|Rechte "
        "an Aufnahmen|Beendigung|Zeugnis",
        "Objet de la convention|Modalités du stage|Encadrement|Gratification|Protection "
        "sociale|Responsabilité civile|Discipline|Absences et congés|Propriété "
        "intellectuelle|Fin de stage - attestation|Interruption "
        "du stage",
    ).split("|")
    for k, t in enumerate(arts, 1):
        f.heading(m, tr(lg, f"{k}. {t}", f"§ {k} {t}", f"Article {k} - {t}"), s.bold, s.size)
        write(f, s, prose(rng, lg, "legal", 1, 3), s.size - 0.5)
    pages = f.pages
    sp = Page(A4)
    y = m + 10
    sp.text(m, y, tr(lg, "Signatures", "Unterschriften", "Signatures"), s.bold, 12)
    y += 30
    parties = [
        (
            tr(lg, "For the host organisation", "Praktikumsgeber", "Pour l'organisme d'accueil"),
            crew("owner"),
        ),
        (tr(lg, "Student", "Praktikant/in", "Le stagiaire"), intern),
    ]
    if lg != "de":
        parties.insert(
            0,
            (
                tr(lg, "For the university", "", "Pour l'établissement"),
                person(keyed(who, "dean"), lg),
            ),
        )
    colw = (w - 2 * m) / len(parties)
    for k, (lab, nm) in enumerate(parties):
        x = m + k * colw
        sp.rect(x, y, colw - 8, 130)
        sp.text(x + 6, y + 14, fit(lab, s.bold, 8, colw - 20), s.bold, 8)
        sp.text(x + 6, y + 28, fit(nm, s.font, 8, colw - 20), s.font, 8)
        if rng.random() < 0.85:
            scrawl(sp, x + 10, y + 80, nm)
        sp.text(x + 6, y + 120, f"{tr(lg, 'Date', 'Datum', 'Date')}: ", s.font, 7.5)
        hand(sp, x + 30, y + 120, short(d + timedelta(days=rng.randint(0, 6)), lg), 8)
        if k == 0 and lg == "fr":
            seal(sp, x + colw - 50, y + 60, 26, h.name.split(" ")[0].upper()[:14], "SCOLARITÉ")
    y += 160
    if lg == "fr":
        sp.text(
            m,
            y,
            "Annexe : attestation de stage (à remplir par l'organisme "
            "d'accueil à l'issue du stage)",
            s.font,
            8,
        )
    pages.append(sp)
    remember(d)
    return close(pages, s, issuer, numbers="Page {i}/{n}" if lg == "fr" else None)


def tpl_utility_bill(rng: random.Random, who: Issuer) -> list[Page]:
    """A utility's business bill for the studio's electricity or water: the account summary
    and amount on the first page, the meter readings, unit rates and standing charges with a
    bar chart of use on the back page; in England a bank giro slip at the foot."""
    h = head_of(who, "utility")
    lg = h.lang
    s = style_of(h, A4, margin=44, pt=9)
    w, hh = s.page_size
    m = s.margin
    water = "Water" in h.name or "Eau" in h.name
    ex = LAST["extra"]
    run = after(("utility_bill",)) and isinstance(ex, tuple) and ex[0] == h.name
    d = some_day(rng)
    acct = serial(keyed(who, "acct"), "999999999")
    meter = serial(rng, "A99A99999" if not water else "99W999999")
    site = rng.choice(
        tr(
            lg,
            "Studio|Rehearsal rooms|Unit 4 rear",
            "Studio|Proberäume|Hinterhaus",
            "Studio|Salles de répétition|Atelier arrière",
        ).split("|")
    )
    if run:
        site = tr(lg, "Rehearsal rooms", "Proberäume", "Salles de répétition")
    f = sheets(s, h, "")
    no = serial(rng, "9999999999")
    recipient(
        f,
        s,
        h,
        studio_lines(),
        d,
        [
            (tr(lg, "Account no.", "Kundennummer", "N° client"), acct),
            (tr(lg, "Bill no.", "Rechnungsnummer", "N° facture"), no),
        ],
    )
    caption(
        f,
        s,
        tr(
            lg,
            "Your business " + ("water bill" if water else "electricity bill"),
            "Ihre Rechnung " + ("Wasser/Abwasser" if water else "Strom Gewerbe"),
            "Votre facture " + ("d'eau" if water else "d'électricité"),
        ),
        3,
    )
    start = d - timedelta(days=rng.choice([30, 31, 91, 92]))
    use = rng.randint(900, 4200) if not water else rng.randint(20, 90)
    unit = rng.uniform(0.22, 0.34) if not water else rng.uniform(2.1, 4.6)
    standing = rng.uniform(0.45, 1.2) * (d - start).days
    net = round(use * unit + standing, 2)
    vat = round(
        net * (0.2 if lg != "de" else 0.19)
        if not water
        else net * (0.0 if lg == "en" else 0.07 if lg == "de" else 0.055),
        2,
    )
    f.page.rect(m, f.y, w - 2 * m, 80, fill=0.92)
    f.page.text(
        m + 10, f.y + 18, tr(lg, "Amount due", "Zu zahlender Betrag", "Montant à payer"), s.bold, 11
    )
    f.page.text(w - m - 10, f.y + 22, cash(net + vat, lg), s.bold, 18, "right")
    f.page.text(
        m + 10,
        f.y + 38,
        tr(
            lg,
            f"Billing period {short(start, lg)} - {short(d, lg)}",
            f"Abrechnungszeitraum {short(start, lg)} - {short(d, lg)}",
            f"Période du {short(start, lg)} au {short(d, lg)}",
        ),
        s.font,
        9,
    )
    f.page.text(
        m + 10,
        f.y + 52,
        fit(
            f"{tr(lg, 'Supply address', 'Lieferstelle', 'Adresse de consommation')}: "
            f"{studio_row()[1]} ({site})",
            s.font,
            9,
            w - 2 * m - 20,
        ),
        s.font,
        9,
    )
    f.page.text(
        m + 10,
        f.y + 66,
        tr(
            lg,
            "We will collect this by Direct Debit on "
            f"or after {short(d + timedelta(days=14), lg)}.",
            f"Der Betrag wird am {short(d + timedelta(days=10), lg)} "
            "per SEPA-Lastschrift eingezogen.",
            f"Prélèvement le {short(d + timedelta(days=12), lg)} sur votre compte.",
        ),
        s.font,
        9,
    )
    f.y += 100
    f.y = (
        pairs(
            f.page,
            s,
            m,
            f.y,
            [
                (tr(lg, "Previous balance", "Vorheriger Saldo", "Solde précédent"), cash(0, lg)),
                (
                    tr(lg, "Charges this period (net)", "Verbrauch netto", "Consommation HT"),
                    cash(net, lg),
                ),
                (tr(lg, "VAT", "USt.", "TVA"), cash(vat, lg)),
                (tr(lg, "Total", "Gesamt", "Total TTC"), cash(net + vat, lg)),
            ],
            w / 2 + 40,
        )
        + 10
    )
    write(
        f,
        s,
        tr(
            lg,
            "Moving premises or changing supplier? Tell us at least 14 days before. Prices "
            "include the Climate Change Levy where it applies.",
            "Ihr Vertrag läuft unverändert weiter. Preisänderungen teilen wir Ihnen mindestens "
            "einen Monat im Voraus mit.",
            "Votre contrat se poursuit aux conditions en vigueur. Vous pouvez consulter le détail "
            "des taxes et contributions dans votre espace client.",
        ),
        s.size - 1,
    )
    if lg == "en":
        f.y = hh - 190
        slip_rule(f.page, m, w - m, f.y, "bank giro credit")
        f.y += 20
        f.page.text(m, f.y, "bank giro credit", s.bold, 10)
        f.y = fields(
            f.page,
            s,
            m,
            f.y + 8,
            w - 2 * m,
            [
                ("Payee", h.name),
                ("Account reference", acct),
                ("Amount", ""),
                ("Cashier's stamp and initials", ""),
                ("Sort code / account", bank_line("en", keyed(who, "giro"))),
                ("Date", ""),
            ],
            per=3,
            tall=30,
            hand=False,
        )
        f.page.text(
            m, f.y + 4, f"{rng.randint(100000, 999999)} {acct} {rng.randint(10, 99)}", "Courier", 10
        )
    pages = f.pages
    b = Page(A4)
    y = m
    b.text(
        m,
        y,
        tr(lg, "Your charges in detail", "Ihre Abrechnung im Detail", "Détail de votre facture"),
        s.bold,
        12,
    )
    y += 22
    fl = Sheets(A4, hh - m, lambda pg, k: m)
    fl.page, fl.pages, fl.y = b, [b], y
    prev = rng.randint(10000, 90000)
    table(
        fl,
        grid(
            m, w - m, [(1.6, "left"), (1.2, "right"), (1.2, "right"), (0.9, "left"), (1.2, "right")]
        ),
        [
            tr(lg, "Meter", "Zähler", "Compteur"),
            tr(lg, "Previous", "Alter Stand", "Ancien index"),
            tr(lg, "Present", "Neuer Stand", "Nouvel index"),
            tr(lg, "Type", "Art", "Type"),
            tr(lg, "Units", "Verbrauch", "Conso."),
        ],
        [
            [
                meter,
                str(prev),
                str(prev + use),
                rng.choice(["A", "E", tr(lg, "C", "K", "C")]),
                f"{use} {'m3' if water else 'kWh'}",
            ]
        ],
        s,
        rules=True,
    )
    fl.y += 8
    table(
        fl,
        grid(m, w - m, [(3, "left"), (1.2, "right"), (1.2, "right"), (1.2, "right")]),
        [
            tr(lg, "Charge", "Position", "Libellé"),
            tr(lg, "Quantity", "Menge", "Quantité"),
            tr(lg, "Rate", "Preis", "Prix unitaire"),
            tr(lg, "Amount", "Betrag", "Montant"),
        ],
        [
            [
                tr(lg, "Unit charge", "Arbeitspreis", "Consommation"),
                f"{use} {'m3' if water else 'kWh'}",
                f"{unit:.4f}",
                money(use * unit, lg),
            ],
            [
                tr(lg, "Standing charge", "Grundpreis", "Abonnement"),
                f"{(d - start).days} {tr(lg, 'days', 'Tage', 'jours')}",
                f"{standing / (d - start).days:.4f}",
                money(standing, lg),
            ],
        ],
        s,
        rules=True,
    )
    fl.y += 20
    b.text(
        m,
        fl.y,
        tr(
            lg,
            "Your use over the last 12 months",
            "Ihr Verbrauch der letzten 12 Monate",
            "Votre consommation sur 12 mois",
        ),
        s.bold,
        9,
    )
    base = fl.y + 130
    for k in range(12):
        hgt = rng.uniform(0.3, 1.0) * 100
        b.rect(m + 10 + k * 36, base - hgt, 22, hgt, fill=0.55 if k < 11 else 0.2)
        b.text(
            m + 21 + k * 36,
            base + 10,
            f"{(month().month + k) % 12 or 12:02d}",
            s.font,
            7,
            "center",
        )
    b.line(m, base, m + 12 * 36 + 10, base)
    y = base + 40
    for ln in wrap(
        tr(
            lg,
            "Estimated readings are marked E. Please give us a reading "
            "if the estimate is wrong. If you have a complaint, contact "
            "us first; if we cannot resolve it within 8 weeks you may "
            "refer it to the Energy Ombudsman.",
            "Bei Fragen zu Ihrer Rechnung erreichen Sie uns unter der "
            "oben genannten Nummer. Schlichtungsstelle Energie e.V., "
            "Friedrichstraße 133, 10117 Berlin. Die Energiesteuer ist "
            "im Arbeitspreis enthalten.",
            "En cas de litige, vous pouvez saisir le médiateur national "
            "de l'énergie. Les taxes et contributions (accise, CTA) "
            "sont incluses dans le prix.",
        ),
        s.font,
        7.5,
        w - 2 * m,
    ):
        b.text(m, y, ln, s.font, 7.5)
        y += 10
    pages += fl.pages
    remember(d, (h.name,))
    return close(
        pages,
        s,
        h,
        numbers=rng.choice(
            [
                "{i}/{n}",
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
    """``tpl`` noting its kind, so that a companion can take up the same matter."""

    def run(rng: random.Random, who: Issuer) -> list[Page]:
        pages = tpl(rng, who)
        LAST["kind"] = name
        return pages

    run.__doc__ = tpl.__doc__
    return run


KINDS: dict[str, Template] = {
    "session_booking": tpl_session_booking,
    "artist_agreement": tpl_artist_agreement,
    "split_sheet": tpl_split_sheet,
    "mix_order": tpl_mix_order,
    "mastering_invoice": tpl_mastering_invoice,
    "hire_agreement": tpl_hire_agreement,
    "return_checklist": tpl_return_checklist,
    "repair_quote": tpl_repair_quote,
    "repair_invoice": tpl_repair_invoice,
    "rehearsal_contract": tpl_rehearsal_contract,
    "rights_statement": tpl_rights_statement,
    "mechanical_licence": tpl_mechanical_licence,
    "soundproof_quote": tpl_soundproof_quote,
    "insurance_schedule": tpl_insurance_schedule,
    "noise_complaint": tpl_noise_complaint,
    "council_notice": tpl_council_notice,
    "grant_application": tpl_grant_application,
    "award_letter": tpl_award_letter,
    "intern_agreement": tpl_intern_agreement,
    "utility_bill": tpl_utility_bill,
}
TEMPLATES_TTTT: dict[str, Template] = {k: tracked(k, t) for k, t in KINDS.items()}
#: Kinds that a pile often holds 2-4 of in a row from one sender.
RUN_KINDS = (
    "session_booking",
    "split_sheet",
    "mix_order",
    "repair_quote",
    "rights_statement",
    "utility_bill",
)
#: A kind often followed by a related paper, mostly from another sender.
FOLLOWS = {
    "artist_agreement": "split_sheet",
    "mix_order": "mastering_invoice",
    "hire_agreement": "return_checklist",
    "repair_quote": "repair_invoice",
    "noise_complaint": "council_notice",
    "grant_application": "award_letter",
}


# ---------------------------------------------------------------------------------------------
# Streams and generation (same files and labels as corpus.generate)
# ---------------------------------------------------------------------------------------------


def make_samovar_stream(rng: random.Random, n_docs: int, separators: bool) -> Stream:
    """One studio's pile: ``corpus.make_stream`` with batch runs (after a run kind, 1-3 more
    of the same kind from the same sender follow with probability 0.6) and companions (each
    kind in ``FOLLOWS`` is followed by its related paper with probability 0.5). The studio
    (country, name, month) is drawn once per stream."""
    r = random.Random(rng.getrandbits(32))
    lang = r.choice(["en", "en", "de", "de", "fr"])
    STUDIO["lang"] = lang
    STUDIO["row"] = r.randrange(len(STUDIOS[lang]))
    STUDIO["seed"] = r.getrandbits(24)
    STUDIO["month"] = date(r.choice([2024, 2025]), r.randint(1, 12), 1)
    LAST.clear()
    LAST.update(kind="", day=None, extra=None)
    run_odds = dict.fromkeys(RUN_KINDS, 0.6)
    return assemble_stream(
        rng, TEMPLATES_TTTT, n_docs, separators, run_odds, run_len=(1, 3), follows=FOLLOWS
    )


generate = part_generate(PART, SEED_OFFSET, make_samovar_stream, "templates TTTT")


def main(argv: list[str]) -> int:
    return part_main(argv, __doc__, PART, generate, scanned=12)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

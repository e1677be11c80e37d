"""Beaker part of the generated corpus: templates FFF, written blind for the next measurement.

A part of its own, ``beaker``. Its templates were written without looking at the boundary
detector, its documentation, its tuning or its evaluation, as the pile the reception desk of an
independent car repair garage with its own roadworthiness test bay (four mechanics and a
reception desk, in England, Germany or France) feeds through its scanner in a month: parts
distributors' invoices (with surcharge lines for exchange units, Altteilpfand, consigne) that
run over pages, now and then with the returns conditions behind; the distributors' van delivery
dockets on narrow slips or landscape A5, signed on receipt; the distributors' credit notes for
returned parts and refunded surcharges; tyre wholesalers' monthly statements of account with
the ageing boxes and a tear-off remittance slip; the garage's own job cards (Werkstattauftrag,
ordre de réparation) with tick boxes, the fuel gauge, a damage plan, the customer's signature
and often the technician's sheet with clockings and parts written by hand; the garage's repair
estimates (Kostenvoranschlag, devis) signed by the customer ("bon pour accord"), some with the
terms behind; roadworthiness test certificates (the MOT test certificate printed from the MOT
testing service, a Prüfbericht über die Hauptuntersuchung of the visiting TÜV or DEKRA
engineer with the emissions test page, a procès-verbal de contrôle technique); refusal notices
(refusal of an MOT test certificate, a Prüfbericht with erhebliche Mängel and no sticker, a
procès-verbal défavorable with the contre-visite date); warranty claim forms to the warranty
providers filled in by hand with the copy of the job card and the service book behind;
diagnostic equipment subscription invoices with the licence certificate and now and then the
licence terms; calibration certificates of the test bay's brake roller tester, headlamp aim
tester, gas analyser, smoke meter and decelerometer ("Page i of n", the results table on the
second page); waste oil, oil filter and battery collection notes (a hazardous waste
consignment note, an Übernahmeschein, a bordereau de suivi de déchets dangereux) with ticks,
codes and signatures; independent engineers' assessment reports for insurers (a cover page, the
repair method and figures, a photo sheet); insurers' repair authorisations with the customer's
satisfaction note; breakdown recovery operators' invoices with the driver's tow sheet behind;
customers' complaint letters, typed or handwritten, some with a copy of the garage's invoice
enclosed, and the garage's replies; card terminal merchant statements with the daily takings
and a landscape page of scheme fees; the testing organisation's monthly fee statements (MOT
slot statements, a TÜV or DEKRA Sammelrechnung over all the month's inspections, a network's
relevé de redevances) on landscape pages; and thorough examination reports of the vehicle lifts
(LOLER report, UVV-Prüfung der Hebebühne, vérification générale périodique du pont élévateur).
Each stream is one garage's pile: the garage (country, name, month, mechanics, customers'
cars) is drawn once per stream; its senders are of the garage's country and write in its
language, except that distributors, diagnostic software vendors, calibration firms and
complaining customers are now and then from abroad and write in their own. Page sizes range
from narrow delivery dockets and tow sheets through A5 and landscape A5 to A4, Letter and
landscape A4.

Labelling rule: what one sender issues in one go is one document, as the garage files it: the
returns conditions behind a distributor's invoice; every sheet of one statement with its
remittance slip; the technician's sheet behind the job card it belongs to; the terms behind an
estimate; the emissions page of a Prüfbericht; the copy of the job card and the service book
pages the garage sends with its warranty claim; the licence certificate and the terms of a
subscription invoice; both pages of a calibration certificate; the cover page, figures and
photo sheet of an assessor's report; the satisfaction note enclosed with an authorisation; the
tow sheet behind a recovery invoice; the invoice copy a customer encloses with the complaint;
the fee pages of a merchant statement and every page of a fee statement. Related papers are
documents of their own: the distributor's invoice after its delivery docket, the estimate
after a refusal notice, the insurer's authorisation after the assessor's
report, the warranty claim after the job card and the garage's reply after a complaint; and so
is each certificate, docket, invoice, note and report of a run.

Streams are assembled like ``corpus.make_stream`` (same separator sheets, same 30% chance of
repeating the previous kind and sender), plus batch runs: distributors' invoices and delivery
dockets, test certificates, calibration certificates, waste collection notes, lift reports and
recovery invoices often come 2-4 in a row from one sender with other cars, numbers, dates and
amounts; and companions: each related paper above often follows the document it answers, about
the same car. Drawn with ``corpus.draw_pdf``, scanned with ``corpus.scan`` and labelled exactly
like ``corpus.generate`` with ``"split": "beaker"`` and seeds offset by 5_700_000.

Usage: ``python benchmarks/corpus_beaker.py OUT_DIR [--streams N] [--scanned N] [--seed S]``
writes ``OUT_DIR/beaker/beaker_{born_digital,scanned}_NNNNNNN.{pdf,json}``.
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
    date_text,
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

PART = "beaker"
SEED_OFFSET = 5_700_000

MM = 72 / 25.4
A5L = landscape(A5)
A4L = landscape(A4)

# ---------------------------------------------------------------------------------------------
# Who writes: the garage and its outside senders, by country
# ---------------------------------------------------------------------------------------------

Row = tuple[str, str, str, str]  # name, street, town, telephone
GARAGES: dict[str, list[Row]] = {
    "en": [
        ("Hollybank Garage Ltd", "Hollybank Road", "Stockport SK4 3DD", "0161 432 7719"),
        ("Marsh Lane Motors", "Unit 3, 41 Marsh Lane", "Leicester LE3 2JA", "0116 287 4402"),
        ("T & J Autos (Bristol) Ltd", "2 Feeder Road", "Bristol BS2 0SB", "0117 971 3385"),
    ],
    "de": [
        ("Kfz-Meisterbetrieb Brandl GmbH", "Straubinger Straße 61", "93055 Regensburg", ""),
        ("Autowerkstatt Hoffmann & Sohn", "Leipziger Straße 212", "34123 Kassel", "0561 57 20 44"),
        ("Kfz-Technik Özdemir", "Evinger Straße 98", "44145 Dortmund", "0231 81 66 30"),
    ],
    "fr": [
        ("Garage du Centre SARL", "14 rue Lionnaise", "49100 Angers", "02 41 87 30 52"),
        ("Garage Moreau Automobiles", "88 avenue de Grammont", "37000 Tours", "02 47 05 61 18"),
        ("Auto Service des Quatre Routes", "3 route de Toulouse", "87000 Limoges", ""),
    ],
}
SENDERS: dict[str, dict[str, list[Row]]] = {
    "distributor": {
        "en": [
            ("Midshire Motor Factors Ltd", "Braunstone Trade Park", "Leicester LE3 1TX", ""),
            ("Allpart Distribution (UK) Ltd", "Unit 12, Trafford Park", "Manchester M17 1PG", ""),
            ("Westway Car Parts", "Avonmeads Trade Centre", "Bristol BS2 0SP", "0117 300 4110"),
        ],
        "de": [
            ("Kfz-Teile Brenner GmbH & Co. KG", "Gewerbepark 14", "93059 Regensburg", ""),
            ("Autoteile Nordhessen GmbH", "Sandershäuser Straße 3", "34123 Kassel", ""),
            ("Teilehandel Ruhr KG", "Bornstraße 250", "44145 Dortmund", "0231 86 01 70"),
        ],
        "fr": [
            ("Pièces Auto Loire SAS", "ZI Saint-Serge", "49100 Angers", "02 41 60 22 80"),
            ("Distri-Auto Touraine", "12 rue Ampère", "37170 Chambray-lès-Tours", ""),
            ("Comptoir Limousin de l'Automobile", "ZI Nord, rue Gay-Lussac", "87000 Limoges", ""),
        ],
    },
    "tyres": {
        "en": [
            ("Tyreline Wholesale Ltd", "Chesford Grange Ind. Est.", "Warrington WA1 4RQ", ""),
            ("Roadgrip Tyre Distributors", "Unit 7, Sherwood Park", "Nottingham NG15 0DS", ""),
        ],
        "de": [
            ("Reifen-Großhandel Weidner GmbH", "Industriestraße 9", "63741 Aschaffenburg", ""),
            ("Pneumobil Reifenlogistik GmbH", "Am Hafen 22", "47119 Duisburg", ""),
        ],
        "fr": [
            ("Pneus Distribution Ouest SAS", "ZA de la Gare", "44800 Saint-Herblain", ""),
            ("Gommes & Jantes Centre SARL", "Avenue de l'Europe", "18000 Bourges", ""),
        ],
    },
    "testing": {
        "en": [
            (
                "Driver and Vehicle Standards Agency",
                "The Ellipse, Padley Road",
                "Swansea SA1 8AN",
                "",
            )
        ],
        "de": [
            ("TÜV SÜD Auto Service GmbH", "Westendstraße 199", "80686 München", ""),
            ("DEKRA Automobil GmbH", "Handwerkstraße 15", "70565 Stuttgart", ""),
            ("GTÜ Prüfstelle Ing.-Büro Kranz", "Am Anger 4", "34125 Kassel", ""),
        ],
        "fr": [
            ("Contrôle Technique du Lac (centre agréé)", "2 rue du Lac", "49000 Angers", ""),
            ("Auto Bilan Touraine", "41 boulevard Jean Royer", "37000 Tours", ""),
            ("Sécuri-Contrôle Limousin", "ZI Magré, rue Marcel Dassault", "87000 Limoges", ""),
        ],
    },
    "warranty": {
        "en": [
            (
                "Assured Motor Warranty Ltd",
                "Warranty House, Bankside",
                "Kidderminster DY11 7RE",
                "",
            ),
            ("Drivecare Guarantee plc", "1 Waterside Way", "Northampton NN4 7XD", ""),
        ],
        "de": [
            ("Kfz-Garantie Service AG", "Friedrichstraße 6", "79098 Freiburg", ""),
            ("Autogarant Versicherungsdienst GmbH", "Königsallee 60", "40212 Düsseldorf", ""),
        ],
        "fr": [
            ("Garantie Auto Plus SA", "10 allée de Grenelle", "49000 Angers", ""),
            ("Mécaprotect Assistance", "28 rue de la Bourse", "69002 Lyon", ""),
        ],
    },
    "diag": {
        "en": [
            ("TechScan Diagnostics Ltd", "Delta Business Park", "Swindon SN5 7XG", "01793 480 900"),
            ("Autowise Diagnostic Systems Inc.", "4100 Industrial Blvd", "Ann Arbor, MI 48108", ""),
        ],
        "de": [
            ("Diagnosetechnik Halver GmbH", "Im Löh 2", "58553 Halver", "02353 90 77 0"),
            ("Werkstattdaten Online GmbH", "Kaiserstraße 100", "52134 Herzogenrath", ""),
        ],
        "fr": [
            ("Diagauto Systèmes SAS", "5 rue Jean Monnet", "31240 L'Union", "05 61 37 20 00"),
            ("Atelier Data France", "ZAC du Chêne", "69500 Bron", ""),
        ],
    },
    "calibration": {
        "en": [
            (
                "Precision Garage Equipment Services Ltd",
                "Unit 4, Pottery Lane",
                "Stoke ST4 1LX",
                "",
            ),
            ("Calibrate MOT Ltd", "9 Heath Road", "Stafford ST16 3AB", "01785 220 611"),
        ],
        "de": [
            (
                "Werkstatt-Prüftechnik Kalibrierdienst GmbH",
                "Rudolf-Diesel-Ring 7",
                "82054 Sauerlach",
                "",
            ),
            ("Messtechnik Seidel Service", "Weserstraße 41", "34125 Kassel", ""),
        ],
        "fr": [
            ("Métrologie Garage Services", "14 rue des Frères Lumière", "37100 Tours", ""),
            ("Étalonnage Équipements Auto SARL", "ZA des Landes", "44470 Carquefou", ""),
        ],
    },
    "lift": {
        "en": [
            (
                "Northway Engineering Inspection Services",
                "Park House, Station Road",
                "Crewe CW1 2BX",
                "",
            ),
            ("Liftcheck Inspection Ltd", "21 Mill Street", "Coventry CV1 4BH", ""),
        ],
        "de": [
            ("Hebetechnik Maier Service GmbH", "Sägewerkstraße 3", "93152 Nittendorf", ""),
            ("Sachkundigen-Dienst Hebebühnen Lohmann", "Ahornweg 12", "34260 Kaufungen", ""),
        ],
        "fr": [
            ("Contrôles Vérifications Industriels SAS", "6 rue Newton", "49070 Beaucouzé", ""),
            ("Bureau de Vérification Centre-Ouest", "22 rue de Bordeaux", "37000 Tours", ""),
        ],
    },
    "waste": {
        "en": [
            ("Oilcycle Collections Ltd", "Dock Road Depot", "Widnes WA8 0RT", "0151 423 6600"),
            ("Green Battery Recycling Ltd", "Unit 2, Canal Side", "Walsall WS2 8LB", ""),
        ],
        "de": [
            ("Altöl-Entsorgung Süd GmbH", "Hafenstraße 20", "93055 Regensburg", ""),
            ("Recycling Nordhessen Entsorgungs-GmbH", "Dennhäuser Straße 150", "34134 Kassel", ""),
        ],
        "fr": [
            ("Écohuile Collecte SARL", "Route de Nantes", "49610 Murs-Érigné", ""),
            ("Batteries Récup Centre", "Chemin des Rivières", "37300 Joué-lès-Tours", ""),
        ],
    },
    "insurer": {
        "en": [
            ("Sentinel Motor Insurance", "Claims Centre, PO Box 1120", "Leeds LS1 9AX", ""),
            ("Castle Mutual Insurance plc", "Motor Claims, Castle Court", "Norwich NR1 3DT", ""),
        ],
        "de": [
            (
                "Hanseatische Kraftfahrtversicherung AG",
                "Schadenservice, Postfach 10 22 40",
                "20015 Hamburg",
                "",
            ),
            ("Bayerische Landesversicherung VVaG", "Kraftfahrt-Schaden", "80538 München", ""),
        ],
        "fr": [
            ("Mutuelle Assurance Auto de l'Ouest", "Service sinistres auto", "79000 Niort", ""),
            (
                "Assurances Prévoyance Rhône",
                "Gestion sinistres, TSA 40012",
                "69439 Lyon Cedex 03",
                "",
            ),
        ],
    },
    "assessor": {
        "en": [
            ("Hartley Vehicle Assessors Ltd", "3 Minerva Court", "Chester CH1 4QT", ""),
            ("Pennine Motor Engineers", "Suite 5, Clough House", "Huddersfield HD1 2QA", ""),
        ],
        "de": [
            ("Kfz-Sachverständigenbüro Ritter", "Bahnhofstraße 17", "93047 Regensburg", ""),
            ("Ingenieurbüro Falk - Kfz-Gutachten", "Wilhelmshöher Allee 71", "34119 Kassel", ""),
        ],
        "fr": [
            ("Cabinet d'expertise automobile Lemaire", "9 place du Ralliement", "49100 Angers", ""),
            ("Expertises Auto Val de Loire", "16 rue Nationale", "37000 Tours", ""),
        ],
    },
    "recovery": {
        "en": [
            ("A1 Roadside Recovery", "Yard 2, Wharf Street", "Stockport SK4 1QS", "0161 480 2255"),
            ("Fosse Way Recovery & Transport", "Meridian Business Park", "Leicester LE19 1WU", ""),
        ],
        "de": [
            ("Abschleppdienst Krämer", "Daimlerstraße 5", "93055 Regensburg", "0941 79 40 0"),
            ("Pannenhilfe & Bergung Schulte", "Lindenstraße 2", "44147 Dortmund", ""),
        ],
        "fr": [
            (
                "Dépannage Remorquage Guérin",
                "ZA du Bois",
                "49130 Les Ponts-de-Cé",
                "02 41 44 19 19",
            ),
            ("Assistance Auto 87", "Route d'Ambazac", "87280 Limoges", ""),
        ],
    },
    "acquirer": {
        "en": [("Paycentre Merchant Services", "PO Box 4200", "Basingstoke RG21 6YH", "")],
        "de": [("Kartenzahlung Nord GmbH", "Überseering 33", "22297 Hamburg", "")],
        "fr": [
            (
                "Monétique Commerce Services",
                "Service commerçants, TSA 20455",
                "92099 La Défense",
                "",
            )
        ],
    },
}

FIRSTS = {
    "en": ["Gary", "Karen", "Darren", "Louise", "Paul", "Michelle", "Steve", "Joanne", "Asif"],
    "de": ["Uwe", "Sandra", "Markus", "Nicole", "Jürgen", "Tanja", "Dennis", "Heike", "Murat"],
    "fr": ["Franck", "Isabelle", "Ludovic", "Valérie", "Stéphane", "Sylvie", "Kévin", "Nadia"],
}
LASTS = {
    "en": ["Walsh", "Briggs", "Hussain", "Cartwright", "Doyle", "Pearson", "Lowe", "Kaur"],
    "de": ["Gruber", "Schäfer", "Krause", "Brandt", "Lehmann", "Yilmaz", "Fuchs", "Seidel"],
    "fr": ["Bernard", "Robin", "Fabre", "Marchand", "Dupuis", "Boyer", "Meunier", "Lambert"],
}
FEMALE = {"Karen", "Louise", "Michelle", "Joanne", "Sandra", "Nicole", "Tanja", "Heike"}
FEMALE |= {"Isabelle", "Valérie", "Sylvie", "Nadia"}
ROADS = {
    "en": ["Park Road", "Church Lane", "Victoria Street", "Mayfield Avenue", "The Crescent"],
    "de": ["Gartenstraße", "Am Sportplatz", "Birkenweg", "Schulstraße", "Mühlenweg"],
    "fr": ["rue Victor Hugo", "allée des Tilleuls", "rue de la Gare", "impasse des Roses"],
}
#: Customers' towns around each garage (in the order of ``GARAGES``).
TOWNS = {
    "en": [
        ["Stockport SK2 6PL", "Cheadle SK8 1AA", "Stockport SK4 2LN", "Bramhall SK7 1AB"],
        ["Leicester LE2 1XB", "Wigston LE18 4QA", "Leicester LE3 6DN", "Oadby LE2 5QB"],
        ["Bristol BS7 8AH", "Bristol BS4 3QL", "Keynsham BS31 1EH", "Bristol BS5 9LE"],
    ],
    "de": [
        ["93051 Regensburg", "93073 Neutraubling", "93059 Regensburg", "93083 Obertraubling"],
        ["34121 Kassel", "34131 Kassel", "34225 Baunatal", "34246 Vellmar"],
        ["44139 Dortmund", "44141 Dortmund", "58239 Schwerte", "59425 Unna"],
    ],
    "fr": [
        ["49000 Angers", "49100 Angers", "49130 Les Ponts-de-Cé", "49240 Avrillé"],
        ["37200 Tours", "37000 Tours", "37300 Joué-lès-Tours", "37170 Chambray-lès-Tours"],
        ["87100 Limoges", "87000 Limoges", "87280 Limoges", "87350 Panazol"],
    ],
}
#: German number plate district codes around each German garage.
DISTRICTS = [
    ["R", "R", "R", "REG", "KEH", "SAD"],
    ["KS", "KS", "KS", "HR", "ESW", "WOH"],
    ["DO", "DO", "DO", "UN", "HA", "EN"],
]

MODELS = [
    ("Ford", "Fiesta 1.0 EcoBoost", "petrol"),
    ("Ford", "Focus 1.5 TDCi", "diesel"),
    ("Vauxhall", "Corsa 1.2", "petrol"),
    ("Volkswagen", "Golf 2.0 TDI", "diesel"),
    ("Volkswagen", "Polo 1.0 TSI", "petrol"),
    ("Renault", "Clio IV 1.5 dCi", "diesel"),
    ("Peugeot", "208 1.2 PureTech", "petrol"),
    ("Peugeot", "308 SW 1.6 BlueHDi", "diesel"),
    ("Citroën", "C3 1.2", "petrol"),
    ("Opel", "Astra K 1.4", "petrol"),
    ("BMW", "320d Touring", "diesel"),
    ("Skoda", "Octavia 1.6 TDI", "diesel"),
    ("Toyota", "Yaris 1.5 Hybrid", "hybrid"),
    ("Nissan", "Qashqai 1.3 DIG-T", "petrol"),
    ("Dacia", "Sandero 0.9 TCe", "petrol"),
    ("Mercedes-Benz", "Sprinter 314 CDI", "diesel"),
    ("Fiat", "Ducato 2.3 Multijet", "diesel"),
    ("Kia", "Ceed 1.6 CRDi", "diesel"),
]
COLOURS = {
    "en": ["Silver", "Black", "Blue", "White", "Grey", "Red"],
    "de": ["silber", "schwarz", "blau", "weiß", "grau", "rot"],
    "fr": ["gris", "noir", "bleu", "blanc", "rouge", "beige"],
}

TALK = {
    "en": {
        "work": "vehicle engine brakes pads discs service oil filter clutch noise warning light "
        "fault code diagnosis replaced fitted checked suspension tyres steering exhaust leak",
        "letter": "car garage repair invoice charged work booked collected problem noise again "
        "explained mechanic phone week refund receptionist estimate price",
        "money": "account invoice payment balance due amount reference transfer period "
        "outstanding statement charges terms settlement credit",
        "legal": "agreement licence software terms subscription renewal liability notice "
        "customer data support update termination warranty use",
    },
    "de": {
        "work": "Fahrzeug Motor Bremsen Beläge Scheiben Inspektion Öl Filter Kupplung Geräusch "
        "Kontrollleuchte Fehlerspeicher Diagnose ersetzt montiert geprüft Fahrwerk Reifen Auspuff",
        "letter": "Auto Werkstatt Reparatur Rechnung berechnet Termin abgeholt Problem Geräusch "
        "wieder erklärt Meister Telefon Woche Erstattung Kostenvoranschlag Preis",
        "money": "Rechnung Zahlung Konto Saldo fällig Betrag Verwendungszweck Überweisung "
        "Zeitraum offen Auszug Gebühren Zahlungsziel Ausgleich Gutschrift",
        "legal": "Vertrag Lizenz Software Bedingungen Abonnement Verlängerung Haftung Kündigung "
        "Kunde Daten Support Aktualisierung Laufzeit Gewährleistung Nutzung",
    },
    "fr": {
        "work": "véhicule moteur freins plaquettes disques révision huile filtre embrayage bruit "
        "voyant défaut diagnostic remplacé monté contrôlé suspension pneus direction échappement",
        "letter": "voiture garage réparation facture facturé rendez-vous récupéré problème bruit "
        "encore expliqué mécanicien téléphone semaine remboursement devis prix",
        "money": "facture paiement compte solde échéance montant référence virement période "
        "impayé relevé frais règlement avoir",
        "legal": "contrat licence logiciel conditions abonnement renouvellement responsabilité "
        "résiliation client données assistance mise à jour durée garantie utilisation",
    },
}
GLUES = {
    "en": "the of and to for with on at by from this is are will be the a as we your all",
    "de": "die der das und zu für mit auf von ist sind wird bei nach den dem im wir Ihre",
    "fr": "le la les et de du pour avec sur par est sont sera au aux des une nous vos",
}


def words(rng: random.Random, lang: str, topic: str = "work", n: int | None = None) -> str:
    pool, glue = TALK[lang][topic].split(), GLUES[lang].split()
    ws = [rng.choice(pool if rng.random() < 0.5 else glue) for _ in range(n or rng.randint(7, 15))]
    text = " ".join(ws)
    return text[0].upper() + text[1:] + "."


def prose(rng: random.Random, lang: str, topic: str = "work", lo: int = 2, hi: int = 4) -> str:
    return " ".join(words(rng, lang, topic) for _ in range(rng.randint(lo, hi)))


# ---------------------------------------------------------------------------------------------
# What the papers say: work done, failures, damage, remarks
# ---------------------------------------------------------------------------------------------

SAID: dict[str, dict[str, list[str]]] = {
    "work": {
        "en": [
            "Diagnose fault codes, road test",
            "Replace front pads and discs",
            "Renew timing belt kit and water pump",
            "Oil and filter change",
            "Replace N/S front drop link",
            "Renew clutch kit",
            "Regas aircon, leak test",
            "Replace rear shock absorbers",
            "Check and adjust tracking",
            "Renew auxiliary belt",
            "Replace glow plugs",
            "Replace battery, test charging",
            "Fit exhaust back box",
            "Renew brake fluid",
            "Replace wiper blades",
            "Adjust handbrake",
        ],
        "de": [
            "Fehlerspeicher auslesen, Probefahrt",
            "Bremsbeläge und -scheiben vorne erneuern",
            "Zahnriemen und Wasserpumpe erneuern",
            "Ölwechsel mit Filter",
            "Koppelstange VL erneuern",
            "Kupplung erneuern",
            "Klimaanlage befüllen, Dichtheitsprüfung",
            "Stoßdämpfer hinten erneuern",
            "Spur einstellen",
            "Keilrippenriemen erneuern",
            "Glühkerzen erneuern",
            "Batterie erneuern, Ladesystem prüfen",
            "Endschalldämpfer montieren",
            "Bremsflüssigkeit wechseln",
            "Wischblätter erneuern",
            "Handbremse einstellen",
        ],
        "fr": [
            "Lecture défauts, essai routier",
            "Remplacement plaquettes et disques AV",
            "Remplacement kit distribution + pompe à eau",
            "Vidange + filtre à huile",
            "Remplacement biellette AVG",
            "Remplacement kit embrayage",
            "Recharge clim, contrôle étanchéité",
            "Remplacement amortisseurs AR",
            "Réglage parallélisme",
            "Remplacement courroie accessoires",
            "Remplacement bougies de préchauffage",
            "Remplacement batterie, test charge",
            "Pose silencieux AR",
            "Purge liquide de frein",
            "Remplacement balais essuie-glace",
            "Réglage frein à main",
        ],
    },
    "failure": {
        "en": [
            "Customer reports loss of power and engine warning light.",
            "Turbocharger oil seal failed, oil in intercooler pipes.",
            "Water pump bearing noisy, coolant weeping from seal.",
            "Gearbox whine in 5th gear, bearing wear confirmed on strip-down.",
            "Dual mass flywheel rattle at idle, excessive free play.",
            "Air con compressor clutch seized.",
            "EGR valve stuck open, fault code P0401.",
            "Injector leak-back test failed on cylinder 3.",
        ],
        "de": [
            "Kunde meldet Leistungsverlust und Motorkontrollleuchte.",
            "Turbolader Dichtung defekt, Öl im Ladeluftschlauch.",
            "Wasserpumpe Lager laut, Kühlmittelverlust an der Dichtung.",
            "Getriebegeräusch im 5. Gang, Lagerschaden nach Zerlegung bestätigt.",
            "ZMS klappert im Leerlauf, Verdrehspiel zu groß.",
            "Klimakompressor Magnetkupplung fest.",
            "AGR-Ventil hängt offen, Fehlercode P0401.",
            "Injektor Zyl. 3 Rücklaufmenge zu hoch.",
        ],
        "fr": [
            "Le client signale une perte de puissance et le voyant moteur allumé.",
            "Joint de turbo HS, huile dans les durites d'échangeur.",
            "Roulement de pompe à eau bruyant, fuite de liquide au joint.",
            "Sifflement de boîte en 5e, usure du roulement constatée au démontage.",
            "Volant bimasse bruyant au ralenti, jeu excessif.",
            "Embrayage de compresseur de climatisation grippé.",
            "Vanne EGR bloquée ouverte, code défaut P0401.",
            "Injecteur cylindre 3 : débit de retour excessif.",
        ],
    },
    "damage": {
        "en": [
            "Impact to the nearside front corner at low speed.",
            "Bumper cover split and mounting brackets broken.",
            "Headlamp lens cracked and mounting lugs broken.",
            "Bonnet leading edge distorted; wing creased above the wheel arch.",
            "No structural damage found; airbags not deployed.",
            "Repair by replacement is recommended for the bumper and headlamp.",
        ],
        "de": [
            "Anstoß im Frontbereich links bei geringer Geschwindigkeit.",
            "Stoßfängerverkleidung gerissen, Halter gebrochen.",
            "Scheinwerferstreuscheibe gerissen, Befestigungslaschen abgebrochen.",
            "Motorhaube an der Vorderkante verformt, Kotflügel eingedrückt.",
            "Keine Schäden an der tragenden Struktur; Airbags nicht ausgelöst.",
            "Stoßfänger und Scheinwerfer sind zu erneuern.",
        ],
        "fr": [
            "Choc à l'avant gauche à faible vitesse.",
            "Bouclier fendu, pattes de fixation cassées.",
            "Optique fissurée, pattes de fixation arrachées.",
            "Capot déformé en bordure avant, aile enfoncée au-dessus du passage de roue.",
            "Pas de dommage de structure ; airbags non déclenchés.",
            "Remplacement du bouclier et de l'optique préconisé.",
        ],
    },
    "lift": {
        "en": [
            "Arm lock pawl worn - replace",
            "Safety nut wear 1.2 mm - monitor",
            "Hose chafed at column base",
            "Anchor bolt loose - re-torque",
            "SWL label missing",
            "Emergency stop button cracked",
        ],
        "de": [
            "Arretierung Tragarm verschlissen - erneuern",
            "Verschleiß Sicherheitsmutter 1,2 mm",
            "Hydraulikschlauch an Säule scheuert",
            "Dübel lose - nachziehen",
            "Tragfähigkeitsschild fehlt",
            "NOT-HALT-Taster beschädigt",
        ],
        "fr": [
            "Cran de verrouillage usé - à remplacer",
            "Usure écrou de sécurité 1,2 mm",
            "Flexible frottant en pied de colonne",
            "Ancrage desserré - resserrer",
            "Plaque de charge absente",
            "Bouton d'arrêt d'urgence fissuré",
        ],
    },
    "reply": {
        "en": [
            "We have looked again at the job card and the technician's notes for your visit.",
            "The noise you describe was not present when the car was road tested before "
            "collection.",
            "The parts listed on the invoice were fitted; the old parts have been kept and you "
            "are welcome to see them.",
            "The additional work was agreed with you by telephone on the day, as noted on the "
            "job card.",
        ],
        "de": [
            "Wir haben den Werkstattauftrag und die Aufzeichnungen des Monteurs noch einmal "
            "geprüft.",
            "Das beschriebene Geräusch trat bei der Probefahrt vor der Übergabe nicht auf.",
            "Die berechneten Teile wurden eingebaut; die Altteile liegen zur Ansicht bereit.",
            "Die Mehrarbeiten wurden am Auftragstag telefonisch mit Ihnen abgestimmt, wie auf dem "
            "Auftrag vermerkt.",
        ],
        "fr": [
            "Nous avons réexaminé l'ordre de réparation et les notes du mécanicien.",
            "Le bruit que vous décrivez n'était pas présent lors de l'essai routier avant la "
            "restitution.",
            "Les pièces facturées ont bien été montées ; les pièces usagées sont à votre "
            "disposition.",
            "Les travaux complémentaires ont été convenus avec vous par téléphone le jour même, "
            "comme indiqué sur l'ordre de réparation.",
        ],
    },
    "grievance": {
        "en": [
            "When I collected the car there was grease on the driver's seat.",
            "The car was not ready at the promised time and I had to take a day off work.",
            "The warning light came back on the same evening.",
        ],
        "de": [
            "Bei der Abholung war der Fahrersitz verschmutzt.",
            "Das Fahrzeug war zum zugesagten Termin nicht fertig; ich musste einen Tag Urlaub "
            "nehmen.",
            "Die Kontrollleuchte ging noch am selben Abend wieder an.",
        ],
        "fr": [
            "À la restitution, le siège conducteur était taché de graisse.",
            "Le véhicule n'était pas prêt à l'heure convenue et j'ai dû poser une journée.",
            "Le voyant s'est rallumé le soir même.",
        ],
    },
}


def said(rng: random.Random, lang: str, what: str) -> str:
    """One of the things papers of this kind say (``SAID[what]``) in ``lang``."""
    return rng.choice(SAID[what][lang])


# ---------------------------------------------------------------------------------------------
# The garage of a stream: its country, month, mechanics and customers' cars
# ---------------------------------------------------------------------------------------------

GARAGE: dict[str, object] = {"lang": "en", "row": 0, "seed": 0, "month": date(2025, 3, 1)}


@dataclass
class Car:
    """A customer's car, as the papers about it name it."""

    make: str
    model: str
    fuel: str
    reg: str
    vin: str
    year: int
    miles: int
    colour: int
    owner: str
    female: bool
    lines: list[str]  # postal address under the name
    lang: str
    phone: str


#: What the previous document was about (a companion takes up the same car and day).
LAST: dict[str, object] = {"kind": "", "car": None, "day": None, "extra": None}
CARS: list[Car] = []


def home() -> str:
    return str(GARAGE["lang"])


def month() -> date:
    m = GARAGE["month"]
    assert isinstance(m, date)
    return m


def keyed(who: Issuer, key: str) -> random.Random:
    """Draws fixed by the issuer, the stream's garage and ``key``: a run or a repeat keeps its
    sender."""
    text = f"beaker/{key}/{who.name}/{who.street}/{who.city}/{GARAGE['seed']}"
    return random.Random(zlib.crc32(text.encode()))


def some_day(rng: random.Random) -> date:
    d = month() + timedelta(days=rng.randint(0, 30))
    return d + timedelta(days=1 if d.weekday() == 6 else 0)


def after(kinds: tuple[str, ...]) -> bool:
    return LAST["kind"] in kinds


def last_day(rng: random.Random, kinds: tuple[str, ...], lag: tuple[int, int]) -> date:
    d = LAST["day"]
    if after(kinds) and isinstance(d, date):
        return d + timedelta(days=rng.randint(*lag))
    return some_day(rng)


def remember(car: Car | None, d: date, extra: object = None) -> None:
    LAST.update(car=car, day=d, extra=extra)


def period_end(kind: str) -> date:
    """The last day of the month a statement covers: the stream's month, or the month before
    the previous statement's when one of the same kind came just before (a run of them)."""
    ex = LAST["extra"]
    if after((kind,)) and isinstance(ex, date):
        return ex.replace(day=1) - timedelta(days=1)
    return (month() + timedelta(days=32)).replace(day=1) - timedelta(days=1)


def near(lang: str, rng: random.Random) -> int:
    """The garage's row when ``lang`` is its country's, else any row of that country."""
    return int(GARAGE["row"]) if lang == home() else rng.randrange(3)


def plate(rng: random.Random, lang: str) -> str:
    if lang == "de":
        pre = rng.choice(DISTRICTS[near(lang, rng)])
        return f"{pre}-{serial(rng, 'AA')} {rng.randint(1, 9999)}"
    if lang == "fr":
        return serial(rng, "AA-999-AA")
    age = rng.choice([12, 14, 15, 16, 17, 18, 19, 65, 66, 67, 68, 69, 70, 71, 21, 22])
    return f"{serial(rng, 'AA')}{age:02d} {serial(rng, 'AAA')}"


def a_car(rng: random.Random, lang: str) -> Car:
    make, model, fuel = rng.choice(MODELS)
    if make == "Vauxhall" and lang != "en":
        make = "Opel"
    first = rng.choice(FIRSTS[lang])
    last = rng.choice(LASTS[lang])
    road = rng.choice(ROADS[lang])
    no = rng.randint(1, 140)
    wmi = {"Ford": "WF0", "Volkswagen": "WVW", "Renault": "VF1", "Peugeot": "VF3", "BMW": "WBA"}
    vin = wmi.get(make, serial(rng, "AAA")) + serial(rng, "AA9A9A9999999A").replace("I", "J")
    vin = vin.replace("O", "0").replace("Q", "R")[:17]
    year = rng.randint(2008, 2021)
    phone = {
        "en": f"07{rng.randint(100, 999)} {rng.randint(100000, 999999)}",
        "de": f"01{rng.randint(51, 79)} {rng.randint(1000000, 9999999)}",
        "fr": f"06 {rng.randint(10, 99)} {rng.randint(10, 99)} {rng.randint(10, 99)} "
        f"{rng.randint(10, 99)}",
    }[lang]
    return Car(
        make=make,
        model=model,
        fuel=fuel,
        reg=plate(rng, lang),
        vin=vin,
        year=year,
        miles=int((2026 - year) * rng.uniform(5500, 13500)),
        colour=rng.randrange(6),
        owner=f"{first} {last}" if lang != "fr" else f"{first} {last.upper()}",
        female=first in FEMALE,
        lines=[
            f"{road} {no}" if lang == "de" else f"{no} {road}",
            rng.choice(TOWNS[lang][near(lang, rng)]),
        ],
        lang=lang,
        phone=phone,
    )


def car_for(rng: random.Random, kinds: tuple[str, ...] = ()) -> Car:
    """The previous document's car if it was one of ``kinds``, else one of the garage's
    customers' cars."""
    c = LAST["car"]
    if kinds and isinstance(c, Car) and after(kinds):
        return c
    return rng.choice(CARS)


def odo(car: Car, lang: str) -> str:
    """The car's odometer reading as the country reads it (miles in England)."""
    if lang == "en":
        return f"{car.miles:,} miles"
    km = int(car.miles * 1.609)
    return f"{money(km, lang)[:-3]} km"


def mx(name: str, lang: str, female: bool) -> str:
    if lang == "de":
        return f"{'Frau' if female else 'Herr'} {name}"
    if lang == "fr":
        return f"{'Madame' if female else 'Monsieur'} {name}"
    return f"{'Mrs' if female else 'Mr'} {name}"


def mechanics() -> list[str]:
    r = random.Random(zlib.crc32(f"beaker/mechanics/{GARAGE['seed']}".encode()))
    lg = home()
    return [f"{r.choice(FIRSTS[lg])} {r.choice(LASTS[lg])}" for _ in range(4)]


def receptionist() -> str:
    r = random.Random(zlib.crc32(f"beaker/desk/{GARAGE['seed']}".encode()))
    lg = home()
    return f"{r.choice(FIRSTS[lg])} {r.choice(LASTS[lg])}"


def labour_rate() -> float:
    r = random.Random(zlib.crc32(f"beaker/rate/{GARAGE['seed']}".encode()))
    return {"en": 68.0, "de": 96.0, "fr": 62.0}[home()] + r.choice([0, 4, 8, 12, 18])


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
LOOKS = ["band", "centred", "logo", "boxed", "plain", "side"]
TRADE = {
    "garage": (
        "Servicing - Repairs - MOT Testing",
        "Kfz-Meisterbetrieb - HU/AU im Haus",
        "Mécanique - Entretien - Contrôle technique",
    ),
    "distributor": ("Motor factors - trade counter", "Kfz-Teile Großhandel", "Pièces de rechange"),
    "tyres": ("Tyre wholesale", "Reifengroßhandel", "Grossiste pneumatiques"),
    "recovery": ("24 hr recovery - transport", "Abschleppen - Bergen - 24 h", "Dépannage 24h/24"),
    "calibration": ("Garage equipment calibration", "Kalibrierlabor", "Métrologie - étalonnage"),
}


def legal_lines(r: random.Random, name: str, lang: str, role: str) -> list[str]:
    if role in ("testing",):
        return []
    if lang == "de":
        bank = r.choice(
            ["Sparkasse Regensburg", "Kasseler Sparkasse", "Volksbank Dortmund", "HypoVereinsbank"]
        )
        out = [
            f"{name} - Steuer-Nr. {r.randint(100, 299)}/{r.randint(100, 999)}/"
            f"{r.randint(10000, 99999)}"
            + (f" - USt-IdNr. DE{r.randint(100000000, 999999999)}" if r.random() < 0.6 else ""),
            f"{bank} - IBAN DE{r.randint(10, 99)} {r.randint(1000, 9999)} {r.randint(1000, 9999)} "
            f"{r.randint(1000, 9999)} {r.randint(1000, 9999)} {r.randint(10, 99)}",
        ]
        if "GmbH" in name or "AG" in name or "KG" in name:
            out.insert(
                0,
                f"Sitz {r.choice(['Regensburg', 'Kassel', 'Hamburg', 'München'])} - Amtsgericht "
                f"HRB {r.randint(1000, 99999)} - Geschäftsführer: "
                + r.choice(["Dipl.-Ing. Rainer Kolb", "Petra Hanke", "Sven Ortmann"]),
            )
        return out
    if lang == "fr":
        siret = (
            f"{r.randint(300, 899)} {r.randint(100, 999)} {r.randint(100, 999)} "
            f"{r.randint(10000, 99999)}"
        )
        out = [
            f"{name} - SIRET {siret} - APE "
            f"{r.choice(['4520A', '4531Z', '4532Z', '7120A', '3832Z', '5229A'])}"
            + (" - RCS Angers" if r.random() < 0.3 else "")
        ]
        if r.random() < 0.7:
            out.append(
                f"TVA FR{r.randint(10, 99)} {r.randint(100, 999)} {r.randint(100, 999)} "
                f"{r.randint(100, 999)} - IBAN FR76 {r.randint(1000, 9999)} "
                f"{r.randint(1000, 9999)} {r.randint(1000, 9999)} {r.randint(1000, 9999)}"
            )
        return out
    out = []
    if "Ltd" in name or "plc" in name or "Inc" in name:
        out.append(f"Registered in England No. {r.randint(3000000, 13999999):08d}")
    if r.random() < 0.7:
        out.append(
            f"VAT Reg. No. GB {r.randint(100, 999)} {r.randint(1000, 9999)} {r.randint(10, 99)}"
        )
    if role == "garage" and r.random() < 0.6:
        out.append(r.choice(["RMI member", "Good Garage Scheme", "Trust My Garage member"]))
    return [" - ".join(out)] if out else []


def make_head(row: Row, lang: str, role: str) -> Head:
    """The paper habits of the sender ``row``: the same all through one stream."""
    name, street, town, phone = row
    r = random.Random(zlib.crc32(f"beaker/head/{name}/{GARAGE['seed']}".encode()))
    font, bold = r.choice(FACES)
    host = "".join(c for c in name.lower().split()[0] if c.isalpha() and c.isascii())[:12]
    tld = {"en": "co.uk", "de": "de", "fr": "fr"}[lang]
    if "Inc." in name:
        tld = "com"
    looks = LOOKS
    if role in ("testing", "insurer", "acquirer"):
        looks = ["official", "band", "plain"] if role != "testing" else ["official"]
        font, bold = ("Helvetica", "Helvetica-Bold")
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
        margin=r.choice([44, 50, 56, 62]),
        again=r.random() < 0.3,
        foot=legal_lines(r, name, lang, role) if r.random() < 0.75 else [],
        numbers=r.choice(PAGE_NOS[lang]),
        corner=r.choice(["bc", "br", "tr", "bc", "bl"]),
        dates=r.choice(["short", "long"] + (["iso", "short"] if lang == "en" else [])),
        mail=f"{r.choice(['info', 'office', 'accounts', 'sales'])}@{host or 'mail'}.{tld}"
        if r.random() < 0.7
        else "",
    )


def garage_head() -> Head:
    lang = home()
    return make_head(GARAGES[lang][int(GARAGE["row"])], lang, "garage")  # type: ignore[call-overload]


#: Senders that come to the garage (listed in the order of the garages' towns).
LOCAL = ("distributor", "testing", "lift", "waste", "assessor", "recovery")


def head_of(who: Issuer, role: str, abroad: float = 0.0) -> Head:
    """The ``role`` sender of ``who`` (the same for the same issuer and garage), of the
    garage's country or, with odds ``abroad``, of another."""
    r = keyed(who, role)
    lang = home()
    if r.random() < abroad:
        lang = r.choice([x for x in ("en", "de", "fr") if x != lang])
    rows = SENDERS[role][lang]
    if lang == home() and role in LOCAL and r.random() < 0.75:
        # Most firms that call at the garage are the ones of its own town.
        return make_head(rows[int(GARAGE["row"]) % len(rows)], lang, role)
    return make_head(r.choice(rows), lang, role)


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
    """A circle drawn as a polygon (round stamps, gauges)."""
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
    pt = shrink(top, "Helvetica", 6.5, r * 1.5)
    p.text(cx, cy - r * 0.45, fit(top, "Helvetica", pt, r * 1.5), "Helvetica", pt, "center")
    pt2 = shrink(mid, "Helvetica", 6.5, r * 1.4)
    p.text(cx, cy + r * 0.62, fit(mid, "Helvetica", pt2, r * 1.4), "Helvetica", pt2, "center")
    p.text(cx, cy + 3, "*", "Helvetica-Bold", 11, "center")


def logo(p: Page, x: float, y: float, h: Head) -> None:
    """A sender's mark: initials in a rounded badge, or a wheel for the motor trade."""
    if h.role in ("garage", "tyres", "recovery"):
        ring(p, x + 15, y + 5, 15)
        ring(p, x + 15, y + 5, 6, 16)
        for k in range(6):
            a = math.pi * k / 3
            p.line(
                x + 15 + 6 * math.cos(a),
                y + 5 + 6 * math.sin(a),
                x + 15 + 14 * math.cos(a),
                y + 5 + 14 * math.sin(a),
            )
        return
    initials = "".join(t[0] for t in h.name.replace("&", " ").split() if t[0].isupper())[:3]
    p.rect(x, y - 10, 34, 30, fill=0.2)
    p.text(x + 17, y + 9, initials, "Helvetica-Bold", 12 if len(initials) < 3 else 10, "center")


def emblem(p: Page, x: float, y: float) -> None:
    """The small crest of an agency or testing body: a shield outline with bars."""
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
        emblem(p, m, y - 12)
        lines = h.name.split(" - ") if " - " in h.name else [h.name]
        yy = y
        for k, t in enumerate(lines):
            f_, pt = (h.bold, 11) if k == 0 else (h.font, 9)
            p.text(m + 32, yy, fit(t, f_, pt, w / 2 + 60 - m), f_, pt)
            yy += 12
        p.text(m + 32, yy, fit(where, h.font, 7, w / 2 - m), h.font, 7)
        if contact:
            p.text(w - m, y, fit(contact, h.font, 7, w / 2 - m - 40), h.font, 7, "right")
        return yy + 30
    if h.look == "band":
        p.rect(0, y - 14, w, 26, fill=0.78)
        pt = shrink(h.name.upper(), h.bold, 12, w - 2 * m)
        p.text(m, y + 3, h.name.upper(), h.bold, pt)
        p.text(m, y + 24, fit(f"{where}   {contact}", h.font, 7, w - 2 * m), h.font, 7)
        if line2:
            p.text(w - m, y + 24, fit(line2, h.font, 7, w / 3), h.font, 7, "right")
        return y + 46
    if h.look == "centred":
        pt = shrink(h.name, h.bold, s.size + 6, w - 2 * m)
        p.text(w / 2, y + 2, h.name, h.bold, pt, "center")
        it = italic_of(h.font)
        p.text(w / 2, y + 15, fit(line2 or where, it, 7.5, w - 2 * m), it, 7.5, "center")
        p.text(
            w / 2,
            y + 24,
            fit(f"{where}  {contact}" if line2 else contact, h.font, 7, w - 2 * m),
            h.font,
            7,
            "center",
        )
        p.line(m, y + 30, w - m, y + 30)
        return y + 50
    if h.look == "logo":
        logo(p, m, y - 6, h)
        pt = shrink(h.name, h.bold, s.size + 4, w * 0.55 - m)
        p.text(m + 42, y + 2, h.name, h.bold, pt)
        if line2:
            p.text(
                m + 42,
                y + 13,
                fit(line2, italic_of(h.font), 7.5, w * 0.5 - m),
                italic_of(h.font),
                7.5,
            )
        yy = y - 4
        for t in (h.street, h.town, tel, h.mail):
            if t:
                p.text(w - m, yy, fit(t, h.font, 7.5, w * 0.33), h.font, 7.5, "right")
                yy += 8.5
        return max(yy, y + 24) + 16
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
        p.text(m, y + 15, fit(line2, italic_of(h.font), 7.5, w * 0.55 - m), italic_of(h.font), 7.5)
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
    parts = [t for t in parts if t not in ("Dr", "Dipl", "Ing")] or parts
    text = f"{parts[0][0]}{parts[-1][:8].capitalize()}" if len(parts) > 1 else parts[0]
    p.text(x + 2, y - 1, text, INK, pt)
    end = x + 6 + tw(text, INK, pt)
    p.line(end - 4, y - 2, end + 12, y - 9)
    p.line(x, y + 2, end - 8, y + 1)


def received(rng: random.Random, p: Page, d: date, odds: float = 0.3) -> None:
    """Now and then the garage's received stamp on the first page."""
    if rng.random() < odds:
        w, _ = p.size
        lg = home()
        stamp(
            p,
            w - rng.uniform(150, 210),
            rng.uniform(70, 170),
            [
                tr(lg, "RECEIVED", "EINGEGANGEN", "REÇU LE"),
                short(d + timedelta(days=rng.randint(1, 4)), lg),
                rng.choice(
                    {
                        "en": ["Office", "Accounts", "Reception"],
                        "de": ["Büro", "Buchhaltung", "erl."],
                        "fr": ["Accueil", "Compta", "Bureau"],
                    }[lg]
                ),
            ],
        )


def paid_note(rng: random.Random, p: Page, x: float, y: float, d: date, odds: float = 0.3) -> None:
    """The office's handwritten note that a bill was paid or posted."""
    if rng.random() < odds:
        lg = home()
        hand(
            p,
            x,
            y,
            rng.choice(
                [
                    tr(
                        lg,
                        f"pd {short(d, lg)} BACS",
                        f"bez. {short(d, lg)}",
                        f"réglé le {short(d, lg)}",
                    ),
                    tr(lg, "posted", "gebucht", "saisi"),
                    tr(
                        lg,
                        f"paid card {short(d, lg)}",
                        f"überw. {short(d, lg)}",
                        f"vir. {short(d, lg)}",
                    ),
                ]
            ),
            10.5,
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
            ["Yours sincerely", "Kind regards", "Regards", "Yours faithfully"][len(name) % 4],
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
    r = random.Random(zlib.crc32(f"beaker/staff/{tag}/{h.name}/{GARAGE['seed']}".encode()))
    return f"{r.choice(FIRSTS[h.lang])} {r.choice(LASTS[h.lang])}"


def garage_lines(att: str = "") -> list[str]:
    g = garage_head()
    return [g.name, *([att] if att else []), g.street, g.town]


def customer_lines(car: Car, lang: str) -> list[str]:
    return [mx(car.owner, lang, car.female), *car.lines]


def vat_rate(lang: str) -> float:
    return {"en": 20.0, "de": 19.0, "fr": 20.0}[lang]


def totals(
    f: Sheets, s: Style, lg: str, net: float, rate: float, label: str = "", credit: bool = False
) -> float:
    """Net, tax at ``rate`` and total right-aligned under a table; returns the total."""
    w, _ = f.size
    m = s.margin
    f.need(70)
    f.y += 4
    f.page.line(w * 0.55, f.y - 8, w - m, f.y - 8)
    tax = round(net * rate / 100, 2)
    rows = [(tr(lg, "Net", "Netto", "Total HT"), net)]
    if rate:
        rows.append(
            (label or tr(lg, f"VAT {rate:g}%", f"MwSt. {rate:g} %", f"TVA {rate:g} %"), tax)
        )
    gross = round(net + tax, 2)
    rows.append(
        (
            tr(lg, "Total credit", "Gutschriftsbetrag", "Total avoir TTC")
            if credit
            else tr(lg, "Total due", "Rechnungsbetrag", "Total TTC"),
            gross,
        )
    )
    for k, (t, v) in enumerate(rows):
        bold = s.bold if k == len(rows) - 1 else s.font
        f.page.text(w * 0.56, f.y, t, bold, s.size)
        f.page.text(w - m, f.y, ("-" if credit else "") + cash(v, lg), bold, s.size, "right")
        f.y += s.size * 1.5
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


def copier_edge(p: Page, rng: random.Random) -> None:
    """The grey edge a photocopy of a smaller original leaves on the page."""
    w, h = p.size
    g = rng.uniform(0.35, 0.6)
    side = rng.choice(["left", "top", "both"])
    if side in ("left", "both"):
        p.rect(0, 0, rng.uniform(8, 22), h, fill=g)
    if side in ("top", "both"):
        p.rect(0, 0, w, rng.uniform(6, 16), fill=g)


def car_plan(p: Page, x: float, y: float, w: float, marks: list[tuple[float, float]]) -> None:
    """A car seen from above (a damage plan) in a ``w`` wide box, with hand crosses at the
    relative positions ``marks``."""
    h = w * 0.5
    p.rect(x, y, w, h)
    bx, by, bw, bh = x + w * 0.08, y + h * 0.18, w * 0.84, h * 0.64
    p.rect(bx, by, bw, bh)
    p.rect(bx + bw * 0.28, by + bh * 0.12, bw * 0.42, bh * 0.76)
    p.line(bx + bw * 0.28, by + bh * 0.12, bx + bw * 0.2, by)
    p.line(bx + bw * 0.28, by + bh * 0.88, bx + bw * 0.2, by + bh)
    for wx in (0.16, 0.8):
        p.rect(bx + bw * wx, by - 5, bw * 0.1, 5, fill=0.3)
        p.rect(bx + bw * wx, by + bh, bw * 0.1, 5, fill=0.3)
    for mx_, my_ in marks:
        cx, cy = bx + bw * mx_, by + bh * my_
        p.line(cx - 5, cy - 5, cx + 5, cy + 5)
        p.line(cx - 5, cy + 5, cx + 5, cy - 5)


def fuel_gauge(p: Page, s: Style, x: float, y: float, level: int) -> None:
    """Fuel level tick boxes E 1/4 1/2 3/4 F with the ``level`` one ticked."""
    labels = ["E", "1/4", "1/2", "3/4", "F"]
    ticks(p, s, x, y, 240, labels, {level}, 7)


def signature_box(
    p: Page, s: Style, x: float, y: float, w: float, caption_: str, name: str | None, d: str = ""
) -> None:
    """A framed signature field, signed (with the date in hand) unless ``name`` is None."""
    p.rect(x, y, w, 40)
    p.text(x + 3, y + 8, fit(caption_, s.font, 6.5, w - 6), s.font, 6.5)
    if name:
        scrawl(p, x + 10, y + 32, name, 12)
        if d:
            hand(p, x + w - 70, y + 32, d, 8.5)


# ---------------------------------------------------------------------------------------------
# Templates FFF: parts and tyres
# ---------------------------------------------------------------------------------------------

PARTS = [
    ("Brake pad set front", "Bremsbelagsatz vorne", "Jeu plaquettes AV", "TRW", 38.5),
    (
        "Brake disc front (pair)",
        "Bremsscheibe vorne (Paar)",
        "Disques de frein AV (paire)",
        "Brembo",
        72.0,
    ),
    ("Oil filter", "Ölfilter", "Filtre à huile", "Mann", 7.9),
    ("Air filter", "Luftfilter", "Filtre à air", "Mann", 14.2),
    ("Pollen filter", "Innenraumfilter", "Filtre habitacle", "Bosch", 16.8),
    ("Fuel filter", "Kraftstofffilter", "Filtre à gasoil", "Mahle", 24.6),
    ("Engine oil 5W-30 5L", "Motoröl 5W-30 5 l", "Huile moteur 5W30 5L", "Castrol", 39.0),
    ("Wiper blade set", "Wischblatt-Satz", "Balais essuie-glace", "Bosch", 21.5),
    (
        "Timing belt kit + water pump",
        "Zahnriemensatz + Wasserpumpe",
        "Kit distribution + pompe à eau",
        "Gates",
        164.0,
    ),
    ("Clutch kit 3-piece", "Kupplungssatz 3-tlg.", "Kit embrayage 3 pièces", "LuK", 189.0),
    ("Dual mass flywheel", "Zweimassenschwungrad", "Volant moteur bimasse", "LuK", 412.0),
    ("Front coil spring", "Schraubenfeder vorne", "Ressort de suspension AV", "Lesjöfors", 31.4),
    ("Shock absorber rear", "Stoßdämpfer hinten", "Amortisseur AR", "Monroe", 48.9),
    ("Track rod end", "Spurstangenkopf", "Rotule de direction", "Lemförder", 17.3),
    ("Lower arm bush", "Querlenkerlager", "Silentbloc de triangle", "Febi", 12.6),
    ("Exhaust back box", "Endschalldämpfer", "Silencieux arrière", "Bosal", 86.0),
    ("Lambda sensor", "Lambdasonde", "Sonde lambda", "Bosch", 74.5),
    ("Glow plug", "Glühkerze", "Bougie de préchauffage", "NGK", 13.9),
    ("Spark plug", "Zündkerze", "Bougie d'allumage", "NGK", 6.4),
    ("Battery 12V 70Ah", "Batterie 12 V 70 Ah", "Batterie 12V 70Ah", "Varta", 96.0),
    (
        "Alternator (exchange)",
        "Lichtmaschine (Austausch)",
        "Alternateur (échange std)",
        "Valeo",
        168.0,
    ),
    ("Starter motor (exchange)", "Anlasser (Austausch)", "Démarreur (échange std)", "Bosch", 142.0),
    ("Headlamp bulb H7", "Glühlampe H7", "Ampoule H7", "Osram", 5.8),
    ("Brake fluid DOT4 1L", "Bremsflüssigkeit DOT 4 1 l", "Liquide de frein DOT4 1L", "ATE", 9.2),
    (
        "Coolant concentrate 5L",
        "Kühlerfrostschutz 5 l",
        "Liquide refroidissement 5L",
        "Comma",
        22.0,
    ),
    ("Auxiliary belt", "Keilrippenriemen", "Courroie accessoires", "Contitech", 19.7),
    ("Drop link", "Koppelstange", "Biellette de barre stabilisatrice", "Meyle", 14.1),
    ("CV joint kit", "Gelenksatz Antriebswelle", "Kit cardan", "GKN", 58.3),
    ("Brake shoe set rear", "Bremsbackensatz hinten", "Jeu de mâchoires AR", "Ferodo", 33.0),
    ("Rear wheel bearing kit", "Radlagersatz hinten", "Kit roulement de roue AR", "SKF", 44.7),
]
TERMS_HEADS = {
    "sale": {
        "en": [
            "Orders",
            "Prices",
            "Delivery",
            "Risk",
            "Title",
            "Returns",
            "Surcharges",
            "Warranty",
            "Liability",
            "Payment",
            "Law",
        ],
        "de": [
            "Geltung",
            "Preise",
            "Lieferung",
            "Gefahrübergang",
            "Eigentumsvorbehalt",
            "Rücksendungen",
            "Altteilpfand",
            "Mängelansprüche",
            "Haftung",
            "Zahlung",
            "Gerichtsstand",
        ],
        "fr": [
            "Commandes",
            "Prix",
            "Livraison",
            "Transfert des risques",
            "Réserve de propriété",
            "Retours",
            "Consignes",
            "Garantie",
            "Responsabilité",
            "Paiement",
            "Juridiction",
        ],
    },
    "repair": {
        "en": [
            "Estimates",
            "Storage",
            "Parts",
            "Payment",
            "Lien",
            "Warranty",
            "Liability",
            "Complaints",
            "Data protection",
        ],
        "de": [
            "Auftragserteilung",
            "Preisangaben",
            "Fertigstellung",
            "Abnahme",
            "Zahlung",
            "Pfandrecht",
            "Sachmangel",
            "Haftung",
            "Eigentumsvorbehalt",
            "Gerichtsstand",
        ],
        "fr": [
            "Devis",
            "Gardiennage",
            "Pièces",
            "Paiement",
            "Droit de rétention",
            "Garantie",
            "Responsabilité",
            "Réclamations",
            "Médiation",
        ],
    },
    "licence": {
        "en": [
            "Definitions",
            "Licence grant",
            "Fees",
            "Updates",
            "Support",
            "Data",
            "Liability",
            "Term",
            "Termination",
            "Law",
        ],
        "de": [
            "Vertragsgegenstand",
            "Nutzungsrecht",
            "Vergütung",
            "Updates",
            "Support",
            "Datenschutz",
            "Haftung",
            "Laufzeit",
            "Kündigung",
            "Schlussbestimmungen",
        ],
        "fr": [
            "Objet",
            "Licence",
            "Redevance",
            "Mises à jour",
            "Assistance",
            "Données",
            "Responsabilité",
            "Durée",
            "Résiliation",
            "Droit applicable",
        ],
    },
}
SURCHARGE = ("Surcharge - exchange unit", "Altteilpfand", "Consigne échange standard")


def part_no(rng: random.Random, brand: str) -> str:
    masks = {
        "TRW": "GDB9999",
        "Brembo": "09.A999.99",
        "Mann": "W 999/9",
        "Bosch": "0 986 999 999",
        "Gates": "KP99999XS",
        "LuK": "999 9999 99",
        "NGK": "9999",
        "Varta": "E99",
        "Valeo": "99999",
        "SKF": "VKBA 9999",
        "Febi": "99999",
        "Monroe": "G9999",
    }
    return serial(rng, masks.get(brand, "AA-99999"))


def a_line(rng: random.Random, lg: str) -> tuple[str, str, str, int, float, float]:
    """A parts line: part number, description, brand, quantity, list price, discount."""
    en, de, fr, brand, price = rng.choice(PARTS)
    qty = rng.choice([1, 1, 1, 1, 2, 2, 4]) if price < 50 else 1
    price = round(price * rng.uniform(0.85, 1.25), 2)
    if lg != "en":
        price = round(price * 1.15, 2)
    disc = rng.choice([25, 30, 35, 40, 42.5, 45, 50])
    return part_no(rng, brand), tr(lg, en, de, fr), brand, qty, price, disc


def tpl_parts_invoice(rng: random.Random, who: Issuer) -> list[Page]:
    """A parts distributor's invoice to the trade account: part numbers, list prices, trade
    discount and net per line, surcharge lines for exchange units, the job or registration the
    garage ordered it for; one to three pages, now and then the returns conditions behind."""
    h = head_of(who, "distributor", abroad=0.08)
    lg = h.lang
    size = LETTER if rng.random() < 0.05 else A4
    s = style_of(h, size, pt=min(h.pt, 9.5))
    w, hh = size
    m = s.margin
    d = last_day(rng, ("parts_delivery",), (0, 0))
    car = car_for(rng, ("parts_delivery",))
    acct = serial(keyed(who, "acct"), "A99999" if lg == "en" else "999999")
    no = serial(rng, rng.choice(["INV9999999", "99999999", "F99-999999", "RE 9999999"]))
    f = sheets(s, h, f"{h.name} - {tr(lg, 'Invoice', 'Rechnung', 'Facture')} {no}")
    recipient(
        f,
        s,
        h,
        garage_lines(),
        d,
        [
            (tr(lg, "Account", "Kunden-Nr.", "Compte client"), acct),
            (tr(lg, "Invoice no.", "Rechnungs-Nr.", "Facture n°"), no),
            (
                tr(lg, "Your ref", "Ihre Bestellung", "Votre réf."),
                rng.choice([car.reg, f"JOB {rng.randint(1000, 9999)}", car.reg]),
            ),
            (
                tr(lg, "Delivery", "Lieferung", "Livraison"),
                rng.choice(["Van run 2", "Tour 3", "Run 14:30", "Comptoir", "Tour B"]),
            ),
        ],
    )
    caption(f, s, tr(lg, "INVOICE", "RECHNUNG", "FACTURE"), 4)
    n = rng.choice([1, 2, 2, 3, 4, 5, 7, 9, 14, 26])
    rows: list[list[str]] = []
    net = 0.0
    for _ in range(n):
        pn, desc, brand, qty, price, disc = a_line(rng, lg)
        line = round(qty * price * (1 - disc / 100), 2)
        net += line
        rows.append([pn, desc, brand, str(qty), money(price, lg), f"{disc:g}%", money(line, lg)])
        if "(" in desc and rng.random() < 0.8:
            sur = round(price * 0.35, 2)
            net += sur
            rows.append(["SUR", tr(lg, *SURCHARGE), "", "1", money(sur, lg), "", money(sur, lg)])
    cols = columns(
        m,
        w - m,
        [
            (1.6, "left"),
            (3.6, "left"),
            (1.1, "left"),
            (0.8, "right"),
            (1.0, "right"),
            (0.8, "right"),
            (1.1, "right"),
        ],
    )
    table(
        f,
        cols,
        [
            tr(lg, "Part no.", "Artikel-Nr.", "Référence"),
            tr(lg, "Description", "Bezeichnung", "Désignation"),
            tr(lg, "Brand", "Marke", "Marque"),
            tr(lg, "Qty", "Menge", "Qté"),
            tr(lg, "List", "Listenpreis", "Prix public"),
            tr(lg, "Disc", "Rabatt", "Remise"),
            tr(lg, "Net", "Netto", "Montant HT"),
        ],
        rows,
        s,
        size=s.size - 1.5,
        shade=0.88 if rng.random() < 0.5 else None,
        rules=rng.random() < 0.4,
    )
    if rng.random() < 0.4:
        carriage = rng.choice([4.5, 6.0, 8.95])
        net += carriage
        f.page.text(
            w - m - 120, f.y, tr(lg, "Carriage", "Versandkosten", "Port"), s.font, s.size - 1
        )
        f.page.text(w - m, f.y, money(carriage, lg), s.font, s.size - 1, "right")
        f.y += s.size * 1.6
    totals(f, s, lg, round(net, 2), vat_rate(lg))
    f.y += 6
    write(
        f,
        s,
        tr(
            lg,
            "Terms: monthly account, payment due by the end of the month following invoice. "
            "Goods remain our property until paid for in full. Returns within 28 days with this "
            "invoice number only; electrical parts cannot be returned once fitted.",
            "Zahlbar bis zum 10. des Folgemonats ohne Abzug. Die Ware bleibt bis zur vollständigen "
            "Bezahlung unser Eigentum. Rücksendungen nur mit Angabe der Rechnungsnummer innerhalb "
            "von 14 Tagen; Elektroteile sind vom Umtausch ausgeschlossen.",
            "Règlement à 30 jours fin de mois. Clause de réserve de propriété : les marchandises "
            "restent notre propriété jusqu'au paiement intégral. Retours sous 15 jours avec le "
            "numéro de facture ; pièces électriques non reprises.",
        ),
        s.size - 2,
    )
    pages = f.pages
    if rng.random() < 0.15:
        pages.append(
            small_print(
                rng,
                s,
                h,
                tr(
                    lg,
                    "Conditions of sale and returns policy",
                    "Allgemeine Verkaufs- und Lieferbedingungen",
                    "Conditions générales de vente",
                ),
                TERMS_HEADS["sale"][lg],
            )
        )
    pages = close(pages, s, h)
    received(rng, pages[0], d, 0.2)
    paid_note(rng, pages[0], m + 10, hh - m - 40, d + timedelta(days=30), 0.15)
    remember(car, d, h.name)
    return pages


def tpl_parts_delivery(rng: random.Random, who: Issuer) -> list[Page]:
    """The distributor's van delivery docket: a narrow printed slip or a landscape A5 docket,
    the parts for a job, the driver, the time and the garage's signature on receipt."""
    h = head_of(who, "distributor", abroad=0.05)
    lg = h.lang
    d = some_day(rng)
    car = car_for(rng)
    no = serial(rng, rng.choice(["D9999999", "LS 999999", "BL99999999"]))
    n = rng.choice([1, 1, 2, 2, 3, 4, 6])
    lines = [a_line(rng, lg) for _ in range(n)]
    form = keyed(who, "docket").choice(["slip", "slip", "a5"])
    driver = staff(h, "driver")
    t = f"{rng.randint(8, 17):02d}:{rng.choice(['05', '12', '24', '38', '47', '55'])}"
    if form == "slip":
        size = (80 * MM, (118 + 16 * n) * MM)
        p = Page(size)
        w, hh = size
        x0, x1 = 10.0, w - 10
        ff = "Courier"
        y = 22.0
        pt = shrink(h.name, "Courier-Bold", 10, x1 - x0)
        p.text(w / 2, y, h.name, "Courier-Bold", pt, "center")
        y += 10
        for t_ in (h.street, h.town, h.phone):
            if t_:
                p.text(w / 2, y, fit(t_, ff, 7, x1 - x0), ff, 7, "center")
                y += 8.5
        y += 6
        p.text(
            w / 2,
            y,
            tr(lg, "DELIVERY NOTE", "LIEFERSCHEIN", "BON DE LIVRAISON"),
            "Courier-Bold",
            9,
            "center",
        )
        y += 14
        for a, b in [
            (tr(lg, "No", "Nr", "N°"), no),
            (tr(lg, "Date", "Datum", "Date"), f"{short(d, lg)} {t}"),
            (
                tr(lg, "Acct", "Kd-Nr", "Client"),
                serial(keyed(who, "acct"), "A99999" if lg == "en" else "999999"),
            ),
            (tr(lg, "Ref", "Ref", "Réf"), car.reg),
            (tr(lg, "Driver", "Fahrer", "Chauffeur"), driver.split()[0]),
        ]:
            p.text(x0, y, a, ff, 7.5)
            p.text(x1, y, fit(b, ff, 7.5, 120), ff, 7.5, "right")
            y += 9.5
        p.text(x0, y, "-" * 40, ff, 7)
        y += 10
        for pn, desc, _brand, qty, _price, _disc in lines:
            p.text(x0, y, f"{qty} x {pn}", ff, 7.5)
            y += 8.5
            p.text(x0 + 10, y, fit(desc, ff, 7.5, x1 - x0 - 10), ff, 7.5)
            y += 11
        p.text(x0, y, "-" * 40, ff, 7)
        y += 12
        p.text(
            x0,
            y,
            tr(lg, f"Items: {sum(ln[3] for ln in lines)}", f"Positionen: {n}", f"Articles : {n}"),
            ff,
            7.5,
        )
        y += 22
        p.text(
            x0, y, tr(lg, "Received in good order:", "Ware erhalten:", "Reçu en bon état :"), ff, 7
        )
        y += 22
        scrawl(p, x0 + 8, y, rng.choice(mechanics()), 11)
        p.line(x0, y + 4, x1, y + 4)
        y += 14
        p.text(
            w / 2,
            y,
            tr(lg, "Keep for your records", "Bitte aufbewahren", "À conserver"),
            ff,
            6.5,
            "center",
        )
        if rng.random() < 0.4:
            p.barcode("code128", no.replace(" ", ""), x0, min(y + 14, hh - 90))
        remember(car, d, h.name)
        return [p]
    size = A5L
    s = style_of(h, size, margin=34, pt=8.5)
    f = sheets(s, h)
    w, hh = size
    m = s.margin
    p = f.page
    title = tr(lg, "DELIVERY NOTE", "LIEFERSCHEIN", "BON DE LIVRAISON")
    p.text(w - m, f.y - 4, title, s.bold, 12, "right")
    f.y += 8
    p.text(
        m,
        f.y,
        fit(
            f"{tr(lg, 'Deliver to', 'Lieferanschrift', 'Livrer à')}: {', '.join(garage_lines())}",
            s.font,
            8,
            w * 0.6,
        ),
        s.font,
        8,
    )
    pairs(
        p,
        s,
        w * 0.64,
        f.y,
        [
            (tr(lg, "No.", "Nr.", "N°"), no),
            (tr(lg, "Date", "Datum", "Date"), f"{short(d, lg)} {t}"),
            (tr(lg, "Your ref", "Ihr Zeichen", "Votre réf."), car.reg),
        ],
        w - m,
        8,
    )
    f.y += 40
    cols = columns(
        m, w - m, [(0.6, "right"), (1.6, "left"), (4, "left"), (1.2, "left"), (1, "left")]
    )
    table(
        f,
        cols,
        [
            tr(lg, "Qty", "Menge", "Qté"),
            tr(lg, "Part no.", "Artikel", "Référence"),
            tr(lg, "Description", "Bezeichnung", "Désignation"),
            tr(lg, "Brand", "Marke", "Marque"),
            tr(lg, "Bin", "Lagerort", "Empl."),
        ],
        [[str(q), pn, ds, br, serial(rng, "A99-9")] for pn, ds, br, q, _p, _d in lines],
        s,
        size=8,
    )
    y = hh - m - 44
    p = f.page
    p.text(m, y, tr(lg, "Driver", "Fahrer", "Chauffeur") + f": {driver}", s.font, 8)
    p.text(
        w / 2,
        y,
        tr(
            lg,
            "Received by (print and sign)",
            "Empfangen (Name, Unterschrift)",
            "Reçu par (nom, signature)",
        ),
        s.font,
        8,
    )
    who_ = rng.choice(mechanics())
    hand(p, w / 2, y + 20, who_.split()[0].upper() if rng.random() < 0.5 else who_, 9)
    scrawl(p, w / 2 + 120, y + 22, who_, 11)
    p.line(w / 2, y + 26, w - m, y + 26)
    if rng.random() < 0.5:
        p.text(
            w - m,
            hh - 14,
            tr(lg, "CUSTOMER COPY", "KUNDENEXEMPLAR", "EXEMPLAIRE CLIENT"),
            s.bold,
            7,
            "right",
        )
    remember(car, d, h.name)
    return f.pages


def tpl_parts_credit(rng: random.Random, who: Issuer) -> list[Page]:
    """The distributor's credit note for parts sent back: wrong part, not required, old unit
    returned for its surcharge; the original invoice quoted on each line."""
    h = head_of(who, "distributor", abroad=0.05)
    lg = h.lang
    s = style_of(h, A4, pt=min(h.pt, 9.5))
    w, _hh = A4
    m = s.margin
    d = some_day(rng)
    no = serial(rng, rng.choice(["CN999999", "GS-999999", "AV99-99999"]))
    f = sheets(s, h)
    recipient(
        f,
        s,
        h,
        garage_lines(),
        d,
        [
            (
                tr(lg, "Account", "Kunden-Nr.", "Compte client"),
                serial(keyed(who, "acct"), "A99999" if lg == "en" else "999999"),
            ),
            (tr(lg, "Credit note", "Gutschrift-Nr.", "Avoir n°"), no),
            (tr(lg, "Returns no.", "Retouren-Nr.", "Bon de retour"), serial(rng, "R999999")),
        ],
    )
    caption(f, s, tr(lg, "CREDIT NOTE", "GUTSCHRIFT", "AVOIR"), 4)
    reasons = [
        tr(lg, "Wrong part supplied", "Falsch geliefert", "Erreur de référence"),
        tr(lg, "Not required", "Nicht benötigt", "Pièce non utilisée"),
        tr(lg, "Old unit returned", "Altteil zurück", "Retour consigne"),
        tr(lg, "Faulty - under warranty", "Defekt - Gewährleistung", "Défectueux - garantie"),
    ]
    rows = []
    net = 0.0
    for _ in range(rng.choice([1, 1, 2, 3, 5])):
        pn, desc, _brand, qty, price, disc = a_line(rng, lg)
        reason = rng.choice(reasons)
        if reason == reasons[2]:
            desc, val = tr(lg, *SURCHARGE), round(price * 0.35, 2)
        else:
            val = round(qty * price * (1 - disc / 100), 2)
        net += val
        rows.append([pn, desc, serial(rng, "99999999"), reason, str(qty), money(val, lg)])
    cols = columns(
        m,
        w - m,
        [(1.4, "left"), (3, "left"), (1.4, "left"), (2.4, "left"), (0.5, "right"), (1.1, "right")],
    )
    table(
        f,
        cols,
        [
            tr(lg, "Part no.", "Artikel", "Référence"),
            tr(lg, "Description", "Bezeichnung", "Désignation"),
            tr(lg, "Orig. inv.", "Urspr. Rg.", "Facture orig."),
            tr(lg, "Reason", "Grund", "Motif"),
            tr(lg, "Qty", "Menge", "Qté"),
            tr(lg, "Credit", "Betrag", "Montant HT"),
        ],
        rows,
        s,
        size=s.size - 1.5,
        rules=True,
    )
    totals(f, s, lg, round(net, 2), vat_rate(lg), credit=True)
    write(
        f,
        s,
        tr(
            lg,
            "This credit will be set against your next statement.",
            "Der Betrag wird mit der nächsten Abrechnung verrechnet.",
            "Cet avoir sera déduit de votre prochain relevé.",
        ),
        s.size - 1.5,
    )
    pages = close(f.pages, s, h, numbers="none")
    received(rng, pages[0], d, 0.2)
    remember(None, d)
    return pages


def tpl_tyre_statement(rng: random.Random, who: Issuer) -> list[Page]:
    """A tyre wholesaler's monthly statement of account: the month's invoices, credits and
    payments line by line with the running balance, the ageing boxes and a tear-off remittance
    slip at the foot of the last page; one to three pages."""
    h = head_of(who, "tyres", abroad=0.05)
    lg = h.lang
    s = style_of(h, A4, pt=min(h.pt, 9.5))
    w, hh = A4
    m = s.margin
    end = period_end("tyre_statement")
    acct = serial(keyed(who, "acct"), "T99999")
    title = tr(lg, "STATEMENT OF ACCOUNT", "KONTOAUSZUG / SALDENMITTEILUNG", "RELEVÉ DE COMPTE")
    f = sheets(s, h, f"{h.name} - {title} - {acct}")
    recipient(
        f,
        s,
        h,
        garage_lines(tr(lg, "Accounts", "Buchhaltung", "Comptabilité")),
        end,
        [
            (tr(lg, "Account", "Konto", "Compte"), acct),
            (
                tr(lg, "Period", "Zeitraum", "Période"),
                f"{short(end.replace(day=1), lg)} - {short(end, lg)}",
            ),
        ],
    )
    caption(f, s, title, 3)
    bal = round(rng.uniform(300, 2600), 2)
    rows = [
        [
            "",
            tr(lg, "Balance brought forward", "Saldovortrag", "Report solde"),
            "",
            "",
            "",
            money(bal, lg),
        ]
    ]
    dd = end.replace(day=1)
    brands = ["Michelin", "Continental", "Bridgestone", "Goodyear", "Hankook", "Falken", "Nexen"]
    sizes_ = ["205/55 R16 91V", "195/65 R15 91H", "225/45 R17 94W", "185/65 R15 88T", "215/60 R16C"]
    for _ in range(rng.choice([6, 9, 14, 22, 30, 44, 58])):
        dd += timedelta(days=rng.choice([0, 0, 1, 1, 2]))
        if dd > end:
            break
        r = rng.random()
        if r < 0.78:
            q = rng.choice([1, 2, 2, 4])
            amt = round(q * rng.uniform(42, 128), 2)
            bal += amt
            desc = f"{q} x {rng.choice(brands)} {rng.choice(sizes_)}"
            rows.append(
                [short(dd, lg), desc, serial(rng, "9999999"), money(amt, lg), "", money(bal, lg)]
            )
        elif r < 0.88:
            amt = round(rng.uniform(40, 140), 2)
            bal -= amt
            rows.append(
                [
                    short(dd, lg),
                    tr(lg, "Credit note", "Gutschrift", "Avoir"),
                    serial(rng, "C999999"),
                    "",
                    money(amt, lg),
                    money(bal, lg),
                ]
            )
        else:
            amt = round(bal * rng.uniform(0.5, 0.95), 2)
            bal -= amt
            rows.append(
                [
                    short(dd, lg),
                    tr(
                        lg,
                        "Payment received - thank you",
                        "Zahlung - vielen Dank",
                        "Règlement reçu",
                    ),
                    "",
                    "",
                    money(amt, lg),
                    money(bal, lg),
                ]
            )
    cols = columns(
        m,
        w - m,
        [(1.1, "left"), (3.6, "left"), (1.2, "left"), (1, "right"), (1, "right"), (1.1, "right")],
    )
    table(
        f,
        cols,
        [
            tr(lg, "Date", "Datum", "Date"),
            tr(lg, "Details", "Text", "Libellé"),
            tr(lg, "Ref", "Beleg", "Pièce"),
            tr(lg, "Debit", "Soll", "Débit"),
            tr(lg, "Credit", "Haben", "Crédit"),
            tr(lg, "Balance", "Saldo", "Solde"),
        ],
        rows,
        s,
        size=s.size - 1.5,
        shade=0.9,
    )
    f.need(150)
    y = f.y + 6
    bw = (w - 2 * m) / 5
    ages = [bal * 0.55, bal * 0.3, bal * 0.15, 0.0, bal]
    for k, cap in enumerate(
        [
            tr(lg, "Current", "Aktuell", "Non échu"),
            "30 " + tr(lg, "days", "Tage", "jours"),
            "60 " + tr(lg, "days", "Tage", "jours"),
            "90+",
            tr(lg, "Total due", "Gesamt", "Total dû"),
        ]
    ):
        f.page.rect(m + k * bw, y, bw, 28)
        f.page.text(m + k * bw + 4, y + 9, cap, s.font, 7)
        f.page.text(
            m + (k + 1) * bw - 4,
            y + 22,
            money(ages[k], lg),
            s.bold if k == 4 else s.font,
            8.5,
            "right",
        )
    f.y = y + 44
    last = f.page
    yy = max(f.y + 10, hh - m - 110)
    if yy < hh - m - 60:
        slip_rule(
            last,
            m,
            w - m,
            yy,
            tr(
                lg,
                "Remittance advice - please return with your payment",
                "Zahlungsavis - bitte mit der Zahlung zurücksenden",
                "Talon à joindre à votre règlement",
            ),
        )
        fields(
            last,
            s,
            m,
            yy + 8,
            w - 2 * m,
            [
                (tr(lg, "Account", "Konto", "Compte"), acct),
                (tr(lg, "Customer", "Kunde", "Client"), garage_lines()[0]),
                (tr(lg, "Statement date", "Datum", "Date du relevé"), short(end, lg)),
                (
                    tr(lg, "Amount paid", "Betrag", "Montant réglé"),
                    money(bal, lg) if rng.random() < 0.3 else "",
                ),
            ],
            per=4,
            tall=26,
            hand=True,
        )
    pages = close(f.pages, s, h)
    received(rng, pages[0], end, 0.25)
    remember(None, end, end)
    return pages


# ---------------------------------------------------------------------------------------------
# Templates FFF: the garage's own job cards and estimates
# ---------------------------------------------------------------------------------------------

JOBS = {
    "en": [
        "Full service + MOT",
        "Brakes grinding front - check",
        "EML on, check codes",
        "Clutch slipping",
        "Knocking front nearside over bumps",
        "Timing belt due",
        "Interim service",
        "Aircon not cold - regas",
        "Exhaust blowing",
        "Battery flat again",
        "Pre-MOT check",
        "Tyre wear uneven - tracking",
    ],
    "de": [
        "Inspektion nach Herstellervorgabe",
        "Bremsen vorne schleifen",
        "MKL an - Fehler auslesen",
        "Kupplung rutscht",
        "Klappern VL bei Unebenheiten",
        "Zahnriemenwechsel fällig",
        "Ölwechsel + Filter",
        "Klima kühlt nicht",
        "Auspuff laut",
        "Batterie leer",
        "HU/AU vorbereiten",
        "Reifen innen abgefahren - Achsvermessung",
    ],
    "fr": [
        "Révision complète",
        "Freins AV bruyants",
        "Voyant moteur allumé - diagnostic",
        "Embrayage patine",
        "Claquement AV gauche",
        "Kit distribution à faire",
        "Vidange + filtres",
        "Clim ne refroidit plus",
        "Échappement bruyant",
        "Batterie HS",
        "Pré-contrôle technique",
        "Usure pneus - géométrie",
    ],
}


def tpl_job_card(rng: random.Random, who: Issuer) -> list[Page]:
    """The garage's own job card (repair order) made out at the desk: customer and vehicle,
    the work asked for in hand, tick boxes, the fuel gauge and a damage plan, the customer's
    signature authorising the work; often the technician's sheet behind with the clockings,
    parts and road test written by hand."""
    h = garage_head()
    lg = h.lang
    car = car_for(rng)
    d = some_day(rng)
    s = style_of(h, A4, margin=36, pt=8.5)
    w, hh = A4
    m = s.margin
    no = str(keyed(who, "jobno").randint(10000, 48000) + rng.randint(0, 400))
    p = Page(A4)
    y = heading(p, s, h)
    title = tr(lg, "JOB CARD", "WERKSTATTAUFTRAG", "ORDRE DE RÉPARATION")
    p.text(m, y, title, s.bold, 14)
    p.text(w - m, y, f"{tr(lg, 'No.', 'Nr.', 'N°')} {no}", s.bold, 12, "right")
    y += 14
    y = fields(
        p,
        s,
        m,
        y,
        w - 2 * m,
        [
            (tr(lg, "Customer", "Kunde", "Client"), mx(car.owner, lg, car.female)),
            (tr(lg, "Telephone", "Telefon", "Téléphone"), car.phone),
            (tr(lg, "Address", "Anschrift", "Adresse"), ", ".join(car.lines)),
            (
                tr(lg, "Date / time in", "Annahme", "Date d'entrée"),
                f"{short(d, lg)} {rng.choice(['8:00', '8:15', '8:30', '9:10'])}",
            ),
            (tr(lg, "Registration", "Kennzeichen", "Immatriculation"), car.reg),
            (
                tr(lg, "Make / model", "Fabrikat / Typ", "Marque / modèle"),
                f"{car.make} {car.model}",
            ),
            (tr(lg, "VIN", "FIN", "VIN"), car.vin),
            (tr(lg, "Mileage", "km-Stand", "Kilométrage"), odo(car, lg).split()[0]),
            (
                tr(lg, "Promised", "Fertig bis", "Restitution prévue"),
                rng.choice(["5pm", "17:00", short(d + timedelta(days=1), lg)]),
            ),
            (tr(lg, "Booked by", "Angenommen von", "Réceptionné par"), receptionist().split()[0]),
        ],
        per=2,
        tall=24,
    )
    y = band(
        p,
        s,
        y,
        tr(
            lg,
            "Work requested / customer's description",
            "Auftragsumfang / Kundenangaben",
            "Travaux demandés / description du client",
        ),
    )
    y += 8
    for k in range(6):
        p.line(m, y + 14 * k + 4, w - m, y + 14 * k + 4)
    for k, t in enumerate(rng.sample(JOBS[lg], rng.randint(1, 3))):
        hand(p, m + 6, y + 14 * k + 1, f"{k + 1}. {t}", 9.5, w - 2 * m - 12)
    y += 14 * 6 + 10
    y = ticks(
        p,
        s,
        m,
        y,
        w - 2 * m,
        [
            tr(lg, "Customer waiting", "Kunde wartet", "Client attend"),
            tr(lg, "Courtesy car", "Ersatzwagen", "Véhicule de prêt"),
            tr(lg, "Keep old parts", "Altteile mitgeben", "Rendre pièces usagées"),
            tr(
                lg,
                "Phone before extra work",
                "Vor Mehrarbeit anrufen",
                "Appeler avant travaux sup.",
            ),
            tr(lg, "Wash / vac", "Waschen", "Lavage"),
            tr(lg, "Service book in car", "Serviceheft im Fz.", "Carnet d'entretien"),
            tr(lg, "Locking wheel nut key", "Felgenschloss-Adapter", "Clé antivol de roue"),
        ],
        set(rng.sample(range(7), rng.randint(1, 3))),
        8,
        2.6,
    )
    p.text(m, y, tr(lg, "Fuel", "Tank", "Carburant"), s.bold, 8)
    fuel_gauge(p, s, m + 50, y, rng.randrange(5))
    y += 16
    car_plan(
        p,
        m,
        y,
        230,
        [(rng.random(), rng.choice([0.0, 1.0, rng.random()])) for _ in range(rng.randint(0, 3))],
    )
    limit = rng.choice([50, 100, 150, 200]) if lg == "en" else rng.choice([100, 150, 250])
    text_block_y = y
    for ln in wrap(
        tr(
            lg,
            f"I authorise the above work and any further work up to {cash(limit, lg)} "
            "without further reference. Vehicles are left at the owner's risk. Payment is "
            "due on collection. Parts replaced will be disposed of unless requested.",
            f"Ich beauftrage die o. g. Arbeiten sowie Mehrarbeiten bis {cash(limit, lg)} "
            "ohne Rückfrage. Es gelten die Kfz-Reparaturbedingungen (aushängend). Zahlung "
            "bei Abholung. Altteile werden entsorgt, sofern nicht anders vermerkt.",
            f"J'autorise les travaux ci-dessus et tout complément jusqu'à {cash(limit, lg)} "
            "sans nouvel accord. Paiement à l'enlèvement du véhicule. Les pièces remplacées "
            "sont détruites sauf demande contraire.",
        ),
        s.font,
        7.5,
        w - 2 * m - 250,
    ):
        p.text(m + 250, text_block_y, ln, s.font, 7.5)
        text_block_y += 9.5
    signature_box(
        p,
        s,
        m + 250,
        text_block_y + 6,
        w - 2 * m - 250,
        tr(
            lg,
            "Customer's signature",
            "Unterschrift Auftraggeber",
            "Signature du client (bon pour accord)",
        ),
        car.owner,
        short(d, lg),
    )
    y += 125
    if y < hh - 120:
        y = band(p, s, y, tr(lg, "Office use", "Büro", "Réservé au garage"))
        y += 6
        fields(
            p,
            s,
            m,
            y,
            w - 2 * m,
            [
                (tr(lg, "Technician", "Monteur", "Mécanicien"), rng.choice(mechanics())),
                (
                    tr(lg, "Invoice no.", "Rechnungs-Nr.", "Facture n°"),
                    str(rng.randint(20000, 60000)) if rng.random() < 0.6 else "",
                ),
                (tr(lg, "Paid", "Bezahlt", "Réglé"), rng.choice(["card", "EC", "CB", "cash", ""])),
                (
                    tr(lg, "Collected", "Abgeholt", "Restitué"),
                    short(d + timedelta(days=rng.randint(0, 2)), lg),
                ),
            ],
            per=4,
            tall=24,
        )
    pages = [p]
    if rng.random() < 0.6:
        q = Page(A4)
        yy = m
        q.text(
            m,
            yy,
            tr(lg, "TECHNICIAN'S SHEET", "ARBEITSKARTE MONTEUR", "FICHE D'INTERVENTION"),
            s.bold,
            12,
        )
        q.text(w - m, yy, f"{tr(lg, 'Job', 'Auftrag', 'OR')} {no}   {car.reg}", s.bold, 10, "right")
        yy += 20
        tech = rng.choice(mechanics())
        cols = columns(m, w - m, [(1, "left"), (4, "left"), (1, "left"), (1, "left"), (1, "right")])
        heads_ = [
            tr(lg, "Date", "Datum", "Date"),
            tr(lg, "Work done", "Ausgeführte Arbeit", "Travail effectué"),
            tr(lg, "On", "Start", "Début"),
            tr(lg, "Off", "Ende", "Fin"),
            tr(lg, "Hours", "Std.", "Heures"),
        ]
        for c, t in zip(cols, heads_, strict=True):
            q.text(c[0], yy, t, s.bold, 8)
        yy += 6
        for k in range(12):
            q.line(m, yy + 16 * (k + 1), w - m, yy + 16 * (k + 1))
        for c in cols[1:]:
            q.line(c[0] - 3, yy, c[0] - 3, yy + 16 * 12)
        hr = 8
        for k in range(rng.randint(2, 6)):
            dur = rng.choice([0.3, 0.5, 0.8, 1.0, 1.2, 1.5, 2.4])
            hand(q, cols[0][0], yy + 16 * (k + 1) - 4, short(d, lg)[:5], 8.5)
            hand(
                q,
                cols[1][0],
                yy + 16 * (k + 1) - 4,
                said(rng, lg, "work"),
                8.5,
                cols[1][1] - cols[1][0],
            )
            hand(
                q,
                cols[2][0],
                yy + 16 * (k + 1) - 4,
                f"{hr}:{rng.choice(['00', '15', '30', '45'])}",
                8.5,
            )
            hr = min(hr + 1 + int(dur), 17)
            hand(
                q,
                cols[3][0],
                yy + 16 * (k + 1) - 4,
                f"{hr}:{rng.choice(['00', '15', '30', '45'])}",
                8.5,
            )
            hand(q, cols[4][1] - 20, yy + 16 * (k + 1) - 4, f"{dur:g}", 8.5)
        yy += 16 * 12 + 20
        q.text(m, yy, tr(lg, "Parts used", "Verbaute Teile", "Pièces utilisées"), s.bold, 9)
        yy += 8
        for k in range(8):
            q.line(m, yy + 15 * (k + 1), w - m, yy + 15 * (k + 1))
        for k in range(rng.randint(1, 6)):
            pn, desc, _b, qty, _pr, _di = a_line(rng, lg)
            hand(q, m + 4, yy + 15 * (k + 1) - 4, f"{qty}  {pn}  {desc}", 8.5, w - 2 * m - 8)
        yy += 15 * 8 + 22
        yy = ticks(
            q,
            s,
            m,
            yy,
            w - 2 * m,
            [
                tr(lg, "Road tested", "Probefahrt", "Essai routier"),
                tr(lg, "Torque checked", "Radmuttern nachgezogen", "Serrage roues contrôlé"),
                tr(
                    lg,
                    "Service light reset",
                    "Serviceintervall zurückgesetzt",
                    "Indicateur d'entretien RAZ",
                ),
                tr(lg, "Fault codes cleared", "Fehlerspeicher gelöscht", "Codes défauts effacés"),
            ],
            set(rng.sample(range(4), rng.randint(2, 4))),
            8,
            3,
        )
        q.text(
            m,
            yy,
            tr(lg, "Advisories for next visit:", "Hinweise für nächsten Besuch:", "À prévoir :"),
            s.font,
            8,
        )
        hand(q, m + 150, yy, said(rng, lg, "work"), 9, w - 2 * m - 150)
        yy += 30
        q.text(m, yy, tr(lg, "Technician", "Monteur", "Mécanicien"), s.font, 8)
        scrawl(q, m + 70, yy + 2, tech, 11)
        q.text(w / 2, yy, tr(lg, "Quality check", "Endkontrolle", "Contrôle qualité"), s.font, 8)
        scrawl(q, w / 2 + 80, yy + 2, mechanics()[0], 11)
        pages.append(q)
    remember(car, d, no)
    return pages


def tpl_repair_estimate(rng: random.Random, who: Issuer) -> list[Page]:
    """The garage's repair estimate (Kostenvoranschlag, devis) to a customer: labour and parts,
    the validity, the customer's signed acceptance when it came back ("bon pour accord"); now
    and then the garage's terms behind."""
    h = garage_head()
    lg = h.lang
    car = car_for(rng, ("refusal_notice", "assessor_report"))
    d = last_day(rng, ("refusal_notice", "assessor_report"), (0, 3))
    s = style_of(h, A4)
    w, _hh = A4
    m = s.margin
    no = f"{tr(lg, 'EST', 'KV', 'D')}{rng.randint(1000, 9999)}"
    title = tr(lg, "ESTIMATE", "KOSTENVORANSCHLAG", "DEVIS")
    f = sheets(s, h, f"{title} {no} - {car.reg}")
    recipient(
        f,
        s,
        h,
        customer_lines(car, lg),
        d,
        [
            (tr(lg, "Estimate no.", "KV-Nr.", "Devis n°"), no),
            (tr(lg, "Registration", "Kennzeichen", "Immatriculation"), car.reg),
        ],
    )
    caption(f, s, title, 4)
    write(
        f,
        s,
        f"{car.make} {car.model} - {tr(lg, 'VIN', 'FIN', 'VIN')} {car.vin} - {odo(car, lg)}",
        s.size - 0.5,
    )
    if after(("refusal_notice",)):
        write(
            f,
            s,
            tr(
                lg,
                "Repairs to the items failed at the MOT test:",
                "Instandsetzung der bei der Hauptuntersuchung festgestellten Mängel:",
                "Réparations des défaillances relevées lors du contrôle technique :",
            ),
            s.size,
        )
    elif after(("assessor_report",)):
        write(
            f,
            s,
            tr(
                lg,
                "Accident repair as agreed with the insurer's engineer:",
                "Unfallinstandsetzung gemäß Gutachten:",
                "Réparation suite à sinistre, selon rapport d'expertise :",
            ),
            s.size,
        )
    rate = labour_rate()
    rows = []
    net = 0.0
    for op in rng.sample(SAID["work"][lg], rng.randint(1, 4)):
        hrs = rng.choice([0.4, 0.6, 0.8, 1.0, 1.3, 1.5, 2.0, 3.2])
        val = round(hrs * rate, 2)
        net += val
        rows.append(
            [
                tr(lg, "Labour", "Arbeitslohn", "Main d'oeuvre"),
                op,
                f"{hrs:g} h",
                money(rate, lg),
                money(val, lg),
            ]
        )
    for _ in range(rng.randint(1, 7)):
        pn, desc, _b, qty, price, _di = a_line(rng, lg)
        sell = round(price * rng.uniform(0.9, 1.0), 2)
        val = round(qty * sell, 2)
        net += val
        rows.append(
            [
                tr(lg, "Parts", "Teile", "Pièces"),
                f"{desc} ({pn})",
                str(qty),
                money(sell, lg),
                money(val, lg),
            ]
        )
    if rng.random() < 0.6:
        sund = round(rng.choice([4.95, 7.5, 9.8, 12.0]), 2)
        net += sund
        rows.append(
            [
                "",
                tr(
                    lg, "Sundries / disposal", "Kleinmaterial, Entsorgung", "Ingrédients, recyclage"
                ),
                "",
                "",
                money(sund, lg),
            ]
        )
    cols = columns(
        m, w - m, [(1.4, "left"), (4.2, "left"), (0.8, "right"), (1, "right"), (1.1, "right")]
    )
    table(
        f,
        cols,
        [
            tr(lg, "Type", "Art", "Type"),
            tr(lg, "Description", "Beschreibung", "Désignation"),
            tr(lg, "Qty", "Menge", "Qté"),
            tr(lg, "Unit", "Einzel", "P.U. HT"),
            tr(lg, "Amount", "Betrag", "Total HT"),
        ],
        rows,
        s,
        size=s.size - 1,
        rules=rng.random() < 0.5,
        shade=0.9 if rng.random() < 0.4 else None,
    )
    totals(f, s, lg, round(net, 2), vat_rate(lg))
    f.y += 4
    write(
        f,
        s,
        tr(
            lg,
            "This estimate is valid for 30 days. Further faults found while the work is carried "
            "out will be reported to you before any additional work is done.",
            "Dieser Kostenvoranschlag ist unverbindlich; eine Überschreitung um mehr als 15 % "
            "wird vorher mitgeteilt. Gültig 4 Wochen.",
            "Devis valable 1 mois. Tout travail supplémentaire fera l'objet d'un accord préalable "
            "du client.",
        ),
        s.size - 1.5,
    )
    f.need(90)
    y = f.y + 6
    signed = rng.random() < 0.55
    f.page.text(
        m,
        y,
        tr(
            lg,
            "Accepted - please carry out the work:",
            "Auftrag erteilt:",
            "Bon pour accord (date et signature) :",
        ),
        s.bold,
        s.size - 0.5,
    )
    f.page.line(m, y + 40, m + 230, y + 40)
    if signed:
        if lg == "fr":
            hand(f.page, m + 6, y + 16, "Bon pour accord", 10)
        scrawl(f.page, m + 20, y + 36, car.owner, 13)
        hand(f.page, m + 160, y + 36, short(d + timedelta(days=rng.randint(0, 3)), lg), 9)
    f.y = y + 56
    pages = f.pages
    if rng.random() < 0.2:
        pages.append(
            small_print(
                rng,
                s,
                h,
                tr(
                    lg,
                    "Terms and conditions of repair",
                    "Bedingungen für die Ausführung von Arbeiten an Kraftfahrzeugen",
                    "Conditions générales de réparation",
                ),
                TERMS_HEADS["repair"][lg],
            )
        )
    pages = close(pages, s, h)
    remember(car, d, no)
    return pages


# ---------------------------------------------------------------------------------------------
# Templates FFF: the test bay
# ---------------------------------------------------------------------------------------------

DEFECTS = {
    "en": [
        ("1.1.14 (a)", "Brake fluid warning lamp inoperative"),
        ("1.2.1 (b) (i)", "Service brake efficiency below requirements"),
        ("1.1.13 (a) (ii)", "Brake pad(s) less than 1.5 mm thick"),
        ("2.5.A.1 (b)", "Nearside front anti-roll bar linkage ball joint excessively worn"),
        ("4.1.1 (b) (i)", "Headlamp aim too high"),
        ("5.2.3 (e)", "Nearside rear tyre tread depth below requirements of 1.6mm"),
        ("5.3.4 (a) (i)", "Offside front coil spring fractured"),
        ("8.2.1.2 (a)", "Exhaust emissions exceed the manufacturer's specified limits"),
        ("3.2 (a)", "Windscreen wiper blade deteriorated"),
        ("6.1.1 (c)", "Exhaust system leaking"),
    ],
    "de": [
        ("1.2.1", "Bremswirkung Betriebsbremse unzureichend"),
        ("1.1.13", "Bremsbeläge vorne verschlissen"),
        ("4.1.2", "Scheinwerfereinstellung fehlerhaft"),
        ("5.2.3", "Reifen hinten links Profiltiefe unzureichend"),
        ("5.3.1", "Federbruch vorne rechts"),
        ("6.1.2", "Abgasanlage undicht"),
        ("2.2.1", "Spurstangengelenk links ausgeschlagen"),
        ("7.1.1", "Rückhaltesystem Warnleuchte leuchtet"),
        ("8.2.1", "Abgasverhalten: Grenzwert überschritten"),
        ("4.3.1", "Bremsleuchte rechts ohne Funktion"),
    ],
    "fr": [
        ("1.1.13.a.1", "Garniture ou plaquette : usure excessive"),
        ("1.2.1.a.2", "Frein de service : efficacité insuffisante"),
        ("4.1.2.a.1", "Feux de croisement : orientation incorrecte"),
        ("5.2.3.d.1", "Pneumatique : profondeur de sculpture insuffisante"),
        ("5.3.1.a.1", "Ressort de suspension : rupture"),
        ("6.1.2.a.1", "Système d'échappement : fuite"),
        ("2.2.1.b.1", "Rotule de direction : jeu excessif"),
        ("8.2.2.a.1", "Opacité : valeur limite dépassée"),
        ("3.3.1.a.2", "Essuie-glace : balai défectueux"),
        ("7.1.1.a.1", "Ceinture de sécurité : ancrage détérioré"),
    ],
}
ADVISORIES = {
    "en": [
        "Nearside front tyre worn close to legal limit",
        "Oil leak, but not excessive",
        "Brake disc worn, pitted or scored, but not seriously weakened",
        "Corrosion to underside",
        "Exhaust has a minor leak of exhaust gases",
    ],
    "de": [
        "Ölverlust gering",
        "Bremsscheiben leicht riefig",
        "Unterbodenkorrosion beginnend",
        "Reifen vorne bald erneuern",
    ],
    "fr": [
        "Suintement d'huile moteur",
        "Disques de frein légèrement usés",
        "Corrosion légère du soubassement",
        "Pneumatique AV proche de la limite d'usure",
    ],
}


def test_station(who: Issuer) -> Head:
    """The body whose paper a test comes on: the MOT testing service (England), the visiting
    TÜV, DEKRA or GTÜ engineer (Germany), the approved centre next door (France)."""
    return head_of(who, "testing")


def tpl_test_certificate(rng: random.Random, who: Issuer, fail: bool = False) -> list[Page]:
    """A roadworthiness test result: the MOT test certificate (or, with ``fail``, the refusal
    of an MOT test certificate) printed from the MOT testing service; the Prüfbericht über die
    Hauptuntersuchung of the visiting engineer with the emissions page; the procès-verbal de
    contrôle technique (favorable or défavorable with the contre-visite date)."""
    h = test_station(who)
    lg = h.lang
    g = garage_head()
    car = car_for(rng)
    d = some_day(rng)
    s = style_of(h, A4, margin=42, pt=9)
    w, hh = A4
    m = s.margin
    defects = rng.sample(DEFECTS[lg], rng.randint(1, 3)) if fail else []
    minors = rng.sample(ADVISORIES[lg], rng.randint(0, 2))
    tester = staff(h, f"tester{rng.randint(0, 1)}") if lg != "en" else rng.choice(mechanics()[:2])
    p = Page(A4)
    pages = [p]
    if lg == "en":
        emblem(p, m, 34)
        p.text(m + 32, 44, "Driver & Vehicle", h.bold, 10)
        p.text(m + 32, 56, "Standards Agency", h.bold, 10)
        title = "Refusal of an MOT test certificate" if fail else "MOT test certificate"
        p.text(m, 96, title, h.bold, 18)
        p.text(m, 112, "VT30" if fail else "VT20", h.font, 8)
        y = 136.0
        y = fields(
            p,
            s,
            m,
            y,
            w - 2 * m,
            [
                ("Registration number", car.reg),
                ("Make", car.make.upper()),
                ("Vehicle identification number", car.vin),
                ("Model", car.model.split()[0].upper()),
                ("Colour", COLOURS["en"][car.colour]),
                ("Odometer reading", odo(car, "en")),
                (
                    "MOT test number",
                    f"{rng.randint(1000, 9999)} {rng.randint(1000, 9999)} "
                    f"{rng.randint(1000, 9999)}",
                ),
                ("Date of test", day(h, d)),
                ("Test location", f"{g.name[:28]} V{rng.randint(10000, 99999)}"),
                (
                    "Expiry date",
                    "-" if fail else day(h, d.replace(year=d.year + 1) - timedelta(days=1)),
                ),
            ],
            per=2,
            tall=26,
            hand=False,
        )
        if fail:
            y = band(p, s, y, "Reason(s) for refusal to issue certificate")
            y += 6
            for code, txt in defects:
                kind = rng.choice(["DANGEROUS", "MAJOR", "MAJOR"])
                p.text(m + 4, y, f"{kind}   {txt} ({code})", s.font, 9)
                y += 14
            y += 6
            p.text(
                m,
                y,
                fit(
                    "Do not drive until repaired (dangerous defects). Repair immediately "
                    "(major defects).",
                    s.font,
                    8,
                    w - 2 * m,
                ),
                s.font,
                8,
            )
            y += 18
        y = band(
            p, s, y, "Monitor and repair if necessary (advisories)" if minors else "Advisories"
        )
        y += 6
        for t in minors or ["None"]:
            p.text(m + 4, y, t, s.font, 9)
            y += 13
        y += 10
        y = band(p, s, y, "Odometer history")
        y += 6
        mi = car.miles
        for k in range(3):
            mi -= rng.randint(4000, 11000)
            p.text(
                m + 4, y, f"{day(h, d.replace(year=d.year - k - 1))}   {mi:,} miles", s.font, 8.5
            )
            y += 12
        y += 16
        p.text(m, y, f"Issuer's name: {tester.upper()}", s.font, 8.5)
        p.text(m, y + 12, "Tester's signature", s.font, 8)
        scrawl(p, m + 90, y + 14, tester, 11)
        p.text(
            m,
            hh - 50,
            fit(
                "Check the MOT history of this vehicle at www.gov.uk/check-mot-history. "
                "To check the authenticity of this document visit www.gov.uk/mot.",
                s.font,
                7,
                w - 2 * m,
            ),
            s.font,
            7,
        )
        if rng.random() < 0.3:
            hand(p, w - m - 150, 100, f"{car.owner.split()[-1]} - tel'd", 10)
        remember(car, d, defects)
        return pages
    if lg == "de":
        y = heading(p, s, h)
        title = "Untersuchungsbericht" if rng.random() < 0.5 else "Prüfbericht"
        p.text(m, y, f"{title} über die Hauptuntersuchung nach § 29 StVZO", s.bold, 12)
        y += 10
        p.text(m, y + 4, f"Prüfort: {g.name}, {g.street}, {g.town}", s.font, 8)
        y += 16
        nxt = d.replace(year=d.year + 2) if not fail else d + timedelta(days=30)
        y = fields(
            p,
            s,
            m,
            y,
            w - 2 * m,
            [
                ("Amtl. Kennzeichen", car.reg),
                ("Hersteller / Typ", f"{car.make} {car.model}"),
                ("Fahrzeug-Ident.-Nr.", car.vin),
                ("Erstzulassung", f"{rng.randint(1, 12):02d}/{car.year}"),
                ("Wegstreckenzähler", odo(car, "de")),
                ("Prüfdatum", short(d, "de")),
                ("Bericht-Nr.", serial(rng, "99999999999")),
                ("Nächste HU", f"{nxt.month:02d}/{nxt.year}" if not fail else "-"),
            ],
            per=2,
            tall=26,
            hand=False,
        )
        y = band(p, s, y, "Untersuchungsergebnis")
        y += 8
        res = [
            "ohne festgestellte Mängel",
            "geringe Mängel",
            "erhebliche Mängel",
            "gefährliche Mängel",
        ]
        on = {2} if fail else {1 if minors else 0}
        y = ticks(p, s, m, y, w - 2 * m, res, on, 8.5, 2.6)
        if fail:
            p.text(
                m,
                y,
                "Prüfplakette nicht zugeteilt. Wiedervorführung innerhalb eines Monats.",
                s.bold,
                9,
            )
            y += 16
        rows = [[c, t, "EM" if fail else "GM"] for c, t in defects] + [
            ["", t, "GM"] for t in minors
        ]
        if rows:
            for c, t, k in rows:
                p.text(m + 4, y, c, s.font, 8.5)
                p.text(m + 60, y, fit(t, s.font, 8.5, w - 2 * m - 110), s.font, 8.5)
                p.text(w - m, y, k, s.bold, 8.5, "right")
                y += 13
        y += 14
        p.text(
            m,
            y,
            "Untersuchung der Abgase (AU): "
            + ("bestanden" if not fail or rng.random() < 0.6 else "nicht bestanden"),
            s.font,
            9,
        )
        y += 40
        p.text(m, y, "Amtlich anerkannte(r) Sachverständige(r) / Prüfingenieur(in)", s.font, 8)
        scrawl(p, m + 20, y + 24, tester, 12)
        p.text(m, y + 36, tester, s.font, 8)
        seal(p, w - m - 60, y + 16, 32, h.name.split()[0], "Prüfstelle")
        q = Page(A4)
        yy = heading(q, s, h)
        q.text(m, yy, "Nachweis über die Untersuchung der Abgase (AU)", s.bold, 11)
        yy += 18
        diesel = car.fuel == "diesel"
        cols = columns(m, w - m, [(3, "left"), (1.2, "right"), (1.2, "right"), (1, "center")])
        f = Sheets(A4, hh - m, lambda _p, _n: yy)
        f.pages = [q]
        f.page = q
        f.y = yy
        rows2 = (
            [
                ["Motoröltemperatur", f"{rng.randint(80, 95)} °C", ">= 60 °C", "i.O."],
                ["Leerlaufdrehzahl", f"{rng.randint(780, 880)} 1/min", "750-900", "i.O."],
                ["Abregeldrehzahl", f"{rng.randint(4300, 4800)} 1/min", "4500 +/- 200", "i.O."],
            ]
            + [
                [
                    f"Trübungskoeffizient Messung {k + 1}",
                    f"{rng.uniform(0.05, 0.6):.2f} m-1",
                    "0,70 m-1",
                    "i.O.",
                ]
                for k in range(3)
            ]
            if diesel
            else [
                ["Motoröltemperatur", f"{rng.randint(80, 95)} °C", ">= 60 °C", "i.O."],
                ["Leerlaufdrehzahl", f"{rng.randint(700, 850)} 1/min", "650-900", "i.O."],
                [
                    "CO erhöhter Leerlauf",
                    f"{rng.uniform(0.0, 0.2):.2f} Vol.-%",
                    "0,20 Vol.-%",
                    "i.O.",
                ],
                ["Lambda", f"{rng.uniform(0.98, 1.02):.3f}", "0,970-1,030", "i.O."],
                ["OBD Fehlerspeicher", "kein Eintrag", "-", "i.O."],
            ]
        )
        table(
            f,
            cols,
            ["Prüfgröße", "Istwert", "Sollwert", "Ergebnis"],
            rows2,
            s,
            size=8.5,
            rules=True,
        )
        f.y += 10
        write(
            f,
            s,
            f"Messgerät: {rng.choice(['AVL DiSmoke 4000', 'Bosch BEA 550', 'MAHA MET 6.3'])}, "
            f"Seriennr. {serial(rng, '999999')}, Kalibrierung gültig bis "
            f"{short(d + timedelta(days=200), 'de')}.",
            8,
        )
        pages.append(q)
        pages = close(pages, s, h)
        remember(car, d, defects)
        return pages
    y = heading(p, s, h)
    p.text(w / 2, y, "PROCÈS-VERBAL DE CONTRÔLE TECHNIQUE", s.bold, 13, "center")
    p.text(
        w / 2,
        y + 14,
        "Véhicule léger - contrôle technique périodique",
        s.font,
        8.5,
        "center",
    )
    y += 30
    y = fields(
        p,
        s,
        m,
        y,
        w - 2 * m,
        [
            ("Immatriculation", car.reg),
            (
                "Date de 1re immatriculation",
                f"{rng.randint(1, 28):02d}/{rng.randint(1, 12):02d}/{car.year}",
            ),
            ("Marque / modèle", f"{car.make} {car.model}"),
            ("N° d'identification", car.vin),
            ("Kilométrage relevé", odo(car, "fr")),
            ("Date du contrôle", short(d, "fr")),
            ("N° d'agrément du centre", serial(rng, "S999A999")),
            ("Contrôleur (n° d'agrément)", f"{tester} ({serial(rng, 'A999999')})"),
        ],
        per=2,
        tall=26,
        hand=False,
    )
    y = band(p, s, y, "Résultat du contrôle")
    y += 10
    res = "DÉFAVORABLE POUR DÉFAILLANCES MAJEURES" if fail else "FAVORABLE"
    p.text(m + 4, y, res, s.bold, 12)
    y += 16
    if fail:
        p.text(
            m + 4,
            y,
            f"Contre-visite à effectuer avant le {short(d + timedelta(days=60), 'fr')}",
            s.font,
            9,
        )
    else:
        p.text(
            m + 4,
            y,
            "Date limite du prochain contrôle : "
            f"{short(d.replace(year=d.year + 2) - timedelta(days=1), 'fr')}",
            s.font,
            9,
        )
    y += 20
    y = band(p, s, y, "Défaillances constatées")
    y += 8
    for c, t in defects:
        p.text(m + 4, y, f"{c}  {t}", s.font, 8.5)
        p.text(w - m, y, "Majeure", s.bold, 8.5, "right")
        y += 12
    for t in minors:
        p.text(
            m + 4,
            y,
            fit(f"{serial(rng, '9.9.9.a.9')}  {t}", s.font, 8.5, w - 2 * m - 60),
            s.font,
            8.5,
        )
        p.text(w - m, y, "Mineure", s.font, 8.5, "right")
        y += 12
    if not defects and not minors:
        p.text(m + 4, y, "Aucune défaillance constatée", s.font, 8.5)
        y += 12
    y += 20
    p.text(m, y, "Vignette n° " + serial(rng, "99999999"), s.font, 8.5)
    p.text(w - m - 160, y, "Signature du contrôleur", s.font, 8)
    scrawl(p, w - m - 150, y + 26, tester, 12)
    stamp(p, w - m - 200, y + 40, [h.name[:26], f"Agrément {serial(rng, 'S999A999')}"])
    pages = close(pages, s, h)
    remember(car, d, defects)
    return pages


def tpl_refusal_notice(rng: random.Random, who: Issuer) -> list[Page]:
    """A failed test: the refusal of an MOT test certificate, the Prüfbericht with erhebliche
    Mängel and no sticker, the procès-verbal défavorable with the contre-visite date."""
    return tpl_test_certificate(rng, who, fail=True)


def tpl_test_fees(rng: random.Random, who: Issuer) -> list[Page]:
    """The testing organisation's monthly account of test fees: the MOT slot statement (slots
    bought and tests recorded), the TÜV or DEKRA Sammelrechnung over every inspection done at
    the garage, the network's relevé de redevances per contrôle; the list on landscape A4."""
    h = head_of(who, "testing")
    lg = h.lang
    size = A4L if rng.random() < 0.8 else A4
    s = style_of(h, size, margin=40, pt=9)
    w, _hh = size
    m = s.margin
    end = period_end("test_fees")
    title = tr(
        lg,
        "MOT slot statement",
        "Sammelrechnung Fahrzeuguntersuchungen",
        "Relevé mensuel des redevances de contrôle",
    )
    acct = serial(keyed(who, "acct"), tr(lg, "V99999", "99999999", "S999A999"))
    f = sheets(s, h, f"{title} - {acct} - {short(end, lg)}")
    recipient(
        f,
        s,
        h,
        garage_lines(),
        end + timedelta(days=rng.randint(1, 6)),
        [
            (tr(lg, "Site / account", "Kunden-Nr.", "Centre"), acct),
            (
                tr(lg, "Period", "Abrechnungszeitraum", "Période"),
                f"{short(end.replace(day=1), lg)} - {short(end, lg)}",
            ),
        ],
    )
    caption(f, s, title, 3)
    n = rng.randint(12, 60)
    rows = []
    total = 0.0
    dd = end.replace(day=1)
    for _ in range(n):
        dd += timedelta(days=rng.choice([0, 0, 0, 1, 1, 2]))
        if dd > end:
            dd = end
        c = rng.choice(CARS) if rng.random() < 0.3 else a_car(rng, lg)
        if lg == "en":
            fee = 2.05
            kind = rng.choice(["Test", "Test", "Test", "Retest", "Test"])
            rows.append(
                [
                    short(dd, lg),
                    c.reg,
                    f"{c.make} {c.model.split()[0]}",
                    kind,
                    rng.choice(mechanics()[:2]).split()[-1].upper(),
                    rng.choice(["PASS", "PASS", "PASS", "FAIL", "PRS"]),
                    money(fee, lg),
                ]
            )
        elif lg == "de":
            kind = rng.choice(["HU+AU", "HU+AU", "HU", "Nachprüfung", "HU+AU", "Änderungsabnahme"])
            fee = {"HU+AU": 138.0, "HU": 96.5, "Nachprüfung": 26.5, "Änderungsabnahme": 61.0}[kind]
            rows.append(
                [
                    short(dd, lg),
                    c.reg,
                    f"{c.make} {c.model.split()[0]}",
                    kind,
                    serial(rng, "9999999"),
                    rng.choice(["OM", "OM", "GM", "EM"]),
                    money(fee, lg),
                ]
            )
        else:
            kind = rng.choice(["Périodique", "Périodique", "Contre-visite", "Volontaire"])
            fee = 6.91 if kind != "Contre-visite" else 3.45
            rows.append(
                [
                    short(dd, lg),
                    c.reg,
                    f"{c.make} {c.model.split()[0]}",
                    kind,
                    serial(rng, "99999999"),
                    rng.choice(["A", "A", "S", "R"]),
                    money(fee, lg),
                ]
            )
        total += fee
    cols = columns(
        m,
        w - m,
        [
            (1.1, "left"),
            (1.2, "left"),
            (2.2, "left"),
            (1.4, "left"),
            (1.4, "left"),
            (0.8, "center"),
            (1, "right"),
        ],
    )
    table(
        f,
        cols,
        [
            tr(lg, "Date", "Datum", "Date"),
            tr(lg, "Vehicle", "Kennzeichen", "Immat."),
            tr(lg, "Make / model", "Fahrzeug", "Véhicule"),
            tr(lg, "Type", "Prüfart", "Nature"),
            tr(lg, "Tester", "Bericht-Nr.", "N° PV"),
            tr(lg, "Result", "Erg.", "Rés."),
            tr(lg, "Fee", "Gebühr", "Redevance"),
        ],
        rows,
        s,
        size=8,
        shade=0.88,
        rules=rng.random() < 0.4,
    )
    if lg == "en":
        f.need(60)
        bought = rng.choice([40, 50, 60, 80])
        write(
            f,
            s,
            f"Slots brought forward {rng.randint(3, 30)}; slots purchased {bought} "
            f"({cash(bought * 2.05, lg)} paid by card); tests recorded {n}.",
            s.size - 0.5,
        )
    else:
        totals(f, s, lg, round(total, 2), vat_rate(lg))
        write(
            f,
            s,
            tr(
                lg,
                "",
                "Der Betrag wird zum 15. des Folgemonats per SEPA-Lastschrift eingezogen.",
                "Montant prélevé le 10 du mois suivant. Redevance reversée à l'OTC.",
            ),
            s.size - 1.5,
        )
    pages = close(f.pages, s, h)
    remember(None, end, end)
    return pages


# ---------------------------------------------------------------------------------------------
# Templates FFF: warranty, equipment and the yard
# ---------------------------------------------------------------------------------------------


def tpl_warranty_claim(rng: random.Random, who: Issuer) -> list[Page]:
    """A claim on a used-car warranty, on the warranty provider's form filled in by hand at the
    garage: policy and authorisation numbers, the failure, parts and labour, the garage's stamp;
    behind it the copy of the job card and now and then of the service book pages."""
    h = head_of(who, "warranty")
    lg = h.lang
    g = garage_head()
    car = car_for(rng, ("job_card",))
    d = last_day(rng, ("job_card",), (0, 2))
    s = style_of(h, A4, margin=36, pt=8.5)
    w, hh = A4
    m = s.margin
    p = Page(A4)
    y = heading(p, s, h)
    p.text(
        m,
        y,
        tr(
            lg,
            "WARRANTY CLAIM FORM",
            "GARANTIE-SCHADENMELDUNG",
            "DEMANDE DE PRISE EN CHARGE GARANTIE",
        ),
        s.bold,
        13,
    )
    p.text(w - m, y, tr(lg, "Form WC3", "Formular SM-2", "Imprimé G04"), s.font, 7, "right")
    y += 8
    p.text(
        m,
        y + 6,
        fit(
            tr(
                lg,
                "Authorisation must be obtained by telephone BEFORE any work is carried out.",
                "Vor Reparaturbeginn ist die Kostenfreigabe telefonisch einzuholen.",
                "Accord préalable obligatoire avant toute intervention.",
            ),
            s.font,
            7.5,
            w - 2 * m,
        ),
        s.font,
        7.5,
    )
    y += 20
    y = band(
        p,
        s,
        y,
        tr(lg, "1. Policy and vehicle", "1. Vertrag und Fahrzeug", "1. Contrat et véhicule"),
    )
    y += 4
    y = fields(
        p,
        s,
        m,
        y,
        w - 2 * m,
        [
            (tr(lg, "Policy no.", "Garantie-Nr.", "N° de contrat"), serial(rng, "AMW9999999")),
            (tr(lg, "Authorisation no.", "Freigabe-Nr.", "N° d'accord"), serial(rng, "99999-A")),
            (tr(lg, "Policyholder", "Garantienehmer", "Bénéficiaire"), car.owner),
            (tr(lg, "Registration", "Kennzeichen", "Immatriculation"), car.reg),
            (
                tr(lg, "Make / model", "Fabrikat / Modell", "Marque / modèle"),
                f"{car.make} {car.model}",
            ),
            (
                tr(lg, "Mileage at failure", "km-Stand bei Schaden", "Km au sinistre"),
                odo(car, lg).split()[0],
            ),
        ],
        per=3,
        tall=26,
    )
    y = band(p, s, y, tr(lg, "2. Repairer", "2. Werkstatt", "2. Réparateur"))
    y += 4
    y = fields(
        p,
        s,
        m,
        y,
        w - 2 * m,
        [
            (tr(lg, "Garage", "Werkstatt", "Garage"), g.name),
            (tr(lg, "Telephone", "Telefon", "Téléphone"), g.phone or "-"),
            (
                tr(lg, "Labour rate (net)", "Stundensatz netto", "Taux horaire HT"),
                cash(labour_rate(), lg),
            ),
            (
                tr(lg, "Date of failure", "Schadentag", "Date de la panne"),
                short(d - timedelta(days=rng.randint(0, 3)), lg),
            ),
        ],
        per=2,
        tall=24,
    )
    y = band(
        p,
        s,
        y,
        tr(
            lg,
            "3. Failure and cause",
            "3. Schadenbeschreibung und Ursache",
            "3. Description et cause de la panne",
        ),
    )
    y += 10
    for k in range(4):
        p.line(m, y + 14 * k + 4, w - m, y + 14 * k + 4)
    story = [*rng.sample(SAID["failure"][lg], rng.randint(1, 2)), said(rng, lg, "work")]
    for k, t in enumerate(story):
        hand(p, m + 4, y + 14 * k + 1, t, 9, w - 2 * m - 8)
    y += 14 * 4 + 8
    y = band(
        p,
        s,
        y,
        tr(
            lg,
            "4. Parts and labour claimed",
            "4. Teile und Arbeitszeit",
            "4. Pièces et main d'oeuvre",
        ),
    )
    y += 12
    cols = columns(m, w - m, [(1.6, "left"), (4, "left"), (0.6, "right"), (1.2, "right")])
    for c, t in zip(
        cols,
        [
            tr(lg, "Part no.", "Teile-Nr.", "Référence"),
            tr(lg, "Description", "Bezeichnung", "Désignation"),
            tr(lg, "Qty", "Anz.", "Qté"),
            tr(lg, "Net price", "Netto", "Prix HT"),
        ],
        strict=True,
    ):
        p.text(c[0], y, t, s.bold, 7.5)
    y += 4
    total = 0.0
    for k in range(7):
        p.line(m, y + 14 * (k + 1), w - m, y + 14 * (k + 1))
    nparts = rng.randint(1, 4)
    for k in range(nparts):
        pn, desc, _b, qty, price, _di = a_line(rng, lg)
        total += qty * price
        for c, t in zip(cols, [pn, desc, str(qty), money(price, lg)], strict=True):
            hand(
                p,
                c[0] if c[2] != "right" else c[1] - tw(t, HAND, 8.5),
                y + 14 * (k + 1) - 3,
                t,
                8.5,
                c[1] - c[0],
            )
    hrs = rng.choice([1.2, 2.5, 3.8, 4.5, 6.0, 7.4])
    hand(
        p,
        cols[1][0],
        y + 14 * (nparts + 1) - 3,
        tr(lg, f"Labour {hrs} hrs", f"Arbeitszeit {hrs:g} Std.", f"MO {hrs:g} h").replace(
            ".", "," if lg != "en" else "."
        ),
        8.5,
    )
    lab = money(hrs * labour_rate(), lg)
    hand(p, cols[3][1] - tw(lab, HAND, 8.5), y + 14 * (nparts + 1) - 3, lab, 8.5)
    y += 14 * 7 + 16
    p.text(m, y, tr(lg, "Total claimed (net)", "Summe netto", "Total demandé HT"), s.bold, 9)
    hand(p, w - m - 80, y, money(total + hrs * labour_rate(), lg), 10)
    y += 20
    y = ticks(
        p,
        s,
        m,
        y,
        w - 2 * m,
        [
            tr(
                lg,
                "Service history enclosed",
                "Serviceheft-Kopie anbei",
                "Copie carnet d'entretien jointe",
            ),
            tr(lg, "Job card enclosed", "Auftrag anbei", "OR joint"),
            tr(lg, "Failed parts retained", "Altteile aufbewahrt", "Pièces conservées"),
        ],
        {0, 1, 2} if rng.random() < 0.5 else {1, 2},
        8,
        3,
    )
    p.text(
        m,
        y,
        tr(
            lg,
            "I certify that the above is a true account of the repair.",
            "Wir bestätigen die Richtigkeit der Angaben.",
            "Nous certifions l'exactitude des renseignements ci-dessus.",
        ),
        s.font,
        8,
    )
    y += 8
    signature_box(
        p,
        s,
        m,
        y,
        230,
        tr(lg, "Signature for the repairer", "Unterschrift Werkstatt", "Signature du réparateur"),
        receptionist(),
        short(d, lg),
    )
    stamp(p, m + 260, y, [g.name[:26].upper(), g.street[:26], g.town[:26]])
    pages = [p]
    if rng.random() < 0.6:
        c = Page(A4)
        copier_edge(c, rng)
        sm = paper(style_of(g, A4), A4, margin=60, pt=8)
        yy = heading(c, sm, g, 70)
        c.text(60, yy, tr(lg, "JOB CARD", "WERKSTATTAUFTRAG", "ORDRE DE RÉPARATION"), g.bold, 12)
        c.text(
            w - 60,
            yy,
            f"{tr(lg, 'No.', 'Nr.', 'N°')} "
            f"{LAST['extra'] if after(('job_card',)) else rng.randint(10000, 48000)}",
            g.bold,
            11,
            "right",
        )
        yy += 14
        yy = fields(
            c,
            sm,
            60,
            yy,
            w - 120,
            [
                (tr(lg, "Customer", "Kunde", "Client"), car.owner),
                (tr(lg, "Registration", "Kennzeichen", "Immat."), car.reg),
                (tr(lg, "Mileage", "km-Stand", "Km"), odo(car, lg).split()[0]),
                (tr(lg, "Date in", "Annahme", "Entrée"), short(d, lg)),
            ],
            per=2,
            tall=24,
        )
        for k in range(rng.randint(2, 4)):
            hand(c, 70, yy + 14 * k + 6, said(rng, lg, "work"), 9.5, w - 140)
        c.text(w / 2, hh - 40, tr(lg, "COPY", "KOPIE", "COPIE"), "Helvetica-Bold", 9, "center")
        pages.append(c)
    if rng.random() < 0.35:
        b = Page(A4)
        copier_edge(b, rng)
        bw, bh = w * 0.42, hh * 0.4
        for k in range(2):
            x0 = 40 + k * (bw + 20)
            b.rect(x0, 80, bw, bh)
            b.text(
                x0 + 10,
                100,
                tr(lg, "SERVICE RECORD", "INSPEKTIONSNACHWEIS", "CARNET D'ENTRETIEN"),
                "Helvetica-Bold",
                8,
            )
            for j in range(3):
                yy = 118 + j * 70
                b.rect(x0 + 10, yy, bw - 20, 62)
                hand(b, x0 + 16, yy + 14, short(d - timedelta(days=365 * (2 * k + j + 1)), lg), 8.5)
                hand(b, x0 + 16, yy + 28, f"{max(car.miles - 9000 * (2 * k + j + 1), 1200):,}", 8.5)
                b.rect(x0 + bw - 90, yy + 8, 70, 40)
                b.text(
                    x0 + bw - 55,
                    yy + 30,
                    fit(g.name.split()[0].upper(), "Helvetica-Bold", 6, 64),
                    "Helvetica-Bold",
                    6,
                    "center",
                )
        pages.append(b)
    pages = close(pages, s, h, numbers="none")
    remember(car, d)
    return pages


MODULES = {
    "en": [
        "Diagnostics Pro (all makes)",
        "Service & repair data",
        "Wiring diagrams",
        "Key programming",
        "ADAS calibration data",
        "Technical hotline",
    ],
    "de": [
        "Diagnose Pro (markenübergreifend)",
        "Wartungs- und Reparaturdaten",
        "Schaltpläne",
        "Schlüsselprogrammierung",
        "Kalibrierdaten Fahrerassistenz",
        "Technische Hotline",
    ],
    "fr": [
        "Diagnostic multimarque",
        "Données d'entretien et réparation",
        "Schémas électriques",
        "Programmation clés",
        "Calibrage ADAS",
        "Hotline technique",
    ],
}


def tpl_diag_subscription(rng: random.Random, who: Issuer) -> list[Page]:
    """The diagnostic equipment vendor's annual subscription invoice: the modules and the
    period, the direct debit note; behind it the licence certificate with the device serial,
    now and then the licence terms."""
    h = head_of(who, "diag", abroad=0.2)
    lg = h.lang
    size = LETTER if "Inc." in h.name else A4
    s = style_of(h, size)
    w, hh = size
    m = s.margin
    d = some_day(rng)
    serial_no = serial(keyed(who, "sn"), "AA999999")
    no = serial(rng, rng.choice(["SI-999999", "99999999", "FA999999"]))
    f = sheets(s, h, f"{h.name} - {no}")
    recipient(
        f,
        s,
        h,
        garage_lines(),
        d,
        [
            (tr(lg, "Invoice", "Rechnung", "Facture"), no),
            (
                tr(lg, "Customer no.", "Kunden-Nr.", "N° client"),
                serial(keyed(who, "cust"), "C999999"),
            ),
            (tr(lg, "Device S/N", "Geräte-Nr.", "N° de série"), serial_no),
        ],
    )
    caption(
        f,
        s,
        tr(
            lg,
            "INVOICE - ANNUAL SUBSCRIPTION",
            "RECHNUNG - JAHRESLIZENZ",
            "FACTURE - ABONNEMENT ANNUEL",
        ),
        2,
    )
    start = d + timedelta(days=rng.randint(3, 20))
    end = start.replace(year=start.year + 1) - timedelta(days=1)
    mods = rng.sample(MODULES[lg], rng.randint(1, 4))
    rows = []
    net = 0.0
    for k, md in enumerate(mods):
        val = (
            rng.choice([240.0, 390.0, 590.0, 890.0, 1150.0])
            if k == 0
            else rng.choice([0.0, 120.0, 190.0, 260.0])
        )
        net += val
        rows.append(
            [
                md,
                f"{short(start, lg)} - {short(end, lg)}",
                money(val, lg) if val else tr(lg, "incl.", "inkl.", "inclus"),
            ]
        )
    cols = columns(m, w - m, [(3.5, "left"), (2.4, "left"), (1.2, "right")])
    table(
        f,
        cols,
        [
            tr(lg, "Module", "Modul", "Module"),
            tr(lg, "Period", "Laufzeit", "Période"),
            tr(lg, "Amount", "Betrag", "Montant HT"),
        ],
        rows,
        s,
        rules=True,
    )
    foreign = lg != home()
    totals(
        f,
        s,
        lg,
        round(net, 2),
        0.0 if foreign else vat_rate(lg),
    )
    if foreign:
        write(
            f,
            s,
            tr(
                lg,
                "Reverse charge: VAT to be accounted for by the recipient.",
                "Steuerschuldnerschaft des Leistungsempfängers (Reverse Charge).",
                "Autoliquidation - TVA due par le preneur (art. 283-2 du CGI).",
            ),
            s.size - 1.5,
        )
    write(
        f,
        s,
        tr(
            lg,
            f"The amount will be collected by Direct Debit on or after {day(h, start)}.",
            f"Der Betrag wird am {day(h, start)} per SEPA-Lastschrift eingezogen (Mandatsreferenz "
            f"{serial(rng, 'M9999999')}).",
            f"Le montant sera prélevé le {day(h, start)} (RUM {serial(rng, 'M9999999')}).",
        ),
        s.size - 1,
    )
    pages = f.pages
    c = Page(size)
    c.rect(m - 10, m - 10, w - 2 * m + 20, hh - 2 * m + 20)
    c.rect(m - 6, m - 6, w - 2 * m + 12, hh - 2 * m + 12)
    yy = heading(c, s, h, m + 20)
    c.text(
        w / 2,
        yy + 20,
        tr(lg, "LICENCE CERTIFICATE", "LIZENZZERTIFIKAT", "CERTIFICAT DE LICENCE"),
        s.bold,
        18,
        "center",
    )
    yy += 60
    for a, b in [
        (tr(lg, "Licensee", "Lizenznehmer", "Titulaire"), garage_lines()[0]),
        (tr(lg, "Device serial", "Geräte-Seriennummer", "N° de série"), serial_no),
        (
            tr(lg, "Licence key", "Lizenzschlüssel", "Clé de licence"),
            serial(rng, "AAAA-9999-AAAA-9999"),
        ),
        (tr(lg, "Valid from", "Gültig ab", "Valable du"), day(h, start)),
        (tr(lg, "Valid until", "Gültig bis", "au"), day(h, end)),
    ]:
        c.text(m + 30, yy, a, s.font, 10)
        c.text(m + 170, yy, fit(b, s.bold, 10, w - 2 * m - 190), s.bold, 10)
        yy += 20
    yy += 10
    c.text(
        m + 30,
        yy,
        tr(lg, "Licensed modules:", "Lizenzierte Module:", "Modules inclus :"),
        s.font,
        10,
    )
    yy += 16
    for md in mods:
        c.text(m + 44, yy, f"- {md}", s.font, 9.5)
        yy += 14
    c.barcode("qr", serial_no + "/" + short(end, "de"), w / 2 - 90, min(yy + 30, hh - m - 230))
    pages.append(c)
    if rng.random() < 0.3:
        pages.append(
            small_print(
                rng,
                s,
                h,
                tr(lg, "End user licence terms", "Lizenzbedingungen", "Conditions de licence"),
                TERMS_HEADS["licence"][lg],
                "legal",
            )
        )
    pages = close(pages, s, h)
    received(rng, pages[0], d, 0.2)
    remember(None, d)
    return pages


INSTRUMENTS = {
    "en": [
        ("Roller brake tester", "kN", [0.5, 1.0, 2.0, 3.0, 4.0, 5.0], 3.0),
        ("Headlamp aim tester", "%", [-2.0, -1.0, 0.0, 1.0, 2.0], 0.2),
        ("Exhaust gas analyser (CO)", "% vol", [0.0, 0.5, 1.0, 3.5], 3.0),
        ("Diesel smoke meter", "m-1", [0.0, 0.5, 1.5, 2.5], 2.0),
        ("Decelerometer", "%g", [10.0, 30.0, 50.0, 70.0], 2.0),
        ("Torque wrench 40-200 Nm", "Nm", [40.0, 120.0, 200.0], 4.0),
    ],
    "de": [
        ("Bremsprüfstand", "kN", [0.5, 1.0, 2.0, 3.0, 4.0, 5.0], 3.0),
        ("Scheinwerfereinstellprüfgerät", "%", [-2.0, -1.0, 0.0, 1.0, 2.0], 0.2),
        ("Abgasmessgerät (CO/CO2/HC/O2)", "% vol", [0.0, 0.5, 1.0, 3.5], 3.0),
        ("Trübungsmessgerät", "m-1", [0.0, 0.5, 1.5, 2.5], 2.0),
        ("Reifendruckprüfer", "bar", [1.0, 2.0, 3.0, 4.0], 0.08),
        ("Drehmomentschlüssel 40-200 Nm", "Nm", [40.0, 120.0, 200.0], 4.0),
    ],
    "fr": [
        ("Banc de freinage à rouleaux", "daN", [50.0, 100.0, 200.0, 400.0], 3.0),
        ("Régloscope", "%", [-2.0, -1.0, 0.0, 1.0], 0.2),
        ("Analyseur de gaz 4 gaz", "% vol", [0.0, 0.5, 1.0, 3.5], 3.0),
        ("Opacimètre", "m-1", [0.0, 0.5, 1.5, 2.5], 2.0),
        ("Ripomètre (plaque de ripage)", "m/km", [-5.0, 0.0, 5.0], 0.5),
        ("Clé dynamométrique 40-200 Nm", "Nm", [40.0, 120.0, 200.0], 4.0),
    ],
}


def tpl_calibration_cert(rng: random.Random, who: Issuer) -> list[Page]:
    """A calibration certificate for one instrument of the test bay: the instrument, the
    conditions, the standards used, the results table (as found / as left, error, tolerance),
    the uncertainty, the next due date and the approved signatory; "Page i of n" on each page,
    the results on the second page."""
    h = head_of(who, "calibration", abroad=0.05)
    lg = h.lang
    s = style_of(h, A4, pt=9)
    w, _hh = A4
    m = s.margin
    d = last_day(rng, ("lift_inspection", "calibration_cert"), (0, 0))
    name, unit, points, tol = rng.choice(INSTRUMENTS[lg])
    cert = serial(rng, rng.choice(["CAL-99999", "K99-9999", "CE99999"]))
    mark = tr(
        lg,
        "UKAS calibration 0" + str(rng.randint(100, 999)),
        "DAkkS D-K-" + str(rng.randint(15000, 19999)) + "-01-00",
        "COFRAC Étalonnage n° 2-" + str(rng.randint(1000, 6000)),
    )
    title = tr(lg, "CERTIFICATE OF CALIBRATION", "KALIBRIERSCHEIN", "CERTIFICAT D'ÉTALONNAGE")
    f = sheets(s, h, f"{title} {cert}")
    p = f.page
    p.rect(w - m - 110, f.y - 18, 110, 34)
    p.text(w - m - 55, f.y - 4, fit(mark, s.bold, 7, 104), s.bold, 7, "center")
    p.text(
        w - m - 55,
        f.y + 8,
        tr(lg, "Accredited", "Akkreditiert", "Accréditation"),
        s.font,
        6.5,
        "center",
    )
    f.y += 24
    caption(f, s, title, 5)
    f.page.text(
        s.margin,
        f.y,
        f"{tr(lg, 'Certificate no.', 'Kalibrierzeichen', 'N° de certificat')}: {cert}",
        s.bold,
        10,
    )
    f.y += 20
    f.y = fields(
        f.page,
        s,
        m,
        f.y,
        w - 2 * m,
        [
            (
                tr(lg, "Customer", "Auftraggeber", "Client"),
                ", ".join(garage_lines()[:1] + garage_lines()[-1:]),
            ),
            (tr(lg, "Instrument", "Gegenstand", "Instrument"), name),
            (
                tr(lg, "Manufacturer / type", "Hersteller / Typ", "Constructeur / type"),
                rng.choice(
                    ["MAHA", "Boston", "Crypton", "Beissbarth", "Cartec", "Bosch", "Actia Muller"]
                )
                + " "
                + serial(rng, "AA 999"),
            ),
            (tr(lg, "Serial no.", "Fabrik-Nr.", "N° de série"), serial(rng, "99999999")),
            (
                tr(lg, "Date of calibration", "Datum der Kalibrierung", "Date d'étalonnage"),
                day(h, d),
            ),
            (
                tr(lg, "Next calibration due", "Nächste Kalibrierung", "Prochain étalonnage"),
                day(h, d + timedelta(days=rng.choice([182, 365]))),
            ),
        ],
        per=2,
        tall=26,
        hand=False,
    )
    write(
        f,
        s,
        tr(
            lg,
            f"Method: in situ, procedure {serial(rng, 'CP-99')} issue {rng.randint(2, 9)}. Ambient "
            f"temperature {rng.randint(12, 24)} °C. Reference standards traceable to national "
            "standards: "
            f"{serial(rng, 'REF-999')}, {serial(rng, 'REF-999')}.",
            f"Verfahren: vor Ort nach Kalibrieranweisung {serial(rng, 'KA-99')}. "
            "Umgebungstemperatur "
            f"{rng.randint(12, 24)} °C. Rückführung auf nationale Normale über "
            f"{serial(rng, 'N-999')}.",
            f"Méthode : sur site, mode opératoire {serial(rng, 'MO-99')}. Température ambiante "
            f"{rng.randint(12, 24)} °C. Étalons raccordés aux étalons nationaux : "
            f"{serial(rng, 'E-999')}.",
        ),
        s.size - 0.5,
    )
    f.y += 6
    f.page.text(m, f.y, tr(lg, "Result:", "Ergebnis:", "Conclusion :"), s.bold, 10)
    f.page.text(
        m + 70,
        f.y,
        tr(lg, "Within tolerance as left", "Innerhalb der Fehlergrenzen", "Conforme"),
        s.font,
        10,
    )
    f.y += 50
    f.page.text(
        m,
        f.y,
        tr(lg, "Approved signatory", "Leiter des Kalibrierlaboratoriums", "Responsable technique"),
        s.font,
        8.5,
    )
    sig = staff(h, "sign")
    scrawl(f.page, m + 10, f.y + 28, sig, 12)
    f.page.text(m, f.y + 40, sig, s.font, 8.5)
    eng = staff(h, "eng")
    f.page.text(w / 2, f.y, tr(lg, "Calibrated by", "Bearbeiter", "Opérateur"), s.font, 8.5)
    f.page.text(w / 2, f.y + 40, eng, s.font, 8.5)
    f.new_page()
    caption(f, s, tr(lg, "Results", "Messergebnisse", "Résultats"), 2)
    rows = []
    for pt_ in points:
        err = (
            rng.uniform(-tol * 0.6, tol * 0.6)
            * (abs(pt_) if unit in ("kN", "daN", "Nm", "%g") else 1)
            / (100 if unit in ("kN", "daN", "Nm", "%g") else 1)
        )
        found = pt_ + err * rng.uniform(0.8, 2.0)
        left = pt_ + err
        tl = (
            tol * abs(pt_) / 100
            if unit in ("kN", "daN", "Nm", "%g")
            else tol * (0.1 if unit == "% vol" else 1)
        )
        rows.append(
            [
                f"{pt_:g} {unit}",
                f"{found:.3f}",
                f"{left:.3f}",
                f"{left - pt_:+.3f}",
                f"+/- {tl:.3f}",
                f"{tl / 2.5:.3f}",
                "OK",
            ]
        )
    if unit in ("kN", "daN"):
        rows = (
            [[tr(lg, "Left roller", "Rolle links", "Rouleau G"), "", "", "", "", "", ""]]
            + rows
            + [[tr(lg, "Right roller", "Rolle rechts", "Rouleau D"), "", "", "", "", "", ""]]
            + [r[:] for r in rows]
        )
    cols = columns(
        m,
        w - m,
        [
            (1.5, "left"),
            (1, "right"),
            (1, "right"),
            (1, "right"),
            (1.1, "right"),
            (1, "right"),
            (0.6, "center"),
        ],
    )
    table(
        f,
        cols,
        [
            tr(lg, "Nominal", "Sollwert", "Valeur nominale"),
            tr(lg, "As found", "Vorgefunden", "Avant réglage"),
            tr(lg, "As left", "Nach Justage", "Après réglage"),
            tr(lg, "Error", "Abweichung", "Écart"),
            tr(lg, "Tolerance", "Fehlergrenze", "EMT"),
            tr(lg, "Uncert. U", "Unsicherh. U", "Incert. U"),
            "",
        ],
        rows,
        s,
        size=8.5,
        rules=True,
        shade=0.9,
    )
    f.y += 8
    write(
        f,
        s,
        tr(
            lg,
            "The reported expanded uncertainty is based on a standard uncertainty multiplied by a "
            "coverage factor k = 2, providing a coverage probability of approximately 95%.",
            "Angegeben ist die erweiterte Messunsicherheit, die sich aus der "
            "Standardmessunsicherheit "
            "durch Multiplikation mit dem Erweiterungsfaktor k = 2 ergibt.",
            "L'incertitude élargie mentionnée est l'incertitude-type composée multipliée par le "
            "facteur "
            "d'élargissement k = 2, soit un niveau de confiance d'environ 95 %.",
        ),
        s.size - 1,
    )
    write(
        f,
        s,
        tr(
            lg,
            "This certificate may not be reproduced other than in full.",
            "Dieser Kalibrierschein darf nur vollständig und unverändert weiterverbreitet werden.",
            "La reproduction de ce certificat n'est autorisée que sous sa forme intégrale.",
        ),
        s.size - 1.5,
    )
    numbers = tr(lg, "Page {i} of {n}", "Seite {i} von {n}", "Page {i}/{n}")
    pages = close(f.pages, s, h, numbers=numbers)
    remember(None, d, h.name)
    return pages


LIFTS = {
    "en": [
        "Two-post lift 3.5 t",
        "Four-post lift 4 t (MOT bay)",
        "Scissor lift 3 t",
        "Axle jack 2 t",
    ],
    "de": [
        "2-Säulen-Hebebühne 3,5 t",
        "4-Säulen-Hebebühne 4 t (Prüfstraße)",
        "Scherenhebebühne 3 t",
        "Achsfreiheber 2 t",
    ],
    "fr": [
        "Pont 2 colonnes 3,5 t",
        "Pont 4 colonnes 4 t (ligne CT)",
        "Pont ciseaux 3 t",
        "Cric de fosse 2 t",
    ],
}
LIFT_CHECKS = {
    "en": [
        "Structure and welds",
        "Load-bearing arms and pads",
        "Arm locks",
        "Lifting screws / nuts",
        "Safety nut wear",
        "Hydraulic hoses and cylinders",
        "Ropes / chains and pulleys",
        "Mechanical locks / pawls",
        "Controls and emergency stop",
        "Limit switches",
        "Anchor bolts",
        "Safe working load marked",
        "Operating instructions displayed",
    ],
    "de": [
        "Tragkonstruktion / Schweißnähte",
        "Tragarme und Aufnahmeteller",
        "Tragarmarretierung",
        "Tragmuttern / Spindeln",
        "Sicherheitsmutter Verschleiß",
        "Hydraulikleitungen / Zylinder",
        "Seile / Ketten / Rollen",
        "Absturzsicherung / Klinken",
        "Steuerung / NOT-HALT",
        "Endschalter",
        "Verankerung / Dübel",
        "Tragfähigkeit angeschrieben",
        "Betriebsanweisung",
    ],
    "fr": [
        "Structure et soudures",
        "Bras et tampons",
        "Verrouillage des bras",
        "Écrous porteurs",
        "Écrou de sécurité : usure",
        "Flexibles et vérins",
        "Câbles / chaînes / poulies",
        "Crans de sécurité",
        "Commandes et arrêt d'urgence",
        "Fins de course",
        "Ancrages",
        "Charge maximale affichée",
        "Consignes d'utilisation",
    ],
}


def swl(lift: str) -> str:
    """The safe working load a lift's name gives ("3.5 t")."""
    for a, b in itertools.pairwise(lift.split()):
        if b == "t":
            return f"{a} t"
    return "3,5 t"


def tpl_lift_inspection(rng: random.Random, who: Issuer) -> list[Page]:
    """A thorough examination report of one vehicle lift (LOLER report, UVV-Prüfung nach DGUV
    Grundsatz 308-002, vérification générale périodique): the lift, the check list ticked item
    by item, defects, the next examination date and the engineer's signature."""
    h = head_of(who, "lift")
    lg = h.lang
    s = style_of(h, A4, margin=40, pt=8.5)
    w, _hh = A4
    m = s.margin
    d = last_day(rng, ("lift_inspection",), (0, 0))
    lift = rng.choice(LIFTS[lg])
    title = tr(
        lg,
        "REPORT OF THOROUGH EXAMINATION",
        "PRÜFBERICHT HEBEBÜHNE",
        "RAPPORT DE VÉRIFICATION GÉNÉRALE PÉRIODIQUE",
    )
    sub = tr(
        lg,
        "Lifting Operations and Lifting Equipment Regulations 1998, reg. 9",
        "Jährliche Prüfung durch eine Sachkundige nach DGUV Grundsatz 308-002 / BetrSichV",
        "Appareils de levage - arrêté du 1er mars 2004",
    )
    f = sheets(s, h, title)
    caption(f, s, title, 4)
    write(f, s, sub, 8)
    f.y = fields(
        f.page,
        s,
        m,
        f.y,
        w - 2 * m,
        [
            (
                tr(lg, "Employer / site", "Betreiber", "Établissement"),
                f"{garage_lines()[0]}, {garage_lines()[-1]}",
            ),
            (tr(lg, "Report no.", "Prüfbuch-Nr.", "Rapport n°"), serial(rng, "999999")),
            (tr(lg, "Equipment", "Gerät", "Appareil"), lift),
            (
                tr(lg, "Make / serial no.", "Hersteller / Fabr.-Nr.", "Marque / n° série"),
                rng.choice(["Stertil", "Nussbaum", "Ravaglioli", "MAHA", "Werther", "Bradbury"])
                + " "
                + serial(rng, "99999"),
            ),
            (tr(lg, "Safe working load", "Tragfähigkeit", "Charge maximale"), swl(lift)),
            (tr(lg, "Date of examination", "Prüfdatum", "Date de vérification"), day(h, d)),
        ],
        per=2,
        tall=24,
        hand=False,
    )
    defects = set(rng.sample(range(len(LIFT_CHECKS[lg])), rng.choice([0, 0, 1, 1, 2])))
    cols = columns(
        m, w - m, [(4, "left"), (0.7, "center"), (0.7, "center"), (0.7, "center"), (3, "left")]
    )
    rows = []
    for k, t in enumerate(LIFT_CHECKS[lg]):
        bad = k in defects
        rows.append(
            [
                t,
                "" if bad else "X",
                "X" if bad else "",
                "",
                said(rng, lg, "lift") if bad else "",
            ]
        )
    table(
        f,
        cols,
        [
            tr(lg, "Item examined", "Prüfpunkt", "Point vérifié"),
            "OK",
            tr(lg, "Defect", "Mangel", "Défaut"),
            "n/a",
            tr(lg, "Remarks", "Bemerkung", "Observations"),
        ],
        rows,
        s,
        size=8,
        rules=True,
        step=1.9,
    )
    f.y += 6
    caption(f, s, tr(lg, "Result", "Ergebnis", "Conclusion"), 1)
    safe = not defects or rng.random() < 0.7
    ticks(
        f.page,
        s,
        m,
        f.y,
        w - 2 * m,
        [
            tr(lg, "Safe to operate", "Keine Mängel - Weiterbetrieb", "Apte au service"),
            tr(
                lg,
                "Safe, defects to be remedied by date below",
                "Mängel - Weiterbetrieb bis Beseitigung",
                "Apte avec réserves",
            ),
            tr(lg, "NOT safe - taken out of use", "Betrieb untersagt", "Non conforme - arrêt"),
        ],
        {0} if not defects else ({1} if safe else {2}),
        8.5,
    )
    f.y += 22
    nxt = d + timedelta(days=182 if lg == "en" else 365)
    write(
        f,
        s,
        f"{tr(lg, 'Next thorough examination by', 'Nächste Prüfung', 'Prochaine vérification')}: "
        f"{day(h, nxt)}",
        9,
    )
    if defects:
        write(
            f,
            s,
            tr(
                lg,
                "Defects to be remedied by",
                "Mängelbeseitigung bis",
                "Levée des réserves avant le",
            )
            + f": {day(h, d + timedelta(days=28))}",
            9,
        )
    f.need(70)
    y = f.y + 6
    eng = staff(h, "engineer")
    f.page.text(m, y, tr(lg, "Engineer surveyor", "Sachkundiger", "Vérificateur"), s.font, 8)
    scrawl(f.page, m + 10, y + 30, eng, 12)
    f.page.text(m, y + 42, eng, s.font, 8)
    if lg == "de":
        ring(f.page, w - m - 60, y + 20, 26)
        f.page.text(w - m - 60, y + 17, f"{(nxt.month):02d}", "Helvetica-Bold", 12, "center")
        f.page.text(w - m - 60, y + 30, str(nxt.year), "Helvetica", 7, "center")
    f.y = y + 60
    pages = close(f.pages, s, h)
    remember(None, d, h.name)
    return pages


WASTES = {
    "en": [
        ("Waste engine oil", "13 02 05*", "litres", (180, 1100)),
        ("Oil filters", "16 01 07*", "kg", (20, 120)),
        ("Lead acid batteries", "16 06 01*", "units", (4, 40)),
        ("Brake fluid", "16 01 13*", "litres", (5, 40)),
        ("Oily rags and absorbents", "15 02 02*", "kg", (10, 60)),
    ],
    "de": [
        ("Altöl (Motor- und Getriebeöl)", "13 02 05*", "l", (180, 1100)),
        ("Ölfilter", "16 01 07*", "kg", (20, 120)),
        ("Bleibatterien", "16 06 01*", "Stück", (4, 40)),
        ("Bremsflüssigkeit", "16 01 13*", "l", (5, 40)),
        ("Ölverschmierte Betriebsmittel", "15 02 02*", "kg", (10, 60)),
    ],
    "fr": [
        ("Huiles moteur usagées", "13 02 05*", "litres", (180, 1100)),
        ("Filtres à huile", "16 01 07*", "kg", (20, 120)),
        ("Batteries au plomb", "16 06 01*", "unités", (4, 40)),
        ("Liquide de frein", "16 01 13*", "litres", (5, 40)),
        ("Chiffons et absorbants souillés", "15 02 02*", "kg", (10, 60)),
    ],
}


def tpl_waste_note(rng: random.Random, who: Issuer) -> list[Page]:
    """A collection note for hazardous waste from the workshop: the consignment note with its
    parts A to E (England), the Übernahmeschein of the collector (Germany), the bordereau de
    suivi de déchets dangereux (France): codes, quantities, ticks and three signatures."""
    h = head_of(who, "waste")
    lg = h.lang
    g = garage_head()
    s = style_of(h, A4, margin=34, pt=8)
    w, hh = A4
    m = s.margin
    d = last_day(rng, ("waste_note",), (0, 0))
    p = Page(A4)
    y = 34.0
    title = tr(
        lg,
        "HAZARDOUS WASTE CONSIGNMENT NOTE",
        "ÜBERNAHMESCHEIN",
        "BORDEREAU DE SUIVI DE DÉCHETS DANGEREUX",
    )
    p.text(m, y + 4, title, "Helvetica-Bold", 12)
    p.text(
        w - m,
        y,
        tr(lg, "HWCN01", "für Kleinmengen (§ 16 NachwV)", "CERFA n° 12571*01"),
        "Helvetica",
        7,
        "right",
    )
    code = serial(rng, tr(lg, "AAAAAA/99999", "999999999999", "9999999999"))
    p.text(
        w - m,
        y + 12,
        f"{tr(lg, 'Consignment code', 'Nr.', 'N° bordereau')}: {code}",
        "Helvetica-Bold",
        8,
        "right",
    )
    y += 26
    waste = rng.sample(WASTES[lg], rng.randint(1, 3))
    if lg == "en" and rng.random() < 0.3:
        waste = [WASTES[lg][2]]
    parts = [
        tr(
            lg,
            "PART A  Notification details",
            "Erzeuger / Abfallbesitzer",
            "1. Émetteur du bordereau",
        ),
        tr(
            lg,
            "PART B  Description of the waste",
            "Abfallbezeichnung",
            "3-6. Déchet - dénomination, code, quantité",
        ),
        tr(lg, "PART C  Carrier's certificate", "Beförderer", "8. Collecteur-transporteur"),
        tr(
            lg,
            "PART D  Consignor's certificate",
            "Erklärung des Erzeugers",
            "5. Déclaration de l'émetteur",
        ),
        tr(
            lg,
            "PART E  Consignee's certificate",
            "Entsorger / Annahmestelle",
            "10-11. Installation de destination",
        ),
    ]
    y = band(p, s, y, parts[0])
    y += 2
    y = fields(
        p,
        s,
        m,
        y,
        w - 2 * m,
        [
            (
                tr(
                    lg,
                    "Waste producer (name, address)",
                    "Erzeuger (Name, Anschrift)",
                    "Raison sociale, adresse",
                ),
                f"{g.name}, {g.street}, {g.town}",
            ),
            (
                tr(lg, "SIC / premises code", "Erzeugernummer", "N° SIRET"),
                serial(rng, tr(lg, "45200", "A99999999", "99999999999999")),
            ),
            (tr(lg, "Collected from", "Abholort", "Lieu de collecte"), g.street),
            (
                tr(lg, "Contact / telephone", "Ansprechpartner", "Contact"),
                f"{receptionist()} {g.phone}",
            ),
        ],
        per=2,
        tall=24,
        hand=False,
    )
    y = band(p, s, y, parts[1])
    y += 12
    cols = columns(
        m,
        w - m,
        [(3, "left"), (1.2, "left"), (1, "left"), (1, "right"), (1.2, "left"), (1.6, "left")],
    )
    for c, t in zip(
        cols,
        [
            tr(lg, "Description", "Bezeichnung", "Dénomination"),
            tr(lg, "EWC code", "AVV-Nr.", "Code déchet"),
            tr(lg, "Form", "Konsistenz", "État"),
            tr(lg, "Quantity", "Menge", "Quantité"),
            tr(lg, "Container", "Gebinde", "Conditionnement"),
            tr(lg, "UN no.", "UN-Nr.", "N° ONU"),
        ],
        strict=True,
    ):
        p.text(c[0], y, t, s.bold, 7.5)
    y += 4
    for k in range(5):
        p.line(m, y + 16 * (k + 1), w - m, y + 16 * (k + 1))
    for k, (desc, ewc, unit, (lo, hi)) in enumerate(waste):
        qty = rng.randint(lo, hi)
        vals = [
            desc,
            ewc,
            tr(lg, "liquid", "flüssig", "liquide")
            if unit in ("litres", "l")
            else tr(lg, "solid", "fest", "solide"),
            f"{qty} {unit}",
            rng.choice(
                {
                    "en": ["IBC", "205 l drum", "Bowser", "Battery cage"],
                    "de": ["IBC", "Fass 200 l", "Tankwagen", "Gitterbox"],
                    "fr": ["GRV", "Fût 200 l", "Citerne", "Caisse-palette"],
                }[lg]
            ),
            "UN 2794" if "atter" in desc or "Blei" in desc else "-",
        ]
        for c, t in zip(cols, vals, strict=True):
            if c[2] == "right":
                hand(p, c[1] - 8 - tw(t, HAND, 8.5), y + 16 * (k + 1) - 4, t, 8.5)
            else:
                hand(p, c[0], y + 16 * (k + 1) - 4, t, 8.5, c[1] - c[0])
    y += 16 * 5 + 14
    carrier = staff(h, "driver")
    y = band(p, s, y, parts[2])
    y += 2
    y = fields(
        p,
        s,
        m,
        y,
        w - 2 * m,
        [
            (tr(lg, "Carrier name", "Beförderer", "Transporteur"), h.name),
            (
                tr(lg, "Registration no.", "Beförderernummer", "N° récépissé"),
                serial(rng, tr(lg, "CBDU999999", "A99999999", "99/99/999")),
            ),
            (tr(lg, "Vehicle", "Fahrzeug", "Véhicule"), plate(rng, lg)),
            (
                tr(lg, "Date / time collected", "Übernahme am", "Date de prise en charge"),
                f"{short(d, lg)} {rng.randint(8, 16)}:{rng.choice(['00', '20', '40'])}",
            ),
        ],
        per=4,
        tall=24,
    )
    y = band(p, s, y, parts[3])
    y += 8
    p.text(
        m,
        y + 2,
        fit(
            tr(
                lg,
                "I certify that the information in A and B above is correct and that the "
                "carrier is registered.",
                "Der Erzeuger bestätigt die Richtigkeit der Angaben.",
                "Je soussigné certifie que les renseignements ci-dessus sont exacts.",
            ),
            s.font,
            7.5,
            w - 2 * m,
        ),
        s.font,
        7.5,
    )
    y += 8
    signature_box(
        p,
        s,
        m,
        y,
        (w - 2 * m) / 2 - 6,
        tr(lg, "Consignor", "Erzeuger", "Émetteur"),
        receptionist(),
        short(d, lg),
    )
    signature_box(
        p,
        s,
        w / 2 + 6,
        y,
        (w - 2 * m) / 2 - 6,
        tr(lg, "Carrier", "Fahrer", "Transporteur"),
        carrier,
        short(d, lg),
    )
    y += 52
    y = band(p, s, y, parts[4])
    y += 2
    dest = {
        "en": "Oil recovery facility, Ellesmere Port EPR/AB1234",
        "de": "Zweitraffinerie Salzbergen, Entsorgernr. E45400012",
        "fr": "Centre de régénération, Lillebonne (76)",
    }[lg]
    y = fields(
        p,
        s,
        m,
        y,
        w - 2 * m,
        [
            (tr(lg, "Site / permit", "Entsorgungsanlage", "Installation"), dest),
            (
                tr(lg, "Quantity received", "Menge angenommen", "Quantité reçue"),
                "" if rng.random() < 0.5 else tr(lg, "as above", "wie oben", "conforme"),
            ),
        ],
        per=2,
        tall=24,
    )
    p.text(
        m,
        hh - 30,
        fit(
            tr(
                lg,
                "Copy 2 - producer's copy. Keep for 3 years.",
                "Exemplar für den Erzeuger - 3 Jahre aufbewahren.",
                "Exemplaire n° 2 - à conserver par l'émetteur (5 ans).",
            ),
            s.font,
            7,
            w - 2 * m,
        ),
        s.font,
        7,
    )
    pages = [p]
    if rng.random() < 0.3:
        t = (80 * MM, 110 * MM)
        q = Page(t)
        q.text(10, 24, fit(h.name, "Courier-Bold", 9, t[0] - 20), "Courier-Bold", 9)
        q.text(
            10,
            40,
            tr(lg, "WEIGHBRIDGE TICKET", "WIEGESCHEIN", "TICKET DE PESÉE"),
            "Courier-Bold",
            8,
        )
        yy = 58.0
        gross = rng.randint(9000, 16000)
        tare = gross - rng.randint(200, 1100)
        for a, b in [
            (tr(lg, "Date", "Datum", "Date"), short(d, lg)),
            (tr(lg, "Vehicle", "Fahrzeug", "Véhicule"), plate(rng, lg)),
            (tr(lg, "Gross", "Brutto", "Brut"), f"{gross} kg"),
            (tr(lg, "Tare", "Tara", "Tare"), f"{tare} kg"),
            (tr(lg, "Net", "Netto", "Net"), f"{gross - tare} kg"),
        ]:
            q.text(10, yy, a, "Courier", 7.5)
            q.text(t[0] - 10, yy, b, "Courier", 7.5, "right")
            yy += 11
        pages.append(q)
    remember(None, d, h.name)
    return pages


def tpl_assessor_report(rng: random.Random, who: Issuer) -> list[Page]:
    """An independent engineer's assessment for an insurer: a cover page with the claim and the
    vehicle, the damage and repair method with the agreed figures, a photo sheet; "Page i of n"
    on most."""
    h = head_of(who, "assessor")
    lg = h.lang
    s = style_of(h, A4)
    w, hh = A4
    m = s.margin
    car = car_for(rng)
    d = some_day(rng)
    ins = head_of(who, "insurer")
    claim = serial(rng, rng.choice(["MC/9999999", "999-99999-A", "S99999999"]))
    ref = serial(rng, "AA/99999")
    title = tr(lg, "ENGINEER'S REPORT", "KFZ-SCHADENGUTACHTEN", "RAPPORT D'EXPERTISE")
    cover = Page(A4)
    y = heading(cover, s, h)
    cover.text(w / 2, y + 60, title, s.bold, 20, "center")
    cover.text(
        w / 2,
        y + 84,
        tr(
            lg,
            "Vehicle damage assessment",
            "Haftpflicht-/Kaskoschaden",
            "Expertise contradictoire - véhicule endommagé",
        ),
        s.font,
        10,
        "center",
    )
    yy = y + 130
    for a, b in [
        (tr(lg, "Our ref", "Gutachten-Nr.", "Notre réf."), ref),
        (tr(lg, "Instructed by", "Auftraggeber", "Mandant"), ins.name),
        (tr(lg, "Claim no.", "Schaden-Nr.", "N° sinistre"), claim),
        (tr(lg, "Policyholder", "Anspruchsteller", "Assuré"), car.owner),
        (tr(lg, "Vehicle", "Fahrzeug", "Véhicule"), f"{car.make} {car.model}"),
        (tr(lg, "Registration", "Kennzeichen", "Immatriculation"), car.reg),
        (tr(lg, "Inspected at", "Besichtigungsort", "Lieu d'examen"), garage_lines()[0]),
        (tr(lg, "Date of inspection", "Besichtigung", "Date d'examen"), day(h, d)),
    ]:
        cover.text(m + 40, yy, a, s.font, s.size)
        cover.text(m + 190, yy, fit(b, s.bold, s.size, w - m - 200 - m), s.bold, s.size)
        yy += s.size * 2
    f = sheets(s, h, f"{title} {ref} - {car.reg}", top=False)
    caption(
        f,
        s,
        tr(
            lg,
            "1. Damage and repair method",
            "1. Schadenbeschreibung und Reparaturweg",
            "1. Dommages et méthode de réparation",
        ),
        2,
    )
    write(f, s, " ".join(rng.sample(SAID["damage"][lg], rng.randint(2, 4))))
    rows = []
    net_l = net_p = net_paint = 0.0
    ops = {
        "en": [
            "R&R front bumper",
            "Repair N/S front wing",
            "Replace headlamp N/S",
            "Paint front bumper",
            "Replace bonnet",
            "Align bonnet",
            "R&R door trim",
        ],
        "de": [
            "Stoßfänger vorne aus-/einbauen",
            "Kotflügel vorne links instandsetzen",
            "Scheinwerfer links erneuern",
            "Stoßfänger lackieren",
            "Motorhaube erneuern",
        ],
        "fr": [
            "Bouclier AV D/P",
            "Aile AVG réparation",
            "Projecteur G remplacement",
            "Peinture bouclier",
            "Capot remplacement",
        ],
    }[lg]
    for op in rng.sample(ops, rng.randint(3, len(ops))):
        hrs = rng.choice([0.5, 0.8, 1.0, 1.5, 2.2, 3.0])
        part = rng.choice([0.0, 0.0, rng.uniform(40, 480)])
        net_l += hrs * labour_rate()
        net_p += part
        rows.append([op, f"{hrs:g}", money(part, lg) if part else "-"])
    net_paint = rng.uniform(180, 650)
    cols = columns(m, w - m, [(4, "left"), (1, "right"), (1.2, "right")])
    table(
        f,
        cols,
        [
            tr(lg, "Operation", "Arbeitsposition", "Opération"),
            tr(lg, "Hours", "AW/Std.", "Heures"),
            tr(lg, "Parts", "Teile", "Pièces"),
        ],
        rows,
        s,
        rules=True,
    )
    f.y += 12
    caption(f, s, tr(lg, "2. Agreed figures", "2. Reparaturkosten", "2. Montant retenu"), 2)
    f.y = (
        pairs(
            f.page,
            s,
            m,
            f.y,
            [
                (tr(lg, "Labour", "Arbeitslohn", "Main d'oeuvre"), cash(net_l, lg)),
                (
                    tr(lg, "Paint and materials", "Lackierung", "Peinture et ingrédients"),
                    cash(net_paint, lg),
                ),
                (tr(lg, "Parts", "Ersatzteile", "Pièces"), cash(net_p, lg)),
                (
                    tr(lg, "Total net of VAT", "Summe netto", "Total HT"),
                    cash(net_l + net_paint + net_p, lg),
                ),
                (
                    tr(
                        lg, "Pre-accident value", "Wiederbeschaffungswert", "Valeur de remplacement"
                    ),
                    cash(rng.uniform(3000, 14000), lg),
                ),
            ],
            w * 0.6,
            s.size,
        )
        + 10
    )
    write(
        f,
        s,
        tr(
            lg,
            "The repair is economical. Figures agreed with the repairer by telephone.",
            "Die Reparatur ist wirtschaftlich. Die Kosten wurden mit der Werkstatt abgestimmt.",
            "Réparation économiquement justifiée. Montant convenu avec le réparateur.",
        ),
        s.size - 0.5,
    )
    regards(f, s, lg, staff(h, "eng"), tr(lg, "Engineer", "Sachverständiger", "Expert automobile"))
    ph = sheets(s, h, f"{title} {ref} - {car.reg}", top=False)
    caption(ph, s, tr(lg, "Photographs", "Lichtbilder", "Photographies"), 2)
    pw = (w - 2 * m - 14) / 2
    for k in range(rng.choice([2, 4, 4, 6])):
        x = m + (k % 2) * (pw + 14)
        yk = ph.y + (k // 2) * (pw * 0.72 + 26)
        if yk + pw * 0.72 > hh - m - 20:
            break
        photo(ph.page, x, yk, pw, pw * 0.72, rng)
        ph.page.text(
            x, yk + pw * 0.72 + 11, f"{k + 1}. {words(rng, lg, 'work', 3)[:-1]}", s.font, 7.5
        )
    pages = close(
        [cover, *f.pages, *ph.pages],
        s,
        h,
        numbers=tr(lg, "Page {i} of {n}", "Seite {i} von {n}", "Page {i}/{n}")
        if rng.random() < 0.7
        else "none",
    )
    remember(car, d, (claim, ins.name, round(net_l + net_paint + net_p, 2)))
    return pages


def tpl_insurer_authorisation(rng: random.Random, who: Issuer) -> list[Page]:
    """An insurer's letter authorising the repair: the claim, the agreed amount, the excess the
    garage collects from the customer, the invoicing instructions; now and then with the
    satisfaction note for the customer to sign."""
    h = head_of(who, "insurer")
    lg = h.lang
    s = style_of(h, A4)
    w, _hh = A4
    m = s.margin
    car = car_for(rng, ("assessor_report",))
    d = last_day(rng, ("assessor_report",), (1, 5))
    ex = LAST["extra"]
    if after(("assessor_report",)) and isinstance(ex, tuple):
        claim, amount = str(ex[0]), float(ex[2])
    else:
        claim, amount = serial(rng, "MC/9999999"), rng.uniform(600, 4200)
    excess = rng.choice([100, 150, 250, 300, 500])
    handler = staff(h, "handler")
    f = sheets(s, h)
    recipient(
        f,
        s,
        h,
        garage_lines(
            tr(
                lg,
                "FAO Bodyshop / Accounts",
                "z. Hd. Werkstattleitung",
                "À l'attention du service après-vente",
            )
        ),
        d,
        [
            (tr(lg, "Claim no.", "Schaden-Nr.", "N° sinistre"), claim),
            (tr(lg, "Handler", "Sachbearbeiter", "Gestionnaire"), handler),
            (tr(lg, "Our insured", "Versicherungsnehmer", "Assuré"), car.owner),
        ],
    )
    caption(
        f,
        s,
        tr(
            lg,
            f"Repair authorisation - {car.reg}",
            f"Reparaturfreigabe - {car.reg}",
            f"Accord de réparation - {car.reg}",
        ),
        1,
    )
    f.page.text(m, f.y, dear(lg, None), s.font, s.size)
    f.y += s.size * 2
    write(
        f,
        s,
        tr(
            lg,
            f"Following our engineer's inspection we authorise repairs to the above vehicle up to "
            f"{cash(amount, lg)} plus VAT. The policy excess of {cash(excess, lg)} is to be "
            "collected "
            f"from our insured on completion.",
            "nach Prüfung des Gutachtens erteilen wir die Reparaturfreigabe bis zu einem Betrag "
            "von "
            f"{cash(amount, lg)} netto. Die Selbstbeteiligung von {cash(excess, lg)} ist vom "
            f"Versicherungsnehmer direkt zu erheben.",
            "Suite au rapport de notre expert, nous vous donnons notre accord pour la "
            "réparation à "
            f"hauteur de {cash(amount, lg)} HT. La franchise de {cash(excess, lg)} reste à la "
            "charge "
            f"de notre assuré.",
        ),
    )
    write(
        f,
        s,
        tr(
            lg,
            "Please address your invoice to us quoting the claim number, with the signed "
            "satisfaction note. Any supplementary work must be agreed with the engineer first.",
            "Bitte senden Sie uns die Rechnung unter Angabe der Schadennummer zusammen mit der "
            "unterschriebenen Reparaturbestätigung. Nachträge sind vorher abzustimmen.",
            "Merci de nous adresser votre facture avec le numéro de sinistre et le procès-verbal "
            "de restitution signé. Tout supplément doit recevoir l'accord préalable de l'expert.",
        ),
    )
    regards(
        f,
        s,
        lg,
        handler,
        tr(lg, "Motor Claims", "Kraftfahrt-Schaden", "Service sinistres automobile"),
    )
    pages = f.pages
    if rng.random() < 0.45:
        sn = Page(A4)
        yy = heading(sn, s, h)
        sn.text(
            m,
            yy,
            tr(lg, "SATISFACTION NOTE", "REPARATURBESTÄTIGUNG", "PROCÈS-VERBAL DE RESTITUTION"),
            s.bold,
            14,
        )
        yy += 24
        yy = fields(
            sn,
            s,
            m,
            yy,
            w - 2 * m,
            [
                (tr(lg, "Claim no.", "Schaden-Nr.", "N° sinistre"), claim),
                (tr(lg, "Registration", "Kennzeichen", "Immatriculation"), car.reg),
                (tr(lg, "Repairer", "Werkstatt", "Réparateur"), garage_lines()[0]),
                (tr(lg, "Date collected", "Abholung", "Date de restitution"), ""),
            ],
            per=2,
            tall=26,
            hand=False,
        )
        yy += 6
        for ln in wrap(
            tr(
                lg,
                "I confirm that the repairs to my vehicle have been completed to my "
                "satisfaction and "
                "I authorise payment to be made direct to the repairer.",
                "Ich bestätige die ordnungsgemäße Reparatur meines Fahrzeugs und bin mit der "
                "Zahlung direkt an die Werkstatt einverstanden.",
                "Je reconnais avoir repris mon véhicule réparé à ma satisfaction et autorise le "
                "règlement direct au réparateur.",
            ),
            s.font,
            s.size,
            w - 2 * m,
        ):
            sn.text(m, yy, ln, s.font, s.size)
            yy += s.size * 1.4
        yy += 14
        signature_box(
            sn,
            s,
            m,
            yy,
            240,
            tr(
                lg,
                "Signature of insured",
                "Unterschrift Versicherungsnehmer",
                "Signature de l'assuré",
            ),
            car.owner if rng.random() < 0.3 else None,
        )
        pages.append(sn)
    pages = close(pages, s, h)
    received(rng, pages[0], d, 0.3)
    remember(car, d, claim)
    return pages


# ---------------------------------------------------------------------------------------------
# Templates FFF: recovery, customers and takings
# ---------------------------------------------------------------------------------------------


def tpl_recovery_invoice(rng: random.Random, who: Issuer) -> list[Page]:
    """A breakdown recovery operator's invoice for bringing a customer's car in: call-out,
    miles or kilometres, winching, out-of-hours; A4 or A5; often with the driver's tow sheet
    behind on a narrow slip, signed at the roadside."""
    h = head_of(who, "recovery")
    lg = h.lang
    size = keyed(who, "size").choice([A4, A4, A5])
    s = style_of(h, size, margin=34 if size == A5 else 0, pt=8.5 if size == A5 else 0)
    w, _hh = size
    m = s.margin
    car = car_for(rng)
    d = some_day(rng)
    no = serial(rng, rng.choice(["99999", "R-9999", "2025-9999"]))
    f = sheets(s, h)
    recipient(
        f,
        s,
        h,
        garage_lines(),
        d + timedelta(days=rng.randint(0, 4)),
        [
            (tr(lg, "Invoice", "Rechnung", "Facture"), no),
            (tr(lg, "Job", "Einsatz", "Intervention"), serial(rng, "J99999")),
        ],
    )
    caption(f, s, tr(lg, "INVOICE", "RECHNUNG", "FACTURE"), 3)
    where = rng.choice(
        {
            "en": [
                "M60 J1 hard shoulder",
                "Tesco car park, Hazel Grove",
                "A6 Buxton Road",
                "Customer's home address",
            ],
            "de": [
                "A3 AS Rosenhof",
                "Parkplatz Globus",
                "B15 Höhe Ortsausgang",
                "Wohnanschrift Kunde",
            ],
            "fr": [
                "A11 sortie 14",
                "Parking Leclerc",
                "RN147 lieu-dit La Croix",
                "Domicile du client",
            ],
        }[lg]
    )
    f.y = (
        pairs(
            f.page,
            s,
            m,
            f.y,
            [
                (tr(lg, "Vehicle", "Fahrzeug", "Véhicule"), f"{car.make} {car.model} - {car.reg}"),
                (tr(lg, "Collected from", "Abholort", "Lieu de prise en charge"), where),
                (tr(lg, "Delivered to", "Zugestellt", "Déposé à"), garage_lines()[0]),
                (tr(lg, "Owner", "Halter", "Propriétaire"), car.owner),
            ],
            w - m,
            s.size - 0.5,
        )
        + 8
    )
    dist = rng.randint(3, 45)
    rows = [
        [
            tr(lg, "Call-out / recovery", "Anfahrt / Abschleppen Pauschale", "Forfait dépannage"),
            "1",
            money(rng.choice([65.0, 85.0, 120.0, 135.0]), lg),
        ],
        [
            tr(lg, f"Mileage ({dist} mi)", f"Kilometer ({dist} km)", f"Kilomètres ({dist} km)"),
            str(dist),
            money(dist * rng.choice([2.2, 2.8, 3.5]), lg),
        ],
    ]
    if rng.random() < 0.4:
        rows.append(
            [
                tr(lg, "Winching / skates", "Bergung / Rangierhilfe", "Treuillage"),
                "1",
                money(rng.choice([35.0, 45.0, 60.0]), lg),
            ]
        )
    if rng.random() < 0.35:
        rows.append(
            [
                tr(
                    lg,
                    "Out of hours supplement",
                    "Nacht-/Wochenendzuschlag",
                    "Majoration nuit / week-end",
                ),
                "1",
                money(rng.choice([40.0, 50.0]), lg),
            ]
        )
    net = sum(
        float(r[2].replace(".", "").replace(" ", "").replace(",", "."))
        if lg != "en"
        else float(r[2].replace(",", ""))
        for r in rows
    )
    cols = columns(m, w - m, [(4, "left"), (0.7, "right"), (1.2, "right")])
    table(
        f,
        cols,
        [
            tr(lg, "Description", "Leistung", "Désignation"),
            tr(lg, "Qty", "Menge", "Qté"),
            tr(lg, "Amount", "Betrag", "Montant HT"),
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
            "Payment within 14 days. Thank you for your business.",
            "Zahlbar innerhalb 14 Tagen ohne Abzug.",
            "Paiement à réception de facture.",
        ),
        s.size - 1,
    )
    pages = close(f.pages, s, h, numbers="none")
    if rng.random() < 0.55:
        ts = (90 * MM, 190 * MM)
        t = Page(ts)
        x0, x1 = 12.0, ts[0] - 12
        t.text(
            ts[0] / 2, 22, fit(h.name, "Helvetica-Bold", 9, x1 - x0), "Helvetica-Bold", 9, "center"
        )
        t.text(
            ts[0] / 2,
            34,
            tr(lg, "TOW SHEET / JOB RECORD", "ABSCHLEPPAUFTRAG", "BON D'ENLÈVEMENT"),
            "Helvetica-Bold",
            8,
            "center",
        )
        yy = 46.0
        ss = paper(s, ts, margin=12, pt=7.5)
        yy = fields(
            t,
            ss,
            x0,
            yy,
            x1 - x0,
            [
                (tr(lg, "Date", "Datum", "Date"), short(d, lg)),
                (
                    tr(lg, "Time called", "Alarmierung", "Appel"),
                    f"{rng.randint(6, 22)}:{rng.choice(['05', '25', '50'])}",
                ),
                (tr(lg, "Reg", "Kennz.", "Immat."), car.reg),
                (tr(lg, "Mileage", "km", "Km"), odo(car, lg).split()[0]),
                (tr(lg, "From", "Von", "De"), where),
                (tr(lg, "To", "Nach", "À"), garage_lines()[0]),
            ],
            per=2,
            tall=24,
        )
        car_plan(
            t, x0, yy, x1 - x0, [(rng.random(), rng.random()) for _ in range(rng.randint(0, 2))]
        )
        yy += (x1 - x0) * 0.5 + 10
        ticks(
            t,
            ss,
            x0,
            yy,
            x1 - x0,
            [
                tr(lg, "Keys", "Schlüssel", "Clés"),
                tr(lg, "Wheel nut key", "Felgenschloss", "Antivol"),
                tr(lg, "Personal items", "Wertsachen", "Effets perso."),
            ],
            {0},
            7,
        )
        yy += 24
        t.text(
            x0,
            yy,
            tr(lg, "Customer signature", "Unterschrift Kunde", "Signature client"),
            "Helvetica",
            7,
        )
        scrawl(t, x0 + 10, yy + 26, car.owner, 11)
        t.text(
            x0,
            yy + 44,
            tr(lg, "Driver", "Fahrer", "Dépanneur") + ": " + staff(h, "driver"),
            "Helvetica",
            7,
        )
        pages.append(t)
    received(rng, pages[0], d, 0.25)
    remember(car, d, h.name)
    return pages


def tpl_complaint_letter(rng: random.Random, who: Issuer) -> list[Page]:
    """A customer's complaint about a repair: a handwritten letter on lined or plain paper, or
    a typed letter printed at home; now and then a copy of the garage's invoice enclosed."""
    r = keyed(who, "cust")
    car = car_for(rng)
    lg = car.lang if r.random() < 0.85 else r.choice([x for x in ("en", "de", "fr") if x != home()])
    if lg != car.lang:
        car = a_car(r, lg)
    d = some_day(rng)
    g = garage_head()
    handwritten = rng.random() < 0.4
    size = rng.choice([A4, A4, A5]) if handwritten else A4
    w, hh = size
    m = 44 if size == A5 else 62
    font, bold = (
        (HAND, HAND)
        if handwritten
        else rng.choice([("Helvetica", "Helvetica-Bold"), ("Times-Roman", "Times-Bold")])
    )
    pt = 10 if handwritten else 10.5
    s = Style(font, bold, pt, m, "none", "bottom", size, "short")
    lined = handwritten and rng.random() < 0.6

    def start(p: Page, n: int) -> float:
        if lined:
            for k in range(int((hh - 60) / 22)):
                p.line(20, 50 + 22 * k + 3, w - 20, 50 + 22 * k + 3)
        return float(m)

    f = Sheets(size, hh - m, start)
    yy = f.y
    for t in [car.owner, *car.lines, car.phone]:
        f.page.text(w - m, yy, t, font, pt - 0.5, "right")
        yy += pt * 1.5
    yy += 10
    for t in garage_lines():
        f.page.text(m, yy, t, font, pt - 0.5)
        yy += pt * 1.5
    yy += 8
    f.page.text(w - m, yy, short(d, lg) if handwritten else date_long(d, lg), font, pt, "right")
    f.y = yy + pt * 3
    subj = tr(
        lg,
        f"Re: {car.make} {car.model}, reg {car.reg}",
        f"Betreff: Reparatur {car.make}, {car.reg}",
        f"Objet : réclamation - véhicule {car.reg}",
    )
    f.page.text(m, f.y, subj, s.bold, pt)
    f.y += pt * 2.4
    f.page.text(
        m,
        f.y,
        dear(lg, None)
        if rng.random() < 0.6
        else tr(lg, "To whom it may concern,", "Sehr geehrter Herr Werkstattmeister,", "Monsieur,"),
        font,
        pt,
    )
    f.y += pt * 2
    grievances = {
        "en": [
            f"I brought my car in on {short(d - timedelta(days=rng.randint(5, 20)), lg)} for "
            f"{rng.choice(JOBS['en']).lower()}.",
            "Two days after collecting it the same noise has come back.",
            "I was charged for parts that I do not believe were fitted.",
            "Nobody phoned me before the extra work was done although I had asked for a call.",
            "The bill was much higher than the price I was quoted at the desk.",
        ],
        "de": [
            f"Am {short(d - timedelta(days=rng.randint(5, 20)), lg)} habe ich mein Fahrzeug zur "
            f"Reparatur gebracht ({rng.choice(JOBS['de'])}).",
            "Schon zwei Tage nach der Abholung tritt das Geräusch wieder auf.",
            "Auf der Rechnung stehen Teile, die meines Erachtens nicht eingebaut wurden.",
            "Obwohl ich um Rückruf gebeten hatte, wurden ohne Rücksprache weitere Arbeiten "
            "ausgeführt.",
            "Der Rechnungsbetrag liegt deutlich über dem Kostenvoranschlag.",
        ],
        "fr": [
            f"J'ai déposé mon véhicule le {short(d - timedelta(days=rng.randint(5, 20)), lg)} "
            f"pour : {rng.choice(JOBS['fr']).lower()}.",
            "Deux jours après l'avoir récupéré, le même bruit est réapparu.",
            "On m'a facturé des pièces qui, à mon avis, n'ont pas été changées.",
            "Personne ne m'a appelé avant les travaux supplémentaires, alors que je l'avais "
            "demandé.",
            "La facture dépasse largement le devis qui m'avait été remis.",
        ],
    }[lg]
    body = [grievances[0], *rng.sample(grievances[1:], rng.randint(1, 3))]
    width = w - 2 * m
    if rng.random() < 0.5:
        body.append(said(rng, lg, "grievance"))
    for para in body:
        f.para(m, width, para, font, pt, 0.9)
    f.para(
        m,
        width,
        tr(
            lg,
            "I would like you to put this right at no further cost, or to refund the difference.",
            "Ich bitte um kostenlose Nachbesserung bzw. Erstattung des Differenzbetrags.",
            "Je vous demande de reprendre la réparation gratuitement ou de me rembourser la "
            "différence.",
        ),
        font,
        pt,
    )
    f.need(60)
    f.page.text(
        m, f.y, tr(lg, "Yours faithfully,", "Mit freundlichen Grüßen", "Salutations,"), font, pt
    )
    f.y += 30
    scrawl(f.page, m, f.y, car.owner, 14)
    f.y += 16
    if not handwritten:
        f.page.text(m, f.y, car.owner, font, pt)
    pages = f.pages
    if rng.random() < 0.35:
        c = Page(A4)
        copier_edge(c, rng)
        gs = paper(style_of(g, A4), A4, margin=60)
        yy2 = heading(c, gs, g, 60)
        c.text(60, yy2, tr(home(), "INVOICE", "RECHNUNG", "FACTURE"), g.bold, 14)
        c.text(
            A4[0] - 60,
            yy2,
            f"{tr(home(), 'No.', 'Nr.', 'N°')} {rng.randint(20000, 60000)}",
            g.bold,
            10,
            "right",
        )
        yy2 += 30
        billed = 0.0
        for _ in range(rng.randint(3, 8)):
            pn, desc, _b, qty, price, _di = a_line(rng, home())
            billed += qty * price
            c.text(60, yy2, fit(f"{qty} x {desc} ({pn})", g.font, 9, 330), g.font, 9)
            c.text(A4[0] - 60, yy2, money(qty * price, home()), g.font, 9, "right")
            yy2 += 14
        gross = billed * (1 + vat_rate(home()) / 100)
        c.text(A4[0] - 60, yy2 + 16, cash(gross, home()), g.bold, 11, "right")
        if rng.random() < 0.7:
            hand(
                c,
                300,
                yy2 - 40,
                rng.choice(["??", "not fitted!", "nicht gemacht!", "pas fait !"]),
                12,
            )
        pages.append(c)
    received(rng, pages[0], d, 0.35)
    remember(car, d, lg)
    return pages


def date_long(d: date, lang: str) -> str:
    return date_text(d, lang, "long")


def tpl_complaint_reply(rng: random.Random, who: Issuer) -> list[Page]:
    """The garage's reply to a customer's complaint: what was done, what it offers (a free
    re-check, a goodwill credit, or why the charge stands)."""
    h = garage_head()
    car = car_for(rng, ("complaint_letter",))
    lg = h.lang
    h2 = h
    d = last_day(rng, ("complaint_letter",), (2, 9))
    s = style_of(h2, A4)
    f = sheets(s, h2)
    recipient(
        f,
        s,
        h2,
        customer_lines(car, lg),
        d,
        [(tr(lg, "Registration", "Kennzeichen", "Immatriculation"), car.reg)],
    )
    caption(
        f,
        s,
        tr(
            lg,
            "Your letter about your vehicle",
            "Ihr Schreiben zu Ihrem Fahrzeug",
            "Votre réclamation",
        ),
        1,
    )
    f.page.text(s.margin, f.y, dear(lg, mx(car.owner, lg, car.female)), s.font, s.size)
    f.y += s.size * 2
    write(
        f,
        s,
        tr(
            lg,
            "Thank you for your letter, and I am sorry to hear that you are unhappy with the "
            "work on your car.",
            "vielen Dank für Ihr Schreiben. Es tut uns leid, dass Sie mit unserer Arbeit nicht "
            "zufrieden sind.",
            "Nous avons bien reçu votre courrier et regrettons que notre intervention ne vous "
            "ait pas donné satisfaction.",
        ),
    )
    write(f, s, " ".join(rng.sample(SAID["reply"][lg], rng.randint(1, 3))))
    offer = rng.choice(
        [
            tr(
                lg,
                "We would like to inspect the car again free of charge; please call the desk to "
                "book a time.",
                "Gerne sehen wir uns das Fahrzeug kostenlos noch einmal an. Bitte vereinbaren "
                "Sie einen Termin.",
                "Nous vous proposons un nouveau contrôle gratuit ; merci de prendre rendez-vous "
                "à l'accueil.",
            ),
            tr(
                lg,
                "As a gesture of goodwill we have credited "
                f"{cash(rng.choice([25, 40, 60, 85]), lg)} to your account.",
                f"Aus Kulanz erstatten wir Ihnen {cash(rng.choice([25, 40, 60, 85]), lg)}.",
                "À titre commercial, nous vous remboursons "
                f"{cash(rng.choice([25, 40, 60, 85]), lg)}.",
            ),
            tr(
                lg,
                "The parts replaced are kept for you to see; the charges are in line with the "
                "estimate you signed.",
                "Die Altteile liegen zur Ansicht bereit; die Rechnung entspricht dem "
                "unterschriebenen Auftrag.",
                "Les pièces remplacées sont à votre disposition ; la facture correspond au "
                "devis signé.",
            ),
        ]
    )
    write(f, s, offer)
    regards(f, s, lg, staff(h, "owner"), tr(lg, "Proprietor", "Inhaber / Kfz-Meister", "Gérant"))
    pages = close(f.pages, s, h2, numbers="none")
    remember(car, d)
    return pages


def tpl_card_statement(rng: random.Random, who: Issuer) -> list[Page]:
    """The card acquirer's monthly merchant statement: a summary page, the daily takings over
    the month, and often a landscape page breaking down the scheme and service fees."""
    h = head_of(who, "acquirer")
    lg = h.lang
    s = style_of(h, A4, pt=9)
    w, _hh = A4
    m = s.margin
    end = period_end("card_statement")
    mid = serial(keyed(who, "mid"), "99999999999")
    title = tr(lg, "Merchant statement", "Händlerabrechnung", "Relevé commerçant")
    f = sheets(s, h, f"{title} - MID {mid} - {short(end, lg)}")
    recipient(
        f,
        s,
        h,
        garage_lines(),
        end + timedelta(days=rng.randint(2, 5)),
        [
            ("MID", mid),
            (
                tr(lg, "Period", "Zeitraum", "Période"),
                f"{short(end.replace(day=1), lg)} - {short(end, lg)}",
            ),
        ],
    )
    caption(f, s, title, 4)
    rows = []
    tot_n = 0
    tot = 0.0
    dd = end.replace(day=1)
    while dd <= end:
        if dd.weekday() < 6:
            n = rng.randint(2, 18) if dd.weekday() < 5 else rng.randint(0, 6)
            amt = round(n * rng.uniform(60, 260), 2)
            tot_n += n
            tot += amt
            rows.append(
                [
                    short(dd, lg),
                    str(n),
                    money(amt, lg),
                    money(amt * 0.45, lg),
                    money(amt * 0.55, lg),
                    short(dd + timedelta(days=2), lg),
                ]
            )
        dd += timedelta(days=1)
    fees = round(tot * rng.uniform(0.009, 0.017), 2)
    f.y = (
        pairs(
            f.page,
            s,
            m,
            f.y,
            [
                (tr(lg, "Transactions", "Transaktionen", "Transactions"), str(tot_n)),
                (tr(lg, "Total sales", "Umsatz gesamt", "Montant total"), cash(tot, lg)),
                (
                    tr(lg, "Refunds", "Gutschriften", "Remboursements"),
                    cash(rng.choice([0.0, 0.0, 45.0, 120.0]), lg),
                ),
                (tr(lg, "Fees this period", "Entgelte", "Commissions"), cash(fees, lg)),
                (
                    tr(
                        lg,
                        "Fees collected by Direct Debit on",
                        "Lastschrifteinzug am",
                        "Prélevées le",
                    ),
                    short(end + timedelta(days=10), lg),
                ),
            ],
            w * 0.62,
            s.size,
        )
        + 12
    )
    cols = columns(
        m,
        w - m,
        [
            (1.2, "left"),
            (0.8, "right"),
            (1.2, "right"),
            (1.2, "right"),
            (1.2, "right"),
            (1.2, "right"),
        ],
    )
    table(
        f,
        cols,
        [
            tr(lg, "Date", "Datum", "Date"),
            tr(lg, "No.", "Anz.", "Nb"),
            tr(lg, "Sales", "Umsatz", "Montant"),
            "Debit",
            "Credit" if lg == "en" else tr(lg, "", "Kredit", "Crédit"),
            tr(lg, "Settled", "Gutschrift am", "Crédité le"),
        ],
        rows,
        s,
        size=8,
        shade=0.9,
    )
    pages = f.pages
    if rng.random() < 0.6:
        sl = style_of(h, A4L, margin=40, pt=8)
        g = sheets(sl, h, f"{title} - MID {mid}", top=False)
        caption(
            g,
            sl,
            tr(lg, "Fee breakdown", "Aufschlüsselung der Entgelte", "Détail des commissions"),
            2,
        )
        schemes = [
            "Visa Debit",
            "Visa Credit",
            "Mastercard Debit",
            "Mastercard Credit",
            "Maestro",
            "V PAY",
            "Amex" if lg == "en" else ("girocard" if lg == "de" else "CB"),
        ]
        rows2 = []
        for sc in schemes:
            n = rng.randint(0, tot_n // 3 + 1)
            val = round(n * rng.uniform(60, 240), 2)
            ic = val * rng.uniform(0.002, 0.003)
            sf = val * rng.uniform(0.0007, 0.0015)
            ms = val * rng.uniform(0.003, 0.007)
            rows2.append(
                [
                    sc,
                    str(n),
                    money(val, lg),
                    money(ic, lg),
                    money(sf, lg),
                    money(ms, lg),
                    money(ic + sf + ms, lg),
                ]
            )
        cols2 = columns(
            40,
            A4L[0] - 40,
            [
                (2, "left"),
                (0.8, "right"),
                (1.3, "right"),
                (1.3, "right"),
                (1.3, "right"),
                (1.3, "right"),
                (1.3, "right"),
            ],
        )
        table(
            g,
            cols2,
            [
                tr(lg, "Card type", "Kartenart", "Type de carte"),
                tr(lg, "Count", "Anzahl", "Nb"),
                tr(lg, "Value", "Umsatz", "Montant"),
                "Interchange",
                tr(lg, "Scheme fees", "Scheme Fees", "Frais réseau"),
                tr(lg, "Service charge", "Disagio", "Commission"),
                tr(lg, "Total", "Summe", "Total"),
            ],
            rows2,
            s=sl,
            size=8,
            rules=True,
        )
        g.y += 6
        terminal = tr(lg, "Terminal rental", "Terminalmiete", "Location TPE")
        write(
            g,
            sl,
            f"{terminal}: {cash(rng.choice([15.0, 19.9, 24.5]), lg)} - PCI DSS: "
            f"{cash(rng.choice([0.0, 4.5]), lg)}",
            8,
        )
        pages += g.pages
    pages = close(
        pages,
        s,
        h,
        numbers=rng.choice(["Page {i} of {n}", "{i}/{n}"]) if lg != "de" else "Seite {i} von {n}",
    )
    remember(None, end, end)
    return pages


# ---------------------------------------------------------------------------------------------
# The part: templates, runs and companions
# ---------------------------------------------------------------------------------------------


def tracked(name: str, tpl: Template) -> Template:
    """``tpl`` noting its kind, so that a companion can take up the same car."""

    def run(rng: random.Random, who: Issuer) -> list[Page]:
        pages = tpl(rng, who)
        LAST["kind"] = name
        return pages

    run.__doc__ = tpl.__doc__
    return run


KINDS: dict[str, Template] = {
    "parts_invoice": tpl_parts_invoice,
    "parts_delivery": tpl_parts_delivery,
    "parts_credit": tpl_parts_credit,
    "tyre_statement": tpl_tyre_statement,
    "job_card": tpl_job_card,
    "repair_estimate": tpl_repair_estimate,
    "test_certificate": tpl_test_certificate,
    "refusal_notice": tpl_refusal_notice,
    "test_fees": tpl_test_fees,
    "warranty_claim": tpl_warranty_claim,
    "diag_subscription": tpl_diag_subscription,
    "calibration_cert": tpl_calibration_cert,
    "lift_inspection": tpl_lift_inspection,
    "waste_note": tpl_waste_note,
    "assessor_report": tpl_assessor_report,
    "insurer_authorisation": tpl_insurer_authorisation,
    "recovery_invoice": tpl_recovery_invoice,
    "complaint_letter": tpl_complaint_letter,
    "complaint_reply": tpl_complaint_reply,
    "card_statement": tpl_card_statement,
}
TEMPLATES_FFF: dict[str, Template] = {k: tracked(k, t) for k, t in KINDS.items()}
#: Kinds that a pile often holds 2-4 of in a row from one sender.
RUN_KINDS = (
    "parts_invoice",
    "parts_delivery",
    "test_certificate",
    "calibration_cert",
    "waste_note",
    "lift_inspection",
    "recovery_invoice",
)
#: A kind often followed by a related paper, mostly from another sender.
FOLLOWS = {
    "parts_delivery": "parts_invoice",
    "refusal_notice": "repair_estimate",
    "assessor_report": "insurer_authorisation",
    "job_card": "warranty_claim",
    "complaint_letter": "complaint_reply",
}


# ---------------------------------------------------------------------------------------------
# Streams and generation (same files and labels as corpus.generate)
# ---------------------------------------------------------------------------------------------


def make_beaker_stream(rng: random.Random, n_docs: int, separators: bool) -> Stream:
    """One garage's pile: ``corpus.make_stream`` with batch runs (after a run kind, 1-3 more
    of the same kind from the same sender follow with probability 0.6) and companions (each
    kind in ``FOLLOWS`` is followed by its related paper with probability 0.5). The garage
    (country, name, month, customers' cars) is drawn once per stream."""
    r = random.Random(rng.getrandbits(32))
    lang = r.choice(["en", "en", "de", "de", "fr"])
    GARAGE["lang"] = lang
    GARAGE["row"] = r.randrange(len(GARAGES[lang]))
    GARAGE["seed"] = r.getrandbits(24)
    GARAGE["month"] = date(r.choice([2024, 2025]), r.randint(1, 12), 1)
    CARS[:] = [a_car(r, lang) for _ in range(r.randint(8, 16))]
    LAST.update(kind="", car=None, day=None, extra=None)
    run_odds = dict.fromkeys(RUN_KINDS, 0.6)
    return assemble_stream(
        rng, TEMPLATES_FFF, n_docs, separators, run_odds, run_len=(1, 3), follows=FOLLOWS
    )


generate = part_generate(PART, SEED_OFFSET, make_beaker_stream, "templates FFF")


def main(argv: list[str]) -> int:
    return part_main(argv, __doc__, PART, generate, scanned=12)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

"""Demijohn part of the generated corpus: templates DDD, written blind for the next measurement.

A part of its own, ``demijohn``. Its templates were written without looking at the boundary
detector, its documentation, its tuning or its evaluation, as the pile the office of a
commercial print shop (offset and digital presses, a finishing room, about fifteen staff; in
England, Germany or France) feeds through its scanner in a month: customers' print purchase
orders with the job specification (Bestellung, bon de commande), now and then with the
customer's terms of purchase on the back; artwork proofs with the shop's approval form signed
by the customer (Druckfreigabe, bon à tirer) and the proof pages behind it, some with hand
corrections; the shop's own job tickets (Auftragstasche, fiche de fabrication) with the
production log on the back and now and then an imposition sheet; the shop's delivery notes
signed by the receiver; paper merchants' invoices (sheets, kilos, price per thousand, FSC
claim), some with the conditions of sale on the back; paper mills' inspection certificates
(EN 10204 3.1, Abnahmeprüfzeugnis, certificat de réception) with the measured properties of a
batch; ink, plate and pressroom consumables suppliers' invoices; press manufacturers'
service reports (engineer's visit, parts, hours, sometimes an inspection checklist on a
landscape page) and their service invoices; couriers' collection manifests on landscape
pages and proofs of delivery; suppliers' credit notes; suppliers' statements of account with
the remittance advice; FSC chain-of-custody audit reports from the certification body with
their covering letter, checklist and non-conformity pages; trade-show organisers' exhibitor
papers (stand confirmation with the hall plan and the technical services order form, or the
stand invoice); equipment leasing agreements with the terms pages, the direct debit mandate
and the acceptance certificate; digital press meter-reading (click charge) invoices; health
and safety inspection reports with the covering letter, photo page and action plan; paper
price increase letters with the new price list; press pass sheets signed by the customer at
the press with the density readings. Each stream is one shop's pile: the shop (country,
name, month, customers) is drawn once per stream; its senders are of the shop's country and
write in its language, except that paper mills, press manufacturers, leasing companies,
customers and trade-show organisers are now and then from abroad and write in their own.
Page sizes range from courier handheld slips and A5 delivery notes to A4, Letter and
landscape A4.

Labelling rule: what one sender issues in one go is one document, as the shop files it: the
terms page on the back of a customer's order; the proof pages behind a signed approval form
(the customer returned them together); the production log and imposition sheet of a job
ticket; the conditions of sale on the back of a paper invoice; every page of a mill
certificate; the inspection checklist of a service report; every page of a courier manifest;
the remittance advice of a statement; the covering letter, checklist and non-conformity pages
of an audit report; the covering letter, hall plan and order form of an exhibitor
confirmation; the covering letter, terms, mandate and acceptance certificate of a leasing
agreement; the meter history page of a meter-reading invoice; the covering letter, photo page
and action plan of an inspection report; the price list behind a price increase letter; the
copy of the signed press sheet behind a press pass. Related papers are documents of their
own: the proof after the customer's order it answers, the delivery note after the job ticket,
the mill certificate after the paper invoice of the same batch, the service invoice after the
service report, the proofs of delivery after the courier manifest; and so is each order, job
ticket, delivery note, invoice, certificate and proof of delivery of a run.

Streams are assembled like ``corpus.make_stream`` (same separator sheets, same 30% chance of
repeating the previous kind and sender), plus batch runs: customers' orders, job tickets,
delivery notes, paper and consumables invoices, mill certificates, proofs of delivery and
meter-reading invoices often come 2-4 in a row from one sender with other jobs, dates,
numbers and amounts; and companions: each related paper above often follows the document it
answers, about the same job, batch or visit. Drawn with ``corpus.draw_pdf``, scanned with
``corpus.scan`` and labelled exactly like ``corpus.generate`` with ``"split": "demijohn"`` and
seeds offset by 5_500_000.

Usage: ``python benchmarks/corpus_demijohn.py OUT_DIR [--streams N] [--scanned N] [--seed S]``
writes ``OUT_DIR/demijohn/demijohn_{born_digital,scanned}_NNNNNNN.{pdf,json}``.
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

PART = "demijohn"
SEED_OFFSET = 5_500_000

MM = 72 / 25.4
SLIP = (80 * MM, 160 * MM)
A5L = landscape(A5)
A4L = landscape(A4)

# ---------------------------------------------------------------------------------------------
# Who writes: the print shop and its outside senders, by country
# ---------------------------------------------------------------------------------------------

Row = tuple[str, str, str, str]  # name, street, town, telephone
SHOPS: dict[str, list[Row]] = {
    "en": [
        ("Kestrel Press Ltd", "Unit 7, Canal Side Industrial Estate", "Nottingham NG2 3BP", ""),
        ("Hallam Print & Finishing", "44 Sidney Street", "Sheffield S1 4RH", "0114 272 0815"),
        ("Saxon Litho Ltd", "Riverside Works, Mill Lane", "Norwich NR3 1LB", "01603 619 442"),
    ],
    "de": [
        ("Druckerei Lindner GmbH", "Gewerbestraße 12", "90441 Nürnberg", "0911 42 36 90"),
        ("Offsetdruck Brauer & Sohn", "Am Hafen 5", "28217 Bremen", "0421 38 77 21"),
        ("Printwerk Kassel GmbH & Co. KG", "Sandershäuser Straße 31", "34123 Kassel", ""),
    ],
    "fr": [
        ("Imprimerie Vasseur", "14 rue des Tanneurs", "37000 Tours", "02 47 61 20 88"),
        ("Arts Graphiques du Forez SARL", "ZA de Montravel", "42390 Villars", "04 77 93 11 40"),
        ("Imprimerie Le Goff & Fils", "8 rue de Brest", "29200 Brest", "02 98 44 07 13"),
    ],
}
SENDERS: dict[str, dict[str, list[Row]]] = {
    "customer": {
        "en": [
            ("Trent Valley Housing Association", "Lace Market House", "Nottingham NG1 1HF", ""),
            ("Peak District Walking Holidays Ltd", "The Old Forge", "Bakewell DE45 1BT", ""),
            ("Meadowbank Garden Centres Ltd", "Ashby Road", "Loughborough LE11 3TU", ""),
            ("Sheffield Hallam Arts Festival", "Howard Street", "Sheffield S1 1WB", ""),
            ("Fenland Organic Foods Ltd", "Station Yard", "Wisbech PE13 2RQ", "01945 583 100"),
            ("Oakwood Independent School", "Oakwood Lane", "Derby DE22 2BB", ""),
        ],
        "de": [
            ("Stadtwerke Fürth GmbH", "Leyher Straße 69", "90763 Fürth", ""),
            ("Autohaus Reindl KG", "Regensburger Straße 300", "90480 Nürnberg", ""),
            ("Weingut Schönleber", "Hauptstraße 4", "97332 Volkach", ""),
            ("Kulturamt der Stadt Kassel", "Obere Königsstraße 8", "34117 Kassel", ""),
            ("Bäckerei Hofmann GmbH", "Mühlweg 18", "28199 Bremen", "0421 55 10 24"),
            ("Verlag Nordlicht Medien", "Schlachte 2", "28195 Bremen", ""),
        ],
        "fr": [
            ("Mairie de Saint-Cyr-sur-Loire", "Parc de la Perraudière", "37540 Saint-Cyr", ""),
            ("Domaine des Coteaux Roannais", "Le Bourg", "42155 Lentigny", ""),
            ("Office de Tourisme Brest Métropole", "Place de la Liberté", "29200 Brest", ""),
            ("Biscuiterie de l'Ouest SAS", "ZI de Kergaradec", "29850 Gouesnou", ""),
            ("Théâtre Olympia - CDN de Tours", "7 rue de Lucé", "37000 Tours", ""),
            ("Clinique Vétérinaire des Monts", "21 avenue de Roanne", "42000 Saint-Étienne", ""),
        ],
    },
    "merchant": {
        "en": [
            ("Graybourne Paper Merchants Ltd", "Colwick Business Park", "Nottingham NG4 2JT", ""),
            ("Northern Paper Distribution", "Tinsley Way", "Sheffield S9 1XX", "0114 261 2200"),
        ],
        "de": [
            ("Papierhandel Schuster GmbH", "Hafenstraße 77", "90451 Nürnberg", ""),
            ("Nordpapier Großhandel KG", "Ludwig-Erhard-Straße 8", "28197 Bremen", ""),
        ],
        "fr": [
            ("Papeteries Distribution Ouest", "ZI de l'Hermitage", "35000 Rennes", ""),
            ("Comptoir Papetier du Centre", "Rue Émile Zola", "37700 Saint-Pierre-des-Corps", ""),
        ],
    },
    "mill": {
        "en": [
            ("Kymi Fine Papers Oy", "Tehtaantie 1", "FI-45700 Kuusankoski", ""),
            ("Ardenne Coated Papers Ltd", "Mill Road", "Workington CA14 1QQ", ""),
        ],
        "de": [
            ("Papierfabrik Altmühltal AG", "Fabrikstraße 1", "91781 Weißenburg", ""),
            ("Feinpapier Gernsbach GmbH", "Murgtalstraße 40", "76593 Gernsbach", ""),
        ],
        "fr": [
            ("Papeterie de la Haute-Vienne", "Route du Moulin", "87200 Saint-Junien", ""),
            ("Papeteries du Vercors SA", "Avenue de l'Isère", "38160 Saint-Marcellin", ""),
        ],
    },
    "consumables": {
        "en": [
            (
                "Pressroom Supplies UK Ltd",
                "Unit 3, Lowmoor Road",
                "Kirkby-in-Ashfield NG17 7JZ",
                "",
            ),
            ("ChromaLith Inks Ltd", "Pendle Trading Estate", "Nelson BB9 8AA", "01282 617 300"),
        ],
        "de": [
            ("Druckfarben Weigl GmbH", "Industriering 9", "86899 Landsberg", ""),
            ("Druckerei-Bedarf Hanse GmbH", "Stresemannstraße 40", "28207 Bremen", ""),
        ],
        "fr": [
            ("Encres Duroux SAS", "ZI des Platières", "69640 Denicé", "04 74 67 20 10"),
            ("Fournitures Graphiques Atlantique", "Rue de la Garenne", "44700 Orvault", ""),
        ],
    },
    "maker": {
        "en": [
            ("Halcyon Digital Press UK Ltd", "Brooklands Way", "Leeds LS15 8ZE", "0113 389 2200"),
            ("Albrecht Graphic Systems UK Ltd", "Pegasus Park", "Coventry CV6 4BJ", ""),
        ],
        "de": [
            ("Kranich Druckmaschinen AG - Service Süd", "Werkstraße 60", "97080 Würzburg", ""),
            ("Albrecht & Stein Druckmaschinen GmbH", "Gutenbergring 2", "63075 Offenbach", ""),
        ],
        "fr": [
            ("Presses Moreau Service France", "Parc d'activités Ampère", "91300 Massy", ""),
            ("Halcyon Systèmes Graphiques SAS", "2 allée des Érables", "69800 Saint-Priest", ""),
        ],
    },
    "courier": {
        "en": [
            ("Swiftline Parcels", "Hub 4, Junction 28", "Alfreton DE55 4QX", ""),
            ("Pennine Express Couriers", "Parkway Distribution", "Sheffield S9 4WA", ""),
        ],
        "de": [
            ("Paketblitz Logistik GmbH", "Depot 42", "90431 Nürnberg", ""),
            ("Hansa Kurier Express", "Cuxhavener Straße 10", "28217 Bremen", ""),
        ],
        "fr": [
            ("Coliflash Express", "Agence de Tours-Nord", "37100 Tours", ""),
            ("Transports Messagerie Kerlann", "ZA du Vern", "29200 Brest", ""),
        ],
    },
    "certifier": {
        "en": [("Woodmark Certification Services", "Frederick Place", "Bristol BS8 1AS", "")],
        "de": [
            ("CertPro Zertifizierungsgesellschaft mbH", "Kaiserallee 14", "76133 Karlsruhe", "")
        ],
        "fr": [("Bureau Forêt Certification SAS", "27 rue Vauban", "69006 Lyon", "")],
    },
    "fair": {
        "en": [
            ("PrintExpo North Ltd", "Manchester Central, Windmill Street", "Manchester M2 3GX", ""),
            ("Graphics & Packaging Show Ltd", "NEC Exhibitor Services", "Birmingham B40 1NT", ""),
        ],
        "de": [
            ("Messe Leipzig Druck & Medien GmbH", "Messe-Allee 1", "04356 Leipzig", ""),
            ("Fachmesse Print Süd GmbH", "Messezentrum", "90471 Nürnberg", ""),
        ],
        "fr": [
            (
                "Imprim'Expo Organisation SAS",
                "Eurexpo, Boulevard de l'Europe",
                "69680 Chassieu",
                "",
            ),
            ("Salon Graphitec SARL", "Parc des Expositions", "75015 Paris", ""),
        ],
    },
    "lessor": {
        "en": [
            ("Bridgewater Equipment Finance Ltd", "Bridgewater House", "Bolton BL1 4QR", ""),
            ("Linden Asset Finance plc", "Linden Court, 2 Queen Street", "Leeds LS1 2TW", ""),
        ],
        "de": [
            ("Mittelstands-Leasing Franken GmbH", "Bahnhofstraße 22", "91054 Erlangen", ""),
            ("Deutsche Maschinenleasing AG", "Mainzer Landstraße 50", "60325 Frankfurt", ""),
        ],
        "fr": [
            ("Locafinance Équipements SAS", "12 quai de la Fosse", "44000 Nantes", ""),
            ("Crédit-Bail Industriel du Centre", "40 rue Nationale", "37000 Tours", ""),
        ],
    },
    "inspector": {
        "en": [
            ("Midshires Engineering Inspection Ltd", "Carrington Court", "Derby DE1 2TB", ""),
            ("Acorn Health & Safety Consultants", "9 Regent Street", "Nottingham NG1 5BS", ""),
        ],
        "de": [
            ("Prüfdienst Arbeitssicherheit Franken", "Fürther Straße 212", "90429 Nürnberg", ""),
            ("Sicherheitstechnik Weser GmbH", "Am Wall 170", "28195 Bremen", ""),
        ],
        "fr": [
            ("Contrôle Technique Val de Loire", "11 rue Édouard Vaillant", "37000 Tours", ""),
            ("Prévention Sécurité Bretagne", "Rue Jim Sévellec", "29200 Brest", ""),
        ],
    },
}

FIRSTS = {
    "en": ["Karen", "Stuart", "Lisa", "Gareth", "Joanne", "Mark", "Aisha", "Craig", "Nicola"],
    "de": ["Petra", "Uwe", "Claudia", "Dirk", "Monika", "Frank", "Yvonne", "Sven", "Heike"],
    "fr": ["Valérie", "Thierry", "Isabelle", "Pascal", "Nadine", "Franck", "Aurélie", "Loïc"],
}
LASTS = {
    "en": ["Hargreaves", "Pickering", "Dobson", "Khan", "Marsden", "Atkinson", "Pearce", "Lowe"],
    "de": ["Huber", "Krämer", "Seidel", "Engel", "Brandl", "Pohl", "Winkler", "Lorenz"],
    "fr": ["Guillou", "Marchand", "Bouvier", "Lemaire", "Collet", "Tanguy", "Renaud", "Hamon"],
}
FEMALE = {"Karen", "Lisa", "Joanne", "Aisha", "Nicola", "Petra", "Claudia", "Monika", "Yvonne"}
FEMALE |= {"Heike", "Valérie", "Isabelle", "Nadine", "Aurélie"}

TALK = {
    "en": {
        "print": "artwork proof colours stock sheets press finishing delivery quantity file "
        "bleed trim fold lamination varnish schedule plates register run",
        "legal": "agreement lessee lessor equipment rentals term termination insurance title "
        "risk default notice liability law schedule payments obligations",
        "audit": "certificate chain custody records procedures claims supplier invoices "
        "training outsourcing volume control labelling evidence sample staff",
        "service": "unit roller cylinder inking dampening feeder delivery gripper register "
        "pressure sensor adjustment lubrication software calibration wear replaced",
        "safety": "guard interlock guillotine extraction racking forklift training assessment "
        "signage emergency exit hearing noise chemicals storage fire procedure",
        "money": "invoice payment account balance due amount reference remittance period "
        "outstanding statement charges terms settlement",
    },
    "de": {
        "print": "Druckdaten Korrekturabzug Farben Papier Bogen Maschine Weiterverarbeitung "
        "Lieferung Auflage Datei Beschnitt Falz Kaschierung Lack Termin Platten Passer",
        "legal": "Leasingnehmer Leasinggeber Leasingobjekt Raten Laufzeit Kündigung "
        "Versicherung Eigentum Gefahr Verzug Anzeige Haftung Recht Zahlungen Pflichten",
        "audit": "Zertifikat Produktkette Aufzeichnungen Verfahren Angaben Lieferanten Rechnungen "
        "Schulung Fremdvergabe Mengen Kontrolle Kennzeichnung Nachweis Stichprobe Personal",
        "service": "Druckwerk Walze Zylinder Farbwerk Feuchtwerk Anleger Auslage Greifer Passer "
        "Druckbeistellung Sensor Einstellung Schmierung Software Kalibrierung Verschleiß",
        "safety": "Schutzeinrichtung Verriegelung Schneidemaschine Absaugung Regale Stapler "
        "Unterweisung Gefährdungsbeurteilung Kennzeichnung Notausgang Lärm Gefahrstoffe "
        "Brandschutz",
        "money": "Rechnung Zahlung Konto Saldo fällig Betrag Verwendungszweck Überweisung "
        "Zeitraum offen Auszug Gebühren Zahlungsziel Ausgleich",
    },
    "fr": {
        "print": "maquette épreuve couleurs papier feuilles presse façonnage livraison quantité "
        "fichier fonds perdus coupe pliage pelliculage vernis planning plaques repérage",
        "legal": "locataire bailleur matériel loyers durée résiliation assurance propriété "
        "risques défaillance notification responsabilité droit échéancier obligations",
        "audit": "certificat chaîne de contrôle enregistrements procédures déclarations "
        "fournisseurs factures formation sous-traitance volumes étiquetage preuve échantillon",
        "service": "groupe rouleau cylindre encrage mouillage margeur réception pinces repérage "
        "pression capteur réglage graissage logiciel calibration usure remplacé",
        "safety": "protecteur verrouillage massicot aspiration rayonnages chariot formation "
        "évaluation signalisation issue de secours bruit produits chimiques stockage incendie",
        "money": "facture paiement compte solde échéance montant référence virement période "
        "impayé relevé frais règlement",
    },
}
GLUES = {
    "en": "the of and to for with on at by from this is are will be the a as we your all",
    "de": "die der das und zu für mit auf von ist sind wird bei nach den dem im wir Ihre",
    "fr": "le la les et de du pour avec sur par est sont sera au aux des une nous vos",
}


def words(rng: random.Random, lang: str, topic: str = "print", n: int | None = None) -> str:
    pool, glue = TALK[lang][topic].split(), GLUES[lang].split()
    ws = [rng.choice(pool if rng.random() < 0.5 else glue) for _ in range(n or rng.randint(7, 15))]
    text = " ".join(ws)
    return text[0].upper() + text[1:] + "."


def prose(rng: random.Random, lang: str, topic: str = "print", lo: int = 2, hi: int = 4) -> str:
    return " ".join(words(rng, lang, topic) for _ in range(rng.randint(lo, hi)))


# ---------------------------------------------------------------------------------------------
# The shop of a stream: its country, month, customers and jobs
# ---------------------------------------------------------------------------------------------

SHOP: dict[str, object] = {"lang": "en", "row": 0, "seed": 0, "month": date(2025, 3, 1)}
#: What the previous document was about (a companion takes up the same job and day).
LAST: dict[str, object] = {"kind": "", "job": None, "day": None, "extra": None}

JOB_TITLES = {
    "en": [
        "Flyer A5 'Spring Open Day'",
        "Brochure A4 16pp + cover",
        "Business cards (12 names)",
        "Letterheads A4 1/0",
        "Annual report 48pp + cover",
        "Menu cards A4 folded",
        "Posters A2 'Summer Festival'",
        "Catalogue 32pp self cover",
        "NCR sets 2-part, numbered",
        "Presentation folders A4",
        "Leaflet DL 6pp roll fold",
        "Compliments slips DL",
    ],
    "de": [
        "Flyer DIN A5 'Frühlingsfest'",
        "Broschüre A4 16 S. + Umschlag",
        "Visitenkarten (12 Namen)",
        "Briefbogen DIN A4 1/0-farbig",
        "Geschäftsbericht 48 S. + Umschlag",
        "Speisekarten A4 gefalzt",
        "Plakate DIN A2 'Sommerfest'",
        "Katalog 32 S. ohne Umschlag",
        "Durchschreibesätze 2-fach, numeriert",
        "Präsentationsmappen A4",
        "Faltblatt DIN lang 6 S. Wickelfalz",
        "Weinetiketten 90 x 120 mm",
    ],
    "fr": [
        "Flyer A5 'Portes ouvertes'",
        "Brochure A4 16 p. + couverture",
        "Cartes de visite (12 noms)",
        "Papier à en-tête A4 1/0",
        "Rapport annuel 48 p. + couverture",
        "Cartes de menu A4 pliées",
        "Affiches A2 'Fête de l'été'",
        "Catalogue 32 p. sans couverture",
        "Liasses autocopiantes 2 ex. numérotées",
        "Chemises à rabats A4",
        "Dépliant 3 volets roulé",
        "Étiquettes de vin 90 x 120 mm",
    ],
}
STOCKS = {
    "en": ["Silk 150gsm", "Gloss 130gsm", "Uncoated 120gsm", "Silk 350gsm", "Recycled 100gsm"],
    "de": [
        "Bilderdruck matt 135 g/m²",
        "Offset 90 g/m²",
        "Bilderdruck glänzend 170 g/m²",
        "Karton matt 300 g/m²",
        "Recycling 100 g/m²",
    ],
    "fr": [
        "Couché mat 135 g",
        "Offset 90 g",
        "Couché brillant 170 g",
        "Couché mat 300 g",
        "Offset recyclé 100 g",
    ],
}
FINISHES = {
    "en": [
        "Fold to DL",
        "Saddle stitch",
        "Perfect bind",
        "Matt lamination 1 side",
        "Spot UV",
        "Crease & fold",
        "Drill 2 holes",
        "Number & perforate",
        "Round corners",
    ],
    "de": [
        "Falzen auf DIN lang",
        "Rückendrahtheftung",
        "Klebebindung",
        "Mattfolie einseitig",
        "Partieller UV-Lack",
        "Rillen und Falzen",
        "Bohren 2-fach",
        "Numerieren und perforieren",
    ],
    "fr": [
        "Pliage 3 volets",
        "Piqûre à cheval",
        "Dos carré collé",
        "Pelliculage mat recto",
        "Vernis sélectif",
        "Rainage et pliage",
        "Perforation 2 trous",
        "Numérotation",
    ],
}
COLOURS = ["4/4", "4/0", "4/1", "1/0", "2/0 Pantone 286 C + black", "5/5 + dispersion varnish"]
PRESSES = [
    "Kranich Speedline 74-5+L",
    "Albrecht Rapid 52-4",
    "Kranich Speedline 52-2",
    "Halcyon DP 1100",
    "Halcyon DP 740 Colour",
]


@dataclass
class Job:
    """One print job of the shop, as a companion takes it up."""

    ref: str
    customer: Row
    lang: str
    title: str
    qty: int
    stock: str
    colours: str
    finish: list[str]
    po: str
    due: date
    price: float
    press: str


def home() -> str:
    return str(SHOP["lang"])


def month() -> date:
    m = SHOP["month"]
    assert isinstance(m, date)
    return m


def keyed(who: Issuer, key: str) -> random.Random:
    """Draws fixed by the issuer, the stream's shop and ``key``: a run or a repeat keeps
    its sender."""
    text = f"demijohn/{key}/{who.name}/{who.street}/{who.city}/{SHOP['seed']}"
    return random.Random(zlib.crc32(text.encode()))


def add_months(d: date, n: int) -> date:
    """The first of the month ``n`` months after ``d``'s."""
    k = d.year * 12 + d.month - 1 + n
    return date(k // 12, k % 12 + 1, 1)


def some_day(rng: random.Random) -> date:
    """A working day of the stream's month (or the first days of the next)."""
    d = month() + timedelta(days=rng.randint(0, 30))
    while d.weekday() > 4:
        d += timedelta(days=1)
    return d


def after(kinds: tuple[str, ...]) -> bool:
    return LAST["kind"] in kinds


def last_day(rng: random.Random, kinds: tuple[str, ...], lag: tuple[int, int]) -> date:
    d = LAST["day"]
    if after(kinds) and isinstance(d, date):
        return d + timedelta(days=rng.randint(*lag))
    return some_day(rng)


def remember(job: Job | None, d: date, extra: object = None) -> None:
    LAST.update(job=job, day=d, extra=extra)


def shop_row() -> Row:
    return SHOPS[home()][int(SHOP["row"])]  # type: ignore[call-overload]


PO_MASKS = ["PO 4500999999", "BE-99999", "BC2025-9999", "P9999999", "45999999", "CDE-99999"]


def customer_of(who: Issuer) -> tuple[Row, str]:
    """The customer ``who`` stands for: of the shop's country, now and then from abroad."""
    r = keyed(who, "customer")
    lg = home()
    if r.random() < 0.12:
        lg = r.choice([x for x in ("en", "de", "fr") if x != lg])
    return r.choice(SENDERS["customer"][lg]), lg


def a_job(rng: random.Random, customer: tuple[Row, str]) -> Job:
    """A new job of the shop for ``customer``, described in the customer's language."""
    row, lg = customer
    k = rng.randrange(len(JOB_TITLES[lg]))
    qty = rng.choice([250, 500, 1000, 1500, 2500, 5000, 10000, 20000])
    initials = "".join(t[0] for t in shop_row()[0].replace("&", " ").split()[:2]).upper()
    return Job(
        ref=f"{initials}{month().year % 100}{rng.randint(1000, 4999)}",
        customer=row,
        lang=lg,
        title=JOB_TITLES[lg][k],
        qty=qty,
        stock=rng.choice(STOCKS[lg]),
        colours=rng.choice(COLOURS),
        finish=rng.sample(FINISHES[lg], rng.randint(0, 2)),
        po=serial(rng, PO_MASKS[zlib.crc32(row[0].encode()) % len(PO_MASKS)]),
        due=some_day(rng) + timedelta(days=rng.randint(5, 15)),
        price=round(qty * rng.uniform(0.04, 0.6) + rng.randint(60, 400), 2),
        press=rng.choice(PRESSES),
    )


def job_for(rng: random.Random, kinds: tuple[str, ...], who: Issuer) -> Job:
    """The previous document's job if it was one of ``kinds``, else a new one for the
    customer ``who`` stands for."""
    j = LAST["job"]
    if isinstance(j, Job) and after(kinds):
        return j
    return a_job(rng, customer_of(who))


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
    look: str  # band | centred | letter | boxed | plain | side | logo
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
LOOKS = ["band", "centred", "letter", "boxed", "plain", "side", "logo"]


def legal_lines(r: random.Random, name: str, lang: str) -> list[str]:
    """The small print at the foot of a sender's pages: registration, tax and bank."""
    if lang == "de":
        out = [
            f"{r.choice(['Sparkasse Nürnberg', 'Die Sparkasse Bremen', 'Kasseler Sparkasse'])} - "
            f"IBAN DE{r.randint(10, 99)} {r.randint(1000, 9999)} {r.randint(1000, 9999)} "
            f"{r.randint(1000, 9999)} {r.randint(1000, 9999)} {r.randint(10, 99)} - "
            f"USt-IdNr. DE{r.randint(100000000, 999999999)}"
        ]
        if "GmbH" in name or "AG" in name or "KG" in name:
            out.insert(
                0,
                f"Sitz {r.choice(['Nürnberg', 'Bremen', 'Kassel', 'Würzburg'])} - Amtsgericht "
                f"HRB {r.randint(1000, 99999)} - Geschäftsführer: "
                + r.choice(["Dipl.-Ing. Rainer Voss", "Susanne Keil", "Matthias Ortlepp"]),
            )
        return out
    if lang == "fr":
        return [
            f"{name} - SAS au capital de {r.choice(['10 000', '37 000', '150 000'])} € - "
            f"RCS {r.choice(['Tours', 'Lyon', 'Nantes', 'Brest'])} "
            f"{r.randint(300, 899)} {r.randint(100, 999)} {r.randint(100, 999)} - "
            f"TVA FR{r.randint(10, 99)}{r.randint(100000000, 999999999)}"
        ]
    out = []
    if "Ltd" in name or "plc" in name:
        out.append(f"Registered in England No. {r.randint(1000000, 13999999):08d}")
    if r.random() < 0.7:
        out.append(f"VAT No. GB {r.randint(100, 999)} {r.randint(1000, 9999)} {r.randint(10, 99)}")
    return [" - ".join(out)] if out else []


def make_head(row: Row, lang: str, role: str) -> Head:
    """The paper habits of the sender ``row``: the same all through one stream."""
    name, street, town, phone = row
    r = random.Random(zlib.crc32(f"demijohn/head/{name}/{SHOP['seed']}".encode()))
    font, bold = r.choice(FACES)
    host = "".join(c for c in name.lower().split()[0] if c.isalpha() and c.isascii())[:12]
    tld = {"en": "co.uk", "de": "de", "fr": "fr"}[lang]
    return Head(
        name=name,
        lang=lang,
        street=street,
        town=town,
        phone=phone,
        role=role,
        look=r.choice(LOOKS),
        font=font,
        bold=bold,
        pt=r.choice([9, 9.5, 10, 10]),
        margin=r.choice([46, 52, 58, 64]),
        again=r.random() < 0.3,
        foot=legal_lines(r, name, lang) if r.random() < 0.7 else [],
        numbers=r.choice(PAGE_NOS[lang]),
        corner=r.choice(["bc", "br", "tr", "bc", "bl"]),
        dates=r.choice(["short", "long"] + (["iso", "short"] if lang == "en" else [])),
        mail=f"{r.choice(['info', 'sales', 'service', 'accounts'])}@{host or 'mail'}.{tld}"
        if r.random() < 0.75
        else "",
    )


def shop_head() -> Head:
    return make_head(shop_row(), home(), "shop")


def head_of(who: Issuer, role: str, abroad: float = 0.0) -> Head:
    """The ``role`` sender of ``who`` (the same for the same issuer and shop), of the shop's
    country or, with odds ``abroad``, of another."""
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
    """A circle drawn as a polygon (logos, round stamps, correction marks)."""
    pts = [
        (cx + r * math.cos(2 * math.pi * k / steps), cy + r * math.sin(2 * math.pi * k / steps))
        for k in range(steps + 1)
    ]
    for (x1, y1), (x2, y2) in itertools.pairwise(pts):
        p.line(x1, y1, x2, y2)


def seal(p: Page, cx: float, cy: float, r: float, top: str, mid: str) -> None:
    """A round company stamp: two rings, the wording on two lines inside."""
    ring(p, cx, cy, r)
    ring(p, cx, cy, r - 3)
    pt = shrink(top, "Helvetica-Bold", 7, r * 1.6)
    p.text(cx, cy - 3, fit(top, "Helvetica-Bold", pt, r * 1.6), "Helvetica-Bold", pt, "center")
    pt2 = shrink(mid, "Helvetica", 6.5, r * 1.5)
    p.text(cx, cy + 8, fit(mid, "Helvetica", pt2, r * 1.5), "Helvetica", pt2, "center")


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
    if h.look == "band":
        p.rect(0, y - 14, w, 26, fill=0.78)
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
    if h.look in ("letter", "logo"):
        initials = "".join(t[0] for t in h.name.replace("&", " ").split() if t[0].isupper())[:2]
        if h.look == "letter":
            p.rect(m, y - 12, 34, 34, fill=0.15)
            p.rect(m + 3, y - 9, 28, 28, fill=0.95)
            p.text(m + 17, y + 9, initials, h.bold, 13, "center")
        else:
            ring(p, m + 17, y + 5, 17)
            for k, g in enumerate((0.2, 0.45, 0.7)):
                p.rect(m + 7 + k * 7, y - 4, 6, 18, fill=g)
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
        x = w - m
        yy = y - 6
        for t in (h.street, h.town, tel, h.mail):
            if t:
                p.text(x, yy, fit(t, h.font, 7, w * 0.33), h.font, 7, "right")
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
    text = f"{parts[0][0]}{parts[-1][:8]}" if len(parts) > 1 else parts[0]
    p.text(x + 2, y - 1, text, INK, pt)
    end = x + 6 + tw(text, INK, pt)
    p.line(end - 4, y - 2, end + 12, y - 9)
    p.line(x, y + 2, end - 8, y + 1)


def received(rng: random.Random, p: Page, d: date, odds: float = 0.35) -> None:
    """Now and then the shop's received stamp on the first page."""
    if rng.random() < odds:
        lg = home()
        w, _ = p.size
        stamp(
            p,
            w - rng.uniform(150, 210),
            rng.uniform(70, 160),
            [
                tr(lg, "RECEIVED", "EINGANG", "REÇU LE"),
                short(d + timedelta(days=rng.randint(1, 4)), lg),
                rng.choice(
                    {
                        "en": ["Accounts", "Production", "Office"],
                        "de": ["Buchhaltung", "AV", "Büro"],
                        "fr": ["Comptabilité", "Fabrication", "Accueil"],
                    }[lg]
                ),
            ],
        )


def recipient(
    f: Sheets, s: Style, h: Head, lines: list[str], d: date, refs: list[tuple[str, str]]
) -> None:
    w, _ = f.size
    y0 = f.y
    below = window(f.page, s, h if h.look in ("plain", "band", "letter") else None, y0, lines)
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
    r = random.Random(zlib.crc32(f"demijohn/staff/{tag}/{h.name}/{SHOP['seed']}".encode()))
    return f"{r.choice(FIRSTS[h.lang])} {r.choice(LASTS[h.lang])}"


def shop_staff(tag: str) -> str:
    return staff(shop_head(), tag)


def mx(name: str, lang: str) -> str:
    """``name`` with Mr/Mrs, Frau/Herr or Madame/Monsieur before it."""
    female = name.split()[0] in FEMALE
    if lang == "de":
        return f"{'Frau' if female else 'Herr'} {name}"
    if lang == "fr":
        return f"{'Madame' if female else 'Monsieur'} {name}"
    return f"{'Mrs' if female else 'Mr'} {name}"


def head_lines(h: Head, att: str = "") -> list[str]:
    return [h.name, *([att] if att else []), h.street, h.town]


def shop_lines(att: str = "") -> list[str]:
    return head_lines(shop_head(), att)


def row_lines(row: Row, att: str = "") -> list[str]:
    return [row[0], *([att] if att else []), row[1], row[2]]


def vat_rate(lang: str) -> float:
    return {"en": 20.0, "de": 19.0, "fr": 20.0}[lang]


def num(v: float, lang: str, digits: int = 2) -> str:
    """``v`` with ``digits`` decimals as the language writes numbers."""
    s = f"{v:,.{digits}f}"
    if lang in ("de", "fr"):
        s = s.replace(",", "_").replace(".", ",").replace("_", "." if lang == "de" else " ")
    return s


def totals(
    f: Sheets,
    s: Style,
    lg: str,
    net: float,
    rate: float,
    note: str = "",
    due: str = "",
) -> float:
    """Net, tax at ``rate`` and total right-aligned under a table; returns the total."""
    w, _ = f.size
    m = s.margin
    f.need(70)
    f.y += 4
    f.page.line(w * 0.55, f.y - 8, w - m, f.y - 8)
    tax = round(net * rate / 100, 2)
    rows = [(tr(lg, "Net total", "Nettobetrag", "Total HT"), net)]
    if rate:
        rows.append((tr(lg, f"VAT {rate:g}%", f"USt. {rate:g} %", f"TVA {rate:g} %"), tax))
    gross = net + tax
    rows.append((due or tr(lg, "Total due", "Rechnungsbetrag", "Net à payer"), gross))
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


def sign_box(
    p: Page, s: Style, x: float, y: float, w: float, label: str, name: str, signed: bool = True
) -> None:
    """A signature box: caption, the signature (if ``signed``) and the name in hand."""
    p.rect(x, y, w, 46)
    p.text(x + 4, y + 9, fit(label, s.font, 6.5, w - 8), s.font, 6.5)
    if signed and name:
        scrawl(p, x + 10, y + 32, name, 12)
        p.text(x + 4, y + 42, fit(name, HAND, 7.5, w - 8), HAND, 7.5)


def text_small(p: Page, s: Style, x: float, y: float, w: float, text: str) -> float:
    """``text`` in 7 pt wrapped to ``w``; the y below."""
    for ln in wrap(text, s.font, 7, w):
        p.text(x, y, ln, s.font, 7)
        y += 8.5
    return y + 4


def our_ref(h: Head) -> str:
    return tr(h.lang, "Our ref.", "Unser Zeichen", "Notre réf.")


SALE_TERMS = {
    "en": [
        "Definitions",
        "Orders",
        "Prices",
        "Delivery",
        "Risk and title",
        "Claims",
        "Payment",
        "Retention of title",
        "Liability",
        "Force majeure",
        "Governing law",
    ],
    "de": [
        "Geltungsbereich",
        "Angebot und Vertragsschluss",
        "Preise",
        "Lieferung",
        "Gefahrübergang",
        "Mängelrügen",
        "Zahlung",
        "Eigentumsvorbehalt",
        "Haftung",
        "Höhere Gewalt",
        "Gerichtsstand",
    ],
    "fr": [
        "Objet",
        "Commandes",
        "Prix",
        "Livraison",
        "Transfert des risques",
        "Réclamations",
        "Paiement",
        "Réserve de propriété",
        "Responsabilité",
        "Force majeure",
        "Juridiction",
    ],
}


# ---------------------------------------------------------------------------------------------
# Templates DDD: a job from order to delivery
# ---------------------------------------------------------------------------------------------


def spec_items(job: Job, lg: str) -> list[tuple[str, str]]:
    return [
        (tr(lg, "Job title", "Bezeichnung", "Désignation"), job.title),
        (tr(lg, "Quantity", "Auflage", "Quantité"), f"{job.qty:,}".replace(",", " ")),
        (tr(lg, "Stock", "Material", "Support"), job.stock),
        (tr(lg, "Colours", "Farbigkeit", "Impression"), job.colours),
        (
            tr(lg, "Finishing", "Weiterverarbeitung", "Façonnage"),
            ", ".join(job.finish) or tr(lg, "Trim to size", "Beschnitt", "Coupe au format"),
        ),
        (tr(lg, "Delivery by", "Liefertermin", "Livraison le"), short(job.due, lg)),
    ]


def tpl_customer_po(rng: random.Random, who: Issuer) -> list[Page]:
    """A customer's purchase order for a print job: the customer's letterhead, the shop as
    supplier, the order number, a boxed job specification and the order lines, the
    invoicing note, the buyer's signature; now and then the customer's terms of purchase on
    a second page."""
    row, cl = customer_of(who)
    h = make_head(row, cl, "customer")
    job = a_job(rng, (row, cl))
    lg = h.lang
    s = style_of(h, A4 if lg != "en" or keyed(who, "let").random() < 0.85 else LETTER)
    w, hh = s.page_size
    m = s.margin
    d = some_day(rng)
    f = sheets(s, h, f"{tr(lg, 'Purchase order', 'Bestellung', 'Bon de commande')} {job.po}")
    buyer = staff(h, "buyer")
    recipient(
        f,
        s,
        h,
        shop_lines(),
        d,
        [
            (tr(lg, "Order no.", "Bestell-Nr.", "Commande n°"), job.po),
            (
                tr(lg, "Supplier no.", "Lieferanten-Nr.", "Code fournisseur"),
                serial(keyed(who, "sup"), "7999"),
            ),
            (tr(lg, "Contact", "Ansprechpartner", "Contact"), buyer),
        ],
    )
    caption(f, s, tr(lg, "PURCHASE ORDER", "BESTELLUNG", "BON DE COMMANDE"), 4, rule=True)
    if rng.random() < 0.6:
        q = short(d - timedelta(days=rng.randint(3, 20)), lg)
        write(
            f,
            s,
            tr(
                lg,
                f"Further to your quotation of {q} please supply the following:",
                f"Gemäß Ihrem Angebot vom {q} bestellen wir:",
                f"Suite à votre devis du {q}, nous vous commandons :",
            ),
        )
    f.y = fields(f.page, s, m, f.y, w - 2 * m, spec_items(job, lg), per=2, tall=24, hand=False)
    cols = columns(
        m, w - m, [(0.5, "left"), (4, "left"), (1, "right"), (1.2, "right"), (1.3, "right")]
    )
    per = money(job.price / job.qty * 1000, lg)
    rows = [["1", job.title, f"{job.qty}", per, money(job.price, lg)]]
    net = job.price
    extras = [
        (
            tr(lg, "Delivery to 2 addresses", "Lieferung an 2 Adressen", "Livraison 2 adresses"),
            45.0,
        ),
        (tr(lg, "Hard copy proof", "Proof auf Auflagenpapier", "Épreuve contractuelle"), 35.0),
        (tr(lg, "Run-on per 250", "Mehrauflage je 250 Stück", "Le 250 suppl."), 38.0),
    ]
    for k in range(rng.choice([0, 0, 0, 1, 2])):
        t, v = extras[k]
        rows.append([str(k + 2), t, "1", money(v, lg), money(v, lg)])
        net += v
    table(
        f,
        cols,
        [
            tr(lg, "Pos", "Pos.", "Pos."),
            tr(lg, "Description", "Bezeichnung", "Désignation"),
            tr(lg, "Qty", "Menge", "Qté"),
            tr(lg, "Per 1000", "je 1000", "Le mille"),
            tr(lg, "Amount", "Betrag", "Montant"),
        ],
        rows,
        s,
        rules=rng.random() < 0.5,
    )
    f.y += 4
    label = tr(lg, "Order value (net)", "Bestellwert netto", "Montant HT")
    f.page.text(w - m, f.y, f"{label}: {cash(net, lg)}", s.bold, s.size, "right")
    f.y += s.size * 2.4
    where = ", ".join(row[:3])
    write(
        f,
        s,
        tr(
            lg,
            f"Deliver to: {where}. Goods-in Mon-Fri 8:00-15:30.",
            f"Lieferanschrift: {where}. Warenannahme Mo-Fr 7:30-15:00 Uhr.",
            f"Adresse de livraison : {where}. Réception du lundi au vendredi.",
        ),
        s.size - 1,
    )
    write(
        f,
        s,
        tr(
            lg,
            "Our order number must appear on all delivery notes and invoices. Invoices without "
            "an order number will be returned.",
            "Bitte geben Sie unsere Bestellnummer auf allen Lieferscheinen und Rechnungen an.",
            "Le numéro de commande doit figurer sur tous les bons de livraison et factures.",
        ),
        s.size - 1,
    )
    f.need(70)
    f.y += 10
    f.page.text(
        m, f.y, tr(lg, "Authorised by", "Freigegeben", "Bon pour commande"), s.font, s.size - 1
    )
    scrawl(f.page, m, f.y + 26, buyer)
    f.page.text(m, f.y + 38, buyer, s.font, s.size - 1)
    f.y += 50
    pages = f.pages
    if keyed(who, "terms").random() < 0.35:
        pages.append(
            small_print(
                rng,
                s,
                h,
                tr(
                    lg,
                    "General Terms and Conditions of Purchase",
                    "Allgemeine Einkaufsbedingungen",
                    "Conditions générales d'achat",
                ),
                SALE_TERMS[lg][:9],
            )
        )
    pages = close(pages, s, h)
    received(rng, pages[0], d, 0.3)
    if rng.random() < 0.4:
        hand(pages[0], w - m - 130, hh - m - 40 - 7 * len(h.foot), f"Job {job.ref}", 11)
    remember(job, d)
    return pages


def crop_marks(p: Page, x: float, y: float, w: float, h: float) -> None:
    corners = ((x, y, -1, -1), (x + w, y, 1, -1), (x, y + h, -1, 1), (x + w, y + h, 1, 1))
    for cx, cy, dx, dy in corners:
        p.line(cx + dx * 4, cy, cx + dx * 16, cy)
        p.line(cx, cy + dy * 4, cx, cy + dy * 16)


def colour_bar(p: Page, x: float, y: float, w: float, fine: bool = False) -> None:
    """A printed control strip: patches of solid, tint and grey."""
    n = 24 if fine else 12
    pw = w / n
    greys = [0.1, 0.35, 0.55, 0.75, 0.9, 0.0]
    for k in range(n):
        p.rect(x + k * pw, y, pw - (0 if fine else 1), 8, fill=greys[k % 6])


def artwork(rng: random.Random, p: Page, x: float, y: float, w: float, h: float, job: Job) -> None:
    """A page of a customer's artwork: headline, photo, text blocks, imprint."""
    lg = job.lang
    head = job.title.split("'")[1] if "'" in job.title else job.customer[0]
    pt = shrink(head, "Helvetica-Bold", 24, w - 30)
    p.text(x + 15, y + 38, fit(head, "Helvetica-Bold", pt, w - 30), "Helvetica-Bold", pt)
    ph = h * rng.uniform(0.28, 0.42)
    photo(p, x + 15, y + 55, w - 30, ph, rng)
    yy = y + 70 + ph
    cols = rng.choice([1, 2, 2]) if w > 250 else 1
    cw = (w - 30 - 12 * (cols - 1)) / cols
    for c in range(cols):
        ty = yy
        for ln in wrap(prose(rng, lg, "print", 3, 6), "Times-Roman", 8.5, cw):
            if ty > y + h - 50:
                break
            p.text(x + 15 + c * (cw + 12), ty, ln, "Times-Roman", 8.5)
            ty += 10.5
    imprint = f"{job.customer[0]} - {job.customer[1]}, {job.customer[2]}"
    p.text(x + 15, y + h - 22, fit(imprint, "Helvetica", 7, w - 30), "Helvetica", 7)


def tpl_proof_approval(rng: random.Random, who: Issuer) -> list[Page]:
    """The shop's proof approval form as the customer returned it (approved, approved with
    corrections or a new proof wanted; signature, name, date in hand, now and then the
    customer's stamp) with the proof pages behind it: the artwork inside crop marks, a slug
    line and colour bar, some with corrections marked in hand."""
    job = job_for(rng, ("customer_po",), who)
    h = shop_head()
    lg = home()
    cl = job.lang
    s = style_of(h, A4)
    w, hh = s.page_size
    m = s.margin
    d = last_day(rng, ("customer_po",), (1, 4))
    proof_no = rng.choice([1, 1, 1, 2, 2, 3])
    p = Page(A4)
    y = heading(p, s, h)
    p.text(m, y + 4, tr(lg, "PROOF APPROVAL", "DRUCKFREIGABE", "BON À TIRER"), s.bold, 16)
    p.text(
        w - m,
        y + 4,
        f"{tr(lg, 'Proof', 'Korrektur', 'Épreuve')} {proof_no}",
        s.bold,
        12,
        "right",
    )
    y += 26
    y = fields(
        p,
        s,
        m,
        y,
        w - 2 * m,
        [
            (tr(lg, "Job no.", "Auftrags-Nr.", "N° de dossier"), job.ref),
            (tr(lg, "Customer", "Kunde", "Client"), job.customer[0]),
            (tr(lg, "Job title", "Bezeichnung", "Désignation"), job.title),
            (tr(lg, "Your order", "Ihre Bestellung", "Votre commande"), job.po),
            (tr(lg, "Quantity", "Auflage", "Quantité"), str(job.qty)),
            (tr(lg, "Proof sent", "Korrektur versandt", "Épreuve envoyée le"), short(d, lg)),
        ],
        per=2,
        tall=24,
        hand=False,
    )
    y = band(p, s, y, tr(lg, "Proof type", "Art des Proofs", "Type d'épreuve"))
    y = ticks(
        p,
        s,
        m + 4,
        y + 6,
        w - 2 * m,
        [
            tr(lg, "PDF proof", "PDF-Korrektur", "Épreuve PDF"),
            tr(lg, "Digital colour proof", "Digitalproof (farbverbindlich)", "Épreuve couleur"),
            tr(lg, "Wet proof", "Andruck", "Épreuve machine"),
            tr(lg, "Blueprint / dummy", "Blaupause / Muster", "Ozalid / maquette"),
        ],
        {rng.choice([0, 0, 1, 3])},
    )
    y = band(p, s, y + 4, tr(lg, "Please check", "Bitte prüfen Sie", "Merci de vérifier"))
    y = ticks(
        p,
        s,
        m + 4,
        y + 6,
        w - 2 * m,
        [
            tr(lg, "Spelling and text", "Text und Rechtschreibung", "Orthographe et textes"),
            tr(lg, "Images", "Bilder", "Images"),
            tr(lg, "Colours", "Farben", "Couleurs"),
            tr(lg, "Size and trim", "Format und Beschnitt", "Format et coupe"),
            tr(lg, "Folding / page order", "Falzung / Seitenfolge", "Pliage / ordre des pages"),
            tr(lg, "Phone numbers, prices", "Telefonnummern, Preise", "Téléphones, prix"),
        ],
        set(rng.sample(range(6), rng.randint(2, 6))),
    )
    y = text_small(
        p,
        s,
        m,
        y + 2,
        w - 2 * m,
        tr(
            lg,
            "Please check this proof carefully. We cannot accept responsibility for errors not "
            "marked on this proof once it has been approved. Colours on screen and on laser "
            "proofs are not binding.",
            "Bitte prüfen Sie diesen Korrekturabzug sorgfältig. Für Fehler, die nach erteilter "
            "Druckfreigabe festgestellt werden, übernehmen wir keine Haftung. Farben am "
            "Bildschirm und auf Laserausdrucken sind nicht verbindlich.",
            "Merci de vérifier attentivement cette épreuve. Après signature du bon à tirer, "
            "nous déclinons toute responsabilité pour les erreurs non signalées. Les couleurs "
            "à l'écran ne sont pas contractuelles.",
        ),
    )
    decision = rng.choices([0, 1, 2], [5, 3, 1])[0]
    y = band(
        p, s, y + 4, tr(lg, "Customer's decision", "Entscheidung des Kunden", "Décision du client")
    )
    y += 8
    options = [
        tr(lg, "Approved - print as proof", "Druckfreigabe erteilt", "Bon à tirer"),
        tr(
            lg,
            "Approved subject to corrections marked",
            "Freigabe nach Korrektur",
            "Bon à tirer après corrections",
        ),
        tr(lg, "Please send a new proof", "Neuer Korrekturabzug erbeten", "Nouvelle épreuve SVP"),
    ]
    for k, t in enumerate(options):
        box(p, m + 6, y, k == decision, 10)
        p.text(m + 22, y, t, s.bold if k == decision else s.font, s.size)
        y += 17
    signer = f"{rng.choice(FIRSTS[cl])} {rng.choice(LASTS[cl])}"
    y += 6
    half = (w - 2 * m) / 2 - 6
    sign_box(p, s, m, y, half, tr(lg, "Signature", "Unterschrift", "Signature"), signer)
    p.rect(w / 2 + 6, y, half, 46)
    p.text(w / 2 + 10, y + 9, tr(lg, "Name / date", "Name / Datum", "Nom / date"), s.font, 6.5)
    hand(p, w / 2 + 14, y + 26, signer, 9)
    hand(p, w / 2 + 14, y + 39, short(d + timedelta(days=rng.randint(0, 3)), cl), 9)
    if rng.random() < 0.35:
        seal(p, w - m - 60, y + 100, 34, job.customer[0][:26], job.customer[2])
    if decision == 1 and rng.random() < 0.7:
        note = tr(cl, "see p. 2 - date!", "s. S. 2 Datum ändern!", "voir p. 2 - date !")
        hand(p, m, y + 76, note, 11)
    back = f"{tr(lg, 'Please return to', 'Bitte zurück an', 'À retourner à')}: "
    back += h.mail or h.phone or h.name
    p.text(m, hh - m + 10, fit(back, s.font, 7.5, w - 2 * m), s.font, 7.5)
    proofs: list[Page] = []
    n = rng.choice([1, 1, 2, 2, 3, 4])
    spread = rng.random() < 0.3
    stamp_t = f"{rng.randint(8, 17):02d}:{rng.randint(0, 59):02d}"
    fname = f"{job.ref}_{job.title.split()[0]}_proof{proof_no}.pdf"
    for k in range(n):
        size = A4L if spread else A4
        q = Page(size)
        pw, ph = size
        slug = f"{fname}   {tr(lg, 'Page', 'Seite', 'Page')} {k + 1}   {short(d, lg)} {stamp_t}"
        q.text(20, 18, fit(slug, "Courier", 7, pw - 40), "Courier", 7)
        bx, by = 44.0, 44.0
        bw, bh = pw - 88, ph - 100
        crop_marks(q, bx, by, bw, bh)
        if spread:
            artwork(rng, q, bx, by, bw / 2, bh, job)
            artwork(rng, q, bx + bw / 2, by, bw / 2, bh, job)
            q.line(bx + bw / 2, by, bx + bw / 2, by + bh)
        else:
            artwork(rng, q, bx, by, bw, bh, job)
        colour_bar(q, bx, ph - 40, bw * 0.6)
        q.text(pw - 44, ph - 32, "PROOF", "Helvetica-Bold", 9, "right")
        if decision == 1 and (k == 0 or rng.random() < 0.4):
            cx = rng.uniform(bx + 40, bx + bw - 160)
            cy = rng.uniform(by + 60, by + bh - 120)
            ring(q, cx, cy, 22)
            q.line(cx + 22, cy, cx + 70, cy - 30)
            mark = rng.choice(
                [
                    "2025!",
                    tr(cl, "bigger", "größer", "plus grand"),
                    "Tel. ?",
                    tr(cl, "delete", "streichen", "supprimer"),
                ]
            )
            hand(q, cx + 72, cy - 32, mark, 12)
        proofs.append(q)
    pages = [p, *proofs] if rng.random() < 0.85 else [*proofs, p]
    remember(job, d, decision)
    return pages


def tpl_job_ticket(rng: random.Random, who: Issuer) -> list[Page]:
    """The shop's own job ticket (job bag sheet): job number in large type with its barcode,
    customer, title and dates, then prepress, press, finishing and dispatch sections with tick
    boxes and hand entries; now and then the production log on the back and an imposition
    sheet on a landscape page."""
    job = job_for(rng, ("customer_po", "proof_approval"), who)
    h = shop_head()
    lg = home()
    s = style_of(h, A4, margin=36, pt=8.5)
    w, hh = A4
    m = s.margin
    d = last_day(rng, ("customer_po", "proof_approval"), (0, 3))
    p = Page(A4)
    p.rect(m, m - 12, w - 2 * m, 44, fill=0.85)
    title = tr(lg, "JOB TICKET", "AUFTRAGSTASCHE", "FICHE DE FABRICATION")
    p.text(m + 8, m + 6, title, "Helvetica-Bold", 13)
    p.text(m + 8, m + 22, fit(h.name, "Helvetica", 7.5, 170), "Helvetica", 7.5)
    p.text(w / 2 + 10, m + 16, job.ref, "Helvetica-Bold", 20, "center")
    p.barcode("code128", job.ref, w - m - 180, m + 38)
    y = m + 128
    rep = shop_staff(rng.choice(["rep1", "rep2"]))
    y = fields(
        p,
        s,
        m,
        y,
        w - 2 * m,
        [
            (tr(lg, "Customer", "Kunde", "Client"), job.customer[0]),
            (tr(lg, "Order no.", "Bestell-Nr.", "N° commande"), job.po),
            (tr(lg, "Job title", "Bezeichnung", "Désignation"), job.title),
            (tr(lg, "Quantity", "Auflage", "Quantité"), str(job.qty)),
            (tr(lg, "Date in", "Auftragseingang", "Date d'entrée"), short(d, lg)),
            (tr(lg, "Delivery date", "Liefertermin", "Date de livraison"), short(job.due, lg)),
            (tr(lg, "Account manager", "Kundenberater", "Commercial"), rep),
            (tr(lg, "Quote ref.", "Angebot", "Devis n°"), serial(rng, "Q99999")),
        ],
        per=2,
        tall=22,
        hand=False,
    )
    if rng.random() < 0.2:
        stamp(p, m + 10, m + 50, [tr(lg, "URGENT", "EILT", "URGENT")])
    y = band(p, s, y, tr(lg, "PREPRESS", "DRUCKVORSTUFE", "PRÉPRESSE"))
    y = ticks(
        p,
        s,
        m + 4,
        y + 6,
        w - 2 * m - 8,
        [
            tr(lg, "Files checked", "Daten geprüft", "Fichiers contrôlés"),
            tr(lg, "Proof sent", "Proof versandt", "Épreuve envoyée"),
            tr(lg, "Proof approved", "Freigabe erhalten", "BAT reçu"),
            tr(lg, "Imposition", "Ausschießen", "Imposition"),
            tr(lg, "Plates", "Platten", "Plaques"),
        ],
        set(range(rng.randint(2, 5))),
    )
    plates = f"{tr(lg, 'Plates', 'Platten', 'Plaques')}: {rng.choice([4, 5, 8, 10])}"
    hand(p, m + 8, y + 2, f"{plates}  {rng.choice(FIRSTS[lg])[:2].upper()}", 9)
    y += 16
    y = band(p, s, y, tr(lg, "PRESS", "DRUCK", "IMPRESSION"))
    sheets_n = int(job.qty / rng.choice([2, 4, 8, 16]) * 1.06) + rng.randint(50, 250)
    printer = f"{rng.choice(FIRSTS[lg])} {short(d + timedelta(days=rng.randint(1, 4)), lg)}"
    y = fields(
        p,
        s,
        m,
        y + 4,
        w - 2 * m,
        [
            (tr(lg, "Press", "Maschine", "Machine"), job.press),
            (tr(lg, "Stock", "Papier", "Papier"), job.stock),
            (
                tr(lg, "Sheet size", "Bogenformat", "Format feuille"),
                rng.choice(["SRA2", "SRA3", "B2 520x720", "B1 720x1020", "450x640"]),
            ),
            (
                tr(lg, "Sheets incl. spoilage", "Bogen inkl. Zuschuss", "Feuilles + gâche"),
                str(sheets_n),
            ),
            (tr(lg, "Colours", "Farben", "Couleurs"), job.colours),
            (tr(lg, "Printer / date", "Drucker / Datum", "Conducteur / date"), printer),
        ],
        per=3,
        tall=24,
    )
    y = band(p, s, y, tr(lg, "FINISHING", "WEITERVERARBEITUNG", "FAÇONNAGE"))
    fin = [
        tr(lg, "Guillotine", "Schneiden", "Massicot"),
        tr(lg, "Fold", "Falzen", "Pliage"),
        tr(lg, "Stitch", "Heften", "Piqûre"),
        tr(lg, "Perfect bind", "Klebebinden", "Dos collé"),
        tr(lg, "Laminate", "Kaschieren", "Pelliculage"),
        tr(lg, "Crease", "Rillen", "Rainage"),
        tr(lg, "Drill", "Bohren", "Perçage"),
        tr(lg, "Number", "Numerieren", "Numérotation"),
        tr(lg, "Shrink wrap", "Einschweißen", "Filmage"),
    ]
    on = set(rng.sample(range(len(fin)), rng.randint(1, 4)))
    y = ticks(p, s, m + 4, y + 6, w - 2 * m - 8, fin, on)
    for k, t in enumerate(job.finish[:2]):
        hand(p, m + 8 + k * 250, y + 2, t, 9, 240)
    y += 16
    y = band(p, s, y, tr(lg, "DISPATCH", "VERSAND", "EXPÉDITION"))
    y = ticks(
        p,
        s,
        m + 4,
        y + 6,
        w - 2 * m - 8,
        [
            tr(lg, "Our van", "Eigene Zustellung", "Notre véhicule"),
            tr(lg, "Courier", "Paketdienst", "Transporteur"),
            tr(lg, "Customer collects", "Selbstabholer", "Enlèvement client"),
            tr(lg, "Pallet", "Palette", "Palette"),
            tr(lg, "Boxes", "Kartons", "Cartons"),
        ],
        {rng.randrange(3), 3 + rng.randrange(2)},
    )
    done = rng.choice(["ok", "OK", tr(lg, "done", "erl.", "fait")])
    hand(p, m + 8, y + 4, f"{rng.randint(1, 14)} x {rng.choice([250, 500, 1000])}  {done}", 9)
    y += 22
    nh = min(hh - m - y, 110.0)
    p.rect(m, y, w - 2 * m, nh)
    p.text(m + 4, y + 9, tr(lg, "Notes", "Bemerkungen", "Observations"), s.bold, 7)
    yy = y + 24
    for _ in range(rng.randint(0, 3)):
        if yy < y + nh - 6:
            hand(p, m + 10, yy, words(rng, lg, "print", rng.randint(4, 8)), 9, w - 2 * m - 20)
            yy += 14
    pages = [p]
    if rng.random() < 0.5:
        pages.append(production_log(rng, job, d, sheets_n, m))
    if rng.random() < 0.25:
        pages.append(imposition(rng, job, lg))
    remember(job, d)
    return pages


def production_log(rng: random.Random, job: Job, d: date, sheets_n: int, m: float) -> Page:
    """The back of a job ticket: the production log, a few rows filled in by hand."""
    lg = home()
    w, _ = A4
    q = Page(A4)
    title = f"{tr(lg, 'Production log', 'Laufzettel', 'Suivi de production')} - {job.ref}"
    q.text(m, m, title, "Helvetica-Bold", 11)
    cols = columns(
        m,
        w - m,
        [
            (1.1, "left"),
            (1.4, "left"),
            (0.8, "left"),
            (0.8, "left"),
            (0.8, "left"),
            (1, "right"),
            (2.6, "left"),
        ],
    )
    heads = [
        tr(lg, "Date", "Datum", "Date"),
        tr(lg, "Dept", "Abteilung", "Poste"),
        tr(lg, "Initials", "Kürzel", "Visa"),
        tr(lg, "Start", "Beginn", "Début"),
        tr(lg, "End", "Ende", "Fin"),
        tr(lg, "Qty", "Menge", "Qté"),
        tr(lg, "Remarks", "Bemerkung", "Remarques"),
    ]
    yy = m + 30
    for c, t in zip(cols, heads, strict=True):
        cell(q, c, yy, t, "Helvetica-Bold", 8)
    yy += 8
    depts = [
        tr(lg, "Prepress", "Vorstufe", "PAO"),
        tr(lg, "Press", "Druck", "Impression"),
        tr(lg, "Guillotine", "Schneiden", "Massicot"),
        tr(lg, "Folding", "Falzen", "Pliage"),
        tr(lg, "Packing", "Verpacken", "Emballage"),
    ]
    remarks = ["", "", tr(lg, "washup", "Waschen", "lavage")]
    remarks += [tr(lg, "paper short 200", "Papier fehlt 200", "manque 200 f.")]
    filled = rng.randint(2, 5)
    for k in range(16):
        q.line(m, yy + 6, w - m, yy + 6)
        yy += 22
        if k < filled:
            dd = d + timedelta(days=1 + k // 2)
            st = rng.randint(7, 15)
            vals = [
                short(dd, lg)[:5],
                depts[k % 5],
                rng.choice(FIRSTS[lg])[:2].upper(),
                f"{st}:{rng.choice(['00', '15', '30', '45'])}",
                f"{st + rng.randint(1, 3)}:{rng.choice(['00', '10', '40'])}",
                str(job.qty if k else sheets_n),
                rng.choice(remarks),
            ]
            for c, t in zip(cols, vals, strict=True):
                cell(q, c, yy, t, HAND, 9)
    for x in [c[0] - 2 for c in cols[1:]]:
        q.line(x, m + 36, x, yy + 6)
    spoil = tr(lg, "Spoilage / remakes:", "Makulatur / Nachdruck:", "Gâche / reprises :")
    q.text(m, yy + 30, spoil, "Helvetica", 8)
    return q


def imposition(rng: random.Random, job: Job, lg: str) -> Page:
    """An imposition sheet on landscape A4: the page grid of the press sheet."""
    q = Page(A4L)
    lw, lh = A4L
    scheme = rng.choice(["16pp", "8pp", "4-up", "8-up"])
    how = rng.choice(
        [
            tr(lg, "work & turn", "Umschlagen", "retiration en demi-feuille"),
            tr(lg, "sheetwise", "Schön- und Widerdruck", "recto-verso"),
        ]
    )
    title = f"{tr(lg, 'Imposition', 'Ausschießschema', 'Imposition')} {job.ref} - {scheme} {how}"
    q.text(40, 36, title, "Helvetica-Bold", 11)
    cols_n, rows_n = rng.choice([(4, 2), (2, 2), (4, 4)])
    gx, gy, gw, gh = 60.0, 70.0, lw - 120, lh - 150
    cw, ch = gw / cols_n, gh / rows_n
    order = list(range(1, cols_n * rows_n + 1))
    rng.shuffle(order)
    for i in range(rows_n):
        for j in range(cols_n):
            q.rect(gx + j * cw, gy + i * ch, cw, ch)
            label = str(order[i * cols_n + j])
            q.text(
                gx + j * cw + cw / 2, gy + i * ch + ch / 2, label, "Helvetica-Bold", 20, "center"
            )
    q.line(gx, gy + gh + 8, gx + gw, gy + gh + 8)
    q.text(gx, gy + gh + 18, tr(lg, "Gripper edge", "Greiferkante", "Côté pinces"), "Helvetica", 8)
    colour_bar(q, gx, gy + gh + 24, gw, True)
    return q


def tpl_delivery_note(rng: random.Random, who: Issuer) -> list[Page]:
    """The shop's delivery note as it comes back signed: A5 landscape, A5 or A4, the delivery
    address, the job, order number, boxes and quantities, the receiver's signature, name and
    time in hand; now and then 'customer copy' and a note of a short delivery."""
    job = job_for(rng, ("job_ticket",), who)
    h = shop_head()
    lg = home()
    size = random.Random(zlib.crc32(f"dn/{SHOP['seed']}".encode())).choice([A5L, A5L, A4, A5])
    small = size != A4
    s = style_of(h, size, margin=30 if small else 0, pt=8 if small else 0)
    w, _hh = size
    m = s.margin
    d = job.due - timedelta(days=rng.randint(0, 2)) if after(("job_ticket",)) else some_day(rng)
    no = serial(rng, rng.choice(["LS-99999", "DN99999", "BL 999999", "99999"]))
    f = sheets(s, h)
    recipient(
        f,
        s,
        h,
        row_lines(job.customer, tr(job.lang, "Goods in", "Warenannahme", "Réception")),
        d,
        [
            (tr(lg, "Delivery note", "Lieferschein-Nr.", "Bon de livraison"), no),
            (tr(lg, "Job no.", "Auftrag", "Dossier"), job.ref),
            (tr(lg, "Your order", "Ihre Bestellung", "Votre commande"), job.po),
        ],
    )
    caption(f, s, tr(lg, "DELIVERY NOTE", "LIEFERSCHEIN", "BON DE LIVRAISON"), 3)
    boxes = rng.randint(1, 12)
    cols = columns(m, w - m, [(1, "right"), (4.5, "left"), (1.3, "right")])
    rows = [[str(job.qty), job.title, f"{boxes} {tr(lg, 'boxes', 'Kartons', 'cartons')}"]]
    if rng.random() < 0.3:
        files = tr(lg, "File copies", "Belegexemplare", "Exemplaires justificatifs")
        rows.append([str(rng.choice([10, 25, 50])), files, "1"])
    table(
        f,
        cols,
        [
            tr(lg, "Qty", "Menge", "Qté"),
            tr(lg, "Description", "Bezeichnung", "Désignation"),
            tr(lg, "Packed", "Verpackung", "Colisage"),
        ],
        rows,
        s,
        rules=True,
    )
    if rng.random() < 0.2:
        k = rng.choice([50, 100, 250])
        short_note = tr(
            lg, f"short {k} - to follow", f"{k} St. fehlen - Nachlieferung", f"manque {k} ex."
        )
        hand(f.page, m + 20, f.y + 4, short_note, 10)
        f.y += 16
    f.y += 6
    write(
        f,
        s,
        tr(
            lg,
            "Goods received in good order and condition.",
            "Ware vollständig und in einwandfreiem Zustand erhalten.",
            "Marchandise reçue en bon état.",
        ),
        s.size - 1,
    )
    f.need(60)
    receiver = f"{rng.choice(FIRSTS[job.lang])} {rng.choice(LASTS[job.lang])}"
    bw = (w - 2 * m - 12) / 2
    sign_box(
        f.page,
        s,
        m,
        f.y,
        bw,
        tr(lg, "Received by (signature)", "Empfangen (Unterschrift)", "Reçu par (signature)"),
        receiver,
        rng.random() < 0.9,
    )
    f.page.rect(m + bw + 12, f.y, bw, 46)
    cap = tr(lg, "Name in capitals / date / time", "Name / Datum / Uhrzeit", "Nom / date / heure")
    f.page.text(m + bw + 16, f.y + 9, cap, s.font, 6.5)
    hand(f.page, m + bw + 20, f.y + 26, receiver.split()[-1].upper(), 9)
    when = f"{short(d, lg)}  {rng.randint(8, 16)}:{rng.randint(0, 59):02d}"
    hand(f.page, m + bw + 20, f.y + 40, when, 9)
    f.y += 56
    if rng.random() < 0.4:
        copy = tr(lg, "CUSTOMER COPY", "DURCHSCHRIFT KUNDE", "EXEMPLAIRE CLIENT")
        f.page.text(w - m, f.y + 4, copy, s.bold, 7, "right")
    pages = close(f.pages, s, h, numbers="none")
    remember(job, d, no)
    return pages


# ---------------------------------------------------------------------------------------------
# Templates DDD: paper, mills and pressroom consumables
# ---------------------------------------------------------------------------------------------

Kinds3 = tuple[str, str, str]
PAPERS: list[tuple[str, Kinds3, list[int]]] = [
    ("Kymi Silk", ("Silk coated", "Bilderdruck matt", "Couché demi-mat"), [115, 135, 150, 250]),
    ("Altmühl Gloss", ("Gloss coated", "Bilderdruck glänzend", "Couché brillant"), [130, 170]),
    ("Vercors Offset", ("Uncoated offset", "Offset holzfrei", "Offset non couché"), [80, 90, 120]),
    ("Gernsbach Feinkarton", ("Board", "Karton", "Carte"), [250, 300, 350]),
    ("ReCycle Pure", ("Recycled uncoated", "Recyclingpapier", "Offset recyclé"), [80, 100, 120]),
]
FORMATS = ["SRA1 640x900", "SRA2 450x640", "B2 520x720", "B1 720x1020", "SRA3 320x450", "700x1000"]
LANG_IX = {"en": 0, "de": 1, "fr": 2}
FSC_CLAIMS = {"en": "FSC Mix Credit", "de": "FSC Mix Credit", "fr": "FSC Mixte Crédit"}

PaperLine = tuple[str, str, int, float, float]  # code, description, sheets, kg, per 1000


def coc_code(name: str) -> str:
    """The FSC chain-of-custody certificate code of ``name``."""
    r = random.Random(zlib.crc32(f"coc/{name}".encode()))
    return f"{r.choice(['SGS', 'BV', 'TT', 'SA'])}-COC-{r.randint(1000, 999999):06d}"


def paper_lines(rng: random.Random, lg: str, n: int) -> list[PaperLine]:
    """``n`` paper lines: code, description, sheets, kg, price per 1000 sheets."""
    out = []
    for _ in range(n):
        brand, kinds, gsms = rng.choice(PAPERS)
        g = rng.choice(gsms)
        fmt = rng.choice(FORMATS)
        a, b = (int(t) for t in fmt.split()[-1].split("x"))
        shts = rng.choice([250, 500, 1000, 2000, 4000, 6000, 8000])
        kg = a * b / 1e6 * g / 1000 * shts
        per = a * b / 1e6 * g * rng.uniform(1.15, 1.7)
        grain = rng.choice(["LG", "SG", "BL", "SB"])
        desc = f"{brand} {kinds[LANG_IX[lg]]} {g} g/m² {fmt} {grain}"
        out.append((serial(rng, "99999-999"), desc, shts, round(kg, 1), round(per, 2)))
    return out


def count(n: int, lg: str) -> str:
    return f"{n:,}".replace(",", {"en": ",", "de": ".", "fr": " "}[lg])


def tpl_paper_invoice(rng: random.Random, who: Issuer) -> list[Page]:
    """A paper merchant's invoice: delivery note number, lines with article code, paper,
    grammage and sheet size, sheets, kilos and price per thousand sheets, the FSC claim and
    certificate code, carriage and the energy surcharge; now and then the conditions of sale
    on the back."""
    h = head_of(who, "merchant")
    lg = h.lang
    s = style_of(h, A4)
    w, hh = A4
    m = s.margin
    d = some_day(rng)
    inv = serial(rng, rng.choice(["SI999999", "RE 2599999", "FA99-99999", "9999999"]))
    account = serial(keyed(who, "acc"), "D99999")
    f = sheets(s, h, f"{h.name} - {tr(lg, 'Invoice', 'Rechnung', 'Facture')} {inv}")
    recipient(
        f,
        s,
        h,
        shop_lines(tr(lg, "Purchase ledger", "Kreditorenbuchhaltung", "Comptabilité")),
        d,
        [
            (tr(lg, "Invoice no.", "Rechnungs-Nr.", "Facture n°"), inv),
            (tr(lg, "Account", "Kunden-Nr.", "Compte client"), account),
            (tr(lg, "Delivery note", "Lieferschein", "BL n°"), serial(rng, "D9999999")),
            (
                tr(lg, "Your order", "Ihre Bestellung", "Votre commande"),
                f"{shop_staff('buyer').split()[0]} {rng.randint(100, 999)}",
            ),
        ],
    )
    caption(f, s, tr(lg, "INVOICE", "RECHNUNG", "FACTURE"), 4)
    lines = paper_lines(rng, lg, rng.choice([1, 1, 2, 3, 4, 6]))
    cols = columns(
        m,
        w - m,
        [(1.2, "left"), (4.2, "left"), (1, "right"), (1, "right"), (1.1, "right"), (1.2, "right")],
    )
    rows = []
    net = 0.0
    for code, desc, shts, kg, per in lines:
        v = round(shts / 1000 * per, 2)
        net += v
        rows.append([code, desc, count(shts, lg), num(kg, lg, 1), money(per, lg), money(v, lg)])
    table(
        f,
        cols,
        [
            tr(lg, "Code", "Artikel", "Réf."),
            tr(lg, "Description", "Bezeichnung", "Désignation"),
            tr(lg, "Sheets", "Bogen", "Feuilles"),
            "kg",
            tr(lg, "Per 1000", "je 1000 Bg.", "Prix/1000"),
            tr(lg, "Value", "Betrag", "Montant"),
        ],
        rows,
        s,
        size=s.size - 1.5,
        rules=rng.random() < 0.4,
    )
    if rng.random() < 0.7:
        write(f, s, f"{FSC_CLAIMS[lg]} - {coc_code(h.name)}", s.size - 1.5, 8)
    extra = []
    if rng.random() < 0.6:
        extra.append((tr(lg, "Carriage", "Fracht", "Port"), rng.choice([0.0, 18.5, 25.0, 38.0])))
    if rng.random() < 0.4:
        surcharge = tr(lg, "Energy surcharge", "Energiezuschlag", "Surcharge énergie")
        extra.append((surcharge, round(net * 0.03, 2)))
    for t, v in extra:
        f.page.text(m + 20, f.y, t, s.font, s.size - 1)
        f.page.text(w - m, f.y, money(v, lg), s.font, s.size - 1, "right")
        f.y += s.size * 1.5
        net += v
    totals(f, s, lg, round(net, 2), vat_rate(lg))
    eom = short(add_months(d, 2) - timedelta(days=1), lg)
    write(
        f,
        s,
        tr(
            lg,
            f"Terms: 30 days end of month. Due date {eom}.",
            f"Zahlbar bis {short(d + timedelta(days=30), lg)} netto, bei Zahlung bis "
            f"{short(d + timedelta(days=10), lg)} 2 % Skonto.",
            f"Échéance : {short(d + timedelta(days=45), lg)}. Pénalités de retard : 3 fois le "
            "taux d'intérêt légal ; indemnité forfaitaire pour frais de recouvrement : 40 €.",
        ),
        s.size - 1.5,
    )
    pages = f.pages
    if keyed(who, "terms").random() < 0.35:
        title = tr(
            lg,
            "Conditions of Sale",
            "Allgemeine Verkaufs- und Lieferbedingungen",
            "Conditions générales de vente",
        )
        pages.append(small_print(rng, s, h, title, SALE_TERMS[lg]))
    pages = close(pages, s, h)
    received(rng, pages[0], d, 0.4)
    if rng.random() < 0.3:
        note = tr(home(), "checked v GRN", "sachl. richtig", "vu BL ok")
        hand(pages[0], m + 10, hh - m - 50 - 7 * len(h.foot), note, 10)
    remember(None, d, (h.name, lines))
    return pages


def tpl_mill_certificate(rng: random.Random, who: Issuer) -> list[Page]:
    """A paper mill's inspection certificate (EN 10204 3.1) for one batch: the mill's
    letterhead, product, grammage, batch, the merchant's order, a table of properties with
    test method, unit, target, tolerance and measured values, quantity, FSC claim and the
    quality manager's signature; some on landscape pages with several pallets as columns."""
    h = head_of(who, "mill", abroad=0.45)
    lg = h.lang
    ex = LAST["extra"]
    if (
        after(("paper_invoice", "mill_certificate"))
        and isinstance(ex, tuple)
        and isinstance(ex[1], list)
    ):
        merchant = str(ex[0])
        code, desc, shts, kg, _ = rng.choice(ex[1])
    else:
        merchant = head_of(who, "merchant").name
        code, desc, shts, kg, _ = paper_lines(rng, lg, 1)[0]
    d = last_day(rng, ("paper_invoice", "mill_certificate"), (-12, -3))
    wide = rng.random() < 0.35
    size = A4L if wide else A4
    s = style_of(h, size)
    w, _hh = size
    m = s.margin
    f = sheets(s, h)
    caption(
        f,
        s,
        tr(
            lg,
            "INSPECTION CERTIFICATE 3.1 (EN 10204)",
            "ABNAHMEPRÜFZEUGNIS 3.1 NACH EN 10204",
            "CERTIFICAT DE RÉCEPTION 3.1 (EN 10204)",
        ),
        2,
    )
    g = int(next(t for t in desc.split() if t.isdigit()))
    f.y = fields(
        f.page,
        s,
        m,
        f.y,
        w - 2 * m,
        [
            (tr(lg, "Product", "Produkt", "Produit"), " ".join(desc.split()[:5])),
            (tr(lg, "Batch", "Charge", "Lot"), serial(rng, "99A9999")),
            (tr(lg, "Customer", "Kunde", "Client"), merchant),
            (tr(lg, "Consignee", "Warenempfänger", "Destinataire"), shop_row()[0]),
            (
                tr(lg, "Order / item", "Auftrag / Pos.", "Commande / poste"),
                f"{serial(rng, '4599999')}/{rng.randint(1, 9)}0",
            ),
            (tr(lg, "Production date", "Herstelldatum", "Date de fabrication"), short(d, lg)),
        ],
        per=3 if wide else 2,
        tall=24,
        hand=False,
    )
    props = [
        (tr(lg, "Grammage", "Flächenmasse", "Grammage"), "ISO 536", "g/m²", g, 0.04 * g),
        (
            tr(lg, "Thickness", "Dicke", "Épaisseur"),
            "ISO 534",
            "µm",
            round(g * rng.uniform(0.85, 1.3)),
            4.0,
        ),
        (tr(lg, "Opacity", "Opazität", "Opacité"), "ISO 2471", "%", min(99, 80 + g // 12), 1.5),
        (
            tr(lg, "Brightness D65", "Weiße D65", "Blancheur D65"),
            "ISO 2470-2",
            "%",
            rng.choice([96, 102, 108]),
            2.0,
        ),
        (tr(lg, "Moisture", "Feuchte", "Humidité"), "ISO 287", "%", 4.8, 0.7),
        (tr(lg, "Gloss 75°", "Glanz 75°", "Brillant 75°"), "ISO 8254-1", "%", 55, 5.0),
        (tr(lg, "Roughness PPS", "Rauigkeit PPS", "Rugosité PPS"), "ISO 8791-4", "µm", 1.1, 0.3),
        ("CIE L*", "ISO 5631-2", "-", 95.2, 1.0),
    ]
    pallets = [serial(rng, "P99999") for _ in range(rng.randint(2, 6) if wide else 1)]
    spec = [(1.8, "left"), (1.1, "left"), (0.6, "left"), (0.8, "right"), (0.8, "right")]
    heads = [
        tr(lg, "Property", "Merkmal", "Caractéristique"),
        tr(lg, "Method", "Prüfnorm", "Méthode"),
        tr(lg, "Unit", "Einheit", "Unité"),
        tr(lg, "Target", "Sollwert", "Cible"),
        "+/-",
    ]
    if wide:
        spec += [(0.8, "right")] * len(pallets)
        heads += pallets
    else:
        spec += [(0.8, "right"), (0.8, "right"), (0.7, "center")]
        heads += ["Min", "Max", tr(lg, "Result", "Bewertung", "Résultat")]
    cols = columns(m, w - m, spec)
    rows = []
    for name, meth, unit, target, tol in props:
        row = [name, meth, unit, num(float(target), lg, 1), num(tol, lg, 1)]
        vals = [float(target) + rng.uniform(-tol * 0.6, tol * 0.6) for _ in pallets]
        if wide:
            row += [num(v, lg, 1) for v in vals]
        else:
            lo = min(vals) - rng.uniform(0, tol * 0.3)
            hi = max(vals) + rng.uniform(0, tol * 0.3)
            row += [num(lo, lg, 1), num(hi, lg, 1), "OK"]
        rows.append(row)
    table(f, cols, heads, rows, s, size=s.size - 1, shade=0.88, rules=True, step=1.8)
    f.y += 6
    qty = f"{tr(lg, 'Quantity', 'Menge', 'Quantité')}: {count(shts, lg)} "
    qty += f"{tr(lg, 'sheets', 'Bogen', 'feuilles')}, {num(kg, lg, 1)} kg ({code})"
    write(f, s, f"{qty}  -  {FSC_CLAIMS[lg]} {coc_code(h.name)}", s.size - 1)
    write(
        f,
        s,
        tr(
            lg,
            "We hereby certify that the products supplied comply with the order and our "
            "specifications. This certificate was produced electronically and is valid without "
            "signature.",
            "Wir bestätigen, dass die gelieferten Erzeugnisse den Vereinbarungen der Bestellung "
            "entsprechen. Dieses Zeugnis wurde maschinell erstellt.",
            "Nous certifions que les produits livrés sont conformes à la commande et à nos "
            "spécifications.",
        ),
        s.size - 1.5,
    )
    f.need(60)
    qm = staff(h, "qm")
    if rng.random() < 0.6:
        scrawl(f.page, m, f.y + 20, qm)
    qa = tr(lg, "Quality Assurance", "Qualitätssicherung", "Service Qualité")
    f.page.text(m, f.y + 32, f"{qm}, {qa}", s.font, s.size - 1)
    f.y += 44
    pages = close(f.pages, s, h)
    remember(None, d, LAST["extra"])
    return pages


Supply = tuple[str, float, float, str]  # description, pack quantity, price, unit
CONSUMABLES: dict[str, list[Supply]] = {
    "en": [
        ("Process Cyan, 2.5 kg can", 2.5, 14.8, "kg"),
        ("Process Magenta, 2.5 kg can", 2.5, 15.9, "kg"),
        ("Process Yellow, 2.5 kg can", 2.5, 13.2, "kg"),
        ("Process Black, 2.5 kg can", 2.5, 11.9, "kg"),
        ("PMS 286 C mixed to order", 1.0, 38.0, "kg"),
        ("Thermal CTP plates 745x605x0.30 (box of 50)", 1, 412.0, "box"),
        ("Thermal CTP plates 510x400x0.15 (box of 100)", 1, 389.0, "box"),
        ("Compressible blanket 790x670 with bars", 1, 186.0, "pc"),
        ("Fountain solution additive, 20 L", 1, 96.5, "can"),
        ("Automatic blanket wash VOC-reduced, 25 L", 1, 118.0, "can"),
        ("Anti set-off powder 1 kg", 4, 9.6, "pc"),
        ("Dispersion varnish gloss, 20 kg", 1, 132.0, "drum"),
    ],
    "de": [
        ("Skalenfarbe Cyan, Dose 2,5 kg", 2.5, 14.8, "kg"),
        ("Skalenfarbe Magenta, Dose 2,5 kg", 2.5, 15.9, "kg"),
        ("Skalenfarbe Gelb, Dose 2,5 kg", 2.5, 13.2, "kg"),
        ("Skalenfarbe Schwarz, Dose 2,5 kg", 2.5, 11.9, "kg"),
        ("Sonderfarbe HKS 43 angemischt", 1.0, 38.0, "kg"),
        ("Thermo-CTP-Platten 745x605x0,30 (50 St.)", 1, 412.0, "Pak"),
        ("Thermo-CTP-Platten 510x400x0,15 (100 St.)", 1, 389.0, "Pak"),
        ("Gummituch kompressibel 790x670 mit Spannschienen", 1, 186.0, "St"),
        ("Feuchtmittelzusatz, Kanister 20 l", 1, 96.5, "Kan"),
        ("Waschmittel Gummituchwaschanlage 25 l", 1, 118.0, "Kan"),
        ("Druckbestäubungspuder 1 kg", 4, 9.6, "St"),
        ("Dispersionslack glänzend, 20 kg", 1, 132.0, "Geb"),
    ],
    "fr": [
        ("Encre quadri Cyan, boîte 2,5 kg", 2.5, 14.8, "kg"),
        ("Encre quadri Magenta, boîte 2,5 kg", 2.5, 15.9, "kg"),
        ("Encre quadri Jaune, boîte 2,5 kg", 2.5, 13.2, "kg"),
        ("Encre quadri Noir, boîte 2,5 kg", 2.5, 11.9, "kg"),
        ("Pantone 286 C à la demande", 1.0, 38.0, "kg"),
        ("Plaques CTP thermiques 745x605x0,30 (50)", 1, 412.0, "bte"),
        ("Plaques CTP thermiques 510x400x0,15 (100)", 1, 389.0, "bte"),
        ("Blanchet compressible 790x670 avec barres", 1, 186.0, "u"),
        ("Additif de mouillage, bidon 20 L", 1, 96.5, "bid"),
        ("Solvant de lavage blanchets 25 L", 1, 118.0, "bid"),
        ("Poudre anti-maculage 1 kg", 4, 9.6, "u"),
        ("Vernis acrylique brillant, 20 kg", 1, 132.0, "fût"),
    ],
}


def tpl_consumables_invoice(rng: random.Random, who: Issuer) -> list[Page]:
    """An ink, plate and pressroom consumables supplier's invoice: article lines (process
    inks by the kilo, special colours mixed to order, CTP plates by the box, blankets,
    chemistry), container deposit, the dangerous goods note; long ones run on under a
    'continued' header."""
    h = head_of(who, "consumables", abroad=0.1)
    lg = h.lang
    s = style_of(h, A4)
    w, _hh = A4
    m = s.margin
    d = some_day(rng)
    inv = serial(rng, rng.choice(["INV-999999", "99999999", "R-999999", "F999999"]))
    cont = tr(lg, "continued", "Fortsetzung", "suite")
    f = sheets(s, h, f"{tr(lg, 'Invoice', 'Rechnung', 'Facture')} {inv} - {cont}")
    recipient(
        f,
        s,
        h,
        shop_lines(),
        d,
        [
            (tr(lg, "Invoice", "Rechnung", "Facture"), inv),
            (tr(lg, "Customer no.", "Kunden-Nr.", "N° client"), serial(keyed(who, "c"), "K99999")),
            (
                tr(lg, "Delivery date", "Lieferdatum", "Date de livraison"),
                short(d - timedelta(days=rng.randint(0, 3)), lg),
            ),
        ],
    )
    caption(f, s, tr(lg, "Invoice", "Rechnung", "Facture"), 3)
    items = rng.sample(CONSUMABLES[lg], rng.randint(2, 9))
    if rng.random() < 0.2:
        items += rng.sample(CONSUMABLES[lg], rng.randint(6, 12))
    cols = columns(
        m,
        w - m,
        [(1, "left"), (4.4, "left"), (0.8, "right"), (0.6, "left"), (1, "right"), (1.1, "right")],
    )
    rows = []
    net = 0.0
    for desc, q, price, unit in items:
        n = q * rng.choice([1, 2, 2, 4, 6]) if unit == "kg" else rng.choice([1, 1, 2, 3])
        v = round(n * price, 2)
        net += v
        qty = num(n, lg, 1 if unit == "kg" else 0)
        rows.append([serial(rng, "99-9999"), desc, qty, unit, money(price, lg), money(v, lg)])
    if rng.random() < 0.4:
        dep = rng.choice([8.0, 12.0, 15.0])
        label = tr(lg, "Container deposit", "Gebindepfand", "Consigne emballage")
        rows.append(["PF", label, "1", "", money(dep, lg), money(dep, lg)])
        net += dep
    table(
        f,
        cols,
        [
            tr(lg, "Art. no.", "Art.-Nr.", "Réf."),
            tr(lg, "Description", "Bezeichnung", "Désignation"),
            tr(lg, "Qty", "Menge", "Qté"),
            "",
            tr(lg, "Unit price", "Einzelpreis", "P.U."),
            tr(lg, "Amount", "Gesamt", "Montant"),
        ],
        rows,
        s,
        size=s.size - 1.5,
        rules=rng.random() < 0.5,
    )
    totals(f, s, lg, round(net, 2), vat_rate(lg))
    if rng.random() < 0.5:
        write(
            f,
            s,
            tr(
                lg,
                "Contains dangerous goods: UN 1993 Flammable liquid, n.o.s., 3, III. Safety data "
                "sheets available on request.",
                "Enthält Gefahrgut: UN 1993 Entzündbarer flüssiger Stoff, n.a.g., 3, III. "
                "Sicherheitsdatenblätter auf Anfrage.",
                "Contient des marchandises dangereuses : UN 1993 Liquide inflammable, n.s.a., 3, "
                "III. FDS sur demande.",
            ),
            s.size - 2,
        )
    write(
        f,
        s,
        tr(
            lg,
            "Payment by direct debit on the 15th of the following month.",
            "Der Betrag wird am 15. des Folgemonats per SEPA-Lastschrift eingezogen.",
            "Règlement par prélèvement le 15 du mois suivant.",
        ),
        s.size - 1.5,
    )
    pages = close(f.pages, s, h)
    received(rng, pages[0], d, 0.35)
    remember(None, d, (h.name, inv, net))
    return pages


def tpl_credit_note(rng: random.Random, who: Issuer) -> list[Page]:
    """A supplier's credit note: returned pallets or containers, a damaged or wrongly
    delivered ream, a price adjustment; the invoice it credits, lines and the total credited;
    A4 or A5."""
    role = keyed(who, "cn").choice(["merchant", "consumables"])
    h = head_of(who, role)
    lg = h.lang
    size = keyed(who, "cnsize").choice([A4, A4, A5])
    s = style_of(h, size, margin=34 if size == A5 else 0, pt=8.5 if size == A5 else 0)
    w, _hh = size
    m = s.margin
    d = some_day(rng)
    no = serial(rng, rng.choice(["CN99999", "GS-999999", "AV99-9999", "C9999999"]))
    ref = serial(rng, rng.choice(["SI999999", "INV-999999", "99999999"]))
    f = sheets(s, h)
    recipient(
        f,
        s,
        h,
        shop_lines(),
        d,
        [
            (tr(lg, "Credit note", "Gutschrift-Nr.", "Avoir n°"), no),
            (tr(lg, "Re invoice", "Zu Rechnung", "Sur facture"), ref),
        ],
    )
    caption(f, s, tr(lg, "CREDIT NOTE", "GUTSCHRIFT", "AVOIR"), 4)
    if role == "merchant":
        reasons = [
            (
                tr(lg, "Returned pallets (Euro)", "Rücknahme Europaletten", "Reprise palettes"),
                rng.randint(2, 8),
                9.5,
            ),
            (
                tr(lg, "Damaged ream edges", "Kantenbeschädigung anerkannt", "Bords abîmés"),
                1,
                round(rng.uniform(40, 380), 2),
            ),
            (
                tr(lg, "Wrong grammage returned", "Falsche Grammatur zurück", "Erreur grammage"),
                1,
                round(rng.uniform(120, 900), 2),
            ),
        ]
    else:
        reasons = [
            (
                tr(lg, "Returned empty drums", "Leergebinde zurück", "Retour fûts vides"),
                rng.randint(2, 6),
                12.0,
            ),
            (
                tr(lg, "Price correction plates", "Preiskorrektur Platten", "Correction prix"),
                1,
                round(rng.uniform(20, 90), 2),
            ),
            (
                tr(lg, "Blanket returned unused", "Gummituch unbenutzt zurück", "Blanchet neuf"),
                1,
                186.0,
            ),
        ]
    chosen = rng.sample(reasons, rng.randint(1, 2))
    cols = columns(m, w - m, [(4.5, "left"), (0.8, "right"), (1.1, "right"), (1.2, "right")])
    net = sum(q * p for _, q, p in chosen)
    table(
        f,
        cols,
        [
            tr(lg, "Description", "Bezeichnung", "Désignation"),
            tr(lg, "Qty", "Menge", "Qté"),
            tr(lg, "Price", "Preis", "Prix"),
            tr(lg, "Credit", "Gutschrift", "Montant"),
        ],
        [[t, str(q), money(p, lg), money(q * p, lg)] for t, q, p in chosen],
        s,
        rules=True,
    )
    due = tr(lg, "Total credit", "Gutschriftsbetrag", "Total avoir TTC")
    totals(f, s, lg, round(net, 2), vat_rate(lg), due=due)
    write(
        f,
        s,
        tr(
            lg,
            "This amount will be offset against your next payment.",
            "Der Betrag wird mit der nächsten Zahlung verrechnet.",
            "Ce montant sera déduit de votre prochain règlement.",
        ),
        s.size - 1,
    )
    pages = close(f.pages, s, h, numbers="none")
    received(rng, pages[0], d, 0.3)
    remember(None, d)
    return pages


def tpl_statement(rng: random.Random, who: Issuer) -> list[Page]:
    """A supplier's statement of account: open items (invoices, credit notes, payments) with
    a running balance, the ageing boxes and the remittance advice to tear off or on a page of
    its own; long ones over several sheets."""
    role = keyed(who, "st").choice(["merchant", "merchant", "consumables", "courier"])
    h = head_of(who, role)
    lg = h.lang
    s = style_of(h, A4)
    w, hh = A4
    m = s.margin
    d = add_months(month(), 1) - timedelta(days=1)
    account = serial(keyed(who, "acc"), "D99999")
    title = tr(lg, "Statement", "Kontoauszug", "Relevé de compte")
    f = sheets(s, h, f"{h.name} - {title} {account}")
    recipient(
        f,
        s,
        h,
        shop_lines(tr(lg, "Accounts payable", "Kreditorenbuchhaltung", "Service comptable")),
        d,
        [(tr(lg, "Account", "Konto", "Compte"), account)],
    )
    caption(
        f,
        s,
        tr(lg, "STATEMENT OF ACCOUNT", "KONTOAUSZUG / OFFENE POSTEN", "RELEVÉ DE COMPTE"),
        3,
    )
    cols = columns(
        m,
        w - m,
        [(1, "left"), (0.7, "left"), (1.3, "left"), (1.2, "right"), (1.2, "right"), (1.3, "right")],
    )
    bal = round(rng.uniform(0, 3000), 2)
    rows = [[short(month(), lg), "", tr(lg, "Balance b/f", "Saldovortrag", "Report"), "", ""]]
    rows[0].append(money(bal, lg))
    ages = [0.0, 0.0, 0.0, 0.0]
    labels = {
        "INV": tr(lg, "Invoice", "Rechnung", "Facture"),
        "CN": tr(lg, "Credit note", "Gutschrift", "Avoir"),
        "PAY": tr(lg, "Payment - thank you", "Zahlung", "Règlement"),
    }
    items = []
    for _ in range(rng.choice([4, 6, 9, 14, 26, 38])):
        items.append((month() - timedelta(days=rng.randint(-27, 70)), rng.random()))
    for dd, r in sorted(items):
        kind = "INV" if r < 0.66 else "CN" if r < 0.78 else "PAY"
        v = round(rng.uniform(40, 2800), 2)
        if kind == "INV":
            bal += v
            deb, cre = money(v, lg), ""
            ages[min(3, max(0, (d - dd).days // 30))] += v
        else:
            bal -= v
            deb, cre = "", money(v, lg)
        ref = f"{labels[kind]} {serial(rng, '999999')}"
        rows.append([short(dd, lg), kind, ref, deb, cre, money(bal, lg)])
    table(
        f,
        cols,
        [
            tr(lg, "Date", "Datum", "Date"),
            tr(lg, "Type", "Art", "Type"),
            tr(lg, "Reference", "Beleg", "Pièce"),
            tr(lg, "Debit", "Soll", "Débit"),
            tr(lg, "Credit", "Haben", "Crédit"),
            tr(lg, "Balance", "Saldo", "Solde"),
        ],
        rows,
        s,
        size=s.size - 1.5,
        step=1.5,
    )
    f.need(50)
    bw = (w - 2 * m) / 5
    boxes = [tr(lg, "Current", "Aktuell", "Non échu"), "30", "60", "90+"]
    boxes += [tr(lg, "Total due", "Gesamt", "Total dû")]
    for k, t in enumerate(boxes):
        f.page.rect(m + k * bw, f.y, bw, 30)
        f.page.text(m + k * bw + 4, f.y + 9, t, s.font, 7)
        v = ages[k] if k < 4 else bal
        f.page.text(m + (k + 1) * bw - 4, f.y + 24, money(v, lg), s.bold, s.size - 1, "right")
    f.y += 44
    slip = rng.random() < 0.6
    advice = tr(lg, "REMITTANCE ADVICE", "ZAHLUNGSAVIS", "AVIS DE RÈGLEMENT")
    bottom = hh - m - 150 - 7 * len(h.foot)
    if slip and f.y < bottom - 10:
        y = bottom
        slip_rule(
            f.page,
            m,
            w - m,
            y,
            tr(
                lg,
                "Please detach and return with your payment",
                "Bitte abtrennen und mit der Zahlung zurücksenden",
                "À détacher et à joindre à votre règlement",
            ),
        )
        f.page.text(m, y + 20, advice, s.bold, s.size + 1)
        fields(
            f.page,
            s,
            m,
            y + 30,
            w - 2 * m,
            [
                (tr(lg, "Account", "Konto", "Compte"), account),
                (tr(lg, "Amount enclosed", "Betrag", "Montant joint"), ""),
                (tr(lg, "Cheque / BACS ref.", "Überweisungsdatum", "Chèque / virement n°"), ""),
                (tr(lg, "Statement date", "Auszugsdatum", "Date du relevé"), short(d, lg)),
            ],
            per=2,
            tall=26,
        )
    pages = f.pages
    if slip and f.y >= bottom - 10:
        q = Page(A4)
        y = heading(q, s, h)
        q.text(m, y + 6, advice, s.bold, s.size + 3)
        fields(
            q,
            s,
            m,
            y + 20,
            w - 2 * m,
            [
                (tr(lg, "From", "Von", "De"), shop_row()[0]),
                (tr(lg, "Account", "Konto", "Compte"), account),
                (tr(lg, "Amount", "Betrag", "Montant"), ""),
                (tr(lg, "Date paid", "Bezahlt am", "Payé le"), ""),
            ],
            per=2,
            tall=28,
        )
        pages.append(q)
    pages = close(pages, s, h)
    if rng.random() < 0.35:
        note = tr(home(), f"pay {rng.randint(2, 6)} items", "abgleichen!", "pointé")
        hand(pages[0], w - m - 150, m + 120, note, 11)
    remember(None, d)
    return pages


def tpl_price_notice(rng: random.Random, who: Issuer) -> list[Page]:
    """A paper merchant's or mill's price increase letter (pulp, energy, freight, the
    effective date) with the new price list behind it: qualities, grammages and formats,
    old and new price per thousand sheets and the change, often on landscape pages."""
    role = keyed(who, "pn").choice(["merchant", "merchant", "mill"])
    h = head_of(who, role, abroad=0.3 if role == "mill" else 0.0)
    lg = h.lang
    s = style_of(h, A4)
    m = s.margin
    d = some_day(rng)
    eff = add_months(d, rng.choice([1, 1, 2]))
    f = sheets(s, h)
    recipient(f, s, h, shop_lines(tr(lg, "Purchasing", "Einkauf", "Service achats")), d, [])
    pct = rng.choice([4, 5, 6, 7, 8, 10, 12])
    caption(
        f,
        s,
        tr(
            lg,
            f"Price adjustment from {day(h, eff)}",
            f"Preisanpassung zum {day(h, eff)}",
            f"Évolution tarifaire au {day(h, eff)}",
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
            f"Pulp, energy and freight costs have continued to rise. We therefore have to increase "
            f"our prices for graphic papers and boards by {pct}% on average with effect from "
            f"{day(h, eff)}. Orders placed before this date will be invoiced at current prices.",
            f"die Kosten für Zellstoff, Energie und Logistik sind weiter gestiegen. Wir sind daher "
            f"gezwungen, unsere Preise für grafische Papiere und Kartons ab dem {day(h, eff)} um "
            f"durchschnittlich {pct} % anzuheben. Bis dahin eingehende Aufträge berechnen wir zu "
            "den bisherigen Preisen.",
            f"la hausse continue des coûts de la pâte, de l'énergie et du transport nous oblige à "
            f"relever nos tarifs papiers et cartons graphiques de {pct} % en moyenne à compter du "
            f"{day(h, eff)}. Les commandes passées avant cette date seront facturées aux prix "
            "actuels.",
        ),
    )
    write(f, s, prose(rng, lg, "money", 1, 2))
    write(
        f,
        s,
        tr(
            lg,
            "Please find our new price list enclosed.",
            "Die neue Preisliste liegt diesem Schreiben bei.",
            "Vous trouverez ci-joint notre nouveau tarif.",
        ),
    )
    regards(f, s, lg, staff(h, "sales"), tr(lg, "Sales Director", "Vertriebsleitung", "Direction"))
    pages = close(f.pages, s, h, numbers="none")
    size = A4L if rng.random() < 0.6 else A4
    s2 = style_of(h, size, margin=40, pt=8)
    lw, lh = size
    title = f"{tr(lg, 'Price list', 'Preisliste', 'Tarif')} {eff.year}/{eff.month:02d}"
    valid = f"{tr(lg, 'valid from', 'gültig ab', 'valable au')} {short(eff, lg)}"

    def start(p: Page, n: int) -> float:
        p.text(40, 34, fit(f"{h.name} - {title}", s2.bold, 10, lw * 0.7), s2.bold, 10)
        p.text(lw - 40, 34, valid, s2.font, 8, "right")
        p.line(40, 40, lw - 40, 40)
        return 60.0

    f2 = Sheets(size, lh - 44, start)
    rows = []
    for brand, kinds, gsms in PAPERS:
        for g in gsms:
            for fmt in rng.sample(FORMATS, rng.randint(1, 3)):
                a, b = (int(t) for t in fmt.split()[-1].split("x"))
                old = a * b / 1e6 * g * rng.uniform(1.2, 1.6)
                new = old * (1 + pct / 100 + rng.uniform(-0.02, 0.02))
                rows.append(
                    [
                        f"{brand} {kinds[LANG_IX[lg]]}",
                        f"{g}",
                        fmt,
                        rng.choice(["LG", "SG"]),
                        str(rng.choice([125, 250, 500])),
                        money(old, lg),
                        money(new, lg),
                        f"{(new / old - 1) * 100:+.1f}%",
                    ]
                )
    cols = columns(
        40,
        lw - 40,
        [
            (3, "left"),
            (0.6, "right"),
            (1.6, "left"),
            (0.5, "left"),
            (0.8, "right"),
            (1, "right"),
            (1, "right"),
            (0.8, "right"),
        ],
    )
    table(
        f2,
        cols,
        [
            tr(lg, "Quality", "Sorte", "Qualité"),
            "g/m²",
            tr(lg, "Size mm", "Format mm", "Format mm"),
            tr(lg, "Grain", "LR", "Sens"),
            tr(lg, "Pack", "VE", "UV"),
            tr(lg, "Old /1000", "bisher /1000", "Ancien /1000"),
            tr(lg, "New /1000", "neu /1000", "Nouveau /1000"),
            "%",
        ],
        rows,
        s2,
        size=7.5,
        shade=0.88,
        step=1.5,
    )
    number_pages(f2.pages, s2, "{i}/{n}", "br", bottom=24)
    remember(None, d)
    return pages + f2.pages


# ---------------------------------------------------------------------------------------------
# Templates DDD: presses, couriers and the audit
# ---------------------------------------------------------------------------------------------

PARTS = {
    "en": [
        ("Gripper pad set, delivery", 46.0),
        ("Ink roller, form roller 3", 318.0),
        ("Dampening roller cover", 89.0),
        ("Sheet sensor, feeder", 264.0),
        ("Suction cup set (10)", 38.5),
        ("Fuser belt assembly", 512.0),
        ("Transfer belt cleaning blade", 74.0),
        ("Corona wire unit", 126.0),
        ("Filter set, vacuum pump", 58.0),
    ],
    "de": [
        ("Greiferauflagen-Satz Auslage", 46.0),
        ("Farbauftragswalze 3", 318.0),
        ("Feuchtwalzenbezug", 89.0),
        ("Bogensensor Anleger", 264.0),
        ("Saugerset (10 St.)", 38.5),
        ("Fixierband komplett", 512.0),
        ("Reinigungsklinge Transferband", 74.0),
        ("Koronadraht-Einheit", 126.0),
        ("Filtersatz Vakuumpumpe", 58.0),
    ],
    "fr": [
        ("Jeu de plaquettes de pinces, réception", 46.0),
        ("Rouleau toucheur encreur 3", 318.0),
        ("Manchon de rouleau mouilleur", 89.0),
        ("Capteur de feuille margeur", 264.0),
        ("Jeu de ventouses (10)", 38.5),
        ("Courroie de fusion complète", 512.0),
        ("Lame de nettoyage courroie de transfert", 74.0),
        ("Unité fil corona", 126.0),
        ("Jeu de filtres pompe à vide", 58.0),
    ],
}
LABOUR = {"en": 98.0, "de": 118.0, "fr": 105.0}
CHECKS = {
    "en": [
        "Inking rollers setting",
        "Dampening rollers setting",
        "Plate cylinder bearers",
        "Blanket packing",
        "Gripper opening",
        "Register pins",
        "Oil level / lubrication",
        "Washer cloth",
        "Sheet guides",
    ],
    "de": [
        "Farbwalzeneinstellung",
        "Feuchtwalzeneinstellung",
        "Schmitzringe",
        "Gummituchaufzug",
        "Greiferöffnung",
        "Passerstifte",
        "Ölstand / Schmierung",
        "Waschtuch",
        "Bogenleitelemente",
    ],
    "fr": [
        "Réglage rouleaux encreurs",
        "Réglage rouleaux mouilleurs",
        "Cordons du cylindre",
        "Habillage blanchet",
        "Ouverture des pinces",
        "Taquets de repérage",
        "Niveau d'huile / graissage",
        "Tissu de lavage",
        "Guides feuilles",
    ],
}


def machine_of(who: Issuer) -> tuple[str, str, int]:
    """The shop's press that ``who``'s manufacturer looks after: model, serial, counter."""
    r = keyed(who, "machine")
    model = r.choice(PRESSES)
    mask = "99.999.999" if "Halcyon" not in model else "HD99A99999"
    return model, serial(r, mask), r.randint(2_000_000, 90_000_000)


def checklist(rng: random.Random, lg: str, model: str, sn: str) -> Page:
    """A service report's inspection checklist on landscape A4: a column per printing unit."""
    q = Page(A4L)
    lw, _ = A4L
    title = tr(lg, "Inspection checklist", "Prüfprotokoll", "Check-list de contrôle")
    q.text(40, 36, f"{title} - {model} - {sn}", "Helvetica-Bold", 11)
    units = 5 if "74-5" in model else 4 if "52-4" in model else 2
    cols = columns(40, lw - 40, [(3, "left")] + [(1, "center")] * units + [(2.5, "left")])
    y = 66.0
    cell(q, cols[0], y, tr(lg, "Check", "Prüfpunkt", "Point"), "Helvetica-Bold", 8)
    for k in range(units):
        unit = f"{tr(lg, 'Unit', 'DW', 'Groupe')} {k + 1}"
        cell(q, cols[k + 1], y, unit, "Helvetica-Bold", 8)
    cell(q, cols[-1], y, tr(lg, "Remarks", "Bemerkung", "Remarques"), "Helvetica-Bold", 8)
    y += 10
    for it in CHECKS[lg]:
        q.line(40, y - 2, lw - 40, y - 2)
        y += 14
        q.text(cols[0][0], y, it, "Helvetica", 8.5)
        for k in range(units):
            cell(q, cols[k + 1], y, rng.choice(["ok", "ok", "ok", "adj.", "x"]), HAND, 9)
        if rng.random() < 0.25:
            cell(q, cols[-1], y, words(rng, lg, "service", 4), HAND, 8)
        y += 8
    key = "ok = " + tr(lg, "checked, in order", "geprüft, i.O.", "contrôlé, conforme")
    key += "   adj. = " + tr(lg, "adjusted", "eingestellt", "réglé")
    key += "   x = " + tr(
        lg, "replace at next visit", "beim nächsten Einsatz tauschen", "à changer"
    )
    q.text(40, y + 24, key, "Helvetica", 7.5)
    return q


def tpl_service_report(rng: random.Random, who: Issuer) -> list[Page]:
    """A press manufacturer's field service report: the visit (call type ticked, machine,
    serial number and impression counter), the fault as reported, the work carried out, parts
    used, the engineer's times, machine status and both signatures; now and then an
    inspection checklist per printing unit on a landscape page."""
    h = head_of(who, "maker", abroad=0.25)
    lg = h.lang
    s = style_of(h, A4, pt=min(h.pt, 9.5))
    w, _hh = A4
    m = s.margin
    d = some_day(rng)
    model, sn, counter = machine_of(who)
    no = serial(rng, rng.choice(["SR-999999", "SB 9999999", "RI-99-99999", "99999999"]))
    title = tr(lg, "Service report", "Servicebericht", "Rapport d'intervention")
    f = sheets(s, h, f"{title} {no}")
    caption(f, s, title.upper(), 3, rule=True)
    f.page.text(w - m, f.y - 22, f"No. {no}", s.bold, s.size + 1, "right")
    f.y = fields(
        f.page,
        s,
        m,
        f.y,
        w - 2 * m,
        [
            (tr(lg, "Customer", "Kunde", "Client"), shop_row()[0]),
            (tr(lg, "Site", "Standort", "Site"), shop_row()[2]),
            (tr(lg, "Machine", "Maschine", "Machine"), model),
            (tr(lg, "Serial no.", "Masch.-Nr.", "N° de série"), sn),
            (
                tr(lg, "Impression counter", "Zählerstand", "Compteur"),
                count(counter + rng.randint(0, 500000), lg),
            ),
            (tr(lg, "Call no.", "Meldungs-Nr.", "N° d'appel"), serial(rng, "C9999999")),
        ],
        per=2,
        tall=24,
        hand=False,
    )
    call = rng.choices([0, 1, 2, 3], [5, 3, 1, 1])[0]
    f.y = ticks(
        f.page,
        s,
        m,
        f.y + 4,
        w - 2 * m,
        [
            tr(lg, "Breakdown", "Störung", "Dépannage"),
            tr(lg, "Preventive maintenance", "Wartung", "Maintenance préventive"),
            tr(lg, "Installation", "Installation", "Installation"),
            tr(lg, "Training", "Schulung", "Formation"),
            tr(lg, "Warranty", "Gewährleistung", "Garantie"),
        ],
        {call} | ({4} if rng.random() < 0.2 else set()),
    )
    caption(f, s, tr(lg, "Fault reported", "Fehlerbeschreibung", "Défaut signalé"), 0)
    write(f, s, words(rng, lg, "service", rng.randint(8, 16)), indent=6)
    caption(f, s, tr(lg, "Work carried out", "Durchgeführte Arbeiten", "Travaux effectués"), 0)
    write(f, s, prose(rng, lg, "service", 2, 5), indent=6)
    parts = rng.sample(PARTS[lg], rng.randint(0, 4))
    if parts:
        cols = columns(m, w - m, [(1.2, "left"), (4, "left"), (0.6, "right")])
        table(
            f,
            cols,
            [
                tr(lg, "Part no.", "Teile-Nr.", "Réf."),
                tr(lg, "Part", "Ersatzteil", "Pièce"),
                tr(lg, "Qty", "Menge", "Qté"),
            ],
            [[serial(rng, "A9.999.999"), t, str(rng.choice([1, 1, 2]))] for t, _ in parts],
            s,
            rules=True,
        )
    cols = columns(
        m,
        w - m,
        [(1.1, "left"), (1.6, "left"), (1, "right"), (1, "right"), (1, "right"), (1, "right")],
    )
    eng = staff(h, rng.choice(["eng1", "eng2"]))
    rows = []
    hours = 0.0
    for k in range(rng.choice([1, 1, 2, 3])):
        st = rng.randint(7, 10)
        dur = rng.choice([2.0, 3.5, 4.0, 6.5, 8.0])
        hours += dur
        end = f"{st + int(dur)}:{'30' if dur % 1 else '00'}"
        travel = num(rng.choice([1, 1.5, 2, 2.5]), lg, 1)
        rows.append(
            [short(d + timedelta(days=k), lg), eng, travel, f"{st}:00", end, num(dur, lg, 1)]
        )
    table(
        f,
        cols,
        [
            tr(lg, "Date", "Datum", "Date"),
            tr(lg, "Engineer", "Techniker", "Technicien"),
            tr(lg, "Travel h", "Fahrzeit h", "Trajet h"),
            tr(lg, "Start", "Beginn", "Début"),
            tr(lg, "End", "Ende", "Fin"),
            tr(lg, "Hours", "Std.", "Heures"),
        ],
        rows,
        s,
        rules=True,
    )
    f.need(130)
    f.y = ticks(
        f.page,
        s,
        m,
        f.y + 4,
        w - 2 * m,
        [
            tr(lg, "Machine operational", "Maschine betriebsbereit", "Machine opérationnelle"),
            tr(lg, "Follow-up visit required", "Folgeeinsatz erforderlich", "Retour à prévoir"),
            tr(lg, "Parts on order", "Teile bestellt", "Pièces commandées"),
        ],
        {0} if rng.random() < 0.7 else {1, 2},
    )
    bw = (w - 2 * m - 12) / 2
    sign_box(f.page, s, m, f.y, bw, tr(lg, "Engineer", "Techniker", "Technicien"), eng)
    sign_box(
        f.page,
        s,
        m + bw + 12,
        f.y,
        bw,
        tr(lg, "Customer", "Kunde", "Client"),
        shop_staff("press"),
        rng.random() < 0.85,
    )
    f.y += 56
    pages = f.pages
    if rng.random() < 0.3:
        pages.append(checklist(rng, lg, model, sn))
    pages = close(pages, s, h)
    remember(None, d, (no, parts, hours, eng, model, sn))
    return pages


def tpl_service_invoice(rng: random.Random, who: Issuer) -> list[Page]:
    """The press manufacturer's invoice for a service visit: the service report number,
    machine and serial, labour hours, travel flat rate, the parts, some under warranty at no
    charge, the service contract discount."""
    h = head_of(who, "maker", abroad=0.25)
    lg = h.lang
    s = style_of(h, A4)
    w, _hh = A4
    m = s.margin
    ex = LAST["extra"]
    model, sn, _ = machine_of(who)
    parts: list[tuple[str, float]]
    if after(("service_report",)) and isinstance(ex, tuple) and len(ex) == 6:
        no, parts, hours = str(ex[0]), list(ex[1]), float(ex[2])
        d = last_day(rng, ("service_report",), (3, 14))
    else:
        no = serial(rng, "SR-999999")
        parts = rng.sample(PARTS[lg], rng.randint(0, 3))
        hours = rng.choice([2.0, 3.5, 6.0])
        d = some_day(rng)
    inv = serial(rng, rng.choice(["SI-99999999", "9099999999", "FS999999"]))
    f = sheets(s, h, f"{tr(lg, 'Invoice', 'Rechnung', 'Facture')} {inv}")
    recipient(
        f,
        s,
        h,
        shop_lines(),
        d,
        [
            (tr(lg, "Invoice", "Rechnung", "Facture"), inv),
            (tr(lg, "Service report", "Servicebericht", "Rapport"), no),
            (tr(lg, "Machine", "Maschine", "Machine"), f"{model} / {sn}"),
        ],
    )
    caption(f, s, tr(lg, "INVOICE - SERVICE", "RECHNUNG - KUNDENDIENST", "FACTURE - SAV"), 3)
    warranty = rng.random() < 0.2
    labour = tr(lg, "Labour", "Arbeitszeit", "Main d'oeuvre")
    rows = [
        [labour, num(hours, lg, 1) + " h", money(LABOUR[lg], lg), money(hours * LABOUR[lg], lg)]
    ]
    net = hours * LABOUR[lg]
    trav = rng.choice([95.0, 120.0, 145.0])
    flat = tr(lg, "Travel flat rate", "Anfahrtspauschale", "Forfait déplacement")
    rows.append([flat, "1", money(trav, lg), money(trav, lg)])
    net += trav
    for t, p in parts:
        v = 0.0 if warranty else p
        rows.append([t, "1", money(p, lg), money(v, lg)])
        net += v
    cols = columns(m, w - m, [(4, "left"), (0.8, "right"), (1.1, "right"), (1.2, "right")])
    table(
        f,
        cols,
        [
            tr(lg, "Description", "Leistung", "Désignation"),
            tr(lg, "Qty", "Menge", "Qté"),
            tr(lg, "Rate", "Preis", "P.U."),
            tr(lg, "Amount", "Betrag", "Montant"),
        ],
        rows,
        s,
        rules=True,
    )
    if warranty:
        write(
            f,
            s,
            tr(
                lg,
                "Parts supplied under warranty - no charge.",
                "Ersatzteile im Rahmen der Gewährleistung - kostenfrei.",
                "Pièces sous garantie - non facturées.",
            ),
            s.size - 1,
        )
    if rng.random() < 0.4:
        disc = round(net * 0.1, 2)
        label = tr(
            lg,
            "Service contract discount 10%",
            "Rabatt Servicevertrag 10 %",
            "Remise contrat de maintenance 10 %",
        )
        f.page.text(m, f.y, label, s.font, s.size - 1)
        f.page.text(w - m, f.y, f"-{money(disc, lg)}", s.font, s.size - 1, "right")
        f.y += s.size * 1.6
        net -= disc
    totals(f, s, lg, round(net, 2), vat_rate(lg))
    write(
        f,
        s,
        tr(
            lg,
            "Payment within 14 days net.",
            "Zahlbar innerhalb 14 Tagen netto.",
            "Paiement à 30 jours date de facture.",
        ),
        s.size - 1,
    )
    pages = close(f.pages, s, h)
    received(rng, pages[0], d, 0.35)
    remember(None, d)
    return pages


def tpl_courier_manifest(rng: random.Random, who: Issuer) -> list[Page]:
    """A courier's collection manifest as printed from the courier's shipping software on
    landscape A4: account, collection date, a row per consignment (number, receiver, town,
    service, pieces, weight, reference), the totals, the driver's and the shop's signatures;
    long ones over several pages with 'Page i of n'."""
    h = head_of(who, "courier")
    lg = h.lang
    s = style_of(h, A4L, margin=36, pt=8)
    w, hh = A4L
    m = s.margin
    d = some_day(rng)
    account = serial(keyed(who, "acc"), "99999999")
    mno = serial(rng, "M9999999")
    title = tr(lg, "Collection manifest", "Einlieferungsliste", "Bordereau de remise")
    sender = f"{tr(lg, 'Sender', 'Absender', 'Expéditeur')}: {shop_row()[0]}, {shop_row()[2]}"
    top = f"{tr(lg, 'Account', 'Kundennummer', 'Compte')}: {account}   {sender}"
    right = f"{tr(lg, 'Manifest', 'Liste', 'Bordereau')} {mno}  -  {short(d, lg)}"

    def start(p: Page, n: int) -> float:
        p.rect(m, 26, w - 2 * m, 22, fill=0.15)
        p.text(m + 8, 41, h.name.upper(), "Helvetica-Bold", 11)
        p.text(w - m - 8, 41, title, "Helvetica-Bold", 10, "right")
        p.text(m, 66, fit(top, s.font, 8, w * 0.6), s.font, 8)
        p.text(w - m, 66, right, s.font, 8, "right")
        return 88.0

    f = Sheets((w, hh), hh - 90, start)
    n = rng.choice([3, 5, 8, 12, 18, 30, 45])
    rows = []
    pieces = 0
    kg = 0.0
    pool = SENDERS["customer"][home()] * 3
    pool += SENDERS["customer"][rng.choice(["en", "de", "fr"])]
    services = ["NEXT DAY", "48H", "12:00", "ECONOMY", "EXPRESS"]
    for _ in range(n):
        row = rng.choice(pool)
        pc = rng.randint(1, 6)
        wt = round(pc * rng.uniform(3, 14), 1)
        pieces += pc
        kg += wt
        track = serial(rng, rng.choice(["999 9999 9999", "JD99999999999", "9999999999"]))
        ref = serial(rng, "99999")
        rows.append([track, row[0], row[2], rng.choice(services), str(pc), num(wt, lg, 1), ref])
    cols = columns(
        m,
        w - m,
        [
            (1.6, "left"),
            (3, "left"),
            (2, "left"),
            (1, "left"),
            (0.6, "right"),
            (0.8, "right"),
            (0.9, "center"),
        ],
    )
    table(
        f,
        cols,
        [
            tr(lg, "Consignment", "Sendungsnummer", "N° d'envoi"),
            tr(lg, "Receiver", "Empfänger", "Destinataire"),
            tr(lg, "Town", "Ort", "Ville"),
            tr(lg, "Service", "Produkt", "Service"),
            tr(lg, "Pcs", "Pkt.", "Colis"),
            "kg",
            tr(lg, "Ref.", "Referenz", "Réf."),
        ],
        rows,
        s,
        size=7.5,
        rules=True,
        step=1.8,
    )
    f.need(80)
    f.y += 6
    summary = f"{tr(lg, 'Consignments', 'Sendungen', 'Envois')}: {n}    "
    summary += f"{tr(lg, 'Pieces', 'Packstücke', 'Colis')}: {pieces}    "
    summary += f"{tr(lg, 'Weight', 'Gewicht', 'Poids')}: {num(kg, lg, 1)} kg"
    f.page.text(m, f.y, summary, s.bold, 9)
    f.y += 14
    bw = (w - 2 * m - 24) / 3
    driver = f"{rng.choice(FIRSTS[lg])} {rng.choice(LASTS[lg])}"
    sign_box(
        f.page,
        s,
        m,
        f.y,
        bw,
        tr(lg, "Driver signature", "Unterschrift Fahrer", "Signature chauffeur"),
        driver,
        rng.random() < 0.85,
    )
    sign_box(
        f.page,
        s,
        m + bw + 12,
        f.y,
        bw,
        tr(lg, "Shipper signature", "Unterschrift Versender", "Signature expéditeur"),
        shop_staff("dispatch"),
    )
    x3 = m + 2 * (bw + 12)
    f.page.rect(x3, f.y, bw, 46)
    f.page.text(
        x3 + 4, f.y + 9, tr(lg, "Collection time", "Abholzeit", "Heure d'enlèvement"), s.font, 6.5
    )
    hand(f.page, x3 + 10, f.y + 32, f"{rng.randint(14, 17)}:{rng.randint(0, 59):02d}", 11)
    f.y += 56
    fmt = rng.choice(
        ["Page {i} of {n}", "{i}/{n}", "Seite {i} von {n}" if lg == "de" else "Page {i} / {n}"]
    )
    number_pages(f.pages, s, fmt, "br", bottom=24)
    remember(None, d, [r[0] for r in rows])
    return f.pages


def tpl_pod(rng: random.Random, who: Issuer) -> list[Page]:
    """A courier's proof of delivery for one consignment: the printout from the tracking site
    (tracking number and barcode, delivered date and time, received by, the captured
    signature, sometimes a photo of the parcel at the door) or the driver's handheld slip."""
    h = head_of(who, "courier")
    lg = h.lang
    ex = LAST["extra"]
    if after(("courier_manifest", "pod")) and isinstance(ex, list) and ex:
        track = str(rng.choice(ex))
    else:
        track = serial(rng, rng.choice(["999 9999 9999", "JD99999999999"]))
    d = last_day(rng, ("courier_manifest", "pod"), (0, 2))
    if rng.random() < 0.5:
        row, cl = customer_of(who)
    else:
        row, cl = rng.choice(SENDERS["customer"][home()]), home()
    signer = f"{rng.choice(FIRSTS[cl])[0]}. {rng.choice(LASTS[cl]).upper()}"
    when = f"{rng.randint(8, 17)}:{rng.randint(0, 59):02d}"
    pcs = str(rng.randint(1, 6))
    if keyed(who, "slip").random() < 0.3:
        s = style_of(h, SLIP, margin=14, pt=7.5)
        w, _ = SLIP
        m = s.margin
        p = Page(SLIP)
        y = heading(p, s, h)
        head = tr(lg, "PROOF OF DELIVERY", "ZUSTELLNACHWEIS", "PREUVE DE LIVRAISON")
        p.text(w / 2, y, head, "Helvetica-Bold", 9, "center")
        y += 16
        for a, b in [
            (tr(lg, "Parcel", "Sendung", "Colis"), track),
            (tr(lg, "Delivered", "Zugestellt", "Livré le"), f"{short(d, lg)} {when}"),
            (tr(lg, "To", "An", "À"), row[0]),
            ("", row[2]),
            (tr(lg, "Pieces", "Packstücke", "Colis"), pcs),
            (tr(lg, "Received by", "Empfangen von", "Reçu par"), signer),
        ]:
            p.text(m, y, a, "Courier", 7)
            p.text(m + 62, y, fit(b, "Courier", 7, w - m - 62 - m), "Courier", 7)
            y += 10
        p.rect(m, y + 6, w - 2 * m, 60)
        scrawl(p, m + 10, y + 46, signer.replace(".", ""), 14)
        driver = f"{tr(lg, 'Driver', 'Fahrer', 'Chauffeur')} {rng.randint(100, 999)}"
        p.text(m, y + 80, driver, "Courier", 7)
        remember(None, d, ex if isinstance(ex, list) else None)
        return [p]
    s = style_of(h, A4)
    w, _hh = A4
    m = s.margin
    p = Page(A4)
    y = heading(p, s, h)
    p.text(
        m, y + 8, tr(lg, "Proof of Delivery", "Zustellnachweis", "Preuve de livraison"), s.bold, 18
    )
    y += 34
    p.barcode("code128", track.replace(" ", ""), m, y)
    y += 95
    y = pairs(
        p,
        s,
        m,
        y,
        [
            (tr(lg, "Tracking number", "Sendungsnummer", "Numéro de suivi"), track),
            (tr(lg, "Status", "Status", "Statut"), tr(lg, "Delivered", "Zugestellt", "Livré")),
            (tr(lg, "Delivered on", "Zugestellt am", "Livré le"), f"{day(h, d)}, {when}"),
            (tr(lg, "Delivered to", "Zugestellt an", "Livré à"), f"{row[0]}, {row[2]}"),
            (tr(lg, "Signed by", "Unterschrieben von", "Signé par"), signer),
            (tr(lg, "Pieces", "Packstücke", "Nombre de colis"), pcs),
            (
                tr(lg, "Shipper reference", "Referenz Versender", "Référence expéditeur"),
                serial(rng, "99999"),
            ),
        ],
        w - m,
        s.size,
    )
    y += 10
    p.text(m, y, tr(lg, "Signature", "Unterschrift", "Signature"), s.bold, s.size)
    p.rect(m, y + 6, 220, 70)
    scrawl(p, m + 20, y + 56, signer.replace(".", ""), 18)
    if rng.random() < 0.4:
        p.text(m + 250, y, tr(lg, "Photo", "Foto", "Photo"), s.bold, s.size)
        photo(p, m + 250, y + 6, min(160.0, w - 2 * m - 250), 120, rng)
        y += 60
    y += 100
    printed = short(d + timedelta(days=rng.randint(1, 20)), lg)
    foot = tr(
        lg,
        f"Printed {printed} from {h.name} online tracking.",
        f"Gedruckt am {printed} - Sendungsverfolgung {h.name}.",
        f"Imprimé le {printed} - suivi en ligne {h.name}.",
    )
    p.text(m, y, fit(foot, s.font, 7, w - 2 * m), s.font, 7)
    remember(None, d, ex if isinstance(ex, list) else None)
    return [p]


FSC_CLAUSES = [
    ("1.1", "Management system / responsible person"),
    ("1.3", "Documented procedures"),
    ("1.5", "Training of staff"),
    ("2.1", "Product groups"),
    ("3.1", "Material sourcing - supplier certificates"),
    ("3.4", "Verification of supplier claims"),
    ("4.1", "Material receipt and storage"),
    ("5.1", "Control system (credit / transfer)"),
    ("5.4", "Credit account"),
    ("6.1", "Sales documents and claims"),
    ("7.1", "Trademark use / on-product labels"),
    ("8.1", "Outsourcing"),
    ("9.1", "Records of volumes"),
]


def tpl_fsc_audit(rng: random.Random, who: Issuer) -> list[Page]:
    """A certification body's FSC chain-of-custody audit report: the covering letter, then the
    report under a running header with its own page numbers: the cover with certificate code,
    scope and audit team, the summary, the scope table, the checklist (conforming,
    non-conforming, not applicable) and the non-conformity reports, the recommendation."""
    h = head_of(who, "certifier")
    lg = h.lang
    s = style_of(h, A4)
    w, _hh = A4
    m = s.margin
    d = some_day(rng)
    audit = d - timedelta(days=rng.randint(10, 30))
    code = coc_code(shop_row()[0])
    auditor = staff(h, "auditor")
    owner = mx(shop_staff("owner"), lg)
    kind = rng.choice(
        [
            tr(lg, "Annual surveillance audit", "Überwachungsaudit", "Audit de surveillance"),
            tr(lg, "Re-certification audit", "Re-Zertifizierungsaudit", "Audit de renouvellement"),
        ]
    )
    f0 = sheets(s, h)
    recipient(f0, s, h, shop_lines(owner), d, [(our_ref(h), code)])
    caption(f0, s, f"{kind} - {code}", 1)
    f0.page.text(m, f0.y, dear(lg, owner), s.font, s.size)
    f0.y += s.size * 2
    ncs = rng.choices([0, 1, 2, 3], [3, 4, 2, 1])[0]
    if ncs:
        nc_text = tr(
            lg,
            f"{ncs} non-conformity(ies) were raised; please submit your corrective action plan "
            "within 30 days.",
            f"Es wurden {ncs} Abweichung(en) festgestellt; bitte reichen Sie Ihren Maßnahmenplan "
            "innerhalb von 30 Tagen ein.",
            f"{ncs} non-conformité(s) ont été relevée(s) ; merci de nous adresser votre plan "
            "d'actions sous 30 jours.",
        )
    else:
        nc_text = tr(
            lg,
            "No non-conformities were raised.",
            "Es wurden keine Abweichungen festgestellt.",
            "Aucune non-conformité n'a été relevée.",
        )
    write(
        f0,
        s,
        tr(
            lg,
            f"Thank you for your cooperation during the audit on {day(h, audit)}. Please find "
            "enclosed the audit report. ",
            f"vielen Dank für Ihre Unterstützung beim Audit am {day(h, audit)}. Anbei erhalten Sie "
            "den Auditbericht. ",
            f"Nous vous remercions de votre accueil lors de l'audit du {day(h, audit)}. Vous "
            "trouverez ci-joint le rapport d'audit. ",
        )
        + nc_text,
    )
    regards(
        f0,
        s,
        lg,
        staff(h, "cert"),
        tr(lg, "Certification Manager", "Zertifizierungsstelle", "Responsable certification"),
    )
    letter = close(f0.pages, s, h, numbers="none")
    report_title = tr(
        lg,
        "FSC Chain of Custody Audit Report",
        "FSC-Produktkettenaudit - Bericht",
        "Rapport d'audit FSC chaîne de contrôle",
    )
    f = sheets(s, h, f"{report_title} - {shop_row()[0]} - {code}", top=False)
    f.y = 150
    cover = tr(lg, "FSC CHAIN OF CUSTODY", "FSC-PRODUKTKETTE", "FSC CHAÎNE DE CONTRÔLE")
    f.page.text(w / 2, f.y, cover, s.bold, 20, "center")
    f.page.text(
        w / 2,
        f.y + 26,
        tr(lg, "Audit Report", "Auditbericht", "Rapport d'audit"),
        s.bold,
        16,
        "center",
    )
    f.page.text(w / 2, f.y + 50, kind, s.font, 12, "center")
    f.y += 90
    f.y = pairs(
        f.page,
        s,
        m + 40,
        f.y,
        [
            (tr(lg, "Organisation", "Organisation", "Organisation"), shop_row()[0]),
            (tr(lg, "Address", "Anschrift", "Adresse"), f"{shop_row()[1]}, {shop_row()[2]}"),
            (tr(lg, "Certificate code", "Zertifikatscode", "Code de certificat"), code),
            (tr(lg, "Standard", "Standard", "Référentiel"), "FSC-STD-40-004 V3-1"),
            (tr(lg, "Audit date", "Auditdatum", "Date d'audit"), day(h, audit)),
            (tr(lg, "Lead auditor", "Leitender Auditor", "Auditeur"), auditor),
            (tr(lg, "Report date", "Berichtsdatum", "Date du rapport"), day(h, d)),
        ],
        w - m - 40,
        s.size,
    )
    f.new_page()
    caption(f, s, "1. " + tr(lg, "Summary", "Zusammenfassung", "Synthèse"), 1)
    write(f, s, prose(rng, lg, "audit", 3, 6))
    write(f, s, prose(rng, lg, "audit", 2, 4))
    caption(f, s, "2. " + tr(lg, "Scope", "Geltungsbereich", "Périmètre"), 1)
    cols = columns(m, w - m, [(1.2, "left"), (3, "left"), (1.2, "left"), (1.3, "left")])
    table(
        f,
        cols,
        [
            tr(lg, "Product type", "Produkttyp", "Type de produit"),
            tr(lg, "Description", "Beschreibung", "Description"),
            tr(lg, "Claim", "Claim", "Déclaration"),
            tr(lg, "Control system", "Kontrollsystem", "Système"),
        ],
        [
            [
                "P7.1",
                tr(lg, "Printed matter, sheet-fed", "Druckerzeugnisse Bogenoffset", "Imprimés"),
                "FSC Mix Credit",
                tr(lg, "Credit", "Kreditsystem", "Crédit"),
            ],
            [
                "P7.6",
                tr(lg, "Printed stationery", "Geschäftsdrucksachen", "Papeterie imprimée"),
                "FSC Recycled",
                tr(lg, "Transfer", "Transfersystem", "Transfert"),
            ],
        ],
        s,
        rules=True,
    )
    caption(f, s, "3. " + tr(lg, "Checklist", "Prüfliste", "Liste de contrôle"), 1)
    cols = columns(m, w - m, [(0.6, "left"), (4, "left"), (0.7, "center"), (2.6, "left")])
    nc_at = set(rng.sample(range(len(FSC_CLAUSES)), ncs))
    rows = []
    for k, (clause, t) in enumerate(FSC_CLAUSES):
        res = "NC" if k in nc_at else rng.choice(["C", "C", "C", "C", "N/A"])
        rows.append([clause, t, res, words(rng, lg, "audit", rng.randint(4, 8))])
    table(
        f,
        cols,
        [
            tr(lg, "Clause", "Ziffer", "Exigence"),
            tr(lg, "Requirement", "Anforderung", "Thème"),
            tr(lg, "Result", "Ergebnis", "Résultat"),
            tr(lg, "Evidence", "Nachweis", "Preuves"),
        ],
        rows,
        s,
        size=s.size - 1.5,
        rules=True,
        step=1.9,
    )
    for k, idx in enumerate(sorted(nc_at)):
        f.need(200)
        grade = rng.choice(["Minor", "Minor", "Major"])
        caption(f, s, f"NCR {code[-3:]}-{k + 1:02d}  ({grade})", 0)
        f.y = fields(
            f.page,
            s,
            m,
            f.y,
            w - 2 * m,
            [
                (
                    tr(lg, "Requirement", "Anforderung", "Exigence"),
                    f"FSC-STD-40-004 {FSC_CLAUSES[idx][0]}",
                ),
                (
                    tr(lg, "Deadline", "Frist", "Délai"),
                    short(d + timedelta(days=rng.choice([30, 90, 365])), lg),
                ),
            ],
            per=2,
            tall=24,
            hand=False,
        )
        finding = tr(lg, "Finding: ", "Feststellung: ", "Constat : ")
        write(f, s, finding + prose(rng, lg, "audit", 1, 3))
        evidence = tr(lg, "Objective evidence: ", "Objektiver Nachweis: ", "Preuve objective : ")
        write(f, s, evidence + prose(rng, lg, "audit", 1, 2))
    decision = tr(lg, "Certification decision", "Zertifizierungsempfehlung", "Recommandation")
    caption(f, s, f"4. {decision}", 1)
    write(
        f,
        s,
        tr(
            lg,
            "The audit team recommends continuation of certification subject to closure of the "
            "non-conformities raised.",
            "Das Auditteam empfiehlt die Aufrechterhaltung des Zertifikats vorbehaltlich der "
            "Behebung der Abweichungen.",
            "L'équipe d'audit recommande le maintien du certificat sous réserve de la levée des "
            "non-conformités.",
        ),
    )
    f.need(70)
    f.y += 14
    scrawl(f.page, m, f.y + 12, auditor)
    lead = tr(lg, "Lead auditor", "Leitender Auditor", "Auditeur principal")
    f.page.text(m, f.y + 26, f"{auditor}, {lead}", s.font, s.size - 1)
    report = f.pages
    fmts = ["Page {i} of {n}", "{i}/{n}"] if lg != "de" else ["Seite {i} von {n}", "{i}/{n}"]
    number_pages(report, s, rng.choice(fmts), "br", bottom=26)
    received(rng, letter[0], d, 0.3)
    remember(None, d)
    return letter + report


# ---------------------------------------------------------------------------------------------
# Templates DDD: trade shows, leasing, meters, safety and the press pass
# ---------------------------------------------------------------------------------------------

SHOWS = {
    "en": ["PrintExpo North", "Graphics & Packaging Show", "Northern Print Fair"],
    "de": ["Druck & Medien Messe", "Print Süd", "Fachmesse Etikett & Verpackung"],
    "fr": ["Imprim'Expo", "Salon Graphitec", "Rencontres de l'Imprimé"],
}


def hall_plan(rng: random.Random, lg: str, show: str, stand: str) -> Page:
    """A landscape hall plan: rows of stands, aisles, the shop's stand shaded."""
    p = Page(A4L)
    w, h = A4L
    p.text(
        40,
        36,
        f"{show} - {tr(lg, 'Hall plan', 'Hallenplan', 'Plan du hall')} {stand.split('-')[0]}",
        "Helvetica-Bold",
        12,
    )
    p.rect(40, 56, w - 80, h - 120)
    x0, y0 = 60.0, 80.0
    letters = "ABCDEF"
    for i in range(5):
        x = x0
        y = y0 + i * ((h - 170) / 5)
        k = 1
        while x < w - 110:
            bw = rng.choice([36, 36, 54, 72])
            label = f"{letters[i]}{k:02d}"
            mine = label == stand.split("-")[-1]
            p.rect(x, y, bw, 40, fill=0.55 if mine else None)
            p.text(x + bw / 2, y + 24, label, "Helvetica", 6.5, "center")
            x += bw + (22 if k % 5 == 0 else 2)
            k += 1
    p.text(w / 2, h - 50, tr(lg, "Entrance", "Eingang", "Entrée"), "Helvetica-Bold", 9, "center")
    p.text(
        w - 40,
        h - 38,
        tr(lg, "Not to scale", "Nicht maßstäblich", "Plan non contractuel"),
        "Helvetica",
        7,
        "right",
    )
    return p


def tpl_exhibition(rng: random.Random, who: Issuer) -> list[Page]:
    """A trade-show organiser's papers: the exhibitor confirmation pack (covering letter,
    stand confirmation with hall, stand, size and charges, the hall plan on a landscape page
    and the technical services order form with tick boxes and a deadline), or the stand
    invoice with its payment schedule."""
    h = head_of(who, "fair", abroad=0.2)
    lg = h.lang
    s = style_of(h, A4)
    w, _hh = A4
    m = s.margin
    d = some_day(rng)
    show = keyed(who, "show").choice(SHOWS[lg])
    opens = add_months(d, rng.randint(2, 6)) + timedelta(days=rng.randint(2, 20))
    hall = rng.randint(1, 6)
    stand = f"{hall}-{rng.choice('ABCDE')}{rng.randint(1, 12):02d}"
    area = rng.choice([9, 12, 18, 24, 36])
    rate = {"en": 285.0, "de": 245.0, "fr": 265.0}[lg]
    exno = serial(keyed(who, "ex"), "EX-99999")
    pages: list[Page] = []
    if rng.random() < 0.6:
        f = sheets(s, h)
        recipient(
            f,
            s,
            h,
            shop_lines(mx(shop_staff("owner"), lg)),
            d,
            [(tr(lg, "Exhibitor no.", "Aussteller-Nr.", "N° exposant"), exno)],
        )
        caption(
            f,
            s,
            f"{show} {opens.year} - "
            + tr(lg, "Confirmation of stand", "Standbestätigung", "Confirmation de stand"),
            1,
        )
        f.page.text(m, f.y, dear(lg, None), s.font, s.size)
        f.y += s.size * 2
        write(
            f,
            s,
            tr(
                lg,
                f"We are pleased to confirm your participation in {show}, "
                f"{day(h, opens)} to {day(h, opens + timedelta(days=2))}. "
                "Please find enclosed your stand confirmation, the hall plan "
                "and the order form for technical services.",
                f"wir freuen uns, Ihre Teilnahme an der {show} vom {day(h, opens)} "
                f"bis {day(h, opens + timedelta(days=2))} zu bestätigen. Anbei "
                "erhalten Sie Ihre Standbestätigung, den Hallenplan und das "
                "Bestellformular für technische Leistungen.",
                "Nous avons le plaisir de vous confirmer votre participation "
                f"au salon {show} du {day(h, opens)} au {day(h, opens + timedelta(days=2))}. "
                "Vous trouverez ci-joint la confirmation de stand, le plan "
                "du hall et le bon de commande des prestations techniques.",
            ),
        )
        write(f, s, prose(rng, lg, "money", 1, 2))
        regards(
            f,
            s,
            lg,
            staff(h, "ex"),
            tr(lg, "Exhibitor Services", "Ausstellerservice", "Service exposants"),
        )
        pages += close(f.pages, s, h, numbers="none")
        f = sheets(s, h)
        caption(
            f,
            s,
            tr(lg, "STAND CONFIRMATION", "STANDBESTÄTIGUNG / ZULASSUNG", "CONFIRMATION DE STAND"),
            3,
        )
        f.y = fields(
            f.page,
            s,
            m,
            f.y,
            w - 2 * m,
            [
                (tr(lg, "Exhibitor", "Aussteller", "Exposant"), shop_row()[0]),
                (tr(lg, "Exhibitor no.", "Aussteller-Nr.", "N° exposant"), exno),
                (tr(lg, "Hall / stand", "Halle / Stand", "Hall / stand"), stand),
                (
                    tr(lg, "Stand type", "Standart", "Type de stand"),
                    rng.choice(
                        [
                            tr(lg, "Shell scheme", "Reihenstand mit Systembau", "Stand équipé"),
                            tr(
                                lg,
                                "Space only, corner",
                                "Eckstand, nur Fläche",
                                "Surface nue, angle",
                            ),
                        ]
                    ),
                ),
                (tr(lg, "Area", "Fläche", "Surface"), f"{area} m²"),
                (
                    tr(lg, "Build-up", "Aufbau", "Montage"),
                    f"{short(opens - timedelta(days=2), lg)} - "
                    f"{short(opens - timedelta(days=1), lg)}",
                ),
            ],
            per=2,
            tall=26,
            hand=False,
        )
        cols = columns(m, w - m, [(4, "left"), (1, "right"), (1.2, "right"), (1.3, "right")])
        rows = [
            [
                tr(lg, "Stand space", "Standmiete", "Location de surface"),
                f"{area} m²",
                money(rate, lg),
                money(rate * area, lg),
            ],
            [
                tr(
                    lg,
                    "Marketing & catalogue package",
                    "Medien- und Katalogpauschale",
                    "Forfait communication",
                ),
                "1",
                money(290.0, lg),
                money(290.0, lg),
            ],
            [
                tr(lg, "Environmental levy", "Umweltpauschale", "Contribution environnementale"),
                f"{area} m²",
                money(3.5, lg),
                money(3.5 * area, lg),
            ],
        ]
        table(
            f,
            cols,
            [
                tr(lg, "Item", "Leistung", "Prestation"),
                tr(lg, "Qty", "Menge", "Qté"),
                tr(lg, "Rate", "Preis", "Prix"),
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
            rate * area + 290 + 3.5 * area,
            vat_rate(lg),
            due=tr(lg, "Total", "Gesamtbetrag", "Total TTC"),
        )
        write(f, s, prose(rng, lg, "legal", 1, 3), s.size - 1.5)
        pages += close(f.pages, s, h)
        pages.append(hall_plan(rng, lg, show, stand))
        q = Page(A4)
        y = heading(q, s, h)
        q.text(
            m,
            y + 4,
            tr(
                lg,
                "ORDER FORM - TECHNICAL SERVICES",
                "BESTELLFORMULAR TECHNISCHE LEISTUNGEN",
                "BON DE COMMANDE - PRESTATIONS TECHNIQUES",
            ),
            s.bold,
            11,
        )
        q.text(
            w - m,
            y + 4,
            f"{tr(lg, 'Return by', 'Einsendeschluss', 'À retourner avant le')} "
            f"{short(opens - timedelta(days=28), lg)}",
            s.bold,
            8,
            "right",
        )
        y += 22
        y = fields(
            q,
            s,
            m,
            y,
            w - 2 * m,
            [
                (tr(lg, "Exhibitor", "Aussteller", "Exposant"), shop_row()[0]),
                (tr(lg, "Stand", "Stand", "Stand"), stand),
            ],
            per=2,
            tall=24,
            hand=False,
        )
        groups = [
            (
                tr(lg, "Electricity", "Elektro", "Électricité"),
                ["3 kW", "6 kW", "10 kW", tr(lg, "24h supply", "24h-Strom", "Alimentation 24h/24")],
            ),
            (
                tr(lg, "Internet", "Internet", "Internet"),
                ["WLAN 10 Mbit", "LAN 50 Mbit", tr(lg, "Fixed IP", "Feste IP", "IP fixe")],
            ),
            (
                tr(lg, "Furniture", "Mobiliar", "Mobilier"),
                [
                    tr(lg, "Table", "Tisch", "Table"),
                    tr(lg, "Chairs (4)", "Stühle (4)", "Chaises (4)"),
                    tr(lg, "Counter", "Theke", "Comptoir"),
                    tr(lg, "Brochure rack", "Prospektständer", "Présentoir"),
                ],
            ),
            (
                tr(lg, "Services", "Service", "Services"),
                [
                    tr(lg, "Stand cleaning", "Standreinigung", "Nettoyage"),
                    tr(lg, "Forklift", "Stapler", "Chariot élévateur"),
                    tr(lg, "Rigging point", "Abhängepunkt", "Point d'accroche"),
                ],
            ),
        ]
        for title, opts in groups:
            y = band(q, s, y + 6, title)
            y = ticks(
                q,
                s,
                m + 4,
                y + 8,
                w - 2 * m - 8,
                opts,
                set(rng.sample(range(len(opts)), rng.randint(0, 2))),
            )
        y += 10
        sign_box(
            q,
            s,
            m,
            y,
            (w - 2 * m) / 2,
            tr(
                lg,
                "Date, signature, company stamp",
                "Datum, Unterschrift, Firmenstempel",
                "Date, signature et cachet",
            ),
            shop_staff("owner"),
            rng.random() < 0.5,
        )
        pages.append(q)
    else:
        f = sheets(s, h, f"{show} - {exno}")
        inv = serial(rng, "MR-999999")
        recipient(
            f,
            s,
            h,
            shop_lines(),
            d,
            [
                (tr(lg, "Invoice", "Rechnung", "Facture"), inv),
                (tr(lg, "Exhibitor no.", "Aussteller-Nr.", "N° exposant"), exno),
                (tr(lg, "Stand", "Stand", "Stand"), stand),
            ],
        )
        caption(f, s, f"{tr(lg, 'INVOICE', 'RECHNUNG', 'FACTURE')} - {show} {opens.year}", 2)
        cols = columns(m, w - m, [(4, "left"), (1, "right"), (1.2, "right"), (1.3, "right")])
        rows = [
            [
                tr(lg, "Stand space", "Standmiete", "Surface"),
                f"{area} m²",
                money(rate, lg),
                money(rate * area, lg),
            ],
            [
                tr(
                    lg,
                    "Shell scheme walls and fascia",
                    "Systemstandbau mit Blende",
                    "Cloisons et enseigne",
                ),
                f"{area} m²",
                money(48.0, lg),
                money(48.0 * area, lg),
            ],
        ]
        table(
            f,
            cols,
            [
                tr(lg, "Item", "Leistung", "Prestation"),
                tr(lg, "Qty", "Menge", "Qté"),
                tr(lg, "Rate", "Preis", "Prix"),
                tr(lg, "Amount", "Betrag", "Montant"),
            ],
            rows,
            s,
            rules=True,
        )
        gross = totals(f, s, lg, (rate + 48) * area, vat_rate(lg))
        caption(f, s, tr(lg, "Payment schedule", "Zahlungsplan", "Échéancier"), 0)
        for k, (pct, due) in enumerate(
            [(0.5, d + timedelta(days=14)), (0.5, opens - timedelta(days=42))]
        ):
            f.page.text(
                m + 10,
                f.y,
                f"{k + 1}. {tr(lg, 'instalment', 'Rate', 'échéance')} {int(pct * 100)}% "
                f" {tr(lg, 'due', 'fällig am', 'le')} {short(due, lg)}",
                s.font,
                s.size,
            )
            f.page.text(w - m, f.y, cash(gross * pct, lg), s.font, s.size, "right")
            f.y += s.size * 1.6
        pages += close(f.pages, s, h)
        received(rng, pages[0], d, 0.4)
    remember(None, d)
    return pages


LEASE_TERMS = {
    "en": [
        "Hire",
        "Rentals",
        "Ownership",
        "Use and maintenance",
        "Insurance",
        "Loss or damage",
        "Default",
        "Termination",
        "Return of equipment",
        "Assignment",
        "Data protection",
        "Law",
    ],
    "de": [
        "Vertragsgegenstand",
        "Leasingraten",
        "Eigentum",
        "Nutzung und Wartung",
        "Versicherung",
        "Untergang und Beschädigung",
        "Zahlungsverzug",
        "Kündigung",
        "Rückgabe",
        "Abtretung",
        "Datenschutz",
        "Gerichtsstand",
    ],
    "fr": [
        "Objet",
        "Loyers",
        "Propriété",
        "Utilisation et entretien",
        "Assurance",
        "Perte ou dommage",
        "Défaillance",
        "Résiliation",
        "Restitution",
        "Cession",
        "Données personnelles",
        "Juridiction",
    ],
}


def tpl_lease_agreement(rng: random.Random, who: Issuer) -> list[Page]:
    """An equipment leasing agreement for a digital press, guillotine or folder: often a
    covering letter, the agreement form (parties, equipment schedule, rentals, signatures of
    hirer, witness and lessor), one or two pages of terms, the direct debit mandate and the
    delivery and acceptance certificate."""
    h = head_of(who, "lessor", abroad=0.1)
    lg = h.lang
    s = style_of(h, A4, pt=min(h.pt, 9.5))
    w, _hh = A4
    m = s.margin
    d = some_day(rng)
    no = serial(rng, rng.choice(["LA/999999", "LV-99-99999", "CB999999"]))
    kit = rng.choice(
        [
            (
                "Halcyon DP 1100",
                tr(
                    lg,
                    "digital colour press with inline finisher",
                    "Digitaldrucksystem mit Inline-Finisher",
                    "presse numérique couleur avec finisseur",
                ),
                86000,
            ),
            (
                "Polar-type guillotine 92",
                tr(
                    lg,
                    "programmable guillotine",
                    "programmierbare Schneidemaschine",
                    "massicot programmable",
                ),
                48000,
            ),
            (
                "Stahlfold-type folder 56/4",
                tr(lg, "buckle folding machine", "Taschenfalzmaschine", "plieuse à poches"),
                39000,
            ),
            (
                "CTP thermal platesetter 4-up",
                tr(lg, "computer-to-plate system", "CtP-Belichter", "système CTP"),
                72000,
            ),
        ]
    )
    months = rng.choice([36, 48, 60])
    rent = round(kit[2] * rng.uniform(1.08, 1.2) / months * 3, 2)
    pages: list[Page] = []
    if rng.random() < 0.5:
        f = sheets(s, h)
        recipient(f, s, h, shop_lines(mx(shop_staff("owner"), lg)), d, [(our_ref(h), no)])
        caption(
            f,
            s,
            tr(
                lg,
                f"Your lease agreement {no}",
                f"Ihr Leasingvertrag {no}",
                f"Votre contrat de location {no}",
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
                "Please find enclosed your agreement for signature. Please "
                "sign where marked, complete the direct debit mandate and "
                "return all pages to us. The acceptance certificate should "
                "be signed once the equipment has been delivered and installed.",
                "anbei erhalten Sie den Leasingvertrag zur Unterschrift. Bitte "
                "unterschreiben Sie an den markierten Stellen, füllen Sie "
                "das SEPA-Lastschriftmandat aus und senden Sie alle Seiten "
                "an uns zurück. Die Übernahmebestätigung bitte erst nach Lieferung "
                "und Installation unterzeichnen.",
                "Veuillez trouver ci-joint votre contrat pour signature. Merci "
                "de signer aux emplacements indiqués, de compléter le mandat "
                "de prélèvement SEPA et de nous retourner l'ensemble. Le procès-verbal "
                "de livraison est à signer après installation.",
            ),
        )
        regards(
            f,
            s,
            lg,
            staff(h, "lease"),
            tr(lg, "New Business", "Vertragsabteilung", "Service contrats"),
        )
        pages += close(f.pages, s, h, numbers="none")
    f = sheets(s, h, f"{tr(lg, 'Agreement', 'Vertrag', 'Contrat')} {no}")
    caption(
        f,
        s,
        tr(lg, "HIRE AGREEMENT (LEASE)", "LEASINGVERTRAG", "CONTRAT DE LOCATION FINANCIÈRE"),
        3,
        rule=True,
    )
    f.page.text(w - m, f.y - 22, f"No. {no}", s.bold, s.size, "right")
    f.y = band(f.page, s, f.y, tr(lg, "Hirer", "Leasingnehmer", "Locataire"))
    f.y = fields(
        f.page,
        s,
        m,
        f.y + 4,
        w - 2 * m,
        [
            (tr(lg, "Name", "Firma", "Raison sociale"), shop_row()[0]),
            (tr(lg, "Address", "Anschrift", "Adresse"), f"{shop_row()[1]}, {shop_row()[2]}"),
            (
                tr(lg, "Company no.", "Handelsregister", "SIREN"),
                serial(keyed(who, "crn"), "99999999"),
            ),
            (tr(lg, "Contact", "Ansprechpartner", "Contact"), shop_staff("owner")),
        ],
        per=2,
        tall=24,
        hand=False,
    )
    f.y = band(f.page, s, f.y, tr(lg, "Supplier", "Lieferant", "Fournisseur"))
    f.y = fields(
        f.page,
        s,
        m,
        f.y + 4,
        w - 2 * m,
        [
            (
                tr(lg, "Name", "Firma", "Raison sociale"),
                rng.choice([r[0] for r in SENDERS["maker"][home()]]),
            ),
            (tr(lg, "Invoice value", "Kaufpreis netto", "Prix HT"), cash(kit[2], lg)),
        ],
        per=2,
        tall=24,
        hand=False,
    )
    f.y = band(
        f.page, s, f.y, tr(lg, "Equipment schedule", "Leasingobjekt", "Désignation du matériel")
    )
    cols = columns(m, w - m, [(0.5, "left"), (2.5, "left"), (3, "left"), (1.4, "left")])
    table(
        f,
        cols,
        [
            tr(lg, "Qty", "Anz.", "Qté"),
            tr(lg, "Model", "Typ", "Modèle"),
            tr(lg, "Description", "Beschreibung", "Description"),
            tr(lg, "Serial no.", "Serien-Nr.", "N° de série"),
        ],
        [["1", kit[0], kit[1], serial(rng, "AA9999999")]]
        + (
            [
                [
                    "1",
                    tr(lg, "Software licence RIP", "RIP-Softwarelizenz", "Licence RIP"),
                    tr(lg, "colour server", "Farbserver", "serveur couleur"),
                    "-",
                ]
            ]
            if "DP" in kit[0]
            else []
        ),
        s,
        rules=True,
    )
    f.y = band(f.page, s, f.y, tr(lg, "Rentals", "Leasingraten", "Loyers"))
    f.y = fields(
        f.page,
        s,
        m,
        f.y + 4,
        w - 2 * m,
        [
            (tr(lg, "Term", "Laufzeit", "Durée"), f"{months} {tr(lg, 'months', 'Monate', 'mois')}"),
            (
                tr(lg, "Quarterly rental", "Quartalsrate netto", "Loyer trimestriel HT"),
                cash(rent, lg),
            ),
            (tr(lg, "Number of rentals", "Anzahl Raten", "Nombre de loyers"), str(months // 3)),
            (
                tr(lg, "Documentation fee", "Bearbeitungsgebühr", "Frais de dossier"),
                cash(rng.choice([150.0, 195.0, 250.0]), lg),
            ),
        ],
        per=2,
        tall=24,
        hand=False,
    )
    write(
        f,
        s,
        tr(
            lg,
            "The hirer confirms that the terms overleaf have been read and "
            "accepted. This agreement is regulated by the terms overleaf only.",
            "Der Leasingnehmer bestätigt, die umseitigen Bedingungen zur Kenntnis "
            "genommen zu haben.",
            "Le locataire reconnaît avoir pris connaissance des conditions générales au verso.",
        ),
        s.size - 1.5,
    )
    f.need(60)
    bw = (w - 2 * m - 24) / 3
    signed = rng.random() < 0.7
    sign_box(
        f.page,
        s,
        m,
        f.y,
        bw,
        tr(lg, "Signed for the hirer", "Unterschrift Leasingnehmer", "Pour le locataire"),
        shop_staff("owner"),
        signed,
    )
    sign_box(
        f.page,
        s,
        m + bw + 12,
        f.y,
        bw,
        tr(lg, "Witness", "Zeuge", "Témoin"),
        shop_staff("office"),
        signed and lg == "en",
    )
    sign_box(
        f.page,
        s,
        m + 2 * (bw + 12),
        f.y,
        bw,
        tr(lg, "Signed for the lessor", "Leasinggeber", "Pour le bailleur"),
        staff(h, "sign"),
        rng.random() < 0.5,
    )
    f.y += 56
    agreement = f.pages
    terms = [
        small_print(
            rng,
            s,
            h,
            tr(
                lg,
                "Terms and Conditions of Hire",
                "Allgemeine Leasingbedingungen",
                "Conditions générales de location",
            ),
            LEASE_TERMS[lg][: 6 + 6 * k],
        )
        for k in range(rng.choice([1, 1, 2]))
    ]
    if len(terms) == 2:
        terms[0] = small_print(
            rng,
            s,
            h,
            tr(
                lg,
                "Terms and Conditions of Hire",
                "Allgemeine Leasingbedingungen",
                "Conditions générales de location",
            ),
            LEASE_TERMS[lg][:6],
        )
        terms[1] = small_print(
            rng,
            s,
            h,
            tr(
                lg,
                "Terms and Conditions of Hire (continued)",
                "Allgemeine Leasingbedingungen (Fortsetzung)",
                "Conditions générales (suite)",
            ),
            LEASE_TERMS[lg][6:],
        )
    q = Page(A4)
    y = heading(q, s, h)
    q.text(
        m,
        y + 4,
        tr(
            lg,
            "Instruction to your bank to pay by Direct Debit",
            "SEPA-Lastschriftmandat",
            "Mandat de prélèvement SEPA",
        ),
        s.bold,
        12,
    )
    y += 20
    y = fields(
        q,
        s,
        m,
        y,
        w - 2 * m,
        [
            (
                tr(lg, "Service user number", "Gläubiger-ID", "ICS"),
                serial(keyed(who, "sun"), "999999")
                if lg == "en"
                else serial(
                    keyed(who, "ci"), "DE99ZZZ09999999999" if lg == "de" else "FR99ZZZ999999"
                ),
            ),
            (tr(lg, "Reference", "Mandatsreferenz", "Référence unique du mandat"), no),
            (
                tr(lg, "Name of account holder", "Kontoinhaber", "Titulaire du compte"),
                shop_row()[0] if signed else "",
            ),
            (
                tr(lg, "Bank", "Kreditinstitut", "Banque"),
                rng.choice(["Barclays", "NatWest", "Lloyds"])
                if lg == "en"
                else rng.choice(["Sparkasse", "Volksbank", "Commerzbank"])
                if lg == "de"
                else rng.choice(["Crédit Mutuel", "CIC", "BNP Paribas"]),
            ),
            (
                "Sort code / account" if lg == "en" else "IBAN",
                (
                    f"{rng.randint(10, 99)}-{rng.randint(10, 99)}-{rng.randint(10, 99)} "
                    f"{rng.randint(10000000, 99999999)}"
                    if lg == "en"
                    else f"{lg.upper()}{rng.randint(10, 99)} {rng.randint(1000, 9999)} "
                    f"{rng.randint(1000, 9999)} {rng.randint(1000, 9999)} {rng.randint(1000, 9999)}"
                )
                if signed
                else "",
            ),
            ("BIC", "" if lg == "en" else (serial(rng, "AAAAAA9A") if signed else "")),
        ],
        per=2,
        tall=28,
    )
    y = text_small(q, s, m, y, w - 2 * m, prose(rng, lg, "legal", 2, 3))
    sign_box(
        q,
        s,
        m,
        y + 6,
        (w - 2 * m) / 2,
        tr(lg, "Signature(s) / date", "Ort, Datum, Unterschrift", "Date et signature"),
        shop_staff("owner"),
        signed,
    )
    mandate = q
    q2 = Page(A4)
    y = heading(q2, s, h)
    q2.text(
        m,
        y + 4,
        tr(
            lg,
            "DELIVERY AND ACCEPTANCE CERTIFICATE",
            "ÜBERNAHMEBESTÄTIGUNG",
            "PROCÈS-VERBAL DE LIVRAISON ET DE CONFORMITÉ",
        ),
        s.bold,
        12,
    )
    y += 24
    y = text_small(
        q2,
        s,
        m,
        y,
        w - 2 * m,
        tr(
            lg,
            f"Agreement {no}. We confirm that the equipment described below "
            "has been delivered, installed and is in full working order, "
            "and we accept it for the purposes of the agreement.",
            f"Vertrag {no}. Wir bestätigen, dass das nachstehend bezeichnete "
            "Leasingobjekt vollständig geliefert, installiert und funktionsfähig "
            "übernommen wurde.",
            f"Contrat {no}. Nous certifions que le matériel désigné ci-dessous "
            "a été livré, installé et est conforme à la commande.",
        ),
    )
    y = fields(
        q2,
        s,
        m,
        y + 4,
        w - 2 * m,
        [
            (tr(lg, "Equipment", "Objekt", "Matériel"), kit[0]),
            (tr(lg, "Delivery date", "Lieferdatum", "Date de livraison"), ""),
            (tr(lg, "Installed at", "Standort", "Lieu d'installation"), shop_row()[2]),
            (tr(lg, "Serial no.", "Serien-Nr.", "N° de série"), ""),
        ],
        per=2,
        tall=28,
    )
    sign_box(
        q2,
        s,
        m,
        y + 6,
        (w - 2 * m) / 2,
        tr(
            lg,
            "Signature and stamp of hirer",
            "Unterschrift und Stempel Leasingnehmer",
            "Signature et cachet du locataire",
        ),
        "",
        False,
    )
    pages += close(agreement + terms + [mandate, q2], s, h)
    remember(None, d)
    return pages


METERS = {
    "en": ["Black A4", "Colour A4", "Colour SRA3", "Long sheet (>488 mm)"],
    "de": ["Schwarz A4", "Farbe A4", "Farbe SRA3", "Überlänge (>488 mm)"],
    "fr": ["Noir A4", "Couleur A4", "Couleur SRA3", "Format long (>488 mm)"],
}


def tpl_click_invoice(rng: random.Random, who: Issuer) -> list[Page]:
    """A digital press supplier's meter-reading (click charge) invoice: the machine and
    serial, the period, a table of counters with previous and current reading, copies used,
    included volume, billable clicks and rate; now and then the meter readings as submitted
    on a second page."""
    h = head_of(who, keyed(who, "clk").choice(["maker", "lessor"]), abroad=0.1)
    lg = h.lang
    s = style_of(h, A4)
    w, _hh = A4
    m = s.margin
    ex = LAST["extra"]
    if after(("click_invoice",)) and isinstance(ex, tuple) and len(ex) == 3 and ex[0] == h.name:
        start, prev = add_months(ex[1], 1), ex[2]
    else:
        start = add_months(month(), -1)
        r0 = keyed(who, "meters")
        prev = [r0.randint(100_000, 3_000_000) for _ in METERS[lg]]
    end = add_months(start, 1) - timedelta(days=1)
    d = end + timedelta(days=rng.randint(2, 8))
    model = rng.choice([p for p in PRESSES if "Halcyon" in p])
    sn = serial(keyed(who, "sn" + model), "HD99A99999")
    inv = serial(rng, "MR9999999")
    f = sheets(s, h, f"{tr(lg, 'Meter invoice', 'Zählerabrechnung', 'Facture compteurs')} {inv}")
    recipient(
        f,
        s,
        h,
        shop_lines(),
        d,
        [
            (tr(lg, "Invoice", "Rechnung", "Facture"), inv),
            (tr(lg, "Contract", "Vertrag", "Contrat"), serial(keyed(who, "ct"), "SC-99999")),
        ],
    )
    caption(f, s, tr(lg, "METER READING INVOICE", "KLICKABRECHNUNG", "FACTURE DE COMPTEURS"), 3)
    write(
        f,
        s,
        f"{model}  -  {tr(lg, 'Serial', 'Serien-Nr.', 'N° série')} {sn}  - "
        f" {tr(lg, 'Period', 'Zeitraum', 'Période')} {short(start, lg)} - {short(end, lg)}",
        s.size - 0.5,
    )
    rates = [0.0055, 0.039, 0.068, 0.12]
    cur = []
    rows = []
    net = 0.0
    for k, name in enumerate(METERS[lg]):
        used = rng.randint(0, 40000) if k != 3 else rng.randint(0, 900)
        c = prev[k] + used
        cur.append(c)
        inc = 0 if k else rng.choice([0, 5000])
        bill = max(0, used - inc)
        v = round(bill * rates[k], 2)
        net += v
        rows.append(
            [
                name,
                f"{prev[k]:,}",
                f"{c:,}",
                f"{used:,}",
                f"{inc:,}",
                f"{bill:,}",
                num(rates[k], lg, 4),
                money(v, lg),
            ]
        )
    cols = columns(
        m,
        w - m,
        [
            (1.8, "left"),
            (1.1, "right"),
            (1.1, "right"),
            (0.9, "right"),
            (0.8, "right"),
            (0.9, "right"),
            (0.8, "right"),
            (1, "right"),
        ],
    )
    table(
        f,
        cols,
        [
            tr(lg, "Counter", "Zähler", "Compteur"),
            tr(lg, "Previous", "Alt", "Précédent"),
            tr(lg, "Current", "Neu", "Actuel"),
            tr(lg, "Used", "Verbrauch", "Consommé"),
            tr(lg, "Incl.", "Frei", "Inclus"),
            tr(lg, "Billable", "Berechnet", "Facturé"),
            tr(lg, "Rate", "Preis", "Prix"),
            tr(lg, "Amount", "Betrag", "Montant"),
        ],
        rows,
        s,
        size=s.size - 2,
        rules=True,
    )
    if rng.random() < 0.5:
        mn = rng.choice([150.0, 250.0])
        if net < mn:
            write(
                f,
                s,
                tr(
                    lg,
                    f"Minimum monthly charge applies: {cash(mn, lg)}",
                    f"Mindestumsatz pro Monat: {cash(mn, lg)}",
                    f"Minimum de facturation mensuel : {cash(mn, lg)}",
                ),
                s.size - 1,
            )
            net = mn
    totals(f, s, lg, round(net, 2), vat_rate(lg))
    write(
        f,
        s,
        tr(
            lg,
            "Readings received via remote meter reading.",
            "Zählerstände per Fernabfrage übermittelt.",
            "Relevés transmis par télérelève.",
        ),
        s.size - 1.5,
    )
    pages = f.pages
    if rng.random() < 0.3:
        pages = close(pages, s, h)
        q = Page(A4)
        y = heading(q, s, h)
        q.text(
            m,
            y + 4,
            tr(lg, "Meter reading history", "Zählerstandshistorie", "Historique des relevés"),
            s.bold,
            12,
        )
        y += 24
        cols = columns(m, w - m, [(1.4, "left")] + [(1, "right")] * len(METERS[lg]))
        for c, t in zip(
            cols, [tr(lg, "Reading date", "Ablesedatum", "Date")] + METERS[lg], strict=True
        ):
            cell(q, c, y, t, s.bold, 7.5)
        y += 14
        vals = list(prev)
        for k in range(rng.randint(6, 12)):
            dd = add_months(start, -k)
            q.text(m, y, short(dd, lg), s.font, 8)
            for j, c in enumerate(cols[1:]):
                cell(q, c, y, f"{vals[j]:,}", s.font, 8)
                vals[j] = max(0, vals[j] - rng.randint(0, 30000))
            y += 12
        pages.append(q)
    else:
        pages = close(pages, s, h)
    received(rng, pages[0], d, 0.3)
    remember(None, d, (h.name, start, cur))
    return pages


def tpl_hse_inspection(rng: random.Random, who: Issuer) -> list[Page]:
    """A health and safety inspection report: the covering letter, then the report (items
    inspected with result and priority: guillotine guards and interlocks, local exhaust
    ventilation, racking, forklift, first aid, fire exits), a page of photos with captions and
    the action plan with columns for the shop to fill in; numbered on the report pages."""
    h = head_of(who, "inspector")
    lg = h.lang
    s = style_of(h, A4)
    w, _hh = A4
    m = s.margin
    d = some_day(rng)
    visit = d - timedelta(days=rng.randint(5, 20))
    ref = serial(rng, "HS/99/9999")
    insp = staff(h, "insp")
    f0 = sheets(s, h)
    recipient(f0, s, h, shop_lines(mx(shop_staff("owner"), lg)), d, [(our_ref(h), ref)])
    caption(
        f0,
        s,
        tr(
            lg,
            f"Health and safety inspection on {day(h, visit)}",
            f"Sicherheitstechnische Begehung am {day(h, visit)}",
            f"Visite de prévention du {day(h, visit)}",
        ),
        1,
    )
    f0.page.text(m, f0.y, dear(lg, None), s.font, s.size)
    f0.y += s.size * 2
    write(
        f0,
        s,
        tr(
            lg,
            "Thank you for your time during our visit. Our report is enclosed. "
            "Please address the items in the action plan within the timescales "
            "given and return the completed plan to us.",
            "vielen Dank für die Begleitung bei unserer Begehung. Anbei erhalten "
            "Sie unseren Bericht. Bitte beheben Sie die Mängel fristgerecht "
            "und senden Sie uns den ausgefüllten Maßnahmenplan zurück.",
            "Nous vous remercions de votre accueil. Veuillez trouver ci-joint "
            "notre rapport. Merci de traiter les points du plan d'actions "
            "dans les délais indiqués et de nous retourner le plan complété.",
        ),
    )
    regards(
        f0,
        s,
        lg,
        insp,
        tr(lg, "Health & Safety Consultant", "Fachkraft für Arbeitssicherheit", "Préventeur"),
    )
    letter = close(f0.pages, s, h, numbers="none")
    items = {
        "en": [
            "Guillotine - light curtain and two-hand control",
            "Folding machine - guards",
            "Local exhaust ventilation (wash-up)",
            "Pallet racking - damage inspection",
            "Forklift - thorough examination due",
            "Chemical store - labelling, bunding",
            "First aid box and trained first aiders",
            "Fire exits and escape routes",
            "Noise assessment - press hall",
            "Manual handling - paper reels and boxes",
            "Electrical installation - portable appliances",
        ],
        "de": [
            "Schneidemaschine - Lichtvorhang, Zweihandschaltung",
            "Falzmaschine - Schutzhauben",
            "Absaugung Waschplatz",
            "Palettenregale - Beschädigungen",
            "Gabelstapler - UVV-Prüfung fällig",
            "Gefahrstofflager - Kennzeichnung, Auffangwanne",
            "Erste-Hilfe-Material, Ersthelfer",
            "Notausgänge und Fluchtwege",
            "Lärmmessung Drucksaal",
            "Heben und Tragen - Papierpaletten",
            "Ortsveränderliche elektrische Betriebsmittel",
        ],
        "fr": [
            "Massicot - barrage immatériel et commande bimanuelle",
            "Plieuse - carters de protection",
            "Aspiration poste de lavage",
            "Rayonnages - contrôle des dommages",
            "Chariot élévateur - VGP à faire",
            "Local produits chimiques - étiquetage, rétention",
            "Trousse de secours et SST",
            "Issues de secours et dégagements",
            "Évaluation du bruit - salle des machines",
            "Manutention - palettes de papier",
            "Installations électriques - appareils portatifs",
        ],
    }[lg]
    report_name = tr(lg, "Inspection report", "Begehungsbericht", "Rapport de visite")
    header = f"{report_name} {ref} - {shop_row()[0]}"
    f = sheets(s, h, header)
    caption(
        f, s, tr(lg, "INSPECTION REPORT", "BEGEHUNGSBERICHT", "RAPPORT DE VISITE"), 3, rule=True
    )
    f.y = (
        pairs(
            f.page,
            s,
            m,
            f.y,
            [
                (
                    tr(lg, "Premises", "Betrieb", "Établissement"),
                    f"{shop_row()[0]}, {shop_row()[2]}",
                ),
                (tr(lg, "Date of visit", "Datum", "Date"), day(h, visit)),
                (tr(lg, "Inspector", "Prüfer", "Intervenant"), insp),
                (tr(lg, "Accompanied by", "Begleitung", "Accompagné de"), shop_staff("office")),
            ],
            w - m,
            s.size,
        )
        + 10
    )
    cols = columns(m, w - m, [(0.4, "left"), (3.6, "left"), (1.3, "left"), (0.8, "center")])
    chosen = rng.sample(items, rng.randint(6, len(items)))
    res = [rng.choices([0, 1, 2], [5, 3, 1])[0] for _ in chosen]
    results = [
        tr(lg, "Satisfactory", "i.O.", "Conforme"),
        tr(lg, "Improvement", "Mangel", "À améliorer"),
        tr(lg, "Action now", "Sofort beheben", "Action immédiate"),
    ]
    table(
        f,
        cols,
        [
            "#",
            tr(lg, "Item inspected", "Prüfgegenstand", "Point contrôlé"),
            tr(lg, "Result", "Ergebnis", "Résultat"),
            tr(lg, "Priority", "Priorität", "Priorité"),
        ],
        [
            [str(k + 1), t, results[r], ["-", "B", "A"][r]]
            for k, (t, r) in enumerate(zip(chosen, res, strict=True))
        ],
        s,
        rules=True,
        step=1.9,
    )
    caption(f, s, tr(lg, "Observations", "Feststellungen", "Observations"), 0)
    for k, r in enumerate(res):
        if r:
            write(f, s, f"{k + 1}. " + prose(rng, lg, "safety", 1, 2), s.size - 0.5)
    report = f.pages
    photos = [k for k, r in enumerate(res) if r]
    if photos and rng.random() < 0.7:
        q = Page(A4)
        y = running_header(q, s, header) + 10
        q.text(m, y, tr(lg, "Photographs", "Fotodokumentation", "Photos"), s.bold, 12)
        y += 16
        pw = (w - 2 * m - 16) / 2
        for j, k in enumerate(photos[:4]):
            x = m + (j % 2) * (pw + 16)
            yy = y + (j // 2) * 250
            photo(q, x, yy, pw, 200, rng)
            q.text(
                x,
                yy + 214,
                fit(f"{tr(lg, 'Fig.', 'Abb.', 'Photo')} {j + 1}: {chosen[k]}", s.font, 8, pw),
                s.font,
                8,
            )
        report.append(q)
    fp = sheets(paper(s, A4L, margin=40), h, header, top=False)
    fp.y = 50
    fp.page.text(40, fp.y, tr(lg, "ACTION PLAN", "MASSNAHMENPLAN", "PLAN D'ACTIONS"), s.bold, 13)
    fp.y += 22
    lw = A4L[0]
    cols = columns(
        40,
        lw - 40,
        [
            (0.4, "left"),
            (3.2, "left"),
            (3.6, "left"),
            (0.7, "center"),
            (1, "left"),
            (1.2, "left"),
            (1, "left"),
        ],
    )
    rows = []
    for k, r in enumerate(res):
        if r:
            rows.append(
                [
                    str(k + 1),
                    chosen[k],
                    words(rng, lg, "safety", rng.randint(5, 9)),
                    ["-", "B", "A"][r],
                    short(d + timedelta(days=[0, 90, 14][r]), lg),
                    "",
                    "",
                ]
            )
    rows = rows or [
        ["-", tr(lg, "No actions", "Keine Maßnahmen", "Aucune action"), "", "", "", "", ""]
    ]
    table(
        fp,
        cols,
        [
            "#",
            tr(lg, "Item", "Prüfgegenstand", "Point"),
            tr(lg, "Action required", "Maßnahme", "Action à mener"),
            tr(lg, "Prio", "Prio", "Prio"),
            tr(lg, "By", "Frist", "Échéance"),
            tr(lg, "Responsible", "Verantwortlich", "Responsable"),
            tr(lg, "Done", "Erledigt", "Fait le"),
        ],
        rows,
        paper(s, A4L, margin=40),
        size=8,
        rules=True,
        step=2.6,
    )
    report += fp.pages
    number_pages(
        report,
        s,
        rng.choice(
            ["Page {i} of {n}", "{i}/{n}"] if lg != "de" else ["Seite {i} von {n}", "- {i} -"]
        ),
        "bc",
        bottom=20,
    )
    remember(None, d)
    return letter + report


def tpl_press_pass(rng: random.Random, who: Issuer) -> list[Page]:
    """The shop's press pass sheet signed by the customer at the press: job, press, sheet and
    time, check boxes for colour, register and position, the density and dot gain readings
    per colour (target, measured, dE), comments and the customer's 'OK to print'; now and then
    a copy of the signed press sheet behind it."""
    job = job_for(rng, ("proof_approval", "customer_po", "job_ticket"), who)
    h = shop_head()
    lg = home()
    s = style_of(h, A4, margin=44, pt=9)
    w, _hh = A4
    m = s.margin
    d = last_day(rng, ("proof_approval", "job_ticket"), (1, 5))
    p = Page(A4)
    y = heading(p, s, h)
    p.text(
        m,
        y + 4,
        tr(lg, "PRESS PASS", "ANDRUCKFREIGABE / FARBABSTIMMUNG", "BON À ROULER"),
        s.bold,
        15,
    )
    y += 24
    y = fields(
        p,
        s,
        m,
        y,
        w - 2 * m,
        [
            (tr(lg, "Job no.", "Auftrag", "Dossier"), job.ref),
            (tr(lg, "Customer", "Kunde", "Client"), job.customer[0]),
            (tr(lg, "Job", "Bezeichnung", "Travail"), job.title),
            (tr(lg, "Press", "Maschine", "Machine"), job.press),
            (
                tr(lg, "Side / form", "Seite / Form", "Recto / forme"),
                rng.choice(
                    [
                        "A/1",
                        "B/1",
                        tr(lg, "front", "Schöndruck", "recto"),
                        tr(lg, "back", "Widerdruck", "verso"),
                    ]
                ),
            ),
            (
                tr(lg, "Date / time", "Datum / Uhrzeit", "Date / heure"),
                f"{short(d, lg)} {rng.randint(6, 21)}:{rng.randint(0, 59):02d}",
            ),
        ],
        per=2,
        tall=24,
    )
    y = band(p, s, y, tr(lg, "Checked", "Geprüft", "Contrôlé"))
    y = ticks(
        p,
        s,
        m + 4,
        y + 6,
        w - 2 * m - 8,
        [
            tr(lg, "Colour to proof", "Farbe nach Proof", "Couleur / épreuve"),
            tr(lg, "Register", "Passer", "Repérage"),
            tr(lg, "Position / trim", "Stand / Beschnitt", "Position / coupe"),
            tr(lg, "Text complete", "Text vollständig", "Textes complets"),
            tr(lg, "Varnish", "Lack", "Vernis"),
        ],
        set(range(rng.randint(3, 5))),
    )
    y = band(
        p,
        s,
        y + 2,
        tr(lg, "Measurements (ISO 12647-2)", "Messwerte (ISO 12647-2)", "Mesures (ISO 12647-2)"),
    )
    cols = columns(
        m,
        w - m,
        [(1.2, "left"), (1, "right"), (1, "right"), (1, "right"), (1, "right"), (1, "right")],
    )
    y += 10
    for c, t in zip(
        cols,
        [
            tr(lg, "Colour", "Farbe", "Couleur"),
            tr(lg, "Density target", "Dichte Soll", "Densité cible"),
            tr(lg, "Density", "Dichte Ist", "Densité"),
            tr(lg, "TVI 50% target", "TWZ 50% Soll", "EP 50% cible"),
            tr(lg, "TVI 50%", "TWZ 50% Ist", "EP 50%"),
            "dE00",
        ],
        strict=True,
    ):
        cell(p, c, y, t, s.bold, 7.5)
    y += 14
    colours = [
        ("Cyan", 1.45, 14),
        ("Magenta", 1.40, 14),
        (tr(lg, "Yellow", "Gelb", "Jaune"), 1.30, 14),
        (tr(lg, "Black", "Schwarz", "Noir"), 1.75, 17),
    ]
    if "Pantone" in job.colours or rng.random() < 0.2:
        colours.append(("Pantone 286 C", 1.50, 15))
    for name, dens, tvi in colours:
        vals = [
            name,
            num(dens, lg),
            num(dens + rng.uniform(-0.08, 0.08), lg),
            f"{tvi}%",
            f"{tvi + rng.randint(-3, 3)}%",
            num(rng.uniform(0.4, 3.5), lg, 1),
        ]
        for k, (c, t) in enumerate(zip(cols, vals, strict=True)):
            cell(p, c, y, t, HAND if k in (2, 4, 5) else s.font, 9)
        p.line(m, y + 4, w - m, y + 4)
        y += 15
    y += 6
    p.rect(m, y, w - 2 * m, 70)
    p.text(m + 4, y + 9, tr(lg, "Comments", "Anmerkungen", "Commentaires"), s.font, 6.5)
    for k in range(rng.randint(0, 3)):
        hand(
            p,
            m + 10,
            y + 24 + 14 * k,
            fit(
                rng.choice(
                    [
                        tr(
                            job.lang,
                            "a touch more magenta in skin tones",
                            "Hauttöne etwas mehr Magenta",
                            "un peu plus de magenta dans les carnations",
                        ),
                        tr(job.lang, "black text ok", "Schwarz ok", "noir ok"),
                        tr(
                            job.lang,
                            "watch ink on page 7",
                            "S. 7 Farbe beobachten",
                            "surveiller p. 7",
                        ),
                        words(rng, job.lang, "print", 5),
                    ]
                ),
                HAND,
                9,
                w - 2 * m - 20,
            ),
            9,
        )
    y += 82
    ok = rng.random() < 0.85
    box(p, m + 6, y, ok, 11)
    p.text(m + 24, y, tr(lg, "OK to print", "Gut zum Druck", "Bon à rouler"), s.bold, 11)
    box(p, m + 180, y, not ok, 11)
    p.text(
        m + 198,
        y,
        tr(
            lg,
            "Not OK - adjust and show again",
            "Nicht ok - korrigieren",
            "Non - corriger et représenter",
        ),
        s.font,
        9,
    )
    y += 16
    bw = (w - 2 * m - 12) / 2
    signer = f"{rng.choice(FIRSTS[job.lang])} {rng.choice(LASTS[job.lang])}"
    sign_box(p, s, m, y, bw, tr(lg, "Customer", "Kunde", "Client"), signer)
    sign_box(
        p, s, m + bw + 12, y, bw, tr(lg, "Printer", "Drucker", "Conducteur"), shop_staff("press")
    )
    pages = [p]
    if rng.random() < 0.35:
        q = Page(A4L)
        lw, lh = A4L
        copier = rng.uniform(0.4, 0.6)
        q.rect(0, 0, lw, 14, fill=copier)
        q.rect(lw - 12, 0, 12, lh, fill=copier + 0.1)
        bx, by, bwid, bht = 40.0, 40.0, lw - 80, lh - 110
        crop_marks(q, bx, by, bwid, bht)
        for k in range(rng.choice([2, 4])):
            cw = bwid / rng.choice([2, 4])
            if bx + (k + 1) * cw <= bx + bwid + 1:
                artwork(rng, q, bx + k * cw, by, cw, bht, job)
        colour_bar(q, bx, lh - 60, bwid, True)
        scrawl(q, lw - 260, lh - 80, signer, 16)
        hand(q, lw - 260, lh - 94, f"OK {short(d, job.lang)}", 12)
        pages.append(q)
    remember(job, d)
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
    "customer_po": tpl_customer_po,
    "proof_approval": tpl_proof_approval,
    "job_ticket": tpl_job_ticket,
    "delivery_note": tpl_delivery_note,
    "paper_invoice": tpl_paper_invoice,
    "mill_certificate": tpl_mill_certificate,
    "consumables_invoice": tpl_consumables_invoice,
    "credit_note": tpl_credit_note,
    "statement": tpl_statement,
    "price_notice": tpl_price_notice,
    "service_report": tpl_service_report,
    "service_invoice": tpl_service_invoice,
    "courier_manifest": tpl_courier_manifest,
    "pod": tpl_pod,
    "fsc_audit": tpl_fsc_audit,
    "exhibition": tpl_exhibition,
    "lease_agreement": tpl_lease_agreement,
    "click_invoice": tpl_click_invoice,
    "hse_inspection": tpl_hse_inspection,
    "press_pass": tpl_press_pass,
}
TEMPLATES_DDD: dict[str, Template] = {k: tracked(k, t) for k, t in KINDS.items()}
#: Kinds that a pile often holds 2-4 of in a row from one sender.
RUN_KINDS = (
    "customer_po",
    "job_ticket",
    "delivery_note",
    "paper_invoice",
    "consumables_invoice",
    "mill_certificate",
    "pod",
    "click_invoice",
)
#: A kind often followed by a related paper.
FOLLOWS = {
    "customer_po": "proof_approval",
    "job_ticket": "delivery_note",
    "paper_invoice": "mill_certificate",
    "service_report": "service_invoice",
    "courier_manifest": "pod",
}


# ---------------------------------------------------------------------------------------------
# Streams and generation (same files and labels as corpus.generate)
# ---------------------------------------------------------------------------------------------


def make_demijohn_stream(rng: random.Random, n_docs: int, separators: bool) -> Stream:
    """One shop's pile: ``corpus.make_stream`` with batch runs (after a run kind, 1-3 more of
    the same kind from the same sender follow with probability 0.6) and companions (each kind
    in ``FOLLOWS`` is followed by its related paper with probability 0.5). The shop (country,
    name, month) is drawn once per stream."""
    r = random.Random(rng.getrandbits(32))
    lang = r.choice(["en", "en", "de", "de", "fr"])
    SHOP["lang"] = lang
    SHOP["row"] = r.randrange(len(SHOPS[lang]))
    SHOP["seed"] = r.getrandbits(24)
    SHOP["month"] = date(r.choice([2024, 2025]), r.randint(1, 12), 1)
    LAST.update(kind="", job=None, day=None, extra=None)
    run_odds = dict.fromkeys(RUN_KINDS, 0.6)
    return assemble_stream(
        rng, TEMPLATES_DDD, n_docs, separators, run_odds, run_len=(1, 3), follows=FOLLOWS
    )


generate = part_generate(PART, SEED_OFFSET, make_demijohn_stream, "templates DDD")


def main(argv: list[str]) -> int:
    return part_main(argv, __doc__, PART, generate, scanned=12)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

"""Griddle part of the generated corpus: templates XXXX, written blind for the next measurement.

A part of its own, ``griddle``. Its templates were written without looking at the boundary
detector, its documentation, its tuning or its evaluation, as the pile the office of a small
natural cosmetics and soap manufacturer with a workshop and an online shop (the founder, a
formulator, two production staff and a dispatch clerk; in England, Germany or France) feeds
through its scanner in a month: essential oil and raw material suppliers' invoices with a
certificate of analysis for each lot of oil behind and now and then an IFRA conformity
certificate; the suppliers' safety data sheets (sixteen sections, a running header and
'Page i of n' of their own); safety assessors' cosmetic product safety reports (CPSR) with a
cover sheet, the quantitative formula, the margin of safety table (sometimes on a landscape
page), part B and the assessor's signed declaration; responsible person agreements with the
clauses, the product schedule, the fee schedule and a signature page; CPNP / SCPN notification
printouts from the portal, one per product; the workshop's own batch manufacturing records
filled in by hand (weighing table, process steps with tick boxes, quality checks, cure and
release), sometimes with a copy of the batch label; packaging suppliers' order confirmations
(amber glass, pumps, tins, cartons), now and then with the conditions of sale, and their
delivery notes on A5, A4 or a narrow handheld slip, signed on receipt; stockists' and
wholesale orders (the maker's trade order form filled in by hand, or the shop's own purchase
order) and the maker's own wholesale invoices; marketplace payout statements with the orders
and fees (some on Letter, some with a landscape transaction list); payment provider statements
with daily payouts and a fee invoice page; trading standards letters (County Council Trading
Standards, Gewerbeaufsicht / Landesuntersuchungsamt, DDPP / DGCCRF) about labelling, with a
sampling record annex, and the maker's reply with the corrective actions and the revised label
proof; organic and natural cosmetics certification inspection reports (COSMOS, NATRUE) with
the scope ticks, the checklist by section, the non-conformities, both signatures and the
product list on a landscape annex; couriers' invoices whose consignment lists run over pages;
trade fair stand bookings with the hall plan and the participation conditions; product
liability insurance schedules from a broker, sometimes with the broker's covering letter and
the endorsements; label printers' artwork proofs with the approval box; contract
laboratories' challenge test (preservative efficacy) reports. Each stream is one maker's pile:
the maker (country, name, month, staff) is drawn once per stream; its senders are of the
maker's country and write in its language, except that oil suppliers, responsible persons,
marketplaces and labs are now and then from abroad and write in their own. Page sizes range
from narrow handheld slips and A5 notes to A4, Letter and landscape A4.

Labelling rule: what one sender issues in one go is one document, as the maker files it: the
certificates of analysis and the IFRA certificate behind an oil supplier's invoice; the cover
sheet, the landscape safety table and the signed declaration of a CPSR; the schedules and the
signature page of a responsible person agreement; both pages of one notification printout; the
label copy on a batch record; the conditions of sale on the back of an order confirmation; the
transaction pages of a marketplace statement; the fee invoice page of a payment provider
statement; the sampling record annex of a trading standards letter; the revised label proof
enclosed with the maker's reply; the product list annex of an inspection report; the consignment
pages of a courier invoice; the hall plan and the conditions of a stand booking; the covering
letter and the endorsements of an insurance schedule. Related papers are documents of their
own: the safety data sheet after the invoice for the oil, the delivery note after the order
confirmation, the maker's invoice after a stockist's order, the maker's reply after a trading
standards letter, the CPSR after the challenge test report and the notification after the
CPSR; and so is each notification, batch record, order, invoice, delivery note, label proof and
courier invoice of a run.

Streams are assembled like ``corpus.make_stream`` (same separator sheets, same 30% chance of
repeating the previous kind and sender), plus batch runs: notifications, batch records,
stockists' orders, wholesale invoices, label proofs, courier invoices and delivery notes often
come 2-4 in a row from one sender with other products, batches, dates, numbers and amounts
(a run of the maker's trade order forms is the forms several shops filled in at a fair);
and companions: each related paper above often follows the document it answers, about the same
oil, order, product or letter. Drawn with ``corpus.draw_pdf``, scanned with ``corpus.scan`` and
labelled exactly like ``corpus.generate`` with ``"split": "griddle"`` and seeds offset by
10_100_000.

Usage: ``python benchmarks/corpus_griddle.py OUT_DIR [--streams N] [--scanned N] [--seed S]``
writes ``OUT_DIR/griddle/griddle_{born_digital,scanned}_NNNNNNN.{pdf,json}``.
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
    pairs,
    paper,
    part_generate,
    part_main,
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
)
from corpus_kit import address as window

PART = "griddle"
SEED_OFFSET = 10_100_000

MM = 72 / 25.4
SLIP = (80 * MM, 170 * MM)
A4L = landscape(A4)
LANGS3 = ("en", "de", "fr")

# ---------------------------------------------------------------------------------------------
# Who writes: the maker and its outside senders, by country
# ---------------------------------------------------------------------------------------------

Row = tuple[str, str, str, str]  # name, street, town, telephone
MAKERS: dict[str, list[Row]] = {
    "en": [
        ("Hedgerow & Thyme Soap Co.", "Unit 3, Tannery Yard", "Frome BA11 1BG", "01373 455 210"),
        ("Wild Meadow Botanicals Ltd", "The Old Dairy, Corve Street", "Ludlow SY8 1DA", ""),
        ("Saltmarsh Soapworks Ltd", "4 Quay Street", "Whitby YO21 3DH", "01947 600 318"),
    ],
    "de": [
        ("Seifenmanufaktur Lindenblüte", "Mühlgasse 9", "69117 Heidelberg", "06221 43 18 52"),
        ("Kräuterwerk Naturkosmetik GmbH", "Am Gänsemarkt 4", "37073 Göttingen", "0551 38 90 4"),
        ("Alpenmohn Naturseifen e.K.", "Marktplatz 12", "83278 Traunstein", "0861 98 77 31"),
    ],
    "fr": [
        ("Savonnerie des Alpilles", "Chemin du Mas Neuf", "13210 Saint-Rémy-de-Provence", ""),
        ("Atelier Sève & Argile SARL", "14 rue des Tanneurs", "84000 Avignon", "04 90 82 11 47"),
        ("La Ruche Cosmétique SAS", "3 place du Marché", "26110 Nyons", "04 75 26 08 93"),
    ],
}
SENDERS: dict[str, dict[str, list[Row]]] = {
    "oils": {
        "en": [
            ("Aromantica Oils Ltd", "Unit 12, Brunel Park", "Swindon SN2 8BA", "01793 512 640"),
            ("Fenland Botanical Supplies", "Marsh Road", "Wisbech PE13 2QB", "01945 477 020"),
            ("The Soapmakers' Store Ltd", "Mill House, Canal Street", "Leicester LE1 3NF", ""),
        ],
        "de": [
            ("Primavera Rohstoffhandel GmbH", "Industriestraße 17", "87477 Sulzberg", ""),
            ("Ölmühle Sonnentau KG", "Am Mühlbach 3", "74405 Gaildorf", "07971 95 22 0"),
            ("Kosmetik-Rohstoffe Nord GmbH", "Hafenstraße 60", "24143 Kiel", "0431 70 55 18"),
        ],
        "fr": [
            ("Distillerie du Haut-Var SAS", "Route de Moustiers", "04500 Riez", "04 92 77 80 12"),
            ("Huiles & Beurres de Provence", "ZA Les Paluds", "13400 Aubagne", ""),
            ("Aroma-Zone Pro SAS", "25 rue de l'Abbé Grégoire", "75006 Paris", ""),
        ],
    },
    "pack": {
        "en": [
            ("Glassworks Packaging Ltd", "Lancaster Road", "Barnsley S71 5EJ", "01226 733 900"),
            ("Pennine Containers", "Calder Trading Estate", "Huddersfield HD5 0RR", ""),
        ],
        "de": [
            ("Flaschenwelt Verpackungen GmbH", "Gewerbering 22", "96317 Kronach", ""),
            ("Dosen & Tiegel Handels GmbH", "Ernst-Abbe-Straße 5", "63303 Dreieich", ""),
        ],
        "fr": [
            ("Verpack Sud SARL", "Avenue de la Gare", "84300 Cavaillon", "04 90 71 22 05"),
            ("Flacons & Co SAS", "ZI de la Plaine", "42160 Andrézieux", ""),
        ],
    },
    "assessor": {
        "en": [
            ("Cosmetic Safety Assessments Ltd", "2 Riverside Court", "Bath BA2 3DZ", ""),
            ("Dr Fiona Ashworth PhD CChem", "17 Kingsdown Parade", "Bristol BS6 5UD", ""),
        ],
        "de": [
            ("Sicherheitsbewertung Dr. Brenner", "Schlossstraße 31", "70176 Stuttgart", ""),
            ("KosmetikRegulatory GmbH", "Theodor-Heuss-Ring 8", "50668 Köln", ""),
        ],
        "fr": [
            ("Cabinet Évaluation Cosmétique", "11 rue Vauban", "69006 Lyon", ""),
            ("Dr Anne-Laure Chassagne, toxicologue", "6 allée des Cèdres", "34000 Montpellier", ""),
        ],
    },
    "rp": {
        "en": [
            ("UK Cosmetics Compliance Ltd", "Suite 4, 10 Queen Street", "Manchester M2 5JB", ""),
            ("Responsible Person Services Ltd", "Kemp House, 160 City Road", "London EC1V 2NX", ""),
        ],
        "de": [
            ("EU-Cosmetics Verantwortliche Person GmbH", "Hansaallee 201", "40549 Düsseldorf", ""),
        ],
        "fr": [
            ("Personne Responsable Europe SAS", "8 rue de la Bourse", "69002 Lyon", ""),
        ],
    },
    "ts": {
        "en": [
            ("Somerset Council - Trading Standards", "County Hall", "Taunton TA1 4DY", ""),
            (
                "Shropshire Council Trading Standards",
                "Shirehall, Abbey Foregate",
                "Shrewsbury SY2 6ND",
                "",
            ),
            (
                "North Yorkshire Council - Trading Standards",
                "County Hall",
                "Northallerton DL7 8AD",
                "",
            ),
        ],
        "de": [
            (
                "Regierungspräsidium Karlsruhe - Gewerbeaufsicht",
                "Schlossplatz 1-3",
                "76131 Karlsruhe",
                "",
            ),
            (
                "Landkreis Göttingen - Veterinär- und Verbraucherschutzamt",
                "Reinhäuser Landstraße 4",
                "37083 Göttingen",
                "",
            ),
            (
                "Landratsamt Traunstein - Lebensmittelüberwachung",
                "Ludwig-Thoma-Straße 2",
                "83278 Traunstein",
                "",
            ),
        ],
        "fr": [
            ("DDPP des Bouches-du-Rhône", "22 rue Borde", "13008 Marseille", ""),
            (
                "DDPP de Vaucluse - Protection des consommateurs",
                "Cité administrative",
                "84000 Avignon",
                "",
            ),
            ("DDPP de la Drôme", "33 avenue de Romans", "26000 Valence", ""),
        ],
    },
    "cert": {
        "en": [
            (
                "Soil Association Certification - Health & Beauty",
                "Spear House, 51 Victoria Street",
                "Bristol BS1 6AD",
                "0117 914 2406",
            )
        ],
        "de": [
            ("Kontrollstelle BDIH-Cosmos (Ecocontrol)", "Gartenstraße 19", "37073 Göttingen", ""),
            ("NATRUE Zertifizierung - IMO", "Obere Laube 51", "78462 Konstanz", ""),
        ],
        "fr": [
            ("Ecocert Greenlife SAS", "Lieudit Lamothe Ouest", "32600 L'Isle-Jourdain", ""),
            (
                "Cosmébio - Bureau Veritas Certification",
                "Immeuble Le Guillaumet",
                "92046 Paris La Défense",
                "",
            ),
        ],
    },
    "courier": {
        "en": [
            ("Parcelwise UK Ltd", "Roebuck Lane", "West Bromwich B70 6QP", ""),
            ("Swiftline Couriers", "Unit 8, Westway Park", "Bristol BS3 2HQ", "0117 963 4400"),
        ],
        "de": [
            ("Paketblitz Logistik GmbH", "Frachtstraße 4", "22113 Hamburg", ""),
            ("Express-Kurier Süd GmbH", "Liebigstraße 11", "85757 Karlsfeld", ""),
        ],
        "fr": [
            ("Colis Express France SAS", "ZA des Bruyères", "91090 Lisses", ""),
            ("Transports Rapides du Sud", "MIN de Cavaillon", "84300 Cavaillon", ""),
        ],
    },
    "fair": {
        "en": [
            ("Natural Beauty Live Ltd (organisers)", "Olympia Way", "London W14 8UX", ""),
            ("Handmade & Green Trade Show Ltd", "NEC, North Avenue", "Birmingham B40 1NT", ""),
        ],
        "de": [
            ("NaturKosmetik Forum Messe GmbH", "Messezentrum 1", "90471 Nürnberg", ""),
            ("Kreativ & Handwerk Messen GmbH", "Messeplatz 1", "79108 Freiburg", ""),
        ],
        "fr": [
            ("Salon Bio & Beauté - Évènements Provence", "Parc Chanot", "13008 Marseille", ""),
            ("Salon Créations & Savoir-Faire", "Eurexpo", "69680 Chassieu", ""),
        ],
    },
    "insurer": {
        "en": [
            (
                "Hartley Brokers Ltd (for Chesterfield Insurance plc)",
                "9 Bridge Street",
                "Chester CH1 1NQ",
                "01244 320 118",
            ),
            ("Craftsure Insurance Services", "PO Box 412", "Kendal LA9 4BZ", "01539 725 500"),
        ],
        "de": [
            ("Versicherungsmakler Bauer & Kern GmbH", "Rheinstraße 12", "64283 Darmstadt", ""),
            (
                "Württembergische Gewerbeversicherung AG",
                "Gutenbergstraße 30",
                "70176 Stuttgart",
                "",
            ),
        ],
        "fr": [
            ("Cabinet Roussel Assurances", "5 cours Mirabeau", "13100 Aix-en-Provence", ""),
            ("Mutuelle des Artisans du Sud-Est", "12 rue de la Part-Dieu", "69003 Lyon", ""),
        ],
    },
    "printer": {
        "en": [
            (
                "Labelcraft Printers Ltd",
                "Unit 2, Oldmixon Crescent",
                "Weston-super-Mare BS24 9AX",
                "",
            ),
            ("Stickerbox Labels", "14 Kirkgate", "Otley LS21 3HJ", "01943 466 012"),
        ],
        "de": [
            ("Etikettendruck Sommer GmbH", "Druckerweg 6", "74523 Schwäbisch Hall", ""),
            ("Labelwerk Rhein-Neckar", "Carl-Benz-Straße 19", "68723 Schwetzingen", ""),
        ],
        "fr": [
            ("Imprimerie Étiq'Sud", "ZA du Couquiou", "84300 Cavaillon", "04 90 78 55 60"),
            ("Étiquettes Rhodaniennes SAS", "Rue des Frères Lumière", "26000 Valence", ""),
        ],
    },
    "lab": {
        "en": [
            ("Micro-Cosm Laboratories Ltd", "Science Park, Milton Road", "Cambridge CB4 0FE", ""),
            ("Avalon Analytical Services", "Unit 9, Maunsell Road", "Bristol BS11 0YG", ""),
        ],
        "de": [
            ("Labor Dr. Reinhardt Kosmetikprüfung", "Hafenweg 12", "48155 Münster", ""),
            ("Mikrobiologisches Institut Süd GmbH", "Lindwurmstraße 88", "80337 München", ""),
        ],
        "fr": [
            ("Laboratoire Cosmétolab", "Technopôle Agroparc", "84911 Avignon", ""),
            ("Bio-Contrôle Analyses SAS", "9 rue Gay-Lussac", "69100 Villeurbanne", ""),
        ],
    },
    "market": {
        "en": [
            ("Crafterly Marketplace Ltd", "20 Farringdon Road", "London EC1M 3HE", ""),
            ("Makerhub Inc.", "117 Adams Street", "Brooklyn, NY 11201, USA", ""),
        ],
        "de": [("Handgemacht.de Marktplatz GmbH", "Torstraße 49", "10119 Berlin", "")],
        "fr": [("Fait-Main Place SAS", "42 rue de Paradis", "75010 Paris", "")],
    },
    "psp": {
        "en": [("Tillpay Payments Ltd", "1 Finsbury Avenue", "London EC2M 2PF", "")],
        "de": [("Kassenblitz Payments GmbH", "Friedrichstraße 68", "10117 Berlin", "")],
        "fr": [("PayÉclair SAS", "18 rue du 4 Septembre", "75002 Paris", "")],
    },
    "shop": {
        "en": [
            ("The Green Parlour", "22 High Street", "Totnes TQ9 5RY", "01803 862 014"),
            ("Bramble & Bee Gift Shop", "5 Shambles", "York YO1 7LZ", ""),
            ("Refill Station Bath", "31 Walcot Street", "Bath BA1 5BN", ""),
            ("Oakley's Farm Shop", "Oakley Farm, A49", "Leominster HR6 0DH", "01568 611 300"),
        ],
        "de": [
            ("Unverpackt Heidelberg", "Plöck 44", "69117 Heidelberg", "06221 18 44 20"),
            ("Bioladen Sonnenblume", "Lange Geismarstraße 20", "37073 Göttingen", ""),
            ("Hofladen Gut Wiesenau", "Wiesenau 2", "83308 Trostberg", ""),
            ("Kaufhaus Meyer - Drogerieabteilung", "Hauptstraße 101", "79098 Freiburg", ""),
        ],
        "fr": [
            ("Herboristerie du Palais", "7 rue de la Bonneterie", "84000 Avignon", ""),
            ("Biocoop Les Jardins de Nyons", "Avenue Henri Rochier", "26110 Nyons", ""),
            ("Boutique Terre & Lavande", "16 rue Carnot", "13210 Saint-Rémy-de-Provence", ""),
            ("L'Épicerie Vrac d'Arles", "4 rue de la République", "13200 Arles", ""),
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
        "Gwen",
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
        "Lena",
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
        "Inès",
    ],
}
LASTS = {
    "en": ["Whitaker", "Holroyd", "Bennett", "Ahmed", "Gallagher", "Thornton", "Moss", "Reid"],
    "de": ["Bauer", "Schneider", "Hartmann", "Wolff", "Kaya", "Neumann", "Vogel", "Ziegler"],
    "fr": ["Lefèvre", "Morel", "Girard", "Fontaine", "Chevalier", "Benali", "Roux", "Perrin"],
}
FEMALE = {"Sarah", "Emma", "Hannah", "Priya", "Fiona", "Gwen", "Andrea", "Julia", "Katrin"}
FEMALE |= {"Sabine", "Eva", "Lena", "Nathalie", "Camille", "Sandrine", "Léa", "Inès"}

TALK = {
    "en": {
        "reg": "product safety assessment formulation ingredient concentration exposure label "
        "responsible person notification regulation annex restriction allergen batch",
        "work": "batch weighing mixing temperature trace saponification cure moulds cutting "
        "labelling packing stock dispatch quality release order",
        "legal": "party agreement obligations product information file documentation term "
        "termination liability notice law breach fees confidentiality records",
        "money": "invoice payment account balance due amount reference transfer period "
        "outstanding statement charges terms settlement fee payout",
        "chem": "flammable liquid vapour skin sensitisation eye irritation aspiration aquatic "
        "toxicity ventilation gloves storage container spill exposure",
    },
    "de": {
        "reg": "Sicherheitsbewertung Rezeptur Inhaltsstoff Konzentration Exposition "
        "Kennzeichnung verantwortliche Person Notifizierung Verordnung Anhang Allergen Charge",
        "work": "Charge Einwaage Rühren Temperatur Verseifung Reifezeit Formen Schneiden "
        "Etikettierung Verpackung Lager Versand Qualität Freigabe Auftrag",
        "legal": "Vertragsparteien Pflichten Produktinformationsdatei Dokumentation Laufzeit "
        "Kündigung Haftung Mitteilung Recht Vergütung Vertraulichkeit Unterlagen",
        "money": "Rechnung Zahlung Konto Saldo fällig Betrag Verwendungszweck Überweisung "
        "Zeitraum offen Auszug Gebühren Zahlungsziel Auszahlung",
        "chem": "entzündbar Flüssigkeit Dampf Sensibilisierung Haut Augenreizung Aspiration "
        "Gewässer Toxizität Lüftung Handschuhe Lagerung Behälter Freisetzung Exposition",
    },
    "fr": {
        "reg": "évaluation sécurité formule ingrédient concentration exposition étiquetage "
        "personne responsable notification règlement annexe restriction allergène lot",
        "work": "lot pesée mélange température saponification cure moules découpe étiquetage "
        "conditionnement stock expédition qualité libération commande",
        "legal": "parties contrat obligations dossier information produit documentation durée "
        "résiliation responsabilité préavis droit honoraires confidentialité registres",
        "money": "facture paiement compte solde échéance montant référence virement période "
        "impayé relevé frais règlement versement",
        "chem": "inflammable liquide vapeur sensibilisation cutanée irritation oculaire "
        "aspiration aquatique toxicité ventilation gants stockage récipient déversement",
    },
}
GLUES = {
    "en": "the of and to for with on at by from this is are will be a as we your all",
    "de": "die der das und zu für mit auf von ist sind wird bei nach den dem im wir Ihre",
    "fr": "le la les et de du pour avec sur par est sont sera au aux des une nous vos",
}


def words(rng: random.Random, lang: str, topic: str = "reg", n: int | None = None) -> str:
    pool, glue = TALK[lang][topic].split(), GLUES[lang].split()
    ws = [rng.choice(pool if rng.random() < 0.5 else glue) for _ in range(n or rng.randint(7, 15))]
    text = " ".join(ws)
    return text[0].upper() + text[1:] + "."


def prose(rng: random.Random, lang: str, topic: str = "reg", lo: int = 2, hi: int = 4) -> str:
    return " ".join(words(rng, lang, topic) for _ in range(rng.randint(lo, hi)))


# ---------------------------------------------------------------------------------------------
# The products and the raw materials
# ---------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Product:
    code: str
    names: tuple[str, str, str]  # en, de, fr
    kind: str  # soap | balm | cream | bar | salts
    size: str
    price: float  # wholesale, per unit
    inci: tuple[tuple[str, str, float], ...]  # INCI, function, % w/w

    def name(self, lang: str) -> str:
        return self.names[LANGS3.index(lang)]


PRODUCTS = [
    Product(
        "SP-LAV",
        ("Lavender & Oat Soap", "Lavendel-Hafer Seife", "Savon lavande & avoine"),
        "soap",
        "100 g",
        3.20,
        (
            ("Sodium Olivate", "cleansing", 38.0),
            ("Sodium Cocoate", "cleansing", 20.5),
            ("Aqua", "solvent", 18.0),
            ("Sodium Shea Butterate", "cleansing", 9.5),
            ("Glycerin", "humectant", 7.4),
            ("Avena Sativa Kernel Flour", "abrasive", 2.0),
            ("Lavandula Angustifolia Oil", "perfuming", 2.5),
            ("Linalool", "perfuming", 0.9),
            ("Limonene", "perfuming", 0.05),
            ("Geraniol", "perfuming", 0.02),
        ),
    ),
    Product(
        "BM-ROS",
        ("Rose Geranium Face Balm", "Rosengeranie Gesichtsbalsam", "Baume visage géranium rosat"),
        "balm",
        "30 ml",
        7.90,
        (
            ("Butyrospermum Parkii Butter", "skin conditioning", 42.0),
            ("Prunus Amygdalus Dulcis Oil", "emollient", 30.0),
            ("Cera Alba", "emulsion stabilising", 14.0),
            ("Simmondsia Chinensis Seed Oil", "emollient", 12.2),
            ("Pelargonium Graveolens Flower Oil", "perfuming", 0.8),
            ("Tocopherol", "antioxidant", 0.5),
            ("Citronellol", "perfuming", 0.28),
            ("Geraniol", "perfuming", 0.16),
            ("Linalool", "perfuming", 0.04),
        ),
    ),
    Product(
        "LB-ORA",
        ("Sweet Orange Lip Balm", "Orangen-Lippenbalsam", "Baume à lèvres orange douce"),
        "balm",
        "4.5 g",
        2.10,
        (
            ("Ricinus Communis Seed Oil", "emollient", 35.0),
            ("Cera Alba", "film forming", 28.0),
            ("Theobroma Cacao Seed Butter", "skin conditioning", 25.0),
            ("Helianthus Annuus Seed Oil", "emollient", 10.9),
            ("Citrus Aurantium Dulcis Peel Oil", "perfuming", 0.6),
            ("Tocopherol", "antioxidant", 0.5),
            ("Limonene", "perfuming", 0.55),
        ),
    ),
    Product(
        "SB-ROS",
        ("Rosemary Shampoo Bar", "Rosmarin Haarseife", "Shampooing solide romarin"),
        "bar",
        "60 g",
        4.60,
        (
            ("Sodium Coco-Sulfate", "surfactant", 55.0),
            ("Cetearyl Alcohol", "emollient", 15.0),
            ("Kaolin", "absorbent", 10.0),
            ("Butyrospermum Parkii Butter", "hair conditioning", 9.0),
            ("Panthenol", "hair conditioning", 5.0),
            ("Rosmarinus Officinalis Leaf Oil", "perfuming", 2.0),
            ("Mentha Piperita Oil", "perfuming", 1.0),
            ("Limonene", "perfuming", 0.3),
            ("Linalool", "perfuming", 0.1),
        ),
    ),
    Product(
        "HC-CAL",
        ("Calendula Hand Cream", "Ringelblumen Handcreme", "Crème mains calendula"),
        "cream",
        "75 ml",
        5.40,
        (
            ("Aqua", "solvent", 64.5),
            ("Helianthus Annuus Seed Oil", "emollient", 12.0),
            ("Cetearyl Alcohol", "emulsifying", 6.0),
            ("Glyceryl Stearate", "emulsifying", 4.0),
            ("Glycerin", "humectant", 4.0),
            ("Butyrospermum Parkii Butter", "skin conditioning", 5.0),
            ("Calendula Officinalis Flower Extract", "skin conditioning", 2.0),
            ("Benzyl Alcohol", "preservative", 0.9),
            ("Dehydroacetic Acid", "preservative", 0.1),
            ("Citrus Aurantium Dulcis Peel Oil", "perfuming", 0.4),
            ("Limonene", "perfuming", 0.38),
        ),
    ),
    Product(
        "FB-PEP",
        ("Peppermint Foot Butter", "Pfefferminz Fußbutter", "Beurre pieds menthe poivrée"),
        "balm",
        "100 ml",
        6.20,
        (
            ("Butyrospermum Parkii Butter", "skin conditioning", 48.0),
            ("Cocos Nucifera Oil", "emollient", 30.0),
            ("Olea Europaea Fruit Oil", "emollient", 18.5),
            ("Mentha Piperita Oil", "perfuming", 1.5),
            ("Melaleuca Alternifolia Leaf Oil", "antimicrobial", 1.0),
            ("Tocopherol", "antioxidant", 0.5),
            ("Limonene", "perfuming", 0.05),
        ),
    ),
    Product(
        "SP-CHA",
        ("Charcoal & Tea Tree Soap", "Aktivkohle-Teebaum Seife", "Savon charbon & tea tree"),
        "soap",
        "100 g",
        3.20,
        (
            ("Sodium Olivate", "cleansing", 35.0),
            ("Sodium Cocoate", "cleansing", 24.0),
            ("Aqua", "solvent", 18.0),
            ("Sodium Castorate", "cleansing", 8.0),
            ("Glycerin", "humectant", 8.0),
            ("Charcoal Powder", "colorant", 1.5),
            ("Melaleuca Alternifolia Leaf Oil", "perfuming", 2.0),
            ("Limonene", "perfuming", 0.06),
        ),
    ),
    Product(
        "BS-SEA",
        ("Seaweed Bath Salts", "Algen Badesalz", "Sels de bain aux algues"),
        "salts",
        "250 g",
        4.10,
        (
            ("Magnesium Sulfate", "bulking", 60.0),
            ("Sodium Chloride", "bulking", 36.0),
            ("Fucus Vesiculosus Powder", "skin conditioning", 2.0),
            ("Eucalyptus Globulus Leaf Oil", "perfuming", 1.2),
            ("Lavandula Angustifolia Oil", "perfuming", 0.8),
            ("Limonene", "perfuming", 0.06),
            ("Linalool", "perfuming", 0.3),
        ),
    ),
]
CAS = {
    "Aqua": "7732-18-5",
    "Glycerin": "56-81-5",
    "Linalool": "78-70-6",
    "Limonene": "5989-27-5",
    "Geraniol": "106-24-1",
    "Citronellol": "106-22-9",
    "Tocopherol": "59-02-9",
    "Benzyl Alcohol": "100-51-6",
    "Dehydroacetic Acid": "520-45-6",
    "Kaolin": "1332-58-7",
    "Panthenol": "81-13-0",
    "Sodium Chloride": "7647-14-5",
    "Magnesium Sulfate": "7487-88-9",
    "Lavandula Angustifolia Oil": "8000-28-0",
    "Mentha Piperita Oil": "8006-90-4",
    "Citrus Aurantium Dulcis Peel Oil": "8028-48-6",
    "Melaleuca Alternifolia Leaf Oil": "68647-73-4",
    "Rosmarinus Officinalis Leaf Oil": "8000-25-7",
    "Pelargonium Graveolens Flower Oil": "8000-46-2",
    "Eucalyptus Globulus Leaf Oil": "8000-48-4",
    "Cera Alba": "8012-89-3",
    "Butyrospermum Parkii Butter": "194043-92-0",
    "Cocos Nucifera Oil": "8001-31-8",
    "Olea Europaea Fruit Oil": "8001-25-0",
}


@dataclass(frozen=True)
class Material:
    names: tuple[str, str, str]
    botanical: str
    origin: str
    oil: bool  # an essential oil: certificate of analysis, IFRA, SDS
    price: float  # per kg
    packs: tuple[float, ...]  # kg


MATERIALS = [
    Material(
        ("Lavender essential oil, fine", "Lavendelöl fein", "Huile essentielle lavande fine"),
        "Lavandula angustifolia",
        "FR",
        True,
        68.0,
        (0.5, 1, 5),
    ),
    Material(
        (
            "Sweet orange oil, cold pressed",
            "Orangenöl süß, kaltgepresst",
            "Huile essentielle orange douce",
        ),
        "Citrus sinensis",
        "BR",
        True,
        14.5,
        (1, 5, 10),
    ),
    Material(
        ("Rose geranium oil", "Geraniumöl Bourbon", "Huile essentielle géranium rosat"),
        "Pelargonium graveolens",
        "EG",
        True,
        145.0,
        (0.25, 0.5, 1),
    ),
    Material(
        ("Peppermint oil", "Pfefferminzöl", "Huile essentielle menthe poivrée"),
        "Mentha x piperita",
        "IN",
        True,
        42.0,
        (0.5, 1, 5),
    ),
    Material(
        ("Rosemary oil, cineole type", "Rosmarinöl Cineol", "Huile essentielle romarin à cinéole"),
        "Rosmarinus officinalis",
        "MA",
        True,
        39.0,
        (1, 5),
    ),
    Material(
        ("Tea tree oil", "Teebaumöl", "Huile essentielle tea tree"),
        "Melaleuca alternifolia",
        "AU",
        True,
        36.0,
        (0.5, 1, 5),
    ),
    Material(
        ("Eucalyptus oil", "Eukalyptusöl", "Huile essentielle eucalyptus globulus"),
        "Eucalyptus globulus",
        "ES",
        True,
        22.0,
        (1, 5),
    ),
    Material(
        ("Shea butter, unrefined", "Sheabutter, unraffiniert", "Beurre de karité brut"),
        "Butyrospermum parkii",
        "GH",
        False,
        9.8,
        (5, 10, 25),
    ),
    Material(
        ("Cocoa butter, deodorised", "Kakaobutter, desodoriert", "Beurre de cacao désodorisé"),
        "Theobroma cacao",
        "CI",
        False,
        16.0,
        (5, 10),
    ),
    Material(
        ("Olive oil, extra virgin", "Olivenöl nativ extra", "Huile d'olive vierge extra"),
        "Olea europaea",
        "ES",
        False,
        7.9,
        (10, 20, 25),
    ),
    Material(
        ("Coconut oil, refined", "Kokosöl, raffiniert", "Huile de coco raffinée"),
        "Cocos nucifera",
        "LK",
        False,
        4.6,
        (10, 20),
    ),
    Material(
        (
            "Sodium hydroxide pearls 99%",
            "Natriumhydroxid Perlen 99 %",
            "Soude caustique en perles 99 %",
        ),
        "-",
        "DE",
        False,
        3.9,
        (5, 25),
    ),
    Material(
        (
            "Beeswax, yellow pastilles",
            "Bienenwachs gelb, Pastillen",
            "Cire d'abeille jaune, pastilles",
        ),
        "Cera alba",
        "DE",
        False,
        14.2,
        (1, 5),
    ),
    Material(
        ("Jojoba oil, golden", "Jojobaöl goldgelb", "Huile de jojoba dorée"),
        "Simmondsia chinensis",
        "IL",
        False,
        24.0,
        (1, 5),
    ),
    Material(
        ("Kaolin clay, white", "Kaolin weiß", "Argile blanche kaolin"),
        "-",
        "FR",
        False,
        3.2,
        (5, 25),
    ),
]
OILS = [m for m in MATERIALS if m.oil]


# ---------------------------------------------------------------------------------------------
# The maker of a stream, its month and what the previous document was about
# ---------------------------------------------------------------------------------------------

MAKER: dict[str, object] = {"lang": "en", "row": 0, "seed": 0, "month": date(2025, 3, 1)}
#: What the previous document was about (a companion takes up the same order, oil or product).
LAST: dict[str, object] = {"kind": "", "day": None, "extra": None}


def home() -> str:
    return str(MAKER["lang"])


def month() -> date:
    m = MAKER["month"]
    assert isinstance(m, date)
    return m


def keyed(who: Issuer, key: str) -> random.Random:
    """Draws fixed by the issuer, the stream's maker and ``key``: a run or a repeat keeps its
    sender."""
    text = f"griddle/{key}/{who.name}/{who.street}/{who.city}/{MAKER['seed']}"
    return random.Random(zlib.crc32(text.encode()))


def add_months(d: date, n: int) -> date:
    k = d.year * 12 + d.month - 1 + n
    return date(k // 12, k % 12 + 1, 1)


def some_day(rng: random.Random) -> date:
    return month() + timedelta(days=rng.randint(0, 27))


def after(*kinds: str) -> bool:
    return LAST["kind"] in kinds


def last_day(rng: random.Random, kinds: tuple[str, ...], lag: tuple[int, int]) -> date:
    d = LAST["day"]
    if LAST["kind"] in kinds and isinstance(d, date):
        return d + timedelta(days=rng.randint(*lag))
    return some_day(rng)


def remember(d: date, extra: object = None) -> None:
    LAST.update(day=d, extra=extra)


def extra_of(*kinds: str) -> object:
    """The previous document's ``extra`` if it was one of ``kinds``."""
    return LAST["extra"] if LAST["kind"] in kinds else None


def product_of(rng: random.Random, *kinds: str) -> Product:
    ex = extra_of(*kinds)
    if isinstance(ex, Product):
        return ex
    return rng.choice(PRODUCTS)


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
    look: str  # band | centred | logo | boxed | plain | side | official | portal
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
LOOKS = ["band", "centred", "logo", "boxed", "plain", "side"]
TAGLINES = {
    "maker": (
        "Handmade natural soap & skincare",
        "Handgemachte Naturkosmetik",
        "Savons & cosmétiques naturels artisanaux",
    ),
    "oils": (
        "Essential oils - butters - raw materials",
        "Ätherische Öle und Rohstoffe",
        "Huiles essentielles et matières premières",
    ),
    "pack": (
        "Glass, plastic & metal packaging",
        "Verpackungen für Kosmetik",
        "Emballages cosmétiques",
    ),
    "printer": (
        "Self-adhesive labels on the roll",
        "Etiketten von der Rolle",
        "Étiquettes adhésives en rouleau",
    ),
    "lab": (
        "Microbiology - stability - analysis",
        "Mikrobiologie - Stabilität - Analytik",
        "Microbiologie - stabilité - analyses",
    ),
}


def legal_lines(r: random.Random, name: str, lang: str, role: str) -> list[str]:
    if role in ("ts", "portal"):
        return []
    if lang == "de":
        out = [
            f"{name} - Steuer-Nr. {r.randint(10, 99)}/{r.randint(100, 999)}/"
            f"{r.randint(10000, 99999)}"
            + (f" - USt-IdNr. DE{r.randint(100000000, 999999999)}" if r.random() < 0.7 else ""),
            f"{r.choice(['Sparkasse', 'Volksbank', 'GLS Bank', 'Commerzbank'])} - IBAN DE"
            f"{r.randint(10, 99)} {r.randint(1000, 9999)} {r.randint(1000, 9999)} "
            f"{r.randint(1000, 9999)} {r.randint(1000, 9999)} {r.randint(10, 99)}",
        ]
        if "GmbH" in name or "AG" in name or "KG" in name:
            out.insert(
                0,
                f"Amtsgericht {r.choice(['Mannheim', 'Göttingen', 'Traunstein', 'Hamburg'])} HRB "
                f"{r.randint(1000, 99999)} - Geschäftsführung: "
                + r.choice(["Dr. Ulrike Brandes", "Markus Feldhaus", "Selin Aydin", "Jörg Kamps"]),
            )
        return out
    if lang == "fr":
        out = [
            f"{name} - SIRET {r.randint(300, 899)} {r.randint(100, 999)} {r.randint(100, 999)} "
            f"{r.randint(10000, 99999)} - APE {r.choice(['2042Z', '4675Z', '7120B', '5229A'])}"
        ]
        if r.random() < 0.7:
            out.append(
                f"TVA intracom. FR{r.randint(10, 99)} {r.randint(100, 999)} {r.randint(100, 999)} "
                f"{r.randint(100, 999)} - IBAN FR76 {r.randint(1000, 9999)} {r.randint(1000, 9999)}"
                f" {r.randint(1000, 9999)} {r.randint(1000, 9999)} {r.randint(100, 999)}"
            )
        return out
    out = []
    if "Ltd" in name or "plc" in name or "Inc" in name:
        out.append(f"Registered in England and Wales No. {r.randint(3000000, 13999999):08d}")
    if r.random() < 0.6:
        out.append(
            f"VAT Reg. No. GB {r.randint(100, 999)} {r.randint(1000, 9999)} {r.randint(10, 99)}"
        )
    if role == "insurer":
        out.append("Authorised and regulated by the Financial Conduct Authority")
    return [" - ".join(out)] if out else []


def make_head(row: Row, lang: str, role: str) -> Head:
    """The paper habits of the sender ``row``: the same all through one stream."""
    name, street, town, phone = row
    r = random.Random(zlib.crc32(f"griddle/head/{name}/{MAKER['seed']}".encode()))
    font, bold = r.choice(FACES)
    host = "".join(c for c in name.lower().split()[0] if c.isalpha() and c.isascii())[:12]
    tld = {"en": "co.uk", "de": "de", "fr": "fr"}[lang]
    looks = LOOKS
    if role == "ts":
        looks = ["official"]
        font, bold = (
            ("Helvetica", "Helvetica-Bold") if r.random() < 0.7 else ("Times-Roman", "Times-Bold")
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
        mail=f"{r.choice(['info', 'office', 'hello', 'accounts', 'sales'])}@{host or 'mail'}.{tld}"
        if r.random() < 0.75
        else "",
    )


def maker_row() -> Row:
    return MAKERS[home()][int(MAKER["row"])]  # type: ignore[call-overload]


def maker_head() -> Head:
    return make_head(maker_row(), home(), "maker")


def head_of(who: Issuer, role: str, abroad: float = 0.0) -> Head:
    """The ``role`` sender of ``who`` (the same for the same issuer and maker), of the maker's
    country or, with odds ``abroad``, of another that has one."""
    r = keyed(who, role)
    lang = home()
    if r.random() < abroad:
        lang = r.choice([x for x in LANGS3 if x != lang])
    return make_head(r.choice(SENDERS[role][lang]), lang, role)


def ts_head() -> Head:
    """The maker's local trading standards service or food and consumer authority."""
    return make_head(SENDERS["ts"][home()][int(MAKER["row"])], home(), "ts")  # type: ignore[call-overload]


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
    """A round rubber stamp: two rings and the wording inside."""
    ring(p, cx, cy, r)
    ring(p, cx, cy, r - 3)
    pt = shrink(top, "Helvetica", 6.5, r * 1.5)
    p.text(cx, cy - r * 0.35, fit(top, "Helvetica", pt, r * 1.5), "Helvetica", pt, "center")
    pt2 = shrink(mid, "Helvetica-Bold", 7, r * 1.4)
    p.text(
        cx, cy + r * 0.3, fit(mid, "Helvetica-Bold", pt2, r * 1.4), "Helvetica-Bold", pt2, "center"
    )


def leaf(p: Page, x: float, y: float, size: float = 26) -> None:
    """A small drawn logo mark: a leaf in a rounded frame."""
    ring(p, x + size / 2, y + size / 2, size / 2, 28)
    p.line(x + size * 0.25, y + size * 0.75, x + size * 0.75, y + size * 0.25)
    for k in range(3):
        t = 0.35 + k * 0.14
        p.line(x + size * t, y + size * (1 - t), x + size * (t - 0.1), y + size * (1 - t - 0.12))
        p.line(x + size * t, y + size * (1 - t), x + size * (t + 0.12), y + size * (1 - t + 0.1))


def crest(p: Page, x: float, y: float) -> None:
    """A council's or authority's crest: a shield outline with bars."""
    p.line(x, y, x + 22, y)
    p.line(x, y, x, y + 16)
    p.line(x + 22, y, x + 22, y + 16)
    p.line(x, y + 16, x + 11, y + 26)
    p.line(x + 22, y + 16, x + 11, y + 26)
    for k in range(3):
        p.rect(x + 4 + k * 5.5, y + 4, 3, 12, fill=0.25)


def heading(p: Page, s: Style, h: Head, top: float | None = None) -> float:
    """Print ``h``'s letterhead at the top of ``p``; the y where the content starts."""
    w, _ = p.size
    m = s.margin
    y = max(m - 14, 22.0) if top is None else top
    tel = f"{tr(h.lang, 'Tel', 'Tel.', 'Tél.')} {h.phone}" if h.phone else ""
    where = f"{h.street}, {h.town}"
    contact = "  ".join(t for t in (tel, h.mail) if t)
    tag = TAGLINES.get(h.role)
    tagline = tag[LANGS3.index(h.lang)] if tag else ""
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
            p.text(m + 32, yy, fit(t, f_, pt, w * 0.6), f_, pt)
            yy += 12
        p.text(m + 32, yy, fit(where, h.font, 7, w * 0.6), h.font, 7)
        return yy + 30
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
        if line2:
            p.text(w / 2, y + 24, fit(line2, h.font, 7, w - 2 * m), h.font, 7, "center")
        p.line(m, y + 30, w - m, y + 30)
        return y + 50
    if h.look == "logo":
        leaf(p, m, y - 14, 30)
        pt = shrink(h.name, h.bold, 12, w * 0.55 - m - 40)
        p.text(m + 38, y + 2, h.name, h.bold, pt)
        if tagline:
            p.text(
                m + 38,
                y + 13,
                fit(tagline, italic_of(h.font), 7.5, w * 0.5 - m),
                italic_of(h.font),
                7.5,
            )
        yy = y - 6
        for t in (h.street, h.town, tel, h.mail):
            if t:
                p.text(w - m, yy, fit(t, h.font, 7, w * 0.35), h.font, 7, "right")
                yy += 8.5
        return max(yy, y + 24) + 20
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
        if tagline:
            p.text(
                m,
                y + 15,
                fit(tagline, italic_of(h.font), 7.5, w * 0.55 - m),
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


def sheets(s: Style, h: Head, header: str = "", top: bool = True, foot: int = -1) -> Sheets:
    """Pages of ``s``: ``h``'s letterhead on the first (unless not ``top``); on later pages the
    letterhead again, a running header or nothing. ``foot``: footer lines to keep clear of."""

    def start(p: Page, n: int) -> float:
        if n == 1:
            return heading(p, s, h) if top else s.margin - 4
        if h.again and top:
            return heading(p, s, h)
        return running_header(p, s, header) + 8 if header else s.margin - 4

    w, hh = s.page_size
    lines = len(h.foot) if foot < 0 else foot
    return Sheets((w, hh), hh - s.margin - 7 * lines - 8, start)


def scrawl(p: Page, x: float, y: float, name: str, pt: float = 13) -> None:
    """A handwritten signature over the baseline ``y``."""
    parts = [t for t in name.replace("-", " ").replace(".", " ").split() if t[0].isupper()]
    parts = [t for t in parts if t not in ("Dr", "PhD", "CChem", "Mr", "Mrs")] or ["X"]
    text = f"{parts[0][0]}{parts[-1][:8]}" if len(parts) > 1 else parts[0][:9]
    p.text(x + 2, y - 1, text, INK, pt)
    end = x + 6 + tw(text, INK, pt)
    p.line(end - 4, y - 2, end + 12, y - 9)
    p.line(x, y + 2, end - 8, y + 1)


def person(r: random.Random, lang: str) -> str:
    return f"{r.choice(FIRSTS[lang])} {r.choice(LASTS[lang])}"


def staff(h: Head, tag: str) -> str:
    r = random.Random(zlib.crc32(f"griddle/staff/{tag}/{h.name}/{MAKER['seed']}".encode()))
    return person(r, h.lang)


def crew(role: str) -> str:
    """The maker's own people: founder, formulator, production (two) and dispatch."""
    return staff(maker_head(), role)


def mx(name: str, lang: str) -> str:
    female = name.split()[0] in FEMALE
    if lang == "de":
        return f"{'Frau' if female else 'Herr'} {name}"
    if lang == "fr":
        return f"{'Madame' if female else 'Monsieur'} {name}"
    return f"{'Ms' if female else 'Mr'} {name}"


def received(rng: random.Random, p: Page, d: date, odds: float = 0.35) -> None:
    """Now and then the maker's received stamp on the first page."""
    if rng.random() < odds:
        lang = home()
        w, hh = p.size
        stamp(
            p,
            w - rng.uniform(160, 230),
            rng.uniform(hh * 0.55, hh * 0.78),
            [
                tr(lang, "RECEIVED", "EINGEGANGEN", "REÇU LE"),
                short(d + timedelta(days=rng.randint(1, 4)), lang),
                rng.choice(
                    tr(
                        lang,
                        "Office|Workshop|Accounts",
                        "Büro|Werkstatt|Buchhaltung",
                        "Bureau|Atelier|Compta",
                    ).split("|")
                ),
            ],
        )


def recipient(
    f: Sheets, s: Style, h: Head, lines: list[str], d: date, refs: list[tuple[str, str]]
) -> None:
    w, _ = f.size
    y0 = f.y
    below = window(f.page, s, h if h.look in ("plain", "band", "official") else None, y0, lines)
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


def maker_lines(att: str = "") -> list[str]:
    name, street, town, _ = maker_row()
    return [name, *([att] if att else []), street, town]


def head_lines(h: Head, att: str = "") -> list[str]:
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
    rows.append(
        (tr(lg, "Total due", "Rechnungsbetrag", "Total TTC" if rate else "Total net"), net + tax)
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
            for ln in wrap(prose(rng, lg, topic, 2, 5), s.font, 6.5, cw):
                if y > hh - m - 36:
                    break
                p.text(x, y, ln, s.font, 6.5)
                y += 7.8
            y += 5
            k += 1
    return p


def copy_edge(p: Page, rng: random.Random) -> None:
    """The grey edge a photocopy of a smaller original leaves on the page."""
    w, h = p.size
    g = rng.uniform(0.35, 0.6)
    if rng.random() < 0.6:
        p.rect(0, 0, rng.uniform(8, 20), h, fill=g)
    else:
        p.rect(0, 0, w, rng.uniform(6, 14), fill=g)


def sign_box(
    p: Page,
    s: Style,
    x: float,
    y: float,
    w: float,
    label: str,
    name: str,
    signed: bool,
    d: str = "",
) -> None:
    """A signature line with its caption, signed in ink (and dated by hand) if ``signed``."""
    p.line(x, y, x + w, y)
    p.text(x, y + 9, fit(label, s.font, 7, w), s.font, 7)
    if signed:
        scrawl(p, x + 6, y - 4, name, 12)
        if d:
            hand(p, x + w - tw(d, HAND, 9) - 4, y - 4, d, 9)


def money_of(text: str) -> float:
    return float(
        text.replace("£", "").replace("€", "").replace(" ", "").replace(".", "").replace(",", ".")
    )


# ---------------------------------------------------------------------------------------------
# Templates XXXX: raw materials, oils and their papers
# ---------------------------------------------------------------------------------------------

ORIGINS = {
    "FR": ("France", "Frankreich", "France"),
    "BR": ("Brazil", "Brasilien", "Brésil"),
    "EG": ("Egypt", "Ägypten", "Égypte"),
    "IN": ("India", "Indien", "Inde"),
    "MA": ("Morocco", "Marokko", "Maroc"),
    "AU": ("Australia", "Australien", "Australie"),
    "ES": ("Spain", "Spanien", "Espagne"),
    "GH": ("Ghana", "Ghana", "Ghana"),
    "CI": ("Côte d'Ivoire", "Elfenbeinküste", "Côte d'Ivoire"),
    "LK": ("Sri Lanka", "Sri Lanka", "Sri Lanka"),
    "DE": ("Germany", "Deutschland", "Allemagne"),
    "IL": ("Israel", "Israel", "Israël"),
}
#: Main constituents (GC) of each oil: name, low %, high %.
CONSTITUENTS = {
    "Lavandula angustifolia": [
        ("Linalyl acetate", 25, 45),
        ("Linalool", 25, 38),
        ("cis-beta-Ocimene", 2, 6),
        ("Terpinen-4-ol", 0.1, 6),
        ("Lavandulyl acetate", 2, 5),
        ("Camphor", 0, 0.5),
    ],
    "Citrus sinensis": [
        ("Limonene", 93, 97),
        ("Myrcene", 1.5, 3),
        ("alpha-Pinene", 0.3, 0.7),
        ("Linalool", 0.2, 0.6),
        ("Decanal", 0.1, 0.4),
    ],
    "Pelargonium graveolens": [
        ("Citronellol", 20, 38),
        ("Geraniol", 8, 18),
        ("Citronellyl formate", 6, 12),
        ("Isomenthone", 4, 8),
        ("Linalool", 2, 10),
        ("Guaia-6,9-diene", 3, 7),
    ],
    "Mentha x piperita": [
        ("Menthol", 30, 45),
        ("Menthone", 17, 30),
        ("Menthyl acetate", 2, 8),
        ("1,8-Cineole", 3.5, 8),
        ("Menthofuran", 1, 5),
        ("Limonene", 1, 4),
    ],
    "Rosmarinus officinalis": [
        ("1,8-Cineole", 38, 55),
        ("Camphor", 5, 15),
        ("alpha-Pinene", 9, 14),
        ("beta-Pinene", 4, 9),
        ("Borneol", 1.5, 5),
    ],
    "Melaleuca alternifolia": [
        ("Terpinen-4-ol", 35, 48),
        ("gamma-Terpinene", 14, 28),
        ("alpha-Terpinene", 6, 12),
        ("1,8-Cineole", 0, 15),
        ("Terpinolene", 1.5, 5),
    ],
    "Eucalyptus globulus": [
        ("1,8-Cineole", 70, 85),
        ("alpha-Pinene", 2, 8),
        ("Limonene", 4, 12),
        ("p-Cymene", 1, 4),
    ],
}
REL_DENSITY = {
    "Lavandula angustifolia": (0.878, 0.892),
    "Citrus sinensis": (0.842, 0.850),
    "Pelargonium graveolens": (0.883, 0.900),
    "Mentha x piperita": (0.900, 0.916),
    "Rosmarinus officinalis": (0.892, 0.910),
    "Melaleuca alternifolia": (0.885, 0.906),
    "Eucalyptus globulus": (0.906, 0.925),
}


def mat_name(mt: Material, lang: str) -> str:
    return mt.names[LANGS3.index(lang)]


def coa_page(rng: random.Random, h: Head, s0: Style, mt: Material, lot: str, d: date) -> Page:
    """A supplier's certificate of analysis of one lot of an essential oil."""
    lg = h.lang
    s = paper(s0, s0.page_size)
    w, hh = s.page_size
    m = s.margin
    f = sheets(s, h, foot=0)
    caption(
        f,
        s,
        tr(lg, "CERTIFICATE OF ANALYSIS", "ANALYSENZERTIFIKAT", "CERTIFICAT D'ANALYSE"),
        4,
        rule=True,
    )
    made = d - timedelta(days=rng.randint(60, 300))
    f.y = pairs(
        f.page,
        s,
        m,
        f.y,
        [
            (tr(lg, "Product", "Produkt", "Produit"), mat_name(mt, lg)),
            (tr(lg, "Botanical name", "Botanischer Name", "Nom botanique"), mt.botanical),
            (
                "INCI",
                next(
                    (
                        i
                        for p in PRODUCTS
                        for i, _, _ in p.inci
                        if i.split()[0] == mt.botanical.split()[0]
                    ),
                    mt.botanical + " Oil",
                ),
            ),
            (
                "CAS",
                next(
                    (c for k, c in CAS.items() if k.split()[0] == mt.botanical.split()[0]),
                    "8000-28-0",
                ),
            ),
            (
                tr(lg, "Country of origin", "Herkunft", "Origine"),
                ORIGINS[mt.origin][LANGS3.index(lg)],
            ),
            (
                tr(lg, "Part of plant / process", "Pflanzenteil / Gewinnung", "Partie / procédé"),
                tr(
                    lg,
                    "flowering tops, steam distilled"
                    if "Lav" in mt.botanical
                    else "steam distilled",
                    "Wasserdampfdestillation",
                    "distillation à la vapeur d'eau",
                ),
            ),
            (tr(lg, "Lot / batch", "Charge", "Lot"), lot),
            (
                tr(lg, "Date of manufacture", "Herstelldatum", "Date de fabrication"),
                short(made, lg),
            ),
            (
                tr(lg, "Best before / retest", "Mindestens haltbar bis", "DLUO / recontrôle"),
                short(made + timedelta(days=730), lg),
            ),
        ],
        w * 0.7,
        s.size - 0.5,
    )
    f.y += 10
    lo, hi = REL_DENSITY.get(mt.botanical, (0.88, 0.90))
    rd = rng.uniform(lo, hi)
    rows = [
        [
            tr(lg, "Appearance", "Aussehen", "Aspect"),
            tr(
                lg, "clear mobile liquid", "klare, bewegliche Flüssigkeit", "liquide limpide mobile"
            ),
            tr(lg, "conforms", "entspricht", "conforme"),
        ],
        [
            tr(lg, "Colour", "Farbe", "Couleur"),
            tr(lg, "colourless to pale yellow", "farblos bis hellgelb", "incolore à jaune pâle"),
            tr(lg, "pale yellow", "hellgelb", "jaune pâle"),
        ],
        [
            tr(lg, "Odour", "Geruch", "Odeur"),
            tr(lg, "characteristic", "charakteristisch", "caractéristique"),
            tr(lg, "conforms", "entspricht", "conforme"),
        ],
        [
            tr(
                lg,
                "Relative density (20 °C)",
                "Relative Dichte (20 °C)",
                "Densité relative (20 °C)",
            ),
            f"{lo:.3f} - {hi:.3f}",
            f"{rd:.3f}",
        ],
        [
            tr(lg, "Refractive index (20 °C)", "Brechungsindex (20 °C)", "Indice de réfraction"),
            "1.455 - 1.466",
            f"{rng.uniform(1.456, 1.465):.4f}",
        ],
        [
            tr(lg, "Optical rotation", "Optische Drehung", "Pouvoir rotatoire"),
            "-12° - -6°",
            f"{rng.uniform(-11, -7):.1f}°",
        ],
        [tr(lg, "Flash point", "Flammpunkt", "Point d'éclair"), "-", f"{rng.randint(45, 75)} °C"],
    ]
    cols = columns(m, w - m, [(3, "left"), (2.6, "left"), (1.6, "left")])
    table(
        f,
        cols,
        [
            tr(lg, "Parameter", "Parameter", "Paramètre"),
            tr(lg, "Specification", "Spezifikation", "Spécification"),
            tr(lg, "Result", "Ergebnis", "Résultat"),
        ],
        rows,
        s,
        shade=0.88,
    )
    f.y += 6
    band(
        f.page,
        s,
        f.y,
        tr(
            lg,
            "Gas chromatography - main constituents (%)",
            "Gaschromatographie - Hauptbestandteile (%)",
            "Chromatographie en phase gazeuse - constituants majeurs (%)",
        ),
    )
    f.y += 16
    gc = [
        [c, f"{a:g} - {b:g}", f"{rng.uniform(a + (b - a) * 0.15, b - (b - a) * 0.15):.2f}"]
        for c, a, b in CONSTITUENTS.get(mt.botanical, [])
    ]
    table(
        f,
        cols,
        [
            tr(lg, "Constituent", "Komponente", "Constituant"),
            "Spec.",
            tr(lg, "Found", "Gefunden", "Trouvé"),
        ],
        gc,
        s,
    )
    f.y += 8
    write(
        f,
        s,
        tr(
            lg,
            "The above lot complies with the specification. This certificate was "
            "generated electronically and is valid without signature.",
            "Die Charge entspricht der Spezifikation. Dieses Zertifikat wurde elektronisch "
            "erstellt und ist ohne Unterschrift gültig.",
            "Le lot ci-dessus est conforme à la spécification. Certificat établi par voie "
            "électronique, valable sans signature.",
        ),
        s.size - 1,
    )
    if rng.random() < 0.45:
        qa = staff(h, "qa")
        f.need(50)
        f.y += 14
        scrawl(f.page, m, f.y, qa, 12)
        f.page.text(
            m,
            f.y + 12,
            f"{qa} - {tr(lg, 'Quality Control', 'Qualitätskontrolle', 'Contrôle qualité')}",
            s.font,
            7.5,
        )
    p = f.pages[0]
    p.text(w - m, hh - 26, f"QC-{serial(rng, '999')}  {short(d, lg)}", s.font, 6.5, "right")
    return p


IFRA_CATS = [
    ("1", ("Lip products", "Lippenprodukte", "Produits pour les lèvres")),
    ("4", ("Fine fragrance", "Feinparfum", "Parfumerie fine")),
    ("5A", ("Body lotion", "Körperlotion", "Lotion corporelle")),
    ("5B", ("Face cream", "Gesichtscreme", "Crème visage")),
    ("9", ("Rinse-off soap, shampoo", "Seife, Shampoo (abspülbar)", "Savon, shampooing rincé")),
    ("10A", ("Household, hand wash", "Haushalt, Handwäsche", "Entretien, lavage main")),
]


def ifra_page(rng: random.Random, h: Head, s0: Style, mt: Material, d: date) -> Page:
    """An IFRA certificate of conformity: the maximum use levels by product category."""
    lg = h.lang
    s = paper(s0, s0.page_size)
    w, _ = s.page_size
    m = s.margin
    f = sheets(s, h, foot=0)
    caption(
        f,
        s,
        tr(
            lg,
            "IFRA CERTIFICATE OF CONFORMITY",
            "IFRA-KONFORMITÄTSBESCHEINIGUNG",
            "CERTIFICAT DE CONFORMITÉ IFRA",
        ),
        3,
    )
    amend = rng.choice(["49th", "51st"]) if lg == "en" else rng.choice(["49.", "51."])
    write(
        f,
        s,
        tr(
            lg,
            f"We certify that {mat_name(mt, lg)} ({mt.botanical}) is in compliance "
            f"with the standards of the {amend} Amendment to the IFRA Code of Practice, "
            "provided it is used in the following categories at a maximum concentration of:",
            f"Wir bestätigen, dass {mat_name(mt, lg)} ({mt.botanical}) den Standards des "
            f"{amend} Amendments des IFRA Code of Practice entspricht, sofern es in den "
            "folgenden Kategorien höchstens in folgender Konzentration eingesetzt wird:",
            f"Nous certifions que {mat_name(mt, lg)} ({mt.botanical}) est conforme aux "
            f"normes du {amend} amendement du Code de pratique IFRA, pour une utilisation "
            "dans les catégories suivantes aux concentrations maximales de :",
        ),
    )
    cols = columns(m, w - m, [(0.8, "left"), (4, "left"), (1.6, "right")])
    rows = [
        [c, n[LANGS3.index(lg)], f"{rng.choice([0.6, 1.2, 2.4, 4.1, 8.5, 12.0, 22.0]):.2f} %"]
        for c, n in IFRA_CATS
    ]
    table(
        f,
        cols,
        [
            tr(lg, "Cat.", "Kat.", "Cat."),
            tr(lg, "Product type", "Produktart", "Type de produit"),
            tr(lg, "Max. level", "Max. Konz.", "Conc. max."),
        ],
        rows,
        s,
        rules=True,
    )
    f.y += 10
    write(f, s, prose(rng, lg, "reg", 2, 3), s.size - 1)
    f.y += 16
    signer = staff(h, "regulatory")
    scrawl(f.page, m, f.y, signer, 12)
    f.page.text(
        m,
        f.y + 12,
        f"{signer}, {tr(lg, 'Regulatory Affairs', '', 'Affaires réglementaires')} - {short(d, lg)}",
        s.font,
        8,
    )
    return f.pages[0]


def tpl_oil_invoice(rng: random.Random, who: Issuer) -> list[Page]:
    """An essential oil and raw material supplier's invoice: lines with lot numbers and
    pack sizes, shipping and VAT; behind it a certificate of analysis for each lot of oil and
    now and then an IFRA certificate of conformity."""
    h = head_of(who, "oils", abroad=0.2)
    lg = h.lang
    s = style_of(h)
    w, hh = s.page_size
    m = s.margin
    d = some_day(rng)
    no = serial(rng, keyed(who, "inv").choice(["INV-999999", "99999", "RE-2025-9999", "FA99999"]))
    f = sheets(s, h, f"{h.name} - {tr(lg, 'Invoice', 'Rechnung', 'Facture')} {no}")
    caption(f, s, tr(lg, "INVOICE", "RECHNUNG", "FACTURE"), 5)
    recipient(
        f,
        s,
        h,
        maker_lines(),
        d,
        [
            (tr(lg, "Invoice no.", "Rechnungs-Nr.", "Facture n°"), no),
            (
                tr(lg, "Customer no.", "Kunden-Nr.", "Code client"),
                serial(keyed(who, "cust"), "K99999"),
            ),
            (
                tr(lg, "Your order", "Ihre Bestellung", "Votre commande"),
                tr(
                    lg,
                    f"web order {serial(rng, '999999')}",
                    f"Webshop {serial(rng, '999999')}",
                    f"commande web {serial(rng, '999999')}",
                ),
            ),
        ],
    )
    mats = rng.sample(MATERIALS, rng.choice([2, 3, 4, 5, 7, 9]))
    if not any(mt.oil for mt in mats):
        mats[0] = rng.choice(OILS)
    rows: list[list[str]] = []
    net = 0.0
    lots: list[tuple[Material, str]] = []
    for mt in mats:
        pack = rng.choice(mt.packs)
        qty = rng.randint(1, 4)
        unit = round(mt.price * pack * (1.1 if pack < 1 else 1.0), 2)
        lot = serial(rng, rng.choice(["L99999", "9999-99", "AA99A999"]))
        lots.append((mt, lot))
        net += unit * qty
        rows.append(
            [
                serial(rng, "99999"),
                f"{mat_name(mt, lg)} - {pack:g} kg",
                lot,
                str(qty),
                money(unit, lg),
                money(unit * qty, lg),
            ]
        )
    ship = rng.choice([0.0, 8.95, 12.50, 19.90])
    if ship:
        rows.append(
            [
                "",
                tr(lg, "Carriage (pallet/parcel)", "Versandkosten", "Frais de port"),
                "",
                "1",
                money(ship, lg),
                money(ship, lg),
            ]
        )
        net += ship
    cols = columns(
        m,
        w - m,
        [(0.9, "left"), (4, "left"), (1.3, "left"), (0.6, "right"), (1.1, "right"), (1.2, "right")],
    )
    table(
        f,
        cols,
        [
            tr(lg, "Item", "Art.-Nr.", "Réf."),
            tr(lg, "Description", "Bezeichnung", "Désignation"),
            tr(lg, "Lot", "Charge", "Lot"),
            tr(lg, "Qty", "Menge", "Qté"),
            tr(lg, "Unit", "Einzelpr.", "P.U. HT"),
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
        round(net, 2),
        0.0 if foreign else vat_rate(lg),
        note=tr(
            lg,
            "Reverse charge: customer to account for VAT."
            if foreign
            else f"Payment due within {rng.choice([14, 30])} days. Goods remain our property until "
            "paid in full.",
            "Steuerschuldnerschaft des Leistungsempfängers."
            if foreign
            else "Zahlbar innerhalb von 14 Tagen ohne Abzug. Die Ware bleibt bis zur vollständigen "
            "Bezahlung unser Eigentum.",
            "Autoliquidation - art. 283-2 du CGI."
            if foreign
            else "Paiement à 30 jours. Pénalités de retard : 3 fois le taux d'intérêt légal ; "
            "indemnité forfaitaire pour frais de recouvrement : 40 €.",
        ),
    )
    pages = close(f.pages, s, h)
    received(rng, pages[0], d)
    coa_odds = keyed(who, "coa").choice([0.5, 0.8, 1.0])
    oils = [(mt, lot) for mt, lot in lots if mt.oil]
    for mt, lot in oils:
        if rng.random() < coa_odds:
            pages.append(coa_page(rng, h, s, mt, lot, d))
    if oils and rng.random() < 0.3:
        pages.append(ifra_page(rng, h, s, oils[0][0], d))
    if rng.random() < 0.25:
        hand(
            pages[0],
            m + 10,
            hh - m - 40,
            tr(
                home(),
                f"pd {short(d + timedelta(days=9), home())} BACS",
                f"bez. {short(d + timedelta(days=9), home())}",
                f"réglé le {short(d + timedelta(days=9), home())}",
            ),
            11,
        )
    remember(d, (h.name, oils[0][0] if oils else None))
    return pages


SDS_SECTIONS = {
    "en": [
        "Identification of the substance/mixture and of the company/undertaking",
        "Hazards identification",
        "Composition/information on ingredients",
        "First aid measures",
        "Firefighting measures",
        "Accidental release measures",
        "Handling and storage",
        "Exposure controls/personal protection",
        "Physical and chemical properties",
        "Stability and reactivity",
        "Toxicological information",
        "Ecological information",
        "Disposal considerations",
        "Transport information",
        "Regulatory information",
        "Other information",
    ],
    "de": [
        "Bezeichnung des Stoffs bzw. des Gemischs und des Unternehmens",
        "Mögliche Gefahren",
        "Zusammensetzung/Angaben zu Bestandteilen",
        "Erste-Hilfe-Maßnahmen",
        "Maßnahmen zur Brandbekämpfung",
        "Maßnahmen bei unbeabsichtigter Freisetzung",
        "Handhabung und Lagerung",
        "Begrenzung und Überwachung der Exposition/Persönliche Schutzausrüstungen",
        "Physikalische und chemische Eigenschaften",
        "Stabilität und Reaktivität",
        "Toxikologische Angaben",
        "Umweltbezogene Angaben",
        "Hinweise zur Entsorgung",
        "Angaben zum Transport",
        "Rechtsvorschriften",
        "Sonstige Angaben",
    ],
    "fr": [
        "Identification de la substance/du mélange et de la société/l'entreprise",
        "Identification des dangers",
        "Composition/informations sur les composants",
        "Premiers secours",
        "Mesures de lutte contre l'incendie",
        "Mesures à prendre en cas de dispersion accidentelle",
        "Manipulation et stockage",
        "Contrôles de l'exposition/protection individuelle",
        "Propriétés physiques et chimiques",
        "Stabilité et réactivité",
        "Informations toxicologiques",
        "Informations écologiques",
        "Considérations relatives à l'élimination",
        "Informations relatives au transport",
        "Informations relatives à la réglementation",
        "Autres informations",
    ],
}
H_PHRASES = {
    "en": [
        "H226 Flammable liquid and vapour.",
        "H304 May be fatal if swallowed and enters airways.",
        "H315 Causes skin irritation.",
        "H317 May cause an allergic skin reaction.",
        "H319 Causes serious eye irritation.",
        "H411 Toxic to aquatic life with long lasting effects.",
    ],
    "de": [
        "H226 Flüssigkeit und Dampf entzündbar.",
        "H304 Kann bei Verschlucken und Eindringen in die Atemwege tödlich sein.",
        "H315 Verursacht Hautreizungen.",
        "H317 Kann allergische Hautreaktionen verursachen.",
        "H319 Verursacht schwere Augenreizung.",
        "H411 Giftig für Wasserorganismen, mit langfristiger Wirkung.",
    ],
    "fr": [
        "H226 Liquide et vapeurs inflammables.",
        "H304 Peut être mortel en cas d'ingestion et de pénétration dans les voies respiratoires.",
        "H315 Provoque une irritation cutanée.",
        "H317 Peut provoquer une allergie cutanée.",
        "H319 Provoque une sévère irritation des yeux.",
        "H411 Toxique pour les organismes aquatiques, entraîne des effets néfastes à long terme.",
    ],
}


def tpl_sds(rng: random.Random, who: Issuer) -> list[Page]:
    """A supplier's safety data sheet for an essential oil: title block, the sixteen sections
    with a composition table, running header with product and revision date, 'Page i of n'."""
    h = head_of(who, "oils", abroad=0.2)
    lg = h.lang
    ex = extra_of("oil_invoice")
    mt = ex[1] if isinstance(ex, tuple) and isinstance(ex[1], Material) else rng.choice(OILS)
    size = LETTER if lg == "en" and rng.random() < 0.15 else A4
    s = style_of(h, size, pt=min(h.pt, 9))
    w, hh = size
    m = s.margin
    d = last_day(rng, ("oil_invoice",), (0, 3))
    rev = d - timedelta(days=rng.randint(40, 900))
    title = tr(lg, "SAFETY DATA SHEET", "SICHERHEITSDATENBLATT", "FICHE DE DONNÉES DE SÉCURITÉ")
    reg = tr(
        lg,
        "according to Regulation (EC) No. 1907/2006 (UK REACH) as amended",
        "gemäß Verordnung (EG) Nr. 1907/2006 (REACH), Anhang II",
        "conformément au règlement (CE) n° 1907/2006 (REACH), annexe II",
    )
    header = f"{title} - {mat_name(mt, lg)} - "
    header += f"{tr(lg, 'Revision', 'Überarbeitet am', 'Révision')} {short(rev, lg)}"

    def start(p: Page, n: int) -> float:
        if n == 1:
            return heading(p, s, h)
        return running_header(p, s, header) + 10

    f = Sheets((w, hh), hh - m - 14, start)
    f.page.rect(m, f.y - 12, w - 2 * m, 34, fill=0.9)
    f.page.text(w / 2, f.y + 2, title, s.bold, s.size + 4, "center")
    f.page.text(w / 2, f.y + 15, fit(reg, s.font, 7.5, w - 2 * m - 10), s.font, 7.5, "center")
    f.y += 36
    f.y = (
        pairs(
            f.page,
            s,
            m,
            f.y,
            [
                (tr(lg, "Trade name", "Handelsname", "Nom commercial"), mat_name(mt, lg)),
                (tr(lg, "Revision date", "Überarbeitet am", "Date de révision"), short(rev, lg)),
                (
                    tr(lg, "Version", "Version", "Version"),
                    f"{rng.randint(1, 7)}.{rng.randint(0, 3)}",
                ),
                (tr(lg, "Print date", "Druckdatum", "Date d'impression"), short(d, lg)),
            ],
            w * 0.6,
            s.size - 1,
        )
        + 6
    )
    hs = rng.sample(H_PHRASES[lg], rng.randint(3, 5))
    for k, sec in enumerate(SDS_SECTIONS[lg], 1):
        f.need(40)
        f.page.rect(m, f.y - 9, w - 2 * m, 12, fill=0.82)
        f.page.text(
            m + 3,
            f.y,
            fit(
                f"{tr(lg, 'SECTION', 'ABSCHNITT', 'RUBRIQUE')} {k}: {sec}",
                s.bold,
                8.5,
                w - 2 * m - 6,
            ),
            s.bold,
            8.5,
        )
        f.y += 14
        if k == 2:
            for t in hs:
                write(f, s, t, s.size - 1, indent=10)
        elif k == 3:
            cols = columns(m, w - m, [(3, "left"), (1.5, "left"), (1.2, "left"), (2.5, "left")])
            rows = [
                [
                    c,
                    "-",
                    f"{a:g}-{b:g} %",
                    rng.choice(["Flam. Liq. 3", "Skin Sens. 1B", "Asp. Tox. 1", "Skin Irrit. 2"]),
                ]
                for c, a, b in CONSTITUENTS.get(mt.botanical, [])[:4]
            ]
            table(
                f,
                cols,
                [
                    tr(lg, "Component", "Bestandteil", "Composant"),
                    "CAS",
                    tr(lg, "Conc.", "Gehalt", "Conc."),
                    "CLP",
                ],
                rows,
                s,
                size=s.size - 1.5,
            )
        elif k == 9:
            props = [
                (
                    tr(lg, "Appearance", "Aussehen", "Aspect"),
                    tr(lg, "liquid", "flüssig", "liquide"),
                ),
                (
                    tr(lg, "Odour", "Geruch", "Odeur"),
                    tr(lg, "characteristic", "typisch", "typique"),
                ),
                (
                    tr(lg, "Flash point", "Flammpunkt", "Point d'éclair"),
                    f"{rng.randint(45, 75)} °C",
                ),
                (tr(lg, "Relative density", "Relative Dichte", "Densité relative"), "0.88 - 0.92"),
                (
                    tr(lg, "Solubility in water", "Wasserlöslichkeit", "Hydrosolubilité"),
                    tr(lg, "insoluble", "unlöslich", "insoluble"),
                ),
                (tr(lg, "Vapour pressure", "Dampfdruck", "Pression de vapeur"), "n.d."),
            ]
            f.y = pairs(f.page, s, m + 10, f.y, props, w * 0.7, s.size - 1) + 6
        else:
            many = k in (1, 4, 7, 8, 11, 12, 14, 15)
            for j in range(rng.randint(2, 4) if many else rng.randint(1, 2)):
                f.need(30)
                f.page.text(m + 4, f.y, f"{k}.{j + 1}", s.bold, s.size - 1)
                f.para(m + 28, w - 2 * m - 28, prose(rng, lg, "chem", 2, 4), s.font, s.size - 1)
    pages = f.pages
    for k, p in enumerate(pages, 1):
        p.text(
            w - m,
            hh - 24,
            tr(
                lg,
                f"Page {k} of {len(pages)}",
                f"Seite {k} von {len(pages)}",
                f"Page {k}/{len(pages)}",
            ),
            s.font,
            7.5,
            "right",
        )
        p.text(m, hh - 24, fit(h.name, s.font, 7, w / 2 - m), s.font, 7)
    remember(d, (h.name, mt))
    return pages


# ---------------------------------------------------------------------------------------------
# Templates XXXX: safety, notification and testing of the products
# ---------------------------------------------------------------------------------------------

CATEGORY = {
    "soap": (
        "Rinse-off skin care: soap bar",
        "Abspülbares Produkt: Seifenstück",
        "Produit rincé : savon solide",
    ),
    "balm": (
        "Leave-on skin care: balm",
        "Auf der Haut verbleibend: Balsam",
        "Produit non rincé : baume",
    ),
    "cream": (
        "Leave-on skin care: hand cream",
        "Auf der Haut verbleibend: Handcreme",
        "Produit non rincé : crème mains",
    ),
    "bar": (
        "Rinse-off hair care: solid shampoo",
        "Abspülbar: festes Shampoo",
        "Produit rincé : shampooing solide",
    ),
    "salts": ("Rinse-off: bath salts", "Abspülbar: Badesalz", "Produit rincé : sels de bain"),
}
#: Daily amount (g/day) and retention factor by product kind (SCCS notes of guidance).
EXPOSURE = {
    "soap": (20.0, 0.01),
    "balm": (0.6, 1.0),
    "cream": (2.16, 1.0),
    "bar": (10.46, 0.01),
    "salts": (17.0, 0.01),
}


def tpl_cpsr(rng: random.Random, who: Issuer) -> list[Page]:
    """A safety assessor's cosmetic product safety report: cover sheet, part A (formula,
    specifications, exposure, margin of safety table, sometimes on a landscape page), part B
    (conclusion, warnings, reasoning) and the assessor's signed declaration."""
    h = head_of(who, "assessor")
    lg = h.lang
    pr = product_of(rng, "pet_report", "batch_record")
    s = style_of(h)
    w, hh = s.page_size
    m = s.margin
    d = last_day(rng, ("pet_report",), (5, 20))
    ref = serial(rng, rng.choice(["CPSR-99-999", "SB-2025-999", "RA99999"]))
    version = rng.choice(["1.0", "1.1", "2.0"])
    assessor = (
        staff(h, "assessor")
        if not h.name.startswith("Dr")
        else h.name.split(",")[0].split(" PhD")[0]
    )
    name = pr.name(lg)
    header = f"CPSR {name} - {ref} - v{version}"
    landscape_mos = rng.random() < 0.35
    cover = rng.random() < 0.75
    pages: list[Page] = []
    if cover:
        p = Page(A4)
        y = heading(p, s, h)
        y += 90
        p.text(
            w / 2,
            y,
            tr(
                lg,
                "COSMETIC PRODUCT SAFETY REPORT",
                "SICHERHEITSBERICHT FÜR KOSMETISCHE MITTEL",
                "RAPPORT SUR LA SÉCURITÉ DU PRODUIT COSMÉTIQUE",
            ),
            s.bold,
            shrink("SICHERHEITSBERICHT FÜR KOSMETISCHE MITTEL", s.bold, 15, w - 2 * m),
            "center",
        )
        p.text(
            w / 2,
            y + 20,
            tr(
                lg,
                "in accordance with Article 10 and Annex I of Regulation (EC) "
                "No 1223/2009" + (" as retained in UK law" if lg == "en" else ""),
                "gemäß Artikel 10 und Anhang I der Verordnung (EG) Nr. 1223/2009",
                "conformément à l'article 10 et à l'annexe I du règlement (CE) n° 1223/2009",
            ),
            s.font,
            8,
            "center",
        )
        y += 80
        y = fields(
            p,
            s,
            m + 30,
            y,
            w - 2 * m - 60,
            [
                (tr(lg, "Product", "Produkt", "Produit"), f"{name} {pr.size}"),
                (tr(lg, "Product code", "Artikel-Nr.", "Code produit"), pr.code),
                (
                    tr(lg, "Responsible person", "Verantwortliche Person", "Personne responsable"),
                    maker_row()[0],
                ),
                (tr(lg, "Report reference", "Bericht-Nr.", "Référence"), ref),
                (
                    tr(lg, "Version / date", "Version / Datum", "Version / date"),
                    f"{version} / {short(d, lg)}",
                ),
                (
                    tr(
                        lg, "Safety assessor", "Sicherheitsbewerter/in", "Évaluateur de la sécurité"
                    ),
                    assessor,
                ),
            ],
            per=2,
            tall=30,
            hand=False,
        )
        p.text(
            w / 2,
            hh - 80,
            tr(
                lg,
                "CONFIDENTIAL - part of the product information file",
                "VERTRAULICH - Teil der Produktinformationsdatei",
                "CONFIDENTIEL - fait partie du dossier d'information produit",
            ),
            s.bold,
            8,
            "center",
        )
        pages.append(p)
    f = sheets(s, h, header, top=not cover)
    if cover:
        f.y = running_header(f.page, s, header) + 10
    caption(
        f,
        s,
        tr(
            lg,
            "PART A - Cosmetic product safety information",
            "TEIL A - Sicherheitsinformationen zum kosmetischen Mittel",
            "PARTIE A - Informations sur la sécurité du produit cosmétique",
        ),
        2,
        rule=True,
    )
    f.heading(
        m,
        tr(
            lg,
            "1. Quantitative and qualitative composition",
            "1. Quantitative und qualitative Zusammensetzung",
            "1. Composition quantitative et qualitative",
        ),
        s.bold,
        s.size,
    )
    cols = columns(m, w - m, [(3.6, "left"), (1.4, "left"), (2, "left"), (1, "right")])
    rows = [[i, CAS.get(i, "-"), fn, f"{pc:.2f}"] for i, fn, pc in pr.inci]
    table(
        f,
        cols,
        ["INCI", "CAS", tr(lg, "Function", "Funktion", "Fonction"), "% w/w"],
        rows,
        s,
        rules=True,
    )
    sections = [
        tr(
            lg,
            "2. Physical/chemical characteristics and stability",
            "2. Physikalisch-chemische Eigenschaften und Stabilität",
            "2. Caractéristiques physico-chimiques et stabilité",
        ),
        tr(
            lg,
            "3. Microbiological quality",
            "3. Mikrobiologische Qualität",
            "3. Qualité microbiologique",
        ),
        tr(
            lg,
            "4. Impurities, traces, packaging material",
            "4. Verunreinigungen, Spuren, Verpackungsmaterial",
            "4. Impuretés, traces, matériau d'emballage",
        ),
        tr(
            lg,
            "5. Normal and reasonably foreseeable use",
            "5. Normaler und vernünftigerweise vorhersehbarer Gebrauch",
            "5. Utilisation normale et raisonnablement prévisible",
        ),
    ]
    for sec in sections:
        f.heading(m, sec, s.bold, s.size)
        write(f, s, prose(rng, lg, "reg", 2, 4), s.size - 0.5)
    amount, ret = EXPOSURE[pr.kind]
    sed_rows = []
    for i, _, pc in pr.inci:
        if pc > 3 or i in ("Aqua",):
            continue
        sed = amount * ret * pc / 100 * 1000 / 60
        noael = rng.choice([50.0, 100.0, 200.0, 250.0, 500.0, 1000.0])
        sed_rows.append(
            [i, f"{pc:.2f}", f"{sed:.4f}", f"{noael:g}", f"{noael / max(sed, 1e-4):,.0f}"]
        )
    mos_head = [
        "INCI",
        "C (%)",
        tr(lg, "SED (mg/kg bw/d)", "SED (mg/kg KG/d)", "SED (mg/kg pc/j)"),
        "NOAEL",
        "MoS",
    ]
    f.heading(
        m,
        tr(
            lg,
            "6. Exposure to the cosmetic product and 7. to the substances",
            "6. Exposition gegenüber dem Mittel und 7. gegenüber den Stoffen",
            "6. Exposition au produit et 7. aux substances",
        ),
        s.bold,
        s.size,
    )
    write(
        f,
        s,
        tr(
            lg,
            f"Calculated daily exposure: {amount:g} g/day, retention factor {ret:g}, "
            "body weight 60 kg.",
            f"Tägliche Exposition: {amount:g} g/Tag, Retentionsfaktor "
            f"{ret:g}, Körpergewicht 60 kg.",
            f"Exposition quotidienne : {amount:g} g/j, "
            f"facteur de rétention {ret:g}, poids corporel 60 kg.",
        ),
        s.size - 0.5,
    )
    mos_cols = columns(
        m, w - m, [(3.4, "left"), (0.8, "right"), (1.5, "right"), (1, "right"), (1, "right")]
    )
    if landscape_mos:
        write(
            f,
            s,
            tr(
                lg,
                "The margin of safety calculation is given in Table 1 (landscape page).",
                "Die Berechnung der Sicherheitsabstände enthält Tabelle 1 (Querformat).",
                "Le calcul des marges de sécurité figure au tableau 1 (page paysage).",
            ),
            s.size - 0.5,
        )
    else:
        table(f, mos_cols, mos_head, sed_rows, s, rules=True)
    for sec in (
        tr(
            lg,
            "8. Toxicological profile of the substances",
            "8. Toxikologisches Profil der Stoffe",
            "8. Profil toxicologique des substances",
        ),
        tr(lg, "9. Undesirable effects", "9. Unerwünschte Wirkungen", "9. Effets indésirables"),
    ):
        f.heading(m, sec, s.bold, s.size)
        for _ in range(rng.randint(1, 3)):
            write(f, s, prose(rng, lg, "reg", 2, 4), s.size - 0.5)
    f.new_page()
    caption(
        f,
        s,
        tr(
            lg,
            "PART B - Cosmetic product safety assessment",
            "TEIL B - Sicherheitsbewertung des kosmetischen Mittels",
            "PARTIE B - Évaluation de la sécurité du produit cosmétique",
        ),
        2,
        rule=True,
    )
    f.heading(
        m,
        tr(
            lg,
            "1. Assessment conclusion",
            "1. Ergebnis der Bewertung",
            "1. Conclusion de l'évaluation",
        ),
        s.bold,
        s.size,
    )
    write(
        f,
        s,
        tr(
            lg,
            f"The product {name} is safe for human health when used under normal or "
            "reasonably foreseeable conditions of use.",
            f"Das Produkt {name} ist bei "
            "normalem oder vernünftigerweise vorhersehbarem Gebrauch für die menschliche "
            "Gesundheit sicher.",
            f"Le produit {name} est sûr pour la santé humaine dans des "
            "conditions d'utilisation normales ou raisonnablement prévisibles.",
        ),
    )
    f.heading(
        m,
        tr(
            lg,
            "2. Labelled warnings and instructions of use",
            "2. Warnhinweise und Gebrauchsanweisung",
            "2. Avertissements et mode d'emploi",
        ),
        s.bold,
        s.size,
    )
    write(f, s, prose(rng, lg, "reg", 1, 2))
    f.heading(m, tr(lg, "3. Reasoning", "3. Begründung", "3. Raisonnement"), s.bold, s.size)
    for _ in range(rng.randint(1, 3)):
        write(f, s, prose(rng, lg, "reg", 3, 5))
    f.heading(
        m,
        tr(
            lg,
            "4. Assessor's credentials and approval",
            "4. Qualifikation und Freigabe",
            "4. Qualification de l'évaluateur et approbation",
        ),
        s.bold,
        s.size,
    )
    write(
        f,
        s,
        tr(
            lg,
            "BSc (Hons) Pharmacology, MSc Toxicology; qualification per Art. 10(2).",
            "Dipl.-Pharm., Fachapothekerin für Toxikologie; Qualifikation nach Art. 10 Abs. 2.",
            "Docteur en pharmacie, DESS toxicologie ; qualification selon l'art. 10.2.",
        ),
        s.size - 0.5,
    )
    f.need(90)
    f.y += 34
    scrawl(f.page, m, f.y, assessor, 14)
    f.page.line(m, f.y + 4, m + 200, f.y + 4)
    f.page.text(m, f.y + 14, f"{assessor} - {short(d, lg)}", s.font, s.size - 1)
    pages.extend(f.pages)
    if landscape_mos:
        s2 = paper(s, A4L, margin=44)
        lw, lh = A4L
        g = Sheets(A4L, lh - 40, lambda p, n: running_header(p, s2, header) + 12)
        caption(
            g,
            s2,
            tr(
                lg,
                "Table 1 - Margin of safety",
                "Tabelle 1 - Sicherheitsabstand (MoS)",
                "Tableau 1 - Marge de sécurité",
            ),
            2,
        )
        table(
            g,
            columns(
                44,
                lw - 44,
                [
                    (3.4, "left"),
                    (0.8, "right"),
                    (1.5, "right"),
                    (1, "right"),
                    (1, "right"),
                    (3, "left"),
                ],
            ),
            [*mos_head, tr(lg, "Source", "Quelle", "Source")],
            [
                [*r, rng.choice(["SCCS/1628/21", "ECHA dossier", "CIR 2019", "supplier tox data"])]
                for r in sed_rows
            ],
            s2,
            rules=True,
        )
        pages.insert(len(pages) - 1, g.pages[0])
    numbers = rng.choice(
        ["Page {i} of {n}", "Seite {i} von {n}" if lg == "de" else "{i}/{n}", "none"]
    )
    close(pages, s, h, numbers=numbers, covers=1 if cover else 0)
    remember(d, pr)
    return pages


def tpl_rp_agreement(rng: random.Random, who: Issuer) -> list[Page]:
    """A responsible person agreement with a service provider (for the market the maker ships
    to from abroad): numbered clauses, schedule 1 of products, schedule 2 of fees and a
    signature page for both parties."""
    h = head_of(who, "rp")
    if h.lang == home():
        lang = rng.choice([x for x in LANGS3 if x != home() and SENDERS["rp"][x]])
        h = make_head(keyed(who, "rp2").choice(SENDERS["rp"][lang]), lang, "rp")
    lg = h.lang
    s = style_of(h, LETTER if lg == "en" and rng.random() < 0.1 else A4)
    w, hh = s.page_size
    m = s.margin
    d = some_day(rng)
    title = tr(
        lg,
        "RESPONSIBLE PERSON SERVICES AGREEMENT",
        "VERTRAG ÜBER DIE ÜBERNAHME DER FUNKTION DER VERANTWORTLICHEN PERSON",
        "CONTRAT DE DÉSIGNATION DE PERSONNE RESPONSABLE",
    )
    f = sheets(
        s,
        h,
        f"{h.name} - {tr(lg, 'RP Agreement', 'Vertrag VP', 'Contrat PR')} {serial(rng, '9999/99')}",
    )
    pt = shrink(title, s.bold, s.size + 3, w - 2 * m)
    f.page.text(w / 2, f.y, title, s.bold, pt, "center")
    f.y += 26
    f.page.text(m, f.y, tr(lg, "between", "zwischen", "entre"), s.font, s.size)
    f.y += 14
    for t in (
        f"{h.name}, {h.street}, {h.town}",
        tr(
            lg,
            '("the Responsible Person")',
            '(„Verantwortliche Person")',
            "(« la Personne responsable »)",
        ),
        tr(lg, "and", "und", "et"),
        ", ".join(maker_lines()),
        tr(lg, '("the Client")', '(„Auftraggeber")', "(« le Client »)"),
    ):
        f.page.text(m + 20, f.y, fit(t, s.font, s.size, w - 2 * m - 20), s.font, s.size)
        f.y += s.size * 1.5
    f.y += 10
    clauses = tr(
        lg,
        "Definitions|Appointment|Obligations of the Responsible Person|Obligations "
        "of the Client|Product information file|Notifications|Serious undesirable "
        "effects|Fees and payment|Liability and insurance|Term and termination|"
        "Governing law",
        "Begriffsbestimmungen|Bestellung|Pflichten der VP|Pflichten "
        "des Auftraggebers|Produktinformationsdatei|Notifizierung|Ernste unerwünschte "
        "Wirkungen|Vergütung|Haftung und Versicherung|Laufzeit und Kündigung|"
        "Anwendbares Recht",
        "Définitions|Désignation|Obligations de la Personne "
        "responsable|Obligations du Client|Dossier d'information produit|Notification|"
        "Effets indésirables graves|Honoraires|Responsabilité et assurance|Durée et "
        "résiliation|Droit applicable",
    ).split("|")
    for k, c in enumerate(clauses, 1):
        f.heading(m, f"{k}. {c}", s.bold, s.size)
        for j in range(rng.randint(1, 3)):
            f.para(
                m + 18,
                w - 2 * m - 18,
                f"{k}.{j + 1} {prose(rng, lg, 'legal', 1, 3)}",
                s.font,
                s.size - 0.5,
            )
    f.new_page()
    caption(
        f,
        s,
        tr(
            lg,
            "Schedule 1 - Products covered",
            "Anlage 1 - Produkte",
            "Annexe 1 - Produits concernés",
        ),
        1.5,
    )
    prods = rng.sample(PRODUCTS, rng.randint(3, 7))
    table(
        f,
        columns(m, w - m, [(1, "left"), (3.5, "left"), (1, "left"), (2, "left")]),
        [
            tr(lg, "Code", "Art.-Nr.", "Code"),
            tr(lg, "Product", "Produkt", "Produit"),
            tr(lg, "Size", "Inhalt", "Contenance"),
            tr(lg, "Notification", "Notifizierung", "Notification"),
        ],
        [
            [
                p.code,
                p.name(lg),
                p.size,
                rng.choice(
                    [tr(lg, "to be notified", "ausstehend", "à notifier"), serial(rng, "9999999")]
                ),
            ]
            for p in prods
        ],
        s,
        rules=True,
    )
    f.y += 14
    caption(f, s, tr(lg, "Schedule 2 - Fees", "Anlage 2 - Vergütung", "Annexe 2 - Honoraires"), 1.5)
    fee_rows = [
        [
            tr(
                lg,
                "Annual RP fee (up to 10 products)",
                "Jahrespauschale VP (bis 10 Produkte)",
                "Forfait annuel PR (jusqu'à 10 produits)",
            ),
            cash(rng.choice([450.0, 600.0, 750.0]), lg),
        ],
        [
            tr(
                lg,
                "Notification per product",
                "Notifizierung je Produkt",
                "Notification par produit",
            ),
            cash(rng.choice([25.0, 35.0, 40.0]), lg),
        ],
        [
            tr(lg, "PIF review per product", "Prüfung PID je Produkt", "Revue du DIP par produit"),
            cash(rng.choice([60.0, 80.0, 95.0]), lg),
        ],
    ]
    table(
        f,
        columns(m, w - m, [(4, "left"), (1.2, "right")]),
        [tr(lg, "Service", "Leistung", "Prestation"), tr(lg, "Fee", "Preis", "Prix")],
        fee_rows,
        s,
    )
    # The signature page.
    f.new_page()
    f.y += 30
    write(
        f,
        s,
        tr(
            lg,
            "Signed for and on behalf of the parties:",
            "Unterschriften der Vertragsparteien:",
            "Fait en deux exemplaires originaux.",
        ),
    )
    f.y += 40
    founder = crew("founder")
    rp_name = staff(h, "director")
    signed = rng.random() < 0.8
    for who_name, org, x in ((rp_name, h.name, m), (founder, maker_row()[0], w / 2 + 10)):
        f.page.text(x, f.y - 30, fit(org, s.bold, s.size - 1, w / 2 - m - 20), s.bold, s.size - 1)
        sign_box(
            f.page,
            s,
            x,
            f.y + 20,
            w / 2 - m - 20,
            tr(lg, "Signature", "Unterschrift", "Signature"),
            who_name,
            signed,
        )
        f.page.text(x, f.y + 44, who_name, s.font, s.size - 0.5)
        f.page.text(
            x,
            f.y + 58,
            tr(lg, "Date: ", "Ort, Datum: ", "Date : ")
            + (short(d + timedelta(days=rng.randint(0, 6)), lg) if signed else "________"),
            s.font,
            s.size - 0.5,
        )
    pages = close(f.pages, s, h, numbers=rng.choice(["Page {i} of {n}", "- {i} -", "{i}/{n}"]))
    if rng.random() < 0.5:
        for p in pages[:-1]:
            hand(p, w - m - 30, hh - 40, "".join(t[0] for t in founder.split()), 10)
    remember(d)
    return pages


def tpl_cpnp_notification(rng: random.Random, who: Issuer) -> list[Page]:
    """A notification printout from the portal (CPNP, or SCPN for Great Britain): the
    product's fields, category, frame formulation, nanomaterials and CMR answers, responsible
    person and the reference; browser header and footer, one or two pages."""
    pr = product_of(rng, "cpsr")
    uk = home() == "en" and keyed(who, "portal").random() < 0.75
    lg = home()

    w, hh = A4
    m = 40
    d = last_day(rng, ("cpsr", "cpnp_notification"), (0, 4))
    stamp_time = (
        f"{short(d, 'en' if uk else lg)}, {rng.randint(8, 17):02d}:{rng.randint(0, 59):02d}"
    )
    portal = (
        "Submit cosmetic product notifications (SCPN) - GOV.UK"
        if uk
        else "CPNP - Cosmetic Products Notification Portal"
    )
    url = (
        "https://www.submit-cosmetic-product-notifications.service.gov.uk/responsible_persons/"
        f"{rng.randint(1000, 9999)}/notifications/{serial(rng, '99999')}"
        if uk
        else f"https://webgate.ec.europa.eu/cpnp/secure/notification/{serial(rng, '9999999')}/view"
    )
    ref = serial(rng, "9999999")
    pages = []
    p = Page(A4)
    pages.append(p)
    p.text(m - 10, 18, stamp_time, "Helvetica", 7)
    p.text(w / 2, 18, fit(portal, "Helvetica", 7, 260), "Helvetica", 7, "center")
    p.rect(m, 34, w - 2 * m, 30, fill=0.15 if uk else 0.3)
    p.text(m + 10, 54, "GOV.UK" if uk else "European Commission", "Helvetica-Bold", 13)
    p.text(
        w - m - 10, 54, fit("SCPN" if uk else "CPNP", "Helvetica", 9, 100), "Helvetica", 9, "right"
    )
    y = 96.0
    p.text(
        m,
        y,
        fit(pr.name("en" if uk else lg), "Helvetica-Bold", 16, w - 2 * m),
        "Helvetica-Bold",
        16,
    )
    y += 18
    p.text(
        m,
        y,
        ("UK cosmetic product number: UKCP-" if uk else "Notification reference: ") + ref,
        "Helvetica",
        9,
    )
    y += 22
    en = uk or rng.random() < 0.6  # the EU portal is often printed in English
    L = "en" if en else lg
    rows = [
        (tr(L, "Product name", "Produktname", "Nom du produit"), pr.name(lg)),
        (
            tr(L, "Responsible person", "Verantwortliche Person", "Personne responsable"),
            f"{maker_row()[0]}, {maker_row()[2]}",
        ),
        (tr(L, "Category", "Kategorie", "Catégorie"), CATEGORY[pr.kind][LANGS3.index(L)]),
        (
            tr(L, "Physical form", "Physikalischer Zustand", "Forme physique"),
            {
                "soap": tr(L, "Solid or pressed powder", "Fest", "Solide"),
                "bar": tr(L, "Solid or pressed powder", "Fest", "Solide"),
                "salts": tr(L, "Loose powder", "Pulver", "Poudre"),
                "cream": tr(L, "Cream", "Creme", "Crème"),
                "balm": tr(L, "Balm", "Balsam", "Baume"),
            }[pr.kind],
        ),
        (
            tr(L, "Special applicator", "Besonderer Applikator", "Applicateur spécial"),
            tr(L, "No", "Nein", "Non"),
        ),
        (
            tr(L, "Formulation given as", "Angabe der Rezeptur", "Formulation"),
            tr(L, "Frame formulation", "Rahmenrezeptur", "Formulation-cadre")
            if rng.random() < 0.6
            else tr(L, "Exact concentrations", "Exakte Konzentrationen", "Concentrations exactes"),
        ),
        (
            tr(L, "Contains nanomaterials", "Nanomaterialien", "Nanomatériaux"),
            tr(L, "No", "Nein", "Non"),
        ),
        (
            tr(L, "Contains CMR substances", "CMR-Stoffe", "Substances CMR"),
            tr(L, "No", "Nein", "Non"),
        ),
        (
            tr(L, "pH", "pH-Wert", "pH"),
            "-" if pr.kind in ("balm", "salts") else f"{rng.uniform(5.0, 10.2):.1f}",
        ),
        (tr(L, "Shades / variants", "Varianten", "Nuances"), tr(L, "None", "Keine", "Aucune")),
        (tr(L, "Notified on", "Notifiziert am", "Notifié le"), short(d, "en" if uk else lg)),
        (tr(L, "Status", "Status", "Statut"), tr(L, "Notified", "Notifiziert", "Notifié")),
    ]
    if not uk:
        rows.insert(
            3,
            (
                tr(L, "Member state of first placing", "Mitgliedstaat", "État membre"),
                {"en": "Ireland", "de": "Deutschland", "fr": "France"}[lg],
            ),
        )
    for k, (a, b) in enumerate(rows):
        if k % 2 == 0:
            p.rect(m, y - 11, w - 2 * m, 16, fill=0.94)
        p.text(m + 6, y, fit(a, "Helvetica-Bold", 8.5, 190), "Helvetica-Bold", 8.5)
        p.text(m + 210, y, fit(b, "Helvetica", 8.5, w - 2 * m - 220), "Helvetica", 8.5)
        y += 18
    two = rng.random() < 0.55
    if two:
        p2 = Page(A4)
        pages.append(p2)
        p2.text(m - 10, 18, stamp_time, "Helvetica", 7)
        p2.text(w / 2, 18, fit(portal, "Helvetica", 7, 260), "Helvetica", 7, "center")
        y2 = 60.0
    else:
        p2, y2 = p, y + 16
    p2.text(m, y2, tr(L, "Ingredients", "Bestandteile", "Ingrédients"), "Helvetica-Bold", 11)
    y2 += 16
    for i, _, pc in pr.inci:
        frame = rng.random() < 0.5
        p2.text(m + 6, y2, i, "Helvetica", 8.5)
        p2.text(
            w - m - 6,
            y2,
            f"{pc:.2f} % w/w"
            if not frame
            else (
                "< 0.1 %" if pc < 0.1 else f"{max(0.1, math.floor(pc)):g} - {math.ceil(pc + 1):g} %"
            ),
            "Helvetica",
            8.5,
            "right",
        )
        p2.line(m, y2 + 5, w - m, y2 + 5)
        y2 += 15
    y2 += 12
    p2.text(
        m,
        y2,
        fit(
            tr(
                L,
                "Poison centre: product information available on request.",
                "Giftinformationszentrum: Produktinformationen auf Anfrage.",
                "Centre antipoison : informations disponibles sur demande.",
            ),
            "Helvetica",
            8,
            w - 2 * m,
        ),
        "Helvetica",
        8,
    )
    for k, pg in enumerate(pages, 1):
        pg.text(m - 10, hh - 16, fit(url, "Helvetica", 6.5, w - 120), "Helvetica", 6.5)
        pg.text(w - m + 10, hh - 16, f"{k}/{len(pages)}", "Helvetica", 7, "right")
    if rng.random() < 0.3:
        hand(
            pages[0],
            w - m - 140,
            120,
            tr(
                home(),
                f"PIF filed {short(d, home())}",
                f"PID abgelegt {short(d, home())}",
                f"DIP classé {short(d, home())}",
            ),
            10,
        )
    remember(d, pr)
    return pages


ORGANISMS = [
    "Pseudomonas aeruginosa ATCC 9027",
    "Staphylococcus aureus ATCC 6538",
    "Escherichia coli ATCC 8739",
    "Candida albicans ATCC 10231",
    "Aspergillus brasiliensis ATCC 16404",
]


def tpl_pet_report(rng: random.Random, who: Issuer) -> list[Page]:
    """A contract laboratory's challenge test report (preservative efficacy, ISO 11930):
    sample details, method, log reductions per organism at day 7, 14 and 28, criteria met,
    the microbiological count, accreditation mark and the approver's signature."""
    h = head_of(who, "lab", abroad=0.15)
    lg = h.lang
    pr = product_of(rng, "batch_record")
    s = style_of(h)
    w, _ = s.page_size
    m = s.margin
    d = some_day(rng)
    rep = serial(rng, rng.choice(["MCL-99-99999", "PB 99999/99", "RA-999999"]))
    f = sheets(s, h, tr(lg, "Test report", "Prüfbericht", "Rapport d'essai") + f" {rep}")
    acc = {"en": "UKAS TESTING 9999", "de": "DAkkS D-PL-99999-99-00", "fr": "COFRAC ESSAIS 1-9999"}[
        lg
    ]
    acc = serial(rng, acc)
    f.page.rect(w - m - 96, f.y - 12, 96, 34)
    f.page.text(w - m - 48, f.y + 2, acc.split()[0], "Helvetica-Bold", 10, "center")
    f.page.text(
        w - m - 48,
        f.y + 14,
        fit(" ".join(acc.split()[1:]), "Helvetica", 6.5, 90),
        "Helvetica",
        6.5,
        "center",
    )
    f.y += 30
    caption(
        f,
        s,
        tr(
            lg,
            "TEST REPORT - Challenge test",
            "PRÜFBERICHT - Konservierungsbelastungstest",
            "RAPPORT D'ESSAI - Challenge test",
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
            (tr(lg, "Customer", "Auftraggeber", "Client"), maker_row()[0]),
            (tr(lg, "Report no.", "Bericht-Nr.", "N° de rapport"), rep),
            (tr(lg, "Sample", "Probe", "Échantillon"), f"{pr.name(lg)} ({pr.code})"),
            (tr(lg, "Batch", "Charge", "Lot"), serial(rng, "B99999")),
            (
                tr(lg, "Received", "Eingang", "Réception"),
                short(d - timedelta(days=rng.randint(32, 40)), lg),
            ),
            (tr(lg, "Method", "Methode", "Méthode"), "ISO 11930:2019 / Ph. Eur. 5.1.3"),
        ],
        per=2,
        tall=26,
        hand=False,
    )
    write(f, s, prose(rng, lg, "reg", 1, 2), s.size - 0.5)
    cols = columns(
        m, w - m, [(3.6, "left"), (1, "right"), (1, "right"), (1, "right"), (1, "right")]
    )
    rows = []
    for org in ORGANISMS:
        base = rng.uniform(5.4, 6.2)
        r7 = rng.uniform(1.5, 4.5)
        rows.append(
            [
                org,
                f"{base:.1f}",
                f"{r7:.1f}",
                f"{min(base, r7 + rng.uniform(0.3, 1.5)):.1f}",
                f"{min(base, r7 + rng.uniform(1, 2.5)):.1f}",
            ]
        )
    f.heading(
        m,
        tr(
            lg,
            "Results (log reduction)",
            "Ergebnisse (log-Reduktion)",
            "Résultats (réduction logarithmique)",
        ),
        s.bold,
        s.size,
    )
    table(
        f,
        cols,
        [
            tr(lg, "Test organism", "Testkeim", "Souche"),
            "log N0",
            tr(lg, "Day 7", "Tag 7", "J7"),
            tr(lg, "Day 14", "Tag 14", "J14"),
            tr(lg, "Day 28", "Tag 28", "J28"),
        ],
        rows,
        s,
        rules=True,
    )
    crit = rng.choice(["A", "A", "B"])
    f.y += 8
    f.need(60)
    for k, t in enumerate(
        [
            tr(lg, "Criteria A met", "Kriterium A erfüllt", "Critère A satisfait"),
            tr(lg, "Criteria B met", "Kriterium B erfüllt", "Critère B satisfait"),
            tr(lg, "Not met", "Nicht erfüllt", "Non satisfait"),
        ]
    ):
        box(f.page, m + k * 150, f.y, (k == 0 and crit == "A") or (k == 1 and crit == "B"), 9)
        f.page.text(m + k * 150 + 14, f.y, t, s.font, s.size - 0.5)
    f.y += 22
    if rng.random() < 0.6:
        f.heading(
            m,
            tr(
                lg,
                "Microbiological count (ISO 21149 / 16212)",
                "Keimzahl (ISO 21149 / 16212)",
                "Dénombrement (ISO 21149 / 16212)",
            ),
            s.bold,
            s.size,
        )
        table(
            f,
            columns(m, w - m, [(3, "left"), (2, "left"), (1.4, "left")]),
            [
                tr(lg, "Parameter", "Parameter", "Paramètre"),
                tr(lg, "Result", "Ergebnis", "Résultat"),
                tr(lg, "Limit", "Grenzwert", "Limite"),
            ],
            [
                [
                    tr(lg, "Total aerobic mesophilic count", "Gesamtkeimzahl aerob", "FMAT"),
                    "< 10 cfu/g",
                    "1000 cfu/g",
                ],
                [
                    tr(
                        lg, "Yeasts and moulds", "Hefen und Schimmelpilze", "Levures et moisissures"
                    ),
                    "< 10 cfu/g",
                    "100 cfu/g",
                ],
            ],
            s,
        )
    f.heading(m, tr(lg, "Interpretation", "Bewertung", "Interprétation"), s.bold, s.size)
    write(f, s, prose(rng, lg, "reg", 2, 3), s.size - 0.5)
    f.need(80)
    f.y += 30
    signer = staff(h, "manager")
    scrawl(f.page, m, f.y, signer, 13)
    f.page.text(
        m,
        f.y + 12,
        f"{signer} - {tr(lg, 'Laboratory Manager', 'Laborleitung', 'Responsable du laboratoire')}",
        s.font,
        s.size - 1,
    )
    f.page.text(
        m,
        f.y + 24,
        tr(lg, "Date of issue", "Ausstellungsdatum", "Date d'émission") + f": {short(d, lg)}",
        s.font,
        s.size - 1,
    )
    f.y += 44
    write(
        f,
        s,
        tr(
            lg,
            "The results relate only to the items tested. This report shall not be "
            "reproduced except in full without the approval of the laboratory.",
            "Die Ergebnisse beziehen sich ausschließlich auf die Prüfgegenstände. Ohne "
            "Genehmigung des Labors darf der Bericht nicht auszugsweise vervielfältigt werden.",
            "Les résultats ne concernent que les objets soumis à l'essai. La reproduction "
            "de ce rapport n'est autorisée que sous sa forme intégrale.",
        ),
        7,
    )
    pages = close(
        f.pages,
        s,
        h,
        numbers=rng.choice(
            ["Page {i} of {n}", "Seite {i} von {n}" if lg == "de" else "Page {i}/{n}"]
        ),
    )
    received(rng, pages[0], d, 0.25)
    remember(d, pr)
    return pages


# ---------------------------------------------------------------------------------------------
# Templates XXXX: the workshop's own forms, packaging and labels
# ---------------------------------------------------------------------------------------------

STEPS = {
    "soap": (
        "Weigh oils and butters; melt at 45 °C|Dissolve lye in water (outside, goggles)|"
        "Combine at 38-42 °C, stick blend to light trace|Add essential oils and additives|"
        "Pour into moulds, insulate 24 h|Unmould and cut|Cure on racks 4-6 weeks",
        "Öle und Butter einwiegen, bei 45 °C schmelzen|Lauge ansetzen (Schutzbrille)|"
        "Bei 38-42 °C zusammenführen, bis leichter Trace|Ätherische Öle und Zusätze "
        "zugeben|In Formen gießen, 24 h isolieren|Entformen und schneiden|Reifen auf "
        "Gitter 4-6 Wochen",
        "Peser huiles et beurres ; fondre à 45 °C|Préparer la soude (lunettes)|Mélanger "
        "à 38-42 °C jusqu'à la trace légère|Ajouter huiles essentielles et additifs|Couler "
        "en moules, isoler 24 h|Démouler et découper|Cure sur claies 4 à 6 semaines",
    ),
    "other": (
        "Sanitise vessels and utensils (70% IPA)|Weigh phase A, heat to 70-75 °C|"
        "Weigh phase B, heat to 70-75 °C|Combine, homogenise 3 min|Cool to 40 °C, add "
        "phase C (EOs, preservative)|Check pH / appearance|Fill, cap and label",
        "Gefäße und Geräte desinfizieren (70 % IPA)|Phase A einwiegen, auf 70-75 °C|"
        "Phase B einwiegen, auf 70-75 °C|Zusammenführen, 3 min homogenisieren|Auf 40 °C "
        "abkühlen, Phase C zugeben|pH / Aussehen prüfen|Abfüllen, verschließen, etikettieren",
        "Désinfecter cuves et ustensiles (IPA 70 %)|Peser la phase A, chauffer à 70-75 °C|"
        "Peser la phase B, chauffer à 70-75 °C|Réunir, homogénéiser 3 min|Refroidir à "
        "40 °C, ajouter la phase C|Contrôler pH / aspect|Remplir, boucher, étiqueter",
    ),
}


def label_art(
    p: Page,
    x: float,
    y: float,
    w: float,
    h: float,
    pr: Product,
    lang: str,
    batch: str,
    maker: Row,
    font: str = "Helvetica",
) -> None:
    """The artwork of a product label at scale: name, size, ingredients, batch, PAO and the
    responsible person's address (type grows with the label)."""
    k = max(1.0, min(2.6, h / 100))
    p.rect(x, y, w, h)
    p.rect(x + 4, y + 4, w - 8, h - 8)
    pt = shrink(pr.name(lang), "Helvetica-Bold", 11 * k, w - 20)
    p.text(x + w / 2, y + 20 * k, pr.name(lang), "Helvetica-Bold", pt, "center")
    it = italic_of(font)
    p.text(x + w / 2, y + 31 * k, fit(maker[0], it, 7 * k, w - 20), it, 7 * k, "center")
    inci = (
        "Ingredients: "
        if lang == "en"
        else ("Inhaltsstoffe: " if lang == "de" else "Ingrédients : ")
    )
    inci += ", ".join(i for i, _, _ in pr.inci) + "."
    yy = y + 44 * k
    for ln in wrap(inci, font, 5.2 * k, w - 16)[:6]:
        p.text(x + 8, yy, ln, font, 5.2 * k)
        yy += 6.2 * k
    p.text(x + 8, y + h - 22 * k, f"{pr.size}  e", "Helvetica-Bold", 8 * k)
    addr = f"{maker[1]}, {maker[2]}"
    p.text(x + 8, y + h - 12 * k + 4, fit(addr, font, 5 * k, w * 0.62), font, 5 * k)
    if batch:
        p.text(x + w - 10, y + h - 12 * k + 4, f"LOT {batch}", font, 5.5 * k, "right")
    # A PAO jar symbol.
    cx, cy = x + w - 24 * k, y + h - 30 * k
    p.rect(cx - 7 * k, cy - 6 * k, 14 * k, 10 * k)
    p.line(cx - 8 * k, cy - 6 * k, cx + 8 * k, cy - 8 * k)
    p.text(cx, cy + 2 * k, "12M", "Helvetica", 4.5 * k, "center")


UNIT_G = {
    "SP-LAV": 110,
    "BM-ROS": 30,
    "LB-ORA": 5,
    "SB-ROS": 60,
    "HC-CAL": 75,
    "FB-PEP": 100,
    "SP-CHA": 110,
    "BS-SEA": 250,
}


def tpl_batch_record(rng: random.Random, who: Issuer) -> list[Page]:
    """The workshop's own batch manufacturing record, a printed form filled in by hand: the
    product and batch block, the weighing table with target and actual weights and lot numbers,
    the process steps with ticks, times and temperatures, quality checks, cure or quarantine and
    the release; sometimes a copy of the batch label on a third sheet."""
    h = maker_head()
    lg = h.lang
    s = style_of(h, A4, margin=40, pt=8.5)
    w, hh = A4
    m = 40
    d = some_day(rng)
    pr = rng.choice(PRODUCTS)
    batch = f"{pr.code.split('-')[1]}{d.strftime('%y%m%d')}{rng.choice('ABC')}"
    size_g = rng.choice([1200, 2000, 2500, 3000, 4000, 5000])
    maker_p = crew(rng.choice(["prod1", "prod2"]))
    initials = "".join(t[0] for t in maker_p.split())
    checker = crew("formulator")
    form_no = keyed(who, "form").choice(["BMR-F01 rev 3", "QF-07 v2", "FO-PROD-02"])
    title = tr(
        lg,
        "BATCH MANUFACTURING RECORD",
        "HERSTELLUNGSPROTOKOLL (CHARGE)",
        "FICHE DE FABRICATION DE LOT",
    )
    pages = [Page(A4), Page(A4)]
    p = pages[0]
    # Small header on the form, not the letterhead.
    p.text(m, 44, fit(h.name, h.bold, 10, w / 2), h.bold, 10)
    p.text(w - m, 44, title, s.bold, shrink(title, s.bold, 11, w / 2 - m), "right")
    p.line(m, 50, w - m, 50)
    y = fields(
        p,
        s,
        m,
        62,
        w - 2 * m,
        [
            (tr(lg, "Product", "Produkt", "Produit"), pr.name(lg)),
            (tr(lg, "Product code", "Art.-Nr.", "Code"), pr.code),
            (tr(lg, "Batch no.", "Chargen-Nr.", "N° de lot"), batch),
            (tr(lg, "Date", "Datum", "Date"), short(d, lg)),
            (tr(lg, "Batch size", "Ansatzgröße", "Taille du lot"), f"{size_g} g"),
            (
                tr(lg, "Formula version", "Rezepturversion", "Version formule"),
                f"v{rng.randint(1, 5)}.{rng.randint(0, 3)}",
            ),
            (tr(lg, "Made by", "Hergestellt von", "Fabriqué par"), maker_p),
            (
                tr(lg, "Expected yield", "Soll-Ausbeute", "Rendement prévu"),
                f"{size_g // UNIT_G[pr.code]} " + tr(lg, "units", "Stk.", "unités"),
            ),
        ],
        per=4,
        tall=28,
    )
    y += 6
    y = band(p, s, y, tr(lg, "1. WEIGHING", "1. EINWAAGE", "1. PESÉE")) + 8
    cols = columns(
        m, w - m, [(3.4, "left"), (1.4, "left"), (1, "right"), (1, "right"), (0.7, "center")]
    )
    heads = [
        tr(lg, "Ingredient (INCI)", "Rohstoff (INCI)", "Matière première (INCI)"),
        tr(lg, "Supplier lot", "Lieferanten-Charge", "Lot fournisseur"),
        tr(lg, "Target g", "Soll g", "Théorique g"),
        tr(lg, "Actual g", "Ist g", "Réel g"),
        tr(lg, "Init.", "Kürzel", "Visa"),
    ]
    for c, t in zip(cols, heads, strict=True):
        p.text(
            c[0] if c[2] == "left" else (c[1] if c[2] == "right" else (c[0] + c[1]) / 2),
            y,
            t,
            s.bold,
            7.5,
            c[2],
        )
    y += 6
    p.line(m, y, w - m, y)
    y += 13
    for ing, _, pc in pr.inci:
        target = size_g * pc / 100
        p.text(cols[0][0], y, fit(ing, s.font, 8, cols[0][1] - cols[0][0]), s.font, 8)
        p.text(cols[2][1], y, f"{target:.1f}", s.font, 8, "right")
        if rng.random() < 0.98:
            hand(p, cols[1][0], y, serial(rng, rng.choice(["L9999", "99-999", "A99A99"])), 8.5)
            p.text(cols[3][1], y, f"{target * rng.uniform(0.995, 1.006):.1f}", HAND, 9, "right")
            hand(p, (cols[4][0] + cols[4][1]) / 2 - 6, y, initials, 8.5)
        p.line(m, y + 5, w - m, y + 5)
        y += 17
    y += 6
    y = (
        band(
            p,
            s,
            y,
            tr(lg, "2. EQUIPMENT & HYGIENE", "2. GERÄTE & HYGIENE", "2. MATÉRIEL & HYGIÈNE"),
        )
        + 10
    )
    y = ticks(
        p,
        s,
        m,
        y,
        w - 2 * m,
        tr(
            lg,
            "Area cleaned|Utensils sanitised|Scales checked (test weight)|Gloves, goggles, hairnet",
            "Raum gereinigt|Geräte desinfiziert|Waage geprüft "
            "(Prüfgewicht)|Handschuhe, Brille, Haarnetz",
            "Local nettoyé|Ustensiles désinfectés|Balance vérifiée "
            "(masse étalon)|Gants, lunettes, charlotte",
        ).split("|"),
        {k for k in range(4) if rng.random() < 0.9},
        8,
    )
    y += 8
    p.rect(m, y, w - 2 * m, min(110.0, hh - 60 - y))
    p.text(
        m + 4,
        y + 10,
        tr(lg, "Deviations / notes", "Abweichungen / Bemerkungen", "Écarts / remarques"),
        s.font,
        7,
    )
    if rng.random() < 0.3:
        hand(p, m + 10, y + 30, tr(lg, "scale re-zeroed", "Waage neu tariert", "balance re-tarée"))
    p.text(m, hh - 30, f"{form_no}", s.font, 6.5)
    p.text(w - m, hh - 30, tr(lg, "Page 1 of 2", "Seite 1 von 2", "Page 1/2"), s.font, 6.5, "right")
    # Page 2: process, QC, release.
    q = pages[1]
    q.text(
        m,
        44,
        fit(f"{pr.name(lg)} - {tr(lg, 'batch', 'Charge', 'lot')} ", s.font, 8, w / 2),
        s.font,
        8,
    )
    hand(
        q,
        m + tw(f"{pr.name(lg)} - {tr(lg, 'batch', 'Charge', 'lot')} ", s.font, 8) + 4,
        44,
        batch,
        9,
    )
    q.line(m, 50, w - m, 50)
    y = band(q, s, 70, tr(lg, "3. PROCESS", "3. HERSTELLUNG", "3. FABRICATION")) + 10
    steps = STEPS["soap" if pr.kind == "soap" else "other"][LANGS3.index(lg)].split("|")
    t0 = rng.randint(8, 10) * 60 + rng.choice([0, 15, 30, 45])
    for k, st in enumerate(steps):
        box(q, m, y, rng.random() < 0.95, 9)
        q.text(m + 16, y, fit(f"{k + 1}. {st}", s.font, 8.5, w * 0.58), s.font, 8.5)
        t0 += rng.randint(5, 40)
        hand(q, w * 0.7, y, f"{t0 // 60:02d}:{t0 % 60:02d}", 9)
        if "°C" in st:
            hand(
                q, w * 0.8, y, f"{rng.randint(38, 44) if '40' in st else rng.randint(70, 76)}°C", 9
            )
        hand(q, w - m - 20, y, initials, 9)
        q.line(m + 14, y + 5, w - m, y + 5)
        y += 20
    y += 10
    y = (
        band(q, s, y, tr(lg, "4. QUALITY CHECKS", "4. QUALITÄTSPRÜFUNG", "4. CONTRÔLES QUALITÉ"))
        + 8
    )
    checks = [
        (
            tr(lg, "Appearance / colour", "Aussehen / Farbe", "Aspect / couleur"),
            tr(lg, "conforms", "i.O.", "conforme"),
        ),
        (tr(lg, "Odour", "Geruch", "Odeur"), tr(lg, "conforms", "i.O.", "conforme")),
        (
            "pH",
            f"{rng.uniform(8.9, 10.1) if pr.kind == 'soap' else rng.uniform(5.0, 6.2):.1f}"
            if pr.kind != "balm"
            else "n/a",
        ),
        (
            tr(lg, "Zap test / lye check", "Zungentest / Laugenprüfung", "Test de la langue")
            if pr.kind == "soap"
            else tr(
                lg,
                "Fill weight check (5 units)",
                "Füllgewicht (5 Stk.)",
                "Contrôle poids (5 unités)",
            ),
            tr(lg, "no zap", "kein Kribbeln", "négatif")
            if pr.kind == "soap"
            else " / ".join(f"{rng.uniform(0.99, 1.03) * 100:.0f}" for _ in range(5)),
        ),
        (
            tr(lg, "Retained sample taken", "Rückstellmuster gezogen", "Échantillothèque"),
            tr(lg, "yes", "ja", "oui"),
        ),
    ]
    y = fields(q, s, m, y, w - 2 * m, checks, per=2, tall=26)
    y = (
        band(
            q,
            s,
            y + 4,
            tr(lg, "5. YIELD & RELEASE", "5. AUSBEUTE & FREIGABE", "5. RENDEMENT & LIBÉRATION"),
        )
        + 14
    )
    units = int(size_g / UNIT_G[pr.code] * rng.uniform(0.9, 0.99))
    q.text(m, y, tr(lg, "Units produced:", "Stückzahl:", "Unités produites :"), s.font, 8.5)
    hand(q, m + 90, y, str(units), 10)
    if pr.kind == "soap":
        q.text(m + 170, y, tr(lg, "Cure until:", "Reifung bis:", "Cure jusqu'au :"), s.font, 8.5)
        hand(q, m + 240, y, short(d + timedelta(days=rng.choice([28, 35, 42])), lg), 10)
    y += 20
    state = rng.choice([0, 0, 0, 1, 1])
    ticks(
        q,
        s,
        m,
        y,
        w - 2 * m,
        [
            tr(lg, "Released", "Freigegeben", "Libéré"),
            tr(lg, "Quarantine (curing)", "Quarantäne (Reifung)", "Quarantaine (cure)"),
            tr(lg, "Rejected", "Gesperrt", "Refusé"),
        ],
        {state},
        9,
    )
    y += 46
    sign_box(
        q,
        s,
        m,
        y,
        190,
        tr(lg, "Made by (sign)", "Hergestellt (Unterschrift)", "Fabriqué par (signature)"),
        maker_p,
        True,
        short(d, lg),
    )
    sign_box(
        q,
        s,
        w / 2 + 10,
        y,
        190,
        tr(lg, "Checked / released by", "Geprüft / freigegeben", "Contrôlé / libéré par"),
        checker,
        state == 0 or rng.random() < 0.5,
        short(d + timedelta(days=rng.randint(0, 40)), lg),
    )
    if rng.random() < 0.35:
        hand(
            q,
            m,
            y + 40,
            rng.choice(
                tr(
                    lg,
                    "slight soda ash on top - planed off|trace came fast, "
                    "poured thick|1 mould leaked, 3 bars lost",
                    "leichte Sodaasche - abgehobelt|schneller Trace, dick "
                    "gegossen|Form undicht, 3 Stk. Ausschuss",
                    "légère cendre de soude - rabotée|trace rapide, coulé "
                    "épais|un moule a fui, 3 pains perdus",
                ).split("|")
            ),
            9.5,
        )
    q.text(m, hh - 30, f"{form_no}", s.font, 6.5)
    q.text(w - m, hh - 30, tr(lg, "Page 2 of 2", "Seite 2 von 2", "Page 2/2"), s.font, 6.5, "right")
    if rng.random() < 0.3:
        r = Page(A4)
        r.text(
            m,
            60,
            tr(lg, "Label copy / retained label", "Etikettenmuster", "Copie de l'étiquette"),
            s.bold,
            10,
        )
        hand(r, m, 80, f"{batch}  {short(d, lg)}", 10)
        label_art(r, m + 40, 120, 200, 130, pr, lg, batch, maker_row())
        if rng.random() < 0.5:
            label_art(r, m + 40, 290, 200, 130, pr, lg, batch, maker_row())
        pages.append(r)
    remember(d, pr)
    return pages


def tpl_label_proof(rng: random.Random, who: Issuer) -> list[Page]:
    """A label printer's artwork proof: the job details, the label drawn at scale with its
    die line, the colours and finish, and the approval box the maker ticks, signs and sends
    back; A4 portrait or landscape."""
    h = head_of(who, "printer")
    lg = h.lang
    ex = extra_of("ts_reply", "trading_standards")
    pr = ex if isinstance(ex, Product) else rng.choice(PRODUCTS)
    size = keyed(who, "size").choice([A4, A4L])
    s = style_of(h, size, margin=40)
    w, hh = size
    m = 40
    d = some_day(rng)
    job = serial(rng, keyed(who, "job").choice(["J99999", "AUF-99999", "BAT 9999"]))
    p = Page(size)
    y = heading(p, s, h)
    title = tr(
        lg,
        "ARTWORK PROOF - PLEASE CHECK CAREFULLY",
        "DRUCKFREIGABE / KORREKTURABZUG",
        "BON À TIRER (BAT)",
    )
    p.text(m, y, title, s.bold, shrink(title, s.bold, 13, w - 2 * m))
    y += 18
    lw, lh = rng.choice([(60, 40), (90, 50), (100, 35), (50, 30)])
    y = fields(
        p,
        s,
        m,
        y,
        w - 2 * m,
        [
            (tr(lg, "Job no.", "Auftrag", "Commande"), job),
            (tr(lg, "Customer", "Kunde", "Client"), maker_row()[0]),
            (tr(lg, "Label", "Etikett", "Étiquette"), f"{pr.name(lg)} {pr.size}"),
            (tr(lg, "Size", "Format", "Format"), f"{lw} x {lh} mm, r=3"),
            (
                tr(lg, "Material", "Material", "Support"),
                rng.choice(["White gloss PP", "Kraft paper", "Clear PP", "Textured vellum"]),
            ),
            (tr(lg, "Quantity", "Menge", "Quantité"), f"{rng.choice([500, 1000, 2500, 5000]):,}"),
            (
                tr(lg, "Colours", "Farben", "Couleurs"),
                rng.choice(["CMYK", "2 spot + black", "CMYK + white"]),
            ),
            (
                tr(lg, "Wind", "Wickelrichtung", "Sens d'enroulement"),
                f"{rng.randint(1, 8)} - " + tr(lg, "core 76 mm", "Kern 76 mm", "mandrin 76 mm"),
            ),
        ],
        per=4,
        tall=26,
        hand=False,
    )
    sc = min(3.2, (w - 2 * m - 220) / (lw * MM), (hh - y - 190) / (lh * MM))
    bw, bh = lw * MM * sc, lh * MM * sc
    label_art(p, m + 20, y + 20, bw, bh, pr, home(), "", maker_row())
    p.text(
        m + 20,
        y + 14,
        tr(
            lg,
            f"shown at {sc * 100:.0f}%",
            f"Darstellung {sc * 100:.0f} %",
            f"échelle {sc * 100:.0f} %",
        ),
        s.font,
        7,
    )
    # Die line and bleed marks.
    for dx, dy in ((0, 0), (bw, 0), (0, bh), (bw, bh)):
        p.line(m + 20 + dx - 8, y + 20 + dy, m + 20 + dx - 2, y + 20 + dy)
        p.line(m + 20 + dx, y + 20 + dy - 8, m + 20 + dx, y + 20 + dy - 2)
    nx = min(m + 40 + bw, w - m - 170)
    ny = y + 24
    for t in wrap(
        tr(
            lg,
            "Please check spelling, ingredients, weights, barcodes and the address "
            "of the responsible person. We cannot accept responsibility for errors "
            "once this proof is approved.",
            "Bitte prüfen Sie Rechtschreibung, "
            "Inhaltsstoffe, Füllmengen, Barcodes und Anschrift. Nach Freigabe "
            "übernehmen wir keine Haftung für Fehler.",
            "Merci de vérifier "
            "l'orthographe, la liste INCI, les contenances, les codes-barres et "
            "l'adresse. Aucune réclamation ne sera acceptée après validation du BAT.",
        ),
        s.font,
        8,
        w - m - nx,
    ):
        p.text(nx, ny, t, s.font, 8)
        ny += 10
    ay = hh - 120
    p.rect(m, ay, w - 2 * m, 80)
    p.text(
        m + 6,
        ay + 12,
        tr(lg, "CUSTOMER APPROVAL", "FREIGABE DURCH DEN KUNDEN", "VALIDATION DU CLIENT"),
        s.bold,
        9,
    )
    state = rng.choice([0, 0, 1, 2, -1])
    ticks(
        p,
        s,
        m + 6,
        ay + 30,
        w - 2 * m - 12,
        [
            tr(lg, "Approved - print", "Freigegeben", "Bon pour impression"),
            tr(
                lg,
                "Approved with corrections",
                "Freigegeben mit Korrekturen",
                "Bon avec corrections",
            ),
            tr(lg, "New proof required", "Neuer Abzug erforderlich", "Nouveau BAT"),
        ],
        {state} if state >= 0 else set(),
        9,
    )
    who_s = crew("founder")
    sign_box(
        p,
        s,
        m + 6,
        ay + 66,
        200,
        tr(lg, "Signature", "Unterschrift", "Signature"),
        who_s,
        state >= 0,
        short(d + timedelta(days=1), lg),
    )
    p.text(w / 2 + 20, ay + 66, tr(lg, "Name:", "Name:", "Nom :"), s.font, 8)
    if state >= 0:
        hand(p, w / 2 + 55, ay + 66, who_s, 9.5)
    if state == 1:
        hand(
            p,
            m + 24 + bw,
            y + 30 + bh,
            rng.choice(
                ["PAO 6M not 12M!", "batch space bigger pls", "add RP address", "Geraniol missing"]
            ),
            10,
        )
        p.line(m + 20 + bw * 0.7, y + 20 + bh * 0.8, m + 22 + bw, y + 26 + bh)
    close([p], s, h, numbers="none")
    remember(d, pr)
    return [p]


PACKAGING = [
    (
        (
            "Amber glass bottle 100 ml, 24/410",
            "Braunglasflasche 100 ml, GL 24/410",
            "Flacon verre ambré 100 ml, 24/410",
        ),
        0.38,
    ),
    (
        (
            "Lotion pump 24/410, black, 2 cc",
            "Pumpspender 24/410, schwarz",
            "Pompe crème 24/410, noire",
        ),
        0.29,
    ),
    (
        (
            "Aluminium tin 60 ml, screw lid",
            "Aluminiumdose 60 ml, Schraubdeckel",
            "Boîte alu 60 ml, couvercle à vis",
        ),
        0.44,
    ),
    (
        (
            "Lip balm tube 5 ml, kraft paper",
            "Lippenpflegehülse 5 ml, Kraftpapier",
            "Tube stick carton kraft 5 ml",
        ),
        0.31,
    ),
    (
        (
            "Soap box, kraft, printed 1 col.",
            "Seifenschachtel Kraft, 1-farbig",
            "Étui savon kraft imprimé 1 coul.",
        ),
        0.22,
    ),
    (
        (
            "Amber glass jar 30 ml, 43 mm",
            "Braunglastiegel 30 ml, 43 mm",
            "Pot verre ambré 30 ml, 43 mm",
        ),
        0.41,
    ),
    (
        ("Bamboo lid 43 mm with liner", "Bambusdeckel 43 mm mit Einlage", "Couvercle bambou 43 mm"),
        0.52,
    ),
    (
        (
            "Shipping box 250x180x100, 2 ply",
            "Versandkarton 250x180x100, 2-wellig",
            "Carton d'expédition 250x180x100",
        ),
        0.58,
    ),
    (("Glassine bag 90x140", "Pergaminbeutel 90x140", "Sachet cristal 90x140"), 0.06),
]


def tpl_pack_confirmation(rng: random.Random, who: Issuer) -> list[Page]:
    """A packaging supplier's order confirmation: items in cartons of so many, price per 100
    or per 1,000, delivery week, carriage; now and then the conditions of sale on a second
    page."""
    h = head_of(who, "pack")
    lg = h.lang
    s = style_of(h)
    w, _ = s.page_size
    m = s.margin
    d = some_day(rng)
    no = serial(rng, keyed(who, "ab").choice(["AB-99999", "OC999999", "ARC-999999"]))
    f = sheets(
        s,
        h,
        f"{tr(lg, 'Order confirmation', 'Auftragsbestätigung', 'Confirmation de commande')} {no}",
    )
    recipient(
        f,
        s,
        h,
        maker_lines(),
        d,
        [
            (tr(lg, "Confirmation no.", "AB-Nr.", "N° ARC"), no),
            (
                tr(lg, "Your order", "Ihre Bestellung", "Votre commande"),
                tr(
                    lg,
                    f"e-mail of {short(d - timedelta(days=2), lg)}",
                    f"E-Mail vom {short(d - timedelta(days=2), lg)}",
                    f"mail du {short(d - timedelta(days=2), lg)}",
                ),
            ),
            (tr(lg, "Customer no.", "Kunden-Nr.", "Code client"), serial(keyed(who, "c"), "99999")),
        ],
    )
    caption(
        f,
        s,
        tr(lg, "ORDER CONFIRMATION", "AUFTRAGSBESTÄTIGUNG", "ACCUSÉ DE RÉCEPTION DE COMMANDE"),
        3,
    )
    write(
        f,
        s,
        tr(
            lg,
            "Thank you for your order, which we confirm as follows:",
            "Vielen Dank für Ihren Auftrag, den wir wie folgt bestätigen:",
            "Nous vous remercions de votre commande que nous confirmons comme suit :",
        ),
    )
    items = rng.sample(PACKAGING, rng.randint(2, 6))
    rows = []
    net = 0.0
    lines: list[tuple[str, int]] = []
    for names, price in items:
        qty = rng.choice([100, 200, 250, 500, 1000, 2000])
        per = 100 if price > 0.1 else 1000
        unit = round(price * per * rng.uniform(0.9, 1.1), 2)
        amt = unit * qty / per
        net += amt
        nm = names[LANGS3.index(lg)]
        lines.append((nm, qty))
        rows.append(
            [serial(rng, "99-9999"), nm, f"{qty:,}", f"{money(unit, lg)}/{per}", money(amt, lg)]
        )
    carriage = rng.choice([0.0, 14.90, 24.50, 45.0])
    if carriage:
        rows.append(
            [
                "",
                tr(lg, "Carriage / pallet", "Fracht / Palette", "Port / palette"),
                "1",
                money(carriage, lg),
                money(carriage, lg),
            ]
        )
        net += carriage
    table(
        f,
        columns(
            m, w - m, [(1, "left"), (4.2, "left"), (0.9, "right"), (1.5, "right"), (1.2, "right")]
        ),
        [
            tr(lg, "Art. no.", "Art.-Nr.", "Réf."),
            tr(lg, "Description", "Bezeichnung", "Désignation"),
            tr(lg, "Qty", "Menge", "Qté"),
            tr(lg, "Price", "Preis", "Prix"),
            tr(lg, "Amount", "Betrag", "Montant"),
        ],
        rows,
        s,
        rules=True,
    )
    totals(f, s, lg, round(net, 2), vat_rate(lg))
    wk = (d + timedelta(days=rng.randint(7, 21))).isocalendar()[1]
    write(
        f,
        s,
        tr(
            lg,
            f"Delivery: week {wk}, ex works, part deliveries allowed. Payment: 30 days "
            "net. Our conditions of sale apply.",
            f"Liefertermin: KW {wk}, ab Werk. "
            "Teillieferungen vorbehalten. Zahlung: 30 Tage netto. Es gelten unsere AGB.",
            f"Livraison : semaine {wk}. Livraisons partielles autorisées. Paiement : 30 "
            "jours net. Nos conditions générales de vente s'appliquent.",
        ),
        s.size - 0.5,
    )
    pages = f.pages
    if keyed(who, "agb").random() < 0.45:
        pages.append(
            small_print(
                rng,
                s,
                h,
                tr(
                    lg,
                    "General conditions of sale",
                    "Allgemeine Verkaufs- und Lieferbedingungen",
                    "Conditions générales de vente",
                ),
                tr(
                    lg,
                    "Scope|Offers|Prices|Delivery|Passing of risk|Retention "
                    "of title|Warranty|Liability|Tolerances|Jurisdiction",
                    "Geltung|Angebote|Preise|Lieferung|Gefahrübergang|"
                    "Eigentumsvorbehalt|Gewährleistung|Haftung|Mehr- und "
                    "Minderlieferungen|Gerichtsstand",
                    "Champ d'application|Offres|Prix|Livraison|Transfert des "
                    "risques|Réserve de propriété|Garantie|Responsabilité|"
                    "Tolérances|Juridiction",
                ).split("|"),
            )
        )
    close(pages, s, h, covers=0)
    received(rng, pages[0], d, 0.3)
    remember(d, (h.name, no, lines))
    return pages


def tpl_pack_delivery(rng: random.Random, who: Issuer) -> list[Page]:
    """A packaging supplier's delivery note: ordered, delivered and outstanding quantities,
    cartons and pallets, signed on receipt by the dispatch clerk; on A5, A4 or a narrow
    handheld slip from the carrier's driver."""
    h = head_of(who, "pack")
    lg = h.lang
    ex = extra_of("pack_confirmation")
    if isinstance(ex, tuple) and ex[0] == h.name and len(ex) == 3:
        _, ab, lines = ex
    else:
        ab = serial(rng, "AB-99999")
        lines = [
            (n[LANGS3.index(lg)], rng.choice([200, 500, 1000]))
            for n, _ in rng.sample(PACKAGING, rng.randint(1, 4))
        ]
    d = last_day(rng, ("pack_confirmation", "pack_delivery"), (4, 16))
    size = keyed(who, "dn").choice([A5, A4, A5, SLIP])
    s = style_of(h, size, margin=28 if size != A4 else 0, pt=8 if size != A4 else 0)
    w, _ = size
    m = s.margin
    no = serial(rng, "LS-999999" if lg == "de" else ("BL999999" if lg == "fr" else "DN 999999"))
    f = sheets(s, h, foot=0)
    title = tr(lg, "DELIVERY NOTE", "LIEFERSCHEIN", "BON DE LIVRAISON")
    f.page.text(m, f.y, title, s.bold, shrink(title, s.bold, s.size + 4, w - 2 * m))
    f.y += 16
    if size == SLIP:
        f.y = pairs(
            f.page,
            s,
            m,
            f.y,
            [
                (tr(lg, "No.", "Nr.", "N°"), no),
                (tr(lg, "Date", "Datum", "Date"), short(d, lg)),
                (tr(lg, "Order", "Auftrag", "Cde"), ab),
            ],
            w - m,
            7.5,
        )
        for t in maker_lines():
            f.page.text(m, f.y, fit(t, s.font, 7.5, w - 2 * m), s.font, 7.5)
            f.y += 9
        f.y += 6
    else:
        recipient(
            f,
            s,
            h,
            maker_lines(),
            d,
            [
                (tr(lg, "Delivery note", "Lieferschein-Nr.", "BL n°"), no),
                (tr(lg, "Our ref.", "Auftrag", "Notre réf."), ab),
            ],
        )
    partial = rng.random() < 0.3
    rows = []
    for nm, qty in lines:
        got = qty if not partial or rng.random() < 0.5 else qty // 2
        rows.append([nm, f"{qty:,}", f"{got:,}", f"{qty - got:,}" if got < qty else "-"])
    if size == SLIP:
        for nm, q, g, _ in rows:
            for ln in wrap(nm, s.font, 7.5, w - 2 * m):
                f.page.text(m, f.y, ln, s.font, 7.5)
                f.y += 9
            f.page.text(w - m, f.y, f"{g} / {q}", s.bold, 7.5, "right")
            f.y += 12
    else:
        table(
            f,
            columns(m, w - m, [(4, "left"), (1, "right"), (1, "right"), (1.1, "right")]),
            [
                tr(lg, "Description", "Bezeichnung", "Désignation"),
                tr(lg, "Ordered", "Bestellt", "Commandé"),
                tr(lg, "Delivered", "Geliefert", "Livré"),
                tr(lg, "To follow", "Rückstand", "Reliquat"),
            ],
            rows,
            s,
            rules=True,
        )
    f.y += 6
    f.need(90)
    f.page.text(
        m,
        f.y,
        tr(
            lg,
            f"Packages: {rng.randint(1, 9)} cartons"
            + (" / 1 pallet" if rng.random() < 0.3 else ""),
            f"Packstücke: {rng.randint(1, 9)} Karton(s)",
            f"Colis : {rng.randint(1, 9)} carton(s)",
        ),
        s.font,
        s.size - 0.5,
    )
    f.y += 30
    clerk = crew("dispatch")
    signed = rng.random() < 0.85
    sign_box(
        f.page,
        s,
        m,
        f.y,
        min(180, w - 2 * m),
        tr(lg, "Received in good condition", "Ware vollständig erhalten", "Reçu en bon état"),
        clerk,
        signed,
        short(d, home()) if signed and w > 300 else "",
    )
    if signed and rng.random() < 0.3:
        hand(
            f.page,
            m,
            f.y + 26,
            tr(
                home(),
                "1 box crushed - checked OK",
                "1 Karton beschädigt",
                "1 carton abîmé - vérifié",
            ),
            9,
        )
    remember(d, (h.name, ab, lines))
    return f.pages


# ---------------------------------------------------------------------------------------------
# Templates XXXX: trade orders, the maker's invoices, payouts and carriage
# ---------------------------------------------------------------------------------------------


def shop_of(who: Issuer) -> tuple[Row, str]:
    r = keyed(who, "shop")
    return r.choice(SENDERS["shop"][home()]), home()


def tpl_stockist_order(rng: random.Random, who: Issuer) -> list[Page]:
    """A stockist's wholesale order: the maker's own trade order form filled in by hand
    (price list with a quantity column, minimum order, delivery address and signature; a run
    of them is the forms collected from several shops at a fair), or the shop's own typed
    purchase order."""
    row, lg = shop_of(who)
    h = make_head(row, lg, "shop")
    d = some_day(rng)
    prods = rng.sample(PRODUCTS, rng.randint(3, 7))
    order = [(p, rng.choice([6, 6, 12, 12, 18, 24, 36])) for p in prods]
    buyer = staff(h, "buyer")
    form = keyed(who, "form").random() < 0.55
    if form and after("stockist_order"):
        # Order forms filled in at a fair or market: one per shop, collected together.
        row = rng.choice(SENDERS["shop"][lg])
        h = make_head(row, lg, "shop")
        buyer = staff(h, "buyer")
    if form:
        # The maker's trade order form, printed by the maker, filled in by the shop.
        mh = maker_head()
        s = style_of(mh, A4, margin=42)
        w, _ = A4
        m = 42
        p = Page(A4)
        y = heading(p, s, mh)
        title = tr(lg, "TRADE ORDER FORM", "HÄNDLER-BESTELLSCHEIN", "BON DE COMMANDE REVENDEURS")
        p.text(m, y, title, s.bold, 13)
        p.text(
            w - m,
            y,
            tr(
                lg,
                f"Price list {month().year}",
                f"Preisliste {month().year}",
                f"Tarifs {month().year}",
            ),
            s.font,
            8,
            "right",
        )
        y += 16
        y = fields(
            p,
            s,
            m,
            y,
            w - 2 * m,
            [
                (tr(lg, "Shop name", "Geschäft", "Boutique"), row[0]),
                (tr(lg, "Contact", "Ansprechpartner/in", "Contact"), buyer),
                (
                    tr(lg, "Delivery address", "Lieferanschrift", "Adresse de livraison"),
                    f"{row[1]}, {row[2]}",
                ),
                (
                    tr(lg, "Phone / e-mail", "Telefon / E-Mail", "Tél. / e-mail"),
                    row[3] or f"{buyer.split()[0].lower()}@shop",
                ),
            ],
            per=2,
            tall=26,
        )
        cols = columns(
            m,
            w - m,
            [(1, "left"), (4, "left"), (1, "left"), (1.1, "right"), (1, "right"), (0.9, "center")],
        )
        heads = [
            tr(lg, "Code", "Art.-Nr.", "Réf."),
            tr(lg, "Product", "Produkt", "Produit"),
            tr(lg, "Size", "Inhalt", "Cont."),
            tr(lg, "Trade", "EK netto", "Prix HT"),
            tr(lg, "RRP", "UVP", "PVC"),
            tr(lg, "Qty", "Menge", "Qté"),
        ]
        p.rect(m - 2, y - 10, w - 2 * m + 4, 15, fill=0.85)
        for c, t in zip(cols, heads, strict=True):
            p.text(
                c[0] if c[2] == "left" else (c[1] if c[2] == "right" else (c[0] + c[1]) / 2),
                y,
                t,
                s.bold,
                8,
                c[2],
            )
        y += 16
        chosen = dict((p_.code, q) for p_, q in order)
        for pr in PRODUCTS:
            vals = [pr.code, pr.name(lg), pr.size, money(pr.price, lg), money(pr.price * 2.2, lg)]
            for c, t in zip(cols[:5], vals, strict=True):
                p.text(
                    c[0] if c[2] == "left" else c[1],
                    y,
                    fit(t, s.font, 8, c[1] - c[0]),
                    s.font,
                    8,
                    c[2],
                )
            p.rect(cols[5][0] + 6, y - 10, cols[5][1] - cols[5][0] - 12, 14)
            if pr.code in chosen:
                p.text((cols[5][0] + cols[5][1]) / 2, y, str(chosen[pr.code]), HAND, 10, "center")
            y += 19
        y += 6
        for t in (
            tr(
                lg,
                f"Minimum first order {cash(150, lg)}, reorders {cash(100, lg)}. "
                "Soaps in multiples of 6.",
                f"Mindestbestellwert {cash(150, lg)}, "
                f"Nachbestellung {cash(100, lg)}. Seifen in VE zu 6 Stück.",
                f"Première commande minimum {cash(150, lg)}, réassort {cash(100, lg)}. "
                "Savons par 6.",
            ),
            tr(
                lg,
                "Carriage free over £250. Payment 30 days from invoice.",
                "Versandkostenfrei ab 250 €. Zahlung 30 Tage nach Rechnung.",
                "Franco à partir de 250 €. Paiement à 30 jours.",
            ),
        ):
            p.text(m, y, fit(t, s.font, 7.5, w - 2 * m), s.font, 7.5)
            y += 10
        y += 30
        sign_box(
            p,
            s,
            m,
            y,
            200,
            tr(lg, "Signed", "Unterschrift", "Signature"),
            buyer,
            True,
            short(d, lg),
        )
        if rng.random() < 0.4:
            hand(
                p,
                w / 2 + 20,
                y - 4,
                rng.choice(
                    tr(
                        lg,
                        "pls deliver before Easter fair!|tester "
                        "for each pls|same as last time + balms",
                        "bitte vor dem Markt liefern!|bitte Tester "
                        "beilegen|wie letztes Mal + Balsam",
                        "livrer avant le marché svp|avec testeurs svp|comme la dernière fois",
                    ).split("|")
                ),
                10,
            )
        pages = [p]
    else:
        s = style_of(h, A4 if lg != "en" or rng.random() < 0.8 else LETTER)
        w, _ = s.page_size
        m = s.margin
        po = serial(rng, rng.choice(["PO-9999", "B-99999", "BC999"]))
        f = sheets(s, h)
        caption(f, s, tr(lg, "PURCHASE ORDER", "BESTELLUNG", "BON DE COMMANDE"), 4)
        recipient(
            f,
            s,
            h,
            maker_lines(),
            d,
            [
                (tr(lg, "Order no.", "Bestell-Nr.", "N° commande"), po),
                (tr(lg, "Buyer", "Einkauf", "Acheteur"), buyer),
            ],
        )
        rows = [
            [
                pr.code,
                f"{pr.name(lg)} {pr.size}",
                str(q),
                money(pr.price, lg),
                money(pr.price * q, lg),
            ]
            for pr, q in order
        ]
        table(
            f,
            columns(
                m, w - m, [(1, "left"), (4.5, "left"), (0.7, "right"), (1, "right"), (1.2, "right")]
            ),
            [
                tr(lg, "Code", "Art.-Nr.", "Réf."),
                tr(lg, "Item", "Artikel", "Article"),
                tr(lg, "Qty", "Menge", "Qté"),
                tr(lg, "Price", "EK", "P.U."),
                tr(lg, "Total", "Gesamt", "Total"),
            ],
            rows,
            s,
            rules=True,
        )
        totals(f, s, lg, round(sum(pr.price * q for pr, q in order), 2), 0.0)
        write(
            f,
            s,
            tr(
                lg,
                "Please quote our order number on your invoice and delivery note.",
                "Bitte geben Sie unsere Bestellnummer auf Rechnung und Lieferschein an.",
                "Merci de rappeler notre numéro de commande sur vos documents.",
            ),
            s.size - 1,
        )
        regards(f, s, lg, buyer, tr(lg, "Buyer", "Einkauf", "Achats"))
        pages = close(f.pages, s, h, numbers="none")
    received(rng, pages[0], d, 0.2)
    remember(d, (row, order))
    return pages


def tpl_wholesale_invoice(rng: random.Random, who: Issuer) -> list[Page]:
    """The maker's own wholesale invoice to a stockist: its letterhead, products, quantities,
    trade prices, carriage, VAT, bank details and payment terms; a run covers several shops."""
    h = maker_head()
    lg = h.lang
    s = style_of(h)
    w, hh = s.page_size
    m = s.margin
    ex = extra_of("stockist_order")
    if isinstance(ex, tuple):
        row, order = ex
    else:
        row = rng.choice(SENDERS["shop"][lg])
        order = [(p, rng.choice([6, 12, 12, 24])) for p in rng.sample(PRODUCTS, rng.randint(2, 6))]
    d = last_day(rng, ("stockist_order",), (2, 8))
    nr = keyed(who, "no").randint(100, 900) + rng.randint(0, 40)
    no = f"{d.year % 100}{d.month:02d}-{nr:04d}" if lg != "en" else f"INV{nr:05d}"
    f = sheets(s, h, f"{h.name} - {tr(lg, 'Invoice', 'Rechnung', 'Facture')} {no}")
    recipient(
        f,
        s,
        h,
        [row[0], row[1], row[2]],
        d,
        [
            (tr(lg, "Invoice no.", "Rechnungs-Nr.", "Facture n°"), no),
            (tr(lg, "Account", "Kunden-Nr.", "Client"), serial(random.Random(row[0]), "S999")),
            (tr(lg, "Tax point", "Lieferdatum", "Date de livraison"), short(d, lg)),
        ],
    )
    caption(f, s, tr(lg, "INVOICE", "RECHNUNG", "FACTURE"), 4)
    rows = [
        [pr.code, f"{pr.name(lg)} {pr.size}", str(q), money(pr.price, lg), money(pr.price * q, lg)]
        for pr, q in order
    ]
    net = sum(pr.price * q for pr, q in order)
    if net < 250:
        rows.append(
            [
                "",
                tr(lg, "Carriage", "Versand", "Frais de port"),
                "1",
                money(9.5, lg),
                money(9.5, lg),
            ]
        )
        net += 9.5
    table(
        f,
        columns(
            m, w - m, [(1, "left"), (4.5, "left"), (0.7, "right"), (1, "right"), (1.2, "right")]
        ),
        [
            tr(lg, "Code", "Art.-Nr.", "Réf."),
            tr(lg, "Description", "Bezeichnung", "Désignation"),
            tr(lg, "Qty", "Menge", "Qté"),
            tr(lg, "Unit", "Einzelpreis", "P.U. HT"),
            tr(lg, "Net", "Netto", "Montant HT"),
        ],
        rows,
        s,
        rules=rng.random() < 0.6,
    )
    totals(f, s, lg, round(net, 2), vat_rate(lg))
    bank = {
        "en": "Bank: Starling Bank - sort code 60-83-71 - account "
        + serial(keyed(who, "b"), "99999999"),
        "de": "Bankverbindung: Sparkasse - IBAN DE"
        + serial(keyed(who, "b"), "99 9999 9999 9999 9999 99"),
        "fr": "RIB : Crédit Agricole - IBAN FR76 "
        + serial(keyed(who, "b"), "9999 9999 9999 9999 9999 999"),
    }[lg]
    write(
        f,
        s,
        tr(
            lg,
            f"Payment within 30 days please, quoting {no}.",
            f"Zahlbar innerhalb von 30 Tagen ohne Abzug unter Angabe der Rechnungsnummer {no}.",
            "Paiement à 30 jours fin de mois. Pas d'escompte pour paiement anticipé. "
            "Pénalités de retard : 3 fois le taux légal ; indemnité forfaitaire 40 €.",
        ),
        s.size - 0.5,
    )
    write(f, s, bank, s.size - 1)
    if rng.random() < 0.4:
        write(
            f,
            s,
            tr(
                lg,
                "Thank you for stocking our products!",
                "Vielen Dank für Ihre Bestellung!",
                "Merci de votre confiance !",
            ),
            s.size,
        )
    pages = close(f.pages, s, h)
    if rng.random() < 0.25:
        stamp(
            pages[0],
            w - m - 130,
            hh * 0.55,
            [tr(lg, "PAID", "BEZAHLT", "PAYÉ"), short(d + timedelta(days=rng.randint(5, 30)), lg)],
        )
    remember(d, (row, order))
    return pages


def tpl_marketplace_statement(rng: random.Random, who: Issuer) -> list[Page]:
    """A marketplace's monthly payment account statement: the summary (sales, fees, postage
    labels, VAT on fees, deposits), then the orders and fees line by line over pages, now and
    then on landscape pages; on Letter from an American marketplace."""
    lg0 = home()
    abroad = keyed(who, "market").random() < 0.3
    lg = "en" if abroad else lg0
    row = SENDERS["market"]["en"][1] if abroad else SENDERS["market"][lg0][0]
    h = make_head(row, lg, "market")
    us = "USA" in row[2]
    size = LETTER if us else A4
    s = style_of(h, size)
    w, _ = size
    m = s.margin
    start = add_months(month(), -1)
    end = month() - timedelta(days=1)
    cur = "$" if us else ("£" if lg0 == "en" else "€")

    def amt(v: float) -> str:
        t = money(abs(v), "en" if us else lg0)
        t = f"{cur}{t}" if cur != "€" else f"{t} €"
        return f"-{t}" if v < 0 else t

    orders = []
    dd = start
    for _ in range(rng.randint(8, 55)):
        dd = min(end, dd + timedelta(days=rng.choice([0, 0, 1, 1, 2])))
        sale = round(
            rng.choice([8.5, 12.0, 15.9, 19.5, 24.0, 32.4, 46.0]) * rng.uniform(0.9, 1.2), 2
        )
        orders.append(
            (
                dd,
                serial(rng, "9999999999"),
                sale,
                -round(sale * 0.065, 2),
                -round(0.25 + sale * 0.04, 2),
            )
        )
    sales = sum(o[2] for o in orders)
    fees = sum(o[3] + o[4] for o in orders)
    listing = -round(0.16 * rng.randint(10, 60), 2)
    labels = -round(rng.uniform(10, 90), 2)
    vat = round((fees + listing) * 0.2, 2)
    net = sales + fees + listing + labels + vat
    f = sheets(
        s,
        h,
        f"{h.name} - {tr(lg, 'Payment account statement', 'Abrechnung', 'Relevé de paiements')} "
        f"{short(start, lg)} - {short(end, lg)}",
    )
    caption(f, s, tr(lg, "Monthly statement", "Monatsabrechnung", "Relevé mensuel"), 4)
    f.y = (
        pairs(
            f.page,
            s,
            m,
            f.y,
            [
                (tr(lg, "Shop", "Shop", "Boutique"), maker_row()[0]),
                (
                    tr(lg, "Statement period", "Zeitraum", "Période"),
                    f"{short(start, lg)} - {short(end, lg)}",
                ),
                (
                    tr(lg, "Shop ID", "Verkäufer-ID", "ID vendeur"),
                    serial(keyed(who, "id"), "99999999"),
                ),
            ],
            w * 0.65,
            s.size - 0.5,
        )
        + 10
    )
    summary = [
        [tr(lg, "Sales", "Umsatz", "Ventes"), amt(sales)],
        [
            tr(lg, "Transaction fees", "Transaktionsgebühren", "Frais de transaction"),
            amt(sum(o[3] for o in orders)),
        ],
        [
            tr(lg, "Payment processing fees", "Zahlungsgebühren", "Frais de paiement"),
            amt(sum(o[4] for o in orders)),
        ],
        [tr(lg, "Listing fees", "Einstellgebühren", "Frais de mise en vente"), amt(listing)],
        [tr(lg, "Postage labels", "Versandetiketten", "Étiquettes d'envoi"), amt(labels)],
        [tr(lg, "VAT on fees", "USt. auf Gebühren", "TVA sur frais"), amt(vat)],
        [
            tr(
                lg,
                "Deposited to your bank account",
                "Ausgezahlt auf Ihr Konto",
                "Versé sur votre compte",
            ),
            amt(net),
        ],
    ]
    table(
        f,
        columns(m, w * 0.7, [(3, "left"), (1.4, "right")]),
        [tr(lg, "Summary", "Übersicht", "Récapitulatif"), ""],
        summary,
        s,
        shade=0.9,
        rules=True,
    )
    tx_head = [
        tr(lg, "Date", "Datum", "Date"),
        tr(lg, "Order", "Bestellung", "Commande"),
        tr(lg, "Type", "Art", "Type"),
        tr(lg, "Amount", "Betrag", "Montant"),
        tr(lg, "Fees", "Gebühren", "Frais"),
        tr(lg, "Net", "Netto", "Net"),
    ]
    tx = [
        [
            short(o[0], "en" if us else lg),
            o[1],
            tr(lg, "Sale", "Verkauf", "Vente"),
            amt(o[2]),
            amt(o[3] + o[4]),
            amt(o[2] + o[3] + o[4]),
        ]
        for o in orders
    ]
    pages = f.pages
    if rng.random() < 0.4:
        s2 = paper(s, landscape(size), margin=40)
        lw, lh = landscape(size)
        g = Sheets(
            landscape(size),
            lh - 40,
            lambda p, n: (
                running_header(p, s2, f"{h.name} - {tr(lg, 'Activity', 'Aktivitäten', 'Activité')}")
                + 10
            ),
        )
        table(
            g,
            columns(
                40,
                lw - 40,
                [
                    (1.2, "left"),
                    (1.6, "left"),
                    (1.2, "left"),
                    (1, "right"),
                    (1, "right"),
                    (1, "right"),
                ],
            ),
            tx_head,
            tx,
            s2,
            rules=True,
        )
        pages = pages + g.pages
    else:
        f.y += 10
        f.heading(m, tr(lg, "Activity", "Aktivitäten", "Activité"), s.bold, s.size + 1)
        table(
            f,
            columns(
                m,
                w - m,
                [
                    (1.2, "left"),
                    (1.6, "left"),
                    (1, "left"),
                    (1, "right"),
                    (1, "right"),
                    (1, "right"),
                ],
            ),
            tx_head,
            tx,
            s,
            step=1.5,
        )
        pages = f.pages
    close(pages, s, h, numbers=rng.choice(["Page {i} of {n}", "{i}/{n}"]))
    remember(end)
    return pages


def tpl_psp_statement(rng: random.Random, who: Issuer) -> list[Page]:
    """A payment provider's monthly merchant statement (card reader at markets, online
    checkout): daily payouts with gross, fees and net, the fee summary, and behind it the fee
    invoice with VAT as a page of its own."""
    lg = home()
    h = make_head(SENDERS["psp"][lg][0], lg, "psp")
    s = style_of(h)
    w, _ = s.page_size
    m = s.margin
    start = add_months(month(), -1)
    end = month() - timedelta(days=1)
    mid = serial(keyed(who, "mid"), "M99999999")
    f = sheets(
        s,
        h,
        f"{h.name} - "
        f"{tr(lg, 'Merchant statement', 'Händlerabrechnung', 'Relevé commerçant')} {mid}",
    )
    recipient(
        f,
        s,
        h,
        maker_lines(),
        month() + timedelta(days=rng.randint(1, 4)),
        [
            (tr(lg, "Merchant ID", "Händler-ID", "ID commerçant"), mid),
            (tr(lg, "Period", "Zeitraum", "Période"), f"{short(start, lg)} - {short(end, lg)}"),
        ],
    )
    caption(f, s, tr(lg, "Merchant statement", "Händlerabrechnung", "Relevé commerçant"), 3)
    rows = []
    gross_t = fee_t = 0.0
    dd = start
    while dd <= end:
        if rng.random() < (0.75 if dd.weekday() >= 5 else 0.35):
            n = rng.randint(1, 30 if dd.weekday() >= 5 else 6)
            gross = round(sum(rng.choice([6.5, 8.0, 12.0, 15.0, 22.5]) for _ in range(n)), 2)
            fee = round(gross * rng.choice([0.0169, 0.0175, 0.0139]), 2)
            gross_t += gross
            fee_t += fee
            rows.append(
                [
                    short(dd, lg),
                    str(n),
                    money(gross, lg),
                    money(-fee, lg),
                    money(gross - fee, lg),
                    short(dd + timedelta(days=rng.randint(1, 3)), lg),
                ]
            )
        dd += timedelta(days=1)
    table(
        f,
        columns(
            m,
            w - m,
            [
                (1.2, "left"),
                (0.8, "right"),
                (1.1, "right"),
                (1, "right"),
                (1.1, "right"),
                (1.2, "right"),
            ],
        ),
        [
            tr(lg, "Date", "Datum", "Date"),
            tr(lg, "Trans.", "Anz.", "Nb"),
            tr(lg, "Gross", "Brutto", "Brut"),
            tr(lg, "Fees", "Gebühren", "Frais"),
            tr(lg, "Net", "Netto", "Net"),
            tr(lg, "Paid out", "Ausgezahlt", "Versé le"),
        ],
        rows,
        s,
        step=1.5,
    )
    f.y += 8
    f.y = pairs(
        f.page,
        s,
        w * 0.5,
        f.y,
        [
            (
                tr(lg, "Total card payments", "Summe Kartenzahlungen", "Total paiements"),
                cash(gross_t, lg),
            ),
            (tr(lg, "Total fees", "Summe Gebühren", "Total frais"), cash(-fee_t, lg)),
            (
                tr(lg, "Total paid out", "Summe Auszahlungen", "Total versé"),
                cash(gross_t - fee_t, lg),
            ),
        ],
        w - m,
        s.size,
    )
    pages = f.pages
    if rng.random() < 0.7:
        g = sheets(s, h)
        inv = serial(rng, "INV-99999999")
        recipient(
            g,
            s,
            h,
            maker_lines(),
            month() + timedelta(days=2),
            [
                (tr(lg, "Invoice", "Rechnung", "Facture"), inv),
                (tr(lg, "Merchant ID", "Händler-ID", "ID commerçant"), mid),
            ],
        )
        caption(
            g, s, tr(lg, "VAT invoice for fees", "Rechnung über Gebühren", "Facture de frais"), 3
        )
        net = round(fee_t / 1.2 if lg == "en" else fee_t, 2)
        table(
            g,
            columns(m, w - m, [(4, "left"), (1.3, "right")]),
            [
                tr(lg, "Description", "Leistung", "Désignation"),
                tr(lg, "Amount", "Betrag", "Montant"),
            ],
            [
                [
                    tr(
                        lg,
                        f"Card processing fees {short(start, lg)} - {short(end, lg)}",
                        f"Transaktionsgebühren {short(start, lg)} - {short(end, lg)}",
                        f"Commissions sur transactions {short(start, lg)} - {short(end, lg)}",
                    ),
                    money(net, lg),
                ]
            ],
            s,
        )
        write(
            g,
            s,
            tr(
                lg,
                "Financial services exempt from VAT where applicable.",
                "Steuerfreie Finanzdienstleistung gem. § 4 Nr. 8 UStG.",
                "Exonération de TVA - article 261 C du CGI.",
            ),
            s.size - 1,
        )
        totals(g, s, lg, net, 0.0)
        pages = pages + g.pages
    close(pages, s, h, numbers="{i}/{n}" if rng.random() < 0.6 else "none")
    remember(end)
    return pages


def tpl_courier_invoice(rng: random.Random, who: Issuer) -> list[Page]:
    """A courier's weekly or monthly invoice: the summary with fuel surcharge and VAT on the
    first page, the consignments (date, number, destination, service, weight, charge) over the
    following pages; a run covers consecutive weeks."""
    h = head_of(who, "courier")
    lg = h.lang
    s = style_of(h)
    w, _ = s.page_size
    m = s.margin
    ex = extra_of("courier_invoice")
    if isinstance(ex, tuple) and ex[0] == h.name:
        p0 = ex[1] + timedelta(days=7)
    else:
        p0 = month() + timedelta(days=rng.randint(0, 6))
        p0 -= timedelta(days=p0.weekday())
    p1 = p0 + timedelta(days=6)
    d = p1 + timedelta(days=rng.randint(1, 3))
    acct = serial(keyed(who, "acct"), "9999999")
    no = serial(rng, "99999999")
    f = sheets(
        s,
        h,
        f"{h.name} - {tr(lg, 'Invoice', 'Rechnung', 'Facture')} {no} - "
        f"{tr(lg, 'Account', 'Kd.-Nr.', 'Compte')} {acct}",
    )
    recipient(
        f,
        s,
        h,
        maker_lines(crew("dispatch")),
        d,
        [
            (tr(lg, "Invoice no.", "Rechnungs-Nr.", "Facture n°"), no),
            (tr(lg, "Account", "Kundennummer", "Compte"), acct),
            (tr(lg, "Period", "Zeitraum", "Période"), f"{short(p0, lg)} - {short(p1, lg)}"),
        ],
    )
    caption(f, s, tr(lg, "INVOICE", "RECHNUNG", "FACTURE"), 4)
    towns = {
        "en": ["LS6", "BS1", "EH3", "M20", "NW1", "CF10", "YO1", "BT7", "PL4", "NR2", "IV2"],
        "de": ["10115", "80331", "50667", "20095", "01067", "70173", "04109", "28195", "66111"],
        "fr": ["75011", "69003", "33000", "59000", "31000", "44000", "67000", "06000", "35000"],
    }[lg]
    cons = []
    total = 0.0
    for _ in range(rng.randint(12, 70)):
        dd = p0 + timedelta(days=rng.randint(0, 4))
        svc = rng.choice(
            tr(
                lg,
                "Next day|48h|Next day|Small parcel",
                "Paket|Paket|Express|Päckchen",
                "Colis 48h|Colis 48h|Express 24h|Relais",
            ).split("|")
        )
        kg = round(rng.uniform(0.3, 6.5), 1)
        ch = round(rng.choice([3.45, 4.2, 5.1, 6.9, 9.8]) + kg * 0.35, 2)
        total += ch
        cons.append((dd, serial(rng, "99999999999999"), rng.choice(towns), svc, kg, ch))
    cons.sort()
    fuel = round(total * rng.choice([0.045, 0.06, 0.08]), 2)
    table(
        f,
        columns(m, w - m, [(4, "left"), (1.2, "right")]),
        [tr(lg, "Summary", "Übersicht", "Récapitulatif"), tr(lg, "Amount", "Betrag", "Montant")],
        [
            [
                tr(
                    lg, f"{len(cons)} consignments", f"{len(cons)} Sendungen", f"{len(cons)} envois"
                ),
                money(total, lg),
            ],
            [
                tr(lg, "Fuel surcharge", "Treibstoffzuschlag", "Surcharge carburant"),
                money(fuel, lg),
            ],
        ],
        s,
        rules=True,
    )
    totals(
        f,
        s,
        lg,
        round(total + fuel, 2),
        vat_rate(lg),
        note=tr(
            lg,
            "Direct Debit will be taken on or after " + short(d + timedelta(days=10), lg) + ".",
            "Der Betrag wird per SEPA-Lastschrift am "
            + short(d + timedelta(days=10), lg)
            + " eingezogen (Mandatsreferenz "
            + serial(keyed(who, "mr"), "M999999")
            + ").",
            "Prélèvement SEPA le " + short(d + timedelta(days=10), lg) + ".",
        ),
    )
    f.new_page()
    f.heading(
        m,
        tr(lg, "Consignment details", "Sendungsübersicht", "Détail des envois"),
        s.bold,
        s.size + 1,
    )
    table(
        f,
        columns(
            m,
            w - m,
            [
                (1.1, "left"),
                (2, "left"),
                (0.9, "left"),
                (1.3, "left"),
                (0.8, "right"),
                (1, "right"),
            ],
        ),
        [
            tr(lg, "Date", "Datum", "Date"),
            tr(lg, "Consignment", "Sendungsnr.", "N° d'envoi"),
            tr(lg, "Dest.", "PLZ", "CP"),
            tr(lg, "Service", "Produkt", "Service"),
            "kg",
            tr(lg, "Charge", "Preis", "Prix"),
        ],
        [[short(c[0], lg), c[1], c[2], c[3], f"{c[4]:.1f}", money(c[5], lg)] for c in cons],
        s,
        size=7.5,
        step=1.45,
    )
    pages = close(
        f.pages,
        s,
        h,
        numbers=rng.choice(
            ["Page {i} of {n}", "Seite {i} von {n}" if lg == "de" else "{i}/{n}", "{i}/{n}"]
        ),
    )
    remember(d, (h.name, p0))
    return pages


# ---------------------------------------------------------------------------------------------
# Templates XXXX: authorities, certification, fairs and insurance
# ---------------------------------------------------------------------------------------------

FINDINGS = {
    "en": [
        "The name and address of the Responsible Person is not legible on the container.",
        "No batch number or reference is marked on the individual units.",
        "The period-after-opening symbol is missing from the outer packaging.",
        "The ingredient list is not in descending order of weight above 1%.",
        "Fragrance allergens present above 0.001% (leave-on) are not listed individually.",
        "The claim 'chemical free' is not supported and is misleading to consumers.",
        "The nominal content is not shown in grams or millilitres with the 'e' mark.",
        "No product information file could be produced for the product at the visit.",
    ],
    "de": [
        "Name und Anschrift der verantwortlichen Person sind auf dem Behältnis nicht lesbar.",
        "Auf den Einzelpackungen fehlt die Chargennummer.",
        "Das Symbol für die Verwendungsdauer nach dem Öffnen fehlt auf der Umverpackung.",
        "Die Liste der Bestandteile ist oberhalb 1 % nicht in absteigender Reihenfolge angegeben.",
        "Duftstoff-Allergene über 0,001 % (leave-on) sind nicht einzeln aufgeführt.",
        "Die Auslobung 'frei von Chemie' ist irreführend und nicht belegt.",
        "Die Nennfüllmenge ist nicht in Gramm oder Millilitern angegeben.",
        "Eine Produktinformationsdatei konnte bei der Kontrolle nicht vorgelegt werden.",
    ],
    "fr": [
        "Le nom et l'adresse de la personne responsable ne sont pas lisibles sur le récipient.",
        "Aucun numéro de lot ne figure sur les unités de vente.",
        "Le symbole de durée d'utilisation après ouverture est absent de l'emballage.",
        "La liste des ingrédients n'est pas dans l'ordre décroissant au-dessus de 1 %.",
        "Les allergènes du parfum au-dessus de 0,001 % ne sont pas mentionnés individuellement.",
        "L'allégation « sans produits chimiques » est trompeuse pour le consommateur.",
        "Le contenu nominal n'est pas indiqué en grammes ou millilitres.",
        "Le dossier d'information produit n'a pas pu être présenté lors du contrôle.",
    ],
}


def tpl_trading_standards(rng: random.Random, who: Issuer) -> list[Page]:
    """A trading standards letter after a test purchase or a visit: the product, the law, the
    numbered shortcomings, what the maker must do by when, the officer's signature; now and
    then a sampling / test purchase record on a form of its own behind it."""
    h = ts_head()
    lg = h.lang
    s = style_of(h)
    w, hh = s.page_size
    m = s.margin
    d = some_day(rng)
    pr = rng.choice(PRODUCTS)
    officer = staff(h, "officer")
    ref = serial(
        rng, {"en": "TS/99/99999/AA", "de": "Az. 99-9999.99/99", "fr": "N/Réf. 99-999-AA"}[lg]
    )
    f = sheets(s, h, f"{h.name} - {ref}")
    recipient(
        f,
        s,
        h,
        maker_lines(mx(crew("founder"), lg)),
        d,
        [
            (tr(lg, "Our ref", "Aktenzeichen", "Nos réf."), ref),
            (tr(lg, "Officer", "Sachbearbeitung", "Affaire suivie par"), officer),
            (tr(lg, "Direct line", "Durchwahl", "Tél."), serial(rng, "9999 999 999")),
        ],
    )
    subj = tr(
        lg,
        f"Cosmetic Products Enforcement Regulations 2013 - {pr.name(lg)}",
        f'Kosmetikverordnung (EG) Nr. 1223/2009 - Ihr Produkt „{pr.name(lg)}"',
        f"Contrôle de l'étiquetage - produit cosmétique « {pr.name(lg)} »",
    )
    f.page.text(m, f.y, fit(subj, s.bold, s.size, w - 2 * m), s.bold, s.size)
    f.y += 20
    write(f, s, dear(lg, mx(crew("founder"), lg)))
    how = rng.choice([0, 1])
    write(
        f,
        s,
        tr(
            lg,
            [
                "On " + short(d - timedelta(days=rng.randint(7, 30)), lg) + " an officer "
                "of this service made a test purchase of the above product from your "
                "online shop.",
                "Thank you for your time during our visit to your "
                "premises on " + short(d - timedelta(days=rng.randint(5, 25)), lg) + ".",
            ][how],
            [
                "Am " + short(d - timedelta(days=rng.randint(7, 30)), lg) + " wurde das o. g. "
                "Produkt im Rahmen der amtlichen Überwachung über Ihren Online-Shop als "
                "Probe erworben.",
                "Am "
                + short(d - timedelta(days=rng.randint(5, 25)), lg)
                + " fand in Ihrem Betrieb eine Kontrolle nach § 42 LFGB statt.",
            ][how],
            [
                "Le " + short(d - timedelta(days=rng.randint(7, 30)), lg) + ", nos services "
                "ont procédé à un achat pour contrôle du produit susvisé sur votre site.",
                "Nous vous remercions de l'accueil réservé à nos agents lors de l'inspection "
                "du " + short(d - timedelta(days=rng.randint(5, 25)), lg) + ".",
            ][how],
        ),
    )
    write(
        f,
        s,
        tr(
            lg,
            "The product was examined and the following matters were found:",
            "Bei der Prüfung wurden folgende Mängel festgestellt:",
            "L'examen a mis en évidence les manquements suivants :",
        ),
    )
    for k, t in enumerate(rng.sample(FINDINGS[lg], rng.randint(2, 4)), 1):
        f.para(m + 18, w - 2 * m - 18, f"{k}. {t}", s.font, s.size)
    write(f, s, prose(rng, lg, "reg", 1, 3))
    due = d + timedelta(days=rng.choice([14, 21, 28]))
    write(
        f,
        s,
        tr(
            lg,
            f"Please confirm in writing by {day(h, due)} the action you have taken, "
            "with a copy of the amended label. This letter is advisory; no further action "
            "is proposed at this stage.",
            f"Bitte teilen Sie uns bis zum {day(h, due)} "
            "schriftlich mit, welche Maßnahmen Sie ergriffen haben, und legen Sie einen "
            "Entwurf des geänderten Etiketts bei. Die Probe wurde beanstandet; die "
            "Gebühr wird gesondert festgesetzt.",
            f"Nous vous demandons de nous faire "
            f"connaître avant le {day(h, due)} les mesures correctives prises, "
            "accompagnées d'un projet d'étiquette modifiée. Le présent courrier vaut "
            "avertissement.",
        ),
    )
    regards(
        f,
        s,
        lg,
        officer,
        tr(lg, "Trading Standards Officer", "Lebensmittelkontrolleur/in", "Inspecteur/trice CCRF"),
    )
    pages = close(f.pages, s, h, numbers=h.numbers)
    if rng.random() < 0.45:
        g = sheets(s, h, foot=0)
        caption(
            g,
            s,
            tr(
                lg,
                "RECORD OF TEST PURCHASE / SAMPLE",
                "PROBENAHMEPROTOKOLL",
                "PROCÈS-VERBAL DE PRÉLÈVEMENT",
            ),
            2,
            rule=True,
        )
        g.y = fields(
            g.page,
            s,
            m,
            g.y,
            w - 2 * m,
            [
                (tr(lg, "Sample no.", "Proben-Nr.", "N° échantillon"), serial(rng, "99/9999")),
                (
                    tr(lg, "Date / time", "Datum / Uhrzeit", "Date / heure"),
                    f"{short(d - timedelta(days=20), lg)} "
                    f"{rng.randint(9, 16)}:{rng.randint(10, 59)}",
                ),
                (tr(lg, "Product", "Produkt", "Produit"), f"{pr.name(lg)} {pr.size}"),
                (tr(lg, "Batch / PAO", "Charge / MHD", "Lot / PAO"), serial(rng, "AA999999")),
                (tr(lg, "Obtained from", "Entnommen bei", "Prélevé chez"), maker_row()[0]),
                (tr(lg, "Price paid", "Kaufpreis", "Prix payé"), cash(pr.price * 2.2, lg)),
                (tr(lg, "Officer", "Probenehmer/in", "Agent"), officer),
                (tr(lg, "Seal no.", "Plombe", "Scellé n°"), serial(rng, "999999")),
            ],
            per=2,
            tall=28,
        )
        g.y = (
            ticks(
                g.page,
                s,
                m,
                g.y + 4,
                w - 2 * m,
                tr(
                    lg,
                    "Test purchase|Formal sample|Informal sample|Divided in three parts",
                    "Planprobe|Verdachtsprobe|Beschwerdeprobe|Gegenprobe hinterlassen",
                    "Achat pour contrôle|Prélèvement officiel|Prélèvement informel|"
                    "Échantillon en trois exemplaires",
                ).split("|"),
                {rng.randint(0, 2)},
                9,
            )
            + 10
        )
        g.page.rect(m, g.y, 160, 110, fill=0.93)
        label_art(g.page, m + 8, g.y + 8, 144, 94, pr, lg, "", maker_row())
        g.page.text(
            m + 170,
            g.y + 10,
            tr(
                lg,
                "Photograph of label as purchased",
                "Foto des Etiketts",
                "Photographie de l'étiquette",
            ),
            s.font,
            7.5,
        )
        sign_box(
            g.page,
            s,
            m,
            hh - m - 40,
            180,
            tr(lg, "Officer", "Probenehmer/in", "Agent"),
            officer,
            True,
            short(d - timedelta(days=20), lg),
        )
        pages.append(g.pages[0])
    received(rng, pages[0], d, 0.4)
    remember(d, pr)
    return pages


def tpl_ts_reply(rng: random.Random, who: Issuer) -> list[Page]:
    """The maker's reply to a trading standards letter: a letter on its own letterhead with
    the points raised and the corrective action in a table, signed by the founder, and the
    revised label proof enclosed."""
    h = maker_head()
    lg = h.lang
    s = style_of(h)
    w, _ = s.page_size
    m = s.margin
    ts = ts_head()
    pr = product_of(rng, "trading_standards")
    d = last_day(rng, ("trading_standards",), (5, 20))
    f = sheets(s, h)
    recipient(
        f,
        s,
        h,
        head_lines(ts, staff(ts, "officer")),
        d,
        [(tr(lg, "Your ref", "Ihr Zeichen", "V/Réf."), serial(rng, "TS/99/99999"))],
    )
    f.page.text(
        m,
        f.y,
        fit(
            tr(
                lg,
                f"{pr.name(lg)} - action taken",
                f"{pr.name(lg)} - Stellungnahme und Maßnahmen",
                f"{pr.name(lg)} - mesures correctives",
            ),
            s.bold,
            s.size,
            w - 2 * m,
        ),
        s.bold,
        s.size,
    )
    f.y += 20
    write(f, s, dear(lg, mx(staff(ts, "officer"), lg)))
    write(
        f,
        s,
        tr(
            lg,
            "Thank you for your letter. We have reviewed the points raised and have "
            "taken the following action:",
            "vielen Dank für Ihr Schreiben. Zu den "
            "festgestellten Punkten nehmen wir wie folgt Stellung:",
            "Nous accusons réception de votre courrier et vous informons des mesures prises :",
        ),
    )
    pts = rng.sample(FINDINGS[lg], rng.randint(2, 4))
    rows = [
        [
            str(k),
            t,
            rng.choice(
                tr(
                    lg,
                    "Labels reprinted|Stock relabelled|PIF updated|Claim removed from website",
                    "Etiketten neu gedruckt|Bestand überklebt|PID ergänzt|Aussage entfernt",
                    "Étiquettes réimprimées|Stock réétiqueté|DIP complété|Allégation retirée",
                ).split("|")
            ),
        ]
        for k, t in enumerate(pts, 1)
    ]
    table(
        f,
        columns(m, w - m, [(0.3, "left"), (4.5, "left"), (2, "left")]),
        [
            "",
            tr(lg, "Point raised", "Beanstandung", "Constat"),
            tr(lg, "Action", "Maßnahme", "Action"),
        ],
        rows,
        s,
        rules=True,
    )
    f.y += 8
    write(f, s, prose(rng, lg, "work", 1, 2))
    write(
        f,
        s,
        tr(
            lg,
            "A proof of the amended label is enclosed.",
            "Einen Entwurf des geänderten Etiketts fügen wir bei.",
            "Vous trouverez ci-joint le projet d'étiquette modifiée.",
        ),
    )
    regards(f, s, lg, crew("founder"), tr(lg, "Director", "Inhaber/in", "Gérant(e)"))
    f.page.text(
        m,
        f.y,
        tr(lg, "Enc. label proof", "Anlage: Etikettenentwurf", "PJ : BAT étiquette"),
        s.font,
        s.size - 1,
    )
    pages = close(f.pages, s, h)
    if rng.random() < 0.75:
        p = Page(A4)
        p.text(
            40,
            50,
            tr(
                lg,
                "Revised label - proof",
                "Etikett (neu) - Entwurf",
                "Étiquette modifiée - projet",
            ),
            "Helvetica-Bold",
            11,
        )
        label_art(p, 60, 90, 300, 190, pr, lg, "", maker_row())
        if rng.random() < 0.5:
            hand(
                p,
                380,
                150,
                tr(lg, "RP address now 6pt", "Anschrift jetzt 6 pt", "adresse PR en 6 pt"),
                10,
            )
            p.line(360, 148, 330, 250)
        pages.append(p)
    remember(d, pr)
    return pages


CHECK_SECTIONS = {
    "en": [
        "Origin and processing of ingredients",
        "Composition of total product",
        "Storage, manufacturing and packaging",
        "Environmental management plan",
        "Labelling and communication",
        "Inspection and certification records",
    ],
    "de": [
        "Herkunft und Verarbeitung der Rohstoffe",
        "Zusammensetzung des Fertigprodukts",
        "Lagerung, Herstellung und Verpackung",
        "Umweltmanagement",
        "Kennzeichnung und Werbung",
        "Aufzeichnungen und Zertifikate",
    ],
    "fr": [
        "Origine et transformation des ingrédients",
        "Composition du produit fini",
        "Stockage, fabrication et conditionnement",
        "Plan de gestion environnementale",
        "Étiquetage et communication",
        "Enregistrements et certificats",
    ],
}


def tpl_cosmos_inspection(rng: random.Random, who: Issuer) -> list[Page]:
    """An organic / natural cosmetics certification inspection report (COSMOS, NATRUE): the
    operator fields, scope ticks, the checklist by section with C / NC / NA, the
    non-conformities with deadlines, the signatures of inspector and operator, and the
    products inspected on a landscape annex."""
    h = head_of(who, "cert")
    lg = h.lang
    s = style_of(h, A4, margin=44, pt=8.5)
    w, _ = A4
    m = 44
    d = some_day(rng)
    insp = staff(h, "inspector")
    op = serial(
        keyed(who, "op"), {"en": "SA-C99999", "de": "DE-ÖKO-999-99999", "fr": "EC-99999"}[lg]
    )
    f = sheets(
        s,
        h,
        f"{h.name} - "
        + tr(lg, "Inspection report", "Kontrollbericht", "Rapport d'audit")
        + f" {op}",
        foot=0,
    )
    caption(
        f,
        s,
        tr(
            lg,
            "INSPECTION REPORT - COSMOS / NATURAL COSMETICS",
            "KONTROLLBERICHT - NATURKOSMETIK (COSMOS)",
            "RAPPORT D'AUDIT - COSMOS ORGANIC / NATURAL",
        ),
        2,
        rule=True,
    )
    f.y = fields(
        f.page,
        s,
        m,
        f.y,
        w - 2 * m,
        [
            (tr(lg, "Operator", "Unternehmen", "Opérateur"), maker_row()[0]),
            (tr(lg, "Licence / operator no.", "Betriebsnummer", "N° opérateur"), op),
            (tr(lg, "Address", "Anschrift", "Adresse"), f"{maker_row()[1]}, {maker_row()[2]}"),
            (tr(lg, "Date of inspection", "Kontrolldatum", "Date de l'audit"), short(d, lg)),
            (tr(lg, "Inspector", "Kontrolleur/in", "Auditeur"), insp),
            (
                tr(lg, "Present for operator", "Anwesend", "Présent(e)s"),
                f"{crew('founder')}, {crew('formulator')}",
            ),
        ],
        per=2,
        tall=26,
        hand=rng.random() < 0.5,
    )
    f.y = (
        ticks(
            f.page,
            s,
            m,
            f.y + 4,
            w - 2 * m,
            [
                "COSMOS ORGANIC",
                "COSMOS NATURAL",
                "NATRUE",
                tr(lg, "Annual", "Regelkontrolle", "Annuel"),
                tr(lg, "Unannounced", "Unangemeldet", "Inopiné"),
            ],
            {rng.choice([0, 1]), 3},
            9,
        )
        + 6
    )
    nc_rows = []
    for k, sec in enumerate(CHECK_SECTIONS[lg], 1):
        f.need(60)
        f.y = band(f.page, s, f.y, f"{k}. {sec}") + 10
        for j in range(rng.randint(2, 4)):
            q = words(rng, lg, "reg", rng.randint(6, 11))
            f.need(14)
            f.page.text(m + 4, f.y, fit(f"{k}.{j + 1} {q}", s.font, 8, w - 2 * m - 120), s.font, 8)
            res = rng.choices([0, 1, 2], [0.82, 0.08, 0.1])[0]
            for c, lab in enumerate(("C", "NC", "NA")):
                x = w - m - 100 + c * 34
                box(f.page, x, f.y, c == res, 8)
                f.page.text(x + 11, f.y, lab, s.font, 7)
            if res == 1:
                nc_rows.append(
                    [
                        f"{k}.{j + 1}",
                        words(rng, lg, "reg", 8),
                        rng.choice(
                            ["minor", "major"]
                            if lg == "en"
                            else (["gering", "schwer"] if lg == "de" else ["mineure", "majeure"])
                        ),
                        short(d + timedelta(days=rng.choice([30, 60, 90])), lg),
                    ]
                )
            f.y += 14
        f.y += 4
    f.heading(m, tr(lg, "Non-conformities", "Abweichungen", "Non-conformités"), s.bold, s.size + 1)
    if nc_rows:
        table(
            f,
            columns(m, w - m, [(0.6, "left"), (5, "left"), (1, "left"), (1.2, "left")]),
            [
                "No.",
                tr(lg, "Finding", "Feststellung", "Constat"),
                tr(lg, "Grade", "Art", "Gravité"),
                tr(lg, "Due", "Frist", "Échéance"),
            ],
            nc_rows,
            s,
            rules=True,
        )
    else:
        write(f, s, tr(lg, "None found.", "Keine festgestellt.", "Aucune."), s.size)
    f.need(110)
    f.y += 20
    write(
        f,
        s,
        tr(
            lg,
            "The operator confirms that the information given is correct and has "
            "received a copy of this report.",
            "Der Betrieb bestätigt die Richtigkeit der "
            "Angaben und den Erhalt einer Kopie dieses Berichts.",
            "L'opérateur certifie "
            "l'exactitude des informations et reconnaît avoir reçu une copie du rapport.",
        ),
        s.size - 0.5,
    )
    f.y += 30
    sign_box(
        f.page,
        s,
        m,
        f.y,
        190,
        tr(lg, "Inspector", "Kontrolleur/in", "Auditeur"),
        insp,
        True,
        short(d, lg),
    )
    sign_box(
        f.page,
        s,
        w / 2 + 10,
        f.y,
        190,
        tr(lg, "Operator", "Unternehmen", "Opérateur"),
        crew("founder"),
        rng.random() < 0.85,
        short(d, lg),
    )
    pages = f.pages
    if rng.random() < 0.65:
        s2 = paper(s, A4L, margin=40)
        lw, lh = A4L
        g = Sheets(
            A4L,
            lh - 40,
            lambda p, n: (
                running_header(p, s2, f"{tr(lg, 'Annex', 'Anlage', 'Annexe')} - {op}") + 10
            ),
        )
        caption(
            g,
            s2,
            tr(
                lg,
                "Annex: products inspected",
                "Anlage: kontrollierte Produkte",
                "Annexe : produits contrôlés",
            ),
            2,
        )
        rows = []
        for pr in rng.sample(PRODUCTS, rng.randint(3, 8)):
            org = rng.randint(12, 95)
            rows.append(
                [
                    pr.code,
                    pr.name(lg),
                    rng.choice(["ORGANIC", "NATURAL"]),
                    f"{org} %",
                    f"{min(100, org + rng.randint(0, 30))} %",
                    rng.choice(
                        [
                            tr(lg, "approved", "zugelassen", "validé"),
                            tr(lg, "pending", "offen", "en cours"),
                        ]
                    ),
                ]
            )
        table(
            g,
            columns(
                40,
                lw - 40,
                [
                    (1, "left"),
                    (3.5, "left"),
                    (1.2, "left"),
                    (1.3, "right"),
                    (1.3, "right"),
                    (1.2, "left"),
                ],
            ),
            [
                tr(lg, "Code", "Art.-Nr.", "Code"),
                tr(lg, "Product", "Produkt", "Produit"),
                tr(lg, "Level", "Stufe", "Niveau"),
                tr(lg, "Organic % total", "Bio-Anteil gesamt", "% bio total"),
                tr(lg, "Natural origin", "Natürl. Ursprung", "Origine naturelle"),
                tr(lg, "Status", "Status", "Statut"),
            ],
            rows,
            s2,
            rules=True,
        )
        pages = pages + g.pages
    form = serial(keyed(who, "form"), "F-999 rev. 9")
    for k, p in enumerate(pages, 1):
        pw, ph = p.size
        p.text(m, ph - 20, form, s.font, 6.5)
        p.text(
            pw - m,
            ph - 20,
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
    remember(d)
    return pages


def hall_plan(
    rng: random.Random, p: Page, x: float, y: float, w: float, h: float, mine: str
) -> None:
    """A hall plan: rows of numbered stands with aisles, the booked one shaded."""
    p.rect(x, y, w, h)
    cols, rows_ = rng.randint(8, 12), rng.randint(4, 6)
    cw = (w - 40) / cols
    rh = (h - 60) / (rows_ * 1.6)
    hall = mine[0]
    k = 0
    for r in range(rows_):
        yy = y + 30 + r * rh * 1.6
        for c in range(cols):
            k += 1
            xx = x + 20 + c * cw
            label = f"{hall}{k:02d}"
            if label == mine:
                p.rect(xx, yy, cw, rh, fill=0.55)
            p.rect(xx, yy, cw, rh)
            p.text(xx + cw / 2, yy + rh / 2 + 3, label, "Helvetica", 6, "center")
    p.text(x + w / 2, y + h - 10, "ENTRANCE / EINGANG / ENTRÉE", "Helvetica-Bold", 7, "center")


def tpl_fair_booking(rng: random.Random, who: Issuer) -> list[Page]:
    """A trade fair organiser's stand booking confirmation: the stand, size, shell scheme,
    the fees and the payment schedule, the hall plan with the stand marked (landscape) and
    the participation conditions."""
    h = head_of(who, "fair")
    lg = h.lang
    s = style_of(h)
    w, _ = s.page_size
    m = s.margin
    d = some_day(rng)
    show = add_months(month(), rng.randint(2, 6)) + timedelta(days=rng.randint(3, 20))
    hall = rng.choice("ABCDEFH")
    stand = f"{hall}{rng.randint(1, 40):02d}"
    sqm = rng.choice([4, 6, 9, 12])
    f = sheets(
        s,
        h,
        f"{h.name} - "
        f"{tr(lg, 'Stand booking', 'Standbestätigung', 'Confirmation de stand')} {stand}",
    )
    recipient(
        f,
        s,
        h,
        maker_lines(crew("founder")),
        d,
        [
            (
                tr(lg, "Exhibitor no.", "Aussteller-Nr.", "N° exposant"),
                serial(keyed(who, "ex"), "99999"),
            ),
            (tr(lg, "Booking", "Buchung", "Réservation"), serial(rng, "BK-99999")),
        ],
    )
    caption(
        f,
        s,
        tr(
            lg,
            "STAND BOOKING CONFIRMATION",
            "STANDBESTÄTIGUNG / RECHNUNG",
            "CONFIRMATION DE RÉSERVATION DE STAND",
        ),
        3,
    )
    f.y = (
        pairs(
            f.page,
            s,
            m,
            f.y,
            [
                (tr(lg, "Event", "Veranstaltung", "Salon"), h.name.split(" (")[0].split(" - ")[0]),
                (
                    tr(lg, "Dates", "Laufzeit", "Dates"),
                    f"{short(show, lg)} - {short(show + timedelta(days=2), lg)}",
                ),
                (tr(lg, "Hall / stand", "Halle / Stand", "Hall / stand"), f"{hall} / {stand}"),
                (
                    tr(lg, "Stand size", "Standgröße", "Surface"),
                    f"{sqm} m² ({tr(lg, 'shell scheme', 'Reihenstand', 'stand équipé')})",
                ),
                (tr(lg, "Build-up", "Aufbau", "Montage"), short(show - timedelta(days=1), lg)),
            ],
            w * 0.75,
            s.size,
        )
        + 8
    )
    rate = rng.choice([165.0, 190.0, 215.0, 240.0])
    rows = [
        [
            tr(lg, "Stand space", "Standfläche", "Surface nue"),
            f"{sqm} m² x {money(rate, lg)}",
            money(sqm * rate, lg),
        ],
        [
            tr(lg, "Shell scheme & fascia", "Systemstand mit Blende", "Cloisons et enseigne"),
            "",
            money(sqm * 45.0, lg),
        ],
        [
            tr(lg, "Electrics (1 socket, spot)", "Elektroanschluss", "Électricité"),
            "",
            money(rng.choice([95.0, 120.0, 145.0]), lg),
        ],
        [
            tr(lg, "Exhibitor registration fee", "Medienpauschale", "Frais de dossier"),
            "",
            money(rng.choice([75.0, 99.0, 150.0]), lg),
        ],
    ]
    net = (
        sqm * rate
        + sqm * 45.0
        + sum(
            float(r[2].replace(",", "").replace(".", "").replace(" ", "")) / 100 for r in rows[2:]
        )
    )
    table(
        f,
        columns(m, w - m, [(4, "left"), (2, "left"), (1.3, "right")]),
        [tr(lg, "Item", "Leistung", "Prestation"), "", tr(lg, "Amount", "Betrag", "Montant")],
        rows,
        s,
        rules=True,
    )
    gross = totals(f, s, lg, round(net, 2), vat_rate(lg))
    write(
        f,
        s,
        tr(
            lg,
            f"Deposit of 50% ({cash(gross / 2, lg)}) due within 14 days; balance due "
            f"by {short(show - timedelta(days=60), lg)}.",
            f"Anzahlung 50 % "
            f"({cash(gross / 2, lg)}) innerhalb von 14 Tagen, Restzahlung bis "
            f"{short(show - timedelta(days=60), lg)}.",
            f"Acompte de 50 % "
            f"({cash(gross / 2, lg)}) à réception, solde avant le "
            f"{short(show - timedelta(days=60), lg)}.",
        ),
        s.size - 0.5,
    )
    regards(
        f,
        s,
        lg,
        staff(h, "sales"),
        tr(lg, "Exhibitor Sales", "Ausstellerbetreuung", "Service exposants"),
    )
    pages = close(f.pages, s, h)
    if rng.random() < 0.7:
        p = Page(A4L)
        lw, lh = A4L
        p.text(
            40,
            40,
            tr(
                lg,
                f"Hall {hall} - floor plan (not to scale)",
                f"Hallenplan Halle {hall}",
                f"Plan du hall {hall} (sans échelle)",
            ),
            "Helvetica-Bold",
            12,
        )
        hall_plan(rng, p, 40, 56, lw - 80, lh - 110, stand)
        p.text(
            40,
            lh - 30,
            tr(lg, f"Your stand: {stand}", f"Ihr Stand: {stand}", f"Votre stand : {stand}"),
            "Helvetica",
            9,
        )
        if rng.random() < 0.4:
            hand(
                p,
                lw / 2,
                lh - 30,
                tr(home(), "near café - good!", "nah am Café - gut", "près du café, bien"),
                11,
            )
        pages.append(p)
    if rng.random() < 0.5:
        pages.append(
            small_print(
                rng,
                s,
                h,
                tr(lg, "Conditions of participation", "Teilnahmebedingungen", "Règlement du salon"),
                tr(
                    lg,
                    "Application|Allocation of space|Payment|Cancellation|"
                    "Stand construction|Insurance|Catering and sampling|"
                    "Force majeure",
                    "Anmeldung|Standzuteilung|Zahlung|Rücktritt|"
                    "Standbau|Versicherung|Bewirtung und Proben|Höhere Gewalt",
                    "Inscription|Attribution|Paiement|Annulation|Aménagement|"
                    "Assurance|Dégustation et échantillons|Force majeure",
                ).split("|"),
            )
        )
    received(rng, pages[0], d, 0.3)
    remember(d)
    return pages


def tpl_liability_schedule(rng: random.Random, who: Issuer) -> list[Page]:
    """A product and public liability insurance schedule from a broker or insurer: now and
    then the broker's covering letter first, the schedule (insured, business description,
    period, limits of indemnity, excesses, premium and tax) and the endorsements."""
    h = head_of(who, "insurer")
    lg = h.lang
    s = style_of(h)
    w, _ = s.page_size
    m = s.margin
    d = some_day(rng)
    start = add_months(month(), 1)
    pol = serial(keyed(who, "pol"), rng.choice(["PL/9999999", "BHV-999.999.99", "RC 99 999 999"]))
    pages: list[Page] = []
    if rng.random() < 0.5:
        c = sheets(s, h)
        recipient(
            c,
            s,
            h,
            maker_lines(crew("founder")),
            d,
            [(tr(lg, "Policy", "Vertrag", "Contrat"), pol)],
        )
        write(c, s, dear(lg, mx(crew("founder"), lg)))
        write(
            c,
            s,
            tr(
                lg,
                "Please find enclosed your renewal schedule. Please check the "
                "business description and turnover carefully and let us know of any "
                "changes, in particular new products or export markets.",
                "anbei erhalten Sie den Versicherungsschein zur Verlängerung Ihrer "
                "Betriebs- und Produkthaftpflichtversicherung. Bitte prüfen Sie die "
                "Betriebsbeschreibung und den Umsatz.",
                "Veuillez trouver ci-joint les conditions particulières de votre contrat "
                "responsabilité civile. Merci de vérifier la description de l'activité et "
                "le chiffre d'affaires déclaré.",
            ),
        )
        write(c, s, prose(rng, lg, "money", 1, 2))
        regards(
            c,
            s,
            lg,
            staff(h, "broker"),
            tr(lg, "Account Executive", "Kundenbetreuung", "Chargé(e) de clientèle"),
        )
        c.page.text(m, c.y, tr(lg, "Enc.", "Anlagen", "PJ"), s.font, s.size - 1)
        pages.extend(close(c.pages, s, h, numbers="none"))
    f = sheets(
        s, h, f"{tr(lg, 'Schedule', 'Versicherungsschein', 'Conditions particulières')} {pol}"
    )
    caption(
        f,
        s,
        tr(
            lg,
            "POLICY SCHEDULE - Products & Public Liability",
            "VERSICHERUNGSSCHEIN - Betriebs- und Produkthaftpflicht",
            "CONDITIONS PARTICULIÈRES - Responsabilité civile",
        ),
        2,
        rule=True,
    )
    f.y = (
        pairs(
            f.page,
            s,
            m,
            f.y,
            [
                (tr(lg, "Policy number", "Versicherungsschein-Nr.", "N° de contrat"), pol),
                (tr(lg, "The insured", "Versicherungsnehmer", "Assuré"), maker_row()[0]),
                (
                    tr(lg, "Business", "Betriebsart", "Activité"),
                    tr(
                        lg,
                        "Manufacture and retail of handmade soap and natural cosmetics",
                        "Herstellung und Vertrieb von Naturkosmetik und Seifen",
                        "Fabrication et vente de savons et cosmétiques naturels",
                    ),
                ),
                (
                    tr(lg, "Period of insurance", "Versicherungsdauer", "Période"),
                    f"{short(start, lg)} - "
                    f"{short(start.replace(year=start.year + 1) - timedelta(days=1), lg)}",
                ),
                (
                    tr(lg, "Declared turnover", "Jahresumsatz", "CA déclaré"),
                    cash(rng.choice([85000, 120000, 180000, 240000]), lg),
                ),
                (
                    tr(lg, "Territorial limits", "Geltungsbereich", "Territorialité"),
                    tr(lg, "UK and EU (excl. USA/Canada)", "Europa", "Union européenne"),
                ),
            ],
            w - m,
            s.size,
        )
        + 10
    )
    limits = [
        [
            tr(lg, "Public liability", "Personen- und Sachschäden", "RC exploitation"),
            cash(rng.choice([2, 5]) * 1e6, lg),
            cash(250, lg),
        ],
        [
            tr(
                lg,
                "Products liability (aggregate)",
                "Produkthaftpflicht (Jahresmaximum)",
                "RC produits (par année)",
            ),
            cash(rng.choice([1, 2, 5]) * 1e6, lg),
            cash(250, lg),
        ],
        [
            tr(lg, "Employers' liability", "Vermögensschäden", "Dommages immatériels"),
            cash(10e6 if lg == "en" else 1e5, lg),
            "-",
        ],
        [
            tr(lg, "Product recall costs", "Rückrufkosten", "Frais de retrait"),
            cash(rng.choice([25000, 50000]), lg),
            cash(1000, lg),
        ],
    ]
    table(
        f,
        columns(m, w - m, [(3.5, "left"), (1.5, "right"), (1.2, "right")]),
        [
            tr(lg, "Section", "Deckung", "Garantie"),
            tr(lg, "Limit of indemnity", "Deckungssumme", "Plafond"),
            tr(lg, "Excess", "Selbstbehalt", "Franchise"),
        ],
        limits,
        s,
        rules=True,
    )
    prem = rng.choice([480.0, 620.0, 795.0, 910.0])
    tax_rate = {"en": 12.0, "de": 19.0, "fr": 9.0}[lg]
    f.y += 6
    f.y = (
        pairs(
            f.page,
            s,
            w * 0.5,
            f.y,
            [
                (tr(lg, "Annual premium", "Jahresbeitrag netto", "Prime HT"), cash(prem, lg)),
                (
                    tr(
                        lg,
                        f"Insurance premium tax {tax_rate:g}%",
                        f"Versicherungsteuer {tax_rate:g} %",
                        f"Taxe {tax_rate:g} %",
                    ),
                    cash(prem * tax_rate / 100, lg),
                ),
                (
                    tr(lg, "Total payable", "Zu zahlen", "Total TTC"),
                    cash(prem * (1 + tax_rate / 100), lg),
                ),
            ],
            w - m,
            s.size,
        )
        + 10
    )
    write(f, s, prose(rng, lg, "legal", 1, 2), s.size - 1)
    f.new_page()
    caption(f, s, tr(lg, "Endorsements", "Besondere Vereinbarungen", "Clauses particulières"), 2)
    ends = tr(
        lg,
        "Cosmetic products - safety assessment condition|Essential oils - storage "
        "condition|Market stalls and fairs extension|Online sales worldwide excl. USA|"
        "Retroactive date",
        "Sicherheitsbewertung als Obliegenheit|Lagerung ätherischer "
        "Öle|Mitversicherung Märkte und Messen|Onlinehandel weltweit ohne USA|"
        "Rückwärtsversicherung",
        "Évaluation de la sécurité obligatoire|Stockage des huiles "
        "essentielles|Extension marchés et salons|Vente en ligne hors USA|Date de "
        "reprise du passé",
    ).split("|")
    for k, e in enumerate(rng.sample(ends, rng.randint(3, 5)), 1):
        f.heading(m, f"{tr(lg, 'Endorsement', 'Klausel', 'Clause')} {k:02d} - {e}", s.bold, s.size)
        write(f, s, prose(rng, lg, "legal", 1, 3), s.size - 0.5)
    sched = close(
        f.pages,
        s,
        h,
        numbers=rng.choice(["Page {i} of {n}", "Seite {i} von {n}" if lg == "de" else "{i}/{n}"]),
    )
    pages.extend(sched)
    received(rng, pages[0], d, 0.3)
    remember(d)
    return pages


# ---------------------------------------------------------------------------------------------
# The part: templates, runs and companions
# ---------------------------------------------------------------------------------------------


def tracked(name: str, tpl: Template) -> Template:
    """``tpl`` noting its kind, so that a companion can take up the same order or product."""

    def run(rng: random.Random, who: Issuer) -> list[Page]:
        pages = tpl(rng, who)
        LAST["kind"] = name
        return pages

    run.__doc__ = tpl.__doc__
    return run


KINDS: dict[str, Template] = {
    "oil_invoice": tpl_oil_invoice,
    "sds": tpl_sds,
    "cpsr": tpl_cpsr,
    "rp_agreement": tpl_rp_agreement,
    "cpnp_notification": tpl_cpnp_notification,
    "pet_report": tpl_pet_report,
    "batch_record": tpl_batch_record,
    "label_proof": tpl_label_proof,
    "pack_confirmation": tpl_pack_confirmation,
    "pack_delivery": tpl_pack_delivery,
    "stockist_order": tpl_stockist_order,
    "wholesale_invoice": tpl_wholesale_invoice,
    "marketplace_statement": tpl_marketplace_statement,
    "psp_statement": tpl_psp_statement,
    "courier_invoice": tpl_courier_invoice,
    "trading_standards": tpl_trading_standards,
    "ts_reply": tpl_ts_reply,
    "cosmos_inspection": tpl_cosmos_inspection,
    "fair_booking": tpl_fair_booking,
    "liability_schedule": tpl_liability_schedule,
}
TEMPLATES_XXXX: dict[str, Template] = {k: tracked(k, t) for k, t in KINDS.items()}
#: Kinds that a pile often holds 2-4 of in a row from one sender.
RUN_KINDS = (
    "cpnp_notification",
    "batch_record",
    "stockist_order",
    "wholesale_invoice",
    "label_proof",
    "courier_invoice",
    "pack_delivery",
)
#: A kind often followed by a related paper (the SDS and delivery note from the same sender).
FOLLOWS = {
    "oil_invoice": "sds",
    "pack_confirmation": "pack_delivery",
    "stockist_order": "wholesale_invoice",
    "trading_standards": "ts_reply",
    "pet_report": "cpsr",
    "cpsr": "cpnp_notification",
}


# ---------------------------------------------------------------------------------------------
# Streams and generation (same files and labels as corpus.generate)
# ---------------------------------------------------------------------------------------------


def make_griddle_stream(rng: random.Random, n_docs: int, separators: bool) -> Stream:
    """One maker's pile: ``corpus.make_stream`` with batch runs (after a run kind, 1-3 more
    of the same kind from the same sender follow with probability 0.6) and companions (each
    kind in ``FOLLOWS`` is followed by its related paper with probability 0.5). The maker
    (country, name, month) is drawn once per stream."""
    r = random.Random(rng.getrandbits(32))
    lang = r.choice(["en", "en", "de", "de", "fr"])
    MAKER["lang"] = lang
    MAKER["row"] = r.randrange(len(MAKERS[lang]))
    MAKER["seed"] = r.getrandbits(24)
    MAKER["month"] = date(r.choice([2024, 2025]), r.randint(1, 12), 1)
    LAST.update(kind="", day=None, extra=None)
    run_odds = dict.fromkeys(RUN_KINDS, 0.6)
    return assemble_stream(
        rng, TEMPLATES_XXXX, n_docs, separators, run_odds, run_len=(1, 3), follows=FOLLOWS
    )


generate = part_generate(PART, SEED_OFFSET, make_griddle_stream, "templates XXXX")


def main(argv: list[str]) -> int:
    return part_main(argv, __doc__, PART, generate, scanned=12)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

"""Bowl part of the generated corpus: templates AAAA, written blind for the next measurement.

A part of its own, ``bowl``. Its templates were written without looking at the boundary
detector, its documentation, its tuning or its evaluation, as the pile the office of an organic
market garden with a vegetable box delivery scheme (two growers, a packing team, a delivery
driver and an office manager; in England, Germany or France) feeds through its scanner in a
month: the organic control body's inspection report (Soil Association or OF&G, a German
Öko-Kontrollstelle with the Bioland association check, Ecocert or Certipaq) with the operator
fields, the scope ticks, the checklist by section, the non-compliances, the signatures of
inspector and grower and the parcel list on a landscape annex; the control body's certificate
(the numbered boxes of the EU certificate of Article 35 of Regulation (EU) 2018/848, a round
seal) with the product annex, now and then behind a covering letter; seed and young plant
suppliers' invoices with varieties, lot numbers and pack sizes running over pages, now and then
the conditions of sale behind; the plant raisers' delivery notes (A5 or landscape A5) with trays,
module sizes, the plant passport box and the grower's signature and notes; compost and manure
delivery tickets (weighbridge slips, A5 tickets, a neighbour's handwritten note); wholesale
produce invoices from other growers and organic wholesalers for what the garden buys in, printed
or written into a carbon invoice book; customers' box scheme sign-up forms filled in by hand
with box size, delivery day and dislikes and the Direct Debit instruction or SEPA mandate,
sometimes with the scheme's terms behind; the office's confirmations of a customer's Direct Debit
or SEPA mandate with the collection schedule; delivery round sheets on landscape pages with the
stops, boxes, extras and access notes ticked off by the driver; van lease invoices with, now and
then, a mileage statement page; red diesel, Agrardiesel or GNR delivery invoices with the tanker's
meter ticket behind; polytunnel suppliers' quotations with the specification, the prices, an
elevation drawing on a landscape page, the terms and an acceptance slip, sometimes behind a
covering letter; water abstraction licences (Environment Agency licence with its conditions
and map, a Landratsamt's wasserrechtliche Erlaubnis with Nebenbestimmungen and
Rechtsbehelfsbelehrung, a préfet's arrêté with its articles) after a covering letter, with a
site plan; the farm shop's weekly takings summaries with the till Z-report slips behind;
packaging suppliers' invoices (veg boxes, compostable bags, egg boxes); seasonal worker
contracts with the signature page and an accommodation or job annex; seasonal workers' weekly
timesheets filled in by hand; customers' complaints about missing or poor items (a note card, a
printed e-mail or a letter) and the office's replies with a credit voucher or a credit note;
soil analysis reports from a laboratory with the results table (a landscape page for many
samples) and the recommendations. Each stream is one office's pile: the garden (country, name,
month, staff, customers) is drawn once per stream; its senders are of the garden's country and
write in its language, except that seed suppliers, polytunnel makers, packaging suppliers and
wholesalers are now and then from abroad and write in their own. Page sizes range from narrow
weighbridge and till slips, A6 note cards and A5 delivery notes to A4, Letter and landscape A4.

Labelling rule: what one sender issues in one go is one document, as the office files it: the
checklist, non-compliance and parcel list pages of an inspection report; the covering letter and
the product annex of a certificate; the conditions page of an invoice; the meter ticket behind a
fuel invoice; the mandate page and the terms page of a sign-up form (each customer's form is its
own document); the collection schedule of a Direct Debit confirmation; every page of one round
sheet; the mileage statement of a van invoice; the covering letter, drawing, terms and
acceptance slip of a polytunnel quotation; the covering letter, conditions and map of an
abstraction licence; the Z-report slips stapled behind a week's takings summary; the signature
page and annex of a worker's contract; the voucher of a complaint reply; the landscape results
and recommendation pages of a soil report. Related papers are documents of their own: the
certificate after the inspection report, the supplier's invoice after its delivery note, the
Direct Debit confirmation after the sign-up form, the reply after a complaint and a worker's
timesheet after the contract; and so is each invoice, ticket, timesheet, round sheet, form and
summary of a run.

Streams are assembled like ``corpus.make_stream`` (same separator sheets, same 30% chance of
repeating the previous kind and sender), plus batch runs: seed invoices, compost tickets,
wholesale invoices, round sheets, shop summaries, timesheets, sign-up forms, van invoices and
packaging invoices often come 2-4 in a row from one sender with other numbers, dates and
amounts; and companions: each related paper above often follows the document it answers. Drawn
with ``corpus.draw_pdf``, scanned with ``corpus.scan`` and labelled exactly like
``corpus.generate`` with ``"split": "bowl"`` and seeds offset by 7_800_000.

Usage: ``python benchmarks/corpus_bowl.py OUT_DIR [--streams N] [--scanned N] [--seed S]``
writes ``OUT_DIR/bowl/bowl_{born_digital,scanned}_NNNNNNN.{pdf,json}``.
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
    date_text,
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
)
from corpus_kit import address as window

PART = "bowl"
SEED_OFFSET = 7_800_000

MM = 72 / 25.4
SLIP = (80 * MM, 180 * MM)
A6 = (105 * MM, 148 * MM)

# ---------------------------------------------------------------------------------------------
# Who writes: the garden and its outside senders, by country
# ---------------------------------------------------------------------------------------------

Row = tuple[str, str, str, str]  # name, street, town, telephone
OFFICES: dict[str, list[Row]] = {
    "en": [
        ("Hollow Lane Organics", "Hollow Lane Farm, Dartington", "Totnes TQ9 6EE", "01803 862 411"),
        (
            "Brambleside Market Garden",
            "Brambleside, Church Road",
            "Stroud GL6 7AH",
            "01453 884 120",
        ),
        ("Five Acre Veg Co-op Ltd", "Five Acre Field, Moor Lane", "Lancaster LA2 0DE", ""),
    ],
    "de": [
        ("Gärtnerei Sonnenacker GbR", "Feldweg 12", "34346 Hann. Münden", "05541 90 37 11"),
        ("Biohof Lindenkamp - Gemüsekiste", "Lindenkamp 3", "48157 Münster", "0251 32 66 40"),
        ("Wiesengrund Gemüsebau", "Am Mühlbach 7", "79112 Freiburg-Opfingen", "07664 40 18 22"),
    ],
    "fr": [
        ("Les Jardins du Ruisseau", "Lieu-dit Le Ruisseau", "49320 Brissac-Loire-Aubance", ""),
        ("Ferme maraîchère de la Brosse", "La Brosse", "71250 Cluny", "03 85 59 14 08"),
        ("Le Potager des Quatre Saisons", "12 chemin des Vignes", "26400 Crest", "04 75 25 63 91"),
    ],
}
SENDERS: dict[str, dict[str, list[Row]]] = {
    "certifier": {
        "en": [
            (
                "Soil Association Certification Ltd",
                "Spear House, 51 Victoria Street",
                "Bristol BS1 6AD",
                "0117 914 2406",
            ),
            (
                "Organic Farmers & Growers CIC",
                "Old Estate Yard, Albrighton",
                "Shrewsbury SY4 3AG",
                "01939 291 800",
            ),
        ],
        "de": [
            ("ABCERT AG - Kontrollstelle DE-ÖKO-006", "Martinstraße 42-44", "73728 Esslingen", ""),
            ("Kiwa BCS Öko-Garantie GmbH", "Marientorgraben 3-5", "90402 Nürnberg", ""),
            ("Lacon GmbH - Öko-Kontrollstelle", "Moltkestraße 4", "77654 Offenburg", ""),
        ],
        "fr": [
            ("Ecocert France SAS", "BP 47, Lieu-dit Lamothe Ouest", "32600 L'Isle-Jourdain", ""),
            ("Certipaq Bio", "56 rue Roger Salengro", "85013 La Roche-sur-Yon", ""),
            ("Bureau Veritas Certification", "60 avenue du Général de Gaulle", "92046 Paris", ""),
        ],
    },
    "nursery": {
        "en": [
            ("Tamar Organics", "Cartha Martha Farm, Rezare", "Launceston PL15 9NX", ""),
            ("Delfland Nurseries Ltd", "Benwick Road, Doddington", "March PE15 0TU", ""),
            ("Stormy Hall Seeds", "Stormy Hall, Botton Village", "Whitby YO21 2NJ", ""),
            ("Highmoor Seed Co.", "955 Benton Avenue", "Winslow, ME 04901, USA", ""),
        ],
        "de": [
            ("Bingenheimer Saatgut AG", "Kronstraße 24", "61209 Echzell", "06035 18 99 0"),
            ("Jungpflanzen Hofmann GmbH", "Gartenstraße 8", "97320 Sulzfeld", ""),
            ("ReinSaat Vertrieb Deutschland", "Hauptstraße 21", "74889 Sinsheim", ""),
            ("Bioland-Jungpflanzen Kirchweg", "Kirchweg 5", "21442 Toppenstedt", ""),
        ],
        "fr": [
            ("Germinance", "Les Rentes", "49390 Vernoil-le-Fourrier", "02 41 51 27 93"),
            ("Graines del Païs", "Route de Saint-Martin", "30170 Fressac", ""),
            ("Plants Bio de l'Anjou EARL", "La Chauvière", "49250 Beaufort-en-Anjou", ""),
            ("Agrosemens", "ZA de la Gare", "13790 Rousset", ""),
        ],
    },
    "compost": {
        "en": [
            ("Devon Green Compost Ltd", "Lower Sheldon Farm", "Exeter EX6 7YA", ""),
            ("Fosse Farm Composting", "Fosse Way", "Cirencester GL7 5NN", "01285 640 771"),
            ("R. & J. Hartley (Farmers)", "Brackenthwaite Farm", "Lancaster LA2 9HE", ""),
        ],
        "de": [
            ("Kompostwerk Leinetal GmbH", "Am Entsorgungspark 4", "37120 Bovenden", ""),
            ("Biokompost Breisgau GmbH", "Industriestraße 17", "79206 Breisach", ""),
            ("Milchviehbetrieb Brüning", "Hof Brüning 2", "48161 Münster-Roxel", ""),
        ],
        "fr": [
            ("SARL Compost du Val de Loire", "ZA Les Landes", "49130 Sainte-Gemmes", ""),
            ("GAEC des Prés Verts", "Les Prés", "71460 Cormatin", ""),
            ("Terralys Drôme", "Chemin de la Plaine", "26120 Chabeuil", ""),
        ],
    },
    "grower": {
        "en": [
            ("Organic North Ltd", "Unit 9, Sandpits Industrial Estate", "Manchester M11 2DA", ""),
            ("Lincolnshire Organic Growers", "Fen Road, Holbeach", "Spalding PE12 8QA", ""),
            ("Westcountry Organics", "Higher Barton", "Newton Abbot TQ12 6PR", ""),
            ("T. Pascoe & Son", "Trewint Farm", "Liskeard PL14 3JX", ""),
        ],
        "de": [
            ("Naturkost Elkershausen GmbH", "Elkershausen 1", "37124 Rosdorf", ""),
            ("Gemüsehof Kramer", "Dorfstraße 44", "29553 Bienenbüttel", ""),
            ("Erzeugergemeinschaft Bio-Gemüse Süd eG", "Kornstraße 3", "79331 Teningen", ""),
            ("Obsthof Weber", "Am Bach 9", "79268 Bötzingen", ""),
        ],
        "fr": [
            ("Plateforme Bio Ouest SAS", "ZA du Bois Fleuri", "44850 Ligné", ""),
            ("SCOP Les Paysans Bio", "4 rue du Marché", "69400 Villefranche", ""),
            ("EARL Le Verger de Saint-Jean", "Route de Mâcon", "71850 Charnay", ""),
            ("GAEC du Moulin Neuf", "Le Moulin Neuf", "26400 Eurre", ""),
        ],
    },
    "leasing": {
        "en": [
            ("Westway Van Leasing Ltd", "3 Commerce Park", "Exeter EX2 8PE", "01392 444 120"),
            ("Fleetline Contract Hire", "Bridge House, Station Road", "Warrington WA1 1QR", ""),
        ],
        "de": [
            ("Transporter-Leasing Süd GmbH", "Robert-Bosch-Straße 9", "79108 Freiburg", ""),
            ("Autohaus Brinkmann Leasing GmbH", "Weseler Straße 300", "48151 Münster", ""),
        ],
        "fr": [
            ("Loc'Utilitaires Ouest SAS", "12 rue de l'Artisanat", "49000 Angers", ""),
            ("Rhône Location Véhicules", "ZI Nord, rue Ampère", "26000 Valence", ""),
        ],
    },
    "fuel": {
        "en": [
            ("Moorland Fuels Ltd", "Station Yard", "Newton Abbot TQ12 2SH", "01626 352 014"),
            ("Cotswold Oils", "Love Lane Depot", "Cirencester GL7 1YG", ""),
        ],
        "de": [
            ("Raiffeisen Warengenossenschaft Energie", "Bahnhofstraße 20", "37079 Göttingen", ""),
            ("Mineralöle Kurz GmbH", "Hafenstraße 6", "79110 Freiburg", ""),
        ],
        "fr": [
            ("Charbonnier Énergies SAS", "ZA de l'Étang", "49070 Beaucouzé", ""),
            ("Bourgogne Fioul Distribution", "Rue des Gravières", "71000 Mâcon", ""),
        ],
    },
    "tunnels": {
        "en": [
            ("Pennine Polytunnels Ltd", "Lea Mill, Canal Side", "Hebden Bridge HX7 8AD", ""),
            ("Westmere Growing Systems", "Longmead Industrial Estate", "Shaftesbury SP7 8PL", ""),
        ],
        "de": [
            ("Folientunnel Reinhardt GmbH", "Gewerbestraße 14", "88214 Ravensburg", ""),
            ("Gewächshausbau Nordhorn KG", "Zum Hafen 3", "49661 Cloppenburg", ""),
        ],
        "fr": [
            ("Abris & Tunnels du Sud SAS", "ZA Les Plaines", "13810 Eygalières", ""),
            ("Serres du Bocage SAS", "La Petite Lande", "49360 Maulévrier", ""),
        ],
    },
    "packaging": {
        "en": [
            ("Cotswold Cartons Ltd", "Unit 4, Brunel Way", "Stroud GL5 3HB", "01453 751 300"),
            ("EcoPack Supplies UK", "Bessemer Road", "Welwyn Garden City AL7 1HT", ""),
        ],
        "de": [
            ("Kartonagen Wendt GmbH", "Industriering 22", "33428 Harsewinkel", ""),
            ("BioVerpackung Hesse GmbH", "Auf der Hohl 9", "35043 Marburg", ""),
        ],
        "fr": [
            ("Cartonnages de l'Ouest SAS", "ZI La Chauvinière", "44800 Saint-Herblain", ""),
            ("Emballages Verts Distribution", "8 rue Gutenberg", "69800 Saint-Priest", ""),
        ],
    },
    "lab": {
        "en": [
            ("NRM Laboratories", "Coopers Bridge, Braziers Lane", "Bracknell RG42 6NS", ""),
            ("Lancrop Laboratories", "Pocklington Industrial Estate", "York YO42 1DN", ""),
        ],
        "de": [
            ("LUFA Nord-West", "Jägerstraße 23-27", "26121 Oldenburg", "0441 801 0"),
            ("LTZ Augustenberg", "Neßlerstraße 25", "76227 Karlsruhe", ""),
        ],
        "fr": [
            ("Auréa AgroSciences", "270 allée de la Pomme de Pin", "45160 Ardon", ""),
            ("Laboratoire Départemental d'Analyses", "Rue de la Chauvinière", "49000 Angers", ""),
        ],
    },
}
#: The water authority of each garden (the same row as the garden's).
WATER: dict[str, list[Row]] = {
    "en": [
        ("Environment Agency", "Quadrant 2, 99 Parkway Avenue", "Sheffield S9 4WF", ""),
    ]
    * 3,
    "de": [
        (
            "Landkreis Göttingen - Untere Wasserbehörde",
            "Reinhäuser Landstr. 4",
            "37083 Göttingen",
            "",
        ),
        ("Stadt Münster - Untere Wasserbehörde", "Albersloher Weg 33", "48155 Münster", ""),
        (
            "Landratsamt Breisgau-Hochschwarzwald - Wasser und Boden",
            "Stadtstr. 2",
            "79104 Freiburg",
            "",
        ),
    ],
    "fr": [
        ("Préfecture de Maine-et-Loire - DDT", "15 bis rue Dupetit-Thouars", "49047 Angers", ""),
        ("Préfecture de Saône-et-Loire - DDT", "37 boulevard Henri Dunant", "71040 Mâcon", ""),
        ("Préfecture de la Drôme - DDT", "4 place Laennec", "26015 Valence", ""),
    ],
}
#: Villages and towns around each garden (the same row as the garden's).
LOCAL: dict[str, list[list[str]]] = {
    "en": [
        [
            "Totnes TQ9 5",
            "Dartington TQ9 6",
            "Staverton TQ9 6",
            "Ashburton TQ13 7",
            "Harbertonford TQ9 7",
        ],
        [
            "Stroud GL5 1",
            "Nailsworth GL6 0",
            "Painswick GL6 6",
            "Minchinhampton GL6 9",
            "Bisley GL6 7",
        ],
        ["Lancaster LA1 1", "Caton LA2 9", "Halton LA2 6", "Morecambe LA4 4", "Galgate LA2 0"],
    ],
    "de": [
        ["34346 Hann. Münden", "37079 Göttingen", "34355 Staufenberg", "37127 Dransfeld"],
        ["48143 Münster", "48161 Münster-Nienberge", "48291 Telgte", "48301 Nottuln"],
        ["79098 Freiburg", "79112 Freiburg-Opfingen", "79227 Schallstadt", "79241 Ihringen"],
    ],
    "fr": [
        [
            "49320 Brissac-Loire-Aubance",
            "49000 Angers",
            "49610 Juigné-sur-Loire",
            "49130 Les Ponts-de-Cé",
        ],
        ["71250 Cluny", "71000 Mâcon", "71460 Cormatin", "71960 Pierreclos", "71520 Matour"],
        ["26400 Crest", "26000 Valence", "26400 Aouste-sur-Sye", "26150 Die", "26120 Chabeuil"],
    ],
}
ROADS = {
    "en": [
        "Church Street",
        "Station Road",
        "Orchard Close",
        "Mill Lane",
        "The Green",
        "High Street",
    ],
    "de": ["Lindenstraße", "Kirchweg", "Am Anger", "Schulstraße", "Gartenstraße", "Bergstraße"],
    "fr": [
        "rue de la Mairie",
        "chemin des Écoles",
        "rue du Stade",
        "allée des Tilleuls",
        "place de l'Église",
    ],
}
FIRSTS = {
    "en": ["Sarah", "James", "Emma", "Daniel", "Hannah", "Richard", "Ruth", "Tom", "Fiona", "Mark"],
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
        "Uwe",
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
        "Anne",
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
        "Penrose",
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
        "Brandt",
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
        "Masson",
    ],
}
FEMALE = {"Sarah", "Emma", "Hannah", "Ruth", "Fiona", "Andrea", "Julia", "Katrin", "Sabine", "Eva"}
FEMALE |= {"Nathalie", "Camille", "Sandrine", "Léa", "Anne", "Agnieszka", "Ioana", "Maria"}
#: Seasonal workers come from many places, whatever the garden's country.
WORKERS = [
    "Agnieszka Nowak",
    "Piotr Kowalczyk",
    "Ioana Popescu",
    "Mihai Dumitru",
    "Georgi Petrov",
    "Maria Ivanova",
    "Tomás Oliveira",
    "Lukas Becker",
    "Jamie Fletcher",
    "Chloé Marchand",
    "Oleksandr Bondar",
    "Rasa Kazlauskaite",
]

TALK = {
    "en": {
        "grow": "beds crops harvest weeding transplants polytunnel irrigation rotation compost "
        "green manure seedlings brassicas squash salad leaves beds mulch field season",
        "cert": "inspection records inputs labelling traceability parcels conversion "
        "certification standards storage cleaning products derogation evidence sales",
        "legal": "employer worker agreement terms notice period hours pay holiday sickness "
        "accommodation duties conduct safety termination data obligations",
        "box": "box delivery order veg fruit eggs missing items substitutions doorstep "
        "driver account credit week subscription holiday pause customer",
        "water": "abstraction licence borehole quantity metres cubic irrigation season "
        "records meter flow river catchment conditions returns period",
        "soil": "sample phosphorus potassium magnesium pH lime organic matter index "
        "nutrient availability texture crop requirement application",
        "money": "invoice payment account balance due amount reference transfer period "
        "statement charges terms settlement",
    },
    "de": {
        "grow": "Beete Kulturen Ernte Unkraut Jungpflanzen Folientunnel Bewässerung Fruchtfolge "
        "Kompost Gründüngung Kohl Kürbis Salate Mulch Schlag Saison",
        "cert": "Kontrolle Aufzeichnungen Betriebsmittel Kennzeichnung Rückverfolgbarkeit "
        "Flächen Umstellung Zertifizierung Lager Reinigung Ausnahmegenehmigung Nachweis",
        "legal": "Arbeitgeber Arbeitnehmer Vertrag Kündigungsfrist Arbeitszeit Vergütung "
        "Urlaub Krankheit Unterkunft Pflichten Arbeitsschutz Beendigung Datenschutz",
        "box": "Kiste Lieferung Bestellung Gemüse Obst Eier fehlende Artikel Austausch "
        "Fahrer Konto Gutschrift Woche Abo Urlaubspause Kunde",
        "water": "Entnahme Erlaubnis Brunnen Menge Kubikmeter Beregnung Zeitraum "
        "Aufzeichnungen Wasserzähler Grundwasser Einzugsgebiet Auflagen",
        "soil": "Probe Phosphor Kalium Magnesium pH-Wert Kalk Humus Gehaltsklasse "
        "Nährstoff Bodenart Bedarf Düngung Empfehlung",
        "money": "Rechnung Zahlung Konto Saldo fällig Betrag Verwendungszweck Überweisung "
        "Zeitraum offen Gebühren Zahlungsziel",
    },
    "fr": {
        "grow": "planches cultures récolte désherbage plants tunnel irrigation rotation "
        "compost engrais vert choux courges salades paillage parcelle saison",
        "cert": "contrôle enregistrements intrants étiquetage traçabilité parcelles "
        "conversion certification stockage nettoyage dérogation preuve ventes",
        "legal": "employeur salarié contrat préavis durée du travail rémunération congés "
        "maladie logement obligations sécurité rupture données",
        "box": "panier livraison commande légumes fruits oeufs articles manquants "
        "remplacement livreur compte avoir semaine abonnement vacances client",
        "water": "prélèvement autorisation forage volume mètres cubes irrigation période "
        "registre compteur débit nappe bassin prescriptions",
        "soil": "échantillon phosphore potassium magnésium pH chaulage matière organique "
        "teneur éléments texture besoins apport conseil",
        "money": "facture paiement compte solde échéance montant référence virement "
        "période impayé frais règlement",
    },
}
GLUES = {
    "en": "the of and to for with on at by from this is are will be the a as we your all",
    "de": "die der das und zu für mit auf von ist sind wird bei nach den dem im wir Ihre",
    "fr": "le la les et de du pour avec sur par est sont sera au aux des une nous vos",
}


def words(rng: random.Random, lang: str, topic: str = "grow", n: int | None = None) -> str:
    pool, glue = TALK[lang][topic].split(), GLUES[lang].split()
    ws = [rng.choice(pool if rng.random() < 0.5 else glue) for _ in range(n or rng.randint(7, 15))]
    text = " ".join(ws)
    return text[0].upper() + text[1:] + "."


def prose(rng: random.Random, lang: str, topic: str = "grow", lo: int = 2, hi: int = 4) -> str:
    return " ".join(words(rng, lang, topic) for _ in range(rng.randint(lo, hi)))


# ---------------------------------------------------------------------------------------------
# The garden of a stream: its country, month and people
# ---------------------------------------------------------------------------------------------

OFFICE: dict[str, object] = {"lang": "en", "row": 0, "seed": 0, "month": date(2025, 5, 1)}
#: What the previous document was about (a companion takes up the same customer, day, items).
LAST: dict[str, object] = {"kind": "", "who": None, "day": None, "extra": None}


def home() -> str:
    return str(OFFICE["lang"])


def row_no() -> int:
    r = OFFICE["row"]
    assert isinstance(r, int)
    return r


def month() -> date:
    m = OFFICE["month"]
    assert isinstance(m, date)
    return m


def keyed(who: Issuer, key: str) -> random.Random:
    """Draws fixed by the issuer, the stream's garden and ``key``: a run or a repeat keeps its
    sender."""
    text = f"bowl/{key}/{who.name}/{who.street}/{who.city}/{OFFICE['seed']}"
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


def remember(d: date, who: object = None, extra: object = None) -> None:
    LAST.update(day=d, who=who, extra=extra)


@dataclass
class Person:
    """A customer: name and address in one of the places the garden delivers to."""

    first: str
    last: str
    road: str
    no: int
    town: str
    lang: str
    ref: str

    @property
    def name(self) -> str:
        return f"{self.first} {self.last}"

    @property
    def female(self) -> bool:
        return self.first in FEMALE

    def lines(self) -> list[str]:
        street = f"{self.road} {self.no}" if self.lang == "de" else f"{self.no} {self.road}"
        return [titled(self.name, self.lang), street, self.town]


def titled(name: str, lang: str) -> str:
    """``name`` with Mr/Mrs, Frau/Herr or Madame/Monsieur before it."""
    female = name.split()[0] in FEMALE
    if lang == "de":
        return f"{'Frau' if female else 'Herr'} {name}"
    if lang == "fr":
        return f"{'Madame' if female else 'Monsieur'} {name}"
    return f"{'Mrs' if female else 'Mr'} {name}"


def a_customer(rng: random.Random) -> Person:
    lg = home()
    town = rng.choice(LOCAL[lg][row_no()])
    if lg == "en":
        town += f"{rng.randint(1, 9)}{serial(rng, 'AA')}"
    return Person(
        rng.choice(FIRSTS[lg]),
        rng.choice(LASTS[lg]),
        rng.choice(ROADS[lg]),
        rng.randint(1, 64),
        town,
        lg,
        f"{rng.choice(['C', 'K', 'VB', ''])}{rng.randint(1000, 4999)}",
    )


def customer_for(rng: random.Random, kinds: tuple[str, ...]) -> Person:
    p = LAST["who"]
    if isinstance(p, Person) and after(kinds):
        return p
    return a_customer(rng)


def team(tag: str) -> str:
    """One of the garden's people (``grower``, ``grower2``, ``packer``, ``driver``,
    ``office``): the same all through a stream."""
    lg = home()
    r = random.Random(zlib.crc32(f"bowl/team/{tag}/{OFFICE['seed']}".encode()))
    return f"{r.choice(FIRSTS[lg])} {r.choice(LASTS[lg])}"


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

    @property
    def us(self) -> bool:
        return self.town.endswith("USA")


PAGE_NOS = {
    "en": ["none", "none", "none", "Page {i} of {n}", "2:Page {i}", "{i}/{n}", "none"],
    "de": ["none", "none", "Seite {i} von {n}", "2:- {i} -", "Seite {i}/{n}", "none"],
    "fr": ["none", "none", "Page {i}/{n}", "{i}/{n}", "2:page {i}", "none", "- {i} -"],
}
FACES = [
    ("Helvetica", "Helvetica-Bold"),
    ("Helvetica", "Helvetica-Bold"),
    ("Times-Roman", "Times-Bold"),
    ("Courier", "Courier-Bold"),
]
LOOKS = ["band", "centred", "letter", "boxed", "plain", "side"]
TAGLINE = {
    "office": (
        "Organic vegetables - box scheme - farm shop",
        "Bio-Gemüse - Abokiste - Hofladen",
        "Légumes bio - paniers - vente à la ferme",
    ),
    "nursery": (
        "Organic seeds and young plants",
        "Bio-Saatgut und Jungpflanzen",
        "Semences et plants bio",
    ),
    "grower": (
        "Organic fruit and vegetables wholesale",
        "Bio-Obst und -Gemüse",
        "Fruits et légumes bio",
    ),
    "compost": (
        "Compost - soil improvers - haulage",
        "Kompost - Bodenverbesserung",
        "Compost - amendements",
    ),
    "tunnels": (
        "Polytunnels - glasshouses - irrigation",
        "Folientunnel - Gewächshäuser",
        "Tunnels - serres - irrigation",
    ),
    "packaging": (
        "Packaging for growers and food",
        "Verpackungen für Gartenbau",
        "Emballages alimentaires",
    ),
    "lab": ("Agricultural analysis", "Agrar- und Umweltanalytik", "Analyses agronomiques"),
}


def legal_lines(r: random.Random, name: str, lang: str, role: str) -> list[str]:
    if role in ("water", "certifier") and r.random() < 0.5:
        return []
    if lang == "de":
        bank = r.choice(
            ["Sparkasse Göttingen", "Sparkasse Münsterland Ost", "GLS Bank", "Volksbank Freiburg"]
        )
        out = [
            f"{name} - Steuer-Nr. "
            f"{r.randint(100, 299)}/{r.randint(1000, 9999)}/{r.randint(1000, 9999)}"
            + (f" - USt-IdNr. DE{r.randint(100000000, 999999999)}" if r.random() < 0.6 else ""),
            f"{bank} - IBAN DE{r.randint(10, 99)} {r.randint(1000, 9999)} {r.randint(1000, 9999)} "
            f"{r.randint(1000, 9999)} {r.randint(1000, 9999)} {r.randint(10, 99)}",
        ]
        if "GmbH" in name or "AG" in name or "KG" in name:
            out.insert(
                0,
                f"Amtsgericht {r.choice(['Göttingen', 'Münster', 'Freiburg', 'Stuttgart'])} HRB "
                f"{r.randint(1000, 99999)} - Geschäftsführung: "
                + r.choice(["Dr. Ulrike Brandes", "Markus Feldhaus", "Selin Aydin", "Jörg Kamps"]),
            )
        return out
    if lang == "fr":
        siret = " ".join(
            str(r.randint(a, b)) for a, b in ((300, 899), (100, 999), (100, 999), (10000, 99999))
        )
        out = [
            f"{name} - SIRET {siret} - APE "
            f"{r.choice(['0113Z', '4631Z', '4675Z', '7120B', '7711B'])}"
        ]
        if r.random() < 0.7:
            out.append(
                f"TVA intracom. FR{r.randint(10, 99)} {r.randint(100, 999)} {r.randint(100, 999)} "
                f"{r.randint(100, 999)} - IBAN FR76 {r.randint(1000, 9999)} "
                f"{r.randint(1000, 9999)} "
                f"{r.randint(1000, 9999)} {r.randint(1000, 9999)} {r.randint(100, 999)}"
            )
        return out
    out = []
    if "Ltd" in name or "plc" in name or "CIC" in name:
        out.append(f"Registered in England and Wales No. {r.randint(3000000, 13999999):08d}")
    if r.random() < 0.6:
        out.append(
            f"VAT Reg. No. GB {r.randint(100, 999)} {r.randint(1000, 9999)} {r.randint(10, 99)}"
        )
    if role in ("office", "nursery", "grower") and r.random() < 0.5:
        out.append(
            r.choice(
                [
                    "Certified organic GB-ORG-05",
                    "Soil Association licence P" + str(r.randint(1000, 9999)),
                ]
            )
        )
    return [" - ".join(out)] if out else []


def make_head(row: Row, lang: str, role: str) -> Head:
    """The paper habits of the sender ``row``: the same all through one stream."""
    name, street, town, phone = row
    r = random.Random(zlib.crc32(f"bowl/head/{name}/{OFFICE['seed']}".encode()))
    font, bold = r.choice(FACES)
    host = "".join(c for c in name.lower().split()[0] if c.isalpha() and c.isascii())[:12]
    tld = {"en": "co.uk", "de": "de", "fr": "fr"}[lang]
    if town.endswith("USA"):
        tld = "com"
    looks = LOOKS
    if role in ("water", "certifier"):
        looks = ["official"] if role == "water" else ["boxed", "band", "letter"]
        font, bold = (
            ("Helvetica", "Helvetica-Bold") if r.random() < 0.7 else ("Times-Roman", "Times-Bold")
        )
    elif role == "office":
        looks = ["centred", "side", "letter", "band"]
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


def office_head() -> Head:
    lang = home()
    return make_head(OFFICES[lang][row_no()], lang, "office")


def office_lines(att: str = "") -> list[str]:
    h = office_head()
    return [h.name, *([att] if att else []), h.street, h.town]


def head_of(who: Issuer, role: str, abroad: float = 0.0) -> Head:
    """The ``role`` sender of ``who`` (the same for the same issuer and garden), of the
    garden's country or, with odds ``abroad``, of another."""
    r = keyed(who, role)
    lang = home()
    rows = [x for x in SENDERS[role][lang] if not x[2].endswith("USA")]
    if r.random() < abroad:
        lang = r.choice([x for x in ("en", "de", "fr") if x != lang])
        rows = SENDERS[role][lang]
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


def price(v: float, h: Head) -> str:
    """An amount in the sender's currency."""
    return f"${v:,.2f}" if h.us else cash(v, h.lang)


def ring(p: Page, cx: float, cy: float, r: float, steps: int = 36) -> None:
    """A circle drawn as a polygon (seals and round stamps)."""
    pts = [
        (cx + r * math.cos(2 * math.pi * k / steps), cy + r * math.sin(2 * math.pi * k / steps))
        for k in range(steps + 1)
    ]
    for (x1, y1), (x2, y2) in itertools.pairwise(pts):
        p.line(x1, y1, x2, y2)


def seal(p: Page, cx: float, cy: float, r: float, top: str, mid: str) -> None:
    """A round rubber stamp: two rings, the wording inside, a mark in the middle."""
    ring(p, cx, cy, r)
    ring(p, cx, cy, r - 3)
    ring(p, cx, cy, r * 0.42, 20)
    pt = shrink(top, "Helvetica", 6.5, r * 1.45)
    p.text(cx, cy - r * 0.52, fit(top, "Helvetica", pt, r * 1.45), "Helvetica", pt, "center")
    pt2 = shrink(mid, "Helvetica", 6.5, r * 1.3)
    p.text(cx, cy + r * 0.72, fit(mid, "Helvetica", pt2, r * 1.3), "Helvetica", pt2, "center")
    p.text(cx, cy + 3, "*", "Helvetica-Bold", 11, "center")


def emblem(p: Page, x: float, y: float) -> None:
    """A small crest of an authority: a shield outline with bars."""
    p.line(x, y, x + 22, y)
    p.line(x, y, x, y + 16)
    p.line(x + 22, y, x + 22, y + 16)
    p.line(x, y + 16, x + 11, y + 26)
    p.line(x + 22, y + 16, x + 11, y + 26)
    for k in range(3):
        p.rect(x + 4 + k * 5.5, y + 4, 3, 12, fill=0.2)


def leaf(p: Page, x: float, y: float, r: float = 12) -> None:
    """A small leaf mark (a garden's or a seed house's logo)."""
    ring(p, x, y, r, 24)
    p.line(x - r * 0.6, y + r * 0.6, x + r * 0.6, y - r * 0.6)
    for k in range(3):
        t = -0.3 + 0.3 * k
        p.line(x + t * r, y - t * r, x + t * r + r * 0.35, y - t * r + r * 0.05)


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
        if h.role in ("office", "nursery", "grower"):
            leaf(p, w / 2, y - 10, 9)
            y += 10
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
        bw = min(w - 2 * m, 270.0)
        p.rect(m, y - 12, bw, 38)
        p.text(m + 6, y + 2, fit(h.name, h.bold, s.size + 1.5, bw - 12), h.bold, s.size + 1.5)
        p.text(m + 6, y + 13, fit(where, h.font, 7, bw - 12), h.font, 7)
        if contact:
            p.text(m + 6, y + 22, fit(contact, h.font, 7, bw - 12), h.font, 7)
        return y + 46
    if h.look == "side":
        pt = shrink(h.name, h.bold, s.size + 4, w * 0.62 - m)
        p.text(m, y + 4, h.name, h.bold, pt)
        tag = TAGLINE.get(h.role)
        if tag:
            p.text(m, y + 15, tr(h.lang, *tag), italic_of(h.font), 7.5)
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


def plain_sheets(s: Style, header: str = "") -> Sheets:
    """Pages without a letterhead: a running header from page 2 if ``header``."""

    def start(p: Page, n: int) -> float:
        if n > 1 and header:
            return running_header(p, s, header)
        return s.margin - 4

    w, hh = s.page_size
    return Sheets((w, hh), hh - s.margin - 10, start)


def scrawl(p: Page, x: float, y: float, name: str, pt: float = 13) -> None:
    """A handwritten signature over the baseline ``y``."""
    parts = name.replace("-", " ").replace(".", " ").split()
    parts = [t for t in parts if t not in ("Dr", "Mr", "Mrs", "Herr", "Frau")] or parts
    text = f"{parts[0][0]}{parts[-1][:8]}" if len(parts) > 1 else parts[0]
    p.text(x + 2, y - 1, text, INK, pt)
    end = x + 6 + tw(text, INK, pt)
    p.line(end - 4, y - 2, end + 12, y - 9)
    p.line(x, y + 2, end - 8, y + 1)


def received(rng: random.Random, p: Page, d: date, odds: float = 0.3) -> None:
    """Now and then the garden's received stamp on the first page."""
    if rng.random() < odds:
        w, _ = p.size
        lg = home()
        stamp(
            p,
            w - rng.uniform(140, 200),
            rng.uniform(60, 150),
            [
                tr(lg, "RECEIVED", "EINGEGANGEN", "REÇU LE"),
                short(d + timedelta(days=rng.randint(1, 5)), lg),
                rng.choice(
                    [tr(lg, "Office", "Büro", "Bureau"), tr(lg, "PAID", "bezahlt", "payé"), ""]
                )
                or tr(lg, "Entered", "gebucht", "saisi"),
            ],
        )


def note(rng: random.Random, p: Page, text: str, odds: float = 0.3) -> None:
    """Now and then a hand note in the margin (the office's: "pd 12/5", "checked")."""
    if rng.random() < odds:
        w, h = p.size
        hand(p, rng.uniform(w * 0.55, w - 130), rng.uniform(h * 0.25, h * 0.85), text, 10, 120)


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
    r = random.Random(zlib.crc32(f"bowl/staff/{tag}/{h.name}/{OFFICE['seed']}".encode()))
    return f"{r.choice(FIRSTS[h.lang])} {r.choice(LASTS[h.lang])}"


def vat_rate(lang: str, food: bool = False) -> float:
    if food:
        return {"en": 0.0, "de": 7.0, "fr": 5.5}[lang]
    return {"en": 20.0, "de": 19.0, "fr": 20.0}[lang]


def totals(f: Sheets, s: Style, h: Head, net: float, rate: float, note_: str = "") -> float:
    """Net, tax at ``rate`` and total right-aligned under a table; returns the total."""
    w, _ = f.size
    m = s.margin
    lg = h.lang
    f.need(70)
    f.y += 4
    f.page.line(w * 0.55, f.y - 8, w - m, f.y - 8)
    tax = round(net * rate / 100, 2)
    rows = [(tr(lg, "Net", "Nettobetrag", "Total HT"), net)]
    if not h.us:
        rows.append((tr(lg, f"VAT {rate:g}%", f"USt. {rate:g} %", f"TVA {rate:g} %"), tax))
    else:
        tax = 0.0
    gross = net + tax
    rows.append((tr(lg, "Total due", "Rechnungsbetrag", "Total TTC"), gross))
    for k, (t, v) in enumerate(rows):
        bold = s.bold if k == len(rows) - 1 else s.font
        f.page.text(w * 0.56, f.y, t, bold, s.size)
        f.page.text(w - m, f.y, price(v, h), bold, s.size, "right")
        f.y += s.size * 1.5
    if note_:
        f.y += 4
        write(f, s, note_, s.size - 1.5)
    return gross


def small_print(
    rng: random.Random, s0: Style, h: Head, title: str, heads: list[str], topic: str
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


SALE_TERMS = {
    "en": [
        "Definitions",
        "Orders",
        "Prices",
        "Delivery",
        "Risk and title",
        "Payment",
        "Germination and trueness",
        "Claims",
        "Liability",
        "Returns",
        "Force majeure",
        "Governing law",
    ],
    "de": [
        "Geltungsbereich",
        "Angebot und Vertragsschluss",
        "Preise",
        "Lieferung",
        "Gefahrübergang",
        "Eigentumsvorbehalt",
        "Zahlung",
        "Keimfähigkeit und Sortenechtheit",
        "Mängelrügen",
        "Haftung",
        "Gerichtsstand",
    ],
    "fr": [
        "Objet",
        "Commandes",
        "Prix",
        "Livraison",
        "Transfert des risques",
        "Réserve de propriété",
        "Paiement",
        "Faculté germinative",
        "Réclamations",
        "Responsabilité",
        "Juridiction",
    ],
}


def grid(
    f: Sheets,
    s: Style,
    cols: list[tuple[float, float, str]],
    head: list[str],
    rows: list[list[str]],
    hand_cols: set[int],
    size: float = 8,
    step: float = 2.0,
    lines: bool = True,
) -> None:
    """A ruled table whose ``hand_cols`` are filled in by hand; the head repeats on each page."""
    x0, x1 = cols[0][0] - 2, cols[-1][1] + 2

    def draw_head() -> None:
        f.page.rect(x0, f.y - size - 2, x1 - x0, size + 7, fill=0.86)
        for (a, b, al), t in zip(cols, head, strict=True):
            t = fit(t, s.bold, size, b - a - 2)
            x = b if al == "right" else (a + b) / 2 if al == "center" else a
            f.page.text(x, f.y, t, s.bold, size, al)
        f.y += size * 1.9

    f.need(size * 6)
    draw_head()
    for row in rows:
        if f.need(size * step):
            draw_head()
        for k, ((a, b, al), t) in enumerate(zip(cols, row, strict=True)):
            font = HAND if k in hand_cols else s.font
            pt = size + 1 if k in hand_cols else size
            t = fit(t, font, pt, b - a - 2)
            x = b if al == "right" else (a + b) / 2 if al == "center" else a
            f.page.text(x, f.y, t, font, pt, al)
        if lines:
            f.page.line(x0, f.y + size * 0.7, x1, f.y + size * 0.7)
        f.y += size * step


# ---------------------------------------------------------------------------------------------
# What grows: crops and varieties
# ---------------------------------------------------------------------------------------------

#: (English, German, French, varieties)
CROPS: list[tuple[str, str, str, list[str]]] = [
    ("Carrot", "Möhre", "Carotte", ["Nantaise 2", "Rothild", "Milan F1", "Oxhella", "Robila"]),
    ("Beetroot", "Rote Bete", "Betterave", ["Robuschka", "Chioggia", "Boltardy", "Cylindra"]),
    (
        "Lettuce",
        "Kopfsalat",
        "Laitue",
        ["Maravilla de Verano", "Attraction", "Grazer Krauthäuptel"],
    ),
    ("Leek", "Porree", "Poireau", ["Blaugrüner Winter", "Bleu de Solaise", "Musselburgh"]),
    ("Kale", "Grünkohl", "Chou kale", ["Nero di Toscana", "Redbor F1", "Westländer Winter"]),
    ("Courgette", "Zucchini", "Courgette", ["Partenon F1", "Black Beauty", "Costata Romanesco"]),
    ("Squash", "Kürbis", "Courge", ["Uchiki Kuri", "Butternut Waltham", "Crown Prince"]),
    ("Tomato", "Tomate", "Tomate", ["Ruthje", "Rose de Berne", "Harzfeuer", "Sungold F1"]),
    ("Cucumber", "Gurke", "Concombre", ["Marketmore", "Picolino F1", "Tanja"]),
    ("Spinach", "Spinat", "Épinard", ["Matador", "Butterfly F1", "Monnopa"]),
    ("Onion", "Zwiebel", "Oignon", ["Stuttgarter Riesen", "Rossa di Toscana", "Sturon"]),
    ("Cabbage", "Weißkohl", "Chou pommé", ["Filderkraut", "Premier Copenhague", "Dottenfelder"]),
    ("Chard", "Mangold", "Blette", ["Bright Lights", "Lucullus", "Verte à carde blanche"]),
    ("Radish", "Radieschen", "Radis", ["Sora", "French Breakfast", "Cherry Belle"]),
    ("Pea", "Erbse", "Pois", ["Kelvedon Wonder", "Hurst Green Shaft", "Ambrosia"]),
    ("French bean", "Buschbohne", "Haricot", ["Maxi", "Cobra", "Purple Teepee"]),
    ("Celeriac", "Knollensellerie", "Céleri-rave", ["Monarch", "Prinz", "Mars"]),
    ("Salad leaves mix", "Pflücksalat-Mix", "Mesclun", ["Saladisi", "Mix Provence"]),
]
TRAYS = {
    "en": ["345 module", "150 module", "84 cell", "35 mm blocks", "Speedling 216"],
    "de": ["Presstopf 4 cm", "QP 77", "QP 160", "Multitopf 104", "Presstopf 5 cm"],
    "fr": ["plaque 77", "plaque 150", "motte 4 cm", "plaque 104", "motte 5 cm"],
}
PACKS = {
    "en": ["1,000 sds", "5,000 sds", "25 g", "100 g", "500 sds", "10,000 sds", "250 g"],
    "de": ["1.000 K.", "5.000 K.", "25 g", "100 g", "500 K.", "10.000 K.", "250 g"],
    "fr": ["1 000 gr.", "5 000 gr.", "25 g", "100 g", "500 gr.", "10 000 gr.", "250 g"],
}


def crop(k: int, lang: str) -> str:
    c = CROPS[k]
    return tr(lang, c[0], c[1], c[2])


def organic_code(lang: str) -> str:
    return {"en": "GB-ORG-05", "de": "DE-ÖKO-006", "fr": "FR-BIO-01"}[lang]


# ---------------------------------------------------------------------------------------------
# Templates AAAA: the control body
# ---------------------------------------------------------------------------------------------

CHECKS = {
    "en": [
        (
            "Records and documents",
            [
                "Field records (cultivations, inputs) up to date",
                "Purchase invoices for seeds and plants available",
                "Organic status of seed checked / derogations held",
                "Sales records and box scheme invoices reconcile",
                "Previous non-compliances closed",
            ],
        ),
        (
            "Crop production",
            [
                "Rotation plan includes legumes / green manures",
                "Fertilisers and soil improvers permitted (Annex II)",
                "Plant protection products permitted and recorded",
                "Buffer zones and drift risk from neighbours",
                "Polytunnel soil-grown crops, no hydroponics",
            ],
        ),
        (
            "Storage, packing and labelling",
            [
                "Organic and non-organic produce kept apart",
                "Cleaning products in packing shed permitted",
                "Labels show certifier code and licence number",
                "Bought-in produce traceable to certified suppliers",
                "Pest control in store by permitted means",
            ],
        ),
    ],
    "de": [
        (
            "Dokumentation",
            [
                "Schlagkartei / Ackerschlagkartei aktuell",
                "Belege für Saatgut und Jungpflanzen vorhanden",
                "Öko-Status des Saatguts geprüft (OrganicXseeds)",
                "Warenflussbilanz Zukauf / Verkauf plausibel",
                "Abweichungen der Vorjahreskontrolle behoben",
            ],
        ),
        (
            "Pflanzenbau",
            [
                "Fruchtfolge mit Leguminosen / Gründüngung",
                "Düngemittel zulässig (Anhang II)",
                "Pflanzenschutzmittel zulässig und dokumentiert",
                "Abdrift von Nachbarflächen, Pufferstreifen",
                "Anbau im Folientunnel im gewachsenen Boden",
            ],
        ),
        (
            "Lager, Aufbereitung, Kennzeichnung",
            [
                "Trennung bio / konventionell im Lager",
                "Reinigungsmittel im Packraum zulässig",
                "Kennzeichnung mit Öko-Kontrollnummer",
                "Zukaufware mit gültigem Zertifikat",
                "Schädlingsbekämpfung im Lager zulässig",
            ],
        ),
        (
            "Bioland-Verbandskontrolle",
            [
                "Bioland-Richtlinien Gemüsebau eingehalten",
                "Zukauf von Wirtschaftsdünger im Rahmen",
                "Torfanteil in Anzuchterde unter 70 %",
                "Verwendung des Bioland-Zeichens korrekt",
            ],
        ),
    ],
    "fr": [
        (
            "Enregistrements",
            [
                "Cahier de culture à jour (interventions, intrants)",
                "Factures de semences et plants disponibles",
                "Statut bio des semences vérifié / dérogations",
                "Bilan matière achats / ventes cohérent",
                "Manquements du dernier audit levés",
            ],
        ),
        (
            "Production végétale",
            [
                "Rotation avec légumineuses / engrais verts",
                "Fertilisants autorisés (annexe II)",
                "Produits phytosanitaires autorisés et enregistrés",
                "Risque de contamination par les voisins",
                "Cultures sous abri en pleine terre",
            ],
        ),
        (
            "Stockage, conditionnement, étiquetage",
            [
                "Séparation bio / non bio au stockage",
                "Produits de nettoyage autorisés",
                "Étiquetage avec le code de l'organisme",
                "Achats de produits bio certifiés",
                "Lutte contre les nuisibles autorisée",
            ],
        ),
    ],
}
RESULT = {"en": ("C", "NC", "N/A"), "de": ("i.O.", "Abw.", "entf."), "fr": ("C", "NC", "SO")}


def operator_no(lg: str, r: random.Random) -> str:
    if lg == "en":
        return f"P{r.randint(1000, 9999)}" if r.random() < 0.7 else f"G{r.randint(1000, 9999)}"
    if lg == "de":
        land = {0: "NI", 1: "NW", 2: "BW"}[row_no()]
        return f"DE-{land}-006-{r.randint(10000, 99999)}-A"
    return f"{r.randint(10000, 99999)}"


def tpl_inspection(rng: random.Random, who: Issuer) -> list[Page]:
    """The control body's annual inspection report: operator fields, scope ticks, areas, the
    checklist by section with results and comments, non-compliances, the signatures of the
    inspector and the grower, and the parcel list on a landscape annex."""
    h = head_of(who, "certifier")
    lg = h.lang
    s = style_of(h)
    w, _ = s.page_size
    m = s.margin
    d = some_day(rng)
    me = office_head()
    inspector = staff(h, f"insp{rng.randint(0, 2)}")
    op = operator_no(lg, random.Random(zlib.crc32(f"op/{OFFICE['seed']}".encode())))
    title = tr(
        lg,
        "Organic Inspection Report",
        "Kontrollbericht Öko-Kontrolle",
        "Rapport d'audit - Agriculture biologique",
    )
    f = sheets(s, h, f"{title} - {me.name} - {op}")
    caption(f, s, title, 4)
    f.page.text(
        m,
        f.y - 6,
        tr(
            lg,
            "Regulation (EU) 2018/848 as retained - producer",
            "nach Verordnung (EU) 2018/848 - Erzeugung",
            "Règlement (UE) 2018/848 - production végétale",
        ),
        italic_of(s.font),
        8,
    )
    f.y += 10
    start = rng.choice([8, 9, 10, 13])
    f.y = fields(
        f.page,
        s,
        m,
        f.y,
        w - 2 * m,
        [
            (tr(lg, "Operator", "Unternehmen", "Opérateur"), me.name),
            (tr(lg, "Licence / operator no.", "Kontrollnummer", "N° opérateur"), op),
            (tr(lg, "Address", "Anschrift", "Adresse"), f"{me.street}, {me.town}"),
            (tr(lg, "Date of inspection", "Datum der Kontrolle", "Date de l'audit"), short(d, lg)),
            (
                tr(lg, "Time", "Uhrzeit", "Horaire"),
                f"{start:02d}:00 - "
                f"{start + rng.randint(2, 5):02d}:{rng.choice(['00', '15', '30', '45'])}",
            ),
            (
                tr(lg, "Type", "Art der Kontrolle", "Type d'audit"),
                rng.choice(
                    [
                        tr(
                            lg,
                            "annual, announced",
                            "Jahreskontrolle, angemeldet",
                            "annuel, annoncé",
                        ),
                        tr(lg, "unannounced", "unangemeldet", "inopiné"),
                    ]
                ),
            ),
            (tr(lg, "Inspector", "Kontrolleur/in", "Auditeur"), inspector),
            (tr(lg, "Present", "Anwesend", "Présents"), f"{team('grower')}, {team('office')}"),
        ],
        per=2,
        tall=24,
        hand=False,
    )
    f.page.text(
        m, f.y, tr(lg, "Scope of inspection", "Kontrollumfang", "Périmètre"), s.bold, s.size
    )
    f.y += 14
    f.y = ticks(
        f.page,
        s,
        m,
        f.y,
        w - 2 * m,
        [
            tr(lg, "Field vegetables", "Freilandgemüse", "Légumes plein champ"),
            tr(lg, "Protected cropping", "Geschützter Anbau", "Cultures sous abri"),
            tr(lg, "Top fruit", "Obstbau", "Arboriculture"),
            tr(lg, "Packing / storage", "Aufbereitung / Lager", "Conditionnement"),
            tr(lg, "Box scheme / retail", "Abokiste / Hofladen", "Paniers / vente directe"),
            tr(lg, "Bought-in produce", "Zukaufware", "Négoce"),
        ],
        {0, 1, 3, 4, 5} if rng.random() < 0.7 else {0, 1, 4},
    )
    ha = round(rng.uniform(2.5, 14), 2)
    conv = round(ha * rng.choice([0, 0, 0.1, 0.2]), 2)
    f.y += 4
    f.y = pairs(
        f.page,
        s,
        m,
        f.y,
        [
            (tr(lg, "Total area (ha)", "Gesamtfläche (ha)", "Surface totale (ha)"), money(ha, lg)),
            (tr(lg, "of which organic", "davon Öko", "dont bio"), money(ha - conv, lg)),
            (tr(lg, "in conversion", "in Umstellung", "en conversion"), money(conv, lg)),
            (
                tr(lg, "Protected cropping (m²)", "Folientunnel (m²)", "Abris (m²)"),
                str(rng.choice([360, 540, 720, 1080, 1620])),
            ),
        ],
        m + 260,
    )
    f.y += 8
    res = RESULT[lg]
    ncs: list[tuple[str, str]] = []
    cols = columns(m, w - m, [(0.6, "left"), (5, "left"), (0.9, "center"), (3.4, "left")])
    for k, (sec, items) in enumerate(CHECKS[lg]):
        f.heading(m, f"{k + 1}. {sec}", s.bold, s.size + 0.5)
        rows = []
        for j, t in enumerate(items):
            r = rng.random()
            if r < 0.08 and len(ncs) < 3:
                ncs.append((f"{k + 1}.{j + 1}", t))
                rows.append(
                    [f"{k + 1}.{j + 1}", t, res[1], words(rng, lg, "cert", rng.randint(4, 7))[:-1]]
                )
            else:
                v = res[2] if r > 0.9 else res[0]
                rows.append(
                    [
                        f"{k + 1}.{j + 1}",
                        t,
                        v,
                        ""
                        if rng.random() < 0.5
                        else words(rng, lg, "cert", rng.randint(3, 6))[:-1],
                    ]
                )
        table(
            f,
            cols,
            [
                "No.",
                tr(lg, "Requirement", "Anforderung", "Exigence"),
                tr(lg, "Result", "Ergebnis", "Résultat"),
                tr(lg, "Comments / evidence", "Bemerkungen / Nachweis", "Commentaires / preuves"),
            ],
            rows,
            s,
            size=8,
            rules=True,
        )
        f.y += 6
    f.heading(
        m,
        tr(lg, "Non-compliances", "Festgestellte Abweichungen", "Manquements constatés"),
        s.bold,
        s.size + 0.5,
    )
    if ncs:
        cols2 = columns(m, w - m, [(0.7, "left"), (5, "left"), (1.3, "left"), (1.6, "left")])
        rows2 = [
            [
                no,
                t,
                rng.choice(
                    [tr(lg, "minor", "gering", "mineur"), tr(lg, "major", "schwer", "majeur")]
                ),
                short(d + timedelta(days=rng.choice([14, 28, 30])), lg),
            ]
            for no, t in ncs
        ]
        table(
            f,
            cols2,
            [
                "No.",
                tr(lg, "Finding", "Feststellung", "Constat"),
                tr(lg, "Grade", "Einstufung", "Gravité"),
                tr(lg, "Deadline", "Frist", "Délai"),
            ],
            rows2,
            s,
            size=8,
            rules=True,
        )
        write(
            f,
            s,
            tr(
                lg,
                "Please send evidence of corrective action by the deadline.",
                "Bitte weisen Sie die Behebung bis zur genannten Frist nach.",
                "Merci de transmettre les preuves de correction dans le délai indiqué.",
            ),
            s.size - 1,
        )
    else:
        write(
            f,
            s,
            tr(
                lg,
                "No non-compliances were found at this inspection.",
                "Bei dieser Kontrolle wurden keine Abweichungen festgestellt.",
                "Aucun manquement n'a été constaté lors de cet audit.",
            ),
        )
    if rng.random() < 0.6:
        write(f, s, prose(rng, lg, "cert", 1, 3), s.size - 0.5)
    f.need(120)
    f.y += 10
    write(
        f,
        s,
        tr(
            lg,
            "The operator confirms that the information given is complete and that a copy of this "
            "report was left on site.",
            "Der Unternehmer bestätigt die Vollständigkeit der Angaben und den Erhalt einer Kopie "
            "dieses Berichts.",
            "L'opérateur certifie l'exactitude des informations et a reçu une copie du présent "
            "rapport.",
        ),
        s.size - 1,
    )
    f.y += 26
    x2 = w / 2 + 10
    scrawl(f.page, m, f.y, inspector)
    scrawl(f.page, x2, f.y, team("grower"))
    f.page.line(m, f.y + 4, w / 2 - 20, f.y + 4)
    f.page.line(x2, f.y + 4, w - m, f.y + 4)
    f.page.text(
        m,
        f.y + 14,
        f"{tr(lg, 'Inspector', 'Kontrolleur/in', 'Auditeur')}: {inspector}",
        s.font,
        7.5,
    )
    f.page.text(
        x2,
        f.y + 14,
        f"{tr(lg, 'Operator', 'Unternehmer/in', 'Opérateur')}: {team('grower')}",
        s.font,
        7.5,
    )
    pages = close(
        f.pages,
        s,
        h,
        numbers=rng.choice(["Page {i} of {n}", h.numbers]) if lg == "en" else h.numbers,
    )
    if rng.random() < 0.7:
        s2 = style_of(h, landscape(A4), margin=44)
        w2 = s2.page_size[0]
        g = plain_sheets(s2, f"{title} - {op} - Annex")
        caption(
            g,
            s2,
            tr(
                lg,
                "Annex - Field and parcel list",
                "Anlage - Flächenverzeichnis",
                "Annexe - Liste des parcelles",
            ),
            2,
        )
        c2 = columns(
            44,
            w2 - 44,
            [
                (0.8, "left"),
                (2.4, "left"),
                (1, "right"),
                (2.4, "left"),
                (1.6, "left"),
                (2.6, "left"),
            ],
        )
        rows3 = []
        for k in range(rng.randint(6, 22)):
            rows3.append(
                [
                    f"{k + 1}",
                    rng.choice(
                        [
                            tr(lg, "Top field", "Oberer Schlag", "Grand champ"),
                            tr(lg, "Tunnel", "Tunnel", "Tunnel"),
                            tr(lg, "Orchard", "Obstwiese", "Verger"),
                            tr(lg, "Long acre", "Langes Stück", "La Longue"),
                            tr(lg, "Bottom field", "Bachwiese", "Le Bas"),
                        ]
                    )
                    + f" {rng.randint(1, 4)}",
                    money(rng.uniform(0.05, 2.5), lg),
                    crop(rng.randrange(len(CROPS)), lg),
                    rng.choice(
                        [
                            tr(lg, "Organic", "Öko", "AB"),
                            tr(lg, "Organic", "Öko", "AB"),
                            tr(lg, "In conversion yr 2", "Umstellung 2. Jahr", "C2"),
                        ]
                    ),
                    rng.choice(
                        [
                            "",
                            "",
                            tr(lg, "green manure sown", "Gründüngung", "engrais vert"),
                            tr(lg, "fleece", "Vlies", "voile"),
                        ]
                    ),
                ]
            )
        table(
            g,
            c2,
            [
                tr(lg, "No.", "Nr.", "N°"),
                tr(lg, "Field name", "Schlag", "Parcelle"),
                "ha",
                tr(lg, "Crop", "Kultur", "Culture"),
                tr(lg, "Status", "Status", "Statut"),
                tr(lg, "Remarks", "Bemerkung", "Remarques"),
            ],
            rows3,
            s2,
            size=8.5,
            shade=0.88,
            rules=True,
            step=1.8,
        )
        number_pages(g.pages, s2, "{i}/{n}" if rng.random() < 0.5 else "none", "br")
        pages += g.pages
    remember(d, None, (op, ha, conv))
    return pages


CATEGORIES = {
    "en": [
        "(a) Unprocessed plants and plant products, including seeds",
        "(d) Processed agricultural products used as food",
        "(g) Other products listed in Annex I",
    ],
    "de": [
        "a) Unverarbeitete Pflanzen und pflanzliche Erzeugnisse, einschließlich Saatgut",
        "d) Verarbeitete landwirtschaftliche Erzeugnisse zur Verwendung als Lebensmittel",
        "g) Andere in Anhang I aufgeführte Erzeugnisse",
    ],
    "fr": [
        "a) Végétaux et produits végétaux non transformés, y compris les semences",
        "d) Produits agricoles transformés destinés à l'alimentation",
        "g) Autres produits énumérés à l'annexe I",
    ],
}


def tpl_certificate(rng: random.Random, who: Issuer) -> list[Page]:
    """The control body's certificate with numbered boxes, a seal and the product annex, now
    and then behind a covering letter."""
    h = head_of(who, "certifier")
    lg = h.lang
    s = style_of(h)
    w, hh = s.page_size
    m = s.margin
    d = last_day(rng, ("inspection",), (12, 40))
    me = office_head()
    extra = LAST["extra"] if after(("inspection",)) else None
    if isinstance(extra, tuple):
        op, ha, conv = extra
    else:
        op = operator_no(lg, random.Random(zlib.crc32(f"op/{OFFICE['seed']}".encode())))
        ha, conv = round(rng.uniform(2.5, 14), 2), 0.0
    cert_no = serial(
        rng, {"en": "GB-ORG-05/99999/9999", "de": "999999-9999-99", "fr": "FR-BIO-01/999999/99"}[lg]
    )
    officer = staff(h, "cert")
    pages: list[Page] = []
    if rng.random() < 0.5:
        f = sheets(s, h)
        recipient(
            f,
            s,
            h,
            office_lines(),
            d,
            [(tr(lg, "Operator no.", "Kontrollnummer", "N° opérateur"), str(op))],
        )
        caption(
            f,
            s,
            tr(
                lg,
                "Your organic certificate",
                "Ihre Bescheinigung / Ihr Zertifikat",
                "Votre certificat bio",
            ),
            1.5,
        )
        f.page.text(m, f.y, dear(lg, None), s.font, s.size)
        f.y += s.size * 2
        write(
            f,
            s,
            tr(
                lg,
                "Following your recent inspection we are pleased to enclose your certificate "
                "together with the schedule of certified products. Please check the details and "
                "keep the certificate with your records; customers and wholesalers may ask you "
                "for a copy.",
                "nach Abschluss der diesjährigen Kontrolle übersenden wir Ihnen anbei Ihre "
                "Bescheinigung gemäß Art. 35 VO (EU) 2018/848 mit der Anlage der zertifizierten "
                "Erzeugnisse. Bitte prüfen Sie die Angaben.",
                "Suite à votre audit, nous avons le plaisir de vous adresser votre certificat "
                "ainsi que l'annexe des produits certifiés. Merci de vérifier les informations "
                "qui y figurent.",
            ),
        )
        write(f, s, prose(rng, lg, "cert", 1, 3))
        regards(
            f,
            s,
            lg,
            officer,
            tr(lg, "Certification Officer", "Zertifizierung", "Chargé de certification"),
        )
        pages += close(f.pages, s, h, numbers="none")
    p = Page(s.page_size)
    p.rect(m - 18, m - 24, w - 2 * m + 36, hh - 2 * m + 40)
    p.rect(m - 14, m - 20, w - 2 * m + 28, hh - 2 * m + 32)
    y = heading(p, s, h, top=m + 6)
    title = tr(
        lg, "CERTIFICATE OF COMPLIANCE", "BESCHEINIGUNG / ZERTIFIKAT", "CERTIFICAT DE CONFORMITÉ"
    )
    p.text(w / 2, y, title, s.bold, shrink(title, s.bold, 15, w - 2 * m), "center")
    y += 14
    sub = tr(
        lg,
        "issued in accordance with Article 35(1) of Regulation (EU) 2018/848",
        "gemäß Artikel 35 Absatz 1 der Verordnung (EU) 2018/848",
        "conformément à l'article 35, paragraphe 1, du règlement (UE) 2018/848",
    )
    p.text(w / 2, y, fit(sub, s.font, 8, w - 2 * m), s.font, 8, "center")
    y += 18
    from_ = date(d.year, 1, 1) if rng.random() < 0.5 else d
    boxes = [
        (tr(lg, "1. Document number", "1. Nummer des Dokuments", "1. Numéro du document"), cert_no),
        (
            tr(lg, "2. Operator / group", "2. Unternehmer / Gruppe", "2. Opérateur / groupe"),
            "[X] "
            + tr(lg, "operator", "Unternehmer", "opérateur")
            + "   [ ] "
            + tr(lg, "group", "Gruppe", "groupe"),
        ),
        (
            tr(
                lg,
                "3. Name and address of the operator",
                "3. Name und Anschrift des Unternehmers",
                "3. Nom et adresse de l'opérateur",
            ),
            f"{me.name}, {me.street}, {me.town}",
        ),
        (
            tr(lg, "4. Activities", "4. Tätigkeiten", "4. Activités"),
            tr(
                lg,
                "Production, preparation, distribution",
                "Erzeugung, Aufbereitung, Vertrieb",
                "Production, préparation, distribution",
            ),
        ),
        (
            tr(
                lg,
                "5. Control body and code",
                "5. Kontrollstelle und Codenummer",
                "5. Organisme de contrôle et code",
            ),
            f"{h.name.split(' - ')[0]} - {organic_code(lg)}",
        ),
        (tr(lg, "6. Operator no.", "6. Kontrollnummer", "6. N° opérateur"), str(op)),
    ]
    for cap, val in boxes:
        p.rect(m, y, w - 2 * m, 28)
        p.text(m + 4, y + 8, cap, s.font, 6.5)
        p.text(m + 8, y + 21, fit(val, s.font, 9, w - 2 * m - 16), s.font, 9)
        y += 28
    p.rect(m, y, w - 2 * m, 60)
    p.text(
        m + 4,
        y + 8,
        tr(lg, "7. Categories of products", "7. Erzeugniskategorien", "7. Catégories de produits"),
        s.font,
        6.5,
    )
    yy = y + 20
    for k, t in enumerate(CATEGORIES[lg]):
        box(p, m + 8, yy, k == 0 or (k == 2 and rng.random() < 0.3))
        p.text(m + 22, yy, fit(t, s.font, 7.5, w - 2 * m - 30), s.font, 7.5)
        yy += 12
    y += 60
    until = date(d.year + 1, rng.choice([3, 6, 12]), 28 if rng.random() < 0.5 else 1)
    p.rect(m, y, w - 2 * m, 28)
    p.text(
        m + 4,
        y + 8,
        tr(lg, "8. Period of validity", "8. Gültigkeitsdauer", "8. Période de validité"),
        s.font,
        6.5,
    )
    p.text(m + 8, y + 21, f"{short(from_, lg)} - {short(until, lg)}", s.font, 9)
    y += 28
    p.rect(m, y, w - 2 * m, 90)
    p.text(
        m + 4,
        y + 8,
        tr(
            lg,
            "9. Date, place and signature on behalf of the control body",
            "9. Datum, Ort, Unterschrift für die Kontrollstelle",
            "9. Date, lieu et signature pour l'organisme",
        ),
        s.font,
        6.5,
    )
    p.text(
        m + 8,
        y + 24,
        f"{h.town.split(' ', 1)[-1] if lg != 'en' else h.town.split()[0]}, {short(d, lg)}",
        s.font,
        9,
    )
    scrawl(p, m + 8, y + 58, officer, 15)
    p.text(m + 8, y + 72, officer, s.font, 8)
    seal(p, w - m - 70, y + 46, 34, h.name.split(" - ")[0].upper(), organic_code(lg))
    pages.append(p)
    s3 = paper(s, A4)
    g = sheets(s3, h, f"{cert_no} - {tr(lg, 'Annex', 'Anlage', 'Annexe')}", top=rng.random() < 0.5)
    caption(
        g,
        s3,
        tr(
            lg,
            "Schedule of certified products",
            "Anlage: Liste der zertifizierten Erzeugnisse",
            "Annexe : liste des produits certifiés",
        ),
        1.5,
    )
    write(
        g,
        s3,
        f"{me.name} - {op} - {tr(lg, 'Document', 'Dokument', 'Document')} {cert_no}",
        s3.size - 1,
    )
    cols = columns(m, w - m, [(4, "left"), (2, "left"), (1.2, "right")])
    rows = []
    picked = sorted(rng.sample(range(len(CROPS)), rng.randint(6, 16)))
    for k in picked:
        rows.append(
            [
                crop(k, lg),
                tr(lg, "organic", "ökologisch / biologisch", "biologique")
                if rng.random() < 0.9 or not conv
                else tr(lg, "in conversion", "Umstellung", "en conversion"),
                money(rng.uniform(0.05, 1.6 * ha / len(picked)), lg),
            ]
        )
    rows.append(
        [
            tr(
                lg,
                "Box scheme (mixed vegetables, bought-in produce)",
                "Abokiste (Gemüsemischung, Zukaufware)",
                "Paniers de légumes (négoce compris)",
            ),
            tr(lg, "organic", "ökologisch / biologisch", "biologique"),
            "-",
        ]
    )
    table(
        g,
        cols,
        [
            tr(lg, "Product", "Erzeugnis", "Produit"),
            tr(lg, "Status", "Status", "Statut"),
            tr(lg, "Area ha", "Fläche ha", "Surface ha"),
        ],
        rows,
        s3,
        rules=True,
    )
    g.y += 8
    write(
        g,
        s3,
        tr(
            lg,
            "This annex is valid only together with the certificate named above.",
            "Diese Anlage gilt nur in Verbindung mit der oben genannten Bescheinigung.",
            "Cette annexe n'est valable qu'accompagnée du certificat ci-dessus.",
        ),
        s3.size - 1.5,
    )
    pages += close(g.pages, s3, h, numbers="Page {i}/{n}" if rng.random() < 0.4 else "none")
    remember(d)
    return pages


# ---------------------------------------------------------------------------------------------
# Templates AAAA: seeds, plants, compost and produce bought in
# ---------------------------------------------------------------------------------------------


def nursery(who: Issuer) -> Head:
    """The seed house or plant raiser ``who`` stands for: now and then from abroad."""
    h = head_of(who, "nursery", abroad=0.25)
    if h.lang == "en" and home() != "en" and keyed(who, "us").random() < 0.3:
        return make_head(SENDERS["nursery"]["en"][3], "en", "nursery")
    return h


def tpl_seed_invoice(rng: random.Random, who: Issuer) -> list[Page]:
    """A seed house's or plant raiser's invoice: varieties, lot numbers, packs or trays and
    prices running over pages with the head repeated, the organic code and plant passport note,
    now and then the conditions of sale behind."""
    h = nursery(who)
    lg = h.lang
    s = style_of(h, LETTER if h.us else A4)
    w, _ = s.page_size
    m = s.margin
    d = last_day(rng, ("plant_delivery",), (0, 6))
    no = serial(rng, rng.choice(["RE-2599999", "INV-999999", "F25-99999", "99999"]))
    cust = serial(keyed(who, "cust"), "99999")
    f = sheets(s, h, f"{h.name} - {tr(lg, 'Invoice', 'Rechnung', 'Facture')} {no}")
    recipient(
        f,
        s,
        h,
        office_lines(),
        d,
        [
            (tr(lg, "Invoice no.", "Rechnungs-Nr.", "Facture n°"), no),
            (tr(lg, "Customer no.", "Kunden-Nr.", "Code client"), cust),
            (tr(lg, "Order", "Auftrag", "Commande"), serial(rng, "A99999")),
        ],
    )
    caption(f, s, tr(lg, "INVOICE", "RECHNUNG", "FACTURE"), 4)
    items = LAST["extra"] if after(("plant_delivery",)) else None
    rows: list[list[str]] = []
    net = 0.0
    if isinstance(items, list) and items:
        write(
            f,
            s,
            tr(
                lg,
                f"Young plants as per delivery note of {short(d, lg)}:",
                f"Jungpflanzen lt. Lieferschein vom {short(d, lg)}:",
                f"Plants selon bon de livraison du {short(d, lg)} :",
            ),
            s.size - 0.5,
        )
        for k, (name, tray, n_trays, per) in enumerate(items):
            unit = round(rng.uniform(0.06, 0.22), 3)
            v = round(n_trays * per * unit, 2)
            net += v
            rows.append(
                [
                    str(k + 1),
                    name,
                    tray,
                    f"{n_trays * per}",
                    money(unit, lg) if not h.us else f"{unit:.3f}",
                    money(v, lg),
                ]
            )
        head_row = [
            tr(lg, "Pos", "Pos", "Pos"),
            tr(lg, "Variety", "Sorte", "Variété"),
            tr(lg, "Tray", "Topf", "Plaque"),
            tr(lg, "Plants", "Stück", "Plants"),
            tr(lg, "Each", "Stückpreis", "P.U."),
            tr(lg, "Amount", "Betrag", "Montant"),
        ]
    else:
        for _ in range(rng.choice([3, 5, 8, 12, 18, 26, 34])):
            c = rng.randrange(len(CROPS))
            pack = rng.choice(PACKS[lg])
            qty = rng.choice([1, 1, 1, 2, 3, 5])
            unit = round(rng.uniform(2.2, 48), 2)
            v = round(qty * unit, 2)
            net += v
            rows.append(
                [
                    serial(rng, "9999"),
                    f"{crop(c, lg)} {rng.choice(CROPS[c][3])}",
                    serial(rng, "A99-9999"),
                    f"{qty} x {pack}",
                    price(unit, h),
                    price(v, h),
                ]
            )
        head_row = [
            tr(lg, "Art.", "Art.-Nr.", "Réf."),
            tr(lg, "Variety", "Sorte", "Variété"),
            tr(lg, "Lot", "Partie", "Lot"),
            tr(lg, "Qty / pack", "Menge / Pack", "Qté / cond."),
            tr(lg, "Price", "Preis", "P.U."),
            tr(lg, "Amount", "Betrag", "Montant"),
        ]
    cols = columns(
        m,
        w - m,
        [(0.8, "left"), (4, "left"), (1.4, "left"), (1.6, "right"), (1.1, "right"), (1.2, "right")],
    )
    table(
        f,
        cols,
        head_row,
        rows,
        s,
        shade=0.9 if rng.random() < 0.5 else None,
        rules=rng.random() < 0.4,
    )
    if rng.random() < 0.5:
        carriage = rng.choice([6.5, 8.9, 12.0, 19.5])
        f.page.text(
            m,
            f.y,
            tr(lg, "Carriage / packing", "Versandkosten", "Frais de port"),
            s.font,
            s.size - 1,
        )
        f.page.text(w - m, f.y, price(carriage, h), s.font, s.size - 1, "right")
        f.y += 16
        net += carriage
    rate = 0.0 if lg == "en" else {"de": 7.0, "fr": 10.0}[lg]
    totals(
        f,
        s,
        h,
        net,
        rate,
        tr(
            lg,
            f"Certified organic - {organic_code(lg)}. Zero-rated seeds for food crops.",
            f"Öko-Kontrollstelle {organic_code(lg)}. Pflanzenpass: "
            f"DE-{serial(rng, 'AA')}-{serial(rng, '99999')}.",
            f"Certifié AB par {organic_code(lg)}. Passeport phytosanitaire UE "
            f"FR-{serial(rng, '99999')}.",
        )
        if not h.us
        else "Certified organic by MOFGA Certification Services. "
        "Prices in US dollars, payable by wire.",
    )
    write(
        f,
        s,
        tr(
            lg,
            f"Payment within 30 days of the invoice date to our account, quoting invoice {no}.",
            f"Zahlbar innerhalb von 14 Tagen ohne Abzug. Bitte geben Sie die Rechnungsnummer {no} "
            "an.",
            f"Règlement à 30 jours date de facture par virement, en rappelant la référence {no}.",
        ),
        s.size - 1,
    )
    pages = f.pages
    if keyed(who, "terms").random() < 0.3:
        pages.append(
            small_print(
                rng,
                s,
                h,
                tr(
                    lg,
                    "Conditions of Sale",
                    "Allgemeine Geschäftsbedingungen",
                    "Conditions générales de vente",
                ),
                SALE_TERMS[lg],
                "grow",
            )
        )
    received(rng, pages[0], d)
    note(
        rng,
        pages[0],
        rng.choice(["pd " + short(d + timedelta(days=9), home())[:5], "OK", "checked v. DN"]),
    )
    remember(d)
    return close(pages, s, h, numbers="none" if len(pages) == 1 else h.numbers)


def tpl_plant_delivery(rng: random.Random, who: Issuer) -> list[Page]:
    """A plant raiser's delivery note on A5 or landscape A5: crops, varieties, trays and
    plants, the plant passport box, the grower's signature and notes written in."""
    h = nursery(who)
    lg = h.lang
    size = keyed(who, "dn").choice([A5, landscape(A5), A4])
    s = style_of(h, size, margin=32 if size != A4 else 0, pt=8.5 if size != A4 else 0)
    w = s.page_size[0]
    m = s.margin
    d = some_day(rng)
    no = serial(rng, rng.choice(["LS 99999", "DN-999999", "BL99999"]))
    f = sheets(s, h, f"{tr(lg, 'Delivery note', 'Lieferschein', 'Bon de livraison')} {no}")
    title = tr(lg, "DELIVERY NOTE", "LIEFERSCHEIN", "BON DE LIVRAISON")
    f.page.text(m, f.y, title, s.bold, s.size + 4)
    f.page.text(w - m, f.y, f"No. {no}", s.bold, s.size + 1, "right")
    f.y += 16
    f.y = pairs(
        f.page,
        s,
        m,
        f.y,
        [
            (tr(lg, "Customer", "Kunde", "Client"), office_head().name),
            (tr(lg, "Delivery date", "Lieferdatum", "Date de livraison"), short(d, lg)),
            (
                tr(lg, "Route / driver", "Tour / Fahrer", "Tournée / chauffeur"),
                f"{rng.randint(1, 9)} / {staff(h, 'driver')}",
            ),
        ],
        w - m if w < 450 else w / 2,
    )
    f.y += 6
    items = []
    for _ in range(rng.randint(2, 9)):
        c = rng.randrange(len(CROPS))
        tray = rng.choice(TRAYS[lg])
        per = int("".join(ch for ch in tray if ch.isdigit())[:3] or 77)
        per = per if per > 10 else rng.choice([84, 150, 240])
        items.append((f"{crop(c, lg)} {rng.choice(CROPS[c][3])}", tray, rng.randint(1, 12), per))
    cols = columns(
        m, w - m, [(4, "left"), (1.7, "left"), (0.9, "right"), (1.1, "right"), (1.2, "right")]
    )
    table(
        f,
        cols,
        [
            tr(lg, "Crop / variety", "Kultur / Sorte", "Culture / variété"),
            tr(lg, "Tray", "Topf", "Plaque"),
            tr(lg, "Trays", "Kisten", "Plaques"),
            tr(lg, "Per tray", "je Kiste", "Par plaque"),
            tr(lg, "Plants", "Stück", "Plants"),
        ],
        [[a, b, str(c), str(e), str(c * e)] for a, b, c, e in items],
        s,
        rules=True,
    )
    f.need(110)
    f.y += 6
    bw = min(230.0, w - 2 * m)
    f.page.rect(m, f.y, bw, 52)
    f.page.text(
        m + 4,
        f.y + 10,
        tr(lg, "Plant Passport", "Pflanzenpass", "Passeport phytosanitaire"),
        s.bold,
        7.5,
    )
    f.page.text(
        m + 4,
        f.y + 21,
        "A  "
        + ", ".join(
            rng.sample(
                [
                    "Daucus carota",
                    "Lactuca sativa",
                    "Allium porrum",
                    "Brassica oleracea",
                    "Solanum lycopersicum",
                ],
                2,
            )
        ),
        s.font,
        6.5,
    )
    f.page.text(
        m + 4, f.y + 30, f"B  {tr(lg, 'GB', 'DE', 'FR')}-{serial(rng, '99999')}", s.font, 6.5
    )
    f.page.text(m + 4, f.y + 39, f"C  {serial(rng, '99AA9999')}", s.font, 6.5)
    f.page.text(m + 4, f.y + 48, f"D  {tr(lg, 'GB', 'DE', 'FR')}", s.font, 6.5)
    f.y += 64
    f.page.text(
        m, f.y, tr(lg, "Received in good order", "Ware erhalten", "Marchandise reçue"), s.font, 7.5
    )
    scrawl(f.page, m + 100, f.y + 2, team(rng.choice(["grower", "grower2"])))
    hand(f.page, m + 190, f.y, short(d, home()), 9)
    if rng.random() < 0.5:
        hand(
            f.page,
            m,
            f.y + 18,
            rng.choice(
                [
                    tr(home(), "1 tray short", "1 Kiste fehlt", "1 plaque manquante"),
                    tr(
                        home(), "2 trays damaged - call", "2 Kisten beschädigt", "2 plaques abîmées"
                    ),
                    tr(home(), "leeks small", "Porree klein", "poireaux petits"),
                ]
            ),
            10,
            w - 2 * m,
        )
    remember(d, None, items)
    return close(f.pages, s, h, numbers="none")


COMPOST = {
    "en": [
        "PAS100 green waste compost 0-10 mm",
        "Farmyard manure (cattle, straw-based)",
        "Spent mushroom compost",
        "Woodchip mulch",
    ],
    "de": [
        "Grüngutkompost RAL-GZ 251, 0-15 mm",
        "Rindermist (Strohmist)",
        "Champost (Pilzsubstrat)",
        "Holzhäcksel",
    ],
    "fr": [
        "Compost de déchets verts NF U 44-051",
        "Fumier de bovins pailleux",
        "Compost de champignonnière",
        "Broyat de bois",
    ],
}


def tpl_compost_ticket(rng: random.Random, who: Issuer) -> list[Page]:
    """A compost or manure delivery: the composting site's weighbridge slip, an A5 delivery
    ticket with hand entries, or the neighbouring farm's handwritten note."""
    h = head_of(who, "compost")
    lg = h.lang
    d = some_day(rng)
    kind = keyed(who, "ticket").choice(["slip", "slip", "ticket", "note"])
    if "Milchvieh" in h.name or "GAEC" in h.name or "Farmers" in h.name:
        kind = "note" if rng.random() < 0.6 else "ticket"
    material = rng.choice(COMPOST[lg][:2] if kind == "note" else COMPOST[lg])
    if kind == "slip":
        s = style_of(h, (SLIP[0], rng.choice([150, 170, 190]) * MM), margin=14, pt=8)
        p = Page(s.page_size)
        w, _ = s.page_size
        y = heading(p, s, h)
        tick = serial(rng, "999999")
        gross = round(rng.uniform(18, 32), 2)
        tare = round(rng.uniform(9, 13), 2)
        lines = [
            (tr(lg, "WEIGHBRIDGE TICKET", "WIEGESCHEIN", "TICKET DE PESÉE"), ""),
            (tr(lg, "Ticket", "Nr.", "N°"), tick),
            (tr(lg, "Date", "Datum", "Date"), short(d, lg)),
            (tr(lg, "In", "Ein", "Entrée"), f"{rng.randint(6, 14):02d}:{rng.randint(0, 59):02d}"),
            (
                tr(lg, "Vehicle", "Kennz.", "Immat."),
                serial(rng, {"en": "AA99 AAA", "de": "GÖ-AA 999", "fr": "AA-999-AA"}[lg]),
            ),
            (tr(lg, "Customer", "Kunde", "Client"), office_head().name),
            (tr(lg, "Product", "Material", "Produit"), material),
            ("EWC / AVV", "20 02 01"),
            (tr(lg, "Gross t", "Brutto t", "Brut t"), f"{gross:.2f}"),
            (tr(lg, "Tare t", "Tara t", "Tare t"), f"{tare:.2f}"),
            (tr(lg, "NET t", "NETTO t", "NET t"), f"{gross - tare:.2f}"),
            (tr(lg, "Batch", "Charge", "Lot"), serial(rng, "99/999")),
        ]
        for k, (a, b) in enumerate(lines):
            font = "Courier-Bold" if k in (0, 10) else "Courier"
            p.text(14, y, fit(a, font, 8, w - 28), font, 8)
            if b:
                p.text(w - 14, y, fit(b, "Courier", 8, w * 0.6), "Courier", 8, "right")
            y += 11
        y += 8
        p.text(
            14,
            y,
            tr(lg, "Driver signature", "Unterschrift Fahrer", "Signature chauffeur"),
            "Courier",
            7,
        )
        scrawl(p, 20, y + 22, staff(h, "driver"), 11)
        if rng.random() < 0.5:
            hand(
                p,
                14,
                y + 44,
                tr(home(), "tipped top field", "Oberer Schlag", "déchargé grand champ"),
                9,
                w - 28,
            )
        remember(d)
        return [p]
    if kind == "ticket":
        s = style_of(h, landscape(A5), margin=30, pt=8.5)
        w, _ = s.page_size
        m = 30
        p = Page(s.page_size)
        y = heading(p, s, h)
        p.text(m, y, tr(lg, "Delivery ticket", "Lieferschein", "Bon de livraison"), s.bold, 12)
        p.text(w - m, y, f"No. {serial(rng, '99999')}", s.bold, 10, "right")
        y += 10
        loads = rng.randint(1, 4)
        y = fields(
            p,
            s,
            m,
            y,
            w - 2 * m,
            [
                (tr(lg, "Date", "Datum", "Date"), short(d, home())),
                (tr(lg, "Delivered to", "Lieferadresse", "Livré à"), office_head().name),
                (tr(lg, "Material", "Material", "Produit"), material),
                (tr(lg, "Loads", "Fuhren", "Voyages"), str(loads)),
                (
                    tr(lg, "Quantity (t / m³)", "Menge (t / m³)", "Quantité (t / m³)"),
                    f"{loads * rng.choice([10, 12, 14])} t",
                ),
                (
                    tr(lg, "Tractor / trailer", "Schlepper / Anhänger", "Tracteur / benne"),
                    serial(rng, "AA99 AAA"),
                ),
            ],
            per=3,
            tall=28,
        )
        ticks(
            p,
            s,
            m,
            y + 4,
            w - 2 * m,
            [
                tr(lg, "Spread", "Ausgebracht", "Épandu"),
                tr(lg, "Tipped in heap", "Am Feldrand abgekippt", "Mis en tas"),
                tr(lg, "Organic derogation held", "Ausnahme vorhanden", "Dérogation"),
            ],
            {rng.randint(0, 1)},
        )
        p.text(m, y + 40, tr(lg, "Received by", "Empfangen", "Reçu par"), s.font, 7.5)
        scrawl(p, m + 70, y + 42, team("grower"))
        p.text(w / 2 + 20, y + 40, tr(lg, "Driver", "Fahrer", "Chauffeur"), s.font, 7.5)
        scrawl(p, w / 2 + 70, y + 42, staff(h, "driver"))
        remember(d)
        return [p]
    s = style_of(h, A6, margin=22)
    p = Page(A6)
    w, _ = A6
    y = 34.0
    hand(p, 22, y, short(d, home()), 10)
    y += 22
    loads, tons = rng.randint(2, 6), rng.randint(20, 60)
    t = {
        "en": f"{material} - {loads} trailer loads, approx. {tons} t. Non-organic herd, straw "
        "bedding, no additives. Stored 3 months. Please pay by transfer.",
        "de": f"{material} - {loads} Fuhren, ca. {tons} t. Konventionelle Haltung, Stroh, keine "
        "Zusätze. 3 Monate gelagert. Bitte überweisen.",
        "fr": f"{material} - {loads} bennes, env. {tons} t. Élevage conventionnel, paille, "
        "sans additif. Stocké 3 mois. Merci de régler par virement.",
    }[lg]
    for ln in wrap(t, HAND, 9.5, w - 44):
        hand(p, 22, y, ln, 9.5)
        y += 14
    y += 8
    hand(
        p, 22, y, f"{tr(lg, 'Total', 'Summe', 'Total')}: {cash(rng.randint(4, 16) * 10.0, lg)}", 10
    )
    scrawl(p, 22, y + 30, staff(h, "owner"))
    hand(p, 22, y + 46, h.name, 8.5, w - 44)
    remember(d)
    return [p]


PRODUCE = {
    "en": [
        "Potatoes (Cara)",
        "Onions, brown",
        "Carrots, washed",
        "Apples (Cox)",
        "Pears (Conference)",
        "Bananas (Fairtrade)",
        "Oranges",
        "Mushrooms, chestnut",
        "Garlic",
        "Lemons",
        "Sweet potatoes",
        "Avocados",
    ],
    "de": [
        "Kartoffeln festkochend",
        "Zwiebeln gelb",
        "Möhren gewaschen",
        "Äpfel Topaz",
        "Birnen Conference",
        "Bananen Fairtrade",
        "Orangen",
        "Champignons braun",
        "Knoblauch",
        "Zitronen",
        "Süßkartoffeln",
        "Avocados",
    ],
    "fr": [
        "Pommes de terre Charlotte",
        "Oignons jaunes",
        "Carottes lavées",
        "Pommes Reine des reinettes",
        "Poires Conférence",
        "Bananes équitables",
        "Oranges",
        "Champignons de Paris",
        "Ail",
        "Citrons",
        "Patates douces",
        "Avocats",
    ],
}
ORIGIN = ["UK", "DE", "FR", "NL", "ES", "IT", "DO", "EG", "PE"]


def tpl_wholesale_invoice(rng: random.Random, who: Issuer) -> list[Page]:
    """An invoice for produce the garden buys in from another grower or an organic wholesaler:
    a printed invoice with the deliveries of the week, or a page of a carbon invoice book
    written by hand."""
    h = head_of(who, "grower", abroad=0.12)
    lg = h.lang
    d = some_day(rng)
    small_grower = (
        "Son" in h.name
        or "Hof" in h.name
        or "GAEC" in h.name
        or "EARL" in h.name
        or "Obst" in h.name
    )
    if small_grower and keyed(who, "book").random() < 0.7:
        s = style_of(h, A5, margin=30, pt=8.5)
        w, hh = A5
        p = Page(A5)
        m = 30
        p.text(w / 2, 30, h.name, s.bold, shrink(h.name, s.bold, 12, w - 60), "center")
        p.text(w / 2, 42, fit(f"{h.street}, {h.town}", s.font, 7, w - 60), s.font, 7, "center")
        p.text(m, 64, tr(lg, "INVOICE", "RECHNUNG", "FACTURE"), s.bold, 11)
        p.text(w - m, 64, f"No {rng.randint(100, 999)}", "Courier-Bold", 11, "right")
        p.text(m, 80, tr(lg, "To", "An", "Doit"), s.font, 8)
        hand(p, m + 30, 80, office_head().name, 10, w - 2 * m - 40)
        p.text(m, 96, tr(lg, "Date", "Datum", "Date"), s.font, 8)
        hand(p, m + 30, 96, short(d, lg), 10)
        y = 114.0
        cols = columns(m, w - m, [(1, "right"), (3.6, "left"), (1.2, "right"), (1.3, "right")])
        for c, t in zip(
            cols,
            [
                tr(lg, "Qty", "Menge", "Qté"),
                tr(lg, "Description", "Artikel", "Désignation"),
                tr(lg, "Price", "Preis", "Prix"),
                tr(lg, "Total", "Betrag", "Total"),
            ],
            strict=True,
        ):
            p.text(
                c[0] if c[2] == "left" else c[1],
                y,
                t,
                s.bold,
                8,
                "left" if c[2] == "left" else "right",
            )
        y += 6
        net = 0.0
        for k in range(12):
            p.line(m, y, w - m, y)
            y += 15
            if k < rng.randint(2, 7):
                q = rng.choice([5, 10, 12, 20, 25, 40])
                pr = round(rng.uniform(0.8, 3.5), 2)
                net += q * pr
                hand(p, cols[0][1] - 30, y - 4, f"{q} kg", 9.5)
                hand(
                    p, cols[1][0], y - 4, rng.choice(PRODUCE[lg][:6]), 9.5, cols[1][1] - cols[1][0]
                )
                hand(p, cols[2][1] - 34, y - 4, money(pr, lg), 9.5)
                hand(p, cols[3][1] - 44, y - 4, money(q * pr, lg), 9.5)
        p.line(m, y, w - m, y)
        y += 18
        p.text(cols[2][0], y, tr(lg, "TOTAL", "SUMME", "TOTAL"), s.bold, 9)
        hand(p, cols[3][1] - 50, y, money(net, lg), 10.5)
        y += 22
        p.text(
            m,
            y,
            tr(
                lg,
                "Thank you - cheque or BACS please",
                "Betrag dankend erhalten / bitte überweisen",
                "Règlement par virement, merci",
            ),
            italic_of(s.font),
            7.5,
        )
        p.text(
            w / 2,
            hh - 22,
            tr(lg, "Top copy - customer", "Original - Kunde", "Original - client"),
            s.font,
            6,
            "center",
        )
        remember(d)
        return [p]
    s = style_of(h)
    w, _ = s.page_size
    m = s.margin
    no = serial(rng, rng.choice(["SI-999999", "99999", "RG 25-99999", "FA2599999"]))
    f = sheets(s, h, f"{h.name} - {tr(lg, 'Invoice', 'Rechnung', 'Facture')} {no}")
    recipient(
        f,
        s,
        h,
        office_lines(),
        d,
        [
            (tr(lg, "Invoice", "Rechnung", "Facture"), no),
            (tr(lg, "Account", "Kunden-Nr.", "Client"), serial(keyed(who, "acc"), "BOX999")),
        ],
    )
    caption(f, s, tr(lg, "Sales invoice", "Rechnung", "Facture"), 3)
    rows = []
    net = 0.0
    for _ in range(rng.choice([3, 6, 9, 14, 22, 30, 44])):
        dd = d - timedelta(days=rng.choice([0, 2, 4, 7]))
        q = rng.choice([1, 2, 3, 4, 5, 6, 8, 10])
        unit = (
            rng.choice(["10 kg", "12 kg", "5 kg", "case", "18 x 1 kg"])
            if lg == "en"
            else rng.choice(["10 kg", "12,5 kg", "5 kg", "Kiste", "colis 10 kg"])
        )
        pr = round(rng.uniform(6, 38), 2)
        net += q * pr
        pi = rng.randrange(len(PRODUCE[lg]))
        local = {"en": "UK", "de": "DE", "fr": "FR"}[lg]
        rows.append(
            [
                short(dd, lg)[:5],
                PRODUCE[lg][pi],
                rng.choice(ORIGIN[4:] if pi >= 5 else [local, local, "NL"]),
                rng.choice(["I", "I", "II"]),
                f"{q} x {unit}",
                money(pr, lg),
                money(q * pr, lg),
            ]
        )
    rows.sort(key=lambda r: r[0])
    cols = columns(
        m,
        w - m,
        [
            (0.9, "left"),
            (3.2, "left"),
            (0.7, "center"),
            (0.6, "center"),
            (1.5, "left"),
            (1, "right"),
            (1.1, "right"),
        ],
    )
    table(
        f,
        cols,
        [
            tr(lg, "Date", "Datum", "Date"),
            tr(lg, "Product", "Artikel", "Produit"),
            tr(lg, "Orig.", "Herk.", "Orig."),
            tr(lg, "Cl.", "Kl.", "Cat."),
            tr(lg, "Qty", "Menge", "Qté"),
            tr(lg, "Price", "Preis", "Prix"),
            tr(lg, "Value", "Wert", "Montant"),
        ],
        rows,
        s,
        rules=True,
    )
    totals(
        f,
        s,
        h,
        net,
        vat_rate(lg, food=True),
        tr(
            lg,
            f"All produce certified organic ({organic_code(lg)}). Terms 14 days net.",
            f"Alle Waren aus kontrolliert ökologischem Anbau, {organic_code(lg)}. Zahlbar in 10 "
            "Tagen.",
            f"Produits issus de l'agriculture biologique, {organic_code(lg)}. Paiement à 15 jours.",
        ),
    )
    received(rng, f.pages[0], d)
    remember(d)
    return close(f.pages, s, h)


# ---------------------------------------------------------------------------------------------
# Templates AAAA: the box scheme and its customers
# ---------------------------------------------------------------------------------------------

MAILS = ["gmail.com", "web.de", "orange.fr", "btinternet.com", "posteo.de", "outlook.com"]
BOXES = {
    "en": [
        ("Small veg box", 14.5),
        ("Medium veg box", 19.5),
        ("Large veg box", 25.0),
        ("Fruit bag", 8.0),
    ],
    "de": [
        ("Kleine Kiste", 16.9),
        ("Mittlere Kiste", 22.5),
        ("Große Kiste", 28.9),
        ("Obsttüte", 9.5),
    ],
    "fr": [
        ("Petit panier", 13.0),
        ("Panier moyen", 18.0),
        ("Grand panier", 24.0),
        ("Sachet de fruits", 7.5),
    ],
}
DAYS = {
    "en": ["Tuesday", "Wednesday", "Thursday", "Friday"],
    "de": ["Dienstag", "Mittwoch", "Donnerstag", "Freitag"],
    "fr": ["mardi", "mercredi", "jeudi", "vendredi"],
}
DISLIKES = {
    "en": ["no beetroot", "no celeriac", "no mushrooms", "no kale pls", "fennel", "no aubergine"],
    "de": ["keine Rote Bete", "kein Sellerie", "keine Pilze", "kein Fenchel", "keinen Grünkohl"],
    "fr": ["pas de betterave", "pas de céleri", "pas de fenouil", "pas de chou", "pas de navets"],
}
LEAVE = {
    "en": [
        "in the porch",
        "behind the green bin",
        "with no. 12 next door",
        "garage side door",
        "shed by the gate",
    ],
    "de": [
        "vor der Haustür",
        "in der Garage",
        "bei Nachbarn Nr. 12",
        "im Carport",
        "Gartentor, Box links",
    ],
    "fr": [
        "devant la porte",
        "dans le garage",
        "chez le voisin n° 12",
        "sous l'abri",
        "boîte près du portail",
    ],
}
SCHEME_TERMS = {
    "en": [
        "Your box",
        "Ordering and changes",
        "Holidays and pauses",
        "Delivery",
        "Missing or damaged items",
        "Payment",
        "Returning boxes",
        "Cancelling",
        "Your data",
    ],
    "de": [
        "Ihre Kiste",
        "Bestellung und Änderungen",
        "Urlaubspausen",
        "Lieferung",
        "Reklamationen",
        "Bezahlung",
        "Pfandkisten",
        "Kündigung",
        "Datenschutz",
    ],
    "fr": [
        "Votre panier",
        "Commande et modifications",
        "Absences",
        "Livraison",
        "Réclamations",
        "Paiement",
        "Caisses consignées",
        "Résiliation",
        "Données personnelles",
    ],
}


def creditor_id(lg: str) -> str:
    r = random.Random(zlib.crc32(f"cid/{OFFICE['seed']}".encode()))
    if lg == "de":
        return f"DE{r.randint(10, 99)}ZZZ0000{r.randint(1000000, 9999999)}"
    if lg == "fr":
        return f"FR{r.randint(10, 99)}ZZZ{r.randint(100000, 999999)}"
    return f"{r.randint(100000, 999999)}"


def mandate(p: Page, s: Style, lg: str, y: float, c: Person, ref: str, d: date) -> float:
    """The Direct Debit instruction or SEPA mandate, filled in by hand; the y below."""
    place = f"{c.town.split()[-1]}, " if lg != "en" else ""
    w, _ = p.size
    m = s.margin
    me = office_head()
    if lg == "en":
        y = band(p, s, y, "Instruction to your bank or building society to pay by Direct Debit")
        y += 6
        y = fields(
            p,
            s,
            m,
            y,
            w - 2 * m,
            [
                ("Name(s) of account holder(s)", c.name),
                ("Service user number", creditor_id(lg)),
                ("Bank/building society account number", serial(random.Random(ref), "99999999")),
                ("Branch sort code", serial(random.Random(ref + "s"), "99-99-99")),
                ("Reference", ref),
                (
                    "Name of bank",
                    random.Random(ref).choice(
                        ["Nationwide", "Lloyds", "Barclays", "Monzo", "Triodos"]
                    ),
                ),
            ],
            per=2,
            tall=24,
        )
        for ln in wrap(
            f"Please pay {me.name} Direct Debits from the account detailed in this Instruction "
            "subject to the safeguards assured by the Direct Debit Guarantee. I understand that "
            f"this Instruction may remain with {me.name} and, if so, details will be passed "
            "electronically to my bank/building society.",
            s.font,
            7,
            w - 2 * m,
        ):
            p.text(m, y, ln, s.font, 7)
            y += 8.5
    else:
        y = band(p, s, y, tr(lg, "", "SEPA-Lastschriftmandat", "Mandat de prélèvement SEPA"))
        y += 6
        y = fields(
            p,
            s,
            m,
            y,
            w - 2 * m,
            [
                (tr(lg, "", "Gläubiger-Identifikationsnummer", "ICS"), creditor_id(lg)),
                (tr(lg, "", "Mandatsreferenz", "RUM"), ref),
                (tr(lg, "", "Kontoinhaber/in", "Nom du débiteur"), c.name),
                (
                    tr(lg, "", "Kreditinstitut", "Banque"),
                    random.Random(ref).choice(
                        [
                            "Sparkasse",
                            "Volksbank",
                            "GLS Bank",
                            "Crédit Agricole",
                            "La Banque Postale",
                        ]
                    ),
                ),
                ("IBAN", f"{lg.upper()}{serial(random.Random(ref), '99 9999 9999 9999 9999 99')}"),
                ("BIC", serial(random.Random(ref + "b"), "AAAAAA9A")),
            ],
            per=2,
            tall=24,
        )
        for ln in wrap(
            tr(
                lg,
                "",
                f"Ich ermächtige {me.name}, Zahlungen von meinem Konto mittels Lastschrift "
                "einzuziehen. Zugleich weise ich mein Kreditinstitut an, die auf mein Konto "
                "gezogenen Lastschriften einzulösen. Hinweis: Ich kann innerhalb von acht Wochen, "
                "beginnend mit dem Belastungsdatum, die Erstattung des belasteten Betrages "
                "verlangen.",
                f"En signant ce formulaire de mandat, vous autorisez {me.name} à envoyer des "
                "instructions à votre banque pour débiter votre compte. Vous bénéficiez du droit "
                "d'être remboursé par votre banque dans les huit semaines suivant la date de "
                "débit.",
            ),
            s.font,
            7,
            w - 2 * m,
        ):
            p.text(m, y, ln, s.font, 7)
            y += 8.5
    y += 16
    hand(
        p,
        m,
        y,
        f"{tr(lg, 'Date', 'Ort, Datum', 'Fait à')}: {place}{short(d, lg)}",
        9.5,
    )
    scrawl(p, w / 2, y, c.name)
    p.line(w / 2, y + 4, w - m, y + 4)
    p.text(w / 2, y + 13, tr(lg, "Signature(s)", "Unterschrift", "Signature"), s.font, 6.5)
    return y + 24


def tpl_subscription_form(rng: random.Random, who: Issuer) -> list[Page]:
    """A customer's box scheme sign-up form on the garden's paper, filled in by hand: details,
    box size and frequency, delivery day, where to leave it, dislikes, and the Direct Debit
    instruction or SEPA mandate on the same page or a second; now and then the scheme's terms
    behind."""
    h = office_head()
    lg = h.lang
    size = keyed(who, "form").choice([A4, A4, A5])
    s = style_of(h, size, margin=40 if size == A5 else 0, pt=8.5 if size == A5 else 0)
    w, hh = s.page_size
    m = s.margin
    c = a_customer(rng)
    d = some_day(rng)
    p = Page(s.page_size)
    y = heading(p, s, h)
    title = tr(
        lg, "Veg box sign-up form", "Anmeldung zur Gemüsekiste", "Bulletin d'abonnement aux paniers"
    )
    p.text(m, y, title, s.bold, shrink(title, s.bold, s.size + 5, w - 2 * m))
    y += 12
    p.text(
        m,
        y,
        tr(
            lg,
            "Please complete in BLOCK CAPITALS and hand to the driver or post back to us.",
            "Bitte in Druckbuchstaben ausfüllen und dem Fahrer mitgeben.",
            "Merci de remplir en majuscules et de remettre au livreur.",
        ),
        italic_of(s.font),
        7,
    )
    y += 12
    y = band(p, s, y, tr(lg, "1. Your details", "1. Ihre Angaben", "1. Vos coordonnées"))
    y += 6
    y = fields(
        p,
        s,
        m,
        y,
        w - 2 * m,
        [
            (tr(lg, "Name", "Name, Vorname", "Nom, prénom"), c.name.upper()),
            (
                tr(lg, "Phone", "Telefon", "Téléphone"),
                serial(
                    rng, {"en": "07999 999999", "de": "0179 9999999", "fr": "06 99 99 99 99"}[lg]
                ),
            ),
            (tr(lg, "Address", "Straße, Nr.", "Adresse"), c.lines()[1].upper()),
            (tr(lg, "Town / postcode", "PLZ, Ort", "CP, commune"), c.town.upper()),
            (
                tr(lg, "E-mail", "E-Mail", "Courriel"),
                f"{c.first.lower()}.{c.last.lower()[:6]}@{rng.choice(MAILS)}",
            ),
            (
                tr(lg, "Start date", "Start ab", "Début"),
                short(d + timedelta(days=rng.randint(3, 12)), lg),
            ),
        ],
        per=2,
        tall=24 if size == A4 else 22,
    )
    y = band(p, s, y, tr(lg, "2. Your box", "2. Ihre Kiste", "2. Votre panier"))
    y += 12
    pick = rng.randrange(3)
    labels = [f"{n} {cash(v, lg)}" for n, v in BOXES[lg]]
    y = ticks(p, s, m, y, w - 2 * m, labels, {pick} | ({3} if rng.random() < 0.3 else set()))
    y = ticks(
        p,
        s,
        m,
        y,
        w - 2 * m,
        [
            tr(lg, "weekly", "wöchentlich", "chaque semaine"),
            tr(lg, "fortnightly", "14-tägig", "tous les 15 jours"),
        ],
        {rng.randint(0, 1)},
    )
    y = ticks(p, s, m, y, w - 2 * m, DAYS[lg], {rng.randrange(4)})
    p.text(
        m,
        y,
        tr(lg, "Where shall we leave your box?", "Abstellort", "Où déposer le panier ?"),
        s.font,
        7.5,
    )
    hand(p, m + 150, y, rng.choice(LEAVE[lg]), 10, w - 2 * m - 150)
    y += 16
    p.text(
        m,
        y,
        tr(lg, "Dislikes (up to 3)", "Das mag ich nicht (max. 3)", "Je n'aime pas (3 max.)"),
        s.font,
        7.5,
    )
    hand(
        p,
        m + 150,
        y,
        ", ".join(rng.sample(DISLIKES[lg], rng.randint(0, 3))) or "-",
        10,
        w - 2 * m - 150,
    )
    y += 16
    if size == A4:
        p.text(
            m,
            y,
            tr(
                lg,
                "How did you hear about us?",
                "Wie haben Sie von uns erfahren?",
                "Comment nous avez-vous connus ?",
            ),
            s.font,
            7.5,
        )
        y += 12
        y = ticks(
            p,
            s,
            m,
            y,
            w - 2 * m,
            [
                tr(lg, "Friend", "Freunde", "Bouche-à-oreille"),
                tr(lg, "Market stall", "Wochenmarkt", "Marché"),
                tr(lg, "Website", "Internet", "Site web"),
                tr(lg, "Leaflet", "Flyer", "Prospectus"),
            ],
            {rng.randrange(4)},
        )
    ref = f"{c.ref}-{rng.randint(10, 99)}"
    pages = [p]
    if size == A4 and y < hh - 300 and rng.random() < 0.7:
        y += 4
        mandate(p, s, lg, y, c, ref, d)
    else:
        y += 10
        p.text(m, y, tr(lg, "Signature", "Unterschrift", "Signature"), s.font, 7.5)
        scrawl(p, m + 60, y + 2, c.name)
        hand(p, w / 2 + 20, y, short(d, lg), 9.5)
        q = Page(s.page_size)
        yy = heading(q, s, h) if rng.random() < 0.5 else m
        mandate(q, s, lg, yy, c, ref, d)
        pages.append(q)
    if keyed(who, "terms").random() < 0.35:
        pages.append(
            small_print(
                rng,
                s,
                h,
                tr(
                    lg,
                    "How our box scheme works - terms",
                    "So funktioniert die Abokiste - AGB",
                    "Conditions de l'abonnement",
                ),
                SCHEME_TERMS[lg],
                "box",
            )
        )
    note(
        rng,
        pages[0],
        rng.choice(
            [
                tr(lg, "entered", "angelegt", "saisi") + f" {short(d + timedelta(days=1), lg)[:5]}",
                f"{tr(lg, 'Rd', 'Tour', 'T.')} {rng.randint(1, 4)}",
            ]
        ),
        0.5,
    )
    LAST["cust"] = c
    remember(d, c, (ref, BOXES[lg][pick]))
    return close(pages, s, h, numbers="none")


def tpl_dd_confirmation(rng: random.Random, who: Issuer) -> list[Page]:
    """The garden's letter confirming a customer's Direct Debit or SEPA mandate (advance notice
    / pre-notification) with the collection schedule, the Direct Debit Guarantee in England."""
    h = office_head()
    lg = h.lang
    s = style_of(h)
    w = s.page_size[0]
    m = s.margin
    c = customer_for(rng, ("subscription_form",))
    extra = LAST["extra"] if after(("subscription_form",)) else None
    if isinstance(extra, tuple):
        ref, (bname, bprice) = extra
    else:
        ref = f"{c.ref}-{rng.randint(10, 99)}"
        bname, bprice = rng.choice(BOXES[lg][:3])
    d = last_day(rng, ("subscription_form",), (1, 5))
    f = sheets(s, h)
    recipient(f, s, h, c.lines(), d, [(tr(lg, "Customer no.", "Kunden-Nr.", "N° client"), c.ref)])
    caption(
        f,
        s,
        tr(
            lg,
            "Confirmation of your Direct Debit Instruction",
            "Bestätigung Ihres SEPA-Lastschriftmandats und Vorabankündigung",
            "Confirmation de votre mandat de prélèvement SEPA",
        ),
        1,
    )
    f.page.text(m, f.y, dear(lg, titled(c.name, lg)), s.font, s.size)
    f.y += s.size * 2
    per_month = round(bprice * rng.choice([4, 4.33, 2.17]), 2)
    write(
        f,
        s,
        tr(
            lg,
            "Thank you for joining our veg box scheme. We confirm the details of your Direct "
            f"Debit Instruction below. Your {bname.lower()} costs {cash(bprice, lg)} per "
            "delivery; we collect monthly in arrears.",
            "vielen Dank für Ihre Anmeldung zur Gemüsekiste. Hiermit bestätigen wir Ihr "
            f"SEPA-Lastschriftmandat. Ihre {bname} kostet {cash(bprice, lg)} je Lieferung; wir "
            "ziehen den Betrag monatlich ein.",
            "Merci pour votre abonnement. Nous vous confirmons votre mandat de prélèvement SEPA. "
            f"Votre {bname.lower()} coûte {cash(bprice, lg)} par livraison ; le prélèvement est "
            "mensuel.",
        ),
    )
    f.y = (
        pairs(
            f.page,
            s,
            m + 20,
            f.y,
            [
                (tr(lg, "Service user number", "Gläubiger-ID", "ICS"), creditor_id(lg)),
                (tr(lg, "Reference", "Mandatsreferenz", "RUM"), ref),
                (
                    tr(lg, "Account", "IBAN", "IBAN"),
                    tr(
                        lg,
                        "**** " + serial(rng, "9999"),
                        f"DE** **** **** **** **{serial(rng, '99')} {serial(rng, '99')}",
                        f"FR76 **** **** **** ***{serial(rng, '9')} {serial(rng, '999')}",
                    ),
                ),
            ],
            w - m - 120,
        )
        + 8
    )
    first = date(d.year + (d.month == 12), d.month % 12 + 1, rng.choice([1, 5, 15]))
    rows = []
    for k in range(3):
        dd = date(
            first.year + (first.month + k - 1) // 12, (first.month + k - 1) % 12 + 1, first.day
        )
        rows.append(
            [short(dd, lg), cash(per_month if k else round(per_month * rng.uniform(0.4, 1), 2), lg)]
        )
    cols = columns(m + 20, w / 2 + 60, [(1, "left"), (1, "right")])
    table(
        f,
        cols,
        [
            tr(lg, "Collection date", "Einzugsdatum", "Date de prélèvement"),
            tr(lg, "Amount", "Betrag", "Montant"),
        ],
        rows,
        s,
    )
    f.y += 4
    write(
        f,
        s,
        tr(
            lg,
            "If any of these details are wrong, please let us know straight away. You can pause "
            "your box for holidays by phone or e-mail by Sunday evening.",
            "Sollten die Angaben nicht stimmen, melden Sie sich bitte. Urlaubspausen bitte bis "
            "Sonntagabend mitteilen.",
            "Si ces informations sont inexactes, merci de nous contacter. Pour suspendre vos "
            "paniers, prévenez-nous avant dimanche soir.",
        ),
    )
    regards(
        f, s, lg, team("office"), tr(lg, "Box scheme office", "Büro Abokiste", "Bureau des paniers")
    )
    if lg == "en":
        f.need(120)
        f.y += 6
        y0 = f.y
        lines = wrap(
            "This Guarantee is offered by all banks and building societies that accept "
            "instructions to pay Direct Debits. If there are any changes to the amount, date or "
            "frequency of your Direct Debit we will notify you 10 working days in advance. If an "
            "error is made in the payment of your Direct Debit you are entitled to a full and "
            "immediate refund of the amount paid from your bank or building society. You can "
            "cancel a Direct Debit at any time by simply contacting your bank.",
            s.font,
            7,
            w - 2 * m - 16,
        )
        f.page.rect(m, y0 - 4, w - 2 * m, 22 + 8.5 * len(lines))
        f.page.text(m + 8, y0 + 8, "The Direct Debit Guarantee", s.bold, 8.5)
        yy = y0 + 20
        for ln in lines:
            f.page.text(m + 8, yy, ln, s.font, 7)
            yy += 8.5
        f.y = yy + 8
    remember(d, c)
    return close(f.pages, s, h, numbers="none")


VAN_REG = {"en": "AA69 AAA", "de": "MS-AA 999E", "fr": "AA-999-AA"}
AREAS = {
    "en": ["North", "Town", "Valley", "East villages", "Moor"],
    "de": ["Nord", "Stadt", "Tal", "Ost", "Dörfer West"],
    "fr": ["Nord", "Ville", "Vallée", "Est", "Villages"],
}
EXTRAS = {
    "en": ["6 eggs", "bread", "apple juice", "milk 2 l", "oat milk", "honey", "+ fruit", ""],
    "de": ["6 Eier", "Brot", "Apfelsaft", "Milch 2 l", "Käse", "Honig", "+ Obst", ""],
    "fr": ["6 oeufs", "pain", "jus de pomme", "lait 2 l", "fromage", "miel", "+ fruits", ""],
}


def tpl_round_sheet(rng: random.Random, who: Issuer) -> list[Page]:
    """The garden's delivery round sheet on landscape A4: the stops with boxes, extras and
    access notes, ticked off by the driver with times, the van and mileage at the end."""
    h = office_head()
    lg = h.lang
    s = style_of(h, landscape(A4), margin=36, pt=8.5)
    w = s.page_size[0]
    m = 36
    d = some_day(rng)
    wd = rng.randrange(4)
    rnd = keyed(who, "round").randint(1, 4)
    area = AREAS[lg][rnd % len(AREAS[lg])]
    title = (
        f"{tr(lg, 'Delivery round', 'Liefertour', 'Tournée')} {rnd} - {area} - "
        f"{DAYS[lg][wd]} {short(d, lg)}"
    )
    f = plain_sheets(s, title)
    f.page.text(m, f.y + 4, title, s.bold, 13)
    f.page.text(w - m, f.y + 4, h.name, s.font, 8, "right")
    f.y += 20
    f.page.text(
        m,
        f.y,
        f"{tr(lg, 'Driver', 'Fahrer/in', 'Livreur')}: {team('driver')}     "
        f"{tr(lg, 'Van', 'Fahrzeug', 'Véhicule')}: "
        f"{serial(keyed(who, 'van'), VAN_REG[lg])}     "
        f"{tr(lg, 'Packed by', 'Gepackt', 'Préparé par')}: {team('packer')}",
        s.font,
        8.5,
    )
    f.y += 18
    n = rng.choice([12, 18, 24, 31, 38, 46])
    rows = []
    t = rng.randint(8, 10) * 60
    for k in range(n):
        c = a_customer(rng)
        t += rng.randint(4, 14)
        done = rng.random() < 0.93
        rows.append(
            [
                str(k + 1),
                c.name,
                f"{c.lines()[1]}, {c.town}",
                rng.choice(["S", "M", "M", "L", "F", "M+F"]),
                rng.choice(EXTRAS[lg]),
                rng.choice(LEAVE[lg] + ["", "", ""]),
                f"{t // 60:02d}:{t % 60:02d}" if done else "",
                "X" if done else rng.choice(["-", tr(lg, "no access", "nicht da", "absent")]),
            ]
        )
    cols = columns(
        m,
        w - m,
        [
            (0.4, "left"),
            (2.1, "left"),
            (3.6, "left"),
            (0.6, "center"),
            (1.4, "left"),
            (2.4, "left"),
            (0.8, "center"),
            (1.1, "center"),
        ],
    )
    grid(
        f,
        s,
        cols,
        [
            "#",
            tr(lg, "Customer", "Kunde", "Client"),
            tr(lg, "Address", "Adresse", "Adresse"),
            tr(lg, "Box", "Kiste", "Panier"),
            tr(lg, "Extras", "Extras", "Extras"),
            tr(lg, "Access / notes", "Abstellort / Hinweis", "Accès / remarques"),
            tr(lg, "Time", "Zeit", "Heure"),
            tr(lg, "Done", "Erl.", "Fait"),
        ],
        rows,
        {6, 7},
        size=8,
        step=2.1,
    )
    f.need(60)
    f.y += 14
    f.page.text(
        m,
        f.y,
        f"{tr(lg, 'Boxes out', 'Kisten raus', 'Paniers sortis')}: {n}    "
        f"{tr(lg, 'Empty crates back', 'Leergut zurück', 'Caisses vides retour')}:",
        s.font,
        8.5,
    )
    hand(f.page, m + 210, f.y, str(rng.randint(n // 2, n)), 10)
    f.page.text(
        m + 260,
        f.y,
        f"{tr(lg, 'Mileage start / end', 'km Start / Ende', 'Km départ / arrivée')}:",
        s.font,
        8.5,
    )
    km = rng.randint(20000, 90000)
    hand(f.page, m + 380, f.y, f"{km} / {km + rng.randint(40, 140)}", 10)
    scrawl(f.page, w - m - 120, f.y + 2, team("driver"))
    pages = f.pages
    number_pages(
        pages,
        s,
        rng.choice(["Page {i} of {n}", "{i}/{n}", "none"])
        if lg == "en"
        else rng.choice(["Seite {i} von {n}", "{i}/{n}", "none"])
        if lg == "de"
        else rng.choice(["Page {i}/{n}", "none"]),
        "br",
        bottom=18,
    )
    remember(d)
    return pages


MISSING = {
    "en": ["the leeks", "the eggs", "the fruit bag", "the bread", "the potatoes", "the salad bag"],
    "de": ["der Porree", "die Eier", "die Obsttüte", "das Brot", "die Kartoffeln", "der Salat"],
    "fr": [
        "les poireaux",
        "les oeufs",
        "le sachet de fruits",
        "le pain",
        "les pommes de terre",
        "la salade",
    ],
}
POOR = {
    "en": [
        "the carrots were soft",
        "the lettuce was slimy",
        "two courgettes were mouldy",
        "the apples were bruised",
    ],
    "de": [
        "die Möhren waren weich",
        "der Salat war matschig",
        "zwei Zucchini waren schimmelig",
        "die Äpfel hatten Druckstellen",
    ],
    "fr": [
        "les carottes étaient molles",
        "la salade était abîmée",
        "deux courgettes étaient moisies",
        "les pommes étaient tapées",
    ],
}


def tpl_complaint(rng: random.Random, who: Issuer) -> list[Page]:
    """A customer's complaint about a box: a handwritten note card, a printed e-mail or a short
    typed letter."""
    lg = home()
    c = a_customer(rng)
    d = some_day(rng)
    box_day = d - timedelta(days=rng.randint(1, 4))
    miss = rng.choice(MISSING[lg])
    poor = rng.choice(POOR[lg])
    text = tr(
        lg,
        f"Our box on {short(box_day, lg)} arrived without {miss} and {poor}. This is the second "
        "time this month. Could you credit our account or add them next week? Also please "
        "remember we asked for no beetroot.",
        f"in unserer Kiste vom {short(box_day, lg)} fehlte {miss}, und {poor}. Das ist schon das "
        "zweite Mal in diesem Monat. Können Sie uns das gutschreiben oder nächste Woche "
        "nachliefern? Außerdem hatten wir um keine Rote Bete gebeten.",
        f"Dans notre panier du {short(box_day, lg)} il manquait {miss} et {poor}. C'est la "
        "deuxième fois ce mois-ci. Pouvez-vous nous faire un avoir ou compléter la semaine "
        "prochaine ? Nous avions aussi demandé pas de betterave.",
    )
    kind = rng.choice(["card", "mail", "mail", "letter"])
    if kind == "card":
        size = rng.choice([A6, landscape(A6), A5])
        p = Page(size)
        w = size[0]
        y = 36.0
        hand(p, w - 110, y, short(d, lg), 9.5)
        y += 24
        hand(p, 24, y, tr(lg, "Hello,", "Hallo,", "Bonjour,"), 10.5)
        y += 18
        for ln in wrap(text[0].upper() + text[1:], HAND, 10, w - 48):
            hand(p, 24, y, ln, 10)
            y += 15
        y += 6
        hand(p, 24, y, tr(lg, "Thanks,", "Viele Grüße", "Merci,"), 10)
        hand(p, 24, y + 16, f"{c.first} ({c.lines()[1]})", 10, w - 48)
        LAST["cust"] = c
        remember(d, c, (box_day, miss))
        return [p]
    if kind == "mail":
        s = Style("Helvetica", "Helvetica-Bold", 9.5, 54, "none", "bottom", A4, "short")
        w, _ = A4
        m = 54
        f = plain_sheets(s)
        f.page.text(
            m,
            30,
            fit(
                f"{office_head().mail or 'office'} - {tr(lg, 'Mail', 'Mail', 'Messagerie')}",
                "Helvetica",
                7,
                300,
            ),
            "Helvetica",
            7,
        )
        f.page.text(
            w - m,
            30,
            f"{short(d, lg)} {rng.randint(7, 21):02d}:{rng.randint(0, 59):02d}",
            "Helvetica",
            7,
            "right",
        )
        f.y = 60
        subj = tr(
            lg,
            f"Box {short(box_day, lg)} - missing items",
            f"Kiste vom {short(box_day, lg)} - fehlende Artikel",
            f"Panier du {short(box_day, lg)} - articles manquants",
        )
        for a, b in [
            (
                tr(lg, "From", "Von", "De"),
                f"{c.name} <{c.first.lower()}.{c.last.lower()[:6]}@{rng.choice(MAILS)}>",
            ),
            (tr(lg, "To", "An", "À"), office_head().mail or "office"),
            (tr(lg, "Date", "Datum", "Date"), day(office_head(), d)),
            (tr(lg, "Subject", "Betreff", "Objet"), subj),
        ]:
            f.page.text(m, f.y, f"{a}:", "Helvetica-Bold", 9)
            f.page.text(m + 60, f.y, fit(b, "Helvetica", 9, w - 2 * m - 60), "Helvetica", 9)
            f.y += 13
        f.page.line(m, f.y, w - m, f.y)
        f.y += 18
        write(f, s, tr(lg, "Hi,", "Hallo zusammen,", "Bonjour,"))
        write(f, s, text[0].upper() + text[1:])
        write(
            f,
            s,
            tr(
                lg,
                f"Thanks, {c.first}",
                f"Danke und viele Grüße, {c.first} {c.last}",
                f"Merci, {c.first}",
            ),
        )
        if rng.random() < 0.4:
            f.page.text(
                m,
                f.y,
                tr(lg, "Sent from my iPhone", "Von meinem iPhone gesendet", "Envoyé de mon iPhone"),
                "Helvetica",
                8,
            )
            f.y += 14
        if rng.random() < 0.3:
            f.y += 8
            f.page.text(
                m,
                f.y,
                f"> {tr(lg, 'Your box this week', 'Ihre Kiste diese Woche', 'Votre panier')}:",
                "Helvetica",
                8,
            )
            f.y += 11
            for k in rng.sample(range(len(CROPS)), 6):
                f.page.text(m + 8, f.y, f"> - {crop(k, lg)}", "Helvetica", 8)
                f.y += 10
        number_pages(f.pages, s, "{i}/{n}", "br", bottom=18)
        LAST["cust"] = c
        remember(d, c, (box_day, miss))
        return f.pages
    s = Style("Times-Roman", "Times-Bold", 11, 64, "none", "bottom", A4, "long")
    w, _ = A4
    m = 64
    f = plain_sheets(s)
    yy = 60.0
    for ln in [c.name, *c.lines()[1:]]:
        f.page.text(w - m, yy, ln, "Times-Roman", 10, "right")
        yy += 13
    f.page.text(w - m, yy + 8, date_long(d, lg), "Times-Roman", 10, "right")
    f.y = yy + 40
    for ln in office_lines():
        f.page.text(m, f.y, ln, "Times-Roman", 11)
        f.y += 14
    f.y += 20
    write(f, s, dear(lg, None))
    write(f, s, text[0].upper() + text[1:])
    write(f, s, prose(rng, lg, "box", 1, 2))
    f.y += 10
    write(f, s, tr(lg, "Yours faithfully,", "Mit freundlichen Grüßen", "Cordialement,"))
    f.y += 20
    scrawl(f.page, m, f.y, c.name)
    f.y += 16
    write(f, s, c.name)
    LAST["cust"] = c
    remember(d, c, (box_day, miss))
    return f.pages


def date_long(d: date, lg: str) -> str:
    return day(office_head(), d) if lg != "en" else date_text(d, "en", "long")


def tpl_complaint_reply(rng: random.Random, who: Issuer) -> list[Page]:
    """The garden's reply to a complaint: apology, what went wrong, the credit, and a voucher
    on a tear-off strip or a credit note page."""
    h = office_head()
    lg = h.lang
    s = style_of(h)
    w, hh = s.page_size
    m = s.margin
    c = customer_for(rng, ("complaint",))
    extra = LAST["extra"] if after(("complaint",)) else None
    if isinstance(extra, tuple):
        box_day, miss = extra
    else:
        box_day, miss = some_day(rng), rng.choice(MISSING[lg])
    d = last_day(rng, ("complaint",), (1, 4))
    credit = round(rng.uniform(2.5, 9.5), 2)
    f = sheets(s, h)
    recipient(f, s, h, c.lines(), d, [(tr(lg, "Customer no.", "Kunden-Nr.", "N° client"), c.ref)])
    caption(
        f,
        s,
        tr(
            lg,
            f"Your box of {short(box_day, lg)}",
            f"Ihre Kiste vom {short(box_day, lg)}",
            f"Votre panier du {short(box_day, lg)}",
        ),
        1,
    )
    f.page.text(m, f.y, dear(lg, titled(c.name, lg)), s.font, s.size)
    f.y += s.size * 2
    write(
        f,
        s,
        tr(
            lg,
            f"Thank you for letting us know, and I am sorry that {miss} did not reach you. We "
            "checked the packing list for your round and found that a crate was left on the "
            "packing bench.",
            f"vielen Dank für Ihre Nachricht. Es tut uns leid, dass {miss} gefehlt hat. Beim "
            "Packen ist eine Kiste auf dem Packtisch stehen geblieben.",
            f"Merci de nous avoir prévenus ; nous sommes désolés que {miss} n'ait pas été livré. "
            "Une caisse est restée sur la table de conditionnement.",
        ),
    )
    write(f, s, prose(rng, lg, "box", 1, 3))
    write(
        f,
        s,
        tr(
            lg,
            f"We have credited {cash(credit, lg)} to your account; it will show on your next "
            "statement.",
            f"Wir haben Ihnen {cash(credit, lg)} gutgeschrieben; der Betrag wird mit der nächsten "
            "Abbuchung verrechnet.",
            f"Nous avons crédité {cash(credit, lg)} sur votre compte ; il sera déduit du prochain "
            "prélèvement.",
        ),
    )
    regards(f, s, lg, team("office"), tr(lg, "Box scheme office", "Abokiste", "Service clients"))
    pages = f.pages
    if rng.random() < 0.5:
        f.need(110)
        y = max(f.y + 10, hh - s.margin - 120)
        if y + 100 < hh:
            slip_rule(f.page, m, w - m, y, tr(lg, "cut here", "hier abtrennen", "découper ici"))
            f.page.rect(m + 20, y + 14, w - 2 * m - 40, 70)
            f.page.text(
                w / 2, y + 32, tr(lg, "VOUCHER", "GUTSCHEIN", "BON D'ACHAT"), s.bold, 14, "center"
            )
            f.page.text(
                w / 2,
                y + 50,
                tr(
                    lg,
                    f"worth {cash(credit + 2, lg)} at our farm shop",
                    f"über {cash(credit + 2, lg)} in unserem Hofladen",
                    f"d'une valeur de {cash(credit + 2, lg)} à la boutique",
                ),
                s.font,
                9,
                "center",
            )
            f.page.text(
                w / 2,
                y + 64,
                f"No. {serial(rng, '9999')} - "
                f"{tr(lg, 'valid until', 'gültig bis', 'valable jusqu au')} "
                f"{short(d + timedelta(days=90), lg)}",
                s.font,
                7.5,
                "center",
            )
    elif rng.random() < 0.4:
        q = Page(s.page_size)
        y = heading(q, s, h)
        q.text(m, y, tr(lg, "CREDIT NOTE", "GUTSCHRIFT", "AVOIR"), s.bold, 14)
        y = pairs(
            q,
            s,
            m,
            y + 20,
            [
                (tr(lg, "Credit note no.", "Gutschrift-Nr.", "Avoir n°"), serial(rng, "CN9999")),
                (tr(lg, "Customer", "Kunde", "Client"), c.name),
                (tr(lg, "Date", "Datum", "Date"), short(d, lg)),
            ],
            w / 2,
        )
        y += 10
        cols = columns(m, w - m, [(5, "left"), (1, "right")])
        for k, (a, b) in enumerate(
            [
                (
                    tr(lg, "Description", "Beschreibung", "Désignation"),
                    tr(lg, "Amount", "Betrag", "Montant"),
                ),
                (f"{miss} - {short(box_day, lg)}", cash(credit, lg)),
            ]
        ):
            font = s.bold if k == 0 else s.font
            q.text(cols[0][0], y, a, font, s.size)
            q.text(cols[1][1], y, b, font, s.size, "right")
            y += 16
        q.line(m, y - 10, w - m, y - 10)
        pages.append(q)
    remember(d, c)
    return close(pages, s, h, numbers="none")


# ---------------------------------------------------------------------------------------------
# Templates AAAA: vans, fuel, tunnels and water
# ---------------------------------------------------------------------------------------------

VANS = [
    "Ford Transit Custom 2.0 TDCi",
    "Renault Kangoo E-Tech",
    "VW Crafter 35 TDI",
    "Citroën e-Berlingo",
    "Peugeot Partner 1.5 BlueHDi",
    "Fiat Ducato 35 MH2",
]


def tpl_van_lease_invoice(rng: random.Random, who: Issuer) -> list[Page]:
    """The van leasing company's monthly invoice: agreement, vehicle, period, rental and
    maintenance, the collection date; now and then a mileage statement page."""
    h = head_of(who, "leasing")
    lg = h.lang
    s = style_of(h)
    w = s.page_size[0]
    m = s.margin
    d = some_day(rng)
    r = keyed(who, "van")
    van = VANS[rng.randrange(len(VANS))] if rng.random() < 0.5 else r.choice(VANS)
    reg = serial(rng, {"en": "AA71 AAA", "de": "AA-AA 999", "fr": "AA-999-AA"}[lg])
    agreement = serial(r, "99999999")
    no = serial(rng, "99999999")
    f = sheets(s, h, f"{h.name} - {tr(lg, 'Invoice', 'Rechnung', 'Facture')} {no}")
    recipient(
        f,
        s,
        h,
        office_lines(tr(lg, "Accounts", "Buchhaltung", "Comptabilité")),
        d,
        [
            (tr(lg, "Invoice no.", "Rechnungs-Nr.", "Facture n°"), no),
            (tr(lg, "Agreement", "Vertrags-Nr.", "Contrat"), agreement),
            (tr(lg, "Customer", "Kunden-Nr.", "Client"), serial(r, "C99999")),
        ],
    )
    caption(
        f,
        s,
        tr(lg, "Contract hire invoice", "Leasingrechnung", "Facture de location longue durée"),
        2,
    )
    first = date(d.year, d.month, 1)
    period = f"{short(first, lg)} - {short(first + timedelta(days=29), lg)}"
    f.y = fields(
        f.page,
        s,
        m,
        f.y,
        w - 2 * m,
        [
            (tr(lg, "Vehicle", "Fahrzeug", "Véhicule"), van),
            (tr(lg, "Registration", "Kennzeichen", "Immatriculation"), reg),
            (tr(lg, "Period", "Zeitraum", "Période"), period),
            (
                tr(lg, "Contract mileage", "Vertragslaufleistung", "Kilométrage contractuel"),
                f"{r.choice([15, 20, 25, 30])}.000 km"
                if lg != "en"
                else f"{r.choice([10, 12, 15])},000 miles p.a.",
            ),
        ],
        per=2,
        tall=24,
        hand=False,
    )
    rent = round(r.uniform(240, 520), 2)
    lines: list[tuple[str, str, float]] = [
        (tr(lg, "Monthly rental", "Leasingrate", "Loyer mensuel"), period, rent)
    ]
    if r.random() < 0.6:
        lines.append(
            (
                tr(lg, "Maintenance package", "Wartung und Verschleiß", "Forfait entretien"),
                period,
                round(r.uniform(35, 80), 2),
            )
        )
    if rng.random() < 0.2:
        lines.append(
            (
                tr(
                    lg,
                    "Admin fee - penalty charge notice",
                    "Bearbeitungsgebühr Bußgeld",
                    "Frais de gestion amende",
                ),
                serial(rng, "AA99999999"),
                25.0,
            )
        )
    excess = rng.random() < 0.25
    if excess:
        lines.append(
            (
                tr(lg, "Excess mileage", "Mehrkilometer", "Kilomètres supplémentaires"),
                tr(lg, "see statement", "siehe Anlage", "voir relevé"),
                round(rng.uniform(30, 260), 2),
            )
        )
    net = sum(v for _, _, v in lines)
    cols = columns(m, w - m, [(3.4, "left"), (2.4, "left"), (1.2, "right")])
    table(
        f,
        cols,
        [
            tr(lg, "Description", "Beschreibung", "Désignation"),
            tr(lg, "Period / ref.", "Zeitraum / Ref.", "Période / réf."),
            tr(lg, "Net", "Netto", "HT"),
        ],
        [[a, b, money(v, lg)] for a, b, v in lines],
        s,
        rules=True,
    )
    totals(
        f,
        s,
        h,
        net,
        vat_rate(lg),
        tr(
            lg,
            "This amount will be collected by Direct Debit on or after "
            f"{short(first + timedelta(days=rng.randint(4, 14)), lg)}.",
            f"Der Betrag wird am {short(first + timedelta(days=rng.randint(4, 14)), lg)} per "
            "SEPA-Lastschrift eingezogen.",
            f"Ce montant sera prélevé le {short(first + timedelta(days=rng.randint(4, 14)), lg)}.",
        ),
    )
    pages = f.pages
    if excess:
        g = sheets(
            s,
            h,
            f"{tr(lg, 'Mileage statement', 'Kilometerabrechnung', 'Relevé kilométrique')} - "
            f"{agreement}",
            top=rng.random() < 0.5,
        )
        caption(g, s, tr(lg, "Mileage statement", "Kilometerabrechnung", "Relevé kilométrique"), 2)
        rows = []
        km = rng.randint(5000, 20000)
        for k in range(rng.randint(6, 12)):
            km += rng.randint(900, 2600)
            rows.append(
                [
                    short(first - timedelta(days=30 * (12 - k)), lg),
                    f"{km:,}".replace(",", "." if lg == "de" else " " if lg == "fr" else ","),
                    rng.choice(
                        [
                            tr(lg, "service", "Inspektion", "révision"),
                            tr(lg, "telematics", "Telematik", "télématique"),
                            tr(lg, "driver reading", "Fahrermeldung", "relevé client"),
                        ]
                    ),
                ]
            )
        table(
            g,
            columns(m, w - m, [(1.4, "left"), (1.2, "right"), (3, "left")]),
            [
                tr(lg, "Date", "Datum", "Date"),
                tr(lg, "Odometer", "Kilometerstand", "Compteur"),
                tr(lg, "Source", "Quelle", "Source"),
            ],
            rows,
            s,
            rules=True,
        )
        write(g, s, prose(rng, lg, "money", 1, 2), s.size - 1)
        pages += g.pages
    received(rng, pages[0], d, 0.2)
    remember(d)
    return close(pages, s, h, numbers="none" if len(pages) == 1 else h.numbers)


FUELS = {
    "en": [("Gas oil (red diesel) - rebated", 0.74), ("Kerosene 28 sec", 0.62)],
    "de": [("Dieselkraftstoff (Agrardiesel)", 1.49), ("Heizöl EL schwefelarm", 0.98)],
    "fr": [("GNR - gazole non routier", 1.12), ("Fioul domestique", 1.04)],
}


def tpl_fuel_delivery(rng: random.Random, who: Issuer) -> list[Page]:
    """A fuel distributor's invoice for a delivery into the farm tank, often with the tanker's
    metered delivery ticket (a narrow slip) behind."""
    h = head_of(who, "fuel")
    lg = h.lang
    s = style_of(h, keyed(who, "size").choice([A4, A4, A5]))
    w = s.page_size[0]
    m = s.margin if w > 500 else 34
    s = paper(s, s.page_size, margin=m)
    d = some_day(rng)
    fuel, ppl = FUELS[lg][0 if rng.random() < 0.75 else 1]
    ppl = round(ppl * rng.uniform(0.92, 1.1), 4)
    litres = rng.choice([500, 800, 1000, 1200, 1500, 2000]) + rng.randint(-30, 30)
    no = serial(rng, "99999999")
    f = sheets(s, h, f"{h.name} - {no}")
    recipient(
        f,
        s,
        h,
        office_lines(),
        d,
        [
            (tr(lg, "Invoice", "Rechnung", "Facture"), no),
            (tr(lg, "Account", "Kunden-Nr.", "Compte"), serial(keyed(who, "acc"), "999999")),
        ],
    )
    caption(f, s, tr(lg, "Delivery invoice", "Rechnung", "Facture de livraison"), 2)
    net = round(litres * ppl, 2)
    rows = [
        [
            short(d, lg),
            fuel,
            f"{litres:,} l".replace(",", "." if lg == "de" else " " if lg == "fr" else ","),
            money(ppl, lg),
            money(net, lg),
        ]
    ]
    table(
        f,
        columns(m, w - m, [(1, "left"), (3.2, "left"), (1, "right"), (1, "right"), (1.1, "right")]),
        [
            tr(lg, "Date", "Datum", "Date"),
            tr(lg, "Product", "Produkt", "Produit"),
            tr(lg, "Litres", "Liter", "Litres"),
            tr(lg, "per litre", "je Liter", "prix/l"),
            tr(lg, "Net", "Netto", "HT"),
        ],
        rows,
        s,
        rules=True,
    )
    totals(
        f,
        s,
        h,
        net,
        {"en": 5.0 if "Kerosene" in fuel else 20.0, "de": 19.0, "fr": 20.0}[lg],
        tr(
            lg,
            "Rebated fuel: not for use as road fuel. Agricultural use declared by the customer.",
            "Hinweis: Für die Agrardieselvergütung bewahren Sie diese Rechnung bitte auf.",
            "Gazole non routier : usage agricole déclaré par le client (TICPE taux réduit).",
        ),
    )
    write(
        f,
        s,
        tr(
            lg,
            "Payment by Direct Debit 14 days from invoice.",
            "Zahlung innerhalb von 10 Tagen mit 2 % Skonto oder 30 Tage netto.",
            "Règlement à réception de facture.",
        ),
        s.size - 1,
    )
    pages = close(f.pages, s, h, numbers="none")
    if rng.random() < 0.6:
        t = Page((SLIP[0], rng.choice([120, 140, 160]) * MM))
        tw_ = t.size[0]
        y = 26.0
        for k, ln in enumerate(
            [
                h.name[:28],
                tr(
                    lg,
                    "METERED DELIVERY TICKET",
                    "LIEFERSCHEIN ZAEHLWERK",
                    "BON DE LIVRAISON COMPTEUR",
                ),
                f"{tr(lg, 'Ticket', 'Beleg', 'Bon')} {serial(rng, '999999')}",
                f"{short(d, lg)} {rng.randint(7, 16):02d}:{rng.randint(0, 59):02d}",
                f"{tr(lg, 'Vehicle', 'Fahrzeug', 'Camion')} {serial(rng, 'AA99 AAA')}",
                f"{tr(lg, 'Meter', 'Zählwerk', 'Compteur')} {serial(rng, '9999')}",
                fuel[:28],
                f"{tr(lg, 'Start', 'Anfang', 'Début')}  {rng.randint(100000, 900000)}",
                f"{tr(lg, 'Litres', 'Liter', 'Litres')}     {litres}",
                f"{tr(lg, 'at 15 C', 'bei 15 C', 'à 15 C')}    {litres - rng.randint(1, 9)}",
                "",
                tr(lg, "Customer signature", "Unterschrift Kunde", "Signature client"),
            ]
        ):
            t.text(
                tw_ / 2 if k < 2 else 14,
                y,
                fit(ln, "Courier-Bold" if k < 2 else "Courier", 8, tw_ - 20),
                "Courier-Bold" if k < 2 else "Courier",
                8,
                "center" if k < 2 else "left",
            )
            y += 11
        scrawl(t, 16, y + 18, team(rng.choice(["grower", "grower2"])), 11)
        pages.append(t)
    received(rng, pages[0], d, 0.25)
    remember(d)
    return pages


def elevation(p: Page, s: Style, x: float, y: float, w: float, h: float, hoops: int) -> None:
    """An end elevation and a plan of a tunnel with dimension lines."""
    cx, base = x + w * 0.25, y + h
    r = min(w * 0.2, h * 0.8)
    pts = [
        (cx + r * math.cos(math.pi * k / 24), base - r * math.sin(math.pi * k / 24))
        for k in range(25)
    ]
    for (x1, y1), (x2, y2) in itertools.pairwise(pts):
        p.line(x1, y1, x2, y2)
    p.line(cx - r - 10, base, cx + r + 10, base)
    p.rect(cx - 16, base - 48, 32, 48)
    p.line(cx - r, base + 14, cx + r, base + 14)
    p.text(cx, base + 26, "W", s.font, 8, "center")
    px = x + w * 0.52
    pw = w * 0.45
    ph = r * 0.9
    p.rect(px, base - ph, pw, ph)
    for k in range(hoops + 1):
        xx = px + pw * k / hoops
        p.line(xx, base - ph, xx, base)
    p.line(px, base + 14, px + pw, base + 14)
    p.text(px + pw / 2, base + 26, "L", s.font, 8, "center")


TUNNEL_TERMS = {
    "en": [
        "Quotation validity",
        "Site preparation by customer",
        "Delivery and access",
        "Erection",
        "Deposit and payment",
        "Guarantee on film and frame",
        "Wind and snow loads",
        "Planning permission",
        "Cancellation",
        "Liability",
    ],
    "de": [
        "Angebotsbindung",
        "Bauseitige Leistungen",
        "Anlieferung",
        "Montage",
        "Anzahlung und Zahlung",
        "Gewährleistung Folie und Gestell",
        "Wind- und Schneelast",
        "Baugenehmigung",
        "Rücktritt",
        "Haftung",
    ],
    "fr": [
        "Validité du devis",
        "Préparation du terrain",
        "Livraison et accès",
        "Montage",
        "Acompte et paiement",
        "Garantie film et structure",
        "Charges vent et neige",
        "Autorisations",
        "Annulation",
        "Responsabilité",
    ],
}


def tpl_polytunnel_quote(rng: random.Random, who: Issuer) -> list[Page]:
    """A polytunnel maker's quotation: now and then a covering letter, the specification and
    prices, an elevation and plan on a landscape page, the terms and an acceptance slip."""
    h = head_of(who, "tunnels", abroad=0.2)
    lg = h.lang
    s = style_of(h)
    w = s.page_size[0]
    m = s.margin
    d = some_day(rng)
    no = serial(rng, rng.choice(["Q-99999", "AN 25-9999", "DV2599999"]))
    width = rng.choice([5.5, 6.4, 7.3, 8.5, 9.15])
    length = rng.choice([18, 24, 30, 36, 42])
    hoops = int(length / rng.choice([1.5, 2.0]))
    wd_ = f"{width:g}" if lg == "en" else f"{width:g}".replace(".", ",")
    contact = staff(h, "sales")
    pages: list[Page] = []
    if rng.random() < 0.45:
        c = sheets(s, h)
        recipient(
            c,
            s,
            h,
            office_lines(f"{tr(lg, 'FAO', 'z. Hd.', 'À l attention de')} {team('grower')}"),
            d,
            [(tr(lg, "Our ref", "Unser Zeichen", "N/Réf."), no)],
        )
        caption(
            c,
            s,
            tr(
                lg,
                f"Your new polytunnel {width:g} x {length} m",
                f"Ihr Folientunnel {wd_} x {length} m",
                f"Votre tunnel {wd_} x {length} m",
            ),
            1,
        )
        c.page.text(m, c.y, dear(lg, titled(team("grower"), lg)), s.font, s.size)
        c.y += s.size * 2
        write(
            c,
            s,
            tr(
                lg,
                "Thank you for your enquiry and for showing us round the site. Please find our "
                "quotation enclosed, with a drawing of the proposed structure.",
                "vielen Dank für Ihre Anfrage und den Termin vor Ort. Anbei erhalten Sie unser "
                "Angebot mit einer Zeichnung des Tunnels.",
                "Nous vous remercions de votre demande et de votre accueil sur place. Veuillez "
                "trouver ci-joint notre devis et un plan de la structure.",
            ),
        )
        write(c, s, prose(rng, lg, "grow", 1, 3))
        regards(c, s, lg, contact, tr(lg, "Sales", "Vertrieb", "Commercial"))
        pages += close(c.pages, s, h, numbers="none")
    f = sheets(s, h, f"{h.name} - {tr(lg, 'Quotation', 'Angebot', 'Devis')} {no}")
    if not pages:
        recipient(f, s, h, office_lines(), d, [(tr(lg, "Quotation", "Angebot", "Devis"), no)])
    caption(f, s, f"{tr(lg, 'QUOTATION', 'ANGEBOT', 'DEVIS')} {no}", 3)
    f.y = fields(
        f.page,
        s,
        m,
        f.y,
        w - 2 * m,
        [
            (tr(lg, "Width", "Breite", "Largeur"), f"{money(width, lg)} m"),
            (tr(lg, "Length", "Länge", "Longueur"), f"{length} m"),
            (tr(lg, "Hoop spacing", "Bogenabstand", "Entraxe"), f"{money(length / hoops, lg)} m"),
            (tr(lg, "Ridge height", "Firsthöhe", "Hauteur"), f"{money(width * 0.42, lg)} m"),
            (
                tr(lg, "Cover", "Folie", "Film"),
                tr(
                    lg,
                    "200 micron, 4 season, diffused",
                    "200 my, 4-Jahres-Folie, diffus",
                    "200 microns, 4 saisons, diffusant",
                ),
            ),
            (
                tr(lg, "Anchoring", "Verankerung", "Ancrage"),
                rng.choice(
                    [
                        tr(lg, "ground tubes", "Erdrohre", "tubes d'ancrage"),
                        tr(lg, "base plates on concrete", "Fußplatten", "platines sur béton"),
                    ]
                ),
            ),
        ],
        per=2,
        tall=24,
        hand=False,
    )
    items = [
        (
            tr(
                lg,
                f"Tunnel frame {width:g} x {length} m, galvanised, {hoops + 1} hoops",
                f"Tunnelgestell {wd_} x {length} m, verzinkt, {hoops + 1} Bögen",
                f"Structure {wd_} x {length} m galvanisée, {hoops + 1} arceaux",
            ),
            1,
            round(width * length * rng.uniform(14, 22), 2),
        ),
        (
            tr(
                lg,
                "Cover film incl. anti-hotspot tape",
                "Folie inkl. Antihitzeband",
                "Film et bande anti-chaleur",
            ),
            1,
            round(width * length * rng.uniform(2.2, 3.4), 2),
        ),
        (
            tr(
                lg,
                "Door frames with double doors",
                "Stirnwand mit Doppeltür",
                "Pignons avec portes doubles",
            ),
            2,
            round(rng.uniform(380, 640), 2),
        ),
        (
            tr(
                lg,
                "Side ventilation, crank-operated",
                "Seitenlüftung mit Kurbel",
                "Aération latérale à manivelle",
            ),
            2,
            round(rng.uniform(240, 420), 2),
        ),
    ]
    if rng.random() < 0.6:
        items.append(
            (
                tr(lg, "Crop bars", "Kulturträger", "Barres de culture"),
                hoops + 1,
                round(rng.uniform(9, 16), 2),
            )
        )
    if rng.random() < 0.5:
        items.append(
            (
                tr(
                    lg,
                    "Erection by our team (days)",
                    "Montage durch unser Team (Tage)",
                    "Montage par notre équipe (jours)",
                ),
                rng.randint(2, 4),
                round(rng.uniform(420, 680), 2),
            )
        )
    if rng.random() < 0.5:
        items.append(
            (
                tr(lg, "Delivery", "Lieferung frei Feld", "Livraison"),
                1,
                round(rng.uniform(150, 480), 2),
            )
        )
    rows = [[t, str(q), price(v, h), price(q * v, h)] for t, q, v in items]
    net = sum(q * v for _, q, v in items)
    table(
        f,
        columns(m, w - m, [(5, "left"), (0.6, "right"), (1.3, "right"), (1.4, "right")]),
        [
            tr(lg, "Item", "Position", "Désignation"),
            tr(lg, "Qty", "Menge", "Qté"),
            tr(lg, "Unit", "EP", "P.U."),
            tr(lg, "Total", "GP", "Total"),
        ],
        rows,
        s,
        rules=True,
    )
    totals(
        f,
        s,
        h,
        net,
        vat_rate(lg),
        tr(
            lg,
            "Valid for 60 days. 30% deposit with order, balance on completion. Lead time "
            f"{rng.randint(4, 10)} weeks.",
            "Angebot gültig 6 Wochen. 30 % Anzahlung bei Auftrag, Rest nach Montage. Lieferzeit "
            f"ca. {rng.randint(4, 10)} Wochen.",
            f"Devis valable 2 mois. Acompte de 30 % à la commande. Délai {rng.randint(4, 10)} "
            "semaines.",
        ),
    )
    slip_inline = rng.random() < 0.5
    if slip_inline:
        f.need(120)
        f.y += 10
        slip_rule(
            f.page,
            m,
            w - m,
            f.y,
            tr(
                lg,
                "Acceptance - please return",
                "Auftragserteilung - bitte zurücksenden",
                "Bon pour accord - à retourner",
            ),
        )
        f.y += 22
        f.page.text(
            m,
            f.y,
            tr(
                lg,
                f"We accept quotation {no} and the terms of sale.",
                f"Hiermit beauftragen wir Angebot {no} zu den genannten Bedingungen.",
                f"Bon pour accord sur le devis {no} et les conditions de vente.",
            ),
            s.font,
            s.size - 0.5,
        )
        f.y += 28
        f.page.line(m, f.y, m + 180, f.y)
        f.page.line(w / 2 + 20, f.y, w - m, f.y)
        f.page.text(m, f.y + 10, tr(lg, "Signature", "Unterschrift", "Signature"), s.font, 7)
        f.page.text(w / 2 + 20, f.y + 10, tr(lg, "Date", "Datum", "Date"), s.font, 7)
        f.y += 20
    main_pages = f.pages
    s2 = style_of(h, landscape(A4), margin=40)
    w2, h2 = s2.page_size
    dr = Page(landscape(A4))
    dr.text(
        40,
        40,
        tr(
            lg,
            "Drawing - end elevation and plan",
            "Zeichnung - Giebelansicht und Grundriss",
            "Plan - pignon et vue de dessus",
        ),
        s2.bold,
        12,
    )
    elevation(dr, s2, 60, 80, w2 - 120, h2 - 240, hoops)
    dr.rect(w2 - 300, h2 - 110, 260, 70)
    for k, t in enumerate(
        [
            h.name,
            f"{tr(lg, 'Quotation', 'Angebot', 'Devis')} {no} - {wd_} x {length} m",
            f"{tr(lg, 'Drawn', 'Gezeichnet', 'Dessiné')}: {contact} - {short(d, lg)}",
            tr(lg, "Not to scale", "Nicht maßstäblich", "Sans échelle"),
        ]
    ):
        dr.text(
            w2 - 292, h2 - 94 + 14 * k, fit(t, s2.font, 8, 244), s2.bold if k == 0 else s2.font, 8
        )
    main_pages.append(dr)
    if keyed(who, "terms").random() < 0.5:
        main_pages.append(
            small_print(
                rng,
                s,
                h,
                tr(
                    lg,
                    "Terms and conditions of sale",
                    "Verkaufs- und Lieferbedingungen",
                    "Conditions générales de vente",
                ),
                TUNNEL_TERMS[lg],
                "grow",
            )
        )
    if not slip_inline:
        a = Page(A4)
        y = heading(a, s, h)
        a.text(m, y, tr(lg, "ORDER ACCEPTANCE", "AUFTRAGSERTEILUNG", "BON DE COMMANDE"), s.bold, 13)
        y += 20
        fields(
            a,
            s,
            m,
            y,
            w - 2 * m,
            [
                (tr(lg, "Quotation no.", "Angebots-Nr.", "Devis n°"), no),
                (tr(lg, "Customer", "Auftraggeber", "Client"), ""),
                (tr(lg, "Site address", "Aufstellort", "Lieu d'implantation"), ""),
                (tr(lg, "Deposit paid", "Anzahlung", "Acompte versé"), ""),
                (tr(lg, "Signature", "Unterschrift", "Signature"), ""),
                (tr(lg, "Date", "Datum", "Date"), ""),
            ],
            per=2,
            tall=30,
        )
        main_pages.append(a)
    main_pages = close(
        main_pages,
        s,
        h,
        numbers=rng.choice(["Page {i} of {n}", h.numbers]) if lg == "en" else h.numbers,
    )
    pages += main_pages
    received(rng, pages[0], d, 0.2)
    remember(d)
    return pages


def site_plan(
    p: Page, s: Style, rng: random.Random, x: float, y: float, w: float, h: float, label: str
) -> None:
    """A sketch map: field boundaries, a river, a road, the abstraction point ringed."""
    p.rect(x, y, w, h)
    for _ in range(rng.randint(5, 9)):
        x1, y1 = x + rng.uniform(0, w), y + rng.uniform(0, h)
        x2 = min(x + w, max(x, x1 + rng.uniform(-w / 2, w / 2)))
        y2 = min(y + h, max(y, y1 + rng.uniform(-h / 2, h / 2)))
        p.line(x1, y1, x2, y2)
    yy = y + rng.uniform(0.2, 0.8) * h
    pts = [(x + w * k / 12, yy + 16 * math.sin(k + rng.random())) for k in range(13)]
    for (a1, b1), (a2, b2) in itertools.pairwise(pts):
        p.line(a1, b1, a2, b2)
        p.line(a1, b1 + 5, a2, b2 + 5)
    px, py = x + rng.uniform(0.3, 0.7) * w, y + rng.uniform(0.3, 0.7) * h
    ring(p, px, py, 8, 18)
    p.rect(px - 2, py - 2, 4, 4, fill=0)
    p.text(px + 12, py + 3, label, s.bold, 8)
    p.text(x + w - 20, y + 22, "N", s.bold, 10, "center")
    p.line(x + w - 20, y + 26, x + w - 20, y + 46)
    p.text(x + 6, y + h - 6, "1:10 000", s.font, 7)


def tpl_abstraction_licence(rng: random.Random, who: Issuer) -> list[Page]:
    """The water authority's abstraction licence or permit for irrigation after a covering
    letter: numbered conditions (Environment Agency licence, German wasserrechtliche
    Erlaubnis with Nebenbestimmungen and Rechtsbehelfsbelehrung, French arrêté préfectoral
    with its articles), and a site plan."""
    lg = home()
    h = make_head(WATER[lg][row_no()], lg, "water")
    s = style_of(h)
    w = s.page_size[0]
    m = s.margin
    d = some_day(rng)
    me = office_head()
    officer = staff(h, "officer")
    lic = serial(
        rng, {"en": "SW/046/0099/099", "de": "66.9-99/2025", "fr": "DDT-SEEF-2025-999"}[lg]
    )
    ngr = (
        serial(rng, "SX 9999 9999")
        if lg == "en"
        else f"{serial(rng, '32U 99 999')} {serial(rng, '99 999')}"
        if lg == "de"
        else f"X {serial(rng, '999 999')} - Y {serial(rng, '9 999 999')}"
    )
    m3y = rng.choice([4000, 6000, 8500, 12000, 15000])
    pages: list[Page] = []
    c = sheets(s, h)
    recipient(
        c,
        s,
        h,
        office_lines(),
        d,
        [
            (tr(lg, "Our ref", "Aktenzeichen", "Réf."), lic),
            (tr(lg, "Contact", "Bearbeiter/in", "Affaire suivie par"), officer),
        ],
    )
    caption(
        c,
        s,
        tr(
            lg,
            "Water Resources Act 1991 - your abstraction licence",
            "Wasserrechtliche Erlaubnis - Grundwasserentnahme zur Feldberegnung",
            "Autorisation de prélèvement d'eau pour l'irrigation",
        ),
        1,
    )
    c.page.text(m, c.y, dear(lg, None), s.font, s.size)
    c.y += s.size * 2
    write(
        c,
        s,
        tr(
            lg,
            f"We have determined your application and enclose licence {lic}. Please read the "
            "conditions carefully; you must keep records of the quantities abstracted and send us "
            "your returns each year.",
            f"auf Ihren Antrag erteilen wir Ihnen die beigefügte Erlaubnis (Az. {lic}). Bitte "
            "beachten Sie die Nebenbestimmungen, insbesondere die Aufzeichnungspflicht.",
            f"Vous trouverez ci-joint l'arrêté n° {lic} autorisant le prélèvement demandé. Nous "
            "attirons votre attention sur les prescriptions, notamment la tenue du registre.",
        ),
    )
    write(c, s, prose(rng, lg, "water", 1, 3))
    regards(
        c,
        s,
        lg,
        officer,
        tr(lg, "Permitting Officer", "Untere Wasserbehörde", "Pour le préfet et par délégation"),
    )
    pages += close(c.pages, s, h, numbers="none")
    body = sheets(s, h, f"{tr(lg, 'Licence', 'Erlaubnis', 'Arrêté')} {lic}", top=lg != "en")
    if lg == "en":
        caption(body, s, "LICENCE TO ABSTRACT WATER", 5)
        write(
            body,
            s,
            f"Licence serial number: {lic}. The Environment Agency grants this licence to "
            f"{me.name} (the licence holder) of {me.street}, {me.town}.",
            s.size,
        )
        conds = [
            (
                "Source of supply",
                "Groundwater in the "
                f"{rng.choice(['Upper Greensand', 'Sherwood Sandstone', 'Devonian slates'])} at a "
                "borehole.",
            ),
            ("Point of abstraction", f"At National Grid Reference {ngr}."),
            (
                "Means of abstraction",
                "Borehole pump with a maximum capacity of 12 litres per second.",
            ),
            ("Purpose", "Spray irrigation - direct, and horticultural watering."),
            ("Period of abstraction", "1 April to 31 October inclusive."),
            (
                "Maximum quantities",
                f"{rng.choice([20, 30, 40])} cubic metres per hour; {rng.choice([200, 300, 400])} "
                f"cubic metres per day; {m3y:,} cubic metres per year.",
            ),
            (
                "Means of measurement",
                "A meter approved by the Agency, read weekly and kept in working order.",
            ),
            ("Records", "Readings to be recorded and sent to the Agency by 28 April each year."),
            (
                "Hands-off flow",
                "No abstraction when the flow at the gauging station falls below the hands-off "
                "flow.",
            ),
            ("Expiry", f"This licence expires on 31 March {d.year + 12}."),
        ]
    elif lg == "de":
        caption(body, s, "BESCHEID", 5)
        write(
            body,
            s,
            f"Erlaubnis nach §§ 8, 9 und 10 Wasserhaushaltsgesetz (WHG) für {me.name}, "
            f"{me.street}, {me.town}",
            s.size,
        )
        conds = [
            (
                "I. Erlaubnis",
                "Dem Antragsteller wird die widerrufliche Erlaubnis erteilt, aus dem Brunnen auf "
                f"dem Flurstück {rng.randint(10, 400)}/{rng.randint(1, 9)} (UTM {ngr}) "
                "Grundwasser zur Feldberegnung zu entnehmen.",
            ),
            (
                "II. Umfang",
                f"Höchstens {rng.choice([20, 30])} m³/h, {rng.choice([200, 300])} m³/Tag und "
                f"{m3y} m³/Jahr; Entnahme nur vom 1. April bis 30. September.",
            ),
            (
                "III. Nebenbestimmungen",
                "1. Ein geeichter Wasserzähler ist einzubauen. 2. Die Entnahmemengen sind "
                "monatlich aufzuzeichnen und bis 31. Januar vorzulegen. 3. Die Beregnung in der "
                "Zeit von 11 bis 17 Uhr ist zu unterlassen. 4. Änderungen sind anzuzeigen.",
            ),
            ("IV. Befristung", f"Die Erlaubnis ist bis 31.12.{d.year + 10} befristet."),
            (
                "V. Kosten",
                "Die Kosten des Verfahrens trägt der Antragsteller. Die Gebühr wird auf "
                f"{money(rng.choice([180.0, 240.0, 320.0]), lg)} EUR festgesetzt.",
            ),
            ("Begründung", prose(rng, lg, "water", 3, 5)),
            (
                "Rechtsbehelfsbelehrung",
                "Gegen diesen Bescheid kann innerhalb eines Monats nach Bekanntgabe Klage beim "
                f"Verwaltungsgericht {['Göttingen', 'Münster', 'Freiburg'][row_no()]} erhoben "
                "werden.",
            ),
        ]
    else:
        caption(body, s, f"ARRÊTÉ PRÉFECTORAL N° {lic}", 3)
        write(
            body,
            s,
            "portant autorisation temporaire de prélèvement d'eau à usage d'irrigation - "
            f"{me.name}",
            s.size,
        )
        write(
            body,
            s,
            "Vu le code de l'environnement, notamment ses articles L.214-1 à L.214-6 et R.214-1 ; "
            "Vu le schéma directeur d'aménagement et de gestion des eaux ; Vu la demande du "
            "pétitionnaire ; Considérant que le prélèvement n'est pas de nature à porter atteinte "
            "à la ressource ;",
            s.size - 1,
        )
        body.heading(m, "ARRÊTE", s.bold, s.size + 2)
        conds = [
            (
                "Article 1 - Bénéficiaire",
                f"{me.name}, {me.street}, {me.town}, est autorisé à prélever de l'eau dans les "
                "conditions ci-après.",
            ),
            ("Article 2 - Localisation", f"Forage situé au point de coordonnées Lambert 93 {ngr}."),
            (
                "Article 3 - Volumes",
                f"Débit maximal {rng.choice([20, 30])} m³/h ; volume annuel maximal {m3y} m³, du "
                "1er avril au 31 octobre.",
            ),
            (
                "Article 4 - Comptage",
                "L'installation est équipée d'un compteur volumétrique ; les index sont relevés "
                "chaque semaine et consignés dans un registre.",
            ),
            (
                "Article 5 - Mesures de restriction",
                "Le bénéficiaire respecte les mesures de limitation prises par arrêté sécheresse.",
            ),
            (
                "Article 6 - Durée",
                f"La présente autorisation est valable jusqu'au 31 décembre {d.year}.",
            ),
            (
                "Article 7 - Voies et délais de recours",
                "Le présent arrêté peut être déféré au tribunal administratif dans un délai de "
                "deux mois à compter de sa notification.",
            ),
            (
                "Article 8 - Exécution",
                "Le directeur départemental des territoires est chargé de l'exécution du présent "
                "arrêté.",
            ),
        ]
    for k, (t, txt) in enumerate(conds):
        body.heading(m, f"{k + 1}. {t}" if lg == "en" else t, s.bold, s.size)
        write(body, s, txt)
    if rng.random() < 0.5:
        body.heading(
            m, tr(lg, "Notes to the licence holder", "Hinweise", "Informations"), s.bold, s.size
        )
        for _ in range(rng.randint(2, 5)):
            write(body, s, prose(rng, lg, "water", 2, 4), s.size - 0.5)
    body.need(120)
    body.y += 10
    write(
        body,
        s,
        f"{tr(lg, 'Dated', 'Ort, Datum:', 'Fait à')} {h.town.split(' ', 1)[-1]}, {day(h, d)}",
    )
    body.y += 20
    scrawl(body.page, m, body.y, officer)
    body.y += 12
    body.page.text(m, body.y, officer, s.font, s.size)
    body.page.text(
        m,
        body.y + 12,
        tr(
            lg,
            "for and on behalf of the Environment Agency",
            "Im Auftrag",
            "Pour le préfet et par délégation",
        ),
        s.font,
        s.size - 1,
    )
    if lg != "en":
        seal(
            body.page,
            w - m - 70,
            body.y - 10,
            32,
            h.name.split(" - ")[0].upper(),
            tr(lg, "", "Dienstsiegel", "Préfecture"),
        )
    lic_pages = body.pages
    plan = Page(A4 if rng.random() < 0.6 else landscape(A4))
    with_plan = rng.random() < 0.85
    pw, ph = plan.size
    plan.text(
        m,
        m,
        tr(
            lg,
            f"Schedule - map of point of abstraction - {lic}",
            f"Anlage 1 - Lageplan - Az. {lic}",
            f"Annexe - plan de situation - {lic}",
        ),
        s.bold,
        10,
    )
    site_plan(
        plan,
        s,
        rng,
        m,
        m + 20,
        pw - 2 * m,
        ph - 2 * m - 60,
        tr(lg, "Borehole", "Brunnen", "Forage"),
    )
    if with_plan:
        lic_pages.append(plan)
    pages += close(
        lic_pages, s, h, numbers={"en": "Page {i} of {n}", "de": "- {i} -", "fr": "{i}/{n}"}[lg]
    )
    received(rng, pages[0], d, 0.4)
    remember(d)
    return pages


# ---------------------------------------------------------------------------------------------
# Templates AAAA: the shop, packaging, seasonal workers and the soil
# ---------------------------------------------------------------------------------------------

SHOP_CATS = {
    "en": ["Veg", "Fruit", "Eggs", "Dairy", "Bakery", "Dry goods"],
    "de": ["Gemüse", "Obst", "Eier", "Molkerei", "Brot", "Trocken"],
    "fr": ["Légumes", "Fruits", "Oeufs", "Crèmerie", "Pain", "Épicerie"],
}
WEEKDAYS = {
    "en": ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"],
    "de": ["Mo", "Di", "Mi", "Do", "Fr", "Sa", "So"],
    "fr": ["lun", "mar", "mer", "jeu", "ven", "sam", "dim"],
}


def z_report(rng: random.Random, lg: str, d: date, total: float, name: str) -> Page:
    """A till's end-of-day Z report on a narrow roll."""
    p = Page((SLIP[0], rng.choice([110, 130, 150]) * MM))
    w, _ = p.size
    y = 24.0
    lines = [
        name[:26],
        "Z-REPORT" if lg != "fr" else "RAPPORT Z",
        f"Z {rng.randint(100, 999)}   {short(d, lg)} "
        f"{rng.randint(17, 19)}:{rng.randint(0, 59):02d}",
        "-" * 26,
    ]
    cash_ = round(total * rng.uniform(0.2, 0.45), 2)
    lines += [
        f"{tr(lg, 'GROSS', 'BRUTTO', 'BRUT'):<12}{money(total, lg):>14}",
        f"{tr(lg, 'CASH', 'BAR', 'ESPECES'):<12}{money(cash_, lg):>14}",
        f"{tr(lg, 'CARD', 'KARTE', 'CB'):<12}{money(total - cash_, lg):>14}",
        f"{tr(lg, 'CUSTOMERS', 'KUNDEN', 'CLIENTS'):<12}{rng.randint(18, 90):>14}",
        f"{tr(lg, 'VOIDS', 'STORNO', 'ANNUL.'):<12}{rng.randint(0, 3):>14}",
        "-" * 26,
    ]
    for k, t in enumerate(lines):
        p.text(
            w / 2 if k < 2 else 12,
            y,
            t,
            "Courier-Bold" if k < 2 else "Courier",
            7.5,
            "center" if k < 2 else "left",
        )
        y += 10
    return p


def tpl_shop_summary(rng: random.Random, who: Issuer) -> list[Page]:
    """The farm shop's weekly takings summary: takings by day and category, cash and card,
    float and banking, signed; now and then the till's Z reports stapled behind."""
    h = office_head()
    lg = h.lang
    s = style_of(h, A4 if keyed(who, "shop").random() < 0.7 else landscape(A4), margin=44)
    w = s.page_size[0]
    m = 44
    start = some_day(rng)
    start -= timedelta(days=start.weekday())
    f = plain_sheets(s)
    title = tr(
        lg,
        "Farm shop - weekly takings summary",
        "Hofladen - Wochenabrechnung Kasse",
        "Boutique - récapitulatif hebdomadaire des ventes",
    )
    f.page.text(m, f.y + 6, title, s.bold, shrink(title, s.bold, 13, w - 2 * m - 120))
    f.page.text(w - m, f.y + 6, h.name, s.font, 8, "right")
    f.y += 24
    week = start.isocalendar()[1]
    f.page.text(
        m,
        f.y,
        f"{tr(lg, 'Week', 'KW', 'Semaine')} {week}: {short(start, lg)} - "
        f"{short(start + timedelta(days=6), lg)}",
        s.font,
        9.5,
    )
    f.y += 20
    cats = SHOP_CATS[lg]
    open_days = [k for k in range(7) if k not in (0, 6) or rng.random() < 0.3]
    rows = []
    totals_ = [0.0] * len(cats)
    daily = []
    for k in open_days:
        vals = [
            round(rng.uniform(20, 380) if j < 2 else rng.uniform(5, 120), 2)
            for j in range(len(cats))
        ]
        for j, v in enumerate(vals):
            totals_[j] += v
        t = sum(vals)
        daily.append((start + timedelta(days=k), t))
        rows.append(
            [
                f"{WEEKDAYS[lg][k]} {short(start + timedelta(days=k), lg)[:5]}",
                *[money(v, lg) for v in vals],
                money(t, lg),
            ]
        )
    rows.append(
        [
            tr(lg, "Total", "Summe", "Total"),
            *[money(v, lg) for v in totals_],
            money(sum(totals_), lg),
        ]
    )
    cols = columns(m, w - m, [(1.3, "left")] + [(1, "right")] * len(cats) + [(1.2, "right")])
    grid(
        f,
        s,
        cols,
        [tr(lg, "Day", "Tag", "Jour"), *cats, tr(lg, "Total", "Summe", "Total")],
        rows,
        set(),
        size=8,
        step=2.0,
    )
    f.y += 10
    tot = sum(totals_)
    cash_ = round(tot * rng.uniform(0.2, 0.4), 2)
    f.y = fields(
        f.page,
        s,
        m,
        f.y,
        w - 2 * m,
        [
            (tr(lg, "Card (terminal)", "EC/Karte", "CB (terminal)"), money(tot - cash_, lg)),
            (
                tr(lg, "Cash counted", "Bar gezählt", "Espèces comptées"),
                money(cash_ + rng.choice([0, 0, -0.5, 1.2]), lg),
            ),
            (tr(lg, "Float", "Wechselgeld", "Fond de caisse"), money(100.0, lg)),
            (tr(lg, "Banked", "Eingezahlt", "Remis en banque"), money(cash_, lg)),
            (tr(lg, "Paying-in slip", "Einzahlungsbeleg", "Bordereau"), serial(rng, "999999")),
            (tr(lg, "Difference", "Differenz", "Écart"), rng.choice(["0", "-0.50", "+1.20"])),
        ],
        per=3,
        tall=26,
    )
    f.page.text(m, f.y + 6, tr(lg, "Prepared by", "Erstellt", "Établi par"), s.font, 7.5)
    scrawl(f.page, m + 70, f.y + 8, team("packer"))
    f.page.text(w / 2, f.y + 6, tr(lg, "Checked", "Geprüft", "Vérifié"), s.font, 7.5)
    scrawl(f.page, w / 2 + 60, f.y + 8, team("office"))
    pages = f.pages
    if rng.random() < 0.45:
        for dd, t in daily[: rng.randint(1, min(3, len(daily)))]:
            pages.append(z_report(rng, lg, dd, t, h.name))
    remember(start)
    return pages


PACKAGING = {
    "en": [
        "Veg box 400x300x200 single wall, 1 col print",
        "Veg box 500x350x250 double wall",
        "Compostable produce bags 250x380",
        "Paper mushroom bags 1 lb",
        "Egg boxes, 6 cell, pulp",
        "Kraft paper tape 50 mm",
        "Recycled crate liners",
        "Fruit punnets 500 g, card",
    ],
    "de": [
        "Gemüsekiste 400x300x200, 1-wellig, 1-farbig bedruckt",
        "Faltkarton 500x350x250, 2-wellig",
        "Kompostierbare Beutel 25x38 cm",
        "Papiertüten Pilze 1 kg",
        "Eierkartons 6er, Pappe",
        "Papierklebeband 50 mm",
        "Recycling-Einlagen für Kisten",
        "Beerenschalen 500 g, Karton",
    ],
    "fr": [
        "Caisse 400x300x200 simple cannelure, impr. 1 coul.",
        "Carton 500x350x250 double cannelure",
        "Sacs compostables 25x38",
        "Sacs papier champignons 1 kg",
        "Boîtes à oeufs 6, pulpe",
        "Ruban kraft 50 mm",
        "Fonds de caisse recyclés",
        "Barquettes 500 g carton",
    ],
}


def tpl_packaging_invoice(rng: random.Random, who: Issuer) -> list[Page]:
    """A packaging supplier's invoice: boxes, bags, egg boxes and tape by the thousand, the
    pallet carriage, the packaging levy note; now and then the conditions behind."""
    h = head_of(who, "packaging", abroad=0.15)
    lg = h.lang
    s = style_of(h)
    w = s.page_size[0]
    m = s.margin
    d = some_day(rng)
    no = serial(rng, rng.choice(["INV99999", "RE-999999", "FC999999"]))
    f = sheets(s, h, f"{h.name} - {tr(lg, 'Invoice', 'Rechnung', 'Facture')} {no}")
    recipient(
        f,
        s,
        h,
        office_lines(),
        d,
        [
            (tr(lg, "Invoice no.", "Rechnungs-Nr.", "N° facture"), no),
            (tr(lg, "Your order", "Ihre Bestellung", "Votre commande"), serial(rng, "999")),
            (
                tr(lg, "Delivery", "Lieferung", "Livraison"),
                short(d - timedelta(days=rng.randint(0, 3)), lg),
            ),
        ],
    )
    caption(f, s, tr(lg, "INVOICE", "RECHNUNG", "FACTURE"), 4)
    rows = []
    net = 0.0
    for t in rng.sample(PACKAGING[lg], rng.randint(2, 7)):
        q = rng.choice([250, 500, 1000, 2000, 5000])
        per = round(rng.uniform(18, 780), 2)
        v = round(q / 1000 * per, 2)
        net += v
        rows.append(
            [
                serial(rng, "AA-9999"),
                t,
                f"{q:,}".replace(",", "." if lg == "de" else " " if lg == "fr" else ","),
                money(per, lg),
                money(v, lg),
            ]
        )
    carriage = rng.choice([0.0, 45.0, 65.0, 85.0])
    if carriage:
        rows.append(
            [
                "",
                tr(lg, "Pallet delivery", "Palettenversand", "Livraison palette"),
                "1",
                money(carriage, lg),
                money(carriage, lg),
            ]
        )
        net += carriage
    table(
        f,
        columns(
            m, w - m, [(1, "left"), (4.4, "left"), (0.9, "right"), (1.1, "right"), (1.1, "right")]
        ),
        [
            tr(lg, "Code", "Art.-Nr.", "Réf."),
            tr(lg, "Description", "Bezeichnung", "Désignation"),
            tr(lg, "Qty", "Menge", "Qté"),
            tr(lg, "per 1,000", "je 1.000", "le mille"),
            tr(lg, "Net", "Netto", "HT"),
        ],
        rows,
        s,
        rules=rng.random() < 0.5,
        shade=0.9 if rng.random() < 0.5 else None,
    )
    totals(
        f,
        s,
        h,
        net,
        vat_rate(lg),
        tr(
            lg,
            "Plastic Packaging Tax: compostable bags contain less than 30% recycled plastic; PPT "
            "is included in the price.",
            f"Registriert im Verpackungsregister LUCID unter DE{serial(rng, '9999999999999')}. "
            "Zahlbar 30 Tage netto.",
            "Éco-contribution CITEO incluse. Paiement à 30 jours fin de mois.",
        ),
    )
    pages = f.pages
    if keyed(who, "terms").random() < 0.3:
        pages.append(
            small_print(
                rng,
                s,
                h,
                tr(
                    lg,
                    "Terms and Conditions of Sale",
                    "Allgemeine Verkaufsbedingungen",
                    "Conditions générales de vente",
                ),
                SALE_TERMS[lg],
                "money",
            )
        )
    received(rng, pages[0], d)
    remember(d)
    return close(pages, s, h, numbers="none" if len(pages) == 1 else h.numbers)


WAGE = {"en": 12.21, "de": 12.82, "fr": 11.88}
CONTRACT_CLAUSES = {
    "en": [
        "Job title and duties",
        "Start and end of employment",
        "Place of work",
        "Hours of work",
        "Pay",
        "Holiday",
        "Sickness absence",
        "Accommodation",
        "Health and safety",
        "Notice",
        "Disciplinary and grievance",
        "Data protection",
    ],
    "de": [
        "Tätigkeit",
        "Beginn und Befristung",
        "Arbeitsort",
        "Arbeitszeit",
        "Vergütung",
        "Urlaub",
        "Arbeitsunfähigkeit",
        "Unterkunft",
        "Arbeitsschutz",
        "Kündigung",
        "Ausschlussfristen",
        "Datenschutz",
    ],
    "fr": [
        "Emploi et fonctions",
        "Durée du contrat",
        "Lieu de travail",
        "Durée du travail",
        "Rémunération",
        "Congés payés",
        "Maladie",
        "Logement",
        "Sécurité",
        "Rupture",
        "Convention collective",
        "Données personnelles",
    ],
}


def tpl_worker_contract(rng: random.Random, who: Issuer) -> list[Page]:
    """The garden's fixed-term contract with a seasonal worker: parties, numbered clauses, a
    signature page, and an accommodation or job annex."""
    h = office_head()
    lg = h.lang
    s = style_of(h)
    w = s.page_size[0]
    m = s.margin
    d = some_day(rng)
    worker = rng.choice(WORKERS)
    start = d + timedelta(days=rng.randint(3, 20))
    end = start + timedelta(days=rng.choice([60, 90, 120, 150, 180]))
    title = tr(
        lg,
        "Seasonal Worker - Fixed-Term Contract of Employment",
        "Befristeter Arbeitsvertrag für Saisonbeschäftigte",
        "Contrat de travail à durée déterminée saisonnier",
    )
    f = sheets(s, h, f"{title} - {worker}")
    caption(f, s, title, 2)
    write(
        f,
        s,
        tr(
            lg,
            f"between {h.name}, {h.street}, {h.town} (the Employer) and {worker} (the Worker).",
            f"zwischen {h.name}, {h.street}, {h.town} (Arbeitgeber) und {titled(worker, lg)} "
            "(Arbeitnehmer/in).",
            f"Entre {h.name}, {h.street}, {h.town} (l'employeur) et {titled(worker, lg)} (le "
            "salarié).",
        ),
    )
    wage = WAGE[lg] + rng.choice([0, 0, 0.3, 0.8])
    hours = rng.choice([37.5, 39, 40, 35])
    for k, t in enumerate(CONTRACT_CLAUSES[lg][: rng.randint(8, 12)]):
        f.heading(m, f"{k + 1}. {t}", s.bold, s.size)
        if k == 1:
            write(
                f,
                s,
                tr(
                    lg,
                    f"Employment starts on {short(start, lg)} and ends without notice on "
                    f"{short(end, lg)}.",
                    f"Das Arbeitsverhältnis beginnt am {short(start, lg)} und endet, ohne dass es "
                    f"einer Kündigung bedarf, am {short(end, lg)}.",
                    f"Le contrat prend effet le {short(start, lg)} et prend fin le "
                    f"{short(end, lg)}, terme de la saison.",
                ),
            )
        elif k == 3:
            write(
                f,
                s,
                tr(
                    lg,
                    f"{hours:g} hours a week, Monday to Saturday as the harvest requires; "
                    "overtime is paid at the basic rate.",
                    f"Die regelmäßige wöchentliche Arbeitszeit beträgt {hours:g} Stunden. "
                    "Erntebedingte Mehrarbeit wird vergütet.",
                    f"La durée hebdomadaire est de {hours:g} heures ; les heures supplémentaires "
                    "sont majorées.",
                ),
            )
        elif k == 4:
            write(
                f,
                s,
                tr(
                    lg,
                    f"{cash(wage, lg)} per hour gross, paid weekly by bank transfer.",
                    f"Der Stundenlohn beträgt {cash(wage, lg)} brutto, zahlbar monatlich.",
                    f"Salaire horaire brut de {cash(wage, lg)}, versé mensuellement.",
                ),
            )
        else:
            write(f, s, prose(rng, lg, "legal", 1, 3))
    sig_own = rng.random() < 0.5
    if sig_own:
        f.new_page()
        f.y += 30
        f.page.text(
            m,
            f.y,
            tr(lg, "Signed", "Unterschriften", "Fait en deux exemplaires"),
            s.bold,
            s.size + 1,
        )
        f.y += 20
    else:
        f.need(110)
        f.y += 16
    x2 = w / 2 + 10
    hand(f.page, m, f.y, f"{h.town.split()[-1]}, {short(d, lg)}")
    hand(f.page, x2, f.y, short(d + timedelta(days=rng.randint(0, 5)), lg))
    f.y += 34
    scrawl(f.page, m, f.y, team("grower"))
    scrawl(f.page, x2, f.y, worker)
    f.page.line(m, f.y + 4, w / 2 - 20, f.y + 4)
    f.page.line(x2, f.y + 4, w - m, f.y + 4)
    f.page.text(m, f.y + 14, tr(lg, "Employer", "Arbeitgeber", "L'employeur"), s.font, 7.5)
    f.page.text(
        x2,
        f.y + 14,
        tr(lg, "Worker", "Arbeitnehmer/in", "Le salarié (lu et approuvé)"),
        s.font,
        7.5,
    )
    pages = f.pages
    if rng.random() < 0.6:
        g = sheets(s, h, f"{title} - {tr(lg, 'Annex', 'Anlage', 'Annexe')}", top=False)
        if rng.random() < 0.5:
            caption(
                g,
                s,
                tr(
                    lg,
                    "Annex - Accommodation agreement",
                    "Anlage - Vereinbarung über die Unterkunft",
                    "Annexe - Convention de logement",
                ),
                1.5,
            )
            g.y = fields(
                g.page,
                s,
                m,
                g.y,
                w - 2 * m,
                [
                    (
                        tr(lg, "Caravan / room", "Unterkunft", "Logement"),
                        rng.choice(["Caravan 2", "Mobilheim 1", "Chambre 3", "Caravan 4"]),
                    ),
                    (
                        tr(lg, "Charge per week", "Kosten je Woche", "Participation / semaine"),
                        cash(rng.choice([45.0, 60.0, 70.0]), lg),
                    ),
                    (tr(lg, "Key no.", "Schlüssel-Nr.", "Clé n°"), str(rng.randint(1, 20))),
                    (tr(lg, "Deposit", "Kaution", "Caution"), cash(100.0, lg)),
                ],
                per=2,
                tall=24,
            )
            write(g, s, prose(rng, lg, "legal", 2, 4))
        else:
            caption(
                g,
                s,
                tr(
                    lg,
                    "Annex - Job description",
                    "Anlage - Tätigkeitsbeschreibung",
                    "Annexe - Fiche de poste",
                ),
                1.5,
            )
            for t in rng.sample(
                [
                    tr(lg, "Harvesting and bunching", "Ernte und Bündeln", "Récolte et bottelage"),
                    tr(lg, "Packing veg boxes", "Packen der Abokisten", "Préparation des paniers"),
                    tr(lg, "Weeding and hoeing", "Unkrautregulierung", "Désherbage"),
                    tr(lg, "Planting out", "Pflanzung", "Plantation"),
                    tr(lg, "Washing and grading", "Waschen und Sortieren", "Lavage et calibrage"),
                    tr(lg, "Tunnel crops care", "Tunnelkulturen", "Soins sous abri"),
                ],
                4,
            ):
                g.para(m + 12, w - 2 * m - 12, "- " + t, s.font, s.size, 0.3)
            write(g, s, prose(rng, lg, "grow", 1, 3))
        pages += g.pages
    remember(d, worker)
    return close(
        pages,
        s,
        h,
        numbers=h.numbers
        if h.numbers != "none"
        else "Page {i} of {n}"
        if lg == "en"
        else "Seite {i} von {n}"
        if lg == "de"
        else "{i}/{n}",
    )


TASKS = {
    "en": ["harvest", "packing", "weeding", "planting", "tunnel", "washing"],
    "de": ["Ernte", "Packen", "Hacken", "Pflanzen", "Tunnel", "Waschen"],
    "fr": ["récolte", "paniers", "désherbage", "plantation", "tunnel", "lavage"],
}


def tpl_timesheet(rng: random.Random, who: Issuer) -> list[Page]:
    """A seasonal worker's weekly timesheet on the garden's form, filled in by hand: start,
    finish, breaks, hours and tasks per day, totals and two signatures."""
    h = office_head()
    lg = h.lang
    size = keyed(who, "ts").choice([A4, landscape(A4), A5])
    s = style_of(h, size, margin=36 if size != A4 else 0, pt=8.5)
    w = s.page_size[0]
    m = s.margin
    worker = (
        LAST["who"]
        if after(("worker_contract",)) and isinstance(LAST["who"], str)
        else rng.choice(WORKERS)
    )
    d = last_day(rng, ("worker_contract",), (7, 20))
    wk = d - timedelta(days=d.weekday())
    f = plain_sheets(s)
    f.page.text(
        m,
        f.y + 4,
        tr(lg, "Weekly timesheet", "Stundenzettel", "Relevé d'heures hebdomadaire"),
        s.bold,
        13,
    )
    f.page.text(w - m, f.y + 4, fit(h.name, s.font, 8, w / 2 - m), s.font, 8, "right")
    f.y += 22
    f.y = fields(
        f.page,
        s,
        m,
        f.y,
        w - 2 * m,
        [
            (tr(lg, "Name", "Name", "Nom"), str(worker)),
            (tr(lg, "Week commencing", "Woche ab", "Semaine du"), short(wk, lg)),
            (tr(lg, "Payroll no.", "Personal-Nr.", "Matricule"), str(rng.randint(100, 199))),
        ],
        per=3,
        tall=24,
    )
    rows = []
    tot = 0.0
    for k in range(7):
        if k == 6 or (k == 5 and rng.random() < 0.5):
            rows.append([WEEKDAYS[lg][k], "", "", "", "", ""])
            continue
        st = rng.choice([6, 7, 7, 8])
        fin = st + rng.choice([8, 9, 9, 10])
        br = rng.choice([0.5, 0.5, 0.75, 1.0])
        mins = rng.choice([0, 30])
        hrs = fin + mins / 60 - st - br
        tot += hrs
        rows.append(
            [
                WEEKDAYS[lg][k],
                f"{st}:00",
                f"{fin}:{mins:02d}",
                f"{br:g}",
                f"{hrs:g}",
                ", ".join(rng.sample(TASKS[lg], rng.randint(1, 2))),
            ]
        )
    cols = columns(
        m,
        w - m,
        [
            (0.8, "left"),
            (1, "center"),
            (1, "center"),
            (0.9, "center"),
            (0.9, "center"),
            (3, "left"),
        ],
    )
    grid(
        f,
        s,
        cols,
        [
            tr(lg, "Day", "Tag", "Jour"),
            tr(lg, "Start", "Beginn", "Début"),
            tr(lg, "Finish", "Ende", "Fin"),
            tr(lg, "Break h", "Pause h", "Pause h"),
            tr(lg, "Hours", "Std.", "Heures"),
            tr(lg, "Work done", "Tätigkeit", "Travaux"),
        ],
        rows,
        {1, 2, 3, 4, 5},
        size=8.5,
        step=2.6,
    )
    f.y += 8
    f.page.text(m, f.y, tr(lg, "Total hours", "Summe Stunden", "Total heures"), s.bold, 9)
    hand(f.page, m + 100, f.y, f"{tot:g}", 11)
    f.y += 30
    scrawl(f.page, m, f.y, str(worker))
    scrawl(f.page, w / 2 + 10, f.y, team("grower"))
    f.page.line(m, f.y + 4, w / 2 - 20, f.y + 4)
    f.page.line(w / 2 + 10, f.y + 4, w - m, f.y + 4)
    f.page.text(m, f.y + 14, tr(lg, "Worker", "Mitarbeiter/in", "Salarié"), s.font, 7)
    f.page.text(w / 2 + 10, f.y + 14, tr(lg, "Approved", "Geprüft", "Visa employeur"), s.font, 7)
    remember(d, worker)
    return f.pages


FIELDS = {
    "en": ["Top field", "Tunnel", "Long acre", "Orchard"],
    "de": ["Oberer Schlag", "Tunnel", "Langes Stück", "Obstwiese"],
    "fr": ["Grand champ", "Tunnel", "La Longue", "Verger"],
}
SOIL_HEADS = ["pH", "P mg/l", "K mg/l", "Mg mg/l", "OM %"]


def tpl_soil_analysis(rng: random.Random, who: Issuer) -> list[Page]:
    """A laboratory's soil analysis report: the sample and results table (many samples on a
    landscape page), indices, interpretation and recommendations per crop."""
    h = head_of(who, "lab")
    lg = h.lang
    s = style_of(h)
    w = s.page_size[0]
    m = s.margin
    d = some_day(rng)
    rep = serial(rng, rng.choice(["99999/25", "B25-999999", "AN-999999"]))
    n = rng.choice([2, 3, 4, 6, 9, 12])
    title = tr(
        lg, "Soil Analysis Report", "Prüfbericht Bodenuntersuchung", "Bulletin d'analyse de terre"
    )
    f = sheets(s, h, f"{title} {rep}")
    recipient(
        f,
        s,
        h,
        office_lines(),
        d,
        [
            (tr(lg, "Report no.", "Prüfbericht-Nr.", "N° rapport"), rep),
            (
                tr(lg, "Received", "Eingang", "Réception"),
                short(d - timedelta(days=rng.randint(5, 12)), lg),
            ),
        ],
    )
    caption(f, s, title, 3)
    samples = []
    for k in range(n):
        ph = round(rng.uniform(5.6, 7.6), 1)
        p_ = rng.randint(12, 70)
        k_ = rng.randint(90, 420)
        mg = rng.randint(40, 220)
        om = round(rng.uniform(2.1, 7.5), 1)
        field = f"{rng.choice(FIELDS[lg])} {k + 1}"
        samples.append([serial(rng, "999999"), field, f"{ph}", str(p_), str(k_), str(mg), f"{om}"])
    heads = [
        tr(lg, "Lab no.", "Labor-Nr.", "N° labo"),
        tr(lg, "Sample", "Probe", "Échantillon"),
        *SOIL_HEADS,
    ]
    if n <= 6:
        table(
            f,
            columns(m, w - m, [(1, "left"), (2.4, "left")] + [(0.8, "right")] * 5),
            heads,
            samples,
            s,
            rules=True,
        )
        f.y += 4
        write(
            f,
            s,
            tr(
                lg,
                "Indices: P index 2, K index 2-, Mg index 2 are the targets for field vegetables.",
                "Gehaltsklasse C ist anzustreben (VDLUFA).",
                "Teneurs à comparer aux seuils COMIFER.",
            ),
            s.size - 1,
        )
        pages = f.pages
    else:
        write(
            f,
            s,
            tr(
                lg,
                f"{n} samples received. Results are given on the following page.",
                f"{n} Proben eingegangen. Die Ergebnisse folgen auf der nächsten Seite.",
                f"{n} échantillons reçus. Résultats en page suivante.",
            ),
        )
        write(f, s, prose(rng, lg, "soil", 1, 2), s.size - 1)
        pages = f.pages
        s2 = style_of(h, landscape(A4), margin=44)
        w2, _ = s2.page_size
        g = plain_sheets(s2, f"{title} {rep}")
        caption(g, s2, tr(lg, "Results", "Ergebnisse", "Résultats"), 2)
        extra = ["B mg/l", "Cu mg/l", tr(lg, "Texture", "Bodenart", "Texture")]
        rows = [
            [
                *r,
                f"{rng.uniform(0.4, 2.2):.1f}",
                f"{rng.uniform(1, 6):.1f}",
                rng.choice(["sL", "lS", "tL", "LS"]),
            ]
            for r in samples
        ]
        table(
            g,
            columns(44, w2 - 44, [(1, "left"), (2.4, "left")] + [(0.8, "right")] * 8),
            heads + extra,
            rows,
            s2,
            rules=True,
            shade=0.9,
            step=1.8,
        )
        pages += g.pages
    r = sheets(s, h, f"{title} {rep}", top=False)
    caption(
        r,
        s,
        tr(
            lg,
            "Interpretation and recommendations",
            "Bewertung und Düngeempfehlung",
            "Interprétation et conseils",
        ),
        1.5,
    )
    write(r, s, prose(rng, lg, "soil", 2, 4))
    rows2 = []
    for k in rng.sample(range(len(CROPS)), rng.randint(3, 6)):
        rows2.append(
            [
                crop(k, lg),
                str(rng.choice([0, 40, 60, 80, 120])),
                str(rng.choice([0, 30, 50])),
                str(rng.choice([0, 60, 120, 180])),
                rng.choice(["", tr(lg, "lime 2 t/ha", "Kalk 20 dt/ha", "chaux 2 t/ha")]),
            ]
        )
    table(
        r,
        columns(
            m, w - m, [(2.4, "left"), (0.8, "right"), (0.8, "right"), (0.8, "right"), (1.6, "left")]
        ),
        [
            tr(lg, "Crop", "Kultur", "Culture"),
            "N kg/ha",
            "P2O5",
            "K2O",
            tr(lg, "Lime", "Kalkung", "Chaulage"),
        ],
        rows2,
        s,
        rules=True,
    )
    write(
        r,
        s,
        tr(
            lg,
            "Organic growers: meet requirements with compost, manures and permitted rock minerals.",
            "Im Ökolandbau über Kompost, Wirtschaftsdünger und zugelassene Gesteinsmehle "
            "ausgleichen.",
            "En AB : apports par composts, fumiers et amendements autorisés.",
        ),
        s.size - 1,
    )
    r.need(60)
    r.y += 12
    scrawl(r.page, m, r.y, staff(h, "chem"))
    r.page.text(
        m,
        r.y + 12,
        f"{staff(h, 'chem')} - "
        f"{tr(lg, 'Laboratory Manager', 'Laborleitung', 'Responsable du laboratoire')}",
        s.font,
        8,
    )
    r.page.text(
        m,
        r.y + 24,
        tr(
            lg,
            "UKAS accredited testing laboratory No. " + str(rng.randint(1000, 9999)),
            "Durch die DAkkS nach DIN EN ISO/IEC 17025 akkreditiert, "
            f"D-PL-{rng.randint(10000, 19999)}-01-00",
            f"Accréditation COFRAC essais n° 1-{rng.randint(1000, 6999)}",
        ),
        s.font,
        7,
    )
    pages += r.pages
    received(rng, pages[0], d)
    remember(d)
    return close(
        pages,
        s,
        h,
        numbers=rng.choice(["Page {i} of {n}", "{i}/{n}"])
        if lg == "en"
        else "Seite {i} von {n}"
        if lg == "de"
        else "Page {i}/{n}",
    )


# ---------------------------------------------------------------------------------------------
# The part: templates, runs and companions
# ---------------------------------------------------------------------------------------------


def tracked(name: str, tpl: Template) -> Template:
    """``tpl`` noting its kind, so that a companion can take up the same customer or day."""

    def run(rng: random.Random, who: Issuer) -> list[Page]:
        pages = tpl(rng, who)
        LAST["kind"] = name
        return pages

    run.__doc__ = tpl.__doc__
    return run


KINDS: dict[str, Template] = {
    "inspection": tpl_inspection,
    "certificate": tpl_certificate,
    "seed_invoice": tpl_seed_invoice,
    "plant_delivery": tpl_plant_delivery,
    "compost_ticket": tpl_compost_ticket,
    "wholesale_invoice": tpl_wholesale_invoice,
    "subscription_form": tpl_subscription_form,
    "dd_confirmation": tpl_dd_confirmation,
    "round_sheet": tpl_round_sheet,
    "complaint": tpl_complaint,
    "complaint_reply": tpl_complaint_reply,
    "van_lease_invoice": tpl_van_lease_invoice,
    "fuel_delivery": tpl_fuel_delivery,
    "polytunnel_quote": tpl_polytunnel_quote,
    "abstraction_licence": tpl_abstraction_licence,
    "shop_summary": tpl_shop_summary,
    "packaging_invoice": tpl_packaging_invoice,
    "worker_contract": tpl_worker_contract,
    "timesheet": tpl_timesheet,
    "soil_analysis": tpl_soil_analysis,
}
TEMPLATES_AAAA: dict[str, Template] = {k: tracked(k, t) for k, t in KINDS.items()}
#: Kinds that a pile often holds 2-4 of in a row from one sender.
RUN_KINDS = (
    "seed_invoice",
    "compost_ticket",
    "wholesale_invoice",
    "round_sheet",
    "shop_summary",
    "timesheet",
    "subscription_form",
    "van_lease_invoice",
    "packaging_invoice",
)
#: A kind often followed by a related paper, answering it.
FOLLOWS = {
    "inspection": "certificate",
    "plant_delivery": "seed_invoice",
    "subscription_form": "dd_confirmation",
    "complaint": "complaint_reply",
    "worker_contract": "timesheet",
}


# ---------------------------------------------------------------------------------------------
# Streams and generation (same files and labels as corpus.generate)
# ---------------------------------------------------------------------------------------------


def make_bowl_stream(rng: random.Random, n_docs: int, separators: bool) -> Stream:
    """One garden's pile: ``corpus.make_stream`` with batch runs (after a run kind, 1-3 more
    of the same kind from the same sender follow with probability 0.6) and companions (each
    kind in ``FOLLOWS`` is followed by its related paper with probability 0.5). The garden
    (country, name, month) is drawn once per stream."""
    r = random.Random(rng.getrandbits(32))
    lang = r.choice(["en", "en", "de", "de", "fr"])
    OFFICE["lang"] = lang
    OFFICE["row"] = r.randrange(len(OFFICES[lang]))
    OFFICE["seed"] = r.getrandbits(24)
    OFFICE["month"] = date(r.choice([2024, 2025]), r.randint(3, 11), 1)
    LAST.update(kind="", who=None, day=None, extra=None)
    run_odds = dict.fromkeys(RUN_KINDS, 0.6)
    return assemble_stream(
        rng, TEMPLATES_AAAA, n_docs, separators, run_odds, run_len=(1, 3), follows=FOLLOWS
    )


generate = part_generate(PART, SEED_OFFSET, make_bowl_stream, "templates AAAA")


def main(argv: list[str]) -> int:
    return part_main(argv, __doc__, PART, generate, scanned=12)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

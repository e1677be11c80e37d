"""Terrine part of the generated corpus: templates KKK, written blind for the next measurement.

A part of its own, ``terrine``. Its templates were written without looking at the boundary
detector, its documentation, its tuning or its evaluation, as the pile the office of an
accredited food and water testing laboratory (in England, Germany or France; a lab manager,
six analysts and a sample reception) feeds through its scanner in a month: customers' sample
submission forms (the lab's printed form filled in by hand, with the box for laboratory use,
now and then a continuation sheet or the conditions of sample acceptance on the back);
chain-of-custody records on the water clients' own landscape forms with the relinquished /
received signatures; courier waybills (4 x 6 labels with a barcode and the UN 3373 mark, A5
consignment notes); the lab's certificates of analysis (Prüfbericht, rapport d'essai) with the
accreditation mark, the result table, notes, the authorised signatory and 'Page i of n', now
and then a methods and uncertainty annex; the lab's drinking / pool water test reports with a
cover page, the results on landscape pages, the methods and the assessment; subcontracted
laboratories' residue reports with long analyte tables, some with a covering letter;
proficiency testing scheme reports (cover page, your results with z-scores, a page of z-score
charts, the statistics); accreditation body assessment reports (UKAS, DAkkS, Cofrac) with the
covering letter, the findings table and the acknowledgement page; the lab's corrective action
reports, sometimes with a page of evidence; staff training and competence records, now and
then with the landscape competence matrix; reagent and consumables suppliers' invoices, some
with the conditions of sale on the back; their delivery notes / packing lists (A4 or
landscape A5) with lot numbers, expiry and the goods-in check; their safety data sheets
(REACH, sixteen sections, running header and 'Page i of n'); gas cylinder rental statements
with a landscape page of cylinder movements; instrument field service reports, some with the
maintenance checklist; calibration certificates for balances, pipettes and thermometers;
the lab's quotations to customers with terms and an acceptance slip; customers' purchase
orders, some with purchasing terms on the back; hazardous waste consignment notes
(consignment note in parts, Begleitschein, BSDD) with a collection receipt now and then; and
electricity and water bills. Each stream is one laboratory's pile: the laboratory (country,
name, month, staff) is drawn once per stream; its senders are of the lab's country and write
in its language, except that customers, suppliers, calibration firms, subcontract labs and
proficiency testing providers are now and then from abroad and write in their own. Page sizes
range from 4 x 6 inch courier labels and landscape A5 to A4, Letter and landscape A4.

Labelling rule: what one sender issues in one go is one document, as the lab files it: the
continuation sheet and the conditions on the back of a submission form; every sheet of one
chain-of-custody record; the annex of a certificate of analysis; the cover, landscape result
pages, methods and assessment of a water test report; the covering letter in front of a
subcontracted lab's report and of an accreditation assessment report, and the report's
findings table and acknowledgement page; the cover, results, charts and statistics of a
proficiency test report; the evidence page of a corrective action report; the competence
matrix behind a training record; the conditions of sale behind an invoice; all sixteen
sections of a safety data sheet; the cylinder movements page of a gas statement; the
checklist of a service report; the results and reference standards pages of a calibration
certificate; the terms and acceptance slip of a quotation; the purchasing terms behind a
purchase order; the collection receipt with a waste consignment note; every page of a bill.
Related papers are documents of their own: the certificate of analysis after the submission
form it reports on, the water test report after the chain-of-custody record, the corrective
action reports after the assessment report or the proficiency test report that raised them,
the customer's purchase order after the lab's quotation, the supplier's invoice after its
packing list, the safety data sheet after the invoice, the calibration certificate after the
service report; and so is each certificate, form, waybill, record, invoice, packing list,
certificate of calibration and purchase order of a run.

Streams are assembled like ``corpus.make_stream`` (same separator sheets, same 30% chance of
repeating the previous kind and sender), plus batch runs: submission forms, chain-of-custody
records, waybills, certificates of analysis (one per sample of a submission), corrective
action reports (one per finding), training records (one per analyst), suppliers' invoices and
packing lists, calibration certificates and customers' purchase orders often come 2-4 in a
row from one sender with other samples, dates, numbers and amounts; and companions: each
related paper above often follows the document it answers, about the same samples, findings
or goods. Drawn with ``corpus.draw_pdf``, scanned with ``corpus.scan`` and labelled exactly
like ``corpus.generate`` with ``"split": "terrine"`` and seeds offset by 6_200_000.

Usage: ``python benchmarks/corpus_terrine.py OUT_DIR [--streams N] [--scanned N] [--seed S]``
writes ``OUT_DIR/terrine/terrine_{born_digital,scanned}_NNNNNNN.{pdf,json}``.
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

PART = "terrine"
SEED_OFFSET = 6_200_000

MM = 72 / 25.4
LABEL = (4 * 72.0, 6 * 72.0)  # a 4 x 6 inch courier label
A5L = landscape(A5)
A4L = landscape(A4)

# ---------------------------------------------------------------------------------------------
# Who writes: the laboratory and its outside senders, by country
# ---------------------------------------------------------------------------------------------

Row = tuple[str, str, str, str]  # name, street, town, telephone
LABS: dict[str, list[Row]] = {
    "en": [
        (
            "Severn Analytical Laboratories Ltd",
            "Unit 7, Kingsway Business Park",
            "Gloucester GL2 2AB",
            "01452 730 410",
        ),
        ("Fenland Food & Water Testing Ltd", "3 Cromwell Court", "Ely CB7 4GP", "01353 662 915"),
        ("Pennine Scientific Services", "Holme Mills, Bridge Lane", "Holmfirth HD9 7AU", ""),
    ],
    "de": [
        (
            "Labor Dr. Krämer & Partner GmbH",
            "Otto-Hahn-Straße 22",
            "48161 Münster",
            "0251 98 71 40",
        ),
        ("Nordlab Lebensmittel- und Wasseranalytik", "Am Lunedeich 9", "27572 Bremerhaven", ""),
        ("Analytik Institut Neckar GmbH", "Benzstraße 5", "74076 Heilbronn", "07131 64 28 0"),
    ],
    "fr": [
        ("Laboratoire Val de Loire Analyses", "14 rue de la Chimie", "37100 Tours", ""),
        ("LABOCÉANE Analyses", "ZA de Kerbriant, 3 rue Ampère", "29200 Brest", "02 98 41 67 20"),
        ("Laboratoire Départemental Sud-Alpes", "42 avenue Jean Jaurès", "05000 Gap", ""),
    ],
}
SENDERS: dict[str, dict[str, list[Row]]] = {
    "food": {
        "en": [
            ("Cotswold Pies Ltd", "Unit 2, Love Lane Ind. Est.", "Cirencester GL7 1YG", ""),
            ("Tewkesbury Dairy Co-operative", "Station Road", "Tewkesbury GL20 5DW", ""),
            ("The Malvern Kitchen (catering)", "Abbey Road", "Malvern WR14 3HQ", "01684 892 104"),
            ("Wye Valley Smokehouse", "Old Forge", "Ross-on-Wye HR9 7BJ", ""),
            ("Halden Bakeries Ltd", "Gloucester Road", "Stroud GL5 3QA", "01453 766 300"),
        ],
        "de": [
            ("Fleischerei Brüggemann GmbH", "Ludgeristraße 61", "48143 Münster", ""),
            ("Molkerei Emsland eG", "Meppener Straße 88", "49716 Meppen", "05931 40 90"),
            ("Feinkost Hasenkamp KG", "Hafenweg 12", "48155 Münster", ""),
            ("Bäckerei Sonnenkorn", "Hauptstraße 140", "48231 Warendorf", ""),
            ("Kantine & Catering Westfalen GmbH", "Industrieweg 4", "48249 Dülmen", ""),
        ],
        "fr": [
            ("Fromagerie des Varennes SARL", "Lieu-dit Les Varennes", "37190 Azay-le-Rideau", ""),
            ("Charcuterie Moreau et Fils", "8 rue Nationale", "41000 Blois", "02 54 78 11 20"),
            ("Restaurant scolaire de Joué-lès-Tours", "Place de la Mairie", "37300 Joué", ""),
            ("Biscuiterie Touraine SAS", "ZI Nord, rue Denis Papin", "37200 Tours", ""),
            ("Conserverie La Belle Loire", "2 quai des Mariniers", "49400 Saumur", ""),
        ],
    },
    "water": {
        "en": [
            ("Meridian Environmental Consultants", "Brunswick House", "Cheltenham GL50 1HX", ""),
            ("Cotswold Leisure Trust (pools)", "Leisure Centre, Tetbury Rd", "Cirencester", ""),
            ("Aquaclear Water Hygiene Ltd", "Unit 14, Hurricane Rd", "Gloucester GL3 4AQ", ""),
            ("Forest Holiday Parks Ltd", "Speech House Road", "Coleford GL16 7EL", ""),
        ],
        "de": [
            ("Ingenieurbüro Hydroplan GmbH", "Weseler Straße 300", "48151 Münster", ""),
            ("Stadtwerke Emsdetten - Wasserwerk", "Moorweg 1", "48282 Emsdetten", ""),
            ("Hotel Kaiserhof Bad Lippspringe", "Detmolder Straße 2", "33175 Bad Lippspringe", ""),
            ("Freizeitbad Aquarell", "Am Sportpark 3", "48268 Greven", ""),
        ],
        "fr": [
            ("Syndicat des Eaux du Val de Cher", "Route de Vierzon", "41200 Romorantin", ""),
            ("Bureau d'études HydroConseil", "5 allée des Tanneurs", "37000 Tours", ""),
            ("Camping Les Rives du Lac", "Chemin du Lac", "37150 Chenonceaux", ""),
            ("Centre aquatique Aqualudis", "Boulevard de Chinon", "37300 Joué-lès-Tours", ""),
        ],
    },
    "supplier": {
        "en": [
            ("Labscope Supplies Ltd", "Unit 9, Ashby Park", "Loughborough LE11 5UB", ""),
            ("Chemtrade Scientific (UK) Ltd", "Bishops Way", "Cambridge CB4 1RT", ""),
            ("MediaLab Culture Products", "Basingstoke Road", "Reading RG2 0QE", ""),
        ],
        "de": [
            ("LabStore Laborbedarf GmbH", "Carl-Zeiss-Ring 11", "85737 Ismaning", ""),
            ("Chemikalienhandel Rhein-Main GmbH", "Hanauer Landstraße 291", "60314 Frankfurt", ""),
            ("Nährmedien Dr. Voss KG", "Im Gewerbepark 6", "64297 Darmstadt", ""),
        ],
        "fr": [
            ("Dislab Fournitures de Laboratoire", "ZA du Mesnil", "78990 Élancourt", ""),
            ("Chimie Distribution Ouest", "12 rue de l'Étang", "44300 Nantes", ""),
            ("Milieux & Cultures SA", "Parc technologique", "69570 Dardilly", ""),
        ],
    },
    "calib": {
        "en": [
            ("Precision Metrology Services Ltd", "Unit 3, Quedgeley West", "Gloucester", ""),
            ("Anaserv Instrument Services", "Milton Park", "Abingdon OX14 4RS", ""),
        ],
        "de": [
            ("Kalibrierlabor Westfalen GmbH", "Robert-Bosch-Str. 7", "48153 Münster", ""),
            ("Instrumentenservice Kessler", "Gutenbergstraße 19", "44139 Dortmund", ""),
        ],
        "fr": [
            ("Métrologie Centre Val de Loire", "7 rue Gay-Lussac", "45000 Orléans", ""),
            ("Instrumentation Service Ouest", "Rue des Artisans", "35510 Cesson-Sévigné", ""),
        ],
    },
    "gas": {
        "en": [("Severnside Industrial Gases Ltd", "Avonmouth Way", "Bristol BS11 9HX", "")],
        "de": [("Technische Gase Nordwest GmbH", "Industriestraße 50", "44147 Dortmund", "")],
        "fr": [("Gaz Industriels du Centre", "ZI des Gailletrous", "41260 La Chaussée", "")],
    },
    "courier": {
        "en": [
            ("ParcelLine Express", "Hub 4, Junction 10", "Coventry CV6 4QJ", "0344 800 4410"),
            ("MedCourier Samples Ltd", "Riverside Estate", "Bristol BS2 0RE", ""),
        ],
        "de": [
            ("Blitzkurier Münsterland", "Hansaring 41", "48155 Münster", ""),
            ("ThermoLogistik Express GmbH", "Flughafenstraße 8", "48268 Greven", ""),
        ],
        "fr": [
            ("Messagerie Express Centre", "Plateforme de Tours-Nord", "37100 Tours", ""),
            ("BioTransport Santé", "6 rue de l'Aviation", "37210 Parçay-Meslay", ""),
        ],
    },
    "pt": {
        "en": [("FoodCheck Proficiency Testing", "Sand Hutton", "York YO41 1LZ", "")],
        "de": [("Ringversuchsdienst für Lebensmittel (RVL)", "Am Fort 4", "66125 Saarbrücken", "")],
        "fr": [("Essais Interlaboratoires France (EIF)", "189 rue d'Aubervilliers", "Paris", "")],
    },
    "accred": {
        "en": [("UKAS", "2 Pine Trees, Chertsey Lane", "Staines-upon-Thames TW18 3HR", "")],
        "de": [
            (
                "Deutsche Akkreditierungsstelle GmbH (DAkkS)",
                "Spittelmarkt 10",
                "10117 Berlin",
                "",
            )
        ],
        "fr": [("Cofrac - Section Laboratoires", "52 rue Jacques Ibert", "75017 Paris", "")],
    },
    "waste": {
        "en": [("Chemwaste Solutions Ltd", "Stonehouse Commercial Centre", "Stonehouse GL10", "")],
        "de": [("Sonderabfall Entsorgung Münsterland GmbH", "Zum Hafen 18", "48155 Münster", "")],
        "fr": [("Trédi Déchets Spéciaux Centre", "ZI de Saint-Pierre", "37700 Saint-Pierre", "")],
    },
    "utility": {
        "en": [
            ("Vale Power & Gas", "PO Box 4410", "Bristol BS99 7XZ", "0330 088 5210"),
            ("Severn Vale Water", "Customer Services, PO Box 55", "Gloucester GL99 1EE", ""),
        ],
        "de": [
            ("Stadtwerke Münster GmbH", "Hafenplatz 1", "48155 Münster", "0251 694 0"),
            ("Westfalen Energie AG", "Postfach 10 44", "44004 Dortmund", ""),
        ],
        "fr": [
            ("Électricité Pro Centre", "TSA 30118", "37911 Tours Cedex 9", "09 70 81 42 10"),
            ("Eaux de Touraine", "Service clients, TSA 20012", "37000 Tours", ""),
        ],
    },
    "sublab": {
        "en": [("Brightwater Residue Analysis Ltd", "Science Park", "Norwich NR4 7GJ", "")],
        "de": [("Rückstandslabor Dr. Heinrichs GmbH", "Eiffestraße 462", "20537 Hamburg", "")],
        "fr": [("Laboratoire Phytocontrol Sud", "Parc Euromédecine", "34000 Montpellier", "")],
    },
}
ACCRED = {
    "en": ("UKAS", "TESTING", "CALIBRATION"),
    "de": ("DAkkS", "D-PL", "D-K"),
    "fr": ("COFRAC", "ESSAIS", "ÉTALONNAGE"),
}

FIRSTS = {
    "en": ["Sarah", "Gareth", "Emma", "Rajesh", "Hannah", "Neil", "Chloe", "Tom", "Fiona", "Ian"],
    "de": ["Andrea", "Thomas", "Julia", "Stefan", "Katrin", "Mehmet", "Sabine", "Jan", "Eva"],
    "fr": ["Nathalie", "Julien", "Camille", "Olivier", "Sandrine", "Karim", "Léa", "Hugo"],
}
LASTS = {
    "en": ["Pritchard", "Holloway", "Bennett", "Sharma", "Gallagher", "Thornton", "Moss", "Dyer"],
    "de": ["Bauer", "Schulte", "Hartmann", "Wolff", "Yilmaz", "Neumann", "Vogel", "Ziegler"],
    "fr": ["Lefèvre", "Morel", "Girard", "Fontaine", "Chevalier", "Benali", "Roux", "Perrin"],
}
FEMALE = {"Sarah", "Emma", "Hannah", "Chloe", "Fiona", "Andrea", "Julia", "Katrin", "Sabine"}
FEMALE |= {"Eva", "Nathalie", "Camille", "Sandrine", "Léa"}

TALK = {
    "en": {
        "lab": "sample samples analysis method result results laboratory temperature "
        "container receipt accredited limit uncertainty batch procedure report customer",
        "qa": "nonconformity corrective action root cause procedure records audit finding "
        "evidence competence validation quality manager review effectiveness clause",
        "safety": "hazard exposure ventilation gloves eye protection spillage vapour "
        "flammable container storage disposal skin inhalation first aid",
        "money": "invoice payment account balance due amount reference period charges "
        "statement terms direct debit settlement",
    },
    "de": {
        "lab": "Probe Proben Analyse Methode Ergebnis Ergebnisse Labor Temperatur Behälter "
        "Eingang akkreditiert Grenzwert Messunsicherheit Charge Verfahren Bericht Auftraggeber",
        "qa": "Abweichung Korrekturmaßnahme Ursache Verfahrensanweisung Aufzeichnungen Audit "
        "Feststellung Nachweis Kompetenz Validierung Qualitätsmanagement Wirksamkeit Norm",
        "safety": "Gefahr Exposition Lüftung Schutzhandschuhe Augenschutz verschütten Dampf "
        "entzündbar Behälter Lagerung Entsorgung Haut Einatmen Erste Hilfe",
        "money": "Rechnung Zahlung Konto Saldo fällig Betrag Verwendungszweck Zeitraum "
        "Gebühren Abrechnung Lastschrift Ausgleich",
    },
    "fr": {
        "lab": "échantillon échantillons analyse méthode résultat résultats laboratoire "
        "température flacon réception accrédité limite incertitude lot procédure rapport client",
        "qa": "écart action corrective cause procédure enregistrements audit constat preuve "
        "compétence validation qualité revue efficacité exigence",
        "safety": "danger exposition ventilation gants lunettes déversement vapeur "
        "inflammable récipient stockage élimination peau inhalation premiers secours",
        "money": "facture paiement compte solde échéance montant référence période frais "
        "relevé prélèvement règlement",
    },
}
GLUES = {
    "en": "the of and to for with on at by from this is are will be the a as we all",
    "de": "die der das und zu für mit auf von ist sind wird bei nach den dem im wir alle",
    "fr": "le la les et de du pour avec sur par est sont sera au aux des une nous tous",
}


def words(rng: random.Random, lang: str, topic: str = "lab", n: int | None = None) -> str:
    pool, glue = TALK[lang][topic].split(), GLUES[lang].split()
    ws = [rng.choice(pool if rng.random() < 0.5 else glue) for _ in range(n or rng.randint(7, 15))]
    text = " ".join(ws)
    return text[0].upper() + text[1:] + "."


def prose(rng: random.Random, lang: str, topic: str = "lab", lo: int = 2, hi: int = 4) -> str:
    return " ".join(words(rng, lang, topic) for _ in range(rng.randint(lo, hi)))


# ---------------------------------------------------------------------------------------------
# What the laboratory tests: parameters, methods, limits
# ---------------------------------------------------------------------------------------------


@dataclass
class Param:
    key: str
    en: str
    de: str
    fr: str
    unit: str
    method: str
    loq: float
    limit: float | None
    matrix: str  # water | food | both
    kind: str  # count | presence | conc

    def name(self, lang: str) -> str:
        return tr(lang, self.en, self.de, self.fr)


PARAMS = [
    Param(
        "tvc22",
        "Colony count 22 °C",
        "Koloniezahl 22 °C",
        "Germes revivifiables 22 °C",
        "cfu/ml",
        "ISO 6222",
        1,
        100,
        "water",
        "count",
    ),
    Param(
        "tvc36",
        "Colony count 36 °C",
        "Koloniezahl 36 °C",
        "Germes revivifiables 36 °C",
        "cfu/ml",
        "ISO 6222",
        1,
        20,
        "water",
        "count",
    ),
    Param(
        "coli",
        "Coliform bacteria",
        "Coliforme Bakterien",
        "Bactéries coliformes",
        "cfu/100 ml",
        "ISO 9308-1",
        0,
        0,
        "water",
        "count",
    ),
    Param(
        "ecw",
        "Escherichia coli",
        "Escherichia coli",
        "Escherichia coli",
        "cfu/100 ml",
        "ISO 9308-1",
        0,
        0,
        "water",
        "count",
    ),
    Param(
        "ent",
        "Intestinal enterococci",
        "Intestinale Enterokokken",
        "Entérocoques intestinaux",
        "cfu/100 ml",
        "ISO 7899-2",
        0,
        0,
        "water",
        "count",
    ),
    Param(
        "pse",
        "Pseudomonas aeruginosa",
        "Pseudomonas aeruginosa",
        "Pseudomonas aeruginosa",
        "cfu/100 ml",
        "ISO 16266",
        0,
        0,
        "water",
        "count",
    ),
    Param(
        "leg",
        "Legionella spp.",
        "Legionellen",
        "Legionella spp.",
        "cfu/100 ml",
        "ISO 11731",
        100,
        100,
        "water",
        "count",
    ),
    Param("no3", "Nitrate", "Nitrat", "Nitrates", "mg/l", "ISO 10304-1", 0.5, 50, "water", "conc"),
    Param("no2", "Nitrite", "Nitrit", "Nitrites", "mg/l", "ISO 13395", 0.01, 0.5, "water", "conc"),
    Param("ph", "pH value", "pH-Wert", "pH", "-", "ISO 10523", 0, None, "water", "conc"),
    Param(
        "ec",
        "Conductivity (20 °C)",
        "Leitfähigkeit (25 °C)",
        "Conductivité à 25 °C",
        "µS/cm",
        "EN 27888",
        10,
        2500,
        "water",
        "conc",
    ),
    Param("pb", "Lead", "Blei", "Plomb", "µg/l", "ISO 17294-2", 1, 10, "water", "conc"),
    Param("cu", "Copper", "Kupfer", "Cuivre", "mg/l", "ISO 17294-2", 0.005, 2, "water", "conc"),
    Param(
        "cl2",
        "Free chlorine",
        "Freies Chlor",
        "Chlore libre",
        "mg/l",
        "ISO 7393-2",
        0.05,
        None,
        "water",
        "conc",
    ),
    Param(
        "tvcf",
        "Aerobic colony count 30 °C",
        "Aerobe mesophile Keimzahl",
        "Flore aérobie mésophile 30 °C",
        "cfu/g",
        "ISO 4833-1",
        10,
        None,
        "food",
        "count",
    ),
    Param(
        "ecf",
        "E. coli (beta-glucuronidase +)",
        "E. coli (beta-Glucuronidase-positiv)",
        "E. coli bêta-glucuronidase +",
        "cfu/g",
        "ISO 16649-2",
        10,
        100,
        "food",
        "count",
    ),
    Param(
        "ebac",
        "Enterobacteriaceae",
        "Enterobacteriaceae",
        "Entérobactéries",
        "cfu/g",
        "ISO 21528-2",
        10,
        None,
        "food",
        "count",
    ),
    Param(
        "staph",
        "Coagulase-positive staphylococci",
        "Koagulase-positive Staphylokokken",
        "Staphylocoques à coagulase +",
        "cfu/g",
        "ISO 6888-1",
        10,
        100,
        "food",
        "count",
    ),
    Param(
        "sal",
        "Salmonella spp.",
        "Salmonellen",
        "Salmonella spp.",
        "/25 g",
        "ISO 6579-1",
        0,
        None,
        "food",
        "presence",
    ),
    Param(
        "lis",
        "Listeria monocytogenes",
        "Listeria monocytogenes",
        "Listeria monocytogenes",
        "/25 g",
        "ISO 11290-1",
        0,
        None,
        "food",
        "presence",
    ),
    Param(
        "lisc",
        "L. monocytogenes (enumeration)",
        "L. monocytogenes (Keimzahl)",
        "L. monocytogenes (dénombrement)",
        "cfu/g",
        "ISO 11290-2",
        10,
        100,
        "food",
        "count",
    ),
    Param(
        "bc",
        "Bacillus cereus (presumptive)",
        "Präsumtive Bacillus cereus",
        "Bacillus cereus présomptifs",
        "cfu/g",
        "ISO 7932",
        100,
        None,
        "food",
        "count",
    ),
    Param(
        "ym",
        "Yeasts and moulds",
        "Hefen und Schimmelpilze",
        "Levures et moisissures",
        "cfu/g",
        "ISO 21527-1",
        10,
        None,
        "food",
        "count",
    ),
    Param(
        "h2o",
        "Moisture",
        "Wassergehalt",
        "Humidité",
        "g/100 g",
        "ISO 1442",
        0.1,
        None,
        "food",
        "conc",
    ),
    Param(
        "fat",
        "Fat (total)",
        "Fett (gesamt)",
        "Matière grasse",
        "g/100 g",
        "ISO 1443",
        0.1,
        None,
        "food",
        "conc",
    ),
    Param(
        "prot",
        "Protein (N x 6.25)",
        "Protein (N x 6,25)",
        "Protéines (N x 6,25)",
        "g/100 g",
        "ISO 937",
        0.1,
        None,
        "food",
        "conc",
    ),
    Param(
        "salt",
        "Salt (from sodium)",
        "Kochsalz (aus Natrium)",
        "Sel (à partir du sodium)",
        "g/100 g",
        "EN 15505",
        0.01,
        None,
        "food",
        "conc",
    ),
    Param(
        "hist", "Histamine", "Histamin", "Histamine", "mg/kg", "EN 17126", 10, 200, "food", "conc"
    ),
    Param(
        "afb1",
        "Aflatoxin B1",
        "Aflatoxin B1",
        "Aflatoxine B1",
        "µg/kg",
        "EN 14123",
        0.1,
        2,
        "food",
        "conc",
    ),
]
SWABS = ["ebac", "lis", "tvcf"]


def params_of(matrix: str) -> list[Param]:
    return [p for p in PARAMS if p.matrix in (matrix, "both")]


def result_of(rng: random.Random, p: Param, lang: str, bad: float = 0.08) -> tuple[str, bool]:
    """A result as the lab reports it, and whether it is over the limit."""
    nd = tr(lang, "Not detected", "n. n.", "Non détecté")
    if p.kind == "presence":
        if rng.random() < bad / 2:
            return tr(lang, "Detected", "nachgewiesen", "Détecté"), True
        return nd, False
    if p.kind == "count":
        if rng.random() < 0.55:
            return f"<{max(p.loq, 1):g}", False
        v = rng.choice([1, 2, 3, 5, 8, 12, 20, 35, 60, 140, 400, 1200, 5400, 23000, 150000])
        if p.limit is not None and p.limit == 0 and rng.random() > bad:
            return "0", False
        if p.limit is not None and v > p.limit and rng.random() > bad:
            v = max(1, int(p.limit * rng.uniform(0.1, 0.6))) if p.limit else 0
        return (f"{v:.1e}".replace("e+0", " x 10^") if v > 99999 else str(v)), (
            p.limit is not None and v > p.limit
        )
    if p.key == "ph":
        v = round(rng.uniform(6.8, 8.2), 1)
        return (f"{v:.1f}" if lang == "en" else f"{v:.1f}".replace(".", ",")), False
    top = p.limit if p.limit else {"g/100 g": 40.0}.get(p.unit, 10.0)
    v = rng.uniform(0, top * (1.3 if rng.random() < bad else 0.8))
    if v < p.loq:
        return f"< {p.loq:g}", False
    digits = 2 if v < 10 else 1 if v < 100 else 0
    text = f"{v:.{digits}f}"
    if lang != "en":
        text = text.replace(".", ",")
    return text, p.limit is not None and v > p.limit


FOOD = {
    "en": [
        "Chicken & mushroom pie",
        "Cooked ham, sliced",
        "Coleslaw",
        "Cheddar, mature",
        "Smoked salmon slices",
        "Sandwich - egg mayonnaise",
        "Custard slice",
        "Rice, cooked",
        "Raw milk",
        "Yoghurt, natural",
        "Environmental swab - slicer",
        "Sponge - drain",
    ],
    "de": [
        "Fleischwurst",
        "Kochschinken, geschnitten",
        "Krautsalat",
        "Gouda, mittelalt",
        "Räucherlachs",
        "Brötchen belegt (Ei)",
        "Puddingteilchen",
        "Reis, gegart",
        "Rohmilch",
        "Joghurt natur",
        "Tupferprobe Aufschnittmaschine",
        "Abklatsch Ablauf",
    ],
    "fr": [
        "Tourte volaille",
        "Jambon cuit tranché",
        "Carottes râpées",
        "Comté 12 mois",
        "Saumon fumé",
        "Sandwich œuf mayonnaise",
        "Flan pâtissier",
        "Riz cuit",
        "Lait cru",
        "Yaourt nature",
        "Chiffonnette - trancheur",
        "Écouvillon - siphon",
    ],
}
POINTS = {
    "en": [
        "Kitchen cold tap",
        "Plant room outlet",
        "Shower, room 12",
        "Pool - deep end",
        "Borehole raw water",
        "Final water, treatment works",
        "Calorifier drain",
        "Customer tap, 14 High St",
        "Spa pool",
        "Staff room hot tap",
    ],
    "de": [
        "Küche Kaltwasser",
        "Technikraum Ausgang",
        "Dusche Zimmer 12",
        "Becken Tiefwasser",
        "Brunnen 2 Rohwasser",
        "Reinwasser Wasserwerk",
        "Speicher Entleerung",
        "Hausanschluss Lindenstr. 14",
        "Whirlpool",
        "Teeküche Warmwasser",
    ],
    "fr": [
        "Cuisine eau froide",
        "Local technique sortie",
        "Douche chambre 12",
        "Bassin grande profondeur",
        "Forage eau brute",
        "Eau traitée sortie usine",
        "Ballon purge",
        "Robinet abonné 14 Grande Rue",
        "Spa",
        "Salle de pause eau chaude",
    ],
}


# ---------------------------------------------------------------------------------------------
# The laboratory of a stream: its country, month, staff, customers and jobs
# ---------------------------------------------------------------------------------------------

LAB: dict[str, object] = {"lang": "en", "row": 0, "seed": 0, "month": date(2025, 3, 1)}


@dataclass
class Sample:
    no: str  # the lab's sample number
    ref: str  # the customer's reference
    desc: str
    taken: date
    temp: float


@dataclass
class Job:
    """One submission of samples by a customer, as a companion takes it up."""

    customer: Row
    lang: str
    matrix: str
    samples: list[Sample]
    params: list[Param]
    received: date
    order: str
    quote: str
    extra: dict[str, object] = field(default_factory=dict)


#: What the previous document was about (a companion takes up the same job and day).
LAST: dict[str, object] = {"kind": "", "job": None, "day": None, "extra": None}


def home() -> str:
    return str(LAB["lang"])


def month() -> date:
    m = LAB["month"]
    assert isinstance(m, date)
    return m


def keyed(who: Issuer, key: str) -> random.Random:
    """Draws fixed by the issuer, the stream's lab and ``key``: a run or a repeat keeps its
    sender."""
    text = f"terrine/{key}/{who.name}/{who.street}/{who.city}/{LAB['seed']}"
    return random.Random(zlib.crc32(text.encode()))


def lab_rng(key: str) -> random.Random:
    return random.Random(zlib.crc32(f"terrine/lab/{key}/{LAB['seed']}".encode()))


def add_months(d: date, n: int) -> date:
    k = d.year * 12 + d.month - 1 + n
    return date(k // 12, k % 12 + 1, 1)


def some_day(rng: random.Random) -> date:
    d = month() + timedelta(days=rng.randint(0, 30))
    return (
        d + timedelta(days=2)
        if d.weekday() == 5
        else d + timedelta(days=1)
        if d.weekday() == 6
        else d
    )


def after(kinds: tuple[str, ...]) -> bool:
    return LAST["kind"] in kinds


def last_day(rng: random.Random, kinds: tuple[str, ...], lag: tuple[int, int]) -> date:
    d = LAST["day"]
    if after(kinds) and isinstance(d, date):
        return d + timedelta(days=rng.randint(*lag))
    return some_day(rng)


def remember(job: Job | None, d: date, extra: object = None) -> None:
    LAST.update(job=job, day=d, extra=extra)


def person(r: random.Random, lang: str) -> str:
    return f"{r.choice(FIRSTS[lang])} {r.choice(LASTS[lang])}"


def lab_staff() -> dict[str, list[str]]:
    """The lab's people: a manager, six analysts and the sample reception, fixed per stream."""
    r = lab_rng("staff")
    lg = home()
    names: list[str] = []
    while len(names) < 8:
        n = person(r, lg)
        if n not in names:
            names.append(n)
    return {"manager": names[:1], "analysts": names[1:7], "reception": names[7:]}


def manager() -> str:
    return lab_staff()["manager"][0]


def initials(name: str) -> str:
    return "".join(t[0] for t in name.split() if t[:1].isalpha()).upper()


def accred_no(kind: str = "test") -> str:
    r = lab_rng("accno")
    lg = home()
    if lg == "en":
        return f"{r.randint(1020, 9890):04d}"
    if lg == "de":
        return f"D-PL-{r.randint(14000, 21999)}-01-00"
    return f"1-{r.randint(1000, 7200):04d}"


def customer_of(who: Issuer, matrix: str | None = None) -> tuple[Row, str, str]:
    """The customer ``who`` stands for (a food business or a water client) of the lab's
    country, now and then from abroad."""
    r = keyed(who, "customer")
    m = matrix or r.choice(["food", "food", "water"])
    lg = home()
    if r.random() < 0.1:
        lg = r.choice([x for x in ("en", "de", "fr") if x != lg])
    return r.choice(SENDERS[m][lg]), lg, m


def a_job(rng: random.Random, who: Issuer, matrix: str | None = None) -> Job:
    row, lg, m = customer_of(who, matrix)
    d = some_day(rng)
    n = rng.choice([1, 1, 2, 3, 4, 6, 8])
    pool = FOOD[lg] if m == "food" else POINTS[lg]
    base = rng.randint(1000, 9800)
    yy = d.year % 100
    samples = []
    for k in range(n):
        desc = rng.choice(pool)
        mask = rng.choice(["99", "A99", "S-99", "999"])
        samples.append(
            Sample(
                no=f"{yy}-{base + k:05d}" if home() != "de" else f"{d.year}-{base + k:05d}",
                ref=serial(rng, mask),
                desc=desc,
                taken=d - timedelta(days=rng.choice([0, 0, 1])),
                temp=round(rng.uniform(2.0, 7.5) if m == "food" else rng.uniform(4, 11), 1),
            )
        )
    ps = params_of(m)
    if m == "water":
        core = [p for p in ps if p.key in ("tvc22", "tvc36", "coli", "ecw", "ent")]
        extra = rng.sample([p for p in ps if p not in core], rng.randint(0, 5))
        chosen = (core if rng.random() < 0.7 else rng.sample(core, 2)) + extra
        if rng.random() < 0.3:
            chosen = [p for p in ps if p.key in ("leg",)]
    else:
        chosen = rng.sample(ps, rng.randint(2, 7))
    chosen.sort(key=PARAMS.index)
    return Job(
        customer=row,
        lang=lg,
        matrix=m,
        samples=samples,
        params=chosen,
        received=d,
        order=serial(rng, rng.choice(["PO 4500999999", "BE-99999", "999999", "CDE99999"])),
        quote=f"Q{d.year % 100}-{rng.randint(100, 999)}",
    )


def job_for(
    rng: random.Random, kinds: tuple[str, ...], who: Issuer, matrix: str | None = None
) -> Job:
    j = LAST["job"]
    if isinstance(j, Job) and after(kinds):
        return j
    return a_job(rng, who, matrix)


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
    "fr": ["none", "none", "Page {i}/{n}", "{i}/{n}", "2:page {i}", "none"],
}
#: How a report's pages are numbered: reports almost always are.
REPORT_NOS = {
    "en": ["Page {i} of {n}", "Page {i} of {n}", "{i}/{n}", "Page {i}"],
    "de": ["Seite {i} von {n}", "Seite {i} von {n}", "Seite {i}/{n}", "- {i} -"],
    "fr": ["Page {i}/{n}", "Page {i} sur {n}", "{i}/{n}", "Page {i}/{n}"],
}
FACES = [
    ("Helvetica", "Helvetica-Bold"),
    ("Helvetica", "Helvetica-Bold"),
    ("Times-Roman", "Times-Bold"),
    ("Courier", "Courier-Bold"),
]
LOOKS = ["band", "centred", "letter", "boxed", "plain", "side"]
TAGLINE = {
    "lab": (
        "Food, water and environmental analysis",
        "Lebensmittel- und Wasseranalytik",
        "Analyses alimentaires et des eaux",
    ),
    "supplier": (
        "Laboratory supplies",
        "Laborbedarf und Chemikalien",
        "Fournitures de laboratoire",
    ),
    "calib": (
        "Calibration and instrument service",
        "Kalibrierung und Gerätservice",
        "Étalonnage et maintenance",
    ),
    "water": ("Water hygiene", "Wasserhygiene", "Eau et hygiène"),
}


def legal_lines(r: random.Random, name: str, lang: str, role: str) -> list[str]:
    if role in ("accred",):
        return []
    if lang == "de":
        bank = r.choice(["Sparkasse Münsterland Ost", "Volksbank Münsterland Nord", "Commerzbank"])
        out = [
            f"{bank} - IBAN DE{r.randint(10, 99)} {r.randint(1000, 9999)} {r.randint(1000, 9999)} "
            f"{r.randint(1000, 9999)} {r.randint(1000, 9999)} {r.randint(10, 99)} - "
            f"USt-IdNr. DE{r.randint(100000000, 999999999)}"
        ]
        if "GmbH" in name or "AG" in name or "KG" in name or "eG" in name:
            out.insert(
                0,
                f"Sitz {r.choice(['Münster', 'Dortmund', 'Hamburg'])}"
                f" - Amtsgericht {r.choice(['Münster', 'Dortmund', 'Hamburg', 'Darmstadt'])} HRB "
                f"{r.randint(1000, 99999)} - Geschäftsführer: "
                + r.choice(["Dr. Ulrike Brandes", "Markus Feldhaus", "Selin Aydin", "Jörg Kamps"]),
            )
        return out
    if lang == "fr":
        siret = (
            f"{r.randint(300, 899)} {r.randint(100, 999)} {r.randint(100, 999)} "
            f"{r.randint(10000, 99999)}"
        )
        out = [f"{name} - SIRET {siret} - APE {r.choice(['7120B', '4669B', '3320C', '4671Z'])}"]
        if r.random() < 0.7:
            out.append(
                f"Capital {r.choice(['10 000', '150 000', '37 000', '500 000'])} € - TVA intracom. "
                f"FR{r.randint(10, 99)} {r.randint(100, 999)} {r.randint(100, 999)} "
                f"{r.randint(100, 999)}"
            )
        return out
    out = []
    if "Ltd" in name or "plc" in name:
        out.append(f"Registered in England and Wales No. {r.randint(3000000, 13999999):08d}")
    if r.random() < 0.6:
        out.append(
            f"VAT Reg. No. GB {r.randint(100, 999)} {r.randint(1000, 9999)} {r.randint(10, 99)}"
        )
    return [" - ".join(out)] if out else []


def make_head(row: Row, lang: str, role: str) -> Head:
    """The paper habits of the sender ``row``: the same all through one stream."""
    name, street, town, phone = row
    r = random.Random(zlib.crc32(f"terrine/head/{name}/{LAB['seed']}".encode()))
    font, bold = r.choice(FACES)
    host = "".join(c for c in name.lower().split()[0] if c.isalpha() and c.isascii())[:12]
    tld = {"en": "co.uk", "de": "de", "fr": "fr"}[lang]
    looks = LOOKS
    if role == "accred":
        looks = ["official"]
        font, bold = "Helvetica", "Helvetica-Bold"
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
        mail=f"{r.choice(['info', 'office', 'service', 'accounts'])}@{host or 'mail'}.{tld}"
        if r.random() < 0.7
        else "",
    )


def lab_head() -> Head:
    lang = home()
    return make_head(LABS[lang][int(LAB["row"])], lang, "lab")  # type: ignore[call-overload]


def lab_name() -> str:
    return LABS[home()][int(LAB["row"])][0]  # type: ignore[call-overload]


def head_of(who: Issuer, role: str, abroad: float = 0.0) -> Head:
    """The ``role`` sender of ``who`` (the same for the same issuer and lab), of the lab's
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
    p.text(cx, cy - r * 0.3, fit(top, "Helvetica", pt, r * 1.5), "Helvetica", pt, "center")
    pt2 = shrink(mid, "Helvetica-Bold", 7, r * 1.4)
    p.text(
        cx, cy + r * 0.35, fit(mid, "Helvetica-Bold", pt2, r * 1.4), "Helvetica-Bold", pt2, "center"
    )


def accred_mark(p: Page, x: float, y: float, lang: str, no: str, what: str = "test") -> None:
    """The accreditation mark a report carries: the body's symbol and the lab's number."""
    _body, test, cal = ACCRED[lang]
    kind = test if what == "test" else cal
    if lang == "en":
        ring(p, x + 16, y + 16, 15, 24)
        p.text(x + 16, y + 14, "UKAS", "Helvetica-Bold", 7, "center")
        p.text(x + 16, y + 22, "*", "Helvetica-Bold", 7, "center")
        p.rect(x, y + 34, 32, 10)
        p.text(x + 16, y + 41.5, kind, "Helvetica-Bold", 5, "center")
        p.text(x + 16, y + 53, no, "Helvetica-Bold", 8, "center")
        return
    if lang == "de":
        p.rect(x, y, 70, 40)
        p.text(x + 35, y + 13, "DAkkS", "Helvetica-Bold", 11, "center")
        p.text(x + 35, y + 22, "Deutsche", "Helvetica", 5, "center")
        p.text(x + 35, y + 28, "Akkreditierungsstelle", "Helvetica", 5, "center")
        p.text(x + 35, y + 36, fit(no, "Helvetica", 5.5, 66), "Helvetica", 5.5, "center")
        return
    p.rect(x, y, 56, 46)
    p.text(x + 28, y + 14, "cofrac", "Helvetica-Bold", 12, "center")
    p.text(x + 28, y + 24, kind, "Helvetica-Bold", 6, "center")
    p.text(x + 28, y + 32, f"N° {no}", "Helvetica", 6, "center")
    p.text(x + 28, y + 40, "Portée sur www.cofrac.fr", "Helvetica", 4.2, "center")


def mark_beside(f: Flow, s: Style, lang: str, no: str, what: str = "test") -> float:
    """The accreditation mark at the right of the flow's current line; the y below it."""
    accred_mark(f.page, f.size[0] - s.margin - 72, f.y - 8, lang, no, what)
    return f.y + 56


def heading(p: Page, s: Style, h: Head, top: float | None = None) -> float:
    """Print ``h``'s letterhead at the top of ``p``; the y where the content starts."""
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
        p.rect(m, y - 14, 30, 30, fill=0.25)
        p.text(m + 15, y + 5, h.name.split()[0][:5], "Helvetica-Bold", 7, "center")
        p.text(m + 40, y, fit(h.name, h.bold, 11, w - 2 * m - 40), h.bold, 11)
        p.text(m + 40, y + 12, fit(where, h.font, 7.5, w - 2 * m - 40), h.font, 7.5)
        return y + 40
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
        ini = "".join(t[0] for t in h.name.replace("&", " ").split() if t[0].isupper())[:2]
        p.rect(m, y - 12, 34, 34, fill=0.15)
        p.rect(m + 3, y - 9, 28, 28, fill=0.95)
        p.text(m + 17, y + 9, ini, h.bold, 13, "center")
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
    parts = [t for t in parts if t not in ("Dr", "Prof")] or parts
    text = f"{parts[0][0]}{parts[-1][:8]}" if len(parts) > 1 else parts[0]
    p.text(x + 2, y - 1, text, INK, pt)
    end = x + 6 + tw(text, INK, pt)
    p.line(end - 4, y - 2, end + 12, y - 9)
    p.line(x, y + 2, end - 8, y + 1)


def received(rng: random.Random, p: Page, lang: str, d: date, odds: float = 0.35) -> None:
    """Now and then the lab's received stamp on the first page."""
    if rng.random() < odds:
        w, _ = p.size
        stamp(
            p,
            w - rng.uniform(150, 210),
            rng.uniform(70, 160),
            [
                tr(lang, "RECEIVED", "EINGANG", "REÇU LE"),
                short(d + timedelta(days=rng.randint(1, 5)), lang),
                rng.choice(
                    {
                        "en": ["Accounts", "Lab manager", "Reception"],
                        "de": ["Buchhaltung", "Laborleitung", "Probenannahme"],
                        "fr": ["Comptabilité", "Direction", "Réception"],
                    }[lang]
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
    r = random.Random(zlib.crc32(f"terrine/staff/{tag}/{h.name}/{LAB['seed']}".encode()))
    return person(r, h.lang)


def mx(name: str, lang: str) -> str:
    female = name.split()[0] in FEMALE
    if lang == "de":
        return f"{'Frau' if female else 'Herr'} {name}"
    if lang == "fr":
        return f"{'Madame' if female else 'Monsieur'} {name}"
    return name


def head_lines(h: Head, att: str = "") -> list[str]:
    return [h.name, *([att] if att else []), h.street, h.town]


def lab_lines(att: str = "") -> list[str]:
    return head_lines(lab_head(), att)


def vat_rate(lang: str) -> float:
    return {"en": 20.0, "de": 19.0, "fr": 20.0}[lang]


def totals(f: Sheets, s: Style, lg: str, net: float, rate: float, note: str = "") -> float:
    """Net, tax at ``rate`` and total right-aligned under a table; returns the total."""
    w, _ = f.size
    m = s.margin
    f.need(70)
    f.y += 4
    f.page.line(w * 0.55, f.y - 8, w - m, f.y - 8)
    tax = round(net * rate / 100, 2)
    rows = [(tr(lg, "Net", "Nettobetrag", "Total HT"), net)]
    if rate:
        rows.append((tr(lg, f"VAT {rate:g}%", f"USt. {rate:g} %", f"TVA {rate:g} %"), tax))
    rows.append(
        (tr(lg, "Total due", "Rechnungsbetrag", "Total TTC" if rate else "Total"), net + tax)
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
    rng: random.Random, s0: Style, h: Head, title: str, heads: list[str], topic: str = "money"
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


TERMS = {
    "en": [
        "Definitions",
        "Quotations and orders",
        "Prices",
        "Payment",
        "Delivery",
        "Risk and title",
        "Warranty",
        "Liability",
        "Returns",
        "Force majeure",
        "Data protection",
        "Governing law",
    ],
    "de": [
        "Geltungsbereich",
        "Angebot und Vertragsschluss",
        "Preise",
        "Zahlung",
        "Lieferung",
        "Gefahrübergang",
        "Eigentumsvorbehalt",
        "Gewährleistung",
        "Haftung",
        "Rücksendungen",
        "Datenschutz",
        "Gerichtsstand",
    ],
    "fr": [
        "Objet",
        "Commandes",
        "Prix",
        "Paiement",
        "Livraison",
        "Transfert des risques",
        "Réserve de propriété",
        "Garantie",
        "Responsabilité",
        "Retours",
        "Données personnelles",
        "Litiges",
    ],
}


def hand_lines(p: Page, x: float, y: float, w: float, n: int, text: str, pt: float = 9) -> float:
    """``n`` ruled lines with ``text`` written on them by hand; the y below."""
    lines = wrap(text, HAND, pt, w - 6) if text else []
    for k in range(n):
        p.line(x, y + 3, x + w, y + 3)
        if k < len(lines):
            p.text(x + 3, y, lines[k], HAND, pt)
        y += pt * 2
    return y + 4


def signed(p: Page, x: float, y: float, w: float, cap: str, name: str, d: str = "") -> None:
    """A signature line with ``cap`` under it, signed by ``name`` (empty: left unsigned)."""
    p.line(x, y, x + w, y)
    p.text(x, y + 9, fit(cap, "Helvetica", 6.5, w), "Helvetica", 6.5)
    if name:
        scrawl(p, x + 4, y - 3, name, 12)
    if d:
        hand(p, x + w - tw(d, HAND, 8.5) - 2, y - 3, d, 8.5)


# ---------------------------------------------------------------------------------------------
# Templates KKK: samples in (submission forms, chain of custody, courier waybills)
# ---------------------------------------------------------------------------------------------


def tpl_submission(rng: random.Random, who: Issuer) -> list[Page]:
    """A customer's sample submission form: the lab's printed form, filled in by hand by the
    customer (details, sample list, tests ticked, turnaround, signature) with the box for
    laboratory use filled at reception; now and then a continuation sheet for more samples
    or the conditions of sample acceptance on the back."""
    job = a_job(rng, who)
    lab = lab_head()
    lg = home()
    cl = job.customer
    s = style_of(lab, A4, margin=40, pt=8.5)
    w, hh = s.page_size
    m = s.margin
    p = Page(s.page_size)
    pages = [p]
    y = heading(p, s, lab)
    title = tr(
        lg,
        "SAMPLE SUBMISSION FORM",
        "PROBENBEGLEITSCHEIN / UNTERSUCHUNGSAUFTRAG",
        "DEMANDE D'ANALYSES - FICHE DE PRÉLÈVEMENT",
    )
    p.text(m, y, fit(title, s.bold, 12, w - 2 * m - 90), s.bold, 12)
    p.text(
        w - m,
        y,
        f"{tr(lg, 'Form', 'Formblatt', 'Formulaire')} F-{lab_rng('f').randint(10, 60)}"
        f" rev. {lab_rng('rv').randint(2, 9)}",
        s.font,
        6.5,
        "right",
    )
    y += 18
    contact = person(keyed(who, "contact"), job.lang)
    y = band(p, s, y, tr(lg, "1. Customer details", "1. Auftraggeber", "1. Demandeur"))
    y = fields(
        p,
        s,
        m,
        y,
        w - 2 * m,
        [
            (tr(lg, "Company", "Firma", "Raison sociale"), cl[0]),
            (tr(lg, "Contact name", "Ansprechpartner", "Contact"), contact),
            (tr(lg, "Address", "Anschrift", "Adresse"), f"{cl[1]}, {cl[2]}"),
            (
                tr(lg, "Telephone / e-mail", "Telefon / E-Mail", "Tél. / courriel"),
                cl[3]
                or f"{contact.split()[0].lower()}@"
                f"{cl[0].split()[0].lower()}.{lg if lg != 'en' else 'co.uk'}",
            ),
            (
                tr(lg, "Order no. / PO", "Bestell-Nr.", "N° de commande"),
                job.order if rng.random() < 0.6 else "",
            ),
            (
                tr(lg, "Quotation ref.", "Angebots-Nr.", "Réf. devis"),
                job.quote if rng.random() < 0.5 else "",
            ),
        ],
        per=2,
        tall=24,
    )
    y = ticks(
        p,
        s,
        m,
        y,
        w - 2 * m,
        [
            tr(
                lg,
                "Invoice to the address above",
                "Rechnung an obige Anschrift",
                "Facturer à l'adresse ci-dessus",
            ),
            tr(lg, "Report by e-mail", "Bericht per E-Mail", "Rapport par courriel"),
            tr(lg, "Report by post", "Bericht per Post", "Rapport par courrier"),
        ],
        {0, 1} if rng.random() < 0.7 else {1},
        7.5,
    )
    y += 4
    y = band(p, s, y, tr(lg, "2. Samples", "2. Proben", "2. Échantillons"))
    cols = columns(
        m,
        w - m,
        [(0.5, "left"), (1.3, "left"), (3.2, "left"), (1.4, "left"), (0.9, "left"), (1.2, "left")],
    )
    heads = [
        "No",
        tr(lg, "Your ref.", "Ihre Bez.", "Votre réf."),
        tr(
            lg,
            "Description / sampling point",
            "Bezeichnung / Entnahmestelle",
            "Nature / point de prélèvement",
        ),
        tr(lg, "Date / time taken", "Entnahme Datum/Uhrzeit", "Date / heure prél."),
        tr(lg, "Temp.", "Temp.", "T°"),
        tr(lg, "Container", "Gefäß", "Flacon"),
    ]
    x0, x1 = m, w - m
    p.rect(x0, y - 2, x1 - x0, 14, fill=0.92)
    for c, t in zip(cols, heads, strict=True):
        p.text(c[0], y + 8, fit(t, s.bold, 6.5, c[1] - c[0]), s.bold, 6.5)
    y += 14
    rows_on_form = 10
    conts = [
        tr(lg, "sterile 500 ml", "steril 500 ml", "stérile 500 ml"),
        "bag",
        "pot 250 ml",
        tr(lg, "swab", "Tupfer", "écouvillon"),
        "PE 1 l",
    ]
    over = job.samples[rows_on_form:]
    for k in range(rows_on_form):
        p.rect(x0, y, x1 - x0, 17)
        for c in cols[1:]:
            p.line(c[0] - 2, y, c[0] - 2, y + 17)
        if k < len(job.samples):
            smp = job.samples[k]
            vals = [
                str(k + 1),
                smp.ref,
                smp.desc,
                f"{short(smp.taken, lg)[:5]} "
                f"{rng.randint(7, 16):02d}:{rng.choice(['00', '15', '30', '45'])}",
                f"{smp.temp:g}",
                rng.choice(conts),
            ]
            for c, v in zip(cols, vals, strict=True):
                p.text(c[0] + 1, y + 12, fit(v, HAND, 8, c[1] - c[0] - 2), HAND, 8)
        y += 17
    y += 10
    y = band(
        p, s, y, tr(lg, "3. Analyses required", "3. Untersuchungsumfang", "3. Analyses demandées")
    )
    labels = [pp.name(lg) for pp in PARAMS if pp.matrix == job.matrix]
    on = {
        k for k, pp in enumerate([q for q in PARAMS if q.matrix == job.matrix]) if pp in job.params
    }
    y = ticks(p, s, m, y + 2, w - 2 * m, labels, on, 7)
    if rng.random() < 0.3:
        hand(
            p,
            m,
            y,
            tr(
                lg,
                "+ as per quote, all samples",
                "+ lt. Angebot, alle Proben",
                "+ selon devis, tous les éch.",
            ),
            8.5,
        )
        y += 12
    y += 2
    y = band(
        p,
        s,
        y,
        tr(
            lg,
            "4. Turnaround and declaration",
            "4. Bearbeitungszeit und Erklärung",
            "4. Délai et déclaration",
        ),
    )
    y = ticks(
        p,
        s,
        m,
        y + 2,
        w - 2 * m,
        [
            tr(lg, "Standard (5 working days)", "Standard (5 Arbeitstage)", "Standard (5 jours)"),
            tr(lg, "Urgent 48 h (+50 %)", "Eilauftrag 48 h (+50 %)", "Urgent 48 h (+50 %)"),
            tr(
                lg,
                "Same day (by arrangement)",
                "Same Day (nach Absprache)",
                "Jour même (sur accord)",
            ),
        ],
        {rng.choice([0, 0, 0, 1, 2])},
        7.5,
    )
    y = text_in(
        p,
        s,
        m,
        y,
        w - 2 * m,
        tr(
            lg,
            "I confirm that the samples were taken as described above and accept the laboratory's "
            "terms of business. Samples are retained for 14 days after reporting unless agreed.",
            "Ich bestätige die obigen Angaben zur Probenahme und erkenne die Allgemeinen "
            "Geschäftsbedingungen des Labors an. Rückstellproben werden 14 Tage aufbewahrt.",
            "Je certifie l'exactitude des informations ci-dessus et accepte les conditions "
            "générales "
            "du laboratoire. Les échantillons sont conservés 14 jours après le rapport.",
        ),
    )
    signed(
        p,
        m,
        y + 22,
        180,
        tr(
            lg,
            "Signature of customer / sampler",
            "Unterschrift Auftraggeber / Probenehmer",
            "Signature du demandeur",
        ),
        contact,
        short(job.received, lg),
    )
    # for laboratory use only
    bx, by, bw = w / 2 + 10, y + 2, w / 2 - 10 - m
    bh = min(92.0, hh - by - 30)
    p.rect(bx, by, bw, bh, fill=0.95)
    p.rect(bx, by, bw, bh)
    p.text(
        bx + 4,
        by + 10,
        tr(lg, "FOR LABORATORY USE ONLY", "VOM LABOR AUSZUFÜLLEN", "RÉSERVÉ AU LABORATOIRE"),
        s.bold,
        7,
    )
    rec = lab_staff()["reception"][0]
    items = [
        (
            tr(lg, "Received", "Eingang", "Reçu le"),
            f"{short(job.received, lg)} {rng.randint(8, 16):02d}:{rng.randint(0, 59):02d}",
        ),
        (tr(lg, "By", "Durch", "Par"), initials(rec)),
        (
            tr(lg, "Temp. on arrival", "Temp. bei Eingang", "T° à réception"),
            f"{rng.uniform(2.5, 8.0):.1f} °C",
        ),
        (
            tr(lg, "Lab nos.", "Labor-Nr.", "N° labo"),
            f"{job.samples[0].no}"
            + (f" - {job.samples[-1].no[-3:]}" if len(job.samples) > 1 else ""),
        ),
    ]
    yy = by + 24
    for cap, val in items:
        p.text(bx + 4, yy, cap, s.font, 6.5)
        hand(p, bx + bw * 0.45, yy, val, 8.5, bw * 0.53)
        yy += 15
    if over:
        s2 = s
        q = Page(s2.page_size)
        pages.append(q)
        yq = m
        q.text(
            m,
            yq,
            tr(
                lg,
                "Continuation sheet - samples",
                "Fortsetzungsblatt - Proben",
                "Feuille de suite - échantillons",
            ),
            s.bold,
            11,
        )
        hand(q, w - m - 150, yq, cl[0], 8.5, 150)
        yq += 20
        for k, smp in enumerate(over, rows_on_form + 1):
            q.rect(m, yq, w - 2 * m, 17)
            for c, v in zip(
                cols,
                [str(k), smp.ref, smp.desc, short(smp.taken, lg), f"{smp.temp:g}", ""],
                strict=True,
            ):
                q.text(c[0] + 1, yq + 12, fit(v, HAND, 8, c[1] - c[0] - 2), HAND, 8)
            yq += 17
    elif rng.random() < 0.3:
        pages.append(
            small_print(
                rng,
                s,
                lab,
                tr(
                    lg,
                    "Conditions of sample acceptance",
                    "Bedingungen für die Probenannahme",
                    "Conditions d'acceptation des échantillons",
                ),
                TERMS[lg][:9],
                "lab",
            )
        )
    number_pages(pages, s, "none" if len(pages) == 1 else "{i}/{n}", "br")
    remember(job, job.received)
    return pages


def text_in(p: Page, s: Style, x: float, y: float, w: float, text: str, pt: float = 7) -> float:
    for ln in wrap(text, s.font, pt, w):
        y += pt * 1.35
        p.text(x, y, ln, s.font, pt)
    return y + 6


def tpl_custody(rng: random.Random, who: Issuer) -> list[Page]:
    """A chain-of-custody record on the consultant's or water company's own landscape form:
    project and sampler, a sample grid with the analyses crossed, the relinquished / received
    signatures and the cool box temperature; one or two pages, 'Page i of n'."""
    job = a_job(rng, who, "water")
    row = job.customer
    h = make_head(row, job.lang, "water")
    lg = h.lang
    s = style_of(h, A4L, margin=34, pt=8)
    w, _hh = s.page_size
    m = s.margin
    sampler = person(keyed(who, "sampler"), lg)
    coc = serial(rng, rng.choice(["COC-99999", "9999/99", "CC999999"]))
    per_page = 12
    chunks = [job.samples[i : i + per_page] for i in range(0, len(job.samples), per_page)]
    if rng.random() < 0.25 and len(job.samples) < 6:
        chunks.append([])  # a second, mostly empty sheet sent along
    pages: list[Page] = []
    tests = [pp for pp in job.params][:9]
    for k, chunk in enumerate(chunks):
        p = Page(s.page_size)
        pages.append(p)
        y = heading(p, s, h) if k == 0 or h.again else m
        title = tr(
            lg,
            "CHAIN OF CUSTODY RECORD",
            "PROBENÜBERGABEPROTOKOLL (CHAIN OF CUSTODY)",
            "FICHE DE SUIVI DES ÉCHANTILLONS (CHAÎNE DE TRAÇABILITÉ)",
        )
        p.text(m, y, title, s.bold, 11)
        p.text(w - m, y, f"No. {coc}", s.bold, 10, "right")
        y += 10
        y = fields(
            p,
            s,
            m,
            y,
            w - 2 * m,
            [
                (
                    tr(lg, "Project / site", "Projekt / Objekt", "Projet / site"),
                    rng.choice(POINTS[lg]).split(",")[0] + f" - {serial(rng, 'P-9999')}",
                ),
                (tr(lg, "Sampler", "Probenehmer", "Préleveur"), sampler),
                (tr(lg, "Laboratory", "Labor", "Laboratoire"), lab_name()),
                (tr(lg, "Report to", "Bericht an", "Rapport à"), person(keyed(who, "pm"), lg)),
            ],
            per=4,
            tall=24,
        )
        base = [
            tr(lg, "Sample ID", "Proben-ID", "Réf. éch."),
            tr(lg, "Location", "Entnahmestelle", "Point de prélèvement"),
            tr(lg, "Date", "Datum", "Date"),
            tr(lg, "Time", "Zeit", "Heure"),
            tr(lg, "Btl", "Gef.", "Fl."),
            tr(lg, "Pres.", "Konserv.", "Cons."),
        ]
        spec = (
            [
                (1.1, "left"),
                (2.6, "left"),
                (1.0, "left"),
                (0.6, "left"),
                (0.4, "left"),
                (0.7, "left"),
            ]
            + [(0.45, "center")] * len(tests)
            + [(1.4, "left")]
        )
        cols = columns(m, w - m, spec)
        head_h = 64
        p.rect(m, y, w - 2 * m, head_h, fill=0.93)
        for c, t in zip(cols, base, strict=False):
            p.text(c[0] + 1, y + head_h - 5, fit(t, s.bold, 7, c[1] - c[0]), s.bold, 7)
        for c, t in zip(cols[6:], tests, strict=False):
            # analyses are written upward in narrow columns: the short name only
            short_name = t.name(lg).split("(")[0][:16]
            p.text(
                (c[0] + c[1]) / 2,
                y + head_h - 5,
                fit(short_name, s.font, 5.2, c[1] - c[0] + 30),
                s.font,
                5.2,
                "center",
            )
            p.text((c[0] + c[1]) / 2, y + 10, t.method.replace("ISO ", ""), s.font, 4.8, "center")
        p.text(
            cols[-1][0] + 1, y + head_h - 5, tr(lg, "Remarks", "Bemerkung", "Remarques"), s.bold, 7
        )
        y += head_h
        for i in range(per_page):
            p.rect(m, y, w - 2 * m, 15)
            for c in cols[1:]:
                p.line(c[0] - 2, y, c[0] - 2, y + 15)
            if i < len(chunk):
                smp = chunk[i]
                vals = [
                    smp.ref,
                    smp.desc,
                    short(smp.taken, lg)[:5],
                    f"{rng.randint(7, 15):02d}:{rng.choice(['05', '20', '40', '55'])}",
                    str(rng.choice([1, 2, 2, 3])),
                    rng.choice(["-", "Na2S2O3", "HNO3", "-"]),
                ]
                for c, v in zip(cols, vals, strict=False):
                    p.text(c[0] + 1, y + 11, fit(v, HAND, 7.5, c[1] - c[0] - 2), HAND, 7.5)
                for c in cols[6 : 6 + len(tests)]:
                    if rng.random() < 0.85:
                        p.text((c[0] + c[1]) / 2, y + 11, "X", HAND, 8, "center")
                if rng.random() < 0.12:
                    hand(
                        p,
                        cols[-1][0] + 1,
                        y + 11,
                        rng.choice(["flushed 2 min", "pre-flush", "hot", "after flush"]),
                        7,
                        cols[-1][1] - cols[-1][0],
                    )
            y += 15
        y += 10
        # relinquished / received
        who_cols = columns(m, w - m, [(2, "left"), (1.2, "left"), (2, "left"), (1.2, "left")])
        heads = [
            tr(lg, "Relinquished by", "Übergeben von", "Remis par"),
            tr(lg, "Date / time", "Datum / Zeit", "Date / heure"),
            tr(lg, "Received by", "Übernommen von", "Reçu par"),
            tr(lg, "Date / time", "Datum / Zeit", "Date / heure"),
        ]
        for c, t in zip(who_cols, heads, strict=True):
            p.text(c[0], y, t, s.bold, 7)
        y += 4
        rec = lab_staff()["reception"][0]
        chain = [
            (
                sampler,
                rng.choice(["ParcelLine", "Kurier", "coursier"]) if rng.random() < 0.4 else rec,
            )
        ]
        if chain[0][1] != rec:
            chain.append((chain[0][1], rec))
        for a, b in [*chain, ("", "")]:
            p.rect(m, y, w - 2 * m, 22)
            if a and k == 0:
                scrawl(p, who_cols[0][0] + 4, y + 16, a, 10)
                hand(
                    p,
                    who_cols[1][0],
                    y + 15,
                    f"{short(job.received, lg)[:5]} "
                    f"{rng.randint(8, 17):02d}:{rng.randint(0, 59):02d}",
                    8,
                )
                scrawl(p, who_cols[2][0] + 4, y + 16, b, 10)
                hand(
                    p,
                    who_cols[3][0],
                    y + 15,
                    f"{short(job.received, lg)[:5]} "
                    f"{rng.randint(8, 17):02d}:{rng.randint(0, 59):02d}",
                    8,
                )
            y += 22
        if k == 0:
            y += 10
            p.text(
                m,
                y,
                tr(
                    lg,
                    "Cool box temperature on receipt:",
                    "Temperatur Kühlbox bei Übernahme:",
                    "Température glacière à réception :",
                ),
                s.font,
                7.5,
            )
            hand(p, m + 170, y, f"{rng.uniform(3, 9):.1f} °C", 9)
            box(p, m + 260, y, rng.random() < 0.8, 7)
            p.text(
                m + 272,
                y,
                tr(lg, "Custody seal intact", "Siegel unversehrt", "Scellé intact"),
                s.font,
                7.5,
            )
    number_pages(
        pages, s, tr(lg, "Page {i} of {n}", "Seite {i} von {n}", "Page {i}/{n}"), "br", bottom=18
    )
    remember(job, job.received, coc)
    return pages


COURIER_SERVICES = {
    "en": ["Next Day 09:00", "Next Day 12:00", "Same Day Direct", "Thermo 2-8 °C Next Day"],
    "de": ["Express 10:00", "Overnight 12:00", "Direktfahrt", "Thermo 2-8 °C Overnight"],
    "fr": ["Express 9h", "J+1 13h", "Course directe", "Thermo 2-8 °C J+1"],
}


def tpl_waybill(rng: random.Random, who: Issuer) -> list[Page]:
    """A courier's waybill (the shipper's copy kept by the lab): a 4 x 6 label or an A5
    consignment note with the barcode, sender and receiver, service, pieces and weight, the
    UN 3373 marking for samples and the driver's signature."""
    h = head_of(who, "courier")
    lg = h.lang
    size = keyed(who, "size").choice([LABEL, LABEL, A5])
    s = style_of(h, size, margin=16 if size == LABEL else 30, pt=8)
    w, _hh = size
    m = s.margin
    d = some_day(rng)
    awb = serial(
        rng, keyed(who, "mask").choice(["9999 9999 9999", "JJD99999999999", "99999999999"])
    )
    lab = lab_head()
    outgoing = rng.random() < 0.45
    if outgoing:
        row = customer_of(who)[0]
        dest = [row[0], row[1], row[2]]
        orig = [lab.name, lab.street, lab.town]
    else:
        row, _clg, _ = customer_of(who, rng.choice(["food", "water"]))
        orig = [row[0], row[1], row[2]]
        dest = [
            lab.name,
            tr(lg, "Sample reception", "Probenannahme", "Réception échantillons"),
            lab.street,
            lab.town,
        ]
    p = Page(size)
    if size == LABEL:
        p.rect(m, m, w - 2 * m, 30, fill=0.82)
        p.text(
            m + 6,
            m + 20,
            fit(h.name.upper(), "Helvetica-Bold", 11, w - 2 * m - 12),
            "Helvetica-Bold",
            11,
        )
        y = m + 44
        p.text(m, y, fit(h.phone or h.mail or h.town, s.font, 7, 120), s.font, 7)
        svc = rng.choice(COURIER_SERVICES[lg])
        p.text(w - m, y, fit(svc, s.bold, 8, 140), s.bold, 8, "right")
        y += 10
        p.line(m, y, w - m, y)
        y += 10
        p.text(m, y, tr(lg, "FROM", "ABSENDER", "EXPÉDITEUR"), s.bold, 6.5)
        y += 9
        for t in orig:
            p.text(m, y, fit(t, s.font, 7.5, w - 2 * m), s.font, 7.5)
            y += 9
        y += 4
        p.rect(m, y, w - 2 * m, 12 + 12 * len(dest))
        p.text(m + 4, y + 9, tr(lg, "TO", "EMPFÄNGER", "DESTINATAIRE"), s.bold, 6.5)
        yy = y + 21
        for k, t in enumerate(dest):
            f_ = s.bold if k == 0 else s.font
            p.text(
                m + 4,
                yy,
                fit(t, f_, 9.5 if k == 0 else 8.5, w - 2 * m - 8),
                f_,
                9.5 if k == 0 else 8.5,
            )
            yy += 12
        y = yy + 6
        p.barcode("code128", awb.replace(" ", ""), m + 10, y)
        y += 84
        y = pairs(
            p,
            s,
            m,
            y,
            [
                (tr(lg, "Pieces", "Packstücke", "Colis"), f"{rng.randint(1, 3)}"),
                (tr(lg, "Weight", "Gewicht", "Poids"), f"{rng.uniform(0.8, 14):.1f} kg"),
                (tr(lg, "Date", "Datum", "Date"), short(d, lg)),
            ],
            w - m,
            7.5,
        )
        if rng.random() < 0.6:
            p.rect(m, y, 60, 40)
            p.line(m, y + 20, m + 30, y)
            p.line(m + 30, y, m + 60, y + 20)
            p.text(m + 30, y + 33, "UN3373", "Helvetica-Bold", 8, "center")
            p.text(
                m + 66,
                y + 14,
                fit(
                    tr(
                        lg,
                        "BIOLOGICAL SUBSTANCE, CATEGORY B",
                        "BIOLOGISCHER STOFF, KATEGORIE B",
                        "MATIÈRE BIOLOGIQUE, CATÉGORIE B",
                    ),
                    "Helvetica-Bold",
                    6.5,
                    w - 2 * m - 66,
                ),
                "Helvetica-Bold",
                6.5,
            )
        return [p]
    y = heading(p, s, h)
    p.text(
        m,
        y,
        tr(
            lg,
            "CONSIGNMENT NOTE - SHIPPER'S COPY",
            "FRACHTBRIEF - ABSENDEREXEMPLAR",
            "LETTRE DE VOITURE - EXEMPLAIRE EXPÉDITEUR",
        ),
        s.bold,
        10,
    )
    p.text(w - m, y, awb, "Courier-Bold", 10, "right")
    y += 12
    half = (w - 2 * m) / 2
    for k, (cap, lines) in enumerate(
        [
            (tr(lg, "Sender", "Absender", "Expéditeur"), orig),
            (tr(lg, "Receiver", "Empfänger", "Destinataire"), dest),
        ]
    ):
        x = m + k * half
        p.rect(x, y, half, 66)
        p.text(x + 4, y + 9, cap, s.bold, 7)
        for i, t in enumerate(lines):
            p.text(
                x + 4,
                y + 21 + 10 * i,
                fit(t, HAND if rng.random() < 0.2 else s.font, 8, half - 8),
                s.font,
                8,
            )
    y += 76
    y = fields(
        p,
        s,
        m,
        y,
        w - 2 * m,
        [
            (tr(lg, "Service", "Produkt", "Service"), rng.choice(COURIER_SERVICES[lg])),
            (tr(lg, "Pieces", "Packstücke", "Colis"), str(rng.randint(1, 4))),
            (tr(lg, "Weight kg", "Gewicht kg", "Poids kg"), f"{rng.uniform(0.5, 20):.1f}"),
            (
                tr(lg, "Contents", "Inhalt", "Contenu"),
                tr(lg, "Water samples", "Wasserproben", "Échantillons d'eau"),
            ),
            (tr(lg, "Collection date", "Abholdatum", "Date d'enlèvement"), short(d, lg)),
            (
                tr(lg, "Customer account", "Kundennummer", "N° de compte"),
                serial(keyed(who, "acc"), "A999999"),
            ),
        ],
        per=3,
        tall=24,
    )
    p.barcode("code39", awb.replace(" ", "")[:12], m, y)
    signed(p, w - m - 150, y + 50, 150, tr(lg, "Driver", "Fahrer", "Chauffeur"), person(rng, lg))
    return [p]


# ---------------------------------------------------------------------------------------------
# Templates KKK: results out (certificates of analysis, test reports, subcontracted reports)
# ---------------------------------------------------------------------------------------------


def report_no(rng: random.Random, d: date) -> str:
    lg = home()
    if lg == "de":
        return f"{d.year}-{rng.randint(10000, 29999)}"
    if lg == "fr":
        return f"RE{d.year % 100}-{rng.randint(1000, 9999):05d}"
    return f"{rng.randint(100000, 399999)}"


def signatory(f: Sheets, s: Style, lg: str, name: str, role: str, d: date, stamp_it: bool) -> None:
    f.need(80)
    m = s.margin
    f.y += 8
    f.page.text(
        m, f.y, tr(lg, "Authorised by:", "Freigegeben:", "Validé par :"), s.font, s.size - 1
    )
    f.y += 28
    scrawl(f.page, m, f.y - 4, name)
    if stamp_it:
        w = f.size[0]
        seal(
            f.page,
            w / 2 + 40,
            f.y - 14,
            30,
            lab_name()[:32],
            tr(lg, "APPROVED", "GEPRÜFT", "VALIDÉ"),
        )
    f.y += 8
    f.page.text(m, f.y, name, s.bold, s.size)
    f.page.text(m, f.y + s.size * 1.3, f"{role}, {short(d, lg)}", s.font, s.size - 1)
    f.y += s.size * 3


def tpl_coa(rng: random.Random, who: Issuer) -> list[Page]:
    """The lab's certificate of analysis for one sample (the signed file copy): letterhead with
    the accreditation mark, the report number, the customer, sample details, a result table
    with methods, units, limits and accredited markers, notes, the authorised signatory and
    'Page i of n' with the report number on every page; now and then a page of methods and
    measurement uncertainty."""
    job = job_for(rng, ("submission", "coa"), who)
    lg = home()
    lab = lab_head()
    r = lab_rng("coa")
    s = style_of(lab, A4, pt=r.choice([8.5, 9]))
    w, hh = s.page_size
    m = s.margin
    k = int(LAST["extra"]) + 1 if after(("coa",)) and isinstance(LAST["extra"], int) else 0
    if k >= len(job.samples):  # a run past the last sample: the customer's next submission
        job, k = a_job(rng, who), 0
    smp = job.samples[k]
    d = job.received + timedelta(days=rng.randint(2, 8))
    no = report_no(rng, d)
    title = tr(lg, "CERTIFICATE OF ANALYSIS", "PRÜFBERICHT", "RAPPORT D'ESSAI")
    f = sheets(s, lab, f"{title} {no} - {smp.no}")
    cust = make_head(job.customer, job.lang, job.matrix)
    recipient(
        f,
        s,
        lab,
        head_lines(cust, mx(person(keyed(who, "contact"), job.lang), job.lang)),
        d,
        [(tr(lg, "Report no.", "Prüfbericht-Nr.", "N° rapport"), no)],
    )
    low = mark_beside(f, s, lg, accred_no())
    caption(f, s, f"{title} {tr(lg, 'No.', 'Nr.', 'n°')} {no}", 4)
    items = [
        (tr(lg, "Laboratory no.", "Labornummer", "N° laboratoire"), smp.no),
        (tr(lg, "Customer reference", "Probenbezeichnung Kunde", "Référence client"), smp.ref),
        (
            tr(lg, "Sample description", "Probenart / Bezeichnung", "Nature de l'échantillon"),
            smp.desc,
        ),
        (
            tr(lg, "Sampled by", "Probenahme durch", "Prélevé par"),
            tr(lg, "Customer", "Auftraggeber", "Client")
            if job.matrix == "food" or rng.random() < 0.5
            else lab_staff()["analysts"][5],
        ),
        (tr(lg, "Date sampled", "Probenahme am", "Date de prélèvement"), short(smp.taken, lg)),
        (
            tr(lg, "Date received", "Probeneingang", "Date de réception"),
            f"{short(job.received, lg)} ({smp.temp:g} °C)",
        ),
        (
            tr(lg, "Analysis period", "Prüfzeitraum", "Période d'analyse"),
            f"{short(job.received, lg)} - {short(d - timedelta(days=1), lg)}",
        ),
    ]
    yy = pairs(f.page, s, m, f.y, items, w * 0.75, s.size - 0.5)
    f.y = max(yy, low) + 10
    cols = columns(
        m,
        w - m,
        [
            (3.4, "left"),
            (1.5, "left"),
            (1.2, "left"),
            (1.1, "right"),
            (1.0, "right"),
            (1.0, "right"),
        ],
    )
    rows = []
    flag = False
    for pp in job.params:
        res, over = result_of(rng, pp, lg)
        flag = flag or over
        acc = "" if rng.random() < 0.85 else " *"
        limit = (
            ""
            if pp.limit is None
            else (tr(lg, "0", "0", "0") if pp.limit == 0 else f"{pp.limit:g}")
        )
        rows.append(
            [pp.name(lg) + acc, pp.method, pp.unit, res, f"{pp.loq:g}" if pp.loq else "-", limit]
        )
    table(
        f,
        cols,
        [
            tr(lg, "Parameter", "Parameter", "Paramètre"),
            tr(lg, "Method", "Methode", "Méthode"),
            tr(lg, "Unit", "Einheit", "Unité"),
            tr(lg, "Result", "Ergebnis", "Résultat"),
            tr(lg, "LOQ", "BG", "LQ"),
            tr(lg, "Limit", "Grenzwert", "Limite"),
        ],
        rows,
        s,
        shade=0.88 if r.random() < 0.6 else None,
        rules=r.random() < 0.5,
    )
    f.y += 6
    notes = [
        tr(
            lg,
            "* Not included in the scope of accreditation.",
            "* Nicht akkreditiertes Verfahren.",
            "* Essai non couvert par l'accréditation.",
        ),
        tr(
            lg,
            "Results relate only to the items tested, as received. This certificate shall not "
            "be reproduced except in full without written approval of the laboratory.",
            "Die Ergebnisse beziehen sich ausschließlich auf die untersuchte Probe. Ohne "
            "schriftliche "
            "Genehmigung des Labors darf der Bericht nicht auszugsweise vervielfältigt werden.",
            "Les résultats ne concernent que l'objet soumis à l'essai. La reproduction de ce "
            "rapport "
            "n'est autorisée que sous sa forme intégrale.",
        ),
        tr(
            lg,
            "BG = Bestimmungsgrenze",
            "BG = Bestimmungsgrenze; n. n. = nicht nachweisbar",
            "LQ : limite de quantification",
        ),
    ]
    for t in notes[:2] if lg == "en" else notes:
        write(f, s, t, s.size - 2)
    if flag or rng.random() < 0.3:
        f.heading(
            m,
            tr(lg, "Opinion and interpretation", "Beurteilung", "Avis et interprétation"),
            s.bold,
            s.size,
        )
        write(
            f,
            s,
            tr(
                lg,
                "The sample does not comply with the stated limit for the parameter marked. We "
                "recommend re-sampling and a review of the process."
                if flag
                else "The results comply with the guideline values for the parameters tested.",
                "Die Probe entspricht hinsichtlich des gekennzeichneten Parameters nicht den "
                "Anforderungen. Eine Nachprobe wird empfohlen."
                if flag
                else "Die untersuchten Parameter entsprechen den Anforderungen.",
                "L'échantillon n'est pas conforme pour le paramètre signalé. Un nouveau "
                "prélèvement "
                "est recommandé."
                if flag
                else "Les résultats sont conformes aux critères pour les paramètres analysés.",
            ),
            s.size - 1,
        )
    signatory(
        f,
        s,
        lg,
        manager(),
        tr(lg, "Laboratory Manager", "Laborleitung", "Responsable de laboratoire"),
        d,
        r.random() < 0.3,
    )
    if rng.random() < 0.25:
        f.new_page()
        caption(
            f,
            s,
            tr(
                lg,
                "Annex - methods and measurement uncertainty",
                "Anlage - Prüfverfahren und Messunsicherheit",
                "Annexe - méthodes et incertitudes de mesure",
            ),
            2,
        )
        rows2 = [
            [
                pp.name(lg),
                pp.method,
                tr(lg, "in-house, based on", "Hausmethode nach", "méthode interne selon")
                + f" {pp.method}"
                if rng.random() < 0.3
                else pp.method,
                f"± {rng.choice([8, 10, 12, 15, 20, 25, 30])} %",
            ]
            for pp in job.params
        ]
        table(
            f,
            columns(m, w - m, [(3, "left"), (1.5, "left"), (3, "left"), (1, "right")]),
            [
                tr(lg, "Parameter", "Parameter", "Paramètre"),
                tr(lg, "Standard", "Norm", "Norme"),
                tr(lg, "Procedure", "Verfahren", "Mode opératoire"),
                "U (k=2)",
            ],
            rows2,
            s,
        )
    pages = f.pages
    fmt = r.choice(REPORT_NOS[lg])
    number_pages(pages, s, fmt, "br" if r.random() < 0.6 else "tr", bottom=24 + 7 * len(lab.foot))
    for p in pages:
        for kk, t in enumerate(reversed(lab.foot)):
            p.text(w / 2, hh - 12 - 7 * kk, fit(t, s.font, 5.5, w - 30), s.font, 5.5, "center")
    remember(job, d, k)
    return pages


def tpl_water_report(rng: random.Random, who: Issuer) -> list[Page]:
    """The lab's test report on drinking, pool or hot water for a water client: a cover page
    with the site, the sampling points and the summary, the results on a landscape page with
    the sampling points as columns beside the limits (Trinkwasserverordnung, Water Supply
    Regulations, arrêté du 11 janvier 2007), a page of methods and the assessment with the
    signature; 'Page i of n' throughout."""
    job = job_for(rng, ("custody",), who, "water")
    if job.matrix != "water":
        job = a_job(rng, who, "water")
    lg = home()
    lab = lab_head()
    r = lab_rng("wr")
    s = style_of(lab, A4, pt=9)
    w, hh = s.page_size
    m = s.margin
    d = job.received + timedelta(days=rng.randint(3, 10))
    no = report_no(rng, d)
    reg = tr(
        lg,
        "The Water Supply (Water Quality) Regulations 2016",
        "Trinkwasserverordnung (TrinkwV)",
        "Arrêté du 11 janvier 2007 (eaux destinées à la consommation humaine)",
    )
    title = tr(lg, "TEST REPORT", "PRÜFBERICHT", "RAPPORT D'ANALYSES")
    header = f"{lab.name} - {title} {no}"
    f = sheets(s, lab, header)
    cust = make_head(job.customer, job.lang, "water")
    recipient(
        f,
        s,
        lab,
        head_lines(cust),
        d,
        [
            (tr(lg, "Report", "Bericht", "Rapport"), no),
            (tr(lg, "Your order", "Ihr Auftrag", "Votre commande"), job.order),
        ],
    )
    low = mark_beside(f, s, lg, accred_no())
    caption(f, s, f"{title} {no}", 5)
    write(
        f,
        s,
        tr(
            lg,
            "Microbiological and chemical examination of water",
            "Mikrobiologische und chemische Untersuchung von Wasser",
            "Analyses microbiologiques et physico-chimiques d'eau",
        ),
        s.size + 1,
    )
    f.y += 4
    f.y = (
        pairs(
            f.page,
            s,
            m,
            f.y,
            [
                (tr(lg, "Site", "Objekt", "Site"), f"{cust.name}, {cust.street}"),
                (
                    tr(lg, "Sampling", "Probenahme", "Prélèvement"),
                    f"{short(job.samples[0].taken, lg)}, "
                    + (
                        lab_staff()["analysts"][5]
                        if rng.random() < 0.6
                        else tr(lg, "customer", "Auftraggeber", "client")
                    ),
                ),
                (tr(lg, "Assessed against", "Beurteilungsgrundlage", "Référentiel"), reg),
                (
                    tr(lg, "Sampling points", "Probenahmestellen", "Points de prélèvement"),
                    str(len(job.samples)),
                ),
            ],
            w * 0.75,
            s.size - 0.5,
        )
        + 6
    )
    f.y = max(f.y, low + 6)
    table(
        f,
        columns(m, w - m, [(1, "left"), (1.2, "left"), (4, "left"), (1, "right")]),
        [
            tr(lg, "Lab no.", "Labor-Nr.", "N° labo"),
            tr(lg, "Point", "Stelle", "Point"),
            tr(lg, "Description", "Bezeichnung", "Désignation"),
            tr(lg, "Temp.", "Temp.", "T°"),
        ],
        [
            [smp.no, smp.ref, smp.desc, f"{smp.temp + rng.uniform(2, 40):.1f} °C"]
            for smp in job.samples
        ],
        s,
        rules=True,
    )
    # results: one landscape page per up to 5 points
    results: dict[str, list[tuple[str, bool]]] = {
        pp.key: [result_of(rng, pp, lg, 0.1) for _ in job.samples] for pp in job.params
    }
    bad = any(o for v in results.values() for _, o in v)
    sl = style_of(lab, A4L, margin=40, pt=8)
    wl, hl = A4L
    pages = list(f.pages)
    for c0 in range(0, len(job.samples), 5):
        chunk = job.samples[c0 : c0 + 5]
        fl = Sheets((wl, hl), hl - 50, lambda p, n: running_header(p, sl, header) + 6)
        caption(fl, sl, tr(lg, "Results", "Untersuchungsergebnisse", "Résultats"), 3)
        spec = [(3.0, "left"), (1.1, "left")] + [(1.0, "right")] * len(chunk) + [(1.0, "right")]
        cols = columns(40, wl - 40, spec)
        head = [tr(lg, "Parameter", "Parameter", "Paramètre"), tr(lg, "Unit", "Einheit", "Unité")]
        head += [smp.no for smp in chunk] + [tr(lg, "Limit", "Grenzwert", "Limite")]
        rows = []
        for pp in job.params:
            vals = [
                results[pp.key][c0 + i][0] + (" !" if results[pp.key][c0 + i][1] else "")
                for i in range(len(chunk))
            ]
            lim = "-" if pp.limit is None else f"{pp.limit:g}"
            rows.append([pp.name(lg), pp.unit, *vals, lim])
        table(fl, cols, head, rows, sl, shade=0.88, rules=True, step=1.9)
        fl.y += 6
        write(
            fl,
            sl,
            tr(
                lg,
                "! exceeds the prescribed concentration or value",
                "! Grenzwert überschritten",
                "! dépassement de la limite de qualité",
            ),
            7,
        )
        pages.extend(fl.pages)
    fm = Sheets((w, hh), hh - m - 30, lambda p, n: running_header(p, s, header) + 6)
    caption(fm, s, tr(lg, "Methods", "Prüfverfahren", "Méthodes"), 2)
    table(
        fm,
        columns(m, w - m, [(3, "left"), (2, "left"), (1, "center")]),
        [
            tr(lg, "Parameter", "Parameter", "Paramètre"),
            tr(lg, "Method", "Verfahren", "Méthode"),
            tr(lg, "Accr.", "Akkr.", "Accr."),
        ],
        [[pp.name(lg), pp.method, "x" if rng.random() < 0.9 else ""] for pp in job.params],
        s,
    )
    fm.y += 10
    caption(fm, s, tr(lg, "Assessment", "Beurteilung", "Conclusion"), 2)
    write(
        fm,
        s,
        tr(
            lg,
            f"The water sampled {'does not meet' if bad else 'meets'} the requirements of {reg} "
            f"for "
            "the parameters examined."
            + (" The customer has been informed by telephone." if bad else ""),
            f"Das untersuchte Wasser {'entspricht nicht' if bad else 'entspricht'} den "
            f"Anforderungen der "
            f"{reg} für die untersuchten Parameter."
            + (
                " Der Auftraggeber wurde vorab telefonisch "
                "informiert; die Meldung an das Gesundheitsamt erfolgte."
                if bad
                else ""
            ),
            f"L'eau analysée {'n est pas conforme' if bad else 'est conforme'} aux exigences de "
            f"l'{reg[0].lower()}{reg[1:]} pour les paramètres mesurés.",
        ),
    )
    write(fm, s, prose(rng, lg, "lab", 1, 2), s.size - 1)
    signatory(
        fm,
        s,
        lg,
        manager(),
        tr(lg, "Laboratory Manager", "Laborleiter(in)", "Responsable du laboratoire"),
        d,
        r.random() < 0.4,
    )
    pages.extend(fm.pages)
    fmt = r.choice([x for x in REPORT_NOS[lg] if "{n}" in x])
    number_pages(pages, s, fmt, "br", bottom=22)
    remember(job, d)
    return pages


RESIDUES = [
    "Acetamiprid",
    "Azoxystrobin",
    "Boscalid",
    "Captan",
    "Chlorpyrifos",
    "Cypermethrin",
    "Deltamethrin",
    "Difenoconazole",
    "Dimethoate",
    "Fenhexamid",
    "Fludioxonil",
    "Glyphosate",
    "Imidacloprid",
    "Iprodione",
    "Lambda-cyhalothrin",
    "Metalaxyl",
    "Myclobutanil",
    "Pirimiphos-methyl",
    "Propiconazole",
    "Pyraclostrobin",
    "Pyrimethanil",
    "Tebuconazole",
    "Thiacloprid",
    "Thiamethoxam",
    "Trifloxystrobin",
    "Chlormequat",
    "Mepiquat",
    "Fosetyl-Al",
    "Spinosad",
    "Indoxacarb",
    "Cyprodinil",
    "Penconazole",
    "Folpet",
    "Dithiocarbamates (CS2)",
    "Chlorate",
    "Perchlorate",
    "Bifenthrin",
    "Etofenprox",
    "Hexythiazox",
    "Pendimethalin",
]


def tpl_subcontract_report(rng: random.Random, who: Issuer) -> list[Page]:
    """A subcontracted laboratory's test report to the lab (pesticide residues, mycotoxins):
    another lab's letterhead and accreditation, the sample as the lab sent it, a long
    multi-residue table over several pages, 'Page i of n' with the report number on every
    page; now and then a covering letter in front."""
    h = head_of(who, "sublab", abroad=0.3)
    lg = h.lang
    s = style_of(h, A4, pt=8.5)
    w, _hh = s.page_size
    m = s.margin
    d = some_day(rng)
    no = serial(rng, keyed(who, "m").choice(["AR-99-999999", "999-9999-99", "R99/99999"]))
    lab = lab_head()
    title = tr(lg, "TEST REPORT", "PRÜFBERICHT", "RAPPORT D'ESSAI")
    pages: list[Page] = []
    if rng.random() < 0.3:
        fc = sheets(s, h)
        recipient(
            fc,
            s,
            h,
            lab_lines(mx(manager(), lg)),
            d,
            [(tr(lg, "Our ref.", "Unser Zeichen", "Notre réf."), no)],
        )
        caption(
            fc,
            s,
            tr(
                lg,
                "Your samples - results",
                "Ihre Proben - Ergebnisse",
                "Vos échantillons - résultats",
            ),
            1,
        )
        fc.page.text(
            m,
            fc.y,
            dear(lg, mx(manager(), lg) if lg != "en" else f"Mr {manager()}"),
            s.font,
            s.size,
        )
        fc.y += s.size * 2
        write(
            fc,
            s,
            tr(
                lg,
                "Please find enclosed our test report for the samples received from "
                "you. Invoicing follows separately under your framework agreement.",
                "anbei erhalten Sie unseren Prüfbericht zu den von Ihnen übersandten Proben. "
                "Die Rechnung folgt gesondert gemäß Rahmenvertrag.",
                "Veuillez trouver ci-joint notre rapport d'essai relatif aux échantillons "
                "transmis. La facture suivra séparément.",
            ),
        )
        regards(
            fc,
            s,
            lg,
            staff(h, "cs"),
            tr(lg, "Customer Services", "Kundenbetreuung", "Service clients"),
        )
        pages.extend(close(fc.pages, s, h, numbers="none"))
    f = sheets(s, h, f"{h.name} - {title} {no}")
    f.y += 8
    low = mark_beside(
        f,
        s,
        lg,
        serial(
            keyed(who, "acc"),
            "9999" if lg == "en" else "D-PL-99999-01-00" if lg == "de" else "1-9999",
        ),
    )
    caption(f, s, f"{title} {no}", 4)
    smp = a_job(rng, who, "food").samples[0]
    f.y = (
        pairs(
            f.page,
            s,
            m,
            f.y,
            [
                (tr(lg, "Customer", "Auftraggeber", "Client"), f"{lab.name}, {lab.town}"),
                (
                    tr(lg, "Customer sample ID", "Probenbezeichnung Auftraggeber", "Réf. client"),
                    f"{smp.no} {smp.desc}",
                ),
                (
                    tr(lg, "Sample received", "Probeneingang", "Réception"),
                    short(d - timedelta(days=6), lg),
                ),
                (
                    tr(lg, "Method", "Methode", "Méthode"),
                    rng.choice(
                        [
                            "EN 15662 (QuEChERS) LC-MS/MS, GC-MS/MS",
                            "DFG S19 mod.",
                            "EN 15662 + QuPPe",
                        ]
                    ),
                ),
            ],
            w * 0.75,
            s.size,
        )
        + 8
    )
    f.y = max(f.y, low + 6)
    n = rng.choice([20, 30, 40])
    res = rng.sample(RESIDUES, min(n, len(RESIDUES)))
    rows = []
    for name in res:
        found = rng.random() < 0.12
        rows.append(
            [
                name,
                "0.010" if lg == "en" else "0,010",
                (f"{rng.uniform(0.011, 0.4):.3f}" if found else "< 0.010").replace(
                    ".", "," if lg != "en" else "."
                ),
                f"{rng.choice([0.01, 0.02, 0.05, 0.1, 0.5, 1.0]):g}",
                "mg/kg",
            ]
        )
    table(
        f,
        columns(m, w - m, [(3, "left"), (1, "right"), (1.2, "right"), (1, "right"), (1, "center")]),
        [
            tr(lg, "Analyte", "Wirkstoff", "Substance"),
            "LOQ",
            tr(lg, "Result", "Gehalt", "Teneur"),
            tr(lg, "MRL", "RHG", "LMR"),
            tr(lg, "Unit", "Einheit", "Unité"),
        ],
        rows,
        s,
        rules=True,
        step=1.5,
    )
    f.y += 6
    write(
        f,
        s,
        tr(
            lg,
            "MRL: maximum residue level, Regulation (EC) No 396/2005. Measurement "
            "uncertainty 50 % (SANTE/11312/2021).",
            "RHG: Rückstandshöchstgehalt gem. VO (EG) Nr. 396/2005. Messunsicherheit 50 %.",
            "LMR : limite maximale de résidus, règlement (CE) n° 396/2005. Incertitude 50 %.",
        ),
        s.size - 1.5,
    )
    regards(
        f,
        s,
        lg,
        staff(h, "head"),
        tr(lg, "Head of Residue Analysis", "Laborleitung Rückstände", "Responsable résidus"),
    )
    body = close(
        f.pages, s, h, numbers=keyed(who, "n").choice([x for x in REPORT_NOS[lg] if "{n}" in x])
    )
    pages.extend(body)
    received(rng, pages[0], home(), d, 0.4)
    remember(None, d)
    return pages


# ---------------------------------------------------------------------------------------------
# Templates KKK: quality (proficiency testing, accreditation, corrective actions, training)
# ---------------------------------------------------------------------------------------------

PT_ROUNDS = {
    "water": ("Drinking water microbiology", "Trinkwasser Mikrobiologie", "Microbiologie des eaux"),
    "food": (
        "Food microbiology - pathogens",
        "Lebensmittelmikrobiologie - Pathogene",
        "Microbiologie alimentaire - pathogènes",
    ),
    "chem": (
        "Nutritional components in meat product",
        "Nährwertparameter in Fleischerzeugnis",
        "Composition nutritionnelle - produit carné",
    ),
}


def tpl_pt_report(rng: random.Random, who: Issuer) -> list[Page]:
    """A proficiency testing scheme's report for one round: a cover page with the scheme,
    round, test material and the participant number; the participant's own results with
    assigned values and z-scores; a page of z-score charts, landscape now and then; the
    statistical notes; 'Page i of n' and a running header on every page after the cover."""
    h = head_of(who, "pt", abroad=0.4)
    lg = h.lang
    s = style_of(h, A4, pt=9)
    w, hh = s.page_size
    m = s.margin
    d = some_day(rng)
    kind = rng.choice(["water", "food", "chem"])
    scheme = tr(lg, *PT_ROUNDS[kind])
    rnd = f"{keyed(who, 'r').choice(['W', 'F', 'C', 'M'])}{rng.randint(100, 999)}"
    part_no = serial(keyed(who, "part"), "0999")
    header = (
        f"{h.name} - {tr(lg, 'Round', 'Runde', 'Circuit')} {rnd} - "
        f"{tr(lg, 'Report', 'Bericht', 'Rapport')}"
    )
    cover = Page(s.page_size)
    y = heading(cover, s, h)
    y += 80
    cover.text(
        w / 2,
        y,
        tr(lg, "PROFICIENCY TEST REPORT", "AUSWERTUNG RINGVERSUCH", "RAPPORT D'ESSAI D'APTITUDE"),
        s.bold,
        18,
        "center",
    )
    y += 28
    cover.text(w / 2, y, scheme, s.font, 13, "center")
    y += 22
    cover.text(w / 2, y, f"{tr(lg, 'Round', 'Runde', 'Circuit')} {rnd}", s.bold, 13, "center")
    y += 60
    y = pairs(
        cover,
        s,
        w * 0.2,
        y,
        [
            (
                tr(lg, "Test material", "Prüfmaterial", "Matériau d'essai"),
                rng.choice(["Lyophilised water sample", "Spiked milk powder", "Canned meat"])
                if lg == "en"
                else rng.choice(["Lyophilisat Wasser", "Milchpulver dotiert", "Fleischkonserve"])
                if lg == "de"
                else rng.choice(
                    ["Eau lyophilisée", "Lait en poudre supplémenté", "Conserve de viande"]
                ),
            ),
            (
                tr(lg, "Dispatch date", "Versanddatum", "Date d'envoi"),
                short(d - timedelta(days=40), lg),
            ),
            (
                tr(lg, "Closing date for results", "Einsendeschluss", "Date limite"),
                short(d - timedelta(days=20), lg),
            ),
            (tr(lg, "Report issued", "Berichtsdatum", "Date du rapport"), short(d, lg)),
            (tr(lg, "Participants", "Teilnehmer", "Participants"), str(rng.randint(40, 180))),
            (tr(lg, "Your laboratory no.", "Ihre Labornummer", "Votre code laboratoire"), part_no),
        ],
        w * 0.8,
        s.size + 0.5,
    )
    cover.rect(w * 0.2 - 8, y + 30, w * 0.6 + 16, 44)
    cover.text(
        w / 2,
        y + 48,
        fit(
            tr(
                lg,
                "This report is confidential to the participant.",
                "Dieser Bericht ist nur für den Teilnehmer bestimmt.",
                "Ce rapport est confidentiel.",
            ),
            s.font,
            8,
            w * 0.6,
        ),
        s.font,
        8,
        "center",
    )
    cover.text(w / 2, y + 62, fit(lab_name(), s.bold, 9, w * 0.6), s.bold, 9, "center")
    pages = [cover]
    f = Sheets((w, hh), hh - m - 20, lambda p, n: running_header(p, s, header) + 8)
    caption(f, s, tr(lg, "Your results", "Ihre Ergebnisse", "Vos résultats"), 3)
    analytes = {
        "water": [
            "E. coli",
            tr(lg, "Coliforms", "Coliforme", "Coliformes"),
            "Enterococci",
            "P. aeruginosa",
            tr(lg, "Colony count 22 °C", "KBE 22 °C", "GR 22 °C"),
        ],
        "food": [
            "Salmonella spp.",
            "L. monocytogenes",
            tr(lg, "Coag. + staphylococci", "Koag.-pos. Staphylokokken", "Staphylocoques coag. +"),
            "B. cereus",
            "E. coli",
        ],
        "chem": [
            tr(lg, "Moisture", "Wasser", "Humidité"),
            tr(lg, "Fat", "Fett", "Matière grasse"),
            tr(lg, "Protein", "Protein", "Protéines"),
            tr(lg, "Salt", "Kochsalz", "Sel"),
            tr(lg, "Ash", "Asche", "Cendres"),
        ],
    }[kind]
    rows = []
    zs = []
    for a in analytes[: rng.randint(3, 5)]:
        z = round(rng.gauss(0, 1.1), 1)
        if rng.random() < 0.12:
            z = round(rng.choice([-1, 1]) * rng.uniform(3.1, 4.5), 1)
        zs.append((a, z))
        av = rng.uniform(1.2, 4.5) if kind != "chem" else rng.uniform(1, 60)
        sd = 0.25 if kind != "chem" else av * 0.05
        yours = av + z * sd
        unit = "log cfu/ml" if kind == "water" else "log cfu/g" if kind == "food" else "g/100 g"
        flag = "" if abs(z) <= 2 else "?" if abs(z) < 3 else "!!"
        mk = (lambda v: f"{v:.2f}") if lg == "en" else (lambda v: f"{v:.2f}".replace(".", ","))
        rows.append(
            [
                a,
                unit,
                mk(yours),
                mk(av),
                mk(sd),
                f"{z:+.1f}".replace(".", "," if lg != "en" else "."),
                flag,
            ]
        )
    table(
        f,
        columns(
            m,
            w - m,
            [
                (2.6, "left"),
                (1.3, "left"),
                (1, "right"),
                (1, "right"),
                (0.8, "right"),
                (0.8, "right"),
                (0.5, "center"),
            ],
        ),
        [
            tr(lg, "Analyte", "Parameter", "Paramètre"),
            tr(lg, "Unit", "Einheit", "Unité"),
            tr(lg, "Your result", "Ihr Wert", "Votre résultat"),
            tr(lg, "Assigned", "Zugew. Wert", "Valeur assignée"),
            "sigma p",
            "z",
            "",
        ],
        rows,
        s,
        shade=0.85,
    )
    f.y += 8
    write(
        f,
        s,
        tr(
            lg,
            "|z| <= 2 satisfactory; 2 < |z| < 3 questionable (?); |z| >= 3 unsatisfactory (!!).",
            "|z| <= 2 erfolgreich; 2 < |z| < 3 fraglich (?); |z| >= 3 nicht erfolgreich (!!).",
            "|z| <= 2 satisfaisant ; 2 < |z| < 3 discutable (?) ; |z| >= 3 insatisfaisant (!!).",
        ),
        s.size - 1,
    )
    write(f, s, prose(rng, lg, "lab", 2, 3), s.size - 1)
    pages.extend(f.pages)
    # the z-score charts
    land = rng.random() < 0.4
    size = A4L if land else A4
    cw, ch = size
    q = Page(size)
    yq = running_header(q, s, header) + 10
    q.text(
        m,
        yq,
        tr(
            lg,
            "z-scores of all participants",
            "z-Scores aller Teilnehmer",
            "z-scores de l'ensemble des participants",
        ),
        s.bold,
        11,
    )
    yq += 14
    per_row = 2 if land else 1
    gw = (cw - 2 * m - (per_row - 1) * 20) / per_row
    gh = min(150.0, (ch - yq - 60) / max(1, -(-len(zs) // per_row)) - 24)
    for i, (a, z) in enumerate(zs):
        gx = m + (i % per_row) * (gw + 20)
        gy = yq + (i // per_row) * (gh + 24) + 12
        if gy + gh > ch - 40:
            break
        q.text(gx, gy - 2, a, s.bold, 7.5)
        q.rect(gx, gy, gw, gh)
        n = 40
        bw = gw / n
        for b in range(n):
            v = max(0.0, (1 - abs(b - n / 2) / (n / 2)) ** 2 * rng.uniform(0.5, 1.0))
            bh = v * (gh - 14)
            mine = abs((b - n / 2) / (n / 8) - z) < 0.13
            q.rect(gx + b * bw + 0.5, gy + gh - bh, bw - 1, bh, fill=0.1 if mine else 0.7)
        for zz in (-3, -2, 2, 3):
            x = gx + gw / 2 + zz * gw / 8
            q.line(x, gy, x, gy + gh)
            q.text(x, gy + gh + 8, f"{zz:+d}", s.font, 6, "center")
        q.text(
            gx + gw - 2,
            gy + 9,
            f"{tr(lg, 'Lab', 'Labor', 'Labo')} {part_no}: z = {z:+.1f}",
            s.font,
            6.5,
            "right",
        )
    pages.append(q)
    if rng.random() < 0.6:
        fs = Sheets((w, hh), hh - m - 20, lambda p, n: running_header(p, s, header) + 8)
        caption(
            fs,
            s,
            tr(lg, "Statistical procedures", "Statistische Auswertung", "Traitement statistique"),
            2,
        )
        for _ in range(rng.randint(3, 6)):
            write(fs, s, prose(rng, lg, "qa", 2, 4), s.size - 0.5)
        write(fs, s, "ISO 13528:2022; ISO/IEC 17043:2023.", s.size - 1)
        pages.extend(fs.pages)
    number_pages(
        pages, s, tr(lg, "Page {i} of {n}", "Seite {i} von {n}", "Page {i}/{n}"), "bc", skip=1
    )
    received(rng, pages[0], home(), d, 0.25)
    remember(None, d, ("pt", rnd, [(a, z) for a, z in zs if abs(z) >= 2]))
    return pages


FINDINGS = {
    "en": [
        "Measurement uncertainty estimates for ISO 6579-1 not reviewed since method change.",
        "Incubator 3 temperature records show two excursions without documented impact assessment.",
        "Training record for analyst did not show authorisation before independent work.",
        "Certificate of analysis did not state the date of receipt of the sample.",
        "Internal audit programme did not cover clause 7.8 in the last cycle.",
        "Reference thermometer calibration certificate expired two weeks before assessment.",
        "Management review did not consider results of proficiency testing.",
        "Media performance testing records incomplete for two batches of BPW.",
    ],
    "de": [
        "Messunsicherheit für ISO 6579-1 nach Methodenänderung nicht neu ermittelt.",
        "Temperaturaufzeichnungen Brutschrank 3: zwei Abweichungen ohne dokumentierte Bewertung.",
        "Schulungsnachweis eines Prüfers ohne Freigabe vor selbständiger Tätigkeit.",
        "Prüfbericht ohne Angabe des Probeneingangsdatums.",
        "Internes Auditprogramm deckte Abschnitt 7.8 im letzten Zyklus nicht ab.",
        "Kalibrierschein des Referenzthermometers seit zwei Wochen abgelaufen.",
        "Managementbewertung ohne Berücksichtigung der Ringversuchsergebnisse.",
        "Leistungsprüfung der Nährmedien für zwei Chargen unvollständig dokumentiert.",
    ],
    "fr": [
        "Estimation de l'incertitude ISO 6579-1 non revue depuis la modification de méthode.",
        "Enregistrements de l'étuve 3 : deux écarts de température sans analyse d'impact.",
        "Dossier de formation d'un technicien sans habilitation avant travail autonome.",
        "Rapport d'essai sans mention de la date de réception de l'échantillon.",
        "Le programme d'audit interne n'a pas couvert le § 7.8 lors du dernier cycle.",
        "Certificat d'étalonnage du thermomètre de référence échu depuis deux semaines.",
        "La revue de direction n'a pas pris en compte les résultats des EIL.",
        "Contrôle de performance des milieux incomplet pour deux lots d'EPT.",
    ],
}
CLAUSES = ["7.6.1", "6.4.13", "6.2.5", "7.8.2.1", "8.8.1", "6.5.1", "8.9.2", "6.6.2"]


def tpl_assessment(rng: random.Random, who: Issuer) -> list[Page]:
    """The accreditation body's assessment report after a surveillance visit or reassessment:
    the covering letter with the deadline for the corrective actions, the report with the
    assessment details and team, the summary, the findings table (clause of ISO/IEC 17025,
    category, due date) and the acknowledgement page for the lab manager to sign; the report's
    pages numbered 'Page i of n' after the letter."""
    h = head_of(who, "accred")
    lg = h.lang
    s = style_of(h, A4, pt=9)
    w, hh = s.page_size
    m = s.margin
    d = some_day(rng)
    visit = d - timedelta(days=rng.randint(10, 30))
    typ = rng.choice(
        [
            tr(lg, "Surveillance visit", "Überwachungsbegutachtung", "Surveillance"),
            tr(lg, "Reassessment", "Reakkreditierung", "Renouvellement"),
            tr(lg, "Extension to scope", "Erweiterungsbegutachtung", "Extension"),
        ]
    )
    lead = person(keyed(who, "lead"), lg)
    tech = person(keyed(who, "tech"), lg)
    ref = serial(
        rng, {"en": "AR-99999", "de": "DAkkS-Az. 99-99999", "fr": "Dossier 1-9999 / ÉVAL 999"}[lg]
    )
    n_find = rng.randint(2, 6)
    idx = rng.sample(range(len(FINDINGS[lg])), n_find)
    fc = sheets(s, h)
    recipient(
        fc,
        s,
        h,
        lab_lines(mx(manager(), lg)),
        d,
        [(tr(lg, "Our ref.", "Aktenzeichen", "Réf."), ref)],
    )
    caption(
        fc,
        s,
        tr(
            lg,
            f"Assessment report - {typ}",
            f"Begutachtungsbericht - {typ}",
            f"Rapport d'évaluation - {typ}",
        ),
        1,
    )
    fc.page.text(m, fc.y, dear(lg, mx(manager(), lg) if lg != "en" else None), s.font, s.size)
    fc.y += s.size * 2
    due = d + timedelta(days=rng.choice([30, 60, 90]))
    write(
        fc,
        s,
        tr(
            lg,
            f"Please find enclosed the report of the {typ.lower()} carried out at your "
            f"laboratory on "
            f"{day(h, visit)}. The assessment team raised {n_find} findings. Please submit your "
            f"proposed corrective actions with objective evidence by {day(h, due)} via the "
            f"customer "
            "portal. Accreditation is maintained subject to satisfactory clearance.",
            f"anbei erhalten Sie den Bericht über die am {day(h, visit)} in Ihrem Labor "
            f"durchgeführte "
            f"{typ}. Das Begutachterteam hat {n_find} Abweichungen festgestellt. Bitte reichen "
            f"Sie die "
            f"Korrekturmaßnahmen einschließlich Nachweisen bis zum {day(h, due)} ein.",
            f"Vous trouverez ci-joint le rapport de l'évaluation ({typ.lower()}) réalisée le "
            f"{day(h, visit)}. L'équipe d'évaluation a relevé {n_find} écarts. Nous vous "
            f"remercions de "
            f"nous transmettre vos propositions d'actions correctives avant le {day(h, due)}.",
        ),
    )
    regards(
        fc,
        s,
        lg,
        staff(h, "officer"),
        tr(lg, "Assessment Manager", "Fachbereich Lebensmittel", "Responsable d'accréditation"),
    )
    letter = fc.pages
    title = tr(lg, "ASSESSMENT REPORT", "BEGUTACHTUNGSBERICHT", "RAPPORT D'ÉVALUATION")
    header = f"{title} - {lab_name()} - {accred_no()}"
    f = Sheets(
        (w, hh),
        hh - m - 20,
        lambda p, n: heading(p, s, h) if n == 1 else running_header(p, s, header) + 8,
    )
    caption(f, s, title, 5)
    f.y = (
        pairs(
            f.page,
            s,
            m,
            f.y,
            [
                (tr(lg, "Laboratory", "Konformitätsbewertungsstelle", "Laboratoire"), lab_name()),
                (
                    tr(lg, "Accreditation no.", "Akkreditierungsnummer", "N° d'accréditation"),
                    accred_no(),
                ),
                (tr(lg, "Standard", "Norm", "Référentiel"), "ISO/IEC 17025:2017"),
                (tr(lg, "Type of assessment", "Art der Begutachtung", "Type d'évaluation"), typ),
                (
                    tr(lg, "Date(s) of visit", "Datum der Begutachtung", "Date(s) de l'évaluation"),
                    short(visit, lg),
                ),
                (
                    tr(
                        lg, "Lead assessor", "Leitende(r) Begutachter(in)", "Évaluateur qualiticien"
                    ),
                    lead,
                ),
                (tr(lg, "Technical assessor", "Fachbegutachter(in)", "Évaluateur technique"), tech),
                (
                    tr(
                        lg,
                        "Laboratory representative",
                        "Vertreter(in) der KBS",
                        "Représentant du laboratoire",
                    ),
                    manager(),
                ),
            ],
            w - m,
            s.size,
        )
        + 10
    )
    f.heading(m, tr(lg, "1. Summary", "1. Zusammenfassung", "1. Synthèse"), s.bold, s.size + 1)
    for _ in range(rng.randint(2, 3)):
        write(f, s, prose(rng, lg, "qa", 2, 4))
    f.heading(
        m,
        tr(lg, "2. Scope covered", "2. Begutachteter Umfang", "2. Portée évaluée"),
        s.bold,
        s.size + 1,
    )
    write(f, s, ", ".join(pp.method for pp in rng.sample(PARAMS, 6)) + ".")
    f.heading(m, tr(lg, "3. Findings", "3. Feststellungen", "3. Écarts"), s.bold, s.size + 1)
    cats = [
        tr(lg, "Mandatory", "Abweichung", "Écart critique"),
        tr(lg, "Mandatory", "Abweichung", "Écart non critique"),
        tr(lg, "Recommendation", "Hinweis", "Point de sensibilisation"),
    ]
    rows = [[f"{k + 1}", CLAUSES[i], rng.choice(cats), FINDINGS[lg][i]] for k, i in enumerate(idx)]
    cols = columns(m, w - m, [(0.4, "left"), (0.8, "left"), (1.3, "left"), (5.5, "left")])
    # findings are long: wrap them in their column
    size = s.size - 1
    f.need(40)
    for c, t in zip(
        cols,
        [
            "No",
            tr(lg, "Clause", "Abschnitt", "§"),
            tr(lg, "Category", "Kategorie", "Type"),
            tr(lg, "Finding", "Feststellung", "Constat"),
        ],
        strict=True,
    ):
        f.page.text(c[0], f.y, t, s.bold, size)
    f.page.line(m, f.y + 4, w - m, f.y + 4)
    f.y += size * 1.9
    for row in rows:
        lines = wrap(row[3], s.font, size, cols[3][1] - cols[3][0])
        f.need(size * 1.4 * len(lines) + 6)
        for c, t in zip(cols[:3], row[:3], strict=True):
            f.page.text(c[0], f.y, t, s.font, size)
        for ln in lines:
            f.page.text(cols[3][0], f.y, ln, s.font, size)
            f.y += size * 1.4
        f.page.line(m, f.y - size * 0.6, w - m, f.y - size * 0.6)
        f.y += 4
    # acknowledgement page
    f.new_page()
    caption(f, s, tr(lg, "4. Acknowledgement", "4. Kenntnisnahme", "4. Prise de connaissance"), 2)
    write(
        f,
        s,
        tr(
            lg,
            "The findings were presented and discussed at the closing meeting. The "
            "laboratory's representative acknowledges receipt of this report.",
            "Die Feststellungen wurden im Abschlussgespräch erläutert. Die Vertretung der "
            "Konformitätsbewertungsstelle bestätigt den Erhalt dieses Berichts.",
            "Les écarts ont été présentés lors de la réunion de clôture. Le représentant du "
            "laboratoire accuse réception du présent rapport.",
        ),
    )
    f.y += 30
    signed(
        f.page,
        m,
        f.y,
        200,
        tr(lg, "Lead assessor", "Leitende(r) Begutachter(in)", "Évaluateur"),
        lead,
        short(visit, lg),
    )
    signed(
        f.page,
        w / 2 + 10,
        f.y,
        200,
        tr(lg, "Laboratory representative", "Vertreter(in) KBS", "Représentant du laboratoire"),
        manager() if rng.random() < 0.7 else "",
    )
    report = f.pages
    number_pages(report, s, tr(lg, "Page {i} of {n}", "Seite {i} von {n}", "Page {i}/{n}"), "br")
    pages = letter + report
    received(rng, pages[0], home(), d, 0.5)
    remember(None, d, ("assess", ref, [(CLAUSES[i], FINDINGS[home()][i]) for i in idx], due))
    return pages


def tpl_corrective(rng: random.Random, who: Issuer) -> list[Page]:
    """The lab's corrective action report (nonconformity form): source ticked (assessment,
    PT, complaint, internal QC, audit), the nonconformity, immediate action, root cause,
    corrective action and the effectiveness check in hand on ruled lines, sign-offs and
    closure; now and then a second page listing the evidence attached."""
    lab = lab_head()
    lg = home()
    s = style_of(lab, A4, margin=44, pt=8.5)
    w, hh = s.page_size
    m = s.margin
    ex = LAST["extra"]
    d = last_day(rng, ("assessment", "pt_report", "corrective"), (2, 12))
    src = rng.randrange(5)
    text = rng.choice(FINDINGS[lg])
    ref = ""
    if isinstance(ex, tuple) and ex and ex[0] == "assess" and after(("assessment", "corrective")):
        src = 0
        items = ex[2]
        k = int(LAST["done"]) if after(("corrective",)) else 0  # type: ignore[call-overload]
        clause, text = items[k % len(items)]
        ref = (
            f"{ex[1]} / {tr(lg, 'finding', 'Abweichung', 'écart')} {k % len(items) + 1} ({clause})"
        )
        LAST["done"] = k + 1
    elif isinstance(ex, tuple) and ex and ex[0] == "pt" and after(("pt_report",)):
        src = 1
        bad = ex[2] or [("?", 2.4)]
        text = tr(
            lg,
            f"PT round {ex[1]}: {bad[0][0]} z = {bad[0][1]:+.1f}",
            f"Ringversuch {ex[1]}: {bad[0][0]} z = {bad[0][1]:+.1f}",
            f"EIL circuit {ex[1]} : {bad[0][0]} z = {bad[0][1]:+.1f}",
        )
        ref = str(ex[1])
    else:
        LAST["done"] = 0
    no = f"{tr(lg, 'CAR', 'KM', 'AC')}-{d.year % 100}-{rng.randint(1, 80):03d}"
    p = Page(s.page_size)
    y = heading(p, s, lab)
    p.text(
        m,
        y,
        tr(
            lg,
            "CORRECTIVE ACTION REPORT",
            "ABWEICHUNGS- UND KORREKTURMASSNAHMENBERICHT",
            "FICHE D'ÉCART ET D'ACTION CORRECTIVE",
        ),
        s.bold,
        11,
    )
    p.text(w - m, y, no, HAND, 11, "right")
    p.text(
        w - m,
        y + 10,
        f"QF-{lab_rng('qf').randint(10, 40)} / {tr(lg, 'Issue', 'Ausgabe', 'Version')} "
        f"{lab_rng('qv').randint(2, 7)}",
        s.font,
        6,
        "right",
    )
    y += 16
    y = band(p, s, y, tr(lg, "Source", "Herkunft", "Origine"))
    y = ticks(
        p,
        s,
        m,
        y + 2,
        w - 2 * m,
        [
            tr(lg, "External assessment", "Begutachtung", "Évaluation Cofrac"),
            tr(lg, "Proficiency test", "Ringversuch", "EIL"),
            tr(lg, "Customer complaint", "Reklamation", "Réclamation client"),
            tr(lg, "Internal QC", "Interne QK", "CQ interne"),
            tr(lg, "Internal audit", "Internes Audit", "Audit interne"),
        ],
        {src},
        7.5,
    )
    if ref:
        p.text(m, y, tr(lg, "Reference:", "Bezug:", "Référence :"), s.font, 7.5)
        hand(p, m + 60, y, ref, 8.5, w - 2 * m - 60)
        y += 14
    analysts = lab_staff()["analysts"]
    owner = rng.choice([*analysts[:3], manager()])
    blocks = [
        (
            tr(
                lg,
                "Description of nonconformity",
                "Beschreibung der Abweichung",
                "Description de l'écart",
            ),
            text,
            3,
        ),
        (
            tr(
                lg,
                "Immediate action / correction",
                "Sofortmaßnahme / Korrektur",
                "Action immédiate / correction",
            ),
            words(rng, lg, "qa"),
            2,
        ),
        (
            tr(lg, "Root cause analysis", "Ursachenanalyse", "Analyse des causes"),
            prose(rng, lg, "qa", 1, 2),
            3,
        ),
        (
            tr(lg, "Corrective action", "Korrekturmaßnahme", "Action corrective"),
            prose(rng, lg, "qa", 1, 2),
            3,
        ),
    ]
    for cap, t, n in blocks:
        y = band(p, s, y, cap)
        y = hand_lines(p, m, y + 10, w - 2 * m, n, t, 8.5)
    y = fields(
        p,
        s,
        m,
        y,
        w - 2 * m,
        [
            (tr(lg, "Action owner", "Verantwortlich", "Pilote"), owner),
            (
                tr(lg, "Target date", "Termin", "Échéance"),
                short(d + timedelta(days=rng.choice([14, 30, 45])), lg),
            ),
            (
                tr(
                    lg,
                    "Impact on reported results?",
                    "Auswirkung auf Ergebnisse?",
                    "Impact sur résultats ?",
                ),
                rng.choice(yes_no(lg)[1:] * 3 + yes_no(lg)[:1]),
            ),
            (
                tr(lg, "Customers informed", "Kunden informiert", "Clients informés"),
                rng.choice(["n/a", "-", "2"]),
            ),
        ],
        per=4,
        tall=26,
    )
    y = band(
        p,
        s,
        y,
        tr(
            lg,
            "Effectiveness check and closure",
            "Wirksamkeitsprüfung und Abschluss",
            "Vérification de l'efficacité et clôture",
        ),
    )
    closed = rng.random() < 0.5
    y = hand_lines(p, m, y + 10, w - 2 * m, 2, words(rng, lg, "qa") if closed else "", 8.5)
    y = max(y + 18, hh - 80) if y < hh - 80 else y + 18
    signed(
        p,
        m,
        y,
        150,
        tr(lg, "Raised by / date", "Erstellt / Datum", "Émis par / date"),
        rng.choice(analysts),
        short(d, lg),
    )
    signed(
        p,
        m + 175,
        y,
        150,
        tr(lg, "Quality manager", "QM-Beauftragte(r)", "Responsable qualité"),
        manager(),
        short(d + timedelta(days=1), lg),
    )
    signed(
        p,
        m + 350,
        y,
        w - 2 * m - 350,
        tr(lg, "Closed / date", "Abgeschlossen / Datum", "Clôturé le"),
        manager() if closed else "",
        short(d + timedelta(days=rng.randint(20, 50)), lg) if closed else "",
    )
    pages = [p]
    if rng.random() < 0.3:
        q = Page(s.page_size)
        yq = m
        q.text(
            m,
            yq,
            f"{no} - {tr(lg, 'Evidence attached', 'Anlagen / Nachweise', 'Preuves jointes')}",
            s.bold,
            11,
        )
        yq += 24
        ev = [
            tr(lg, "Revised SOP", "Überarbeitete SOP", "Mode opératoire révisé")
            + f" MA-{rng.randint(10, 99)}",
            tr(lg, "Training record", "Schulungsnachweis", "Enregistrement de formation"),
            tr(lg, "Temperature log extract", "Auszug Temperaturprotokoll", "Extrait relevés T°"),
            tr(
                lg,
                "Re-test results",
                "Ergebnisse Wiederholungsprüfung",
                "Résultats de contre-essai",
            ),
            tr(lg, "Calibration certificate", "Kalibrierschein", "Certificat d'étalonnage"),
        ]
        for k, e in enumerate(rng.sample(ev, rng.randint(2, 5)), 1):
            q.text(m, yq, f"{k}.", s.font, s.size)
            hand(q, m + 20, yq, e, 9.5)
            yq += 20
        pages.append(q)
        number_pages(pages, s, f"{no}  {{i}}/{{n}}", "br")
    remember(None, d, ex)
    return pages


def tpl_training_record(rng: random.Random, who: Issuer) -> list[Page]:
    """A staff training and competence record for one analyst: the lab's form with the
    person's details, a log of training on methods (date, trainer, evidence, competent, the
    initials), the method authorisation box signed by the lab manager; now and then a
    landscape competence matrix of all analysts behind it."""
    lab = lab_head()
    lg = home()
    s = style_of(lab, A4, margin=44, pt=8.5)
    w, _hh = s.page_size
    m = s.margin
    analysts = lab_staff()["analysts"]
    k = (
        int(LAST["extra"]) + 1
        if after(("training_record",)) and isinstance(LAST["extra"], int)
        else rng.randrange(6)
    )
    who_ = analysts[k % 6]
    d = some_day(rng)
    p = Page(s.page_size)
    y = heading(p, s, lab)
    p.text(
        m,
        y,
        tr(
            lg,
            "TRAINING AND COMPETENCE RECORD",
            "SCHULUNGS- UND KOMPETENZNACHWEIS",
            "FICHE DE FORMATION ET D'HABILITATION",
        ),
        s.bold,
        11,
    )
    y += 10
    y = fields(
        p,
        s,
        m,
        y,
        w - 2 * m,
        [
            (tr(lg, "Name", "Name", "Nom"), who_),
            (
                tr(lg, "Job title", "Funktion", "Fonction"),
                rng.choice(
                    [
                        tr(lg, "Analyst", "Laborant(in)", "Technicien(ne)"),
                        tr(lg, "Senior analyst", "CTA", "Technicien(ne) supérieur(e)"),
                        tr(lg, "Microbiologist", "Mikrobiologe/in", "Microbiologiste"),
                    ]
                ),
            ),
            (
                tr(lg, "Start date", "Eintritt", "Date d'entrée"),
                short(d - timedelta(days=rng.randint(60, 3000)), lg),
            ),
            (
                tr(lg, "Section", "Bereich", "Secteur"),
                rng.choice(
                    [
                        tr(lg, "Microbiology", "Mikrobiologie", "Microbiologie"),
                        tr(lg, "Chemistry", "Chemie", "Chimie"),
                    ]
                ),
            ),
        ],
        per=2,
        tall=24,
    )
    cols = columns(
        m,
        w - m,
        [
            (1.1, "left"),
            (3.2, "left"),
            (1.2, "left"),
            (1.8, "left"),
            (0.8, "center"),
            (0.7, "center"),
        ],
    )
    heads = [
        tr(lg, "Date", "Datum", "Date"),
        tr(lg, "Training / method", "Schulung / Verfahren", "Formation / méthode"),
        tr(lg, "Trainer", "Schulende(r)", "Formateur"),
        tr(lg, "Evidence", "Nachweis", "Preuve"),
        tr(lg, "Comp.", "Kompetent", "Habilité"),
        tr(lg, "Init.", "Kürzel", "Visa"),
    ]
    p.rect(m, y - 2, w - 2 * m, 14, fill=0.9)
    for c, t in zip(cols, heads, strict=True):
        p.text(c[0], y + 8, fit(t, s.bold, 7, c[1] - c[0]), s.bold, 7)
    y += 14
    evid = [
        tr(lg, "observed x3", "3x beobachtet", "observé x3"),
        tr(lg, "replicates OK", "Doppelbest. i.O.", "répétabilité OK"),
        tr(lg, "PT sample", "Ringversuchsprobe", "échantillon EIL"),
        tr(lg, "blind sample", "Blindprobe", "échantillon aveugle"),
        tr(lg, "read SOP", "SOP gelesen", "lu MO"),
    ]
    n_rows = 16
    filled = rng.randint(5, 14)
    dd = d - timedelta(days=rng.randint(200, 700))
    for i in range(n_rows):
        p.rect(m, y, w - 2 * m, 18)
        for c in cols[1:]:
            p.line(c[0] - 2, y, c[0] - 2, y + 18)
        if i < filled:
            dd += timedelta(days=rng.randint(3, 60))
            pp = rng.choice(PARAMS)
            vals = [
                short(min(dd, d), lg),
                f"{pp.method} {pp.name(lg)}",
                initials(rng.choice([manager(), *analysts])),
                rng.choice(evid),
                rng.choice(["Y", "Y", "N"])
                if lg == "en"
                else rng.choice(["ja", "ja", "nein"])
                if lg == "de"
                else rng.choice(["oui", "oui", "non"]),
                initials(who_),
            ]
            for c, v in zip(cols, vals, strict=True):
                p.text(c[0] + 1, y + 13, fit(v, HAND, 8, c[1] - c[0] - 2), HAND, 8)
        y += 18
    y += 14
    y = band(p, s, y, tr(lg, "Authorisation", "Freigabe", "Habilitation"))
    y = text_in(
        p,
        s,
        m,
        y,
        w - 2 * m,
        tr(
            lg,
            "The above named is authorised to perform the methods "
            "marked competent without supervision and to sign worksheets.",
            "Die o. g. Person ist "
            "berechtigt, die als kompetent gekennzeichneten Verfahren selbständig durchzuführen.",
            "La personne ci-dessus est habilitée à réaliser seule les méthodes marquées.",
        ),
        7.5,
    )
    y += 26
    signed(p, m, y, 180, tr(lg, "Employee", "Mitarbeiter(in)", "Salarié(e)"), who_, short(d, lg))
    signed(
        p,
        w - m - 200,
        y,
        200,
        tr(lg, "Laboratory manager", "Laborleitung", "Responsable"),
        manager(),
        short(d, lg),
    )
    pages = [p]
    if rng.random() < 0.25:
        q = Page(A4L)
        wl, _hl = A4L
        yq = 50.0
        q.text(
            40,
            yq,
            tr(lg, "Competence matrix", "Kompetenzmatrix", "Matrice des habilitations"),
            s.bold,
            12,
        )
        q.text(wl - 40, yq, short(d, lg), s.font, 8, "right")
        yq += 20
        methods = rng.sample(PARAMS, 14)
        cw = (wl - 80 - 120) / len(methods)
        for j, pp in enumerate(methods):
            q.text(160 + j * cw + cw / 2, yq, pp.method.replace("ISO ", ""), s.font, 5.5, "center")
            q.text(
                160 + j * cw + cw / 2,
                yq + 8,
                fit(pp.name(lg), s.font, 4.5, cw - 2),
                s.font,
                4.5,
                "center",
            )
        yq += 14
        for a in [manager(), *analysts]:
            q.rect(40, yq, wl - 80, 20)
            q.text(44, yq + 13, a, s.font, 8)
            for j in range(len(methods)):
                q.rect(160 + j * cw, yq, cw, 20)
                v = rng.choice(["", *tr(lg, "TCCCA", "SKKKA", "FHHHA")])
                if v:
                    q.text(160 + j * cw + cw / 2, yq + 14, v, HAND, 9, "center")
            yq += 20
        q.text(
            40,
            yq + 14,
            tr(
                lg,
                "T = in training, C = competent, A = authorised to train",
                "S = in Schulung, K = kompetent, A = darf schulen",
                "F = en formation, H = habilité, A = formateur",
            ),
            s.font,
            7,
        )
        pages.append(q)
    remember(None, d, k)
    return pages


# ---------------------------------------------------------------------------------------------
# Templates KKK: supplies (invoices, packing lists, safety data sheets, gas cylinders)
# ---------------------------------------------------------------------------------------------

#: Catalogue: number mask, names (en, de, fr), pack, price, storage, hazardous
CATALOGUE = [
    (
        "M-999-99",
        ("Methanol HPLC grade", "Methanol für die HPLC", "Méthanol qualité HPLC"),
        "2.5 L",
        38.9,
        "RT",
        True,
    ),
    (
        "A-999-99",
        ("Acetonitrile LC-MS grade", "Acetonitril LC-MS", "Acétonitrile LC-MS"),
        "2.5 L",
        96.4,
        "RT",
        True,
    ),
    (
        "N-9999",
        (
            "Nitric acid 65 % suprapur",
            "Salpetersäure 65 % suprapur",
            "Acide nitrique 65 % suprapur",
        ),
        "1 L",
        74.0,
        "RT",
        True,
    ),
    (
        "H-9999",
        ("Hexane for residue analysis", "n-Hexan für die Rückstandsanalyse", "Hexane pour résidus"),
        "2.5 L",
        61.2,
        "RT",
        True,
    ),
    (
        "BP-999",
        (
            "Buffered peptone water 500 g",
            "Gepuffertes Peptonwasser 500 g",
            "Eau peptonée tamponnée 500 g",
        ),
        "1",
        58.5,
        "RT",
        False,
    ),
    (
        "CM-9999",
        (
            "Chromogenic coliform agar 500 g",
            "Chromogener Coliformen-Agar 500 g",
            "Gélose chromogène coliformes 500 g",
        ),
        "1",
        142.0,
        "RT",
        False,
    ),
    (
        "PP-9999",
        (
            "Plates: Baird-Parker agar, 20/pk",
            "Fertigplatten Baird-Parker, 20 St.",
            "Boîtes Baird-Parker, 20/pqt",
        ),
        "20",
        31.8,
        "2-8 °C",
        False,
    ),
    (
        "PP-9999",
        ("Plates: ALOA agar, 20/pk", "Fertigplatten ALOA, 20 St.", "Boîtes ALOA, 20/pqt"),
        "20",
        44.6,
        "2-8 °C",
        False,
    ),
    (
        "PD-99",
        (
            "Petri dishes 90 mm, sterile, 500/cs",
            "Petrischalen 90 mm steril, 500 St.",
            "Boîtes de Petri 90 mm, 500/carton",
        ),
        "500",
        52.0,
        "RT",
        False,
    ),
    (
        "T-99999",
        (
            "Pipette tips 200 µl, racked, 960/pk",
            "Pipettenspitzen 200 µl, 960 St.",
            "Cônes 200 µl, 960/pqt",
        ),
        "960",
        27.5,
        "RT",
        False,
    ),
    (
        "F-9999",
        (
            "Membrane filters 0.45 µm, 47 mm, 100/pk",
            "Membranfilter 0,45 µm, 47 mm, 100 St.",
            "Membranes 0,45 µm, 47 mm, 100/pqt",
        ),
        "100",
        64.9,
        "RT",
        False,
    ),
    (
        "S-9999",
        (
            "Nitrate standard 1000 mg/l, CRM",
            "Nitrat-Standard 1000 mg/l, CRM",
            "Étalon nitrates 1000 mg/l, MRC",
        ),
        "100 ml",
        48.0,
        "RT",
        False,
    ),
    (
        "S-9999",
        (
            "Multi-element standard ICP 10 mg/l",
            "Multielement-Standard ICP 10 mg/l",
            "Étalon multiéléments ICP 10 mg/l",
        ),
        "100 ml",
        118.0,
        "RT",
        True,
    ),
    (
        "QC-999",
        ("Quanti-Tray 2000, 100/pk", "Quanti-Tray 2000, 100 St.", "Quanti-Tray 2000, 100/pqt"),
        "100",
        189.0,
        "RT",
        False,
    ),
    (
        "RM-999",
        (
            "Reference material: milk powder (Listeria)",
            "Referenzmaterial Milchpulver (Listeria)",
            "Matériau de référence lait en poudre",
        ),
        "1",
        86.0,
        "-20 °C",
        False,
    ),
    (
        "G-9999",
        ("Nitrile gloves M, 100/box", "Nitrilhandschuhe M, 100 St.", "Gants nitrile M, 100/boîte"),
        "10",
        6.9,
        "RT",
        False,
    ),
    (
        "B-9999",
        (
            "Sample bottles 500 ml + thiosulphate",
            "Probenflaschen 500 ml + Thiosulfat",
            "Flacons 500 ml + thiosulfate",
        ),
        "50",
        71.0,
        "RT",
        False,
    ),
    (
        "SW-999",
        (
            "Sponge swabs + 10 ml neutraliser",
            "Schwammtupfer + 10 ml Neutralisationslsg.",
            "Éponges + 10 ml neutralisant",
        ),
        "25",
        39.0,
        "RT",
        False,
    ),
]


def cat_lines(
    rng: random.Random, who: Issuer, lg: str, n: int
) -> list[tuple[str, str, str, int, float, str, bool]]:
    """``n`` catalogue lines: number, name, pack, quantity, price, storage, hazardous."""
    r = keyed(who, "cat")
    pool = r.sample(CATALOGUE, 12)
    out = []
    for mask, names, pack, price, store, haz in rng.sample(pool, min(n, len(pool))):
        num = serial(keyed(who, f"n{names[0]}"), mask)
        name = tr(lg, *names)
        out.append(
            (
                num,
                name,
                pack,
                rng.choice([1, 1, 2, 2, 3, 4, 5, 6, 10]),
                round(price * r.uniform(0.85, 1.2), 2),
                store,
                haz,
            )
        )
    return out


def tpl_reagent_invoice(rng: random.Random, who: Issuer) -> list[Page]:
    """A reagent and consumables supplier's invoice: the supplier's letterhead, the lab's
    customer and order numbers, catalogue lines with lot numbers, the dangerous goods and
    cold chain surcharges, totals with VAT and the bank details; the conditions of sale on
    the back now and then."""
    h = head_of(who, "supplier", abroad=0.15)
    lg = h.lang
    s = style_of(h, LETTER if lg == "en" and keyed(who, "let").random() < 0.2 else A4)
    w, hh = s.page_size
    m = s.margin
    d = last_day(rng, ("packing_list", "reagent_invoice"), (0, 5))
    ex = LAST["extra"]
    lines = (
        ex[1]
        if after(("packing_list",)) and isinstance(ex, tuple) and ex[0] == h.name
        else cat_lines(rng, who, lg, rng.choice([2, 3, 4, 6, 9, 14]))
    )
    inv = serial(rng, keyed(who, "inv").choice(["9999999", "RE99-99999", "FA999999", "INV-999999"]))
    f = sheets(s, h, f"{h.name} - {tr(lg, 'Invoice', 'Rechnung', 'Facture')} {inv}")
    recipient(
        f,
        s,
        h,
        lab_lines(tr(lg, "Accounts payable", "Kreditorenbuchhaltung", "Comptabilité")),
        d,
        [
            (tr(lg, "Invoice no.", "Rechnungs-Nr.", "Facture n°"), inv),
            (
                tr(lg, "Customer no.", "Kunden-Nr.", "N° client"),
                serial(keyed(who, "cust"), "999999"),
            ),
            (tr(lg, "Your order", "Ihre Bestellung", "Votre commande"), serial(rng, "PO-99999")),
            (tr(lg, "Delivery note", "Lieferschein", "Bon de livraison"), serial(rng, "99999999")),
        ],
    )
    caption(f, s, tr(lg, "INVOICE", "RECHNUNG", "FACTURE"), 4)
    rows = []
    net = 0.0
    for num, name, _pack, q, price, _store, haz in lines:
        v = round(q * price, 2)
        net += v
        rows.append(
            [
                num,
                name + (" (DG)" if haz and lg == "en" else ""),
                str(q),
                money(price, lg),
                money(v, lg),
            ]
        )
    extra = []
    if any(x[6] for x in lines):
        extra.append(
            (
                tr(
                    lg,
                    "Dangerous goods surcharge",
                    "Gefahrgutzuschlag",
                    "Supplément matières dangereuses",
                ),
                18.5,
            )
        )
    if any(x[5] != "RT" for x in lines):
        extra.append(
            (tr(lg, "Cold chain shipping (ice packs)", "Kühlversand", "Envoi sous froid"), 24.0)
        )
    if net < 150:
        extra.append(
            (tr(lg, "Small order charge", "Mindermengenzuschlag", "Frais de petite commande"), 15.0)
        )
    for t, v in extra:
        rows.append(["", t, "1", money(v, lg), money(v, lg)])
        net += v
    table(
        f,
        columns(
            m, w - m, [(1.2, "left"), (4.2, "left"), (0.6, "right"), (1, "right"), (1.1, "right")]
        ),
        [
            tr(lg, "Cat. no.", "Art.-Nr.", "Réf."),
            tr(lg, "Description", "Bezeichnung", "Désignation"),
            tr(lg, "Qty", "Menge", "Qté"),
            tr(lg, "Unit price", "Einzelpreis", "P.U. HT"),
            tr(lg, "Amount", "Betrag", "Montant HT"),
        ],
        rows,
        s,
        rules=keyed(who, "rules").random() < 0.5,
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
            "Zero-rated intra-community supply." if cross else "",
            "Steuerfreie innergemeinschaftliche Lieferung." if cross else "",
            "Exonération de TVA, art. 262 ter I du CGI." if cross else "",
        ),
    )
    write(
        f,
        s,
        tr(
            lg,
            f"Payment terms: 30 days net, due {day(h, d + timedelta(days=30))}.",
            f"Zahlbar bis {day(h, d + timedelta(days=30))} ohne Abzug.",
            f"Règlement à 30 jours, échéance le {day(h, d + timedelta(days=30))}. Pénalités de "
            "retard : 3 fois le taux d'intérêt légal ; indemnité forfaitaire 40 €.",
        ),
        s.size - 1,
    )
    pages = close(f.pages, s, h)
    if keyed(who, "terms").random() < 0.35:
        pages.append(
            small_print(
                rng,
                s,
                h,
                tr(
                    lg,
                    "Conditions of sale",
                    "Allgemeine Verkaufsbedingungen",
                    "Conditions générales de vente",
                ),
                TERMS[lg],
            )
        )
    received(rng, pages[0], home(), d, 0.4)
    if rng.random() < 0.35:
        hand(
            pages[0],
            m,
            hh - m - 40,
            tr(
                home(),
                "GRN ok - cost code LAB-02",
                "sachl. richtig, KSt 4100",
                "BL ok - imputation 6068",
            ),
            10,
        )
    remember(None, d, (h.name, lines))
    return pages


def tpl_packing_list(rng: random.Random, who: Issuer) -> list[Page]:
    """The supplier's delivery note / packing list that came in the box: A4 or landscape A5,
    the lines with lot numbers, expiry dates and storage conditions, ordered, delivered and
    back-ordered quantities, and the lab's goods-in check in hand (temperature, initials)."""
    h = head_of(who, "supplier", abroad=0.15)
    lg = h.lang
    size = keyed(who, "dn").choice([A4, A5L, A4])
    s = style_of(h, size, margin=30 if size == A5L else 0, pt=7.5 if size == A5L else 9)
    w, hh = size
    m = s.margin
    d = some_day(rng)
    lines = cat_lines(rng, who, lg, rng.choice([2, 3, 4, 5, 7]))
    no = serial(rng, "99999999")
    f = sheets(s, h, f"{tr(lg, 'Delivery note', 'Lieferschein', 'Bon de livraison')} {no}")
    if size == A5L:
        f.page.text(
            w - m,
            f.y - 8,
            f"{tr(lg, 'DELIVERY NOTE', 'LIEFERSCHEIN', 'BON DE LIVRAISON')} {no}",
            s.bold,
            10,
            "right",
        )
        f.y = (
            pairs(
                f.page,
                s,
                m,
                f.y,
                [
                    (
                        tr(lg, "Deliver to", "Lieferanschrift", "Livré à"),
                        f"{lab_name()}, {tr(lg, 'Goods in', 'Wareneingang', 'Réception')}",
                    ),
                    (tr(lg, "Date", "Datum", "Date"), short(d, lg)),
                ],
                w - m,
                7.5,
            )
            + 6
        )
    else:
        recipient(
            f,
            s,
            h,
            lab_lines(tr(lg, "Goods in / stores", "Wareneingang", "Réception marchandises")),
            d,
            [
                (tr(lg, "Delivery note", "Lieferschein-Nr.", "BL n°"), no),
                (
                    tr(lg, "Your order", "Ihre Bestellung", "Votre commande"),
                    serial(rng, "PO-99999"),
                ),
                (tr(lg, "Parcels", "Packstücke", "Colis"), str(rng.randint(1, 4))),
            ],
        )
        caption(
            f,
            s,
            tr(
                lg,
                "DELIVERY NOTE / PACKING LIST",
                "LIEFERSCHEIN",
                "BON DE LIVRAISON / LISTE DE COLISAGE",
            ),
            3,
        )
    rows = []
    for num, name, _pack, q, _price, store, _haz in lines:
        back = q if rng.random() < 0.1 else 0
        rows.append(
            [
                num,
                name,
                serial(rng, rng.choice(["A999999", "99999", "AA9999"])),
                short(d + timedelta(days=rng.randint(120, 900)), lg)[3:],
                store,
                str(q),
                str(q - back),
                str(back) if back else "-",
            ]
        )
    table(
        f,
        columns(
            m,
            w - m,
            [
                (1.1, "left"),
                (3.4, "left"),
                (1, "left"),
                (0.8, "left"),
                (0.8, "left"),
                (0.5, "right"),
                (0.5, "right"),
                (0.5, "right"),
            ],
        ),
        [
            tr(lg, "Cat. no.", "Art.-Nr.", "Réf."),
            tr(lg, "Description", "Bezeichnung", "Désignation"),
            tr(lg, "Lot", "Charge", "Lot"),
            tr(lg, "Expiry", "Verfall", "Péremption"),
            tr(lg, "Store", "Lagerung", "Stockage"),
            tr(lg, "Ord.", "Best.", "Cdé"),
            tr(lg, "Del.", "Gel.", "Livré"),
            tr(lg, "B/O", "Rückst.", "Reliquat"),
        ],
        rows,
        s,
        size=s.size - 0.5,
        rules=True,
    )
    f.y += 6
    if any(x[6] for x in lines):
        write(
            f,
            s,
            tr(
                lg,
                "Contains dangerous goods - UN 1230 METHANOL, 3 (6.1), II. Limited quantity.",
                "Enthält Gefahrgut - UN 1230 METHANOL, 3 (6.1), II. Begrenzte Menge.",
                "Contient des marchandises dangereuses - UN 1230 MÉTHANOL, 3 (6.1), II. Quantité "
                "limitée.",
            ),
            s.size - 1,
        )
    if any(x[5] != "RT" for x in lines):
        write(
            f,
            s,
            tr(
                lg,
                "COLD CHAIN - store at 2-8 °C immediately on receipt.",
                "KÜHLWARE - sofort bei 2-8 °C lagern.",
                "PRODUITS FRAIS - stocker à 2-8 °C dès réception.",
            ),
            s.size,
            0,
        )
    p = f.pages[-1]
    y = min(max(f.y + 10, hh - m - 70), hh - m - 40)
    p.text(
        m,
        y,
        tr(lg, "Received in good condition:", "Ware erhalten:", "Reçu en bon état :"),
        s.font,
        7.5,
    )
    rec = lab_staff()["reception"][0]
    if rng.random() < 0.75:
        scrawl(p, m + 120, y + 2, rec, 10)
        hand(p, m + 220, y, f"{short(d, home())}  {rng.uniform(3, 7):.1f} °C", 9)
    pages = close(f.pages, s, h, numbers="none")
    remember(None, d, (h.name, lines))
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


def pictogram(p: Page, x: float, y: float, code: str) -> None:
    """A GHS hazard pictogram: a diamond frame with its code inside."""
    r = 18
    cx, cy = x + r, y + r
    p.line(cx, cy - r, cx + r, cy)
    p.line(cx + r, cy, cx, cy + r)
    p.line(cx, cy + r, cx - r, cy)
    p.line(cx - r, cy, cx, cy - r)
    p.text(cx, cy + 3, code, "Helvetica-Bold", 6.5, "center")


def tpl_sds(rng: random.Random, who: Issuer) -> list[Page]:
    """A supplier's safety data sheet under REACH (Regulation (EC) No 1907/2006): sixteen
    numbered sections over several pages, the pictograms and hazard statements in section 2,
    a running header with the product, version and revision date and 'Page i of n' on every
    page."""
    h = head_of(who, "supplier", abroad=0.2)
    lg = h.lang
    s = style_of(h, A4, margin=44, pt=8)
    w, hh = s.page_size
    m = s.margin
    d = some_day(rng) - timedelta(days=rng.randint(100, 900))
    ex = LAST["extra"]
    haz = (
        [x for x in ex[1] if x[6]]
        if after(("packing_list", "reagent_invoice")) and isinstance(ex, tuple)
        else []
    )
    product = haz[0][1] if haz else tr(lg, *rng.choice([c[1] for c in CATALOGUE if c[5]]))
    num = haz[0][0] if haz else serial(rng, "M-999-99")
    ver = f"{rng.randint(1, 9)}.{rng.randint(0, 9)}"
    title = tr(lg, "SAFETY DATA SHEET", "SICHERHEITSDATENBLATT", "FICHE DE DONNÉES DE SÉCURITÉ")
    header = (
        f"{title} - {product} - {tr(lg, 'Version', 'Version', 'Version')} {ver} - "
        f"{tr(lg, 'Revision date', 'Überarbeitet am', 'Date de révision')} {short(d, lg)}"
    )

    def start(p: Page, n: int) -> float:
        if n == 1:
            y = heading(p, s, h)
            p.text(w / 2, y, title, s.bold, 13, "center")
            p.text(
                w / 2,
                y + 12,
                tr(
                    lg,
                    "according to Regulation (EC) No 1907/2006 (REACH), Annex II",
                    "gemäß Verordnung (EG) Nr. 1907/2006 (REACH), Anhang II",
                    "conformément au règlement (CE) n° 1907/2006 (REACH), annexe II",
                ),
                s.font,
                7.5,
                "center",
            )
            p.text(
                w - m,
                y + 26,
                f"{tr(lg, 'Version', 'Version', 'Version')} {ver}   {short(d, lg)}",
                s.font,
                7,
                "right",
            )
            return y + 42
        return running_header(p, s, header) + 8

    f = Sheets((w, hh), hh - m - 16, start)
    secs = SDS_SECTIONS[lg]
    for k, t in enumerate(secs, 1):
        f.need(40)
        f.page.rect(m, f.y - 9, w - 2 * m, 12, fill=0.82)
        f.page.text(
            m + 3,
            f.y,
            fit(f"{tr(lg, 'SECTION', 'ABSCHNITT', 'RUBRIQUE')} {k}: {t}", s.bold, 8, w - 2 * m - 6),
            s.bold,
            8,
        )
        f.y += 14
        if k == 1:
            f.y = (
                pairs(
                    f.page,
                    s,
                    m + 8,
                    f.y,
                    [
                        (
                            tr(
                                lg,
                                "1.1 Product name",
                                "1.1 Produktidentifikator",
                                "1.1 Nom du produit",
                            ),
                            product,
                        ),
                        (tr(lg, "Catalogue no.", "Artikelnummer", "Référence"), num),
                        (
                            tr(
                                lg,
                                "1.2 Relevant uses",
                                "1.2 Relevante Verwendungen",
                                "1.2 Utilisations",
                            ),
                            tr(
                                lg,
                                "Laboratory chemicals",
                                "Laborchemikalien",
                                "Produits chimiques de laboratoire",
                            ),
                        ),
                        (
                            tr(lg, "1.3 Supplier", "1.3 Lieferant", "1.3 Fournisseur"),
                            f"{h.name}, {h.town}",
                        ),
                        (
                            tr(
                                lg,
                                "1.4 Emergency telephone",
                                "1.4 Notrufnummer",
                                "1.4 Numéro d'urgence",
                            ),
                            tr(
                                lg,
                                "+44 (0)1865 407333 (24 h)",
                                "+49 (0)6132 84463 (24 h)",
                                "ORFILA +33 (0)1 45 42 59 59",
                            ),
                        ),
                    ],
                    w - m,
                    7.5,
                )
                + 4
            )
        elif k == 2:
            f.need(50)
            codes = rng.sample(
                ["GHS02", "GHS05", "GHS06", "GHS07", "GHS08", "GHS09"], rng.randint(1, 3)
            )
            for i, c in enumerate(codes):
                pictogram(f.page, m + 8 + i * 44, f.y, c)
            f.page.text(
                m + 8 + len(codes) * 44 + 10,
                f.y + 14,
                tr(
                    lg,
                    "Signal word: Danger",
                    "Signalwort: Gefahr",
                    "Mention d'avertissement : Danger",
                ),
                s.bold,
                8,
            )
            f.y += 44
            for hs in rng.sample(
                ["H225", "H301", "H311", "H331", "H370", "H314", "H319", "H336", "H411"], 3
            ):
                write(f, s, f"{hs} {words(rng, lg, 'safety', 6)}", 7.5, 8)
            for ps in rng.sample(
                ["P210", "P233", "P280", "P301+P310", "P303+P361+P353", "P403+P235"], 3
            ):
                write(f, s, f"{ps} {words(rng, lg, 'safety', 7)}", 7.5, 8)
        elif k == 3:
            table(
                f,
                columns(
                    m + 8, w - m, [(2.5, "left"), (1.3, "left"), (1.3, "left"), (0.8, "right")]
                ),
                [tr(lg, "Substance", "Stoff", "Substance"), "CAS", "EC", "%"],
                [
                    [
                        product.split(" ")[0],
                        f"{rng.randint(50, 7700)}-{rng.randint(10, 99)}-{rng.randint(0, 9)}",
                        f"{rng.randint(200, 299)}-{rng.randint(100, 999)}-{rng.randint(0, 9)}",
                        ">= 99",
                    ]
                ],
                s,
            )
        elif k == 14:
            table(
                f,
                columns(m + 8, w - m, [(1.4, "left"), (1, "left"), (1, "left"), (1, "left")]),
                ["", "ADR/RID", "IMDG", "IATA"],
                [
                    [tr(lg, "UN number", "UN-Nummer", "N° ONU"), "UN1230", "UN1230", "UN1230"],
                    [tr(lg, "Class", "Klasse", "Classe"), "3 (6.1)", "3 (6.1)", "3 (6.1)"],
                    [
                        tr(lg, "Packing group", "Verpackungsgruppe", "Groupe d'emballage"),
                        "II",
                        "II",
                        "II",
                    ],
                ],
                s,
            )
        else:
            for j in range(1, rng.randint(3, 7)):
                f.need(30)
                f.page.text(m + 8, f.y, f"{k}.{j}", s.bold, 7.5)
                f.para(m + 30, w - 2 * m - 30, prose(rng, lg, "safety", 2, 5), s.font, 7.5)
    pages = f.pages
    number_pages(
        pages, s, tr(lg, "Page {i} of {n}", "Seite {i} von {n}", "Page {i} / {n}"), "br", bottom=20
    )
    for p in pages:
        p.text(m, hh - 20, fit(h.name, s.font, 6.5, w / 2), s.font, 6.5)
    remember(None, d)
    return pages


GASES = [
    ("N2 5.0", ("Nitrogen 5.0", "Stickstoff 5.0", "Azote 5.0"), "50 L", 9.20),
    ("He 6.0", ("Helium 6.0", "Helium 6.0", "Hélium 6.0"), "50 L", 14.80),
    ("Ar 4.8", ("Argon 4.8", "Argon 4.8", "Argon 4.8"), "50 L", 9.20),
    ("H2 5.0", ("Hydrogen 5.0", "Wasserstoff 5.0", "Hydrogène 5.0"), "10 L", 6.10),
    (
        "SynAir",
        ("Synthetic air (hydrocarbon free)", "Synthetische Luft KW-frei", "Air synthétique"),
        "50 L",
        9.20,
    ),
    ("C2H2", ("Acetylene AAS grade", "Acetylen für AAS", "Acétylène SAA"), "40 L", 11.40),
    ("CO2", ("Carbon dioxide", "Kohlendioxid", "Dioxyde de carbone"), "37.5 kg", 7.90),
]


def tpl_gas_statement(rng: random.Random, who: Issuer) -> list[Page]:
    """The gas supplier's monthly cylinder rental statement: the account, the holdings by
    gas (opening, delivered, returned, closing, rental days, rate), totals with VAT, and a
    landscape page of cylinder movements by delivery note and cylinder serial."""
    h = head_of(who, "gas")
    lg = h.lang
    s = style_of(h, A4)
    w, _hh = s.page_size
    m = s.margin
    per = add_months(month(), -1)
    end = add_months(per, 1) - timedelta(days=1)
    d = end + timedelta(days=rng.randint(2, 8))
    acc = serial(keyed(who, "acc"), "99999999")
    no = serial(rng, "9999999")
    f = sheets(s, h, f"{h.name} - {tr(lg, 'Statement', 'Mietabrechnung', 'Relevé')} {no}")
    recipient(
        f,
        s,
        h,
        lab_lines(),
        d,
        [
            (tr(lg, "Account", "Kundennummer", "N° de compte"), acc),
            (tr(lg, "Statement no.", "Abrechnungs-Nr.", "Relevé n°"), no),
        ],
    )
    caption(
        f,
        s,
        tr(
            lg,
            "Cylinder rental statement",
            "Flaschenmietabrechnung",
            "Relevé de location de bouteilles",
        ),
        3,
    )
    write(
        f,
        s,
        f"{tr(lg, 'Period', 'Zeitraum', 'Période')}: {short(per, lg)} - {short(end, lg)}",
        s.size,
    )
    held = keyed(who, "held").sample(GASES, keyed(who, "nheld").randint(3, 6))
    rows = []
    net = 0.0
    moves = []
    days = (end - per).days + 1
    for code, names, cyl, rate in held:
        o = rng.randint(1, 4)
        dl = rng.choice([0, 0, 1, 1, 2])
        rt = min(o + dl, rng.choice([0, 0, 1, 2]))
        c = o + dl - rt
        rd = o * days + dl * rng.randint(3, days) - rt * rng.randint(1, days // 2)
        rd = max(rd, c)
        v = round(rd * rate / 30, 2)
        net += v
        rows.append(
            [
                code,
                tr(lg, *names),
                cyl,
                str(o),
                str(dl),
                str(rt),
                str(c),
                str(rd),
                money(rate / 30, lg),
                money(v, lg),
            ]
        )
        for _ in range(dl):
            moves.append(
                (
                    per + timedelta(days=rng.randint(0, days - 1)),
                    tr(lg, "Delivered", "Geliefert", "Livrée"),
                    code,
                )
            )
        for _ in range(rt):
            moves.append(
                (
                    per + timedelta(days=rng.randint(0, days - 1)),
                    tr(lg, "Returned", "Zurück", "Retour"),
                    code,
                )
            )
    table(
        f,
        columns(
            m,
            w - m,
            [
                (0.9, "left"),
                (2.6, "left"),
                (0.7, "left"),
                (0.5, "right"),
                (0.5, "right"),
                (0.5, "right"),
                (0.5, "right"),
                (0.7, "right"),
                (0.8, "right"),
                (1, "right"),
            ],
        ),
        [
            tr(lg, "Code", "Code", "Code"),
            tr(lg, "Product", "Produkt", "Produit"),
            tr(lg, "Size", "Größe", "Taille"),
            tr(lg, "Open", "AB", "Déb."),
            tr(lg, "Del", "Lief", "Liv."),
            tr(lg, "Ret", "Rück", "Ret."),
            tr(lg, "Close", "EB", "Fin"),
            tr(lg, "Days", "Tage", "Jours"),
            tr(lg, "Rate", "Satz", "Tarif"),
            tr(lg, "Amount", "Betrag", "Montant"),
        ],
        rows,
        s,
        size=s.size - 1.5,
        shade=0.9,
    )
    totals(f, s, lg, round(net, 2), vat_rate(lg))
    write(
        f,
        s,
        tr(
            lg,
            "Amount will be collected by direct debit on or after "
            f"{day(h, d + timedelta(days=14))}.",
            f"Der Betrag wird am {day(h, d + timedelta(days=14))} per SEPA-Lastschrift eingezogen.",
            f"Montant prélevé le {day(h, d + timedelta(days=14))}.",
        ),
        s.size - 1,
    )
    pages = close(f.pages, s, h, numbers="none")
    if moves and rng.random() < 0.7:
        sl = style_of(h, A4L, margin=40, pt=8)
        wl, hl = A4L
        fl = Sheets(
            (wl, hl), hl - 40, lambda p, n: running_header(p, sl, f"{h.name} - {acc} - {no}") + 6
        )
        caption(
            fl,
            sl,
            tr(lg, "Cylinder movements", "Flaschenbewegungen", "Mouvements de bouteilles"),
            2,
        )
        moves.sort()
        table(
            fl,
            columns(
                40,
                wl - 40,
                [
                    (1, "left"),
                    (1.2, "left"),
                    (1.2, "left"),
                    (1, "left"),
                    (1.4, "left"),
                    (2, "left"),
                ],
            ),
            [
                tr(lg, "Date", "Datum", "Date"),
                tr(lg, "Movement", "Bewegung", "Mouvement"),
                tr(lg, "Note no.", "Lieferschein", "BL n°"),
                tr(lg, "Code", "Code", "Code"),
                tr(lg, "Cylinder serial", "Flaschen-Nr.", "N° bouteille"),
                tr(lg, "Driver", "Fahrer", "Chauffeur"),
            ],
            [
                [
                    short(a, lg),
                    b,
                    serial(rng, "99999999"),
                    c,
                    serial(rng, "AA999999"),
                    person(rng, lg),
                ]
                for a, b, c in moves
            ],
            sl,
            rules=True,
        )
        pages.extend(fl.pages)
        number_pages(pages, s, tr(lg, "Page {i} of {n}", "Seite {i} von {n}", "Page {i}/{n}"), "tr")
    received(rng, pages[0], home(), d, 0.3)
    remember(None, d)
    return pages


# ---------------------------------------------------------------------------------------------
# Templates KKK: instruments (service reports, calibration certificates)
# ---------------------------------------------------------------------------------------------

INSTRUMENTS = [
    ("GC-MS", ("Gas chromatograph-mass spectrometer", "GC-MS-System", "Chromatographe GC-MS")),
    (
        "ICP-OES",
        ("ICP optical emission spectrometer", "ICP-OES-Spektrometer", "Spectromètre ICP-OES"),
    ),
    ("HPLC", ("HPLC system with DAD", "HPLC-Anlage mit DAD", "Chaîne HPLC avec DAD")),
    ("IC", ("Ion chromatograph", "Ionenchromatograph", "Chromatographe ionique")),
    ("Autoclave", ("Autoclave 150 l", "Autoklav 150 l", "Autoclave 150 l")),
    ("Incubator", ("Incubator 37 °C", "Brutschrank 37 °C", "Étuve 37 °C")),
    (
        "Balance",
        (
            "Analytical balance 220 g / 0.1 mg",
            "Analysenwaage 220 g / 0,1 mg",
            "Balance analytique 220 g",
        ),
    ),
]


def tpl_service_report(rng: random.Random, who: Issuer) -> list[Page]:
    """An instrument service engineer's field service report: the instrument and its serial,
    the visit type ticked, the fault and the work done written in, the parts used, travel and
    labour hours, returned to service, the engineer's and the customer's signatures; now and
    then the preventive maintenance checklist as a second page."""
    h = head_of(who, "calib", abroad=0.15)
    lg = h.lang
    s = style_of(h, A4, margin=42, pt=8.5)
    w, hh = s.page_size
    m = s.margin
    d = some_day(rng)
    code, names = rng.choice(INSTRUMENTS)
    sn = serial(rng, rng.choice(["US99999999", "A99999", "9999-AA-999"]))
    eng = staff(h, "eng")
    no = serial(rng, "FSR-999999")
    p = Page(s.page_size)
    y = heading(p, s, h)
    p.text(
        m,
        y,
        tr(
            lg, "FIELD SERVICE REPORT", "SERVICEBERICHT / ARBEITSNACHWEIS", "RAPPORT D'INTERVENTION"
        ),
        s.bold,
        12,
    )
    p.text(w - m, y, no, s.bold, 10, "right")
    y += 10
    y = fields(
        p,
        s,
        m,
        y,
        w - 2 * m,
        [
            (tr(lg, "Customer", "Kunde", "Client"), lab_name()),
            (
                tr(lg, "Contact", "Ansprechpartner", "Contact"),
                rng.choice([*lab_staff()["analysts"][:3], manager()]),
            ),
            (tr(lg, "Instrument", "Gerät", "Appareil"), f"{code} - {tr(lg, *names)}"),
            (tr(lg, "Serial no.", "Serien-Nr.", "N° de série"), sn),
            (tr(lg, "Lab asset ID", "Inventar-Nr.", "N° inventaire"), serial(rng, "LAB-999")),
            (tr(lg, "Date of visit", "Einsatzdatum", "Date d'intervention"), short(d, lg)),
        ],
        per=2,
        tall=26,
    )
    visit = rng.randrange(4)
    y = ticks(
        p,
        s,
        m,
        y,
        w - 2 * m,
        [
            tr(lg, "Preventive maintenance", "Wartung", "Maintenance préventive"),
            tr(lg, "Breakdown", "Störung / Reparatur", "Dépannage"),
            tr(
                lg,
                "Installation / qualification",
                "Installation / IQ-OQ",
                "Installation / qualification",
            ),
            tr(lg, "Calibration", "Kalibrierung", "Étalonnage"),
        ],
        {visit},
        8,
    )
    for cap, n in [
        (
            tr(
                lg,
                "Reported fault / request",
                "Fehlerbeschreibung / Auftrag",
                "Motif d'intervention",
            ),
            2,
        ),
        (tr(lg, "Work carried out", "Durchgeführte Arbeiten", "Travaux réalisés"), 5),
        (tr(lg, "Recommendations", "Empfehlungen", "Recommandations"), 2),
    ]:
        y = band(p, s, y + 4, cap)
        y = hand_lines(p, m, y + 10, w - 2 * m, n, prose(rng, lg, "lab", 1, 2 if n > 2 else 1), 8.5)
    y = band(p, s, y, tr(lg, "Parts used", "Verwendete Teile", "Pièces remplacées"))
    y += 4
    cols = columns(m, w - m, [(1.5, "left"), (4, "left"), (0.7, "right")])
    parts = [
        ("G1099-99999", "Septum / liner kit"),
        ("5190-9999", "Filament assembly"),
        ("RS-999", "Pump oil 1 l"),
        ("ICP-99-99", "Peristaltic pump tubing"),
        ("DS-999", "Door seal"),
        ("0099-9999", "Lamp, deuterium"),
    ]
    for k in range(4):
        p.rect(m, y, w - 2 * m, 15)
        if k < rng.randint(0, 3):
            pn, t = rng.choice(parts)
            for c, v in zip(cols, [serial(rng, pn), t, str(rng.randint(1, 2))], strict=True):
                p.text(c[0] + 2, y + 11, fit(v, HAND, 8, c[1] - c[0] - 4), HAND, 8)
        y += 15
    y += 8
    y = fields(
        p,
        s,
        m,
        y,
        w - 2 * m,
        [
            (
                tr(lg, "Travel (h)", "Fahrzeit (h)", "Trajet (h)"),
                f"{rng.choice([1, 1.5, 2, 2.5, 3]):g}",
            ),
            (
                tr(lg, "Labour (h)", "Arbeitszeit (h)", "Main d'œuvre (h)"),
                f"{rng.choice([1, 2, 3, 4, 5.5, 7]):g}",
            ),
            (
                tr(lg, "Returned to service", "Gerät betriebsbereit", "Remis en service"),
                rng.choice(yes_no(lg)[:1] * 4 + yes_no(lg)[1:]),
            ),
            (
                tr(lg, "Chargeable", "Berechnung", "Facturable"),
                rng.choice(
                    [tr(lg, "Contract", "Wartungsvertrag", "Contrat"), tr(lg, "Yes", "Ja", "Oui")]
                ),
            ),
        ],
        per=4,
        tall=26,
    )
    y = max(y + 26, hh - m - 50) if y < hh - m - 50 else y + 20
    signed(p, m, y, 190, tr(lg, "Engineer", "Servicetechniker", "Technicien"), eng, short(d, lg))
    signed(
        p,
        w - m - 190,
        y,
        190,
        tr(lg, "Customer signature / name", "Unterschrift Kunde", "Signature client"),
        rng.choice([*lab_staff()["analysts"][:3], manager()]),
    )
    pages = [p]
    if visit == 0 and rng.random() < 0.6:
        q = Page(s.page_size)
        yq = heading(q, s, h) if h.again else m
        q.text(
            m,
            yq,
            f"{tr(lg, 'PM checklist', 'Wartungscheckliste', 'Liste de contrôle maintenance')} - "
            f"{code} - {sn}",
            s.bold,
            11,
        )
        yq += 20
        for k in range(rng.randint(12, 22)):
            q.text(m, yq, f"{k + 1}.", s.font, 8)
            q.text(
                m + 18,
                yq,
                fit(words(rng, lg, "lab", rng.randint(4, 8)), s.font, 8, w - 2 * m - 140),
                s.font,
                8,
            )
            for j, t in enumerate(["OK", tr(lg, "Adj.", "Justiert", "Ajusté"), "n/a"]):
                box(
                    q,
                    w - m - 110 + j * 38,
                    yq,
                    (j == 0 and rng.random() < 0.85) or (j == 1 and rng.random() < 0.1),
                    7,
                )
                q.text(w - m - 100 + j * 38, yq, t, s.font, 6.5)
            yq += 17
        pages.append(q)
        number_pages(pages, s, "{i}/{n}", "br")
    remember(None, d, (code, names, sn, h.name))
    return pages


def tpl_calibration(rng: random.Random, who: Issuer) -> list[Page]:
    """An accredited calibration laboratory's certificate of calibration for a balance,
    pipette, thermometer or the instrument just serviced: the certificate number on every
    page, the item, the method and environmental conditions, the results with the
    uncertainty (k = 2), the traceability statement, the signatures and 'Page i of n'."""
    h = head_of(who, "calib", abroad=0.1)
    lg = h.lang
    s = style_of(h, A4, pt=8.5)
    w, hh = s.page_size
    m = s.margin
    d = last_day(rng, ("service_report", "calibration"), (0, 3))
    ex = LAST["extra"]
    items = [
        (
            tr(lg, "Analytical balance", "Analysenwaage", "Balance analytique"),
            "g",
            [0.01, 1, 10, 50, 100, 200],
        ),
        (
            tr(
                lg,
                "Piston pipette 100-1000 µl",
                "Kolbenhubpipette 100-1000 µl",
                "Pipette 100-1000 µl",
            ),
            "µl",
            [100, 500, 1000],
        ),
        (
            tr(
                lg,
                "Liquid-in-glass thermometer",
                "Flüssigkeitsthermometer",
                "Thermomètre à dilatation",
            ),
            "°C",
            [0, 20, 37, 44.5],
        ),
        (
            tr(
                lg,
                "Temperature logger with probe",
                "Temperaturdatenlogger",
                "Enregistreur de température",
            ),
            "°C",
            [-20, 5, 37],
        ),
        (
            tr(lg, "Reference weight set E2", "Gewichtssatz E2", "Jeu de masses E2"),
            "g",
            [1, 10, 100],
        ),
    ]
    item, unit, points = rng.choice(items)
    sn = serial(rng, rng.choice(["9999999", "AB99999", "99A9999"]))
    if after(("service_report",)) and isinstance(ex, tuple) and ex[0] == "Balance":
        item, unit, points = items[0]
        sn = str(ex[2])
    no = serial(rng, rng.choice(["99999", "K-9999-99", "CE99-9999"]))
    title = tr(lg, "CERTIFICATE OF CALIBRATION", "KALIBRIERSCHEIN", "CERTIFICAT D'ÉTALONNAGE")
    header = f"{title} {tr(lg, 'No.', 'Nr.', 'n°')} {no}"

    def start(p: Page, n: int) -> float:
        y = heading(p, s, h)
        p.text(w - m, y - 8, header, s.bold, 8, "right")
        if n == 1:
            accred_mark(
                p,
                w - m - 70,
                y + 4,
                lg,
                serial(
                    keyed(who, "acc"), {"en": "0999", "de": "D-K-19999-01-00", "fr": "2-9999"}[lg]
                ),
                "cal",
            )
        return y + (8 if n > 1 else 12)

    f = Sheets((w, hh), hh - m - 30, start)
    caption(f, s, title, 6)
    f.y = (
        pairs(
            f.page,
            s,
            m,
            f.y + 4,
            [
                (tr(lg, "Certificate number", "Kalibrierschein-Nr.", "N° de certificat"), no),
                (tr(lg, "Customer", "Auftraggeber", "Client"), f"{lab_name()}, {lab_head().town}"),
                (tr(lg, "Item", "Gegenstand", "Instrument"), item),
                (
                    tr(lg, "Serial / ID", "Serien-Nr. / Kennung", "N° série / identification"),
                    f"{sn} / {serial(rng, 'LAB-999')}",
                ),
                (
                    tr(lg, "Date of calibration", "Datum der Kalibrierung", "Date d'étalonnage"),
                    short(d, lg),
                ),
                (
                    tr(lg, "Place", "Ort", "Lieu"),
                    tr(
                        lg,
                        "On site, customer's laboratory",
                        "Vor Ort beim Kunden",
                        "Sur site, chez le client",
                    )
                    if rng.random() < 0.6
                    else tr(lg, "Our laboratory", "In unserem Labor", "En nos locaux"),
                ),
                (
                    tr(lg, "Method", "Verfahren", "Méthode"),
                    rng.choice(
                        ["EURAMET cg-18", "ISO 8655-6", "EURAMET cg-8", "DKD-R 5-1", "OIML R 111"]
                    ),
                ),
                (
                    tr(lg, "Ambient conditions", "Umgebungsbedingungen", "Conditions ambiantes"),
                    f"{rng.uniform(19.5, 22.5):.1f} °C, {rng.randint(35, 60)} % rh",
                ),
            ],
            w * 0.7,
            s.size,
        )
        + 10
    )
    write(
        f,
        s,
        tr(
            lg,
            "This certificate is issued in accordance with the conditions of accreditation. It "
            "provides "
            "traceability of measurement to the SI through national standards. It may not be "
            "reproduced "
            "other than in full except with the prior written approval of the issuing laboratory.",
            "Dieser Kalibrierschein dokumentiert die Rückführung auf nationale Normale zur "
            "Darstellung der "
            "Einheiten in Übereinstimmung mit dem Internationalen Einheitensystem (SI). Er darf "
            "nur "
            "vollständig und unverändert weiterverbreitet werden.",
            "Ce certificat atteste le raccordement des résultats aux étalons nationaux (SI). La "
            "reproduction de ce certificat n'est autorisée que sous sa forme intégrale.",
        ),
        s.size - 1,
    )
    f.y += 20
    signed(
        f.page,
        m,
        f.y,
        180,
        tr(lg, "Calibrated by", "Bearbeiter", "Opérateur"),
        staff(h, "cal"),
        short(d, lg),
    )
    signed(
        f.page,
        w - m - 180,
        f.y,
        180,
        tr(lg, "Approved signatory", "Leiter des Kalibrierlabors", "Responsable technique"),
        staff(h, "boss"),
        short(d + timedelta(days=1), lg),
    )
    f.new_page()
    caption(f, s, tr(lg, "Results", "Messergebnisse", "Résultats"), 2)
    rows = []
    for pt in points:
        for _ in range(2 if unit == "µl" else 1):
            err = rng.uniform(-0.0004, 0.0004) * (pt if unit != "°C" else 50)
            u = abs(err) * rng.uniform(0.6, 1.5) + (0.00008 if unit == "g" else 0.05)
            fmt = (lambda v: f"{v:.4f}") if unit == "g" else (lambda v: f"{v:.2f}")
            conv = (lambda t: t) if lg == "en" else (lambda t: t.replace(".", ","))
            rows.append(
                [
                    conv(fmt(pt)) + f" {unit}",
                    conv(fmt(pt + err)),
                    conv(f"{err:+.4f}" if unit == "g" else f"{err:+.2f}"),
                    conv(f"{u:.4f}" if unit == "g" else f"{u:.2f}"),
                ]
            )
    table(
        f,
        columns(m, w - m, [(1.5, "right"), (1.5, "right"), (1.2, "right"), (1.4, "right")]),
        [
            tr(lg, "Nominal / reference", "Sollwert / Referenz", "Valeur de référence"),
            tr(lg, "Indication", "Anzeige", "Indication"),
            tr(lg, "Error", "Abweichung", "Erreur"),
            tr(lg, "Uncertainty U (k=2)", "Messunsicherheit U (k=2)", "Incertitude U (k=2)"),
        ],
        rows,
        s,
        shade=0.88,
        rules=True,
    )
    f.y += 8
    if unit == "g":
        write(
            f,
            s,
            tr(
                lg,
                "Repeatability (10 x 100 g): s = 0.00008 g. Eccentricity: max. 0.0002 g.",
                "Wiederholbarkeit (10 x 100 g): s = 0,00008 g. Exzentrizität: max. 0,0002 g.",
                "Répétabilité (10 x 100 g) : s = 0,00008 g. Excentration : max. 0,0002 g.",
            ),
        )
    write(
        f,
        s,
        tr(
            lg,
            "The reported expanded uncertainty is based on a standard uncertainty multiplied by a "
            "coverage factor k = 2, providing a coverage probability of approximately 95 %.",
            "Angegeben ist die erweiterte Messunsicherheit, die sich aus der "
            "Standardmessunsicherheit "
            "durch Multiplikation mit dem Erweiterungsfaktor k = 2 ergibt (ca. 95 %).",
            "L'incertitude élargie est égale à l'incertitude-type multipliée par un facteur "
            "d'élargissement k = 2 (probabilité d'environ 95 %).",
        ),
        s.size - 1,
    )
    if rng.random() < 0.4:
        f.new_page()
        caption(
            f, s, tr(lg, "Reference standards used", "Verwendete Normale", "Étalons utilisés"), 2
        )
        table(
            f,
            columns(m, w - m, [(3, "left"), (1.5, "left"), (1.5, "left"), (1.2, "left")]),
            [
                tr(lg, "Standard", "Normal", "Étalon"),
                tr(lg, "ID", "Kennung", "Identification"),
                tr(lg, "Certificate", "Kalibrierschein", "Certificat"),
                tr(lg, "Due", "Fällig", "Échéance"),
            ],
            [
                [
                    rng.choice(
                        [
                            "Weight set E2 1 mg-200 g",
                            "PRT 100 ohm",
                            "Digital thermometer",
                            "Balance XPR 205",
                        ]
                    ),
                    serial(rng, "RS-999"),
                    serial(rng, "99999"),
                    short(d + timedelta(days=rng.randint(60, 700)), lg),
                ]
                for _ in range(rng.randint(2, 4))
            ],
            s,
        )
    pages = f.pages
    number_pages(
        pages, s, tr(lg, "Page {i} of {n}", "Seite {i} von {n}", "Page {i}/{n}"), "bc", bottom=22
    )
    remember(None, d)
    return pages


# ---------------------------------------------------------------------------------------------
# Templates KKK: customers (quotations, purchase orders)
# ---------------------------------------------------------------------------------------------


def tpl_quote(rng: random.Random, who: Issuer) -> list[Page]:
    """The lab's quotation to a customer (the filed copy): covering letter and the price
    table by test suite (method, turnaround, price per sample, samples a year), the validity,
    the terms of business behind it now and then and an acceptance slip to sign and return."""
    lab = lab_head()
    lg = home()
    s = style_of(lab, A4)
    w, _hh = s.page_size
    m = s.margin
    job = a_job(rng, who)
    cust = make_head(job.customer, job.lang, job.matrix)
    d = some_day(rng)
    contact = person(keyed(who, "contact"), job.lang)
    f = sheets(s, lab, f"{lab.name} - {tr(lg, 'Quotation', 'Angebot', 'Devis')} {job.quote}")
    recipient(
        f,
        s,
        lab,
        head_lines(cust, mx(contact, lg)),
        d,
        [(tr(lg, "Quotation", "Angebot Nr.", "Devis n°"), job.quote)],
    )
    caption(
        f,
        s,
        tr(
            lg,
            f"Quotation {job.quote} - analytical services",
            f"Angebot {job.quote} - Laboruntersuchungen",
            f"Devis {job.quote} - prestations d'analyses",
        ),
        2,
    )
    f.page.text(m, f.y, dear(lg, mx(contact, lg) if lg != "en" else None), s.font, s.size)
    f.y += s.size * 2
    write(
        f,
        s,
        tr(
            lg,
            "Thank you for your enquiry. We are pleased to quote as follows for the "
            "routine testing discussed:",
            "vielen Dank für Ihre Anfrage. Gerne bieten wir Ihnen "
            "die besprochenen Routineuntersuchungen wie folgt an:",
            "Suite à votre demande, "
            "nous avons le plaisir de vous proposer les analyses suivantes :",
        ),
    )
    rows = []
    net = 0.0
    for pp in job.params:
        price = rng.choice([8.5, 12.0, 14.5, 18.0, 22.0, 26.5, 32.0, 45.0, 65.0])
        n = rng.choice([12, 24, 52, 104, 6])
        net += price * n
        rows.append(
            [
                pp.name(lg),
                pp.method,
                rng.choice(["3", "5", "5", "7", "2-3"]),
                money(price, lg),
                str(n),
                money(price * n, lg),
            ]
        )
    table(
        f,
        columns(
            m,
            w - m,
            [
                (3, "left"),
                (1.3, "left"),
                (0.8, "right"),
                (1, "right"),
                (0.8, "right"),
                (1.2, "right"),
            ],
        ),
        [
            tr(lg, "Test", "Untersuchung", "Analyse"),
            tr(lg, "Method", "Methode", "Méthode"),
            tr(lg, "Days", "AT", "Jours"),
            tr(lg, "Price", "Preis", "Prix"),
            tr(lg, "Samples/yr", "Proben/J.", "Éch./an"),
            tr(lg, "Total", "Summe", "Total"),
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
            f"Prices are valid until {day(lab, d + timedelta(days=90))}. Sample collection by our "
            "sampler is charged at £45.00 per visit plus mileage.",
            f"Das Angebot ist gültig bis {day(lab, d + timedelta(days=90))}. Die Probenahme durch "
            "unsere Probenehmer berechnen wir mit 55,00 € je Anfahrt.",
            f"Offre valable jusqu'au {day(lab, d + timedelta(days=90))}. Le prélèvement par nos "
            "soins est facturé 48,00 € HT par déplacement.",
        ),
        s.size - 0.5,
    )
    regards(
        f,
        s,
        lg,
        manager(),
        tr(lg, "Laboratory Manager", "Laborleitung", "Responsable du laboratoire"),
    )
    pages = close(f.pages, s, lab)
    if rng.random() < 0.4:
        pages.append(
            small_print(
                rng,
                s,
                lab,
                tr(
                    lg,
                    "Terms and conditions of business",
                    "Allgemeine Geschäftsbedingungen",
                    "Conditions générales de prestation",
                ),
                TERMS[lg],
                "lab",
            )
        )
    if rng.random() < 0.6:
        q = Page(s.page_size)
        y = m + 10
        q.text(
            m,
            y,
            tr(lg, "ACCEPTANCE OF QUOTATION", "AUFTRAGSERTEILUNG", "BON POUR ACCORD"),
            s.bold,
            13,
        )
        y += 26
        y = text_in(
            q,
            s,
            m,
            y,
            w - 2 * m,
            tr(
                lg,
                f"We accept quotation {job.quote} dated {day(lab, d)} "
                "and the terms of business. Please return to the laboratory.",
                f"Hiermit beauftragen wir Sie gemäß Angebot {job.quote} vom {day(lab, d)} zu den "
                "beigefügten AGB.",
                f"Bon pour accord sur le devis {job.quote} du {day(lab, d)} et les "
                "conditions générales.",
            ),
            9,
        )
        y = fields(
            q,
            s,
            m,
            y + 8,
            w - 2 * m,
            [
                (tr(lg, "Company", "Firma", "Société"), ""),
                (tr(lg, "Order no.", "Bestell-Nr.", "N° de commande"), ""),
                (tr(lg, "Name", "Name", "Nom"), ""),
                (tr(lg, "Date", "Datum", "Date"), ""),
            ],
            per=2,
            tall=30,
        )
        signed(
            q,
            m,
            y + 30,
            220,
            tr(
                lg,
                "Signature / company stamp",
                "Unterschrift / Firmenstempel",
                "Signature et cachet",
            ),
            "",
        )
        pages.append(q)
    remember(job, d)
    return pages


def tpl_customer_po(rng: random.Random, who: Issuer) -> list[Page]:
    """A customer's purchase order for testing services: the customer's letterhead, PO number,
    the lab as supplier, lines by test suite referring to the quotation, invoicing and
    delivery instructions, an authorised signature, and the buyer's purchasing terms on the
    back now and then."""
    job = job_for(rng, ("quote",), who)
    h = make_head(job.customer, job.lang, job.matrix)
    lg = h.lang
    s = style_of(h, LETTER if lg == "en" and keyed(who, "let").random() < 0.15 else A4)
    w, _hh = s.page_size
    m = s.margin
    d = last_day(rng, ("quote", "customer_po"), (3, 15))
    po = (
        job.order
        if after(("quote",))
        else serial(rng, rng.choice(["PO 4500999999", "BE-99999", "CDE99999"]))
    )
    f = sheets(s, h, f"{h.name} - PO {po}")
    recipient(
        f,
        s,
        h,
        lab_lines(),
        d,
        [
            (tr(lg, "Purchase order", "Bestellung Nr.", "Bon de commande n°"), po),
            (
                tr(lg, "Supplier no.", "Lieferanten-Nr.", "N° fournisseur"),
                serial(keyed(who, "sup"), "99999"),
            ),
            (tr(lg, "Buyer", "Einkäufer", "Acheteur"), staff(h, "buyer")),
        ],
    )
    caption(f, s, tr(lg, "PURCHASE ORDER", "BESTELLUNG", "BON DE COMMANDE"), 4)
    rows = []
    net = 0.0
    for k, pp in enumerate(job.params[: rng.randint(1, 5)], 1):
        n = rng.choice([1, 4, 12, 24])
        price = rng.choice([9.0, 12.5, 18.0, 24.0, 36.0])
        net += n * price
        rows.append(
            [
                f"{k * 10}",
                f"{pp.name(job.lang)} ({tr(lg, 'quote', 'Angebot', 'devis')} {job.quote})",
                str(n),
                money(price, lg),
                money(n * price, lg),
            ]
        )
    table(
        f,
        columns(
            m, w - m, [(0.5, "left"), (4.5, "left"), (0.6, "right"), (1, "right"), (1.1, "right")]
        ),
        [
            tr(lg, "Item", "Pos.", "Ligne"),
            tr(lg, "Description", "Bezeichnung", "Désignation"),
            tr(lg, "Qty", "Menge", "Qté"),
            tr(lg, "Price", "Preis", "P.U."),
            tr(lg, "Value", "Wert", "Montant"),
        ],
        rows,
        s,
        rules=True,
    )
    totals(f, s, lg, round(net, 2), 0.0)
    write(
        f,
        s,
        tr(
            lg,
            f"Our PO number must appear on all invoices and reports. Invoices to "
            f"accounts.payable@{h.name.split()[0].lower()}.co.uk.",
            "Bitte geben Sie unsere "
            "Bestellnummer auf allen Rechnungen an. Rechnungen ausschließlich als PDF an "
            "rechnungseingang@" + h.name.split()[0].lower() + ".de.",
            "Le numéro de commande doit "
            "figurer sur toutes les factures. Paiement à 45 jours fin de mois.",
        ),
        s.size - 1,
    )
    regards(f, s, lg, staff(h, "buyer"), tr(lg, "Purchasing", "Einkauf", "Service achats"))
    pages = close(f.pages, s, h)
    if keyed(who, "terms").random() < 0.4:
        pages.append(
            small_print(
                rng,
                s,
                h,
                tr(
                    lg,
                    "General purchasing conditions",
                    "Allgemeine Einkaufsbedingungen",
                    "Conditions générales d'achat",
                ),
                TERMS[lg],
            )
        )
    received(rng, pages[0], home(), d, 0.3)
    remember(job, d)
    return pages


# ---------------------------------------------------------------------------------------------
# Templates KKK: the premises (hazardous waste, utilities)
# ---------------------------------------------------------------------------------------------

WASTES = [
    (
        "16 05 06*",
        (
            "Laboratory chemicals, hazardous",
            "Laborchemikalien, gefährlich",
            "Produits chimiques de laboratoire",
        ),
    ),
    (
        "14 06 03*",
        (
            "Other solvents and solvent mixtures",
            "Andere Lösemittel und -gemische",
            "Autres solvants et mélanges",
        ),
    ),
    (
        "18 02 02*",
        (
            "Infectious waste (used media)",
            "Infektiöse Abfälle (Nährböden)",
            "Déchets infectieux (milieux)",
        ),
    ),
    (
        "16 05 07*",
        (
            "Discarded inorganic chemicals",
            "Gebrauchte anorganische Chemikalien",
            "Produits chimiques inorganiques",
        ),
    ),
    ("15 01 10*", ("Contaminated packaging", "Verunreinigte Verpackungen", "Emballages souillés")),
]


def tpl_waste_note(rng: random.Random, who: Issuer) -> list[Page]:
    """The waste contractor's hazardous waste collection note: a consignment note in parts
    (England), a Begleitschein / Übernahmeschein (Germany) or a BSDD with numbered frames
    (France), the waste codes and quantities, containers, the carrier's and the producer's
    signatures; now and then the contractor's collection receipt listing the containers."""
    h = head_of(who, "waste")
    lg = h.lang
    s = style_of(h, A4, margin=36, pt=7.5)
    w, _hh = s.page_size
    m = s.margin
    d = some_day(rng)
    no = serial(rng, {"en": "AAAAAA/A9999", "de": "BGS99999999", "fr": "9999999999999"}[lg])
    lab = lab_head()
    p = Page(s.page_size)
    y = m
    title = tr(
        lg,
        "HAZARDOUS WASTE CONSIGNMENT NOTE",
        "BEGLEITSCHEIN für gefährliche Abfälle",
        "BORDEREAU DE SUIVI DES DÉCHETS DANGEREUX",
    )
    p.text(m, y, title, "Helvetica-Bold", 12)
    p.text(
        w - m,
        y,
        tr(lg, "Consignment note code:", "Nummer:", "N° bordereau :"),
        "Helvetica",
        7,
        "right",
    )
    y += 10
    p.text(w - m, y + 2, no, "Courier-Bold", 10, "right")
    if lg == "fr":
        p.text(m, y, "cerfa n° 12571*01", "Helvetica", 7)
    y += 12
    parts = [
        (
            tr(lg, "PART A  Notification details", "1  Erzeuger", "Cadre 1  Émetteur du bordereau"),
            [
                (
                    tr(lg, "Premises", "Erzeuger", "Producteur"),
                    f"{lab.name}, {lab.street}, {lab.town}",
                ),
                (
                    tr(lg, "Producer no.", "Erzeugernr.", "N° SIRET"),
                    serial(
                        lab_rng("prod"),
                        "AAA999"
                        if lg == "en"
                        else "E99999999"
                        if lg == "de"
                        else "999 999 999 99999",
                    ),
                ),
            ],
        ),
        (tr(lg, "PART B  Description of the waste", "2  Abfall", "Cadres 3 à 6  Déchet"), []),
        (
            tr(
                lg,
                "PART C  Carrier's certificate",
                "3  Beförderer",
                "Cadre 8  Collecteur-transporteur",
            ),
            [
                (tr(lg, "Carrier", "Beförderer", "Transporteur"), f"{h.name}, {h.town}"),
                (
                    tr(lg, "Registration", "Beförderernr.", "Récépissé"),
                    serial(
                        keyed(who, "reg"),
                        "CBDU999999" if lg == "en" else "B99999999" if lg == "de" else "99-999-999",
                    ),
                ),
                (
                    tr(lg, "Vehicle reg.", "Kennzeichen", "Immatriculation"),
                    serial(
                        rng,
                        "AA99 AAA" if lg == "en" else "MS-AA 999" if lg == "de" else "AA-999-AA",
                    ),
                ),
            ],
        ),
        (
            tr(
                lg,
                "PART D  Consignor's certificate",
                "4  Übergabe",
                "Cadre 9  Déclaration de l'émetteur",
            ),
            [],
        ),
        (
            tr(
                lg,
                "PART E  Consignee's certificate",
                "5  Entsorger",
                "Cadre 10  Installation de destination",
            ),
            [
                (
                    tr(lg, "Site", "Entsorgungsanlage", "Installation"),
                    rng.choice(["Ellesmere Port HTI", "SAV Hamburg", "Salaise-sur-Sanne"]),
                ),
                (
                    tr(lg, "Operation", "Verfahren", "Code traitement"),
                    rng.choice(["D10", "R2", "D9"]),
                ),
            ],
        ),
    ]
    rows = rng.sample(WASTES, rng.randint(1, 4))
    for k, (cap, items) in enumerate(parts):
        y = band(p, s, y + 6, cap, 0.75)
        if items:
            y = fields(
                p, s, m, y, w - 2 * m, items, per=len(items), tall=24, hand=k != 0 and k != 2
            )
        if k == 1:
            cols = columns(
                m,
                w - m,
                [
                    (1, "left"),
                    (3.2, "left"),
                    (1.1, "left"),
                    (1, "right"),
                    (1.2, "left"),
                    (1, "left"),
                ],
            )
            heads = [
                "EWC / LoW" if lg == "en" else "AVV" if lg == "de" else "Code déchet",
                tr(lg, "Description", "Bezeichnung", "Dénomination"),
                "UN",
                tr(lg, "Qty (kg)", "Menge (kg)", "Qté (kg)"),
                tr(lg, "Containers", "Gebinde", "Conditionnement"),
                tr(lg, "Hazard", "Gefahr", "Danger"),
            ]
            y += 4
            for c, t in zip(cols, heads, strict=True):
                p.text(c[0], y + 6, t, s.bold, 7)
            y += 10
            for code, names in rows:
                p.rect(m, y, w - 2 * m, 16)
                vals = [
                    code,
                    tr(lg, *names),
                    rng.choice(["UN1993", "UN2814", "UN3291", "UN1760", "-"]),
                    str(rng.choice([12, 25, 40, 60, 110, 180])),
                    f"{rng.randint(1, 6)} x " + rng.choice(["60 l drum", "30 l keg", "IBC", "box"]),
                    rng.choice(["HP3, HP6", "HP9", "HP8", "HP3"]),
                ]
                for c, v in zip(cols, vals, strict=True):
                    p.text(
                        c[0] + 1,
                        y + 11,
                        fit(v, s.font if c != cols[3] else HAND, 7.5, c[1] - c[0] - 2),
                        s.font if c != cols[3] else HAND,
                        7.5,
                    )
                y += 16
            y += 6
        if k in (2, 3, 4):
            y += 24
            signed(
                p,
                m,
                y,
                180,
                tr(lg, "Signature", "Unterschrift", "Signature"),
                staff(h, "driver") if k == 2 else manager() if k == 3 else "",
                short(d, lg) if k < 4 else "",
            )
            if k == 3:
                stamp(p, w - m - 170, y - 16, [lab.name[:26], lab.town[:26]])
            y += 14
    pages = [p]
    if rng.random() < 0.35:
        f = sheets(style_of(h, A4), h)
        s2 = style_of(h, A4)
        recipient(
            f,
            s2,
            h,
            lab_lines(),
            d,
            [(tr(lg, "Job no.", "Auftrag", "Ordre"), serial(rng, "J999999"))],
        )
        caption(f, s2, tr(lg, "Collection receipt", "Abholbestätigung", "Bon d'enlèvement"), 2)
        table(
            f,
            columns(
                s2.margin, w - s2.margin, [(1, "left"), (3, "left"), (1, "right"), (1, "left")]
            ),
            [
                tr(lg, "Code", "AVV", "Code"),
                tr(lg, "Container", "Gebinde", "Contenant"),
                "kg",
                tr(lg, "Label no.", "Etikett", "Étiquette"),
            ],
            [
                [c, tr(lg, *n), str(rng.randint(5, 60)), serial(rng, "L99999")]
                for c, n in rows
                for _ in range(rng.randint(1, 3))
            ],
            s2,
            rules=True,
        )
        f.y += 30
        signed(
            f.page,
            s2.margin,
            f.y,
            180,
            tr(lg, "Driver", "Fahrer", "Chauffeur"),
            staff(h, "driver"),
            short(d, lg),
        )
        pages.extend(close(f.pages, s2, h, numbers="none"))
    remember(None, d)
    return pages


def tpl_utility_bill(rng: random.Random, who: Issuer) -> list[Page]:
    """The lab's electricity or water bill: the bill summary with the amount and the direct
    debit date on the first page, the meter readings and charges on the second, and often a
    page of notes and tariff information; numbered 'Page i of n'."""
    h = head_of(who, "utility")
    lg = h.lang
    s = style_of(h, A4)
    w, _hh = s.page_size
    m = s.margin
    water = "Water" in h.name or "Eaux" in h.name or keyed(who, "w").random() < 0.3
    d = some_day(rng)
    per0 = add_months(month(), -3 if water else -1)
    per1 = add_months(month(), 0) - timedelta(days=1)
    acc = serial(keyed(who, "acc"), "9999 9999 99")
    f = sheets(s, h, f"{h.name} - {tr(lg, 'Account', 'Vertragskonto', 'Compte')} {acc}")
    recipient(
        f,
        s,
        h,
        lab_lines(),
        d,
        [
            (tr(lg, "Account number", "Vertragskonto", "N° de compte"), acc),
            (tr(lg, "Bill number", "Rechnungsnummer", "N° de facture"), serial(rng, "9999999999")),
        ],
    )
    kind = tr(
        lg,
        "water and sewerage" if water else "electricity",
        "Wasser/Abwasser" if water else "Strom",
        "eau et assainissement" if water else "électricité",
    )
    caption(
        f, s, tr(lg, f"Your {kind} bill", f"Ihre Rechnung {kind}", f"Votre facture d'{kind}"), 4
    )
    units = rng.randint(60, 400) if water else rng.randint(2800, 9500)
    rate = (2.85 if water else 0.27) * (1.0 if lg != "fr" else 0.9)
    net = round(units * rate + (38.0 if water else 95.0), 2)
    f.page.rect(m, f.y - 10, w - 2 * m, 54, fill=0.92)
    f.page.text(
        m + 10,
        f.y + 6,
        tr(lg, "Amount due", "Rechnungsbetrag", "Montant à payer"),
        s.bold,
        s.size + 2,
    )
    f.page.text(
        w - m - 10,
        f.y + 6,
        cash(net * (1 + vat_rate(lg) / 100 if not water else 1.0), lg),
        s.bold,
        s.size + 6,
        "right",
    )
    f.page.text(
        m + 10,
        f.y + 24,
        tr(
            lg,
            f"Collected by direct debit on {day(h, d + timedelta(days=14))}",
            f"Abbuchung am {day(h, d + timedelta(days=14))}",
            f"Prélevé le {day(h, d + timedelta(days=14))}",
        ),
        s.font,
        s.size,
    )
    f.y += 60
    write(
        f,
        s,
        f"{tr(lg, 'Billing period', 'Abrechnungszeitraum', 'Période')}: {short(per0, lg)} - "
        f"{short(per1, lg)}",
    )
    write(f, s, prose(rng, lg, "money", 1, 2), s.size - 1)
    f.new_page()
    caption(
        f,
        s,
        tr(lg, "Meter readings and charges", "Zählerstände und Berechnung", "Relevés et détail"),
        2,
    )
    start = rng.randint(10000, 90000)
    table(
        f,
        columns(
            m, w - m, [(1.6, "left"), (1.2, "left"), (1.2, "right"), (1.2, "right"), (1, "right")]
        ),
        [
            tr(lg, "Meter", "Zähler", "Compteur"),
            tr(lg, "Read on", "Ablesung", "Relevé le"),
            tr(lg, "Previous", "Alt", "Ancien"),
            tr(lg, "Present", "Neu", "Nouveau"),
            tr(lg, "Units", "Verbrauch", "Conso"),
        ],
        [
            [
                serial(keyed(who, "meter"), "A99A999999"),
                short(per1, lg),
                str(start),
                str(start + units),
                f"{units} {'m3' if water else 'kWh'}",
            ]
        ],
        s,
    )
    f.y += 8
    rows = [
        [tr(lg, "Standing charge", "Grundpreis", "Abonnement"), money(38.0 if water else 95.0, lg)],
        [
            tr(lg, "Consumption", "Arbeitspreis", "Consommation") + f" {units} x {money(rate, lg)}",
            money(units * rate, lg),
        ],
    ]
    if not water:
        rows.append(
            [tr(lg, "Climate change levy", "Stromsteuer", "Accise sur l'électricité"), "incl."]
        )
    table(
        f,
        columns(m, w - m, [(4, "left"), (1.2, "right")]),
        [tr(lg, "Charge", "Position", "Rubrique"), tr(lg, "Amount", "Betrag", "Montant")],
        rows,
        s,
        rules=True,
    )
    totals(f, s, lg, net, 0.0 if water else vat_rate(lg))
    if rng.random() < 0.5:
        f.new_page()
        caption(
            f, s, tr(lg, "Important information", "Wichtige Hinweise", "Informations utiles"), 2
        )
        for _ in range(rng.randint(4, 7)):
            write(f, s, prose(rng, lg, "money", 2, 3), s.size - 1)
    pages = close(
        f.pages, s, h, numbers=tr(lg, "Page {i} of {n}", "Seite {i} von {n}", "Page {i}/{n}")
    )
    received(rng, pages[0], home(), d, 0.2)
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
    "submission": tpl_submission,
    "custody": tpl_custody,
    "waybill": tpl_waybill,
    "coa": tpl_coa,
    "water_report": tpl_water_report,
    "subcontract_report": tpl_subcontract_report,
    "pt_report": tpl_pt_report,
    "assessment": tpl_assessment,
    "corrective": tpl_corrective,
    "training_record": tpl_training_record,
    "reagent_invoice": tpl_reagent_invoice,
    "packing_list": tpl_packing_list,
    "sds": tpl_sds,
    "gas_statement": tpl_gas_statement,
    "service_report": tpl_service_report,
    "calibration": tpl_calibration,
    "quote": tpl_quote,
    "customer_po": tpl_customer_po,
    "waste_note": tpl_waste_note,
    "utility_bill": tpl_utility_bill,
}
TEMPLATES_KKK: dict[str, Template] = {k: tracked(k, t) for k, t in KINDS.items()}
#: Kinds that a pile often holds 2-4 of in a row from one sender.
RUN_KINDS = (
    "submission",
    "custody",
    "waybill",
    "coa",
    "corrective",
    "training_record",
    "reagent_invoice",
    "packing_list",
    "calibration",
    "customer_po",
)
#: A kind often followed by a related paper, of its own sender or another.
FOLLOWS = {
    "submission": "coa",
    "custody": "water_report",
    "assessment": "corrective",
    "pt_report": "corrective",
    "quote": "customer_po",
    "packing_list": "reagent_invoice",
    "reagent_invoice": "sds",
    "service_report": "calibration",
}


# ---------------------------------------------------------------------------------------------
# Streams and generation (same files and labels as corpus.generate)
# ---------------------------------------------------------------------------------------------


def make_terrine_stream(rng: random.Random, n_docs: int, separators: bool) -> Stream:
    """One laboratory's pile: ``corpus.make_stream`` with batch runs (after a run kind, 1-3
    more of the same kind from the same sender follow with probability 0.6) and companions
    (each kind in ``FOLLOWS`` is followed by its related paper with probability 0.5). The
    laboratory (country, name, month) is drawn once per stream."""
    r = random.Random(rng.getrandbits(32))
    lang = r.choice(["en", "en", "de", "de", "fr"])
    LAB["lang"] = lang
    LAB["row"] = r.randrange(len(LABS[lang]))
    LAB["seed"] = r.getrandbits(24)
    LAB["month"] = date(r.choice([2024, 2025]), r.randint(1, 12), 1)
    LAST.clear()
    LAST.update(kind="", job=None, day=None, extra=None, done=0)
    run_odds = dict.fromkeys(RUN_KINDS, 0.6)
    return assemble_stream(
        rng, TEMPLATES_KKK, n_docs, separators, run_odds, run_len=(1, 3), follows=FOLLOWS
    )


generate = part_generate(PART, SEED_OFFSET, make_terrine_stream, "templates KKK")


def main(argv: list[str]) -> int:
    return part_main(argv, __doc__, PART, generate, scanned=12)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

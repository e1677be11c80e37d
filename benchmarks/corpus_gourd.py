"""Gourd part of the generated corpus: templates JJJ, written blind for the next measurement.

A part of its own, ``gourd``. Its templates were written without looking at the boundary
detector, its documentation, its tuning or its evaluation, as the pile the office of a scrap
metal and recycling yard with a weighbridge (a yard manager, an office clerk, a buyer and a few
drivers and machine operators; in England, Germany or France) feeds through its scanner in a
month: the yard's own weighbridge tickets (Wiegeschein, ticket de pesée) on narrow printer
slips or pre-printed A5 forms; its scrap purchase records for walk-in sellers (the record the
Scrap Metal Dealers Act asks for, Ankaufsbeleg, bordereau d'achat for the registre de police)
with the seller's ID and vehicle and, behind, the photocopy of the ID card or licence; metal
merchants' purchase settlements and self-billed invoices (Gutschrift with the § 13b note,
autofacturation with autoliquidation) listing the yard's loads by ticket, now and then with an
assay page on landscape A4; the merchants' quality claims and downgrade notices with a photo
sheet behind; the merchants' weekly buying price lists, some as faxes; the merchants'
self-billing agreements (Gutschriftsvereinbarung, mandat d'autofacturation) with a covering
letter and the signature page; hazardous waste consignment notes (consignment note with parts
A-E, Begleitschein, BSDD Cerfa 12571) for batteries, oil filters and interceptor waste, as the
consignee returns them, sometimes with a continuation sheet; Annex VII shipment documents for
green-listed scrap sent abroad, from the broker, often foreign, sometimes behind its covering
letter; the yard's certificates of destruction for end-of-life vehicles (Verwertungsnachweis,
certificat de destruction); the regulator's site inspection reports (Compliance Assessment
Report, Überwachungsbericht, rapport de l'inspection des installations classées) with the
covering letter and the findings table on a landscape page, and the regulator's charge notice
(subsistence charge invoice, Gebührenbescheid with the Rechtsbehelfsbelehrung, titre de
perception); the council's or prefecture's licence letters with the licence page to display or
the conditions annex; the yard's container (skip) hire agreements with customers, with the
terms page and the annual waste transfer note, and its monthly container hire invoices with the
lifts; plant hire agreements for a material handler or loading shovel with the hire conditions
and the on-hire check sheet; reports of thorough examination of the cranes, grabs, magnets,
shears and forklifts (LOLER, Prüfbericht nach BetrSichV, vérification générale périodique)
with the checklist page; haulage subcontractors' invoices with the list of loads; fire risk
assessments of the stockpiles with a cover page, the stockpile table, the action plan on
landscape pages and the sign-off; health and safety audit reports; the insurer's risk survey
letters with the requirements schedule and the response form; the bank's facility letters with
the terms and the acceptance page. Each stream is one yard's pile: the yard (country, name,
month) is drawn once per stream; its outside senders are of the yard's country and write in
its language, except that merchants, brokers and hauliers are now and then from abroad and
write in their own. Page sizes range from weighbridge printer slips and A5 forms to A4, Letter
and landscape A4.

Labelling rule: what one sender issues in one go is one document, as the yard files it: the
copy of the seller's ID behind a purchase record (the yard copied it and stapled it to its
record); the assay page of a settlement; the photo sheet of a downgrade notice; the covering
letter and the signature page of a self-billing agreement; the continuation sheet of a
consignment note; the covering letter of an Annex VII document; the covering letter, the
report pages and the landscape findings table of an inspection report; the notes on appeal of
a charge notice; the licence page or conditions annex of a licence letter; the terms page and
the annual waste transfer note of a container agreement; every page of a container invoice or
a haulier's invoice with its load list; the conditions and the on-hire check sheet of a plant
hire agreement; the checklist page of an examination report; the cover, tables, action plan
and sign-off of a fire risk assessment; every page of an audit report, with its covering letter;
the requirements schedule and response form of a risk survey letter; the terms and acceptance
page of a facility letter. Related papers are documents of their own: the purchase record after
the weighbridge ticket of the same load, the downgrade notice after the settlement it adjusts,
the first settlement after a self-billing agreement, the charge notice after an inspection
report, the first container invoice after a container agreement, the examination report of the
hired machine after the plant hire agreement, the fire risk assessment after the insurer's risk
survey; and so is each ticket, record, settlement, price list, certificate, Annex VII document,
examination report and invoice of a run.

Streams are assembled like ``corpus.make_stream`` (same separator sheets, same 30% chance of
repeating the previous kind and sender), plus batch runs: weighbridge tickets, purchase
records, settlements, price lists, certificates of destruction, Annex VII documents,
examination reports, container invoices and haulage invoices often come 2-4 in a row from one
sender with other loads, vehicles, dates, numbers and amounts; and companions: each related
paper above often follows the document it answers. Drawn with ``corpus.draw_pdf``, scanned with
``corpus.scan`` and labelled exactly like ``corpus.generate`` with ``"split": "gourd"`` and
seeds offset by 6_100_000.

Usage: ``python benchmarks/corpus_gourd.py OUT_DIR [--streams N] [--scanned N] [--seed S]``
writes ``OUT_DIR/gourd/gourd_{born_digital,scanned}_NNNNNNN.{pdf,json}``.
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
    stamp,
    table,
    text_block,
    ticks,
    tr,
    tw,
    wrap,
    write,
    yes_no,
)
from corpus_kit import address as window

PART = "gourd"
SEED_OFFSET = 6_100_000

MM = 72 / 25.4
SLIP_W = 80 * MM

# ---------------------------------------------------------------------------------------------
# Who writes: the yard and its outside senders, by country
# ---------------------------------------------------------------------------------------------

Row = tuple[str, str, str, str]  # name, street, town, telephone
YARDS: dict[str, list[Row]] = {
    "en": [
        (
            "Brindley Metals & Recycling Ltd",
            "Canal Side Works, Wharf Road",
            "Tipton DY4 7PB",
            "0121 557 3804",
        ),
        ("Tyne Valley Scrap Metal Co. Ltd", "Factory Lane, Blaydon", "Gateshead NE21 5TL", ""),
        (
            "Hollins & Son Metal Recycling",
            "Unit 7, Brookhouse Ind. Estate",
            "Stoke-on-Trent ST4 3JQ",
            "01782 845 611",
        ),
    ],
    "de": [
        ("Rohstoffhandel Kaiser GmbH", "Am Hafen 14", "47119 Duisburg", "0203 80 47 21"),
        ("Schrott-Bergmann GmbH & Co. KG", "Gewerbestraße 31", "09122 Chemnitz", "0371 22 91 40"),
        ("Metallrecycling Oberland e.K.", "Industriering 6", "86899 Landsberg am Lech", ""),
    ],
    "fr": [
        (
            "Récupération Ferrand SAS",
            "ZI du Pont Rouge, 4 rue des Forges",
            "59150 Wattrelos",
            "03 20 75 18 42",
        ),
        ("Métaux Recyclage Garonne", "Chemin de la Gravière", "31120 Portet-sur-Garonne", ""),
        ("Sud Est Ferrailles SARL", "ZA des Plaines, 12 allée du Rhône", "26200 Montélimar", ""),
    ],
}
#: Authorities of each yard (same order as ``YARDS``).
AUTHORITY: dict[str, dict[str, list[Row]]] = {
    "regulator": {
        "en": [
            (
                "Environment Agency - West Midlands",
                "Sentinel House, Fradley Park",
                "Lichfield WS13 8RR",
                "03708 506 506",
            ),
            (
                "Environment Agency - North East",
                "Tyneside House, Skinnerburn Road",
                "Newcastle upon Tyne NE4 7AR",
                "03708 506 506",
            ),
            (
                "Environment Agency - West Midlands",
                "Sentinel House, Fradley Park",
                "Lichfield WS13 8RR",
                "03708 506 506",
            ),
        ],
        "de": [
            (
                "Bezirksregierung Düsseldorf - Dezernat 52",
                "Cecilienallee 2",
                "40474 Düsseldorf",
                "",
            ),
            (
                "Landesdirektion Sachsen - Referat 42",
                "Altchemnitzer Straße 41",
                "09120 Chemnitz",
                "",
            ),
            (
                "Landratsamt Landsberg am Lech - Fachbereich Umwelt",
                "Von-Kühlmann-Straße 15",
                "86899 Landsberg am Lech",
                "",
            ),
        ],
        "fr": [
            (
                "DREAL Hauts-de-France - Unité départementale de Lille",
                "44 rue de Tournai",
                "59000 Lille",
                "",
            ),
            (
                "DREAL Occitanie - UD de la Haute-Garonne",
                "1 rue de la Cité administrative",
                "31000 Toulouse",
                "",
            ),
            (
                "DREAL Auvergne-Rhône-Alpes - UD Drôme-Ardèche",
                "Quai Saint-Jacques",
                "26000 Valence",
                "",
            ),
        ],
    },
    "council": {
        "en": [
            (
                "Sandwell Metropolitan Borough Council - Licensing",
                "Freeth Street",
                "Oldbury B69 3DE",
                "",
            ),
            (
                "Gateshead Council - Licensing Services",
                "Civic Centre, Regent Street",
                "Gateshead NE8 1HH",
                "",
            ),
            (
                "Stoke-on-Trent City Council - Licensing",
                "Floor 1, Civic Centre, Glebe Street",
                "Stoke-on-Trent ST4 1HH",
                "",
            ),
        ],
        "de": [
            ("Stadt Duisburg - Umweltamt", "Friedrich-Wilhelm-Straße 96", "47051 Duisburg", ""),
            ("Stadt Chemnitz - Umweltamt", "Annaberger Straße 89", "09120 Chemnitz", ""),
            (
                "Landratsamt Landsberg am Lech - Abfallrecht",
                "Von-Kühlmann-Straße 15",
                "86899 Landsberg am Lech",
                "",
            ),
        ],
        "fr": [
            (
                "Préfecture du Nord - Bureau des installations classées",
                "12 rue Jean sans Peur",
                "59000 Lille",
                "",
            ),
            (
                "Préfecture de la Haute-Garonne - Pôle environnement",
                "1 place Saint-Étienne",
                "31000 Toulouse",
                "",
            ),
            (
                "Préfecture de la Drôme - Bureau de l'environnement",
                "3 boulevard Vauban",
                "26000 Valence",
                "",
            ),
        ],
    },
}
SENDERS: dict[str, dict[str, list[Row]]] = {
    "merchant": {
        "en": [
            ("Midland Non-Ferrous Ltd", "Coneygre Road", "Tipton DY4 8XP", "0121 520 6640"),
            ("Castleport Steel Recycling plc", "Dock Road", "Sheerness ME12 1RS", ""),
            (
                "Northern Alloys & Metals Ltd",
                "Stourton Works, Pontefract Lane",
                "Leeds LS9 0RA",
                "",
            ),
            ("Severn Metals Trading Ltd", "Portway", "Avonmouth BS11 9DS", "0117 982 5210"),
        ],
        "de": [
            ("Ruhr Stahlrecycling AG", "Hafenstraße 80", "47059 Duisburg", "0203 35 19 0"),
            ("Aurelia Kupferhütte GmbH", "Hüttenweg 2", "21107 Hamburg", ""),
            ("NE-Metallhandel Weber & Co. KG", "Daimlerstraße 17", "73037 Göppingen", ""),
            ("Stahlwerk Elbaue GmbH - Schrotteinkauf", "Werkstraße 1", "01591 Riesa", ""),
        ],
        "fr": [
            ("Derivaux Recyclage SA", "Port fluvial, quai de Gand", "59100 Roubaix", ""),
            (
                "Fonderie du Valenciennois - Achats matières",
                "Rue de l'Aciérie",
                "59300 Valenciennes",
                "",
            ),
            ("Négoce Métaux du Sud SAS", "ZI de Thibaud, 18 rue Caulet", "31100 Toulouse", ""),
            ("Aciéries de Fos - Achats ferrailles", "Route de l'Aciérie", "13270 Fos-sur-Mer", ""),
        ],
    },
    "customer": {
        "en": [
            ("Dudley Demolition Ltd", "Pensnett Trading Estate", "Kingswinford DY6 7PP", ""),
            ("Wrekin Precision Engineering Ltd", "Halesfield 19", "Telford TF7 4QT", ""),
            ("Ashby Groundworks & Civils", "Station Yard", "Ashby-de-la-Zouch LE65 2AA", ""),
            ("Priory Fabrications Ltd", "Unit 3, Priory Park", "Dudley DY1 4AQ", ""),
        ],
        "de": [
            ("Abbruch Hammes GmbH", "Ruhrorter Straße 40", "47059 Duisburg", ""),
            ("Maschinenbau Seidel GmbH", "Zwickauer Straße 210", "09116 Chemnitz", ""),
            ("Stahlbau Pfeiffer KG", "Gewerbepark 3", "86916 Kaufering", ""),
            ("Elektro Lindner GmbH", "Bahnhofstraße 22", "47051 Duisburg", ""),
        ],
        "fr": [
            ("Démolition Lefort SARL", "Rue de la Briqueterie", "59200 Tourcoing", ""),
            ("Chaudronnerie Marty", "ZA En Jacca", "31770 Colomiers", ""),
            ("Mécanique Drômoise SAS", "Rue Pierre Brossolette", "26200 Montélimar", ""),
            ("Électricité Bonnet et Fils", "8 rue du Marché", "59100 Roubaix", ""),
        ],
    },
    "plant": {
        "en": [
            (
                "Black Country Plant Hire Ltd",
                "Bilston Road",
                "Wolverhampton WV2 2HU",
                "01902 453 700",
            ),
            ("Pennine Plant & Handling Ltd", "Lowfields Way", "Elland HX5 9DA", ""),
        ],
        "de": [
            ("Baumaschinen Mietpark Nord GmbH", "Gutenbergstraße 12", "47443 Moers", ""),
            ("MVS Mietservice Süd GmbH", "Robert-Bosch-Straße 4", "86899 Landsberg am Lech", ""),
        ],
        "fr": [
            ("Locamat Nord SAS", "Parc d'activités de la Pilaterie", "59290 Wasquehal", ""),
            ("Rhône Location Engins", "ZA Les Blaches", "26780 Châteauneuf-du-Rhône", ""),
        ],
    },
    "inspector": {
        "en": [
            (
                "Safeguard Engineering Inspection Ltd",
                "Apex House, Hagley Road",
                "Birmingham B16 8TP",
                "",
            ),
            ("Britannia Plant Inspection Services", "12 Quayside Court", "Sunderland SR1 3HD", ""),
        ],
        "de": [
            ("Prüfdienst Rhein-Ruhr GmbH", "Kruppstraße 102", "45145 Essen", ""),
            (
                "Sachverständigenbüro Hainz - Krane und Hebezeuge",
                "Lindenweg 5",
                "09217 Burgstädt",
                "",
            ),
        ],
        "fr": [
            ("Bureau de Contrôle Technique du Nord", "140 rue de Lannoy", "59000 Lille", ""),
            ("Qualivérif SAS - Agence Sud", "5 avenue de l'Europe", "31520 Ramonville", ""),
        ],
    },
    "haulier": {
        "en": [
            ("J. Pritchard Haulage", "The Yard, Mill Lane", "Cannock WS11 0BD", "07831 442 190"),
            ("M6 Tipper Services Ltd", "Junction 10 Trading Estate", "Walsall WS2 8LE", ""),
            ("Kenning Bulk Transport", "Greystones Farm", "Hexham NE46 4LL", ""),
        ],
        "de": [
            ("Spedition Hoffmann GmbH", "Am Güterbahnhof 9", "46045 Oberhausen", ""),
            ("Kipper-Transporte Yilmaz", "Industriestraße 50", "09212 Limbach-Oberfrohna", ""),
            ("Transporte Lenz e.K.", "Mühlweg 2", "86932 Pürgen", ""),
        ],
        "fr": [
            ("Transports Delattre", "Rue du Bas Voisinage", "59940 Estaires", ""),
            ("TRM Garonne SARL", "Zone de Fenouillet", "31150 Fenouillet", ""),
            ("Transports Vidal et Fils", "Route de Marseille", "26200 Montélimar", ""),
        ],
    },
    "fire": {
        "en": [
            ("FireSafe Compliance Ltd", "3 Market Court", "Lichfield WS13 6DA", ""),
            ("Redline Fire Risk Consultants", "Suite 4, Gallowgate House", "Newcastle NE1 4SG", ""),
        ],
        "de": [
            ("Ingenieurbüro Krüger - Brandschutz", "Schillerstraße 18", "45127 Essen", ""),
            ("IB Feuer & Risiko GmbH", "Theaterstraße 3", "09111 Chemnitz", ""),
        ],
        "fr": [
            ("Prévention Incendie Conseil", "22 rue Nationale", "59000 Lille", ""),
            ("Cabinet Sécurifeu", "6 allée Jean Jaurès", "31000 Toulouse", ""),
        ],
    },
    "safety": {
        "en": [
            (
                "Keystone Health & Safety Ltd",
                "Waterfront Business Park",
                "Brierley Hill DY5 1LX",
                "",
            ),
            ("Anvil Safety Consultancy", "17 Front Street", "Chester-le-Street DH3 3BJ", ""),
        ],
        "de": [
            ("ASD Arbeitsschutz-Dienst GmbH", "Westfalendamm 87", "44141 Dortmund", ""),
            ("Sicherheitstechnik Brandt", "Hauptstraße 44", "09247 Chemnitz", ""),
        ],
        "fr": [
            ("Prévensys Conseil", "15 rue Faidherbe", "59000 Lille", ""),
            ("QSE Partenaires", "9 chemin du Pech", "31100 Toulouse", ""),
        ],
    },
    "insurer": {
        "en": [
            (
                "Ironbridge Mutual Insurance",
                "Risk Engineering, 40 Colmore Row",
                "Birmingham B3 2QA",
                "",
            ),
            ("Sterling Commercial Insurance plc", "1 Whitehall Quay", "Leeds LS1 4HR", ""),
        ],
        "de": [
            ("Hanseatische Industrieversicherung AG", "Ballindamm 30", "20095 Hamburg", ""),
            ("Bayerische Gewerbe-Versicherung VVaG", "Prinzregentenstraße 61", "80538 München", ""),
        ],
        "fr": [
            ("Mutuelle des Entreprises du Nord", "75 boulevard de la Liberté", "59000 Lille", ""),
            ("Garonne Assurances Professionnelles", "30 allées Jean Jaurès", "31000 Toulouse", ""),
        ],
    },
    "bank": {
        "en": [
            ("Lloyds Bank plc - Commercial Banking", "125 Colmore Row", "Birmingham B3 3SF", ""),
            ("NatWest - Business Banking", "1 Grey Street", "Newcastle NE1 6EE", ""),
        ],
        "de": [
            ("Sparkasse Duisburg - Firmenkunden", "Königstraße 23-25", "47051 Duisburg", ""),
            ("Volksbank Chemnitz eG", "Innere Klosterstraße 15", "09111 Chemnitz", ""),
        ],
        "fr": [
            ("Crédit Agricole Nord de France - Entreprises", "10 avenue Foch", "59000 Lille", ""),
            (
                "Banque Populaire Occitane - Centre d'affaires",
                "33 avenue Georges Pompidou",
                "31130 Balma",
                "",
            ),
        ],
    },
    "hazwaste": {
        "en": [
            ("Envirobatt Recycling Ltd", "Darlaston Road", "Wednesbury WS10 7TN", ""),
            ("Oakwood Oil Recovery Ltd", "Hope Street", "Gateshead NE8 2AL", ""),
        ],
        "de": [
            ("Batterie-Recycling Mitteldeutschland GmbH", "Am Kraftwerk 4", "06749 Bitterfeld", ""),
            ("Altöl-Service West GmbH", "Kanalstraße 12", "46049 Oberhausen", ""),
        ],
        "fr": [
            ("Recyclage Batteries du Nord", "Route de Douai", "59500 Douai", ""),
            ("Sud Ouest Huiles Usagées SAS", "Chemin des Sablières", "31200 Toulouse", ""),
        ],
    },
    "broker": {
        "en": [
            ("Atlantic Scrap Exports Ltd", "Trafalgar Dock", "Liverpool L3 0AF", "0151 236 4410"),
            ("Humber Metals Brokerage", "Alexandra Dock", "Hull HU9 1TA", ""),
        ],
        "de": [
            ("Hanse Schrott-Export GmbH", "Veddeler Damm 36", "20457 Hamburg", ""),
            ("Rhein Metal Trading GmbH", "Hafenstraße 6", "47119 Duisburg", ""),
        ],
        "fr": [
            ("Ferrailles Export Atlantique", "Port de commerce", "76600 Le Havre", ""),
            ("Courtage Métaux Méditerranée", "Quai de la Joliette", "13002 Marseille", ""),
        ],
    },
}

FIRSTS = {
    "en": ["Gary", "Dean", "Karen", "Steve", "Michelle", "Wayne", "Lisa", "Paul", "Joanne", "Lee"],
    "de": ["Uwe", "Dirk", "Sandra", "Frank", "Nicole", "Sven", "Petra", "Ralf", "Tanja", "Mehmet"],
    "fr": ["Didier", "Sébastien", "Nadia", "Franck", "Sylvie", "Karim", "Isabelle", "Thierry"],
}
LASTS = {
    "en": ["Hadley", "Pearson", "Rowley", "Brennan", "Cartwright", "Dunn", "Elwell", "Fitzgerald"],
    "de": ["Krämer", "Schulte", "Hahn", "Lange", "Özdemir", "Franke", "Böhm", "Pohl", "Albrecht"],
    "fr": ["Delcourt", "Lemaire", "Bouchard", "Carpentier", "Haddad", "Dupuis", "Marchand"],
}
FEMALE = {"Karen", "Michelle", "Lisa", "Joanne", "Sandra", "Nicole", "Petra", "Tanja", "Nadia"}
FEMALE |= {"Sylvie", "Isabelle"}

#: Scrap grades: English, German, French name, price range per tonne, ferrous.
GRADES: list[tuple[str, str, str, int, int, bool]] = [
    ("HMS 1&2 (80:20)", "Sorte 2 Stahlschrott", "E3 Ferraille lourde", 160, 290, True),
    ("Light iron / mixed", "Sorte 4 Mischschrott", "E1 Ferraille légère", 110, 220, True),
    ("Shredder feed", "Shredder-Vormaterial (Sorte 4)", "E40 Ferraille à broyer", 120, 240, True),
    ("Cast iron", "Gussbruch", "Fonte de machine", 190, 300, True),
    ("Clean plate & girder", "Sorte 8 Neuschrott", "E2 Chutes neuves", 210, 320, True),
    ("Copper No.1 bright", "Kupfer blank (Millberry)", "Cuivre 1re qualité", 6200, 7600, False),
    ("Copper No.2 (mixed)", "Kupfer Mischschrott", "Cuivre 2e qualité", 5400, 6700, False),
    ("Brass (honey)", "Messing-Mischschrott", "Laiton mêlé", 3400, 4300, False),
    ("Aluminium extrusion 6063", "Alu-Profile 6063", "Aluminium profilé", 1250, 1700, False),
    ("Aluminium wheels", "Alu-Felgen", "Jantes aluminium", 1150, 1550, False),
    ("Stainless 18/8 solids", "V2A-Schrott (18/8)", "Inox 18/10", 850, 1250, False),
    ("Lead (soft)", "Weichblei", "Plomb doux", 1350, 1700, False),
    (
        "Insulated cable (mixed)",
        "Kabelschrott gemischt",
        "Câbles électriques mêlés",
        1600,
        2900,
        False,
    ),
    ("Electric motors", "Elektromotoren", "Moteurs électriques", 380, 560, False),
]


def grade(k: int, lang: str) -> str:
    g = GRADES[k]
    return {"en": g[0], "de": g[1], "fr": g[2]}[lang]


def price_of(rng: random.Random, k: int) -> float:
    return float(rng.randint(GRADES[k][3], GRADES[k][4]))


TALK = {
    "en": {
        "scrap": "scrap metal load grade ferrous non-ferrous tonnage weighbridge delivery "
        "contamination price yard collection container site material sorting",
        "permit": "permit condition waste storage drainage stockpile site records management "
        "system inspection compliance emissions impermeable surface containment operator",
        "safety": "risk assessment training operators machinery guarding pedestrian segregation "
        "PPE supervision procedure exclusion zone maintenance records inspection",
        "fire": "fire stockpile separation detection hydrant water supply ignition hot works "
        "batteries quarantine fire break response plan combustible thermal",
        "legal": "party agreement term conditions notice liability payment breach termination "
        "invoice obligations indemnity law jurisdiction variation",
        "money": "facility account limit margin review security covenant repayment interest "
        "balance fees terms conditions payment",
    },
    "de": {
        "scrap": "Schrott Ladung Sorte Eisen NE-Metalle Tonnage Waage Anlieferung Fremdstoffe "
        "Preis Platz Abholung Container Baustelle Material Sortierung",
        "permit": "Genehmigung Nebenbestimmung Abfall Lagerung Entwässerung Haufwerk "
        "Betriebstagebuch Überwachung Anlage Emissionen Fläche Rückhaltung Betreiber",
        "safety": "Gefährdungsbeurteilung Unterweisung Bediener Maschinen Schutzeinrichtung "
        "Verkehrswege Schutzausrüstung Aufsicht Betriebsanweisung Wartung Prüfung",
        "fire": "Brand Haufwerk Abstand Brandmeldung Hydrant Löschwasser Zündquelle Heißarbeiten "
        "Batterien Quarantäne Brandabschnitt Alarmplan Wärmebildkamera",
        "legal": "Vertragsparteien Vereinbarung Laufzeit Bedingungen Kündigung Haftung Zahlung "
        "Rechnung Pflichten Gerichtsstand Änderung Schriftform",
        "money": "Kreditlinie Konto Limit Marge Überprüfung Sicherheiten Auflagen Tilgung Zins "
        "Saldo Gebühren Bedingungen Zahlung",
    },
    "fr": {
        "scrap": "ferraille chargement qualité métaux non ferreux tonnage pont-bascule livraison "
        "impuretés prix parc enlèvement benne chantier tri",
        "permit": "arrêté prescription déchets stockage rétention eaux pluviales registre "
        "surveillance installation émissions sol étanche exploitant",
        "safety": "évaluation des risques formation conducteurs engins protection circulation "
        "piétons EPI encadrement consigne maintenance vérification",
        "fire": "incendie stock distance détection poteau réserve d'eau ignition permis de feu "
        "batteries quarantaine recoupement plan d'intervention caméra thermique",
        "legal": "parties contrat durée conditions préavis responsabilité paiement facture "
        "obligations juridiction avenant résiliation",
        "money": "concours ligne compte plafond marge revue garanties engagements remboursement "
        "intérêts solde commissions conditions",
    },
}
GLUES = {
    "en": "the of and to for with on at by from this is are will be the a as we your all",
    "de": "die der das und zu für mit auf von ist sind wird bei nach den dem im wir Ihre",
    "fr": "le la les et de du pour avec sur par est sont sera au aux des une nous vos",
}


def words(rng: random.Random, lang: str, topic: str = "scrap", n: int | None = None) -> str:
    pool, glue = TALK[lang][topic].split(), GLUES[lang].split()
    ws = [rng.choice(pool if rng.random() < 0.5 else glue) for _ in range(n or rng.randint(7, 15))]
    text = " ".join(ws)
    return text[0].upper() + text[1:] + "."


def prose(rng: random.Random, lang: str, topic: str = "scrap", lo: int = 2, hi: int = 4) -> str:
    return " ".join(words(rng, lang, topic) for _ in range(rng.randint(lo, hi)))


# ---------------------------------------------------------------------------------------------
# The yard of a stream: its country, month; what the previous document was about
# ---------------------------------------------------------------------------------------------

YARD: dict[str, object] = {"lang": "en", "row": 0, "seed": 0, "month": date(2025, 3, 1)}
#: What the previous document was about (a companion takes up the same load, machine or day).
LAST: dict[str, object] = {"kind": "", "day": None, "extra": None}


def home() -> str:
    return str(YARD["lang"])


def yard_row() -> int:
    return int(YARD["row"])  # type: ignore[call-overload]


def month() -> date:
    m = YARD["month"]
    assert isinstance(m, date)
    return m


def keyed(who: Issuer, key: str) -> random.Random:
    """Draws fixed by the issuer, the stream's yard and ``key``: a run or a repeat keeps its
    sender."""
    text = f"gourd/{key}/{who.name}/{who.street}/{who.city}/{YARD['seed']}"
    return random.Random(zlib.crc32(text.encode()))


def yard_keyed(key: str) -> random.Random:
    """Draws fixed for the stream's yard (its weighbridge printer, its forms)."""
    return random.Random(zlib.crc32(f"gourd/yard/{key}/{YARD['seed']}".encode()))


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


def extra_of(kinds: tuple[str, ...]) -> object:
    return LAST["extra"] if after(kinds) else None


def plate(rng: random.Random, lang: str) -> str:
    if lang == "de":
        town = rng.choice(["DU", "OB", "C", "LL", "E", "MH", "FG", "WES"])
        return f"{town}-{serial(rng, 'AA')} {rng.randint(10, 9999)}"
    if lang == "fr":
        return serial(rng, "AA-999-AA")
    return serial(rng, "AA99 AAA")


def person(rng: random.Random, lang: str) -> str:
    return f"{rng.choice(FIRSTS[lang])} {rng.choice(LASTS[lang])}"


ROADS = {
    "en": ["Park Road", "Church Street", "Highfield Avenue", "Oak Close", "Queens Road"],
    "de": ["Lindenstraße", "Bergstraße", "Am Anger", "Feldweg", "Hauptstraße"],
    "fr": ["rue Jean Jaurès", "rue Victor Hugo", "allée des Tilleuls", "rue de Paris"],
}


def place(town: str) -> str:
    """The town name of an address line without its postcode."""
    parts = town.split()
    if parts and parts[0][:1].isdigit():
        return " ".join(parts[1:])
    return " ".join(parts[:-2]) if len(parts) > 2 else parts[0]


def home_address(rng: random.Random, lang: str) -> str:
    """A private person's street address."""
    road = rng.choice(ROADS[lang])
    return f"{road} {rng.randint(1, 90)}" if lang == "de" else f"{rng.randint(1, 140)} {road}"


def mx(name: str, lang: str) -> str:
    female = name.split()[0] in FEMALE
    if lang == "de":
        return f"{'Frau' if female else 'Herr'} {name}"
    if lang == "fr":
        return f"{'Madame' if female else 'Monsieur'} {name}"
    return f"{'Mrs' if female else 'Mr'} {name}"


def kg(v: float, lang: str) -> str:
    s = f"{v:,.0f}"
    return s.replace(",", "." if lang == "de" else " ") if lang != "en" else s


def tonnes(v: float, lang: str) -> str:
    s = f"{v:,.3f}"
    if lang in ("de", "fr"):
        s = s.replace(",", "_").replace(".", ",").replace("_", "." if lang == "de" else " ")
    return s


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
TRADE = {
    "yard": (
        "Scrap metal merchants - Weighbridge - Skip hire",
        "Schrott- und Metallhandel - Containerdienst",
        "Récupération métaux - Pont-bascule - Location de bennes",
    ),
    "merchant": (
        "Ferrous & non-ferrous metals",
        "Eisen- und Metallrecycling",
        "Négoce de métaux ferreux et non ferreux",
    ),
    "haulier": (
        "Tipper & bulk haulage",
        "Kipper- und Schüttguttransporte",
        "Transport de vrac - Bennes",
    ),
    "plant": (
        "Plant hire - Sales - Service",
        "Vermietung - Verkauf - Service",
        "Location - Vente - SAV",
    ),
}


def legal_lines(r: random.Random, name: str, lang: str, role: str) -> list[str]:
    if role in ("regulator", "council"):
        return []
    if lang == "de":
        bank = r.choice(["Sparkasse Duisburg", "Volksbank Chemnitz", "Commerzbank", "Postbank"])
        out = [
            f"{name} - USt-IdNr. DE{r.randint(100000000, 999999999)}",
            f"{name if role == 'bank' else bank} - IBAN DE{r.randint(10, 99)} "
            f"{r.randint(1000, 9999)} {r.randint(1000, 9999)} "
            f"{r.randint(1000, 9999)} {r.randint(1000, 9999)} {r.randint(10, 99)}",
        ]
        if "GmbH" in name or "AG" in name or "KG" in name:
            out.insert(
                0,
                f"Amtsgericht {r.choice(['Duisburg', 'Chemnitz', 'Augsburg', 'Essen'])} HRB "
                f"{r.randint(1000, 99999)} - Geschäftsführer: {person(r, 'de')}",
            )
        if role == "yard":
            out.append("Zertifizierter Entsorgungsfachbetrieb nach § 56 KrWG")
        return out
    if lang == "fr":
        siret = serial(r, "999 999 999 99999")
        out = [
            f"{name} - SIRET {siret} - NAF "
            f"{r.choice(['3832Z', '4677Z', '4941A', '7120B', '7739Z'])}"
        ]
        if r.random() < 0.7:
            out.append(
                f"TVA FR{r.randint(10, 99)} {r.randint(100, 999)} {r.randint(100, 999)} "
                f"{r.randint(100, 999)} - Capital {r.choice(['50 000', '150 000', '1 200 000'])} €"
            )
        if role == "yard":
            out.append(
                f"Installation classée - agrément VHU PR {r.randint(10, 95)} "
                f"000{r.randint(10, 99)} D"
            )
        return out
    out = []
    if "Ltd" in name or "plc" in name:
        out.append(f"Registered in England No. {r.randint(1000000, 13999999):08d}")
    if r.random() < 0.7:
        out.append(f"VAT No. GB {r.randint(100, 999)} {r.randint(1000, 9999)} {r.randint(10, 99)}")
    if role in ("yard", "haulier", "merchant"):
        out.append(f"Waste carrier reg. CBDU{r.randint(10000, 499999)}")
    return [" - ".join(out)] if out else []


def make_head(row: Row, lang: str, role: str) -> Head:
    """The paper habits of the sender ``row``: the same all through one stream."""
    name, street, town, phone = row
    r = random.Random(zlib.crc32(f"gourd/head/{name}/{YARD['seed']}".encode()))
    font, bold = r.choice(FACES)
    host = "".join(c for c in name.lower().split()[0] if c.isalpha() and c.isascii())[:12]
    tld = {"en": "co.uk", "de": "de", "fr": "fr"}[lang]
    looks = LOOKS
    if role in ("regulator", "council"):
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
        mail=f"{r.choice(['info', 'office', 'sales', 'accounts'])}@{host or 'mail'}.{tld}"
        if r.random() < 0.7
        else "",
    )


def yard_head() -> Head:
    lang = home()
    return make_head(YARDS[lang][yard_row()], lang, "yard")


def authority(role: str) -> Head:
    lang = home()
    return make_head(AUTHORITY[role][lang][yard_row()], lang, role)


def head_of(who: Issuer, role: str, abroad: float = 0.0) -> Head:
    """The ``role`` sender of ``who`` (the same for the same issuer and yard), of the yard's
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


def sheet_size(h: Head, r: random.Random) -> tuple[float, float]:
    """A4, or US Letter now and then for an English sender."""
    return LETTER if h.lang == "en" and r.random() < 0.2 else A4


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
    pt = shrink(top, "Helvetica", 6.5, r * 1.45)
    p.text(cx, cy - r * 0.45, fit(top, "Helvetica", pt, r * 1.45), "Helvetica", pt, "center")
    pt2 = shrink(mid, "Helvetica", 6.5, r * 1.3)
    p.text(cx, cy + r * 0.6, fit(mid, "Helvetica", pt2, r * 1.3), "Helvetica", pt2, "center")
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
        p.text(w / 2, y + 15, fit(line2 or where, it, 7.5, w - 2 * m), it, 7.5, "center")
        low = f"{where}  {contact}" if line2 else contact
        if low:
            p.text(w / 2, y + 24, fit(low, h.font, 7, w - 2 * m), h.font, 7, "center")
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
        if line2:
            p.text(
                m, y + 15, fit(line2, italic_of(h.font), 7.5, w * 0.6 - m), italic_of(h.font), 7.5
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
    parts = [t for t in parts if t not in ("Dr", "Mr", "Mrs", "Herr", "Frau")] or parts
    text = f"{parts[0][0]}{parts[-1][:8]}" if len(parts) > 1 else parts[0]
    p.text(x + 2, y - 1, text, INK, pt)
    end = x + 6 + tw(text, INK, pt)
    p.line(end - 4, y - 2, end + 12, y - 9)
    p.line(x, y + 2, end - 8, y + 1)


def received(rng: random.Random, p: Page, d: date, odds: float = 0.35) -> None:
    """Now and then the yard's received stamp on the first page."""
    if rng.random() < odds:
        lang = home()
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
                        "en": ["Office", "Accounts", "Yard manager"],
                        "de": ["Büro", "Buchhaltung", "Betriebsleitung"],
                        "fr": ["Secrétariat", "Comptabilité", "Direction"],
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
            ["Yours sincerely", "Kind regards", "Yours faithfully", "Regards"][len(name) % 4],
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
    r = random.Random(zlib.crc32(f"gourd/staff/{tag}/{h.name}/{YARD['seed']}".encode()))
    return f"{r.choice(FIRSTS[h.lang])} {r.choice(LASTS[h.lang])}"


def head_lines(h: Head, att: str = "") -> list[str]:
    return [h.name, *([att] if att else []), h.street, h.town]


def yard_lines(att: str = "") -> list[str]:
    return head_lines(yard_head(), att)


def customer_of(who: Issuer) -> Head:
    """A trade customer of the yard (skip hire, trade scrap), of the yard's country."""
    return head_of(who, "customer")


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
        (tr(lg, "Total", "Gesamtbetrag", "Total TTC" if rate else "Net à payer"), net + tax)
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


def copier_edge(p: Page, rng: random.Random) -> None:
    """The grey edge and shadow a photocopy of a smaller original leaves on the page."""
    w, h = p.size
    side = rng.choice(["left", "top", "both"])
    g = rng.uniform(0.35, 0.6)
    if side in ("left", "both"):
        p.rect(0, 0, rng.uniform(8, 22), h, fill=g)
    if side in ("top", "both"):
        p.rect(0, 0, w, rng.uniform(6, 16), fill=g)


def sign_line(
    p: Page, s: Style, x: float, y: float, width: float, label: str, name: str = ""
) -> None:
    """A signature line with its caption under it, signed by ``name`` if given."""
    if name:
        scrawl(p, x + 6, y - 3, name, 12)
    p.line(x, y, x + width, y)
    p.text(x, y + 9, fit(label, s.font, 7, width), s.font, 7)


# ---------------------------------------------------------------------------------------------
# Templates JJJ: the yard's own weighbridge tickets, purchase records and certificates
# ---------------------------------------------------------------------------------------------


def a_load(rng: random.Random, ferrous: float = 0.6) -> tuple[int, int, int]:
    """A grade index and a gross and tare weight in kg."""
    fe = [k for k, g in enumerate(GRADES) if g[5]]
    nf = [k for k, g in enumerate(GRADES) if not g[5]]
    k = rng.choice(fe if rng.random() < ferrous else nf)
    tare = rng.choice([1850, 2400, 3100, 7600, 11200, 14800, 15400])
    tare += rng.randint(-150, 150)
    net = rng.randint(150, 900) if tare < 4000 else rng.randint(4000, 18000)
    if not GRADES[k][5] and tare > 4000:
        net = rng.randint(800, 6000)
    return k, tare + net, tare


def tpl_weighbridge_ticket(rng: random.Random, who: Issuer) -> list[Page]:
    """The yard's weighbridge ticket: a narrow printer slip or a pre-printed A5 form, first and
    second weight, net, deduction, vehicle, customer, grade, operator and driver signatures."""
    h = yard_head()
    lg = h.lang
    yr = yard_keyed("wb")
    form = yr.choice(["slip", "slip", "a5"])
    d = some_day(rng)
    k, gross, tare = a_load(rng)
    inbound = rng.random() < 0.75
    private = inbound and rng.random() < 0.55
    while private and tare > 4000:  # a walk-in seller comes in a van or a car with a trailer
        k, gross, tare = a_load(rng, 0.4)
    net = gross - tare
    ded = rng.choice([0, 0, 0, 1, 2, 3, 5]) if inbound else 0
    payable = round(net * (100 - ded) / 100)
    no = f"{yr.randint(10, 99)}{rng.randint(1000, 9999)}"
    t1 = f"{rng.randint(7, 15):02d}:{rng.randint(0, 59):02d}"
    t2h, t2m = divmod(int(t1[:2]) * 60 + int(t1[3:]) + rng.randint(8, 55), 60)
    t2 = f"{t2h:02d}:{t2m:02d}"
    reg = plate(rng, lg)
    if inbound:
        cust = (
            customer_of(who).name
            if not private
            else tr(
                lg,
                "Cash-free sale - see record",
                "Privat - s. Ankaufsbeleg",
                "Particulier - voir bordereau",
            )
        )
    else:
        cust = head_of(who, "merchant").name
    haul = "-" if private else head_of(who, "haulier").name if rng.random() < 0.4 else cust
    lab = {
        "no": tr(lg, "Ticket No", "Wiegeschein-Nr.", "Ticket n°"),
        "date": tr(lg, "Date", "Datum", "Date"),
        "reg": tr(lg, "Vehicle reg", "Kennzeichen", "Immatriculation"),
        "cust": tr(lg, "Customer", "Kunde", "Client"),
        "haul": tr(lg, "Haulier", "Spediteur", "Transporteur"),
        "mat": tr(lg, "Material", "Sorte", "Produit"),
        "dir": tr(lg, "Direction", "Richtung", "Sens"),
        "w1": tr(lg, "1st weight", "1. Wägung", "1re pesée"),
        "w2": tr(lg, "2nd weight", "2. Wägung", "2e pesée"),
        "net": tr(lg, "NET", "NETTO", "NET"),
        "ded": tr(lg, "Deduction", "Abzug", "Réfaction"),
        "pay": tr(lg, "Net payable", "Abrechnungsgewicht", "Poids retenu"),
    }
    direction = tr(lg, "IN", "EINGANG", "ENTRÉE") if inbound else tr(lg, "OUT", "AUSGANG", "SORTIE")
    legal = tr(
        lg,
        f"Weighbridge Class III, verified. Cert. {yr.randint(1000, 9999)}/{yr.randint(10, 99)}",
        f"Geeichte Waage Kl. III - Eichschein {yr.randint(1000, 9999)} - Alibispeicher-Nr. "
        f"{rng.randint(10000, 99999)}",
        f"Pont-bascule classe III vérifié - DSP n° {rng.randint(10000, 99999)}",
    )
    if form == "slip":
        s = paper(style_of(h), (SLIP_W, rng.choice([400, 420, 450])), margin=12, pt=7.5)
        p = Page(s.page_size)
        w, hh = s.page_size
        y = heading(p, s, h)
        mono = "Courier"
        p.text(
            w / 2,
            y,
            tr(lg, "WEIGHBRIDGE TICKET", "WIEGESCHEIN", "TICKET DE PESÉE"),
            "Courier-Bold",
            9,
            "center",
        )
        y += 16
        rows = [
            (lab["no"], no),
            (lab["date"], short(d, lg)),
            (lab["reg"], reg),
            (lab["cust"], cust),
            (lab["haul"], haul),
            (lab["mat"], grade(k, lg)),
            (lab["dir"], direction),
        ]
        for a, b in rows:
            p.text(12, y, f"{a}:", mono, 7)
            p.text(84, y, fit(b, mono, 7, w - 96), mono, 7)
            y += 10
        p.line(12, y - 4, w - 12, y - 4)
        y += 8
        for a, t, v in (
            (lab["w1"], t1, gross if inbound else tare),
            (lab["w2"], t2, tare if inbound else gross),
        ):
            p.text(12, y, f"{a} {t}", mono, 7)
            p.text(w - 12, y, f"{kg(v, lg)} kg", mono, 7, "right")
            y += 10
        p.text(12, y, lab["net"], "Courier-Bold", 8)
        p.text(w - 12, y, f"{kg(net, lg)} kg", "Courier-Bold", 8, "right")
        y += 11
        if ded:
            p.text(12, y, f"{lab['ded']} {ded}%", mono, 7)
            p.text(w - 12, y, f"-{kg(net - payable, lg)} kg", mono, 7, "right")
            y += 10
            p.text(12, y, lab["pay"], "Courier-Bold", 7.5)
            p.text(w - 12, y, f"{kg(payable, lg)} kg", "Courier-Bold", 7.5, "right")
            y += 10
        p.line(12, y, w - 12, y)
        y += 10
        for ln in wrap(legal, mono, 6, w - 24):
            p.text(12, y, ln, mono, 6)
            y += 8
        y = max(y + 26, hh - 60)
        sign_line(
            p,
            s,
            12,
            y,
            (w - 36) / 2,
            tr(lg, "Operator", "Wäger", "Peseur"),
            staff(h, "wb") if rng.random() < 0.7 else "",
        )
        sign_line(
            p,
            s,
            w / 2 + 6,
            y,
            (w - 36) / 2,
            tr(lg, "Driver", "Fahrer", "Chauffeur"),
            person(rng, lg) if rng.random() < 0.6 else "",
        )
        p.text(
            w / 2,
            hh - 22,
            tr(lg, "Customer copy", "Kundenbeleg", "Exemplaire client"),
            mono,
            6,
            "center",
        )
    else:
        s = paper(style_of(h), landscape(A5), margin=30, pt=8.5)
        p = Page(s.page_size)
        w, hh = s.page_size
        y = heading(p, s, h)
        p.text(30, y, tr(lg, "WEIGHBRIDGE TICKET", "WIEGESCHEIN", "BON DE PESÉE"), s.bold, 12)
        p.text(w - 30, y, f"{lab['no']} {no}", s.bold, 11, "right")
        y += 10
        y = fields(
            p,
            s,
            30,
            y,
            w - 60,
            [
                (lab["date"], short(d, lg)),
                (lab["reg"], reg),
                (lab["dir"], direction),
                (lab["cust"], cust),
                (lab["haul"], haul),
                (lab["mat"], grade(k, lg)),
            ],
            per=3,
            tall=24,
            hand=rng.random() < 0.5,
        )
        cols = columns(30, w - 30, [(2, "left"), (1, "left"), (1.4, "right")])
        rows2 = [
            [lab["w1"], t1, f"{kg(gross if inbound else tare, lg)} kg"],
            [lab["w2"], t2, f"{kg(tare if inbound else gross, lg)} kg"],
            [lab["net"], "", f"{kg(net, lg)} kg"],
        ]
        if ded:
            rows2.append([f"{lab['ded']} {ded}% / {lab['pay']}", "", f"{kg(payable, lg)} kg"])
        for r_ in rows2:
            for c, t in zip(cols, r_, strict=True):
                left, right, al = c
                f_ = s.bold if r_[0] == lab["net"] else "Courier"
                if al == "right":
                    p.text(right, y, t, f_, 9, "right")
                else:
                    p.text(left, y, fit(t, s.font, 8.5, right - left), s.font, 8.5)
            p.line(30, y + 4, w - 30, y + 4)
            y += 15
        p.text(30, y + 4, fit(legal, s.font, 6.5, w - 60), s.font, 6.5)
        sign_line(
            p,
            s,
            30,
            hh - 40,
            160,
            tr(lg, "Weighbridge operator", "Wägeperson", "Peseur"),
            staff(h, "wb"),
        )
        sign_line(
            p,
            s,
            w - 190,
            hh - 40,
            160,
            tr(lg, "Driver", "Fahrer", "Chauffeur"),
            person(rng, lg) if rng.random() < 0.6 else "",
        )
    if rng.random() < 0.3:
        hand(
            p,
            w - 80 if form == "a5" else 14,
            hh - 30 if form == "a5" else y - 30,
            rng.choice(["pd", "ok", "RTN", "£" if lg == "en" else "bez."]),
            11,
        )
    remember(d, (no, k, payable, reg) if private else None)
    return [p]


ID_TYPES = {
    "en": ["Photocard driving licence", "Passport", "Photocard driving licence"],
    "de": ["Personalausweis", "Reisepass", "Personalausweis"],
    "fr": ["Carte nationale d'identité", "Passeport", "Permis de conduire"],
}
MAKES = [
    "Ford Transit",
    "VW Crafter",
    "Renault Master",
    "Mercedes Sprinter",
    "Citroën Relay",
    "Iveco Daily",
    "Peugeot Boxer",
    "Toyota Hilux",
]


def id_copy(rng: random.Random, lang: str, name: str, idt: str, idno: str) -> Page:
    """A photocopy of the seller's ID card (and now and then a proof of address) on A4."""
    p = Page(A4)
    copier_edge(p, rng)
    x, y = rng.uniform(80, 150), rng.uniform(70, 120)
    cw, ch = 243.0, 153.0
    for side in range(2 if rng.random() < 0.6 else 1):
        yy = y + side * (ch + 40)
        p.rect(x, yy, cw, ch, fill=0.88)
        p.rect(x, yy, cw, ch)
        if side == 0:
            p.text(
                x + 8, yy + 16, fit(idt.upper(), "Helvetica-Bold", 8, cw - 16), "Helvetica-Bold", 8
            )
            photo(p, x + 8, yy + 26, 62, 80, rng)
            first, last = name.split()[0], name.split()[-1]
            entries = [
                (tr(lang, "1. Surname", "Name", "Nom"), last.upper()),
                (tr(lang, "2. Given names", "Vornamen", "Prénom(s)"), first.upper()),
                (
                    tr(lang, "3. Date of birth", "Geburtstag", "Né(e) le"),
                    f"{rng.randint(1, 28):02d}.{rng.randint(1, 12):02d}.{rng.randint(1955, 2000)}",
                ),
                (tr(lang, "4d. Number", "Ausweis-Nr.", "N°"), idno),
            ]
            ty = yy + 34
            for a, b in entries:
                p.text(x + 78, ty, a, "Helvetica", 5.5)
                p.text(x + 78, ty + 8, fit(b, "Courier-Bold", 7.5, cw - 86), "Courier-Bold", 7.5)
                ty += 19
            p.text(x + 8, yy + ch - 8, serial(rng, "<<<9999999999<<<AAA<<<<<<<<<<"), "Courier", 6.5)
        else:
            p.text(
                x + 8, yy + 16, tr(lang, "Reverse / address", "Rückseite", "Verso"), "Helvetica", 6
            )
            for k in range(5):
                p.line(x + 8, yy + 34 + k * 18, x + cw - 8, yy + 34 + k * 18)
            p.text(x + 10, yy + 50, serial(rng, "IDD<<99999999999<<<<<<<<<<<<<<<"), "Courier", 6.5)
    if rng.random() < 0.5:
        yy = y + 400
        p.rect(x - 20, yy, 300, 200, fill=0.93)
        p.text(
            x - 10,
            yy + 16,
            tr(
                lang,
                "Utility bill - proof of address",
                "Fahrzeugschein (Zulassungsbescheinigung Teil I)",
                "Justificatif de domicile",
            ),
            "Helvetica-Bold",
            7,
        )
        for k in range(8):
            p.rect(x - 10, yy + 28 + k * 19, rng.uniform(90, 270), 5, fill=0.55)
    if rng.random() < 0.6:
        hand(
            p,
            60,
            780,
            tr(
                lang,
                f"Copy taken {rng.choice(['GH', 'KP', 'DR'])}",
                "Kopie gefertigt",
                "Copie certifiée - vu l'original",
            ),
            10,
        )
    return p


def tpl_purchase_record(rng: random.Random, who: Issuer) -> list[Page]:
    """The yard's scrap purchase record for a walk-in seller: the seller's name, address and
    ID, the vehicle, the metal by grade with weights and prices, payment without cash, the
    declaration signed by the seller; often the photocopy of the ID behind it."""
    h = yard_head()
    lg = h.lang
    yr = yard_keyed("rec")
    s = style_of(h, A4 if yr.random() < 0.7 else A5, pt=8.5 if yr.random() < 0.5 else 0)
    w, hh = s.page_size
    m = min(s.margin, 40) if w < 500 else s.margin
    s = paper(s, s.page_size, margin=m)
    prev = extra_of(("weighbridge_ticket",))
    d = last_day(rng, ("weighbridge_ticket",), (0, 0))
    seller = person(rng, lg)
    idt = rng.choice(ID_TYPES[lg])
    idno = serial(rng, {"en": "AAAAA999999AA9AA", "de": "A9A9AA9AA", "fr": "999999AA9999"}[lg])
    reg = prev[3] if isinstance(prev, tuple) else plate(rng, lg)
    no = f"{tr(lg, 'PR', 'AB', 'BA')}-{month().year % 100}{yr.randint(1, 9)}{rng.randint(100, 999)}"
    p = Page(s.page_size)
    y = heading(p, s, h)
    title = tr(
        lg, "SCRAP METAL PURCHASE RECORD", "ANKAUFSBELEG ALTMETALL", "BORDEREAU D'ACHAT DE MÉTAUX"
    )
    p.text(m, y, title, s.bold, shrink(title, s.bold, 12, w * 0.62 - m))
    p.text(w - m, y, f"No. {no}", s.bold, 10, "right")
    y += 8
    sub = tr(
        lg,
        "Record kept under s.11 Scrap Metal Dealers Act 2013 - keep for 3 years",
        "Nachweis gem. § 2 GwG / Landesrecht - Aufbewahrung 5 Jahre",
        "Registre de police - art. 321-7 du Code pénal - paiement par virement",
    )
    p.text(m, y + 4, fit(sub, s.font, 7, w - 2 * m), s.font, 7)
    y += 14
    y = band(p, s, y + 8, tr(lg, "Seller", "Verkäufer", "Vendeur")) + 6
    addr = home_address(rng, lg)
    per = 2 if w > 450 else 1
    y = fields(
        p,
        s,
        m,
        y,
        w - 2 * m,
        [
            (tr(lg, "Full name", "Name, Vorname", "Nom et prénom"), seller),
            (tr(lg, "Address", "Anschrift", "Adresse"), addr),
            (tr(lg, "ID type", "Ausweisart", "Pièce d'identité"), idt),
            (tr(lg, "ID number", "Ausweis-Nr.", "Numéro"), idno),
            (tr(lg, "Vehicle reg", "Kennzeichen", "Immatriculation"), reg),
            (tr(lg, "Vehicle", "Fahrzeug", "Véhicule"), rng.choice(MAKES)),
        ],
        per=per,
        tall=24,
        hand=yr.random() < 0.6,
    )
    ticks(
        p,
        s,
        m,
        y,
        w - 2 * m,
        [
            tr(lg, "ID seen and copied", "Ausweis vorgelegt und kopiert", "Pièce vue et copiée"),
            tr(
                lg,
                "Photo of seller / vehicle",
                "Foto Person / Fahrzeug",
                "Photo vendeur / véhicule",
            ),
        ],
        {0, 1} if rng.random() < 0.8 else {0},
    )
    y += 24
    y = band(p, s, y, tr(lg, "Metal purchased", "Angekauftes Material", "Métaux achetés")) + 8
    cols = columns(m, w - m, [(3, "left"), (1, "right"), (1.1, "right"), (1.2, "right")])
    head = [
        tr(lg, "Description", "Sorte", "Désignation"),
        "kg",
        tr(lg, "£/tonne", "€/t", "€/t"),
        tr(lg, "Amount", "Betrag", "Montant"),
    ]
    for c, t in zip(cols, head, strict=True):
        cell_text(p, c, y, t, s.bold, 8)
    p.line(m, y + 4, w - m, y + 4)
    y += 14
    total = 0.0
    first = prev[1] if isinstance(prev, tuple) else None
    for j in range(rng.choice([1, 1, 2, 3])):
        kk = int(first) if j == 0 and first is not None else a_load(rng, 0.3)[0]  # type: ignore[call-overload]
        wt = int(prev[2]) if j == 0 and isinstance(prev, tuple) else rng.randint(12, 640)  # type: ignore[call-overload]
        if wt > 2500:
            wt = rng.randint(120, 900)
        pr = price_of(rng, kk) * rng.uniform(0.82, 0.9)
        amt = round(wt * pr / 1000, 2)
        total += amt
        for c, t in zip(
            cols, [grade(kk, lg), kg(wt, lg), money(pr, lg), money(amt, lg)], strict=True
        ):
            cell_text(p, c, y, t, s.font, 8)
        y += 13
    p.line(w * 0.55, y - 6, w - m, y - 6)
    p.text(w * 0.56, y + 4, tr(lg, "Total paid", "Auszahlbetrag", "Total"), s.bold, 9)
    p.text(w - m, y + 4, cash(total, lg), s.bold, 9, "right")
    y += 20
    ticks(
        p,
        s,
        m,
        y,
        w - 2 * m,
        [
            tr(lg, "Bank transfer", "Überweisung", "Virement"),
            tr(lg, "Cheque", "Scheck", "Chèque"),
            tr(lg, "Cash (not permitted)", "Bar (nur bis Grenze)", "Espèces (interdit)"),
        ],
        {0} if rng.random() < 0.75 else {1},
    )
    y += 22
    decl = tr(
        lg,
        "I declare that the metal described above is my property or that I am authorised to sell "
        "it, and that the information I have given is true.",
        "Ich versichere, dass das oben bezeichnete Material mein Eigentum ist bzw. ich zum Verkauf "
        "berechtigt bin und die Angaben der Wahrheit entsprechen.",
        "Je certifie être propriétaire des métaux désignés ci-dessus ou autorisé à les vendre et "
        "que les renseignements fournis sont exacts.",
    )
    y = text_block(p, s, m, y, w - 2 * m, decl, 7.5)
    y = max(y + 24, hh - 80)
    sw = (w - 2 * m - 20) / 2
    sign_line(
        p,
        s,
        m,
        y,
        sw,
        tr(lg, "Seller's signature", "Unterschrift Verkäufer", "Signature du vendeur"),
        seller,
    )
    sign_line(
        p,
        s,
        m + sw + 20,
        y,
        sw,
        tr(lg, "Buyer (for the yard)", "Einkäufer", "Acheteur"),
        staff(h, "buyer"),
    )
    pages = [p]
    if rng.random() < 0.65:
        pages.append(id_copy(rng, lg, seller, idt, idno))
    remember(d, None)
    return pages


def cell_text(
    p: Page, col: tuple[float, float, str], y: float, text: str, font: str, size: float
) -> None:
    left, right, align = col
    t = fit(text, font, size, right - left - 3)
    if align == "right":
        p.text(right, y, t, font, size, "right")
    elif align == "center":
        p.text((left + right) / 2, y, t, font, size, "center")
    else:
        p.text(left, y, t, font, size)


ELV_MAKES = [
    ("Ford", "Focus"),
    ("Vauxhall", "Corsa"),
    ("VW", "Golf"),
    ("Renault", "Clio"),
    ("Peugeot", "206"),
    ("Opel", "Astra"),
    ("Toyota", "Yaris"),
    ("BMW", "320d"),
    ("Citroën", "C3"),
    ("Fiat", "Punto"),
]
COLOURS = {
    "en": ["Silver", "Blue", "Black", "Red", "Grey", "White"],
    "de": ["Silber", "Blau", "Schwarz", "Rot", "Grau", "Weiß"],
    "fr": ["Gris", "Bleu", "Noir", "Rouge", "Blanc", "Vert"],
}


def tpl_elv_certificate(rng: random.Random, who: Issuer) -> list[Page]:
    """The yard's certificate of destruction for an end-of-life vehicle, as an authorised
    treatment facility: the facility and its permit, the vehicle, the last keeper, the
    signature and stamp (CoD, Verwertungsnachweis, certificat de destruction Cerfa 14365)."""
    h = yard_head()
    lg = h.lang
    yr = yard_keyed("elv")
    s = style_of(h, A4, margin=44, pt=8.5)
    w, hh = s.page_size
    m = s.margin
    d = some_day(rng)
    mk, model = rng.choice(ELV_MAKES)
    vin = serial(rng, "WAAZZZ99Z9A999999").replace("Z", rng.choice("ZXW"))
    keeper = person(rng, lg)
    p = Page(A4)
    y = m
    if lg == "en":
        p.text(m, y, "CERTIFICATE OF DESTRUCTION", "Helvetica-Bold", 15)
        p.text(
            m,
            y + 14,
            "End-of-Life Vehicles Regulations 2003 - Notification to DVLA",
            "Helvetica",
            8,
        )
        p.text(
            w - m,
            y,
            f"CoD No. {yr.randint(100, 999)}{rng.randint(100000, 999999)}",
            "Helvetica-Bold",
            10,
            "right",
        )
    elif lg == "de":
        p.text(m, y, "Verwertungsnachweis", "Helvetica-Bold", 15)
        p.text(m, y + 14, "gemäß § 4 Abs. 2 Altfahrzeug-Verordnung (AltfahrzeugV)", "Helvetica", 8)
        p.text(
            w - m,
            y,
            f"Nr. {yr.randint(10, 99)}-{rng.randint(100000, 999999)}",
            "Helvetica-Bold",
            10,
            "right",
        )
    else:
        p.text(m, y, "CERTIFICAT DE DESTRUCTION D'UN VÉHICULE HORS D'USAGE", "Helvetica-Bold", 12)
        p.text(
            m,
            y + 14,
            "Articles R. 322-9 du code de la route et R. 543-162 du code de l'environnement",
            "Helvetica",
            7.5,
        )
        p.text(w - m, y + 14, "cerfa n° 14365*01", "Helvetica-Bold", 8, "right")
    y += 36
    y = (
        band(
            p,
            s,
            y,
            tr(
                lg, "1. Authorised treatment facility", "1. Demontagebetrieb", "1. Centre VHU agréé"
            ),
        )
        + 6
    )
    permit = tr(
        lg,
        f"EPR/{yr.choice(['AB', 'CB', 'DP'])}{yr.randint(1000, 9999)}{serial(yr, 'AA')}",
        f"Zert.-Nr. {yr.randint(100, 999)}/{yr.randint(1000, 9999)}",
        f"PR {yr.randint(10, 95)} {yr.randint(10000, 99999)} D",
    )
    y = fields(
        p,
        s,
        m,
        y,
        w - 2 * m,
        [
            (tr(lg, "Name", "Name", "Raison sociale"), h.name),
            (tr(lg, "Site address", "Anschrift", "Adresse"), f"{h.street}, {h.town}"),
            (tr(lg, "Site permit number", "Anerkennung / Zertifikat", "Numéro d'agrément"), permit),
            (tr(lg, "Date of issue", "Ausstellungsdatum", "Date de délivrance"), short(d, lg)),
        ],
        per=2,
        tall=24,
        hand=False,
    )
    y = band(p, s, y, tr(lg, "2. Vehicle", "2. Fahrzeug", "2. Véhicule")) + 6
    y = fields(
        p,
        s,
        m,
        y,
        w - 2 * m,
        [
            (
                tr(lg, "Registration mark", "Amtl. Kennzeichen", "Numéro d'immatriculation"),
                plate(rng, lg),
            ),
            (tr(lg, "VIN / chassis number", "Fahrzeug-Ident.-Nr.", "Numéro VIN"), vin),
            (tr(lg, "Make", "Hersteller", "Marque"), mk),
            (tr(lg, "Model", "Typ / Modell", "Modèle"), model),
            (tr(lg, "Colour", "Farbe", "Couleur"), rng.choice(COLOURS[lg])),
            (
                tr(lg, "Date vehicle received", "Übernahmedatum", "Date de prise en charge"),
                short(d - timedelta(days=rng.randint(0, 9)), lg),
            ),
        ],
        per=2,
        tall=24,
        hand=rng.random() < 0.5,
    )
    y = (
        band(
            p,
            s,
            y,
            tr(
                lg,
                "3. Registered keeper / owner",
                "3. Letzter Halter",
                "3. Propriétaire / titulaire",
            ),
        )
        + 6
    )
    y = fields(
        p,
        s,
        m,
        y,
        w - 2 * m,
        [
            (tr(lg, "Name", "Name, Vorname", "Nom, prénom"), keeper),
            (
                tr(lg, "Address", "Anschrift", "Adresse"),
                home_address(rng, lg),
            ),
        ],
        per=2,
        tall=24,
        hand=True,
    )
    ticks(
        p,
        s,
        m,
        y,
        w - 2 * m,
        [
            tr(
                lg,
                "V5C surrendered",
                "Zulassungsbescheinigung Teil II übergeben",
                "Certificat d'immatriculation remis",
            ),
            tr(
                lg,
                "Notified to DVLA electronically",
                "Abmeldung erfolgt",
                "Déclaration SIV effectuée",
            ),
            tr(
                lg,
                "Fluids and battery removed",
                "Betriebsflüssigkeiten entnommen",
                "Dépollution effectuée",
            ),
        ],
        {0, 1, 2} if rng.random() < 0.6 else {0, 2},
    )
    y += 28
    text = tr(
        lg,
        "This certificate confirms that the vehicle described above has been received by an "
        "authorised treatment facility and will be destroyed in accordance with the End-of-Life "
        "Vehicles Regulations 2003. The registered keeper is no longer responsible for the "
        "vehicle.",
        "Hiermit wird bestätigt, dass das oben bezeichnete Fahrzeug einem anerkannten "
        "Demontagebetrieb überlassen wurde und nach den Vorschriften der Altfahrzeug-Verordnung "
        "verwertet wird. Der Nachweis ist der Zulassungsbehörde bei der Außerbetriebsetzung "
        "vorzulegen.",
        "Le centre VHU agréé certifie avoir pris en charge le véhicule désigné ci-dessus en vue "
        "de sa "
        "destruction. Le présent certificat est remis au détenteur; il vaut déclaration de retrait "
        "définitif de la circulation.",
    )
    y = text_block(p, s, m, y, w - 2 * m, text, 8)
    y = max(y + 40, 640)
    sign_line(
        p,
        s,
        m,
        y,
        200,
        tr(lg, "Signed for the ATF", "Unterschrift Betrieb", "Signature du centre VHU"),
        staff(h, "manager"),
    )
    seal(
        p,
        w - m - 70,
        y - 20,
        38,
        h.name.split()[0].upper(),
        tr(lg, "ATF", "Demontage", "Centre VHU"),
    )
    if rng.random() < 0.5:
        sign_line(
            p,
            s,
            m,
            y + 50,
            200,
            tr(
                lg,
                "Signature of person delivering vehicle",
                "Unterschrift Überlasser",
                "Signature du détenteur",
            ),
            keeper,
        )
    p.text(
        w / 2,
        hh - 30,
        tr(
            lg,
            "Copy 1 - keeper   Copy 2 - ATF file",
            "Original für den Letzthalter - Durchschrift Betrieb",
            "Exemplaire 1 : détenteur - Exemplaire 2 : centre VHU",
        ),
        "Helvetica",
        6.5,
        "center",
    )
    remember(d)
    return [p]


# ---------------------------------------------------------------------------------------------
# Templates JJJ: metal merchants' settlements, quality claims, price lists and agreements
# ---------------------------------------------------------------------------------------------


def merchant_of(who: Issuer) -> Head:
    return head_of(who, "merchant", abroad=0.12)


def tpl_merchant_settlement(rng: random.Random, who: Issuer) -> list[Page]:
    """A metal merchant's purchase settlement and self-billed invoice for the yard's loads:
    the loads by ticket, grade, weights, deductions and price; the tax note (self-billing,
    § 13b UStG, autoliquidation); now and then an assay page on landscape A4."""
    h = merchant_of(who)
    lg = h.lang
    r = keyed(who, "settle")
    s = style_of(h, sheet_size(h, r))
    w, hh = s.page_size
    m = s.margin
    d = last_day(rng, ("self_billing_agreement",), (5, 20))
    no = serial(rng, r.choice(["SB-999999", "GS 99/9999", "AF9999-999", "99999999"]))
    acct = f"{r.randint(10000, 99999)}"
    title = tr(
        lg,
        "SELF-BILLED INVOICE / PURCHASE SETTLEMENT",
        "GUTSCHRIFT - Schrottabrechnung",
        "AUTOFACTURATION - RELEVÉ D'ACHAT",
    )
    f = sheets(s, h, f"{h.name} - {title} {no}")
    recipient(
        f,
        s,
        h,
        yard_lines(),
        d,
        [
            (tr(lg, "Settlement no.", "Gutschrift-Nr.", "Relevé n°"), no),
            (tr(lg, "Supplier account", "Lieferanten-Nr.", "Compte fournisseur"), acct),
            (
                tr(lg, "Period", "Zeitraum", "Période"),
                f"{short(d - timedelta(days=r.choice([6, 13, 30])), lg)} - "
                f"{short(d - timedelta(days=1), lg)}",
            ),
        ],
    )
    caption(f, s, title, 2)
    nf = r.random() < 0.45
    pool = [k for k, g in enumerate(GRADES) if g[5] != nf]
    gr = r.sample(pool, min(len(pool), r.randint(1, 3)))
    prices = {k: price_of(r, k) for k in gr}
    n = rng.choice([2, 3, 4, 6, 9, 14, 22])
    cols = columns(
        m,
        w - m,
        [
            (1.2, "left"),
            (1, "left"),
            (1.2, "left"),
            (2.2, "left"),
            (1.1, "right"),
            (0.8, "right"),
            (1.1, "right"),
            (1, "right"),
            (1.3, "right"),
        ],
    )
    rows = []
    net = 0.0
    t0 = rng.randint(10000, 90000)
    for j in range(n):
        k = rng.choice(gr)
        dd = d - timedelta(days=rng.randint(1, 14))
        wt = rng.randint(800, 6000) if nf else rng.randint(8000, 27000)
        ded = rng.choice([0, 0, 0, 1, 2, 3]) * wt // 100
        t = (wt - ded) / 1000
        v = round(t * prices[k], 2)
        net += v
        rows.append(
            [
                short(dd, lg)[:5] + ("." if lg == "de" else ""),
                str(t0 + j * rng.randint(1, 40)),
                plate(rng, home()),
                grade(k, lg),
                kg(wt, lg),
                kg(ded, lg),
                tonnes(t, lg),
                money(prices[k], lg),
                money(v, lg),
            ]
        )
    rows.sort(key=lambda x: x[1])
    table(
        f,
        cols,
        [
            tr(lg, "Date", "Datum", "Date"),
            tr(lg, "Ticket", "Wiegeschein", "Ticket"),
            tr(lg, "Vehicle", "Kennz.", "Véhicule"),
            tr(lg, "Grade", "Sorte", "Qualité"),
            "kg",
            tr(lg, "Ded.", "Abzug", "Réf."),
            tr(lg, "Net t", "Netto t", "Net t"),
            tr(lg, "Price/t", "Preis/t", "Prix/t"),
            tr(lg, "Amount", "Betrag", "Montant"),
        ],
        rows,
        s,
        size=s.size - 2,
        shade=0.88 if r.random() < 0.5 else None,
        rules=r.random() < 0.4,
        step=1.5,
    )
    f.y += 8
    if lg == "de":
        rate, note = (
            0.0,
            "Steuerschuldnerschaft des Leistungsempfängers gem. § 13b Abs. 2 Nr. 7 UStG. Es "
            "handelt sich um eine Gutschrift im Sinne des § 14 Abs. 2 Satz 2 UStG.",
        )
    elif lg == "fr":
        rate, note = (
            0.0,
            "Autoliquidation - article 283-2 sexies du CGI. Facture établie par le client au nom "
            "et pour le compte du fournisseur (mandat d'autofacturation).",
        )
    else:
        rate, note = (
            20.0,
            "Self-billing: the VAT shown is your output tax due to HMRC. Issued under the "
            "self-billing agreement in force between us.",
        )
    if lg != home():
        rate = 0.0
    totals(f, s, lg, round(net, 2), rate, note=note)
    write(
        f,
        s,
        tr(
            lg,
            f"Payment by BACS on {short(d + timedelta(days=r.choice([7, 14, 30])), lg)} to your "
            "nominated account.",
            f"Die Zahlung erfolgt am {short(d + timedelta(days=r.choice([7, 14, 30])), lg)} auf "
            "Ihr Konto.",
            f"Règlement par virement le {short(d + timedelta(days=r.choice([15, 30])), lg)}.",
        ),
        s.size - 1,
    )
    pages = f.pages
    if nf and rng.random() < 0.45:
        sl = paper(s, landscape(A4), margin=40)
        g = sheets(
            sl,
            h,
            f"{h.name} - {tr(lg, 'Assay results', 'Analysenbericht', 'Résultats d analyse')} - "
            f"{no}",
            top=False,
        )
        g.y = 50
        caption(
            g,
            sl,
            tr(
                lg,
                "Assay / sampling results",
                "Analysenbericht / Probenahme",
                "Résultats d'analyse / échantillonnage",
            ),
            2,
        )
        elems = [
            "Cu %",
            "Zn %",
            "Pb %",
            "Sn %",
            "Fe %",
            "Al %",
            "Ni %",
            tr(lg, "Moisture %", "Feuchte %", "Humidité %"),
            tr(lg, "Yield %", "Ausbringen %", "Rendement %"),
        ]
        cols2 = columns(
            40, landscape(A4)[0] - 40, [(1.2, "left"), (1, "left"), *[(0.8, "right")] * len(elems)]
        )
        arows = []
        for row in rows[: rng.randint(2, min(10, len(rows)))]:
            arows.append(
                [
                    row[1],
                    row[3],
                    *[f"{rng.uniform(0.01, 60 if e.startswith('Cu') else 4):.2f}" for e in elems],
                ]
            )
        table(
            g,
            cols2,
            [
                tr(lg, "Ticket", "Wiegeschein", "Ticket"),
                tr(lg, "Grade", "Sorte", "Qualité"),
                *elems,
            ],
            arows,
            sl,
            size=8,
            rules=True,
        )
        g.y += 10
        write(
            g,
            sl,
            tr(
                lg,
                "Method: XRF handheld / spectrometer, sample per load. Results binding for "
                "settlement unless disputed within 48 hours.",
                "Methode: RFA-Handgerät / Spektrometer, je Ladung eine Probe. Einwände binnen 48 "
                "Stunden.",
                "Méthode : analyseur XRF portable, un échantillon par chargement. Contestation "
                "sous 48 heures.",
            ),
            8,
        )
        sign_line(
            g.page,
            sl,
            40,
            g.y + 30,
            160,
            tr(lg, "Laboratory", "Labor", "Laboratoire"),
            staff(h, "lab"),
        )
        pages = pages + g.pages
    received(rng, pages[0], d, 0.4)
    if rng.random() < 0.3:
        hand(
            pages[0],
            m,
            hh - m - 40,
            tr(home(), "checked v tickets", "mit Wiegescheinen abgeglichen", "pointé avec tickets"),
            10,
        )
    remember(d, (no, rows[0][1], rows[0][3]))
    return close(pages, s, h)


DOWNGRADE_FINDINGS = {
    "en": [
        "Non-metallics / dirt",
        "Oversize (> 1.5 m)",
        "Sealed containers",
        "Copper in ferrous",
        "Cast in light iron",
        "Wet / ice",
        "Radiation alarm",
        "Paint / coatings",
    ],
    "de": [
        "Fremdstoffe / Erde",
        "Übergröße (> 1,5 m)",
        "Geschlossene Hohlkörper",
        "Kupfer im Eisen",
        "Guss im Mischschrott",
        "Nässe / Eis",
        "Strahlungsalarm",
        "Beschichtungen",
    ],
    "fr": [
        "Stériles / terre",
        "Hors gabarit (> 1,5 m)",
        "Corps creux fermés",
        "Cuivre dans ferraille",
        "Fonte dans E1",
        "Humidité / glace",
        "Alarme radioactivité",
        "Peintures / revêtements",
    ],
}


def tpl_downgrade_notice(rng: random.Random, who: Issuer) -> list[Page]:
    """A merchant's quality claim on one of the yard's loads: the load, the grade declared and
    the grade found, what was found (tick boxes), the weight deducted or the price cut, and a
    sheet of photographs behind."""
    h = merchant_of(who)
    lg = h.lang
    r = keyed(who, "claim")
    s = style_of(h, A4)
    w, _ = s.page_size
    m = s.margin
    d = last_day(rng, ("merchant_settlement",), (1, 6))
    prev = extra_of(("merchant_settlement",))
    ticket = str(prev[1]) if isinstance(prev, tuple) else str(rng.randint(10000, 90000))
    declared = str(prev[2]) if isinstance(prev, tuple) else grade(rng.randrange(5), lg)
    found = grade(rng.randrange(5), lg)
    ref = serial(rng, r.choice(["QC-99999", "REK 9999/99", "RQ99-999"]))
    f = sheets(s, h, f"{h.name} - {ref}")
    recipient(
        f,
        s,
        h,
        yard_lines(
            tr(
                lg,
                "FAO Yard Manager",
                "z. Hd. Betriebsleitung",
                "À l'attention du responsable de site",
            )
        ),
        d,
        [(tr(lg, "Our ref", "Unser Zeichen", "Notre réf."), ref)],
    )
    caption(
        f,
        s,
        tr(
            lg,
            "QUALITY CLAIM - DOWNGRADE NOTICE",
            "REKLAMATION - QUALITÄTSABZUG",
            "RÉCLAMATION QUALITÉ - DÉCLASSEMENT",
        ),
        2,
    )
    y = fields(
        f.page,
        s,
        s.margin,
        f.y,
        w - 2 * m,
        [
            (tr(lg, "Weighbridge ticket", "Wiegeschein-Nr.", "Ticket de pesée"), ticket),
            (
                tr(lg, "Date of delivery", "Anlieferung am", "Date de livraison"),
                short(d - timedelta(days=rng.randint(1, 5)), lg),
            ),
            (tr(lg, "Grade declared", "Deklarierte Sorte", "Qualité déclarée"), declared),
            (tr(lg, "Grade assessed", "Festgestellte Sorte", "Qualité constatée"), found),
        ],
        per=2,
        tall=24,
        hand=False,
    )
    f.y = y
    f.page.text(
        m,
        f.y,
        tr(
            lg,
            "Findings on inspection:",
            "Feststellungen bei der Eingangskontrolle:",
            "Constatations au déchargement :",
        ),
        s.bold,
        s.size,
    )
    f.y += 14
    on = set(rng.sample(range(8), rng.randint(1, 3)))
    f.y = ticks(f.page, s, m, f.y, w - 2 * m, DOWNGRADE_FINDINGS[lg], on)
    f.y += 6
    write(f, s, prose(rng, lg, "scrap", 2, 3))
    ded = rng.choice([3, 5, 8, 10, 15])
    write(
        f,
        s,
        tr(
            lg,
            f"A deduction of {ded}% of the net weight has been applied, or the load has been paid "
            f"as {found}. The adjustment will appear on the next settlement.",
            f"Wir haben einen Abzug von {ded} % vom Nettogewicht vorgenommen bzw. die Ladung als "
            f"{found} abgerechnet. Die Korrektur erfolgt mit der nächsten Gutschrift.",
            f"Une réfaction de {ded} % du poids net a été appliquée, ou le chargement a été payé "
            f"en {found}. La régularisation figurera sur le prochain relevé.",
        ),
    )
    write(
        f,
        s,
        tr(
            lg,
            "Photographs of the load are attached. Please contact our yard within 48 hours if "
            "you wish to inspect the material before it is processed.",
            "Fotos der Ladung anbei. Eine Besichtigung ist innerhalb von 48 Stunden nach Zugang "
            "möglich.",
            "Photos jointes. Le chargement peut être examiné sur place dans les 48 heures.",
        ),
    )
    regards(
        f,
        s,
        lg,
        staff(h, "qc"),
        tr(lg, "Quality Control", "Qualitätssicherung", "Contrôle qualité"),
    )
    pages = f.pages
    for _ in range(rng.choice([1, 1, 2])):
        p = Page(A4)
        p.text(
            m,
            m,
            fit(
                f"{tr(lg, 'Photo sheet', 'Fotodokumentation', 'Planche photos')} - {ref} - "
                f"{tr(lg, 'ticket', 'WS', 'ticket')} {ticket}",
                s.bold,
                10,
                w - 2 * m,
            ),
            s.bold,
            10,
        )
        pw, ph = (w - 2 * m - 16) / 2, 190.0
        for j in range(rng.choice([2, 4, 4, 6])):
            x = m + (j % 2) * (pw + 16)
            yy = m + 20 + (j // 2) * (ph + 34)
            photo(p, x, yy, pw, ph, rng)
            p.text(
                x,
                yy + ph + 12,
                fit(
                    f"{j + 1}. {rng.choice(DOWNGRADE_FINDINGS[lg])} - {short(d, lg)} "
                    f"{rng.randint(7, 16)}:{rng.randint(10, 59)}",
                    s.font,
                    7.5,
                    pw,
                ),
                s.font,
                7.5,
            )
        pages.append(p)
    received(rng, pages[0], d, 0.3)
    remember(d)
    return close(pages, s, h)


def tpl_price_list(rng: random.Random, who: Issuer) -> list[Page]:
    """A merchant's buying price list for the week: grades, specifications and prices
    delivered and collected, the conditions in small type; some come as a fax."""
    h = merchant_of(who)
    lg = h.lang
    r = keyed(who, "prices")
    land = r.random() < 0.3
    s = style_of(h, landscape(A4) if land else A4)
    w, hh = s.page_size
    m = s.margin
    d = some_day(rng)
    wk = d.isocalendar()[1]
    fax = r.random() < 0.4
    p = Page(s.page_size)
    y0 = 0.0
    if fax:
        p.text(
            14,
            12,
            f"{short(d, 'de' if lg == 'de' else 'en')} "
            f"{rng.randint(7, 9):02d}:{rng.randint(10, 59)}   FROM: "
            f"{h.phone or '+44 121 520 0000'}   TO: {YARDS[home()][yard_row()][3] or 'OFFICE'}   "
            "P.1/1",
            "Courier",
            7,
        )
        y0 = 8
    y = heading(p, s, h, top=max(m - 14, 22.0) + y0)
    title = tr(
        lg, f"BUYING PRICES - WEEK {wk}", f"Einkaufspreise KW {wk}", f"PRIX D'ACHAT - SEMAINE {wk}"
    )
    p.text(m, y, title, s.bold, 14)
    p.text(
        w - m,
        y,
        tr(lg, f"valid from {day(h, d)}", f"gültig ab {day(h, d)}", f"à compter du {day(h, d)}"),
        s.font,
        s.size,
        "right",
    )
    y += 22
    grades = sorted(r.sample(range(len(GRADES)), r.randint(7, 12)))
    cols = columns(m, w - m, [(2.6, "left"), (3, "left"), (1, "right"), (1, "right")])
    head = [
        tr(lg, "Grade", "Sorte", "Qualité"),
        tr(lg, "Specification", "Spezifikation", "Spécification"),
        tr(lg, "Delivered £/t", "frei Werk €/t", "Rendu €/t"),
        tr(lg, "Collected £/t", "ab Platz €/t", "Enlevé €/t"),
    ]
    p.rect(m - 2, y - 10, w - 2 * m + 4, 15, fill=0.85)
    for c, t in zip(cols, head, strict=True):
        cell_text(p, c, y, t, s.bold, 8.5)
    y += 16
    for k in grades:
        pr = price_of(rng, k)
        spec = {
            True: tr(
                lg,
                "max 1.5 x 0.5 m, free of non-metallics",
                "max. 1,5 x 0,5 m, frei von Fremdstoffen",
                "1,5 x 0,5 m maxi, exempt de stériles",
            ),
            False: tr(
                lg,
                "clean, dry, no iron attachments",
                "sauber, trocken, eisenfrei",
                "propre, sec, sans fer",
            ),
        }[GRADES[k][5]]
        for c, t in zip(
            cols,
            [
                grade(k, lg),
                spec,
                money(pr, lg),
                money(pr - rng.choice([10, 15, 20, 25]) * (1 if GRADES[k][5] else 4), lg),
            ],
            strict=True,
        ):
            cell_text(p, c, y, t, s.font, 8.5)
        p.line(m, y + 4, w - m, y + 4)
        y += 15
    y += 10
    for t in (
        tr(
            lg,
            "Prices subject to change without notice, LME-linked grades priced on the day of "
            "delivery.",
            "Preise freibleibend, NE-Metalle nach LME-Tageskurs am Liefertag.",
            "Prix indicatifs, non-ferreux indexés LME au jour de la livraison.",
        ),
        tr(
            lg,
            "Weights as per our weighbridge. Deductions for contamination at our discretion.",
            "Es gilt das Gewicht unserer geeichten Waage. Abzüge für Fremdstoffe nach Befund.",
            "Poids suivant notre pont-bascule. Réfactions selon constat.",
        ),
        words(rng, lg, "scrap"),
    ):
        y = text_block(p, s, m, y, w - 2 * m, t, 7.5)
    p.text(
        m,
        hh - m,
        fit(
            tr(
                lg,
                f"Contact our buyers: {staff(h, 'buyer')} / {staff(h, 'buyer2')}",
                f"Ihre Ansprechpartner: {staff(h, 'buyer')}, {staff(h, 'buyer2')}",
                f"Vos acheteurs : {staff(h, 'buyer')}, {staff(h, 'buyer2')}",
            ),
            s.font,
            8,
            w - 2 * m,
        ),
        s.font,
        8,
    )
    if rng.random() < 0.35:
        hand(
            p,
            w - m - 140,
            y + 20,
            rng.choice(
                {
                    "en": ["+5 on HMS?", "ring re Cu", "ok"],
                    "de": ["Preis ok?", "Rückruf Cu", "+5 Sorte 2?"],
                    "fr": ["voir Didier", "rappeler cuivre", "+5 E3 ?"],
                }[home()]
            ),
            11,
        )
    remember(d)
    return [p]


SBA_CLAUSES = {
    "en": [
        "Parties",
        "Self-billed invoices",
        "Acceptance of invoices",
        "VAT registration",
        "Period",
        "Changes in VAT status",
        "Disputes",
        "Outsourcing",
        "Termination",
    ],
    "de": [
        "Gegenstand",
        "Ausstellung der Gutschriften",
        "Widerspruch",
        "Steuernummer und USt-IdNr.",
        "Laufzeit",
        "Änderungen",
        "Aufbewahrung",
        "Kündigung",
    ],
    "fr": [
        "Objet",
        "Émission des factures",
        "Contestation",
        "Numéros d'identification",
        "Durée",
        "Modifications",
        "Conservation",
        "Résiliation",
    ],
}


def tpl_self_billing_agreement(rng: random.Random, who: Issuer) -> list[Page]:
    """A merchant's self-billing agreement with the yard (Gutschriftsvereinbarung, mandat
    d'autofacturation): often a covering letter, the numbered clauses and the signature page
    for both parties."""
    h = merchant_of(who)
    lg = h.lang
    s = style_of(h, A4)
    w, _ = s.page_size
    m = s.margin
    d = some_day(rng)
    yh = yard_head()
    pages: list[Page] = []
    if rng.random() < 0.6:
        f = sheets(s, h)
        recipient(
            f,
            s,
            h,
            yard_lines(),
            d,
            [
                (
                    tr(lg, "Supplier no.", "Lieferanten-Nr.", "Fournisseur n°"),
                    str(rng.randint(10000, 99999)),
                )
            ],
        )
        f.page.text(
            m,
            f.y,
            tr(
                lg,
                "Self-billing agreement",
                "Gutschriftsverfahren - Vereinbarung",
                "Mandat d'autofacturation",
            ),
            s.bold,
            s.size + 1,
        )
        f.y += 22
        write(f, s, dear(lg, None))
        write(
            f,
            s,
            tr(
                lg,
                "As we settle your deliveries by self-billed invoice, HMRC requires a written "
                "agreement between us, renewed every 12 months. Please sign and return one copy "
                "of the enclosed agreement.",
                "da wir Ihre Lieferungen im Gutschriftsverfahren abrechnen, bitten wir Sie, die "
                "beigefügte Vereinbarung zu unterzeichnen und ein Exemplar an uns zurückzusenden.",
                "Afin de poursuivre la facturation de vos livraisons par autofacturation, nous "
                "vous remercions de bien vouloir nous retourner un exemplaire signé du mandat "
                "ci-joint.",
            ),
        )
        write(f, s, prose(rng, lg, "legal", 1, 2))
        regards(
            f,
            s,
            lg,
            staff(h, "accounts"),
            tr(lg, "Purchase Ledger", "Kreditorenbuchhaltung", "Comptabilité fournisseurs"),
        )
        pages += f.pages
    g = sheets(
        s,
        h,
        tr(lg, "Self-billing agreement", "Gutschriftsvereinbarung", "Mandat d'autofacturation"),
    )
    caption(
        g,
        s,
        tr(
            lg,
            "SELF-BILLING AGREEMENT",
            "VEREINBARUNG ÜBER DIE ABRECHNUNG IM GUTSCHRIFTSVERFAHREN",
            "MANDAT DE FACTURATION (AUTOFACTURATION)",
        ),
        2,
    )
    write(
        g,
        s,
        tr(
            lg,
            f"between {h.name} (the customer) and {yh.name} (the supplier)",
            f"zwischen {h.name} (Leistungsempfänger) und {yh.name} (Lieferant)",
            f"entre {h.name} (le mandataire) et {yh.name} (le mandant)",
        ),
    )
    for k, t in enumerate(SBA_CLAUSES[lg], 1):
        g.heading(m, f"{k}. {t}", s.bold, s.size)
        write(g, s, prose(rng, lg, "legal", 1, 3), indent=12)
    if not g.need(200) and rng.random() < 0.4:
        g.new_page()
    g.y += 20
    sw = (w - 2 * m - 30) / 2
    for j, (who_, name) in enumerate(
        (
            (h.name, staff(h, "director")),
            (yh.name, staff(yh, "manager") if rng.random() < 0.7 else ""),
        )
    ):
        x = m + j * (sw + 30)
        g.page.text(
            x,
            g.y,
            fit(
                tr(lg, f"Signed for {who_}", f"Für {who_}", f"Pour {who_}"), s.bold, s.size - 1, sw
            ),
            s.bold,
            s.size - 1,
        )
        sign_line(
            g.page,
            s,
            x,
            g.y + 46,
            sw,
            tr(
                lg,
                "Signature, name, position",
                "Unterschrift, Name, Funktion",
                "Signature, nom, qualité",
            ),
            name,
        )
        g.page.text(x, g.y + 76, tr(lg, "Date:", "Datum:", "Date :"), s.font, s.size - 1)
        if name:
            hand(g.page, x + 40, g.y + 76, short(d + timedelta(days=j * rng.randint(0, 9)), lg), 9)
    if rng.random() < 0.5:
        stamp(g.page, m + sw + 60, g.y + 100, [yh.name.split()[0].upper(), yh.town])
    pages += g.pages
    received(rng, pages[0], d, 0.3)
    remember(d)
    return close(pages, s, h)


# ---------------------------------------------------------------------------------------------
# Templates JJJ: waste paperwork: consignment notes and Annex VII documents
# ---------------------------------------------------------------------------------------------

HAZ_WASTES = [
    (
        "16 06 01*",
        "Lead-acid batteries",
        "Bleibatterien",
        "Accumulateurs au plomb",
        "UN 2794",
        "HP8, HP6",
        "kg",
    ),
    ("16 01 07*", "Oil filters", "Ölfilter", "Filtres à huile", "UN 3077", "HP14", "kg"),
    (
        "13 05 07*",
        "Oily water from interceptor",
        "Öl-Wasser-Gemisch aus Abscheider",
        "Eaux huileuses de séparateur",
        "UN 1993",
        "HP3, HP14",
        "l",
    ),
    (
        "16 02 11*",
        "Fridges containing CFCs",
        "FCKW-haltige Kühlgeräte",
        "Réfrigérateurs contenant des CFC",
        "-",
        "HP14",
        "units",
    ),
    ("13 02 08*", "Waste engine oil", "Altöl", "Huiles moteur usagées", "-", "HP14", "l"),
]


def unit_of(unit: str, lang: str) -> str:
    return {"units": tr(lang, "units", "Stück", "unités")}.get(unit, unit)


def tpl_hazardous_consignment(rng: random.Random, who: Issuer) -> list[Page]:
    """The consignment note for a collection of hazardous waste from the yard, as the
    consignee returns it: the English note with parts A-E, the German Begleitschein or the
    French BSDD (Cerfa 12571), with the codes, quantities, carrier and signatures; now and then
    a continuation sheet for further wastes."""
    h = head_of(who, "hazwaste")
    lg = h.lang
    yh = yard_head()
    s = style_of(h, A4, margin=36, pt=8)
    w, hh = s.page_size
    m = s.margin
    d = some_day(rng)
    wastes = rng.sample(HAZ_WASTES, rng.choice([1, 1, 2, 3, 5]))
    code = (
        f"{yh.name.split()[0][:6].upper()}/{serial(rng, 'AAA99')}"
        if lg == "en"
        else serial(rng, "9999999999999")
    )
    p = Page(A4)
    y = m
    title = tr(
        lg,
        "HAZARDOUS WASTE CONSIGNMENT NOTE",
        "BEGLEITSCHEIN",
        "BORDEREAU DE SUIVI DES DÉCHETS DANGEREUX",
    )
    p.text(m, y, title, "Helvetica-Bold", 13)
    sub = tr(
        lg,
        "Hazardous Waste (England and Wales) Regulations 2005",
        "Nachweisverordnung (NachwV) - Ausdruck aus dem eANV",
        "Cerfa n° 12571*01 - article R. 541-45 du code de l'environnement",
    )
    p.text(m, y + 12, sub, "Helvetica", 7)
    p.text(
        w - m,
        y,
        f"{tr(lg, 'Consignment note code', 'Begleitschein-Nr.', 'Bordereau n°')}: {code}",
        "Helvetica-Bold",
        8.5,
        "right",
    )
    y += 28
    lab = lambda en, de, fr: tr(lg, en, de, fr)  # noqa: E731
    secs = [
        (
            lab(
                "PART A  Notification details",
                "1. Abfallerzeuger",
                "Cadre 1 - Émetteur du bordereau",
            ),
            [
                (
                    lab(
                        "Premises where waste was removed from",
                        "Erzeuger / Anfallstelle",
                        "Raison sociale, adresse",
                    ),
                    f"{yh.name}, {yh.street}, {yh.town}",
                ),
                (
                    lab("Premises code", "Erzeugernummer", "N° SIRET"),
                    {
                        "en": serial(rng, "AAAAA9"),
                        "de": serial(rng, "E99999999"),
                        "fr": serial(rng, "999 999 999 99999"),
                    }[lg],
                ),
            ],
        ),
        (
            lab("PART B  Description of the waste", "2. Abfall", "Cadres 3-6 - Déchet"),
            [
                (
                    lab("Process giving rise to the waste", "Herkunft", "Origine"),
                    lab(
                        "Scrap metal / ELV depollution",
                        "Schrottplatz / Demontage",
                        "Dépollution VHU / tri métaux",
                    ),
                ),
                (lab("SIC code", "AVV-Schlüssel", "Code déchet"), f"38.32  {wastes[0][0]}"),
            ],
        ),
    ]
    for title_, items in secs:
        y = band(p, s, y, title_) + 6
        y = fields(p, s, m, y, w - 2 * m, items, per=2, tall=22, hand=False)
    cols = columns(
        m,
        w - m,
        [(1, "left"), (3, "left"), (1.2, "right"), (0.4, "left"), (1.1, "left"), (1, "left")],
    )
    hd = [
        lab("EWC code", "Abfallschl.", "Code"),
        lab("Description", "Bezeichnung", "Dénomination"),
        lab("Quantity", "Menge", "Quantité"),
        "",
        lab("UN no.", "UN-Nr.", "N° ONU"),
        lab("Hazard codes", "HP", "Propriétés"),
    ]
    for c, t in zip(cols, hd, strict=True):
        cell_text(p, c, y, t, s.bold, 7.5)
    p.line(m, y + 4, w - m, y + 4)
    y += 14
    for wst in wastes[:2]:
        q = rng.randint(300, 2400) if wst[6] != "units" else rng.randint(4, 30)
        for c, t in zip(
            cols,
            [wst[0], tr(lg, wst[1], wst[2], wst[3]), str(q), unit_of(wst[6], lg), wst[4], wst[5]],
            strict=True,
        ):
            cell_text(p, c, y, t, HAND if rng.random() < 0.3 else s.font, 8)
        y += 14
    if len(wastes) > 2:
        p.text(
            m,
            y,
            lab(
                "Further wastes: see continuation sheet",
                "Weitere Abfälle: siehe Fortsetzungsblatt",
                "Autres déchets : voir annexe",
            ),
            italic_of(s.font),
            7.5,
        )
        y += 12
    carrier = head_of(who, "haulier")
    more = [
        (
            lab(
                "PART C  Carrier's certificate",
                "3. Beförderer",
                "Cadre 8 - Collecteur-transporteur",
            ),
            [
                (
                    lab("Carrier name", "Beförderer", "Transporteur"),
                    carrier.name if rng.random() < 0.5 else h.name,
                ),
                (
                    lab("Carrier registration no.", "Beförderernummer", "Récépissé n°"),
                    serial(rng, "CBDU99999") if lg == "en" else serial(rng, "B99999999"),
                ),
                (lab("Vehicle reg", "Kennzeichen", "Immatriculation"), plate(rng, lg)),
                (lab("Date of removal", "Übernahmedatum", "Date de prise en charge"), short(d, lg)),
            ],
        ),
        (
            lab(
                "PART D  Consignor's certificate",
                "4. Erzeuger - Bestätigung",
                "Cadre 9 - Déclaration de l'émetteur",
            ),
            [
                (lab("Name", "Name", "Nom"), staff(yh, "clerk")),
                (lab("On behalf of", "für", "Pour le compte de"), yh.name),
            ],
        ),
        (
            lab(
                "PART E  Consignee's certificate",
                "5. Entsorger - Annahme",
                "Cadres 10-11 - Installation de destination",
            ),
            [
                (
                    lab("Consignee / site", "Entsorgungsanlage", "Installation"),
                    f"{h.name}, {h.town}",
                ),
                (
                    lab("Permit no.", "Entsorgernummer", "N° d'autorisation"),
                    serial(rng, "EPR/AA9999AA") if lg == "en" else serial(rng, "H99999999"),
                ),
                (
                    lab("Quantity received", "Angenommene Menge", "Quantité reçue"),
                    kg(rng.randint(300, 2400), lg) + " kg",
                ),
                (
                    lab("Waste management operation", "Entsorgungsverfahren", "Code de traitement"),
                    rng.choice(["R4", "R13", "R9", "D9"]),
                ),
            ],
        ),
    ]
    declare = [
        lab(
            "I certify that I today collected the consignment and that the details in A and B "
            "are correct and I have been advised of any specific handling requirements.",
            "Der Beförderer bestätigt die Übernahme der oben bezeichneten Abfälle.",
            "Je soussigné certifie avoir pris en charge le déchet décrit ci-dessus.",
        ),
        lab(
            "I certify that the information in A, B and C has been completed and is correct, "
            "that the carrier is registered or exempt and was advised of the appropriate "
            "precautionary measures.",
            "Der Erzeuger versichert die Richtigkeit der Angaben zu Herkunft und Art der Abfälle.",
            "Je soussigné certifie que les renseignements portés dans les cadres ci-dessus sont "
            "exacts et de bonne foi.",
        ),
        lab(
            "I received this waste at the address given in A4 on the date below.",
            "Der Entsorger bestätigt die Annahme der Abfälle zur Entsorgung.",
            "Je soussigné certifie que le déchet a été reçu et accepté dans l'installation.",
        ),
    ]
    for k, (title_, items) in enumerate(more):
        y = band(p, s, y, title_) + 6
        y = fields(p, s, m, y, w - 2 * m, items, per=2, tall=22, hand=True)
        y = text_block(p, s, m, y - 2, w - 2 * m, declare[k], 6.5)
        if y > hh - 80:
            break
    sign_line(
        p,
        s,
        m,
        min(y + 24, hh - 40),
        150,
        lab("Signature (consignee)", "Unterschrift Entsorger", "Signature"),
        staff(h, "site"),
    )
    stamp(
        p,
        w - m - 170,
        min(y, hh - 90),
        [
            h.name.split()[0].upper(),
            tr(lg, "RECEIVED", "ANGENOMMEN", "REÇU"),
            short(d + timedelta(days=rng.randint(0, 3)), lg),
        ],
    )
    pages = [p]
    if len(wastes) > 2:
        q = Page(A4)
        q.text(
            m,
            m,
            lab("CONTINUATION SHEET", "FORTSETZUNGSBLATT", "ANNEXE AU BORDEREAU"),
            "Helvetica-Bold",
            12,
        )
        q.text(w - m, m, code, "Helvetica", 8, "right")
        yy = m + 24.0
        for c, t in zip(cols, hd, strict=True):
            cell_text(q, c, yy, t, s.bold, 7.5)
        q.line(m, yy + 4, w - m, yy + 4)
        yy += 14
        for wst in wastes[2:]:
            qv = rng.randint(100, 900)
            for c, t in zip(
                cols,
                [
                    wst[0],
                    tr(lg, wst[1], wst[2], wst[3]),
                    str(qv),
                    unit_of(wst[6], lg),
                    wst[4],
                    wst[5],
                ],
                strict=True,
            ):
                cell_text(q, c, yy, t, s.font, 8)
            yy += 14
        for k in range(10):
            q.line(m, yy + k * 16, w - m, yy + k * 16)
        sign_line(
            q, s, m, yy + 200, 150, lab("Consignor", "Erzeuger", "Émetteur"), staff(yh, "clerk")
        )
        pages.append(q)
    remember(d)
    return pages


ANNEX_BOXES = {
    "en": [
        "Person who arranges the shipment",
        "Importer/consignee",
        "Actual quantity",
        "Actual date of shipment",
        "First carrier",
        "Waste generator",
        "Recovery facility",
        "Recovery operation",
        "Usual description of the waste",
        "Waste identification",
        "Countries/States concerned",
        "Declaration of the person who arranges the shipment",
        "Signature upon receipt of the waste by the consignee",
        "To be completed by the recovery facility",
    ],
    "de": [
        "Person, die die Verbringung veranlasst",
        "Empfänger",
        "Tatsächliche Menge",
        "Tatsächliches Datum der Verbringung",
        "Erster Transporteur",
        "Abfallerzeuger",
        "Verwertungsanlage",
        "Verwertungsverfahren",
        "Übliche Bezeichnung des Abfalls",
        "Abfallidentifizierung",
        "Betroffene Staaten",
        "Erklärung der Person, die die Verbringung veranlasst",
        "Unterschrift des Empfängers bei Übernahme",
        "Von der Verwertungsanlage auszufüllen",
    ],
    "fr": [
        "Personne qui organise le transfert",
        "Importateur/destinataire",
        "Quantité réelle",
        "Date effective du transfert",
        "Premier transporteur",
        "Producteur des déchets",
        "Installation de valorisation",
        "Opération de valorisation",
        "Dénomination usuelle des déchets",
        "Identification des déchets",
        "Pays/États concernés",
        "Déclaration de la personne qui organise le transfert",
        "Signature du destinataire à la réception",
        "À remplir par l'installation de valorisation",
    ],
}
MILLS = [
    ("Celik Metal Sanayi A.S.", "Aliaga, Izmir, Türkiye", "TR"),
    ("Acería del Cantábrico S.A.", "Santander, España", "ES"),
    ("Hoogovens Schrootverwerking B.V.", "IJmuiden, Nederland", "NL"),
    ("Huta Stali Wisła S.A.", "Kraków, Polska", "PL"),
    ("Acciaierie Padane S.p.A.", "Brescia, Italia", "IT"),
    ("Métallerie de l'Escaut S.A.", "Charleroi, Belgique", "BE"),
]


def tpl_annex_vii(rng: random.Random, who: Issuer) -> list[Page]:
    """The Annex VII document of a shipment of green-listed scrap sent abroad, from the broker
    who arranges it (often of another country, in its language): the fourteen boxes, the
    signatures, the consignee's receipt; sometimes behind the broker's covering letter."""
    h = head_of(who, "broker", abroad=0.55)
    lg = h.lang
    r = keyed(who, "annex")
    yh = yard_head()
    s = style_of(h, A4, margin=34, pt=7.5)
    w, hh = s.page_size
    m = s.margin
    d = some_day(rng)
    mill = r.choice(MILLS)
    k = r.choice([0, 1, 2, 4, 5, 8, 10])
    qty = round(rng.uniform(18, 26), 3) if GRADES[k][5] else round(rng.uniform(8, 22), 3)
    cont = serial(rng, "AAAU9999999")
    pages: list[Page] = []
    if rng.random() < 0.4:
        s2 = style_of(h, A4)
        f = sheets(s2, h)
        recipient(
            f,
            s2,
            h,
            yard_lines(),
            d,
            [(tr(lg, "Contract", "Kontrakt", "Contrat"), serial(r, "EX-9999/99"))],
        )
        f.page.text(
            s2.margin,
            f.y,
            tr(
                lg,
                f"Shipment {cont} - Annex VII",
                f"Verbringung {cont} - Anhang VII",
                f"Transfert {cont} - Annexe VII",
            ),
            s2.bold,
            s2.size + 1,
        )
        f.y += 22
        write(f, s2, dear(lg, None))
        write(
            f,
            s2,
            tr(
                lg,
                "Please find enclosed the Annex VII document for the above container. Kindly "
                "sign box 6 as waste generator and return a scan by email; the original travels "
                "with the container.",
                "anbei erhalten Sie das Begleitdokument nach Anhang VII zum o. g. Container. "
                "Bitte unterschreiben Sie Feld 6 als Abfallerzeuger und senden Sie uns einen "
                "Scan zurück.",
                "Veuillez trouver ci-joint le document Annexe VII du conteneur ci-dessus. Merci "
                "de signer la case 6 en qualité de producteur et de nous en retourner une copie.",
            ),
        )
        regards(f, s2, lg, staff(h, "trader"), tr(lg, "Logistics", "Disposition", "Logistique"))
        pages += close(f.pages, s2, h)
    p = Page(A4)
    y = m + 4
    top = tr(lg, "ANNEX VII", "ANHANG VII", "ANNEXE VII")
    p.text(w / 2, y, top, "Helvetica-Bold", 11, "center")
    y += 12
    sub = tr(
        lg,
        "INFORMATION ACCOMPANYING SHIPMENTS OF WASTE AS REFERRED TO IN ARTICLE 3(2) AND (4)",
        "INFORMATIONEN ZUR BEGLEITUNG VON VERBRINGUNGEN VON ABFÄLLEN GEMÄSS ARTIKEL 3 ABSÄTZE 2 "
        "UND 4",
        "INFORMATIONS ACCOMPAGNANT LES TRANSFERTS DE DÉCHETS VISÉS À L'ARTICLE 3, PARAGRAPHES 2 "
        "ET 4",
    )
    for ln in wrap(sub, "Helvetica-Bold", 8, w - 2 * m):
        p.text(w / 2, y, ln, "Helvetica-Bold", 8, "center")
        y += 10
    p.text(
        w / 2,
        y,
        tr(
            lg,
            "Consignment information (1)",
            "Informationen zur Sendung (1)",
            "Informations relatives à l'envoi (1)",
        ),
        "Helvetica",
        7,
        "center",
    )
    y += 8
    boxes = ANNEX_BOXES[lg]
    vals = [
        f"{h.name}, {h.street}, {h.town}",
        f"{mill[0]}, {mill[1]}",
        f"{tr(lg, 'Tonnes (Mg)', 'Tonnen (Mg)', 'Tonnes (Mg)')}: {tonnes(qty, lg)}",
        short(d, lg),
        f"{head_of(who, 'haulier').name} - {plate(rng, home())}",
        f"{yh.name}, {yh.street}, {yh.town}",
        f"{mill[0]}, {mill[1]}",
        "R4",
        f"{grade(k, lg)} - {tr(lg, 'container', 'Container', 'conteneur')} {cont}",
        f"Basel Annex IX: B1010   EU: {'17 04 05' if GRADES[k][5] else '17 04 01'}   OECD: GC010",
        f"{tr(lg, 'Export', 'Ausfuhr', 'Expédition')}: "
        f"{home().upper() if home() != 'en' else 'GB'}  -  "
        f"{tr(lg, 'Import', 'Einfuhr', 'Importation')}: {mill[2]}",
    ]
    bw = (w - 2 * m) / 2
    tall = 46.0
    for j in range(11):
        x = m + (j % 2) * bw if j not in (8, 9, 10) else m
        width = bw if j not in (8, 9, 10) else w - 2 * m
        yy = y
        p.rect(x, yy, width, tall)
        p.text(
            x + 3,
            yy + 8,
            fit(f"{j + 1}. {boxes[j]}", "Helvetica-Bold", 6.5, width - 6),
            "Helvetica-Bold",
            6.5,
        )
        for li, ln in enumerate(wrap(vals[j], s.font, 7.5, width - 10)[:3]):
            p.text(x + 5, yy + 20 + li * 9, ln, s.font, 7.5)
        if j in (8, 9, 10) or j % 2 == 1:
            y += tall
    for j in (11, 12, 13):
        p.rect(m, y, w - 2 * m, 62)
        p.text(
            m + 3,
            y + 8,
            fit(f"{j + 1}. {boxes[j]}", "Helvetica-Bold", 6.5, w - 2 * m - 6),
            "Helvetica-Bold",
            6.5,
        )
        if j == 11:
            p.text(
                m + 5,
                y + 20,
                fit(
                    tr(
                        lg,
                        "I certify that the above information is complete and correct to my best "
                        "knowledge.",
                        "Ich erkläre, dass die obigen Angaben nach meinem besten Wissen "
                        "vollständig und richtig sind.",
                        "Je certifie que les informations ci-dessus sont complètes et exactes à "
                        "ma connaissance.",
                    ),
                    s.font,
                    7,
                    w - 2 * m - 10,
                ),
                s.font,
                7,
            )
            scrawl(p, m + 20, y + 50, staff(h, "trader"), 11)
            p.text(
                m + 250, y + 48, f"{tr(lg, 'Date', 'Datum', 'Date')}: {short(d, lg)}", s.font, 7.5
            )
        elif j == 12 and rng.random() < 0.6:
            scrawl(p, m + 20, y + 48, person(rng, "en"), 11)
            p.text(
                m + 250,
                y + 48,
                f"{tr(lg, 'Date', 'Datum', 'Date')}: "
                f"{short(d + timedelta(days=rng.randint(5, 20)), lg)}",
                HAND,
                8,
            )
        y += 62
    notes = tr(
        lg,
        "(1) Information accompanying shipments of green-listed waste and destined for recovery "
        "or waste destined for laboratory analysis pursuant to Regulation (EC) No 1013/2006.",
        "(1) Informationen zur Begleitung von Verbringungen von Abfällen der grünen Liste, die "
        "zur Verwertung bestimmt sind, gemäß Verordnung (EG) Nr. 1013/2006.",
        "(1) Informations accompagnant les transferts de déchets de la liste verte destinés à la "
        "valorisation conformément au règlement (CE) n° 1013/2006.",
    )
    for ln in wrap(notes, "Helvetica", 6, w - 2 * m):
        if y > hh - 20:
            break
        y += 8
        p.text(m, y, ln, "Helvetica", 6)
    pages.append(p)
    received(rng, pages[0], d, 0.25)
    remember(d)
    return pages


# ---------------------------------------------------------------------------------------------
# Templates JJJ: the regulator, the council and the prefecture
# ---------------------------------------------------------------------------------------------

CONDITIONS = {
    "en": [
        "1.1.1 Management system",
        "2.3.1 Permitted activities",
        "2.3.4 Waste storage limits",
        "2.3.6 Fire prevention plan",
        "3.1.1 Emissions to water",
        "3.2.1 Fugitive emissions",
        "3.4.1 Noise and vibration",
        "4.1.1 Monitoring",
        "4.2.1 Records",
        "2.4.1 Improvement programme",
    ],
    "de": [
        "Nr. 1.2 Betriebstagebuch",
        "Nr. 2.1 Zulässige Abfallarten",
        "Nr. 2.4 Lagermengen",
        "Nr. 3.1 Brandschutz",
        "Nr. 4.2 Niederschlagswasser",
        "Nr. 4.5 Staubemissionen",
        "Nr. 5.1 Lärm",
        "Nr. 6.3 Eigenkontrolle",
        "Nr. 7.1 Anzeigepflichten",
        "Nr. 2.7 Flächenbefestigung",
    ],
    "fr": [
        "Art. 2.1 Organisation de l'exploitation",
        "Art. 3.2 Déchets admis",
        "Art. 3.5 Quantités stockées",
        "Art. 4.1 Défense incendie",
        "Art. 5.2 Eaux pluviales",
        "Art. 5.4 Envols de poussières",
        "Art. 6.1 Bruit",
        "Art. 7.3 Autosurveillance",
        "Art. 8.1 Registre des déchets",
        "Art. 3.8 Zone VHU étanche",
    ],
}
CCS = {
    "en": ["C1", "C2", "C3", "C4", "-", "-", "-"],
    "de": ["geringfügig", "erheblich", "keine Mängel", "keine Mängel", "keine Mängel"],
    "fr": ["Non-conformité", "Écart mineur", "Conforme", "Conforme", "Conforme", "Observation"],
}


def tpl_permit_inspection(rng: random.Random, who: Issuer) -> list[Page]:
    """The regulator's report of a site inspection: the covering letter, the report pages
    (summary, what was inspected, observations) and the findings table on a landscape page
    (Compliance Assessment Report, Überwachungsbericht, rapport de l'inspection)."""
    h = authority("regulator")
    lg = h.lang
    s = style_of(h, A4)
    w, _ = s.page_size
    m = s.margin
    d = some_day(rng)
    visit = d - timedelta(days=rng.randint(7, 30))
    officer = staff(h, "officer")
    permit = tr(
        lg,
        serial(rng, "EPR/AA9999AA"),
        f"Az. 52.{rng.randint(10, 99)}-{rng.randint(1000, 9999)}/{month().year}",
        f"S3IC n° {rng.randint(100, 999)}.{rng.randint(10000, 99999)}",
    )
    report_no = tr(
        lg,
        serial(rng, "AA9999AA/0999999"),
        f"ÜB-{month().year}-{rng.randint(100, 999)}",
        f"Réf. {serial(rng, 'AA/AAA/99-999')}",
    )
    yh = yard_head()
    f = sheets(s, h)
    recipient(
        f,
        s,
        h,
        yard_lines(tr(lg, "The Permit Holder", "Der Betreiber", "L'exploitant")),
        d,
        [
            (tr(lg, "Our ref", "Aktenzeichen", "Nos réf."), permit),
            (tr(lg, "Officer", "Bearbeiter/in", "Inspecteur"), officer),
        ],
    )
    subj = tr(
        lg,
        f"Compliance assessment - site inspection on {short(visit, lg)}",
        f"Umweltinspektion nach § 52a BImSchG am {short(visit, lg)}",
        f"Inspection des installations classées du {short(visit, lg)}",
    )
    f.page.text(m, f.y, fit(subj, s.bold, s.size + 0.5, w - 2 * m), s.bold, s.size + 0.5)
    f.y += 20
    write(f, s, dear(lg, None))
    write(
        f,
        s,
        tr(
            lg,
            f"Thank you for your time during my visit to {yh.name}. I enclose my Compliance "
            "Assessment Report. Please read it carefully and carry out the actions within the "
            "dates given.",
            "für die Unterstützung bei der Vor-Ort-Besichtigung Ihrer Anlage danke ich Ihnen. "
            "Anbei erhalten Sie den Überwachungsbericht. Die festgestellten Mängel sind "
            "innerhalb der genannten Fristen zu beseitigen.",
            "Je vous prie de trouver ci-joint le rapport de l'inspection de votre établissement. "
            "Je vous demande de mettre en oeuvre les actions correctives dans les délais "
            "indiqués.",
        ),
    )
    write(f, s, prose(rng, lg, "permit", 1, 3))
    write(
        f,
        s,
        tr(
            lg,
            "This report will be placed on the public register.",
            "Der Bericht wird gemäß § 52a Abs. 5 BImSchG im Internet veröffentlicht.",
            "Une synthèse de ce rapport sera rendue publique sur le site Géorisques.",
        ),
    )
    regards(
        f,
        s,
        lg,
        officer,
        tr(
            lg,
            "Environment Officer",
            "Sachgebiet Immissionsschutz",
            "Inspecteur de l'environnement",
        ),
    )
    cover = close(f.pages, s, h, numbers="none")
    title = tr(
        lg,
        "Compliance Assessment Report",
        "Überwachungsbericht",
        "Rapport de l'inspection des installations classées",
    )
    g = sheets(s, h, f"{title} - {report_no}")
    caption(g, s, title, 4)
    y = fields(
        g.page,
        s,
        m,
        g.y,
        w - 2 * m,
        [
            (tr(lg, "Site", "Anlage", "Établissement"), f"{yh.name}, {yh.town}"),
            (tr(lg, "Permit / reference", "Genehmigung / Az.", "Arrêté / code S3IC"), permit),
            (
                tr(lg, "Date of assessment", "Datum der Besichtigung", "Date de la visite"),
                short(visit, lg),
            ),
            (tr(lg, "Report number", "Bericht-Nr.", "N° du rapport"), report_no),
            (
                tr(lg, "Assessment type", "Anlass", "Type de visite"),
                rng.choice(
                    [
                        tr(
                            lg,
                            "Site inspection",
                            "Regelüberwachung",
                            "Visite d'inspection approfondie",
                        ),
                        tr(lg, "Complaint", "Anlassbezogen (Beschwerde)", "Visite sur plainte"),
                    ]
                ),
            ),
            (tr(lg, "Officer", "Inspektor/in", "Inspecteur"), officer),
        ],
        per=2,
        tall=24,
        hand=False,
    )
    g.y = y
    for sec in (
        tr(lg, "Summary", "Zusammenfassung", "Synthèse"),
        tr(lg, "Areas inspected", "Besichtigte Bereiche", "Points examinés"),
        tr(lg, "Observations", "Feststellungen", "Constats"),
    ):
        g.heading(m, sec, s.bold, s.size + 1)
        for _ in range(rng.randint(1, 5)):
            write(g, s, prose(rng, lg, "permit", 2, 5))
    rep = g.pages
    sl = paper(s, landscape(A4), margin=40)
    t = sheets(sl, h, f"{title} - {report_no}", top=False)
    t.y = 48
    caption(
        t,
        sl,
        tr(
            lg,
            "Detailed assessment of compliance",
            "Feststellungen und Anordnungen",
            "Tableau des constats et suites",
        ),
        1,
    )
    conds = rng.sample(CONDITIONS[lg], rng.randint(4, 9))
    rows = []
    for c in conds:
        sc = rng.choice(CCS[lg])
        act = (
            ""
            if sc in ("-", "keine Mängel", "Conforme")
            else words(rng, lg, "permit", rng.randint(6, 10))
        )
        rows.append(
            [
                c,
                words(rng, lg, "permit", rng.randint(5, 9)),
                sc,
                act,
                short(d + timedelta(days=rng.choice([14, 28, 60, 90])), lg) if act else "",
            ]
        )
    cols = columns(
        40,
        landscape(A4)[0] - 40,
        [(1.8, "left"), (3.2, "left"), (0.9, "left"), (3.2, "left"), (0.9, "left")],
    )
    table(
        t,
        cols,
        [
            tr(lg, "Condition", "Nebenbestimmung", "Prescription"),
            tr(lg, "Criteria / finding", "Feststellung", "Constat"),
            tr(lg, "Category", "Einstufung", "Suite"),
            tr(lg, "Action required", "Anordnung", "Action demandée"),
            tr(lg, "By", "Frist", "Délai"),
        ],
        rows,
        sl,
        size=8,
        rules=True,
        step=2.2,
    )
    t.y += 10
    write(
        t,
        sl,
        tr(
            lg,
            "Compliance categories: C1 major, C2 significant, C3 minor, C4 minimal impact. See "
            "the Compliance Classification Scheme.",
            "Einstufung der Mängel gemäß Umweltinspektionsprogramm des Landes.",
            "Suites proposées : mise en demeure, lettre de suite, observation.",
        ),
        7.5,
    )
    pages = cover + close(
        rep + t.pages,
        s,
        h,
        numbers=rng.choice(
            ["Page {i} of {n}", "Seite {i} von {n}" if lg == "de" else "{i}/{n}", h.numbers]
        ),
    )
    received(rng, pages[0], d, 0.4)
    remember(d, permit)
    return pages


def tpl_regulator_charge(rng: random.Random, who: Issuer) -> list[Page]:
    """The regulator's charge: the annual subsistence charge invoice, a Gebührenbescheid with
    the Rechtsbehelfsbelehrung on its second page, or a titre de perception with the notes on
    the back."""
    h = authority("regulator")
    lg = h.lang
    s = style_of(h, A4)
    w, _ = s.page_size
    m = s.margin
    d = last_day(rng, ("permit_inspection",), (10, 40))
    permit = extra_of(("permit_inspection",)) or tr(
        lg,
        serial(rng, "EPR/AA9999AA"),
        f"Az. 52.{rng.randint(10, 99)}-{rng.randint(1000, 9999)}",
        f"S3IC n° {rng.randint(100, 999)}.{rng.randint(10000, 99999)}",
    )
    inv = serial(rng, tr(lg, "99999999", "GB-99-9999", "TP 9999 999"))
    f = sheets(s, h, f"{h.name} - {inv}")
    recipient(
        f,
        s,
        h,
        yard_lines(),
        d,
        [
            (tr(lg, "Invoice number", "Kassenzeichen", "N° du titre"), inv),
            (tr(lg, "Customer number", "Az.", "Référence"), str(permit)),
        ],
    )
    caption(
        f,
        s,
        tr(lg, "INVOICE - Annual subsistence charge", "Gebührenbescheid", "Titre de perception"),
        3,
    )
    if lg == "de":
        write(
            f,
            s,
            f"für die Überwachung Ihrer Anlage am Standort {yard_head().street} setze ich hiermit "
            "nach dem Gebührengesetz und der Allgemeinen Verwaltungsgebührenordnung (Tarifstelle "
            f"15a.1.{rng.randint(1, 9)}) folgende Gebühr fest:",
        )
    cols = columns(m, w - m, [(4, "left"), (1.4, "left"), (1.2, "right")])
    rows = []
    net = 0.0
    items = [
        (
            tr(
                lg,
                "Annual subsistence charge - metal recycling site",
                "Verwaltungsgebühr Überwachung",
                "Frais d'inspection - contrôle périodique",
            ),
            rng.choice([1580.0, 2364.0, 3120.0, 845.0]),
        ),
    ]
    if rng.random() < 0.6:
        items.append(
            (
                tr(
                    lg,
                    "Compliance score band adjustment",
                    "Auslagen (Probenahme, Analytik)",
                    "Frais d'analyses",
                ),
                rng.choice([236.0, 420.0, 95.5]),
            )
        )
    for t_, v in items:
        net += v
        rows.append(
            [
                t_,
                tr(
                    lg,
                    f"{month().year}/{(month().year + 1) % 100}",
                    short(d, lg),
                    str(month().year),
                ),
                money(v, lg),
            ]
        )
    table(
        f,
        cols,
        [
            tr(lg, "Description", "Gegenstand", "Objet"),
            tr(lg, "Period", "Datum", "Exercice"),
            tr(lg, "Amount", "Betrag", "Montant"),
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
            f"Payment is due within 30 days. Pay online, by BACS quoting {inv}, or by cheque "
            "payable to 'Environment Agency'. No VAT is charged on this invoice.",
            f"Bitte überweisen Sie den Betrag bis zum {short(d + timedelta(days=30), lg)} unter "
            f"Angabe des Kassenzeichens {inv} an die Landeshauptkasse.",
            f"Somme à payer avant le {short(d + timedelta(days=45), lg)} auprès du comptable "
            f"public - paiement en ligne sur payfip.gouv.fr, référence {inv}.",
        ),
    )
    if lg == "en":
        f.need(120)
        slipy = f.y + 20
        f.page.line(m, slipy, w - m, slipy)
        f.page.text(m, slipy + 14, "REMITTANCE ADVICE - please return with your payment", s.bold, 8)
        pairs(
            f.page,
            s,
            m,
            slipy + 30,
            [("Invoice number", inv), ("Amount", cash(net, lg)), ("Customer", yard_head().name)],
            w / 2,
            8,
        )
    regards(
        f, s, lg, staff(h, "finance"), tr(lg, "Income team", "Im Auftrag", "Le comptable public")
    )
    pages = f.pages
    if lg in ("de", "fr") or rng.random() < 0.3:
        g = sheets(s, h, top=False)
        g.y = m
        caption(g, s, tr(lg, "Notes", "Rechtsbehelfsbelehrung", "Voies et délais de recours"), 1)
        write(
            g,
            s,
            tr(
                lg,
                "If you wish to query this charge, contact the income team within 28 days of the "
                "date of the invoice. " + prose(rng, lg, "money", 2, 3),
                "Gegen diesen Bescheid kann innerhalb eines Monats nach Bekanntgabe Klage beim "
                "Verwaltungsgericht erhoben werden. Die Klage ist schriftlich oder zur "
                "Niederschrift des Urkundsbeamten der Geschäftsstelle zu erheben. "
                + prose(rng, lg, "legal", 2, 3),
                "Dans un délai de deux mois suivant la notification du présent titre, vous "
                "pouvez contester l'existence de la créance, son montant ou son exigibilité "
                "auprès de l'ordonnateur. " + prose(rng, lg, "legal", 2, 3),
            ),
            s.size - 1,
        )
        write(g, s, prose(rng, lg, "money", 2, 4), s.size - 1)
        pages = pages + g.pages
    received(rng, pages[0], d, 0.5)
    remember(d)
    return close(pages, s, h, numbers="none")


def tpl_dealer_licence(rng: random.Random, who: Issuer) -> list[Page]:
    """The council's or the authority's licence letter: the English scrap metal dealer's site
    licence with the licence page to display; the German confirmation of the notification
    under § 53 KrWG with its conditions annex; the French prefectoral order (arrêté) with its
    articles and annex."""
    h = authority("council")
    lg = h.lang
    s = style_of(h, A4)
    w, hh = s.page_size
    m = s.margin
    d = some_day(rng)
    yh = yard_head()
    lic = tr(
        lg,
        f"SMD/{month().year}/{rng.randint(10, 999):03d}",
        f"{rng.randint(10, 99)}.{rng.randint(100, 999)}-{rng.randint(1000, 9999)}"
        f"/{month().year % 100}",
        f"n° {month().year}-{rng.randint(100, 999)}",
    )
    pages: list[Page] = []
    if lg == "fr":
        f = sheets(s, h, f"{h.name} - arrêté {lic}")
        f.y += 10
        for t in ("PRÉFET", "Liberté - Égalité - Fraternité"):
            f.page.text(
                w - m, f.y - 20, t, s.bold if t == "PRÉFET" else italic_of(s.font), 9, "right"
            )
            f.y += 12
        caption(f, s, f"Arrêté préfectoral {lic}", 2)
        write(
            f,
            s,
            "portant renouvellement de l'agrément pour l'exploitation d'un centre VHU - société "
            f"{yh.name} à {yh.town.split(' ', 1)[-1]}",
        )
        write(
            f,
            s,
            "Le préfet, Vu le code de l'environnement, notamment ses articles R. 543-153 à R. "
            "543-171 ; Vu la demande présentée par l'exploitant ; Vu le rapport de l'inspection "
            "des installations classées ; Sur proposition du secrétaire général de la préfecture,",
        )
        f.heading(m, "ARRÊTE", s.bold, s.size + 2)
        for k in range(1, rng.randint(5, 8)):
            f.heading(m, f"Article {k}", s.bold, s.size)
            write(f, s, prose(rng, lg, "permit", 1, 3))
        f.y += 10
        write(f, s, f"Fait à {h.town.split(' ', 1)[-1]}, le {day(h, d)}")
        regards(f, s, lg, staff(h, "sg"), "Pour le préfet et par délégation, le secrétaire général")
        pages += f.pages
        g = sheets(s, h, f"Annexe à l'arrêté {lic}", top=False)
        g.y = m
        caption(g, s, "Annexe - Cahier des charges de l'agrément VHU", 1)
        for k in range(1, rng.randint(6, 10)):
            write(g, s, f"{k}° " + prose(rng, lg, "permit", 1, 2), s.size - 0.5)
        pages += g.pages
    else:
        f = sheets(s, h)
        recipient(f, s, h, yard_lines(), d, [(tr(lg, "Licence no.", "Aktenzeichen", ""), lic)])
        subj = tr(
            lg,
            "Scrap Metal Dealers Act 2013 - grant of site licence",
            "Anzeige nach § 53 KrWG - Sammler, Beförderer, Händler von Abfällen - Bestätigung",
            "",
        )
        f.page.text(m, f.y, fit(subj, s.bold, s.size + 0.5, w - 2 * m), s.bold, s.size + 0.5)
        f.y += 20
        write(f, s, dear(lg, None))
        write(
            f,
            s,
            tr(
                lg,
                "Your application for a scrap metal dealer's site licence has been granted. The "
                f"licence is valid for three years from {day(h, d)}. The licence must be "
                "displayed in a prominent place at the site, and a copy of the licence must be "
                "displayed at each site named in it.",
                "wir bestätigen den Eingang Ihrer Anzeige vom "
                f"{short(d - timedelta(days=rng.randint(20, 60)), lg)} über die Tätigkeit als "
                "Sammler und Händler von Abfällen. Die Tätigkeit ist unter den in der Anlage "
                "genannten Nebenbestimmungen zulässig.",
                "",
            ),
        )
        write(f, s, prose(rng, lg, "permit", 1, 3))
        if lg == "en":
            write(
                f,
                s,
                "Please note that it is an offence to buy scrap metal for cash, and that you "
                "must keep records of all scrap metal received and disposed of for three years.",
            )
        regards(f, s, lg, staff(h, "officer"), tr(lg, "Licensing Officer", "Sachbearbeitung", ""))
        pages += f.pages
        if lg == "en":
            p = Page(A4)
            p.rect(36, 36, w - 72, hh - 72)
            p.rect(42, 42, w - 84, hh - 84)
            emblem(p, w / 2 - 11, 70)
            p.text(w / 2, 120, h.name.split(" - ")[0], "Times-Bold", 14, "center")
            p.text(w / 2, 160, "SCRAP METAL DEALERS ACT 2013", "Times-Bold", 12, "center")
            p.text(w / 2, 190, "SCRAP METAL DEALER'S LICENCE", "Times-Bold", 20, "center")
            p.text(w / 2, 212, "(SITE LICENCE)", "Times-Roman", 12, "center")
            yy = 270.0
            for a, b in [
                ("Licence number", lic),
                ("Name of licensee", yh.name),
                ("Site(s)", f"{yh.street}, {yh.town}"),
                ("Site manager", staff(yh, "manager")),
                ("Date of issue", day(h, d)),
                ("Date of expiry", day(h, d.replace(year=d.year + 3))),
                (
                    "Conditions",
                    rng.choice(["None", "Condition 1 (cheque payments only)", "See schedule"]),
                ),
            ]:
                p.text(90, yy, a, "Times-Bold", 11)
                p.text(250, yy, fit(b, "Times-Roman", 11, w - 300), "Times-Roman", 11)
                yy += 26
            p.text(
                w / 2,
                yy + 30,
                "This licence must be displayed in a prominent place in an area accessible to "
                "the public.",
                "Times-Italic",
                9,
                "center",
            )
            scrawl(p, 90, hh - 150, staff(h, "head"))
            p.line(90, hh - 146, 260, hh - 146)
            p.text(90, hh - 134, "Head of Licensing", "Times-Roman", 9)
            pages.append(p)
        else:
            g = sheets(s, h, f"Anlage zum Bescheid {lic}", top=False)
            g.y = m
            caption(g, s, "Anlage: Nebenbestimmungen", 1)
            for k in range(1, rng.randint(6, 11)):
                write(g, s, f"{k}. " + prose(rng, lg, "permit", 1, 2))
            pages += g.pages
    received(rng, pages[0], d, 0.4)
    remember(d)
    return close(pages, s, h, numbers="none" if lg == "en" else h.numbers)


# ---------------------------------------------------------------------------------------------
# Templates JJJ: container (skip) hire, plant hire, examinations and haulage
# ---------------------------------------------------------------------------------------------

CONTAINERS = {
    "en": [
        "8 yd skip",
        "12 yd skip",
        "16 yd enclosed skip",
        "20 yd RoRo",
        "40 yd RoRo",
        "Stillage 1.2 m",
    ],
    "de": [
        "Absetzmulde 7 m³",
        "Absetzmulde 10 m³",
        "Deckelmulde 10 m³",
        "Abrollcontainer 20 m³",
        "Abrollcontainer 36 m³",
        "Gitterbox",
    ],
    "fr": [
        "Benne 8 m³",
        "Benne 10 m³",
        "Benne fermée 12 m³",
        "Ampliroll 20 m³",
        "Ampliroll 30 m³",
        "Caisse palette",
    ],
}
CT_TERMS = {
    "en": [
        "Definitions",
        "Hire period",
        "Permits on the highway",
        "Permitted waste",
        "Prohibited items",
        "Overloading",
        "Damage and loss",
        "Charges and payment",
        "Title to scrap",
        "Liability",
        "Termination",
    ],
    "de": [
        "Geltungsbereich",
        "Mietdauer",
        "Aufstellung auf öffentlichem Grund",
        "Zulässige Abfälle",
        "Ausschlüsse",
        "Überladung",
        "Beschädigung",
        "Preise und Zahlung",
        "Eigentumsübergang",
        "Haftung",
        "Kündigung",
    ],
    "fr": [
        "Objet",
        "Durée de location",
        "Autorisation de voirie",
        "Déchets admis",
        "Déchets interdits",
        "Surcharge",
        "Dégradations",
        "Prix et paiement",
        "Transfert de propriété",
        "Responsabilité",
        "Résiliation",
    ],
}


def tpl_container_agreement(rng: random.Random, who: Issuer) -> list[Page]:
    """The yard's container hire and collection agreement with a trade customer, signed back:
    the parties, the site, the schedule of containers and charges; the terms on a page of small
    print; often the annual waste transfer note (duty of care, Übernahmeschein, bon
    d'enlèvement) as the last page."""
    h = yard_head()
    lg = h.lang
    c = customer_of(who)
    s = style_of(h, A4)
    w, _ = s.page_size
    m = s.margin
    d = some_day(rng)
    no = f"{tr(lg, 'CA', 'CV', 'CT')}-{month().year}-{rng.randint(10, 299):03d}"
    title = tr(
        lg,
        "CONTAINER HIRE & COLLECTION AGREEMENT",
        "CONTAINERDIENST - RAHMENVERTRAG",
        "CONTRAT DE LOCATION DE BENNES ET D'ENLÈVEMENT",
    )
    f = sheets(s, h, f"{title} {no}")
    caption(f, s, title, 2)
    f.page.text(w - m, f.y - 10, f"No. {no}", s.font, s.size, "right")
    y = fields(
        f.page,
        s,
        m,
        f.y,
        w - 2 * m,
        [
            (tr(lg, "Customer", "Auftraggeber", "Client"), c.name),
            (
                tr(lg, "Invoice address", "Rechnungsanschrift", "Adresse de facturation"),
                f"{c.street}, {c.town}",
            ),
            (
                tr(lg, "Site address", "Aufstellort", "Lieu de pose"),
                rng.choice(
                    [
                        f"{c.street}, {c.town}",
                        tr(lg, "Site: ", "Baustelle ", "Chantier ")
                        + rng.choice(["Albion St", "Kanalstraße 4", "ZAC des Prés"]),
                    ]
                ),
            ),
            (
                tr(lg, "Site contact / phone", "Ansprechpartner", "Contact sur site"),
                f"{person(rng, lg)} "
                f"{serial(rng, '07999 999999') if lg == 'en' else serial(rng, '0179 9999999')}",
            ),
            (tr(lg, "Start date", "Vertragsbeginn", "Date de début"), short(d, lg)),
            (tr(lg, "Account no.", "Kunden-Nr.", "N° client"), str(rng.randint(1000, 9999))),
        ],
        per=2,
        tall=25,
        hand=rng.random() < 0.5,
    )
    f.y = y
    f.page.text(
        m,
        f.y,
        tr(lg, "Schedule of containers and charges", "Leistungen und Preise", "Matériel et tarifs"),
        s.bold,
        s.size + 1,
    )
    f.y += 14
    cols = columns(
        m,
        w - m,
        [
            (2.2, "left"),
            (2.2, "left"),
            (0.5, "right"),
            (1.1, "right"),
            (1.1, "right"),
            (1.2, "right"),
        ],
    )
    rows = []
    for ct in rng.sample(CONTAINERS[lg], rng.randint(1, 3)):
        k = rng.choice([0, 1, 4, 6, 12, 13])
        rows.append(
            [
                ct,
                grade(k, lg)
                if rng.random() < 0.7
                else tr(lg, "General waste", "Gemischte Gewerbeabfälle", "DIB en mélange"),
                str(rng.randint(1, 3)),
                money(rng.choice([85, 95, 120, 145, 165]), lg),
                money(rng.choice([0, 5, 10, 15]), lg),
                tr(lg, "rebate", "Vergütung", "reprise")
                if GRADES[k][5] or k in (6, 12, 13)
                else money(rng.choice([95, 120, 160]), lg),
            ]
        )
    table(
        f,
        cols,
        [
            tr(lg, "Container", "Behälter", "Contenant"),
            tr(lg, "Material / waste", "Material / Abfall", "Matière"),
            tr(lg, "Qty", "Anz.", "Qté"),
            tr(lg, "Lift", "Leerung", "Rotation"),
            tr(lg, "Rent/wk", "Miete/Wo.", "Loc./sem."),
            tr(lg, "Per tonne", "je Tonne", "Par tonne"),
        ],
        rows,
        s,
        size=s.size - 1.5,
        rules=True,
    )
    f.y += 6
    write(
        f,
        s,
        tr(
            lg,
            "Scrap metal collected is bought at the yard's current price for the grade, less the "
            "lift charge, and settled monthly by bank transfer. Prices exclude VAT.",
            "Anfallender Schrott wird zum jeweiligen Tagespreis der Sorte vergütet und mit den "
            "Leerungen monatlich verrechnet. Alle Preise zzgl. USt.",
            "Les métaux enlevés sont repris au cours du jour de la qualité, déduction faite des "
            "rotations, et réglés mensuellement. Prix HT.",
        ),
        s.size - 1,
    )
    write(
        f,
        s,
        tr(
            lg,
            "The customer has read and accepts the conditions overleaf.",
            "Es gelten unsere umseitigen Geschäftsbedingungen.",
            "Le client reconnaît avoir pris connaissance des conditions générales au verso.",
        ),
        s.size - 1,
    )
    f.need(90)
    f.y += 30
    sw = (w - 2 * m - 30) / 2
    sign_line(
        f.page,
        s,
        m,
        f.y,
        sw,
        tr(
            lg,
            "For the customer (name, position)",
            "Auftraggeber (Name, Stempel)",
            "Pour le client (nom, cachet)",
        ),
        person(rng, lg) if rng.random() < 0.85 else "",
    )
    sign_line(
        f.page,
        s,
        m + sw + 30,
        f.y,
        sw,
        tr(lg, "For the yard", "Für den Auftragnehmer", "Pour la société"),
        staff(h, "manager"),
    )
    if rng.random() < 0.5:
        stamp(f.page, m + 20, f.y + 20, [c.name.split()[0].upper(), c.town])
    f.y += 30
    pages = list(f.pages)
    pages.append(
        small_print(
            rng,
            s,
            h,
            tr(
                lg,
                "Conditions of container hire",
                "Allgemeine Geschäftsbedingungen Containerdienst",
                "Conditions générales de location de bennes",
            ),
            CT_TERMS[lg],
        )
    )
    if rng.random() < 0.6:
        p = Page(A4)
        y = heading(p, s, h)
        t = tr(
            lg,
            "WASTE TRANSFER NOTE (ANNUAL / SEASON TICKET)",
            "ÜBERNAHMESCHEIN / RAHMENBESCHEINIGUNG",
            "BON D'ENLÈVEMENT ANNUEL - REGISTRE DES DÉCHETS",
        )
        p.text(m, y, t, s.bold, shrink(t, s.bold, 12, w - 2 * m))
        y += 8
        p.text(
            m,
            y + 6,
            fit(
                tr(
                    lg,
                    "Environmental Protection Act 1990 s.34 - Waste (England and Wales) "
                    "Regulations 2011",
                    "§ 49 KrWG - Register und Nachweise",
                    "Article R. 541-43 du code de l'environnement",
                ),
                s.font,
                7,
                w - 2 * m,
            ),
            s.font,
            7,
        )
        y += 16
        for sec, items in (
            (
                tr(lg, "Section A - Description of the waste", "A. Abfall", "A. Déchet"),
                [
                    (
                        tr(lg, "EWC code(s)", "AVV-Schlüssel", "Code(s) déchet"),
                        rng.choice(
                            ["17 04 05, 17 04 07", "12 01 01, 12 01 03", "17 04 11, 16 01 17"]
                        ),
                    ),
                    (
                        tr(lg, "Description", "Bezeichnung", "Désignation"),
                        tr(
                            lg,
                            "Mixed metals from fabrication / demolition",
                            "Metallabfälle aus Fertigung / Rückbau",
                            "Métaux en mélange issus de chantier",
                        ),
                    ),
                    (tr(lg, "Containment", "Behälter", "Contenant"), rows[0][0]),
                    (
                        tr(lg, "Period covered", "Zeitraum", "Période"),
                        f"{short(d, lg)} - "
                        f"{short(d.replace(year=d.year + 1) - timedelta(days=1), lg)}",
                    ),
                ],
            ),
            (
                tr(
                    lg,
                    "Section B - Current holder (transferor)",
                    "B. Abfallbesitzer",
                    "B. Producteur / détenteur",
                ),
                [
                    (tr(lg, "Name", "Name", "Nom"), c.name),
                    (tr(lg, "Address", "Anschrift", "Adresse"), f"{c.street}, {c.town}"),
                    (
                        tr(lg, "SIC code", "Branche", "Code NAF"),
                        rng.choice(["43.11", "25.11", "43.21"]),
                    ),
                    (
                        tr(lg, "Holder is", "Eigenschaft", "Qualité"),
                        tr(lg, "Producer of the waste", "Erzeuger", "Producteur"),
                    ),
                ],
            ),
            (
                tr(
                    lg,
                    "Section C - Person collecting (transferee)",
                    "C. Übernehmer",
                    "C. Collecteur",
                ),
                [
                    (tr(lg, "Name", "Name", "Nom"), h.name),
                    (
                        tr(lg, "Permit / carrier reg.", "Genehmigung / Anzeige", "Récépissé"),
                        serial(rng, "CBDU99999") if lg == "en" else serial(rng, "A99-99999"),
                    ),
                ],
            ),
        ):
            y = band(p, s, y, sec) + 6
            y = fields(p, s, m, y, w - 2 * m, items, per=2, tall=24, hand=False)
        y = band(p, s, y, tr(lg, "Section D - Transfer", "D. Übergabe", "D. Transfert")) + 22
        sw = (w - 2 * m - 30) / 2
        sign_line(
            p,
            s,
            m,
            y + 16,
            sw,
            tr(lg, "Transferor signature", "Unterschrift Übergeber", "Signature du producteur"),
            person(rng, lg) if rng.random() < 0.8 else "",
        )
        sign_line(
            p,
            s,
            m + sw + 30,
            y + 16,
            sw,
            tr(lg, "Transferee signature", "Unterschrift Übernehmer", "Signature du collecteur"),
            staff(h, "manager"),
        )
        pages.append(p)
    remember(d, (c.name, no))
    return close(pages, s, h, numbers="none")


def tpl_container_invoice(rng: random.Random, who: Issuer) -> list[Page]:
    """The yard's monthly invoice to a container hire customer: the lifts by date with the
    ticket, container and weight, the rent, the scrap credited at the grade price; the lift
    list running over pages for a busy site."""
    h = yard_head()
    lg = h.lang
    prev = extra_of(("container_agreement",))
    c = customer_of(who)
    s = style_of(h, A4)
    w, _ = s.page_size
    m = s.margin
    d = last_day(rng, ("container_agreement",), (20, 35))
    inv = f"{yard_keyed('inv').randint(1, 9)}{rng.randint(10000, 99999)}"
    title = tr(lg, "INVOICE", "RECHNUNG", "FACTURE")
    f = sheets(s, h, f"{h.name} - {title} {inv}")
    recipient(
        f,
        s,
        h,
        head_lines(c, tr(lg, "Accounts Payable", "Buchhaltung", "Service comptabilité")),
        d,
        [
            (tr(lg, "Invoice no.", "Rechnungs-Nr.", "Facture n°"), inv),
            (tr(lg, "Account", "Kunden-Nr.", "Client"), str(rng.randint(1000, 9999))),
            (
                tr(lg, "Agreement", "Vertrag", "Contrat"),
                str(prev[1])
                if isinstance(prev, tuple)
                else f"{tr(lg, 'CA', 'CV', 'CT')}-{month().year - 1}-{rng.randint(10, 299):03d}",
            ),
        ],
    )
    caption(
        f,
        s,
        f"{title} - {tr(lg, 'container service', 'Containerdienst', 'location de bennes')} "
        f"{MONTHS_OF(lg, d)}",
        2,
    )
    cols = columns(
        m,
        w - m,
        [(1, "left"), (1, "left"), (2, "left"), (2, "left"), (0.9, "right"), (1.1, "right")],
    )
    rows = []
    net = 0.0
    for _ in range(rng.choice([2, 4, 6, 9, 14, 24, 36])):
        dd = d - timedelta(days=rng.randint(2, 30))
        ct = rng.choice(CONTAINERS[lg])
        t = round(rng.uniform(0.4, 7.5), 2)
        lift = float(rng.choice([85, 95, 120, 145]))
        net += lift
        rows.append(
            (
                dd,
                [
                    short(dd, lg),
                    str(rng.randint(40000, 99999)),
                    ct,
                    tr(lg, "Exchange", "Tausch", "Échange")
                    if rng.random() < 0.7
                    else tr(lg, "Collect", "Abzug", "Enlèvement"),
                    tonnes(t, lg),
                    money(lift, lg),
                ],
            )
        )
    rows.sort(key=lambda x: x[0])
    table(
        f,
        cols,
        [
            tr(lg, "Date", "Datum", "Date"),
            tr(lg, "Ticket", "WS-Nr.", "Ticket"),
            tr(lg, "Container", "Behälter", "Benne"),
            tr(lg, "Service", "Leistung", "Prestation"),
            "t",
            tr(lg, "Charge", "Betrag", "Montant"),
        ],
        [r_[1] for r_ in rows],
        s,
        size=s.size - 1.5,
        step=1.5,
    )
    rent = rng.choice([0, 0, 40, 60, 90])
    if rent:
        f.y += 4
        f.page.text(
            m,
            f.y,
            tr(lg, "Container rent", "Behältermiete", "Location de bennes"),
            s.font,
            s.size - 1,
        )
        f.page.text(w - m, f.y, money(rent, lg), s.font, s.size - 1, "right")
        f.y += 14
        net += rent
    if rng.random() < 0.5:
        credit = round(rng.uniform(120, 1800), 2)
        f.page.text(
            m,
            f.y,
            tr(
                lg,
                "Less: scrap credited (see settlement)",
                "abzgl. Schrottvergütung lt. Abrechnung",
                "Moins : reprise métaux (voir relevé)",
            ),
            s.font,
            s.size - 1,
        )
        f.page.text(w - m, f.y, f"-{money(credit, lg)}", s.font, s.size - 1, "right")
        f.y += 14
        net = max(net - credit, 25.0)
    totals(f, s, lg, round(net, 2), vat_rate(lg))
    write(
        f,
        s,
        tr(
            lg,
            "Payment terms: 30 days from invoice date. Please quote the invoice number.",
            "Zahlbar innerhalb von 14 Tagen ohne Abzug.",
            "Paiement à 30 jours fin de mois. Pénalités de retard : 3 fois le taux d'intérêt "
            "légal ; indemnité forfaitaire de recouvrement 40 €.",
        ),
        s.size - 1.5,
    )
    remember(d)
    return close(f.pages, s, h)


def MONTHS_OF(lang: str, d: date) -> str:
    names = {
        "en": "January February March April May June July August September October November "
        "December",
        "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember",
        "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre "
        "décembre",
    }[lang].split()
    return f"{names[d.month - 1]} {d.year}"


MACHINES = [
    (
        "Material handler 22 t, orange-peel grab",
        "Umschlagbagger 22 t mit Polypgreifer",
        "Pelle de manutention 22 t, grappin polype",
        "Sennebogen 825 E",
        "6 t",
    ),
    (
        "Material handler 30 t with magnet",
        "Umschlagbagger 30 t mit Magnetanlage",
        "Pelle de manutention 30 t avec électro-aimant",
        "Liebherr LH 30 M",
        "8 t",
    ),
    (
        "Wheeled loading shovel 3.5 m³",
        "Radlader 3,5 m³",
        "Chargeuse sur pneus 3,5 m³",
        "Volvo L90H",
        "5 t",
    ),
    (
        "Telescopic handler 3.5 t / 9 m",
        "Teleskoplader 3,5 t / 9 m",
        "Chariot télescopique 3,5 t / 9 m",
        "JCB 535-95",
        "3.5 t",
    ),
    (
        "Forklift truck 3.0 t diesel",
        "Dieselstapler 3,0 t",
        "Chariot élévateur 3 t diesel",
        "Linde H30D",
        "3 t",
    ),
]
PLANT_TERMS = {
    "en": [
        "Definitions",
        "Hirer's responsibility",
        "Delivery and collection",
        "Hire period",
        "Breakdown",
        "Maintenance",
        "Insurance",
        "Damage waiver",
        "Payment",
        "Termination",
    ],
    "de": [
        "Geltungsbereich",
        "Übergabe",
        "Pflichten des Mieters",
        "Mietzeit",
        "Störungen",
        "Wartung",
        "Versicherung",
        "Haftungsbegrenzung",
        "Zahlung",
        "Rückgabe",
    ],
    "fr": [
        "Objet",
        "Mise à disposition",
        "Obligations du locataire",
        "Durée",
        "Pannes",
        "Entretien",
        "Assurance",
        "Renonciation à recours",
        "Paiement",
        "Restitution",
    ],
}


def tpl_plant_hire(rng: random.Random, who: Issuer) -> list[Page]:
    """A plant hire company's hire agreement for a machine at the yard (a material handler,
    a loading shovel, a telehandler): the hire details and rates, the insurance choice, the
    hire conditions on a page of small print and the on-hire inspection check sheet with
    ticks, hour meter and fuel level."""
    h = head_of(who, "plant")
    lg = h.lang
    s = style_of(h, A4)
    w, _ = s.page_size
    m = s.margin
    d = some_day(rng)
    mc = rng.choice(MACHINES)
    fleet = serial(rng, "A-9999")
    no = serial(rng, rng.choice(["HC999999", "MV-99-99999", "LOC99999"]))
    title = tr(lg, "HIRE AGREEMENT", "MIETVERTRAG", "CONTRAT DE LOCATION")
    f = sheets(s, h, f"{title} {no}")
    recipient(
        f,
        s,
        h,
        yard_lines(),
        d,
        [
            (tr(lg, "Contract no.", "Vertrags-Nr.", "Contrat n°"), no),
            (tr(lg, "Order no.", "Bestell-Nr.", "Bon de commande"), serial(rng, "PO 9999")),
        ],
    )
    caption(f, s, title, 3)
    machine = tr(lg, mc[0], mc[1], mc[2])
    y = fields(
        f.page,
        s,
        m,
        f.y,
        w - 2 * m,
        [
            (tr(lg, "Equipment", "Gerät", "Matériel"), machine),
            (tr(lg, "Make / model", "Hersteller / Typ", "Marque / modèle"), mc[3]),
            (tr(lg, "Fleet no.", "Inventar-Nr.", "N° de parc"), fleet),
            (tr(lg, "Serial no.", "Serien-Nr.", "N° de série"), serial(rng, "AAA99999A99")),
            (tr(lg, "On hire", "Mietbeginn", "Début de location"), short(d, lg)),
            (
                tr(lg, "Estimated off hire", "voraussichtl. Ende", "Fin prévue"),
                short(d + timedelta(days=rng.choice([14, 28, 56, 90])), lg),
            ),
            (
                tr(lg, "Delivery address", "Einsatzort", "Lieu d'utilisation"),
                f"{yard_head().street}, {yard_head().town}",
            ),
            (
                tr(lg, "Operated by", "Bedienung", "Conduite"),
                tr(
                    lg,
                    "Hirer's operator (self-drive)",
                    "Mieter (ohne Fahrer)",
                    "Locataire (sans chauffeur)",
                ),
            ),
        ],
        per=2,
        tall=25,
        hand=False,
    )
    f.y = y
    rate = rng.choice([850, 1100, 1450, 1900, 2350])
    cols = columns(m, w - m, [(4, "left"), (1, "right"), (1.2, "right")])
    rows = [
        [
            tr(
                lg,
                "Hire rate per week (5 days x 8 h)",
                "Mietpreis pro Woche (40 Betriebsstunden)",
                "Location hebdomadaire (5 j x 8 h)",
            ),
            tr(lg, "week", "Woche", "sem."),
            money(rate, lg),
        ],
        [
            tr(
                lg, "Delivery by low-loader", "Anlieferung Tieflader", "Transport aller porte-engin"
            ),
            "1",
            money(rng.choice([180, 240, 320]), lg),
        ],
        [
            tr(lg, "Collection by low-loader", "Abholung Tieflader", "Transport retour"),
            "1",
            money(rng.choice([180, 240, 320]), lg),
        ],
        [
            tr(lg, "Damage waiver 8%", "Haftungsbegrenzung 8 %", "Renonciation à recours 8 %"),
            "",
            money(rate * 0.08, lg),
        ],
    ]
    table(
        f,
        cols,
        [
            tr(lg, "Item", "Position", "Désignation"),
            tr(lg, "Unit", "Einheit", "Unité"),
            tr(lg, "Price", "Preis", "Prix HT"),
        ],
        rows,
        s,
        rules=True,
    )
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
                "Hirer's own insurance (certificate attached)",
                "Eigene Maschinenversicherung",
                "Assurance du locataire",
            ),
            tr(
                lg,
                "Damage waiver accepted",
                "Haftungsbegrenzung vereinbart",
                "Renonciation acceptée",
            ),
        ],
        {rng.randint(0, 1)},
    )
    write(
        f,
        s,
        tr(
            lg,
            "Hired under the CPA Model Conditions for the Hiring of Plant (2011) as printed "
            "overleaf. Excess hours charged pro rata. Fuel is the hirer's responsibility.",
            "Es gelten die umseitigen Mietbedingungen. Mehrstunden werden anteilig berechnet. "
            "Kraftstoff und tägliche Wartung gehen zu Lasten des Mieters.",
            "Location soumise aux conditions générales au verso. Heures supplémentaires "
            "facturées au prorata. Carburant à la charge du locataire.",
        ),
        s.size - 1,
    )
    f.need(70)
    f.y += 30
    sw = (w - 2 * m - 30) / 2
    sign_line(
        f.page,
        s,
        m,
        f.y,
        sw,
        tr(lg, "Signed for the hirer", "Mieter", "Le locataire"),
        staff(yard_head(), "manager"),
    )
    sign_line(
        f.page,
        s,
        m + sw + 30,
        f.y,
        sw,
        tr(lg, "Signed for the owner", "Vermieter", "Le loueur"),
        staff(h, "hire"),
    )
    pages = list(f.pages)
    pages.append(
        small_print(
            rng,
            s,
            h,
            tr(
                lg,
                "Conditions of hire",
                "Allgemeine Mietbedingungen",
                "Conditions générales de location",
            ),
            PLANT_TERMS[lg],
        )
    )
    if rng.random() < 0.7:
        p = Page(A4)
        y = heading(p, s, h)
        t = tr(
            lg,
            "ON-HIRE INSPECTION / HANDOVER CHECK",
            "ÜBERGABEPROTOKOLL",
            "ÉTAT DES LIEUX DE MISE À DISPOSITION",
        )
        p.text(m, y, t, s.bold, shrink(t, s.bold, 12, w - 2 * m))
        y += 10
        y = fields(
            p,
            s,
            m,
            y,
            w - 2 * m,
            [
                (tr(lg, "Fleet no.", "Inventar-Nr.", "N° de parc"), fleet),
                (
                    tr(lg, "Hour meter", "Betriebsstunden", "Compteur horaire"),
                    str(rng.randint(1200, 14000)),
                ),
                (
                    tr(lg, "Fuel level", "Tankinhalt", "Niveau carburant"),
                    rng.choice(["1/4", "1/2", "3/4", "F"]),
                ),
                (
                    tr(lg, "Date / time", "Datum / Uhrzeit", "Date / heure"),
                    f"{short(d, lg)} {rng.randint(7, 10)}:{rng.choice(['00', '15', '30'])}",
                ),
            ],
            per=4,
            tall=26,
        )
        checks = {
            "en": [
                "Tyres / tracks",
                "Hydraulic hoses",
                "Grab / attachment",
                "Lights and beacon",
                "Mirrors / camera",
                "Seat belt",
                "Fire extinguisher",
                "Operator manual",
                "Bodywork",
                "Glass",
                "Leaks",
                "Safe load indicator",
            ],
            "de": [
                "Bereifung",
                "Hydraulikschläuche",
                "Greifer / Anbaugerät",
                "Beleuchtung / Rundumleuchte",
                "Spiegel / Kamera",
                "Sicherheitsgurt",
                "Feuerlöscher",
                "Betriebsanleitung",
                "Karosserie",
                "Verglasung",
                "Undichtigkeiten",
                "Überlastwarnung",
            ],
            "fr": [
                "Pneumatiques",
                "Flexibles hydrauliques",
                "Grappin / équipement",
                "Éclairage / gyrophare",
                "Rétroviseurs / caméra",
                "Ceinture",
                "Extincteur",
                "Notice",
                "Carrosserie",
                "Vitrages",
                "Fuites",
                "Contrôleur d'état de charge",
            ],
        }[lg]
        cols2 = columns(m, w - m, [(3, "left"), (0.7, "center"), (0.7, "center"), (3, "left")])
        for c_, t_ in zip(
            cols2,
            [
                tr(lg, "Item", "Prüfpunkt", "Point"),
                "OK",
                tr(lg, "Defect", "Mangel", "Défaut"),
                tr(lg, "Remarks", "Bemerkung", "Observations"),
            ],
            strict=True,
        ):
            cell_text(p, c_, y, t_, s.bold, 8)
        y += 14
        for it in checks:
            bad = rng.random() < 0.12
            p.text(m, y, it, s.font, 8.5)
            for j, col in enumerate(cols2[1:3]):
                p.rect((col[0] + col[1]) / 2 - 4, y - 7, 8, 8)
                if (j == 1) == bad:
                    hand(p, (col[0] + col[1]) / 2 - 3, y, "x", 9)
            if bad:
                hand(
                    p,
                    cols2[3][0],
                    y,
                    rng.choice(
                        {
                            "en": ["scratch rear", "small weep", "chipped", "cracked lens"],
                            "de": ["Kratzer li.", "leicht feucht", "Delle hinten", "Glas gerissen"],
                            "fr": ["rayure arrière", "suintement", "fissure vitre", "éclat"],
                        }[lg]
                    ),
                    8.5,
                )
            p.line(m, y + 4, w - m, y + 4)
            y += 16
        sign_line(
            p,
            s,
            m,
            y + 40,
            180,
            tr(lg, "Delivered by (driver)", "Übergeben (Fahrer)", "Livré par"),
            person(rng, lg),
        )
        sign_line(
            p,
            s,
            w - m - 180,
            y + 40,
            180,
            tr(lg, "Received by (hirer)", "Übernommen (Mieter)", "Reçu par"),
            staff(yard_head(), "operator"),
        )
        pages.append(p)
    received(rng, pages[0], d, 0.25)
    remember(d, (mc, fleet))
    return close(pages, s, h, numbers="none")


LIFT_KIT = [
    (
        "Material handler with grab",
        "Umschlagmaschine mit Greifer",
        "Pelle de manutention avec grappin",
        "6.5 t",
    ),
    (
        "Lifting magnet 1,400 mm",
        "Lasthebemagnet 1400 mm",
        "Électro-aimant de levage 1400 mm",
        "4 t",
    ),
    (
        "Overhead travelling crane (baler bay)",
        "Brückenkran Presshalle",
        "Pont roulant (hall presse)",
        "10 t",
    ),
    ("Forklift truck", "Gabelstapler", "Chariot élévateur", "3 t"),
    ("Chain sling 4-leg", "Kettengehänge 4-strängig", "Élingue chaîne 4 brins", "8 t"),
    (
        "Skip loader lifting arms",
        "Absetzkipper Hubeinrichtung",
        "Bras de levage camion multibenne",
        "10 t",
    ),
]


KIT_MAKES = [
    ["Sennebogen", "Liebherr", "Fuchs"],
    ["Walker Magnetics", "Steinert", "Liebherr"],
    ["Demag", "Stahl", "Konecranes"],
    ["Linde", "Toyota", "Jungheinrich"],
    ["-", "Pewag", "Yoke"],
    ["Hyva", "Palfinger", "Hiab"],
]


def tpl_lifting_inspection(rng: random.Random, who: Issuer) -> list[Page]:
    """A report of thorough examination of a piece of lifting equipment at the yard (LOLER
    Schedule 1 report, Prüfbericht nach BetrSichV, rapport de vérification générale
    périodique): the employer, the equipment and its safe working load, the defects and the
    dates; often the checklist of the items examined on a second page."""
    h = head_of(who, "inspector")
    lg = h.lang
    r = keyed(who, "exam")
    s = style_of(h, A4, margin=44, pt=8.5)
    w, _ = s.page_size
    m = s.margin
    d = last_day(rng, ("plant_hire",), (1, 10))
    prev = extra_of(("plant_hire",))
    if isinstance(prev, tuple) and rng.random() < 0.8:
        mc = prev[0]
        kit = (
            tr(lg, mc[0], mc[1], mc[2]),
            mc[3],
            f"{tr(lg, 'SWL', 'Tragfähigkeit', 'CMU')} {mc[4]}",
            str(prev[1]),
        )
    else:
        k = rng.choice(LIFT_KIT)
        kit = (
            tr(lg, k[0], k[1], k[2]),
            rng.choice(KIT_MAKES[LIFT_KIT.index(k)]),
            f"{tr(lg, 'SWL', 'Tragfähigkeit', 'CMU')} {k[3]}",
            serial(rng, "AA-999"),
        )
    yh = yard_head()
    no = serial(rng, r.choice(["TE/999999", "PB-9999-99", "VGP 99-9999"]))
    p = Page(A4)
    y = heading(p, s, h)
    t = tr(
        lg,
        "REPORT OF THOROUGH EXAMINATION",
        "PRÜFBERICHT - Wiederkehrende Prüfung",
        "RAPPORT DE VÉRIFICATION GÉNÉRALE PÉRIODIQUE",
    )
    p.text(m, y, t, s.bold, shrink(t, s.bold, 13, w * 0.7 - m))
    p.text(w - m, y, f"No. {no}", s.bold, 9, "right")
    y += 12
    p.text(
        m,
        y,
        fit(
            tr(
                lg,
                "Lifting Operations and Lifting Equipment Regulations 1998 - Regulation 9(3), "
                "Schedule 1",
                "nach § 14 BetrSichV und DGUV Grundsatz 309-001 / DGUV Vorschrift 52",
                "Arrêté du 1er mars 2004 relatif aux vérifications des appareils et accessoires "
                "de levage",
            ),
            s.font,
            7,
            w - 2 * m,
        ),
        s.font,
        7,
    )
    y += 14
    y = (
        band(p, s, y, tr(lg, "1. Employer and premises", "1. Betreiber", "1. Chef d'établissement"))
        + 6
    )
    y = fields(
        p,
        s,
        m,
        y,
        w - 2 * m,
        [
            (tr(lg, "Name of employer", "Betreiber", "Entreprise"), yh.name),
            (tr(lg, "Address of premises", "Standort", "Adresse"), f"{yh.street}, {yh.town}"),
        ],
        per=2,
        tall=24,
        hand=False,
    )
    y = band(p, s, y, tr(lg, "2. Equipment", "2. Prüfgegenstand", "2. Appareil vérifié")) + 6
    y = fields(
        p,
        s,
        m,
        y,
        w - 2 * m,
        [
            (tr(lg, "Description", "Bezeichnung", "Désignation"), kit[0]),
            (tr(lg, "Make / model", "Hersteller / Typ", "Marque / type"), kit[1]),
            (tr(lg, "Identification no.", "Fabrik-/Inventar-Nr.", "N° d'identification"), kit[3]),
            (tr(lg, "Safe working load", "Tragfähigkeit", "Charge maximale d'utilisation"), kit[2]),
            (tr(lg, "Date of examination", "Prüfdatum", "Date de vérification"), short(d, lg)),
            (
                tr(lg, "Reason", "Prüfanlass", "Nature"),
                tr(
                    lg,
                    rng.choice(["Within 6 months", "Within 12 months", "After installation"]),
                    rng.choice(["Wiederkehrende Prüfung", "Prüfung nach Instandsetzung"]),
                    rng.choice(["VGP semestrielle", "Remise en service"]),
                ),
            ),
        ],
        per=2,
        tall=24,
        hand=False,
    )
    y = (
        band(p, s, y, tr(lg, "3. Defects", "3. Festgestellte Mängel", "3. Anomalies constatées"))
        + 14
    )
    defects = rng.random() < 0.45
    danger = defects and rng.random() < 0.25
    lines = [
        (
            tr(
                lg,
                "Defect which is or could become a danger to persons:",
                "Mängel, die eine Gefährdung darstellen:",
                "Anomalies présentant un danger :",
            ),
            words(rng, lg, "safety", 9) if danger else tr(lg, "None", "Keine", "Néant"),
        ),
        (
            tr(
                lg,
                "Defect to be remedied by (date):",
                "Zu beseitigen bis:",
                "À corriger avant le :",
            ),
            (
                words(rng, lg, "safety", 7)
                + " - "
                + short(d + timedelta(days=rng.choice([14, 28, 60])), lg)
            )
            if defects
            else tr(lg, "None", "Keine", "Néant"),
        ),
        (
            tr(lg, "Tests carried out:", "Durchgeführte Prüfungen:", "Essais réalisés :"),
            tr(
                lg,
                "Visual, functional, overload cut-out at rated load",
                "Sicht-, Funktions- und Belastungsprüfung",
                "Examen visuel, essai de fonctionnement, limiteur",
            ),
        ),
    ]
    for a, b in lines:
        p.text(m, y, a, s.bold, 8)
        y += 11
        for ln in wrap(b, HAND, 9, w - 2 * m - 10)[:2]:
            p.text(m + 8, y, ln, HAND, 9)
            y += 11
        y += 4
    y += 4
    ok = not danger
    p.text(
        m,
        y,
        tr(
            lg,
            "The equipment is safe to operate:",
            "Gegen den Weiterbetrieb bestehen Bedenken:",
            "Avis : appareil apte à l'utilisation :",
        ),
        s.bold,
        9,
    )
    box_on = {0} if ok == (lg != "de") else {1}
    ticks(p, s, m + 220, y, 150, yes_no(lg), box_on)
    y += 24
    p.text(
        m,
        y,
        tr(
            lg,
            "Latest date of next thorough examination",
            "Nächste Prüfung spätestens",
            "Prochaine vérification avant le",
        )
        + ": "
        f"{short(d + timedelta(days=rng.choice([182, 365])), lg)}",
        s.bold,
        9,
    )
    y += 40
    sign_line(
        p,
        s,
        m,
        y,
        180,
        tr(lg, "Competent person", "Sachverständiger / befähigte Person", "Vérificateur"),
        staff(h, "engineer"),
    )
    p.text(
        m + 220,
        y,
        f"{tr(lg, 'Date of report', 'Datum', 'Date du rapport')}: "
        f"{short(d + timedelta(days=rng.randint(0, 4)), lg)}",
        s.font,
        8,
    )
    if rng.random() < 0.6:
        seal(
            p,
            w - m - 50,
            y - 10,
            34,
            h.name.split()[0].upper(),
            tr(lg, "INSPECTED", "GEPRÜFT", "VÉRIFIÉ"),
        )
    pages = [p]
    if r.random() < 0.6:
        q = Page(A4)
        qy = running_header(q, s, f"{h.name} - {no} - {kit[0]}") + 10
        q.text(
            m,
            qy,
            tr(lg, "Checklist of parts examined", "Prüfliste", "Liste des points examinés"),
            s.bold,
            11,
        )
        qy += 18
        items = {
            "en": [
                "Structure / welds",
                "Slew ring and bolts",
                "Boom and stick pins",
                "Hydraulic cylinders",
                "Hoses and fittings",
                "Grab tines and shells",
                "Magnet cable and plug",
                "Limit switches",
                "Load indicator",
                "Emergency stop",
                "Brakes",
                "Cab guarding (FOPS)",
                "Warning devices",
                "Markings / SWL plate",
                "Outriggers / stabilisers",
                "Operator's manual",
            ],
            "de": [
                "Tragwerk / Schweißnähte",
                "Drehverbindung, Schrauben",
                "Bolzen Ausleger / Stiel",
                "Hydraulikzylinder",
                "Schläuche, Verschraubungen",
                "Greiferschalen / Zinken",
                "Magnetkabel, Stecker",
                "Endschalter",
                "Lastmomentbegrenzung",
                "NOT-AUS",
                "Bremsen",
                "Kabinenschutz (FOPS)",
                "Warneinrichtungen",
                "Kennzeichnung / Typschild",
                "Abstützung",
                "Betriebsanleitung",
            ],
            "fr": [
                "Structure / soudures",
                "Couronne d'orientation",
                "Axes flèche / balancier",
                "Vérins",
                "Flexibles et raccords",
                "Coquilles du grappin",
                "Câble de l'aimant",
                "Fins de course",
                "Contrôleur d'état de charge",
                "Arrêt d'urgence",
                "Freins",
                "Protection cabine (FOPS)",
                "Avertisseurs",
                "Plaque de charge",
                "Stabilisateurs",
                "Notice d'instructions",
            ],
        }[lg]
        cols = columns(
            m,
            w - m,
            [(3.2, "left"), (0.6, "center"), (0.6, "center"), (0.6, "center"), (3, "left")],
        )
        for c_, t_ in zip(
            cols,
            [
                tr(lg, "Item", "Prüfpunkt", "Point"),
                "OK",
                tr(lg, "Def.", "Mangel", "Anom."),
                "N/A",
                tr(lg, "Comment", "Bemerkung", "Commentaire"),
            ],
            strict=True,
        ):
            cell_text(q, c_, qy, t_, s.bold, 8)
        q.line(m, qy + 4, w - m, qy + 4)
        qy += 15
        for it in items:
            st = 0 if rng.random() < 0.82 else rng.choice([1, 2])
            q.text(m, qy, it, s.font, 8.5)
            cc = cols[1 + st]
            hand(q, (cc[0] + cc[1]) / 2 - 3, qy, "/" if st == 0 else "x", 9)
            if st == 1:
                hand(
                    q,
                    cols[4][0],
                    qy,
                    rng.choice(["wear 10%", "weep - monitor", "Verschleiß", "jeu à surveiller"]),
                    8,
                )
            q.line(m, qy + 4, w - m, qy + 4)
            qy += 17
        pages.append(q)
    received(rng, pages[0], d, 0.3)
    remember(d)
    return close(
        pages,
        s,
        h,
        numbers=r.choice(
            [
                "none",
                "Page {i} of {n}"
                if lg == "en"
                else ("Seite {i} von {n}" if lg == "de" else "Page {i}/{n}"),
            ]
        ),
    )


def tpl_haulage_invoice(rng: random.Random, who: Issuer) -> list[Page]:
    """A haulage subcontractor's invoice to the yard: the loads moved (collection, delivery,
    ticket, tonnes, rate); a small haulier's one-pager or a longer invoice with the list of
    loads on a landscape page behind."""
    h = head_of(who, "haulier", abroad=0.08)
    lg = h.lang
    r = keyed(who, "haul")
    s = style_of(h, sheet_size(h, r))
    w, hh = s.page_size
    m = s.margin
    d = some_day(rng)
    inv = serial(rng, r.choice(["9999", "INV-99999", "RE 99-999", "F999999"]))
    title = tr(lg, "INVOICE", "RECHNUNG", "FACTURE")
    f = sheets(s, h, f"{h.name} - {title} {inv}")
    recipient(
        f,
        s,
        h,
        yard_lines(),
        d,
        [
            (tr(lg, "Invoice no.", "Rechnungs-Nr.", "Facture n°"), inv),
            (
                tr(lg, "Tax point", "Leistungszeitraum", "Période"),
                MONTHS_OF(lg, d - timedelta(days=10)),
            ),
        ],
    )
    caption(f, s, title, 3)
    dests = [x[0] for x in SENDERS["merchant"][home()]] + [
        x[0] for x in SENDERS["customer"][home()]
    ]
    n = rng.choice([1, 2, 3, 5, 8, 14, 22])
    loads = []
    net = 0.0
    for _ in range(n):
        dd = d - timedelta(days=rng.randint(2, 28))
        t = round(rng.uniform(12, 28.5), 2)
        per_t = rng.random() < 0.5
        rate = round(rng.uniform(6, 14), 2) if per_t else float(rng.choice([220, 260, 310, 385]))
        v = round(t * rate, 2) if per_t else rate
        net += v
        a, b = (
            (place(yard_head().town), rng.choice(dests))
            if rng.random() < 0.6
            else (rng.choice(dests), place(yard_head().town))
        )
        loads.append(
            (
                dd,
                [
                    short(dd, lg),
                    str(rng.randint(10000, 99999)),
                    a,
                    b,
                    tonnes(t, lg),
                    (money(rate, lg) + "/t") if per_t else tr(lg, "load", "pausch.", "forfait"),
                    money(v, lg),
                ],
            )
        )
    loads.sort(key=lambda x: x[0])
    hd = [
        tr(lg, "Date", "Datum", "Date"),
        tr(lg, "Ticket", "Lieferschein", "Bon"),
        tr(lg, "From", "Von", "De"),
        tr(lg, "To", "Nach", "À"),
        "t",
        tr(lg, "Rate", "Preis", "Tarif"),
        tr(lg, "Amount", "Betrag", "Montant"),
    ]
    pay = tr(
        lg,
        "Payment 30 days. Thank you for your business.",
        "Zahlbar innerhalb 14 Tagen ohne Abzug.",
        "Règlement à 30 jours par virement.",
    )
    pages: list[Page]
    if n <= 8:
        cols = columns(
            m,
            w - m,
            [
                (1, "left"),
                (0.9, "left"),
                (2, "left"),
                (2, "left"),
                (0.8, "right"),
                (1, "right"),
                (1, "right"),
            ],
        )
        table(f, cols, hd, [x[1] for x in loads], s, size=s.size - 1.5, rules=r.random() < 0.5)
        totals(f, s, lg, round(net, 2), vat_rate(lg) if lg == home() else 0.0)
        write(f, s, pay, s.size - 1.5)
        pages = f.pages
    else:
        f.page.text(
            m,
            f.y,
            tr(
                lg,
                f"Haulage of scrap metal as per attached schedule - {n} loads",
                f"Schrotttransporte lt. beiliegender Aufstellung - {n} Fuhren",
                f"Transport de ferrailles selon relevé joint - {n} rotations",
            ),
            s.font,
            s.size,
        )
        f.y += 20
        totals(f, s, lg, round(net, 2), vat_rate(lg) if lg == home() else 0.0)
        write(f, s, pay, s.size - 1.5)
        sl = paper(s, landscape(A4), margin=40)
        g = sheets(
            sl,
            h,
            f"{h.name} - "
            f"{tr(lg, 'Schedule of loads', 'Fuhrenaufstellung', 'Relevé des rotations')} - {inv}",
            top=False,
        )
        g.y = 50
        caption(g, sl, tr(lg, "Schedule of loads", "Fuhrenaufstellung", "Relevé des rotations"), 1)
        cols = columns(
            40,
            landscape(A4)[0] - 40,
            [
                (1, "left"),
                (0.9, "left"),
                (2.4, "left"),
                (2.4, "left"),
                (0.8, "right"),
                (1, "right"),
                (1, "right"),
            ],
        )
        table(g, cols, hd, [x[1] for x in loads], sl, size=8.5, rules=True)
        pages = f.pages + g.pages
    received(rng, pages[0], d, 0.4)
    if rng.random() < 0.35:
        hand(
            pages[0],
            m,
            hh - m - 30,
            tr(home(), "agreed - GH", "sachl. richtig", "bon pour accord"),
            10,
        )
    remember(d)
    return close(pages, s, h)


# ---------------------------------------------------------------------------------------------
# Templates JJJ: fire, safety, insurance and the bank
# ---------------------------------------------------------------------------------------------

PILES = {
    "en": [
        "Shredder feed",
        "Light iron",
        "HMS",
        "Cable",
        "ELVs (depolluted)",
        "Fines / swarf",
        "WEEE (large)",
        "Tyres",
        "Batteries (quarantine)",
    ],
    "de": [
        "Shredder-Vormaterial",
        "Mischschrott",
        "Stahlschrott",
        "Kabel",
        "Altfahrzeuge",
        "Späne",
        "Elektrogroßgeräte",
        "Altreifen",
        "Batterien (Quarantäne)",
    ],
    "fr": [
        "E40 à broyer",
        "E1",
        "E3",
        "Câbles",
        "VHU dépollués",
        "Copeaux / fines",
        "DEEE GEM",
        "Pneus",
        "Batteries (quarantaine)",
    ],
}


FIRE_HEADS = {
    "en": [
        "Sources of ignition",
        "Hot works",
        "Battery quarantine",
        "Detection and warning",
        "Water supplies",
        "Stockpile management",
        "Housekeeping",
        "Plant refuelling",
        "Arson and security",
        "Emergency plan",
    ],
    "de": [
        "Zündquellen",
        "Heißarbeiten",
        "Batterie-Quarantäne",
        "Branderkennung",
        "Löschwasserversorgung",
        "Haufwerksmanagement",
        "Ordnung und Sauberkeit",
        "Betankung",
        "Brandstiftung / Sicherung",
        "Alarm- und Gefahrenabwehrplan",
    ],
    "fr": [
        "Sources d'ignition",
        "Permis de feu",
        "Quarantaine des batteries",
        "Détection et alarme",
        "Ressources en eau",
        "Gestion des stocks",
        "Propreté du site",
        "Ravitaillement des engins",
        "Malveillance",
        "Plan d'intervention",
    ],
}


def tpl_fire_risk_assessment(rng: random.Random, who: Issuer) -> list[Page]:
    """A fire consultant's fire risk assessment of the yard: a cover page, the scope and site
    description, the stockpile table (sizes, separation, limits), the findings, the action
    plan on landscape pages and the sign-off, numbered and with a running header."""
    h = head_of(who, "fire")
    lg = h.lang
    s = style_of(h, A4)
    w, _ = s.page_size
    m = s.margin
    d = last_day(rng, ("insurance_survey",), (14, 50))
    yh = yard_head()
    assessor = staff(h, "assessor")
    ref = serial(rng, "FRA-99-999")
    title = tr(
        lg,
        "Fire Risk Assessment",
        "Brandschutztechnische Bewertung",
        "Évaluation du risque incendie",
    )
    cover = Page(A4)
    heading(cover, s, h)
    cover.text(w / 2, 260, title, s.bold, 22, "center")
    cover.text(
        w / 2,
        290,
        tr(
            lg,
            "and review of the Fire Prevention Plan",
            "mit Überprüfung des Brandschutzkonzepts",
            "et revue du plan de défense incendie",
        ),
        s.font,
        12,
        "center",
    )
    yy = 360.0
    for a, b in [
        (tr(lg, "Premises", "Objekt", "Site"), yh.name),
        ("", f"{yh.street}, {yh.town}"),
        (tr(lg, "Responsible person", "Verantwortlich", "Responsable"), staff(yh, "manager")),
        (tr(lg, "Assessor", "Verfasser", "Évaluateur"), assessor),
        (
            tr(lg, "Date of assessment", "Datum der Begehung", "Date de visite"),
            day(h, d - timedelta(days=rng.randint(3, 15))),
        ),
        (
            tr(lg, "Review date", "Nächste Überprüfung", "Prochaine revue"),
            day(h, d.replace(year=d.year + 1)),
        ),
        (tr(lg, "Reference", "Projekt-Nr.", "Référence"), ref),
    ]:
        cover.text(m + 40, yy, a, s.bold, 10)
        cover.text(m + 190, yy, fit(b, s.font, 10, w - m - 200), s.font, 10)
        yy += 20
    overall = rng.choice(
        [
            tr(lg, "Moderate", "mittel", "Modéré"),
            tr(lg, "Substantial", "erhöht", "Important"),
            tr(lg, "Tolerable", "gering", "Tolérable"),
        ]
    )
    cover.rect(m + 40, yy + 20, w - 2 * m - 80, 40)
    cover.text(
        w / 2,
        yy + 45,
        f"{tr(lg, 'Overall risk rating', 'Gesamtbewertung', 'Niveau de risque global')}: {overall}",
        s.bold,
        12,
        "center",
    )
    g = sheets(s, h, f"{title} - {yh.name} - {ref}", top=False)
    g.y = m + 10
    for sec in (
        tr(lg, "1. Scope and method", "1. Auftrag und Vorgehen", "1. Périmètre et méthode"),
        tr(lg, "2. Site description", "2. Objektbeschreibung", "2. Description du site"),
    ):
        caption(g, s, sec, 1)
        for _ in range(rng.randint(1, 3)):
            write(g, s, prose(rng, lg, "fire", 2, 4))
    caption(g, s, tr(lg, "3. Stockpiles", "3. Lagerbereiche und Haufwerke", "3. Stockages"), 1)
    cols = columns(
        m,
        w - m,
        [
            (0.6, "left"),
            (2.2, "left"),
            (1.6, "right"),
            (0.8, "right"),
            (1, "right"),
            (1, "right"),
            (0.7, "center"),
        ],
    )
    rows = []
    for k, pile in enumerate(rng.sample(PILES[lg], rng.randint(4, 8)), 1):
        l_, b_, h_ = rng.randint(8, 30), rng.randint(5, 20), round(rng.uniform(2, 5), 1)
        sep = rng.choice([3, 5, 6, 10])
        rows.append(
            [
                f"P{k}",
                pile,
                f"{l_} x {b_} m",
                f"{h_:g} m".replace(".", "," if lg != "en" else "."),
                f"{kg(l_ * b_ * h_ * 0.6, lg)} m³",
                f"{sep} m",
                rng.choice(yes_no(lg)) if h_ > 4 or sep < 6 else yes_no(lg)[0],
            ]
        )
    table(
        g,
        cols,
        [
            tr(lg, "Ref", "Nr.", "Réf."),
            tr(lg, "Material", "Material", "Matière"),
            tr(lg, "Footprint", "Grundfläche", "Emprise"),
            tr(lg, "Height", "Höhe", "Hauteur"),
            tr(lg, "Volume", "Volumen", "Volume"),
            tr(lg, "Separation", "Abstand", "Distance"),
            tr(lg, "OK", "i.O.", "Conf."),
        ],
        rows,
        s,
        size=s.size - 1.5,
        rules=True,
    )
    write(
        g,
        s,
        tr(
            lg,
            "Maximum pile sizes as per the Environment Agency Fire Prevention Plan guidance (4 m "
            "high, 6 m separation or a fire wall).",
            "Grenzwerte nach Brandschutzkonzept und Auflagen der Genehmigung.",
            "Limites de l'arrêté préfectoral et de la rubrique 2712.",
        ),
        s.size - 1.5,
    )
    caption(g, s, tr(lg, "4. Findings", "4. Feststellungen", "4. Constats"), 1)
    for _ in range(rng.randint(2, 4)):
        g.heading(m, rng.choice(FIRE_HEADS[lg]), s.bold, s.size)
        write(g, s, prose(rng, lg, "fire", 2, 4))
    body = g.pages
    sl = paper(s, landscape(A4), margin=40)
    t = sheets(sl, h, f"{title} - {yh.name} - {ref}", top=False)
    t.y = 50
    caption(t, sl, tr(lg, "5. Action plan", "5. Maßnahmenplan", "5. Plan d'actions"), 1)
    acts = []
    for k in range(rng.randint(5, 16)):
        pr = rng.choice(["H", "M", "L"])
        acts.append(
            [
                str(k + 1),
                words(rng, lg, "fire", rng.randint(8, 12)),
                pr,
                tr(
                    lg,
                    rng.choice(["Yard manager", "Director", "Contractor"]),
                    rng.choice(["Betriebsleitung", "Geschäftsführung", "Fachfirma"]),
                    rng.choice(["Responsable site", "Direction", "Prestataire"]),
                ),
                short(d + timedelta(days={"H": 14, "M": 60, "L": 180}[pr]), lg),
                "",
            ]
        )
    cols2 = columns(
        40,
        landscape(A4)[0] - 40,
        [(0.4, "left"), (6, "left"), (0.6, "center"), (1.6, "left"), (1.1, "left"), (1.6, "left")],
    )
    table(
        t,
        cols2,
        [
            "#",
            tr(lg, "Action", "Maßnahme", "Action"),
            tr(lg, "Priority", "Prio.", "Priorité"),
            tr(lg, "By whom", "Verantwortlich", "Qui"),
            tr(lg, "Target date", "Termin", "Échéance"),
            tr(lg, "Completed", "Erledigt", "Réalisé"),
        ],
        acts,
        sl,
        size=8.5,
        rules=True,
        step=2.0,
    )
    z = sheets(s, h, f"{title} - {yh.name} - {ref}", top=False)
    z.y = m + 10
    caption(z, s, tr(lg, "6. Sign-off", "6. Freigabe", "6. Validation"), 1)
    write(z, s, prose(rng, lg, "fire", 1, 2))
    z.y += 30
    sign_line(
        z.page,
        s,
        m,
        z.y,
        200,
        f"{assessor} - {tr(lg, 'Assessor', 'Verfasser', 'Évaluateur')}",
        assessor,
    )
    z.y += 50
    sign_line(
        z.page,
        s,
        m,
        z.y,
        200,
        tr(
            lg,
            "Received by (responsible person)",
            "Kenntnisnahme Betreiber",
            "Pris connaissance (exploitant)",
        ),
        staff(yh, "manager") if rng.random() < 0.6 else "",
    )
    pages = [cover, *body, *t.pages, *z.pages]
    received(rng, cover, d, 0.25)
    remember(d)
    return close(
        pages,
        s,
        h,
        numbers=rng.choice(
            ["Page {i} of {n}", "{i}/{n}", tr(lg, "Page {i}", "Seite {i}", "Page {i}")]
        ),
        covers=1,
    )


AUDIT_ELEMENTS = {
    "en": [
        "Policy and organisation",
        "Risk assessments",
        "Traffic management",
        "Plant and machinery",
        "Guarding (shear, baler)",
        "Work at height",
        "PPE",
        "Training records",
        "Accident reporting (RIDDOR)",
        "Welfare",
        "Hazardous substances (COSHH)",
        "Emergency arrangements",
    ],
    "de": [
        "Organisation",
        "Gefährdungsbeurteilungen",
        "Verkehrswege",
        "Maschinen und Geräte",
        "Schutzeinrichtungen (Schere, Presse)",
        "Absturzsicherung",
        "PSA",
        "Unterweisungen",
        "Unfallmeldung",
        "Sozialräume",
        "Gefahrstoffe",
        "Notfallorganisation",
    ],
    "fr": [
        "Organisation",
        "Document unique",
        "Plan de circulation",
        "Engins et machines",
        "Protections (cisaille, presse)",
        "Travail en hauteur",
        "EPI",
        "Formations / CACES",
        "Accidents du travail",
        "Locaux sociaux",
        "Produits dangereux",
        "Organisation des secours",
    ],
}


def tpl_hs_audit(rng: random.Random, who: Issuer) -> list[Page]:
    """A health and safety consultant's audit report of the yard: now and then a covering
    letter, the scores by element with the overall percentage, the findings and the
    recommendations by priority."""
    h = head_of(who, "safety")
    lg = h.lang
    s = style_of(h, A4)
    w, _ = s.page_size
    m = s.margin
    d = some_day(rng)
    yh = yard_head()
    auditor = staff(h, "auditor")
    pages: list[Page] = []
    if rng.random() < 0.5:
        f = sheets(s, h)
        recipient(
            f,
            s,
            h,
            yard_lines(mx(staff(yh, "manager"), lg)),
            d,
            [(tr(lg, "Our ref", "Unser Zeichen", "Réf."), serial(rng, "AA/999"))],
        )
        f.page.text(
            m,
            f.y,
            tr(
                lg,
                "Health and safety audit",
                "Sicherheitstechnische Begehung",
                "Audit santé-sécurité",
            ),
            s.bold,
            s.size + 1,
        )
        f.y += 22
        write(f, s, dear(lg, mx(staff(yh, "manager"), lg)))
        write(f, s, prose(rng, lg, "safety", 2, 3))
        write(
            f,
            s,
            tr(
                lg,
                "I enclose my report. Please let me know if you would like me to attend your "
                "next safety committee meeting.",
                "Anbei erhalten Sie das Protokoll der Begehung mit den festgestellten Mängeln.",
                "Vous trouverez ci-joint notre rapport d'audit et le plan d'actions proposé.",
            ),
        )
        regards(
            f, s, lg, auditor, tr(lg, "CMIOSH", "Fachkraft für Arbeitssicherheit", "Consultant HSE")
        )
        pages += f.pages
    title = tr(
        lg,
        "Health & Safety Audit Report",
        "Bericht - Sicherheitstechnische Begehung",
        "Rapport d'audit santé et sécurité",
    )
    g = sheets(s, h, f"{title} - {yh.name} - {short(d, lg)}")
    caption(g, s, title, 4)
    g.y = fields(
        g.page,
        s,
        m,
        g.y,
        w - 2 * m,
        [
            (tr(lg, "Client", "Betrieb", "Client"), yh.name),
            (
                tr(lg, "Date of audit", "Datum", "Date"),
                short(d - timedelta(days=rng.randint(2, 10)), lg),
            ),
            (tr(lg, "Auditor", "Verfasser", "Auditeur"), auditor),
            (tr(lg, "Accompanied by", "Begleitung", "Accompagné de"), staff(yh, "manager")),
        ],
        per=2,
        tall=24,
        hand=False,
    )
    cols = columns(m, w - m, [(4, "left"), (1, "right"), (1, "right"), (1, "right")])
    rows = []
    tot = got = 0
    for el in AUDIT_ELEMENTS[lg]:
        mx_ = rng.choice([10, 15, 20])
        sc = rng.randint(mx_ // 3, mx_)
        tot += mx_
        got += sc
        rows.append([el, str(sc), str(mx_), f"{100 * sc // mx_}%"])
    table(
        g,
        cols,
        [tr(lg, "Element", "Bereich", "Thème"), tr(lg, "Score", "Punkte", "Note"), "Max", "%"],
        rows,
        s,
        shade=0.88,
        rules=True,
    )
    g.y += 4
    g.page.text(
        m,
        g.y,
        f"{tr(lg, 'Overall score', 'Gesamtergebnis', 'Score global')}: {got}/{tot} = "
        f"{100 * got // tot}%",
        s.bold,
        s.size + 1,
    )
    g.y += 24
    g.heading(
        m,
        tr(
            lg,
            "Findings and recommendations",
            "Feststellungen und Empfehlungen",
            "Constats et recommandations",
        ),
        s.bold,
        s.size + 1,
    )
    for k in range(rng.randint(3, 8)):
        pr = rng.choice(
            [
                tr(lg, "High", "Hoch", "Haute"),
                tr(lg, "Medium", "Mittel", "Moyenne"),
                tr(lg, "Low", "Niedrig", "Basse"),
            ]
        )
        g.heading(
            m,
            f"{k + 1}. {rng.choice(AUDIT_ELEMENTS[lg])} - "
            f"{tr(lg, 'priority', 'Priorität', 'priorité')} {pr}",
            s.bold,
            s.size,
        )
        write(g, s, prose(rng, lg, "safety", 1, 3), indent=12)
    regards(g, s, lg, auditor, "")
    pages += close(
        g.pages,
        s,
        h,
        numbers=rng.choice(
            ["- {i} -", "{i}/{n}", "Page {i} of {n}" if lg == "en" else "Seite {i}"]
        ),
    )
    received(rng, pages[0], d, 0.3)
    remember(d)
    return pages


def tpl_insurance_survey(rng: random.Random, who: Issuer) -> list[Page]:
    """The insurer's letter after a risk survey of the yard: the letter, the schedule of risk
    improvement requirements with priorities and dates, and the response form to sign and
    return."""
    h = head_of(who, "insurer")
    lg = h.lang
    s = style_of(h, sheet_size(h, keyed(who, "ins")))
    w, _ = s.page_size
    m = s.margin
    d = some_day(rng)
    yh = yard_head()
    pol = serial(rng, rng.choice(["CC/999999/99", "BV 99.999.999", "POL-9999999"]))
    surveyor = staff(h, "surveyor")
    f = sheets(s, h, f"{h.name} - {pol}")
    recipient(
        f,
        s,
        h,
        yard_lines(),
        d,
        [
            (tr(lg, "Policy no.", "Versicherungsschein-Nr.", "Police n°"), pol),
            (
                tr(lg, "Broker", "Makler", "Courtier"),
                rng.choice(["Towergate", "Jung & Partner", "Verlingue", "-"]),
            ),
        ],
    )
    f.page.text(
        m,
        f.y,
        tr(
            lg,
            "Risk survey - risk improvement requirements",
            "Risikobesichtigung - Auflagen zur Risikoverbesserung",
            "Visite de risque - recommandations de prévention",
        ),
        s.bold,
        s.size + 0.5,
    )
    f.y += 20
    write(f, s, dear(lg, None))
    write(
        f,
        s,
        tr(
            lg,
            "Following our surveyor's visit to your premises on "
            f"{short(d - timedelta(days=rng.randint(10, 30)), lg)}, we set out below the "
            "requirements that form a condition of cover. Please complete and return the "
            "response form by the dates shown.",
            "im Anschluss an die Besichtigung Ihres Betriebs am "
            f"{short(d - timedelta(days=rng.randint(10, 30)), lg)} teilen wir Ihnen die "
            "nachstehenden Auflagen mit. Diese sind Bestandteil des Versicherungsvertrags.",
            "Suite à la visite de notre ingénieur prévention le "
            f"{short(d - timedelta(days=rng.randint(10, 30)), lg)}, nous vous adressons "
            "ci-dessous nos recommandations, qui conditionnent le maintien des garanties.",
        ),
    )
    write(f, s, prose(rng, lg, "fire", 1, 2))
    regards(f, s, lg, surveyor, tr(lg, "Risk Surveyor", "Risk Engineer", "Ingénieur prévention"))
    g = sheets(s, h, f"{h.name} - {pol}", top=False)
    g.y = m
    caption(
        g, s, tr(lg, "Schedule of risk improvement requirements", "Auflagen", "Recommandations"), 2
    )
    reqs = []
    for k in range(rng.randint(3, 8)):
        pr = rng.choice(["A", "B", "C"]) if lg == "en" else rng.choice(["1", "2", "3"])
        reqs.append(
            [
                f"{month().year % 100}/{k + 1:02d}",
                words(rng, lg, "fire", rng.randint(10, 16)),
                pr,
                short(d + timedelta(days=rng.choice([30, 60, 90])), lg),
            ]
        )
    for rq in reqs:
        g.need(50)
        g.page.text(m, g.y, rq[0], s.bold, s.size - 1)
        g.page.text(
            w - m,
            g.y,
            f"{tr(lg, 'Priority', 'Priorität', 'Priorité')} {rq[2]} - {rq[3]}",
            s.bold,
            s.size - 1,
            "right",
        )
        g.y += 13
        g.para(m + 20, w - 2 * m - 20, rq[1], s.font, s.size - 0.5)
    if rng.random() < 0.7:
        g.new_page()
        caption(
            g,
            s,
            tr(
                lg,
                "RESPONSE FORM - please return",
                "RÜCKMELDUNG - bitte zurücksenden",
                "COUPON-RÉPONSE - à retourner",
            ),
            2,
        )
        g.page.text(
            m, g.y, f"{tr(lg, 'Policy', 'Vertrag', 'Police')}: {pol}    {yh.name}", s.font, s.size
        )
        g.y += 20
        filled = rng.random() < 0.5
        cols2 = columns(m, w - m, [(1, "left"), (1.4, "center"), (1.4, "center"), (4, "left")])
        head = [
            tr(lg, "Req.", "Nr.", "N°"),
            tr(lg, "Completed", "Erledigt", "Réalisé"),
            tr(lg, "In progress", "In Arbeit", "En cours"),
            tr(lg, "Comments", "Bemerkungen", "Commentaires"),
        ]
        for c_, t_ in zip(cols2, head, strict=True):
            cell_text(g.page, c_, g.y, t_, s.bold, s.size - 1)
        g.page.line(m, g.y + 4, w - m, g.y + 4)
        g.y += 20
        notes = {
            "en": ["done - invoice attached", "quote obtained", "contractor booked", "see photos"],
            "de": ["erledigt, Rechnung anbei", "Angebot liegt vor", "Firma beauftragt", "s. Fotos"],
            "fr": ["fait - facture jointe", "devis demandé", "entreprise retenue", "voir photos"],
        }[home()]
        for rq in reqs:
            g.page.text(m, g.y, rq[0], s.font, s.size - 0.5)
            pick = rng.randint(1, 2)
            for j in (1, 2):
                cx = (cols2[j][0] + cols2[j][1]) / 2
                g.page.rect(cx - 4, g.y - 7, 8, 8)
                if filled and j == pick:
                    hand(g.page, cx - 3, g.y, "x", 10)
            if filled and rng.random() < 0.6:
                hand(g.page, cols2[3][0], g.y, rng.choice(notes), 8.5)
            g.page.line(m, g.y + 8, w - m, g.y + 8)
            g.y += 24
        g.y += 30
        sign_line(
            g.page,
            s,
            m,
            g.y,
            200,
            tr(lg, "Signed (insured)", "Unterschrift Versicherungsnehmer", "Signature de l'assuré"),
            staff(yh, "director") if filled else "",
        )
        g.page.text(
            m + 240, g.y, f"{tr(lg, 'Date', 'Datum', 'Date')}: ____________", s.font, s.size
        )
    pages = f.pages + g.pages
    received(rng, pages[0], d, 0.35)
    remember(d)
    return close(pages, s, h, numbers="none")


def tpl_bank_letter(rng: random.Random, who: Issuer) -> list[Page]:
    """The bank's facility letter after the annual review of the yard's overdraft or asset
    finance line: the letter, the facility terms with numbered clauses and the acceptance page
    for the directors to sign."""
    h = head_of(who, "bank")
    lg = h.lang
    s = style_of(h, A4)
    m = s.margin
    d = some_day(rng)
    yh = yard_head()
    rm = staff(h, "rm")
    limit = rng.choice([50000, 75000, 100000, 150000, 250000])
    f = sheets(s, h, f"{h.name} - {yh.name}")
    recipient(
        f,
        s,
        h,
        yard_lines(tr(lg, "The Directors", "Geschäftsführung", "La Direction")),
        d,
        [
            (
                tr(lg, "Sort code / account", "Konto", "Compte"),
                serial(rng, "99-99-99 / 99999999") if lg == "en" else serial(rng, "9999 9999 99"),
            )
        ],
    )
    subj = tr(
        lg,
        f"Overdraft facility of {cash(limit, lg)} - annual review",
        f"Kontokorrentkredit über {cash(limit, lg)} - Prolongation",
        f"Autorisation de découvert de {cash(limit, lg)} - renouvellement",
    )
    f.page.text(m, f.y, subj, s.bold, s.size + 0.5)
    f.y += 20
    write(f, s, dear(lg, None))
    write(f, s, prose(rng, lg, "money", 2, 3))
    write(
        f,
        s,
        tr(
            lg,
            "The facility is offered on the terms set out in this letter and the enclosed terms. "
            "To accept, please sign and return the acceptance page within 28 days.",
            "Die Bedingungen entnehmen Sie bitte der Anlage. Bitte senden Sie uns die beigefügte "
            "Zweitschrift unterschrieben zurück.",
            "Les conditions figurent ci-après. Nous vous remercions de nous retourner la page "
            "d'acceptation signée.",
        ),
    )
    regards(
        f,
        s,
        lg,
        rm,
        tr(lg, "Relationship Director", "Firmenkundenbetreuer", "Chargé d'affaires entreprises"),
    )
    g = sheets(
        s,
        h,
        f"{h.name} - {tr(lg, 'Facility terms', 'Kreditbedingungen', 'Conditions')} - {yh.name}",
        top=False,
    )
    g.y = m
    caption(
        g,
        s,
        tr(
            lg,
            "Facility terms",
            "Kreditvertrag - Besondere Bedingungen",
            "Conditions particulières",
        ),
        2,
    )
    heads = {
        "en": [
            "Facility",
            "Limit",
            "Interest",
            "Arrangement fee",
            "Repayment on demand",
            "Security",
            "Financial covenants",
            "Information",
            "Review",
        ],
        "de": [
            "Kreditart",
            "Kreditbetrag",
            "Zinssatz",
            "Bereitstellungsprovision",
            "Laufzeit",
            "Sicherheiten",
            "Financial Covenants",
            "Offenlegung",
            "Kündigung",
        ],
        "fr": [
            "Nature du concours",
            "Montant",
            "Taux",
            "Commission d'engagement",
            "Durée",
            "Garanties",
            "Engagements financiers",
            "Informations",
            "Résiliation",
        ],
    }[lg]
    for k, t in enumerate(heads, 1):
        g.heading(m, f"{k}. {t}", s.bold, s.size)
        txt = prose(rng, lg, "money", 1, 4)
        if k == 2:
            txt = f"{cash(limit, lg)}. " + txt
        if k == 3:
            txt = (
                tr(
                    lg,
                    f"{rng.uniform(2.5, 4.5):.2f}% over Bank of England Base Rate. ",
                    f"{rng.uniform(3, 5):.2f} % über 3-Monats-EURIBOR. ",
                    f"EURIBOR 3 mois + {rng.uniform(1.5, 3):.2f} %. ",
                )
                + txt
            )
        write(g, s, txt, indent=12)
    if not g.need(220) and rng.random() < 0.75:
        g.new_page()
    caption(g, s, tr(lg, "Acceptance", "Annahmeerklärung", "Acceptation"), 2)
    write(
        g,
        s,
        tr(
            lg,
            f"We accept the facility on the terms of the letter dated {day(h, d)}.",
            f"Wir nehmen das Kreditangebot vom {day(h, d)} zu den genannten Bedingungen an.",
            f"Nous acceptons l'offre de concours du {day(h, d)} aux conditions ci-dessus.",
        ),
    )
    g.y += 30
    for k in range(2):
        sign_line(
            g.page,
            s,
            m,
            g.y,
            220,
            tr(lg, "Director", "Geschäftsführer", "Gérant / Président"),
            staff(yh, f"dir{k}") if rng.random() < 0.4 else "",
        )
        g.page.text(m + 260, g.y, f"{tr(lg, 'Date', 'Datum', 'Date')}: __________", s.font, s.size)
        g.y += 50
    pages = f.pages + g.pages
    received(rng, pages[0], d, 0.3)
    remember(d)
    return close(pages, s, h)


# ---------------------------------------------------------------------------------------------
# The part: templates, runs and companions
# ---------------------------------------------------------------------------------------------


def tracked(name: str, tpl: Template) -> Template:
    """``tpl`` noting its kind, so that a companion can take up the same load or machine."""

    def run(rng: random.Random, who: Issuer) -> list[Page]:
        pages = tpl(rng, who)
        LAST["kind"] = name
        return pages

    run.__doc__ = tpl.__doc__
    return run


KINDS: dict[str, Template] = {
    "weighbridge_ticket": tpl_weighbridge_ticket,
    "purchase_record": tpl_purchase_record,
    "elv_certificate": tpl_elv_certificate,
    "merchant_settlement": tpl_merchant_settlement,
    "downgrade_notice": tpl_downgrade_notice,
    "price_list": tpl_price_list,
    "self_billing_agreement": tpl_self_billing_agreement,
    "hazardous_consignment": tpl_hazardous_consignment,
    "annex_vii": tpl_annex_vii,
    "permit_inspection": tpl_permit_inspection,
    "regulator_charge": tpl_regulator_charge,
    "dealer_licence": tpl_dealer_licence,
    "container_agreement": tpl_container_agreement,
    "container_invoice": tpl_container_invoice,
    "plant_hire": tpl_plant_hire,
    "lifting_inspection": tpl_lifting_inspection,
    "haulage_invoice": tpl_haulage_invoice,
    "fire_risk_assessment": tpl_fire_risk_assessment,
    "hs_audit": tpl_hs_audit,
    "insurance_survey": tpl_insurance_survey,
    "bank_letter": tpl_bank_letter,
}
TEMPLATES_JJJ: dict[str, Template] = {k: tracked(k, t) for k, t in KINDS.items()}
#: Kinds that a pile often holds 2-4 of in a row from one sender.
RUN_KINDS = (
    "weighbridge_ticket",
    "purchase_record",
    "merchant_settlement",
    "price_list",
    "elv_certificate",
    "annex_vii",
    "lifting_inspection",
    "container_invoice",
    "haulage_invoice",
)
#: A kind often followed by a related paper.
FOLLOWS = {
    "weighbridge_ticket": "purchase_record",
    "merchant_settlement": "downgrade_notice",
    "self_billing_agreement": "merchant_settlement",
    "permit_inspection": "regulator_charge",
    "container_agreement": "container_invoice",
    "plant_hire": "lifting_inspection",
    "insurance_survey": "fire_risk_assessment",
}


# ---------------------------------------------------------------------------------------------
# Streams and generation (same files and labels as corpus.generate)
# ---------------------------------------------------------------------------------------------


def make_gourd_stream(rng: random.Random, n_docs: int, separators: bool) -> Stream:
    """One yard's pile: ``corpus.make_stream`` with batch runs (after a run kind, 1-3 more of
    the same kind from the same sender follow with probability 0.6) and companions (each kind
    in ``FOLLOWS`` is followed by its related paper with probability 0.5). The yard (country,
    name, month) is drawn once per stream."""
    r = random.Random(rng.getrandbits(32))
    lang = r.choice(["en", "en", "de", "de", "fr"])
    YARD["lang"] = lang
    YARD["row"] = r.randrange(len(YARDS[lang]))
    YARD["seed"] = r.getrandbits(24)
    YARD["month"] = date(r.choice([2024, 2025]), r.randint(1, 12), 1)
    LAST.update(kind="", day=None, extra=None)
    run_odds = dict.fromkeys(RUN_KINDS, 0.6)
    return assemble_stream(
        rng, TEMPLATES_JJJ, n_docs, separators, run_odds, run_len=(1, 3), follows=FOLLOWS
    )


generate = part_generate(PART, SEED_OFFSET, make_gourd_stream, "templates JJJ")


def main(argv: list[str]) -> int:
    return part_main(argv, __doc__, PART, generate, scanned=12)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

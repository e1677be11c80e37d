"""Scoop part of the generated corpus: templates LLLLL, written blind for the next measurement.

A part of its own, ``scoop``. Its templates were written without looking at the boundary
detector, its documentation, its tuning or its evaluation, as the pile the office of a water
well drilling and borehole company (in England, Germany or France; a managing director, a
hydrogeologist, two drilling crews and an office administrator) that also drills the closed
loop boreholes of ground source heat pumps feeds through its scanner in a month: customers'
enquiries (a letter in the customer's hand, a printed web form, a farm's typed letter), now
and then with a sketch of the site; the hydrogeologist's site assessment reports with a cover
sheet, numbered sections, a table of nearby wells and a landscape appendix with the proposed
borehole construction; the company's quotations with the priced schedule of drilling, casing
and testing, the terms on a page of their own and an acceptance slip; drilling contracts
(contract for drilling works, Bauvertrag über Bohrarbeiten, marché de travaux de forage) with
the payment stages and a signature page; drillers' borehole logs on the log sheet (strata with
a graphic column, water strikes, casing and grout or loop details, hand entries), one per
borehole; the crews' daily drilling records (hours by activity, metres drilled, consumables,
fuel, the customer's signature); water laboratories' test reports (UKAS, DAkkS, COFRAC) with
the results against the limits and a microbiology page or a chain of custody form; the
authority's groundwater letters (Environment Agency consent to investigate a groundwater
source, wasserrechtliche Erlaubnis of the Untere Wasserbehörde, récépissé de déclaration of the
préfecture) with the conditions annex and the appeal notes; the company's notices of intention
to drill to the geological survey (BGS, Landesamt für Geologie, BRGM) on the survey's form with
hand entries; pump and casing suppliers' invoices, now and then with the copy of the signed
delivery note behind; suppliers' and builders' merchants' delivery notes on A5 or a narrow
counter slip; the rig dealer's service reports with the check list and the parts used; thorough
examination reports of the rig mast, winch and lifting gear (LOLER, Prüfbericht nach BetrSichV,
vérification générale périodique); fuel card statements with the transactions by card; the
company's pumping test reports with the summary, the drawdown data on landscape pages and the
drawdown plot; commissioning certificates (pump installation, ground loop pressure test and
flushing) with tick boxes and both signatures; the company's stage invoices (application for
payment, Abschlagsrechnung, situation de travaux); its final accounts with the variations
schedule, now and then behind a covering letter; the broker's insurance schedules for the
drilling contractor (public and products liability, underground services, pollution, plant)
with a covering letter and endorsements; and the network operators' replies to utility searches
(LSBUD response, Leitungsauskunft, récépissé de DT-DICT) with the plan on a landscape page and
the safety advice. Each stream is one company's pile: the company (country, name, month, staff)
is drawn once per stream; its outside senders are of the company's country and write in its
language, except that suppliers, rig dealers and laboratories are now and then from abroad and
write in their own (an American rig dealer on Letter paper). Page sizes range from narrow
counter slips and A5 to A4, Letter and landscape A4.

Labelling rule: what one sender issues in one go is one document, as the office files it: the
sketch with an enquiry; the cover sheet, sections and appendices of a site assessment; the
terms page and acceptance slip of a quotation; the schedules and signature page of a contract;
the construction page of a borehole log; the microbiology page or chain of custody of a test
report; the conditions annex and notes of an authority's letter; the delivery note copy behind
a supplier's invoice; the parts page of a service report; every item page of one thorough
examination report; every page of one fuel card statement; the data pages and plot of a
pumping test report; the handover page of a commissioning certificate; the covering letter
and variations schedule of a final account; the covering letter and endorsements of an
insurance schedule; the plan and safety advice of a utility reply. Related papers are
documents of their own: the quotation after the enquiry, the contract after the quotation, the
authority's letter after the notice to drill, the laboratory's report after the pumping test,
the supplier's invoice after its delivery note, the thorough examination after the rig
service; and so is each log, record, delivery note, invoice, report and reply of a run.

Streams are assembled like ``corpus.make_stream`` (same separator sheets, same 30% chance of
repeating the previous kind and sender), plus batch runs: borehole logs (the next borehole of
the same site), daily drilling records (the next day), delivery notes, suppliers' invoices,
stage invoices, utility replies, thorough examination reports and water test reports often
come 2-4 in a row from one sender with other numbers, dates and amounts; and companions: each
related paper above often follows the document it answers, about the same site. Drawn with
``corpus.draw_pdf``, scanned with ``corpus.scan`` and labelled exactly like ``corpus.generate``
with ``"split": "scoop"`` and seeds offset by 11_500_000.

Usage: ``python benchmarks/corpus_scoop.py OUT_DIR [--streams N] [--scanned N] [--seed S]``
writes ``OUT_DIR/scoop/scoop_{born_digital,scanned}_NNNNNNN.{pdf,json}``.
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
    MONTH_NAMES,
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

PART = "scoop"
SEED_OFFSET = 11_500_000

MM = 72 / 25.4
SLIP = (80 * MM, 190 * MM)
A5L = landscape(A5)
A4L = landscape(A4)

# ---------------------------------------------------------------------------------------------
# Who writes: the drilling company and its outside senders, by country
# ---------------------------------------------------------------------------------------------

Row = tuple[str, str, str, str]  # name, street, town, telephone
OFFICES: dict[str, list[Row]] = {
    "en": [
        ("Pennine Water Wells Ltd", "Unit 4, Dale Mill Yard", "Skipton BD23 2AB", "01756 794 310"),
        ("Wessex Borehole Services Ltd", "Manor Farm Barns", "Blandford DT11 8TQ", "01258 452 616"),
        (
            "Fenland Drilling & Geothermal",
            "Station Yard, Mill Road",
            "March PE15 8SX",
            "01354 66 1200",
        ),
    ],
    "de": [
        ("Brunnenbau Hess GmbH", "Im Wiesengrund 12", "79211 Denzlingen", "07666 94 12 0"),
        ("Erdwärme & Brunnenbau Kühn GmbH", "Gewerbestraße 3", "91522 Ansbach", "0981 466 55 0"),
        ("Bohrtechnik Lindner KG", "Am Bahnhof 7", "49808 Lingen (Ems)", "0591 912 33 40"),
    ],
    "fr": [
        ("Forages Bertin SARL", "ZA des Sources", "26300 Bourg-de-Péage", "04 75 72 18 40"),
        (
            "Hydroforage Atlantique SAS",
            "12 rue de la Métairie",
            "85000 La Roche-sur-Yon",
            "02 51 37 60 15",
        ),
        ("Géoforage du Berry", "Route de Vierzon", "18100 Méreau", "02 48 71 22 09"),
    ],
}
SENDERS: dict[str, dict[str, list[Row]]] = {
    "authority": {
        "en": [
            (
                "Environment Agency - Yorkshire Area",
                "Lateral, 8 City Walk",
                "Leeds LS11 9AT",
                "03708 506 506",
            ),
            (
                "Environment Agency - Wessex Area",
                "Rivers House, East Quay",
                "Bridgwater TA6 4YS",
                "03708 506 506",
            ),
            (
                "Environment Agency - East Anglia Area",
                "Bromholme Lane",
                "Brampton PE28 4NE",
                "03708 506 506",
            ),
        ],
        "de": [
            (
                "Landratsamt Emmendingen - Untere Wasserbehörde",
                "Bahnhofstraße 2-4",
                "79312 Emmendingen",
                "",
            ),
            (
                "Landratsamt Ansbach - Fachbereich Wasserrecht",
                "Crailsheimstraße 1",
                "91522 Ansbach",
                "",
            ),
            ("Landkreis Emsland - Fachbereich Umwelt", "Ordeniederung 1", "49716 Meppen", ""),
        ],
        "fr": [
            (
                "Préfecture de la Drôme - DDT - Service Eau, Forêt, Espaces naturels",
                "4 place Laënnec",
                "26000 Valence",
                "",
            ),
            (
                "Préfecture de la Vendée - DDTM - Service Eau, Risques et Nature",
                "19 rue Montesquieu",
                "85000 La Roche-sur-Yon",
                "",
            ),
            (
                "Préfecture du Cher - DDT - Service Environnement et Risques",
                "6 place de la Pyrotechnie",
                "18000 Bourges",
                "",
            ),
        ],
    },
    "survey": {
        "en": [
            (
                "British Geological Survey - National Geoscience Data Centre",
                "Nicker Hill",
                "Keyworth NG12 5GG",
                "0115 936 3100",
            )
        ],
        "de": [
            (
                "Landesamt für Geologie, Rohstoffe und Bergbau",
                "Albertstraße 5",
                "79104 Freiburg i. Br.",
                "",
            ),
            (
                "Bayerisches Landesamt für Umwelt - Geologischer Dienst",
                "Bürgermeister-Ulrich-Straße 160",
                "86179 Augsburg",
                "",
            ),
            ("Landesamt für Bergbau, Energie und Geologie", "Stilleweg 2", "30655 Hannover", ""),
        ],
        "fr": [
            (
                "BRGM - Direction régionale Auvergne-Rhône-Alpes",
                "151 boulevard Stalingrad",
                "69626 Villeurbanne",
                "",
            ),
            (
                "BRGM - Direction régionale Pays de la Loire",
                "1 rue des Saumonières",
                "44300 Nantes",
                "",
            ),
            (
                "BRGM - Direction régionale Centre-Val de Loire",
                "3 avenue Claude Guillemin",
                "45060 Orléans",
                "",
            ),
        ],
    },
    "lab": {
        "en": [
            (
                "Aquacheck Laboratories Ltd",
                "Unit 9, Sheaf Bank",
                "Sheffield S2 3DA",
                "0114 255 8810",
            ),
            ("South West Water Testing Ltd", "Pynes Hill", "Exeter EX2 5AZ", "01392 440 771"),
        ],
        "de": [
            (
                "Wasserlabor Dr. Sauter GmbH",
                "Lörracher Straße 21",
                "79115 Freiburg",
                "0761 45 29 80",
            ),
            ("Institut Fresenius-Nord Umweltanalytik", "Am Lunedeich 40", "27572 Bremerhaven", ""),
        ],
        "fr": [
            ("Laboratoire Eurofins Hydrologie Centre Est", "5 rue Lavoisier", "26000 Valence", ""),
            ("Inovalys - Laboratoire des eaux", "Rond-point Pierre Moinet", "49070 Beaucouzé", ""),
        ],
    },
    "supplier": {
        "en": [
            ("Boreline Supplies Ltd", "Lancaster Road", "Shrewsbury SY1 3NQ", "01743 462 900"),
            (
                "Pumptech Water Systems Ltd",
                "Unit 12, Granary Court",
                "Cheltenham GL51 9NY",
                "01242 226 414",
            ),
            ("Geo-Loop Distribution UK", "Albion Works, Kelham Street", "Doncaster DN1 3RE", ""),
        ],
        "de": [
            (
                "Brunnenbaubedarf Schramm GmbH",
                "Industriestraße 45",
                "30916 Isernhagen",
                "0511 97 43 10",
            ),
            ("Pumpen Maier KG", "Riedstraße 8", "89233 Neu-Ulm", "0731 97 12 40"),
            ("Geotherm Handels GmbH", "Dieselstraße 19", "85748 Garching", ""),
        ],
        "fr": [
            ("Comptoir du Forage SAS", "ZI Les Plaines", "26300 Alixan", "04 75 47 03 30"),
            ("Pompes et Forages de l'Ouest", "22 rue des Artisans", "44470 Carquefou", ""),
            ("Géotub Distribution", "Parc d'activités du Moulin", "69740 Genas", ""),
        ],
    },
    "merchant": {
        "en": [
            ("Travis Perkins - Skipton", "Engine Shed Lane", "Skipton BD23 1UP", ""),
            ("Buildbase Blandford", "Holland Way", "Blandford DT11 7TA", ""),
            ("Aggregate Industries - Quarry sales", "Bardon Hill", "Coalville LE67 1TL", ""),
        ],
        "de": [
            ("Raiffeisen Baustoffe Denzlingen", "Hauptstraße 180", "79211 Denzlingen", ""),
            ("Kieswerk Hörmann GmbH & Co. KG", "Am Baggersee 1", "91586 Lichtenau", ""),
            ("BayWa Baustoffe Lingen", "Waldstraße 60", "49808 Lingen", ""),
        ],
        "fr": [
            ("Point.P Bourg-de-Péage", "Avenue Alpes Provence", "26300 Bourg-de-Péage", ""),
            (
                "Carrières de la Vendée - Vente comptoir",
                "La Grande Roche",
                "85310 La Chaize-le-Vicomte",
                "",
            ),
            ("Gedimat Vierzon", "Rue de la Gaucherie", "18100 Vierzon", ""),
        ],
    },
    "rig_dealer": {
        "en": [
            (
                "Drillquip Services Ltd",
                "Unit 2, Hurricane Court",
                "Liverpool L24 8RL",
                "0151 486 2230",
            ),
            ("Northern Rig & Compressor Ltd", "Carr Wood Road", "Castleford WF10 4SB", ""),
        ],
        "de": [
            ("Bohrgeräte-Service Wagner GmbH", "Hafenstraße 33", "46483 Wesel", "0281 16 49 50"),
            ("Technik-Zentrum Bohr- und Rammtechnik", "Gewerbepark 11", "97877 Wertheim", ""),
        ],
        "fr": [
            (
                "Sofraforage Maintenance SAS",
                "ZAC du Chêne Vert",
                "69800 Saint-Priest",
                "04 78 90 44 12",
            ),
            ("Atelier Mécanique du Forage", "Route de Nantes", "49300 Cholet", ""),
        ],
        "us": [
            (
                "Mid-Plains Drill Supply Inc.",
                "2210 N Industrial Road",
                "Salina, KS 67401",
                "+1 785 825 4400",
            )
        ],
    },
    "inspector": {
        "en": [
            (
                "Allied Engineering Inspection Ltd",
                "Cavendish House, Market Street",
                "Altrincham WA14 1PF",
                "",
            ),
            ("Sentinel Plant Inspection Services", "Unit 7, Tower Park", "Poole BH12 4NX", ""),
        ],
        "de": [
            (
                "TÜV Süd Industrie Service GmbH - Abt. Fördertechnik",
                "Westendstraße 199",
                "80686 München",
                "",
            ),
            (
                "DEKRA Automobil GmbH - Prüfstelle Arbeitsmittel",
                "Handwerkstraße 15",
                "70565 Stuttgart",
                "",
            ),
        ],
        "fr": [
            ("Apave Sud Europe - Agence de Valence", "14 rue Frédéric Chopin", "26000 Valence", ""),
            ("Socotec Equipements - Agence Ouest", "3 rue du Charron", "44800 Saint-Herblain", ""),
        ],
    },
    "fuel": {
        "en": [
            ("Allstar Business Fuel Cards", "PO Box 1234", "Sheffield S98 1ZZ", ""),
            ("Keyfuels Account Services", "Lakeside House", "Maidstone ME14 3EN", ""),
        ],
        "de": [
            ("DKV Euro Service GmbH + Co. KG", "Balcke-Dürr-Allee 3", "40882 Ratingen", ""),
            ("Aral Card Service", "Wittener Straße 45", "44789 Bochum", ""),
        ],
        "fr": [
            (
                "TotalEnergies Marketing France - Carte Pro",
                "562 avenue du Parc de l'Île",
                "92000 Nanterre",
                "",
            ),
            ("AS 24 Service Client", "Rue des Fontenelles", "44000 Nantes", ""),
        ],
    },
    "broker": {
        "en": [
            (
                "Hartley Contractors Insurance Brokers",
                "18 Victoria Street",
                "Harrogate HG1 5LA",
                "01423 520 470",
            ),
            ("Marsden Lyle Insurance Services", "3 Cathedral Close", "Salisbury SP1 2EB", ""),
        ],
        "de": [
            (
                "Versicherungsmakler Bauer & Roth GmbH",
                "Kaiser-Joseph-Straße 240",
                "79098 Freiburg",
                "",
            ),
            ("Assekuranzkontor Nord GmbH", "Schillerstraße 4", "49808 Lingen", ""),
        ],
        "fr": [
            ("Cabinet Moreau Assurances BTP", "8 avenue de Verdun", "26000 Valence", ""),
            ("Verlingue Entreprises - Agence de Nantes", "2 rue Crucy", "44000 Nantes", ""),
        ],
    },
    "utility": {
        "en": [
            (
                "Northern Powergrid - Plant Enquiries",
                "Alix House, Falcon Court",
                "Stockton-on-Tees TS18 3TU",
                "",
            ),
            ("Cadent Gas Ltd - Plant Protection", "Brick Kiln Street", "Hinckley LE10 0NA", ""),
            ("Openreach - Maps by Email", "PO Box 2019", "Leeds LS1 1NS", ""),
            (
                "Yorkshire Water - Developer Services",
                "Western House, Halifax Road",
                "Bradford BD6 2SZ",
                "",
            ),
        ],
        "de": [
            ("Netze BW GmbH - Leitungsauskunft", "Schelmenwasenstraße 15", "70567 Stuttgart", ""),
            ("Westnetz GmbH - Planauskunft", "Florianstraße 15-21", "44139 Dortmund", ""),
            (
                "Deutsche Telekom Technik GmbH - Trassenauskunft",
                "Heinrich-Hertz-Straße 1",
                "64295 Darmstadt",
                "",
            ),
            ("Stadtwerke - Netzauskunft Gas/Wasser", "Werkstraße 5", "79211 Denzlingen", ""),
        ],
        "fr": [
            ("Enedis - Cellule DT-DICT", "7 rue Emile Romanet", "26000 Valence", ""),
            ("GRDF - Service DT-DICT", "Immeuble Le Concorde", "44000 Nantes", ""),
            ("Orange - Unité d'Intervention", "Centre DICT", "69003 Lyon", ""),
            (
                "SAUR - Service réseaux eau potable",
                "Rue de la Source",
                "85000 La Roche-sur-Yon",
                "",
            ),
        ],
    },
}

FIRSTS = {
    "en": [
        "Gareth",
        "Lisa",
        "Ian",
        "Nicola",
        "Craig",
        "Joanne",
        "Martin",
        "Kerry",
        "Stuart",
        "Rachel",
    ],
    "de": [
        "Markus",
        "Heike",
        "Jürgen",
        "Sandra",
        "Tobias",
        "Birgit",
        "Florian",
        "Anja",
        "Uwe",
        "Nina",
    ],
    "fr": [
        "Thierry",
        "Sylvie",
        "Romain",
        "Céline",
        "Franck",
        "Élodie",
        "Ludovic",
        "Aurélie",
        "Cédric",
        "Manon",
    ],
}
LASTS = {
    "en": [
        "Metcalfe",
        "Hargreaves",
        "Dobson",
        "Pickles",
        "Lister",
        "Cartwright",
        "Hodgson",
        "Bramley",
    ],
    "de": ["Fehrenbach", "Hummel", "Ketterer", "Dold", "Brenner", "Wiedemann", "Sauer", "Kopp"],
    "fr": [
        "Chabert",
        "Reynaud",
        "Faure",
        "Guillot",
        "Blanchard",
        "Martineau",
        "Pélissier",
        "Vidal",
    ],
}
FEMALE = {
    "Lisa",
    "Nicola",
    "Joanne",
    "Kerry",
    "Rachel",
    "Heike",
    "Sandra",
    "Birgit",
    "Anja",
    "Nina",
}
FEMALE |= {"Sylvie", "Céline", "Élodie", "Aurélie", "Manon", "Margaret", "Susan", "Ute", "Ingrid"}
FEMALE |= {"Monique", "Chantal", "Helen", "Gabi"}

#: Customers: a private householder, a farm, an estate or a business.
CUST_PEOPLE = {
    "en": [
        "Margaret Ashworth",
        "Peter Greenwood",
        "David & Susan Holt",
        "Richard Fairbairn",
        "Helen Whitworth",
    ],
    "de": ["Ute Ketterer", "Wolfgang Sutter", "Familie Gerber", "Reinhard Baumann", "Gabi Fritz"],
    "fr": [
        "Monique Lambert",
        "Jean-Claude Roux",
        "M. et Mme Gauthier",
        "Bernard Rivière",
        "Chantal Dumas",
    ],
}
CUST_FIRMS = {
    "en": [
        "Holly Tree Farm (J. & A. Robinson)",
        "Lower Hagg Estate",
        "Broughton Hall Golf Club",
        "Dale End Brewery Ltd",
        "Oakridge Nurseries",
    ],
    "de": [
        "Hofgut Sonnenhalde GbR",
        "Weingut Schneider",
        "Gärtnerei Vogt",
        "Landgasthof Zum Hirschen",
        "Milchviehbetrieb Determann",
    ],
    "fr": [
        "EARL du Grand Pré",
        "GAEC des Trois Chênes",
        "Camping Les Peupliers",
        "Domaine de la Garenne",
        "Pépinières Moreau",
    ],
}
ROADS = {
    "en": [
        "Moor Lane",
        "Back Lane",
        "Church Road",
        "Gill Bank",
        "Low Road",
        "Carr Lane",
        "Fell Road",
    ],
    "de": ["Am Mühlbach", "Lindenweg", "Talstraße", "Hofackerweg", "Schwarzwaldstraße", "Im Brühl"],
    "fr": [
        "chemin des Vignes",
        "route de Romans",
        "impasse du Moulin",
        "rue des Écoles",
        "chemin du Puits",
    ],
}
#: The towns around each company (by its row in ``OFFICES``), where its customers live.
TOWNS = {
    "en": [
        ["Grassington BD23 5AT", "Settle BD24 9HE", "Malton YO17 6RT", "Gargrave BD23 3RB"],
        ["Sherborne DT9 4LP", "Shaftesbury SP7 8JE", "Wimborne BH21 1HR", "Sturminster DT10 1AB"],
        ["Wisbech PE13 2QF", "Chatteris PE16 6AE", "Ely CB7 4AN", "Whittlesey PE7 1BW"],
    ],
    "de": [
        ["79183 Waldkirch", "79336 Herbolzheim", "79312 Emmendingen", "79341 Kenzingen"],
        ["91560 Heilsbronn", "91578 Leutershausen", "91555 Feuchtwangen", "91522 Ansbach"],
        ["49835 Wietmarschen", "49811 Lingen", "49716 Meppen", "49824 Emlichheim"],
    ],
    "fr": [
        ["26750 Génissieux", "26540 Mours-Saint-Eusèbe", "26380 Peyrins", "26300 Alixan"],
        ["85310 Nesmy", "85150 Les Achards", "85000 Mouilleron-le-Captif", "85310 Le Tablier"],
        ["18500 Mehun-sur-Yèvre", "18100 Vierzon", "18500 Vignoux-sur-Barangeon", "18120 Lury"],
    ],
}

TALK = {
    "en": {
        "drill": "borehole drilling casing grout strata water strike rest level yield rig rods "
        "bit sandstone mudstone clay chalk screen gravel pack depth headworks",
        "hydro": "aquifer groundwater abstraction yield recharge catchment transmissivity "
        "drawdown recovery quality nitrate iron licence protection zone spring",
        "legal": "contractor employer works price variation payment retention access "
        "completion defects liability insurance notice dispute termination",
        "plant": "mast winch wire rope hydraulic hoses compressor engine service filters "
        "oil pressure rod handler inspection defect safe working load",
        "money": "invoice payment account balance due amount reference transfer period "
        "statement charges terms settlement retention",
    },
    "de": {
        "drill": "Bohrung Verrohrung Verfüllung Schichtenfolge Wasserzutritt Ruhewasserspiegel "
        "Bohrgerät Gestänge Meißel Sandstein Mergel Ton Kies Filterrohr Filterkies Teufe",
        "hydro": "Grundwasserleiter Grundwasser Entnahme Ergiebigkeit Neubildung Einzugsgebiet "
        "Absenkung Wiederanstieg Beschaffenheit Nitrat Eisen Erlaubnis Schutzgebiet Quelle",
        "legal": "Auftragnehmer Auftraggeber Leistung Vergütung Nachtrag Abschlagszahlung "
        "Sicherheitseinbehalt Abnahme Mängel Haftung Versicherung Kündigung VOB",
        "plant": "Mast Winde Drahtseil Hydraulikschläuche Kompressor Motor Wartung Filter Öl "
        "Druck Gestängeautomat Prüfung Mangel Tragfähigkeit",
        "money": "Rechnung Zahlung Konto Saldo fällig Betrag Verwendungszweck Überweisung "
        "Zeitraum offen Abrechnung Gebühren Zahlungsziel Einbehalt",
    },
    "fr": {
        "drill": "forage tubage cimentation coupe géologique venue d'eau niveau statique "
        "foreuse tiges outil grès marne argile craie crépine massif filtrant profondeur",
        "hydro": "nappe aquifère prélèvement débit recharge bassin transmissivité rabattement "
        "remontée qualité nitrates fer déclaration périmètre de protection source",
        "legal": "entreprise maître d'ouvrage travaux prix avenant situation retenue garantie "
        "réception réserves responsabilité assurance mise en demeure résiliation",
        "plant": "mât treuil câble flexibles hydrauliques compresseur moteur entretien filtres "
        "huile pression manipulateur de tiges vérification anomalie charge maximale",
        "money": "facture paiement compte solde échéance montant référence virement période "
        "relevé frais règlement retenue",
    },
}
GLUES = {
    "en": "the of and to for with on at by from this is are will be the a as we your all",
    "de": "die der das und zu für mit auf von ist sind wird bei nach den dem im wir Ihre",
    "fr": "le la les et de du pour avec sur par est sont sera au aux des une nous vos",
}


def words(rng: random.Random, lang: str, topic: str = "drill", n: int | None = None) -> str:
    lang = lang if lang in TALK else "en"
    pool, glue = TALK[lang][topic].split(), GLUES[lang].split()
    ws = [rng.choice(pool if rng.random() < 0.5 else glue) for _ in range(n or rng.randint(7, 15))]
    text = " ".join(ws)
    return text[0].upper() + text[1:] + "."


def prose(rng: random.Random, lang: str, topic: str = "drill", lo: int = 2, hi: int = 4) -> str:
    return " ".join(words(rng, lang, topic) for _ in range(rng.randint(lo, hi)))


# ---------------------------------------------------------------------------------------------
# The company of a stream, its month, its jobs (sites) and what the previous paper was about
# ---------------------------------------------------------------------------------------------

OFFICE: dict[str, object] = {"lang": "en", "row": 0, "seed": 0, "month": date(2025, 3, 1)}
LAST: dict[str, object] = {"kind": "", "job": None, "day": None, "extra": None}

PURPOSES = {
    "en": [
        "Domestic water supply borehole",
        "Agricultural supply borehole",
        "Ground source heat pump borehole array",
        "Groundwater monitoring boreholes",
        "Commercial water supply borehole",
    ],
    "de": [
        "Hausbrunnen (Trinkwasser)",
        "Beregnungsbrunnen",
        "Erdwärmesondenanlage",
        "Grundwassermessstellen",
        "Brauchwasserbrunnen Gewerbe",
    ],
    "fr": [
        "Forage d'eau à usage domestique",
        "Forage agricole (irrigation)",
        "Champ de sondes géothermiques",
        "Piézomètres de surveillance",
        "Forage d'eau à usage professionnel",
    ],
}
GSHP = 2


def home() -> str:
    return str(OFFICE["lang"])


def month() -> date:
    m = OFFICE["month"]
    assert isinstance(m, date)
    return m


def keyed(who: Issuer, key: str) -> random.Random:
    """Draws fixed by the issuer, the stream's company and ``key``: a run or a repeat keeps
    its sender."""
    text = f"scoop/{key}/{who.name}/{who.street}/{who.city}/{OFFICE['seed']}"
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


@dataclass
class Job:
    """One site: the customer, the purpose, the boreholes and the price."""

    ref: str
    cust: list[str]  # name, street, town
    firm: bool
    purpose: int
    holes: int
    depth: int  # metres
    dia: int  # drilled diameter, mm
    price: float
    grid: str
    bh: int  # the borehole a log or record is about


def a_job(rng: random.Random) -> Job:
    lg = home()
    firm = rng.random() < 0.4
    name = rng.choice(CUST_FIRMS[lg] if firm else CUST_PEOPLE[lg])
    road, town = rng.choice(ROADS[lg]), rng.choice(TOWNS[lg][int(OFFICE["row"])])  # type: ignore[call-overload]
    no = rng.randint(1, 60)
    street = f"{road} {no}" if lg == "de" else f"{no} {road}" if lg == "fr" or no < 40 else road
    purpose = rng.choice([0, 0, 1, 2, 2, 2, 3, 4])
    if purpose == GSHP:
        holes, depth, dia = rng.randint(2, 8), rng.choice([80, 99, 100, 120, 130, 150]), 152
    elif purpose == 3:
        holes, depth, dia = rng.randint(2, 4), rng.choice([10, 12, 15, 20, 25]), 125
    else:
        holes, depth, dia = (
            1,
            rng.choice([35, 45, 60, 75, 90, 110, 140]),
            rng.choice([150, 200, 250]),
        )
    rate = {"en": 1.0, "de": 1.15, "fr": 1.1}[lg]
    price = round((holes * depth * rng.uniform(38, 62) + rng.uniform(1800, 4800)) * rate, -1)
    grid = {
        "en": f"SE {rng.randint(10000, 99999)} {rng.randint(10000, 99999)}",
        "de": f"E {rng.randint(400000, 499999)} N {rng.randint(5300000, 5499999)}",
        "fr": f"X {rng.randint(840000, 900000)} Y {rng.randint(6420000, 6700000)}",
    }[lg]
    yy = month().year % 100
    return Job(
        ref=f"{yy}/{rng.randint(10, 240):03d}" if lg == "en" else f"{yy}-{rng.randint(100, 480)}",
        cust=[name, street, town],
        firm=firm,
        purpose=purpose,
        holes=holes,
        depth=depth,
        dia=dia,
        price=price,
        grid=grid,
        bh=1,
    )


def job_for(rng: random.Random, kinds: tuple[str, ...]) -> Job:
    """The previous document's site if it was one of ``kinds``, else a new one."""
    j = LAST["job"]
    if isinstance(j, Job) and after(kinds):
        return j
    return a_job(rng)


def remember(job: Job | None, d: date, extra: object = None) -> None:
    LAST.update(job=job, day=d, extra=extra)


def site_of(job: Job) -> str:
    return f"{job.cust[1]}, {job.cust[2]}"


def purpose(job: Job, lang: str) -> str:
    return PURPOSES[lang if lang in PURPOSES else "en"][job.purpose]


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
FACES = [
    ("Helvetica", "Helvetica-Bold"),
    ("Helvetica", "Helvetica-Bold"),
    ("Times-Roman", "Times-Bold"),
    ("Courier", "Courier-Bold"),
]
LOOKS = ["band", "centred", "letter", "boxed", "plain", "side"]
TAGLINE = {
    "office": (
        "Water wells - Boreholes - Ground source heat",
        "Brunnenbau - Erdwärme - Bohrtechnik",
        "Forages d'eau - Géothermie - Pompage",
    ),
    "supplier": (
        "Borehole products - Pumps - Casing",
        "Brunnenbaubedarf - Pumpen - Rohre",
        "Matériel de forage - Pompes - Tubages",
    ),
    "lab": (
        "Accredited water analysis",
        "Akkreditiertes Prüflaboratorium",
        "Laboratoire d'analyses des eaux",
    ),
    "rig_dealer": (
        "Drilling rig sales, service and parts",
        "Bohrgeräte - Service - Ersatzteile",
        "Foreuses - SAV - Pièces détachées",
    ),
}


def legal_lines(r: random.Random, name: str, lang: str, role: str) -> list[str]:
    if role in ("authority", "survey"):
        return []
    if lang == "de":
        out = [
            f"{name} - Steuer-Nr. {r.randint(100, 299)}/{r.randint(1000, 9999)}/"
            f"{r.randint(1000, 9999)} - USt-IdNr. DE{r.randint(100000000, 999999999)}",
            f"{r.choice(['Sparkasse', 'Volksbank', 'Raiffeisenbank'])} - IBAN "
            f"DE{r.randint(10, 99)} "
            f"{r.randint(1000, 9999)} {r.randint(1000, 9999)} {r.randint(1000, 9999)} "
            f"{r.randint(1000, 9999)} {r.randint(10, 99)} - BIC {serial(r, 'AAAAAA9A')}",
        ]
        if "GmbH" in name or "AG" in name or "KG" in name:
            out.insert(
                0,
                f"Sitz der Gesellschaft: "
                f"{r.choice(['Freiburg', 'Ansbach', 'Osnabrück', 'München'])}"
                f" - HRB {r.randint(1000, 99999)} - Geschäftsführer: "
                + r.choice(
                    ["Michael Hess", "Andreas Kühn", "Dipl.-Ing. Peter Lindner", "Karin Wolf"]
                ),
            )
        return out
    if lang == "fr":
        siret = " ".join(str(r.randint(a, b)) for a, b in ((300, 899), (100, 999), (100, 999)))
        siret += f" {r.randint(10000, 99999)}"
        out = [
            f"{name} - SIRET {siret} - APE "
            f"{r.choice(['4313Z', '4322B', '4669B', '7120B', '4511Z'])}"
        ]
        if r.random() < 0.7:
            out.append(
                f"TVA FR{r.randint(10, 99)} {r.randint(100, 999)} {r.randint(100, 999)} "
                f"{r.randint(100, 999)} - Capital {r.choice(['8 000', '50 000', '120 000'])} €"
            )
        return out
    if lang == "us":
        return [f"{name} - Federal Tax ID {r.randint(10, 99)}-{r.randint(1000000, 9999999)}"]
    out = []
    if "Ltd" in name or "plc" in name:
        out.append(f"Registered in England and Wales No. {r.randint(3000000, 13999999):08d}")
    if r.random() < 0.7:
        out.append(
            f"VAT Reg. No. GB {r.randint(100, 999)} {r.randint(1000, 9999)} {r.randint(10, 99)}"
        )
    if role == "office" and r.random() < 0.6:
        out.append(
            r.choice(
                ["Member of the British Drilling Association", "GSHPA member", "NWWA accredited"]
            )
        )
    return [" - ".join(out)] if out else []


def make_head(row: Row, lang: str, role: str) -> Head:
    """The paper habits of the sender ``row``: the same all through one stream."""
    name, street, town, phone = row
    r = random.Random(zlib.crc32(f"scoop/head/{name}/{OFFICE['seed']}".encode()))
    font, bold = r.choice(FACES)
    host = "".join(c for c in name.lower().split()[0] if c.isalpha() and c.isascii())[:12]
    tld = {"en": "co.uk", "de": "de", "fr": "fr", "us": "com"}[lang]
    looks = LOOKS
    if role in ("authority", "survey"):
        looks = ["official"]
        font, bold = (
            ("Helvetica", "Helvetica-Bold") if r.random() < 0.6 else ("Times-Roman", "Times-Bold")
        )
    pl = "en" if lang == "us" else lang
    look = r.choice(looks)
    corner = r.choice(["bc", "br", "tr", "bc", "bl"])
    return Head(
        name=name,
        lang=lang,
        street=street,
        town=town,
        phone=phone,
        role=role,
        look=look,
        font=font,
        bold=bold,
        pt=r.choice([9, 9.5, 10, 10]),
        margin=r.choice([48, 54, 60, 66]),
        again=r.random() < 0.3,
        foot=legal_lines(r, name, lang, role) if r.random() < 0.75 else [],
        numbers=r.choice(PAGE_NOS[pl]),
        corner=corner
        if corner != "tr" or look in ("band", "centred", "boxed", "official")
        else "br",
        dates=r.choice(
            ["short", "long"]
            + (["iso", "short"] if lang == "en" else ["us"] if lang == "us" else [])
        ),
        mail=f"{r.choice(['info', 'office', 'enquiries', 'accounts'])}@{host or 'mail'}.{tld}"
        if r.random() < 0.7
        else "",
    )


def office_head() -> Head:
    lang = home()
    return make_head(OFFICES[lang][int(OFFICE["row"])], lang, "office")  # type: ignore[call-overload]


def head_of(who: Issuer, role: str, abroad: float = 0.0) -> Head:
    """The ``role`` sender of ``who`` (the same for the same issuer and company), of the
    company's country or, with odds ``abroad``, of another."""
    r = keyed(who, role)
    lang = home()
    if r.random() < abroad:
        lang = r.choice([x for x in SENDERS[role] if x != lang])
    rows = SENDERS[role][lang]
    local = lang == home() and (
        role in ("authority", "survey") or (role == "merchant" and r.random() < 0.7)
    )
    if local:  # the authority, survey or merchant of the company's own district
        return make_head(rows[min(int(OFFICE["row"]), len(rows) - 1)], lang, role)  # type: ignore[call-overload]
    return make_head(r.choice(rows), lang, role)


def ll(h: Head) -> str:
    """The language ``h`` writes in (an American sender writes English)."""
    return "en" if h.lang == "us" else h.lang


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


def when(h: Head, d: date) -> str:
    """``d`` as ``h`` writes it (an American sender: "March 4, 2025")."""
    if h.lang == "us":
        return f"{MONTH_EN[d.month - 1]} {d.day}, {d.year}"
    return day(h, d)


MONTH_EN = MONTH_NAMES["en"]


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
        cx, cy + r * 0.45, fit(mid, "Helvetica-Bold", pt2, r * 1.4), "Helvetica-Bold", pt2, "center"
    )


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
    lg = ll(h)
    y = max(m - 14, 22.0) if top is None else top
    tel = f"{tr(lg, 'Tel', 'Tel.', 'Tél.')} {h.phone}" if h.phone else ""
    where = f"{h.street}, {h.town}"
    contact = "  ".join(t for t in (tel, h.mail) if t)
    if w < 330:
        pt = shrink(h.name, h.bold, 10, w - 2 * m)
        p.text(w / 2, y, fit(h.name, h.bold, pt, w - 2 * m), h.bold, pt, "center")
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
        p.text(m + 32, yy, fit(f"{where}   {contact}", h.font, 7, w - 2 * m - 40), h.font, 7)
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
        tag = TAGLINE.get(h.role)
        if tag:
            p.text(m, y + 15, tr(lg, *tag), italic_of(h.font), 7.5)
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
    parts = [t for t in name.replace("-", " ").replace(".", " ").split() if t[0].isupper()]
    parts = [t for t in parts if t not in ("Dr", "Dipl", "Ing", "M", "Mme", "Mr", "Mrs")] or ["X"]
    text = f"{parts[0][0]}{parts[-1][:8]}" if len(parts) > 1 else parts[0][:9]
    p.text(x + 2, y - 1, text, INK, pt)
    end = x + 6 + tw(text, INK, pt)
    p.line(end - 4, y - 2, end + 12, y - 9)
    p.line(x, y + 2, end - 8, y + 1)


def received(rng: random.Random, p: Page, d: date, odds: float = 0.35) -> None:
    """Now and then the office's received stamp on the first page."""
    if rng.random() < odds:
        w, _ = p.size
        lg = home()
        stamp(
            p,
            w - rng.uniform(150, 210),
            rng.uniform(70, 170),
            [
                tr(lg, "RECEIVED", "EINGANG", "REÇU LE"),
                short(d + timedelta(days=rng.randint(1, 5)), lg),
                rng.choice(
                    {
                        "en": ["Accounts", "Office", "Job file"],
                        "de": ["Buchhaltung", "Büro", "z. d. A."],
                        "fr": ["Comptabilité", "Secrétariat", "Dossier"],
                    }[lg]
                ),
            ],
        )


def recipient(
    f: Sheets, s: Style, h: Head, lines: list[str], d: date, refs: list[tuple[str, str]]
) -> None:
    w, _ = f.size
    lg = ll(h)
    y0 = f.y
    below = window(
        f.page, s, h if h.look in ("plain", "band", "letter", "official") else None, y0, lines
    )
    yy = pairs(
        f.page,
        s,
        w * 0.56,
        y0,
        [*refs, (tr(lg, "Date", "Datum", "Date"), when(h, d))],
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
            ["Yours sincerely", "Kind regards", "Yours faithfully", "Best regards"][len(name) % 4],
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
    r = random.Random(zlib.crc32(f"scoop/staff/{tag}/{h.name}/{OFFICE['seed']}".encode()))
    lg = ll(h)
    if h.lang == "us":
        first = r.choice(["Dale", "Rick", "Tammy", "Cody"])
        return f"{first} {r.choice(['Hoffman', 'Reyes', 'Larson'])}"
    return f"{r.choice(FIRSTS[lg])} {r.choice(LASTS[lg])}"


def crew(tag: str) -> str:
    """A member of the company's staff: md, hydro, admin, driller1/2, mate1/2."""
    return staff(office_head(), tag)


def mx(name: str, lang: str) -> str:
    """``name`` with Frau/Herr or Madame/Monsieur before it."""
    female = name.split()[0] in FEMALE
    if lang == "de":
        return f"{'Frau' if female else 'Herr'} {name}"
    if lang == "fr":
        return f"{'Madame' if female else 'Monsieur'} {name}"
    return f"{'Mrs' if female else 'Mr'} {name}"


def office_lines(att: str = "") -> list[str]:
    h = office_head()
    return [h.name, *([att] if att else []), h.street, h.town]


def vat_rate(lang: str) -> float:
    return {"en": 20.0, "de": 19.0, "fr": 20.0}.get(lang, 0.0)


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
        (tr(lg, "Total due", "Rechnungsbetrag", "Total TTC" if rate else "Total net"), net + tax)
    )
    for k, (t, v) in enumerate(rows):
        bold = s.bold if k == len(rows) - 1 else s.font
        f.page.text(w * 0.56, f.y, t, bold, s.size)
        f.page.text(w - m, f.y, usd(v) if lg == "us" else cash(v, lg), bold, s.size, "right")
        f.y += s.size * 1.5
    if note:
        f.y += 4
        write(f, s, note, s.size - 1.5)
    return net + tax


def usd(v: float) -> str:
    return f"${money(v, 'en')}"


def amount(v: float, lang: str) -> str:
    return usd(v) if lang == "us" else cash(v, lang)


def num(v: float, lang: str, nd: int = 0) -> str:
    """A number the way ``lang`` writes it."""
    t = f"{v:,.{nd}f}"
    if lang == "de":
        return t.replace(",", "_").replace(".", ",").replace("_", ".")
    if lang == "fr":
        return t.replace(",", " ").replace(".", ",")
    return t


def small_print(
    rng: random.Random, s0: Style, h: Head, title: str, heads: list[str], topic: str = "legal"
) -> Page:
    """A page of small print under ``title`` in two columns: numbered clauses."""
    lg = ll(h)
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
    if rng.random() < 0.6:
        p.rect(0, 0, rng.uniform(8, 22), h, fill=g)
    else:
        p.rect(0, 0, w, rng.uniform(6, 16), fill=g)


def sign_box(
    p: Page,
    s: Style,
    x: float,
    y: float,
    w: float,
    cap: str,
    name: str,
    d: str = "",
    ink: bool = True,
) -> None:
    """A signature field: caption, the signature (if ``ink``), the name and date under a line."""
    p.text(x, y, fit(cap, s.font, 7, w), s.font, 7)
    if ink:
        scrawl(p, x + 4, y + 26, name, 12)
    p.line(x, y + 30, x + w, y + 30)
    p.text(x, y + 39, fit(name + (f", {d}" if d else ""), s.font, 7, w), s.font, 7)


# ---------------------------------------------------------------------------------------------
# Ground: strata, patterns and drawings the logs, reports and appendices share
# ---------------------------------------------------------------------------------------------

#: (description, pattern) of the superficial deposits and the bedrock, by country.
SOILS = {
    "en": [("TOPSOIL: dark brown sandy loam with rootlets", "soil")],
    "de": [("Mutterboden, Schluff, humos, dunkelbraun", "soil")],
    "fr": [("Terre végétale limoneuse, brune", "soil")],
}
DRIFT = {
    "en": [
        ("Firm brown sandy gravelly CLAY (boulder clay)", "clay"),
        ("Medium dense orange-brown SAND and GRAVEL", "gravel"),
        ("Soft grey silty CLAY with peat lenses", "clay"),
    ],
    "de": [
        ("Lehm, schluffig, steif, braun", "clay"),
        ("Kies, sandig, rundkörnig, graubraun", "gravel"),
        ("Ton, schluffig, weich, grau", "clay"),
    ],
    "fr": [
        ("Argile limoneuse beige à cailloutis", "clay"),
        ("Alluvions : sables et graviers roulés", "gravel"),
        ("Argile grise plastique", "clay"),
    ],
}
ROCK = {
    "en": [
        ("Weathered red-brown fine SANDSTONE, broken", "sand"),
        ("Red-brown fine to medium SANDSTONE, competent", "sand"),
        ("Grey MUDSTONE with thin siltstone bands", "mud"),
        ("White CHALK with flints, fissured", "lime"),
        ("Grey crystalline LIMESTONE, fractured", "lime"),
        ("Dark grey SHALE, hard", "mud"),
        ("Grey GRITSTONE, coarse, hard", "sand"),
    ],
    "de": [
        ("Sandstein, verwittert, rotbraun (Buntsandstein)", "sand"),
        ("Sandstein, fest, feinkörnig, rotbraun", "sand"),
        ("Mergel, grau, feste Bänke", "mud"),
        ("Kalkstein, klüftig, grau (Muschelkalk)", "lime"),
        ("Tonstein, grau-grün, fest (Keuper)", "mud"),
        ("Gneis, angewittert", "crys"),
        ("Granit, fest, hellgrau", "crys"),
    ],
    "fr": [
        ("Molasse sableuse beige, altérée", "sand"),
        ("Grès fin ocre, compact", "sand"),
        ("Marne grise compacte", "mud"),
        ("Calcaire fissuré gris-beige", "lime"),
        ("Craie blanche à silex", "lime"),
        ("Granite altéré (arène granitique)", "crys"),
        ("Schiste gris sain", "mud"),
    ],
}


def strata(rng: random.Random, lg: str, depth: float) -> list[tuple[float, float, str, str]]:
    """The layers down to ``depth``: soil, one or two superficial deposits, then rock."""
    out: list[tuple[float, float, str, str]] = []
    top = 0.0
    bottom = round(rng.uniform(0.2, 0.5), 1)
    out.append((top, bottom, *SOILS[lg][0]))
    top = bottom
    for d in rng.sample(DRIFT[lg], rng.randint(1, 2)):
        bottom = round(top + rng.uniform(1.0, min(8.0, depth / 4)), 1)
        out.append((top, bottom, *d))
        top = bottom
    rocks = rng.sample(ROCK[lg], rng.randint(2, 4))
    for k, d in enumerate(rocks):
        bottom = (
            depth if k == len(rocks) - 1 else round(top + (depth - top) * rng.uniform(0.15, 0.5), 1)
        )
        if bottom <= top:
            continue
        out.append((top, bottom, *d))
        top = bottom
    return out


def hatch(p: Page, x: float, y: float, w: float, h: float, kind: str) -> None:
    """A strata pattern in the box ``x, y, w, h`` (soil, clay, gravel, sand, mud, lime, crys)."""
    p.rect(x, y, w, h)
    if h < 3:
        return
    if kind == "soil":
        p.rect(x, y, w, h, fill=0.35)
    elif kind == "clay":
        yy = y + 3
        while yy < y + h:
            p.line(x, yy, x + w, yy)
            yy += 4
    elif kind == "gravel":
        yy = y + 3
        k = 0
        while yy < y + h - 2:
            xx = x + 3 + (k % 2) * 4
            while xx < x + w - 4:
                p.rect(xx, yy, 2.5, 2.5)
                xx += 8
            yy += 5
            k += 1
    elif kind == "sand":
        yy = y + 3
        k = 0
        while yy < y + h - 1:
            xx = x + 2 + (k % 2) * 3
            while xx < x + w - 2:
                p.rect(xx, yy, 0.8, 0.8, fill=0.0)
                xx += 6
            yy += 4
            k += 1
    elif kind == "mud":
        yy = y + 3
        while yy < y + h:
            xx = x + 1
            while xx < x + w - 5:
                p.line(xx, yy, xx + 5, yy)
                xx += 8
            yy += 3.5
    elif kind == "lime":
        yy = y + 6
        k = 0
        while yy < y + h:
            p.line(x, yy, x + w, yy)
            xx = x + (6 if k % 2 else 12)
            while xx < x + w:
                p.line(xx, yy - 6 if yy - 6 > y else y, xx, yy)
                xx += 12
            yy += 6
            k += 1
    else:  # crystalline: crosses
        yy = y + 4
        while yy < y + h - 2:
            xx = x + 3
            while xx < x + w - 4:
                p.line(xx, yy, xx + 3, yy + 3)
                p.line(xx + 3, yy, xx, yy + 3)
                xx += 9
            yy += 7


def construction(p: Page, s: Style, x: float, y: float, h: float, job: Job, lg: str) -> None:
    """A borehole construction drawing from ``y`` over ``h``: casing, screen or loop, grout,
    gravel pack, with depth labels on the right."""
    scale = h / job.depth
    cx = x + 40
    bore = 36
    p.line(x, y, x + 120, y)
    p.text(x - 4, y + 3, "0.0 m", s.font, 7, "right")
    p.rect(cx - bore / 2, y, bore, h)
    if job.purpose == GSHP:
        p.rect(cx - bore / 2 + 1, y, bore - 2, h, fill=0.8)
        p.line(cx - 6, y, cx - 6, y + h - 4)
        p.line(cx + 6, y, cx + 6, y + h - 4)
        p.line(cx - 6, y + h - 4, cx + 6, y + h - 4)
        labels = [
            (
                0.0,
                tr(
                    lg,
                    "40 mm PE100 U-loop",
                    "Doppel-U-Sonde 2x32 mm PE-RC",
                    "sonde double U PE 32 mm",
                ),
            ),
            (
                0.3,
                tr(
                    lg,
                    "Thermally enhanced grout",
                    "Verfüllbaustoff (thermisch verbessert)",
                    "coulis géothermique",
                ),
            ),
            (
                1.0,
                tr(
                    lg,
                    f"Base of loop {job.depth - 1} m",
                    f"Sondenfuß {job.depth - 1} m",
                    f"pied de sonde {job.depth - 1} m",
                ),
            ),
        ]
    else:
        cas = max(6.0, round(job.depth * 0.35))
        p.rect(cx - 12, y, 24, cas * scale, fill=0.6)
        p.rect(cx - 12, y + cas * scale, 24, h - cas * scale)
        yy = y + cas * scale + 4
        while yy < y + h - 2:
            p.line(cx - 12, yy, cx - 7, yy)
            p.line(cx + 7, yy, cx + 12, yy)
            yy += 5
        labels = [
            (
                0.0,
                tr(
                    lg,
                    "Steel casing 168 mm + grout seal",
                    "Sperrrohr / Tondichtung",
                    "tubage acier + cimentation",
                ),
            ),
            (
                cas / job.depth,
                tr(
                    lg,
                    f"Base of grout {cas:.0f} m",
                    f"Dichtung bis {cas:.0f} m",
                    f"cimentation jusqu'à {cas:.0f} m",
                ),
            ),
            (
                0.55,
                tr(lg, "uPVC slotted screen 125 mm", "Filterrohr PVC DN 125", "crépine PVC 125 mm"),
            ),
            (0.8, tr(lg, "Gravel pack 3-6 mm", "Filterkies 3,15-5,6 mm", "massif filtrant 3-6 mm")),
            (
                1.0,
                tr(
                    lg,
                    f"Total depth {job.depth} m",
                    f"Endteufe {job.depth} m",
                    f"profondeur finale {job.depth} m",
                ),
            ),
        ]
    for frac, t in labels:
        yy = y + frac * h
        p.line(cx + bore / 2, yy, x + 120, yy)
        p.text(x + 124, yy + 3, fit(t, s.font, 7, 200), s.font, 7)
    p.line(x, y + h, x + 120, y + h)


def sketch(p: Page, rng: random.Random, x: float, y: float, w: float, h: float, lg: str) -> None:
    """A hand-drawn site sketch: buildings, a track, a hedge, the proposed borehole, north."""
    p.rect(x, y, w, h)
    bx, by = x + w * rng.uniform(0.1, 0.3), y + h * rng.uniform(0.15, 0.35)
    p.rect(bx, by, w * 0.22, h * 0.16)
    hand(p, bx + 6, by + h * 0.09, tr(lg, "house", "Wohnhaus", "maison"), 9)
    if rng.random() < 0.7:
        p.rect(bx + w * 0.35, by - 10, w * 0.25, h * 0.2)
        hand(p, bx + w * 0.37, by + h * 0.06, tr(lg, "barn", "Scheune", "hangar"), 9)
    ty = y + h * 0.75
    p.line(x, ty, x + w, ty - 20)
    p.line(x, ty + 18, x + w, ty - 2)
    hand(p, x + w * 0.55, ty + 2, tr(lg, "track", "Feldweg", "chemin"), 9)
    xx = x + 6
    while xx < x + w - 8:
        p.text(xx, y + h * 0.55, "o", HAND, 9)
        xx += 11
    hand(p, x + 8, y + h * 0.55 - 10, tr(lg, "hedge", "Hecke", "haie"), 8)
    px, py = x + w * rng.uniform(0.5, 0.8), y + h * rng.uniform(0.35, 0.5)
    p.text(px, py, "X", "Helvetica-Bold", 14)
    hand(p, px + 14, py, tr(lg, "borehole here?", "Brunnen hier?", "forage ici ?"), 9)
    p.line(x + w - 24, y + 40, x + w - 24, y + 14)
    p.line(x + w - 24, y + 14, x + w - 28, y + 22)
    p.line(x + w - 24, y + 14, x + w - 20, y + 22)
    p.text(x + w - 27, y + 52, "N", HAND, 10)


# ---------------------------------------------------------------------------------------------
# Templates LLLLL: customers, assessments, quotations and contracts
# ---------------------------------------------------------------------------------------------

ASK = {
    "en": [
        "Our spring supply ran low again last summer and the water tests have not been good.",
        "We would like to know whether a borehole is possible here and roughly what it would cost.",
        "Access is by the farm track, which takes a tractor and trailer; there is power at the "
        "barn.",
        "A neighbour had a borehole done a few years ago at about 60 metres and has plenty of "
        "water.",
        "We are replacing the oil boiler and the heat pump installer says we will need boreholes.",
        "Could someone come out and have a look? Evenings are best on the telephone.",
        "Please could you also let us know how long the work would take and when you could start.",
    ],
    "de": [
        "Unsere Quelle ist im letzten Sommer wieder fast trockengefallen.",
        "Wir möchten wissen, ob auf unserem Grundstück ein Brunnen möglich ist und was er "
        "ungefähr kostet.",
        "Die Zufahrt erfolgt über einen befestigten Feldweg; Strom ist in der Scheune vorhanden.",
        "Der Nachbar hat vor einigen Jahren bohren lassen, etwa 60 m tief, und hat genug Wasser.",
        "Wir planen eine Wärmepumpe und der Heizungsbauer empfiehlt Erdwärmesonden.",
        "Bitte rufen Sie uns für einen Ortstermin an, am besten abends.",
        "Teilen Sie uns bitte auch mit, wie lange die Arbeiten dauern und wann Sie Zeit hätten.",
    ],
    "fr": [
        "Notre source a de nouveau presque tari l'été dernier.",
        "Nous souhaiterions savoir si un forage est possible sur notre terrain et à quel coût.",
        "L'accès se fait par un chemin empierré ; l'électricité est disponible dans le hangar.",
        "Notre voisin a fait faire un forage il y a quelques années, à environ 60 m, avec un bon "
        "débit.",
        "Nous remplaçons notre chaudière fioul et l'installateur nous conseille des sondes "
        "verticales.",
        "Pourriez-vous passer voir le terrain ? Le mieux est de nous appeler en soirée.",
        "Merci de nous indiquer aussi la durée des travaux et vos disponibilités.",
    ],
}


def cust_head(job: Job) -> Head:
    return make_head(
        (*job.cust, serial(random.Random(job.ref), "07999 999999")), home(), "customer"
    )


def tpl_enquiry(rng: random.Random, who: Issuer) -> list[Page]:
    """A customer's enquiry: a letter in the customer's own hand on A5 or A4, a printed web form
    enquiry, or a farm's or business's typed letter; now and then a site sketch behind."""
    job = a_job(rng)
    lg = home()
    d = some_day(rng)
    h = cust_head(job)
    o = office_head()
    kind = rng.choice(
        ["hand", "hand", "web", "web", "typed"] if not job.firm else ["web", "typed", "typed"]
    )
    pages: list[Page] = []
    lines = rng.sample(ASK[lg], rng.randint(3, 5))
    if kind == "hand":
        size = rng.choice([A5, A4, A5])
        s = style_of(h, size, margin=40, pt=10)
        w, hh = size
        p = Page(size)
        y = 50.0
        for t in job.cust[1:]:
            hand(p, w - 40 - tw(t, HAND, 9.5), y, t, 9.5)
            y += 13
        hand(p, w - 40 - tw(short(d, lg), HAND, 9.5), y + 6, short(d, lg), 9.5)
        y += 36
        hand(p, 40, y, dear(lg, None), 10)
        y += 22
        text = " ".join([purpose(job, lg) + ":", *lines])
        for ln in wrap(text, HAND, 10, w - 80):
            if y > hh - 90:
                break
            hand(p, 40, y, ln, 10)
            y += 15
        y += 12
        hand(p, 40, y, tr(lg, "Yours faithfully", "Mit freundlichen Grüßen", "Salutations"), 10)
        scrawl(p, 44, y + 30, job.cust[0])
        hand(p, 40, y + 46, f"{job.cust[0]}  {tr(lg, 'Tel', 'Tel.', 'Tél.')} {h.phone}", 9, w - 80)
        pages.append(p)
        sizes = size
    elif kind == "web":
        s = style_of(o, A4, margin=50, pt=9)
        w, hh = A4
        f = Flow(A4, hh - 60, lambda p, n: 50.0)
        f.page.text(
            50,
            34,
            fit(
                f"{o.name} Mail - {tr(lg, 'New enquiry', 'Neue Anfrage', 'Nouvelle demande')}",
                "Helvetica",
                7,
                w - 100,
            ),
            "Helvetica",
            7,
        )
        f.page.text(w - 50, 34, short(d, lg), "Helvetica", 7, "right")
        f.y = 60
        f.page.text(50, f.y, o.mail or "info@website", "Helvetica-Bold", 10)
        f.y += 16
        for cap, val in [
            (
                tr(lg, "From", "Von", "De"),
                tr(lg, "Website contact form", "Kontaktformular Website", "Formulaire de contact")
                + f" <noreply@{(o.mail or 'x@site.com').split('@')[-1]}>",
            ),
            (
                tr(lg, "Sent", "Gesendet", "Envoyé"),
                f"{short(d, lg)} {rng.randint(7, 22):02d}:{rng.randint(0, 59):02d}",
            ),
            (tr(lg, "To", "An", "À"), o.mail or o.name),
            (
                tr(lg, "Subject", "Betreff", "Objet"),
                tr(lg, "Enquiry: ", "Anfrage: ", "Demande : ") + purpose(job, lg),
            ),
        ]:
            f.page.text(50, f.y, cap + ":", "Helvetica-Bold", 8)
            f.page.text(110, f.y, fit(val, "Helvetica", 8, w - 160), "Helvetica", 8)
            f.y += 11
        f.page.line(50, f.y, w - 50, f.y)
        f.y += 18
        rows = [
            (tr(lg, "Name", "Name", "Nom"), job.cust[0]),
            (tr(lg, "Address", "Anschrift", "Adresse"), site_of(job)),
            (tr(lg, "Telephone", "Telefon", "Téléphone"), h.phone),
            (tr(lg, "Project type", "Vorhaben", "Type de projet"), purpose(job, lg)),
            (
                tr(lg, "Current water supply", "Derzeitige Versorgung", "Alimentation actuelle"),
                rng.choice(
                    [
                        tr(lg, "Spring", "Quelle", "Source"),
                        tr(lg, "Mains", "Öffentliches Netz", "Réseau"),
                        tr(lg, "Old well", "Alter Schachtbrunnen", "Ancien puits"),
                    ]
                ),
            ),
            (
                tr(lg, "Heat demand (kW)", "Heizlast (kW)", "Puissance (kW)"),
                str(rng.choice([8, 10, 12, 14, 18, 24])) if job.purpose == GSHP else "-",
            ),
            (
                tr(
                    lg,
                    "How did you hear of us?",
                    "Wie sind Sie auf uns aufmerksam geworden?",
                    "Comment nous avez-vous connus ?",
                ),
                rng.choice(
                    [
                        "Google",
                        tr(lg, "Recommendation", "Empfehlung", "Bouche à oreille"),
                        "Facebook",
                        tr(lg, "Installer", "Heizungsbauer", "Installateur"),
                    ]
                ),
            ),
        ]
        for cap, val in rows:
            f.page.text(50, f.y, cap, "Helvetica-Bold", 8.5)
            f.page.text(230, f.y, fit(val, "Helvetica", 8.5, w - 280), "Helvetica", 8.5)
            f.y += 14
        f.y += 6
        f.page.text(50, f.y, tr(lg, "Message", "Nachricht", "Message"), "Helvetica-Bold", 8.5)
        f.y += 13
        f.para(50, w - 100, " ".join(lines), "Helvetica", 8.5)
        f.page.text(
            50,
            hh - 30,
            fit(
                f"https://{(o.mail or 'x@site.com').split('@')[-1]}/contact", "Helvetica", 6.5, 300
            ),
            "Helvetica",
            6.5,
        )
        f.page.text(w - 50, hh - 30, "1/1", "Helvetica", 6.5, "right")
        pages.extend(f.pages)
        sizes = A4
    else:
        s = style_of(h, A4)
        f = sheets(s, h)
        recipient(f, s, h, office_lines(), d, [])
        caption(
            f, s, tr(lg, "Borehole - ", "Anfrage ", "Demande de devis - ") + purpose(job, lg), 1
        )
        f.page.text(s.margin, f.y, dear(lg, None), s.font, s.size)
        f.y += s.size * 2
        write(f, s, " ".join(lines[:2]))
        write(f, s, prose(rng, lg, "hydro", 1, 3))
        write(f, s, " ".join(lines[2:]))
        regards(f, s, lg, staff(h, "owner"), "")
        pages.extend(close(f.pages, s, h, numbers="none"))
        sizes = A4
    if rng.random() < 0.3:
        p = Page(sizes)
        w, hh = sizes
        hand(
            p,
            40,
            44,
            tr(
                lg,
                "Sketch of site - not to scale",
                "Skizze Grundstück (nicht maßstäblich)",
                "Croquis du terrain (sans échelle)",
            ),
            10,
        )
        sketch(p, rng, 40, 60, w - 80, min(hh - 130, (w - 80) * 1.1), lg)
        pages.append(p)
    received(rng, pages[0], d, 0.5)
    remember(job, d)
    return pages


def report_no(rng: random.Random, job: Job) -> str:
    return f"{tr(home(), 'HR', 'GA', 'EH')}-{job.ref.replace('/', '-')}-{rng.randint(1, 3):02d}"


def tpl_site_assessment(rng: random.Random, who: Issuer) -> list[Page]:
    """The hydrogeologist's site assessment: a cover sheet with the revision table, numbered
    sections, a table of nearby wells from the survey's records and a landscape appendix with
    the anticipated strata and the proposed borehole construction."""
    job = job_for(rng, ("enquiry",))
    lg = home()
    h = office_head()
    s = style_of(h, A4, pt=9.5)
    w, hh = A4
    m = s.margin
    d = last_day(rng, ("enquiry",), (5, 20))
    no = report_no(rng, job)
    author = crew("hydro")
    title = tr(
        lg,
        "Hydrogeological Site Assessment",
        "Hydrogeologisches Standortgutachten",
        "Étude hydrogéologique préalable",
    )
    cover = Page(A4)
    y = heading(cover, s, h)
    y += 120
    pt = shrink(title, s.bold, 20, w - 2 * m)
    cover.text(w / 2, y, title, s.bold, pt, "center")
    y += 30
    cover.text(w / 2, y, fit(purpose(job, lg), s.font, 12, w - 2 * m), s.font, 12, "center")
    y += 18
    cover.text(w / 2, y, fit(site_of(job), s.font, 11, w - 2 * m), s.font, 11, "center")
    y += 70
    y = pairs(
        cover,
        s,
        m + 60,
        y,
        [
            (tr(lg, "Client", "Auftraggeber", "Maître d'ouvrage"), job.cust[0]),
            (tr(lg, "Report no.", "Gutachten-Nr.", "Rapport n°"), no),
            (tr(lg, "Grid reference", "Koordinaten (UTM)", "Coordonnées (Lambert 93)"), job.grid),
            (tr(lg, "Prepared by", "Bearbeiter", "Rédigé par"), author),
            (tr(lg, "Date", "Datum", "Date"), day(h, d)),
        ],
        w - m - 60,
        s.size,
    )
    y = max(y + 60, hh - 240)
    cols = columns(
        m, w - m, [(0.6, "left"), (1.2, "left"), (3.5, "left"), (1, "left"), (1, "left")]
    )
    cover.line(m, y - 12, w - m, y - 12)
    for c, t in zip(
        cols,
        [
            tr(lg, "Rev", "Index", "Ind."),
            tr(lg, "Date", "Datum", "Date"),
            tr(lg, "Description", "Änderung", "Objet"),
            tr(lg, "By", "Bearb.", "Rédac."),
            tr(lg, "Checked", "Geprüft", "Vérif."),
        ],
        strict=True,
    ):
        cover.text(c[0], y, t, s.bold, 8)
    y += 6
    cover.line(m, y, w - m, y)
    revs = rng.randint(1, 2)
    for k in range(revs):
        y += 13
        vals = [
            chr(65 + k) if lg == "en" else str(k),
            short(d - timedelta(days=(revs - 1 - k) * 6), lg),
            [
                tr(lg, "Draft for comment", "Entwurf", "Projet"),
                tr(lg, "Issued to client", "Endfassung", "Version définitive"),
            ][k + (2 - revs)],
            "".join(t[0] for t in author.split()),
            "".join(t[0] for t in crew("md").split()),
        ]
        for c, t in zip(cols, vals, strict=True):
            cover.text(c[0], y, fit(t, s.font, 8, c[1] - c[0]), s.font, 8)
    cover.line(m, y + 6, w - m, y + 6)
    run_head = f"{title} - {job.cust[0]} - {no}"
    f = Sheets(A4, hh - m - 7 * len(h.foot) - 8, lambda p, n: running_header(p, s, run_head) + 6)
    secs = [
        (tr(lg, "Introduction", "Veranlassung", "Contexte"), "hydro"),
        (tr(lg, "Site description", "Standort", "Description du site"), "drill"),
        (tr(lg, "Geology", "Geologie", "Contexte géologique"), "drill"),
        (tr(lg, "Hydrogeology", "Hydrogeologie", "Hydrogéologie"), "hydro"),
        (
            tr(
                lg,
                "Existing wells and boreholes",
                "Bohrungen im Umfeld",
                "Ouvrages existants (BSS)",
            ),
            "table",
        ),
        (
            tr(lg, "Licensing and consents", "Wasserrechtliche Aspekte", "Procédure réglementaire"),
            "hydro",
        ),
        (tr(lg, "Recommendations", "Empfehlungen", "Préconisations"), "drill"),
    ]
    for k, (t, topic) in enumerate(secs, 1):
        f.heading(m, f"{k}  {t}", s.bold, s.size + 1.5)
        if topic == "table":
            write(f, s, prose(rng, lg, "hydro", 1, 2))
            cols2 = columns(
                m, w - m, [(2, "left"), (1, "right"), (1, "right"), (1.2, "right"), (1.2, "right")]
            )
            rows = []
            for _ in range(rng.randint(3, 8)):
                ref = {
                    "en": serial(rng, "SE99/999"),
                    "de": serial(rng, "BO 9999/999"),
                    "fr": serial(rng, "BSS00AAAA"),
                }[lg]
                rows.append(
                    [
                        ref,
                        num(rng.randint(150, 2400), lg),
                        num(rng.randint(15, 160), lg),
                        num(rng.uniform(0.5, 45), lg, 1),
                        num(rng.uniform(2, 25), lg, 1),
                    ]
                )
            table(
                f,
                cols2,
                [
                    tr(lg, "Record", "Archiv-Nr.", "Code BSS"),
                    tr(lg, "Distance m", "Abstand m", "Distance m"),
                    tr(lg, "Depth m", "Tiefe m", "Prof. m"),
                    tr(lg, "Yield m3/d", "Ergiebigk. m3/h", "Débit m3/h"),
                    tr(lg, "RWL m bgl", "RWS m u. GOK", "NS m/sol"),
                ],
                rows,
                s,
                rules=True,
            )
            f.y += 8
        else:
            for _ in range(rng.randint(1, 3)):
                write(f, s, prose(rng, lg, topic, 2, 4))
    f.y += 10
    f.need(70)
    f.page.text(
        m,
        f.y,
        f"{author}, {tr(lg, 'Hydrogeologist', 'Dipl.-Geologe', 'Hydrogéologue')}",
        s.bold,
        s.size,
    )
    scrawl(f.page, m, f.y + 28, author)
    pages = [cover, *f.pages]
    if rng.random() < 0.75:
        a = Page(A4L)
        aw, ah = A4L
        a.text(
            m,
            m,
            tr(
                lg,
                "Appendix A - Anticipated strata and proposed construction",
                "Anlage 1 - Erwartete Schichtenfolge und Ausbauplan",
                "Annexe 1 - Coupe prévisionnelle et équipement projeté",
            ),
            s.bold,
            11,
        )
        a.text(aw - m, m, no, s.font, 8, "right")
        top, hgt = m + 40, ah - 2 * m - 80
        lay = strata(rng, lg, job.depth)
        scale = hgt / job.depth
        for t0, t1, desc, pat in lay:
            hatch(a, m + 50, top + t0 * scale, 40, (t1 - t0) * scale, pat)
            a.text(m + 44, top + t1 * scale + 3, f"{num(t1, lg, 1)}", s.font, 6.5, "right")
            if (t1 - t0) * scale > 8:
                a.text(
                    m + 98,
                    top + (t0 + t1) / 2 * scale + 3,
                    fit(desc, s.font, 7.5, aw / 2 - m - 110),
                    s.font,
                    7.5,
                )
        construction(a, s, aw / 2 + 20, top, hgt, job, lg)
        pages.append(a)
    numbers = tr(lg, "Page {i} of {n}", "Seite {i} von {n}", "Page {i}/{n}")
    remember(job, d, no)
    return close(pages, s, h, numbers=numbers, covers=1)


QUOTE_TERMS = {
    "en": [
        "Definitions",
        "Quotation",
        "Ground conditions",
        "Water yield",
        "Access and reinstatement",
        "Services",
        "Payment",
        "Variations",
        "Abandoned boreholes",
        "Title",
        "Liability",
        "Cancellation",
    ],
    "de": [
        "Geltungsbereich",
        "Angebot",
        "Baugrundrisiko",
        "Ergiebigkeit",
        "Zufahrt und Wiederherstellung",
        "Leitungen",
        "Zahlung",
        "Nachträge",
        "Fehlbohrungen",
        "Eigentumsvorbehalt",
        "Haftung",
        "Rücktritt",
    ],
    "fr": [
        "Objet",
        "Devis",
        "Aléas géologiques",
        "Débit",
        "Accès et remise en état",
        "Réseaux",
        "Paiement",
        "Travaux supplémentaires",
        "Forage improductif",
        "Réserve de propriété",
        "Responsabilité",
        "Rétractation",
    ],
}


def schedule(rng: random.Random, job: Job, lg: str) -> list[tuple[str, float, str, float]]:
    """The priced schedule of a job: (item, quantity, unit, rate)."""
    m_, each, hrs = (
        tr(lg, "m", "m", "ml"),
        tr(lg, "item", "psch", "forfait"),
        tr(lg, "hr", "Std", "h"),
    )
    f = {"en": 1.0, "de": 1.15, "fr": 1.1}[lg]
    out = [
        (
            tr(
                lg,
                "Mobilisation and demobilisation of rig and crew",
                "Baustelleneinrichtung und -räumung",
                "Amenée et repli du matériel",
            ),
            1,
            each,
            rng.choice([650, 850, 1200]) * f,
        )
    ]
    metres = job.holes * job.depth
    if job.purpose == GSHP:
        out += [
            (
                tr(
                    lg,
                    f"Drill {job.dia} mm boreholes, {job.holes} no. to {job.depth} m",
                    f"Bohrung DN {job.dia}, {job.holes} Stk. je {job.depth} m",
                    f"Forage Ø {job.dia} mm, {job.holes} u. x {job.depth} m",
                ),
                metres,
                m_,
                round(rng.uniform(24, 34) * f, 2),
            ),
            (
                tr(
                    lg,
                    "Supply and install 40 mm PE100 single U-loop",
                    "Liefern und Einbau Doppel-U-Sonde 32 mm",
                    "Fourniture et pose sonde double U 32 mm",
                ),
                metres,
                m_,
                round(rng.uniform(5, 8) * f, 2),
            ),
            (
                tr(
                    lg,
                    "Thermally enhanced grout",
                    "Verfüllung thermisch verbessert",
                    "Cimentation coulis géothermique",
                ),
                metres,
                m_,
                round(rng.uniform(4, 7) * f, 2),
            ),
            (
                tr(
                    lg,
                    "Pressure test and flushing of loops",
                    "Druckprüfung und Spülung",
                    "Essais de pression et rinçage",
                ),
                job.holes,
                tr(lg, "no.", "Stk", "u."),
                95.0 * f,
            ),
            (
                tr(
                    lg,
                    "Header trenching to manifold",
                    "Horizontalanbindung zum Verteiler",
                    "Liaisons horizontales au collecteur",
                ),
                rng.randint(15, 60),
                m_,
                round(rng.uniform(28, 45) * f, 2),
            ),
        ]
    elif job.purpose == 3:
        out += [
            (
                tr(
                    lg,
                    f"Drill {job.dia} mm boreholes to {job.depth} m",
                    f"Bohrung DN {job.dia} bis {job.depth} m",
                    f"Forage Ø {job.dia} mm jusqu'à {job.depth} m",
                ),
                metres,
                m_,
                round(rng.uniform(30, 45) * f, 2),
            ),
            (
                tr(
                    lg,
                    "50 mm HDPE standpipe with response zone",
                    "Pegelausbau DN 50 mit Filterstrecke",
                    "Équipement piézométrique PEHD 50 mm",
                ),
                metres,
                m_,
                round(rng.uniform(9, 14) * f, 2),
            ),
            (
                tr(lg, "Flush headworks cover", "Straßenkappe", "Capot de protection"),
                job.holes,
                tr(lg, "no.", "Stk", "u."),
                85.0 * f,
            ),
            (
                tr(
                    lg,
                    "Borehole logs and report",
                    "Schichtenverzeichnisse und Bericht",
                    "Coupes et rapport",
                ),
                1,
                each,
                380.0 * f,
            ),
        ]
    else:
        cas = max(6, round(job.depth * 0.35))
        out += [
            (
                tr(
                    lg,
                    f"Drill {job.dia} mm to {job.depth} m",
                    f"Bohrung DN {job.dia} bis {job.depth} m",
                    f"Forage Ø {job.dia} mm jusqu'à {job.depth} m",
                ),
                job.depth,
                m_,
                round(rng.uniform(55, 90) * f, 2),
            ),
            (
                tr(
                    lg,
                    "Steel casing 168 mm and cement grout seal",
                    "Sperrrohr mit Zementation",
                    "Tubage acier 168 mm et cimentation",
                ),
                cas,
                m_,
                round(rng.uniform(38, 52) * f, 2),
            ),
            (
                tr(
                    lg,
                    "uPVC casing and slotted screen 125 mm",
                    "Vollrohr und Filterrohr PVC DN 125",
                    "Tubage et crépine PVC 125 mm",
                ),
                job.depth - cas,
                m_,
                round(rng.uniform(18, 28) * f, 2),
            ),
            (
                tr(lg, "Gravel pack", "Filterkies", "Massif filtrant"),
                rng.randint(10, 40),
                tr(lg, "bag", "Sack", "sac"),
                14.5 * f,
            ),
            (
                tr(
                    lg,
                    "Development by airlift",
                    "Entsanden mit Druckluft",
                    "Développement à l'air-lift",
                ),
                rng.randint(4, 10),
                hrs,
                120.0 * f,
            ),
            (
                tr(
                    lg,
                    "24 hour constant rate pumping test",
                    "Pumpversuch 24 h",
                    "Essai de pompage 24 h",
                ),
                1,
                each,
                rng.choice([950, 1250, 1450]) * f,
            ),
            (
                tr(
                    lg,
                    "Water sample and laboratory analysis",
                    "Wasserprobe und Analyse",
                    "Prélèvement et analyse d'eau",
                ),
                1,
                each,
                rng.choice([180, 240, 320]) * f,
            ),
            (
                tr(
                    lg,
                    "Headworks chamber and sanitary cap",
                    "Brunnenschacht und Brunnenkopf",
                    "Regard de tête et capot étanche",
                ),
                1,
                each,
                rng.choice([620, 780, 950]) * f,
            ),
        ]
        if rng.random() < 0.7:
            out.append(
                (
                    tr(
                        lg,
                        "Submersible pump, cable and pressure vessel",
                        "Unterwasserpumpe mit Kabel und Druckkessel",
                        "Pompe immergée, câble et réservoir",
                    ),
                    1,
                    each,
                    rng.choice([1450, 1850, 2400]) * f,
                )
            )
    return out


def tpl_quotation(rng: random.Random, who: Issuer) -> list[Page]:
    """The company's quotation: covering text, the priced schedule, totals and provisional
    rates, validity; now and then the terms on a page of their own and an acceptance slip at
    the foot or on a page of its own."""
    job = job_for(rng, ("enquiry", "site_assessment"))
    lg = home()
    h = office_head()
    s = style_of(h, A4)
    w, hh = A4
    m = s.margin
    d = last_day(rng, ("enquiry", "site_assessment"), (3, 14))
    no = f"{tr(lg, 'Q', 'A', 'D')}{d.year % 100}{rng.randint(100, 999)}"
    f = sheets(s, h, f"{h.name} - {tr(lg, 'Quotation', 'Angebot', 'Devis')} {no}")
    recipient(
        f,
        s,
        h,
        [mx(job.cust[0], lg) if not job.firm else job.cust[0], *job.cust[1:]],
        d,
        [
            (tr(lg, "Quotation", "Angebot Nr.", "Devis n°"), no),
            (tr(lg, "Our ref", "Projekt", "Dossier"), job.ref),
        ],
    )
    caption(f, s, tr(lg, "Quotation - ", "Angebot - ", "Devis - ") + purpose(job, lg), 1)
    f.page.text(
        m,
        f.y,
        fit(
            tr(lg, "Site: ", "Baustelle: ", "Chantier : ") + site_of(job), s.font, s.size, w - 2 * m
        ),
        s.font,
        s.size,
    )
    f.y += s.size * 2
    write(
        f,
        s,
        tr(
            lg,
            "Thank you for your enquiry. Further to our site visit we are pleased to quote as "
            "follows.",
            "vielen Dank für Ihre Anfrage. Nach der Ortsbesichtigung bieten wir Ihnen an:",
            "Suite à votre demande et à notre visite sur site, nous avons le plaisir de vous "
            "proposer :",
        ),
    )
    items = schedule(rng, job, lg)
    cols = columns(
        m,
        w - m,
        [
            (0.5, "left"),
            (4.4, "left"),
            (0.9, "right"),
            (0.7, "center"),
            (1, "right"),
            (1.2, "right"),
        ],
    )
    rows = []
    net = 0.0
    for k, (t, q, u, r) in enumerate(items, 1):
        v = round(q * r, 2)
        net += v
        rows.append([str(k), t, num(q, lg), u, money(r, lg), money(v, lg)])
    table(
        f,
        cols,
        [
            "",
            tr(lg, "Description", "Leistung", "Désignation"),
            tr(lg, "Qty", "Menge", "Qté"),
            tr(lg, "Unit", "Einh.", "U."),
            tr(lg, "Rate", "EP", "PU HT"),
            tr(lg, "Amount", "GP", "Total HT"),
        ],
        rows,
        s,
        shade=0.88 if rng.random() < 0.5 else None,
        rules=rng.random() < 0.4,
    )
    job.price = round(net, 2)
    total = totals(
        f,
        s,
        lg,
        round(net, 2),
        vat_rate(lg) if not (lg == "en" and job.purpose in (0, 1) and rng.random() < 0.3) else 0.0,
    )
    f.y += 6
    write(
        f,
        s,
        tr(
            lg,
            f"Drilling beyond {job.depth} m, if required, will be charged at the rates above. "
            f"This quotation is valid for {rng.choice([30, 60, 90])} days.",
            f"Mehrtiefen über {job.depth} m werden nach den obigen Einheitspreisen abgerechnet. "
            f"Bindefrist: {rng.choice([4, 6, 8])} Wochen.",
            f"Tout mètre supplémentaire au-delà de {job.depth} m sera facturé au prix unitaire. "
            f"Devis valable {rng.choice([1, 2, 3])} mois.",
        ),
        s.size - 0.5,
    )
    write(f, s, prose(rng, lg, "drill", 1, 2), s.size - 0.5)
    regards(f, s, lg, crew("md"), tr(lg, "Managing Director", "Geschäftsführer", "Gérant"))
    pages = f.pages
    if rng.random() < 0.35:
        pages.append(
            small_print(
                rng,
                s,
                h,
                tr(
                    lg,
                    "Terms and Conditions of Contract",
                    "Allgemeine Geschäftsbedingungen",
                    "Conditions générales de vente",
                ),
                QUOTE_TERMS[lg],
            )
        )
    acc = rng.random()
    slip_title = tr(lg, "ACCEPTANCE", "AUFTRAGSERTEILUNG", "BON POUR ACCORD")
    slip_text = tr(
        lg,
        f"I/We accept quotation {no} for the sum of {cash(total, lg)} and the terms overleaf.",
        f"Hiermit beauftrage(n) ich/wir Angebot {no} über {cash(total, lg)}.",
        f"Je soussigné(e) accepte le devis n° {no} d'un montant de {cash(total, lg)} TTC.",
    )
    if acc < 0.35 and f.y < hh - m - 150 and len(pages) == len(f.pages):
        p = f.page
        y = max(f.y + 10, hh - m - 130)
        slip_rule(p, m, w - m, y, tr(lg, "cut here and return", "bitte abtrennen", "à découper"))
        p.text(m, y + 20, slip_title, s.bold, 10)
        p.text(m, y + 34, fit(slip_text, s.font, 8, w - 2 * m), s.font, 8)
        p.text(
            m,
            y + 60,
            tr(
                lg,
                "Signed ..............................   Date ..............",
                "Ort, Datum ....................   Unterschrift ....................",
                "Date ............   Signature précédée de « bon pour accord » "
                "....................",
            ),
            s.font,
            8,
        )
    elif acc < 0.6:
        p = Page(A4)
        y = m + 20
        p.text(w / 2, y, slip_title, s.bold, 14, "center")
        y += 30
        y = text_on(p, s, m, y, w - 2 * m, slip_text)
        y = fields(
            p,
            s,
            m,
            y + 10,
            w - 2 * m,
            [
                (tr(lg, "Name", "Name", "Nom"), ""),
                (tr(lg, "Site address", "Bauort", "Adresse du chantier"), ""),
                (tr(lg, "Preferred start", "Gewünschter Beginn", "Début souhaité"), ""),
                (tr(lg, "Access notes", "Zufahrt", "Accès"), ""),
                (tr(lg, "Signature", "Unterschrift", "Signature"), ""),
                (tr(lg, "Date", "Datum", "Date"), ""),
            ],
            per=2,
            tall=34,
        )
        p.text(
            m,
            y + 10,
            fit(
                tr(
                    lg,
                    "Please return one signed copy to the office.",
                    "Bitte ein unterschriebenes Exemplar zurücksenden.",
                    "Merci de nous retourner un exemplaire signé.",
                ),
                s.font,
                8,
                w - 2 * m,
            ),
            s.font,
            8,
        )
        pages.append(p)
    remember(job, d, (no, total))
    return close(pages, s, h)


def text_on(p: Page, s: Style, x: float, y: float, width: float, text: str, pt: float = 0) -> float:
    pt = pt or s.size
    for ln in wrap(text, s.font, pt, width):
        p.text(x, y, ln, s.font, pt)
        y += pt * 1.4
    return y + pt * 0.5


CONTRACT_CLAUSES = {
    "en": [
        "The Works",
        "Contract documents",
        "Contract sum",
        "Programme",
        "Payment",
        "Access and the site",
        "Ground conditions",
        "Water yield and quality",
        "Discharge of water",
        "Variations",
        "Insurance",
        "Completion and defects",
        "Cancellation (consumers)",
        "Law and disputes",
    ],
    "de": [
        "Vertragsgegenstand",
        "Vertragsbestandteile",
        "Vergütung",
        "Ausführungsfristen",
        "Abschlagszahlungen",
        "Baustelle und Zufahrt",
        "Baugrund",
        "Ergiebigkeit und Beschaffenheit",
        "Ableitung von Spülwasser",
        "Nachträge",
        "Versicherung",
        "Abnahme und Mängelansprüche",
        "Widerrufsrecht",
        "Gerichtsstand",
    ],
    "fr": [
        "Objet du marché",
        "Pièces contractuelles",
        "Prix",
        "Délais",
        "Modalités de paiement",
        "Accès au chantier",
        "Aléas géologiques",
        "Débit et qualité",
        "Rejet des eaux",
        "Travaux supplémentaires",
        "Assurances",
        "Réception et garanties",
        "Droit de rétractation",
        "Litiges",
    ],
}


def tpl_contract(rng: random.Random, who: Issuer) -> list[Page]:
    """The drilling contract: title, parties, numbered clauses flowing over pages, the payment
    stages on a schedule page of their own and a signature page for both parties."""
    job = job_for(rng, ("quotation",))
    lg = home()
    h = office_head()
    s = style_of(h, A4, pt=9)
    w, _hh = A4
    m = s.margin
    d = last_day(rng, ("quotation",), (4, 21))
    ex = LAST["extra"]
    qno = (
        ex[0]
        if after(("quotation",)) and isinstance(ex, tuple)
        else f"Q{rng.randint(10000, 99999)}"
    )
    no = f"{tr(lg, 'C', 'BV', 'M')}-{job.ref.replace('/', '-')}"
    title = tr(
        lg,
        "CONTRACT FOR DRILLING WORKS",
        "BAUVERTRAG über Bohr- und Brunnenbauarbeiten",
        "MARCHÉ PRIVÉ DE TRAVAUX DE FORAGE",
    )
    f = sheets(s, h, f"{title} - {no}")
    pt = shrink(title, s.bold, 15, w - 2 * m)
    f.page.text(w / 2, f.y + 6, title, s.bold, pt, "center")
    f.y += 34
    f.page.text(m, f.y, tr(lg, "between", "zwischen", "entre"), s.font, s.size)
    f.y += 14
    for ln in [
        job.cust[0],
        site_of(job),
        tr(lg, '("the Employer")', "- Auftraggeber -", "ci-après « le maître d'ouvrage »"),
    ]:
        f.page.text(m + 30, f.y, fit(ln, s.font, s.size, w - 2 * m - 30), s.font, s.size)
        f.y += 12
    f.y += 4
    f.page.text(m, f.y, tr(lg, "and", "und", "et"), s.font, s.size)
    f.y += 14
    for ln in [
        h.name,
        f"{h.street}, {h.town}",
        tr(lg, '("the Contractor")', "- Auftragnehmer -", "ci-après « l'entreprise »"),
    ]:
        f.page.text(m + 30, f.y, fit(ln, s.font, s.size, w - 2 * m - 30), s.font, s.size)
        f.y += 12
    f.y += 10
    vat = vat_rate(lg)
    for k, t in enumerate(CONTRACT_CLAUSES[lg], 1):
        f.heading(
            m,
            f"{tr(lg, '', '§ ', 'Article ')}{k}{'.' if lg == 'en' else ''}  {t}",
            s.bold,
            s.size + 0.5,
        )
        if k == 1:
            write(
                f,
                s,
                tr(
                    lg,
                    f"{purpose(job, lg)}: {job.holes} borehole(s) of {job.dia} mm to {job.depth} "
                    f"m at {site_of(job)}, as described in quotation {qno}.",
                    f"{purpose(job, lg)}: {job.holes} Bohrung(en) DN {job.dia} bis {job.depth} m "
                    f"in {site_of(job)} gemäß Angebot {qno}.",
                    f"{purpose(job, lg)} : {job.holes} forage(s) Ø {job.dia} mm jusqu'à "
                    f"{job.depth} m, {site_of(job)}, selon devis {qno}.",
                ),
            )
        elif k == 3:
            write(
                f,
                s,
                tr(
                    lg,
                    f"The contract sum is {cash(job.price, lg)} excluding VAT, subject to "
                    f"remeasurement of the metres drilled.",
                    f"Die Vergütung beträgt {cash(job.price, lg)} netto zzgl. {vat:g} % USt.; "
                    f"abgerechnet wird nach Aufmaß.",
                    f"Le prix est fixé à {cash(job.price, lg)} HT, révisable selon le métré "
                    f"réellement exécuté.",
                ),
            )
        else:
            write(f, s, prose(rng, lg, "legal", 1, 3))
    pages = f.pages
    sched = Page(A4)
    y = m + 10
    sched.text(
        m,
        y,
        tr(
            lg,
            "Schedule 1 - Payment stages",
            "Anlage 1 - Zahlungsplan",
            "Annexe 1 - Échéancier des paiements",
        ),
        s.bold,
        12,
    )
    y += 28
    stages = stages_of(job, lg)
    cols = columns(m, w - m, [(0.5, "left"), (4, "left"), (0.8, "right"), (1.4, "right")])
    for c, t in zip(
        cols,
        [
            "",
            tr(lg, "Stage", "Leistungsstand", "Étape"),
            "%",
            tr(lg, "Amount (net)", "Betrag netto", "Montant HT"),
        ],
        strict=True,
    ):
        sched.text(
            c[0] if c[2] == "left" else c[1],
            y,
            t,
            s.bold,
            8.5,
            "left" if c[2] == "left" else "right",
        )
    y += 6
    sched.line(m, y, w - m, y)
    for k, (t, pc) in enumerate(stages, 1):
        y += 16
        sched.text(cols[0][0], y, str(k), s.font, 8.5)
        sched.text(cols[1][0], y, fit(t, s.font, 8.5, cols[1][1] - cols[1][0]), s.font, 8.5)
        sched.text(cols[2][1], y, f"{pc}", s.font, 8.5, "right")
        sched.text(cols[3][1], y, cash(job.price * pc / 100, lg), s.font, 8.5, "right")
    y += 8
    sched.line(m, y, w - m, y)
    y += 14
    sched.text(cols[3][1], y, cash(job.price, lg), s.bold, 9, "right")
    y += 30
    text_on(sched, s, m, y, w - 2 * m, prose(rng, lg, "money", 1, 2), 8.5)
    pages.append(sched)
    sig = Page(A4)
    y = m + 10
    sig.text(
        m,
        y,
        tr(
            lg,
            "Signed for and on behalf of the parties",
            "Unterschriften",
            "Signatures des parties",
        ),
        s.bold,
        11,
    )
    y += 30
    y = text_on(
        sig,
        s,
        m,
        y,
        w - 2 * m,
        tr(
            lg,
            "Each party has read and agrees to the clauses above and the schedules attached.",
            "Die Parteien haben die vorstehenden Bestimmungen und Anlagen gelesen und sind "
            "einverstanden.",
            "Fait en deux exemplaires originaux. Signature précédée de la mention « lu et "
            "approuvé ».",
        ),
        9,
    )
    y += 30
    cw = (w - 2 * m - 40) / 2
    sign_box(
        sig,
        s,
        m,
        y,
        cw,
        tr(lg, "The Employer", "Auftraggeber", "Le maître d'ouvrage"),
        job.cust[0],
        short(d + timedelta(days=rng.randint(1, 9)), lg),
        ink=rng.random() < 0.8,
    )
    sign_box(
        sig,
        s,
        m + cw + 40,
        y,
        cw,
        tr(lg, "The Contractor", "Auftragnehmer", "L'entreprise"),
        crew("md"),
        short(d, lg),
    )
    if lg == "fr":
        hand(sig, m + 4, y + 58, "Lu et approuvé", 10)
    if rng.random() < 0.5:
        seal(
            sig,
            m + cw + 40 + cw * 0.7,
            y + 90,
            30,
            h.name,
            tr(lg, "DRILLING", "BRUNNENBAU", "FORAGES"),
        )
    pages.append(sig)
    remember(job, d, no)
    return close(
        pages,
        s,
        h,
        numbers=tr(lg, "Page {i} of {n}", "Seite {i} von {n}", "Page {i}/{n}")
        if rng.random() < 0.7
        else "{i}/{n}",
    )


def stages_of(job: Job, lg: str) -> list[tuple[str, int]]:
    if job.purpose == GSHP:
        return [
            (
                tr(
                    lg,
                    "On mobilisation to site",
                    "Bei Baustelleneinrichtung",
                    "À l'amenée du matériel",
                ),
                20,
            ),
            (
                tr(
                    lg,
                    "On completion of drilling and loop installation",
                    "Nach Abschluss der Bohrungen und Sondeneinbau",
                    "À la fin des forages et pose des sondes",
                ),
                60,
            ),
            (
                tr(
                    lg,
                    "On pressure test and handover",
                    "Nach Druckprüfung und Übergabe",
                    "À la réception",
                ),
                20,
            ),
        ]
    return [
        (
            tr(
                lg,
                "Deposit on acceptance",
                "Anzahlung bei Auftragserteilung",
                "Acompte à la commande",
            ),
            10,
        ),
        (
            tr(
                lg,
                "On completion of drilling and casing",
                "Nach Abschluss der Bohrung und des Ausbaus",
                "À la fin du forage et du tubage",
            ),
            50,
        ),
        (
            tr(lg, "On completion of pumping test", "Nach Pumpversuch", "Après l'essai de pompage"),
            25,
        ),
        (
            tr(
                lg,
                "On commissioning of the pump",
                "Nach Inbetriebnahme der Pumpe",
                "À la mise en service",
            ),
            15,
        ),
    ]


# ---------------------------------------------------------------------------------------------
# Templates LLLLL: the crews' paper from site
# ---------------------------------------------------------------------------------------------

RIGS = [
    "Dando Watertec 24",
    "Comacchio GEO 305",
    "Klemm KR 706-2",
    "Fraste FS 250 XL",
    "Sonic 4x4 rig",
]
METHODS = {
    "en": [
        "DTH hammer, air flush",
        "Rotary, mud flush",
        "Rotary open hole / DTH",
        "Cable percussion",
    ],
    "de": [
        "Imlochhammer, Luftspülung",
        "Rotary, Direktspülung",
        "Rotary / Imlochhammer",
        "Trockenbohrung (Greifer)",
    ],
    "fr": ["Marteau fond de trou (MFT), air", "Rotary à la boue", "Rotary puis MFT", "Battage"],
}


def rig_of(rng: random.Random) -> str:
    r = random.Random(zlib.crc32(f"scoop/rig/{OFFICE['seed']}".encode()))
    rigs = r.sample(RIGS, 2)
    return rng.choice(rigs)


def tpl_borehole_log(rng: random.Random, who: Issuer) -> list[Page]:
    """The driller's borehole log on the company's log sheet: the borehole fields in a grid,
    the strata with depths and a graphic column, water strikes and rest level, casing, screen
    and grout or loop details, typed or filled in by hand; now and then a construction page."""
    run = after(("borehole_log",))
    job = job_for(rng, ("borehole_log", "drilling_record", "contract"))
    if run and job.bh < job.holes:
        job.bh += 1  # the next borehole of the same array
    elif run:
        job = a_job(rng)  # the log of another site
    lg = home()
    h = office_head()
    s = style_of(h, A4, margin=36, pt=8.5)
    w, hh = A4
    m = s.margin
    d = last_day(rng, ("borehole_log", "drilling_record", "contract"), (0, 3) if run else (5, 30))
    by_hand = keyed(who, "logform").random() < 0.55
    f_ = HAND if by_hand else s.font
    p = Page(A4)
    p.text(m, m, fit(h.name, s.bold, 11, w / 2), s.bold, 11)
    p.text(m, m + 10, fit(f"{h.street}, {h.town}  {h.phone}", s.font, 6.5, w / 2), s.font, 6.5)
    title = tr(lg, "BOREHOLE LOG", "SCHICHTENVERZEICHNIS", "COUPE TECHNIQUE ET GÉOLOGIQUE")
    p.text(w - m, m + 4, title, s.bold, shrink(title, s.bold, 14, w / 2 - m), "right")
    if lg == "de":
        p.text(w - m, m + 14, "nach DIN EN ISO 14688 / DIN 4023", s.font, 6.5, "right")
    bh = f"{tr(lg, 'BH', 'B', 'F')}{job.bh}"
    depth = job.depth + (rng.choice([0, 0, 0, 1, 2, 5]) if job.purpose != GSHP else 0)
    y = fields(
        p,
        s,
        m,
        m + 26,
        w - 2 * m,
        [
            (tr(lg, "Site", "Bauvorhaben", "Chantier"), site_of(job)),
            (tr(lg, "Client", "Auftraggeber", "Client"), job.cust[0]),
            (tr(lg, "Borehole no.", "Bohrung Nr.", "Ouvrage n°"), bh),
            (tr(lg, "Job no.", "Projekt-Nr.", "Dossier"), job.ref),
            (tr(lg, "Grid ref.", "Koordinaten", "Coordonnées"), job.grid),
            (
                tr(lg, "Ground level", "Ansatzhöhe", "Cote du sol"),
                f"{rng.randint(40, 420)}.{rng.randint(0, 9)} m {tr(lg, 'AOD', 'NHN', 'NGF')}",
            ),
            (tr(lg, "Rig", "Bohrgerät", "Foreuse"), rig_of(rng)),
            (tr(lg, "Method", "Bohrverfahren", "Méthode"), rng.choice(METHODS[lg])),
            (tr(lg, "Started", "Beginn", "Début"), short(d, lg)),
            (tr(lg, "Finished", "Ende", "Fin"), short(d + timedelta(days=rng.randint(0, 2)), lg)),
            (
                tr(lg, "Driller", "Bohrmeister", "Foreur"),
                crew(rng.choice(["driller1", "driller2"])),
            ),
            (tr(lg, "Diameter", "Bohrdurchmesser", "Diamètre"), f"{job.dia} mm"),
        ],
        per=4,
        tall=24,
        hand=by_hand,
    )
    lay = strata(rng, lg, depth)
    colx = [m, m + 44, m + 88, m + 130, w - m - 110, w - m]
    heads = [
        tr(lg, "From m", "von m", "de m"),
        tr(lg, "To m", "bis m", "à m"),
        tr(lg, "Log", "Signatur", "Log"),
        tr(lg, "Description of strata", "Benennung und Beschreibung", "Description lithologique"),
        tr(lg, "Remarks / water", "Wasser / Bemerkungen", "Eau / observations"),
    ]
    p.rect(m, y, w - 2 * m, 16, fill=0.85)
    for k, t in enumerate(heads):
        p.text(colx[k] + 3, y + 11, fit(t, s.bold, 7, colx[k + 1] - colx[k] - 6), s.bold, 7)
    y += 16
    avail = hh - m - 150 - y
    rowh = min(42.0, max(20.0, avail / len(lay)))
    strikes = sorted(rng.sample(range(1, len(lay)), min(len(lay) - 1, rng.randint(1, 2))))
    for k, (t0, t1, desc, pat) in enumerate(lay):
        p.rect(m, y, w - 2 * m, rowh)
        for x in colx[1:-1]:
            p.line(x, y, x, y + rowh)
        p.text(colx[0] + 4, y + 11, num(t0, lg, 1), f_, 8.5)
        p.text(colx[1] + 4, y + 11, num(t1, lg, 1), f_, 8.5)
        hatch(p, colx[2] + 3, y + 2, colx[3] - colx[2] - 6, rowh - 4, pat)
        for j, ln in enumerate(wrap(desc, f_, 8, colx[4] - colx[3] - 8)[:3]):
            p.text(colx[3] + 4, y + 11 + j * 9.5, ln, f_, 8)
        if k in strikes:
            p.text(
                colx[4] + 4,
                y + 11,
                fit(
                    tr(
                        lg,
                        f"Water strike {num(t0 + 0.5, lg, 1)} m",
                        f"Wasser bei {num(t0 + 0.5, lg, 1)} m",
                        f"Venue d'eau {num(t0 + 0.5, lg, 1)} m",
                    ),
                    f_,
                    7.5,
                    100,
                ),
                f_,
                7.5,
            )
        y += rowh
    y += 12
    rwl = round(rng.uniform(2, min(25, depth / 2)), 2)
    if job.purpose == GSHP:
        extra = [
            (
                tr(lg, "Loop", "Sonde", "Sonde"),
                tr(
                    lg,
                    f"40 mm PE100 single U, {depth - 1} m",
                    f"2x32 mm PE-RC, {depth - 1} m",
                    f"double U 32 mm, {depth - 1} m",
                ),
            ),
            (
                tr(lg, "Grout", "Verfüllung", "Cimentation"),
                rng.choice(["ThermoCem Plus", "Stüwatherm", "Géocoulis 2.0", "Mix 2.0 W/mK"]),
            ),
            (
                tr(lg, "Grout volume", "Verfüllmenge", "Volume coulis"),
                f"{num(depth * 0.021 * rng.uniform(1.05, 1.4), lg, 2)} m3",
            ),
            (
                tr(lg, "Pressure test", "Druckprüfung", "Essai pression"),
                f"{rng.choice([6, 8, 10])} bar / {rng.choice([30, 60])} min "
                f"{tr(lg, 'pass', 'i.O.', 'conforme')}",
            ),
        ]
    else:
        extra = [
            (
                tr(lg, "Rest water level", "Ruhewasserspiegel", "Niveau statique"),
                f"{num(rwl, lg, 2)} m",
            ),
            (tr(lg, "Casing", "Verrohrung", "Tubage"), f"0-{max(6, round(depth * 0.35))} m"),
            (
                tr(lg, "Screen", "Filterstrecke", "Crépine"),
                f"{max(6, round(depth * 0.35))}-{depth} m",
            ),
            (
                tr(lg, "Airlift yield", "Ergiebigkeit (Airlift)", "Débit air-lift"),
                f"{num(rng.uniform(0.4, 12), lg, 1)} m3/h",
            ),
        ]
    y = fields(p, s, m, y, w - 2 * m, extra, per=4, tall=24, hand=by_hand)
    p.text(
        m,
        y + 4,
        tr(lg, "Driller's signature", "Unterschrift Bohrmeister", "Signature du foreur"),
        s.font,
        7,
    )
    scrawl(p, m + 90, y + 8, crew("driller1"))
    p.text(w / 2, y + 4, tr(lg, "Checked", "Geprüft", "Vérifié"), s.font, 7)
    if rng.random() < 0.6:
        scrawl(p, w / 2 + 50, y + 8, crew("hydro"), 11)
    pages = [p]
    if rng.random() < 0.35:
        c = Page(A4)
        c.text(
            m,
            m,
            tr(
                lg,
                f"Borehole construction - {bh}",
                f"Ausbauplan - {bh}",
                f"Équipement de l'ouvrage - {bh}",
            ),
            s.bold,
            12,
        )
        c.text(w - m, m, fit(site_of(job), s.font, 8, w / 2 - m), s.font, 8, "right")
        construction(c, s, m + 80, m + 50, hh - 2 * m - 140, job, lg)
        c.text(
            m,
            hh - m - 60,
            tr(lg, "Not to scale.", "Nicht maßstäblich.", "Sans échelle."),
            s.font,
            7,
        )
        pages.append(c)
    remember(job, d, bh)
    return close(
        pages, s, h, numbers="none" if len(pages) == 1 else rng.choice(["none", "{i}/{n}"])
    )


ACTS = {
    "en": [
        "Travel to site",
        "Set up rig",
        "Drilling",
        "Drilling",
        "Add rods",
        "Casing",
        "Grouting",
        "Install loop",
        "Standby - weather",
        "Flush / clean out",
        "Pull out rods",
        "Tidy site",
        "Travel",
    ],
    "de": [
        "Anfahrt",
        "Einrichten",
        "Bohren",
        "Bohren",
        "Gestänge nachsetzen",
        "Verrohren",
        "Verpressen",
        "Sonde einbauen",
        "Wartezeit Wetter",
        "Spülen",
        "Gestänge ziehen",
        "Aufräumen",
        "Rückfahrt",
    ],
    "fr": [
        "Trajet",
        "Installation",
        "Foration",
        "Foration",
        "Ajout de tiges",
        "Tubage",
        "Cimentation",
        "Pose sonde",
        "Attente météo",
        "Soufflage",
        "Remontée tiges",
        "Rangement",
        "Retour",
    ],
}


def tpl_drilling_record(rng: random.Random, who: Issuer) -> list[Page]:
    """A crew's daily drilling record on the company's pad (portrait or landscape A4): date,
    crew, weather, the day's activities by time, metres drilled, consumables and fuel, the
    driller's and the customer's signatures; all by hand."""
    run = after(("drilling_record",))
    job = job_for(rng, ("drilling_record", "borehole_log", "contract"))
    lg = home()
    h = office_head()
    ex = LAST["extra"]
    if run and isinstance(ex, tuple) and isinstance(ex[0], date):
        d = ex[0] + timedelta(days=1)
        if d.weekday() == 6:
            d += timedelta(days=1)
        sheet_no = ex[1] + 1
    else:
        d = last_day(rng, ("borehole_log", "contract"), (1, 14))
        sheet_no = rng.randint(1, 40)
    landscape_form = keyed(who, "record").random() < 0.45
    size = A4L if landscape_form else A4
    s = style_of(h, size, margin=34, pt=8.5)
    w, _hh = size
    m = s.margin
    p = Page(size)
    title = tr(
        lg, "DAILY DRILLING RECORD", "TAGESBERICHT BOHRARBEITEN", "RAPPORT JOURNALIER DE FORAGE"
    )
    p.text(m, m, fit(h.name, s.bold, 10, w / 2), s.bold, 10)
    p.text(w - m, m, title, s.bold, 13, "right")
    p.text(
        w - m,
        m + 13,
        f"{tr(lg, 'Sheet no.', 'Blatt-Nr.', 'Feuille n°')} {sheet_no:03d}",
        s.font,
        8,
        "right",
    )
    driller = crew("driller1" if rng.random() < 0.6 else "driller2")
    y = fields(
        p,
        s,
        m,
        m + 24,
        w - 2 * m,
        [
            (tr(lg, "Date", "Datum", "Date"), short(d, lg)),
            (tr(lg, "Job no.", "Projekt", "Dossier"), job.ref),
            (tr(lg, "Site", "Baustelle", "Chantier"), site_of(job)),
            (tr(lg, "Rig", "Gerät", "Foreuse"), rig_of(rng)),
            (tr(lg, "Driller", "Bohrmeister", "Chef foreur"), driller),
            (tr(lg, "Crew", "Bohrhelfer", "Aide"), crew(rng.choice(["mate1", "mate2"]))),
            (
                tr(lg, "Weather", "Wetter", "Météo"),
                rng.choice(
                    tr(
                        lg,
                        "dry/cold|rain|sunny|wind, showers",
                        "trocken|Regen|sonnig|windig",
                        "sec|pluie|beau|vent",
                    ).split("|")
                ),
            ),
            (tr(lg, "Borehole", "Bohrung", "Ouvrage"), f"{tr(lg, 'BH', 'B', 'F')}{job.bh}"),
        ],
        per=4,
        tall=24,
    )
    left_w = (w - 2 * m) * (0.58 if landscape_form else 1)
    cols = columns(
        m, m + left_w, [(0.7, "left"), (0.7, "left"), (3, "left"), (0.9, "right"), (0.9, "right")]
    )
    p.rect(m, y, left_w, 14, fill=0.85)
    for c, t in zip(
        cols,
        [
            tr(lg, "From", "von", "De"),
            tr(lg, "To", "bis", "À"),
            tr(lg, "Activity", "Tätigkeit", "Activité"),
            tr(lg, "From m", "von m", "de m"),
            tr(lg, "To m", "bis m", "à m"),
        ],
        strict=True,
    ):
        p.text(c[0] + 2, y + 10, t, s.bold, 7)
    y0 = y
    y += 14
    t = 7 * 60 + rng.choice([0, 15, 30])
    metres = float(rng.randint(0, 20))
    n_rows = 14 if not landscape_form else 11
    acts = ACTS[lg]
    for k in range(n_rows):
        p.rect(m, y, left_w, 16)
        if k < rng.randint(6, n_rows - 1):
            a = acts[0] if k == 0 else acts[-1] if k == n_rows - 1 else rng.choice(acts[1:-1])
            t1 = t + rng.choice([30, 45, 60, 90, 120])
            hand(p, cols[0][0] + 2, y + 12, f"{t // 60:02d}:{t % 60:02d}", 8.5)
            hand(p, cols[1][0] + 2, y + 12, f"{t1 // 60:02d}:{t1 % 60:02d}", 8.5)
            hand(p, cols[2][0] + 2, y + 12, a, 8.5, cols[2][1] - cols[2][0] - 4)
            if a in (acts[2], acts[4]):
                nm = metres + rng.randint(6, 24)
                hand(p, cols[3][0] + 6, y + 12, f"{nm - (nm - metres):.0f}", 8.5)
                hand(p, cols[4][0] + 6, y + 12, f"{nm:.0f}", 8.5)
                metres = nm
            t = t1
        y += 16
    for c in cols[1:]:
        p.line(c[0] - 2, y0, c[0] - 2, y)
    if landscape_form:
        x2 = m + left_w + 14
        yy = y0
        wr = w - m - x2
    else:
        x2 = m
        yy = y + 14
        wr = w - 2 * m
    p.text(
        x2,
        yy + 10,
        tr(lg, "Materials and consumables", "Material und Verbrauch", "Matériaux et consommables"),
        s.bold,
        8,
    )
    yy += 16
    mats = [
        (
            tr(lg, "Bentonite (25 kg bags)", "Bentonit (25-kg-Sack)", "Bentonite (sacs 25 kg)"),
            str(rng.randint(0, 12)),
        ),
        (
            tr(
                lg,
                "Cement / grout (bags)",
                "Zement / Verfüllbaustoff (Sack)",
                "Ciment / coulis (sacs)",
            ),
            str(rng.randint(0, 40)),
        ),
        (
            tr(lg, "Foam / polymer (l)", "Schaum / Polymer (l)", "Mousse / polymère (l)"),
            str(rng.randint(0, 25)),
        ),
        (
            tr(lg, "Casing / loop (m)", "Rohr / Sonde (m)", "Tubage / sonde (m)"),
            str(rng.randint(0, 150)),
        ),
        (
            tr(
                lg,
                "Diesel rig + compressor (l)",
                "Diesel Gerät + Kompressor (l)",
                "Gazole foreuse + compresseur (l)",
            ),
            str(rng.randint(60, 420)),
        ),
        (tr(lg, "Water (m3)", "Wasser (m3)", "Eau (m3)"), str(rng.randint(0, 8))),
    ]
    yy = fields(p, s, x2, yy, wr, mats, per=2 if landscape_form else 3, tall=24)
    hrs = [
        (tr(lg, "Drilling hrs", "Bohrstunden", "Heures foration"), f"{rng.randint(3, 8)}"),
        (
            tr(lg, "Standby hrs", "Wartestunden", "Heures d'attente"),
            f"{rng.choice([0, 0, 0, 1, 2])}",
        ),
        (tr(lg, "Travel hrs", "Fahrstunden", "Heures de route"), f"{rng.choice([1, 1.5, 2, 3])}"),
        (tr(lg, "Metres today", "Bohrmeter heute", "Mètres du jour"), f"{metres:.0f}"),
    ]
    yy = fields(p, s, x2, yy, wr, hrs, per=4 if not landscape_form else 2, tall=24)
    p.text(x2, yy + 2, tr(lg, "Remarks", "Bemerkungen", "Observations"), s.bold, 8)
    hand(p, x2 + 4, yy + 16, fit(words(rng, lg, "drill", 9), HAND, 8.5, wr - 8), 8.5)
    yy += 34
    cw = (wr - 20) / 2
    sign_box(p, s, x2, yy, cw, tr(lg, "Driller", "Bohrmeister", "Chef foreur"), driller)
    sign_box(
        p,
        s,
        x2 + cw + 20,
        yy,
        cw,
        tr(lg, "Client / representative", "Auftraggeber / Bauleitung", "Client / représentant"),
        job.cust[0],
        ink=rng.random() < 0.6,
    )
    remember(job, d, (d, sheet_no))
    return [p]


# ---------------------------------------------------------------------------------------------
# Templates LLLLL: laboratories, authorities and the geological survey
# ---------------------------------------------------------------------------------------------

#: parameter, unit, limit, low, high, decimals
CHEM = [
    ("pH", "", "6.5-9.5", 6.4, 8.2, 1),
    ("Conductivity 20°C", "µS/cm", "2500", 180, 950, 0),
    ("Turbidity", "NTU", "4", 0.1, 6.0, 2),
    ("Colour", "mg/l Pt/Co", "20", 1, 15, 0),
    ("Iron (Fe)", "µg/l", "200", 5, 480, 0),
    ("Manganese (Mn)", "µg/l", "50", 1, 120, 0),
    ("Nitrate (NO3)", "mg/l", "50", 0.5, 62, 1),
    ("Nitrite (NO2)", "mg/l", "0.5", 0.01, 0.2, 2),
    ("Ammonium (NH4)", "mg/l", "0.5", 0.01, 0.6, 2),
    ("Chloride (Cl)", "mg/l", "250", 8, 90, 0),
    ("Sulphate (SO4)", "mg/l", "250", 10, 180, 0),
    ("Total hardness (CaCO3)", "mg/l", "-", 60, 420, 0),
    ("Arsenic (As)", "µg/l", "10", 0.2, 12, 1),
    ("Lead (Pb)", "µg/l", "10", 0.1, 6, 1),
    ("Fluoride (F)", "mg/l", "1.5", 0.05, 0.9, 2),
]
CHEM_DE = {
    "Conductivity 20°C": "Leitfähigkeit 25°C",
    "Turbidity": "Trübung",
    "Colour": "Färbung",
    "Iron (Fe)": "Eisen (Fe)",
    "Manganese (Mn)": "Mangan (Mn)",
    "Nitrate (NO3)": "Nitrat (NO3)",
    "Nitrite (NO2)": "Nitrit (NO2)",
    "Ammonium (NH4)": "Ammonium (NH4)",
    "Chloride (Cl)": "Chlorid (Cl)",
    "Sulphate (SO4)": "Sulfat (SO4)",
    "Total hardness (CaCO3)": "Gesamthärte (°dH)",
    "Arsenic (As)": "Arsen (As)",
    "Lead (Pb)": "Blei (Pb)",
    "Fluoride (F)": "Fluorid (F)",
}
CHEM_FR = {
    "Conductivity 20°C": "Conductivité à 25°C",
    "Turbidity": "Turbidité",
    "Colour": "Couleur",
    "Iron (Fe)": "Fer total",
    "Manganese (Mn)": "Manganèse",
    "Nitrate (NO3)": "Nitrates",
    "Nitrite (NO2)": "Nitrites",
    "Ammonium (NH4)": "Ammonium",
    "Chloride (Cl)": "Chlorures",
    "Sulphate (SO4)": "Sulfates",
    "Total hardness (CaCO3)": "Titre hydrotimétrique (°f)",
    "Arsenic (As)": "Arsenic",
    "Lead (Pb)": "Plomb",
    "Fluoride (F)": "Fluorures",
}
MICRO = [
    ("E. coli", "cfu/100 ml", "0"),
    ("Coliform bacteria", "cfu/100 ml", "0"),
    ("Enterococci", "cfu/100 ml", "0"),
    ("Colony count 22°C", "cfu/ml", "100"),
    ("Colony count 36°C", "cfu/ml", "20"),
]
MICRO_DE = [
    "E. coli",
    "Coliforme Bakterien",
    "Enterokokken",
    "Koloniezahl 22°C",
    "Koloniezahl 36°C",
]
MICRO_FR = [
    "Escherichia coli",
    "Bactéries coliformes",
    "Entérocoques",
    "Germes revivifiables 22°C",
    "Germes revivifiables 36°C",
]


def pname(p: str, lg: str) -> str:
    return CHEM_DE.get(p, p) if lg == "de" else CHEM_FR.get(p, p) if lg == "fr" else p


def tpl_water_analysis(rng: random.Random, who: Issuer) -> list[Page]:
    """A water laboratory's test report: sample details, the chemical results against the
    drinking water limits with the methods, the accreditation mark and an opinion; the
    microbiology on a second page or with the chemistry; now and then the chain of custody
    form behind."""
    h = head_of(who, "lab", abroad=0.12)
    lg = ll(h)
    run = after(("water_analysis",))
    job = job_for(rng, ("pump_test", "water_analysis", "commissioning"))
    d = last_day(rng, ("pump_test", "water_analysis"), (0, 1) if run else (3, 10))
    s = style_of(h, A4, pt=8.5)
    w, _hh = A4
    m = s.margin
    r = keyed(who, "lab")
    acc = {
        "en": f"UKAS TESTING {r.randint(1000, 9999)}",
        "de": f"DAkkS D-PL-{r.randint(10000, 19999)}-01-00",
        "fr": f"COFRAC ESSAIS n° 1-{r.randint(1000, 6999)}",
    }[lg]
    no = serial(rng, {"en": "AQ99-99999", "de": "2025-99999-999", "fr": "ANA-99-999999"}[lg])
    title = tr(lg, "Test Report", "Prüfbericht", "Rapport d'analyse")
    f = sheets(s, h, f"{h.name} - {title} {no}")
    w_ = w - m
    f.page.rect(w_ - 110, f.y - 10, 110, 34)
    f.page.text(w_ - 55, f.y + 4, fit(acc, s.bold, 7, 104), s.bold, 7, "center")
    f.page.text(
        w_ - 55,
        f.y + 16,
        tr(lg, "accredited", "akkreditiert", "portée disponible sur www.cofrac.fr"),
        s.font,
        5.5,
        "center",
    )
    window(f.page, s, None, f.y, office_lines())
    f.y += 64
    caption(f, s, f"{title} {no}", 3)
    sampled = d - timedelta(days=rng.randint(2, 6))
    f.y = pairs(
        f.page,
        s,
        m,
        f.y,
        [
            (
                tr(lg, "Sample point", "Probenahmestelle", "Point de prélèvement"),
                f"{tr(lg, 'Borehole', 'Brunnen', 'Forage')} {tr(lg, 'BH', 'B', 'F')}{job.bh} - "
                f"{site_of(job)}",
            ),
            (
                tr(lg, "Sample type", "Probenart", "Type d'eau"),
                tr(lg, "Raw groundwater", "Rohwasser (Grundwasser)", "Eau brute souterraine"),
            ),
            (
                tr(lg, "Sampled by / on", "Probenahme durch / am", "Prélevé par / le"),
                f"{crew('hydro')} / {short(sampled, lg)}",
            ),
            (
                tr(lg, "Received", "Eingang Labor", "Réception labo"),
                short(sampled + timedelta(days=1), lg),
            ),
            (
                tr(lg, "Analysed", "Prüfzeitraum", "Analyses"),
                f"{short(sampled + timedelta(days=1), lg)} - {short(d, lg)}",
            ),
            (tr(lg, "Customer ref", "Ihr Zeichen", "Votre référence"), job.ref),
        ],
        w - m,
        s.size,
    )
    f.y += 10
    cols = columns(
        m, w - m, [(3, "left"), (1.2, "left"), (1.1, "right"), (1.1, "center"), (1.6, "left")]
    )
    chems = rng.sample(CHEM, rng.randint(9, 15))
    chems.sort(key=CHEM.index)
    rows = []
    for name, unit, lim, lo, hi, nd in chems:
        v = rng.uniform(lo, hi)
        t = num(v, lg, nd)
        if name == "pH":
            t = num(v, lg, 1)
        rows.append(
            [
                pname(name, lg),
                unit,
                t,
                lim if lg == "en" else lim.replace(".", ","),
                rng.choice(
                    [
                        "BS EN ISO 11885",
                        "DIN EN ISO 10304-1",
                        "NF EN ISO 7027",
                        "SOP 104",
                        "ISO 15923-1",
                    ]
                ),
            ]
        )
    table(
        f,
        cols,
        [
            tr(lg, "Parameter", "Parameter", "Paramètre"),
            tr(lg, "Unit", "Einheit", "Unité"),
            tr(lg, "Result", "Ergebnis", "Résultat"),
            tr(lg, "PCV", "Grenzwert", "Limite"),
            tr(lg, "Method", "Verfahren", "Méthode"),
        ],
        rows,
        s,
        shade=0.88,
        rules=True,
    )
    micro_here = rng.random() < 0.45
    mrows = []
    for k, (name, unit, lim) in enumerate(MICRO):
        v = rng.choice([0, 0, 0, 1, 3, 12]) if k < 3 else rng.randint(0, 140)
        mrows.append(
            [
                [name, MICRO_DE[k], MICRO_FR[k]][["en", "de", "fr"].index(lg)],
                unit,
                str(v),
                lim,
                "ISO 9308-1" if k < 2 else "ISO 7899-2" if k == 2 else "ISO 6222",
            ]
        )
    pages_extra: list[Page] = []
    if micro_here:
        f.y += 8
        f.heading(m, tr(lg, "Microbiology", "Mikrobiologie", "Microbiologie"), s.bold, s.size + 1)
        table(
            f,
            cols,
            [
                tr(lg, "Parameter", "Parameter", "Paramètre"),
                tr(lg, "Unit", "Einheit", "Unité"),
                tr(lg, "Result", "Ergebnis", "Résultat"),
                tr(lg, "PCV", "Grenzwert", "Limite"),
                tr(lg, "Method", "Verfahren", "Méthode"),
            ],
            mrows,
            s,
            rules=True,
        )
    f.y += 10
    f.heading(m, tr(lg, "Opinion", "Beurteilung", "Avis / interprétation"), s.bold, s.size + 1)
    write(f, s, prose(rng, lg, "hydro", 1, 3))
    f.need(60)
    f.y += 10
    signer = staff(h, "chemist")
    f.page.text(m, f.y, tr(lg, "Authorised by", "Freigabe", "Validé par"), s.font, 7.5)
    scrawl(f.page, m + 60, f.y + 4, signer)
    f.page.text(
        m + 60,
        f.y + 16,
        f"{signer}, {tr(lg, 'Laboratory Manager', 'Laborleitung', 'Responsable technique')}",
        s.font,
        7.5,
    )
    f.y += 30
    write(
        f,
        s,
        tr(
            lg,
            "Results relate only to the sample as received. This report shall not be reproduced "
            "except in full.",
            "Die Ergebnisse beziehen sich ausschließlich auf die untersuchte Probe. Auszugsweise "
            "Vervielfältigung nur mit Genehmigung.",
            "Les résultats ne concernent que l'échantillon soumis à l'essai. Reproduction "
            "partielle interdite.",
        ),
        6.5,
    )
    pages = f.pages
    if not micro_here:
        f.new_page()
        f.heading(m, tr(lg, "Microbiology", "Mikrobiologie", "Microbiologie"), s.bold, s.size + 1)
        table(
            f,
            cols,
            [
                tr(lg, "Parameter", "Parameter", "Paramètre"),
                tr(lg, "Unit", "Einheit", "Unité"),
                tr(lg, "Result", "Ergebnis", "Résultat"),
                tr(lg, "PCV", "Grenzwert", "Limite"),
                tr(lg, "Method", "Verfahren", "Méthode"),
            ],
            mrows,
            s,
            rules=True,
        )
        f.y += 10
        write(f, s, prose(rng, lg, "hydro", 1, 2))
    if rng.random() < 0.3:
        c = Page(A4)
        y = m
        c.text(
            m,
            y,
            tr(
                lg,
                "CHAIN OF CUSTODY / SAMPLE SUBMISSION",
                "PROBENBEGLEITSCHEIN",
                "FICHE DE PRÉLÈVEMENT ET DE TRANSMISSION",
            ),
            "Helvetica-Bold",
            11,
        )
        c.text(w - m, y, h.name, "Helvetica", 7, "right")
        y = fields(
            c,
            s,
            m,
            y + 14,
            w - 2 * m,
            [
                (tr(lg, "Customer", "Auftraggeber", "Client"), office_head().name),
                (tr(lg, "Project / site", "Projekt / Ort", "Projet / site"), site_of(job)),
                (tr(lg, "Sampler", "Probenehmer", "Préleveur"), crew("hydro")),
                (
                    tr(lg, "Date / time", "Datum / Uhrzeit", "Date / heure"),
                    f"{short(sampled, lg)} "
                    f"{rng.randint(8, 16)}:{rng.choice(['00', '15', '30', '45'])}",
                ),
                (
                    tr(lg, "Water temp. °C", "Wassertemp. °C", "T° eau °C"),
                    num(rng.uniform(8, 13), lg, 1),
                ),
                (
                    tr(lg, "Pumped for (min)", "Abgepumpt (min)", "Purge (min)"),
                    str(rng.choice([20, 30, 45, 60])),
                ),
            ],
            per=2,
            tall=28,
        )
        y = ticks(
            c,
            s,
            m,
            y + 4,
            w - 2 * m,
            [
                tr(lg, "Full suite", "Trinkwasser-Volluntersuchung", "Analyse complète"),
                tr(lg, "Bacteria", "Mikrobiologie", "Bactériologie"),
                tr(lg, "Metals", "Metalle", "Métaux"),
                "Pesticides",
                tr(lg, "Radon", "Radon", "Radon"),
            ],
            set(rng.sample(range(5), 2)),
            8,
        )
        y += 10
        for cap, who_ in [
            (tr(lg, "Relinquished by", "Übergeben von", "Remis par"), crew("hydro")),
            (tr(lg, "Received by (lab)", "Übernommen (Labor)", "Reçu par (labo)"), signer),
        ]:
            sign_box(c, s, m, y, 200, cap, who_, short(sampled + timedelta(days=1), lg))
            y += 60
        copier_edge(c, rng)
        pages_extra.append(c)
    received(rng, pages[0], d, 0.3)
    remember(job, d, no)
    out = close(pages, s, h, numbers=tr(lg, "Page {i} of {n}", "Seite {i} von {n}", "Page {i}/{n}"))
    return out + pages_extra


AUTH_CONDITIONS = {
    "en": [
        "The borehole shall be drilled and constructed in accordance with the details in the "
        "application.",
        "No water shall be abstracted other than for the purpose of testing the source.",
        "The test pumping shall not exceed the rate and duration stated in the schedule.",
        "Water levels in the monitoring points listed shall be recorded before, during and after "
        "the test.",
        "Discharge water shall not cause pollution, flooding or erosion of any watercourse.",
        "The Agency shall be given 7 days' notice of the start of the test pumping.",
        "A copy of the borehole log, test data and water quality results shall be sent within 28 "
        "days.",
        "This consent expires two years from the date of issue.",
    ],
    "de": [
        "Die Bohrarbeiten sind von einem nach DVGW W 120-1/-2 zertifizierten Unternehmen "
        "auszuführen.",
        "Beginn und Ende der Bohrarbeiten sind der Unteren Wasserbehörde mindestens eine Woche "
        "vorher anzuzeigen.",
        "Beim Antreffen von artesisch gespanntem Grundwasser sind die Arbeiten sofort "
        "einzustellen.",
        "Der Ringraum ist von unten nach oben mit einem geeigneten Verfüllbaustoff vollständig "
        "abzudichten.",
        "Die Sonden sind vor Inbetriebnahme einer Druckprüfung nach VDI 4640 zu unterziehen.",
        "Als Wärmeträgermittel ist nur Wasser oder ein Gemisch der WGK 1 zulässig.",
        "Schichtenverzeichnisse und Ausbaupläne sind spätestens vier Wochen nach Abschluss "
        "vorzulegen.",
        "Die Erlaubnis ist bis zum 31.12. des dritten auf die Erteilung folgenden Jahres "
        "befristet.",
    ],
    "fr": [
        "Le forage est réalisé conformément aux prescriptions de l'arrêté du 11 septembre 2003.",
        "Le site d'implantation est choisi à plus de 35 m d'une installation d'assainissement "
        "non collectif.",
        "La tête de forage est cimentée sur au moins 1 m et s'élève à 0,5 m au-dessus du terrain "
        "naturel.",
        "Un dispositif de comptage du volume prélevé est installé et relevé chaque mois.",
        "Les eaux de foration sont décantées avant tout rejet au milieu naturel.",
        "Le déclarant transmet le rapport de fin de travaux dans un délai de deux mois.",
        "Tout abandon d'ouvrage fait l'objet d'un comblement dans les règles de l'art.",
        "Le service chargé de la police de l'eau peut procéder à tout contrôle.",
    ],
}


def tpl_authority_letter(rng: random.Random, who: Issuer) -> list[Page]:
    """The authority's groundwater letter: the Environment Agency's consent to investigate a
    groundwater source, the Untere Wasserbehörde's Bescheid with the wasserrechtliche
    Erlaubnis, or the préfecture's récépissé de déclaration; the conditions in numbered
    paragraphs or in an annex of their own, the reasons, fees and appeal notes."""
    job = job_for(rng, ("drilling_notice", "site_assessment", "contract"))
    h = head_of(who, "authority")
    lg = h.lang
    s = style_of(h, A4, pt=9.5)
    w, _hh = A4
    m = s.margin
    d = last_day(rng, ("drilling_notice",), (6, 28))
    ref = {
        "en": f"NPS/WR/{rng.randint(10000, 49999):06d}",
        "de": f"Az. 692.{rng.randint(10, 99)}-{rng.randint(100, 999)}/{d.year}",
        "fr": f"DDT-SEFEN-{d.year}-{rng.randint(100, 999)}",
    }[lg]
    officer = staff(h, "officer")
    f = sheets(s, h, f"{h.name.split(' - ')[0]} - {ref}")
    recipient(
        f,
        s,
        h,
        [*office_lines(), ""]
        if rng.random() < 0.5
        else [job.cust[0], f"c/o {office_head().name}", office_head().street, office_head().town],
        d,
        [
            (tr(lg, "Our ref", "Aktenzeichen", "Réf."), ref),
            (tr(lg, "Contact", "Bearbeiter/in", "Affaire suivie par"), officer),
        ],
    )
    conds = AUTH_CONDITIONS[lg]
    annex = rng.random() < 0.5
    if lg == "en":
        gshp = job.purpose == GSHP
        caption(
            f,
            s,
            "Water Resources Act 1991 - Section 32(3)"
            if not gshp
            else "Ground source heat pump - closed loop boreholes",
            1,
        )
        f.page.text(
            m,
            f.y,
            fit(
                "Consent to investigate a groundwater source"
                if not gshp
                else "Response to your pre-application enquiry",
                s.bold,
                s.size,
                w - 2 * m,
            ),
            s.bold,
            s.size,
        )
        f.y += 16
        f.page.text(
            m,
            f.y,
            fit(f"Location: {site_of(job)}   NGR {job.grid}", s.font, s.size, w - 2 * m),
            s.font,
            s.size,
        )
        f.y += 18
        f.page.text(m, f.y, "Dear Sir or Madam,", s.font, s.size)
        f.y += 18
        write(
            f,
            s,
            "Thank you for your application received on "
            + short(d - timedelta(days=rng.randint(10, 30)), lg)
            + ". "
            + prose(rng, lg, "hydro", 1, 2),
        )
        write(
            f,
            s,
            "The Environment Agency grants consent subject to the conditions "
            + ("in the annex to this letter." if annex else "below."),
        )
    elif lg == "de":
        caption(f, s, "Bescheid", 4)
        write(
            f,
            s,
            f"Wasserrechtliche Erlaubnis nach §§ 8, 9 und 10 WHG für {purpose(job, lg)} auf dem "
            f"Grundstück {site_of(job)}",
        )
        f.heading(m, "I. Entscheidung", s.bold, s.size + 1)
        write(
            f,
            s,
            f"1. {job.cust[0]} wird die widerrufliche Erlaubnis erteilt, {job.holes} Bohrung(en) "
            f"bis {job.depth} m unter Gelände niederzubringen und zu betreiben.",
        )
        write(
            f,
            s,
            "2. Die Erlaubnis ergeht unter den Nebenbestimmungen in "
            + ("der Anlage zu diesem Bescheid." if annex else "Ziffer II."),
        )
        write(
            f,
            s,
            f"3. Die Kosten des Verfahrens trägt die Antragstellerin. Die Gebühr wird auf "
            f"{cash(rng.choice([150, 220, 280, 350]), lg)} festgesetzt.",
        )
    else:
        caption(f, s, "Récépissé de déclaration", 3)
        write(
            f,
            s,
            f"Dossier relatif à un forage - {purpose(job, lg)} - rubrique 1.1.1.0 de la "
            f"nomenclature annexée à l'article R.214-1 du code de l'environnement.",
        )
        write(
            f,
            s,
            f"Le préfet donne récépissé à {job.cust[0]} de sa déclaration concernant la "
            f"réalisation de {job.holes} ouvrage(s) sur la commune de {job.cust[2]}, parcelle "
            f"{serial(rng, 'AA 999')}.",
        )
        write(
            f,
            s,
            "Les travaux doivent respecter les prescriptions générales "
            + ("jointes en annexe." if annex else "rappelées ci-dessous."),
        )
    if not annex:
        f.heading(
            m, tr(lg, "Conditions", "II. Nebenbestimmungen", "Prescriptions"), s.bold, s.size + 1
        )
        for k, c in enumerate(rng.sample(conds, rng.randint(5, 8)), 1):
            write(f, s, f"{k}. {c}", indent=10)
    f.heading(m, tr(lg, "Notes", "III. Begründung", "Observations"), s.bold, s.size + 1)
    write(f, s, prose(rng, lg, "hydro", 2, 4))
    f.heading(
        m,
        tr(lg, "Your right of appeal", "Rechtsbehelfsbelehrung", "Voies et délais de recours"),
        s.bold,
        s.size,
    )
    write(
        f,
        s,
        tr(
            lg,
            "If you are dissatisfied with the conditions of this consent you may appeal to the "
            "Secretary of State within 28 days.",
            f"Gegen diesen Bescheid kann innerhalb eines Monats nach Bekanntgabe Klage beim "
            f"Verwaltungsgericht {rng.choice(['Freiburg', 'Ansbach', 'Osnabrück'])} erhoben "
            f"werden.",
            "La présente décision peut être déférée au tribunal administratif dans un délai de "
            "deux mois à compter de sa notification.",
        ),
        s.size - 1,
    )
    f.y += 8
    f.need(90)
    f.page.text(
        m,
        f.y,
        tr(lg, "Yours faithfully", "Mit freundlichen Grüßen", "Pour le préfet et par délégation,"),
        s.font,
        s.size,
    )
    scrawl(f.page, m, f.y + 30, officer)
    f.page.text(m, f.y + 42, officer, s.font, s.size)
    f.page.text(
        m,
        f.y + 54,
        tr(
            lg, "Permitting Officer", "Sachgebiet Wasserrecht", "Le chef du service police de l'eau"
        ),
        s.font,
        s.size - 1,
    )
    if lg != "en" and rng.random() < 0.7:
        seal(
            f.page,
            m + 230,
            f.y + 30,
            28,
            h.name.split(" - ")[0],
            tr(lg, "", "DIENSTSIEGEL", "PRÉFECTURE"),
        )
    pages = f.pages
    if annex:
        a = Page(A4)
        y = running_header(a, s, f"{h.name.split(' - ')[0]} - {ref}") + 10
        a.text(
            m,
            y,
            tr(
                lg,
                "Annex - Conditions of consent",
                "Anlage - Nebenbestimmungen",
                "Annexe - Prescriptions générales",
            ),
            s.bold,
            11,
        )
        y += 22
        for k, c in enumerate(rng.sample(conds, len(conds)), 1):
            for j, ln in enumerate(wrap(f"{k}. {c}", s.font, s.size, w - 2 * m - 14)):
                a.text(m + (0 if j == 0 else 14), y, ln, s.font, s.size)
                y += s.size * 1.4
            y += 5
        y += 10
        text_on(a, s, m, y, w - 2 * m, prose(rng, lg, "hydro", 1, 3), s.size - 1)
        pages.append(a)
    received(rng, pages[0], d, 0.4)
    remember(job, d, ref)
    return close(
        pages,
        s,
        h,
        numbers=tr(lg, "Page {i} of {n}", "- {i} -", "{i}/{n}") if len(pages) > 1 else "none",
    )


def tpl_drilling_notice(rng: random.Random, who: Issuer) -> list[Page]:
    """The company's notice of intention to drill on the geological survey's form (BGS notice
    under the Water Resources Act s.198, Bohranzeige nach dem Geologiedatengesetz, déclaration
    au titre de l'article L.411-1 du code minier), filled in by hand with tick boxes, signed and
    stamped 'copy sent'; now and then the survey's guidance notes on the back."""
    job = job_for(rng, ("contract", "site_assessment"))
    h = head_of(who, "survey")
    lg = h.lang
    s = style_of(h, A4, margin=40, pt=8.5)
    w, _hh = A4
    m = s.margin
    d = last_day(rng, ("contract",), (2, 12))
    o = office_head()
    p = Page(A4)
    y = heading(p, s, h)
    title = tr(
        lg,
        "NOTICE OF INTENTION TO SINK A WELL OR BOREHOLE",
        "BOHRANZEIGE",
        "DÉCLARATION DE TRAVAUX DE FORAGE",
    )
    sub = tr(
        lg,
        "Water Resources Act 1991, Section 198 - boreholes deeper than 15 metres",
        "gemäß § 8 Geologiedatengesetz (GeolDG) - spätestens zwei Wochen vor Beginn",
        "Article L.411-1 du code minier - ouvrages de plus de 10 m de profondeur",
    )
    p.text(m, y, title, "Helvetica-Bold", shrink(title, "Helvetica-Bold", 13, w - 2 * m))
    y += 13
    p.text(m, y, fit(sub, "Helvetica", 7.5, w - 2 * m), "Helvetica", 7.5)
    y += 16
    y = band(
        p,
        s,
        y,
        tr(
            lg,
            "1  Person giving notice (contractor)",
            "1  Anzeigepflichtige/r (Bohrunternehmen)",
            "1  Déclarant (entreprise de forage)",
        ),
    )
    y = fields(
        p,
        s,
        m,
        y + 2,
        w - 2 * m,
        [
            (tr(lg, "Name", "Firma", "Raison sociale"), o.name),
            (tr(lg, "Telephone", "Telefon", "Téléphone"), o.phone),
            (tr(lg, "Address", "Anschrift", "Adresse"), f"{o.street}, {o.town}"),
            (tr(lg, "E-mail", "E-Mail", "Courriel"), o.mail),
        ],
        per=2,
        tall=26,
    )
    y = band(
        p,
        s,
        y,
        tr(
            lg,
            "2  Site and landowner",
            "2  Bohrort und Grundstückseigentümer",
            "2  Localisation et propriétaire",
        ),
    )
    y = fields(
        p,
        s,
        m,
        y + 2,
        w - 2 * m,
        [
            (tr(lg, "Landowner", "Eigentümer/in", "Propriétaire"), job.cust[0]),
            (tr(lg, "Site address", "Lage", "Adresse du site"), site_of(job)),
            (
                tr(lg, "Grid reference", "Koordinaten (ETRS89/UTM)", "Coordonnées (Lambert 93)"),
                job.grid,
            ),
            (
                tr(lg, "Ground level (approx.)", "Geländehöhe", "Altitude"),
                f"{rng.randint(40, 420)} m",
            ),
        ],
        per=2,
        tall=26,
    )
    y = band(
        p,
        s,
        y,
        tr(lg, "3  Purpose and design", "3  Zweck und Ausführung", "3  Objet et caractéristiques"),
    )
    purposes = [PURPOSES[lg][k] for k in range(5)]
    y = ticks(p, s, m, y + 10, w - 2 * m, purposes, {job.purpose}, 8)
    y = fields(
        p,
        s,
        m,
        y,
        w - 2 * m,
        [
            (
                tr(lg, "Number of boreholes", "Anzahl Bohrungen", "Nombre d'ouvrages"),
                str(job.holes),
            ),
            (
                tr(lg, "Proposed depth (m)", "Geplante Endteufe (m)", "Profondeur prévue (m)"),
                str(job.depth),
            ),
            (tr(lg, "Diameter (mm)", "Bohrdurchmesser (mm)", "Diamètre (mm)"), str(job.dia)),
            (tr(lg, "Method", "Bohrverfahren", "Méthode"), rng.choice(METHODS[lg])),
            (
                tr(lg, "Expected start", "Voraussichtlicher Beginn", "Début prévu"),
                short(d + timedelta(days=rng.randint(14, 40)), lg),
            ),
            (tr(lg, "Duration (days)", "Dauer (Tage)", "Durée (jours)"), str(rng.randint(1, 12))),
        ],
        per=3,
        tall=26,
    )
    y = band(p, s, y, tr(lg, "4  Declaration", "4  Erklärung", "4  Engagement"))
    y = text_on(
        p,
        s,
        m,
        y + 12,
        w - 2 * m,
        tr(
            lg,
            "I undertake to send the borehole log and construction details to the Survey on "
            "completion.",
            "Die Bohrergebnisse (Schichtenverzeichnis, Ausbau) werden spätestens drei Monate "
            "nach Abschluss übermittelt.",
            "Je m'engage à transmettre la coupe géologique et technique à l'achèvement des "
            "travaux.",
        ),
        8,
    )
    sign_box(
        p,
        s,
        m,
        y + 4,
        200,
        tr(lg, "Signature", "Unterschrift", "Signature"),
        crew("md"),
        short(d, lg),
    )
    if rng.random() < 0.7:
        stamp(
            p,
            w - m - 170,
            y + 6,
            [
                tr(home(), "COPY - SENT", "KOPIE - VERSANDT", "COPIE - ENVOYÉ"),
                short(d, home()),
                crew("admin").split()[0],
            ],
        )
    pages = [p]
    if rng.random() < 0.35:
        n = Page(A4)
        yy = m
        n.text(
            m,
            yy,
            tr(lg, "Guidance notes", "Hinweise zum Ausfüllen", "Notice explicative"),
            "Helvetica-Bold",
            11,
        )
        yy += 20
        for k in range(rng.randint(5, 9)):
            yy = text_on(n, s, m, yy, w - 2 * m, f"{k + 1}. " + prose(rng, lg, "hydro", 1, 2), 8)
        pages.append(n)
    remember(job, d)
    return pages


# ---------------------------------------------------------------------------------------------
# Templates LLLLL: suppliers, the rig and the vans
# ---------------------------------------------------------------------------------------------

GOODS = {
    "supplier": [
        ("125 mm uPVC casing, 3 m, threaded", "m", 9.8),
        ("125 mm uPVC slotted screen 1 mm, 3 m", "m", 14.2),
        ("168 mm steel casing, 6 m length", "m", 38.5),
        ("Casing centraliser 125 mm", "ea", 6.4),
        ("Bottom plug 125 mm", "ea", 11.9),
        ("Gravel pack 2-4 mm, 25 kg", "bag", 9.6),
        ("Bentonite pellets 25 kg", "bag", 19.5),
        ("Thermal grout 25 kg (2.0 W/mK)", "bag", 17.8),
        ("40 mm PE100 SDR11 U-loop, 100 m coil", "ea", 310.0),
        ("Loop weight 15 kg", "ea", 44.0),
        ('4" submersible pump 0.75 kW, 230 V', "ea", 565.0),
        ("Pump control box with dry-run protection", "ea", 148.0),
        ("Pressure vessel 100 l", "ea", 186.0),
        ("MDPE riser pipe 32 mm, 50 m coil", "ea", 62.0),
        ("Submersible cable 4 x 1.5 mm2", "m", 2.9),
        ("Borehole cap, lockable, 150 mm", "ea", 39.5),
        ("Safety rope stainless 4 mm", "m", 1.6),
        ("Manifold 6-circuit, PE", "ea", 420.0),
    ],
    "merchant": [
        ("Portland cement 25 kg", "bag", 6.45),
        ("Sharp sand bulk bag", "ea", 52.0),
        ("10 mm gravel bulk bag", "ea", 56.0),
        ("Pea shingle bulk bag", "ea", 58.0),
        ("Concrete ring 900 x 500", "ea", 78.0),
        ("Cover slab 900 with opening", "ea", 64.0),
        ("MDPE pipe 25 mm x 50 m", "ea", 39.9),
        ("Duct 100 mm x 6 m", "ea", 14.2),
        ("Type 1 sub-base, tonne", "t", 24.5),
        ("Marker tape 'water' 365 m", "ea", 12.8),
    ],
}
GOODS_DE = {
    "125 mm uPVC casing, 3 m, threaded": "Vollrohr PVC DN 125, 3 m, Gewinde",
    "125 mm uPVC slotted screen 1 mm, 3 m": "Filterrohr PVC DN 125, SW 1 mm, 3 m",
    "168 mm steel casing, 6 m length": "Stahlrohr 168 mm, 6 m",
    "Casing centraliser 125 mm": "Zentrierkorb DN 125",
    "Bottom plug 125 mm": "Bodenkappe DN 125",
    "Gravel pack 2-4 mm, 25 kg": "Filterkies 2-3,15 mm, 25 kg",
    "Bentonite pellets 25 kg": "Quellton-Pellets 25 kg",
    "Thermal grout 25 kg (2.0 W/mK)": "Verfüllbaustoff 2,0 W/mK, 25 kg",
    "40 mm PE100 SDR11 U-loop, 100 m coil": "Doppel-U-Sonde 32 mm PE100-RC, 100 m",
    "Loop weight 15 kg": "Sondengewicht 15 kg",
    '4" submersible pump 0.75 kW, 230 V': 'Unterwasserpumpe 4" 0,75 kW 230 V',
    "Pump control box with dry-run protection": "Schaltgerät mit Trockenlaufschutz",
    "Pressure vessel 100 l": "Druckkessel 100 l",
    "MDPE riser pipe 32 mm, 50 m coil": "PE-Steigleitung 32 mm, Rolle 50 m",
    "Submersible cable 4 x 1.5 mm2": "Unterwasserkabel 4 x 1,5 mm²",
    "Borehole cap, lockable, 150 mm": "Brunnenkopf abschließbar DN 150",
    "Safety rope stainless 4 mm": "Sicherungsseil VA 4 mm",
    "Manifold 6-circuit, PE": "Sondenverteiler 6 Kreise PE",
    "Portland cement 25 kg": "Zement CEM I 25 kg",
    "Sharp sand bulk bag": "Sand 0/2 Big Bag",
    "10 mm gravel bulk bag": "Kies 8/16 Big Bag",
    "Pea shingle bulk bag": "Rundkies 2/8 Big Bag",
    "Concrete ring 900 x 500": "Schachtring DN 1000 x 500",
    "Cover slab 900 with opening": "Abdeckplatte DN 1000",
    "MDPE pipe 25 mm x 50 m": "PE-Rohr 25 mm x 50 m",
    "Duct 100 mm x 6 m": "KG-Rohr DN 100 x 5 m",
    "Type 1 sub-base, tonne": "Schotter 0/32, t",
    "Marker tape 'water' 365 m": "Trassenwarnband Wasser 250 m",
}
GOODS_FR = {
    "125 mm uPVC casing, 3 m, threaded": "Tube PVC 125 mm fileté, 3 m",
    "125 mm uPVC slotted screen 1 mm, 3 m": "Crépine PVC 125 mm fente 1 mm, 3 m",
    "168 mm steel casing, 6 m length": "Tube acier 168 mm, 6 m",
    "Casing centraliser 125 mm": "Centreur 125 mm",
    "Bottom plug 125 mm": "Bouchon de fond 125 mm",
    "Gravel pack 2-4 mm, 25 kg": "Gravier calibré 2-4 mm, 25 kg",
    "Bentonite pellets 25 kg": "Bentonite granulée 25 kg",
    "Thermal grout 25 kg (2.0 W/mK)": "Coulis géothermique 25 kg",
    "40 mm PE100 SDR11 U-loop, 100 m coil": "Sonde double U PE100 32 mm, 100 m",
    "Loop weight 15 kg": "Lest de sonde 15 kg",
    '4" submersible pump 0.75 kW, 230 V': "Pompe immergée 4'' 0,75 kW mono",
    "Pump control box with dry-run protection": "Coffret de commande avec manque d'eau",
    "Pressure vessel 100 l": "Réservoir à vessie 100 l",
    "MDPE riser pipe 32 mm, 50 m coil": "Tube PEHD 32 mm, couronne 50 m",
    "Submersible cable 4 x 1.5 mm2": "Câble immergé 4G1,5",
    "Borehole cap, lockable, 150 mm": "Capot de forage cadenassable 150",
    "Safety rope stainless 4 mm": "Câble inox 4 mm",
    "Manifold 6-circuit, PE": "Collecteur 6 départs PE",
    "Portland cement 25 kg": "Ciment CEM II 25 kg",
    "Sharp sand bulk bag": "Sable 0/4 big bag",
    "10 mm gravel bulk bag": "Gravillon 6/10 big bag",
    "Pea shingle bulk bag": "Gravier roulé big bag",
    "Concrete ring 900 x 500": "Buse béton Ø 1000 x 500",
    "Cover slab 900 with opening": "Dalle de couverture Ø 1000",
    "MDPE pipe 25 mm x 50 m": "Tube PEHD 25 mm x 50 m",
    "Duct 100 mm x 6 m": "Gaine TPC 90 mm",
    "Type 1 sub-base, tonne": "GNT 0/31,5, tonne",
    "Marker tape 'water' 365 m": "Grillage avertisseur bleu",
}
UNITS = {
    "de": {"m": "m", "ea": "Stk", "bag": "Sack", "t": "t"},
    "fr": {"m": "ml", "ea": "u", "bag": "sac", "t": "t"},
}


def good(name: str, lg: str) -> str:
    return (
        GOODS_DE.get(name, name) if lg == "de" else GOODS_FR.get(name, name) if lg == "fr" else name
    )


def unit(u: str, lg: str) -> str:
    return UNITS.get(lg, {}).get(u, u)


def seller_of(who: Issuer) -> tuple[Head, str]:
    """The supplier or builders' merchant ``who`` stands for, and which it is."""
    role = "merchant" if keyed(who, "seller").random() < 0.35 else "supplier"
    return head_of(who, role, abroad=0.15 if role == "supplier" else 0.0), role


def goods_lines(
    rng: random.Random, role: str, job: Job, lg: str
) -> list[tuple[str, float, str, float]]:
    pool = GOODS[role]
    if role == "supplier":
        if job.purpose == GSHP:
            pool = [
                g
                for g in pool
                if any(t in g[0] for t in ("loop", "grout", "weight", "Manifold", "Bentonite"))
            ]
        else:
            pool = [g for g in pool if "loop" not in g[0] and "Manifold" not in g[0]]
    out = []
    for name, u, price in rng.sample(pool, min(len(pool), rng.randint(2, 7))):
        q = (
            rng.choice([1, 2, 4, 6])
            if u == "ea"
            else rng.choice([10, 20, 30, 40, 60])
            if u in ("m", "bag")
            else rng.randint(2, 12)
        )
        out.append(
            (
                good(name, lg),
                q,
                unit(u, lg),
                round(price * rng.uniform(0.95, 1.1) * (1.1 if lg != "en" else 1), 2),
            )
        )
    return out


def tpl_delivery_note(rng: random.Random, who: Issuer) -> list[Page]:
    """A supplier's delivery note on A5 (portrait or landscape) with the delivery address on
    site, items and quantities without prices, vehicle and driver, and the crew's signature
    for the goods; or a builders' merchant's counter slip."""
    h, role = seller_of(who)
    lg = ll(h)
    job = job_for(rng, ("delivery_note", "contract", "drilling_record", "borehole_log"))
    d = last_day(rng, ("delivery_note",), (0, 4))
    lines = goods_lines(rng, role, job, lg)
    no = serial(rng, rng.choice(["DN999999", "LS-99999", "BL 999999"]))
    if role == "merchant" and keyed(who, "slip").random() < 0.6:
        size = SLIP
        p = Page(size)
        w, hh = size
        x0 = 12
        y = 24.0
        for t in [h.name, h.street, h.town]:
            p.text(
                w / 2,
                y,
                fit(t, "Courier-Bold" if t == h.name else "Courier", 8, w - 20),
                "Courier-Bold" if t == h.name else "Courier",
                8,
                "center",
            )
            y += 10
        y += 6
        p.text(
            w / 2,
            y,
            tr(lg, "COLLECTION / DELIVERY NOTE", "LIEFERSCHEIN", "BON DE LIVRAISON"),
            "Courier-Bold",
            8,
            "center",
        )
        y += 14
        for t in [
            f"No {no}",
            f"{short(d, lg)} {rng.randint(7, 16):02d}:{rng.randint(0, 59):02d}",
            f"{tr(lg, 'Acct', 'Kd-Nr', 'Client')} {serial(keyed(who, 'acct'), '999999')}",
            fit(office_head().name, "Courier", 7.5, w - 24),
            f"{tr(lg, 'Job', 'Kom.', 'Chantier')} {job.ref}",
        ]:
            p.text(x0, y, t, "Courier", 7.5)
            y += 10
        p.text(x0, y, "-" * 40, "Courier", 7.5)
        y += 10
        for name, q, u, _ in lines:
            for ln in wrap(name, "Courier", 7.5, w - 24)[:2]:
                p.text(x0, y, ln, "Courier", 7.5)
                y += 9
            p.text(w - 12, y, f"{num(q, lg)} {u}", "Courier", 7.5, "right")
            y += 11
        p.text(x0, y, "-" * 40, "Courier", 7.5)
        y += 14
        p.text(x0, y, tr(lg, "Received by:", "Erhalten:", "Reçu par :"), "Courier", 7.5)
        scrawl(p, x0 + 60, y + 4, crew("mate1"), 11)
        y += 22
        p.text(
            w / 2,
            y,
            tr(
                lg,
                "Thank you for your custom",
                "Vielen Dank für Ihren Einkauf",
                "Merci de votre visite",
            ),
            "Courier",
            7,
            "center",
        )
        remember(job, d, no)
        return [p]
    size = A5 if keyed(who, "dnsize").random() < 0.5 else A5L
    s = style_of(h, size, margin=30, pt=8)
    w, hh = size
    m = s.margin
    p = Page(size)
    y = heading(p, s, h)
    p.text(
        w - m, y, tr(lg, "DELIVERY NOTE", "LIEFERSCHEIN", "BON DE LIVRAISON"), s.bold, 12, "right"
    )
    y += 6
    addr = [
        office_head().name,
        tr(lg, "Deliver to site:", "Lieferadresse Baustelle:", "Livraison chantier :"),
        job.cust[1],
        job.cust[2],
    ]
    below = y + 8
    for t in addr:
        p.text(m, below, fit(t, s.font, 8, w / 2 - m), s.font, 8)
        below += 10
    yy = pairs(
        p,
        s,
        w / 2 + 10,
        y + 18,
        [
            (tr(lg, "Delivery note", "Lieferschein-Nr.", "BL n°"), no),
            (tr(lg, "Date", "Datum", "Date"), when(h, d)),
            (tr(lg, "Your order", "Ihre Bestellung", "Votre commande"), job.ref),
            (
                tr(lg, "Vehicle", "Fahrzeug", "Véhicule"),
                serial(
                    rng,
                    {"en": "AA99 AAA", "de": "AA-AA 999", "fr": "AA-999-AA", "us": "999-AAA"}[
                        h.lang
                    ],
                ),
            ),
        ],
        w - m,
        7.5,
    )
    y = max(below, yy) + 10
    cols = columns(m, w - m, [(1.2, "left"), (5, "left"), (1, "right"), (0.8, "center")])
    p.rect(m, y - 9, w - 2 * m, 13, fill=0.88)
    for c, t in zip(
        cols,
        [
            tr(lg, "Code", "Art.-Nr.", "Réf."),
            tr(lg, "Description", "Bezeichnung", "Désignation"),
            tr(lg, "Qty", "Menge", "Qté"),
            tr(lg, "Unit", "Einh.", "U."),
        ],
        strict=True,
    ):
        p.text(
            c[0] if c[2] == "left" else c[1],
            y,
            t,
            s.bold,
            7.5,
            "left" if c[2] == "left" else "right",
        )
    y += 14
    for name, q, u, _ in lines:
        if y > hh - m - 70:
            break
        for c, t in zip(cols, [serial(rng, "AA-99999"), name, num(q, lg), u], strict=True):
            p.text(
                c[0] if c[2] == "left" else c[1],
                y,
                fit(t, s.font, 7.5, c[1] - c[0] - 3),
                s.font,
                7.5,
                "left" if c[2] == "left" else "right",
            )
        y += 11
    y = max(y + 10, hh - m - 56)
    p.text(
        m,
        y,
        tr(
            lg,
            "Goods received in good condition",
            "Ware vollständig und unbeschädigt erhalten",
            "Marchandise reçue en bon état",
        ),
        s.font,
        7,
    )
    scrawl(p, m + 10, y + 26, crew(rng.choice(["driller1", "mate1", "mate2"])), 12)
    p.line(m, y + 30, m + 150, y + 30)
    hand(p, m + 160, y + 26, f"{rng.randint(7, 16)}:{rng.choice(['05', '20', '40', '55'])}", 9)
    p.text(
        w - m,
        y + 38,
        fit(
            tr(
                lg,
                "White: customer - Yellow: office - Pink: driver",
                "Original Kunde / Durchschlag Fahrer",
                "Exemplaire client",
            ),
            s.font,
            6,
            w / 2,
        ),
        s.font,
        6,
        "right",
    )
    remember(job, d, no)
    return [p]


def tpl_supplier_invoice(rng: random.Random, who: Issuer) -> list[Page]:
    """A pump and casing supplier's or builders' merchant's invoice: account and order
    references, the delivery address on site, the goods with list price, discount and net,
    VAT (reverse charge from abroad), terms and bank; now and then the copy of the signed
    delivery note behind."""
    h, role = seller_of(who)
    lg = ll(h)
    job = job_for(rng, ("delivery_note", "supplier_invoice", "contract"))
    d = last_day(rng, ("delivery_note",), (0, 6))
    size = LETTER if h.lang == "us" else A4
    s = style_of(h, size)
    w, _hh = size
    m = s.margin
    no = serial(rng, rng.choice(["INV-999999", "RE 2025-99999", "F999999", "SI99999"]))
    f = sheets(s, h, f"{h.name} - {tr(lg, 'Invoice', 'Rechnung', 'Facture')} {no}")
    title = tr(lg, "INVOICE", "RECHNUNG", "FACTURE")
    f.page.text(w - m, f.y, title, s.bold, s.size + 6, "right")
    f.y += 8
    recipient(
        f,
        s,
        h,
        office_lines(tr(lg, "Accounts payable", "Buchhaltung", "Service comptabilité")),
        d,
        [
            (tr(lg, "Invoice no.", "Rechnungs-Nr.", "Facture n°"), no),
            (tr(lg, "Account", "Kunden-Nr.", "Code client"), serial(keyed(who, "acct"), "99999")),
            (
                tr(lg, "Your order", "Ihre Bestellung", "Votre commande"),
                f"{job.ref} / {crew('driller1').split()[0]}",
            ),
            (
                tr(lg, "Delivery", "Lieferung", "Livraison"),
                short(d - timedelta(days=rng.randint(0, 3)), lg),
            ),
        ],
    )
    f.page.text(
        s.margin,
        f.y,
        fit(
            tr(lg, "Delivered to: ", "Lieferanschrift: ", "Livré à : ") + site_of(job),
            s.font,
            s.size - 1,
            w - 2 * m,
        ),
        s.font,
        s.size - 1,
    )
    f.y += 16
    lines = goods_lines(rng, role, job, lg)
    cols = columns(
        m,
        w - m,
        [
            (4.2, "left"),
            (0.8, "right"),
            (0.6, "left"),
            (1, "right"),
            (0.7, "right"),
            (1.1, "right"),
        ],
    )
    rows = []
    net = 0.0
    disc = rng.choice([0, 0, 5, 10, 12.5, 15])
    for name, q, u, pr in lines:
        v = round(q * pr * (1 - disc / 100), 2)
        net += v
        rows.append(
            [name, num(q, lg), u, money(pr, lg), f"{disc:g}%" if disc else "-", money(v, lg)]
        )
    table(
        f,
        cols,
        [
            tr(lg, "Description", "Bezeichnung", "Désignation"),
            tr(lg, "Qty", "Menge", "Qté"),
            "",
            tr(lg, "Price", "Preis", "PU"),
            tr(lg, "Disc", "Rabatt", "Rem."),
            tr(lg, "Net", "Netto", "Montant"),
        ],
        rows,
        s,
        shade=0.88 if rng.random() < 0.5 else None,
        rules=rng.random() < 0.5,
    )
    if rng.random() < 0.5:
        carriage = rng.choice([15.0, 25.0, 35.0, 45.0])
        f.page.text(
            m, f.y, tr(lg, "Carriage", "Fracht / Verpackung", "Frais de port"), s.font, s.size - 1
        )
        f.page.text(w - m, f.y, money(carriage, lg), s.font, s.size - 1, "right")
        f.y += 16
        net += carriage
    abroad = h.lang != home()
    note = ""
    if abroad and h.lang != "us":
        note = tr(
            lg,
            "Reverse charge: customer to account for VAT.",
            "Steuerschuldnerschaft des Leistungsempfängers (innergemeinschaftliche Lieferung).",
            "Autoliquidation - livraison intracommunautaire exonérée, art. 262 ter I du CGI.",
        )
    totals(
        f, s, lg if h.lang != "us" else "us", round(net, 2), 0.0 if abroad else vat_rate(lg), note
    )
    f.y += 6
    write(
        f,
        s,
        tr(
            lg,
            f"Terms: {rng.choice([30, 30, 60])} days net, end of month. Title to goods remains "
            f"with us until paid in full.",
            f"Zahlbar innerhalb von {rng.choice([14, 30])} Tagen ohne Abzug; bei Zahlung binnen "
            f"8 Tagen 2 % Skonto.",
            "Paiement à 45 jours fin de mois. Pénalités de retard : 3 fois le taux d'intérêt "
            "légal ; indemnité forfaitaire 40 €.",
        ),
        s.size - 1.5,
    )
    pages = f.pages
    if rng.random() < 0.25:
        c = Page(A4)
        copier_edge(c, rng)
        dn = delivery_copy(rng, h, job, lines, d, lg)
        for kind, args in dn.items:
            c.items.append((kind, shift(kind, args, 40.0, 40.0)))
        pages.append(c)
    received(rng, pages[0], d, 0.4)
    remember(job, d, no)
    return close(pages, s, h, numbers="none" if len(pages) == 1 else h.numbers)


def shift(kind: str, args: tuple[object, ...], dx: float, dy: float) -> tuple[object, ...]:
    """Drawing ``args`` of ``kind`` moved by ``dx, dy`` (a copy of a smaller paper on A4)."""
    a = list(args)
    if kind in ("text", "rect"):
        a[0] = float(a[0]) + dx  # type: ignore[arg-type]
        a[1] = float(a[1]) + dy  # type: ignore[arg-type]
    elif kind == "line":
        a = [float(a[0]) + dx, float(a[1]) + dy, float(a[2]) + dx, float(a[3]) + dy]  # type: ignore[arg-type]
    elif kind == "barcode":
        a[2] = float(a[2]) + dx  # type: ignore[arg-type]
        a[3] = float(a[3]) + dy  # type: ignore[arg-type]
    return tuple(a)


def delivery_copy(
    rng: random.Random,
    h: Head,
    job: Job,
    lines: list[tuple[str, float, str, float]],
    d: date,
    lg: str,
) -> Page:
    """The signed A5 delivery note as copied behind an invoice."""
    s = style_of(h, A5, margin=28, pt=8)
    w, hh = A5
    m = s.margin
    p = Page(A5)
    p.rect(0, 0, w, hh)
    y = heading(p, s, h)
    p.text(
        w - m, y, tr(lg, "DELIVERY NOTE", "LIEFERSCHEIN", "BON DE LIVRAISON"), s.bold, 11, "right"
    )
    y += 18
    p.text(m, y, fit(f"{office_head().name} - {site_of(job)}", s.font, 7.5, w - 2 * m), s.font, 7.5)
    y += 12
    p.text(m, y, f"{tr(lg, 'Date', 'Datum', 'Date')}: {short(d, lg)}", s.font, 7.5)
    y += 16
    for name, q, u, _ in lines:
        p.text(m, y, fit(name, s.font, 7.5, w - 2 * m - 60), s.font, 7.5)
        p.text(w - m, y, f"{num(q, lg)} {u}", s.font, 7.5, "right")
        y += 11
    y = max(y + 16, hh - 90)
    p.text(m, y, tr(lg, "Received", "Erhalten", "Reçu"), s.font, 7)
    scrawl(p, m + 40, y + 4, crew("mate1"), 12)
    return p


RIG_CHECKS = {
    "en": [
        "Engine oil and filter",
        "Fuel filters",
        "Air filter",
        "Hydraulic oil level",
        "Hydraulic hoses",
        "Mast slides and wear pads",
        "Rotation head gearbox",
        "Main winch and rope",
        "Foot clamp / breakout",
        "Tracks and tension",
        "Emergency stops",
        "Compressor separator",
    ],
    "de": [
        "Motoröl und Filter",
        "Kraftstofffilter",
        "Luftfilter",
        "Hydraulikölstand",
        "Hydraulikschläuche",
        "Mastführungen / Gleitstücke",
        "Kraftdrehkopf Getriebe",
        "Hauptwinde und Seil",
        "Klemm- und Brechvorrichtung",
        "Fahrwerk / Kettenspannung",
        "NOT-AUS",
        "Kompressor Abscheider",
    ],
    "fr": [
        "Huile moteur et filtre",
        "Filtres à gazole",
        "Filtre à air",
        "Niveau huile hydraulique",
        "Flexibles hydrauliques",
        "Glissières du mât",
        "Réducteur tête de rotation",
        "Treuil principal et câble",
        "Mâchoires / clé de dévissage",
        "Chenilles et tension",
        "Arrêts d'urgence",
        "Déshuileur compresseur",
    ],
}


def tpl_rig_service(rng: random.Random, who: Issuer) -> list[Page]:
    """The rig dealer's service report (job sheet): machine, serial and hour meter, the work
    done, a check list with OK / adjusted / replaced ticks, labour and travel, the engineer's
    and the customer's signatures; the parts used on a page of their own now and then. An
    American dealer writes on Letter paper."""
    h = head_of(who, "rig_dealer", abroad=0.2)
    lg = ll(h)
    size = LETTER if h.lang == "us" else A4
    s = style_of(h, size, pt=8.5)
    w, _hh = size
    m = s.margin
    d = some_day(rng)
    no = serial(rng, rng.choice(["SR-99999", "WO 999999", "JS9999"]))
    rig = rig_of(rng)
    hours = rng.randint(1200, 9800)
    eng = staff(h, "engineer")
    f = sheets(
        s,
        h,
        f"{h.name} - {tr(lg, 'Service report', 'Servicebericht', 'Rapport d intervention')} {no}",
    )
    caption(
        f,
        s,
        tr(lg, "SERVICE REPORT", "SERVICEBERICHT / ARBEITSNACHWEIS", "RAPPORT D'INTERVENTION"),
        3,
    )
    f.y = fields(
        f.page,
        s,
        m,
        f.y,
        w - 2 * m,
        [
            (tr(lg, "Customer", "Kunde", "Client"), office_head().name),
            (tr(lg, "Job no.", "Auftrag", "N° OT"), no),
            (tr(lg, "Machine", "Maschine", "Machine"), rig),
            (
                tr(lg, "Serial no.", "Fabrik-Nr.", "N° de série"),
                serial(keyed(who, rig), "AA-99999"),
            ),
            (tr(lg, "Hour meter", "Betriebsstunden", "Compteur horaire"), num(hours, lg)),
            (
                tr(lg, "Location", "Einsatzort", "Lieu"),
                rng.choice([office_head().town, site_of(a_job(rng))]),
            ),
            (tr(lg, "Date", "Datum", "Date"), when(h, d)),
            (tr(lg, "Engineer", "Monteur", "Technicien"), eng),
        ],
        per=2,
        tall=24,
        hand=rng.random() < 0.4,
    )
    f.heading(m, tr(lg, "Reason for visit", "Auftrag / Störung", "Motif"), s.bold, s.size + 0.5)
    write(
        f,
        s,
        rng.choice(
            [
                tr(
                    lg,
                    f"{rng.choice([250, 500, 1000])} hour service",
                    f"{rng.choice([250, 500, 1000])}-h-Wartung",
                    f"Entretien {rng.choice([250, 500, 1000])} h",
                ),
                tr(
                    lg,
                    "Rotation head losing torque",
                    "Drehkopf verliert Drehmoment",
                    "Perte de couple tête de rotation",
                ),
                tr(
                    lg,
                    "Hydraulic leak on mast cylinder",
                    "Hydraulikleck am Mastzylinder",
                    "Fuite vérin de mât",
                ),
            ]
        )
        + ". "
        + words(rng, lg, "plant"),
    )
    f.heading(m, tr(lg, "Check list", "Prüfliste", "Points de contrôle"), s.bold, s.size + 0.5)
    cols = columns(
        m, w - m, [(4, "left"), (0.7, "center"), (0.7, "center"), (0.7, "center"), (3, "left")]
    )
    f.need(20)
    for c, t in zip(
        cols,
        [
            "",
            "OK",
            tr(lg, "Adj", "Einst.", "Régl."),
            tr(lg, "Repl", "Ers.", "Rempl."),
            tr(lg, "Comment", "Bemerkung", "Remarque"),
        ],
        strict=True,
    ):
        cell_x = (c[0] + c[1]) / 2 if c[2] == "center" else c[0]
        f.page.text(cell_x, f.y, t, s.bold, 7.5, "center" if c[2] == "center" else "left")
    f.y += 12
    for item in RIG_CHECKS[lg]:
        f.need(14)
        f.page.text(cols[0][0], f.y, fit(item, s.font, 8, cols[0][1] - cols[0][0]), s.font, 8)
        pick = rng.choices([1, 2, 3], [0.75, 0.12, 0.13])[0]
        for k in (1, 2, 3):
            box(f.page, (cols[k][0] + cols[k][1]) / 2 - 4, f.y + 1, k == pick, 8)
        if pick != 1 and rng.random() < 0.7:
            hand(f.page, cols[4][0], f.y, words(rng, lg, "plant", 4), 8, cols[4][1] - cols[4][0])
        f.page.line(m, f.y + 4, w - m, f.y + 4)
        f.y += 14
    f.heading(
        m,
        tr(lg, "Work carried out", "Ausgeführte Arbeiten", "Travaux réalisés"),
        s.bold,
        s.size + 0.5,
    )
    write(f, s, prose(rng, lg, "plant", 2, 4))
    parts = [
        (
            serial(rng, "9999-9999"),
            rng.choice(
                [
                    "Oil filter",
                    "Fuel filter element",
                    "Hydraulic hose 1/2in x 1.2 m",
                    "Wear pad set",
                    "Seal kit mast cylinder",
                    "Engine oil 15W-40 (20 l)",
                    "Return filter",
                    "Winch rope 12 mm x 60 m",
                ]
            ),
            rng.randint(1, 4),
        )
        for _ in range(rng.randint(3, 9))
    ]
    parts_page = len(parts) > 5 and rng.random() < 0.6
    labour = [
        (tr(lg, "Labour", "Arbeitszeit", "Main d'oeuvre"), f"{rng.choice([2, 3.5, 4, 6, 7.5])} h"),
        (tr(lg, "Travel", "Fahrzeit", "Déplacement"), f"{rng.choice([1, 2, 3])} h"),
        (tr(lg, "Mileage", "Kilometer", "Kilomètres"), f"{rng.randint(40, 380)}"),
    ]
    f.y = fields(f.page, s, m, f.y + 4, w - 2 * m, labour, per=3, tall=24)
    if not parts_page:
        f.heading(m, tr(lg, "Parts used", "Verbaute Teile", "Pièces"), s.bold, s.size + 0.5)
        table(
            f,
            columns(m, w - m, [(1.5, "left"), (5, "left"), (0.8, "right")]),
            [
                tr(lg, "Part no.", "Teile-Nr.", "Réf."),
                tr(lg, "Description", "Bezeichnung", "Désignation"),
                tr(lg, "Qty", "Menge", "Qté"),
            ],
            [[a, b, str(c)] for a, b, c in parts],
            s,
        )
    f.need(70)
    f.y += 8
    cw = (w - 2 * m - 30) / 2
    sign_box(
        f.page,
        s,
        m,
        f.y,
        cw,
        tr(lg, "Engineer", "Monteur", "Technicien"),
        eng,
        short(d, lg) if h.lang != "us" else when(h, d),
    )
    sign_box(
        f.page,
        s,
        m + cw + 30,
        f.y,
        cw,
        tr(lg, "Customer", "Kunde", "Client"),
        crew("driller1"),
        ink=rng.random() < 0.7,
    )
    f.y += 50
    pages = f.pages
    if parts_page:
        f.new_page()
        f.heading(m, tr(lg, "Parts used", "Verbaute Teile", "Pièces"), s.bold, s.size + 1)
        table(
            f,
            columns(m, w - m, [(1.5, "left"), (5, "left"), (0.8, "right"), (1.2, "right")]),
            [
                tr(lg, "Part no.", "Teile-Nr.", "Réf."),
                tr(lg, "Description", "Bezeichnung", "Désignation"),
                tr(lg, "Qty", "Menge", "Qté"),
                tr(lg, "Bin", "Lager", "Empl."),
            ],
            [[a, b, str(c), serial(rng, "A99")] for a, b, c in parts],
            s,
            rules=True,
        )
    remember(None, d, (h.name, rig, d))
    return close(pages, s, h)


LIFT_ITEMS = {
    "en": [
        "Drill mast and top drive carriage",
        "Main winch and wire rope",
        "Auxiliary (wireline) winch",
        "Rod handler / loader arm",
        "Lifting sling 2-leg chain 3.15 t",
        "Bow shackles (set of 4) 4.75 t",
        "Casing elevator 168 mm",
    ],
    "de": [
        "Bohrmast mit Kraftdrehkopf-Schlitten",
        "Hauptwinde mit Drahtseil",
        "Hilfswinde (Seilkernrohr)",
        "Gestängeautomat / Ladearm",
        "Anschlagkette 2-strängig 3,15 t",
        "Schäkel (4 Stk.) 4,75 t",
        "Rohrelevator 168 mm",
    ],
    "fr": [
        "Mât de forage et chariot de tête",
        "Treuil principal et câble",
        "Treuil auxiliaire (wireline)",
        "Manipulateur de tiges",
        "Élingue chaîne 2 brins 3,15 t",
        "Manilles lyre (4) 4,75 t",
        "Élévateur de tubage 168 mm",
    ],
}


def tpl_loler(rng: random.Random, who: Issuer) -> list[Page]:
    """A report of thorough examination of the lifting equipment of one rig (LOLER,
    Prüfbericht nach BetrSichV / DGUV, vérification générale périodique): a summary page with
    the items and results, then one page per item with the defects and the next examination
    date, the examiner's signature."""
    h = head_of(who, "inspector")
    lg = h.lang
    s = style_of(h, A4, pt=8.5)
    w, hh = A4
    m = s.margin
    ex = LAST["extra"]
    if after(("rig_service",)) and isinstance(ex, tuple):
        rig, d = str(ex[1]), ex[2] + timedelta(days=rng.randint(0, 10))  # type: ignore[operator]
    else:
        rig, d = rig_of(rng), some_day(rng)
    assert isinstance(d, date)
    no = serial(rng, {"en": "TE/999999", "de": "PB-2025-99999", "fr": "VGP-99-9999"}[lg])
    examiner = staff(h, "examiner")
    title = tr(
        lg,
        "Report of Thorough Examination",
        "Prüfbericht - Wiederkehrende Prüfung",
        "Rapport de vérification générale périodique",
    )
    law = tr(
        lg,
        "Lifting Operations and Lifting Equipment Regulations 1998 - Regulation 9",
        "gemäß §§ 14, 15 BetrSichV und DGUV Grundsatz 309-001",
        "Arrêté du 1er mars 2004 - appareils de levage",
    )
    items = rng.sample(LIFT_ITEMS[lg], rng.randint(2, 5))
    s6 = rng.random() < 0.5
    pages: list[Page] = []
    p = Page(A4)
    y = heading(p, s, h)
    p.text(m, y, fit(title, s.bold, 13, w - 2 * m), s.bold, 13)
    y += 12
    p.text(m, y, fit(law, s.font, 7.5, w - 2 * m), s.font, 7.5)
    y += 14
    y = fields(
        p,
        s,
        m,
        y,
        w - 2 * m,
        [
            (tr(lg, "Employer", "Betreiber", "Exploitant"), office_head().name),
            (tr(lg, "Report no.", "Bericht-Nr.", "Rapport n°"), no),
            (
                tr(lg, "Address", "Anschrift", "Adresse"),
                f"{office_head().street}, {office_head().town}",
            ),
            (tr(lg, "Date of examination", "Prüfdatum", "Date de vérification"), day(h, d)),
            (tr(lg, "Equipment", "Arbeitsmittel", "Équipement"), rig),
            (
                tr(lg, "Type of examination", "Prüfart", "Nature"),
                tr(
                    lg,
                    "6-monthly" if s6 else "12-monthly",
                    "wiederkehrend (jährlich)",
                    "périodique (semestrielle)",
                ),
            ),
        ],
        per=2,
        tall=24,
        hand=False,
    )
    cols = columns(
        m, w - m, [(0.5, "left"), (4, "left"), (1, "right"), (1.2, "center"), (1.4, "right")]
    )
    p.rect(m, y, w - 2 * m, 14, fill=0.85)
    for c, t in zip(
        cols,
        [
            "#",
            tr(lg, "Item", "Prüfgegenstand", "Élément"),
            tr(lg, "SWL", "Tragf.", "CMU"),
            tr(lg, "Result", "Ergebnis", "Résultat"),
            tr(lg, "Next due", "Nächste Prüfung", "Prochaine"),
        ],
        strict=True,
    ):
        p.text(
            c[0] + 2 if c[2] != "right" else c[1],
            y + 10,
            t,
            s.bold,
            7.5,
            "right" if c[2] == "right" else "left",
        )
    y += 14
    results = []
    for k, it in enumerate(items, 1):
        bad = rng.random() < 0.2
        results.append(bad)
        swl = f"{rng.choice([1, 2, 3.15, 4.75, 5, 8])} t"
        nxt = d + timedelta(days=182 if s6 else 365)
        for c, t in zip(
            cols,
            [
                str(k),
                it,
                swl,
                tr(
                    lg,
                    "Defect" if bad else "Satisfactory",
                    "Mängel" if bad else "ohne Mängel",
                    "Anomalie" if bad else "Conforme",
                ),
                short(nxt, lg),
            ],
            strict=True,
        ):
            p.text(
                c[0] + 2 if c[2] != "right" else c[1],
                y + 11,
                fit(t, s.font, 8, c[1] - c[0] - 4),
                s.font,
                8,
                "right" if c[2] == "right" else "left",
            )
        p.line(m, y + 15, w - m, y + 15)
        y += 16
    y += 16
    y = text_on(
        p,
        s,
        m,
        y,
        w - 2 * m,
        tr(
            lg,
            "Each item is reported on the following pages. Defects marked must be notified to "
            "the employer in writing.",
            "Die Einzelergebnisse sind auf den folgenden Seiten dokumentiert.",
            "Le détail des vérifications figure aux pages suivantes.",
        ),
        8,
    )
    sign_box(
        p,
        s,
        m,
        y + 6,
        220,
        tr(lg, "Competent person", "Zur Prüfung befähigte Person", "Vérificateur"),
        examiner,
        short(d, lg),
    )
    pages.append(p)
    for k, (it, bad) in enumerate(zip(items, results, strict=True), 1):
        q = Page(A4)
        yy = running_header(q, s, f"{h.name} - {no} - {rig}") + 6
        q.text(
            m,
            yy,
            f"{tr(lg, 'Item', 'Position', 'Élément')} {k}: {fit(it, s.bold, 10, w - 2 * m - 60)}",
            s.bold,
            10,
        )
        yy += 10
        yy = fields(
            q,
            s,
            m,
            yy,
            w - 2 * m,
            [
                (
                    tr(lg, "Identification", "Kennzeichnung", "Identification"),
                    serial(rng, "ID 9999"),
                ),
                (tr(lg, "Manufacturer", "Hersteller", "Fabricant"), rig.split()[0]),
                (
                    tr(lg, "Safe working load", "Tragfähigkeit", "Charge max. d'utilisation"),
                    f"{rng.choice([1, 2, 3.15, 5])} t",
                ),
                (tr(lg, "Year", "Baujahr", "Année"), str(rng.randint(2008, 2022))),
            ],
            per=2,
            tall=24,
            hand=False,
        )
        for cap, val in [
            (
                tr(
                    lg,
                    "Is this the first examination after installation?",
                    "Erstprüfung nach Montage?",
                    "Première vérification ?",
                ),
                1,
            ),
            (
                tr(
                    lg,
                    "Is the equipment safe to operate?",
                    "Ist der sichere Betrieb gewährleistet?",
                    "L'appareil peut-il être utilisé ?",
                ),
                1 if bad and rng.random() < 0.3 else 0,
            ),
        ]:
            q.text(m, yy + 8, fit(cap, s.font, 8, w - 2 * m - 120), s.font, 8)
            ticks(q, s, w - m - 110, yy + 8, 110, yes_no(lg), {val}, 8)
            yy += 18
        yy += 8
        q.text(
            m,
            yy,
            tr(
                lg,
                "Identification of any part found to have a defect",
                "Festgestellte Mängel",
                "Anomalies constatées",
            ),
            s.bold,
            8.5,
        )
        yy += 14
        txt = words(rng, lg, "plant", 14) if bad else tr(lg, "None", "keine", "Néant")
        yy = text_on(q, s, m + 6, yy, w - 2 * m - 12, txt, 8.5)
        q.text(
            m,
            yy + 4,
            tr(
                lg,
                "Repair / renewal required and by when",
                "Erforderliche Maßnahmen und Frist",
                "Travaux à réaliser et délai",
            ),
            s.bold,
            8.5,
        )
        yy = text_on(
            q, s, m + 6, yy + 18, w - 2 * m - 12, words(rng, lg, "plant", 10) if bad else "-", 8.5
        )
        sign_box(
            q,
            s,
            m,
            hh - m - 110,
            220,
            tr(lg, "Signature", "Unterschrift", "Signature"),
            examiner,
            short(d, lg),
        )
        pages.append(q)
    remember(None, d, (h.name, rig, d))
    return close(
        pages, s, h, numbers=tr(lg, "Page {i} of {n}", "Seite {i} von {n}", "Page {i}/{n}")
    )


STATIONS = {
    "en": [
        "Shell Skipton",
        "BP Gargrave Rd",
        "Esso Keighley",
        "Texaco A59 Harrogate",
        "Morrisons Malton",
        "Tesco Extra Blandford",
        "BP Wimborne",
    ],
    "de": [
        "ARAL Denzlingen",
        "Shell Emmendingen",
        "Jet Freiburg Nord",
        "Avia Ansbach",
        "ESSO Lingen",
        "Raiffeisen Tankstelle Waldkirch",
        "TotalEnergies Offenburg",
    ],
    "fr": [
        "Total Bourg-de-Péage",
        "Intermarché Romans",
        "Esso Valence Sud",
        "AS24 Portes-lès-Valence",
        "Leclerc La Roche",
        "Avia Vierzon",
        "Total A71 Salbris",
    ],
}


def tpl_fuel_card(rng: random.Random, who: Issuer) -> list[Page]:
    """The fuel card company's statement: account, period, a summary by card (van, rig truck,
    compressor trailer tow car), then the transactions by card over one or more pages, some
    in landscape, and the total to be debited."""
    h = head_of(who, "fuel")
    lg = h.lang
    land = keyed(who, "land").random() < 0.4
    size = A4L if land else A4
    s = style_of(h, size, margin=40, pt=8)
    w, _hh = size
    m = s.margin
    d = some_day(rng)
    start = d - timedelta(days=rng.choice([7, 14, 30]))
    acct = serial(keyed(who, "acct"), "9999999")
    no = serial(rng, "99999999")
    regs = {"en": "AA99 AAA", "de": "AA-AA 999", "fr": "AA-999-AA"}[lg]
    cards = [
        (
            serial(keyed(who, f"card{k}"), "9999"),
            serial(keyed(who, f"reg{k}"), regs),
            crew(f"driller{k + 1}" if k < 2 else f"mate{k - 1}"),
        )
        for k in range(rng.randint(2, 4))
    ]
    f = sheets(
        s, h, f"{h.name} - {tr(lg, 'Statement', 'Rechnung / Transaktionsliste', 'Relevé')} {no}"
    )
    caption(
        f,
        s,
        tr(
            lg,
            "Fuel card statement",
            "Sammelrechnung Tankkarten",
            "Relevé de transactions carte carburant",
        ),
        2,
    )
    recipient(
        f,
        s,
        h,
        office_lines(),
        d,
        [
            (tr(lg, "Account", "Kunden-Nr.", "N° client"), acct),
            (tr(lg, "Statement", "Rechnungs-Nr.", "Relevé n°"), no),
            (tr(lg, "Period", "Zeitraum", "Période"), f"{short(start, lg)} - {short(d, lg)}"),
        ],
    )
    txs: dict[str, list[list[str]]] = {}
    sums = []
    grand = 0.0
    for card, reg, drv in cards:
        rows = []
        tot_l = tot = 0.0
        km = rng.randint(20000, 180000)
        for k in range(rng.randint(2, 9)):
            t = start + timedelta(days=int(k * (d - start).days / 9) + rng.randint(0, 2))
            lit = round(rng.uniform(30, 95), 2)
            ppl = round(rng.uniform(1.35, 1.62) if lg == "en" else rng.uniform(1.55, 1.85), 3)
            v = round(lit * ppl / (1 + vat_rate(lg) / 100), 2)
            km += rng.randint(150, 700)
            prod = rng.choice(["Diesel", "Diesel", "Diesel", "AdBlue"])
            if prod == "AdBlue":
                lit, v = round(rng.uniform(5, 20), 2), round(rng.uniform(8, 25), 2)
            rows.append(
                [
                    short(t, lg),
                    f"{rng.randint(6, 19):02d}:{rng.randint(0, 59):02d}",
                    rng.choice(STATIONS[lg]),
                    prod,
                    num(lit, lg, 2),
                    num(ppl, lg, 3),
                    num(km, lg),
                    money(v, lg),
                ]
            )
            tot_l += lit
            tot += v
        txs[card] = rows
        sums.append([f"**** {card}", reg, drv, str(len(rows)), num(tot_l, lg, 2), money(tot, lg)])
        grand += tot
    table(
        f,
        columns(
            m,
            w - m,
            [
                (1.2, "left"),
                (1.2, "left"),
                (2, "left"),
                (0.6, "right"),
                (1, "right"),
                (1.2, "right"),
            ],
        ),
        [
            tr(lg, "Card", "Karte", "Carte"),
            tr(lg, "Vehicle", "Kennzeichen", "Immat."),
            tr(lg, "Driver", "Fahrer", "Conducteur"),
            tr(lg, "Tx", "Anz.", "Nb"),
            tr(lg, "Litres", "Liter", "Litres"),
            tr(lg, "Net", "Netto", "HT"),
        ],
        sums,
        s,
        shade=0.88,
    )
    totals(
        f,
        s,
        lg,
        round(grand, 2),
        vat_rate(lg),
        tr(
            lg,
            f"Direct debit on {short(d + timedelta(days=14), lg)}.",
            f"Der Betrag wird am {short(d + timedelta(days=10), lg)} per SEPA-Lastschrift "
            f"eingezogen.",
            f"Prélèvement le {short(d + timedelta(days=10), lg)}.",
        ),
    )
    cols = columns(
        m,
        w - m,
        [
            (1, "left"),
            (0.6, "left"),
            (2.4, "left"),
            (0.9, "left"),
            (0.8, "right"),
            (0.8, "right"),
            (1, "right"),
            (1, "right"),
        ],
    )
    for card, reg, _ in cards:
        f.heading(m, f"{tr(lg, 'Card', 'Karte', 'Carte')} **** {card} - {reg}", s.bold, s.size + 1)
        table(
            f,
            cols,
            [
                tr(lg, "Date", "Datum", "Date"),
                tr(lg, "Time", "Zeit", "Heure"),
                tr(lg, "Site", "Station", "Station"),
                tr(lg, "Product", "Produkt", "Produit"),
                tr(lg, "Qty", "Menge", "Qté"),
                tr(lg, "Price", "Preis", "Prix"),
                tr(lg, "Odometer", "km-Stand", "Km"),
                tr(lg, "Net", "Netto", "HT"),
            ],
            txs[card],
            s,
            rules=True,
        )
    remember(None, d)
    return close(
        f.pages, s, h, numbers=tr(lg, "Page {i} of {n}", "Seite {i} von {n}", "Page {i}/{n}")
    )


def tpl_pump_test(rng: random.Random, who: Issuer) -> list[Page]:
    """The company's pumping test report: the summary page (borehole, pump, rest level, rate,
    duration, drawdown, specific capacity, transmissivity, recovery), the drawdown and recovery
    readings on landscape pages and the drawdown plot."""
    job = job_for(rng, ("borehole_log", "drilling_record", "contract"))
    if job.purpose == GSHP:
        job.purpose = rng.choice([0, 1, 4])
        job.holes = 1
    lg = home()
    h = office_head()
    s = style_of(h, A4, pt=9)
    w, _hh = A4
    m = s.margin
    d = last_day(rng, ("borehole_log", "drilling_record"), (2, 10))
    rwl = round(rng.uniform(2, 20), 2)
    rate = round(rng.uniform(0.3, 6.0), 2)  # l/s
    dur = rng.choice([24, 24, 48, 72]) * 60
    smax = round(rng.uniform(1.5, 18), 2)
    title = tr(lg, "Pumping Test Report", "Bericht Pumpversuch", "Compte rendu d'essai de pompage")
    f = sheets(s, h, f"{title} - {site_of(job)}")
    caption(f, s, title, 5)
    f.page.text(
        m,
        f.y,
        fit(f"{purpose(job, lg)} - {site_of(job)}", s.font, s.size + 1, w - 2 * m),
        s.font,
        s.size + 1,
    )
    f.y += 22
    f.y = fields(
        f.page,
        s,
        m,
        f.y,
        w - 2 * m,
        [
            (tr(lg, "Client", "Auftraggeber", "Client"), job.cust[0]),
            (tr(lg, "Job no.", "Projekt", "Dossier"), job.ref),
            (tr(lg, "Borehole depth", "Brunnentiefe", "Profondeur"), f"{job.depth} m"),
            (
                tr(lg, "Pump", "Pumpe", "Pompe"),
                rng.choice(["Grundfos SP 5A-12", "Lowara 4GS15", "Caprari E4XP30", "KSB UPA 100C"]),
            ),
            (
                tr(lg, "Pump intake", "Einbautiefe", "Cote d'aspiration"),
                f"{num(min(job.depth - 3, rwl + smax + rng.uniform(5, 15)), lg, 1)} m",
            ),
            (
                tr(lg, "Test type", "Versuchsart", "Type d'essai"),
                tr(lg, "Constant rate", "Dauerpumpversuch", "Essai longue durée"),
            ),
            (tr(lg, "Start", "Beginn", "Début"), f"{short(d, lg)} 08:00"),
            (tr(lg, "Duration", "Dauer", "Durée"), f"{dur // 60} h"),
        ],
        per=2,
        tall=24,
        hand=False,
    )
    res = [
        (
            tr(
                lg,
                "Rest water level (m bgl)",
                "Ruhewasserspiegel (m u. GOK)",
                "Niveau statique (m/sol)",
            ),
            num(rwl, lg, 2),
        ),
        (
            tr(lg, "Pumping rate", "Förderrate", "Débit"),
            f"{num(rate, lg, 2)} l/s ({num(rate * 86.4, lg, 1)} m3/d)",
        ),
        (
            tr(lg, "Maximum drawdown (m)", "Max. Absenkung (m)", "Rabattement max. (m)"),
            num(smax, lg, 2),
        ),
        (
            tr(lg, "Specific capacity", "Spezifische Ergiebigkeit", "Débit spécifique"),
            f"{num(rate * 3.6 / smax, lg, 2)} m3/h/m",
        ),
        (
            tr(
                lg,
                "Transmissivity (Cooper-Jacob)",
                "Transmissivität (Cooper-Jacob)",
                "Transmissivité (Cooper-Jacob)",
            ),
            f"{num(rng.uniform(5, 400), lg, 0)} m2/d",
        ),
        (
            tr(lg, "Recovery after 12 h", "Wiederanstieg nach 12 h", "Remontée après 12 h"),
            f"{rng.randint(86, 100)} %",
        ),
    ]
    f.heading(m, tr(lg, "Results", "Ergebnisse", "Résultats"), s.bold, s.size + 1.5)
    f.y = pairs(f.page, s, m, f.y, res, w - m, s.size)
    f.heading(m, tr(lg, "Comments", "Bewertung", "Commentaires"), s.bold, s.size + 1.5)
    write(f, s, prose(rng, lg, "hydro", 2, 4))
    f.need(50)
    f.y += 10
    f.page.text(m, f.y, f"{crew('hydro')}", s.bold, s.size)
    scrawl(f.page, m, f.y + 24, crew("hydro"))
    pages = f.pages
    # readings
    times = [
        1,
        2,
        3,
        4,
        5,
        6,
        8,
        10,
        12,
        15,
        20,
        25,
        30,
        40,
        50,
        60,
        75,
        90,
        120,
        150,
        180,
        240,
        300,
        360,
        480,
        600,
        720,
        900,
        1080,
        1260,
        1440,
    ]
    times += [t for t in (1800, 2160, 2880, 3600, 4320) if t <= dur]
    readings = []
    for t in times:
        sdd = smax * math.log10(1 + t) / math.log10(1 + dur) + rng.uniform(-0.03, 0.03)
        clock = (8 * 60 + t) % (24 * 60)
        readings.append(
            [
                num(t, lg),
                f"{clock // 60:02d}:{clock % 60:02d}",
                num(rwl + sdd, lg, 2),
                num(max(0.0, sdd), lg, 2),
                num(rate + rng.uniform(-0.03, 0.03), lg, 2),
                rng.choice(
                    [
                        "",
                        "",
                        "",
                        "",
                        tr(lg, "clear", "klar", "claire"),
                        tr(lg, "sample taken", "Probe entnommen", "prélèvement"),
                        "EC " + str(rng.randint(300, 900)),
                    ]
                ),
            ]
        )
    rec = []
    for t in times[: rng.randint(16, 24)]:
        res_s = (
            smax * (1 - math.log10(1 + t) / math.log10(1 + times[23])) if t < times[23] else 0.05
        )
        rec.append([num(t, lg), num(rwl + max(0.02, res_s), lg, 2), num(max(0.02, res_s), lg, 2)])
    ls = paper(s, A4L, margin=40, pt=8)
    lw, lh = A4L
    lf = Sheets(
        A4L,
        lh - 60,
        lambda p, n: (
            running_header(
                p, ls, f"{title} - {site_of(job)} - {tr(lg, 'readings', 'Messwerte', 'relevés')}"
            )
            + 8
        ),
    )
    lf.heading(
        40,
        tr(lg, "Drawdown readings", "Absenkung - Messwerte", "Rabattement - relevés"),
        ls.bold,
        10,
    )
    table(
        lf,
        columns(
            40,
            lw - 40,
            [
                (1, "right"),
                (1, "center"),
                (1.4, "right"),
                (1.2, "right"),
                (1.2, "right"),
                (3, "left"),
            ],
        ),
        [
            tr(lg, "Elapsed min", "Zeit min", "Temps min"),
            tr(lg, "Clock", "Uhrzeit", "Heure"),
            tr(lg, "Level m bgl", "Wsp. m u. GOK", "Niveau m/sol"),
            tr(lg, "Drawdown m", "Absenkung m", "Rabatt. m"),
            tr(lg, "Rate l/s", "Q l/s", "Q l/s"),
            tr(lg, "Remarks", "Bemerkung", "Observations"),
        ],
        readings,
        ls,
        step=1.45,
    )
    lf.heading(40, tr(lg, "Recovery readings", "Wiederanstieg", "Remontée"), ls.bold, 10)
    table(
        lf,
        columns(40, lw * 0.6, [(1, "right"), (1.4, "right"), (1.4, "right")]),
        [
            tr(lg, "Time since stop min", "Zeit seit Abschalten min", "Temps depuis arrêt min"),
            tr(lg, "Level m bgl", "Wsp. m u. GOK", "Niveau m/sol"),
            tr(lg, "Residual m", "Restabsenkung m", "Rabatt. résiduel m"),
        ],
        rec,
        ls,
        step=1.45,
    )
    pages.extend(lf.pages)
    g = Page(A4L)
    g.text(
        40,
        40,
        tr(
            lg,
            "Figure 1 - Drawdown against time",
            "Abb. 1 - Absenkung über Zeit",
            "Figure 1 - Rabattement en fonction du temps",
        ),
        ls.bold,
        11,
    )
    x0, y0, gw, gh = 90.0, 80.0, lw - 160, lh - 170
    g.rect(x0, y0, gw, gh)
    for k in range(1, 5):
        g.line(x0 + gw * k / 5, y0, x0 + gw * k / 5, y0 + gh)
        g.line(x0, y0 + gh * k / 5, x0 + gw, y0 + gh * k / 5)
    for k in range(6):
        g.text(x0 - 6, y0 + gh * k / 5 + 3, num(smax * 1.1 * k / 5, lg, 1), ls.font, 7, "right")
        g.text(x0 + gw * k / 5, y0 + gh + 12, f"10^{k - 1}" if k else "0.1", ls.font, 7, "center")
    g.text(
        x0 + gw / 2,
        y0 + gh + 26,
        tr(
            lg,
            "Time since start of pumping (min, log scale)",
            "Zeit seit Pumpbeginn (min, log.)",
            "Temps depuis le début du pompage (min, échelle log)",
        ),
        ls.font,
        8,
        "center",
    )
    g.text(x0 - 40, y0 - 8, tr(lg, "Drawdown (m)", "Absenkung (m)", "Rabattement (m)"), ls.font, 8)
    prev = None
    for t in times:
        gx = x0 + gw * (math.log10(t) + 1) / 5
        gy = y0 + gh * (smax * math.log10(1 + t) / math.log10(1 + dur)) / (smax * 1.1)
        g.rect(gx - 1.5, gy - 1.5, 3, 3, fill=0.0)
        if prev:
            g.line(prev[0], prev[1], gx, gy)
        prev = (gx, gy)
    pages.append(g)
    remember(job, d + timedelta(days=dur // 1440), tr(lg, "pump test", "Pumpversuch", "essai"))
    return close(
        pages, s, h, numbers=tr(lg, "Page {i} of {n}", "Seite {i} von {n}", "Page {i}/{n}")
    )


def tpl_commissioning(rng: random.Random, who: Issuer) -> list[Page]:
    """The company's commissioning certificate: for a water supply the pump installation and
    commissioning record, for a heat pump array the ground loop pressure test and flushing
    certificate with a table per loop; tick boxes, readings by hand, the engineer's and the
    customer's signatures; now and then the handover page behind."""
    job = job_for(rng, ("pump_test", "borehole_log", "water_analysis", "drilling_record"))
    lg = home()
    h = office_head()
    s = style_of(h, A4, margin=40, pt=8.5)
    w, hh = A4
    m = s.margin
    d = last_day(rng, ("pump_test", "borehole_log", "water_analysis"), (2, 14))
    p = Page(A4)
    y = heading(p, s, h)
    gshp = job.purpose == GSHP
    title = (
        tr(
            lg,
            "GROUND LOOP PRESSURE TEST AND FLUSHING CERTIFICATE",
            "PROTOKOLL DRUCKPRÜFUNG UND SPÜLUNG ERDWÄRMESONDEN",
            "PROCÈS-VERBAL D'ESSAI DE PRESSION ET DE RINÇAGE DES SONDES",
        )
        if gshp
        else tr(
            lg,
            "PUMP INSTALLATION AND COMMISSIONING CERTIFICATE",
            "INBETRIEBNAHMEPROTOKOLL BRUNNENPUMPE",
            "PROCÈS-VERBAL DE MISE EN SERVICE DE LA POMPE",
        )
    )
    p.text(m, y, title, s.bold, shrink(title, s.bold, 12, w - 2 * m))
    y += 8
    y = fields(
        p,
        s,
        m,
        y + 4,
        w - 2 * m,
        [
            (tr(lg, "Customer", "Auftraggeber", "Client"), job.cust[0]),
            (tr(lg, "Certificate no.", "Protokoll-Nr.", "PV n°"), serial(rng, "CC-9999")),
            (tr(lg, "Site", "Anlagenstandort", "Site"), site_of(job)),
            (tr(lg, "Date", "Datum", "Date"), short(d, lg)),
        ],
        per=2,
        tall=24,
        hand=False,
    )
    if gshp:
        y = band(p, s, y, tr(lg, "Test details", "Prüfbedingungen", "Conditions d'essai"))
        y = fields(
            p,
            s,
            m,
            y + 2,
            w - 2 * m,
            [
                (
                    tr(lg, "Test pressure (bar)", "Prüfdruck (bar)", "Pression d'essai (bar)"),
                    str(rng.choice([6, 8, 10, 12])),
                ),
                (tr(lg, "Test medium", "Prüfmedium", "Fluide"), tr(lg, "Water", "Wasser", "Eau")),
                (
                    tr(lg, "Duration (min)", "Prüfdauer (min)", "Durée (min)"),
                    str(rng.choice([30, 60, 180])),
                ),
                (
                    tr(lg, "Standard", "Norm", "Référentiel"),
                    tr(lg, "MCS MIS 3005 / GSHPA", "VDI 4640-2", "NF X10-970"),
                ),
            ],
            per=4,
            tall=24,
        )
        cols = columns(
            m,
            w - m,
            [
                (0.6, "left"),
                (1, "right"),
                (1, "right"),
                (1, "right"),
                (1, "right"),
                (1, "right"),
                (1, "center"),
            ],
        )
        p.rect(m, y, w - 2 * m, 14, fill=0.85)
        for c, t in zip(
            cols,
            [
                tr(lg, "Loop", "Sonde", "Sonde"),
                tr(lg, "Length m", "Länge m", "Long. m"),
                tr(lg, "Start bar", "Anfang bar", "Début bar"),
                tr(lg, "End bar", "Ende bar", "Fin bar"),
                tr(lg, "Drop %", "Abfall %", "Chute %"),
                tr(lg, "Flow l/min", "Durchfl. l/min", "Débit l/min"),
                tr(lg, "Result", "Ergebnis", "Résultat"),
            ],
            strict=True,
        ):
            p.text(
                c[0] + 2 if c[2] == "left" else c[1] if c[2] == "right" else (c[0] + c[1]) / 2,
                y + 10,
                t,
                s.bold,
                7,
                c[2],
            )
        y += 14
        for k in range(1, job.holes + 1):
            st = rng.choice([6.0, 8.0, 10.0])
            en = st - rng.uniform(0.05, 0.4)
            for c, t in zip(
                cols,
                [
                    f"{k}",
                    f"{job.depth * 2 - 2}",
                    num(st, lg, 1),
                    num(en, lg, 2),
                    num((st - en) / st * 100, lg, 1),
                    num(rng.uniform(18, 35), lg, 1),
                    tr(lg, "pass", "i.O.", "OK"),
                ],
                strict=True,
            ):
                hand(p, c[0] + 2 if c[2] != "right" else c[1] - tw(t, HAND, 8.5), y + 11, t, 8.5)
            p.line(m, y + 15, w - m, y + 15)
            y += 16
        y += 10
        y = band(
            p, s, y, tr(lg, "Flushing and filling", "Spülen und Befüllen", "Rinçage et remplissage")
        )
        y = ticks(
            p,
            s,
            m,
            y + 12,
            w - 2 * m,
            [
                tr(lg, "Flushed to clear", "bis klar gespült", "rincé jusqu'à eau claire"),
                tr(lg, "Purged of air", "entlüftet", "purgé"),
                tr(lg, "Antifreeze added", "Frostschutz eingefüllt", "antigel ajouté"),
                tr(
                    lg,
                    "Loops labelled at manifold",
                    "Sonden am Verteiler beschriftet",
                    "sondes repérées au collecteur",
                ),
            ],
            set(rng.sample(range(4), rng.randint(2, 4))),
            8,
        )
        y = fields(
            p,
            s,
            m,
            y,
            w - 2 * m,
            [
                (
                    tr(lg, "Antifreeze", "Frostschutzmittel", "Antigel"),
                    rng.choice(["MEG 25 %", "MPG 25 %", "Ethanol 20 %"]),
                ),
                (
                    tr(lg, "Freeze point °C", "Gefrierpunkt °C", "Point de gel °C"),
                    f"-{rng.randint(10, 15)}",
                ),
            ],
            per=2,
            tall=24,
        )
    else:
        y = band(p, s, y, tr(lg, "Installation", "Anlage", "Installation"))
        y = fields(
            p,
            s,
            m,
            y + 2,
            w - 2 * m,
            [
                (
                    tr(lg, "Pump make / model", "Pumpe Typ", "Pompe marque / type"),
                    rng.choice(
                        [
                            "Grundfos SQ 3-65",
                            "Pedrollo 4SR2m/13",
                            "Wilo TWI 4.02-18",
                            "Caprari E4XP25/12",
                        ]
                    ),
                ),
                (tr(lg, "Serial no.", "Serien-Nr.", "N° série"), serial(rng, "99999999")),
                (
                    tr(lg, "Pump depth (m)", "Einbautiefe (m)", "Profondeur pompe (m)"),
                    str(max(10, job.depth - rng.randint(5, 15))),
                ),
                (
                    tr(lg, "Rising main", "Steigleitung", "Colonne"),
                    rng.choice(["32 mm MDPE", "1 1/4in PE", "PE 40"]),
                ),
                (
                    tr(lg, "Pressure vessel (l)", "Druckkessel (l)", "Réservoir (l)"),
                    str(rng.choice([24, 50, 80, 100])),
                ),
                (
                    tr(
                        lg,
                        "Cut-in / cut-out (bar)",
                        "Ein-/Ausschaltdruck (bar)",
                        "Pression enclench./déclench. (bar)",
                    ),
                    f"{rng.choice([2, 2.2, 2.5])} / {rng.choice([3.5, 4, 4.5])}",
                ),
            ],
            per=2,
            tall=24,
        )
        y = band(p, s, y, tr(lg, "Checks", "Prüfungen", "Contrôles"))
        checks = [
            tr(
                lg,
                "Insulation resistance tested",
                "Isolationswiderstand gemessen",
                "isolement mesuré",
            ),
            tr(
                lg,
                "Dry-run protection tested",
                "Trockenlaufschutz geprüft",
                "sécurité manque d'eau testée",
            ),
            tr(lg, "Safety rope fitted", "Sicherungsseil montiert", "câble de sécurité posé"),
            tr(lg, "Sanitary seal fitted", "Brunnenkopf dicht", "tête étanche"),
            tr(lg, "UV unit fitted", "UV-Anlage installiert", "UV installé"),
            tr(lg, "Filter fitted", "Filter installiert", "filtre posé"),
            tr(lg, "System disinfected", "Anlage desinfiziert", "désinfection"),
        ]
        y = ticks(
            p,
            s,
            m,
            y + 12,
            w - 2 * m,
            checks,
            set(rng.sample(range(len(checks)), rng.randint(3, 7))),
            8,
        )
        y = fields(
            p,
            s,
            m,
            y,
            w - 2 * m,
            [
                (
                    tr(lg, "Running current (A)", "Stromaufnahme (A)", "Intensité (A)"),
                    num(rng.uniform(3, 9), lg, 1),
                ),
                (
                    tr(
                        lg, "Flow at tap (l/min)", "Förderstrom (l/min)", "Débit au robinet (l/min)"
                    ),
                    num(rng.uniform(15, 60), lg, 0),
                ),
                (
                    tr(lg, "Insulation (MOhm)", "Isolation (MOhm)", "Isolement (MOhm)"),
                    f">{rng.choice([50, 100, 200])}",
                ),
            ],
            per=3,
            tall=24,
        )
    y += 4
    y = text_on(
        p,
        s,
        m,
        y,
        w - 2 * m,
        tr(
            lg,
            "We certify that the installation described above has been tested and commissioned "
            "and is handed over in working order.",
            "Die Anlage wurde geprüft, in Betrieb genommen und funktionsfähig übergeben.",
            "L'installation décrite ci-dessus a été essayée, mise en service et remise en état "
            "de fonctionnement.",
        ),
        8,
    )
    y = min(y + 4, hh - m - 80)
    cw = (w - 2 * m - 30) / 2
    sign_box(
        p,
        s,
        m,
        y,
        cw,
        tr(lg, "Engineer", "Monteur / Bohrmeister", "Technicien"),
        crew("driller2"),
        short(d, lg),
    )
    sign_box(
        p,
        s,
        m + cw + 30,
        y,
        cw,
        tr(lg, "Customer", "Auftraggeber", "Client"),
        job.cust[0],
        short(d, lg),
        ink=rng.random() < 0.75,
    )
    pages = [p]
    if rng.random() < 0.35:
        q = Page(A4)
        yy = m
        q.text(
            m,
            yy,
            tr(
                lg,
                "Customer handover",
                "Übergabe an den Betreiber",
                "Remise de l'ouvrage au client",
            ),
            s.bold,
            12,
        )
        yy += 22
        items = [
            tr(
                lg,
                "Operating instructions explained",
                "Bedienung erklärt",
                "fonctionnement expliqué",
            ),
            tr(lg, "Manuals handed over", "Unterlagen übergeben", "notices remises"),
            tr(
                lg,
                "Borehole log copy given",
                "Schichtenverzeichnis übergeben",
                "coupe du forage remise",
            ),
            tr(lg, "Water test results explained", "Analyse erläutert", "analyse commentée"),
            tr(
                lg,
                "Annual service recommended",
                "Jährliche Wartung empfohlen",
                "entretien annuel conseillé",
            ),
            tr(lg, "Site left clean and tidy", "Baustelle geräumt", "chantier nettoyé"),
        ]
        for it in items:
            box(q, m, yy, rng.random() < 0.85, 9)
            q.text(m + 16, yy, it, s.font, 9)
            yy += 18
        yy += 10
        yy = text_on(q, s, m, yy, w - 2 * m, prose(rng, lg, "drill", 2, 3), 8.5)
        sign_box(
            q,
            s,
            m,
            yy + 10,
            220,
            tr(lg, "Customer", "Betreiber", "Client"),
            job.cust[0],
            short(d, lg),
            ink=rng.random() < 0.8,
        )
        pages.append(q)
    remember(job, d)
    return close(pages, s, h, numbers="none" if len(pages) == 1 else "{i}/{n}")


def bank_line(lg: str, r: random.Random) -> str:
    def blocks(n: int, last: tuple[int, int]) -> str:
        return " ".join([*(str(r.randint(1000, 9999)) for _ in range(n)), str(r.randint(*last))])

    if lg == "en":
        bank = r.choice(["Barclays", "HSBC UK", "NatWest", "Yorkshire Bank"])
        sort = f"{r.randint(20, 60)}-{r.randint(10, 99)}-{r.randint(10, 99)}"
        return f"Bank: {bank}  Sort code {sort}  Account {r.randint(10000000, 99999999)}"
    if lg == "de":
        bank = r.choice(
            [
                "Sparkasse Freiburg",
                "Volksbank Breisgau",
                "Sparkasse Ansbach",
                "Emsländische Volksbank",
            ]
        )
        return f"Bankverbindung: {bank}  IBAN DE{r.randint(10, 99)} {blocks(4, (10, 99))}"
    bank = r.choice(
        ["Crédit Agricole Sud Rhône Alpes", "CIC Ouest", "Banque Populaire Val de France"]
    )
    return f"RIB : {bank}  IBAN FR76 {blocks(4, (100, 999))}"


def tpl_stage_invoice(rng: random.Random, who: Issuer) -> list[Page]:
    """The company's stage invoice (application for payment, Abschlagsrechnung, situation de
    travaux): the contract, the stage reached, the stages table with the amounts invoiced so
    far, less previous invoices, VAT, payment terms and bank details."""
    job = job_for(
        rng, ("contract", "drilling_record", "borehole_log", "pump_test", "commissioning")
    )
    lg = home()
    h = office_head()
    s = style_of(h, A4)
    w, _hh = A4
    m = s.margin
    d = last_day(
        rng, ("contract", "drilling_record", "borehole_log", "pump_test", "commissioning"), (0, 5)
    )
    stages = stages_of(job, lg)
    k = rng.randint(1, len(stages) - 1) if len(stages) > 1 else 1
    no = (
        f"{d.year % 100}{rng.randint(1000, 1999)}"
        if lg == "en"
        else f"{tr(lg, '', 'AR', 'SIT')}-{d.year}-{rng.randint(100, 699)}"
    )
    title = tr(
        lg,
        f"INVOICE - Application for payment no. {k}",
        f"{k}. Abschlagsrechnung",
        f"Situation de travaux n° {k}",
    )
    f = sheets(s, h, f"{h.name} - {no}")
    recipient(
        f,
        s,
        h,
        [mx(job.cust[0], lg) if not job.firm else job.cust[0], *job.cust[1:]],
        d,
        [
            (tr(lg, "Invoice no.", "Rechnungs-Nr.", "Facture n°"), no),
            (tr(lg, "Job", "Projekt", "Chantier"), job.ref),
        ],
    )
    caption(f, s, title, 3)
    f.page.text(
        m,
        f.y,
        fit(f"{purpose(job, lg)} - {site_of(job)}", s.font, s.size, w - 2 * m),
        s.font,
        s.size,
    )
    f.y += s.size * 2.2
    cols = columns(m, w - m, [(0.4, "left"), (4, "left"), (0.7, "right"), (1.4, "right")])
    rows = []
    done = 0.0
    for j, (t, pc) in enumerate(stages[: k + 1], 1):
        v = job.price * pc / 100
        done += v
        rows.append([str(j), t, f"{pc} %", money(v, lg)])
    table(
        f,
        cols,
        [
            "",
            tr(lg, "Stage", "Leistungsstand", "Étape"),
            "%",
            tr(lg, "Value (net)", "Betrag netto", "Montant HT"),
        ],
        rows,
        s,
        rules=True,
    )
    prev = done - job.price * stages[k][1] / 100
    f.y = pairs(
        f.page,
        s,
        w * 0.45,
        f.y + 4,
        [
            (
                tr(lg, "Contract sum (net)", "Auftragssumme netto", "Montant du marché HT"),
                cash(job.price, lg),
            ),
            (
                tr(lg, "Value of work to date", "Leistung bis heute", "Cumul des travaux"),
                cash(done, lg),
            ),
            (
                tr(lg, "Less previously invoiced", "abzügl. bisherige Abschläge", "Déjà facturé"),
                f"- {cash(prev, lg)}",
            ),
        ],
        w - m,
        s.size,
    )
    f.y += 6
    totals(f, s, lg, round(done - prev, 2), vat_rate(lg))
    f.y += 6
    write(
        f,
        s,
        tr(
            lg,
            f"Payment due within {rng.choice([7, 14])} days of the invoice date, quoting invoice "
            f"{no}.",
            f"Zahlbar innerhalb von {rng.choice([14, 18, 21])} Tagen ohne Abzug. Bitte "
            f"Rechnungsnummer angeben.",
            f"Paiement à réception, au plus tard le {short(d + timedelta(days=30), lg)}. "
            f"Escompte pour paiement anticipé : néant.",
        ),
        s.size - 1,
    )
    write(f, s, bank_line(lg, random.Random(zlib.crc32(h.name.encode()))), s.size - 1)
    if lg == "de" and not job.firm:
        write(
            f,
            s,
            "Hinweis: Sie sind als privater Leistungsempfänger verpflichtet, diese Rechnung zwei "
            "Jahre aufzubewahren (§ 14b UStG).",
            s.size - 2,
        )
    received(rng, f.pages[0], d, 0.0)
    remember(job, d, no)
    return close(f.pages, s, h, numbers="none")


VARIATIONS = {
    "en": [
        "Additional drilling beyond quoted depth",
        "Extra steel casing through collapsing ground",
        "Rock drilling (hard band)",
        "Standby - access blocked",
        "Additional gravel pack",
        "Omit submersible pump (supplied by client)",
        "Extra trenching to plant room",
        "Reinstatement of lawn",
        "Second water sample",
    ],
    "de": [
        "Mehrtiefe über Angebot",
        "Zusätzliche Sperrverrohrung (Nachfall)",
        "Bohren in Festgestein (Mehrpreis)",
        "Wartezeit Zufahrt gesperrt",
        "Zusätzlicher Filterkies",
        "Entfall Unterwasserpumpe (bauseits)",
        "Mehrlänge Anbindeleitung",
        "Rasen wiederhergestellt",
        "Zweite Wasserprobe",
    ],
    "fr": [
        "Mètres supplémentaires au-delà du devis",
        "Tubage acier supplémentaire (éboulement)",
        "Plus-value forage au rocher",
        "Attente - accès bloqué",
        "Massif filtrant supplémentaire",
        "Moins-value pompe (fournie par le client)",
        "Tranchée supplémentaire",
        "Remise en état pelouse",
        "Seconde analyse d'eau",
    ],
}


def tpl_final_account(rng: random.Random, who: Issuer) -> list[Page]:
    """The company's final account: now and then a covering letter first; the statement of
    the contract sum, variations added and omitted, the stage payments received and the
    balance due; the variations schedule on a page of its own when it is long."""
    job = job_for(rng, ("commissioning", "stage_invoice", "pump_test", "water_analysis"))
    lg = home()
    h = office_head()
    s = style_of(h, A4)
    w, _hh = A4
    m = s.margin
    d = last_day(rng, ("commissioning", "stage_invoice", "pump_test", "water_analysis"), (3, 20))
    no = f"{tr(lg, 'FA', 'SR', 'DGD')}-{job.ref.replace('/', '-')}"
    pages: list[Page] = []
    if rng.random() < 0.45:
        f0 = sheets(s, h)
        recipient(
            f0,
            s,
            h,
            [mx(job.cust[0], lg) if not job.firm else job.cust[0], *job.cust[1:]],
            d,
            [(tr(lg, "Our ref", "Unser Zeichen", "N/Réf."), job.ref)],
        )
        caption(
            f0,
            s,
            tr(lg, "Final account - ", "Schlussrechnung - ", "Décompte général définitif - ")
            + site_of(job),
            1,
        )
        f0.page.text(
            m, f0.y, dear(lg, mx(job.cust[0], lg) if not job.firm else None), s.font, s.size
        )
        f0.y += s.size * 2
        write(
            f0,
            s,
            tr(
                lg,
                "The works at the above site are now complete and we enclose our final account, "
                "together with the schedule of variations agreed on site.",
                "nach Abschluss der Arbeiten übersenden wir Ihnen anbei unsere Schlussrechnung "
                "mit dem Aufmaß der Nachträge.",
                "Les travaux étant achevés, nous vous prions de trouver ci-joint notre décompte "
                "définitif ainsi que le détail des travaux supplémentaires.",
            ),
        )
        write(f0, s, prose(rng, lg, "drill", 1, 3))
        regards(f0, s, lg, crew("md"), tr(lg, "Director", "Geschäftsführer", "Gérant"))
        pages.extend(f0.pages)
    f = sheets(s, h, f"{h.name} - {no}")
    caption(f, s, tr(lg, "FINAL ACCOUNT", "SCHLUSSRECHNUNG", "DÉCOMPTE DÉFINITIF"), 4)
    f.y = pairs(
        f.page,
        s,
        m,
        f.y,
        [
            (tr(lg, "Customer", "Auftraggeber", "Client"), job.cust[0]),
            (tr(lg, "Site", "Baustelle", "Chantier"), site_of(job)),
            (tr(lg, "Invoice no.", "Rechnungs-Nr.", "Facture n°"), no),
            (tr(lg, "Date", "Datum", "Date"), day(h, d)),
        ],
        w - m,
        s.size,
    )
    f.y += 10
    var = []
    for t in rng.sample(VARIATIONS[lg], rng.randint(2, 8)):
        omit = any(x in t for x in ("Omit", "Entfall", "Moins"))
        v = round(rng.uniform(80, 1800), 2) * (-1 if omit else 1)
        var.append((t, v))
    add = sum(v for _, v in var)
    paid = [round(job.price * pc / 100, 2) for _, pc in stages_of(job, lg)[:-1]]
    adjusted = job.price + add
    rows = [
        (tr(lg, "Contract sum", "Auftragssumme", "Montant du marché"), cash(job.price, lg)),
        (
            tr(
                lg,
                "Variations (see schedule)",
                "Nachträge lt. Aufstellung",
                "Travaux supplémentaires (détail)",
            ),
            cash(add, lg),
        ),
        (
            tr(lg, "Adjusted contract sum", "Abrechnungssumme", "Montant définitif"),
            cash(adjusted, lg),
        ),
    ]
    for k, v in enumerate(paid, 1):
        rows.append(
            (
                tr(lg, f"Less application no. {k}", f"abzgl. {k}. Abschlag", f"Situation n° {k}"),
                f"- {cash(v, lg)}",
            )
        )
    f.y = pairs(f.page, s, m, f.y, rows, w - m, s.size)
    net = round(adjusted - sum(paid), 2)
    totals(f, s, lg, net, vat_rate(lg))
    vcols = columns(m, w - m, [(0.6, "left"), (5, "left"), (1.4, "right")])
    vrows = [[f"V{k}", t, money(v, lg)] for k, (t, v) in enumerate(var, 1)]
    if len(var) > 4 and rng.random() < 0.6:
        f.new_page()
        caption(
            f,
            s,
            tr(
                lg,
                "Schedule of variations",
                "Aufstellung der Nachträge",
                "Détail des travaux supplémentaires",
            ),
            1,
        )
    else:
        f.heading(
            m, tr(lg, "Variations", "Nachträge", "Travaux supplémentaires"), s.bold, s.size + 1
        )
    table(
        f,
        vcols,
        [
            "#",
            tr(lg, "Description", "Beschreibung", "Désignation"),
            tr(lg, "Amount", "Betrag", "Montant HT"),
        ],
        vrows,
        s,
        rules=True,
    )
    f.y += 10
    write(f, s, bank_line(lg, random.Random(zlib.crc32(h.name.encode()))), s.size - 1)
    if lg == "fr":
        write(
            f,
            s,
            "Retenue de garantie de 5 % libérée à l'expiration du délai d'un an à compter de la "
            "réception.",
            s.size - 1.5,
        )
    pages.extend(close(f.pages, s, h, numbers="none" if len(f.pages) == 1 else h.numbers))
    remember(job, d, no)
    return pages


INS_SECTIONS = {
    "en": [
        ("Public liability", "£5,000,000"),
        ("Products liability", "£5,000,000"),
        ("Employers' liability", "£10,000,000"),
        ("Contract works", "£250,000"),
        ("Own plant (drilling rigs listed)", "£480,000"),
        ("Hired-in plant", "£100,000"),
        ("Underground services damage", "£1,000,000"),
        ("Sudden and accidental pollution", "£2,500,000"),
    ],
    "de": [
        ("Betriebshaftpflicht (Personen-/Sachschäden)", "5.000.000 €"),
        ("Produkthaftpflicht", "3.000.000 €"),
        ("Umwelthaftpflicht / Umweltschaden", "2.000.000 €"),
        ("Bauleistungsversicherung", "250.000 €"),
        ("Maschinenversicherung (Bohrgeräte)", "520.000 €"),
        ("Leitungsschäden", "1.000.000 €"),
        ("Bohrlochverlust / Gestängeverlust", "50.000 €"),
    ],
    "fr": [
        ("Responsabilité civile exploitation", "5 000 000 €"),
        ("Responsabilité civile après travaux", "3 000 000 €"),
        ("Garantie décennale (forage)", "selon ouvrage"),
        ("Atteintes à l'environnement", "1 500 000 €"),
        ("Bris de machines (foreuses)", "500 000 €"),
        ("Dommages aux réseaux enterrés", "750 000 €"),
        ("Perte d'outil en fond de forage", "40 000 €"),
    ],
}


def tpl_insurance(rng: random.Random, who: Issuer) -> list[Page]:
    """The broker's insurance schedule for the drilling contractor: now and then a covering
    letter first, the schedule (insured, business, period, sections with limits and excesses,
    premium and tax) and the endorsements on a page of their own."""
    h = head_of(who, "broker")
    lg = h.lang
    s = style_of(h, A4, pt=9)
    w, hh = A4
    m = s.margin
    d = some_day(rng)
    start = date(d.year, d.month, 1) + timedelta(days=rng.choice([0, 14, 31]))
    pol = serial(rng, rng.choice(["CAR/9999999", "HV-99-999-999", "RC 9999 99 99"]))
    insurer = rng.choice(
        {
            "en": ["Aviva Insurance Ltd", "Zurich Insurance plc", "QBE UK Ltd"],
            "de": [
                "R+V Allgemeine Versicherung AG",
                "HDI Versicherung AG",
                "Allianz Versicherungs-AG",
            ],
            "fr": ["SMABTP", "AXA France IARD", "MMA IARD"],
        }[lg]
    )
    pages: list[Page] = []
    if rng.random() < 0.6:
        f0 = sheets(s, h)
        recipient(
            f0, s, h, office_lines(crew("md")), d, [(tr(lg, "Policy", "Vertrag", "Contrat"), pol)]
        )
        caption(
            f0,
            s,
            tr(
                lg,
                "Your contractors' combined policy - renewal",
                "Ihre Betriebs- und Umwelthaftpflicht - Verlängerung",
                "Votre contrat multirisque entreprise - échéance",
            ),
            1,
        )
        f0.page.text(m, f0.y, dear(lg, mx(crew("md"), lg)), s.font, s.size)
        f0.y += s.size * 2
        write(f0, s, prose(rng, lg, "legal", 2, 3))
        write(
            f0,
            s,
            tr(
                lg,
                "Please check the schedule carefully, in particular the maximum drilling depth "
                "and the list of plant, and let us know of any changes.",
                "Bitte prüfen Sie den Versicherungsschein, insbesondere die maximale Bohrtiefe "
                "und das Geräteverzeichnis.",
                "Nous vous remercions de vérifier les conditions particulières, notamment la "
                "profondeur maximale et la liste des matériels.",
            ),
        )
        regards(
            f0,
            s,
            lg,
            staff(h, "account"),
            tr(lg, "Account Executive", "Kundenbetreuung", "Chargé de clientèle"),
        )
        pages.extend(f0.pages)
    f = sheets(s, h, f"{insurer} - {pol}")
    caption(f, s, tr(lg, "SCHEDULE", "VERSICHERUNGSSCHEIN", "CONDITIONS PARTICULIÈRES"), 5)
    f.y = pairs(
        f.page,
        s,
        m,
        f.y,
        [
            (tr(lg, "Policy number", "Versicherungsschein-Nr.", "N° de contrat"), pol),
            (tr(lg, "Insurer", "Versicherer", "Assureur"), insurer),
            (tr(lg, "The insured", "Versicherungsnehmer", "Souscripteur"), office_head().name),
            (
                tr(lg, "Business", "Betriebsart", "Activité"),
                tr(
                    lg,
                    "Water well drilling and ground source borehole installation",
                    "Brunnenbau, Erdwärmesondenbohrungen",
                    "Forages d'eau et géothermie verticale",
                ),
            ),
            (
                tr(lg, "Period of insurance", "Versicherungsdauer", "Période"),
                f"{short(start, lg)} - "
                f"{short(date(start.year + 1, start.month, start.day) - timedelta(days=1), lg)}",
            ),
            (
                tr(lg, "Maximum depth", "Max. Bohrtiefe", "Profondeur maximale"),
                f"{rng.choice([150, 200, 250, 300])} m",
            ),
        ],
        w - m,
        s.size,
    )
    f.y += 8
    secs = INS_SECTIONS[lg]
    rows = [[t, lim, amount_small(rng, lg)] for t, lim in secs]
    table(
        f,
        columns(m, w - m, [(4, "left"), (2, "right"), (1.5, "right")]),
        [
            tr(lg, "Section", "Deckung", "Garantie"),
            tr(lg, "Limit", "Deckungssumme", "Plafond"),
            tr(lg, "Excess", "SB", "Franchise"),
        ],
        rows,
        s,
        rules=True,
        shade=0.9,
    )
    prem = round(rng.uniform(3800, 14500), 2)
    tax = round(prem * (0.12 if lg == "en" else 0.19 if lg == "de" else 0.09), 2)
    f.y = pairs(
        f.page,
        s,
        w * 0.45,
        f.y + 10,
        [
            (tr(lg, "Annual premium", "Jahresbeitrag netto", "Prime annuelle HT"), cash(prem, lg)),
            (
                tr(lg, "Insurance premium tax 12%", "Versicherungsteuer 19 %", "Taxes 9 %"),
                cash(tax, lg),
            ),
            (tr(lg, "Total payable", "Zu zahlen", "Total TTC"), cash(prem + tax, lg)),
        ],
        w - m,
        s.size,
    )
    f.heading(
        m, tr(lg, "Plant schedule", "Geräteverzeichnis", "Liste des matériels"), s.bold, s.size + 1
    )
    for rig in RIGS[: rng.randint(2, 4)]:
        write(
            f,
            s,
            f"- {rig}, {tr(lg, 'serial', 'Nr.', 'n°')} {serial(rng, 'AA9999')}, "
            f"{tr(lg, 'value', 'Wert', 'valeur')} {cash(rng.randint(60, 320) * 1000, lg)}",
            s.size - 0.5,
        )
    pages.extend(f.pages)
    e = Page(A4)
    y = running_header(e, s, f"{insurer} - {pol}") + 10
    e.text(
        m,
        y,
        tr(lg, "Endorsements", "Besondere Bedingungen und Klauseln", "Clauses particulières"),
        s.bold,
        11,
    )
    y += 20
    for _ in range(rng.randint(4, 8)):
        code = f"{tr(lg, 'End.', 'Kl.', 'Clause')} {rng.randint(1, 99):02d}"
        e.text(m, y, code, s.bold, 8.5)
        y = text_on(
            e, s, m + 50, y, w - 2 * m - 50, words(rng, lg, "legal", rng.randint(14, 36)), 8.5
        )
        y += 4
        if y > hh - m - 60:
            break
    pages.append(e)
    received(rng, pages[0], d, 0.3)
    remember(None, d)
    return close(
        pages, s, h, numbers=tr(lg, "Page {i} of {n}", "Seite {i} von {n}", "Page {i}/{n}")
    )


def amount_small(rng: random.Random, lg: str) -> str:
    return cash(rng.choice([250, 500, 1000, 2500]), lg)


def tpl_utility_reply(rng: random.Random, who: Issuer) -> list[Page]:
    """A network operator's reply to a utility search before drilling (LSBUD / plant enquiry
    response, Leitungsauskunft, récépissé de DT-DICT): the letter with the enquiry reference
    and whether apparatus is affected, the plan on a landscape page with the network, site
    boundary, legend and scale, and now and then the safety advice page."""
    h = head_of(who, "utility")
    lg = h.lang
    s = style_of(h, A4, pt=9)
    w, hh = A4
    m = s.margin
    run = after(("utility_reply",))
    job = a_job(rng) if run else job_for(rng, ("contract", "drilling_notice", "authority_letter"))
    d = last_day(rng, ("utility_reply",), (0, 2)) if run else some_day(rng)
    ref = serial(
        rng, {"en": "LSBUD-99999999", "de": "LA-2025-999999", "fr": "DICT 2025999999A"}[lg]
    )
    affected = rng.random() < 0.6
    f = sheets(s, h, f"{h.name} - {ref}")
    recipient(
        f,
        s,
        h,
        office_lines(),
        d,
        [(tr(lg, "Enquiry ref", "Auskunfts-Nr.", "N° de consultation"), ref)],
    )
    caption(
        f,
        s,
        tr(
            lg,
            "Plant enquiry response",
            "Leitungsauskunft / Planauskunft",
            "Récépissé de déclaration d'intention de commencement de travaux (DICT)",
        ),
        1,
    )
    f.y = pairs(
        f.page,
        s,
        m,
        f.y,
        [
            (tr(lg, "Location of works", "Baustelle", "Emplacement des travaux"), site_of(job)),
            (
                tr(lg, "Type of works", "Art der Arbeiten", "Nature des travaux"),
                tr(lg, "Borehole drilling", "Bohrarbeiten (Brunnen/Erdwärme)", "Forage"),
            ),
            (
                tr(lg, "Date of works", "Ausführungszeitraum", "Date prévue"),
                short(d + timedelta(days=rng.randint(10, 40)), lg),
            ),
            (
                tr(lg, "Result", "Ergebnis", "Réponse"),
                tr(
                    lg,
                    "Apparatus affected" if affected else "Not affected",
                    "Anlagen betroffen" if affected else "keine Anlagen im Bereich",
                    "Ouvrages concernés" if affected else "Non concerné",
                ),
            ),
        ],
        w - m,
        s.size,
    )
    f.y += 10
    write(f, s, prose(rng, lg, "legal", 2, 3))
    write(
        f,
        s,
        tr(
            lg,
            "The position of apparatus shown on the plan is approximate. Trial holes must be dug "
            "by hand before mechanical excavation.",
            "Die Lageangaben sind unverbindlich. Vor Beginn der Arbeiten ist die genaue Lage "
            "durch Suchschlitze in Handschachtung festzustellen.",
            "Les tracés sont indicatifs (classe de précision B/C). Des investigations "
            "complémentaires peuvent être nécessaires.",
        ),
    )
    f.page.text(
        m,
        f.y + 6,
        fit(
            tr(
                lg,
                "This response is valid for 28 days.",
                "Die Auskunft ist 4 Wochen gültig.",
                "Le présent récépissé est valable 3 mois.",
            ),
            s.font,
            s.size - 1,
            w - 2 * m,
        ),
        s.font,
        s.size - 1,
    )
    pages = f.pages
    if affected or rng.random() < 0.4:
        p = Page(A4L)
        lw, lh = A4L
        p.rect(24, 24, lw - 48, lh - 48)
        p.rect(lw - 230, lh - 110, 206, 86)
        p.text(lw - 224, lh - 96, fit(h.name, "Helvetica-Bold", 7, 194), "Helvetica-Bold", 7)
        p.text(
            lw - 224, lh - 84, fit(f"{ref}  {short(d, lg)}", "Helvetica", 7, 194), "Helvetica", 7
        )
        p.text(
            lw - 224,
            lh - 72,
            tr(lg, "Scale 1:500 (approx.)", "Maßstab 1:500", "Échelle 1/500"),
            "Helvetica",
            7,
        )
        p.text(
            lw - 224,
            lh - 60,
            fit(
                tr(
                    lg,
                    "Do not scale. Position indicative only.",
                    "Nicht zum Abgreifen bestimmt.",
                    "Tracé indicatif.",
                ),
                "Helvetica",
                6.5,
                194,
            ),
            "Helvetica",
            6.5,
        )
        p.line(lw - 224, lh - 44, lw - 124, lh - 44)
        p.text(lw - 174, lh - 36, "25 m", "Helvetica", 6.5, "center")
        # roads and plots
        ry = rng.uniform(180, 300)
        p.line(24, ry, lw - 24, ry)
        p.line(24, ry + 30, lw - 24, ry + 30)
        p.text(60, ry + 19, rng.choice(ROADS[home()]).upper(), "Helvetica", 7)
        for k in range(rng.randint(4, 7)):
            px = 50 + k * 110 + rng.uniform(0, 20)
            if px > lw - 180:
                break
            p.rect(px, ry - 120 + rng.uniform(0, 30), 80, 70)
            p.rect(px + 5, ry + 60 + rng.uniform(0, 30), 75, 60)
        sx = rng.uniform(200, lw - 360)
        x = sx
        while x < sx + 120:
            p.line(x, ry + 45, x + 6, ry + 45)
            p.line(x, ry + 165, x + 6, ry + 165)
            x += 10
        p.line(sx, ry + 45, sx, ry + 165)
        p.line(sx + 120, ry + 45, sx + 120, ry + 165)
        p.text(
            sx + 60, ry + 110, tr(lg, "SITE", "BAUFELD", "EMPRISE"), "Helvetica-Bold", 8, "center"
        )
        nets = [
            (tr(lg, "LV cable", "NS-Kabel", "BT"), 0),
            (tr(lg, "11 kV", "MS 20 kV", "HTA"), 1),
            (tr(lg, "MP gas 180 PE", "Gas PE 160 ND", "Gaz PE 125 MPB"), 2),
        ]
        for k, (lab, _) in enumerate(rng.sample(nets, rng.randint(1, 3))):
            yy = ry + 8 + k * 7
            x = 24.0
            while x < lw - 24:
                if k == 1:
                    p.line(x, yy, min(x + 14, lw - 24), yy)
                    x += 20
                else:
                    p.line(x, yy, min(x + 30, lw - 24), yy + rng.uniform(-1, 1))
                    x += 30
            p.text(lw - 260 - k * 70, yy - 2, lab, "Helvetica", 6.5)
            if rng.random() < 0.6:
                p.line(sx + 40 + k * 20, yy, sx + 40 + k * 20, ry + 60)
        p.line(lw - 60, 70, lw - 60, 40)
        p.line(lw - 60, 40, lw - 66, 52)
        p.line(lw - 60, 40, lw - 54, 52)
        p.text(lw - 60, 84, "N", "Helvetica-Bold", 10, "center")
        pages.append(p)
    if rng.random() < 0.4:
        q = Page(A4)
        y = m
        q.text(
            m,
            y,
            tr(
                lg,
                "Safety advice - working near underground apparatus",
                "Merkblatt zum Schutz unterirdischer Versorgungsleitungen",
                "Recommandations techniques et de sécurité",
            ),
            s.bold,
            11,
        )
        y += 22
        for k in range(rng.randint(6, 11)):
            y = text_on(
                q,
                s,
                m,
                y,
                w - 2 * m,
                f"{k + 1}. " + words(rng, lg, "legal", rng.randint(14, 30)),
                8.5,
            )
            if y > hh - m - 40:
                break
        pages.append(q)
    remember(job, d, ref)
    return close(
        pages,
        s,
        h,
        numbers="none"
        if len(pages) == 1
        else tr(lg, "Page {i} of {n}", "Seite {i} von {n}", "{i}/{n}"),
    )


# ---------------------------------------------------------------------------------------------
# The part: templates, runs and companions
# ---------------------------------------------------------------------------------------------


def tracked(name: str, tpl: Template) -> Template:
    """``tpl`` noting its kind, so that a companion can take up the same site."""

    def run(rng: random.Random, who: Issuer) -> list[Page]:
        pages = tpl(rng, who)
        LAST["kind"] = name
        return pages

    run.__doc__ = tpl.__doc__
    return run


KINDS: dict[str, Template] = {
    "enquiry": tpl_enquiry,
    "site_assessment": tpl_site_assessment,
    "quotation": tpl_quotation,
    "contract": tpl_contract,
    "borehole_log": tpl_borehole_log,
    "drilling_record": tpl_drilling_record,
    "water_analysis": tpl_water_analysis,
    "authority_letter": tpl_authority_letter,
    "drilling_notice": tpl_drilling_notice,
    "supplier_invoice": tpl_supplier_invoice,
    "delivery_note": tpl_delivery_note,
    "rig_service": tpl_rig_service,
    "loler": tpl_loler,
    "fuel_card": tpl_fuel_card,
    "pump_test": tpl_pump_test,
    "commissioning": tpl_commissioning,
    "stage_invoice": tpl_stage_invoice,
    "final_account": tpl_final_account,
    "insurance": tpl_insurance,
    "utility_reply": tpl_utility_reply,
}
TEMPLATES_LLLLL: dict[str, Template] = {k: tracked(k, t) for k, t in KINDS.items()}
#: Kinds that a pile often holds 2-4 of in a row from one sender.
RUN_KINDS = (
    "borehole_log",
    "drilling_record",
    "delivery_note",
    "supplier_invoice",
    "stage_invoice",
    "utility_reply",
    "loler",
    "water_analysis",
)
#: A kind often followed by a related paper about the same site.
FOLLOWS = {
    "enquiry": "quotation",
    "quotation": "contract",
    "drilling_notice": "authority_letter",
    "pump_test": "water_analysis",
    "delivery_note": "supplier_invoice",
    "rig_service": "loler",
}


# ---------------------------------------------------------------------------------------------
# Streams and generation (same files and labels as corpus.generate)
# ---------------------------------------------------------------------------------------------


def make_scoop_stream(rng: random.Random, n_docs: int, separators: bool) -> Stream:
    """One drilling company's pile: ``corpus.make_stream`` with batch runs (after a run kind,
    1-3 more of the same kind from the same sender follow with probability 0.6) and companions
    (each kind in ``FOLLOWS`` is followed by its related paper with probability 0.5). The
    company (country, name, month) is drawn once per stream."""
    r = random.Random(rng.getrandbits(32))
    lang = r.choice(["en", "en", "de", "de", "fr"])
    OFFICE["lang"] = lang
    OFFICE["row"] = r.randrange(len(OFFICES[lang]))
    OFFICE["seed"] = r.getrandbits(24)
    OFFICE["month"] = date(r.choice([2024, 2025]), r.randint(1, 12), 1)
    LAST.update(kind="", job=None, day=None, extra=None)
    run_odds = dict.fromkeys(RUN_KINDS, 0.6)
    return assemble_stream(
        rng, TEMPLATES_LLLLL, n_docs, separators, run_odds, run_len=(1, 3), follows=FOLLOWS
    )


generate = part_generate(PART, SEED_OFFSET, make_scoop_stream, "templates LLLLL")


def main(argv: list[str]) -> int:
    return part_main(argv, __doc__, PART, generate, scanned=12)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

"""Tagine part of the generated corpus: templates UUUU, written blind for the next measurement.

A part of its own, ``tagine``. Its templates were written without looking at the boundary
detector, its documentation, its tuning or its evaluation, as the pile the office of a dry
cleaning, laundry and alterations business (two shops and a hotel linen service; the owner, a
shop manager, two pressers, a seamstress and a driver; in England, Germany or France) feeds
through its scanner in a month: the business's linen service agreements with hotels and
restaurants (a covering letter now and then, the clauses, the price schedule on a landscape
page, the par levels and delivery days, the signature page with the hotel's stamp); its
monthly delivery and collection sheets per hotel on landscape pages, filled in by hand by the
driver and signed by the housekeeper; its monthly linen invoices to the hotels, sometimes with
a page of deliveries by week behind; customers' damage claim forms filled in by hand at the
counter (tick boxes for the damage, the care label, the declaration) with a photo sheet and now
and then the copy of the purchase receipt; textile testing laboratories' reports on a claimed
garment (Prüfbericht, rapport d'expertise textile) with findings, fastness grades, the verdict
on responsibility, a photo page and the laboratory's fee note; the business's settlement letters
to customers with the depreciation table and a form of acceptance (Abfindungserklärung, reçu
pour solde de tout compte); solvent and detergent suppliers' invoices (hydrocarbon solvent or
perchloroethylene in drums, detergents, spotting agents, hangers and covers, drum deposits),
now and then with the conditions of sale behind; manufacturers' safety data sheets for a
product in sixteen sections with a running header and page numbers, some from abroad in their
own language; solvent emission inspection reports (a council's LAPPC inspection for a dry
cleaner, a Messbericht nach der 2. BImSchV by a measuring body, a contrôle périodique of an
ICPE 2345 installation) with the checklist and now and then the solvent management plan on a
landscape annex; environmental permits (a Part B permit with its conditions, a Bestätigung der
Anzeige with its Nebenbestimmungen, a preuve de dépôt de déclaration with the general
prescriptions) behind the authority's covering letter; machine engineers' service reports for
the cleaning machine, washer extractors, dryers and presses on A4 or A5 pad sheets; pressure
system examination reports for the steam boiler, the receivers and the presses (PSSR report of
thorough examination, Prüfbescheinigung nach BetrSichV, rapport d'inspection périodique ESP);
boiler water treatment reports with the sample results against their ranges; alteration
tickets on narrow slips or A6 with the tear-off customer stub; lost item reports with the
shop's search record; shop leases (particulars, clauses, the rent schedule, the plan, the
signature page); business rates bills, Gewerbesteuer notices and CFE notices with their notes
on the back; staff contracts with the job description annex; hazardous waste consignment notes
for still residues and used solvent (consignment note, Übernahmeschein, BSDD); and the
business's notices to customers about uncollected garments. Each stream is one business's
pile: the business (country, name, month, shops and staff) is drawn once per stream; its
outside senders are of its country and write in its language, except that safety data sheets,
machine engineers and laboratories are now and then from abroad and write in their own. Page
sizes range from narrow ticket slips, A6 and A5 to A4, Letter and landscape A4.

Labelling rule: what one sender issues in one go is one document, as the business files it:
the covering letter, clauses, price schedule, par level page and signature page of a linen
agreement; every sheet of one month's delivery sheet for one hotel; the weekly summary page of a
linen invoice; the photo sheet and the copy of the receipt behind a damage claim form (the form
is the business's, filled in by the customer at the counter); the photo page and fee note of a
laboratory report; the form of acceptance of a settlement letter; the copy of the ticket stub
behind a lost item report; the conditions page of a supplier's invoice; all sixteen sections of
a safety data sheet; the annex of an inspection report; the covering letter, conditions and site
plan of a permit; the parts page of a service report; the log page of a water treatment report;
the notes on the back of a rates bill; the job description of a staff contract; the plan and
signature pages of a lease. Related papers are documents of their own: the laboratory report
after the damage claim, the settlement letter after the laboratory report or a lost item
report, the safety data sheet after the supplier's invoice, the first delivery sheet after a
linen agreement and the linen invoice after the delivery sheet; and so is each delivery sheet,
invoice, service report, examination report, alteration ticket, rates bill, consignment note
and uncollected goods notice of a run.

Streams are assembled like ``corpus.make_stream`` (same separator sheets, same 30% chance of
repeating the previous kind and sender), plus batch runs: delivery sheets, linen invoices,
suppliers' invoices, service reports, examination reports, alteration tickets, rates bills,
consignment notes and uncollected goods notices often come 2-4 in a row from one sender with
other hotels, customers, items, dates, numbers and amounts; and companions: each related paper
above often follows the document it answers, about the same garment, hotel or product. Drawn
with ``corpus.draw_pdf``, scanned with ``corpus.scan`` and labelled exactly like
``corpus.generate`` with ``"split": "tagine"`` and seeds offset by 9_800_000.

Usage: ``python benchmarks/corpus_tagine.py OUT_DIR [--streams N] [--scanned N] [--seed S]``
writes ``OUT_DIR/tagine/tagine_{born_digital,scanned}_NNNNNNN.{pdf,json}``.
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
    yes_no,
)
from corpus_kit import address as window

PART = "tagine"
SEED_OFFSET = 9_800_000

MM = 72 / 25.4
SLIP = (80 * MM, 160 * MM)
A6 = (105 * MM, 148 * MM)

# ---------------------------------------------------------------------------------------------
# Who writes: the business and its outside senders, by country
# ---------------------------------------------------------------------------------------------

Row = tuple[str, str, str, str]  # name, street, town, telephone


@dataclass
class Shop:
    """One business of a country: its head shop, its second shop and the town's offices."""

    row: Row
    shop2: tuple[str, str]
    council: Row  # permits, inspections (England), rates / trade tax
    permit: Row  # the authority that issues the permit
    inspector: Row  # the body that inspects solvent emissions


SHOPS: dict[str, list[Shop]] = {
    "en": [
        Shop(
            (
                "Parkside Dry Cleaners Ltd",
                "14 Cold Bath Road",
                "Harrogate HG2 0NA",
                "01423 566 210",
            ),
            ("3 Oatlands Parade", "Harrogate HG2 8AA"),
            (
                "Harrogate Borough Council",
                "Civic Centre, St Luke's Avenue",
                "Harrogate HG1 2AE",
                "",
            ),
            (
                "Harrogate Borough Council",
                "Civic Centre, St Luke's Avenue",
                "Harrogate HG1 2AE",
                "",
            ),
            (
                "Harrogate Borough Council",
                "Civic Centre, St Luke's Avenue",
                "Harrogate HG1 2AE",
                "",
            ),
        ),
        Shop(
            ("Clifton Valet & Laundry", "88 Whiteladies Road", "Bristol BS8 2QN", "0117 973 4402"),
            ("21 Gloucester Road", "Bristol BS7 8AA"),
            ("Bristol City Council", "City Hall, College Green", "Bristol BS1 5TR", ""),
            ("Bristol City Council", "City Hall, College Green", "Bristol BS1 5TR", ""),
            ("Bristol City Council", "City Hall, College Green", "Bristol BS1 5TR", ""),
        ),
        Shop(
            ("Minster Cleaners & Tailoring", "6 Gillygate", "York YO31 7EQ", "01904 624 118"),
            ("112 Acomb Road", "York YO24 4EY"),
            ("City of York Council", "West Offices, Station Rise", "York YO1 6GA", ""),
            ("City of York Council", "West Offices, Station Rise", "York YO1 6GA", ""),
            ("City of York Council", "West Offices, Station Rise", "York YO1 6GA", ""),
        ),
    ],
    "de": [
        Shop(
            (
                "Textilreinigung Brunner GmbH",
                "Obere Bachgasse 12",
                "93047 Regensburg",
                "0941 56 22 80",
            ),
            ("Prüfeninger Straße 61", "93049 Regensburg"),
            ("Stadt Regensburg - Steueramt", "D.-Martin-Luther-Straße 1", "93047 Regensburg", ""),
            ("Stadt Regensburg - Umwelt- und Rechtsamt", "Minoritenweg 8", "93047 Regensburg", ""),
            ("Umweltlabor Ostbayern GmbH", "Im Gewerbepark C 25", "93059 Regensburg", ""),
        ),
        Shop(
            ("Reinigung Weißenstein e.K.", "Semmelstraße 37", "97070 Würzburg", "0931 1 52 04"),
            ("Frankfurter Straße 9", "97082 Würzburg"),
            ("Stadt Würzburg - Kämmerei, Steuerstelle", "Rückermainhof", "97070 Würzburg", ""),
            ("Stadt Würzburg - Fachbereich Umwelt", "Karmelitenstraße 20", "97070 Würzburg", ""),
            ("Mainfranken Umweltanalytik GmbH", "Ohmstraße 3", "97076 Würzburg", ""),
        ),
        Shop(
            ("Wäscherei & Reinigung Tjaden", "Lange Straße 33", "26122 Oldenburg", "0441 2 48 17"),
            ("Alexanderstraße 142", "26121 Oldenburg"),
            ("Stadt Oldenburg - Steuerverwaltung", "Markt 1", "26122 Oldenburg", ""),
            ("Stadt Oldenburg - Amt für Umweltschutz", "Industriestraße 1c", "26121 Oldenburg", ""),
            ("Nordwest Messtechnik GmbH", "Am Patentbusch 6", "26125 Oldenburg", ""),
        ),
    ],
    "fr": [
        Shop(
            (
                "Pressing de la Cathédrale",
                "12 rue des Hallebardes",
                "67000 Strasbourg",
                "03 88 32 41 70",
            ),
            ("5 route du Polygone", "67100 Strasbourg"),
            ("SIE Strasbourg Sud", "4 place de l'Hôpital", "67000 Strasbourg", ""),
            (
                "Préfecture du Bas-Rhin - Bureau de l'environnement",
                "5 place de la République",
                "67000 Strasbourg",
                "",
            ),
            ("Contrôles Techniques de l'Est SAS", "Parc des Forges", "67200 Strasbourg", ""),
        ),
        Shop(
            (
                "Blanchisserie Nouvelle SARL",
                "8 avenue de Grammont",
                "37000 Tours",
                "02 47 05 61 33",
            ),
            ("41 rue Nationale", "37000 Tours"),
            ("SIE Tours Nord", "94 boulevard Béranger", "37000 Tours", ""),
            (
                "Préfecture d'Indre-et-Loire - Installations classées",
                "15 rue Bernard Palissy",
                "37000 Tours",
                "",
            ),
            ("Socoval Inspection SAS", "ZA du Papillon", "37230 Fondettes", ""),
        ),
        Shop(
            (
                "Pressing du Vieux-Port",
                "27 quai de Rive-Neuve",
                "13007 Marseille",
                "04 91 33 18 62",
            ),
            ("112 boulevard Baille", "13005 Marseille"),
            ("SIE Marseille 7e", "183 avenue de Saint-Just", "13004 Marseille", ""),
            (
                "Préfecture des Bouches-du-Rhône - DREAL UD13",
                "16 rue Antoine Zattara",
                "13003 Marseille",
                "",
            ),
            (
                "Provence Contrôle Environnement",
                "Technopôle de Château-Gombert",
                "13013 Marseille",
                "",
            ),
        ),
    ],
}

SENDERS: dict[str, dict[str, list[Row]]] = {
    "hotel": {
        "en": [
            ("The Crown Hotel", "Crown Place", "Harrogate HG1 2RZ", "01423 567 755"),
            ("Old Swan Hotel", "Swan Road", "Harrogate HG1 2SR", ""),
            ("Bristol Harbour Hotel", "53-55 Corn Street", "Bristol BS1 1HT", ""),
            ("The Grange Guest House", "19 Clifton Green", "York YO30 6LH", ""),
            ("Ambrosia Restaurant & Bar", "2 Low Petergate", "York YO1 7HZ", ""),
            ("Hotel du Vin & Bistro", "Prospect Place", "Harrogate HG1 1LB", ""),
        ],
        "de": [
            ("Hotel Goldenes Kreuz", "Haidplatz 7", "93047 Regensburg", "0941 5 58 12"),
            ("Parkhotel Maximilian", "Maximilianstraße 28", "93047 Regensburg", ""),
            ("Hotel Rebstock", "Neubaustraße 7", "97070 Würzburg", ""),
            ("Restaurant Bürgerspital", "Theaterstraße 19", "97070 Würzburg", ""),
            ("Hotel Alexander", "Alexanderstraße 40", "26121 Oldenburg", ""),
            ("Landhotel Ammerland", "Zwischenahner Straße 12", "26160 Bad Zwischenahn", ""),
        ],
        "fr": [
            ("Hôtel Cour du Corbeau", "6-8 rue des Couples", "67000 Strasbourg", "03 90 00 26 26"),
            ("Brasserie Les Haras", "23 rue des Glacières", "67000 Strasbourg", ""),
            ("Hôtel de l'Univers", "5 boulevard Heurteloup", "37000 Tours", ""),
            ("Restaurant L'Arôme", "26 place de la Résistance", "37000 Tours", ""),
            ("Hôtel La Résidence du Vieux-Port", "18 quai du Port", "13002 Marseille", ""),
            ("Le Petit Nice - Table d'hôtes", "17 rue des Braves", "13007 Marseille", ""),
        ],
    },
    "supplier": {
        "en": [
            (
                "Cleantex Supplies Ltd",
                "Unit 9, Parkway Industrial Estate",
                "Leeds LS14 6UF",
                "0113 265 0909",
            ),
            (
                "Albion Laundry & Drycleaning Supplies",
                "Bath Road Trading Estate",
                "Stroud GL5 3QF",
                "",
            ),
            ("Hanger Direct (UK) Ltd", "Imperial Park", "Newport NP10 8UL", ""),
        ],
        "de": [
            ("Reinigungsbedarf Hofmann KG", "Industriestraße 14", "90765 Fürth", "0911 97 10 40"),
            ("Textilpflege-Großhandel Brehm GmbH", "Am Hafen 22", "28217 Bremen", ""),
            ("Bügel- und Hüllenvertrieb Seidl", "Gewerbering 5", "84030 Ergolding", ""),
        ],
        "fr": [
            ("Pressing Fournitures SAS", "ZI des Bruyères", "69150 Décines", "04 72 14 55 00"),
            ("Chimitex Distribution", "12 rue de l'Industrie", "67400 Illkirch", ""),
            ("Cintres et Housses du Sud", "ZA Les Paluds", "13400 Aubagne", ""),
        ],
    },
    "maker": {
        "en": [
            ("Pennine Solvents Ltd", "Calder Works, Wakefield Road", "Brighouse HD6 1PE", ""),
            ("Drayton Textile Chemicals plc", "Moorside Road", "Winchester SO23 7RX", ""),
        ],
        "de": [
            ("Chemische Fabrik Lahntal GmbH", "Werkstraße 30", "35457 Lollar", ""),
            ("Solvia Textilchemie AG", "Rheinuferstraße 91", "67061 Ludwigshafen", ""),
        ],
        "fr": [
            ("Solvants de l'Ouest SA", "Zone portuaire", "44600 Saint-Nazaire", ""),
            ("Laboratoires Détachants Perrin", "3 allée des Chimistes", "69007 Lyon", ""),
        ],
    },
    "lab": {
        "en": [
            ("Fabric Care Testing Laboratory", "Fern House, Blackburn Road", "Bolton BL1 8EW", ""),
            ("Textile Claims Advisory Service", "Unit 3, Wheatley Court", "Leicester LE3 1PQ", ""),
        ],
        "de": [
            ("Textilprüfinstitut Niederrhein e.V.", "Frankenring 18", "41061 Mönchengladbach", ""),
            ("Sachverständigenbüro Textil Dr. Haller", "Lindenstraße 4", "72764 Reutlingen", ""),
        ],
        "fr": [
            ("Laboratoire d'Expertise Textile", "14 rue de la Filature", "59100 Roubaix", ""),
            ("Centre d'Essais Textiles du Rhône", "7 quai Perrache", "69002 Lyon", ""),
        ],
    },
    "engineer": {
        "en": [
            (
                "Kleen-Tech Machine Services Ltd",
                "Unit 12, Sherburn Enterprise Park",
                "Leeds LS25 6PN",
                "",
            ),
            ("Westward Laundry Engineering", "Aztec West", "Bristol BS32 4RZ", "01454 612 880"),
        ],
        "de": [
            ("Reinigungsmaschinen-Service Feichtinger", "Hafenstraße 9", "93055 Regensburg", ""),
            ("Wäschereitechnik Nord GmbH", "Bremer Heerstraße 190", "26135 Oldenburg", ""),
        ],
        "fr": [
            ("Maintenance Pressing Services", "8 rue Gutenberg", "67610 La Wantzenau", ""),
            ("Technilav SARL", "ZI Saint-Menet", "13011 Marseille", "04 91 43 22 10"),
        ],
    },
    "pressure": {
        "en": [
            (
                "Britannic Engineering Inspection",
                "Engineering Business Centre",
                "Chelmsford CM1 1RE",
                "",
            ),
            ("Sterling Plant Inspection Services", "Oak House, Market Street", "Leeds LS1 6DT", ""),
        ],
        "de": [
            ("Technische Überwachung Süd - ZÜS GmbH", "Westendstraße 199", "80686 München", ""),
            ("Anlagenprüfung Weser-Ems e.V.", "Ammerländer Heerstraße 8", "26129 Oldenburg", ""),
        ],
        "fr": [
            (
                "Bureau de Contrôle des Équipements sous Pression",
                "9 rue de Lisbonne",
                "75008 Paris",
                "",
            ),
            ("Inspection Vapeur Sud-Est", "Parc du Golf", "13100 Aix-en-Provence", ""),
        ],
    },
    "water": {
        "en": [
            ("Aquaguard Boiler Water Treatment Ltd", "Riverside Works", "Stockport SK1 2BD", "")
        ],
        "de": [("Kesselwasser-Service Hartmann", "Am Wasserturm 3", "90451 Nürnberg", "")],
        "fr": [("Hydrotraitement Chaudières SAS", "4 rue des Sources", "69120 Vaulx-en-Velin", "")],
    },
    "waste": {
        "en": [
            ("SolvCare Waste Services Ltd", "Dock Road", "Ellesmere Port CH65 4EP", ""),
            ("Greenline Hazardous Waste Ltd", "Unit 4, Avonmouth Way", "Bristol BS11 9HX", ""),
        ],
        "de": [
            ("Sonderabfall-Entsorgung Südost GmbH", "Hafenstraße 40", "94469 Deggendorf", ""),
            ("Nord-Recycling Lösemittel GmbH", "Industriestraße 88", "26133 Oldenburg", ""),
        ],
        "fr": [
            ("Recyclage Solvants Industrie SAS", "ZI du Port", "67100 Strasbourg", ""),
            ("Sud Dépollution", "Chemin du Littoral", "13016 Marseille", ""),
        ],
    },
    "landlord": {
        "en": [
            ("Granby Estates Ltd", "c/o Carter Jonas, 82 Station Parade", "Harrogate HG1 1HQ", ""),
            ("Whiteladies Property Holdings Ltd", "Clifton Down", "Bristol BS8 3HT", ""),
            ("Gillygate Investments LLP", "1 St Leonard's Place", "York YO1 7ET", ""),
        ],
        "de": [
            ("Hausverwaltung Dichtl & Söhne", "Gesandtenstraße 3", "93047 Regensburg", ""),
            ("Immobilien Scheuring GmbH", "Juliuspromenade 11", "97070 Würzburg", ""),
            (
                "Erbengemeinschaft Ahlers",
                "vertreten durch RA Ahlers, Markt 9",
                "26122 Oldenburg",
                "",
            ),
        ],
        "fr": [
            ("SCI Hallebardes", "c/o Cabinet Ringler, 3 rue du Dôme", "67000 Strasbourg", ""),
            ("Foncière Touraine Gestion", "19 rue de Bordeaux", "37000 Tours", ""),
            ("SCI Rive-Neuve", "c/o Citya Marseille, 40 rue Paradis", "13001 Marseille", ""),
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
        "Gary",
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
        "Ali",
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
    "en": [
        "Whitaker",
        "Holroyd",
        "Bennett",
        "Ahmed",
        "Gallagher",
        "Thornton",
        "Moss",
        "Reid",
        "Lowe",
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
        "Roth",
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
        "Faure",
    ],
}
FEMALE = {
    "Sarah",
    "Emma",
    "Hannah",
    "Priya",
    "Fiona",
    "Andrea",
    "Julia",
    "Katrin",
    "Sabine",
    "Eva",
    "Nathalie",
    "Camille",
    "Sandrine",
    "Léa",
    "Inès",
}
ROADS = {
    "en": ["Kings Road", "Valley Drive", "Park Lane", "Church Street", "Station Road", "The Mount"],
    "de": ["Lindenweg", "Bahnhofstraße", "Am Stadtpark", "Gartenstraße", "Schillerstraße"],
    "fr": ["rue Victor Hugo", "avenue de la Gare", "rue des Lilas", "boulevard Pasteur"],
}

TALK = {
    "en": {
        "care": "garment fabric fibre cleaning process care label solvent stain colour shrinkage "
        "lining seam finish pressing temperature customer ticket counter inspection",
        "legal": "party agreement term notice obligations liability service linen clause "
        "termination price review schedule delivery collection goods loss damage",
        "env": "solvent emissions machine drum filter still residue consumption record "
        "abatement carbon adsorber leak check permit condition operator inspection",
        "tech": "machine door seal filter pump valve refrigeration condenser heater sensor "
        "pressure steam boiler controls safety test cycle adjustment replaced",
        "money": "invoice payment account balance due amount reference transfer period "
        "outstanding statement charges terms settlement",
    },
    "de": {
        "care": "Textil Gewebe Faser Reinigung Verfahren Pflegekennzeichnung Lösemittel Fleck "
        "Farbe Einlaufen Futter Naht Finish Bügeln Temperatur Kunde Auftragsschein Annahme",
        "legal": "Vertragsparteien Vereinbarung Laufzeit Kündigung Pflichten Haftung Leistung "
        "Wäsche Preisanpassung Anlage Lieferung Abholung Verlust Beschädigung",
        "env": "Lösemittel Emissionen Maschine Trommel Filter Destillationsrückstand Verbrauch "
        "Aktivkohle Dichtheit Anzeige Auflage Betreiber Messung Aufzeichnungen",
        "tech": "Maschine Türdichtung Filter Pumpe Ventil Kälteanlage Kondensator Heizung Sensor "
        "Druck Dampf Kessel Steuerung Sicherheitsprüfung Zyklus Einstellung ersetzt",
        "money": "Rechnung Zahlung Konto Saldo fällig Betrag Verwendungszweck Überweisung "
        "Zeitraum offen Auszug Gebühren Zahlungsziel Ausgleich",
    },
    "fr": {
        "care": "vêtement tissu fibre nettoyage procédé étiquette d'entretien solvant tache "
        "couleur rétrécissement doublure couture apprêt repassage température client ticket",
        "legal": "parties contrat durée préavis obligations responsabilité prestation linge "
        "révision prix annexe livraison collecte perte détérioration",
        "env": "solvant émissions machine tambour filtre résidus distillation consommation "
        "charbon actif étanchéité déclaration prescriptions exploitant contrôle registre",
        "tech": "machine joint de porte filtre pompe vanne groupe froid condenseur résistance "
        "capteur pression vapeur chaudière commande sécurité cycle réglage remplacé",
        "money": "facture paiement compte solde échéance montant référence virement période "
        "impayé relevé frais règlement",
    },
}
GLUES = {
    "en": "the of and to for with on at by from this is are will be the a as we your all",
    "de": "die der das und zu für mit auf von ist sind wird bei nach den dem im wir Ihre",
    "fr": "le la les et de du pour avec sur par est sont sera au aux des une nous vos",
}


def words(rng: random.Random, lang: str, topic: str = "care", n: int | None = None) -> str:
    pool, glue = TALK[lang][topic].split(), GLUES[lang].split()
    ws = [rng.choice(pool if rng.random() < 0.5 else glue) for _ in range(n or rng.randint(7, 15))]
    text = " ".join(ws)
    return text[0].upper() + text[1:] + "."


def prose(rng: random.Random, lang: str, topic: str = "care", lo: int = 2, hi: int = 4) -> str:
    return " ".join(words(rng, lang, topic) for _ in range(rng.randint(lo, hi)))


# ---------------------------------------------------------------------------------------------
# The business of a stream: country, month, shops, staff; what the last document was about
# ---------------------------------------------------------------------------------------------

BIZ: dict[str, object] = {"lang": "en", "row": 0, "seed": 0, "month": date(2025, 3, 1)}
#: What the previous document was about (a companion takes up the same garment or hotel).
LAST: dict[str, object] = {"kind": "", "day": None, "extra": None}


def home() -> str:
    return str(BIZ["lang"])


def shop() -> Shop:
    return SHOPS[home()][int(BIZ["row"])]  # type: ignore[call-overload]


def month() -> date:
    m = BIZ["month"]
    assert isinstance(m, date)
    return m


def keyed(who: Issuer, key: str) -> random.Random:
    """Draws fixed by the issuer, the stream's business and ``key``: a run or a repeat keeps
    its sender."""
    text = f"tagine/{key}/{who.name}/{who.street}/{who.city}/{BIZ['seed']}"
    return random.Random(zlib.crc32(text.encode()))


def biz_rng(key: str) -> random.Random:
    return random.Random(zlib.crc32(f"tagine/biz/{key}/{BIZ['seed']}".encode()))


def add_months(d: date, n: int) -> date:
    k = d.year * 12 + d.month - 1 + n
    return date(k // 12, k % 12 + 1, 1)


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


def person(rng: random.Random, lang: str) -> str:
    return f"{rng.choice(FIRSTS[lang])} {rng.choice(LASTS[lang])}"


def worker(role: str) -> str:
    """The business's owner, manager, pressers, seamstress or driver (fixed per stream)."""
    return person(biz_rng(role), home())


def mx(name: str, lang: str) -> str:
    female = name.split()[0] in FEMALE
    if lang == "de":
        return f"{'Frau' if female else 'Herr'} {name}"
    if lang == "fr":
        return f"{'Madame' if female else 'Monsieur'} {name}"
    return f"{'Mrs' if female else 'Mr'} {name}"


def customer(rng: random.Random, lang: str) -> list[str]:
    road = rng.choice(ROADS[lang])
    no = rng.randint(1, 140)
    town = shop().row[2]
    return [
        mx(person(rng, lang), lang),
        f"{road} {no}" if lang == "de" else f"{no} {road}" if lang == "en" else f"{no}, {road}",
        town,
    ]


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
    "en": ["none", "none", "none", "Page {i} of {n}", "2:Page {i}", "{i}/{n}", "- {i} -"],
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
TRADE = {
    "office": (
        "Dry Cleaning - Laundry - Alterations",
        "Textilreinigung - Wäscherei - Änderungen",
        "Pressing - Blanchisserie - Retouches",
    ),
    "supplier": (
        "Laundry & drycleaning supplies",
        "Bedarf für Reinigungen und Wäschereien",
        "Fournitures pour pressings et blanchisseries",
    ),
    "engineer": (
        "Sales - Service - Spares",
        "Verkauf - Kundendienst - Ersatzteile",
        "Vente - Dépannage - Pièces détachées",
    ),
    "lab": (
        "Textile testing and expert opinions",
        "Textilprüfung und Gutachten",
        "Essais et expertises textiles",
    ),
}


def legal_lines(r: random.Random, name: str, lang: str, role: str) -> list[str]:
    if role in ("council", "authority"):
        return []
    if lang == "de":
        bank = r.choice(["Sparkasse Regensburg", "VR-Bank Würzburg", "LzO Oldenburg", "GLS Bank"])
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
                f"Amtsgericht {r.choice(['Regensburg', 'Würzburg', 'Oldenburg', 'Fürth'])} HRB "
                f"{r.randint(1000, 99999)} - Geschäftsführer: "
                + r.choice(["Dr. Ulrike Brandes", "Markus Feldhaus", "Selin Aydin", "Jörg Kamps"]),
            )
        return out
    if lang == "fr":
        siret = (
            f"{r.randint(300, 899)} {r.randint(100, 999)} {r.randint(100, 999)} "
            f"{r.randint(10000, 99999)}"
        )
        out = [f"{name} - SIRET {siret} - APE {r.choice(['9601B', '4669B', '3312Z', '7120B'])}"]
        if r.random() < 0.7:
            out.append(
                f"TVA intracom. FR{r.randint(10, 99)} {r.randint(100, 999)} {r.randint(100, 999)} "
                f"{r.randint(100, 999)} - IBAN FR76 {r.randint(1000, 9999)} "
                f"{r.randint(1000, 9999)} "
                f"{r.randint(1000, 9999)} {r.randint(100, 999)}"
            )
        return out
    out = []
    if any(t in name for t in ("Ltd", "plc", "LLP")):
        out.append(f"Registered in England and Wales No. {r.randint(3000000, 13999999):08d}")
    if r.random() < 0.6:
        out.append(
            f"VAT Reg. No. GB {r.randint(100, 999)} {r.randint(1000, 9999)} {r.randint(10, 99)}"
        )
    if role == "office" and r.random() < 0.5:
        out.append("Member of the Textile Services Association")
    return [" - ".join(out)] if out else []


def make_head(row: Row, lang: str, role: str) -> Head:
    """The paper habits of the sender ``row``: the same all through one stream."""
    name, street, town, phone = row
    r = random.Random(zlib.crc32(f"tagine/head/{name}/{BIZ['seed']}".encode()))
    font, bold = r.choice(FACES)
    host = "".join(c for c in name.lower().split()[0] if c.isalpha() and c.isascii())[:12]
    tld = {"en": "co.uk", "de": "de", "fr": "fr"}[lang]
    looks = LOOKS
    if role in ("council", "authority"):
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
        mail=f"{r.choice(['info', 'office', 'contact', 'accounts'])}@{host or 'mail'}.{tld}"
        if r.random() < 0.7
        else "",
    )


def office_head() -> Head:
    return make_head(shop().row, home(), "office")


def head_of(who: Issuer, role: str, abroad: float = 0.0) -> Head:
    """The ``role`` sender of ``who`` (the same for the same issuer and business), of the
    business's country or, with odds ``abroad``, of another."""
    r = keyed(who, role)
    lang = home()
    if r.random() < abroad:
        lang = r.choice([x for x in ("en", "de", "fr") if x != lang])
    return make_head(r.choice(SENDERS[role][lang]), lang, role)


def hotel_of(rng: random.Random) -> Row:
    return rng.choice(SENDERS["hotel"][home()])


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
    """A round rubber stamp: two rings, the wording on two lines inside."""
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


def hanger(p: Page, x: float, y: float, k: float = 1.0) -> None:
    """The business's logo: a coat hanger."""
    p.line(x, y + 14 * k, x + 15 * k, y + 4 * k)
    p.line(x + 15 * k, y + 4 * k, x + 30 * k, y + 14 * k)
    p.line(x, y + 14 * k, x + 30 * k, y + 14 * k)
    p.line(x + 15 * k, y + 4 * k, x + 15 * k, y)
    p.line(x + 15 * k, y, x + 18 * k, y - 3 * k)


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
            p.text(m + 32, yy, fit(t, f_, pt, w / 2 + 40 - m), f_, pt)
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
        if h.role == "office":
            hanger(p, w / 2 - 15, y - 26, 1.0)
            y += 4
        pt = shrink(h.name, h.bold, s.size + 6, w - 2 * m)
        p.text(w / 2, y + 2, h.name, h.bold, pt, "center")
        it = italic_of(h.font)
        line2 = tr(h.lang, *trade) if trade else where
        p.text(w / 2, y + 15, fit(line2, it, 7.5, w - 2 * m), it, 7.5, "center")
        low = f"{where}  {contact}" if trade else contact
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
        if trade:
            p.text(
                m,
                y + 15,
                fit(tr(h.lang, *trade), italic_of(h.font), 7.5, w * 0.6 - m),
                italic_of(h.font),
                7.5,
            )
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


def sign(p: Page, x: float, y: float, name: str, pt: float = 13) -> None:
    """A handwritten signature over the baseline ``y``."""
    parts = name.replace("-", " ").replace(".", " ").split()
    parts = [
        t for t in parts if t not in ("Dr", "Mr", "Mrs", "Herr", "Frau", "Madame", "Monsieur")
    ] or parts
    text = f"{parts[0][0]}{parts[-1][:8]}" if len(parts) > 1 else parts[0]
    p.text(x + 2, y - 1, text, INK, pt)
    end = x + 6 + tw(text, INK, pt)
    p.line(end - 4, y - 2, end + 12, y - 9)
    p.line(x, y + 2, end - 8, y + 1)


def received(rng: random.Random, p: Page, lang: str, d: date, odds: float = 0.3) -> None:
    """Now and then the business's received stamp on the first page."""
    if rng.random() < odds:
        w, _ = p.size
        stamp(
            p,
            w - rng.uniform(150, 210),
            rng.uniform(70, 160),
            [
                tr(lang, "RECEIVED", "EINGEGANGEN", "REÇU LE"),
                short(d + timedelta(days=rng.randint(1, 5)), lang),
                rng.choice(["", tr(lang, "Office", "Büro", "Bureau")]) or "-",
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
        fit(
            tr(
                lang,
                ["Yours sincerely", "Kind regards", "Best regards", "Yours faithfully"][
                    len(name) % 4
                ],
                "Mit freundlichen Grüßen",
                "Veuillez agréer, Madame, Monsieur, l'expression de nos salutations distinguées.",
            ),
            s.font,
            s.size,
            f.size[0] - 2 * m,
        ),
        s.font,
        s.size,
    )
    f.y += 30
    sign(f.page, m, f.y - 4, name)
    f.y += 8
    f.page.text(m, f.y, name, s.bold, s.size)
    if role:
        f.page.text(m, f.y + s.size * 1.3, role, s.font, s.size - 1)
    f.y += s.size * 3


def head_lines(h: Head, att: str = "") -> list[str]:
    return [h.name, *([att] if att else []), h.street, h.town]


def office_lines(att: str = "") -> list[str]:
    return head_lines(office_head(), att)


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
    gross = net + tax
    rows.append((tr(lg, "Total due", "Rechnungsbetrag", "Total TTC"), gross))
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


def copier_edge(p: Page, rng: random.Random) -> None:
    """The grey edge a photocopy of a smaller original leaves on the page."""
    w, h = p.size
    g = rng.uniform(0.35, 0.6)
    side = rng.choice(["left", "top", "both"])
    if side in ("left", "both"):
        p.rect(0, 0, rng.uniform(8, 22), h, fill=g)
    if side in ("top", "both"):
        p.rect(0, 0, w, rng.uniform(6, 16), fill=g)


def sign_line(p: Page, s: Style, x: float, y: float, w: float, label: str, who: str = "") -> None:
    """A signature line with its caption; signed by ``who`` if given."""
    p.line(x, y, x + w, y)
    p.text(x, y + 9, fit(label, s.font, 7, w), s.font, 7)
    if who:
        sign(p, x + 4, y - 3, who, 12)


# ---------------------------------------------------------------------------------------------
# Templates UUUU: the hotel linen service
# ---------------------------------------------------------------------------------------------

#: Linen items: English, German, French name and price per piece (GBP; EUR a little more).
LINEN = [
    ("Single sheet", "Betttuch 160x260", "Drap 1 place", 0.52),
    ("Double sheet", "Betttuch 240x290", "Drap 2 places", 0.74),
    ("Duvet cover double", "Bettbezug 200x220", "Housse de couette", 0.95),
    ("Pillowcase", "Kissenbezug 80x80", "Taie d'oreiller", 0.21),
    ("Bath towel", "Badetuch 70x140", "Drap de bain", 0.46),
    ("Hand towel", "Handtuch 50x100", "Serviette éponge", 0.27),
    ("Bath mat", "Badvorleger", "Tapis de bain", 0.31),
    ("Bathrobe", "Bademantel", "Peignoir", 1.55),
    ("Tablecloth 180x180", "Tischdecke 180x180", "Nappe 180x180", 1.05),
    ("Napkin", "Serviette 50x50", "Serviette de table", 0.17),
    ("Chef's jacket", "Kochjacke", "Veste de cuisinier", 1.35),
    ("Apron", "Schürze", "Tablier", 0.42),
    ("Tea towel", "Geschirrtuch", "Torchon", 0.19),
]
WEEKDAYS = {
    "en": ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"],
    "de": ["Mo", "Di", "Mi", "Do", "Fr", "Sa", "So"],
    "fr": ["lun", "mar", "mer", "jeu", "ven", "sam", "dim"],
}


def linen_name(k: int, lg: str) -> str:
    return tr(lg, *LINEN[k][:3])


def linen_price(k: int, lg: str) -> float:
    return round(LINEN[k][3] * (1.0 if lg == "en" else 1.16), 2)


def hotel_items(row: Row) -> list[int]:
    """The linen a hotel or restaurant sends: restaurants table linen, hotels bed and bath."""
    r = random.Random(zlib.crc32(f"tagine/items/{row[0]}".encode()))
    if any(t in row[0] for t in ("Restaurant", "Brasserie", "Table", "Bürgerspital")):
        return sorted(r.sample([8, 9, 10, 11, 12], 4))
    return sorted(r.sample(range(8), r.randint(5, 7)) + ([9] if r.random() < 0.4 else []))


def hotel_head(row: Row) -> Head:
    return make_head(row, home(), "hotel")


def account_no(row: Row) -> str:
    return f"H{zlib.crc32(row[0].encode()) % 900 + 100}"


LINEN_CLAUSES = {
    "en": [
        "Definitions",
        "Services",
        "Linen stock and par levels",
        "Collection and delivery",
        "Damaged, stained and lost linen",
        "Charges and price review",
        "Invoicing and payment",
        "Liability and insurance",
        "Term and termination",
        "General",
    ],
    "de": [
        "Vertragsgegenstand",
        "Leistungsumfang",
        "Wäschebestand und Umlaufmengen",
        "Abholung und Anlieferung",
        "Beschädigte, verschmutzte und verlorene Wäsche",
        "Preise und Preisanpassung",
        "Rechnungsstellung und Zahlung",
        "Haftung und Versicherung",
        "Laufzeit und Kündigung",
        "Schlussbestimmungen",
    ],
    "fr": [
        "Objet du contrat",
        "Prestations",
        "Parc de linge et dotations",
        "Collecte et livraison",
        "Linge détérioré, taché ou perdu",
        "Prix et révision",
        "Facturation et règlement",
        "Responsabilité et assurance",
        "Durée et résiliation",
        "Dispositions diverses",
    ],
}


def tpl_linen_contract(rng: random.Random, who: Issuer) -> list[Page]:
    """The business's linen service agreement with a hotel or restaurant: now and then a
    covering letter, the parties and numbered clauses, the price schedule on a landscape page,
    the par levels and delivery days, and the signature page with the hotel's stamp."""
    h = office_head()
    lg = h.lang
    hotel = hotel_of(keyed(who, "hotel") if rng.random() < 0.5 else rng)
    if after(("linen_contract",)) and LAST["extra"] == hotel:
        hotel = rng.choice([r for r in SENDERS["hotel"][home()] if r != hotel])

    d = some_day(rng)
    items = hotel_items(hotel)
    owner = worker("owner")
    gm = person(random.Random(zlib.crc32(hotel[0].encode())), lg)
    pages: list[Page] = []
    title = tr(lg, "Linen Service Agreement", "Wäschereivertrag", "Contrat de location-entretien")
    if rng.random() < 0.45:
        s0 = style_of(h)
        f0 = sheets(s0, h)
        recipient(f0, s0, h, [hotel[0], mx(gm, lg), hotel[1], hotel[2]], d, [])
        caption(
            f0,
            s0,
            tr(
                lg,
                f"{title} - {hotel[0]}",
                f"{title} - {hotel[0]}",
                f"Contrat de service linge - {hotel[0]}",
            ),
            1,
        )
        f0.page.text(s0.margin, f0.y, dear(lg, mx(gm, lg)), s0.font, s0.size)
        f0.y += s0.size * 2
        write(
            f0,
            s0,
            tr(
                lg,
                "Further to our meeting, please find enclosed two copies of our linen service "
                "agreement. Kindly sign both, keep one and return the other to us. ",
                "wie besprochen erhalten Sie anbei unseren Vertrag in zweifacher Ausfertigung. "
                "Bitte senden Sie uns ein unterschriebenes Exemplar zurück. ",
                "Suite à notre entretien, veuillez trouver ci-joint notre contrat en deux "
                "exemplaires, dont un à nous retourner signé. ",
            )
            + prose(rng, lg, "legal", 1, 2),
        )
        regards(f0, s0, lg, owner, tr(lg, "Director", "Inhaber", "Gérant"))
        pages += close(f0.pages, s0, h, numbers="none")
    s = style_of(h)
    w, hgt = s.page_size
    m = s.margin
    f = sheets(s, h, f"{title} - {hotel[0]}")
    caption(f, s, title.upper() if rng.random() < 0.5 else title, 4)
    f.y += 4
    between = [
        (tr(lg, "Between", "zwischen", "Entre"), f"{h.name}, {h.street}, {h.town}"),
        (
            "",
            tr(
                lg,
                '(the "Company")',
                '- nachstehend "Auftragnehmer" -',
                'ci-après "le Prestataire"',
            ),
        ),
        (tr(lg, "and", "und", "et"), f"{hotel[0]}, {hotel[1]}, {hotel[2]}"),
        ("", tr(lg, '(the "Customer")', '- nachstehend "Auftraggeber" -', 'ci-après "le Client"')),
    ]
    for a, b in between:
        f.need(14)
        f.page.text(m, f.y, a, s.bold, s.size)
        f.page.text(m + 60, f.y, fit(b, s.font, s.size, w - 2 * m - 60), s.font, s.size)
        f.y += s.size * 1.6
    f.y += 6
    heads = LINEN_CLAUSES[lg][: rng.randint(7, 10)]
    for k, t in enumerate(heads, 1):
        lab = f"§ {k} {t}" if lg == "de" else f"Article {k} - {t}" if lg == "fr" else f"{k}. {t}"
        f.heading(m, lab, s.bold, s.size)
        for j in range(rng.randint(1, 3)):
            txt = prose(rng, lg, "legal", 2, 4)
            write(f, s, f"{k}.{j + 1} {txt}" if lg == "en" else f"({j + 1}) {txt}")
    body = close(f.pages, s, h, numbers="none")
    # The price schedule on a landscape page
    ls = style_of(h, landscape(A4), margin=44)
    lw, lh = ls.page_size

    def lstart(p: Page, n: int) -> float:
        p.text(
            ls.margin,
            36,
            tr(lg, "Schedule 1 - Prices", "Anlage 1 - Preisliste", "Annexe 1 - Tarifs"),
            ls.bold,
            11,
        )
        p.text(
            lw - ls.margin,
            36,
            fit(f"{h.name} / {hotel[0]}", ls.font, 8, lw / 2),
            ls.font,
            8,
            "right",
        )
        p.line(ls.margin, 42, lw - ls.margin, 42)
        return 62.0

    lf = Sheets((lw, lh), lh - 50, lstart)
    cols = columns(
        ls.margin,
        lw - ls.margin,
        [
            (0.7, "left"),
            (3.2, "left"),
            (1.2, "left"),
            (1.1, "right"),
            (1.1, "right"),
            (2.4, "center"),
        ],
    )
    rows = []
    for k in items:
        p0 = linen_price(k, lg)
        rows.append(
            [
                f"{k + 1:02d}",
                linen_name(k, lg),
                tr(lg, "per piece", "je Stück", "la pièce"),
                money(p0, lg),
                money(round(p0 * 1.6, 2), lg),
                rng.choice(["", "", tr(lg, "hire incl.", "inkl. Mietwäsche", "location incluse")]),
            ]
        )
    table(
        lf,
        cols,
        [
            tr(lg, "Code", "Art.", "Réf."),
            tr(lg, "Item", "Artikel", "Article"),
            tr(lg, "Unit", "Einheit", "Unité"),
            tr(lg, "Price", "Preis", "Prix HT"),
            tr(lg, "Express", "Express", "Express"),
            tr(lg, "Remarks", "Bemerkung", "Observations"),
        ],
        rows,
        ls,
        size=8.5,
        shade=0.85,
        rules=True,
        step=2.0,
    )
    lf.y += 10
    for t in (
        tr(
            lg,
            f"Minimum charge per delivery: {cash(rng.choice([25, 30, 40]), lg)}",
            f"Mindestauftragswert je Anlieferung: {cash(rng.choice([25, 30, 40]), lg)}",
            f"Minimum de facturation par livraison : {cash(rng.choice([25, 30, 40]), lg)}",
        ),
        tr(
            lg,
            "Prices exclude VAT and are reviewed each 1 April.",
            "Alle Preise zzgl. gesetzlicher USt. Preisanpassung jeweils zum 1. April.",
            "Prix hors TVA, révisables au 1er avril de chaque année.",
        ),
    ):
        lf.page.text(ls.margin, lf.y, t, ls.font, 8.5)
        lf.y += 12
    pages_rest = list(lf.pages)
    # Par levels and delivery days
    p = Page(A4)
    y = heading(p, s, h) if h.again else m
    p.text(
        m,
        y,
        tr(
            lg,
            "Schedule 2 - Par levels and delivery days",
            "Anlage 2 - Umlaufmengen und Liefertage",
            "Annexe 2 - Dotations et jours de livraison",
        ),
        s.bold,
        s.size + 2,
    )
    y += 24
    pf = Sheets(A4, hgt - m, lambda pg, n: m)
    pf.page = p
    pf.pages = [p]
    pf.y = y
    table(
        pf,
        columns(m, w - m, [(3, "left"), (1, "right"), (1, "right"), (1, "right")]),
        [
            tr(lg, "Item", "Artikel", "Article"),
            tr(lg, "Par", "Umlauf", "Dotation"),
            tr(lg, "In use", "im Einsatz", "En service"),
            tr(lg, "Est./week", "ca./Woche", "Est./sem."),
        ],
        [
            [linen_name(k, lg), str(q), str(q // 3), str(q // 2)]
            for k in items
            for q in [rng.choice([60, 90, 120, 150, 240, 300])]
        ],
        s,
        rules=True,
    )
    y = pf.y + 14
    p.text(
        m,
        y,
        tr(
            lg,
            "Delivery and collection days:",
            "Liefer- und Abholtage:",
            "Jours de collecte et livraison :",
        ),
        s.bold,
        s.size,
    )
    y += 16
    on = set(rng.sample(range(7), rng.choice([2, 3, 3, 5])))
    y = ticks(p, s, m, y, w - 2 * m, WEEKDAYS[lg], on, 9)
    y += 8
    p.text(
        m,
        y,
        tr(lg, "Time window:", "Zeitfenster:", "Créneau :")
        + " "
        + rng.choice(["07:00-09:00", "08:00-10:30", "13:00-15:00"]),
        s.font,
        s.size,
    )
    pages_rest.append(p)
    # Signature page
    sp = Page(A4)
    y = m + 20
    sp.text(
        m,
        y,
        tr(
            lg,
            "Signed on behalf of the parties",
            "Unterschriften",
            "Fait en deux exemplaires originaux",
        ),
        s.bold,
        s.size + 1,
    )
    y += 30
    write_at = text_lines(sp, s, m, y, w - 2 * m, prose(rng, lg, "legal", 1, 2), s.size)
    y = write_at + 40
    cw = (w - 2 * m - 40) / 2
    for k, (who_, name_) in enumerate(((h.name, owner), (hotel[0], gm))):
        x = m + k * (cw + 40)
        sp.text(x, y, fit(who_, s.bold, s.size, cw), s.bold, s.size)
        sp.text(x, y + 16, tr(lg, "Date:", "Datum:", "Le :") + " ", s.font, s.size - 1)
        hand(sp, x + 34, y + 16, short(d + timedelta(days=rng.randint(0, 9) * k), lg), 9)
        sign_line(
            sp,
            s,
            x,
            y + 70,
            cw,
            tr(lg, "Signature", "Unterschrift", "Signature"),
            name_ if k == 0 or rng.random() < 0.9 else "",
        )
        sp.text(x, y + 92, name_, s.font, s.size - 1)
    stamp(sp, m + cw + 60, y + 110, [hotel[0][:26].upper(), hotel[2][:26]])
    pages_rest.append(sp)
    tail = close(body + pages_rest, s, h)
    pages += tail
    remember(d, hotel)
    return pages


def text_lines(p: Page, s: Style, x: float, y: float, width: float, text: str, pt: float) -> float:
    for ln in wrap(text, s.font, pt, width):
        p.text(x, y, ln, s.font, pt)
        y += pt * 1.4
    return y


def grid_row(p: Page, xs: list[float], y: float, hgt: float) -> None:
    """Cell borders of one table row whose column edges are ``xs``."""
    p.line(xs[0], y, xs[-1], y)
    p.line(xs[0], y + hgt, xs[-1], y + hgt)
    for x in xs:
        p.line(x, y, x, y + hgt)


def tpl_delivery_sheet(rng: random.Random, who: Issuer) -> list[Page]:
    """The business's delivery and collection sheet of one hotel for one month on landscape
    A4 (now and then portrait): a row per delivery day with the pieces delivered and collected
    per item, entered by hand by the driver and signed by the housekeeper; totals and rejects at
    the foot; one or two sheets."""
    h = office_head()
    lg = h.lang
    ex = LAST["extra"]
    if after(("linen_contract",)) and isinstance(ex, tuple):
        hotel = ex
    else:
        hotel = rng.choice([r for r in SENDERS["hotel"][home()] if r != ex])
    items = hotel_items(hotel)[:7]
    size = landscape(A4) if keyed(who, "ds").random() < 0.8 else A4
    s = style_of(h, size, margin=30, pt=8)
    w, hgt = size
    m = s.margin
    mo = month()
    days_on = sorted(rng.sample(range(7), rng.choice([2, 3, 5])))
    dates = [
        mo + timedelta(days=k) for k in range(31) if (mo + timedelta(days=k)).month == mo.month
    ]
    dates = [d for d in dates if d.weekday() in days_on]
    driver = worker("driver")
    hk = person(random.Random(zlib.crc32(f"hk{hotel[0]}".encode())), lg)
    title = tr(
        lg,
        "LINEN DELIVERY & COLLECTION SHEET",
        "LIEFER- UND ABHOLSCHEIN WÄSCHE",
        "BON DE LIVRAISON ET DE COLLECTE - LINGE",
    )
    label_w = 72.0
    sig_w = 90.0
    per = (w - 2 * m - label_w - sig_w) / (2 * len(items))
    xs = [m, m + label_w]
    for _ in range(2 * len(items)):
        xs.append(xs[-1] + per)
    xs.append(xs[-1] + sig_w)
    pages: list[Page] = []
    row_h = 17.0
    rows_per = int((hgt - 190) // row_h)
    chunks = [dates[i : i + rows_per] for i in range(0, len(dates), rows_per)] or [[]]
    tot = [0] * (2 * len(items))
    for ci, chunk in enumerate(chunks):
        p = Page(size)
        pages.append(p)
        p.text(m, 30, h.name, s.bold, 10)
        p.text(m, 40, fit(f"{h.street}, {h.town}  {h.phone}", s.font, 7, w / 2), s.font, 7)
        p.text(w - m, 32, title, s.bold, 11, "right")
        y = 58.0
        for lab, val, x in (
            (tr(lg, "Customer", "Kunde", "Client"), hotel[0], m),
            (tr(lg, "Account", "Kd.-Nr.", "Compte"), account_no(hotel), m + 250),
            (tr(lg, "Month", "Monat", "Mois"), f"{mo.month:02d}/{mo.year}", m + 360),
            (tr(lg, "Sheet", "Blatt", "Feuille"), f"{ci + 1}", m + 470),
        ):
            p.text(x, y, lab + ":", s.font, 7.5)
            hand(p, x + tw(lab + ":", s.font, 7.5) + 4, y + 1, val, 9, 200)
        y += 16
        # Head rows: item names over D/C pairs
        p.rect(xs[0], y, xs[-1] - xs[0], 30, fill=0.88)
        p.line(xs[0], y, xs[-1], y)
        p.line(xs[1], y + 15, xs[-2], y + 15)
        for j, x in enumerate(xs):
            p.line(x, y if j % 2 == 1 or j in (0, len(xs) - 1) else y + 15, x, y + 30)
        p.text(xs[0] + 3, y + 18, tr(lg, "Date", "Datum", "Date"), s.bold, 7.5)
        for k, it in enumerate(items):
            x0 = xs[1 + 2 * k]
            nm = linen_name(it, lg)
            p.text(x0 + per, y + 10, fit(nm, s.bold, 6.5, 2 * per - 4), s.bold, 6.5, "center")
            p.text(x0 + per / 2, y + 25, tr(lg, "Del", "Lief", "Liv"), s.font, 6.5, "center")
            p.text(x0 + 1.5 * per, y + 25, tr(lg, "Coll", "Abh", "Col"), s.font, 6.5, "center")
        p.text(xs[-2] + 3, y + 18, tr(lg, "Received by", "Empfang", "Reçu par"), s.bold, 7.5)
        y += 30
        for dd in chunk:
            grid_row(p, xs, y, row_h)
            p.text(
                xs[0] + 3, y + 12, f"{WEEKDAYS[lg][dd.weekday()]} {short(dd, lg)[:5]}", s.font, 7.5
            )
            for k in range(2 * len(items)):
                if rng.random() < 0.9:
                    v = rng.randint(4, 60)
                    tot[k] += v
                    hand(p, xs[1 + k] + 4, y + 12, str(v), 8.5)
            if rng.random() < 0.9:
                sign(p, xs[-2] + 4, y + 13, hk, 9)
            y += row_h
        for _ in range(rng.randint(0, 2)):
            grid_row(p, xs, y, row_h)
            y += row_h
        if ci == len(chunks) - 1:
            grid_row(p, xs, y, row_h)
            p.text(xs[0] + 3, y + 12, tr(lg, "TOTAL", "SUMME", "TOTAL"), s.bold, 7.5)
            if rng.random() < 0.7:
                for k in range(2 * len(items)):
                    hand(p, xs[1 + k] + 2, y + 12, str(tot[k]), 8)
            y += row_h + 14
            p.text(
                m,
                y,
                tr(
                    lg,
                    "Rejects / stained returned:",
                    "Reklamationen / Fleckenwäsche:",
                    "Rebuts / linge taché retourné :",
                ),
                s.font,
                7.5,
            )
            if rng.random() < 0.6:
                hand(
                    p,
                    m + 150,
                    y + 1,
                    f"{rng.randint(1, 6)} x {linen_name(rng.choice(items), lg)}",
                    9,
                )
            y += 18
            p.text(m, y, tr(lg, "Driver:", "Fahrer:", "Chauffeur :"), s.font, 7.5)
            hand(p, m + 50, y + 1, driver, 9)
            sign_line(
                p,
                s,
                w - m - 170,
                y + 8,
                170,
                tr(lg, "Checked (office)", "Geprüft (Büro)", "Vérifié (bureau)"),
                worker("manager") if rng.random() < 0.6 else "",
            )
        p.text(
            w - m,
            hgt - 16,
            tr(
                lg,
                "White: office - Yellow: customer",
                "Weiß: Büro - Gelb: Kunde",
                "Blanc : bureau - Jaune : client",
            ),
            s.font,
            6,
            "right",
        )
    remember(dates[-1] if dates else month(), hotel)
    return pages


def tpl_linen_invoice(rng: random.Random, who: Issuer) -> list[Page]:
    """The business's monthly linen invoice to a hotel or restaurant: pieces per item at the
    agreed prices, rewash and delivery lines, VAT and bank details; sometimes a second page with
    the deliveries by week."""
    h = office_head()
    lg = h.lang
    ex = LAST["extra"]
    hotel = ex if after(("delivery_sheet",)) and isinstance(ex, tuple) else hotel_of(rng)
    items = hotel_items(hotel)
    mo = month()
    d = add_months(mo, 1) + timedelta(days=rng.randint(0, 4))
    prev = LAST["extra"] if after(("linen_invoice",)) else None
    base = keyed(who, "inv").randint(1200, 8800)
    no = int(prev[1]) + 1 if isinstance(prev, tuple) and len(prev) == 2 else base
    s = style_of(h, A4 if lg != "en" or keyed(who, "lt").random() < 0.85 else LETTER)
    w, hgt = s.page_size
    m = s.margin
    f = sheets(s, h, f"{h.name} - {tr(lg, 'Invoice', 'Rechnung', 'Facture')} {no}")
    recipient(
        f,
        s,
        h,
        [
            hotel[0],
            tr(lg, "Accounts Payable", "Buchhaltung", "Service comptabilité"),
            hotel[1],
            hotel[2],
        ],
        d,
        [
            (tr(lg, "Invoice no.", "Rechnungs-Nr.", "Facture n°"), str(no)),
            (tr(lg, "Account", "Kunden-Nr.", "Compte client"), account_no(hotel)),
            (tr(lg, "Period", "Leistungszeitraum", "Période"), f"{mo.month:02d}/{mo.year}"),
        ],
    )
    caption(f, s, tr(lg, "INVOICE", "RECHNUNG", "FACTURE"), 4)
    write(
        f,
        s,
        tr(
            lg,
            f"Linen service for {MONTHS_EN[mo.month - 1]} {mo.year}",
            f"Wäschereileistungen {MONTHS_DE[mo.month - 1]} {mo.year}",
            f"Prestations de blanchisserie - {MONTHS_FR[mo.month - 1]} {mo.year}",
        ),
    )
    cols = columns(m, w - m, [(3.5, "left"), (1, "right"), (1.1, "right"), (1.3, "right")])
    rows = []
    net = 0.0
    weekly: list[list[int]] = []
    for k in items:
        q = rng.randint(40, 900)
        weekly.append([q // 4 + rng.randint(-9, 9) for _ in range(4)])
        pr = linen_price(k, lg)
        net += q * pr
        rows.append([linen_name(k, lg), str(q), money(pr, lg), money(q * pr, lg)])
    if rng.random() < 0.4:
        q = rng.randint(5, 40)
        rows.append(
            [
                tr(
                    lg,
                    "Rewash (stained) - no charge",
                    "Nachwäsche (Flecken) - kostenfrei",
                    "Relavage (taches) - gratuit",
                ),
                str(q),
                money(0, lg),
                money(0, lg),
            ]
        )
    if rng.random() < 0.5:
        n_ = rng.randint(8, 14)
        fee = rng.choice([6.5, 8.0, 9.5])
        net += n_ * fee
        rows.append(
            [
                tr(lg, "Delivery charge", "Anfahrtspauschale", "Frais de livraison"),
                str(n_),
                money(fee, lg),
                money(n_ * fee, lg),
            ]
        )
    if rng.random() < 0.3:
        q = rng.randint(1, 6)
        pr = rng.choice([8.5, 12.0, 15.0])
        net += q * pr
        rows.append(
            [
                tr(
                    lg,
                    "Lost / condemned items (replacement)",
                    "Verlust / Ausmusterung (Ersatz)",
                    "Pièces perdues / réformées",
                ),
                str(q),
                money(pr, lg),
                money(q * pr, lg),
            ]
        )
    table(
        f,
        cols,
        [
            tr(lg, "Description", "Bezeichnung", "Désignation"),
            tr(lg, "Qty", "Menge", "Qté"),
            tr(lg, "Unit price", "Einzelpreis", "P.U. HT"),
            tr(lg, "Amount", "Betrag", "Montant HT"),
        ],
        rows,
        s,
        rules=rng.random() < 0.5,
    )
    totals(f, s, lg, round(net, 2), vat_rate(lg))
    f.y += 6
    write(
        f,
        s,
        tr(
            lg,
            f"Payment terms: 30 days from invoice date. Please quote invoice {no} with your "
            "payment. BACS: sort code 20-45-77, account 4391 2260.",
            f"Zahlbar innerhalb von 14 Tagen ohne Abzug. Bitte geben Sie die Rechnungsnummer {no} "
            "als Verwendungszweck an.",
            f"Règlement à 30 jours fin de mois par virement. Merci de rappeler la facture n° {no}. "
            "Pénalités de retard : 3 fois le taux d'intérêt légal ; indemnité forfaitaire de 40 €.",
        ),
        s.size - 1,
    )
    pages = f.pages
    if rng.random() < 0.45:
        p = Page(s.page_size)
        y = running_header(p, s, f"{h.name} - {tr(lg, 'Invoice', 'Rechnung', 'Facture')} {no}")
        y += 14
        p.text(
            m,
            y,
            tr(
                lg,
                "Deliveries by week",
                "Lieferungen nach Kalenderwochen",
                "Détail des livraisons par semaine",
            ),
            s.bold,
            s.size + 1,
        )
        y += 20
        pf = Sheets(s.page_size, hgt - m, lambda pg, n: m)
        pf.pages, pf.page, pf.y = [p], p, y
        wk0 = mo.isocalendar()[1]
        table(
            pf,
            columns(m, w - m, [(3, "left"), *[(1, "right")] * 5]),
            [tr(lg, "Item", "Artikel", "Article")]
            + [f"{tr(lg, 'Wk', 'KW', 'Sem.')} {wk0 + j}" for j in range(4)]
            + [tr(lg, "Total", "Summe", "Total")],
            [
                [linen_name(k, lg), *[str(v) for v in wk], str(sum(wk))]
                for k, wk in zip(items, weekly, strict=True)
            ],
            s,
            shade=0.88,
        )
        pages = pages + pf.pages
    pages = close(pages, s, h)
    remember(d, (hotel, no))
    LAST["extra"] = (hotel, no)
    return pages


MONTHS_EN = [
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
]
MONTHS_DE = [
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
]
MONTHS_FR = [
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
]


# ---------------------------------------------------------------------------------------------
# Templates UUUU: customers' garments, claims and the shop counter
# ---------------------------------------------------------------------------------------------

GARMENTS = [
    ("Wool suit jacket", "Wollsakko", "Veste de costume en laine", "100% wool", 320),
    ("Silk blouse", "Seidenbluse", "Chemisier en soie", "100% silk", 145),
    ("Evening dress", "Abendkleid", "Robe de soirée", "polyester / elastane, sequins", 260),
    ("Down jacket", "Daunenjacke", "Doudoune", "nylon, down 90/10", 229),
    ("Wedding dress", "Brautkleid", "Robe de mariée", "silk satin, tulle", 1450),
    ("Cashmere coat", "Kaschmirmantel", "Manteau en cachemire", "90% wool, 10% cashmere", 590),
    ("Leather jacket", "Lederjacke", "Blouson en cuir", "lambskin leather", 380),
    ("Linen trousers", "Leinenhose", "Pantalon en lin", "100% linen", 89),
    ("Curtains (pair)", "Vorhänge (Paar)", "Rideaux (paire)", "cotton / viscose", 240),
    ("Pleated skirt", "Plisseerock", "Jupe plissée", "polyester", 75),
]
COLOURS = {
    "en": ["navy", "black", "cream", "burgundy", "grey", "ivory", "camel", "emerald green"],
    "de": ["marine", "schwarz", "creme", "bordeaux", "grau", "elfenbein", "camel", "smaragdgrün"],
    "fr": ["marine", "noir", "crème", "bordeaux", "gris", "ivoire", "camel", "vert émeraude"],
}
BRANDS = ["Hobbs", "Boss", "Zara", "Reiss", "Marc O'Polo", "Sandro", "Jaeger", "Maje", "Cos"]
DAMAGE = {
    "en": [
        "Shrinkage",
        "Colour loss / bleeding",
        "Hole / tear",
        "Stain not removed",
        "Buttons / trims damaged",
        "Lining detached",
        "Loss of finish / shine",
        "Other",
    ],
    "de": [
        "Eingelaufen",
        "Farbverlust / ausgeblutet",
        "Loch / Riss",
        "Fleck nicht entfernt",
        "Knöpfe / Besatz beschädigt",
        "Futter gelöst",
        "Glanzstellen",
        "Sonstiges",
    ],
    "fr": [
        "Rétrécissement",
        "Décoloration / dégorgement",
        "Trou / déchirure",
        "Tache non enlevée",
        "Boutons / garnitures abîmés",
        "Doublure décollée",
        "Lustrage",
        "Autre",
    ],
}


@dataclass
class Claim:
    """A customer's claim, as the papers after it take it up."""

    cust: list[str]
    ticket: str
    garment: int
    colour: str
    brand: str
    price: float
    bought: date
    damage: int
    lost: bool
    verdict: str  # cleaner | maker | customer | none


def garment_name(k: int, lg: str) -> str:
    return tr(lg, *GARMENTS[k][:3])


def a_claim(rng: random.Random, lost: bool = False) -> Claim:
    lg = home()
    g = rng.randrange(len(GARMENTS))
    return Claim(
        cust=customer(rng, lg),
        ticket=serial(rng, rng.choice(["99999", "A 9999", "999-999"])),
        garment=g,
        colour=rng.choice(COLOURS[lg]),
        brand=rng.choice(BRANDS),
        price=float(GARMENTS[g][4] + rng.randint(-20, 40)),
        bought=month() - timedelta(days=rng.randint(60, 1400)),
        damage=rng.randrange(7),
        lost=lost,
        verdict=rng.choice(["cleaner", "maker", "maker", "customer", "none"]),
    )


def care_label(p: Page, x: float, y: float, rng: random.Random) -> None:
    """A row of five care symbols as a customer copies them off the label."""
    # washtub
    p.line(x, y, x + 4, y + 14)
    p.line(x + 4, y + 14, x + 18, y + 14)
    p.line(x + 18, y + 14, x + 22, y)
    p.text(x + 11, y + 11, rng.choice(["30", "40", "X"]), "Helvetica", 6.5, "center")
    # triangle
    x += 32
    p.line(x, y + 14, x + 11, y)
    p.line(x + 11, y, x + 22, y + 14)
    p.line(x, y + 14, x + 22, y + 14)
    # square with circle (tumble)
    x += 32
    p.rect(x, y, 16, 14)
    ring(p, x + 8, y + 7, 5, 16)
    # iron
    x += 26
    p.line(x, y + 14, x + 20, y + 14)
    p.line(x + 20, y + 14, x + 16, y + 3)
    p.line(x + 16, y + 3, x + 4, y + 3)
    p.line(x + 4, y + 3, x, y + 14)
    p.text(x + 10, y + 12, rng.choice([".", "..", "..."]), "Helvetica-Bold", 7, "center")
    # professional cleaning circle
    x += 32
    ring(p, x + 8, y + 7, 7.5, 20)
    p.text(x + 8, y + 10, rng.choice(["P", "F", "W"]), "Helvetica", 8, "center")


def tpl_garment_claim(rng: random.Random, who: Issuer) -> list[Page]:
    """The business's customer claim form, filled in by hand at the counter: customer and
    ticket, the garment, tick boxes for the damage, the care label copied off, the declaration
    and signature and the office's section; often a photo sheet and now and then the copy of
    the purchase receipt behind."""
    h = office_head()
    lg = h.lang
    c = a_claim(rng)
    d = some_day(rng)
    s = style_of(h, A4, pt=9)
    w, hgt = s.page_size
    m = s.margin
    p = Page(A4)
    y = heading(p, s, h)
    title = tr(lg, "CUSTOMER CLAIM FORM", "REKLAMATIONSPROTOKOLL", "FICHE DE RÉCLAMATION")
    p.text(m, y, title, s.bold, 14)
    p.text(w - m, y, tr(lg, "No.", "Nr.", "N°") + f" {serial(rng, '9999')}", s.font, 9, "right")
    y += 16
    y = band(p, s, y, tr(lg, "1. Customer", "1. Kunde", "1. Client"))
    y = fields(
        p,
        s,
        m,
        y + 2,
        w - 2 * m,
        [
            (tr(lg, "Name", "Name", "Nom"), c.cust[0]),
            (tr(lg, "Telephone", "Telefon", "Téléphone"), serial(rng, "07999 999999")),
            (tr(lg, "Address", "Anschrift", "Adresse"), f"{c.cust[1]}, {c.cust[2]}"),
            (tr(lg, "Ticket no.", "Auftragsschein-Nr.", "N° de ticket"), c.ticket),
            (
                tr(lg, "Date handed in", "Abgabedatum", "Date de dépôt"),
                short(d - timedelta(days=rng.randint(3, 12)), lg),
            ),
            (tr(lg, "Date collected", "Abholdatum", "Date de retrait"), short(d, lg)),
        ],
    )
    y = band(p, s, y, tr(lg, "2. Garment", "2. Kleidungsstück", "2. Article"))
    y = fields(
        p,
        s,
        m,
        y + 2,
        w - 2 * m,
        [
            (tr(lg, "Article", "Artikel", "Article"), garment_name(c.garment, lg)),
            (
                tr(lg, "Brand / colour", "Marke / Farbe", "Marque / couleur"),
                f"{c.brand} / {c.colour}",
            ),
            (tr(lg, "Fibre (label)", "Material (Etikett)", "Composition"), GARMENTS[c.garment][3]),
            (
                tr(lg, "Price paid / date bought", "Kaufpreis / Kaufdatum", "Prix / date d'achat"),
                f"{cash(c.price, lg)}  {short(c.bought, lg)[3:]}",
            ),
        ],
        per=2,
    )
    y = band(
        p,
        s,
        y,
        tr(lg, "3. Nature of complaint", "3. Art der Beanstandung", "3. Nature de la réclamation"),
    )
    y = ticks(p, s, m + 4, y + 10, w - 2 * m - 8, DAMAGE[lg], {c.damage}, 8.5)
    y += 2
    p.text(
        m + 4,
        y,
        tr(lg, "Description in your own words:", "Beschreibung:", "Description :"),
        s.font,
        8,
    )
    y += 13
    text = prose(rng, lg, "care", 1, 2)
    for ln in wrap(text, HAND, 9.5, w - 2 * m - 10)[:3]:
        p.line(m + 4, y + 2, w - m, y + 2)
        hand(p, m + 6, y, ln, 9.5)
        y += 15
    y += 4
    p.text(m + 4, y + 10, tr(lg, "Care label:", "Pflegeetikett:", "Étiquette :"), s.font, 8)
    present = rng.random() < 0.8
    if present:
        care_label(p, m + 80, y, rng)
    labels = [tr(lg, "present", "vorhanden", "présente"), tr(lg, "missing", "fehlt", "absente")]
    ticks(p, s, m + 260, y + 10, 200, labels, {0 if present else 1}, 8.5)
    y += 30
    y = band(p, s, y, tr(lg, "4. Declaration", "4. Erklärung", "4. Déclaration"))
    y = text_lines(
        p,
        s,
        m + 4,
        y + 8,
        w - 2 * m - 8,
        tr(
            lg,
            "I confirm that the above details are correct. I understand that the garment may be "
            "sent for independent testing and that any settlement will take account of its age "
            "and condition.",
            "Ich bestätige die Richtigkeit der Angaben. Mir ist bekannt, dass das Teil zur "
            "neutralen Begutachtung eingeschickt werden kann und eine Entschädigung nach dem "
            "Zeitwert erfolgt.",
            "Je certifie l'exactitude des renseignements ci-dessus. J'accepte que l'article soit "
            "soumis à une expertise et que l'indemnisation tienne compte de sa vétusté.",
        ),
        7.5,
    )
    y += 26
    sign_line(
        p,
        s,
        m + 4,
        y,
        200,
        tr(lg, "Customer's signature", "Unterschrift Kunde", "Signature du client"),
        c.cust[0],
    )
    p.text(m + 260, y - 2, short(d, lg), HAND, 9.5)
    y += 26
    if y < hgt - 120:
        y = band(
            p, s, y, tr(lg, "For office use", "Vermerke der Annahme", "Réservé au pressing"), 0.7
        )
        opts = [
            tr(lg, "Send for testing", "Zur Begutachtung", "Envoi en expertise"),
            tr(lg, "Settle", "Regulieren", "Indemniser"),
            tr(lg, "Decline", "Ablehnen", "Refuser"),
            tr(lg, "Re-clean free", "Kostenlos nachreinigen", "Renettoyage gratuit"),
        ]
        y = ticks(p, s, m + 4, y + 10, w - 2 * m, opts, {0 if rng.random() < 0.7 else 3}, 8.5)
        p.text(m + 4, y + 4, tr(lg, "Received by:", "Angenommen von:", "Reçu par :"), s.font, 8)
        hand(p, m + 70, y + 5, worker("manager"), 9.5)
    pages = [p]
    if rng.random() < 0.65:
        q = Page(A4)
        yy = m
        q.text(
            m,
            yy,
            tr(lg, "Photographs - claim", "Fotodokumentation - Reklamation", "Photos - réclamation")
            + f" {c.ticket}",
            s.bold,
            11,
        )
        yy += 18
        n = rng.choice([2, 3, 4])
        ph = (hgt - 2 * m - 60) / ((n + 1) // 2) - 30
        pw = (w - 2 * m - 20) / (2 if n > 1 else 1)
        for k in range(n):
            x = m + (k % 2) * (pw + 20)
            top = yy + (k // 2) * (ph + 30)
            photo(q, x, top, pw, ph, rng)
            hand(
                q,
                x,
                top + ph + 14,
                rng.choice(
                    [
                        tr(lg, "front", "vorne", "devant"),
                        tr(lg, "damage close-up", "Schaden Detail", "détail du dommage"),
                        tr(lg, "care label", "Etikett", "étiquette"),
                    ]
                ),
                9,
            )
        pages.append(q)
    if rng.random() < 0.3:
        r = Page(A4)
        copier_edge(r, rng)
        rx, ry, rw_, rh = w / 2 - 90, 90, 180, 300
        r.rect(rx, ry, rw_, rh)
        r.text(rx + rw_ / 2, ry + 20, c.brand.upper(), "Helvetica-Bold", 12, "center")
        r.text(
            rx + rw_ / 2,
            ry + 34,
            tr(lg, "High Street", "Innenstadt", "Centre-ville"),
            "Courier",
            7,
            "center",
        )
        yy = ry + 60
        r.text(rx + 10, yy, short(c.bought, lg), "Courier", 8)
        yy += 16
        r.text(rx + 10, yy, fit(garment_name(c.garment, lg), "Courier", 8, 110), "Courier", 8)
        r.text(rx + rw_ - 10, yy, money(c.price, lg), "Courier", 8, "right")
        yy += 24
        r.text(rx + 10, yy, tr(lg, "TOTAL", "SUMME", "TOTAL"), "Courier-Bold", 9)
        r.text(rx + rw_ - 10, yy, money(c.price, lg), "Courier-Bold", 9, "right")
        yy += 16
        r.text(rx + 10, yy, tr(lg, "CARD", "EC-KARTE", "CB"), "Courier", 8)
        r.text(
            rx + rw_ / 2,
            ry + rh - 20,
            tr(lg, "Thank you", "Vielen Dank", "Merci"),
            "Courier",
            8,
            "center",
        )
        pages.append(r)
    LAST["extra"] = c
    LAST["day"] = d
    return pages


def claim_of(rng: random.Random, kinds: tuple[str, ...], lost: bool = False) -> Claim:
    c = LAST["extra"]
    if after(kinds) and isinstance(c, Claim):
        return c
    return a_claim(rng, lost)


VERDICT = {
    "cleaner": (
        "Improper cleaning process (excessive mechanical action / temperature)",
        "Unsachgemäße Behandlung (zu hohe Mechanik / Temperatur)",
        "Traitement inadapté (action mécanique / température excessive)",
    ),
    "maker": (
        "Manufacturing defect: the garment does not withstand the process on its label",
        "Herstellungsmangel: das Teil ist nicht gemäß Etikett reinigungsbeständig",
        "Défaut de fabrication : l'article ne résiste pas au traitement de l'étiquette",
    ),
    "customer": (
        "Pre-existing damage from wear and use (abrasion, perspiration, deodorant)",
        "Vorschädigung durch Gebrauch (Scheuerstellen, Schweiß, Deo-Rückstände)",
        "Dommage antérieur dû à l'usage (frottements, transpiration, déodorant)",
    ),
    "none": (
        "No defect attributable to cleaning could be found",
        "Kein reinigungsbedingter Schaden feststellbar",
        "Aucun dommage imputable au nettoyage n'a été constaté",
    ),
}


def tpl_textile_test(rng: random.Random, who: Issuer) -> list[Page]:
    """A textile testing laboratory's report on a claimed garment: the details table, the
    complaint, the examination, the tests with fastness grades, the verdict with tick boxes for
    responsibility, the expert's signature and seal; a photo page and the laboratory's fee note
    behind. Now and then from a laboratory abroad, in its own language."""
    h = head_of(who, "lab", abroad=0.12)
    lg = h.lang
    c = claim_of(rng, ("garment_claim",))
    d = last_day(rng, ("garment_claim",), (10, 25))
    s = style_of(h, A4)
    w, hgt = s.page_size
    m = s.margin
    no = serial(rng, rng.choice(["TR 99-9999", "PB-9999/99", "RE 99 999"]))
    f = sheets(s, h, f"{h.name} - {tr(lg, 'Test report', 'Prüfbericht', 'Rapport')} {no}")
    recipient(
        f, s, h, office_lines(), d, [(tr(lg, "Report no.", "Prüfbericht-Nr.", "Rapport n°"), no)]
    )
    caption(
        f, s, tr(lg, "TEST REPORT", "PRÜFBERICHT / GUTACHTEN", "RAPPORT D'EXPERTISE TEXTILE"), 3
    )
    f.y = (
        pairs(
            f.page,
            s,
            m,
            f.y,
            [
                (tr(lg, "Client", "Auftraggeber", "Demandeur"), office_head().name),
                (tr(lg, "Your reference", "Ihr Zeichen", "Votre référence"), c.ticket),
                (
                    tr(lg, "Article", "Prüfgegenstand", "Article"),
                    f"{garment_name(c.garment, lg)}, {c.brand}, {c.colour}",
                ),
                (
                    tr(
                        lg,
                        "Fibre content (label)",
                        "Materialangabe (Etikett)",
                        "Composition (étiquette)",
                    ),
                    GARMENTS[c.garment][3],
                ),
                (tr(lg, "Received", "Eingang", "Reçu le"), short(d - timedelta(days=9), lg)),
            ],
            w * 0.8,
        )
        + 10
    )
    secs = [
        tr(lg, "1. Complaint", "1. Beanstandung", "1. Réclamation"),
        tr(lg, "2. Examination", "2. Befund", "2. Examen"),
    ]
    f.heading(m, secs[0], s.bold, s.size + 1)
    write(f, s, DAMAGE[lg][c.damage] + ". " + prose(rng, lg, "care", 1, 2))
    f.heading(m, secs[1], s.bold, s.size + 1)
    write(f, s, prose(rng, lg, "care", 2, 4))
    f.heading(m, tr(lg, "3. Tests", "3. Prüfungen", "3. Essais"), s.bold, s.size + 1)
    tests = [
        (
            tr(
                lg,
                "Colour fastness to dry cleaning",
                "Farbechtheit Chemischreinigung",
                "Solidité des teintures au nettoyage à sec",
            ),
            "ISO 105-D01",
            f"{rng.randint(2, 5)}",
            ">= 4",
        ),
        (
            tr(
                lg,
                "Dimensional change, dry cleaning",
                "Maßänderung Chemischreinigung",
                "Variation dimensionnelle",
            ),
            "ISO 3175-2",
            f"-{rng.randint(1, 9)},{rng.randint(0, 9)} %",
            "<= 3 %",
        ),
        (
            tr(lg, "Colour fastness to rubbing", "Reibechtheit", "Solidité au frottement"),
            "ISO 105-X12",
            f"{rng.randint(2, 5)}-{rng.randint(3, 5)}",
            ">= 3",
        ),
        (
            tr(
                lg,
                "Microscopy (fibre damage)",
                "Mikroskopie (Faserschädigung)",
                "Microscopie (fibres)",
            ),
            tr(lg, "internal", "Hausverfahren", "méthode interne"),
            rng.choice(["+", "-", "+/-"]),
            "-",
        ),
    ]
    table(
        f,
        columns(m, w - m, [(3.2, "left"), (1.4, "left"), (1, "center"), (1, "center")]),
        [
            tr(lg, "Test", "Prüfung", "Essai"),
            tr(lg, "Method", "Norm", "Méthode"),
            tr(lg, "Result", "Ergebnis", "Résultat"),
            tr(lg, "Requirement", "Anforderung", "Exigence"),
        ],
        [list(t) for t in tests[: rng.randint(2, 4)]],
        s,
        shade=0.88,
        rules=True,
    )
    f.heading(m, tr(lg, "4. Conclusion", "4. Beurteilung", "4. Conclusion"), s.bold, s.size + 1)
    write(f, s, tr(lg, *VERDICT[c.verdict]) + ". " + prose(rng, lg, "care", 1, 2))
    f.need(110)
    opts = [
        tr(lg, "Cleaner", "Reinigung", "Pressing"),
        tr(lg, "Manufacturer / retailer", "Hersteller / Handel", "Fabricant / vendeur"),
        tr(lg, "Customer (wear and use)", "Kunde (Gebrauch)", "Client (usage)"),
        tr(lg, "No defect", "Kein Mangel", "Aucun défaut"),
    ]
    f.page.text(
        m,
        f.y,
        tr(lg, "Responsibility:", "Verantwortlich:", "Responsabilité :"),
        s.bold,
        s.size - 0.5,
    )
    f.y = (
        ticks(
            f.page,
            s,
            m + 90,
            f.y,
            w - 2 * m - 90,
            opts,
            {["cleaner", "maker", "customer", "none"].index(c.verdict)},
            8.5,
        )
        + 16
    )
    expert = person(keyed(who, "expert"), lg)
    sign(f.page, m, f.y + 10, expert)
    f.page.text(
        m,
        f.y + 24,
        tr(
            lg,
            f"{expert}, textile technologist",
            f"Dipl.-Ing. {expert}, öffentlich bestellter Sachverständiger",
            f"{expert}, expert textile",
        ),
        s.font,
        s.size - 1,
    )
    seal(
        f.page,
        w - m - 70,
        f.y + 10,
        34,
        h.name.split(" - ")[0][:30],
        tr(lg, "Test laboratory", "Prüfstelle", "Laboratoire"),
    )
    f.y += 60
    pages = list(f.pages)
    p = Page(A4)
    yy = running_header(p, s, f"{h.name} - {no}") + 10
    p.text(m, yy, tr(lg, "Photographs", "Bildanhang", "Planche photographique"), s.bold, 11)
    yy += 16
    n = rng.choice([2, 3, 4])
    ph = (hgt - yy - m - 40) / n - 22
    for k in range(n):
        photo(p, m + 40, yy, w - 2 * m - 80, ph, rng)
        p.text(
            m + 40,
            yy + ph + 12,
            f"{tr(lg, 'Fig.', 'Abb.', 'Fig.')} {k + 1}: " + words(rng, lg, "care", 5),
            s.font,
            8,
        )
        yy += ph + 22
    pages.append(p)
    if rng.random() < 0.6:
        q = Page(A4)
        y = heading(q, s, h)
        y = window(q, s, None, y + 10, office_lines())
        y += 20
        q.text(m, y, tr(lg, "FEE NOTE", "KOSTENNOTE", "NOTE D'HONORAIRES"), s.bold, 12)
        fee = rng.choice([65.0, 85.0, 95.0, 120.0])
        y = pairs(
            q,
            s,
            m,
            y + 20,
            [
                (tr(lg, "Report", "Prüfbericht", "Rapport"), no),
                (
                    tr(
                        lg,
                        "Examination and tests",
                        "Begutachtung und Prüfungen",
                        "Examen et essais",
                    ),
                    cash(fee, lg),
                ),
                (tr(lg, "Return postage", "Rückversand", "Frais de retour"), cash(8.9, lg)),
                (
                    tr(
                        lg,
                        f"VAT {vat_rate(lg):g}%",
                        f"USt. {vat_rate(lg):g} %",
                        f"TVA {vat_rate(lg):g} %",
                    ),
                    cash((fee + 8.9) * vat_rate(lg) / 100, lg),
                ),
                (
                    tr(lg, "Total", "Gesamt", "Total TTC"),
                    cash((fee + 8.9) * (1 + vat_rate(lg) / 100), lg),
                ),
            ],
            w * 0.75,
            s.size,
        )
        text_lines(
            q,
            s,
            m,
            y + 16,
            w - 2 * m,
            tr(
                lg,
                "Payable within 14 days.",
                "Zahlbar innerhalb 14 Tagen ohne Abzug.",
                "Payable à 14 jours.",
            ),
            s.size - 1,
        )
        pages.append(q)
    pages = close(
        pages,
        s,
        h,
        numbers=h.numbers
        if h.numbers != "none"
        else "Page {i} of {n}"
        if lg == "en"
        else "Seite {i} von {n}"
        if lg == "de"
        else "Page {i}/{n}",
    )
    received(rng, pages[0], home(), d)
    LAST["extra"] = c
    LAST["day"] = d
    return pages


def tpl_claim_settlement(rng: random.Random, who: Issuer) -> list[Page]:
    """The business's letter to a customer about a claim or a lost item: the outcome, the
    depreciation table (price, age, expected life, value) and the offer, with a form of
    acceptance to sign and return on a second page or a tear-off slip; or a decline."""
    h = office_head()
    lg = h.lang
    c = claim_of(rng, ("textile_test", "lost_item_report", "garment_claim"))
    d = last_day(rng, ("textile_test", "lost_item_report", "garment_claim"), (2, 8))
    s = style_of(h, A4)
    w, hgt = s.page_size
    m = s.margin
    f = sheets(s, h)
    recipient(f, s, h, c.cust, d, [(tr(lg, "Our ref.", "Unser Zeichen", "Notre réf."), c.ticket)])
    pays = c.lost or c.verdict == "cleaner" or (c.verdict == "maker" and rng.random() < 0.3)
    caption(
        f,
        s,
        tr(
            lg,
            f"Your {garment_name(c.garment, lg).lower()} - ticket {c.ticket}",
            f"Ihre Reklamation {garment_name(c.garment, lg)} - Auftrag {c.ticket}",
            f"Votre réclamation - {garment_name(c.garment, lg)} - ticket {c.ticket}",
        ),
        0.5,
    )
    f.page.text(m, f.y, dear(lg, c.cust[0]), s.font, s.size)
    f.y += s.size * 2
    if c.lost:
        opening = tr(
            lg,
            "We are very sorry that despite a thorough search of both shops and our "
            "van we have not been able to find your garment.",
            "leider konnten wir Ihr Kleidungsstück trotz intensiver Suche in beiden "
            "Filialen nicht wiederfinden.",
            "Malgré des recherches approfondies dans nos deux magasins, nous n'avons pas "
            "retrouvé votre article, ce dont nous sommes sincèrement désolés.",
        )
    else:
        opening = (
            tr(
                lg,
                "We have now received the report of the independent laboratory on your "
                "garment. Its conclusion reads: ",
                "inzwischen liegt uns das Gutachten des neutralen Prüfinstituts vor. Es "
                "kommt zu folgendem Ergebnis: ",
                "Nous avons reçu le rapport du laboratoire indépendant. Sa conclusion est la "
                "suivante : ",
            )
            + tr(lg, *VERDICT[c.verdict])
            + "."
        )
    write(f, s, opening)
    pages: list[Page]
    if pays:
        age = max(1, (d - c.bought).days // 30)
        life = rng.choice([24, 36, 48, 60])
        pct = max(20, round(100 - 100 * age / life))
        offer = round(c.price * pct / 100, 2)
        write(
            f,
            s,
            tr(
                lg,
                "In line with the Fair Claims Guide we have calculated the value of "
                "the garment as follows:",
                "Nach den Richtlinien zur Schadensregulierung im Textilreinigungsgewerbe "
                "ergibt sich folgender Zeitwert:",
                "Conformément au barème de vétusté de la profession, la valeur de "
                "l'article s'établit comme suit :",
            ),
        )
        rows = [
            [tr(lg, "Purchase price", "Kaufpreis", "Prix d'achat"), cash(c.price, lg)],
            [tr(lg, "Date of purchase", "Kaufdatum", "Date d'achat"), short(c.bought, lg)],
            [tr(lg, "Age (months)", "Alter (Monate)", "Âge (mois)"), str(age)],
            [
                tr(lg, "Expected life (months)", "Lebensdauer (Monate)", "Durée de vie (mois)"),
                str(life),
            ],
            [tr(lg, "Remaining value", "Zeitwert in %", "Valeur résiduelle"), f"{pct} %"],
            [tr(lg, "Settlement", "Entschädigung", "Indemnité"), cash(offer, lg)],
        ]
        table(
            f, columns(m, w * 0.7, [(2.5, "left"), (1.2, "right")]), ["", ""], rows, s, rules=True
        )
        f.y += 6
        write(
            f,
            s,
            tr(
                lg,
                "Please sign and return the enclosed form of acceptance; we will then "
                "pay the amount by bank transfer or in cash at the shop.",
                "Bitte senden Sie uns die beigefügte Abfindungserklärung unterschrieben "
                "zurück; der Betrag wird dann überwiesen.",
                "Merci de nous retourner le reçu pour solde de tout compte ci-joint "
                "signé ; le montant vous sera ensuite versé par virement.",
            ),
        )
        regards(f, s, lg, worker("owner"), tr(lg, "Proprietor", "Inhaber", "Gérant"))
        slip = rng.random() < 0.4 and f.y < hgt - 230
        form = tr(lg, "FORM OF ACCEPTANCE", "ABFINDUNGSERKLÄRUNG", "REÇU POUR SOLDE DE TOUT COMPTE")
        body = tr(
            lg,
            f"I accept {cash(offer, lg)} in full and final settlement of my claim "
            f"concerning ticket {c.ticket}.",
            f"Ich erkläre mich mit einer Zahlung von {cash(offer, lg)} als Abfindung aller "
            f"Ansprüche aus Auftrag {c.ticket} einverstanden.",
            f"Je soussigné(e) reconnais avoir reçu la somme de {cash(offer, lg)} pour solde "
            f"de tout compte concernant le ticket {c.ticket}.",
        )
        signed = rng.random() < 0.5
        if slip:
            y = hgt - m - 170
            slip_rule(
                f.page,
                m,
                w - m,
                y,
                tr(lg, "Please detach and return", "Bitte abtrennen", "À détacher et à retourner"),
            )
            f.page.text(m, y + 22, form, s.bold, s.size + 1)
            y = text_lines(f.page, s, m, y + 40, w - 2 * m, body, s.size)
            sign_line(
                f.page,
                s,
                m,
                y + 40,
                200,
                tr(lg, "Signature", "Unterschrift", "Signature"),
                c.cust[0] if signed else "",
            )
            pages = f.pages
        else:
            p = Page(A4)
            y = m + 20
            p.text(w / 2, y, form, s.bold, 13, "center")
            y += 40
            for ln in c.cust:
                p.text(m, y, ln, s.font, s.size)
                y += s.size * 1.4
            y = text_lines(p, s, m, y + 20, w - 2 * m, body, s.size) + 10
            y = text_lines(p, s, m, y, w - 2 * m, prose(rng, lg, "legal", 1, 2), s.size - 1)
            p.text(m, y + 30, tr(lg, "Date:", "Datum:", "Date :"), s.font, s.size)
            if signed:
                hand(p, m + 40, y + 31, short(d + timedelta(days=rng.randint(2, 9)), lg))
            sign_line(
                p,
                s,
                m,
                y + 80,
                220,
                tr(lg, "Signature", "Unterschrift", "Signature précédée de « bon pour accord »"),
                c.cust[0] if signed else "",
            )
            pages = [*f.pages, p]
    else:
        write(
            f,
            s,
            tr(
                lg,
                "We therefore regret that we cannot accept liability. ",
                "Eine Haftung unsererseits besteht daher leider nicht. ",
                "Notre responsabilité ne peut donc être engagée. ",
            )
            + tr(
                lg,
                "A copy of the report is enclosed; you may wish to take it up with the retailer.",
                "Eine Kopie des Gutachtens liegt bei; bitte wenden Sie sich an Ihren Händler.",
                "Vous trouverez ci-joint une copie du rapport à présenter à votre vendeur.",
            )
            + " "
            + prose(rng, lg, "care", 0, 1),
        )
        regards(f, s, lg, worker("owner"), tr(lg, "Proprietor", "Inhaber", "Gérant"))
        pages = f.pages
    pages = close(pages, s, h, numbers="none")
    LAST["extra"] = c
    LAST["day"] = d
    return pages


def tpl_lost_item_report(rng: random.Random, who: Issuer) -> list[Page]:
    """The business's lost item report: the customer and ticket, what was handed in and what
    is missing, the value claimed, the shop's search record by hand (where, when, by whom) and
    the outcome ticks; now and then the copy of the customer's ticket stub behind."""
    h = office_head()
    lg = h.lang
    c = a_claim(rng, lost=True)
    d = some_day(rng)
    s = style_of(h, A4, pt=9)
    w, _ = s.page_size
    m = s.margin
    p = Page(A4)
    y = heading(p, s, h) if rng.random() < 0.6 else m
    p.text(m, y, tr(lg, "LOST ITEM REPORT", "VERLUSTMELDUNG", "DÉCLARATION DE PERTE"), s.bold, 14)
    y += 18
    y = fields(
        p,
        s,
        m,
        y,
        w - 2 * m,
        [
            (tr(lg, "Customer", "Kunde", "Client"), c.cust[0]),
            (tr(lg, "Telephone", "Telefon", "Téléphone"), serial(rng, "0999 999 9999")),
            (tr(lg, "Ticket no.", "Auftrags-Nr.", "N° de ticket"), c.ticket),
            (tr(lg, "Shop", "Filiale", "Magasin"), rng.choice([shop().row[1], shop().shop2[0]])),
            (
                tr(lg, "Handed in on", "Abgegeben am", "Déposé le"),
                short(d - timedelta(days=rng.randint(8, 30)), lg),
            ),
            (
                tr(lg, "Reported missing on", "Fehlen gemeldet am", "Perte signalée le"),
                short(d, lg),
            ),
        ],
        per=3,
    )
    y = band(
        p,
        s,
        y,
        tr(lg, "Items on the ticket", "Teile laut Auftragsschein", "Articles sur le ticket"),
    )
    y += 12
    n = rng.randint(2, 5)
    for k in range(n):
        g = c.garment if k == 0 else rng.randrange(len(GARMENTS))
        box(p, m + 4, y, k != 0, 8)
        hand(p, m + 20, y, f"{garment_name(g, lg)}, {rng.choice(COLOURS[lg])}", 9.5)
        if k == 0:
            p.text(w - m - 150, y, tr(lg, "MISSING", "FEHLT", "MANQUANT"), s.bold, 8)
        y += 15
    y += 4
    p.text(
        m,
        y,
        tr(
            lg,
            "Value claimed by customer:",
            "Vom Kunden angegebener Wert:",
            "Valeur déclarée par le client :",
        ),
        s.font,
        8.5,
    )
    hand(p, m + 170, y + 1, cash(c.price, lg), 10)
    y += 20
    y = band(p, s, y, tr(lg, "Search record", "Suchprotokoll", "Recherches effectuées"))
    y += 6
    where = [
        tr(lg, "Shop 1 - rails and racks", "Filiale 1 - Stangen", "Magasin 1 - portants"),
        tr(lg, "Shop 2 - rails and racks", "Filiale 2 - Stangen", "Magasin 2 - portants"),
        tr(lg, "Van", "Lieferwagen", "Camionnette"),
        tr(lg, "Hotel linen returns", "Hotelwäsche", "Linge hôtels"),
        tr(
            lg,
            "Other customers' orders same day",
            "Aufträge desselben Tages",
            "Commandes du même jour",
        ),
        tr(lg, "Alterations room", "Änderungsschneiderei", "Atelier retouches"),
    ]
    xs = [m, m + 80, m + 290, m + 390, w - m]
    heads = [
        tr(lg, "Date", "Datum", "Date"),
        tr(lg, "Checked", "Geprüft", "Vérifié"),
        tr(lg, "By", "Von", "Par"),
        tr(lg, "Result", "Ergebnis", "Résultat"),
    ]
    grid_row(p, xs, y, 16)
    for x, t in zip(xs, heads, strict=False):
        p.text(x + 3, y + 11, t, s.bold, 8)
    y += 16
    staff = [worker("manager"), worker("presser1"), worker("driver"), worker("seamstress")]
    for k in range(rng.randint(3, 6)):
        grid_row(p, xs, y, 17)
        hand(p, xs[0] + 3, y + 12, short(d + timedelta(days=k // 2), lg)[:5], 9)
        hand(p, xs[1] + 3, y + 12, where[k % len(where)], 8.5, xs[2] - xs[1] - 6)
        hand(p, xs[2] + 3, y + 12, rng.choice(staff).split()[0], 9)
        hand(p, xs[3] + 3, y + 12, tr(lg, "not found", "nicht da", "rien"), 9)
        y += 17
    y += 14
    outcome = [
        tr(lg, "Found and returned", "Gefunden, ausgehändigt", "Retrouvé et rendu"),
        tr(
            lg,
            "Not found - compensation",
            "Nicht gefunden - Entschädigung",
            "Non retrouvé - indemnisation",
        ),
        tr(lg, "Refer to insurer", "An Versicherung", "Transmis à l'assureur"),
    ]
    p.text(m, y, tr(lg, "Outcome:", "Ergebnis:", "Suite donnée :"), s.bold, 9)
    y = ticks(p, s, m + 70, y, w - 2 * m - 70, outcome, {1 if rng.random() < 0.8 else 2}, 8.5)
    y += 24
    sign_line(p, s, m, y, 180, tr(lg, "Customer", "Kunde", "Client"), c.cust[0])
    sign_line(
        p,
        s,
        w - m - 180,
        y,
        180,
        tr(lg, "Shop manager", "Filialleitung", "Responsable"),
        worker("manager"),
    )
    pages = [p]
    if rng.random() < 0.35:
        q = Page(A4)
        copier_edge(q, rng)
        tx, ty = w / 2 - 110, 120
        q.rect(tx, ty, 220, 150)
        q.text(tx + 110, ty + 18, office_head().name, "Helvetica-Bold", 9, "center")
        q.text(tx + 10, ty + 48, tr(lg, "No.", "Nr.", "N°"), "Helvetica", 9)
        q.text(tx + 40, ty + 52, c.ticket, "Helvetica-Bold", 18)
        hand(q, tx + 10, ty + 80, f"{n} {tr(lg, 'items', 'Teile', 'articles')}", 10)
        hand(
            q,
            tx + 10,
            ty + 100,
            tr(lg, "ready", "fertig", "prêt le")
            + " "
            + short(d - timedelta(days=rng.randint(3, 20)), lg),
            10,
        )
        q.text(
            tx + 110,
            ty + 138,
            tr(lg, "Please bring this ticket", "Bitte Schein mitbringen", "Ticket à présenter"),
            "Helvetica",
            7,
            "center",
        )
        pages.append(q)
    LAST["extra"] = c
    LAST["day"] = d
    return pages


ALTERATIONS = {
    "en": [
        "Shorten trousers",
        "Take in waist",
        "Let out waist",
        "Shorten sleeves",
        "Replace zip",
        "Taper legs",
        "Shorten dress / skirt",
        "Repair seam / tear",
        "Replace lining",
        "Sew on buttons",
    ],
    "de": [
        "Hose kürzen",
        "Bund enger",
        "Bund weiter",
        "Ärmel kürzen",
        "Reißverschluss neu",
        "Beine enger",
        "Kleid / Rock kürzen",
        "Naht / Riss reparieren",
        "Futter erneuern",
        "Knöpfe annähen",
    ],
    "fr": [
        "Ourlet pantalon",
        "Reprendre la taille",
        "Élargir la taille",
        "Raccourcir manches",
        "Changer fermeture",
        "Fuseler jambes",
        "Raccourcir robe / jupe",
        "Réparer couture",
        "Changer doublure",
        "Coudre boutons",
    ],
}
ALT_PRICE = [12, 14, 15, 18, 22, 16, 20, 8, 45, 5]


def tpl_alteration_ticket(rng: random.Random, who: Issuer) -> list[Page]:
    """The business's alteration ticket on a narrow slip or A6: number, customer, garment, the
    work ticked with the pinned measurements, price, ready date and the seamstress's initials,
    with the customer's tear-off stub at the foot."""
    h = office_head()
    lg = h.lang
    size = SLIP if keyed(who, "alt").random() < 0.6 else A6
    s = style_of(h, size, margin=14, pt=7.5)
    w, hgt = size
    m = s.margin
    p = Page(size)
    prev = LAST["extra"]
    no = (
        prev + rng.randint(1, 7)
        if after(("alteration_ticket",)) and isinstance(prev, int)
        else rng.randint(2000, 9800)
    )
    d = last_day(rng, ("alteration_ticket",), (0, 3))
    y = heading(p, s, h) + 2
    p.text(m, y, tr(lg, "ALTERATIONS", "ÄNDERUNGSAUFTRAG", "RETOUCHES"), s.bold, 10)
    p.text(w - m, y + 2, f"{no}", "Helvetica-Bold", 15, "right")
    y += 16
    cust = person(rng, lg)
    for lab, val in (
        (tr(lg, "Name", "Name", "Nom"), mx(cust, lg)),
        (tr(lg, "Tel.", "Tel.", "Tél."), serial(rng, "07999 999999")),
        (tr(lg, "In", "Annahme", "Dépôt"), short(d, lg)),
    ):
        p.text(m, y, lab, s.font, 7)
        p.line(m + 34, y + 2, w - m, y + 2)
        hand(p, m + 36, y, val, 8.5, w - 2 * m - 38)
        y += 14
    g = rng.choice([7, 0, 9, 2, 1, 5])
    p.text(m, y, tr(lg, "Garment", "Teil", "Article"), s.font, 7)
    hand(p, m + 36, y, garment_name(g, lg), 8.5, w - 2 * m - 38)
    y += 14
    on = set(rng.sample(range(len(ALTERATIONS[lg])), rng.randint(1, 2)))
    price = 0
    for k, t in enumerate(ALTERATIONS[lg]):
        if y > hgt - 150:
            break
        box(p, m, y, k in on, 7)
        p.text(m + 11, y, fit(t, s.font, 7, w * 0.55), s.font, 7)
        if k in on:
            price += ALT_PRICE[k]
            hand(p, w - m - 40, y, rng.choice(["-3 cm", "+2 cm", "-1.5", "L 78", "W 84", "x4"]), 8)
        y += 10.5
    y += 4
    p.text(m, y, tr(lg, "Price", "Preis", "Prix"), s.bold, 8)
    hand(p, m + 36, y, cash(price, lg), 10)
    p.text(w / 2 + 4, y, tr(lg, "Ready", "Fertig", "Prêt le"), s.bold, 8)
    ready = d + timedelta(days=rng.randint(3, 10))
    hand(p, w / 2 + 36, y, short(ready, lg)[:5], 10)
    y += 14
    p.text(m, y, tr(lg, "Fitted by", "Abgesteckt", "Épinglé par"), s.font, 7)
    hand(p, m + 44, y, "".join(t[0] for t in worker("seamstress").split()), 9)
    if rng.random() < 0.5:
        p.text(w / 2 + 4, y, tr(lg, "Paid", "Bezahlt", "Payé"), s.font, 7)
        hand(p, w / 2 + 30, y, rng.choice(["X", cash(price, lg)]), 9)
    sy = hgt - 78
    slip_rule(p, 4, w - 4, sy, tr(lg, "customer stub", "Kundenabschnitt", "talon client"))
    p.text(m, sy + 16, h.name, s.bold, 7.5)
    p.text(w - m, sy + 20, f"{no}", "Helvetica-Bold", 14, "right")
    p.text(m, sy + 32, tr(lg, "Ready", "Abholbereit ab", "Prêt le"), s.font, 7)
    hand(p, m + 60, sy + 32, short(ready, lg), 9)
    p.text(m, sy + 46, tr(lg, "Price", "Preis", "Prix"), s.font, 7)
    hand(p, m + 60, sy + 46, cash(price, lg), 9)
    p.text(
        m,
        sy + 62,
        fit(
            tr(
                lg,
                "Uncollected items may be disposed of after 90 days.",
                "Nicht abgeholte Teile werden nach 3 Monaten verwertet.",
                "Articles non retirés sous 1 an : voir conditions.",
            ),
            s.font,
            5.5,
            w - 2 * m,
        ),
        s.font,
        5.5,
    )
    remember(d, no)
    return [p]


def tpl_uncollected_notice(rng: random.Random, who: Issuer) -> list[Page]:
    """The business's notice to a customer about garments not collected: the ticket, the date
    left, the items and the charges due, the legal notice (Torts (Interference with Goods) Act,
    the shop's terms, the law of 31 December 1903) and the last date; A5 or A4."""
    h = office_head()
    lg = h.lang
    size = A5 if keyed(who, "un").random() < 0.5 else A4
    s = style_of(h, size, margin=36 if size == A5 else 0, pt=8.5 if size == A5 else 0)
    w, _ = size
    m = s.margin
    d = last_day(rng, ("uncollected_notice",), (0, 0))
    f = sheets(s, h)
    cust = customer(rng, lg)
    ticket = serial(rng, "99999")
    left = d - timedelta(days=rng.randint(95, 400))
    recipient(f, s, h, cust, d, [(tr(lg, "Ticket", "Auftrag", "Ticket"), ticket)])
    caption(
        f,
        s,
        tr(
            lg,
            "NOTICE OF INTENTION TO DISPOSE OF UNCOLLECTED GOODS",
            "Letzte Aufforderung zur Abholung",
            "Mise en demeure - objets non retirés",
        ),
        0.5,
    )
    f.page.text(m, f.y, dear(lg, cust[0]), s.font, s.size)
    f.y += s.size * 2
    items = rng.sample(range(len(GARMENTS)), rng.randint(1, 3))
    due = sum(rng.choice([6.5, 9.0, 12.5, 18.0, 24.0]) for _ in items)
    write(
        f,
        s,
        tr(
            lg,
            f"On {day(h, left)} you left the following items with us for cleaning. "
            "They have been ready for collection since then:",
            f"am {day(h, left)} haben Sie uns folgende Teile zur Reinigung übergeben. "
            "Sie liegen seitdem zur Abholung bereit:",
            f"Le {day(h, left)}, vous nous avez confié les articles suivants, qui sont "
            "prêts depuis cette date :",
        ),
    )
    for g in items:
        write(f, s, f"- {garment_name(g, lg)}", indent=14)
    write(
        f,
        s,
        tr(
            lg,
            f"Amount outstanding: {cash(due, lg)}",
            f"Offener Betrag: {cash(due, lg)}",
            f"Montant restant dû : {cash(due, lg)}",
        ),
    )
    last = d + timedelta(days=rng.choice([14, 28, 30]))
    write(
        f,
        s,
        tr(
            lg,
            "In accordance with Schedule 1 of the Torts (Interference with Goods) Act "
            f"1977 we give you notice that unless the goods are collected and the charges "
            f"paid by {day(h, last)}, we intend to sell or dispose of them.",
            "Gemäß Ziffer 7 unserer Geschäftsbedingungen fordern wir Sie auf, die Teile "
            f"bis zum {day(h, last)} abzuholen. Danach werden sie einer gemeinnützigen "
            "Einrichtung übergeben.",
            "En application de la loi du 31 décembre 1903 relative à la vente de certains "
            f"objets abandonnés, nous vous prions de retirer ces articles avant le "
            f"{day(h, last)}, faute de quoi nous en demanderons la vente.",
        ),
    )
    regards(f, s, lg, worker("manager"), tr(lg, "Shop manager", "Filialleitung", "Responsable"))
    pages = close(f.pages, s, h, numbers="none")
    if rng.random() < 0.3:
        hand(pages[0], w - m - 120, m + 120, tr(lg, "2nd letter", "2. Mahnung", "2e lettre"), 11)
    remember(d)
    return pages


# ---------------------------------------------------------------------------------------------
# Templates UUUU: solvents and supplies
# ---------------------------------------------------------------------------------------------

#: Supplies: English, German, French name, unit price (GBP), product key for its data sheet.
SUPPLIES = [
    (
        "Hydrocarbon dry cleaning solvent, 200 L drum",
        "KWL-Lösemittel, 200-l-Fass",
        "Solvant hydrocarbure nettoyage à sec, fût 200 L",
        465.0,
        "hc",
    ),
    (
        "Perchloroethylene, stabilised, 35 kg",
        "Perchlorethylen stabilisiert, 35 kg",
        "Tétrachloroéthylène stabilisé, 35 kg",
        118.0,
        "per",
    ),
    (
        "Cleaning booster detergent, 25 L",
        "Reinigungsverstärker, 25 l",
        "Renforçateur de nettoyage, 25 L",
        96.0,
        "det",
    ),
    (
        "Spotting agent protein stains, 1 L",
        "Detachiermittel Eiweiß, 1 l",
        "Détachant protéines, 1 L",
        13.9,
        "spot",
    ),
    (
        "Spotting agent tannin / coffee, 1 L",
        "Detachiermittel Gerbstoff, 1 l",
        "Détachant tanins, 1 L",
        13.9,
        "spot",
    ),
    ("Rust remover, 1 L", "Rostentferner, 1 l", "Antirouille, 1 L", 17.5, "spot"),
    (
        "Laundry detergent powder, 20 kg",
        "Vollwaschmittel, 20 kg",
        "Lessive poudre, 20 kg",
        54.0,
        "det",
    ),
    ("Oxygen bleach, 10 kg", "Sauerstoffbleiche, 10 kg", "Blanchiment oxygéné, 10 kg", 38.0, ""),
    (
        "Wire hangers 16 in, box of 500",
        "Drahtbügel 40 cm, Karton 500",
        "Cintres fil 40 cm, carton 500",
        36.0,
        "",
    ),
    (
        "Shirt hangers with card, box of 500",
        "Hemdenbügel mit Karton, 500 St.",
        "Cintres chemise carton, 500 p.",
        44.0,
        "",
    ),
    (
        "Poly garment covers 110 cm, roll",
        "Folienhüllen 110 cm, Rolle",
        "Housses plastique 110 cm",
        41.0,
        "",
    ),
    (
        "Numbered tags, 5 colours x 1000",
        "Nummernetiketten 5 Farben x 1000",
        "Étiquettes numérotées 5 coul. x 1000",
        9.5,
        "",
    ),
    (
        "Filter cartridges (set of 2)",
        "Filterpatronen (2 St.)",
        "Cartouches filtrantes (x2)",
        64.0,
        "",
    ),
    ("Drum deposit", "Fasspfand", "Consigne fût", 35.0, ""),
]


def tpl_solvent_invoice(rng: random.Random, who: Issuer) -> list[Page]:
    """A solvent and detergent supplier's invoice: customer and delivery note numbers, the
    delivery address (one of the two shops), solvent in drums with the drum deposit and a
    credit for returned drums, detergents, spotting agents, hangers and covers, the ADR note for
    the solvent, VAT and terms; now and then the conditions of sale on a second page."""
    h = head_of(who, "supplier", abroad=0.05)
    lg = h.lang
    s = style_of(h, A4 if lg != "en" or keyed(who, "lt").random() < 0.8 else LETTER)
    w, hgt = s.page_size
    m = s.margin
    d = last_day(rng, ("solvent_invoice",), (5, 16))
    no = serial(rng, keyed(who, "no").choice(["RE-99999", "INV 999999", "FA99-9999", "9999999"]))
    f = sheets(s, h, f"{h.name} - {tr(lg, 'Invoice', 'Rechnung', 'Facture')} {no}")
    recipient(
        f,
        s,
        h,
        office_lines(),
        d,
        [
            (tr(lg, "Invoice", "Rechnung", "Facture"), no),
            (
                tr(lg, "Customer no.", "Kunden-Nr.", "Code client"),
                serial(keyed(who, "c"), "K99999"),
            ),
            (tr(lg, "Delivery note", "Lieferschein", "BL n°"), serial(rng, "LS999999")),
        ],
    )
    caption(f, s, tr(lg, "INVOICE", "RECHNUNG", "FACTURE"), 4)
    addr = rng.choice([shop().row[1] + ", " + shop().row[2], ", ".join(shop().shop2)])
    write(f, s, tr(lg, "Delivered to: ", "Lieferanschrift: ", "Livré à : ") + addr, s.size - 1)
    solvent = 1 if lg == "de" and keyed(who, "per").random() < 0.4 else 0
    picks = [solvent] if rng.random() < 0.7 else []
    picks += rng.sample(range(2, 13), rng.randint(2, 7))
    rows = []
    net = 0.0
    for k in picks:
        q = rng.randint(1, 3) if k < 2 else rng.randint(1, 12)
        pr = SUPPLIES[k][3] * (1.0 if lg == "en" else 1.18)
        net += q * pr
        rows.append(
            [
                serial(keyed(who, f"a{k}"), "99-999"),
                tr(lg, *SUPPLIES[k][:3]),
                str(q),
                money(pr, lg),
                money(q * pr, lg),
            ]
        )
        if k < 2:
            dep = SUPPLIES[13][3]
            net += q * dep
            rows.append(["", tr(lg, *SUPPLIES[13][:3]), str(q), money(dep, lg), money(q * dep, lg)])
            if rng.random() < 0.6:
                back = rng.randint(1, 3)
                net -= back * dep
                rows.append(
                    [
                        "",
                        tr(
                            lg, "Returned drums credited", "Leerfass-Rücknahme", "Fûts vides repris"
                        ),
                        str(-back),
                        money(dep, lg),
                        money(-back * dep, lg),
                    ]
                )
    table(
        f,
        columns(
            m, w - m, [(0.9, "left"), (4, "left"), (0.6, "right"), (1.1, "right"), (1.2, "right")]
        ),
        [
            tr(lg, "Art. no.", "Art.-Nr.", "Réf."),
            tr(lg, "Description", "Bezeichnung", "Désignation"),
            tr(lg, "Qty", "Menge", "Qté"),
            tr(lg, "Price", "Einzelpreis", "P.U. HT"),
            tr(lg, "Amount", "Gesamt", "Montant HT"),
        ],
        rows,
        s,
        shade=0.9 if rng.random() < 0.5 else None,
    )
    totals(f, s, lg, round(net, 2), vat_rate(lg))
    if picks and picks[0] < 2:
        write(
            f,
            s,
            (
                "UN 1268 PETROLEUM DISTILLATES, N.O.S., 3, III"
                if picks[0] == 0
                else "UN 1897 TETRACHLOROETHYLENE, 6.1, III, (E)"
            )
            + " - "
            + tr(
                lg,
                "carried under ADR 1.1.3.6",
                "Beförderung nach ADR 1.1.3.6",
                "transport selon ADR 1.1.3.6",
            ),
            s.size - 1.5,
        )
    write(
        f,
        s,
        tr(
            lg,
            "Terms: 30 days net. Safety data sheets available on request or at our website.",
            "Zahlbar innerhalb 30 Tagen netto. Sicherheitsdatenblätter erhalten Sie auf Anfrage.",
            "Paiement à 30 jours. Les fiches de données de sécurité sont disponibles sur demande.",
        ),
        s.size - 1,
    )
    pages = close(f.pages, s, h)
    if keyed(who, "terms").random() < 0.4:
        heads = [
            tr(lg, t[0], t[1], t[2])
            for t in (
                ("Scope", "Geltungsbereich", "Champ d'application"),
                ("Offers and orders", "Angebote und Bestellungen", "Offres et commandes"),
                ("Prices", "Preise", "Prix"),
                ("Delivery", "Lieferung", "Livraison"),
                ("Returnable containers", "Leihgebinde", "Emballages consignés"),
                ("Retention of title", "Eigentumsvorbehalt", "Réserve de propriété"),
                ("Warranty", "Gewährleistung", "Garantie"),
                ("Liability", "Haftung", "Responsabilité"),
                ("Jurisdiction", "Gerichtsstand", "Juridiction"),
            )
        ]
        pages.append(
            small_print(
                rng,
                s,
                h,
                tr(
                    lg,
                    "Conditions of Sale",
                    "Allgemeine Verkaufs- und Lieferbedingungen",
                    "Conditions générales de vente",
                ),
                heads,
            )
        )
    received(rng, pages[0], home(), d)
    if rng.random() < 0.3:
        hand(
            pages[0],
            m + 10,
            hgt - m - 40,
            tr(home(), "paid", "bez.", "réglé")
            + " "
            + short(d + timedelta(days=rng.randint(5, 25)), home()),
            11,
        )
    key = SUPPLIES[picks[0]][4] if SUPPLIES[picks[0]][4] else "det"
    remember(d, key)
    return pages


#: Products of the data sheets: names, CAS, hazard statements, pictograms, UN number.
PRODUCTS = {
    "hc": (
        "HydroClean DS 190",
        "Hydrocarbons, C10-C13, n-alkanes, isoalkanes, cyclics, <2% aromatics",
        "64742-48-9",
        ["H304", "EUH066"],
        ["GHS08"],
        "-",
    ),
    "per": (
        "Perclene DC stabilised",
        "Tetrachloroethylene",
        "127-18-4",
        ["H315", "H317", "H336", "H351", "H411"],
        ["GHS07", "GHS08", "GHS09"],
        "UN 1897",
    ),
    "det": (
        "Klarex Booster Plus",
        "Alcohols, C12-14, ethoxylated; 2-propanol",
        "68439-50-9",
        ["H226", "H318", "H336"],
        ["GHS02", "GHS05", "GHS07"],
        "UN 1993",
    ),
    "spot": (
        "SpotAway Protein",
        "Propane-1,2-diol; proteolytic enzymes (subtilisin)",
        "9014-01-1",
        ["H315", "H319", "H334"],
        ["GHS07", "GHS08"],
        "-",
    ),
}
H_TEXT = {
    "H226": (
        "Flammable liquid and vapour.",
        "Flüssigkeit und Dampf entzündbar.",
        "Liquide et vapeurs inflammables.",
    ),
    "H304": (
        "May be fatal if swallowed and enters airways.",
        "Kann bei Verschlucken und Eindringen in die Atemwege tödlich sein.",
        "Peut être mortel en cas d'ingestion et de pénétration dans les voies respiratoires.",
    ),
    "H315": (
        "Causes skin irritation.",
        "Verursacht Hautreizungen.",
        "Provoque une irritation cutanée.",
    ),
    "H317": (
        "May cause an allergic skin reaction.",
        "Kann allergische Hautreaktionen verursachen.",
        "Peut provoquer une allergie cutanée.",
    ),
    "H318": (
        "Causes serious eye damage.",
        "Verursacht schwere Augenschäden.",
        "Provoque de graves lésions des yeux.",
    ),
    "H319": (
        "Causes serious eye irritation.",
        "Verursacht schwere Augenreizung.",
        "Provoque une sévère irritation des yeux.",
    ),
    "H334": (
        "May cause allergy or asthma symptoms if inhaled.",
        "Kann bei Einatmen Allergie, asthmaartige Symptome oder Atembeschwerden verursachen.",
        "Peut provoquer des symptômes allergiques ou d'asthme par inhalation.",
    ),
    "H336": (
        "May cause drowsiness or dizziness.",
        "Kann Schläfrigkeit und Benommenheit verursachen.",
        "Peut provoquer somnolence ou vertiges.",
    ),
    "H351": (
        "Suspected of causing cancer.",
        "Kann vermutlich Krebs erzeugen.",
        "Susceptible de provoquer le cancer.",
    ),
    "H411": (
        "Toxic to aquatic life with long lasting effects.",
        "Giftig für Wasserorganismen, mit langfristiger Wirkung.",
        "Toxique pour les organismes aquatiques, entraîne des effets à long terme.",
    ),
    "EUH066": (
        "Repeated exposure may cause skin dryness or cracking.",
        "Wiederholter Kontakt kann zu spröder oder rissiger Haut führen.",
        "L'exposition répétée peut provoquer dessèchement ou gerçures de la peau.",
    ),
}
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


def pictogram(p: Page, x: float, y: float, code: str, k: float = 26) -> None:
    """A GHS pictogram: a diamond frame with its code inside."""
    cx, cy = x + k, y + k
    pts = [(cx, y), (x + 2 * k, cy), (cx, y + 2 * k), (x, cy), (cx, y)]
    for (x1, y1), (x2, y2) in itertools.pairwise(pts):
        p.line(x1, y1, x2, y2)
    sym = {"GHS02": "FLAME", "GHS05": "CORR", "GHS07": "!", "GHS08": "HEALTH", "GHS09": "ENV"}
    t = sym.get(code, "?")
    p.text(cx, cy + 3, t, "Helvetica-Bold", 11 if t == "!" else 6, "center")
    p.text(cx, y + 2 * k + 9, code, "Helvetica", 6, "center")


def tpl_safety_data_sheet(rng: random.Random, who: Issuer) -> list[Page]:
    """A manufacturer's safety data sheet for a solvent, detergent or spotting agent in its
    sixteen sections: a running header with the product, version and revision date on every
    page, the pictograms and hazard statements, the composition, exposure limits and properties
    tables, 'Page i of n' at the foot. Now and then from a maker abroad, in its own language."""
    h = head_of(who, "maker", abroad=0.25)
    lg = h.lang
    key = LAST["extra"] if after(("solvent_invoice",)) and LAST["extra"] in PRODUCTS else None
    if key is None:
        key = keyed(who, "prod").choice(sorted(PRODUCTS))
        if after(("safety_data_sheet",)) and LAST["extra"] == key:
            key = rng.choice([k for k in sorted(PRODUCTS) if k != key])
    key = str(key)
    name, chem, cas, hs, pics, un = PRODUCTS[key]
    d = date(month().year - rng.randint(0, 3), rng.randint(1, 12), rng.randint(1, 28))
    ver = f"{rng.randint(1, 9)}.{rng.randint(0, 9)}"
    s = style_of(h, A4, margin=48, pt=8.5)
    w, hgt = s.page_size
    m = s.margin
    reg = tr(
        lg,
        "Safety data sheet according to Regulation (EC) No 1907/2006 (REACH), Annex II",
        "Sicherheitsdatenblatt gemäß Verordnung (EG) Nr. 1907/2006 (REACH), Anhang II",
        "Fiche de données de sécurité conforme au règlement (CE) n° 1907/2006, annexe II",
    )
    if lg == "en" and rng.random() < 0.6:
        reg = "Safety data sheet according to UK REACH (SI 2019/758), Annex II as amended"

    def start(p: Page, n: int) -> float:
        p.rect(m, 26, w - 2 * m, 34)
        p.text(m + 6, 38, fit(reg, s.font, 7, w - 2 * m - 130), s.font, 7)
        p.text(m + 6, 52, name, s.bold, 10)
        p.text(
            w - m - 6, 38, f"{tr(lg, 'Version', 'Version', 'Version')} {ver}", s.font, 7, "right"
        )
        p.text(
            w - m - 6,
            52,
            f"{tr(lg, 'Revised', 'Überarbeitet am', 'Révision')}: {short(d, lg)}",
            s.font,
            7,
            "right",
        )
        return 80.0

    f = Sheets((w, hgt), hgt - 60, start)
    for k, title in enumerate(SDS_SECTIONS[lg], 1):
        f.need(40)
        f.page.rect(m, f.y - 10, w - 2 * m, 14, fill=0.85)
        f.page.text(
            m + 4,
            f.y,
            fit(
                f"{tr(lg, 'SECTION', 'ABSCHNITT', 'RUBRIQUE')} {k}: {title}",
                s.bold,
                8.5,
                w - 2 * m - 8,
            ),
            s.bold,
            8.5,
        )
        f.y += 16
        if k == 1:
            f.y = (
                pairs(
                    f.page,
                    s,
                    m,
                    f.y,
                    [
                        (
                            "1.1 "
                            + tr(
                                lg,
                                "Product identifier",
                                "Produktidentifikator",
                                "Identificateur de produit",
                            ),
                            name,
                        ),
                        (
                            "1.2 " + tr(lg, "Relevant uses", "Verwendungen", "Utilisations"),
                            tr(
                                lg,
                                "Professional textile cleaning",
                                "Gewerbliche Textilreinigung",
                                "Nettoyage professionnel des textiles",
                            ),
                        ),
                        (
                            "1.3 " + tr(lg, "Supplier", "Lieferant", "Fournisseur"),
                            f"{h.name}, {h.town}",
                        ),
                        (
                            "1.4 "
                            + tr(lg, "Emergency telephone", "Notrufnummer", "Numéro d'urgence"),
                            serial(rng, "+99 999 999 9999"),
                        ),
                    ],
                    w - m,
                )
                + 6
            )
            continue
        if k == 2:
            f.need(80)
            for j, code in enumerate(pics):
                pictogram(f.page, m + j * 66, f.y, code)
            f.y += 80
            f.page.text(
                m,
                f.y,
                tr(lg, "Signal word: ", "Signalwort: ", "Mention d'avertissement : ")
                + tr(lg, "Danger", "Gefahr", "Danger"),
                s.bold,
                s.size,
            )
            f.y += 14
            for code in hs:
                write(f, s, f"{code} {tr(lg, *H_TEXT[code])}", indent=10)
        if k == 3:
            table(
                f,
                columns(m, w - m, [(3, "left"), (1.3, "left"), (1.3, "left"), (1, "right")]),
                [
                    tr(lg, "Component", "Bestandteil", "Composant"),
                    "CAS",
                    "EC",
                    tr(lg, "Conc. %", "Gew.-%", "% poids"),
                ],
                [
                    [
                        chem.split(";")[0],
                        cas,
                        serial(rng, "999-999-9"),
                        rng.choice(["> 90", "50-100", "10-25", "1-5"]),
                    ],
                    [
                        chem.split(";")[-1].strip(),
                        serial(rng, "99-99-9"),
                        serial(rng, "999-999-9"),
                        "< 5",
                    ],
                ],
                s,
                rules=True,
            )
        if k == 8:
            table(
                f,
                columns(m, w - m, [(3, "left"), (1.2, "right"), (1.2, "right"), (1.5, "center")]),
                [
                    tr(lg, "Substance", "Stoff", "Substance"),
                    "TWA",
                    "STEL",
                    tr(lg, "Source", "Quelle", "Source"),
                ],
                [
                    [
                        chem.split(";")[0][:40],
                        f"{rng.choice([20, 50, 138, 1200])} mg/m³",
                        f"{rng.choice([40, 100, 275, 2400])} mg/m³",
                        tr(lg, "EH40/2005", "TRGS 900", "INRS ED 984"),
                    ]
                ],
                s,
                rules=True,
            )
        if k == 9:
            f.need(90)
            f.y = (
                pairs(
                    f.page,
                    s,
                    m,
                    f.y,
                    [
                        (
                            tr(lg, "Appearance", "Aussehen", "Aspect"),
                            tr(lg, "clear liquid", "klare Flüssigkeit", "liquide limpide"),
                        ),
                        (
                            tr(lg, "Odour", "Geruch", "Odeur"),
                            tr(lg, "characteristic", "charakteristisch", "caractéristique"),
                        ),
                        (
                            tr(lg, "Boiling range", "Siedebereich", "Intervalle d'ébullition"),
                            f"{rng.randint(120, 200)}-{rng.randint(200, 260)} °C",
                        ),
                        (
                            tr(lg, "Flash point", "Flammpunkt", "Point d'éclair"),
                            f"{rng.randint(38, 64)} °C" if key != "per" else "-",
                        ),
                        (
                            tr(lg, "Density (20 °C)", "Dichte (20 °C)", "Densité (20 °C)"),
                            f"{rng.uniform(0.75, 1.62):.2f} g/cm³",
                        ),
                    ],
                    w * 0.75,
                )
                + 4
            )
        if k == 14:
            table(
                f,
                columns(m, w - m, [(2, "left"), (1.5, "left"), (1.5, "left"), (1.5, "left")]),
                ["", "ADR/RID", "IMDG", "IATA"],
                [
                    [tr(lg, "UN number", "UN-Nummer", "Numéro ONU"), un, un, un],
                    [
                        tr(lg, "Packing group", "Verpackungsgruppe", "Groupe d'emballage"),
                        "III" if un != "-" else "-",
                        "III" if un != "-" else "-",
                        "-",
                    ],
                ],
                s,
            )
        for j in range(rng.randint(1, 3)):
            sub = f"{k}.{j + 1} "
            write(f, s, sub + prose(rng, lg, "env", 1, 3))
    pages = f.pages
    n = len(pages)
    for i, p in enumerate(pages, 1):
        p.line(m, hgt - 44, w - m, hgt - 44)
        p.text(m, hgt - 34, fit(h.name, s.font, 7, w / 2), s.font, 7)
        lab = tr(lg, f"Page {i} of {n}", f"Seite {i} von {n}", f"Page {i}/{n}")
        p.text(w - m, hgt - 34, lab, s.font, 7, "right")
    remember(last_day(rng, ("solvent_invoice", "safety_data_sheet"), (0, 0)), key)
    return pages


# ---------------------------------------------------------------------------------------------
# Templates UUUU: emissions, permits and waste
# ---------------------------------------------------------------------------------------------

CHECKS = {
    "en": [
        "Permit displayed and conditions understood",
        "Solvent consumption records kept",
        "Weekly leak checks recorded",
        "Machine door seals in good condition",
        "Solvent stored in closed containers in a bunded area",
        "Still residues kept in sealed, labelled containers",
        "Annual solvent management plan submitted",
        "Emission below 20 g solvent per kg cleaned",
        "Staff trained in spill procedure",
        "Waste transfer / consignment notes kept for 3 years",
    ],
    "de": [
        "Anzeige nach § 67 BImSchG liegt vor",
        "Betriebstagebuch geführt",
        "Lösemittelverbrauch aufgezeichnet",
        "Dichtheit der Anlage geprüft",
        "Türdichtung in Ordnung",
        "Lösemittel im Auffangbehälter gelagert",
        "Destillationsrückstände in dicht verschlossenen Gebinden",
        "Aktivkohleadsorber gewartet",
        "Trocknungsendkontrolle funktionsfähig",
        "Entsorgungsnachweise vorhanden",
    ],
    "fr": [
        "Preuve de dépôt de déclaration affichée",
        "Registre de consommation de solvant tenu",
        "Contrôle d'étanchéité hebdomadaire",
        "Joints de porte en bon état",
        "Stockage sur rétention des solvants",
        "Résidus de distillation en fûts fermés",
        "Plan de gestion des solvants transmis",
        "Ventilation du local conforme",
        "Consignes de sécurité affichées",
        "Bordereaux de suivi des déchets conservés",
    ],
}


def machine_of(key: str) -> tuple[str, str, int, int]:
    """The business's cleaning machine: make and model, serial, year, load in kg."""
    r = biz_rng(f"machine/{key}")
    make = r.choice(["Realstar HC 230", "Veloclean 18 KWL", "Multisolv M25", "Ecoline FH 15"])
    return make, serial(r, "99A99999"), r.randint(2008, 2021), r.choice([12, 15, 18, 25])


def tpl_voc_inspection(rng: random.Random, who: Issuer) -> list[Page]:
    """The solvent emission inspection of the cleaning machine: a council's LAPPC inspection
    report for a dry cleaner with its checklist and risk score, a measuring body's Messbericht
    nach der 2. BImSchV with the drum concentration readings, or an organisme agréé's contrôle
    périodique of an ICPE 2345 installation with its compliance grid; now and then the solvent
    management plan on a landscape annex."""
    lg = home()
    row = shop().inspector
    h = make_head(row, lg, "council" if lg == "en" else "inspector")
    s = style_of(h, A4, pt=9)
    w, _ = s.page_size
    m = s.margin
    d = some_day(rng)
    mk, sn, yr, kg = machine_of("dc")
    off = office_head()
    title = tr(
        lg,
        "LAPPC INSPECTION REPORT - DRY CLEANING (PG6/46)",
        "MESSBERICHT NACH § 12 DER 2. BImSchV",
        "RAPPORT DE CONTRÔLE PÉRIODIQUE - ICPE RUBRIQUE 2345",
    )
    no = serial(rng, {"en": "EP/99/999", "de": "MB 9999-99", "fr": "CP-99-9999"}[lg])
    f = sheets(s, h, f"{h.name} - {title} - {no}")
    f.page.text(
        m, f.y, fit(title, s.bold, 12, w - 2 * m), s.bold, shrink(title, s.bold, 12, w - 2 * m)
    )
    f.y += 20
    inspector = person(keyed(who, "insp"), lg)
    f.y = fields(
        f.page,
        s,
        m,
        f.y,
        w - 2 * m,
        [
            (tr(lg, "Operator", "Betreiber", "Exploitant"), off.name),
            (tr(lg, "Installation address", "Standort", "Adresse"), f"{off.street}, {off.town}"),
            (
                tr(lg, "Permit / file ref.", "Aktenzeichen", "N° de déclaration"),
                serial(keyed(who, "p"), "99/99999"),
            ),
            (tr(lg, "Date of visit", "Messdatum", "Date du contrôle"), short(d, lg)),
            (tr(lg, "Machine", "Anlage (Hersteller, Typ)", "Machine"), f"{mk}, {kg} kg"),
            (tr(lg, "Serial / year", "Fabrik-Nr. / Baujahr", "N° série / année"), f"{sn} / {yr}"),
            (tr(lg, "Inspector", "Messingenieur", "Contrôleur"), inspector),
            (
                tr(lg, "Visit type", "Anlass", "Type"),
                tr(lg, "Follow-up visit", "Nachmessung", "Contre-visite")
                if after(("voc_inspection",))
                else tr(lg, "Unannounced", "Wiederkehrende Messung", "Contrôle périodique (5 ans)"),
            ),
        ],
        per=2,
        hand=False,
    )
    if lg == "de":
        f.heading(m, "Messergebnisse", s.bold, s.size + 1)
        rows = []
        for k in range(3):
            v = round(rng.uniform(0.2, 2.4), 2)
            rows.append(
                [
                    f"{k + 1}",
                    f"{rng.randint(9, 16)}:{rng.randint(10, 59)}",
                    tr(lg, "", "Trommel, Ende Trocknung", ""),
                    money(v, lg),
                    "2,00",
                    "ja" if v <= 2 else "nein",
                ]
            )
        table(
            f,
            columns(
                m,
                w - m,
                [
                    (0.5, "left"),
                    (0.8, "left"),
                    (2.5, "left"),
                    (1.2, "right"),
                    (1.2, "right"),
                    (0.9, "center"),
                ],
            ),
            ["Nr.", "Uhrzeit", "Messort", "Konz. g/m³", "Grenzwert", "eingeh."],
            rows,
            s,
            rules=True,
        )
        write(
            f,
            s,
            "Messgerät: "
            + rng.choice(["Dräger X-am 5000", "PID MiniRAE 3000", "FID Bernath 3006"])
            + ". "
            + prose(rng, lg, "env", 1, 3),
        )
    else:
        f.heading(m, tr(lg, "Checklist", "", "Points de contrôle"), s.bold, s.size + 1)
        yes, no_ = yes_no(lg)
        rows = []
        for t in rng.sample(CHECKS[lg], rng.randint(7, 10)):
            ok = rng.random() < 0.85
            rows.append(
                [t, "X" if ok else "", "" if ok else "X", "" if ok else words(rng, lg, "env", 5)]
            )
        heads = [
            tr(lg, "Item", "", "Point"),
            tr(lg, yes, "", "C"),
            tr(lg, no_, "", "NC"),
            tr(lg, "Comments", "", "Observations"),
        ]
        table(
            f,
            columns(m, w - m, [(4, "left"), (0.5, "center"), (0.5, "center"), (2.4, "left")]),
            heads,
            rows,
            s,
            rules=True,
            step=1.8,
        )
    f.heading(m, tr(lg, "Assessment", "Beurteilung", "Conclusion"), s.bold, s.size + 1)
    write(f, s, prose(rng, lg, "env", 2, 3))
    if lg == "en":
        write(
            f,
            s,
            f"Compliance score: {rng.choice(['Good', 'Fair', 'Good', 'Very good'])} - "
            f"risk category {rng.choice(['Low', 'Low', 'Medium'])}. Next inspection due within "
            f"{rng.choice([12, 24, 36])} months.",
        )
    f.need(90)
    f.y += 30
    sign(f.page, m, f.y, inspector)
    f.page.text(m, f.y + 14, inspector, s.font, s.size - 1)
    f.page.text(
        m,
        f.y + 26,
        tr(
            lg,
            "Environmental Health Officer",
            "Bekanntgegebene Messstelle nach § 29b BImSchG",
            "Organisme agréé",
        ),
        s.font,
        s.size - 1,
    )
    if lg != "en":
        seal(f.page, w - m - 60, f.y, 30, h.name[:28], tr(lg, "", "Messstelle", "Contrôle"))
    else:
        f.page.text(w / 2, f.y + 14, tr(lg, "Received by operator:", "", ""), s.font, 8)
        sign(f.page, w / 2 + 90, f.y + 14, worker("owner"), 11)
    f.y += 44
    pages = close(f.pages, s, h)
    if rng.random() < 0.4:
        ls = style_of(h, landscape(A4), margin=40, pt=8)
        lw, lh = ls.page_size

        def lstart(p: Page, n: int) -> float:
            p.text(
                40,
                34,
                tr(
                    lg,
                    "Annex - Solvent management plan",
                    "Anlage - Lösemittelbilanz",
                    "Annexe - Plan de gestion des solvants",
                )
                + f" {d.year - 1}",
                ls.bold,
                11,
            )
            p.text(lw - 40, 34, no, ls.font, 8, "right")
            return 58.0

        lf = Sheets((lw, lh), lh - 40, lstart)
        months = [tr(lg, *t) for t in zip(MONTHS_EN, MONTHS_DE, MONTHS_FR, strict=True)]
        rows = []
        for mo in months:
            inp = rng.randint(40, 160)
            rows.append(
                [
                    mo[:3],
                    str(rng.randint(300, 1400)),
                    str(inp),
                    str(int(inp * 0.35)),
                    str(int(inp * 0.5)),
                    str(int(inp * 0.15)),
                    money(rng.uniform(6, 19), lg),
                ]
            )
        table(
            lf,
            columns(40, lw - 40, [(1, "left"), *[(1.2, "right")] * 6]),
            [
                tr(lg, "Month", "Monat", "Mois"),
                tr(lg, "kg cleaned", "kg Textil", "kg nettoyés"),
                tr(lg, "Solvent in (L)", "Zugang (l)", "Entrées (L)"),
                tr(lg, "Still residue", "Rückstand", "Résidus"),
                tr(lg, "Recovered", "Rückgewinnung", "Récupéré"),
                tr(lg, "Fugitive", "diffus", "Diffus"),
                "g/kg",
            ],
            rows,
            ls,
            shade=0.85,
            rules=True,
        )
        pages += lf.pages
    received(rng, pages[0], lg, d, 0.2)
    remember(d)
    return pages


def tpl_environmental_permit(rng: random.Random, who: Issuer) -> list[Page]:
    """The authority's permit for the cleaning machine behind its covering letter: a Part B
    permit under the Environmental Permitting Regulations with its numbered conditions, a
    Bestätigung der Anzeige with Nebenbestimmungen and Hinweise, or a preuve de dépôt de
    déclaration with the general prescriptions; now and then a site plan page."""
    lg = home()
    row = shop().permit
    h = make_head(row, lg, "authority")
    s = style_of(h, A4)
    w, hgt = s.page_size
    m = s.margin
    d = some_day(rng)
    off = office_head()
    ref = serial(rng, {"en": "PPC/DC/999", "de": "AZ 99-999/99", "fr": "A-99-9999"}[lg])
    pages: list[Page] = []
    officer = person(keyed(who, "off"), lg)
    if rng.random() < 0.75:
        f0 = sheets(s, h)
        recipient(
            f0,
            s,
            h,
            office_lines(worker("owner")),
            d,
            [
                (tr(lg, "Our ref", "Az.", "Réf."), ref),
                (tr(lg, "Contact", "Sachbearbeitung", "Affaire suivie par"), officer),
            ],
        )
        caption(
            f0,
            s,
            tr(
                lg,
                "Environmental Permitting Regulations 2016 - dry cleaning",
                "Chemischreinigungsanlage - Anzeige nach der 2. BImSchV",
                "Installation classée - rubrique 2345 - preuve de dépôt",
            ),
            0.5,
        )
        f0.page.text(m, f0.y, dear(lg, None), s.font, s.size)
        f0.y += s.size * 2
        write(
            f0,
            s,
            tr(
                lg,
                "Please find enclosed your permit. Please read the conditions "
                "carefully and display the permit at the premises. The annual "
                "subsistence charge will be invoiced separately.",
                "hiermit bestätigen wir den Eingang Ihrer Anzeige. Die beigefügten "
                "Nebenbestimmungen sind zu beachten.",
                "Vous trouverez ci-joint la preuve de dépôt de votre déclaration ainsi "
                "que les prescriptions générales applicables à votre installation.",
            )
            + " "
            + prose(rng, lg, "env", 1, 2),
        )
        regards(
            f0,
            s,
            lg,
            officer,
            tr(lg, "Environmental Protection", "Umweltamt", "Pour le préfet et par délégation"),
        )
        pages += close(f0.pages, s, h, numbers="none")
    s2 = style_of(h, A4)
    f = sheets(s2, h, f"{ref} - {off.name}")
    title = tr(lg, "PERMIT", "BESTÄTIGUNG DER ANZEIGE", "PREUVE DE DÉPÔT DE DÉCLARATION")
    if after(("environmental_permit",)):
        title = tr(
            lg,
            "NOTICE OF VARIATION",
            "BESTÄTIGUNG DER ÄNDERUNGSANZEIGE",
            "PREUVE DE DÉPÔT - MODIFICATION",
        )
    f.page.text(w / 2, f.y, title, s.bold, 14, "center")
    f.y += 16
    f.page.text(
        w / 2,
        f.y,
        tr(
            lg,
            "Part B installation - Section 6.4 (dry cleaning)",
            "nach § 67 Abs. 2 BImSchG i.V.m. der 2. BImSchV",
            "Code de l'environnement, articles R. 512-47 et suivants",
        ),
        s.font,
        s.size,
        "center",
    )
    f.y += 26
    f.y = (
        pairs(
            f.page,
            s,
            m,
            f.y,
            [
                (tr(lg, "Permit number", "Aktenzeichen", "N° de déclaration"), ref),
                (tr(lg, "Operator", "Betreiber", "Exploitant"), off.name),
                (tr(lg, "Installation", "Anlage", "Installation"), f"{off.street}, {off.town}"),
                (
                    tr(lg, "Activity", "Tätigkeit", "Activité"),
                    tr(lg, "Dry cleaning (solvent)", "Chemischreinigung", "Nettoyage à sec (2345)"),
                ),
                (tr(lg, "Date of issue", "Datum", "Date"), day(h, d)),
            ],
            w - m,
        )
        + 10
    )
    f.heading(
        m, tr(lg, "Conditions", "Nebenbestimmungen", "Prescriptions générales"), s.bold, s.size + 1
    )
    for k in range(rng.randint(8, 16)):
        write(f, s, f"{k + 1}. " + prose(rng, lg, "env", 1, 3), indent=6)
    f.need(90)
    f.y += 8
    write(
        f,
        s,
        tr(
            lg,
            f"Signed on {day(h, d)}",
            f"{h.town.split()[-1]}, den {day(h, d)}",
            f"Fait à {h.town.split()[-1]}, le {day(h, d)}",
        ),
    )
    f.y += 20
    sign(f.page, w / 2, f.y, officer)
    f.page.text(w / 2, f.y + 14, officer, s.font, s.size - 1)
    seal(
        f.page,
        m + 60,
        f.y,
        34,
        h.name.split(" - ")[0][:28],
        tr(lg, "Official stamp", "Dienstsiegel", "Le Préfet"),
    )
    body = list(f.pages)
    if rng.random() < 0.35:
        p = Page(A4)
        p.text(m, m, tr(lg, "Site plan", "Lageplan", "Plan de situation"), s.bold, 11)
        p.rect(m, m + 20, w - 2 * m, hgt - 2 * m - 60)
        for _ in range(rng.randint(5, 9)):
            bw, bh = rng.uniform(60, 200), rng.uniform(40, 160)
            p.rect(
                rng.uniform(m + 10, w - m - bw - 10), rng.uniform(m + 30, hgt - m - bh - 50), bw, bh
            )
        p.rect(w / 2 - 40, hgt / 2 - 30, 80, 60, fill=0.6)
        p.text(w / 2, hgt / 2 + 45, fit(off.name, s.font, 8, 200), s.font, 8, "center")
        body.append(p)
    pages += close(body, s2, h)
    remember(d)
    return pages


DECLARE = [
    (
        "I certify that I today collected the consignment and that the details in A and B are "
        "correct and that the quantity of waste is as given.",
        "Der Beförderer bestätigt die Übernahme der oben bezeichneten Abfälle zur Beförderung.",
        "Je soussigné certifie avoir pris en charge le déchet décrit ci-dessus; le transport "
        "s'effectue conformément à la réglementation ADR.",
    ),
    (
        "I certify that the information in A, B and C has been completed and is correct, "
        "that the carrier is registered or exempt and was advised of the appropriate "
        "precautionary measures.",
        "Der Erzeuger bestätigt die Richtigkeit der Angaben zu Art, Menge und Herkunft der "
        "Abfälle.",
        "Je soussigné certifie que les renseignements portés dans les cadres ci-dessus sont exacts "
        "et de bonne foi.",
    ),
    (
        "I received this waste at the address given and it is authorised by the permit "
        "named for the operation stated.",
        "Die Abfälle wurden in der genannten Anlage angenommen und werden dem angegebenen "
        "Verfahren zugeführt.",
        "Je soussigné certifie avoir reçu le déchet ci-dessus et que le traitement indiqué sera "
        "réalisé dans l'installation.",
    ),
]
EWC = {"en": "14 06 02*", "de": "14 06 02*", "fr": "14 06 02*"}


def tpl_waste_consignment(rng: random.Random, who: Issuer) -> list[Page]:
    """The waste carrier's note for still residues and used solvent collected from the cleaning
    machine: a hazardous waste consignment note (Parts A to E), an Übernahmeschein or a
    bordereau de suivi des déchets dangereux with its numbered boxes; printed fields, hand
    entries and three signatures."""
    h = head_of(who, "waste")
    lg = h.lang
    s = style_of(h, A4, margin=36, pt=8)
    w, hgt = s.page_size
    m = s.margin
    d = last_day(rng, ("waste_consignment",), (0, 0))
    off = office_head()
    where = rng.choice([(off.street, off.town), shop().shop2])
    p = Page(A4)
    title = tr(
        lg,
        "HAZARDOUS WASTE CONSIGNMENT NOTE",
        "ÜBERNAHMESCHEIN",
        "BORDEREAU DE SUIVI DES DÉCHETS DANGEREUX",
    )
    p.text(m, 30, title, "Helvetica-Bold", 13)
    p.text(
        w - m,
        30,
        tr(lg, "HWCN01v121", "nach § 12 NachwV", "Cerfa n° 12571*01"),
        "Helvetica",
        7,
        "right",
    )
    code = serial(rng, {"en": "AAAAAA/A9999", "de": "9999999999", "fr": "9999999999999"}[lg])
    p.text(
        w - m,
        44,
        tr(lg, "Consignment note code: ", "Nr.: ", "N° de bordereau : ") + code,
        "Helvetica-Bold",
        9,
        "right",
    )
    y = 60.0
    parts = {
        "en": [
            "PART A  Notification details",
            "PART B  Description of the waste",
            "PART C  Carrier's certificate",
            "PART D  Consignor's certificate",
            "PART E  Consignee's certificate",
        ],
        "de": [
            "1. Erzeuger / Abfallbesitzer",
            "2. Abfall",
            "3. Beförderer",
            "4. Übergabe (Erzeuger)",
            "5. Annahme (Entsorger)",
        ],
        "fr": [
            "Cadre 1 - Émetteur du bordereau",
            "Cadres 3-6 - Dénomination du déchet",
            "Cadre 8 - Collecteur-transporteur",
            "Cadre 9 - Déclaration générale de l'émetteur",
            "Cadre 10 - Réception par l'installation de destination",
        ],
    }[lg]
    qty = rng.choice([25, 40, 50, 75, 110])
    blocks = [
        [
            (
                tr(
                    lg,
                    "Premises where waste was removed from",
                    "Anfallstelle",
                    "Adresse de collecte",
                ),
                f"{where[0]}, {where[1]}",
            ),
            (tr(lg, "Producer", "Erzeuger", "Raison sociale"), off.name),
            (tr(lg, "SIC code", "Erzeugernummer", "SIRET"), serial(keyed(who, "pr"), "A99999999")),
        ],
        [
            (
                tr(lg, "Process giving rise to the waste", "Herkunft", "Procédé"),
                tr(
                    lg,
                    "Dry cleaning still residues",
                    "Destillationsrückstände Chemischreinigung",
                    "Boues de distillation, nettoyage à sec",
                ),
            ),
            (tr(lg, "EWC code", "Abfallschlüssel", "Code déchet"), EWC[lg]),
            (tr(lg, "Quantity (kg)", "Menge (kg)", "Quantité (kg)"), str(qty)),
            (tr(lg, "Containers", "Gebinde", "Conditionnement"), f"{max(1, qty // 25)} x 25 L"),
            (tr(lg, "Hazard codes", "Gefahrenmerkmale", "Mentions de danger"), "HP3 HP5 HP14"),
            (tr(lg, "UN number", "UN-Nr.", "N° ONU"), "UN 3082"),
        ],
        [
            (tr(lg, "Carrier name", "Beförderer", "Transporteur"), h.name),
            (
                tr(lg, "Registration no.", "Beförderernummer", "Récépissé n°"),
                serial(keyed(who, "r"), "CBDU999999"),
            ),
            (tr(lg, "Vehicle reg.", "Kennzeichen", "Immatriculation"), serial(rng, "AA99 AAA")),
        ],
        [
            (tr(lg, "Consignor", "Übergeben durch", "Nom du signataire"), worker("manager")),
            (
                tr(lg, "Date / time", "Datum / Uhrzeit", "Date"),
                f"{short(d, lg)} {rng.randint(8, 16)}:{rng.choice(['05', '20', '40'])}",
            ),
        ],
        [
            (
                tr(lg, "Site / permit", "Entsorgungsanlage", "Installation de destination"),
                tr(
                    lg, "Solvent recovery plant", "Lösemittelrückgewinnung", "Unité de régénération"
                ),
            ),
            (
                tr(lg, "Quantity received (kg)", "Angenommene Menge", "Quantité reçue"),
                str(qty - rng.randint(0, 3)),
            ),
            (
                tr(lg, "Operation", "Verfahren", "Code de traitement"),
                rng.choice(["R2", "R2", "D10"]),
            ),
        ],
    ]
    signers = [
        None,
        None,
        person(keyed(who, "drv"), lg),
        worker("manager"),
        person(keyed(who, "site"), lg),
    ]
    for k, (title_, items) in enumerate(zip(parts, blocks, strict=True)):
        y = band(p, s, y + 4, title_)
        y = fields(
            p,
            s,
            m,
            y,
            w - 2 * m,
            items,
            per=2 if len(items) > 3 else len(items),
            tall=26,
            hand=k != 1 or rng.random() < 0.5,
        )
        if k >= 2:
            y = text_lines(p, s, m, y - 2, w - 2 * m, tr(lg, *DECLARE[k - 2]), 6.5) + 8
        if signers[k] and (k < 4 or rng.random() < 0.6):
            p.text(m, y - 2, tr(lg, "Signature", "Unterschrift", "Signature"), s.font, 6.5)
            sign(p, m + 50, y - 2, str(signers[k]), 11)
            y += 8
    if y < hgt - 60:
        p.text(
            m,
            hgt - 30,
            fit(
                tr(
                    lg,
                    "Copy 2 of 3 - producer/consignor copy: keep for three years",
                    "Ausfertigung für den Erzeuger - 3 Jahre aufbewahren",
                    "Exemplaire n° 1 - à conserver par l'émetteur",
                ),
                s.font,
                7,
                w - 2 * m,
            ),
            s.font,
            7,
        )
    remember(d)
    return [p]


# ---------------------------------------------------------------------------------------------
# Templates UUUU: machines, boiler and pressure systems
# ---------------------------------------------------------------------------------------------

MACHINES = [
    ("dc", "Dry cleaning machine", "Reinigungsmaschine", "Machine de nettoyage à sec"),
    ("we", "Washer extractor", "Waschschleudermaschine", "Laveuse-essoreuse"),
    ("td", "Tumble dryer", "Wäschetrockner", "Séchoir rotatif"),
    ("fp", "Finishing press", "Bügelpresse", "Presse de finition"),
    ("ir", "Flatwork ironer", "Mangel", "Calandre"),
    ("tb", "Vacuum ironing table", "Bügeltisch mit Absaugung", "Table à repasser aspirante"),
]
SERVICE_CHECKS = {
    "en": [
        "Filters cleaned",
        "Still cleaned",
        "Door seal checked",
        "Leak test (halide)",
        "Refrigeration checked",
        "Button trap cleaned",
        "Belts / bearings",
        "Safety cut-outs",
        "Steam traps",
        "Software updated",
    ],
    "de": [
        "Filter gereinigt",
        "Destille gereinigt",
        "Türdichtung geprüft",
        "Dichtheitsprüfung",
        "Kälteanlage geprüft",
        "Knopffalle gereinigt",
        "Riemen / Lager",
        "Sicherheitsabschaltung",
        "Kondensatableiter",
        "Software aktualisiert",
    ],
    "fr": [
        "Filtres nettoyés",
        "Distillateur nettoyé",
        "Joint de porte vérifié",
        "Test d'étanchéité",
        "Groupe froid vérifié",
        "Piège à boutons nettoyé",
        "Courroies / roulements",
        "Sécurités",
        "Purgeurs vapeur",
        "Logiciel mis à jour",
    ],
}


def tpl_machine_service(rng: random.Random, who: Issuer) -> list[Page]:
    """A machine engineer's service report from the pad (A5 or A4): the report number, the
    site, the machine with model and serial, the visit type ticked, the work carried out in hand,
    a checklist, parts used, times and the customer's signature; now and then a parts and
    labour page behind. Now and then the maker's own engineer from abroad."""
    h = head_of(who, "engineer", abroad=0.08)
    lg = h.lang
    size = A5 if keyed(who, "pad").random() < 0.5 else A4
    s = style_of(h, size, margin=28 if size == A5 else 40, pt=8 if size == A5 else 9)
    w, hgt = size
    m = s.margin
    d = last_day(rng, ("machine_service",), (0, 1))
    prev = LAST["extra"]
    pool = [k for k in range(len(MACHINES)) if not (isinstance(prev, int) and k == prev)]
    mi = rng.choice(pool)
    key = MACHINES[mi][0]
    mk, sn, _, _ = machine_of(key)
    if key != "dc":
        mk = (
            biz_rng(f"mk{key}").choice(["Primus", "Electrolux", "Miele", "Girbau", "Pony"])
            + " "
            + serial(biz_rng(f"md{key}"), "AA 99")
        )
    p = Page(size)
    y = heading(p, s, h)
    title = tr(lg, "SERVICE REPORT", "KUNDENDIENSTBERICHT", "BON D'INTERVENTION")
    p.text(m, y, title, s.bold, 12)
    p.text(w - m, y, f"No. {serial(rng, '99999')}", "Helvetica-Bold", 11, "right")
    y += 10
    off = office_head()
    site = rng.choice([f"{off.street}, {off.town}", ", ".join(shop().shop2)])
    y = fields(
        p,
        s,
        m,
        y + 4,
        w - 2 * m,
        [
            (tr(lg, "Customer", "Kunde", "Client"), off.name),
            (tr(lg, "Site", "Einsatzort", "Site"), site),
            (tr(lg, "Machine", "Maschine", "Machine"), tr(lg, *MACHINES[mi][1:])),
            (tr(lg, "Make / model", "Fabrikat / Typ", "Marque / modèle"), mk),
            (
                tr(lg, "Serial no.", "Masch.-Nr.", "N° de série"),
                sn if key == "dc" else serial(rng, "9999999"),
            ),
            (tr(lg, "Date", "Datum", "Date"), short(d, lg)),
        ],
        per=2,
        tall=24,
    )
    kinds = [
        tr(lg, "Service", "Wartung", "Entretien"),
        tr(lg, "Breakdown", "Störung", "Dépannage"),
        tr(lg, "Installation", "Montage", "Installation"),
        tr(lg, "Leak test", "Dichtheit", "Étanchéité"),
    ]
    y = ticks(p, s, m, y + 4, w - 2 * m, kinds, {rng.randrange(4)}, 8)
    p.text(
        m, y, tr(lg, "Work carried out:", "Ausgeführte Arbeiten:", "Travaux effectués :"), s.bold, 8
    )
    y += 13
    for ln in wrap(prose(rng, lg, "tech", 2, 3), HAND, 9, w - 2 * m - 6)[: 5 if size == A5 else 7]:
        p.line(m, y + 3, w - m, y + 3)
        hand(p, m + 2, y, ln, 9)
        y += 14
    y += 4
    chk = SERVICE_CHECKS[lg][: 6 if key != "dc" else 10]
    y = ticks(
        p, s, m, y + 6, w - 2 * m, chk, set(rng.sample(range(len(chk)), rng.randint(2, 5))), 7.5
    )
    xs = [m, m + (w - 2 * m) * 0.2, m + (w - 2 * m) * 0.8, w - m]
    grid_row(p, xs, y, 14)
    for x, t in zip(
        xs,
        [
            tr(lg, "Part no.", "Teile-Nr.", "Réf."),
            tr(lg, "Part", "Ersatzteil", "Pièce"),
            tr(lg, "Qty", "Menge", "Qté"),
        ],
        strict=False,
    ):
        p.text(x + 3, y + 10, t, s.bold, 7)
    y += 14
    for _ in range(rng.randint(0, 3)):
        grid_row(p, xs, y, 14)
        hand(p, xs[0] + 3, y + 10, serial(rng, "999-999"), 8)
        hand(p, xs[1] + 3, y + 10, rng.choice(TALK[lg]["tech"].split()), 8)
        hand(p, xs[2] + 3, y + 10, str(rng.randint(1, 2)), 8)
        y += 14
    y += 12
    t1 = rng.randint(8, 14)
    p.text(m, y, tr(lg, "Arrived", "Ankunft", "Arrivée"), s.font, 7.5)
    hand(p, m + 40, y, f"{t1}:{rng.choice(['00', '15', '30', '45'])}", 9)
    p.text(m + 90, y, tr(lg, "Left", "Ende", "Départ"), s.font, 7.5)
    hand(p, m + 120, y, f"{t1 + rng.randint(1, 3)}:{rng.choice(['00', '15', '30', '45'])}", 9)
    if w - m - 60 > m + 170:
        p.text(m + 170, y, tr(lg, "Engineer", "Techniker", "Technicien"), s.font, 7.5)
        hand(p, m + 215, y, person(keyed(who, "eng"), lg), 9, w - m - m - 220)
    y += 30
    if y < hgt - 30:
        sign_line(
            p,
            s,
            m,
            y,
            (w - 2 * m) / 2 - 10,
            tr(lg, "Customer signature", "Unterschrift Kunde", "Signature client"),
            worker("manager"),
        )
        p.text(
            w / 2 + 4,
            y + 9,
            tr(lg, "Machine left working", "Maschine betriebsbereit", "Machine en service"),
            s.font,
            7,
        )
        box(p, w - m - 10, y + 9, rng.random() < 0.85, 7)
    pages = [p]
    if rng.random() < 0.3:
        s2 = style_of(h, A4)
        f = sheets(s2, h)
        caption(
            f,
            s2,
            tr(
                lg,
                "Parts and labour",
                "Material- und Arbeitsnachweis",
                "Détail pièces et main-d'œuvre",
            ),
            2,
        )
        rate = rng.choice([68.0, 75.0, 89.0])
        rows = [
            [
                tr(lg, "Labour", "Arbeitszeit", "Main-d'œuvre"),
                f"{rng.randint(1, 4)} h",
                money(rate, lg),
            ],
            [
                tr(lg, "Travel", "Anfahrt", "Déplacement"),
                "1",
                money(rng.choice([45.0, 55.0, 65.0]), lg),
            ],
        ]
        rows += [
            [
                rng.choice(TALK[lg]["tech"].split()).capitalize(),
                str(rng.randint(1, 3)),
                money(rng.uniform(8, 180), lg),
            ]
            for _ in range(rng.randint(1, 5))
        ]
        table(
            f,
            columns(s2.margin, A4[0] - s2.margin, [(4, "left"), (1, "right"), (1.4, "right")]),
            [
                tr(lg, "Item", "Position", "Désignation"),
                tr(lg, "Qty", "Menge", "Qté"),
                tr(lg, "Price", "Preis", "Prix"),
            ],
            rows,
            s2,
            rules=True,
        )
        write(
            f,
            s2,
            tr(
                lg, "An invoice will follow.", "Die Rechnung folgt gesondert.", "La facture suivra."
            ),
            s2.size - 1,
        )
        pages += close(f.pages, s2, h, numbers="none")
    remember(d, mi)
    return pages


PRESSURE_ITEMS = [
    ("Steam boiler", "Dampfkessel", "Générateur de vapeur", 8.0, 175),
    ("Steam receiver", "Dampfverteiler", "Réservoir de vapeur", 6.0, 165),
    ("Air receiver (compressor)", "Druckluftbehälter", "Réservoir d'air comprimé", 10.0, 50),
    ("Finishing press steam chest", "Bügelpresse Dampfkammer", "Presse - chambre vapeur", 5.0, 160),
    (
        "Steam generator of ironing table",
        "Dampferzeuger Bügeltisch",
        "Générateur vapeur table à repasser",
        4.5,
        155,
    ),
]


def tpl_pressure_exam(rng: random.Random, who: Issuer) -> list[Page]:
    """A pressure system examination report for one item of the plant (steam boiler, steam
    receiver, air receiver, press, ironing table): a PSSR report of thorough examination with
    the safe operating limits, the parts examined, the defects and the next examination date;
    a Prüfbescheinigung nach BetrSichV with the tests ticked and the ZÜS stamp; a rapport
    d'inspection périodique d'équipement sous pression."""
    h = head_of(who, "pressure")
    lg = h.lang
    s = style_of(h, A4, pt=8.5)
    w, hgt = s.page_size
    m = s.margin
    d = last_day(rng, ("pressure_exam",), (0, 0))
    prev = LAST["extra"]
    pool = [k for k in range(len(PRESSURE_ITEMS)) if not (isinstance(prev, int) and k == prev)]
    it = rng.choice(pool)
    nm = tr(lg, *PRESSURE_ITEMS[it][:3])
    ps, ts = PRESSURE_ITEMS[it][3], PRESSURE_ITEMS[it][4]
    off = office_head()
    p = Page(A4)
    y = heading(p, s, h)
    title = tr(
        lg,
        "REPORT OF THOROUGH EXAMINATION",
        "PRÜFBESCHEINIGUNG - WIEDERKEHRENDE PRÜFUNG",
        "RAPPORT D'INSPECTION PÉRIODIQUE",
    )
    p.text(m, y, title, s.bold, 12.5)
    y += 12
    p.text(
        m,
        y,
        tr(
            lg,
            "Pressure Systems Safety Regulations 2000 - Regulation 9",
            "nach § 16 Betriebssicherheitsverordnung (BetrSichV)",
            "Équipements sous pression - arrêté du 20 novembre 2017",
        ),
        s.font,
        8,
    )
    no = serial(rng, {"en": "99999999/99", "de": "PB-999999", "fr": "ESP 99-99999"}[lg])
    p.text(w - m, y, tr(lg, "Report no. ", "Nr. ", "N° ") + no, s.font, 8, "right")
    y += 10
    y = fields(
        p,
        s,
        m,
        y,
        w - 2 * m,
        [
            (tr(lg, "Client", "Betreiber", "Exploitant"), off.name),
            (
                tr(lg, "Address", "Standort", "Adresse"),
                rng.choice([f"{off.street}, {off.town}", ", ".join(shop().shop2)]),
            ),
            (tr(lg, "Plant description", "Anlage", "Équipement"), nm),
            (
                tr(lg, "Identification / serial no.", "Fabrik-Nr.", "N° de fabrication"),
                serial(rng, "A99999"),
            ),
            (
                tr(lg, "Manufacturer / year", "Hersteller / Baujahr", "Fabricant / année"),
                f"{rng.choice(['Sussman', 'Bosch', 'Ferroli', 'Fulton', 'Trevil'])} / "
                f"{rng.randint(1998, 2020)}",
            ),
            (
                tr(lg, "Safe operating limits", "zul. Betriebsüberdruck PS / TS", "PS / TS"),
                f"{ps:g} bar / {ts} °C",
            ),
            (tr(lg, "Date of examination", "Prüfdatum", "Date de l'inspection"), short(d, lg)),
            (
                tr(
                    lg,
                    "Written scheme ref.",
                    "Prüffrist lt. Gefährdungsbeurteilung",
                    "Plan d'inspection",
                ),
                serial(keyed(who, "ws"), "WS/9999"),
            ),
        ],
        per=2,
        tall=25,
        hand=False,
    )
    y = band(p, s, y, tr(lg, "Parts examined", "Art der Prüfung", "Nature de l'inspection"))
    parts = [
        tr(lg, "External", "Äußere Prüfung", "Vérification extérieure"),
        tr(lg, "Internal", "Innere Prüfung", "Vérification intérieure"),
        tr(lg, "Safety valves", "Sicherheitsventile", "Soupapes de sûreté"),
        tr(lg, "Controls / cut-outs", "Ausrüstung / Begrenzer", "Accessoires de sécurité"),
        tr(lg, "Pressure test", "Festigkeitsprüfung", "Épreuve hydraulique"),
    ]
    y = (
        ticks(
            p, s, m + 4, y + 10, w - 2 * m, parts, set(rng.sample(range(5), rng.randint(2, 4))), 8.5
        )
        + 4
    )
    y = band(p, s, y, tr(lg, "Result", "Ergebnis", "Résultat"))
    res = [
        tr(lg, "Satisfactory", "Keine Mängel", "Satisfaisant"),
        tr(lg, "Defects - see below", "Mängel - siehe unten", "Observations - voir ci-dessous"),
        tr(
            lg,
            "Imminent danger - taken out of use",
            "Gefährliche Mängel - außer Betrieb",
            "Mise hors service",
        ),
    ]
    res_k = 0 if rng.random() < 0.65 else 1
    y = ticks(p, s, m + 4, y + 10, w - 2 * m, res, {res_k}, 8.5) + 2
    y = text_lines(
        p,
        s,
        m + 4,
        y + 4,
        w - 2 * m - 8,
        (
            prose(rng, lg, "tech", 1, 2)
            if res_k
            else tr(lg, "No defects noted.", "Keine Mängel festgestellt.", "Pas d'observation.")
        ),
        s.size,
    )
    y += 8
    nxt = d + timedelta(days=rng.choice([365, 426, 730, 1095]))
    p.text(
        m,
        y,
        tr(
            lg,
            "Date by which next examination is due:",
            "Nächste Prüfung spätestens:",
            "Prochaine inspection avant le :",
        ),
        s.bold,
        9,
    )
    p.text(m + 230, y, short(nxt, lg), s.bold, 10)
    y += 34
    eng = person(keyed(who, "cp"), lg)
    sign(p, m, y, eng)
    p.text(m, y + 14, eng, s.font, 8)
    p.text(
        m,
        y + 24,
        tr(lg, "Competent Person (Engineer Surveyor)", "Prüfer der ZÜS", "Inspecteur habilité"),
        s.font,
        8,
    )
    if lg == "de":
        seal(p, w - m - 70, y - 10, 34, h.name[:28], f"{nxt.month:02d}/{nxt.year}")
    elif rng.random() < 0.5:
        stamp(p, w - m - 170, y - 20, [tr(lg, "INSPECTED", "", "CONTRÔLÉ"), short(d, lg)])
    if lg == "en" and y < hgt - 110:
        p.text(
            m,
            hgt - 60,
            fit(
                "This report is issued in accordance with the written scheme of "
                "examination and must be kept for inspection.",
                s.font,
                6.5,
                w - 2 * m,
            ),
            s.font,
            6.5,
        )
    pages = close([p], s, h, numbers="none")
    remember(d, it)
    return pages


WATER_TESTS = [
    ("TDS", "µS/cm", 2000, 3500),
    ("pH", "", 10.5, 12.0),
    ("P alkalinity", "ppm CaCO3", 250, 600),
    ("Total hardness", "ppm CaCO3", 0, 5),
    ("Sulphite", "ppm SO3", 30, 60),
    ("Chloride", "ppm Cl", 0, 300),
    ("Iron", "ppm Fe", 0, 0.5),
]


def tpl_water_treatment(rng: random.Random, who: Issuer) -> list[Page]:
    """A boiler water treatment service report: the site and boiler, the samples (boiler water,
    feed water, softener outlet) against their control ranges with OK / HIGH / LOW, the chemical
    stock, comments and recommendations; now and then the blowdown log of the month on a
    landscape page filled in by hand."""
    h = head_of(who, "water")
    lg = h.lang
    s = style_of(h, A4, pt=9)
    w, _ = s.page_size
    m = s.margin
    d = some_day(rng)
    f = sheets(s, h)
    caption(
        f,
        s,
        tr(
            lg,
            "Boiler Water Treatment - Service Visit Report",
            "Kesselwasser - Servicebericht",
            "Traitement d'eau chaudière - rapport de visite",
        ),
        2,
    )
    tech = person(keyed(who, "tech"), lg)
    f.y = fields(
        f.page,
        s,
        s.margin,
        f.y,
        w - 2 * m,
        [
            (tr(lg, "Customer", "Kunde", "Client"), office_head().name),
            (tr(lg, "Visit date", "Datum", "Date"), short(d, lg)),
            (tr(lg, "Plant", "Anlage", "Installation"), tr(lg, *PRESSURE_ITEMS[0][:3])),
            (tr(lg, "Technician", "Techniker", "Technicien"), tech),
        ],
        per=2,
        hand=False,
    )
    rows = []
    for name, unit, lo, hi in WATER_TESTS:
        v = rng.uniform(lo * 0.7, hi * 1.25) if hi else 0
        st = (
            "OK"
            if lo <= v <= hi
            else (tr(lg, "HIGH", "HOCH", "HAUT") if v > hi else tr(lg, "LOW", "NIEDRIG", "BAS"))
        )
        rows.append(
            [name, unit, f"{v:.1f}", f"{rng.uniform(0, lo or 1):.1f}", f"{lo:g} - {hi:g}", st]
        )
    table(
        f,
        columns(
            m,
            w - m,
            [
                (2, "left"),
                (1.4, "left"),
                (1, "right"),
                (1, "right"),
                (1.3, "right"),
                (0.8, "center"),
            ],
        ),
        [
            tr(lg, "Test", "Parameter", "Paramètre"),
            tr(lg, "Units", "Einheit", "Unité"),
            tr(lg, "Boiler", "Kessel", "Chaudière"),
            tr(lg, "Feed", "Speisewasser", "Alimentation"),
            tr(lg, "Control range", "Sollbereich", "Plage"),
            "Status",
        ],
        rows,
        s,
        shade=0.88,
        rules=True,
    )
    f.heading(
        m,
        tr(
            lg,
            "Comments and recommendations",
            "Bemerkungen und Empfehlungen",
            "Observations et recommandations",
        ),
        s.bold,
        s.size + 1,
    )
    write(f, s, prose(rng, lg, "tech", 2, 4))
    f.y = (
        pairs(
            f.page,
            s,
            m,
            f.y,
            [
                (
                    tr(
                        lg,
                        "Oxygen scavenger stock",
                        "Sauerstoffbinder Vorrat",
                        "Stock réducteur d'oxygène",
                    ),
                    f"{rng.randint(5, 50)} L",
                ),
                (
                    tr(lg, "Softener salt", "Regeneriersalz", "Sel adoucisseur"),
                    f"{rng.randint(0, 8)} x 25 kg",
                ),
            ],
            w * 0.7,
        )
        + 20
    )
    f.need(60)
    sign(f.page, m, f.y, tech)
    f.page.text(m, f.y + 14, tech, s.font, s.size - 1)
    sign_line(
        f.page,
        s,
        w / 2,
        f.y,
        w / 2 - m,
        tr(lg, "Customer", "Kunde", "Client"),
        worker("owner") if rng.random() < 0.7 else "",
    )
    pages = close(f.pages, s, h)
    if rng.random() < 0.35:
        ls = style_of(h, landscape(A4), margin=36, pt=8)
        lw, lh = ls.page_size
        p = Page((lw, lh))
        p.text(
            36,
            34,
            tr(
                lg,
                "Boiler log - daily blowdown and tests",
                "Kesselbuch - Abschlämmen und Kontrollen",
                "Registre chaudière - purges et contrôles",
            )
            + f"  {month().month:02d}/{month().year}",
            ls.bold,
            11,
        )
        xs = [36.0]
        widths = [60, 60, 80, 80, 80, 90, 200]
        for wd in widths:
            xs.append(xs[-1] + wd * (lw - 72) / sum(widths))
        y = 50.0
        heads = [
            tr(lg, "Date", "Datum", "Date"),
            tr(lg, "Time", "Zeit", "Heure"),
            tr(lg, "Blowdown", "Abschlämmen", "Purge"),
            "TDS",
            tr(lg, "Hardness", "Härte", "Dureté"),
            tr(lg, "Pressure", "Druck", "Pression"),
            tr(lg, "Initials / remarks", "Kürzel / Bemerkung", "Visa / remarques"),
        ]
        grid_row(p, xs, y, 16)
        for x, t in zip(xs, heads, strict=False):
            p.text(x + 3, y + 11, t, ls.bold, 7.5)
        y += 16
        for k in range(rng.randint(14, 26)):
            grid_row(p, xs, y, 16)
            if rng.random() < 0.85:
                hand(p, xs[0] + 3, y + 12, f"{k + 1:02d}.", 8)
                hand(p, xs[1] + 3, y + 12, f"0{rng.randint(6, 9)}:{rng.randint(10, 59)}", 8)
                hand(p, xs[2] + 3, y + 12, "X", 8)
                hand(p, xs[3] + 3, y + 12, str(rng.randint(1800, 3600)), 8)
                hand(p, xs[4] + 3, y + 12, rng.choice(["0", "0", "<1"]), 8)
                hand(p, xs[5] + 3, y + 12, f"{rng.uniform(5.5, 7.5):.1f}", 8)
                hand(p, xs[6] + 3, y + 12, "".join(t[0] for t in worker("presser1").split()), 8)
            y += 16
        pages.append(p)
    remember(d)
    return pages


# ---------------------------------------------------------------------------------------------
# Templates UUUU: premises, taxes and staff
# ---------------------------------------------------------------------------------------------

LEASE_CLAUSES = {
    "en": [
        "Definitions and interpretation",
        "Grant and term",
        "Rent",
        "Service charge",
        "Insurance",
        "Repair and decoration",
        "Alterations and signage",
        "Use",
        "Alienation",
        "Break clause",
        "Landlord's covenants",
        "Forfeiture",
        "Notices",
    ],
    "de": [
        "Mietgegenstand",
        "Mietzweck",
        "Mietzeit und Option",
        "Miete und Nebenkosten",
        "Wertsicherung",
        "Mietsicherheit",
        "Instandhaltung und Schönheitsreparaturen",
        "Bauliche Veränderungen, Werbeanlagen",
        "Untervermietung",
        "Betreten der Mieträume",
        "Rückgabe",
        "Schriftform",
    ],
    "fr": [
        "Désignation",
        "Destination des lieux",
        "Durée",
        "Loyer",
        "Indexation",
        "Dépôt de garantie",
        "Charges, impôts et taxes",
        "Entretien et réparations",
        "Travaux",
        "Cession et sous-location",
        "Assurances",
        "Clause résolutoire",
        "Élection de domicile",
    ],
}


def tpl_shop_lease(rng: random.Random, who: Issuer) -> list[Page]:
    """The landlord's lease of one of the shops: the particulars in a box table, the clauses
    with a running header, the rent schedule, the plan of the premises and the signature page
    (executed as a deed with witnesses, or signed in two originals)."""
    h = head_of(who, "landlord")
    lg = h.lang
    s = style_of(h, A4, pt=9)
    w, _ = s.page_size
    m = s.margin
    d = some_day(rng)
    off = office_head()
    prem = rng.choice([(off.street, off.town), shop().shop2])
    rent = float(rng.choice([14500, 18750, 22000, 26500, 31000]))
    years = rng.choice([5, 6, 9, 10, 10])
    title = tr(lg, "LEASE", "GEWERBERAUMMIETVERTRAG", "BAIL COMMERCIAL")
    f = sheets(s, h, f"{title} - {prem[0]}, {prem[1]}", top=rng.random() < 0.5)
    f.y += 20
    f.page.text(w / 2, f.y, title, s.bold, 16, "center")
    f.y += 30
    part = [
        (tr(lg, "Date", "Datum", "Date"), day(h, d)),
        (tr(lg, "Landlord", "Vermieter", "Bailleur"), f"{h.name}, {h.street}, {h.town}"),
        (tr(lg, "Tenant", "Mieter", "Preneur"), f"{off.name}, {off.street}, {off.town}"),
        (tr(lg, "Premises", "Mietobjekt", "Locaux"), f"{prem[0]}, {prem[1]}"),
        (
            tr(lg, "Term", "Mietzeit", "Durée"),
            tr(lg, f"{years} years", f"{years} Jahre", f"{years} années entières et consécutives"),
        ),
        (tr(lg, "Commencement", "Mietbeginn", "Date d'effet"), short(add_months(month(), 2), lg)),
        (
            tr(lg, "Initial rent", "Nettokaltmiete", "Loyer annuel HT"),
            tr(
                lg,
                f"{cash(rent, lg)} per annum",
                f"{cash(rent / 12, lg)} monatlich",
                f"{cash(rent, lg)} par an",
            ),
        ),
        (
            tr(lg, "Permitted use", "Mietzweck", "Destination"),
            tr(
                lg,
                "Dry cleaning, laundry and alteration services",
                "Textilreinigung und Annahmestelle",
                "Pressing, blanchisserie et retouches",
            ),
        ),
        (
            tr(lg, "Rent review", "Indexierung", "Révision"),
            tr(
                lg,
                "Upward only, every 5th year",
                "Verbraucherpreisindex, jährlich",
                "Indice ILC, triennale",
            ),
        ),
    ]
    for lab, val in part:
        lines = wrap(val, s.font, s.size, w - 2 * m - 150) or [""]
        hh_ = 8 + 12 * len(lines)
        f.need(hh_)
        f.page.rect(m, f.y - 10, 140, hh_)
        f.page.rect(m + 140, f.y - 10, w - 2 * m - 140, hh_)
        f.page.text(m + 4, f.y, lab, s.bold, s.size - 0.5)
        for k, ln in enumerate(lines):
            f.page.text(m + 146, f.y + 12 * k, ln, s.font, s.size)
        f.y += hh_
    f.y += 16
    for k, t in enumerate(LEASE_CLAUSES[lg][: rng.randint(8, 13)], 1):
        f.heading(
            m,
            f"§ {k} {t}" if lg == "de" else f"{tr(lg, '', '', 'Article ')}{k}. {t}",
            s.bold,
            s.size,
        )
        for j in range(rng.randint(1, 3)):
            write(f, s, (f"{k}.{j + 1} " if lg == "en" else "") + prose(rng, lg, "legal", 2, 4))
    body = list(f.pages)
    # Plan
    p = Page(A4)
    p.text(m, m, tr(lg, "Plan", "Anlage 1 - Grundriss", "Annexe - Plan des locaux"), s.bold, 11)
    px, py, pw, ph = m + 40, m + 60, w - 2 * m - 80, 300
    p.rect(px, py, pw, ph)
    p.line(px + pw * 0.6, py, px + pw * 0.6, py + ph)
    p.line(px, py + ph * 0.55, px + pw * 0.6, py + ph * 0.55)
    for k, t in enumerate(
        [
            tr(lg, "Shop", "Laden", "Boutique"),
            tr(lg, "Workroom", "Werkstatt", "Atelier"),
            tr(lg, "Store", "Lager", "Réserve"),
        ]
    ):
        p.text(
            px + [pw * 0.3, pw * 0.8, pw * 0.3][k],
            py + [ph * 0.3, ph * 0.5, ph * 0.8][k],
            t,
            s.font,
            9,
            "center",
        )
    for k in range(0, int(pw), 14):
        p.line(px + k, py + ph + 10, px + k + 7, py + ph + 10)
    p.text(
        px,
        py + ph + 26,
        tr(
            lg,
            "Premises edged red. Not to scale.",
            "Mietfläche rot umrandet, ca. 84 m². Nicht maßstäblich.",
            "Surface louée : environ 84 m². Plan non contractuel.",
        ),
        s.font,
        8,
    )
    # Signature page
    q = Page(A4)
    y = m + 30
    q.text(
        m, y, tr(lg, "Executed as a deed", "Unterschriften", "Fait en deux exemplaires"), s.bold, 11
    )
    y += 40
    for party, nm in ((h.name, person(keyed(who, "dir"), lg)), (off.name, worker("owner"))):
        q.text(
            m,
            y,
            fit(
                tr(lg, f"Signed as a deed by {party}", party, f"Pour {party}"),
                s.font,
                s.size,
                w - 2 * m,
            ),
            s.font,
            s.size,
        )
        sign_line(q, s, m, y + 50, 200, tr(lg, "Director", "Unterschrift", "Signature"), nm)
        if lg == "en":
            sign_line(q, s, w / 2 + 10, y + 50, 200, "Witness", person(rng, lg))
            q.text(w / 2 + 10, y + 72, "Name / address of witness", s.font, 7)
        elif lg == "fr":
            q.text(m + 210, y + 46, "« Lu et approuvé »", HAND, 9)
        y += 120
    q.text(
        m, y, tr(lg, "", f"{off.town.split()[-1]}, den ", "Fait à ") + short(d, lg), s.font, s.size
    )
    pages = close([*body, p, q], s, h, numbers=h.numbers if h.numbers != "none" else "- {i} -")
    remember(d)
    return pages


def tpl_business_rates(rng: random.Random, who: Issuer) -> list[Page]:
    """The council's or tax office's bill on the shops: a business rates bill for one shop with
    the rateable value, multiplier, small business rate relief and the instalments, with the
    explanatory notes on the back; a Gewerbesteuer notice with the assessment base, rate and due
    dates and the Rechtsbehelfsbelehrung; an avis de cotisation foncière des entreprises with its
    boxes and the information page."""
    lg = home()
    row = shop().council
    h = make_head(row, lg, "council")
    s = style_of(h, A4, pt=9)
    w, _ = s.page_size
    m = s.margin
    mo = month()
    ex = LAST["extra"]
    off = office_head()
    both = [(off.street, off.town), shop().shop2]
    n_run = ex[1] + 1 if after(("business_rates",)) and isinstance(ex, tuple) else 0
    k_prop = 1 if n_run and isinstance(ex, tuple) and ex[0] == 0 else 0
    revised = n_run >= 2
    prem = both[k_prop]
    d = last_day(rng, ("business_rates",), (0, 0)) if after(("business_rates",)) else some_day(rng)
    f = sheets(s, h)
    acct = serial(keyed(who, f"acc{k_prop}"), "99999999")
    yr = mo.year if mo.month >= 3 else mo.year - 1
    if lg == "en":
        recipient(
            f, s, h, office_lines(), d, [("Account no.", acct), ("Bill no.", serial(rng, "99999"))]
        )
        caption(
            f,
            s,
            f"{'REVISED ' if revised else ''}NON-DOMESTIC RATES BILL {yr}/{str(yr + 1)[2:]}",
            2,
        )
        rv = rng.choice([8700, 11250, 14500, 17250, 21000])
        mult = 0.499 if rv < 51000 else 0.546
        gross = rv * mult
        relief = (
            gross * (1.0 if rv <= 12000 else max(0.0, (15000 - rv) / 3000)) if rv < 15000 else 0
        )
        net = gross - relief
        f.y = (
            pairs(
                f.page,
                s,
                m,
                f.y,
                [
                    ("Property", f"Shop and premises, {prem[0]}, {prem[1]}"),
                    ("Rateable value", cash(rv, lg)),
                    ("Multiplier", f"{mult:.3f}"),
                    ("Gross charge", cash(gross, lg)),
                    ("Small business rate relief", "-" + cash(relief, lg)),
                    ("Amount payable", cash(net, lg)),
                ],
                w - m,
                s.size,
            )
            + 10
        )
        inst = round(net / 10, 2)
        rows = [
            [short(date(yr if k < 9 else yr + 1, (4 + k - 1) % 12 + 1, 1), lg), cash(inst, lg)]
            for k in range(10)
        ]
        table(
            f,
            columns(m, w * 0.6, [(2, "left"), (1.5, "right")]),
            ["Instalment due", "Amount"],
            rows,
            s,
            rules=True,
        )
        write(f, s, "Direct Debit is the easiest way to pay. " + prose(rng, lg, "money", 1, 2))
        notes = [
            "Rateable value",
            "Non-domestic rating multiplier",
            "Small business rate relief",
            "Transitional arrangements",
            "Revaluation",
            "Appeals",
            "Hardship relief",
            "Subsidy control",
            "Information supplied with demand notices",
        ]
        ntitle = "EXPLANATORY NOTES"
    elif lg == "de":
        recipient(
            f,
            s,
            h,
            office_lines(),
            d,
            [("Kassenzeichen", acct), ("Steuernummer", serial(keyed(who, "st"), "999/999/99999"))],
        )
        final = k_prop == 1
        caption(
            f,
            s,
            ("Geänderter " if revised else "")
            + (
                f"Gewerbesteuerbescheid für {yr - 2}"
                if final
                else f"Bescheid über Gewerbesteuer-Vorauszahlungen ab {yr}"
            ),
            1.5,
        )
        mb = rng.choice([412.0, 588.0, 735.0, 1050.0])
        hs = rng.choice([395, 410, 425, 440])
        tax = mb * hs / 100
        f.y = (
            pairs(
                f.page,
                s,
                m,
                f.y,
                [
                    ("Steuermessbetrag lt. Messbescheid des Finanzamts", money(mb, lg) + " €"),
                    ("Hebesatz", f"{hs} %"),
                    (
                        "Gewerbesteuer" + (" festgesetzt" if final else " (Jahresbetrag)"),
                        cash(tax, lg),
                    ),
                    (
                        "bereits entrichtete Vorauszahlungen" if final else "Vierteljahresbetrag",
                        cash(tax * (0.9 if final else 0.25), lg),
                    ),
                ],
                w - m,
                s.size,
            )
            + 10
        )
        if not final:
            table(
                f,
                columns(m, w * 0.6, [(2, "left"), (1.5, "right")]),
                ["Fälligkeit", "Betrag"],
                [[f"15.{mm:02d}.{yr}", cash(tax / 4, lg)] for mm in (2, 5, 8, 11)],
                s,
            )
        else:
            write(
                f,
                s,
                f"Abschlusszahlung: {cash(tax * 0.1, lg)}, fällig einen Monat nach "
                "Bekanntgabe dieses Bescheids.",
            )
        write(f, s, prose(rng, lg, "money", 1, 3))
        notes = [
            "Rechtsbehelfsbelehrung",
            "Erläuterungen",
            "Zahlungshinweise",
            "Säumniszuschläge",
            "Datenschutz",
        ]
        ntitle = "Rechtsbehelfsbelehrung und Erläuterungen"
    else:
        recipient(
            f,
            s,
            h,
            office_lines(),
            d,
            [
                ("Référence de l'avis", serial(rng, "99 99 9999999 99")),
                ("N° SIREN", serial(keyed(who, "sir"), "999 999 999")),
            ],
        )
        caption(
            f,
            s,
            ("AVIS RECTIFICATIF" if revised else "AVIS D'IMPÔT")
            + f" {yr} - COTISATION FONCIÈRE DES ENTREPRISES",
            1.5,
        )
        base = rng.choice([2100.0, 2850.0, 3400.0, 4700.0])
        taux = rng.choice([28.4, 31.2, 33.9])
        cfe = base * taux / 100
        f.y = (
            pairs(
                f.page,
                s,
                m,
                f.y,
                [
                    ("Établissement", f"{prem[0]}, {prem[1]}"),
                    ("Base nette d'imposition", cash(base, lg)),
                    ("Taux communal / intercommunal", f"{money(taux, lg)} %"),
                    ("Cotisation", cash(cfe, lg)),
                    ("Frais de gestion", cash(cfe * 0.03, lg)),
                    ("Montant à payer", cash(cfe * 1.03, lg)),
                    ("Date limite de paiement", f"15/12/{yr}"),
                ],
                w - m,
                s.size,
            )
            + 10
        )
        write(
            f,
            s,
            "Payez en ligne sur impots.gouv.fr, espace professionnel. "
            + prose(rng, lg, "money", 1, 2),
        )
        notes = [
            "Comment payer",
            "Réclamations",
            "Délais et pénalités",
            "Plafonnement",
            "Exonérations",
            "Vos droits",
        ]
        ntitle = "INFORMATIONS UTILES"
    pages = close(f.pages, s, h, numbers="none")
    if rng.random() < 0.7:
        pages.append(small_print(rng, s, h, ntitle, notes, "money"))
    remember(d, (k_prop, n_run))
    return pages


ROLES = {
    "presser": ("Presser", "Büglerin / Bügler", "Repasseur / repasseuse"),
    "seamstress": (
        "Seamstress / alterations hand",
        "Änderungsschneiderin",
        "Couturière retoucheuse",
    ),
    "driver": ("Delivery driver", "Auslieferungsfahrer", "Chauffeur-livreur"),
    "assistant": ("Shop assistant", "Verkäuferin / Annahmekraft", "Employé(e) de pressing"),
}
CONTRACT_CLAUSES = {
    "en": [
        "Commencement and continuous employment",
        "Job title and duties",
        "Place of work",
        "Hours of work",
        "Pay",
        "Holidays",
        "Sickness absence",
        "Pension",
        "Probationary period",
        "Notice",
        "Disciplinary and grievance procedures",
        "Protective clothing",
    ],
    "de": [
        "Beginn des Arbeitsverhältnisses",
        "Tätigkeit",
        "Probezeit",
        "Arbeitszeit",
        "Vergütung",
        "Urlaub",
        "Arbeitsverhinderung",
        "Kündigung",
        "Arbeitsschutz",
        "Ausschlussfristen",
        "Schlussbestimmungen",
    ],
    "fr": [
        "Engagement",
        "Fonctions",
        "Période d'essai",
        "Durée du travail",
        "Rémunération",
        "Congés payés",
        "Convention collective",
        "Lieu de travail",
        "Tenue de travail",
        "Rupture du contrat",
    ],
}


def tpl_staff_contract(rng: random.Random, who: Issuer) -> list[Page]:
    """The business's contract with a presser, seamstress, driver or shop assistant: the
    parties, numbered clauses (with the weekly hours table now and then), the signature block on
    the last page, and often the job description as an annex."""
    h = office_head()
    lg = h.lang
    s = style_of(h, A4)
    w, _ = s.page_size
    m = s.margin
    d = some_day(rng)
    role = rng.choice(sorted(ROLES))
    emp = person(rng, lg)
    title = tr(
        lg,
        "STATEMENT OF MAIN TERMS OF EMPLOYMENT",
        "ARBEITSVERTRAG",
        "CONTRAT DE TRAVAIL À DURÉE INDÉTERMINÉE",
    )
    f = sheets(s, h, f"{title} - {emp}")
    caption(f, s, title, 2)
    write(
        f,
        s,
        tr(
            lg,
            f"Employer: {h.name}, {h.street}, {h.town}",
            f"Zwischen {h.name}, {h.street}, {h.town} (Arbeitgeber)",
            f"Entre {h.name}, {h.street}, {h.town}, ci-après l'employeur,",
        ),
    )
    write(
        f,
        s,
        tr(
            lg,
            f"Employee: {emp}",
            f"und {mx(emp, lg)} (Arbeitnehmer/in)",
            f"et {mx(emp, lg)}, ci-après le salarié,",
        ),
    )
    rate = {
        "en": rng.choice([11.44, 11.75, 12.21, 12.60]),
        "de": rng.choice([12.41, 12.82, 13.5]),
        "fr": rng.choice([11.65, 11.88, 12.1]),
    }[lg]
    hours = rng.choice([16, 20, 30, 37.5, 39, 40])
    for k, t in enumerate(CONTRACT_CLAUSES[lg][: rng.randint(8, 12)], 1):
        f.heading(m, f"§ {k} {t}" if lg == "de" else f"{k}. {t}", s.bold, s.size)
        if k == 2:
            write(f, s, tr(lg, *ROLES[role]) + ". " + prose(rng, lg, "care", 1, 2))
        elif t in ("Pay", "Vergütung", "Rémunération"):
            write(
                f,
                s,
                tr(
                    lg,
                    f"{cash(rate, lg)} per hour, paid monthly by credit transfer.",
                    f"Stundenlohn {cash(rate, lg)} brutto, zahlbar zum Monatsende.",
                    f"Taux horaire brut de {cash(rate, lg)}, versé mensuellement.",
                ),
            )
        elif t in ("Hours of work", "Arbeitszeit", "Durée du travail"):
            write(
                f,
                s,
                tr(
                    lg,
                    f"{hours:g} hours per week as follows:",
                    f"{hours:g} Stunden wöchentlich, wie folgt verteilt:",
                    f"{hours:g} heures par semaine réparties comme suit :",
                ),
            )
            if rng.random() < 0.6:
                table(
                    f,
                    columns(m, w - m, [(1, "left")] * 6),
                    WEEKDAYS[lg][:6],
                    [
                        [
                            rng.choice(["07:30-13:30", "08:00-16:30", "-", "12:00-18:00"])
                            for _ in range(6)
                        ]
                    ],
                    s,
                    rules=True,
                )
        else:
            write(f, s, prose(rng, lg, "legal", 1, 3))
    f.need(150)
    f.y += 6
    town = h.town.split()[-1]
    write(
        f,
        s,
        tr(
            lg,
            "Signed by both parties; one copy each.",
            f"{town}, in zweifacher Ausfertigung",
            f"Fait à {town}, en deux exemplaires originaux",
        ),
    )
    f.y += 14
    cw = (w - 2 * m - 40) / 2
    for k, nm in enumerate((worker("owner"), emp)):
        x = m + k * (cw + 40)
        sign_line(
            f.page,
            s,
            x,
            f.y + 40,
            cw,
            tr(
                lg,
                ["Employer", "Employee"][k],
                ["Arbeitgeber", "Arbeitnehmer/in"][k],
                ["L'employeur", "Le salarié"][k],
            ),
            nm,
        )
        hand(f.page, x, f.y, short(d + timedelta(days=k * rng.randint(0, 3)), lg), 9)
    f.y += 70
    pages = list(f.pages)
    if rng.random() < 0.6:
        p = Page(A4)
        y = m
        p.text(
            m,
            y,
            tr(
                lg,
                "Annex - Job description",
                "Anlage - Stellenbeschreibung",
                "Annexe - Fiche de poste",
            ),
            s.bold,
            12,
        )
        y += 24
        p.text(m, y, tr(lg, *ROLES[role]), s.bold, s.size)
        y += 20
        for _ in range(rng.randint(5, 10)):
            for k, ln in enumerate(wrap(words(rng, lg, "care"), s.font, s.size, w - 2 * m - 20)):
                p.text(m + 20, y, ln, s.font, s.size)
                if k == 0:
                    p.text(m + 6, y, "-", s.font, s.size)
                y += s.size * 1.4
            y += 4
        pages.append(p)
    pages = close(pages, s, h)
    remember(d)
    return pages


# ---------------------------------------------------------------------------------------------
# The part: templates, runs and companions
# ---------------------------------------------------------------------------------------------


def tracked(name: str, tpl: Template) -> Template:
    """``tpl`` noting its kind, so that a companion can take up the same garment or hotel."""

    def run(rng: random.Random, who: Issuer) -> list[Page]:
        pages = tpl(rng, who)
        LAST["kind"] = name
        return pages

    run.__doc__ = tpl.__doc__
    return run


KINDS: dict[str, Template] = {
    "linen_contract": tpl_linen_contract,
    "delivery_sheet": tpl_delivery_sheet,
    "linen_invoice": tpl_linen_invoice,
    "garment_claim": tpl_garment_claim,
    "textile_test": tpl_textile_test,
    "claim_settlement": tpl_claim_settlement,
    "lost_item_report": tpl_lost_item_report,
    "alteration_ticket": tpl_alteration_ticket,
    "uncollected_notice": tpl_uncollected_notice,
    "solvent_invoice": tpl_solvent_invoice,
    "safety_data_sheet": tpl_safety_data_sheet,
    "voc_inspection": tpl_voc_inspection,
    "environmental_permit": tpl_environmental_permit,
    "waste_consignment": tpl_waste_consignment,
    "machine_service": tpl_machine_service,
    "pressure_exam": tpl_pressure_exam,
    "water_treatment": tpl_water_treatment,
    "shop_lease": tpl_shop_lease,
    "business_rates": tpl_business_rates,
    "staff_contract": tpl_staff_contract,
}
TEMPLATES_UUUU: dict[str, Template] = {k: tracked(k, t) for k, t in KINDS.items()}
#: Kinds that a pile often holds 2-4 of in a row from one sender.
RUN_KINDS = (
    "delivery_sheet",
    "linen_invoice",
    "solvent_invoice",
    "machine_service",
    "pressure_exam",
    "alteration_ticket",
    "business_rates",
    "waste_consignment",
    "uncollected_notice",
)
#: A kind often followed by a related paper.
FOLLOWS = {
    "garment_claim": "textile_test",
    "textile_test": "claim_settlement",
    "lost_item_report": "claim_settlement",
    "solvent_invoice": "safety_data_sheet",
    "linen_contract": "delivery_sheet",
    "delivery_sheet": "linen_invoice",
}


# ---------------------------------------------------------------------------------------------
# Streams and generation (same files and labels as corpus.generate)
# ---------------------------------------------------------------------------------------------


def make_tagine_stream(rng: random.Random, n_docs: int, separators: bool) -> Stream:
    """One business's pile: ``corpus.make_stream`` with batch runs (after a run kind, 1-3 more
    of the same kind from the same sender follow with probability 0.6) and companions (each
    kind in ``FOLLOWS`` is followed by its related paper with probability 0.5). The business
    (country, name, month) is drawn once per stream."""
    r = random.Random(rng.getrandbits(32))
    lang = r.choice(["en", "en", "de", "de", "fr"])
    BIZ["lang"] = lang
    BIZ["row"] = r.randrange(len(SHOPS[lang]))
    BIZ["seed"] = r.getrandbits(24)
    BIZ["month"] = date(r.choice([2024, 2025]), r.randint(1, 12), 1)
    LAST.update(kind="", day=None, extra=None)
    run_odds = dict.fromkeys(RUN_KINDS, 0.6)
    return assemble_stream(
        rng, TEMPLATES_UUUU, n_docs, separators, run_odds, run_len=(1, 3), follows=FOLLOWS
    )


generate = part_generate(PART, SEED_OFFSET, make_tagine_stream, "templates UUUU")


def main(argv: list[str]) -> int:
    return part_main(argv, __doc__, PART, generate, scanned=12)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

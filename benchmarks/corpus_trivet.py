"""Trivet part of the generated corpus: templates HHHH, written blind for the next measurement.

A part of its own, ``trivet``. Its templates were written without looking at the boundary
detector, its documentation, its tuning or its evaluation, as the pile the office of a
scaffolding hire and erection company (two directors, three scaffolding gangs, a yard manager
and an office manager; in England, Germany or France) feeds through its scanner in a month: the
company's hire quotations to builders and roofers (a letter with the price schedule, the
assumptions and exclusions, often the conditions of hire in small print and now and then an
acceptance slip); its scaffold hire contracts as the builder signs and returns them (the
contract form, one or two pages of conditions and the signature page with the builder's stamp);
its handover certificates filled in by hand on a pad (Übergabeprotokoll, procès-verbal de
réception), some with the TG20 compliance sheet behind; its weekly scaffold inspection reports
with the tick-box checklist (Prüfprotokoll, rapport de vérification) on portrait or landscape
A4, now and then with a photo sheet; its hire period invoices with the reverse charge / § 13b /
autoliquidation note; builders' off-hire notices as printed e-mails, letters or the company's
off-hire form sent back by fax; temporary works designers' scaffold designs (the cover sheet
with the revision table, the calculation sheets, drawings on landscape pages with a title
block, sometimes a covering letter); the company's scaffold licence applications to the council
(the form, a site plan sketch and the copy of the liability insurance certificate) and the
council's licences (Sondernutzungserlaubnis, arrêté de permission de voirie) with their
conditions and the fee notice; the office's competence records of its operatives with the
photocopy of the card (CISRS card, Gerüstbau qualification card, carte BTP); training centres'
certificates (CISRS course, Befähigte Person, formation R408) on landscape pages, often with
the course record behind; statutory accident reports (HSE RIDDOR F2508, BG BAU Unfallanzeige,
Cerfa déclaration d'accident du travail); workshops' tachograph calibration certificates for
the lorries; the broker's fleet motor insurance renewal (the letter, the schedule, the vehicle
schedule on a landscape page and the certificate of motor insurance), or a mid-term adjustment
when a vehicle is added; tube and fittings suppliers' delivery notes signed in the yard and
their invoices; builders' payment notices on the company's applications with the valuation
breakdown; their monthly CIS payment and deduction statements (Abrechnungsbeleg Bauabzugsteuer,
relevé de règlement sous-traitant) from slips to A4; their retention release letters with the
final account statement and now and then the completion certificate copy; and the lease of the
yard (covering letter, the lease over several pages, the yard plan on a landscape page and the
execution page), or a later deed of variation. Each stream is one company's pile: the company
(country, name, month, staff, lorries, sites and customers) is drawn once per stream; its
outside senders are of the company's country and write in its language, except that a supplier
or a designer is now and then from abroad and writes in its own. Page sizes range from CIS
slips and A5 pads to A4, Letter and landscape A4.

Labelling rule: what one sender issues in one go is one document, as the office files it: the
price schedule, the acceptance slip and the conditions of a quotation; the conditions and the
signature page of a hire contract; the TG20 compliance sheet stapled to a handover
certificate; the defects and photo pages of an inspection report; the covering letter, cover
sheet, calculation sheets and drawings of a scaffold design; the site plan and the insurance
certificate copy filed with a licence application (the company sent them together); the
covering letter, conditions and fee notice of a council licence; the course record behind a
training certificate; every page of an accident report; the letter, schedule, vehicle
schedule and motor certificate of an insurance renewal; the second sheet of a delivery note or
an invoice; the valuation breakdown of a payment notice; the final account statement and
completion certificate copy sent with a retention release; the covering letter, plan and
execution page of a lease. Related papers are documents of their own: the hire contract after
the quotation, the handover certificate after the contract or the design, the council's
licence after the application, the hire invoice after the off-hire notice, the supplier's
invoice after its delivery note, the CIS statement after the payment notice, the training
certificate after the operative's card record, the card record after an accident report; and
so is each inspection report, hire invoice, card record, training certificate, calibration
certificate, delivery note, supplier invoice and CIS statement of a run.

Streams are assembled like ``corpus.make_stream`` (same separator sheets, same 30% chance of
repeating the previous kind and sender), plus batch runs: inspection reports, hire invoices,
card records, training certificates, tachograph certificates, delivery notes, supplier
invoices and CIS statements often come 2-4 in a row from one sender with other sites,
operatives, lorries, months, numbers and amounts; and companions: each related paper above
often follows the document it answers, about the same site, operative or delivery. Drawn with
``corpus.draw_pdf``, scanned with ``corpus.scan`` and labelled exactly like
``corpus.generate`` with ``"split": "trivet"`` and seeds offset by 8_500_000.

Usage: ``python benchmarks/corpus_trivet.py OUT_DIR [--streams N] [--scanned N] [--seed S]``
writes ``OUT_DIR/trivet/trivet_{born_digital,scanned}_NNNNNNN.{pdf,json}``.
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
    yes_no,
)
from corpus_kit import address as window

PART = "trivet"
SEED_OFFSET = 8_500_000

MM = 72 / 25.4
SLIP = (80 * MM, 160 * MM)
A6 = (105 * MM, 148 * MM)
LAND = landscape(A4)

# ---------------------------------------------------------------------------------------------
# Who writes: the scaffolding company and its outside senders, by country
# ---------------------------------------------------------------------------------------------

Row = tuple[str, str, str, str]  # name, street, town, telephone
FIRMS: dict[str, list[Row]] = {
    "en": [
        (
            "Castleford Scaffolding Ltd",
            "Unit 7, Wheldon Road Ind. Estate",
            "Castleford WF10 2SD",
            "01977 552 410",
        ),
        ("Wessex Access Scaffolding Ltd", "Yard 3, Marsh Lane", "Bristol BS2 0UN", "0117 955 0316"),
        (
            "Kilburn & Moss Scaffolding",
            "Goods Yard, Cardiff Road",
            "Reading RG1 8EX",
            "0118 959 2277",
        ),
    ],
    "de": [
        ("Gerüstbau Hellweg GmbH", "Am Güterbahnhof 12", "44147 Dortmund", "0231 98 20 46-0"),
        ("Brenner Gerüstbau GmbH & Co. KG", "Gewerbestraße 9", "86199 Augsburg", "0821 90 77 31"),
        ("Gerüstbau Nordheide GmbH", "Industriering 31", "21244 Buchholz", "04181 29 36 0"),
    ],
    "fr": [
        (
            "Échafaudages Lyonnais SARL",
            "14 rue du Dauphiné, ZI Mi-Plaine",
            "69800 Saint-Priest",
            "04 78 90 41 22",
        ),
        (
            "Atlantique Échafaudage SAS",
            "5 rue des Métiers, ZA de la Lande",
            "44800 Saint-Herblain",
            "02 40 63 18 75",
        ),
        ("SOMEC Échafaudages Nord", "2 rue Ampère", "59650 Villeneuve-d'Ascq", "03 20 47 66 09"),
    ],
}
SENDERS: dict[str, dict[str, list[Row]]] = {
    "builder": {
        "en": [
            (
                "Harrison & Pell Builders Ltd",
                "Mill Yard, Bridge Street",
                "Wakefield WF1 5AQ",
                "01924 371 900",
            ),
            (
                "Northgate Construction plc",
                "Northgate House, 2 Rawdon Road",
                "Leeds LS19 6BD",
                "0113 250 4400",
            ),
            ("J. Thackray Roofing Ltd", "12 Pontefract Lane", "Leeds LS9 8AB", "0113 248 1166"),
            ("Avonside Homes Ltd", "Temple Gate House", "Bristol BS1 6PL", "0117 929 7300"),
            ("Redbrick Refurbishment Ltd", "44 Oxford Road", "Reading RG1 7LH", ""),
            (
                "Barrow & Sons Roofing Contractors",
                "The Old Forge, Church Lane",
                "Pontefract WF8 1QB",
                "",
            ),
        ],
        "de": [
            (
                "Bauunternehmung Kortmann GmbH",
                "Westfalendamm 87",
                "44141 Dortmund",
                "0231 41 02 55",
            ),
            ("Dachdeckerei Schulte-Berge", "Im Kamp 4", "59423 Unna", "02303 88 14 2"),
            ("Hochtief-Kranz Bau GmbH", "Provinostraße 52", "86153 Augsburg", "0821 34 00 0"),
            ("Malerbetrieb Uwe Lindner", "Lindenstraße 16", "21244 Buchholz", ""),
            ("Wohnbau Ruhr-Lippe AG", "Königswall 21", "44137 Dortmund", ""),
            ("Zimmerei und Dachbau Fischer GmbH", "Augsburger Straße 101", "86368 Gersthofen", ""),
        ],
        "fr": [
            (
                "Bâtiment Rhône Construction SAS",
                "22 avenue Berthelot",
                "69007 Lyon",
                "04 72 71 30 00",
            ),
            ("Couverture Girard et Fils", "8 chemin des Vignes", "69740 Genas", "04 78 40 12 93"),
            ("Eiffage-Vautrin Rénovation", "3 boulevard Gustave Roch", "44200 Nantes", ""),
            ("Ravalement Duval SARL", "41 rue de Roubaix", "59000 Lille", "03 20 06 55 17"),
            ("Nord Charpente Couverture", "ZA du Moulin", "59810 Lesquin", ""),
            ("Logis Atlantique Promotion", "12 quai de la Fosse", "44000 Nantes", ""),
        ],
    },
    "designer": {
        "en": [
            (
                "TG Access Design Ltd",
                "Suite 4, Calder House",
                "Huddersfield HD1 2QT",
                "01484 535 090",
            ),
            ("Scaffold Engineering Services LLP", "2 Cathedral Court", "Bristol BS1 5DT", ""),
        ],
        "de": [
            (
                "Ingenieurbüro Statik Gerüstbau Dipl.-Ing. W. Reuter",
                "Hansastraße 40",
                "44137 Dortmund",
                "",
            ),
            ("Tragwerk Plan GmbH", "Maximilianstraße 11", "86150 Augsburg", "0821 45 56 70"),
        ],
        "fr": [
            ("BET Structures Échafaudage", "17 rue Garibaldi", "69006 Lyon", "04 72 83 40 10"),
            ("Cabinet Calculs & Méthodes", "6 allée Duguay-Trouin", "44000 Nantes", ""),
        ],
    },
    "council": {
        "en": [
            (
                "Wakefield Council - Highways Network Management",
                "Wakefield One, Burton Street",
                "Wakefield WF1 2EB",
                "",
            ),
            ("Bristol City Council - Highway Licensing", "PO Box 3399", "Bristol BS1 9NE", ""),
            (
                "Reading Borough Council - Streetworks",
                "Civic Offices, Bridge Street",
                "Reading RG1 2LU",
                "",
            ),
            (
                "Leeds City Council - Highways and Transportation",
                "Merrion House",
                "Leeds LS2 8BB",
                "",
            ),
        ],
        "de": [
            ("Stadt Dortmund - Tiefbauamt, Sondernutzungen", "Burgwall 14", "44135 Dortmund", ""),
            (
                "Stadt Augsburg - Tiefbauamt, Straßenverkehrsbehörde",
                "Annastraße 16",
                "86150 Augsburg",
                "",
            ),
            (
                "Stadt Buchholz i. d. N. - Fachdienst Straßen",
                "Rathausplatz 1",
                "21244 Buchholz",
                "",
            ),
        ],
        "fr": [
            (
                "Ville de Lyon - Direction de l'Occupation du Domaine Public",
                "198 avenue Jean Jaurès",
                "69007 Lyon",
                "",
            ),
            (
                "Nantes Métropole - Pôle Espace Public",
                "2 cours du Champ de Mars",
                "44000 Nantes",
                "",
            ),
            (
                "Ville de Lille - Service Occupation du Domaine Public",
                "Place Augustin Laurent",
                "59000 Lille",
                "",
            ),
        ],
    },
    "supplier": {
        "en": [
            (
                "Pennine Tube & Fittings Ltd",
                "Bradley Junction Ind. Est.",
                "Huddersfield HD2 1UR",
                "01484 420 611",
            ),
            ("Severn Scaffold Supplies Ltd", "Avonmouth Way", "Bristol BS11 8DB", "0117 982 0444"),
            ("Midland Boards & Timber Ltd", "Tame Valley Ind. Est.", "Tamworth B77 5BY", ""),
        ],
        "de": [
            ("Ruhr Gerüsthandel GmbH", "Emscherstraße 60", "45891 Gelsenkirchen", "0209 70 29 0"),
            ("Süddeutsche Rohr- und Kupplungswerke KG", "Industriestraße 22", "89231 Neu-Ulm", ""),
            ("Hanse Gerüstteile Vertrieb GmbH", "Billbrookdeich 200", "22113 Hamburg", ""),
        ],
        "fr": [
            (
                "Comptoir Rhodanien de l'Échafaudage",
                "ZI Lyon Sud, 9 rue du Bourbonnais",
                "69200 Vénissieux",
                "",
            ),
            (
                "Tubes & Colliers de l'Ouest SAS",
                "Rue de la Garenne",
                "44470 Carquefou",
                "02 40 52 90 00",
            ),
            ("Nord Matériel Échafaudage", "Avenue de la Créativité", "59650 Villeneuve-d'Ascq", ""),
        ],
    },
    "broker": {
        "en": [
            (
                "Calder Commercial Insurance Brokers Ltd",
                "3 Park Square East",
                "Leeds LS1 2NE",
                "0113 242 8800",
            ),
            ("Westcountry Fleet & Liability Ltd", "Broad Quay House", "Bristol BS1 4DJ", ""),
        ],
        "de": [
            ("Westfälische Versicherungsmakler GmbH", "Ostenhellweg 54", "44135 Dortmund", ""),
            ("Assekuranzkontor Lech GmbH", "Schaezlerstraße 3", "86150 Augsburg", "0821 50 44 80"),
        ],
        "fr": [
            ("Cabinet Moreau Assurances Flottes", "40 rue de la République", "69002 Lyon", ""),
            ("Ouest Courtage Entreprises", "5 place du Commerce", "44000 Nantes", ""),
        ],
    },
    "workshop": {
        "en": [
            ("Aire Valley Commercials Ltd - Tachograph Centre", "Canal Road", "Leeds LS12 2PL", ""),
            ("Avon Truck & Van Services", "Albert Road", "Bristol BS2 0XS", "0117 971 3310"),
        ],
        "de": [
            (
                "Nutzfahrzeuge Bergmann GmbH - Tachographendienst",
                "Hafenstraße 30",
                "44147 Dortmund",
                "",
            ),
            ("Kfz-Meisterbetrieb Huber", "Lechhauser Straße 70", "86165 Augsburg", ""),
        ],
        "fr": [
            ("Poids Lourds Services Rhône", "Boulevard de l'Industrie", "69800 Saint-Priest", ""),
            ("Atelier Chrono Ouest", "ZI de Tougas", "44220 Couëron", ""),
        ],
    },
    "trainer": {
        "en": [
            ("Pennine Access Training Centre", "Unit 2, Calder Park", "Wakefield WF2 7AW", ""),
            (
                "Severnside Scaffold Training Ltd",
                "Unit 14, Avonmouth Business Park",
                "Bristol BS11 9YA",
                "",
            ),
        ],
        "de": [
            ("Bildungszentrum Gerüstbau Westfalen", "Am Westfalenpark 3", "44139 Dortmund", ""),
            (
                "Akademie Arbeitssicherheit Schwaben e.V.",
                "Am Mittleren Moos 48",
                "86167 Augsburg",
                "",
            ),
        ],
        "fr": [
            ("Centre de Formation BTP Rhône-Alpes", "12 rue Marcel Mérieux", "69007 Lyon", ""),
            ("Organisme Forma'Sécurité Atlantique", "3 rue de l'Étier", "44300 Nantes", ""),
        ],
    },
    "authority": {
        "en": [
            (
                "Health and Safety Executive - RIDDOR",
                "Redgrave Court, Merton Road",
                "Bootle L20 7HS",
                "",
            )
        ],
        "de": [
            (
                "BG BAU - Berufsgenossenschaft der Bauwirtschaft",
                "Hildegardstraße 29/30",
                "10715 Berlin",
                "",
            )
        ],
        "fr": [
            (
                "Caisse Primaire d'Assurance Maladie",
                "Service Risques Professionnels",
                "69907 Lyon Cedex 20",
                "",
            )
        ],
    },
    "landlord": {
        "en": [
            (
                "Hartley Moorhouse Solicitors",
                "19 Bond Street",
                "Wakefield WF1 2QP",
                "01924 290 012",
            ),
            ("Osborne Clarke Property Trust", "2 Temple Back East", "Bristol BS1 6EG", ""),
        ],
        "de": [
            ("Grundstücksgesellschaft Hafenfeld GbR", "Speicherstraße 5", "44147 Dortmund", ""),
            ("Immobilienverwaltung Wörle & Partner", "Provinostraße 12", "86153 Augsburg", ""),
        ],
        "fr": [
            ("SCI Les Terrains du Rhône", "9 cours Lafayette", "69003 Lyon", ""),
            ("Étude Maître Le Bihan, Notaire", "1 rue Crébillon", "44000 Nantes", ""),
        ],
    },
}

FIRSTS = {
    "en": [
        "Gary",
        "Dean",
        "Lee",
        "Craig",
        "Karen",
        "Paul",
        "Shaun",
        "Joanne",
        "Mark",
        "Sharon",
        "Ryan",
        "Tony",
    ],
    "de": [
        "Dirk",
        "Sven",
        "Marco",
        "Andreas",
        "Sabine",
        "Jürgen",
        "Kevin",
        "Petra",
        "Mehmet",
        "Tanja",
        "Rainer",
    ],
    "fr": [
        "Franck",
        "Mickaël",
        "Sébastien",
        "Nadia",
        "Karim",
        "Isabelle",
        "Jérôme",
        "Sandrine",
        "Anthony",
        "Loïc",
    ],
}
LASTS = {
    "en": [
        "Hirst",
        "Pearson",
        "Barraclough",
        "Walsh",
        "Shaw",
        "Oduya",
        "Kowalski",
        "Lumb",
        "Fairbairn",
        "Price",
    ],
    "de": [
        "Krause",
        "Wiesner",
        "Yilmaz",
        "Brückner",
        "Hollmann",
        "Nowak",
        "Stratmann",
        "Eberle",
        "Kaiser",
    ],
    "fr": [
        "Ferreira",
        "Lemoine",
        "Boucher",
        "Dumont",
        "Haddad",
        "Carpentier",
        "Marchal",
        "Poirier",
        "Texier",
    ],
}
FEMALE = {"Karen", "Joanne", "Sharon", "Sabine", "Petra", "Tanja", "Nadia", "Isabelle", "Sandrine"}
ROADS = {
    "en": [
        "Westgate",
        "Kirkgate",
        "Northgate",
        "Park Road",
        "Victoria Street",
        "Church Street",
        "Station Road",
        "High Street",
        "Queen Street",
        "Market Place",
        "Albion Street",
    ],
    "de": [
        "Hohe Straße",
        "Kampstraße",
        "Bahnhofstraße",
        "Kirchplatz",
        "Rheinische Straße",
        "Maximilianstraße",
        "Heilig-Kreuz-Straße",
        "Lindenweg",
        "Marktstraße",
        "Ostwall",
    ],
    "fr": [
        "rue de la République",
        "rue Mercière",
        "rue Paul Bert",
        "quai Saint-Vincent",
        "rue Crébillon",
        "rue Esquermoise",
        "boulevard Carnot",
        "rue du Président Herriot",
    ],
}
TOWNS = {
    "en": {
        0: ["Wakefield", "Castleford", "Pontefract", "Leeds"],
        1: ["Bristol", "Clifton, Bristol", "Keynsham", "Portishead"],
        2: ["Reading", "Wokingham", "Caversham", "Newbury"],
    },
    "de": {
        0: ["44135 Dortmund", "44137 Dortmund", "59423 Unna", "58452 Witten"],
        1: ["86150 Augsburg", "86152 Augsburg", "86368 Gersthofen", "86343 Königsbrunn"],
        2: ["21244 Buchholz", "21073 Hamburg-Harburg", "21217 Seevetal", "21255 Tostedt"],
    },
    "fr": {
        0: ["69002 Lyon", "69006 Lyon", "69100 Villeurbanne", "69300 Caluire-et-Cuire"],
        1: ["44000 Nantes", "44100 Nantes", "44400 Rezé", "44800 Saint-Herblain"],
        2: ["59000 Lille", "59800 Lille", "59100 Roubaix", "59130 Lambersart"],
    },
}
WORKS = {
    "en": [
        "re-roofing",
        "chimney rebuild",
        "render and paint",
        "new build, plots 14-19",
        "window replacement",
        "gable repair",
        "loft conversion",
        "brick repointing",
        "solar panel installation",
        "gutter and fascia renewal",
    ],
    "de": [
        "Dachsanierung",
        "Fassadenanstrich",
        "Wärmedämmverbundsystem",
        "Neubau MFH, Haus B",
        "Fensteraustausch",
        "Schornsteinsanierung",
        "Dachgeschossausbau",
        "Klinkersanierung",
        "Montage PV-Anlage",
        "Dachrinnenerneuerung",
    ],
    "fr": [
        "réfection de toiture",
        "ravalement de façade",
        "isolation thermique par l'extérieur",
        "construction neuve, bât. B",
        "remplacement des menuiseries",
        "reprise de souche",
        "aménagement de combles",
        "rejointoiement",
        "pose de panneaux photovoltaïques",
        "remplacement des gouttières",
    ],
}
SCAFFOLDS = {
    "en": [
        "independent tied scaffold",
        "putlog scaffold",
        "chimney scaffold",
        "birdcage scaffold",
        "tube and fitting independent with loading bay",
        "temporary roof and independent scaffold",
        "access tower and edge protection",
    ],
    "de": [
        "Fassadengerüst (Rahmengerüst)",
        "Modulgerüst mit Konsolen",
        "Schornsteingerüst",
        "Raumgerüst",
        "Fassadengerüst mit Lastenbühne",
        "Wetterschutzdach mit Fassadengerüst",
        "Dachfanggerüst",
    ],
    "fr": [
        "échafaudage de pied multidirectionnel",
        "échafaudage de façade à cadres",
        "échafaudage de souche",
        "échafaudage intérieur (parapluie)",
        "échafaudage de pied avec recette à matériaux",
        "parapluie et échafaudage de pied",
        "garde-corps de rive et tour d'accès",
    ],
}
ELEVS = {
    "en": [
        "front elevation",
        "rear elevation",
        "front and gable",
        "all elevations",
        "gable end",
        "rear and side",
    ],
    "de": [
        "Straßenseite",
        "Gartenseite",
        "Straßen- und Giebelseite",
        "umlaufend",
        "Giebelseite",
        "Hofseite",
    ],
    "fr": [
        "façade rue",
        "façade arrière",
        "façade rue et pignon",
        "toutes façades",
        "pignon",
        "façade cour",
    ],
}


# ---------------------------------------------------------------------------------------------
# Words
# ---------------------------------------------------------------------------------------------

TALK = {
    "en": {
        "scaff": "scaffold lift boards ties standards ledgers transoms bracing guardrail toe "
        "board brick guard base plates sole boards loading bay ladder access inspection tag "
        "handover alteration design load class",
        "legal": "hirer owner equipment hire period charges liability insurance notice "
        "termination damage loss indemnity payment terms site access alteration dismantling",
        "money": "invoice payment account balance due amount reference valuation retention "
        "period application statement sum notice final date deduction",
        "safety": "injury accident fall operative supervisor first aid ladder lorry loading "
        "fitting dropped object exclusion zone harness investigation witness site",
    },
    "de": {
        "scaff": "Gerüst Lage Beläge Verankerung Ständer Längsriegel Querriegel Diagonale "
        "Seitenschutz Bordbrett Fußspindel Unterlage Lastenbühne Leitergang Prüfung Kennzeichnung "
        "Übergabe Umbau Lastklasse Breitenklasse",
        "legal": "Mieter Vermieter Gerüstmaterial Mietzeit Vorhaltung Haftung Versicherung "
        "Kündigung Beschädigung Verlust Zahlung Baustelle Zugang Umbau Abbau VOB",
        "money": "Rechnung Zahlung Konto Saldo fällig Betrag Verwendungszweck Abschlag "
        "Sicherheitseinbehalt Zeitraum Prüfung Schlussrechnung Frist Abzug",
        "safety": "Verletzung Unfall Absturz Mitarbeiter Kolonnenführer Ersthelfer Leiter LKW "
        "Verladung Kupplung herabfallende Teile Absperrung Auffanggurt Untersuchung Zeuge "
        "Baustelle",
    },
    "fr": {
        "scaff": "échafaudage niveau planchers amarrages montants lisses traverses diagonales "
        "garde-corps plinthe socle calage recette échelle vérification étiquette réception "
        "modification classe charge",
        "legal": "locataire loueur matériel durée location tarif responsabilité assurance préavis "
        "résiliation dommages perte paiement chantier accès modification démontage",
        "money": "facture paiement compte solde échéance montant référence situation retenue "
        "garantie période décompte règlement délai",
        "safety": "blessure accident chute salarié chef d'équipe secouriste échelle camion "
        "chargement collier chute d'objet balisage harnais enquête témoin chantier",
    },
}
GLUES = {
    "en": "the of and to for with on at by from this is are will be the a as we your all",
    "de": "die der das und zu für mit auf von ist sind wird bei nach den dem im wir Ihre",
    "fr": "le la les et de du pour avec sur par est sont sera au aux des une nous vos",
}


def words(rng: random.Random, lang: str, topic: str = "scaff", n: int | None = None) -> str:
    pool, glue = TALK[lang][topic].split(), GLUES[lang].split()
    ws = [rng.choice(pool if rng.random() < 0.5 else glue) for _ in range(n or rng.randint(7, 15))]
    text = " ".join(ws)
    return text[0].upper() + text[1:] + "."


def prose(rng: random.Random, lang: str, topic: str = "scaff", lo: int = 2, hi: int = 4) -> str:
    return " ".join(words(rng, lang, topic) for _ in range(rng.randint(lo, hi)))


# ---------------------------------------------------------------------------------------------
# The company of a stream: country, month, staff, lorries, sites
# ---------------------------------------------------------------------------------------------

FIRM: dict[str, object] = {"lang": "en", "row": 0, "seed": 0, "month": date(2025, 3, 1)}


@dataclass
class Site:
    """One scaffold job: the customer, the address, what is up and at what price."""

    ref: str
    cust: Row
    street: str
    town: str
    works: str
    kind: str
    elev: str
    length: float
    height: float
    lifts: int
    weeks: int
    price: float
    weekly: float
    start: date
    foreman: str


@dataclass
class Lorry:
    reg: str
    make: str
    gvw: str
    year: int
    vin: str


#: The company's people: directors, foremen, yard manager, office manager, operatives.
STAFF: dict[str, list[str]] = {}
LORRIES: list[Lorry] = []
SITES: list[Site] = []
#: What the previous document was about (a companion takes up the same site and day).
LAST: dict[str, object] = {"kind": "", "site": None, "day": None, "extra": None}


def home() -> str:
    return str(FIRM["lang"])


def month() -> date:
    m = FIRM["month"]
    assert isinstance(m, date)
    return m


def region() -> int:
    return int(FIRM["row"])  # type: ignore[call-overload]


def keyed(who: Issuer, key: str) -> random.Random:
    """Draws fixed by the issuer, the stream's company and ``key``: a run or a repeat keeps
    its sender."""
    text = f"trivet/{key}/{who.name}/{who.street}/{who.city}/{FIRM['seed']}"
    return random.Random(zlib.crc32(text.encode()))


def add_months(d: date, n: int) -> date:
    k = d.year * 12 + d.month - 1 + n
    return date(k // 12, k % 12 + 1, 1)


def some_day(rng: random.Random) -> date:
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


def remember(site: Site | None, d: date, extra: object = None) -> None:
    LAST.update(site=site, day=d, extra=extra)


def person(r: random.Random, lang: str) -> str:
    return f"{r.choice(FIRSTS[lang])} {r.choice(LASTS[lang])}"


def a_reg(r: random.Random, lang: str) -> str:
    if lang == "en":
        return (
            serial(r, "AA")
            + r.choice(["19", "69", "21", "71", "22", "72", "23"])
            + " "
            + serial(r, "AAA")
        )
    if lang == "de":
        return (
            {0: "DO", 1: "A", 2: "WL"}[region()]
            + "-"
            + serial(r, "AA")
            + " "
            + str(r.randint(100, 9999))
        )
    return serial(r, "AA-999-AA")


def a_site(r: random.Random, lang: str, cust: Row | None = None) -> Site:
    row = cust or r.choice(SENDERS["builder"][lang])
    no = r.randint(1, 140)
    road = r.choice(ROADS[lang])
    street = f"{road} {no}" if lang == "de" else f"{no} {road}" if lang == "en" else f"{no}, {road}"
    lifts = r.randint(2, 7)
    length = float(r.choice([6, 8, 9, 12, 14, 18, 22, 27, 32, 40]))
    weeks = r.choice([4, 6, 8, 8, 10, 12])
    price = round(length * lifts * r.uniform(38, 62) / 5) * 5
    return Site(
        ref=f"{r.choice(['J', 'S', 'C'])}{month().year % 100}{r.randint(100, 999)}",
        cust=row,
        street=street,
        town=r.choice(TOWNS[lang][region()]),
        works=r.choice(WORKS[lang]),
        kind=r.choice(SCAFFOLDS[lang]),
        elev=r.choice(ELEVS[lang]),
        length=length,
        height=round(lifts * 2.0 + r.choice([0.5, 1.0, 1.5]), 1),
        lifts=lifts,
        weeks=weeks,
        price=float(price),
        weekly=float(round(price * r.uniform(0.06, 0.11) / 5) * 5),
        start=month() - timedelta(days=r.randint(0, 60)),
        foreman=r.choice(STAFF.get("foremen", ["Gary Hirst"])),
    )


def site_for(rng: random.Random, kinds: tuple[str, ...], cust: Row | None = None) -> Site:
    """The previous document's site if it was one of ``kinds``, else one of the company's
    sites (of ``cust`` when given; a new one when it has none)."""
    s = LAST["site"]
    if isinstance(s, Site) and after(kinds):
        return s
    pool = [x for x in SITES if cust is None or x.cust == cust]
    if pool and rng.random() < 0.8:
        return rng.choice(pool)
    site = a_site(rng, home(), cust)
    SITES.append(site)
    return site


def firm_name() -> str:
    return FIRMS[home()][region()][0]


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
    "firm": (
        "Scaffolding - Access - Temporary Roofs",
        "Gerüstbau - Vermietung - Montage",
        "Échafaudages - Location - Montage",
    ),
    "builder": ("Building Contractors", "Hoch- und Tiefbau", "Entreprise générale du bâtiment"),
    "designer": (
        "Temporary Works Design",
        "Tragwerksplanung - Gerüststatik",
        "Bureau d'études structures",
    ),
    "supplier": (
        "Tube - Fittings - Boards - System Scaffold",
        "Gerüstrohre - Kupplungen - Beläge",
        "Tubes - Colliers - Planchers",
    ),
    "broker": (
        "Commercial & Fleet Insurance",
        "Versicherungsmakler für Gewerbe und Flotten",
        "Courtier en assurances flottes et entreprises",
    ),
    "workshop": (
        "Approved Tachograph Centre",
        "Anerkannte Werkstatt § 57b StVZO",
        "Centre agréé chronotachygraphes",
    ),
    "trainer": (
        "Approved Training Centre",
        "Zertifizierter Bildungsträger",
        "Organisme de formation certifié",
    ),
}


def legal_lines(r: random.Random, name: str, lang: str, role: str) -> list[str]:
    if role in ("council", "authority"):
        return []
    if lang == "de":
        bank = r.choice(
            [
                "Sparkasse Dortmund",
                "Stadtsparkasse Augsburg",
                "Sparkasse Harburg-Buxtehude",
                "Volksbank eG",
                "Commerzbank AG",
            ]
        )
        out = [
            f"{bank} - IBAN DE{r.randint(10, 99)} {r.randint(1000, 9999)} {r.randint(1000, 9999)} "
            f"{r.randint(1000, 9999)} {r.randint(1000, 9999)} {r.randint(10, 99)} - BIC "
            + serial(r, "AAAAAA9A")
            + (f" - USt-IdNr. DE{r.randint(100000000, 999999999)}" if r.random() < 0.6 else ""),
        ]
        if "GmbH" in name or "AG" in name or "KG" in name:
            seat, court = r.choice(
                [("Dortmund", "Dortmund"), ("Augsburg", "Augsburg"), ("Buchholz", "Tostedt")]
            )
            out.insert(
                0,
                f"Sitz {seat} - Amtsgericht {court} HRB {r.randint(1000, 39999)} - "
                f"Geschäftsführer: {person(r, 'de')}",
            )
        return out
    if lang == "fr":
        siret = (
            f"{r.randint(300, 899)} {r.randint(100, 999)} {r.randint(100, 999)} "
            f"{r.randint(10000, 99999)}"
        )
        out = [
            f"{name} - SIRET {siret} - APE "
            f"{r.choice(['4399A', '4391B', '7112B', '4673A', '4520B', '6622Z'])}"
        ]
        if r.random() < 0.7:
            out.append(
                f"Capital {r.choice(['7 500', '50 000', '120 000', '300 000'])} € - TVA "
                f"FR{r.randint(10, 99)} "
                f"{r.randint(100, 999)} {r.randint(100, 999)} {r.randint(100, 999)} - RCS "
                f"{r.choice(['Lyon', 'Nantes', 'Lille'])}"
            )
        return out
    out = []
    if "Ltd" in name or "plc" in name or "LLP" in name:
        out.append(f"Registered in England and Wales No. {r.randint(3000000, 13999999):08d}")
    if r.random() < 0.6:
        out.append(
            f"VAT Reg. No. {r.randint(100, 999)} {r.randint(1000, 9999)} {r.randint(10, 99)}"
        )
    if role == "firm":
        out.append(
            r.choice(
                [
                    "NASC Full Contractor Member",
                    "CHAS Accredited - Constructionline Gold",
                    "SMAS Worksafe Contractor",
                ]
            )
        )
    return [" - ".join(out)] if out else []


def make_head(row: Row, lang: str, role: str) -> Head:
    """The paper habits of the sender ``row``: the same all through one stream."""
    name, street, town, phone = row
    r = random.Random(zlib.crc32(f"trivet/head/{name}/{FIRM['seed']}".encode()))
    font, bold = r.choice(FACES)
    host = "".join(c for c in name.lower().split()[0] if c.isalpha() and c.isascii())[:12]
    tld = {"en": "co.uk", "de": "de", "fr": "fr"}[lang]
    looks = LOOKS
    if role in ("council", "authority"):
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
        mail=f"{r.choice(['info', 'office', 'hire', 'accounts', 'admin'])}@{host or 'mail'}.{tld}"
        if r.random() < 0.75
        else "",
    )


def firm_head() -> Head:
    lang = home()
    return make_head(FIRMS[lang][region()], lang, "firm")


def head_of(who: Issuer, role: str, abroad: float = 0.0) -> Head:
    """The ``role`` sender of ``who`` (the same for the same issuer and company), of the
    company's country or, with odds ``abroad``, of another."""
    r = keyed(who, role)
    lang = home()
    if r.random() < abroad:
        lang = r.choice([x for x in ("en", "de", "fr") if x != lang])
    rows = SENDERS[role][lang]
    if role in ("council", "landlord") and lang == home():
        row = rows[min(region(), len(rows) - 1)]
    else:
        row = r.choice(rows)
    return make_head(row, lang, role)


def council_for(site: Site) -> Head:
    """The highway authority of the site's town."""
    lang = home()
    rows = SENDERS["council"][lang]
    k = 3 if lang == "en" and region() == 0 and "Leeds" in site.town else region()
    return make_head(rows[k], lang, "council")


def builder_of(who: Issuer) -> Head:
    return head_of(who, "builder")


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


def seal(
    p: Page, cx: float, cy: float, r: float, top: str, mid: str, font: str = "Helvetica"
) -> None:
    """A round rubber stamp: two rings, the wording on two lines inside, a star in the middle."""
    ring(p, cx, cy, r)
    ring(p, cx, cy, r - 3)
    pt = shrink(top, font, 6.5, r * 1.45)
    p.text(cx, cy - r * 0.45, fit(top, font, pt, r * 1.45), font, pt, "center")
    pt2 = shrink(mid, font, 6.5, r * 1.3)
    p.text(cx, cy + r * 0.62, fit(mid, font, pt2, r * 1.3), font, pt2, "center")
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


def logo(p: Page, x: float, y: float, size: float = 30) -> None:
    """A scaffolding company's mark: a little frame of standards, ledgers and a brace."""
    p.rect(x, y, size, size, fill=0.15)
    p.rect(x + 2, y + 2, size - 4, size - 4, fill=1.0)
    for k in range(3):
        xx = x + 6 + k * (size - 12) / 2
        p.line(xx, y + 4, xx, y + size - 4)
    for k in range(3):
        yy = y + 7 + k * (size - 14) / 2
        p.line(x + 4, yy, x + size - 4, yy)
    p.line(x + 6, y + size - 7, x + size / 2, y + 7)


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
    sub = tr(h.lang, *trade) if trade else ""
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
        p.text(w / 2, y + 15, fit(sub or where, it, 7.5, w - 2 * m), it, 7.5, "center")
        p.text(
            w / 2,
            y + 24,
            fit(f"{where}  {contact}" if sub else contact, h.font, 7, w - 2 * m),
            h.font,
            7,
            "center",
        )
        p.line(m, y + 30, w - m, y + 30)
        return y + 50
    if h.look == "letter":
        if h.role == "firm":
            logo(p, m, y - 12, 34)
        else:
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
        if sub and w - 2 * m - bw > 120:
            p.text(
                w - m,
                y + 2,
                fit(sub, italic_of(h.font), 7.5, w - 2 * m - bw - 10),
                italic_of(h.font),
                7.5,
                "right",
            )
        return y + 46
    if h.look == "side":
        pt = shrink(h.name, h.bold, s.size + 4, w * 0.62 - m)
        if h.role == "firm":
            logo(p, m, y - 10, 26)
            p.text(m + 32, y + 4, fit(h.name, h.bold, pt, w * 0.62 - m - 32), h.bold, pt)
            p.text(
                m + 32,
                y + 15,
                fit(sub, italic_of(h.font), 7.5, w * 0.62 - m - 32),
                italic_of(h.font),
                7.5,
            )
        else:
            p.text(m, y + 4, h.name, h.bold, pt)
            p.text(
                m, y + 15, fit(sub, italic_of(h.font), 7.5, w * 0.62 - m), italic_of(h.font), 7.5
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


def plain(s: Style, header: str = "", bottom: float = 0) -> Sheets:
    """Pages without a letterhead (forms, annexes): a running header from page 2 if given."""

    def start(p: Page, n: int) -> float:
        if n > 1 and header:
            return running_header(p, s, header)
        return s.margin - 4

    w, hh = s.page_size
    return Sheets((w, hh), hh - s.margin - bottom, start)


def scrawl(p: Page, x: float, y: float, name: str, pt: float = 13) -> None:
    """A handwritten signature over the baseline ``y``."""
    parts = [
        t
        for t in name.replace("-", " ").replace(".", " ").split()
        if t not in ("Dr", "Dipl", "Ing")
    ]
    text = f"{parts[0][0]}{parts[-1][:8]}" if len(parts) > 1 else (parts or ["x"])[0]
    p.text(x + 2, y - 1, text, INK, pt)
    end = x + 6 + tw(text, INK, pt)
    p.line(end - 4, y - 2, end + 12, y - 9)
    p.line(x, y + 2, end - 8, y + 1)


def received(rng: random.Random, p: Page, d: date, odds: float = 0.35) -> None:
    """Now and then the company's received stamp on the first page."""
    if rng.random() < odds:
        w, _ = p.size
        lang = home()
        stamp(
            p,
            w - rng.uniform(150, 210),
            rng.uniform(70, 160),
            [
                tr(lang, "RECEIVED", "EINGANG", "REÇU LE"),
                short(d + timedelta(days=rng.randint(1, 5)), lang),
                rng.choice(
                    {
                        "en": ["Accounts", "Yard", "Office"],
                        "de": ["Buchhaltung", "Lager", "Büro"],
                        "fr": ["Comptabilité", "Dépôt", "Secrétariat"],
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


def regards(f: Sheets, s: Style, lang: str, name: str, role: str, gap: float = 30) -> None:
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
            "Nous vous prions d'agréer, Madame, Monsieur, nos salutations distinguées.",
        ),
        s.font,
        s.size,
    )
    f.y += gap
    scrawl(f.page, m, f.y - 4, name)
    f.y += 8
    f.page.text(m, f.y, name, s.bold, s.size)
    if role:
        f.page.text(m, f.y + s.size * 1.3, role, s.font, s.size - 1)
    f.y += s.size * 3


def staff(h: Head, tag: str) -> str:
    r = random.Random(zlib.crc32(f"trivet/staff/{tag}/{h.name}/{FIRM['seed']}".encode()))
    return person(r, h.lang)


def mx(name: str, lang: str) -> str:
    """``name`` with Mr/Mrs, Herr/Frau or Monsieur/Madame before it."""
    female = name.split()[0] in FEMALE
    if lang == "de":
        return f"{'Frau' if female else 'Herr'} {name}"
    if lang == "fr":
        return f"{'Madame' if female else 'Monsieur'} {name}"
    return f"{'Mrs' if female else 'Mr'} {name}"


def dear(lang: str, name: str | None) -> str:
    if name is None:
        return tr(lang, "Dear Sirs,", "Sehr geehrte Damen und Herren,", "Madame, Monsieur,")
    female = name.split()[0] in FEMALE
    last = name.split()[-1]
    if lang == "de":
        return f"Sehr geehrte Frau {last}," if female else f"Sehr geehrter Herr {last},"
    if lang == "fr":
        return "Madame," if female else "Monsieur,"
    return f"Dear {name.split()[0]},"


def head_lines(h: Head, att: str = "") -> list[str]:
    return [h.name, *([att] if att else []), h.street, h.town]


def firm_lines(att: str = "") -> list[str]:
    return head_lines(firm_head(), att)


def director() -> str:
    return STAFF["directors"][0]


def office_manager() -> str:
    return STAFF["office"][0]


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
    gross = net + tax
    rows.append(
        (tr(lg, "Total due", "Rechnungsbetrag", "Total TTC" if rate else "Net à payer"), gross)
    )
    for k, (t, v) in enumerate(rows):
        bold = s.bold if k == len(rows) - 1 else s.font
        f.page.text(w * 0.56, f.y, fit(t, bold, s.size, w * 0.25), bold, s.size)
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


def copier_edge(p: Page, rng: random.Random) -> None:
    """The grey edge a photocopy of a smaller original leaves on the page."""
    w, h = p.size
    g = rng.uniform(0.35, 0.6)
    if rng.random() < 0.6:
        p.rect(0, 0, rng.uniform(8, 22), h, fill=g)
    else:
        p.rect(0, 0, w, rng.uniform(6, 16), fill=g)


def sign_box(
    p: Page, s: Style, x: float, y: float, w: float, cap: str, name: str, d: str, ink: bool = True
) -> None:
    """A signature box: caption, a signature, the printed name and date under a rule."""
    p.text(x, y, fit(cap, s.font, 7, w), s.font, 7)
    if ink and name:
        scrawl(p, x + 6, y + 26, name, 12)
    p.line(x, y + 30, x + w - 10, y + 30)
    if name:
        p.text(
            x,
            y + 40,
            fit(name, HAND if ink else s.font, 8.5, w * 0.6),
            HAND if ink else s.font,
            8.5,
        )
    if d:
        p.text(x + w - 12, y + 40, d, HAND if ink else s.font, 8.5, "right")


def elevation(
    p: Page,
    x: float,
    y: float,
    w: float,
    h: float,
    bays: int,
    lifts: int,
    rng: random.Random,
    ties: bool = True,
    label: str = "",
) -> None:
    """A scaffold elevation: standards and lifts on a ground line, bracing and tie marks."""
    p.line(x - 10, y + h, x + w + 10, y + h)
    for k in range(8):
        p.line(x - 10 + k * (w + 20) / 8, y + h, x - 16 + k * (w + 20) / 8, y + h + 6)
    bw = w / bays
    lh = h / lifts
    for b in range(bays + 1):
        p.line(x + b * bw, y, x + b * bw, y + h)
    for li in range(lifts + 1):
        p.line(x, y + h - li * lh, x + w, y + h - li * lh)
    for li in range(lifts):
        b = (li * 3) % bays
        p.line(x + b * bw, y + h - li * lh, x + (b + 1) * bw, y + h - (li + 1) * lh)
    if ties:
        for li in range(1, lifts + 1, 2):
            for b in range(0, bays + 1, 2):
                xx, yy = x + b * bw, y + h - li * lh
                p.line(xx - 3, yy - 3, xx + 3, yy + 3)
                p.line(xx - 3, yy + 3, xx + 3, yy - 3)
    # a building outline behind
    p.rect(x + bw * 0.3, y + lh * 0.6, w - bw * 0.6, h - lh * 0.6, fill=None)
    if label:
        p.text(x + w / 2, y + h + 16, label, "Helvetica", 7, "center")
    if rng.random() < 0.5:
        p.text(x + w + 14, y + h / 2, f"{lifts * 2.0:.1f} m", "Helvetica", 6.5)


# ---------------------------------------------------------------------------------------------
# Templates HHHH: the company's hire paperwork
# ---------------------------------------------------------------------------------------------

HIRE_TERMS = {
    "en": [
        "Definitions",
        "Quotation and acceptance",
        "Hire period",
        "Minimum hire",
        "Access to site",
        "Foundations and ties",
        "Alterations and adaptations",
        "Loading of the scaffold",
        "Inspection by the hirer",
        "Loss and damage",
        "Insurance",
        "Payment",
        "Construction Act",
        "Off-hire and dismantling",
        "Limitation of liability",
        "Law",
    ],
    "de": [
        "Geltungsbereich",
        "Angebot und Vertragsschluss",
        "Vorhaltung und Mietzeit",
        "Mindestmietzeit",
        "Zufahrt und Baufreiheit",
        "Untergrund und Verankerung",
        "Umbauten",
        "Belastung des Gerüsts",
        "Prüfung durch den Nutzer",
        "Beschädigung und Verlust",
        "Versicherung",
        "Abrechnung nach Aufmaß",
        "Zahlung",
        "Abmeldung und Abbau",
        "Haftung",
        "Gerichtsstand",
    ],
    "fr": [
        "Objet",
        "Devis et commande",
        "Durée de location",
        "Location minimale",
        "Accès au chantier",
        "Appuis et amarrages",
        "Modifications",
        "Charges admissibles",
        "Vérifications",
        "Dommages et pertes",
        "Assurances",
        "Facturation",
        "Paiement et pénalités",
        "Fin de location et démontage",
        "Responsabilité",
        "Juridiction",
    ],
}


def load_class(lg: str, k: int) -> str:
    return [
        tr(lg, "Light duty - 1.5 kN/m2", "Lastklasse 2 - 1,5 kN/m2", "Classe 2 - 150 daN/m2"),
        tr(lg, "General purpose - 2.0 kN/m2", "Lastklasse 3 - 2,0 kN/m2", "Classe 3 - 200 daN/m2"),
        tr(lg, "Heavy duty - 2.5 kN/m2", "Lastklasse 4 - 3,0 kN/m2", "Classe 4 - 300 daN/m2"),
    ][k]


def site_line(site: Site) -> str:
    return f"{site.street}, {site.town}"


def scaffold_text(site: Site, lg: str) -> str:
    return tr(
        lg,
        f"{site.kind.capitalize()} to {site.elev}, approx. {site.length:g} m long x "
        f"{site.height:g} m high, {site.lifts} boarded lifts",
        f"{site.kind}, {site.elev}, ca. {site.length:g} m x {money(site.height, lg)} m, "
        f"{site.lifts} Gerüstlagen",
        f"{site.kind.capitalize()}, {site.elev}, env. {site.length:g} m x "
        f"{money(site.height, lg)} m, {site.lifts} niveaux",
    )


def tpl_hire_quote(rng: random.Random, who: Issuer) -> list[Page]:
    """The company's hire quotation to a builder or roofer: a letter with the price schedule
    (erect and dismantle with the first weeks' hire, weekly hire after, extras), the
    assumptions and exclusions, often the hire conditions on a page of small print and now
    and then an acceptance slip to sign and return."""
    h = firm_head()
    lg = h.lang
    b = builder_of(who)
    site = site_for(rng, (), (b.name, b.street, b.town, b.phone))
    s = style_of(h, A4 if lg != "en" or rng.random() < 0.85 else LETTER)
    w, _ = s.page_size
    m = s.margin
    d = some_day(rng)
    no = f"{tr(lg, 'Q', 'AN', 'DV')}-{d.year % 100}{rng.randint(1000, 4999)}"
    contact = staff(b, "site")
    title = tr(lg, "Quotation", "Angebot", "Devis")
    f = sheets(s, h, f"{h.name} - {title} {no}")
    recipient(
        f,
        s,
        h,
        head_lines(
            b,
            tr(lg, f"FAO {contact}", f"z. Hd. {mx(contact, lg)}", f"À l'att. de {mx(contact, lg)}"),
        ),
        d,
        [
            (tr(lg, "Our ref", "Angebots-Nr.", "Devis n°"), no),
            (tr(lg, "Your ref", "Ihr Zeichen", "V/réf."), site.works),
        ],
    )
    caption(
        f,
        s,
        tr(
            lg,
            f"Quotation - scaffolding at {site_line(site)}",
            f"Angebot Gerüstarbeiten - BV {site_line(site)}",
            f"Devis échafaudage - chantier {site_line(site)}",
        ),
        1.5,
    )
    write(f, s, dear(lg, contact))
    write(
        f,
        s,
        tr(
            lg,
            f"Thank you for your enquiry and for meeting us on site. We are pleased to quote for "
            f"the scaffolding required for the {site.works} as follows.",
            f"vielen Dank für Ihre Anfrage und den Ortstermin. Für die Gerüstarbeiten im Zuge der "
            f"Maßnahme {site.works} bieten wir Ihnen wie folgt an:",
            f"Suite à votre demande et à notre visite sur place, nous avons le plaisir de vous "
            f"adresser notre offre pour l'échafaudage nécessaire aux travaux de {site.works}.",
        ),
    )
    cols = columns(m, w - m, [(0.5, "left"), (5.2, "left"), (1.1, "right"), (1.5, "right")])
    write(f, s, tr(lg, "Scaffold: ", "Gerüst: ", "Échafaudage : ") + scaffold_text(site, lg) + ".")
    rows = [
        [
            "1",
            tr(
                lg,
                f"Supply, erect and dismantle, incl. {site.weeks} weeks' hire",
                f"Gerüst liefern, auf- und abbauen, inkl. {site.weeks} Wochen Standzeit",
                f"Montage et démontage, {site.weeks} semaines de location incluses",
            ),
            tr(lg, "item", "psch.", "forfait"),
            money(site.price, lg),
        ],
        [
            "2",
            tr(
                lg,
                "Hire thereafter, per week",
                "Vorhaltung je weitere Woche",
                "Location par semaine supplémentaire",
            ),
            tr(lg, "week", "Wo.", "sem."),
            money(site.weekly, lg),
        ],
    ]
    extras = [
        (
            tr(
                lg,
                "Loading bay 2 t with gate",
                "Lastenbühne 2 t mit Schiebetor",
                "Recette à matériaux 2 t avec portillon",
            ),
            rng.choice([180.0, 240.0, 320.0]),
        ),
        (
            tr(lg, "Monaflex sheeting, per m2", "Gerüstplane, je m2", "Bâche de protection, le m2"),
            rng.choice([2.4, 3.1, 3.8]),
        ),
        (
            tr(
                lg,
                "Scaffold alarm, per week",
                "Gerüstalarmanlage, je Woche",
                "Alarme échafaudage, par semaine",
            ),
            rng.choice([35.0, 45.0, 60.0]),
        ),
        (
            tr(
                lg,
                "Ladder beam / bridging over bay window",
                "Überbrückung Erker mit Gitterträger",
                "Poutre de franchissement",
            ),
            rng.choice([95.0, 140.0]),
        ),
        (
            tr(
                lg,
                "Pavement licence (council fee at cost)",
                "Sondernutzungserlaubnis (Gebühr nach Aufwand)",
                "Permis de stationnement (redevance au réel)",
            ),
            rng.choice([85.0, 120.0, 150.0]),
        ),
        (
            tr(
                lg,
                "Pedestrian walkway with fans and lighting",
                "Fußgängertunnel mit Schutzdach und Beleuchtung",
                "Passage piéton protégé et éclairé",
            ),
            rng.choice([420.0, 560.0]),
        ),
        (
            tr(
                lg,
                "Temporary roof, per week",
                "Wetterschutzdach, je Woche",
                "Parapluie, par semaine",
            ),
            rng.choice([260.0, 390.0]),
        ),
    ]
    for k, (t, v) in enumerate(rng.sample(extras, rng.randint(1, 4)), 3):
        rows.append(
            [str(k), t, tr(lg, "item", "psch.", "forfait") if "m2" not in t else "m2", money(v, lg)]
        )
    rows.append(
        [
            str(len(rows) + 1),
            tr(
                lg,
                "Adaptations and alterations, per man-hour",
                "Umbauten auf Nachweis, je Std.",
                "Modifications en régie, l'heure",
            ),
            tr(lg, "hr", "Std.", "h"),
            money(rng.choice([32.0, 38.0, 45.0, 52.0]), lg),
        ]
    )
    table(
        f,
        cols,
        [
            "",
            tr(lg, "Description", "Leistung", "Désignation"),
            tr(lg, "Unit", "Einheit", "Unité"),
            tr(lg, "Price", "EP", "PU HT") + f" ({tr(lg, 'GBP', 'EUR', 'EUR')})",
        ],
        rows,
        s,
        rules=True,
        step=1.8,
    )
    f.y += 6
    caption(
        f, s, tr(lg, "Assumptions and exclusions", "Vorbemerkungen", "Hypothèses et exclusions"), 0
    )
    items = [
        tr(
            lg,
            "Prices exclude VAT. Domestic reverse charge applies where the customer is CIS "
            "registered.",
            "Preise netto zzgl. USt.; § 13b UStG findet Anwendung.",
            "Prix HT ; autoliquidation de la TVA en sous-traitance (art. 283-2 nonies CGI).",
        ),
        tr(
            lg,
            "Clear and level access for our lorry and a firm base for the scaffold by others.",
            "Tragfähiger Untergrund und freie Zufahrt für LKW bauseits.",
            "Accès camion et sol porteur à la charge du client.",
        ),
        tr(
            lg,
            f"Scaffold designed to TG20:21; {load_class(lg, rng.randint(0, 1)).lower()}.",
            f"Ausführung nach DIN EN 12811 / Regelausführung, {load_class(lg, 1)}.",
            f"Montage selon NF EN 12810/12811, {load_class(lg, rng.randint(1, 2))}.",
        ),
        tr(
            lg,
            "Removal of satellite dishes, alarms, cables and planting by others.",
            "Demontage von Antennen, Markisen u. Ä. bauseits.",
            "Dépose des antennes, stores et câbles par le client.",
        ),
        tr(
            lg,
            f"Quotation valid for {rng.choice([30, 60, 90])} days.",
            f"Bindefrist {rng.choice([4, 6, 8])} Wochen.",
            f"Offre valable {rng.choice([1, 2, 3])} mois.",
        ),
    ]
    for t in rng.sample(items, rng.randint(3, 5)):
        write(f, s, f"- {t}", s.size - 1, indent=6)
    write(
        f,
        s,
        tr(
            lg,
            "We trust this is of interest and look forward to hearing from you.",
            "Wir würden uns über Ihren Auftrag freuen.",
            "Restant à votre disposition, nous espérons que cette offre retiendra votre attention.",
        ),
    )
    regards(f, s, lg, director(), tr(lg, "Director", "Geschäftsführer", "Gérant"))
    pages = f.pages
    if rng.random() < 0.3:
        a = sheets(s, h, top=False)
        caption(a, s, tr(lg, "Acceptance of quotation", "Auftragserteilung", "Bon pour accord"), 2)
        write(
            a,
            s,
            tr(
                lg,
                f"Please sign and return this form to confirm your order against quotation {no}.",
                f"Hiermit beauftragen wir Sie auf Grundlage Ihres Angebots {no}.",
                f"Devis n° {no} accepté - à retourner signé avec la mention « bon pour accord ».",
            ),
        )
        a.y = fields(
            a.page,
            s,
            m,
            a.y,
            w - 2 * m,
            [
                (tr(lg, "Company", "Firma", "Société"), ""),
                (tr(lg, "Order / PO number", "Bestell-Nr.", "N° de commande"), ""),
                (tr(lg, "Site contact", "Ansprechpartner Baustelle", "Contact chantier"), ""),
                (tr(lg, "Telephone", "Telefon", "Téléphone"), ""),
                (tr(lg, "Required on site from", "Gerüst gestellt ab", "Montage souhaité le"), ""),
                (tr(lg, "Invoice address", "Rechnungsanschrift", "Adresse de facturation"), ""),
                (tr(lg, "Signed", "Unterschrift", "Signature"), ""),
                (tr(lg, "Date", "Datum", "Date"), ""),
            ],
            per=2,
            tall=30,
            hand=False,
        )
        pages = pages + a.pages
    if rng.random() < 0.6:
        pages.append(
            small_print(
                rng,
                s,
                lg,
                tr(
                    lg,
                    f"{h.name} - Conditions of hire",
                    "Allgemeine Geschäftsbedingungen für Gerüstbauleistungen",
                    "Conditions générales de location et de montage",
                ),
                HIRE_TERMS[lg],
            )
        )
    remember(site, d, no)
    return close(pages, s, h)


def tpl_hire_contract(rng: random.Random, who: Issuer) -> list[Page]:
    """The hire contract the company issues for a job and the builder signs and returns: the
    contract form with both parties, the site, the scaffold and the price; the hire
    conditions on one or two pages of small print; a signature page with the builder's
    company stamp."""
    h = firm_head()
    lg = h.lang
    b = builder_of(who)
    site = site_for(rng, ("hire_quote",), (b.name, b.street, b.town, b.phone))
    s = style_of(h)
    w, _ = s.page_size
    m = s.margin
    d = last_day(rng, ("hire_quote",), (3, 15))
    no = serial(rng, tr(lg, "HC-99999", "GV 9999/99", "CT-9999-99"))
    title = tr(
        lg,
        "SCAFFOLD HIRE CONTRACT",
        "GERÜSTBAUVERTRAG",
        "CONTRAT DE LOCATION ET MONTAGE D'ÉCHAFAUDAGE",
    )
    f = sheets(s, h, f"{title} {no}")
    pt = shrink(title, s.bold, s.size + 5, w - 2 * m)
    f.page.text(w / 2, f.y, title, s.bold, pt, "center")
    f.y += 14
    f.page.text(
        w / 2,
        f.y,
        tr(lg, f"Contract No. {no}", f"Vertrags-Nr. {no}", f"Contrat n° {no}"),
        s.font,
        s.size,
        "center",
    )
    f.y += 20
    p = f.page
    half = (w - 2 * m - 10) / 2
    for k, (cap, lines) in enumerate(
        [
            (tr(lg, "The Company (Owner)", "Auftragnehmer", "Le loueur"), head_lines(h)),
            (tr(lg, "The Hirer", "Auftraggeber", "Le locataire"), head_lines(b)),
        ]
    ):
        x = m + k * (half + 10)
        p.rect(x, f.y - 10, half, 62)
        p.text(x + 4, f.y, cap, s.bold, 7.5)
        for j, t in enumerate(lines):
            p.text(
                x + 4, f.y + 12 + 10 * j, fit(t, s.font, s.size - 1, half - 8), s.font, s.size - 1
            )
    f.y += 66
    y = band(p, s, f.y, tr(lg, "1. Site and works", "1. Bauvorhaben", "1. Chantier"))
    f.y = fields(
        p,
        s,
        m,
        y + 4,
        w - 2 * m,
        [
            (tr(lg, "Site address", "Baustelle", "Adresse du chantier"), site_line(site)),
            (tr(lg, "Works by hirer", "Gewerk des AG", "Travaux du locataire"), site.works),
            (tr(lg, "Job number", "Kommission", "N° d'affaire"), site.ref),
            (tr(lg, "Site contact", "Bauleiter AG", "Conducteur de travaux"), staff(b, "site")),
        ],
        per=2,
        tall=24,
        hand=False,
    )
    y = band(p, s, f.y, tr(lg, "2. Scaffold", "2. Gerüst", "2. Échafaudage"))
    f.y = fields(
        p,
        s,
        m,
        y + 4,
        w - 2 * m,
        [
            (tr(lg, "Description", "Ausführung", "Désignation"), scaffold_text(site, lg)),
            (
                tr(lg, "Load class", "Last-/Breitenklasse", "Classe"),
                load_class(lg, rng.randint(0, 2)) + tr(lg, "", ", W09", ""),
            ),
            (
                tr(lg, "Design", "Statik / Regelausführung", "Note de calcul"),
                rng.choice(
                    [
                        tr(lg, "TG20 compliant", "Regelausführung", "Montage type"),
                        serial(rng, "SD-9999"),
                    ]
                ),
            ),
            (tr(lg, "Erection date", "Gerüststellung", "Date de montage"), short(site.start, lg)),
        ],
        per=2,
        tall=24,
        hand=False,
    )
    y = band(p, s, f.y, tr(lg, "3. Price and payment", "3. Vergütung", "3. Prix et paiement"))
    f.y = fields(
        p,
        s,
        m,
        y + 4,
        w - 2 * m,
        [
            (
                tr(
                    lg,
                    "Erect, dismantle and initial hire",
                    "Auf- und Abbau inkl. Grundstandzeit",
                    "Montage, démontage et location initiale",
                ),
                cash(site.price, lg),
            ),
            (
                tr(lg, "Initial hire period", "Grundstandzeit", "Durée initiale"),
                tr(lg, f"{site.weeks} weeks", f"{site.weeks} Wochen", f"{site.weeks} semaines"),
            ),
            (
                tr(
                    lg,
                    "Weekly hire thereafter",
                    "Vorhaltung je Woche danach",
                    "Location hebdomadaire ensuite",
                ),
                cash(site.weekly, lg),
            ),
            (
                tr(lg, "Payment terms", "Zahlungsziel", "Conditions de paiement"),
                tr(lg, "30 days from invoice", "14 Tage netto", "30 jours fin de mois"),
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
            "The hirer accepts the scaffold on handover and is responsible for it until it is "
            "off-hired in writing. The conditions of hire overleaf form part of this contract.",
            "Es gelten die VOB Teil B und C (DIN 18451) sowie unsere umseitigen AGB. Die Mietzeit "
            "endet mit der schriftlichen Abmeldung des Gerüsts durch den Auftraggeber.",
            "Le locataire prend l'échafaudage en charge à la réception et en reste gardien jusqu'à "
            "la demande écrite de démontage. Les conditions générales font partie du contrat.",
        ),
        s.size - 1,
    )
    pages = f.pages
    for k in range(1 if rng.random() < 0.6 else 2):
        pages.append(
            small_print(
                rng,
                s,
                lg,
                tr(
                    lg,
                    "Conditions of hire",
                    "Allgemeine Geschäftsbedingungen",
                    "Conditions générales",
                )
                + (f" ({k + 1})" if k else ""),
                HIRE_TERMS[lg][k * 8 :] if k else HIRE_TERMS[lg],
            )
        )
    g = plain(s)
    caption(g, s, tr(lg, "Signatures", "Unterschriften", "Signatures"), 1)
    write(
        g,
        s,
        tr(
            lg,
            f"Signed for and on behalf of the parties to contract {no}.",
            f"Vertrag {no} - gelesen, verstanden und anerkannt.",
            f"Contrat n° {no} - fait en deux exemplaires originaux.",
        ),
    )
    g.y += 12
    signer = staff(b, "director")
    sign_box(
        g.page,
        s,
        m,
        g.y,
        (w - 2 * m) / 2,
        tr(lg, "For the Company", "Für den Auftragnehmer", "Pour le loueur"),
        director(),
        short(d, lg),
    )
    sign_box(
        g.page,
        s,
        m + (w - 2 * m) / 2 + 10,
        g.y,
        (w - 2 * m) / 2 - 10,
        tr(lg, "For the Hirer", "Für den Auftraggeber", "Pour le locataire"),
        signer,
        short(d + timedelta(days=rng.randint(1, 6)), lg),
    )
    stamp(g.page, w / 2 + 30, g.y + 64, [b.name[:26].upper(), b.street[:26], b.town[:26]])
    pages.append(g.pages[0])
    remember(site, d, no)
    return close(pages, s, h)


CHECKS = {
    "en": [
        "Foundations, base plates and sole boards",
        "Standards plumb and jointed",
        "Ledgers and transoms",
        "Ledger and face bracing",
        "Ties and anchors (tested where required)",
        "Boards and working platforms",
        "Guardrails and toe boards",
        "Brick guards / netting",
        "Ladder access and gates",
        "Loading bay and gate",
        "Sheeting and debris netting",
        "Scafftag and signage",
        "Public protection (fans, lighting)",
    ],
    "de": [
        "Aufstellfläche, Fußspindeln, Unterlagen",
        "Ständer lotrecht, Stöße",
        "Längs- und Querriegel",
        "Diagonalen / Verstrebungen",
        "Verankerungen (Prüfprotokoll Dübel)",
        "Beläge, Belagsicherung",
        "Seitenschutz (Geländer, Zwischenholm, Bordbrett)",
        "Schutzwand / Netz",
        "Leitergang, Durchstiegsklappen",
        "Lastenbühne, Absperrung",
        "Bekleidung (Plane, Netz)",
        "Kennzeichnung am Zugang",
        "Verkehrssicherung",
    ],
    "fr": [
        "Appuis, socles et calages",
        "Montants d'aplomb",
        "Lisses et traverses",
        "Diagonales",
        "Amarrages et ancrages (essais)",
        "Planchers",
        "Garde-corps et plinthes",
        "Filets / grillages",
        "Accès (échelles, trappes)",
        "Recette à matériaux",
        "Bâches et filets",
        "Panneau d'identification",
        "Protection des tiers (balisage, éclairage)",
    ],
}


def tpl_handover_cert(rng: random.Random, who: Issuer) -> list[Page]:
    """The company's scaffold handover certificate, filled in by hand on site by the gang's
    supervisor and signed by the builder's representative (a pad form on A4 or A5), now and
    then with the TG20 compliance sheet / load table stapled behind."""
    h = firm_head()
    lg = h.lang
    b = builder_of(who)
    site = site_for(
        rng, ("hire_contract", "hire_quote", "design_calc"), (b.name, b.street, b.town, b.phone)
    )
    b = make_head(site.cust, lg, "builder")
    size = A5 if keyed(who, "pad").random() < 0.4 and rng.random() < 0.8 else A4
    s = style_of(h, size, margin=30 if size == A5 else 40, pt=8 if size == A5 else 9)
    w, hh = size
    m = s.margin
    d = last_day(rng, ("hire_contract",), (4, 20))
    p = Page(size)
    y = heading(p, s, h)
    title = tr(
        lg,
        "SCAFFOLD HANDOVER CERTIFICATE",
        "ÜBERGABEPROTOKOLL GERÜST",
        "PROCÈS-VERBAL DE RÉCEPTION D'ÉCHAFAUDAGE",
    )
    pt = shrink(title, s.bold, 13, w - 2 * m - 70)
    p.text(m, y, title, s.bold, pt)
    p.text(w - m, y, f"No. {rng.randint(1000, 9999)}", "Courier-Bold", 11, "right")
    y += 18
    y = fields(
        p,
        s,
        m,
        y,
        w - 2 * m,
        [
            (tr(lg, "Client", "Auftraggeber", "Client"), b.name),
            (tr(lg, "Site", "Baustelle", "Chantier"), site_line(site)),
            (tr(lg, "Location / elevation", "Bereich", "Zone / façade"), site.elev),
            (tr(lg, "Job no.", "Kommission", "N° d'affaire"), site.ref),
            (tr(lg, "Date", "Datum", "Date"), short(d, lg)),
            (
                tr(lg, "Time", "Uhrzeit", "Heure"),
                f"{rng.randint(7, 16)}:{rng.choice(['00', '15', '30', '45'])}",
            ),
        ],
        per=2,
        tall=24 if size == A4 else 22,
    )
    y = band(p, s, y, tr(lg, "Scaffold", "Gerüst", "Échafaudage"))
    y = fields(
        p,
        s,
        m,
        y + 4,
        w - 2 * m,
        [
            (tr(lg, "Type", "Gerüstart", "Type"), site.kind),
            (
                tr(lg, "Load class", "Lastklasse", "Classe de charge"),
                load_class(lg, rng.randint(0, 2)),
            ),
            (tr(lg, "Boarded lifts", "Gerüstlagen", "Niveaux planchéiés"), str(site.lifts)),
            (
                tr(lg, "Length x height", "Länge x Höhe", "Longueur x hauteur"),
                f"{site.length:g} x {money(site.height, lg)} m",
            ),
            (
                tr(lg, "Design / TG20 ref.", "Statik / AuV", "Note de calcul"),
                rng.choice(["TG20 CS", serial(rng, "SD-9999"), "-"]),
            ),
            (
                tr(lg, "Max. bay loading", "Feldlast", "Charge par travée"),
                rng.choice(["4 x 25 kg", "3 kN", "2 kN/m2", "200 kg"]),
            ),
        ],
        per=2,
        tall=24 if size == A4 else 22,
    )
    y += 2
    opts = [
        tr(lg, t[0], t[1], t[2])
        for t in [
            ("Ladder access", "Leitergang", "Échelle d'accès"),
            ("Loading bay", "Lastenbühne", "Recette"),
            ("Brick guards", "Schutzgitter", "Grillages"),
            ("Sheeted", "Plane", "Bâché"),
            ("Alarm fitted", "Alarmanlage", "Alarme"),
            ("Tag fitted", "Kennzeichnung", "Étiquette posée"),
        ]
    ]
    y = ticks(p, s, m, y + 6, w - 2 * m, opts, set(rng.sample(range(6), rng.randint(2, 5))), 8)
    y += 4
    text = tr(
        lg,
        "The scaffold described above has been erected in accordance with TG20:21 / the design "
        "and is handed over complete and safe to use. It must be inspected before first use, "
        "every 7 days and after adverse weather. No alterations by others.",
        "Das Gerüst wurde gemäß Aufbau- und Verwendungsanleitung errichtet, geprüft und ist für "
        "die Nutzung freigegeben. Änderungen dürfen nur durch den Gerüstersteller erfolgen. "
        "Der Nutzer hat das Gerüst vor jeder Benutzung auf augenfällige Mängel zu prüfen.",
        "L'échafaudage ci-dessus a été monté conformément à la notice du fabricant et à la "
        "note de calcul. Il est réceptionné en bon état et peut être utilisé. Toute "
        "modification est interdite sauf par le monteur.",
    )
    for ln in wrap(text, s.font, s.size - 1, w - 2 * m):
        p.text(m, y, ln, s.font, s.size - 1)
        y += (s.size - 1) * 1.35
    y += 8
    p.text(m, y, tr(lg, "Remarks:", "Bemerkungen:", "Observations :"), s.bold, 8)
    if rng.random() < 0.6:
        hand(
            p,
            m + 58,
            y,
            rng.choice(
                [
                    tr(
                        lg,
                        "Ties to be left in place",
                        "Anker nicht entfernen",
                        "Ne pas retirer les amarrages",
                    ),
                    tr(
                        lg,
                        "Top lift not boarded yet",
                        "Oberste Lage noch ohne Belag",
                        "Dernier niveau non planchéié",
                    ),
                    tr(
                        lg,
                        "Gate at loading bay to be kept shut",
                        "Tor Lastenbühne geschlossen halten",
                        "Portillon à maintenir fermé",
                    ),
                    tr(
                        lg,
                        "Roofers to advise when ready to strike",
                        "Abbau auf Abruf",
                        "Démontage sur appel",
                    ),
                ]
            ),
            9,
            w - 2 * m - 60,
        )
    for k in range(2):
        p.line(m, y + 12 + 14 * k, w - m, y + 12 + 14 * k)
    y += 46
    half = (w - 2 * m) / 2
    sign_box(
        p,
        s,
        m,
        y,
        half,
        tr(
            lg,
            "Handed over by (scaffold supervisor)",
            "Übergeben (Gerüstersteller)",
            "Remis par (chef monteur)",
        ),
        site.foreman,
        short(d, lg),
    )
    sign_box(
        p,
        s,
        m + half + 8,
        y,
        half - 8,
        tr(lg, "Accepted by (client)", "Übernommen (Auftraggeber)", "Reçu par (client)"),
        staff(b, "site"),
        short(d, lg),
    )
    if size == A4 and rng.random() < 0.35:
        p.text(
            m,
            hh - m + 4,
            tr(
                lg,
                "White: client   Yellow: office   Pink: book",
                "Weiß: Kunde  Gelb: Büro  Rosa: Block",
                "Blanc : client  Jaune : bureau  Rose : carnet",
            ),
            s.font,
            6.5,
        )
    pages = [p]
    if rng.random() < 0.3:
        q = Page(size)
        y = m
        q.text(
            m,
            y,
            tr(
                lg,
                "TG20:21 Compliance Sheet - Independent scaffold",
                "Regelausführung - Nachweis nach DIN EN 12811",
                "Fiche de conformité - montage type",
            ),
            s.bold,
            10,
        )
        y += 16
        c = columns(m, w - m, [(2.6, "left"), (1.2, "right"), (1.2, "right"), (1.4, "right")])
        rows = []
        for li in range(2, site.lifts + 3):
            rows.append(
                [
                    tr(lg, f"{li} boarded lifts", f"{li} Lagen", f"{li} niveaux"),
                    f"{li * 2.0:g} m",
                    f"{rng.choice([2.0, 2.1, 2.4, 2.5]):g} m",
                    money(rng.uniform(6, 16), lg),
                ]
            )
        ft = Flow(size, hh - m, lambda pg, n: y)
        ft.pages = [q]
        ft.page = q
        ft.y = y
        table(
            ft,
            c,
            [
                tr(lg, "Configuration", "Ausführung", "Configuration"),
                tr(lg, "Height", "Höhe", "Hauteur"),
                tr(lg, "Bay length", "Feldlänge", "Travée"),
                tr(lg, "Leg load kN", "Ständerlast kN", "Charge pied kN"),
            ],
            rows,
            s,
            size=7.5,
            rules=True,
        )
        ft.y += 10
        for t in [
            tr(
                lg,
                "Tie pattern: every 4 m vertically, alternate standards",
                "Verankerungsraster: alle 4 m versetzt",
                "Amarrages tous les 4 m, en quinconce",
            ),
            tr(
                lg, "Wind zone / site altitude checked", "Windzone geprüft", "Zone de vent vérifiée"
            ),
            tr(
                lg,
                "Sheeting: not included in this configuration",
                "Bekleidung: nicht berücksichtigt",
                "Bâchage : non pris en compte",
            ),
        ]:
            q.text(m, ft.y, fit("- " + t, s.font, 8, w - 2 * m), s.font, 8)
            ft.y += 12
        pages.append(q)
    remember(site, d)
    return pages


def tpl_inspection_report(rng: random.Random, who: Issuer) -> list[Page]:
    """The company's weekly scaffold inspection report for one site (Work at Height
    Regulations Schedule 7, Prüfprotokoll nach TRBS 2121, vérification hebdomadaire): a
    checklist with tick columns, defects and actions, the inspector's signature and the safe /
    not safe to use verdict; on landscape or portrait A4, sometimes a second page of defects
    or a photo sheet."""
    h = firm_head()
    lg = h.lang
    r = keyed(who, "insp")
    land = r.random() < 0.45
    size = LAND if land else A4
    s = style_of(h, size, margin=36 if land else 42, pt=8.5)
    w, _ = size
    m = s.margin
    if after(("inspection_report",)) and isinstance(LAST["day"], date):
        d = LAST["day"] + timedelta(days=rng.choice([0, 0, 1]))
        site = (
            rng.choice([x for x in SITES if x is not LAST["site"]] or SITES)
            if SITES
            else site_for(rng, ())
        )
    else:
        d = some_day(rng)
        site = site_for(rng, ("handover_cert",))
    inspector = rng.choice(STAFF["foremen"] + STAFF["directors"][:1])
    f = sheets(
        s,
        h,
        tr(
            lg,
            f"Inspection report - {site_line(site)}",
            f"Prüfprotokoll - {site_line(site)}",
            f"Vérification - {site_line(site)}",
        ),
    )
    p = f.page
    title = tr(
        lg,
        "SCAFFOLD INSPECTION REPORT",
        "PRÜFPROTOKOLL ARBEITS- UND SCHUTZGERÜST",
        "RAPPORT DE VÉRIFICATION D'ÉCHAFAUDAGE",
    )
    p.text(m, f.y, fit(title, s.bold, 12, w - 2 * m - 150), s.bold, 12)
    p.text(
        w - m,
        f.y,
        tr(
            lg, "Work at Height Regs 2005 Sch. 7", "TRBS 2121-1 / BetrSichV", "Arrêté du 21/12/2004"
        ),
        s.font,
        7,
        "right",
    )
    f.y += 16
    f.y = fields(
        p,
        s,
        m,
        f.y,
        w - 2 * m,
        [
            (tr(lg, "Site", "Baustelle", "Chantier"), site_line(site)),
            (tr(lg, "Client", "Auftraggeber", "Client"), site.cust[0]),
            (tr(lg, "Scaffold", "Gerüst", "Échafaudage"), f"{site.kind}, {site.elev}"),
            (
                tr(lg, "Date / time", "Datum / Uhrzeit", "Date / heure"),
                f"{short(d, lg)}  {rng.randint(7, 15)}:{rng.choice(['05', '20', '40', '50'])}",
            ),
            (
                tr(lg, "Reason", "Anlass", "Motif"),
                rng.choice(
                    [
                        tr(
                            lg,
                            "7-day inspection",
                            "Wöchentliche Prüfung",
                            "Vérification hebdomadaire",
                        ),
                        tr(lg, "After high winds", "Nach Sturm", "Après intempéries"),
                        tr(lg, "After alteration", "Nach Umbau", "Après modification"),
                    ]
                ),
            ),
            (tr(lg, "Tag no.", "Gerüst-Nr.", "N° étiquette"), serial(rng, "T9999")),
        ],
        per=3 if land else 2,
        tall=24,
    )
    c = columns(
        m, w - m, [(4.2, "left"), (0.7, "center"), (0.7, "center"), (0.7, "center"), (4, "left")]
    )
    x_ok, x_def, x_na = [(cc[0] + cc[1]) / 2 - 4 for cc in c[1:4]]
    head = [
        tr(lg, "Item checked", "Prüfpunkt", "Point vérifié"),
        "OK",
        tr(lg, "Defect", "Mangel", "Défaut"),
        "N/A",
        tr(lg, "Comments / action taken", "Bemerkung / Maßnahme", "Observations / action"),
    ]
    f.need(40)
    p = f.page
    p.rect(m - 2, f.y - 9, w - 2 * m + 4, 14, fill=0.85)
    for cc, t in zip(c, head, strict=True):
        p.text(
            cc[0] if cc[2] == "left" else (cc[0] + cc[1]) / 2,
            f.y,
            t,
            s.bold,
            7.5,
            "left" if cc[2] == "left" else "center",
        )
    f.y += 14
    defects = []
    for item in CHECKS[lg]:
        f.need(14)
        p = f.page
        v = rng.random()
        state = 0 if v < 0.82 else (1 if v < 0.9 else 2)
        p.text(c[0][0], f.y, fit(item, s.font, 8, c[0][1] - c[0][0]), s.font, 8)
        for k, xx in enumerate((x_ok, x_def, x_na)):
            box(p, xx, f.y + 1, k == state, 8)
        if state == 1:
            note = rng.choice(
                [
                    tr(
                        lg,
                        "board missing, replaced",
                        "Belag fehlte, ergänzt",
                        "plancher manquant, remplacé",
                    ),
                    tr(
                        lg,
                        "tie removed by others, refixed",
                        "Anker durch Dritte entfernt, neu gesetzt",
                        "amarrage retiré, refait",
                    ),
                    tr(
                        lg,
                        "toe board loose, secured",
                        "Bordbrett lose, befestigt",
                        "plinthe desserrée, refixée",
                    ),
                    tr(
                        lg,
                        "sole board settled, packed",
                        "Unterlage abgesackt, unterfüttert",
                        "calage tassé, repris",
                    ),
                ]
            )
            hand(p, c[4][0], f.y, note, 8.5, c[4][1] - c[4][0])
            defects.append(note)
        p.line(m, f.y + 4, w - m, f.y + 4)
        f.y += 14
    f.y += 8
    f.need(90)
    p = f.page
    safe = rng.random() < 0.9
    p.text(
        m,
        f.y,
        tr(lg, "Scaffold safe to use:", "Gerüst freigegeben:", "Échafaudage utilisable :"),
        s.bold,
        9,
    )
    ticks(p, s, m + 120, f.y, 160, yes_no(lg), {0 if safe else 1}, 8.5)
    f.y += 18
    if not safe:
        hand(
            p,
            m,
            f.y,
            tr(
                lg,
                "Tag removed - do not use until repaired",
                "Kennzeichnung entfernt - gesperrt",
                "Étiquette retirée - accès interdit",
            ),
            9.5,
        )
        f.y += 16
    sign_box(
        p,
        s,
        m,
        f.y,
        min(260.0, (w - 2 * m) / 2),
        tr(
            lg,
            "Inspected by (competent person), CISRS no.",
            "Befähigte Person (Name, Unterschrift)",
            "Vérifié par (personne compétente)",
        ),
        inspector,
        short(d, lg),
    )
    if lg == "en":
        p.text(
            m + min(260.0, (w - 2 * m) / 2) + 20,
            f.y + 40,
            f"CISRS {serial(rng, '99999999')}",
            HAND,
            8.5,
        )
    f.y += 56
    pages = f.pages
    if rng.random() < 0.15:
        g = sheets(s, h, top=False)
        caption(g, s, tr(lg, "Photographs", "Fotodokumentation", "Photos"), 1)
        for k in range(2 if land else 4):
            col, row = k % 2, k // 2
            pw = (w - 2 * m - 20) / 2
            ph = pw * 0.62
            x0, y0 = m + col * (pw + 20), g.y + row * (ph + 30)
            g.page.rect(x0, y0, pw, ph, fill=rng.uniform(0.45, 0.7))
            for _ in range(4):
                bw, bh = rng.uniform(0.1, 0.5) * pw, rng.uniform(0.1, 0.5) * ph
                g.page.rect(
                    x0 + rng.uniform(0, pw - bw),
                    y0 + rng.uniform(0, ph - bh),
                    bw,
                    bh,
                    fill=rng.uniform(0.2, 0.9),
                )
            g.page.text(
                x0,
                y0 + ph + 11,
                f"{k + 1}. "
                + fit(defects[k % len(defects)] if defects else site.elev, s.font, 7.5, pw - 20),
                s.font,
                7.5,
            )
        pages = pages + g.pages
    remember(site, d)
    return close(pages, s, h)


def tpl_hire_invoice(rng: random.Random, who: Issuer) -> list[Page]:
    """The company's hire period invoice: the site, the contract, the hire weeks charged
    and any extras, the reverse charge / § 13b / autoliquidation note; the next of a run is
    another site or the next period."""
    h = firm_head()
    lg = h.lang
    off = after(("off_hire",))
    site = site_for(rng, ("off_hire", "hire_contract"))
    b = make_head(site.cust, lg, "builder")
    s = style_of(h, A4 if lg != "en" or keyed(who, "inv").random() < 0.8 else LETTER)
    w, _ = s.page_size
    m = s.margin
    d = last_day(rng, ("off_hire",), (1, 6)) if off else some_day(rng)
    no = f"{tr(lg, 'INV', 'RE', 'FA')}{d.year % 100}{rng.randint(1000, 9999)}"
    f = sheets(s, h, f"{h.name} - {tr(lg, 'Invoice', 'Rechnung', 'Facture')} {no}")
    title = tr(lg, "INVOICE", "RECHNUNG", "FACTURE")
    recipient(
        f,
        s,
        h,
        head_lines(b, tr(lg, "Accounts Payable", "Buchhaltung", "Service comptabilité")),
        d,
        [
            (tr(lg, "Invoice no.", "Rechnungs-Nr.", "Facture n°"), no),
            (tr(lg, "Job", "Kommission", "Affaire"), site.ref),
            (
                tr(lg, "Customer no.", "Kunden-Nr.", "Code client"),
                serial(keyed(who, b.name), "K9999"),
            ),
        ],
    )
    caption(f, s, title, 4)
    write(
        f,
        s,
        tr(
            lg,
            f"Site: {site_line(site)} - {site.works}",
            f"Bauvorhaben: {site_line(site)} - {site.works}",
            f"Chantier : {site_line(site)} - {site.works}",
        ),
        s.size - 0.5,
    )
    n0 = site.weeks + 4 * rng.randint(0, 3) + 1
    n1 = n0 + rng.choice([3, 3, 4, 1, 2])
    start = site.start + timedelta(weeks=n0 - 1)
    end = site.start + timedelta(weeks=n1) - timedelta(days=1)
    rows: list[list[str]] = []
    net = 0.0
    if rng.random() < 0.25 and not off:
        rows.append(
            [
                tr(
                    lg,
                    "Erect and dismantle incl. initial hire (50% on erection)",
                    "Auf- und Abbau inkl. Grundstandzeit (1. Abschlag 50 %)",
                    "Montage et démontage, location initiale (acompte 50 %)",
                ),
                "1",
                money(site.price / 2, lg),
                money(site.price / 2, lg),
            ]
        )
        net += site.price / 2
    else:
        qty = n1 - n0 + 1
        rows.append(
            [
                tr(
                    lg,
                    f"Scaffold hire, weeks {n0}-{n1} ({short(start, lg)} - {short(end, lg)})",
                    f"Vorhaltung Wo. {n0}-{n1} ({short(start, lg)} - {short(end, lg)})",
                    f"Location sem. {n0} à {n1} ({short(start, lg)} - {short(end, lg)})",
                ),
                str(qty),
                money(site.weekly, lg),
                money(site.weekly * qty, lg),
            ]
        )
        net += site.weekly * qty
    if rng.random() < 0.35:
        v = rng.choice([35.0, 45.0, 60.0])
        rows.append(
            [tr(lg, "Alarm hire", "Gerüstalarm", "Alarme"), "4", money(v, lg), money(4 * v, lg)]
        )
        net += 4 * v
    if rng.random() < 0.3:
        hrs = rng.randint(2, 9)
        rate = rng.choice([32.0, 38.0, 45.0])
        rows.append(
            [
                tr(
                    lg,
                    f"Adaptation {short(start + timedelta(days=3), lg)}: lift raised for roofers",
                    f"Umbau am {short(start + timedelta(days=3), lg)}: Lage umgesetzt",
                    f"Modification du {short(start + timedelta(days=3), lg)} : rehausse",
                ),
                str(hrs),
                money(rate, lg),
                money(hrs * rate, lg),
            ]
        )
        net += hrs * rate
    if off:
        rows.append(
            [
                tr(
                    lg,
                    "Final hire to off-hire date",
                    "Restmiete bis Abmeldung",
                    "Location jusqu'à la fin de location",
                ),
                "1",
                money(site.weekly * 0.6, lg),
                money(site.weekly * 0.6, lg),
            ]
        )
        net += site.weekly * 0.6
    cols = columns(m, w - m, [(5.5, "left"), (0.8, "right"), (1.3, "right"), (1.4, "right")])
    table(
        f,
        cols,
        [
            tr(lg, "Description", "Leistung", "Désignation"),
            tr(lg, "Qty", "Menge", "Qté"),
            tr(lg, "Rate", "EP", "PU HT"),
            tr(lg, "Amount", "Betrag", "Montant HT"),
        ],
        rows,
        s,
        rules=True,
        step=1.8,
    )
    rc = rng.random() < 0.7
    totals(f, s, lg, round(net, 2), 0.0 if rc else vat_rate(lg))
    if rc:
        write(
            f,
            s,
            tr(
                lg,
                "Reverse charge: customer to account to HMRC for the VAT (20%). VAT Act 1994 "
                "Section 55A applies.",
                "Steuerschuldnerschaft des Leistungsempfängers gemäß § 13b Abs. 2 Nr. 4 UStG.",
                "Autoliquidation - TVA due par le preneur, article 283-2 nonies du CGI.",
            ),
            s.size - 1.5,
        )
    write(
        f,
        s,
        tr(
            lg,
            f"Payment due within 30 days. Please quote {no} with your remittance.",
            f"Zahlbar innerhalb von 14 Tagen ohne Abzug. Bitte geben Sie die Rechnungsnummer {no} "
            "an.",
            "Règlement à 30 jours fin de mois par virement. Pénalités de retard : 3 fois le taux "
            "d'intérêt légal, indemnité forfaitaire 40 €.",
        ),
        s.size - 1.5,
    )
    pages = close(f.pages, s, h)
    remember(site, d)
    return pages


def tpl_off_hire(rng: random.Random, who: Issuer) -> list[Page]:
    """A builder's off-hire notice (Abmeldung, demande de démontage): a printed e-mail, a
    short letter, or the company's off-hire form filled in by hand and sent back by fax."""
    b = builder_of(who)
    lg = b.lang
    site = site_for(rng, ("hire_invoice", "inspection_report"), (b.name, b.street, b.town, b.phone))
    d = some_day(rng)
    contact = staff(b, "site")
    firm = firm_head()
    mode = rng.choice(["mail", "mail", "letter", "form"])
    strike = d + timedelta(days=rng.randint(1, 10))
    if mode == "mail":
        s = style_of(b, A4, margin=54, pt=9.5)
        w, hh = s.page_size
        m = s.margin
        f = plain(s)
        p = f.page
        p.text(
            m,
            m - 18,
            fit(
                f"{contact} "
                f"<{contact.split()[0].lower()}@{b.mail.split('@')[-1] if b.mail else 'site.net'}>",
                "Helvetica-Bold",
                9,
                w - 2 * m,
            ),
            "Helvetica-Bold",
            9,
        )
        p.line(m, m - 12, w - m, m - 12)
        y = m + 4
        for cap, val in [
            (tr(lg, "From:", "Von:", "De :"), f"{contact}"),
            (
                tr(lg, "Sent:", "Gesendet:", "Envoyé :"),
                f"{day(b, d)} {rng.randint(7, 17):02d}:{rng.randint(0, 59):02d}",
            ),
            (
                tr(lg, "To:", "An:", "À :"),
                firm.mail or f"hire@{firm.name.split()[0].lower()}.co.uk",
            ),
            (
                tr(lg, "Subject:", "Betreff:", "Objet :"),
                tr(
                    lg,
                    f"OFF HIRE - {site_line(site)}",
                    f"Abmeldung Gerüst BV {site_line(site)}",
                    f"Fin de location - {site_line(site)}",
                ),
            ),
        ]:
            p.text(m, y, cap, "Helvetica-Bold", 9)
            p.text(m + 62, y, fit(val, "Helvetica", 9, w - 2 * m - 62), "Helvetica", 9)
            y += 13
        f.y = y + 16
        text = tr(
            lg,
            f"Hi, please can you off hire the scaffold at {site_line(site)} (your job {site.ref}) "
            "as from "
            f"{short(strike, lg)}. Roofers are finished, skip will be gone by then. Please "
            "confirm when you "
            f"can strike. Cheers",
            f"Hallo, hiermit melden wir das Gerüst am BV {site_line(site)} (Ihre Kommission "
            f"{site.ref}) zum "
            f"{short(strike, lg)} ab. Bitte um kurze Bestätigung des Abbautermins. Danke und Gruß",
            "Bonjour, merci de procéder au démontage de l'échafaudage du chantier "
            f"{site_line(site)} "
            f"(votre affaire {site.ref}) à compter du {short(strike, lg)}. Merci de nous "
            "confirmer la date. "
            f"Cordialement",
        )
        write(f, s, text)
        write(f, s, contact)
        write(f, s, f"{b.name} | {b.phone or b.town}", s.size - 1.5)
        f.page.text(w / 2, hh - 30, "1/1", "Helvetica", 7, "center")
        pages = f.pages
    elif mode == "letter":
        s = style_of(b)
        w, hh = s.page_size
        m = s.margin
        f = sheets(s, b)
        recipient(
            f,
            s,
            b,
            firm_lines(tr(lg, "Hire Desk", "Disposition", "Service location")),
            d,
            [(tr(lg, "Your job", "Ihre Kommission", "Votre affaire"), site.ref)],
        )
        caption(
            f, s, tr(lg, "Off-hire notice", "Abmeldung Gerüst", "Demande de fin de location"), 1
        )
        write(f, s, dear(lg, None))
        write(
            f,
            s,
            tr(
                lg,
                f"We hereby give notice that the scaffold at {site_line(site)} is no longer "
                f"required and is off hire from {day(b, strike)}. "
                "Please arrange dismantling and let us have your final invoice.",
                f"hiermit melden wir das Gerüst am Bauvorhaben {site_line(site)} zum "
                f"{day(b, strike)} ab. Bitte führen Sie den Abbau "
                "zeitnah durch und übersenden Sie uns Ihre Schlussrechnung.",
                f"Nous vous informons que l'échafaudage du chantier {site_line(site)} n'est plus "
                f"nécessaire à compter du {day(b, strike)}. "
                "Nous vous remercions de procéder au démontage et de nous adresser votre facture "
                "de solde.",
            ),
        )
        regards(
            f, s, lg, contact, tr(lg, "Contracts Manager", "Bauleitung", "Conducteur de travaux")
        )
        pages = close(f.pages, s, b)
    else:
        h = firm
        s = style_of(h, A4, margin=44, pt=9)
        w, hh = s.page_size
        m = s.margin
        p = Page(A4)
        y = heading(p, s, h)
        p.text(
            m,
            y,
            tr(lg, "OFF-HIRE REQUEST", "ABMELDUNG / ABBAUAUFTRAG", "DEMANDE DE DÉMONTAGE"),
            s.bold,
            14,
        )
        y += 12
        p.text(
            m,
            y,
            tr(
                lg,
                "Please complete and return by fax or e-mail. Hire charges stop on the date we "
                "receive this form.",
                "Bitte ausgefüllt per Fax oder E-Mail zurück. Die Mietzeit endet mit Eingang der "
                "Abmeldung.",
                "À retourner complété par fax ou e-mail. La location s'arrête à réception.",
            ),
            s.font,
            7.5,
        )
        y += 16
        y = fields(
            p,
            s,
            m,
            y,
            w - 2 * m,
            [
                (tr(lg, "Customer", "Kunde", "Client"), b.name),
                (tr(lg, "Contact", "Ansprechpartner", "Contact"), contact),
                (tr(lg, "Site address", "Baustelle", "Adresse chantier"), site_line(site)),
                (tr(lg, "Job no.", "Kommission", "Affaire"), site.ref),
                (
                    tr(lg, "Off hire from", "Abgemeldet zum", "Fin de location le"),
                    short(strike, lg),
                ),
                (
                    tr(lg, "Phone on site", "Tel. Baustelle", "Tél. chantier"),
                    f"07{rng.randint(100, 999)} {rng.randint(100000, 999999)}",
                ),
            ],
            per=2,
            tall=30,
        )
        y = ticks(
            p,
            s,
            m,
            y + 4,
            w - 2 * m,
            [
                tr(lg, "Complete scaffold", "Gesamtes Gerüst", "Totalité"),
                tr(lg, "Part only (see notes)", "Teilabbau (s. Bem.)", "Partiel (voir obs.)"),
                tr(lg, "Access clear for lorry", "Zufahrt frei", "Accès camion libre"),
            ],
            {0, 2} if rng.random() < 0.7 else {1},
            9,
        )
        p.text(m, y + 6, tr(lg, "Notes:", "Bemerkungen:", "Observations :"), s.bold, 8)
        hand(
            p,
            m + 44,
            y + 6,
            rng.choice(
                [
                    tr(
                        lg,
                        "keep loading bay till Fri",
                        "Lastenbühne bis Freitag stehen lassen",
                        "garder la recette jusqu'à vendredi",
                    ),
                    tr(
                        lg,
                        "key for side gate with neighbour no. 12",
                        "Schlüssel bei Nachbar",
                        "clé chez le voisin",
                    ),
                    "",
                ]
            ),
            9.5,
            w - 2 * m - 50,
        )
        y += 60
        sign_box(
            p,
            s,
            m,
            y,
            240,
            tr(lg, "Signed (customer)", "Unterschrift Kunde", "Signature client"),
            contact,
            short(d, lg),
        )
        p.text(
            m,
            14,
            fit(
                f"{day(b, d)} {rng.randint(7, 17):02d}:{rng.randint(0, 59):02d}  FROM: "
                f"{b.phone or b.name}  {tr(lg, 'P.01', 'S. 01', 'P.01')}",
                "Courier",
                7,
                w - 2 * m,
            ),
            "Courier",
            7,
        )
        pages = [p]
        s = style_of(b)
    remember(site, d, strike)
    return pages


# ---------------------------------------------------------------------------------------------
# Templates HHHH: design and the council's licence
# ---------------------------------------------------------------------------------------------


def title_block(
    p: Page, s: Style, h: Head, lg: str, x: float, y: float, w: float, items: list[tuple[str, str]]
) -> None:
    """A drawing's title block: the designer's name over a grid of captioned cells."""
    hh = 24 + 18 * ((len(items) + 1) // 2)
    p.rect(x, y, w, hh)
    p.rect(x, y, w, 22, fill=0.88)
    p.text(x + 4, y + 14, fit(h.name, h.bold, 8.5, w - 8), h.bold, 8.5)
    cw = w / 2
    for k, (cap, val) in enumerate(items):
        cx, cy = x + (k % 2) * cw, y + 22 + (k // 2) * 18
        p.rect(cx, cy, cw, 18)
        p.text(cx + 2, cy + 6, fit(cap, s.font, 5.5, cw - 4), s.font, 5.5)
        p.text(cx + 3, cy + 15, fit(val, s.bold, 7.5, cw - 6), s.bold, 7.5)


def tpl_design_calc(rng: random.Random, who: Issuer) -> list[Page]:
    """A temporary works designer's scaffold design: a cover sheet with the design
    reference, the revision table and the checker's signature; pages of calculations (design
    loads, wind, leg loads and tie loads in tables); one or two drawings on landscape pages
    with an elevation and a title block. Now and then the designer's covering e-mail or
    letter in front."""
    h = head_of(who, "designer", abroad=0.1)
    lg = h.lang
    site = site_for(rng, ("hire_quote",))
    s = style_of(h)
    w, _ = s.page_size
    m = s.margin
    d = last_day(rng, ("hire_quote",), (2, 12))
    ref = serial(rng, tr(lg, "TWD-9999", "GS 99-999", "NDC-99-999"))
    rev = rng.choice(["A", "B", "C", "P1", "P2", "0"])
    engineer = staff(h, "eng")
    checker = staff(h, "chk")
    pages: list[Page] = []
    if rng.random() < 0.3:
        f = sheets(s, h)
        recipient(
            f, s, h, firm_lines(), d, [(tr(lg, "Our ref", "Unser Zeichen", "Notre réf."), ref)]
        )
        caption(
            f,
            s,
            tr(
                lg,
                f"Scaffold design - {site_line(site)}",
                f"Gerüststatik BV {site_line(site)}",
                f"Note de calcul - {site_line(site)}",
            ),
            1,
        )
        write(f, s, dear(lg, STAFF["directors"][1]))
        write(
            f,
            s,
            tr(
                lg,
                f"Please find enclosed our calculations and drawing {ref} rev {rev} for the above "
                "scaffold. "
                "The design is based on the information supplied by you; please check the tie and "
                "base details "
                "on site before erection.",
                f"anbei erhalten Sie die statische Berechnung {ref} (Index {rev}) für das o. g. "
                "Gerüst. Bitte "
                "prüfen Sie vor Ort die Verankerungsgründe und die Aufstandsfläche.",
                f"Veuillez trouver ci-joint la note de calcul et le plan {ref} indice {rev} pour "
                "l'échafaudage "
                "mentionné. Merci de vérifier sur site les ancrages et les appuis avant montage.",
            ),
        )
        write(f, s, prose(rng, lg, "scaff", 1, 2))
        regards(
            f,
            s,
            lg,
            engineer,
            tr(lg, "Temporary Works Engineer", "Dipl.-Ing. (FH)", "Ingénieur structure"),
        )
        pages += close(f.pages, s, h, numbers="none")
    # cover sheet
    c = Page(A4)
    cw, ch = A4
    cm = 56
    heading(c, paper(s, A4, margin=cm), h)
    ttl = tr(
        lg,
        "SCAFFOLD DESIGN CALCULATIONS",
        "STATISCHE BERECHNUNG GERÜST",
        "NOTE DE CALCUL ÉCHAFAUDAGE",
    )
    c.text(cw / 2, 230, ttl, s.bold, shrink(ttl, s.bold, 18, cw - 2 * cm), "center")
    c.text(cw / 2, 262, fit(site_line(site), s.font, 12, cw - 2 * cm), s.font, 12, "center")
    c.text(
        cw / 2,
        280,
        fit(f"{site.kind} - {site.elev}", s.font, 10, cw - 2 * cm),
        s.font,
        10,
        "center",
    )
    c.text(
        cw / 2,
        300,
        fit(
            tr(
                lg,
                f"Client: {firm_name()}",
                f"Auftraggeber: {firm_name()}",
                f"Client : {firm_name()}",
            ),
            s.font,
            10,
            cw - 2 * cm,
        ),
        s.font,
        10,
        "center",
    )
    y = 360.0
    y = fields(
        c,
        s,
        cm,
        y,
        cw - 2 * cm,
        [
            (tr(lg, "Design ref.", "Projekt-Nr.", "Référence"), ref),
            (tr(lg, "Revision", "Index", "Indice"), rev),
            (tr(lg, "Designed", "Aufgestellt", "Établi par"), engineer),
            (tr(lg, "Checked", "Geprüft", "Vérifié par"), checker),
            (
                tr(lg, "Check category", "Prüfumfang", "Catégorie"),
                rng.choice(["Cat 1", "Cat 2", tr(lg, "Cat 1", "Eigenprüfung", "Contrôle interne")]),
            ),
            (tr(lg, "Date", "Datum", "Date"), short(d, lg)),
        ],
        per=2,
        tall=28,
        hand=False,
    )
    cols = columns(cm, cw - cm, [(0.6, "left"), (1.2, "left"), (4, "left"), (1, "left")])
    ft = Sheets(A4, ch - cm, lambda pg, n: cm)
    ft.pages = [c]
    ft.page = c
    ft.y = y + 6
    revs = ["0", "A", "B", "C"][: rng.randint(1, 3)]
    table(
        ft,
        cols,
        [
            tr(lg, "Rev", "Index", "Ind."),
            tr(lg, "Date", "Datum", "Date"),
            tr(lg, "Description", "Änderung", "Objet"),
            tr(lg, "By", "Bearb.", "Par"),
        ],
        [
            [
                r_,
                short(d - timedelta(days=7 * (len(revs) - k)), lg),
                tr(
                    lg,
                    "First issue" if k == 0 else "Tie pattern amended",
                    "Erstausgabe" if k == 0 else "Verankerung geändert",
                    "Première diffusion" if k == 0 else "Amarrages modifiés",
                ),
                engineer.split()[0][0] + engineer.split()[-1][0],
            ]
            for k, r_ in enumerate(revs)
        ],
        s,
        size=8,
        rules=True,
    )
    scrawl(c, cm + 250, ch - 140, checker)
    c.text(
        cm + 250,
        ch - 126,
        tr(lg, "Checked and approved", "Geprüft", "Vérifié et approuvé"),
        s.font,
        7.5,
    )
    pages.append(c)
    # calculations
    head = f"{h.name} - {ref} rev {rev}"
    g = sheets(s, h, head, top=False)
    g.y = running_header(g.page, s, head)
    sections = [
        (
            tr(lg, "1. Basis of design", "1. Grundlagen", "1. Hypothèses"),
            tr(
                lg,
                "BS EN 12811-1:2003, TG20:21, BS EN 1991-1-4 wind actions, NASC SG4 fall "
                "prevention.",
                "DIN EN 12811-1, DIN EN 1991-1-4 mit NA, Zulassung Z-8.1-xxx des "
                "Systemherstellers.",
                "NF EN 12810 et 12811-1, Eurocode 1 partie 1-4 (vent), recommandation R408.",
            ),
        ),
        (tr(lg, "2. Loads", "2. Lastannahmen", "2. Charges"), prose(rng, lg, "scaff", 1, 2)),
    ]
    for t, body in sections:
        g.heading(m, t, s.bold, s.size + 1)
        write(g, s, body)
    lc = columns(m, w - m, [(3, "left"), (1.2, "right"), (1, "left")])
    table(
        g,
        lc,
        [
            tr(lg, "Action", "Einwirkung", "Action"),
            tr(lg, "Value", "Wert", "Valeur"),
            tr(lg, "Unit", "Einheit", "Unité"),
        ],
        [
            [
                tr(
                    lg,
                    "Self weight tube & fitting per lift",
                    "Eigengewicht je Lage",
                    "Poids propre par niveau",
                ),
                money(rng.uniform(0.2, 0.45), lg),
                "kN/m2",
            ],
            [
                tr(lg, "Imposed load (working lifts)", "Verkehrslast", "Charge d'exploitation"),
                money(rng.choice([1.5, 2.0, 2.5, 3.0]), lg),
                "kN/m2",
            ],
            [
                tr(
                    lg,
                    "Peak velocity pressure qp",
                    "Böengeschwindigkeitsdruck qp",
                    "Pression dynamique de pointe qp",
                ),
                money(rng.uniform(0.6, 1.2), lg),
                "kN/m2",
            ],
            [
                tr(
                    lg,
                    "Sheeting force coefficient",
                    "Kraftbeiwert Bekleidung",
                    "Coefficient de force bâche",
                ),
                money(rng.choice([1.3, 1.0, 0.7]), lg),
                "-",
            ],
            [
                tr(lg, "Basic wind speed vb,0", "Basiswindgeschwindigkeit", "Vitesse de référence"),
                money(rng.uniform(21.5, 26.0), lg),
                "m/s",
            ],
        ],
        s,
        size=8,
        rules=True,
    )
    g.heading(
        m, tr(lg, "3. Leg loads", "3. Ständerlasten", "3. Descente de charges"), s.bold, s.size + 1
    )
    lc2 = columns(m, w - m, [(1, "left"), (1, "right"), (1, "right"), (1, "right"), (1, "right")])
    rows = []
    for li in range(site.lifts, 0, -1):
        inner = rng.uniform(3, 14)
        rows.append(
            [
                tr(lg, f"Lift {li}", f"Lage {li}", f"Niveau {li}"),
                f"{li * 2.0:g}",
                money(inner, lg),
                money(inner * rng.uniform(0.8, 1.2), lg),
                "OK",
            ]
        )
    table(
        g,
        lc2,
        [
            tr(lg, "Level", "Ebene", "Niveau"),
            tr(lg, "Height m", "Höhe m", "Haut. m"),
            tr(lg, "Inner kN", "innen kN", "Int. kN"),
            tr(lg, "Outer kN", "außen kN", "Ext. kN"),
            tr(lg, "Check", "Nachweis", "Vérif."),
        ],
        rows,
        s,
        size=8,
        rules=True,
    )
    g.heading(m, tr(lg, "4. Ties", "4. Verankerung", "4. Amarrages"), s.bold, s.size + 1)
    write(
        g,
        s,
        tr(
            lg,
            f"Ties at {rng.choice([4, 4, 3.8])} m vertical centres on alternate standards; "
            f"design tie load {money(rng.uniform(3.5, 8.0), lg)} kN (normal), "
            f"{money(rng.uniform(1.2, 3.0), lg)} kN (parallel). "
            "Anchors to be proof tested to 1.25 x working load, 3 % of anchors, min. 3 per "
            "elevation.",
            "Anker im Raster 4 m versetzt; Ankerkraft senkrecht "
            f"{money(rng.uniform(3.5, 8.0), lg)} kN, parallel "
            f"{money(rng.uniform(1.2, 3.0), lg)} kN. Probebelastung von 10 % der Dübel, "
            "mindestens 5 Stück.",
            "Amarrages tous les 4 m en quinconce ; effort normal "
            f"{money(rng.uniform(3.5, 8.0), lg)} kN, parallèle "
            f"{money(rng.uniform(1.2, 3.0), lg)} kN. Essais de traction sur 10 % des ancrages.",
        ),
    )
    for _ in range(rng.randint(0, 3)):
        write(g, s, prose(rng, lg, "scaff", 2, 4))
    calc = g.pages
    number_pages(calc, s, tr(lg, "Sheet {i} of {n}", "Blatt {i}", "Page {i}/{n}"), "tr", top=18)
    pages += calc
    # drawings
    for k in range(1 if rng.random() < 0.7 else 2):
        q = Page(LAND)
        lw, lh = LAND
        q.rect(20, 20, lw - 40, lh - 40)
        bays = max(3, int(site.length / 2.4))
        ew = min(lw - 300, bays * 38.0)
        elevation(
            q,
            50,
            70,
            ew,
            lh - 170,
            bays,
            site.lifts,
            rng,
            True,
            tr(lg, "ELEVATION", "ANSICHT", "ÉLÉVATION") + (" A" if k == 0 else " B"),
        )
        notes = [
            tr(lg, "NOTES", "HINWEISE", "NOTES"),
            tr(lg, "1. All dimensions in mm unless noted.", "1. Maße in mm.", "1. Cotes en mm."),
            tr(
                lg,
                "2. Ties shown X to be tested.",
                "2. Anker X: Probebelastung.",
                "2. Amarrages X à tester.",
            ),
            tr(lg, "3. Do not scale.", "3. Nicht abgreifen.", "3. Ne pas mesurer sur plan."),
            tr(
                lg,
                f"4. Load class: {load_class(lg, 1)}",
                f"4. {load_class(lg, 1)}",
                f"4. {load_class(lg, 1)}",
            ),
        ]
        for j, t in enumerate(notes):
            q.text(
                lw - 250,
                60 + 11 * j,
                fit(t, s.bold if j == 0 else s.font, 7, 220),
                s.bold if j == 0 else s.font,
                7,
            )
        title_block(
            q,
            s,
            h,
            lg,
            lw - 250,
            lh - 170,
            226,
            [
                (tr(lg, "Project", "Projekt", "Projet"), site_line(site)),
                (tr(lg, "Client", "Auftraggeber", "Client"), firm_name()),
                (tr(lg, "Drawing", "Plan-Nr.", "Plan n°"), f"{ref}/0{k + 1}"),
                (tr(lg, "Rev", "Index", "Indice"), rev),
                (tr(lg, "Drawn", "Gez.", "Dessiné"), engineer),
                (tr(lg, "Scale", "Maßstab", "Échelle"), rng.choice(["1:100", "1:50", "1:200"])),
            ],
        )
        pages.append(q)
    remember(site, d, ref)
    return pages


def tpl_licence_application(rng: random.Random, who: Issuer) -> list[Page]:
    """The company's application to the council for a scaffold licence on the highway
    (Highways Act s.169, Sondernutzungserlaubnis, permission de voirie), filed as sent: the
    council's form filled in, a site plan sketch and the copy of the public liability
    insurance certificate behind it."""
    h = firm_head()
    lg = h.lang
    site = site_for(rng, ("hire_contract", "hire_quote"))
    council = council_for(site)
    s = style_of(council, A4, margin=42, pt=8.5)
    w, hh = A4
    m = s.margin
    d = some_day(rng)
    start = d + timedelta(days=rng.randint(10, 25))
    weeks = site.weeks + rng.choice([0, 2, 4])
    f = plain(s, council.name)
    p = f.page
    emblem(p, m, m - 16)
    p.text(
        m + 32, m - 4, fit(council.name.split(" - ")[0], s.bold, 11, w - 2 * m - 140), s.bold, 11
    )
    p.text(m + 32, m + 8, fit(council.name.split(" - ")[-1], s.font, 8, w - 2 * m - 140), s.font, 8)
    p.text(w - m, m - 4, tr(lg, "Form HL3", "Vordruck SN 1", "Cerfa / DODP-1"), s.font, 7, "right")
    f.y = m + 36
    caption(
        f,
        s,
        tr(
            lg,
            "Application for a licence to erect scaffolding on the highway",
            "Antrag auf Sondernutzungserlaubnis - Gerüst im öffentlichen Verkehrsraum",
            "Demande de permis de stationnement - échafaudage sur le domaine public",
        ),
        3,
    )
    write(
        f,
        s,
        tr(
            lg,
            "Highways Act 1980, Section 169. Please apply at least 10 working days before the "
            "scaffold is erected.",
            "gemäß § 18 StrWG NRW / Art. 18 BayStrWG. Antrag mindestens 2 Wochen vor Aufstellung "
            "stellen.",
            "Code de la voirie routière, art. L113-2. Demande à déposer 15 jours avant le début "
            "de l'occupation.",
        ),
        s.size - 1,
    )
    p = f.page
    secs = [
        (
            tr(lg, "1. Applicant", "1. Antragsteller", "1. Demandeur"),
            [
                (tr(lg, "Company", "Firma", "Entreprise"), h.name),
                (tr(lg, "Contact", "Ansprechpartner", "Contact"), office_manager()),
                (tr(lg, "Address", "Anschrift", "Adresse"), f"{h.street}, {h.town}"),
                (tr(lg, "Telephone", "Telefon", "Téléphone"), h.phone),
                (
                    tr(lg, "24 h emergency no.", "Notfall-Nr. (24 h)", "Astreinte 24 h"),
                    f"07{rng.randint(100, 999)} {rng.randint(100000, 999999)}",
                ),
                (tr(lg, "NASC / CHAS no.", "Betriebs-Nr.", "SIRET"), serial(rng, "99999")),
            ],
        ),
        (
            tr(lg, "2. Location", "2. Ort der Sondernutzung", "2. Localisation"),
            [
                (tr(lg, "Street and number", "Straße, Hausnummer", "Adresse"), site_line(site)),
                (
                    tr(lg, "Footway / carriageway", "Gehweg / Fahrbahn", "Trottoir / chaussée"),
                    rng.choice(
                        [
                            tr(lg, "Footway", "Gehweg", "Trottoir"),
                            tr(
                                lg,
                                "Footway and part carriageway",
                                "Gehweg und Parkstreifen",
                                "Trottoir et stationnement",
                            ),
                        ]
                    ),
                ),
                (tr(lg, "Length (m)", "Länge (m)", "Longueur (m)"), f"{site.length:g}"),
                (
                    tr(lg, "Projection from building (m)", "Tiefe ab Gebäude (m)", "Emprise (m)"),
                    money(rng.choice([1.0, 1.3, 1.6, 2.1]), lg),
                ),
                (
                    tr(
                        lg,
                        "Remaining footway width (m)",
                        "Restgehwegbreite (m)",
                        "Passage piéton restant (m)",
                    ),
                    money(rng.choice([1.2, 1.5, 1.8]), lg),
                ),
                (tr(lg, "Height (m)", "Höhe (m)", "Hauteur (m)"), money(site.height, lg)),
            ],
        ),
        (
            tr(lg, "3. Period", "3. Zeitraum", "3. Durée"),
            [
                (tr(lg, "From", "Von", "Du"), short(start, lg)),
                (tr(lg, "To", "Bis", "Au"), short(start + timedelta(weeks=weeks), lg)),
                (tr(lg, "Building owner / client", "Bauherr", "Maître d'ouvrage"), site.cust[0]),
                (tr(lg, "Works", "Art der Arbeiten", "Nature des travaux"), site.works),
            ],
        ),
    ]
    for t, items in secs:
        f.need(120)
        y = band(f.page, s, f.y, t)
        f.y = fields(f.page, s, m, y + 4, w - 2 * m, items, per=2, tall=26)
    f.need(80)
    f.y = (
        band(
            f.page,
            s,
            f.y,
            tr(
                lg,
                "4. Protection of the public",
                "4. Verkehrssicherung",
                "4. Protection des usagers",
            ),
        )
        + 10
    )
    f.y = ticks(
        f.page,
        s,
        m,
        f.y,
        w - 2 * m,
        [
            tr(lg, "Pedestrian walkway", "Fußgängertunnel", "Passage couvert"),
            tr(lg, "Fans", "Schutzdach", "Auvent"),
            tr(lg, "Lighting (dusk to dawn)", "Beleuchtung", "Éclairage"),
            tr(lg, "Hoarding", "Bauzaun", "Palissade"),
            tr(lg, "Standards padded / painted", "Ständer gepolstert", "Pieds protégés"),
            tr(lg, "Traffic management", "Verkehrsrechtl. Anordnung", "Arrêté de circulation"),
        ],
        set(rng.sample(range(6), rng.randint(2, 5))),
        8.5,
    )
    f.y += 6
    write(
        f,
        s,
        tr(
            lg,
            f"Public liability insurance: {rng.choice(['£10,000,000', '£5,000,000'])} - "
            "certificate enclosed.",
            f"Betriebshaftpflicht: Deckungssumme {rng.choice(['5 Mio.', '10 Mio.'])} EUR - "
            "Nachweis liegt bei.",
            "Assurance responsabilité civile : attestation jointe "
            f"({rng.choice(['5 M€', '8 M€'])} par sinistre).",
        ),
        s.size - 0.5,
    )
    write(
        f,
        s,
        tr(
            lg,
            "I declare that the information given is correct and that the conditions of the "
            "licence will be complied with.",
            "Ich versichere die Richtigkeit der Angaben und erkenne die Auflagen an.",
            "Je certifie l'exactitude des renseignements et m'engage à respecter les "
            "prescriptions.",
        ),
        s.size - 0.5,
    )
    f.need(60)
    sign_box(
        f.page,
        s,
        m,
        f.y + 6,
        250,
        tr(lg, "Signature of applicant", "Unterschrift Antragsteller", "Signature du demandeur"),
        office_manager(),
        short(d, lg),
    )
    f.y += 60
    pages = f.pages
    # site plan sketch
    q = Page(A4)
    q.text(
        m,
        m,
        tr(
            lg,
            "Site plan (not to scale)",
            "Lageplan (unmaßstäblich)",
            "Plan de situation (sans échelle)",
        ),
        s.bold,
        10,
    )
    q.text(m, m + 13, site_line(site), HAND, 9)
    road_y = 330.0
    q.line(m, road_y, w - m, road_y)
    q.line(m, road_y + 90, w - m, road_y + 90)
    q.line(m, road_y + 150, w - m, road_y + 150)
    q.text(
        w / 2,
        road_y + 124,
        fit(
            site.street.upper(),
            "Helvetica-Bold",
            11,
            w - 2 * m,
        ),
        "Helvetica-Bold",
        11,
        "center",
    )
    q.text(w / 2, road_y + 76, tr(lg, "FOOTWAY", "GEHWEG", "TROTTOIR"), "Helvetica", 8, "center")
    bx = w / 2 - 110
    q.rect(bx, 190, 220, road_y - 190)
    q.text(bx + 110, 260, tr(lg, "BUILDING", "GEBÄUDE", "BÂTIMENT"), "Helvetica", 9, "center")
    q.rect(bx - 10, road_y, 240, 34, fill=0.75)
    q.text(
        bx + 110,
        road_y + 22,
        tr(lg, "SCAFFOLD", "GERÜST", "ÉCHAFAUDAGE"),
        "Helvetica-Bold",
        8,
        "center",
    )
    q.line(bx - 10, road_y + 44, bx + 230, road_y + 44)
    q.text(
        bx + 110,
        road_y + 56,
        fit(tr(lg, f"{site.length:g} m", f"{site.length:g} m", f"{site.length:g} m"), HAND, 9, 100),
        HAND,
        9,
        "center",
    )
    for k in range(4):
        q.rect(bx - 30 + k * 80, road_y + 40, 6, 6, fill=0.0)
    q.text(w - m, hh - m, tr(lg, "N ^", "N ^", "N ^"), "Helvetica-Bold", 12, "right")
    pages.append(q)
    if rng.random() < 0.7:
        broker = head_of(who, "broker")
        r = Page(A4)
        copier_edge(r, rng)
        rs = style_of(broker, A4, margin=60)
        y = heading(r, rs, broker)
        r.text(
            w / 2,
            y + 6,
            tr(
                lg,
                "CERTIFICATE OF INSURANCE",
                "VERSICHERUNGSBESTÄTIGUNG",
                "ATTESTATION D'ASSURANCE",
            ),
            rs.bold,
            13,
            "center",
        )
        y += 34
        y = pairs(
            r,
            rs,
            60,
            y,
            [
                (tr(lg, "Insured", "Versicherungsnehmer", "Assuré"), h.name),
                (
                    tr(lg, "Policy number", "Vertrags-Nr.", "Police n°"),
                    serial(keyed(who, "pl"), "CL/9999999"),
                ),
                (
                    tr(lg, "Class", "Sparte", "Garantie"),
                    tr(
                        lg,
                        "Employers' and Public Liability",
                        "Betriebshaftpflicht",
                        "Responsabilité civile",
                    ),
                ),
                (
                    tr(lg, "Public liability limit", "Deckungssumme", "Plafond"),
                    tr(
                        lg,
                        "£10,000,000 any one occurrence",
                        "10.000.000 EUR pauschal",
                        "8 000 000 € par sinistre",
                    ),
                ),
                (
                    tr(lg, "Period", "Laufzeit", "Période"),
                    f"{short(date(d.year, 1, 1), lg)} - {short(date(d.year, 12, 31), lg)}",
                ),
                (
                    tr(lg, "Business", "Betriebsart", "Activité"),
                    tr(lg, "Scaffolding contractors", "Gerüstbau", "Échafaudage"),
                ),
            ],
            w - 60,
            9,
        )
        y += 20
        for ln in wrap(prose(rng, lg, "legal", 2, 3), rs.font, 8, w - 120):
            r.text(60, y, ln, rs.font, 8)
            y += 11
        scrawl(r, 60, y + 40, staff(broker, "uw"))
        pages.append(r)
    remember(site, d, (start, weeks))
    return pages


PERMIT_CONDITIONS = {
    "en": [
        "The scaffold shall be erected, maintained and removed in accordance with the approved "
        "details.",
        "A clear footway of not less than 1.2 m shall be maintained at all times.",
        "The scaffold shall be lit at night by lamps at each corner and at intervals not "
        "exceeding 3 m.",
        "Standards at footway level shall be padded and painted in high-visibility colours.",
        "The licence shall be displayed on the scaffold and produced on request.",
        "The licensee shall indemnify the Council against all claims arising from the scaffold.",
        "No materials shall be stored on the highway outside the licensed area.",
        "The Council may revoke this licence at any time by notice in writing.",
        "Any damage to the highway shall be made good at the licensee's expense.",
    ],
    "de": [
        "Die Sondernutzung ist auf die im Antrag bezeichnete Fläche beschränkt.",
        "Für Fußgänger ist eine Restgehwegbreite von mindestens 1,30 m freizuhalten.",
        "Das Gerüst ist bei Dunkelheit mit rot-weißen Warnleuchten zu sichern.",
        "Ständer im Gehwegbereich sind mit Schutzpolstern zu versehen.",
        "Diese Erlaubnis ist an der Baustelle vorzuhalten und auf Verlangen vorzuzeigen.",
        "Der Erlaubnisnehmer haftet für alle Schäden, die aus der Sondernutzung entstehen.",
        "Die Erlaubnis kann jederzeit widerrufen werden (§ 18 Abs. 2 StrWG).",
        "Nach Beendigung ist der ursprüngliche Zustand wiederherzustellen.",
        "Verkehrszeichen sind gemäß beigefügtem Verkehrszeichenplan aufzustellen.",
    ],
    "fr": [
        "L'échafaudage devra être installé conformément aux plans joints à la demande.",
        "Un passage piéton d'au moins 1,40 m devra être maintenu en permanence.",
        "L'installation sera signalée de nuit par des feux de balisage.",
        "Les pieds d'échafaudage seront protégés et signalés par des bandes rouges et blanches.",
        "Le présent arrêté devra être affiché sur le chantier de façon visible.",
        "Le permissionnaire est responsable des accidents pouvant résulter de l'installation.",
        "La présente autorisation est délivrée à titre précaire et révocable.",
        "Le domaine public sera remis en état à la fin de l'occupation.",
        "La redevance est due selon le tarif en vigueur, tout mois commencé étant dû.",
    ],
}


def tpl_licence_permit(rng: random.Random, who: Issuer) -> list[Page]:
    """The council's scaffold licence / Sondernutzungserlaubnis / arrêté de permission de
    voirie: the licence with its numbered conditions over one or two pages, often the fee
    notice on a page of its own or a tear-off payment slip, now and then a short covering
    letter in front."""
    ex = LAST["extra"]
    site = site_for(rng, ("licence_application",))
    h = council_for(site)
    lg = h.lang
    if after(("licence_application",)) and isinstance(ex, tuple):
        start, weeks = ex
    else:
        start, weeks = some_day(rng) + timedelta(days=7), site.weeks
    d = start - timedelta(days=rng.randint(2, 8))
    end = start + timedelta(weeks=weeks)
    s = style_of(h)
    w, hh = s.page_size
    m = s.margin
    ref = serial(rng, tr(lg, "SL/99/9999", "66/SN-9999/99", "DODP-99-99999"))
    fee = round(
        rng.choice([95.0, 120.0, 155.0, 240.0])
        + (weeks * rng.choice([0, 5.5, 12.0]) if lg != "en" else 0),
        2,
    )
    pages: list[Page] = []
    firm = firm_head()
    officer = staff(h, "off")
    if rng.random() < 0.3:
        f = sheets(s, h)
        recipient(f, s, h, firm_lines(), d, [(tr(lg, "Our ref", "Aktenzeichen", "Réf."), ref)])
        caption(
            f,
            s,
            tr(
                lg,
                f"Scaffold licence - {site_line(site)}",
                f"Sondernutzungserlaubnis - {site_line(site)}",
                f"Permission de voirie - {site_line(site)}",
            ),
            1,
        )
        write(f, s, dear(lg, None))
        write(
            f,
            s,
            tr(
                lg,
                "Please find enclosed your licence. Please note the conditions, in particular "
                "regarding lighting and the footway width.",
                "anliegend erhalten Sie die beantragte Erlaubnis. Bitte beachten Sie die Auflagen "
                "und den beigefügten Gebührenbescheid.",
                "Vous trouverez ci-joint l'arrêté vous autorisant à occuper le domaine public. "
                "Nous attirons votre attention sur les prescriptions.",
            ),
        )
        regards(
            f,
            s,
            lg,
            officer,
            tr(
                lg,
                "Highway Licensing Officer",
                "Sachbearbeitung",
                "Service de l'occupation du domaine public",
            ),
        )
        pages += f.pages
    header = tr(lg, f"Licence {ref}", f"Az. {ref}", f"Arrêté {ref}")
    g = sheets(s, h, header)
    if lg == "fr":
        caption(g, s, f"ARRÊTÉ N° {ref}", 3)
        write(
            g, s, "portant permission de voirie - occupation du domaine public par un échafaudage"
        )
        write(
            g,
            s,
            "Le Maire, vu le Code général des collectivités territoriales, vu le Code de la "
            "voirie routière, vu la demande "
            f"présentée par {firm.name} le {short(d - timedelta(days=12), lg)},",
            s.size - 0.5,
        )
        g.heading(m, "ARRÊTE", s.bold, s.size + 2)
    else:
        caption(
            g,
            s,
            tr(lg, "LICENCE TO ERECT SCAFFOLDING ON THE HIGHWAY", "SONDERNUTZUNGSERLAUBNIS", ""),
            3,
        )
        write(
            g,
            s,
            tr(
                lg,
                "Highways Act 1980, Section 169",
                f"gemäß § 18 StrWG - Ihr Antrag vom {short(d - timedelta(days=12), lg)}",
                "",
            ),
            s.size - 0.5,
        )
    g.y = fields(
        g.page,
        s,
        m,
        g.y,
        w - 2 * m,
        [
            (tr(lg, "Licensee", "Erlaubnisnehmer", "Permissionnaire"), firm.name),
            (tr(lg, "Location", "Ort", "Emplacement"), site_line(site)),
            (tr(lg, "Valid from", "Gültig von", "Du"), short(start, lg)),
            (tr(lg, "Valid until", "Gültig bis", "Au"), short(end, lg)),
            (
                tr(lg, "Area", "Fläche", "Emprise"),
                f"{site.length:g} m x {money(rng.choice([1.0, 1.3, 1.6]), lg)} m",
            ),
            (tr(lg, "Fee", "Gebühr", "Redevance"), cash(fee, lg)),
        ],
        per=2,
        tall=26,
        hand=False,
    )
    g.heading(
        m, tr(lg, "Conditions", "Auflagen und Bedingungen", "Prescriptions"), s.bold, s.size + 1
    )
    conds = PERMIT_CONDITIONS[lg][:]
    for k, c in enumerate(conds[: rng.randint(6, len(conds))], 1):
        label = tr(lg, f"{k}.", f"{k}.", f"Article {k + 1} -")
        g.need(s.size * 3)
        g.page.text(m, g.y, label, s.bold, s.size)
        ind = tw(label, s.bold, s.size) + 8
        g.para(
            m + ind,
            w - 2 * m - ind,
            c + (" " + words(rng, lg, "legal") if rng.random() < 0.3 else ""),
            s.font,
            s.size,
        )
    write(
        g,
        s,
        tr(
            lg,
            "This licence does not relieve the licensee of the need to obtain any other consent.",
            "Rechtsbehelfsbelehrung: Gegen diesen Bescheid kann innerhalb eines Monats nach "
            "Bekanntgabe Klage beim Verwaltungsgericht erhoben werden.",
            "Le présent arrêté peut faire l'objet d'un recours devant le tribunal administratif "
            "dans un délai de deux mois.",
        ),
        s.size - 1.5,
    )
    g.need(90)
    g.y += 10
    g.page.text(
        w - m - 200,
        g.y,
        tr(
            lg,
            f"Dated {day(h, d)}",
            f"{h.town.split()[-1]}, {day(h, d)}",
            f"Fait à {h.town.split()[-1]}, le {day(h, d)}",
        ),
        s.font,
        s.size,
    )
    g.y += 36
    scrawl(g.page, w - m - 200, g.y, officer)
    g.page.text(w - m - 200, g.y + 12, officer, s.font, s.size - 0.5)
    g.page.text(
        w - m - 200,
        g.y + 23,
        tr(lg, "for Director of Highways", "Im Auftrag", "Pour le Maire et par délégation"),
        s.font,
        s.size - 1.5,
    )
    seal(
        g.page,
        w - m - 250,
        g.y - 6,
        26,
        h.name.split(" - ")[0][:30],
        tr(lg, "HIGHWAYS", "Siegel", "Voirie"),
    )
    g.y += 40
    pages += close(g.pages, s, h)
    if rng.random() < 0.55:
        q = sheets(s, h, top=True)
        recipient(
            q,
            s,
            h,
            firm_lines(),
            d,
            [(tr(lg, "Invoice no.", "Kassenzeichen", "Titre n°"), serial(rng, "9999999999"))],
        )
        caption(
            q,
            s,
            tr(lg, "INVOICE - Scaffold licence fee", "GEBÜHRENBESCHEID", "AVIS DES SOMMES À PAYER"),
            2,
        )
        c = columns(m, w - m, [(4.5, "left"), (1.5, "right")])
        rows = [
            [
                tr(
                    lg,
                    f"Scaffold licence {ref}",
                    f"Verwaltungsgebühr Sondernutzung {ref}",
                    f"Redevance d'occupation {ref}",
                ),
                money(fee * 0.6, lg),
            ],
            [
                tr(
                    lg,
                    f"Occupation charge, {weeks} weeks",
                    f"Sondernutzungsgebühr, {weeks} Wochen",
                    f"Occupation, {weeks} semaines",
                ),
                money(fee * 0.4, lg),
            ],
        ]
        table(
            q,
            c,
            [
                tr(lg, "Description", "Gebührentatbestand", "Objet"),
                tr(lg, "Amount", "Betrag", "Montant"),
            ],
            rows,
            s,
            rules=True,
        )
        totals(q, s, lg, fee, 0.0)
        write(
            q,
            s,
            tr(
                lg,
                "Payment within 28 days. Pay online quoting the invoice number.",
                "Der Betrag ist innerhalb eines Monats unter Angabe des Kassenzeichens zu "
                "überweisen.",
                "Paiement auprès du comptable public, Trésorerie municipale, dans un délai de 30 "
                "jours.",
            ),
            s.size - 1,
        )
        if lg == "fr" and q.y < hh - 170:
            y = hh - m - 110
            slip_rule(q.page, m, w - m, y, "Talon à joindre à votre règlement")
            fields(
                q.page,
                s,
                m,
                y + 10,
                w - 2 * m,
                [
                    ("Débiteur", firm.name),
                    ("Montant", cash(fee, lg)),
                    ("Référence", ref),
                    ("Échéance", short(d + timedelta(days=30), lg)),
                ],
                per=2,
                tall=22,
                hand=False,
            )
        pages += close(q.pages, s, h, numbers="none")
    received(rng, pages[0], d, 0.3)
    remember(site, d)
    return pages


# ---------------------------------------------------------------------------------------------
# Templates HHHH: people and lorries
# ---------------------------------------------------------------------------------------------

CARDS = {
    "en": [
        ("CISRS Scaffolder", "BLUE"),
        ("CISRS Advanced Scaffolder", "GOLD"),
        ("CISRS Trainee Scaffolder", "RED"),
        ("CISRS Scaffold Labourer", "GREEN"),
    ],
    "de": [
        ("Gerüstbau-Kolonnenführer", "GRÜN"),
        ("Geprüfter Gerüstbau-Monteur", "BLAU"),
        ("Befähigte Person Gerüste (TRBS 1203)", "GELB"),
        ("Gerüstbau-Helfer", "GRAU"),
    ],
    "fr": [
        ("Carte BTP - Monteur échafaudage", "R408"),
        ("Carte BTP - Chef d'équipe", "R408"),
        ("Carte BTP - Intérimaire", "R408"),
        ("Carte BTP - Apprenti", "R408"),
    ],
}


def card(
    p: Page,
    x: float,
    y: float,
    w: float,
    h: float,
    lines: list[tuple[str, str]],
    rng: random.Random,
    photo_: bool,
    code: str = "",
) -> None:
    """A photocopy of a plastic card: rounded-looking frame, a band, a photo, the entries."""
    p.rect(x, y, w, h, fill=0.93)
    p.rect(x, y, w, h)
    p.rect(x, y, w, 16, fill=0.35)
    p.text(x + 6, y + 11, fit(lines[0][1], "Helvetica-Bold", 8, w - 12), "Helvetica-Bold", 8)
    yy = y + 30
    tx = x + 8
    if photo_:
        p.rect(x + 8, y + 24, 48, 60, fill=rng.uniform(0.3, 0.55))
        p.rect(x + 20, y + 32, 24, 28, fill=rng.uniform(0.6, 0.8))
        tx = x + 64
    for cap, val in lines[1:]:
        if yy > y + h - 6:
            break
        if cap:
            p.text(tx, yy, fit(cap, "Helvetica", 5.5, x + w - tx - 6), "Helvetica", 5.5)
            yy += 8
        p.text(tx, yy, fit(val, "Helvetica-Bold", 7.5, x + w - tx - 6), "Helvetica-Bold", 7.5)
        yy += 11
    if code:
        for k in range(14):
            for j in range(14):
                if (zlib.crc32(f"{code}{k}{j}".encode()) & 3) == 0:
                    p.rect(x + w - 52 + k * 3, y + h - 50 + j * 3, 3, 3, fill=0.0)


def operative(rng: random.Random, kinds: tuple[str, ...], pool: list[str]) -> str:
    """The operative the previous document was about if it was one of ``kinds``, else one of
    ``pool``."""
    if after(kinds) and isinstance(LAST["extra"], str):
        return str(LAST["extra"])
    return rng.choice(pool)


def tpl_card_record(rng: random.Random, who: Issuer) -> list[Page]:
    """The office's competence record of one operative: personal details, the photocopy of
    the front and back of the card (CISRS, the German Gerüstbau qualification card, the French
    carte BTP), the online check and the office manager's initials; a run is the next
    operatives' records."""
    h = firm_head()
    lg = h.lang
    name = operative(rng, ("riddor_notice",), STAFF["operatives"] + STAFF["foremen"])
    s = style_of(h, A4, margin=48, pt=9)
    w, hh = A4
    m = s.margin
    d = some_day(rng)
    p = Page(A4)
    y = heading(p, s, h) if rng.random() < 0.6 else m
    p.text(
        m,
        y,
        tr(
            lg,
            "OPERATIVE COMPETENCE RECORD",
            "QUALIFIKATIONSNACHWEIS MITARBEITER",
            "FICHE D'HABILITATION SALARIÉ",
        ),
        s.bold,
        12,
    )
    y += 16
    kind, colour = rng.choice(CARDS[lg][:3] if name in STAFF["foremen"] else CARDS[lg])
    exp = date(d.year + rng.randint(0, 4), rng.randint(1, 12), 28)
    y = fields(
        p,
        s,
        m,
        y,
        w - 2 * m,
        [
            (tr(lg, "Name", "Name, Vorname", "Nom, prénom"), name),
            (
                tr(lg, "Date of birth", "Geburtsdatum", "Date de naissance"),
                short(date(rng.randint(1965, 2003), rng.randint(1, 12), rng.randint(1, 28)), lg),
            ),
            (
                tr(lg, "NI number", "SV-Nummer", "N° sécurité sociale"),
                serial(rng, tr(lg, "AA 99 99 99 A", "99 999999 A 999", "9 99 99 99 999 999")),
            ),
            (
                tr(lg, "Start date", "Eintritt", "Date d'entrée"),
                short(date(rng.randint(2008, d.year), rng.randint(1, 12), 1), lg),
            ),
            (tr(lg, "Gang / foreman", "Kolonne", "Équipe"), rng.choice(STAFF["foremen"])),
            (
                tr(lg, "Status", "Beschäftigung", "Statut"),
                rng.choice(
                    [
                        tr(lg, "PAYE", "festangestellt", "CDI"),
                        tr(lg, "CIS subcontractor", "gewerblich", "intérimaire"),
                    ]
                ),
            ),
        ],
        per=2,
        tall=26,
    )
    p.text(
        m,
        y + 4,
        tr(
            lg,
            "Copy of card (front / back)",
            "Kopie Ausweis (Vorder-/Rückseite)",
            "Copie de la carte (recto / verso)",
        ),
        s.bold,
        9,
    )
    y += 14
    cw_, ch_ = 245.0, 155.0
    reg = serial(rng, tr(lg, "99999999", "GB-99999", "A99999999"))
    card(
        p,
        m,
        y,
        cw_,
        ch_,
        [
            ("", kind.upper()),
            (tr(lg, "Name", "Name", "Nom"), name),
            (tr(lg, "Registration no.", "Ausweis-Nr.", "N° de carte"), reg),
            (tr(lg, "Expires", "Gültig bis", "Valable jusqu'au"), short(exp, lg)),
            (tr(lg, "Card", "Stufe", "Habilitation"), colour),
        ],
        rng,
        True,
        reg if lg == "fr" else "",
    )
    back = tr(
        lg,
        "This card remains the property of CISRS. If found please return to the address below. "
        "Verify this card at www.cisrs.org.uk",
        "Dieser Ausweis ist nur mit Lichtbildausweis gültig. Bei Verlust bitte an die "
        "ausstellende Stelle zurücksenden.",
        "Carte d'identification professionnelle des salariés du BTP. En cas de perte, déclarer "
        "sur cartebtp.fr",
    )
    card(
        p,
        m + cw_ + 14,
        y,
        cw_,
        ch_,
        [("", tr(lg, "CONDITIONS OF USE", "HINWEISE", "VERSO"))]
        + [("", t) for t in wrap(back, "Helvetica-Bold", 7.5, cw_ - 20)],
        rng,
        False,
    )
    y += ch_ + 22
    ft = Sheets(A4, hh - m, lambda pg, n: m)
    ft.pages = [p]
    ft.page = p
    ft.y = y
    c = columns(m, w - m, [(1.2, "left"), (2.2, "left"), (1.2, "left"), (1.4, "left")])
    rows = [
        [
            short(d - timedelta(days=rng.randint(0, 5)), lg),
            tr(
                lg,
                "Card verified online - valid",
                "Original vorgelegt, Kopie gefertigt",
                "Carte vérifiée - valide",
            ),
            "".join(t[0] for t in office_manager().split()),
            "-",
        ]
    ]
    if rng.random() < 0.5:
        rows.append(
            [
                short(d - timedelta(days=rng.randint(200, 700)), lg),
                tr(lg, "Previous card (expired)", "Vorheriger Nachweis", "Ancienne carte"),
                "".join(t[0] for t in director().split()),
                tr(lg, "renewed", "erneuert", "renouvelée"),
            ]
        )
    table(
        ft,
        c,
        [
            tr(lg, "Date", "Datum", "Date"),
            tr(lg, "Check", "Prüfung", "Contrôle"),
            tr(lg, "By", "Kürzel", "Par"),
            tr(lg, "Note", "Bemerkung", "Obs."),
        ],
        rows,
        s,
        rules=True,
    )
    ft.y += 10
    p.text(
        m,
        ft.y,
        tr(lg, "Other tickets:", "Weitere Nachweise:", "Autres habilitations :"),
        s.bold,
        8.5,
    )
    hand(
        p,
        m + 90,
        ft.y,
        ", ".join(
            rng.sample(
                [
                    tr(lg, "First aid (EFAW)", "Ersthelfer", "SST"),
                    tr(lg, "PASMA", "Fahrerlaubnis C1", "CACES R489"),
                    tr(lg, "Harness inspection", "PSAgA Unterweisung", "Port du harnais"),
                    tr(lg, "SSSTS", "Ladekran", "Travail en hauteur"),
                ],
                2,
            )
        ),
        9,
        w - 2 * m - 100,
    )
    remember(None, d, name)
    return [p]


def tpl_training_cert(rng: random.Random, who: Issuer) -> list[Page]:
    """A training centre's certificate for one operative (CISRS course, Befähigte Person /
    Gerüstbau-Lehrgang, formation R408): a landscape certificate with a border, often with
    the course record or the assessment results on a portrait page behind; a run is the
    other delegates of the same course."""
    h = head_of(who, "trainer")
    lg = h.lang
    name = operative(rng, ("card_record",), STAFF["operatives"])
    d = some_day(rng) - timedelta(days=rng.randint(3, 20))
    course = keyed(who, "course").choice(
        [
            tr(
                lg,
                "CISRS Scaffolding Part 1",
                "Lehrgang Befähigte Person zur Prüfung von Gerüsten",
                "Formation R408 - Montage et démontage d'échafaudages de pied",
            ),
            tr(
                lg,
                "CISRS Basic Scaffold Inspection (SITS)",
                "Fachkraft für Gerüstbau - Aufbau und Verwendung",
                "Formation R408 - Vérification et réception",
            ),
            tr(
                lg,
                "CISRS Advanced Scaffolder",
                "Unterweisung PSA gegen Absturz",
                "Travail en hauteur - port du harnais",
            ),
            tr(
                lg,
                "NASC SG4:22 Fall Prevention",
                "Gerüstbau-Kolonnenführer (Modul 2)",
                "Formation R408 - Échafaudages roulants",
            ),
        ]
    )
    land = keyed(who, "land").random() < 0.7
    size = LAND if land else A4
    w, hh = size
    p = Page(size)
    p.rect(18, 18, w - 36, hh - 36)
    p.rect(24, 24, w - 48, hh - 48)
    logo_y = 60
    p.text(w / 2, logo_y, fit(h.name, h.bold, 14, w - 120), h.bold, 14, "center")
    p.text(
        w / 2, logo_y + 14, fit(f"{h.street}, {h.town}", h.font, 8, w - 120), h.font, 8, "center"
    )
    ttl = tr(lg, "Certificate of Achievement", "Teilnahmebescheinigung", "Attestation de formation")
    p.text(w / 2, logo_y + 70, ttl, "Times-BoldItalic", 28 if land else 24, "center")
    p.text(
        w / 2,
        logo_y + 100,
        tr(lg, "This is to certify that", "Hiermit wird bescheinigt, dass", "Nous certifions que"),
        "Times-Italic",
        12,
        "center",
    )
    p.text(w / 2, logo_y + 130, mx(name, lg) if lg != "en" else name, "Times-Bold", 20, "center")
    p.text(
        w / 2,
        logo_y + 156,
        tr(
            lg,
            "has successfully completed",
            "erfolgreich teilgenommen hat am",
            "a suivi avec succès la formation",
        ),
        "Times-Italic",
        12,
        "center",
    )
    p.text(
        w / 2,
        logo_y + 182,
        fit(course, "Times-Bold", 15, w - 120),
        "Times-Bold",
        shrink(course, "Times-Bold", 15, w - 120),
        "center",
    )
    days = rng.choice([1, 2, 5, 10])
    p.text(
        w / 2,
        logo_y + 204,
        tr(
            lg,
            f"{days} day(s), {short(d, lg)} - {short(d + timedelta(days=days - 1), lg)}",
            f"Dauer {days} Tag(e), {short(d, lg)} bis {short(d + timedelta(days=days - 1), lg)}",
            f"Durée {days * 7} heures, du {short(d, lg)} au "
            f"{short(d + timedelta(days=days - 1), lg)}",
        ),
        "Times-Roman",
        11,
        "center",
    )
    cert = serial(rng, "99999/99")
    y = hh - 110
    scrawl(p, 90, y, staff(h, "inst"))
    p.line(80, y + 4, 280, y + 4)
    p.text(
        80,
        y + 16,
        tr(lg, "Instructor", "Dozent", "Formateur") + f": {staff(h, 'inst')}",
        "Times-Roman",
        9,
    )
    scrawl(p, w - 270, y, staff(h, "head"))
    p.line(w - 280, y + 4, w - 80, y + 4)
    p.text(w - 280, y + 16, tr(lg, "Centre Manager", "Leitung", "Directeur"), "Times-Roman", 9)
    p.text(
        w / 2,
        hh - 44,
        tr(
            lg,
            f"Certificate no. {cert} - valid 5 years",
            f"Bescheinigung Nr. {cert}",
            f"Attestation n° {cert}",
        ),
        "Helvetica",
        7,
        "center",
    )
    seal(
        p,
        w / 2,
        hh - 100,
        30,
        h.name.split(" - ")[0][:30],
        tr(lg, "APPROVED", "ZERTIFIZIERT", "CERTIFIÉ"),
    )
    pages = [p]
    if rng.random() < 0.45:
        s2 = style_of(h, A4)
        w2 = A4[0]
        m = s2.margin
        f = sheets(s2, h)
        caption(
            f,
            s2,
            tr(
                lg,
                "Course record and assessment",
                "Lehrgangsinhalte und Prüfungsergebnis",
                "Programme et évaluation",
            ),
            1.5,
        )
        write(f, s2, f"{name} - {course}", s2.size)
        c = columns(m, w2 - m, [(4, "left"), (1, "center"), (1.2, "center")])
        rows = [
            [t, str(rng.randint(60, 100)) + " %", tr(lg, "Pass", "bestanden", "Acquis")]
            for t in rng.sample(
                [
                    tr(lg, "Legislation and TG20", "Rechtsgrundlagen", "Réglementation"),
                    tr(lg, "Tube and fitting practical", "Praxis Rahmengerüst", "Pratique montage"),
                    tr(lg, "Ties and bracing", "Verankerung", "Amarrages"),
                    tr(lg, "Loading bays", "Lastenbühnen", "Recettes"),
                    tr(lg, "Inspection and tagging", "Prüfung und Kennzeichnung", "Vérification"),
                    tr(lg, "SG4 harness use", "PSAgA", "Harnais"),
                    tr(lg, "Written test", "Schriftliche Prüfung", "QCM"),
                    tr(lg, "Manual handling", "Heben und Tragen", "Gestes et postures"),
                ],
                rng.randint(4, 7),
            )
        ]
        table(
            f,
            c,
            [
                tr(lg, "Module", "Modul", "Module"),
                tr(lg, "Score", "Ergebnis", "Note"),
                tr(lg, "Result", "Bewertung", "Résultat"),
            ],
            rows,
            s2,
            rules=True,
        )
        write(f, s2, prose(rng, lg, "safety", 1, 2), s2.size - 1)
        pages += close(f.pages, s2, h, numbers="none")
    remember(None, d, name)
    return pages


def tpl_riddor_notice(rng: random.Random, who: Issuer) -> list[Page]:
    """The company's statutory report of an accident to one of its operatives, as printed
    and filed: the HSE's online F2508 report with its notification number (RIDDOR), the BG
    BAU Unfallanzeige with its numbered boxes, or the CPAM déclaration d'accident du travail;
    two or three pages, the later ones continuing the questions."""
    h = firm_head()
    lg = h.lang
    auth = make_head(SENDERS["authority"][lg][0], lg, "authority")
    name = rng.choice(STAFF["operatives"])
    site = site_for(rng, ("inspection_report",))
    d = some_day(rng)
    acc = d - timedelta(days=rng.randint(1, 9))
    s = Style(
        font="Helvetica",
        bold="Helvetica-Bold",
        size=8.5,
        margin=40,
        numbering="none",
        number_pos="bottom",
        page_size=A4,
        date_style="short",
    )
    w, hh = A4
    m = 40
    f = plain(
        s,
        tr(
            lg,
            "RIDDOR - Report of an injury (F2508)",
            "Unfallanzeige - BG BAU",
            "Déclaration d'accident du travail - Cerfa 14463*03",
        ),
        bottom=24,
    )
    p = f.page
    if lg == "en":
        p.text(m, m - 12, "HSE", "Helvetica-Bold", 22)
        p.text(m + 62, m - 18, "Health and Safety Executive", "Helvetica-Bold", 9)
        p.text(m + 62, m - 8, "RIDDOR - Report of an injury  F2508 (online)", "Helvetica", 8)
        p.text(
            w - m,
            m - 12,
            f"Notification no. {serial(rng, '99999999')}",
            "Helvetica-Bold",
            9,
            "right",
        )
        f.y = m + 14
        write(
            f,
            s,
            f"Thank you, your report was submitted on {short(d, lg)} at "
            f"{rng.randint(8, 17):02d}:{rng.randint(0, 59):02d}. Keep this copy for your records.",
            8,
        )
    elif lg == "de":
        p.text(m, m - 12, "UNFALLANZEIGE", "Helvetica-Bold", 15)
        p.text(w - m, m - 12, "für Unternehmen - BG BAU", "Helvetica", 8, "right")
        f.y = m + 6
        f.y = fields(
            p,
            s,
            m,
            f.y,
            w - 2 * m,
            [
                ("1 Name und Anschrift des Unternehmens", f"{h.name}, {h.street}, {h.town}"),
                (
                    "2 Unternehmensnummer des Unfallversicherungsträgers",
                    serial(rng, "999 99 9999 9"),
                ),
                ("3 Empfänger", auth.name),
            ],
            per=1,
            tall=24,
            hand=False,
        )
    else:
        p.text(m, m - 12, "cerfa", "Helvetica-BoldOblique", 16)
        p.text(m + 48, m - 12, "N° 14463*03", "Helvetica", 8)
        p.text(
            w / 2 + 20,
            m - 14,
            "DÉCLARATION D'ACCIDENT DU TRAVAIL",
            "Helvetica-Bold",
            10.5,
            "center",
        )
        p.text(w / 2 + 20, m - 3, "OU D'ACCIDENT DE TRAJET", "Helvetica-Bold", 10.5, "center")
        p.text(
            w - m,
            m + 10,
            "Articles L. 441-2 et R. 441-3 du Code de la sécurité sociale",
            "Helvetica",
            6,
            "right",
        )
        f.y = m + 22
    sections = [
        (
            tr(lg, "About you and your organisation", "4-9 Versicherte Person", "La victime"),
            [
                (
                    tr(lg, "Organisation", "4 Name, Vorname", "Nom, prénom"),
                    h.name if lg == "en" else name,
                ),
                (
                    tr(lg, "Address", "5 Straße, Hausnummer / PLZ, Ort", "Adresse"),
                    f"{h.street}, {h.town}"
                    if lg == "en"
                    else f"{rng.randint(1, 80)} {rng.choice(ROADS[lg])}",
                ),
                (
                    tr(lg, "Reporter name", "6 Geburtsdatum", "Date de naissance"),
                    office_manager()
                    if lg == "en"
                    else short(
                        date(rng.randint(1968, 2002), rng.randint(1, 12), rng.randint(1, 28)), lg
                    ),
                ),
                (tr(lg, "Telephone", "7 Geschlecht", "Sexe"), h.phone if lg == "en" else "m"),
                (
                    tr(lg, "Main activity", "8 Staatsangehörigkeit", "Nationalité"),
                    "Scaffolding (43.99/1)" if lg == "en" else tr(lg, "", "deutsch", "française"),
                ),
                (
                    tr(lg, "Employees", "9 Leiharbeitnehmer", "Qualification"),
                    str(len(STAFF["operatives"]) + 7)
                    if lg == "en"
                    else tr(lg, "", "nein", "monteur échafaudage"),
                ),
            ],
        ),
        (
            tr(lg, "About the incident", "10-21 Unfall", "L'accident"),
            [
                (
                    tr(lg, "Date of incident", "Unfallzeitpunkt", "Date de l'accident"),
                    short(acc, lg),
                ),
                (
                    tr(lg, "Time", "Uhrzeit", "Heure"),
                    f"{rng.randint(7, 16):02d}:{rng.choice(['10', '25', '40', '55'])}",
                ),
                (tr(lg, "Where did it happen", "Unfallort", "Lieu"), site_line(site)),
                (
                    tr(lg, "Local authority", "Arbeitsbeginn / -ende", "Horaire de travail"),
                    tr(lg, site.town, "07:00 - 16:00", "7h00 - 12h00 / 13h00 - 16h00"),
                ),
                (
                    tr(lg, "Kind of accident", "Verletzte Körperteile", "Siège des lésions"),
                    rng.choice(
                        [
                            tr(lg, "Fall from height", "Hand rechts", "main droite"),
                            tr(lg, "Struck by moving object", "Fuß links", "pied gauche"),
                            tr(lg, "Injured while handling, lifting or carrying", "Rücken", "dos"),
                            tr(lg, "Slipped, tripped or fell on the same level", "Knie", "genou"),
                        ]
                    ),
                ),
                (
                    tr(lg, "Work process", "Art der Verletzung", "Nature des lésions"),
                    rng.choice(
                        [
                            tr(lg, "Loading/unloading lorry", "Quetschung", "écrasement"),
                            tr(lg, "Erecting scaffold", "Fraktur", "fracture"),
                            tr(lg, "Dismantling scaffold", "Prellung", "contusion"),
                        ]
                    ),
                ),
            ],
        ),
        (
            tr(lg, "About the injured person", "22-28 Folgen", "Conséquences"),
            [
                (
                    tr(lg, "Name", "Arbeit eingestellt", "Arrêt de travail"),
                    name if lg == "en" else tr(lg, "", "ja, sofort", "oui"),
                ),
                (
                    tr(lg, "Occupation", "Arbeit wieder aufgenommen", "Témoin"),
                    tr(lg, "Scaffolder", "nein", rng.choice(STAFF["foremen"])),
                ),
                (
                    tr(lg, "Injury", "Erstbehandlung durch", "Soins"),
                    rng.choice(
                        [
                            tr(lg, "Fracture (hand)", "Durchgangsarzt", "urgences"),
                            tr(
                                lg,
                                "Over 7-day incapacitation",
                                "Ersthelfer / Hausarzt",
                                "médecin traitant",
                            ),
                        ]
                    ),
                ),
                (
                    tr(lg, "Hospital", "Zeuge", "Tiers responsable"),
                    rng.choice(
                        [
                            tr(lg, "Pinderfields A&E", rng.choice(STAFF["foremen"]), "non"),
                            tr(lg, "Bristol Royal Infirmary", rng.choice(STAFF["foremen"]), "non"),
                        ]
                    ),
                ),
            ],
        ),
    ]
    if lg != "fr":
        sections.append(
            (
                tr(lg, "About the injury", "29-31 Weitere Angaben", ""),
                [
                    (
                        tr(lg, "Severity", "Beschäftigt als", ""),
                        tr(lg, "Over-seven-day injury", "Gerüstbauer", ""),
                    ),
                    (
                        tr(lg, "Part of body", "Seit wann bei dieser Tätigkeit", ""),
                        rng.choice(
                            [
                                tr(lg, "Hand/fingers", "seit 2019", ""),
                                tr(lg, "Back", "seit 2022", ""),
                            ]
                        ),
                    ),
                    (
                        tr(lg, "Main factor", "Krankenkasse", ""),
                        rng.choice(
                            [
                                tr(lg, "Handling materials", "AOK NordWest", ""),
                                tr(lg, "Slip on wet boards", "IKK classic", ""),
                                tr(lg, "Falling object", "BARMER", ""),
                            ]
                        ),
                    ),
                    (
                        tr(lg, "Was the person working alone", "Entgeltfortzahlung", ""),
                        tr(lg, "No", "6 Wochen", ""),
                    ),
                    (
                        tr(lg, "Work at height involved", "Leiharbeitnehmer", ""),
                        tr(lg, "Yes - 4 m", "nein", ""),
                    ),
                    (
                        tr(lg, "Absent from work (days)", "Auszubildender", ""),
                        tr(lg, str(rng.randint(8, 40)), "nein", ""),
                    ),
                ],
            )
        )
    for t, items in sections:
        f.need(100)
        y = band(f.page, s, f.y, t)
        per = 1 if lg == "en" else 2
        f.y = fields(f.page, s, m, y + 4, w - 2 * m, items, per=per, tall=26, hand=False)
    f.need(120)
    f.y = (
        band(
            f.page,
            s,
            f.y,
            tr(
                lg,
                "Describe what happened",
                "19 Ausführliche Schilderung des Unfallhergangs",
                "Circonstances détaillées de l'accident",
            ),
        )
        + 12
    )
    what = rng.choice(
        tr(
            lg,
            "passing tube up to the second lift|unloading boards from the lorry|"
            "striking the top lift",
            "Abladen von Gerüstböden|Abbau der obersten Lage|Einhängen von Rahmen",
            "déchargement des planchers|démontage du dernier niveau|montage des cadres",
        ).split("|")
    )
    how = rng.choice(
        tr(
            lg,
            "a fitting fell and struck his hand|he lost his footing on the boards|"
            "the board slipped and trapped his fingers",
            "ein Rahmen abrutschte und die Hand quetschte|er auf dem Belag ausrutschte|"
            "eine Kupplung herabfiel",
            "a eu la main écrasée par un cadre|a glissé sur un plancher|"
            "a été heurtée par un collier tombé",
        ).split("|")
    )
    story = tr(
        lg,
        f"{name} was {what} when {how}. First aid given on site by the foreman. Taken to "
        "hospital by colleague. ",
        f"Der Versicherte {name} war beim {what} tätig, als {how}. Erstversorgung durch den "
        "Kolonnenführer, anschließend Vorstellung beim Durchgangsarzt. ",
        f"Lors du {what}, la victime {how}. Premiers soins sur place par le chef d'équipe, "
        "puis transport aux urgences. ",
    ) + prose(rng, lg, "safety", 1, 2)
    write(f, s, story, 8.5)
    f.need(90)
    f.y = (
        band(
            f.page,
            s,
            f.y,
            tr(lg, "Declaration", "Datum / Unterschriften", "Signature de l'employeur"),
        )
        + 10
    )
    sign_box(
        f.page,
        s,
        m,
        f.y,
        240,
        tr(lg, "Submitted by", "Unternehmer / Bevollmächtigter", "Nom, qualité et signature"),
        office_manager() if lg != "fr" else director(),
        short(d, lg),
        ink=lg != "en",
    )
    if lg == "de":
        sign_box(f.page, s, m + 260, f.y, 230, "Betriebsrat (Personalrat)", "", "")
    f.y += 56
    pages = f.pages
    for k, pg in enumerate(pages, 1):
        if lg == "en":
            pg.text(
                m,
                hh - 16,
                f"https://notifications.hse.gov.uk/RiddorForms/Injury - printed {short(d, lg)}",
                "Helvetica",
                6,
            )
            pg.text(w - m, hh - 16, f"Page {k} of {len(pages)}", "Helvetica", 7, "right")
        elif lg == "de":
            pg.text(w - m, hh - 16, f"UV 1 - Seite {k}", "Helvetica", 7, "right")
        else:
            pg.text(w / 2, hh - 16, f"{k}/{len(pages)}", "Helvetica", 7, "center")
    remember(site, d, name)
    return pages


def tpl_tacho_calibration(rng: random.Random, who: Issuer) -> list[Page]:
    """An approved workshop's tachograph calibration certificate for one of the company's
    lorries (two-yearly inspection under Regulation (EU) 165/2014, Prüfbescheinigung nach
    § 57b StVZO, certificat d'inspection périodique): the vehicle, the recording equipment,
    the w / k / l constants and tyre size, the checks made and the seals, on A5 or A4; a run
    is the next lorries done the same day."""
    h = head_of(who, "workshop")
    lg = h.lang
    lorry = rng.choice(LORRIES)
    size = A5 if keyed(who, "size").random() < 0.55 else A4
    s = style_of(h, size, margin=30 if size == A5 else 44, pt=8 if size == A5 else 9)
    w, hh = size
    m = s.margin
    d = (
        last_day(rng, ("tacho_calibration",), (0, 0))
        if after(("tacho_calibration",))
        else some_day(rng)
    )
    p = Page(size)
    y = heading(p, s, h)
    title = tr(
        lg,
        "TACHOGRAPH CALIBRATION CERTIFICATE",
        "PRÜFBESCHEINIGUNG KONTROLLGERÄT",
        "CERTIFICAT D'INSPECTION DU CHRONOTACHYGRAPHE",
    )
    p.text(m, y, title, s.bold, shrink(title, s.bold, 12, w - 2 * m))
    y += 11
    p.text(
        m,
        y,
        tr(
            lg,
            "Regulation (EU) No 165/2014 - periodic inspection / calibration",
            "nach § 57b StVZO und VO (EU) 165/2014",
            "Règlement (UE) 165/2014 - inspection périodique",
        ),
        s.font,
        7,
    )
    y += 12
    y = fields(
        p,
        s,
        m,
        y,
        w - 2 * m,
        [
            (tr(lg, "Operator", "Halter", "Détenteur"), firm_name()),
            (tr(lg, "Registration", "Amtl. Kennzeichen", "Immatriculation"), lorry.reg),
            (tr(lg, "Make / model", "Hersteller / Typ", "Marque / type"), lorry.make),
            (tr(lg, "VIN", "FIN", "VIN"), lorry.vin),
            (
                tr(lg, "Tachograph", "Kontrollgerät", "Appareil"),
                rng.choice(
                    [
                        "VDO DTCO 4.1",
                        "VDO DTCO 3.0",
                        "Stoneridge SE5000 Exakt Duo2",
                        "VDO DTCO 4.0e",
                    ]
                ),
            ),
            (tr(lg, "Serial no.", "Geräte-Nr.", "N° de série"), serial(rng, "99999999")),
            (
                tr(lg, "Tyre size", "Reifengröße", "Dimension pneus"),
                rng.choice(["315/80 R22.5", "295/80 R22.5", "265/70 R19.5", "245/70 R17.5"]),
            ),
            (
                tr(lg, "Odometer", "km-Stand", "Kilométrage"),
                f"{rng.randint(45000, 410000):,}".replace(
                    ",", " " if lg == "fr" else "." if lg == "de" else ","
                )
                + " km",
            ),
        ],
        per=2,
        tall=22,
        hand=rng.random() < 0.4,
    )
    c = columns(m, w - m, [(2, "left"), (1.2, "right"), (1, "left")])
    ft = Sheets(size, hh - m, lambda pg, n: m)
    ft.pages = [p]
    ft.page = p
    ft.y = y
    table(
        ft,
        c,
        [
            tr(lg, "Constant", "Kenngröße", "Constante"),
            tr(lg, "Value", "Wert", "Valeur"),
            tr(lg, "Unit", "Einheit", "Unité"),
        ],
        [
            [
                "w (" + tr(lg, "vehicle", "Wegimpulszahl", "coefficient") + ")",
                str(rng.randint(5800, 9400)),
                "imp/km",
            ],
            [
                "k (" + tr(lg, "recording equipment", "Konstante", "constante") + ")",
                str(rng.randint(5800, 9400)),
                "imp/km",
            ],
            [
                "l (" + tr(lg, "effective circumference", "Abrollumfang", "circonférence") + ")",
                str(rng.randint(2980, 3420)),
                "mm",
            ],
            [
                tr(lg, "Speed limiter setting", "Geschwindigkeitsbegrenzer", "Limiteur de vitesse"),
                "90",
                "km/h",
            ],
        ],
        s,
        size=s.size - 0.5,
        rules=True,
        step=1.7,
    )
    ft.y += 6
    y = ticks(
        p,
        s,
        m,
        ft.y,
        w - 2 * m,
        [
            tr(lg, "Calibration", "Kalibrierung", "Étalonnage"),
            tr(lg, "Seals renewed", "Plombierung erneuert", "Scellements"),
            tr(lg, "Clock set (UTC)", "Uhrzeit (UTC)", "Heure UTC"),
            tr(lg, "Plaque fitted", "Einbauschild", "Plaque posée"),
            tr(lg, "Download / workshop card", "Werkstattkarte", "Carte atelier"),
        ],
        set(range(5)) - ({rng.randint(0, 4)} if rng.random() < 0.3 else set()),
        7.5,
    )
    y += 4
    p.text(
        m,
        y,
        tr(
            lg,
            f"Next inspection due: {short(date(d.year + 2, d.month, min(d.day, 28)), lg)}",
            f"Nächste Prüfung: {MONTHS_DE[d.month - 1]} {d.year + 2}",
            f"Prochaine inspection : {short(date(d.year + 2, d.month, min(d.day, 28)), lg)}",
        ),
        s.bold,
        s.size,
    )
    y += 16
    sign_box(
        p,
        s,
        m,
        y,
        (w - 2 * m) * 0.6,
        tr(
            lg,
            "Technician (name, workshop card no.)",
            "Prüfer (Name, Werkstattkarte)",
            "Technicien",
        ),
        staff(h, "tech"),
        short(d, lg),
    )
    stamp(
        p,
        w - m - 130,
        y + 4,
        [
            h.name.split(" - ")[0][:22].upper(),
            tr(lg, "Approved centre", "anerkannt", "agréé"),
            serial(keyed(who, "no"), "GB 9999" if lg == "en" else "99-999"),
        ],
    )
    remember(None, d, lorry.reg)
    return [p]


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


def tpl_fleet_insurance(rng: random.Random, who: Issuer) -> list[Page]:
    """The broker's renewal of the lorry fleet motor policy: a covering letter, the policy
    schedule (cover, excesses, limits, the crane / HIAB extension), the vehicle schedule on a
    landscape page and the certificate of motor insurance (Versicherungsbestätigung,
    attestation d'assurance flotte) behind."""
    h = head_of(who, "broker")
    lg = h.lang
    adjust = after(("fleet_insurance",))
    s = style_of(h)
    w, _ = s.page_size
    m = s.margin
    d = some_day(rng)
    renew = add_months(d, 1)
    pol = serial(keyed(who, "pol"), tr(lg, "FLT/999999/AA", "KF-99-999999", "FL 999 999 99"))
    prem = rng.choice([9840.0, 12650.0, 15320.0, 18475.0, 21130.0])
    insurer = keyed(who, "ins").choice(
        tr(
            lg,
            "Aviva Insurance Ltd|AXA Insurance UK plc|Zurich Insurance plc",
            "Allianz Versicherungs-AG|R+V Allgemeine Versicherung AG|HDI Versicherung AG",
            "AXA France IARD|Allianz IARD|MMA IARD",
        ).split("|")
    )
    f = sheets(s, h)
    recipient(
        f,
        s,
        h,
        firm_lines(
            tr(lg, f"FAO {director()}", mx(director(), lg), f"À l'att. de {mx(director(), lg)}")
        ),
        d,
        [
            (tr(lg, "Policy", "Vertrag", "Police"), pol),
            (tr(lg, "Account", "Kunden-Nr.", "Client"), serial(keyed(who, "acc"), "99999")),
        ],
    )
    caption(
        f,
        s,
        tr(
            lg,
            "Motor Fleet Insurance - " + ("Mid-term adjustment" if adjust else "Renewal"),
            "Kfz-Flottenversicherung - "
            + ("Nachtrag Fahrzeugwechsel" if adjust else "Verlängerung"),
            "Assurance flotte automobile - " + ("avenant" if adjust else "renouvellement"),
        ),
        1.5,
    )
    write(f, s, dear(lg, director()))
    if adjust:
        write(
            f,
            s,
            tr(
                lg,
                f"As requested, we have added vehicle {a_reg(rng, lg)} to your policy from "
                f"{day(h, d)}. The additional premium of {cash(rng.randint(180, 900), lg)} will be "
                "collected with your next instalment. A revised schedule and certificate are "
                "enclosed.",
                f"wie gewünscht haben wir das Fahrzeug {a_reg(rng, lg)} ab {day(h, d)} in Ihren "
                f"Vertrag eingeschlossen. Der anteilige Mehrbeitrag beträgt "
                f"{cash(rng.randint(180, 900), lg)}. Anbei das aktualisierte Verzeichnis.",
                f"Suite à votre demande, le véhicule {a_reg(rng, lg)} est intégré au contrat à "
                f"compter du {day(h, d)}. La surprime s'élève à {cash(rng.randint(180, 900), lg)}.",
            ),
        )
    else:
        write(
            f,
            s,
            tr(
                lg,
                "We are pleased to confirm that your motor fleet policy has been renewed with "
                f"{insurer} from {day(h, renew)}. "
                f"The annual premium is {cash(prem, lg)} including Insurance Premium Tax, "
                "payable in 10 monthly instalments.",
                "wir freuen uns, Ihnen die Verlängerung Ihrer Flottenversicherung bei der "
                f"{insurer} ab {day(h, renew)} zu bestätigen. "
                f"Der Jahresbeitrag beträgt {cash(prem, lg)} inkl. Versicherungsteuer.",
                "Nous avons le plaisir de vous confirmer le renouvellement de votre contrat flotte "
                f"auprès de {insurer} au {day(h, renew)}. "
                f"La prime annuelle s'élève à {cash(prem, lg)} TTC.",
            ),
        )
    write(
        f,
        s,
        tr(
            lg,
            "Please check the vehicle schedule carefully and let us know of any vehicle added or "
            "disposed of. " + prose(rng, lg, "legal", 1, 2),
            "Bitte prüfen Sie das Fahrzeugverzeichnis und teilen Sie uns Zu- und Abgänge umgehend "
            "mit. " + prose(rng, lg, "legal", 1, 2),
            "Merci de vérifier la liste des véhicules et de nous signaler toute entrée ou sortie. "
            + prose(rng, lg, "legal", 1, 2),
        ),
    )
    regards(
        f,
        s,
        lg,
        staff(h, "ae"),
        tr(lg, "Account Executive", "Kundenbetreuung", "Chargé de clientèle"),
    )
    pages = close(f.pages, s, h, numbers="none")
    if adjust:
        renew = d
    g = sheets(
        s,
        h,
        f"{tr(lg, 'Schedule', 'Versicherungsschein', 'Conditions particulières')} {pol}",
        top=False,
    )
    caption(
        g,
        s,
        tr(lg, "POLICY SCHEDULE", "VERSICHERUNGSSCHEIN - NACHTRAG", "CONDITIONS PARTICULIÈRES"),
        3,
    )
    g.y = pairs(
        g.page,
        s,
        m,
        g.y,
        [
            (tr(lg, "Policyholder", "Versicherungsnehmer", "Souscripteur"), firm_name()),
            (tr(lg, "Insurer", "Versicherer", "Assureur"), insurer),
            (tr(lg, "Policy number", "Vertragsnummer", "Numéro de police"), pol),
            (
                tr(lg, "Period of insurance", "Versicherungszeitraum", "Période"),
                f"{short(renew, lg)} - "
                f"{short(date(renew.year + 1, renew.month, 1) - timedelta(days=1), lg)}",
            ),
            (
                tr(lg, "Cover", "Umfang", "Garanties"),
                tr(lg, "Comprehensive", "Haftpflicht, Vollkasko", "Tous risques"),
            ),
            (
                tr(lg, "Use", "Verwendung", "Usage"),
                tr(
                    lg,
                    "Social, domestic, pleasure and business use incl. carriage of own goods",
                    "Werkverkehr",
                    "Transport pour compte propre",
                ),
            ),
            (
                tr(lg, "Drivers", "Fahrer", "Conducteurs"),
                tr(
                    lg,
                    "Any driver aged 25 or over holding appropriate licence",
                    "beliebige Fahrer ab 23 Jahren",
                    "tout conducteur autorisé de plus de 23 ans",
                ),
            ),
            (
                tr(
                    lg,
                    "Accidental damage excess",
                    "Selbstbeteiligung Vollkasko",
                    "Franchise dommages",
                ),
                cash(rng.choice([500.0, 750.0, 1000.0]), lg),
            ),
            (
                tr(
                    lg,
                    "Lorry loader (HIAB) extension",
                    "Ladekran-Klausel",
                    "Extension grue auxiliaire",
                ),
                tr(lg, "Included - limit £2,000,000", "eingeschlossen", "incluse"),
            ),
            (tr(lg, "Annual premium", "Jahresbeitrag", "Prime annuelle"), cash(prem, lg)),
        ],
        w - m,
    )
    g.y += 10
    g.heading(m, tr(lg, "Endorsements", "Klauseln", "Clauses"), s.bold, s.size + 1)
    for _ in range(rng.randint(3, 6)):
        write(
            g,
            s,
            f"{tr(lg, 'E', 'K', 'C')}{rng.randint(10, 99)} - "
            + words(rng, lg, "legal", rng.randint(12, 22)),
            s.size - 1,
        )
    pages += close(g.pages, s, h)
    q = Page(LAND)
    lw, lh = LAND
    qs = paper(s, LAND, margin=36)
    q.text(
        36,
        36,
        tr(
            lg,
            f"Vehicle schedule - policy {pol}",
            f"Fahrzeugverzeichnis - Vertrag {pol}",
            f"Liste des véhicules - police {pol}",
        ),
        s.bold,
        11,
    )
    q.text(
        lw - 36,
        36,
        tr(
            lg,
            f"Effective {short(renew, lg)}",
            f"gültig ab {short(renew, lg)}",
            f"au {short(renew, lg)}",
        ),
        s.font,
        8,
        "right",
    )
    ft = Sheets(LAND, lh - 40, lambda pg, n: 40)
    ft.pages = [q]
    ft.page = q
    ft.y = 62
    c = columns(
        36,
        lw - 36,
        [
            (1.2, "left"),
            (2.6, "left"),
            (0.8, "right"),
            (0.7, "right"),
            (2.4, "left"),
            (1.2, "right"),
            (1, "left"),
        ],
    )
    rows = [
        [
            v.reg,
            v.make,
            v.gvw,
            str(v.year),
            rng.choice(
                [
                    tr(
                        lg,
                        "Dropside with lorry loader",
                        "Pritsche mit Ladekran",
                        "Plateau avec grue",
                    ),
                    tr(lg, "Dropside", "Pritsche", "Plateau"),
                    tr(lg, "Crew cab tipper", "Doppelkabine Kipper", "Benne double cabine"),
                ]
            ),
            money(rng.choice([38000.0, 52000.0, 64500.0, 89000.0, 27500.0]), lg),
            tr(lg, "Comp", "VK", "TR"),
        ]
        for v in LORRIES
    ]
    vans = rng.randint(1, 3)
    for _ in range(vans):
        rows.append(
            [
                a_reg(rng, lg),
                rng.choice(
                    ["Ford Transit Custom", "VW Crafter", "Renault Master", "Mercedes Sprinter"]
                ),
                "3.5 t",
                str(rng.randint(2017, 2024)),
                tr(lg, "Van", "Transporter", "Fourgon"),
                money(rng.choice([18000.0, 24500.0, 31000.0]), lg),
                tr(lg, "Comp", "VK", "TR"),
            ]
        )
    table(
        ft,
        c,
        [
            tr(lg, "Reg. no.", "Kennzeichen", "Immat."),
            tr(lg, "Make / model", "Fabrikat / Typ", "Marque / modèle"),
            tr(lg, "GVW", "zGG", "PTAC"),
            tr(lg, "Year", "EZ", "Année"),
            tr(lg, "Body", "Aufbau", "Carrosserie"),
            tr(lg, "Value", "Wert", "Valeur"),
            tr(lg, "Cover", "Deckung", "Garantie"),
        ],
        rows,
        qs,
        size=8.5,
        rules=True,
        shade=0.88,
        step=1.9,
    )
    pages.append(q)
    cp = Page(A4)
    cs = paper(s, A4, margin=56)
    y = 60.0
    ttl = tr(
        lg,
        "CERTIFICATE OF MOTOR INSURANCE",
        "VERSICHERUNGSBESTÄTIGUNG KFZ-FLOTTE",
        "ATTESTATION D'ASSURANCE FLOTTE",
    )
    cp.text(w / 2, y, ttl, s.bold, shrink(ttl, s.bold, 14, w - 112), "center")
    y += 14
    cp.text(
        w / 2,
        y,
        tr(
            lg,
            "Road Traffic Act 1988 - Part VI",
            "Pflichtversicherungsgesetz (PflVG)",
            "Article R. 211-14 du Code des assurances",
        ),
        s.font,
        8,
        "center",
    )
    y += 24
    items = [
        (
            tr(lg, "1. Certificate number", "Bestätigungs-Nr.", "N° d'attestation"),
            serial(rng, "99999999"),
        ),
        (
            tr(lg, "2. Description of vehicles", "Fahrzeuge", "Véhicules"),
            tr(
                lg,
                "Any motor vehicle the property of the policyholder",
                "alle Fahrzeuge lt. Verzeichnis",
                "tout véhicule de la liste jointe",
            ),
        ),
        (tr(lg, "3. Name of policyholder", "Versicherungsnehmer", "Souscripteur"), firm_name()),
        (tr(lg, "4. Effective date", "Beginn", "Date d'effet"), short(renew, lg)),
        (
            tr(lg, "5. Date of expiry", "Ablauf", "Date d'expiration"),
            short(date(renew.year + 1, renew.month, 1) - timedelta(days=1), lg),
        ),
        (
            tr(lg, "6. Persons entitled to drive", "Berechtigte Fahrer", "Conducteurs"),
            tr(
                lg,
                "Any person holding a licence",
                "jeder berechtigte Fahrer",
                "tout conducteur autorisé",
            ),
        ),
        (
            tr(lg, "7. Limitations as to use", "Verwendung", "Usage"),
            tr(lg, "Business use; excludes hire or reward", "Werkverkehr", "Usage professionnel"),
        ),
    ]
    for cap, val in items:
        cp.text(56, y, cap, cs.bold, 9)
        y += 12
        for ln in wrap(val, cs.font, 9, w - 140):
            cp.text(76, y, ln, cs.font, 9)
            y += 11
        y += 8
    y += 10
    for ln in wrap(
        tr(
            lg,
            "I hereby certify that the policy to which this certificate relates satisfies the "
            f"requirements of the relevant law. {insurer}.",
            "Hiermit wird bestätigt, dass für die genannten Fahrzeuge Versicherungsschutz nach "
            f"dem PflVG besteht. {insurer}.",
            f"Nous certifions que le contrat satisfait à l'obligation d'assurance. {insurer}.",
        ),
        cs.font,
        9,
        w - 112,
    ):
        cp.text(56, y, ln, cs.font, 9)
        y += 12
    scrawl(cp, 56, y + 40, staff(h, "uw"))
    cp.text(56, y + 54, tr(lg, "Authorised Insurer", "Versicherer", "L'assureur"), cs.font, 8)
    if lg == "en":
        cp.text(
            w / 2,
            800,
            "Advice to third parties: nothing contained in this certificate affects your right as "
            "a third party to make a claim.",
            cs.font,
            6,
            "center",
        )
    pages.append(cp)
    remember(None, d)
    return pages


# ---------------------------------------------------------------------------------------------
# Templates HHHH: suppliers, builders' payments and the yard
# ---------------------------------------------------------------------------------------------

STOCK = {
    "en": [
        ("Galv. tube 21ft (6.4 m) 48.3 x 4.0", "len", 38.5),
        ("Galv. tube 16ft (4.8 m)", "len", 29.0),
        ("Galv. tube 10ft (3.2 m)", "len", 19.5),
        ("Galv. tube 5ft (1.5 m)", "len", 9.8),
        ("Double coupler BS EN 74 forged", "ea", 3.95),
        ("Swivel coupler BS EN 74", "ea", 4.60),
        ("Putlog coupler", "ea", 2.35),
        ("Sleeve coupler", "ea", 4.10),
        ("Joint pin", "ea", 1.65),
        ("Base plate 150 x 150", "ea", 2.20),
        ("Scaffold board 13ft (3.9 m) BS 2482", "ea", 17.40),
        ("Scaffold board 8ft (2.4 m)", "ea", 11.20),
        ("Toe board clip", "ea", 1.30),
        ("Ladder beam 6.4 m", "ea", 142.0),
        ("Brick guard galv.", "ea", 14.50),
        ("Debris netting 2 x 50 m", "roll", 46.0),
        ("Monaflex sheeting 2 x 50 m", "roll", 138.0),
    ],
    "de": [
        ("Gerüstrohr 48,3 x 3,2 mm, 6,00 m, verz.", "Stk", 31.5),
        ("Gerüstrohr 4,00 m, verz.", "Stk", 21.0),
        ("Gerüstrohr 2,00 m, verz.", "Stk", 10.8),
        ("Normalkupplung geschmiedet SW 22", "Stk", 3.45),
        ("Drehkupplung geschmiedet SW 22", "Stk", 3.95),
        ("Stoßkupplung", "Stk", 4.20),
        ("Halbkupplung", "Stk", 2.60),
        ("Fußspindel 0,60 m", "Stk", 8.90),
        ("Stahlboden 0,32 x 3,07 m", "Stk", 36.0),
        ("Stahlboden 0,32 x 2,57 m", "Stk", 31.5),
        ("Vertikalrahmen 0,73 x 2,00 m", "Stk", 48.0),
        ("Geländerholm 3,07 m", "Stk", 9.40),
        ("Bordbrett 3,07 m", "Stk", 11.2),
        ("Diagonale 3,07 m", "Stk", 16.8),
        ("Gerüsthalter 0,80 m", "Stk", 5.10),
        ("Gerüstnetz 2,57 x 20 m", "Rolle", 54.0),
        ("Ringschraube 12 x 120 mit Dübel", "VE 50", 42.0),
    ],
    "fr": [
        ("Tube acier galvanisé Ø48,3 ép. 3,2 - 6 m", "u", 33.0),
        ("Tube acier galvanisé 4 m", "u", 22.5),
        ("Tube acier galvanisé 2 m", "u", 11.5),
        ("Collier orthogonal forgé", "u", 3.60),
        ("Collier orientable forgé", "u", 4.05),
        ("Manchon de jonction", "u", 4.30),
        ("Collier de poutre", "u", 2.90),
        ("Socle réglable 0,60 m", "u", 9.20),
        ("Plancher acier 0,32 x 3,07 m", "u", 38.0),
        ("Plancher alu trappe 3,07 m", "u", 148.0),
        ("Cadre 0,73 x 2,00 m", "u", 49.0),
        ("Lisse garde-corps 3,07 m", "u", 9.80),
        ("Plinthe bois 3,07 m", "u", 10.5),
        ("Diagonale 3,07 m", "u", 17.4),
        ("Amarrage 0,80 m", "u", 5.40),
        ("Filet de façade 2,57 x 20 m", "rouleau", 52.0),
        ("Piton à œil 12 x 120 avec cheville", "boîte 50", 44.0),
    ],
}


def stock_lines(rng: random.Random, lg: str, n: int) -> list[tuple[str, str, int, float, str]]:
    out = []
    for name, unit, price in rng.sample(STOCK[lg], n):
        qty = (
            rng.choice([10, 20, 25, 40, 50, 100, 200, 250, 500])
            if price < 6
            else rng.choice([2, 4, 5, 10, 20, 30, 50, 80])
        )
        out.append((name, unit, qty, price, serial(rng, "99-999")))
    return out


def tpl_delivery_note(rng: random.Random, who: Issuer) -> list[Page]:
    """A tube and fittings supplier's delivery note, signed for in the yard by the yard
    manager (on A5 or A4, with the driver's and receiver's signature, the weight and the
    pallets), sometimes with a second sheet of lines."""
    h = head_of(who, "supplier", abroad=0.12)
    lg = h.lang
    size = A5 if keyed(who, "size").random() < 0.5 else A4
    s = style_of(h, size, margin=30 if size == A5 else 44, pt=8 if size == A5 else 9)
    w, _ = size
    m = s.margin
    d = some_day(rng)
    no = serial(rng, tr(lg, "DN999999", "LS 99999", "BL-999999"))
    lines = stock_lines(rng, lg, rng.randint(4, 12 if size == A4 else 8))
    f = sheets(s, h, f"{tr(lg, 'Delivery note', 'Lieferschein', 'Bon de livraison')} {no}")
    title = tr(lg, "DELIVERY NOTE", "LIEFERSCHEIN", "BON DE LIVRAISON")
    f.page.text(w - m, f.y, title, s.bold, s.size + 4, "right")
    f.y += 8
    firm = firm_head()
    recipient(
        f,
        s,
        h,
        [
            firm.name,
            tr(lg, "Deliver to: yard", "Lieferanschrift: Lagerplatz", "Livraison : dépôt"),
            firm.street,
            firm.town,
        ],
        d,
        [
            (tr(lg, "Delivery note", "Lieferschein-Nr.", "BL n°"), no),
            (tr(lg, "Your order", "Ihre Bestellung", "Votre commande"), serial(rng, "PO9999")),
            (tr(lg, "Vehicle", "Fahrzeug", "Véhicule"), a_reg(rng, lg)),
        ],
    )
    c = columns(m, w - m, [(1, "left"), (4, "left"), (0.9, "right"), (0.9, "center"), (1, "right")])
    table(
        f,
        c,
        [
            tr(lg, "Code", "Art.-Nr.", "Réf."),
            tr(lg, "Description", "Bezeichnung", "Désignation"),
            tr(lg, "Qty", "Menge", "Qté"),
            tr(lg, "Unit", "ME", "U"),
            tr(lg, "Deliv.", "geliefert", "Livré"),
        ],
        [
            [
                code,
                name,
                str(q),
                unit,
                str(q) if rng.random() < 0.9 else str(max(q - rng.randint(1, 5), 0)),
            ]
            for name, unit, q, _, code in lines
        ],
        s,
        rules=True,
    )
    f.y += 6
    f.need(90)
    p = f.page
    p.text(
        m,
        f.y,
        tr(
            lg,
            f"Pallets: {rng.randint(1, 6)}   Bundles: {rng.randint(1, 9)}   Gross weight: "
            f"{rng.randint(400, 6800)} kg",
            f"Paletten: {rng.randint(1, 6)}   Bunde: {rng.randint(1, 9)}   Gewicht: "
            f"{rng.randint(400, 6800)} kg",
            f"Palettes : {rng.randint(1, 6)}   Fagots : {rng.randint(1, 9)}   Poids : "
            f"{rng.randint(400, 6800)} kg",
        ),
        s.font,
        s.size - 1,
    )
    f.y += 16
    half = (w - 2 * m) / 2
    sign_box(p, s, m, f.y, half, tr(lg, "Driver", "Fahrer", "Chauffeur"), staff(h, "drv"), "")
    sign_box(
        p,
        s,
        m + half + 6,
        f.y,
        half - 6,
        tr(
            lg,
            "Received in good condition (print name)",
            "Ware erhalten (Name)",
            "Reçu en bon état (nom)",
        ),
        STAFF["yard"][0],
        short(d, home()),
    )
    f.y += 52
    if rng.random() < 0.3:
        hand(
            p,
            m,
            f.y,
            tr(
                home(),
                "2 boards split - credit requested",
                "2 Böden beschädigt - Gutschrift angefordert",
                "2 planchers abîmés - avoir demandé",
            ),
            9.5,
        )
    pages = close(f.pages, s, h)
    remember(None, d, (h.name, no, lines))
    return pages


def tpl_supplier_invoice(rng: random.Random, who: Issuer) -> list[Page]:
    """The tube and fittings supplier's invoice (or the invoice after the delivery note it
    refers to): the lines with prices and discounts, carriage, VAT and bank details; a long
    one runs onto a second page."""
    h = head_of(who, "supplier", abroad=0.12)
    lg = h.lang
    s = style_of(h, A4 if lg != "en" or keyed(who, "l").random() < 0.8 else LETTER)
    w, _ = s.page_size
    m = s.margin
    ex = LAST["extra"]
    if after(("delivery_note",)) and isinstance(ex, tuple) and len(ex) == 3 and ex[0] == h.name:
        dn, lines = ex[1], ex[2]
        d = last_day(rng, ("delivery_note",), (0, 6))
    else:
        dn, lines = (
            serial(rng, tr(lg, "DN999999", "LS 99999", "BL-999999")),
            stock_lines(rng, lg, rng.randint(3, 16)),
        )
        d = some_day(rng)
    no = serial(rng, tr(lg, "SI-999999", "RE 2099999", "FA999999"))
    f = sheets(s, h, f"{h.name} - {tr(lg, 'Invoice', 'Rechnung', 'Facture')} {no}")
    recipient(
        f,
        s,
        h,
        firm_lines(tr(lg, "Purchase Ledger", "Buchhaltung", "Comptabilité fournisseurs")),
        d,
        [
            (tr(lg, "Invoice no.", "Rechnungs-Nr.", "Facture n°"), no),
            (tr(lg, "Delivery note", "Lieferschein", "BL"), dn),
            (tr(lg, "Account", "Kunden-Nr.", "Compte"), serial(keyed(who, "acct"), "C99999")),
        ],
    )
    caption(f, s, tr(lg, "INVOICE", "RECHNUNG", "FACTURE"), 4)
    disc = rng.choice([0, 0, 5, 10, 12.5])
    c = columns(
        m,
        w - m,
        [(1, "left"), (4, "left"), (0.8, "right"), (1, "right"), (0.8, "right"), (1.2, "right")],
    )
    rows = []
    net = 0.0
    for name, _unit, q, price, code in lines:
        amt = q * price * (1 - disc / 100)
        net += amt
        rows.append(
            [code, name, str(q), money(price, lg), f"{disc:g}%" if disc else "-", money(amt, lg)]
        )
    carriage = rng.choice([0.0, 45.0, 65.0, 95.0])
    if carriage:
        rows.append(
            [
                "",
                tr(lg, "Carriage / delivery", "Fracht", "Frais de port"),
                "1",
                money(carriage, lg),
                "-",
                money(carriage, lg),
            ]
        )
        net += carriage
    table(
        f,
        c,
        [
            tr(lg, "Code", "Art.-Nr.", "Réf."),
            tr(lg, "Description", "Bezeichnung", "Désignation"),
            tr(lg, "Qty", "Menge", "Qté"),
            tr(lg, "Price", "EP", "PU"),
            tr(lg, "Disc", "Rabatt", "Rem."),
            tr(lg, "Net", "Gesamt", "Montant"),
        ],
        rows,
        s,
        rules=rng.random() < 0.5,
    )
    abroad = lg != home()
    totals(
        f,
        s,
        lg,
        round(net, 2),
        0.0 if abroad else vat_rate(lg),
        note=tr(
            lg,
            "Intra-community supply / zero rated." if abroad else "",
            "Innergemeinschaftliche Lieferung, steuerfrei." if abroad else "",
            "Livraison intracommunautaire exonérée." if abroad else "",
        ),
    )
    write(
        f,
        s,
        tr(
            lg,
            "Terms: 30 days end of month. "
            + rng.choice(["Goods remain our property until paid in full.", "Title retained."]),
            "Zahlbar innerhalb 30 Tagen netto, 10 Tage 2 % Skonto. Eigentumsvorbehalt.",
            "Paiement à 45 jours fin de mois. Clause de réserve de propriété.",
        ),
        s.size - 1.5,
    )
    pages = close(f.pages, s, h)
    received(rng, pages[0], d, 0.4)
    remember(None, d, (h.name, no))
    return pages


def money_signed(v: float, lg: str) -> str:
    return f"-{cash(-v, lg)}" if v < 0 else cash(v, lg)


def builder_site(rng: random.Random, b: Head, kinds: tuple[str, ...]) -> Site:
    return site_for(rng, kinds, (b.name, b.street, b.town, b.phone))


def tpl_payment_notice(rng: random.Random, who: Issuer) -> list[Page]:
    """A builder's payment notice on the company's application for payment (Construction
    Act payment notice, Prüfvermerk zur Abschlagsrechnung, décompte / état de situation): the
    gross valuation, the retention, the previous payments and the sum due with the final
    date for payment, often with the valuation breakdown on a second page."""
    b = builder_of(who)
    lg = b.lang
    site = builder_site(rng, b, ("hire_invoice",))
    s = style_of(b)
    w, _ = s.page_size
    m = s.margin
    d = some_day(rng)
    app = rng.randint(2, 9)
    ret = rng.choice([3.0, 5.0, 5.0])
    wk = rng.randint(2, 16)
    extras = [
        (
            rng.choice(
                [
                    tr(lg, "loading bay", "Lastenbühne", "recette"),
                    tr(lg, "extra lift", "Zusatzlage", "niveau supplémentaire"),
                    tr(lg, "alteration for windows", "Umbau Fenster", "modification menuiseries"),
                ]
            ),
            rng.choice([120.0, 240.0, 380.0, 95.0]),
            rng.choice([100, 100, 50, 0]),
        )
        for _ in range(rng.randint(1, 4))
    ]
    gross = site.price + site.weekly * wk + sum(v * pc / 100 for _, v, pc in extras)
    prev = round(gross * rng.uniform(0.4, 0.8), 2)
    f = sheets(s, b, f"{b.name} - {tr(lg, 'Payment notice', 'Prüfvermerk', 'Décompte')} {app}")
    recipient(
        f,
        s,
        b,
        firm_lines(),
        d,
        [
            (tr(lg, "Subcontract", "Auftrag", "Marché"), serial(keyed(who, "sc"), "SC/999")),
            (tr(lg, "Application no.", "Abschlagsrechnung Nr.", "Situation n°"), str(app)),
            (tr(lg, "Project", "Bauvorhaben", "Opération"), site.ref),
        ],
    )
    caption(
        f,
        s,
        tr(
            lg,
            "PAYMENT NOTICE",
            "PRÜFUNG IHRER ABSCHLAGSRECHNUNG",
            "DÉCOMPTE MENSUEL - ÉTAT DE SITUATION",
        ),
        2,
    )
    write(
        f,
        s,
        tr(
            lg,
            "Issued under clause 4.10 of the subcontract and Section 110A of the Housing Grants, "
            "Construction and Regeneration Act 1996. "
            f"Project: {site.works}, {site_line(site)}.",
            f"Bauvorhaben: {site.works}, {site_line(site)}. Ihre Abschlagsrechnung Nr. {app} "
            "wurde wie folgt geprüft:",
            f"Opération : {site.works}, {site_line(site)}. Votre situation n° {app} a été "
            "vérifiée comme suit :",
        ),
        s.size - 0.5,
    )
    r_amt = round(gross * ret / 100, 2)
    due = round(gross - r_amt - prev, 2)
    lines = [
        (
            tr(
                lg,
                "Gross valuation",
                "Leistungsstand brutto (geprüft)",
                "Montant cumulé des travaux HT",
            ),
            gross,
        ),
        (
            tr(
                lg,
                f"Less retention {ret:g}%",
                f"abzgl. Sicherheitseinbehalt {ret:g} %",
                f"Retenue de garantie {ret:g} %",
            ),
            -r_amt,
        ),
        (
            tr(
                lg,
                "Less previously certified",
                "abzgl. bisherige Zahlungen",
                "Déduction des situations antérieures",
            ),
            -prev,
        ),
        (tr(lg, "Sum due this notice", "Zahlbetrag netto", "Montant de la situation HT"), due),
    ]
    if lg == "en":
        cis = round(due * 0.2 * rng.uniform(0.4, 0.8), 2) if rng.random() < 0.5 else 0.0
        if cis:
            lines.append(("Less CIS deduction (labour element @ 20%)", -cis))
            lines.append(("Net payment", due - cis))
    f.y += 4
    for k, (t, v) in enumerate(lines):
        bold = s.bold if k in (0, len(lines) - 1) else s.font
        f.page.text(m + 10, f.y, fit(t, bold, s.size, w * 0.6), bold, s.size)
        f.page.text(w - m - 10, f.y, money_signed(v, lg), bold, s.size, "right")
        if k == len(lines) - 2:
            f.page.line(w * 0.6, f.y + 4, w - m, f.y + 4)
        f.y += s.size * 1.7
    f.y += 6
    write(
        f,
        s,
        tr(
            lg,
            f"Due date: {day(b, d)}. Final date for payment: "
            f"{day(b, d + timedelta(days=rng.choice([17, 21, 28])))}. "
            "The basis of calculation is set out in the attached valuation.",
            f"Zahlung erfolgt bis {day(b, d + timedelta(days=21))}. Kürzungen siehe beigefügte "
            "Aufstellung. Die Bauabzugsteuer entfällt, Freistellungsbescheinigung liegt vor.",
            f"Paiement à {rng.choice([30, 45])} jours. Le détail figure en annexe. TVA "
            "autoliquidée par l'entreprise principale.",
        ),
        s.size - 0.5,
    )
    regards(
        f,
        s,
        lg,
        staff(b, "qs"),
        tr(lg, "Quantity Surveyor", "Bauleitung / Abrechnung", "Conducteur de travaux"),
    )
    pages = f.pages
    if rng.random() < 0.6:
        g = sheets(
            s,
            b,
            tr(
                lg,
                f"Valuation {app} - {site.ref}",
                f"Aufstellung zur AR {app}",
                f"Annexe situation {app}",
            ),
            top=False,
        )
        g.y = running_header(
            g.page,
            s,
            tr(
                lg,
                f"Valuation {app} - {site.ref}",
                f"Aufstellung zur AR {app} - {site.ref}",
                f"Annexe situation {app} - {site.ref}",
            ),
        )
        caption(g, s, tr(lg, "Valuation breakdown", "Prüfaufstellung", "Détail de la situation"), 1)
        c = columns(m, w - m, [(4, "left"), (1.4, "right"), (1.1, "right"), (1.4, "right")])
        rows = [
            [
                tr(
                    lg,
                    "Erect and dismantle - main scaffold",
                    "Gerüststellung inkl. Grundstandzeit",
                    "Montage et démontage",
                ),
                money(site.price, lg),
                "100%",
                money(site.price, lg),
            ]
        ]
        weeks = wk
        rows.append(
            [
                tr(
                    lg,
                    f"Extended hire ({weeks} weeks)",
                    f"Vorhaltung ({weeks} Wochen)",
                    f"Location prolongée ({weeks} sem.)",
                ),
                money(site.weekly * weeks, lg),
                "100%",
                money(site.weekly * weeks, lg),
            ]
        )
        for t_, v, pc in extras:
            rows.append(
                [
                    tr(lg, "Variation: ", "Nachtrag: ", "Avenant : ") + t_,
                    money(v, lg),
                    f"{pc}%",
                    money(v * pc / 100, lg),
                ]
            )
        table(
            g,
            c,
            [
                tr(lg, "Item", "Position", "Poste"),
                tr(lg, "Applied", "angemeldet", "Demandé"),
                tr(lg, "Agreed", "anerk.", "Retenu"),
                tr(lg, "Valued", "geprüft", "Montant"),
            ],
            rows,
            s,
            rules=True,
        )
        pages = pages + g.pages
    received(rng, pages[0], d, 0.3)
    remember(site, d, (b.name, app, due))
    return close(pages, s, b)


def tpl_cis_statement(rng: random.Random, who: Issuer) -> list[Page]:
    """A builder's monthly statement of the tax deducted from its payments to the company:
    the CIS payment and deduction statement (tax month to the 5th, verification number, gross
    paid, materials, deduction), the German Abrechnungsbeleg for the construction
    withholding tax (Bauabzugsteuer, § 48a EStG), the French relevé de règlement with the
    self-billed VAT note; a small slip or an A4 page; a run is the same builder's statements
    for other months."""
    b = builder_of(who)
    lg = b.lang
    size = (
        SLIP
        if keyed(who, "slip").random() < 0.25
        else (A5 if keyed(who, "a5").random() < 0.4 else A4)
    )
    s = style_of(
        b,
        size,
        margin=22 if size == SLIP else 34 if size == A5 else 0,
        pt=7.5 if size == SLIP else 8.5 if size == A5 else 0,
    )
    w, _ = size
    m = s.margin
    ex = LAST["extra"]
    if after(("cis_statement",)) and isinstance(ex, tuple) and ex[0] == b.name:
        mth = add_months(ex[1], -1)
    else:
        mth = add_months(month(), rng.choice([-1, 0]))
    d = date(mth.year, mth.month, rng.randint(6, 19))
    gross = round(rng.uniform(900, 14000), 2)
    mats = round(gross * rng.uniform(0.05, 0.3), 2)
    p = Page(size)
    y = heading(p, s, b)
    firm = firm_head()
    if lg == "en":
        title = "PAYMENT AND DEDUCTION STATEMENT"
        p.text(m, y, fit(title, s.bold, s.size + 2, w - 2 * m), s.bold, s.size + 2)
        y += 10
        p.text(m, y, "Construction Industry Scheme (CIS)", s.font, s.size - 1)
        y += 14
        te = date(mth.year, mth.month, 5)
        rate = 20 if rng.random() < 0.85 else 30
        items = [
            ("Contractor", b.name),
            ("Employer's reference", serial(keyed(who, "paye"), "999/AA99999")),
            ("Tax month ending", short(te, lg)),
            ("Subcontractor", firm.name),
            ("Unique taxpayer reference (UTR)", serial(keyed(who, "utr"), "9999999999")),
            (
                "Verification number",
                serial(keyed(who, "ver"), "V9999999999A") if rate == 30 else "-",
            ),
            ("Gross amount paid (excl. VAT)", cash(gross, lg)),
            ("Less cost of materials", cash(mats, lg)),
            ("Amount liable to deduction", cash(gross - mats, lg)),
            (f"Amount deducted ({rate}%)", cash((gross - mats) * rate / 100, lg)),
        ]
    elif lg == "de":
        title = "ABRECHNUNGSBELEG BAUABZUGSTEUER"
        p.text(m, y, fit(title, s.bold, s.size + 2, w - 2 * m), s.bold, s.size + 2)
        y += 10
        p.text(m, y, "gemäß § 48a Abs. 2 EStG", s.font, s.size - 1)
        y += 14
        items = [
            ("Leistungsempfänger", b.name),
            ("Leistender (Gläubiger)", firm.name),
            ("Anschrift des Leistenden", f"{firm.street}, {firm.town}"),
            ("Zahlungsdatum", short(d, lg)),
            ("Rechnungsbetrag (Gegenleistung)", cash(gross * 1.19, lg)),
            ("Steuerabzug 15 %", cash(gross * 1.19 * 0.15, lg)),
            (
                "Angemeldet beim Finanzamt",
                rng.choice(["Dortmund-Ost", "Augsburg-Stadt", "Winsen (Luhe)"]),
            ),
            ("Anmeldungszeitraum", f"{MONTHS_DE[mth.month - 1]} {mth.year}"),
        ]
    else:
        title = "RELEVÉ DE RÈGLEMENT SOUS-TRAITANT"
        p.text(m, y, fit(title, s.bold, s.size + 2, w - 2 * m), s.bold, s.size + 2)
        y += 10
        p.text(m, y, "Autoliquidation de la TVA - art. 283-2 nonies CGI", s.font, s.size - 1)
        y += 14
        items = [
            ("Entreprise principale", b.name),
            ("Sous-traitant", firm.name),
            ("Période", f"{mth.month:02d}/{mth.year}"),
            ("Montant HT réglé", cash(gross, lg)),
            ("TVA autoliquidée (20 %)", cash(gross * 0.2, lg)),
            ("Retenue de garantie 5 %", cash(gross * 0.05, lg)),
            ("Net viré", cash(gross * 0.95, lg)),
            ("Date du virement", short(d, lg)),
        ]
    y = fields(p, s, m, y, w - 2 * m, items, per=1 if size == SLIP else 2, tall=22, hand=False)
    y += 4
    note = tr(
        lg,
        "Keep this statement: you will need it to complete your tax return or to claim a refund "
        "of CIS deductions.",
        "Diese Bescheinigung ist für die Anrechnung der Bauabzugsteuer aufzubewahren.",
        "Document à conserver. Aucune TVA n'est facturée par le sous-traitant.",
    )
    for ln in wrap(note, s.font, s.size - 1.5, w - 2 * m):
        p.text(m, y, ln, s.font, s.size - 1.5)
        y += (s.size - 1.5) * 1.4
    remember(None, d, (b.name, mth))
    return [p]


def tpl_retention_release(rng: random.Random, who: Issuer) -> list[Page]:
    """A builder's letter releasing retention on a finished subcontract (first moiety at
    practical completion, the balance after the defects period; Freigabe des
    Sicherheitseinbehalts, levée de la retenue de garantie) with the final account statement
    on a second page, now and then the practical completion / acceptance certificate copy."""
    b = builder_of(who)
    lg = b.lang
    site = builder_site(rng, b, ())
    s = style_of(b)
    w, _ = s.page_size
    m = s.margin
    d = some_day(rng)
    total = round(site.price + site.weekly * rng.randint(4, 20) + rng.uniform(200, 2500), 2)
    pct = rng.choice([3.0, 5.0])
    held = round(total * pct / 100, 2)
    half = rng.random() < 0.5
    rel = round(held / 2, 2) if half else held
    f = sheets(s, b)
    recipient(
        f,
        s,
        b,
        firm_lines(tr(lg, "Accounts", "Buchhaltung", "Comptabilité")),
        d,
        [
            (tr(lg, "Subcontract", "Auftrag", "Marché"), serial(keyed(who, "sc"), "SC/999")),
            (tr(lg, "Project", "Bauvorhaben", "Opération"), site.ref),
        ],
    )
    caption(
        f,
        s,
        tr(
            lg,
            "Release of retention",
            "Freigabe Sicherheitseinbehalt",
            "Levée de la retenue de garantie",
        ),
        1.5,
    )
    write(f, s, dear(lg, director()))
    write(
        f,
        s,
        tr(
            lg,
            f"Project: {site.works}, {site_line(site)}. Following "
            f"{'practical completion' if half else 'the end of the defects liability period'}, "
            f"we are pleased to release {'the first half of ' if half else ''}the retention held "
            f"on your subcontract, {cash(rel, lg)}. "
            "Payment will be made in our next payment run.",
            f"Bauvorhaben: {site.works}, {site_line(site)}. Nach Ablauf der Gewährleistungsfrist "
            f"geben wir den Sicherheitseinbehalt von {pct:g} % "
            f"in Höhe von {cash(rel, lg)} frei. Die Auszahlung erfolgt mit dem nächsten "
            "Zahlungslauf.",
            f"Opération : {site.works}, {site_line(site)}. À l'expiration du délai de garantie de "
            "parfait achèvement, nous procédons à la libération de la "
            f"retenue de garantie de {pct:g} %, soit {cash(rel, lg)}, sans réserve.",
        ),
    )
    write(f, s, prose(rng, lg, "money", 1, 2))
    regards(
        f,
        s,
        lg,
        staff(b, "qs"),
        tr(lg, "Commercial Manager", "Kaufmännische Leitung", "Responsable administratif"),
    )
    pages = close(f.pages, s, b, numbers="none")
    g = sheets(s, b, top=False)
    caption(
        g,
        s,
        tr(
            lg,
            "Final account statement",
            "Schlussrechnung - Prüfergebnis",
            "Décompte général définitif",
        ),
        2,
    )
    c = columns(m, w - m, [(4.5, "left"), (1.6, "right")])
    rows = [
        [tr(lg, "Subcontract sum", "Auftragssumme", "Montant du marché"), money(site.price, lg)],
        [
            tr(lg, "Variations agreed", "Nachträge", "Avenants"),
            money(total - site.price - site.weekly * 4, lg),
        ],
        [
            tr(lg, "Extended hire", "Verlängerte Vorhaltung", "Location prolongée"),
            money(site.weekly * 4, lg),
        ],
        [tr(lg, "Final account", "Schlussrechnungssumme", "Montant définitif"), money(total, lg)],
        [tr(lg, "Paid to date", "bisher gezahlt", "Déjà réglé"), money(total - held, lg)],
        [
            tr(
                lg,
                f"Retention held ({pct:g}%)",
                f"Sicherheitseinbehalt ({pct:g} %)",
                f"Retenue ({pct:g} %)",
            ),
            money(held, lg),
        ],
        [tr(lg, "Released now", "jetzt freigegeben", "Libéré ce jour"), money(rel, lg)],
        [
            tr(lg, "Balance retained", "verbleibender Einbehalt", "Reste retenu"),
            money(held - rel, lg),
        ],
    ]
    table(
        g,
        c,
        [
            tr(lg, "Item", "Position", "Poste"),
            tr(lg, "Amount", "Betrag", "Montant") + f" ({tr(lg, 'GBP', 'EUR', 'EUR')})",
        ],
        rows,
        s,
        rules=True,
        step=1.9,
    )
    g.y += 20
    sign_box(
        g.page,
        s,
        m,
        g.y,
        240,
        tr(
            lg,
            "Agreed (subcontractor)",
            "Anerkannt (Nachunternehmer)",
            "Bon pour accord (sous-traitant)",
        ),
        "",
        "",
        ink=False,
    )
    pages += close(g.pages, s, b, numbers="none")
    if rng.random() < 0.25:
        q = Page(A4)
        copier_edge(q, rng)
        y = heading(q, s, b)
        q.text(
            w / 2,
            y + 10,
            tr(
                lg,
                "CERTIFICATE OF PRACTICAL COMPLETION",
                "ABNAHMEPROTOKOLL",
                "PROCÈS-VERBAL DE RÉCEPTION",
            ),
            s.bold,
            13,
            "center",
        )
        y = fields(
            q,
            s,
            m,
            y + 30,
            w - 2 * m,
            [
                (tr(lg, "Project", "Bauvorhaben", "Opération"), site_line(site)),
                (tr(lg, "Subcontractor", "Auftragnehmer", "Entreprise"), firm_name()),
                (
                    tr(lg, "Completion date", "Abnahme am", "Réception le"),
                    short(d - timedelta(days=rng.randint(30, 360)), lg),
                ),
                (
                    tr(lg, "Defects period", "Gewährleistung", "Garantie"),
                    tr(lg, "12 months", "5 Jahre", "1 an"),
                ),
            ],
            per=2,
            tall=28,
        )
        ticks(
            q,
            s,
            m,
            y + 6,
            w - 2 * m,
            [
                tr(lg, "Without defects", "ohne Mängel", "sans réserve"),
                tr(lg, "With snags listed", "mit Mängeln lt. Liste", "avec réserves"),
            ],
            {0},
            9,
        )
        sign_box(
            q,
            s,
            m,
            y + 40,
            220,
            tr(lg, "For the contractor", "Auftraggeber", "Le maître d'œuvre"),
            staff(b, "qs"),
            "",
        )
        sign_box(
            q,
            s,
            m + 250,
            y + 40,
            220,
            tr(lg, "For the subcontractor", "Auftragnehmer", "L'entreprise"),
            director(),
            "",
        )
        pages.append(q)
    received(rng, pages[0], d, 0.3)
    remember(site, d)
    return pages


LEASE_CLAUSES = {
    "en": [
        "Definitions and interpretation",
        "Grant",
        "Rent and rent review",
        "Service charge",
        "Insurance",
        "Repair and decoration",
        "Use: open storage of scaffolding equipment and vehicles",
        "Alienation",
        "Alterations",
        "Compliance with statutes",
        "Landlord's covenants",
        "Forfeiture",
        "Break clause",
        "Security of tenure (1954 Act excluded)",
        "Notices",
    ],
    "de": [
        "Mietgegenstand",
        "Mietzweck: Lagerplatz für Gerüstmaterial und Fahrzeuge",
        "Mietzeit und Kündigung",
        "Miete und Wertsicherung",
        "Nebenkosten",
        "Kaution",
        "Instandhaltung",
        "Untervermietung",
        "Bauliche Veränderungen",
        "Verkehrssicherungspflicht",
        "Versicherung",
        "Rückgabe",
        "Schriftform",
        "Salvatorische Klausel",
    ],
    "fr": [
        "Désignation",
        "Destination : stockage de matériel d'échafaudage",
        "Durée",
        "Loyer",
        "Indexation (ILAT)",
        "Charges et impôts",
        "Dépôt de garantie",
        "Entretien et réparations",
        "Cession et sous-location",
        "Travaux",
        "Assurances",
        "Clause résolutoire",
        "Restitution des lieux",
        "Élection de domicile",
    ],
}


def tpl_yard_lease(rng: random.Random, who: Issuer) -> list[Page]:
    """The lease of the company's yard, as the landlord's side sends it for signature or
    returns it signed: a covering letter, the lease with the particulars, the clauses over
    several pages (clause-numbered, sometimes with a running header), a plan of the yard on a
    landscape page and the execution page with the signatures and witnesses."""
    h = head_of(who, "landlord")
    lg = h.lang
    variation = after(("yard_lease",))
    s = style_of(h)
    w, _ = s.page_size
    m = s.margin
    d = some_day(rng)
    firm = firm_head()
    yard = tr(
        lg,
        f"Yard and buildings at {firm.street}, {firm.town}",
        f"Lagerplatz mit Halle, {firm.street}, {firm.town}",
        f"Terrain et hangar, {firm.street}, {firm.town}",
    )
    rent = rng.choice([18500.0, 24000.0, 32500.0, 41000.0])
    term = rng.choice([5, 6, 9, 10])
    pages: list[Page] = []
    if rng.random() < 0.8:
        f = sheets(s, h)
        recipient(
            f,
            s,
            h,
            firm_lines(
                tr(lg, f"FAO {director()}", mx(director(), lg), f"À l'att. de {mx(director(), lg)}")
            ),
            d,
            [(tr(lg, "Our ref", "Unser Zeichen", "N/réf."), serial(rng, "AA/999/99"))],
        )
        caption(f, s, tr(lg, f"Lease - {yard}", f"Mietvertrag {yard}", f"Bail - {yard}"), 1)
        write(f, s, dear(lg, director()))
        write(
            f,
            s,
            tr(
                lg,
                "Please find enclosed the engrossed lease for signature. Please sign where "
                "indicated in the presence of a witness and return the lease to us. "
                f"Completion is to take place on {day(h, d + timedelta(days=21))}.",
                "anbei erhalten Sie den Mietvertrag über den o. g. Lagerplatz in zweifacher "
                "Ausfertigung. Bitte senden Sie uns ein unterschriebenes Exemplar zurück. "
                f"Mietbeginn ist der {day(h, add_months(d, 1))}.",
                "Veuillez trouver ci-joint le bail commercial en deux exemplaires. Nous vous "
                "remercions de bien vouloir parapher chaque page, "
                "signer et nous retourner un exemplaire. Prise d'effet le "
                f"{day(h, add_months(d, 1))}.",
            ),
        )
        regards(
            f, s, lg, staff(h, "sol"), tr(lg, "Solicitor", "Hausverwaltung", "Notaire assistant")
        )
        pages += close(f.pages, s, h, numbers="none")
    title = tr(lg, "LEASE", "GEWERBEMIETVERTRAG", "BAIL COMMERCIAL")
    if variation:
        title = tr(lg, "DEED OF VARIATION", "1. NACHTRAG ZUM MIETVERTRAG", "AVENANT N° 1 AU BAIL")
    g = plain(s, f"{title} - {yard}", bottom=20)
    g.y = m + 20
    g.page.text(w / 2, g.y, title, s.bold, 18, "center")
    g.y += 22
    g.page.text(w / 2, g.y, fit(yard, s.font, s.size + 1, w - 2 * m), s.font, s.size + 1, "center")
    g.y += 26
    land = tr(lg, "Landlord", "Vermieter", "Bailleur")
    parts = [
        (
            land,
            h.name
            if h.role == "landlord" and lg != "en"
            else keyed(who, "ll").choice(
                ["Calder Estates Ltd", "Marsh Lane Properties Ltd", "Kennet Holdings Ltd"]
            )
            if lg == "en"
            else h.name,
        ),
        (tr(lg, "Tenant", "Mieter", "Preneur"), firm.name),
        (tr(lg, "Premises", "Mietgegenstand", "Locaux"), yard),
        (
            tr(lg, "Term", "Laufzeit", "Durée"),
            tr(lg, f"{term} years", f"{term} Jahre", f"{term} années entières et consécutives"),
        ),
        (
            tr(lg, "Rent", "Miete", "Loyer annuel"),
            tr(
                lg,
                f"{cash(rent, lg)} a year exclusive of VAT",
                f"{cash(rent / 12, lg)} monatlich zzgl. USt.",
                f"{cash(rent, lg)} HT HC par an",
            ),
        ),
        (
            tr(lg, "Rent review", "Wertsicherung", "Révision"),
            tr(lg, "Every fifth year, upwards only", "Indexmiete (VPI)", "Triennale, indice ILAT"),
        ),
    ]
    for cap, val in parts:
        g.need(30)
        g.page.text(m, g.y, cap, s.bold, s.size)
        for ln in wrap(val, s.font, s.size, w - 2 * m - 120):
            g.page.text(m + 120, g.y, ln, s.font, s.size)
            g.y += s.size * 1.4
        g.y += 6
    clauses = LEASE_CLAUSES[lg][: rng.randint(8, len(LEASE_CLAUSES[lg]))]
    if variation:
        clauses = rng.sample(LEASE_CLAUSES[lg][2:8], rng.randint(2, 4))
    for k, cl in enumerate(clauses, 1):
        g.heading(m, tr(lg, f"{k}. {cl}", f"§ {k} {cl}", f"Article {k} - {cl}"), s.bold, s.size)
        for j in range(rng.randint(1, 3)):
            write(
                g,
                s,
                (f"{k}.{j + 1} " if lg == "en" else "") + prose(rng, lg, "legal", 2, 4),
                s.size - 0.5,
            )
    lease = g.pages
    number_pages(lease, s, tr(lg, "{i}", "Seite {i} von {n}", "{i}/{n}"), "bc", bottom=24)
    pages += lease
    if not variation:
        q = Page(LAND)
        lw, lh = LAND
        q.text(
            40,
            40,
            tr(
                lg,
                "Plan 1 - the Premises edged red",
                "Anlage 1 - Lageplan (Mietfläche schraffiert)",
                "Annexe 1 - Plan des lieux loués",
            ),
            "Helvetica-Bold",
            11,
        )
        q.rect(90, 90, lw - 260, lh - 170)
        q.rect(100, 100, 160, 110, fill=0.8)
        q.text(180, 160, tr(lg, "WORKSHOP", "HALLE", "HANGAR"), "Helvetica", 8, "center")
        for k in range(6):
            q.rect(300 + k * 50, 110, 36, 200, fill=0.9)
        q.text(
            380,
            330,
            tr(
                lg, "RACKING - TUBE / BOARDS", "REGALE - ROHRE / BÖDEN", "RACKS - TUBES / PLANCHERS"
            ),
            "Helvetica",
            7,
            "center",
        )
        q.rect(110, lh - 150, 120, 50, fill=0.95)
        q.text(170, lh - 122, tr(lg, "OFFICE", "BÜRO", "BUREAU"), "Helvetica", 7, "center")
        q.text(
            lw / 2 - 60,
            lh - 50,
            fit(firm.street.upper(), "Helvetica-Bold", 9, 300),
            "Helvetica-Bold",
            9,
            "center",
        )
        q.text(lw - 130, 120, "N", "Helvetica-Bold", 14)
        q.line(lw - 126, 125, lw - 126, 170)
        q.text(lw - 150, lh - 70, tr(lg, "Scale 1:500", "M 1:500", "Échelle 1/500"), "Helvetica", 7)
        pages.append(q)
    e = Page(s.page_size)
    y = m + 10
    e.text(m, y, tr(lg, "EXECUTION", "UNTERSCHRIFTEN", "SIGNATURES"), s.bold, 12)
    y += 30
    for k, (who_, nm) in enumerate(
        [(land, staff(h, "ll")), (tr(lg, "Tenant", "Mieter", "Preneur"), director())]
    ):
        party = parts[0][1] if k == 0 else firm.name
        said = tr(
            lg,
            f"Executed as a deed by {party} acting by a director in the presence of:",
            f"{who_}: {party}",
            f"Pour le {who_.lower()} : {party}",
        )
        for ln in wrap(said, s.font, s.size, w - 2 * m):
            e.text(m, y, ln, s.font, s.size)
            y += s.size * 1.4
        y += 16
        signed = k == 1 or rng.random() < 0.5
        sign_box(
            e,
            s,
            m,
            y,
            230,
            tr(lg, "Director", "Ort, Datum, Unterschrift", "Lu et approuvé, bon pour bail"),
            nm if signed else "",
            short(d + timedelta(days=rng.randint(2, 20)), lg) if signed else "",
            ink=signed,
        )
        if lg == "en":
            sign_box(
                e,
                s,
                m + 260,
                y,
                220,
                "Witness (name, address, occupation)",
                person(rng, lg) if signed else "",
                "",
                ink=signed,
            )
        y += 90
    pages.append(e)
    remember(None, d)
    return pages


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
    "hire_quote": tpl_hire_quote,
    "hire_contract": tpl_hire_contract,
    "handover_cert": tpl_handover_cert,
    "inspection_report": tpl_inspection_report,
    "hire_invoice": tpl_hire_invoice,
    "off_hire": tpl_off_hire,
    "design_calc": tpl_design_calc,
    "licence_application": tpl_licence_application,
    "licence_permit": tpl_licence_permit,
    "card_record": tpl_card_record,
    "training_cert": tpl_training_cert,
    "riddor_notice": tpl_riddor_notice,
    "tacho_calibration": tpl_tacho_calibration,
    "fleet_insurance": tpl_fleet_insurance,
    "delivery_note": tpl_delivery_note,
    "supplier_invoice": tpl_supplier_invoice,
    "payment_notice": tpl_payment_notice,
    "cis_statement": tpl_cis_statement,
    "retention_release": tpl_retention_release,
    "yard_lease": tpl_yard_lease,
}
TEMPLATES_HHHH: dict[str, Template] = {k: tracked(k, t) for k, t in KINDS.items()}
#: Kinds that a pile often holds 2-4 of in a row from one sender.
RUN_KINDS = (
    "inspection_report",
    "hire_invoice",
    "card_record",
    "training_cert",
    "tacho_calibration",
    "delivery_note",
    "supplier_invoice",
    "cis_statement",
)
#: A kind often followed by a related paper, mostly from another sender.
FOLLOWS = {
    "hire_quote": "hire_contract",
    "hire_contract": "handover_cert",
    "design_calc": "handover_cert",
    "licence_application": "licence_permit",
    "off_hire": "hire_invoice",
    "delivery_note": "supplier_invoice",
    "payment_notice": "cis_statement",
    "card_record": "training_cert",
    "riddor_notice": "card_record",
}


# ---------------------------------------------------------------------------------------------
# Streams and generation (same files and labels as corpus.generate)
# ---------------------------------------------------------------------------------------------

MAKES = {
    "en": [
        "DAF LF 180 FA",
        "Isuzu Forward N75.190",
        "Iveco Eurocargo 75E21",
        "Mercedes Atego 1224",
        "DAF CF 290 6x2",
    ],
    "de": [
        "MAN TGL 12.220",
        "Mercedes-Benz Atego 1224 L",
        "Iveco Eurocargo ML120E25",
        "MAN TGM 18.290",
        "DAF LF 230",
    ],
    "fr": [
        "Renault Trucks D 12",
        "Iveco Eurocargo 120E25",
        "Mercedes Atego 1224",
        "Renault Trucks D Wide",
        "Volvo FL 250",
    ],
}


def make_trivet_stream(rng: random.Random, n_docs: int, separators: bool) -> Stream:
    """One company's pile: ``corpus.make_stream`` with batch runs (after a run kind, 1-3 more
    of the same kind from the same sender follow with probability 0.55) and companions (each
    kind in ``FOLLOWS`` is followed by its related paper with probability 0.5). The company
    (country, name, month, staff, lorries, sites) is drawn once per stream."""
    r = random.Random(rng.getrandbits(32))
    lang = r.choice(["en", "en", "de", "de", "fr"])
    FIRM["lang"] = lang
    FIRM["row"] = r.randrange(len(FIRMS[lang]))
    FIRM["seed"] = r.getrandbits(24)
    FIRM["month"] = date(r.choice([2024, 2025]), r.randint(1, 12), 1)
    names: list[str] = []
    while len(names) < 18:
        n = person(r, lang)
        if n not in names:
            names.append(n)
    STAFF.clear()
    STAFF.update(
        directors=names[:2],
        foremen=names[2:5],
        yard=names[5:6],
        office=names[6:7],
        operatives=names[7 : 7 + r.randint(6, 11)],
    )
    LORRIES[:] = [
        Lorry(
            a_reg(r, lang),
            r.choice(MAKES[lang]),
            r.choice(["7.5 t", "12 t", "18 t", "26 t"]),
            r.randint(2012, 2024),
            serial(r, "AAA9999999A999999"),
        )
        for _ in range(r.randint(2, 5))
    ]
    SITES[:] = [a_site(r, lang) for _ in range(r.randint(4, 9))]
    LAST.update(kind="", site=None, day=None, extra=None)
    run_odds = dict.fromkeys(RUN_KINDS, 0.55)
    return assemble_stream(
        rng, TEMPLATES_HHHH, n_docs, separators, run_odds, run_len=(1, 3), follows=FOLLOWS
    )


generate = part_generate(PART, SEED_OFFSET, make_trivet_stream, "templates HHHH")


def main(argv: list[str]) -> int:
    return part_main(argv, __doc__, PART, generate, scanned=12)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

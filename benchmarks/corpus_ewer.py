"""Ewer part of the generated corpus: templates XX, written blind for the next measurement.

A part of its own, ``ewer``. Its templates were written without looking at the boundary
detector, its documentation, its tuning or its evaluation, as the pile the office of a small
architecture practice (five to ten people, in England, Germany or France) feeds through its
scanner in a month: the practice's fee proposals (Honorarangebot, proposition d'honoraires)
with the covering letter, the fee schedule by work stage (RIBA stages, HOAI Leistungsphasen,
missions loi MOP), now and then the terms of appointment and a form of acceptance; clients'
letters of appointment and architect's contracts (Architektenvertrag, contrat de maîtrise
d'oeuvre) with the schedule of services and the signature page; the planning authority's
decision notices (grant of planning permission, Baugenehmigung, arrêté de permis de
construire) with the numbered conditions, the informatives and the notes on appeal rights;
building control plan check reports (Prüfbericht of a Prüfingenieur, rapport initial de
contrôle technique) with the schedule of comments, sometimes on landscape pages; the
structural engineer's fee invoices, some with a time-charge sheet; land and building
surveyors' invoices (Kostenrechnung of a Vermessungsbüro, note d'honoraires of a géomètre-expert)
with the list of deliverables; the practice's drawing issue sheets on landscape A4 (drawing
numbers, revisions by issue date, distribution); its site inspection reports with photo pages;
design team meeting minutes with the action column; the quantity surveyor's interim valuations
(or the contractor's Abschlagsrechnung, situation de travaux) with the breakdown on landscape
pages; the practice's interim payment certificates (Prüfvermerk, certificat de paiement); its
architect's instructions (Anordnung, ordre de service); contractors' tender returns (form of
tender, Angebotsschreiben, acte d'engagement) with the price summary, the qualifications and
sometimes a programme bar chart; certificates of practical completion (Abnahmeprotokoll,
procès-verbal de réception) with the schedule of defects or list of reserves; the broker's
professional indemnity renewal with the schedule, endorsements and evidence of cover; CPD
certificates of attendance (Teilnahmebescheinigung, attestation de formation) on landscape A4
or A5; CAD software subscription renewals with the entitlement schedule; the reprographics
firm's print invoices with the job list and a signed delivery docket; the landlord's agent's
rent review papers (memorandum of rent review, Indexanpassung, révision du loyer commercial);
and the office's business electricity bills with the meter and charges page. Each stream is one
practice's pile: the practice (country, name, staff, month and three to five current projects
with their clients and contractors) is drawn once per stream; its senders are of the
practice's country and write in its language, except that software resellers, CPD providers,
surveyors, engineers and clients are now and then from abroad and write in their own. Page
sizes range from delivery dockets and A5 certificates to A4, Letter and landscape A4.

Labelling rule: what one sender issues in one go is one document, as the practice files it:
the fee schedule, terms and form of acceptance behind a fee proposal letter; the schedule of
services and signature page of an appointment; the conditions, informatives and notes pages of
a decision notice; the comment schedule of a plan check report; the time sheet behind an
engineer's invoice; the deliverables list of a surveyor's invoice; every page of a drawing
issue sheet; the photo pages of a site report; the later pages of minutes; the breakdown pages
of a valuation; the form, summary, qualifications and programme of a tender; the defects
schedule of a completion certificate; the covering letter, schedule, endorsements and evidence
of cover of an insurance renewal; the entitlement schedule of a software renewal; the delivery
docket stapled to a print invoice; the memorandum or calculation enclosed with a rent review
letter; the charges page of an energy bill. Related papers are documents of their own: the
client's appointment after the fee proposal, the payment certificate after the valuation, the
architect's instruction after a site report, the drawing issue sheet after the minutes of the
meeting that asked for it; and so is each invoice, certificate, instruction and bill of a run.

Streams are assembled like ``corpus.make_stream`` (same separator sheets, same 30% chance of
repeating the previous kind and sender), plus batch runs: engineers', surveyors' and print
invoices, CPD certificates, architect's instructions, payment certificates, site reports and
energy bills often come 2-4 in a row from one sender with other projects, people, dates,
numbers and amounts; and companions: each related paper above often follows the document it
answers, about the same project. Drawn with ``corpus.draw_pdf``, scanned with ``corpus.scan``
and labelled exactly like ``corpus.generate`` with ``"split": "ewer"`` and seeds offset by
4_900_000.

Usage: ``python benchmarks/corpus_ewer.py OUT_DIR [--streams N] [--scanned N] [--seed S]``
writes ``OUT_DIR/ewer/ewer_{born_digital,scanned}_NNNNNNN.{pdf,json}``.
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
    INK,
    Flow,
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
)
from corpus_kit import address as window

PART = "ewer"
SEED_OFFSET = 4_900_000

MM = 72 / 25.4
DOCKET = (105 * MM, 180 * MM)

# ---------------------------------------------------------------------------------------------
# Who writes: the practice and its outside senders, by country
# ---------------------------------------------------------------------------------------------

Row = tuple[str, str, str, str]  # name, street, town, telephone
PRACTICES: dict[str, list[Row]] = {
    "en": [
        ("Hollins Rowe Architects", "3 Kirkgate", "Otley LS21 3HW", "01943 467 220"),
        ("Fenwick Moss Architects Ltd", "The Old Chapel, Walcot Street", "Bath BA1 5BG", ""),
        ("Ashdown Pratt Architects LLP", "41 High Street", "Lewes BN7 2LU", "01273 478 061"),
    ],
    "de": [
        ("Wegener Schmid Architekten PartGmbB", "Kaiserstraße 31", "76133 Karlsruhe", ""),
        ("Büro Hagedorn Architektur", "Wallstraße 12", "48143 Münster", "0251 48 20 97"),
        ("Lindqvist + Beck Architekten BDA", "Lindenstraße 4", "93047 Regensburg", ""),
    ],
    "fr": [
        ("Atelier Marchal Architectes", "14 rue des Tanneurs", "67000 Strasbourg", ""),
        ("Agence Roussel & Tan Architecture", "6 place du Pilori", "44000 Nantes", ""),
        ("Cabinet d'architecture Delmas", "22 cours Gambetta", "34000 Montpellier", ""),
    ],
}
SENDERS: dict[str, dict[str, list[Row]]] = {
    "client": {
        "en": [
            ("Wharfe Valley Housing Association", "Bridge House, Westgate", "Otley LS21 3AT", ""),
            ("St Aidan's Primary School (Governing Body)", "Church Lane", "Ilkley LS29 9DH", ""),
            ("Corbridge Dental Care Ltd", "18 Market Place", "Harrogate HG1 1BT", ""),
            ("Kingsbury Estates Ltd", "Kingsbury House, 2 Park Row", "Leeds LS1 5HD", ""),
            ("Avon Valley Homes Ltd", "Riverside House, Walcot Street", "Bath BA1 5BQ", ""),
            ("Southover Community Association", "Southover Road", "Lewes BN7 1AA", ""),
        ],
        "de": [
            ("Gemeinnützige Wohnungsbau eG Oststadt", "Durlacher Allee 66", "76131 Karlsruhe", ""),
            ("Stadt Ettlingen - Amt für Hochbau", "Marktplatz 2", "76275 Ettlingen", ""),
            ("Dr. med. dent. Praxis Albers", "Salzstraße 21", "48143 Münster", ""),
            ("Bauherrengemeinschaft Am Mühlbach GbR", "Mühlweg 3", "93053 Regensburg", ""),
        ],
        "fr": [
            ("Habitat Rhin Logement SA HLM", "5 quai Kléber", "67000 Strasbourg", ""),
            (
                "Commune de Saint-Herblain - Services techniques",
                "2 rue de l'Hôtel de Ville",
                "44800 Saint-Herblain",
                "",
            ),
            ("SCI Les Arceaux", "9 rue du Faubourg Boutonnet", "34090 Montpellier", ""),
            ("Cabinet médical du Parc", "3 allée des Tilleuls", "44300 Nantes", ""),
        ],
    },
    "council": {
        "en": [
            (
                "Leeds City Council - Planning Services",
                "Merrion House, 110 Merrion Centre",
                "Leeds LS2 8BB",
                "",
            ),
            (
                "Harrogate Borough Council - Development Management",
                "Civic Centre, St Luke's Avenue",
                "Harrogate HG1 2AE",
                "",
            ),
            (
                "Bath and North East Somerset Council - Planning",
                "Lewis House, Manvers Street",
                "Bath BA1 1JG",
                "",
            ),
            (
                "Lewes District Council - Planning",
                "Southover House, Southover Road",
                "Lewes BN7 1AB",
                "",
            ),
        ],
        "de": [
            ("Stadt Karlsruhe - Bauordnungsamt", "Lammstraße 7", "76133 Karlsruhe", ""),
            ("Stadt Münster - Bauordnungsamt", "Albersloher Weg 33", "48155 Münster", ""),
            ("Landratsamt Regensburg - Bauamt", "Altmühlstraße 3", "93059 Regensburg", ""),
        ],
        "fr": [
            (
                "Ville de Strasbourg - Service des autorisations d'urbanisme",
                "1 parc de l'Étoile",
                "67076 Strasbourg Cedex",
                "",
            ),
            (
                "Nantes Métropole - Direction de l'urbanisme",
                "2 cours du Champ de Mars",
                "44923 Nantes Cedex 9",
                "",
            ),
            (
                "Mairie de Montpellier - Direction de l'urbanisme",
                "1 place Georges Frêche",
                "34267 Montpellier Cedex 2",
                "",
            ),
        ],
    },
    "control": {
        "en": [
            (
                "Northpoint Building Control Ltd",
                "Unit 4, Thorp Arch Estate",
                "Wetherby LS23 7BJ",
                "01937 845 300",
            ),
            (
                "Bath Building Control Partnership",
                "Lewis House, Manvers Street",
                "Bath BA1 1JG",
                "",
            ),
            ("Southdown Approved Inspectors Ltd", "9 Albion Street", "Lewes BN7 2ND", ""),
        ],
        "de": [
            (
                "Dipl.-Ing. Hans Korte - Prüfingenieur für Standsicherheit",
                "Amalienstraße 18",
                "76133 Karlsruhe",
                "",
            ),
            ("Brandschutz Prüfbüro Vennemann", "Hafenweg 22", "48155 Münster", ""),
            (
                "Prof. Dr.-Ing. Seidl - Prüfsachverständiger Brandschutz",
                "Prüfeninger Straße 40",
                "93049 Regensburg",
                "",
            ),
        ],
        "fr": [
            ("Bureau Alsace Contrôle SAS", "12 rue du Verdon", "67100 Strasbourg", ""),
            (
                "Contrôle Atlantique - Agence de Nantes",
                "4 rue Édith Piaf",
                "44800 Saint-Herblain",
                "",
            ),
            (
                "Méditerranée Contrôle Technique",
                "210 avenue de la Pompignane",
                "34000 Montpellier",
                "",
            ),
        ],
    },
    "engineer": {
        "en": [
            (
                "Burnley Hart Consulting Engineers",
                "7 Boroughgate",
                "Otley LS21 1AL",
                "01943 850 411",
            ),
            ("Parkin Structures Ltd", "Studio 2, Kings Mead", "Bath BA1 2AP", ""),
            ("Tilbury Marsh Partnership", "14 Cliffe High Street", "Lewes BN7 2AH", ""),
        ],
        "de": [
            ("Ingenieurbüro Kessler Tragwerksplanung", "Sophienstraße 40", "76133 Karlsruhe", ""),
            ("IB Roth + Partner - Statik und Bauphysik", "Hammer Straße 9", "48153 Münster", ""),
            ("Ingenieurbüro Meindl", "Kumpfmühler Straße 12", "93047 Regensburg", ""),
        ],
        "fr": [
            ("BET Structure Lemaire", "31 route du Polygone", "67100 Strasbourg", ""),
            ("Ingénierie Carreau SARL", "7 rue de Strasbourg", "44000 Nantes", ""),
            ("Sud Structures BET", "45 rue de la Croix de Lavit", "34090 Montpellier", ""),
        ],
    },
    "surveyor": {
        "en": [
            ("Dale Measured Surveys Ltd", "Airedale Business Centre", "Skipton BD23 2TZ", ""),
            ("Mendip Land Surveys", "4 Wells Road", "Bath BA2 3AP", "01225 311 902"),
            ("Weald Geomatics Ltd", "Unit 9, Brooks Road", "Lewes BN7 2BY", ""),
        ],
        "de": [
            ("Vermessungsbüro Dipl.-Ing. Frank Ott, ÖbVI", "Karlstraße 52", "76133 Karlsruhe", ""),
            ("Geovermessung Schulte", "Wolbecker Straße 70", "48155 Münster", ""),
            ("Vermessung Brunner + Zach", "Landshuter Straße 19", "93047 Regensburg", ""),
        ],
        "fr": [
            ("Cabinet Guérin Géomètres-Experts", "8 rue de la Course", "67000 Strasbourg", ""),
            ("Géomesure Ouest SELARL", "11 boulevard Guist'hau", "44000 Nantes", ""),
            ("Cabinet Aubert & Fils, géomètres-experts", "2 rue Foch", "34000 Montpellier", ""),
        ],
    },
    "contractor": {
        "en": [
            ("R. Ackroyd & Sons (Builders) Ltd", "Newall Carr Road", "Otley LS21 2DW", ""),
            ("Wharfedale Construction Ltd", "Crossways, Menston", "Ilkley LS29 6AB", ""),
            ("J & M Kerr Building Services", "Unit 7, Canal Road", "Bradford BD2 1AN", ""),
            ("Ouse Valley Builders Ltd", "Cliffe Industrial Estate", "Lewes BN8 6JL", ""),
            ("Avonside Building Ltd", "Lower Bristol Road", "Bath BA2 3DW", ""),
        ],
        "de": [
            ("Bauunternehmung Gebr. Huber GmbH", "Ottostraße 11", "76227 Karlsruhe", ""),
            ("Schäfer Hochbau GmbH & Co. KG", "Industrieweg 44", "48155 Münster", ""),
            ("Holzbau Brenner GmbH", "Gewerbepark 6", "93055 Regensburg", ""),
            ("Rheinbau Ausbau GmbH", "Am Sandfeld 14", "76149 Karlsruhe", ""),
        ],
        "fr": [
            ("SARL Bâtiments Moreau", "ZA du Ried", "67450 Mundolsheim", ""),
            ("Entreprise Giraud Construction", "Rue de la Garde", "44300 Nantes", ""),
            ("SAS Lacroix Gros Oeuvre", "ZAC de la Lauze", "34430 Saint-Jean-de-Védas", ""),
            ("Menuiserie Hoffmann & Cie", "4 rue des Artisans", "67400 Illkirch", ""),
        ],
    },
    "qs": {
        "en": [
            ("Naylor Quantity Surveyors", "5 Albion Place", "Leeds LS1 6JL", "0113 245 0066"),
            ("Cairn Cost Consultants LLP", "Queen Square House", "Bath BA1 2LL", ""),
        ],
        "de": [
            ("Kostenplanung Sauer + Wirth", "Kriegsstraße 100", "76133 Karlsruhe", ""),
            ("Baukosten Consult Brandt", "Warendorfer Straße 21", "48145 Münster", ""),
        ],
        "fr": [
            ("Économie & Bâtiment SARL", "3 rue de la Nuée Bleue", "67000 Strasbourg", ""),
            ("Cabinet Chesnel Économiste", "9 rue Crébillon", "44000 Nantes", ""),
        ],
    },
    "broker": {
        "en": [
            ("Carrick Professional Risks Ltd", "40 Lime Street", "London EC3M 7AW", ""),
            (
                "Hadley Marsh Insurance Brokers",
                "Princes Exchange, Princes Square",
                "Leeds LS1 4HY",
                "",
            ),
        ],
        "de": [
            (
                "Architekten-Versicherungsdienst Süd GmbH",
                "Maximilianstraße 35",
                "80539 München",
                "",
            ),
            ("Kanzlei Brockmann Versicherungsmakler", "Prinzipalmarkt 8", "48143 Münster", ""),
        ],
        "fr": [
            (
                "Mutuelle des Bâtisseurs et Architectes",
                "189 boulevard Malesherbes",
                "75017 Paris",
                "",
            ),
            ("Cabinet Ferrand Assurances", "14 rue de la Fosse", "44000 Nantes", ""),
        ],
    },
    "cpd": {
        "en": [
            (
                "Northern Architecture CPD Network",
                "The Round Foundry, Water Lane",
                "Leeds LS11 5QN",
                "",
            ),
            ("Building Futures Training Ltd", "1 Queen Square", "Bristol BS1 4JQ", ""),
        ],
        "de": [
            ("Akademie der Architektenkammer", "Danneckerstraße 54", "70182 Stuttgart", ""),
            ("Bauakademie West e.V.", "Zollhof 1", "40221 Düsseldorf", ""),
        ],
        "fr": [
            (
                "Maison de l'Architecture - Formation continue",
                "5 rue Hannong",
                "67000 Strasbourg",
                "",
            ),
            (
                "Institut de Formation du Bâtiment Durable",
                "22 rue de la Roquette",
                "75011 Paris",
                "",
            ),
        ],
    },
    "software": {
        "en": [
            ("CADline Solutions Ltd", "Pavilion 3, Thorpe Park", "Leeds LS15 8ZB", "0113 887 4000"),
            ("Arcspace Software UK Ltd", "20 Old Bailey", "London EC4M 7AN", ""),
        ],
        "de": [
            ("DesignSoft Vertrieb GmbH", "Rosenheimer Straße 145", "81671 München", ""),
            ("BIMplan Software AG", "Hauptstraße 1", "69117 Heidelberg", ""),
        ],
        "fr": [
            ("Archiplus Logiciels SAS", "40 rue de Liège", "75008 Paris", ""),
            ("Conception BIM Services", "7 rue Alfred Kastler", "67400 Illkirch", ""),
        ],
    },
    "printer": {
        "en": [
            ("PlanPrint Reprographics", "Unit 3, Kirkstall Road", "Leeds LS4 2AZ", "0113 230 1150"),
            ("Avon Plan & Print", "12 Westgate Buildings", "Bath BA1 1EB", ""),
            ("Downland Print & Plan", "5 Station Street", "Lewes BN7 2DA", ""),
        ],
        "de": [
            ("Plandruck Centrum", "Rüppurrer Straße 16", "76137 Karlsruhe", ""),
            ("Lichtpause Hartmann", "Bremer Platz 42", "48155 Münster", ""),
            ("Donau Plandruck", "Dr.-Martin-Luther-Straße 3", "93047 Regensburg", ""),
        ],
        "fr": [
            ("Reprographie Atlantique", "25 rue de la Paix", "44000 Nantes", ""),
            ("Copy Plans Alsace", "18 rue du Jeu des Enfants", "67000 Strasbourg", ""),
            ("Repro Sud Plans", "8 rue de la Loge", "34000 Montpellier", ""),
        ],
    },
    "landlord": {
        "en": [
            ("Harrison Lowe Chartered Surveyors", "2 Wellington Street", "Leeds LS1 4HN", ""),
            ("Bridgewell Property Management", "8 Milsom Street", "Bath BA1 1DN", ""),
            ("Cliffe Property Management", "12 Cliffe High Street", "Lewes BN7 2AJ", ""),
        ],
        "de": [
            ("Hausverwaltung Kern & Lutz", "Erbprinzenstraße 4", "76133 Karlsruhe", ""),
            ("Immobilienverwaltung Overbeck", "Ludgeristraße 100", "48143 Münster", ""),
            ("Donau Immobilien Verwaltung", "Maximilianstraße 9", "93047 Regensburg", ""),
        ],
        "fr": [
            ("Cabinet Vauban Gestion", "7 rue du Dôme", "67000 Strasbourg", ""),
            ("Immobilière Graslin", "4 place Graslin", "44000 Nantes", ""),
            ("Agence Comédie Gestion", "2 place de la Comédie", "34000 Montpellier", ""),
        ],
    },
    "energy": {
        "en": [
            ("Brightwell Business Energy", "PO Box 7701", "Sheffield S1 4XX", "0330 100 4411"),
            ("Northgate Power Ltd", "Customer Services, PO Box 220", "Leeds LS2 7UA", ""),
        ],
        "de": [
            ("Stadtwerke Karlsruhe GmbH", "Daxlander Straße 72", "76185 Karlsruhe", ""),
            ("Stadtwerke Münster GmbH", "Hafenplatz 1", "48155 Münster", ""),
            ("REWAG Regensburg", "Greflingerstraße 22", "93055 Regensburg", ""),
        ],
        "fr": [
            (
                "Électricité Énergies Pro",
                "Service clients professionnels",
                "TSA 21301",
                "09 70 81 50 50",
            ),
            ("Voltéo Entreprises", "3 rue du Havre", "75008 Paris", ""),
        ],
    },
}
#: Roles whose senders are now and then from abroad.
ABROAD = {"software": 0.3, "cpd": 0.15, "surveyor": 0.1, "engineer": 0.08}

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
        "Gareth",
        "Lucy",
        "Matthew",
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
        "Lars",
        "Miriam",
        "Florian",
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
        "Claire",
        "Mathieu",
        "Inès",
        "Antoine",
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
        "Sykes",
        "Pickles",
        "Okafor",
        "Dunn",
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
        "Fuchs",
        "Brandl",
        "Lehner",
        "Stöckl",
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
        "Schmitt",
        "Le Goff",
        "Vidal",
        "Arnaud",
    ],
}
FEMALE = {"Sarah", "Emma", "Hannah", "Priya", "Fiona", "Lucy", "Andrea", "Julia", "Katrin"}
FEMALE |= {"Sabine", "Eva", "Miriam", "Nathalie", "Camille", "Sandrine", "Léa", "Claire", "Inès"}

ROLES = {
    "en": [
        "Director",
        "Associate Director",
        "Project Architect",
        "Architect",
        "Architectural Assistant (Part II)",
        "Architectural Technologist",
        "Office Manager",
    ],
    "de": [
        "Geschäftsführender Partner",
        "Partnerin",
        "Projektleitung",
        "Architekt",
        "Architektin",
        "Bauzeichnerin",
        "Büroleitung",
    ],
    "fr": [
        "Architecte gérant",
        "Architecte associée",
        "Chef de projet",
        "Architecte HMONP",
        "Architecte DE",
        "Dessinateur projeteur",
        "Assistante de direction",
    ],
}

WORKS = {
    "en": [
        "Rear extension and loft conversion",
        "Conversion of stone barn to dwelling",
        "New-build detached house and garage",
        "Change of use of offices to six flats",
        "Two-classroom extension",
        "Fit-out of dental surgery, ground floor",
        "Refurbishment of community hall",
        "Two-storey side extension and alterations",
    ],
    "de": [
        "Neubau Einfamilienhaus mit Doppelgarage",
        "Umbau und Sanierung Wohn- und Geschäftshaus",
        "Dachgeschossausbau mit Gauben",
        "Erweiterung Kindertagesstätte um zwei Gruppen",
        "Neubau Mehrfamilienhaus mit 8 WE und Tiefgarage",
        "Umnutzung einer Scheune zu Wohnzwecken",
        "Umbau Zahnarztpraxis im EG",
    ],
    "fr": [
        "Construction d'une maison individuelle",
        "Extension et surélévation d'une maison",
        "Réhabilitation d'un immeuble de 6 logements",
        "Aménagement d'un cabinet médical",
        "Extension de l'école maternelle (2 classes)",
        "Transformation d'une grange en habitation",
        "Restructuration de locaux d'activité en bureaux",
    ],
}
SITE_ROADS = {
    "en": [
        "Hawthorn Road",
        "Weston Lane",
        "Bridge Street",
        "Moor Lane",
        "Church View",
        "Station Road",
        "Manor Park",
        "Southover High Street",
    ],
    "de": [
        "Rosenweg",
        "Mühlstraße",
        "Am Kirchberg",
        "Gartenstraße",
        "Hauptstraße",
        "Schillerstraße",
        "Lindenallee",
    ],
    "fr": [
        "rue des Vergers",
        "chemin du Moulin",
        "avenue de la Gare",
        "rue Pasteur",
        "impasse des Lilas",
        "rue de l'Église",
        "route de Lyon",
    ],
}
SITE_TOWNS = {  # by practice: the towns its jobs are in
    "en": [
        ["Otley LS21 1QB", "Ilkley LS29 8EA", "Burley in Wharfedale LS29 7DR", "Harrogate HG2 0AB"],
        ["Bath BA2 4HT", "Bradford on Avon BA15 1LE", "Keynsham BS31 1FS"],
        ["Lewes BN7 1YH", "Ringmer BN8 5QX", "Newhaven BN9 9PD"],
    ],
    "de": [
        ["76227 Karlsruhe-Durlach", "76275 Ettlingen", "76131 Karlsruhe"],
        ["48161 Münster-Roxel", "48291 Telgte", "48143 Münster"],
        ["93055 Regensburg", "93080 Pentling", "93128 Regenstauf"],
    ],
    "fr": [
        ["67200 Strasbourg", "67400 Illkirch-Graffenstaden", "67380 Lingolsheim"],
        ["44300 Nantes", "44800 Saint-Herblain", "44400 Rezé"],
        ["34090 Montpellier", "34170 Castelnau-le-Lez", "34970 Lattes"],
    ],
}
#: The senders near each practice (indexes into ``SENDERS[role][lang]``, by practice row);
#: roles not listed here are as likely from anywhere in the country.
NEAR = {
    "client": {"en": [[0, 1, 2, 3], [4], [5]], "de": [[0, 1], [2], [3]], "fr": [[0], [1, 3], [2]]},
    "council": {"en": [[0, 1], [2], [3]]},
    "contractor": {"en": [[0, 1, 2], [4], [3]], "de": [[0, 3], [1], [2]], "fr": [[0, 3], [1], [2]]},
    "control": {},
    "engineer": {},
    "surveyor": {},
    "energy": {"de": [[0], [1], [2]]},
    "landlord": {},
    "printer": {"fr": [[1], [0], [2]]},
    "qs": {lg: [[0], [1], [0, 1]] for lg in ("en", "de", "fr")},
}


def local(r: random.Random, role: str, lang: str) -> Row:
    """A ``role`` sender of ``lang``: mostly one near the practice when it is of its country."""
    rows = SENDERS[role][lang]
    near = NEAR.get(role)
    if near is not None and lang == home() and r.random() < 0.85:
        idx = near.get(lang, [[0], [1], [2]] if role != "energy" else [])
        if idx:
            return rows[r.choice(idx[int(OFFICE["row"])])]
    return r.choice(rows)


TALK = {
    "en": {
        "design": "design brief layout elevation section planning drawings scheme massing "
        "daylight materials budget programme client stage approval survey coordination",
        "site": "contractor works site progress foundations blockwork roof scaffold drainage "
        "windows joinery inspection defects programme weather delivery installation",
        "legal": "client architect appointment services fee liability copyright insurance "
        "termination dispute adjudication notice payment obligations contract law",
        "control": "regulations fire escape structure ventilation insulation drainage access "
        "compliance details calculations specification confirmation approval Part",
        "money": "invoice payment account balance due amount reference period charges terms "
        "settlement fee stage",
    },
    "de": {
        "design": "Entwurf Planung Grundriss Ansicht Schnitt Bauantrag Bauherr Kosten Termine "
        "Varianten Abstimmung Materialien Belichtung Leistungsphase Freigabe Vermessung",
        "site": "Baustelle Bauunternehmen Fortschritt Fundamente Mauerwerk Dach Gerüst "
        "Entwässerung Fenster Ausbau Begehung Mängel Bauzeitenplan Witterung Lieferung",
        "legal": "Auftraggeber Auftragnehmer Leistungen Honorar Haftung Urheberrecht "
        "Versicherung Kündigung Streitigkeiten Abnahme Zahlung Pflichten Vertrag",
        "control": "Nachweis Standsicherheit Brandschutz Rettungsweg Bewehrung Statik "
        "Prüfung Bauteile Feuerwiderstand Unterlagen Ausführung Bescheinigung",
        "money": "Rechnung Zahlung Konto Betrag fällig Verwendungszweck Zeitraum Leistung "
        "Zahlungsziel Abschlag Honorar",
    },
    "fr": {
        "design": "esquisse plans façades coupes permis maître d'ouvrage budget planning "
        "variantes validation matériaux lumière programme relevé coordination",
        "site": "entreprise chantier avancement fondations maçonnerie toiture échafaudage "
        "réseaux menuiseries visite réserves planning intempéries livraison pose",
        "legal": "maître d'ouvrage maître d'oeuvre mission honoraires responsabilité "
        "droit d'auteur assurance résiliation litige réception paiement obligations",
        "control": "sécurité incendie solidité dégagements accessibilité isolation "
        "ventilation avis documents exécution contrôle conformité notes de calcul",
        "money": "facture règlement compte montant échéance référence période prestation "
        "acompte honoraires virement",
    },
}
GLUES = {
    "en": "the of and to for with on at by from this is are will be the a as we your all",
    "de": "die der das und zu für mit auf von ist sind wird bei nach den dem im wir Ihre",
    "fr": "le la les et de du pour avec sur par est sont sera au aux des une nous vos",
}


def words(rng: random.Random, lang: str, topic: str = "design", n: int | None = None) -> str:
    pool, glue = TALK[lang][topic].split(), GLUES[lang].split()
    ws = [rng.choice(pool if rng.random() < 0.5 else glue) for _ in range(n or rng.randint(7, 15))]
    text = " ".join(ws)
    return text[0].upper() + text[1:] + "."


def prose(rng: random.Random, lang: str, topic: str = "design", lo: int = 2, hi: int = 4) -> str:
    return " ".join(words(rng, lang, topic) for _ in range(rng.randint(lo, hi)))


def phrase(rng: random.Random, lang: str, topic: str, n: int) -> str:
    return words(rng, lang, topic, n)[:-1]


# ---------------------------------------------------------------------------------------------
# The practice of a stream: country, month, staff, projects
# ---------------------------------------------------------------------------------------------

OFFICE: dict[str, object] = {"lang": "en", "row": 0, "seed": 0, "month": date(2025, 3, 1)}


@dataclass
class Project:
    """One of the practice's current jobs, as the papers about it name it."""

    no: str
    title: str
    site: str
    town: str
    client: Row
    client_lang: str
    person: str  # the client's contact, or the private client
    private: bool
    contractor: Row
    value: float
    planning: str
    ref: str  # the council's or the controller's reference


PROJECTS: list[Project] = []
STAFF: list[tuple[str, str]] = []
#: What the previous document was about (a companion takes up the same project and day).
LAST: dict[str, object] = {"kind": "", "project": None, "day": None, "extra": None}


def home() -> str:
    return str(OFFICE["lang"])


def month() -> date:
    m = OFFICE["month"]
    assert isinstance(m, date)
    return m


def keyed(who: Issuer, key: str) -> random.Random:
    """Draws fixed by the issuer, the stream's practice and ``key``: a run or a repeat keeps
    its sender."""
    text = f"ewer/{key}/{who.name}/{who.street}/{who.city}/{OFFICE['seed']}"
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


def person(rng: random.Random, lang: str) -> str:
    return f"{rng.choice(FIRSTS[lang])} {rng.choice(LASTS[lang])}"


def a_project(r: random.Random, lang: str, k: int) -> Project:
    private = r.random() < 0.4
    road = r.choice(SITE_ROADS[lang])
    no = r.randint(2, 140)
    site = f"{road} {no}" if lang == "de" else f"{no} {road}"
    town = r.choice(SITE_TOWNS[lang][int(OFFICE["row"])])
    who = person(r, lang)
    if private:
        client: Row = (who, site, town, "")
        c_lang = lang
    else:
        c_lang = (
            lang if r.random() < 0.9 else r.choice([x for x in ("en", "de", "fr") if x != lang])
        )
        client = local(r, "client", c_lang)
        who = person(r, c_lang)
    year = month().year % 100
    planning = {
        "en": f"{year}/{r.randint(1000, 9999):05d}/{r.choice(['FU', 'HH', 'LB', 'COU'])}",
        "de": f"BG-{month().year}-{r.randint(100, 2999)}",
        "fr": f"PC 0{r.randint(44, 67)} {r.randint(100, 999)} {year} {serial(r, 'A9999')}",
    }[lang]
    return Project(
        no=str(r.randint(2100, 2499) if lang == "en" else f"{year}{r.randint(10, 99)}")
        if r.random() < 0.7
        else f"{year}-{r.randint(1, 60):03d}",
        title=r.choice(WORKS[lang]),
        site=site,
        town=town,
        client=client,
        client_lang=c_lang,
        person=who,
        private=private,
        contractor=local(r, "contractor", lang),
        value=round(
            r.choice([85, 140, 260, 420, 680, 1250, 2300]) * 1000 * r.uniform(0.85, 1.2), -2
        ),
        planning=planning,
        ref=serial(r, r.choice(["BC/99999", "IN-9999-AA", "99/9999"])),
    )


def project_for(rng: random.Random, kinds: tuple[str, ...] = ()) -> Project:
    """The previous document's project if it was one of ``kinds``, else one of the practice's."""
    p = LAST["project"]
    if isinstance(p, Project) and kinds and after(kinds):
        return p
    return rng.choice(PROJECTS)


def remember(project: Project | None, d: date, extra: object = None) -> None:
    LAST.update(project=project, day=d, extra=extra)


def practice_name() -> str:
    return PRACTICES[home()][int(OFFICE["row"])][0]  # type: ignore[call-overload]


def practice_domain() -> str:
    generic = {"cabinet", "atelier", "agence", "büro", "d'architecture", "studio"}
    word = next(t for t in practice_name().lower().split() if t not in generic)
    host = "".join(c for c in word if c.isalpha() and c.isascii())
    return f"{host}.{ {'en': 'co.uk', 'de': 'de', 'fr': 'fr'}[home()] }"


def staff(rng: random.Random, senior: bool = False) -> tuple[str, str]:
    return STAFF[0] if senior or len(STAFF) < 2 else rng.choice(STAFF[:-1])


def mx(name: str, lang: str) -> str:
    """``name`` with Mr/Mrs, Frau/Herr or Madame/Monsieur before it."""
    female = name.split()[0] in FEMALE
    if lang == "de":
        return f"{'Frau' if female else 'Herr'} {name}"
    if lang == "fr":
        return f"{'Madame' if female else 'Monsieur'} {name}"
    return f"{'Mrs' if female else 'Mr'} {name}"


def title_of(pr: Project) -> str:
    return f"{pr.title}, {pr.site}, {pr.town}"


def job_line(pr: Project, lang: str) -> str:
    return f"{tr(lang, 'Job', 'Projekt-Nr.', 'Affaire')} {pr.no} - {pr.title}"


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
    look: str  # arch | band | centred | monogram | plain | side | official
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
    "fr": ["none", "none", "Page {i}/{n}", "{i}/{n}", "2:page {i}", "none", "Page {i} sur {n}"],
}
FACES = [
    ("Helvetica", "Helvetica-Bold"),
    ("Helvetica", "Helvetica-Bold"),
    ("Times-Roman", "Times-Bold"),
    ("Courier", "Courier-Bold"),
]
LOOKS = ["band", "centred", "monogram", "plain", "side"]
TRADE = {
    "practice": ("Architects", "Architekten", "Architectes"),
    "engineer": ("Consulting Structural Engineers", "Tragwerksplanung", "Bureau d'études"),
    "surveyor": ("Land and Building Surveyors", "Vermessung", "Géomètres-experts"),
    "contractor": ("Building Contractors", "Hoch- und Ausbau", "Bâtiment - Gros oeuvre"),
    "qs": ("Quantity Surveyors", "Kostenplanung", "Économistes de la construction"),
    "printer": ("Print - Scan - Copy", "Plotten - Scannen - Kopieren", "Tirage de plans"),
}


def legal_lines(r: random.Random, name: str, lang: str, role: str) -> list[str]:
    if role in ("council",):
        return []
    if lang == "de":
        out = [
            f"{name} - Steuer-Nr. "
            f"{r.randint(30, 35)}/{r.randint(100, 999)}/{r.randint(10000, 99999)}"
            + (f" - USt-IdNr. DE{r.randint(100000000, 999999999)}" if r.random() < 0.6 else ""),
            f"{r.choice(['Sparkasse', 'Volksbank', 'Commerzbank', 'GLS Bank'])} - IBAN DE"
            f"{r.randint(10, 99)} {r.randint(1000, 9999)} {r.randint(1000, 9999)} "
            f"{r.randint(1000, 9999)} {r.randint(1000, 9999)} {r.randint(10, 99)}",
        ]
        if role == "practice":
            out.insert(
                0,
                f"Mitglied der Architektenkammer - Partnerschaftsregister PR {r.randint(100, 999)}"
                if "Part" in name
                else "Mitglied der Architektenkammer - Eintragung in die Architektenliste",
            )
        elif "GmbH" in name or "AG" in name or "KG" in name:
            out.insert(0, f"Registergericht Amtsgericht - HRB {r.randint(1000, 99999)}")
        return out
    if lang == "fr":
        siret = (
            f"{r.randint(300, 899)} {r.randint(100, 999)} {r.randint(100, 999)} "
            f"{r.randint(10000, 99999)}"
        )
        out = [f"{name} - SIRET {siret} - APE {r.choice(['7111Z', '7112B', '4120A', '6622Z'])}"]
        if role == "practice":
            out.append(
                "Inscrite au Tableau de l'Ordre des architectes sous le n° "
                f"S{r.randint(10000, 19999)}"
                f" - assurée MAF n° {r.randint(100000, 999999)}"
            )
        elif r.random() < 0.7:
            out.append(
                f"TVA intracom. FR{r.randint(10, 99)} {r.randint(100, 999)} {r.randint(100, 999)} "
                f"{r.randint(100, 999)}"
            )
        return out
    out = []
    if role == "practice":
        out.append(r.choice(["RIBA Chartered Practice", "Registered with the ARB"]))
    if "Ltd" in name or "LLP" in name or "plc" in name:
        out.append(f"Registered in England and Wales No. {r.randint(3000000, 13999999):08d}")
    if r.random() < 0.6:
        out.append(
            f"VAT Reg. No. GB {r.randint(100, 999)} {r.randint(1000, 9999)} {r.randint(10, 99)}"
        )
    return [" - ".join(out)] if out else []


def make_head(row: Row, lang: str, role: str) -> Head:
    """The paper habits of the sender ``row``: the same all through one stream."""
    name, street, town, phone = row
    r = random.Random(zlib.crc32(f"ewer/head/{name}/{OFFICE['seed']}".encode()))
    font, bold = r.choice(FACES)
    generic = {"cabinet", "atelier", "agence", "büro", "d'architecture", "studio", "bureau", "dr."}
    word = next((t for t in name.lower().split() if t not in generic), name.lower())
    host = "".join(c for c in word if c.isalpha() and c.isascii())[:12]
    tld = {"en": "co.uk", "de": "de", "fr": "fr"}[lang]
    looks = LOOKS
    if role == "council":
        looks = ["official"]
        font, bold = (
            ("Helvetica", "Helvetica-Bold") if r.random() < 0.7 else ("Times-Roman", "Times-Bold")
        )
    elif role == "practice":
        looks = ["arch", "arch", "side", "centred"]
        font, bold = r.choice(FACES[:3])
    elif role == "private":
        looks = ["private"]
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
        foot=legal_lines(r, name, lang, role) if r.random() < 0.75 and role != "private" else [],
        numbers="none" if role == "private" else r.choice(PAGE_NOS[lang]),
        corner=r.choice(["bc", "br", "tr", "bc", "bl"]),
        dates=r.choice(["short", "long"] + (["iso", "short"] if lang == "en" else [])),
        mail=f"{r.choice(['info', 'office', 'mail', 'accounts', 'studio'])}@{host or 'mail'}.{tld}"
        if r.random() < 0.7 and role != "private"
        else "",
    )


def practice_head() -> Head:
    lang = home()
    return make_head(PRACTICES[lang][int(OFFICE["row"])], lang, "practice")  # type: ignore[call-overload]


def head_of(who: Issuer, role: str) -> Head:
    """The ``role`` sender of ``who`` (the same for the same issuer and practice), of the
    practice's country or, now and then for some roles, of another."""
    r = keyed(who, role)
    lang = home()
    if r.random() < ABROAD.get(role, 0.0):
        lang = r.choice([x for x in ("en", "de", "fr") if x != lang])
    return make_head(local(r, role, lang), lang, role)


def client_head(pr: Project) -> Head:
    return make_head(pr.client, pr.client_lang, "private" if pr.private else "client")


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
    pt2 = shrink(mid, "Helvetica-Bold", 7, r * 1.5)
    p.text(
        cx, cy + r * 0.15, fit(mid, "Helvetica-Bold", pt2, r * 1.5), "Helvetica-Bold", pt2, "center"
    )
    p.line(cx - r * 0.6, cy + r * 0.35, cx + r * 0.6, cy + r * 0.35)


def crest(p: Page, x: float, y: float) -> None:
    """A small crest of a public authority: a shield outline with bars."""
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
    trade = TRADE.get(h.role, ("", "", ""))
    line2 = tr(h.lang, *trade) if trade[0] else ""
    if w < 330:
        pt = shrink(h.name, h.bold, 10, w - 2 * m)
        p.text(w / 2, y, h.name, h.bold, pt, "center")
        p.text(w / 2, y + 10, fit(where, h.font, 6.5, w - 2 * m), h.font, 6.5, "center")
        if contact:
            p.text(w / 2, y + 18, fit(contact, h.font, 6.5, w - 2 * m), h.font, 6.5, "center")
        p.line(m, y + 23, w - m, y + 23)
        return y + 38
    if h.look == "private":
        yy = y
        for t in (h.name, h.street, h.town):
            p.text(w - m, yy, fit(t, h.font, s.size, w / 2), h.font, s.size, "right")
            yy += s.size * 1.3
        return yy + 18
    if h.look == "official":
        crest(p, m, y - 12)
        lines = h.name.split(" - ") if " - " in h.name else [h.name]
        yy = y
        for k, t in enumerate(lines):
            f_, pt = (h.bold, 11) if k == 0 else (h.font, 9)
            p.text(m + 32, yy, fit(t, f_, pt, w / 2 + 60 - m), f_, pt)
            yy += 12
        p.text(m + 32, yy, fit(where, h.font, 7, w / 2 - m), h.font, 7)
        return yy + 30
    if h.look == "arch":
        # A practice's restrained letterhead: the name spaced out in capitals, a hairline,
        # the address in a column on the right.
        name = " ".join(h.name.upper())
        pt = shrink(name, h.font, 11, w * 0.6 - m)
        p.text(m, y + 2, name, h.font, pt)
        p.line(m, y + 9, m + min(tw(name, h.font, pt), w * 0.6 - m), y + 9)
        yy = y - 6
        for t in (h.street, h.town, tel, h.mail):
            if t:
                p.text(w - m, yy, fit(t, h.font, 7, w * 0.3), h.font, 7, "right")
                yy += 8.5
        return max(yy, y + 24) + 26
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
    if h.look == "monogram":
        initials = "".join(t[0] for t in h.name.replace("&", " ").split() if t[0].isupper())[:2]
        p.rect(m, y - 12, 34, 34, fill=0.15)
        p.rect(m + 3, y - 9, 28, 28, fill=0.95)
        p.text(m + 17, y + 9, initials, h.bold, 13, "center")
        yy = y - 4
        for t in (h.name, line2, h.street, h.town, tel, h.mail):
            if t:
                f_, pt = (h.bold, 10) if t == h.name else (h.font, 7.5)
                p.text(w - m, yy, fit(t, f_, pt, w - 2 * m - 50), f_, pt, "right")
                yy += 9.5 if t == h.name else 8.5
        return max(yy, y + 24) + 18
    if h.look == "side":
        pt = shrink(h.name, h.bold, s.size + 4, w * 0.6 - m)
        p.text(m, y + 4, h.name, h.bold, pt)
        if line2:
            p.text(m, y + 15, line2, italic_of(h.font), 7.5)
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
        if h.again and top:
            return heading(p, s, h)
        return running_header(p, s, header) if header else s.margin - 4

    w, hh = s.page_size
    return Sheets((w, hh), hh - s.margin - 7 * len(h.foot) - 8, start)


def scrawl(p: Page, x: float, y: float, name: str, pt: float = 13) -> None:
    """A handwritten signature over the baseline ``y``."""
    parts = [t for t in name.replace("-", " ").replace(".", " ").split() if t[0].isupper()]
    parts = parts or name.split()
    text = f"{parts[0][0]}{parts[-1][:8]}" if len(parts) > 1 else parts[0]
    p.text(x + 2, y - 1, text, INK, pt)
    end = x + 6 + tw(text, INK, pt)
    p.line(end - 4, y - 2, end + 12, y - 9)
    p.line(x, y + 2, end - 8, y + 1)


def received(rng: random.Random, p: Page, d: date, odds: float = 0.35) -> None:
    """Now and then the practice's received stamp on the first page."""
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
                        "en": ["Job file", "Accounts", "Copy: PA"],
                        "de": ["Projektakte", "Buchhaltung", "z.d.A."],
                        "fr": ["Dossier", "Compta", "Classement"],
                    }[lg]
                ),
            ],
        )


def recipient(
    f: Sheets, s: Style, h: Head, lines: list[str], d: date, refs: list[tuple[str, str]]
) -> None:
    w, _ = f.size
    y0 = f.y
    below = window(
        f.page, s, h if h.look in ("plain", "band", "official", "arch") else None, y0, lines
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


def regards(f: Sheets, s: Style, lang: str, name: str, role: str, close_: str = "") -> None:
    f.y += 6
    f.need(80)
    m = s.margin
    f.page.text(
        m,
        f.y,
        close_
        or tr(
            lang,
            ["Yours sincerely", "Kind regards", "Yours faithfully", "With kind regards"][
                len(name) % 4
            ],
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


def subject(f: Sheets, s: Style, text: str) -> None:
    w, _ = f.size
    for ln in wrap(text, s.bold, s.size, w - 2 * s.margin):
        f.need(s.size * 2)
        f.page.text(s.margin, f.y, ln, s.bold, s.size)
        f.y += s.size * 1.35
    f.y += s.size * 0.9


def head_lines(h: Head, att: str = "") -> list[str]:
    return [h.name, *([att] if att else []), h.street, h.town]


def practice_lines(att: str = "") -> list[str]:
    return head_lines(practice_head(), att)


def client_lines(pr: Project) -> list[str]:
    if pr.private:
        return [mx(pr.person, pr.client_lang), pr.client[1], pr.client[2]]
    return [
        pr.client[0],
        tr(pr.client_lang, "FAO ", "z. Hd. ", "À l'attention de ") + pr.person,
        pr.client[1],
        pr.client[2],
    ]


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


def vat_rate(lang: str) -> float:
    return {"en": 20.0, "de": 19.0, "fr": 20.0}[lang]


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


def sign_line(
    p: Page, s: Style, x: float, y: float, w: float, cap: str, name: str = "", signed: bool = True
) -> None:
    """A signature line of width ``w`` with its caption under it, signed if ``signed``."""
    if signed and name:
        scrawl(p, x + 6, y - 4, name, 12)
    p.line(x, y, x + w, y)
    p.text(x, y + 9, fit(cap, s.font, 7, w), s.font, 7)
    if name:
        p.text(x, y + 18, fit(name, s.font, 7.5, w), s.font, 7.5)


def iban(r: random.Random, lg: str) -> str:
    return {
        "en": f"Sort code {r.randint(10, 99)}-{r.randint(10, 99)}-{r.randint(10, 99)}  "
        f"Account {r.randint(10000000, 99999999)}",
        "de": f"IBAN DE{r.randint(10, 99)} {r.randint(1000, 9999)} {r.randint(1000, 9999)} "
        f"{r.randint(1000, 9999)} {r.randint(1000, 9999)} {r.randint(10, 99)}",
        "fr": f"IBAN FR76 {r.randint(1000, 9999)} {r.randint(1000, 9999)} "
        f"{r.randint(1000, 9999)} {r.randint(1000, 9999)} {r.randint(100, 999)}",
    }[lg]


# ---------------------------------------------------------------------------------------------
# Templates XX: appointment
# ---------------------------------------------------------------------------------------------

#: Work stages and the share of the fee each carries.
STAGES = {
    "en": [
        ("0", "Strategic Definition", 2),
        ("1", "Preparation and Briefing", 5),
        ("2", "Concept Design", 15),
        ("3", "Spatial Coordination", 15),
        ("4", "Technical Design", 25),
        ("5", "Manufacturing and Construction", 30),
        ("6", "Handover", 5),
        ("7", "Use", 3),
    ],
    "de": [
        ("LPH 1", "Grundlagenermittlung", 2),
        ("LPH 2", "Vorplanung", 7),
        ("LPH 3", "Entwurfsplanung", 15),
        ("LPH 4", "Genehmigungsplanung", 3),
        ("LPH 5", "Ausführungsplanung", 25),
        ("LPH 6", "Vorbereitung der Vergabe", 10),
        ("LPH 7", "Mitwirkung bei der Vergabe", 4),
        ("LPH 8", "Objektüberwachung", 32),
        ("LPH 9", "Objektbetreuung", 2),
    ],
    "fr": [
        ("ESQ", "Esquisse", 4),
        ("APS", "Avant-projet sommaire", 8),
        ("APD", "Avant-projet définitif", 13),
        ("PC", "Dossier de permis de construire", 5),
        ("PRO", "Études de projet", 16),
        ("ACT", "Assistance contrats de travaux", 6),
        ("VISA", "Visa des études d'exécution", 8),
        ("DET", "Direction de l'exécution des travaux", 34),
        ("AOR", "Assistance aux opérations de réception", 6),
    ],
}
TERMS_HEADS = {
    "en": [
        "Definitions",
        "The services",
        "Fees and expenses",
        "Payment",
        "Variations",
        "Copyright",
        "Liability",
        "Insurance",
        "Suspension",
        "Termination",
        "Disputes",
        "Data protection",
    ],
    "de": [
        "Gegenstand",
        "Leistungen",
        "Honorar",
        "Nebenkosten",
        "Zahlungen",
        "Änderungen",
        "Urheberrecht",
        "Haftung",
        "Versicherung",
        "Kündigung",
        "Streitigkeiten",
        "Schlussbestimmungen",
    ],
    "fr": [
        "Objet",
        "Mission",
        "Honoraires",
        "Frais",
        "Règlement",
        "Modifications",
        "Propriété intellectuelle",
        "Responsabilité",
        "Assurances",
        "Résiliation",
        "Litiges",
        "Données personnelles",
    ],
}


def fee_rows(
    rng: random.Random, lg: str, fee: float, upto: int
) -> list[tuple[str, str, int, float]]:
    out = []
    for code, name, pct in STAGES[lg][:upto]:
        out.append((code, name, pct, round(fee * pct / 100, -1 if lg == "en" else 0)))
    return out


def tpl_fee_proposal(rng: random.Random, who: Issuer) -> list[Page]:
    """The practice's fee proposal to a client: a covering letter, the fee schedule by work
    stage with expenses and hourly rates, now and then the terms of appointment and a form of
    acceptance to sign and return."""
    pr = project_for(rng)
    lg = home()
    h = practice_head()
    s = style_of(h, LETTER if lg == "en" and keyed(who, "let").random() < 0.15 else A4)
    w, _hh = s.page_size
    m = s.margin
    d = some_day(rng)
    ref = f"{pr.no}/FP{rng.randint(1, 3):02d}"
    director = staff(rng, True)
    pct = rng.uniform(0.085, 0.13) if lg != "de" else rng.uniform(0.10, 0.15)
    fee = round(pr.value * pct, -2)
    f = sheets(
        s,
        h,
        f"{practice_name()} - "
        f"{tr(lg, 'Fee proposal', 'Honorarangebot', 'Proposition d honoraires')} {ref}",
    )
    recipient(f, s, h, client_lines(pr), d, [(tr(lg, "Our ref", "Unser Zeichen", "Nos réf."), ref)])
    subject(
        f,
        s,
        tr(
            lg,
            f"{pr.title}, {pr.site} - Fee proposal for architectural services",
            f"{pr.title}, {pr.site} - Honorarangebot für Architektenleistungen",
            f"{pr.title}, {pr.site} - Proposition d'honoraires de maîtrise d'oeuvre",
        ),
    )
    write(f, s, dear(lg, mx(pr.person, lg)))
    write(
        f,
        s,
        tr(
            lg,
            f"Thank you for inviting us to submit a fee proposal for the above project. Further to "
            f"our meeting on site we have set out below our understanding of the brief, the "
            f"services we propose and our fees, based on a construction budget of "
            f"{cash(pr.value, lg)} excluding VAT.",
            f"vielen Dank für Ihre Anfrage. Im Anschluss an unseren Ortstermin unterbreiten wir "
            f"Ihnen unser Angebot für die Architektenleistungen auf Grundlage anrechenbarer Kosten "
            f"von {cash(pr.value, lg)} netto.",
            f"Suite à notre visite sur site, nous avons le plaisir de vous adresser notre "
            f"proposition d'honoraires pour la mission de maîtrise d'oeuvre, sur la base d'une "
            f"enveloppe prévisionnelle de travaux de {cash(pr.value, lg)} HT.",
        ),
    )
    f.heading(
        m,
        tr(lg, "Our understanding of the brief", "Aufgabenstellung", "Le programme"),
        s.bold,
        s.size,
    )
    write(f, s, prose(rng, lg, "design", 2, 4))
    if rng.random() < 0.6:
        f.heading(
            m, tr(lg, "Exclusions", "Nicht enthaltene Leistungen", "Exclusions"), s.bold, s.size
        )
        for t in rng.sample(
            {
                "en": [
                    "Structural engineering",
                    "Measured survey",
                    "CDM Principal Designer",
                    "Party wall matters",
                    "Planning fees",
                    "Ecology and bat surveys",
                    "Building regulations fees",
                    "Interior design",
                ],
                "de": [
                    "Tragwerksplanung",
                    "Vermessung",
                    "SiGeKo",
                    "Bodengutachten",
                    "Genehmigungsgebühren",
                    "Energieberatung / GEG-Nachweis",
                    "Freianlagen",
                ],
                "fr": [
                    "Bureau d'études structure",
                    "Relevé géomètre",
                    "Coordination SPS",
                    "Étude de sol",
                    "Taxes d'urbanisme",
                    "Étude thermique RE2020",
                    "Paysage",
                ],
            }[lg],
            3,
        ):
            write(f, s, f"-  {t}", s.size - 0.5, 10)
    write(f, s, prose(rng, lg, "legal", 1, 2))
    write(
        f,
        s,
        tr(
            lg,
            "If you are happy to proceed, please sign and return the form of acceptance. We look "
            "forward to working with you.",
            "Für Rückfragen stehen wir Ihnen gerne zur Verfügung und würden uns über Ihren Auftrag "
            "freuen.",
            "Restant à votre disposition, nous vous prions de nous retourner le bon pour accord "
            "signé si cette proposition vous convient.",
        ),
    )
    regards(f, s, lg, director[0], director[1])
    # The fee schedule, on a page of its own.
    f.new_page()
    caption(
        f,
        s,
        tr(lg, "Schedule of fees", "Honorarübersicht", "Décomposition des honoraires"),
        3,
        True,
    )
    if lg == "de":
        write(
            f,
            s,
            f"Anrechenbare Kosten (KG 300 + 400): {cash(pr.value, lg)} netto - Honorarzone "
            f"{rng.choice(['II', 'III', 'III', 'IV'])} - "
            f"{rng.choice(['Basissatz', 'Mittelsatz', 'Basissatz + 20 %'])} "
            f"nach HOAI 2021 - Umbauzuschlag {rng.choice(['0', '20', '25'])} %",
            s.size - 1,
        )
    upto = len(STAGES[lg]) - rng.choice([0, 0, 1, 2])
    rows = fee_rows(rng, lg, fee, upto)
    cols = columns(m, w - m, [(0.9, "left"), (3.6, "left"), (0.9, "right"), (1.4, "right")])
    table(
        f,
        cols,
        [
            tr(lg, "Stage", "LPH", "Élément"),
            tr(lg, "Description", "Leistungsphase", "Désignation"),
            "%",
            tr(lg, "Fee", "Honorar", "Montant HT"),
        ],
        [[c, n, f"{p_}%", money(v, lg)] for c, n, p_, v in rows],
        s,
        rules=rng.random() < 0.5,
    )
    net = sum(v for *_, v in rows)
    totals(f, s, lg, net, vat_rate(lg))
    f.heading(
        m,
        tr(
            lg,
            "Expenses and hourly rates",
            "Nebenkosten und Stundensätze",
            "Frais et taux horaires",
        ),
        s.bold,
        s.size,
    )
    write(
        f,
        s,
        tr(
            lg,
            f"Expenses are charged at cost plus {rng.choice([10, 12.5, 15])}%, or as a lump sum of "
            f"{rng.choice([2, 3, 4])}% of the fee. Additional services are charged hourly:",
            f"Nebenkosten pauschal {rng.choice([3, 4, 5])} % des Honorars. Besondere Leistungen "
            "nach Zeitaufwand:",
            f"Frais de reprographie et de déplacement : forfait de {rng.choice([2, 3, 4])} %. "
            "Prestations complémentaires au temps passé :",
        ),
        s.size - 1,
    )
    rates = [(r_, rng.choice([55, 65, 75, 85, 95, 110, 120])) for r_ in ROLES[lg][:4]]
    rates.sort(key=lambda t: -t[1])
    pairs(f.page, s, m + 20, f.y, [(a, f"{cash(b, lg)}/h") for a, b in rates], w * 0.7)
    f.y += len(rates) * (s.size - 1) * 1.45 + 10
    if rng.random() < 0.5:
        write(f, s, prose(rng, lg, "money", 1, 2), s.size - 1.5)
    pages = f.pages
    if rng.random() < 0.45:
        pages.append(
            small_print(
                rng,
                s,
                h,
                tr(
                    lg,
                    "Standard terms of appointment",
                    "Allgemeine Vertragsbedingungen",
                    "Conditions générales de la mission",
                ),
                TERMS_HEADS[lg],
            )
        )
    if rng.random() < 0.6:
        p = Page(s.page_size)
        y = heading(p, s, h)
        p.text(
            m,
            y,
            tr(lg, "FORM OF ACCEPTANCE", "AUFTRAGSERTEILUNG", "BON POUR ACCORD"),
            s.bold,
            s.size + 3,
        )
        y += 24
        y = text_block(
            p,
            s,
            m,
            y,
            w - 2 * m,
            tr(
                lg,
                f"I/We accept the fee proposal ref. {ref} dated {day(h, d)} for {pr.title}, "
                f"{pr.site}, and instruct {practice_name()} to proceed with the stages ticked "
                "below "
                "on the terms of appointment enclosed.",
                f"Hiermit beauftrage(n) ich/wir {practice_name()} auf Grundlage des Angebots {ref} "
                f"vom {day(h, d)} mit den nachfolgend angekreuzten Leistungsphasen.",
                f"Je soussigné(e) accepte la proposition d'honoraires réf. {ref} du {day(h, d)} et "
                f"confie à {practice_name()} les éléments de mission cochés ci-dessous.",
            ),
        )
        y = ticks(
            p,
            s,
            m,
            y + 6,
            w - 2 * m,
            [f"{c} {n}" for c, n, _ in STAGES[lg][:upto]],
            set(range(upto)) if rng.random() < 0.5 else set(),
            8,
        )
        y = fields(
            p,
            s,
            m,
            y + 14,
            w - 2 * m,
            [
                (tr(lg, "Name", "Name", "Nom"), ""),
                (tr(lg, "Position", "Funktion", "Qualité"), ""),
                (tr(lg, "Signature", "Unterschrift", "Signature"), ""),
                (tr(lg, "Date", "Ort, Datum", "Fait à, le"), ""),
            ],
            2,
            34,
            True,
        )
        p.text(
            m,
            y + 10,
            fit(
                tr(
                    lg,
                    "Please return one signed copy to this office.",
                    "Bitte senden Sie uns ein unterschriebenes Exemplar zurück.",
                    "Merci de nous retourner un exemplaire signé.",
                ),
                s.font,
                7.5,
                w - 2 * m,
            ),
            s.font,
            7.5,
        )
        pages.append(p)
    remember(pr, d, ref)
    return close(pages, s, h)


def tpl_appointment(rng: random.Random, who: Issuer) -> list[Page]:
    """The client's appointment of the practice: an English letter of appointment with the
    schedule of services and a countersignature block, a German Architektenvertrag with its
    paragraphs, Anlage and signature page, or a French contrat de maîtrise d'oeuvre with its
    articles, the fee breakdown and 'lu et approuvé'."""
    pr = project_for(rng, ("fee_proposal",))
    lg = pr.client_lang
    h = client_head(pr)
    s = style_of(h, A4)
    w, _hh = s.page_size
    m = s.margin
    d = last_day(rng, ("fee_proposal",), (6, 30))
    ref = (
        LAST["extra"]
        if after(("fee_proposal",)) and isinstance(LAST["extra"], str)
        else f"{pr.no}/FP01"
    )
    signer = pr.person
    fee = round(pr.value * rng.uniform(0.09, 0.14), -2)
    ph = practice_head()
    pages: list[Page]
    if lg == "en" or rng.random() < 0.3:
        f = sheets(
            s,
            h,
            f"{pr.title} - " + tr(lg, "Letter of appointment", "Beauftragung", "Lettre de mission"),
        )
        recipient(
            f, s, h, practice_lines(), d, [("Your ref", str(ref))] if rng.random() < 0.7 else []
        )
        subject(
            f,
            s,
            tr(
                lg,
                f"Appointment of Architect - {pr.title}, {pr.site}",
                f"Beauftragung Architektenleistungen - {pr.title}, {pr.site}",
                f"Mission de maîtrise d'oeuvre - {pr.title}, {pr.site}",
            ),
        )
        write(f, s, dear(lg, None if rng.random() < 0.4 else mx(STAFF[0][0], lg)))
        write(
            f,
            s,
            tr(
                lg,
                f"Further to your fee proposal ref. {ref}, we are pleased to confirm your "
                "appointment "
                f"as Architect and Lead Designer for the above project for a lump sum fee of "
                f"{cash(fee, lg)} plus VAT and expenses, on the terms set out below and in the "
                "schedule of services attached.",
                f"bezugnehmend auf Ihr Angebot {ref} beauftragen wir Sie hiermit mit den "
                "Leistungen "
                f"gemäß beigefügter Anlage zu einem Pauschalhonorar von {cash(fee, lg)} netto.",
                f"Suite à votre proposition réf. {ref}, nous vous confirmons la mission de "
                "maîtrise "
                f"d'oeuvre pour un forfait de rémunération de {cash(fee, lg)} HT.",
            ),
        )
        for k in range(rng.randint(3, 6)):
            write(f, s, f"{k + 1}.  {prose(rng, lg, 'legal', 1, 2)}", s.size - 0.5, 4)
        regards(
            f,
            s,
            lg,
            signer,
            ""
            if pr.private
            else rng.choice(
                {
                    "en": ["Director", "Head of Development", "Chair of Governors", "Owner"],
                    "de": ["Geschäftsführung", "Amtsleitung", "Vorstand", "Inhaber"],
                    "fr": ["Directeur général", "Directrice du patrimoine", "Gérant", "Le Maire"],
                }[lg]
            ),
        )
        f.new_page()
        caption(
            f,
            s,
            tr(lg, "Schedule 1 - Services", "Anlage 1 - Leistungen", "Annexe 1 - Mission"),
            2,
            True,
        )
        for code, name, _ in STAGES[home()]:
            f.need(16)
            box(f.page, m, f.y, rng.random() < 0.85)
            f.page.text(m + 14, f.y, f"{code}  {name}", s.font, s.size - 0.5)
            f.y += (s.size - 0.5) * 1.8
        f.y += 8
        write(f, s, prose(rng, lg, "design", 2, 3), s.size - 1)
        f.need(150)
        f.y += 20
        f.page.text(
            m,
            f.y,
            tr(
                lg,
                "Signed for and on behalf of the Client",
                "Für den Auftraggeber",
                "Pour le maître d'ouvrage",
            ),
            s.bold,
            s.size - 1,
        )
        f.page.text(
            w / 2 + 10,
            f.y,
            tr(
                lg, "Accepted for the Architect", "Für den Auftragnehmer", "Pour le maître d'oeuvre"
            ),
            s.bold,
            s.size - 1,
        )
        f.y += 50
        sign_line(
            f.page,
            s,
            m,
            f.y,
            w / 2 - m - 20,
            tr(lg, "Signature / date", "Unterschrift / Datum", "Signature / date"),
            signer,
        )
        sign_line(
            f.page,
            s,
            w / 2 + 10,
            f.y,
            w / 2 - m - 10,
            tr(lg, "Signature / date", "Unterschrift / Datum", "Signature / date"),
            STAFF[0][0],
            rng.random() < 0.5,
        )
        pages = f.pages
    else:
        title = tr(lg, "", "Architektenvertrag", "Contrat de maîtrise d'oeuvre")
        f = sheets(s, h, f"{title} - {pr.title}", top=rng.random() < 0.5)
        f.y += 20
        pt = shrink(title.upper(), s.bold, 16, w - 2 * m)
        f.page.text(w / 2, f.y, title.upper(), s.bold, pt, "center")
        f.y += 22
        f.page.text(
            w / 2,
            f.y,
            fit(
                tr(
                    lg,
                    "",
                    "für Leistungen bei Gebäuden und Innenräumen (§ 34 HOAI)",
                    "pour des travaux de construction neuve et de réhabilitation",
                ),
                s.font,
                s.size,
                w - 2 * m,
            ),
            s.font,
            s.size,
            "center",
        )
        f.y += 30
        for lab, lines in (
            (tr(lg, "", "zwischen", "Entre"), [*client_lines(pr)[:1], pr.client[1], pr.client[2]]),
            (
                tr(lg, "", "- Auftraggeber - und", "ci-après le maître d'ouvrage, et"),
                [ph.name, ph.street, ph.town],
            ),
        ):
            f.page.text(m, f.y, lab, s.font, s.size)
            f.y += s.size * 1.6
            for t in lines:
                f.page.text(m + 40, f.y, t, s.bold if t == lines[0] else s.font, s.size)
                f.y += s.size * 1.35
            f.y += 8
        f.page.text(
            m, f.y, tr(lg, "", "- Auftragnehmer -", "ci-après le maître d'oeuvre"), s.font, s.size
        )
        f.y += 24
        heads = {
            "de": [
                "Gegenstand des Vertrages",
                "Leistungen des Auftragnehmers",
                "Honorar",
                "Nebenkosten",
                "Zahlungen",
                "Termine",
                "Haftung und Versicherung",
                "Urheberrecht",
                "Kündigung",
                "Schlussbestimmungen",
            ],
            "fr": [
                "Objet du contrat",
                "Contenu de la mission",
                "Rémunération",
                "Frais",
                "Modalités de paiement",
                "Délais",
                "Assurances",
                "Propriété intellectuelle",
                "Résiliation",
                "Litiges",
            ],
        }[lg]
        for k, t in enumerate(heads):
            f.heading(
                m, f"§ {k + 1}  {t}" if lg == "de" else f"Article {k + 1} - {t}", s.bold, s.size
            )
            if k == 2:
                write(
                    f,
                    s,
                    tr(
                        lg,
                        "",
                        f"Das Honorar wird pauschal mit {cash(fee, lg)} zzgl. "
                        "gesetzlicher Umsatzsteuer vereinbart.",
                        f"Le forfait de rémunération est fixé à {cash(fee, lg)} HT.",
                    ),
                )
            write(f, s, prose(rng, lg, "legal", 1, 3))
        f.new_page()
        caption(
            f,
            s,
            tr(
                lg,
                "",
                "Anlage 1 - Beauftragte Leistungsphasen",
                "Annexe - Répartition des honoraires",
            ),
            2,
        )
        stages = STAGES[lg] if lg in ("de", "fr") else STAGES["de"]
        cols = columns(
            m, w - m, [(1, "left"), (4, "left"), (1, "right"), (1.4, "right"), (1, "center")]
        )
        table(
            f,
            cols,
            [
                "",
                tr(lg, "", "Leistungsphase", "Élément de mission"),
                "%",
                tr(lg, "", "Honorar", "Montant HT"),
                tr(lg, "", "beauftragt", "confié"),
            ],
            [
                [c, n, str(p_), money(fee * p_ / 100, lg), "X" if k < 7 else ""]
                for k, (c, n, p_) in enumerate(stages)
            ],
            s,
            rules=True,
        )
        f.need(170)
        f.y += 30
        f.page.text(
            m,
            f.y,
            tr(
                lg,
                "",
                f"{pr.town.split()[-1]}, den {day(h, d)}",
                f"Fait à {pr.town.split()[-1]}, le {day(h, d)}",
            ),
            s.font,
            s.size,
        )
        f.y += 24
        f.page.text(m, f.y, tr(lg, "", "Auftraggeber", "Le maître d'ouvrage"), s.bold, s.size - 1)
        f.page.text(
            w / 2 + 10, f.y, tr(lg, "", "Auftragnehmer", "Le maître d'oeuvre"), s.bold, s.size - 1
        )
        if lg == "fr":
            f.y += 12
            hand(f.page, m, f.y + 8, "Lu et approuvé", 9)
            hand(f.page, w / 2 + 10, f.y + 8, "Lu et approuvé", 9)
        f.y += 50
        sign_line(
            f.page, s, m, f.y, w / 2 - m - 20, tr(lg, "", "Unterschrift", "Signature"), signer
        )
        sign_line(
            f.page,
            s,
            w / 2 + 10,
            f.y,
            w / 2 - m - 10,
            tr(lg, "", "Unterschrift, Stempel", "Signature et cachet"),
            STAFF[0][0],
        )
        if rng.random() < 0.5:
            seal(
                f.page,
                w - m - 60,
                f.y - 30,
                28,
                practice_name()[:26],
                tr(lg, "", "Architekten", "Architectes"),
            )
        pages = f.pages
    received(rng, pages[0], d, 0.3)
    remember(pr, d)
    return close(pages, s, h)


# ---------------------------------------------------------------------------------------------
# Templates XX: planning and building control
# ---------------------------------------------------------------------------------------------

CONDITIONS = {
    "en": [
        "The development hereby permitted shall be begun before the expiration of three years "
        "from the date of this permission.",
        "The development hereby permitted shall be carried out in accordance with the approved "
        "plans listed in the schedule below.",
        "No development above damp proof course level shall take place until samples of the "
        "external facing materials have been submitted to and approved in writing by the Local "
        "Planning Authority.",
        "The first floor window in the side elevation shall be obscure glazed to Pilkington "
        "level 3 and fixed shut below 1.7 m above floor level, and retained as such.",
        "No development shall commence until a Construction Management Plan has been submitted "
        "to and approved in writing by the Local Planning Authority.",
        "The parking spaces shown on the approved plans shall be laid out before first occupation "
        "and retained for that purpose thereafter.",
        "Surface water shall be drained by sustainable means; no surface water shall discharge "
        "to the public highway.",
        "Works shall not take place on site outside 08:00-18:00 Monday to Friday and "
        "08:00-13:00 on Saturdays.",
    ],
    "de": [
        "Die Bauausführung hat nach den genehmigten Bauvorlagen zu erfolgen.",
        "Der Baubeginn ist der Bauaufsichtsbehörde mindestens eine Woche vorher schriftlich "
        "anzuzeigen.",
        "Vor Baubeginn sind die bautechnischen Nachweise über die Standsicherheit, geprüft durch "
        "einen Prüfingenieur, vorzulegen.",
        "Die Stellplätze sind bis zur Nutzungsaufnahme herzustellen und dauerhaft zu erhalten.",
        "Das Niederschlagswasser ist auf dem Grundstück zu versickern.",
        "Die Feuerwehrzufahrt ist gemäß Muster-Richtlinie über Flächen für die Feuerwehr "
        "herzustellen.",
        "Die Fertigstellung des Rohbaus und die abschließende Fertigstellung sind anzuzeigen.",
    ],
    "fr": [
        "Les travaux seront exécutés conformément aux plans annexés au présent arrêté.",
        "Les eaux pluviales seront infiltrées sur la parcelle.",
        "Les menuiseries extérieures seront de teinte gris anthracite conformément au "
        "règlement du PLU.",
        "Le pétitionnaire devra respecter les prescriptions de l'avis de l'Architecte des "
        "Bâtiments de France ci-annexé.",
        "Le projet est soumis au versement de la taxe d'aménagement et de la redevance "
        "d'archéologie préventive.",
        "Deux places de stationnement seront réalisées sur le terrain d'assiette.",
    ],
}


PLAN_SHEETS = [
    "Location plan",
    "Block plan",
    "Existing floor plans",
    "Proposed floor plans",
    "Proposed elevations",
    "Sections",
]


def tpl_planning_decision(rng: random.Random, who: Issuer) -> list[Page]:
    """The planning authority's decision on an application made by the practice as agent: an
    English decision notice (grant with conditions and reasons, the approved plans, the
    informatives, a page of notes on appeal rights), a German Baugenehmigung (Bescheid with
    Nebenbestimmungen, Gebühr and Rechtsbehelfsbelehrung) or a French arrêté de permis de
    construire (the 'Vu' recitals, the articles, the information page)."""
    pr = project_for(rng)
    lg = home()
    h = head_of(who, "council")
    s = style_of(h, A4)
    w, _hh = s.page_size
    m = s.margin
    d = some_day(rng)
    officer = person(keyed(who, "officer"), lg)
    applicant = mx(pr.person, lg) if pr.private else pr.client[0]
    f = sheets(
        s, h, tr(lg, f"Application No: {pr.planning}", f"Az. {pr.planning}", f"{pr.planning}")
    )
    conds = CONDITIONS[lg][:]
    rng.shuffle(conds)
    conds = conds[: rng.randint(3, len(conds))]
    if lg == "en":
        recipient(
            f,
            s,
            h,
            practice_lines(f"FAO {STAFF[0][0]}"),
            d,
            [("Application No", pr.planning), ("Case officer", officer)],
        )
        caption(f, s, "TOWN AND COUNTRY PLANNING ACT 1990", 1)
        caption(
            f,
            s,
            rng.choice(
                [
                    "GRANT OF PLANNING PERMISSION",
                    "NOTICE OF DECISION - APPROVAL",
                    "HOUSEHOLDER PLANNING PERMISSION",
                ]
            ),
            2,
        )
        pairs(
            f.page,
            s,
            m,
            f.y,
            [
                ("Applicant", applicant),
                ("Agent", practice_name()),
                ("Proposal", pr.title),
                ("Location", f"{pr.site}, {pr.town}"),
                ("Date valid", day(h, d - timedelta(days=rng.randint(40, 70)))),
            ],
            w - m,
        )
        f.y += 5 * (s.size - 1) * 1.45 + 10
        write(
            f,
            s,
            "In pursuance of its powers under the above Act, the Council hereby GRANTS "
            "permission for the development described above, subject to the following "
            "conditions:",
        )
        for k, c in enumerate(conds):
            write(f, s, f"{k + 1}.  {c}", s.size, 0)
            write(f, s, f"Reason: {words(rng, lg, 'design')}", s.size - 1, 16)
        f.heading(m, "Approved plans", s.bold, s.size)
        for k in range(rng.randint(3, 7)):
            write(
                f,
                s,
                f"{pr.no}-{rng.choice(['PL', 'A'])}-{100 + k * rng.randint(1, 3):03d} "
                f"rev {rng.choice('ABC')}  " + rng.choice(PLAN_SHEETS),
                s.size - 1,
                10,
            )
        f.heading(m, "Informatives", s.bold, s.size)
        for k in range(rng.randint(2, 4)):
            write(f, s, f"{k + 1}.  {prose(rng, lg, 'control', 1, 2)}", s.size - 1)
        f.need(90)
        f.y += 10
        scrawl(f.page, m, f.y + 20, person(keyed(who, "head"), lg))
        f.y += 30
        f.page.text(m, f.y, "Head of Planning Services", s.bold, s.size)
        f.y += 14
        f.page.text(m, f.y, f"Date of decision: {day(h, d)}", s.font, s.size)
        pages = f.pages
        if rng.random() < 0.75:
            pages.append(
                small_print(
                    rng,
                    s,
                    h,
                    "NOTES - YOUR RIGHTS OF APPEAL",
                    [
                        "Appeals to the Secretary of State",
                        "Time limits",
                        "Purchase notices",
                        "Compensation",
                        "Conditions",
                        "Building Regulations",
                        "Party Wall Act 1996",
                        "Community Infrastructure Levy",
                    ],
                    "control",
                )
            )
    elif lg == "de":
        recipient(
            f,
            s,
            h,
            [applicant, *pr.client[1:3], "", f"über: {practice_name()}"][:5],
            d,
            [
                ("Aktenzeichen", pr.planning),
                ("Sachbearbeitung", officer),
                ("Zimmer", str(rng.randint(101, 420))),
            ],
        )
        caption(f, s, "Baugenehmigung", 4)
        write(f, s, f"Bauvorhaben: {pr.title}", s.size, 0)
        write(
            f,
            s,
            f"Baugrundstück: {pr.site}, {pr.town} - Gemarkung {pr.town.split()[-1]}, "
            f"Flurstück {rng.randint(100, 4999)}/{rng.randint(1, 9)}",
            s.size,
        )
        write(f, s, "Sehr geehrte Damen und Herren,")
        write(
            f,
            s,
            "auf Ihren Antrag wird Ihnen nach Maßgabe der beigefügten, mit Genehmigungs"
            "vermerk versehenen Bauvorlagen die Baugenehmigung erteilt.",
        )
        f.heading(m, "I. Nebenbestimmungen", s.bold, s.size)
        for k, c in enumerate(conds):
            write(f, s, f"{k + 1}.  {c}", s.size, 0)
        f.heading(m, "II. Hinweise", s.bold, s.size)
        for k in range(rng.randint(2, 4)):
            write(f, s, f"{k + 1}.  {prose(rng, lg, 'control', 1, 2)}", s.size - 1)
        f.heading(m, "III. Gebührenfestsetzung", s.bold, s.size)
        fee = round(pr.value * rng.uniform(0.004, 0.008), 2)
        write(
            f,
            s,
            f"Für diese Entscheidung wird eine Gebühr von {cash(fee, lg)} festgesetzt. "
            f"Bitte überweisen Sie den Betrag unter Angabe des Kassenzeichens "
            f"{serial(rng, '9999.9999.9999')} innerhalb eines Monats.",
        )
        f.heading(m, "Rechtsbehelfsbelehrung", s.bold, s.size)
        write(
            f,
            s,
            "Gegen diesen Bescheid kann innerhalb eines Monats nach Bekanntgabe Klage beim "
            "Verwaltungsgericht erhoben werden. " + words(rng, lg, "legal"),
            s.size - 1,
        )
        f.need(80)
        f.y += 10
        f.page.text(m, f.y, "Mit freundlichen Grüßen", s.font, s.size)
        f.y += 16
        f.page.text(m, f.y, "Im Auftrag", s.font, s.size)
        scrawl(f.page, m, f.y + 24, officer)
        f.y += 34
        f.page.text(m, f.y, officer, s.font, s.size)
        seal(f.pages[-1], w - m - 70, f.y - 20, 30, h.name.split(" - ")[0], "Bauordnungsamt")
        pages = f.pages
    else:
        f.page.text(m, f.y, f"Dossier n° {pr.planning}", s.bold, s.size)
        f.y += 14
        pairs(
            f.page,
            s,
            m,
            f.y,
            [
                ("Déposé le", short(d - timedelta(days=rng.randint(60, 100)), lg)),
                ("Par", applicant),
                ("Demeurant", f"{pr.client[1]}, {pr.client[2]}"),
                ("Représenté par", practice_name()),
                ("Pour", pr.title),
                ("Sur un terrain sis", f"{pr.site}, {pr.town}"),
            ],
            w * 0.75,
        )
        f.y += 6 * (s.size - 1) * 1.45 + 12
        caption(f, s, "ARRÊTÉ ACCORDANT UN PERMIS DE CONSTRUIRE", 3)
        write(f, s, "au nom de la commune", s.size, 0)
        write(f, s, "Le Maire,")
        for t in [
            "Vu la demande de permis de construire susvisée ;",
            "Vu le code de l'urbanisme, notamment ses articles L.421-1 et suivants ;",
            "Vu le Plan Local d'Urbanisme approuvé ;",
            f"Vu l'avis {rng.choice(['favorable', 'favorable avec prescriptions'])} "
            + rng.choice(
                ["de l'Architecte des Bâtiments de France", "du gestionnaire de voirie", "du SDIS"]
            )
            + " ;",
        ]:
            write(f, s, t, s.size - 0.5)
        caption(f, s, "ARRÊTE", 1)
        write(
            f,
            s,
            "Article 1 : Le permis de construire est ACCORDÉ pour le projet décrit dans "
            "la demande susvisée, sous réserve du respect des prescriptions mentionnées à "
            "l'article 2.",
        )
        write(f, s, "Article 2 :", s.size)
        for c in conds:
            write(f, s, f"-  {c}", s.size - 0.5, 12)
        f.need(100)
        f.y += 10
        f.page.text(
            w / 2,
            f.y,
            f"Fait à {h.town.split()[1] if len(h.town.split()) > 1 else h.town}, le {day(h, d)}",
            s.font,
            s.size,
        )
        f.y += 14
        f.page.text(w / 2, f.y, "Pour le Maire et par délégation,", s.font, s.size)
        scrawl(f.page, w / 2, f.y + 28, officer)
        seal(f.page, w / 2 - 70, f.y + 20, 30, h.name.split(" - ")[0], "Urbanisme")
        f.y += 40
        f.page.text(w / 2, f.y, officer, s.font, s.size)
        pages = f.pages
        if rng.random() < 0.8:
            pages.append(
                small_print(
                    rng,
                    s,
                    h,
                    "INFORMATIONS À LIRE ATTENTIVEMENT",
                    [
                        "Durée de validité",
                        "Affichage",
                        "Délais et voies de recours",
                        "Droits des tiers",
                        "Assurance dommages-ouvrages",
                        "Déclaration d'ouverture de chantier",
                        "Achèvement",
                    ],
                    "legal",
                )
            )
    received(rng, pages[0], d, 0.4)
    remember(pr, d)
    return close(pages, s, h)


PARTS_EN = [
    "A Structure",
    "B Fire safety",
    "C Site preparation",
    "E Sound",
    "F Ventilation",
    "H Drainage",
    "K Protection from falling",
    "L Conservation of fuel and power",
    "M Access",
    "O Overheating",
    "Q Security",
    "S Infrastructure for charging",
]


def tpl_plan_check(rng: random.Random, who: Issuer) -> list[Page]:
    """Building control's plan check on the practice's drawings: a covering letter with the
    overall result and a schedule of comments (item, regulation, comment, information
    required), now and then on landscape pages; German Prüfberichte and French rapports
    initiaux de contrôle technique have their own avis codes."""
    pr = project_for(rng)
    lg = home()
    h = head_of(who, "control")
    s = style_of(h, A4)
    d = some_day(rng)
    checker = person(keyed(who, "checker"), lg)
    no = rng.randint(1, 3)
    f = sheets(
        s,
        h,
        tr(
            lg,
            f"Plan check report - {pr.ref}",
            f"Prüfbericht Nr. {no} - {pr.ref}",
            f"RICT - {pr.ref}",
        ),
    )
    recipient(
        f,
        s,
        h,
        practice_lines(
            tr(lg, f"FAO {STAFF[0][0]}", f"z. Hd. {STAFF[0][0]}", f"À l'attention de {STAFF[0][0]}")
        ),
        d,
        [(tr(lg, "Our ref", "Prüf-Nr.", "Affaire n°"), pr.ref)],
    )
    subject(
        f,
        s,
        tr(
            lg,
            f"Building Regulations 2010 - {pr.title}, {pr.site} - Plan check",
            f"Prüfbericht Nr. {no} über die Prüfung der Standsicherheitsnachweise - {pr.title}",
            f"Rapport initial de contrôle technique - {pr.title}",
        ),
    )
    write(f, s, dear(lg, mx(STAFF[0][0], lg)))
    write(
        f,
        s,
        tr(
            lg,
            "We have now checked the drawings and specification submitted and set out our "
            "comments in the attached schedule. Approval can be given once the matters "
            "listed have been resolved.",
            "die uns übersandten Unterlagen wurden geprüft. Die Prüfbemerkungen sind in der "
            "nachfolgenden Aufstellung zusammengefasst; wir bitten um Ergänzung der "
            "Unterlagen.",
            "Nous avons examiné les documents transmis. Nos avis sont consignés dans le "
            "tableau ci-après ; les avis suspendus appellent des compléments.",
        ),
    )
    write(f, s, prose(rng, lg, "control", 1, 2))
    regards(
        f,
        s,
        lg,
        checker,
        tr(lg, "Building Control Surveyor", "Prüfingenieur", "Ingénieur contrôleur"),
    )
    received(rng, f.pages[0], d, 0.35)
    pages = f.pages
    land = rng.random() < 0.45
    s2 = style_of(h, landscape(A4) if land else A4, margin=40 if land else 0)
    w2, _ = s2.page_size
    g = sheets(
        s2,
        h,
        tr(
            lg,
            f"Schedule of comments - {pr.title} - {pr.ref}",
            f"Prüfbemerkungen - {pr.ref}",
            f"Tableau des avis - {pr.ref}",
        ),
        top=False,
    )
    caption(
        g,
        s2,
        tr(lg, "SCHEDULE OF PLAN CHECK COMMENTS", "PRÜFBEMERKUNGEN", "TABLEAU DES AVIS"),
        2,
        True,
    )
    codes = {
        "en": ["Info", "Amend", "Note", "Resolved"],
        "de": ["E", "Ä", "H", "erl."],
        "fr": ["F", "S", "D", "F"],
    }[lg]
    rows = []
    for k in range(rng.randint(8, 26)):
        reg = {
            "en": rng.choice(PARTS_EN),
            "de": f"Pos. {rng.randint(1, 120)}",
            "fr": rng.choice(["LE", "SEI", "HAND", "PS", "TH", "PHh"]),
        }[lg]
        rows.append(
            [
                str(k + 1),
                reg,
                phrase(rng, lg, "control", rng.randint(8, 18 if land else 12)),
                rng.choice(codes),
            ]
        )
    cols = columns(
        s2.margin,
        w2 - s2.margin,
        [(0.4, "left"), (1.5, "left"), (6 if land else 4.5, "left"), (0.8, "center")],
    )
    table(
        g,
        cols,
        [
            tr(lg, "No", "Nr.", "N°"),
            tr(lg, "Regulation", "Bezug", "Réf."),
            tr(lg, "Comment", "Bemerkung", "Observation"),
            tr(lg, "Action", "Art", "Avis"),
        ],
        rows,
        s2,
        rules=True,
        shade=0.88 if rng.random() < 0.5 else None,
    )
    if lg == "fr":
        write(g, s2, "F : favorable - S : suspendu - D : défavorable", s2.size - 1.5)
    pages += g.pages
    remember(pr, d)
    return close(pages, s, h)


# ---------------------------------------------------------------------------------------------
# Templates XX: consultants' and suppliers' invoices
# ---------------------------------------------------------------------------------------------


def invoice_top(
    rng: random.Random,
    f: Sheets,
    s: Style,
    h: Head,
    d: date,
    no: str,
    extra: list[tuple[str, str]],
    title: str = "",
) -> None:
    lg = h.lang
    recipient(
        f,
        s,
        h,
        practice_lines(
            tr(lg, "Accounts", "Buchhaltung", "Comptabilité") if rng.random() < 0.4 else ""
        ),
        d,
        [(tr(lg, "Invoice no.", "Rechnungs-Nr.", "Facture n°"), no), *extra],
    )
    caption(f, s, title or tr(lg, "INVOICE", "RECHNUNG", "FACTURE"), 4)


def pay_note(f: Sheets, s: Style, h: Head, r: random.Random, days: int) -> None:
    lg = h.lang
    write(
        f,
        s,
        tr(
            lg,
            f"Payment within {days} days of the invoice date to:",
            f"Zahlbar innerhalb von {days} Tagen ohne Abzug auf das Konto:",
            f"Règlement à {days} jours par virement :",
        ),
        s.size - 1,
    )
    write(f, s, f"{h.name} - {iban(r, lg)}", s.size - 1, 10)


def tpl_engineer_invoice(rng: random.Random, who: Issuer) -> list[Page]:
    """The structural engineer's fee invoice to the practice: the fee stage claimed on its
    project, percentage of the agreed fee, previous invoices deducted; now and then a schedule
    of time charges on a second page."""
    pr = project_for(rng)
    h = head_of(who, "engineer")
    lg = h.lang
    s = style_of(h, A4)
    w, hh = s.page_size
    m = s.margin
    d = some_day(rng)
    r = keyed(who, "inv")
    no = serial(rng, r.choice(["99999", f"INV-{d.year}-0999", "R 9999", f"F{d.year % 100}-0999"]))
    job = f"{r.choice(['', 'J', 'P'])}{rng.randint(1000, 9999)}"
    f = sheets(s, h, f"{h.name} - {tr(lg, 'Invoice', 'Rechnung', 'Facture')} {no}")
    invoice_top(
        rng,
        f,
        s,
        h,
        d,
        no,
        [
            (tr(lg, "Our job", "Projekt", "Affaire"), job),
            (tr(lg, "Your ref", "Ihr Zeichen", "Votre réf."), pr.no),
        ],
        tr(
            lg,
            "INVOICE",
            rng.choice(["RECHNUNG", f"{rng.randint(1, 5)}. ABSCHLAGSRECHNUNG"]),
            "NOTE D'HONORAIRES",
        ),
    )
    write(
        f,
        s,
        f"{tr(lg, 'Project', 'Bauvorhaben', 'Opération')}: {pr.title}, {pr.site}, {pr.town}",
        s.size,
        0,
    )
    fee = round(pr.value * rng.uniform(0.012, 0.03), -1)
    stages = {
        "en": [
            "Stage 2 - scheme design and structural strategy",
            "Stage 3 - coordinated design",
            "Stage 4 - technical design, calculations and drawings",
            "Stage 5 - site inspections",
        ],
        "de": [
            "LPH 2 Vorplanung",
            "LPH 3 Entwurfsplanung",
            "LPH 4 Genehmigungsplanung (Statik)",
            "LPH 5 Ausführungsplanung (Bewehrungspläne)",
        ],
        "fr": [
            "Phase APS - conception structure",
            "Phase APD",
            "Phase PRO - notes de calcul",
            "Phase EXE - plans d'exécution",
        ],
    }[lg]
    k = rng.randint(1, len(stages))
    rows = []
    net = 0.0
    for st in stages[:k]:
        pc = rng.choice([25, 50, 75, 100, 100])
        v = round(fee / len(stages) * pc / 100, 2)
        rows.append([st, f"{pc}%", money(v, lg)])
        net += v
    prev = round(net * rng.uniform(0.3, 0.8), 2) if k > 1 else 0.0
    extra = rng.random() < 0.35
    if extra:
        hrs = rng.randint(3, 18)
        v = hrs * rng.choice([75, 85, 95])
        rows.append(
            [
                tr(
                    lg,
                    f"Additional services - time charges ({hrs} h, see schedule)",
                    f"Besondere Leistungen nach Aufwand ({hrs} Std., s. Anlage)",
                    f"Prestations complémentaires ({hrs} h, voir détail)",
                ),
                "",
                money(v, lg),
            ]
        )
        net += v
    if prev:
        rows.append(
            [
                tr(
                    lg,
                    "Less previously invoiced",
                    "abzüglich bisher in Rechnung gestellt",
                    "À déduire : facturé précédemment",
                ),
                "",
                f"-{money(prev, lg)}",
            ]
        )
        net -= prev
    cols = columns(m, w - m, [(5, "left"), (1, "right"), (1.4, "right")])
    table(
        f,
        cols,
        [
            tr(lg, "Description", "Leistung", "Désignation"),
            tr(lg, "Complete", "Stand", "Avancement"),
            tr(lg, "Amount", "Betrag", "Montant HT"),
        ],
        rows,
        s,
        rules=rng.random() < 0.5,
    )
    totals(f, s, lg, round(net, 2), vat_rate(lg))
    pay_note(f, s, h, r, rng.choice([14, 30, 30]))
    received(rng, f.pages[0], d, 0.4)
    if rng.random() < 0.35:
        hand(
            f.pages[0],
            w - m - 150,
            hh - m - 50,
            tr(
                home(),
                f"Job {pr.no} - ok to pay",
                f"sachl. richtig {pr.no}",
                f"Bon à payer {pr.no}",
            ),
            10,
        )
    pages = f.pages
    if extra:
        s2 = style_of(h, A4, pt=8.5)
        g = sheets(
            s2,
            h,
            f"{tr(lg, 'Time charges', 'Stundennachweis', 'Détail des temps')} - {no}",
            top=False,
        )
        caption(
            g,
            s2,
            tr(lg, "Schedule of time charges", "Stundennachweis", "Relevé des temps passés"),
            2,
            True,
        )
        g.page.text(
            m, g.y, f"{pr.title} - {tr(lg, 'Job', 'Projekt', 'Affaire')} {job}", s2.font, 8.5
        )
        g.y += 16
        init = ["".join(t[0] for t in person(rng, lg).split()) for _ in range(3)]
        trows = []
        for _ in range(rng.randint(4, 12)):
            dd = d - timedelta(days=rng.randint(3, 50))
            trows.append(
                [
                    short(dd, lg),
                    rng.choice(init),
                    phrase(rng, lg, "control", rng.randint(4, 9)),
                    f"{rng.choice([0.5, 1, 1.5, 2, 3, 4])}",
                ]
            )
        trows.sort()
        table(
            g,
            columns(m, w - m, [(1.2, "left"), (0.6, "left"), (5, "left"), (0.8, "right")]),
            [
                tr(lg, "Date", "Datum", "Date"),
                tr(lg, "By", "MA", "Par"),
                tr(lg, "Activity", "Tätigkeit", "Tâche"),
                tr(lg, "Hours", "Std.", "Heures"),
            ],
            trows,
            s2,
        )
        pages += g.pages
    remember(pr, d)
    return close(pages, s, h)


def tpl_surveyor_invoice(rng: random.Random, who: Issuer) -> list[Page]:
    """A surveyor's invoice: an English measured building and topographical survey, a German
    Vermessungsbüro's Kostenrechnung (Lageplan zum Bauantrag, Grobabsteckung, Einmessung) or
    a French géomètre-expert's note d'honoraires (plan topographique, bornage); sometimes with
    the list of survey deliverables."""
    pr = project_for(rng)
    h = head_of(who, "surveyor")
    lg = h.lang
    s = style_of(h, A4)
    w, _hh = s.page_size
    m = s.margin
    d = some_day(rng)
    r = keyed(who, "inv")
    no = serial(rng, r.choice(["S9999", f"{d.year}/0999", "KR 99-999", "NH 9999"]))
    f = sheets(s, h, f"{h.name} - {no}")
    invoice_top(
        rng,
        f,
        s,
        h,
        d,
        no,
        [(tr(lg, "Survey ref", "Auftrag", "Dossier"), serial(rng, "99-999"))],
        tr(lg, "INVOICE", "KOSTENRECHNUNG", "NOTE D'HONORAIRES"),
    )
    write(f, s, f"{tr(lg, 'Site', 'Objekt', 'Lieu')}: {pr.site}, {pr.town}", s.size, 0)
    items = {
        "en": [
            ("Measured building survey - floor plans", 850),
            ("Elevations (4 no.)", 640),
            ("Sections (2 no.)", 320),
            ("Topographical survey incl. levels and trees", 780),
            ("Drainage survey - CCTV and manhole schedule", 560),
            ("Setting out - 2 visits", 420),
        ],
        "de": [
            ("Amtlicher Lageplan zum Bauantrag", 1180),
            ("Höhenaufnahme Baugrundstück", 640),
            ("Grobabsteckung Gebäude", 390),
            ("Feinabsteckung / Schnurgerüst", 520),
            ("Gebäudeeinmessung nach Fertigstellung", 860),
            ("Auslagen, Katasterauszüge", 45),
        ],
        "fr": [
            ("Plan topographique de la parcelle", 1250),
            ("Relevé intérieur et façades", 980),
            ("Bornage contradictoire - procès-verbal", 1450),
            ("Implantation du bâtiment", 620),
            ("Division parcellaire - document d'arpentage", 890),
            ("Frais de déplacement", 60),
        ],
    }[lg]
    pick = rng.sample(items, rng.randint(1, 4))
    amounts = [round(v * rng.uniform(0.8, 1.4), 2) for _, v in pick]
    rows = [[t, money(v, lg)] for (t, _), v in zip(pick, amounts, strict=True)]
    net = sum(amounts)
    table(
        f,
        columns(m, w - m, [(5, "left"), (1.4, "right")]),
        [
            tr(lg, "Description", "Leistung", "Désignation"),
            tr(lg, "Amount", "Betrag", "Montant HT"),
        ],
        rows,
        s,
        rules=True,
    )
    totals(f, s, lg, round(net, 2), vat_rate(lg))
    if lg == "de" and rng.random() < 0.6:
        write(
            f,
            s,
            "Die Gebühren wurden nach der Vermessungsgebührenordnung berechnet. "
            "Gegen diese Kostenrechnung kann innerhalb eines Monats Widerspruch erhoben werden.",
            s.size - 1.5,
        )
    pay_note(f, s, h, r, 30)
    received(rng, f.pages[0], d, 0.35)
    pages = f.pages
    if rng.random() < 0.4:
        g = sheets(s, h, f"{h.name} - {tr(lg, 'Deliverables', 'Lieferumfang', 'Livrables')} {no}")
        caption(
            g,
            s,
            tr(lg, "Schedule of survey deliverables", "Lieferumfang", "Liste des documents remis"),
            2,
        )
        drows = []
        for k in range(rng.randint(4, 10)):
            drows.append(
                [
                    f"{serial(rng, '9999')}-{k + 1:02d}",
                    rng.choice(
                        {
                            "en": [
                                "Ground floor plan",
                                "First floor plan",
                                "Roof plan",
                                "Elevation north",
                                "Elevation south",
                                "Section A-A",
                                "Topographical survey",
                                "Drainage layout",
                            ],
                            "de": [
                                "Lageplan M 1:500",
                                "Höhenplan",
                                "Absteckprotokoll",
                                "Koordinatenliste",
                                "Katasterauszug",
                                "Einmessungsriss",
                            ],
                            "fr": [
                                "Plan topographique 1/200",
                                "Plan des niveaux",
                                "Façade nord",
                                "Façade sud",
                                "Coupe AA",
                                "PV de bornage",
                                "Tableau des coordonnées",
                            ],
                        }[lg]
                    ),
                    rng.choice(["1:50", "1:100", "1:200", "1:500", "-"]),
                    rng.choice(["DWG + PDF", "PDF", "DWG", "paper"]),
                ]
            )
        table(
            g,
            columns(m, w - m, [(1.3, "left"), (3.5, "left"), (0.8, "center"), (1.2, "left")]),
            [
                tr(lg, "Ref", "Nr.", "Réf."),
                tr(lg, "Title", "Bezeichnung", "Intitulé"),
                tr(lg, "Scale", "Maßstab", "Échelle"),
                "Format",
            ],
            drows,
            s,
            rules=True,
        )
        pages += g.pages
    remember(pr, d)
    return close(pages, s, h)


PRINT_JOBS = {
    "en": [
        "A1 plots mono",
        "A0 plots colour",
        "A3 colour copies",
        "A1 copies from file",
        "Binding - wire bound",
        "Large format scan",
        "Foam board mounting A1",
        "Courier to site",
    ],
    "de": [
        "Plot A1 s/w",
        "Plot A0 Farbe",
        "Kopien A3 Farbe",
        "Plankopien A1",
        "Bindung Spirale",
        "Scan Großformat",
        "Kaschierung A1",
        "Kurier Baustelle",
    ],
    "fr": [
        "Tirage A1 N&B",
        "Tirage A0 couleur",
        "Copies A3 couleur",
        "Tirage de plans A1",
        "Reliure spirale",
        "Numérisation grand format",
        "Contrecollage A1",
        "Coursier chantier",
    ],
}


def tpl_print_invoice(rng: random.Random, who: Issuer) -> list[Page]:
    """The reprographics firm's monthly invoice: one row per job docket (date, docket number,
    the practice's job reference, what was printed, quantity, amount); now and then the signed
    delivery docket of one job stapled behind it on a narrow slip."""
    h = head_of(who, "printer")
    lg = h.lang
    s = style_of(h, A4, pt=min(9, 10))
    w, _hh = s.page_size
    m = s.margin
    # A run is the invoices of the months before, filed together.
    ex = LAST["extra"]
    back = ex + 1 if after(("print_invoice",)) and isinstance(ex, int) else 0
    first = date(
        month().year - (month().month - 1 - back < 0), (month().month - 1 - back) % 12 + 1, 1
    )
    d = first + timedelta(days=rng.randint(28, 33))
    r = keyed(who, "acct")
    acct = serial(r, "AAA999")
    no = serial(rng, "999999")
    f = sheets(s, h, f"{h.name} - {tr(lg, 'Invoice', 'Rechnung', 'Facture')} {no} - {acct}")
    invoice_top(
        rng,
        f,
        s,
        h,
        d,
        no,
        [
            (tr(lg, "Account", "Kunden-Nr.", "Compte"), acct),
            (
                tr(lg, "Period", "Zeitraum", "Période"),
                f"{short(first, lg)} - {short(first + timedelta(days=27), lg)}",
            ),
        ],
    )
    rows = []
    net = 0.0
    dockets = []
    for _ in range(rng.randint(3, 22)):
        dd = first + timedelta(days=rng.randint(0, 27))
        job = rng.choice(PROJECTS).no
        t = rng.choice(PRINT_JOBS[lg])
        q = rng.randint(1, 40)
        unit = rng.choice([0.9, 1.6, 2.4, 3.8, 6.5, 12.0])
        v = round(q * unit, 2)
        net += v
        dk = serial(rng, "D99999")
        dockets.append((dd, dk, job, t, q))
        rows.append([short(dd, lg), dk, job, t, str(q), money(v, lg)])
    rows.sort()
    table(
        f,
        columns(
            m,
            w - m,
            [(1.1, "left"), (1, "left"), (0.8, "left"), (3, "left"), (0.6, "right"), (1, "right")],
        ),
        [
            tr(lg, "Date", "Datum", "Date"),
            tr(lg, "Docket", "Auftrag", "Bon"),
            tr(lg, "Job", "Projekt", "Affaire"),
            tr(lg, "Description", "Leistung", "Désignation"),
            tr(lg, "Qty", "Menge", "Qté"),
            tr(lg, "Amount", "Betrag", "Montant"),
        ],
        rows,
        s,
        size=s.size - 1.5,
        step=1.5,
    )
    totals(f, s, lg, round(net, 2), vat_rate(lg))
    pay_note(f, s, h, r, 30)
    pages = close(f.pages, s, h)
    if rng.random() < 0.35:
        dd, dk, job, t, q = rng.choice(dockets)
        s2 = style_of(h, DOCKET, margin=16, pt=8)
        p = Page(DOCKET)
        y = heading(p, s2, h)
        p.text(
            16,
            y,
            f"{tr(lg, 'DELIVERY DOCKET', 'LIEFERSCHEIN', 'BON DE LIVRAISON')}  {dk}",
            s2.bold,
            9,
        )
        y += 16
        y = pairs(
            p,
            s2,
            16,
            y,
            [
                (tr(lg, "Date", "Datum", "Date"), short(dd, lg)),
                (tr(lg, "Customer", "Kunde", "Client"), practice_name()),
                (tr(lg, "Job", "Projekt", "Affaire"), job),
            ],
            DOCKET[0] - 16,
            7.5,
        )
        y += 8
        p.line(16, y, DOCKET[0] - 16, y)
        y += 14
        for line in wrap(f"{q} x {t}", s2.font, 8, DOCKET[0] - 32):
            p.text(16, y, line, s2.font, 8)
            y += 11
        y += 30
        p.text(
            16,
            y,
            tr(lg, "Received in good condition:", "Ware erhalten:", "Reçu en bon état :"),
            s2.font,
            7,
        )
        scrawl(p, 20, y + 26, person(rng, home()), 11)
        p.line(16, y + 30, DOCKET[0] - 16, y + 30)
        pages.append(p)
    remember(None, d, back)
    return pages


PRODUCTS = {
    "en": [
        "BIM Architecture Suite - named user",
        "2D Drafting LT - named user",
        "Rendering Studio - subscription",
        "Cloud collaboration - project pack",
        "PDF Markup Pro - annual",
        "Structural viewer - floating",
    ],
    "de": [
        "BIM Architektur Suite - Einzelplatz",
        "2D-CAD LT - Einzelplatz",
        "Visualisierung Studio - Abo",
        "Cloud-Projektraum - Paket",
        "AVA Ausschreibung - Modul",
        "PDF-Markup Pro - Jahreslizenz",
    ],
    "fr": [
        "Suite BIM Architecture - utilisateur nommé",
        "DAO 2D LT - utilisateur nommé",
        "Studio de rendu - abonnement",
        "Plateforme collaborative - pack projet",
        "Métrés et DPGF - module",
        "Annotation PDF Pro - annuel",
    ],
}


def tpl_software_renewal(rng: random.Random, who: Issuer) -> list[Page]:
    """The CAD reseller's subscription renewal invoice: seats, term and price per line, the
    reverse charge note when it comes from abroad, and an entitlement schedule page with the
    contract and serial numbers, sometimes landscape."""
    h = head_of(who, "software")
    lg = h.lang
    s = style_of(h, LETTER if lg == "en" and rng.random() < 0.2 else A4)
    w, _hh = s.page_size
    m = s.margin
    d = some_day(rng)
    r = keyed(who, "contract")
    contract = serial(r, "1109999999")
    no = serial(rng, "SI-9999999")
    f = sheets(s, h, f"{h.name} - {no}")
    invoice_top(
        rng,
        f,
        s,
        h,
        d,
        no,
        [
            (tr(lg, "Contract", "Vertrag", "Contrat"), contract),
            (tr(lg, "Customer no.", "Kunden-Nr.", "N° client"), serial(r, "C99999")),
        ],
        tr(
            lg,
            "SUBSCRIPTION RENEWAL INVOICE",
            "RECHNUNG - VERLÄNGERUNG",
            "FACTURE DE RENOUVELLEMENT",
        ),
    )
    start = month().replace(day=1)
    end = start.replace(year=start.year + 1) - timedelta(days=1)
    write(
        f,
        s,
        f"{tr(lg, 'Term', 'Laufzeit', 'Période')}: {short(start, lg)} - {short(end, lg)}",
        s.size - 0.5,
    )
    prods = r.sample(PRODUCTS[lg], rng.randint(1, 4))
    rows = []
    net = 0.0
    seats = []
    for pdt in prods:
        q = rng.choice([1, 1, 2, 3, 5, 6, 8])
        unit = rng.choice([290, 480, 1150, 2390, 2790, 640])
        net += q * unit
        rows.append([pdt, str(q), money(unit, lg), money(q * unit, lg)])
        seats.append((pdt, q))
    table(
        f,
        columns(m, w - m, [(4, "left"), (0.6, "right"), (1.2, "right"), (1.3, "right")]),
        [
            tr(lg, "Product", "Produkt", "Produit"),
            tr(lg, "Qty", "Anz.", "Qté"),
            tr(lg, "Unit price", "Einzelpreis", "P.U. HT"),
            tr(lg, "Amount", "Betrag", "Montant HT"),
        ],
        rows,
        s,
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
            "Reverse charge: customer to account for VAT.",
            "Steuerschuldnerschaft des Leistungsempfängers.",
            "Autoliquidation - TVA due par le preneur.",
        )
        if cross
        else "",
    )
    write(f, s, prose(rng, lg, "money", 1, 1), s.size - 1.5)
    pages = f.pages
    if rng.random() < 0.65:
        land = rng.random() < 0.4
        s2 = style_of(h, landscape(A4) if land else A4, margin=40 if land else 0, pt=8.5)
        w2, _ = s2.page_size
        g = sheets(
            s2,
            h,
            f"{tr(lg, 'Entitlements', 'Berechtigungen', 'Droits d utilisation')} - {contract}",
            top=rng.random() < 0.5,
        )
        caption(
            g,
            s2,
            tr(
                lg,
                "Subscription entitlement summary",
                "Übersicht der Abonnements",
                "Récapitulatif des abonnements",
            ),
            2,
            True,
        )
        erows = []
        for pdt, q in seats:
            for k in range(q):
                erows.append(
                    [
                        pdt,
                        serial(rng, "999-99999999"),
                        short(start, lg),
                        short(end, lg),
                        f"{STAFF[k % len(STAFF)][0].split()[0].lower()}@{practice_domain()}"
                        if rng.random() < 0.7
                        else "-",
                    ]
                )
        table(
            g,
            columns(
                s2.margin,
                w2 - s2.margin,
                [(3.5, "left"), (1.6, "left"), (1, "left"), (1, "left"), (2, "left")],
            ),
            [
                tr(lg, "Product", "Produkt", "Produit"),
                tr(lg, "Serial", "Seriennummer", "N° de série"),
                tr(lg, "Start", "Beginn", "Début"),
                tr(lg, "End", "Ende", "Fin"),
                tr(lg, "Assigned user", "Benutzer", "Utilisateur"),
            ],
            erows,
            s2,
            rules=True,
        )
        pages += g.pages
    received(rng, pages[0], d, 0.25)
    remember(None, d)
    return close(pages, s, h)


def tpl_energy_bill(rng: random.Random, who: Issuer) -> list[Page]:
    """The office's business electricity bill: a summary page with the amount due and the
    direct debit date, then the charges page with meter readings, unit rates, standing
    charge and levies (Climate Change Levy, Stromsteuer and Netzentgelte, accise and TURPE)."""
    h = head_of(who, "energy")
    lg = h.lang
    s = style_of(h, A4)
    w, _hh = s.page_size
    m = s.margin
    d = some_day(rng)
    r = keyed(who, "supply")
    k_run = rng.randint(0, 2)
    supply = serial(
        r,
        {
            "en": "S 99 999 999 9999 9999 999",
            "de": "DE0009999999999999999999999999999",
            "fr": "PDL 99999999999999",
        }[lg],
    )
    acct = serial(r, "999999999")
    no = serial(rng, "9999999999")
    f = sheets(s, h, f"{h.name} - {tr(lg, 'Account', 'Vertragskonto', 'Compte')} {acct}")
    ph = practice_head()
    recipient(
        f,
        s,
        h,
        [ph.name, ph.street, ph.town],
        d,
        [
            (tr(lg, "Account number", "Vertragskonto", "N° de compte"), acct),
            (tr(lg, "Bill number", "Rechnungsnummer", "N° de facture"), no),
        ],
    )
    caption(
        f,
        s,
        tr(lg, "Your electricity bill", "Ihre Stromrechnung", "Votre facture d'électricité"),
        4,
    )
    p0 = month() - timedelta(days=30 * (k_run + 1))
    p1 = p0 + timedelta(days=rng.choice([29, 30, 31, 90]))
    kwh = rng.randint(700, 4200) * (3 if (p1 - p0).days > 60 else 1)
    rate = {"en": 0.27, "de": 0.31, "fr": 0.21}[lg] + rng.uniform(-0.03, 0.04)
    stand = {"en": 0.62, "de": 0.45, "fr": 0.38}[lg] * (p1 - p0).days
    levy = kwh * {"en": 0.00775, "de": 0.0205, "fr": 0.0225}[lg]
    net = kwh * rate + stand + levy
    net = round(net, 2)
    tot = net + round(net * vat_rate(lg) / 100, 2)
    f.page.rect(m, f.y - 12, w - 2 * m, 60, fill=0.9)
    f.page.text(
        m + 10,
        f.y + 6,
        tr(lg, "Amount due", "Rechnungsbetrag", "Montant à payer"),
        s.bold,
        s.size + 2,
    )
    f.page.text(w - m - 10, f.y + 8, cash(tot, lg), s.bold, s.size + 8, "right")
    f.page.text(
        m + 10,
        f.y + 26,
        fit(
            tr(
                lg,
                f"Collected by Direct Debit on or after {day(h, d + timedelta(days=14))}",
                f"Wird am {day(h, d + timedelta(days=14))} per SEPA-Lastschrift eingezogen",
                f"Prélevé le {day(h, d + timedelta(days=14))}",
            ),
            s.font,
            s.size - 1,
            w - 2 * m - 20,
        ),
        s.font,
        s.size - 1,
    )
    f.y += 66
    f.y = pairs(
        f.page,
        s,
        m,
        f.y,
        [
            (
                tr(lg, "Billing period", "Abrechnungszeitraum", "Période de consommation"),
                f"{short(p0, lg)} - {short(p1, lg)}",
            ),
            (
                tr(lg, "Supply address", "Lieferstelle", "Adresse du site"),
                f"{ph.street}, {ph.town}",
            ),
            (tr(lg, "Supply number", "Zählpunkt", "Point de livraison"), supply),
            (
                tr(lg, "Tariff", "Tarif", "Offre"),
                rng.choice(["Business Fixed 24", "Gewerbe Strom Fix", "Pro Sérénité"]),
            ),
            (
                tr(lg, "Electricity used", "Verbrauch", "Consommation"),
                f"{kwh:,} kWh".replace(",", "." if lg == "de" else " " if lg == "fr" else ","),
            ),
        ],
        w - m,
    )
    f.y += 10
    write(f, s, prose(rng, lg, "money", 1, 2), s.size - 1)
    # A consumption bar chart over the last months.
    f.need(120)
    f.page.text(
        m,
        f.y,
        tr(
            lg,
            "Your usage over the last 12 months",
            "Ihr Verbrauch der letzten 12 Monate",
            "Votre consommation sur 12 mois",
        ),
        s.bold,
        s.size - 1,
    )
    f.y += 90
    for k in range(12):
        bh = rng.uniform(15, 70)
        f.page.rect(m + k * 22, f.y - bh, 14, bh, fill=0.55 if k < 11 else 0.2)
    f.page.line(m, f.y, m + 12 * 22, f.y)
    f.y += 20
    pages = f.pages
    g = sheets(
        s,
        h,
        f"{tr(lg, 'Bill', 'Rechnung', 'Facture')} {no} - {tr(lg, 'page 2', 'Seite 2', 'page 2')}",
        top=False,
    )
    caption(
        g,
        s,
        tr(lg, "Your charges in detail", "Ihre Rechnung im Detail", "Détail de votre facture"),
        2,
        True,
    )
    r0 = rng.randint(10000, 90000)
    table(
        g,
        columns(
            m, w - m, [(1.4, "left"), (1.2, "left"), (1.2, "right"), (1.2, "right"), (1, "right")]
        ),
        [
            tr(lg, "Meter", "Zähler", "Compteur"),
            tr(lg, "Read", "Ablesung", "Relevé"),
            tr(lg, "Previous", "Alt", "Ancien"),
            tr(lg, "Present", "Neu", "Nouveau"),
            "kWh",
        ],
        [
            [
                serial(r, "A99Z99999"),
                rng.choice(
                    [
                        tr(lg, "Actual", "abgelesen", "réel"),
                        tr(lg, "Estimated", "geschätzt", "estimé"),
                    ]
                ),
                str(r0),
                str(r0 + kwh),
                str(kwh),
            ]
        ],
        s,
    )
    g.y += 10
    crows = [
        [
            tr(lg, "Unit charge", "Arbeitspreis", "Consommation"),
            f"{kwh} kWh x {rate:.4f}",
            money(kwh * rate, lg),
        ],
        [
            tr(lg, "Standing charge", "Grundpreis", "Abonnement"),
            f"{(p1 - p0).days} d",
            money(stand, lg),
        ],
        [
            tr(lg, "Climate Change Levy", "Stromsteuer", "Accise sur l'électricité"),
            f"{kwh} kWh",
            money(levy, lg),
        ],
    ]
    if lg == "de":
        crows.insert(1, ["davon Netzentgelte / Konzessionsabgabe", "", "(enthalten)"])
    if lg == "fr":
        crows.insert(1, ["dont acheminement (TURPE)", "", "(inclus)"])
    table(
        g,
        columns(m, w - m, [(3, "left"), (2, "left"), (1.3, "right")]),
        [
            tr(lg, "Charge", "Position", "Désignation"),
            tr(lg, "Basis", "Grundlage", "Base"),
            tr(lg, "Amount", "Betrag", "Montant HT"),
        ],
        crows,
        s,
        rules=True,
    )
    totals(g, s, lg, round(net, 2), vat_rate(lg))
    write(g, s, prose(rng, lg, "money", 1, 2), s.size - 1.5)
    pages += g.pages
    received(rng, pages[0], d, 0.2)
    remember(None, d)
    return close(pages, s, h)


# ---------------------------------------------------------------------------------------------
# Templates XX: the practice's own project papers
# ---------------------------------------------------------------------------------------------

DRAWING_TITLES = {
    "en": [
        "Location plan",
        "Site plan - existing",
        "Site plan - proposed",
        "Ground floor plan",
        "First floor plan",
        "Roof plan",
        "Elevations - north and east",
        "Elevations - south and west",
        "Section A-A",
        "Section B-B",
        "Window schedule",
        "Door schedule",
        "Wall types",
        "Stair details",
        "Eaves and verge details",
        "Drainage layout",
        "Reflected ceiling plan",
        "Finishes schedule",
    ],
    "de": [
        "Lageplan",
        "Grundriss KG",
        "Grundriss EG",
        "Grundriss OG",
        "Grundriss DG",
        "Dachaufsicht",
        "Ansicht Nord",
        "Ansicht Süd",
        "Ansichten Ost/West",
        "Schnitt A-A",
        "Schnitt B-B",
        "Fensterliste",
        "Türliste",
        "Details Attika",
        "Detail Sockel",
        "Treppendetail",
        "Entwässerungsplan",
        "Deckenspiegel EG",
    ],
    "fr": [
        "Plan de situation",
        "Plan de masse",
        "Plan du rez-de-chaussée",
        "Plan de l'étage",
        "Plan de toiture",
        "Façade nord",
        "Façade sud",
        "Façades est et ouest",
        "Coupe AA",
        "Coupe BB",
        "Carnet de détails",
        "Tableau des menuiseries",
        "Plan de repérage",
        "Détail acrotère",
        "Escalier - détails",
        "Plan des réseaux",
        "Plan de faux-plafonds",
    ],
}


def scale_of(title: str, rng: random.Random) -> str:
    t = title.lower()
    if "location" in t or "lageplan" in t or "situation" in t:
        return "1:1250"
    if "site" in t or "masse" in t or "réseaux" in t or "entwässerung" in t:
        return rng.choice(["1:200", "1:500"])
    if "detail" in t or "détail" in t or "eaves" in t or "acrotère" in t:
        return rng.choice(["1:5", "1:10", "1:20"])
    if "schedule" in t or "liste" in t or "tableau" in t or "carnet" in t or "types" in t:
        return "-" if rng.random() < 0.5 else "NTS"
    return rng.choice(["1:50", "1:100", "1:100"])


def tpl_drawing_issue(rng: random.Random, who: Issuer) -> list[Page]:
    """The practice's drawing issue sheet on landscape A4: its title block, the drawing list
    with scale, size and the revision issued on each date, the distribution (who received
    how many copies in which format) and the purpose of issue; long registers run on."""
    pr = project_for(rng, ("dtm_minutes",))
    lg = home()
    h = practice_head()
    s = style_of(h, landscape(A4), margin=36, pt=8)
    w, hh = s.page_size
    m = s.margin
    d = last_day(rng, ("dtm_minutes",), (1, 6))
    n_iss = rng.randint(3, 9)
    dates = [*sorted(d - timedelta(days=rng.randint(0, 90)) for _ in range(n_iss - 1)), d]
    titles = rng.sample(DRAWING_TITLES[lg], rng.randint(6, min(18, len(DRAWING_TITLES[lg]))))
    prefix = f"{pr.no}-{rng.choice(['A', 'AR', 'PL', ''])}"

    def start(p: Page, n: int) -> float:
        p.text(
            m,
            m - 4,
            " ".join(practice_name().upper()) if h.look == "arch" else practice_name(),
            s.bold if h.look != "arch" else s.font,
            10,
        )
        p.text(
            w - m,
            m - 4,
            tr(
                lg,
                "DRAWING ISSUE SHEET",
                "PLANLISTE / PLANVERSAND",
                "BORDEREAU DE DIFFUSION DES PLANS",
            ),
            s.bold,
            11,
            "right",
        )
        p.rect(m, m + 4, w - 2 * m, 30)
        p.text(m + 4, m + 14, tr(lg, "Project", "Projekt", "Opération"), s.font, 6)
        p.text(m + 4, m + 27, fit(f"{pr.title}, {pr.site}", s.bold, 9, w * 0.5), s.bold, 9)
        p.text(w * 0.62, m + 14, tr(lg, "Job no.", "Projekt-Nr.", "N° affaire"), s.font, 6)
        p.text(w * 0.62, m + 27, pr.no, s.bold, 9)
        p.text(w * 0.75, m + 14, tr(lg, "Sheet", "Blatt", "Feuille"), s.font, 6)
        p.text(w * 0.75, m + 27, str(n), s.bold, 9)
        return m + 52

    f = Sheets((w, hh), hh - m - 30, start)
    left = m + 230
    cw = min(26.0, (w - m - left) / n_iss)

    # The header of the dates: day, month, year on three rows.
    def date_head() -> None:
        for k, dd in enumerate(dates):
            x = left + k * cw + cw / 2
            for j, t in enumerate((f"{dd.day:02d}", f"{dd.month:02d}", f"{dd.year % 100:02d}")):
                f.page.text(x, f.y + j * 9, t, s.font, 7, "center")
        f.page.text(m, f.y, tr(lg, "Drawing no.", "Plan-Nr.", "N° plan"), s.bold, 7.5)
        f.page.text(m + 70, f.y, tr(lg, "Title", "Planinhalt", "Titre"), s.bold, 7.5)
        f.page.text(m + 185, f.y, tr(lg, "Scale", "M", "Éch."), s.bold, 7.5)
        if lg == "en":
            f.page.text(m + 210, f.y, "Size", s.bold, 7.5)
        f.y += 34
        f.page.line(m, f.y - 11, left + n_iss * cw, f.y - 11)

    date_head()
    nums = sorted(rng.sample(range(100, 400), len(titles)))
    for k, t in enumerate(titles):
        if f.need(12):
            date_head()
        f.page.text(m, f.y, f"{prefix}{nums[k]:03d}", s.font, 7.5)
        f.page.text(m + 70, f.y, fit(t, s.font, 7.5, 112), s.font, 7.5)
        f.page.text(m + 185, f.y, scale_of(t, rng), s.font, 7)
        if lg == "en":
            f.page.text(m + 210, f.y, rng.choice(["A1", "A1", "A3", "A0"]), s.font, 7)
        first = rng.randint(0, n_iss - 1)
        rev = -1
        for j in range(first, n_iss):
            if j == first or rng.random() < 0.4:
                rev += 1
                mark = "-" if rev == 0 and rng.random() < 0.5 else "ABCDEFGHJK"[min(rev, 9)]
                if lg == "fr":
                    mark = [
                        "ind0",
                        "indA",
                        "indB",
                        "indC",
                        "indD",
                        "indE",
                        "indF",
                        "indG",
                        "indH",
                        "indJ",
                    ][min(rev, 9)][-1]
                f.page.text(left + j * cw + cw / 2, f.y, mark, s.font, 7.5, "center")
        f.page.line(m, f.y + 3, left + n_iss * cw, f.y + 3)
        for j in range(n_iss + 1):
            f.page.line(left + j * cw, f.y - 8, left + j * cw, f.y + 3)
        f.y += 11
    # Distribution.
    f.need(150)
    f.y += 10
    f.page.text(m, f.y, tr(lg, "DISTRIBUTION", "VERTEILER", "DIFFUSION"), s.bold, 8)
    f.y += 12
    people = [
        pr.client[0] if not pr.private else pr.person,
        tr(lg, "Office file", "Projektakte", "Archives agence"),
        *(local(rng, r_, lg)[0] for r_ in ("engineer", "qs" if lg == "en" else "control")),
        pr.contractor[0]
        if rng.random() < 0.6
        else tr(lg, "Planning Authority", "Bauamt", "Mairie - urbanisme"),
    ]
    for who_ in people:
        f.page.text(m, f.y, fit(who_, s.font, 7.5, 220), s.font, 7.5)
        for j in range(n_iss):
            if rng.random() < 0.55:
                f.page.text(
                    left + j * cw + cw / 2,
                    f.y,
                    rng.choice(["1", "2", "E", "E", "P1"]),
                    s.font,
                    7,
                    "center",
                )
        f.y += 11
    f.y += 8
    f.page.text(
        m, f.y, tr(lg, "Purpose of issue:", "Zweck:", "Objet de la diffusion :"), s.bold, 7.5
    )
    ticks(
        f.page,
        s,
        m + 90,
        f.y,
        w - 2 * m - 90,
        [
            tr(lg, "Information", "zur Kenntnis", "Pour information"),
            tr(lg, "Comment", "zur Prüfung", "Pour avis"),
            tr(lg, "Planning", "Bauantrag", "Permis"),
            tr(lg, "Tender", "Ausschreibung", "DCE"),
            tr(lg, "Construction", "zur Ausführung", "Bon pour exécution"),
        ],
        {rng.randrange(5)},
        7,
    )
    f.y += 16
    f.page.text(
        m,
        f.y,
        tr(
            lg,
            "Format: P = paper, E = electronic (PDF)   Issued by: ",
            "Format: P = Papier, E = PDF per E-Mail   Verteilt durch: ",
            "Format : P = papier, E = numérique (PDF)   Émis par : ",
        )
        + staff(rng)[0],
        s.font,
        7,
    )
    remember(pr, d)
    number_pages(f.pages, s, "none", "br")
    return f.pages


OBS = {
    "en": [
        "Blockwork to first floor level complete; bed joints and ties checked.",
        "DPC laid and lapped correctly at the rear door threshold.",
        "Steel beam S1 installed on padstones as detailed; engineer to inspect before boxing in.",
        "Roof membrane incomplete at the valley; temporary protection required.",
        "Window openings 20 mm undersize against schedule - contractor to check.",
        "Insulation boards to be taped at joints before plasterboard.",
        "Scaffold adaptation required for gutter installation.",
        "Drainage run to manhole 3 open; CCTV survey requested before backfill.",
    ],
    "de": [
        "Mauerwerk OG fertiggestellt, Ringanker betoniert.",
        "Abdichtung der Bodenplatte im Bereich Hauseingang ausgeführt, Anschluss geprüft.",
        "Stahlträger ST1 auf Auflagern eingebaut; Abnahme durch Tragwerksplaner vor Verkleidung.",
        "Dachabdichtung an der Kehle noch offen - Notabdichtung erforderlich.",
        "Fensteröffnungen 2 cm zu klein gegenüber Fensterliste - AN prüft.",
        "Dämmplatten stoßen nicht dicht, Nacharbeit vor Putz.",
        "Gerüst für Rinnenmontage umbauen.",
        "Grundleitung zum Schacht 3 offen, Kamerabefahrung vor Verfüllung.",
    ],
    "fr": [
        "Maçonnerie de l'étage achevée, chaînages coulés.",
        "Arase étanche posée, relevé au droit du seuil contrôlé.",
        "Poutre IPE posée sur sommiers ; visa du BET avant habillage.",
        "Étanchéité de la noue non terminée - protection provisoire à prévoir.",
        "Réservations menuiseries 2 cm trop justes - l'entreprise vérifie.",
        "Isolant : joints à bander avant pose des plaques.",
        "Échafaudage à adapter pour la pose des gouttières.",
        "Réseau EP vers regard 3 ouvert ; inspection caméra avant remblai.",
    ],
}


def tpl_site_report(rng: random.Random, who: Issuer) -> list[Page]:
    """The practice's site inspection report: a grid of visit details, numbered
    observations, instructions given and the distribution, then photo pages with captions
    numbered 'Page i of n'."""
    pr = project_for(rng)
    lg = home()
    h = practice_head()
    s = style_of(h, A4)
    w, hh = s.page_size
    m = s.margin
    d = some_day(rng)
    visit = rng.randint(2, 24)
    by = staff(rng)
    title = tr(
        lg,
        f"Site Inspection Report No. {visit}",
        f"Baustellenbericht Nr. {visit}",
        f"Compte rendu de visite de chantier n° {visit}",
    )
    f = sheets(s, h, f"{pr.no} {pr.title} - {title}")
    caption(f, s, title, 4)
    f.y = fields(
        f.page,
        s,
        m,
        f.y,
        w - 2 * m,
        [
            (tr(lg, "Project", "Bauvorhaben", "Opération"), f"{pr.title}, {pr.site}"),
            (tr(lg, "Job no.", "Projekt-Nr.", "N° affaire"), pr.no),
            (tr(lg, "Contractor", "Bauunternehmen", "Entreprise"), pr.contractor[0]),
            (
                tr(lg, "Date / time", "Datum / Uhrzeit", "Date / heure"),
                f"{short(d, lg)}  {rng.randint(8, 15)}:{rng.choice(['00', '15', '30', '45'])}",
            ),
            (
                tr(lg, "Weather", "Wetter", "Météo"),
                rng.choice(
                    tr(
                        lg,
                        "Dry, overcast;Light rain;Sunny, 14 C;Cold, frost early",
                        "trocken, bewölkt;leichter Regen;sonnig, 14 C;kalt, Bodenfrost",
                        "sec, couvert;pluie fine;ensoleillé, 14 C;froid, gel matinal",
                    ).split(";")
                ),
            ),
            (tr(lg, "Inspected by", "Begehung durch", "Visite effectuée par"), by[0]),
        ],
        2,
        26,
        False,
    )
    f.heading(m, tr(lg, "1. Progress", "1. Baufortschritt", "1. Avancement"), s.bold, s.size + 0.5)
    write(f, s, prose(rng, lg, "site", 1, 3))
    f.heading(
        m, tr(lg, "2. Observations", "2. Feststellungen", "2. Observations"), s.bold, s.size + 0.5
    )
    obs = rng.sample(OBS[lg], rng.randint(3, 7))
    for k, t in enumerate(obs):
        write(
            f,
            s,
            f"2.{k + 1}  {t} {words(rng, lg, 'site') if rng.random() < 0.4 else ''}".strip(),
            s.size,
            8,
        )
    f.heading(
        m, tr(lg, "3. Actions", "3. Veranlassungen", "3. Suite à donner"), s.bold, s.size + 0.5
    )
    table(
        f,
        columns(m, w - m, [(0.5, "left"), (5, "left"), (1, "left")]),
        [
            tr(lg, "No", "Nr.", "N°"),
            tr(lg, "Action", "Maßnahme", "Action"),
            tr(lg, "By", "Wer", "Qui"),
        ],
        [
            [
                str(k + 1),
                phrase(rng, lg, "site", rng.randint(6, 11)),
                rng.choice(["C", "A", "SE", "CL"]),
            ]
            for k in range(rng.randint(2, 5))
        ],
        s,
        rules=True,
    )
    f.y += 6
    write(
        f,
        s,
        tr(lg, "Distribution: ", "Verteiler: ", "Diffusion : ")
        + ", ".join(
            [
                pr.contractor[0],
                pr.client[0] if not pr.private else pr.person,
                tr(lg, "file", "Akte", "dossier"),
            ]
        ),
        s.size - 1.5,
    )
    # Photo pages.
    n_ph = rng.choice([2, 4, 4, 6, 8])
    per = rng.choice([2, 4])
    k = 0
    while k < n_ph:
        f.new_page()
        caption(f, s, tr(lg, "Photographs", "Fotodokumentation", "Photos"), 1)
        cols_ = 1 if per == 2 else 2
        pw = (w - 2 * m - (cols_ - 1) * 14) / cols_
        ph_h = min((hh - f.y - m - 60) / (per // cols_) - 26, pw * 0.78)
        for j in range(per):
            if k >= n_ph:
                break
            x = m + (j % cols_) * (pw + 14)
            y = f.y + (j // cols_) * (ph_h + 26)
            photo(f.page, x, y, pw, ph_h, rng)
            f.page.text(
                x,
                y + ph_h + 11,
                fit(
                    f"{tr(lg, 'Photo', 'Foto', 'Photo')} {k + 1}: {obs[k % len(obs)]}",
                    s.font,
                    7.5,
                    pw,
                ),
                s.font,
                7.5,
            )
            k += 1
    remember(pr, d)
    return close(
        f.pages,
        s,
        h,
        numbers=rng.choice(
            [tr(lg, "Page {i} of {n}", "Seite {i} von {n}", "Page {i}/{n}"), "{i}/{n}", h.numbers]
        ),
    )


def tpl_dtm_minutes(rng: random.Random, who: Issuer) -> list[Page]:
    """Minutes of a design team meeting kept by the practice: a box of meeting details, the
    attendance with initials and firms, numbered items in a table with an action column, the
    date of the next meeting; running header on later pages."""
    pr = project_for(rng)
    lg = home()
    h = practice_head()
    s = style_of(h, A4, pt=9)
    w, _hh = s.page_size
    m = s.margin
    d = some_day(rng)
    no = rng.randint(2, 18)
    title = tr(
        lg,
        f"Design Team Meeting No. {no}",
        f"Protokoll Planungsbesprechung Nr. {no}",
        f"Compte rendu de réunion de conception n° {no}",
    )
    f = sheets(s, h, f"{pr.no} - {title} - {short(d, lg)}")
    caption(f, s, title, 3)
    write(f, s, f"{pr.title}, {pr.site}, {pr.town}", s.size, 0)
    f.y = (
        pairs(
            f.page,
            s,
            m,
            f.y,
            [
                (tr(lg, "Date", "Datum", "Date"), day(h, d)),
                (
                    tr(lg, "Venue", "Ort", "Lieu"),
                    rng.choice(
                        [
                            tr(lg, "Our office", "Büro", "Agence"),
                            tr(lg, "On site", "Baustelle", "Sur site"),
                            "Teams",
                        ]
                    ),
                ),
            ],
            w * 0.6,
        )
        + 6
    )
    att = [(n_, practice_name()) for n_, _ in STAFF[: rng.randint(1, 2)]]
    att.append(
        (
            pr.person,
            pr.client[0] if not pr.private else tr(lg, "Client", "Bauherr", "Maître d'ouvrage"),
        )
    )
    for role in ("engineer", "qs", "surveyor"):
        if rng.random() < 0.7:
            att.append((person(rng, lg), rng.choice(SENDERS[role][lg])[0]))
    table(
        f,
        columns(m, w - m, [(2.5, "left"), (0.8, "left"), (3.5, "left")]),
        [
            tr(lg, "Present", "Teilnehmer", "Présents"),
            tr(lg, "Init.", "Kürzel", "Init."),
            tr(lg, "Company", "Firma", "Société"),
        ],
        [[n_, "".join(t[0] for t in n_.split()), c] for n_, c in att],
        s,
    )
    f.y += 6
    topics = {
        "en": [
            "Minutes of last meeting",
            "Client brief and changes",
            "Planning / conditions",
            "Structure",
            "Building Regulations",
            "Cost plan",
            "Programme",
            "Health and safety (CDM)",
            "AOB",
        ],
        "de": [
            "Protokoll der letzten Sitzung",
            "Nutzeranforderungen",
            "Genehmigung / Auflagen",
            "Tragwerk",
            "Brandschutz",
            "Kosten",
            "Termine",
            "SiGe-Plan",
            "Sonstiges",
        ],
        "fr": [
            "Approbation du CR précédent",
            "Programme",
            "Permis / prescriptions",
            "Structure",
            "Sécurité incendie",
            "Estimation",
            "Planning",
            "Coordination SPS",
            "Divers",
        ],
    }[lg]
    rows = []
    inits = ["".join(t[0] for t in n_.split()) for n_, _ in att]
    for k, t in enumerate(topics[: rng.randint(5, len(topics))]):
        rows.append([f"{k + 1}", t.upper(), ""])
        for j in range(rng.randint(1, 3)):
            txt = words(rng, lg, rng.choice(["design", "control", "site"]), rng.randint(10, 26))
            lines = wrap(txt, s.font, s.size - 1, (w - 2 * m) * 0.68)
            for i_, ln in enumerate(lines):
                rows.append(
                    [
                        f"{k + 1}.{j + 1}" if i_ == 0 else "",
                        ln,
                        rng.choice([*inits, "", "Note"]) if i_ == 0 else "",
                    ]
                )
    table(
        f,
        columns(m, w - m, [(0.5, "left"), (5.2, "left"), (0.8, "center")]),
        [
            tr(lg, "Item", "Pkt.", "N°"),
            tr(lg, "Description", "Inhalt", "Objet"),
            tr(lg, "Action", "Wer", "Action"),
        ],
        rows,
        s,
        step=1.45,
    )
    f.y += 10
    write(
        f,
        s,
        tr(
            lg,
            f"Next meeting: {day(h, d + timedelta(days=14))}, 10:00.",
            f"Nächste Besprechung: {day(h, d + timedelta(days=14))}, 10:00 Uhr.",
            f"Prochaine réunion : {day(h, d + timedelta(days=14))} à 10h00.",
        ),
        s.size,
        0,
    )
    write(
        f,
        s,
        tr(
            lg,
            "Any errors or omissions to be notified within 7 days, otherwise these minutes "
            "will be taken as a true record.",
            "Einwände gegen dieses Protokoll bitte innerhalb einer Woche, andernfalls gilt es "
            "als anerkannt.",
            "Sans observation sous 8 jours, le présent compte rendu est réputé accepté.",
        ),
        s.size - 1.5,
    )
    remember(pr, d)
    return close(f.pages, s, h)


# ---------------------------------------------------------------------------------------------
# Templates XX: contract administration
# ---------------------------------------------------------------------------------------------

ELEMENTS = {
    "en": [
        "Preliminaries",
        "Demolitions and alterations",
        "Substructure",
        "Frame",
        "Upper floors",
        "Roof",
        "Stairs",
        "External walls",
        "Windows and external doors",
        "Internal walls",
        "Internal doors",
        "Wall finishes",
        "Floor finishes",
        "Ceiling finishes",
        "Fittings",
        "Sanitary installations",
        "Mechanical installations",
        "Electrical installations",
        "External works",
        "Drainage",
    ],
    "de": [
        "Baustelleneinrichtung",
        "Abbrucharbeiten",
        "Erdarbeiten",
        "Beton- und Stahlbetonarbeiten",
        "Mauerarbeiten",
        "Zimmerer- und Holzbauarbeiten",
        "Dachdeckungsarbeiten",
        "Klempnerarbeiten",
        "Fenster (Metallbau)",
        "Putz- und Stuckarbeiten",
        "Estricharbeiten",
        "Fliesenarbeiten",
        "Trockenbauarbeiten",
        "Tischlerarbeiten",
        "Malerarbeiten",
        "Entwässerung",
    ],
    "fr": [
        "Installation de chantier",
        "Démolition",
        "Terrassement",
        "Gros oeuvre - maçonnerie",
        "Charpente bois",
        "Couverture - zinguerie",
        "Étanchéité",
        "Menuiseries extérieures",
        "Plâtrerie - isolation",
        "Menuiseries intérieures",
        "Revêtements de sols",
        "Peinture",
        "Plomberie - sanitaires",
        "Chauffage - ventilation",
        "Électricité",
        "VRD",
    ],
}


def breakdown(rng: random.Random, lg: str, total: float) -> list[tuple[str, float, float]]:
    """Elements of a contract sum with the share of each done so far."""
    els = ELEMENTS[lg][: rng.randint(8, len(ELEMENTS[lg]))]
    ws = [rng.uniform(0.3, 2.0) for _ in els]
    done_to = rng.randint(2, len(els))
    out = []
    for k, (e, wt) in enumerate(zip(els, ws, strict=True)):
        v = round(total * wt / sum(ws), -1)
        pc = 1.0 if k < done_to - 2 else rng.choice([0.0, 0.25, 0.5, 0.8]) if k < done_to else 0.0
        out.append((e, v, pc))
    return out


def signed(v: float, lg: str) -> str:
    return f"-{cash(-v, lg)}" if v < 0 else cash(v, lg)


def tpl_valuation(rng: random.Random, who: Issuer) -> list[Page]:
    """An interim valuation: in England the quantity surveyor's valuation (a summary page with
    gross value, retention, previous certificates and the amount recommended, then the
    element breakdown on landscape pages); in Germany and France the contractor's
    Abschlagsrechnung or situation de travaux with the same kind of breakdown."""
    pr = project_for(rng)
    lg = home()
    qs = lg == "en" or rng.random() < 0.25
    h = head_of(who, "qs") if qs else make_head(pr.contractor, lg, "contractor")
    s = style_of(h, A4)
    w, _hh = s.page_size
    m = s.margin
    d = some_day(rng)
    no = rng.randint(2, 14)
    title = tr(
        lg,
        f"Interim Valuation No. {no}",
        f"{no}. Abschlagsrechnung" if not qs else f"Prüfung der {no}. Abschlagsrechnung",
        f"Situation de travaux n° {no}" if not qs else f"Vérification de la situation n° {no}",
    )
    els = breakdown(rng, lg, pr.value)
    gross = sum(v * pc for _, v, pc in els)
    ret = round(gross * (0.03 if lg == "en" else 0.05), 2)
    prev = round((gross - ret) * rng.uniform(0.55, 0.9), 2)
    due = gross - ret - prev
    f = sheets(s, h, f"{pr.title} - {title}")
    recipient(
        f,
        s,
        h,
        practice_lines(
            tr(lg, f"FAO {STAFF[0][0]}", f"z. Hd. {STAFF[0][0]}", f"À l'attention de {STAFF[0][0]}")
        ),
        d,
        [
            (
                tr(lg, "Valuation date", "Leistungsstand", "Arrêtée au"),
                short(d - timedelta(days=rng.randint(1, 5)), lg),
            )
        ],
    )
    caption(f, s, title, 4)
    f.y = (
        pairs(
            f.page,
            s,
            m,
            f.y,
            [
                (tr(lg, "Project", "Bauvorhaben", "Opération"), f"{pr.title}, {pr.site}"),
                (
                    tr(lg, "Employer", "Bauherr", "Maître d'ouvrage"),
                    pr.client[0] if not pr.private else mx(pr.person, lg),
                ),
                (tr(lg, "Contractor", "Auftragnehmer", "Entreprise"), pr.contractor[0]),
                (
                    tr(lg, "Contract", "Vertrag", "Marché"),
                    rng.choice(["JCT Intermediate Building Contract 2016", "JCT Minor Works 2016"])
                    if lg == "en"
                    else tr(
                        lg,
                        "",
                        "VOB/B - Einheitspreisvertrag",
                        "Marché à prix global et forfaitaire",
                    ),
                ),
                (
                    tr(lg, "Contract sum", "Auftragssumme netto", "Montant du marché HT"),
                    cash(pr.value, lg),
                ),
            ],
            w - m,
        )
        + 14
    )
    rows = [
        (tr(lg, "Gross valuation", "Leistungsstand gesamt", "Montant cumulé des travaux"), gross),
        (
            tr(
                lg,
                f"Less retention {3 if lg == 'en' else 5}%",
                "abzgl. Sicherheitseinbehalt 5 %",
                "Retenue de garantie 5 %",
            ),
            -ret,
        ),
        (
            tr(
                lg,
                "Less previously certified",
                "abzgl. bisherige Abschlagszahlungen",
                "À déduire : situations précédentes",
            ),
            -prev,
        ),
        (tr(lg, "Amount due (excl. VAT)", "Zahlbetrag netto", "Montant de la situation HT"), due),
    ]
    for k, (t, v) in enumerate(rows):
        b = s.bold if k == len(rows) - 1 else s.font
        f.page.text(m, f.y, t, b, s.size + 0.5)
        f.page.text(w - m, f.y, signed(v, lg), b, s.size + 0.5, "right")
        if k == len(rows) - 2:
            f.page.line(w * 0.6, f.y + 5, w - m, f.y + 5)
        f.y += s.size * 2
    if lg != "en" and not qs:
        totals(f, s, lg, round(due, 2), vat_rate(lg))
    f.y += 10
    write(f, s, prose(rng, lg, "site", 1, 2), s.size - 1)
    if qs:
        f.need(60)
        f.y += 10
        f.page.text(
            m,
            f.y,
            tr(lg, "Recommended for payment:", "Zur Zahlung freigegeben:", "Bon pour paiement :"),
            s.bold,
            s.size,
        )
        qn = person(keyed(who, "qs"), lg)
        scrawl(f.page, m + 150, f.y + 2, qn)
        f.y += 20
        f.page.text(m + 150, f.y, qn + tr(lg, " MRICS", "", ""), s.font, s.size - 1)
    received(rng, f.pages[0], d, 0.3)
    pages = f.pages
    land = rng.random() < 0.7
    s2 = style_of(h, landscape(A4) if land else A4, margin=36 if land else 0, pt=8.5)
    w2, _ = s2.page_size
    g = sheets(
        s2,
        h,
        f"{pr.title} - {title} - {tr(lg, 'Breakdown', 'Aufstellung', 'Décomposition')}",
        top=False,
    )
    caption(
        g,
        s2,
        tr(lg, "Valuation breakdown", "Aufstellung nach Gewerken", "Décomposition par lot"),
        2,
        True,
    )
    brows = []
    for k, (e, v, pc) in enumerate(els):
        brows.append(
            [
                f"{k + 1}",
                e,
                money(v, lg),
                f"{pc * 100:.0f}%",
                money(v * pc, lg),
                money(v * (1 - pc), lg),
            ]
        )
    brows.append(
        [
            "",
            tr(lg, "Total", "Summe", "Total"),
            money(sum(v for _, v, _ in els), lg),
            "",
            money(gross, lg),
            money(sum(v * (1 - pc) for _, v, pc in els), lg),
        ]
    )
    table(
        g,
        columns(
            s2.margin,
            w2 - s2.margin,
            [
                (0.4, "left"),
                (4, "left"),
                (1.3, "right"),
                (0.8, "right"),
                (1.3, "right"),
                (1.3, "right"),
            ],
        ),
        [
            "",
            tr(lg, "Element", "Gewerk / Titel", "Lot"),
            tr(lg, "Contract", "Auftrag", "Marché"),
            "%",
            tr(lg, "Value to date", "Leistungsstand", "Cumul"),
            tr(lg, "Balance", "Rest", "Reste"),
        ],
        brows,
        s2,
        rules=rng.random() < 0.6,
        shade=0.88 if rng.random() < 0.4 else None,
    )
    if rng.random() < 0.5:
        g.y += 8
        caption(g, s2, tr(lg, "Variations", "Nachträge", "Travaux supplémentaires"), 1)
        vrows = [
            [
                f"{tr(lg, 'AI', 'NT', 'OS')} {j + 1}",
                phrase(rng, lg, "site", rng.randint(4, 8)),
                money(rng.choice([-1, 1, 1]) * rng.randint(200, 9000), lg),
            ]
            for j in range(rng.randint(2, 7))
        ]
        table(
            g,
            columns(s2.margin, w2 - s2.margin, [(0.8, "left"), (5, "left"), (1.3, "right")]),
            [
                tr(lg, "Ref", "Nr.", "Réf."),
                tr(lg, "Description", "Bezeichnung", "Désignation"),
                tr(lg, "Amount", "Betrag", "Montant"),
            ],
            vrows,
            s2,
        )
    pages += g.pages
    remember(pr, d, (gross, ret, prev, due, no))
    return close(pages, s, h)


def tpl_payment_certificate(rng: random.Random, who: Issuer) -> list[Page]:
    """The practice's interim payment certificate: an English contract administrator's
    certificate form (gross valuation, retention, amounts previously certified, amount due,
    notices), a German Prüfvermerk / Zahlungsfreigabe or a French certificat de paiement; one
    page, a run covering the practice's other jobs."""
    pr = project_for(rng, ("valuation",))
    lg = home()
    h = practice_head()
    s = style_of(h, A4)
    w, hh = s.page_size
    m = s.margin
    d = last_day(rng, ("valuation",), (1, 7))
    ex = LAST["extra"]
    if after(("valuation",)) and isinstance(ex, tuple):
        gross, ret, prev, due, no = ex
    else:
        no = rng.randint(2, 14)
        gross = round(pr.value * rng.uniform(0.2, 0.9), 2)
        ret = round(gross * (0.03 if lg == "en" else 0.05), 2)
        prev = round((gross - ret) * rng.uniform(0.55, 0.9), 2)
        due = gross - ret - prev
    p = Page(A4)
    y = heading(p, s, h)
    title = tr(
        lg, "INTERIM CERTIFICATE", "PRÜFVERMERK UND ZAHLUNGSFREIGABE", "CERTIFICAT DE PAIEMENT"
    )
    p.text(m, y, title, s.bold, s.size + 5)
    p.text(
        w - m,
        y,
        f"No. {no}" if lg == "en" else f"Nr. {no}" if lg == "de" else f"n° {no}",
        s.bold,
        s.size + 5,
        "right",
    )
    y += 22
    y = fields(
        p,
        s,
        m,
        y,
        w - 2 * m,
        [
            (
                tr(lg, "Employer", "Bauherr", "Maître d'ouvrage"),
                pr.client[0] if not pr.private else pr.person,
            ),
            (tr(lg, "Job reference", "Projekt-Nr.", "Affaire"), pr.no),
            (tr(lg, "Contractor", "Auftragnehmer", "Entreprise"), pr.contractor[0]),
            (tr(lg, "Date of issue", "Datum", "Date"), short(d, lg)),
            (tr(lg, "Works", "Bauvorhaben", "Travaux"), f"{pr.title}, {pr.site}"),
            (
                tr(lg, "Valuation date", "Rechnung vom", "Situation du"),
                short(d - timedelta(days=rng.randint(2, 9)), lg),
            ),
        ],
        2,
        26,
        False,
    )
    y += 6
    if lg == "en":
        y = text_block(
            p,
            s,
            m,
            y,
            w - 2 * m,
            "This Interim Certificate is issued under the terms of the above "
            "mentioned Contract. The Employer is required to pay the Contractor the amount stated "
            "below within 14 days of the due date.",
            s.size - 0.5,
        )
    lines = [
        (
            tr(
                lg,
                "Gross valuation",
                "Geprüfter Leistungsstand (netto)",
                "Montant cumulé des travaux HT",
            ),
            gross,
        ),
        (tr(lg, "Less retention", "abzgl. Sicherheitseinbehalt", "Retenue de garantie"), -ret),
        (
            tr(
                lg,
                "Less total amount stated as due in previous certificates",
                "abzgl. bisher freigegeben",
                "Montant des acomptes précédents",
            ),
            -prev,
        ),
        (
            tr(
                lg,
                "Amount due for payment (excl. VAT)",
                "Freigabe netto",
                "Montant de l'acompte HT",
            ),
            due,
        ),
    ]
    if lg != "en":
        lines.append((tr(lg, "", "zzgl. 19 % USt.", "TVA 20 %"), due * vat_rate(lg) / 100))
        lines.append(
            (
                tr(lg, "", "Freigabebetrag brutto", "Montant TTC à payer"),
                due * (1 + vat_rate(lg) / 100),
            )
        )
    for t, v in lines:
        p.rect(m, y - 11, w - 2 * m, 18)
        b = s.bold if "due" in t.lower() or "brutto" in t or "TTC" in t else s.font
        p.text(m + 6, y + 1, fit(t, b, s.size, w * 0.6), b, s.size)
        p.text(w - m - 8, y + 1, signed(v, lg), b, s.size, "right")
        y += 18
    y += 14
    if lg == "de":
        hand(
            p,
            m,
            y + 4,
            rng.choice(
                [
                    "sachlich und rechnerisch richtig",
                    "geprüft, Kürzung Pos. 3.2 s. Anlage",
                    "sachlich richtig",
                ]
            ),
            10,
        )
        y += 22
    y = text_block(p, s, m, y, w - 2 * m, prose(rng, lg, "legal", 1, 1), s.size - 1.5)
    y = max(y + 40, hh - m - 160)
    signer = STAFF[0][0]
    sign_line(
        p,
        s,
        m,
        y,
        200,
        tr(
            lg,
            "Signed by or on behalf of the Contract Administrator",
            "Architekt / Bauleitung",
            "Le maître d'oeuvre",
        ),
        signer,
    )
    if rng.random() < 0.5:
        seal(
            p,
            w - m - 70,
            y - 20,
            30,
            practice_name()[:24],
            tr(lg, "Architects", "Architekten", "Architecte"),
        )
    y += 36
    p.text(m, y, tr(lg, "Distribution:", "Verteiler:", "Diffusion :"), s.bold, 7.5)
    ticks(
        p,
        s,
        m + 60,
        y,
        w - 2 * m - 60,
        [
            tr(lg, "Employer", "Bauherr", "MO"),
            tr(lg, "Contractor", "AN", "Entreprise"),
            tr(lg, "Quantity Surveyor", "Kostenplaner", "Économiste"),
            tr(lg, "File", "Akte", "Dossier"),
        ],
        {0, 1, 3} if rng.random() < 0.6 else {0, 1, 2, 3},
        7,
    )
    remember(pr, d)
    return close([p], s, h)


def tpl_instruction(rng: random.Random, who: Issuer) -> list[Page]:
    """The practice's instruction to the contractor: an architect's / contract
    administrator's instruction form (numbered instructions, estimated cost add/omit, the
    signature and distribution boxes), an Anordnung nach VOB/B or an ordre de service with the
    contractor's receipt by hand."""
    pr = project_for(rng, ("site_report",))
    lg = home()
    h = practice_head()
    s = style_of(h, A4)
    w, hh = s.page_size
    m = s.margin
    d = last_day(rng, ("site_report",), (0, 4))
    no = rng.randint(3, 48)
    title = tr(
        lg,
        rng.choice(["ARCHITECT'S INSTRUCTION", "CONTRACT ADMINISTRATOR'S INSTRUCTION"]),
        "ANORDNUNG DER BAULEITUNG",
        "ORDRE DE SERVICE",
    )
    p = Page(A4)
    y = heading(p, s, h)
    p.rect(m, y - 14, w - 2 * m, 22, fill=0.85)
    p.text(m + 6, y + 1, title, s.bold, s.size + 3)
    p.text(
        w - m - 6, y + 1, tr(lg, f"No. {no}", f"Nr. {no}", f"n° {no}"), s.bold, s.size + 3, "right"
    )
    y += 20
    y = fields(
        p,
        s,
        m,
        y,
        w - 2 * m,
        [
            (
                tr(lg, "Employer", "Bauherr", "Maître d'ouvrage"),
                pr.client[0] if not pr.private else pr.person,
            ),
            (tr(lg, "Job reference", "Projekt-Nr.", "Affaire"), pr.no),
            (tr(lg, "Contractor", "Auftragnehmer", "Entreprise"), pr.contractor[0]),
            (tr(lg, "Issue date", "Datum", "Date"), short(d, lg)),
            (
                tr(lg, "Works situated at", "Bauvorhaben", "Adresse des travaux"),
                f"{pr.site}, {pr.town}",
            ),
            (
                tr(lg, "Contract dated", "Vertrag vom", "Marché du"),
                short(d - timedelta(days=rng.randint(60, 300)), lg),
            ),
        ],
        2,
        26,
        False,
    )
    y += 4
    p.text(
        m,
        y,
        tr(
            lg,
            "Under the terms of the above Contract, I/we issue the following instructions:",
            "Gemäß § 1 Abs. 3 / 4 VOB/B wird angeordnet:",
            "L'entreprise est invitée à exécuter les prestations suivantes :",
        ),
        s.font,
        s.size - 0.5,
    )
    y += 18
    n_items = rng.randint(1, 5)
    cols = columns(m, w - m, [(0.5, "left"), (5, "left"), (1.1, "right"), (1.1, "right")])
    for c, t in zip(
        cols,
        [
            "",
            tr(lg, "Instruction", "Leistung", "Désignation"),
            tr(lg, "Omit", "Minder", "Moins-value"),
            tr(lg, "Add", "Mehr", "Plus-value"),
        ],
        strict=True,
    ):
        p.text(
            c[0] if c[2] == "left" else c[1],
            y,
            t,
            s.bold,
            s.size - 1,
            "left" if c[2] == "left" else "right",
        )
    p.line(m, y + 4, w - m, y + 4)
    y += 16
    for k in range(n_items):
        text = words(rng, lg, "site", rng.randint(10, 30))
        lines = wrap(text, s.font, s.size - 0.5, cols[1][1] - cols[1][0])
        p.text(cols[0][0], y, f"{no}.{k + 1}", s.font, s.size - 0.5)
        for j, ln in enumerate(lines):
            p.text(cols[1][0], y + j * s.size * 1.3, ln, s.font, s.size - 0.5)
        amt = rng.randint(80, 6000)
        col = cols[2] if rng.random() < 0.3 else cols[3]
        if rng.random() < 0.8:
            p.text(col[1], y, money(amt, lg), s.font, s.size - 0.5, "right")
        y += len(lines) * s.size * 1.3 + 8
    p.line(m, y, w - m, y)
    y += 24
    if lg == "fr":
        y = pairs(
            p,
            s,
            m,
            y,
            [
                ("Délai d'exécution", f"{rng.randint(3, 20)} jours ouvrés"),
                (
                    "Incidence sur le délai global",
                    rng.choice(["aucune", "+ 5 jours", "à chiffrer"]),
                ),
            ],
            w * 0.7,
        )
    elif lg == "de":
        write_y = text_block(
            p,
            s,
            m,
            y,
            w - 2 * m,
            "Das Nachtragsangebot ist vor Ausführung innerhalb von 12 Werktagen "
            "vorzulegen (§ 2 Abs. 5/6 VOB/B).",
            s.size - 1,
        )
        y = write_y
    y = max(y + 30, hh - m - 170)
    sign_line(
        p,
        s,
        m,
        y,
        200,
        tr(lg, "Signed (Architect / Contract Administrator)", "Bauleitung", "Le maître d'oeuvre"),
        staff(rng, True)[0],
    )
    if lg == "fr":
        p.text(w / 2 + 20, y - 40, "Reçu par l'entreprise le :", s.font, 7.5)
        if rng.random() < 0.6:
            hand(p, w / 2 + 20, y - 22, short(d + timedelta(days=rng.randint(0, 3)), lg), 10)
            scrawl(p, w / 2 + 90, y - 4, person(rng, lg), 11)
        sign_line(
            p, s, w / 2 + 20, y, w / 2 - m - 20, "Signature et cachet de l'entreprise", signed=False
        )
    y += 40
    p.text(m, y, tr(lg, "Distribution:", "Verteiler:", "Copie :"), s.bold, 7.5)
    ticks(
        p,
        s,
        m + 60,
        y,
        w - 2 * m - 60,
        [
            tr(lg, "Employer", "Bauherr", "MO"),
            tr(lg, "Contractor", "AN", "Entreprise"),
            tr(lg, "QS", "Kostenplaner", "Économiste"),
            tr(lg, "Structural Eng.", "Tragwerksplaner", "BET"),
            tr(lg, "File", "Akte", "Dossier"),
        ],
        {0, 1, 4} | ({2} if rng.random() < 0.6 else set()),
        7,
    )
    remember(pr, d)
    return close([p], s, h)


def tpl_practical_completion(rng: random.Random, who: Issuer) -> list[Page]:
    """Completion: the English certificate of practical completion with a schedule of defects
    on landscape pages, the German Abnahmeprotokoll with ticks, the list of defects and three
    signatures, or the French procès-verbal de réception with its liste des réserves."""
    pr = project_for(rng)
    lg = home()
    h = practice_head()
    s = style_of(h, A4)
    w, hh = s.page_size
    m = s.margin
    d = some_day(rng)
    p = Page(A4)
    y = heading(p, s, h)
    title = tr(
        lg,
        "CERTIFICATE OF PRACTICAL COMPLETION",
        "ABNAHMEPROTOKOLL",
        "PROCÈS-VERBAL DE RÉCEPTION DES TRAVAUX",
    )
    pt = shrink(title, s.bold, s.size + 5, w - 2 * m)
    p.text(w / 2, y, title, s.bold, pt, "center")
    y += 22
    y = fields(
        p,
        s,
        m,
        y,
        w - 2 * m,
        [
            (
                tr(lg, "Employer", "Auftraggeber", "Maître d'ouvrage"),
                pr.client[0] if not pr.private else pr.person,
            ),
            (tr(lg, "Job reference", "Projekt-Nr.", "Affaire"), pr.no),
            (tr(lg, "Contractor", "Auftragnehmer", "Entreprise"), pr.contractor[0]),
            (tr(lg, "Date", "Datum der Begehung", "Date de la visite"), short(d, lg)),
            (tr(lg, "Works", "Bauvorhaben", "Opération"), f"{pr.title}, {pr.site}"),
            (
                tr(lg, "Contract", "Gewerk / Vertrag", "Lot"),
                rng.choice(ELEMENTS[lg][3:]) if lg != "en" else "JCT IC 2016",
            ),
        ],
        2,
        26,
        lg != "en",
    )
    y += 4
    n_def = rng.randint(6, 30)
    if lg == "en":
        y = text_block(
            p,
            s,
            m,
            y,
            w - 2 * m,
            f"Under the terms of the above mentioned Contract, I/we hereby certify that practical "
            f"completion of the Works was achieved on {day(h, d)}. The Rectification Period will "
            f"end on {day(h, d + timedelta(days=365))}. The defects listed in the attached "
            "schedule "
            "are to be made good.",
            s.size,
        )
    else:
        y = ticks(
            p,
            s,
            m,
            y + 6,
            w - 2 * m,
            tr(
                lg,
                "",
                "Abnahme erfolgt;Abnahme unter Vorbehalt der Mängelbeseitigung;Abnahme verweigert",
                "sans réserve;avec réserves (voir liste annexée);refus de réception",
            ).split(";"),
            {1},
            8.5,
            2.6,
        )
        y = text_block(
            p,
            s,
            m,
            y,
            w - 2 * m,
            tr(
                lg,
                "",
                f"Festgestellte Mängel: {n_def} (siehe Anlage). Frist zur Beseitigung: "
                f"{short(d + timedelta(days=21), lg)}. Gewährleistung beginnt am {short(d, lg)}.",
                f"Nombre de réserves : {n_def} (liste annexée). Délai de levée : "
                f"{short(d + timedelta(days=30), lg)}.",
            ),
            s.size,
        )
        y = text_block(p, s, m, y, w - 2 * m, prose(rng, lg, "legal", 1, 1), s.size - 1.5)
    y = max(y + 30, hh - m - 150)
    names = [
        (
            tr(lg, "Contract Administrator", "Architekt / Bauleitung", "Le maître d'oeuvre"),
            STAFF[0][0],
        )
    ]
    if lg != "en":
        names = [
            (tr(lg, "", "Auftraggeber", "Le maître d'ouvrage"), pr.person),
            (tr(lg, "", "Auftragnehmer", "L'entreprise"), person(rng, lg)),
            names[0],
        ]
    cw = (w - 2 * m - 20 * (len(names) - 1)) / len(names)
    for k, (cap, nm) in enumerate(names):
        sign_line(p, s, m + k * (cw + 20), y, cw, cap, nm, rng.random() < 0.85)
    pages = [p]
    land = rng.random() < 0.6
    s2 = style_of(h, landscape(A4) if land else A4, margin=36 if land else 0, pt=8.5)
    w2, _ = s2.page_size
    g = sheets(
        s2,
        h,
        f"{pr.no} {pr.title} - "
        f"{tr(lg, 'Schedule of defects', 'Mängelliste', 'Liste des réserves')}",
        top=False,
    )
    caption(
        g,
        s2,
        tr(lg, "SCHEDULE OF DEFECTS", "ANLAGE: MÄNGELLISTE", "ANNEXE : LISTE DES RÉSERVES"),
        2,
        True,
    )
    rooms = {
        "en": [
            "Kitchen",
            "Hall",
            "WC",
            "Bed 1",
            "Bed 2",
            "Landing",
            "Bathroom",
            "External",
            "Stair",
        ],
        "de": [
            "Küche",
            "Flur",
            "WC",
            "Zimmer 1",
            "Zimmer 2",
            "Treppenhaus",
            "Bad",
            "Außenanlage",
            "Dach",
        ],
        "fr": [
            "Cuisine",
            "Entrée",
            "WC",
            "Chambre 1",
            "Chambre 2",
            "Palier",
            "Salle de bains",
            "Extérieur",
            "Escalier",
        ],
    }[lg]
    drows = [
        [
            str(k + 1),
            rng.choice(rooms),
            phrase(rng, lg, "site", rng.randint(5, 12)),
            rng.choice(["", "", tr(lg, "done", "erl.", "levée")]),
            "",
        ]
        for k in range(n_def)
    ]
    table(
        g,
        columns(
            s2.margin,
            w2 - s2.margin,
            [(0.4, "left"), (1.2, "left"), (5, "left"), (0.8, "left"), (1.2, "left")],
        ),
        [
            tr(lg, "No", "Nr.", "N°"),
            tr(lg, "Location", "Raum", "Local"),
            tr(lg, "Defect", "Mangel", "Réserve"),
            tr(lg, "Status", "Status", "État"),
            tr(lg, "Signed off", "Abgenommen", "Visa"),
        ],
        drows,
        s2,
        rules=True,
    )
    pages += g.pages
    remember(pr, d)
    return close(pages, s, h)


def tpl_tender_return(rng: random.Random, who: Issuer) -> list[Page]:
    """A contractor's tender return to the practice: the form of tender signed and stamped
    (Angebotsschreiben, acte d'engagement), the price summary by element (Zusammenstellung,
    DPGF récapitulative), the qualifications and exclusions, and sometimes a programme bar
    chart on a landscape page."""
    pr = project_for(rng)
    lg = home()
    row = pr.contractor if rng.random() < 0.3 else local(rng, "contractor", lg)
    h = make_head(row, lg, "contractor")
    s = style_of(h, A4)
    w, _hh = s.page_size
    m = s.margin
    d = some_day(rng)
    els = breakdown(rng, lg, pr.value * rng.uniform(0.9, 1.2))
    price = round(sum(v for _, v, _ in els), 2)
    boss = person(keyed(who, row[0]), lg)
    f = sheets(s, h, f"{row[0]} - {tr(lg, 'Tender', 'Angebot', 'Offre')} - {pr.title}")
    recipient(
        f,
        s,
        h,
        practice_lines(),
        d,
        [(tr(lg, "Tender ref", "Vergabe-Nr.", "Consultation"), f"{pr.no}/T{rng.randint(1, 4)}")],
    )
    subject(
        f,
        s,
        tr(
            lg,
            f"Form of Tender - {pr.title}, {pr.site}",
            f"Angebot - {pr.title}, {pr.site}",
            f"Acte d'engagement - {pr.title}, {pr.site}",
        ),
    )
    write(f, s, dear(lg, None))
    write(
        f,
        s,
        tr(
            lg,
            f"Having examined the drawings, specification and tender documents issued, we offer to "
            f"carry out and complete the Works for the sum of {cash(price, lg)} (excluding VAT), "
            f"within a contract period of {rng.randint(12, 48)} weeks.",
            "auf Grundlage der übersandten Vergabeunterlagen bieten wir die Ausführung der "
            "Leistungen "
            f"zum Angebotspreis von {cash(price, lg)} netto an. Ausführungsfrist: "
            f"{rng.randint(12, 48)} Wochen.",
            "Après avoir pris connaissance des pièces du dossier de consultation, nous nous "
            "engageons "
            f"à exécuter les travaux pour un montant de {cash(price, lg)} HT, dans un délai de "
            f"{rng.randint(3, 11)} mois.",
        ),
    )
    write(
        f,
        s,
        tr(
            lg,
            "This tender remains open for acceptance for 90 days.",
            "Wir halten uns an dieses Angebot bis zum Ablauf der Bindefrist gebunden.",
            "L'offre est valable 120 jours à compter de la date limite de remise.",
        ),
    )
    write(f, s, prose(rng, lg, "site", 1, 2))
    regards(f, s, lg, boss, tr(lg, "Managing Director", "Geschäftsführer", "Gérant"))
    f.page.rect(w - m - 150, f.y - 60, 130, 40)
    f.page.text(w - m - 85, f.y - 44, row[0][:28], "Helvetica-Bold", 7, "center")
    f.page.text(w - m - 85, f.y - 32, row[2], "Helvetica", 7, "center")
    received(rng, f.pages[0], d, 0.4)
    f.new_page()
    caption(f, s, tr(lg, "Tender summary", "Zusammenstellung", "DPGF - Récapitulatif"), 3, True)
    table(
        f,
        columns(m, w - m, [(0.5, "left"), (4.5, "left"), (1.5, "right")]),
        [
            tr(lg, "Ref", "Titel", "Lot"),
            tr(lg, "Element", "Bezeichnung", "Désignation"),
            tr(lg, "Amount", "Betrag", "Montant HT"),
        ],
        [[f"{k + 1:02d}", e, money(v, lg)] for k, (e, v, _) in enumerate(els)],
        s,
        rules=True,
    )
    totals(f, s, lg, round(sum(v for _, v, _ in els), 2), vat_rate(lg))
    if rng.random() < 0.8:
        f.heading(
            m,
            tr(
                lg,
                "Qualifications and exclusions",
                "Vorbehalte / nicht enthaltene Leistungen",
                "Réserves et exclusions",
            ),
            s.bold,
            s.size + 1,
        )
        for k in range(rng.randint(4, 12)):
            write(f, s, f"{k + 1}.  {words(rng, lg, 'site', rng.randint(8, 20))}", s.size - 0.5, 6)
    pages = f.pages
    if rng.random() < 0.4:
        s2 = style_of(h, landscape(A4), margin=36, pt=7.5)
        w2, h2 = s2.page_size
        p = Page(landscape(A4))
        p.text(
            36,
            40,
            tr(lg, "Outline programme", "Bauzeitenplan (Grobterminplan)", "Planning prévisionnel"),
            s.bold,
            11,
        )
        p.text(w2 - 36, 40, f"{row[0]} - {pr.title}", s.font, 8, "right")
        weeks = rng.randint(16, 40)
        x0, x1 = 210.0, w2 - 36
        cw = (x1 - x0) / weeks
        y = 70.0
        for k in range(weeks):
            if k % 2 == 0:
                p.text(x0 + k * cw + cw / 2, y, str(k + 1), s.font, 6, "center")
        p.line(36, y + 5, x1, y + 5)
        y += 18
        t0 = 0
        for e, _, _ in els:
            dur = rng.randint(2, max(3, weeks // 3))
            t0 = min(max(0, t0 + rng.randint(-2, 3)), weeks - dur)
            p.text(36, y, fit(e, s.font, 7.5, 170), s.font, 7.5)
            p.rect(x0 + t0 * cw, y - 7, dur * cw, 8, fill=0.45)
            y += 15
            if y > h2 - 50:
                break
        for k in range(0, weeks + 1, 4):
            p.line(x0 + k * cw, 62, x0 + k * cw, y)
        pages.append(p)
    remember(pr, d)
    return close(pages, s, h)


# ---------------------------------------------------------------------------------------------
# Templates XX: the office itself
# ---------------------------------------------------------------------------------------------


def tpl_pi_renewal(rng: random.Random, who: Issuer) -> list[Page]:
    """The broker's professional indemnity renewal: a covering letter, the schedule (insurer,
    period, limit of indemnity, excess, premium and tax), a page of endorsements, and an
    evidence of cover for clients (Versicherungsbestätigung for the Architektenkammer,
    attestation d'assurance) on a page of its own."""
    h = head_of(who, "broker")
    lg = h.lang
    s = style_of(h, A4)
    w, _hh = s.page_size
    m = s.margin
    d = some_day(rng)
    r = keyed(who, "policy")
    pol = serial(r, r.choice(["PI/99999/AA", "BHV 99 999 999", "AR 9999999"]))
    insurer = r.choice(
        {
            "en": [
                "Underwritten by certain Lloyd's syndicates",
                "Aviva Insurance Ltd",
                "Hiscox Insurance Company Ltd",
            ],
            "de": [
                "R+V Allgemeine Versicherung AG",
                "HDI Versicherung AG",
                "VHV Allgemeine Versicherung AG",
            ],
            "fr": ["Mutuelle des Architectes Français", "AXA France IARD", "SMABTP"],
        }[lg]
    )
    start = month().replace(day=1) + timedelta(days=31)
    start = start.replace(day=1)
    end = start.replace(year=start.year + 1) - timedelta(days=1)
    limit = (
        rng.choice([1_000_000, 2_000_000, 2_000_000, 5_000_000])
        if lg == "en"
        else rng.choice([1_500_000, 3_000_000, 500_000])
    )
    prem = round(rng.uniform(2800, 9800), 2)
    ph = practice_head()
    broker = person(r, lg)
    f = sheets(s, h, f"{h.name} - {pol}")
    recipient(f, s, h, practice_lines(), d, [(tr(lg, "Policy", "Vertrag", "Contrat"), pol)])
    subject(
        f,
        s,
        tr(
            lg,
            "Professional Indemnity Insurance - renewal",
            "Berufshaftpflichtversicherung - Verlängerung",
            "Assurance responsabilité civile professionnelle - renouvellement",
        ),
    )
    write(f, s, dear(lg, mx(STAFF[0][0], lg)))
    write(
        f,
        s,
        tr(
            lg,
            f"We are pleased to enclose the renewal documents for your Professional Indemnity "
            f"insurance, which renews on {day(h, start)}. Please check the schedule carefully and "
            "tell us of any change in your practice's activities.",
            f"anbei erhalten Sie den Versicherungsschein für die Verlängerung Ihrer "
            f"Berufshaftpflichtversicherung ab {day(h, start)} sowie die Bestätigung zur Vorlage "
            "bei der Architektenkammer.",
            f"Veuillez trouver ci-joint votre avenant de renouvellement à effet du {day(h, start)} "
            "ainsi que votre attestation d'assurance.",
        ),
    )
    write(f, s, prose(rng, lg, "legal", 1, 3))
    regards(f, s, lg, broker, tr(lg, "Account Executive", "Kundenbetreuung", "Chargé de clientèle"))
    received(rng, f.pages[0], d, 0.3)
    # The schedule.
    f.new_page()
    caption(f, s, tr(lg, "SCHEDULE", "VERSICHERUNGSSCHEIN", "CONDITIONS PARTICULIÈRES"), 4, True)
    f.y = (
        pairs(
            f.page,
            s,
            m,
            f.y,
            [
                (tr(lg, "Policy number", "Versicherungsschein-Nr.", "N° de contrat"), pol),
                (tr(lg, "The Insured", "Versicherungsnehmer", "Souscripteur"), ph.name),
                (tr(lg, "Address", "Anschrift", "Adresse"), f"{ph.street}, {ph.town}"),
                (tr(lg, "Insurer", "Versicherer", "Assureur"), insurer),
                (
                    tr(lg, "Period of insurance", "Versicherungsdauer", "Période"),
                    f"{short(start, lg)} - {short(end, lg)}",
                ),
                (
                    tr(lg, "Professional activity", "Tätigkeit", "Activité"),
                    tr(lg, "Architects", "Architekten (Hochbau)", "Architecte"),
                ),
                (
                    tr(lg, "Limit of indemnity", "Deckungssumme", "Plafond de garantie"),
                    tr(
                        lg,
                        f"{cash(limit, lg)} each and every claim",
                        f"{cash(limit, lg)} Personenschäden, {cash(limit // 2, lg)} sonstige "
                        "Schäden",
                        f"{cash(limit, lg)} par sinistre",
                    ),
                ),
                (
                    tr(lg, "Excess", "Selbstbeteiligung", "Franchise"),
                    cash(rng.choice([2500, 5000, 1000, 1500]), lg),
                ),
                (
                    tr(lg, "Retroactive date", "Rückwärtsversicherung", "Reprise du passé"),
                    tr(lg, "Unlimited", "unbegrenzt", "illimitée"),
                ),
                (
                    tr(lg, "Fee income declared", "Honorarumsatz", "Chiffre d'affaires déclaré"),
                    cash(round(rng.uniform(300, 1400)) * 1000, lg),
                ),
            ],
            w - m,
            s.size,
        )
        + 10
    )
    tax = prem * {"en": 0.12, "de": 0.19, "fr": 0.09}[lg]
    table(
        f,
        columns(m, w - m, [(4, "left"), (1.4, "right")]),
        [tr(lg, "Premium", "Beitrag", "Cotisation"), ""],
        [
            [
                tr(lg, "Annual premium", "Jahresbeitrag netto", "Cotisation annuelle HT"),
                cash(prem, lg),
            ],
            [
                tr(lg, "Insurance Premium Tax 12%", "Versicherungsteuer 19 %", "Taxes 9 %"),
                cash(tax, lg),
            ],
            [tr(lg, "Total payable", "Gesamtbeitrag", "Total TTC"), cash(prem + tax, lg)],
        ],
        s,
        rules=True,
    )
    f.y += 8
    write(f, s, prose(rng, lg, "legal", 1, 2), s.size - 1.5)
    pages = f.pages
    if rng.random() < 0.6:
        pages.append(
            small_print(
                rng,
                s,
                h,
                tr(
                    lg,
                    "ENDORSEMENTS",
                    "BESONDERE BEDINGUNGEN UND KLAUSELN",
                    "CLAUSES PARTICULIÈRES",
                ),
                {
                    "en": [
                        "Cladding exclusion",
                        "Fire safety exclusion",
                        "Asbestos",
                        "Cyber and data",
                        "Pollution and contamination",
                        "Insolvency",
                        "Collateral warranties",
                        "Claims notification",
                    ],
                    "de": [
                        "Mitversicherte Tätigkeiten",
                        "Serienschadenklausel",
                        "Ausschlüsse",
                        "Nachhaftung",
                        "Obliegenheiten",
                        "Mitversicherte Personen",
                        "Jahreshöchstleistung",
                    ],
                    "fr": [
                        "Activités garanties",
                        "Garantie décennale",
                        "Exclusions",
                        "Déclaration des chantiers",
                        "Franchise",
                        "Prescription",
                    ],
                }[lg],
            )
        )
    # The evidence of cover.
    p = Page(A4)
    y = heading(p, s, h) + 20
    t = tr(lg, "EVIDENCE OF INSURANCE", "VERSICHERUNGSBESTÄTIGUNG", "ATTESTATION D'ASSURANCE")
    p.text(w / 2, y, t, s.bold, shrink(t, s.bold, 16, w - 2 * m), "center")
    y += 14
    p.text(
        w / 2,
        y,
        fit(
            tr(
                lg,
                "To whom it may concern",
                "gemäß Architektengesetz zur Vorlage bei der Architektenkammer",
                "Responsabilité civile professionnelle et décennale - exercice " + str(start.year),
            ),
            s.font,
            s.size,
            w - 2 * m,
        ),
        s.font,
        s.size,
        "center",
    )
    y += 36
    y = text_block(
        p,
        s,
        m + 20,
        y,
        w - 2 * m - 40,
        tr(
            lg,
            f"We confirm that {ph.name} holds Professional Indemnity insurance under policy "
            f"{pol} with "
            f"{insurer} for the period {short(start, lg)} to {short(end, lg)}, with a limit of "
            "indemnity of "
            f"{cash(limit, lg)} each and every claim.",
            f"Wir bestätigen, dass für {ph.name}, {ph.street}, {ph.town}, unter der Nr. {pol} eine "
            f"Berufshaftpflichtversicherung besteht. Deckungssummen: {cash(limit, lg)} für "
            "Personenschäden "
            f"und {cash(limit // 2, lg)} für sonstige Schäden, zweifach maximiert pro Jahr.",
            f"{insurer} atteste que {ph.name}, {ph.street}, {ph.town}, est titulaire du contrat "
            f"n° {pol} "
            "garantissant sa responsabilité civile professionnelle et décennale pour la période "
            "du "
            f"{short(start, lg)} au {short(end, lg)}.",
        ),
    )
    y = text_block(p, s, m + 20, y, w - 2 * m - 40, prose(rng, lg, "legal", 1, 2), s.size - 1)
    y += 30
    p.text(m + 20, y, f"{h.town.split()[-1]}, {day(h, d)}", s.font, s.size)
    sign_line(
        p,
        s,
        w / 2,
        y + 40,
        w / 2 - m - 20,
        tr(lg, "For and on behalf of the Insurer", "Der Versicherer", "Pour l'assureur"),
        broker,
    )
    if rng.random() < 0.6:
        seal(
            p,
            w / 2 - 50,
            y + 30,
            30,
            insurer[:24],
            tr(lg, "INSURERS", "Versicherung", "Assurances"),
        )
    pages.append(p)
    remember(None, d)
    return close(pages, s, h)


SEMINARS = {
    "en": [
        "Fire safety in residential design after the Building Safety Act",
        "Principal Designer duties under the Building Regulations",
        "Retrofit: PAS 2035 in practice",
        "Part O overheating assessments",
        "Contract administration under JCT 2024",
        "Inclusive design and Part M",
    ],
    "de": [
        "Brandschutz im Bestand - Praxisseminar",
        "GEG 2024 und Förderung (BEG)",
        "HOAI-Honorarermittlung für Umbauten",
        "Holzbau im Geschosswohnungsbau",
        "Barrierefreies Bauen nach DIN 18040",
        "Bauleitung und Mängelmanagement",
    ],
    "fr": [
        "RE2020 : retours d'expérience",
        "Réhabilitation du bâti ancien",
        "Accessibilité des ERP",
        "Le BIM en agence d'architecture",
        "Sécurité incendie des habitations",
        "Marchés publics de maîtrise d'oeuvre",
    ],
}


def tpl_cpd_certificate(rng: random.Random, who: Issuer) -> list[Page]:
    """A certificate of attendance for one member of staff at a CPD seminar, on landscape A4
    or A5 with a frame: the participant, the seminar, the date and hours (Unterrichtseinheiten,
    heures de formation), an accreditation number and a signature; a run for colleagues who
    attended the same day."""
    h = head_of(who, "cpd")
    lg = h.lang
    r = keyed(who, "seminar")
    size = r.choice([landscape(A4), landscape(A4), landscape(A5), A4])
    s = style_of(h, size)
    w, hh = size
    m = 50 if w > 500 else 30
    d = month() - timedelta(days=r.randint(0, 40))
    sem = r.choice(SEMINARS[lg])
    hours = r.choice([1, 2, 3, 3.5, 6, 7])
    # A run is the certificates of colleagues who went to the same seminar.
    ex = LAST["extra"]
    seen = ex if after(("cpd_certificate",)) and isinstance(ex, list) else []
    who_ = rng.choice([n_ for n_, _ in STAFF if n_ not in seen] or [STAFF[0][0]])
    p = Page(size)
    p.rect(14, 14, w - 28, hh - 28)
    p.rect(19, 19, w - 38, hh - 38)
    y = m + 10
    big = 26 if w > 500 else 17
    name_pt = shrink(h.name, h.bold, 11, w - 2 * m)
    p.text(w / 2, y, h.name, h.bold, name_pt, "center")
    y += 44 if w > 500 else 30
    t = tr(lg, "Certificate of Attendance", "Teilnahmebescheinigung", "Attestation de formation")
    p.text(w / 2, y, t, "Times-Bold", big, "center")
    y += big + 10
    p.text(
        w / 2,
        y,
        tr(lg, "This is to certify that", "Hiermit wird bescheinigt, dass", "Nous certifions que"),
        "Times-Italic",
        11,
        "center",
    )
    y += 26
    p.text(w / 2, y, mx(who_, lg), "Times-Bold", big - 6, "center")
    y += 14
    p.text(w / 2, y, practice_name(), s.font, 9, "center")
    y += 22
    p.text(
        w / 2,
        y,
        tr(lg, "attended the seminar", "an der Fortbildungsveranstaltung", "a suivi la formation"),
        "Times-Italic",
        11,
        "center",
    )
    y += 20
    for ln in wrap(f"'{sem}'", "Times-Bold", 13, w - 2 * m - 40):
        p.text(w / 2, y, ln, "Times-Bold", 13, "center")
        y += 16
    y += 4
    p.text(
        w / 2,
        y,
        tr(
            lg,
            f"held on {day(h, d)} - {hours:g} CPD hours",
            f"am {day(h, d)} teilgenommen hat - {int(hours * 1.33)} Unterrichtseinheiten / "
            f"{hours:g} Fortbildungspunkte",
            f"le {day(h, d)} - durée : {hours:g} heures",
        ),
        s.font,
        9.5,
        "center",
    )
    y += 14
    p.text(
        w / 2,
        y,
        fit(
            tr(
                lg,
                f"Provider ref. {serial(r, 'CPD-99999')}",
                f"Anerkannt von der Architektenkammer, Nr. {serial(r, 'AK 9999-99')}",
                f"Organisme enregistré sous le n° {serial(r, '99 99 99999 99')}",
            ),
            s.font,
            7.5,
            w - 2 * m,
        ),
        s.font,
        7.5,
        "center",
    )
    ys = hh - m - (10 if w > 500 else 0)
    sig = person(r, lg)
    sign_line(
        p,
        s,
        w / 2 - 90,
        ys,
        180,
        tr(lg, "Course Director", "Leitung der Akademie", "Le responsable pédagogique"),
        sig,
    )
    if r.random() < 0.5:
        seal(p, w - m - 50, ys - 30, 26, h.name[:22], tr(lg, "CPD", "Fortbildung", "Formation"))
    remember(None, d, [*seen, who_])
    return [p]


def tpl_rent_review(rng: random.Random, who: Issuer) -> list[Page]:
    """The landlord's agent on the office lease: an English rent review letter with the
    memorandum of rent review to sign and return, a German Indexanpassung with the
    calculation from the consumer price index, or a French révision du loyer commercial with
    the ILC calculation table."""
    h = head_of(who, "landlord")
    lg = h.lang
    s = style_of(h, A4)
    w, _hh = s.page_size
    m = s.margin
    d = some_day(rng)
    r = keyed(who, "lease")
    ph = practice_head()
    unit = tr(
        lg,
        f"Suite {r.randint(1, 9)}, {ph.street}",
        f"Büroeinheit {r.choice(['1. OG links', '2. OG', 'EG rechts'])}, {ph.street}",
        f"Lot n° {r.randint(3, 40)}, {ph.street}",
    )
    old = round(r.uniform(14000, 42000), -2)
    new = round(old * rng.uniform(1.03, 1.12), -1 if lg == "en" else 0)
    agent = person(r, lg)
    f = sheets(s, h, f"{h.name} - {unit}")
    recipient(
        f,
        s,
        h,
        practice_lines(),
        d,
        [(tr(lg, "Our ref", "Objekt-Nr.", "Réf."), serial(r, "L/999"))],
    )
    subject(
        f,
        s,
        tr(
            lg,
            f"{unit} - Rent review as at {day(h, d.replace(day=1))}",
            f"Gewerbemietvertrag {unit} - Anpassung der Miete gemäß § 5 (Wertsicherungsklausel)",
            f"Bail commercial - {unit} - Révision triennale du loyer",
        ),
    )
    write(f, s, dear(lg, mx(STAFF[0][0], lg) if rng.random() < 0.6 else None))
    cpi0, cpi1 = round(rng.uniform(108, 118), 1), 0.0
    cpi1 = round(cpi0 * new / old, 1)
    write(
        f,
        s,
        tr(
            lg,
            "Further to our recent negotiations we are pleased to confirm agreement of the rent "
            "review "
            f"of the above premises at {cash(new, lg)} per annum exclusive with effect from the "
            "review "
            "date. We enclose the memorandum in duplicate for signature.",
            f"gemäß § 5 des Mietvertrages ist die Nettokaltmiete an die Entwicklung des "
            f"Verbraucherpreisindex anzupassen. Der Index ist von {cpi0} auf {cpi1} Punkte "
            "gestiegen; "
            "die Berechnung finden Sie in der Anlage.",
            "Conformément aux articles L.145-37 et suivants du code de commerce, nous vous "
            "notifions "
            "la révision du loyer selon l'indice des loyers commerciaux (ILC). Le détail figure "
            "ci-après.",
        ),
    )
    write(f, s, prose(rng, lg, "money", 1, 2))
    regards(f, s, lg, agent, tr(lg, "MRICS, Associate", "Objektbetreuung", "Gestionnaire"))
    received(rng, f.pages[0], d, 0.4)
    pages = f.pages
    if lg == "en":
        p = Page(A4)
        y = m + 20
        p.text(w / 2, y, "MEMORANDUM OF RENT REVIEW", s.bold, 14, "center")
        y += 34
        for k, (a, b) in enumerate(
            [
                ("Premises", unit + ", " + ph.town),
                ("Lease", f"dated {day(h, d - timedelta(days=365 * r.randint(3, 9)))}"),
                (
                    "Landlord",
                    r.choice(
                        ["Kirkgate Investments Ltd", "Walcot Estates LLP", "Cliffe Property Co Ltd"]
                    ),
                ),
                ("Tenant", ph.name),
                ("Review date", day(h, d.replace(day=1))),
                ("Revised rent", f"{cash(new, lg)} per annum exclusive of VAT"),
            ]
        ):
            p.text(m, y, f"{k + 1}.", s.font, s.size)
            p.text(m + 20, y, a, s.bold, s.size)
            y = text_block(p, s, m + 130, y, w - 2 * m - 130, b)
        y += 10
        y = text_block(
            p,
            s,
            m,
            y,
            w - 2 * m,
            "It is hereby recorded that the rent payable under the Lease has "
            "been agreed at the revised rent stated above with effect from the review date. This "
            "memorandum is supplemental to the Lease.",
            s.size,
        )
        y += 40
        sign_line(
            p, s, m, y, 200, "Signed for and on behalf of the Landlord", agent, rng.random() < 0.5
        )
        sign_line(
            p,
            s,
            w / 2 + 20,
            y,
            w / 2 - m - 20,
            "Signed for and on behalf of the Tenant",
            STAFF[0][0],
            False,
        )
        pages.append(p)
    else:
        g = sheets(
            s, h, f"{h.name} - {tr(lg, '', 'Anlage Berechnung', 'Annexe calcul')}", top=False
        )
        caption(
            g,
            s,
            tr(lg, "", "Berechnung der Mietanpassung", "Calcul de la révision du loyer"),
            2,
            True,
        )
        rows = [
            [
                tr(lg, "", "Bisherige Nettokaltmiete p.a.", "Loyer annuel HT en vigueur"),
                cash(old, lg),
            ],
            [tr(lg, "", "Index bei letzter Anpassung", "Indice de référence (ILC)"), f"{cpi0}"],
            [tr(lg, "", "Index aktuell", "Nouvel indice"), f"{cpi1}"],
            [tr(lg, "", "Veränderung", "Variation"), f"{(cpi1 / cpi0 - 1) * 100:.2f} %"],
            [tr(lg, "", "Neue Nettokaltmiete p.a.", "Nouveau loyer annuel HT"), cash(new, lg)],
            [
                tr(
                    lg,
                    "",
                    "Neue Monatsmiete zzgl. NK-Vorauszahlung",
                    "Nouveau loyer trimestriel HT",
                ),
                cash(new / (12 if lg == "de" else 4), lg),
            ],
        ]
        table(g, columns(m, w - m, [(4, "left"), (1.5, "right")]), ["", ""], rows, s, rules=True)
        g.y += 10
        write(
            g,
            s,
            tr(
                lg,
                "",
                "Die neue Miete ist ab dem übernächsten Monat nach Zugang dieser Erklärung zu "
                "zahlen. "
                "Bitte passen Sie Ihren Dauerauftrag an.",
                "Le nouveau loyer sera appelé à compter de la prochaine échéance trimestrielle.",
            ),
            s.size - 1,
        )
        pages += g.pages
    remember(None, d)
    return close(pages, s, h)


# ---------------------------------------------------------------------------------------------
# The part: templates, runs and companions
# ---------------------------------------------------------------------------------------------


def tracked(name: str, tpl: Template) -> Template:
    """``tpl`` noting its kind, so that a companion can take up the same project."""

    def run(rng: random.Random, who: Issuer) -> list[Page]:
        pages = tpl(rng, who)
        LAST["kind"] = name
        return pages

    run.__doc__ = tpl.__doc__
    return run


KINDS: dict[str, Template] = {
    "fee_proposal": tpl_fee_proposal,
    "appointment": tpl_appointment,
    "planning_decision": tpl_planning_decision,
    "plan_check": tpl_plan_check,
    "engineer_invoice": tpl_engineer_invoice,
    "surveyor_invoice": tpl_surveyor_invoice,
    "drawing_issue": tpl_drawing_issue,
    "site_report": tpl_site_report,
    "dtm_minutes": tpl_dtm_minutes,
    "valuation": tpl_valuation,
    "payment_certificate": tpl_payment_certificate,
    "instruction": tpl_instruction,
    "tender_return": tpl_tender_return,
    "practical_completion": tpl_practical_completion,
    "pi_renewal": tpl_pi_renewal,
    "cpd_certificate": tpl_cpd_certificate,
    "software_renewal": tpl_software_renewal,
    "print_invoice": tpl_print_invoice,
    "rent_review": tpl_rent_review,
    "energy_bill": tpl_energy_bill,
}
TEMPLATES_XX: dict[str, Template] = {k: tracked(k, t) for k, t in KINDS.items()}
#: Kinds that a pile often holds 2-4 of in a row from one sender.
RUN_KINDS = (
    "engineer_invoice",
    "surveyor_invoice",
    "print_invoice",
    "cpd_certificate",
    "instruction",
    "payment_certificate",
    "site_report",
    "energy_bill",
)
#: A kind often followed by a related paper, mostly from another sender.
FOLLOWS = {
    "fee_proposal": "appointment",
    "valuation": "payment_certificate",
    "site_report": "instruction",
    "dtm_minutes": "drawing_issue",
}


# ---------------------------------------------------------------------------------------------
# Streams and generation (same files and labels as corpus.generate)
# ---------------------------------------------------------------------------------------------


def make_ewer_stream(rng: random.Random, n_docs: int, separators: bool) -> Stream:
    """One practice's pile: ``corpus.make_stream`` with batch runs (after a run kind, 1-3 more
    of the same kind from the same sender follow with probability 0.6) and companions (each
    kind in ``FOLLOWS`` is followed by its related paper with probability 0.5). The practice
    (country, name, staff, month, projects) is drawn once per stream."""
    r = random.Random(rng.getrandbits(32))
    lang = r.choice(["en", "en", "de", "de", "fr"])
    OFFICE["lang"] = lang
    OFFICE["row"] = r.randrange(len(PRACTICES[lang]))
    OFFICE["seed"] = r.getrandbits(24)
    OFFICE["month"] = date(r.choice([2024, 2025]), r.randint(1, 12), 1)
    STAFF[:] = []
    roles = ROLES[lang]
    for k in range(r.randint(4, 8)):
        role = (
            roles[0] if k == 0 else roles[min(k, len(roles) - 2)] if k < 5 else r.choice(roles[2:5])
        )
        STAFF.append((person(r, lang), role))
    STAFF.append((person(r, lang), roles[-1]))
    PROJECTS[:] = [a_project(r, lang, k) for k in range(r.randint(3, 5))]
    LAST.update(kind="", project=None, day=None, extra=None)
    run_odds = dict.fromkeys(RUN_KINDS, 0.6)
    return assemble_stream(
        rng, TEMPLATES_XX, n_docs, separators, run_odds, run_len=(1, 3), follows=FOLLOWS
    )


generate = part_generate(PART, SEED_OFFSET, make_ewer_stream, "templates XX")


def main(argv: list[str]) -> int:
    return part_main(argv, __doc__, PART, generate, scanned=12)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

"""Skimmer part of the generated corpus: templates BBBBB, written blind for the next measurement.

A part of its own, ``skimmer``. Its templates were written without looking at the boundary
detector, its documentation, its tuning or its evaluation, as the pile the office of a public
aquarium and sea-life visitor centre with a small research and breeding programme (a director, a
curator, aquarists, an education officer, a visitor services and retail manager and a finance
officer; in England, Germany or France) feeds through its scanner in a month: the centre's group
booking confirmations to coach operators, clubs and schools (Gruppenbuchung, confirmation de
réservation groupe) with the price table, now and then the booking conditions and a coach driver
voucher; schools' visit booking forms filled in by hand on the centre's form (workshops ticked,
numbers, lunch room, needs, the teacher's signature) with the school's own risk assessment on
landscape pages and now and then the class list behind; animal transfer agreements with other
aquaria (breeding loan, donation, exchange; Tierabgabevertrag, convention de transfert) with the
specimen table in 1.1.0 notation, the numbered conditions, a signature page and now and then a
specimen report printout on a landscape page; CITES permits and certificates from the management
authority (APHA Centre for International Trade, Bundesamt für Naturschutz, DREAL) on the boxed
form, sometimes with the copy for the holder and a covering letter; official health
certificates for live aquatic animals with Part I boxes and Part II attestations, 'Page i of n'
and the certificate reference on every page, the official veterinarian's signature and round
stamp; the zoo vet's clinical and post-mortem reports with the findings and a results table, now
and then the external laboratory's histopathology page behind; the water laboratory's test
reports (UKAS, DAkkS, COFRAC) with the parameter table per tank, 'Page i of n'; life support
system maintenance contracts with a covering letter, numbered clauses, the equipment schedule on
landscape pages and a signature page; the contractor's service visit reports (job sheets with a
checklist ticked OK / action / n.a., readings and remarks by hand, both signatures); frozen fish
and krill suppliers' invoices with batch numbers, cartons and kilos; shop suppliers' invoices
with EAN lines running over pages under a running header, now and then the terms of sale behind;
annual pass holders' renewal forms filled in by hand, sometimes with the direct debit mandate;
grant offer letters from foundations and funds with the standard terms, the payment schedule and
the acceptance form; sponsorship agreements with local firms with the benefits table, the fees
and a landscape signage plan annex; zoo licence inspection reports (Zoo Licensing Act 1981,
Überprüfung nach § 42 BNatSchG, contrôle de l'établissement / certificat de capacité) with the
standards table and conditions, often behind a covering letter from the authority; insurance
schedules with the sections, sums insured (livestock, life support failure) and endorsement
pages; the centre's own weekly staff rotas on landscape A4 with hand amendments; the dive
supervisor's dive operations records filled in by hand on landscape forms; livestock wholesalers'
invoices with the species lines, box and freight charges, now and then the packing list and the
shipper's certification for live animals; the online ticketing provider's monthly settlement
statement with the daily sales table over pages and the remittance advice. Each stream is one
centre's pile: the centre (country, name, month, staff) is drawn once per stream; its senders
are of the centre's country and write in its language, except that other aquaria, health
certificates' official vets, livestock wholesalers and shop suppliers are now and then from
abroad and write in their own. Page sizes range from A5 slips to A4, Letter and landscape A4.

Labelling rule: what one sender issues in one go is one document, as the centre files it: the
booking conditions and the driver voucher of a booking confirmation; the school's risk
assessment and class list sent with its booking form; the signature page and the specimen
report of a transfer agreement; the covering letter and every copy of a CITES permit; every page
of a health certificate; the laboratory page behind a vet's report; the covering letter,
schedules and signature page of a maintenance contract; the terms page of an invoice; the
mandate sent with a pass renewal; the terms, schedule and acceptance form of a grant offer; the
signage plan of a sponsorship agreement; the covering letter of an inspection report and of an
insurance schedule; both pages of a rota; the packing list and the shipper's certification sent
with a livestock invoice; the remittance advice of a settlement statement. Related papers are
documents of their own: the centre's confirmation after a school's booking form, the health
certificate after the transfer agreement, the CITES permit after the livestock invoice, the
service report after the maintenance contract; and so is each invoice, report, permit, form,
rota and record of a run.

Streams are assembled like ``corpus.make_stream`` (same separator sheets, same 30% chance of
repeating the previous kind and sender), plus batch runs: food and shop invoices, water reports,
service reports, pass renewals, rotas, dive records, CITES permits and booking confirmations
often come 2-4 in a row from one sender with other dates, numbers and amounts; and companions:
each related paper above often follows the document it answers. Drawn with ``corpus.draw_pdf``,
scanned with ``corpus.scan`` and labelled exactly like ``corpus.generate`` with ``"split":
"skimmer"`` and seeds offset by 10_500_000.

Usage: ``python benchmarks/corpus_skimmer.py OUT_DIR [--streams N] [--scanned N] [--seed S]``
writes ``OUT_DIR/skimmer/skimmer_{born_digital,scanned}_NNNNNNN.{pdf,json}``.
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

PART = "skimmer"
SEED_OFFSET = 10_500_000

MM = 72 / 25.4
LAND = landscape(A4)

# ---------------------------------------------------------------------------------------------
# Who writes: the centre and its outside senders, by country
# ---------------------------------------------------------------------------------------------

Row = tuple[str, str, str, str]  # name, street, town, telephone
CENTRES: dict[str, list[Row]] = {
    "en": [
        ("Saltwick Bay Aquarium Trust", "Marine Parade", "Whitby YO21 3PJ", "01947 600 414"),
        ("Tamar Sound Sea Life Centre", "Coxside Wharf", "Plymouth PL4 0LF", "01752 275 800"),
        ("Wash & Fens Aquarium", "South Quay", "King's Lynn PE30 5DT", "01553 771 902"),
    ],
    "de": [
        ("Meeresaquarium Jadebusen gGmbH", "Südstrand 21", "26382 Wilhelmshaven", "04421 50 66 0"),
        ("Ostsee-Aquarium Schlei", "Am Hafen 4", "24376 Kappeln", "04642 91 27 30"),
        ("Aquazoo Bodensee e.V.", "Seestraße 88", "88045 Friedrichshafen", "07541 38 20 10"),
    ],
    "fr": [
        ("Aquarium de la Côte d'Opale", "Boulevard Sainte-Beuve", "62200 Boulogne-sur-Mer", ""),
        ("Océarium des Abers", "Port de l'Aber Wrac'h", "29870 Landéda", "02 98 04 61 22"),
        ("Aquarium du Bassin d'Arcachon", "2 rue du Professeur Jolyet", "33120 Arcachon", ""),
    ],
}
SENDERS: dict[str, dict[str, list[Row]]] = {
    "tour": {
        "en": [
            ("Dales & Moors Coach Holidays", "Station Yard", "Malton YO17 7NR", "01653 690 211"),
            ("Severn Valley Travel Club", "14 Mill Street", "Bridgnorth WV15 5AG", ""),
            ("St Aidan's Church Social Group", "The Vicarage", "Scarborough YO12 4HG", ""),
            ("Pennine Rambler Tours Ltd", "Unit 2, Holme Road", "Skipton BD23 2QL", ""),
        ],
        "de": [
            ("Reisedienst Harms GmbH", "Bahnhofstraße 31", "26122 Oldenburg", "0441 92 80 40"),
            ("Seniorenkreis St. Marien", "Kirchplatz 2", "49074 Osnabrück", ""),
            ("Omnibus Weyrich KG", "Gewerbering 12", "88212 Ravensburg", ""),
            ("Landfrauenverein Ammerland", "Hauptstraße 8", "26160 Bad Zwischenahn", ""),
        ],
        "fr": [
            ("Autocars Delattre", "ZA du Moulin", "62100 Calais", "03 21 96 44 10"),
            ("Comité d'entreprise SNCF Lille", "44 rue de Tournai", "59000 Lille", ""),
            ("Club des Aînés de Plouguerneau", "Mairie", "29880 Plouguerneau", ""),
            ("Voyages Lacoste SARL", "12 cours Victor Hugo", "33000 Bordeaux", ""),
        ],
    },
    "school": {
        "en": [
            ("Eskdale Primary School", "Briggswath Road", "Sleights YO22 5DB", "01947 810 255"),
            ("Holy Trinity CE Academy", "Grange Road", "Middlesbrough TS1 2LN", ""),
            ("Ryedale Community School", "Gale Lane", "Nawton YO62 7SL", ""),
            ("Woodlands Park Junior School", "Park Avenue", "Hull HU5 3EU", ""),
        ],
        "de": [
            ("Grundschule am Deich", "Deichstraße 12", "26386 Wilhelmshaven", ""),
            ("Gymnasium Am Wall", "Wallstraße 1", "26721 Emden", "04921 87 34 20"),
            ("Oberschule Zetel", "Schulstraße 5", "26340 Zetel", ""),
            ("Realschule Plus Westerstede", "Am Esch 2", "26655 Westerstede", ""),
        ],
        "fr": [
            ("École élémentaire Jean Jaurès", "3 rue de la Paix", "62200 Boulogne-sur-Mer", ""),
            ("Collège Pierre Mendès France", "Avenue du Collège", "62360 Pont-de-Briques", ""),
            ("École primaire du Bourg", "Place de l'Église", "29870 Landéda", ""),
            ("Lycée Grand Air", "Avenue du Dr Lorentz Monod", "33120 Arcachon", ""),
        ],
    },
    "aquarium": {
        "en": [
            ("Lyme Bay Marine Aquarium", "The Cobb", "Lyme Regis DT7 3JJ", "01297 444 760"),
            ("Clyde Coast Aquarium", "Pier Head", "Largs KA30 8BG", ""),
            ("Norfolk Coast Sea Life Sanctuary", "Sea Front", "Hunstanton PE36 5BH", ""),
        ],
        "de": [
            ("Zoo-Aquarium Kiel Förde", "Düsternbrooker Weg 20", "24105 Kiel", "0431 600 23 10"),
            ("Meerwelten Stralsund gGmbH", "Hafenstraße 11", "18439 Stralsund", ""),
            ("Tiergarten Nürnberg - Aquapark", "Am Tiergarten 30", "90480 Nürnberg", ""),
        ],
        "fr": [
            ("Aquarium de Vannes", "Parc du Golfe", "56000 Vannes", "02 97 40 67 40"),
            ("Grand Aquarium de Touraine", "Route de Bléré", "37400 Lussault-sur-Loire", ""),
            ("Aquarium Marin de Trégastel", "Boulevard du Coz Pors", "22730 Trégastel", ""),
        ],
    },
    "cites": {
        "en": [
            (
                "Animal and Plant Health Agency - Centre for International Trade",
                "Horizon House, Deanery Road",
                "Bristol BS1 5AH",
                "0300 020 0301",
            )
        ],
        "de": [
            ("Bundesamt für Naturschutz - CITES-Vollzug", "Konstantinstraße 110", "53179 Bonn", "")
        ],
        "fr": [
            (
                "DREAL Hauts-de-France - Service CITES",
                "44 rue de Tournai",
                "59019 Lille",
                "",
            ),
            ("DREAL Bretagne - Bureau CITES", "10 rue Maurice Fabre", "35065 Rennes", ""),
            (
                "DREAL Nouvelle-Aquitaine - Cellule CITES",
                "Cité administrative",
                "33090 Bordeaux",
                "",
            ),
        ],
    },
    "vet": {
        "en": [
            ("Coastline Zoo & Exotic Vets", "22 Castle Road", "Scarborough YO11 1XF", ""),
            (
                "Aquatic Veterinary Services Ltd",
                "Unit 7, Quay Business Park",
                "Plymouth PL1 3HB",
                "",
            ),
        ],
        "de": [
            (
                "Tierarztpraxis für Zoo- und Wildtiere Dr. Hinrichs",
                "Marktstraße 3",
                "26382 Wilhelmshaven",
                "",
            ),
            ("Fischgesundheitsdienst Weser-Ems", "Am Schölerberg 1", "49082 Osnabrück", ""),
        ],
        "fr": [
            ("Clinique vétérinaire de la Faune sauvage", "14 rue des Marins", "29200 Brest", ""),
            (
                "Cabinet vétérinaire Aquavet Océan",
                "6 allée des Pêcheurs",
                "33260 La Teste-de-Buch",
                "",
            ),
        ],
    },
    "offvet": {
        "en": [
            (
                "APHA Field Services - Official Veterinarian",
                "Foss House, Kings Pool",
                "York YO1 7PX",
                "",
            )
        ],
        "de": [("Landkreis Friesland - Veterinäramt", "Lindenallee 1", "26441 Jever", "")],
        "fr": [
            (
                "DDPP du Finistère - Service santé animale",
                "4 rue Théodore Le Hars",
                "29104 Quimper",
                "",
            )
        ],
    },
    "lab": {
        "en": [
            ("Humber Analytical Laboratories Ltd", "Hessle Road", "Hull HU3 4AB", "01482 221 600"),
            ("Marine Water Testing Services", "Unit 4, Tamar Science Park", "Plymouth PL6 8BX", ""),
        ],
        "de": [
            ("Wasserlabor Nordwest GmbH", "Ölhafendamm 6", "26384 Wilhelmshaven", "04421 77 90 0"),
            ("Institut Dr. Seidel Umweltanalytik", "Max-Planck-Straße 14", "28357 Bremen", ""),
        ],
        "fr": [
            (
                "Laboratoire Départemental d'Analyses",
                "22 avenue de la Plage des Gueux",
                "29334 Quimper",
                "",
            ),
            ("Eurofins Hydrologie Littoral", "Rue Lucien Cuénot", "33700 Mérignac", ""),
        ],
    },
    "lss": {
        "en": [
            (
                "Aquatic Life Support Systems Ltd",
                "Unit 12, Enterprise Way",
                "Leeds LS10 1AT",
                "0113 271 4400",
            ),
            ("Bluewater LSS Engineering", "Riverside Works", "Exeter EX2 8DS", ""),
        ],
        "de": [
            ("AquaTechnik Nord GmbH", "Industriestraße 40", "21107 Hamburg", "040 75 11 86 0"),
            ("Meerwasser-Anlagenbau Lüders", "Hafenweg 3", "26789 Leer", ""),
        ],
        "fr": [
            ("Aquatechnique Atlantique SAS", "ZI de Kerscao", "29480 Le Relecq-Kerhuon", ""),
            ("Hydro Systèmes Aquariums", "14 rue de l'Industrie", "33520 Bruges", ""),
        ],
    },
    "food": {
        "en": [
            ("Arctic Feed Supplies Ltd", "Fish Dock Road", "Grimsby DN31 3NP", "01472 359 120"),
            ("Zoo Frozen Foods (UK)", "Unit 3, Coldstore Park", "Peterborough PE2 6FL", ""),
        ],
        "de": [
            ("Tiefkühl-Futter Hansen GmbH", "Fischereihafen 22", "27572 Bremerhaven", ""),
            ("ZooFrost Lebendfutter & TK", "Am Kühlhaus 5", "25746 Heide", ""),
        ],
        "fr": [
            ("Surgelés Aquacole Marée SAS", "Quai Gambetta", "62200 Boulogne-sur-Mer", ""),
            ("Nutri-Zoo Atlantique", "ZA de Kergaradec", "29850 Gouesnou", ""),
        ],
    },
    "shop": {
        "en": [
            ("Wild Republic Europe Ltd", "Sandbeck Way", "Wetherby LS22 7DN", ""),
            ("Ocean Gifts Wholesale", "Unit 9, Harbour Estate", "Falmouth TR11 4SZ", ""),
            ("Little Explorer Books Ltd", "3 Thorpe Road", "Norwich NR1 1UH", ""),
        ],
        "de": [
            ("Meerblick Souvenir-Großhandel", "Am Speicher 7", "18055 Rostock", ""),
            ("Plüschwelt Vertriebs GmbH", "Nürnberger Straße 50", "90762 Fürth", ""),
            ("Kinderbuchverlag Wellenreiter", "Lange Reihe 12", "20099 Hamburg", ""),
        ],
        "fr": [
            ("Peluches & Compagnie SAS", "ZI du Vert Galant", "95310 Saint-Ouen-l'Aumône", ""),
            ("Souvenirs de la Mer SARL", "8 rue des Chantiers", "17000 La Rochelle", ""),
            ("Éditions Marée Haute", "22 rue de Siam", "29200 Brest", ""),
        ],
    },
    "funder": {
        "en": [
            ("The Coastal Heritage Foundation", "7 Lendal", "York YO1 8AQ", ""),
            ("North Sea Marine Conservation Fund", "The Old Customs House", "Hull HU1 1YB", ""),
        ],
        "de": [
            ("Niedersächsische Bingo-Umweltstiftung", "Ferdinandstraße 4", "30175 Hannover", ""),
            ("Deutsche Stiftung Meeresschutz", "Am Sandtorkai 54", "20457 Hamburg", ""),
        ],
        "fr": [
            ("Fondation Mer et Littoral", "12 quai de la Douane", "29200 Brest", ""),
            ("Région - Fonds Biodiversité Marine", "Hôtel de Région", "35000 Rennes", ""),
        ],
    },
    "sponsor": {
        "en": [
            ("Whitby Harbour Marine Services Ltd", "Endeavour Wharf", "Whitby YO21 1DN", ""),
            ("Yorkshire Coast Building Society", "12 Skinner Street", "Whitby YO21 3AJ", ""),
        ],
        "de": [
            ("Jade Windenergie GmbH & Co. KG", "Niedersachsendamm 1", "26389 Wilhelmshaven", ""),
            ("Sparkasse Wilhelmshaven", "Virchowstraße 1", "26382 Wilhelmshaven", ""),
        ],
        "fr": [
            ("Crédit Maritime Bretagne-Normandie", "6 quai de la Douane", "29200 Brest", ""),
            ("Transports Maritimes Boulonnais SA", "Quai Chanzy", "62200 Boulogne-sur-Mer", ""),
        ],
    },
    "council": {
        "en": [
            (
                "Scarborough Borough Council - Licensing",
                "Town Hall, St Nicholas Street",
                "Scarborough YO11 2HG",
                "",
            ),
            (
                "Plymouth City Council - Licensing Team",
                "Ballard House, West Hoe Road",
                "Plymouth PL1 3BJ",
                "",
            ),
        ],
        "de": [
            (
                "Stadt Wilhelmshaven - Veterinär- und Lebensmittelüberwachung",
                "Rathausplatz 1",
                "26382 Wilhelmshaven",
                "",
            ),
            (
                "Landratsamt Bodenseekreis - Veterinäramt",
                "Albrechtstraße 75",
                "88045 Friedrichshafen",
                "",
            ),
        ],
        "fr": [
            ("Préfecture du Pas-de-Calais - DDPP", "Rue Ferdinand Buisson", "62020 Arras", ""),
            ("Préfecture de la Gironde - DDPP", "Cité administrative", "33090 Bordeaux", ""),
        ],
    },
    "insurer": {
        "en": [
            ("Hartley Insurance Brokers Ltd", "9 Park Place", "Leeds LS1 2RU", "0113 245 6600"),
            ("Attractions & Leisure Underwriting", "1 Lime Street", "London EC3M 7HA", ""),
        ],
        "de": [
            ("VGH Versicherungen", "Schiffgraben 4", "30159 Hannover", ""),
            ("Ostfriesische Landschaftliche Brandkasse", "Osterstraße 14", "26603 Aurich", ""),
        ],
        "fr": [
            ("SMACL Assurances", "141 avenue Salvador Allende", "79031 Niort", ""),
            ("Cabinet Le Goff Assurances", "3 place de la Liberté", "29200 Brest", ""),
        ],
    },
    "ticketing": {
        "en": [("Tixora Ltd", "20 St Thomas Street", "London SE1 9RS", "")],
        "de": [("Eventix Ticketing GmbH", "Schanzenstraße 36", "51063 Köln", "")],
        "fr": [("Billetiq SAS", "18 rue de la Chaussée-d'Antin", "75009 Paris", "")],
    },
    "dealer": {
        "en": [
            ("Tropical Marine Centre Ltd", "Solesbridge Lane", "Chorleywood WD3 5SX", ""),
            ("Reef Livestock Wholesale", "Unit 1, Airport Trade Park", "Manchester M90 5DL", ""),
        ],
        "de": [
            ("Aquarium Glaser GmbH", "Liebigstraße 1", "63110 Rodgau", ""),
            ("Meeresfische Import Koch", "Frachtstraße 8", "60549 Frankfurt am Main", ""),
        ],
        "fr": [
            ("Récifs Import SARL", "Zone de fret, Bât. 3", "95700 Roissy-en-France", ""),
            ("Aqua Diffusion Atlantique", "Rue des Vergers", "44470 Carquefou", ""),
        ],
    },
}

FIRSTS = {
    "en": ["Sarah", "James", "Emma", "Daniel", "Hannah", "Richard", "Priya", "Tom", "Fiona"],
    "de": ["Andrea", "Thomas", "Julia", "Stefan", "Katrin", "Michael", "Sabine", "Jan", "Eva"],
    "fr": ["Nathalie", "Julien", "Camille", "Olivier", "Sandrine", "Nicolas", "Léa", "Hugo"],
}
LASTS = {
    "en": ["Whitaker", "Holroyd", "Bennett", "Ahmed", "Gallagher", "Thornton", "Moss", "Reid"],
    "de": ["Bauer", "Schneider", "Hartmann", "Wolff", "Kaya", "Neumann", "Vogel", "Ziegler"],
    "fr": ["Lefèvre", "Morel", "Girard", "Fontaine", "Chevalier", "Benali", "Roux", "Perrin"],
}
FEMALE = {"Sarah", "Emma", "Hannah", "Priya", "Fiona", "Andrea", "Julia", "Katrin", "Sabine"}
FEMALE |= {"Eva", "Nathalie", "Camille", "Sandrine", "Léa"}

TALK = {
    "en": {
        "aqua": "exhibit tank husbandry specimens quarantine breeding feeding behaviour water "
        "quality acclimatisation curator aquarist health monitoring enrichment display",
        "legal": "party agreement obligations term termination liability notice law breach "
        "insurance indemnity schedule clause consent writing payment period",
        "tech": "pump filter skimmer ozone valve sensor flow pressure sand backwash heat "
        "exchanger controller alarm calibration seals service replacement",
        "visit": "visitors group arrival entrance coach tickets tour feeding talk guide cafe "
        "lunch room accessibility parking welcome programme staff",
        "money": "invoice payment account balance due amount reference transfer period "
        "statement charges terms settlement",
    },
    "de": {
        "aqua": "Becken Haltung Tiere Quarantäne Zucht Fütterung Verhalten Wasserqualität "
        "Eingewöhnung Kurator Tierpfleger Gesundheit Überwachung Beschäftigung Schaubecken",
        "legal": "Vertragsparteien Pflichten Laufzeit Kündigung Haftung Mitteilung Recht "
        "Verletzung Versicherung Freistellung Anlage Klausel Zustimmung Schriftform Zahlung",
        "tech": "Pumpe Filter Abschäumer Ozon Ventil Sensor Durchfluss Druck Sand Rückspülung "
        "Wärmetauscher Steuerung Alarm Kalibrierung Dichtungen Wartung Austausch",
        "visit": "Besucher Gruppe Ankunft Eingang Bus Eintritt Führung Fütterung Vortrag Café "
        "Pausenraum Barrierefreiheit Parkplatz Programm Personal",
        "money": "Rechnung Zahlung Konto Saldo fällig Betrag Verwendungszweck Überweisung "
        "Zeitraum offen Auszug Gebühren Zahlungsziel Ausgleich",
    },
    "fr": {
        "aqua": "bassin soins animaux quarantaine reproduction nourrissage comportement qualité "
        "eau acclimatation conservateur soigneur santé suivi enrichissement",
        "legal": "parties convention obligations durée résiliation responsabilité préavis droit "
        "manquement assurance garantie annexe clause accord écrit paiement",
        "tech": "pompe filtre écumeur ozone vanne sonde débit pression sable lavage échangeur "
        "automate alarme étalonnage joints entretien remplacement",
        "visit": "visiteurs groupe arrivée entrée car billets visite nourrissage animateur "
        "guide salle pique-nique accessibilité parking accueil programme",
        "money": "facture paiement compte solde échéance montant référence virement période "
        "impayé relevé frais règlement",
    },
}
GLUES = {
    "en": "the of and to for with on at by from this is are will be the a as we your all",
    "de": "die der das und zu für mit auf von ist sind wird bei nach den dem im wir Ihre",
    "fr": "le la les et de du pour avec sur par est sont sera au aux des une nous vos",
}


def words(rng: random.Random, lang: str, topic: str = "aqua", n: int | None = None) -> str:
    pool, glue = TALK[lang][topic].split(), GLUES[lang].split()
    ws = [rng.choice(pool if rng.random() < 0.5 else glue) for _ in range(n or rng.randint(7, 15))]
    text = " ".join(ws)
    return text[0].upper() + text[1:] + "."


def prose(rng: random.Random, lang: str, topic: str = "aqua", lo: int = 2, hi: int = 4) -> str:
    return " ".join(words(rng, lang, topic) for _ in range(rng.randint(lo, hi)))


# Species a public aquarium keeps, trades and breeds: scientific, English, German, French,
# CITES appendix ("" when not listed).
SPECIES: list[tuple[str, str, str, str, str]] = [
    (
        "Hippocampus guttulatus",
        "Long-snouted seahorse",
        "Langschnäuziges Seepferdchen",
        "Hippocampe moucheté",
        "II",
    ),
    ("Hippocampus kuda", "Spotted seahorse", "Gelbes Seepferdchen", "Hippocampe jaune", "II"),
    (
        "Scyliorhinus canicula",
        "Small-spotted catshark",
        "Kleingefleckter Katzenhai",
        "Petite roussette",
        "",
    ),
    ("Raja clavata", "Thornback ray", "Nagelrochen", "Raie bouclée", ""),
    ("Stegostoma tigrinum", "Zebra shark", "Zebrahai", "Requin-zèbre", ""),
    (
        "Chiloscyllium punctatum",
        "Brownbanded bamboo shark",
        "Bambushai",
        "Requin-chabot bambou",
        "",
    ),
    ("Octopus vulgaris", "Common octopus", "Gemeiner Krake", "Poulpe commun", ""),
    ("Sepia officinalis", "Common cuttlefish", "Gemeiner Tintenfisch", "Seiche commune", ""),
    ("Amphiprion ocellaris", "Ocellaris clownfish", "Falscher Clownfisch", "Poisson-clown", ""),
    ("Paracanthurus hepatus", "Blue tang", "Paletten-Doktorfisch", "Chirurgien palette", ""),
    ("Euphyllia glabrescens", "Torch coral", "Fackelkoralle", "Corail torche", "II"),
    ("Acropora millepora", "Staghorn coral", "Acropora-Steinkoralle", "Acropora", "II"),
    ("Tridacna crocea", "Crocea clam", "Krokusmuschel", "Bénitier safran", "II"),
    ("Aurelia aurita", "Moon jellyfish", "Ohrenqualle", "Méduse aurélie", ""),
    ("Homarus gammarus", "European lobster", "Europäischer Hummer", "Homard européen", ""),
    ("Conger conger", "European conger", "Meeraal", "Congre", ""),
    ("Phycodurus eques", "Leafy seadragon", "Großer Fetzenfisch", "Dragon de mer feuillu", ""),
    (
        "Pterapogon kauderni",
        "Banggai cardinalfish",
        "Banggai-Kardinalbarsch",
        "Poisson-cardinal de Banggai",
        "",
    ),
    ("Cheilinus undulatus", "Humphead wrasse", "Napoleon-Lippfisch", "Napoléon", "II"),
    (
        "Potamotrygon motoro",
        "Ocellate river stingray",
        "Pfauenaugen-Stechrochen",
        "Raie motoro",
        "III",
    ),
]


AQ_FR = "(l'Aquarium)"
MAILS = {
    "en": ["gmail.com", "btinternet.com", "outlook.com", "yahoo.co.uk"],
    "de": ["web.de", "gmx.de", "t-online.de", "gmail.com"],
    "fr": ["orange.fr", "free.fr", "laposte.net", "gmail.com"],
}


def sp_name(k: int, lang: str) -> str:
    return SPECIES[k][{"en": 1, "de": 2, "fr": 3}[lang]]


# ---------------------------------------------------------------------------------------------
# The centre of a stream: its country, month and staff
# ---------------------------------------------------------------------------------------------

CENTRE: dict[str, object] = {"lang": "en", "row": 0, "seed": 0, "month": date(2025, 3, 1)}
#: What the previous document was about (a companion takes up the same matter and day).
LAST: dict[str, object] = {"kind": "", "day": None, "extra": None, "who": None}
ROLES = ["director", "curator", "aquarist", "aquarist2", "education", "visitor", "finance", "dive"]


def home() -> str:
    return str(CENTRE["lang"])


def month() -> date:
    m = CENTRE["month"]
    assert isinstance(m, date)
    return m


def centre_row() -> Row:
    return CENTRES[home()][int(CENTRE["row"])]  # type: ignore[call-overload]


def centre_name() -> str:
    return centre_row()[0]


def person(tag: str, lang: str | None = None) -> str:
    """A staff member of the centre (``tag`` one of ``ROLES`` or any other tag), fixed per
    stream; no two tags of a stream share a name or, while first names last, a first name."""
    lg = lang or home()
    staff = CENTRE.setdefault("staff", {})
    assert isinstance(staff, dict)
    key = f"{lg}/{tag}"
    if key not in staff:
        r = random.Random(zlib.crc32(f"skimmer/person/{key}/{CENTRE['seed']}".encode()))
        taken = set(staff.values())
        firsts = {str(n).split()[0] for n in taken}
        pool = [f"{a} {b}" for a in FIRSTS[lg] for b in LASTS[lg] if f"{a} {b}" not in taken]
        fresh = [n for n in pool if n.split()[0] not in firsts]
        staff[key] = r.choice(fresh or pool)
    return str(staff[key])


def staff_title(role: str, lang: str) -> str:
    return {
        "director": tr(lang, "Director", "Direktorin / Direktor", "Directeur / Directrice"),
        "curator": tr(lang, "Curator", "Kurator", "Conservateur"),
        "aquarist": tr(lang, "Senior Aquarist", "Revierleitung Tierpflege", "Soigneur responsable"),
        "aquarist2": tr(lang, "Aquarist", "Tierpfleger", "Soigneur aquariologiste"),
        "education": tr(lang, "Education Officer", "Zoopädagogik", "Chargée de médiation"),
        "visitor": tr(
            lang,
            "Visitor Services & Retail Manager",
            "Leitung Besucherservice und Shop",
            "Responsable accueil et boutique",
        ),
        "finance": tr(
            lang, "Finance Officer", "Buchhaltung", "Responsable administratif et financier"
        ),
        "dive": tr(lang, "Dive Supervisor", "Tauchereinsatzleiter", "Chef de plongée"),
    }[role]


def keyed(who: Issuer, key: str) -> random.Random:
    """Draws fixed by the issuer, the stream's centre and ``key``: a run or a repeat keeps its
    sender."""
    text = f"skimmer/{key}/{who.name}/{who.street}/{who.city}/{CENTRE['seed']}"
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


def remember(d: date, extra: object = None) -> None:
    LAST.update(day=d, extra=extra)


def mx(name: str, lang: str) -> str:
    female = name.split()[0] in FEMALE
    if lang == "de":
        return f"{'Frau' if female else 'Herr'} {name}"
    if lang == "fr":
        return f"{'Madame' if female else 'Monsieur'} {name}"
    return f"{'Mrs' if female else 'Mr'} {name}"


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
    look: str  # band | centred | letter | boxed | plain | side | official | wave
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
    "fr": ["none", "none", "Page {i}/{n}", "{i}/{n}", "2:page {i}", "none", "- {i} -"],
}
FACES = [
    ("Helvetica", "Helvetica-Bold"),
    ("Helvetica", "Helvetica-Bold"),
    ("Times-Roman", "Times-Bold"),
    ("Courier", "Courier-Bold"),
]
LOOKS = ["band", "centred", "letter", "boxed", "plain", "side", "wave"]
OFFICIAL = ("cites", "offvet", "council")


def legal_lines(r: random.Random, name: str, lang: str, role: str) -> list[str]:
    if role in OFFICIAL or (role in ("school", "tour") and r.random() < 0.7):
        return []
    if lang == "de":
        out = [
            f"{r.choice(['Sparkasse', 'Volksbank', 'Commerzbank', 'LzO'])} - IBAN DE"
            f"{r.randint(10, 99)} {r.randint(1000, 9999)} {r.randint(1000, 9999)} "
            f"{r.randint(1000, 9999)} {r.randint(1000, 9999)} {r.randint(10, 99)} - "
            f"USt-IdNr. DE{r.randint(100000000, 999999999)}"
        ]
        if "GmbH" in name or "AG" in name or "KG" in name or "e.V." in name:
            out.insert(
                0,
                f"{'Vereinsregister' if 'e.V.' in name else 'Handelsregister'}: Amtsgericht "
                f"{r.choice(['Oldenburg', 'Hamburg', 'Ulm', 'Bremen', 'Kiel'])} "
                f"{'VR' if 'e.V.' in name else 'HRB'} {r.randint(1000, 99999)} - "
                f"{'Vorstand' if 'e.V.' in name else 'Geschäftsführung'}: "
                + r.choice(["Dr. Ulrike Brandes", "Markus Feldhaus", "Selin Aydin", "Jörg Kamps"]),
            )
        return out
    if lang == "fr":
        siret = (
            f"{r.randint(300, 899)} {r.randint(100, 999)} {r.randint(100, 999)} "
            f"{r.randint(10000, 99999)}"
        )
        out = [f"{name} - SIRET {siret} - APE {r.choice(['9104Z', '4690Z', '7120B', '4649Z'])}"]
        if r.random() < 0.7:
            out.append(
                f"TVA intracommunautaire FR{r.randint(10, 99)} {r.randint(100, 999)} "
                f"{r.randint(100, 999)} {r.randint(100, 999)}"
            )
        return out
    out = []
    if any(t in name for t in ("Ltd", "plc", "Trust", "LLP")):
        out.append(f"Registered in England and Wales No. {r.randint(3000000, 13999999):08d}")
    if "Trust" in name or "Foundation" in name or "Fund" in name:
        out.append(f"Registered charity No. {r.randint(1000000, 1199999)}")
    if r.random() < 0.6:
        out.append(
            f"VAT Reg. No. GB {r.randint(100, 999)} {r.randint(1000, 9999)} {r.randint(10, 99)}"
        )
    return [" - ".join(out)] if out else []


def make_head(row: Row, lang: str, role: str) -> Head:
    """The paper habits of the sender ``row``: the same all through one stream."""
    name, street, town, phone = row
    r = random.Random(zlib.crc32(f"skimmer/head/{name}/{CENTRE['seed']}".encode()))
    font, bold = r.choice(FACES)
    host = "".join(c for c in name.lower().split()[0] if c.isalpha() and c.isascii())[:12]
    tld = {"en": "co.uk", "de": "de", "fr": "fr"}[lang]
    looks = LOOKS
    if role in OFFICIAL:
        looks = ["official"]
        font, bold = (
            ("Helvetica", "Helvetica-Bold") if r.random() < 0.6 else ("Times-Roman", "Times-Bold")
        )
    elif role in ("school", "tour"):
        looks = ["plain", "centred", "side", "boxed"]
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
        mail=f"{r.choice(['info', 'office', 'contact', 'accounts', 'bookings'])}@"
        f"{host or 'mail'}.{tld}"
        if r.random() < 0.7
        else "",
    )


def centre_head() -> Head:
    return make_head(centre_row(), home(), "centre")


def head_of(who: Issuer, role: str, abroad: float = 0.0) -> Head:
    """The ``role`` sender of ``who`` (the same for the same issuer and centre), of the centre's
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
    """A circle drawn as a polygon (seals and round stamps)."""
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
    pt = shrink(top, "Helvetica", 6.5, r * 1.15)
    p.text(cx, cy - r * 0.45, fit(top, "Helvetica", pt, r * 1.15), "Helvetica", pt, "center")
    pt2 = shrink(mid, "Helvetica", 6.5, r * 1.3)
    p.text(cx, cy + r * 0.65, fit(mid, "Helvetica", pt2, r * 1.3), "Helvetica", pt2, "center")
    p.text(cx, cy + 4, "*", "Helvetica-Bold", 12, "center")


def emblem(p: Page, x: float, y: float) -> None:
    """A small crest of an authority: a shield outline with bars."""
    p.line(x, y, x + 22, y)
    p.line(x, y, x, y + 16)
    p.line(x + 22, y, x + 22, y + 16)
    p.line(x, y + 16, x + 11, y + 26)
    p.line(x + 22, y + 16, x + 11, y + 26)
    for k in range(3):
        p.rect(x + 4 + k * 5.5, y + 4, 3, 12, fill=0.2)


def waves(p: Page, x: float, y: float, w: float, rows: int = 2) -> None:
    """A wave mark drawn with short strokes, as aquaria and marine firms put on their paper."""
    for k in range(rows):
        yy = y + k * 5
        pts = [(x + i * 3, yy + 2.2 * math.sin(i * 0.9 + k)) for i in range(int(w / 3) + 1)]
        for (x1, y1), (x2, y2) in itertools.pairwise(pts):
            p.line(x1, y1, x2, y2)


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
        emblem(p, m, y - 12)
        lines = h.name.split(" - ") if " - " in h.name else [h.name]
        yy = y
        for k, t in enumerate(lines):
            f_, pt = (h.bold, 11) if k == 0 else (h.font, 9)
            p.text(m + 32, yy, fit(t, f_, pt, w * 0.6 - m), f_, pt)
            yy += 12
        p.text(m + 32, yy, fit(where, h.font, 7, w / 2 - m), h.font, 7)
        return yy + 34
    if h.look == "band":
        p.rect(0, y - 14, w, 26, fill=0.8)
        pt = shrink(h.name.upper(), h.bold, 12, w - 2 * m)
        p.text(m, y + 3, h.name.upper(), h.bold, pt)
        p.text(m, y + 24, fit(f"{where}   {contact}", h.font, 7, w - 2 * m), h.font, 7)
        return y + 46
    if h.look == "wave":
        waves(p, m, y - 8, 60, 3)
        pt = shrink(h.name, h.bold, s.size + 5, w - 2 * m - 80)
        p.text(m + 72, y + 2, h.name, h.bold, pt)
        p.text(m + 72, y + 14, fit(where, h.font, 7.5, w - 2 * m - 80), h.font, 7.5)
        if contact:
            p.text(m + 72, y + 23, fit(contact, h.font, 7, w - 2 * m - 80), h.font, 7)
        return y + 48
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
    parts = [t for t in parts if t not in ("Dr", "Prof")] or parts
    text = f"{parts[0][0]}{parts[-1][:8]}" if len(parts) > 1 else parts[0]
    p.text(x + 2, y - 1, text, INK, pt)
    end = x + 6 + tw(text, INK, pt)
    p.line(end - 4, y - 2, end + 12, y - 9)
    p.line(x, y + 2, end - 8, y + 1)


def received(rng: random.Random, p: Page, d: date, odds: float = 0.35) -> None:
    """Now and then the centre's received stamp on the first page."""
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
                        "en": ["Finance", "Curatorial", "Admin", "Visitor Services"],
                        "de": ["Buchhaltung", "Kuratorium", "Verwaltung", "Tierpflege"],
                        "fr": ["Comptabilité", "Direction", "Secrétariat", "Soins animaliers"],
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
            ["Yours sincerely", "Kind regards", "Best regards", "With best wishes"][len(name) % 4],
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
        f.page.text(m, f.y + s.size * 1.3, fit(role, s.font, s.size - 1, 260), s.font, s.size - 1)
    f.y += s.size * 3


def sender_person(h: Head, tag: str) -> str:
    r = random.Random(zlib.crc32(f"skimmer/staff/{tag}/{h.name}/{CENTRE['seed']}".encode()))
    return f"{r.choice(FIRSTS[h.lang])} {r.choice(LASTS[h.lang])}"


def centre_lines(att: str = "") -> list[str]:
    name, street, town, _ = centre_row()
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
    elif lg == "en":
        rows.append((label or "VAT 0% (zero-rated)", 0.0))
    rows.append(
        (tr(lg, "Total due", "Rechnungsbetrag", "Total TTC" if rate else "Total net"), net + tax)
    )
    for k, (t, v) in enumerate(rows):
        bold = s.bold if k == len(rows) - 1 else s.font
        f.page.text(w * 0.56, f.y, fit(t, bold, s.size, w * 0.26), bold, s.size)
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


def sign_line(p: Page, s: Style, x: float, y: float, w: float, label: str, who: str = "") -> None:
    """A signature line with its caption under it, signed by ``who`` when given."""
    if who:
        scrawl(p, x + 6, y - 3, who, 12)
    p.line(x, y, x + w, y)
    p.text(x, y + 9, fit(label, s.font, 7, w), s.font, 7)


def bank_line(h: Head, r: random.Random) -> str:
    lg = h.lang
    if lg == "en":
        return (
            f"Bank: {r.choice(['Barclays', 'NatWest', 'Lloyds', 'HSBC UK'])} - Sort code "
            f"{r.randint(10, 99)}-{r.randint(10, 99)}-{r.randint(10, 99)} - Account "
            f"{r.randint(10000000, 99999999)}"
        )
    cc = "DE" if lg == "de" else "FR76"
    return (
        f"IBAN {cc}{r.randint(10, 99)} {r.randint(1000, 9999)} {r.randint(1000, 9999)} "
        f"{r.randint(1000, 9999)} {r.randint(1000, 9999)} {r.randint(10, 99)} - BIC "
        + serial(r, "AAAAAA9A")
    )


def cellbox(
    p: Page,
    x: float,
    y: float,
    w: float,
    h: float,
    cap: str,
    lines: list[str],
    font: str = "Helvetica",
    pt: float = 8,
) -> None:
    """A boxed form field: a small caption at the top left, the entry lines under it."""
    p.rect(x, y, w, h)
    p.text(x + 3, y + 7, fit(cap, "Helvetica", 5.8, w - 6), "Helvetica", 5.8)
    yy = y + 8 + pt * 1.2
    for ln in lines:
        if yy > y + h - 2:
            break
        p.text(x + 5, yy, fit(ln, font, pt, w - 10), font, pt)
        yy += pt * 1.25


def copy_label(p: Page, text: str) -> None:
    w, _ = p.size
    p.rect(w - 150, 14, 130, 16, fill=0.85)
    p.text(w - 85, 25, text, "Helvetica-Bold", 8, "center")


# ---------------------------------------------------------------------------------------------
# Templates BBBBB: visitors, schools and groups
# ---------------------------------------------------------------------------------------------

GROUP_LINES = {
    "en": [
        ("Adults", 17.50),
        ("Children (3-15)", 12.50),
        ("Seniors / students", 15.00),
        ("Group leaders (1 per 10, free)", 0.0),
        ("Coach driver (free)", 0.0),
        ("Guided behind-the-scenes tour", 4.00),
        ("Shark feeding talk (reserved seating)", 1.50),
        ("Packed lunch - picnic room", 6.95),
    ],
    "de": [
        ("Erwachsene", 16.50),
        ("Kinder (3-15 Jahre)", 10.50),
        ("Senioren / Schwerbehinderte", 13.50),
        ("Gruppenleitung (je 10 Pers. frei)", 0.0),
        ("Busfahrer (frei)", 0.0),
        ("Führung hinter den Kulissen", 3.50),
        ("Kommentierte Fütterung Haibecken", 1.50),
        ("Mittagsimbiss Gruppenraum", 7.90),
    ],
    "fr": [
        ("Adultes", 17.00),
        ("Enfants (3-12 ans)", 11.50),
        ("Seniors / étudiants", 14.00),
        ("Accompagnateurs (1 pour 10, gratuit)", 0.0),
        ("Chauffeur (gratuit)", 0.0),
        ("Visite guidée des coulisses", 4.00),
        ("Nourrissage commenté des requins", 1.50),
        ("Panier repas - salle hors-sac", 7.50),
    ],
}
SCHOOL_LINES = {
    "en": [("Pupils", 8.50), ("Accompanying adults (1:6 free)", 0.0), ("Workshop", 45.0)],
    "de": [("Schüler/innen", 6.50), ("Begleitpersonen (frei)", 0.0), ("Workshop", 40.0)],
    "fr": [("Élèves", 7.00), ("Accompagnateurs (gratuit)", 0.0), ("Atelier pédagogique", 50.0)],
}
WORKSHOPS = {
    "en": ["Rockpool discovery", "Sharks & rays", "Plankton lab", "Ocean plastics", "Life cycles"],
    "de": ["Watt & Wellen", "Haie und Rochen", "Planktonlabor", "Plastik im Meer", "Lebenszyklen"],
    "fr": [
        "Laisse de mer",
        "Requins et raies",
        "Labo plancton",
        "Plastiques en mer",
        "Cycles de vie",
    ],
}


def tpl_group_booking(rng: random.Random, who: Issuer) -> list[Page]:
    """The centre's booking confirmation to a group organiser or a school."""
    h = centre_head()
    lg = h.lang
    extra = LAST["extra"] if after(("school_booking",)) else None
    s = style_of(h, LETTER if lg == "en" and rng.random() < 0.15 else A4)
    w, _ = s.page_size
    m = s.margin
    d = last_day(rng, ("school_booking",), (2, 9))
    ref = serial(rng, rng.choice(["GRP-99999", "B99999", "GB/999/99"]))
    title = tr(
        lg,
        "Group Booking Confirmation",
        "Buchungsbestätigung Gruppenbesuch",
        "Confirmation de réservation - groupe",
    )
    f = sheets(s, h, f"{centre_name()} - {title} {ref}")
    if isinstance(extra, dict):
        org = extra["row"]
        contact = mx(str(extra["teacher"]), lg)
        visit = extra["visit"]
        lines = [(lab, price) for lab, price in SCHOOL_LINES[lg]]
        qty = [int(extra["pupils"]), int(extra["adults"]), len(extra["workshops"]) or 1]
        title = tr(
            lg,
            "School Visit Confirmation",
            "Bestätigung Ihres Klassenbesuchs",
            "Confirmation de sortie scolaire",
        )
    else:
        org = rng.choice(SENDERS["tour"][lg])
        contact = mx(f"{rng.choice(FIRSTS[lg])} {rng.choice(LASTS[lg])}", lg)
        visit = d + timedelta(days=rng.randint(10, 70))
        picks = [0, 1, 2, 3, 4, *rng.sample([5, 6, 7], rng.randint(0, 3))]
        lines = [GROUP_LINES[lg][k] for k in sorted(set(picks))]
        adults = rng.randint(12, 48)
        qty = []
        for lab, price in lines:
            if price == 0 and ("driver" in lab or "fahrer" in lab or "Chauffeur" in lab):
                qty.append(rng.randint(1, 2))
            elif price == 0:
                qty.append(max(1, adults // 10))
            elif lab.startswith(("Child", "Kinder", "Enfants")):
                qty.append(rng.choice([0, 0, rng.randint(2, 20)]))
            elif lab.startswith(("Senior", "Seniors")):
                qty.append(rng.choice([0, rng.randint(4, 30)]))
            else:
                qty.append(adults)
    recipient(
        f,
        s,
        h,
        [org[0], contact, org[1], org[2]],
        d,
        [
            (tr(lg, "Booking ref.", "Buchungsnr.", "N° de réservation"), ref),
            (tr(lg, "Your contact", "Ansprechpartner", "Votre contact"), person("visitor")),
        ],
    )
    caption(f, s, title, 3)
    write(f, s, dear(lg, contact))
    write(
        f,
        s,
        tr(
            lg,
            f"Thank you for booking a group visit to {centre_name()}. We are pleased to confirm "
            "the details below; please check them and let us know of any changes at least 7 days "
            "before your visit.",
            f"vielen Dank für Ihre Gruppenbuchung im {centre_name()}. Wir bestätigen Ihnen gern "
            "die folgenden Angaben; bitte teilen Sie uns Änderungen spätestens 7 Tage vor dem "
            "Besuch mit.",
            f"nous vous remercions de votre réservation à l'{centre_name()} et avons le plaisir de "
            "vous confirmer les éléments ci-dessous. Merci de nous signaler toute modification au "
            "moins 7 jours avant la visite.",
        ),
    )
    f.y = fields(
        f.page,
        s,
        m,
        f.y,
        w - 2 * m,
        [
            (tr(lg, "Date of visit", "Besuchstag", "Date de visite"), day(h, visit)),
            (
                tr(lg, "Arrival time", "Ankunft", "Heure d'arrivée"),
                f"{rng.choice(['09:30', '10:00', '10:15', '10:30', '11:00', '13:30'])}",
            ),
            (tr(lg, "Group", "Gruppe", "Groupe"), org[0]),
            (tr(lg, "Group leader", "Gruppenleitung", "Responsable"), contact),
        ],
        per=2,
        tall=24,
        hand=False,
    )
    f.y += 6
    cols = columns(m, w - m, [(5, "left"), (1, "right"), (1.4, "right"), (1.6, "right")])
    rows = []
    net = 0.0
    for (lab, price), q in zip(lines, qty, strict=True):
        if q == 0:
            continue
        net += q * price
        rows.append([lab, str(q), money(price, lg) if price else "-", money(q * price, lg)])
    table(
        f,
        cols,
        [
            tr(lg, "Description", "Leistung", "Désignation"),
            tr(lg, "Qty", "Anz.", "Qté"),
            tr(lg, "Price", "Preis", "P.U."),
            tr(lg, "Amount", "Betrag", "Montant"),
        ],
        rows,
        s,
        shade=0.88,
        rules=rng.random() < 0.5,
    )
    f.y += 6
    deposit = round(net * rng.choice([0, 0, 0.2, 0.25, 0.5]), 2)
    f.y = pairs(
        f.page,
        s,
        w * 0.5,
        f.y,
        [
            (
                tr(lg, "Total (incl. VAT)", "Gesamt (inkl. MwSt.)", "Total TTC"),
                cash(net, lg),
            ),
            (tr(lg, "Deposit received", "Anzahlung erhalten", "Acompte reçu"), cash(deposit, lg)),
            (tr(lg, "Balance due", "Restbetrag", "Solde à régler"), cash(net - deposit, lg)),
        ],
        w - m,
        s.size,
    )
    f.y += 8
    write(
        f,
        s,
        tr(
            lg,
            f"Balance payable by {day(h, visit - timedelta(days=14))} or on arrival at the group "
            "entrance. " + words(rng, lg, "visit"),
            f"Der Restbetrag ist bis {day(h, visit - timedelta(days=14))} zu überweisen oder am "
            "Gruppeneingang zu zahlen. " + words(rng, lg, "visit"),
            f"Le solde est à régler avant le {day(h, visit - timedelta(days=14))} ou à l'arrivée à "
            "l'entrée des groupes. " + words(rng, lg, "visit"),
        ),
        s.size - 0.5,
    )
    if rng.random() < 0.6:
        write(f, s, prose(rng, lg, "visit", 1, 3), s.size - 0.5)
    regards(f, s, lg, person("visitor"), staff_title("visitor", lg))
    pages = f.pages
    if rng.random() < 0.4:
        heads = {
            "en": [
                "Bookings",
                "Payment",
                "Cancellations",
                "Supervision",
                "Photography",
                "Animal welfare",
                "Liability",
                "Accessibility",
            ],
            "de": [
                "Buchung",
                "Zahlung",
                "Stornierung",
                "Aufsichtspflicht",
                "Fotografieren",
                "Tierschutz",
                "Haftung",
                "Barrierefreiheit",
            ],
            "fr": [
                "Réservation",
                "Paiement",
                "Annulation",
                "Encadrement",
                "Photographie",
                "Bien-être animal",
                "Responsabilité",
                "Accessibilité",
            ],
        }[lg]
        pages.append(
            small_print(
                rng,
                s,
                h,
                tr(
                    lg,
                    "Group Booking Conditions",
                    "Bedingungen für Gruppenbuchungen",
                    "Conditions de réservation groupes",
                ),
                heads,
                "visit",
            )
        )
    pages = close(pages, s, h)
    if rng.random() < 0.25 and not isinstance(extra, dict):
        v = Page(landscape(A5))
        vw, vh = v.size
        v.rect(18, 18, vw - 36, vh - 36)
        waves(v, 30, 36, 80, 2)
        v.text(vw / 2, 60, centre_name(), "Helvetica-Bold", 13, "center")
        v.text(
            vw / 2,
            90,
            tr(lg, "COACH DRIVER VOUCHER", "GUTSCHEIN BUSFAHRER", "BON CHAUFFEUR"),
            "Helvetica-Bold",
            18,
            "center",
        )
        v.text(
            vw / 2,
            112,
            tr(
                lg,
                "Free entry and a hot drink in the Harbour Café",
                "Freier Eintritt und ein Heißgetränk im Café",
                "Entrée gratuite et une boisson chaude au café",
            ),
            "Helvetica",
            10,
            "center",
        )
        v.text(50, 150, f"{tr(lg, 'Booking', 'Buchung', 'Réservation')}: {ref}", "Helvetica", 9)
        v.text(
            50,
            164,
            f"{tr(lg, 'Valid on', 'Gültig am', 'Valable le')}: {short(visit, lg)}",
            "Helvetica",
            9,
        )
        v.barcode("code128", ref.replace("/", ""), vw - 250, 140)
        pages.append(v)
    remember(d, None)
    return pages


def tpl_school_booking(rng: random.Random, who: Issuer) -> list[Page]:
    """A school's visit booking form, filled in by hand on the centre's form, with the school's
    own risk assessment and now and then the class list behind."""
    ch = centre_head()
    lg = home()
    sh = head_of(who, "school")
    teacher = (
        sender_person(sh, "teacher") if rng.random() < 0.7 else person(f"t{rng.randint(0, 9)}")
    )
    s = style_of(ch, A4, margin=40, pt=9)
    w, hh = A4
    m = 40
    p = Page(A4)
    y = heading(p, s, ch)
    title = tr(
        lg,
        "SCHOOL VISIT BOOKING FORM",
        "ANMELDUNG SCHULKLASSENBESUCH",
        "FICHE DE RÉSERVATION - SORTIE SCOLAIRE",
    )
    p.text(m, y, title, "Helvetica-Bold", 13)
    p.text(
        w - m,
        y,
        tr(lg, "Office use: ______", "Intern: ______", "Cadre réservé: ______"),
        "Helvetica",
        7,
        "right",
    )
    y += 12
    p.text(
        m,
        y,
        fit(
            tr(
                lg,
                "Please complete in BLOCK CAPITALS and return by post or e-mail to the "
                "Education Team.",
                "Bitte in Druckbuchstaben ausfüllen und an die Zoopädagogik zurücksenden.",
                "Merci de remplir en MAJUSCULES et de retourner au service pédagogique.",
            ),
            "Helvetica-Oblique",
            7.5,
            w - 2 * m,
        ),
        "Helvetica-Oblique",
        7.5,
    )
    y += 16
    d = some_day(rng)
    visit = d + timedelta(days=rng.randint(14, 60))
    pupils = rng.randint(18, 62)
    adults = max(2, pupils // rng.choice([6, 8, 10]) + rng.randint(0, 2))
    year = rng.choice(
        {
            "en": ["Year 2", "Year 3", "Year 4", "Year 5/6", "Year 8", "Reception"],
            "de": ["Klasse 2", "Klasse 3a/3b", "Klasse 4", "Klasse 6", "Jg. 8"],
            "fr": ["CP", "CE1", "CE2-CM1", "CM2", "6e", "Seconde"],
        }[lg]
    )
    y = band(p, s, y, tr(lg, "1. School details", "1. Angaben zur Schule", "1. Établissement"))
    y = fields(
        p,
        s,
        m,
        y,
        w - 2 * m,
        [
            (tr(lg, "School", "Schule", "Établissement"), sh.name.upper()),
            (tr(lg, "Address", "Anschrift", "Adresse"), f"{sh.street}, {sh.town}"),
            (tr(lg, "Lead teacher", "Lehrkraft", "Enseignant responsable"), teacher),
            (tr(lg, "Telephone", "Telefon", "Téléphone"), sh.phone or serial(rng, "0999 999999")),
        ],
        per=2,
        tall=25,
    )
    y = band(p, s, y, tr(lg, "2. Your visit", "2. Ihr Besuch", "2. Votre visite"))
    y = fields(
        p,
        s,
        m,
        y,
        w - 2 * m,
        [
            (tr(lg, "Preferred date", "Wunschtermin", "Date souhaitée"), short(visit, lg)),
            (
                tr(lg, "Alternative date", "Ausweichtermin", "Autre date"),
                short(visit + timedelta(days=rng.randint(1, 9)), lg) if rng.random() < 0.6 else "",
            ),
            (
                tr(lg, "Arrival / departure", "Ankunft / Abfahrt", "Arrivée / départ"),
                f"{rng.choice(['9.45', '10.00', '10.15'])} - "
                f"{rng.choice(['14.00', '14.30', '14.45'])}",
            ),
            (tr(lg, "Year group", "Klassenstufe", "Niveau"), year),
            (tr(lg, "No. of pupils", "Anzahl Schüler/innen", "Nombre d'élèves"), str(pupils)),
            (tr(lg, "No. of adults", "Begleitpersonen", "Accompagnateurs"), str(adults)),
        ],
        per=3,
        tall=25,
    )
    y = band(
        p,
        s,
        y,
        tr(
            lg,
            "3. Workshops (tick up to two)",
            "3. Workshops (max. zwei ankreuzen)",
            "3. Ateliers (deux au maximum)",
        ),
    )
    y += 12
    chosen = set(rng.sample(range(5), rng.choice([0, 1, 1, 2])))
    y = ticks(p, s, m + 4, y, w - 2 * m - 8, WORKSHOPS[lg], chosen, 8.5)
    y += 4
    y = band(
        p,
        s,
        y,
        tr(lg, "4. Lunch and facilities", "4. Mittagspause und Räume", "4. Repas et salles"),
    )
    y += 12
    p.text(
        m + 4,
        y,
        tr(lg, "Picnic room required?", "Gruppenraum für Mittagspause?", "Salle hors-sac ?"),
        s.font,
        8.5,
    )
    ticks(p, s, m + 190, y, 140, yes_no(lg), {rng.randint(0, 1)}, 8.5)
    p.text(
        w / 2 + 40,
        y,
        tr(lg, "Wheelchair users:", "Rollstuhlnutzer:", "Fauteuils roulants :"),
        s.font,
        8.5,
    )
    hand(p, w / 2 + 140, y, str(rng.choice([0, 0, 0, 1, 2])))
    y += 22
    p.text(
        m + 4,
        y,
        tr(
            lg,
            "Additional needs / allergies / medical:",
            "Besondere Bedürfnisse / Allergien:",
            "Besoins particuliers / allergies :",
        ),
        s.font,
        8.5,
    )
    y += 4
    for k in range(3):
        p.line(m + 4, y + 16 * (k + 1), w - m - 4, y + 16 * (k + 1))
    note = rng.choice(
        {
            "en": [
                "2 pupils with nut allergy, 1 EpiPen",
                "1 pupil ASD - ear defenders",
                "none",
                "TA with 1:1 support",
            ],
            "de": [
                "2 Kinder mit Nussallergie",
                "1 Kind Autismus, Kopfhörer",
                "keine",
                "Schulbegleitung für 1 Kind",
            ],
            "fr": ["2 élèves allergiques (PAI)", "1 élève AESH", "néant", "1 élève en fauteuil"],
        }[lg]
    )
    hand(p, m + 8, y + 13, note, 9.5, w - 2 * m - 16)
    y += 62
    y = band(p, s, y, tr(lg, "5. Payment", "5. Zahlung", "5. Règlement"))
    y += 12
    pay = tr(
        lg,
        "Invoice to school|BACS|Card on the day|Cheque",
        "Rechnung an Schule|Überweisung|Barzahlung vor Ort",
        "Facture à la mairie|Bon de commande|Virement|Chèque",
    ).split("|")
    y = ticks(p, s, m + 4, y, w - 2 * m - 8, pay, {rng.randrange(len(pay))}, 8.5)
    y += 6
    y = band(p, s, y, tr(lg, "6. Declaration", "6. Erklärung", "6. Engagement"))
    y += 12
    y = text_lines(
        p,
        s,
        m + 4,
        y,
        w - 2 * m - 8,
        tr(
            lg,
            "I confirm that the group will be supervised at all times and that I have read the "
            "centre's risk assessment and visit guidance for schools.",
            "Ich bestätige, dass die Gruppe jederzeit beaufsichtigt wird und ich die "
            "Gefährdungsbeurteilung und Besucherhinweise des Aquariums gelesen habe.",
            "Je certifie que le groupe sera encadré en permanence et avoir pris connaissance des "
            "consignes de sécurité et du règlement de visite.",
        ),
        8,
    )
    y += 22
    sign_line(p, s, m + 4, y, 200, tr(lg, "Signature", "Unterschrift", "Signature"), teacher)
    hand(p, w / 2 + 20, y - 4, short(d, lg))
    p.line(w / 2 + 10, y, w / 2 + 140, y)
    p.text(w / 2 + 10, y + 9, tr(lg, "Date", "Datum", "Date"), s.font, 7)
    p.text(
        m,
        hh - 26,
        fit(f"{centre_name()} - EDU/F3 - rev. {month().year - rng.randint(0, 2)}", s.font, 6, w),
        s.font,
        6,
    )
    pages = [p]
    if rng.random() < 0.6:
        pages += school_risk(rng, sh, teacher, visit, pupils, adults)
    if rng.random() < 0.3:
        pages.append(class_list(rng, lg, pupils))
    remember(
        d,
        {
            "row": (sh.name, sh.street, sh.town, sh.phone),
            "teacher": teacher,
            "visit": visit,
            "pupils": pupils,
            "adults": adults,
            "workshops": sorted(chosen),
        },
    )
    return pages


def text_lines(p: Page, s: Style, x: float, y: float, w: float, text: str, pt: float) -> float:
    for ln in wrap(text, s.font, pt, w):
        p.text(x, y, ln, s.font, pt)
        y += pt * 1.35
    return y


RISKS = {
    "en": [
        (
            "Coach travel",
            "Pupils, staff",
            "M",
            "Seat belts worn; approved operator; head counts on and off",
        ),
        (
            "Road crossing to entrance",
            "Pupils",
            "M",
            "Cross at lights in pairs; adults at front and back",
        ),
        (
            "Wet floors near touch pools",
            "All",
            "M",
            "Walk, not run; centre staff supervise; hands washed",
        ),
        (
            "Getting lost / separated",
            "Pupils",
            "H",
            "Groups of 6 with named adult; meeting point agreed",
        ),
        (
            "Allergies / medical",
            "Named pupils",
            "M",
            "Medication carried by first aider; info to centre",
        ),
        (
            "Contact with animals (zoonoses)",
            "Pupils",
            "L",
            "Hand washing after touch pool; no eating",
        ),
        ("Stairs and dark galleries", "All", "L", "Adults supervise; lifts for wheelchair users"),
        ("Weather (outdoor seal area)", "All", "L", "Appropriate clothing; sun cream; water"),
    ],
    "de": [
        (
            "Busfahrt",
            "Schüler, Lehrkräfte",
            "M",
            "Anschnallpflicht; Abzählen beim Ein- und Aussteigen",
        ),
        (
            "Straßenquerung",
            "Schüler",
            "M",
            "An der Ampel in Zweierreihen; Lehrkraft vorn und hinten",
        ),
        (
            "Nasse Böden am Streichelbecken",
            "Alle",
            "M",
            "Nicht rennen; Aufsicht durch Personal; Händewaschen",
        ),
        (
            "Verlaufen / Gruppe verlieren",
            "Schüler",
            "H",
            "Kleingruppen mit Begleitperson; Treffpunkt",
        ),
        ("Allergien / Erkrankungen", "Einzelne", "M", "Notfallmedikamente dabei; Info an Aquarium"),
        ("Tierkontakt (Zoonosen)", "Schüler", "G", "Händewaschen; kein Essen an den Becken"),
        ("Treppen, dunkle Gänge", "Alle", "G", "Begleitung; Aufzug für Rollstuhl"),
        ("Witterung Außenbereich", "Alle", "G", "Wetterfeste Kleidung; Getränke"),
    ],
    "fr": [
        (
            "Trajet en car",
            "Élèves, adultes",
            "M",
            "Ceinture obligatoire ; comptage à la montée et descente",
        ),
        (
            "Traversée de la chaussée",
            "Élèves",
            "M",
            "Passage piéton en rang ; adultes devant et derrière",
        ),
        (
            "Sols mouillés (bassin tactile)",
            "Tous",
            "M",
            "Marcher ; surveillance par l'animateur ; lavage des mains",
        ),
        (
            "Perte d'un élève",
            "Élèves",
            "E",
            "Groupes de 6 avec un adulte nommé ; point de rendez-vous",
        ),
        (
            "Allergies / PAI",
            "Élèves concernés",
            "M",
            "Trousse PAI emportée ; information de l'aquarium",
        ),
        (
            "Contact avec les animaux",
            "Élèves",
            "F",
            "Lavage des mains ; pas de repas près des bassins",
        ),
        ("Escaliers, salles sombres", "Tous", "F", "Encadrement ; ascenseur pour fauteuil"),
        ("Météo (espace extérieur)", "Tous", "F", "Tenue adaptée ; eau ; casquettes"),
    ],
}


def school_risk(
    rng: random.Random, sh: Head, teacher: str, visit: date, pupils: int, adults: int
) -> list[Page]:
    """The school's own risk assessment for the visit, on landscape pages."""
    lg = sh.lang
    s = style_of(sh, LAND, margin=40, pt=8.5)
    w, _ = LAND
    m = 40
    title = tr(
        lg,
        "Educational Visit Risk Assessment",
        "Gefährdungsbeurteilung Unterrichtsgang",
        "Analyse des risques - sortie scolaire",
    )
    f = sheets(s, sh, f"{sh.name} - {title}")
    caption(f, s, title, 3, rule=True)
    f.y = fields(
        f.page,
        s,
        m,
        f.y,
        w - 2 * m,
        [
            (tr(lg, "Venue", "Ziel", "Lieu"), centre_name()),
            (tr(lg, "Date", "Datum", "Date"), short(visit, lg)),
            (tr(lg, "Visit leader", "Verantwortliche Lehrkraft", "Responsable"), teacher),
            (
                tr(lg, "Pupils / adults", "Schüler / Begleitpersonen", "Élèves / adultes"),
                f"{pupils} / {adults}",
            ),
        ],
        per=4,
        tall=24,
        hand=False,
    )
    cols = columns(
        m, w - m, [(2.2, "left"), (1.4, "left"), (0.6, "center"), (5, "left"), (0.8, "center")]
    )
    rows = [
        [
            a,
            b,
            c,
            dd,
            rng.choice(["L", "L", "M"])
            if lg == "en"
            else rng.choice(["G", "G", "M"])
            if lg == "de"
            else rng.choice(["F", "F", "M"]),
        ]
        for a, b, c, dd in rng.sample(RISKS[lg], rng.randint(5, 8))
    ]
    table(
        f,
        cols,
        [
            tr(lg, "Hazard", "Gefährdung", "Risque identifié"),
            tr(lg, "Who", "Betroffene", "Personnes"),
            tr(lg, "Risk", "Risiko", "Niveau"),
            tr(lg, "Control measures", "Maßnahmen", "Mesures de prévention"),
            tr(lg, "Residual", "Rest", "Résiduel"),
        ],
        rows,
        s,
        shade=0.85,
        rules=True,
        step=2.2,
    )
    f.y += 14
    f.need(60)
    sign_line(
        f.page, s, m, f.y + 20, 200, tr(lg, "Visit leader", "Lehrkraft", "Enseignant"), teacher
    )
    sign_line(
        f.page,
        s,
        m + 260,
        f.y + 20,
        200,
        tr(lg, "Approved (EVC / Head)", "Genehmigt (Schulleitung)", "Visa du directeur"),
        sender_person(sh, "head"),
    )
    return close(f.pages, s, sh, "none")


def class_list(rng: random.Random, lg: str, pupils: int) -> Page:
    """A handwritten class list on a lined page."""
    p = Page(A4)
    w, hh = A4
    p.text(50, 50, tr(lg, "Group list", "Klassenliste", "Liste des élèves"), HAND, 12)
    names = [f"{rng.choice(FIRSTS[lg])} {rng.choice(LASTS[lg])[0]}." for _ in range(pupils)]
    per = (len(names) + 1) // 2
    for k, n in enumerate(names):
        col, row = divmod(k, per)
        x = 50 + col * (w - 100) / 2
        y = 80 + row * 22
        if y > hh - 50:
            break
        p.line(x, y + 3, x + (w - 100) / 2 - 12, y + 3)
        hand(p, x + 2, y, f"{row + 1 + col * per}. {n}", 9.5)
        if rng.random() < 0.08:
            hand(p, x + 150, y, rng.choice(["EpiPen", "asthma", "Inhaler", "PAI"]), 8.5)
    return p


# ---------------------------------------------------------------------------------------------
# Templates BBBBB: animals between aquaria
# ---------------------------------------------------------------------------------------------


def sex_code(rng: random.Random) -> str:
    a, b, c = rng.choice(
        [(1, 0, 0), (0, 1, 0), (1, 1, 0), (0, 0, 3), (2, 3, 0), (0, 0, 12), (1, 2, 0)]
    )
    return f"{a}.{b}.{c}"


TRANSFER_CLAUSES = {
    "en": [
        "Ownership",
        "Offspring",
        "Costs of transport",
        "Health and quarantine",
        "Records",
        "Death of specimens",
        "Recall and return",
        "Publicity",
        "Disposal to third parties",
        "Governing law",
    ],
    "de": [
        "Eigentum",
        "Nachzucht",
        "Transportkosten",
        "Gesundheit und Quarantäne",
        "Dokumentation",
        "Tod eines Tieres",
        "Rückruf und Rückgabe",
        "Öffentlichkeitsarbeit",
        "Weitergabe an Dritte",
        "Anwendbares Recht",
    ],
    "fr": [
        "Propriété",
        "Descendance",
        "Frais de transport",
        "Santé et quarantaine",
        "Registres",
        "Décès d'un spécimen",
        "Rappel et restitution",
        "Communication",
        "Cession à des tiers",
        "Droit applicable",
    ],
}


def tpl_animal_transfer(rng: random.Random, who: Issuer) -> list[Page]:
    """Another aquarium's animal transfer agreement with the specimen table, the numbered
    conditions, a signature page and now and then a specimen report printout."""
    h = head_of(who, "aquarium", abroad=0.3)
    lg = h.lang
    s = style_of(h, A4)
    w, _ = A4
    m = s.margin
    d = some_day(rng)
    no = serial(rng, rng.choice(["ATA-9999/99", "T99-999", "TV 9999-99"]))
    title = tr(
        lg, "Animal Transfer Agreement", "Tierabgabevertrag", "Convention de transfert d'animaux"
    )
    f = sheets(s, h, f"{h.name} - {title} {no}")
    caption(f, s, title.upper(), 4)
    f.page.text(w - m, f.y - 20, f"No. {no}", s.font, s.size, "right")
    y0 = f.y
    bw = (w - 2 * m - 12) / 2
    cellbox(
        f.page,
        m,
        y0,
        bw,
        62,
        tr(lg, "Sending institution", "Abgebende Einrichtung", "Établissement cédant"),
        [h.name, h.street, h.town, sender_person(h, "curator")],
        s.font,
        8.5,
    )
    cname, cstreet, ctown, _ = centre_row()
    cellbox(
        f.page,
        m + bw + 12,
        y0,
        bw,
        62,
        tr(lg, "Receiving institution", "Aufnehmende Einrichtung", "Établissement receveur"),
        [cname, cstreet, ctown, person("curator")],
        s.font,
        8.5,
    )
    f.y = y0 + 78
    kinds = tr(
        lg,
        "Breeding loan|Donation|Exchange|Sale",
        "Zuchtleihgabe|Schenkung|Tausch|Verkauf",
        "Prêt reproduction|Don|Échange|Vente",
    ).split("|")
    f.page.text(
        m, f.y, tr(lg, "Type of transfer:", "Art der Abgabe:", "Nature :"), s.bold, s.size - 0.5
    )
    f.y = ticks(f.page, s, m + 100, f.y, w - 2 * m - 100, kinds, {rng.choice([0, 0, 1, 2, 3])}, 8.5)
    f.y += 4
    f.page.text(m, f.y, tr(lg, "Programme:", "Programm:", "Programme :"), s.bold, s.size - 0.5)
    progs = [
        "EEP",
        "ESB",
        tr(lg, "Monitored", "Monitoring", "Suivi"),
        tr(lg, "None", "Keins", "Aucun"),
    ]
    f.y = ticks(f.page, s, m + 100, f.y, w - 2 * m - 100, progs, {rng.randrange(4)}, 8.5)
    f.y += 8
    picks = rng.sample(range(len(SPECIES)), rng.randint(1, 4))
    cols = columns(
        m,
        w - m,
        [(3.2, "left"), (2.6, "left"), (1, "center"), (2, "left"), (1.6, "left"), (0.8, "center")],
    )
    rows = []
    for k in picks:
        rows.append(
            [
                SPECIES[k][0],
                sp_name(k, lg),
                sex_code(rng),
                serial(rng, rng.choice(["PIT 900 999999", "M99-999", "batch 99/99"])),
                short(d - timedelta(days=rng.randint(90, 2500)), lg),
                "CB" if rng.random() < 0.8 else "W",
            ]
        )
    table(
        f,
        cols,
        [
            tr(lg, "Species", "Art", "Espèce"),
            tr(lg, "Common name", "Deutscher Name", "Nom commun"),
            "M.F.U",
            tr(lg, "ID / transponder", "Kennzeichnung", "Identification"),
            tr(lg, "Hatched / born", "Geboren / geschlüpft", "Naissance"),
            tr(lg, "Origin", "Herkunft", "Origine"),
        ],
        rows,
        s,
        size=s.size - 1.5,
        shade=0.88,
        rules=True,
    )
    f.y += 8
    for k, t in enumerate(rng.sample(TRANSFER_CLAUSES[lg], rng.randint(5, 10))):
        f.heading(m, f"{k + 1}. {t}", s.bold, s.size)
        write(f, s, prose(rng, lg, rng.choice(["legal", "aqua"]), 1, 3), s.size - 0.5)
    sigpage = rng.random() < 0.6
    if sigpage:
        f.new_page()
        f.y += 10
        caption(f, s, tr(lg, "Signatures", "Unterschriften", "Signatures"), 2)
    else:
        f.need(130)
        f.y += 10
    for k, (lab, name) in enumerate(
        [
            (
                tr(
                    lg,
                    "For the sending institution",
                    "Für die abgebende Einrichtung",
                    "Pour l'établissement cédant",
                ),
                sender_person(h, "director"),
            ),
            (
                tr(
                    lg,
                    "For the receiving institution",
                    "Für die aufnehmende Einrichtung",
                    "Pour l'établissement receveur",
                ),
                person("director"),
            ),
        ]
    ):
        x = m + k * (w - 2 * m) / 2
        f.page.text(x, f.y, lab, s.bold, s.size - 0.5)
        f.page.text(x, f.y + 16, f"{tr(lg, 'Name', 'Name', 'Nom')}: {name}", s.font, s.size - 1)
        f.page.text(
            x, f.y + 30, f"{tr(lg, 'Place, date', 'Ort, Datum', 'Lieu, date')}:", s.font, s.size - 1
        )
        hand(
            f.page,
            x + 70,
            f.y + 30,
            f"{(h.town if k == 0 else ctown).split()[-1]}, "
            f"{short(d + timedelta(days=k * rng.randint(0, 12)), lg)}",
            9,
        )
        sign_line(
            f.page, s, x, f.y + 70, 180, tr(lg, "Signature", "Unterschrift", "Signature"), name
        )
    f.y += 100
    if sigpage:
        f.y += 20
        write(
            f,
            s,
            tr(lg, "Annex: specimen records", "Anlage: Tierdaten", "Annexe : fiches des spécimens"),
            s.size - 1,
        )
    pages = close(f.pages, s, h)
    if rng.random() < 0.35:
        pages.append(specimen_report(rng, h, picks[0], d))
    remember(d, {"species": picks, "row": (h.name, h.street, h.town, h.phone), "lang": lg})
    return pages


def specimen_report(rng: random.Random, h: Head, k: int, d: date) -> Page:
    """A records system's specimen report printout on a landscape page."""
    p = Page(LAND)
    w, hh = LAND
    m = 36
    p.text(m, 34, "ZIMS", "Helvetica-Bold", 16)
    p.text(m + 52, 34, "Specimen Report", "Helvetica", 12)
    p.text(w - m, 30, fit(h.name, "Helvetica", 7.5, 300), "Helvetica", 7.5, "right")
    p.text(
        w - m,
        40,
        f"Printed {d.isoformat()} {rng.randint(8, 17):02d}:{rng.randint(0, 59):02d}",
        "Helvetica",
        7.5,
        "right",
    )
    p.line(m, 48, w - m, 48)
    y = 66.0
    info = [
        ("Taxonomy", SPECIES[k][0]),
        ("Common name", SPECIES[k][1]),
        ("GAN", serial(rng, "MIG12-99999999")),
        ("Local ID", serial(rng, "A99-999")),
        ("Sex", rng.choice(["Male", "Female", "Undetermined"])),
        ("Birth date", (d - timedelta(days=rng.randint(200, 2500))).isoformat()),
        ("Birth type", rng.choice(["Captive born", "Hatched (captive)", "Wild caught"])),
        ("Enclosure", rng.choice(["QT-2", "Reef 1", "Shark Lagoon", "Holding B4"])),
    ]
    for j, (a, b) in enumerate(info):
        x = m + (j % 4) * (w - 2 * m) / 4
        yy = y + (j // 4) * 24
        p.text(x, yy, a, "Helvetica", 6.5)
        p.text(
            x, yy + 10, fit(b, "Helvetica-Bold", 8.5, (w - 2 * m) / 4 - 8), "Helvetica-Bold", 8.5
        )
    y += 60
    p.rect(m, y - 10, w - 2 * m, 14, fill=0.85)
    heads = ["Date", "Event", "Details", "Recorded by"]
    xs = [m + 4, m + 80, m + 200, w - m - 120]
    for x, t in zip(xs, heads, strict=True):
        p.text(x, y, t, "Helvetica-Bold", 8)
    y += 16
    events = [
        "Weight",
        "Enclosure move",
        "Medical exam",
        "Feeding note",
        "Behaviour",
        "Acquisition",
    ]
    for _ in range(rng.randint(6, 14)):
        if y > hh - 50:
            break
        dd = d - timedelta(days=rng.randint(1, 900))
        p.text(xs[0], y, dd.isoformat(), "Helvetica", 7.5)
        ev = rng.choice(events)
        p.text(xs[1], y, ev, "Helvetica", 7.5)
        det = (
            f"{rng.randint(40, 4200)} g"
            if ev == "Weight"
            else words(rng, "en", "aqua", rng.randint(5, 10))
        )
        p.text(xs[2], y, fit(det, "Helvetica", 7.5, xs[3] - xs[2] - 10), "Helvetica", 7.5)
        p.text(xs[3], y, sender_person(h, f"rec{rng.randint(0, 2)}"), "Helvetica", 7.5)
        y += 13
    p.text(w / 2, hh - 24, "Page 1 of 1", "Helvetica", 7, "center")
    return p


COPIES = {
    "en": ["1 ORIGINAL", "2 COPY FOR THE HOLDER", "4 COPY FOR RETURN BY CUSTOMS"],
    "de": ["1 ORIGINAL", "2 KOPIE FÜR DEN INHABER", "4 KOPIE FÜR DIE RÜCKSENDUNG"],
    "fr": ["1 ORIGINAL", "2 COPIE POUR LE TITULAIRE", "4 COPIE À RENVOYER PAR LA DOUANE"],
}
COUNTRIES = {
    "en": [
        "Indonesia",
        "Philippines",
        "Australia",
        "United States",
        "Germany",
        "France",
        "Netherlands",
    ],
    "de": [
        "Indonesien",
        "Philippinen",
        "Australien",
        "Vereinigte Staaten",
        "Vereinigtes Königreich",
        "Frankreich",
        "Niederlande",
    ],
    "fr": [
        "Indonésie",
        "Philippines",
        "Australie",
        "États-Unis",
        "Royaume-Uni",
        "Allemagne",
        "Pays-Bas",
    ],
}


def permit_page(
    rng: random.Random,
    h: Head,
    no: str,
    copy: str,
    valid: date,
    k: int,
    qty: int,
    exporter: list[str],
    src: str,
    country: str,
) -> Page:
    """One copy of an import permit on the boxed form."""
    lg = h.lang
    p = Page(A4)
    w, hh = A4
    m = 30
    p.text(
        m,
        30,
        tr(lg, "EUROPEAN UNION", "EUROPÄISCHE UNION", "UNION EUROPÉENNE")
        if lg != "en"
        else "UNITED KINGDOM",
        "Helvetica-Bold",
        10,
    )
    p.text(
        m,
        42,
        tr(
            lg,
            "PERMIT / CERTIFICATE No.",
            "GENEHMIGUNG / BESCHEINIGUNG Nr.",
            "PERMIS / CERTIFICAT N°",
        ),
        "Helvetica",
        7,
    )
    p.text(m + 150, 42, no, "Courier-Bold", 10)
    copy_label(p, copy)
    x0, x1 = m, w - m
    mid = (x0 + x1) / 2
    y = 56.0
    cellbox(
        p,
        x0,
        y,
        mid - x0,
        64,
        tr(
            lg,
            "1. Exporter / re-exporter",
            "1. Ausführer / Wiederausführer",
            "1. Exportateur / réexportateur",
        ),
        exporter,
        "Courier",
        8,
    )
    cellbox(p, mid, y, x1 - mid, 24, "", [], "Courier", 8)
    ty = y + 14
    types = [
        tr(lg, "Import", "Einfuhr", "Importation"),
        tr(lg, "Export", "Ausfuhr", "Exportation"),
        tr(lg, "Re-export", "Wiederausfuhr", "Réexportation"),
        tr(lg, "Other", "Sonstige", "Autre"),
    ]
    xx = mid + 6
    for j, t in enumerate(types):
        box(p, xx, ty, j == 0, 7)
        p.text(xx + 10, ty, t, "Helvetica", 7)
        xx += 14 + tw(t, "Helvetica", 7) + 8
    cellbox(
        p,
        mid,
        y + 24,
        x1 - mid,
        40,
        tr(lg, "2. Last day of validity", "2. Gültig bis", "2. Date limite de validité"),
        [short(valid, lg)],
        "Courier-Bold",
        10,
    )
    y += 64
    cname, cstreet, ctown, _ = centre_row()
    cellbox(
        p,
        x0,
        y,
        mid - x0,
        58,
        tr(lg, "3. Importer", "3. Einführer", "3. Importateur"),
        [cname, cstreet, ctown],
        "Courier",
        8,
    )
    cellbox(
        p,
        mid,
        y,
        x1 - mid,
        58,
        tr(
            lg, "4. Country of (re-)export", "4. (Wieder-)Ausfuhrland", "4. Pays de (ré)exportation"
        ),
        [country],
        "Courier",
        8,
    )
    y += 58
    cellbox(
        p,
        x0,
        y,
        mid - x0,
        54,
        tr(lg, "5. Special conditions", "5. Besondere Bedingungen", "5. Conditions particulières"),
        wrap(words(rng, lg, "legal", 14), "Helvetica", 7, mid - x0 - 12),
        "Helvetica",
        7,
    )
    cellbox(
        p,
        mid,
        y,
        (x1 - mid) / 2,
        54,
        tr(lg, "5a. Purpose", "5a. Zweck", "5a. But"),
        ["Z"],
        "Courier-Bold",
        12,
    )
    cellbox(
        p,
        mid + (x1 - mid) / 2,
        y,
        (x1 - mid) / 2,
        54,
        tr(lg, "5b. Security stamp", "5b. Sicherheitsmarke", "5b. Timbre"),
        [serial(rng, "9999999")],
        "Courier",
        8,
    )
    y += 54
    cellbox(
        p,
        x0,
        y,
        x1 - x0,
        26,
        tr(lg, "6. Name of applicant", "6. Antragsteller", "6. Demandeur"),
        [f"{person('curator')}, {cname}"],
        "Courier",
        8,
    )
    y += 26
    cellbox(
        p,
        x0,
        y,
        (x1 - x0) * 0.58,
        62,
        tr(
            lg,
            "7./8. Scientific name and common name; description",
            "7./8. Wissenschaftlicher und deutscher Name; Beschreibung",
            "7./8. Nom scientifique et nom commun ; description",
        ),
        [
            SPECIES[k][0],
            sp_name(k, lg),
            tr(lg, "live specimens", "lebende Exemplare", "spécimens vivants"),
        ],
        "Courier",
        8.5,
    )
    cellbox(
        p,
        x0 + (x1 - x0) * 0.58,
        y,
        (x1 - x0) * 0.14,
        62,
        tr(lg, "9. Quantity", "9. Menge", "9. Quantité"),
        [str(qty)],
        "Courier-Bold",
        10,
    )
    cellbox(
        p,
        x0 + (x1 - x0) * 0.72,
        y,
        (x1 - x0) * 0.14,
        62,
        tr(lg, "10. Appendix / Annex", "10. Anhang", "10. Annexe"),
        [f"{SPECIES[k][4] or 'II'} / {'B' if SPECIES[k][4] else 'D'}"],
        "Courier-Bold",
        10,
    )
    cellbox(
        p,
        x0 + (x1 - x0) * 0.86,
        y,
        (x1 - x0) * 0.14,
        62,
        tr(lg, "11. Source", "11. Herkunft", "11. Source"),
        [src],
        "Courier-Bold",
        12,
    )
    y += 62
    cellbox(
        p,
        x0,
        y,
        mid - x0,
        44,
        tr(
            lg,
            "12. Country of origin / permit no.",
            "12. Ursprungsland / Genehmigung",
            "12. Pays d'origine / permis n°",
        ),
        [country, serial(rng, "99999/AA/99")],
        "Courier",
        8,
    )
    cellbox(
        p,
        mid,
        y,
        x1 - mid,
        44,
        tr(
            lg,
            "13. Air waybill / bill of lading",
            "13. Luftfrachtbrief",
            "13. Lettre de transport aérien",
        ),
        [serial(rng, "999-9999 9999")] if rng.random() < 0.5 else [],
        "Courier",
        8,
    )
    y += 44
    issued = valid - timedelta(days=rng.choice([120, 180]))
    cellbox(
        p,
        x0,
        y,
        x1 - x0,
        92,
        tr(
            lg,
            "14. Issuing Management Authority",
            "14. Ausstellende Vollzugsbehörde",
            "14. Organe de gestion délivrant",
        ),
        [
            h.name,
            f"{h.street}, {h.town}",
            "",
            f"{tr(lg, 'Place and date', 'Ort und Datum', 'Lieu et date')}: {h.town.split()[-1]}, "
            f"{short(issued, lg)}",
        ],
        "Helvetica",
        8,
    )
    scrawl(p, mid + 20, y + 70, sender_person(h, "officer"), 12)
    seal(p, x1 - 55, y + 46, 30, h.name.split(" - ")[0][:30], "CITES")
    y += 92
    cellbox(
        p,
        x0,
        y,
        x1 - x0,
        hh - 60 - y,
        tr(
            lg,
            "15. Border customs endorsement (to be completed by customs)",
            "15. Bestätigung der Grenzzollstelle",
            "15. Visa de la douane à la frontière",
        ),
        [],
        "Helvetica",
        8,
    )
    p.text(
        w / 2,
        hh - 36,
        fit(
            tr(
                lg,
                "This permit is valid only for a single consignment of live specimens.",
                "Diese Genehmigung gilt nur für eine einzige Sendung lebender Exemplare.",
                "Ce permis n'est valable que pour un seul envoi de spécimens vivants.",
            ),
            "Helvetica",
            6.5,
            w - 60,
        ),
        "Helvetica",
        6.5,
        "center",
    )
    return p


def tpl_cites_permit(rng: random.Random, who: Issuer) -> list[Page]:
    """The management authority's CITES import permit on the boxed form, sometimes with the
    copy for the holder and a covering letter."""
    h = head_of(who, "cites")
    lg = h.lang
    d = last_day(rng, ("livestock_invoice",), (0, 6))
    extra = LAST["extra"] if after(("livestock_invoice",)) else None
    listed = [k for k, sp in enumerate(SPECIES) if sp[4]]
    if isinstance(extra, dict):
        k = next((j for j in extra["species"] if SPECIES[j][4]), rng.choice(listed))
        exporter = [str(extra["row"][0]), str(extra["row"][1]), str(extra["row"][2])]
    else:
        k = rng.choice(listed)
        dl = rng.choice([x for x in ("en", "de", "fr")])
        ex = rng.choice(SENDERS[rng.choice(["dealer", "aquarium"])][dl])
        exporter = [ex[0], ex[1], ex[2]]
    country = rng.choice(COUNTRIES[lg])
    no = serial(
        rng, {"en": "GB/99AA/999999/99", "de": "DE-E-99-99999", "fr": "FR99999/99/I-99999"}[lg]
    )
    valid = d + timedelta(days=rng.choice([180, 365, 90]))
    src = rng.choice(["C", "C", "F", "W"]) if SPECIES[k][4] else "C"
    qty = rng.choice([2, 3, 5, 6, 10, 20])
    pages: list[Page] = []
    if rng.random() < 0.35:
        s = style_of(h, A4)
        f = sheets(s, h)
        recipient(
            f,
            s,
            h,
            centre_lines(
                tr(
                    lg,
                    f"FAO {person('curator')}",
                    mx(person("curator"), lg),
                    f"À l'attention de {mx(person('curator'), lg)}",
                )
            ),
            d,
            [
                (tr(lg, "Our ref.", "Az.", "Réf."), no),
                (
                    tr(lg, "Case officer", "Bearbeitung", "Dossier suivi par"),
                    sender_person(h, "officer"),
                ),
            ],
        )
        write(
            f,
            s,
            tr(
                lg,
                f"CITES import permit {no}",
                f"Einfuhrgenehmigung {no}",
                f"Permis d'importation CITES {no}",
            ),
            s.size + 0.5,
        )
        write(f, s, dear(lg, None))
        write(
            f,
            s,
            tr(
                lg,
                "Please find enclosed the permit requested in your application. The original "
                "(copy 1) "
                "must accompany the consignment and be presented to the border control post; "
                "copy 2 is "
                "for your records. " + words(rng, lg, "legal"),
                "anbei erhalten Sie die beantragte Genehmigung. Das Original (Exemplar 1) ist "
                "der Sendung "
                "beizufügen und bei der Grenzzollstelle vorzulegen; Exemplar 2 ist für Ihre "
                "Unterlagen "
                "bestimmt. " + words(rng, lg, "legal"),
                "Veuillez trouver ci-joint le permis demandé. L'original (feuillet 1) doit "
                "accompagner "
                "l'envoi et être présenté au poste de contrôle frontalier ; le feuillet 2 est à "
                "conserver. " + words(rng, lg, "legal"),
            ),
        )
        if rng.random() < 0.5:
            write(f, s, prose(rng, lg, "legal", 1, 2))
        regards(
            f,
            s,
            lg,
            sender_person(h, "officer"),
            tr(lg, "Wildlife Licensing", "CITES-Vollzug", "Service CITES"),
        )
        pages += close(f.pages, s, h, "none")
    copies = COPIES[lg][: rng.choice([1, 1, 2, 2, 3])]
    for c in copies:
        pages.append(permit_page(rng, h, no, c, valid, k, qty, exporter, src, country))
    remember(d, None)
    return pages


CERT_II = {
    "en": [
        "the aquatic animals described in Part I come from a facility registered by the "
        "competent authority and under official supervision;",
        "the animals were clinically inspected within 72 hours of loading and showed no "
        "clinical signs of disease;",
        "(1) either [the animals are not of species susceptible to the diseases listed in Annex "
        "IV;] (1) or [the animals come from a zone or compartment declared free of the diseases "
        "concerned;]",
        "the animals are to be transported under conditions which do not alter their health "
        "status, in new or cleaned and disinfected containers;",
        "the water in which the animals are transported does not come from a source of lower "
        "health status.",
    ],
    "de": [
        "die in Teil I beschriebenen Wassertiere stammen aus einem von der zuständigen Behörde "
        "registrierten Betrieb unter amtlicher Überwachung;",
        "die Tiere wurden innerhalb von 72 Stunden vor dem Verladen klinisch untersucht und "
        "zeigten keine Krankheitsanzeichen;",
        "(1) entweder [die Tiere gehören keiner für die in Anhang IV genannten Seuchen "
        "empfänglichen Art an;] (1) oder [die Tiere stammen aus einer für frei erklärten Zone;]",
        "die Tiere werden unter Bedingungen befördert, die ihren Gesundheitsstatus nicht "
        "verändern, in neuen oder gereinigten und desinfizierten Behältnissen;",
        "das Transportwasser stammt nicht aus einer Quelle mit niedrigerem Gesundheitsstatus.",
    ],
    "fr": [
        "les animaux aquatiques décrits dans la partie I proviennent d'un établissement "
        "enregistré par l'autorité compétente et placé sous surveillance officielle ;",
        "les animaux ont fait l'objet d'un examen clinique dans les 72 heures précédant le "
        "chargement et ne présentaient aucun signe de maladie ;",
        "(1) soit [les animaux n'appartiennent pas à des espèces sensibles aux maladies de "
        "l'annexe IV ;] (1) soit [les animaux proviennent d'une zone déclarée indemne ;]",
        "les animaux sont transportés dans des conditions qui n'altèrent pas leur statut "
        "sanitaire, dans des conteneurs neufs ou nettoyés et désinfectés ;",
        "l'eau de transport ne provient pas d'une source de statut sanitaire inférieur.",
    ],
}


def tpl_health_certificate(rng: random.Random, who: Issuer) -> list[Page]:
    """An official health certificate for live aquatic animals: Part I boxes, Part II
    attestations, the certificate reference and 'Page i of n' on every page."""
    extra = LAST["extra"] if after(("animal_transfer",)) else None
    if isinstance(extra, dict):
        lg = str(extra["lang"])
        sender = extra["row"]
        picks = list(extra["species"])
    else:
        r = keyed(who, "hc")
        lg = (
            home() if r.random() < 0.6 else r.choice([x for x in ("en", "de", "fr") if x != home()])
        )
        sender = rng.choice(SENDERS[rng.choice(["aquarium", "dealer"])][lg])
        picks = rng.sample(range(len(SPECIES)), rng.randint(1, 4))
    h = make_head(SENDERS["offvet"][lg][0], lg, "offvet")
    d = last_day(rng, ("animal_transfer",), (3, 20))
    ref = serial(
        rng,
        {"en": "GBHC-9999-999999", "de": "INTRA.DE.2025.999999", "fr": "INTRA.FR.2025.999999"}[lg],
    )
    country = {"en": "UNITED KINGDOM", "de": "DEUTSCHLAND", "fr": "FRANCE"}[lg]
    s = style_of(h, A4, margin=44, pt=8.5)
    w, hh = A4
    m = 44

    def start(p: Page, n: int) -> float:
        p.rect(m, 24, w - 2 * m, 20)
        p.text(m + 4, 37, fit(f"{country}", "Helvetica-Bold", 8.5, 150), "Helvetica-Bold", 8.5)
        p.text(
            w / 2,
            37,
            tr(
                lg,
                "Live aquatic animals - display",
                "Lebende Wassertiere - Schauaquarium",
                "Animaux aquatiques vivants - présentation",
            ),
            "Helvetica",
            7.5,
            "center",
        )
        p.text(w - m - 4, 37, f"{tr(lg, 'Ref.', 'Bez.', 'Réf.')} {ref}", "Helvetica", 7.5, "right")
        if n == 1:
            p.text(
                w / 2,
                64,
                tr(
                    lg, "HEALTH CERTIFICATE", "TIERGESUNDHEITSBESCHEINIGUNG", "CERTIFICAT SANITAIRE"
                ),
                "Helvetica-Bold",
                13,
                "center",
            )
            p.text(
                w / 2,
                76,
                tr(
                    lg,
                    "for aquatic animals intended for closed ornamental facilities",
                    "für Wassertiere zur Haltung in geschlossenen Zierbetrieben",
                    "pour animaux aquatiques destinés à des installations ornementales fermées",
                ),
                "Helvetica",
                8,
                "center",
            )
            return 96
        return 58

    f = Sheets((w, hh), hh - 50, start)
    f.page.text(
        m,
        f.y,
        tr(
            lg,
            "Part I: Details of dispatched consignment",
            "Teil I: Angaben zur Sendung",
            "Partie I : Renseignements concernant le lot expédié",
        ),
        "Helvetica-Bold",
        9,
    )
    f.y += 8
    bw = (w - 2 * m) / 2
    cname, cstreet, ctown, _ = centre_row()
    boxes = [
        (
            "I.1 " + tr(lg, "Consignor", "Versender", "Expéditeur"),
            [str(sender[0]), str(sender[1]), str(sender[2])],
        ),
        ("I.2 " + tr(lg, "Certificate reference No", "Bezugsnummer", "N° de référence"), [ref]),
        (
            "I.3 "
            + tr(
                lg,
                "Central competent authority",
                "Zuständige oberste Behörde",
                "Autorité centrale compétente",
            ),
            [tr(lg, "Defra / APHA", "BMEL", "DGAL")],
        ),
        (
            "I.4 "
            + tr(
                lg,
                "Local competent authority",
                "Zuständige örtliche Behörde",
                "Autorité locale compétente",
            ),
            [h.name],
        ),
        ("I.5 " + tr(lg, "Consignee", "Empfänger", "Destinataire"), [cname, cstreet, ctown]),
        ("I.7 " + tr(lg, "Country of origin", "Ursprungsland", "Pays d'origine"), [country]),
        (
            "I.11 " + tr(lg, "Place of origin", "Herkunftsort", "Lieu d'origine"),
            [str(sender[0]), serial(rng, "AA-99999")],
        ),
        (
            "I.12 " + tr(lg, "Place of destination", "Bestimmungsort", "Lieu de destination"),
            [cname],
        ),
        (
            "I.15 " + tr(lg, "Means of transport", "Transportmittel", "Moyen de transport"),
            [
                rng.choice(
                    [
                        tr(lg, "Road vehicle", "Straßenfahrzeug", "Véhicule routier"),
                        tr(lg, "Aeroplane", "Flugzeug", "Avion"),
                    ]
                ),
                serial(rng, "AA99 AAA"),
            ],
        ),
        (
            "I.19 " + tr(lg, "Commodity code (CN)", "Warencode (KN)", "Code marchandise (NC)"),
            [rng.choice(["0301 11 00", "0301 19 00", "0307 91 00", "0106 90 00"])],
        ),
        (
            "I.22 " + tr(lg, "Number of packages", "Anzahl Packstücke", "Nombre de colis"),
            [str(rng.randint(1, 8))],
        ),
        (
            "I.25 "
            + tr(
                lg,
                "Commodities certified for",
                "Waren zertifiziert für",
                "Marchandises certifiées aux fins de",
            ),
            [
                tr(
                    lg,
                    "Closed ornamental facility",
                    "Geschlossene Zieranlage",
                    "Installation ornementale fermée",
                )
            ],
        ),
    ]
    for j, (cap, lines) in enumerate(boxes):
        if j % 2 == 0:
            f.need(50)
        x = m + (j % 2) * bw
        cellbox(f.page, x, f.y, bw, 46, cap, lines, "Courier", 8)
        if j % 2 == 1:
            f.y += 46
    f.y += 12
    f.page.text(
        m,
        f.y,
        "I.28 "
        + tr(
            lg,
            "Identification of the commodities",
            "Identifizierung der Waren",
            "Identification des marchandises",
        ),
        "Helvetica-Bold",
        8,
    )
    f.y += 12
    cols = columns(m, w - m, [(3.5, "left"), (1.6, "left"), (1, "center"), (1.6, "left")])
    rows = [
        [
            SPECIES[k][0],
            rng.choice(["Aquaculture", "Wild", "Captive bred"]),
            str(rng.choice([1, 2, 3, 5, 12])),
            serial(rng, "LOT 99-999"),
        ]
        for k in picks
    ]
    table(
        f,
        cols,
        [
            tr(lg, "Species", "Art", "Espèce"),
            tr(lg, "Nature", "Art der Ware", "Nature"),
            tr(lg, "Quantity", "Anzahl", "Quantité"),
            tr(lg, "Batch", "Partie", "Lot"),
        ],
        rows,
        s,
        size=8,
        shade=0.88,
    )
    f.new_page()
    f.page.text(
        m,
        f.y,
        tr(lg, "Part II: Certification", "Teil II: Bescheinigung", "Partie II : Certification"),
        "Helvetica-Bold",
        9,
    )
    f.y += 14
    write(
        f,
        s,
        tr(
            lg,
            "I, the undersigned official veterinarian, hereby certify that:",
            "Der unterzeichnende amtliche Tierarzt bescheinigt hiermit:",
            "Je soussigné, vétérinaire officiel, certifie que :",
        ),
        8.5,
    )
    for j, t in enumerate(CERT_II[lg]):
        f.need(30)
        f.page.text(m, f.y, f"II.{j + 1}", s.bold, 8.5)
        f.para(m + 24, w - 2 * m - 24, t, s.font, 8.5)
    f.y += 6
    write(
        f,
        s,
        tr(
            lg,
            "Notes: (1) Delete as appropriate. This certificate is valid for 10 days from the "
            "date of issue.",
            "Hinweise: (1) Nichtzutreffendes streichen. Gültig 10 Tage ab Ausstellung.",
            "Notes : (1) Rayer la mention inutile. Valable 10 jours à compter de sa délivrance.",
        ),
        7.5,
    )
    f.need(150)
    f.y += 10
    vet = sender_person(h, "ov")
    f.y = fields(
        f.page,
        s,
        m,
        f.y,
        w - 2 * m,
        [
            (
                tr(
                    lg,
                    "Official veterinarian (name in capitals)",
                    "Amtlicher Tierarzt (Name)",
                    "Vétérinaire officiel (nom)",
                ),
                f"Dr {vet.upper()}",
            ),
            (
                tr(lg, "Qualification and title", "Qualifikation", "Qualification"),
                tr(
                    lg,
                    "Official Veterinarian",
                    "Amtstierärztin/Amtstierarzt",
                    "Vétérinaire officiel",
                ),
            ),
            (tr(lg, "Date", "Datum", "Date"), short(d, lg)),
            (tr(lg, "Signature", "Unterschrift", "Signature"), ""),
        ],
        per=2,
        tall=34,
        hand=False,
    )
    scrawl(f.page, w / 2 + 20, f.y - 16, vet, 12)
    seal(
        f.page,
        w - m - 60,
        f.y + 40,
        34,
        h.name.split(" - ")[0][:28],
        tr(lg, "Official vet", "Amtstierarzt", "Vétérinaire"),
    )
    f.y += 70
    pages = f.pages
    n = len(pages)
    for i, p in enumerate(pages, 1):
        p.text(
            w / 2,
            hh - 24,
            tr(lg, f"Page {i} of {n}", f"Seite {i} von {n}", f"Page {i} sur {n}"),
            "Helvetica",
            7.5,
            "center",
        )
    remember(d, None)
    return pages


# ---------------------------------------------------------------------------------------------
# Templates BBBBB: health and water
# ---------------------------------------------------------------------------------------------

FINDINGS = {
    "en": [
        "History",
        "Clinical examination",
        "Gross post-mortem findings",
        "Diagnostic tests",
        "Assessment",
        "Recommendations",
    ],
    "de": [
        "Vorbericht",
        "Klinische Untersuchung",
        "Sektionsbefund",
        "Weiterführende Diagnostik",
        "Beurteilung",
        "Empfehlungen",
    ],
    "fr": [
        "Anamnèse",
        "Examen clinique",
        "Autopsie - lésions macroscopiques",
        "Examens complémentaires",
        "Conclusion",
        "Recommandations",
    ],
}
BLOOD = [
    ("PCV", "%", 18, 42),
    ("Total protein", "g/dl", 2.1, 5.4),
    ("Glucose", "mmol/l", 1.8, 6.5),
    ("Urea", "mmol/l", 300, 420),
    ("Sodium", "mmol/l", 240, 290),
    ("Chloride", "mmol/l", 230, 280),
    ("AST", "U/l", 20, 160),
    ("CK", "U/l", 100, 2500),
]


def tpl_vet_report(rng: random.Random, who: Issuer) -> list[Page]:
    """The zoo vet's clinical or post-mortem report, now and then with the external
    laboratory's histopathology page behind."""
    h = head_of(who, "vet")
    lg = h.lang
    s = style_of(h, A4)
    w, _ = A4
    m = s.margin
    d = some_day(rng)
    pm = rng.random() < 0.45
    k = rng.choice([2, 3, 4, 5, 6, 7, 14, 16, 19])
    case = serial(rng, rng.choice(["C99-9999", "PM/99/999", "V9999"]))
    title = (
        tr(lg, "Post-mortem Examination Report", "Sektionsbericht", "Rapport d'autopsie")
        if pm
        else tr(
            lg,
            "Clinical Examination Report",
            "Untersuchungsbericht",
            "Compte rendu d'examen clinique",
        )
    )
    f = sheets(s, h, f"{h.name} - {title} - {case}")
    recipient(
        f,
        s,
        h,
        centre_lines(
            tr(
                lg,
                f"FAO {person('curator')}",
                mx(person("curator"), lg),
                f"À l'attention de {mx(person('curator'), lg)}",
            )
        ),
        d,
        [(tr(lg, "Case no.", "Fall-Nr.", "Dossier"), case)],
    )
    caption(f, s, title, 3)
    f.y = fields(
        f.page,
        s,
        m,
        f.y,
        w - 2 * m,
        [
            (tr(lg, "Species", "Tierart", "Espèce"), f"{sp_name(k, lg)} ({SPECIES[k][0]})"),
            (tr(lg, "Animal ID", "Tier-ID", "Identifiant"), serial(rng, "A99-999")),
            (
                tr(lg, "Exhibit / tank", "Becken", "Bassin"),
                rng.choice(
                    [
                        "Shark Lagoon",
                        "QT 2",
                        "Seahorse nursery",
                        "Rock pool",
                        "Open Ocean",
                        "Holding B3",
                    ]
                ),
            ),
            (
                tr(lg, "Sex / weight", "Geschlecht / Gewicht", "Sexe / poids"),
                f"{rng.choice(['M', 'F', '?'])} / {rng.randint(12, 9800)} g",
            ),
            (
                tr(lg, "Date examined", "Untersuchungsdatum", "Date d'examen"),
                short(d - timedelta(days=rng.randint(0, 6)), lg),
            ),
            (tr(lg, "Submitted by", "Eingesandt von", "Présenté par"), person("aquarist")),
        ],
        per=2,
        tall=24,
        hand=False,
    )
    secs = FINDINGS[lg]
    order = [0, 2 if pm else 1, 3, 4, 5]
    for j in order:
        f.heading(s.margin, secs[j], s.bold, s.size + 0.5)
        write(f, s, prose(rng, lg, "aqua", 1, 4))
        if j == 3 and rng.random() < 0.7:
            cols = columns(m, w - m, [(3, "left"), (1.2, "center"), (1, "left"), (1.8, "left")])
            rows = []
            for name, unit, lo, hi in rng.sample(BLOOD, rng.randint(4, 8)):
                v = rng.uniform(lo * 0.7, hi * 1.3)
                flag = " H" if v > hi else " L" if v < lo else ""
                rows.append([name, f"{v:.1f}{flag}", unit, f"{lo:g} - {hi:g}"])
            table(
                f,
                cols,
                [
                    tr(lg, "Parameter", "Parameter", "Paramètre"),
                    tr(lg, "Result", "Ergebnis", "Résultat"),
                    tr(lg, "Unit", "Einheit", "Unité"),
                    tr(lg, "Reference", "Referenz", "Référence"),
                ],
                rows,
                s,
                shade=0.9,
            )
            f.y += 6
    regards(
        f,
        s,
        lg,
        sender_person(h, "vet"),
        tr(
            lg,
            "BVSc MRCVS",
            "Fachtierärztin/Fachtierarzt für Zoo- und Wildtiere",
            "Docteur vétérinaire",
        ),
    )
    pages = close(f.pages, s, h)
    if pm and rng.random() < 0.5:
        lab = make_head(rng.choice(SENDERS["lab"][lg]), lg, "lab")
        ls = style_of(lab, A4, pt=9)
        g = sheets(ls, lab)
        g.y += 4
        caption(
            g,
            ls,
            tr(
                lg,
                "Histopathology Report",
                "Histopathologischer Befund",
                "Rapport d'histopathologie",
            ),
            2,
            rule=True,
        )
        g.y = pairs(
            g.page,
            ls,
            m,
            g.y,
            [
                (tr(lg, "Submitting vet", "Einsender", "Vétérinaire"), h.name),
                (tr(lg, "Lab no.", "Labor-Nr.", "N° labo"), serial(rng, "H99-99999")),
                (
                    tr(lg, "Received", "Eingang", "Reçu le"),
                    short(d - timedelta(days=rng.randint(3, 9)), lg),
                ),
            ],
            w * 0.7,
        )
        g.y += 8
        for t in tr(
            lg,
            "Tissues examined|Microscopic findings|Diagnosis|Comment",
            "Untersuchtes Material|Mikroskopischer Befund|Diagnose|Kommentar",
            "Tissus examinés|Lésions microscopiques|Diagnostic|Commentaire",
        ).split("|"):
            g.heading(m, t, ls.bold, 9.5)
            write(g, ls, prose(rng, lg, "aqua", 1, 3), 8.5)
        g.y += 10
        g.page.text(
            m,
            g.y,
            f"{sender_person(lab, 'path')}, "
            + tr(
                lg,
                "Veterinary pathologist",
                "Fachtierarzt für Pathologie",
                "Vétérinaire anatomopathologiste",
            ),
            ls.font,
            8.5,
        )
        pages += close(g.pages, ls, lab, "none")
    received(rng, pages[0], d)
    remember(d, None)
    return pages


WATER = [
    ("Temperature", "°C", "-", 12.0, 26.5, 1),
    ("pH", "-", "ISO 10523", 7.9, 8.35, 2),
    ("Salinity", "PSU", "Conductivity", 31.0, 35.5, 1),
    ("Ammonium (NH4-N)", "mg/l", "ISO 7150-1", 0.005, 0.12, 3),
    ("Nitrite (NO2-N)", "mg/l", "EN 26777", 0.002, 0.08, 3),
    ("Nitrate (NO3-N)", "mg/l", "ISO 10304-1", 2.0, 48.0, 1),
    ("Phosphate (PO4-P)", "mg/l", "ISO 6878", 0.01, 0.35, 3),
    ("Copper (Cu)", "µg/l", "ICP-MS", 0.5, 18.0, 1),
    ("Ozone residual", "mg/l", "DPD", 0.0, 0.02, 3),
    ("Bromate", "µg/l", "IC", 1.0, 45.0, 1),
    ("Total alkalinity", "meq/l", "Titration", 1.9, 3.1, 2),
    ("Calcium", "mg/l", "ICP-OES", 360.0, 450.0, 0),
    ("Magnesium", "mg/l", "ICP-OES", 1150.0, 1380.0, 0),
    ("Total viable count 22°C", "cfu/ml", "ISO 6222", 10.0, 4000.0, 0),
    ("Vibrio spp.", "cfu/ml", "TCBS", 0.0, 200.0, 0),
]
TANKS = [
    "Shark Lagoon",
    "Open Ocean",
    "Reef 1",
    "Reef 2",
    "Seahorse nursery",
    "Rock pool",
    "Jellyfish kreisel",
    "QT 1",
    "QT 2",
    "Ray bay",
    "Octopus den",
]


def tpl_water_lab_report(rng: random.Random, who: Issuer) -> list[Page]:
    """A water laboratory's accredited test report: the results per tank, 'Page i of n'."""
    h = head_of(who, "lab")
    lg = h.lang
    s = style_of(h, A4, margin=46, pt=8.5)
    w, hh = A4
    m = 46
    d = some_day(rng)
    no = serial(rng, rng.choice(["AR-99-999999", "99999999", "RE/99/99999"]))
    accr = {
        "en": f"UKAS TESTING {rng.randint(1000, 9999)}",
        "de": f"DAkkS D-PL-{rng.randint(10000, 19999)}-01-00",
        "fr": f"COFRAC ESSAIS N° 1-{rng.randint(1000, 6999)}",
    }[lg]
    title = tr(lg, "Certificate of Analysis", "Prüfbericht", "Rapport d'essai")

    def start(p: Page, n: int) -> float:
        y = heading(p, s, h)
        p.rect(w - m - 92, 18, 92, 30)
        p.text(w - m - 46, 30, accr.split(" ")[0], "Helvetica-Bold", 9, "center")
        p.text(
            w - m - 46,
            41,
            fit(" ".join(accr.split(" ")[1:]), "Helvetica", 6, 88),
            "Helvetica",
            6,
            "center",
        )
        if n > 1:
            p.text(m, y, f"{title} {no} ({tr(lg, 'continued', 'Fortsetzung', 'suite')})", s.bold, 9)
            return y + 18
        return y

    f = Sheets((w, hh), hh - m - 7 * len(h.foot) - 10, start)
    recipient(
        f,
        s,
        h,
        centre_lines(
            tr(
                lg,
                f"FAO {person('aquarist')}",
                mx(person("aquarist"), lg),
                f"À l'attention de {mx(person('aquarist'), lg)}",
            )
        ),
        d,
        [
            (tr(lg, "Report no.", "Berichts-Nr.", "Rapport n°"), no),
            (tr(lg, "Customer no.", "Kunden-Nr.", "Client n°"), serial(rng, "K99999")),
        ],
    )
    caption(f, s, f"{title} {no}", 3)
    sampled = d - timedelta(days=rng.randint(3, 10))
    f.y = pairs(
        f.page,
        s,
        m,
        f.y,
        [
            (
                tr(lg, "Sampled by", "Probenahme durch", "Prélevé par"),
                rng.choice(
                    [tr(lg, "Customer", "Auftraggeber", "Client"), sender_person(h, "sampler")]
                ),
            ),
            (tr(lg, "Date sampled", "Probenahmedatum", "Date de prélèvement"), short(sampled, lg)),
            (
                tr(lg, "Date received", "Probeneingang", "Date de réception"),
                short(sampled + timedelta(days=1), lg),
            ),
            (
                tr(lg, "Analysis period", "Prüfzeitraum", "Période d'analyse"),
                f"{short(sampled + timedelta(days=1), lg)} - {short(d, lg)}",
            ),
            (
                tr(lg, "Matrix", "Matrix", "Matrice"),
                tr(lg, "Seawater (artificial / natural)", "Meerwasser", "Eau de mer"),
            ),
        ],
        w * 0.65,
    )
    f.y += 10
    tanks = rng.sample(TANKS, rng.randint(2, 6))
    params = sorted(rng.sample(range(len(WATER)), rng.randint(5, 11)))
    for t in tanks:
        sid = serial(rng, "99-99999")
        f.heading(m, f"{tr(lg, 'Sample', 'Probe', 'Échantillon')} {sid} - {t}", s.bold, 9)
        cols = columns(
            m, w - m, [(3.4, "left"), (1.4, "center"), (1, "left"), (1.6, "left"), (1.2, "right")]
        )
        rows = []
        for j in params:
            name, unit, meth, lo, hi, dec = WATER[j]
            v = rng.uniform(lo, hi)
            rows.append(
                [
                    name,
                    f"{v:.{dec}f}" if v > 0.001 or dec == 0 else "<0.002",
                    unit,
                    meth,
                    rng.choice(["0.001", "0.005", "0.01", "0.1", "1", "-"]),
                ]
            )
        table(
            f,
            cols,
            [
                tr(lg, "Parameter", "Parameter", "Paramètre"),
                tr(lg, "Result", "Ergebnis", "Résultat"),
                tr(lg, "Unit", "Einheit", "Unité"),
                tr(lg, "Method", "Verfahren", "Méthode"),
                "LOQ",
            ],
            rows,
            s,
            size=8,
            shade=0.9,
            step=1.5,
        )
        f.y += 6
    write(
        f,
        s,
        tr(
            lg,
            "Results relate only to the samples tested. This report shall not be reproduced "
            "except in full without written approval of the laboratory.",
            "Die Ergebnisse beziehen sich ausschließlich auf die untersuchten Proben. Eine "
            "auszugsweise Vervielfältigung bedarf der schriftlichen Genehmigung.",
            "Les résultats ne concernent que les échantillons soumis à l'essai. La reproduction "
            "de ce rapport n'est autorisée que sous sa forme intégrale.",
        ),
        7.5,
    )
    if rng.random() < 0.4:
        write(
            f, s, f"{tr(lg, 'Comment', 'Bemerkung', 'Commentaire')}: " + words(rng, lg, "aqua"), 8
        )
    f.need(60)
    f.y += 12
    sign_line(
        f.page,
        s,
        m,
        f.y + 14,
        180,
        f"{sender_person(h, 'manager')} - "
        f"{tr(lg, 'Authorised signatory', 'Prüfleitung', 'Responsable technique')}",
        sender_person(h, "manager") if rng.random() < 0.6 else "",
    )
    f.y += 30
    f.page.text(
        m,
        f.y,
        tr(lg, "*** End of report ***", "*** Ende des Prüfberichts ***", "*** Fin du rapport ***"),
        s.font,
        7.5,
    )
    pages = close(
        f.pages,
        s,
        h,
        rng.choice(["Page {i} of {n}", "Page {i} of {n}", "{i}/{n}"])
        if lg == "en"
        else tr(lg, "", "Seite {i} von {n}", "Page {i}/{n}"),
    )
    remember(d, None)
    return pages


# ---------------------------------------------------------------------------------------------
# Templates BBBBB: life support systems
# ---------------------------------------------------------------------------------------------

EQUIP = [
    (
        "Sand filter",
        "Filtre à sable",
        "Sandfilter",
        ["Astral Aster 1200", "Hayward HCFL", "Praher SF-900"],
    ),
    (
        "Protein skimmer",
        "Écumeur",
        "Eiweißabschäumer",
        ["Aquamedic TF 3000", "Sander Helgoland 5000", "RK2 RK-M 250"],
    ),
    (
        "Ozone generator",
        "Générateur d'ozone",
        "Ozongenerator",
        ["Ozonia CFS-3", "Sander C 2000", "Xylem Wedeco SMOevo"],
    ),
    (
        "UV steriliser",
        "Stérilisateur UV",
        "UV-Anlage",
        ["Van Erp 120 W", "Wedeco Spektron 40", "AquaMedic Helix Max"],
    ),
    (
        "Circulation pump",
        "Pompe de circulation",
        "Umwälzpumpe",
        ["Grundfos NB 65-200", "KSB Etanorm 65", "Speck BADU 90/40"],
    ),
    (
        "Heat exchanger / chiller",
        "Échangeur / groupe froid",
        "Wärmetauscher / Kühler",
        ["Titan 4000", "Alfa Laval M3", "Teco TK-2000"],
    ),
    (
        "Control system (PLC)",
        "Automate de supervision",
        "Steuerung (SPS)",
        ["Siemens S7-1200", "Profilux 4", "Schneider M221"],
    ),
    (
        "ORP / pH probes",
        "Sondes redox / pH",
        "Redox- / pH-Sonden",
        ["Endress+Hauser", "Prominent DULCOTEST", "GHL"],
    ),
    (
        "Standby generator",
        "Groupe électrogène",
        "Notstromaggregat",
        ["Cummins C22", "SDMO J33", "Hatz 4L41"],
    ),
]


def eq_name(e: tuple[str, str, str, list[str]], lg: str) -> str:
    return {"en": e[0], "fr": e[1], "de": e[2]}[lg]


def tpl_lss_contract(rng: random.Random, who: Issuer) -> list[Page]:
    """A life support system maintenance contract: covering letter, clauses, the equipment
    schedule on landscape pages and a signature page."""
    h = head_of(who, "lss")
    lg = h.lang
    s = style_of(h, A4)
    w, _ = A4
    m = s.margin
    d = some_day(rng)
    no = serial(rng, rng.choice(["MA-9999", "WV-99-999", "CM/99/999"]))
    title = tr(
        lg,
        "Planned Maintenance Agreement",
        "Wartungsvertrag Lebenserhaltungssysteme",
        "Contrat de maintenance des installations de filtration",
    )
    fee = rng.choice([8400, 11250, 14800, 19600, 26400]) + rng.randint(0, 20) * 50
    pages: list[Page] = []
    if rng.random() < 0.4:
        c = sheets(s, h)
        recipient(
            c,
            s,
            h,
            centre_lines(
                tr(
                    lg,
                    f"FAO {person('director')}",
                    mx(person("director"), lg),
                    f"À l'attention de {mx(person('director'), lg)}",
                )
            ),
            d,
            [(tr(lg, "Our ref.", "Unser Zeichen", "Notre réf."), no)],
        )
        write(
            c,
            s,
            dear(lg, mx(person("director"), lg)),
        )
        write(
            c,
            s,
            tr(
                lg,
                f"Please find enclosed two copies of the maintenance agreement {no} for the life "
                f"support systems at {centre_name()}. Kindly sign both, return one copy to us "
                "and keep the other for your records.",
                f"anbei erhalten Sie den Wartungsvertrag {no} für die Lebenserhaltungssysteme "
                f"des {centre_name()} in zweifacher Ausfertigung. Bitte senden Sie uns ein "
                "unterschriebenes Exemplar zurück.",
                f"Vous trouverez ci-joint le contrat de maintenance {no} en deux exemplaires. "
                "Nous vous remercions de nous retourner un exemplaire signé.",
            ),
        )
        write(c, s, prose(rng, lg, "tech", 1, 3))
        regards(
            c,
            s,
            lg,
            sender_person(h, "md"),
            tr(lg, "Managing Director", "Geschäftsführer", "Gérant"),
        )
        pages += close(c.pages, s, h, "none")
    f = sheets(s, h, f"{title} {no}")
    caption(f, s, title, 3)
    f.page.text(w - m, f.y - 14, f"No. {no}", s.font, s.size, "right")
    write(f, s, tr(lg, "between", "zwischen", "entre"))
    write(
        f,
        s,
        f"{h.name}, {h.street}, {h.town} "
        f"{tr(lg, '(the Contractor)', '(Auftragnehmer)', '(le Prestataire)')}",
        indent=20,
    )
    write(f, s, tr(lg, "and", "und", "et"))
    cname, cstreet, ctown, _ = centre_row()
    write(
        f,
        s,
        f"{cname}, {cstreet}, {ctown} {tr(lg, '(the Client)', '(Auftraggeber)', '(le Client)')}",
        indent=20,
    )
    f.y += 4
    heads = tr(
        lg,
        "Scope of services|Planned visits|Emergency call-out|Response times|Parts and "
        "consumables|Charges and payment|Client's obligations|Liability|Term and "
        "termination|General",
        "Leistungsumfang|Wartungsbesuche|Notdienst|Reaktionszeiten|Ersatzteile und "
        "Verbrauchsmaterial|Vergütung und Zahlung|Pflichten des Auftraggebers|Haftung|Laufzeit "
        "und Kündigung|Schlussbestimmungen",
        "Objet|Visites préventives|Astreinte|Délais d'intervention|Pièces et consommables|Prix "
        "et paiement|Obligations du client|Responsabilité|Durée et résiliation|Dispositions "
        "générales",
    ).split("|")
    for j, t in enumerate(heads):
        f.heading(m, f"{j + 1}. {t}", s.bold, s.size)
        txt = prose(rng, lg, "tech" if j < 5 else "legal", 1, 3)
        if j == 5:
            txt = (
                tr(
                    lg,
                    f"The annual charge is {cash(fee, lg)} plus VAT, invoiced quarterly in "
                    "advance. ",
                    f"Die jährliche Vergütung beträgt {cash(fee, lg)} zzgl. USt., zahlbar "
                    "vierteljährlich im Voraus. ",
                    f"La redevance annuelle est de {cash(fee, lg)} HT, facturée "
                    "trimestriellement à échoir. ",
                )
                + txt
            )
        write(f, s, txt, s.size - 0.5)
    pages_main = f.pages
    # Schedule 1 on landscape
    ls = style_of(h, LAND, margin=40, pt=8.5)
    g = sheets(ls, h, f"{title} {no} - {tr(lg, 'Schedule 1', 'Anlage 1', 'Annexe 1')}", top=False)
    caption(
        g,
        ls,
        tr(
            lg,
            "Schedule 1 - Equipment covered",
            "Anlage 1 - Anlagenverzeichnis",
            "Annexe 1 - Liste des équipements",
        ),
        2,
        rule=True,
    )
    cols = columns(
        40,
        LAND[0] - 40,
        [
            (2.4, "left"),
            (2.2, "left"),
            (2.4, "left"),
            (0.6, "center"),
            (1.6, "left"),
            (1.4, "left"),
        ],
    )
    rows = []
    for t in rng.sample(TANKS, rng.randint(3, 6)):
        for e in rng.sample(EQUIP, rng.randint(2, 5)):
            rows.append(
                [
                    t,
                    eq_name(e, lg),
                    rng.choice(e[3]),
                    str(rng.randint(1, 4)),
                    rng.choice(
                        tr(
                            lg,
                            "Monthly|Quarterly|6-monthly|Annual",
                            "monatlich|vierteljährlich|halbjährlich|jährlich",
                            "Mensuelle|Trimestrielle|Semestrielle|Annuelle",
                        ).split("|")
                    ),
                    serial(rng, "AA-999"),
                ]
            )
    table(
        g,
        cols,
        [
            tr(lg, "System / tank", "System / Becken", "Circuit / bassin"),
            tr(lg, "Equipment", "Komponente", "Équipement"),
            tr(lg, "Make / model", "Fabrikat / Typ", "Marque / modèle"),
            tr(lg, "Qty", "Anz.", "Qté"),
            tr(lg, "Frequency", "Intervall", "Fréquence"),
            tr(lg, "Asset no.", "Inventar-Nr.", "N° d'actif"),
        ],
        rows,
        ls,
        shade=0.86,
        rules=True,
    )
    schedule = g.pages
    # Signature page
    sp = sheets(s, h, f"{title} {no}", top=False)
    sp.y += 30
    caption(
        sp,
        s,
        tr(
            lg,
            "Signed for and on behalf of the parties",
            "Unterschriften der Vertragsparteien",
            "Signatures des parties",
        ),
        1.5,
    )
    sp.y += 10
    for j, (lab, name) in enumerate(
        [(h.name, sender_person(h, "md")), (cname, person("director"))]
    ):
        x = m + j * (w - 2 * m) / 2
        sp.page.text(x, sp.y, fit(lab, s.bold, s.size, (w - 2 * m) / 2 - 10), s.bold, s.size)
        sp.page.text(x, sp.y + 16, f"{tr(lg, 'Name', 'Name', 'Nom')}: {name}", s.font, s.size - 1)
        sign_line(
            sp.page,
            s,
            x,
            sp.y + 60,
            180,
            tr(lg, "Signature", "Unterschrift", "Signature"),
            name if j == 0 or rng.random() < 0.6 else "",
        )
        sp.page.text(x, sp.y + 86, f"{tr(lg, 'Date', 'Datum', 'Date')}: ", s.font, s.size - 1)
        if j == 0 or rng.random() < 0.6:
            hand(
                sp.page, x + 30, sp.y + 86, short(d + timedelta(days=j * rng.randint(2, 20)), lg), 9
            )
    pages_doc = close(pages_main + schedule + sp.pages, s, h)
    pages += pages_doc
    remember(d, {"row": (h.name, h.street, h.town, h.phone), "no": no})
    return pages


CHECKS = [
    (
        "Sand filters backwashed, pressure differential",
        "Rückspülung Sandfilter, Differenzdruck",
        "Lavage filtres à sable, pression différentielle",
    ),
    (
        "Protein skimmer cleaned, air injector checked",
        "Abschäumer gereinigt, Injektor geprüft",
        "Écumeur nettoyé, injecteur contrôlé",
    ),
    (
        "Ozone generator: output, dryer, leak test",
        "Ozonanlage: Leistung, Trockner, Dichtheit",
        "Ozone : production, sécheur, étanchéité",
    ),
    (
        "ORP and pH probes calibrated",
        "Redox- und pH-Sonden kalibriert",
        "Sondes redox et pH étalonnées",
    ),
    (
        "UV lamps hours / quartz sleeves",
        "UV-Strahler Betriebsstunden / Quarzhüllen",
        "Lampes UV heures / gaines quartz",
    ),
    (
        "Pump motors current and noise",
        "Pumpenmotoren Stromaufnahme und Geräusch",
        "Moteurs de pompes intensité et bruit",
    ),
    ("Heat exchanger and chiller", "Wärmetauscher und Kältemaschine", "Échangeur et groupe froid"),
    ("Alarms and dial-out tested", "Alarme und Fernmeldung getestet", "Alarmes et report testés"),
    (
        "Valves and pipework, leaks",
        "Armaturen und Leitungen, Leckagen",
        "Vannes et tuyauteries, fuites",
    ),
    ("Standby generator run test", "Notstrom Probelauf", "Essai groupe électrogène"),
]


def tpl_lss_service_report(rng: random.Random, who: Issuer) -> list[Page]:
    """The contractor's service visit report (job sheet) with the checklist ticked, readings
    and remarks by hand and both signatures."""
    extra = LAST["extra"] if after(("lss_contract",)) else None
    h = make_head(extra["row"], home(), "lss") if isinstance(extra, dict) else head_of(who, "lss")
    lg = h.lang
    size = A4 if rng.random() < 0.8 else LETTER if lg == "en" else A4
    s = style_of(h, size, margin=36, pt=8.5)
    w, hh = size
    m = 36
    p = Page(size)
    y = heading(p, s, h)
    d = last_day(rng, ("lss_contract",), (5, 25))
    job = serial(rng, rng.choice(["SR-99999", "JS 999999", "BI-99-9999"]))
    p.text(
        m,
        y,
        tr(
            lg,
            "SERVICE VISIT REPORT",
            "WARTUNGSPROTOKOLL / SERVICEBERICHT",
            "RAPPORT D'INTERVENTION",
        ),
        s.bold,
        12,
    )
    p.text(w - m, y, f"No. {job}", "Courier-Bold", 10, "right")
    y += 14
    engineer = sender_person(h, f"eng{rng.randint(0, 1)}")
    y = fields(
        p,
        s,
        m,
        y,
        w - 2 * m,
        [
            (tr(lg, "Customer / site", "Kunde / Standort", "Client / site"), centre_name()),
            (tr(lg, "Date", "Datum", "Date"), short(d, lg)),
            (
                tr(lg, "Visit type", "Einsatzart", "Type"),
                rng.choice(
                    tr(
                        lg,
                        "Planned|Planned|Call-out|Follow-up",
                        "Wartung|Wartung|Störung|Nacharbeit",
                        "Préventive|Préventive|Dépannage|Reprise",
                    ).split("|")
                ),
            ),
            (tr(lg, "System", "Anlage", "Circuit"), rng.choice(TANKS)),
            (
                tr(lg, "Time in / out", "Ankunft / Abfahrt", "Arrivée / départ"),
                f"{rng.randint(7, 10)}:{rng.choice(['00', '15', '30', '45'])} / "
                f"{rng.randint(12, 17)}:{rng.choice(['00', '10', '30', '50'])}",
            ),
            (tr(lg, "Engineer", "Techniker", "Technicien"), engineer),
        ],
        per=3,
        tall=24,
    )
    p.rect(m, y - 9, w - 2 * m, 13, fill=0.85)
    p.text(m + 4, y, tr(lg, "Checks", "Prüfpunkte", "Contrôles"), s.bold, 8.5)
    cx = [w - m - 120, w - m - 80, w - m - 40]
    for x, t in zip(cx, ["OK", tr(lg, "Action", "Mangel", "Action"), "n/a"], strict=True):
        p.text(x + 4, y, t, s.bold, 7.5, "center")
    y += 16
    for c in CHECKS:
        t = {"en": c[0], "de": c[1], "fr": c[2]}[lg]
        p.text(m + 4, y, fit(t, s.font, 8.5, cx[0] - m - 12), s.font, 8.5)
        pick = rng.choices([0, 1, 2], [0.75, 0.1, 0.15])[0]
        for j, x in enumerate(cx):
            box(p, x, y, j == pick, 8)
        p.line(m, y + 4, w - m, y + 4)
        y += 15
    y += 8
    p.text(m, y, tr(lg, "Readings", "Messwerte", "Relevés"), s.bold, 9)
    y += 4
    y = fields(
        p,
        s,
        m,
        y,
        w - 2 * m,
        [
            ("ORP (mV)", str(rng.randint(290, 420))),
            ("pH", f"{rng.uniform(7.9, 8.3):.2f}"),
            (tr(lg, "Temp. °C", "Temp. °C", "Temp. °C"), f"{rng.uniform(12, 26):.1f}"),
            (tr(lg, "Flow m³/h", "Durchfluss m³/h", "Débit m³/h"), str(rng.randint(40, 480))),
            (
                tr(lg, "Filter ΔP bar", "Filter Δp bar", "ΔP filtre bar"),
                f"{rng.uniform(0.2, 0.9):.1f}",
            ),
            (tr(lg, "Ozone g/h", "Ozon g/h", "Ozone g/h"), str(rng.randint(5, 60))),
        ],
        per=6,
        tall=26,
    )
    p.text(
        m,
        y,
        tr(
            lg,
            "Work carried out / remarks",
            "Ausgeführte Arbeiten / Bemerkungen",
            "Travaux réalisés / observations",
        ),
        s.bold,
        9,
    )
    y += 6
    for k in range(5):
        p.line(m, y + 16 * (k + 1), w - m, y + 16 * (k + 1))
    remarks = rng.sample(
        {
            "en": [
                "Backwashed SF1-3, dP ok",
                "Skimmer venturi descaled",
                "Replaced ORP probe tank 2",
                "UV lamp due next visit",
                "Pump P4 bearing noisy - quote to follow",
                "Chiller gas pressure ok",
                "Alarm test ok, dialler to duty phone",
            ],
            "de": [
                "SF1-3 rückgespült, Δp i.O.",
                "Injektor Abschäumer entkalkt",
                "Redoxsonde Becken 2 getauscht",
                "UV-Strahler beim nächsten Besuch",
                "Pumpe P4 Lager laut - Angebot folgt",
                "Kälteanlage i.O.",
                "Alarmtest i.O.",
            ],
            "fr": [
                "Lavage SF1-3, ΔP ok",
                "Venturi écumeur détartré",
                "Sonde redox bassin 2 remplacée",
                "Lampe UV à changer prochaine visite",
                "Pompe P4 roulement bruyant - devis à suivre",
                "Groupe froid ok",
                "Test alarme ok",
            ],
        }[lg],
        rng.randint(2, 5),
    )
    for k, t in enumerate(remarks):
        hand(p, m + 4, y + 16 * (k + 1) - 3, t, 9, w - 2 * m - 8)
    y += 96
    p.text(m, y, tr(lg, "Parts used", "Verbaute Teile", "Pièces fournies"), s.bold, 9)
    hand(
        p,
        m + 90,
        y,
        rng.choice(["-", "1x ORP probe", "2x O-ring 110mm", "UV lamp 40W", "Filter bag 25µ x4"]),
        9,
    )
    y += 24
    sign_line(
        p, s, m, min(y + 30, hh - 60), 180, tr(lg, "Engineer", "Techniker", "Technicien"), engineer
    )
    cust = person(rng.choice(["aquarist", "aquarist2", "curator"]))
    sign_line(
        p,
        s,
        w / 2 + 20,
        min(y + 30, hh - 60),
        180,
        f"{tr(lg, 'Customer', 'Kunde', 'Client')}: {cust}",
        cust if rng.random() < 0.85 else "",
    )
    pages = close([p], s, h, "none")
    remember(d, extra)
    return pages


# ---------------------------------------------------------------------------------------------
# Templates BBBBB: suppliers' invoices
# ---------------------------------------------------------------------------------------------

FOOD = [
    ("Capelin IQF, 1 kg bag", "Lodde IQF, 1-kg-Beutel", "Capelan IQF, sachet 1 kg", 3.10),
    ("Sprat block frozen 10 kg", "Sprotten Block 10 kg", "Sprat bloc congelé 10 kg", 1.85),
    ("Herring whole 120-160 g", "Hering ganz 120-160 g", "Hareng entier 120-160 g", 1.60),
    (
        "Krill Euphausia pacifica flat pack",
        "Krill E. pacifica Flachpack",
        "Krill E. pacifica plaque",
        4.40,
    ),
    (
        "Antarctic krill E. superba",
        "Antarktischer Krill E. superba",
        "Krill antarctique E. superba",
        5.20,
    ),
    ("Mysis shrimp 100 g blister", "Mysis 100-g-Blister", "Mysis blister 100 g", 9.80),
    (
        "Squid Loligo whole 10-20 cm",
        "Kalmar Loligo ganz 10-20 cm",
        "Calmar Loligo entier 10-20 cm",
        4.95,
    ),
    ("Sand eel (lancefish)", "Sandaal", "Lançon", 3.60),
    ("Mussels whole shell", "Miesmuscheln mit Schale", "Moules entières", 2.70),
    ("Cockle meat", "Herzmuschelfleisch", "Chair de coque", 6.10),
    (
        "Gel food marine herbivore 1 kg",
        "Gelfutter marin herbivor 1 kg",
        "Gel herbivore marin 1 kg",
        14.50,
    ),
    (
        "Vitamin supplement Aquavits 500 tabs",
        "Vitaminpräparat 500 Tabl.",
        "Complément vitaminé 500 cp.",
        38.00,
    ),
]


def tpl_food_invoice(rng: random.Random, who: Issuer) -> list[Page]:
    """A frozen fish and krill supplier's invoice with batch numbers, cartons and kilos."""
    h = head_of(who, "food", abroad=0.1)
    lg = h.lang
    s = style_of(h, A4 if rng.random() < 0.85 else A5, pt=0)
    if s.page_size == A5:
        s = paper(s, A5, margin=28, pt=7.5)
    w, _ = s.page_size
    m = s.margin
    d = some_day(rng)
    no = serial(rng, rng.choice(["INV-999999", "999999", "RE 99-9999", "FA99-99999"]))
    f = sheets(s, h, f"{h.name} - {tr(lg, 'Invoice', 'Rechnung', 'Facture')} {no}")
    recipient(
        f,
        s,
        h,
        centre_lines(tr(lg, "Accounts payable", "Buchhaltung", "Service comptabilité")),
        d,
        [
            (tr(lg, "Invoice no.", "Rechnungs-Nr.", "Facture n°"), no),
            (tr(lg, "Account", "Kunden-Nr.", "Code client"), serial(rng, "ZOO999")),
            (tr(lg, "Delivery note", "Lieferschein", "BL n°"), serial(rng, "DN99999")),
        ],
    )
    caption(f, s, tr(lg, "INVOICE", "RECHNUNG", "FACTURE"), 4)
    rows = []
    net = 0.0
    for it in rng.sample(FOOD, rng.randint(3, 9)):
        ctn = rng.randint(1, 12)
        kg = ctn * rng.choice([5, 10, 10, 12, 20]) if it[3] < 12 else ctn
        price = round(it[3] * rng.uniform(0.9, 1.15), 2)
        net += kg * price
        rows.append(
            [
                {"en": it[0], "de": it[1], "fr": it[2]}[lg],
                serial(rng, "L99999"),
                str(ctn),
                f"{kg}",
                money(price, lg),
                money(kg * price, lg),
            ]
        )
    cols = columns(
        m,
        w - m,
        [
            (4.2, "left"),
            (1.3, "left"),
            (0.8, "right"),
            (1, "right"),
            (1.2, "right"),
            (1.4, "right"),
        ],
    )
    table(
        f,
        cols,
        [
            tr(lg, "Product", "Artikel", "Article"),
            tr(lg, "Batch", "Charge", "Lot"),
            tr(lg, "Ctns", "Kart.", "Colis"),
            tr(lg, "kg/units", "kg/St.", "kg/u."),
            tr(lg, "Price", "Preis", "P.U."),
            tr(lg, "Amount", "Betrag", "Montant"),
        ],
        rows,
        s,
        size=s.size - 1.5,
        shade=0.9,
        rules=rng.random() < 0.4,
    )
    if rng.random() < 0.4:
        cool = round(rng.choice([18.0, 25.0, 35.0]), 2)
        net += cool
        f.page.text(
            m,
            f.y,
            tr(lg, "Frozen delivery charge", "Tiefkühlzustellung", "Livraison surgelée"),
            s.font,
            s.size - 1.5,
        )
        f.page.text(w - m, f.y, money(cool, lg), s.font, s.size - 1.5, "right")
        f.y += s.size * 1.6
    f.y += 6
    totals(
        f,
        s,
        lg,
        round(net, 2),
        {"en": 0.0, "de": 7.0, "fr": 5.5}[lg],
        label="VAT 0% (animal feed)" if lg == "en" else "",
    )
    write(
        f,
        s,
        tr(
            lg,
            f"Delivered frozen at -{rng.randint(18, 24)} °C. Payment 30 days net. ",
            f"Tiefgekühlt geliefert bei -{rng.randint(18, 24)} °C. Zahlbar innerhalb 14 Tagen "
            "ohne Abzug. ",
            f"Livré surgelé à -{rng.randint(18, 24)} °C. Paiement à 30 jours fin de mois. ",
        )
        + bank_line(h, rng),
        s.size - 1.5,
    )
    pages = close(f.pages, s, h)
    received(rng, pages[0], d, 0.3)
    remember(d, None)
    return pages


SHOP = [
    ("Plush clownfish 20 cm", "Plüsch Clownfisch 20 cm", "Peluche poisson-clown 20 cm", 3.40, 8.99),
    ("Plush turtle 30 cm", "Plüsch Schildkröte 30 cm", "Peluche tortue 30 cm", 5.10, 12.99),
    ("Plush shark 45 cm", "Plüsch Hai 45 cm", "Peluche requin 45 cm", 7.20, 17.99),
    ("Seahorse keyring", "Schlüsselanhänger Seepferdchen", "Porte-clés hippocampe", 0.85, 3.50),
    ("Jellyfish lava lamp", "Lavalampe Qualle", "Lampe méduse", 9.60, 24.99),
    (
        "Children's book 'Who lives in the rock pool?'",
        "Kinderbuch 'Wer wohnt im Watt?'",
        "Livre 'Qui vit sous la vague ?'",
        3.95,
        7.99,
    ),
    (
        "Field guide: British sea fishes",
        "Bestimmungsbuch Meeresfische",
        "Guide des poissons de l'Atlantique",
        8.10,
        16.99,
    ),
    ("Pencil set ocean (6)", "Bleistiftset Ozean (6)", "Crayons océan (x6)", 0.95, 2.99),
    ("Reusable bottle 500 ml", "Trinkflasche 500 ml", "Gourde 500 ml", 3.80, 11.99),
    ("Magnet octopus", "Magnet Krake", "Magnet pieuvre", 0.70, 2.99),
    ("Snow globe aquarium", "Schneekugel Aquarium", "Boule à neige aquarium", 2.60, 7.50),
    ("Sticker sheet sea life", "Stickerbogen Meerestiere", "Planche d'autocollants", 0.55, 1.99),
    (
        "T-shirt kids 'Shark crew'",
        "Kinder-T-Shirt 'Hai-Crew'",
        "T-shirt enfant 'Requin'",
        4.30,
        12.00,
    ),
    ("Mug 'Save our seas'", "Tasse 'Rettet die Meere'", "Mug 'Sauvons les océans'", 2.90, 8.50),
    ("Shell collection box", "Muschelsammlung Box", "Coffret coquillages", 3.20, 9.99),
]


def tpl_shop_invoice(rng: random.Random, who: Issuer) -> list[Page]:
    """A shop supplier's invoice with EAN lines over pages under a running header, now and
    then the terms of sale behind."""
    h = head_of(who, "shop", abroad=0.25)
    lg = h.lang
    s = style_of(h, LETTER if lg == "en" and rng.random() < 0.2 else A4)
    w, _ = s.page_size
    m = s.margin
    d = some_day(rng)
    no = serial(rng, rng.choice(["SI999999", "9999999", "F-99-99999", "RG 99/9999"]))
    f = sheets(s, h, f"{h.name} - {tr(lg, 'Invoice', 'Rechnung', 'Facture')} {no} - {short(d, lg)}")
    recipient(
        f,
        s,
        h,
        centre_lines(
            tr(
                lg,
                f"Retail - {person('visitor')}",
                f"Shop - {person('visitor')}",
                f"Boutique - {person('visitor')}",
            )
        ),
        d,
        [
            (tr(lg, "Invoice", "Rechnung", "Facture"), no),
            (tr(lg, "Your order", "Ihre Bestellung", "Votre commande"), serial(rng, "PO-9999")),
            (tr(lg, "Customer", "Kunde", "Client"), serial(rng, "C99999")),
        ],
    )
    caption(f, s, tr(lg, "Sales Invoice", "Rechnung", "Facture"), 3)
    rows = []
    net = 0.0
    n = rng.choice([4, 7, 10, 14, 18, 26, 34])
    for _ in range(n):
        it = rng.choice(SHOP)
        q = rng.choice([6, 12, 12, 24, 36, 48])
        cost = round(it[3] * rng.uniform(0.95, 1.1), 2)
        net += q * cost
        rows.append(
            [
                serial(rng, "5099999999999"),
                {"en": it[0], "de": it[1], "fr": it[2]}[lg],
                str(q),
                money(cost, lg),
                money(it[4], lg),
                money(q * cost, lg),
            ]
        )
    cols = columns(
        m,
        w - m,
        [
            (2, "left"),
            (4.4, "left"),
            (0.7, "right"),
            (1.1, "right"),
            (1.1, "right"),
            (1.3, "right"),
        ],
    )
    table(
        f,
        cols,
        [
            "EAN",
            tr(lg, "Description", "Bezeichnung", "Désignation"),
            tr(lg, "Qty", "Menge", "Qté"),
            tr(lg, "Unit", "EK", "P.U. HT"),
            tr(lg, "RRP", "UVP", "PVC"),
            tr(lg, "Net", "Netto", "Total HT"),
        ],
        rows,
        s,
        size=s.size - 1.5,
        shade=0.88,
    )
    f.y += 6
    rate = vat_rate(lg) if h.lang == home() else 0.0
    totals(
        f,
        s,
        lg,
        round(net, 2),
        rate,
        note=""
        if rate
        else tr(
            lg,
            "Intra-community supply - reverse charge.",
            "Innergemeinschaftliche Lieferung - steuerfrei.",
            "Livraison intracommunautaire - autoliquidation.",
        ),
    )
    write(
        f,
        s,
        tr(
            lg,
            "Payment terms: 30 days from invoice date. ",
            "Zahlungsbedingungen: 30 Tage netto, 10 Tage 2 % Skonto. ",
            "Conditions : 30 jours date de facture. Pénalités de retard : 3 fois le taux légal. ",
        )
        + bank_line(h, rng),
        s.size - 1.5,
    )
    pages = f.pages
    if rng.random() < 0.3:
        heads = tr(
            lg,
            "Orders|Prices|Delivery|Risk and title|Returns|Payment|Liability|Law",
            "Bestellungen|Preise|Lieferung|Eigentumsvorbehalt|Rücksendungen|Zahlung|Haftung|Gerichtsstand",
            "Commandes|Prix|Livraison|Réserve de "
            "propriété|Retours|Paiement|Responsabilité|Juridiction",
        ).split("|")
        pages.append(
            small_print(
                rng,
                s,
                h,
                tr(
                    lg,
                    "Terms and Conditions of Sale",
                    "Allgemeine Geschäftsbedingungen",
                    "Conditions générales de vente",
                ),
                heads,
            )
        )
    pages = close(pages, s, h)
    received(rng, pages[0], d, 0.3)
    remember(d, None)
    return pages


# ---------------------------------------------------------------------------------------------
# Templates BBBBB: members, funders and sponsors
# ---------------------------------------------------------------------------------------------

PASSES = {
    "en": [
        ("Individual", 49.0),
        ("Joint (2 adults)", 85.0),
        ("Family (2+3)", 129.0),
        ("Concession", 39.0),
    ],
    "de": [
        ("Einzelkarte", 45.0),
        ("Partnerkarte", 79.0),
        ("Familienkarte", 119.0),
        ("Ermäßigt", 35.0),
    ],
    "fr": [("Solo", 45.0), ("Duo", 80.0), ("Famille (2+3)", 115.0), ("Tarif réduit", 35.0)],
}
ROADS = {
    "en": ["Church Lane", "Station Road", "Esk Terrace", "Ropery Walk", "Abbey Close"],
    "de": ["Lindenweg", "Deichstraße", "Am Hafen", "Schulstraße", "Birkenallee"],
    "fr": [
        "rue des Écoles",
        "allée des Mouettes",
        "rue du Port",
        "impasse des Lilas",
        "avenue de la Mer",
    ],
}
TOWNS = {
    "en": ["Whitby YO21 1AB", "Scarborough YO12 5HH", "Pickering YO18 7AJ", "Plymouth PL3 4QT"],
    "de": ["26382 Wilhelmshaven", "26441 Jever", "24376 Kappeln", "88045 Friedrichshafen"],
    "fr": ["62200 Boulogne-sur-Mer", "29870 Landéda", "33120 Arcachon", "29200 Brest"],
}


def tpl_pass_renewal(rng: random.Random, who: Issuer) -> list[Page]:
    """An annual pass holder's renewal form: the centre's printed letter with the tear-off form
    filled in by hand, sometimes with the direct debit mandate behind."""
    ch = centre_head()
    lg = home()
    size = A4 if rng.random() < 0.8 else A5
    s = style_of(ch, size, margin=40 if size == A4 else 26, pt=9 if size == A4 else 7.5)
    w, hh = size
    m = s.margin
    d = some_day(rng)
    first, last = rng.choice(FIRSTS[lg]), rng.choice(LASTS[lg])
    member = f"{first} {last}"
    no = serial(rng, "M999999")
    p = Page(size)
    y = heading(p, s, ch)
    road = (
        f"{rng.randint(1, 140)} {rng.choice(ROADS[lg])}"
        if lg != "de"
        else f"{rng.choice(ROADS[lg])} {rng.randint(1, 140)}"
    )
    town = rng.choice(TOWNS[lg])
    yy = window(p, s, None, y, [mx(member, lg), road, town])
    p.text(
        w - m,
        y,
        f"{tr(lg, 'Member no.', 'Mitgliedsnr.', 'N° adhérent')} {no}",
        s.font,
        s.size - 1,
        "right",
    )
    p.text(
        w - m,
        y + 12,
        short(d - timedelta(days=rng.randint(20, 40)), lg),
        s.font,
        s.size - 1,
        "right",
    )
    y = yy + 14
    kind, _ = rng.choice(PASSES[lg])
    expiry = month() + timedelta(days=rng.randint(10, 40))
    p.text(
        m,
        y,
        tr(
            lg,
            "Time to renew your Annual Pass",
            "Ihre Jahreskarte läuft ab",
            "Renouvelez votre Pass annuel",
        ),
        s.bold,
        s.size + 3,
    )
    y += 16
    body = tr(
        lg,
        f"{dear(lg, mx(member, lg))} your {kind} pass expires on {short(expiry, lg)}. Renew now "
        "and enjoy another year of unlimited visits, members' evenings and 10% off in our shop "
        "and café. " + words(rng, lg, "visit"),
        f"{dear(lg, mx(member, lg))} Ihre {kind} ist gültig bis {short(expiry, lg)}. Verlängern "
        "Sie jetzt und genießen Sie ein weiteres Jahr freien Eintritt und 10 % Rabatt im Shop. "
        + words(rng, lg, "visit"),
        f"{dear(lg, mx(member, lg))} votre Pass {kind} expire le {short(expiry, lg)}. "
        "Renouvelez-le dès maintenant pour une nouvelle année de visites illimitées et 10 % de "
        "remise à la boutique. " + words(rng, lg, "visit"),
    )
    y = text_lines(p, s, m, y, w - 2 * m, body, s.size)
    y += 6
    sig = person("visitor")
    scrawl(p, m, y + 18, sig, 11)
    p.text(m, y + 30, f"{sig}, {staff_title('visitor', lg)}", s.font, s.size - 1)
    y += 48
    slip_rule(
        p,
        m,
        w - m,
        y,
        tr(
            lg,
            "Please detach and return",
            "Bitte abtrennen und zurücksenden",
            "À détacher et à retourner",
        ),
    )
    y += 20
    p.text(
        m,
        y,
        tr(lg, "RENEWAL FORM", "VERLÄNGERUNGSANTRAG", "BULLETIN DE RENOUVELLEMENT"),
        s.bold,
        s.size + 1,
    )
    p.text(w - m, y, no, "Courier", s.size, "right")
    y += 16
    labels = [f"{k} {cash(v, lg)}" for k, v in PASSES[lg]]
    pick = rng.randrange(4)
    y = ticks(p, s, m, y, w - 2 * m, labels, {pick}, s.size - 0.5)
    y += 2
    adults = [member] + ([f"{rng.choice(FIRSTS[lg])} {last}"] if pick in (1, 2) else [])
    kids = (
        [f"{rng.choice(FIRSTS[lg])} {last}" for _ in range(rng.randint(1, 3))] if pick == 2 else []
    )
    items = [(tr(lg, "Adult 1", "Erwachsene/r 1", "Adulte 1"), adults[0])]
    if len(adults) > 1:
        items.append((tr(lg, "Adult 2", "Erwachsene/r 2", "Adulte 2"), adults[1]))
    for j, k in enumerate(kids):
        items.append(
            (
                f"{tr(lg, 'Child', 'Kind', 'Enfant')} {j + 1} ({tr(lg, 'age', 'Alter', 'âge')})",
                f"{k.split()[0]} ({rng.randint(3, 15)})",
            )
        )
    items.append(
        (
            tr(lg, "E-mail", "E-Mail", "Courriel"),
            f"{first.lower()}.{last.lower()}@{rng.choice(MAILS[lg])}" if rng.random() < 0.7 else "",
        )
    )
    y = fields(p, s, m, y, w - 2 * m, items, per=2, tall=24 if size == A4 else 20)
    pays = tr(
        lg,
        "Direct Debit|Card (phone me)|Cheque enclosed",
        "SEPA-Lastschrift|Überweisung|Bar an der Kasse",
        "Prélèvement SEPA|Chèque joint|CB à l'accueil",
    ).split("|")
    paid = rng.randrange(3)
    y += 8
    p.text(m, y, tr(lg, "Payment:", "Zahlung:", "Règlement :"), s.font, s.size - 0.5)
    y = ticks(p, s, m + 60, y, w - 2 * m - 60, pays, {paid}, s.size - 0.5)
    if lg == "en":
        box(p, m, y + 4, rng.random() < 0.5, 8)
        p.text(
            m + 12,
            y + 4,
            fit(
                "Gift Aid: I am a UK taxpayer and want the Trust to reclaim tax on my membership.",
                s.font,
                7,
                w - 2 * m - 12,
            ),
            s.font,
            7,
        )
        y += 14
    y += 16
    sign_line(
        p, s, m, min(y + 10, hh - 30), 160, tr(lg, "Signature", "Unterschrift", "Signature"), member
    )
    hand(p, w / 2 + 10, min(y + 6, hh - 34), short(d, lg), 9)
    pages = [p]
    if paid == 0 and rng.random() < 0.5:
        pages.append(dd_mandate(rng, lg, member, road, town))
    remember(d, None)
    return pages


def dd_mandate(rng: random.Random, lg: str, member: str, road: str, town: str) -> Page:
    """A direct debit instruction (UK) or SEPA mandate filled in by hand."""
    p = Page(A4)
    w, _ = A4
    m = 50
    s = Style("Helvetica", "Helvetica-Bold", 9, m, "none", "bottom", A4, "short")
    p.text(m, 50, centre_name(), "Helvetica-Bold", 11)
    p.text(
        w - m,
        50,
        tr(
            lg,
            "Instruction to your bank or building society to pay by Direct Debit",
            "SEPA-Lastschriftmandat",
            "Mandat de prélèvement SEPA",
        ),
        "Helvetica-Bold",
        10 if lg != "en" else 8,
        "right",
    )
    if lg == "en":
        p.rect(w - m - 70, 62, 70, 22, fill=0.2)
        p.text(w - m - 35, 77, "DIRECT Debit", "Helvetica-Bold", 8, "center")
    y = 100.0
    ref = serial(rng, "AQ-M999999")
    cid = "" if lg == "en" else serial(rng, "DE99ZZZ00000999999" if lg == "de" else "FR99ZZZ999999")
    p.text(
        m,
        y,
        f"{tr(lg, 'Reference', 'Mandatsreferenz', 'Référence unique du mandat')}: {ref}",
        "Helvetica",
        8.5,
    )
    if cid:
        p.text(w / 2, y, f"{tr(lg, 'Creditor ID', 'Gläubiger-ID', 'ICS')}: {cid}", "Helvetica", 8.5)
    y += 16
    y = text_lines(
        p,
        s,
        m,
        y,
        w - 2 * m,
        tr(
            lg,
            "Please pay the Trust Direct Debits from the account detailed in this Instruction "
            "subject to the safeguards assured by the Direct Debit Guarantee.",
            "Ich ermächtige den Zahlungsempfänger, Zahlungen von meinem Konto mittels "
            "Lastschrift einzuziehen. Zugleich weise ich mein Kreditinstitut an, die "
            "Lastschriften einzulösen. Hinweis: Ich kann innerhalb von acht Wochen die "
            "Erstattung verlangen.",
            "En signant ce mandat, vous autorisez le créancier à envoyer des instructions à "
            "votre banque pour débiter votre compte. Vous bénéficiez du droit d'être remboursé "
            "dans les huit semaines.",
        ),
        8,
    )
    y += 8
    acct = (
        [
            ("Name(s) of account holder(s)", member),
            (
                "Bank/building society",
                rng.choice(["Nationwide", "Barclays", "Santander", "Halifax"]),
            ),
            ("Sort code", f"{rng.randint(10, 99)}-{rng.randint(10, 99)}-{rng.randint(10, 99)}"),
            ("Account number", str(rng.randint(10000000, 99999999))),
        ]
        if lg == "en"
        else [
            (tr(lg, "", "Kontoinhaber", "Titulaire du compte"), member),
            (tr(lg, "", "Anschrift", "Adresse"), f"{road}, {town}"),
            (
                "IBAN",
                f"{'DE' if lg == 'de' else 'FR76'}{rng.randint(10, 99)} "
                f"{rng.randint(1000, 9999)} {rng.randint(1000, 9999)} {rng.randint(1000, 9999)} "
                f"{rng.randint(1000, 9999)} {rng.randint(10, 99)}",
            ),
            ("BIC", serial(rng, "AAAAAA9A")),
        ]
    )
    y = fields(p, s, m, y, w - 2 * m, acct, per=1, tall=30)
    y += 10
    sign_line(p, s, m, y + 30, 200, tr(lg, "Signature", "Unterschrift", "Signature"), member)
    hand(
        p,
        w / 2 + 20,
        y + 26,
        f"{town.split()[-1]}, {short(month() + timedelta(days=rng.randint(0, 28)), lg)}",
        9,
    )
    p.line(w / 2 + 10, y + 30, w - m, y + 30)
    p.text(w / 2 + 10, y + 39, tr(lg, "Date", "Ort, Datum", "Lieu, date"), "Helvetica", 7)
    if lg == "en":
        p.rect(m, y + 70, w - 2 * m, 150)
        p.text(m + 8, y + 86, "The Direct Debit Guarantee", "Helvetica-Bold", 9)
        text_lines(
            p,
            s,
            m + 8,
            y + 100,
            w - 2 * m - 16,
            "This Guarantee is offered by all banks and building societies that accept "
            "instructions to pay Direct Debits. If there are any changes to the amount, date or "
            "frequency of your Direct Debit the Trust will notify you 10 working days in "
            "advance of your account being debited. If an error is made in the payment of your "
            "Direct Debit you are entitled to a full and immediate refund from your bank. You "
            "can cancel a Direct Debit at any time by simply contacting your bank.",
            7.5,
        )
    return p


PROJECTS = {
    "en": [
        "Seahorse conservation breeding unit",
        "Native oyster restoration nursery",
        "Rock pool learning lab for schools",
        "Shark and ray tagging citizen science project",
        "Replacement of the main tank LSS pumps",
    ],
    "de": [
        "Erhaltungszucht Seepferdchen",
        "Aufzuchtstation Europäische Auster",
        "Lernlabor Watt für Schulklassen",
        "Citizen-Science-Projekt Rochenmarkierung",
        "Erneuerung der Pumpentechnik Großbecken",
    ],
    "fr": [
        "Unité de reproduction des hippocampes",
        "Nurserie de restauration de l'huître plate",
        "Laboratoire pédagogique de l'estran",
        "Programme de marquage des raies",
        "Renouvellement des pompes du grand bassin",
    ],
}


def tpl_grant_agreement(rng: random.Random, who: Issuer) -> list[Page]:
    """A funder's grant offer letter with the standard terms, the payment schedule and the
    acceptance form to sign and return."""
    h = head_of(who, "funder")
    lg = h.lang
    s = style_of(h, A4)
    w, _ = A4
    m = s.margin
    d = some_day(rng)
    ref = serial(rng, rng.choice(["G-99-9999", "AZ 99/999", "SUB-9999-999"]))
    proj = rng.choice(PROJECTS[lg])
    amount = rng.choice([4500, 8000, 12500, 25000, 40000, 68000])
    f = sheets(s, h, f"{h.name} - {tr(lg, 'Grant', 'Zuwendung', 'Subvention')} {ref}")
    recipient(
        f,
        s,
        h,
        centre_lines(
            tr(
                lg,
                f"{person('director')}, Director",
                f"z. Hd. {mx(person('director'), lg)}",
                f"À l'attention de {mx(person('director'), lg)}",
            )
        ),
        d,
        [(tr(lg, "Grant ref.", "Aktenzeichen", "Dossier n°"), ref)],
    )
    caption(
        f,
        s,
        tr(
            lg,
            f"Offer of grant: {proj}",
            f"Bewilligung einer Zuwendung: {proj}",
            f"Attribution d'une subvention : {proj}",
        ),
        1.5,
    )
    write(f, s, dear(lg, mx(person("director"), lg)))
    write(
        f,
        s,
        tr(
            lg,
            f"I am pleased to tell you that the Trustees have awarded {centre_name()} a grant of "
            f"up to {cash(amount, lg)} towards the project described in your application. This "
            "offer is made on the terms and conditions set out below and in the schedule.",
            f"wir freuen uns, Ihnen mitzuteilen, dass der Stiftungsrat dem {centre_name()} eine "
            f"Zuwendung von bis zu {cash(amount, lg)} für das beantragte Vorhaben bewilligt hat. "
            "Die Bewilligung erfolgt unter den nachstehenden Bedingungen.",
            "Nous avons le plaisir de vous informer que le conseil d'administration a décidé "
            f"d'attribuer à l'{centre_name()} une subvention d'un montant maximum de "
            f"{cash(amount, lg)} pour le projet présenté.",
        ),
    )
    write(f, s, prose(rng, lg, "aqua", 1, 3))
    write(
        f,
        s,
        tr(
            lg,
            "To accept this offer, please sign and return the acceptance form within 28 days.",
            "Bitte senden Sie die Annahmeerklärung innerhalb von vier Wochen unterschrieben "
            "zurück.",
            "Merci de nous retourner le formulaire d'acceptation signé sous 30 jours.",
        ),
    )
    regards(
        f,
        s,
        lg,
        sender_person(h, "grants"),
        tr(lg, "Grants Manager", "Förderreferentin", "Chargé de mission"),
    )
    f.new_page()
    caption(
        f,
        s,
        tr(
            lg,
            "Standard terms of grant",
            "Allgemeine Nebenbestimmungen",
            "Conditions générales d'attribution",
        ),
        2,
        rule=True,
    )
    for j, t in enumerate(
        tr(
            lg,
            "Use of the grant|Payment|Monitoring and reporting|Acknowledgement|Changes to the "
            "project|Repayment|Records and audit|Data protection",
            "Verwendungszweck|Auszahlung|Verwendungsnachweis|Nennung des "
            "Zuwendungsgebers|Änderungen|Rückforderung|Prüfungsrecht|Datenschutz",
            "Utilisation|Versement|Suivi et compte rendu|Mention du "
            "financeur|Modifications|Remboursement|Contrôle|Données personnelles",
        ).split("|")
    ):
        f.heading(m, f"{j + 1}. {t}", s.bold, s.size - 0.5)
        write(f, s, prose(rng, lg, "legal", 1, 2), s.size - 1)
    f.heading(
        m,
        tr(
            lg,
            "Schedule - payments and reports",
            "Anlage - Auszahlungen und Berichte",
            "Annexe - échéancier",
        ),
        s.bold,
        s.size + 1,
    )
    k = rng.choice([2, 3, 4])
    parts = [round(amount / k, 2)] * k
    cols = columns(m, w - m, [(0.6, "left"), (3, "left"), (1.6, "left"), (1.4, "right")])
    rows = [
        [
            str(j + 1),
            rng.choice(
                tr(
                    lg,
                    "On acceptance|On interim report|On final report|On evidence of spend",
                    "Nach Annahme|Nach Zwischenbericht|Nach Verwendungsnachweis|Nach Mittelabruf",
                    "À la signature|Sur rapport intermédiaire|Sur rapport final|Sur justificatifs",
                ).split("|")
            ),
            short(d + timedelta(days=90 * (j + 1)), lg),
            cash(v, lg),
        ]
        for j, v in enumerate(parts)
    ]
    table(
        f,
        cols,
        [
            "#",
            tr(lg, "Condition", "Voraussetzung", "Condition"),
            tr(lg, "Expected", "Voraussichtlich", "Date prévue"),
            tr(lg, "Amount", "Betrag", "Montant"),
        ],
        rows,
        s,
        shade=0.88,
        rules=True,
    )
    pages = f.pages
    # Acceptance form
    a = sheets(s, h, "", top=rng.random() < 0.5)
    a.y += 10
    caption(
        a, s, tr(lg, "Acceptance of grant", "Annahmeerklärung", "Acceptation de la subvention"), 3
    )
    a.y = pairs(
        a.page,
        s,
        m,
        a.y,
        [
            (tr(lg, "Grant ref.", "Aktenzeichen", "Dossier"), ref),
            (tr(lg, "Organisation", "Empfänger", "Bénéficiaire"), centre_name()),
            (tr(lg, "Project", "Vorhaben", "Projet"), proj),
            (tr(lg, "Amount", "Betrag", "Montant"), cash(amount, lg)),
        ],
        w - m,
    )
    a.y += 10
    write(
        a,
        s,
        tr(
            lg,
            "We accept the grant on the terms and conditions of the offer letter and confirm "
            "that we have authority to sign on behalf of the organisation.",
            "Wir nehmen die Zuwendung unter den genannten Bedingungen an und verzichten auf "
            "Rechtsbehelfe.",
            "Nous acceptons la subvention aux conditions indiquées et certifions être habilités "
            "à signer au nom de la structure.",
        ),
    )
    signed = rng.random() < 0.6
    for j, role in enumerate(["director", "finance"]):
        y = a.y + 30 + j * 70
        sign_line(
            a.page,
            s,
            m,
            y,
            200,
            f"{person(role)} - {staff_title(role, lg)}",
            person(role) if signed else "",
        )
        if signed:
            hand(a.page, w / 2 + 30, y - 4, short(d + timedelta(days=rng.randint(5, 20)), lg), 9)
        a.page.line(w / 2 + 20, y, w - m, y)
        a.page.text(w / 2 + 20, y + 9, tr(lg, "Date", "Datum", "Date"), s.font, 7)
    pages = close(pages + a.pages, s, h)
    remember(d, None)
    return pages


BENEFITS = {
    "en": [
        "Naming: exhibit presented by the Sponsor",
        "Logo on exhibit panel and website",
        "Complimentary tickets (per year)",
        "Exclusive evening event for staff",
        "Staff volunteering day",
        "Mention in annual review and press releases",
    ],
    "de": [
        "Namensnennung: Becken präsentiert von",
        "Logo auf Beckentafel und Website",
        "Freikarten (pro Jahr)",
        "Exklusiver Abendempfang für Mitarbeitende",
        "Aktionstag Mitarbeitende",
        "Nennung im Jahresbericht und in Pressemitteilungen",
    ],
    "fr": [
        "Dénomination : bassin présenté par le mécène",
        "Logo sur le panneau et le site internet",
        "Invitations (par an)",
        "Soirée privative pour les salariés",
        "Journée solidaire des salariés",
        "Mention dans le rapport annuel et la presse",
    ],
}


def tpl_sponsorship(rng: random.Random, who: Issuer) -> list[Page]:
    """A sponsorship agreement with a local firm: the benefits table, the fee and a landscape
    signage plan annex."""
    h = centre_head() if rng.random() < 0.5 else head_of(who, "sponsor")
    sp = head_of(who, "sponsor")
    lg = home()
    s = style_of(h, A4)
    w, _ = A4
    m = s.margin
    d = some_day(rng)
    exhibit = rng.choice(TANKS)
    fee = rng.choice([2500, 5000, 7500, 10000, 15000, 24000])
    title = tr(lg, "Sponsorship Agreement", "Sponsoringvertrag", "Convention de mécénat")
    f = sheets(s, h, f"{title} - {exhibit} - {sp.name}")
    caption(f, s, title, 4)
    write(
        f,
        s,
        f"{tr(lg, 'Between', 'Zwischen', 'Entre')} {centre_name()} "
        f"{tr(lg, '(the Centre)', '(Aquarium)', AQ_FR)} {tr(lg, 'and', 'und', 'et')} "
        f"{sp.name}, {sp.street}, {sp.town} "
        f"{tr(lg, '(the Sponsor)', '(Sponsor)', '(le Mécène)')}.",
    )
    f.y = fields(
        f.page,
        s,
        m,
        f.y,
        w - 2 * m,
        [
            (tr(lg, "Exhibit", "Becken / Bereich", "Espace"), exhibit),
            (
                tr(lg, "Term", "Laufzeit", "Durée"),
                f"{short(month(), lg)} - "
                f"{short(month().replace(year=month().year + rng.choice([1, 2, 3])), lg)}",
            ),
            (tr(lg, "Annual fee", "Jahresbetrag", "Montant annuel"), cash(fee, lg)),
            (tr(lg, "Contact", "Ansprechpartner", "Contact"), sender_person(sp, "marketing")),
        ],
        per=2,
        tall=24,
        hand=False,
    )
    f.heading(
        m,
        tr(lg, "1. Sponsor benefits", "1. Leistungen des Aquariums", "1. Contreparties"),
        s.bold,
        s.size,
    )
    cols = columns(m, w - m, [(5, "left"), (1.4, "center")])
    rows = [
        [
            b,
            rng.choice(["Yes", "1", "2", "40", "100"])
            if lg == "en"
            else rng.choice(["x", "1", "2", "40", "100"]),
        ]
        for b in rng.sample(BENEFITS[lg], rng.randint(3, 6))
    ]
    table(
        f,
        cols,
        [tr(lg, "Benefit", "Leistung", "Contrepartie"), tr(lg, "Included", "Umfang", "Inclus")],
        rows,
        s,
        shade=0.88,
        rules=True,
    )
    for j, t in enumerate(
        tr(
            lg,
            "Payment|Use of marks|Approval of materials|Animal welfare and "
            "independence|Termination|Confidentiality",
            "Zahlung|Nutzung der Marken|Freigabe|Tierwohl und "
            "Unabhängigkeit|Kündigung|Vertraulichkeit",
            "Versement|Usage des marques|Validation des supports|Bien-être animal et "
            "indépendance|Résiliation|Confidentialité",
        ).split("|")
    ):
        f.heading(m, f"{j + 2}. {t}", s.bold, s.size)
        write(f, s, prose(rng, lg, "legal", 1, 2), s.size - 0.5)
    f.need(120)
    f.y += 16
    for j, (lab, name) in enumerate(
        [(centre_name(), person("director")), (sp.name, sender_person(sp, "md"))]
    ):
        x = m + j * (w - 2 * m) / 2
        f.page.text(
            x, f.y, fit(lab, s.bold, s.size - 0.5, (w - 2 * m) / 2 - 10), s.bold, s.size - 0.5
        )
        sign_line(f.page, s, x, f.y + 46, 180, name, name)
        hand(f.page, x, f.y + 70, short(d + timedelta(days=j * rng.randint(0, 9)), lg), 9)
    f.y += 90
    pages = f.pages
    if rng.random() < 0.55:
        ls = style_of(h, LAND, margin=40)
        p = Page(LAND)
        lw, lh = LAND
        p.text(
            40,
            44,
            tr(
                lg,
                f"Annex - signage plan: {exhibit}",
                f"Anlage - Beschilderungsplan: {exhibit}",
                f"Annexe - plan de signalétique : {exhibit}",
            ),
            ls.bold,
            12,
        )
        p.rect(60, 80, lw - 300, lh - 160)
        p.rect(90, 110, lw - 360, 120, fill=0.9)
        p.text(
            90 + (lw - 360) / 2,
            175,
            tr(lg, "TANK VIEWING WINDOW", "SICHTSCHEIBE", "BAIE VITRÉE"),
            "Helvetica",
            9,
            "center",
        )
        for k, (x, y) in enumerate([(100, 260), (lw - 420, 260), (200, 320)]):
            p.rect(x, y, 90, 40)
            p.text(x + 45, y + 16, f"P{k + 1}", "Helvetica-Bold", 10, "center")
            p.text(
                x + 45,
                y + 30,
                tr(lg, "logo 200x80", "Logo 200x80", "logo 200x80"),
                "Helvetica",
                7,
                "center",
            )
        y = 90
        for k, t in enumerate(
            tr(
                lg,
                "P1 Interpretation panel, A1 landscape|P2 Sponsor plaque, brushed steel|P3 "
                "Floor vinyl at entrance|Artwork supplied as vector (EPS/PDF)|Final proof "
                "approved by both parties",
                "P1 Infotafel A1 quer|P2 Sponsorenschild Edelstahl|P3 Bodenaufkleber "
                "Eingang|Logo als Vektordatei (EPS/PDF)|Freigabe durch beide Parteien",
                "P1 Panneau d'interprétation A1|P2 Plaque mécène inox|P3 Adhésif au sol "
                "entrée|Logo vectoriel (EPS/PDF)|BAT validé par les deux parties",
            ).split("|")
        ):
            p.text(lw - 220, y + k * 16, fit(t, "Helvetica", 8, 190), "Helvetica", 8)
        p.text(
            lw - 220,
            lh - 60,
            fit(f"{centre_name()} - {short(d, lg)}", "Helvetica", 7, 190),
            "Helvetica",
            7,
        )
        pages.append(p)
    pages = close(pages, s, h)
    remember(d, None)
    return pages


# ---------------------------------------------------------------------------------------------
# Templates BBBBB: authorities and insurers
# ---------------------------------------------------------------------------------------------

STANDARDS = {
    "en": [
        "1. Provision of food and water",
        "2. Provision of a suitable environment",
        "3. Provision of animal health care",
        "4. Opportunity to express normal behaviour",
        "5. Protection from fear and distress",
        "6. Transportation and movement",
        "7. Conservation and education measures",
        "8. Public safety",
        "9. Stock records",
        "10. Insurance",
        "11. Staff training and LSS contingency",
    ],
    "de": [
        "1. Futter und Wasser",
        "2. Haltungseinrichtungen",
        "3. Tierärztliche Betreuung",
        "4. Artgemäßes Verhalten",
        "5. Schutz vor Stress",
        "6. Transport",
        "7. Artenschutz und Bildung (§ 42 BNatSchG)",
        "8. Besuchersicherheit",
        "9. Bestandsbuch",
        "10. Sachkunde der Tierpfleger (§ 11 TierSchG)",
        "11. Notfallplan Lebenserhaltung",
    ],
    "fr": [
        "1. Alimentation",
        "2. Installations et bassins",
        "3. Suivi vétérinaire",
        "4. Comportement et enrichissement",
        "5. Bien-être",
        "6. Transports",
        "7. Conservation et pédagogie",
        "8. Sécurité du public",
        "9. Registre des entrées et sorties",
        "10. Certificat de capacité du responsable",
        "11. Plan de secours (LSS)",
    ],
}


def tpl_licence_inspection(rng: random.Random, who: Issuer) -> list[Page]:
    """The authority's zoo licence inspection report with the standards table and the
    conditions, often behind a covering letter."""
    h = head_of(who, "council")
    lg = h.lang
    s = style_of(h, A4, pt=9)
    w, _ = A4
    m = s.margin
    d = some_day(rng)
    visit = d - timedelta(days=rng.randint(7, 30))
    ref = serial(rng, {"en": "ZL/99/999", "de": "39.9-999/99", "fr": "DDPP-99-999"}[lg])
    kind = tr(
        lg,
        rng.choice(["Periodical inspection", "Special inspection", "Renewal inspection"]),
        "Regelüberprüfung",
        "Contrôle périodique",
    )
    pages: list[Page] = []
    if rng.random() < 0.6:
        c = sheets(s, h)
        recipient(
            c,
            s,
            h,
            centre_lines(
                tr(
                    lg,
                    person("director"),
                    mx(person("director"), lg),
                    f"{mx(person('director'), lg)}, titulaire du certificat de capacité",
                )
            ),
            d,
            [
                (tr(lg, "Our ref.", "Aktenzeichen", "Réf."), ref),
                (
                    tr(lg, "Contact", "Sachbearbeitung", "Affaire suivie par"),
                    sender_person(h, "officer"),
                ),
            ],
        )
        write(
            c,
            s,
            tr(
                lg,
                f"Zoo Licensing Act 1981 - {kind}",
                f"Überprüfung nach § 42 Abs. 3 BNatSchG vom {short(visit, lg)}",
                f"Contrôle de l'établissement du {short(visit, lg)}",
            ),
            s.size + 0.5,
        )
        write(c, s, dear(lg, None))
        write(
            c,
            s,
            tr(
                lg,
                "Please find enclosed the report of the inspection carried out on "
                f"{short(visit, lg)} by the Secretary of State's inspector and the local "
                "authority. The recommended conditions will be attached to your licence; please "
                "send us your comments within 21 days.",
                "anbei übersenden wir Ihnen die Niederschrift über die Überprüfung Ihrer "
                f"Einrichtung am {short(visit, lg)}. Zu den festgestellten Mängeln erhalten Sie "
                f"Gelegenheit zur Stellungnahme bis zum {short(d + timedelta(days=21), lg)}.",
                f"Vous trouverez ci-joint le rapport du contrôle réalisé le {short(visit, lg)}. "
                "Les non-conformités relevées devront être levées dans les délais indiqués ; "
                "vous disposez de 15 jours pour présenter vos observations.",
            ),
        )
        write(c, s, prose(rng, lg, "legal", 1, 2))
        regards(
            c,
            s,
            lg,
            sender_person(h, "lead"),
            tr(lg, "Licensing Manager", "Amtstierarzt", "Le chef de service"),
        )
        pages += close(c.pages, s, h, "none")
    f = sheets(s, h, f"{h.name} - {ref}")
    caption(
        f,
        s,
        tr(
            lg,
            "ZOO LICENSING ACT 1981 - INSPECTION REPORT",
            "NIEDERSCHRIFT ÜBER DIE ÜBERPRÜFUNG EINES ZOOS",
            "RAPPORT D'INSPECTION - ÉTABLISSEMENT DE PRÉSENTATION AU PUBLIC",
        ),
        2,
    )
    f.y = fields(
        f.page,
        s,
        m,
        f.y,
        w - 2 * m,
        [
            (tr(lg, "Zoo", "Einrichtung", "Établissement"), centre_name()),
            (
                tr(lg, "Licence / permit no.", "Genehmigung", "Autorisation n°"),
                serial(rng, "99/9999"),
            ),
            (tr(lg, "Type", "Art", "Type"), kind),
            (tr(lg, "Date of visit", "Datum", "Date"), short(visit, lg)),
            (
                tr(lg, "Inspectors", "Prüfer", "Inspecteurs"),
                f"{sender_person(h, 'insp1')}, {sender_person(h, 'insp2')}",
            ),
            (
                tr(lg, "Present for the zoo", "Anwesend", "Présents"),
                f"{person('director')}, {person('curator')}",
            ),
        ],
        per=2,
        tall=24,
        hand=False,
    )
    cols = columns(m, w - m, [(3.2, "left"), (0.9, "center"), (5, "left")])
    rows = []
    for t in STANDARDS[lg]:
        met = rng.choices([0, 1, 2], [0.75, 0.18, 0.07])[0]
        status = [
            tr(lg, "Met", "erfüllt", "Conforme"),
            tr(lg, "Partly", "teilweise", "Partiel"),
            tr(lg, "Not met", "Mangel", "Non conforme"),
        ][met]
        rows.append([t, status, words(rng, lg, "aqua", rng.randint(6, 12))[:-1]])
    table(
        f,
        cols,
        [
            tr(lg, "Standard", "Bereich", "Thème"),
            tr(lg, "Result", "Ergebnis", "Résultat"),
            tr(lg, "Observations", "Feststellungen", "Observations"),
        ],
        rows,
        s,
        size=8,
        shade=0.86,
        rules=True,
        step=1.9,
    )
    f.heading(
        m,
        tr(
            lg,
            "Recommended conditions / actions",
            "Auflagen und Fristen",
            "Prescriptions et délais",
        ),
        s.bold,
        s.size + 0.5,
    )
    for j in range(rng.randint(1, 4)):
        write(
            f,
            s,
            f"{j + 1}. {words(rng, lg, rng.choice(['aqua', 'tech']))} "
            f"({tr(lg, 'by', 'Frist', 'délai')}: "
            f"{short(d + timedelta(days=rng.choice([30, 60, 90, 180])), lg)})",
            s.size - 0.5,
            indent=10,
        )
    f.heading(m, tr(lg, "Conclusion", "Ergebnis", "Conclusion"), s.bold, s.size + 0.5)
    write(f, s, prose(rng, lg, "aqua", 1, 2))
    f.need(90)
    f.y += 20
    sign_line(
        f.page, s, m, f.y + 20, 180, f"{sender_person(h, 'insp1')}", sender_person(h, "insp1")
    )
    sign_line(
        f.page,
        s,
        w / 2 + 10,
        f.y + 20,
        180,
        f"{sender_person(h, 'insp2')}",
        sender_person(h, "insp2"),
    )
    if rng.random() < 0.5:
        seal(
            f.page,
            w - m - 50,
            f.y + 70,
            30,
            h.name.split(" - ")[0][:28],
            tr(lg, "Licensing", "Siegel", "Cachet"),
        )
    f.y += 110
    pages += close(f.pages, s, h, tr(lg, "Page {i} of {n}", "Seite {i} von {n}", "Page {i}/{n}"))
    remember(d, None)
    return pages


COVER = {
    "en": [
        ("Buildings", 6.2e6),
        ("Contents and equipment", 1.35e6),
        ("Life support plant", 8.4e5),
        ("Livestock (fish and invertebrates) - specified", 2.1e5),
        ("Stock in trade (shop)", 6.5e4),
        ("Business interruption (24 months)", 2.4e6),
        ("Deterioration of livestock - LSS failure", 1.5e5),
        ("Money", 1.0e4),
        ("Employers' liability", 1.0e7),
        ("Public and products liability", 5.0e6),
    ],
    "de": [
        ("Gebäude", 6.2e6),
        ("Inhalt und Technik", 1.35e6),
        ("Lebenserhaltungstechnik", 8.4e5),
        ("Tierbestand (Fische, Wirbellose)", 2.1e5),
        ("Warenvorrat Shop", 6.5e4),
        ("Betriebsunterbrechung (24 Mon.)", 2.4e6),
        ("Tierverluste durch Technikausfall", 1.5e5),
        ("Bargeld", 1.0e4),
        ("Betriebshaftpflicht", 5.0e6),
        ("Umweltschadenversicherung", 3.0e6),
    ],
    "fr": [
        ("Bâtiments", 6.2e6),
        ("Contenu et matériel", 1.35e6),
        ("Installations de filtration", 8.4e5),
        ("Cheptel (poissons et invertébrés)", 2.1e5),
        ("Marchandises boutique", 6.5e4),
        ("Perte d'exploitation (24 mois)", 2.4e6),
        ("Mortalité suite à panne technique", 1.5e5),
        ("Espèces et valeurs", 1.0e4),
        ("Responsabilité civile exploitation", 5.0e6),
        ("Protection juridique", 2.0e4),
    ],
}


def tpl_insurance_schedule(rng: random.Random, who: Issuer) -> list[Page]:
    """An insurer's or broker's policy schedule with the sections, sums insured and
    endorsements, sometimes behind a covering letter."""
    h = head_of(who, "insurer")
    lg = h.lang
    s = style_of(h, A4)
    w, _ = A4
    m = s.margin
    d = some_day(rng)
    pol = serial(rng, rng.choice(["ATT/999999/99", "99-999.999-9", "9999999 AA"]))
    start = month().replace(day=1) + timedelta(days=rng.choice([0, 31]))
    start = start.replace(day=1)
    pages: list[Page] = []
    if rng.random() < 0.45:
        c = sheets(s, h)
        recipient(
            c,
            s,
            h,
            centre_lines(
                tr(lg, person("finance"), mx(person("finance"), lg), mx(person("finance"), lg))
            ),
            d,
            [(tr(lg, "Policy", "Vers.-Nr.", "Contrat"), pol)],
        )
        write(c, s, dear(lg, None))
        write(
            c,
            s,
            tr(
                lg,
                "We enclose the renewal schedule for your combined attractions policy. Please "
                "check the sums insured and the livestock declaration carefully and tell us of "
                "any changes.",
                "anbei erhalten Sie den Nachtrag zu Ihrem Versicherungsvertrag mit den ab "
                "Hauptfälligkeit geltenden Versicherungssummen. Bitte prüfen Sie die Angaben "
                "zum Tierbestand.",
                "Veuillez trouver ci-joint les conditions particulières de votre contrat "
                "multirisque. Nous vous remercions de vérifier les capitaux assurés.",
            ),
        )
        write(c, s, prose(rng, lg, "money", 1, 2))
        regards(
            c,
            s,
            lg,
            sender_person(h, "acc"),
            tr(lg, "Account Executive", "Kundenbetreuung", "Chargé de clientèle"),
        )
        pages += close(c.pages, s, h, "none")
    f = sheets(
        s,
        h,
        f"{tr(lg, 'Policy schedule', 'Versicherungsschein', 'Conditions particulières')} {pol}",
    )
    caption(
        f,
        s,
        tr(lg, "POLICY SCHEDULE", "VERSICHERUNGSSCHEIN / NACHTRAG", "CONDITIONS PARTICULIÈRES"),
        3,
    )
    f.y = pairs(
        f.page,
        s,
        m,
        f.y,
        [
            (tr(lg, "Policy number", "Versicherungsnummer", "N° de contrat"), pol),
            (tr(lg, "The Insured", "Versicherungsnehmer", "Souscripteur"), centre_name()),
            (
                tr(lg, "Business", "Betriebsart", "Activité"),
                tr(
                    lg,
                    "Public aquarium and visitor attraction",
                    "Schauaquarium mit Besucherbetrieb",
                    "Aquarium public ouvert à la visite",
                ),
            ),
            (
                tr(lg, "Period of insurance", "Versicherungsdauer", "Période"),
                f"{short(start, lg)} - "
                f"{short(start.replace(year=start.year + 1) - timedelta(days=1), lg)}",
            ),
            (
                tr(lg, "Premises", "Risikoort", "Adresse du risque"),
                f"{centre_row()[1]}, {centre_row()[2]}",
            ),
        ],
        w - m,
    )
    f.y += 8
    cols = columns(m, w - m, [(4.5, "left"), (2, "right"), (1.6, "right")])
    rows = []
    prem = 0.0
    for name, si in rng.sample(COVER[lg], rng.randint(6, 10)):
        si2 = round(si * rng.uniform(0.8, 1.3), -3)
        pr = round(si2 * rng.uniform(0.0004, 0.0025), 2)
        prem += pr
        rows.append([name, cash(si2, lg), cash(pr, lg)])
    table(
        f,
        cols,
        [
            tr(lg, "Section", "Position", "Garantie"),
            tr(lg, "Sum insured / limit", "Versicherungssumme", "Capital / plafond"),
            tr(lg, "Premium", "Beitrag", "Prime"),
        ],
        rows,
        s,
        shade=0.88,
        rules=True,
    )
    f.y += 6
    tax = {"en": 12.0, "de": 19.0, "fr": 9.0}[lg]
    f.y = pairs(
        f.page,
        s,
        w * 0.45,
        f.y,
        [
            (tr(lg, "Total premium", "Beitrag netto", "Prime HT"), cash(prem, lg)),
            (
                tr(
                    lg,
                    f"Insurance premium tax {tax:g}%",
                    f"Versicherungsteuer {tax:g} %",
                    f"Taxe sur les assurances {tax:g} %",
                ),
                cash(prem * tax / 100, lg),
            ),
            (
                tr(lg, "Total payable", "Gesamtbeitrag", "Prime TTC"),
                cash(prem * (1 + tax / 100), lg),
            ),
        ],
        w - m,
        s.size,
    )
    f.y += 6
    f.heading(m, tr(lg, "Excesses", "Selbstbeteiligungen", "Franchises"), s.bold, s.size)
    write(
        f,
        s,
        tr(
            lg,
            f"Property damage {cash(1000, lg)} each loss; livestock {cash(2500, lg)} each loss; "
            "LSS failure 48 hours waiting period.",
            f"Sachschäden {cash(1000, lg)} je Schadenfall; Tierbestand {cash(2500, lg)}; "
            "Technikausfall 48 Stunden Karenz.",
            f"Dommages aux biens {cash(1000, lg)} par sinistre ; cheptel {cash(2500, lg)} ; "
            "panne technique : délai de carence 48 heures.",
        ),
        s.size - 0.5,
    )
    f.new_page()
    caption(
        f,
        s,
        tr(lg, "Endorsements", "Besondere Vereinbarungen", "Clauses particulières"),
        1.5,
        rule=True,
    )
    for _ in range(rng.randint(3, 7)):
        code = serial(rng, "A99")
        f.heading(m, f"{code} {words(rng, lg, 'legal', 4)[:-1]}", s.bold, s.size - 0.5)
        write(f, s, prose(rng, lg, "legal", 1, 3), s.size - 1)
    pages += close(
        f.pages,
        s,
        h,
        tr(lg, "Page {i} of {n}", "Seite {i} von {n}", "Page {i}/{n}")
        if rng.random() < 0.7
        else None,
    )
    remember(d, None)
    return pages


# ---------------------------------------------------------------------------------------------
# Templates BBBBB: the centre's own forms
# ---------------------------------------------------------------------------------------------

SHIFTS = {
    "en": ["E", "E", "L", "L", "OFF", "OFF", "D", "DIVE", "AL", "TRN"],
    "de": ["F", "F", "S", "S", "frei", "frei", "T", "TAU", "U", "SCH"],
    "fr": ["M", "M", "S", "S", "RH", "RH", "J", "PLG", "CP", "FOR"],
}
DAYS = {
    "en": ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"],
    "de": ["Mo", "Di", "Mi", "Do", "Fr", "Sa", "So"],
    "fr": ["Lun", "Mar", "Mer", "Jeu", "Ven", "Sam", "Dim"],
}


def tpl_staff_rota(rng: random.Random, who: Issuer) -> list[Page]:
    """The centre's weekly staff rota on landscape A4 with hand amendments, one or two pages."""
    lg = home()
    monday = month() + timedelta(days=(7 - month().weekday()) % 7 + 7 * rng.randint(0, 3))
    teams = [
        (
            tr(lg, "Husbandry", "Tierpflege", "Soins animaliers"),
            ["curator", "aquarist", "aquarist2", "dive"]
            + [f"aq{k}" for k in range(rng.randint(2, 5))],
        ),
        (
            tr(lg, "Visitor services & retail", "Besucherservice und Shop", "Accueil et boutique"),
            ["visitor", "education"] + [f"vs{k}" for k in range(rng.randint(4, 9))],
        ),
    ]
    if rng.random() < 0.4:
        teams = teams[:1] if rng.random() < 0.5 else teams[1:]
    pages = []
    for team, tags in teams:
        p = Page(LAND)
        w, hh = LAND
        m = 34
        p.text(
            m,
            36,
            f"{centre_name()} - {tr(lg, 'Staff rota', 'Dienstplan', 'Planning du personnel')}: "
            f"{team}",
            "Helvetica-Bold",
            12,
        )
        p.text(
            w - m,
            36,
            f"{tr(lg, 'Week commencing', 'Woche ab', 'Semaine du')} {short(monday, lg)}",
            "Helvetica",
            10,
            "right",
        )
        x0 = m + 160
        cw = (w - m - x0) / 7
        y = 62.0
        p.rect(m, y - 10, w - 2 * m, 16, fill=0.82)
        p.text(m + 4, y + 2, tr(lg, "Name", "Name", "Nom"), "Helvetica-Bold", 8.5)
        for k, dname in enumerate(DAYS[lg]):
            p.text(
                x0 + k * cw + cw / 2,
                y + 2,
                f"{dname} {(monday + timedelta(days=k)).day}",
                "Helvetica-Bold",
                8.5,
                "center",
            )
        y += 20
        for tag in tags:
            name = person(tag)
            p.text(m + 4, y, fit(name, "Helvetica", 8.5, 150), "Helvetica", 8.5)
            for k in range(7):
                code = rng.choice(SHIFTS[lg])
                if code in ("OFF", "frei", "RH"):
                    p.rect(x0 + k * cw + 1, y - 9, cw - 2, 13, fill=0.92)
                p.text(x0 + k * cw + cw / 2, y, code, "Helvetica", 8.5, "center")
                if rng.random() < 0.04:
                    p.line(x0 + k * cw + cw / 2 - 10, y - 3, x0 + k * cw + cw / 2 + 10, y - 3)
                    hand(p, x0 + k * cw + cw / 2 + 12, y + 1, rng.choice(SHIFTS[lg][:4]), 8)
            p.line(m, y + 5, w - m, y + 5)
            y += 19
        for k in range(8):
            p.line(x0 + k * cw, 52, x0 + k * cw, y - 14)
        y += 14
        legend = {
            "en": "E 07:30-16:00   L 11:30-20:00   D 09:00-17:30   DIVE dive team   AL annual "
            "leave   TRN training",
            "de": "F 07:00-15:30   S 11:30-20:00   T 09:00-17:30   TAU Taucheinsatz   U Urlaub  "
            " SCH Schulung",
            "fr": "M 7h30-16h   S 11h30-20h   J 9h-17h30   PLG plongée   CP congés payés   FOR "
            "formation",
        }[lg]
        p.text(m, y, legend, "Helvetica", 7.5)
        y += 14
        p.text(
            m,
            y,
            f"{tr(lg, 'Issued by', 'Erstellt', 'Établi par')}: "
            f"{person('curator' if tags[0] == 'curator' else 'visitor')}  "
            f"{short(monday - timedelta(days=rng.randint(4, 10)), lg)}",
            "Helvetica",
            7.5,
        )
        if rng.random() < 0.4:
            hand(
                p,
                w - m - 220,
                min(y + 20, hh - 30),
                rng.choice(
                    {
                        "en": ["Swap agreed - see Sarah", "Bank hol. Mon!", "School group Thu am"],
                        "de": ["Tausch o.k.", "Feiertag!", "Schulklasse Do"],
                        "fr": ["échange ok", "férié lundi", "groupe scolaire jeudi"],
                    }[lg]
                ),
                10,
            )
        pages.append(p)
    remember(monday, None)
    return pages


def tpl_dive_log(rng: random.Random, who: Issuer) -> list[Page]:
    """The dive supervisor's dive operations record for the exhibit tanks, filled in by hand
    on a landscape form."""
    lg = home()
    p = Page(LAND)
    w, hh = LAND
    m = 30
    title = tr(
        lg,
        "DIVE OPERATIONS RECORD - Diving at Work Regulations 1997",
        "TAUCHTAGEBUCH / EINSATZPROTOKOLL - DGUV Regel 101-023",
        "REGISTRE DES PLONGÉES - art. R. 4461-1 du code du travail",
    )
    p.text(m, 34, fit(title, "Helvetica-Bold", 11, w - 2 * m - 150), "Helvetica-Bold", 11)
    p.text(w - m, 34, centre_name(), "Helvetica", 8, "right")
    start = month() + timedelta(days=rng.randint(0, 24))
    p.text(
        m,
        52,
        f"{tr(lg, 'Week / sheet', 'Woche / Blatt', 'Semaine / feuille')}: {short(start, lg)}   "
        f"{tr(lg, 'Supervisor', 'Taucheinsatzleiter', 'Chef de plongée')}: {person('dive')}",
        "Helvetica",
        8.5,
    )
    heads = [
        tr(lg, "Date", "Datum", "Date"),
        tr(lg, "Tank", "Becken", "Bassin"),
        tr(lg, "Diver", "Taucher", "Plongeur"),
        tr(lg, "Standby", "Sicherung", "Sécurité"),
        tr(lg, "In", "Ein", "Début"),
        tr(lg, "Out", "Aus", "Fin"),
        tr(lg, "Max m", "Tiefe m", "Prof. m"),
        tr(lg, "Task", "Tätigkeit", "Tâche"),
        tr(lg, "Bar in/out", "bar an/ab", "bar déb./fin"),
        tr(lg, "Signature", "Unterschrift", "Visa"),
    ]
    cols = columns(
        m,
        w - m,
        [
            (1.1, "left"),
            (1.5, "left"),
            (1.5, "left"),
            (1.5, "left"),
            (0.6, "left"),
            (0.6, "left"),
            (0.7, "left"),
            (2.4, "left"),
            (1, "left"),
            (1.1, "left"),
        ],
    )
    y = 74.0
    p.rect(m, y - 10, w - 2 * m, 15, fill=0.85)
    for c, t in zip(cols, heads, strict=True):
        p.text(c[0] + 2, y, fit(t, "Helvetica-Bold", 7.5, c[1] - c[0] - 2), "Helvetica-Bold", 7.5)
    y += 18
    divers = [person("dive"), person("aquarist"), person("aquarist2"), person("aq0"), person("aq1")]
    tasks = {
        "en": [
            "Glass clean",
            "Siphon substrate",
            "Target feed sharks",
            "Health check ray",
            "Remove algae",
            "Replace airline",
        ],
        "de": [
            "Scheiben reinigen",
            "Bodengrund absaugen",
            "Haifütterung",
            "Gesundheitskontrolle",
            "Algen entfernen",
        ],
        "fr": [
            "Nettoyage vitres",
            "Siphonnage",
            "Nourrissage requins",
            "Contrôle sanitaire",
            "Algues",
        ],
    }[lg]
    rows = rng.randint(5, 16)
    for r_ in range(18):
        p.line(m, y + 5, w - m, y + 5)
        if r_ < rows:
            dd = start + timedelta(days=r_ // 3)
            t_in = rng.randint(7, 15) * 60 + rng.choice([0, 15, 30, 45])
            dur = rng.randint(15, 55)
            d_, sb = rng.sample(divers, 2)
            vals = [
                f"{dd.day:02d}/{dd.month:02d}",
                rng.choice(TANKS),
                d_.split()[0],
                sb.split()[0],
                f"{t_in // 60}:{t_in % 60:02d}",
                f"{(t_in + dur) // 60}:{(t_in + dur) % 60:02d}",
                f"{rng.uniform(1.5, 7.5):.1f}",
                rng.choice(tasks),
                f"{rng.randint(190, 230)}/{rng.randint(60, 120)}",
            ]
            for c, v in zip(cols[:-1], vals, strict=True):
                hand(p, c[0] + 2, y, v, 8.5, c[1] - c[0] - 3)
            scrawl(p, cols[-1][0] + 2, y + 1, d_, 9)
        y += 22
        if y > hh - 70:
            break
    for c in cols[1:]:
        p.line(c[0] - 1, 64, c[0] - 1, y - 17)
    p.text(
        m,
        hh - 40,
        tr(
            lg,
            "Checked by dive supervisor:",
            "Geprüft Taucheinsatzleiter:",
            "Vérifié par le chef de plongée :",
        ),
        "Helvetica",
        8,
    )
    scrawl(p, m + 150, hh - 38, person("dive"), 11)
    p.text(
        w - m,
        hh - 24,
        f"DOR-{rng.randint(1, 4)} rev.{rng.randint(2, 6)}",
        "Helvetica",
        6.5,
        "right",
    )
    remember(start, None)
    return [p]


# ---------------------------------------------------------------------------------------------
# Templates BBBBB: livestock and ticketing
# ---------------------------------------------------------------------------------------------


def tpl_livestock_invoice(rng: random.Random, who: Issuer) -> list[Page]:
    """A livestock wholesaler's invoice with the species lines, box and freight charges, now
    and then the packing list and the shipper's certification for live animals."""
    h = head_of(who, "dealer", abroad=0.35)
    lg = h.lang
    s = style_of(h, A4)
    w, _ = A4
    m = s.margin
    d = some_day(rng)
    no = serial(rng, rng.choice(["LV99999", "9999-999", "FL/99/9999"]))
    picks = rng.sample(range(len(SPECIES)), rng.randint(3, 9))
    f = sheets(s, h, f"{h.name} - {tr(lg, 'Invoice', 'Rechnung', 'Facture')} {no}")
    recipient(
        f,
        s,
        h,
        centre_lines(
            tr(
                lg,
                f"Curatorial - {person('curator')}",
                f"Kuratorium - {person('curator')}",
                f"Conservation - {person('curator')}",
            )
        ),
        d,
        [
            (tr(lg, "Invoice", "Rechnung", "Facture"), no),
            (
                tr(lg, "Shipment", "Sendung", "Expédition"),
                short(d - timedelta(days=rng.randint(0, 3)), lg),
            ),
        ],
    )
    caption(
        f,
        s,
        tr(lg, "INVOICE - LIVESTOCK", "RECHNUNG - LEBENDTIERE", "FACTURE - ANIMAUX VIVANTS"),
        3,
    )
    rows = []
    net = 0.0
    for k in picks:
        q = rng.choice([1, 2, 3, 5, 6, 10, 12])
        size_ = rng.choice(["S", "M", "L", "3-5 cm", "8-10 cm", "frag"])
        price = round(
            rng.choice([6.5, 12.0, 18.5, 24.0, 39.0, 65.0, 120.0, 240.0]) * rng.uniform(0.9, 1.2), 2
        )
        net += q * price
        rows.append(
            [SPECIES[k][0], sp_name(k, lg), size_, str(q), money(price, lg), money(q * price, lg)]
        )
    cols = columns(
        m,
        w - m,
        [(3, "left"), (2.6, "left"), (0.9, "left"), (0.6, "right"), (1.1, "right"), (1.3, "right")],
    )
    table(
        f,
        cols,
        [
            tr(lg, "Species", "Art", "Espèce"),
            tr(lg, "Common name", "Name", "Nom commun"),
            tr(lg, "Size", "Größe", "Taille"),
            tr(lg, "Qty", "Anz.", "Qté"),
            tr(lg, "Price", "Preis", "P.U."),
            tr(lg, "Amount", "Betrag", "Montant"),
        ],
        rows,
        s,
        size=s.size - 1.5,
        shade=0.88,
    )
    boxes = rng.randint(1, 6)
    extras = [
        (
            tr(
                lg,
                f"Polystyrene boxes x{boxes}",
                f"Styroporboxen x{boxes}",
                f"Caisses isothermes x{boxes}",
            ),
            boxes * 9.5,
        ),
        (
            tr(lg, "Oxygen and heat packs", "Sauerstoff und Heatpacks", "Oxygène et chaufferettes"),
            rng.choice([12.0, 18.0, 24.0]),
        ),
        (
            tr(
                lg, "Courier / airfreight", "Kurier / Luftfracht", "Transport express / fret aérien"
            ),
            rng.choice([45.0, 85.0, 145.0, 260.0]),
        ),
    ]
    if any(SPECIES[k][4] for k in picks):
        extras.append(
            (tr(lg, "CITES documentation fee", "CITES-Dokumente", "Frais documents CITES"), 35.0)
        )
    for t, v in extras:
        f.page.text(m, f.y, t, s.font, s.size - 1.5)
        f.page.text(w - m, f.y, money(v, lg), s.font, s.size - 1.5, "right")
        f.y += s.size * 1.5
        net += v
    f.y += 6
    rate = vat_rate(lg) if lg == home() else 0.0
    totals(
        f,
        s,
        lg,
        round(net, 2),
        rate,
        note=""
        if rate
        else tr(
            lg,
            "Intra-community supply, VAT exempt.",
            "Steuerfreie innergemeinschaftliche Lieferung.",
            "Exonération de TVA, art. 262 ter I du CGI.",
        ),
    )
    write(
        f,
        s,
        tr(
            lg,
            "Dead on arrival claims must be reported with photographs within 2 hours of delivery.",
            "DOA-Reklamationen nur mit Foto innerhalb von 2 Stunden nach Ankunft.",
            "Toute mortalité à l'arrivée doit être signalée avec photo sous 2 heures.",
        ),
        s.size - 1.5,
    )
    pages = close(f.pages, s, h)
    if rng.random() < 0.35:
        pl = Page(LAND)
        lw, lh = LAND
        pl.text(
            36,
            40,
            f"{h.name} - {tr(lg, 'Packing list', 'Packliste', 'Liste de colisage')} {no}",
            "Helvetica-Bold",
            11,
        )
        y = 66.0
        pl.rect(36, y - 10, lw - 72, 15, fill=0.85)
        for x, t in zip(
            [40, 110, 330, 560, 640],
            [
                tr(lg, "Box", "Box", "Colis"),
                tr(lg, "Species", "Art", "Espèce"),
                tr(lg, "Common name", "Name", "Nom"),
                tr(lg, "Qty", "Anz.", "Qté"),
                tr(lg, "Bags", "Beutel", "Sacs"),
            ],
            strict=True,
        ):
            pl.text(x, y, t, "Helvetica-Bold", 8.5)
        y += 18
        for j, k in enumerate(picks):
            pl.text(40, y, str(j % boxes + 1), "Helvetica", 8.5)
            pl.text(110, y, SPECIES[k][0], "Helvetica-Oblique", 8.5)
            pl.text(330, y, fit(sp_name(k, lg), "Helvetica", 8.5, 220), "Helvetica", 8.5)
            pl.text(560, y, rows[j][3], "Helvetica", 8.5)
            pl.text(640, y, str(rng.randint(1, 4)), "Helvetica", 8.5)
            if rng.random() < 0.6:
                hand(pl, 700, y, "ok", 9)
            y += 16
        pl.text(
            36,
            lh - 40,
            f"{tr(lg, 'Packed by', 'Gepackt', 'Emballé par')}: {sender_person(h, 'packer')}   "
            f"{tr(lg, 'Water temp.', 'Wassertemp.', 'Temp. eau')} {rng.randint(22, 26)} °C",
            "Helvetica",
            8,
        )
        pages.append(pl)
    if rng.random() < 0.25:
        sc = Page(A4)
        sw, _ = A4
        sc.text(
            sw / 2, 50, "SHIPPER'S CERTIFICATION FOR LIVE ANIMALS", "Helvetica-Bold", 12, "center"
        )
        sc.text(sw / 2, 64, "IATA Live Animals Regulations", "Helvetica", 8, "center")
        y = 86
        cellbox(sc, 40, y, (sw - 80) / 2, 60, "Shipper", [h.name, h.street, h.town], "Courier", 8)
        cellbox(sc, sw / 2, y, (sw - 80) / 2, 60, "Consignee", list(centre_row()[:3]), "Courier", 8)
        y += 70
        cellbox(
            sc,
            40,
            y,
            sw - 80,
            40,
            "Air Waybill No.",
            [serial(rng, "999-9999 9999")],
            "Courier-Bold",
            10,
        )
        y += 50
        text_lines(
            sc,
            Style("Helvetica", "Helvetica-Bold", 8, 40, "none", "bottom", A4, "short"),
            40,
            y,
            sw - 80,
            "I hereby certify that the contents of this consignment are fully and accurately "
            "described below and are in proper condition for carriage by air according to the "
            "current edition of the IATA Live Animals Regulations and all applicable carrier "
            "and governmental regulations; the animals have been properly described and "
            "packaged and, if required, are accompanied by the necessary documents.",
            8,
        )
        y += 70
        for j, k in enumerate(picks[:6]):
            sc.text(
                50,
                y + j * 14,
                f"{j + 1}. {SPECIES[k][0]} ({SPECIES[k][1]}) - {rows[j][3]} - Container "
                "Requirement 51",
                "Courier",
                8,
            )
        y += 110
        sign_line(
            sc,
            Style("Helvetica", "Helvetica-Bold", 8, 40, "none", "bottom", A4, "short"),
            40,
            y,
            200,
            "Name and signature of shipper",
            sender_person(h, "packer"),
        )
        hand(sc, 330, y - 4, f"{h.town.split()[-1]}  {short(d, 'en')}", 9)
        pages.append(sc)
    received(rng, pages[0], d, 0.3)
    remember(d, {"species": picks, "row": (h.name, h.street, h.town, h.phone)})
    return pages


def tpl_ticket_settlement(rng: random.Random, who: Issuer) -> list[Page]:
    """The online ticketing provider's monthly settlement statement with the daily sales over
    pages and the remittance advice."""
    h = head_of(who, "ticketing")
    lg = h.lang
    s = style_of(h, A4, pt=9)
    w, _ = A4
    m = s.margin
    period = month() - timedelta(days=1)
    period = period.replace(day=1)
    d = month() + timedelta(days=rng.randint(3, 9))
    no = serial(rng, "ST-999999")
    mname = {
        "en": period.strftime("%B %Y"),
        "de": f"{MONTH_NAMES['de'][period.month - 1]} {period.year}",
        "fr": f"{MONTH_NAMES['fr'][period.month - 1]} {period.year}",
    }[lg]
    f = sheets(
        s,
        h,
        f"{h.name} - {tr(lg, 'Settlement statement', 'Abrechnung', 'Relevé de reversement')} "
        f"{no} - {mname}",
    )
    recipient(
        f,
        s,
        h,
        centre_lines(tr(lg, "Finance", "Buchhaltung", "Comptabilité")),
        d,
        [
            (tr(lg, "Statement", "Abrechnung", "Relevé"), no),
            (
                tr(lg, "Organiser ID", "Veranstalter-ID", "ID organisateur"),
                serial(rng, "ORG-99999"),
            ),
        ],
    )
    caption(
        f,
        s,
        tr(
            lg,
            f"Settlement statement - {mname}",
            f"Ticketabrechnung - {mname}",
            f"Relevé de reversement - {mname}",
        ),
        2,
    )
    days = []
    n_days = ((period.replace(day=28) + timedelta(days=4)).replace(day=1) - period).days
    gross = refunds = 0.0
    tickets = 0
    for k in range(n_days):
        dd = period + timedelta(days=k)
        weekend = dd.weekday() >= 5
        o = rng.randint(20, 90) * (2 if weekend else 1)
        t = o * rng.randint(2, 4)
        g = t * rng.uniform(11, 15)
        rf = g * rng.choice([0, 0, 0.01, 0.03])
        gross += g
        refunds += rf
        tickets += t
        days.append([short(dd, lg), str(o), str(t), money(g, lg), money(rf, lg), money(g - rf, lg)])
    comm = round((gross - refunds) * rng.choice([0.03, 0.035, 0.045]), 2)
    card = round((gross - refunds) * 0.014, 2)
    vat = round((comm + card) * vat_rate(lg) / 100, 2)
    payout = gross - refunds - comm - card - vat
    f.y = pairs(
        f.page,
        s,
        m,
        f.y,
        [
            (
                tr(lg, "Gross ticket sales", "Bruttoumsatz Tickets", "Ventes brutes"),
                cash(gross, lg),
            ),
            (tr(lg, "Refunds", "Erstattungen", "Remboursements"), f"-{cash(refunds, lg)}"),
            (tr(lg, "Commission", "Provision", "Commission"), f"-{cash(comm, lg)}"),
            (
                tr(lg, "Card processing", "Zahlungsgebühren", "Frais de paiement"),
                f"-{cash(card, lg)}",
            ),
            (tr(lg, "VAT on fees", "USt. auf Gebühren", "TVA sur frais"), f"-{cash(vat, lg)}"),
            (tr(lg, "Net payout", "Auszahlungsbetrag", "Montant reversé"), cash(payout, lg)),
        ],
        w * 0.62,
        s.size,
    )
    f.y += 4
    f.page.text(
        m,
        f.y,
        f"{tr(lg, 'Tickets issued', 'Ausgestellte Tickets', 'Billets émis')}: {tickets}",
        s.font,
        s.size - 1,
    )
    f.y += 18
    cols = columns(
        m,
        w - m,
        [
            (1.4, "left"),
            (0.8, "right"),
            (0.9, "right"),
            (1.3, "right"),
            (1.1, "right"),
            (1.3, "right"),
        ],
    )
    table(
        f,
        cols,
        [
            tr(lg, "Date", "Datum", "Date"),
            tr(lg, "Orders", "Best.", "Cdes"),
            tr(lg, "Tickets", "Tickets", "Billets"),
            tr(lg, "Gross", "Brutto", "Brut"),
            tr(lg, "Refunds", "Erstatt.", "Remb."),
            tr(lg, "Net", "Netto", "Net"),
        ],
        days,
        s,
        size=8,
        shade=0.9,
        step=1.55,
    )
    pages = f.pages
    if rng.random() < 0.5:
        r = Page(A5)
        rw, _ = A5
        r.text(30, 40, h.name, "Helvetica-Bold", 10)
        r.text(
            30,
            62,
            tr(lg, "REMITTANCE ADVICE", "ZAHLUNGSAVIS", "AVIS DE VIREMENT"),
            "Helvetica-Bold",
            12,
        )
        y = pairs(
            r,
            Style("Helvetica", "Helvetica-Bold", 8.5, 30, "none", "bottom", A5, "short"),
            30,
            86,
            [
                (tr(lg, "Payee", "Empfänger", "Bénéficiaire"), centre_name()),
                (tr(lg, "Statement", "Abrechnung", "Relevé"), no),
                (
                    tr(lg, "Payment date", "Zahlungsdatum", "Date de virement"),
                    short(d + timedelta(days=2), lg),
                ),
                (tr(lg, "Amount", "Betrag", "Montant"), cash(payout, lg)),
            ],
            rw - 30,
            8.5,
        )
        r.text(
            30,
            y + 10,
            fit(
                tr(
                    lg,
                    "Paid by BACS to your nominated account.",
                    "Überweisung auf Ihr hinterlegtes Konto.",
                    "Virement sur votre compte enregistré.",
                ),
                "Helvetica",
                8,
                rw - 60,
            ),
            "Helvetica",
            8,
        )
        pages.append(r)
    pages = close(
        pages,
        s,
        h,
        rng.choice(["Page {i} of {n}", "{i}/{n}"])
        if lg == "en"
        else tr(lg, "", "Seite {i} von {n}", "Page {i} / {n}"),
    )
    remember(d, None)
    return pages


# ---------------------------------------------------------------------------------------------
# The part: templates, runs and companions
# ---------------------------------------------------------------------------------------------


def tracked(name: str, tpl: Template) -> Template:
    """``tpl`` noting its kind, so that a companion can take up the same matter."""

    def run(rng: random.Random, who: Issuer) -> list[Page]:
        pages = tpl(rng, who)
        LAST["kind"] = name
        return pages

    run.__doc__ = tpl.__doc__
    return run


KINDS: dict[str, Template] = {
    "group_booking": tpl_group_booking,
    "school_booking": tpl_school_booking,
    "animal_transfer": tpl_animal_transfer,
    "cites_permit": tpl_cites_permit,
    "health_certificate": tpl_health_certificate,
    "vet_report": tpl_vet_report,
    "water_lab_report": tpl_water_lab_report,
    "lss_contract": tpl_lss_contract,
    "lss_service_report": tpl_lss_service_report,
    "food_invoice": tpl_food_invoice,
    "shop_invoice": tpl_shop_invoice,
    "pass_renewal": tpl_pass_renewal,
    "grant_agreement": tpl_grant_agreement,
    "sponsorship": tpl_sponsorship,
    "licence_inspection": tpl_licence_inspection,
    "insurance_schedule": tpl_insurance_schedule,
    "staff_rota": tpl_staff_rota,
    "dive_log": tpl_dive_log,
    "livestock_invoice": tpl_livestock_invoice,
    "ticket_settlement": tpl_ticket_settlement,
}
TEMPLATES_BBBBB: dict[str, Template] = {k: tracked(k, t) for k, t in KINDS.items()}
#: Kinds that a pile often holds 2-4 of in a row from one sender.
RUN_KINDS = (
    "food_invoice",
    "shop_invoice",
    "water_lab_report",
    "lss_service_report",
    "pass_renewal",
    "staff_rota",
    "dive_log",
    "cites_permit",
    "group_booking",
)
#: A kind often followed by a related paper.
FOLLOWS = {
    "school_booking": "group_booking",
    "animal_transfer": "health_certificate",
    "livestock_invoice": "cites_permit",
    "lss_contract": "lss_service_report",
}


# ---------------------------------------------------------------------------------------------
# Streams and generation (same files and labels as corpus.generate)
# ---------------------------------------------------------------------------------------------


def make_skimmer_stream(rng: random.Random, n_docs: int, separators: bool) -> Stream:
    """One centre's pile: ``corpus.make_stream`` with batch runs (after a run kind, 1-3 more
    of the same kind from the same sender follow with probability 0.6) and companions (each
    kind in ``FOLLOWS`` is followed by its related paper with probability 0.5). The centre
    (country, name, month, staff) is drawn once per stream."""
    r = random.Random(rng.getrandbits(32))
    lang = r.choice(["en", "en", "de", "de", "fr"])
    CENTRE["lang"] = lang
    CENTRE["row"] = r.randrange(len(CENTRES[lang]))
    CENTRE["seed"] = r.getrandbits(24)
    CENTRE["month"] = date(r.choice([2024, 2025]), r.randint(1, 12), 1)
    LAST.update(kind="", day=None, extra=None, who=None)
    CENTRE["staff"] = {}
    run_odds = dict.fromkeys(RUN_KINDS, 0.6)
    return assemble_stream(
        rng, TEMPLATES_BBBBB, n_docs, separators, run_odds, run_len=(1, 3), follows=FOLLOWS
    )


generate = part_generate(PART, SEED_OFFSET, make_skimmer_stream, "templates BBBBB")


def main(argv: list[str]) -> int:
    return part_main(argv, __doc__, PART, generate, scanned=12)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

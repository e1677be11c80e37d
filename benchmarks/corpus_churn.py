"""Churn part of the generated corpus: templates WW, written blind for the next measurement.

A part of its own, ``churn``. Its templates were written without looking at the boundary
detector, its documentation, its tuning or its evaluation, as the pile the office of a family
dairy farm (a milking herd, some arable and grass land and a farm shop, in England, Germany or
France) feeds through its scanner once a month: the milk buyer's monthly milk statements
(Milchgeldabrechnung, relevé de paie du lait) with the collections, the price build-up and the
deductions, often with the page of quality results per sample behind; the milk buyer's quality
notices (cell count or Bactoscan exceedance, Keimzahlüberschreitung, alerte qualité) with the
reply slip of actions taken; milk recording reports (NMR herd report, LKV Probemelkergebnis,
résultats du contrôle laitier) on landscape pages cow by cow with a summary page; feed
merchants' monthly invoices over the month's deliveries, now and then with the conditions of
sale on the back; bulk feed delivery tickets from the blower lorry on narrow slips with the
weighbridge weights and the statutory feed declaration; fertiliser merchants' contract
confirmations (Kontraktbestätigung, contrat morte-saison) with the conditions and the copy to
sign and return; the vet's herd health plan (herd health plan review, Bestandsbetreuungsprotokoll,
bilan sanitaire d'élevage with the protocole de soins) with its tables of vaccinations, targets
and protocols and the signature page; the hoof trimmer's bill with the handwritten lesion
record sheet; photocopies of cattle passports (CPP35, Rinderpass, passeport bovin with the
ASDA); the livestock market's account sales (Abrechnung, bordereau de vente); the farm's area
and scheme applications as printed from the online service (SFI application summary,
Sammelantrag with the Flächen- und Nutzungsnachweis on landscape pages, récapitulatif de la
déclaration PAC) with the declaration page; the paying agency's letters (inspection notices,
requests for evidence, Anhörung, demande de pièces) with a parcel annex; agricultural
contractors' invoices for silage, slurry and hedge work with the job sheet signed in the yard;
machinery dealers' workshop service sheets with the checklist page; farm assurance audit
reports (Red Tractor Dairy, QM-Milch, Charte des bonnes pratiques d'élevage) with the
non-conformity page; landlords' land rent demands (Pachtzinsrechnung, avis d'échéance de
fermage with the index calculation); the bank's facility letters with the schedule and the
acceptance page; farm insurers' renewal schedules with the covering letter and the lists of
buildings and machinery; fallen stock collection notes (Abholschein der Tierkörperbeseitigung,
bon d'enlèvement d'équarrissage) on small slips; laboratories' soil and silage analysis
reports. Each stream is one farm's pile: the farm (country, name, holding numbers, herd, month)
is drawn once per stream; its senders are of the farm's country (mostly of its region) and
write in its language, except that a German or French farm now and then deals with a machinery
dealer, a laboratory or a fertiliser merchant of the other country, who writes in its own.
Page sizes range from narrow delivery slips, A6 notes and A5 bills to A4, Letter and landscape
A4.

Labelling rule: what one sender issues in one go is one document, as the farm office files it:
the quality results page of a milk statement; the reply slip of a quality notice; every page and
the summary page of one milk recording report; the conditions page on the back of a feed
invoice; the conditions and the return copy of a fertiliser contract; the tables and the
signature page of a herd health plan; the lesion record sheet of a hoof trimmer's bill; the
field list and declaration page of an application print; the parcel annex of an agency letter;
the job sheet behind a contractor's invoice; the checklist of a service sheet; the
non-conformity page of an audit report; the index calculation of a rent demand; the schedule
and acceptance page of a facility letter; the covering letter and lists of an insurance
renewal. Related papers are documents of their own: the quality notice after the milk
statement, the agency's letter after the application, the merchant's invoice after its
delivery ticket and the vet's herd health plan after the assurance audit; and so is each
delivery ticket, account sale, passport copy, contractor's invoice, collection note, rent
demand and analysis report of a run.

Streams are assembled like ``corpus.make_stream`` (same separator sheets, same 30% chance of
repeating the previous kind and sender), plus batch runs: delivery tickets, account sales,
passport copies, contractors' invoices, collection notes, rent demands, analysis reports and
milk statements often come 2-4 in a row from one sender with other numbers, dates and amounts;
and companions: each related paper above often follows the document it answers. Drawn with
``corpus.draw_pdf``, scanned with ``corpus.scan`` and labelled exactly like
``corpus.generate`` with ``"split": "churn"`` and seeds offset by 4_800_000.

Usage: ``python benchmarks/corpus_churn.py OUT_DIR [--streams N] [--scanned N] [--seed S]``
writes ``OUT_DIR/churn/churn_{born_digital,scanned}_NNNNNNN.{pdf,json}``.
"""

from __future__ import annotations

import itertools
import math
import random
import sys
import zlib
from dataclasses import dataclass, replace
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
    bar_width,
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
)
from corpus_kit import address as window

PART = "churn"
SEED_OFFSET = 4_800_000

MM = 72 / 25.4
SLIP = (80 * MM, 180 * MM)
A6 = (105 * MM, 148 * MM)
A5L = (210 * MM, 148 * MM)

# ---------------------------------------------------------------------------------------------
# Who writes: the farm and its outside senders, by country
# ---------------------------------------------------------------------------------------------

Row = tuple[str, str, str, str]  # name, street, town, telephone
FARMS: dict[str, list[Row]] = {
    "en": [
        ("Holloway Farm Partnership", "Holloway Farm, Brockley Lane", "Nantwich CW5 7QR", ""),
        ("J & E Pritchard", "Lower Tregarne Farm", "St Keverne, Helston TR12 6PB", "01326 280 417"),
        ("Marsh Barton Dairies Ltd", "Marsh Barton", "Crediton EX17 4NL", "01363 772 905"),
        ("R. W. Atkinson & Sons", "Low Moor Farm", "Skipton BD23 5JN", "01756 748 312"),
    ],
    "de": [
        ("Milchhof Brüggemann GbR", "Hofstraße 4", "26655 Westerstede", "04488 52 19 7"),
        ("Hof Oberried - Anton Huber", "Oberried 2", "87509 Immenstadt", "08323 96 41 0"),
        ("Sievers Milch KG", "Dorfstraße 17", "24340 Eckernförde", "04351 71 22 3"),
        ("Landwirtschaft Kemper GbR", "Bauerschaft Hövel 9", "48653 Coesfeld", ""),
    ],
    "fr": [
        ("GAEC du Val de Vire", "La Hardière", "50420 Domjean", "02 33 56 71 48"),
        ("EARL Le Bihan", "Kervéguen", "29400 Landivisiau", "02 98 68 12 07"),
        ("GAEC des Tilleuls", "2 route de Pontarlier", "25300 Doubs", "03 81 39 44 60"),
        ("EARL de la Prairie Haute", "Le Bourg", "53400 Craon", ""),
    ],
}
SENDERS: dict[str, dict[str, list[Row]]] = {
    "dairy": {
        "en": [
            ("Cheshire Vale Dairies Ltd", "Creamery Road", "Crewe CW1 6UT", "01270 588 100"),
            (
                "Westcountry Milk Co-operative Ltd",
                "Cheese Lane",
                "Taunton TA1 1QA",
                "01823 440 200",
            ),
            ("Pennine Dairy Farmers Ltd", "Aire Valley Park", "Keighley BD21 4EB", ""),
        ],
        "de": [
            ("Molkerei Geestland eG", "Milchstraße 1", "27607 Geestland", "04743 86 0"),
            ("Milchwerke Oberallgäu eG", "Käsereiweg 5", "87509 Immenstadt", "08323 20 0"),
            ("Nordmilch Schwansen eG", "Meiereiweg 12", "24351 Damp", ""),
        ],
        "fr": [
            ("Coopérative laitière du Bocage", "ZA de la Croix", "50410 Percy-en-Normandie", ""),
            ("Laiterie Val d'Élorn SAS", "Zone de Kerhuel", "29400 Landivisiau", "02 98 68 30 00"),
            ("Fruitière à Comté de Doubs", "1 rue de la Fruitière", "25300 Doubs", ""),
        ],
    },
    "recording": {
        "en": [
            ("National Milk Records plc", "Fox Talbot House", "Chippenham SN15 1BN", ""),
            ("CIS Herd Recording", "Alpha Building", "Telford TF3 3BA", ""),
        ],
        "de": [
            ("Landeskontrollverband Weser-Ems e.V.", "Mars-la-Tour-Str. 6", "26121 Oldenburg", ""),
            ("LKV Bayern e.V. - Verwaltungsstelle Kempten", "Adenauerring 97", "87439 Kempten", ""),
        ],
        "fr": [
            ("Littoral Normand - Conseil Élevage", "Maison de l'Agriculture", "50009 Saint-Lô", ""),
            ("Innoval - Contrôle de performances", "1 rue Maurice Le Lannou", "35042 Rennes", ""),
            ("Conseil Élevage 25-90", "130 bis rue de Belfort", "25000 Besançon", ""),
        ],
    },
    "merchant": {
        "en": [
            ("Bibby Agri Feeds", "Canal Side", "Middlewich CW10 9PD", "01606 830 400"),
            ("Mole Valley Farmers Ltd", "Station Road", "South Molton EX36 3BH", "01769 576 300"),
            ("Dalesway Feeds", "Gargrave Road", "Skipton BD23 1UD", "01756 792 210"),
        ],
        "de": [
            (
                "Raiffeisen Warengenossenschaft Ammerland eG",
                "Am Bahnhof 3",
                "26655 Westerstede",
                "",
            ),
            ("Landhandel Schmölz GmbH", "Gewerbestraße 14", "87527 Sonthofen", "08321 67 04 0"),
            ("Agravis Futtermittel Nord", "Hafenstraße 22", "24340 Eckernförde", ""),
        ],
        "fr": [
            ("Coopérative Agrial - Secteur Vire", "ZI de l'Étoile", "14500 Vire", "02 31 66 25 00"),
            ("Triskalia Nutrition Animale", "Rue des Fontaines", "29400 Landivisiau", ""),
            ("Ets Girardot Aliments", "Route de Morteau", "25300 Pontarlier", "03 81 46 50 10"),
        ],
    },
    "fertiliser": {
        "en": [
            ("Northern Fertiliser Traders", "Unit 4, Bridge Mill", "Settle BD24 9EX", ""),
            ("Pearce Agricultural Supplies Ltd", "Bridge Yard", "Tiverton EX16 6LE", ""),
        ],
        "de": [
            ("Agravis Raiffeisen AG - Düngemittel", "Industriestraße 20", "48155 Münster", ""),
            ("BayWa AG - Agrar Kempten", "Ursulasrieder Straße 8", "87437 Kempten", ""),
            ("Düngerhandel Thormählen GmbH", "Hafenweg 7", "24376 Kappeln", ""),
        ],
        "fr": [
            ("Agrial Approvisionnement - Engrais", "Rue des Sablons", "50000 Saint-Lô", ""),
            (
                "Timac Agro France - Agence Ouest",
                "27 avenue Franklin Roosevelt",
                "35400 Saint-Malo",
                "",
            ),
            ("Sodiaal Appro Est", "ZA Les Grands Champs", "25300 Houtaud", ""),
        ],
    },
    "vet": {
        "en": [
            ("Oak Tree Farm Vets", "Wistaston Road", "Nantwich CW5 6PQ", "01270 620 411"),
            ("Kernow Farm Animal Practice", "Tregolls Road", "Truro TR1 1LH", "01872 260 800"),
            ("Dales Veterinary Partnership", "Keighley Road", "Skipton BD23 2QR", ""),
        ],
        "de": [
            ("Tierarztpraxis Dr. Meyer-Oltmanns", "Lange Straße 41", "26655 Westerstede", ""),
            ("Großtierpraxis Dres. Zeller & Bach", "Illerstraße 8", "87509 Immenstadt", ""),
            ("Tierärztliche Gemeinschaftspraxis Schwansen", "Hauptstraße 3", "24398 Brodersby", ""),
        ],
        "fr": [
            ("Clinique vétérinaire du Bocage", "12 rue de Torigni", "50420 Domjean", ""),
            ("Vétérinaires du Léon - Cabinet rural", "5 rue de Brest", "29400 Landivisiau", ""),
            ("SELARL Vétérinaire du Haut-Doubs", "3 route de Besançon", "25300 Pontarlier", ""),
        ],
    },
    "trimmer": {
        "en": [
            ("Dave Rowe Foot Trimming", "Windy Ridge", "Whitchurch SY13 4LB", "07831 224 509"),
            ("Tom Penhale Cattle Foot Care", "1 Chapel Row", "Redruth TR15 2DB", "07966 410 113"),
        ],
        "de": [
            ("Klauenpflege Thomas Gerdes", "Moorweg 22", "26689 Apen", "0171 448 21 09"),
            ("Klauenpflege Allgäu - Martin Wech", "Bergstraße 6", "87534 Oberstaufen", ""),
        ],
        "fr": [
            ("Parage Normandie - Julien Hamel", "Le Mesnil", "50410 Percy", "06 32 18 77 41"),
            ("Pareur bovin Yann Le Goff", "Kerlaouen", "29260 Lesneven", "06 71 22 48 90"),
        ],
    },
    "registry": {
        "en": [
            ("British Cattle Movement Service", "Curwen Road", "Workington CA14 2DD", ""),
        ],
        "de": [
            (
                "Vereinigte Informationssysteme Tierhaltung w.V.",
                "Heinrich-Schröder-Weg 1",
                "27283 Verden",
                "",
            ),
            (
                "Landeskuratorium der Erzeugerringe - Regionalstelle HIT",
                "Senator-Gerauer-Str. 23",
                "85586 Poing",
                "",
            ),
        ],
        "fr": [
            (
                "Établissement de l'Élevage - EDE de la Manche",
                "Avenue de Paris",
                "50009 Saint-Lô",
                "",
            ),
            ("GDS Bretagne - Identification bovine", "5 rue Maurice Le Lannou", "35042 Rennes", ""),
        ],
    },
    "mart": {
        "en": [
            ("Beeston Castle Auctions", "Tarporley Road", "Beeston CW6 9NZ", "01829 262 100"),
            ("Holsworthy Livestock Market", "Market Road", "Holsworthy EX22 6DL", ""),
            ("Skipton Auction Mart", "Gargrave Road", "Skipton BD23 1UD", "01756 792 375"),
        ],
        "de": [
            ("Vieh und Fleisch Weser-Ems eG", "Am Schlachthof 4", "26135 Oldenburg", ""),
            (
                "Allgäuer Herdebuchgesellschaft - Zuchtviehmarkt",
                "Allgäuer Str. 2",
                "87435 Kempten",
                "",
            ),
        ],
        "fr": [
            ("Marché au cadran de Saint-Lô", "Rue du Marché", "50000 Saint-Lô", "02 33 05 41 00"),
            ("SICA Bétail du Léon", "ZI de Kerhuel", "29400 Landivisiau", ""),
        ],
    },
    "agency": {
        "en": [
            ("Rural Payments Agency", "PO Box 352", "Workington CA14 9BW", "03000 200 301"),
        ],
        "de": [
            (
                "Landwirtschaftskammer Niedersachsen - Bewilligungsstelle Oldenburg",
                "Mars-la-Tour-Straße 1-13",
                "26121 Oldenburg",
                "",
            ),
            (
                "Amt für Ernährung, Landwirtschaft und Forsten Kempten - Förderung",
                "Adenauerring 97",
                "87439 Kempten",
                "",
            ),
            (
                "Landesamt für Landwirtschaft, Umwelt und ländliche Räume",
                "Hamburger Chaussee 25",
                "24220 Flintbek",
                "",
            ),
            (
                "Landwirtschaftskammer Nordrhein-Westfalen - Kreisstelle Coesfeld",
                "Borkener Straße 25",
                "48653 Coesfeld",
                "",
            ),
        ],
        "fr": [
            (
                "Direction départementale des territoires et de la mer de la Manche",
                "477 boulevard de la Dollée",
                "50009 Saint-Lô",
                "",
            ),
            (
                "Direction départementale des territoires et de la mer du Finistère",
                "2 boulevard du Finistère",
                "29325 Quimper",
                "",
            ),
            (
                "Direction départementale des territoires du Doubs",
                "6 rue Roussillon",
                "25003 Besançon",
                "",
            ),
            (
                "Direction départementale des territoires de la Mayenne",
                "Cité administrative, rue Mac Donald",
                "53000 Laval",
                "",
            ),
        ],
    },
    "contractor": {
        "en": [
            ("G. Hulme Agricultural Contractors", "Yew Tree Yard", "Audlem CW3 0AB", ""),
            ("Penrose Contracting Ltd", "Trewince Farm", "Helston TR13 0RE", "01326 572 901"),
            ("Airedale Agri Services", "Moor Lane", "Skipton BD23 6AA", "07970 554 228"),
        ],
        "de": [
            ("Lohnunternehmen Wübbena GmbH & Co. KG", "Bahnhofstraße 40", "26683 Saterland", ""),
            ("Lohnbetrieb Fink", "Am Sportplatz 3", "87538 Fischen", "08326 38 40 9"),
            ("Lohnunternehmen Jöns", "Osterfeld 2", "24357 Fleckeby", ""),
        ],
        "fr": [
            ("ETA Lecoq Frères", "Le Haut Bourg", "50420 Domjean", "02 33 56 80 12"),
            ("ETA du Léon", "Pen ar Hoat", "29260 Ploudaniel", ""),
            ("CUMA de la Vallée du Drugeon", "Mairie", "25560 Frasne", ""),
        ],
    },
    "dealer": {
        "en": [
            ("Rea Valley Tractors Ltd", "Wem Industrial Estate", "Shrewsbury SY4 5JX", ""),
            ("Cornwall Farm Machinery", "Kernick Road", "Penryn TR10 9EW", "01326 378 200"),
            ("Ripon Farm Services - Skipton", "Engine Shed Lane", "Skipton BD23 1UP", ""),
        ],
        "de": [
            ("Landtechnik Ahlers GmbH", "Industriestraße 11", "26655 Westerstede", ""),
            ("Landmaschinen Fendt-Service Rauch", "Gewerbepark 4", "87509 Immenstadt", ""),
            ("Melktechnik Nord GmbH", "Rendsburger Str. 60", "24340 Eckernförde", ""),
        ],
        "fr": [
            ("Ets Lemonnier Agri-Services", "Route de Villedieu", "50800 Villedieu", ""),
            ("Kerjean Motoculture et Tracteurs", "ZA de Kerven", "29400 Landivisiau", ""),
            ("Jeantet Machinisme Agricole", "Route de Lyon", "25300 Pontarlier", ""),
        ],
    },
    "assurance": {
        "en": [
            ("Agri Assure Certification Ltd", "Hanborough Business Park", "Witney OX29 8SJ", ""),
            ("Dairy Standards Certification UK", "Stoneleigh Park", "Kenilworth CV8 2LZ", ""),
        ],
        "de": [
            ("QM-Milch Auditstelle Nord - AgriCert GmbH", "Breite Str. 4", "26122 Oldenburg", ""),
            ("Kontrollverein ökologischer Landbau Süd", "Schlossweg 2", "87435 Kempten", ""),
        ],
        "fr": [
            (
                "Charte des bonnes pratiques d'élevage - Technicien conseil",
                "Maison de l'Agriculture",
                "50009 Saint-Lô",
                "",
            ),
            (
                "Charte des bonnes pratiques d'élevage - Chambre d'agriculture de Bretagne",
                "Rond-point Maurice Le Lannou",
                "35042 Rennes",
                "",
            ),
            (
                "Comité Interprofessionnel du Comté - Contrôle",
                "Avenue de la Gare d'Eau",
                "39801 Poligny",
                "",
            ),
        ],
    },
    "landlord": {
        "en": [
            ("Brereton Estate Office", "The Old Kennels", "Brereton CW11 1RN", "01477 535 200"),
            ("Trelowarren Estate", "Estate Office", "Mawgan, Helston TR12 6AF", ""),
            ("Church Commissioners - Rural Estate", "Church House", "London SW1P 3AZ", ""),
        ],
        "de": [
            (
                "Ev.-luth. Kirchengemeinde Westerstede - Pachtverwaltung",
                "Kirchstraße 6",
                "26655 Westerstede",
                "",
            ),
            ("Kath. Pfründestiftung St. Nikolaus", "Kirchplatz 3", "87509 Immenstadt", ""),
            ("Gräflich Rantzau'sche Gutsverwaltung", "Gutshof 1", "24376 Rabenkirchen", ""),
            ("Fürstlich Salm-Horstmar'sche Rentkammer", "Schloss Varlar", "48720 Rosendahl", ""),
        ],
        "fr": [
            ("Mme Odile Hébert", "14 rue du Château", "50420 Domjean", ""),
            (
                "Indivision Le Roux",
                "c/o Me Quéré, notaire, 3 place de l'Église",
                "29400 Landivisiau",
                "",
            ),
            ("Groupement foncier agricole des Sapins", "8 Grande Rue", "25300 Pontarlier", ""),
        ],
    },
    "bank": {
        "en": [
            ("Lloyds Bank plc - Agriculture", "25 Gresham Street", "London EC2V 7HN", ""),
            ("NatWest Agriculture Team", "Eastgate House, 39 Foregate St", "Chester CH1 1HB", ""),
        ],
        "de": [
            ("Volksbank Ammerland-Süd eG", "Peterstraße 2", "26655 Westerstede", ""),
            ("Sparkasse Allgäu", "Bahnhofstraße 15", "87435 Kempten", ""),
            ("Förde Sparkasse", "Lorentzendamm 28-30", "24103 Kiel", ""),
        ],
        "fr": [
            ("Crédit Agricole Normandie", "15 esplanade Brillaud de Laujardière", "14050 Caen", ""),
            (
                "Crédit Mutuel de Bretagne - Agriculture",
                "1 rue Louis Lichou",
                "29480 Le Relecq",
                "",
            ),
            ("Crédit Agricole de Franche-Comté", "11 avenue Élisée Cusenier", "25084 Besançon", ""),
        ],
    },
    "insurer": {
        "en": [
            ("NFU Mutual - Nantwich Agency", "Churche's Mansion", "Nantwich CW5 5DG", ""),
            ("Cornish Mutual Assurance", "Chy-an-Gweal", "Truro TR4 9EY", "01872 277 151"),
        ],
        "de": [
            ("LVM Versicherung - Agentur Töllner", "Lange Straße 12", "26655 Westerstede", ""),
            ("R+V Versicherung - Landwirtschaft", "Raiffeisenplatz 1", "65189 Wiesbaden", ""),
        ],
        "fr": [
            ("Groupama Centre Manche", "10 rue Blaise Pascal", "28000 Chartres", ""),
            ("Pacifica - Assurances agricoles", "8 boulevard de Vaugirard", "75015 Paris", ""),
        ],
    },
    "knackery": {
        "en": [
            ("Leek Fallen Stock Services", "Cheadle Road", "Leek ST13 7BP", "01538 383 104"),
            ("West Country Knackery", "Hill Barton", "Okehampton EX20 1QT", ""),
        ],
        "de": [
            ("Tierkörperbeseitigung Nord GmbH", "Industriestraße 1", "49688 Lastrup", ""),
            ("Zweckverband TKB Kempten", "Kraftwerkstraße 30", "87437 Kempten", ""),
        ],
        "fr": [
            ("Atemax France - Équarrissage", "Zone d'activités", "50500 Carentan", ""),
            ("Secanim Bretagne", "ZA de Lannuguy", "29400 Landivisiau", ""),
        ],
    },
    "lab": {
        "en": [
            ("Wyvern Agricultural Laboratories", "Coopers Bridge", "Bracknell RG12 4QS", ""),
            ("Sciantec Analytical", "Main Road", "Cawood YO8 3SD", ""),
        ],
        "de": [
            ("LUFA Nord-West", "Jägerstraße 23-27", "26121 Oldenburg", ""),
            ("AGROLAB Agrar und Umwelt GmbH", "Dr.-Pauling-Str. 3", "84079 Bruckberg", ""),
        ],
        "fr": [
            ("LDAR 50 - Laboratoire départemental", "1352 avenue de Paris", "50008 Saint-Lô", ""),
            ("Laboratoire Galys", "12 rue des Osiers", "41350 Saint-Gervais-la-Forêt", ""),
        ],
    },
}

FIRSTS = {
    "en": ["Sarah", "James", "Emma", "Gareth", "Hannah", "Richard", "Rachel", "Tom", "Fiona"],
    "de": ["Andrea", "Thomas", "Julia", "Stefan", "Katrin", "Heiko", "Sabine", "Jan", "Eva"],
    "fr": ["Nathalie", "Julien", "Camille", "Olivier", "Sandrine", "Yannick", "Léa", "Hugo"],
}
LASTS = {
    "en": ["Whitaker", "Holroyd", "Bennett", "Trevena", "Gallagher", "Thornton", "Moss", "Reid"],
    "de": ["Bauer", "Schneider", "Hartmann", "Janssen", "Kaya", "Neumann", "Vogel", "Ziegler"],
    "fr": ["Lefèvre", "Morel", "Girard", "Lebrun", "Chevalier", "Guillou", "Roux", "Perrin"],
}
FEMALE = {"Sarah", "Emma", "Hannah", "Rachel", "Fiona", "Andrea", "Julia", "Katrin", "Sabine"}
FEMALE |= {"Eva", "Nathalie", "Camille", "Sandrine", "Léa"}
COWS = {
    "en": "Daisy Bluebell Primrose Clover Buttercup Poppy Meg Rosie Dolly Bella Holly Ivy Mabel "
    "Nancy Peggy Ruby Tilly Willow Hazel Bramble Lottie Snowdrop Honey Maisie Pearl",
    "de": "Berta Liesel Erna Frieda Hanni Kathi Lotte Mona Resi Sissi Gerda Wilma Alma Anni "
    "Elsa Flora Greta Heidi Ilse Lena Nora Olga Paula Rosi Trudi",
    "fr": "Marguerite Violette Noisette Capucine Reine Belle Cannelle Fauvette Framboise Galette "
    "Iris Jonquille Lilas Mirabelle Nougat Olive Perle Praline Rose Sirène Tulipe Vanille",
}
BREEDS = {
    "en": [
        "Holstein Friesian",
        "Holstein Friesian",
        "British Friesian",
        "Jersey",
        "Ayrshire",
        "Montbeliarde x",
        "Holstein x Jersey",
    ],
    "de": [
        "Holstein-Schwarzbunt",
        "Holstein-Schwarzbunt",
        "Holstein-Rotbunt",
        "Fleckvieh",
        "Braunvieh",
        "Jersey",
    ],
    "fr": [
        "Prim'Holstein",
        "Prim'Holstein",
        "Normande",
        "Montbéliarde",
        "Montbéliarde",
        "Croisé laitier",
    ],
}
BREED_CODE = {"Prim'Holstein": "66", "Normande": "56", "Montbéliarde": "46", "Croisé laitier": "39"}

TALK = {
    "en": {
        "dairy": "milk collection tanker quality butterfat protein cell count bactoscan price "
        "litres supply contract members bonus penalty sample results herd",
        "vet": "herd health mastitis lameness vaccination fertility calving dry cow therapy "
        "biosecurity protocol colostrum treatment records withdrawal medicine",
        "land": "field parcel hectares grassland maize hedges buffer strip soil nutrient plan "
        "scheme agreement actions payment inspection evidence map",
        "money": "payment invoice account statement direct debit balance terms due credit "
        "facility interest review security budget",
        "audit": "standard compliance records medicine book housing feed water welfare "
        "hygiene milking parlour traceability corrective action evidence",
        "farm": "silage clamp slurry store cubicles parlour yard tractor trailer contractor "
        "grass cut weather bales delivery bin",
    },
    "de": {
        "dairy": "Milch Anlieferung Sammelwagen Güte Fett Eiweiß Zellzahl Keimzahl Milchpreis "
        "Kilogramm Lieferordnung Mitglieder Zuschlag Abzug Probe Ergebnisse Herde",
        "vet": "Bestandsbetreuung Mastitis Lahmheit Impfung Fruchtbarkeit Abkalbung "
        "Trockenstellen Biosicherheit Kolostrum Behandlung Dokumentation Wartezeit Arzneimittel",
        "land": "Schlag Feldblock Hektar Dauergrünland Mais Knicks Gewässerrandstreifen Boden "
        "Düngebedarf Förderung Verpflichtung Auszahlung Kontrolle Nachweis Karte",
        "money": "Zahlung Rechnung Konto Auszug Lastschrift Saldo Bedingungen fällig Kredit "
        "Rahmen Zinsen Prüfung Sicherheiten Planung",
        "audit": "Kriterium Erfüllung Aufzeichnungen Bestandsbuch Haltung Futter Tränke "
        "Tierwohl Hygiene Melkstand Rückverfolgbarkeit Korrekturmaßnahme Nachweis",
        "farm": "Silo Fahrsilo Gülle Behälter Liegeboxen Melkstand Hof Schlepper Anhänger "
        "Lohnunternehmer Schnitt Wetter Ballen Lieferung Silo",
    },
    "fr": {
        "dairy": "lait collecte citerne qualité matière grasse protéines cellules germes prix "
        "litres contrat adhérents prime pénalité échantillon résultats troupeau",
        "vet": "santé troupeau mammites boiteries vaccination reproduction vêlage tarissement "
        "biosécurité colostrum traitement registre délai d'attente médicament",
        "land": "îlot parcelle hectares prairie maïs haies bande tampon sol fertilisation "
        "dossier engagement paiement contrôle justificatif plan",
        "money": "paiement facture compte relevé prélèvement solde conditions échéance crédit "
        "autorisation intérêts révision garanties prévisionnel",
        "audit": "exigence conformité registre élevage logement alimentation abreuvement "
        "bien-être hygiène traite salle traçabilité action corrective preuve",
        "farm": "silo ensilage fosse lisier logettes salle de traite cour tracteur remorque "
        "entreprise coupe météo bottes livraison cellule",
    },
}
GLUES = {
    "en": "the of and to for with on at by from this is are will be the a as we your all",
    "de": "die der das und zu für mit auf von ist sind wird bei nach den dem im wir Ihre",
    "fr": "le la les et de du pour avec sur par est sont sera au aux des une nous vos",
}


def words(rng: random.Random, lang: str, topic: str = "farm", n: int | None = None) -> str:
    pool, glue = TALK[lang][topic].split(), GLUES[lang].split()
    ws = [rng.choice(pool if rng.random() < 0.5 else glue) for _ in range(n or rng.randint(7, 15))]
    text = " ".join(ws)
    return text[0].upper() + text[1:] + "."


def prose(rng: random.Random, lang: str, topic: str = "farm", lo: int = 2, hi: int = 4) -> str:
    return " ".join(words(rng, lang, topic) for _ in range(rng.randint(lo, hi)))


# ---------------------------------------------------------------------------------------------
# The farm of a stream: its country, month, numbers and herd
# ---------------------------------------------------------------------------------------------

FARM: dict[str, object] = {"lang": "en", "row": 0, "seed": 0, "month": date(2025, 3, 1)}
#: What the previous document was about (a companion or the next of a run takes it up).
LAST: dict[str, object] = {"kind": "", "day": None, "extra": None}


@dataclass
class Cow:
    tag: str
    no: int
    name: str
    born: date
    lact: int
    breed: str
    female: bool = True


def home() -> str:
    return str(FARM["lang"])


def month() -> date:
    m = FARM["month"]
    assert isinstance(m, date)
    return m


def farm_rng(key: str) -> random.Random:
    return random.Random(zlib.crc32(f"churn/farm/{key}/{FARM['seed']}".encode()))


def keyed(who: Issuer, key: str) -> random.Random:
    """Draws fixed by the issuer, the stream's farm and ``key``: a run or a repeat keeps its
    sender."""
    text = f"churn/{key}/{who.name}/{who.street}/{who.city}/{FARM['seed']}"
    return random.Random(zlib.crc32(text.encode()))


def add_months(d: date, n: int) -> date:
    """The first of the month ``n`` months after ``d``'s."""
    k = d.year * 12 + d.month - 1 + n
    return date(k // 12, k % 12 + 1, 1)


def some_day(rng: random.Random) -> date:
    return month() + timedelta(days=rng.randint(0, 40))


def after(kinds: tuple[str, ...]) -> bool:
    return LAST["kind"] in kinds


def remember(d: date, extra: object = None) -> None:
    LAST.update(day=d, extra=extra)


def run_of(kind: str, name: str) -> object:
    """The ``extra`` the previous document left if it was a ``kind`` from ``name``."""
    ex = LAST["extra"]
    if after((kind,)) and isinstance(ex, tuple) and ex and ex[0] == name:
        return ex
    return None


def herd_size() -> int:
    return farm_rng("size").choice([68, 95, 120, 145, 180, 230])


def ids() -> dict[str, str]:
    """The farm's numbers: holding, herd, customer and scheme references."""
    r = farm_rng("ids")
    lg = home()
    if lg == "en":
        mark = f"{r.randint(100000, 799999)}"
        return {
            "holding": f"{r.randint(10, 60)}/{r.randint(100, 999)}/{r.randint(1, 9999):04d}",
            "mark": mark,
            "sbi": f"{r.randint(100000000, 129999999)}",
            "vat": f"GB {r.randint(100, 999)} {r.randint(1000, 9999)} {r.randint(10, 99)}",
            "herd": f"{r.randint(1000, 9999)}",
        }
    if lg == "de":
        land = {0: "03", 1: "09", 2: "01", 3: "05"}[int(FARM["row"])]  # type: ignore[call-overload]
        return {
            "holding": f"276 {land} {r.randint(100, 999)} {r.randint(100, 999)} "
            f"{r.randint(100, 999)}",
            "mark": land,
            "sbi": f"{land}{r.randint(1000000000, 9999999999)}",
            "vat": f"{r.randint(10, 99)}/{r.randint(100, 999)}/{r.randint(10000, 99999)}",
            "herd": f"{r.randint(10000, 99999)}",
        }
    dept = {0: "50", 1: "29", 2: "25", 3: "53"}[int(FARM["row"])]  # type: ignore[call-overload]
    return {
        "holding": f"FR {dept} {r.randint(100, 999)} {r.randint(100, 999)}",
        "mark": dept,
        "sbi": f"0{dept}{r.randint(100000, 999999)}",
        "vat": f"FR{r.randint(10, 99)} {r.randint(300, 899)} {r.randint(100, 999)} "
        f"{r.randint(100, 999)}",
        "herd": f"{r.randint(10000, 99999)}",
    }


def ear_tag(lang: str, mark: str, n: int) -> str:
    if lang == "en":
        return f"UK {mark} {n % 7 + 1} {n:05d}"
    if lang == "de":
        return f"DE {mark} {n * 7919 % 1000:03d} {n:05d}"
    return f"FR {mark} {n * 7919 % 10000:04d} {n:04d}"


_HERD: dict[int, list[Cow]] = {}


def herd() -> list[Cow]:
    """The stream's milking herd (fixed by the farm)."""
    key = int(FARM["seed"])  # type: ignore[call-overload]
    if key in _HERD:
        return _HERD[key]
    r = farm_rng("herd")
    lg = home()
    mark = ids()["mark"]
    names = COWS[lg].split()
    breeds = BREEDS[lg]
    main = breeds[r.randrange(2)]
    base = r.randint(200, 900)
    out = []
    for k in range(herd_size()):
        n = base + k * r.randint(1, 3) + r.randint(0, 1)
        born = month() - timedelta(days=r.randint(2 * 365, 9 * 365))
        out.append(
            Cow(
                tag=ear_tag(lg, mark, n * 13 % 99999),
                no=n,
                name=f"{r.choice(names)} {n}" if lg == "en" else r.choice(names),
                born=born,
                lact=max(1, (month() - born).days // 400),
                breed=main if r.random() < 0.85 else r.choice(breeds),
            )
        )
    _HERD.clear()
    _HERD[key] = out
    return out


def cows(rng: random.Random, n: int) -> list[Cow]:
    h = herd()
    return sorted(rng.sample(h, min(n, len(h))), key=lambda c: c.no)


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


def legal_lines(r: random.Random, name: str, lang: str, role: str) -> list[str]:
    if role in ("agency", "registry", "bank"):
        return []
    if lang == "de":
        bank = r.choice(
            ["Volksbank Ammerland-Süd", "Sparkasse Allgäu", "Förde Sparkasse", "DKB Agrar"]
        )
        out = [
            f"{name} - Steuer-Nr. {r.randint(100, 299)}/{r.randint(1000, 9999)}/"
            f"{r.randint(1000, 9999)}"
            + (f" - USt-IdNr. DE{r.randint(100000000, 999999999)}" if r.random() < 0.6 else ""),
            f"{bank} - IBAN DE{r.randint(10, 99)} {r.randint(1000, 9999)} {r.randint(1000, 9999)} "
            f"{r.randint(1000, 9999)} {r.randint(1000, 9999)} {r.randint(10, 99)} - BIC "
            + serial(r, "AAAAAA9A"),
        ]
        if "GmbH" in name or "AG" in name or "KG" in name:
            out.insert(
                0,
                f"Amtsgericht {r.choice(['Oldenburg', 'Kempten', 'Kiel', 'Coesfeld'])} HRB "
                f"{r.randint(1000, 99999)} - Geschäftsführung: "
                + r.choice(["Dr. Ulrike Brandes", "Markus Feldhaus", "Selin Aydin", "Jörg Kamps"]),
            )
        return out
    if lang == "fr":
        siret = (
            f"{r.randint(300, 899)} {r.randint(100, 999)} {r.randint(100, 999)} "
            f"{r.randint(10000, 99999)}"
        )
        out = [
            f"{name} - SIRET {siret} - APE "
            f"{r.choice(['0141Z', '4621Z', '7500Z', '0161Z', '4661Z', '7120B'])}"
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
    if "Ltd" in name or "plc" in name or "LLP" in name or "PLC" in name:
        out.append(f"Registered in England and Wales No. {r.randint(3000000, 13999999):08d}")
    if r.random() < 0.6:
        out.append(
            f"VAT Reg. No. GB {r.randint(100, 999)} {r.randint(1000, 9999)} {r.randint(10, 99)}"
        )
    if role in ("merchant", "fertiliser") and r.random() < 0.5:
        out.append(
            r.choice(["FEMAS certified", "UFAS registered", "AIC member", "FACTS qualified"])
        )
    return [" - ".join(out)] if out else []


def make_head(row: Row, lang: str, role: str) -> Head:
    """The paper habits of the sender ``row``: the same all through one stream."""
    name, street, town, phone = row
    r = random.Random(zlib.crc32(f"churn/head/{name}/{FARM['seed']}".encode()))
    font, bold = r.choice(FACES)
    host = "".join(c for c in name.lower().split()[0] if c.isalpha() and c.isascii())[:12]
    tld = {"en": "co.uk", "de": "de", "fr": "fr"}[lang]
    looks = LOOKS
    if role in ("agency", "registry"):
        looks = ["official"]
        font, bold = (
            ("Helvetica", "Helvetica-Bold") if r.random() < 0.6 else ("Times-Roman", "Times-Bold")
        )
    elif role in ("trimmer", "contractor"):
        looks = ["plain", "centred", "side", "centred", "band"]
    elif role == "farm":
        looks = ["plain", "centred", "side"]
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


def farm_head() -> Head:
    lang = home()
    return make_head(FARMS[lang][int(FARM["row"])], lang, "farm")  # type: ignore[call-overload]


def head_of(who: Issuer, role: str, abroad: float = 0.0) -> Head:
    """The ``role`` sender of ``who`` (the same for the same issuer and farm), of the
    farm's country or, with odds ``abroad``, of another."""
    r = keyed(who, role)
    lang = home()
    if r.random() < abroad:
        # Paid in euros: a German or French farm now and then deals with the other country.
        others = [x for x in ("de", "fr") if x != lang] if lang != "en" else []
        lang = r.choice(others) if others else lang
    rows = SENDERS[role][lang]
    if lang == home() and r.random() < 0.8:
        # Mostly the sender of the farm's own region (lists are ordered by region).
        k = REGION[lang][int(FARM["row"])]  # type: ignore[call-overload]
        if k < len(rows):
            return make_head(rows[k], lang, role)
    return make_head(r.choice(rows), lang, role)


#: The region of each farm of ``FARMS``: the index of its local sender in ``SENDERS`` lists.
REGION = {"en": [0, 1, 1, 2], "de": [0, 1, 2, 3], "fr": [0, 1, 2, 3]}


def head_row(row: Row, lang: str, role: str) -> Head:
    return make_head(row, lang, role)


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


def seal(
    p: Page, cx: float, cy: float, r: float, top: str, mid: str, font: str = "Helvetica"
) -> None:
    """A round rubber stamp: two rings, the wording on two lines inside, a star in the middle."""
    ring(p, cx, cy, r)
    ring(p, cx, cy, r - 3)
    ring(p, cx, cy, r * 0.42, 20)
    pt = shrink(top, font, 6.5, r * 1.45)
    p.text(cx, cy - r * 0.52, fit(top, font, pt, r * 1.45), font, pt, "center")
    pt2 = shrink(mid, font, 6.5, r * 1.3)
    p.text(cx, cy + r * 0.72, fit(mid, font, pt2, r * 1.3), font, pt2, "center")
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
        p.text(
            m,
            y + 15,
            SIDELINE.get(h.role, {}).get(h.lang, ""),
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


def scrawl(p: Page, x: float, y: float, name: str, pt: float = 13) -> None:
    """A handwritten signature over the baseline ``y``."""
    parts = name.replace("-", " ").replace(".", " ").split()
    parts = [t for t in parts if t not in ("Dr", "MITI", "MCIL", "BA", "MA", "M.A", "EI")] or parts
    text = f"{parts[0][0]}{parts[-1][:8]}" if len(parts) > 1 else parts[0]
    p.text(x + 2, y - 1, text, INK, pt)
    end = x + 6 + tw(text, INK, pt)
    p.line(end - 4, y - 2, end + 12, y - 9)
    p.line(x, y + 2, end - 8, y + 1)


def received(rng: random.Random, p: Page, lang: str, d: date, odds: float = 0.35) -> None:
    """Now and then the farm office's received stamp on the first page."""
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
                        "en": ["Farm office", "Office", "Accounts"],
                        "de": ["Büro", "erledigt", "Buchhaltung"],
                        "fr": ["Bureau", "Compta", "Classé"],
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
            ["Yours sincerely", "Kind regards", "Best regards", "Yours faithfully"][len(name) % 4],
            "Mit freundlichen Grüßen",
            "Veuillez agréer, Madame, Monsieur, l'expression de nos salutations distinguées.",
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
    r = random.Random(zlib.crc32(f"churn/staff/{tag}/{h.name}/{FARM['seed']}".encode()))
    return f"{r.choice(FIRSTS[h.lang])} {r.choice(LASTS[h.lang])}"


def mx(name: str, lang: str) -> str:
    """``name`` with Frau/Herr or Madame/Monsieur before it."""
    female = name.split()[0] in FEMALE
    if lang == "de":
        return f"{'Frau' if female else 'Herr'} {name}"
    if lang == "fr":
        return f"{'Madame' if female else 'Monsieur'} {name}"
    return name


def head_lines(h: Head, att: str = "") -> list[str]:
    return [h.name, *([att] if att else []), h.street, h.town]


def farm_lines(att: str = "") -> list[str]:
    return head_lines(farm_head(), att)


def farmer() -> str:
    """The partner who signs for the farm."""
    r = farm_rng("farmer")
    lg = home()
    name = FARMS[lg][int(FARM["row"])][0]  # type: ignore[call-overload]
    last = {
        "Holloway Farm Partnership": "Holloway",
        "J & E Pritchard": "Pritchard",
        "Marsh Barton Dairies Ltd": "Ellacott",
        "R. W. Atkinson & Sons": "Atkinson",
        "Milchhof Brüggemann GbR": "Brüggemann",
        "Hof Oberried - Anton Huber": "Huber",
        "Sievers Milch KG": "Sievers",
        "Landwirtschaft Kemper GbR": "Kemper",
        "GAEC du Val de Vire": "Lemaître",
        "EARL Le Bihan": "Le Bihan",
        "GAEC des Tilleuls": "Vuillemin",
        "EARL de la Prairie Haute": "Gaudin",
    }.get(name, r.choice(LASTS[lg]))
    first = "Anton" if "Anton" in name else r.choice(FIRSTS[lg])
    return f"{first} {last}"


def totals(
    f: Sheets,
    s: Style,
    lg: str,
    net: float,
    rate: float,
    label: str = "",
    note: str = "",
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
        (tr(lg, "Total due", "Rechnungsbetrag", "Total TTC" if rate else "Total net"), gross)
    )
    for k, (t, v) in enumerate(rows):
        bold = s.bold if k == len(rows) - 1 else s.font
        f.page.text(w * 0.56, f.y, t, bold, s.size)
        f.page.text(w - m, f.y, cash(v, lg), bold, s.size, "right")
        f.y += s.size * 1.5
    if note:
        f.y += 4
        write(f, s, note, s.size - 1.5)
    return gross


def vat_rate(lang: str) -> float:
    return {"en": 20.0, "de": 19.0, "fr": 20.0}[lang]


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


def copier_edge(p: Page, rng: random.Random) -> None:
    """The grey edge and shadow a photocopy of a smaller original leaves on the page."""
    w, h = p.size
    side = rng.choice(["left", "top", "both"])
    g = rng.uniform(0.35, 0.6)
    if side in ("left", "both"):
        p.rect(0, 0, rng.uniform(8, 22), h, fill=g)
    if side in ("top", "both"):
        p.rect(0, 0, w, rng.uniform(6, 16), fill=g)
    if rng.random() < 0.5:
        p.rect(w - rng.uniform(4, 12), 0, 14, h, fill=g + 0.1)


SIDELINE = {
    "farm": {
        "en": "Dairy - Arable - Farm Shop",
        "de": "Milchvieh - Ackerbau - Hofladen",
        "fr": "Lait - Cultures - Vente à la ferme",
    },
    "trimmer": {
        "en": "Cattle foot trimming - lameness control",
        "de": "Klauenpflege - Klauengesundheit",
        "fr": "Parage fonctionnel et curatif",
    },
    "contractor": {
        "en": "Silage - Slurry - Hedging - Baling",
        "de": "Häckseln - Gülle - Mähen - Pressen",
        "fr": "Ensilage - Épandage - Fauche - Pressage",
    },
    "dealer": {
        "en": "Sales - Parts - Service",
        "de": "Verkauf - Ersatzteile - Werkstatt",
        "fr": "Vente - Pièces - Atelier",
    },
    "merchant": {
        "en": "Compound feeds - Blends - Minerals",
        "de": "Mischfutter - Saatgut - Dünger - Brennstoffe",
        "fr": "Nutrition animale - Approvisionnement",
    },
    "vet": {
        "en": "Farm animal veterinary surgeons",
        "de": "Praxis für Nutztiere",
        "fr": "Médecine et chirurgie des animaux de rente",
    },
    "lab": {
        "en": "UKAS accredited testing laboratory",
        "de": "Akkreditiertes Prüflaboratorium",
        "fr": "Laboratoire accrédité COFRAC",
    },
}

# ---------------------------------------------------------------------------------------------
# Templates WW: milk buyer and milk recording
# ---------------------------------------------------------------------------------------------

#: Milk price components per country: base price per litre / kg / 1000 l.
BASE = {"en": 41.5, "de": 47.0, "fr": 455.0}


def milk_unit(lg: str) -> str:
    return tr(lg, "ppl", "ct/kg", "EUR/1000 l")


def tpl_milk_statement(rng: random.Random, who: Issuer) -> list[Page]:
    """The milk buyer's monthly milk statement: supplier number, the collections of the
    month, the quality averages, the price build-up with bonuses and penalties, levies,
    deductions for goods bought and the net payment; often a page of results per sample."""
    h = head_of(who, "dairy")
    lg = h.lang
    s = style_of(h, A4, pt=8.5)
    w, _ = s.page_size
    m = s.margin
    prev = run_of("milk_statement", h.name)
    period = add_months(prev[1], 1) if isinstance(prev, tuple) else add_months(month(), -1)
    d = add_months(period, 1) + timedelta(days=rng.randint(8, 14))
    cows_n = herd_size()
    per_day = cows_n * rng.uniform(24, 31) * (1.03 if lg == "de" else 1.0)
    supplier = serial(keyed(who, "sup"), {"en": "99999", "de": "99-9999", "fr": "999999"}[lg])
    mname = {"en": "", "de": "", "fr": ""}[lg]
    mname = day(h, period).split(" ", 1)[-1] if h.dates == "long" else short(period, lg)[3:]
    f = sheets(
        s,
        h,
        f"{h.name} - {tr(lg, 'Milk statement', 'Milchgeldabrechnung', 'Relevé de paie')} "
        f"{mname} - {supplier}",
    )
    recipient(
        f,
        s,
        h,
        farm_lines(),
        d,
        [
            (tr(lg, "Supplier no.", "Lieferanten-Nr.", "N° producteur"), supplier),
            (tr(lg, "Period", "Abrechnungsmonat", "Période"), mname),
            (tr(lg, "Statement no.", "Beleg-Nr.", "N° de relevé"), serial(rng, "9999999")),
        ],
    )
    caption(
        f,
        s,
        tr(lg, "MILK STATEMENT", "Milchgeldabrechnung", "RELEVÉ DE PAIE DU LAIT"),
        4,
    )
    # Collections: every other day (every day in Germany, every 3 days in France some months).
    step = {"en": 2, "de": 2, "fr": 3}[lg] if rng.random() < 0.7 else 1
    rows = []
    total = 0.0
    dd = period
    while dd.month == period.month:
        q = round(per_day * step * rng.uniform(0.94, 1.06))
        total += q
        rows.append(
            [
                short(dd, lg),
                serial(rng, "99999"),
                f"{q:,}".replace(",", "." if lg == "de" else " " if lg == "fr" else ","),
                num(rng.uniform(2.6, 4.2), 1, lg),
            ]
        )
        dd += timedelta(days=step)
    fat = rng.uniform(3.9, 4.5)
    prot = rng.uniform(3.25, 3.55)
    scc = rng.randint(120, 290)
    bact = rng.randint(8, 45)
    if rng.random() < 0.55 or len(rows) > 16:
        # Collections in two or three columns side by side.
        cols_n = 3 if len(rows) > 14 else 2
        per = -(-len(rows) // cols_n)
        bw = (w - 2 * m - 12 * (cols_n - 1)) / cols_n
        f.need(per * 11 + 30)
        y0 = f.y
        for c in range(cols_n):
            x = m + c * (bw + 12)
            cs = columns(x, x + bw, [(1.2, "left"), (1, "right"), (0.8, "right")])
            yy = y0
            for cc, t in zip(
                cs,
                [
                    tr(lg, "Date", "Datum", "Date"),
                    tr(lg, "Litres", "kg", "Litres"),
                    "°C",
                ],
                strict=True,
            ):
                f.page.text(cc[1] if cc[2] == "right" else cc[0], yy, t, s.bold, 7.5, cc[2])
            f.page.line(x, yy + 3, x + bw, yy + 3)
            yy += 11
            for r_ in rows[c * per : (c + 1) * per]:
                for cc, t in zip(cs, [r_[0], r_[2], r_[3]], strict=True):
                    f.page.text(cc[1] if cc[2] == "right" else cc[0], yy, t, s.font, 7.5, cc[2])
                yy += 10
        f.y = y0 + 11 + per * 10 + 12
    else:
        cols = columns(m, w - m, [(1.4, "left"), (1.2, "left"), (1.4, "right"), (1, "right")])
        table(
            f,
            cols,
            [
                tr(lg, "Collection date", "Abholdatum", "Date de collecte"),
                tr(lg, "Ticket", "Beleg", "Bon"),
                tr(lg, "Litres", "Menge kg", "Litres"),
                tr(lg, "Temp °C", "Temp. °C", "Temp. °C"),
            ],
            rows,
            s,
            size=7.5,
            step=1.35,
        )
    vol = tr(lg, "litres", "kg", "litres")
    write(
        f,
        s,
        tr(
            lg,
            f"Total supplied: {total:,.0f} {vol} in {len(rows)} collections.",
            f"Anlieferung gesamt: {money(total, lg)[:-3]} {vol} ({len(rows)} Abholungen)",
            f"Total livré : {money(total, lg)[:-3]} {vol} ({len(rows)} collectes)",
        ),
        s.size,
    )
    # Quality averages.
    f.need(60)
    qa = [
        (
            tr(lg, "Butterfat %", "Fett %", "TB g/l"),
            num(fat, 2, lg) if lg != "fr" else num(fat * 10, 1, lg),
        ),
        (
            tr(lg, "Protein %", "Eiweiß %", "TP g/l"),
            num(prot, 2, lg) if lg != "fr" else num(prot * 10, 1, lg),
        ),
        (tr(lg, "SCC ('000/ml)", "Zellzahl (Tsd./ml)", "Cellules (x1000/ml)"), str(scc)),
        (tr(lg, "Bactoscan ('000/ml)", "Keimzahl (Tsd./ml)", "Germes (x1000/ml)"), str(bact)),
    ]
    if lg == "de":
        qa.append(("Hemmstoffe", "negativ"))
    if lg == "fr":
        qa.append(("Butyriques (spores/l)", str(rng.choice([200, 400, 800, 1300]))))
    xq = m
    f.page.rect(m, f.y - 10, w - 2 * m, 28, fill=0.93)
    cw = (w - 2 * m) / len(qa)
    for k, (a, b) in enumerate(qa):
        f.page.text(xq + k * cw + 4, f.y, fit(a, s.font, 7, cw - 8), s.font, 7)
        f.page.text(xq + k * cw + 4, f.y + 11, b, s.bold, 9)
    f.y += 34
    # Price build-up.
    base = BASE[lg] + rng.uniform(-3, 3) * (10 if lg == "fr" else 1)
    div = 100 if lg != "fr" else 1000
    comp = [
        (tr(lg, "Base price", "Grundpreis (4,0 % F / 3,4 % E)", "Prix de base"), base),
        (
            tr(lg, "Butterfat adjustment", "Fettkorrektur", "Plus-value TB"),
            (fat - 4.0) * (2.6 if lg != "fr" else 28),
        ),
        (
            tr(lg, "Protein adjustment", "Eiweißkorrektur", "Plus-value TP"),
            (prot - 3.3) * (5.4 if lg != "fr" else 60),
        ),
        (
            tr(lg, "Hygienic quality bonus", "Güteklasse S Zuschlag", "Prime qualité cellules")
            if scc < 200
            else tr(lg, "SCC deduction", "Zellzahlabzug", "Pénalité cellules"),
            (0.5 if scc < 200 else -1.0) * (10 if lg == "fr" else 1),
        ),
    ]
    if lg == "en":
        comp.append(("Seasonality adjustment", rng.choice([-1.2, -0.5, 0.0, 0.75, 1.5])))
        comp.append(("Collection charge", -0.25))
    elif lg == "de":
        comp.append(("VLOG ohne Gentechnik", 1.0 if rng.random() < 0.6 else 0.0))
        comp.append(("Weidemilch-Zuschlag", 1.0 if rng.random() < 0.4 else 0.0))
    else:
        comp.append(("Prime AOP / pâturage", rng.choice([0.0, 12.0, 25.0])))
        comp.append(("Cotisation CNIEL", -2.3))
    comp = [(a, round(b, 3)) for a, b in comp if b]
    price = sum(b for _, b in comp)
    cols = columns(m, w - m, [(3.4, "left"), (1.3, "right"), (1.6, "right")])
    trows = []
    for a, b in comp:
        trows.append([a, f"{b:+.3f}" if lg == "en" else money(b, lg), money(b * total / div, lg)])
    trows.append(
        [
            tr(lg, "Milk price", "Auszahlungspreis", "Prix payé"),
            money(price, lg),
            money(price * total / div, lg),
        ]
    )
    table(
        f,
        cols,
        [
            tr(lg, "Price component", "Preisbestandteil", "Composante"),
            milk_unit(lg),
            currency_word(lg),
        ],
        trows,
        s,
        size=8,
        rules=rng.random() < 0.5,
    )
    gross = round(price * total / div, 2)
    deds = []
    if lg == "en":
        deds.append(("AHDB dairy levy", round(total * 0.00057, 2)))
        if rng.random() < 0.7:
            deds.append(("Member capital retention", round(total * 0.002, 2)))
        if rng.random() < 0.5:
            deds.append(
                (
                    "Dairy hygiene products (inv. " + serial(rng, "99999") + ")",
                    round(rng.uniform(60, 420), 2),
                )
            )
        vat_r = 0.0
    elif lg == "de":
        deds.append(("Umlage Milchprüfring", round(total * 0.00035, 2)))
        deds.append(("Genossenschaftsanteile Einbehalt", round(total * 0.001, 2)))
        if rng.random() < 0.5:
            deds.append(("Warenbezug Melkhygiene", round(rng.uniform(40, 380), 2)))
        vat_r = 7.8 if period.year >= 2025 else 9.0
    else:
        deds.append(("Acompte versé le 25", round(gross * rng.uniform(0.45, 0.6), 2)))
        if rng.random() < 0.5:
            deds.append(("Cotisation syndicale laitière", round(total * 0.0008, 2)))
        vat_r = 5.5
    f.need(90)
    f.y += 6
    yy = f.y
    lines_ = [(tr(lg, "Gross milk value", "Milchgeld netto", "Montant HT"), gross)]
    if vat_r:
        lines_.append(
            (
                tr(lg, "", f"+ MwSt. {money(vat_r, lg)} %", f"+ TVA {money(vat_r, lg)} %"),
                round(gross * vat_r / 100, 2),
            )
        )
    for a, b in deds:
        lines_.append((f"- {a}", -b))
    net = round(sum(b for _, b in lines_), 2)
    lines_.append((tr(lg, "Net payment", "Auszahlungsbetrag", "Net à payer"), net))
    for k, (a, b) in enumerate(lines_):
        bold = s.bold if k == len(lines_) - 1 else s.font
        f.page.text(w * 0.42, yy, fit(a, bold, s.size - 0.5, w * 0.36), bold, s.size - 0.5)
        f.page.text(w - m, yy, signed(b, lg), bold, s.size - 0.5, "right")
        yy += s.size * 1.45
    f.page.line(w * 0.42, yy - s.size * 2.6, w - m, yy - s.size * 2.6)
    f.y = yy + 8
    write(
        f,
        s,
        tr(
            lg,
            f"Payment will be made by BACS on {day(h, d + timedelta(days=6))} to your nominated "
            "account. Prices are subject to the terms of your milk supply agreement.",
            f"Die Gutschrift erfolgt am {day(h, d + timedelta(days=6))} auf Ihr Konto. Es gilt "
            "die Milchlieferordnung der Genossenschaft in der jeweils gültigen Fassung.",
            f"Règlement par virement le {day(h, d + timedelta(days=6))}. Paiement selon les "
            "conditions du contrat de collecte et l'accord interprofessionnel.",
        ),
        s.size - 1,
    )
    pages = f.pages
    if rng.random() < 0.65:
        # The results per sample, sometimes on a landscape page.
        land = rng.random() < 0.35
        s2 = style_of(h, landscape(A4) if land else A4, pt=8)
        w2, _ = s2.page_size
        g = sheets(s2, h, f"{h.name} - {supplier}", top=False)
        caption(
            g,
            s2,
            tr(
                lg,
                f"Milk quality results - {mname}",
                f"Untersuchungsergebnisse Milchgüte - {mname}",
                f"Résultats d'analyses - {mname}",
            ),
            2,
            rule=True,
        )
        heads_ = [
            tr(lg, "Sample date", "Probedatum", "Date"),
            tr(lg, "Fat %", "Fett %", "TB g/l"),
            tr(lg, "Protein %", "Eiweiß %", "TP g/l"),
            tr(lg, "SCC", "Zellzahl", "Cellules"),
            tr(lg, "Bactoscan", "Keimzahl", "Germes"),
            tr(lg, "Antibiotic", "Hemmstoff", "Inhibiteurs"),
        ]
        spec = [
            (1.3, "left"),
            (1, "right"),
            (1, "right"),
            (1, "right"),
            (1, "right"),
            (1.2, "center"),
        ]
        if land:
            heads_ += [
                tr(lg, "Urea mg/l", "Harnstoff", "Urée"),
                tr(lg, "FPD", "Gefrierpunkt", "Point cong."),
            ]
            spec += [(1, "right"), (1, "right")]
        srows = []
        dd = period + timedelta(days=rng.randint(0, 3))
        while dd.month == period.month:
            fx, px = fat + rng.uniform(-0.3, 0.3), prot + rng.uniform(-0.15, 0.15)
            r_ = [
                short(dd, lg),
                num(fx, 2, lg) if lg != "fr" else num(fx * 10, 1, lg),
                num(px, 2, lg) if lg != "fr" else num(px * 10, 1, lg),
                str(max(60, scc + rng.randint(-90, 120))),
                str(max(3, bact + rng.randint(-6, 30))),
                tr(lg, "Neg", "neg.", "nég."),
            ]
            if land:
                r_ += [str(rng.randint(160, 320)), num(-rng.randint(515, 530) / 1000, 3, lg)]
            srows.append(r_)
            dd += timedelta(days=rng.choice([3, 4, 5, 7]))
        table(g, columns(s2.margin, w2 - s2.margin, spec), heads_, srows, s2, rules=True)
        g.y += 8
        write(
            g,
            s2,
            tr(
                lg,
                "Rolling 3-month geometric mean Bactoscan and SCC are used for the hygienic "
                "quality bands. Results from the central testing laboratory.",
                "Die Einstufung in Güteklassen erfolgt nach der Milch-Güteverordnung "
                "(geometrisches Mittel). Untersuchung durch den Milchprüfring.",
                "Les résultats proviennent du laboratoire interprofessionnel d'analyses. "
                "Moyenne géométrique sur trois mois pour les cellules.",
            ),
            7.5,
        )
        if rng.random() < 0.4:
            g.y += 6
            caption(g, s2, tr(lg, "Members' news", "Mitteilungen", "Informations"), 0)
            write(g, s2, prose(rng, lg, "dairy", 2, 4), 8)
        pages = pages + g.pages
    received(rng, pages[0], home(), d, 0.25)
    remember(d, (h.name, period))
    return close(
        pages,
        s,
        h,
        numbers=rng.choice(["none", h.numbers, "Page {i} of {n}"]) if lg == "en" else h.numbers,
    )


def num(v: float, nd: int, lg: str) -> str:
    """``v`` with ``nd`` decimals, a decimal comma in German and French."""
    t = f"{v:.{nd}f}"
    return t.replace(".", ",") if lg != "en" else t


def signed(v: float, lg: str) -> str:
    """An amount with its currency, a deduction with a leading minus ("-£55.33")."""
    return f"-{cash(-v, lg)}" if v < 0 else cash(v, lg)


def currency_word(lg: str) -> str:
    return tr(lg, "£", "EUR", "EUR")


def tpl_quality_notice(rng: random.Random, who: Issuer) -> list[Page]:
    """The milk buyer's quality notice: the cell count or Bactoscan over the limit, the
    last months' geometric means in a table, what follows if it goes on, and a reply slip of
    the actions taken, to tick and sign."""
    h = head_of(who, "dairy")
    lg = h.lang
    d0 = (
        LAST["day"]
        if after(("milk_statement",)) and isinstance(LAST["day"], date)
        else some_day(rng)
    )
    d = d0 + timedelta(days=rng.randint(1, 9))
    s = style_of(h, A4)
    w, hh = s.page_size
    m = s.margin
    f = sheets(s, h)
    what = rng.choice(["scc", "bact"])
    recipient(
        f,
        s,
        h,
        farm_lines(),
        d,
        [
            (
                tr(lg, "Supplier no.", "Lieferanten-Nr.", "N° producteur"),
                serial(keyed(who, "sup"), "99999"),
            )
        ],
    )
    subj = {
        ("en", "scc"): "Somatic cell count - notice of exceedance",
        ("en", "bact"): "Bactoscan above the contract limit",
        ("de", "scc"): "Überschreitung des Zellzahl-Grenzwertes nach Milch-Güteverordnung",
        ("de", "bact"): "Überschreitung der Keimzahl - Ankündigung einer Liefersperre",
        ("fr", "scc"): "Alerte qualité : dépassement du seuil cellules",
        ("fr", "bact"): "Alerte qualité : germes totaux au-dessus du seuil",
    }[(lg, what)]
    f.page.text(m, f.y, fit(subj, s.bold, s.size + 0.5, w - 2 * m), s.bold, s.size + 0.5)
    f.y += 22
    fh = farmer()
    write(
        f,
        s,
        dear(
            lg, mx(fh, lg) if lg != "en" else f"{'Mrs' if fh.split()[0] in FEMALE else 'Mr'} {fh}"
        ),
    )
    limit = 400 if what == "scc" else 100
    write(f, s, prose(rng, lg, "dairy", 2, 3))
    cols = columns(m + 20, w - m - 60, [(2, "left"), (1.2, "right"), (1.2, "right")])
    trows = []
    mm = add_months(d, -4)
    for k in range(rng.choice([3, 4, 6])):
        v = int(limit * rng.uniform(0.7, 1.3)) if k < 2 else int(limit * rng.uniform(1.02, 1.5))
        trows.append(
            [
                f"{MONTHS_OF[lg][add_months(mm, k).month - 1]} {add_months(mm, k).year}",
                str(v),
                tr(lg, "over", "überschritten", "dépassé") if v > limit else "-",
            ]
        )
    table(
        f,
        cols,
        [
            tr(lg, "Month", "Monat", "Mois"),
            tr(lg, "Geo. mean ('000)", "geom. Mittel (Tsd.)", "Moyenne (x1000)"),
            tr(lg, f"Limit {limit}", f"Grenzwert {limit}", f"Seuil {limit}"),
        ],
        trows,
        s,
        rules=True,
    )
    f.y += 6
    write(
        f,
        s,
        tr(
            lg,
            "If the rolling result is not back below the limit within three months we will "
            "have to suspend collection under clause 9 of your supply agreement. Your field "
            "adviser will contact you to arrange a visit.",
            "Wird der Grenzwert auch im dritten Monat überschritten, sind wir verpflichtet, die "
            "Milchabholung einzustellen (§ 16 Milch-Güteverordnung). Unser Milcherzeugerberater "
            "meldet sich zur Terminabsprache.",
            "En l'absence d'amélioration, la collecte pourra être suspendue conformément à "
            "l'accord interprofessionnel. Votre technicien qualité prendra contact avec vous.",
        ),
    )
    regards(
        f,
        s,
        lg,
        staff(h, "quality"),
        tr(lg, "Milk Quality Team", "Qualitätsmanagement Milch", "Service qualité du lait"),
    )
    # The reply slip, on the page or on its own A5 sheet.
    slip_on_page = f.y < hh - 260
    if slip_on_page:
        p = f.page
        y = max(f.y + 10, hh - m - 230)
    else:
        p = Page(A5)
        f.pages.append(p)
        y = 50.0
    w3 = p.size[0]
    m3 = m if slip_on_page else 36
    slip_rule(
        p,
        m3,
        w3 - m3,
        y,
        tr(lg, "Please return", "Bitte zurücksenden", "Coupon-réponse à retourner"),
    )
    y += 20
    p.text(m3, y, tr(lg, "Actions taken", "Ergriffene Maßnahmen", "Actions engagées"), s.bold, 9)
    y += 14
    acts = tr(
        lg,
        "Milking machine test|Liners changed|Cows with high SCC culled or dried off|"
        "Dry cow therapy reviewed|Plant cleaning checked|Vet visit booked",
        "Melkanlage überprüft|Zitzengummis gewechselt|Hochzeller gemerzt|"
        "Trockenstellen überprüft|Reinigung kontrolliert|Tierarzt bestellt",
        "Contrôle machine à traire|Manchons changés|Réforme vaches à cellules|"
        "Tarissement revu|Nettoyage vérifié|Visite vétérinaire",
    ).split("|")
    y = ticks(
        p,
        style_of(h, p.size, margin=m3, pt=8),
        m3,
        y,
        w3 - 2 * m3,
        acts,
        set(rng.sample(range(len(acts)), rng.randint(1, 3))),
    )
    y += 6
    p.text(
        m3, y, tr(lg, "Signed", "Unterschrift", "Signature") + ": ____________________", s.font, 8.5
    )
    p.text(w3 / 2 + 20, y, tr(lg, "Date", "Datum", "Date") + ": ____________", s.font, 8.5)
    if rng.random() < 0.5:
        scrawl(p, m3 + 60, y - 3, fh, 11)
        hand(p, w3 / 2 + 60, y - 2, short(d + timedelta(days=rng.randint(3, 12)), lg), 9)
    remember(d)
    return close(f.pages, s, h, numbers="none")


MONTHS_OF = {
    "en": [
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
    ],
    "de": [
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
    ],
    "fr": [
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
    ],
}


def tpl_herd_recording(rng: random.Random, who: Issuer) -> list[Page]:
    """The milk recording organisation's test-day report: cow by cow on landscape pages
    (number, name, lactation, calving date, days in milk, yield, fat, protein, cell count,
    yield to date, notes), then a summary page of herd averages."""
    h = head_of(who, "recording")
    lg = h.lang
    s = style_of(h, landscape(A4), margin=36, pt=7.5)
    w, hh = s.page_size
    m = s.margin
    test = some_day(rng)
    d = test + timedelta(days=rng.randint(4, 10))
    herd_no = ids()["herd"]
    title = tr(
        lg,
        "Individual Cow Test Day Report",
        "Probemelkergebnis (MLP) - Einzeltierliste",
        "Résultats du contrôle laitier - liste des vaches",
    )
    herd_word = tr(lg, "Herd", "Betrieb", "Cheptel")
    head_txt = (
        f"{h.name} - {title} - {farm_head().name} - {herd_word} {herd_no} - {short(test, lg)}"
    )

    def start(p: Page, n: int) -> float:
        y = m
        if n == 1:
            y = heading(p, s, h)
            p.text(m, y, title, s.bold, 12)
            p.text(
                w - m,
                y,
                f"{farm_head().name} - {tr(lg, 'Herd', 'Betrieb', 'Cheptel')} {herd_no}",
                s.font,
                9,
                "right",
            )
            y += 14
            p.text(
                m,
                y,
                f"{tr(lg, 'Test date', 'Prüfdatum', 'Date du contrôle')}: {short(test, lg)}   "
                f"{tr(lg, 'Recording no.', 'Prüfung Nr.', 'Contrôle n°')} {rng.randint(5, 11)}   "
                f"{tr(lg, 'Milkings', 'Gemelke', 'Traites')}: 2",
                s.font,
                8,
            )
            return y + 18
        p.text(m, y - 10, fit(head_txt, s.font, 7, w - 2 * m), s.font, 7)
        p.line(m, y - 5, w - m, y - 5)
        return y + 8

    f = Sheets((w, hh), hh - m - 10, start)
    lot = [c for c in herd() if rng.random() < 0.88]
    cols = columns(
        m,
        w - m,
        [
            (0.7, "left"),
            (1.7, "left"),
            (1.5, "left"),
            (0.5, "right"),
            (1.1, "right"),
            (0.6, "right"),
            (0.9, "right"),
            (0.7, "right"),
            (0.7, "right"),
            (0.8, "right"),
            (1, "right"),
            (0.2, "left"),
            (1.6, "left"),
        ],
    )
    rows = []
    for c in lot:
        dim = rng.randint(5, 420)
        milk = max(8.0, 42 - dim * 0.05 + rng.uniform(-8, 8))
        sc = int(math.exp(rng.gauss(4.6, 0.9)))
        note = ""
        if sc > 400:
            note = tr(lg, "High SCC", "Zellzahl!", "Cellules >400")
        elif dim > 300 and rng.random() < 0.5:
            note = tr(lg, "Due to dry off", "trockenstellen", "à tarir")
        elif dim < 30 and rng.random() < 0.4:
            note = tr(lg, "Fresh calved", "frischmelkend", "fraîche vêlée")
        rows.append(
            [
                str(c.no),
                c.name if lg != "en" else c.name.split()[0],
                c.tag,
                str(c.lact),
                short(test - timedelta(days=dim), lg),
                str(dim),
                num(milk, 1, lg),
                num(rng.uniform(3.4, 5.2), 2, lg),
                num(rng.uniform(3.0, 3.9), 2, lg),
                str(sc),
                money(milk * dim * 0.9, lg)[:-3],
                "",
                note,
            ]
        )
    table(
        f,
        cols,
        [
            tr(lg, "Cow", "Nr.", "N° trav."),
            tr(lg, "Name", "Name", "Nom"),
            tr(lg, "Ear tag", "Ohrmarke", "N° national"),
            tr(lg, "Lac", "Lak", "Lac"),
            tr(lg, "Calved", "Kalbung", "Vêlage"),
            tr(lg, "DIM", "Mtage", "JL"),
            tr(lg, "Milk kg", "Milch kg", "Lait kg"),
            tr(lg, "Fat %", "Fett %", "TB %"),
            tr(lg, "Prot %", "Eiw. %", "TP %"),
            tr(lg, "SCC", "ZZ", "Cell."),
            tr(lg, "Yield to date", "Leistung lfd.", "Lait cumulé"),
            "",
            tr(lg, "Notes", "Hinweis", "Remarque"),
        ],
        rows,
        s,
        size=7,
        step=1.5,
        shade=0.88,
    )
    pages = f.pages
    # The summary page, portrait.
    s2 = style_of(h, A4, pt=8.5)
    w2, _ = A4
    g = sheets(s2, h, head_txt, top=rng.random() < 0.5)
    caption(
        g,
        s2,
        tr(lg, "Herd summary", "Betriebsübersicht / Herdendurchschnitt", "Synthèse troupeau"),
        3,
        rule=True,
    )
    summ = [
        (tr(lg, "Cows in milk", "Melkende Kühe", "Vaches en lait"), str(len(lot))),
        (
            tr(lg, "Average yield kg/day", "Ø Tagesgemelk kg", "Lait moyen kg/j"),
            num(rng.uniform(26, 36), 1, lg),
        ),
        (tr(lg, "Average fat %", "Ø Fett %", "TB moyen %"), num(rng.uniform(3.9, 4.4), 2, lg)),
        (
            tr(lg, "Average protein %", "Ø Eiweiß %", "TP moyen %"),
            num(rng.uniform(3.3, 3.5), 2, lg),
        ),
        (
            tr(lg, "Herd SCC ('000)", "Herdenzellzahl (Tsd.)", "Cellules troupeau"),
            str(rng.randint(140, 320)),
        ),
        (
            tr(lg, "305-day yield (rolling)", "305-Tage-Leistung (gleitend)", "Lait en 305 j"),
            f"{rng.randint(7800, 10900)}",
        ),
        (
            tr(lg, "Calving interval (days)", "Zwischenkalbezeit (Tage)", "IVV (jours)"),
            str(rng.randint(380, 430)),
        ),
        (
            tr(lg, "Cows > 200,000 SCC", "Kühe > 200.000 Zellen", "Vaches > 300 000"),
            f"{rng.randint(8, 30)} %",
        ),
        (
            tr(lg, "Fat:protein ratio < 1.0", "Fett-Eiweiß-Quotient < 1,0", "Rapport TB/TP < 1"),
            f"{rng.randint(2, 14)} %",
        ),
    ]
    g.y = pairs(g.page, s2, s2.margin, g.y, summ, w2 * 0.62, 9) + 10
    if rng.random() < 0.6:
        caption(
            g,
            s2,
            tr(
                lg,
                "Comparison with previous recordings",
                "Entwicklung der letzten Prüfungen",
                "Évolution",
            ),
            1,
        )
        hist = []
        for k in range(6, 0, -1):
            mm_ = add_months(test, -k)
            hist.append(
                [
                    f"{MONTHS_OF[lg][mm_.month - 1][:3]} {mm_.year % 100}",
                    num(rng.uniform(26, 36), 1, lg),
                    num(rng.uniform(3.9, 4.4), 2, lg),
                    num(rng.uniform(3.25, 3.5), 2, lg),
                    str(rng.randint(140, 320)),
                ]
            )
        table(
            g,
            columns(
                s2.margin,
                w2 - s2.margin,
                [(1.2, "left"), (1, "right"), (1, "right"), (1, "right"), (1, "right")],
            ),
            [
                tr(lg, "Month", "Monat", "Mois"),
                "kg",
                tr(lg, "Fat", "Fett", "TB"),
                tr(lg, "Prot", "Eiweiß", "TP"),
                tr(lg, "SCC", "ZZ", "Cell."),
            ],
            hist,
            s2,
            rules=True,
        )
    write(g, s2, prose(rng, lg, "dairy", 1, 2), 7.5)
    pages = pages + g.pages
    n = len(pages)
    for k, p in enumerate(pages, 1):
        pw, ph = p.size
        p.text(
            pw - 36,
            ph - 20,
            tr(lg, f"Page {k} of {n}", f"Seite {k} von {n}", f"Page {k}/{n}"),
            s.font,
            7,
            "right",
        )
    received(rng, pages[-1], home(), d, 0.15)
    remember(d)
    return close(pages, s, h, numbers="none")


# ---------------------------------------------------------------------------------------------
# Templates WW: feed and fertiliser
# ---------------------------------------------------------------------------------------------

FEEDS = {
    "en": [
        ("Dairy 18% High Energy Nut", 318.0),
        ("Dairy 20% Protein Blend", 305.0),
        ("Rolled Barley", 212.0),
        ("Soya Hulls", 198.0),
        ("Hi-Pro Soya 48", 402.0),
        ("Molasses (bulk)", 185.0),
        ("Calf Rearer Nut 18%", 365.0),
        ("Dry Cow Mineral (25 kg)", 1120.0),
    ],
    "de": [
        ("MLF 18/4 Milchleistungsfutter", 335.0),
        ("Ausgleichsfutter 38/3 GVO-frei", 428.0),
        ("Rapsextraktionsschrot", 318.0),
        ("Weizen gequetscht", 224.0),
        ("Melasseschnitzel pelletiert", 262.0),
        ("Mineralfutter Rind 25 kg", 1180.0),
        ("Kälberaufzuchtfutter KAF 18", 395.0),
    ],
    "fr": [
        ("Correcteur azoté 40 % tanné", 452.0),
        ("VL 4 l production", 342.0),
        ("Tourteau de colza", 322.0),
        ("Maïs grain aplati", 228.0),
        ("Minéral VL 7-21 seau", 1240.0),
        ("Aliment veaux démarrage", 410.0),
    ],
}
FEED_TERMS = {
    "en": [
        "Orders",
        "Prices",
        "Delivery",
        "Access and bins",
        "Weights",
        "Risk and title",
        "Payment",
        "Interest",
        "Claims",
        "Statutory statements",
        "Liability",
        "Law",
    ],
    "de": [
        "Geltung",
        "Angebote",
        "Lieferung",
        "Zufahrt und Silos",
        "Gewichte",
        "Eigentumsvorbehalt",
        "Zahlung",
        "Verzug",
        "Mängelrügen",
        "Futtermittelrecht",
        "Haftung",
        "Gerichtsstand",
    ],
    "fr": [
        "Commandes",
        "Prix",
        "Livraison",
        "Accès et cellules",
        "Pesées",
        "Réserve de propriété",
        "Paiement",
        "Pénalités",
        "Réclamations",
        "Étiquetage",
        "Responsabilité",
        "Juridiction",
    ],
}


def feed_vat(lg: str) -> float:
    return {"en": 0.0, "de": 7.0, "fr": 10.0}[lg]


def account_no(who: Issuer, role: str) -> str:
    return serial(keyed(who, f"acct-{role}"), "999999")


def tpl_feed_invoice(rng: random.Random, who: Issuer) -> list[Page]:
    """The feed merchant's invoice over the month's deliveries: ticket numbers, products,
    tonnes and price per tonne, the VAT of feed, direct debit date; now and then the
    conditions of sale on the back."""
    h = head_of(who, "merchant")
    lg = h.lang
    s = style_of(h, LETTER if lg == "en" and keyed(who, "size").random() < 0.2 else A4)
    w, _ = s.page_size
    m = s.margin
    ex = run_of("bulk_ticket", h.name)
    d = (
        (LAST["day"] + timedelta(days=rng.randint(2, 12)))
        if ex and isinstance(LAST["day"], date)
        else add_months(month(), 1) + timedelta(days=rng.randint(0, 5))
    )
    inv = serial(rng, rng.choice(["SI999999", "99999999", "RE 999999", "FA99-99999"]))
    f = sheets(s, h, f"{h.name} - {tr(lg, 'Invoice', 'Rechnung', 'Facture')} {inv}")
    recipient(
        f,
        s,
        h,
        farm_lines(),
        d,
        [
            (tr(lg, "Account", "Kunden-Nr.", "N° adhérent"), account_no(who, "merchant")),
            (tr(lg, "Invoice no.", "Rechnungs-Nr.", "Facture n°"), inv),
            (
                tr(lg, "Tax point", "Leistungszeitraum", "Période"),
                MONTHS_OF[lg][add_months(d, -1).month - 1],
            ),
        ],
    )
    caption(f, s, tr(lg, "INVOICE", "RECHNUNG", "FACTURE"), 4)
    feeds = FEEDS[lg]
    r = keyed(who, "feeds")
    mine = r.sample(feeds, r.randint(2, 4))
    rows = []
    net = 0.0
    n = rng.choice([3, 5, 8, 11, 16])
    start = add_months(d, -1)
    tickets = []
    if ex and isinstance(ex, tuple):
        tickets.append((ex[2], ex[3], ex[4], ex[5]))
    for k in range(n - len(tickets)):
        prod, pr = rng.choice(mine)
        t_ = round(rng.choice([2.0, 3.0, 4.0, 5.0, 6.5, 8.0, 10.0]) + rng.uniform(-0.2, 0.2), 2)
        tickets.append((start + timedelta(days=int(k * 27 / n)), serial(rng, "999999"), prod, t_))
    for dd, tk, prod, t_ in sorted(tickets, key=lambda x: x[0]):
        pr = dict(feeds).get(prod, 300.0)
        v = round(t_ * pr, 2)
        net += v
        rows.append(
            [
                short(dd, lg),
                tk,
                prod,
                f"{t_:.2f}".replace(".", "," if lg != "en" else "."),
                money(pr, lg),
                money(v, lg),
                "Z" if lg == "en" else f"{feed_vat(lg):g}",
            ]
        )
    cols = columns(
        m,
        w - m,
        [
            (1.1, "left"),
            (1, "left"),
            (3, "left"),
            (0.8, "right"),
            (1, "right"),
            (1.2, "right"),
            (0.4, "center"),
        ],
    )
    table(
        f,
        cols,
        [
            tr(lg, "Date", "Datum", "Date"),
            tr(lg, "Ticket", "Lieferschein", "BL n°"),
            tr(lg, "Product", "Artikel", "Article"),
            "t",
            tr(lg, "£/t", "EUR/t", "EUR/t"),
            tr(lg, "Value", "Betrag", "Montant"),
            tr(lg, "VAT", "USt", "TVA"),
        ],
        rows,
        s,
        size=8,
        rules=rng.random() < 0.4,
    )
    gross = totals(
        f,
        s,
        lg,
        round(net, 2),
        feed_vat(lg),
        note="VAT code Z: zero rated animal feed." if lg == "en" else "",
    )
    write(
        f,
        s,
        tr(
            lg,
            f"Amount of {cash(gross, lg)} will be collected by Direct Debit on or after "
            f"{day(h, d + timedelta(days=20))}.",
            f"Der Betrag von {cash(gross, lg)} wird am {day(h, d + timedelta(days=20))} per "
            "SEPA-Lastschrift von Ihrem Konto eingezogen (Mandatsreferenz "
            + serial(keyed(who, "mandat"), "RWG-99999")
            + ").",
            f"Montant de {cash(gross, lg)} prélevé sur votre compte adhérent le "
            f"{day(h, d + timedelta(days=20))}.",
        ),
        s.size - 1,
    )
    if lg == "de" and rng.random() < 0.5:
        write(f, s, "Bei Zahlung bis zum Fälligkeitstag 2 % Skonto.", s.size - 1)
    pages = close(f.pages, s, h)
    if keyed(who, "terms").random() < 0.45:
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
                FEED_TERMS[lg],
            )
        )
    received(rng, pages[0], home(), d, 0.3)
    remember(d)
    return pages


DECLS = {
    "en": (
        "Compound feed for dairy cows",
        "Crude protein",
        "Crude oil",
        "Crude fibre",
        "Crude ash",
        "Composition: wheatfeed, rapeseed meal, maize distillers, sugar beet pulp, palm kernel, "
        "molasses, calcium carbonate, salt.",
    ),
    "de": (
        "Milchleistungsfutter für Milchkühe",
        "Rohprotein",
        "Rohfett",
        "Rohfaser",
        "Rohasche",
        "Zusammensetzung: Weizenkleie, Rapsextraktionsschrot, Maiskleberfutter, "
        "Zuckerrübenschnitzel, Melasse, Calciumcarbonat, Natriumchlorid.",
    ),
    "fr": (
        "Aliment complémentaire pour vaches laitières",
        "Protéine brute",
        "Matières grasses",
        "Cellulose brute",
        "Cendres brutes",
        "Composition : tourteau de colza, blé, pulpe de betterave, drêches de maïs, "
        "mélasse, carbonate de calcium, sel.",
    ),
}


def tpl_bulk_ticket(rng: random.Random, who: Issuer) -> list[Page]:
    """A bulk delivery ticket from the blower lorry, printed on a narrow slip: ticket number,
    product, bin, weighbridge gross, tare and net, the driver and the statutory statement of
    the feed; signed for in the yard or left in the box."""
    h = head_of(who, "merchant")
    lg = h.lang
    prev = run_of("bulk_ticket", h.name)
    d = prev[2] + timedelta(days=rng.randint(3, 9)) if isinstance(prev, tuple) else some_day(rng)
    size = SLIP if keyed(who, "slip").random() < 0.7 else A5
    s = style_of(h, size, margin=18 if size == SLIP else 32, pt=7.5)
    w, hh = size
    m = s.margin
    p = Page(size)
    y = heading(p, s, h)
    p.text(
        w / 2,
        y,
        tr(lg, "BULK DELIVERY TICKET", "LIEFERSCHEIN LOSE WARE", "BON DE LIVRAISON VRAC"),
        s.bold,
        10,
        "center",
    )
    y += 14
    tk = serial(rng, "999999")
    feeds = FEEDS[lg]
    prod = rng.choice(keyed(who, "feeds").sample(feeds, 3))[0]
    tare = round(rng.uniform(11.2, 13.4), 2)
    net = round(rng.choice([4.0, 6.0, 8.0, 10.0, 12.0]) + rng.uniform(-0.3, 0.3), 2)
    farm = farm_head()
    items = [
        (tr(lg, "Ticket no.", "Lieferschein-Nr.", "N° bon"), tk),
        (tr(lg, "Date", "Datum", "Date"), short(d, lg)),
        (tr(lg, "Time", "Uhrzeit", "Heure"), f"{rng.randint(6, 16):02d}:{rng.randint(0, 59):02d}"),
        (tr(lg, "Account", "Kunde", "Adhérent"), account_no(who, "merchant")),
        (tr(lg, "Customer", "Empfänger", "Client"), farm.name),
        (tr(lg, "Deliver to", "Lieferort", "Lieu"), farm.street),
        (tr(lg, "Product", "Artikel", "Article"), prod),
        (tr(lg, "Bin", "Silo", "Cellule"), rng.choice(["1", "2", "3", "4", "Nut bin", "Shed"])),
        (
            tr(lg, "Vehicle", "Fahrzeug", "Véhicule"),
            serial(rng, {"en": "AA99 AAA", "de": "AA-A 999", "fr": "AA-999-AA"}[lg]),
        ),
        (
            tr(lg, "Driver", "Fahrer", "Chauffeur"),
            staff(h, f"driver{rng.randint(1, 3)}").split()[0],
        ),
    ]
    y = pairs(p, s, m, y, items, w - m, 7.5) + 4
    p.line(m, y - 4, w - m, y - 4)
    wts = [
        (tr(lg, "Gross", "Brutto", "Brut"), f"{num(tare + net, 2, lg)} t"),
        (tr(lg, "Tare", "Tara", "Tare"), f"{num(tare, 2, lg)} t"),
        (tr(lg, "NET", "NETTO", "NET"), f"{num(net, 2, lg)} t"),
    ]
    y = pairs(p, s, m, y + 6, wts, w - m, 8.5) + 4
    p.line(m, y - 4, w - m, y - 4)
    dec = DECLS[lg]
    y += 6
    p.text(m, y, fit(dec[0], s.bold, 7, w - 2 * m), s.bold, 7)
    y += 9
    vals = " - ".join(
        f"{t} {num(v, 1, lg)} %"
        for t, v in zip(
            dec[1:5],
            [
                rng.choice([18.0, 19.0, 20.0, 38.0]),
                rng.uniform(3, 6),
                rng.uniform(6, 12),
                rng.uniform(6, 9),
            ],
            strict=True,
        )
    )
    for ln in wrap(vals + " " + dec[5], s.font, 6.2, w - 2 * m):
        if y > hh - 90:
            break
        p.text(m, y, ln, s.font, 6.2)
        y += 7.4
    y = max(y + 10, hh - 80)
    p.text(m, y, tr(lg, "Received by", "Empfangen", "Reçu par"), s.font, 7)
    p.line(m + 50, y + 2, w - m, y + 2)
    if rng.random() < 0.6:
        scrawl(p, m + 56, y - 1, farmer(), 10)
    else:
        hand(
            p,
            m + 54,
            y - 2,
            tr(lg, "cust. not present", "Kunde nicht da", "client absent"),
            8,
            w - 2 * m - 60,
        )
    p.text(
        m,
        y + 18,
        fit(tr(lg, "Customer copy", "Kundenexemplar", "Exemplaire client"), s.font, 6.5, w - 2 * m),
        s.font,
        6.5,
    )
    remember(d, (h.name, tk, d, tk, prod, net))
    return [p]


FERTS = {
    "en": [
        ("Nitram AN 34.5% N", 395.0),
        ("Double Top 27N+30SO3", 372.0),
        ("NPK 20-10-10", 410.0),
        ("Urea 46% N (protected)", 455.0),
        ("Muriate of Potash 60%", 390.0),
    ],
    "de": [
        ("KAS 27 % N", 318.0),
        ("Harnstoff 46 % N", 445.0),
        ("ASS 26 % N + 13 % S", 335.0),
        ("NPK 15/15/15", 428.0),
        ("Kornkali 40 % K2O", 368.0),
    ],
    "fr": [
        ("Ammonitrate 33,5", 380.0),
        ("Solution azotée 39", 320.0),
        ("Urée 46", 448.0),
        ("NPK 15-15-15", 432.0),
        ("Chlorure de potasse 60", 395.0),
    ],
}


def tpl_fertiliser_contract(rng: random.Random, who: Issuer) -> list[Page]:
    """The fertiliser merchant's contract confirmation: products, tonnes, price per tonne,
    the delivery window and payment terms; the conditions on a second page and the copy to
    sign and return."""
    h = head_of(who, "fertiliser", abroad=0.1)
    lg = h.lang
    s = style_of(h, A4)
    w, _ = s.page_size
    m = s.margin
    d = some_day(rng)
    no = serial(rng, rng.choice(["FC-99999", "K 999999", "CT99/9999"]))
    f = sheets(s, h, f"{h.name} - {tr(lg, 'Contract', 'Kontrakt', 'Contrat')} {no}")
    recipient(
        f,
        s,
        h,
        farm_lines(),
        d,
        [
            (tr(lg, "Contract no.", "Kontrakt-Nr.", "Contrat n°"), no),
            (tr(lg, "Customer", "Kunden-Nr.", "Client"), account_no(who, "fert")),
        ],
    )
    caption(
        f,
        s,
        tr(
            lg,
            "CONTRACT CONFIRMATION",
            "KONTRAKTBESTÄTIGUNG DÜNGEMITTEL",
            "CONFIRMATION DE CONTRAT - ENGRAIS",
        ),
        3,
    )
    write(
        f,
        s,
        tr(
            lg,
            "We are pleased to confirm the following purchase made by telephone:",
            "Wir bestätigen Ihnen den telefonisch vereinbarten Kauf wie folgt:",
            "Nous vous confirmons l'achat suivant, conclu par téléphone :",
        ),
    )
    rows = []
    net = 0.0
    for prod, pr in rng.sample(FERTS[lg], rng.randint(1, 3)):
        t_ = rng.choice([8, 10, 12, 16, 20, 24, 30])
        p_ = pr + rng.uniform(-25, 25)
        net += t_ * p_
        rows.append(
            [
                prod,
                f"{t_}",
                tr(lg, "600 kg bags", "lose / Big Bag", "big-bag 600 kg"),
                money(p_, lg),
                money(t_ * p_, lg),
            ]
        )
    table(
        f,
        columns(
            m, w - m, [(3, "left"), (0.8, "center"), (1.6, "left"), (1.1, "right"), (1.3, "right")]
        ),
        [
            tr(lg, "Product", "Produkt", "Produit"),
            "t",
            tr(lg, "Packing", "Gebinde", "Conditionnement"),
            tr(lg, "Price/t", "Preis/t", "Prix/t"),
            tr(lg, "Value", "Wert", "Montant"),
        ],
        rows,
        s,
        rules=True,
    )
    totals(f, s, lg, round(net, 2), {"en": 20.0, "de": 19.0, "fr": 10.0}[lg])
    win0 = add_months(d, rng.randint(1, 4))
    f.y = (
        pairs(
            f.page,
            s,
            m,
            f.y + 6,
            [
                (
                    tr(lg, "Delivery period", "Lieferzeitraum", "Période de livraison"),
                    f"{short(win0, lg)} - {short(add_months(win0, 2) - timedelta(days=1), lg)}",
                ),
                (
                    tr(lg, "Delivered to", "Lieferung frei", "Livraison"),
                    tr(lg, "farm, tipper access required", "Hof, Abkippstelle", "rendu ferme"),
                ),
                (
                    tr(lg, "Payment", "Zahlung", "Règlement"),
                    tr(
                        lg,
                        "31 March following delivery",
                        "30 Tage netto ab Lieferung",
                        "échéance 30/06, escompte si comptant",
                    ),
                ),
            ],
            w - m,
        )
        + 10
    )
    write(f, s, prose(rng, lg, "money", 1, 2), s.size - 1)
    regards(
        f,
        s,
        lg,
        staff(h, "sales"),
        tr(lg, "Arable Sales", "Agrarvertrieb Dünger", "Service approvisionnement"),
    )
    pages = close(f.pages, s, h)
    if rng.random() < 0.6:
        pages.append(
            small_print(
                rng,
                s,
                h,
                tr(
                    lg,
                    "Terms and Conditions of Contract",
                    "Kontraktbedingungen",
                    "Conditions du contrat",
                ),
                FEED_TERMS[lg][:10],
            )
        )
    if rng.random() < 0.55:
        # The copy to sign and return.
        q = Page(A4)
        yq = heading(q, s, h)
        q.text(
            m,
            yq,
            tr(
                lg,
                "CUSTOMER COPY - PLEASE SIGN AND RETURN",
                "RÜCKBESTÄTIGUNG - bitte unterschrieben zurück",
                "EXEMPLAIRE À RETOURNER SIGNÉ",
            ),
            s.bold,
            10,
        )
        yq += 18
        yq = (
            pairs(
                q,
                s,
                m,
                yq,
                [
                    (tr(lg, "Contract no.", "Kontrakt-Nr.", "Contrat n°"), no),
                    (tr(lg, "Customer", "Kunde", "Client"), farm_head().name),
                    (tr(lg, "Date of contract", "Kontraktdatum", "Date"), short(d, lg)),
                ],
                w - m,
            )
            + 8
        )
        for r_ in rows:
            q.text(
                m + 10,
                yq,
                fit(f"{r_[1]} t  {r_[0]}  @ {r_[3]}", s.font, 9, w - 2 * m - 10),
                s.font,
                9,
            )
            yq += 13
        yq += 16
        yq = text_plain(
            q,
            s,
            m,
            yq,
            w - 2 * m,
            tr(
                lg,
                "I confirm the above purchase on the terms overleaf.",
                "Ich bestätige den Kauf zu den umseitigen Bedingungen.",
                "Je confirme l'achat aux conditions ci-jointes.",
            ),
        )
        yq += 30
        q.line(m, yq, m + 180, yq)
        q.line(w - m - 150, yq, w - m, yq)
        q.text(m, yq + 10, tr(lg, "Signature", "Unterschrift", "Signature"), s.font, 7.5)
        q.text(w - m - 150, yq + 10, tr(lg, "Date", "Datum", "Date"), s.font, 7.5)
        if rng.random() < 0.6:
            scrawl(q, m + 10, yq - 3, farmer())
            hand(q, w - m - 140, yq - 4, short(d + timedelta(days=rng.randint(2, 8)), lg))
        pages.append(q)
    received(rng, pages[0], home(), d, 0.3)
    remember(d)
    return pages


def text_plain(
    p: Page, s: Style, x: float, y: float, width: float, text: str, pt: float = 0
) -> float:
    pt = pt or s.size
    for ln in wrap(text, s.font, pt, width):
        p.text(x, y, ln, s.font, pt)
        y += pt * 1.4
    return y


# ---------------------------------------------------------------------------------------------
# Templates WW: vet, foot trimmer, cattle papers
# ---------------------------------------------------------------------------------------------

DISEASES = {
    "en": [
        ("BVD", "Bovilis BVD", "Annual booster, all breeding stock"),
        ("IBR", "Bovilis IBR Marker Live", "Every 6 months, whole herd"),
        ("Leptospirosis", "Leptavoid-H", "Annual booster, March"),
        ("Clostridial diseases", "Bravoxin 10", "Youngstock at 3 months + booster"),
        ("Pneumonia (RSV/PI3)", "Rispoval RS+PI3 IntraNasal", "Calves from 1 week"),
    ],
    "de": [
        ("BVD", "Bovela", "jährlich, alle Zuchttiere"),
        ("BHV1", "Bovilis IBR Marker inaktiviert", "halbjährlich, gesamter Bestand"),
        ("Grippe (RSV/PI3)", "Rispoval RS+PI3 IntraNasal", "Kälber ab 1. Lebenswoche"),
        ("Clostridien", "Covexin 10", "Jungrinder, Wiederholung nach 4-6 Wochen"),
        ("Rota/Corona/E. coli", "Rotavec Corona", "Muttertierimpfung vor Kalbung"),
    ],
    "fr": [
        ("BVD", "Bovela", "rappel annuel, reproductrices"),
        ("IBR", "Rispoval IBR-Marker", "semestriel, tout le troupeau"),
        ("Entérotoxémies", "Miloxan", "génisses, rappel annuel"),
        ("Diarrhées néonatales", "Rotavec Corona", "vaches 3 à 12 semaines avant vêlage"),
        ("Grippe (RSV/PI3)", "Rispoval RS+PI3", "veaux dès 10 jours"),
    ],
}
KPIS = {
    "en": [
        "Calving interval (days)",
        "Submission rate %",
        "Conception rate %",
        "Mastitis cases /100 cows/yr",
        "Lameness prevalence % (mobility score 2-3)",
        "Calf mortality 0-3 months %",
        "Replacement rate %",
        "Bulk SCC ('000)",
    ],
    "de": [
        "Zwischenkalbezeit (Tage)",
        "Brunstnutzungsrate %",
        "Trächtigkeitsrate %",
        "Mastitisfälle /100 Kühe/Jahr",
        "Lahmheitsprävalenz %",
        "Kälberverluste 0-3 Monate %",
        "Remontierungsrate %",
        "Tankzellzahl (Tsd.)",
    ],
    "fr": [
        "IVV (jours)",
        "Taux de détection des chaleurs %",
        "Taux de réussite IA1 %",
        "Mammites cliniques /100 VL/an",
        "Boiteries % (score 2-3)",
        "Mortalité veaux 0-3 mois %",
        "Taux de renouvellement %",
        "Cellules tank (x1000)",
    ],
}


def tpl_herd_health_plan(rng: random.Random, who: Issuer) -> list[Page]:
    """The vet's herd health plan or its annual review (Bestandsbetreuungsprotokoll, bilan
    sanitaire d'élevage with the protocole de soins): a cover page, the disease status and
    vaccination tables, the performance targets, protocols, and a signature page for vet and
    farmer."""
    h = head_of(who, "vet")
    lg = h.lang
    s = style_of(h, A4, pt=9)
    w, hh = s.page_size
    m = s.margin
    d = (
        (LAST["day"] + timedelta(days=rng.randint(5, 25)))
        if after(("assurance_audit",)) and isinstance(LAST["day"], date)
        else some_day(rng)
    )
    vet = staff(h, "vet")
    vetname = (
        f"{vet} {tr(lg, 'BVSc MRCVS', 'Tierarzt', 'Dr vétérinaire')}"
        if lg == "en"
        else (f"Dr. med. vet. {vet}" if lg == "de" else f"Dr {vet}")
    )
    title = tr(
        lg,
        "Herd Health Plan - Annual Review",
        "Bestandsbetreuung Milchvieh - Herdengesundheitsplan",
        "Bilan sanitaire d'élevage et protocole de soins",
    )
    farm = farm_head()
    pages: list[Page] = []
    # Cover sheet.
    c = Page(A4)
    y = heading(c, s, h)
    y += 90
    c.text(
        w / 2,
        y,
        fit(title, s.bold, 17, w - 2 * m),
        s.bold,
        shrink(title, s.bold, 17, w - 2 * m),
        "center",
    )
    y += 40
    for a, b in [
        (tr(lg, "Farm", "Betrieb", "Élevage"), farm.name),
        (tr(lg, "Holding", "Registriernummer", "N° EDE"), ids()["holding"]),
        (
            tr(lg, "Herd", "Bestand", "Cheptel"),
            f"{herd_size()} {tr(lg, 'milking cows', 'Milchkühe', 'vaches laitières')}",
        ),
        (tr(lg, "Veterinary surgeon", "Betreuender Tierarzt", "Vétérinaire"), vetname),
        (tr(lg, "Date of review", "Datum", "Date du bilan"), day(h, d)),
        (
            tr(lg, "Next review due", "Nächste Überprüfung", "Prochain bilan"),
            day(h, d + timedelta(days=365)),
        ),
    ]:
        c.text(w / 2 - 10, y, a, s.font, 10, "right")
        c.text(w / 2 + 10, y, fit(b, s.bold, 10, w / 2 - m - 10), s.bold, 10)
        y += 18
    if rng.random() < 0.5:
        c.text(
            w / 2,
            hh - 110,
            tr(
                lg,
                "Prepared for farm assurance and milk buyer requirements",
                "Gemäß QM-Milch und Tierarzneimittelgesetz",
                "Conforme à l'arrêté du 24 avril 2007 (prescription hors examen clinique)",
            ),
            italic_of(s.font),
            8,
            "center",
        )
    pages.append(c)
    f = sheets(s, h, f"{farm.name} - {title} - {short(d, lg)}")
    caption(
        f,
        s,
        tr(lg, "1. Disease status", "1. Seuchen- und Gesundheitsstatus", "1. Statut sanitaire"),
        1.5,
        rule=True,
    )
    stat = [
        [
            tr(lg, "TB", "Tuberkulose", "Tuberculose"),
            tr(lg, "4-yearly test, last clear", "amtlich anerkannt frei", "indemne"),
        ],
        [
            "BVD",
            tr(
                lg,
                "Tag & test, 0 PI in last 12 months",
                "BVDV-unverdächtig",
                "non infecté (bovin sain)",
            ),
        ],
        [
            tr(lg, "IBR", "BHV1", "IBR"),
            tr(lg, "Vaccinated, bulk milk positive", "BHV1-frei (Art. 20)", "indemne A"),
        ],
        [
            tr(lg, "Johne's", "Paratuberkulose", "Paratuberculose"),
            tr(
                lg, "Quarterly milk ELISA, 3 positives", "Monitoring Tankmilch", "suivi sérologique"
            ),
        ],
        [
            tr(lg, "Leptospirosis", "Leptospirose", "Néosporose"),
            tr(lg, "Vaccinated", "nicht untersucht", "2 séropositives"),
        ],
    ]
    table(
        f,
        columns(m, w - m, [(1.3, "left"), (3, "left")]),
        [
            tr(lg, "Disease", "Krankheit", "Maladie"),
            tr(lg, "Status / monitoring", "Status / Überwachung", "Statut / surveillance"),
        ],
        stat,
        s,
        rules=True,
    )
    caption(
        f,
        s,
        tr(lg, "2. Vaccination protocol", "2. Impfprogramm", "2. Plan de vaccination"),
        1.5,
        rule=True,
    )
    vac = [[a, b, c_] for a, b, c_ in rng.sample(DISEASES[lg], rng.randint(3, 5))]
    table(
        f,
        columns(m, w - m, [(1.3, "left"), (1.8, "left"), (2.6, "left")]),
        [
            tr(lg, "Disease", "Erkrankung", "Maladie"),
            tr(lg, "Vaccine", "Impfstoff", "Vaccin"),
            tr(lg, "Animals and timing", "Tiergruppe / Zeitpunkt", "Animaux et période"),
        ],
        vac,
        s,
        rules=True,
    )
    caption(
        f,
        s,
        tr(
            lg,
            "3. Performance and targets",
            "3. Kennzahlen und Ziele",
            "3. Indicateurs et objectifs",
        ),
        1.5,
        rule=True,
    )
    kp = []
    for k in KPIS[lg]:
        cur = rng.uniform(2, 40) if "%" in k else rng.uniform(120, 420)
        tgt = cur * rng.uniform(0.7, 0.95)
        kp.append(
            [
                k,
                f"{cur:.0f}",
                f"{tgt:.0f}",
                rng.choice(["", "", "!", tr(lg, "improving", "verbessert", "en progrès")]),
            ]
        )
    table(
        f,
        columns(m, w - m, [(3.4, "left"), (0.9, "right"), (0.9, "right"), (1.4, "center")]),
        [
            tr(lg, "Indicator", "Kennzahl", "Indicateur"),
            tr(lg, "Current", "Ist", "Actuel"),
            tr(lg, "Target", "Ziel", "Objectif"),
            "",
        ],
        kp,
        s,
        rules=rng.random() < 0.5,
    )
    sections = tr(
        lg,
        "4. Mastitis and dry cow management|5. Lameness|6. Calf rearing and colostrum|7. "
        "Biosecurity|8. Medicines: responsible use",
        "4. Eutergesundheit und Trockenstellen|5. Klauengesundheit|6. Kälberaufzucht und "
        "Kolostrum|7. Biosicherheit|8. Tierarzneimittel und Antibiotikaminimierung",
        "4. Mammites et tarissement|5. Boiteries|6. Veaux et colostrum|7. Biosécurité|8. "
        "Protocole de soins : traitements autorisés",
    ).split("|")
    for sec in sorted(rng.sample(sections, rng.randint(2, 5))):
        caption(f, s, sec, 1, rule=False)
        write(f, s, prose(rng, lg, "vet", 2, 5), s.size - 0.5)
        if rng.random() < 0.35:
            f.y = (
                ticks(
                    f.page,
                    s,
                    m,
                    f.y,
                    w - 2 * m,
                    tr(
                        lg,
                        "Foot bath weekly|Mobility scoring monthly|Quarantine 28 days|Boot dip in "
                        "use|Selective dry cow therapy",
                        "Klauenbad wöchentlich|Locomotion Score monatlich|Quarantäne 28 "
                        "Tage|Stiefelwaschplatz|Selektives Trockenstellen",
                        "Pédiluve hebdo|Notation locomotion|Quarantaine 28 j|Pédiluve "
                        "visiteurs|Tarissement sélectif",
                    ).split("|"),
                    set(rng.sample(range(5), 3)),
                    8,
                )
                + 4
            )
    if lg == "fr" and rng.random() < 0.7:
        caption(f, s, "Protocole de soins - traitements de première intention", 1, rule=True)
        prot_rows = [
            [a, b, c_]
            for a, b, c_ in [
                ("Mammite clinique grade 1", "Intramammaire céfalexine", "lait 5 j / viande 4 j"),
                ("Fièvre vitulaire", "Calcium IV + bolus", "0 j"),
                ("Diarrhée du veau", "Réhydratation orale", "-"),
                ("Métrite", "Ceftiofur IM", "lait 0 j / viande 8 j"),
                ("Panaris", "Oxytétracycline LA", "lait 7 j / viande 28 j"),
            ]
        ]
        table(
            f,
            columns(m, w - m, [(1.8, "left"), (2, "left"), (1.6, "left")]),
            ["Affection", "Traitement", "Délais d'attente"],
            prot_rows,
            s,
            rules=True,
        )
    # Signatures, sometimes on a page of their own.
    if rng.random() < 0.45:
        f.new_page()
    f.need(150)
    f.y += 10
    write(
        f,
        s,
        tr(
            lg,
            "This plan has been discussed and agreed between the veterinary surgeon and the "
            "farmer and will be reviewed at least annually.",
            "Der Herdengesundheitsplan wurde mit dem Tierhalter besprochen; er wird mindestens "
            "jährlich überprüft.",
            "Le présent bilan a été établi contradictoirement avec l'éleveur ; il est valable un "
            "an.",
        ),
        s.size - 0.5,
    )
    f.y += 34
    for k, (who_, lab) in enumerate(
        [
            (vet, tr(lg, "Veterinary surgeon", "Tierarzt", "Vétérinaire")),
            (farmer(), tr(lg, "Farmer / herd manager", "Tierhalter", "Éleveur")),
        ]
    ):
        x = m + k * (w - 2 * m) / 2
        if rng.random() < 0.8:
            scrawl(f.page, x + 6, f.y - 4, who_)
        f.page.line(x, f.y, x + 170, f.y)
        f.page.text(x, f.y + 11, f"{lab}: {who_}", s.font, 8)
        f.page.text(x, f.y + 22, f"{tr(lg, 'Date', 'Datum', 'Date')}: {short(d, lg)}", s.font, 8)
    f.y += 40
    body = close(
        f.pages,
        s,
        h,
        numbers=rng.choice(["Page {i} of {n}", "{i}/{n}", "none"])
        if lg != "de"
        else rng.choice(["Seite {i} von {n}", "none"]),
    )
    pages += body
    remember(d)
    return pages


LESIONS = ["DD", "SU", "WLD", "TU", "ID", "HHE", "CHF", "IDH"]


def tpl_hoof_trim(rng: random.Random, who: Issuer) -> list[Page]:
    """The foot trimmer's bill (on A5 or A4: the visit, cows trimmed, lame cows treated,
    blocks and wraps, crush fee), with the lesion record sheet of the visit behind, filled in
    by hand in the crush."""
    h = head_of(who, "trimmer")
    lg = h.lang
    size = A5 if keyed(who, "size").random() < 0.5 else A4
    s = style_of(h, size, margin=34 if size == A5 else 0, pt=8.5 if size == A5 else 0)
    w, _ = size
    m = s.margin
    d = some_day(rng)
    inv = serial(rng, rng.choice(["999", "2025-099", "F099"]))
    f = sheets(s, h)
    recipient(f, s, h, farm_lines(), d, [(tr(lg, "Invoice", "Rechnung Nr.", "Facture n°"), inv)])
    caption(f, s, tr(lg, "INVOICE", "RECHNUNG", "FACTURE"), 2)
    n_routine = rng.randint(12, 60)
    n_lame = rng.randint(2, 12)
    blocks = rng.randint(0, n_lame)
    rate = {"en": 11.0, "de": 16.0, "fr": 14.0}[lg]
    rows = [
        [
            tr(lg, "Routine trim", "Funktionelle Klauenpflege", "Parage fonctionnel"),
            str(n_routine),
            money(rate, lg),
            money(n_routine * rate, lg),
        ],
        [
            tr(lg, "Lame cow treatment", "Behandlung lahme Kuh", "Parage curatif"),
            str(n_lame),
            money(rate * 1.6, lg),
            money(n_lame * rate * 1.6, lg),
        ],
    ]
    net = n_routine * rate + n_lame * rate * 1.6
    if blocks:
        rows.append(
            [
                tr(lg, "Blocks applied", "Klotz geklebt", "Talonnette posée"),
                str(blocks),
                money(9.5, lg),
                money(blocks * 9.5, lg),
            ]
        )
        net += blocks * 9.5
    rows.append(
        [
            tr(lg, "Visit / crush charge", "Anfahrt / Standgebühr", "Déplacement / cage"),
            "1",
            money(35.0, lg),
            money(35.0, lg),
        ]
    )
    net += 35.0
    table(
        f,
        columns(m, w - m, [(3, "left"), (0.6, "right"), (1, "right"), (1.1, "right")]),
        [
            tr(lg, "Description", "Leistung", "Désignation"),
            tr(lg, "Qty", "Anz.", "Qté"),
            tr(lg, "Rate", "Preis", "P.U."),
            tr(lg, "Amount", "Betrag", "Montant"),
        ],
        rows,
        s,
        rules=True,
    )
    small = keyed(who, "vat").random() < 0.5
    totals(
        f,
        s,
        lg,
        round(net, 2),
        0.0 if small else vat_rate(lg),
        note=tr(
            lg,
            "Not VAT registered." if small else "",
            "Kleinunternehmer gem. § 19 UStG." if small else "",
            "TVA non applicable, art. 293 B du CGI." if small else "",
        ),
    )
    write(
        f,
        s,
        tr(
            lg,
            "Payment within 14 days please. Cheques payable to "
            + h.name.split(" Foot")[0].split(" Cattle")[0]
            + ".",
            "Zahlbar innerhalb 14 Tagen ohne Abzug.",
            "Paiement à réception.",
        ),
        s.size - 1,
    )
    pages = close(f.pages, s, h, numbers="none")
    if rng.random() < 0.75:
        # The lesion record sheet, a printed form filled in by hand.
        land = rng.random() < 0.5
        size2 = landscape(A4) if land else A4
        s2 = style_of(h, size2, margin=34, pt=8)
        w2, h2 = size2
        p = Page(size2)
        y = 40.0
        p.text(
            34,
            y,
            tr(lg, "FOOT TRIMMING RECORD", "KLAUENPFLEGE-PROTOKOLL", "FICHE DE PARAGE"),
            s2.bold,
            12,
        )
        p.text(w2 - 34, y, fit(f"{h.name}", s2.font, 8, w2 / 2), s2.font, 8, "right")
        y += 16
        p.text(34, y, f"{tr(lg, 'Farm', 'Betrieb', 'Élevage')}: ", s2.font, 8.5)
        hand(p, 80, y, farm_head().name, 9, w2 / 2 - 90)
        p.text(w2 / 2, y, f"{tr(lg, 'Date', 'Datum', 'Date')}: ", s2.font, 8.5)
        hand(p, w2 / 2 + 34, y, short(d, lg), 9)
        y += 12
        p.text(
            34,
            y,
            fit(
                tr(
                    lg,
                    "Codes: DD digital dermatitis, SU sole ulcer, WLD white line, TU toe ulcer, "
                    "ID interdigital, B block, W wrap, T treated",
                    "DD Mortellaro, SG Sohlengeschwür, WLD Weiße-Linie, ZN Zehenspitzennekrose, B "
                    "Klotz, V Verband",
                    "DD dermatite digitée, US ulcère de sole, LB ligne blanche, P panaris, T "
                    "talonnette, P pansement",
                ),
                s2.font,
                6.5,
                w2 - 68,
            ),
            s2.font,
            6.5,
        )
        y += 14
        cs = columns(
            34,
            w2 - 34,
            [
                (0.9, "left"),
                (1, "center"),
                (1, "center"),
                (1, "center"),
                (1, "center"),
                (1.2, "left"),
                (1.5, "left"),
            ],
        )
        heads_ = [
            tr(lg, "Cow", "Kuh", "Vache"),
            "VL / LF",
            "VR / RF",
            "HL / LH",
            "HR / RH",
            tr(lg, "Treatment", "Behandlung", "Soin"),
            tr(lg, "Re-check", "Nachkontrolle", "Revoir"),
        ]
        if lg == "en":
            heads_[1:5] = ["LF", "RF", "LH", "RH"]
        for c_, t in zip(cs, heads_, strict=True):
            p.rect(c_[0] - 2, y - 9, c_[1] - c_[0] + 4, 13, fill=0.85)
            p.text(c_[0], y, t, s2.bold, 7.5)
        y += 6
        seen = cows(rng, n_lame + rng.randint(3, 10))
        row_h = 15
        while y < h2 - 60:
            for c_ in cs:
                p.rect(c_[0] - 2, y, c_[1] - c_[0] + 4, row_h)
            if seen:
                cw_ = seen.pop(0)
                hand(p, cs[0][0] + 2, y + 11, str(cw_.no), 8.5)
                for k in range(1, 5):
                    if rng.random() < 0.3:
                        hand(p, cs[k][0] + 4, y + 11, rng.choice(LESIONS), 8.5)
                if rng.random() < 0.5:
                    hand(p, cs[5][0] + 2, y + 11, rng.choice(["B", "W", "T", "B+W", "T+W"]), 8.5)
                if rng.random() < 0.3:
                    hand(
                        p,
                        cs[6][0] + 2,
                        y + 11,
                        short(d + timedelta(days=rng.choice([7, 14, 21])), lg)[:5],
                        8.5,
                    )
            y += row_h
        if rng.random() < 0.5:
            copier_edge(p, rng)
        pages.append(p)
    received(rng, pages[0], home(), d, 0.2)
    remember(d)
    return pages


def tpl_cattle_passport(rng: random.Random, who: Issuer) -> list[Page]:
    """The office's photocopy of one animal's passport (CPP35 with its movement panel, a
    Rinderpass with the Zugang/Abgang table, a passeport bovin with the ASDA), copied on A4
    before the animal leaves the farm: the small card in one corner with the copier's edge."""
    h = head_of(who, "registry")
    lg = h.lang
    p = Page(A4)
    w, hh = A4
    x0 = rng.uniform(28, 60)
    y0 = rng.uniform(28, 70)
    cw = w - x0 - rng.uniform(30, 80)
    ch = cw * rng.uniform(0.6, 0.7)
    p.rect(x0 - 6, y0 - 6, cw + 12, ch + 12, fill=0.93)
    p.rect(x0, y0, cw, ch, fill=1.0)
    p.rect(x0, y0, cw, ch)
    s = style_of(h, A4, margin=30, pt=8)
    prev = run_of("cattle_passport", h.name)
    mark = ids()["mark"]
    n = (prev[1] + rng.randint(1, 6)) if isinstance(prev, tuple) else rng.randint(200, 900)
    tag = ear_tag(lg, mark, n)
    born = month() - timedelta(days=rng.randint(10, 900))
    female = rng.random() < 0.4
    dam = rng.choice(herd())
    breed = (
        rng.choice(["Holstein Friesian", "Aberdeen Angus x", "British Blue x", "Hereford x"])
        if lg == "en"
        else rng.choice(
            BREEDS[lg] + ["Fleckvieh x Blau-Weiß-Belgier" if lg == "de" else "Croisé Blanc Bleu"]
        )
    )
    x = x0 + 10
    y = y0 + 18
    if lg == "en":
        p.text(x, y, "CATTLE PASSPORT", "Helvetica-Bold", 12)
        p.text(x0 + cw - 10, y, "CPP35", "Helvetica", 7, "right")
        y += 8
        code = tag.replace(" ", "")
        p.barcode("code128", code, x0 + cw - 14 - bar_width("code128", code), y - 4)
        y += 8
        for a, b in [
            ("Ear tag", tag),
            ("Date of birth", short(born, lg)),
            ("Sex", "Female" if female else "Male"),
            ("Breed", breed),
            ("Genetic dam", dam.tag),
            ("Sire breed", rng.choice(["HOL", "AA", "BB", "HER", "LIM"])),
            ("Holding of birth", ids()["holding"]),
        ]:
            p.text(x, y + 10, a, "Helvetica", 6.5)
            p.text(x + 70, y + 10, fit(b, "Helvetica-Bold", 8, cw * 0.5 - 80), "Helvetica-Bold", 8)
            y += 12
        y += 14
    else:
        p.text(x, y, tr(lg, "", "RINDERPASS", "PASSEPORT BOVIN"), "Helvetica-Bold", 12)
        p.text(
            x0 + cw - 10,
            y,
            tr(lg, "", "gem. VO (EG) 2019/2035 / ViehVerkV", "ASDA - carte verte"),
            "Helvetica",
            6.5,
            "right",
        )
        y += 14
        rows = [
            (tr(lg, "", "Ohrmarke", "N° national"), tag),
            (tr(lg, "", "Geburtsdatum", "Né(e) le"), short(born, lg)),
            (
                tr(lg, "", "Geschlecht", "Sexe"),
                tr(lg, "", "weiblich" if female else "männlich", "F" if female else "M"),
            ),
            (
                tr(lg, "", "Rasse", "Race"),
                breed + (f" ({BREED_CODE.get(breed, '39')})" if lg == "fr" else ""),
            ),
            (tr(lg, "", "Mutter", "Mère"), dam.tag),
            (tr(lg, "", "Geburtsbetrieb", "Cheptel de naissance"), ids()["holding"]),
        ]
        if lg == "fr":
            rows.append(
                ("Père", f"{rng.choice(['FR', 'NL', 'DE'])} {rng.randint(1000000000, 9999999999)}")
            )
        for a, b in rows:
            p.text(x, y, a, "Helvetica", 6.5)
            p.text(x + 80, y, fit(b, "Helvetica-Bold", 8, cw - 100), "Helvetica-Bold", 8)
            y += 11
        y += 6
        if lg == "fr":
            p.text(
                x,
                y,
                "Qualification sanitaire : IBR indemne - Tuberculose indemne - Brucellose indemne",
                "Helvetica",
                6,
            )
            y += 10
    # The movement panel.
    heads_ = [
        tr(lg, "Date of movement", "Datum", "Date"),
        tr(lg, "Holding (CPH)", "Betriebsnummer", "N° exploitation"),
        tr(lg, "On/Off", "Zu/Ab", "Entrée/Sortie"),
        tr(lg, "Keeper signature", "Unterschrift", "Signature détenteur"),
    ]
    cs = columns(x, x0 + cw - 10, [(1, "left"), (1.5, "left"), (0.7, "center"), (1.4, "left")])
    for c_, t in zip(cs, heads_, strict=True):
        p.text(c_[0], y, t, "Helvetica-Bold", 6)
    y += 3
    k = 0
    while y < y0 + ch - 14:
        p.line(x, y, x0 + cw - 10, y)
        if k == 0 and rng.random() < 0.6:
            hand(p, cs[0][0], y + 9, short(month() + timedelta(days=rng.randint(0, 25)), lg), 7.5)
            hand(
                p,
                cs[1][0],
                y + 9,
                rng.choice([ids()["holding"], "Market " + serial(rng, "99/999/9999")])
                if lg == "en"
                else ids()["holding"],
                7.5,
                cs[1][1] - cs[1][0],
            )
            hand(p, cs[2][0] + 6, y + 9, tr(lg, "Off", "Ab", "S"), 7.5)
            scrawl(p, cs[3][0], y + 8, farmer(), 8)
        k += 1
        y += 12
    # Around the copy: the office's notes.
    if rng.random() < 0.6:
        hand(
            p,
            x0 + 10,
            y0 + ch + 40,
            rng.choice(
                [
                    tr(
                        lg,
                        f"sold {short(month() + timedelta(days=rng.randint(3, 28)), lg)} - copy "
                        "kept",
                        f"verkauft {short(month() + timedelta(days=rng.randint(3, 28)), lg)} - "
                        "Kopie",
                        f"vendu le {short(month() + timedelta(days=rng.randint(3, 28)), lg)} - "
                        "copie",
                    ),
                    tr(lg, "calf to market", "Kalb an VVG", "veau au cadran"),
                    tr(lg, "BCMS notified online", "HIT-Abgang gemeldet", "sortie notifiée BDNI"),
                ]
            ),
            10,
        )
    if rng.random() < 0.35:
        # The back of the card, copied on the same sheet.
        yb = y0 + ch + 70
        if yb + ch * 0.7 < hh - 20:
            p.rect(x0, yb, cw, ch * 0.7)
            p.text(
                x0 + 10,
                yb + 16,
                tr(
                    lg,
                    "Notes for keepers",
                    "Hinweise für den Tierhalter",
                    "Informations au détenteur",
                ),
                "Helvetica-Bold",
                8,
            )
            yy = yb + 28
            for ln in wrap(prose(rng, lg, "land", 2, 3), "Helvetica", 6.5, cw - 20):
                if yy > yb + ch * 0.7 - 8:
                    break
                p.text(x0 + 10, yy, ln, "Helvetica", 6.5)
                yy += 8
    copier_edge(p, rng)
    _ = s
    remember(month(), (h.name, n))
    return [p]


def tpl_market_sale(rng: random.Random, who: Issuer) -> list[Page]:
    """The livestock market's account sale for the farm's animals sold (calves, cull cows,
    in-calf heifers): lot, ear tag, breed and sex, weight, price, the commission, levies and
    haulage deducted, the net paid; A4 or A5."""
    h = head_of(who, "mart")
    lg = h.lang
    size = A5 if keyed(who, "size").random() < 0.4 else A4
    s = style_of(h, size, margin=30 if size == A5 else 0, pt=8 if size == A5 else 0)
    w, _ = size
    m = s.margin
    prev = run_of("market_sale", h.name)
    d = prev[1] + timedelta(days=7) if isinstance(prev, tuple) else some_day(rng)
    f = sheets(s, h)
    sale = serial(rng, "99999")
    recipient(
        f,
        s,
        h,
        farm_lines(),
        d,
        [
            (tr(lg, "Vendor no.", "Lieferant", "N° apporteur"), account_no(who, "mart")),
            (tr(lg, "Sale no.", "Abrechnung Nr.", "Bordereau n°"), sale),
        ],
    )
    caption(f, s, tr(lg, "ACCOUNT SALE", "ABRECHNUNG VIEHVERMARKTUNG", "BORDEREAU DE VENTE"), 2)
    kind = rng.choice(["calves", "calves", "culls", "heifers"])
    write(
        f,
        s,
        tr(
            lg,
            {
                "calves": "Store and rearing calves",
                "culls": "Prime and cull cattle",
                "heifers": "Dairy heifers",
            }[kind],
            {"calves": "Nutzkälber", "culls": "Schlachtkühe", "heifers": "Zuchtfärsen"}[kind],
            {
                "calves": "Veaux de 8 jours",
                "culls": "Vaches de réforme",
                "heifers": "Génisses prêtes",
            }[kind],
        )
        + f" - {day(h, d)}",
        s.size,
    )
    rows = []
    gross = 0.0
    for _ in range(rng.randint(1, 9) if kind != "heifers" else rng.randint(1, 3)):
        tag = ear_tag(lg, ids()["mark"], rng.randint(1000, 9999))
        sex = rng.choice(["M", "F"]) if kind == "calves" else "F"
        br = rng.choice(
            ["BBX", "AAX", "HOL", "HEX", "LIMX"]
            if lg == "en"
            else (["SBT", "FV", "FLX", "RBT"] if lg == "de" else ["66", "56", "46", "39"])
        )
        if kind == "calves":
            kg = rng.randint(45, 75)
            price = (
                rng.uniform(60, 420)
                if br not in ("HOL", "SBT", "66") or sex == "F"
                else rng.uniform(8, 60)
            )
        elif kind == "culls":
            kg = rng.randint(560, 760)
            price = kg * rng.uniform(1.4, 2.3) * (1 if lg == "en" else 1.1)
        else:
            kg = rng.randint(480, 620)
            price = rng.uniform(1500, 2400)
        gross += price
        rows.append([str(rng.randint(1, 480)), tag, br, sex, str(kg), money(price, lg)])
    table(
        f,
        columns(
            m,
            w - m,
            [
                (0.6, "left"),
                (2, "left"),
                (0.7, "left"),
                (0.4, "center"),
                (0.6, "right"),
                (1.1, "right"),
            ],
        ),
        [
            tr(lg, "Lot", "Nr.", "Lot"),
            tr(lg, "Ear tag", "Ohrmarke", "N° national"),
            tr(lg, "Breed", "Rasse", "Race"),
            tr(lg, "Sex", "G.", "S."),
            "kg",
            tr(lg, "Price", "Erlös", "Prix"),
        ],
        rows,
        s,
        size=7.5 if size == A5 else None,
        rules=True,
    )
    deds = [
        (
            tr(lg, "Commission 3.5%", "Vermarktungsgebühr", "Commission 3 %"),
            round(gross * (0.035 if lg != "fr" else 0.03), 2),
        ),
        (
            tr(lg, "Levy / insurance", "Tierseuchenkasse / Versicherung", "Cotisation INTERBEV"),
            round(len(rows) * (1.6 if lg == "en" else 2.1), 2),
        ),
    ]
    if rng.random() < 0.5:
        deds.append(
            (tr(lg, "Haulage", "Fracht", "Transport"), round(len(rows) * rng.uniform(6, 18), 2))
        )
    f.need(80)
    y = f.y + 6
    for a, b in [(tr(lg, "Gross proceeds", "Bruttoerlös", "Montant brut"), gross)] + [
        (f"- {a}", -b) for a, b in deds
    ]:
        f.page.text(w * 0.45, y, fit(a, s.font, s.size - 0.5, w * 0.32), s.font, s.size - 0.5)
        f.page.text(w - m, y, signed(b, lg), s.font, s.size - 0.5, "right")
        y += s.size * 1.45
    net = gross - sum(b for _, b in deds)
    f.page.line(w * 0.45, y - s.size, w - m, y - s.size)
    f.page.text(w * 0.45, y + 2, tr(lg, "Net payable", "Auszahlung", "Net à payer"), s.bold, s.size)
    f.page.text(w - m, y + 2, cash(net, lg), s.bold, s.size, "right")
    f.y = y + 22
    write(
        f,
        s,
        tr(
            lg,
            "Paid by BACS within 7 days. Movements reported to BCMS by the market.",
            "Die Zu- und Abgänge werden von uns an die HI-Tier-Datenbank gemeldet.",
            "Les mouvements sont notifiés à la BDNI par nos soins.",
        ),
        s.size - 1.5,
    )
    remember(d, (h.name, d))
    return close(f.pages, s, h, numbers="none")


# ---------------------------------------------------------------------------------------------
# Templates WW: land, applications and the paying agency
# ---------------------------------------------------------------------------------------------

FIELDS = {
    "en": [
        "Big Meadow",
        "Long Croft",
        "Far Leys",
        "Top Marl",
        "Church Field",
        "Well Piece",
        "Rough Ground",
        "Barn Field",
        "Lower Moss",
        "Brook Meadow",
        "Ten Acre",
        "Old Orchard",
    ],
    "de": [
        "Hofweide",
        "Große Koppel",
        "Moorwiese",
        "Achter de Schün",
        "Esch",
        "Lange Stücke",
        "Bachwiese",
        "Kampland",
        "Heidkamp",
        "Dorfweide",
        "Neue Weide",
        "Mühlenacker",
    ],
    "fr": [
        "Le Grand Pré",
        "La Lande",
        "Le Clos",
        "La Noë",
        "Les Hautes Terres",
        "Le Champ du Puits",
        "La Prairie du Bas",
        "Le Courtil",
        "La Butte",
        "Le Pré Neuf",
        "La Vallée",
        "Les Genêts",
    ],
}
CROPS = {
    "en": [
        ("PG01", "Permanent grassland"),
        ("TG01", "Temporary grassland"),
        ("AC32", "Maize"),
        ("AC63", "Winter wheat"),
        ("AC01", "Spring barley"),
        ("HG01", "Hedge buffer"),
    ],
    "de": [
        ("459", "Grünland (Dauergrünland)"),
        ("411", "Silomais"),
        ("115", "Winterweichweizen"),
        ("131", "Wintergerste"),
        ("422", "Kleegras"),
        ("591", "Ackerland aus der Erzeugung"),
    ],
    "fr": [
        ("PPH", "Prairie permanente"),
        ("PTR", "Prairie temporaire"),
        ("MIE", "Maïs ensilage"),
        ("BTH", "Blé tendre d'hiver"),
        ("ORH", "Orge d'hiver"),
        ("BOR", "Bordure de champ"),
    ],
}


def parcels(n: int) -> list[tuple[str, str, str, float]]:
    """The farm's land parcels: reference, name, crop code, hectares (fixed by the farm)."""
    r = farm_rng("parcels")
    lg = home()
    out = []
    names = r.sample(FIELDS[lg], min(n, len(FIELDS[lg])))
    for k, nm in enumerate(names):
        if lg == "en":
            ref = f"SJ{r.randint(5000, 7999)} {r.randint(1000, 9999)}"
        elif lg == "de":
            ref = f"DE{ids()['mark']}LI{r.randint(1000000000, 9999999999)}"
        else:
            ref = f"{k + 1}.{r.randint(1, 4)}"
        code = r.choice(CROPS[lg])[0]
        out.append((ref, nm, code, round(r.uniform(0.6, 14.5), 2)))
    return out


def tpl_area_claim(rng: random.Random, who: Issuer) -> list[Page]:
    """The farm's own application as printed from the online service (SFI application
    summary, Sammelantrag with the Flächen- und Nutzungsnachweis, récapitulatif de la
    déclaration PAC): the applicant's details and ticked schemes, the field list (in
    Germany on landscape pages), and the declaration page with the signature."""
    lg = home()
    h = farm_head()
    s = replace(style_of(h, A4, margin=40, pt=8.5), font="Helvetica", bold="Helvetica-Bold")
    w, hh = A4
    m = s.margin
    d = some_day(rng)
    year = d.year if d.month < 10 else d.year + 1
    system = tr(lg, "Rural Payments service", "ANDI / Agrarförderung online", "TelePAC")
    title = tr(
        lg,
        f"Sustainable Farming Incentive {year} - Application summary",
        f"Sammelantrag {year} - Antragsformular (Mantelbogen)",
        f"Déclaration PAC {year} - Récapitulatif de votre dossier",
    )
    printed = tr(lg, "printed", "gedruckt am", "édité le")
    clock = f"{rng.randint(8, 21):02d}:{rng.randint(0, 59):02d}"
    stampline = f"{system} - {printed} {short(d, lg)} {clock}"
    pages: list[Page] = []

    def start(p: Page, n: int) -> float:
        pw, _ = p.size
        p.text(m, 28, fit(stampline, "Helvetica", 7, pw / 2), "Helvetica", 7)
        p.text(pw - m, 28, fit(title, "Helvetica", 7, pw / 2 - m), "Helvetica", 7, "right")
        p.line(m, 33, pw - m, 33)
        return 56.0

    f = Sheets((w, hh), hh - 50, start)
    caption(f, s, title, 4)
    band(f.page, s, f.y, tr(lg, "Applicant", "Antragsteller", "Demandeur"))
    f.y += 12
    f.y = fields(
        f.page,
        s,
        m,
        f.y,
        w - 2 * m,
        [
            (tr(lg, "Business name", "Name / Betrieb", "Dénomination"), h.name),
            (tr(lg, "SBI", "Unternehmernummer", "N° PACAGE"), ids()["sbi"]),
            (tr(lg, "Address", "Anschrift", "Adresse"), f"{h.street}, {h.town}"),
            (tr(lg, "CPH", "Registriernummer", "N° SIRET / EDE"), ids()["holding"]),
        ],
        per=2,
        tall=24,
        hand=False,
    )
    band(f.page, s, f.y, tr(lg, "Schemes applied for", "Beantragte Maßnahmen", "Aides demandées"))
    f.y += 14
    f.y = (
        ticks(
            f.page,
            s,
            m,
            f.y,
            w - 2 * m,
            tr(
                lg,
                "SFI 2024 actions|Capital grants|Countryside Stewardship Higher Tier|Delinked "
                "payments",
                "Basisprämie / "
                "Einkommensgrundstützung|Umverteilungseinkommensstützung|Junglandwirte|Öko-Regelungen|Ausgleichszulage|Agrarumweltmaßnahmen",
                "Aide de base au revenu|Paiement redistributif|Écorégime|ICHN|MAEC|Aides bovines "
                "(UGB)",
            ).split("|"),
            set(rng.sample(range(4), 2)),
            8,
        )
        + 6
    )
    band(
        f.page,
        s,
        f.y,
        tr(
            lg,
            "Land and actions",
            "Flächen- und Nutzungsnachweis (Zusammenfassung)",
            "Surfaces déclarées",
        ),
    )
    f.y += 14
    pl = parcels(rng.randint(8, 12))
    tot = sum(p_[3] for p_ in pl)
    f.y = (
        pairs(
            f.page,
            s,
            m,
            f.y,
            [
                (tr(lg, "Land parcels", "Schläge", "Parcelles"), str(len(pl))),
                (
                    tr(lg, "Total area (ha)", "Gesamtfläche (ha)", "Surface totale (ha)"),
                    f"{tot:.2f}",
                ),
                (
                    tr(
                        lg,
                        "Permanent grassland (ha)",
                        "Dauergrünland (ha)",
                        "Prairies permanentes (ha)",
                    ),
                    f"{tot * rng.uniform(0.4, 0.7):.2f}",
                ),
            ],
            w * 0.6,
        )
        + 8
    )
    land = lg == "de" or rng.random() < 0.3
    pages += f.pages
    s2 = replace(s, page_size=landscape(A4) if land else A4, size=8)
    w2, h2 = s2.page_size
    g = Sheets((w2, h2), h2 - 50, start)
    caption(
        g,
        s2,
        tr(
            lg,
            "Land parcels and actions",
            "Flächen- und Nutzungsnachweis",
            "Descriptif des parcelles",
        ),
        2,
    )
    rows = []
    for ref, nm, code, ha in pl:
        crop = dict(CROPS[lg])[code]
        rows.append(
            [
                ref,
                nm,
                code,
                crop,
                f"{ha:.2f}",
                rng.choice(["", "", "x"])
                if lg != "en"
                else rng.choice(["CSAM1", "SAM1", "IPM1", "NUM3", "-"]),
            ]
        )
    spec = [
        (2.3 if lg == "de" else 1.3, "left"),
        (1.6, "left"),
        (0.6, "left"),
        (2, "left"),
        (0.8, "right"),
        (0.9, "center"),
    ]
    table(
        g,
        columns(s2.margin, w2 - s2.margin, spec),
        [
            tr(lg, "Parcel ID", "Feldblock-ID", "Îlot.parcelle"),
            tr(lg, "Name", "Schlagbezeichnung", "Nom"),
            tr(lg, "Code", "NC", "Code"),
            tr(lg, "Land use", "Nutzung", "Culture"),
            "ha",
            tr(lg, "Action", "ÖR", "Écorégime"),
        ],
        rows,
        s2,
        rules=True,
    )
    pages += g.pages
    # Declaration page.
    q = Page(A4)
    y = start(q, 0)
    q.text(
        m,
        y,
        tr(
            lg,
            "Declaration and undertakings",
            "Erklärungen und Verpflichtungen",
            "Engagements et signature",
        ),
        s.bold,
        11,
    )
    y += 18
    for _ in range(rng.randint(3, 5)):
        y = text_plain(q, s, m, y, w - 2 * m, words(rng, lg, "land", rng.randint(18, 34)), 8) + 4
    y += 10
    y = (
        ticks(
            q,
            s,
            m,
            y,
            w - 2 * m,
            tr(
                lg,
                "I have read the scheme guidance|I agree to the terms and conditions",
                "Ich habe die Merkblätter erhalten|Die Angaben sind vollständig und richtig",
                "J'ai pris connaissance de la notice|J'atteste l'exactitude des informations",
            ).split("|"),
            {0, 1},
            8,
        )
        + 30
    )
    q.line(m, y, m + 200, y)
    q.text(
        m,
        y + 11,
        f"{tr(lg, 'Signed', 'Ort, Datum, Unterschrift', 'Fait à, le, signature')}",
        s.font,
        7.5,
    )
    if lg == "en":
        q.text(m, y - 4, f"Submitted online by {farmer()} on {short(d, lg)}", HAND, 9)
    else:
        hand(q, m + 2, y - 4, f"{h.town.split(' ', 1)[-1]}, {short(d, lg)}", 9)
        scrawl(q, m + 120, y - 3, farmer())
    q.text(
        m,
        hh - 40,
        fit(
            f"{tr(lg, 'Reference', 'Antrags-ID', 'N° de dossier')} {serial(rng, 'AA-99999999')} - "
            f"{stampline}",
            "Helvetica",
            6.5,
            w - 2 * m,
        ),
        "Helvetica",
        6.5,
    )
    pages.append(q)
    n = len(pages)
    for k, p in enumerate(pages, 1):
        pw, ph = p.size
        p.text(
            pw - m,
            ph - 24,
            tr(lg, f"Page {k} of {n}", f"Seite {k} von {n}", f"{k}/{n}"),
            "Helvetica",
            7,
            "right",
        )
    remember(d, year)
    return pages


def tpl_agency_letter(rng: random.Random, who: Issuer) -> list[Page]:
    """The paying agency's letter about the farm's application: an inspection notice, a
    request for evidence or a hearing on area differences (Anhörung, demande de pièces
    complémentaires), with the parcels concerned in an annex table."""
    h = head_of(who, "agency")
    lg = h.lang
    s = style_of(h, A4)
    w, _ = A4
    m = s.margin
    d = (
        (LAST["day"] + timedelta(days=rng.randint(10, 40)))
        if after(("area_claim",)) and isinstance(LAST["day"], date)
        else some_day(rng)
    )
    kind = rng.choice(["inspection", "evidence", "hearing"])
    ref = serial(rng, {"en": "SFI-9999999", "de": "Az. 9999-99-99/99", "fr": "DDT/SEA/99-999"}[lg])
    f = sheets(s, h, f"{h.name} - {ref}")
    recipient(
        f,
        s,
        h,
        farm_lines(),
        d,
        [
            (tr(lg, "Our ref", "Aktenzeichen", "Réf."), ref),
            (tr(lg, "SBI", "Unternehmernr.", "PACAGE"), ids()["sbi"]),
            (tr(lg, "Contact", "Bearbeiter/in", "Dossier suivi par"), staff(h, "clerk")),
        ],
    )
    subj = {
        "inspection": tr(
            lg,
            "Notice of inspection",
            "Ankündigung einer Vor-Ort-Kontrolle",
            "Avis de contrôle sur place",
        ),
        "evidence": tr(
            lg,
            "We need more information about your application",
            "Nachforderung von Unterlagen zum Sammelantrag",
            "Demande de pièces complémentaires",
        ),
        "hearing": tr(
            lg,
            "Area differences found in your claim",
            "Anhörung gemäß § 28 VwVfG - Flächenabweichungen",
            "Lettre de fin d'instruction - écarts de surface",
        ),
    }[kind]
    f.page.text(m, f.y, fit(subj, s.bold, s.size + 0.5, w - 2 * m), s.bold, s.size + 0.5)
    f.y += 22
    write(f, s, dear(lg, None))
    for _ in range(rng.randint(2, 4)):
        write(f, s, prose(rng, lg, "land", 2, 4))
    deadline = d + timedelta(days=rng.choice([14, 21, 28]))
    write(
        f,
        s,
        tr(
            lg,
            f"Please reply by {day(h, deadline)}.",
            f"Bitte äußern Sie sich bis zum {day(h, deadline)}.",
            f"Merci de nous répondre avant le {day(h, deadline)}.",
        ),
    )
    if kind == "inspection":
        f.y = (
            pairs(
                f.page,
                s,
                m + 20,
                f.y + 4,
                [
                    (
                        tr(lg, "Date of visit", "Kontrolltermin", "Date du contrôle"),
                        day(h, d + timedelta(days=2)),
                    ),
                    (tr(lg, "Inspector", "Prüfer/in", "Contrôleur"), staff(h, "inspector")),
                    (
                        tr(lg, "Please have ready", "Bitte bereithalten", "Documents à présenter"),
                        tr(
                            lg,
                            "maps, records, invoices",
                            "Bestandsregister, Düngebedarf, Belege",
                            "registre d'élevage, plan d'épandage",
                        ),
                    ),
                ],
                w - m - 20,
            )
            + 8
        )
    regards(
        f,
        s,
        lg,
        staff(h, "head"),
        tr(
            lg,
            "Rural Payments Agency",
            "Sachgebiet Agrarförderung",
            "Le chef du service économie agricole",
        ),
    )
    if lg != "en" and rng.random() < 0.6:
        write(
            f,
            s,
            tr(
                lg,
                "",
                "Rechtsbehelfsbelehrung: " + words(rng, lg, "land", 30),
                "Voies et délais de recours : " + words(rng, lg, "land", 30),
            ),
            7.5,
        )
    if kind != "inspection" or rng.random() < 0.4:
        f.new_page()
        caption(
            f,
            s,
            tr(
                lg,
                "Annex: parcels concerned",
                "Anlage: betroffene Flächen",
                "Annexe : parcelles concernées",
            ),
            2,
            rule=True,
        )
        rows = []
        for ref_, nm, code, ha in rng.sample(parcels(12), rng.randint(2, 6)):
            found = ha * rng.uniform(0.85, 1.0)
            rows.append([ref_, nm, code, f"{ha:.2f}", f"{found:.2f}", f"{found - ha:+.2f}"])
        table(
            f,
            columns(
                m,
                w - m,
                [
                    (2.2, "left"),
                    (1.4, "left"),
                    (0.6, "left"),
                    (0.8, "right"),
                    (0.9, "right"),
                    (0.8, "right"),
                ],
            ),
            [
                tr(lg, "Parcel", "Feldblock", "Îlot"),
                tr(lg, "Name", "Schlag", "Nom"),
                tr(lg, "Code", "NC", "Code"),
                tr(lg, "Claimed", "beantragt", "déclaré"),
                tr(lg, "Found", "ermittelt", "constaté"),
                "diff.",
            ],
            rows,
            s,
            rules=True,
        )
        write(f, s, prose(rng, lg, "land", 1, 2), s.size - 1)
    received(rng, f.pages[0], home(), d, 0.5)
    remember(d)
    return close(
        f.pages, s, h, numbers=rng.choice(["none", "Page {i} of {n}"]) if lg == "en" else h.numbers
    )


def tpl_land_rent(rng: random.Random, who: Issuer) -> list[Page]:
    """The landlord's land rent demand: the half-yearly rent of a farm business tenancy
    (Lady Day / Michaelmas), a Pachtzinsrechnung of a church or estate, an avis d'échéance de
    fermage with the index calculation and the share of land tax; A4 or A5."""
    h = head_of(who, "landlord")
    lg = h.lang
    size = A5 if keyed(who, "size").random() < 0.3 else A4
    s = style_of(h, size, margin=34 if size == A5 else 0, pt=8.5 if size == A5 else 0)
    w, hh = size
    m = s.margin
    prev = run_of("land_rent", h.name)
    d = prev[1] + timedelta(days=rng.randint(0, 2)) if isinstance(prev, tuple) else some_day(rng)
    f = sheets(s, h)
    no = serial(rng, "9999")
    holding = keyed(who, "holding").choice(
        tr(
            lg,
            "Holloway Fields|Lower Marsh land|Church land, 3 fields|Moor Farm grazing",
            "Flurstücke Gemarkung Ost|Pfarrland Hofweide|Klosterland Flur 7",
            "Bail du 11/11/2016|Parcelles ZA 12 à 18|Bail rural - La Lande",
        ).split("|")
    )
    if isinstance(prev, tuple):
        holding = f"{holding} ({tr(lg, 'second holding', 'weitere Fläche', 'second bail')})"
    recipient(
        f,
        s,
        h,
        farm_lines(),
        d,
        [
            (tr(lg, "Tenant ref", "Pacht-Nr.", "Réf. bail"), serial(keyed(who, "t"), "P999")),
            (tr(lg, "Demand no.", "Rechnung", "Avis n°"), no),
        ],
    )
    caption(f, s, tr(lg, "RENT DEMAND", "PACHTZINSRECHNUNG", "AVIS D'ÉCHÉANCE DE FERMAGE"), 2)
    pl = parcels(12)
    ha = round(sum(p_[3] for p_ in rng.sample(pl, rng.randint(2, 5))), 2)
    rate = {"en": 235.0, "de": 520.0, "fr": 148.0}[lg] * rng.uniform(0.8, 1.25)
    write(
        f, s, f"{tr(lg, 'Holding', 'Pachtobjekt', 'Objet')}: {holding} - {money(ha, lg)} ha", s.size
    )
    if lg == "en":
        due = date(d.year, 9, 29) if d.month >= 6 else date(d.year, 3, 25)
        rows = [
            [
                f"Half-year's rent due {day(h, due)}",
                f"{ha:.2f} ha @ £{rate:.2f}/ha/yr",
                money(ha * rate / 2, lg),
            ]
        ]
        net = ha * rate / 2
    elif lg == "de":
        rows = [
            [
                f"Pachtzins {d.year}",
                f"{money(ha, lg)} ha x {money(rate, lg)} EUR",
                money(ha * rate, lg),
            ]
        ]
        net = ha * rate
        if rng.random() < 0.5:
            rows.append(["Anteil Grundsteuer A / Kammerbeitrag", "", money(ha * 14.5, lg)])
            net += ha * 14.5
    else:
        idx_new, idx_old = 122.55 + rng.uniform(-4, 4), 116.46 + rng.uniform(-3, 3)
        base = ha * rate
        rows = [
            ["Fermage de base", f"{money(ha, lg)} ha x {money(rate, lg)} EUR", money(base, lg)],
            [
                "Actualisation indice des fermages",
                f"{money(idx_new, lg)} / {money(idx_old, lg)}",
                money(base * (idx_new / idx_old - 1), lg),
            ],
            ["Part de taxe foncière (1/5)", "", money(ha * 9.8, lg)],
            ["Frais de chambre d'agriculture (50 %)", "", money(ha * 2.1, lg)],
        ]
        net = base * idx_new / idx_old + ha * 11.9
    table(
        f,
        columns(m, w - m, [(2.6, "left"), (2, "left"), (1, "right")]),
        [
            tr(lg, "Item", "Position", "Libellé"),
            tr(lg, "Basis", "Berechnung", "Base"),
            tr(lg, "Amount", "Betrag", "Montant"),
        ],
        rows,
        s,
        rules=True,
    )
    f.need(40)
    f.page.text(
        w * 0.5, f.y + 4, tr(lg, "Total due", "Zu zahlen", "Total à régler"), s.bold, s.size
    )
    f.page.text(w - m, f.y + 4, cash(net, lg), s.bold, s.size, "right")
    f.y += 24
    write(
        f,
        s,
        tr(
            lg,
            "No VAT is chargeable. Payment to the estate's account within 21 days, quoting your "
            "tenant reference.",
            "Pachtzahlungen sind umsatzsteuerfrei (§ 4 Nr. 12 UStG). Zahlung bis zum 11.11. "
            "(Martini).",
            "Fermage payable à terme échu. Règlement par chèque ou virement, merci de rappeler la "
            "référence du bail.",
        ),
        s.size - 1,
    )
    pages = close(f.pages, s, h, numbers="none")
    received(rng, pages[0], home(), d, 0.3)
    if rng.random() < 0.3:
        hand(
            pages[0],
            m + 10,
            hh - m - 40,
            tr(
                home(),
                f"pd {short(d + timedelta(days=9), home())}",
                f"überw. {short(d + timedelta(days=9), home())}",
                f"réglé {short(d + timedelta(days=9), home())}",
            ),
            11,
        )
    remember(d, (h.name, d))
    return pages


# ---------------------------------------------------------------------------------------------
# Templates WW: contractors, machinery, audits
# ---------------------------------------------------------------------------------------------

OPS = {
    "en": [
        ("Mowing (9 m triple)", "ha", 32.0),
        ("Tedding", "ha", 14.0),
        ("Raking (twin rotor)", "ha", 15.0),
        ("Self-propelled forager", "hr", 285.0),
        ("Trailer and driver", "hr", 48.0),
        ("Buck rake / clamp rolling", "hr", 52.0),
        ("Umbilical slurry spreading", "m3", 1.65),
        ("Hedge cutting", "hr", 46.0),
        ("Round baling and wrapping", "bale", 9.5),
        ("Sheeting clamp", "job", 120.0),
    ],
    "de": [
        ("Mähen 9 m Mähkombination", "ha", 38.0),
        ("Zetten", "ha", 16.0),
        ("Schwaden", "ha", 19.0),
        ("Feldhäcksler", "Std", 320.0),
        ("Abfahrer mit Fahrer", "Std", 62.0),
        ("Siloverdichtung Radlader", "Std", 68.0),
        ("Gülleausbringung Schleppschuh", "m³", 2.9),
        ("Knickpflege", "Std", 58.0),
        ("Rundballen pressen und wickeln", "Stk", 11.5),
    ],
    "fr": [
        ("Fauche", "ha", 36.0),
        ("Fanage", "ha", 15.0),
        ("Andainage", "ha", 18.0),
        ("Ensileuse automotrice", "h", 310.0),
        ("Benne + chauffeur", "h", 55.0),
        ("Tassage silo", "h", 60.0),
        ("Épandage lisier pendillards", "m³", 2.6),
        ("Taille de haies (lamier)", "h", 62.0),
        ("Pressage enrubannage", "botte", 10.5),
    ],
}


def tpl_contractor_invoice(rng: random.Random, who: Issuer) -> list[Page]:
    """The agricultural contractor's invoice for silage, slurry or hedge work by field,
    hour, hectare or cubic metre; often the job sheet filled in and signed in the yard
    behind it, on A5 or a narrow pad sheet."""
    h = head_of(who, "contractor")
    lg = h.lang
    s = style_of(h, A4)
    w, _ = s.page_size
    m = s.margin
    prev = run_of("contractor_invoice", h.name)
    d = prev[1] + timedelta(days=rng.randint(12, 35)) if isinstance(prev, tuple) else some_day(rng)
    inv = serial(rng, rng.choice(["9999", "R99-999", "F2025-0999"]))
    f = sheets(s, h, f"{h.name} - {tr(lg, 'Invoice', 'Rechnung', 'Facture')} {inv}")
    recipient(
        f,
        s,
        h,
        farm_lines(),
        d,
        [
            (tr(lg, "Invoice", "Rechnung", "Facture"), inv),
            (tr(lg, "Customer", "Kunde", "Client"), account_no(who, "contr")),
        ],
    )
    caption(f, s, tr(lg, "INVOICE", "RECHNUNG", "FACTURE"), 3)
    job = rng.choice(["silage", "slurry", "hedges", "bales"])
    pick = {
        "silage": [0, 1, 2, 3, 4, 5, 9],
        "slurry": [6],
        "hedges": [7],
        "bales": [0, 1, 2, 8],
    }[job]
    ops = [OPS[lg][k] for k in pick if k < len(OPS[lg])]
    if not ops:
        ops = [OPS[lg][0]]
    cut = (prev[2] + 1) if isinstance(prev, tuple) else rng.randint(1, 3)
    if job == "silage":
        write(
            f,
            s,
            tr(
                lg,
                f"{cut}{['st', 'nd', 'rd', 'th'][min(cut, 4) - 1]} cut grass silage",
                f"{cut}. Schnitt Grassilage",
                f"Ensilage herbe - {cut}e coupe",
            ),
            s.size,
        )
    rows = []
    net = 0.0
    fields_ = parcels(12)
    workday = d - timedelta(days=rng.randint(3, 20))
    for nm, unit, price in ops:
        qty = {
            "ha": rng.uniform(8, 40),
            "hr": rng.uniform(2, 14),
            "Std": rng.uniform(2, 14),
            "h": rng.uniform(2, 14),
            "m3": rng.uniform(150, 900),
            "m³": rng.uniform(150, 900),
        }.get(unit, rng.randint(20, 160))
        qty = (
            round(qty, 1)
            if unit not in ("bale", "Stk", "botte", "job")
            else int(qty if unit != "job" else 1)
        )
        v = round(qty * price, 2)
        net += v
        where = ", ".join(f[1] for f in rng.sample(fields_, rng.randint(1, 3)))
        rows.append(
            [
                short(workday, lg),
                fit(f"{nm} - {where}", s.font, 8, (w - 2 * m) * 0.45),
                f"{qty:g} {unit}",
                money(price, lg),
                money(v, lg),
            ]
        )
        workday += timedelta(days=rng.choice([0, 0, 1]))
    table(
        f,
        columns(m, w - m, [(1, "left"), (4, "left"), (1, "right"), (0.9, "right"), (1.1, "right")]),
        [
            tr(lg, "Date", "Datum", "Date"),
            tr(lg, "Operation / field", "Arbeit / Schlag", "Travaux / parcelle"),
            tr(lg, "Qty", "Menge", "Qté"),
            tr(lg, "Rate", "Preis", "P.U."),
            tr(lg, "Amount", "Betrag", "Montant"),
        ],
        rows,
        s,
        size=8,
        rules=rng.random() < 0.6,
    )
    if rng.random() < 0.4:
        net += 0.0
        write(
            f,
            s,
            tr(
                lg,
                "Fuel surcharge included at current red diesel price.",
                "Dieselzuschlag im Preis enthalten.",
                "Indexation gazole non routier incluse.",
            ),
            s.size - 1.5,
        )
    totals(f, s, lg, round(net, 2), vat_rate(lg) if lg != "fr" or "CUMA" not in h.name else 20.0)
    write(
        f,
        s,
        tr(
            lg,
            "Terms: 30 days. Thank you for your custom.",
            "Zahlbar innerhalb von 30 Tagen ohne Abzug.",
            "Paiement à 30 jours fin de mois.",
        ),
        s.size - 1,
    )
    pages = close(f.pages, s, h, numbers="none")
    if rng.random() < 0.6:
        size2 = rng.choice([A5, SLIP, A5])
        p = Page(size2)
        w2, h2 = size2
        x = 22.0
        y = 30.0
        p.text(w2 / 2, y, fit(h.name, "Helvetica-Bold", 9, w2 - 40), "Helvetica-Bold", 9, "center")
        y += 14
        p.text(
            w2 / 2,
            y,
            tr(lg, "JOB SHEET", "ARBEITSNACHWEIS", "BON DE TRAVAUX"),
            "Helvetica-Bold",
            11,
            "center",
        )
        p.text(w2 - x, y, f"No {serial(rng, '9999')}", "Helvetica", 8, "right")
        y += 16
        for cap_, val in [
            (tr(lg, "Customer", "Kunde", "Client"), farm_head().name),
            (tr(lg, "Date", "Datum", "Date"), short(d - timedelta(days=rng.randint(3, 20)), lg)),
            (tr(lg, "Driver", "Fahrer", "Chauffeur"), staff(h, "driver").split()[0]),
            (
                tr(lg, "Machine", "Maschine", "Matériel"),
                rng.choice(
                    [
                        "Claas Jaguar 950",
                        "Krone BiG X 630",
                        "JD 8500i",
                        "Vogelsang umbilical",
                        "McConnel PA6565",
                    ]
                ),
            ),
        ]:
            p.text(x, y, cap_ + ":", "Helvetica", 7.5)
            hand(p, x + 52, y, val, 9, w2 - 2 * x - 52)
            p.line(x + 50, y + 2, w2 - x, y + 2)
            y += 16
        p.text(x, y, tr(lg, "Start", "Beginn", "Début"), "Helvetica", 7.5)
        hand(p, x + 34, y, f"{rng.randint(6, 10)}:{rng.choice(['00', '15', '30'])}", 9)
        p.text(w2 / 2, y, tr(lg, "Finish", "Ende", "Fin"), "Helvetica", 7.5)
        hand(p, w2 / 2 + 30, y, f"{rng.randint(15, 22)}:{rng.choice(['00', '30', '45'])}", 9)
        y += 18
        p.text(
            x,
            y,
            tr(lg, "Work done / fields", "Arbeiten / Flächen", "Travaux / parcelles"),
            "Helvetica-Bold",
            7.5,
        )
        y += 14
        for nm, _unit, _ in ops[:6]:
            if y > h2 - 70:
                break
            hand(
                p,
                x + 4,
                y,
                fit(f"{nm.split(' (')[0]} - {rng.choice(fields_)[1]}", HAND, 8.5, w2 - 2 * x - 8),
                8.5,
            )
            y += 14
        y = h2 - 46
        p.line(x, y, w2 - x, y)
        p.text(
            x,
            y + 10,
            tr(lg, "Customer signature", "Unterschrift Kunde", "Signature client"),
            "Helvetica",
            7,
        )
        if rng.random() < 0.7:
            scrawl(p, x + 10, y - 3, farmer(), 11)
        pages.append(p)
    received(rng, pages[0], home(), d, 0.3)
    remember(d, (h.name, d, cut))
    return pages


TRACTORS = [
    "John Deere 6155R",
    "Fendt 724 Vario",
    "Claas Arion 550",
    "New Holland T6.180",
    "Massey Ferguson 5S.145",
    "Deutz-Fahr 6175 TTV",
    "Kubota M7-173",
    "JCB 542-70 Agri",
]


def tpl_service_sheet(rng: random.Random, who: Issuer) -> list[Page]:
    """The machinery dealer's workshop invoice for a tractor or telehandler service: the
    machine, hours, the work done, parts and labour, the technician; the service checklist
    with ticks and readings on a page of its own."""
    h = head_of(who, "dealer", abroad=0.12)
    lg = h.lang
    s = style_of(h, A4, pt=8.5)
    w, _ = s.page_size
    m = s.margin
    d = some_day(rng)
    mach = keyed(who, "mach").choice(TRACTORS)
    serial_no = serial(keyed(who, "serial"), "AA99999AA999999")
    hours = rng.randint(1200, 9800)
    wo = serial(rng, rng.choice(["WO99999", "WA-999999", "OR 99999"]))
    f = sheets(
        s,
        h,
        f"{h.name} - {tr(lg, 'Workshop invoice', 'Werkstattrechnung', 'Facture atelier')} {wo}",
    )
    recipient(
        f,
        s,
        h,
        farm_lines(),
        d,
        [
            (tr(lg, "Job no.", "Auftrag", "OR n°"), wo),
            (tr(lg, "Account", "Kunde", "Client"), account_no(who, "dealer")),
        ],
    )
    caption(
        f, s, tr(lg, "WORKSHOP INVOICE", "WERKSTATTRECHNUNG", "FACTURE - ORDRE DE RÉPARATION"), 3
    )
    f.y = fields(
        f.page,
        s,
        m,
        f.y,
        w - 2 * m,
        [
            (tr(lg, "Machine", "Fahrzeug", "Matériel"), mach),
            (tr(lg, "Serial no.", "Fahrgestell-Nr.", "N° de série"), serial_no),
            (tr(lg, "Hours", "Betriebsstunden", "Heures"), str(hours)),
            (tr(lg, "Technician", "Monteur", "Technicien"), staff(h, "tech")),
        ],
        per=4,
        tall=24,
        hand=False,
    )
    write(
        f,
        s,
        tr(
            lg,
            f"Carry out {rng.choice([500, 1000, 1500, 2000])} hour service. ",
            "Inspektion lt. Wartungsplan durchführen. ",
            "Effectuer révision selon carnet d'entretien. ",
        )
        + rng.choice(
            [
                "",
                tr(
                    lg,
                    "Investigate hydraulic leak on rear linkage.",
                    "Undichtigkeit Hubwerk prüfen.",
                    "Recherche fuite hydraulique relevage.",
                ),
                tr(
                    lg,
                    "Replace front brake pads.",
                    "Bremsbeläge vorn erneuern.",
                    "Remplacer plaquettes AV.",
                ),
            ]
        ),
        s.size,
    )
    parts = [
        (
            serial(rng, "AA999999"),
            tr(lg, "Engine oil filter", "Motorölfilter", "Filtre à huile moteur"),
            1,
            38.5,
        ),
        (
            serial(rng, "AA999999"),
            tr(lg, "Fuel filter kit", "Kraftstofffilter Satz", "Kit filtres gasoil"),
            1,
            64.2,
        ),
        (
            serial(rng, "99999999"),
            tr(lg, "Engine oil 15W-40 (litres)", "Motoröl 15W-40 (l)", "Huile moteur 15W-40 (l)"),
            rng.randint(14, 26),
            4.1,
        ),
        (
            serial(rng, "AA999999"),
            tr(lg, "Air filter outer", "Luftfilter außen", "Filtre à air ext."),
            1,
            72.0,
        ),
        (
            serial(rng, "99999"),
            tr(lg, "Hydraulic oil (litres)", "Hydrauliköl (l)", "Huile hydraulique (l)"),
            rng.choice([0, 0, 60, 80]),
            3.6,
        ),
    ]
    rows = []
    net = 0.0
    for pn, nm, q, pr in parts:
        if q:
            v = q * pr
            net += v
            rows.append([pn, nm, str(q), money(pr, lg), money(v, lg)])
    lab_h = rng.choice([2.5, 3.0, 4.5, 6.0, 7.5])
    rate = {"en": 68.0, "de": 89.0, "fr": 72.0}[lg]
    rows.append(
        [
            "",
            tr(lg, "Labour", "Arbeitszeit Monteur", "Main d'oeuvre"),
            f"{lab_h:g}",
            money(rate, lg),
            money(lab_h * rate, lg),
        ]
    )
    rows.append(
        [
            "",
            tr(lg, "Travel / van", "Anfahrt Servicewagen", "Déplacement"),
            "1",
            money(45.0, lg),
            money(45.0, lg),
        ]
    )
    net += lab_h * rate + 45
    table(
        f,
        columns(
            m, w - m, [(1.2, "left"), (3, "left"), (0.6, "right"), (0.9, "right"), (1, "right")]
        ),
        [
            tr(lg, "Part no.", "Teile-Nr.", "Réf."),
            tr(lg, "Description", "Bezeichnung", "Désignation"),
            tr(lg, "Qty", "Menge", "Qté"),
            tr(lg, "Unit", "Preis", "P.U."),
            tr(lg, "Total", "Betrag", "Total"),
        ],
        rows,
        s,
        size=8,
        rules=True,
    )
    totals(f, s, lg, round(net, 2), vat_rate(lg))
    pages = close(f.pages, s, h)
    if rng.random() < 0.7:
        s2 = style_of(h, A4, margin=44, pt=8)
        q = Page(A4)
        y = 44.0
        q.text(
            44,
            y,
            tr(
                lg,
                "SERVICE CHECKLIST",
                "WARTUNGSCHECKLISTE / INSPEKTIONSPROTOKOLL",
                "FICHE DE CONTRÔLE ENTRETIEN",
            ),
            s2.bold,
            12,
        )
        q.text(w - 44, y, fit(mach, s2.font, 9, 200), s2.font, 9, "right")
        y += 14
        q.text(
            44,
            y,
            f"{tr(lg, 'Serial', 'Fgst.-Nr.', 'N° série')} {serial_no}  -  "
            f"{tr(lg, 'Hours', 'Bh', 'Heures')} {hours}  -  {wo}",
            s2.font,
            8,
        )
        y += 20
        checks = tr(
            lg,
            "Engine oil and filter|Fuel filters / water separator|Air filter|Coolant level and "
            "strength|Fan belt|Transmission oil level|Hydraulic filter|Front axle oil|Brakes and "
            "handbrake|Lights and beacons|Tyre pressures|Pick-up hitch and linkage|Grease all "
            "points|Battery and terminals|Cab filter|Road test",
            "Motoröl und Filter|Kraftstofffilter / Wasserabscheider|Luftfilter|Kühlmittel "
            "Frostschutz|Keilriemen|Getriebeölstand|Hydraulikfilter|Vorderachsöl|Bremsen / "
            "Feststellbremse|Beleuchtung / Rundumleuchte|Reifendruck|Zugmaul und "
            "Hubwerk|Abschmieren|Batterie|Kabinenfilter|Probefahrt",
            "Huile et filtre moteur|Filtres gasoil / décanteur|Filtre à air|Liquide de "
            "refroidissement|Courroie|Niveau transmission|Filtre hydraulique|Pont avant|Freins / "
            "frein de parc|Éclairage / gyrophare|Pression pneus|Crochet et "
            "relevage|Graissage|Batterie|Filtre cabine|Essai routier",
        ).split("|")
        cols_x = [44, w / 2 + 10]
        for k, c_ in enumerate(checks):
            x = cols_x[k % 2]
            yy = y + (k // 2) * 20
            q.text(x, yy, fit(c_, s2.font, 8, w / 2 - 110), s2.font, 8)
            for j, lab in enumerate(
                ["OK", tr(lg, "Adj", "Einst.", "Rég."), tr(lg, "Rep", "Ers.", "Rem.")]
            ):
                bx = x + w / 2 - 110 + j * 26
                q.rect(bx, yy - 7, 8, 8)
                if (j == 0 and rng.random() < 0.85) or (j == 2 and rng.random() < 0.08):
                    hand(q, bx + 1, yy, "x", 9)
                if k < 2:
                    q.text(bx, yy - 11, lab, s2.font, 5.5)
        y += (len(checks) // 2 + 1) * 20 + 10
        q.text(
            44,
            y,
            tr(
                lg,
                "Technician's comments",
                "Bemerkungen des Monteurs",
                "Observations du technicien",
            ),
            s2.bold,
            9,
        )
        y += 14
        for ln in wrap(
            rng.choice(
                [
                    tr(
                        lg,
                        "Front tyres worn - advise replace before winter. Slight weep from PTO "
                        "seal, monitor.",
                        "Vorderreifen abgefahren, Austausch empfohlen. Zapfwellendichtung leicht "
                        "feucht.",
                        "Pneus AV usés, à prévoir. Léger suintement joint prise de force.",
                    )
                ]
            ),
            HAND,
            9.5,
            w - 88,
        ):
            q.text(44, y, ln, HAND, 9.5)
            y += 14
        y += 30
        q.line(44, y, 230, y)
        q.text(44, y + 10, tr(lg, "Technician", "Monteur", "Technicien"), s2.font, 7.5)
        scrawl(q, 50, y - 3, staff(h, "tech"), 11)
        pages.append(q)
    received(rng, pages[0], home(), d, 0.3)
    remember(d)
    return pages


AUDIT_AREAS = {
    "en": [
        "Management and traceability",
        "Animal health and welfare",
        "Medicines",
        "Housing and shelter",
        "Feed and water",
        "Milking and dairy hygiene",
        "Environment and pollution",
        "Biosecurity",
    ],
    "de": [
        "Betriebsdaten und Rückverfolgbarkeit",
        "Tiergesundheit und Tierwohl",
        "Arzneimittel",
        "Haltung",
        "Fütterung und Tränke",
        "Milchgewinnung und Melkhygiene",
        "Umwelt",
        "Reinigung und Schädlingsbekämpfung",
    ],
    "fr": [
        "Identification et traçabilité",
        "Santé des animaux",
        "Pharmacie vétérinaire",
        "Logement et bien-être",
        "Alimentation et abreuvement",
        "Hygiène de la traite",
        "Environnement",
        "Protection du troupeau",
    ],
}


def tpl_assurance_audit(rng: random.Random, who: Issuer) -> list[Page]:
    """The farm assurance audit report (Red Tractor Dairy, QM-Milch, Charte des bonnes
    pratiques d'élevage): the visit details, the result per area with standard numbers, the
    outcome, and a non-conformity page with the corrective actions and deadlines signed on
    the day."""
    h = head_of(who, "assurance")
    lg = h.lang
    s = style_of(h, A4, pt=8.5)
    w, _ = s.page_size
    m = s.margin
    d = some_day(rng)
    scheme = tr(
        lg,
        "Dairy standards - full assessment",
        "QM-Milch Standard - Regelaudit",
        "Charte des bonnes pratiques d'élevage - visite",
    )
    rep = serial(rng, "A999999")
    f = sheets(s, h, f"{scheme} - {farm_head().name} - {rep}")
    caption(f, s, tr(lg, "ASSESSMENT REPORT", "AUDITBERICHT", "RAPPORT DE VISITE"), 5)
    write(f, s, scheme, s.size + 1)
    f.y = fields(
        f.page,
        s,
        m,
        f.y,
        w - 2 * m,
        [
            (tr(lg, "Member", "Betrieb", "Élevage"), farm_head().name),
            (tr(lg, "Membership no.", "Betriebs-ID", "N° EDE"), ids()["holding"]),
            (tr(lg, "Date of visit", "Audittag", "Date"), short(d, lg)),
            (tr(lg, "Assessor", "Auditor/in", "Technicien"), staff(h, "auditor")),
            (tr(lg, "Herd size", "Tierzahl", "Effectif"), str(herd_size())),
            (
                tr(lg, "Visit type", "Auditart", "Type"),
                tr(lg, "Routine, announced", "Regelaudit angemeldet", "Visite de renouvellement"),
            ),
        ],
        per=3,
        tall=24,
        hand=False,
    )
    rows = []
    ncs = []
    for k, area in enumerate(AUDIT_AREAS[lg]):
        n_std = rng.randint(4, 14)
        bad = rng.random() < 0.25
        rows.append(
            [
                f"{k + 1}",
                area,
                str(n_std),
                str(int(bad) + (rng.random() < 0.1)),
                tr(lg, "NC" if bad else "C", "Abw." if bad else "erfüllt", "NC" if bad else "C"),
            ]
        )
        if bad:
            ncs.append((f"{tr(lg, 'DA', 'K', 'CBPE')}.{k + 1}.{rng.randint(1, n_std)}", area))
    table(
        f,
        columns(
            m,
            w - m,
            [(0.4, "left"), (3.2, "left"), (0.9, "right"), (0.9, "right"), (0.9, "center")],
        ),
        [
            "#",
            tr(lg, "Section", "Bereich", "Rubrique"),
            tr(lg, "Standards", "Kriterien", "Points"),
            tr(lg, "Non-conf.", "Abweichungen", "Écarts"),
            tr(lg, "Result", "Ergebnis", "Résultat"),
        ],
        rows,
        s,
        rules=True,
    )
    caption(f, s, tr(lg, "Assessor's summary", "Zusammenfassung", "Synthèse"), 1)
    write(f, s, prose(rng, lg, "audit", 2, 5), s.size - 0.5)
    f.y += 4
    f.y = (
        ticks(
            f.page,
            s,
            m,
            f.y,
            w - 2 * m,
            tr(
                lg,
                "Certificate can be issued|Subject to close-out of non-conformities|Re-visit "
                "required",
                "Zertifikat kann erteilt werden|nach Behebung der Abweichungen|Nachaudit "
                "erforderlich",
                "Adhésion validée|Sous réserve des actions correctives|Nouvelle visite",
            ).split("|"),
            {0 if not ncs else 1},
            8,
        )
        + 4
    )
    if ncs or rng.random() < 0.5:
        f.new_page()
        caption(
            f,
            s,
            tr(
                lg,
                "Non-conformities and corrective actions",
                "Abweichungen und Korrekturmaßnahmen",
                "Écarts et actions correctives",
            ),
            2,
            rule=True,
        )
        nrows = []
        for std, _area in ncs or [("-", "-")]:
            nrows.append(
                [
                    std,
                    fit(words(rng, lg, "audit", 8), s.font, 7.5, 200),
                    fit(words(rng, lg, "audit", 6), s.font, 7.5, 160),
                    short(d + timedelta(days=28), lg),
                ]
            )
        table(
            f,
            columns(m, w - m, [(0.8, "left"), (2.6, "left"), (2.2, "left"), (1, "left")]),
            [
                tr(lg, "Standard", "Kriterium", "Point"),
                tr(lg, "Finding", "Feststellung", "Constat"),
                tr(lg, "Action required", "Maßnahme", "Action"),
                tr(lg, "By", "Frist", "Délai"),
            ],
            nrows,
            s,
            size=7.5,
            rules=True,
        )
        f.y += 10
        write(
            f,
            s,
            tr(
                lg,
                "Evidence of corrective action must be sent to the certification body within 28 "
                "days. Failure to do so will result in suspension.",
                "Die Nachweise sind innerhalb von 4 Wochen bei der Auditstelle einzureichen.",
                "Les justificatifs sont à transmettre dans un délai d'un mois.",
            ),
            s.size - 1,
        )
    f.need(90)
    f.y += 30
    for k, (nm, lab) in enumerate(
        [
            (staff(h, "auditor"), tr(lg, "Assessor", "Auditor/in", "Technicien")),
            (farmer(), tr(lg, "Member", "Betriebsleiter/in", "Éleveur")),
        ]
    ):
        x = m + k * (w - 2 * m) / 2
        scrawl(f.page, x + 4, f.y - 3, nm, 11)
        f.page.line(x, f.y, x + 160, f.y)
        f.page.text(x, f.y + 10, f"{lab}: {nm}", s.font, 7.5)
    f.y += 24
    remember(d)
    return close(
        f.pages,
        s,
        h,
        numbers=rng.choice(["Page {i} of {n}", "{i}/{n}"]) if lg != "de" else "Seite {i} von {n}",
    )


# ---------------------------------------------------------------------------------------------
# Templates WW: bank, insurer, knackery, laboratory
# ---------------------------------------------------------------------------------------------


def tpl_bank_letter(rng: random.Random, who: Issuer) -> list[Page]:
    """The bank's facility letter: the annual overdraft renewal or a term loan for a new
    building or machine, the conditions in numbered paragraphs, a repayment schedule on a
    page of its own, and the acceptance page to sign and return."""
    h = head_of(who, "bank")
    lg = h.lang
    s = style_of(h, A4)
    w, _ = s.page_size
    m = s.margin
    d = some_day(rng)
    loan = rng.random() < 0.5
    amount = (
        rng.choice([50000, 80000, 120000, 150000, 250000, 400000])
        if loan
        else rng.choice([40000, 60000, 75000, 100000, 150000])
    )
    ref = serial(rng, rng.choice(["FAC/99999", "99999999", "PR-9999999"]))
    f = sheets(s, h, f"{h.name} - {ref} - {farm_head().name}")
    recipient(
        f,
        s,
        h,
        farm_lines(),
        d,
        [
            (tr(lg, "Our ref", "Unser Zeichen", "Réf."), ref),
            (tr(lg, "Relationship manager", "Ihr Berater", "Votre conseiller"), staff(h, "rm")),
        ],
    )
    subj = (
        tr(
            lg,
            f"Term loan facility of {cash(amount, lg)}",
            f"Darlehenszusage über {cash(amount, lg)}",
            f"Offre de prêt moyen terme de {cash(amount, lg)}",
        )
        if loan
        else tr(
            lg,
            f"Renewal of your overdraft facility of {cash(amount, lg)}",
            f"Prolongation Ihres Kontokorrentkredits über {cash(amount, lg)}",
            f"Renouvellement de votre ouverture de crédit de {cash(amount, lg)}",
        )
    )
    f.page.text(m, f.y, fit(subj, s.bold, s.size + 0.5, w - 2 * m), s.bold, s.size + 0.5)
    f.y += 22
    write(f, s, dear(lg, None))
    write(f, s, prose(rng, lg, "money", 2, 3))
    purpose = rng.choice(
        tr(
            lg,
            "new cubicle shed|slurry store|robotic milking units|tractor purchase|land purchase",
            "Neubau Boxenlaufstall|Güllebehälter|Melkroboter|Schlepperfinanzierung|Flächenkauf",
            "stabulation logettes|fosse à lisier|robots de traite|achat tracteur|achat foncier",
        ).split("|")
    )
    conds = [
        (tr(lg, "Borrower", "Kreditnehmer", "Emprunteur"), farm_head().name),
        (tr(lg, "Amount", "Betrag", "Montant"), cash(amount, lg)),
        (
            tr(lg, "Purpose", "Verwendungszweck", "Objet"),
            purpose if loan else tr(lg, "working capital", "Betriebsmittel", "trésorerie"),
        ),
        (
            tr(lg, "Interest", "Zinssatz", "Taux"),
            f"{rng.uniform(2.2, 4.5):.2f} % " + tr(lg, "over Base Rate", "p.a. fest", "fixe"),
        ),
        (
            tr(lg, "Term", "Laufzeit", "Durée"),
            f"{rng.choice([5, 7, 10, 15, 20])} " + tr(lg, "years", "Jahre", "ans")
            if loan
            else tr(lg, "12 months, review date ", "bis ", "12 mois, échéance ")
            + short(add_months(d, 12), lg),
        ),
        (
            tr(lg, "Arrangement fee", "Bearbeitungsentgelt", "Frais de dossier"),
            cash(rng.choice([250, 500, 750, 1000]), lg),
        ),
        (
            tr(lg, "Security", "Sicherheiten", "Garanties"),
            tr(
                lg,
                "First legal charge over the farm",
                "Grundschuld Abt. III",
                "Hypothèque de 1er rang / caution SAFER",
            ),
        ),
    ]
    f.y = pairs(f.page, s, m + 10, f.y + 4, conds, w - m - 10) + 8
    for k in range(rng.randint(3, 7)):
        write(f, s, f"{k + 1}. {words(rng, lg, 'money', rng.randint(16, 36))}", s.size - 0.5, 10)
    regards(
        f,
        s,
        lg,
        staff(h, "rm"),
        tr(
            lg,
            "Agricultural Relationship Manager",
            "Firmenkundenberater Landwirtschaft",
            "Conseiller agricole",
        ),
    )
    pages = f.pages
    if loan and rng.random() < 0.75:
        s2 = style_of(h, A4, pt=8)
        g = sheets(s2, h, f"{h.name} - {ref}", top=False)
        caption(
            g,
            s2,
            tr(lg, "Repayment schedule", "Tilgungsplan", "Tableau d'amortissement"),
            2,
            rule=True,
        )
        years = rng.choice([5, 7, 10])
        n = years * (4 if lg == "de" else 12 if lg == "en" else 4)
        rate = rng.uniform(0.035, 0.055) / (n / years)
        pay = amount * rate / (1 - (1 + rate) ** -n)
        bal = float(amount)
        rows = []
        dd = add_months(d, 1)
        for k in range(n):
            i_ = bal * rate
            cap = pay - i_
            bal -= cap
            rows.append(
                [
                    str(k + 1),
                    short(dd, lg),
                    money(pay, lg),
                    money(i_, lg),
                    money(cap, lg),
                    money(max(bal, 0), lg),
                ]
            )
            dd = add_months(dd, 12 * years // n)
        table(
            g,
            columns(
                s2.margin,
                w - s2.margin,
                [
                    (0.5, "center"),
                    (1.1, "left"),
                    (1, "right"),
                    (1, "right"),
                    (1, "right"),
                    (1.2, "right"),
                ],
            ),
            [
                "#",
                tr(lg, "Date", "Fälligkeit", "Échéance"),
                tr(lg, "Payment", "Rate", "Échéance"),
                tr(lg, "Interest", "Zins", "Intérêts"),
                tr(lg, "Capital", "Tilgung", "Capital"),
                tr(lg, "Balance", "Restschuld", "Capital restant"),
            ],
            rows,
            s2,
            size=7,
            step=1.35,
        )
        pages = pages + g.pages
    # The acceptance page.
    q = Page(A4)
    y = heading(q, s, h) if h.again else 70.0
    q.text(
        m, y, tr(lg, "ACCEPTANCE", "EINVERSTÄNDNISERKLÄRUNG", "ACCEPTATION DE L'OFFRE"), s.bold, 12
    )
    y += 20
    y = (
        text_plain(
            q,
            s,
            m,
            y,
            w - 2 * m,
            tr(
                lg,
                f"We accept the facility described in your letter dated {day(h, d)} (ref {ref}) "
                "on the terms and conditions set out in it.",
                f"Wir nehmen das Angebot vom {day(h, d)} (Zeichen {ref}) zu den genannten "
                "Bedingungen an.",
                f"Nous acceptons l'offre du {day(h, d)} (réf. {ref}) aux conditions ci-dessus, "
                "après un délai de réflexion de dix jours.",
            ),
        )
        + 30
    )
    for k in range(2):
        q.line(m, y, m + 220, y)
        q.text(
            m,
            y + 10,
            f"{tr(lg, 'Signed for and on behalf of', 'Unterschrift', 'Signature')} "
            f"{farm_head().name}",
            s.font,
            7.5,
        )
        q.line(w - m - 120, y, w - m, y)
        q.text(w - m - 120, y + 10, tr(lg, "Date", "Datum", "Date"), s.font, 7.5)
        if rng.random() < 0.5:
            scrawl(q, m + 8, y - 3, farmer() if k == 0 else staff(farm_head(), "partner"))
            hand(q, w - m - 112, y - 4, short(d + timedelta(days=rng.randint(3, 14)), lg))
        y += 50
    if lg == "fr":
        q.text(m, y, "Mention manuscrite : « Bon pour acceptation de l'offre de prêt »", s.font, 8)
    pages.append(q)
    received(rng, pages[0], home(), d, 0.3)
    remember(d)
    return close(pages, s, h)


def tpl_insurance_schedule(rng: random.Random, who: Issuer) -> list[Page]:
    """The farm insurer's renewal: a covering letter with the premium and the direct debit,
    then the schedule with the sections of cover, the buildings and the machinery listed
    with sums insured (the machinery now and then on a landscape page)."""
    h = head_of(who, "insurer")
    lg = h.lang
    s = style_of(h, A4)
    w, _ = s.page_size
    m = s.margin
    d = some_day(rng)
    pol = serial(keyed(who, "pol"), rng.choice(["AAA9999999", "99.999.999", "9999999999"]))
    renew = add_months(d, 1)
    premium = rng.uniform(4200, 14800)
    f = sheets(s, h, f"{h.name} - {tr(lg, 'Policy', 'Vertrag', 'Contrat')} {pol}")
    recipient(
        f,
        s,
        h,
        farm_lines(),
        d,
        [
            (tr(lg, "Policy no.", "Versicherungsschein-Nr.", "Contrat n°"), pol),
            (tr(lg, "Renewal date", "Hauptfälligkeit", "Échéance"), short(renew, lg)),
        ],
    )
    f.page.text(
        m,
        f.y,
        tr(
            lg,
            "Your Farm Combined policy renewal",
            "Ihre landwirtschaftliche Betriebsversicherung - Beitragsrechnung",
            "Avis d'échéance - Multirisque exploitation agricole",
        ),
        s.bold,
        s.size + 0.5,
    )
    f.y += 22
    write(f, s, dear(lg, None))
    write(f, s, prose(rng, lg, "money", 2, 3))
    f.y = (
        pairs(
            f.page,
            s,
            m + 10,
            f.y,
            [
                (
                    tr(
                        lg,
                        "Annual premium (incl. IPT)",
                        "Jahresbeitrag inkl. VersSt",
                        "Cotisation annuelle TTC",
                    ),
                    cash(premium, lg),
                ),
                (
                    tr(lg, "Payment", "Zahlungsweise", "Paiement"),
                    tr(
                        lg,
                        "12 monthly direct debits",
                        "jährlich per Lastschrift",
                        "prélèvement mensuel",
                    ),
                ),
            ],
            w - m - 10,
        )
        + 8
    )
    write(f, s, prose(rng, lg, "money", 1, 2))
    regards(f, s, lg, staff(h, "agent"), tr(lg, "Agent", "Ihr Agenturleiter", "Votre conseiller"))
    pages = close(f.pages, s, h, numbers="none")
    s2 = style_of(h, A4, pt=8.5)
    g = sheets(
        s2,
        h,
        f"{tr(lg, 'Schedule', 'Nachtrag zum Versicherungsschein', 'Conditions particulières')} "
        f"{pol}",
        top=rng.random() < 0.5,
    )
    caption(
        g,
        s2,
        tr(lg, "SCHEDULE", "VERSICHERUNGSSCHEIN / NACHTRAG", "CONDITIONS PARTICULIÈRES"),
        3,
        rule=True,
    )
    g.y = (
        pairs(
            g.page,
            s2,
            s2.margin,
            g.y,
            [
                (tr(lg, "Policyholder", "Versicherungsnehmer", "Souscripteur"), farm_head().name),
                (
                    tr(lg, "Period of insurance", "Versicherungsdauer", "Période"),
                    f"{short(renew, lg)} - {short(add_months(renew, 12) - timedelta(days=1), lg)}",
                ),
                (
                    tr(lg, "Business", "Betriebsart", "Activité"),
                    tr(
                        lg,
                        "Dairy farming, arable and farm shop",
                        "Milchviehhaltung, Ackerbau, Hofladen",
                        "Élevage laitier, cultures, vente directe",
                    ),
                ),
            ],
            w - s2.margin,
        )
        + 6
    )
    secs = [
        [
            tr(lg, "Farm buildings", "Wirtschaftsgebäude", "Bâtiments d'exploitation"),
            tr(lg, "Insured", "versichert", "garanti"),
        ],
        [
            tr(
                lg, "Farm produce and feed", "Vorräte und Ernteerzeugnisse", "Récoltes et fourrages"
            ),
            tr(lg, "Insured", "versichert", "garanti"),
        ],
        [
            tr(lg, "Livestock", "Tierbestand", "Cheptel"),
            f"{herd_size()} " + tr(lg, "dairy cows", "Milchkühe", "vaches"),
        ],
        [
            tr(lg, "Public liability", "Betriebshaftpflicht", "Responsabilité civile"),
            cash(rng.choice([5, 10]) * 1_000_000, lg),
        ],
        [
            tr(lg, "Employers' liability", "Ertragsausfall", "Perte d'exploitation"),
            cash(10_000_000 if lg == "en" else 250000, lg),
        ],
        [
            tr(lg, "Milk in tank / contamination", "Milchkühlung / Stromausfall", "Lait en tank"),
            tr(lg, "Insured", "versichert", "garanti"),
        ],
    ]
    table(
        g,
        columns(s2.margin, w - s2.margin, [(3, "left"), (2, "left")]),
        [tr(lg, "Section", "Baustein", "Garantie"), tr(lg, "Cover", "Umfang", "Étendue")],
        secs,
        s2,
        rules=True,
    )
    blds = tr(
        lg,
        "Farmhouse|Milking parlour and dairy|Cubicle shed|Silage clamp|Slurry lagoon|Calf "
        "shed|Grain store|Farm shop",
        "Wohnhaus|Melkhaus mit "
        "Milchkammer|Boxenlaufstall|Fahrsilo|Güllebehälter|Kälberstall|Maschinenhalle|Hofladen",
        "Habitation|Salle de traite|Stabulation|Silo couloir|Fosse à "
        "lisier|Nurserie|Hangar|Magasin",
    ).split("|")
    rows = [
        [
            b,
            str(rng.randint(1920, 2022)),
            rng.choice(
                tr(
                    lg,
                    "Brick/slate|Steel portal|Timber|Concrete",
                    "Massiv|Stahlhalle|Holz|Beton",
                    "Maçonnerie|Charpente métallique|Bois|Béton",
                ).split("|")
            ),
            money(rng.choice([45, 80, 120, 180, 260, 420, 650]) * 1000, lg),
        ]
        for b in rng.sample(blds, rng.randint(4, 8))
    ]
    caption(g, s2, tr(lg, "Buildings", "Gebäude", "Bâtiments"), 1)
    table(
        g,
        columns(
            s2.margin,
            w - s2.margin,
            [(2.4, "left"), (0.7, "center"), (1.6, "left"), (1.2, "right")],
        ),
        [
            tr(lg, "Building", "Gebäude", "Bâtiment"),
            tr(lg, "Built", "Baujahr", "Année"),
            tr(lg, "Construction", "Bauart", "Construction"),
            tr(lg, "Sum insured", "Versicherungssumme", "Capital"),
        ],
        rows,
        s2,
        rules=True,
    )
    pages += close(g.pages, s2, h, numbers="none")
    if rng.random() < 0.6:
        s3 = style_of(h, landscape(A4), margin=40, pt=8)
        w3, _ = s3.page_size
        k_ = sheets(
            s3,
            h,
            tr(
                lg,
                "Schedule of vehicles and machinery",
                "Fahrzeugverzeichnis",
                "Liste des matériels",
            )
            + f" - {pol}",
            top=False,
        )
        caption(
            k_,
            s3,
            tr(
                lg,
                "Schedule of vehicles and machinery",
                "Verzeichnis der versicherten Fahrzeuge und Maschinen",
                "Liste des véhicules et matériels assurés",
            ),
            2,
            rule=True,
        )
        mrows = []
        for t in rng.sample(
            [
                *TRACTORS,
                "JCB 531-70 telehandler",
                "Quad ATV",
                "Krone mower",
                "Slurry tanker 2600 gal",
                "Kverneland plough",
            ],
            rng.randint(5, 11),
        ):
            mrows.append(
                [
                    t,
                    str(rng.randint(2008, 2024)),
                    serial(rng, {"en": "AA99 AAA", "de": "AA-AA 999", "fr": "AA-999-AA"}[lg])
                    if rng.random() < 0.6
                    else "-",
                    rng.choice(
                        tr(
                            lg,
                            "Comprehensive|Third party fire & theft|Road risks",
                            "Vollkasko|Teilkasko|Haftpflicht",
                            "Tous risques|Tiers|Bris de machine",
                        ).split("|")
                    ),
                    money(rng.choice([8, 15, 35, 60, 95, 140]) * 1000, lg),
                ]
            )
        table(
            k_,
            columns(
                s3.margin,
                w3 - s3.margin,
                [(2.6, "left"), (0.7, "center"), (1.2, "left"), (2, "left"), (1.2, "right")],
            ),
            [
                tr(lg, "Vehicle / machine", "Fahrzeug", "Matériel"),
                tr(lg, "Year", "Baujahr", "Année"),
                tr(lg, "Registration", "Kennzeichen", "Immat."),
                tr(lg, "Cover", "Deckung", "Garantie"),
                tr(lg, "Value", "Wert", "Valeur"),
            ],
            mrows,
            s3,
            rules=True,
        )
        pages += k_.pages
    received(rng, pages[0], home(), d, 0.3)
    remember(d)
    return pages


def tpl_fallen_stock(rng: random.Random, who: Issuer) -> list[Page]:
    """The knackery's collection note for a dead animal: on an A6 or A5 slip or a
    narrow docket, the ear tag, animal type and weight band, the charge, the driver's and
    the farmer's signatures."""
    h = head_of(who, "knackery")
    lg = h.lang
    size = keyed(who, "size").choice([A6, A5, SLIP])
    s = style_of(h, size, margin=20, pt=7.5)
    w, hh = size
    m = 20.0
    prev = run_of("fallen_stock", h.name)
    d = prev[1] + timedelta(days=rng.randint(2, 12)) if isinstance(prev, tuple) else some_day(rng)
    p = Page(size)
    y = heading(p, s, h)
    p.text(
        w / 2,
        y,
        tr(
            lg, "FALLEN STOCK COLLECTION NOTE", "ABHOLSCHEIN / LIEFERSCHEIN TKB", "BON D'ENLÈVEMENT"
        ),
        s.bold,
        9 if w > 250 else 8,
        "center",
    )
    y += 14
    kind = rng.choice(
        tr(lg, "Cow|Calf|Heifer|Calf", "Kuh|Kalb|Färse|Kalb", "Vache|Veau|Génisse|Veau").split("|")
    )
    n = rng.randint(1, 2) if kind in ("Calf", "Kalb", "Veau") else 1
    items = [
        (tr(lg, "Docket no.", "Beleg-Nr.", "N° bon"), serial(rng, "9999999")),
        (tr(lg, "Date", "Abholdatum", "Date"), short(d, lg)),
        (tr(lg, "Holding", "Reg.-Nr.", "N° EDE"), ids()["holding"]),
        (tr(lg, "Animal", "Tierart", "Catégorie"), f"{n} x {kind}"),
    ]
    y = pairs(p, s, m, y, items, w - m, 7.5) + 4
    for _ in range(n):
        c = rng.choice(herd())
        p.text(m, y, tr(lg, "Ear tag:", "Ohrmarke:", "N° :"), s.font, 7.5)
        hand(
            p,
            m + 44,
            y,
            c.tag
            if kind not in ("Calf", "Kalb", "Veau")
            else ear_tag(lg, ids()["mark"], rng.randint(1000, 9999)),
            9,
            w - 2 * m - 44,
        )
        y += 14
    band_ = (
        rng.choice(["< 50 kg", "50-200 kg", "> 200 kg"])
        if kind not in ("Cow", "Kuh", "Vache")
        else "> 500 kg"
    )
    p.text(m, y, tr(lg, "Weight band:", "Gewichtsklasse:", "Tranche de poids :"), s.font, 7.5)
    p.text(w - m, y, band_, s.bold, 7.5, "right")
    y += 12
    if lg == "en" or rng.random() < 0.5:
        charge = (
            {"en": 95.0, "de": 38.0, "fr": 0.0}[lg]
            * (1 if kind in ("Cow", "Kuh", "Vache") else 0.45)
            * n
        )
        p.text(m, y, tr(lg, "Charge (ex VAT):", "Entgelt Tierhalter:", "Montant :"), s.font, 7.5)
        p.text(
            w - m,
            y,
            cash(charge, lg) if charge else tr(lg, "", "", "pris en charge ATM"),
            s.bold,
            7.5,
            "right",
        )
        y += 12
    if lg == "de":
        p.text(
            m,
            y,
            fit("Der Tierseuchenkasse-Anteil wird direkt abgerechnet.", s.font, 6.5, w - 2 * m),
            s.font,
            6.5,
        )
        y += 10
    y = max(y + 16, hh - 60)
    for k, lab in enumerate(
        [tr(lg, "Driver", "Fahrer", "Chauffeur"), tr(lg, "Farmer", "Tierhalter", "Éleveur")]
    ):
        x = m + k * (w - 2 * m) / 2
        p.line(x, y, x + (w - 2 * m) / 2 - 8, y)
        p.text(x, y + 9, lab, s.font, 6.5)
        if rng.random() < 0.7:
            scrawl(p, x + 2, y - 2, staff(h, "driver") if k == 0 else farmer(), 9)
    remember(d, (h.name, d))
    return [p]


def index_of(v: int, step: int) -> int:
    """A nutrient index (or class) 0..4 of the value ``v``."""
    return min(4, v // step)


def tpl_lab_report(rng: random.Random, who: Issuer) -> list[Page]:
    """A laboratory's analysis report: soil samples by field (pH, P, K, Mg indices, organic
    matter, lime recommendation) or a silage / forage sample (dry matter, ME, crude protein,
    D-value, NDF, pH, ammonia N) with the interpretation bars."""
    h = head_of(who, "lab", abroad=0.15)
    lg = h.lang
    s = style_of(h, A4, pt=8.5)
    w, _ = s.page_size
    m = s.margin
    prev = run_of("lab_report", h.name)
    d = prev[1] + timedelta(days=rng.randint(0, 3)) if isinstance(prev, tuple) else some_day(rng)
    soil = prev[2] if isinstance(prev, tuple) else rng.random() < 0.5
    rep = serial(rng, rng.choice(["AA99999999", "999-99999", "R99/99999"]))
    f = sheets(s, h, f"{h.name} - {tr(lg, 'Report', 'Prüfbericht', 'Rapport')} {rep}")
    recipient(
        f,
        s,
        h,
        farm_lines(),
        d,
        [
            (tr(lg, "Report no.", "Prüfbericht-Nr.", "Rapport n°"), rep),
            (
                tr(lg, "Received", "Eingang", "Reçu le"),
                short(d - timedelta(days=rng.randint(3, 9)), lg),
            ),
        ],
    )
    if soil:
        caption(
            f,
            s,
            tr(
                lg,
                "SOIL ANALYSIS REPORT",
                "PRÜFBERICHT BODENUNTERSUCHUNG",
                "BULLETIN D'ANALYSE DE TERRE",
            ),
            3,
        )
        rows = []
        for _ref, nm, _code, ha in rng.sample(parcels(12), rng.randint(3, 9)):
            ph = rng.uniform(5.4, 7.2)
            pp, kk, mg = rng.randint(8, 45), rng.randint(70, 320), rng.randint(40, 180)
            if lg == "en":
                rows.append(
                    [
                        nm,
                        f"{ha:.1f}",
                        f"{ph:.1f}",
                        f"{pp} ({index_of(pp, 10)})",
                        f"{kk} ({index_of(kk, 80)})",
                        f"{mg} ({index_of(mg, 50)})",
                        f"{rng.uniform(3, 9):.1f}",
                        f"{max(0, (6.3 - ph) * 5):.1f}",
                    ]
                )
            else:
                rows.append(
                    [
                        nm,
                        f"{ha:.1f}",
                        f"{ph:.1f}".replace(".", ","),
                        f"{pp} {'ABCDE'[index_of(pp, 10)]}",
                        f"{kk // 10} {'ABCDE'[index_of(kk, 80)]}",
                        f"{mg // 10} {'ABCDE'[index_of(mg, 50)]}",
                        f"{rng.uniform(2, 6):.1f}".replace(".", ","),
                        f"{max(0, (6.3 - ph) * 20):.0f}",
                    ]
                )
        heads_ = [
            tr(lg, "Field", "Schlag", "Parcelle"),
            "ha",
            "pH",
            tr(lg, "P mg/l", "P2O5 mg/100g", "P2O5 Olsen"),
            tr(lg, "K mg/l", "K2O mg/100g", "K2O"),
            tr(lg, "Mg mg/l", "MgO mg/100g", "MgO"),
            tr(lg, "OM %", "Humus %", "MO %"),
            tr(lg, "Lime t/ha", "Kalk dt CaO/ha", "Chaux kg/ha"),
        ]
        table(
            f,
            columns(
                m,
                w - m,
                [
                    (2, "left"),
                    (0.6, "right"),
                    (0.6, "right"),
                    (1.1, "right"),
                    (1.1, "right"),
                    (1.1, "right"),
                    (0.8, "right"),
                    (1, "right"),
                ],
            ),
            heads_,
            rows,
            s,
            size=7.5,
            rules=True,
        )
        write(
            f,
            s,
            tr(
                lg,
                "Indices in brackets (RB209). Target index for grassland P 2, K 2-. Lime to pH "
                "6.2 on grass, 6.5 on arable.",
                "Gehaltsklassen nach VDLUFA (A sehr niedrig bis E sehr hoch). Kalkbedarf für "
                "Grünland.",
                "Interprétation selon le référentiel COMIFER. Chaulage d'entretien conseillé.",
            ),
            s.size - 1,
        )
    else:
        caption(
            f,
            s,
            tr(
                lg,
                "FORAGE ANALYSIS - GRASS SILAGE",
                "FUTTERMITTELUNTERSUCHUNG GRASSILAGE",
                "ANALYSE DE FOURRAGE - ENSILAGE D'HERBE",
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
                    (
                        tr(lg, "Sample", "Probe", "Échantillon"),
                        rng.choice(
                            tr(
                                lg,
                                "1st cut clamp|2nd cut clamp|Bales big meadow",
                                "1. Schnitt Fahrsilo|2. Schnitt|Rundballen",
                                "Silo 1ère coupe|Silo 2e coupe|Enrubannage",
                            ).split("|")
                        ),
                    ),
                    (
                        tr(lg, "Sampled by", "Probenehmer", "Prélevé par"),
                        rng.choice([farmer(), staff(h, "adviser")]),
                    ),
                ],
                w * 0.6,
            )
            + 6
        )
        vals = [
            (
                tr(lg, "Dry matter %", "Trockensubstanz %", "Matière sèche %"),
                rng.uniform(24, 42),
                (25, 35),
            ),
            (
                tr(lg, "ME MJ/kg DM", "NEL MJ/kg TM", "UFL /kg MS"),
                rng.uniform(10.2, 12.0)
                if lg == "en"
                else rng.uniform(5.8, 6.8)
                if lg == "de"
                else rng.uniform(0.8, 0.95),
                None,
            ),
            (
                tr(lg, "Crude protein % DM", "Rohprotein g/kg TM", "MAT g/kg MS"),
                rng.uniform(12, 17) * (1 if lg == "en" else 10),
                None,
            ),
            (
                tr(lg, "D-value %", "ADFom g/kg TM", "PDIE g/kg MS"),
                rng.uniform(64, 74) * (1 if lg == "en" else 4 if lg == "de" else 1.1),
                None,
            ),
            (
                tr(lg, "NDF % DM", "aNDFom g/kg TM", "NDF g/kg MS"),
                rng.uniform(40, 55) * (1 if lg == "en" else 10),
                None,
            ),
            ("pH", rng.uniform(3.8, 4.6), (3.8, 4.4)),
            (
                tr(lg, "Ammonia N % total N", "NH3-N % Gesamt-N", "N ammoniacal % N total"),
                rng.uniform(4, 12),
                (0, 10),
            ),
        ]
        y = f.y + 4
        for lab, v, _rng in vals:
            f.page.text(m, y, lab, s.font, 8.5)
            f.page.text(
                m + 200,
                y,
                f"{v:.1f}" if lg == "en" else f"{v:.1f}".replace(".", ","),
                s.bold,
                8.5,
                "right",
            )
            bx = m + 220
            bw_ = w - m - bx
            f.page.rect(bx, y - 7, bw_, 8)
            f.page.rect(bx, y - 7, bw_ * rng.uniform(0.2, 0.9), 8, fill=0.55)
            y += 16
        f.y = y + 10
        write(f, s, prose(rng, lg, "dairy", 1, 3), s.size - 0.5)
    f.y += 10
    write(
        f,
        s,
        tr(
            lg,
            "Results relate only to the samples tested. This report shall not be reproduced "
            "except in full.",
            "Die Ergebnisse beziehen sich ausschließlich auf die untersuchten Proben.",
            "Les résultats ne concernent que les échantillons soumis à l'analyse.",
        ),
        7,
    )
    f.need(50)
    f.y += 20
    scrawl(f.page, m, f.y - 3, staff(h, "head"), 11)
    f.page.text(
        m,
        f.y + 9,
        f"{staff(h, 'head')} - "
        f"{tr(lg, 'Laboratory manager', 'Laborleitung', 'Responsable du laboratoire')}",
        s.font,
        7.5,
    )
    remember(d, (h.name, d, soil))
    return close(
        f.pages, s, h, numbers=rng.choice(["Page {i} of {n}", "none"]) if lg == "en" else h.numbers
    )


# ---------------------------------------------------------------------------------------------
# The part: templates, runs and companions
# ---------------------------------------------------------------------------------------------


def tracked(name: str, tpl: Template) -> Template:
    """``tpl`` noting its kind, so that a companion or the next of a run can take it up."""

    def run(rng: random.Random, who: Issuer) -> list[Page]:
        pages = tpl(rng, who)
        LAST["kind"] = name
        return pages

    run.__doc__ = tpl.__doc__
    return run


KINDS: dict[str, Template] = {
    "milk_statement": tpl_milk_statement,
    "quality_notice": tpl_quality_notice,
    "herd_recording": tpl_herd_recording,
    "feed_invoice": tpl_feed_invoice,
    "bulk_ticket": tpl_bulk_ticket,
    "fertiliser_contract": tpl_fertiliser_contract,
    "herd_health_plan": tpl_herd_health_plan,
    "hoof_trim": tpl_hoof_trim,
    "cattle_passport": tpl_cattle_passport,
    "market_sale": tpl_market_sale,
    "area_claim": tpl_area_claim,
    "agency_letter": tpl_agency_letter,
    "land_rent": tpl_land_rent,
    "contractor_invoice": tpl_contractor_invoice,
    "service_sheet": tpl_service_sheet,
    "assurance_audit": tpl_assurance_audit,
    "bank_letter": tpl_bank_letter,
    "insurance_schedule": tpl_insurance_schedule,
    "fallen_stock": tpl_fallen_stock,
    "lab_report": tpl_lab_report,
}
TEMPLATES_WW: dict[str, Template] = {k: tracked(k, t) for k, t in KINDS.items()}
#: Kinds that a pile often holds 2-4 of in a row from one sender.
RUN_KINDS = (
    "bulk_ticket",
    "market_sale",
    "cattle_passport",
    "contractor_invoice",
    "fallen_stock",
    "land_rent",
    "lab_report",
    "milk_statement",
)
#: A kind often followed by a related paper (the same issuer stands for the related sender).
FOLLOWS = {
    "milk_statement": "quality_notice",
    "area_claim": "agency_letter",
    "bulk_ticket": "feed_invoice",
    "assurance_audit": "herd_health_plan",
}


# ---------------------------------------------------------------------------------------------
# Streams and generation (same files and labels as corpus.generate)
# ---------------------------------------------------------------------------------------------


def make_churn_stream(rng: random.Random, n_docs: int, separators: bool) -> Stream:
    """One farm's monthly pile: ``corpus.make_stream`` with batch runs (after a run kind, 1-3
    more of the same kind from the same sender follow with probability 0.6) and companions
    (each kind in ``FOLLOWS`` is followed by its related paper with probability 0.5). The
    farm (country, name, month) is drawn once per stream."""
    r = random.Random(rng.getrandbits(32))
    lang = r.choice(["en", "en", "de", "de", "fr"])
    FARM["lang"] = lang
    FARM["row"] = r.randrange(len(FARMS[lang]))
    FARM["seed"] = r.getrandbits(24)
    FARM["month"] = date(r.choice([2024, 2025]), r.randint(1, 12), 1)
    LAST.update(kind="", day=None, extra=None)
    _HERD.clear()
    run_odds = dict.fromkeys(RUN_KINDS, 0.6)
    return assemble_stream(
        rng, TEMPLATES_WW, n_docs, separators, run_odds, run_len=(1, 3), follows=FOLLOWS
    )


generate = part_generate(PART, SEED_OFFSET, make_churn_stream, "templates WW")


def main(argv: list[str]) -> int:
    return part_main(argv, __doc__, PART, generate, scanned=12)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

"""Mazer part of the generated corpus: templates QQQQ, written blind for the next measurement.

A part of its own, ``mazer``. Its templates were written without looking at the boundary
detector, its documentation, its tuning or its evaluation, as the pile the office of an
independent toy and board game shop with a games café (an owner, two shop assistants and a café
manager; in England, Germany or France) feeds through its scanner in a month: toy and game
distributors' invoices over one to three pages (EAN, RRP, trade discount, net lines, VAT or
reverse charge, a remittance slip now and then) and their delivery notes (cartons, ordered,
shipped and back-ordered quantities ticked off by hand, a carrier label, the goods-received
signature), on A4 or landscape A5; manufacturers' declarations of conformity (EU / UK, Toy
Safety Directive 2009/48/EC or Toys (Safety) Regulations 2011, EN 71 parts, notified body,
signature) sometimes behind a distributor's covering letter and with a landscape test summary
annex; product safety recall notices to retailers with batch codes, a shop-window notice and a
stock return form; the distributors' credit notes (recalled, faulty or short-delivered stock) on
A4 or A5; the café's party and game-night table booking forms, filled in by hand, with the
booking terms on the back; tournament deck registration sheets handed in by players; the
council's food hygiene inspection report (FHRS score sheet, Kontrollbericht der
Lebensmittelüberwachung, rapport d'inspection with the Alim'confiance level) sometimes with its
covering letter; café suppliers' invoices (coffee roaster, bakery, dairy, drinks) on A5 delivery
dockets or A4; the landlord's shop rent demands (quarter days, Gewerbemiete, loyer commercial)
with a statement of account now and then; the card acquirer's monthly merchant statement with a
landscape daily settlement page; online marketplace payout reports printed from the seller
portal, with the browser's header and footer; the gift card and loyalty platform's monthly
report with its fee invoice; trade fair registrations (Spielwarenmesse, Toy Fair, Festival
International des Jeux) with the e-ticket page; the shop and café insurance schedule behind the
broker's covering letter, with an endorsements page and a statement of fact; staff contracts
(written statement of particulars, Arbeitsvertrag, contrat de travail) with a signature page and
a job description annex; weekly staff rotas on landscape sheets with hand changes; customers'
special order slips on A5 or A6; customers' refund request forms with the till receipt stapled
behind; local schools' fundraising letters (PTA raffle, Förderverein, APE tombola) with a reply
slip. Each stream is one shop's pile: the shop (country, name, month, staff) is drawn once per
stream; its senders are of the shop's country and write in its language, except that
distributors, manufacturers and trade fairs are now and then from abroad and write in their own.
Page sizes range from narrow till receipts, A6 and A5 slips to A4, Letter and landscape A4.

Labelling rule: what one sender issues in one go is one document, as the shop files it: every
page of an invoice; the carrier label and the ticked-off lines of a delivery note; the
covering letter and the test summary annex of a declaration of conformity; the shop-window
notice and the stock return form of a recall notice; the terms on the back of a booking form;
the covering letter of an inspection report; the statement of account behind a rent demand;
the daily settlement pages of a merchant statement; every printed page of a marketplace
report; the fee invoice of the gift card report; the e-ticket of a trade fair registration;
the broker's covering letter, endorsements page and statement of fact of an insurance
schedule; the signature page and job description annex of a staff contract; the till receipt
stapled to a refund request; the reply slip of a school's letter. Related papers are
documents of their own: the delivery note after the invoice of the same order, the credit
note after a recall notice or a refund request; and so is each invoice, rent demand, booking
form, deck registration sheet, special order slip and rota of a run.

Streams are assembled like ``corpus.make_stream`` (same separator sheets, same 30% chance of
repeating the previous kind and sender), plus batch runs: distributors' invoices, café
suppliers' invoices, rent demands, booking forms, deck registration sheets, special order
slips and weekly rotas often come 2-4 in a row from one sender with other numbers, dates,
people and amounts; and companions: each related paper above often follows
the document it answers. Drawn with ``corpus.draw_pdf``, scanned with ``corpus.scan`` and
labelled exactly like ``corpus.generate`` with ``"split": "mazer"`` and seeds offset by
9_400_000.

Usage: ``python benchmarks/corpus_mazer.py OUT_DIR [--streams N] [--scanned N] [--seed S]``
writes ``OUT_DIR/mazer/mazer_{born_digital,scanned}_NNNNNNN.{pdf,json}``.
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
from corpus_kit import day as date_of

PART = "mazer"
SEED_OFFSET = 9_400_000

MM = 72 / 25.4
A6 = (105 * MM, 148 * MM)
TILL = (80 * MM, 170 * MM)
DOCKET = (148 * MM, 210 * MM)

# ---------------------------------------------------------------------------------------------
# Who writes: the shop and its outside senders, by country
# ---------------------------------------------------------------------------------------------

Row = tuple[str, str, str, str]  # name, street, town, telephone
SHOPS: dict[str, list[Row]] = {
    "en": [
        ("The Dice Cupboard", "17 Fossgate", "York YO1 9TA", "01904 612 448"),
        ("Meeple & Mug Games Cafe", "42 Gloucester Road", "Bristol BS7 8BH", "0117 942 3310"),
        ("Little Wonders Toys & Games", "8 Market Place", "Kendal LA9 4TN", "01539 720 915"),
    ],
    "de": [
        ("Spielwiese Brettspielcafé", "Lindenstraße 12", "79098 Freiburg", "0761 288 41 90"),
        ("Würfelglück Spiel & Café", "Hauptstraße 87", "69117 Heidelberg", "06221 43 87 21"),
        ("Kunterbunt Spielwaren Maier", "Marktplatz 5", "91054 Erlangen", "09131 20 66 14"),
    ],
    "fr": [
        ("Le Dé Enchanté", "14 rue de la Monnaie", "59800 Lille", "03 20 06 41 77"),
        ("Ludothèque Café Le Pion", "6 rue Sainte-Croix", "44000 Nantes", "02 40 48 19 32"),
        ("Jouets & Jeux Fabre", "27 rue des Marchands", "68000 Colmar", "03 89 41 25 60"),
    ],
}
#: Senders bound to the shop's town (council, landlord, school): one row per shop row.
LOCAL: dict[str, dict[str, list[Row]]] = {
    "council": {
        "en": [
            (
                "City of York Council - Public Protection",
                "West Offices, Station Rise",
                "York YO1 6GA",
                "01904 551 525",
            ),
            (
                "Bristol City Council - Food Safety Team",
                "PO Box 3176",
                "Bristol BS3 9FS",
                "0117 922 2500",
            ),
            (
                "Westmorland and Furness Council - Environmental Health",
                "South Lakeland House, Lowther Street",
                "Kendal LA9 4UQ",
                "0300 373 3300",
            ),
        ],
        "de": [
            (
                "Stadt Freiburg im Breisgau - Amt für öffentliche Ordnung, Lebensmittelüberwachung",
                "Basler Straße 2",
                "79100 Freiburg",
                "0761 201 49 00",
            ),
            (
                "Stadt Heidelberg - Bürger- und Ordnungsamt, Lebensmittelkontrolle",
                "Bergheimer Straße 69",
                "69115 Heidelberg",
                "06221 58 17 30",
            ),
            (
                "Landratsamt Erlangen-Höchstadt - Veterinäramt und Lebensmittelüberwachung",
                "Nägelsbachstraße 1",
                "91052 Erlangen",
                "09131 803 0",
            ),
        ],
        "fr": [
            (
                "Direction départementale de la protection des populations du Nord",
                "93 boulevard Carnot",
                "59000 Lille",
                "03 28 07 22 00",
            ),
            (
                "DDPP de Loire-Atlantique - Service sécurité sanitaire des aliments",
                "10 boulevard Gaston Serpette",
                "44000 Nantes",
                "02 40 08 86 55",
            ),
            (
                "DDETSPP du Haut-Rhin - Sécurité sanitaire des aliments",
                "Cité administrative, 3 rue Fleischhauer",
                "68000 Colmar",
                "03 89 24 81 37",
            ),
        ],
    },
    "landlord": {
        "en": [
            (
                "Fossgate Estates Ltd",
                "c/o Lawson Hart, 6 Micklegate",
                "York YO1 6JH",
                "01904 611 020",
            ),
            (
                "Gloucester Road Properties LLP",
                "Clifton House, 4 Queens Road",
                "Bristol BS8 1RE",
                "",
            ),
            ("Kendal Market Trust", "Town Hall, Highgate", "Kendal LA9 4DL", "01539 733 219"),
        ],
        "de": [
            (
                "Hausverwaltung Breisgau Immobilien GmbH",
                "Kaiser-Joseph-Straße 240",
                "79098 Freiburg",
                "0761 380 92 0",
            ),
            (
                "Grundstücksgemeinschaft Hauptstraße 87 GbR",
                "c/o Weidner & Söhne, Plöck 14",
                "69117 Heidelberg",
                "",
            ),
            (
                "Erlanger Altstadt Wohn- und Gewerbebau eG",
                "Heuwaagstraße 15",
                "91054 Erlangen",
                "09131 89 12 0",
            ),
        ],
        "fr": [
            (
                "SCI Monnaie Patrimoine",
                "c/o Cabinet Delattre, 40 rue Esquermoise",
                "59800 Lille",
                "03 20 55 18 42",
            ),
            ("Nantes Commerces Gestion SAS", "2 place du Commerce", "44000 Nantes", ""),
            (
                "Cabinet Schwartz Immobilier",
                "5 place de l'Ancienne Douane",
                "68000 Colmar",
                "03 89 23 70 11",
            ),
        ],
    },
    "school": {
        "en": [
            ("St Lawrence C of E Primary School PTA", "Lawrence Street", "York YO10 3WP", ""),
            ("Friends of Ashley Down Primary School", "Downend Road", "Bristol BS7 9PD", ""),
            ("Castle Park School - Parents' Association", "Sedbergh Road", "Kendal LA9 6BE", ""),
        ],
        "de": [
            (
                "Förderverein der Lortzingschule Freiburg e.V.",
                "Lortzingstraße 1",
                "79106 Freiburg",
                "",
            ),
            (
                "Förderverein der Grundschule Neuenheim e.V.",
                "Mönchhofstraße 24",
                "69120 Heidelberg",
                "",
            ),
            (
                "Elternbeirat der Max-und-Justine-Elsner-Schule",
                "Drausnickstraße 22",
                "91052 Erlangen",
                "",
            ),
        ],
        "fr": [
            ("APE de l'école Jean Macé", "12 rue Jean Macé", "59800 Lille", ""),
            (
                "Association des parents d'élèves de l'école Sainte-Croix",
                "3 rue de la Bâclerie",
                "44000 Nantes",
                "",
            ),
            ("APE du groupe scolaire Saint-Nicolas", "8 rue Vauban", "68000 Colmar", ""),
        ],
    },
}
SENDERS: dict[str, dict[str, list[Row]]] = {
    "distributor": {
        "en": [
            (
                "Gamesquest Distribution Ltd",
                "Unit 4, Brookside Park",
                "Alton GU34 2PT",
                "01420 593 700",
            ),
            ("Northstar Toy Wholesale Ltd", "Lansdowne Road", "Oldham OL9 9EF", "0161 624 3181"),
            (
                "Coiled Ember Trade Services",
                "Unit 12, Mill Way",
                "Totton SO40 3AE",
                "023 8066 4800",
            ),
        ],
        "de": [
            ("Spieleverlag Drachenhort GmbH", "Am Hafen 3", "47059 Duisburg", "0203 47 11 80"),
            (
                "Spielwaren-Großhandel Heintz KG",
                "Industriestraße 22",
                "90765 Fürth",
                "0911 97 64 0",
            ),
            ("Brettspiel-Vertrieb Nord GmbH", "Hafenweg 9", "24114 Kiel", "0431 66 20 45"),
        ],
        "fr": [
            (
                "Ludidiffusion SAS",
                "ZA des Vignes, 4 rue Denis Papin",
                "93000 Bobigny",
                "01 48 30 55 20",
            ),
            (
                "Grossiste Jouets Moreau SARL",
                "12 avenue de l'Europe",
                "67300 Schiltigheim",
                "03 88 83 10 72",
            ),
            (
                "Atalante Distribution Jeux",
                "Parc d'activités du Moulin",
                "44980 Sainte-Luce-sur-Loire",
                "",
            ),
        ],
    },
    "manufacturer": {
        "en": [
            ("Brambleworth Toys Ltd", "Wharf Road", "Leek ST13 5JN", "01538 381 904"),
            ("Pinegrove Wooden Toys", "Station Yard", "Hexham NE46 1ET", ""),
            ("Kitecraft Games Ltd", "3 Riverside Works", "Stroud GL5 3JJ", "01453 750 221"),
        ],
        "de": [
            ("Holzwerkstatt Ebner GmbH", "Sägewerkstraße 4", "87509 Immenstadt", "08323 96 55 0"),
            ("Kosmo Lernspiele GmbH", "Pfizerstraße 5", "70184 Stuttgart", "0711 21 91 0"),
            ("Puppenmanufaktur Lindner", "Coburger Straße 17", "96465 Neustadt b. Coburg", ""),
        ],
        "fr": [
            ("Jouets Vosgiens SA", "Route de Bruyères", "88600 Docelles", "03 29 33 20 14"),
            ("Éditions Gobelin Jeux", "8 rue du Faubourg Saint-Michel", "49000 Angers", ""),
            ("Peluches Dumont SARL", "ZI du Parc", "69330 Meyzieu", "04 78 04 11 52"),
        ],
    },
    "cafe_supplier": {
        "en": [
            (
                "Ouse Valley Coffee Roasters",
                "Unit 3, Hospital Fields Road",
                "York YO10 4DZ",
                "01904 636 212",
            ),
            ("Hartley's Family Bakery", "14 Wells Road", "Bristol BS4 2AX", "0117 977 1054"),
            ("Dalesway Dairies", "Mill Farm", "Sedbergh LA10 5HQ", "015396 20 447"),
            ("Brewline Drinks Wholesale", "Unit 9, Shaftesbury Park", "Leeds LS9 0PR", ""),
        ],
        "de": [
            ("Kaffeerösterei Bohnenreich", "Talstraße 41", "79102 Freiburg", "0761 707 63 30"),
            ("Bäckerei Schwär", "Hauptstraße 18", "79112 Freiburg-Opfingen", ""),
            ("Getränke Hofmann GmbH", "Gewerbepark 7", "69190 Walldorf", "06227 83 21 0"),
            ("Milchhof Breitenbach", "Hofgut 2", "91080 Uttenreuth", ""),
        ],
        "fr": [
            ("Torréfaction du Nord", "38 rue Gambetta", "59000 Lille", "03 20 57 64 19"),
            ("Boulangerie-Pâtisserie Martin", "5 place du Bouffay", "44000 Nantes", ""),
            (
                "Boissons Distribution de l'Ouest",
                "ZA de la Lande",
                "44470 Carquefou",
                "02 40 30 17 60",
            ),
            ("Crèmerie Schmitt", "11 rue des Boulangers", "68000 Colmar", ""),
        ],
    },
    "acquirer": {
        "en": [
            (
                "Cardline Merchant Services Ltd",
                "1 Churchill Place",
                "London E14 5HP",
                "0345 600 4161",
            ),
            ("TillWorks Payments UK Ltd", "The Pavilion, Quayside", "Newcastle NE1 3DX", ""),
        ],
        "de": [
            (
                "TerminalPlus Payment GmbH",
                "Lyoner Straße 9",
                "60528 Frankfurt am Main",
                "069 66 30 50",
            ),
            ("Kartenzahlung Süd GmbH", "Elsenheimerstraße 61", "80687 München", ""),
        ],
        "fr": [
            ("Monétique Atlantique SAS", "4 place de la Bourse", "44000 Nantes", "02 51 84 20 00"),
            ("Crédit Mutuel Monétique Services", "34 rue du Wacken", "67000 Strasbourg", ""),
        ],
    },
    "marketplace": {
        "en": [("Tabletop Exchange Ltd", "2 Kingdom Street", "London W2 6BD", "")],
        "de": [("Spielemarkt Online GmbH", "Rosenthaler Straße 40", "10178 Berlin", "")],
        "fr": [("LudiMarché SAS", "18 rue de Londres", "75009 Paris", "")],
    },
    "loyalty": {
        "en": [("StampCard Loyalty Ltd", "Castle Chambers, 43 Castle St", "Liverpool L2 9SH", "")],
        "de": [("Treuepunkt Systems GmbH", "Königsallee 92a", "40212 Düsseldorf", "")],
        "fr": [("Fidelix SAS", "71 cours Albert Thomas", "69003 Lyon", "")],
    },
    "fair": {
        "en": [
            (
                "British Toy & Hobby Association - Toy Fair",
                "BTHA House, 142-144 Long Lane",
                "London SE1 4BS",
                "020 7701 7271",
            )
        ],
        "de": [("Spielwarenmesse eG", "Herderstraße 7", "90427 Nürnberg", "0911 998 13 0")],
        "fr": [
            (
                "Festival International des Jeux - Espace Pro",
                "Palais des Festivals, 1 bd de la Croisette",
                "06400 Cannes",
                "04 92 99 84 00",
            )
        ],
    },
    "insurer": {
        "en": [
            (
                "Hearth & Ledger Insurance Brokers Ltd",
                "21 Stonegate",
                "York YO1 8AW",
                "01904 640 500",
            ),
            (
                "Shopkeeper Mutual Insurance",
                "Mutual House, Victoria Square",
                "Birmingham B1 1BD",
                "",
            ),
        ],
        "de": [
            (
                "Rheinische Gewerbeversicherung AG",
                "Kaiser-Wilhelm-Ring 27",
                "50672 Köln",
                "0221 16 47 0",
            ),
            ("Versicherungsbüro Kessler & Roth", "Bismarckallee 9", "79098 Freiburg", ""),
        ],
        "fr": [
            (
                "Mutuelle des Commerçants de l'Ouest",
                "9 boulevard Guist'hau",
                "44000 Nantes",
                "02 40 20 70 00",
            ),
            ("Cabinet Lefort Assurances", "22 rue Nationale", "59000 Lille", ""),
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
        "Jack",
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
        "Manon",
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
        "Kaur",
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
        "Caron",
    ],
}
FEMALE = {"Sarah", "Emma", "Hannah", "Priya", "Fiona", "Andrea", "Julia", "Katrin", "Sabine"}
FEMALE |= {"Eva", "Lena", "Nathalie", "Camille", "Sandrine", "Léa", "Manon"}

TALK = {
    "en": {
        "trade": "stock order delivery cartons pallet range release price list account terms "
        "discount allocation backorder returns carriage invoice retailer products",
        "safety": "product batch hazard children small parts choking risk test standard "
        "labelling warning age grading assessment customers retailers withdraw sale",
        "food": "kitchen cleaning storage temperature allergens records training staff "
        "chopping boards handwash fridge probe procedures pest hygiene management",
        "legal": "employee employer duties hours pay holiday notice absence sickness "
        "confidentiality policies disciplinary grievance pension probation termination",
        "money": "payment account balance due amount reference transfer period settlement "
        "fees charges transactions statement credit debit",
        "cover": "insured premises cover excess claim loss damage theft alarm locks "
        "stock property liability conditions exclusion sum insured policy notify",
        "booking": "booking deposit guests table time cancellation notice games damage "
        "children supervision food drinks refund party host room arrival",
        "school": "children parents fair raffle prizes families donation school summer "
        "playground books trip support community event thank",
    },
    "de": {
        "trade": "Bestellung Lieferung Kartons Palette Sortiment Neuheit Preisliste Konto "
        "Konditionen Rabatt Kontingent Rückstand Retoure Fracht Rechnung Fachhandel Artikel",
        "safety": "Produkt Charge Gefahr Kinder Kleinteile Erstickungsgefahr Prüfung Norm "
        "Kennzeichnung Warnhinweis Altersangabe Bewertung Kunden Händler Verkauf Rücknahme",
        "food": "Küche Reinigung Lagerung Temperatur Allergene Dokumentation Schulung Personal "
        "Schneidbretter Handwaschbecken Kühlschrank Thermometer Eigenkontrolle Schädlinge",
        "legal": "Arbeitnehmer Arbeitgeber Pflichten Arbeitszeit Vergütung Urlaub Kündigung "
        "Arbeitsunfähigkeit Verschwiegenheit Probezeit Nebentätigkeit Vertrag Regelungen",
        "money": "Zahlung Konto Saldo fällig Betrag Verwendungszweck Überweisung Zeitraum "
        "Abrechnung Gebühren Entgelte Umsätze Auszahlung Gutschrift Lastschrift",
        "cover": "Versicherungsnehmer Versicherungsort Deckung Selbstbeteiligung Schaden "
        "Einbruchdiebstahl Obliegenheiten Sicherungen Vorräte Haftung Ausschluss Anzeige",
        "booking": "Reservierung Anzahlung Gäste Tisch Uhrzeit Stornierung Frist Spiele "
        "Schäden Kinder Aufsicht Speisen Getränke Erstattung Feier Spieleleitung Raum",
        "school": "Kinder Eltern Schulfest Tombola Preise Familien Spende Schule Sommer "
        "Schulhof Bücher Ausflug Unterstützung Gemeinschaft Verein Dank",
    },
    "fr": {
        "trade": "commande livraison colis palette gamme nouveauté tarif compte conditions "
        "remise allocation reliquat retours port facture revendeur articles",
        "safety": "produit lot danger enfants petites pièces étouffement essai norme "
        "étiquetage avertissement âge évaluation clients revendeurs retrait vente",
        "food": "cuisine nettoyage stockage température allergènes traçabilité formation "
        "personnel planches lave-mains réfrigérateur sonde plan de maîtrise nuisibles",
        "legal": "salarié employeur obligations durée rémunération congés préavis absence "
        "maladie confidentialité période d'essai convention collective rupture",
        "money": "paiement compte solde échéance montant référence virement période "
        "remise commissions frais transactions relevé crédit débit",
        "cover": "assuré locaux garantie franchise sinistre dommages vol effraction "
        "protection marchandises responsabilité exclusion plafond déclaration",
        "booking": "réservation acompte invités table horaire annulation délai jeux "
        "dégradations enfants surveillance boissons remboursement anniversaire salle",
        "school": "enfants parents kermesse tombola lots familles don école été cour "
        "livres sortie soutien association fête merci",
    },
}
GLUES = {
    "en": "the of and to for with on at by from this is are will be the a as we your all",
    "de": "die der das und zu für mit auf von ist sind wird bei nach den dem im wir Ihre",
    "fr": "le la les et de du pour avec sur par est sont sera au aux des une nous vos",
}


def words(rng: random.Random, lang: str, topic: str = "trade", n: int | None = None) -> str:
    pool, glue = TALK[lang][topic].split(), GLUES[lang].split()
    ws = [rng.choice(pool if rng.random() < 0.5 else glue) for _ in range(n or rng.randint(7, 15))]
    text = " ".join(ws)
    return text[0].upper() + text[1:] + "."


def prose(rng: random.Random, lang: str, topic: str = "trade", lo: int = 2, hi: int = 4) -> str:
    return " ".join(words(rng, lang, topic) for _ in range(rng.randint(lo, hi)))


#: Goods: English, German and French name, recommended retail price (GBP / EUR), age.
GOODS: list[tuple[str, str, str, float, str]] = [
    (
        "Harbour Lights - strategy game",
        "Hafenlichter - Strategiespiel",
        "Lumières du Port - jeu de stratégie",
        44.99,
        "10+",
    ),
    (
        "Meadow Tiles - family game",
        "Wiesenplättchen - Familienspiel",
        "Tuiles de Prairie - jeu familial",
        29.99,
        "8+",
    ),
    (
        "Moonlit Heist - card game",
        "Mondnacht-Coup - Kartenspiel",
        "Casse au Clair de Lune - jeu de cartes",
        14.99,
        "12+",
    ),
    (
        "Dragon Market - expansion 2",
        "Drachenmarkt - Erweiterung 2",
        "Marché aux Dragons - extension 2",
        24.99,
        "10+",
    ),
    (
        "Sprout & Stack - wooden stacking game",
        "Stapelspross - Holzstapelspiel",
        "Pousse & Empile - jeu d'empilement en bois",
        19.99,
        "4+",
    ),
    (
        "Rainbow stacker, 7 arches, beech",
        "Regenbogen-Stapelturm, 7 Bögen, Buche",
        "Arc-en-ciel à empiler, 7 arches, hêtre",
        34.50,
        "3+",
    ),
    (
        "Marble run starter set, 60 pcs",
        "Kugelbahn Starterset, 60 Teile",
        "Circuit à billes coffret débutant, 60 pcs",
        39.99,
        "4+",
    ),
    ("Plush fox, 30 cm", "Plüschfuchs, 30 cm", "Renard en peluche, 30 cm", 17.99, "0+"),
    ("Magnetic fishing game", "Magnetisches Angelspiel", "Jeu de pêche magnétique", 12.50, "3+"),
    (
        "Puzzle 1000 pcs - Old Harbour",
        "Puzzle 1000 Teile - Alter Hafen",
        "Puzzle 1000 pièces - Vieux Port",
        16.99,
        "12+",
    ),
    (
        "Puzzle 48 pcs - Farmyard",
        "Puzzle 48 Teile - Bauernhof",
        "Puzzle 48 pièces - La Ferme",
        9.99,
        "4+",
    ),
    (
        "Polyhedral dice set, 7 pcs, teal",
        "Würfelset polyedrisch, 7 Stk., petrol",
        "Set de dés polyédriques, 7 pcs, bleu canard",
        8.99,
        "8+",
    ),
    (
        "Card sleeves 63.5x88, 100 pcs",
        "Kartenhüllen 63,5x88, 100 Stk.",
        "Protège-cartes 63,5x88, 100 pcs",
        4.50,
        "8+",
    ),
    (
        "Trading card booster, display of 36",
        "Sammelkarten-Booster, Display à 36",
        "Boosters de cartes, présentoir de 36",
        129.00,
        "8+",
    ),
    (
        "Wooden train set, 42 pcs",
        "Holzeisenbahn-Set, 42 Teile",
        "Circuit de train en bois, 42 pcs",
        59.99,
        "3+",
    ),
    (
        "Doll's house family, 4 figures",
        "Puppenhausfamilie, 4 Figuren",
        "Famille pour maison de poupée, 4 figurines",
        22.99,
        "3+",
    ),
    (
        "Science kit - crystal growing",
        "Experimentierkasten Kristallzucht",
        "Coffret science - cristaux",
        24.99,
        "10+",
    ),
    (
        "Kite, single line, 120 cm",
        "Drachen, Einleiner, 120 cm",
        "Cerf-volant monofil, 120 cm",
        21.00,
        "6+",
    ),
    (
        "Painting miniatures starter kit",
        "Miniaturen-Malset Einsteiger",
        "Kit de peinture de figurines débutant",
        32.00,
        "12+",
    ),
    (
        "Rubber duck bath set, 3 pcs",
        "Badeenten-Set, 3 Stk.",
        "Lot de 3 canards de bain",
        9.50,
        "0+",
    ),
    (
        "Co-op dungeon game - big box",
        "Koop-Dungeonspiel - große Box",
        "Jeu coopératif de donjon - grande boîte",
        89.99,
        "14+",
    ),
    ("Party word game", "Partyspiel Wortwirbel", "Jeu d'ambiance Tourbillon de mots", 19.99, "10+"),
]


def good(k: int, lg: str) -> str:
    g = GOODS[k]
    return {"en": g[0], "de": g[1], "fr": g[2]}.get(lg, g[0])


# ---------------------------------------------------------------------------------------------
# The shop of a stream: its country, month and staff; what the previous document was about
# ---------------------------------------------------------------------------------------------

SHOP: dict[str, object] = {"lang": "en", "row": 0, "seed": 0, "month": date(2025, 3, 1)}
LAST: dict[str, object] = {"kind": "", "day": None, "extra": None}


def home() -> str:
    return str(SHOP["lang"])


def row_no() -> int:
    return int(SHOP["row"])  # type: ignore[call-overload]


def month() -> date:
    m = SHOP["month"]
    assert isinstance(m, date)
    return m


def keyed(who: Issuer, key: str) -> random.Random:
    """Draws fixed by the issuer, the stream's shop and ``key``: a run or a repeat keeps its
    sender."""
    text = f"mazer/{key}/{who.name}/{who.street}/{who.city}/{SHOP['seed']}"
    return random.Random(zlib.crc32(text.encode()))


def shop_rng(key: str) -> random.Random:
    return random.Random(zlib.crc32(f"mazer/shop/{key}/{SHOP['seed']}".encode()))


def add_months(d: date, n: int) -> date:
    k = d.year * 12 + d.month - 1 + n
    return date(k // 12, k % 12 + 1, 1)


def some_day(rng: random.Random) -> date:
    return month() + timedelta(days=rng.randint(0, 27))


def after(*kinds: str) -> bool:
    return LAST["kind"] in kinds


def remember(d: date, extra: object = None) -> None:
    LAST.update(day=d, extra=extra)


def a_person(rng: random.Random, lg: str) -> str:
    return f"{rng.choice(FIRSTS[lg])} {rng.choice(LASTS[lg])}"


def staff() -> dict[str, str]:
    """The shop's people: owner, two assistants and the café manager."""
    r = shop_rng("staff")
    lg = home()
    names: list[str] = []
    while len(names) < 4:
        n = a_person(r, lg)
        if n not in names:
            names.append(n)
    return {"owner": names[0], "assistant1": names[1], "assistant2": names[2], "cafe": names[3]}


def mx(name: str, lang: str) -> str:
    female = name.split()[0] in FEMALE
    if lang == "de":
        return f"{'Frau' if female else 'Herr'} {name}"
    if lang == "fr":
        return f"{'Madame' if female else 'Monsieur'} {name}"
    return f"{'Ms' if female else 'Mr'} {name}"


def dear(lang: str, name: str | None) -> str:
    if name is None:
        return tr(lang, "Dear Sir or Madam,", "Sehr geehrte Damen und Herren,", "Madame, Monsieur,")
    female = name.split()[0] in FEMALE
    last = name.split()[-1]
    if lang == "de":
        return f"Sehr geehrte Frau {last}," if female else f"Sehr geehrter Herr {last},"
    if lang == "fr":
        return "Madame," if female else "Monsieur,"
    return f"Dear {name.split()[0]},"


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
    look: str  # band | centred | logo | boxed | plain | side | official
    font: str
    bold: str
    pt: float
    margin: float
    again: bool
    foot: list[str]
    numbers: str
    corner: str
    dates: str
    mail: str


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
TAGLINE = {
    "distributor": (
        "Toy & games distribution",
        "Spielwaren-Distribution",
        "Distribution jeux et jouets",
    ),
    "manufacturer": ("Quality toys since 1978", "Spielzeug mit Qualität", "Jouets de qualité"),
    "cafe_supplier": (
        "Trade supplies for cafés",
        "Gastronomiebelieferung",
        "Livraison aux professionnels",
    ),
    "shop": (
        "Toys - Board games - Games café",
        "Spielwaren - Brettspiele - Spielecafé",
        "Jouets - Jeux de société - Bar à jeux",
    ),
    "insurer": ("Commercial insurance", "Gewerbeversicherungen", "Assurances des professionnels"),
}


def legal_lines(r: random.Random, name: str, lang: str, role: str) -> list[str]:
    if role in ("council", "school"):
        return []
    if lang == "de":
        bank = r.choice(
            ["Sparkasse Freiburg", "Volksbank Kurpfalz", "Sparkasse Erlangen", "GLS Bank"]
        )
        out = [
            f"{name} - Steuer-Nr. "
            f"{r.randint(10, 99)}/{r.randint(100, 999)}/{r.randint(10000, 99999)}"
            + (f" - USt-IdNr. DE{r.randint(100000000, 999999999)}" if r.random() < 0.7 else ""),
            f"{bank} - IBAN DE{r.randint(10, 99)} {r.randint(1000, 9999)} {r.randint(1000, 9999)} "
            f"{r.randint(1000, 9999)} {r.randint(1000, 9999)} {r.randint(10, 99)}",
        ]
        if any(t in name for t in ("GmbH", "AG", "KG", "eG")):
            out.insert(
                0,
                f"Amtsgericht {r.choice(['Freiburg', 'Mannheim', 'Fürth', 'Duisburg', 'Kiel'])} "
                f"HR{r.choice('AB')} {r.randint(1000, 99999)} - Geschäftsführung: "
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
            f"{r.choice(['4649Z', '4765Z', '5630Z', '6820B', '6512Z'])}"
        ]
        if r.random() < 0.7:
            out.append(
                f"TVA intracom. FR{r.randint(10, 99)} {r.randint(100, 999)} {r.randint(100, 999)} "
                f"{r.randint(100, 999)} - RCS "
                f"{r.choice(['Lille', 'Nantes', 'Bobigny', 'Strasbourg'])}"
            )
        return out
    out = []
    if any(t in name for t in ("Ltd", "plc", "LLP")):
        out.append(f"Registered in England and Wales No. {r.randint(3000000, 13999999):08d}")
    if r.random() < 0.6:
        out.append(
            f"VAT Reg. No. GB {r.randint(100, 999)} {r.randint(1000, 9999)} {r.randint(10, 99)}"
        )
    if role == "insurer":
        out.append(
            "Authorised and regulated by the Financial Conduct Authority, FRN "
            f"{r.randint(300000, 999999)}"
        )
    return [" - ".join(out)] if out else []


def make_head(row: Row, lang: str, role: str) -> Head:
    """The paper habits of the sender ``row``: the same all through one stream."""
    name, street, town, phone = row
    r = random.Random(zlib.crc32(f"mazer/head/{name}/{SHOP['seed']}".encode()))
    font, bold = r.choice(FACES)
    host = "".join(c for c in name.lower().split()[0] if c.isalpha() and c.isascii())[:12]
    tld = {"en": "co.uk", "de": "de", "fr": "fr"}[lang]
    looks = ["band", "centred", "logo", "boxed", "plain", "side"]
    if role == "council":
        looks = ["official"]
        font, bold = (
            ("Helvetica", "Helvetica-Bold") if r.random() < 0.7 else ("Times-Roman", "Times-Bold")
        )
    elif role == "school":
        looks = ["centred", "logo", "plain"]
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
        margin=r.choice([46, 52, 58, 64]),
        again=r.random() < 0.3,
        foot=legal_lines(r, name, lang, role) if r.random() < 0.75 else [],
        numbers=r.choice(PAGE_NOS[lang]),
        corner=r.choice(["bc", "br", "tr", "bc", "bl"]),
        dates=r.choice(["short", "long"] + (["iso", "short"] if lang == "en" else [])),
        mail=f"{r.choice(['info', 'office', 'hello', 'accounts', 'trade'])}@{host or 'mail'}.{tld}"
        if r.random() < 0.7
        else "",
    )


def shop_head() -> Head:
    return make_head(SHOPS[home()][row_no()], home(), "shop")


def local_head(role: str) -> Head:
    return make_head(LOCAL[role][home()][row_no()], home(), role)


def head_of(who: Issuer, role: str, abroad: float = 0.0) -> Head:
    """The ``role`` sender of ``who`` (the same for the same issuer and shop), of the shop's
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


def day(h: Head, d: date) -> str:
    return date_of(h, d)


def ring(p: Page, cx: float, cy: float, r: float, steps: int = 36) -> None:
    pts = [
        (cx + r * math.cos(2 * math.pi * k / steps), cy + r * math.sin(2 * math.pi * k / steps))
        for k in range(steps + 1)
    ]
    for (x1, y1), (x2, y2) in itertools.pairwise(pts):
        p.line(x1, y1, x2, y2)


def seal(p: Page, cx: float, cy: float, r: float, top: str, mid: str) -> None:
    """A round company stamp: two rings and the wording inside."""
    ring(p, cx, cy, r)
    ring(p, cx, cy, r - 3)
    pt = shrink(top, "Helvetica-Bold", 7, r * 1.6)
    p.text(
        cx, cy - r * 0.3, fit(top, "Helvetica-Bold", pt, r * 1.6), "Helvetica-Bold", pt, "center"
    )
    pt2 = shrink(mid, "Helvetica", 6.5, r * 1.5)
    p.text(cx, cy + r * 0.45, fit(mid, "Helvetica", pt2, r * 1.5), "Helvetica", pt2, "center")


def crest(p: Page, x: float, y: float) -> None:
    """A small council crest: a shield outline with bars."""
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
    if w < 330:
        pt = shrink(h.name, h.bold, 10, w - 2 * m)
        p.text(w / 2, y, fit(h.name, h.bold, pt, w - 2 * m), h.bold, pt, "center")
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
            f_, pt = (h.bold, 11) if k == 0 else (h.font, 8.5)
            p.text(m + 32, yy, fit(t, f_, pt, w - 2 * m - 40), f_, pt)
            yy += 12
        p.text(m + 32, yy, fit(f"{where}   {tel}", h.font, 7, w - 2 * m - 40), h.font, 7)
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
    if h.look == "logo":
        initials = "".join(t[0] for t in h.name.replace("&", " ").split() if t[0].isupper())[:2]
        ring(p, m + 17, y + 5, 17)
        ring(p, m + 17, y + 5, 13)
        p.text(m + 17, y + 9, initials, h.bold, 12, "center")
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
            line = tr(h.lang, *tag)
            p.text(
                m, y + 15, fit(line, italic_of(h.font), 7.5, w * 0.6 - m), italic_of(h.font), 7.5
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
    text = f"{parts[0][0]}{parts[-1][:8]}" if len(parts) > 1 else parts[0][:9]
    p.text(x + 2, y - 1, text, INK, pt)
    end = x + 6 + tw(text, INK, pt)
    p.line(end - 4, y - 2, end + 12, y - 9)
    p.line(x, y + 2, end - 8, y + 1)


def received(rng: random.Random, p: Page, d: date, odds: float = 0.3) -> None:
    """Now and then the shop's received stamp on the first page."""
    if rng.random() < odds:
        lg = home()
        w, _ = p.size
        stamp(
            p,
            w - rng.uniform(150, 200),
            rng.uniform(60, 150),
            [
                tr(lg, "RECEIVED", "EINGEGANGEN", "REÇU LE"),
                short(d + timedelta(days=rng.randint(1, 4)), lg),
                str(SHOPS[lg][row_no()][0])[:22],
            ],
        )


def recipient(
    f: Sheets, s: Style, h: Head, lines: list[str], d: date, refs: list[tuple[str, str]]
) -> None:
    w, _ = f.size
    y0 = f.y
    below = window(
        f.page, s, h if h.look in ("plain", "band", "logo", "official") else None, y0, lines
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


def person_of(h: Head, tag: str) -> str:
    r = random.Random(zlib.crc32(f"mazer/person/{tag}/{h.name}/{SHOP['seed']}".encode()))
    return a_person(r, h.lang)


def head_lines(h: Head, att: str = "") -> list[str]:
    return [h.name, *([att] if att else []), h.street, h.town]


def shop_lines(att: str = "") -> list[str]:
    return head_lines(shop_head(), att)


def totals(
    f: Sheets, s: Style, lg: str, net: float, rate: float, note: str = "", right: float = 0
) -> float:
    """Net, tax at ``rate`` and total right-aligned under a table; returns the total."""
    w, _ = f.size
    m = s.margin
    r = right or w - m
    f.need(70)
    f.y += 4
    f.page.line(r - 200, f.y - 8, r, f.y - 8)
    tax = round(net * rate / 100, 2)
    rows = [(tr(lg, "Net total", "Nettobetrag", "Total HT"), net)]
    if rate:
        rows.append((tr(lg, f"VAT {rate:g}%", f"USt. {rate:g} %", f"TVA {rate:g} %"), tax))
    gross = net + tax
    rows.append(
        (tr(lg, "Total due", "Rechnungsbetrag", "Total TTC" if rate else "Net à payer"), gross)
    )
    for k, (t, v) in enumerate(rows):
        bold = s.bold if k == len(rows) - 1 else s.font
        f.page.text(r - 196, f.y, t, bold, s.size)
        f.page.text(r, f.y, cash(v, lg), bold, s.size, "right")
        f.y += s.size * 1.5
    if note:
        f.y += 4
        write(f, s, note, s.size - 1.5)
    return gross


def small_print(
    rng: random.Random, s0: Style, h: Head, title: str, heads: list[str], topic: str
) -> Page:
    """A page of small print under ``title`` in two columns: numbered clauses."""
    lg = h.lang
    s = paper(s0, s0.page_size, margin=min(s0.margin, 40), pt=6.5)
    w, hh = s.page_size
    m = s.margin
    cw = (w - 2 * m - 16) / 2
    p = Page(s.page_size)
    p.text(w / 2, m, fit(title, s.bold, 9, w - 2 * m), s.bold, 9, "center")
    k = 0
    for c in range(2):
        x = m + c * (cw + 16)
        y = m + 20.0
        while y < hh - m - 60 and k < len(heads):
            p.text(x, y, fit(f"{k + 1}. {heads[k]}", s.bold, 7, cw), s.bold, 7)
            y += 9
            text = " ".join(words(rng, lg, topic) for _ in range(rng.randint(3, 7)))
            for ln in wrap(text, s.font, 6.5, cw):
                if y > hh - m - 30:
                    break
                p.text(x, y, ln, s.font, 6.5)
                y += 7.8
            y += 5
            k += 1
    return p


def sign_line(
    p: Page, s: Style, x: float, y: float, label: str, name: str = "", wd: float = 170
) -> None:
    """A signature line with its label below and, if ``name``, a signature on it."""
    p.line(x, y, x + wd, y)
    p.text(x, y + 9, fit(label, s.font, 7, wd), s.font, 7)
    if name:
        scrawl(p, x + 8, y - 3, name)


def place_of(h: Head) -> str:
    """The town of ``h`` without its postcode."""
    return h.town.split()[0] if h.lang == "en" else h.town.split(" ", 1)[-1]


def ean(rng: random.Random, lg: str) -> str:
    return serial(rng, {"en": "5099999999999", "de": "4099999999999", "fr": "3099999999999"}[lg])


# ---------------------------------------------------------------------------------------------
# Templates QQQQ: trade paper (distributors and manufacturers)
# ---------------------------------------------------------------------------------------------


@dataclass
class Order:
    """One order from a distributor, as the delivery note takes it up."""

    no: str
    invoice: str
    account: str
    lines: list[tuple[int, str, int, float, float]]  # goods index, EAN, qty, RRP, discount %
    day: date


def an_order(rng: random.Random, who: Issuer, lg: str) -> Order:
    n = rng.choice([3, 5, 8, 12, 18, 26, 34, 45, 60])
    picks = [rng.randrange(len(GOODS)) for _ in range(n)]
    lines = []
    for k in picks:
        rrp = GOODS[k][3]
        if lg != "en":
            rrp = round(rrp * 1.15, 2) - 0.01 if rrp > 5 else rrp
        lines.append(
            (
                k,
                ean(rng, lg),
                rng.choice([1, 2, 2, 3, 4, 6, 6, 12]),
                rrp,
                rng.choice([40.0, 42.5, 45.0, 45.0, 50.0]),
            )
        )
    d = some_day(rng)
    return Order(
        no=serial(rng, rng.choice(["SO-999999", "AB 9999999", "CDE99999", "99999/A"])),
        invoice=serial(rng, rng.choice(["INV-9999999", "RE 99-99999", "FA999999", "9999999"])),
        account=serial(keyed(who, "acct"), rng.choice(["AAA999", "K-99999", "CL99999"])),
        lines=lines,
        day=d,
    )


def tpl_distributor_invoice(rng: random.Random, who: Issuer) -> list[Page]:
    """A toy and game distributor's trade invoice: account and order numbers, lines with EAN,
    description, quantity, RRP, trade discount and net value over one to three pages with the
    column heads repeated, VAT (or the foreign sender's export / reverse charge note),
    carriage, terms; now and then a remittance slip at the foot."""
    h = head_of(who, "distributor", abroad=0.2)
    lg = h.lang
    s = style_of(
        h, LETTER if lg == "en" and keyed(who, "letter").random() < 0.2 else A4, pt=h.pt - 0.5
    )
    w, hh = s.page_size
    m = s.margin
    o = an_order(rng, who, lg)
    f = sheets(s, h, f"{h.name} - {tr(lg, 'Invoice', 'Rechnung', 'Facture')} {o.invoice}")
    f.page.text(w - m, f.y, tr(lg, "INVOICE", "RECHNUNG", "FACTURE"), s.bold, s.size + 6, "right")
    f.y += 10
    recipient(
        f,
        s,
        h,
        shop_lines(tr(lg, "Accounts", "Buchhaltung", "Comptabilité") if rng.random() < 0.4 else ""),
        o.day,
        [
            (tr(lg, "Invoice no.", "Rechnungs-Nr.", "N° facture"), o.invoice),
            (tr(lg, "Account", "Kunden-Nr.", "Code client"), o.account),
            (tr(lg, "Your order", "Ihre Bestellung", "Votre commande"), serial(rng, "PO-9999")),
            (tr(lg, "Sales order", "Auftrag", "N° commande"), o.no),
        ],
    )
    if rng.random() < 0.5:
        write(
            f,
            s,
            tr(
                lg,
                f"Delivery to: {shop_head().name}, {shop_head().street}. Despatched "
                f"{short(o.day, lg)} "
                f"by {rng.choice(['DPD', 'Parcelforce', 'APC Overnight', 'pallet (Palletways)'])}.",
                f"Lieferanschrift wie Rechnungsanschrift. Versand am {short(o.day, lg)} per "
                f"{rng.choice(['DHL', 'DPD', 'GLS', 'Spedition'])}. Lieferdatum = Rechnungsdatum.",
                f"Livraison : adresse de facturation. Expédié le {short(o.day, lg)} par "
                f"{rng.choice(['Colissimo', 'DPD', 'GLS', 'messagerie'])}.",
            ),
            s.size - 1,
        )
    cols = columns(
        m,
        w - m,
        [
            (1.9, "left"),
            (4.6, "left"),
            (0.7, "right"),
            (1.1, "right"),
            (0.9, "right"),
            (1.3, "right"),
        ],
    )
    rows = []
    net = 0.0
    for k, code, qty, rrp, disc in o.lines:
        unit = round(rrp / (1 + vat_rate(home()) / 100) * (1 - disc / 100), 2)
        net += unit * qty
        rows.append(
            [code, good(k, lg), str(qty), money(rrp, lg), f"{disc:g}%", money(unit * qty, lg)]
        )
    table(
        f,
        cols,
        [
            "EAN",
            tr(lg, "Description", "Artikel", "Désignation"),
            tr(lg, "Qty", "Menge", "Qté"),
            tr(lg, "RRP", "UVP", "PPC"),
            tr(lg, "Disc.", "Rabatt", "Remise"),
            tr(lg, "Net", "Netto", "Montant HT"),
        ],
        rows,
        s,
        shade=0.88 if rng.random() < 0.5 else None,
        rules=rng.random() < 0.4,
        step=1.7,
    )
    carriage = 0.0 if net > 250 else rng.choice([7.95, 9.50, 12.00])
    if carriage:
        f.y += 2
        f.page.text(
            cols[1][0],
            f.y,
            tr(lg, "Carriage", "Versandkosten", "Frais de port"),
            s.font,
            s.size - 1,
        )
        f.page.text(w - m, f.y, money(carriage, lg), s.font, s.size - 1, "right")
        f.y += s.size * 1.6
    foreign = lg != home()
    rate = 0.0 if foreign else vat_rate(lg)
    note = ""
    if foreign:
        note = tr(
            lg,
            "Zero-rated export. Import VAT and any duty are payable by the consignee.",
            "Steuerfreie Ausfuhrlieferung / innergemeinschaftliche Lieferung (§ 4 Nr. 1 UStG). "
            "Steuerschuldnerschaft des Leistungsempfängers.",
            "Exonération de TVA, article 262 ter I du CGI - autoliquidation par le preneur.",
        )
    totals(f, s, lg, round(net + carriage, 2), rate, note)
    write(
        f,
        s,
        tr(
            lg,
            f"Terms: 30 days end of month. Please quote account {o.account} with your payment. "
            "Goods remain our property until paid for in full. Shortages and damage must be "
            "reported within 48 hours of delivery.",
            f"Zahlbar innerhalb 30 Tagen netto, bei Zahlung innerhalb 8 Tagen 2 % Skonto. Bitte "
            f"geben Sie Ihre Kunden-Nr. {o.account} an. Die Ware bleibt bis zur vollständigen "
            "Bezahlung unser Eigentum.",
            "Paiement à 45 jours fin de mois. Pénalités de retard : 3 fois le taux d'intérêt "
            "légal ; indemnité forfaitaire pour frais de recouvrement : 40 €. Réserve de "
            "propriété jusqu'au paiement intégral.",
        ),
        s.size - 1.5,
    )
    if lg == "en" and rng.random() < 0.4 and f.y < hh - m - 120:
        y = hh - m - 95 - 7 * len(h.foot)
        slip_rule(
            f.page, m, w - m, y, "Remittance advice - please detach and return with your payment"
        )
        fields(
            f.page,
            s,
            m,
            y + 8,
            w - 2 * m,
            [
                ("Account", o.account),
                ("Invoice", o.invoice),
                ("Amount", ""),
                ("Cheque / BACS ref.", ""),
            ],
            per=4,
            tall=24,
            hand=False,
        )
    pages = close(f.pages, s, h)
    received(rng, pages[0], o.day, 0.25)
    if rng.random() < 0.3:
        hand(
            pages[0],
            m,
            hh - m - 20 - 7 * len(h.foot),
            tr(home(), "checked v. DN - ok", "mit LS geprüft", "vu BL - ok"),
            10,
        )
    remember(o.day, (h.name, o))
    return pages


def tpl_delivery_note(rng: random.Random, who: Issuer) -> list[Page]:
    """The distributor's delivery note / packing list: cartons and weight, lines with ordered,
    shipped and back-ordered quantities ticked off by hand, a carrier label with a barcode,
    and the goods-received box signed by the shop; A4 or A5 landscape."""
    h = head_of(who, "distributor", abroad=0.2)
    lg = h.lang
    ex = LAST["extra"]
    if (
        after("toy_trade_invoice")
        and isinstance(ex, tuple)
        and ex[0] == h.name
        and isinstance(ex[1], Order)
    ):
        o = ex[1]
    else:
        o = an_order(rng, who, lg)
    size = keyed(who, "dnsize").choice([A4, A4, landscape(A5)])
    s = style_of(h, size, margin=34 if size != A4 else 0, pt=8 if size != A4 else h.pt - 0.5)
    w, _ = size
    m = s.margin
    d = o.day - timedelta(days=rng.randint(0, 2))
    f = sheets(s, h, f"{tr(lg, 'Delivery note', 'Lieferschein', 'Bon de livraison')} {o.no}")
    title = tr(lg, "DELIVERY NOTE", "LIEFERSCHEIN", "BON DE LIVRAISON")
    f.page.text(w - m, f.y, title, s.bold, s.size + 4, "right")
    f.y += 8
    cartons = max(1, len(o.lines) // rng.choice([3, 4, 6]))
    recipient(
        f,
        s,
        h,
        shop_lines(),
        d,
        [
            (tr(lg, "Delivery no.", "Lieferschein-Nr.", "N° BL"), serial(rng, "DN999999")),
            (tr(lg, "Sales order", "Auftrag", "Commande"), o.no),
            (tr(lg, "Cartons", "Packstücke", "Colis"), str(cartons)),
            (tr(lg, "Weight", "Gewicht", "Poids"), f"{rng.uniform(2, 38):.1f} kg"),
        ],
    )
    cols = columns(
        m,
        w - m,
        [
            (1.9, "left"),
            (4.8, "left"),
            (0.9, "right"),
            (0.9, "right"),
            (1.1, "right"),
            (0.6, "center"),
        ],
    )
    rows = []
    for k, code, qty, _rrp, _disc in o.lines:
        short_by = qty if rng.random() < 0.08 else 0
        rows.append(
            [
                code,
                good(k, lg),
                str(qty),
                str(qty - short_by),
                str(short_by) if short_by else "",
                "",
            ]
        )
    table(
        f,
        cols,
        [
            "EAN",
            tr(lg, "Description", "Artikel", "Désignation"),
            tr(lg, "Ordered", "Bestellt", "Cdé"),
            tr(lg, "Shipped", "Geliefert", "Livré"),
            tr(lg, "Back order", "Rückstand", "Reliquat"),
            "",
        ],
        rows,
        s,
        rules=True,
        step=1.8,
    )
    tick_all = rng.random() < 0.6
    if tick_all:
        for p in f.pages:
            for kind, args in list(p.items):
                if (
                    kind == "text"
                    and args[3] == s.font
                    and isinstance(args[2], str)
                    and args[2][:2] in ("50", "40", "30")
                ):
                    p.text(cols[-1][0] + 6, float(args[1]), "v", HAND, 10)  # type: ignore[arg-type]
    f.y += 8
    f.need(130)
    if rng.random() < 0.5:
        f.page.barcode("code128", serial(rng, "JD0000999999999"), m, f.y)
        f.page.text(
            m,
            f.y + 86,
            rng.choice(["DPD Classic", "DHL Paket", "Parcelforce 48", "GLS Business"]),
            s.font,
            7,
        )
        x0 = m + 250
    else:
        x0 = m
    bw = min(w - m - x0, 260.0)
    f.page.rect(x0, f.y, bw, 86)
    f.page.text(
        x0 + 6,
        f.y + 12,
        tr(
            lg,
            "Goods received in good condition",
            "Ware vollständig und unbeschädigt erhalten",
            "Marchandise reçue en bon état",
        ),
        s.bold,
        7.5,
    )
    sig = staff()[rng.choice(["owner", "assistant1", "assistant2"])]
    f.page.text(x0 + 6, f.y + 32, tr(lg, "Name:", "Name:", "Nom :"), s.font, 7.5)
    hand(f.page, x0 + 50, f.y + 32, sig, 9)
    f.page.text(x0 + 6, f.y + 52, tr(lg, "Date:", "Datum:", "Date :"), s.font, 7.5)
    hand(f.page, x0 + 50, f.y + 52, short(d + timedelta(days=rng.randint(1, 3)), home()), 9)
    f.page.text(x0 + 6, f.y + 74, tr(lg, "Signature:", "Unterschrift:", "Signature :"), s.font, 7.5)
    if rng.random() < 0.85:
        scrawl(f.page, x0 + 60, f.y + 72, sig, 11)
    f.y += 100
    pages = close(f.pages, s, h)
    remember(d, (h.name, o))
    return pages


DOC_STANDARDS = [
    "EN 71-1:2014+A1:2018 (mechanical and physical properties)",
    "EN 71-2:2020 (flammability)",
    "EN 71-3:2019+A1:2021 (migration of certain elements)",
    "EN 71-8:2018 (activity toys for domestic use)",
    "EN 62115:2020 (electric toys - safety)",
    "EN IEC 62368-1 / EN 71-7:2014+A3:2020 (finger paints)",
]


def tpl_conformity_declaration(rng: random.Random, who: Issuer) -> list[Page]:
    """A manufacturer's EU / UK declaration of conformity for a toy, the shop having asked
    for it: numbered items (product, manufacturer, sole responsibility, object with a photo,
    legislation, standards, notified body, signature), sometimes bilingual headings; now and
    then behind the distributor's covering letter, and with a landscape summary of the test
    report as an annex."""
    h = head_of(who, "manufacturer", abroad=0.3)
    lg = h.lang
    s = style_of(h)
    w, _ = A4
    m = s.margin
    d = some_day(rng)
    k = rng.randrange(len(GOODS))
    model = serial(rng, rng.choice(["AA-9999", "99999", "AAA 999", "9999-AA"]))
    batch = serial(rng, "L9999A")
    uk = lg == "en" or (home() == "en" and rng.random() < 0.5)
    pages: list[Page] = []
    if rng.random() < 0.45:
        dh = head_of(who, "distributor")
        ds = style_of(dh)
        cf = sheets(ds, dh)
        dlg = dh.lang
        recipient(
            cf,
            ds,
            dh,
            shop_lines(staff()["owner"]),
            d + timedelta(days=rng.randint(2, 9)),
            [
                (
                    tr(dlg, "Account", "Kunden-Nr.", "Code client"),
                    serial(keyed(who, "acct"), "AAA999"),
                )
            ],
        )
        caption(
            cf,
            ds,
            tr(
                dlg,
                f"Declaration of conformity - {good(k, dlg)}",
                f"Konformitätserklärung - {good(k, dlg)}",
                f"Déclaration de conformité - {good(k, dlg)}",
            ),
            1,
        )
        write(cf, ds, dear(dlg, staff()["owner"]))
        write(
            cf,
            ds,
            tr(
                dlg,
                "Further to your request, please find enclosed a copy of the manufacturer's "
                "declaration of conformity for the above item. " + prose(rng, dlg, "safety", 1, 2),
                "wie gewünscht erhalten Sie anbei eine Kopie der Konformitätserklärung des "
                "Herstellers für den oben genannten Artikel. " + prose(rng, dlg, "safety", 1, 2),
                "Suite à votre demande, veuillez trouver ci-joint la déclaration de conformité "
                "du fabricant pour l'article cité. " + prose(rng, dlg, "safety", 1, 2),
            ),
        )
        regards(
            cf,
            ds,
            dlg,
            person_of(dh, "sales"),
            tr(dlg, "Customer services", "Kundenservice", "Service clients"),
        )
        pages += close(cf.pages, ds, dh, numbers="none")
    f = sheets(s, h, top=True)
    p = f.page
    title = (
        "UK DECLARATION OF CONFORMITY"
        if uk
        else tr(
            lg,
            "EU DECLARATION OF CONFORMITY",
            "EU-KONFORMITÄTSERKLÄRUNG",
            "DÉCLARATION UE DE CONFORMITÉ",
        )
    )
    p.text(w / 2, f.y, title, s.bold, s.size + 5, "center")
    f.y += 14
    if lg != "en" and rng.random() < 0.5:
        p.text(w / 2, f.y, "EU Declaration of Conformity", italic_of(s.font), s.size, "center")
        f.y += 12
    p.text(w / 2, f.y, f"No. {serial(rng, 'DoC-9999-99')}", s.font, s.size - 1, "center")
    f.y += 22
    law = (
        "Toys (Safety) Regulations 2011 (S.I. 2011/1881), as amended"
        if uk
        else tr(
            lg,
            "Directive 2009/48/EC on the safety of toys",
            "Richtlinie 2009/48/EG über die Sicherheit von Spielzeug",
            "Directive 2009/48/CE relative à la sécurité des jouets",
        )
    )
    items = [
        (
            tr(lg, "Product model / type", "Produkt / Typ", "Produit / type"),
            f"{good(k, lg)} - {tr(lg, 'item', 'Art.-Nr.', 'réf.')} {model}, "
            f"{tr(lg, 'batch', 'Charge', 'lot')} {batch}",
        ),
        (
            tr(
                lg,
                "Name and address of the manufacturer",
                "Name und Anschrift des Herstellers",
                "Nom et adresse du fabricant",
            ),
            f"{h.name}, {h.street}, {h.town}",
        ),
        (
            tr(
                lg,
                "This declaration of conformity is issued under the sole responsibility of the "
                "manufacturer.",
                "Die alleinige Verantwortung für die Ausstellung dieser Konformitätserklärung "
                "trägt der Hersteller.",
                "La présente déclaration de conformité est établie sous la seule responsabilité "
                "du fabricant.",
            ),
            "",
        ),
        (
            tr(
                lg,
                "Object of the declaration",
                "Gegenstand der Erklärung",
                "Objet de la déclaration",
            ),
            f"{good(k, lg)}, {tr(lg, 'age', 'Alter', 'âge')} {GOODS[k][4]}",
        ),
        (
            tr(
                lg,
                "The object of the declaration described above is in conformity with",
                "Der oben beschriebene Gegenstand der Erklärung erfüllt die Vorschriften",
                "L'objet de la déclaration décrit ci-dessus est conforme à",
            ),
            law,
        ),
        (
            tr(
                lg,
                "References to the relevant designated / harmonised standards used",
                "Angabe der einschlägigen harmonisierten Normen",
                "Références des normes harmonisées pertinentes appliquées",
            ),
            "",
        ),
    ]
    for n, (label, value) in enumerate(items, 1):
        f.need(40)
        f.page.text(m, f.y, f"{n}.", s.bold, s.size)
        for ln in wrap(label, s.bold if value else s.font, s.size, w - 2 * m - 20):
            f.page.text(m + 20, f.y, ln, s.bold if value else s.font, s.size)
            f.y += s.size * 1.35
        if value:
            for ln in wrap(value, s.font, s.size, w - 2 * m - 30):
                f.page.text(m + 30, f.y, ln, s.font, s.size)
                f.y += s.size * 1.35
        if n == 4 and rng.random() < 0.7:
            photo(f.page, m + 30, f.y, 120, 80, rng)
            f.y += 90
        f.y += 6
    for std in rng.sample(DOC_STANDARDS[:4], rng.randint(2, 4)):
        f.page.text(m + 34, f.y, f"- {std}", s.font, s.size - 0.5)
        f.y += s.size * 1.35
    f.y += 6
    nb = rng.random() < 0.5
    f.need(40)
    f.page.text(m, f.y, "7.", s.bold, s.size)
    txt = (
        tr(
            lg,
            f"Notified / approved body {serial(rng, '9999')} performed the EC-type examination "
            f"and issued certificate {serial(rng, 'AA 99 99999 9999')}.",
            f"Die notifizierte Stelle {serial(rng, '9999')} hat die EG-Baumusterprüfung "
            f"durchgeführt und die Bescheinigung {serial(rng, 'AA 99 99999 9999')} ausgestellt.",
            f"L'organisme notifié {serial(rng, '9999')} a effectué l'examen CE de type et "
            f"délivré le certificat {serial(rng, 'AA 99 99999 9999')}.",
        )
        if nb
        else tr(
            lg,
            "Not applicable - internal production control (module A).",
            "Nicht zutreffend - interne Fertigungskontrolle (Modul A).",
            "Sans objet - contrôle interne de la fabrication (module A).",
        )
    )
    for ln in wrap(txt, s.font, s.size, w - 2 * m - 20):
        f.page.text(m + 20, f.y, ln, s.font, s.size)
        f.y += s.size * 1.35
    f.y += 8
    f.need(120)
    f.page.text(
        m,
        f.y,
        tr(
            lg,
            "Signed for and on behalf of:",
            "Unterzeichnet für und im Namen von:",
            "Signé par et au nom de :",
        ),
        s.font,
        s.size,
    )
    f.page.text(m + 150, f.y, h.name, s.bold, s.size)
    f.y += 16
    signer = person_of(h, "quality")
    f.page.text(
        m,
        f.y,
        f"{place_of(h)}, {day(h, d - timedelta(days=rng.randint(30, 400)))}",
        s.font,
        s.size,
    )
    f.y += 34
    sign_line(
        f.page,
        s,
        m,
        f.y,
        f"{signer}, "
        f"{tr(lg, 'Quality Manager', 'Leitung Qualitätssicherung', 'Responsable qualité')}",
        signer,
        220,
    )
    if rng.random() < 0.5:
        seal(f.page, m + 320, f.y - 18, 32, h.name.split()[0].upper(), h.town)
    f.y += 30
    doc = close(f.pages, s, h, numbers="none")
    if rng.random() < 0.4:
        ls = paper(s, landscape(A4), margin=40, pt=8)
        lf = Sheets(landscape(A4), landscape(A4)[1] - 50, lambda p, n: 50.0)
        lw = landscape(A4)[0]
        lf.page.text(
            40,
            lf.y,
            tr(
                lg,
                "Annex - Test report summary",
                "Anlage - Zusammenfassung Prüfbericht",
                "Annexe - Synthèse du rapport d'essai",
            ),
            ls.bold,
            11,
        )
        lf.y += 14
        lab = rng.choice(["SGS", "TÜV Rheinland", "Intertek", "Bureau Veritas", "Eurofins"])
        lf.page.text(
            40,
            lf.y,
            f"{lab} - {tr(lg, 'Report no.', 'Bericht-Nr.', 'Rapport n°')} "
            f"{serial(rng, 'AA99-99999-9')} - "
            f"{short(d - timedelta(days=rng.randint(60, 500)), lg)}",
            ls.font,
            8,
        )
        lf.y += 20
        clauses = [
            (
                "4.1",
                tr(
                    lg, "Material cleanliness", "Sauberkeit des Materials", "Propreté des matériaux"
                ),
            ),
            ("4.7", tr(lg, "Edges", "Kanten", "Bords")),
            (
                "4.8",
                tr(
                    lg,
                    "Points and metallic wires",
                    "Spitzen und Drähte",
                    "Pointes et fils métalliques",
                ),
            ),
            (
                "5.1",
                tr(
                    lg,
                    "Small parts (under 36 months)",
                    "Kleinteile (unter 36 Monaten)",
                    "Petits éléments (moins de 36 mois)",
                ),
            ),
            ("5.2", tr(lg, "Soft-filled toys", "Gefüllte Spielzeuge", "Jouets rembourrés")),
            ("8.2", tr(lg, "Torque test", "Torsionsprüfung", "Essai de torsion")),
            ("8.4", tr(lg, "Tension test", "Zugprüfung", "Essai de traction")),
            ("EN 71-2", tr(lg, "Flammability", "Entflammbarkeit", "Inflammabilité")),
            (
                "EN 71-3",
                tr(
                    lg,
                    "Migration of elements (Cat. III)",
                    "Migration von Elementen (Kat. III)",
                    "Migration d'éléments (cat. III)",
                ),
            ),
            (
                "7",
                tr(
                    lg,
                    "Warnings and instructions",
                    "Warnhinweise und Anleitung",
                    "Avertissements et notice",
                ),
            ),
        ]
        cols = columns(
            40, lw - 40, [(1, "left"), (4, "left"), (3, "left"), (2, "left"), (1, "center")]
        )
        rows = [
            [
                c,
                t,
                rng.choice(
                    ["-", tr(lg, "see photo 3", "siehe Foto 3", "voir photo 3"), "< LOQ", "N/A"]
                ),
                rng.choice(["EN 71-1", "EN 71-2", "EN 71-3"]),
                rng.choice(["P", "P", "P", "N/A"]),
            ]
            for c, t in clauses
        ]
        table(
            lf,
            cols,
            [
                tr(lg, "Clause", "Abschnitt", "Article"),
                tr(lg, "Test", "Prüfung", "Essai"),
                tr(lg, "Remark", "Bemerkung", "Remarque"),
                tr(lg, "Standard", "Norm", "Norme"),
                tr(lg, "Result", "Ergebnis", "Résultat"),
            ],
            rows,
            ls,
            shade=0.85,
            rules=True,
            step=2.0,
        )
        lf.page.text(40, lf.y + 10, "P = Pass   F = Fail   N/A = not applicable", ls.font, 7)
        doc += lf.pages
    pages += doc
    received(rng, pages[0], d, 0.2)
    remember(d, (h.name, k))
    return pages


def tpl_recall_notice(rng: random.Random, who: Issuer) -> list[Page]:
    """A product safety recall notice to retailers: a bold banner, product photo, affected
    batch codes in a table, the hazard, what the retailer must do; behind it the shop-window
    notice to customers on a page of its own and now and then the stock return form with
    tick boxes and counts to fill in."""
    h = head_of(who, rng.choice(["manufacturer", "distributor"]), abroad=0.2)
    lg = h.lang
    s = style_of(h)
    w, hh = A4
    m = s.margin
    d = some_day(rng)
    k = rng.randrange(len(GOODS))
    code = serial(rng, "999999")
    f = sheets(
        s, h, f"{tr(lg, 'Product recall', 'Produktrückruf', 'Rappel de produit')} - {good(k, lg)}"
    )
    f.page.rect(m, f.y - 14, w - 2 * m, 26, fill=0.72)
    f.page.text(
        w / 2,
        f.y + 3,
        tr(
            lg,
            "URGENT: PRODUCT SAFETY RECALL",
            "DRINGEND: PRODUKTRÜCKRUF",
            "URGENT : RAPPEL DE PRODUIT",
        ),
        s.bold,
        14,
        "center",
    )
    f.page.text(w / 2, f.y + 3, "", s.font, 1)
    f.y += 34
    write(
        f,
        s,
        tr(
            lg,
            f"To: all retail stockists - {day(h, d)}",
            f"An alle Fachhändler - {day(h, d)}",
            f"À l'attention de tous nos revendeurs - {day(h, d)}",
        ),
        s.size,
    )
    caption(f, s, good(k, lg), 2)
    y0 = f.y
    photo(f.page, m, y0, 130, 95, rng)
    batches = [
        [serial(rng, "L9999A"), short(d - timedelta(days=rng.randint(60, 400)), lg), ean(rng, lg)]
        for _ in range(rng.randint(2, 5))
    ]
    sub = Sheets(f.size, f.bottom, lambda p, n: y0)
    sub.page = f.page
    sub.pages = [f.page]
    sub.y = y0
    cols = columns(m + 145, w - m, [(1.2, "left"), (1.3, "left"), (2, "left")])
    table(
        sub,
        cols,
        [tr(lg, "Batch", "Charge", "Lot"), tr(lg, "Made", "Herstellung", "Fabrication"), "EAN"],
        batches,
        s,
        rules=True,
    )
    f.y = max(sub.y, y0 + 105)
    f.heading(m, tr(lg, "The hazard", "Gefahr", "Le risque"), s.bold, s.size + 1)
    write(f, s, prose(rng, lg, "safety", 2, 3))
    f.heading(
        m,
        tr(lg, "What you must do", "Was Sie tun müssen", "Ce que vous devez faire"),
        s.bold,
        s.size + 1,
    )
    steps = [
        tr(
            lg,
            "Stop selling the product immediately and remove it from display and stock.",
            "Verkauf sofort einstellen, Ware aus dem Regal und Lager nehmen.",
            "Cessez immédiatement la vente et retirez le produit des rayons et du stock.",
        ),
        tr(
            lg,
            "Display the enclosed customer notice at the till and in the window.",
            "Beiliegenden Kundenaushang an der Kasse und im Schaufenster aushängen.",
            "Affichez l'avis clients ci-joint en caisse et en vitrine.",
        ),
        tr(
            lg,
            "Refund customers who return the product, with or without a receipt.",
            "Kunden, die das Produkt zurückbringen, den Kaufpreis erstatten - auch ohne Kassenbon.",
            "Remboursez les clients qui rapportent le produit, avec ou sans ticket.",
        ),
        tr(
            lg,
            "Complete the stock return form and send it back within 14 days.",
            "Rücksendeformular ausfüllen und binnen 14 Tagen zurücksenden.",
            "Complétez le formulaire de retour sous 14 jours.",
        ),
    ]
    for n, t in enumerate(steps, 1):
        f.para(m + 14, w - 2 * m - 14, f"{n}. {t}", s.font, s.size, 0.3)
    write(
        f,
        s,
        tr(
            lg,
            f"Stocked items will be credited in full. Recall reference {code}.",
            f"Die Ware wird Ihnen vollständig gutgeschrieben. Rückruf-Referenz {code}.",
            f"Les articles retournés seront intégralement crédités. Référence rappel {code}.",
        ),
    )
    regards(
        f,
        s,
        lg,
        person_of(h, "quality"),
        tr(lg, "Product Safety Manager", "Produktsicherheit", "Responsable sécurité produit"),
    )
    pages = close(f.pages, s, h)
    # the customer notice: a poster of its own
    p = Page(A4)
    p.rect(40, 40, w - 80, hh - 80)
    p.rect(46, 46, w - 92, hh - 92)
    p.text(
        w / 2,
        120,
        tr(lg, "PRODUCT RECALL", "PRODUKTRÜCKRUF", "RAPPEL PRODUIT"),
        "Helvetica-Bold",
        40,
        "center",
    )
    nm = good(k, lg)
    pt = shrink(nm, "Helvetica-Bold", 22, w - 120)
    p.text(w / 2, 170, nm, "Helvetica-Bold", pt, "center")
    photo(p, w / 2 - 110, 200, 220, 150, rng)
    y = 390.0
    for ln in wrap(
        tr(
            lg,
            f"{h.name} is recalling the above product because "
            f"{words(rng, lg, 'safety', 9)[:-1].lower()}. "
            "Please stop using it immediately, keep it away from children and return it to the "
            "shop "
            "where you bought it for a full refund.",
            f"{h.name} ruft das oben genannte Produkt zurück. Bitte verwenden Sie es nicht mehr, "
            "halten Sie es von Kindern fern und bringen Sie es gegen Erstattung des Kaufpreises "
            "in Ihr Geschäft zurück.",
            f"{h.name} procède au rappel du produit ci-dessus. Cessez de l'utiliser, tenez-le hors "
            "de portée des enfants et rapportez-le en magasin pour un remboursement intégral.",
        ),
        "Helvetica",
        14,
        w - 130,
    ):
        p.text(w / 2, y, ln, "Helvetica", 14, "center")
        y += 20
    y += 16
    p.text(
        w / 2,
        y,
        tr(lg, "Affected batches:", "Betroffene Chargen:", "Lots concernés :"),
        "Helvetica-Bold",
        12,
        "center",
    )
    p.text(w / 2, y + 18, "  ".join(b[0] for b in batches), "Helvetica", 12, "center")
    p.text(
        w / 2,
        hh - 90,
        fit(f"{h.name} - {h.phone or h.mail or h.town}", "Helvetica", 10, w - 120),
        "Helvetica",
        10,
        "center",
    )
    pages.append(p)
    if rng.random() < 0.6:
        rf = sheets(s, h, top=False)
        rp = rf.page
        caption(
            rf,
            s,
            tr(
                lg,
                "STOCK RETURN FORM",
                "RÜCKSENDEFORMULAR HÄNDLER",
                "FORMULAIRE DE RETOUR REVENDEUR",
            ),
            3,
        )
        write(
            rf,
            s,
            tr(
                lg,
                f"Recall ref. {code} - {good(k, lg)}",
                f"Rückruf {code} - {good(k, lg)}",
                f"Rappel {code} - {good(k, lg)}",
            ),
        )
        sh = shop_head()
        filled = rng.random() < 0.5
        rf.y = fields(
            rp,
            s,
            m,
            rf.y,
            w - 2 * m,
            [
                (tr(lg, "Retailer", "Händler", "Revendeur"), sh.name if filled else ""),
                (
                    tr(lg, "Account no.", "Kunden-Nr.", "Code client"),
                    serial(keyed(who, "acct"), "AAA999") if filled else "",
                ),
                (
                    tr(lg, "Address", "Anschrift", "Adresse"),
                    f"{sh.street}, {sh.town}" if filled else "",
                ),
                (
                    tr(
                        lg,
                        "Contact / telephone",
                        "Ansprechpartner / Telefon",
                        "Contact / téléphone",
                    ),
                    f"{staff()['owner']} {sh.phone}" if filled else "",
                ),
                (
                    tr(lg, "Units in stock", "Bestand (Stück)", "Unités en stock"),
                    str(rng.randint(0, 9)) if filled else "",
                ),
                (
                    tr(
                        lg,
                        "Units returned by customers",
                        "Von Kunden zurückgegeben",
                        "Unités rapportées par des clients",
                    ),
                    str(rng.randint(0, 3)) if filled else "",
                ),
            ],
            per=2,
            tall=30,
        )
        rf.y = ticks(
            rp,
            s,
            m,
            rf.y + 6,
            w - 2 * m,
            [
                tr(
                    lg,
                    "Stock removed from sale",
                    "Ware aus dem Verkauf genommen",
                    "Stock retiré de la vente",
                ),
                tr(
                    lg,
                    "Customer notice displayed",
                    "Kundenaushang ausgehängt",
                    "Avis clients affiché",
                ),
                tr(lg, "No stock held", "Kein Bestand", "Aucun stock"),
            ],
            {0, 1} if filled else set(),
            9,
        )
        rf.y += 20
        sign_line(
            rp,
            s,
            m,
            rf.y + 20,
            tr(lg, "Signature", "Unterschrift", "Signature"),
            staff()["owner"] if filled else "",
        )
        sign_line(rp, s, m + 260, rf.y + 20, tr(lg, "Date", "Datum", "Date"))
        if filled:
            hand(rp, m + 270, rf.y + 16, short(d + timedelta(days=rng.randint(2, 8)), lg))
        pages += close(rf.pages, s, h, numbers="none")
    received(rng, pages[0], d, 0.35)
    remember(d, (h.name, k, code))
    return pages


def tpl_credit_note(rng: random.Random, who: Issuer) -> list[Page]:
    """The distributor's credit note: recalled stock, a faulty item a customer brought back,
    a short delivery or a price adjustment; A4 or A5."""
    h = head_of(who, "distributor", abroad=0.15)
    lg = h.lang
    size = keyed(who, "cnsize").choice([A4, A4, A5])
    s = style_of(h, size, margin=34 if size == A5 else 0, pt=8.5 if size == A5 else 0)
    w, _ = size
    m = s.margin
    ex = LAST["extra"]
    d = (LAST["day"] if isinstance(LAST["day"], date) else some_day(rng)) + timedelta(
        days=rng.randint(5, 20)
    )
    if after("retailer_recall") and isinstance(ex, tuple) and len(ex) == 3:
        k = int(ex[1])
        reason = tr(
            lg, f"Product recall {ex[2]}", f"Produktrückruf {ex[2]}", f"Rappel produit {ex[2]}"
        )
        qty = rng.randint(1, 8)
    elif after("refund_exchange_form") and isinstance(ex, tuple):
        k = int(ex[0])
        reason = tr(
            lg,
            "Faulty - returned by customer",
            "Defekt - Kundenreklamation",
            "Défectueux - retour client",
        )
        qty = 1
    else:
        k = rng.randrange(len(GOODS))
        reason = rng.choice(
            [
                tr(lg, "Short delivery", "Fehlmenge", "Manquant à la livraison"),
                tr(lg, "Damaged in transit", "Transportschaden", "Avarie de transport"),
                tr(lg, "Price adjustment", "Preiskorrektur", "Ajustement de prix"),
            ]
        )
        qty = rng.randint(1, 4)
    unit = round(GOODS[k][3] / 1.2 * 0.55, 2)
    f = sheets(s, h)
    no = serial(rng, rng.choice(["CN-999999", "GS 99999", "AV999999"]))
    f.page.text(
        w - m, f.y, tr(lg, "CREDIT NOTE", "GUTSCHRIFT", "AVOIR"), s.bold, s.size + 5, "right"
    )
    f.y += 10
    recipient(
        f,
        s,
        h,
        shop_lines(),
        d,
        [
            (tr(lg, "Credit note", "Gutschrift-Nr.", "N° avoir"), no),
            (tr(lg, "Account", "Kunden-Nr.", "Code client"), serial(keyed(who, "acct"), "AAA999")),
            (
                tr(lg, "Original invoice", "zu Rechnung", "Facture d'origine"),
                serial(rng, "9999999"),
            ),
        ],
    )
    write(f, s, f"{tr(lg, 'Reason', 'Grund', 'Motif')}: {reason}", s.size)
    cols = columns(m, w - m, [(4.5, "left"), (0.8, "right"), (1.3, "right"), (1.4, "right")])
    rows = [[good(k, lg), str(qty), money(unit, lg), money(unit * qty, lg)]]
    if rng.random() < 0.3:
        rows.append(
            [
                tr(lg, "Return carriage", "Rücksendekosten", "Frais de retour"),
                "1",
                money(8.5, lg),
                money(8.5, lg),
            ]
        )
    net = sum(
        float(r[3].replace(".", "").replace(" ", "").replace(",", "."))
        if lg != "en"
        else float(r[3].replace(",", ""))
        for r in rows
    )
    table(
        f,
        cols,
        [
            tr(lg, "Item", "Artikel", "Article"),
            tr(lg, "Qty", "Menge", "Qté"),
            tr(lg, "Unit", "Einzelpreis", "P.U. HT"),
            tr(lg, "Credit", "Betrag", "Montant HT"),
        ],
        rows,
        s,
        rules=True,
    )
    totals(f, s, lg, round(net, 2), 0.0 if lg != home() else vat_rate(lg))
    write(
        f,
        s,
        tr(
            lg,
            "This credit will be offset against your next invoice.",
            "Der Betrag wird mit Ihrer nächsten Rechnung verrechnet.",
            "Cet avoir sera déduit de votre prochaine facture.",
        ),
        s.size - 1,
    )
    pages = close(f.pages, s, h, numbers="none")
    received(rng, pages[0], d, 0.25)
    remember(d)
    return pages


# ---------------------------------------------------------------------------------------------
# Templates QQQQ: the café and the events
# ---------------------------------------------------------------------------------------------


def form_top(p: Page, s: Style, h: Head, title: str) -> float:
    """The shop's own form: its name small at the top, the form's title under it."""
    w, _ = p.size
    m = s.margin
    pt = shrink(h.name, h.bold, 11, w - 2 * m)
    p.text(m, m - 8, h.name, h.bold, pt)
    p.text(
        w - m,
        m - 8,
        fit(f"{h.street}, {h.town}  {h.phone}", h.font, 6.5, w * 0.45),
        h.font,
        6.5,
        "right",
    )
    p.line(m, m - 2, w - m, m - 2)
    tp = shrink(title, s.bold, s.size + 5, w - 2 * m)
    p.text(m, m + 18, title, s.bold, tp)
    return m + 34


def tpl_table_booking(rng: random.Random, who: Issuer) -> list[Page]:
    """The games café's own booking form for a party, a private game night or a group table,
    filled in by hand: customer, date and time, number of guests, package and food ticks,
    allergies, games host, deposit; the booking terms printed on the back (a second page)
    on about half of them; A4 or A5."""
    h = shop_head()
    lg = h.lang
    size = keyed(who, "bksize").choice([A4, A5, A5])
    s = style_of(h, size, margin=30 if size == A5 else 44, pt=8 if size == A5 else 9)
    w, _ = size
    m = s.margin
    p = Page(size)
    y = form_top(
        p,
        s,
        h,
        tr(
            lg,
            "Party & Group Booking Form",
            "Reservierung Gruppen & Feiern",
            "Fiche de réservation - groupes & anniversaires",
        ),
    )
    d = some_day(rng)
    ev = d + timedelta(days=rng.randint(5, 40))
    cust = a_person(rng, lg)
    y = band(p, s, y, tr(lg, "Customer", "Kunde / Kundin", "Client"))
    y = fields(
        p,
        s,
        m,
        y + 2,
        w - 2 * m,
        [
            (tr(lg, "Name", "Name", "Nom"), cust),
            (
                tr(lg, "Telephone", "Telefon", "Téléphone"),
                serial(
                    rng, {"en": "07999 999999", "de": "0179 9999999", "fr": "06 99 99 99 99"}[lg]
                ),
            ),
            (
                tr(lg, "E-mail", "E-Mail", "E-mail"),
                f"{cust.split()[0].lower()}.{serial(rng, '99')}@"
                + rng.choice(["gmail.com", "web.de", "orange.fr", "outlook.com"]),
            ),
            (
                tr(lg, "Booked on / by", "Angenommen am / von", "Pris le / par"),
                f"{short(d, lg)} {staff()[rng.choice(['cafe', 'assistant1'])].split()[0]}",
            ),
        ],
        per=2,
        tall=24,
    )
    y = band(p, s, y, tr(lg, "Event", "Veranstaltung", "Événement"))
    y = fields(
        p,
        s,
        m,
        y + 2,
        w - 2 * m,
        [
            (tr(lg, "Date", "Datum", "Date"), short(ev, lg)),
            (
                tr(lg, "Time", "Uhrzeit", "Horaire"),
                f"{rng.choice(['14:00', '15:30', '18:00', '19:00'])} - "
                f"{rng.choice(['17:00', '18:30', '22:00', '23:00'])}",
            ),
            (tr(lg, "Adults", "Erwachsene", "Adultes"), str(rng.randint(1, 12))),
            (
                tr(lg, "Children (age)", "Kinder (Alter)", "Enfants (âge)"),
                f"{rng.randint(0, 12)} ({rng.randint(5, 12)})" if rng.random() < 0.6 else "-",
            ),
        ],
        per=4,
        tall=24,
    )
    pk = [
        tr(lg, "Table only", "Nur Tisch", "Table seule"),
        tr(
            lg,
            "Birthday party + games host",
            "Kindergeburtstag mit Spieleleitung",
            "Anniversaire avec animateur",
        ),
        tr(lg, "Private room", "Separée", "Salle privée"),
        tr(lg, "Game night / club", "Spieleabend / Verein", "Soirée jeux / club"),
        tr(lg, "Company event", "Firmenfeier", "Événement d'entreprise"),
    ]
    y = ticks(p, s, m, y + 4, w - 2 * m, pk, {rng.randrange(len(pk))}, 8)
    y = band(p, s, y + 4, tr(lg, "Food & drinks", "Essen & Getränke", "Restauration"))
    food = [
        tr(lg, "Pizza platter", "Pizza-Platte", "Plateau pizzas"),
        tr(lg, "Nachos", "Nachos", "Nachos"),
        tr(lg, "Cake (own)", "Kuchen (mitgebracht)", "Gâteau (apporté)"),
        tr(lg, "Squash jugs", "Saftkaraffen", "Carafes de sirop"),
        tr(lg, "Hot drinks", "Heißgetränke", "Boissons chaudes"),
        tr(lg, "Vegan option", "Vegane Option", "Option végane"),
    ]
    y = ticks(
        p, s, m, y + 4, w - 2 * m, food, set(rng.sample(range(len(food)), rng.randint(1, 3))), 8
    )
    label = tr(lg, "Allergies / dietary needs:", "Allergien / Unverträglichkeiten:", "Allergies :")
    p.text(m, y + 4, label, s.font, 7.5)
    lx = m + tw(label, s.font, 7.5) + 6
    if rng.random() < 0.6:
        notes = {
            "en": ["nut allergy (1 child)", "gluten free x2", "none", "1 vegan"],
            "de": ["Laktose (1 Kind)", "keine", "glutenfrei x2", "1x vegan"],
            "fr": ["sans arachides", "sans gluten x2", "aucune", "1 végétarien"],
        }[lg]
        hand(p, lx + 4, y + 4, rng.choice(notes), 9, w - m - lx - 8)
    p.line(lx, y + 7, w - m, y + 7)
    y += 24
    dep = rng.choice([20.0, 25.0, 30.0, 50.0])
    y = fields(
        p,
        s,
        m,
        y,
        w - 2 * m,
        [
            (
                tr(lg, "Price per head", "Preis pro Person", "Prix par personne"),
                cash(rng.choice([8.5, 10.0, 12.5, 15.0]), lg),
            ),
            (tr(lg, "Deposit paid", "Anzahlung", "Acompte versé"), cash(dep, lg)),
            (
                tr(lg, "Paid by", "Zahlart", "Réglé par"),
                rng.choice(
                    {"en": ["card", "cash"], "de": ["EC", "bar"], "fr": ["CB", "espèces"]}[lg]
                ),
            ),
        ],
        per=3,
        tall=24,
    )
    p.text(
        m,
        y + 4,
        tr(
            lg,
            "I have read and accept the booking terms overleaf.",
            "Ich akzeptiere die umseitigen Reservierungsbedingungen.",
            "J'accepte les conditions de réservation au verso.",
        ),
        s.font,
        7,
    )
    sign_line(
        p,
        s,
        m,
        y + 34,
        tr(lg, "Customer signature", "Unterschrift Kunde", "Signature du client"),
        cust if rng.random() < 0.8 else "",
        160,
    )
    if rng.random() < 0.4:
        stamp(
            p,
            w - m - 120,
            y + 4,
            [tr(lg, "DEPOSIT PAID", "ANGEZAHLT", "ACOMPTE REÇU"), short(d, lg)],
        )
    pages = [p]
    if rng.random() < 0.5:
        heads = [
            tr(lg, "Deposits", "Anzahlung", "Acompte"),
            tr(lg, "Cancellations", "Stornierung", "Annulation"),
            tr(lg, "Numbers", "Personenzahl", "Nombre de personnes"),
            tr(lg, "Own food", "Mitgebrachte Speisen", "Nourriture extérieure"),
            tr(lg, "Games and damage", "Spiele und Schäden", "Jeux et dégradations"),
            tr(lg, "Supervision of children", "Aufsichtspflicht", "Surveillance des enfants"),
            tr(lg, "Time slots", "Zeitfenster", "Créneaux"),
            tr(lg, "Photos", "Fotos", "Photos"),
        ]
        pages.append(
            small_print(
                rng,
                s,
                h,
                tr(
                    lg,
                    "Booking terms and conditions",
                    "Reservierungsbedingungen",
                    "Conditions de réservation",
                ),
                heads,
                "booking",
            )
        )
    remember(d)
    return pages


def tpl_decklist(rng: random.Random, who: Issuer) -> list[Page]:
    """A tournament deck registration sheet handed in by a player at the shop's card game
    tournament: event, date, player name and ID, table number; the main deck in two columns
    and the sideboard written by hand, the 'for judges only' box; a run holds sheets of the
    same event from other players."""
    h = shop_head()
    lg = h.lang
    s = style_of(h, A4 if keyed(who, "dlsize").random() < 0.7 else LETTER, margin=40, pt=8)
    w, hh = s.page_size
    m = s.margin
    ex = LAST["extra"]
    if after("deck_registration") and isinstance(ex, tuple) and ex[0] == "decklist":
        ev_day, fmt = ex[1], ex[2]
    else:
        ev_day = some_day(rng)
        fmt = rng.choice(["Standard", "Modern", "Pioneer", "Pauper", "Sealed", "Draft"])
    p = Page(s.page_size)
    p.text(
        m,
        m,
        tr(lg, "DECK REGISTRATION SHEET", "DECKREGISTRIERUNG", "FEUILLE D'ENREGISTREMENT DE DECK"),
        "Helvetica-Bold",
        15,
    )
    p.text(w - m, m, fit(h.name, "Helvetica", 8, 200), "Helvetica", 8, "right")
    player = a_person(rng, lg)
    y = fields(
        p,
        s,
        m,
        m + 12,
        w - 2 * m,
        [
            (
                tr(lg, "Event", "Turnier", "Tournoi"),
                f"{fmt} {tr(lg, 'Showdown', 'Turnier', 'Tournoi')} "
                f"#{serial(keyed(who, 'ev'), '99')}",
            ),
            (tr(lg, "Date", "Datum", "Date"), short(ev_day, lg)),
            (tr(lg, "Location", "Ort", "Lieu"), h.town),
            (tr(lg, "Player name", "Name", "Nom du joueur"), player),
            (tr(lg, "Player ID", "Spieler-ID", "ID joueur"), serial(rng, "9999999999")),
            (
                tr(lg, "Deck name / archetype", "Deckname", "Nom du deck"),
                rng.choice(
                    ["Mono Red", "Azorius Control", "Elves", "Burn", "Jund", "Tron", "-", ""]
                ),
            ),
        ],
        per=3,
        tall=26,
    )
    cards = rng.sample(CARDS, 20)
    cw = (w - 2 * m - 14) / 2
    tops = y + 4
    for c, title in enumerate(
        [
            tr(lg, "Main deck", "Hauptdeck", "Deck principal"),
            tr(lg, "Main deck (cont.)", "Hauptdeck (Forts.)", "Deck principal (suite)"),
        ]
    ):
        x = m + c * (cw + 14)
        p.text(x, tops, title, "Helvetica-Bold", 9)
        p.text(
            x,
            tops + 12,
            tr(lg, "Qty   Card name", "Anz.  Kartenname", "Qté   Nom de la carte"),
            "Helvetica",
            7,
        )
        yy = tops + 18
        for r in range(22):
            p.line(x, yy + 12, x + cw, yy + 12)
            p.line(x + 26, yy, x + 26, yy + 12)
            k = c * 22 + r
            if k < len(cards) + 4 and rng.random() < (0.9 if k < 16 else 0.15):
                hand(p, x + 6, yy + 10, str(rng.choice([1, 2, 3, 4, 4, 4])), 9)
                hand(p, x + 30, yy + 10, cards[k % len(cards)], 9, cw - 34)
            yy += 12
    y = tops + 18 + 22 * 12 + 16
    p.text(m, y, tr(lg, "Sideboard", "Sideboard", "Réserve"), "Helvetica-Bold", 9)
    y += 6
    for r in range(8):
        p.line(m, y + 12, m + cw, y + 12)
        if r < rng.randint(3, 7):
            hand(p, m + 6, y + 10, str(rng.choice([1, 2, 3])), 9)
            hand(p, m + 30, y + 10, rng.choice(cards), 9, cw - 34)
        y += 12
    jx = m + cw + 14
    jy = tops + 18 + 22 * 12 + 10
    p.rect(jx, jy, cw, 110, fill=0.9)
    p.text(
        jx + 6,
        jy + 14,
        tr(lg, "FOR JUDGES ONLY", "NUR FÜR SCHIEDSRICHTER", "RÉSERVÉ AUX ARBITRES"),
        "Helvetica-Bold",
        8,
    )
    for k, t in enumerate(
        [
            tr(lg, "Main deck total", "Summe Hauptdeck", "Total deck"),
            tr(lg, "Sideboard total", "Summe Sideboard", "Total réserve"),
            tr(lg, "Deck check", "Deckcheck", "Vérification"),
            tr(lg, "Judge", "Schiedsrichter", "Arbitre"),
        ]
    ):
        p.text(jx + 6, jy + 34 + 18 * k, t, "Helvetica", 7.5)
        p.line(jx + 90, jy + 36 + 18 * k, jx + cw - 8, jy + 36 + 18 * k)
    if rng.random() < 0.5:
        hand(p, jx + 96, jy + 34, "60", 9)
        hand(p, jx + 96, jy + 52, str(rng.choice([15, 15, 14])), 9)
    p.text(
        m,
        hh - m + 6,
        tr(
            lg,
            "Print legibly. Illegible lists may result in a penalty.",
            "Bitte leserlich schreiben. Unleserliche Listen können bestraft werden.",
            "Écrivez lisiblement. Une liste illisible peut entraîner une pénalité.",
        ),
        "Helvetica-Oblique",
        7,
    )
    sign_line(
        p,
        s,
        w - m - 170,
        hh - m - 10,
        tr(lg, "Player signature", "Unterschrift", "Signature du joueur"),
        player,
        170,
    )
    remember(ev_day, ("decklist", ev_day, fmt))
    return [p]


CARDS = [
    "Mountain",
    "Island",
    "Forest",
    "Plains",
    "Swamp",
    "Lightning Bolt",
    "Counterspell",
    "Llanowar Elves",
    "Thoughtseize",
    "Brainstorm",
    "Duress",
    "Negate",
    "Shock",
    "Opt",
    "Fatal Push",
    "Spell Pierce",
    "Dark Ritual",
    "Giant Growth",
    "Cancel",
    "Divination",
    "Disfigure",
    "Rampant Growth",
    "Lava Spike",
    "Ponder",
    "Preordain",
    "Path to Exile",
    "Monastery Swiftspear",
    "Omnath's Herald",
]
FHRS = [
    "0 - Urgent improvement necessary",
    "1 - Major improvement necessary",
    "2 - Improvement necessary",
    "3 - Generally satisfactory",
    "4 - Good",
    "5 - Very good",
]


def tpl_inspection_report(rng: random.Random, who: Issuer) -> list[Page]:
    """The council's food hygiene inspection report on the café: premises, inspector and
    visit fields, the score sheet (FHRS scores for hygiene, structure and confidence in
    management, Kontrollbericht with Beanstandungen, the Alim'confiance level), numbered
    observations split into legal requirements and recommendations, the rating, the right of
    appeal; sometimes behind a covering letter."""
    h = local_head("council")
    lg = h.lang
    s = style_of(h)
    w, _ = A4
    m = s.margin
    d = some_day(rng)
    sh = shop_head()
    officer = person_of(h, "officer")
    pages: list[Page] = []
    score = rng.choice([3, 4, 4, 5, 5, 5, 2])
    if rng.random() < 0.45:
        cf = sheets(s, h)
        recipient(
            cf,
            s,
            h,
            shop_lines(
                tr(lg, "The Food Business Operator", "Lebensmittelunternehmer/in", "L'exploitant")
            ),
            d + timedelta(days=rng.randint(2, 10)),
            [
                (tr(lg, "Our ref", "Aktenzeichen", "Réf."), serial(rng, "FS/99999/AA")),
                (tr(lg, "Officer", "Sachbearbeitung", "Inspecteur"), officer),
            ],
        )
        caption(
            cf,
            s,
            tr(
                lg,
                f"Food hygiene inspection - {sh.name}",
                f"Lebensmittelkontrolle - {sh.name}",
                f"Contrôle officiel en sécurité sanitaire - {sh.name}",
            ),
            1,
        )
        write(cf, s, dear(lg, staff()["owner"]))
        write(
            cf,
            s,
            tr(
                lg,
                f"Thank you for your assistance during my visit on {day(h, d)}. Please find "
                "enclosed my report. " + prose(rng, lg, "food", 1, 2),
                f"vielen Dank für Ihre Unterstützung bei der Kontrolle am {day(h, d)}. Anbei "
                "erhalten Sie den Kontrollbericht. " + prose(rng, lg, "food", 1, 2),
                f"Je vous remercie pour votre accueil lors du contrôle du {day(h, d)}. Vous "
                "trouverez ci-joint le rapport. " + prose(rng, lg, "food", 1, 2),
            ),
        )
        if lg == "en":
            write(
                cf,
                s,
                f"Your food hygiene rating is {score}. A sticker will be sent separately. You "
                "may appeal within 21 days or request a re-rating visit once the works have "
                "been done.",
            )
        regards(
            cf,
            s,
            lg,
            officer,
            tr(
                lg,
                "Environmental Health Officer",
                "Lebensmittelkontrolleur/in",
                "Inspecteur de la DDPP",
            ),
        )
        pages += close(cf.pages, s, h, numbers="none")
    f = sheets(
        s,
        h,
        tr(
            lg,
            f"Inspection report - {sh.name} - {short(d, lg)}",
            f"Kontrollbericht - {sh.name} - {short(d, lg)}",
            f"Rapport d'inspection - {sh.name} - {short(d, lg)}",
        ),
    )
    caption(
        f,
        s,
        tr(
            lg,
            "FOOD HYGIENE INSPECTION REPORT",
            "KONTROLLBERICHT LEBENSMITTELÜBERWACHUNG",
            "RAPPORT D'INSPECTION - SÉCURITÉ SANITAIRE DES ALIMENTS",
        ),
        2,
    )
    f.y = fields(
        f.page,
        s,
        s.margin,
        f.y,
        w - 2 * m,
        [
            (tr(lg, "Premises", "Betrieb", "Établissement"), f"{sh.name}, {sh.street}"),
            (
                tr(lg, "Type", "Betriebsart", "Activité"),
                tr(
                    lg,
                    "Café / restaurant (games café)",
                    "Café mit Spielbetrieb",
                    "Bar - petite restauration",
                ),
            ),
            (
                tr(lg, "Food business operator", "Verantwortliche Person", "Exploitant"),
                staff()["owner"],
            ),
            (tr(lg, "Person present", "Anwesend", "Personne présente"), staff()["cafe"]),
            (
                tr(lg, "Date and time of visit", "Datum / Uhrzeit", "Date et heure"),
                f"{short(d, lg)} {rng.randint(9, 15)}:{rng.choice(['00', '15', '30', '45'])}",
            ),
            (
                tr(lg, "Type of visit", "Anlass", "Motif"),
                tr(
                    lg,
                    rng.choice(["Programmed inspection", "Revisit", "New business"]),
                    rng.choice(["Routinekontrolle", "Nachkontrolle", "Anlasskontrolle"]),
                    rng.choice(["Contrôle programmé", "Recontrôle", "Suite à plainte"]),
                ),
            ),
        ],
        per=2,
        tall=26,
        hand=False,
    )
    f.y += 8
    if lg == "en":
        cols = columns(m, w - m, [(4, "left"), (1.2, "center"), (3, "left")])
        rows = [
            [
                "Hygienic food handling",
                str(rng.choice([0, 5, 5, 10])),
                "Food handling, temperature control, cross-contamination",
            ],
            [
                "Cleanliness and condition of facilities and building",
                str(rng.choice([0, 5, 5, 10])),
                "Structure, layout, lighting, ventilation, pest control",
            ],
            [
                "Management of food safety",
                str(rng.choice([0, 5, 10])),
                "Safer Food Better Business, training, allergen information",
            ],
        ]
        table(
            f,
            cols,
            ["Area", "Score", "What is assessed"],
            rows,
            s,
            shade=0.85,
            rules=True,
            step=2.0,
        )
        f.y += 4
        write(f, s, f"Food hygiene rating: {FHRS[score]}", s.size + 1)
    elif lg == "de":
        cols = columns(m, w - m, [(4, "left"), (1.2, "center"), (3, "left")])
        rows = [
            [
                t,
                rng.choice(["i.O.", "i.O.", "Mangel", "i.O."]),
                rng.choice(["", "siehe Nr. 2", "mündlich belehrt"]),
            ]
            for t in [
                "Betriebliche Eigenkontrollen",
                "Hygienemanagement (HACCP)",
                "Personalhygiene und Schulung (§ 4 LMHV, § 43 IfSG)",
                "Bauliche Beschaffenheit",
                "Reinigung und Desinfektion",
                "Temperaturführung / Kühlung",
                "Allergenkennzeichnung (LMIV)",
            ]
        ]
        table(
            f,
            cols,
            ["Prüfbereich", "Ergebnis", "Bemerkung"],
            rows,
            s,
            shade=0.85,
            rules=True,
            step=1.9,
        )
    else:
        cols = columns(m, w - m, [(4, "left"), (1.4, "center"), (3, "left")])
        rows = [
            [t, rng.choice(["S", "S", "A", "S", "N/C"]), ""]
            for t in [
                "Hygiène du personnel et formation",
                "Locaux et équipements",
                "Maîtrise des températures",
                "Traçabilité et étiquetage",
                "Plan de nettoyage",
                "Information allergènes",
            ]
        ]
        table(
            f,
            cols,
            ["Domaine", "Évaluation", "Observation"],
            rows,
            s,
            shade=0.85,
            rules=True,
            step=1.9,
        )
        level = rng.choice(["Très satisfaisant", "Satisfaisant", "Satisfaisant", "À améliorer"])
        f.y += 4
        write(f, s, f"Niveau d'hygiène (Alim'confiance) : {level}", s.size + 1)
    f.heading(m, tr(lg, "Observations", "Feststellungen", "Constats"), s.bold, s.size + 1)
    for n in range(1, rng.randint(3, 7)):
        kind = rng.choice(
            [
                tr(lg, "Legal requirement", "Beanstandung", "Non-conformité"),
                tr(lg, "Recommendation", "Hinweis", "Recommandation"),
            ]
        )
        f.para(
            m, w - 2 * m, f"{n}. [{kind}] {prose(rng, lg, 'food', 1, 3)}", s.font, s.size - 0.5, 0.5
        )
    f.y += 6
    write(
        f,
        s,
        tr(
            lg,
            "You have the right to appeal against the rating within 21 days, and to publish a "
            "right to reply.",
            "Gegen diesen Bericht können Sie innerhalb eines Monats Widerspruch einlegen. Eine "
            "Nachkontrolle ist gebührenpflichtig.",
            "Ce rapport est publié sur le site Alim'confiance pour une durée d'un an.",
        ),
        s.size - 1,
    )
    f.need(60)
    f.y += 24
    sign_line(f.page, s, m, f.y, tr(lg, "Officer", "Kontrolleur/in", "Inspecteur"), officer)
    sign_line(
        f.page,
        s,
        m + 250,
        f.y,
        tr(lg, "Received by", "Erhalten", "Reçu par"),
        staff()["cafe"] if rng.random() < 0.6 else "",
    )
    f.y += 20
    pages += close(
        f.pages,
        s,
        h,
        numbers=rng.choice(
            [
                "none",
                "Page {i} of {n}"
                if lg == "en"
                else "Seite {i} von {n}"
                if lg == "de"
                else "Page {i}/{n}",
            ]
        ),
    )
    received(rng, pages[0], d, 0.3)
    remember(d)
    return pages


CAFE_ITEMS = {
    "coffee": [
        ("Espresso blend 1 kg", "Espresso-Mischung 1 kg", "Mélange espresso 1 kg", 21.5),
        ("Decaf Colombia 1 kg", "Entkoffeiniert Kolumbien 1 kg", "Décaféiné Colombie 1 kg", 24.0),
        ("Hot chocolate 1 kg", "Trinkschokolade 1 kg", "Chocolat chaud 1 kg", 12.8),
        (
            "Oat drink barista 6x1 l",
            "Haferdrink Barista 6x1 l",
            "Boisson avoine barista 6x1 l",
            13.2,
        ),
        ("Takeaway cups 8oz x 1000", "To-go-Becher 0,2 l x 1000", "Gobelets 20 cl x 1000", 58.0),
    ],
    "bakery": [
        ("Brownies tray (12)", "Brownies Blech (12)", "Brownies plaque (12)", 14.4),
        ("Croissants", "Croissants", "Croissants", 0.85),
        ("Carrot cake (whole)", "Karottenkuchen (ganz)", "Carrot cake (entier)", 19.0),
        ("Sourdough loaf", "Sauerteigbrot", "Pain au levain", 3.6),
        ("Flapjacks", "Haferriegel", "Barres de céréales", 1.1),
    ],
    "dairy": [
        ("Whole milk 2 l", "Vollmilch 1 l", "Lait entier 1 l", 1.55),
        ("Semi-skimmed 2 l", "Fettarme Milch 1 l", "Lait demi-écrémé 1 l", 1.45),
        ("Cream 1 l", "Sahne 1 l", "Crème 1 l", 4.9),
        ("Butter 250 g", "Butter 250 g", "Beurre 250 g", 2.3),
    ],
    "drinks": [
        ("Cola 24x330 ml", "Cola 24x0,33 l", "Cola 24x33 cl", 14.9),
        ("Apple juice 12x1 l", "Apfelsaft 12x1 l", "Jus de pomme 12x1 l", 16.8),
        ("Sparkling water 24x500 ml", "Mineralwasser 12x0,7 l", "Eau gazeuse 24x50 cl", 9.6),
        ("Craft lager 24x330 ml", "Pils 20x0,5 l", "Bière blonde 24x33 cl", 29.5),
        ("Deposit crates", "Pfand Kästen", "Consignes", 3.1),
    ],
}


def tpl_cafe_invoice(rng: random.Random, who: Issuer) -> list[Page]:
    """A café supplier's invoice: the coffee roaster's on A4, the bakery's or dairy's weekly
    delivery invoice on an A5 docket, the drinks wholesaler's with deposit lines; a run covers
    successive weeks."""
    r = keyed(who, "cafe")
    idx = r.randrange(4)
    h = make_head(SENDERS["cafe_supplier"][home()][idx], home(), "cafe_supplier")
    kind = ["coffee", "bakery", "dairy", "drinks"][idx]
    lg = h.lang
    size = A4 if kind in ("coffee", "drinks") else r.choice([DOCKET, A5, A4])
    small = size != A4
    s = style_of(h, size, margin=28 if small else 0, pt=7.5 if small else h.pt - 0.5)
    w, hh = size
    m = s.margin
    ex = LAST["extra"]
    if after("cafe_supplies_invoice") and isinstance(ex, tuple) and ex[0] == h.name:
        d = ex[1] + timedelta(days=7 if kind in ("bakery", "dairy") else 14)
    else:
        d = some_day(rng)
    f = sheets(s, h)
    no = serial(rng, rng.choice(["99999", "INV-9999", "R99-9999", "F-99999"]))
    recipient(
        f,
        s,
        h,
        shop_lines(tr(lg, "Café", "Café", "Bar")),
        d,
        [
            (tr(lg, "Invoice", "Rechnung", "Facture"), no),
            (tr(lg, "Customer", "Kd.-Nr.", "Client"), serial(keyed(who, "cust"), "9999")),
        ],
    )
    caption(f, s, tr(lg, "Invoice", "Rechnung", "Facture"), 2)
    if kind in ("bakery", "dairy"):
        span = f"{short(d - timedelta(days=6), lg)} - {short(d, lg)}"
        write(
            f,
            s,
            tr(lg, f"Deliveries {span}", f"Lieferungen {span}", f"Livraisons du {span}"),
            s.size,
        )
    cols = columns(m, w - m, [(4.2, "left"), (0.9, "right"), (1.2, "right"), (1.3, "right")])
    rows = []
    net = 0.0
    items = CAFE_ITEMS[kind]
    for it in rng.sample(items, rng.randint(2, len(items))):
        q = rng.randint(1, 24) if kind != "coffee" else rng.randint(1, 6)
        name = {"en": it[0], "de": it[1], "fr": it[2]}[lg]
        price = it[3] * (1.12 if lg != "en" else 1.0)
        net += q * price
        rows.append([name, str(q), money(price, lg), money(q * price, lg)])
    table(
        f,
        cols,
        [
            tr(lg, "Item", "Artikel", "Article"),
            tr(lg, "Qty", "Menge", "Qté"),
            tr(lg, "Price", "Preis", "P.U."),
            tr(lg, "Amount", "Betrag", "Montant"),
        ],
        rows,
        s,
        rules=small,
    )
    rate = {
        "en": 0.0 if kind in ("bakery", "dairy") else 20.0,
        "de": 7.0 if kind != "drinks" else 19.0,
        "fr": 5.5,
    }[lg]
    totals(f, s, lg, round(net, 2), rate)
    write(
        f,
        s,
        tr(
            lg,
            "Payment within 14 days by bank transfer. Thank you for your custom!",
            "Zahlbar sofort ohne Abzug. Vielen Dank für Ihren Einkauf!",
            "Règlement à réception. Merci de votre confiance.",
        ),
        s.size - 1,
    )
    pages = close(f.pages, s, h, numbers="none")
    if rng.random() < 0.35:
        hand(
            pages[0],
            m,
            hh - m - 10 - 7 * len(h.foot),
            tr(home(), "pd cash", "bar bez.", "payé esp."),
            10,
        )
    remember(d, (h.name, d))
    return pages


# ---------------------------------------------------------------------------------------------
# Templates QQQQ: rent, card takings, online sales, gift cards
# ---------------------------------------------------------------------------------------------

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
QUARTER_DAYS = [(3, 25), (6, 24), (9, 29), (12, 25)]


def num(v: str, lg: str) -> float:
    if lg == "en":
        return float(v.replace(",", ""))
    return float(v.replace(".", "").replace(" ", "").replace("\u202f", "").replace(",", "."))


def tpl_rent_demand(rng: random.Random, who: Issuer) -> list[Page]:
    """The landlord's (or its agent's) rent demand for the shop: in England on the quarter
    day with insurance rent and service charge, in Germany the monthly Gewerbemiete with
    Nebenkostenvorauszahlung and USt., in France the quarterly avis d'échéance of the bail
    commercial with the taxe foncière re-charged; a statement of account on a second page now
    and then; a run covers consecutive periods."""
    h = local_head("landlord")
    lg = h.lang
    size = keyed(who, "rdsize").choice([A4, A4, A5])
    s = style_of(h, size, margin=34 if size == A5 else 0, pt=8.5 if size == A5 else 0)
    w, hh = size
    m = s.margin
    step = 1 if lg == "de" else 3
    ex = LAST["extra"]
    if after("shop_rent_demand") and isinstance(ex, tuple) and ex[0] == h.name:
        q0 = add_months(ex[1], step)
    else:
        q0 = add_months(month(), rng.randint(0, 2))
    if lg == "en":
        qm, qd = min(QUARTER_DAYS, key=lambda t: (t[0] - q0.month) % 12)
        due = date(q0.year if qm >= q0.month else q0.year + 1, qm, qd)
    else:
        due = q0
    d = due - timedelta(days=rng.randint(10, 25))
    rent = keyed(who, "rent").choice([1850.0, 2400.0, 2950.0, 3300.0, 1600.0])
    unit = {
        "en": "Ground floor retail unit and basement",
        "de": "Ladenlokal EG mit Lager UG",
        "fr": "Local commercial RDC et réserve",
    }[lg]
    f = sheets(s, h)
    no = serial(rng, "999999")
    recipient(
        f,
        s,
        h,
        shop_lines(staff()["owner"]),
        d,
        [
            (tr(lg, "Tenant", "Mieter-Nr.", "Réf. locataire"), serial(keyed(who, "t"), "T-9999")),
            (tr(lg, "Demand no.", "Rechnung", "Avis n°"), no),
        ],
    )
    caption(
        f,
        s,
        tr(lg, "RENT DEMAND", "MIETRECHNUNG GEWERBERAUM", "AVIS D'ÉCHÉANCE - BAIL COMMERCIAL"),
        2,
    )
    sh = shop_head()
    write(
        f,
        s,
        f"{tr(lg, 'Premises', 'Mietobjekt', 'Locaux')}: {unit}, {sh.street}, {sh.town}",
        s.size - 0.5,
    )
    if lg == "en":
        end = add_months(date(due.year, due.month, 1), 3) - timedelta(days=1)
        period = f"{short(due, lg)} - {short(end, lg)}"
        rows = [
            ["Rent (quarter in advance)", period, money(rent * 3, lg)],
            ["Service charge on account", period, money(rent * 0.35, lg)],
            ["Insurance rent", period, money(rent * 0.11, lg)],
        ]
        rate = 20.0 if keyed(who, "opt").random() < 0.6 else 0.0
    elif lg == "de":
        period = f"{MONTHS_OF[lg][due.month - 1]} {due.year}"
        rows = [
            ["Grundmiete", period, money(rent, lg)],
            ["Nebenkostenvorauszahlung", period, money(rent * 0.16, lg)],
            ["Werbegemeinschaft", period, money(40.0, lg)],
        ]
        rate = 19.0
    else:
        end = add_months(due, 3) - timedelta(days=1)
        period = f"{short(due, lg)} - {short(end, lg)}"
        rows = [
            ["Loyer HT", period, money(rent * 3, lg)],
            ["Provision sur charges", period, money(rent * 0.3, lg)],
        ]
        if due.month in (10, 11, 12):
            rows.append(["Taxe foncière (refacturation)", str(due.year), money(rent * 0.7, lg)])
        rate = 20.0
    net = sum(num(r[2], lg) for r in rows)
    cols = columns(m, w - m, [(3.2, "left"), (2.4, "left"), (1.3, "right")])
    table(
        f,
        cols,
        [
            tr(lg, "Item", "Position", "Désignation"),
            tr(lg, "Period", "Zeitraum", "Période"),
            tr(lg, "Amount", "Betrag", "Montant"),
        ],
        rows,
        s,
        rules=True,
    )
    totals(f, s, lg, round(net, 2), rate)
    write(
        f,
        s,
        tr(
            lg,
            f"Payable on {day(h, due)} (quarter day) under the terms of your lease.",
            "Fällig am 3. Werktag des Monats gemäß § 4 des Mietvertrags.",
            f"Payable d'avance le {short(due, lg)}, par prélèvement.",
        ),
        s.size - 1,
    )
    pages = close(f.pages, s, h, numbers="none")
    if rng.random() < 0.35:
        st = Sheets(size, hh - m, lambda p, n: heading(p, s, h) if n == 1 else m)
        caption(
            st,
            s,
            tr(lg, "Statement of account", "Kontoauszug Mieterkonto", "Relevé de compte locataire"),
            1,
        )
        cols2 = columns(
            m, w - m, [(1.3, "left"), (3, "left"), (1.2, "right"), (1.2, "right"), (1.3, "right")]
        )
        bal = 0.0
        rws = []
        for k in range(rng.randint(3, 7)):
            dd = add_months(due, -step * (k + 1))
            amt = round(net * (1 + rate / 100), 2)
            rws.append(
                [short(dd, lg), tr(lg, "Demand", "Sollstellung", "Appel"), money(amt, lg), "", ""]
            )
            rws.append(
                [
                    short(dd + timedelta(days=rng.randint(0, 6)), lg),
                    tr(lg, "Payment received", "Zahlung", "Règlement"),
                    "",
                    money(amt, lg),
                    "",
                ]
            )
        rws.reverse()
        for r in rws:
            bal += (num(r[2], lg) if r[2] else 0) - (num(r[3], lg) if r[3] else 0)
            r[4] = money(bal, lg)
        table(
            st,
            cols2,
            [
                tr(lg, "Date", "Datum", "Date"),
                tr(lg, "Details", "Buchung", "Libellé"),
                tr(lg, "Debit", "Soll", "Débit"),
                tr(lg, "Credit", "Haben", "Crédit"),
                tr(lg, "Balance", "Saldo", "Solde"),
            ],
            rws,
            s,
            size=s.size - 1.5,
        )
        pages += st.pages
    received(rng, pages[0], d, 0.3)
    remember(d, (h.name, q0))
    return pages


def tpl_merchant_statement(rng: random.Random, who: Issuer) -> list[Page]:
    """The card acquirer's monthly merchant statement: merchant and terminal numbers, a
    summary box, takings by card scheme, the charges (interchange++ or blended rate, terminal
    rental, PCI fee); the daily settlement table on landscape pages behind."""
    h = head_of(who, "acquirer")
    lg = h.lang
    s = style_of(h, pt=h.pt - 1)
    w, _ = A4
    m = s.margin
    mo = add_months(month(), -1)
    d = month() + timedelta(days=rng.randint(2, 8))
    mid = serial(keyed(who, "mid"), "99999999")
    f = sheets(
        s,
        h,
        f"{h.name} - {tr(lg, 'Merchant statement', 'Händlerabrechnung', 'Relevé commerçant')} "
        f"{MONTHS_OF[lg][mo.month - 1]} {mo.year} - MID {mid}",
    )
    recipient(
        f,
        s,
        h,
        shop_lines(),
        d,
        [
            (tr(lg, "Merchant ID", "Händler-Nr.", "N° commerçant"), mid),
            ("TID", serial(keyed(who, "tid"), "99999999")),
            (tr(lg, "Period", "Zeitraum", "Période"), f"{MONTHS_OF[lg][mo.month - 1]} {mo.year}"),
        ],
    )
    caption(
        f,
        s,
        tr(lg, "Merchant statement", "Monatliche Händlerabrechnung", "Relevé mensuel commerçant"),
        3,
        rule=True,
    )
    days = [
        mo + timedelta(days=k)
        for k in range(28)
        if (mo + timedelta(days=k)).weekday() != 0 or rng.random() < 0.2
    ]
    takings = {
        dd: round(rng.uniform(180, 1400) * (1.6 if dd.weekday() >= 5 else 1), 2) for dd in days
    }
    total = sum(takings.values())
    n_tx = sum(rng.randint(10, 60) for _ in days)
    schemes = [
        ("Visa Debit", 0.46),
        ("Mastercard Debit", 0.22),
        ("Visa Credit", 0.12),
        ("Mastercard Credit", 0.08),
        ("Amex" if lg == "en" else "girocard" if lg == "de" else "CB", 0.12),
    ]
    cols = columns(
        m, w - m, [(3, "left"), (1, "right"), (1.5, "right"), (1, "right"), (1.3, "right")]
    )
    rows = []
    fees = 0.0
    for nm, share in schemes:
        v = total * share
        rate = (
            rng.choice([0.3, 0.35, 0.45, 0.69, 1.25])
            if "Credit" not in nm
            else rng.choice([0.9, 1.2, 1.5])
        )
        fee = v * rate / 100
        fees += fee
        rows.append([nm, str(int(n_tx * share)), money(v, lg), f"{rate:.2f}%", money(fee, lg)])
    table(
        f,
        cols,
        [
            tr(lg, "Card type", "Kartenart", "Type de carte"),
            tr(lg, "Trans.", "Anzahl", "Nb"),
            tr(lg, "Value", "Umsatz", "Montant"),
            tr(lg, "Rate", "Satz", "Taux"),
            tr(lg, "Charge", "Entgelt", "Commission"),
        ],
        rows,
        s,
        shade=0.86,
        step=1.8,
    )
    extra = [
        (
            tr(lg, "Terminal rental", "Terminalmiete", "Location TPE"),
            rng.choice([15.0, 19.9, 24.5]),
        ),
        (
            tr(lg, "PCI DSS compliance", "PCI-Servicegebühr", "Frais PCI DSS"),
            rng.choice([0.0, 4.5, 9.99]),
        ),
    ]
    f.y += 4
    for t, v in extra:
        f.page.text(m, f.y, t, s.font, s.size)
        f.page.text(w - m, f.y, money(v, lg), s.font, s.size, "right")
        f.y += s.size * 1.5
    fees += sum(v for _, v in extra)
    f.y += 6
    f.page.rect(m, f.y - 10, w - 2 * m, 50, fill=0.92)
    yy = pairs(
        f.page,
        s,
        m + 8,
        f.y + 2,
        [
            (tr(lg, "Total card takings", "Gesamtumsatz", "Total encaissé"), cash(total, lg)),
            (
                tr(
                    lg,
                    "Total charges (collected by direct debit)",
                    "Entgelte gesamt (Lastschrift)",
                    "Total des frais (prélevés)",
                ),
                cash(fees, lg),
            ),
            (
                tr(lg, "Net settled to your account", "Gutgeschrieben", "Net versé"),
                cash(total - fees, lg),
            ),
        ],
        w - m - 8,
        s.size,
    )
    f.y = yy + 16
    write(
        f,
        s,
        tr(
            lg,
            "Charges are not subject to VAT. " + prose(rng, lg, "money", 1, 2),
            "Die Entgelte sind umsatzsteuerfrei (§ 4 Nr. 8 UStG). " + prose(rng, lg, "money", 1, 2),
            "Commissions exonérées de TVA. " + prose(rng, lg, "money", 1, 2),
        ),
        s.size - 1,
    )
    pages = f.pages
    L = landscape(A4)
    ls = paper(s, L, margin=40, pt=7.5)

    def lstart(p: Page, n: int) -> float:
        p.text(
            40,
            34,
            fit(
                f"{h.name} - MID {mid} - "
                f"{tr(lg, 'Daily settlements', 'Tägliche Auszahlungen', 'Remises quotidiennes')} "
                f"{MONTHS_OF[lg][mo.month - 1]} {mo.year}",
                s.bold,
                9,
                L[0] - 80,
            ),
            s.bold,
            9,
        )
        p.line(40, 40, L[0] - 40, 40)
        return 58.0

    lf = Flow(L, L[1] - 56 - 7 * len(h.foot), lstart)
    cols = columns(
        40,
        L[0] - 40,
        [
            (1.2, "left"),
            (1.2, "left"),
            (0.8, "right"),
            (1.3, "right"),
            (1.1, "right"),
            (1.1, "right"),
            (1.3, "right"),
            (1.4, "center"),
        ],
    )
    rows = []
    for dd in days:
        v = takings[dd]
        fee = v * fees / total
        rows.append(
            [
                short(dd, lg),
                serial(rng, "B9999"),
                str(rng.randint(10, 60)),
                money(v, lg),
                money(0.0 if rng.random() < 0.9 else rng.uniform(5, 40), lg),
                money(fee, lg),
                money(v - fee, lg),
                short(dd + timedelta(days=rng.choice([1, 1, 2, 3])), lg),
            ]
        )
    table(
        lf,
        cols,
        [
            tr(lg, "Date", "Datum", "Date"),
            "Batch",
            tr(lg, "Trans.", "Anz.", "Nb"),
            tr(lg, "Gross", "Brutto", "Brut"),
            tr(lg, "Refunds", "Gutschr.", "Rembours."),
            tr(lg, "Charges", "Entgelte", "Frais"),
            tr(lg, "Net", "Netto", "Net"),
            tr(lg, "Paid on", "Valuta", "Date valeur"),
        ],
        rows,
        ls,
        shade=0.88,
        step=1.75,
    )
    pages += lf.pages
    pages = close(
        pages,
        s,
        h,
        numbers={"en": rng.choice(["Page {i} of {n}", "{i}/{n}"]), "de": "Seite {i} von {n}"}.get(
            lg, "Page {i}/{n}"
        ),
    )
    remember(d)
    return pages


def tpl_marketplace_payout(rng: random.Random, who: Issuer) -> list[Page]:
    """An online marketplace's payout report printed from the seller portal: the browser's
    date and title line at the top and address and page count at the foot, the portal's
    header, payout summary, orders with item price, postage, fees and net, on one to three
    pages, sometimes landscape."""
    h = head_of(who, "marketplace")
    lg = h.lang
    size = (
        LETTER
        if lg == "en" and keyed(who, "pp").random() < 0.3
        else landscape(A4)
        if keyed(who, "pp").random() < 0.3
        else A4
    )
    s = Style("Helvetica", "Helvetica-Bold", 8, 36, "none", "bottom", size, "short")
    w, hh = size
    m = 36
    d = some_day(rng)
    pid = serial(rng, "P-9999999999")
    url = (
        f"https://sellers.{h.name.split()[0].lower().replace('é', 'e')}."
        f"{'co.uk' if lg == 'en' else lg}/payouts/{pid}"
    )
    title = tr(lg, "Payout details", "Auszahlungsdetails", "Détail du virement")
    stamp_t = (
        f"{short(d + timedelta(days=rng.randint(0, 3)), lg)}, "
        f"{rng.randint(8, 21)}:{rng.randint(0, 59):02d}"
    )

    def start(p: Page, n: int) -> float:
        p.text(20, 16, stamp_t, "Helvetica", 6.5)
        p.text(w / 2, 16, f"{h.name} - {title}", "Helvetica", 6.5, "center")
        if n == 1:
            p.rect(m, 32, w - 2 * m, 26, fill=0.62)
            p.text(m + 10, 50, h.name.split()[0].upper(), "Helvetica-Bold", 13)
            p.text(
                w - m - 10,
                50,
                tr(lg, "Seller Hub", "Verkäuferportal", "Espace vendeur"),
                "Helvetica",
                8,
                "right",
            )
            return 84.0
        return 36.0

    f = Flow(size, hh - 40, start)
    f.page.text(m, f.y, title, "Helvetica-Bold", 14)
    f.y += 18
    orders = [
        (serial(rng, "99-99999-99999"), rng.randrange(len(GOODS)))
        for _ in range(rng.choice([4, 7, 12, 18, 30]))
    ]
    gross = 0.0
    rows = []
    for on, k in orders:
        price = round(GOODS[k][3] * rng.uniform(0.8, 1.0), 2)
        post = rng.choice([0.0, 2.95, 3.99, 4.9])
        fee = round((price + post) * 0.128 + 0.3, 2)
        gross += price + post - fee
        sold = d - timedelta(days=rng.randint(1, 14))
        rows.append(
            [
                sold.isoformat(),
                on,
                good(k, lg),
                money(price, lg),
                money(post, lg),
                "-" + money(fee, lg),
                money(price + post - fee, lg),
            ]
        )
    rows.sort(key=lambda r: r[0])
    for r in rows:
        r[0] = short(date.fromisoformat(r[0]), lg)
    f.y = (
        pairs(
            f.page,
            s,
            m,
            f.y,
            [
                (tr(lg, "Payout ID", "Auszahlungs-ID", "ID virement"), pid),
                (tr(lg, "Seller", "Verkäufer", "Vendeur"), shop_head().name),
                (tr(lg, "Payout date", "Auszahlung am", "Date du virement"), short(d, lg)),
                (tr(lg, "Orders", "Bestellungen", "Commandes"), str(len(orders))),
                (tr(lg, "Payout amount", "Auszahlungsbetrag", "Montant versé"), cash(gross, lg)),
                (tr(lg, "Bank account", "Bankkonto", "Compte"), f"****{serial(rng, '9999')}"),
            ],
            m + 260,
            8.5,
        )
        + 12
    )
    cols = columns(
        m,
        w - m,
        [
            (1.1, "left"),
            (1.7, "left"),
            (4, "left"),
            (1, "right"),
            (0.9, "right"),
            (0.9, "right"),
            (1, "right"),
        ],
    )
    table(
        f,
        cols,
        [
            tr(lg, "Date", "Datum", "Date"),
            tr(lg, "Order", "Bestellung", "Commande"),
            tr(lg, "Item", "Artikel", "Article"),
            tr(lg, "Price", "Preis", "Prix"),
            tr(lg, "Postage", "Versand", "Port"),
            tr(lg, "Fees", "Gebühren", "Frais"),
            tr(lg, "Net", "Netto", "Net"),
        ],
        rows,
        s,
        shade=0.9,
        rules=True,
        step=1.9,
    )
    f.y += 6
    f.para(m, w - 2 * m, prose(rng, lg, "money", 1, 2), "Helvetica", 7)
    n = len(f.pages)
    for k, p in enumerate(f.pages, 1):
        p.text(20, hh - 14, fit(url, "Helvetica", 6.5, w - 80), "Helvetica", 6.5)
        p.text(w - 20, hh - 14, f"{k}/{n}", "Helvetica", 6.5, "right")
    if rng.random() < 0.3:
        hand(f.pages[0], w - 180, 110, tr(home(), "booked", "gebucht", "saisi"), 11)
    remember(d)
    return f.pages


def tpl_giftcard_report(rng: random.Random, who: Issuer) -> list[Page]:
    """The gift card and loyalty platform's monthly report: gift cards sold, redeemed and the
    outstanding balance (the liability), loyalty stamps or points issued and redeemed, the
    busiest members, and the platform's fee invoice for the month on a last page."""
    h = head_of(who, "loyalty")
    lg = h.lang
    s = style_of(h, pt=h.pt - 0.5)
    w, hh = A4
    m = s.margin
    mo = add_months(month(), -1)
    d = month() + timedelta(days=rng.randint(1, 6))
    acct = serial(keyed(who, "acct"), "MER-99999")
    f = sheets(s, h, f"{h.name} - {shop_head().name} - {MONTHS_OF[lg][mo.month - 1]} {mo.year}")
    caption(
        f,
        s,
        tr(
            lg,
            f"Monthly report - {MONTHS_OF[lg][mo.month - 1]} {mo.year}",
            f"Monatsbericht {MONTHS_OF[lg][mo.month - 1]} {mo.year}",
            f"Rapport mensuel - {MONTHS_OF[lg][mo.month - 1]} {mo.year}",
        ),
        4,
    )
    f.y = (
        pairs(
            f.page,
            s,
            m,
            f.y,
            [
                (tr(lg, "Merchant", "Händler", "Commerçant"), shop_head().name),
                (tr(lg, "Account", "Konto", "Compte"), acct),
                (tr(lg, "Generated", "Erstellt", "Généré le"), short(d, lg)),
            ],
            m + 280,
        )
        + 10
    )
    opening = rng.uniform(800, 4200)
    sold = rng.uniform(150, 1800)
    redeemed = rng.uniform(100, 1500)
    expired = rng.choice([0.0, 0.0, rng.uniform(10, 60)])
    f.heading(
        m,
        tr(lg, "Gift cards", "Gutscheine / Geschenkkarten", "Cartes cadeaux"),
        s.bold,
        s.size + 1.5,
    )
    cols = columns(m, w - m, [(4, "left"), (1, "right"), (1.5, "right")])
    table(
        f,
        cols,
        ["", tr(lg, "Cards", "Karten", "Cartes"), tr(lg, "Value", "Wert", "Valeur")],
        [
            [
                tr(lg, "Opening balance", "Anfangsbestand", "Solde d'ouverture"),
                str(rng.randint(40, 200)),
                money(opening, lg),
            ],
            [
                tr(lg, "Sold in store", "Verkauft im Laden", "Vendues en magasin"),
                str(rng.randint(5, 40)),
                money(sold * 0.7, lg),
            ],
            [
                tr(lg, "Sold online", "Verkauft online", "Vendues en ligne"),
                str(rng.randint(1, 20)),
                money(sold * 0.3, lg),
            ],
            [
                tr(lg, "Redeemed", "Eingelöst", "Utilisées"),
                str(rng.randint(5, 50)),
                "-" + money(redeemed, lg),
            ],
            [
                tr(lg, "Expired", "Verfallen", "Expirées"),
                str(rng.randint(0, 3)),
                "-" + money(expired, lg) if expired else "-",
            ],
            [
                tr(lg, "Outstanding liability", "Offene Verbindlichkeit", "Encours (passif)"),
                "",
                money(opening + sold - redeemed - expired, lg),
            ],
        ],
        s,
        rules=True,
        step=1.8,
    )
    f.heading(
        m, tr(lg, "Loyalty scheme", "Bonusprogramm", "Programme de fidélité"), s.bold, s.size + 1.5
    )
    f.y = (
        pairs(
            f.page,
            s,
            m,
            f.y,
            [
                (
                    tr(lg, "Active members", "Aktive Mitglieder", "Membres actifs"),
                    str(rng.randint(120, 1400)),
                ),
                (
                    tr(lg, "New sign-ups", "Neuanmeldungen", "Nouvelles inscriptions"),
                    str(rng.randint(4, 60)),
                ),
                (
                    tr(lg, "Stamps issued", "Stempel vergeben", "Tampons attribués"),
                    str(rng.randint(200, 2500)),
                ),
                (
                    tr(
                        lg,
                        "Rewards redeemed (free coffee / 10% off)",
                        "Prämien eingelöst",
                        "Récompenses utilisées",
                    ),
                    str(rng.randint(10, 140)),
                ),
            ],
            m + 320,
        )
        + 8
    )
    cols = columns(
        m, w - m, [(0.5, "left"), (3, "left"), (1.5, "left"), (1, "right"), (1.2, "right")]
    )
    rows = [
        [
            str(k + 1),
            f"{rng.choice(FIRSTS[lg])} {rng.choice(LASTS[lg])[0]}.",
            f"****{serial(rng, '9999')}",
            str(rng.randint(3, 30)),
            money(rng.uniform(30, 400), lg),
        ]
        for k in range(rng.choice([5, 10, 10, 15]))
    ]
    table(
        f,
        cols,
        [
            "#",
            tr(lg, "Member", "Mitglied", "Membre"),
            tr(lg, "Card", "Karte", "Carte"),
            tr(lg, "Visits", "Besuche", "Visites"),
            tr(lg, "Spend", "Umsatz", "Dépenses"),
        ],
        rows,
        s,
        size=s.size - 1.5,
    )
    pages = f.pages
    inv = Sheets(A4, hh - m - 7 * len(h.foot) - 8, lambda p, n: heading(p, s, h))
    recipient(
        inv,
        s,
        h,
        shop_lines(),
        d,
        [
            (tr(lg, "Invoice", "Rechnung", "Facture"), serial(rng, "INV-999999")),
            (tr(lg, "Account", "Konto", "Compte"), acct),
        ],
    )
    caption(inv, s, tr(lg, "Invoice", "Rechnung", "Facture"), 3)
    cols = columns(m, w - m, [(4.5, "left"), (1, "right"), (1.4, "right")])
    plan = rng.choice([19.0, 29.0, 39.0])
    lines = [
        [
            tr(
                lg,
                f"Platform subscription {MONTHS_OF[lg][mo.month - 1]}",
                f"Plattformgebühr {MONTHS_OF[lg][mo.month - 1]}",
                f"Abonnement {MONTHS_OF[lg][mo.month - 1]}",
            ),
            "1",
            money(plan, lg),
        ],
        [
            tr(
                lg,
                "Online gift card sales commission 2.5%",
                "Provision Online-Gutscheinverkauf 2,5 %",
                "Commission ventes en ligne 2,5 %",
            ),
            "1",
            money(sold * 0.3 * 0.025, lg),
        ],
    ]
    table(
        inv,
        cols,
        [
            tr(lg, "Description", "Leistung", "Désignation"),
            tr(lg, "Qty", "Menge", "Qté"),
            tr(lg, "Amount", "Betrag", "Montant"),
        ],
        lines,
        s,
        rules=True,
    )
    totals(
        inv,
        s,
        lg,
        round(plan + sold * 0.3 * 0.025, 2),
        vat_rate(lg),
        tr(
            lg,
            "Collected by Direct Debit on or after the 10th.",
            "Wird per SEPA-Lastschrift eingezogen.",
            "Prélevé le 10 du mois.",
        ),
    )
    pages += inv.pages
    pages = close(pages, s, h)
    remember(d)
    return pages


def tpl_fair_registration(rng: random.Random, who: Issuer) -> list[Page]:
    """A trade fair's registration confirmation for the shop's owner as trade visitor
    (Spielwarenmesse Nürnberg, Toy Fair London, Festival International des Jeux pro days):
    the confirmation letter with dates, hall plan hints and the invoice for the ticket, then
    the e-ticket page with its QR code to print; now and then a page of hotel and travel
    offers."""
    lg0 = home()
    r = keyed(who, "fair")
    lg = lg0 if r.random() < 0.5 else r.choice(["en", "de", "fr"])
    h = make_head(SENDERS["fair"][lg][0], lg, "fair")
    s = style_of(h)
    w, _ = A4
    m = s.margin
    d = some_day(rng)
    fair_day = {
        "en": date(d.year + 1, 1, 21),
        "de": date(d.year + 1, 1, 28),
        "fr": date(d.year + 1, 2, 27),
    }[lg]
    name = {"en": "Toy Fair", "de": "Spielwarenmesse", "fr": "FIJ Cannes - Off / Pro"}[lg]
    visitor = staff()["owner"]
    no = serial(rng, "999-999-999")
    f = sheets(s, h)
    recipient(
        f,
        s,
        h,
        shop_lines(visitor),
        d,
        [(tr(lg, "Registration", "Registrierung", "Inscription"), no)],
    )
    caption(
        f,
        s,
        tr(
            lg,
            f"{name} {fair_day.year} - your trade visitor registration",
            f"{name} {fair_day.year} - Ihre Fachbesucher-Registrierung",
            f"{name} {fair_day.year} - votre accréditation professionnelle",
        ),
        1,
    )
    write(f, s, dear(lg, visitor))
    write(
        f,
        s,
        tr(
            lg,
            f"Thank you for registering for {name} {fair_day.year}, {day(h, fair_day)} - "
            f"{day(h, fair_day + timedelta(days=2))}. Your e-ticket is attached; please print it "
            "or show it on your phone at the entrance. " + prose(rng, lg, "trade", 1, 2),
            f"vielen Dank für Ihre Registrierung zur {name} {fair_day.year} vom "
            f"{day(h, fair_day)} bis {day(h, fair_day + timedelta(days=4))}. Ihr Ticket finden "
            "Sie anbei; bitte ausgedruckt oder auf dem Smartphone am Eingang vorzeigen. "
            + prose(rng, lg, "trade", 1, 2),
            f"Nous vous remercions de votre inscription au {name} {fair_day.year} du "
            f"{day(h, fair_day)} au {day(h, fair_day + timedelta(days=3))}. Votre badge est joint "
            "; merci de l'imprimer ou de le présenter sur smartphone. "
            + prose(rng, lg, "trade", 1, 2),
        ),
    )
    fee = {"en": 0.0, "de": rng.choice([45.0, 55.0]), "fr": rng.choice([0.0, 20.0])}[lg]
    if fee:
        cols = columns(m, w - m, [(4.5, "left"), (1, "right"), (1.4, "right")])
        table(
            f,
            cols,
            [
                tr(lg, "Item", "Leistung", "Désignation"),
                tr(lg, "Qty", "Anzahl", "Qté"),
                tr(lg, "Amount", "Betrag", "Montant"),
            ],
            [
                [
                    tr(
                        lg, "Trade visitor ticket", "Fachbesucher-Dauerkarte", "Badge professionnel"
                    ),
                    "1",
                    money(fee, lg),
                ]
            ],
            s,
            rules=True,
        )
        totals(
            f,
            s,
            lg,
            fee,
            vat_rate(lg) if lg == home() else 0.0,
            tr(
                lg, "Paid by card.", "Bereits per Kreditkarte bezahlt.", "Réglé par carte bancaire."
            ),
        )
    regards(
        f,
        s,
        lg,
        person_of(h, "visitor"),
        tr(lg, "Visitor services", "Besucherservice", "Service accréditations"),
    )
    pages = close(f.pages, s, h, numbers="none")
    t = Page(A4)
    t.rect(40, 40, w - 80, 330)
    t.text(60, 72, f"{name} {fair_day.year}", "Helvetica-Bold", 22)
    t.text(
        60,
        92,
        tr(
            lg,
            "TRADE VISITOR - E-TICKET",
            "FACHBESUCHER - E-TICKET",
            "VISITEUR PROFESSIONNEL - E-BADGE",
        ),
        "Helvetica-Bold",
        11,
    )
    t.text(60, 130, visitor, "Helvetica-Bold", 16)
    t.text(60, 150, shop_head().name, "Helvetica", 11)
    t.text(60, 166, shop_head().town, "Helvetica", 10)
    t.text(
        60,
        200,
        f"{tr(lg, 'Valid', 'Gültig', 'Valable')}: {short(fair_day, lg)} - "
        f"{short(fair_day + timedelta(days={'en': 2, 'de': 4, 'fr': 3}[lg]), lg)}",
        "Helvetica",
        10,
    )
    t.text(60, 216, f"{tr(lg, 'Ticket no.', 'Ticket-Nr.', 'N°')} {no}", "Helvetica", 10)
    t.barcode("qr", f"T{no.replace('-', '')}", w - 260, 70)
    slip_rule(t, 40, w - 40, 400, tr(lg, "fold here", "hier falten", "plier ici"))
    y = 430.0
    for ln in wrap(prose(rng, lg, "trade", 3, 5), "Helvetica", 8, w - 100):
        t.text(50, y, ln, "Helvetica", 8)
        y += 11
    pages.append(t)
    if rng.random() < 0.35:
        hf = sheets(s, h, top=False)
        caption(hf, s, tr(lg, "Hotels and travel", "Hotels und Anreise", "Hébergement et accès"), 2)
        cols = columns(m, w - m, [(3, "left"), (1, "center"), (1.4, "right"), (2, "left")])
        rows = [
            [
                rng.choice(
                    [
                        "Hotel am Ring",
                        "Park Inn",
                        "Hôtel Croisette",
                        "Olympia Lodge",
                        "Messehotel Süd",
                        "Ibis Centre",
                    ]
                ),
                "*" * rng.randint(2, 4),
                money(rng.uniform(79, 240), lg),
                f"{rng.randint(1, 9)} km",
            ]
            for _ in range(rng.randint(5, 9))
        ]
        table(
            hf,
            cols,
            [
                "Hotel",
                "",
                tr(lg, "per night", "pro Nacht", "la nuit"),
                tr(lg, "Distance", "Entfernung", "Distance"),
            ],
            rows,
            s,
            rules=True,
            step=1.8,
        )
        write(hf, s, prose(rng, lg, "trade", 2, 3))
        pages += hf.pages
    received(rng, pages[0], d, 0.15)
    remember(d)
    return pages


# ---------------------------------------------------------------------------------------------
# Templates QQQQ: insurance, staff, customers and the school
# ---------------------------------------------------------------------------------------------


ENDORSEMENTS = {
    "en": [
        "Intruder alarm warranty",
        "Minimum security",
        "Cooking and deep-fat frying",
        "Unattended premises",
        "Events on premises",
    ],
    "de": [
        "Einbruchmeldeanlage",
        "Mindestsicherung",
        "Fettbackgeräte",
        "Unbeaufsichtigte Räume",
        "Veranstaltungen im Betrieb",
    ],
    "fr": [
        "Alarme anti-intrusion",
        "Mesures de prévention",
        "Friteuses",
        "Locaux inoccupés",
        "Animations dans les locaux",
    ],
}


def tpl_insurance_schedule(rng: random.Random, who: Issuer) -> list[Page]:
    """The shop and café insurance schedule at renewal: the broker's covering letter now and
    then, the schedule with policy number, period, business description, the sections with
    sums insured, excesses and premium, the endorsements on a page of their own and the
    statement of fact to check and sign; policy number in a running header and 'Page i of n'."""
    h = head_of(who, "insurer")
    lg = h.lang
    s = style_of(h, pt=h.pt - 0.5)
    w, hh = A4
    m = s.margin
    d = some_day(rng)
    start = add_months(d, 1)
    pol = serial(keyed(who, "pol"), rng.choice(["SK/999999/AA", "GV-99-999999", "CP 9999 9999"]))
    pages: list[Page] = []
    if rng.random() < 0.5:
        cf = sheets(s, h)
        recipient(
            cf,
            s,
            h,
            shop_lines(staff()["owner"]),
            d,
            [(tr(lg, "Policy", "Vertrag", "Contrat"), pol)],
        )
        caption(
            cf,
            s,
            tr(
                lg,
                "Your shop insurance renewal",
                "Ihre Geschäftsversicherung - Verlängerung",
                "Renouvellement de votre multirisque professionnelle",
            ),
            1,
        )
        write(cf, s, dear(lg, staff()["owner"]))
        write(
            cf,
            s,
            tr(
                lg,
                f"Your policy renews on {day(h, start)}. Please check the enclosed schedule and "
                "statement of fact carefully and tell us about any changes. "
                + prose(rng, lg, "money", 1, 2),
                f"Ihr Vertrag verlängert sich zum {day(h, start)}. Bitte prüfen Sie den "
                "beiliegenden Versicherungsschein und teilen Sie uns Änderungen mit. "
                + prose(rng, lg, "money", 1, 2),
                f"Votre contrat sera reconduit le {day(h, start)}. Merci de vérifier les "
                "conditions particulières jointes. " + prose(rng, lg, "money", 1, 2),
            ),
        )
        regards(
            cf,
            s,
            lg,
            person_of(h, "broker"),
            tr(lg, "Account Executive", "Kundenbetreuung", "Chargé de clientèle"),
        )
        pages += close(cf.pages, s, h, numbers="none")
    f = sheets(
        s, h, f"{tr(lg, 'Policy', 'Versicherungsschein', 'Contrat')} {pol} - {shop_head().name}"
    )
    caption(
        f,
        s,
        tr(
            lg,
            "SCHEDULE - Retail & Café Combined Policy",
            "VERSICHERUNGSSCHEIN - Geschäftsversicherung Einzelhandel/Gastronomie",
            "CONDITIONS PARTICULIÈRES - Multirisque commerce",
        ),
        2,
        rule=True,
    )
    sh = shop_head()
    f.y = fields(
        f.page,
        s,
        m,
        f.y + 4,
        w - 2 * m,
        [
            (tr(lg, "Policy number", "Versicherungsschein-Nr.", "N° de contrat"), pol),
            (
                tr(lg, "Insured", "Versicherungsnehmer", "Assuré"),
                f"{staff()['owner']} t/a {sh.name}" if lg == "en" else sh.name,
            ),
            (
                tr(lg, "Period of insurance", "Versicherungsdauer", "Période"),
                f"{short(start, lg)} - {short(add_months(start, 12) - timedelta(days=1), lg)}",
            ),
            (tr(lg, "Premises", "Versicherungsort", "Lieu du risque"), f"{sh.street}, {sh.town}"),
            (
                tr(lg, "Business", "Betriebsart", "Activité"),
                tr(
                    lg,
                    "Toy and game retailer with café (30 covers)",
                    "Spielwarenhandel mit Café (30 Plätze)",
                    "Commerce de jouets et jeux avec bar (30 places)",
                ),
            ),
            (tr(lg, "Renewal date", "Hauptfälligkeit", "Échéance principale"), short(start, lg)),
        ],
        per=2,
        tall=26,
        hand=False,
    )
    secs = [
        (
            tr(
                lg, "Contents and trade stock", "Inhalt und Warenvorräte", "Contenu et marchandises"
            ),
            rng.choice([45000, 60000, 85000]),
            250,
        ),
        (
            tr(
                lg,
                "Stock seasonal increase (Nov-Jan)",
                "Saisonzuschlag Vorräte (Nov.-Jan.)",
                "Augmentation saisonnière (nov.-janv.)",
            ),
            rng.choice([10000, 15000]),
            250,
        ),
        (
            tr(
                lg,
                "Business interruption (gross profit, 12 months)",
                "Betriebsunterbrechung (12 Monate)",
                "Perte d'exploitation (12 mois)",
            ),
            rng.choice([80000, 120000]),
            0,
        ),
        (
            tr(
                lg,
                "Money in premises / in safe",
                "Bargeld im Geschäft / Tresor",
                "Espèces en caisse / coffre",
            ),
            rng.choice([2500, 5000]),
            100,
        ),
        (
            tr(lg, "Glass (shop front)", "Glas (Schaufenster)", "Bris de glace (vitrine)"),
            rng.choice([5000, 8000]),
            100,
        ),
        (
            tr(lg, "Employers' liability", "Arbeitgeberhaftpflicht", "Responsabilité employeur"),
            10000000,
            0,
        ),
        (
            tr(
                lg,
                "Public and products liability",
                "Betriebs- und Produkthaftpflicht",
                "Responsabilité civile exploitation et produits",
            ),
            rng.choice([2000000, 5000000]),
            250,
        ),
        (
            tr(
                lg,
                "Food and drink contamination",
                "Verderb von Lebensmitteln",
                "Denrées alimentaires",
            ),
            2500,
            100,
        ),
    ]
    cols = columns(m, w - m, [(4.2, "left"), (1.6, "right"), (1, "right"), (1.2, "right")])
    rows = []
    prem = 0.0
    for t, si, ex in secs:
        p_ = round(si * rng.uniform(0.0008, 0.004) if si < 1000000 else rng.uniform(90, 260), 2)
        prem += p_
        rows.append(
            [
                t,
                f"{si:,}".replace(",", "." if lg == "de" else " " if lg == "fr" else ","),
                money(ex, lg) if ex else "-",
                money(p_, lg),
            ]
        )
    table(
        f,
        cols,
        [
            tr(lg, "Section", "Sparte", "Garantie"),
            tr(lg, "Sum insured / limit", "Versicherungssumme", "Capital / plafond"),
            tr(lg, "Excess", "SB", "Franchise"),
            tr(lg, "Premium", "Beitrag", "Prime"),
        ],
        rows,
        s,
        shade=0.86,
        rules=True,
        step=1.9,
    )
    tax = {"en": 12.0, "de": 19.0, "fr": 9.0}[lg]
    f.y += 4
    f.y = (
        pairs(
            f.page,
            s,
            w / 2,
            f.y,
            [
                (
                    tr(lg, "Annual premium", "Jahresnettobeitrag", "Prime annuelle HT"),
                    cash(prem, lg),
                ),
                (
                    tr(
                        lg,
                        f"Insurance premium tax {tax:g}%",
                        f"Versicherungsteuer {tax:g} %",
                        f"Taxe sur les conventions d'assurance {tax:g} %",
                    ),
                    cash(prem * tax / 100, lg),
                ),
                (
                    tr(lg, "Total payable", "Gesamtbeitrag", "Total TTC"),
                    cash(prem * (1 + tax / 100), lg),
                ),
            ],
            w - m,
            s.size,
        )
        + 10
    )
    write(f, s, prose(rng, lg, "money", 2, 3), s.size - 1)
    pages_s = f.pages
    ef = Sheets(
        A4,
        hh - m - 7 * len(h.foot) - 8,
        lambda p, n: running_header(
            p, s, f"{tr(lg, 'Policy', 'Versicherungsschein', 'Contrat')} {pol}"
        ),
    )
    caption(
        ef,
        s,
        tr(lg, "Endorsements", "Besondere Vereinbarungen / Klauseln", "Clauses particulières"),
        2,
    )
    for clause in rng.sample(ENDORSEMENTS[lg], rng.randint(3, 5)):
        code = serial(rng, "A99")
        ef.heading(
            m,
            f"{code}  {clause}",
            s.bold,
            s.size,
        )
        write(ef, s, prose(rng, lg, "cover", 2, 3), s.size - 1)
    pages_s += ef.pages
    if rng.random() < 0.6:
        sf = Sheets(
            A4,
            hh - m - 7 * len(h.foot) - 8,
            lambda p, n: running_header(
                p, s, f"{tr(lg, 'Policy', 'Versicherungsschein', 'Contrat')} {pol}"
            ),
        )
        caption(
            sf,
            s,
            tr(
                lg,
                "Statement of fact",
                "Risikoangaben des Versicherungsnehmers",
                "Déclaration du risque",
            ),
            2,
        )
        qs = [
            tr(
                lg,
                "Has the business suffered any loss in the last five years?",
                "Gab es in den letzten fünf Jahren Schäden?",
                "Avez-vous eu des sinistres ces cinq dernières années ?",
            ),
            tr(
                lg,
                "Is the building of standard construction (brick, stone or concrete)?",
                "Massivbauweise mit harter Bedachung?",
                "Construction en matériaux durs ?",
            ),
            tr(
                lg,
                "Is there an intruder alarm with police response?",
                "Ist eine VdS-Einbruchmeldeanlage vorhanden?",
                "Alarme reliée à un télésurveilleur ?",
            ),
            tr(
                lg,
                "Is any cooking other than toasting and microwaving done?",
                "Wird mit Fettbackgeräten gearbeitet?",
                "Cuisson autre que micro-ondes ?",
            ),
            tr(
                lg,
                "Are events held after 11 pm?",
                "Veranstaltungen nach 23 Uhr?",
                "Animations après 23 h ?",
            ),
            tr(
                lg,
                "Has any insurer declined or cancelled insurance?",
                "Wurde ein Vertrag vom Versicherer gekündigt?",
                "Un contrat a-t-il été résilié par un assureur ?",
            ),
        ]
        for q in qs:
            sf.need(20)
            sf.para(m, w - 2 * m - 110, q, s.font, s.size - 0.5, 0.2)
            ticks(
                sf.page,
                s,
                w - m - 100,
                sf.y - s.size * 1.6,
                100,
                yes_no(lg),
                {rng.choice([0, 1, 1])},
                8,
            )
            sf.y += 4
        sf.y += 30
        sign_line(
            sf.page,
            s,
            m,
            sf.y,
            tr(
                lg,
                "Signature of the insured",
                "Unterschrift Versicherungsnehmer",
                "Signature de l'assuré",
            ),
            staff()["owner"] if rng.random() < 0.6 else "",
        )
        sign_line(sf.page, s, m + 260, sf.y, tr(lg, "Date", "Datum", "Date"))
        pages_s += sf.pages
    numbers = (
        "Page {i} of {n}" if lg == "en" else "Seite {i} von {n}" if lg == "de" else "Page {i}/{n}"
    )
    pages += close(pages_s, s, h, numbers=numbers)
    received(rng, pages[0], d, 0.3)
    remember(d)
    return pages


def tpl_staff_contract(rng: random.Random, who: Issuer) -> list[Page]:
    """The shop's contract with a shop assistant or the café manager (written statement of
    particulars, Arbeitsvertrag, contrat de travail CDI / CDD): parties, numbered clauses over
    one or two pages, the signature page, and now and then the job description as an annex."""
    h = shop_head()
    lg = h.lang
    s = style_of(h, A4 if lg != "en" or rng.random() < 0.7 else LETTER)
    w, hh = s.page_size
    m = s.margin
    role = rng.choice(["assistant1", "assistant2", "cafe"])
    emp = staff()[role] if rng.random() < 0.5 else a_person(rng, lg)
    job = tr(
        lg,
        "Café Manager" if role == "cafe" else "Shop Assistant",
        "Café-Leitung" if role == "cafe" else "Verkäufer/in",
        "Responsable du bar" if role == "cafe" else "Vendeur/vendeuse",
    )
    d = some_day(rng)
    st = d + timedelta(days=rng.randint(3, 30))
    f = sheets(
        s, h, f"{tr(lg, 'Contract of employment', 'Arbeitsvertrag', 'Contrat de travail')} - {emp}"
    )
    caption(
        f,
        s,
        tr(
            lg,
            "STATEMENT OF MAIN TERMS OF EMPLOYMENT",
            "ARBEITSVERTRAG",
            "CONTRAT DE TRAVAIL À DURÉE INDÉTERMINÉE",
        ),
        3,
    )
    write(
        f,
        s,
        tr(
            lg,
            f"Between {staff()['owner']} trading as {h.name}, {h.street}, {h.town} (the "
            f"Employer) and {emp} (the Employee).",
            f"Zwischen {h.name}, Inhaber/in {staff()['owner']}, {h.street}, {h.town} "
            f"(Arbeitgeber) und {mx(emp, lg)} (Arbeitnehmer/in) wird folgender Vertrag "
            "geschlossen:",
            f"Entre {h.name}, représentée par {mx(staff()['owner'], lg)}, {h.street}, {h.town} "
            f"(l'employeur) et {mx(emp, lg)} (le salarié), il a été convenu ce qui suit :",
        ),
    )
    hrs = rng.choice([16, 20, 24, 30, 37.5, 40]) if lg != "fr" else rng.choice([24, 28, 35])
    pay = {
        "en": rng.choice([12.21, 12.5, 13.0, 14.25]),
        "de": rng.choice([12.82, 13.5, 14.0, 15.5]),
        "fr": rng.choice([11.88, 12.2, 13.0]),
    }[lg]
    clauses = [
        (
            tr(lg, "Job title", "Tätigkeit", "Emploi"),
            tr(
                lg,
                f"You are employed as {job}. " + prose(rng, lg, "legal", 1, 2),
                f"Die Einstellung erfolgt als {job}. " + prose(rng, lg, "legal", 1, 2),
                f"Le salarié est engagé en qualité de {job}, niveau {rng.randint(1, 4)} de la "
                "convention collective. " + prose(rng, lg, "legal", 1, 1),
            ),
        ),
        (
            tr(
                lg,
                "Start date and probation",
                "Beginn und Probezeit",
                "Date d'effet et période d'essai",
            ),
            tr(
                lg,
                f"Your employment begins on {day(h, st)}. The first three months are a "
                "probationary period.",
                f"Das Arbeitsverhältnis beginnt am {day(h, st)}. Die ersten sechs Monate gelten "
                "als Probezeit.",
                f"Le contrat prend effet le {day(h, st)}, avec une période d'essai de deux mois.",
            ),
        ),
        (
            tr(lg, "Hours of work", "Arbeitszeit", "Durée du travail"),
            tr(
                lg,
                f"{hrs:g} hours a week on a rota including weekends and some evenings for game "
                "nights.",
                f"Die regelmäßige wöchentliche Arbeitszeit beträgt {hrs:g} Stunden nach "
                "Dienstplan, einschließlich Samstagen und Spieleabenden.",
                f"{hrs:g} heures par semaine selon planning, incluant samedis et soirées jeux.",
            ),
        ),
        (
            tr(lg, "Pay", "Vergütung", "Rémunération"),
            tr(
                lg,
                f"£{pay:.2f} per hour, paid monthly in arrears by bank transfer.",
                f"{money(pay, lg)} € brutto pro Stunde, zahlbar zum Monatsende.",
                f"{money(pay, lg)} € brut de l'heure, versé mensuellement.",
            ),
        ),
        (tr(lg, "Holidays", "Urlaub", "Congés payés"), prose(rng, lg, "legal", 1, 2)),
        (
            tr(lg, "Sickness absence", "Arbeitsunfähigkeit", "Absences pour maladie"),
            prose(rng, lg, "legal", 1, 3),
        ),
        (tr(lg, "Notice", "Kündigung", "Rupture du contrat"), prose(rng, lg, "legal", 1, 2)),
        (
            tr(lg, "Staff discount", "Personalrabatt", "Remise du personnel"),
            tr(
                lg,
                "20% off games and toys, free hot drinks on shift.",
                "20 % auf Spiele und Spielwaren, Heißgetränke im Dienst frei.",
                "20 % sur les jeux et jouets, boissons chaudes offertes.",
            ),
        ),
        (tr(lg, "Pension", "Altersversorgung", "Prévoyance"), prose(rng, lg, "legal", 1, 2)),
        (
            tr(
                lg,
                "Confidentiality and data",
                "Verschwiegenheit und Datenschutz",
                "Confidentialité",
            ),
            prose(rng, lg, "legal", 2, 3),
        ),
    ]
    for n, (t, body) in enumerate(clauses, 1):
        f.heading(
            m,
            f"{ {'de': '§ ', 'fr': 'Article '}.get(lg, '') }{n}{'.' if lg == 'en' else ''} {t}",
            s.bold,
            s.size,
        )
        write(f, s, body)
    pages = f.pages
    sg = Sheets(
        s.page_size,
        hh - m,
        lambda p, n: running_header(
            p,
            s,
            f"{tr(lg, 'Contract of employment', 'Arbeitsvertrag', 'Contrat de travail')} - {emp}",
        ),
    )
    if f.y < hh - 230 and rng.random() < 0.5:
        sg = f  # type: ignore[assignment]
        sg.y += 20
    else:
        pages = pages + sg.pages
        write(sg, s, prose(rng, lg, "legal", 1, 2))
        sg.y += 30
    place = place_of(h)
    hand(sg.page, m, sg.y, f"{place}, {short(d, lg)}", 10)
    sg.y += 40
    sign_line(
        sg.page,
        s,
        m,
        sg.y,
        tr(lg, "For the Employer", "Arbeitgeber", "L'employeur"),
        staff()["owner"],
    )
    sign_line(
        sg.page,
        s,
        m + 250,
        sg.y,
        tr(lg, "Employee", "Arbeitnehmer/in", "Le salarié (lu et approuvé)"),
        emp if rng.random() < 0.85 else "",
    )
    if lg == "fr":
        hand(sg.page, m + 250, sg.y - 22, "Lu et approuvé", 9)
    if rng.random() < 0.4:
        af = sheets(s, h, top=False)
        caption(
            af,
            s,
            tr(
                lg,
                f"Annex - Job description: {job}",
                f"Anlage - Stellenbeschreibung: {job}",
                f"Annexe - Fiche de poste : {job}",
            ),
            2,
        )
        for t in rng.sample(
            [
                tr(
                    lg,
                    "Serving customers and advising on games",
                    "Kundenberatung und Spielerklärung",
                    "Accueil et conseil clientèle",
                ),
                tr(
                    lg,
                    "Till and card terminal, cashing up",
                    "Kasse und Kartenterminal, Kassenabschluss",
                    "Caisse et TPE, clôture",
                ),
                tr(
                    lg,
                    "Receiving deliveries, pricing, stock counts",
                    "Warenannahme, Auszeichnung, Inventur",
                    "Réception, étiquetage, inventaires",
                ),
                tr(
                    lg,
                    "Running demo tables and game nights",
                    "Spieletische und Spieleabende betreuen",
                    "Animation des tables de démonstration",
                ),
                tr(
                    lg,
                    "Café service, food hygiene records",
                    "Café-Service, Hygienedokumentation",
                    "Service au bar, traçabilité HACCP",
                ),
                tr(
                    lg,
                    "Window displays and social media posts",
                    "Schaufenster und Social Media",
                    "Vitrines et réseaux sociaux",
                ),
                tr(
                    lg,
                    "Opening and closing the shop",
                    "Öffnen und Schließen des Ladens",
                    "Ouverture et fermeture",
                ),
            ],
            5,
        ):
            af.para(m + 12, w - 2 * m - 12, f"- {t}", s.font, s.size, 0.4)
        write(af, s, prose(rng, lg, "legal", 1, 2))
        pages = pages + af.pages
    pages = close(
        pages,
        s,
        h,
        numbers=rng.choice(
            [
                "none",
                "Page {i} of {n}"
                if lg == "en"
                else "Seite {i} von {n}"
                if lg == "de"
                else "{i}/{n}",
            ]
        ),
    )
    remember(d)
    return pages


DAYS = {
    "en": ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"],
    "de": ["Mo", "Di", "Mi", "Do", "Fr", "Sa", "So"],
    "fr": ["Lun", "Mar", "Mer", "Jeu", "Ven", "Sam", "Dim"],
}


def tpl_rota(rng: random.Random, who: Issuer) -> list[Page]:
    """The shop's weekly staff rota on a landscape sheet: a grid of staff and days with
    shift times for shop and café, game-night evenings, totals of hours, crossed-out changes
    and notes by hand; a run covers successive weeks."""
    h = shop_head()
    lg = h.lang
    L = landscape(A4)
    w, hh = L
    m = 36
    ex = LAST["extra"]
    if after("weekly_rota_sheet") and isinstance(ex, tuple) and ex[0] == "rota":
        wk = ex[1] + timedelta(days=7)
    else:
        base = some_day(rng)
        wk = base - timedelta(days=base.weekday())
    p = Page(L)
    p.text(m, m, tr(lg, "STAFF ROTA", "DIENSTPLAN", "PLANNING DU PERSONNEL"), h.bold, 16)
    p.text(
        m + 200,
        m,
        f"{tr(lg, 'Week commencing', 'Woche ab', 'Semaine du')} {short(wk, lg)}  "
        f"({tr(lg, 'week', 'KW', 'sem.')} {wk.isocalendar()[1]})",
        h.font,
        10,
    )
    p.text(w - m, m, fit(h.name, h.bold, 10, 200), h.bold, 10, "right")
    st = staff()
    people = [
        (st["owner"], "shop"),
        (st["assistant1"], "shop"),
        (st["assistant2"], "shop"),
        (st["cafe"], "cafe"),
    ]
    people += [(a_person(shop_rng("sat"), lg), "cafe")] + (
        [(a_person(shop_rng("sat2"), lg), "shop")] if rng.random() < 0.5 else []
    )
    x0 = m
    namew = 150.0
    cw = (w - 2 * m - namew - 50) / 7
    y = m + 26
    p.rect(x0, y, w - 2 * m, 20, fill=0.82)
    p.text(x0 + 4, y + 13, tr(lg, "Name", "Name", "Nom"), h.bold, 8.5)
    for k in range(7):
        p.text(
            x0 + namew + k * cw + cw / 2,
            y + 13,
            f"{DAYS[lg][k]} {short(wk + timedelta(days=k), lg)[:5]}",
            h.bold,
            8.5,
            "center",
        )
    p.text(w - m - 25, y + 13, tr(lg, "Hrs", "Std.", "H"), h.bold, 8.5, "center")
    y += 20
    rowh = 34.0
    for nm, area in people:
        p.rect(x0, y, w - 2 * m, rowh)
        p.text(x0 + 4, y + 14, fit(nm, h.font, 8.5, namew - 8), h.font, 8.5)
        p.text(
            x0 + 4,
            y + 26,
            tr(
                lg,
                "Café" if area == "cafe" else "Shop",
                "Café" if area == "cafe" else "Laden",
                "Bar" if area == "cafe" else "Boutique",
            ),
            italic_of(h.font),
            7,
        )
        tot = 0.0
        for k in range(7):
            cx = x0 + namew + k * cw
            p.line(cx, y, cx, y + rowh)
            if rng.random() < 0.7 and not (k == 0 and rng.random() < 0.6):
                a = rng.choice([9, 9.5, 10, 12, 14])
                b = min(a + rng.choice([4, 6, 7.5, 8]), 18 if k < 4 else 23)
                if k in (4, 5) and area == "shop" and rng.random() < 0.3:
                    b = 23
                tot += b - a
                t = f"{int(a)}:{'30' if a % 1 else '00'}-{int(b)}:{'30' if b % 1 else '00'}"
                p.text(cx + cw / 2, y + 14, t, h.font, 8, "center")
                if rng.random() < 0.1:
                    p.line(cx + 6, y + 11, cx + cw - 6, y + 11)
                    hand(
                        p,
                        cx + 8,
                        y + 28,
                        rng.choice(
                            {
                                "en": ["swap", "off", "sick", "14-18"],
                                "de": ["krank", "frei", "getauscht", "14-18"],
                                "fr": ["malade", "repos", "échange", "14h-18h"],
                            }[lg]
                        ),
                        8,
                        cw - 10,
                    )
            else:
                p.text(cx + cw / 2, y + 14, "-", h.font, 8, "center")
        p.line(w - m - 50, y, w - m - 50, y + rowh)
        p.text(w - m - 25, y + 14, f"{tot:g}", h.font, 8.5, "center")
        y += rowh
    y += 18
    p.text(
        m,
        y,
        tr(
            lg,
            "Game nights: Thu & Fri 18:00-23:00 (two on shift). Deliveries Tue am.",
            "Spieleabende: Do & Fr 18-23 Uhr (zu zweit). Warenannahme Di vormittags.",
            "Soirées jeux : jeu. et ven. 18h-23h (deux personnes). Livraisons mar. matin.",
        ),
        h.font,
        8,
    )
    if rng.random() < 0.6:
        hand(
            p,
            m,
            y + 22,
            rng.choice(
                {
                    "en": ["Stocktake Sun 10-14 - all please!", "Tournament Sat - need 1 extra"],
                    "de": ["Inventur So 10-14 Uhr - alle!", "Turnier Sa - 1 Person extra"],
                    "fr": ["Inventaire dim. 10h-14h - tout le monde !", "Tournoi sam. : 1 renfort"],
                }[lg]
            ),
            10,
        )
    p.text(
        w - m,
        hh - 24,
        f"{tr(lg, 'Approved', 'Freigegeben', 'Validé')}: ______________",
        h.font,
        8,
        "right",
    )
    scrawl(p, w - m - 78, hh - 27, st["owner"], 11)
    remember(wk, ("rota", wk))
    return [p]


def tpl_special_order(rng: random.Random, who: Issuer) -> list[Page]:
    """A customer's special order slip from the shop's pad (A5 or A6): customer and phone,
    the item with publisher or maker and price, deposit taken, ordered from whom and when,
    the 'phoned / collected' boxes, all by hand; a run holds several customers' slips."""
    h = shop_head()
    lg = h.lang
    size = keyed(who, "sosize").choice([A5, A6, A6])
    s = style_of(h, size, margin=22, pt=7.5)
    w, hh = size
    m = 22
    p = Page(size)
    p.rect(10, 10, w - 20, hh - 20)
    p.text(m, 32, fit(h.name, h.bold, 10, w - 2 * m - 40), h.bold, 10)
    p.text(m, 44, tr(lg, "CUSTOMER ORDER", "KUNDENBESTELLUNG", "COMMANDE CLIENT"), h.bold, 9)
    no = serial(rng, "9999")
    p.text(w - m, 32, f"N° {no}", "Courier-Bold", 10, "right")
    d = some_day(rng)
    cust = a_person(rng, lg)
    k = rng.randrange(len(GOODS))
    dist = rng.choice(SENDERS["distributor"][home()])[0]
    y = fields(
        p,
        s,
        m,
        54,
        w - 2 * m,
        [
            (tr(lg, "Date", "Datum", "Date"), short(d, lg)),
            (
                tr(lg, "Taken by", "Angenommen", "Pris par"),
                staff()[rng.choice(["owner", "assistant1", "assistant2"])].split()[0],
            ),
            (tr(lg, "Customer", "Kunde", "Client"), cust),
            (
                tr(lg, "Phone", "Telefon", "Tél."),
                serial(
                    rng, {"en": "07999 999999", "de": "0179 9999999", "fr": "06 99 99 99 99"}[lg]
                ),
            ),
            (tr(lg, "Item", "Artikel", "Article"), good(k, lg)),
            (
                tr(lg, "Publisher / maker", "Verlag / Hersteller", "Éditeur / fabricant"),
                rng.choice(["-", dist.split()[0], "Kosmo", "Gobelin", "Kitecraft"]),
            ),
            (tr(lg, "Price", "Preis", "Prix"), cash(GOODS[k][3] * (1 if lg == "en" else 1.15), lg)),
            (
                tr(lg, "Deposit", "Anzahlung", "Acompte"),
                cash(rng.choice([0, 5, 10, 20]), lg) if rng.random() < 0.7 else "",
            ),
            (
                tr(lg, "Ordered from / on", "Bestellt bei / am", "Commandé chez / le"),
                f"{dist.split()[0]} {short(d + timedelta(days=rng.randint(0, 3)), lg)}"
                if rng.random() < 0.7
                else "",
            ),
            (
                tr(lg, "Expected", "Erwartet", "Prévu"),
                rng.choice(["2 wks", "KW " + str(rng.randint(1, 52)), "sous 10 j", "?", ""]),
            ),
        ],
        per=2,
        tall=24,
    )
    labels = [
        tr(lg, "Arrived", "Eingetroffen", "Arrivé"),
        tr(lg, "Customer phoned", "Kunde informiert", "Client prévenu"),
        tr(lg, "Collected", "Abgeholt", "Retiré"),
    ]
    done = rng.randint(0, 3)
    y = ticks(p, s, m, y + 4, w - 2 * m, labels, set(range(done)), 8)
    if rng.random() < 0.5 and y < hh - 40:
        hand(
            p,
            m,
            y + 8,
            rng.choice(
                [
                    "wants gift wrap",
                    "bitte als Geschenk verpacken",
                    "paquet cadeau",
                    "2nd copy for brother?",
                    "nur deutsche Ausgabe",
                    "VF uniquement",
                ]
            ),
            8.5,
            w - 2 * m,
        )
    p.text(
        w / 2,
        hh - 18,
        tr(
            lg,
            "Please keep this slip and bring it when you collect.",
            "Bitte Abschnitt bei Abholung vorlegen.",
            "Merci de présenter ce bon au retrait.",
        ),
        "Helvetica-Oblique",
        6.5,
        "center",
    )
    remember(d)
    return [p]


def till_receipt(rng: random.Random, h: Head, d: date, k: int) -> Page:
    """A thermal till receipt of the shop, photocopied onto its own narrow page."""
    lg = h.lang
    w, _ = TILL
    p = Page(TILL)
    y = 30.0
    pt = shrink(h.name, "Courier-Bold", 9, w - 20)
    p.text(w / 2, y, h.name, "Courier-Bold", pt, "center")
    for t in (h.street, h.town, f"Tel {h.phone}"):
        y += 10
        p.text(w / 2, y, fit(t, "Courier", 7, w - 20), "Courier", 7, "center")
    y += 18
    p.text(
        12,
        y,
        f"{short(d, lg)} {rng.randint(9, 18)}:{rng.randint(0, 59):02d}  #{serial(rng, '99999')}",
        "Courier",
        7,
    )
    y += 14
    total = 0.0
    items = [(k, GOODS[k][3] * (1 if lg == "en" else 1.15))] + [
        (j, GOODS[j][3]) for j in rng.sample(range(len(GOODS)), rng.randint(0, 2))
    ]
    for j, v in items:
        p.text(12, y, fit(good(j, lg), "Courier", 7, w - 70), "Courier", 7)
        p.text(w - 12, y, money(v, lg), "Courier", 7, "right")
        total += v
        y += 10
    y += 4
    p.line(12, y, w - 12, y)
    y += 12
    p.text(12, y, tr(lg, "TOTAL", "SUMME", "TOTAL"), "Courier-Bold", 8.5)
    p.text(w - 12, y, cash(total, lg), "Courier-Bold", 8.5, "right")
    y += 12
    p.text(
        12,
        y,
        rng.choice(["VISA DEBIT ****", "MASTERCARD ****", "girocard ****", "CB ****"])
        + serial(rng, "9999"),
        "Courier",
        7,
    )
    y += 10
    rate = vat_rate(lg)
    p.text(
        12,
        y,
        tr(
            lg,
            f"incl. VAT {rate:g}%  {money(total * rate / (100 + rate), lg)}",
            f"inkl. MwSt {rate:g}%  {money(total * rate / (100 + rate), lg)}",
            f"dont TVA {rate:g}%  {money(total * rate / (100 + rate), lg)}",
        ),
        "Courier",
        7,
    )
    y += 18
    p.text(
        w / 2,
        y,
        tr(
            lg,
            "Thank you - see you at game night!",
            "Danke und bis zum Spieleabend!",
            "Merci et à bientôt !",
        ),
        "Courier",
        6.5,
        "center",
    )
    p.barcode("code128", serial(rng, "9999999999"), 12, y + 14)
    return p


def tpl_refund_form(rng: random.Random, who: Issuer) -> list[Page]:
    """The shop's customer refund / exchange request form, filled in at the till: customer,
    item, reason ticks (faulty, missing pieces, unwanted gift), condition, refund method,
    manager's authorisation; the customer's till receipt stapled behind as a narrow page of
    its own on about half of them."""
    h = shop_head()
    lg = h.lang
    size = keyed(who, "rfsize").choice([A4, A5])
    s = style_of(h, size, margin=30 if size == A5 else 48, pt=8 if size == A5 else 9)
    w, _ = size
    m = s.margin
    p = Page(size)
    y = form_top(
        p,
        s,
        h,
        tr(
            lg,
            "Refund / Exchange Request",
            "Umtausch / Erstattung - Beleg",
            "Demande de remboursement / échange",
        ),
    )
    d = some_day(rng)
    cust = a_person(rng, lg)
    k = rng.randrange(len(GOODS))
    bought = d - timedelta(days=rng.randint(1, 40))
    y = fields(
        p,
        s,
        m,
        y,
        w - 2 * m,
        [
            (tr(lg, "Customer name", "Name", "Nom"), cust),
            (
                tr(lg, "Phone / e-mail", "Telefon / E-Mail", "Tél. / e-mail"),
                serial(
                    rng, {"en": "07999 999999", "de": "0179 9999999", "fr": "06 99 99 99 99"}[lg]
                ),
            ),
            (tr(lg, "Item", "Artikel", "Article"), good(k, lg)),
            (tr(lg, "Date of purchase", "Kaufdatum", "Date d'achat"), short(bought, lg)),
            (
                tr(lg, "Price paid", "Bezahlt", "Prix payé"),
                cash(GOODS[k][3] * (1 if lg == "en" else 1.15), lg),
            ),
            (tr(lg, "Receipt", "Kassenbon", "Ticket"), rng.choice(yes_no(lg))),
        ],
        per=2,
        tall=26,
    )
    y = band(p, s, y, tr(lg, "Reason", "Grund", "Motif"))
    reasons = [
        tr(lg, "Faulty / damaged", "Defekt / beschädigt", "Défectueux / abîmé"),
        tr(lg, "Pieces missing", "Teile fehlen", "Pièces manquantes"),
        tr(lg, "Unwanted gift", "Ungewolltes Geschenk", "Cadeau en double"),
        tr(lg, "Wrong item / edition", "Falscher Artikel / Ausgabe", "Mauvais article / édition"),
        tr(lg, "Other", "Sonstiges", "Autre"),
    ]
    pick = rng.randrange(len(reasons))
    y = ticks(p, s, m, y + 6, w - 2 * m, reasons, {pick}, 8)
    p.text(m, y + 4, tr(lg, "Details:", "Details:", "Précisions :"), s.font, 7.5)
    p.line(m + 40, y + 7, w - m, y + 7)
    hand(
        p,
        m + 44,
        y + 4,
        rng.choice(
            [
                "box crushed, 2 cards missing",
                "Würfel fehlen",
                "pièces manquantes dans la boîte",
                "doesn't work",
                "already has it",
                "Doppelt geschenkt",
                "",
            ]
        ),
        9,
        w - 2 * m - 50,
    )
    y += 22
    y = band(p, s, y, tr(lg, "Outcome", "Erledigung", "Suite donnée"))
    outs = [
        tr(lg, "Refund to card", "Erstattung auf Karte", "Remboursement CB"),
        tr(lg, "Cash refund", "Bar erstattet", "Remboursement espèces"),
        tr(lg, "Exchange", "Umtausch", "Échange"),
        tr(lg, "Credit note / gift card", "Gutschein", "Avoir / carte cadeau"),
        tr(lg, "Return to supplier", "Reklamation an Lieferant", "Retour fournisseur"),
    ]
    on = {rng.randrange(4)} | ({4} if pick in (0, 1) else set())
    y = ticks(p, s, m, y + 6, w - 2 * m, outs, on, 8)
    y += 16
    sign_line(p, s, m, y + 14, tr(lg, "Customer", "Kunde", "Client"), cust, 140)
    sign_line(
        p,
        s,
        w / 2 + 10,
        y + 14,
        tr(lg, "Authorised (manager)", "Genehmigt", "Validé (responsable)"),
        staff()["owner"] if rng.random() < 0.8 else "",
        140,
    )
    pages = [p]
    if rng.random() < 0.5:
        pages.append(till_receipt(rng, h, bought, k))
    remember(d, (k,))
    return pages


def tpl_school_letter(rng: random.Random, who: Issuer) -> list[Page]:
    """A local school's fundraising letter to the shop (PTA summer fair raffle, Förderverein
    Schulfest-Tombola, APE kermesse): a friendly letter asking for a prize or a voucher, the
    date of the event, a tear-off reply slip at the foot or on a half page of its own."""
    h = local_head("school")
    lg = h.lang
    s = style_of(h)
    w, hh = A4
    m = s.margin
    d = some_day(rng)
    ev = d + timedelta(days=rng.randint(20, 60))
    event = rng.choice(
        {
            "en": ["Summer Fair", "Christmas Fayre", "Spring Fair"],
            "de": ["Schulfest", "Sommerfest", "Weihnachtsbasar"],
            "fr": ["Kermesse", "Marché de Noël", "Fête de l'école"],
        }[lg]
    )
    chair = person_of(h, "chair")
    f = sheets(s, h)
    recipient(
        f,
        s,
        h,
        shop_lines(tr(lg, "The Manager", "z. Hd. Geschäftsleitung", "À l'attention du gérant")),
        d,
        [],
    )
    caption(
        f,
        s,
        tr(
            lg,
            f"{event} - request for a raffle prize",
            f"{event} - Bitte um eine Spende für unsere Tombola",
            event + " - demande de lot pour notre tombola",
        ),
        1,
    )
    write(f, s, dear(lg, None))
    write(
        f,
        s,
        tr(
            lg,
            f"Our {event} takes place on {day(h, ev)} "
            "and we are looking for local businesses to donate raffle prizes. "
            + prose(rng, lg, "school", 2, 3),
            f"am {day(h, ev)} findet unser {event} statt; für die Tombola suchen wir Preise von "
            "Geschäften aus dem Viertel. " + prose(rng, lg, "school", 2, 3),
            f"Notre {event.lower()} aura lieu le {day(h, ev)} et nous sollicitons les commerçants "
            "du "
            "quartier pour des lots de tombola. " + prose(rng, lg, "school", 2, 3),
        ),
    )
    write(
        f,
        s,
        tr(
            lg,
            "All money raised goes to "
            + rng.choice(
                ["new playground equipment", "library books", "the Year 6 residential trip"]
            )
            + ". We will gladly thank you in our newsletter and on the prize table.",
            "Der Erlös kommt "
            + rng.choice(["dem neuen Klettergerüst", "der Schulbücherei", "der Klassenfahrt"])
            + " zugute. Gerne nennen wir Sie als Spender im Elternbrief. Eine Spendenquittung "
            "stellen wir aus.",
            "Les bénéfices financeront "
            + rng.choice(
                ["la sortie de fin d'année", "des livres pour la BCD", "de nouveaux jeux de cour"]
            )
            + ". Nous citerons volontiers votre commerce.",
        ),
    )
    regards(f, s, lg, chair, tr(lg, "Chair, PTA", "1. Vorsitzende/r", "Présidente de l'APE"))
    if f.y < hh - 200:
        y = hh - m - 150
        p = f.page
    else:
        p = Page(A4)
        f.pages.append(p)
        y = 60.0
    slip_rule(
        p,
        m,
        w - m,
        y,
        tr(
            lg,
            "Reply slip - please return to the school office",
            "Rückmeldung - bitte im Sekretariat abgeben",
            "Coupon-réponse à retourner à l'école",
        ),
    )
    y += 20
    p.text(
        m,
        y,
        f"{tr(lg, 'Business', 'Geschäft', 'Commerce')}: ________________________________",
        s.font,
        s.size,
    )
    filled = rng.random() < 0.4
    if filled:
        hand(p, m + 70, y - 2, shop_head().name, 9)
    y += 20
    y = ticks(
        p,
        s,
        m,
        y,
        w - 2 * m,
        [
            tr(lg, "We will donate a prize", "Wir spenden einen Preis", "Nous offrons un lot"),
            tr(lg, "Voucher", "Gutschein", "Bon d'achat"),
            tr(lg, "Please collect", "Bitte abholen", "À venir chercher"),
            tr(lg, "Sorry, not this time", "Leider nicht", "Pas cette fois"),
        ],
        {0, 1} if filled else set(),
        9,
    )
    p.text(
        m,
        y + 10,
        f"{tr(lg, 'Prize / value', 'Preis / Wert', 'Lot / valeur')}: "
        "________________________________",
        s.font,
        s.size,
    )
    if filled:
        hand(
            p,
            m + 90,
            y + 8,
            f"{tr(lg, 'Gift card', 'Gutschein', 'Bon')} {cash(rng.choice([20, 25, 30]), home())}",
            9,
        )
    pages = close(f.pages, s, h, numbers="none")
    received(rng, pages[0], d, 0.15)
    remember(d)
    return pages


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
    "toy_trade_invoice": tpl_distributor_invoice,
    "trade_packing_list": tpl_delivery_note,
    "toy_conformity": tpl_conformity_declaration,
    "retailer_recall": tpl_recall_notice,
    "trade_credit_note": tpl_credit_note,
    "party_booking": tpl_table_booking,
    "deck_registration": tpl_decklist,
    "cafe_hygiene_report": tpl_inspection_report,
    "cafe_supplies_invoice": tpl_cafe_invoice,
    "shop_rent_demand": tpl_rent_demand,
    "card_takings_statement": tpl_merchant_statement,
    "marketplace_payout": tpl_marketplace_payout,
    "giftcard_loyalty_report": tpl_giftcard_report,
    "fair_registration": tpl_fair_registration,
    "shop_policy_schedule": tpl_insurance_schedule,
    "shop_staff_contract": tpl_staff_contract,
    "weekly_rota_sheet": tpl_rota,
    "customer_order_slip": tpl_special_order,
    "refund_exchange_form": tpl_refund_form,
    "school_raffle_appeal": tpl_school_letter,
}
TEMPLATES_QQQQ: dict[str, Template] = {k: tracked(k, t) for k, t in KINDS.items()}
#: Kinds that a pile often holds 2-4 of in a row from one sender.
RUN_KINDS = (
    "toy_trade_invoice",
    "cafe_supplies_invoice",
    "shop_rent_demand",
    "party_booking",
    "deck_registration",
    "customer_order_slip",
    "weekly_rota_sheet",
)
#: A kind often followed by a related paper (a document of its own).
FOLLOWS = {
    "toy_trade_invoice": "trade_packing_list",
    "retailer_recall": "trade_credit_note",
    "refund_exchange_form": "trade_credit_note",
}


# ---------------------------------------------------------------------------------------------
# Streams and generation (same files and labels as corpus.generate)
# ---------------------------------------------------------------------------------------------


def make_mazer_stream(rng: random.Random, n_docs: int, separators: bool) -> Stream:
    """One shop's monthly pile: ``corpus.make_stream`` with batch runs (after a run kind, 1-3
    more of the same kind from the same sender follow with probability 0.6) and companions
    (each kind in ``FOLLOWS`` is followed by its related paper with probability 0.5). The
    shop (country, name, month) is drawn once per stream."""
    r = random.Random(rng.getrandbits(32))
    lang = r.choice(["en", "en", "de", "de", "fr"])
    SHOP["lang"] = lang
    SHOP["row"] = r.randrange(len(SHOPS[lang]))
    SHOP["seed"] = r.getrandbits(24)
    SHOP["month"] = date(r.choice([2024, 2025]), r.randint(1, 12), 1)
    LAST.update(kind="", day=None, extra=None)
    run_odds = dict.fromkeys(RUN_KINDS, 0.6)
    return assemble_stream(
        rng, TEMPLATES_QQQQ, n_docs, separators, run_odds, run_len=(1, 3), follows=FOLLOWS
    )


generate = part_generate(PART, SEED_OFFSET, make_mazer_stream, "templates QQQQ")


def main(argv: list[str]) -> int:
    return part_main(argv, __doc__, PART, generate, scanned=12)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

"""Mangle part of the generated corpus: templates FFFFF, written blind for the next measurement.

A part of its own, ``mangle``. Its templates were written without looking at the boundary
detector, its documentation, its tuning or its evaluation, as the pile the office of a hand
bookbinding and book restoration workshop (a master bookbinder, a conservator, an apprentice and
a part-time office clerk; in England, Germany or France) that also binds theses and does small
print runs feeds through its scanner in a month: the workshop's own job tickets from the counter
(Werkstattauftrag, fiche de travaux) on A5 or A4, filled in by hand with the work, covering and
lettering tick boxes, the customer's signature and the tear-off collection slip, now and then with
a spine layout sketch on a second sheet; private customers' letters about a family Bible, a
prayer book or a diary to be repaired (handwritten on notepaper or typed), now and then with a
sheet of photographs printed at home; the workshop's quotations for rebinding and restoration
(Kostenvoranschlag, devis) with an optional covering letter, the item table, the terms of business
and an acceptance slip; the customers' acceptances (the returned slip, a note card or a printed
e-mail); the conservator's condition reports with a treatment proposal for libraries and archives
(Zustandsprotokoll und Restaurierungskonzept, constat d'état et proposition de traitement) with the
object fields, the damage tick grid, the treatment steps, the estimate and a photo sheet; the
libraries' orders for the treatment (Bestellung, bon de commande) on their official paper; the
thesis binding order forms filled in by students, with the university's format rules and the
copy of the title page they bring along; leather suppliers' invoices (skins by the square foot or
square decimetre) over one or two pages, now and then with their conditions of sale; paper and
board merchants' invoices with a boxed reference grid and a remittance slip; gold leaf beaters'
delivery notes on landscape A5 with a fineness certificate now and then behind; framework
agreements with libraries and archives (Rahmenvertrag, accord-cadre) with a cover sheet,
numbered clauses, a landscape price schedule and a signature page; the libraries' handover
receipts for valuable volumes (Übergabeprotokoll, bordereau de remise) with the volume table,
insurance values, transport tick boxes and two signatures; specialist couriers' collection and
delivery receipts on narrow slips with a barcode; the master bookbinder's valuations for
insurance (Wertgutachten, estimation) with a photograph, a seal and now and then a page on the
basis of valuation; the insurance broker's schedule for the workshop (customers' goods in
trust, stock, transit) with a covering letter, the specified items and the endorsements; the
guild's, the Handwerkskammer's or the chambre de métiers' letters (subscription renewal with a
form, Beitragsbescheid with the Rechtsbehelfsbelehrung, appel de cotisation with a payment
slip); the apprentice's papers (an English apprenticeship progress review, a German weekly
Ausbildungsnachweis, a French CFA fiche de liaison); the landlord's workshop rent invoices with
the sub-metered electricity; the customers' signed proof approvals for small print runs
(Druckfreigabe, bon à tirer) with the marked-up proof spreads on landscape pages; and the annual
safety inspection reports for the guillotine and the board shear (UVV-Prüfung, PUWER
examination, vérification générale périodique) with the checklist and now and then a defects
page. Each stream is one workshop's pile: the workshop (country, name, month, staff) is drawn
once per stream; its outside senders are of the workshop's country and write in its language,
except that leather, paper and gold leaf suppliers, private customers and small presses are now
and then from abroad and write in their own. Page sizes range from courier slips and A6 note
cards to A5, A4, Letter and landscape A4.

Labelling rule: what one sender issues in one go is one document, as the workshop files it: the
spine sketch of a job ticket; the photo sheet of a customer's letter; the covering letter, terms
page and acceptance slip of a quotation; the photo sheet and continuation pages of a condition
report; the conditions page of a library's order; the university's format rules and the title
page copy a student hands in with the thesis order; the continuation and terms pages of a
supplier's invoice; the fineness certificate behind a gold leaf delivery note; the cover sheet,
annexes and signature page of a framework agreement; the basis-of-valuation page of a valuation;
the covering letter and endorsements of an insurance schedule; the form, explanation page or
payment slip of a guild or chamber letter; the proof spreads returned with a proof approval; the
defects page of an inspection report. Related papers are documents of their own: the workshop's
quotation after a customer's letter, the customer's acceptance after the quotation, the library's
order after the condition report, the library's handover receipt after a framework agreement;
and so is each job ticket, thesis order, invoice, delivery note, receipt, valuation, condition
report and training record of a run.

Streams are assembled like ``corpus.make_stream`` (same separator sheets, same 30% chance of
repeating the previous kind and sender), plus batch runs: job tickets, thesis orders, leather and
paper invoices, gold leaf delivery notes, handover receipts, courier receipts, valuations,
condition reports and training records often come 2-4 in a row from one sender with other
customers, volumes, dates, numbers and amounts; and companions: each related paper above often
follows the document it answers. Drawn with ``corpus.draw_pdf``, scanned with ``corpus.scan`` and
labelled exactly like ``corpus.generate`` with ``"split": "mangle"`` and seeds offset by
10_900_000.

Usage: ``python benchmarks/corpus_mangle.py OUT_DIR [--streams N] [--scanned N] [--seed S]``
writes ``OUT_DIR/mangle/mangle_{born_digital,scanned}_NNNNNNN.{pdf,json}``.
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
    Col,
    Flow,
    band,
    caption,
    cash,
    cell,
    close,
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
from corpus_kit import columns as kit_columns

PART = "mangle"
SEED_OFFSET = 10_900_000

MM = 72 / 25.4
SLIP = (80 * MM, 150 * MM)
A6 = (105 * MM, 148 * MM)
LAND = landscape(A4)
A5L = landscape(A5)

# ---------------------------------------------------------------------------------------------
# Who writes: the workshop and its outside senders, by country
# ---------------------------------------------------------------------------------------------

Row = tuple[str, str, str, str]  # name, street, town, telephone
BINDERIES: dict[str, list[Row]] = {
    "en": [
        (
            "Hartley & Vane Bookbinders",
            "Unit 3, Printworks Yard",
            "Oxford OX4 1XL",
            "01865 724 310",
        ),
        ("The Abbey Bindery", "12 Bridge Street", "Bath BA2 4AS", "01225 461 902"),
        (
            "Cloister Bookbinding & Restoration",
            "41 King Street",
            "Norwich NR1 1PD",
            "01603 628 455",
        ),
    ],
    "de": [
        ("Buchbinderei Kessler", "Wörthstraße 9", "81667 München", "089 48 12 77"),
        (
            "Handbuchbinderei & Restaurierung Lindner",
            "Kramergasse 4",
            "37073 Göttingen",
            "0551 4 88 21",
        ),
        ("Atelier für Buchrestaurierung Hoffmann", "Am Kornmarkt 12", "99084 Erfurt", ""),
    ],
    "fr": [
        ("Atelier de reliure Delaunay", "14 rue Mazarine", "75006 Paris", "01 43 26 58 09"),
        ("Reliure d'Art Vasseur", "7 rue du Boeuf", "69005 Lyon", "04 78 37 21 64"),
        (
            "Atelier Lemaire Reliure-Restauration",
            "22 rue des Carmes",
            "35000 Rennes",
            "02 99 79 40 18",
        ),
    ],
}
SENDERS: dict[str, dict[str, list[Row]]] = {
    "library": {
        "en": [
            ("Merton Hall College Library", "Merton Street", "Oxford OX1 4JD", "01865 276 380"),
            ("Wessex Archives and Local Studies", "Hindon Road", "Salisbury SP2 7EX", ""),
            ("St Aldhelm's Cathedral Library", "The Close", "Wells BA5 2UE", "01749 674 483"),
            ("Norfolk County Record Office", "Martineau Lane", "Norwich NR1 2DQ", ""),
        ],
        "de": [
            ("Landesbibliothek Oldenau", "Schloßplatz 2", "26121 Oldenburg", "0441 50 50 18-0"),
            ("Stadtarchiv Weißenfeld", "Am Rathaus 6", "91781 Weißenburg", ""),
            (
                "Bibliothek des Priesterseminars St. Georg",
                "Domplatz 11",
                "93047 Regensburg",
                "0941 5 97 22 40",
            ),
            ("Universitätsbibliothek Hallstedt", "Bibliotheksstraße 1", "06108 Halle", ""),
        ],
        "fr": [
            (
                "Bibliothèque municipale de Vernon",
                "12 place de l'Hôtel de Ville",
                "27200 Vernon",
                "",
            ),
            ("Archives départementales du Morvan", "4 rue de Paris", "58000 Nevers", ""),
            (
                "Bibliothèque du Grand Séminaire",
                "2 rue des Chanoines",
                "50000 Saint-Lô",
                "02 33 05 11 74",
            ),
            (
                "Bibliothèque interuniversitaire de Montvalon",
                "5 allée Lavoisier",
                "37000 Tours",
                "",
            ),
        ],
    },
    "leather": {
        "en": [
            ("Harrow & Pike Leathers Ltd", "Tanners Lane", "Northampton NN1 1QY", "01604 633 120"),
            ("Abbeymead Tannery", "Station Road", "Bristol BS4 3QZ", "0117 971 2250"),
        ],
        "de": [
            ("Gerberei Sattler GmbH", "Mühlheimer Straße 88", "63075 Offenbach am Main", ""),
            ("Lederfabrik Mühlbach KG", "An der Gerbe 5", "71083 Herrenberg", "07032 95 61-0"),
        ],
        "fr": [
            ("Tannerie Vauclair", "18 quai de la Dadou", "81300 Graulhet", "05 63 34 51 90"),
            ("Peaux et Cuirs Rémond SAS", "ZA des Granges", "81300 Graulhet", ""),
        ],
    },
    "paper": {
        "en": [
            ("Shepton Paper & Board Co.", "Unit 9, Mendip Way", "Shepton Mallet BA4 5QD", ""),
            ("Kingsley Fine Papers Ltd", "27 Farringdon Lane", "London EC1R 3AU", "020 7253 6002"),
        ],
        "de": [
            ("Römer Buchbinderbedarf GmbH", "Industriestraße 21", "40721 Hilden", "02103 5 71 90"),
            ("Papier-Union Bremer", "Hafenweg 3", "28197 Bremen", ""),
        ],
        "fr": [
            ("Comptoir des Arts du Livre", "31 rue de Sèvres", "92100 Boulogne", ""),
            ("Papeterie du Moulin-Vieux", "Route d'Ambert", "63600 Ambert", "04 73 82 03 11"),
        ],
    },
    "gold": {
        "en": [("Bellman Gold Leaf Ltd", "3 Warstone Lane", "Birmingham B18 6JQ", "0121 236 4477")],
        "de": [
            ("Blattgold Wieland", "Nördlinger Straße 14", "91126 Schwabach", "09122 87 33-0"),
            ("Goldschlägerei Eckart & Sohn", "Fränkische Straße 7", "91126 Schwabach", ""),
        ],
        "fr": [("Dorure Dauphin & Fils", "9 rue de Turenne", "75004 Paris", "01 42 72 18 36")],
    },
    "insurer": {
        "en": [
            ("Marston Heritage Insurance Brokers", "8 Queen Square", "Bristol BS1 4NT", ""),
            ("Thatcham & Co. Insurance Services", "Market Place", "Abingdon OX14 3HG", ""),
        ],
        "de": [
            (
                "Rheinland Kunst- und Gewerbeversicherung",
                "Kaiser-Wilhelm-Ring 30",
                "50672 Köln",
                "",
            ),
            ("Versicherungsmakler Brandl & Partner", "Leopoldstraße 44", "80802 München", ""),
        ],
        "fr": [
            ("Cabinet Lefort Assurances", "16 boulevard Haussmann", "75009 Paris", ""),
            ("Mutuelle des Artisans de l'Ouest", "3 rue de Brest", "35000 Rennes", ""),
        ],
    },
    "chamber": {
        "en": [
            ("The Society of Bookbinders", "PO Box 1520", "Worcester WR1 9JZ", ""),
            ("Guild of Craft Bookbinders", "c/o 14 Mill Lane", "Ludlow SY8 1BB", ""),
        ],
        "de": [
            ("Handwerkskammer für Oberbayern", "Max-Joseph-Straße 4", "80333 München", ""),
            ("Handwerkskammer Südniedersachsen", "Johannisstraße 1", "37073 Göttingen", ""),
            ("Handwerkskammer Thüringen-Mitte", "Fischmarkt 13", "99084 Erfurt", ""),
        ],
        "fr": [
            (
                "Chambre de métiers et de l'artisanat de Paris",
                "72 rue de Reuilly",
                "75012 Paris",
                "",
            ),
            (
                "Chambre de métiers et de l'artisanat du Rhône",
                "10 rue Paul Montrochet",
                "69002 Lyon",
                "",
            ),
            (
                "Chambre de métiers et de l'artisanat d'Ille-et-Vilaine",
                "2 cours des Alliés",
                "35000 Rennes",
                "",
            ),
        ],
    },
    "landlord": {
        "en": [
            ("Printworks Yard Estates Ltd", "Printworks Yard", "Oxford OX4 1XL", "01865 791 200"),
            ("Wessex Craft Workshops Trust", "The Old Mill, Bradford Road", "Bath BA1 3HQ", ""),
        ],
        "de": [
            ("Gewerbehof Westend GmbH", "Ganghoferstraße 68", "80339 München", ""),
            ("Immobilienverwaltung Kranz", "Weender Straße 43", "37073 Göttingen", ""),
        ],
        "fr": [
            ("SCI Les Ateliers du Marais", "5 rue Vieille-du-Temple", "75004 Paris", ""),
            ("Foncière Saint-Georges", "40 quai Saint-Vincent", "69001 Lyon", ""),
        ],
    },
    "courier": {
        "en": [
            ("Arkwright Fine Art Couriers", "Unit 14, Heathrow Cargo Park", "Hounslow TW6 3AA", "")
        ],
        "de": [("Kunsttransporte Brenner GmbH", "Frachtstraße 10", "85356 Freising", "")],
        "fr": [("Transports d'art Villiers", "ZI des Bruyères", "93290 Tremblay", "")],
    },
    "inspector": {
        "en": [("Midshires Engineering Inspection Ltd", "Pinfold Road", "Leicester LE4 8AS", "")],
        "de": [("TechnoPrüf Maschinenservice GmbH", "Siemensstraße 19", "85221 Dachau", "")],
        "fr": [("Vérifications Techniques de l'Ouest", "8 rue du Bignon", "35510 Cesson", "")],
    },
    "press": {
        "en": [
            ("Larkspur Press", "The Granary, Church Lane", "Hay-on-Wye HR3 5DQ", ""),
            ("Old Forge Poetry Editions", "2 Forge Row", "Stroud GL5 1AA", ""),
        ],
        "de": [
            ("Edition Hagebutte", "Klenzestraße 31", "80469 München", ""),
            ("Verlag Am Fluss", "Uferweg 2", "37083 Göttingen", ""),
        ],
        "fr": [
            ("Éditions du Vieux Quai", "3 quai des Célestins", "69002 Lyon", ""),
            ("Les Presses de la Lune", "11 rue Berthollet", "75005 Paris", ""),
        ],
    },
    "university": {
        "en": [("University of Wessex - Graduate School", "University Road", "Bath BA2 7AY", "")],
        "de": [
            (
                "Universität Hallstedt - Zentrales Prüfungsamt",
                "Universitätsring 5",
                "06108 Halle",
                "",
            )
        ],
        "fr": [
            ("Université de Montvalon - Service des thèses", "60 rue du Plat", "69002 Lyon", "")
        ],
    },
    "school": {
        "en": [("Westmoor College - Apprenticeships", "Oxford Road", "Banbury OX16 9QA", "")],
        "de": [("Staatliche Berufsschule II", "Luisenstraße 9", "80333 München", "")],
        "fr": [("CFA des Métiers du Livre", "7 rue Saint-Maur", "75011 Paris", "")],
    },
}

FIRSTS = {
    "en": ["Sarah", "James", "Margaret", "Daniel", "Hannah", "Richard", "Alice", "Tom", "Eleanor"],
    "de": ["Andrea", "Thomas", "Julia", "Stefan", "Katrin", "Michael", "Sabine", "Jonas", "Ute"],
    "fr": ["Nathalie", "Julien", "Camille", "Olivier", "Sandrine", "Bernard", "Léa", "Hugo"],
}
LASTS = {
    "en": ["Whitaker", "Holroyd", "Bennett", "Pryce", "Gallagher", "Thornton", "Moss", "Ashby"],
    "de": ["Bauer", "Schneider", "Hartmann", "Wolff", "Kaya", "Neumann", "Vogel", "Ziegler"],
    "fr": ["Lefèvre", "Morel", "Girard", "Fontaine", "Chevalier", "Benali", "Roux", "Perrin"],
}
FEMALE = {"Sarah", "Margaret", "Hannah", "Alice", "Eleanor", "Andrea", "Julia", "Katrin"}
FEMALE |= {"Sabine", "Ute", "Nathalie", "Camille", "Sandrine", "Léa"}
ROADS = {
    "en": ["Church Street", "Station Road", "The Crescent", "Mill Lane", "Victoria Road"],
    "de": ["Lindenstraße", "Bahnhofstraße", "Am Anger", "Schillerstraße", "Gartenweg"],
    "fr": ["rue des Écoles", "avenue Jean Jaurès", "rue Victor Hugo", "chemin des Vignes"],
}
TOWNS = {
    "en": ["Witney OX28 6BH", "Frome BA11 1EP", "Wymondham NR18 0AA", "Abingdon OX14 5AA"],
    "de": ["82031 Grünwald", "37120 Bovenden", "99310 Arnstadt", "85354 Freising"],
    "fr": ["78000 Versailles", "69300 Caluire", "35760 Saint-Grégoire", "92200 Neuilly"],
}

TALK = {
    "en": {
        "bind": "binding boards spine sewing endpapers leather joints headbands text block "
        "tooling gold covering rebacking corners repair volume leaves paste",
        "cons": "foxing tears losses cockling mould staining adhesive tape previous repair "
        "insect damage red rot abrasion distortion consolidation humidification",
        "legal": "contractor library volumes handling transport insurance liability "
        "confidentiality term termination notice invoice prices agreement",
        "money": "invoice payment account balance due amount reference transfer period "
        "outstanding charges terms settlement",
    },
    "de": {
        "bind": "Einband Deckel Rücken Heftung Vorsatz Leder Falz Kapital Buchblock Vergoldung "
        "Prägung Bezug Ecken Reparatur Band Blätter Kleister",
        "cons": "Stockflecken Risse Fehlstellen Wellung Schimmel Verschmutzung Klebeband "
        "Altrestaurierung Insektenfraß Lederzerfall Abrieb Verformung Festigung Befeuchtung",
        "legal": "Auftragnehmer Bibliothek Bände Handhabung Transport Versicherung Haftung "
        "Verschwiegenheit Laufzeit Kündigung Rechnung Preise Vereinbarung",
        "money": "Rechnung Zahlung Konto Saldo fällig Betrag Verwendungszweck Überweisung "
        "Zeitraum offen Gebühren Zahlungsziel Ausgleich",
    },
    "fr": {
        "bind": "reliure plats dos couture gardes cuir mors tranchefiles corps d'ouvrage dorure "
        "titrage couvrure coins réparation volume feuillets colle",
        "cons": "rousseurs déchirures lacunes gondolement moisissures taches ruban adhésif "
        "restauration ancienne galeries d'insectes cuir pulvérulent épidermures consolidation",
        "legal": "prestataire bibliothèque volumes manipulation transport assurance "
        "responsabilité confidentialité durée résiliation préavis facture prix accord",
        "money": "facture paiement compte solde échéance montant référence virement période "
        "impayé frais règlement",
    },
}
GLUES = {
    "en": "the of and to for with on at by from this is are will be the a as we your all",
    "de": "die der das und zu für mit auf von ist sind wird bei nach den dem im wir Ihre",
    "fr": "le la les et de du pour avec sur par est sont sera au aux des une nous vos",
}


def words(rng: random.Random, lang: str, topic: str = "bind", n: int | None = None) -> str:
    pool, glue = TALK[lang][topic].split(), GLUES[lang].split()
    ws = [rng.choice(pool if rng.random() < 0.5 else glue) for _ in range(n or rng.randint(7, 15))]
    text = " ".join(ws)
    return text[0].upper() + text[1:] + "."


def prose(rng: random.Random, lang: str, topic: str = "bind", lo: int = 2, hi: int = 4) -> str:
    return " ".join(words(rng, lang, topic) for _ in range(rng.randint(lo, hi)))


# ---------------------------------------------------------------------------------------------
# Books: what comes into the workshop
# ---------------------------------------------------------------------------------------------

BOOKS = {
    "en": [
        ("Family Bible", "Oxford, 1862", "Full calf, blind tooled"),
        ("The Book of Common Prayer", "Cambridge, 1782", "Full morocco, gilt"),
        ("Mrs Beeton's Book of Household Management", "London, 1888", "Half calf"),
        ("Manuscript recipe book", "c. 1790", "Limp vellum"),
        ("Parish register of baptisms 1754-1812", "manuscript", "Reversed calf"),
        ("Milton, Paradise Lost", "London, 1750", "Contemporary calf"),
        ("War diary of a Sergeant, 1916-1918", "manuscript", "Cloth notebook"),
        ("Bradshaw's Railway Guide", "Manchester, 1910", "Publisher's cloth"),
        ("Estate account book", "1831-1847", "Quarter sheep, marbled boards"),
    ],
    "de": [
        ("Familienbibel (Luther-Übersetzung)", "Stuttgart, 1868", "Ganzleder, Blindprägung"),
        ("Gesangbuch", "Nürnberg, 1791", "Ganzleder mit Schließen"),
        ("Kochbuch, Handschrift", "um 1840", "Pappband"),
        ("Kirchenbuch Taufen 1721-1790", "Handschrift", "Schweinsleder über Holz"),
        ("Goethe, Faust", "Tübingen, 1808", "Halbleder"),
        ("Tagebuch 1914-1918", "Handschrift", "Leinenband"),
        ("Brockhaus Conversations-Lexikon, Bd. 7", "Leipzig, 1884", "Halbfranz"),
        ("Grundbuch der Gemeinde", "1802-1855", "Pergamentband"),
        ("Missale Romanum", "Kempten, 1712", "Ganzleder, Goldprägung"),
    ],
    "fr": [
        ("Bible de famille", "Paris, 1859", "Basane, dos à nerfs"),
        ("Livre de raison", "vers 1780", "Vélin souple"),
        ("Code civil des Français", "Paris, 1804", "Veau raciné"),
        ("Paroissien romain", "Tours, 1875", "Chagrin noir"),
        ("Registre paroissial 1740-1792", "manuscrit", "Parchemin"),
        ("La Fontaine, Fables", "Paris, 1755", "Veau marbré"),
        ("Carnet de guerre 1914-1918", "manuscrit", "Toile"),
        ("Larousse ménager", "Paris, 1926", "Demi-chagrin"),
        ("Cartulaire de l'abbaye (copie)", "XVIIIe siècle", "Veau, dos orné"),
    ],
}
SHELF = {
    "en": ["MS 9999", "Arch. B c.99", "Y.9.99", "Pr. 999", "D/P 99/9/9"],
    "de": ["2° Th 9999", "Hs. 999", "4° Hist. 999", "Inc. 99", "A 99 Nr. 999"],
    "fr": ["Rés. 8° 9999", "Ms 999", "4 G 999", "Inv. 9999", "Rés. A 999"],
}
LIB_TITLES = {
    "en": [
        "Statutes of the Realm, vol. 3",
        "Psalter, with calendar",
        "Churchwardens' accounts 1701-1756",
        "Herbal (Gerard), 1633",
        "Minute book of the Chapter",
        "Sermons, bound collection",
        "Tithe apportionment",
        "Cartulary, 15th-century copy",
    ],
    "de": [
        "Biblia Germanica, Nürnberg 1483",
        "Ratsprotokolle 1650-1668",
        "Erbauungsbuch, Sammelband",
        "Stadtrechnung 1712",
        "Breviarium, Handschrift",
        "Herbarium Blackwellianum, Bd. 2",
        "Predigten, Sammelband",
        "Kopialbuch des Stifts",
    ],
    "fr": [
        "Coutume de Normandie, 1626",
        "Registre des délibérations 1788-1791",
        "Antiphonaire, manuscrit",
        "Terrier de la seigneurie",
        "Recueil de sermons",
        "Bréviaire à l'usage de Rouen",
        "Atlas Ortelius (planches)",
        "Cartulaire de l'abbaye",
    ],
}


def columns(x0: float, x1: float, spec: list[tuple[float, str]]) -> list[Col]:
    """``corpus_kit.columns`` with a gutter after a right-aligned column."""
    out = kit_columns(x0, x1, spec)
    for k in range(1, len(out)):
        if out[k - 1][2] == "right" and out[k][2] != "right":
            out[k] = (out[k][0] + 8, out[k][1], out[k][2])
    return out


def town_name(town: str) -> str:
    """The place of an address's town line, without its postcode."""
    parts = town.split()
    if parts and parts[0][:1].isdigit():
        return " ".join(parts[1:])
    return " ".join(t for t in parts if not any(c.isdigit() for c in t)) or town


def a_book(rng: random.Random, lg: str) -> tuple[str, str, str]:
    return rng.choice(BOOKS[lg])


# ---------------------------------------------------------------------------------------------
# The workshop of a stream: its country, month and staff
# ---------------------------------------------------------------------------------------------

OFFICE: dict[str, object] = {"lang": "en", "row": 0, "seed": 0, "month": date(2025, 3, 1)}
#: What the previous document was about (a companion takes up the same customer and day).
LAST: dict[str, object] = {"kind": "", "day": None, "extra": None}


def home() -> str:
    return str(OFFICE["lang"])


def month() -> date:
    m = OFFICE["month"]
    assert isinstance(m, date)
    return m


def keyed(who: Issuer, key: str) -> random.Random:
    """Draws fixed by the issuer, the stream's workshop and ``key``: a run or a repeat keeps
    its sender."""
    text = f"mangle/{key}/{who.name}/{who.street}/{who.city}/{OFFICE['seed']}"
    return random.Random(zlib.crc32(text.encode()))


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


def person(rng: random.Random, lg: str) -> str:
    return f"{rng.choice(FIRSTS[lg])} {rng.choice(LASTS[lg])}"


def staff(tag: str) -> str:
    """A member of the workshop's staff: ``master``, ``conservator``, ``apprentice`` or
    ``clerk``."""
    r = random.Random(zlib.crc32(f"mangle/staff/{tag}/{OFFICE['seed']}".encode()))
    lg = home()
    return person(r, lg)


def titled(name: str, lang: str) -> str:
    """``name`` with Frau/Herr, Madame/Monsieur or Mrs/Mr before it."""
    female = name.split()[0] in FEMALE
    if lang == "de":
        return f"{'Frau' if female else 'Herr'} {name}"
    if lang == "fr":
        return f"{'Madame' if female else 'Monsieur'} {name}"
    return f"{'Mrs' if female else 'Mr'} {name}"


def customer(rng: random.Random, lg: str) -> list[str]:
    """A private customer's name and address lines."""
    road = rng.choice(ROADS[lg])
    no = rng.randint(1, 60)
    return [
        titled(person(rng, lg), lg),
        f"{road} {no}" if lg == "de" else f"{no}{',' if lg == 'fr' else ''} {road}",
        rng.choice(TOWNS[lg]),
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
    look: str  # band | centred | letter | boxed | plain | side | official | craft
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
TAGLINE = {
    "en": "Hand bookbinding - Book restoration - Thesis binding",
    "de": "Handbuchbinderei - Restaurierung - Abschlussarbeiten",
    "fr": "Reliure d'art - Restauration - Reliure de thèses",
}


def legal_lines(r: random.Random, name: str, lang: str, role: str) -> list[str]:
    if role in ("library", "chamber", "university", "school"):
        return []
    if lang == "de":
        bank = r.choice(["Stadtsparkasse", "Volksbank", "Sparkasse", "GLS Bank"])
        out = [
            f"{name} - Steuer-Nr. {r.randint(100, 299)}/{r.randint(1000, 9999)}/"
            f"{r.randint(1000, 9999)}"
            + (f" - USt-IdNr. DE{r.randint(100000000, 999999999)}" if r.random() < 0.6 else ""),
            f"{bank} - IBAN DE{r.randint(10, 99)} {r.randint(1000, 9999)} {r.randint(1000, 9999)} "
            f"{r.randint(1000, 9999)} {r.randint(1000, 9999)} {r.randint(10, 99)}",
        ]
        if "GmbH" in name or "KG" in name:
            out.insert(
                0,
                f"Amtsgericht {r.choice(['München', 'Köln', 'Hannover'])} HRB "
                f"{r.randint(1000, 99999)}",
            )
        if role == "bindery" and r.random() < 0.6:
            out.insert(0, "Meisterbetrieb - eingetragen in die Handwerksrolle")
        return out
    if lang == "fr":
        siret = (
            f"{r.randint(300, 899)} {r.randint(100, 999)} {r.randint(100, 999)} "
            f"{r.randint(10000, 99999)}"
        )
        out = [
            f"{name} - SIRET {siret} - APE "
            f"{r.choice(['1814Z', '4761Z', '1512Z', '6622Z', '4941B'])}"
        ]
        if role == "bindery":
            out.append(
                f"Répertoire des métiers n° {r.randint(300, 899)} {r.randint(100, 999)} "
                f"{r.randint(100, 999)} RM 75"
            )
        out.append(
            f"IBAN FR76 {r.randint(1000, 9999)} {r.randint(1000, 9999)} {r.randint(1000, 9999)} "
            f"{r.randint(1000, 9999)} {r.randint(1000, 9999)} {r.randint(100, 999)}"
        )
        return out
    out = []
    if "Ltd" in name or "Co." in name:
        out.append(f"Registered in England and Wales No. {r.randint(1000000, 9999999):08d}")
    if r.random() < 0.7:
        out.append(
            f"VAT Reg. No. GB {r.randint(100, 999)} {r.randint(1000, 9999)} {r.randint(10, 99)}"
        )
    return out


def make_head(row: Row, lang: str, role: str) -> Head:
    name, street, town, phone = row
    r = random.Random(zlib.crc32(f"mangle/head/{name}/{OFFICE['seed']}".encode()))
    font, bold = r.choice(FACES)
    host = "".join(c for c in name.lower().split()[0] if c.isalpha() and c.isascii())[:12]
    if host in ("the", "la", "les", "st", "") or len(host) < 4:
        host = "".join(c for c in name.lower().replace(" ", "") if c.isalpha() and c.isascii())[:14]
    tld = {"en": "co.uk", "de": "de", "fr": "fr"}[lang]
    looks = LOOKS
    if role in ("library", "chamber", "university", "school"):
        looks = ["official", "official", "centred", "plain"]
        font, bold = (
            ("Helvetica", "Helvetica-Bold") if r.random() < 0.6 else ("Times-Roman", "Times-Bold")
        )
    elif role == "bindery":
        looks = ["craft", "craft", "centred", "side", "plain"]
        if r.random() < 0.5:
            font, bold = ("Times-Roman", "Times-Bold")
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
    lang = home()
    return make_head(BINDERIES[lang][int(OFFICE["row"])], lang, "bindery")  # type: ignore[call-overload]


def office_name() -> str:
    return office_head().name


def head_of(who: Issuer, role: str, abroad: float = 0.0) -> Head:
    """The ``role`` sender of ``who`` (the same for the same issuer and workshop), of the
    workshop's country or, with odds ``abroad``, of another."""
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
    pt = shrink(top, "Helvetica", 6.5, r * 1.5)
    p.text(cx, cy - r * 0.45, fit(top, "Helvetica", pt, r * 1.5), "Helvetica", pt, "center")
    pt2 = shrink(mid, "Helvetica", 6.5, r * 1.3)
    p.text(cx, cy + r * 0.62, fit(mid, "Helvetica", pt2, r * 1.3), "Helvetica", pt2, "center")
    p.text(cx, cy + 4, "*", "Helvetica-Bold", 12, "center")


def emblem(p: Page, x: float, y: float) -> None:
    """A small crest: a shield outline with bars."""
    p.line(x, y, x + 22, y)
    p.line(x, y, x, y + 16)
    p.line(x + 22, y, x + 22, y + 16)
    p.line(x, y + 16, x + 11, y + 26)
    p.line(x + 22, y + 16, x + 11, y + 26)
    for k in range(3):
        p.rect(x + 4 + k * 5.5, y + 4, 3, 12, fill=0.2)


def fleuron(p: Page, cx: float, y: float, half: float) -> None:
    """A printer's ornament rule: two lines with a small lozenge in the middle."""
    p.line(cx - half, y, cx - 7, y)
    p.line(cx + 7, y, cx + half, y)
    p.line(cx - 5, y, cx, y - 4)
    p.line(cx, y - 4, cx + 5, y)
    p.line(cx + 5, y, cx, y + 4)
    p.line(cx, y + 4, cx - 5, y)


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
            p.text(m + 32, yy, fit(t, f_, pt, w / 2 + 60 - m), f_, pt)
            yy += 12
        p.text(m + 32, yy, fit(where, h.font, 7, w / 2 - m), h.font, 7)
        if contact:
            p.text(m + 32, yy + 9, fit(contact, h.font, 7, w / 2 - m), h.font, 7)
        return yy + 36
    if h.look == "craft":
        pt = shrink(h.name, "Times-Bold", 17, w - 2 * m)
        p.text(w / 2, y + 4, h.name, "Times-Bold", pt, "center")
        tag = TAGLINE[h.lang]
        p.text(
            w / 2, y + 17, fit(tag, "Times-Italic", 8.5, w - 2 * m), "Times-Italic", 8.5, "center"
        )
        fleuron(p, w / 2, y + 26, min(120.0, w / 3))
        p.text(
            w / 2,
            y + 38,
            fit(f"{where}  -  {contact}" if contact else where, h.font, 7, w - 2 * m),
            h.font,
            7,
            "center",
        )
        return y + 60
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
        bw = min(w - 2 * m, 270.0)
        p.rect(m, y - 12, bw, 38)
        p.text(m + 6, y + 2, fit(h.name, h.bold, s.size + 1.5, bw - 12), h.bold, s.size + 1.5)
        p.text(m + 6, y + 13, fit(where, h.font, 7, bw - 12), h.font, 7)
        if contact:
            p.text(m + 6, y + 22, fit(contact, h.font, 7, bw - 12), h.font, 7)
        return y + 46
    if h.look == "side":
        pt = shrink(h.name, h.bold, s.size + 4, w * 0.6 - m)
        p.text(m, y + 4, h.name, h.bold, pt)
        if h.role == "bindery":
            p.text(
                m,
                y + 15,
                fit(TAGLINE[h.lang], italic_of(h.font), 7.5, w * 0.6 - m),
                italic_of(h.font),
                7.5,
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
    parts = [
        t
        for t in name.replace("-", " ").replace(".", " ").split()
        if t not in ("Mr", "Mrs", "Herr", "Frau", "Madame", "Monsieur", "Dr")
    ]
    parts = parts or ["X"]
    text = f"{parts[0][0]}{parts[-1][:8]}" if len(parts) > 1 else parts[0][:9]
    p.text(x + 2, y - 1, text, INK, pt)
    end = x + 6 + tw(text, INK, pt)
    p.line(end - 4, y - 2, end + 12, y - 9)
    p.line(x, y + 2, end - 8, y + 1)


def received(rng: random.Random, p: Page, d: date, odds: float = 0.35) -> None:
    """Now and then the workshop's received stamp on the first page."""
    if rng.random() < odds:
        w, _ = p.size
        lg = home()
        stamp(
            p,
            w - rng.uniform(150, 200),
            rng.uniform(24, 70),
            [
                tr(lg, "RECEIVED", "EINGEGANGEN", "REÇU LE"),
                short(d + timedelta(days=rng.randint(1, 5)), lg),
                office_name()[:22],
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
            ["Yours sincerely", "Kind regards", "With best wishes", "Yours faithfully"][
                len(name) % 4
            ],
            "Mit freundlichen Grüßen",
            "Veuillez agréer nos salutations distinguées.",
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
    """The grey edge a photocopy leaves on the page."""
    w, h = p.size
    side = rng.choice(["left", "top", "both"])
    g = rng.uniform(0.35, 0.6)
    if side in ("left", "both"):
        p.rect(0, 0, rng.uniform(8, 22), h, fill=g)
    if side in ("top", "both"):
        p.rect(0, 0, w, rng.uniform(6, 16), fill=g)


def sign_line(p: Page, s: Style, x: float, y: float, w: float, label: str, name: str = "") -> None:
    """A signature line with its caption under it, signed by ``name`` if given."""
    if name:
        scrawl(p, x + 6, y - 3, name, 12)
    p.line(x, y + 2, x + w, y + 2)
    p.text(x, y + 10, fit(label, s.font, 6.5, w), s.font, 6.5)


def ruled(
    p: Page, x: float, y: float, w: float, lines: list[str], gap: float = 15, pt: float = 9.5
) -> float:
    """Ruled lines with hand writing on them; the y below."""
    for t in lines:
        p.line(x, y + 3, x + w, y + 3)
        if t:
            hand(p, x + 4, y, t, pt, w - 8)
        y += gap
    return y


def email_head(p: Page, s: Style, y: float, rows: list[tuple[str, str]]) -> float:
    """The header block of a printed e-mail; the y below."""
    w, _ = p.size
    m = s.margin
    p.text(m, y, fit(rows[0][1], "Helvetica-Bold", 10, w - 2 * m), "Helvetica-Bold", 10)
    p.line(m, y + 5, w - m, y + 5)
    y += 18
    for k, v in rows[1:]:
        p.text(m, y, k, "Helvetica-Bold", 8)
        p.text(m + 62, y, fit(v, "Helvetica", 8, w - 2 * m - 62), "Helvetica", 8)
        y += 11
    p.line(m, y - 2, w - m, y - 2)
    return y + 14


# ---------------------------------------------------------------------------------------------
# Templates FFFFF: the counter, customers and quotations
# ---------------------------------------------------------------------------------------------

WORK = {
    "en": [
        "Rebind",
        "Reback",
        "Resew",
        "Repair corners",
        "New endpapers",
        "Clean / dry clean",
        "Repair tears",
        "Box / case",
        "Thesis",
    ],
    "de": [
        "Neu einbinden",
        "Rücken erneuern",
        "Neu heften",
        "Ecken ausbessern",
        "Neues Vorsatz",
        "Reinigen",
        "Risse schließen",
        "Kassette",
        "Abschlussarbeit",
    ],
    "fr": [
        "Reliure neuve",
        "Remboîtage",
        "Recouture",
        "Reprise des coins",
        "Gardes neuves",
        "Nettoyage",
        "Comblement déchirures",
        "Boîte / étui",
        "Thèse",
    ],
}
COVERS = {
    "en": [
        "Full leather",
        "Half leather",
        "Quarter leather",
        "Buckram / cloth",
        "Vellum",
        "Paper boards",
    ],
    "de": ["Ganzleder", "Halbleder", "Lederrücken", "Gewebe / Leinen", "Pergament", "Pappband"],
    "fr": ["Plein cuir", "Demi-cuir", "Dos cuir", "Toile", "Vélin", "Cartonnage"],
}
LETTERING = {
    "en": ["Gold tooling", "Blind", "Foil", "Leather label", "None"],
    "de": ["Handvergoldung", "Blindprägung", "Folie", "Rückenschild", "Ohne"],
    "fr": ["Dorure à la main", "À froid", "Film", "Pièce de titre", "Sans"],
}
COLOURS = {
    "en": ["dark green", "burgundy", "navy", "tan", "black", "brown", "maroon"],
    "de": ["dunkelgrün", "bordeaux", "marineblau", "naturbraun", "schwarz", "rotbraun"],
    "fr": ["vert foncé", "bordeaux", "bleu nuit", "fauve", "noir", "havane"],
}


def tpl_job_ticket(rng: random.Random, who: Issuer) -> list[Page]:
    """The workshop's job ticket from the counter (job ticket, Werkstattauftrag, fiche de
    travaux) on A5 or A4, filled in by hand: customer, item, work, covering and lettering tick
    boxes, estimate and deposit, the customer's signature and the tear-off collection slip;
    now and then a spine layout sketch on a second sheet."""
    h = office_head()
    lg = h.lang
    size = keyed(who, "size").choice([A5, A5, A4])
    s = style_of(h, size, margin=26 if size == A5 else 40, pt=8)
    w, hh = size
    m = s.margin
    d = some_day(rng)
    no = str(rng.randint(1200, 4800))
    cust = customer(rng, lg)
    title, place, binding = a_book(rng, lg)
    p = Page(size)
    y = m + 4
    p.text(m, y, fit(h.name, s.bold, 10, w * 0.58 - m), s.bold, 10)
    p.text(m, y + 10, fit(f"{h.street}, {h.town}", s.font, 6.5, w * 0.58 - m), s.font, 6.5)
    if h.phone:
        p.text(m, y + 18, f"{tr(lg, 'Tel', 'Tel.', 'Tél.')} {h.phone}", s.font, 6.5)
    p.text(
        w - m, y, tr(lg, "JOB TICKET", "WERKSTATTAUFTRAG", "FICHE DE TRAVAUX"), s.bold, 11, "right"
    )
    p.text(w - m, y + 15, f"No. {no}", "Helvetica-Bold", 12, "right")
    y += 34
    promised = d + timedelta(days=rng.choice([14, 21, 28, 42, 56]))
    y = fields(
        p,
        s,
        m,
        y,
        w - 2 * m,
        [
            (tr(lg, "Customer", "Kunde", "Client"), cust[0]),
            (
                tr(lg, "Telephone", "Telefon", "Téléphone"),
                serial(
                    rng,
                    "07999 999999"
                    if lg == "en"
                    else "0999 9999999"
                    if lg == "de"
                    else "06 99 99 99 99",
                ),
            ),
            (tr(lg, "Address", "Anschrift", "Adresse"), f"{cust[1]}, {cust[2]}"),
            (tr(lg, "Received", "Angenommen am", "Reçu le"), short(d, lg)),
            (
                tr(lg, "Promised for", "Fertig bis", "Prévu pour le"),
                short(promised, lg) if rng.random() < 0.8 else "",
            ),
            (
                tr(lg, "Taken in by", "Angenommen von", "Reçu par"),
                "".join(t[0] for t in staff(rng.choice(["master", "clerk"])).split()),
            ),
        ],
        per=2,
        tall=22,
    )
    y = band(p, s, y, tr(lg, "Item", "Objekt", "Ouvrage")) + 4
    y = fields(
        p,
        s,
        m,
        y,
        w - 2 * m,
        [
            (tr(lg, "Author / title", "Verfasser / Titel", "Auteur / titre"), title),
            (tr(lg, "Place, date", "Ort, Jahr", "Lieu, date"), place),
            (tr(lg, "Present binding", "Vorhandener Einband", "Reliure actuelle"), binding),
        ],
        per=1 if size == A5 else 3,
        tall=20,
    )
    y = (
        band(p, s, y, tr(lg, "Work to be done", "Auszuführende Arbeiten", "Travaux à effectuer"))
        + 12
    )
    y = ticks(
        p, s, m, y, w - 2 * m, WORK[lg][:8], set(rng.sample(range(8), rng.randint(1, 3))), 7.5
    )
    y = band(p, s, y, tr(lg, "Covering", "Bezug", "Couvrure")) + 12
    cov = rng.randrange(6)
    y = ticks(p, s, m, y, w - 2 * m, COVERS[lg], {cov}, 7.5)
    hand(p, m + 4, y, f"{tr(lg, 'colour', 'Farbe', 'couleur')}: {rng.choice(COLOURS[lg])}", 9)
    y += 14
    y = band(p, s, y, tr(lg, "Lettering", "Beschriftung", "Titrage")) + 12
    y = ticks(p, s, m, y, w - 2 * m, LETTERING[lg], {rng.randrange(5)}, 7.5)
    p.text(m, y, tr(lg, "Notes:", "Bemerkungen:", "Remarques :"), s.font, 7)
    y = ruled(
        p,
        m + 44,
        y,
        w - 2 * m - 44,
        [
            rng.choice(
                [
                    tr(
                        lg,
                        "keep original spine label",
                        "altes Rückenschild erhalten",
                        "conserver la pièce de titre",
                    ),
                    tr(
                        lg,
                        "owner's inscription on flyleaf - keep",
                        "Widmung auf Vorsatz erhalten",
                        "ex-libris à conserver",
                    ),
                    tr(lg, "no trimming!", "nicht beschneiden!", "ne pas rogner !"),
                    "",
                ]
            ),
            "",
        ],
        13,
        8.5,
    )
    est = rng.choice([45, 65, 85, 120, 160, 240, 320, 480])
    dep = rng.choice([0, 20, 30, 50, est // 2])
    y = fields(
        p,
        s,
        m,
        y + 2,
        w - 2 * m,
        [
            (tr(lg, "Estimate", "Kostenschätzung", "Estimation"), cash(est, lg)),
            (tr(lg, "Deposit paid", "Anzahlung", "Acompte versé"), cash(dep, lg) if dep else "-"),
        ],
        per=2,
        tall=20,
    )
    note = tr(
        lg,
        "Items are left at the owner's risk. Items not collected within 3 months of notice may "
        "be disposed of.",
        "Die Gegenstände verbleiben auf Gefahr des Eigentümers. Abholung innerhalb von 3 Monaten "
        "nach Fertigmeldung.",
        "Les ouvrages sont confiés aux risques du propriétaire. À retirer dans les 3 mois "
        "suivant l'avis.",
    )
    for ln in wrap(note, s.font, 6, w - 2 * m):
        p.text(m, y, ln, s.font, 6)
        y += 7.5
    y += 14
    sign_line(
        p,
        s,
        m,
        y,
        (w - 2 * m) * 0.45,
        tr(lg, "Customer's signature", "Unterschrift Kunde", "Signature du client"),
        cust[0],
    )
    slip_y = max(y + 26, hh - m - 62)
    if slip_y < hh - 30:
        slip_rule(p, m, w - m, slip_y, tr(lg, "cut here", "hier abtrennen", "découper ici"))
        yy = slip_y + 16
        p.text(m, yy, tr(lg, "COLLECTION SLIP", "ABHOLSCHEIN", "BON DE RETRAIT"), s.bold, 9)
        p.text(w - m, yy, f"No. {no}", "Helvetica-Bold", 11, "right")
        p.text(m, yy + 12, fit(f"{h.name} - {cust[0]} - {title}", s.font, 7, w - 2 * m), s.font, 7)
        p.text(
            m,
            yy + 22,
            fit(
                tr(
                    lg,
                    "Please bring this slip when you collect.",
                    "Bitte bei Abholung vorlegen.",
                    "À présenter lors du retrait.",
                ),
                s.font,
                7,
                w - 2 * m,
            ),
            s.font,
            7,
        )
    pages = [p]
    if rng.random() < 0.25:
        q = Page(size)
        q.text(
            m,
            m + 6,
            tr(lg, "Spine layout", "Rückenaufteilung", "Maquette du dos") + f" - No. {no}",
            s.bold,
            10,
        )
        sx, sw = w / 2 - 40, 80.0
        top, bot = m + 40, hh - m - 60
        q.rect(sx, top, sw, bot - top)
        bands = rng.choice([4, 5, 5, 6])
        step = (bot - top) / (bands + 1)
        for k in range(1, bands + 1):
            q.line(sx, top + k * step, sx + sw, top + k * step)
            q.line(sx, top + k * step + 3, sx + sw, top + k * step + 3)
        lab = [title.split(",")[0][:14], place.split(",")[-1].strip()[:10]]
        hand(q, sx + 6, top + step * 1.6, lab[0], 8, sw - 10)
        hand(q, sx + 6, top + step * (bands - 0.4), lab[1], 8, sw - 10)
        hand(
            q,
            sx + sw + 12,
            top + step * 1.6,
            f"<- {tr(lg, 'gold, 14pt', 'Gold, 14 p', 'or, corps 14')}",
            9,
        )
        hand(
            q,
            sx + sw + 12,
            top + step * 3,
            f"<- {tr(lg, 'false bands', 'falsche Bünde', 'faux nerfs')}",
            9,
        )
        hand(q, m, bot + 24, f"{tr(lg, 'height', 'Höhe', 'hauteur')} {rng.randint(180, 320)} mm", 9)
        pages.append(q)
    remember(d, (cust, (title, place, binding)))
    return pages


LETTER_LINES = {
    "en": [
        "I am writing to ask whether you could look at {book}, which has been in our family for "
        "generations.",
        "The spine has come away completely and several leaves at the front are loose.",
        "A friend recommended your workshop after you repaired her grandfather's diaries.",
        "I would like it to be usable again but do not want it to look new.",
        "Could you let me know roughly what this would cost and how long it would take?",
        "I can bring it in on a Saturday morning if that suits you.",
        "There is an inscription on the first flyleaf which I would very much like to keep.",
    ],
    "de": [
        "ich möchte Sie fragen, ob Sie sich {book} ansehen könnten, das seit Generationen in "
        "unserer Familie ist.",
        "Der Rücken hat sich ganz gelöst und mehrere Blätter vorne sind lose.",
        "Eine Bekannte hat mir Ihre Werkstatt empfohlen, nachdem Sie die Tagebücher ihres "
        "Großvaters repariert haben.",
        "Das Buch soll wieder benutzbar sein, aber nicht wie neu aussehen.",
        "Könnten Sie mir ungefähr sagen, was das kosten würde und wie lange es dauert?",
        "Ich könnte es an einem Samstagvormittag vorbeibringen.",
        "Auf dem ersten Vorsatzblatt steht eine Widmung, die unbedingt erhalten bleiben soll.",
    ],
    "fr": [
        "je me permets de vous écrire au sujet de {book}, qui est dans notre famille depuis "
        "plusieurs générations.",
        "Le dos s'est entièrement détaché et plusieurs feuillets du début sont libres.",
        "Une amie m'a recommandé votre atelier après la restauration des carnets de son "
        "grand-père.",
        "Je souhaiterais qu'il puisse de nouveau être consulté, sans qu'il ait l'air neuf.",
        "Pourriez-vous m'indiquer approximativement le coût et le délai ?",
        "Je peux vous l'apporter un samedi matin si cela vous convient.",
        "Une dédicace figure sur la première garde ; je tiens beaucoup à la conserver.",
    ],
}


def tpl_customer_letter(rng: random.Random, who: Issuer) -> list[Page]:
    """A private customer's letter about a book to repair: handwritten on A5 notepaper or
    typed on A4, now and then with a sheet of photographs printed at home."""
    r = keyed(who, "cust")
    lg = home() if r.random() < 0.85 else r.choice([x for x in ("en", "de", "fr") if x != home()])
    cust = customer(r, lg)
    title, place, binding = a_book(rng, lg)
    d = some_day(rng)
    book = tr(lg, f"our {title} ({place})", f"unsere {title} ({place})", f"notre {title} ({place})")
    if title.lower().startswith(("manuscript", "war diary", "parish", "estate")):
        book = f"{title} ({place})"
    body = [
        LETTER_LINES[lg][0].format(book=book),
        *rng.sample(LETTER_LINES[lg][1:], rng.randint(2, 4)),
    ]
    name = cust[0].split(" ", 1)[1]
    written = rng.random() < 0.55
    pages: list[Page] = []
    if written:
        size = rng.choice([A5, A5, A4])
        w, hh = size
        m = 34.0 if size == A5 else 56.0
        p = Page(size)
        y = m
        for t in cust[1:]:
            p.text(w - m, y, t, HAND, 9.5, "right")
            y += 13
        p.text(w - m, y + 4, date_text(d, lg, "long"), HAND, 9.5, "right")
        y += 34
        p.text(
            m,
            y,
            dear(lg, None)
            if rng.random() < 0.5
            else tr(
                lg, "Dear Sir or Madam,", "Sehr geehrte Damen und Herren,", "Madame, Monsieur,"
            ),
            HAND,
            10.5,
        )
        y += 20
        for para in body:
            for ln in wrap(para, HAND, 10.5, w - 2 * m):
                if y > hh - m - 40:
                    break
                p.text(m, y, ln, HAND, 10.5)
                y += 15
            y += 5
        y = min(y + 8, hh - m - 36)
        p.text(
            m,
            y,
            tr(lg, "Yours faithfully,", "Mit freundlichen Grüßen", "Bien cordialement,"),
            HAND,
            10.5,
        )
        scrawl(p, m + 10, y + 26, name, 14)
        if rng.random() < 0.5:
            p.text(
                m,
                hh - m + 6,
                fit(f"Tel. {serial(rng, '0999 999999')}", HAND, 9, w - 2 * m),
                HAND,
                9,
            )
        received(rng, p, d, 0.3)
        pages.append(p)
    else:
        h = make_head((cust[0], cust[1], cust[2], ""), lg, "private")
        h.look = "plain"
        h.foot = []
        s = style_of(h, A4 if lg != "en" or rng.random() < 0.7 else LETTER)
        f = sheets(s, h)
        oh = office_head()
        recipient(f, s, h, [oh.name, oh.street, oh.town], d, [])
        caption(
            f, s, tr(lg, f"Repair of {title}", f"Reparatur: {title}", f"Restauration : {title}"), 1
        )
        write(
            f,
            s,
            tr(lg, "Dear Sir or Madam,", "Sehr geehrte Damen und Herren,", "Madame, Monsieur,"),
        )
        for para in body:
            write(f, s, para[0].upper() + para[1:])
        regards(f, s, lg, name, "")
        received(rng, f.pages[0], d, 0.35)
        pages.extend(f.pages)
    if rng.random() < 0.35:
        q = Page(A4)
        n = rng.choice([2, 3, 4])
        caps = [
            tr(lg, "spine", "Rücken", "le dos"),
            tr(lg, "front board loose", "Vorderdeckel lose", "plat avant détaché"),
            tr(lg, "title page", "Titelblatt", "page de titre"),
            tr(lg, "inscription", "Widmung", "la dédicace"),
        ]
        rng.shuffle(caps)
        for k in range(n):
            col, row = k % 2, k // 2
            pw, ph = (230.0, 170.0) if n > 2 else (400.0, 260.0)
            x = 60 + col * 250 if n > 2 else 98
            yy = 60 + row * 330 if n > 2 else 60 + k * 360
            photo(q, x, yy, pw, ph, rng)
            hand(
                q,
                x,
                yy + ph + 18,
                caps[k],
                10,
            )
        pages.append(q)
    remember(d, (cust, (title, place, binding), lg))
    return pages


QUOTE_LINES = {
    "en": [
        ("Disbind, clean spine folds, repair folds with Japanese tissue", 3.5),
        ("Resew on linen tapes, new endpapers of handmade paper", 4.0),
        ("Reback in goatskin, original spine laid down", 5.0),
        ("Consolidate red rot (Klucel G), repair corners", 2.0),
        ("Dry clean text block, mend tears", 3.0),
        ("New headbands, hand sewn silk", 1.0),
        ("Title in gold on leather label", 1.0),
        ("Drop-back box in buckram, lettered", 2.5),
    ],
    "de": [
        ("Buchblock zerlegen, Falze reinigen und mit Japanpapier ausbessern", 3.5),
        ("Neu heften auf Leinenbänder, Vorsatz aus Büttenpapier", 4.0),
        ("Lederrücken erneuern (Ziegenleder), alten Rücken aufsetzen", 5.0),
        ("Lederzerfall festigen (Klucel G), Ecken ergänzen", 2.0),
        ("Trockenreinigung des Buchblocks, Risse schließen", 3.0),
        ("Kapitale handumstochen, Seide", 1.0),
        ("Titel in Handvergoldung auf Rückenschild", 1.0),
        ("Klappkassette mit Gewebebezug, beschriftet", 2.5),
    ],
    "fr": [
        ("Débrochage, nettoyage des fonds de cahiers, consolidation au papier japon", 3.5),
        ("Recouture sur rubans, gardes en papier à la cuve", 4.0),
        ("Remboîtage, dos en chèvre, ancien dos recollé", 5.0),
        ("Consolidation du cuir pulvérulent (Klucel G), reprise des coins", 2.0),
        ("Nettoyage à sec du corps d'ouvrage, comblement des déchirures", 3.0),
        ("Tranchefiles brodées main, soie", 1.0),
        ("Titre doré à la main sur pièce de titre", 1.0),
        ("Boîte de conservation en toile, titrée", 2.5),
    ],
}
RATE = {"en": 48.0, "de": 62.0, "fr": 55.0}
BUSINESS_TERMS = {
    "en": [
        "Estimates",
        "Owner's risk",
        "Insurance",
        "Materials",
        "Uncollected items",
        "Payment",
        "Alterations",
        "Copyright and content",
    ],
    "de": [
        "Kostenvoranschlag",
        "Gefahrtragung",
        "Versicherung",
        "Material",
        "Nicht abgeholte Gegenstände",
        "Zahlung",
        "Änderungen",
        "Urheberrecht",
        "Gerichtsstand",
    ],
    "fr": [
        "Devis",
        "Risques",
        "Assurance",
        "Fournitures",
        "Ouvrages non retirés",
        "Paiement",
        "Modifications",
        "Réclamations",
    ],
}


def tpl_quotation(rng: random.Random, who: Issuer) -> list[Page]:
    """The workshop's quotation for rebinding or restoration (Kostenvoranschlag, devis): now
    and then a covering letter, then the item table with hours, materials, VAT and validity,
    now and then the terms of business, and an acceptance slip at the foot or on a page of its
    own."""
    h = office_head()
    lg = h.lang
    s = style_of(h, A4 if lg != "en" or keyed(who, "l").random() < 0.8 else LETTER)
    w, hh = s.page_size
    m = s.margin
    ex = LAST["extra"]
    if after(("customer_letter", "job_ticket")) and isinstance(ex, tuple):
        cust, book = ex[0], ex[1]
        d = last_day(rng, ("customer_letter", "job_ticket"), (2, 9))
    else:
        cust, book = customer(rng, lg), a_book(rng, lg)
        d = some_day(rng)
    no = f"{tr(lg, 'Q', 'KV', 'D')}{month().year % 100}-{rng.randint(40, 399):03d}"
    master = staff("master")
    pages: list[Page] = []
    if rng.random() < 0.3:
        f0 = sheets(s, h)
        recipient(f0, s, h, cust, d, [])
        caption(
            f0,
            s,
            tr(lg, f"Your {book[0]}", f"Ihr Buch: {book[0]}", f"Votre ouvrage : {book[0]}"),
            1,
        )
        write(f0, s, dear(lg, cust[0]))
        write(
            f0,
            s,
            tr(
                lg,
                f"Thank you for bringing in your {book[0]}. I have now had the chance to examine "
                "it properly and enclose my estimate for the work.",
                f"vielen Dank für Ihr Vertrauen. Ich habe Ihr Buch ({book[0]}) inzwischen genau "
                "angesehen und sende Ihnen anbei meinen Kostenvoranschlag.",
                f"Je vous remercie de votre confiance. J'ai pu examiner votre ouvrage ({book[0]}) "
                "et vous adresse ci-joint mon devis.",
            ),
        )
        write(f0, s, prose(rng, lg, "bind", 2, 3))
        write(f0, s, prose(rng, lg, "cons", 1, 2))
        write(
            f0,
            s,
            tr(
                lg,
                "If you would like us to go ahead, please sign and return the acceptance slip.",
                "Wenn Sie einverstanden sind, senden Sie mir bitte die Auftragsbestätigung "
                "unterschrieben zurück.",
                "Si ce devis vous convient, merci de me retourner le bon pour accord signé.",
            ),
        )
        regards(
            f0, s, lg, master, tr(lg, "Master bookbinder", "Buchbindermeister/in", "Maître relieur")
        )
        pages.extend(close(f0.pages, s, h, numbers="none"))
    f = sheets(s, h, f"{h.name} - {tr(lg, 'Quotation', 'Kostenvoranschlag', 'Devis')} {no}")
    recipient(f, s, h, cust, d, [(tr(lg, "Quotation no.", "KV-Nr.", "Devis n°"), no)])
    caption(f, s, tr(lg, "QUOTATION", "KOSTENVORANSCHLAG", "DEVIS"), 4)
    write(f, s, f"{book[0]}, {book[1]} - {book[2]}", s.size)
    cols = columns(m, w - m, [(0.5, "left"), (5, "left"), (0.9, "right"), (1.3, "right")])
    picks = sorted(rng.sample(range(len(QUOTE_LINES[lg])), rng.randint(3, 6)))
    rows = []
    net = 0.0
    for k, i in enumerate(picks, 1):
        text, hrs = QUOTE_LINES[lg][i]
        hrs = round(hrs * rng.choice([0.75, 1.0, 1.0, 1.5]), 1)
        amt = round(hrs * RATE[lg], 2)
        rows.append([str(k), text, f"{hrs:g} h", money(amt, lg)])
        net += amt
    mat = float(rng.choice([18, 25, 35, 48, 65]))
    rows.append(
        [str(len(rows) + 1), tr(lg, "Materials", "Material", "Fournitures"), "", money(mat, lg)]
    )
    net += mat
    table(
        f,
        cols,
        [
            "",
            tr(lg, "Work", "Leistung", "Désignation"),
            tr(lg, "Hours", "Std.", "Heures"),
            tr(lg, "Amount", "Betrag", "Montant"),
        ],
        rows,
        s,
        rules=rng.random() < 0.5,
    )
    small = lg == "fr" and rng.random() < 0.3
    totals(
        f,
        s,
        lg,
        round(net, 2),
        0.0 if small else vat_rate(lg),
        note=tr(lg, "", "", "TVA non applicable, art. 293 B du CGI.") if small else "",
    )
    write(
        f,
        s,
        tr(
            lg,
            f"This estimate is valid for 60 days. Delivery about {rng.choice([3, 4, 6, 8])} weeks "
            "from acceptance. A deposit of one third is payable on acceptance.",
            "Dieser Kostenvoranschlag gilt 60 Tage. Fertigstellung ca. "
            f"{rng.choice([3, 4, 6, 8])} Wochen nach Auftragserteilung. Abweichungen über 15 % "
            "teilen wir vorher mit.",
            f"Devis valable 3 mois. Délai d'exécution : environ {rng.choice([3, 4, 6, 8])} "
            "semaines. Acompte de 30 % à la commande.",
        ),
        s.size - 1,
    )
    terms = rng.random() < 0.45
    slip_alone = rng.random() < 0.35
    if not slip_alone and f.y < hh - m - 150:
        y = hh - m - 120 - 7 * len(h.foot)
        slip_rule(
            f.page,
            m,
            w - m,
            y,
            tr(
                lg,
                "Acceptance - please return",
                "Auftragserteilung - bitte zurücksenden",
                "Bon pour accord - à retourner",
            ),
        )
        yy = y + 18
        f.page.text(
            m,
            yy,
            fit(
                tr(
                    lg,
                    f"I accept quotation {no} and ask you to carry out the work described.",
                    f"Ich erteile den Auftrag gemäß Kostenvoranschlag {no}.",
                    f"Je soussigné(e) accepte le devis n° {no}. Bon pour accord.",
                ),
                s.font,
                s.size - 1,
                w - 2 * m,
            ),
            s.font,
            s.size - 1,
        )
        sign_line(f.page, s, m, yy + 40, 150, tr(lg, "Date", "Datum", "Date"))
        sign_line(
            f.page, s, m + 190, yy + 40, 180, tr(lg, "Signature", "Unterschrift", "Signature")
        )
    else:
        slip_alone = True
    body = close(f.pages, s, h)
    pages.extend(body)
    if terms:
        tp = small_print(
            rng,
            s,
            h,
            tr(lg, "Terms of business", "Allgemeine Geschäftsbedingungen", "Conditions générales"),
            BUSINESS_TERMS[lg],
        )
        pages.append(tp)
    if slip_alone:
        q = Page(s.page_size)
        y = heading(q, s, h)
        q.text(
            m,
            y + 10,
            tr(lg, "ACCEPTANCE OF QUOTATION", "AUFTRAGSERTEILUNG", "BON POUR ACCORD"),
            s.bold,
            s.size + 3,
        )
        y = fields(
            q,
            s,
            m,
            y + 30,
            w - 2 * m,
            [
                (tr(lg, "Quotation no.", "KV-Nr.", "Devis n°"), no),
                (tr(lg, "Dated", "vom", "du"), short(d, lg)),
                (tr(lg, "Name", "Name", "Nom"), cust[0]),
                (tr(lg, "Item", "Objekt", "Ouvrage"), book[0]),
            ],
            per=2,
            tall=26,
            hand=False,
        )
        y = ticks(
            q,
            s,
            m,
            y + 6,
            w - 2 * m,
            [
                tr(
                    lg,
                    "I accept the quotation in full",
                    "Auftrag wie angeboten",
                    "J'accepte le devis intégralement",
                ),
                tr(lg, "Only items:", "Nur Positionen:", "Uniquement les postes :"),
            ],
            set(),
            8.5,
        )
        ticks(
            q,
            s,
            m,
            y + 4,
            w - 2 * m,
            [
                tr(lg, "I will collect", "Abholung", "Je viendrai chercher l'ouvrage"),
                tr(lg, "Please post (insured)", "Versand (versichert)", "Envoi (assuré)"),
            ],
            set(),
            8.5,
        )
        sign_line(q, s, m, y + 80, 160, tr(lg, "Date", "Datum", "Date"))
        sign_line(q, s, m + 200, y + 80, 200, tr(lg, "Signature", "Unterschrift", "Signature"))
        pages.append(q)
    remember(d, (cust, book, no, lg))
    return pages


def tpl_quote_acceptance(rng: random.Random, who: Issuer) -> list[Page]:
    """The customer's acceptance of a quotation: the returned slip cut off and signed, a note
    card, or an e-mail printed by the clerk."""
    ex = LAST["extra"]
    if after(("quotation",)) and isinstance(ex, tuple) and len(ex) == 4:
        cust, book, no = ex[0], ex[1], str(ex[2])
        d = last_day(rng, ("quotation",), (3, 15))
    else:
        cust, book = customer(keyed(who, "cust"), home()), a_book(rng, home())
        no = f"{tr(home(), 'Q', 'KV', 'D')}{month().year % 100}-{rng.randint(40, 399):03d}"
        d = some_day(rng)
    lg = home()
    name = cust[0].split(" ", 1)[1]
    form = rng.choice(["card", "mail", "mail", "slip"])
    if form == "card":
        size = rng.choice([A6, landscape(A6)])
        w, hh = size
        p = Page(size)
        m = 20.0
        p.text(w - m, m + 6, short(d, lg), HAND, 9, "right")
        y = m + 28
        text = tr(
            lg,
            f"Dear {staff('master').split()[0]}, thank you for the estimate ({no}). Please go "
            f"ahead with the work on the {book[0].split(',')[0]}. I enclose a cheque for the "
            "deposit.",
            f"Liebe/r {staff('master').split()[0]}, vielen Dank für den Kostenvoranschlag {no}. "
            "Bitte führen Sie die Arbeiten wie besprochen aus. Die Anzahlung überweise ich heute.",
            f"Bonjour, merci pour votre devis {no}. Vous pouvez commencer la restauration. Je "
            "vous envoie l'acompte par chèque.",
        )
        for ln in wrap(text, HAND, 10, w - 2 * m):
            if y > hh - 40:
                break
            p.text(m, y, ln, HAND, 10)
            y += 14
        scrawl(p, m + 30, min(y + 20, hh - 14), name, 13)
        return [p]
    if form == "slip":
        oh = office_head()
        s = style_of(oh, (A4[0], 190.0), margin=40, pt=8.5)
        w, hh = s.page_size
        p = Page(s.page_size)
        m = s.margin
        p.text(
            m,
            26,
            tr(
                lg,
                "Acceptance - please return",
                "Auftragserteilung - bitte zurücksenden",
                "Bon pour accord - à retourner",
            ),
            s.font,
            6,
        )
        p.text(
            m,
            46,
            fit(
                tr(
                    lg,
                    f"I accept quotation {no} and ask you to carry out the work described.",
                    f"Ich erteile den Auftrag gemäß Kostenvoranschlag {no}.",
                    f"Je soussigné(e) accepte le devis n° {no}. Bon pour accord.",
                ),
                s.font,
                8.5,
                w - 2 * m,
            ),
            s.font,
            8.5,
        )
        hand(p, m + 4, 82, short(d, lg), 10)
        sign_line(p, s, m, 86, 150, tr(lg, "Date", "Datum", "Date"))
        sign_line(p, s, m + 190, 86, 180, tr(lg, "Signature", "Unterschrift", "Signature"), name)
        if lg == "fr":
            hand(p, m + 200, 60, "Bon pour accord", 10)
        if rng.random() < 0.5:
            hand(
                p,
                m,
                120,
                tr(
                    lg,
                    "Cheque for deposit enclosed.",
                    "Anzahlung folgt per Überweisung.",
                    "Chèque d'acompte joint.",
                ),
                10,
            )
        return [p]
    s = Style("Helvetica", "Helvetica-Bold", 9.5, 54, "none", "bottom", A4, "short")
    p = Page(A4)
    w, hh = A4
    m = 54.0
    mailbox = office_head().mail or "info@bindery.example"
    y = email_head(
        p,
        s,
        40,
        [
            (
                "",
                f"{tr(lg, 'Re', 'AW', 'RE')}: {tr(lg, 'Quotation', 'Kostenvoranschlag', 'Devis')} "
                f"{no}",
            ),
            (
                tr(lg, "From:", "Von:", "De :"),
                f"{name} "
                f"<{name.split()[0].lower()}.{name.split()[-1].lower()}@"
                f"{rng.choice(['gmail.com', 'btinternet.com', 'web.de', 'orange.fr', 'gmx.de'])}>",
            ),
            (
                tr(lg, "Sent:", "Gesendet:", "Envoyé :"),
                f"{date_text(d, lg, 'long')} {rng.randint(7, 22):02d}:{rng.randint(0, 59):02d}",
            ),
            (tr(lg, "To:", "An:", "À :"), mailbox),
            (tr(lg, "Subject:", "Betreff:", "Objet :"), f"{tr(lg, 'Re', 'AW', 'RE')}: {no}"),
        ],
    )
    body = [
        tr(lg, "Hello,", "Guten Tag,", "Bonjour,"),
        tr(
            lg,
            f"Many thanks for the estimate for the {book[0]}. We would like you to go ahead with "
            "items 1 to 3; please leave out the box for now.",
            f"vielen Dank für Ihren Kostenvoranschlag. Bitte führen Sie die Arbeiten an {book[0]} "
            "wie angeboten aus.",
            f"Merci pour votre devis concernant {book[0]}. Nous vous confirmons notre accord pour "
            "l'ensemble des travaux.",
        ),
        tr(
            lg,
            "I have transferred the deposit today.",
            "Die Anzahlung habe ich heute überwiesen.",
            "J'ai effectué le virement de l'acompte ce jour.",
        ),
        tr(lg, "Best wishes", "Viele Grüße", "Bien cordialement"),
        name,
    ]
    for t in body:
        for ln in wrap(t, "Helvetica", 9.5, w - 2 * m):
            p.text(m, y, ln, "Helvetica", 9.5)
            y += 13
        y += 6
    y += 10
    p.text(
        m,
        y,
        "-----"
        + tr(lg, " Original message ", " Ursprüngliche Nachricht ", " Message d'origine ")
        + "-----",
        "Helvetica",
        8,
    )
    y += 14
    for ln in wrap(prose(rng, lg, "bind", 2, 3), "Helvetica", 8.5, w - 2 * m):
        p.text(m, y, ln, "Helvetica", 8.5)
        y += 11
    p.text(m, hh - 30, f"1/1   {date_text(d + timedelta(days=1), lg, 'short')}", "Helvetica", 7)
    return [p]


# ---------------------------------------------------------------------------------------------
# Libraries and archives: condition reports, orders, framework agreements, handover receipts
# ---------------------------------------------------------------------------------------------

DAMAGE = {
    "en": [
        (
            "Binding",
            [
                "Boards detached",
                "Joints split",
                "Spine lost",
                "Corners worn",
                "Red rot",
                "Previous repair",
            ],
        ),
        (
            "Text block",
            [
                "Sewing broken",
                "Loose leaves",
                "Foxing",
                "Water damage",
                "Mould",
                "Tears / losses",
                "Insect damage",
                "Adhesive tape",
            ],
        ),
    ],
    "de": [
        (
            "Einband",
            [
                "Deckel lose",
                "Gelenke gebrochen",
                "Rücken fehlt",
                "Ecken bestoßen",
                "Lederzerfall",
                "Altrestaurierung",
            ],
        ),
        (
            "Buchblock",
            [
                "Heftung gebrochen",
                "Lose Blätter",
                "Stockflecken",
                "Wasserschaden",
                "Schimmel",
                "Risse / Fehlstellen",
                "Insektenfraß",
                "Klebeband",
            ],
        ),
    ],
    "fr": [
        (
            "Reliure",
            [
                "Plats détachés",
                "Mors fendus",
                "Dos manquant",
                "Coins émoussés",
                "Cuir pulvérulent",
                "Restauration ancienne",
            ],
        ),
        (
            "Corps d'ouvrage",
            [
                "Couture rompue",
                "Feuillets libres",
                "Rousseurs",
                "Dégât des eaux",
                "Moisissures",
                "Déchirures / lacunes",
                "Galeries d'insectes",
                "Ruban adhésif",
            ],
        ),
    ],
}
RATING = {
    "en": ["Good", "Fair", "Poor", "Unstable - do not use"],
    "de": ["gut", "mäßig", "schlecht", "nicht benutzbar"],
    "fr": ["Bon", "Moyen", "Mauvais", "Incommunicable"],
}
STEPS = {
    "en": [
        "Document condition photographically before treatment.",
        "Surface clean text block with soft brush and latex sponge.",
        "Remove old adhesive tape mechanically and with solvent where required.",
        "Humidify and flatten distorted leaves.",
        "Repair tears and losses with Japanese tissue and wheat starch paste.",
        "Resew on the original sewing stations using unbleached linen thread.",
        "Consolidate leather with Klucel G in isopropanol.",
        "Reattach boards with linen hinges; reback in toned calf.",
        "Make a four-flap enclosure of archival board.",
    ],
    "de": [
        "Fotodokumentation des Vorzustands.",
        "Trockenreinigung des Buchblocks mit Pinsel und Latexschwamm.",
        "Abnahme alter Klebebänder mechanisch, ggf. mit Lösemittel.",
        "Befeuchten und Glätten verformter Blätter.",
        "Schließen von Rissen und Fehlstellen mit Japanpapier und Weizenstärkekleister.",
        "Neuheftung auf den originalen Heftstationen mit ungebleichtem Leinenzwirn.",
        "Festigung des Leders mit Klucel G in Isopropanol.",
        "Ansetzen der Deckel mit Leinengelenken, neuer Lederrücken (Kalb, eingefärbt).",
        "Anfertigung einer Schutzverpackung (Vier-Klappen-Mappe) aus Archivkarton.",
    ],
    "fr": [
        "Constat photographique avant intervention.",
        "Dépoussiérage du corps d'ouvrage au pinceau et à l'éponge latex.",
        "Retrait des rubans adhésifs, mécaniquement puis au solvant si nécessaire.",
        "Humidification et mise à plat des feuillets déformés.",
        "Comblement des lacunes et déchirures au papier japon et à l'amidon de blé.",
        "Recouture sur les stations d'origine au fil de lin écru.",
        "Consolidation du cuir au Klucel G dans l'isopropanol.",
        "Refixation des plats par charnières en toile ; dos en veau teinté.",
        "Confection d'une pochette à quatre rabats en carton neutre.",
    ],
}


def a_volume(rng: random.Random, lg: str) -> tuple[str, str, int]:
    """A library volume: shelfmark, title, value."""
    return (
        serial(rng, rng.choice(SHELF[lg])),
        rng.choice(LIB_TITLES[lg]),
        rng.choice([800, 1500, 2500, 4000, 6000, 12000, 25000, 45000]),
    )


def tpl_condition_report(rng: random.Random, who: Issuer) -> list[Page]:
    """The conservator's condition report with a treatment proposal for one volume of a
    library or archive: object fields, a damage tick grid and rating, description, treatment
    steps with the estimate, and a photo sheet; running header and page numbers."""
    h = office_head()
    lg = h.lang
    lib = head_of(who, "library")
    s = style_of(h)
    w, hh = s.page_size
    m = s.margin
    d = some_day(rng)
    vol = a_volume(rng, lg)
    cons = staff("conservator")
    ref = f"{tr(lg, 'CR', 'ZP', 'CE')}-{month().year}-{rng.randint(10, 199):03d}"
    title = tr(
        lg,
        "Condition Report and Treatment Proposal",
        "Zustandsprotokoll und Restaurierungskonzept",
        "Constat d'état et proposition de traitement",
    )
    f = sheets(s, h, f"{title} - {vol[0]} - {ref}")
    caption(f, s, title, 3, rule=True)
    y = fields(
        f.page,
        s,
        m,
        f.y,
        w - 2 * m,
        [
            (tr(lg, "Institution", "Institution", "Institution"), lib.name),
            (tr(lg, "Our ref.", "Unser Zeichen", "Notre réf."), ref),
            (tr(lg, "Shelfmark", "Signatur", "Cote"), vol[0]),
            (tr(lg, "Examined on", "Untersucht am", "Examiné le"), short(d, lg)),
            (tr(lg, "Author / title", "Verfasser / Titel", "Auteur / titre"), vol[1]),
            (tr(lg, "Examined by", "Bearbeiter/in", "Examiné par"), cons),
            (
                tr(lg, "Dimensions (h x w x d)", "Format (H x B x T)", "Dimensions (h x l x ép.)"),
                f"{rng.randint(180, 420)} x {rng.randint(120, 300)} x {rng.randint(20, 110)} mm",
            ),
            (
                tr(lg, "Binding structure", "Einbandart", "Type de reliure"),
                rng.choice(BOOKS[lg])[2],
            ),
        ],
        per=2,
        tall=24,
        hand=False,
    )
    f.y = y
    for group, items in DAMAGE[lg]:
        f.y = band(f.page, s, f.y, group) + 12
        f.y = ticks(
            f.page,
            s,
            m,
            f.y,
            w - 2 * m,
            items,
            set(rng.sample(range(len(items)), rng.randint(2, 4))),
            8,
        )
    f.y = band(f.page, s, f.y, tr(lg, "Overall condition", "Gesamtzustand", "État général")) + 12
    f.y = ticks(f.page, s, m, f.y, w - 2 * m, RATING[lg], {rng.choice([1, 2, 2, 3])}, 8)
    f.y += 6
    f.heading(m, tr(lg, "Description", "Befund", "Description"), s.bold, s.size + 1)
    write(f, s, prose(rng, lg, "cons", 3, 5))
    write(f, s, prose(rng, lg, "bind", 2, 3))
    f.heading(
        m,
        tr(lg, "Treatment proposal", "Maßnahmen", "Proposition de traitement"),
        s.bold,
        s.size + 1,
    )
    steps = sorted(rng.sample(range(len(STEPS[lg])), rng.randint(4, 7)))
    for k, i in enumerate(steps, 1):
        f.need(s.size * 1.4)
        f.page.text(m, f.y, f"{k}.", s.font, s.size)
        f.para(m + 14, w - 2 * m - 14, STEPS[lg][i], s.font, s.size)
    hours = sum(rng.choice([1, 2, 3, 4, 6]) for _ in steps)
    f.heading(m, tr(lg, "Estimate", "Kostenschätzung", "Estimation"), s.bold, s.size + 1)
    cols = columns(m, w - m, [(4, "left"), (1, "right"), (1.2, "right")])
    rows = [
        [
            tr(lg, "Conservation work", "Restaurierungsarbeiten", "Travaux de restauration"),
            f"{hours} h",
            money(hours * RATE[lg] * 1.15, lg),
        ],
        [
            tr(lg, "Materials", "Material", "Fournitures"),
            "",
            money(rng.choice([35, 60, 95, 140]), lg),
        ],
        [
            tr(lg, "Enclosure", "Schutzverpackung", "Conditionnement"),
            "",
            money(rng.choice([40, 55, 80]), lg),
        ],
    ]
    table(
        f,
        cols,
        [
            tr(lg, "Item", "Position", "Poste"),
            tr(lg, "Time", "Zeit", "Temps"),
            tr(lg, "Net", "Netto", "HT"),
        ],
        rows,
        s,
    )
    f.y += 8
    f.need(60)
    sign_line(
        f.page,
        s,
        m,
        f.y + 24,
        180,
        f"{cons}, {tr(lg, 'conservator', 'Restaurator/in', 'restaurateur')}",
        cons,
    )
    f.y += 50
    pages = f.pages
    n_ph = rng.choice([0, 2, 4, 4, 6])
    if n_ph:
        q = Page(s.page_size)
        y0 = running_header(q, s, f"{title} - {vol[0]} - {ref}")
        q.text(
            m,
            y0 + 8,
            tr(lg, "Photographs", "Fotodokumentation", "Photographies"),
            s.bold,
            s.size + 2,
        )
        pw = (w - 2 * m - 20) / 2
        ph = min(pw * 0.7, (hh - y0 - 120) / (n_ph // 2) - 30)
        caps = [
            tr(lg, "Front board", "Vorderdeckel", "Plat supérieur"),
            tr(lg, "Spine", "Rücken", "Dos"),
            tr(lg, "Head edge", "Kopfschnitt", "Tranche de tête"),
            tr(lg, "Gutter, p. 12-13", "Falz S. 12-13", "Fond de cahier p. 12-13"),
            tr(lg, "Back board, inside", "Hinterdeckel innen", "Contreplat inférieur"),
            tr(lg, "Tear, leaf 37", "Riss Bl. 37", "Déchirure f. 37"),
        ]
        for k in range(n_ph):
            x = m + (k % 2) * (pw + 20)
            yy = y0 + 30 + (k // 2) * (ph + 30)
            photo(q, x, yy, pw, ph, rng)
            q.text(
                x, yy + ph + 11, f"{tr(lg, 'Fig.', 'Abb.', 'Fig.')} {k + 1}: {caps[k]}", s.font, 7.5
            )
        pages.append(q)
    pages = close(
        pages,
        s,
        h,
        numbers=rng.choice(["Page {i} of {n}", "{i}/{n}", h.numbers])
        if lg == "en"
        else rng.choice(["Seite {i} von {n}", "{i}/{n}", h.numbers])
        if lg == "de"
        else rng.choice(["Page {i}/{n}", h.numbers]),
    )
    remember(d, (lib.name, vol, ref))
    return pages


def tpl_treatment_order(rng: random.Random, who: Issuer) -> list[Page]:
    """A library's or archive's order for conservation work (Purchase order, Bestellung,
    bon de commande) on its official paper: order number, cost centre, the volumes by
    shelfmark, the reference to the treatment proposal, invoicing instructions and the
    signature; now and then its general conditions for contractors on a second page."""
    h = head_of(who, "library")
    lg = h.lang
    s = style_of(h)
    w, _ = s.page_size
    m = s.margin
    d = last_day(rng, ("condition_report",), (6, 25))
    ex = LAST["extra"]
    if after(("condition_report",)) and isinstance(ex, tuple) and len(ex) == 3:
        vols = [ex[1]]
        ref = str(ex[2])
        if rng.random() < 0.4:
            vols += [a_volume(rng, lg) for _ in range(rng.randint(1, 3))]
    else:
        vols = [a_volume(rng, lg) for _ in range(rng.randint(1, 5))]
        ref = f"{tr(lg, 'CR', 'ZP', 'CE')}-{month().year}-{rng.randint(10, 199):03d}"
    oh = office_head()
    no = serial(rng, rng.choice(["PO 99999", "B-2099-999", "BC 99/999", "4500999999"]))
    buyer = person(keyed(who, "buyer"), lg)
    f = sheets(s, h)
    recipient(
        f,
        s,
        h,
        [oh.name, oh.street, oh.town],
        d,
        [
            (tr(lg, "Order no.", "Bestell-Nr.", "Commande n°"), no),
            (
                tr(lg, "Cost centre", "Kostenstelle", "Imputation"),
                serial(keyed(who, "cc"), "9999-99"),
            ),
            (tr(lg, "Contact", "Ansprechpartner/in", "Contact"), buyer),
        ],
    )
    caption(f, s, tr(lg, "PURCHASE ORDER", "BESTELLUNG", "BON DE COMMANDE"), 3)
    write(
        f,
        s,
        tr(
            lg,
            "Conservation of the volumes listed below in accordance with your treatment proposal "
            f"{ref}. Please quote the order number on your invoice.",
            "Restaurierung der nachstehend aufgeführten Bände gemäß Ihrem Restaurierungskonzept "
            f"{ref}. Bitte geben Sie die Bestellnummer auf der Rechnung an.",
            "Restauration des volumes ci-dessous conformément à votre proposition de traitement "
            f"{ref}. Merci de rappeler le numéro de commande sur votre facture.",
        ),
    )
    cols = columns(m, w - m, [(0.4, "left"), (1.6, "left"), (3.6, "left"), (1.3, "right")])
    rows = []
    net = 0.0
    for k, v in enumerate(vols, 1):
        amt = float(rng.choice([280, 420, 560, 740, 980, 1350, 1900]))
        net += amt
        rows.append([str(k), v[0], v[1], money(amt, lg)])
    table(
        f,
        cols,
        [
            "",
            tr(lg, "Shelfmark", "Signatur", "Cote"),
            tr(lg, "Title", "Titel", "Titre"),
            tr(lg, "Net", "Netto", "HT"),
        ],
        rows,
        s,
        rules=True,
    )
    totals(f, s, lg, net, vat_rate(lg))
    write(
        f,
        s,
        tr(
            lg,
            "The volumes will be collected from and returned to the library by arrangement. They "
            "remain insured under the library's policy while in your care.",
            "Die Bände werden nach Absprache abgeholt und zurückgebracht. Während des "
            "Aufenthalts in Ihrer Werkstatt sind sie über die Ausstellungs- und "
            "Transportversicherung der Bibliothek versichert.",
            "Les volumes seront enlevés et restitués sur rendez-vous. Ils restent couverts par "
            "l'assurance de la bibliothèque pendant leur séjour à l'atelier.",
        ),
        s.size - 0.5,
    )
    write(
        f,
        s,
        tr(
            lg,
            "Invoices to: Accounts Payable, quoting the order number. Payment 30 days net.",
            "Rechnungen bitte in einfacher Ausfertigung an die Haushaltsstelle, Zahlung "
            "innerhalb 30 Tagen.",
            "Factures à déposer sur Chorus Pro (SIRET de la collectivité), paiement à 30 jours.",
        ),
        s.size - 0.5,
    )
    f.y += 10
    f.need(60)
    sign_line(f.page, s, m, f.y + 26, 200, f"{buyer}", buyer)
    if rng.random() < 0.5:
        f.page.text(
            m + 230,
            f.y + 26,
            fit(
                tr(lg, "signed for the Librarian", "i. A.", "Pour le directeur, par délégation"),
                s.font,
                s.size - 1,
                w - m - 230 - m,
            ),
            s.font,
            s.size - 1,
        )
    pages = close(f.pages, s, h)
    if rng.random() < 0.35:
        pages.append(
            small_print(
                rng,
                s,
                h,
                tr(
                    lg,
                    "General conditions for contractors",
                    "Allgemeine Vertragsbedingungen für Auftragnehmer",
                    "Conditions générales d'achat",
                ),
                CONTRACTOR_TERMS[lg],
            )
        )
    received(rng, pages[0], d, 0.4)
    remember(d, None)
    return pages


CONTRACTOR_TERMS = {
    "en": [
        "Scope",
        "Acceptance of orders",
        "Delivery",
        "Invoices",
        "Payment",
        "Liability",
        "Insurance",
        "Confidentiality",
        "Data protection",
    ],
    "de": [
        "Geltungsbereich",
        "Auftragsannahme",
        "Ausführung",
        "Rechnungslegung",
        "Zahlung",
        "Haftung",
        "Versicherung",
        "Verschwiegenheit",
        "Datenschutz",
        "Gerichtsstand",
    ],
    "fr": [
        "Objet",
        "Acceptation de la commande",
        "Exécution",
        "Facturation",
        "Délai de paiement",
        "Responsabilité",
        "Assurance",
        "Confidentialité",
        "Litiges",
    ],
}

# ---------------------------------------------------------------------------------------------
# Theses
# ---------------------------------------------------------------------------------------------

DEGREES = {
    "en": ["MSc", "MA", "PhD", "MRes", "BSc (Hons)"],
    "de": ["Bachelorarbeit", "Masterarbeit", "Dissertation", "Staatsexamensarbeit"],
    "fr": ["Mémoire de master", "Thèse de doctorat", "Mémoire de DU", "Rapport de stage"],
}
THESIS_TITLES = {
    "en": [
        "Microbial diversity in chalk stream sediments",
        "Ruskin and the Gothic revival in Bath",
        "Machine learning for early detection of sepsis",
        "Housing policy and homelessness in rural Wessex, 1990-2020",
        "The reception of Ovid in Tudor England",
    ],
    "de": [
        "Untersuchungen zur Korrosion verzinkter Stahlträger",
        "Die Rezeption Hölderlins in der Nachkriegszeit",
        "Einfluss der Bodenbearbeitung auf die Regenwurmpopulation",
        "Digitale Bildung an Grundschulen in Sachsen-Anhalt",
        "Synthese und Charakterisierung neuer Kupferkomplexe",
    ],
    "fr": [
        "Les enluminures des livres d'heures rennais au XVe siècle",
        "Modélisation des crues de la Saône",
        "L'économie sociale et solidaire en milieu rural",
        "Étude des peptides antimicrobiens chez l'abeille",
        "Le roman épistolaire au XVIIIe siècle",
    ],
}
RULES = {
    "en": [
        "Theses must be printed on A4 white paper of at least 80 g/m2, single or double sided.",
        "Margins: at least 40 mm on the binding edge and 20 mm on all other edges.",
        "The hard-bound copy must be covered in dark blue or black buckram.",
        "The spine must be lettered in gold from head to foot with the candidate's surname, "
        "degree and year.",
        "The front cover must bear the full title, the candidate's name and the degree.",
        "A declaration of originality, signed and dated, must follow the title page.",
        "Electronic copies are deposited in the repository; the bound copy goes to the library.",
    ],
    "de": [
        "Die Arbeit ist auf weißem Papier im Format DIN A4 (mind. 80 g/m²) einzureichen.",
        "Seitenränder: links mindestens 3 cm, übrige Ränder mindestens 2 cm.",
        "Es sind drei gebundene Exemplare (fester Einband, keine Spiral- oder Klemmbindung) "
        "abzugeben.",
        "Auf dem Einband sind Titel, Name, Art der Arbeit und Jahr anzugeben.",
        "Der Arbeit ist die eidesstattliche Versicherung unterschrieben beizufügen.",
        "Zusätzlich ist eine elektronische Fassung (PDF/A) auf Datenträger einzureichen.",
        "Abgabe im Prüfungsamt zu den Sprechzeiten oder per Post (Datum des Poststempels).",
    ],
    "fr": [
        "La thèse est imprimée au format A4 en recto-verso, papier blanc 80 g/m² minimum.",
        "Marges : 2,5 cm minimum ; marge de reliure 3 cm.",
        "Les exemplaires destinés au jury sont reliés (reliure thermocollée ou cousue).",
        "La couverture reprend les mentions de la page de titre (logo de l'établissement, école "
        "doctorale).",
        "Le dépôt de la version électronique se fait au service des thèses au moins six semaines "
        "avant la soutenance.",
        "Le résumé en français et en anglais figure en quatrième de couverture.",
        "Le service commun de la documentation conserve un exemplaire relié.",
    ],
}
BIND_TYPES = {
    "en": ["Hard bound (buckram)", "Soft bound", "Wire-o", "Leather (presentation)"],
    "de": ["Hardcover (Buckram)", "Softcover", "Drahtkammbindung", "Lederband"],
    "fr": ["Reliure rigide (toile)", "Reliure souple", "Spirale", "Cuir (exemplaire d'honneur)"],
}
CLOTH = {
    "en": ["Black", "Navy", "Dark green", "Maroon", "Grey"],
    "de": ["Schwarz", "Dunkelblau", "Dunkelgrün", "Bordeaux", "Grau"],
    "fr": ["Noir", "Bleu marine", "Vert", "Bordeaux", "Gris"],
}


def tpl_thesis_order(rng: random.Random, who: Issuer) -> list[Page]:
    """A thesis binding order on the workshop's form, filled in by a student: details,
    binding type and colour ticks, cover and spine wording, copies, extras and the pick-up
    time; behind it now and then the university's format rules and the copy of the thesis
    title page the student brought along."""
    h = office_head()
    lg = h.lang
    s = style_of(h, A4, margin=44, pt=8.5)
    w, hh = A4
    m = s.margin
    d = some_day(rng)
    student = person(rng, lg)
    uni = make_head(SENDERS["university"][lg][0], lg, "university")
    deg = rng.choice(DEGREES[lg])
    title = rng.choice(THESIS_TITLES[lg])
    p = Page(A4)
    y = heading(p, s, h)
    p.text(
        m,
        y,
        tr(
            lg,
            "THESIS BINDING ORDER",
            "BINDEAUFTRAG ABSCHLUSSARBEIT",
            "COMMANDE DE RELIURE - THÈSE / MÉMOIRE",
        ),
        s.bold,
        12,
    )
    p.text(w - m, y, f"No. {rng.randint(100, 999)}", "Helvetica-Bold", 11, "right")
    y += 14
    y = fields(
        p,
        s,
        m,
        y,
        w - 2 * m,
        [
            (tr(lg, "Name", "Name, Vorname", "Nom, prénom"), student),
            (tr(lg, "Student no.", "Matrikel-Nr.", "N° étudiant"), serial(rng, "99999999")),
            (
                tr(lg, "E-mail / phone", "E-Mail / Telefon", "Courriel / tél."),
                f"{student.split()[0].lower()}@"
                f"{rng.choice(['gmail.com', 'web.de', 'outlook.com', 'laposte.net'])}",
            ),
            (
                tr(lg, "University / department", "Hochschule / Fakultät", "Université / UFR"),
                uni.name.split(" - ")[0],
            ),
            (tr(lg, "Degree", "Art der Arbeit", "Diplôme"), deg),
            (
                tr(lg, "Submission deadline", "Abgabetermin", "Date de dépôt"),
                short(d + timedelta(days=rng.randint(2, 10)), lg),
            ),
        ],
        per=2,
        tall=26,
    )
    y = band(p, s, y, tr(lg, "Binding", "Bindung", "Reliure")) + 12
    bt = rng.choice([0, 0, 0, 1, 2, 3])
    y = ticks(p, s, m, y, w - 2 * m, BIND_TYPES[lg], {bt}, 8.5)
    y = ticks(p, s, m, y, w - 2 * m, CLOTH[lg], {rng.randrange(5)}, 8.5)
    p.text(m, y, tr(lg, "Lettering:", "Prägung:", "Marquage :"), s.font, 8.5)
    y = ticks(
        p,
        s,
        m + 70,
        y,
        w - 2 * m - 70,
        [
            tr(lg, "Gold", "Gold", "Or"),
            tr(lg, "Silver", "Silber", "Argent"),
            tr(lg, "White", "Weiß", "Blanc"),
        ],
        {rng.randrange(3)},
        8.5,
    )
    y = (
        band(
            p,
            s,
            y,
            tr(
                lg,
                "Cover wording (please print)",
                "Deckelprägung (bitte in Druckschrift)",
                "Texte de couverture (en capitales)",
            ),
        )
        + 14
    )
    tl = wrap(title.upper(), HAND, 9.5, w - 2 * m - 10)
    y = ruled(p, m, y, w - 2 * m, [*tl[:2], student.upper(), f"{deg.upper()}  {d.year}"], 17)
    p.text(m, y, tr(lg, "Spine:", "Rücken:", "Dos :"), s.font, 8.5)
    y = ruled(
        p, m + 46, y, w - 2 * m - 46, [f"{student.split()[-1].upper()}   {deg}   {d.year}"], 17
    )
    y = (
        band(
            p,
            s,
            y + 2,
            tr(lg, "Copies and extras", "Exemplare und Extras", "Exemplaires et options"),
        )
        + 6
    )
    copies = rng.choice([1, 2, 3, 3, 4, 5])
    y = fields(
        p,
        s,
        m,
        y,
        w - 2 * m,
        [
            (tr(lg, "Copies", "Exemplare", "Exemplaires"), str(copies)),
            (tr(lg, "Pages (approx.)", "Seitenzahl ca.", "Nb de pages"), str(rng.randint(45, 320))),
            (
                tr(lg, "Printing by us", "Druck durch uns", "Impression par l'atelier"),
                rng.choice(yes_no(lg)),
            ),
            (
                tr(lg, "Ready for", "Abholung am", "Retrait le"),
                f"{short(d + timedelta(days=rng.randint(1, 4)), lg)} "
                f"{rng.choice(['10:00', '14:00', '16:30'])}",
            ),
        ],
        per=4,
        tall=26,
    )
    y = ticks(
        p,
        s,
        m,
        y,
        w - 2 * m,
        [
            tr(lg, "CD / USB pocket", "CD-Tasche", "Pochette CD"),
            tr(lg, "Express (24 h)", "Express (24 Std.)", "Express (24 h)"),
            tr(lg, "Ribbon marker", "Lesebändchen", "Signet"),
            tr(lg, "Transparent cover", "Klarsichtfolie", "Rhodoïd"),
        ],
        set(rng.sample(range(4), rng.randint(0, 2))),
        8.5,
    )
    price = copies * {"en": 38.0, "de": 34.0, "fr": 32.0}[lg] * (1.0 if bt != 3 else 3.5)
    p.text(
        w - m, y + 4, f"{tr(lg, 'Price', 'Preis', 'Prix')}: {cash(price, lg)}", s.bold, 10, "right"
    )
    y += 24
    note = tr(
        lg,
        "Please check the wording carefully. We bind exactly what is written above and cannot "
        "accept responsibility for spelling errors on the form.",
        "Bitte prüfen Sie die Angaben sorgfältig. Wir prägen den Text wie angegeben; für "
        "Schreibfehler im Auftrag übernehmen wir keine Haftung.",
        "Merci de vérifier soigneusement les textes. Nous reproduisons les mentions telles "
        "qu'indiquées ci-dessus.",
    )
    for ln in wrap(note, s.font, 7, w - 2 * m):
        p.text(m, y, ln, s.font, 7)
        y += 9
    sign_line(
        p,
        s,
        m,
        min(y + 30, hh - 50),
        200,
        tr(lg, "Date, signature", "Datum, Unterschrift", "Date, signature"),
        student,
    )
    hand(p, m + 230, min(y + 26, hh - 54), short(d, lg), 10)
    pages = [p]
    if rng.random() < 0.4:
        s2 = style_of(uni, A4, pt=9)
        q = Page(A4)
        yy = heading(q, s2, uni)
        q.text(
            m,
            yy,
            tr(
                lg,
                "Formal requirements for the submission of theses",
                "Merkblatt zur Abgabe von Abschlussarbeiten",
                "Consignes pour le dépôt des thèses et mémoires",
            ),
            s2.bold,
            12,
        )
        yy += 24
        for k, t in enumerate(RULES[lg], 1):
            q.text(m, yy, f"{k}.", s2.font, 9)
            for ln in wrap(t, s2.font, 9, w - 2 * m - 20):
                q.text(m + 20, yy, ln, s2.font, 9)
                yy += 12.5
            yy += 6
        q.text(m, yy + 12, fit(prose(rng, lg, "legal", 1, 1), s2.font, 8, w - 2 * m), s2.font, 8)
        q.text(
            w - m,
            hh - 40,
            f"{tr(lg, 'Version', 'Stand', 'Version')} "
            f"{rng.randint(1, 12):02d}/{d.year - rng.randint(0, 3)}",
            s2.font,
            7,
            "right",
        )
        copier_edge(q, rng)
        pages.append(q)
    if rng.random() < 0.3:
        q = Page(A4)
        copier_edge(q, rng)
        q.text(w / 2, 120, uni.name.split(" - ")[0], "Times-Roman", 13, "center")
        yy = 260.0
        for ln in wrap(title, "Times-Bold", 18, w - 160):
            q.text(w / 2, yy, ln, "Times-Bold", 18, "center")
            yy += 24
        q.text(
            w / 2,
            yy + 40,
            tr(lg, "by", "vorgelegt von", "présenté par"),
            "Times-Roman",
            11,
            "center",
        )
        q.text(w / 2, yy + 60, student, "Times-Roman", 14, "center")
        q.text(
            w / 2,
            yy + 130,
            fit(
                tr(
                    lg,
                    f"A thesis submitted for the degree of {deg}",
                    f"{deg} zur Erlangung des akademischen Grades",
                    f"{deg}",
                ),
                "Times-Roman",
                11,
                w - 120,
            ),
            "Times-Roman",
            11,
            "center",
        )
        q.text(
            w / 2, hh - 140, f"{MONTH_NAMES[lg][d.month - 1]} {d.year}", "Times-Roman", 11, "center"
        )
        pages.append(q)
    remember(d, None)
    return pages


# ---------------------------------------------------------------------------------------------
# Suppliers: leather, paper and board, gold leaf
# ---------------------------------------------------------------------------------------------

SKINS = {
    "en": [
        "Goatskin, niger",
        "Goatskin, Oasis",
        "Calf, natural",
        "Calf, archival",
        "Alum-tawed pigskin",
        "Vellum, calf",
        "Sheepskin, skiver",
        "Goat, pared 0.6 mm",
    ],
    "de": [
        "Ziegenleder, Niger",
        "Ziegenleder, Oasis",
        "Kalbleder, naturell",
        "Kalbleder, Archiv",
        "Schweinsleder, alaungegerbt",
        "Pergament, Kalb",
        "Schafleder, Skiver",
        "Ziegenleder, geschärft 0,6 mm",
    ],
    "fr": [
        "Chèvre niger",
        "Chèvre du Cap",
        "Veau naturel",
        "Veau de conservation",
        "Porc mégissé",
        "Vélin de veau",
        "Basane",
        "Chèvre parée 0,6 mm",
    ],
}


def supplier_terms(lg: str) -> list[str]:
    return {
        "en": [
            "Orders",
            "Prices",
            "Natural product",
            "Delivery",
            "Claims",
            "Returns",
            "Payment",
            "Retention of title",
        ],
        "de": [
            "Bestellungen",
            "Preise",
            "Naturprodukt Leder",
            "Lieferung",
            "Mängelrügen",
            "Rücksendungen",
            "Zahlung",
            "Eigentumsvorbehalt",
            "Gerichtsstand",
        ],
        "fr": [
            "Commandes",
            "Prix",
            "Produit naturel",
            "Livraison",
            "Réclamations",
            "Retours",
            "Paiement",
            "Réserve de propriété",
        ],
    }[lg]


def foreign_note(h: Head) -> tuple[float, str]:
    """VAT rate and note of a supplier invoicing the workshop from ``h``'s country."""
    lg = h.lang
    if lg == home():
        return vat_rate(lg), ""
    if "en" in (lg, home()):
        return 0.0, tr(
            lg,
            "Export - zero rated. Goods shipped DAP; import VAT and duty payable by the consignee.",
            "Steuerfreie Ausfuhrlieferung. Lieferung DAP, Einfuhrabgaben trägt der Empfänger.",
            "Exportation exonérée de TVA (art. 262 I du CGI). Livraison DAP.",
        )
    return 0.0, tr(
        lg,
        "",
        "Steuerfreie innergemeinschaftliche Lieferung (§ 4 Nr. 1b UStG). Steuerschuldnerschaft "
        "des Leistungsempfängers.",
        "Livraison intracommunautaire exonérée, art. 262 ter I du CGI. Autoliquidation.",
    )


def tpl_leather_invoice(rng: random.Random, who: Issuer) -> list[Page]:
    """A leather supplier's invoice: skins by colour with the area (square feet or square
    decimetres), price per unit and amount, carriage, VAT or the export / intra-community note,
    over one or two pages with a running header; now and then the conditions of sale behind."""
    h = head_of(who, "leather", abroad=0.3)
    lg = h.lang
    s = style_of(h, A4 if lg != "en" or keyed(who, "l").random() < 0.7 else LETTER)
    w, _ = s.page_size
    m = s.margin
    d = some_day(rng)
    no = serial(rng, rng.choice(["INV-99999", "RE 2099-9999", "F999999", "99/9999"]))
    oh = office_head()
    cust_no = serial(keyed(who, "cn"), "K99999")
    f = sheets(s, h, f"{h.name} - {tr(lg, 'Invoice', 'Rechnung', 'Facture')} {no}")
    recipient(
        f,
        s,
        h,
        [oh.name, oh.street, oh.town],
        d,
        [
            (tr(lg, "Invoice no.", "Rechnung Nr.", "Facture n°"), no),
            (tr(lg, "Account", "Kunden-Nr.", "Compte client"), cust_no),
            (
                tr(lg, "Your order", "Ihre Bestellung", "Votre commande"),
                rng.choice(
                    [
                        tr(lg, "by phone", "telefonisch", "par téléphone"),
                        short(d - timedelta(days=rng.randint(3, 12)), lg),
                        "E-Mail",
                    ]
                ),
            ),
        ],
    )
    caption(f, s, tr(lg, "INVOICE", "RECHNUNG", "FACTURE"), 4)
    unit = "sq ft" if lg == "en" else "dm²"
    price_unit = {"en": 9.5, "de": 1.2, "fr": 1.1}[lg]
    cols = columns(
        m,
        w - m,
        [
            (3.2, "left"),
            (1.4, "left"),
            (0.6, "right"),
            (0.9, "right"),
            (0.9, "right"),
            (1.1, "right"),
        ],
    )
    rows = []
    net = 0.0
    for _ in range(rng.choice([2, 3, 4, 6, 9, 14, 22])):
        skin = rng.choice(SKINS[lg])
        n = rng.randint(1, 4)
        area = round(rng.uniform(4.5, 9.5) if lg == "en" else rng.uniform(45, 90), 1) * n
        pu = round(price_unit * rng.uniform(0.7, 1.8), 2)
        amt = round(area * pu, 2)
        net += amt
        rows.append(
            [
                skin,
                rng.choice(COLOURS[lg]),
                str(n),
                f"{area:.1f}".replace(".", "," if lg != "en" else "."),
                money(pu, lg),
                money(amt, lg),
            ]
        )
    table(
        f,
        cols,
        [
            tr(lg, "Description", "Artikel", "Désignation"),
            tr(lg, "Colour", "Farbe", "Coloris"),
            tr(lg, "Skins", "Häute", "Peaux"),
            unit,
            tr(lg, "Price", "Preis", "P.U."),
            tr(lg, "Amount", "Betrag", "Montant"),
        ],
        rows,
        s,
        rules=rng.random() < 0.4,
    )
    carriage = float(rng.choice([8.5, 12.0, 14.9, 19.5, 24.0]))
    f.page.text(
        m,
        f.y,
        tr(lg, "Carriage and packing", "Versand und Verpackung", "Port et emballage"),
        s.font,
        s.size - 1,
    )
    f.page.text(w - m, f.y, money(carriage, lg), s.font, s.size - 1, "right")
    f.y += s.size * 2
    rate, note = foreign_note(h)
    totals(f, s, lg, round(net + carriage, 2), rate, note=note)
    write(
        f,
        s,
        tr(
            lg,
            "Payment 30 days net. Leather is a natural product; variations in colour and grain "
            "are not a defect.",
            "Zahlbar innerhalb 30 Tagen netto. Leder ist ein Naturprodukt, Farb- und "
            "Narbenabweichungen sind kein Mangel.",
            "Paiement à 30 jours. Le cuir est une matière naturelle ; les variations de teinte "
            "ne constituent pas un défaut.",
        ),
        s.size - 1.5,
    )
    pages = close(f.pages, s, h)
    if rng.random() < 0.3:
        pages.append(
            small_print(
                rng,
                s,
                h,
                tr(
                    lg,
                    "Conditions of sale",
                    "Verkaufs- und Lieferbedingungen",
                    "Conditions générales de vente",
                ),
                supplier_terms(lg),
                "money",
            )
        )
    received(rng, pages[0], d, 0.4)
    remember(d, None)
    return pages


PAPERS = {
    "en": [
        "Millboard 2.0 mm 710 x 1010",
        "Greyboard 1.5 mm 700 x 1000",
        "Japanese tissue Tengujo 9 g",
        "Kozo paper 28 g",
        "Marbled paper, Spanish pattern",
        "Archival endpaper 120 g",
        "Book cloth, Buckram",
        "Linen thread 18/3",
        "Wheat starch paste 1 kg",
        "PVA adhesive, neutral pH 1 l",
        "Mull, 50 m roll",
        "Kraft paper 90 g roll",
    ],
    "de": [
        "Graupappe 2,0 mm 70 x 100",
        "Buchbinderpappe 1,5 mm 75 x 100",
        "Japanpapier Tengujo 9 g",
        "Kozo-Papier 28 g",
        "Marmorpapier Türkisch",
        "Vorsatzpapier alterungsbeständig 120 g",
        "Buckram-Gewebe",
        "Leinenzwirn 18/3",
        "Weizenstärke 1 kg",
        "Planatol BB neutral 1 kg",
        "Heftgaze 50 m",
        "Packpapier Rolle 90 g",
    ],
    "fr": [
        "Carton gris 2,0 mm 70 x 100",
        "Carton de conservation 1,5 mm",
        "Papier japon Tengujo 9 g",
        "Papier kozo 28 g",
        "Papier marbré, motif peigné",
        "Papier de garde permanent 120 g",
        "Toile Buckram",
        "Fil de lin 18/3",
        "Amidon de blé 1 kg",
        "Colle vinylique neutre 1 l",
        "Tarlatane 50 m",
        "Papier kraft 90 g",
    ],
}


def tpl_paper_invoice(rng: random.Random, who: Issuer) -> list[Page]:
    """A paper and board merchant's invoice: a boxed reference grid (invoice, customer,
    delivery note, date), article lines with article numbers, sheet and pack quantities, and a
    remittance slip at the foot of the last page; numbered pages."""
    h = head_of(who, "paper", abroad=0.2)
    lg = h.lang
    s = style_of(h, A4, pt=8.5)
    w, hh = A4
    m = s.margin
    d = some_day(rng)
    oh = office_head()
    no = serial(rng, "9999999")
    f = sheets(s, h, f"{h.name} - {tr(lg, 'Invoice', 'Rechnung', 'Facture')} {no}")
    window(f.page, s, h, f.y, [oh.name, oh.street, oh.town])
    f.page.text(w - m, f.y + 10, tr(lg, "INVOICE", "RECHNUNG", "FACTURE"), s.bold, 14, "right")
    f.y += 70
    f.y = fields(
        f.page,
        s,
        m,
        f.y,
        w - 2 * m,
        [
            (tr(lg, "Invoice no.", "Rechnungs-Nr.", "N° facture"), no),
            (tr(lg, "Customer no.", "Kunden-Nr.", "N° client"), serial(keyed(who, "cn"), "99999")),
            (tr(lg, "Delivery note", "Lieferschein", "Bon de livraison"), serial(rng, "LS999999")),
            (tr(lg, "Date", "Datum", "Date"), short(d, lg)),
        ],
        per=4,
        tall=24,
        hand=False,
    )
    cols = columns(
        m,
        w - m,
        [(0.9, "left"), (3.6, "left"), (1.1, "right"), (0.9, "right"), (1, "right")],
    )
    rows = []
    net = 0.0
    for _ in range(rng.choice([3, 5, 7, 10, 16, 26])):
        art = rng.choice(PAPERS[lg])
        qty = rng.choice([1, 2, 5, 10, 25, 50])
        uom = rng.choice(
            [tr(lg, "sh", "Bg", "f."), tr(lg, "pk", "Pck", "paq."), tr(lg, "pc", "Stk", "pce")]
        )
        pu = round(rng.uniform(0.6, 28.0), 2)
        amt = round(qty * pu, 2)
        net += amt
        rows.append([serial(rng, "99-9999"), art, f"{qty} {uom}", money(pu, lg), money(amt, lg)])
    table(
        f,
        cols,
        [
            tr(lg, "Art. no.", "Art.-Nr.", "Réf."),
            tr(lg, "Description", "Bezeichnung", "Désignation"),
            tr(lg, "Qty", "Menge", "Qté"),
            tr(lg, "Unit", "Einzel", "P.U."),
            tr(lg, "Total", "Gesamt", "Total"),
        ],
        rows,
        s,
        shade=0.88,
    )
    rate, note = foreign_note(h)
    gross = totals(f, s, lg, round(net, 2), rate, note=note)
    write(
        f,
        s,
        tr(
            lg,
            "Terms: 30 days net, 2% discount within 10 days.",
            "Zahlbar innerhalb 14 Tagen mit 2 % Skonto, 30 Tage netto.",
            "Règlement à 30 jours fin de mois. Pas d'escompte pour paiement anticipé.",
        ),
        s.size - 1,
    )
    if f.y > hh - m - 120:
        f.new_page()
    y = hh - m - 96 - 7 * len(h.foot)
    slip_rule(
        f.page,
        m,
        w - m,
        y,
        tr(
            lg,
            "Remittance advice - please return with your payment",
            "Zahlungsabschnitt",
            "Talon à joindre à votre règlement",
        ),
    )
    fields(
        f.page,
        s,
        m,
        y + 10,
        w - 2 * m,
        [
            (tr(lg, "Customer", "Kunde", "Client"), oh.name),
            (tr(lg, "Invoice no.", "Rechnungs-Nr.", "N° facture"), no),
            (tr(lg, "Amount", "Betrag", "Montant"), cash(gross, lg)),
            (tr(lg, "Amount paid", "Gezahlt", "Montant réglé"), ""),
        ],
        per=4,
        tall=24,
        hand=False,
    )
    pages = close(
        f.pages,
        s,
        h,
        numbers=tr(lg, "Page {i} of {n}", "Seite {i} von {n}", "Page {i}/{n}")
        if len(f.pages) > 1 or rng.random() < 0.5
        else "none",
    )
    received(rng, pages[0], d, 0.3)
    remember(d, None)
    return pages


def tpl_gold_delivery(rng: random.Random, who: Issuer) -> list[Page]:
    """A gold leaf beater's delivery note on landscape A5: leaf type, carat, size, books of
    25 leaves, batch numbers, the goods-received signature; now and then a fineness
    certificate on A5 behind."""
    h = head_of(who, "gold", abroad=0.4)
    lg = h.lang
    s = style_of(h, A5L, margin=30, pt=8)
    w, hh = A5L
    m = s.margin
    d = some_day(rng)
    oh = office_head()
    no = serial(rng, "LS 99999")
    p = Page(A5L)
    y = heading(p, s, h)
    window(p, s, None, y, [oh.name, oh.street, oh.town])
    p.text(
        w - m, y, tr(lg, "DELIVERY NOTE", "LIEFERSCHEIN", "BON DE LIVRAISON"), s.bold, 12, "right"
    )
    pairs(
        p,
        s,
        w * 0.58,
        y + 16,
        [
            (tr(lg, "No.", "Nr.", "N°"), no),
            (tr(lg, "Date", "Datum", "Date"), short(d, lg)),
            (
                tr(lg, "Your order", "Ihre Bestellung", "Votre commande"),
                rng.choice(["tel.", "E-Mail", short(d - timedelta(days=3), lg)]),
            ),
        ],
        w - m,
        7.5,
    )
    y += 56
    items = [
        tr(
            lg,
            "Gold leaf 23.75 ct, loose, 80 x 80 mm",
            "Blattgold 23,75 Karat, Kompositionsblatt lose, 80 x 80 mm",
            "Or fin 23,75 carats, feuilles libres, 80 x 80 mm",
        ),
        tr(
            lg,
            "Gold leaf 22 ct, transfer, 80 x 80 mm",
            "Blattgold 22 Karat, Transfer, 80 x 80 mm",
            "Or 22 carats, feuilles transfert, 80 x 80 mm",
        ),
        tr(
            lg,
            "Palladium leaf, loose, 95 x 95 mm",
            "Palladium, lose, 95 x 95 mm",
            "Palladium, feuilles libres, 95 x 95 mm",
        ),
        tr(
            lg,
            "Gold foil roll 23 ct, 15 mm x 30 m",
            "Goldfolie Rolle 23 Karat, 15 mm x 30 m",
            "Rouleau de film or 23 carats, 15 mm x 30 m",
        ),
        tr(lg, "Glaire (B.S.), 100 ml", "Eiweißgrundierung, 100 ml", "Glaire d'oeuf, 100 ml"),
        tr(lg, "Gilder's tip, squirrel", "Anschießer, Fehhaar", "Palette à dorer, petit-gris"),
    ]
    cols = columns(m, w - m, [(0.4, "left"), (4, "left"), (1.1, "left"), (1.2, "right")])
    yy = y
    for c, t in zip(
        cols,
        [
            "",
            tr(lg, "Article", "Artikel", "Article"),
            tr(lg, "Batch", "Charge", "Lot"),
            tr(lg, "Qty", "Menge", "Qté"),
        ],
        strict=True,
    ):
        cell(p, c, yy, t, s.bold, 7.5)
    p.line(m, yy + 4, w - m, yy + 4)
    yy += 14
    for k, i in enumerate(sorted(rng.sample(range(len(items)), rng.randint(1, 4))), 1):
        books = rng.choice([1, 2, 5, 10, 20])
        n = books if i < 3 else rng.randint(1, 3)
        uom = tr(lg, "books", "Buch", "livrets") if i < 3 else tr(lg, "pc", "Stk", "pce")
        vals = [str(k), items[i], serial(rng, "G9999-99"), f"{n} {uom}"]
        for c, t in zip(cols, vals, strict=True):
            cell(p, c, yy, t, s.font, 8)
        yy += 13
    p.text(
        m,
        yy + 6,
        tr(
            lg,
            "1 book = 25 leaves. Invoice follows separately.",
            "1 Buch = 25 Blatt. Rechnung folgt gesondert.",
            "1 livret = 25 feuilles. Facture suivra.",
        ),
        s.font,
        7,
    )
    sy = hh - m - 12
    sign_line(
        p,
        s,
        m,
        sy - 6,
        170,
        tr(
            lg,
            "Goods received in good order",
            "Ware erhalten (Datum, Unterschrift)",
            "Marchandise reçue en bon état",
        ),
        staff(rng.choice(["master", "clerk", "apprentice"])) if rng.random() < 0.7 else "",
    )
    p.text(
        w - m,
        sy + 4,
        fit(
            f"{tr(lg, 'Dispatched by', 'Versand per', 'Expédié par')}: "
            + rng.choice(
                ["DHL", "Royal Mail Special Delivery", "UPS", "Colissimo", "DPD", "Hermes"]
            ),
            s.font,
            7,
            w / 2 - m,
        ),
        s.font,
        7,
        "right",
    )
    pages = close([p], s, h, numbers="none")
    if rng.random() < 0.3:
        s2 = style_of(h, A5, margin=36, pt=8.5)
        q = Page(A5)
        w2, h2 = A5
        yq = heading(q, s2, h)
        q.text(
            w2 / 2,
            yq + 10,
            tr(lg, "CERTIFICATE OF FINENESS", "FEINGEHALTSBESTÄTIGUNG", "CERTIFICAT DE TITRE"),
            s2.bold,
            11,
            "center",
        )
        yq += 40
        txt = tr(
            lg,
            f"We certify that the gold leaf supplied under delivery note {no}, batch as stated, "
            "has a fineness of 986/1000 (23.75 carat), the balance being silver and copper.",
            f"Wir bestätigen, dass das mit Lieferschein {no} gelieferte Blattgold einen "
            "Feingehalt von 986/1000 (23,75 Karat) aufweist; Rest Silber und Kupfer.",
            f"Nous certifions que l'or livré selon bon {no} présente un titre de 986/1000 (23,75 "
            "carats), le complément étant argent et cuivre.",
        )
        for ln in wrap(txt, s2.font, 9, w2 - 72):
            q.text(36, yq, ln, s2.font, 9)
            yq += 13
        seal(q, w2 - 100, h2 - 120, 34, h.name[:28], town_name(h.town))
        scrawl(q, 40, h2 - 110, person(keyed(who, "qc"), lg))
        q.text(
            40,
            h2 - 96,
            tr(lg, "Quality control", "Qualitätssicherung", "Contrôle qualité"),
            s2.font,
            7.5,
        )
        pages.append(q)
    remember(d, None)
    return pages


FRAME_CLAUSES = {
    "en": [
        "Purpose and scope",
        "Individual orders",
        "Standards of work",
        "Collection, transport and handling",
        "Insurance and liability",
        "Documentation",
        "Prices and invoicing",
        "Confidentiality and images",
        "Term and termination",
        "General provisions",
    ],
    "de": [
        "Gegenstand des Vertrags",
        "Einzelaufträge",
        "Ausführung der Arbeiten",
        "Abholung, Transport und Handhabung",
        "Versicherung und Haftung",
        "Dokumentation",
        "Vergütung und Rechnungsstellung",
        "Verschwiegenheit, Bildrechte",
        "Laufzeit und Kündigung",
        "Schlussbestimmungen",
    ],
    "fr": [
        "Objet",
        "Bons de commande",
        "Règles de l'art",
        "Enlèvement, transport et manipulation",
        "Assurance et responsabilité",
        "Documentation",
        "Prix et facturation",
        "Confidentialité et droits à l'image",
        "Durée et résiliation",
        "Dispositions diverses",
    ],
}
PRICE_ROWS = {
    "en": [
        ("Conservation, per hour", "hour"),
        ("Rebacking, octavo", "vol."),
        ("Rebacking, quarto", "vol."),
        ("Resewing and rebinding in calf, octavo", "vol."),
        ("Phase box, archival board", "box"),
        ("Drop-back box, buckram", "box"),
        ("Condition survey, per volume", "vol."),
        ("Collection within 30 miles", "trip"),
    ],
    "de": [
        ("Restaurierung, je Stunde", "Std."),
        ("Lederrücken erneuern, Oktav", "Bd."),
        ("Lederrücken erneuern, Quart", "Bd."),
        ("Neuheftung und Halblederband, Oktav", "Bd."),
        ("Schutzumschlag / Phasenbox", "Stk"),
        ("Klappkassette, Gewebe", "Stk"),
        ("Zustandserfassung je Band", "Bd."),
        ("Abholung bis 50 km", "Fahrt"),
    ],
    "fr": [
        ("Restauration, taux horaire", "h"),
        ("Remboîtage, in-8°", "vol."),
        ("Remboîtage, in-4°", "vol."),
        ("Recouture et reliure demi-veau, in-8°", "vol."),
        ("Boîte de conservation", "u."),
        ("Boîte à rabats, toile", "u."),
        ("Constat d'état par volume", "vol."),
        ("Enlèvement jusqu'à 50 km", "trajet"),
    ],
}


def tpl_framework_agreement(rng: random.Random, who: Issuer) -> list[Page]:
    """A framework agreement of a library or archive with the workshop (Rahmenvertrag,
    accord-cadre): a cover sheet, numbered clauses, the price schedule on a landscape annex
    and a signature page; numbered from the cover or after it."""
    h = head_of(who, "library")
    lg = h.lang
    s = style_of(h)
    w, hh = s.page_size
    m = s.margin
    d = some_day(rng)
    oh = office_head()
    ref = serial(rng, rng.choice(["FA/2099/99", "RV-2099-999", "AC 2099-99"]))
    title = tr(
        lg,
        "Framework Agreement for Book Conservation Services",
        "Rahmenvertrag über Buchbinde- und Restaurierungsleistungen",
        "Accord-cadre de prestations de reliure et de restauration",
    )
    cover = Page(s.page_size)
    y = heading(cover, s, h)
    yy = hh * 0.3
    for ln in wrap(title, s.bold, 17, w - 2 * m - 40):
        cover.text(w / 2, yy, ln, s.bold, 17, "center")
        yy += 22
    yy += 30
    cover.text(w / 2, yy, tr(lg, "between", "zwischen", "entre"), s.font, 11, "center")
    cover.text(w / 2, yy + 22, fit(h.name, s.bold, 12, w - 2 * m), s.bold, 12, "center")
    cover.text(w / 2, yy + 36, f"{h.street}, {h.town}", s.font, 9, "center")
    cover.text(w / 2, yy + 58, tr(lg, "and", "und", "et"), s.font, 11, "center")
    cover.text(w / 2, yy + 80, fit(oh.name, s.bold, 12, w - 2 * m), s.bold, 12, "center")
    cover.text(w / 2, yy + 94, f"{oh.street}, {oh.town}", s.font, 9, "center")
    cover.text(w / 2, yy + 140, f"{tr(lg, 'Ref.', 'Az.', 'Réf.')} {ref}", s.font, 9, "center")
    start = add_months(month(), rng.randint(0, 2))
    cover.text(
        w / 2,
        yy + 154,
        f"{tr(lg, 'Term', 'Laufzeit', 'Durée')}: {short(start, lg)} - "
        + short(date(start.year + rng.choice([2, 3, 4]), start.month, 1) - timedelta(days=1), lg),
        s.font,
        9,
        "center",
    )
    if y:
        cover.text(m, hh - m, tr(lg, "CONFIDENTIAL", "VERTRAULICH", "CONFIDENTIEL"), s.bold, 8)
    f = sheets(s, h, f"{title} - {ref}", top=False)
    f.y = m
    for k, head in enumerate(FRAME_CLAUSES[lg], 1):
        f.heading(
            m,
            f"{'§ ' if lg == 'de' else tr(lg, '', '', 'Article ')}{k}{'.' if lg == 'en' else ''} "
            f"{head}",
            s.bold,
            s.size + 0.5,
        )
        for sub in range(1, rng.randint(2, 4)):
            f.need(s.size * 3)
            f.page.text(m, f.y, f"({sub})" if lg == "de" else f"{k}.{sub}", s.font, s.size)
            f.para(m + 26, w - 2 * m - 26, prose(rng, lg, "legal", 1, 3), s.font, s.size)
    body = f.pages
    ls = style_of(h, LAND, margin=44, pt=9)
    lw, lh = LAND
    lm = 44.0
    annex = tr(
        lg,
        "Annex 1 - Schedule of prices",
        "Anlage 1 - Preisverzeichnis",
        "Annexe 1 - Bordereau des prix unitaires",
    )
    cols = columns(
        lm,
        lw - lm,
        [(0.5, "left"), (5, "left"), (1, "left"), (1.2, "right"), (1.2, "right"), (2.6, "left")],
    )

    def annex_top(pg: Page, n: int) -> float:
        pg.text(lm, lm, annex, ls.bold, 12)
        pg.text(lw - lm, lm, ref, ls.font, 8, "right")
        return lm + 30

    fl = Flow(LAND, lh - lm - 20, annex_top)
    rows = []
    for k, (t, u) in enumerate(PRICE_ROWS[lg], 1):
        v = rng.choice([45, 55, 62, 80, 120, 165, 210, 260, 38])
        rows.append(
            [
                str(k),
                t,
                u,
                money(v, lg),
                money(v * 1.2 if lg != "de" else v * 1.19, lg),
                rng.choice(
                    [
                        "",
                        "",
                        tr(lg, "plus materials", "zzgl. Material", "fournitures en sus"),
                        tr(lg, "min. 1 h", "mind. 1 Std.", "minimum 1 h"),
                    ]
                ),
            ]
        )
    table(
        fl,
        cols,
        [
            "",
            tr(lg, "Service", "Leistung", "Prestation"),
            tr(lg, "Unit", "Einheit", "Unité"),
            tr(lg, "Net", "Netto", "HT"),
            tr(lg, "Gross", "Brutto", "TTC"),
            tr(lg, "Notes", "Bemerkung", "Observations"),
        ],
        rows,
        ls,
        shade=0.85,
        rules=True,
        step=2.0,
    )
    fl.y += 10
    for ln in wrap(
        tr(
            lg,
            "Prices are fixed for the first twelve months and may then be adjusted by no more "
            "than the consumer price index.",
            "Die Preise gelten für die ersten zwölf Monate fest; danach Anpassung höchstens "
            "entsprechend dem Verbraucherpreisindex.",
            "Prix fermes la première année, révisables ensuite selon l'indice des prix à la "
            "consommation.",
        ),
        ls.font,
        8,
        lw - 2 * lm,
    ):
        fl.page.text(lm, fl.y, ln, ls.font, 8)
        fl.y += 10
    sp = Page(s.page_size)
    ys = m + 20
    sp.text(m, ys, tr(lg, "Signatures", "Unterschriften", "Signatures"), s.bold, s.size + 2)
    ys += 30
    for ln in wrap(
        tr(
            lg,
            "Signed in duplicate, one copy for each party.",
            "In zweifacher Ausfertigung; jede Partei erhält ein Exemplar.",
            "Fait en deux exemplaires originaux.",
        ),
        s.font,
        s.size,
        w - 2 * m,
    ):
        sp.text(m, ys, ln, s.font, s.size)
        ys += 14
    ys += 40
    lib_sig = person(keyed(who, "director"), lg)
    half = (w - 2 * m - 30) / 2
    for k, (party, nm, role) in enumerate(
        [
            (h.name, lib_sig, tr(lg, "Librarian", "Direktor/in", "Directeur/trice")),
            (oh.name, staff("master"), tr(lg, "Proprietor", "Inhaber/in", "Gérant(e)")),
        ]
    ):
        x = m + k * (half + 30)
        sp.text(x, ys, fit(party, s.bold, s.size, half), s.bold, s.size)
        sp.text(
            x, ys + 16, f"{tr(lg, 'Place, date', 'Ort, Datum', 'Lieu, date')}: ", s.font, s.size - 1
        )
        hand(
            sp,
            x + 62,
            ys + 16,
            f"{town_name(h.town if k == 0 else oh.town)}, "
            f"{short(d + timedelta(days=k * rng.randint(0, 6)), lg)}",
            9.5,
            half - 62,
        )
        sign_line(sp, s, x, ys + 70, half - 10, f"{nm}, {role}", nm)
        if k == 0 and rng.random() < 0.6:
            seal(
                sp,
                x + half - 50,
                ys + 120,
                30,
                h.name[:30],
                tr(lg, "Library", "Bibliothek", "Bibliothèque"),
            )
    if lg == "fr":
        hand(sp, m, ys + 40, "Lu et approuvé", 10)
    pages = [cover, *body, *fl.pages, sp]
    numbers = rng.choice(
        ["Page {i} of {n}", "{i}/{n}"]
        if lg == "en"
        else ["Seite {i} von {n}", "- {i} -"]
        if lg == "de"
        else ["Page {i}/{n}", "{i}/{n}"]
    )
    covers = rng.choice([0, 1])
    number_pages(pages, s, numbers, rng.choice(["bc", "br"]), covers, bottom=24)
    if rng.random() < 0.5:
        ini = "".join(t[0] for t in person(keyed(who, "director"), lg).split())
        ini += " / " + "".join(t[0] for t in staff("master").split())
        for pg in pages[1:-1]:
            hand(pg, pg.size[0] - 70, pg.size[1] - 38, ini, 9)
    remember(d, (h.name, ref))
    return pages


def tpl_loan_receipt(rng: random.Random, who: Issuer) -> list[Page]:
    """A library's handover receipt for valuable volumes going to or coming back from the
    workshop (Übergabeprotokoll, bordereau de remise): the volume table with shelfmarks and
    insurance values, transport and packing tick boxes, and the signatures of the person
    handing over and the person taking over; A4 portrait or landscape."""
    h = head_of(who, "library")
    lg = h.lang
    size = keyed(who, "size").choice([A4, A4, LAND])
    s = style_of(h, size, margin=44, pt=8.5)
    w, _ = size
    m = s.margin
    d = last_day(rng, ("framework_agreement", "loan_receipt"), (3, 20))
    oh = office_head()
    ex = LAST["extra"]
    ref = (
        str(ex[1])
        if after(("framework_agreement",)) and isinstance(ex, tuple)
        else serial(keyed(who, "fa"), "FA/2099/99")
    )
    outward = rng.random() < 0.65
    no = serial(rng, "999/" + str(month().year))
    f = sheets(s, h, f"{h.name} - {no}")
    title = (
        tr(
            lg,
            "HANDOVER RECEIPT - VOLUMES FOR CONSERVATION",
            "ÜBERGABEPROTOKOLL - AUSLEIHE ZUR RESTAURIERUNG",
            "BORDEREAU DE REMISE POUR RESTAURATION",
        )
        if outward
        else tr(
            lg,
            "RETURN RECEIPT - CONSERVED VOLUMES",
            "RÜCKGABEPROTOKOLL",
            "BORDEREAU DE RESTITUTION",
        )
    )
    caption(f, s, title, 3)
    f.y = fields(
        f.page,
        s,
        m,
        f.y,
        w - 2 * m,
        [
            (tr(lg, "Receipt no.", "Protokoll-Nr.", "Bordereau n°"), no),
            (tr(lg, "Date", "Datum", "Date"), short(d, lg)),
            (tr(lg, "From", "Von", "De"), h.name if outward else oh.name),
            (tr(lg, "To", "An", "À"), oh.name if outward else h.name),
            (tr(lg, "Framework agreement", "Rahmenvertrag", "Accord-cadre"), ref),
            (tr(lg, "Order no.", "Auftrag", "Commande"), serial(rng, "B-999")),
        ],
        per=3 if size == LAND else 2,
        tall=24,
        hand=False,
    )
    cols = columns(
        m,
        w - m,
        [
            (0.4, "left"),
            (1.5, "left"),
            (3.4, "left"),
            (0.6, "right"),
            (1.3, "right"),
            (2.2, "left"),
        ],
    )
    rows = []
    tot = 0
    for k in range(1, rng.choice([2, 3, 4, 6, 9, 14]) + 1):
        v = a_volume(rng, lg)
        tot += v[2]
        rows.append(
            [
                str(k),
                v[0],
                v[1],
                str(rng.choice([1, 1, 1, 2])),
                money(v[2], lg),
                rng.choice(
                    [
                        "",
                        "",
                        tr(lg, "boards detached", "Deckel lose", "plats détachés"),
                        tr(lg, "in box", "in Kassette", "sous boîte"),
                        tr(lg, "fragile", "fragil", "fragile"),
                    ]
                ),
            ]
        )
    table(
        f,
        cols,
        [
            "",
            tr(lg, "Shelfmark", "Signatur", "Cote"),
            tr(lg, "Title", "Titel", "Titre"),
            tr(lg, "Vols", "Bde", "Vol."),
            tr(lg, "Value", "Versicherungswert", "Valeur"),
            tr(lg, "Remarks", "Bemerkungen", "Observations"),
        ],
        rows,
        s,
        rules=True,
    )
    f.page.text(
        w - m,
        f.y,
        f"{tr(lg, 'Total insured value', 'Versicherungssumme gesamt', 'Valeur totale assurée')}: "
        f"{cash(tot, lg)}",
        s.bold,
        s.size,
        "right",
    )
    f.y += 20
    f.need(140)
    y = ticks(
        f.page,
        s,
        m,
        f.y,
        w - 2 * m,
        [
            tr(
                lg,
                "Collected by the workshop",
                "Abholung durch die Werkstatt",
                "Enlèvement par l'atelier",
            ),
            tr(lg, "Fine art courier", "Kunstspedition", "Transporteur spécialisé"),
            tr(lg, "Library van", "Bibliotheksfahrzeug", "Véhicule de la bibliothèque"),
        ],
        {rng.randrange(3)},
        8,
    )
    y = ticks(
        f.page,
        s,
        m,
        y,
        w - 2 * m,
        [
            tr(lg, "Crate / box", "Transportkiste", "Caisse"),
            tr(lg, "Wrapped individually", "einzeln verpackt", "emballage individuel"),
            tr(
                lg,
                "Condition checked on handover",
                "Zustand bei Übergabe geprüft",
                "État vérifié contradictoirement",
            ),
        ],
        set(rng.sample(range(3), 2)),
        8,
    )
    y += 24
    half = (w - 2 * m - 30) / 2
    giver = person(keyed(who, "reg"), lg) if outward else staff("master")
    taker = (
        staff(rng.choice(["master", "conservator"])) if outward else person(keyed(who, "reg"), lg)
    )
    sign_line(
        f.page,
        s,
        m,
        y,
        half,
        tr(
            lg,
            "Handed over by (name, signature)",
            "Übergeben (Name, Unterschrift)",
            "Remis par (nom, signature)",
        ),
        giver,
    )
    sign_line(
        f.page,
        s,
        m + half + 30,
        y,
        half,
        tr(
            lg,
            "Received by (name, signature)",
            "Übernommen (Name, Unterschrift)",
            "Reçu par (nom, signature)",
        ),
        taker,
    )
    f.y = y + 30
    pages = close(
        f.pages,
        s,
        h,
        numbers=tr(lg, "Page {i} of {n}", "Seite {i} von {n}", "Page {i}/{n}")
        if len(f.pages) > 1
        else "none",
    )
    remember(d, (h.name, ref))
    return pages


def tpl_transport_receipt(rng: random.Random, who: Issuer) -> list[Page]:
    """A specialist courier's collection and delivery receipt on a narrow slip or A6: the
    consignment barcode, sender and consignee, packages, declared value, the handling ticks
    and the signatures with times."""
    h = head_of(who, "courier")
    lg = h.lang
    size = keyed(who, "size").choice([SLIP, SLIP, A6])
    s = style_of(h, size, margin=14, pt=7)
    w, hh = size
    m = s.margin
    d = some_day(rng)
    oh = office_head()
    p = Page(size)
    y = heading(p, s, h)
    p.text(
        w / 2,
        y,
        tr(
            lg,
            "COLLECTION / DELIVERY RECEIPT",
            "ABHOL- / ZUSTELLNACHWEIS",
            "BORDEREAU D'ENLÈVEMENT / LIVRAISON",
        ),
        s.bold,
        7.5,
        "center",
    )
    y += 8
    cn = serial(rng, "AFC99999999")
    p.barcode("code128", cn, m + 6, y)
    y += 90
    lib = rng.choice(SENDERS["library"][home()])
    to_bindery = rng.random() < 0.5
    frm, to = (lib[0], oh.name) if to_bindery else (oh.name, lib[0])
    y = fields(
        p,
        s,
        m,
        y,
        w - 2 * m,
        [
            (tr(lg, "Date", "Datum", "Date"), short(d, lg)),
            (tr(lg, "Sender", "Absender", "Expéditeur"), frm),
            (tr(lg, "Consignee", "Empfänger", "Destinataire"), to),
            (tr(lg, "Packages", "Packstücke", "Colis"), str(rng.randint(1, 4))),
            (
                tr(lg, "Declared value", "Wertangabe", "Valeur déclarée"),
                cash(rng.choice([2500, 8000, 15000, 40000, 60000]), home()),
            ),
        ],
        per=1,
        tall=22,
    )
    y = ticks(
        p,
        s,
        m,
        y + 2,
        w - 2 * m,
        [
            tr(lg, "Climate", "Klima", "Climatisé"),
            tr(lg, "Two-man", "2 Fahrer", "2 convoyeurs"),
            tr(lg, "Crated", "Kiste", "Caisse"),
        ],
        set(rng.sample(range(3), rng.randint(0, 2))),
        7,
    )
    half = (w - 2 * m - 8) / 2
    sy = min(y + 34, hh - 40)
    sign_line(p, s, m, sy, half, tr(lg, "Collected", "Abgeholt", "Enlevé"), person(rng, home()))
    sign_line(
        p,
        s,
        m + half + 8,
        sy,
        half,
        tr(lg, "Delivered", "Zugestellt", "Livré"),
        person(rng, home()) if rng.random() < 0.8 else "",
    )
    hand(p, m, sy + 20, f"{rng.randint(8, 11)}:{rng.choice(['05', '20', '40'])}", 8)
    hand(p, m + half + 8, sy + 20, f"{rng.randint(13, 17)}:{rng.choice(['10', '25', '55'])}", 8)
    remember(d, None)
    return [p]


def tpl_valuation(rng: random.Random, who: Issuer) -> list[Page]:
    """The master bookbinder's valuation of one book for insurance (Wertgutachten,
    estimation): owner and item fields, a photograph, description and condition, the
    replacement value, signature and seal; now and then a page on the basis of valuation."""
    h = office_head()
    lg = h.lang
    s = style_of(h)
    w, _ = s.page_size
    m = s.margin
    d = some_day(rng)
    owner = customer(keyed(who, "owner"), lg)
    book = a_book(rng, lg)
    master = staff("master")
    no = f"{tr(lg, 'V', 'WG', 'E')}-{month().year}-{rng.randint(10, 99)}"
    f = sheets(s, h, f"{tr(lg, 'Valuation', 'Wertgutachten', 'Estimation')} {no}")
    caption(
        f,
        s,
        tr(
            lg,
            "VALUATION FOR INSURANCE",
            "WERTGUTACHTEN (VERSICHERUNGSWERT)",
            "ESTIMATION AUX FINS D'ASSURANCE",
        ),
        4,
        rule=True,
    )
    f.y = fields(
        f.page,
        s,
        m,
        f.y,
        w - 2 * m,
        [
            (tr(lg, "Owner", "Eigentümer/in", "Propriétaire"), owner[0]),
            (tr(lg, "Certificate no.", "Gutachten-Nr.", "N° d'estimation"), no),
            (tr(lg, "Address", "Anschrift", "Adresse"), f"{owner[1]}, {owner[2]}"),
            (tr(lg, "Date of inspection", "Besichtigt am", "Date d'examen"), short(d, lg)),
        ],
        per=2,
        tall=24,
        hand=False,
    )
    ph_w, ph_h = 150.0, 190.0
    y0 = f.y
    photo(f.page, w - m - ph_w, y0, ph_w, ph_h, rng)
    tw_ = w - 2 * m - ph_w - 16
    y = pairs(
        f.page,
        s,
        m,
        y0 + 8,
        [
            (tr(lg, "Title", "Titel", "Titre"), book[0]),
            (tr(lg, "Imprint", "Erscheinungsvermerk", "Adresse"), book[1]),
            (tr(lg, "Binding", "Einband", "Reliure"), book[2]),
            (
                tr(lg, "Size", "Format", "Format"),
                rng.choice(["8vo", "4to", "folio", "12mo"]) + f", {rng.randint(160, 390)} mm",
            ),
            (
                tr(lg, "Collation", "Umfang", "Collation"),
                f"{rng.randint(180, 900)} pp."
                if lg == "en"
                else f"{rng.randint(180, 900)} S."
                if lg == "de"
                else f"{rng.randint(180, 900)} p.",
            ),
        ],
        m + tw_,
        s.size - 0.5,
    )
    f.y = y + 6
    f.para(m, tw_, prose(rng, lg, "bind", 2, 3), s.font, s.size)
    f.para(m, tw_, prose(rng, lg, "cons", 1, 2), s.font, s.size)
    f.y = max(f.y, y0 + ph_h + 16)
    value = rng.choice([350, 600, 900, 1500, 2400, 4000, 7500, 12000])
    f.need(120)
    f.page.rect(m, f.y, w - 2 * m, 34, fill=0.92)
    f.page.text(
        m + 8,
        f.y + 21,
        tr(
            lg,
            "Replacement value for insurance",
            "Wiederbeschaffungswert",
            "Valeur d'assurance (remplacement)",
        ),
        s.bold,
        s.size + 1,
    )
    f.page.text(w - m - 8, f.y + 21, cash(value, lg), s.bold, s.size + 3, "right")
    f.y += 56
    write(
        f,
        s,
        tr(
            lg,
            "This valuation reflects the current retail replacement cost of a comparable copy in "
            "similar condition and is given for insurance purposes only.",
            "Der Wert entspricht den Wiederbeschaffungskosten eines vergleichbaren Exemplars in "
            "ähnlichem Erhaltungszustand im Handel und gilt nur für Versicherungszwecke.",
            "La valeur indiquée correspond au coût de remplacement d'un exemplaire comparable, "
            "en état similaire, et n'est donnée qu'à des fins d'assurance.",
        ),
        s.size - 1,
    )
    f.y += 10
    f.need(90)
    sign_line(
        f.page,
        s,
        m,
        f.y + 30,
        190,
        f"{master}, {tr(lg, 'Master bookbinder', 'Buchbindermeister/in', 'Maître relieur')}",
        master,
    )
    seal(f.page, m + 290, f.y + 20, 34, h.name[:30], town_name(h.town))
    f.y += 80
    pages = f.pages
    if rng.random() < 0.4:
        q = Page(s.page_size)
        yq = running_header(q, s, f"{h.name} - {no}") + 10
        q.text(
            m,
            yq,
            tr(
                lg,
                "Basis of valuation and limiting conditions",
                "Grundlagen der Bewertung",
                "Bases de l'estimation et réserves",
            ),
            s.bold,
            s.size + 2,
        )
        yq += 24
        for k in range(1, rng.randint(5, 8)):
            q.text(m, yq, f"{k}.", s.font, s.size)
            for ln in wrap(prose(rng, lg, "legal", 1, 2), s.font, s.size, w - 2 * m - 20):
                q.text(m + 20, yq, ln, s.font, s.size)
                yq += s.size * 1.4
            yq += 6
        pages.append(q)
    pages = close(pages, s, h, numbers=h.numbers if len(pages) > 1 else "none")
    remember(d, None)
    return pages


SECTIONS = {
    "en": [
        "Contents (tools and equipment)",
        "Stock and materials",
        "Customers' goods in trust",
        "Goods in transit",
        "Business interruption",
        "Employers' liability",
        "Public and products liability",
        "Money",
    ],
    "de": [
        "Betriebseinrichtung",
        "Vorräte / Material",
        "Fremdes Eigentum (Kundengut)",
        "Transport",
        "Betriebsunterbrechung",
        "Betriebshaftpflicht",
        "Produkthaftpflicht",
        "Geld und Wertsachen",
    ],
    "fr": [
        "Matériel et outillage",
        "Marchandises et fournitures",
        "Biens confiés par la clientèle",
        "Transport",
        "Pertes d'exploitation",
        "Responsabilité civile exploitation",
        "Responsabilité civile professionnelle",
        "Espèces et valeurs",
    ],
}
SPECIFIED = {
    "en": [
        "Board shear, Jacques 36in",
        "Nipping press, cast iron",
        "Standing press",
        "Finishing tools (approx. 900)",
        "Brass type, 14 founts",
        "Blocking press, Kensol",
        "Guillotine, Ideal 4850",
        "Gold leaf stock",
    ],
    "de": [
        "Pappschere Krause 100 cm",
        "Stockpresse, Gusseisen",
        "Glättpresse",
        "Stempel und Filete (ca. 900)",
        "Messingschriften, 14 Garnituren",
        "Prägepresse Kensol",
        "Schneidemaschine Ideal 4850",
        "Blattgoldvorrat",
    ],
    "fr": [
        "Cisaille à carton Krause 100 cm",
        "Presse à percussion",
        "Presse à endosser",
        "Fers à dorer (env. 900)",
        "Alphabets en laiton, 14 corps",
        "Presse à dorer Kensol",
        "Massicot Ideal 4850",
        "Stock de feuilles d'or",
    ],
}


def tpl_insurance_schedule(rng: random.Random, who: Issuer) -> list[Page]:
    """The broker's or insurer's renewal schedule for the workshop: now and then a covering
    letter, the schedule with policy number, period and the sections with sums insured and
    premium, the specified items table, and the endorsements in small print."""
    h = head_of(who, "insurer")
    lg = h.lang
    s = style_of(h)
    w, _ = s.page_size
    m = s.margin
    d = some_day(rng)
    oh = office_head()
    pol = serial(keyed(who, "pol"), rng.choice(["HCP/999999/AA", "VS-99-999999", "N° 9999 99 999"]))
    start = add_months(month(), 1)
    end = date(start.year + 1, start.month, 1) - timedelta(days=1)
    pages: list[Page] = []
    if rng.random() < 0.6:
        f0 = sheets(s, h)
        recipient(
            f0,
            s,
            h,
            [oh.name, titled(staff("master"), lg), oh.street, oh.town],
            d,
            [(tr(lg, "Policy", "Vertrag", "Contrat"), pol)],
        )
        caption(
            f0,
            s,
            tr(
                lg,
                "Renewal of your workshop insurance",
                "Verlängerung Ihrer Geschäftsversicherung",
                "Renouvellement de votre contrat multirisque",
            ),
            1,
        )
        write(f0, s, dear(lg, titled(staff("master"), lg)))
        write(
            f0,
            s,
            tr(
                lg,
                f"Your policy falls due for renewal on {day(h, start)}. Please find enclosed the "
                "renewal schedule. We have increased the sum insured for customers' goods in "
                "trust as discussed.",
                f"Ihr Vertrag verlängert sich zum {day(h, start)}. Anbei erhalten Sie den "
                "Nachtrag mit den neuen Versicherungssummen. Wie besprochen haben wir die "
                "Position fremdes Eigentum erhöht.",
                f"Votre contrat arrive à échéance le {day(h, start)}. Vous trouverez ci-joint les "
                "conditions particulières. Le capital des biens confiés a été relevé comme "
                "convenu.",
            ),
        )
        write(f0, s, prose(rng, lg, "money", 1, 3))
        regards(
            f0,
            s,
            lg,
            person(keyed(who, "agent"), lg),
            tr(lg, "Account Executive", "Kundenbetreuer/in", "Chargé(e) de clientèle"),
        )
        pages.extend(close(f0.pages, s, h, numbers="none"))
    f = sheets(
        s, h, f"{tr(lg, 'Schedule', 'Versicherungsschein', 'Conditions particulières')} {pol}"
    )
    caption(
        f,
        s,
        tr(lg, "POLICY SCHEDULE", "VERSICHERUNGSSCHEIN / NACHTRAG", "CONDITIONS PARTICULIÈRES"),
        4,
        rule=True,
    )
    f.y = fields(
        f.page,
        s,
        m,
        f.y,
        w - 2 * m,
        [
            (tr(lg, "Policyholder", "Versicherungsnehmer", "Souscripteur"), oh.name),
            (tr(lg, "Policy number", "Vertragsnummer", "N° de contrat"), pol),
            (
                tr(lg, "Business", "Betriebsart", "Activité"),
                tr(
                    lg,
                    "Bookbinder and book conservator",
                    "Buchbinderei und Restaurierung",
                    "Reliure et restauration de livres",
                ),
            ),
            (
                tr(lg, "Period of insurance", "Versicherungszeitraum", "Période"),
                f"{short(start, lg)} - {short(end, lg)}",
            ),
            (tr(lg, "Premises", "Versicherungsort", "Lieu du risque"), f"{oh.street}, {oh.town}"),
            (tr(lg, "Renewal date", "Hauptfälligkeit", "Échéance principale"), short(start, lg)),
        ],
        per=2,
        tall=24,
        hand=False,
    )
    cols = columns(m, w - m, [(0.5, "left"), (4, "left"), (1.6, "right"), (1.2, "right")])
    rows = []
    prem = 0.0
    for k, sec in enumerate(SECTIONS[lg], 1):
        if rng.random() < 0.25 and k > 3:
            rows.append(
                [str(k), sec, tr(lg, "Not insured", "nicht versichert", "non garanti"), "-"]
            )
            continue
        si = (
            rng.choice([10000, 25000, 40000, 75000, 150000, 2000000, 5000000])
            if k > 5
            else rng.choice([8000, 15000, 30000, 60000, 120000])
        )
        pr = round(si * rng.uniform(0.0004, 0.004), 2) if k <= 5 else round(rng.uniform(90, 420), 2)
        prem += pr
        rows.append([str(k), sec, cash(si, lg), money(pr, lg)])
    table(
        f,
        cols,
        [
            tr(lg, "Sec.", "Pos.", "Gar."),
            tr(lg, "Cover", "Deckung", "Garantie"),
            tr(lg, "Sum insured / limit", "Versicherungssumme", "Capital / plafond"),
            tr(lg, "Premium", "Beitrag", "Prime"),
        ],
        rows,
        s,
        shade=0.88,
        rules=True,
    )
    tax = round(prem * {"en": 0.12, "de": 0.19, "fr": 0.09}[lg], 2)
    f.y = (
        pairs(
            f.page,
            s,
            w * 0.5,
            f.y + 4,
            [
                (tr(lg, "Net premium", "Nettobeitrag", "Prime nette"), cash(prem, lg)),
                (
                    tr(lg, "Insurance premium tax 12%", "Versicherungsteuer 19 %", "Taxes 9 %"),
                    cash(tax, lg),
                ),
                (
                    tr(lg, "Total annual premium", "Jahresbeitrag", "Prime annuelle TTC"),
                    cash(prem + tax, lg),
                ),
            ],
            w - m,
        )
        + 10
    )
    f.heading(
        m,
        tr(lg, "Specified items", "Besonders vereinbarte Gegenstände", "Biens désignés"),
        s.bold,
        s.size + 1,
    )
    cols2 = columns(m, w - m, [(4, "left"), (1.5, "left"), (1.4, "right")])
    rows2 = [
        [
            t,
            serial(rng, "99999") if rng.random() < 0.5 else "-",
            cash(rng.choice([1200, 2500, 4800, 9000, 14000]), lg),
        ]
        for t in rng.sample(SPECIFIED[lg], rng.randint(3, 6))
    ]
    table(
        f,
        cols2,
        [
            tr(lg, "Item", "Gegenstand", "Désignation"),
            tr(lg, "Serial", "Serien-Nr.", "N° série"),
            tr(lg, "Value", "Wert", "Valeur"),
        ],
        rows2,
        s,
    )
    pages.extend(
        close(f.pages, s, h, numbers=tr(lg, "Page {i} of {n}", "Seite {i} von {n}", "Page {i}/{n}"))
    )
    if rng.random() < 0.7:
        pages.append(
            small_print(
                rng,
                s,
                h,
                tr(
                    lg,
                    "Endorsements applying to this policy",
                    "Besondere Vereinbarungen und Klauseln",
                    "Clauses particulières",
                ),
                [
                    serial(rng, "E99") + " " + t
                    for t in tr(
                        lg,
                        "Goods in trust;Minimum security;Unoccupancy;Fire "
                        "extinguishers;Flammable liquids;Transit limit;Excess",
                        "Fremdes Eigentum;Sicherungen;Leerstand;Feuerlöscher;Brennbare "
                        "Flüssigkeiten;Transport;Selbstbehalt",
                        "Biens confiés;Protection vol;Inoccupation;Extincteurs;Liquides "
                        "inflammables;Transport;Franchise",
                    ).split(";")
                ],
            )
        )
    received(rng, pages[0], d, 0.3)
    remember(d, None)
    return pages


# ---------------------------------------------------------------------------------------------
# The trade: guild and chamber, apprentice, rent, print runs, machine safety
# ---------------------------------------------------------------------------------------------


def tpl_chamber_notice(rng: random.Random, who: Issuer) -> list[Page]:
    """The trade body's yearly letter: in England the guild's or society's subscription
    renewal with its renewal form; in Germany the Handwerkskammer's Beitragsbescheid with the
    assessment table and the Rechtsbehelfsbelehrung on a second page; in France the chambre de
    métiers' appel de cotisation with the payment slip."""
    lg = home()
    h = head_of(who, "chamber")
    s = style_of(h)
    w, hh = s.page_size
    m = s.margin
    d = some_day(rng)
    oh = office_head()
    master = staff("master")
    member = serial(keyed(who, "mem"), "99999" if lg != "de" else "999 999 9")
    year = d.year if d.month < 10 else d.year + 1
    f = sheets(s, h)
    if lg == "de":
        recipient(
            f,
            s,
            h,
            [oh.name, f"{titled(master, lg)}", oh.street, oh.town],
            d,
            [
                ("Betriebs-Nr.", member),
                ("Kassenzeichen", serial(rng, "9999.9999.9999")),
            ],
        )
        caption(f, s, f"Beitragsbescheid {year}", 2)
        write(f, s, f"{dear(lg, titled(master, lg))}")
        write(
            f,
            s,
            f"aufgrund der Beitragsordnung der {h.name} in Verbindung mit dem Beschluss der "
            f"Vollversammlung setzen wir Ihren Beitrag für das Jahr {year} wie folgt fest:",
        )
        cols = columns(m, w - m, [(4, "left"), (1.5, "right"), (1.4, "right")])
        base = float(rng.choice([185, 205, 230, 260]))
        profit = rng.choice([18000, 24500, 31200, 42000, 55800])
        extra = round(max(0.0, profit - 15000) * 0.009, 2)
        rows = [
            ["Grundbeitrag (Einzelunternehmen)", "", money(base, lg)],
            [f"Zusatzbeitrag 0,9 % vom Gewinn {year - 2}", money(profit, lg), money(extra, lg)],
            ["abzgl. Freibetrag", money(15000, lg), ""],
        ]
        table(f, cols, ["Beitragsart", "Bemessungsgrundlage", "Betrag"], rows, s, rules=True)
        f.page.text(
            w - m,
            f.y,
            f"Festgesetzter Beitrag: {cash(base + extra, lg)}",
            s.bold,
            s.size + 1,
            "right",
        )
        f.y += 22
        write(
            f,
            s,
            f"Der Beitrag ist fällig am {short(d + timedelta(days=30), lg)}. Bitte geben Sie bei "
            "der Zahlung das Kassenzeichen an. Wurde ein SEPA-Lastschriftmandat erteilt, wird "
            "der Betrag zum Fälligkeitstag eingezogen.",
        )
        write(f, s, prose(rng, lg, "money", 1, 2), s.size - 1)
        write(
            f,
            s,
            "Dieser Bescheid wurde maschinell erstellt und ist ohne Unterschrift gültig.",
            s.size - 1,
        )
        q = Page(s.page_size)
        yq = m
        q.text(m, yq, "Rechtsbehelfsbelehrung", s.bold, s.size + 2)
        yq += 22
        for t in [
            "Gegen diesen Bescheid kann innerhalb eines Monats nach Bekanntgabe Widerspruch "
            "erhoben werden. Der Widerspruch ist schriftlich oder zur Niederschrift bei der "
            f"{h.name}, {h.street}, {h.town}, einzulegen.",
            "Der Widerspruch hat keine aufschiebende Wirkung (§ 80 Abs. 2 Nr. 1 VwGO); der "
            "Beitrag ist auch bei Einlegung eines Widerspruchs fristgerecht zu zahlen.",
            "Erläuterungen zur Beitragsberechnung: " + prose(rng, lg, "money", 2, 3),
            "Datenschutzhinweis: " + prose(rng, lg, "legal", 2, 3),
        ]:
            for ln in wrap(t, s.font, s.size, w - 2 * m):
                q.text(m, yq, ln, s.font, s.size)
                yq += s.size * 1.4
            yq += 10
        pages = close([*f.pages, q], s, h, numbers="Seite {i} von {n}")
    elif lg == "fr":
        recipient(f, s, h, [oh.name, oh.street, oh.town], d, [("N° d'immatriculation", member)])
        caption(f, s, f"Appel de cotisation {year} - Taxe pour frais de chambre", 1)
        write(f, s, f"{dear(lg, titled(master, lg))}")
        write(
            f,
            s,
            "Conformément à l'article 1601 du Code général des impôts, vous êtes redevable de la "
            f"taxe pour frais de chambre de métiers au titre de l'année {year}. "
            + prose(rng, lg, "money", 1, 2),
        )
        cols = columns(m, w - m, [(4, "left"), (1.4, "right")])
        fixed = float(rng.choice([134, 138, 142]))
        add = float(rng.choice([0, 28, 45]))
        cfp = rng.choice([28.0, 31.5])
        table(
            f,
            cols,
            ["Désignation", "Montant"],
            [
                ["Droit fixe", money(fixed, lg)],
                ["Droit additionnel", money(add, lg)],
                ["Contribution formation (art. 1601 B)", money(cfp, lg)],
            ],
            s,
            rules=True,
        )
        write(
            f,
            s,
            f"Date limite de paiement : {short(d + timedelta(days=30), lg)}. Règlement par TIP "
            "SEPA, chèque ou virement.",
        )
        regards(f, s, lg, person(keyed(who, "pres"), lg), "Le Président")
        p = f.pages[-1]
        if f.y < hh - 170:
            y = hh - m - 110
            slip_rule(p, m, w - m, y, "TIP SEPA - à détacher et à retourner signé")
            fields(
                p,
                s,
                m,
                y + 10,
                w - 2 * m,
                [
                    ("Créancier", h.name),
                    ("Référence", serial(rng, "99999999999")),
                    ("Débiteur", oh.name),
                    ("Montant", cash(fixed + add + cfp, lg)),
                ],
                per=2,
                tall=22,
                hand=False,
            )
            p.text(w - m, y + 70, "Date et signature :", s.font, 7, "right")
        pages = close(f.pages, s, h, numbers="none")
    else:
        recipient(
            f,
            s,
            h,
            [titled(master, lg), oh.name, oh.street, oh.town],
            d,
            [("Membership no.", member)],
        )
        caption(f, s, f"Subscription renewal {year}", 2)
        write(f, s, dear(lg, titled(master, lg)))
        write(
            f,
            s,
            f"Your membership of {h.name} is due for renewal on 1 January {year}. "
            + prose(rng, lg, "bind", 1, 2),
        )
        write(
            f,
            s,
            "This year's programme includes regional workshops on leather paring and on limp "
            "vellum bindings, and the biennial competition, for which entry forms will be sent "
            "out in the spring.",
        )
        write(
            f,
            s,
            "Members who pay by Direct Debit need take no action. " + prose(rng, lg, "money", 1, 1),
        )
        regards(f, s, lg, person(keyed(who, "sec"), lg), "Membership Secretary")
        pages = close(f.pages, s, h, numbers="none")
        q = Page(s.page_size)
        yq = heading(q, s, h)
        q.text(m, yq, f"RENEWAL FORM {year}", s.bold, 12)
        yq = fields(
            q,
            s,
            m,
            yq + 12,
            w - 2 * m,
            [
                ("Name", master),
                ("Membership no.", member),
                ("Business", oh.name),
                ("E-mail", oh_mail(oh)),
            ],
            per=2,
            tall=26,
        )
        yq = band(q, s, yq, "Category") + 12
        cats = ["Full member £55", "Licentiate £45", "Fellow £65", "Student £20", "Overseas £70"]
        yq = ticks(q, s, m, yq, w - 2 * m, cats, {rng.choice([0, 0, 2])}, 8.5)
        yq = band(q, s, yq, "Payment") + 12
        yq = ticks(
            q,
            s,
            m,
            yq,
            w - 2 * m,
            ["Cheque enclosed", "BACS transfer", "Direct Debit (form overleaf)"],
            {rng.randrange(3)},
            8.5,
        )
        yq = ticks(
            q,
            s,
            m,
            yq,
            w - 2 * m,
            ["Gift Aid: I am a UK taxpayer", "Please list me in the directory of binders"],
            set(rng.sample(range(2), rng.randint(0, 2))),
            8.5,
        )
        sign_line(q, s, m, yq + 30, 200, "Signature / date", master if rng.random() < 0.5 else "")
        pages.append(q)
    received(rng, pages[0], d, 0.3)
    remember(d, None)
    return pages


def oh_mail(h: Head) -> str:
    return h.mail or ""


TASKS = {
    "en": [
        "Sewing on tapes and cords",
        "Paring leather",
        "Covering in quarter cloth",
        "Making boxes",
        "Finishing: blind tooling",
        "Thesis binding",
        "Paper repair with Japanese tissue",
        "Health and safety: guillotine",
    ],
    "de": [
        "Heften auf Bünde",
        "Leder schärfen",
        "Halbgewebebände",
        "Kassetten bauen",
        "Blinddruck mit Filete",
        "Abschlussarbeiten binden",
        "Papierrestaurierung mit Japanpapier",
        "Schneidemaschine: Unterweisung",
        "Berufsschule: Werkstoffkunde",
        "Berufsschule: Fachrechnen",
    ],
    "fr": [
        "Couture sur nerfs",
        "Parure du cuir",
        "Cartonnage",
        "Boîtes de conservation",
        "Dorure : filets",
        "Reliure de thèses",
        "Restauration du papier",
        "Sécurité : massicot",
    ],
}


def tpl_training_record(rng: random.Random, who: Issuer) -> list[Page]:
    """The apprentice's papers: in Germany the weekly Ausbildungsnachweis (days, activities,
    hours, signatures of apprentice and trainer); in England the training provider's
    apprenticeship progress review with ratings, targets and three signatures; in France the
    CFA's fiche de liaison for the month with the tasks ticked and the tutor's remarks."""
    lg = home()
    oh = office_head()
    app = staff("apprentice")
    master = staff("master")
    ex = LAST["extra"]
    if after(("training_record",)) and isinstance(ex, date):
        start = ex + timedelta(days=7 if lg == "de" else 28 if lg == "fr" else 84)
    else:
        start = month() - timedelta(days=month().weekday())
    if lg == "de":
        s = Style("Helvetica", "Helvetica-Bold", 8.5, 40, "none", "bottom", A4, "short")
        w, hh = A4
        m = 40.0
        p = Page(A4)
        p.text(m, m, "Ausbildungsnachweis (täglich/wöchentlich)", s.bold, 13)
        p.text(w - m, m, f"Nr. {rng.randint(12, 140)}", s.bold, 10, "right")
        y = fields(
            p,
            s,
            m,
            m + 14,
            w - 2 * m,
            [
                ("Name der/des Auszubildenden", app),
                ("Ausbildungsberuf", "Buchbinder/in (Einzel- und Sonderfertigung)"),
                ("Ausbildungsbetrieb", oh.name),
                ("Ausbildungsjahr", str(rng.randint(1, 3))),
                ("Woche vom", short(start, lg)),
                ("bis", short(start + timedelta(days=4), lg)),
            ],
            per=2,
            tall=24,
        )
        cols = [(m, m + 70), (m + 70, w - m - 50), (w - m - 50, w - m)]
        p.rect(m, y, w - 2 * m, 16, fill=0.85)
        p.text(m + 4, y + 11, "Tag", s.bold, 8)
        p.text(
            cols[1][0] + 4,
            y + 11,
            "Ausgeführte Arbeiten, Unterweisungen, Berufsschulunterricht",
            s.bold,
            8,
        )
        p.text(w - m - 4, y + 11, "Std.", s.bold, 8, "right")
        y += 16
        rh = (hh - y - 170) / 5
        for k, dname in enumerate(["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag"]):
            p.rect(m, y, w - 2 * m, rh)
            p.line(cols[0][1], y, cols[0][1], y + rh)
            p.line(cols[2][0], y, cols[2][0], y + rh)
            p.text(m + 4, y + 12, dname, s.font, 8)
            p.text(m + 4, y + 22, short(start + timedelta(days=k), lg)[:6], s.font, 7)
            yy = y + 14
            for t in rng.sample(TASKS["de"], rng.randint(1, 3)):
                if yy < y + rh - 4:
                    hand(p, cols[1][0] + 5, yy, t, 9, cols[1][1] - cols[1][0] - 10)
                    yy += 13
            hand(p, w - m - 30, y + 14, str(rng.choice([8, 8, 8, 6, 4])), 9)
            y += rh
        y += 20
        half = (w - 2 * m - 30) / 2
        sign_line(p, s, m, y + 30, half, "Datum, Unterschrift Auszubildende/r", app)
        sign_line(
            p,
            s,
            m + half + 30,
            y + 30,
            half,
            "Datum, Unterschrift Ausbildende/r",
            master if rng.random() < 0.85 else "",
        )
        if rng.random() < 0.3:
            sign_line(p, s, m, y + 80, half, "ggf. gesetzliche/r Vertreter/in", "")
        remember(start, start)
        return [p]
    if lg == "fr":
        sch = head_of(who, "school")
        s = style_of(sch, A4, pt=8.5)
        w, hh = A4
        m = s.margin
        p = Page(A4)
        y = heading(p, s, sch)
        p.text(m, y, "LIVRET D'APPRENTISSAGE - FICHE DE LIAISON ENTREPRISE / CFA", s.bold, 10.5)
        y = fields(
            p,
            s,
            m,
            y + 12,
            w - 2 * m,
            [
                ("Apprenti(e)", app),
                ("Diplôme préparé", "CAP Arts de la reliure"),
                ("Entreprise", oh.name),
                ("Maître d'apprentissage", master),
                ("Période", f"{MONTH_NAMES[lg][start.month - 1]} {start.year}"),
                ("Année de formation", f"{rng.randint(1, 2)}re année"),
            ],
            per=2,
            tall=24,
        )
        y = band(p, s, y, "Activités réalisées en entreprise") + 12
        y = ticks(
            p, s, m, y, w - 2 * m, TASKS["fr"], set(rng.sample(range(8), rng.randint(2, 5))), 8.5
        )
        y = band(p, s, y, "Savoir-être") + 14
        crit = [
            "Ponctualité",
            "Soin et précision",
            "Autonomie",
            "Respect des consignes de sécurité",
            "Intégration dans l'équipe",
        ]
        for c in crit:
            p.text(m, y, c, s.font, 8.5)
            ticks(
                p,
                s,
                m + 200,
                y,
                w - 2 * m - 200,
                ["Très bien", "Bien", "À améliorer"],
                {rng.choice([0, 0, 1, 1, 2])},
                8,
            )
            y += 16
        y = band(p, s, y + 4, "Observations du maître d'apprentissage") + 16
        y = ruled(p, m, y, w - 2 * m, [words(rng, lg, "bind", 9).rstrip("."), "", ""], 16)
        y = band(p, s, y, "Observations du formateur CFA") + 16
        y = ruled(p, m, y, w - 2 * m, ["", ""], 16)
        third = (w - 2 * m - 40) / 3
        for k, (lab, nm) in enumerate(
            [("L'apprenti(e)", app), ("Le maître d'apprentissage", master), ("Le formateur", "")]
        ):
            sign_line(p, s, m + k * (third + 20), min(y + 34, hh - 50), third, lab, nm)
        remember(start, start)
        return [p]
    sch = head_of(who, "school")
    s = style_of(sch, A4, pt=8.5)
    w, hh = A4
    m = s.margin
    f = sheets(s, sch, f"Progress review - {app}")
    caption(f, s, "Apprenticeship Progress Review", 4, rule=True)
    f.y = fields(
        f.page,
        s,
        m,
        f.y,
        w - 2 * m,
        [
            ("Apprentice", app),
            ("Standard", "Bookbinder (Level 3)"),
            ("Employer", oh.name),
            ("Line manager", master),
            ("Review date", short(start, lg)),
            ("Review no.", str(rng.randint(2, 9))),
            ("Off-the-job hours to date", str(rng.randint(60, 420))),
            ("Planned end date", short(date(start.year + 1, 7, 31), lg)),
        ],
        per=2,
        tall=24,
    )
    f.y = band(f.page, s, f.y, "Progress against the standard") + 14
    for t in ["Knowledge", "Skills", "Behaviours", "English", "Maths"]:
        f.page.text(m, f.y, t, s.font, 8.5)
        ticks(
            f.page,
            s,
            m + 120,
            f.y,
            w - 2 * m - 120,
            ["Ahead", "On track", "Behind", "N/A"],
            {rng.choice([1, 1, 1, 0, 2, 3])},
            8,
        )
        f.y += 16
    f.heading(m, "Apprentice's comments", s.bold, s.size + 1)
    f.y = ruled(f.page, m, f.y + 4, w - 2 * m, [words(rng, lg, "bind", 10).rstrip("."), "", ""], 16)
    f.heading(m, "SMART targets for next review", s.bold, s.size + 1)
    cols = columns(m, w - m, [(4, "left"), (1.2, "left"), (1.2, "left")])
    table(
        f,
        cols,
        ["Target", "Owner", "By"],
        [
            [t, app.split()[0], short(start + timedelta(days=rng.randint(20, 80)), lg)]
            for t in rng.sample(TASKS["en"], 3)
        ],
        s,
        rules=True,
    )
    f.need(80)
    f.y += 30
    third = (w - 2 * m - 40) / 3
    for k, (lab, nm) in enumerate(
        [
            ("Apprentice", app),
            ("Employer", master),
            ("Skills coach", person(keyed(who, "coach"), lg)),
        ]
    ):
        sign_line(f.page, s, m + k * (third + 20), f.y, third, lab, nm)
    pages = close(f.pages, s, sch, numbers="Page {i} of {n}")
    remember(start, start)
    return pages


def tpl_rent_invoice(rng: random.Random, who: Issuer) -> list[Page]:
    """The landlord's invoice for the workshop unit: rent, service charge on account and the
    sub-metered electricity with the meter readings, VAT, the standing order note; quarterly
    in England, monthly in Germany and France."""
    h = head_of(who, "landlord")
    lg = h.lang
    s = style_of(h)
    w, hh = s.page_size
    m = s.margin
    oh = office_head()
    q0 = add_months(month(), rng.randint(0, 1))
    d = q0 - timedelta(days=rng.randint(10, 20))
    unit = keyed(who, "unit").choice(["Unit 3", "Workshop 2", "Atelier B", "Halle 1, EG", "Lot 4"])
    rent = keyed(who, "rent").choice([620.0, 780.0, 950.0, 1150.0, 1340.0])
    no = serial(rng, "99999")
    f = sheets(s, h)
    recipient(
        f,
        s,
        h,
        [oh.name, oh.street, oh.town],
        d,
        [
            (tr(lg, "Tenant", "Mieter-Nr.", "Locataire"), serial(keyed(who, "t"), "T-999")),
            (tr(lg, "Invoice", "Rechnung", "Facture"), no),
        ],
    )
    caption(f, s, tr(lg, "RENT INVOICE", "MIETRECHNUNG", "AVIS D'ÉCHÉANCE"), 3)
    months = 3 if lg == "en" else 1
    end = add_months(q0, months) - timedelta(days=1)
    period = f"{short(q0, lg)} - {short(end, lg)}"
    write(
        f,
        s,
        f"{tr(lg, 'Premises', 'Mietobjekt', 'Locaux')}: {unit}, {oh.street}, {oh.town}",
        s.size - 0.5,
    )
    r0 = rng.randint(10000, 60000)
    used = rng.randint(280, 1400) * months
    price = {"en": 0.29, "de": 0.34, "fr": 0.24}[lg]
    rows = [
        [tr(lg, "Rent", "Grundmiete (gewerblich)", "Loyer"), period, money(rent * months, lg)],
        [
            tr(
                lg,
                "Service charge on account",
                "Nebenkostenvorauszahlung",
                "Provision pour charges",
            ),
            period,
            money(rent * 0.16 * months, lg),
        ],
        [
            tr(
                lg,
                f"Electricity, sub-meter {r0} - {r0 + used} = {used} kWh x {price}",
                f"Strom Zwischenzähler {r0} - {r0 + used} = {used} kWh x {money(price, lg)}",
                f"Électricité, sous-compteur {r0} - {r0 + used} = {used} kWh x {money(price, lg)}",
            ),
            "",
            money(used * price, lg),
        ],
    ]
    net = rent * months * 1.16 + used * price
    cols = columns(m, w - m, [(4, "left"), (2.2, "left"), (1.2, "right")])
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
    totals(f, s, lg, round(net, 2), vat_rate(lg) if lg != "fr" or rng.random() < 0.7 else 0.0)
    write(
        f,
        s,
        tr(
            lg,
            f"Payable in advance on the quarter day, {day(h, q0)}. Please pay by standing order "
            "quoting your tenant reference.",
            "Fällig am 3. Werktag des Monats. Die Zahlung erfolgt per Dauerauftrag; "
            "Verwendungszweck: Mieter-Nr. und Rechnungsnummer.",
            f"Terme payable d'avance le {day(h, q0)}. Prélèvement automatique à l'échéance.",
        ),
        s.size - 1,
    )
    pages = close(f.pages, s, h, numbers="none")
    received(rng, pages[0], d, 0.3)
    if rng.random() < 0.3:
        hand(
            pages[0],
            m + 10,
            hh - m - 40,
            tr(
                home(),
                f"pd {short(q0, home())} SO",
                f"bez. {short(q0, home())}",
                f"réglé le {short(q0, home())}",
            ),
            11,
        )
    remember(d, None)
    return pages


def proof_spread(rng: random.Random, lg: str, title: str, first: int) -> Page:
    """A landscape A4 proof of two facing pages with crop marks and hand corrections."""
    p = Page(LAND)
    w, hh = LAND
    pw, ph = 300.0, 430.0
    x0 = (w - 2 * pw) / 2
    y0 = (hh - ph) / 2 + 8
    for k in range(2):
        x = x0 + k * pw
        for cx, cy in [(x, y0), (x + pw, y0), (x, y0 + ph), (x + pw, y0 + ph)]:
            p.line(cx - 14, cy, cx - 4, cy)
            p.line(cx + 4, cy, cx + 14, cy)
            p.line(cx, cy - 14, cx, cy - 4)
            p.line(cx, cy + 4, cx, cy + 14)
        p.text(
            x + pw / 2, y0 + 30, fit(title, "Times-Italic", 8, pw - 80), "Times-Italic", 8, "center"
        )
        yy = y0 + 60
        if rng.random() < 0.3:
            yy += 40
            p.text(
                x + pw / 2,
                yy,
                fit(words(rng, lg, "bind", 4).rstrip("."), "Times-Bold", 12, pw - 80),
                "Times-Bold",
                12,
                "center",
            )
            yy += 30
        while yy < y0 + ph - 60:
            ln = fit(words(rng, lg, "bind", rng.randint(8, 12)), "Times-Roman", 9.5, pw - 90)
            p.text(x + 45, yy, ln, "Times-Roman", 9.5)
            yy += 13
            if rng.random() < 0.12:
                yy += 8
        p.text(x + pw / 2, y0 + ph - 30, str(first + k), "Times-Roman", 9, "center")
    for _ in range(rng.randint(1, 4)):
        k = rng.randrange(2)
        yy = y0 + rng.uniform(90, ph - 90)
        x = x0 + k * pw
        mx_ = x + pw + 6 if k == 1 else x - 40
        p.line(x + 60, yy + 3, x + 150, yy + 3)
        hand(p, mx_, yy + 2, rng.choice(["l.c.", "#", "tr.", "ital.", "/e", "stet", "wf"]), 9)
    p.text(
        20, hh - 14, f"{title} - proof {rng.randint(1, 3)} - {first}-{first + 1}", "Helvetica", 6
    )
    return p


PRESS_TITLES = {
    "en": [
        "Winter Psalms",
        "Notes from the Bindery",
        "Salt and Linen",
        "The Orchard Letters",
        "Twelve Poems of the Severn",
        "A Small Herbal",
    ],
    "de": [
        "Gedichte aus dem Garten",
        "Kleine Prosa",
        "Das Jahr der Stare",
        "Briefe an die Mühle",
        "Holzschnitte und Verse",
    ],
    "fr": [
        "Le Cahier bleu",
        "Poèmes de l'estuaire",
        "Petit herbier",
        "Lettres de Saint-Malo",
        "Carnets d'hiver",
    ],
}


def tpl_proof_approval(rng: random.Random, who: Issuer) -> list[Page]:
    """A small press's or author's proof approval for a short print run (proof approval,
    Druckfreigabe / Gut zum Druck, bon à tirer) on the workshop's form, signed and returned
    with the marked-up proof spreads on landscape pages."""
    r = keyed(who, "press")
    plg = home() if r.random() < 0.8 else r.choice([x for x in ("en", "de", "fr") if x != home()])
    client = r.choice(SENDERS["press"][plg])
    h = office_head()
    lg = h.lang
    s = style_of(h, A4, pt=9)
    w, _ = A4
    m = s.margin
    d = some_day(rng)
    title = rng.choice(PRESS_TITLES[plg])
    contact = person(r, plg)
    p = Page(A4)
    y = heading(p, s, h)
    p.text(m, y, tr(lg, "PROOF APPROVAL", "DRUCKFREIGABE", "BON À TIRER"), s.bold, 14)
    y = fields(
        p,
        s,
        m,
        y + 14,
        w - 2 * m,
        [
            (tr(lg, "Client", "Auftraggeber", "Client"), client[0]),
            (tr(lg, "Contact", "Ansprechpartner", "Contact"), contact),
            (tr(lg, "Title", "Titel", "Titre"), title),
            (tr(lg, "Job no.", "Auftrags-Nr.", "N° de travail"), serial(rng, "P-999")),
            (
                tr(lg, "Format", "Format", "Format"),
                rng.choice(["A5", "148 x 210 mm", "135 x 200 mm", "170 x 240 mm"]),
            ),
            (tr(lg, "Extent", "Umfang", "Pagination"), f"{rng.choice([32, 48, 64, 96, 128])} pp."),
            (
                tr(lg, "Paper", "Papier", "Papier"),
                rng.choice(["Munken Pure 120 g", "Conqueror laid 100 g", "Fedrigoni Arena 115 g"]),
            ),
            (tr(lg, "Run", "Auflage", "Tirage"), str(rng.choice([50, 100, 150, 250, 300]))),
            (
                tr(lg, "Binding", "Bindung", "Reliure"),
                rng.choice(
                    [
                        *COVERS[lg][2:4],
                        tr(lg, "Sewn paperback", "Fadengeheftete Broschur", "Broché cousu"),
                    ]
                ),
            ),
            (tr(lg, "Proof no.", "Korrekturstufe", "Épreuve n°"), str(rng.randint(1, 3))),
        ],
        per=2,
        tall=24,
        hand=False,
    )
    y = band(p, s, y, tr(lg, "Checked", "Geprüft", "Vérifié")) + 12
    y = ticks(
        p,
        s,
        m,
        y,
        w - 2 * m,
        [
            tr(lg, "Text", "Text", "Texte"),
            tr(lg, "Images", "Bilder", "Images"),
            tr(lg, "Imposition", "Ausschießen", "Imposition"),
            tr(lg, "Cover", "Umschlag", "Couverture"),
            tr(lg, "Colophon / ISBN", "Impressum / ISBN", "Achevé d'imprimer / ISBN"),
        ],
        set(rng.sample(range(5), rng.randint(3, 5))),
        8.5,
    )
    y = band(p, s, y, tr(lg, "Decision", "Entscheidung", "Décision")) + 12
    choice = rng.choice([0, 1, 1, 2])
    y = ticks(
        p,
        s,
        m,
        y,
        w - 2 * m,
        [
            tr(lg, "Approved as is", "Gut zum Druck", "Bon à tirer"),
            tr(
                lg,
                "Approved with corrections marked",
                "Gut zum Druck nach Korrektur",
                "Bon à tirer après corrections",
            ),
            tr(
                lg,
                "New proof required",
                "Neuer Korrekturabzug erforderlich",
                "Nouvelle épreuve demandée",
            ),
        ],
        {choice},
        9,
    )
    for ln in wrap(
        tr(
            lg,
            "With this approval the client accepts responsibility for any errors not marked on "
            "the proof.",
            "Mit der Druckfreigabe gehen nicht markierte Fehler in die Verantwortung des "
            "Auftraggebers über.",
            "Le bon à tirer engage la responsabilité du client pour toute erreur non signalée.",
        ),
        s.font,
        7.5,
        w - 2 * m,
    ):
        p.text(m, y, ln, s.font, 7.5)
        y += 10
    hand(p, m + 4, y + 24, f"{town_name(client[2])}, {short(d, plg)}", 10)
    sign_line(p, s, m, y + 28, 200, tr(lg, "Place, date", "Ort, Datum", "Lieu, date"))
    sign_line(
        p,
        s,
        m + 240,
        y + 28,
        200,
        tr(lg, "Signature of client", "Unterschrift Auftraggeber", "Signature du client"),
        contact,
    )
    if choice:
        hand(
            p,
            m,
            y + 70,
            rng.choice(
                [
                    tr(plg, "see p. 12 and 31", "s. S. 12 und 31", "voir p. 12 et 31"),
                    tr(
                        plg,
                        "corrections in red",
                        "Korrekturen rot markiert",
                        "corrections en rouge",
                    ),
                ]
            ),
            10,
        )
    pages = [p]
    first = rng.choice([4, 8, 12, 22, 30])
    for k in range(rng.choice([1, 1, 2, 3])):
        pages.append(proof_spread(rng, plg, title, first + 2 * k * rng.randint(1, 4)))
    remember(d, None)
    return pages


CHECKS = {
    "en": [
        "Two-hand control",
        "Light curtain / guard",
        "Emergency stop",
        "Blade condition and bolts",
        "Clamp pressure",
        "Cutting stick",
        "Blade change tool present",
        "Electrical insulation test",
        "Warning signs",
        "Operator instructions",
    ],
    "de": [
        "Zweihandsicherung",
        "Lichtschranke / Schutzgitter",
        "Not-Halt",
        "Messer und Messerschrauben",
        "Pressbalken Druck",
        "Schneidleiste",
        "Messerwechselvorrichtung",
        "Isolationsmessung (DGUV V3)",
        "Warnhinweise",
        "Betriebsanweisung vorhanden",
    ],
    "fr": [
        "Commande bimanuelle",
        "Barrière immatérielle / protecteur",
        "Arrêt d'urgence",
        "Lame et vis de lame",
        "Pression du presse-papier",
        "Réglette de coupe",
        "Outil de changement de lame",
        "Mesure d'isolement",
        "Signalisation",
        "Notice d'instructions au poste",
    ],
}


def tpl_press_inspection(rng: random.Random, who: Issuer) -> list[Page]:
    """An engineering firm's annual safety inspection report for the workshop's guillotine or
    board shear (PUWER thorough examination, UVV-Prüfung, vérification générale périodique):
    machine fields, the checklist with OK / defect / n/a columns, the result boxes, the
    inspection label and the engineer's signature; now and then a defects page."""
    h = head_of(who, "inspector")
    lg = h.lang
    s = style_of(h, A4, pt=8.5)
    w, _ = A4
    m = s.margin
    d = some_day(rng)
    oh = office_head()
    machine = rng.choice(
        [
            tr(
                lg,
                "Guillotine Ideal 4850-95 EP",
                "Schneidemaschine IDEAL 4850-95 EP",
                "Massicot IDEAL 4850-95 EP",
            ),
            tr(
                lg,
                "Board shear Jacques 36in",
                "Pappschere Krause PS 100",
                "Cisaille à carton Krause 100",
            ),
            tr(lg, "Guillotine Polar 58", "Schnellschneider POLAR 58", "Massicot POLAR 58"),
        ]
    )
    eng = person(keyed(who, "eng"), lg)
    f = sheets(s, h, f"{h.name} - {machine}")
    caption(
        f,
        s,
        tr(
            lg,
            "REPORT OF THOROUGH EXAMINATION",
            "PRÜFPROTOKOLL - WIEDERKEHRENDE PRÜFUNG (DGUV)",
            "RAPPORT DE VÉRIFICATION GÉNÉRALE PÉRIODIQUE",
        ),
        3,
        rule=True,
    )
    f.y = fields(
        f.page,
        s,
        m,
        f.y,
        w - 2 * m,
        [
            (tr(lg, "Customer", "Betreiber", "Établissement"), oh.name),
            (tr(lg, "Site", "Standort", "Adresse"), f"{oh.street}, {oh.town}"),
            (tr(lg, "Machine", "Maschine", "Machine"), machine),
            (
                tr(lg, "Serial no. / year", "Masch.-Nr. / Baujahr", "N° série / année"),
                f"{serial(keyed(who, 'sn'), '999999')} / {rng.randint(1986, 2019)}",
            ),
            (tr(lg, "Date of examination", "Prüfdatum", "Date de vérification"), short(d, lg)),
            (tr(lg, "Report no.", "Bericht-Nr.", "Rapport n°"), serial(rng, "99-99999")),
        ],
        per=2,
        tall=24,
        hand=False,
    )
    cols = columns(
        m,
        w - m,
        [
            (0.4, "left"),
            (4, "left"),
            (0.6, "center"),
            (0.6, "center"),
            (0.6, "center"),
            (2.2, "left"),
        ],
    )
    defects = set(rng.sample(range(10), rng.choice([0, 0, 1, 1, 2])))
    rows = []
    for k, t in enumerate(CHECKS[lg]):
        na = k == 6 and ("shear" in machine.lower() or "Pappschere" in machine)
        rows.append(
            [
                str(k + 1),
                t,
                "" if (k in defects or na) else "X",
                "X" if k in defects else "",
                "X" if na else "",
                tr(lg, "see defects", "s. Mängel", "voir observations") if k in defects else "",
            ]
        )
    table(
        f,
        cols,
        [
            "",
            tr(lg, "Item examined", "Prüfpunkt", "Point vérifié"),
            "OK",
            tr(lg, "Defect", "Mangel", "Défaut"),
            "n/a",
            tr(lg, "Remarks", "Bemerkung", "Observations"),
        ],
        rows,
        s,
        rules=True,
        step=1.9,
    )
    f.y += 6
    f.y = band(f.page, s, f.y, tr(lg, "Result", "Ergebnis", "Conclusion")) + 12
    res = 0 if not defects else rng.choice([1, 1, 2])
    f.y = ticks(
        f.page,
        s,
        m,
        f.y,
        w - 2 * m,
        [
            tr(lg, "Safe to use", "Keine Mängel - Betrieb zulässig", "Pas d'observation"),
            tr(
                lg,
                "Safe to use - defects to be remedied",
                "Mängel - Betrieb zulässig, Beseitigung bis",
                "Observations à lever",
            ),
            tr(lg, "NOT safe to use", "Betrieb untersagt", "Mise à l'arrêt"),
        ],
        {res},
        8.5,
    )
    nxt = date(d.year + 1, d.month, 1)
    f.page.text(
        m,
        f.y + 4,
        f"{tr(lg, 'Next examination due', 'Nächste Prüfung', 'Prochaine vérification')}: "
        f"{short(nxt, lg)}",
        s.bold,
        s.size,
    )
    f.y += 24
    f.need(90)
    sign_line(
        f.page,
        s,
        m,
        f.y + 30,
        190,
        f"{eng}, {tr(lg, 'Engineer Surveyor', 'Sachkundiger Prüfer', 'Vérificateur')}",
        eng,
    )
    lx, ly = w - m - 120, f.y
    f.page.rect(lx, ly, 110, 60, fill=0.9)
    f.page.rect(lx + 3, ly + 3, 104, 54)
    f.page.text(
        lx + 55, ly + 18, tr(lg, "INSPECTED", "GEPRÜFT", "VÉRIFIÉ"), "Helvetica-Bold", 10, "center"
    )
    f.page.text(
        lx + 55,
        ly + 32,
        f"{tr(lg, 'next', 'nächste', 'prochaine')} {nxt.month:02d}/{nxt.year}",
        "Helvetica",
        8,
        "center",
    )
    f.page.text(lx + 55, ly + 46, fit(h.name, "Helvetica", 6, 100), "Helvetica", 6, "center")
    f.y += 80
    if defects and rng.random() < 0.6:
        f.new_page()
        f.heading(
            m,
            tr(
                lg,
                "Defects and recommendations",
                "Festgestellte Mängel und Empfehlungen",
                "Observations et recommandations",
            ),
            s.bold,
            s.size + 2,
        )
        for k in sorted(defects):
            f.heading(m, f"{k + 1}. {CHECKS[lg][k]}", s.bold, s.size)
            write(f, s, prose(rng, lg, "legal", 1, 2))
        write(
            f,
            s,
            tr(
                lg,
                "These defects should be remedied within 28 days.",
                "Die Mängel sind innerhalb von 4 Wochen zu beseitigen; Nachprüfung auf "
                "Anforderung.",
                "Ces observations doivent être levées dans un délai d'un mois.",
            ),
        )
    pages = close(
        f.pages, s, h, numbers=tr(lg, "Page {i} of {n}", "Seite {i} von {n}", "Page {i}/{n}")
    )
    received(rng, pages[0], d, 0.25)
    remember(d, None)
    return pages


# ---------------------------------------------------------------------------------------------
# The part: templates, runs and companions
# ---------------------------------------------------------------------------------------------


def tracked(name: str, tpl: Template) -> Template:
    """``tpl`` noting its kind, so that a companion can take up the same customer or volume."""

    def run(rng: random.Random, who: Issuer) -> list[Page]:
        pages = tpl(rng, who)
        LAST["kind"] = name
        return pages

    run.__doc__ = tpl.__doc__
    return run


KINDS: dict[str, Template] = {
    "job_ticket": tpl_job_ticket,
    "customer_letter": tpl_customer_letter,
    "quotation": tpl_quotation,
    "quote_acceptance": tpl_quote_acceptance,
    "condition_report": tpl_condition_report,
    "treatment_order": tpl_treatment_order,
    "thesis_order": tpl_thesis_order,
    "leather_invoice": tpl_leather_invoice,
    "paper_invoice": tpl_paper_invoice,
    "gold_delivery": tpl_gold_delivery,
    "framework_agreement": tpl_framework_agreement,
    "loan_receipt": tpl_loan_receipt,
    "transport_receipt": tpl_transport_receipt,
    "valuation": tpl_valuation,
    "insurance_schedule": tpl_insurance_schedule,
    "chamber_notice": tpl_chamber_notice,
    "training_record": tpl_training_record,
    "rent_invoice": tpl_rent_invoice,
    "proof_approval": tpl_proof_approval,
    "press_inspection": tpl_press_inspection,
}
TEMPLATES_FFFFF: dict[str, Template] = {k: tracked(k, t) for k, t in KINDS.items()}
#: Kinds that a pile often holds 2-4 of in a row from one sender.
RUN_KINDS = (
    "job_ticket",
    "thesis_order",
    "leather_invoice",
    "paper_invoice",
    "gold_delivery",
    "loan_receipt",
    "transport_receipt",
    "valuation",
    "condition_report",
    "training_record",
)
#: A kind often followed by a related paper.
FOLLOWS = {
    "customer_letter": "quotation",
    "quotation": "quote_acceptance",
    "condition_report": "treatment_order",
    "framework_agreement": "loan_receipt",
}


# ---------------------------------------------------------------------------------------------
# Streams and generation (same files and labels as corpus.generate)
# ---------------------------------------------------------------------------------------------


def make_mangle_stream(rng: random.Random, n_docs: int, separators: bool) -> Stream:
    """One workshop's pile: ``corpus.make_stream`` with batch runs (after a run kind, 1-3 more
    of the same kind from the same sender follow with probability 0.55) and companions (each
    kind in ``FOLLOWS`` is followed by its related paper with probability 0.5). The workshop
    (country, name, month) is drawn once per stream."""
    r = random.Random(rng.getrandbits(32))
    lang = r.choice(["en", "en", "de", "de", "fr"])
    OFFICE["lang"] = lang
    OFFICE["row"] = r.randrange(len(BINDERIES[lang]))
    OFFICE["seed"] = r.getrandbits(24)
    OFFICE["month"] = date(r.choice([2024, 2025]), r.randint(1, 12), 1)
    LAST.update(kind="", day=None, extra=None)
    run_odds = dict.fromkeys(RUN_KINDS, 0.55)
    return assemble_stream(
        rng, TEMPLATES_FFFFF, n_docs, separators, run_odds, run_len=(1, 3), follows=FOLLOWS
    )


generate = part_generate(PART, SEED_OFFSET, make_mangle_stream, "templates FFFFF")


def main(argv: list[str]) -> int:
    return part_main(argv, __doc__, PART, generate, scanned=12)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

"""Funnel part of the generated corpus: templates DDDD, written blind for the next measurement.

A part of its own, ``funnel``. Its templates were written without looking at the boundary
detector, its documentation, its tuning or its evaluation, as the pile the office of an
independent bookshop with a small café corner (the owner, two booksellers and a part-time
bookkeeper; in England, Germany or France) feeds through its scanner in a month: book
wholesalers' and publishers' invoices with ISBN lines, retail price, discount and the VAT split
(zero-rated books, 7 % Buchpreis, TVA 5,5 %); wholesalers' despatch notes (Lieferschein, bon de
livraison) with tote numbers, supplied and back-ordered quantities, status codes and the
bookseller's ticks, sometimes with a back-order report page; publishers' returns authorisations
(Remissionsgenehmigung, accord de retour) with the returns label to cut out; publishers'
returns credit notes (Gutschrift, avoir) with the rejected lines; author event agreements
(Lesungsvereinbarung, convention de rencontre) with the event grid, numbered clauses, a
signature page and now and then the publicist's covering letter or the author's requirements;
ticketing platforms' event sales reports with the attendee list on landscape pages; schools'
and libraries' book supply orders (a purchase order from the finance system, a librarian's
letter or a handwritten order) sometimes with the teacher's book list; the shop's own
invoices to schools and libraries (library discount, jacketing and labelling) with the signed
delivery note; book token and gift card settlement statements with the redemption list; the
landlord's rent demands with the service charge budget; card terminal merchant statements;
café suppliers' invoices (coffee roaster, dairy round, baker's duplicate book); book fair and
festival stall bookings with the site plan and exhibitor rules; publishers' co-op promotion
agreements (Werbekostenzuschuss, accord de mise en avant) with the proof-of-performance form;
customers' special order forms on the shop's pad; the shop's insurance schedule with the
broker's covering letter and the endorsements; weekly staff rotas; staff contracts of
employment with the job description; the council's business rates demand (Gewerbesteuer-
Vorauszahlungsbescheid, avis de CFE) with the notes on the back; publishers' reps'
subscription orders for the new season. Each stream is one shop's pile: the shop (country,
name, staff, month) is drawn once per stream; its outside senders are of the shop's country
and write in its language, except that publishers, wholesalers and festival organisers are now
and then from abroad and write in their own. Page sizes range from narrow bakers' slips, A6
order forms and A5 delivery invoices to A4, Letter and landscape A4.

Labelling rule: what one sender issues in one go is one document, as the office files it: every
page of an invoice, a despatch note and its back-order report; the returns label of a returns
authorisation; the discrepancy page of a credit note; the covering letter, signature page and
requirements annex of an event agreement; the attendee pages of a sales report; the book list
a school sends with its order; the delivery note behind the shop's own invoice; the redemption
list of a token statement; the budget page of a rent demand; every page of a card statement
and the notice printed behind it; the site plan and rules of a stall booking; the
proof-of-performance form of a co-op agreement; the covering letter, schedule pages and
endorsements of an insurance schedule; the job description and signature page of a contract;
the notes on the back of a rates demand; the continuation sheet of a rep's order. Related
papers are documents of their own: the invoice after the despatch note it bills, the credit
note after the returns authorisation, the shop's invoice after the school's order, the ticket
sales report after the event agreement, the co-op agreement after the rep's order; and so is
each invoice, despatch note, credit note, returns authorisation, school order, café invoice,
special order form and rota of a run.

Streams are assembled like ``corpus.make_stream`` (same separator sheets, same 30% chance of
repeating the previous kind and sender), plus batch runs: wholesalers' invoices and despatch
notes, credit notes, returns authorisations, school orders, café suppliers' invoices, special
order forms and rotas often come 2-4 in a row from one sender with other numbers, dates and
amounts; and companions: each related paper above often follows the document it answers. Drawn
with ``corpus.draw_pdf``, scanned with ``corpus.scan`` and labelled exactly like
``corpus.generate`` with ``"split": "funnel"`` and seeds offset by 8_100_000.

Usage: ``python benchmarks/corpus_funnel.py OUT_DIR [--streams N] [--scanned N] [--seed S]``
writes ``OUT_DIR/funnel/funnel_{born_digital,scanned}_NNNNNNN.{pdf,json}``.
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
    Col,
    Flow,
    band,
    box,
    caption,
    cash,
    close,
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
from corpus_kit import columns as kit_columns

PART = "funnel"
SEED_OFFSET = 8_100_000

MM = 72 / 25.4
SLIP = (80 * MM, 160 * MM)
A6 = (105 * MM, 148 * MM)

# ---------------------------------------------------------------------------------------------
# Who writes: the shop and its outside senders, by country
# ---------------------------------------------------------------------------------------------

Row = tuple[str, str, str, str]  # name, street, town, telephone
SHOPS: dict[str, list[Row]] = {
    "en": [
        ("Marlow & Finch Booksellers", "27 Fore Street", "Totnes TQ9 5DA", "01803 862 411"),
        ("The Lantern Bookshop", "8 Bridge Street", "Hebden Bridge HX7 8EX", "01422 845 320"),
        ("Chapter House Books & Coffee", "112 High Street", "Lewes BN7 1XH", "01273 478 905"),
    ],
    "de": [
        ("Buchhandlung Seitenwind", "Lange Straße 31", "49074 Osnabrück", "0541 33 58 02"),
        ("Bücherstube am Markt", "Marktplatz 6", "79098 Freiburg", "0761 38 21 74"),
        ("Lesezeichen Buch & Café", "Bergstraße 15", "69120 Heidelberg", "06221 41 06 93"),
    ],
    "fr": [
        ("Librairie La Page Blanche", "14 rue du Palais", "17000 La Rochelle", "05 46 41 27 80"),
        ("Librairie-café Le Marque-Page", "3 place du Marché", "35000 Rennes", "02 99 79 40 16"),
        ("Librairie des Remparts", "22 Grande Rue", "25000 Besançon", "03 81 82 15 63"),
    ],
}
SENDERS: dict[str, dict[str, list[Row]]] = {
    "wholesaler": {
        "en": [
            ("Gardners Books Ltd", "1 Whittle Drive", "Eastbourne BN23 6QH", "01323 521 555"),
            ("Peninsula Book Distribution Ltd", "Unit 4, Marsh Barton", "Exeter EX2 8PW", ""),
            ("Northbank Books Wholesale", "Canal Wharf", "Leeds LS11 5PZ", "0113 245 0771"),
        ],
        "de": [
            ("Libri GmbH", "Friedensallee 273", "22763 Hamburg", "040 853 98 0"),
            ("Zeitfracht Medien GmbH", "Ferdinand-Jühlke-Straße 7", "99095 Erfurt", ""),
            ("Umbra Barsortiment GmbH", "Industriestraße 12", "56068 Koblenz", ""),
        ],
        "fr": [
            ("Interforum Distribution", "3 allée de la Seine", "94200 Ivry-sur-Seine", ""),
            ("Sodilivres Diffusion", "ZA des Chênes", "77400 Lagny-sur-Marne", ""),
            ("Union Distribution Ouest", "Rue des Imprimeurs", "44980 Sainte-Luce", ""),
        ],
    },
    "publisher": {
        "en": [
            ("Harbour Lane Press Ltd", "16 Doughty Mews", "London WC1N 2PF", "020 7405 3300"),
            ("Fenwick & Hale Publishers", "9 Stanhope Road", "Oxford OX3 7DN", ""),
            ("Little Heron Children's Books", "The Old Mill, Bow Lane", "Bath BA1 1SU", ""),
        ],
        "de": [
            ("Verlag Lindenblatt GmbH", "Rosenthaler Straße 40", "10178 Berlin", ""),
            ("Kranich & Sohn Verlag KG", "Schillerplatz 4", "70173 Stuttgart", ""),
            ("Edition Nordlicht", "Lehmweg 22", "20251 Hamburg", "040 41 09 77"),
        ],
        "fr": [
            ("Éditions du Vieux Port", "11 rue Sainte", "13001 Marseille", "04 91 33 08 12"),
            ("Éditions Garance & Cie", "27 rue Jacob", "75006 Paris", ""),
            ("L'Ourson bleu éditions", "5 quai des Chartrons", "33000 Bordeaux", ""),
        ],
    },
    "school": {
        "en": [
            ("Dartside Academy", "Ashburton Road", "Totnes TQ9 5JX", "01803 869 200"),
            ("St Mary's C of E Primary School", "Church Walk", "Lewes BN7 2LP", ""),
            ("Devon Libraries - Stock Unit", "Great Moor House", "Exeter EX2 7NL", ""),
            ("Calder High School", "Brier Hey Lane", "Mytholmroyd HX7 5QN", ""),
        ],
        "de": [
            ("Ratsgymnasium", "Schloßwall 5", "49074 Osnabrück", "0541 323 46 50"),
            ("Grundschule am Stadtgarten", "Gartenstraße 9", "79098 Freiburg", ""),
            ("Stadtbibliothek - Erwerbung", "Poststraße 15", "69115 Heidelberg", ""),
            ("Realschule Heiliggeist", "Kirchgasse 2", "69117 Heidelberg", ""),
        ],
        "fr": [
            ("Collège Fromentin", "Rue Dupaty", "17000 La Rochelle", "05 46 41 33 70"),
            ("Médiathèque Michel-Crépeau", "Avenue Michel Crépeau", "17000 La Rochelle", ""),
            ("Lycée Émile Zola", "2 avenue Janvier", "35000 Rennes", ""),
            ("École élémentaire Jean-Macé", "8 rue de Belfort", "25000 Besançon", ""),
            ("Médiathèque Pierre-Bayle", "27 rue de la République", "25000 Besançon", ""),
        ],
    },
    "landlord": {
        "en": [
            ("Dart Valley Estates Ltd", "4 The Plains", "Totnes TQ9 5DR", "01803 865 020"),
            ("Sussex Commercial Property LLP", "55 Western Road", "Hove BN3 1JD", ""),
            ("Calder Properties Ltd", "c/o Holt & Pearce, 9 Market St", "Halifax HX1 1PB", ""),
        ],
        "de": [
            ("Hausverwaltung Niemeyer & Partner", "Große Straße 60", "49074 Osnabrück", ""),
            ("Immobilien Vögele GmbH", "Kaiser-Joseph-Straße 210", "79098 Freiburg", ""),
            (
                "Erbengemeinschaft Ludwig, vertr. d. Hausverw. Brand",
                "Hauptstraße 88",
                "69117 Heidelberg",
                "",
            ),
        ],
        "fr": [
            ("Cabinet Dufresne Gestion", "9 quai Duperré", "17000 La Rochelle", ""),
            ("SCI Les Lices", "c/o Citya Rennes, 6 rue d'Isly", "35000 Rennes", ""),
            ("Foncia Besançon", "31 rue des Granges", "25000 Besançon", ""),
        ],
    },
    "acquirer": {
        "en": [
            ("Worldline Merchant Services UK", "PO Box 1276", "Reading RG1 9PQ", ""),
            ("Barclaycard Payment Acceptance", "1234 Pavilion Drive", "Northampton NN4 7SG", ""),
        ],
        "de": [
            ("Payone GmbH", "Lyoner Straße 9", "60528 Frankfurt am Main", ""),
            ("Concardis Händlerservice", "Helfmann-Park 7", "65760 Eschborn", ""),
        ],
        "fr": [
            (
                "Crédit Mutuel - Monétique Commerçants",
                "4 rue Frédéric-Guillaume Raiffeisen",
                "67000 Strasbourg",
                "",
            ),
            ("CIC Monétique", "6 avenue de Provence", "75009 Paris", ""),
        ],
    },
    "roaster": {
        "en": [
            ("Dartmoor Coffee Roasters", "Unit 7, Babbage Road", "Totnes TQ9 5JA", ""),
            ("Two Hills Coffee Co", "Mill Yard", "Hebden Bridge HX7 6AL", ""),
        ],
        "de": [
            ("Rösterei Hafenbohne", "Hafenstraße 4", "49090 Osnabrück", ""),
            ("Kaffeerösterei Schwarzwaldglut", "Talstraße 17", "79102 Freiburg", ""),
        ],
        "fr": [
            ("Brûlerie des Quais", "18 rue de la Chaîne", "17000 La Rochelle", ""),
            ("Café Mokalys Torréfaction", "ZA de Lorient", "35000 Rennes", ""),
        ],
    },
    "dairy": {
        "en": [
            ("Riverford Dairy Rounds", "Higher Barn", "Staverton TQ9 6AF", ""),
            ("Pennine Milk & More", "Moor End Farm", "Todmorden OL14 6HT", ""),
        ],
        "de": [
            ("Molkerei Hoflieferung Brinkmann", "Am Hof 3", "49124 Georgsmarienhütte", ""),
            ("Bäckerei-Konditorei Kunz", "Wiehre 22", "79100 Freiburg", ""),
        ],
        "fr": [
            ("Laiterie Saint-Aubin", "Route de Surgères", "17220 Saint-Christophe", ""),
            ("Boulangerie Le Fournil d'Hélène", "4 rue Vasselot", "35000 Rennes", ""),
        ],
    },
    "tokens": {
        "en": [("National Book Tokens Ltd", "6 Bell Yard", "London WC2A 2JR", "020 7421 4640")],
        "de": [("Buchgutschein-Zentrale GmbH", "Braubachstraße 16", "60311 Frankfurt am Main", "")],
        "fr": [("Chèque Lire SAS", "35 rue Grégoire-de-Tours", "75006 Paris", "")],
    },
    "ticketing": {
        "en": [
            ("TicketSource Ltd", "Tresillian House, Ocean Way", "Cardiff CF10 4DQ", ""),
            ("Eventpass UK Ltd", "21 Old Street", "London EC1V 9HL", ""),
        ],
        "de": [
            ("Reservix GmbH", "Humboldtstraße 2", "79098 Freiburg", ""),
            ("Kartenhaus Online GmbH", "Schanzenstraße 33", "20357 Hamburg", ""),
        ],
        "fr": [
            ("Billetweb SAS", "12 rue de la Chaussée-d'Antin", "75009 Paris", ""),
            ("Weezevent", "22 rue de Paradis", "75010 Paris", ""),
        ],
    },
    "organiser": {
        "en": [
            ("Ways With Words Festival", "Dartington Hall", "Totnes TQ9 6EL", ""),
            ("Sussex Book Fair CIC", "Town Hall, High Street", "Lewes BN7 2QS", ""),
        ],
        "de": [
            ("Literaturfest Osnabrück e.V.", "Lohstraße 11", "49074 Osnabrück", ""),
            ("Heidelberger Bücherherbst GbR", "Plöck 40", "69117 Heidelberg", ""),
        ],
        "fr": [
            ("Association Lire en Fête", "Espace Encan", "17000 La Rochelle", ""),
            ("Salon du Livre de Besançon", "Hôtel de Ville", "25000 Besançon", ""),
        ],
    },
    "insurer": {
        "en": [
            ("Hiscox Retail Insurance", "The Hiscox Building, Peasholme Green", "York YO1 7PR", ""),
            ("Towergate Insurance Brokers", "Kings Parade", "Plymouth PL1 1SZ", ""),
        ],
        "de": [
            ("Mannheimer Versicherung AG", "Augustaanlage 66", "68165 Mannheim", ""),
            ("Versicherungsmakler Hollmann GmbH", "Neuer Graben 7", "49074 Osnabrück", ""),
        ],
        "fr": [
            ("MMA IARD - Agence Rochelaise", "45 rue des Merciers", "17000 La Rochelle", ""),
            ("Groupama Loire Bretagne", "23 boulevard Solférino", "35000 Rennes", ""),
        ],
    },
    "council": {
        "en": [
            (
                "South Hams District Council - Business Rates",
                "Follaton House",
                "Totnes TQ9 5NE",
                "",
            ),
            ("Calderdale Council - Business Rates", "PO Box 51", "Halifax HX1 1TP", ""),
            ("Lewes District Council - Revenues", "Southover House", "Lewes BN7 1AB", ""),
        ],
        "de": [
            (
                "Stadt Osnabrück - Fachbereich Finanzen - Steueramt",
                "Natruper-Tor-Wall 5",
                "49076 Osnabrück",
                "",
            ),
            (
                "Stadt Freiburg im Breisgau - Amt für Steuern",
                "Fahnenbergplatz 4",
                "79098 Freiburg",
                "",
            ),
            (
                "Stadt Heidelberg - Kämmereiamt - Steuerabteilung",
                "Marktplatz 10",
                "69117 Heidelberg",
                "",
            ),
        ],
        "fr": [
            (
                "Direction générale des Finances publiques - SIE La Rochelle",
                "4 rue Albert 1er",
                "17000 La Rochelle",
                "",
            ),
            (
                "Direction générale des Finances publiques - SIE Rennes Sud",
                "2 boulevard Magenta",
                "35000 Rennes",
                "",
            ),
            (
                "Direction générale des Finances publiques - SIE Besançon",
                "63 quai Veil-Picard",
                "25000 Besançon",
                "",
            ),
        ],
    },
}
#: The schools and libraries near each shop (by its row in ``SHOPS``).
NEAR = {"en": [[0, 2], [3], [1]], "de": [[0], [1], [2, 3]], "fr": [[0, 1], [2], [3, 4]]}
PUB_ABROAD: dict[str, list[Row]] = {
    "en": [("Penrose Academic Ltd", "2 Castle Park", "Cambridge CB3 0AX", "")],
    "de": [("Carlsen-Lenz Kinderbuch GmbH", "Völckersstraße 14", "22765 Hamburg", "")],
    "fr": [("Éditions Hirondelle", "8 rue Séguier", "75006 Paris", "")],
}

FIRSTS = {
    "en": ["Sarah", "Tom", "Helen", "Josh", "Ruth", "Callum", "Priya", "Ben", "Megan", "Alys"],
    "de": ["Anja", "Jonas", "Britta", "Felix", "Carola", "Timo", "Svenja", "Malte", "Ines"],
    "fr": ["Claire", "Mathis", "Élise", "Romain", "Justine", "Yann", "Manon", "Gaël", "Inès"],
}
LASTS = {
    "en": ["Pascoe", "Hartley", "Okafor", "Trelawney", "Ashworth", "Byrne", "Kaur", "Penhale"],
    "de": ["Brüggemann", "Tiedemann", "Sommer", "Albers", "Yilmaz", "Kuhn", "Wessels", "Roth"],
    "fr": ["Le Goff", "Marchand", "Nicolas", "Boucher", "Tessier", "Haddad", "Caron", "Riou"],
}
FEMALE = {"Sarah", "Helen", "Ruth", "Priya", "Megan", "Alys", "Anja", "Britta", "Carola"}
FEMALE |= {"Svenja", "Ines", "Claire", "Élise", "Justine", "Manon", "Inès"}

# Books: titles and authors as each country's trade lists them.
NOUNS = {
    "en": [
        "Lighthouse",
        "Orchard",
        "Winter",
        "Harbour",
        "Fox",
        "Moor",
        "Glasshouse",
        "Cartographer",
        "Tide",
        "Heron",
        "Hedgerow",
        "Beekeeper",
        "Salt",
        "Kestrel",
        "Ferryman",
        "Almanac",
        "Lantern",
        "Quarry",
        "Clockmaker",
        "Estuary",
    ],
    "de": [
        "Leuchtturm",
        "Obstgarten",
        "Winter",
        "Hafen",
        "Fuchs",
        "Moor",
        "Glashaus",
        "Kartograf",
        "Gezeiten",
        "Reiher",
        "Hecke",
        "Imker",
        "Salz",
        "Falke",
        "Fährmann",
        "Kalender",
        "Laterne",
        "Steinbruch",
        "Uhrmacher",
        "Mündung",
    ],
    "fr": [
        "phare",
        "verger",
        "hiver",
        "port",
        "renard",
        "bocage",
        "marais",
        "apiculteur",
        "sel",
        "faucon",
        "passeur",
        "chêne",
        "jardin",
        "moulin",
        "rivage",
        "bateau",
        "goéland",
        "chemin",
        "grenier",
        "cartographe",
    ],
}
TITLE_FORMS = {
    "en": [
        "The {N}",
        "The {N}'s Daughter",
        "A Year of the {N}",
        "The Last {N}",
        "Notes from the {N}",
        "The {N} and the {M}",
        "Under the {N}",
        "How to Read the {N}",
        "The Little {N} Book",
        "{N}: A Natural History",
    ],
    "de": [
        "{N}",
        "{N}. Roman",
        "Zwischen {N} und {M}",
        "Kleines Lexikon: {N}",
        "{N} und {M}",
        "Über {N} und {M}",
        "Das kleine {N}-Buch",
        "Das {N}-Jahr",
        "{N}. Eine Naturgeschichte",
        "{N}. Erzählungen",
    ],
    "fr": [
        "Le {N}",
        "La fille du {N}",
        "Une année au {N}",
        "Le dernier {N}",
        "Nouvelles du {N}",
        "Le {N} et le {M}",
        "Sous le {N}",
        "Petit traité du {N}",
        "Ce que dit le {N}",
        "Le {N}, une histoire naturelle",
    ],
}
WRITERS = {
    "en": [
        "Catherine Aske",
        "Owen Trethewey",
        "Nadia Rahman",
        "Fergus Lyle",
        "Imogen Blake",
        "Jude Pemberton",
        "Ama Mensah",
        "Rhys Cadwallader",
        "Lucy Marr",
        "Daniel Frobisher",
    ],
    "de": [
        "Judith Wegner",
        "Lars Heinemann",
        "Mira Kovacs",
        "Tobias Reuter",
        "Hanne Ostermann",
        "Can Aydin",
        "Ulrike Behrens",
        "Paul Lindqvist",
        "Sophie Marquardt",
        "Ben Tjaden",
    ],
    "fr": [
        "Hélène Rivière",
        "Arnaud Kerbrat",
        "Leïla Mansouri",
        "Julien Desprez",
        "Camille Aubert",
        "Pierre-Marie Lozac'h",
        "Aïssata Diallo",
        "Vincent Morin",
        "Solène Guérin",
        "Marc-Antoine Roy",
    ],
}
BINDINGS = {
    "en": ["HB", "PB", "PB", "TPB", "PB", "HB"],
    "de": ["Gb", "Tb", "Kt", "Gb", "Tb", "Br"],
    "fr": ["Broché", "Poche", "Relié", "Broché", "Poche", "Album"],
}
ISBN_GROUP = {"en": "1", "de": "3", "fr": "2"}
BOOK_VAT = {"en": 0.0, "de": 7.0, "fr": 5.5}
STD_VAT = {"en": 20.0, "de": 19.0, "fr": 20.0}


@dataclass
class Book:
    isbn: str
    title: str
    author: str
    binding: str
    price: float


def isbn13(rng: random.Random, lang: str, pub: int | None = None) -> str:
    """A well-formed ISBN-13 of ``lang``'s registration group (check digit included)."""
    group = ISBN_GROUP[lang]
    reg = str(pub if pub is not None else rng.randint(100, 999))
    body = f"978{group}{reg}"
    body += "".join(str(rng.randint(0, 9)) for _ in range(12 - len(body)))
    check = (10 - sum(int(c) * (1 if k % 2 == 0 else 3) for k, c in enumerate(body)) % 10) % 10
    title_part = body[4 + len(reg) :]
    return f"978-{group}-{reg}-{title_part}-{check}"


def a_book(rng: random.Random, lang: str, pub: int | None = None) -> Book:
    form = rng.choice(TITLE_FORMS[lang])
    n, m = rng.sample(NOUNS[lang], 2)
    title = form.replace("{N}", n).replace("{M}", m)
    if lang == "fr":
        title = title[0].upper() + title[1:]
    binding = rng.choice(BINDINGS[lang])
    base = {"en": [8.99, 9.99, 10.99, 12.99, 14.99, 16.99, 18.99, 20.0, 22.0, 25.0]}
    base["de"] = [11.0, 12.0, 14.0, 18.0, 20.0, 22.0, 24.0, 26.0, 28.0, 34.0]
    base["fr"] = [7.9, 8.5, 9.9, 15.0, 18.0, 19.5, 20.9, 22.0, 23.5, 26.0]
    price = rng.choice(base[lang][:4] if binding in ("PB", "Tb", "Poche") else base[lang][3:])
    return Book(isbn13(rng, lang, pub), title, rng.choice(WRITERS[lang]), binding, price)


def book_list(rng: random.Random, lang: str, n: int, pub: int | None = None) -> list[Book]:
    return [a_book(rng, lang, pub) for _ in range(n)]


TALK = {
    "en": {
        "trade": "titles order stock delivery returns account invoice customers shelves "
        "display promotion season frontlist backlist discount terms supply",
        "legal": "party agreement obligations term termination liability notice law fee "
        "expenses cancellation event venue author publisher insurance personal data",
        "work": "employee hours duties shop customers till stock holiday pay notice training "
        "probation pension conduct uniform breaks weekends",
        "money": "payment account balance due amount reference transfer period outstanding "
        "statement charges terms settlement",
    },
    "de": {
        "trade": "Titel Bestellung Lager Lieferung Remission Konto Rechnung Kunden Regale "
        "Auslage Aktion Saison Novitäten Backlist Rabatt Konditionen Bezug",
        "legal": "Vertragsparteien Vereinbarung Pflichten Laufzeit Kündigung Haftung Honorar "
        "Auslagen Absage Veranstaltung Autorin Verlag Versicherung Datenschutz",
        "work": "Arbeitnehmerin Arbeitszeit Aufgaben Laden Kunden Kasse Ware Urlaub Vergütung "
        "Kündigungsfrist Einarbeitung Probezeit Verschwiegenheit Pausen Samstage",
        "money": "Rechnung Zahlung Konto Saldo fällig Betrag Verwendungszweck Überweisung "
        "Zeitraum offen Auszug Gebühren Zahlungsziel Ausgleich",
    },
    "fr": {
        "trade": "titres commande stock livraison retours compte facture clients rayons "
        "vitrine opération saison nouveautés fonds remise conditions approvisionnement",
        "legal": "parties convention obligations durée résiliation responsabilité préavis "
        "rémunération frais annulation rencontre lieu auteur éditeur assurance données",
        "work": "salarié horaires missions librairie clients caisse stock congés rémunération "
        "préavis formation période d'essai discrétion pauses samedis",
        "money": "facture paiement compte solde échéance montant référence virement période "
        "impayé relevé frais règlement",
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


# ---------------------------------------------------------------------------------------------
# The shop of a stream: its country, month and staff
# ---------------------------------------------------------------------------------------------

SHOP: dict[str, object] = {"lang": "en", "row": 0, "seed": 0, "month": date(2025, 3, 1)}
#: What the previous document was about (a companion or a run takes it up).
LAST: dict[str, object] = {"kind": "", "day": None, "extra": None}


def home() -> str:
    return str(SHOP["lang"])


def month() -> date:
    m = SHOP["month"]
    assert isinstance(m, date)
    return m


def keyed(who: Issuer, key: str) -> random.Random:
    """Draws fixed by the issuer, the stream's shop and ``key``: a run, a repeat or a
    companion keeps its sender."""
    text = f"funnel/{key}/{who.name}/{who.street}/{who.city}/{SHOP['seed']}"
    return random.Random(zlib.crc32(text.encode()))


def add_months(d: date, n: int) -> date:
    k = d.year * 12 + d.month - 1 + n
    return date(k // 12, k % 12 + 1, 1)


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


def shop_row() -> Row:
    return SHOPS[home()][int(SHOP["row"])]  # type: ignore[call-overload]


def staff() -> list[str]:
    """The shop's people: owner, two booksellers, the bookkeeper, a Saturday helper."""
    r = random.Random(zlib.crc32(f"funnel/staff/{SHOP['seed']}".encode()))
    lg = home()
    firsts = r.sample(FIRSTS[lg], 5)
    lasts = r.sample(LASTS[lg], 5)
    return [f"{a} {b}" for a, b in zip(firsts, lasts, strict=True)]


def owner() -> str:
    return staff()[0]


def mx(name: str, lang: str) -> str:
    female = name.split()[0] in FEMALE
    if lang == "de":
        return f"{'Frau' if female else 'Herr'} {name}"
    if lang == "fr":
        return f"{'Madame' if female else 'Monsieur'} {name}"
    return f"{'Ms' if female else 'Mr'} {name}"


def account_no(who_name: str, mask: str) -> str:
    r = random.Random(zlib.crc32(f"funnel/acct/{who_name}/{SHOP['seed']}".encode()))
    return serial(r, mask)


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
    "fr": ["none", "none", "Page {i}/{n}", "{i}/{n}", "2:page {i}", "- {i} -", "none"],
}
FACES = [
    ("Helvetica", "Helvetica-Bold"),
    ("Helvetica", "Helvetica-Bold"),
    ("Times-Roman", "Times-Bold"),
    ("Courier", "Courier-Bold"),
]
LOOKS = ["band", "centred", "letter", "boxed", "plain", "side"]
TAGLINES = {
    "shop": ("Books - Coffee - Events", "Bücher - Café - Lesungen", "Livres - Café - Rencontres"),
    "wholesaler": ("Book wholesale", "Barsortiment", "Distribution du livre"),
    "publisher": ("Publishers", "Verlag", "Éditeur"),
    "roaster": ("Speciality coffee", "Röstkaffee", "Torréfacteur"),
    "organiser": ("Books & ideas", "Literatur erleben", "Le livre en fête"),
}


def legal_lines(r: random.Random, name: str, lang: str, role: str) -> list[str]:
    if role == "council":
        return []
    if lang == "de":
        out = [
            f"{name} - USt-IdNr. DE{r.randint(100000000, 999999999)} - "
            f"{r.choice(['Sparkasse Osnabrück', 'Volksbank Freiburg', 'Commerzbank'])}"
            f" - IBAN DE{r.randint(10, 99)} {r.randint(1000, 9999)} {r.randint(1000, 9999)} "
            f"{r.randint(1000, 9999)} {r.randint(1000, 9999)} {r.randint(10, 99)}"
        ]
        if any(t in name for t in ("GmbH", "AG", "KG")):
            out.insert(
                0,
                f"Sitz {r.choice(['Hamburg', 'Erfurt', 'Berlin', 'Stuttgart', 'Frankfurt'])} - "
                f"Amtsgericht HRB {r.randint(1000, 99999)} - Geschäftsführung: "
                + r.choice(["Dr. Heike Brandes", "Markus Feldhaus", "Selin Aydin", "Jörg Kamps"]),
            )
        return out
    if lang == "fr":
        siret = serial(r, "999 999 999 99999")
        out = [f"{name} - SIRET {siret} - APE {r.choice(['4761Z', '4646Z', '5811Z', '5630Z'])}"]
        if r.random() < 0.7:
            out.append(
                f"TVA intracom. FR{r.randint(10, 99)} {r.randint(100, 999)} {r.randint(100, 999)} "
                f"{r.randint(100, 999)} - RCS {r.choice(['Paris', 'Rennes', 'Bordeaux'])}"
            )
        return out
    out = []
    if any(t in name for t in ("Ltd", "plc", "LLP", "CIC")):
        out.append(f"Registered in England and Wales No. {r.randint(3000000, 13999999):08d}")
    if r.random() < 0.7:
        out.append(
            f"VAT Reg. No. GB {r.randint(100, 999)} {r.randint(1000, 9999)} {r.randint(10, 99)}"
        )
    return [" - ".join(out)] if out else []


def make_head(row: Row, lang: str, role: str) -> Head:
    """The paper habits of the sender ``row``: the same all through one stream."""
    name, street, town, phone = row
    r = random.Random(zlib.crc32(f"funnel/head/{name}/{SHOP['seed']}".encode()))
    font, bold = r.choice(FACES)
    host = "".join(c for c in name.lower().split()[0] if c.isalpha() and c.isascii())[:12]
    if host in ("the", "la", "le", "les", "der", "die", "das", "stadt", "editions"):
        host = "".join(c for c in name.lower().split()[1] if c.isalpha() and c.isascii())[:12]
    tld = {"en": "co.uk", "de": "de", "fr": "fr"}[lang]
    looks = LOOKS
    if role == "council":
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
        margin=r.choice([44, 50, 56, 62]),
        again=r.random() < 0.3,
        foot=legal_lines(r, name, lang, role) if r.random() < 0.75 else [],
        numbers=r.choice(PAGE_NOS[lang]),
        corner=r.choice(["bc", "br", "tr", "bc", "bl"]),
        dates=r.choice(["short", "long"] + (["iso", "short"] if lang == "en" else [])),
        mail=f"{r.choice(['info', 'accounts', 'hello', 'orders'])}@{host or 'mail'}.{tld}"
        if r.random() < 0.7
        else "",
    )


def shop_head() -> Head:
    return make_head(shop_row(), home(), "shop")


def head_of(who: Issuer, role: str, abroad: float = 0.0) -> Head:
    """The ``role`` sender of ``who`` (the same for the same issuer and shop), of the shop's
    country or, with odds ``abroad``, of another."""
    r = keyed(who, role)
    lang = home()
    row = int(SHOP["row"])  # type: ignore[call-overload]
    if role == "council":
        return make_head(SENDERS[role][lang][row], lang, role)
    if role == "school":
        return make_head(SENDERS[role][lang][r.choice(NEAR[lang][row])], lang, role)
    if r.random() < abroad:
        lang = r.choice([x for x in ("en", "de", "fr") if x != lang])
        pool = SENDERS[role][lang] + (PUB_ABROAD[lang] if role == "publisher" else [])
        return make_head(r.choice(pool), lang, role)
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
    """A round rubber stamp with the wording on two lines."""
    ring(p, cx, cy, r)
    ring(p, cx, cy, r - 3)
    pt = shrink(top, "Helvetica", 6.5, r * 1.5)
    p.text(cx, cy - r * 0.35, fit(top, "Helvetica", pt, r * 1.5), "Helvetica", pt, "center")
    pt2 = shrink(mid, "Helvetica-Bold", 7, r * 1.4)
    p.text(
        cx, cy + r * 0.45, fit(mid, "Helvetica-Bold", pt2, r * 1.4), "Helvetica-Bold", pt2, "center"
    )


def emblem(p: Page, x: float, y: float) -> None:
    """A small crest of a public body: a shield outline with bars."""
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
        emblem(p, m, y - 12)
        lines = h.name.split(" - ")
        yy = y
        for k, t in enumerate(lines):
            f_, pt = (h.bold, 11) if k == 0 else (h.font, 9)
            p.text(m + 32, yy, fit(t, f_, pt, w / 2 + 60 - m), f_, pt)
            yy += 12
        p.text(m + 32, yy, fit(where, h.font, 7, w / 2 - m), h.font, 7)
        return yy + 30
    if h.look == "band":
        p.rect(0, y - 14, w, 26, fill=0.8)
        pt = shrink(h.name.upper(), h.bold, 12, w - 2 * m)
        p.text(m, y + 3, fit(h.name.upper(), h.bold, pt, w - 2 * m), h.bold, pt)
        p.text(m, y + 24, fit(f"{where}   {contact}", h.font, 7, w - 2 * m), h.font, 7)
        return y + 46
    if h.look == "centred":
        pt = shrink(h.name, h.bold, s.size + 6, w - 2 * m)
        p.text(w / 2, y + 2, fit(h.name, h.bold, pt, w - 2 * m), h.bold, pt, "center")
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
        p.text(m, y + 4, fit(h.name, h.bold, pt, w * 0.6 - m), h.bold, pt)
        tag = TAGLINES.get(h.role)
        if tag:
            p.text(m, y + 15, tr(h.lang, *tag), italic_of(h.font), 7.5)
        yy = y - 6
        for t in (h.street, h.town, tel, h.mail):
            if t:
                p.text(w - m, yy, fit(t, h.font, 7, w * 0.33), h.font, 7, "right")
                yy += 8.5
        return max(yy, y + 20) + 22
    pt = shrink(h.name, h.bold, s.size + 3, w * 0.58 - m)
    p.text(m, y + 2, fit(h.name, h.bold, pt, w * 0.58 - m), h.bold, pt)
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
    text = f"{parts[0][0]}{parts[-1][:8]}" if len(parts) > 1 else parts[0]
    p.text(x + 2, y - 1, text, INK, pt)
    end = x + 6 + tw(text, INK, pt)
    p.line(end - 4, y - 2, end + 12, y - 9)
    p.line(x, y + 2, end - 8, y + 1)


def received(rng: random.Random, p: Page, d: date, odds: float = 0.35) -> None:
    """Now and then the shop's received stamp on the first page."""
    if rng.random() < odds:
        w, _ = p.size
        lg = home()
        stamp(
            p,
            w - rng.uniform(150, 200),
            rng.uniform(70, 150),
            [
                tr(lg, "RECEIVED", "EINGEGANGEN", "REÇU LE"),
                short(d + timedelta(days=rng.randint(1, 4)), lg),
                rng.choice(
                    {
                        "en": ["Accounts", "Shop", "Office"],
                        "de": ["Buchhaltung", "Laden", "erl."],
                        "fr": ["Compta", "Librairie", "Bureau"],
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


def person(h: Head, tag: str) -> str:
    r = random.Random(zlib.crc32(f"funnel/person/{tag}/{h.name}/{SHOP['seed']}".encode()))
    return f"{r.choice(FIRSTS[h.lang])} {r.choice(LASTS[h.lang])}"


def head_lines(h: Head, att: str = "") -> list[str]:
    return [h.name, *([att] if att else []), h.street, h.town]


def shop_lines(att: str = "") -> list[str]:
    return head_lines(shop_head(), att)


def totals_by_rate(
    f: Sheets, s: Style, lg: str, nets: dict[float, float], label: str = ""
) -> float:
    """Net per VAT rate, the tax and the total right-aligned under a table; the total."""
    w, _ = f.size
    m = s.margin
    f.need(30 + 16 * (2 * len(nets) + 1))
    f.y += 4
    f.page.line(w * 0.5, f.y - 8, w - m, f.y - 8)
    rows: list[tuple[str, float]] = []
    gross = 0.0
    for rate, net in sorted(nets.items()):
        net = round(net, 2)
        tax = round(net * rate / 100, 2)
        rows.append((tr(lg, f"Goods at {rate:g}%", f"Netto {rate:g} %", f"HT {rate:g} %"), net))
        rows.append((tr(lg, f"VAT {rate:g}%", f"USt. {rate:g} %", f"TVA {rate:g} %"), tax))
        gross += net + tax
    rows.append((label or tr(lg, "Total due", "Rechnungsbetrag", "Total TTC"), round(gross, 2)))
    for k, (t, v) in enumerate(rows):
        font = s.bold if k == len(rows) - 1 else s.font
        f.page.text(w * 0.51, f.y, t, font, s.size)
        f.page.text(w - m, f.y, signed(v, lg), font, s.size, "right")
        f.y += s.size * 1.45
    return gross


def columns(x0: float, x1: float, spec: list[tuple[float, str]]) -> list[Col]:
    """``corpus_kit.columns`` with a gap where a left-aligned column follows a right-aligned
    one (so that an amount and the date after it do not run together)."""
    out = kit_columns(x0, x1, spec)
    for k in range(1, len(out)):
        if spec[k][1] == "left" and spec[k - 1][1] == "right":
            left, right, align = out[k]
            out[k] = (left + 10, right, align)
    return out


def signed(v: float, lg: str) -> str:
    """An amount with its currency, a minus sign in front when negative ("-£31.73")."""
    return ("-" if v < -0.004 else "") + cash(abs(v), lg)


def copier_edge(p: Page, rng: random.Random) -> None:
    """The grey edge a photocopy of a smaller original leaves on the page."""
    w, h = p.size
    g = rng.uniform(0.35, 0.6)
    if rng.random() < 0.6:
        p.rect(0, 0, rng.uniform(8, 20), h, fill=g)
    else:
        p.rect(0, 0, w, rng.uniform(6, 14), fill=g)


def small_print(
    rng: random.Random, s0: Style, lg: str, title: str, heads: list[str], topic: str
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


def signature_block(
    f: Sheets,
    s: Style,
    lg: str,
    left: tuple[str, str],
    right: tuple[str, str],
    signed: tuple[bool, bool],
    place: str,
    d: date,
) -> None:
    """Two signature lines side by side with the parties' names and roles under them."""
    w, _ = f.size
    m = s.margin
    f.need(110)
    f.y += 10
    hand(f.page, m, f.y, f"{place}, {short(d, lg)}", 10)
    f.page.text(
        w / 2 + 10,
        f.y,
        tr(lg, "Place, date", "Ort, Datum", "Fait à, le") + " ______________",
        s.font,
        s.size - 1,
    )
    f.y += 46
    for k, (nm, role) in enumerate((left, right)):
        x = m if k == 0 else w / 2 + 10
        if signed[k]:
            scrawl(f.page, x + 6, f.y - 6, nm)
        f.page.line(x, f.y, x + (w / 2 - m - 20), f.y)
        f.page.text(x, f.y + 11, fit(nm, s.font, s.size - 1, w / 2 - m - 20), s.font, s.size - 1)
        f.page.text(x, f.y + 22, fit(role, s.font, s.size - 2, w / 2 - m - 20), s.font, s.size - 2)
    f.y += 40


# ---------------------------------------------------------------------------------------------
# Templates DDDD: the book trade (wholesalers, publishers, reps)
# ---------------------------------------------------------------------------------------------

STATUS = {
    "en": [
        ("NYP", "not yet published"),
        ("RP", "reprinting"),
        ("TOS", "temporarily out of stock"),
        ("OP", "out of print"),
    ],
    "de": [
        ("NE", "noch nicht erschienen"),
        ("NA", "Neuauflage in Vorbereitung"),
        ("ZNL", "zur Nachlieferung vorgemerkt"),
        ("vergr.", "vergriffen"),
    ],
    "fr": [
        ("AP", "à paraître"),
        ("REI", "en réimpression"),
        ("MQ", "manquant provisoire"),
        ("EPU", "épuisé"),
    ],
}


def trade_discount(r: random.Random, role: str) -> list[float]:
    if role == "wholesaler":
        return [r.choice([35.0, 38.0, 40.0, 42.5]), 30.0, 45.0]
    return [r.choice([40.0, 42.0, 45.0]), 35.0, 50.0]


def tpl_trade_invoice(rng: random.Random, who: Issuer) -> list[Page]:
    """A wholesaler's or publisher's invoice to the shop: account and invoice numbers, the
    order reference (EDI, web, rep), ISBN lines with RRP, discount and net, VAT by rate
    (books zero-rated / 7 % / 5,5 %, non-book at the standard rate), carriage and the terms;
    long ones run over continuation pages with a running header."""
    role = "wholesaler" if keyed(who, "role").random() < 0.65 else "publisher"
    h = head_of(who, role, abroad=0.1 if role == "wholesaler" else 0.2)
    lg = h.lang
    r = keyed(who, "inv")
    s = style_of(h, LETTER if lg == "en" and r.random() < 0.2 else A4, pt=min(h.pt, 9.5))
    w, hh = s.page_size
    m = s.margin
    ex = LAST["extra"]
    if after(("despatch_note",)) and isinstance(ex, tuple) and ex[0] == h.name:
        _, note, lines, d0 = ex
        d = d0 + timedelta(days=rng.randint(0, 2))
        order_ref = note
    else:
        d = some_day(rng)
        n = rng.choice([2, 4, 6, 9, 14, 22, 35, 48, 64])
        lines = [(b, rng.choice([1, 1, 1, 2, 2, 3, 5, 10])) for b in book_list(rng, lg, n)]
        order_ref = rng.choice(
            [
                serial(rng, "EDI 99999999"),
                serial(rng, "WEB-999999"),
                tr(lg, "Rep order", "Vertreterauftrag", "Commande représentant")
                + serial(rng, " 9999"),
                tr(lg, "Phone order", "tel. Bestellung", "Commande tél.")
                + f" {short(d - timedelta(days=2), lg)}",
            ]
        )
    inv = serial(rng, r.choice(["99999999", "INV9999999", "RE-9999999", "FA99999999"]))
    acct = account_no(h.name, r.choice(["999999", "A99999", "99-99999"]))
    f = sheets(s, h, f"{h.name} - {tr(lg, 'Invoice', 'Rechnung', 'Facture')} {inv}")
    recipient(
        f,
        s,
        h,
        shop_lines(tr(lg, "Accounts", "Buchhaltung", "Comptabilité")),
        d,
        [
            (tr(lg, "Account no.", "Kunden-Nr.", "N° client"), acct),
            (tr(lg, "Invoice no.", "Rechnungs-Nr.", "Facture n°"), inv),
            (tr(lg, "Your ref.", "Ihre Bestellung", "Votre réf."), order_ref),
        ],
    )
    caption(f, s, tr(lg, "INVOICE", "RECHNUNG", "FACTURE"), 4)
    disc = trade_discount(r, role)
    cols = columns(
        m,
        w - m,
        [
            (2.3, "left"),
            (4.2, "left"),
            (0.7, "right"),
            (1.1, "right"),
            (0.9, "right"),
            (1.2, "right"),
            (0.5, "center"),
        ],
    )
    book_rate = BOOK_VAT[lg]
    nets: dict[float, float] = {}
    rows = []
    for b, q in lines:
        dc = disc[0] if rng.random() < 0.8 else rng.choice(disc[1:])
        v = round(b.price * q * (1 - dc / 100) / (1 + book_rate / 100), 2)
        nets[book_rate] = nets.get(book_rate, 0.0) + v
        rows.append(
            [
                b.isbn,
                f"{b.title} ({b.binding})",
                str(q),
                money(b.price, lg),
                f"{dc:g}",
                money(v, lg),
                "Z" if lg == "en" else "1",
            ]
        )
    if rng.random() < 0.25:
        q = rng.randint(1, 6)
        item = rng.choice(
            [
                tr(
                    lg,
                    "Greeting cards, assorted",
                    "Grußkarten sortiert",
                    "Cartes de vœux assorties",
                ),
                tr(
                    lg, "Literary calendar 2026", "Literaturkalender 2026", "Agenda littéraire 2026"
                ),
                tr(lg, "Jigsaw puzzle 1000 pcs", "Puzzle 1000 Teile", "Puzzle 1000 pièces"),
            ]
        )
        v = round(q * rng.choice([2.5, 7.99, 12.0]), 2)
        nets[STD_VAT[lg]] = nets.get(STD_VAT[lg], 0.0) + v
        rows.append(
            [
                serial(rng, "5099999999999"),
                item,
                str(q),
                "",
                "",
                money(v, lg),
                "S" if lg == "en" else "2",
            ]
        )
    table(
        f,
        cols,
        [
            "ISBN / EAN",
            tr(lg, "Title", "Titel", "Titre"),
            tr(lg, "Qty", "Menge", "Qté"),
            tr(lg, "RRP", "LP", "PPTTC"),
            "%",
            tr(lg, "Net", "Netto", "Net HT"),
            tr(lg, "VAT", "St", "TVA"),
        ],
        rows,
        s,
        size=s.size - 1.5,
        rules=r.random() < 0.4,
    )
    if rng.random() < 0.5:
        carriage = rng.choice([0.0, 3.95, 6.5, 8.9])
        f.y += 4
        f.page.text(
            m,
            f.y,
            tr(lg, "Carriage", "Versandkosten", "Frais de port")
            + ": "
            + (
                cash(carriage, lg)
                if carriage
                else tr(lg, "free (over minimum order)", "frei Haus", "franco")
            ),
            s.font,
            s.size - 1,
        )
        f.y += 14
        if carriage:
            nets[STD_VAT[lg]] = nets.get(STD_VAT[lg], 0.0) + carriage
    total = totals_by_rate(f, s, lg, nets)
    f.y += 6
    units = sum(q for _, q in lines)
    write(
        f,
        s,
        tr(
            lg,
            f"{len(lines)} lines, {units} units.",
            f"{len(lines)} Positionen, {units} Exemplare.",
            f"{len(lines)} lignes, {units} exemplaires.",
        ),
        s.size - 1.5,
    )
    terms = tr(
        lg,
        f"Payment due by the end of the month following invoice. Please quote account {acct}. "
        "Returns only with prior authorisation.",
        f"Zahlbar innerhalb von 30 Tagen ohne Abzug oder bis {short(d + timedelta(days=10), lg)} "
        "mit 2 % Skonto. Es gilt die Buchpreisbindung (BuchPrG). Remissionen nur nach "
        "Genehmigung.",
        "Règlement à 60 jours fin de mois. Pénalités de retard : 3 fois le taux d'intérêt légal ;"
        " indemnité forfaitaire de recouvrement 40 €. Prix public fixé par l'éditeur (loi du 10 "
        "août 1981).",
    )
    write(f, s, terms, s.size - 1.5)
    pages = close(f.pages, s, h)
    received(rng, pages[0], d, 0.3)
    if rng.random() < 0.3:
        hand(
            pages[0],
            w - m - 140,
            hh - m - 60 - 7 * len(h.foot),
            tr(home(), f"chkd vs DN - {owner().split()[0][0]}", "sachl. richtig", "pointé BL"),
            10,
        )
    remember(d, (h.name, inv, total))
    return pages


def tpl_despatch_note(rng: random.Random, who: Issuer) -> list[Page]:
    """A wholesaler's despatch note (Lieferschein, bon de livraison) packed in the tote: tote
    and parcel numbers, carrier, the lines with ordered, supplied and back-ordered copies and
    status codes with their key, the bookseller's ticks and 'checked by'; now and then the
    back-order report on a page of its own."""
    role = "wholesaler" if keyed(who, "role").random() < 0.65 else "publisher"
    h = head_of(who, role, abroad=0.1)
    lg = h.lang
    r = keyed(who, "dn")
    s = style_of(h, A4, pt=min(h.pt, 9.5), margin=min(h.margin, 50))
    w, _hh = s.page_size
    m = s.margin
    d = some_day(rng)
    note = serial(rng, r.choice(["DN99999999", "LS 9999999", "BL999999", "99999999"]))
    n = rng.choice([3, 5, 8, 12, 18, 26, 40])
    books = book_list(rng, lg, n)
    f = sheets(s, h, f"{tr(lg, 'Despatch note', 'Lieferschein', 'Bon de livraison')} {note}")
    title = tr(lg, "DESPATCH NOTE", "LIEFERSCHEIN", "BON DE LIVRAISON")
    f.page.text(w - m, f.y, title, s.bold, s.size + 5, "right")
    f.y += 16
    lines_ = shop_lines()
    below = window(
        f.page,
        s,
        None,
        f.y,
        [
            *lines_[:1],
            tr(lg, "Deliver to:", "Lieferanschrift:", "Livrer à :") + f" {lines_[1]}",
            lines_[2],
        ],
    )
    yy = pairs(
        f.page,
        s,
        w * 0.55,
        f.y,
        [
            (tr(lg, "Note no.", "Lieferschein-Nr.", "N° BL"), note),
            (tr(lg, "Account", "Kunden-Nr.", "Client"), account_no(h.name, "999999")),
            (tr(lg, "Despatched", "Versanddatum", "Expédié le"), short(d, lg)),
            (
                tr(lg, "Carrier", "Versand", "Transporteur"),
                r.choice(
                    ["DPD", "Royal Mail", "Parcelforce"]
                    if lg == "en"
                    else ["BÜCHERWAGEN", "DHL", "GLS"]
                    if lg == "de"
                    else ["Prisme", "Geodis", "Colissimo"]
                ),
            ),
            (
                tr(lg, "Totes / parcels", "Wannen / Pakete", "Colis"),
                f"{rng.randint(1, 3)} ({serial(rng, 'T99999')})",
            ),
        ],
        w - m,
        s.size - 1.5,
    )
    f.y = max(below, yy) + 14
    codes = STATUS[lg]
    cols = columns(
        m,
        w - m,
        [
            (0.4, "center"),
            (2.2, "left"),
            (4.4, "left"),
            (0.9, "right"),
            (0.9, "right"),
            (0.9, "right"),
            (0.8, "center"),
        ],
    )
    rows = []
    supplied = []
    back = []
    for b in books:
        q = rng.choice([1, 1, 1, 2, 2, 3, 5])
        sup = q if rng.random() < 0.82 else rng.randint(0, q - 1)
        code = rng.choice(codes)[0] if sup < q else ""
        if sup:
            supplied.append((b, sup))
        if sup < q:
            back.append((b, q - sup, code))
        rows.append(
            [
                "",
                b.isbn,
                f"{b.title} - {b.author}",
                str(q),
                str(sup),
                str(q - sup) if q > sup else "",
                code,
            ]
        )
    table(
        f,
        cols,
        [
            "",
            "ISBN",
            tr(lg, "Title - author", "Titel - Autor", "Titre - auteur"),
            tr(lg, "Ord.", "Best.", "Cdé"),
            tr(lg, "Sup.", "Gel.", "Livré"),
            tr(lg, "B/O", "Rückst.", "Reliq."),
            tr(lg, "Stat.", "Status", "Code"),
        ],
        rows,
        s,
        size=s.size - 1.5,
        rules=True,
    )
    # The bookseller's ticks against the lines on the first page.
    if rng.random() < 0.6:
        for p in f.pages[:1]:
            rules = [it for it in p.items if it[0] == "line" and it[1][0] == cols[0][0] - 2]
            for it in rules[1:]:
                if rng.random() < 0.8:
                    y_ = float(it[1][1])  # type: ignore[arg-type]
                    p.text(cols[0][0] + 1, y_ - 3, "v", HAND, 10)
    f.y += 6
    key = "   ".join(f"{c} = {t}" for c, t in codes)
    f.need(50)
    f.page.text(m, f.y, fit(key, s.font, 6.5, w - 2 * m), s.font, 6.5)
    f.y += 18
    f.page.text(
        m,
        f.y,
        tr(
            lg,
            "Checked by: ________   Date: ________",
            "Geprüft: ________   Datum: ________",
            "Contrôlé par : ________   Le : ________",
        ),
        s.font,
        s.size - 1,
    )
    if rng.random() < 0.55:
        hand(
            f.page,
            m + tw(tr(lg, "Checked by: ", "Geprüft: ", "Contrôlé par : "), s.font, s.size - 1) + 4,
            f.y - 3,
            "".join(x[0] for x in staff()[rng.randint(0, 2)].split()),
            11,
        )
        hand(f.page, m + 170, f.y - 3, short(d + timedelta(days=rng.randint(1, 3)), home()), 10)
    f.y += 14
    write(
        f,
        s,
        tr(
            lg,
            "Discrepancies must be reported within 5 working days. This is not an invoice.",
            "Reklamationen bitte innerhalb von 5 Werktagen. Die Rechnung folgt gesondert.",
            "Toute réclamation sous 48 h. La facture suit par courrier séparé.",
        ),
        s.size - 2,
    )
    pages = f.pages
    if back and rng.random() < 0.45:
        # The back-order report, printed on its own page with another look.
        p = Page(A4)
        p.text(m, m, h.name, "Courier-Bold", 10)
        p.text(
            w - m,
            m,
            tr(lg, "BACK-ORDER REPORT", "RÜCKSTANDSLISTE", "ÉTAT DES RELIQUATS"),
            "Courier-Bold",
            10,
            "right",
        )
        p.text(
            m,
            m + 14,
            f"{tr(lg, 'Account', 'Kunde', 'Client')} {account_no(h.name, '999999')}   "
            f"{shop_row()[0]}",
            "Courier",
            8,
        )
        p.text(
            m,
            m + 24,
            f"{tr(lg, 'As at', 'Stand', 'Au')} {short(d, lg)}   {tr(lg, 'ref.', 'zu', 'réf.')} "
            f"{note}",
            "Courier",
            8,
        )
        y = m + 48.0
        p.text(
            m,
            y,
            fit(
                tr(
                    lg,
                    "ISBN            TITLE                              QTY  STATUS   DUE",
                    "ISBN            TITEL                              MENGE STATUS  ERW.",
                    "ISBN            TITRE                              QTÉ  CODE     PRÉVU",
                ),
                "Courier-Bold",
                7.5,
                w - 2 * m,
            ),
            "Courier-Bold",
            7.5,
        )
        y += 4
        p.line(m, y, w - m, y)
        y += 12
        for b, q, code in back:
            due = (
                short(d + timedelta(days=rng.randint(7, 60)), lg)
                if code not in ("OP", "vergr.", "EPU")
                else "--"
            )
            isbn = b.isbn.replace("-", "")
            row = f"{isbn:<16}{fit(b.title, 'Courier', 7.5, 185):<35}{q:>4}  {code:<8} {due}"
            p.text(m, y, fit(row, "Courier", 7.5, w - 2 * m), "Courier", 7.5)
            y += 11
        y += 10
        for t in wrap(
            tr(
                lg,
                "Back-orders are held for 90 days unless cancelled. Titles out of print are "
                "cancelled automatically.",
                "Rückstände werden 90 Tage vorgemerkt. Vergriffene Titel werden storniert.",
                "Les reliquats sont conservés 90 jours. Les titres épuisés sont annulés.",
            ),
            "Courier",
            7.5,
            w - 2 * m,
        ):
            p.text(m, y, t, "Courier", 7.5)
            y += 10
        pages = [*pages, p]
    pages = close(pages, s, h)
    remember(d, (h.name, note, supplied or [(books[0], 1)], d))
    return pages


def tpl_returns_authorisation(rng: random.Random, who: Issuer) -> list[Page]:
    """A publisher's returns authorisation (Remissionsgenehmigung, accord de retour) answering
    the shop's request: the RA number, the titles and copies authorised, the conditions, and a
    returns label with the RA barcode to cut out and stick on the box."""
    h = head_of(who, "publisher", abroad=0.15)
    lg = h.lang
    s = style_of(h, A4)
    w, hh = s.page_size
    m = s.margin
    d = some_day(rng)
    ra = serial(rng, keyed(who, "ra").choice(["RA999999", "REM-99999", "AR 99999", "R9999999"]))
    f = sheets(
        s, h, f"{tr(lg, 'Returns authorisation', 'Remissionsgenehmigung', 'Accord de retour')} {ra}"
    )
    recipient(
        f,
        s,
        h,
        shop_lines(),
        d,
        [
            (tr(lg, "Account", "Kunden-Nr.", "Compte"), account_no(h.name, "99999")),
            (tr(lg, "RA no.", "Genehmigungs-Nr.", "N° d'accord"), ra),
        ],
    )
    caption(f, s, tr(lg, "Returns authorisation", "Remissionsgenehmigung", "Accord de retour"), 3)
    write(
        f,
        s,
        tr(
            lg,
            f"Further to your request of {day(h, d - timedelta(days=rng.randint(3, 12)))} we are "
            "pleased to authorise the return of the titles below for credit.",
            f"auf Ihre Anfrage vom {day(h, d - timedelta(days=rng.randint(3, 12)))} genehmigen wir"
            " die Remission der folgenden Titel gegen Gutschrift.",
            f"Suite à votre demande du {day(h, d - timedelta(days=rng.randint(3, 12)))}, nous "
            "acceptons le retour des titres ci-dessous contre avoir.",
        ),
    )
    n = rng.choice([2, 3, 5, 8, 12])
    books = book_list(rng, lg, n)
    rows = []
    lines = []
    for b in books:
        q = rng.choice([1, 2, 2, 3, 4, 6])
        ok = q if rng.random() < 0.8 else rng.randint(0, q - 1)
        rows.append(
            [
                b.isbn,
                b.title,
                str(q),
                str(ok),
                "" if ok else tr(lg, "not returnable", "nicht remittierbar", "non retournable"),
            ]
        )
        if ok:
            lines.append((b, ok))
    cols = columns(
        m, w - m, [(2.2, "left"), (4, "left"), (0.9, "right"), (0.9, "right"), (2, "left")]
    )
    table(
        f,
        cols,
        [
            "ISBN",
            tr(lg, "Title", "Titel", "Titre"),
            tr(lg, "Requested", "Angefr.", "Demandé"),
            tr(lg, "Authorised", "Genehm.", "Accordé"),
            tr(lg, "Note", "Bemerkung", "Remarque"),
        ],
        rows,
        s,
        size=s.size - 1.5,
    )
    f.y += 8
    conds = {
        "en": [
            f"Returns must reach our warehouse within 30 days quoting RA {ra}.",
            "Books must be in saleable condition, free of price stickers and security tags.",
            "Unauthorised or damaged returns will not be credited and may be pulped.",
            "Carriage is at the sender's cost unless otherwise agreed.",
        ],
        "de": [
            f"Die Ware muss innerhalb von 30 Tagen unter Angabe der Nummer {ra} bei unserer "
            "Auslieferung eingehen.",
            "Nur verkaufsfähige Exemplare ohne Preisetiketten und Sicherungsetiketten.",
            "Beschädigte oder nicht genehmigte Remissionen werden nicht gutgeschrieben.",
            "Die Rücksendung erfolgt frei Haus bzw. über den Bücherwagen.",
        ],
        "fr": [
            f"Le retour doit parvenir à notre distributeur sous 30 jours avec la référence {ra}.",
            "Ouvrages en parfait état, sans étiquette de prix ni antivol.",
            "Les retours non autorisés ou abîmés ne donnent pas lieu à avoir.",
            "Port à la charge de l'expéditeur sauf accord contraire.",
        ],
    }[lg]
    for c in conds:
        write(f, s, f"- {c}", s.size - 1, 8)
    regards(
        f,
        s,
        lg,
        person(h, "returns"),
        tr(lg, "Trade Returns", "Remissionsabteilung", "Service retours"),
    )
    pages = f.pages
    if rng.random() < 0.7:
        # The returns label page: to be cut out and put on the box.
        p = Page(A4)
        top = 90.0 if rng.random() < 0.5 else hh / 2 - 100
        slip_rule(
            p,
            40,
            w - 40,
            top - 20,
            tr(
                lg,
                "Cut here and attach to the outside of the carton",
                "Hier abschneiden und außen auf den Karton kleben",
                "Découper et coller sur le colis",
            ),
        )
        p.rect(50, top, w - 100, 300)
        p.text(64, top + 22, tr(lg, "RETURNS", "REMISSION", "RETOUR"), "Helvetica-Bold", 26)
        p.text(w - 64, top + 22, ra, "Helvetica-Bold", 18, "right")
        dest = {
            "en": ["Returns Department", h.name, "Unit 12, Distribution Park", "Didcot OX11 7HJ"],
            "de": [
                "Auslieferung - Remissionen",
                f"für {h.name}",
                "Lagerstraße 8",
                "37079 Göttingen",
            ],
            "fr": [
                "Service des retours",
                f"pour {h.name}",
                "ZI de la Marinière",
                "91080 Bondoufle",
            ],
        }[lg]
        y = top + 60
        for k, t in enumerate(dest):
            p.text(
                84,
                y,
                fit(t, "Helvetica-Bold" if k == 1 else "Helvetica", 13, w - 190),
                "Helvetica-Bold" if k == 1 else "Helvetica",
                13,
            )
            y += 17
        p.barcode("code128", ra.replace(" ", ""), 84, y + 10)
        y += 100
        p.text(
            84,
            y,
            fit(
                f"{tr(lg, 'From', 'Absender', 'Expéditeur')}: {shop_row()[0]}, {shop_row()[2]}",
                "Helvetica",
                9,
                w - 180,
            ),
            "Helvetica",
            9,
        )
        p.text(
            84,
            y + 14,
            tr(lg, "Cartons: ____ of ____", "Packstücke: ____ von ____", "Colis : ____ sur ____"),
            "Helvetica",
            9,
        )
        pages = [*pages, p]
    pages = close(pages, s, h, covers=0)
    remember(d, (h.name, ra, lines or [(books[0], 1)]))
    return pages


def tpl_credit_note(rng: random.Random, who: Issuer) -> list[Page]:
    """The publisher's credit note for a return (Gutschrift, avoir): the RA and the date the
    return was received, returned and accepted copies, price, discount and credit, lines not
    credited with the reason; now and then a returns discrepancy page."""
    h = head_of(who, "publisher", abroad=0.15)
    lg = h.lang
    r = keyed(who, "cn")
    s = style_of(h, A4, pt=min(h.pt, 9.5))
    w, _hh = s.page_size
    m = s.margin
    ex = LAST["extra"]
    if after(("returns_authorisation",)) and isinstance(ex, tuple) and ex[0] == h.name:
        _, ra, lines = ex
        d = last_day(rng, ("returns_authorisation",), (12, 30))
    else:
        d = some_day(rng)
        ra = serial(rng, "RA999999")
        lines = [(b, rng.choice([1, 2, 3])) for b in book_list(rng, lg, rng.choice([2, 4, 7, 11]))]
    no = serial(rng, r.choice(["CN999999", "GS-9999999", "AV99999999"]))
    f = sheets(s, h, f"{tr(lg, 'Credit note', 'Gutschrift', 'Avoir')} {no}")
    recipient(
        f,
        s,
        h,
        shop_lines(tr(lg, "Accounts", "Buchhaltung", "Comptabilité")),
        d,
        [
            (tr(lg, "Account", "Kunden-Nr.", "Compte"), account_no(h.name, "99999")),
            (tr(lg, "Credit note", "Gutschrift-Nr.", "Avoir n°"), no),
            (tr(lg, "Return ref.", "Remission", "Retour"), ra),
        ],
    )
    caption(f, s, tr(lg, "CREDIT NOTE", "GUTSCHRIFT", "AVOIR"), 4)
    write(
        f,
        s,
        tr(
            lg,
            f"Return received {short(d - timedelta(days=rng.randint(2, 8)), lg)}, "
            f"{rng.randint(1, 3)} carton(s).",
            f"Remission eingegangen am {short(d - timedelta(days=rng.randint(2, 8)), lg)}, "
            f"{rng.randint(1, 3)} Packstück(e).",
            f"Retour reçu le {short(d - timedelta(days=rng.randint(2, 8)), lg)}, "
            f"{rng.randint(1, 3)} colis.",
        ),
        s.size - 1,
    )
    disc = trade_discount(r, "publisher")[0]
    rate = BOOK_VAT[lg]
    cols = columns(
        m,
        w - m,
        [
            (2.2, "left"),
            (3.6, "left"),
            (0.8, "right"),
            (0.8, "right"),
            (1, "right"),
            (0.7, "right"),
            (1.2, "right"),
        ],
    )
    rows = []
    net = 0.0
    rejects = []
    for b, q in lines:
        acc = q if rng.random() < 0.85 else rng.randint(0, q - 1)
        v = round(b.price * acc * (1 - disc / 100) / (1 + rate / 100), 2)
        net += v
        rows.append(
            [b.isbn, b.title, str(q), str(acc), money(b.price, lg), f"{disc:g}", money(-v, lg)]
        )
        if acc < q:
            rejects.append((b, q - acc))
    table(
        f,
        cols,
        [
            "ISBN",
            tr(lg, "Title", "Titel", "Titre"),
            tr(lg, "Ret.", "Rem.", "Ret."),
            tr(lg, "Acc.", "Angen.", "Acc."),
            tr(lg, "RRP", "LP", "Prix"),
            "%",
            tr(lg, "Credit", "Gutschrift", "Avoir HT"),
        ],
        rows,
        s,
        size=s.size - 1.5,
    )
    totals_by_rate(
        f, s, lg, {rate: -net}, tr(lg, "Total credit", "Gutschriftsbetrag", "Total avoir TTC")
    )
    f.y += 8
    write(
        f,
        s,
        tr(
            lg,
            "This credit will be offset against your next statement.",
            "Der Betrag wird mit offenen Rechnungen verrechnet.",
            "Cet avoir sera imputé sur votre prochain relevé.",
        ),
        s.size - 1,
    )
    pages = f.pages
    if rejects and rng.random() < 0.6:
        f.new_page()
        caption(
            f,
            s,
            tr(
                lg,
                "Returns discrepancy report",
                "Abweichungsprotokoll Remission",
                "Rapport d'anomalies sur retour",
            ),
            2,
            rule=True,
        )
        reasons = {
            "en": [
                "damaged",
                "price sticker residue",
                "not on RA",
                "outside returns window",
                "not our title",
            ],
            "de": [
                "beschädigt",
                "Etikettenreste",
                "nicht genehmigt",
                "Frist überschritten",
                "kein Titel unseres Hauses",
            ],
            "fr": [
                "abîmé",
                "traces d'étiquette",
                "hors accord",
                "délai dépassé",
                "titre d'un autre éditeur",
            ],
        }[lg]
        rows2 = [
            [
                b.isbn,
                b.title,
                str(q),
                rng.choice(reasons),
                tr(lg, "pulped", "makuliert", "pilonné")
                if rng.random() < 0.5
                else tr(lg, "held 30 days", "liegt 30 Tage bereit", "tenu à disposition 30 j"),
            ]
            for b, q in rejects
        ]
        cols2 = columns(
            m, w - m, [(2.2, "left"), (3.5, "left"), (0.7, "right"), (2.3, "left"), (2, "left")]
        )
        table(
            f,
            cols2,
            [
                "ISBN",
                tr(lg, "Title", "Titel", "Titre"),
                tr(lg, "Qty", "Menge", "Qté"),
                tr(lg, "Reason", "Grund", "Motif"),
                tr(lg, "Action", "Verbleib", "Suite"),
            ],
            rows2,
            s,
            size=s.size - 1.5,
        )
        f.y += 10
        write(f, s, prose(rng, lg, "trade", 1, 2), s.size - 1)
        pages = f.pages
    pages = close(pages, s, h)
    received(rng, pages[0], d, 0.3)
    remember(d, (h.name, no))
    return pages


def tpl_rep_order(rng: random.Random, who: Issuer) -> list[Page]:
    """A publisher's rep's subscription order for the coming season, written up at the
    shop's counter on the rep's carbon order form (Vertreterauftrag, bon de commande
    nouveautés): the season's titles with pub date and price, the quantities in hand, the
    terms (see-safe, Remissionsrecht, office), both signatures; a continuation sheet when the
    list is long."""
    h = head_of(who, "publisher", abroad=0.15)
    lg = h.lang
    r = keyed(who, "rep")
    land = r.random() < 0.4
    size = landscape(A4) if land else A4
    s = style_of(h, size, margin=36, pt=8.5)
    w, hh = size
    m = s.margin
    rep = person(h, "rep")
    d = some_day(rng)
    season = (
        tr(
            lg,
            rng.choice(["Spring", "Autumn"]),
            rng.choice(["Frühjahr", "Herbst"]),
            rng.choice(["Printemps", "Rentrée"]),
        )
        + f" {d.year + (1 if d.month > 8 else 0)}"
    )
    no = serial(rng, "999999")
    n = rng.choice([8, 12, 16, 24, 34, 44])
    books = book_list(rng, lg, n)
    pages: list[Page] = []
    per = int((hh - m - 150 - (170 if not land else 140)) // 15)
    chunks = [books[k : k + per] for k in range(0, len(books), per)]
    for ci, chunk in enumerate(chunks):
        p = Page(size)
        pages.append(p)
        p.rect(m, m - 10, w - 2 * m, 40, fill=0.88)
        p.text(m + 8, m + 6, fit(h.name, h.bold, 12, w / 2), h.bold, 12)
        p.text(
            m + 8,
            m + 20,
            tr(
                lg,
                f"Subscription order - {season}",
                f"Vertreterauftrag - Programm {season}",
                f"Bon de commande nouveautés - {season}",
            ),
            s.font,
            8.5,
        )
        p.text(w - m - 8, m + 6, f"N° {no}", "Helvetica-Bold", 11, "right")
        p.text(
            w - m - 8,
            m + 20,
            tr(lg, "Bookseller's copy", "Durchschrift Buchhandlung", "Exemplaire libraire")
            + (f" - {tr(lg, 'sheet', 'Blatt', 'feuillet')} {ci + 1}" if len(chunks) > 1 else ""),
            s.font,
            7.5,
            "right",
        )
        y = m + 46.0
        if ci == 0:
            y = fields(
                p,
                s,
                m,
                y,
                w - 2 * m,
                [
                    (
                        tr(lg, "Account / shop", "Kunde", "Client"),
                        f"{shop_row()[0]}, {shop_row()[2]}",
                    ),
                    (
                        tr(lg, "Account no.", "Verkehrs-Nr.", "Code client"),
                        account_no(h.name, "99999"),
                    ),
                    (tr(lg, "Representative", "Vertreter/in", "Représentant"), rep),
                    (tr(lg, "Date of visit", "Besuchsdatum", "Date de visite"), short(d, lg)),
                ],
                per=4,
                tall=24,
                hand=False,
            )
        cols = columns(
            m,
            w - m,
            [
                (2.1, "left"),
                (4.5, "left"),
                (2.2, "left"),
                (1.2, "left"),
                (1, "right"),
                (0.8, "center"),
                (0.9, "center"),
            ],
        )
        heads = [
            "ISBN",
            tr(lg, "Title", "Titel", "Titre"),
            tr(lg, "Author", "Autor/in", "Auteur"),
            tr(lg, "Pub. date", "ET", "Parution"),
            tr(lg, "RRP", "LP", "Prix"),
            tr(lg, "Qty", "Menge", "Qté"),
            tr(lg, "Disp.", "Dispo", "PLV"),
        ]
        p.rect(m - 2, y - 9, w - 2 * m + 4, 13, fill=0.8)
        for c, t in zip(cols, heads, strict=True):
            left, right, al = c
            p.text(
                right if al == "right" else (left + right) / 2 if al == "center" else left,
                y,
                t,
                s.bold,
                7.5,
                al,
            )
        y += 13
        for b in chunk:
            pub = add_months(d, rng.randint(1, 6)) + timedelta(days=rng.randint(0, 25))
            vals = [
                b.isbn,
                b.title,
                b.author,
                short(pub, lg)[3:] if lg != "en" else pub.strftime("%b %y"),
                money(b.price, lg),
                "",
                "",
            ]
            for c, t in zip(cols, vals, strict=True):
                left, right, al = c
                t = fit(t, s.font, 7.5, right - left - 3)
                p.text(
                    right if al == "right" else (left + right) / 2 if al == "center" else left,
                    y,
                    t,
                    s.font,
                    7.5,
                    al,
                )
            if rng.random() < 0.55:
                q = rng.choice(["1", "2", "2", "3", "4", "6", "10"])
                p.text((cols[5][0] + cols[5][1]) / 2, y + 1, q, HAND, 10, "center")
                if rng.random() < 0.2:
                    p.text((cols[6][0] + cols[6][1]) / 2, y + 1, "x", HAND, 10, "center")
            p.line(m - 2, y + 4, w - m + 2, y + 4)
            y += 15
        for c in cols[1:]:
            p.line(c[0] - 2, m + 36 + (50 if ci == 0 else 0), c[0] - 2, y - 11)
    last = pages[-1]
    y = hh - m - (150 if not land else 120)
    terms = tr(
        lg,
        "Terms: see-safe (returnable within 12 months), 45% on frontlist, free carriage on orders"
        " over 10 copies.",
        "Konditionen: 40 % Rabatt, Remissionsrecht bis 6 Monate nach Erscheinen, Lieferung über "
        "das Barsortiment möglich.",
        "Conditions : remise 36 %, retour possible à 3 mois, office de 5 exemplaires minimum, "
        "franco à partir de 10 ex.",
    )
    last.text(m, y, fit(terms, s.font, 7.5, w - 2 * m), s.font, 7.5)
    ticks(
        last,
        s,
        m,
        y + 16,
        w - 2 * m,
        tr(
            lg,
            "Firm sale|See-safe|Deliver via wholesaler|Dues to be cleared",
            "Fest|Mit Remissionsrecht|Über Barsortiment liefern|Rückstände auflösen",
            "Ferme|Retour possible|Livrer via grossiste|Solder les reliquats",
        ).split("|"),
        set(rng.sample(range(4), rng.randint(1, 2))),
        8,
    )
    sy = y + 70
    for k, (lab, nm) in enumerate(
        (
            (tr(lg, "Representative", "Vertreter/in", "Représentant"), rep),
            (
                tr(lg, "For the bookshop", "Für die Buchhandlung", "Pour la librairie"),
                staff()[rng.randint(0, 2)],
            ),
        )
    ):
        x = m + k * (w / 2 - m + 10)
        scrawl(last, x + 6, sy - 4, nm, 12)
        last.line(x, sy, x + 200, sy)
        last.text(x, sy + 10, f"{lab}: {nm}", s.font, 7.5)
    remember(d, (h.name, books))
    return close(pages, s, h, numbers="none")


def tpl_coop_agreement(rng: random.Random, who: Issuer) -> list[Page]:
    """A publisher's co-op promotion agreement (Werbekostenzuschuss-Vereinbarung, accord de
    mise en avant): promotion period and placement (window, front table, dump bin), the
    titles and copies the shop orders for it, the contribution by credit note, conditions,
    signatures, and the proof-of-performance form with photo boxes to return."""
    h = head_of(who, "publisher", abroad=0.15)
    lg = h.lang
    s = style_of(h, A4)
    w, _hh = s.page_size
    m = s.margin
    d = last_day(rng, ("rep_order",), (0, 6))
    ex = LAST["extra"]
    books = (
        ex[1][:4]
        if after(("rep_order",)) and isinstance(ex, tuple) and ex[0] == h.name
        else book_list(rng, lg, rng.randint(1, 4))
    )
    start = d + timedelta(days=rng.randint(10, 40))
    end = start + timedelta(days=rng.choice([13, 20, 27, 41]))
    ref = serial(rng, "MKT-99-999")
    f = sheets(
        s,
        h,
        f"{tr(lg, 'Promotion agreement', 'Aktionsvereinbarung', 'Accord de mise en avant')} {ref}",
    )
    recipient(
        f,
        s,
        h,
        shop_lines(mx(owner(), lg) if lg != "en" else owner()),
        d,
        [(tr(lg, "Ref.", "Aktion", "Réf."), ref)],
    )
    caption(
        f,
        s,
        tr(
            lg,
            "Co-operative promotion agreement",
            "Vereinbarung über einen Werbekostenzuschuss",
            "Accord de mise en avant en librairie",
        ),
        3,
    )
    place = rng.choice(
        {
            "en": [
                "Window display",
                "Front-of-store table",
                "Counter dump bin",
                "Bay end + shelf talkers",
            ],
            "de": [
                "Schaufenster",
                "Tisch im Eingangsbereich",
                "Kassendisplay",
                "Regalstirnseite mit Regalstoppern",
            ],
            "fr": [
                "Vitrine",
                "Table de nouveautés à l'entrée",
                "Présentoir de caisse",
                "Tête de gondole et stop-rayons",
            ],
        }[lg]
    )
    contrib = rng.choice([75.0, 100.0, 150.0, 200.0, 250.0, 400.0])
    y = fields(
        f.page,
        s,
        m,
        f.y,
        w - 2 * m,
        [
            (tr(lg, "Promotion", "Aktion", "Opération"), place),
            (tr(lg, "Period", "Zeitraum", "Période"), f"{short(start, lg)} - {short(end, lg)}"),
            (tr(lg, "Contribution", "Zuschuss", "Participation"), cash(contrib, lg)),
            (
                tr(lg, "Paid by", "Ausgleich", "Versement"),
                tr(
                    lg, "credit note on proof", "Gutschrift nach Nachweis", "avoir sur justificatif"
                ),
            ),
        ],
        per=2,
        tall=26,
        hand=False,
    )
    f.y = y + 4
    cols = columns(m, w - m, [(2.2, "left"), (4.5, "left"), (1, "right"), (1.2, "right")])
    table(
        f,
        cols,
        [
            "ISBN",
            tr(lg, "Title", "Titel", "Titre"),
            tr(lg, "Min. qty", "Mindestmenge", "Qté min."),
            tr(lg, "RRP", "LP", "Prix"),
        ],
        [
            [
                b.isbn,
                f"{b.title} - {b.author}",
                str(rng.choice([6, 10, 12, 20])),
                money(b.price, lg),
            ]
            for b in books
        ],
        s,
        size=s.size - 1,
    )
    f.y += 6
    clauses = {
        "en": [
            "The bookshop will display the titles as described for the whole period.",
            "The contribution is paid as a credit against the account on receipt of the completed"
            " proof-of-performance form with photographs.",
            "Stock ordered for the promotion is supplied on the usual terms and may be returned "
            "under the standard returns policy after the promotion ends.",
            "Either party may cancel before the start date by written notice.",
        ],
        "de": [
            "Die Buchhandlung präsentiert die Titel während des gesamten Zeitraums wie "
            "beschrieben.",
            "Der Zuschuss wird nach Eingang des ausgefüllten Nachweisformulars mit Fotos als "
            "Gutschrift auf dem Kundenkonto verbucht.",
            "Die Ware wird zu den üblichen Konditionen geliefert; das Remissionsrecht bleibt "
            "unberührt. Die Preisbindung ist zu beachten.",
            "Eine Absage ist bis zum Aktionsbeginn schriftlich möglich.",
        ],
        "fr": [
            "La librairie s'engage à présenter les titres comme indiqué pendant toute la période.",
            "La participation est versée sous forme d'avoir à réception du justificatif complété "
            "avec photos.",
            "Les ouvrages commandés sont livrés aux conditions habituelles et peuvent être "
            "retournés selon les règles de retour en vigueur.",
            "Chaque partie peut annuler par écrit avant le début de l'opération.",
        ],
    }[lg]
    for k, c in enumerate(clauses, 1):
        write(f, s, f"{k}. {c}", s.size - 0.5)
    signature_block(
        f,
        s,
        lg,
        (person(h, "mkt"), tr(lg, "Trade Marketing", "Handelsmarketing", "Marketing libraires")),
        (owner(), shop_row()[0]),
        (True, rng.random() < 0.7),
        shop_row()[2].split()[-1],
        d + timedelta(days=rng.randint(0, 5)),
    )
    pages = f.pages
    if rng.random() < 0.75:
        p = Page(A4)
        p.text(m, m, fit(h.name, h.bold, 10, w - 2 * m), h.bold, 10)
        p.text(
            m,
            m + 22,
            tr(
                lg,
                "PROOF OF PERFORMANCE",
                "NACHWEIS DER AKTIONSDURCHFÜHRUNG",
                "JUSTIFICATIF DE MISE EN AVANT",
            ),
            "Helvetica-Bold",
            13,
        )
        p.text(
            m,
            m + 36,
            tr(
                lg,
                f"Please return within 14 days of the end of the promotion, quoting {ref}.",
                f"Bitte bis 14 Tage nach Aktionsende zurücksenden. Aktion {ref}.",
                f"À retourner sous 15 jours après la fin de l'opération. Réf. {ref}.",
            ),
            "Helvetica",
            8,
        )
        y = fields(
            p,
            s,
            m,
            m + 50,
            w - 2 * m,
            [
                (
                    tr(lg, "Bookshop", "Buchhandlung", "Librairie"),
                    shop_row()[0] if rng.random() < 0.7 else "",
                ),
                (tr(lg, "Promotion dates", "Zeitraum", "Dates"), ""),
                (
                    tr(lg, "Copies sold", "Verkaufte Exemplare", "Ex. vendus"),
                    str(rng.randint(3, 40)) if rng.random() < 0.6 else "",
                ),
                (
                    tr(lg, "Contact", "Ansprechpartner/in", "Contact"),
                    staff()[1] if rng.random() < 0.6 else "",
                ),
            ],
            per=2,
            tall=28,
        )
        bw = (w - 2 * m - 20) / 2
        for k in range(2):
            p.rect(m + k * (bw + 20), y, bw, 160)
            p.text(
                m + k * (bw + 20) + bw / 2,
                y + 84,
                tr(lg, "Attach photograph here", "Foto hier aufkleben", "Coller la photo ici"),
                "Helvetica",
                8,
                "center",
            )
        y += 180
        y = ticks(
            p,
            s,
            m,
            y,
            w - 2 * m,
            tr(
                lg,
                "Window|Table|Dump bin|Shelf talkers|Social media post",
                "Schaufenster|Tisch|Display|Regalstopper|Social-Media-Beitrag",
                "Vitrine|Table|Présentoir|Stop-rayons|Réseaux sociaux",
            ).split("|"),
            set(rng.sample(range(5), rng.randint(0, 3))),
            9,
        )
        p.text(
            m,
            y + 30,
            tr(
                lg,
                "Signed: ____________________   Date: __________",
                "Unterschrift: ____________________   Datum: __________",
                "Signature : ____________________   Date : __________",
            ),
            "Helvetica",
            9,
        )
        pages = [*pages, p]
    pages = close(pages, s, h)
    remember(d, (h.name, ref))
    return pages


# ---------------------------------------------------------------------------------------------
# Templates DDDD: events, schools and libraries, tokens, fairs
# ---------------------------------------------------------------------------------------------

EVENT_CLAUSES = {
    "en": [
        "Fee and expenses",
        "Travel and accommodation",
        "Book sales",
        "Publicity",
        "Recording and photography",
        "Cancellation",
        "Insurance and safety",
        "Data protection",
        "Entire agreement",
    ],
    "de": [
        "Honorar und Auslagen",
        "Anreise und Unterkunft",
        "Buchverkauf",
        "Werbung",
        "Ton- und Bildaufnahmen",
        "Absage",
        "Künstlersozialabgabe",
        "Datenschutz",
        "Schlussbestimmungen",
    ],
    "fr": [
        "Rémunération",
        "Déplacement et hébergement",
        "Vente de livres",
        "Communication",
        "Captations",
        "Annulation",
        "Cotisations artistes-auteurs",
        "Données personnelles",
        "Dispositions finales",
    ],
}


def tpl_event_agreement(rng: random.Random, who: Issuer) -> list[Page]:
    """An author event agreement from the publisher's publicity department (Lesungsvereinbarung,
    convention de rencontre-dédicace): now and then the publicist's covering letter first, the
    event in a grid (author, title, date, format, tickets, fee), numbered clauses, a signature
    page and sometimes the author's requirements with tick boxes."""
    h = head_of(who, "publisher", abroad=0.1)
    lg = h.lang
    s = style_of(h, A4)
    w, _hh = s.page_size
    m = s.margin
    d = some_day(rng)
    book = a_book(rng, lg)
    ev = d + timedelta(days=rng.randint(20, 70))
    publicist = person(h, "publicity")
    fee = (
        rng.choice([0.0, 150.0, 200.0, 250.0, 300.0, 400.0])
        if lg != "en"
        else rng.choice([0.0, 0.0, 100.0, 150.0, 200.0])
    )
    price = rng.choice([5.0, 8.0, 10.0, 12.0, 15.0])
    fmt = rng.choice(
        {
            "en": ["Reading and Q&A", "In conversation", "Signing", "Children's storytime"],
            "de": [
                "Lesung mit Gespräch",
                "Lesung und Signierstunde",
                "Buchpremiere",
                "Kinderlesung",
            ],
            "fr": ["Rencontre-dédicace", "Lecture et échange", "Rencontre scolaire", "Signature"],
        }[lg]
    )
    pages: list[Page] = []
    cover_n = 0
    if rng.random() < 0.45:
        c = sheets(s, h)
        recipient(c, s, h, shop_lines(mx(owner(), lg) if lg != "en" else owner()), d, [])
        write(c, s, dear(lg, mx(owner(), lg) if lg != "en" else None))
        write(
            c,
            s,
            tr(
                lg,
                f"Thank you so much for hosting {book.author} on {day(h, ev)}. Please find "
                "enclosed two copies of our event agreement; do sign and return one copy to me.",
                f"herzlichen Dank, dass Sie {book.author} am {day(h, ev)} zu einer Lesung "
                "einladen. Anbei erhalten Sie unsere Vereinbarung in zweifacher Ausfertigung; "
                "bitte senden Sie uns ein Exemplar unterschrieben zurück.",
                f"Merci d'accueillir {book.author} le {day(h, ev)}. Vous trouverez ci-joint la "
                "convention en deux exemplaires, dont un à nous retourner signé.",
            ),
        )
        write(c, s, prose(rng, lg, "trade"))
        regards(
            c,
            s,
            lg,
            publicist,
            tr(lg, "Publicity Manager", "Presse & Veranstaltungen", "Attachée de presse"),
        )
        c.page.text(m, c.y + 6, tr(lg, "Enc.", "Anlage", "P.J."), s.font, s.size - 1)
        pages += c.pages
        cover_n = len(c.pages)
    f = sheets(
        s,
        h,
        f"{tr(lg, 'Event agreement', 'Lesungsvereinbarung', 'Convention de rencontre')} - "
        f"{book.author}",
    )
    caption(
        f,
        s,
        tr(
            lg,
            "AUTHOR EVENT AGREEMENT",
            "VEREINBARUNG ÜBER EINE LESUNG",
            "CONVENTION DE RENCONTRE D'AUTEUR",
        ),
        3,
    )
    write(
        f,
        s,
        tr(
            lg,
            f'between {h.name} ("the Publisher") on behalf of {book.author} and '
            f'{shop_row()[0]}, {shop_row()[2]} ("the Bookshop").',
            f"zwischen {h.name} (Verlag) für {book.author} und {shop_row()[0]}, {shop_row()[2]} "
            "(Veranstalter).",
            f"entre {h.name} (l'éditeur), pour {book.author}, et {shop_row()[0]}, {shop_row()[2]} "
            "(l'organisateur).",
        ),
        s.size,
    )
    f.y = (
        fields(
            f.page,
            s,
            m,
            f.y,
            w - 2 * m,
            [
                (tr(lg, "Author", "Autor/in", "Auteur"), book.author),
                (tr(lg, "Book", "Titel", "Ouvrage"), book.title),
                (
                    tr(lg, "Date and time", "Datum, Beginn", "Date et heure"),
                    f"{short(ev, lg)}, {rng.choice(['18:30', '19:00', '19:30', '20:00', '11:00'])}",
                ),
                (tr(lg, "Format", "Form", "Format"), fmt),
                (
                    tr(lg, "Venue", "Ort", "Lieu"),
                    rng.choice(
                        [
                            shop_row()[0],
                            tr(
                                lg,
                                "St John's Church Hall",
                                "Gemeindesaal St. Marien",
                                "Salle des fêtes",
                            ),
                        ]
                    ),
                ),
                (
                    tr(lg, "Capacity / ticket", "Plätze / Eintritt", "Jauge / billet"),
                    f"{rng.choice([40, 60, 80, 120])} / {cash(price, lg)}",
                ),
                (
                    tr(lg, "Author fee", "Honorar", "Rémunération"),
                    cash(fee, lg) if fee else tr(lg, "none (promotional)", "entfällt", "sans"),
                ),
                (
                    tr(lg, "Books supplied", "Buchbezug", "Livres"),
                    tr(
                        lg,
                        "by the Bookshop, sale or return",
                        "über die Buchhandlung, mit Remissionsrecht",
                        "par la librairie, retour possible",
                    ),
                ),
            ],
            per=2,
            tall=26,
            hand=False,
        )
        + 4
    )
    for k, t in enumerate(EVENT_CLAUSES[lg][: rng.randint(5, 9)], 1):
        f.heading(m, f"{k}. {t}", s.bold, s.size)
        write(f, s, prose(rng, lg, "legal", 1, 3), s.size - 0.5)
    if rng.random() < 0.5:
        f.new_page()
    signature_block(
        f,
        s,
        lg,
        (publicist, h.name),
        (owner(), shop_row()[0]),
        (True, rng.random() < 0.6),
        shop_row()[2].split()[-1],
        d + timedelta(days=rng.randint(1, 6)),
    )
    pages += f.pages
    if rng.random() < 0.4:
        p = Page(A4)
        p.text(
            m,
            m,
            tr(
                lg,
                f"Annex - {book.author}: event requirements",
                f"Anlage - Technische Wünsche {book.author}",
                f"Annexe - besoins de {book.author}",
            ),
            s.bold,
            s.size + 2,
        )
        y = m + 24.0
        items = {
            "en": [
                "Microphone and PA",
                "Table and chair on stage",
                "Water",
                "Signing table with pens",
                "Projector",
                "Parking near venue",
                "Vegetarian meal",
                "Hotel (1 night)",
            ],
            "de": [
                "Mikrofon und Anlage",
                "Lesetisch mit Lampe",
                "Wasser ohne Kohlensäure",
                "Signiertisch",
                "Beamer",
                "Parkplatz",
                "vegetarisches Essen",
                "Hotel (1 Nacht)",
            ],
            "fr": [
                "Micro et sono",
                "Table et chaise",
                "Eau plate",
                "Table de dédicace",
                "Vidéoprojecteur",
                "Stationnement",
                "Repas végétarien",
                "Hôtel (1 nuit)",
            ],
        }[lg]
        for t in items:
            box(p, m, y, rng.random() < 0.5)
            p.text(m + 14, y, t, s.font, s.size)
            y += s.size * 2
        y += 10
        p.text(m, y, tr(lg, "Notes:", "Bemerkungen:", "Remarques :"), s.bold, s.size)
        for k in range(5):
            p.line(m, y + 22 + 20 * k, w - m, y + 22 + 20 * k)
        if rng.random() < 0.6:
            hand(
                p, m + 4, y + 18, fit(prose(rng, lg, "legal", 1, 1), HAND, 9.5, w - 2 * m - 10), 9.5
            )
        pages.append(p)
    pages = close(pages, s, h, covers=cover_n)
    received(rng, pages[0], d, 0.25)
    remember(d, (book, ev, price, fmt))
    return pages


def tpl_ticket_report(rng: random.Random, who: Issuer) -> list[Page]:
    """A ticketing platform's event sales report: the summary page with ticket types, fees and
    the payout, then the attendee list on landscape pages ('Page i of n', generated-on
    footer)."""
    h = head_of(who, "ticketing")
    lg = h.lang
    ex = LAST["extra"]
    if after(("event_agreement",)) and isinstance(ex, tuple):
        book, ev, price, fmt = ex
        d = ev + timedelta(days=rng.randint(1, 4))
    else:
        book = a_book(rng, lg)
        ev = some_day(rng)
        price = rng.choice([5.0, 8.0, 10.0])
        fmt = tr(lg, "Author event", "Lesung", "Rencontre")
        d = ev + timedelta(days=rng.randint(1, 4))
    s = style_of(h, A4, margin=44, pt=9)
    w, _hh = A4
    m = s.margin
    title = f"{book.author}: {book.title}"
    types = [
        (tr(lg, "Standard", "Normal", "Plein tarif"), price),
        (tr(lg, "Concession", "Ermäßigt", "Tarif réduit"), max(price - 3, 2.0)),
        (
            tr(lg, "Ticket + signed book", "Karte + signiertes Buch", "Billet + livre dédicacé"),
            price + book.price,
        ),
    ]
    att = []
    for _ in range(rng.choice([14, 22, 35, 48, 70, 95])):
        t = rng.choices(range(3), [6, 2, 1])[0]
        att.append((t, rng.choice([1, 1, 1, 2, 2, 3])))
    p = Page(A4)
    y = heading(p, s, h)
    p.text(
        m,
        y,
        tr(lg, "Event sales report", "Verkaufsbericht Veranstaltung", "Récapitulatif des ventes"),
        s.bold,
        14,
    )
    y += 22
    y = (
        pairs(
            p,
            s,
            m,
            y,
            [
                (tr(lg, "Organiser", "Veranstalter", "Organisateur"), shop_row()[0]),
                (tr(lg, "Event", "Veranstaltung", "Événement"), fit(title, s.font, s.size, 300)),
                (tr(lg, "Date", "Datum", "Date"), f"{short(ev, lg)} - {fmt}"),
                (tr(lg, "Event ID", "Event-ID", "ID événement"), serial(rng, "999999")),
                (
                    tr(lg, "Report generated", "Erstellt am", "Édité le"),
                    f"{short(d, lg)} {rng.randint(7, 22):02d}:{rng.randint(0, 59):02d}",
                ),
            ],
            w - m,
        )
        + 14
    )
    cols = columns(m, w - m, [(4, "left"), (1, "right"), (1.2, "right"), (1.4, "right")])
    hdr = [
        tr(lg, "Ticket type", "Kartenart", "Tarif"),
        tr(lg, "Sold", "Verkauft", "Vendus"),
        tr(lg, "Price", "Preis", "Prix"),
        tr(lg, "Gross", "Brutto", "Brut"),
    ]
    for c, t in zip(cols, hdr, strict=True):
        p.text(c[1] if c[2] == "right" else c[0], y, t, s.bold, s.size, c[2])
    p.line(m, y + 4, w - m, y + 4)
    y += 16
    gross = 0.0
    sold = 0
    for k, (t, pr) in enumerate(types):
        q = sum(n for tt, n in att if tt == k)
        sold += q
        gross += q * pr
        for c, v in zip(cols, [t, str(q), money(pr, lg), money(q * pr, lg)], strict=True):
            p.text(c[1] if c[2] == "right" else c[0], y, v, s.font, s.size, c[2])
        y += 14
    p.line(m, y - 8, w - m, y - 8)
    fees = round(gross * rng.choice([0.035, 0.05, 0.06]) + 0.3 * len(att), 2)
    y = pairs(
        p,
        s,
        w * 0.45,
        y + 6,
        [
            (tr(lg, "Tickets sold", "Verkaufte Karten", "Billets vendus"), str(sold)),
            (tr(lg, "Gross sales", "Umsatz brutto", "Ventes brutes"), cash(gross, lg)),
            (
                tr(lg, "Booking fees and card charges", "Systemgebühren", "Frais de service"),
                signed(-fees, lg),
            ),
            (tr(lg, "Payout", "Auszahlung", "Reversement"), cash(gross - fees, lg)),
        ],
        w - m,
        s.size,
    )
    y += 10
    for t in wrap(
        tr(
            lg,
            "The payout will be made to your bank account within 5 working days of the event. "
            f"Booking fees include VAT at {STD_VAT[lg]:g}%.",
            "Die Auszahlung erfolgt innerhalb von 5 Werktagen nach der Veranstaltung. Die "
            f"Systemgebühren enthalten {STD_VAT[lg]:g} % USt.",
            "Le reversement intervient sous 5 jours ouvrés après l'événement. Frais de service "
            "TVA incluse.",
        ),
        s.font,
        8,
        w - 2 * m,
    ):
        p.text(m, y, t, s.font, 8)
        y += 11
    pages = [p]
    sl = style_of(h, landscape(A4), margin=40, pt=8.5)
    lw, lh = landscape(A4)

    def start(pg: Page, n: int) -> float:
        pg.text(
            40,
            34,
            fit(
                f"{tr(lg, 'Attendee list', 'Teilnehmerliste', 'Liste des participants')} - {title}"
                f" - {short(ev, lg)}",
                sl.bold,
                10,
                lw - 200,
            ),
            sl.bold,
            10,
        )
        pg.text(lw - 40, 34, h.name, sl.font, 8, "right")
        pg.line(40, 40, lw - 40, 40)
        return 58

    fl = Flow(landscape(A4), lh - 50, start)
    lcols = columns(
        40,
        lw - 40,
        [
            (1.2, "left"),
            (2.6, "left"),
            (3, "left"),
            (2.4, "left"),
            (0.6, "right"),
            (1.1, "right"),
            (1.4, "left"),
            (0.8, "center"),
        ],
    )
    rows = []
    for t, n in att:
        fn = rng.choice(FIRSTS[lg] + FIRSTS["en"])
        ln = rng.choice(LASTS[lg])
        isp = {"en": "btinternet.com", "de": "web.de", "fr": "orange.fr"}[lg]
        mail = f"{fn[0].lower()}***@{rng.choice(['gmail.com', 'outlook.com', isp])}"
        od = ev - timedelta(days=rng.randint(0, 40))
        rows.append(
            [
                serial(rng, "9999999"),
                f"{fn} {ln}",
                mail,
                types[t][0],
                str(n),
                money(types[t][1] * n, lg),
                short(od, lg),
                "",
            ]
        )
    table(
        fl,
        lcols,
        [
            tr(lg, "Order", "Best.", "Commande"),
            tr(lg, "Name", "Name", "Nom"),
            "E-mail",
            tr(lg, "Ticket", "Karte", "Tarif"),
            tr(lg, "Qty", "Anz.", "Qté"),
            tr(lg, "Paid", "Bezahlt", "Payé"),
            tr(lg, "Ordered", "Bestellt", "Date"),
            tr(lg, "In", "Einlass", "Entrée"),
        ],
        rows,
        sl,
        size=8,
        rules=True,
        step=1.9,
    )
    pages += fl.pages
    for k, pg in enumerate(pages, 1):
        pw, ph = pg.size
        pg.text(
            pw / 2,
            ph - 22,
            f"{tr(lg, 'Page', 'Seite', 'Page')} {k} {tr(lg, 'of', 'von', 'sur')} {len(pages)}",
            s.font,
            7.5,
            "center",
        )
        pg.text(
            40,
            ph - 22,
            f"{h.name.split()[0].lower()}.{ {'en': 'co.uk', 'de': 'de', 'fr': 'fr'}[lg] }",
            s.font,
            7,
            "left",
        )
    remember(d, None)
    return pages


def tpl_school_order(rng: random.Random, who: Issuer) -> list[Page]:
    """A school's or library's book supply order to the shop: a purchase order printed from the
    finance system (PO number, budget code, authorised signatory), a librarian's letter with the
    list, or a handwritten order sheet; now and then the teacher's book list stapled behind."""
    h = head_of(who, "school")
    lg = h.lang
    r = keyed(who, "po")
    kind = r.choice(["po", "po", "letter", "hand"])
    d = some_day(rng)
    po = serial(rng, r.choice(["PO-999999", "45009999", "BE 2025/999", "BC-99-9999"]))
    n = rng.choice([3, 5, 8, 12, 20, 30])
    lines = [
        (
            b,
            rng.choice([1, 1, 2, 5, 15, 28, 30, 32])
            if kind != "letter"
            else rng.choice([1, 1, 2, 3]),
        )
        for b in book_list(rng, lg, n)
    ]
    contact = person(h, "librarian")
    pages: list[Page] = []
    if kind == "po":
        s = style_of(h, A4, margin=40, pt=8.5)
        w, _ = A4
        m = 40
        f = sheets(s, h, f"{tr(lg, 'Purchase order', 'Bestellung', 'Bon de commande')} {po}")
        f.page.rect(w - m - 190, f.y - 12, 190, 48)
        f.page.text(
            w - m - 180,
            f.y + 4,
            tr(lg, "PURCHASE ORDER", "BESTELLUNG", "BON DE COMMANDE"),
            "Helvetica-Bold",
            11,
        )
        f.page.text(w - m - 180, f.y + 18, f"No. {po}", "Helvetica-Bold", 10)
        f.page.text(
            w - m - 180,
            f.y + 30,
            f"{tr(lg, 'Date', 'Datum', 'Date')}: {short(d, lg)}",
            "Helvetica",
            8,
        )
        window(
            f.page,
            s,
            None,
            f.y,
            [tr(lg, "Supplier:", "Lieferant:", "Fournisseur :"), *shop_lines()],
        )
        f.y += 70
        f.y = fields(
            f.page,
            s,
            m,
            f.y,
            w - 2 * m,
            [
                (tr(lg, "Deliver to", "Lieferanschrift", "Livraison"), f"{h.name}, {h.street}"),
                (tr(lg, "Requisitioner", "Besteller/in", "Demandeur"), contact),
                (
                    tr(lg, "Budget / cost centre", "Haushaltsstelle", "Imputation"),
                    serial(rng, "E99-9999"),
                ),
                (
                    tr(lg, "Required by", "Liefertermin", "Livrer avant le"),
                    short(d + timedelta(days=rng.randint(7, 21)), lg),
                ),
            ],
            per=4,
            tall=24,
            hand=False,
        )
        cols = columns(
            m,
            w - m,
            [
                (0.5, "right"),
                (2.2, "left"),
                (4.8, "left"),
                (0.8, "right"),
                (1.1, "right"),
                (1.2, "right"),
            ],
        )
        rows = [
            [
                str(k),
                b.isbn,
                f"{b.title} / {b.author}",
                str(q),
                money(b.price, lg),
                money(b.price * q, lg),
            ]
            for k, (b, q) in enumerate(lines, 1)
        ]
        table(
            f,
            cols,
            [
                tr(lg, "Ln", "Pos", "L."),
                "ISBN",
                tr(lg, "Description", "Bezeichnung", "Désignation"),
                tr(lg, "Qty", "Menge", "Qté"),
                tr(lg, "Unit", "EP", "PU"),
                tr(lg, "Value", "Gesamt", "Montant"),
            ],
            rows,
            s,
            size=8,
            rules=True,
        )
        tot = sum(b.price * q for b, q in lines)
        f.need(100)
        f.page.text(
            w - m,
            f.y + 4,
            f"{tr(lg, 'Order total', 'Bestellsumme', 'Total commande')}: {cash(tot, lg)}",
            s.bold,
            9,
            "right",
        )
        f.y += 26
        write(
            f,
            s,
            tr(
                lg,
                "Please quote the order number on all invoices and delivery notes. Invoices to "
                "the Finance Office. Library discount as agreed.",
                "Bitte geben Sie die Bestellnummer auf Rechnung und Lieferschein an. Nachlass "
                "gemäß § 7 BuchPrG.",
                "Merci de rappeler le numéro de commande sur la facture. Remise collectivités "
                "selon la loi du 10 août 1981.",
            ),
            7.5,
        )
        f.y += 12
        scrawl(f.page, m + 6, f.y + 14, person(h, "head"), 12)
        f.page.line(m, f.y + 18, m + 200, f.y + 18)
        f.page.text(
            m,
            f.y + 28,
            f"{tr(lg, 'Authorised', 'Genehmigt', 'Visa')}: {person(h, 'head')}",
            s.font,
            7.5,
        )
        pages = close(f.pages, s, h)
    elif kind == "letter":
        s = style_of(h, A4)
        w, _ = A4
        m = s.margin
        f = sheets(s, h)
        recipient(f, s, h, shop_lines(), d, [])
        write(f, s, dear(lg, None))
        write(
            f,
            s,
            tr(
                lg,
                "Please could you supply the following titles for the school library, invoicing "
                "us with the usual discount:",
                "bitte liefern Sie uns für die Schulbibliothek folgende Titel mit dem üblichen "
                "Nachlass:",
                "Pourriez-vous nous fournir les titres suivants pour le CDI, avec la remise "
                "habituelle :",
            ),
        )
        for b, q in lines:
            write(f, s, f"{q} x  {b.author}, {b.title} ({b.isbn})", s.size - 0.5, 14)
        write(
            f,
            s,
            tr(
                lg,
                "Many thanks - could you ring me when they are in?",
                "Vielen Dank! Eine kurze Nachricht bei Eingang wäre nett.",
                "Merci de nous prévenir à réception.",
            ),
        )
        regards(
            f,
            s,
            lg,
            contact,
            tr(lg, "School Librarian", "Schulbibliothek", "Professeure documentaliste"),
        )
        pages = close(f.pages, s, h, numbers="none")
    else:
        s = style_of(h, A5, margin=30, pt=8.5)
        w, _hh = A5
        m = 30
        p = Page(A5)
        y = heading(p, s, h)
        p.text(
            m,
            y,
            tr(lg, "Order / Book request", "Bestellzettel Bücher", "Bon de commande livres"),
            s.bold,
            11,
        )
        y += 18
        hand(p, m, y, f"{tr(lg, 'To', 'An', 'À')}: {shop_row()[0]}", 10, w - 2 * m)
        y += 18
        for b, q in lines[:14]:
            hand(p, m, y, f"{q} x {b.title} - {b.author}", 9, w - 2 * m)
            y += 16
        y += 8
        hand(p, m, y, f"{contact}  {short(d, lg)}", 9.5)
        scrawl(p, w - m - 90, y + 2, contact, 11)
        pages = [p]
    if kind != "hand" and rng.random() < 0.3:
        p = Page(A4)
        p.text(
            56,
            60,
            tr(
                lg,
                f"Year {rng.randint(7, 11)} reading list",
                f"Lektüreliste Klasse {rng.randint(5, 10)}",
                f"Liste de lectures {rng.choice(['6e', '5e', '4e', '3e'])}",
            ),
            "Times-Bold",
            13,
        )
        y = 90.0
        for k, (b, _) in enumerate(lines, 1):
            for ln in wrap(
                f"{k}. {b.author} - {b.title}" + (f" ({b.binding})" if rng.random() < 0.5 else ""),
                "Times-Roman",
                11,
                A4[0] - 112,
            ):
                p.text(56, y, ln, "Times-Roman", 11)
                y += 15
            if y > 780:
                break
        if rng.random() < 0.5:
            copier_edge(p, rng)
        pages.append(p)
    received(rng, pages[0], d, 0.3)
    remember(d, (h.name, po, lines, contact))
    return pages


def tpl_shop_invoice(rng: random.Random, who: Issuer) -> list[Page]:
    """The shop's own invoice to a school or library (from the shop's till system or a word
    processor): order number, lines with ISBN, RRP and the library discount (or the Buchpreis-
    bindung / loi Lang allowance), jacketing and labelling, VAT; the delivery note signed by the
    school on a second page."""
    sh = shop_head()
    lg = home()
    school = head_of(who, "school")
    ex = LAST["extra"]
    if after(("school_order",)) and isinstance(ex, tuple) and ex[0] == school.name:
        _, po, lines, contact = ex
        d = last_day(rng, ("school_order",), (5, 18))
    else:
        d = some_day(rng)
        po = serial(rng, "PO-999999")
        lines = [(b, rng.choice([1, 1, 2, 30])) for b in book_list(rng, lg, rng.choice([3, 6, 10]))]
        contact = person(school, "librarian")
    s = style_of(sh, A4)
    w, _hh = A4
    m = s.margin
    inv = f"{d.year % 100}{rng.randint(100, 999)}"
    f = sheets(s, sh, f"{sh.name} - {tr(lg, 'Invoice', 'Rechnung', 'Facture')} {inv}")
    recipient(
        f,
        s,
        sh,
        head_lines(school, tr(lg, "Finance Office", "Rechnungsstelle", "Service financier")),
        d,
        [
            (tr(lg, "Invoice", "Rechnung Nr.", "Facture n°"), inv),
            (tr(lg, "Your order", "Ihre Bestellung", "Votre commande"), po),
        ],
    )
    caption(f, s, tr(lg, "INVOICE", "RECHNUNG", "FACTURE"), 4)
    disc = {
        "en": keyed(who, "d").choice([10.0, 12.5, 15.0]),
        "de": keyed(who, "d").choice([5.0, 10.0]),
        "fr": 9.0,
    }[lg]
    rate = BOOK_VAT[lg]
    cols = columns(
        m, w - m, [(2.2, "left"), (4.2, "left"), (0.7, "right"), (1.1, "right"), (1.2, "right")]
    )
    rows = []
    gross_books = 0.0
    for b, q in lines:
        rows.append([b.isbn, b.title, str(q), money(b.price, lg), money(b.price * q, lg)])
        gross_books += b.price * q
    table(
        f,
        cols,
        [
            "ISBN",
            tr(lg, "Title", "Titel", "Titre"),
            tr(lg, "Qty", "Menge", "Qté"),
            tr(lg, "RRP", "Preis", "Prix"),
            tr(lg, "Total", "Gesamt", "Total"),
        ],
        rows,
        s,
        size=s.size - 1,
    )
    y0 = f.y + 4
    f.y = y0
    items = [
        (
            tr(lg, "Books at RRP", "Bücher zum gebundenen Preis", "Livres au prix public"),
            gross_books,
        ),
        (
            tr(
                lg,
                f"Less {disc:g}% school discount",
                f"abzgl. {disc:g} % Nachlass (§ 7 BuchPrG)",
                f"Remise collectivités {disc:g} %",
            ),
            -round(gross_books * disc / 100, 2),
        ),
    ]
    servicing = 0.0
    if (
        "Librar" in school.name
        or "bibliothek" in school.name
        or "diath" in school.name
        or rng.random() < 0.3
    ):
        nb = sum(q for _, q in lines)
        servicing = round(nb * {"en": 1.45, "de": 1.2, "fr": 1.1}[lg], 2)
        items.append(
            (
                tr(
                    lg,
                    f"Jacketing and labelling ({nb} x)",
                    f"Folierung und Etikettierung ({nb} x)",
                    f"Équipement (plastification, cotes) x {nb}",
                ),
                servicing,
            )
        )
    for t, v in items:
        f.page.text(w * 0.4, f.y, t, s.font, s.size - 0.5)
        f.page.text(w - m, f.y, cash(v, lg), s.font, s.size - 0.5, "right")
        f.y += 13
    total = round(gross_books * (1 - disc / 100) + servicing * (1 + STD_VAT[lg] / 100), 2)
    f.page.line(w * 0.4, f.y - 8, w - m, f.y - 8)
    f.page.text(
        w * 0.4, f.y + 2, tr(lg, "Amount due", "Rechnungsbetrag", "Net à payer"), s.bold, s.size
    )
    f.page.text(w - m, f.y + 2, cash(total, lg), s.bold, s.size, "right")
    f.y += 22
    write(
        f,
        s,
        tr(
            lg,
            "Books are zero-rated for VAT; servicing charged at 20%. Payment within 30 days by "
            "BACS please.",
            f"Im Rechnungsbetrag sind {rate:g} % USt. auf Bücher und 19 % auf Dienstleistungen "
            "enthalten.",
            "TVA 5,5 % sur les livres, 20 % sur l'équipement. Paiement par mandat administratif à"
            " 30 jours.",
        ),
        s.size - 1.5,
    )
    pages = f.pages
    if rng.random() < 0.65:
        g = sheets(s, sh)
        caption(g, s, tr(lg, "DELIVERY NOTE", "LIEFERSCHEIN", "BON DE LIVRAISON"), 3)
        g.y = (
            pairs(
                g.page,
                s,
                m,
                g.y,
                [
                    (tr(lg, "To", "An", "À"), school.name),
                    (tr(lg, "Order", "Bestellung", "Commande"), po),
                    (tr(lg, "Invoice", "Rechnung", "Facture"), inv),
                    (tr(lg, "Parcels", "Pakete", "Colis"), str(rng.randint(1, 4))),
                ],
                w / 2 + 60,
            )
            + 10
        )
        table(
            g,
            columns(m, w - m, [(2.2, "left"), (5.5, "left"), (0.8, "right")]),
            ["ISBN", tr(lg, "Title", "Titel", "Titre"), tr(lg, "Qty", "Menge", "Qté")],
            [[b.isbn, b.title, str(q)] for b, q in lines],
            s,
            size=s.size - 1,
        )
        g.need(90)
        g.y += 20
        g.page.text(
            m,
            g.y,
            tr(lg, "Received in good order:", "Ware vollständig erhalten:", "Reçu en bon état :"),
            s.font,
            s.size,
        )
        g.y += 34
        if rng.random() < 0.75:
            scrawl(g.page, m + 6, g.y - 4, contact, 12)
            hand(g.page, w / 2, g.y - 6, short(d + timedelta(days=rng.randint(1, 3)), lg), 10)
        g.page.line(m, g.y, m + 200, g.y)
        g.page.line(w / 2, g.y, w / 2 + 120, g.y)
        g.page.text(m, g.y + 10, contact, s.font, s.size - 1)
        pages = [*pages, *g.pages]
    remember(d, (school.name, inv))
    return close(pages, s, sh)


def statement_period(rng: random.Random, name: str, kind: str) -> tuple[date, date, date]:
    """The month a monthly statement covers (the month before the pile's; when the previous
    document was such a statement from the same sender, the month before that one) and the
    day it was issued."""
    ex = LAST["extra"]
    if after((kind,)) and isinstance(ex, tuple) and ex[0] == name and isinstance(ex[1], date):
        start = add_months(ex[1], -1)
    else:
        start = add_months(month(), -1)
    end = add_months(start, 1) - timedelta(days=1)
    return start, end, end + timedelta(days=rng.randint(3, 9))


def tpl_token_statement(rng: random.Random, who: Issuer) -> list[Page]:
    """The book token / gift card scheme's settlement statement for the month: tokens sold and
    redeemed at the shop, commission and the net amount paid or collected, then the redemption
    list (card number, date, value) in dense columns."""
    h = head_of(who, "tokens")
    lg = h.lang
    s = style_of(h, A4, pt=9)
    w, _hh = A4
    m = s.margin
    start, end, d = statement_period(rng, h.name, "token_statement")
    f = sheets(
        s,
        h,
        f"{h.name} - {tr(lg, 'Statement', 'Abrechnung', 'Relevé')} {start.month:02d}/{start.year}",
    )
    sid = account_no(h.name, "999999")
    recipient(
        f,
        s,
        h,
        shop_lines(),
        d,
        [
            (tr(lg, "Retailer no.", "Händler-Nr.", "N° point de vente"), sid),
            (tr(lg, "Period", "Zeitraum", "Période"), f"{short(start, lg)} - {short(end, lg)}"),
        ],
    )
    caption(
        f,
        s,
        tr(
            lg,
            "Monthly settlement statement",
            "Monatsabrechnung Buchgutscheine",
            "Relevé mensuel de compensation",
        ),
        2,
    )
    sold_n = rng.randint(4, 60)
    red_n = rng.randint(6, 90)
    reds = [
        (
            serial(rng, "9999 9999 9999 9999"),
            start + timedelta(days=rng.randint(0, (end - start).days)),
            rng.choice([5.0, 10.0, 10.0, 15.0, 20.0, 25.0, 30.0, 50.0])
            * (rng.uniform(0.2, 1.0) if rng.random() < 0.2 else 1),
        )
        for _ in range(red_n)
    ]
    reds.sort(key=lambda t: t[1])
    sold_v = round(sum(rng.choice([10.0, 15.0, 20.0, 25.0, 50.0]) for _ in range(sold_n)), 2)
    red_v = round(sum(v for _, _, v in reds), 2)
    comm = round(red_v * rng.choice([0.025, 0.04, 0.05]), 2)
    fee = rng.choice([0.0, 4.5, 8.0])
    net = round(red_v - sold_v - comm - fee, 2)
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
                        f"Tokens sold ({sold_n})",
                        f"Verkaufte Gutscheine ({sold_n})",
                        f"Chèques vendus ({sold_n})",
                    ),
                    signed(-sold_v, lg),
                ),
                (
                    tr(
                        lg,
                        f"Tokens redeemed ({red_n})",
                        f"Eingelöste Gutscheine ({red_n})",
                        f"Chèques encaissés ({red_n})",
                    ),
                    cash(red_v, lg),
                ),
                (
                    tr(
                        lg,
                        "Commission on redemptions",
                        "Provision auf Einlösungen",
                        "Commission sur encaissements",
                    ),
                    signed(-comm, lg),
                ),
                (
                    tr(lg, "Terminal / scheme fee", "Systemgebühr", "Frais de service"),
                    signed(-fee, lg),
                ),
            ],
            w - m,
            s.size,
        )
        + 4
    )
    f.page.line(w / 2, f.y - 10, w - m, f.y - 10)
    f.page.text(
        m,
        f.y,
        tr(
            lg,
            "Balance due to you" if net >= 0 else "Balance due from you",
            "Auszahlungsbetrag" if net >= 0 else "Lastschriftbetrag",
            "Solde en votre faveur" if net >= 0 else "Solde à prélever",
        ),
        s.bold,
        s.size,
    )
    f.page.text(w - m, f.y, cash(abs(net), lg), s.bold, s.size, "right")
    f.y += 22
    write(
        f,
        s,
        tr(
            lg,
            f"This amount will be {'paid to' if net >= 0 else 'collected from'} your nominated "
            f"account on or around {day(h, d + timedelta(days=5))}.",
            f"Der Betrag wird um den {day(h, d + timedelta(days=5))} "
            f"{'überwiesen' if net >= 0 else 'per Lastschrift eingezogen'}.",
            f"Ce montant sera {'viré' if net >= 0 else 'prélevé'} vers le "
            f"{day(h, d + timedelta(days=5))}.",
        ),
        s.size - 1,
    )
    # Redemption detail: three columns of card number, date, value.
    f.need(120)
    f.heading(
        m,
        tr(lg, "Redemption detail", "Einzelnachweis Einlösungen", "Détail des encaissements"),
        s.bold,
        s.size + 1,
    )
    cw = (w - 2 * m) / 3
    k = 0
    while k < len(reds):
        f.need(12)
        for c in range(3):
            if k >= len(reds):
                break
            no, dd, v = reds[k]
            x = m + c * cw
            f.page.text(x, f.y, no, "Courier", 7)
            f.page.text(x + cw * 0.62, f.y, short(dd, lg)[:5], "Courier", 7)
            f.page.text(x + cw - 8, f.y, money(v, lg), "Courier", 7, "right")
            k += 1
        f.y += 10
    pages = close(f.pages, s, h)
    remember(d, (h.name, start))
    return pages


def tpl_stall_booking(rng: random.Random, who: Issuer) -> list[Page]:
    """A book fair or literary festival's stall booking confirmation: the letter with the
    booking details and the invoice lines, the site plan with the shop's stall marked, and the
    exhibitor rules (set-up, sales, insurance)."""
    h = head_of(who, "organiser", abroad=0.1)
    lg = h.lang
    s = style_of(h, A4)
    w, _hh = A4
    m = s.margin
    d = some_day(rng)
    fair = add_months(d, rng.randint(1, 4)) + timedelta(days=rng.randint(0, 20))
    stand = f"{rng.choice('ABCD')}{rng.randint(1, 8)}"
    f = sheets(s, h)
    recipient(
        f,
        s,
        h,
        shop_lines(mx(owner(), lg) if lg != "en" else owner()),
        d,
        [
            (tr(lg, "Booking ref.", "Buchungs-Nr.", "Réservation"), serial(rng, "BK-9999")),
            (tr(lg, "Stall", "Stand", "Stand"), stand),
        ],
    )
    caption(
        f,
        s,
        tr(
            lg,
            "Booking confirmation - booksellers' stall",
            "Standbestätigung Buchhandel",
            "Confirmation de réservation - stand libraire",
        ),
        2,
    )
    write(f, s, dear(lg, mx(owner(), lg) if lg != "en" else None))
    write(
        f,
        s,
        tr(
            lg,
            f"We are delighted to confirm your stall {stand} for the festival on {day(h, fair)} "
            "and the following days.",
            f"wir bestätigen Ihnen gern den Stand {stand} für unser Fest ab dem {day(h, fair)}.",
            f"Nous avons le plaisir de vous confirmer le stand {stand} pour le salon à partir du "
            f"{day(h, fair)}.",
        ),
    )
    lines = [
        (
            tr(lg, "Stall 3 m x 2 m", "Stand 3 x 2 m", "Stand 3 m x 2 m"),
            rng.choice([90.0, 120.0, 180.0, 240.0]),
        ),
        (tr(lg, "Tables (2) and chairs", "2 Tische, Stühle", "2 tables et chaises"), 25.0),
        (tr(lg, "Electricity", "Stromanschluss", "Électricité"), rng.choice([0.0, 15.0, 30.0])),
    ]
    if rng.random() < 0.5:
        lines.append(
            (
                tr(
                    lg,
                    "Commission on sales of festival authors' books: 10%",
                    "Umsatzbeteiligung Autorenverkauf 10 %",
                    "Commission sur ventes des auteurs invités 10 %",
                ),
                0.0,
            )
        )
    cols = columns(m, w - m, [(5, "left"), (1.2, "right")])
    table(
        f,
        cols,
        [tr(lg, "Item", "Leistung", "Prestation"), tr(lg, "Amount", "Betrag", "Montant")],
        [[t, money(v, lg) if v else "-"] for t, v in lines],
        s,
    )
    net = sum(v for _, v in lines)
    f.page.text(
        w - m,
        f.y + 4,
        f"{tr(lg, 'Total incl. VAT', 'Gesamt inkl. USt.', 'Total TTC')}: "
        f"{cash(net * (1 + STD_VAT[lg] / 100), lg)}",
        s.bold,
        s.size,
        "right",
    )
    f.y += 24
    write(f, s, prose(rng, lg, "trade", 1, 3))
    regards(f, s, lg, person(h, "fair"), tr(lg, "Festival Manager", "Organisation", "Coordination"))
    pages = f.pages
    if rng.random() < 0.7:
        p = Page(landscape(A4) if rng.random() < 0.5 else A4)
        pw, ph = p.size
        p.text(
            pw / 2,
            40,
            tr(
                lg,
                "SITE PLAN - booksellers' marquee",
                "LAGEPLAN - Bücherzelt",
                "PLAN DU SALON - chapiteau libraires",
            ),
            "Helvetica-Bold",
            13,
            "center",
        )
        gx, gy, cell_w, cell_h = 60, 80, (pw - 120) / 8, 46
        rows_n = int((ph - 200) // (cell_h + 26))
        for rr in range(min(rows_n, 4)):
            for cc in range(8):
                x, y = gx + cc * cell_w, gy + rr * (cell_h + 26)
                lab = f"{'ABCD'[rr]}{cc + 1 + rr * 0}"
                p.rect(x + 2, y, cell_w - 4, cell_h, fill=0.55 if lab == stand else None)
                p.text(x + cell_w / 2, y + cell_h / 2 + 3, lab, "Helvetica", 8, "center")
        yb = gy + min(rows_n, 4) * (cell_h + 26) + 10
        p.rect(gx, yb, 90, 30)
        p.text(
            gx + 45, yb + 18, tr(lg, "ENTRANCE", "EINGANG", "ENTRÉE"), "Helvetica-Bold", 8, "center"
        )
        p.rect(pw - gx - 120, yb, 120, 30)
        p.text(
            pw - gx - 60,
            yb + 18,
            tr(lg, "Signing tent", "Signierzelt", "Espace dédicaces"),
            "Helvetica",
            8,
            "center",
        )
        hand(
            p,
            gx,
            ph - 50,
            tr(home(), f"our stall = {stand}", f"unser Stand {stand}", f"notre stand {stand}"),
            10,
        )
        pages = [*pages, p]
    if rng.random() < 0.6:
        pages.append(
            small_print(
                rng,
                s,
                lg,
                tr(lg, "Exhibitor rules", "Ausstellerbedingungen", "Règlement des exposants"),
                tr(
                    lg,
                    "Set-up|Opening hours|Sales and prices|Stock and "
                    "deliveries|Insurance|Waste|Cancellation|Liability",
                    "Aufbau|Öffnungszeiten|Verkauf und "
                    "Preise|Warenanlieferung|Versicherung|Abfall|Rücktritt|Haftung",
                    "Installation|Horaires|Ventes et "
                    "prix|Livraisons|Assurance|Déchets|Annulation|Responsabilité",
                ).split("|"),
                "legal",
            )
        )
    received(rng, pages[0], d, 0.3)
    remember(d, None)
    return close(pages, s, h, numbers="none" if len(pages) < 3 else None)


# ---------------------------------------------------------------------------------------------
# Templates DDDD: premises, money, café, customers and staff
# ---------------------------------------------------------------------------------------------

QUARTER_DAYS = [(3, 25), (6, 24), (9, 29), (12, 25)]


def tpl_rent_demand(rng: random.Random, who: Issuer) -> list[Page]:
    """The landlord's or managing agent's rent demand for the shop unit: the quarter-day demand
    (rent, service charge on account, insurance rent) in England, the Mietforderung with the
    Nebenkostenvorauszahlung and the index adjustment in Germany, the avis d'échéance of the
    bail commercial in France; now and then the service charge budget on a landscape page."""
    h = head_of(who, "landlord")
    lg = h.lang
    s = style_of(h, A4)
    w, hh = A4
    m = s.margin
    d = some_day(rng)
    rent = keyed(who, "rent").choice([1450.0, 1900.0, 2350.0, 2800.0, 3200.0])
    if lg == "en":
        q = min(QUARTER_DAYS, key=lambda md: (date(d.year, *md) - d).days % 365)
        due = date(d.year, *q)
        if due < d:
            due = date(d.year + 1, *q)
        period = f"{short(due, lg)} - {short(due + timedelta(days=90), lg)}"
        rows = [
            ["Rent", period, money(rent * 3, lg)],
            ["Service charge on account", period, money(rent * 0.3, lg)],
            ["Insurance rent", period, money(rent * 0.09, lg)],
        ]
        net = rent * 3.39
    else:
        due = add_months(d, 1)
        period = f"{due.month:02d}/{due.year}"
        rows = [
            [tr(lg, "", "Grundmiete Laden EG", "Loyer commercial"), period, money(rent, lg)],
            [
                tr(lg, "", "Nebenkostenvorauszahlung", "Provision sur charges"),
                period,
                money(rent * 0.15, lg),
            ],
        ]
        net = rent * 1.15
        if lg == "fr" and rng.random() < 0.5:
            rows.append(["Taxe foncière (quote-part, provision)", period, money(rent * 0.06, lg)])
            net += rent * 0.06
    f = sheets(s, h)
    ref = serial(keyed(who, "t"), "T9999/99")
    recipient(
        f,
        s,
        h,
        shop_lines(),
        d,
        [
            (tr(lg, "Tenant ref.", "Mieter-Nr.", "Réf. locataire"), ref),
            (tr(lg, "Premises", "Objekt", "Lot"), shop_row()[1]),
        ],
    )
    caption(f, s, tr(lg, "RENT DEMAND", "MIETFORDERUNG", "AVIS D'ÉCHÉANCE"), 3)
    cols = columns(m, w - m, [(3.4, "left"), (2.4, "left"), (1.3, "right")])
    table(
        f,
        cols,
        [
            tr(lg, "Description", "Position", "Désignation"),
            tr(lg, "Period", "Zeitraum", "Période"),
            tr(lg, "Amount", "Betrag", "Montant"),
        ],
        rows,
        s,
        rules=True,
    )
    tax = STD_VAT[lg] if lg != "en" or keyed(who, "opt").random() < 0.6 else 0.0
    totals_by_rate(f, s, lg, {tax: net}, tr(lg, "Total payable", "Zahlbetrag", "Total à payer"))
    f.y += 8
    write(
        f,
        s,
        tr(
            lg,
            f"Payable in advance on the quarter day, {day(h, due)}. Landlord's address for service"
            f" of notices: {h.street}, {h.town}.",
            "Fällig im Voraus bis zum 3. Werktag. Die Indexanpassung nach § 4 des Mietvertrages "
            f"wurde zum {short(add_months(due, -3), lg)} berücksichtigt.",
            f"Terme payable d'avance le {day(h, due)}. Loyer révisé selon l'indice des loyers "
            f"commerciaux (ILC) du {rng.randint(1, 4)}e trimestre.",
        ),
        s.size - 1,
    )
    if lg == "fr" and f.y < hh - 170:
        y = hh - m - 120
        slip_rule(f.page, m, w - m, y, "Talon à joindre à votre règlement")
        fields(
            f.page,
            s,
            m,
            y + 10,
            w - 2 * m,
            [
                ("Locataire", shop_row()[0]),
                ("Réf.", ref),
                ("Montant", cash(net * 1.2, lg)),
                ("Échéance", short(due, lg)),
            ],
            per=2,
            tall=22,
            hand=False,
        )
    pages = f.pages
    if rng.random() < 0.35:
        sl = style_of(h, landscape(A4), margin=40, pt=8.5)
        lw, _lh = landscape(A4)
        p = Page(landscape(A4))
        p.text(
            40,
            44,
            tr(
                lg,
                f"Service charge budget {due.year}/{(due.year + 1) % 100} - {h.street}",
                f"Nebenkosten - Vorauskalkulation {due.year} - {shop_row()[1]}",
                f"Budget prévisionnel des charges {due.year} - {shop_row()[1]}",
            ),
            sl.bold,
            11,
        )
        heads_ = [
            tr(lg, "Cost heading", "Kostenart", "Poste"),
            tr(lg, "Budget", "Ansatz", "Budget"),
            tr(lg, "Last year", "Vorjahr", "N-1"),
            tr(lg, "Apportionment", "Umlageschlüssel", "Clé"),
            tr(lg, "Your share", "Ihr Anteil", "Votre quote-part"),
        ]
        cols2 = columns(
            40, lw - 40, [(4, "left"), (1.5, "right"), (1.5, "right"), (2, "left"), (1.5, "right")]
        )
        y = 76.0
        for c, t in zip(cols2, heads_, strict=True):
            p.text(c[1] if c[2] == "right" else c[0], y, t, sl.bold, 8.5, c[2])
        p.line(40, y + 4, lw - 40, y + 4)
        y += 16
        share = rng.uniform(0.08, 0.3)
        cost_heads = {
            "en": [
                "Cleaning of common parts",
                "Lighting and power",
                "Buildings insurance",
                "Lift maintenance",
                "Fire alarm testing",
                "Window cleaning",
                "Refuse collection",
                "Repairs and maintenance",
                "Managing agent's fee",
                "Reserve fund",
                "Accountancy",
            ],
            "de": [
                "Grundsteuer",
                "Wasser/Abwasser",
                "Müllabfuhr",
                "Straßenreinigung",
                "Gebäudeversicherung",
                "Hausmeister",
                "Treppenhausreinigung",
                "Allgemeinstrom",
                "Schornsteinfeger",
                "Wartung Rauchmelder",
                "Verwaltung",
            ],
            "fr": [
                "Entretien parties communes",
                "Électricité communs",
                "Assurance immeuble",
                "Ordures ménagères (TEOM)",
                "Ascenseur",
                "Honoraires syndic",
                "Eau",
                "Espaces verts",
                "Fonds travaux",
            ],
        }[lg]
        tot = 0.0
        for t in cost_heads:
            b = round(rng.uniform(300, 9000), 2)
            tot += b * share
            for c, v in zip(
                cols2,
                [
                    t,
                    money(b, lg),
                    money(b * rng.uniform(0.85, 1.1), lg),
                    tr(lg, "floor area", "Fläche", "tantièmes"),
                    money(b * share, lg),
                ],
                strict=True,
            ):
                p.text(c[1] if c[2] == "right" else c[0], y, v, sl.font, 8.5, c[2])
            y += 14
        p.line(40, y - 8, lw - 40, y - 8)
        p.text(
            lw - 40,
            y + 4,
            f"{tr(lg, 'Total', 'Summe', 'Total')}: {money(tot, lg)}",
            sl.bold,
            9,
            "right",
        )
        pages = [*pages, p]
    pages = close(pages, s, h)
    received(rng, pages[0], d, 0.3)
    if rng.random() < 0.35:
        hand(
            pages[0],
            m,
            hh - m - 30 - (130 if lg == "fr" else 0),
            tr(
                home(),
                f"SO set up - paid {short(due, home())}",
                "Dauerauftrag läuft",
                f"prélevé le {short(due, home())}",
            ),
            10,
        )
    remember(d, None)
    return pages


def tpl_card_statement(rng: random.Random, who: Issuer) -> list[Page]:
    """The card acquirer's monthly merchant statement for the shop's terminals: merchant and
    terminal IDs, the summary of card takings and charges, the daily settlement table and the
    charges by card scheme; every page numbered 'Page i of n'."""
    h = head_of(who, "acquirer")
    lg = h.lang
    s = style_of(h, A4, margin=42, pt=8.5)
    w, _hh = A4
    m = 42
    start, end, d = statement_period(rng, h.name, "card_statement")
    mid = account_no(h.name, "99999999")
    tid = account_no(h.name + "t", "9999999")
    title = tr(lg, "Merchant statement", "Händlerabrechnung", "Relevé des opérations commerçant")
    f = sheets(
        s,
        h,
        f"{title} - {tr(lg, 'Merchant', 'VU-Nr.', 'N° contrat')} {mid} - "
        f"{start.month:02d}/{start.year}",
    )
    recipient(
        f,
        s,
        h,
        shop_lines(),
        d,
        [
            (tr(lg, "Merchant ID", "VU-Nummer", "N° contrat"), mid),
            ("TID", tid),
            (tr(lg, "Period", "Zeitraum", "Période"), f"{short(start, lg)} - {short(end, lg)}"),
        ],
    )
    caption(f, s, title, 3)
    days = []
    dd = start
    while dd <= end:
        if dd.weekday() != 6 or rng.random() < 0.2:
            n = rng.randint(18, 140) if dd.weekday() < 5 else rng.randint(60, 220)
            days.append((dd, n, round(n * rng.uniform(11, 19), 2)))
        dd += timedelta(days=1)
    gross = sum(v for _, _, v in days)
    tx = sum(n for _, n, _ in days)
    rate = rng.choice([0.0095, 0.0125, 0.0149, 0.0169])
    msc = round(gross * rate, 2)
    fixed = rng.choice([9.5, 15.0, 19.9, 24.0])
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
                        f"Card takings ({tx} transactions)",
                        f"Umsätze ({tx} Transaktionen)",
                        f"Encaissements ({tx} opérations)",
                    ),
                    cash(gross, lg),
                ),
                (
                    tr(lg, "Transaction charges", "Disagio / Entgelte", "Commissions"),
                    signed(-msc, lg),
                ),
                (tr(lg, "Terminal rental", "Terminalmiete", "Location TPE"), signed(-fixed, lg)),
                (
                    tr(lg, "Net settled", "Auszahlung netto", "Net crédité"),
                    cash(gross - msc - fixed, lg),
                ),
            ],
            w / 2 + 80,
            s.size,
        )
        + 10
    )
    f.heading(
        m,
        tr(lg, "Daily settlements", "Tägliche Auszahlungen", "Remises quotidiennes"),
        s.bold,
        s.size + 1,
    )
    cols = columns(
        m,
        w - m,
        [
            (1.3, "left"),
            (1, "right"),
            (1.5, "right"),
            (1.2, "right"),
            (1.5, "right"),
            (1.4, "left"),
        ],
    )
    rows = []
    for dd, n, v in days:
        c = round(v * rate, 2)
        rows.append(
            [
                short(dd, lg),
                str(n),
                money(v, lg),
                money(-c, lg),
                money(v - c, lg),
                short(dd + timedelta(days=rng.choice([1, 2, 3])), lg),
            ]
        )
    table(
        f,
        cols,
        [
            tr(lg, "Date", "Datum", "Date"),
            tr(lg, "Trans.", "Anz.", "Nb"),
            tr(lg, "Gross", "Umsatz", "Brut"),
            tr(lg, "Charges", "Entgelt", "Comm."),
            tr(lg, "Net", "Netto", "Net"),
            tr(lg, "Paid", "Gutschrift", "Crédité le"),
        ],
        rows,
        s,
        size=8,
        step=1.7,
    )
    f.y += 8
    f.heading(
        m,
        tr(lg, "Charges by card type", "Entgelte nach Kartenart", "Commissions par type de carte"),
        s.bold,
        s.size + 1,
    )
    shares = [
        ("Visa Debit", 0.46),
        ("Mastercard Debit", 0.2),
        ("Visa Credit", 0.12),
        ("Mastercard Credit", 0.08),
        ("Amex", 0.04),
        ("Commercial cards", 0.1),
    ]
    if lg == "de":
        shares = [
            ("girocard", 0.58),
            ("Visa", 0.16),
            ("Mastercard", 0.14),
            ("V PAY / Maestro", 0.08),
            ("Amex", 0.04),
        ]
    if lg == "fr":
        shares = [
            ("CB", 0.81),
            ("Visa hors CB", 0.08),
            ("Mastercard hors CB", 0.07),
            ("Amex", 0.04),
        ]
    cols2 = columns(
        m, w - m, [(3, "left"), (1.3, "right"), (1.5, "right"), (1.2, "right"), (1.3, "right")]
    )
    table(
        f,
        cols2,
        [
            tr(lg, "Card type", "Kartenart", "Type"),
            tr(lg, "Trans.", "Anz.", "Nb"),
            tr(lg, "Value", "Umsatz", "Montant"),
            tr(lg, "Rate", "Satz", "Taux"),
            tr(lg, "Charge", "Entgelt", "Comm."),
        ],
        [
            [
                t,
                str(int(tx * sh)),
                money(gross * sh, lg),
                f"{money(rate * 100 * rng.uniform(0.7, 1.6), lg)}%",
                money(gross * sh * rate, lg),
            ]
            for t, sh in shares
        ],
        s,
        size=8,
    )
    f.y += 6
    write(
        f,
        s,
        tr(
            lg,
            "Charges are exempt from VAT. Please check this statement and tell us of any "
            "discrepancy within 30 days.",
            "Die Entgelte sind umsatzsteuerfrei. Einwendungen bitte innerhalb von 6 Wochen.",
            "Commissions exonérées de TVA. Toute contestation dans un délai de 30 jours.",
        ),
        7.5,
    )
    if rng.random() < 0.4:
        # A notice the acquirer prints on a page of its own behind the figures.
        f.new_page()
        caption(
            f,
            s,
            rng.choice(
                [
                    tr(
                        lg,
                        "Important: changes to your charges",
                        "Wichtig: Änderung Ihrer Entgelte",
                        "Important : évolution de vos conditions tarifaires",
                    ),
                    tr(
                        lg,
                        "PCI DSS - confirm your compliance",
                        "PCI DSS - Bitte bestätigen Sie Ihre Konformität",
                        "PCI DSS - attestation de conformité",
                    ),
                ]
            ),
            3,
            rule=True,
        )
        for _ in range(rng.randint(3, 6)):
            write(f, s, prose(rng, lg, "money", 2, 4))
    pages = close(
        f.pages,
        s,
        h,
        numbers="Page {i} of {n}"
        if lg == "en"
        else "Seite {i} von {n}"
        if lg == "de"
        else "Page {i}/{n}",
    )
    remember(d, (h.name, start))
    return pages


CAFE_ITEMS = {
    "roaster": {
        "en": [
            ("House espresso blend 1kg", 21.5),
            ("Single origin Colombia 1kg", 26.0),
            ("Decaf 1kg", 24.0),
            ("Oat milk 1L x 6", 11.4),
            ("Chai syrup 1L", 9.8),
            ("Takeaway cups 8oz x 1000", 48.0),
        ],
        "de": [
            ("Espresso Hausmischung 1 kg", 24.9),
            ("Filterkaffee Äthiopien 1 kg", 27.5),
            ("Entkoffeiniert 1 kg", 26.0),
            ("Haferdrink Barista 1 l x 6", 14.1),
            ("Kakaopulver 1 kg", 12.9),
            ("Coffee-to-go Becher 0,2 l x 1000", 52.0),
        ],
        "fr": [
            ("Mélange espresso maison 1 kg", 23.0),
            ("Pur origine Éthiopie 1 kg", 28.0),
            ("Décaféiné 1 kg", 26.5),
            ("Boisson avoine 1 L x 6", 13.2),
            ("Thé vrac Earl Grey 500 g", 17.5),
            ("Gobelets carton 20 cl x 1000", 49.0),
        ],
    },
    "dairy": {
        "en": [
            ("Whole milk 4pt", 1.95),
            ("Semi-skimmed 4pt", 1.85),
            ("Double cream 1L", 4.6),
            ("Scones x 12", 9.0),
            ("Carrot cake (whole)", 18.0),
            ("Sourdough loaf", 3.8),
        ],
        "de": [
            ("Vollmilch 1 l", 1.29),
            ("Sahne 1 l", 4.49),
            ("Butterkuchen Blech", 16.5),
            ("Käsekuchen ganz", 22.0),
            ("Croissants x 10", 9.5),
            ("Roggenbrot", 4.2),
        ],
        "fr": [
            ("Lait entier 1 L", 1.15),
            ("Crème fraîche 1 L", 5.2),
            ("Far breton entier", 14.0),
            ("Croissants x 10", 9.0),
            ("Tarte aux pommes", 16.5),
            ("Pain de campagne", 3.6),
        ],
    },
}


def tpl_cafe_invoice(rng: random.Random, who: Issuer) -> list[Page]:
    """A café supplier's invoice: the coffee roaster's A4 invoice with the wholesale lines, the
    dairy round's or baker's weekly delivery invoice on A5, or a slip torn from the baker's
    duplicate book with the entries in hand."""
    role = "roaster" if keyed(who, "cafe").random() < 0.5 else "dairy"
    h = head_of(who, role)
    lg = h.lang
    r = keyed(who, "fmt")
    fmt = "a4" if role == "roaster" else r.choice(["a5", "a5", "slip"])
    ex = LAST["extra"]
    if after(("cafe_invoice",)) and isinstance(ex, tuple) and ex[0] == h.name:
        d = ex[1] + timedelta(days=7 if role == "dairy" else rng.randint(10, 20))
    else:
        d = some_day(rng)
    items = CAFE_ITEMS[role][lg]
    rate_food = {"en": 0.0, "de": 7.0, "fr": 5.5}[lg]
    if fmt == "slip":
        s = style_of(h, SLIP, margin=14, pt=8)
        w, _ = SLIP
        p = Page(SLIP)
        y = heading(p, s, h)
        p.text(
            w / 2,
            y,
            tr(lg, "INVOICE / DELIVERY", "Lieferschein / Rechnung", "Facture / livraison"),
            "Helvetica-Bold",
            9,
            "center",
        )
        p.text(w - 14, y + 14, f"N° {rng.randint(100, 999)}", "Helvetica-Bold", 10, "right")
        y += 30
        hand(p, 16, y, shop_row()[0], 9, w - 32)
        hand(p, 16, y + 14, short(d, lg), 9)
        y += 34
        tot = 0.0
        for name, pr in rng.sample(items, rng.randint(2, 5)):
            q = rng.randint(1, 12)
            hand(p, 16, y, f"{q} {name}", 8.5, w - 80)
            hand(p, w - 16 - tw(money(q * pr, lg), HAND, 9), y, money(q * pr, lg), 9)
            tot += q * pr
            y += 15
            p.line(14, y - 10, w - 14, y - 10)
        y += 8
        p.text(16, y, tr(lg, "Total", "Summe", "Total"), "Helvetica-Bold", 9)
        hand(p, w - 16 - tw(money(tot, lg), HAND, 10), y, money(tot, lg), 10)
        p.text(16, y + 18, tr(lg, "Copy", "Durchschrift", "Duplicata"), "Helvetica", 6.5)
        if rng.random() < 0.5:
            hand(p, 16, y + 40, tr(home(), "pd cash", "bar bez.", "payé esp."), 11)
        remember(d, (h.name, d))
        return [p]
    size = A4 if fmt == "a4" else A5
    s = style_of(h, size, margin=0 if fmt == "a4" else 32, pt=0 if fmt == "a4" else 8)
    w, _hh = size
    m = s.margin
    f = sheets(s, h)
    inv = serial(rng, r.choice(["INV-9999", "99999", "RE 99999", "F-99999"]))
    recipient(
        f,
        s,
        h,
        shop_lines(),
        d,
        [
            (tr(lg, "Invoice", "Rechnung", "Facture"), inv),
            (tr(lg, "Customer", "Kunde", "Client"), account_no(h.name, "C999")),
        ],
    )
    caption(f, s, tr(lg, "Invoice", "Rechnung", "Facture"), 2)
    rows = []
    nets: dict[float, float] = {}
    chosen = rng.sample(items, rng.randint(2, len(items)))
    for name, pr in chosen:
        q = rng.choice([1, 2, 3, 4, 6, 10]) if role == "roaster" else rng.randint(2, 14)
        std = any(t in name.lower() for t in ("cups", "becher", "gobelets", "syrup", "sirup"))
        rt = STD_VAT[lg] if std else rate_food
        nets[rt] = nets.get(rt, 0.0) + q * pr
        if role == "dairy" and rng.random() < 0.4:
            name = f"{name} ({tr(lg, 'Mon/Wed/Fri', 'Mo/Mi/Fr', 'lun/mer/ven')})"
        rows.append([name, str(q), money(pr, lg), money(q * pr, lg), f"{rt:g}%"])
    cols = columns(
        m, w - m, [(4, "left"), (0.8, "right"), (1.1, "right"), (1.2, "right"), (0.8, "right")]
    )
    table(
        f,
        cols,
        [
            tr(lg, "Item", "Artikel", "Article"),
            tr(lg, "Qty", "Menge", "Qté"),
            tr(lg, "Price", "Preis", "PU HT"),
            tr(lg, "Net", "Netto", "Total HT"),
            tr(lg, "VAT", "USt", "TVA"),
        ],
        rows,
        s,
        size=s.size - 1,
    )
    totals_by_rate(f, s, lg, nets)
    f.y += 6
    write(
        f,
        s,
        tr(
            lg,
            "Payment by direct debit on 7 days. Thank you!",
            "Betrag wird per Lastschrift eingezogen.",
            "Règlement par prélèvement à 8 jours.",
        ),
        s.size - 1,
    )
    pages = close(f.pages, s, h, numbers="none")
    received(rng, pages[0], d, 0.2)
    remember(d, (h.name, d))
    return pages


def tpl_special_order(rng: random.Random, who: Issuer) -> list[Page]:
    """A customer special order form torn from the shop's own pad (A6, A5 or a narrow slip),
    filled in at the counter: customer, phone or e-mail, the title, author, ISBN, where
    ordered, deposit paid, how to be told, the bookseller's initials; the 'customer
    notified' line later filled in."""
    sh = shop_head()
    lg = home()
    size = keyed(who, "pad").choice([A6, A6, A5, SLIP])
    s = style_of(sh, size, margin=18 if size != A5 else 28, pt=8)
    w, hh = size
    m = s.margin
    d = last_day(rng, ("special_order",), (0, 3))
    p = Page(size)
    y = 24.0
    pt = shrink(sh.name, sh.bold, 11, w - 2 * m)
    p.text(w / 2, y, fit(sh.name, sh.bold, pt, w - 2 * m), sh.bold, pt, "center")
    p.text(
        w / 2,
        y + 10,
        fit(f"{sh.street}, {sh.town}  {sh.phone}", sh.font, 6, w - 2 * m),
        sh.font,
        6,
        "center",
    )
    y += 26
    p.rect(m, y - 10, w - 2 * m, 15, fill=0.85)
    p.text(
        w / 2,
        y,
        tr(lg, "CUSTOMER ORDER", "KUNDENBESTELLUNG", "COMMANDE CLIENT"),
        "Helvetica-Bold",
        9,
        "center",
    )
    p.text(w - m - 2, y, f"{rng.randint(1000, 9999)}", "Courier-Bold", 8, "right")
    y += 14
    fn = rng.choice(FIRSTS[lg])
    ln = rng.choice(LASTS[lg])
    book = a_book(rng, lg if rng.random() < 0.85 else rng.choice(["en", "de", "fr"]))
    phone = {
        "en": f"07{rng.randint(100, 999)} {rng.randint(100000, 999999)}",
        "de": f"01{rng.randint(50, 79)} {rng.randint(1000000, 9999999)}",
        "fr": serial(rng, "06 99 99 99 99"),
    }[lg]
    items = [
        (tr(lg, "Customer", "Name", "Nom"), f"{fn} {ln}" if rng.random() < 0.7 else ln),
        (
            tr(lg, "Phone / e-mail", "Telefon / E-Mail", "Tél. / e-mail"),
            phone
            if rng.random() < 0.75
            else f"{fn.lower()}.{ln.lower()}@{rng.choice(['gmail.com', 'web.de', 'free.fr'])}",
        ),
        (tr(lg, "Title", "Titel", "Titre"), book.title),
        (tr(lg, "Author", "Autor/in", "Auteur"), book.author),
        ("ISBN", book.isbn if rng.random() < 0.6 else ""),
        (
            tr(lg, "Publisher / supplier", "Verlag / Lieferant", "Éditeur / fournisseur"),
            rng.choice(
                [x[0] for x in SENDERS["wholesaler"][lg]] + [x[0] for x in SENDERS["publisher"][lg]]
            ),
        ),
        (tr(lg, "Price", "Preis", "Prix"), money(book.price, book_lang(book))),
        (
            tr(lg, "Deposit paid", "Anzahlung", "Acompte"),
            money(rng.choice([0.0, 5.0, 10.0, book.price]), lg) if rng.random() < 0.5 else "",
        ),
    ]
    y = fields(p, s, m, y, w - 2 * m, items, per=1 if w < 320 else 2, tall=24)
    y -= 4
    y = ticks(
        p,
        s,
        m,
        y + 4,
        w - 2 * m,
        tr(
            lg,
            "Phone|Text|E-mail|Post|Will call",
            "Anrufen|SMS|E-Mail|Post|Kommt vorbei",
            "Appeler|SMS|E-mail|Courrier|Repasse",
        ).split("|"),
        {rng.randint(0, 4)},
        7,
    )
    y += 4
    hand(
        p,
        m,
        y,
        f"{tr(lg, 'Taken by', 'Aufgenommen', 'Pris par')}: "
        f"{''.join(x[0] for x in staff()[rng.randint(0, 2)].split())}  {short(d, lg)}",
        8.5,
        w - 2 * m,
    )
    y += 16
    if y < hh - 40:
        p.text(
            m,
            y,
            tr(
                lg,
                "Arrived ____  Customer told ____  Collected ____",
                "Eingetroffen ____ Benachr. ____ Abgeholt ____",
                "Arrivé ____  Client prévenu ____  Retiré ____",
            ),
            s.font,
            6.5,
        )
        if rng.random() < 0.4:
            hand(p, m + 40, y - 2, short(d + timedelta(days=rng.randint(2, 6)), lg)[:5], 8)
    if y < hh - 24:
        p.text(
            w / 2,
            hh - 14,
            tr(lg, "Shop copy", "Exemplar Buchhandlung", "Exemplaire librairie"),
            s.font,
            6,
            "center",
        )
    remember(d, None)
    return [p]


def book_lang(b: Book) -> str:
    return {"1": "en", "3": "de", "2": "fr"}[b.isbn[4]]


INSURANCE_SECTIONS = {
    "en": [
        ("Stock (books, cards, gifts)", 85000),
        ("Contents and shop fittings", 32000),
        ("Café equipment", 9500),
        ("Business interruption (gross profit, 12 months)", 120000),
        ("Money", 5000),
        ("Employers' liability", 10000000),
        ("Public and products liability", 2000000),
        ("Glass", 0),
        ("Book deterioration (seasonal increase 30%)", 0),
    ],
    "de": [
        ("Waren und Vorräte", 85000),
        ("Betriebseinrichtung", 32000),
        ("Café-Einrichtung", 9500),
        ("Betriebsunterbrechung (12 Monate)", 120000),
        ("Glasversicherung", 0),
        ("Einbruchdiebstahl/Vandalismus", 0),
        ("Betriebshaftpflicht", 3000000),
        ("Elementarschäden", 0),
    ],
    "fr": [
        ("Marchandises", 85000),
        ("Matériel et agencements", 32000),
        ("Équipement café", 9500),
        ("Perte d'exploitation (12 mois)", 120000),
        ("Bris de glace", 0),
        ("Vol et vandalisme", 0),
        ("Responsabilité civile exploitation", 3000000),
        ("Dégâts des eaux", 0),
    ],
}


def tpl_insurance_schedule(rng: random.Random, who: Issuer) -> list[Page]:
    """The shop's insurance schedule at renewal (Versicherungsschein, conditions
    particulières): now and then the broker's covering letter, the schedule with policy
    number, insured, business description and premises, the sections with sums insured and
    excesses, the premium with IPT / Versicherungsteuer / taxes, then the endorsements and the
    statement of fact to check."""
    h = head_of(who, "insurer")
    lg = h.lang
    s = style_of(h, A4, pt=9)
    w, _hh = A4
    m = s.margin
    d = some_day(rng)
    start = add_months(d, 1)
    pol = serial(
        rng,
        keyed(who, "pol").choice(["RSB/9999999/25", "GV-99.999.999", "99 9999 999 9", "AA9999999"]),
    )
    pages: list[Page] = []
    if rng.random() < 0.5:
        c = sheets(s, h)
        recipient(
            c,
            s,
            h,
            shop_lines(mx(owner(), lg) if lg != "en" else owner()),
            d,
            [(tr(lg, "Policy", "Vertrag", "Contrat"), pol)],
        )
        write(c, s, dear(lg, mx(owner(), lg) if lg != "en" else None))
        write(
            c,
            s,
            tr(
                lg,
                f"Your shop insurance renews on {day(h, start)}. Please find enclosed your new "
                "schedule. Do check the details carefully, in particular the sums insured for "
                "stock over the Christmas period.",
                "anbei erhalten Sie Ihren Versicherungsschein zur Geschäftsversicherung ab "
                f"{day(h, start)}. Bitte prüfen Sie insbesondere die Versicherungssummen für "
                "Waren.",
                f"Votre contrat multirisque professionnelle est renouvelé au {day(h, start)}. "
                "Veuillez trouver ci-joint vos conditions particulières.",
            ),
        )
        write(c, s, prose(rng, lg, "money", 1, 2))
        regards(
            c,
            s,
            lg,
            person(h, "broker"),
            tr(lg, "Account Handler", "Kundenbetreuung", "Chargé de clientèle"),
        )
        pages += c.pages
    cover_n = len(pages)
    f = sheets(
        s, h, f"{tr(lg, 'Schedule', 'Versicherungsschein', 'Conditions particulières')} {pol}"
    )
    caption(
        f,
        s,
        tr(
            lg,
            "RETAIL PACKAGE POLICY - SCHEDULE",
            "VERSICHERUNGSSCHEIN GESCHÄFTSVERSICHERUNG",
            "MULTIRISQUE PROFESSIONNELLE - CONDITIONS PARTICULIÈRES",
        ),
        2,
    )
    f.y = (
        pairs(
            f.page,
            s,
            m,
            f.y,
            [
                (tr(lg, "Policy number", "Versicherungsschein-Nr.", "N° de contrat"), pol),
                (
                    tr(lg, "Insured", "Versicherungsnehmer", "Souscripteur"),
                    f"{owner()} t/a {shop_row()[0]}" if lg == "en" else shop_row()[0],
                ),
                (
                    tr(lg, "Business", "Betriebsart", "Activité"),
                    tr(
                        lg,
                        "Bookseller with ancillary café",
                        "Buchhandlung mit Café",
                        "Librairie avec espace café",
                    ),
                ),
                (
                    tr(lg, "Premises", "Versicherungsort", "Adresse du risque"),
                    f"{shop_row()[1]}, {shop_row()[2]}",
                ),
                (
                    tr(lg, "Period of insurance", "Versicherungsdauer", "Période"),
                    f"{short(start, lg)} - {short(start + timedelta(days=364), lg)}",
                ),
                (
                    tr(lg, "Renewal date", "Hauptfälligkeit", "Échéance principale"),
                    short(start, lg),
                ),
            ],
            w - m,
            s.size,
        )
        + 8
    )
    band(
        f.page,
        s,
        f.y,
        tr(lg, "Sections of cover", "Versicherte Gefahren und Summen", "Garanties souscrites"),
    )
    f.y += 16
    cols = columns(m, w - m, [(4.2, "left"), (1.5, "right"), (1.2, "right"), (1.2, "right")])
    rows = []
    prem = 0.0
    for t, v in INSURANCE_SECTIONS[lg]:
        p_ = round(rng.uniform(40, 420), 2)
        prem += p_
        rows.append(
            [
                t,
                money(v, lg) if v else tr(lg, "Included", "inkl.", "Inclus"),
                money(rng.choice([100, 250, 500]), lg),
                money(p_, lg),
            ]
        )
    table(
        f,
        cols,
        [
            tr(lg, "Section", "Sparte", "Garantie"),
            tr(lg, "Sum insured", "Summe", "Plafond"),
            tr(lg, "Excess", "SB", "Franchise"),
            tr(lg, "Premium", "Beitrag", "Prime"),
        ],
        rows,
        s,
        size=s.size - 1,
        rules=True,
    )
    tax = round(prem * {"en": 0.12, "de": 0.19, "fr": 0.09}[lg], 2)
    f.y = (
        pairs(
            f.page,
            s,
            w / 2,
            f.y + 4,
            [
                (tr(lg, "Net premium", "Nettobeitrag", "Prime nette"), cash(prem, lg)),
                (
                    tr(lg, "Insurance Premium Tax 12%", "Versicherungsteuer 19 %", "Taxes"),
                    cash(tax, lg),
                ),
                (
                    tr(lg, "Total annual premium", "Jahresbeitrag", "Prime TTC annuelle"),
                    cash(prem + tax, lg),
                ),
            ],
            w - m,
            s.size,
        )
        + 10
    )
    write(
        f,
        s,
        tr(
            lg,
            "Payable by 10 monthly instalments by direct debit.",
            "Zahlweise: jährlich per SEPA-Lastschrift.",
            "Fractionnement : mensuel par prélèvement.",
        ),
        s.size - 1,
    )
    if rng.random() < 0.5:
        f.new_page()
    f.heading(
        m,
        tr(lg, "Endorsements", "Besondere Vereinbarungen / Klauseln", "Clauses particulières"),
        s.bold,
        s.size + 2,
    )
    codes = rng.sample(range(100, 999), rng.randint(3, 6))
    for k in codes:
        f.need(50)
        f.page.text(m, f.y, f"{tr(lg, 'Endorsement', 'Klausel', 'Clause')} {k}", s.bold, s.size)
        f.y += s.size * 1.4
        write(f, s, prose(rng, lg, "legal", 1, 3), s.size - 0.5, 12)
    if rng.random() < 0.55:
        f.new_page()
        caption(
            f,
            s,
            tr(lg, "Statement of fact", "Ihre Angaben zum Risiko", "Déclarations du souscripteur"),
            2,
            rule=True,
        )
        qs = {
            "en": [
                "Premises of brick/stone construction with slate or tile roof",
                "Intruder alarm installed and maintained (NSI)",
                "Cooking limited to toasting and heating - no deep fat frying",
                "No claims in the last five years",
                "Stock held off premises at book fairs not exceeding £5,000",
            ],
            "de": [
                "Massivbauweise, harte Bedachung",
                "Einbruchmeldeanlage VdS vorhanden",
                "Keine Fritteuse im Café",
                "Keine Vorschäden in den letzten 5 Jahren",
                "Waren auf Messen bis 5.000 EUR",
            ],
            "fr": [
                "Construction en dur, couverture tuiles",
                "Alarme télésurveillée",
                "Pas de friteuse",
                "Aucun sinistre sur 5 ans",
                "Stock hors locaux (salons) jusqu'à 5 000 EUR",
            ],
        }[lg]
        for t in qs:
            f.need(20)
            f.page.text(m, f.y, fit(t, s.font, s.size, w - 2 * m - 110), s.font, s.size)
            yn = yes_no(lg)
            on = 0 if rng.random() < 0.85 else 1
            box(f.page, w - m - 90, f.y, on == 0)
            f.page.text(w - m - 78, f.y, yn[0], s.font, s.size - 1)
            box(f.page, w - m - 40, f.y, on == 1)
            f.page.text(w - m - 28, f.y, yn[1], s.font, s.size - 1)
            f.y += s.size * 2
        f.y += 6
        write(
            f,
            s,
            tr(
                lg,
                "If any of these facts is incorrect you must tell us immediately, or your cover "
                "may be affected.",
                "Bitte teilen Sie uns unverzüglich mit, wenn diese Angaben nicht zutreffen "
                "(vorvertragliche Anzeigepflicht).",
                "Toute inexactitude doit nous être signalée sans délai (art. L113-8 du Code des "
                "assurances).",
            ),
            s.size - 1,
        )
    pages += f.pages
    pages = close(pages, s, h, covers=cover_n)
    received(rng, pages[0], d, 0.25)
    remember(d, None)
    return pages


def tpl_staff_rota(rng: random.Random, who: Issuer) -> list[Page]:
    """The shop's weekly staff rota printed from a spreadsheet on landscape A4: the week,
    people by rows, shifts by day with till, café and events, totals of hours; hand
    changes and initials of swaps."""
    lg = home()
    ex = LAST["extra"]
    if after(("staff_rota",)) and isinstance(ex, date):
        wk = ex + timedelta(days=7)
    else:
        d0 = some_day(rng)
        wk = d0 - timedelta(days=d0.weekday())
    size = landscape(A4)
    lw, lh = size
    p = Page(size)
    font, bold = keyed(who, "rota").choice(
        [
            ("Helvetica", "Helvetica-Bold"),
            ("Courier", "Courier-Bold"),
            ("Times-Roman", "Times-Bold"),
        ]
    )
    p.text(
        40,
        44,
        fit(f"{shop_row()[0]} - {tr(lg, 'Rota', 'Dienstplan', 'Planning')}", bold, 14, lw / 2),
        bold,
        14,
    )
    p.text(
        lw - 40,
        44,
        tr(
            lg,
            f"Week commencing {short(wk, lg)}",
            f"KW {wk.isocalendar()[1]} ({short(wk, lg)} - {short(wk + timedelta(days=6), lg)})",
            f"Semaine du {short(wk, lg)}",
        ),
        font,
        10,
        "right",
    )
    days = {
        "en": ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"],
        "de": ["Mo", "Di", "Mi", "Do", "Fr", "Sa", "So"],
        "fr": ["lun", "mar", "mer", "jeu", "ven", "sam", "dim"],
    }[lg]
    people = staff()
    x0, y0 = 40.0, 70.0
    name_w = 130.0
    dw = (lw - 80 - name_w - 60) / 7
    rh = 34
    p.rect(x0, y0, lw - 80, 20, fill=0.85)
    p.text(x0 + 4, y0 + 14, tr(lg, "Name", "Name", "Nom"), bold, 9)
    for k, dn in enumerate(days):
        x = x0 + name_w + k * dw
        p.text(x + dw / 2, y0 + 14, f"{dn} {(wk + timedelta(days=k)).day}", bold, 9, "center")
    p.text(lw - 40 - 30, y0 + 14, tr(lg, "Hrs", "Std.", "H"), bold, 9, "center")
    shifts = (
        ["9-5:30", "9:30-2", "12-6", "9-1", "1-6", "10-4", "OFF", "OFF"]
        if lg == "en"
        else ["9-18", "9-14", "13-19", "10-16", "frei", "frei"]
        if lg == "de"
        else ["9h-18h", "9h30-13h", "14h-19h", "10h-16h", "repos", "repos"]
    )
    roles = ["", "", "", tr(lg, "café", "Café", "café"), tr(lg, "till", "Kasse", "caisse")]
    y = y0 + 20
    for i, nm in enumerate(people):
        p.rect(x0, y, lw - 80, rh)
        label = nm if i < 4 else f"{nm} ({tr(lg, 'Sat', 'Sa', 'sam.')})"
        p.text(x0 + 4, y + 14, fit(label, font, 9, name_w - 8), font, 9)
        if i == 3:
            p.text(
                x0 + 4,
                y + 26,
                tr(lg, "(books / accounts)", "(Buchhaltung)", "(comptabilité)"),
                font,
                7,
            )
        hours = 0.0
        for k in range(7):
            x = x0 + name_w + k * dw
            p.line(x, y, x, y + rh)
            closed = k == 6 and lg != "en"
            if (i == 4 and k != 5) or (i == 3 and k not in (1, 3)):
                t = ""
            elif closed:
                t = tr(lg, "", "geschl.", "fermé")
            else:
                t = rng.choice(shifts)
            hours += SHIFT_HOURS.get(t, 0.0)
            p.text(x + dw / 2, y + 14, t, font, 9, "center")
            if t in SHIFT_HOURS and rng.random() < 0.15 and i < 3:
                p.text(x + dw / 2, y + 26, rng.choice(roles[3:]), font, 7, "center")
        p.line(lw - 40 - 60, y, lw - 40 - 60, y + rh)
        p.text(lw - 40 - 30, y + 14, f"{hours:g}", font, 9, "center")
        y += rh
    # Events and notes under the grid.
    y += 18
    ev_day = rng.randint(0, 5)
    p.text(x0, y, tr(lg, "Notes:", "Hinweise:", "Notes :"), bold, 9)
    notes = [
        tr(
            lg,
            f"{days[ev_day]}: author event 7pm - 2 staff until 9:30",
            f"{days[ev_day]}: Lesung 19:30 - 2 Personen bis 22 Uhr",
            f"{days[ev_day]} : rencontre 19h - 2 personnes jusqu'à 21h30",
        ),
        tr(
            lg,
            "Gardners delivery Tue & Fri a.m.",
            "Bücherwagen Di und Fr vormittags",
            "Livraisons mardi et vendredi matin",
        ),
        tr(
            lg,
            "Stocktake Sunday after close?",
            "Inventur nach Ladenschluss?",
            "Inventaire dimanche ?",
        ),
    ]
    for k, t in enumerate(rng.sample(notes, rng.randint(1, 3))):
        p.text(x0 + 50, y + 14 * k, t, font, 9)
    if rng.random() < 0.5:
        i = rng.randint(0, 2)
        k = rng.randint(0, 5)
        x = x0 + name_w + k * dw
        yy = y0 + 20 + i * rh
        p.line(x + 8, yy + 11, x + dw - 8, yy + 11)
        p.text(x + dw / 2, yy + 28, rng.choice(shifts[:4]), HAND, 9, "center")
        hand(
            p,
            lw - 220,
            lh - 60,
            tr(
                lg,
                f"swap ok {staff()[i].split()[0]}/{staff()[(i + 1) % 3].split()[0]}",
                f"getauscht, ok {owner().split()[0][0]}.",
                f"échange ok {owner().split()[0]}",
            ),
            10,
        )
    p.text(
        40,
        lh - 24,
        tr(
            lg,
            f"Printed {short(wk - timedelta(days=rng.randint(2, 6)), lg)}",
            f"Stand {short(wk - timedelta(days=rng.randint(2, 6)), lg)}",
            f"Édité le {short(wk - timedelta(days=rng.randint(2, 6)), lg)}",
        ),
        font,
        7,
    )
    remember(wk, wk)
    return [p]


#: Paid hours of a rota shift (an unpaid half-hour break on the long ones).
SHIFT_HOURS = {
    "9-5:30": 8.0,
    "9:30-2": 4.5,
    "12-6": 5.5,
    "9-1": 4.0,
    "1-6": 5.0,
    "10-4": 5.5,
    "9-18": 8.5,
    "9-14": 5.0,
    "13-19": 5.5,
    "10-16": 5.5,
    "9h-18h": 8.0,
    "9h30-13h": 3.5,
    "14h-19h": 5.0,
    "10h-16h": 5.5,
}


CONTRACT_HEADS = {
    "en": [
        "Commencement and continuous employment",
        "Job title and duties",
        "Place of work",
        "Hours of work",
        "Pay",
        "Holidays",
        "Sickness",
        "Pension",
        "Probation",
        "Notice",
        "Staff discount",
        "Confidentiality",
        "Disciplinary and grievance procedures",
    ],
    "de": [
        "Beginn und Probezeit",
        "Tätigkeit",
        "Arbeitsort",
        "Arbeitszeit",
        "Vergütung",
        "Urlaub",
        "Arbeitsverhinderung",
        "Personalrabatt",
        "Verschwiegenheit",
        "Nebentätigkeit",
        "Kündigung",
        "Ausschlussfristen",
        "Schlussbestimmungen",
    ],
    "fr": [
        "Engagement",
        "Fonctions",
        "Lieu de travail",
        "Durée et répartition du travail",
        "Rémunération",
        "Congés payés",
        "Période d'essai",
        "Convention collective",
        "Remise personnel",
        "Discrétion",
        "Rupture du contrat",
        "Protection des données",
    ],
}


def tpl_staff_contract(rng: random.Random, who: Issuer) -> list[Page]:
    """The shop's contract of employment with a bookseller (statement of main terms,
    Arbeitsvertrag in Teilzeit, CDI à temps partiel under the booksellers' collective
    agreement): parties, numbered clauses, a job description annex and the signature page."""
    sh = shop_head()
    lg = home()
    s = style_of(sh, A4, pt=10 if sh.font != "Courier" else 9)
    _w, _hh = A4
    m = s.margin
    d = some_day(rng)
    taken = {x.split()[-1] for x in staff()}
    emp = f"{rng.choice(FIRSTS[lg])} {rng.choice([x for x in LASTS[lg] if x not in taken])}"
    startd = d + timedelta(days=rng.randint(7, 30))
    hours = rng.choice([16, 20, 24, 28, 30, 35])
    pay = {
        "en": rng.choice([12.21, 12.5, 12.75, 13.1]),
        "de": rng.choice([12.82, 13.5, 14.0, 14.6]),
        "fr": rng.choice([11.88, 12.1, 12.4]),
    }[lg]
    title = tr(
        lg,
        "Contract of employment",
        "Arbeitsvertrag",
        "Contrat de travail à durée indéterminée à temps partiel",
    )
    f = sheets(s, sh, f"{title} - {emp}", top=rng.random() < 0.6)
    caption(f, s, title.upper() if lg != "fr" else title, 3)
    write(
        f,
        s,
        tr(
            lg,
            f"This statement sets out the main terms of employment between {shop_row()[0]} (the "
            f"Employer) and {emp} (the Employee).",
            f"Zwischen {shop_row()[0]}, "
            f"{'Inhaberin' if owner().split()[0] in FEMALE else 'Inhaber'} {owner()} "
            f"(Arbeitgeber) und {mx(emp, lg)} (Arbeitnehmer/in) wird folgender Vertrag "
            "geschlossen:",
            f"Entre {shop_row()[0]}, représentée par {owner()}, et {mx(emp, lg)}, il est convenu "
            "ce qui suit :",
        ),
    )
    vals = {
        1: tr(
            lg,
            f"Employment starts on {day(sh, startd)}.",
            f"Das Arbeitsverhältnis beginnt am {short(startd, lg)}. Die ersten 6 Monate gelten als"
            " Probezeit.",
            f"Le contrat prend effet le {short(startd, lg)}.",
        ),
        2: tr(
            lg,
            "Bookseller. Duties include serving customers, ordering and receiving stock, returns,"
            " displays, events and helping in the café.",
            "Buchhändler/in: Kundenberatung, Bestellwesen, Wareneingang, Remissionen, Dekoration,"
            " Mitarbeit bei Veranstaltungen und im Café.",
            "Libraire, niveau II de la convention collective nationale de la librairie (IDCC "
            "3013).",
        ),
        4: tr(
            lg,
            f"{hours} hours per week, Saturdays on a rota.",
            f"Die regelmäßige wöchentliche Arbeitszeit beträgt {hours} Stunden.",
            f"{hours} heures hebdomadaires, réparties selon planning remis 7 jours à l'avance.",
        ),
        5: tr(
            lg,
            f"£{pay:.2f} per hour, paid monthly in arrears by bank transfer.",
            f"Stundenlohn {money(pay, lg)} EUR brutto, zahlbar zum Monatsende.",
            f"Taux horaire brut {money(pay, lg)} EUR, versé le dernier jour du mois.",
        ),
    }
    for k, t in enumerate(CONTRACT_HEADS[lg], 1):
        f.heading(
            m, f"{'§ ' if lg == 'de' else ''}{k}{'.' if lg != 'de' else ''} {t}", s.bold, s.size
        )
        write(f, s, vals.get(k, prose(rng, lg, "work", 1, 3)), s.size - 0.5)
    pages = f.pages
    if rng.random() < 0.55:
        g = sheets(s, sh, top=False)
        caption(
            g,
            s,
            tr(
                lg,
                "Annex: job description",
                "Anlage: Stellenbeschreibung",
                "Annexe : fiche de poste",
            ),
            2,
            rule=True,
        )
        tasks = {
            "en": [
                "Serve and advise customers; take special orders",
                "Receive deliveries and check against despatch notes",
                "Process returns with publishers' authorisation",
                "Keep sections tidy and stocked",
                "Help run author events and school book fairs",
                "Café: food hygiene level 2 required",
            ],
            "de": [
                "Kundenberatung und Bestellannahme",
                "Wareneingang und Kontrolle der Lieferscheine",
                "Remissionen vorbereiten",
                "Pflege der Warengruppen",
                "Mitwirkung bei Lesungen und Büchertischen",
                "Café: Belehrung nach § 43 IfSG",
            ],
            "fr": [
                "Accueil et conseil clientèle, commandes clients",
                "Réception et pointage des livraisons",
                "Préparation des retours",
                "Tenue des rayons",
                "Participation aux rencontres et salons",
                "Café : formation hygiène",
            ],
        }[lg]
        for t in tasks:
            write(g, s, f"- {t}", s.size, 10)
        pages = [*pages, *g.pages]
    g2 = sheets(s, sh, top=False) if rng.random() < 0.5 else f
    if g2 is not f:
        g2.y += 20
        pages = [*pages, *g2.pages]
    signature_block(
        g2,
        s,
        lg,
        (owner(), tr(lg, "for the Employer", "Arbeitgeber", "L'employeur")),
        (emp, tr(lg, "Employee", "Arbeitnehmer/in", "Le salarié (lu et approuvé)")),
        (True, rng.random() < 0.8),
        shop_row()[2].split()[-1],
        d,
    )
    remember(d, None)
    return close(
        pages,
        s,
        sh,
        numbers=keyed(who, "n").choice(["Page {i} of {n}", "{i}/{n}", "none"])
        if lg == "en"
        else "Seite {i} von {n}"
        if lg == "de"
        else "{i}/{n}",
    )


def tpl_rates_demand(rng: random.Random, who: Issuer) -> list[Page]:
    """The council's business rates demand (England), the city's Gewerbesteuer-
    Vorauszahlungsbescheid (Germany) or the avis de cotisation foncière des entreprises
    (France): the property or taxpayer reference, the calculation, reliefs, the instalments,
    and the explanatory notes or the Rechtsbehelfsbelehrung on the back in small print."""
    h = head_of(who, "council")
    lg = h.lang
    s = style_of(h, A4)
    w, _hh = A4
    m = s.margin
    d = some_day(rng)
    f = sheets(s, h)
    yr = d.year if d.month >= 3 else d.year - 1
    if lg == "en":
        ref = serial(rng, "99999999")
        recipient(
            f,
            s,
            h,
            shop_lines(f"{owner()} t/a"),
            d,
            [("Account reference", ref), ("Property reference", serial(rng, "N99999999999"))],
        )
        caption(f, s, f"Business Rates Demand Notice {yr}/{(yr + 1) % 100}", 3)
        rv = rng.choice([9800, 11500, 13200, 14700, 17000])
        mult = 0.499
        gross = rv * mult
        relief = gross * (1.0 if rv <= 12000 else (15000 - rv) / 3000 if rv < 15000 else 0.0)
        net = gross - relief
        f.y = (
            pairs(
                f.page,
                s,
                m,
                f.y,
                [
                    ("Property", f"Shop and premises, {shop_row()[1]}, {shop_row()[2]}"),
                    ("Rateable value", cash(rv, lg)),
                    ("Small business multiplier", f"{mult:.3f}"),
                    ("Gross charge", cash(gross, lg)),
                    ("Less small business rate relief", signed(-relief, lg)),
                    ("Amount payable", cash(net, lg)),
                ],
                w - m,
                s.size,
            )
            + 10
        )
        if net > 0:
            band(f.page, s, f.y, "Instalments")
            f.y += 16
            rows = [
                [
                    short(date(yr + (1 if k > 8 else 0), (k + 3) % 12 + 1, 1), lg),
                    money(net / 10, lg),
                ]
                for k in range(10)
            ]
            table(
                f,
                columns(m, m + 240, [(2, "left"), (1.5, "right")]),
                ["Due date", "Amount"],
                rows,
                s,
                size=s.size - 1,
            )
        else:
            write(
                f,
                s,
                "Nothing to pay this year. You must tell us within four weeks if you occupy "
                "another property or your circumstances change.",
            )
        notes_title = "Explanatory notes"
        heads = [
            "Rateable value",
            "National non-domestic rating multiplier",
            "Small business rate relief",
            "Retail, hospitality and leisure relief",
            "Appeals",
            "Hardship relief",
            "Paying by direct debit",
            "Transitional arrangements",
            "Subsidy control",
            "Information supplied with demand notices",
        ]
    elif lg == "de":
        ref = serial(rng, "9999.9999.9")
        recipient(
            f,
            s,
            h,
            shop_lines(),
            d,
            [("Kassenzeichen", ref), ("Steuernummer", serial(rng, "99/999/99999"))],
        )
        caption(f, s, f"Bescheid über Vorauszahlungen zur Gewerbesteuer für {yr + 1}", 2)
        mb = rng.choice([420.0, 860.0, 1240.0, 1870.0])
        hebe = keyed(who, "hs").choice([420, 440, 445, 460])
        gst = round(mb * hebe / 100, 2)
        f.y = (
            pairs(
                f.page,
                s,
                m,
                f.y,
                [
                    ("Steuermessbetrag lt. Finanzamt", cash(mb, lg)),
                    ("Hebesatz", f"{hebe} %"),
                    ("Jahresbetrag", cash(gst, lg)),
                ],
                w - m,
                s.size,
            )
            + 10
        )
        table(
            f,
            columns(m, w - m, [(2, "left"), (1.5, "right"), (3, "left")]),
            ["Fälligkeit", "Betrag", "Hinweis"],
            [
                [
                    f"15.{mm:02d}.{yr + 1}",
                    money(gst / 4, lg),
                    "Lastschrift" if rng.random() < 0.5 else "",
                ]
                for mm in (2, 5, 8, 11)
            ],
            s,
        )
        write(
            f,
            s,
            "Die Vorauszahlungen wurden auf Grundlage des zuletzt festgesetzten "
            "Steuermessbetrages festgesetzt (§ 19 GewStG). Bitte geben Sie bei Zahlung das "
            "Kassenzeichen an.",
            s.size - 1,
        )
        notes_title = "Rechtsbehelfsbelehrung und Erläuterungen"
        heads = [
            "Widerspruch",
            "Frist",
            "Aussetzung der Vollziehung",
            "Säumniszuschläge",
            "SEPA-Lastschriftmandat",
            "Datenschutz",
            "Bankverbindungen der Stadtkasse",
            "Auskünfte",
        ]
    else:
        ref = serial(rng, "99 99 999 999 999")
        recipient(
            f,
            s,
            h,
            shop_lines(),
            d,
            [("Référence de l'avis", ref), ("N° SIREN", serial(rng, "999 999 999"))],
        )
        caption(f, s, f"Avis d'impôt {yr} - Cotisation foncière des entreprises", 2)
        base = rng.choice([1100.0, 1450.0, 2100.0])
        rates_ = [
            ("Commune", rng.uniform(20, 30)),
            ("Intercommunalité", rng.uniform(1, 5)),
            ("TSE", 0.3),
        ]
        rows = [
            [t, money(base, lg), f"{money(r_, lg)} %", money(base * r_ / 100, lg)]
            for t, r_ in rates_
        ]
        table(
            f,
            columns(m, w - m, [(3, "left"), (1.5, "right"), (1, "right"), (1.5, "right")]),
            ["Collectivité", "Base nette", "Taux", "Cotisation"],
            rows,
            s,
        )
        tot = sum(base * r_ / 100 for _, r_ in rates_) * 1.03
        f.page.text(
            w - m,
            f.y + 4,
            f"Montant à payer (frais de gestion inclus) : {cash(tot, lg)}",
            s.bold,
            s.size,
            "right",
        )
        f.y += 24
        write(
            f,
            s,
            f"Date limite de paiement : 15/12/{yr}. Paiement en ligne obligatoire sur "
            "impots.gouv.fr (espace professionnel).",
            s.size - 1,
        )
        notes_title = "Informations utiles"
        heads = [
            "Base minimum",
            "Réduction de base",
            "Dégrèvement plafonnement valeur ajoutée",
            "Réclamation",
            "Délais",
            "Pénalités",
            "Contacts",
        ]
    pages = f.pages
    if rng.random() < 0.8:
        pages = [*pages, small_print(rng, s, lg, notes_title, heads, "money")]
    pages = close(pages, s, h, numbers="none")
    received(rng, pages[0], d, 0.25)
    remember(d, None)
    return pages


# ---------------------------------------------------------------------------------------------
# The part: templates, runs and companions
# ---------------------------------------------------------------------------------------------


def tracked(name: str, tpl: Template) -> Template:
    """``tpl`` noting its kind, so that a companion or a run can take up what it was about."""

    def run(rng: random.Random, who: Issuer) -> list[Page]:
        pages = tpl(rng, who)
        LAST["kind"] = name
        return pages

    run.__doc__ = tpl.__doc__
    return run


KINDS: dict[str, Template] = {
    "trade_invoice": tpl_trade_invoice,
    "despatch_note": tpl_despatch_note,
    "returns_authorisation": tpl_returns_authorisation,
    "credit_note": tpl_credit_note,
    "rep_order": tpl_rep_order,
    "coop_agreement": tpl_coop_agreement,
    "event_agreement": tpl_event_agreement,
    "ticket_report": tpl_ticket_report,
    "school_order": tpl_school_order,
    "shop_invoice": tpl_shop_invoice,
    "token_statement": tpl_token_statement,
    "stall_booking": tpl_stall_booking,
    "rent_demand": tpl_rent_demand,
    "card_statement": tpl_card_statement,
    "cafe_invoice": tpl_cafe_invoice,
    "special_order": tpl_special_order,
    "insurance_schedule": tpl_insurance_schedule,
    "staff_rota": tpl_staff_rota,
    "staff_contract": tpl_staff_contract,
    "rates_demand": tpl_rates_demand,
}
TEMPLATES_DDDD: dict[str, Template] = {k: tracked(k, t) for k, t in KINDS.items()}
#: Kinds that a pile often holds 2-4 of in a row from one sender.
RUN_KINDS = (
    "trade_invoice",
    "despatch_note",
    "credit_note",
    "returns_authorisation",
    "school_order",
    "cafe_invoice",
    "special_order",
    "staff_rota",
)
#: A kind often followed by a related paper.
FOLLOWS = {
    "despatch_note": "trade_invoice",
    "returns_authorisation": "credit_note",
    "school_order": "shop_invoice",
    "event_agreement": "ticket_report",
    "rep_order": "coop_agreement",
}


# ---------------------------------------------------------------------------------------------
# Streams and generation (same files and labels as corpus.generate)
# ---------------------------------------------------------------------------------------------


def make_funnel_stream(rng: random.Random, n_docs: int, separators: bool) -> Stream:
    """One bookshop's pile: ``corpus.make_stream`` with batch runs (after a run kind, 1-3 more
    of the same kind from the same sender follow with probability 0.6) and companions (each
    kind in ``FOLLOWS`` is followed by its related paper with probability 0.5). The shop
    (country, name, staff, month) is drawn once per stream."""
    r = random.Random(rng.getrandbits(32))
    lang = r.choice(["en", "en", "de", "de", "fr"])
    SHOP["lang"] = lang
    SHOP["row"] = r.randrange(len(SHOPS[lang]))
    SHOP["seed"] = r.getrandbits(24)
    SHOP["month"] = date(r.choice([2024, 2025]), r.randint(1, 12), 1)
    LAST.update(kind="", day=None, extra=None)
    run_odds = dict.fromkeys(RUN_KINDS, 0.6)
    return assemble_stream(
        rng, TEMPLATES_DDDD, n_docs, separators, run_odds, run_len=(1, 3), follows=FOLLOWS
    )


generate = part_generate(PART, SEED_OFFSET, make_funnel_stream, "templates DDDD")


def main(argv: list[str]) -> int:
    return part_main(argv, __doc__, PART, generate, scanned=12)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

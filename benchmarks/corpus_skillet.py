"""Skillet part of the generated corpus: templates VVV, written blind for the next measurement.

A part of its own, ``skillet``. Its templates were written without looking at the boundary
detector, its documentation, its tuning or its evaluation, as the pile the office of an event
and wedding catering company (an owner-chef, an events manager, a small kitchen brigade and
agency waiters; in England, Germany or France) feeds through its scanner in a month: the
company's menu proposals and quotations to clients (a covering letter, the menu card, the
costing and now and then the terms or a landscape page of drinks packages); catering contracts
(Cateringvertrag, contrat de prestation traiteur) with the event details, the deposit and
instalment schedule, numbered clauses with the cancellation scale and a signature page,
returned signed by the client; the final guest numbers and dietary requirements forms
(Gästezahl und Allergene, effectif définitif et régimes) filled in by hand with the grid of the
fourteen allergens, now and then with the client's table plan on a landscape page behind;
venues' kitchen access agreements for approved caterers (Küchennutzungsvereinbarung,
convention de mise à disposition de l'office) with the access times, the kitchen inventory
annex, a sketch plan of the kitchen and the signature page; butchers' invoices with weights
and prices per kilo; greengrocers' delivery notes on narrow slips or A5 with short deliveries
and substitutions written in by hand; cash-and-carry till receipts on long till rolls, the
long ones scanned in two halves; the company's own transport temperature logs (hot and cold
holding, cooling) on landscape forms filled in by hand, sometimes with a cooling record
behind; environmental health inspection reports (Kontrollbericht der
Lebensmittelüberwachung, rapport d'inspection de la DDPP) with scores, numbered observations
and signatures, and the authority's rating letter after them (food hygiene rating, niveau
d'hygiène, or a Gebührenbescheid for the control with its Rechtsbehelfsbelehrung); equipment
and crockery hire invoices, sometimes with the hire terms behind, and the hire company's
returns check and breakage note; staffing agencies' client timesheets for waiters and
bartenders signed at the event, and their invoices, sometimes with a shift detail page or a
remittance slip; refrigerated van lease invoices, now and then with a mileage statement;
public liability insurance certificates (Versicherungsbestätigung, attestation d'assurance
responsabilité civile) with the limits of indemnity, sometimes with the broker's covering
letter and an endorsements schedule; wine and drinks suppliers' invoices with sale or return
notes; clients' thank-you cards, letters and printed e-mails; clients' complaint letters,
some with photos or a copy of the invoice marked up, and the company's replies, some with a
credit note enclosed. Page sizes range from till rolls, delivery slips, A6 cards and A5 to A4,
Letter and landscape A4.

Each stream is one company's pile: the company (country, name, month) is drawn once per
stream; its outside senders (butchers, greengrocers, cash-and-carries, venues, hire companies,
staffing agencies, lessors, insurers, drinks suppliers and the food authority) are of the
company's country and write in its language, except that now and then a client, a drinks
supplier or a hire company is from abroad and writes in its own.

Labelling rule: what one sender issues in one go is one document, as the company files it:
the covering letter, menu card, costing, terms and drinks page of a proposal; every page of a
contract down to the signature page; the table plan the client sends behind the numbers form;
the annexes, plan and signature page of a venue agreement; the second half of a till roll;
the cooling record behind a temperature log; the observation and signature pages of an
inspection report; the explanation page or the Rechtsbehelfsbelehrung of a rating letter; the
terms behind a hire invoice; the shift detail page and the remittance slip of an agency
invoice; the mileage statement of a lease invoice; the broker's covering letter and the
schedule of an insurance certificate; the photos or the marked-up invoice copy enclosed with a
complaint; the credit note enclosed with a reply. Related papers are documents of their own:
the contract after the proposal, the numbers form after the contract, the rating letter after
the inspection report, the returns note after the hire invoice, the agency's invoice after its
timesheet and the reply after a complaint; and so is each invoice, delivery note, receipt, log
and timesheet of a run.

Streams are assembled like ``corpus.make_stream`` (same separator sheets, same 30% chance of
repeating the previous kind and sender), plus batch runs: butchers' invoices, greengrocers'
delivery notes, cash-and-carry receipts, temperature logs, timesheets, agency invoices, van
lease invoices and drinks invoices often come 2-4 in a row from one sender with other dates,
numbers and amounts; and companions: each related paper above often follows the document it
answers, about the same event. Drawn with ``corpus.draw_pdf``, scanned with ``corpus.scan`` and
labelled exactly like ``corpus.generate`` with ``"split": "skillet"`` and seeds offset by
7_300_000.

Usage: ``python benchmarks/corpus_skillet.py OUT_DIR [--streams N] [--scanned N] [--seed S]``
writes ``OUT_DIR/skillet/skillet_{born_digital,scanned}_NNNNNNN.{pdf,json}``.
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
    cell,
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

PART = "skillet"
SEED_OFFSET = 7_300_000

MM = 72 / 25.4
A6 = (105 * MM, 148 * MM)
ROLL = 80 * MM  # width of a till roll or a delivery slip

# ---------------------------------------------------------------------------------------------
# Who writes: the catering company and its outside senders, by country
# ---------------------------------------------------------------------------------------------

Row = tuple[str, str, str, str]  # name, street, town, telephone
OFFICES: dict[str, list[Row]] = {
    "en": [
        (
            "Saffron & Sage Event Catering Ltd",
            "Unit 3, Tannery Yard",
            "Bath BA2 3DP",
            "01225 448 210",
        ),
        ("The Long Table Kitchen", "12 Mill Race Lane", "Ludlow SY8 1EP", "01584 877 045"),
        ("Hartley Fine Catering Ltd", "Orchard Barns, Wick Road", "Cheltenham GL52 3QS", ""),
    ],
    "de": [
        ("Tafelwerk Catering GmbH", "Am Schlachthof 14", "79098 Freiburg", "0761 290 44 10"),
        ("Küchenatelier Brandt Event-Catering", "Lindenweg 3", "97070 Würzburg", "0931 35 19 02"),
        ("Gut Gedeckt Partyservice", "Ostfeldstraße 21", "30559 Hannover", "0511 51 07 88"),
    ],
    "fr": [
        ("Maison Delorme Traiteur", "8 rue des Tanneurs", "37000 Tours", "02 47 61 20 35"),
        (
            "Les Saveurs du Val SARL",
            "ZA des Prés, 4 allée Colbert",
            "49400 Saumur",
            "02 41 50 77 12",
        ),
        ("Atelier Table & Réception", "17 quai Saint-Antoine", "69002 Lyon", "04 78 37 90 41"),
    ],
}
SENDERS: dict[str, dict[str, list[Row]]] = {
    "butcher": {
        "en": [
            (
                "J. Pritchard & Son Family Butchers",
                "22 Market Street",
                "Ledbury HR8 2AQ",
                "01531 632 118",
            ),
            (
                "Cotswold Meat Company Ltd",
                "Stow Road Industrial Estate",
                "Moreton-in-Marsh GL56 0DS",
                "",
            ),
            ("Hereford Quality Meats", "4 Bath Street", "Hereford HR1 2HE", "01432 352 600"),
        ],
        "de": [
            ("Metzgerei Hufnagel", "Hauptstraße 55", "79211 Denzlingen", "07666 23 31"),
            ("Landmetzgerei Scherer GmbH", "Gewerbestraße 9", "97204 Höchberg", ""),
            ("Fleischerei Rüdiger Pohl", "Podbielskistraße 140", "30177 Hannover", "0511 69 22 13"),
        ],
        "fr": [
            (
                "Boucherie Charcuterie Fabre",
                "12 place du Marché",
                "37400 Amboise",
                "02 47 57 01 66",
            ),
            ("SARL Viandes du Saumurois", "ZI Écoparc, rue Lavoisier", "49400 Saumur", ""),
            ("Boucherie Pérez Frères", "45 cours Lafayette", "69003 Lyon", "04 78 60 11 23"),
        ],
    },
    "grocer": {
        "en": [
            ("Fresh Direct Fruit & Veg", "Unit 9, Wholesale Market", "Bristol BS2 0RH", ""),
            ("Greenway Produce", "Riverside Works", "Evesham WR11 4BP", "01386 443 009"),
        ],
        "de": [
            ("Obst & Gemüse Kurz OHG", "Großmarkt, Halle 2", "79108 Freiburg", ""),
            ("Frischdienst Schönemann", "Am Großmarkt 7", "30453 Hannover", "0511 44 60 12"),
        ],
        "fr": [
            ("Primeurs Guérin", "MIN de Tours, pavillon B", "37700 Saint-Pierre-des-Corps", ""),
            ("Vergers et Potagers du Rhône", "MIN de Corbas, allée 4", "69960 Corbas", ""),
        ],
    },
    "cashcarry": {
        "en": [
            ("BULKWAYS CASH & CARRY", "Avonmouth Way", "Bristol BS11 9HG", "0117 982 5500"),
            ("TRADEMART WHOLESALE", "Kingsditch Lane", "Cheltenham GL51 9PL", ""),
        ],
        "de": [
            ("GROSSMARKT HANSA C+C", "Hermann-Mitsch-Str. 30", "79108 Freiburg", ""),
            ("GASTRO-DISCOUNT FRISCHE C+C", "Lahnstraße 2", "30519 Hannover", ""),
        ],
        "fr": [
            ("PROMOGROS LIBRE-SERVICE", "ZAC Les Granges", "37170 Chambray-lès-Tours", ""),
            ("DISTRIPRO CASH", "Rue du Pré Gaudry", "69007 Lyon", ""),
        ],
    },
    "venue": {
        "en": [
            ("Ashcombe Court", "Ashcombe", "Wiltshire SN14 8RT", "01249 782 300"),
            ("The Old Tithe Barn at Merrow", "Merrow Lane", "Stroud GL6 7PN", ""),
            ("St Aldwyn's Village Hall Trust", "Church Green", "Painswick GL6 6QD", ""),
        ],
        "de": [
            ("Schloss Ebenrode Veranstaltungs GmbH", "Schlossallee 1", "79423 Heitersheim", ""),
            ("Alte Zehntscheune Ebersbach", "Scheunenweg 4", "97279 Prosselsheim", ""),
            ("Gutshof Lindenhain", "Am Gutshof 2", "30900 Wedemark", "05130 37 21 0"),
        ],
        "fr": [
            (
                "Château de la Bourdaisière Réceptions",
                "25 rue de la Bourdaisière",
                "37270 Montlouis-sur-Loire",
                "",
            ),
            ("Domaine des Trois Tilleuls", "Lieu-dit La Grange", "49260 Montreuil-Bellay", ""),
            ("Salle des fêtes communale", "Place de la Mairie", "69290 Craponne", ""),
        ],
    },
    "hire": {
        "en": [
            (
                "Table Top Event Hire Ltd",
                "Unit 14, Brunel Park",
                "Swindon SN3 4RB",
                "01793 512 660",
            ),
            ("Cotswold Catering Hire", "The Old Dairy, Bourton Road", "Stow GL54 1JJ", ""),
        ],
        "de": [
            ("Festausstatter Mietservice Ganter", "Industriestraße 33", "79194 Gundelfingen", ""),
            ("Geschirrverleih Kluge GmbH", "Vahrenwalder Str. 200", "30179 Hannover", ""),
        ],
        "fr": [
            ("Location Réception Loire", "ZA de la Milletière", "37100 Tours", "02 47 54 33 90"),
            ("Vaisselle & Cie Location", "5 rue Marius Berliet", "69008 Lyon", ""),
        ],
    },
    "staffing": {
        "en": [
            ("Silver Service Staffing Ltd", "Suite 6, Northgate House", "Gloucester GL1 2AN", ""),
            ("Front of House People", "3 Quay Street", "Bristol BS1 4DB", "0117 929 7700"),
        ],
        "de": [
            ("Servicekräfte Süd Personaldienst GmbH", "Bertoldstraße 48", "79098 Freiburg", ""),
            ("Eventpersonal Nord GmbH", "Lister Meile 19", "30161 Hannover", "0511 33 88 50"),
        ],
        "fr": [
            ("Extra Service Intérim", "22 boulevard Béranger", "37000 Tours", ""),
            ("Maîtres d'Hôtel Associés", "80 rue Garibaldi", "69006 Lyon", "04 72 83 14 60"),
        ],
    },
    "lease": {
        "en": [
            ("Coldline Vehicle Rental Ltd", "Gloucester Business Park", "Brockworth GL3 4AJ", ""),
            ("Fleetchill Contract Hire", "Junction 16 Trade Park", "Almondsbury BS32 4QN", ""),
        ],
        "de": [
            ("Kühlmobil Leasing GmbH", "Hafenstraße 12", "68159 Mannheim", ""),
            ("FrigoFlotte Fahrzeugvermietung", "Messeallee 5", "30521 Hannover", ""),
        ],
        "fr": [
            ("Frigolocation Ouest", "Parc d'activités Le Cassantin", "37210 Parçay-Meslay", ""),
            ("Utilitaires Froid Location SAS", "ZI Nord, rue Ampère", "69120 Vaulx-en-Velin", ""),
        ],
    },
    "insurer": {
        "en": [
            ("Hollins Whitby Insurance Brokers", "2 Rodney Road", "Cheltenham GL50 1HX", ""),
            ("Caterplan Commercial Insurance", "Broad Quay House", "Bristol BS1 4DJ", ""),
        ],
        "de": [
            ("Badische Gewerbeversicherung AG", "Karlsruher Straße 40", "76137 Karlsruhe", ""),
            (
                "Niedersächsische Betriebsversicherung VVaG",
                "Aegidientorplatz 3",
                "30159 Hannover",
                "",
            ),
        ],
        "fr": [
            ("Mutuelle des Métiers de Bouche", "14 rue de Clichy", "75009 Paris", ""),
            ("Cabinet Tessier Assurances", "3 place Jean Jaurès", "37000 Tours", ""),
        ],
    },
    "drinks": {
        "en": [
            (
                "Whitmore & Lacey Wine Merchants",
                "The Bonded Store, Quay Street",
                "Gloucester GL1 2LG",
                "",
            ),
            ("Severn Vale Drinks Wholesale", "Unit 2, Shannon Way", "Tewkesbury GL20 8ND", ""),
        ],
        "de": [
            ("Weinhandlung Kirchhofer", "Gerberau 11", "79098 Freiburg", "0761 38 40 22"),
            ("Getränke-Heimdienst Ohlsen GmbH", "Bornumer Straße 80", "30453 Hannover", ""),
        ],
        "fr": [
            ("Cave Bernard Vins et Spiritueux", "31 rue Colbert", "37000 Tours", ""),
            (
                "Les Caves du Beaujolais SARL",
                "Route de Belleville",
                "69220 Saint-Jean-d'Ardières",
                "",
            ),
        ],
    },
    "authority": {
        "en": [
            (
                "Cotswold District Council - Environmental Health",
                "Trinity Road",
                "Cirencester GL7 1PX",
                "",
            ),
            (
                "Bath and North East Somerset Council - Food Safety Team",
                "Lewis House, Manvers Street",
                "Bath BA1 1JG",
                "",
            ),
        ],
        "de": [
            (
                "Landratsamt Breisgau-Hochschwarzwald - Veterinär- und Lebensmittelüberwachung",
                "Stadtstraße 2",
                "79104 Freiburg",
                "",
            ),
            (
                "Region Hannover - Fachbereich Verbraucherschutz und Veterinärwesen",
                "Hildesheimer Straße 20",
                "30169 Hannover",
                "",
            ),
        ],
        "fr": [
            ("Préfecture d'Indre-et-Loire - DDPP", "61 avenue de Grammont", "37000 Tours", ""),
            ("Préfecture du Rhône - DDPP", "245 rue Garibaldi", "69003 Lyon", ""),
        ],
    },
    "corporate": {
        "en": [
            ("Brightwell Pharmaceuticals UK Ltd", "Aztec West", "Bristol BS32 4TQ", ""),
            (
                "Cheltenham Ladies Rowing Club",
                "Boathouse, Sandford Lane",
                "Cheltenham GL53 7AA",
                "",
            ),
            ("Marsden Holt Solicitors LLP", "40 Queen Square", "Bath BA1 2HN", ""),
        ],
        "de": [
            ("Hellmann Antriebstechnik GmbH", "Robert-Bosch-Straße 6", "79211 Denzlingen", ""),
            ("Sparkasse Mainfranken - Vorstandsbüro", "Hofstraße 9", "97070 Würzburg", ""),
            ("Rotary Club Hannover-Leine", "Georgstraße 1", "30159 Hannover", ""),
        ],
        "fr": [
            ("Laboratoires Vernay SA", "Parc technologique, 12 rue Einstein", "37200 Tours", ""),
            ("Cabinet d'avocats Ferrand & Associés", "6 place Bellecour", "69002 Lyon", ""),
            ("Association des Anciens de l'ESA", "55 rue Rabelais", "49000 Angers", ""),
        ],
    },
}

FIRSTS = {
    "en": ["Sarah", "James", "Emma", "Daniel", "Charlotte", "Oliver", "Rosie", "Tom", "Amelia"],
    "de": ["Lena", "Tobias", "Julia", "Florian", "Katharina", "Jonas", "Marie", "Felix", "Anja"],
    "fr": ["Camille", "Antoine", "Pauline", "Maxime", "Élodie", "Romain", "Chloé", "Hugo"],
}
LASTS = {
    "en": ["Whitfield", "Pearce", "Davenport", "Khan", "Marlow", "Hughes", "Ashby", "Lowe"],
    "de": ["Hoffmann", "Kern", "Lindner", "Yilmaz", "Brückner", "Seidel", "Albrecht", "Wendt"],
    "fr": ["Marchand", "Lemoine", "Boyer", "Haddad", "Rivière", "Caron", "Gautier", "Noël"],
}
FEMALE = {"Sarah", "Emma", "Charlotte", "Rosie", "Amelia", "Lena", "Julia", "Katharina", "Marie"}
FEMALE |= {"Anja", "Camille", "Pauline", "Élodie", "Chloé"}
ROADS = {
    "en": ["Lansdown Road", "Church Lane", "Victoria Road", "The Crescent", "Manor Close"],
    "de": ["Goethestraße", "Am Rebberg", "Schillerweg", "Kastanienallee", "Mühlenstraße"],
    "fr": ["rue Nationale", "avenue de Grammont", "rue des Lilas", "chemin des Vignes"],
}
TOWNS = {
    "en": ["Bath BA1 5JT", "Cirencester GL7 2AB", "Stroud GL5 3HT", "Chippenham SN15 1EE"],
    "de": ["79100 Freiburg", "97082 Würzburg", "30173 Hannover", "79280 Au"],
    "fr": ["37000 Tours", "49400 Saumur", "69005 Lyon", "37300 Joué-lès-Tours"],
}

TALK = {
    "en": {
        "food": "menu canapés guests service buffet kitchen seasonal starter main dessert "
        "tasting dietary vegetarian staff timings venue chef wedding evening reception",
        "legal": "client caterer deposit cancellation booking agreement liability numbers "
        "notice charges venue payment terms obligations insurance damage",
        "hygiene": "food handling temperature cleaning records probe chilled storage "
        "allergen training procedures premises hand washing pest control HACCP",
        "money": "invoice payment account balance due amount reference transfer period "
        "outstanding statement charges terms settlement",
        "event": "evening guests lovely food staff service table dessert thank wonderful "
        "day venue team speeches dancing music canapés",
    },
    "de": {
        "food": "Menü Fingerfood Gäste Service Buffet Küche saisonal Vorspeise Hauptgang "
        "Dessert Probeessen vegetarisch Personal Ablauf Location Koch Hochzeit Empfang",
        "legal": "Auftraggeber Caterer Anzahlung Stornierung Buchung Vertrag Haftung "
        "Gästezahl Frist Kosten Location Zahlung Bedingungen Versicherung Schäden",
        "hygiene": "Lebensmittel Temperatur Reinigung Aufzeichnungen Kühlung Lagerung "
        "Allergene Schulung Eigenkontrolle Betriebsräume Händewaschen Schädlinge HACCP",
        "money": "Rechnung Zahlung Konto Saldo fällig Betrag Verwendungszweck Überweisung "
        "Zeitraum offen Auszug Gebühren Zahlungsziel Ausgleich",
        "event": "Abend Gäste Essen Personal Service Tisch Nachtisch Dank wunderbar Tag "
        "Location Team Reden Tanz Musik Fingerfood",
    },
    "fr": {
        "food": "menu cocktail invités service buffet cuisine saison entrée plat dessert "
        "dégustation végétarien personnel déroulé lieu chef mariage vin d'honneur",
        "legal": "client traiteur acompte annulation réservation contrat responsabilité "
        "effectif préavis frais lieu paiement conditions assurance dommages",
        "hygiene": "denrées température nettoyage enregistrements froid stockage allergènes "
        "formation procédures locaux lavage des mains nuisibles HACCP plan de maîtrise",
        "money": "facture paiement compte solde échéance montant référence virement période "
        "impayé relevé frais règlement",
        "event": "soirée invités repas personnel service table dessert merci formidable "
        "journée lieu équipe discours danse musique cocktail",
    },
}
GLUES = {
    "en": "the of and to for with on at by from this is are will be the a as we your all",
    "de": "die der das und zu für mit auf von ist sind wird bei nach den dem im wir Ihre",
    "fr": "le la les et de du pour avec sur par est sont sera au aux des une nous vos",
}


def words(rng: random.Random, lang: str, topic: str = "food", n: int | None = None) -> str:
    pool, glue = TALK[lang][topic].split(), GLUES[lang].split()
    ws = [rng.choice(pool if rng.random() < 0.5 else glue) for _ in range(n or rng.randint(7, 15))]
    text = " ".join(ws)
    return text[0].upper() + text[1:] + "."


def prose(rng: random.Random, lang: str, topic: str = "food", lo: int = 2, hi: int = 4) -> str:
    return " ".join(words(rng, lang, topic) for _ in range(rng.randint(lo, hi)))


# ---------------------------------------------------------------------------------------------
# The company of a stream, its month and its events
# ---------------------------------------------------------------------------------------------

OFFICE: dict[str, object] = {"lang": "en", "row": 0, "seed": 0, "month": date(2025, 6, 1)}


@dataclass
class Event:
    """One catered event, as the papers about it take it up."""

    ref: str
    client: str  # the person who books (or the contact at a firm)
    firm: str  # the booking firm, "" for a private client
    lines: list[str]  # the client's postal address
    lang: str  # the client's language
    what: str  # wedding | corporate | birthday | funeral | party
    venue: Row
    when: date
    guests: int
    per_head: float
    menu: int


#: What the previous document was about (a companion takes up the same event and day).
LAST: dict[str, object] = {"kind": "", "event": None, "day": None, "extra": None}


def home() -> str:
    return str(OFFICE["lang"])


def month() -> date:
    m = OFFICE["month"]
    assert isinstance(m, date)
    return m


def keyed(who: Issuer, key: str) -> random.Random:
    """Draws fixed by the issuer, the stream's company and ``key``: a run or a repeat keeps
    its sender."""
    text = f"skillet/{key}/{who.name}/{who.street}/{who.city}/{OFFICE['seed']}"
    return random.Random(zlib.crc32(text.encode()))


def add_months(d: date, n: int) -> date:
    k = d.year * 12 + d.month - 1 + n
    return date(k // 12, k % 12 + 1, 1)


def some_day(rng: random.Random) -> date:
    return month() + timedelta(days=rng.randint(0, 29))


def after(kinds: tuple[str, ...]) -> bool:
    return LAST["kind"] in kinds


def last_day(rng: random.Random, kinds: tuple[str, ...], lag: tuple[int, int]) -> date:
    d = LAST["day"]
    if after(kinds) and isinstance(d, date):
        return d + timedelta(days=rng.randint(*lag))
    return some_day(rng)


def person(rng: random.Random, lang: str) -> str:
    return f"{rng.choice(FIRSTS[lang])} {rng.choice(LASTS[lang])}"


def mx(name: str, lang: str) -> str:
    """``name`` with Mrs/Mr, Frau/Herr or Madame/Monsieur before it."""
    female = name.split()[0] in FEMALE
    if lang == "de":
        return f"{'Frau' if female else 'Herr'} {name}"
    if lang == "fr":
        return f"{'Madame' if female else 'Monsieur'} {name}"
    return f"{'Mrs' if female else 'Mr'} {name}"


def office_name() -> str:
    return OFFICES[home()][int(OFFICE["row"])][0]  # type: ignore[call-overload]


def new_event(rng: random.Random, ahead: bool, lang: str | None = None) -> Event:
    """A new event of the stream's company: ``ahead`` months away (a proposal, a contract) or
    in the month itself (a log, a timesheet, a complaint)."""
    lg = home()
    c_lang = lang or (lg if rng.random() < 0.85 else rng.choice([x for x in TALK if x != lg]))
    what = rng.choice(
        ["wedding", "wedding", "wedding", "corporate", "birthday", "party", "funeral"]
    )
    firm = ""
    client = person(rng, c_lang)
    if what == "corporate":
        row = rng.choice(SENDERS["corporate"][c_lang])
        firm = row[0]
        lines = [firm, tr(c_lang, "FAO ", "z. Hd. ", "À l'attention de ") + client, row[1], row[2]]
    else:
        lines = [
            mx(client, c_lang),
            f"{rng.choice(ROADS[c_lang])} {rng.randint(2, 90)}"
            if c_lang == "de"
            else f"{rng.randint(2, 90)} {rng.choice(ROADS[c_lang])}",
            rng.choice(TOWNS[c_lang]),
        ]
    when = (
        month() + timedelta(days=rng.randint(40, 300))
        if ahead
        else month() + timedelta(days=rng.randint(0, 26))
    )
    when -= timedelta(days=(when.weekday() - 5) % 7 if what in ("wedding", "party") else 0)
    guests = {
        "wedding": rng.randint(60, 160),
        "corporate": rng.randint(25, 220),
        "birthday": rng.randint(30, 90),
        "party": rng.randint(40, 120),
        "funeral": rng.randint(30, 100),
    }[what]
    per = {"en": 38.0, "de": 48.0, "fr": 45.0}[lg] + rng.choice([0, 4.5, 8, 12.5, 19, 26])
    initials = "".join(t[0] for t in office_name().replace("&", " ").split()[:2]).upper()
    return Event(
        ref=f"{initials}{when.year % 100}-{rng.randint(10, 399):03d}",
        client=client,
        firm=firm,
        lines=lines,
        lang=c_lang,
        what=what,
        venue=rng.choice(SENDERS["venue"][lg]),
        when=when,
        guests=guests,
        per_head=per,
        menu=rng.randrange(4),
    )


def event_for(rng: random.Random, kinds: tuple[str, ...], ahead: bool) -> Event:
    """The previous document's event if it was one of ``kinds``, else a new one."""
    ev = LAST["event"]
    if isinstance(ev, Event) and after(kinds):
        return ev
    return new_event(rng, ahead)


def remember(ev: Event | None, d: date, extra: object = None) -> None:
    LAST.update(event=ev, day=d, extra=extra)


def noun(ev: Event) -> str:
    """What an English letter calls the event."""
    return {
        "wedding": "wedding",
        "corporate": "event",
        "birthday": "birthday party",
        "party": "garden party",
        "funeral": "funeral tea",
    }[ev.what]


def event_title(ev: Event, lang: str) -> str:
    """ "Wedding of Emma Hughes", "Sommerfest Hellmann Antriebstechnik", ..."""
    last = ev.client.split()[-1]
    if ev.what == "corporate":
        return tr(
            lang, f"{ev.firm} - staff event", f"{ev.firm} - Firmenfeier", f"{ev.firm} - soirée"
        )
    return {
        "wedding": tr(lang, f"Wedding, {last}", f"Hochzeit {last}", f"Mariage {last}"),
        "birthday": tr(
            lang, f"{last} 60th birthday", f"60. Geburtstag {last}", f"Anniversaire {last}"
        ),
        "party": tr(lang, f"Garden party, {last}", f"Gartenfest {last}", f"Fête {last}"),
        "funeral": tr(
            lang, f"Funeral tea, {last}", f"Trauerkaffee {last}", f"Collation obsèques {last}"
        ),
    }[ev.what]


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
    look: str  # band | centred | script | boxed | plain | side | official
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
LOOKS = ["band", "centred", "script", "boxed", "plain", "side"]
TAGLINES = {
    "office": ("Event & wedding catering", "Event- und Hochzeitscatering", "Traiteur - réceptions"),
    "butcher": ("Quality butchers since 1962", "Meisterbetrieb seit 1958", "Artisan boucher"),
    "grocer": ("Wholesale fruit & vegetables", "Obst - Gemüse - Südfrüchte", "Fruits et légumes"),
    "drinks": ("Wines, spirits & beers", "Weine - Sekt - Spirituosen", "Vins - spiritueux"),
    "hire": ("Catering equipment hire", "Geschirr- und Mobiliarverleih", "Location de matériel"),
    "staffing": ("Hospitality staffing", "Personaldienstleistungen", "Personnel de réception"),
}


def legal_lines(r: random.Random, name: str, lang: str, role: str) -> list[str]:
    if role in ("authority", "venue"):
        return []
    if lang == "de":
        bank = r.choice(["Sparkasse Freiburg", "Volksbank Würzburg", "Sparkasse Hannover"])
        out = [
            f"{name} - Steuer-Nr. "
            f"{r.randint(10, 99)}/{r.randint(100, 999)}/{r.randint(10000, 99999)}"
            + (f" - USt-IdNr. DE{r.randint(100000000, 999999999)}" if r.random() < 0.6 else ""),
            f"{bank} - IBAN DE{r.randint(10, 99)} {r.randint(1000, 9999)} {r.randint(1000, 9999)} "
            f"{r.randint(1000, 9999)} {r.randint(1000, 9999)} {r.randint(10, 99)}",
        ]
        if "GmbH" in name or "AG" in name or "VVaG" in name:
            out.insert(
                0,
                f"Amtsgericht {r.choice(['Freiburg', 'Würzburg', 'Hannover'])} HRB "
                f"{r.randint(1000, 99999)} - Geschäftsführer: {person(r, 'de')}",
            )
        return out
    if lang == "fr":
        siret = (
            f"{r.randint(300, 899)} {r.randint(100, 999)} {r.randint(100, 999)} "
            f"{r.randint(10000, 99999)}"
        )
        out = [
            f"{name} - SIRET {siret} - APE "
            f"{r.choice(['5621Z', '4632A', '7729Z', '7830Z', '4634Z'])}"
        ]
        if r.random() < 0.7:
            out.append(
                f"TVA intracom. FR{r.randint(10, 99)} {r.randint(100, 999)} {r.randint(100, 999)} "
                f"{r.randint(100, 999)} - RCS {r.choice(['Tours', 'Lyon', 'Angers'])}"
            )
        return out
    out = []
    if "Ltd" in name or "plc" in name or "LLP" in name:
        out.append(f"Registered in England and Wales No. {r.randint(3000000, 13999999):08d}")
    if r.random() < 0.6:
        out.append(
            f"VAT Reg. No. GB {r.randint(100, 999)} {r.randint(1000, 9999)} {r.randint(10, 99)}"
        )
    return [" - ".join(out)] if out else []


def make_head(row: Row, lang: str, role: str) -> Head:
    """The paper habits of the sender ``row``: the same all through one stream."""
    name, street, town, phone = row
    r = random.Random(zlib.crc32(f"skillet/head/{name}/{OFFICE['seed']}".encode()))
    font, bold = r.choice(FACES)
    host = "".join(c for c in name.lower().split()[0] if c.isalpha() and c.isascii())[:12]
    tld = {"en": "co.uk", "de": "de", "fr": "fr"}[lang]
    looks = LOOKS
    if role == "authority":
        looks = ["official"]
        font, bold = (
            ("Helvetica", "Helvetica-Bold") if r.random() < 0.6 else ("Times-Roman", "Times-Bold")
        )
    elif role in ("cashcarry", "lease", "insurer", "staffing"):
        looks = ["band", "boxed", "plain", "side"]
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
        mail=f"{r.choice(['info', 'office', 'hello', 'accounts', 'events'])}@{host or 'mail'}.{tld}"
        if r.random() < 0.75 and role != "authority"
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
    """A circle drawn as a polygon (round stamps, rating discs)."""
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


def tagline(h: Head) -> str:
    t = TAGLINES.get(h.role)
    return tr(h.lang, *t) if t else ""


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
        lines = h.name.split(" - ")
        yy = y
        for k, t in enumerate(lines):
            f_, pt = (h.bold, 11) if k == 0 else (h.font, 9)
            p.text(m + 32, yy, fit(t, f_, pt, w - 2 * m - 40), f_, pt)
            yy += 12
        p.text(m + 32, yy, fit(f"{where}  {contact}", h.font, 7, w - 2 * m - 40), h.font, 7)
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
        line2 = " - ".join(t for t in (tagline(h), where) if t)
        p.text(w / 2, y + 15, fit(line2, it, 7.5, w - 2 * m), it, 7.5, "center")
        if contact:
            p.text(w / 2, y + 24, fit(contact, h.font, 7, w - 2 * m), h.font, 7, "center")
        p.line(m, y + 30, w - m, y + 30)
        return y + 50
    if h.look == "script":
        pt = shrink(h.name, "Times-BoldItalic", 20, w - 2 * m)
        p.text(w / 2, y + 6, h.name, "Times-BoldItalic", pt, "center")
        p.line(w / 2 - 60, y + 13, w / 2 + 60, y + 13)
        p.text(
            w / 2,
            y + 22,
            fit(tagline(h) or where, "Times-Italic", 8, w - 2 * m),
            "Times-Italic",
            8,
            "center",
        )
        p.text(
            w / 2, y + 32, fit(f"{where}  {contact}", h.font, 6.5, w - 2 * m), h.font, 6.5, "center"
        )
        return y + 54
    if h.look == "boxed":
        bw = min(w - 2 * m, 260.0)
        p.rect(m, y - 12, bw, 38)
        p.text(m + 6, y + 2, fit(h.name, h.bold, s.size + 1.5, bw - 12), h.bold, s.size + 1.5)
        p.text(m + 6, y + 13, fit(where, h.font, 7, bw - 12), h.font, 7)
        if contact:
            p.text(m + 6, y + 22, fit(contact, h.font, 7, bw - 12), h.font, 7)
        return y + 46
    if h.look == "side":
        pt = shrink(h.name, h.bold, s.size + 4, w * 0.6 - m)
        p.text(m, y + 4, h.name, h.bold, pt)
        p.text(
            m, y + 15, fit(tagline(h), italic_of(h.font), 7.5, w * 0.6 - m), italic_of(h.font), 7.5
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
    text = f"{parts[0][0]}{parts[-1][:8]}" if len(parts) > 1 else parts[0]
    p.text(x + 2, y - 1, text, INK, pt)
    end = x + 6 + tw(text, INK, pt)
    p.line(end - 4, y - 2, end + 12, y - 9)
    p.line(x, y + 2, end - 8, y + 1)


def received(rng: random.Random, p: Page, d: date, odds: float = 0.3) -> None:
    """Now and then the company's received stamp on the first page."""
    if rng.random() < odds:
        w, _ = p.size
        lg = home()
        stamp(
            p,
            w - rng.uniform(140, 200),
            rng.uniform(60, 150),
            [
                tr(lg, "RECEIVED", "EINGANG", "REÇU LE"),
                short(d + timedelta(days=rng.randint(1, 4)), lg),
                rng.choice(
                    {
                        "en": ["Accounts", "Kitchen", "Office"],
                        "de": ["Buchhaltung", "Küche", "Büro"],
                        "fr": ["Compta", "Cuisine", "Bureau"],
                    }[lg]
                ),
            ],
        )


def recipient(
    f: Sheets, s: Style, h: Head, lines: list[str], d: date, refs: list[tuple[str, str]]
) -> None:
    w, _ = f.size
    y0 = f.y
    below = window(f.page, s, h if h.look in ("plain", "band", "script") else None, y0, lines)
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


def staff(h: Head, tag: str) -> str:
    r = random.Random(zlib.crc32(f"skillet/staff/{tag}/{h.name}/{OFFICE['seed']}".encode()))
    return person(r, h.lang)


def chef() -> str:
    return staff(office_head(), "chef")


def manager() -> str:
    return staff(office_head(), "manager")


def office_lines(att: str = "") -> list[str]:
    h = office_head()
    return [h.name, *([att] if att else []), h.street, h.town]


def food_vat(lang: str) -> float:
    """VAT on food sold as goods: zero-rated in the UK, reduced in Germany and France."""
    return {"en": 0.0, "de": 7.0, "fr": 5.5}[lang]


def std_vat(lang: str) -> float:
    return {"en": 20.0, "de": 19.0, "fr": 20.0}[lang]


def totals(f: Sheets, s: Style, lg: str, lines: list[tuple[float, float]], note: str = "") -> float:
    """Net, tax per rate and total right-aligned under a table; ``lines`` are (net, rate)
    pairs; returns the total."""
    w, _ = f.size
    m = s.margin
    f.need(80)
    f.y += 4
    f.page.line(w * 0.55, f.y - 8, w - m, f.y - 8)
    net = round(sum(v for v, _ in lines), 2)
    rows: list[tuple[str, float]] = [(tr(lg, "Net total", "Summe netto", "Total HT"), net)]
    gross = net
    for rate in sorted({r for _, r in lines}):
        base = sum(v for v, r in lines if r == rate)
        tax = round(base * rate / 100, 2)
        gross += tax
        rows.append((tr(lg, f"VAT {rate:g}%", f"USt. {rate:g} %", f"TVA {rate:g} %"), tax))
    rows.append((tr(lg, "Total due", "Rechnungsbetrag", "Total TTC"), round(gross, 2)))
    for k, (t, v) in enumerate(rows):
        bold = s.bold if k == len(rows) - 1 else s.font
        f.page.text(w * 0.56, f.y, t, bold, s.size)
        f.page.text(w - m, f.y, cash(v, lg), bold, s.size, "right")
        f.y += s.size * 1.5
    if note:
        f.y += 4
        write(f, s, note, s.size - 1.5)
    return round(gross, 2)


def small_print(rng: random.Random, s0: Style, h: Head, title: str, heads: list[str]) -> Page:
    """A page of small print under ``title`` in two columns: numbered clauses."""
    lg = h.lang
    s = paper(s0, s0.page_size, margin=min(s0.margin, 42), pt=6.5)
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
            text = " ".join(words(rng, lg, "legal") for _ in range(rng.randint(3, 7)))
            for ln in wrap(text, s.font, 6.5, cw):
                if y > hh - m - 30:
                    break
                p.text(x, y, ln, s.font, 6.5)
                y += 7.8
            y += 5
            k += 1
    return p


def email_top(p: Page, s: Style, lang: str, sender: str, to: str, subject: str, d: date) -> float:
    """The header block of an e-mail printed from a mail client; the y below."""
    w, _ = p.size
    m = s.margin
    p.text(
        m,
        m - 20,
        fit(f"{sender.split('<')[0].strip()} - {subject}", s.font, 7, w - 2 * m),
        s.font,
        7,
    )
    y = m + 6
    p.text(m, y, fit(subject, s.bold, 13, w - 2 * m), s.bold, 13)
    y += 22
    for lab, val in (
        (tr(lang, "From:", "Von:", "De :"), sender),
        (tr(lang, "To:", "An:", "À :"), to),
        (
            tr(lang, "Sent:", "Gesendet:", "Envoyé :"),
            f"{short(d, lang)} {9 + d.day % 9:02d}:{(d.day * 7) % 60:02d}",
        ),
        (tr(lang, "Subject:", "Betreff:", "Objet :"), subject),
    ):
        p.text(m, y, lab, s.bold, 8.5)
        p.text(m + 62, y, fit(val, s.font, 8.5, w - 2 * m - 62), s.font, 8.5)
        y += 11
    p.line(m, y - 3, w - m, y - 3)
    return y + 14


def mail_of(name: str, lang: str) -> str:
    first, last = name.split()[0], name.split()[-1]
    dom = {"en": "btinternet.com", "de": "web.de", "fr": "orange.fr"}[lang]
    clean = "".join(
        c for c in f"{first}.{last}".lower() if c.isascii() and (c.isalpha() or c == ".")
    )
    return f"{name} <{clean}@{dom}>"


# ---------------------------------------------------------------------------------------------
# Templates VVV: what the company sends its clients and what they send back
# ---------------------------------------------------------------------------------------------

#: Four menus per country: canapés, starter, main, vegetarian main, dessert (allergen codes).
MENUS: dict[str, list[list[tuple[str, str]]]] = {
    "en": [
        [
            ("Smoked salmon blini, crème fraîche, dill", "D F G E"),
            ("Heritage tomato salad, burrata, basil oil", "D"),
            ("Slow-roast Cotswold lamb shoulder, dauphinoise, greens", "D Ce"),
            ("Wild mushroom and tarragon Wellington", "G D E"),
            ("Lemon posset, shortbread, summer berries", "D G"),
        ],
        [
            ("Ham hock croquette, piccalilli mayonnaise", "G E Mu"),
            ("Chalk stream trout, pickled cucumber, horseradish", "F D"),
            ("Fillet of beef, fondant potato, red wine jus", "D Ce Su"),
            ("Roast squash risotto, sage, pecorino", "D"),
            ("Sticky toffee pudding, clotted cream", "G D E"),
        ],
        [
            ("Crab tartlet, chive and lemon", "Cr G D E"),
            ("Chicken liver parfait, brioche, chutney", "D G E Su"),
            ("Herb-crusted hake, crushed new potatoes, samphire", "F D"),
            ("Aubergine parmigiana, rocket", "D G"),
            ("Eton mess with strawberries", "D E"),
        ],
        [
            ("Mini Yorkshire pudding, roast beef, horseradish", "G E D"),
            ("Pea and mint soup, crème fraîche", "D Ce"),
            ("Free-range chicken supreme, thyme jus, seasonal vegetables", "Ce Su"),
            ("Goat's cheese and beetroot tart", "D G E"),
            ("Dark chocolate torte, raspberry sorbet", "D E N"),
        ],
    ],
    "de": [
        [
            ("Lachstatar auf Pumpernickel mit Meerrettichschaum", "F G D"),
            ("Feldsalat mit Walnüssen und Himbeerdressing", "N Su"),
            ("Rosa gebratener Kalbsrücken, Morchelrahm, Spätzle", "D G E"),
            ("Gefüllte Pfannkuchen mit Bergkäse und Spinat", "D G E"),
            ("Schwarzwälder Kirschtraum im Glas", "D G E"),
        ],
        [
            ("Flammkuchen-Häppchen mit Speck und Zwiebeln", "G D"),
            ("Spargelcremesuppe mit Bärlauchöl", "D Ce"),
            ("Geschmorte Ochsenbacke, Kartoffelpüree, Wurzelgemüse", "D Ce Su"),
            ("Kürbis-Risotto mit Parmesan", "D"),
            ("Crème brûlée von der Tahiti-Vanille", "D E"),
        ],
        [
            ("Roastbeef-Röllchen mit Kräuterfrischkäse", "D Mu"),
            ("Carpaccio vom Rind mit Rucola", "D"),
            ("Zanderfilet auf Rieslingkraut mit Salzkartoffeln", "F D Su"),
            ("Gemüse-Lasagne", "G D E"),
            ("Apfelstrudel mit Vanillesoße", "G D E"),
        ],
        [
            ("Gefüllte Champignons mit Kräuterkruste", "G D"),
            ("Tomatenessenz mit Grießnockerl", "G E Ce"),
            ("Maispoulardenbrust, Rotweinjus, Schupfnudeln", "G E D Su"),
            ("Linsen-Curry mit Basmatireis", "Ce Mu"),
            ("Mousse au Chocolat mit Beeren", "D E"),
        ],
    ],
    "fr": [
        [
            ("Verrine de tartare de saumon, crème citronnée", "F D"),
            ("Velouté de petits pois, chantilly à la menthe", "D Ce"),
            ("Suprême de volaille fermière, jus au vin de Chinon", "D Su"),
            ("Risotto aux cèpes et parmesan", "D"),
            ("Pièce montée de choux, nougatine", "G D E N"),
        ],
        [
            ("Gougères au comté", "G D E"),
            ("Terrine de foie gras, chutney de figues", "Su"),
            ("Filet de boeuf, sauce aux morilles, gratin dauphinois", "D"),
            ("Tian de légumes du soleil, coulis de tomate", "Ce"),
            ("Tarte fine aux pommes, glace vanille", "G D E"),
        ],
        [
            ("Rillettes de Tours sur pain de campagne", "G"),
            ("Sandre au beurre blanc", "F D"),
            ("Navarin d'agneau aux légumes printaniers", "Ce Su"),
            ("Croustillant de chèvre au miel", "G D"),
            ("Entremets trois chocolats", "D E G N"),
        ],
        [
            ("Mini quiches lorraines", "G D E"),
            ("Salade lyonnaise, oeuf poché, croûtons", "E G Mu"),
            ("Quenelle de brochet, sauce Nantua", "F Cr D E G"),
            ("Gratin de cardons à la moelle (option végétarienne)", "D"),
            ("Tarte aux pralines roses", "G D E N"),
        ],
    ],
}
ALLERGENS = {
    "en": [
        "Celery",
        "Gluten",
        "Crustaceans",
        "Eggs",
        "Fish",
        "Lupin",
        "Milk",
        "Molluscs",
        "Mustard",
        "Tree nuts",
        "Peanuts",
        "Sesame",
        "Soya",
        "Sulphites",
    ],
    "de": [
        "Sellerie",
        "Gluten",
        "Krebstiere",
        "Eier",
        "Fisch",
        "Lupinen",
        "Milch",
        "Weichtiere",
        "Senf",
        "Schalenfr.",
        "Erdnüsse",
        "Sesam",
        "Soja",
        "Sulfite",
    ],
    "fr": [
        "Céleri",
        "Gluten",
        "Crustacés",
        "Oeufs",
        "Poissons",
        "Lupin",
        "Lait",
        "Mollusques",
        "Moutarde",
        "Fruits à coque",
        "Arachides",
        "Sésame",
        "Soja",
        "Sulfites",
    ],
}
DIETS = {
    "en": [
        "Vegetarian",
        "Vegan",
        "Coeliac - no gluten",
        "Nut allergy (severe)",
        "No pork",
        "Pregnant - no pâté, no raw fish",
        "Lactose intolerant",
        "Pescatarian",
        "Halal",
        "Shellfish allergy",
        "Child's meal",
        "Sesame allergy",
    ],
    "de": [
        "Vegetarisch",
        "Vegan",
        "Zöliakie - glutenfrei",
        "Nussallergie (schwer)",
        "Kein Schweinefleisch",
        "Schwanger - kein roher Fisch",
        "Laktoseintoleranz",
        "Pescetarisch",
        "Halal",
        "Allergie Krebstiere",
        "Kinderteller",
        "Sesamallergie",
    ],
    "fr": [
        "Végétarien",
        "Végétalien",
        "Coeliaque - sans gluten",
        "Allergie fruits à coque",
        "Sans porc",
        "Enceinte - pas de poisson cru",
        "Intolérance au lactose",
        "Pescétarien",
        "Halal",
        "Allergie crustacés",
        "Menu enfant",
        "Allergie sésame",
    ],
}


def courses(lang: str) -> list[str]:
    return {
        "en": ["Canapés", "Starter", "Main course", "Vegetarian main", "Dessert"],
        "de": ["Zum Empfang", "Vorspeise", "Hauptgang", "Vegetarischer Hauptgang", "Dessert"],
        "fr": ["Cocktail", "Entrée", "Plat", "Plat végétarien", "Dessert"],
    }[lang]


def quote_lines(rng: random.Random, ev: Event, lg: str) -> list[tuple[str, float, float, float]]:
    """A costing: (item, quantity, unit price, VAT rate)."""
    waiters = max(2, ev.guests // 12)
    hours = rng.choice([6, 7, 8, 9])
    rows = [
        (
            tr(
                lg,
                f"Menu {'ABCD'[ev.menu]} - three courses",
                f"Menü {'ABCD'[ev.menu]} - drei Gänge",
                f"Menu {'ABCD'[ev.menu]} - trois plats",
            ),
            ev.guests,
            ev.per_head,
            std_vat(lg),
        ),
        (
            tr(
                lg,
                "Canapés on arrival (4 per guest)",
                "Fingerfood zum Empfang (4 Stück p. P.)",
                "Pièces cocktail (4 par convive)",
            ),
            ev.guests,
            rng.choice([6.5, 7.0, 8.5]),
            std_vat(lg),
        ),
        (
            tr(
                lg,
                f"Waiting staff ({hours} h)",
                f"Servicepersonal ({hours} Std.)",
                f"Maîtres d'hôtel ({hours} h)",
            ),
            waiters,
            hours * {"en": 17.5, "de": 29.0, "fr": 31.0}[lg],
            std_vat(lg),
        ),
        (
            tr(lg, "Chef on site", "Koch vor Ort", "Chef sur place"),
            rng.choice([1, 2]),
            {"en": 240.0, "de": 390.0, "fr": 360.0}[lg],
            std_vat(lg),
        ),
        (
            tr(
                lg,
                "Crockery, cutlery and glassware",
                "Geschirr, Besteck und Gläser",
                "Vaisselle, couverts et verrerie",
            ),
            ev.guests,
            rng.choice([3.2, 3.8, 4.5]),
            std_vat(lg),
        ),
        (
            tr(lg, "Delivery and collection", "An- und Abfahrt", "Livraison et reprise"),
            1,
            rng.choice([65.0, 85.0, 120.0]),
            std_vat(lg),
        ),
    ]
    if ev.what == "wedding" and rng.random() < 0.7:
        rows.append(
            (
                tr(
                    lg,
                    "Evening food - bacon rolls / cheese board",
                    "Mitternachtssnack",
                    "Buffet de fin de soirée",
                ),
                ev.guests,
                rng.choice([5.5, 7.5, 9.0]),
                std_vat(lg),
            )
        )
    if rng.random() < 0.4:
        rows.append(
            (
                tr(lg, "Corkage (own wine)", "Korkgeld (eigener Wein)", "Droit de bouchon"),
                rng.randint(30, 90),
                rng.choice([3.0, 5.0, 6.0]),
                std_vat(lg),
            )
        )
    return rows


def tpl_menu_proposal(rng: random.Random, who: Issuer) -> list[Page]:
    """The company's menu proposal and quotation to a client: covering letter, menu card,
    costing, now and then the terms of booking and a landscape page of drinks packages."""
    h = office_head()
    lg = home()
    ev = new_event(rng, ahead=True)
    ev.lang = lg if ev.lang != lg and rng.random() < 0.5 else ev.lang
    cl = ev.lang
    size = LETTER if rng.random() < 0.08 else A4
    s = style_of(h, size)
    w, hh = size
    m = s.margin
    d = some_day(rng)
    sender = manager()
    # 1: covering letter
    f = sheets(s, h)
    recipient(f, s, h, ev.lines, d, [(tr(cl, "Our ref", "Unser Zeichen", "Notre réf."), ev.ref)])
    caption(
        f,
        s,
        tr(
            cl,
            f"Your {noun(ev)} on {day(h, ev.when)}",
            f"Ihre Veranstaltung am {short(ev.when, cl)}",
            f"Votre réception du {short(ev.when, cl)}",
        ),
        1,
    )
    f.para(m, w - 2 * m, dear(cl, mx(ev.client, cl)), s.font, s.size)
    write(
        f,
        s,
        tr(
            cl,
            f"Thank you for meeting us at {ev.venue[0]}. As promised, please find our proposal "
            f"for around {ev.guests} guests below.",
            f"vielen Dank für das nette Gespräch in {ev.venue[0]}. Wie besprochen erhalten "
            f"Sie anbei unser Angebot für ca. {ev.guests} Gäste.",
            f"Suite à notre rendez-vous au {ev.venue[0]}, nous avons le plaisir de vous "
            f"adresser notre proposition pour environ {ev.guests} convives.",
        ),
    )
    for _ in range(rng.randint(1, 3)):
        write(f, s, prose(rng, cl, "food"))
    write(
        f,
        s,
        tr(
            cl,
            "The quotation is valid for 30 days. A deposit of 30% secures the date.",
            "Das Angebot ist 30 Tage gültig. Mit einer Anzahlung von 30 % ist der Termin "
            "verbindlich reserviert.",
            "Ce devis est valable 30 jours. Un acompte de 30 % confirme la date.",
        ),
    )
    regards(
        f,
        s,
        cl,
        sender,
        tr(cl, "Events Manager", "Veranstaltungsleitung", "Responsable événements"),
    )
    pages = close(f.pages, s, h, numbers="none")
    # 2: the menu card
    mp = Page(size)
    serif = rng.random() < 0.6
    tf, ti = ("Times-Bold", "Times-Italic") if serif else (h.bold, italic_of(h.font))
    y = m + 40
    mp.text(
        w / 2, y, tr(cl, "Menu Proposal", "Menüvorschlag", "Proposition de menu"), tf, 22, "center"
    )
    y += 20
    mp.text(w / 2, y, fit(event_title(ev, cl), ti, 11, w - 2 * m), ti, 11, "center")
    y += 14
    mp.text(w / 2, y, f"{day(h, ev.when)} - {ev.venue[0]}", ti, 9, "center")
    y += 30
    menu = MENUS[lg][ev.menu]
    for k, (dish, codes) in enumerate(menu):
        mp.line(w / 2 - 20, y - 14, w / 2 + 20, y - 14)
        mp.text(w / 2, y, courses(lg)[k].upper(), tf, 9, "center")
        y += 16
        for ln in wrap(dish, ti, 12, w - 2 * m - 40):
            mp.text(w / 2, y, ln, ti, 12, "center")
            y += 15
        mp.text(w / 2, y, f"({codes})", h.font, 7, "center")
        y += 34
    mp.text(
        w / 2,
        hh - m - 20,
        fit(
            tr(
                lg,
                "Allergen key: Ce celery, Cr crustaceans, D dairy, E egg, F fish, G gluten, Mu "
                "mustard, "
                "N nuts, Su sulphites",
                "Allergene: Ce Sellerie, Cr Krebstiere, D Milch, E Ei, F Fisch, G Gluten, Mu Senf, "
                "N Nüsse, Su Sulfite",
                "Allergènes : Ce céleri, Cr crustacés, D lait, E oeuf, F poisson, G gluten, Mu "
                "moutarde, "
                "N fruits à coque, Su sulfites",
            ),
            h.font,
            6.5,
            w - 2 * m,
        ),
        h.font,
        6.5,
        "center",
    )
    pages.append(mp)
    # 3: the costing
    g = sheets(s, h, header=f"{h.name} - {tr(cl, 'Quotation', 'Angebot', 'Devis')} {ev.ref}")
    caption(g, s, tr(cl, f"Quotation {ev.ref}", f"Angebot Nr. {ev.ref}", f"Devis n° {ev.ref}"), 4)
    g.y = (
        pairs(
            g.page,
            s,
            m,
            g.y,
            [
                (tr(cl, "Client", "Kunde", "Client"), ev.firm or ev.client),
                (
                    tr(cl, "Event date", "Veranstaltungsdatum", "Date de la réception"),
                    day(h, ev.when),
                ),
                (tr(cl, "Venue", "Location", "Lieu"), f"{ev.venue[0]}, {ev.venue[2]}"),
                (
                    tr(cl, "Guests (estimated)", "Gäste (ca.)", "Convives (estimation)"),
                    str(ev.guests),
                ),
            ],
            w * 0.7,
        )
        + 10
    )
    rows = quote_lines(rng, ev, lg)
    cols = columns(m, w - m, [(5, "left"), (1, "right"), (1.4, "right"), (1.6, "right")])
    table(
        g,
        cols,
        [
            tr(cl, "Description", "Leistung", "Désignation"),
            tr(cl, "Qty", "Menge", "Qté"),
            tr(cl, "Unit", "Einzelpreis", "P.U. HT"),
            tr(cl, "Amount", "Betrag", "Montant HT"),
        ],
        [[t, str(q), money(u, cl), money(q * u, cl)] for t, q, u, _ in rows],
        s,
        rules=rng.random() < 0.5,
        shade=0.88 if rng.random() < 0.5 else None,
    )
    gross = totals(g, s, cl, [(q * u, r) for _, q, u, r in rows])
    write(
        g,
        s,
        tr(
            cl,
            f"Deposit on booking (30%): {cash(gross * 0.3, cl)}. Final numbers 14 days "
            "before the event; the balance is invoiced on final numbers.",
            f"Anzahlung bei Buchung (30 %): {cash(gross * 0.3, cl)}. Endgültige Gästezahl "
            "bis 14 Tage vor der Veranstaltung.",
            f"Acompte à la réservation (30 %) : {cash(gross * 0.3, cl)}. Effectif définitif "
            "à communiquer 14 jours avant la date.",
        ),
        s.size - 1,
    )
    if rng.random() < 0.5:
        g.need(60)
        g.y += 10
        g.page.text(
            m,
            g.y,
            tr(
                cl,
                "Accepted (signature and date):",
                "Auftrag erteilt (Datum, Unterschrift):",
                "Bon pour accord (date et signature) :",
            ),
            s.font,
            s.size - 1,
        )
        g.page.line(m + 190, g.y + 2, w - m, g.y + 2)
        g.y += 20
    pages += close(g.pages, s, h, numbers=rng.choice([h.numbers, "none"]))
    if rng.random() < 0.3:
        ls = landscape(A4)
        dp = Page(ls)
        lw, lh = ls
        dp.text(
            lw / 2,
            50,
            tr(cl, "Drinks packages", "Getränkepauschalen", "Forfaits boissons"),
            s.bold,
            16,
            "center",
        )
        dp.text(
            lw / 2,
            66,
            tr(
                cl,
                "per guest, served by our bar team",
                "pro Person, inkl. Service",
                "par convive, service compris",
            ),
            italic_of(s.font),
            9,
            "center",
        )
        names = ["Classic", "Premium", "Prestige"]
        cw = (lw - 100) / 3
        items = {
            "en": ["Arrival drink", "Wine with the meal", "Toast", "Soft drinks", "Bar until"],
            "de": [
                "Empfangsgetränk",
                "Wein zum Essen",
                "Sekt zum Anstoßen",
                "Alkoholfreie Getränke",
                "Bar bis",
            ],
            "fr": ["Apéritif", "Vins du repas", "Coupe pour le toast", "Softs", "Bar jusqu'à"],
        }[lg]
        for c, nm in enumerate(names):
            x = 50 + c * cw
            dp.rect(x + 6, 90, cw - 12, lh - 170)
            dp.rect(x + 6, 90, cw - 12, 30, fill=0.85 - 0.1 * c)
            dp.text(x + cw / 2, 110, nm, s.bold, 13, "center")
            yy = 145.0
            for it in items:
                dp.text(x + 16, yy, it, s.bold, 8.5)
                yy += 12
                dp.text(x + 16, yy, fit(words(rng, lg, "food", 5), s.font, 8, cw - 40), s.font, 8)
                yy += 22
            dp.text(
                x + cw / 2,
                lh - 100,
                cash([14.5, 22.0, 34.0][c] * (1.2 if lg != "en" else 1), lg),
                s.bold,
                14,
                "center",
            )
        pages.append(dp)
    if rng.random() < 0.35:
        pages.append(
            small_print(
                rng,
                s,
                h,
                tr(
                    cl,
                    "Terms of booking",
                    "Allgemeine Geschäftsbedingungen",
                    "Conditions générales de vente",
                ),
                TERMS[lg],
            )
        )
    remember(ev, d)
    return pages


TERMS = {
    "en": [
        "Booking and deposit",
        "Final numbers",
        "Menu changes",
        "Cancellation",
        "Payment",
        "Staff and timings",
        "Venue and access",
        "Equipment",
        "Allergens",
        "Liability",
        "Force majeure",
    ],
    "de": [
        "Vertragsschluss und Anzahlung",
        "Gästezahl",
        "Menüänderungen",
        "Stornierung",
        "Zahlung",
        "Personal und Zeiten",
        "Location und Zufahrt",
        "Leihgeschirr",
        "Allergene",
        "Haftung",
        "Höhere Gewalt",
        "Gerichtsstand",
    ],
    "fr": [
        "Réservation et acompte",
        "Effectif",
        "Modifications du menu",
        "Annulation",
        "Paiement",
        "Personnel et horaires",
        "Accès au lieu",
        "Matériel",
        "Allergènes",
        "Responsabilité",
        "Force majeure",
        "Litiges",
    ],
}


def tpl_catering_contract(rng: random.Random, who: Issuer) -> list[Page]:
    """The company's catering contract, returned signed by the client: event details, the
    deposit and instalment schedule, numbered clauses with the cancellation scale, a
    signature page."""
    h = office_head()
    lg = home()
    ev = event_for(rng, ("menu_proposal",), ahead=True)
    d = last_day(rng, ("menu_proposal",), (4, 20))
    s = style_of(h, A4, pt=min(h.pt, 9.5))
    w, hh = A4
    m = s.margin
    title = tr(lg, "CATERING AGREEMENT", "CATERINGVERTRAG", "CONTRAT DE PRESTATION TRAITEUR")
    f = sheets(s, h, header=f"{title.title()} - {ev.ref}")
    f.page.text(w / 2, f.y, title, s.bold, 15, "center")
    f.y += 26
    write(f, s, tr(lg, "between", "zwischen", "entre"))
    write(
        f,
        s,
        f"{h.name}, {h.street}, {h.town} "
        + tr(lg, '("the Caterer")', '("Caterer")', "(« le Traiteur »)"),
    )
    write(f, s, tr(lg, "and", "und", "et"))
    cl_line = ", ".join(ev.lines)
    write(f, s, f"{cl_line} " + tr(lg, '("the Client")', '("Auftraggeber")', "(« le Client »)"))
    f.y += 6
    f.page.text(
        m, f.y, tr(lg, "1. The event", "1. Veranstaltung", "1. La réception"), s.bold, s.size + 1
    )
    f.y += 10
    f.y = fields(
        f.page,
        s,
        m,
        f.y,
        w - 2 * m,
        [
            (tr(lg, "Event", "Anlass", "Nature"), event_title(ev, lg)),
            (tr(lg, "Date", "Datum", "Date"), day(h, ev.when)),
            (tr(lg, "Venue", "Location", "Lieu"), ev.venue[0]),
            (
                tr(lg, "Guests (minimum)", "Gäste (Mindestzahl)", "Convives (minimum)"),
                str(ev.guests - ev.guests % 10),
            ),
            (tr(lg, "Menu", "Menü", "Menu"), "ABCD"[ev.menu]),
            (
                tr(lg, "Service from / to", "Service von / bis", "Service de / à"),
                f"{rng.choice([12, 14, 16, 17])}:00 - {rng.choice([23, 0, 1])}:00",
            ),
        ],
        per=2,
        tall=24,
        hand=False,
    )
    total = round(ev.guests * ev.per_head * rng.uniform(1.45, 1.75), 2)
    f.y += 8
    f.page.text(
        m,
        f.y,
        tr(lg, "2. Price and payments", "2. Preis und Zahlungen", "2. Prix et règlements"),
        s.bold,
        s.size + 1,
    )
    f.y += 14
    plan = [
        (
            tr(lg, "Deposit on signing", "Anzahlung bei Unterzeichnung", "Acompte à la signature"),
            0.3,
            d + timedelta(days=7),
        ),
        (
            tr(lg, "Second instalment", "Zweite Rate", "Deuxième versement"),
            0.5,
            ev.when - timedelta(days=42),
        ),
        (
            tr(
                lg,
                "Balance on final numbers",
                "Restbetrag nach Endabrechnung",
                "Solde sur effectif définitif",
            ),
            0.2,
            ev.when + timedelta(days=14),
        ),
    ]
    cols = columns(m, w - m, [(4, "left"), (1, "right"), (2, "right"), (2, "right")])
    table(
        f,
        cols,
        [
            tr(lg, "Payment", "Zahlung", "Échéance"),
            "%",
            tr(lg, "Due", "Fällig", "Date"),
            tr(lg, "Amount", "Betrag", "Montant"),
        ],
        [[t, f"{int(p * 100)}", short(dd, lg), cash(total * p, lg)] for t, p, dd in plan],
        s,
        rules=True,
    )
    write(
        f,
        s,
        tr(
            lg,
            f"Estimated total including VAT: {cash(total, lg)}.",
            f"Voraussichtlicher Gesamtpreis inkl. USt.: {cash(total, lg)}.",
            f"Montant estimé TTC : {cash(total, lg)}.",
        ),
    )
    for k, head in enumerate(TERMS[lg][1:9], 3):
        f.heading(m, f"{k}. {head}", s.bold, s.size)
        write(f, s, prose(rng, lg, "legal", 1, 3))
        if head in ("Cancellation", "Stornierung", "Annulation"):
            scale = [(">180", 30), ("180-90", 50), ("89-30", 75), ("<30", 100)]
            table(
                f,
                columns(m + 20, w * 0.7, [(2, "left"), (1, "right")]),
                [
                    tr(
                        lg,
                        "Days before the event",
                        "Tage vor der Veranstaltung",
                        "Jours avant la date",
                    ),
                    tr(lg, "Charge", "Stornogebühr", "Indemnité"),
                ],
                [[a, f"{b} %"] for a, b in scale],
                s,
            )
    f.need(hh)  # the signature page stands on its own
    f.y = max(f.y, m + 30)
    f.page.text(m, f.y, tr(lg, "Signatures", "Unterschriften", "Signatures"), s.bold, s.size + 2)
    f.y += 24
    write(
        f,
        s,
        tr(
            lg,
            "Signed for and on behalf of the parties on the dates below.",
            "Die Parteien bestätigen die vorstehenden Vereinbarungen.",
            "Fait en deux exemplaires originaux.",
        ),
    )
    y = f.y + 30
    for k, (lab, nm) in enumerate(
        [
            (tr(lg, "The Caterer", "Caterer", "Le Traiteur"), staff(h, "owner")),
            (tr(lg, "The Client", "Auftraggeber", "Le Client"), ev.client),
        ]
    ):
        x = m + k * (w - 2 * m) / 2
        f.page.text(x, y, lab, s.bold, s.size)
        if lg == "fr":
            hand(f.page, x, y + 22, "Lu et approuvé", 9.5)
        scrawl(f.page, x + 6, y + 52, nm)
        f.page.line(x, y + 56, x + 190, y + 56)
        f.page.text(x, y + 68, nm, s.font, s.size - 1)
        hand(f.page, x, y + 86, short(d + timedelta(days=k * rng.randint(1, 9)), lg), 9)
    f.y = y + 110
    if rng.random() < 0.5:
        write(
            f,
            s,
            tr(
                lg,
                "Please return one signed copy with the deposit.",
                "Bitte senden Sie ein unterschriebenes Exemplar an uns zurück.",
                "Merci de nous retourner un exemplaire signé accompagné de l'acompte.",
            ),
            s.size - 1,
        )
    pages = close(
        f.pages,
        s,
        h,
        numbers=rng.choice(["Page {i} of {n}", h.numbers, "{i}/{n}"])
        if lg == "en"
        else rng.choice([h.numbers, "Seite {i} von {n}" if lg == "de" else "Page {i}/{n}"]),
    )
    received(rng, pages[0], d + timedelta(days=6), 0.25)
    remember(ev, d, total)
    return pages


def tpl_guest_numbers_form(rng: random.Random, who: Issuer) -> list[Page]:
    """The company's final numbers and dietary requirements form, filled in by hand by the
    client, now and then with the client's table plan on a landscape page behind."""
    h = office_head()
    lg = home()
    ev = event_for(rng, ("catering_contract", "menu_proposal"), ahead=True)
    cl = ev.lang if rng.random() < 0.3 else lg
    d = (
        max(some_day(rng), ev.when - timedelta(days=rng.randint(10, 20)))
        if after(("catering_contract",))
        else ev.when - timedelta(days=rng.randint(10, 20))
    )
    s = style_of(h, A4, margin=40, pt=9)
    w, hh = A4
    m = s.margin
    p = Page(A4)
    y = heading(p, s, h)
    p.text(
        m,
        y,
        tr(
            lg,
            "FINAL NUMBERS & DIETARY REQUIREMENTS",
            "GÄSTEZAHL UND ALLERGENE / SONDERKOST",
            "EFFECTIF DÉFINITIF ET RÉGIMES PARTICULIERS",
        ),
        s.bold,
        12,
    )
    y += 12
    p.text(
        m,
        y,
        tr(
            lg,
            "Please return no later than 14 days before your event.",
            "Bitte spätestens 14 Tage vor der Veranstaltung zurücksenden.",
            "À retourner au plus tard 14 jours avant la réception.",
        ),
        italic_of(s.font),
        8,
    )
    y += 16
    y = fields(
        p,
        s,
        m,
        y,
        w - 2 * m,
        [
            (tr(lg, "Booking ref.", "Buchungs-Nr.", "Réf. réservation"), ev.ref),
            (tr(lg, "Name", "Name", "Nom"), ev.client),
            (tr(lg, "Event date", "Datum", "Date"), short(ev.when, cl)),
            (tr(lg, "Venue", "Location", "Lieu"), ev.venue[0]),
        ],
        per=2,
        tall=24,
    )
    n_ad = ev.guests + rng.randint(-12, 6)
    n_ch = rng.choice([0, 0, 4, 7, 11])
    y = band(p, s, y + 8, tr(lg, "Numbers", "Anzahl", "Effectif"))
    y += 8
    y = fields(
        p,
        s,
        m,
        y,
        w - 2 * m,
        [
            (tr(lg, "Adults", "Erwachsene", "Adultes"), str(n_ad)),
            (
                tr(lg, "Children (under 12)", "Kinder (bis 12)", "Enfants (- 12 ans)"),
                str(n_ch) if n_ch else "-",
            ),
            (
                tr(lg, "Band / photographer meals", "Dienstleisteressen", "Repas prestataires"),
                str(rng.randint(0, 5)),
            ),
            (
                tr(lg, "Evening guests", "Abendgäste", "Invités soirée"),
                str(rng.randint(0, 60)) if ev.what == "wedding" else "",
            ),
        ],
        per=4,
        tall=26,
    )
    y = band(
        p,
        s,
        y + 8,
        tr(
            lg,
            "Dietary requirements and allergies",
            "Sonderkost und Allergien",
            "Régimes et allergies",
        ),
    )
    y += 14
    al = ALLERGENS[lg]
    name_w = 130.0
    cw = (w - 2 * m - name_w - 40) / len(al)
    for k, a in enumerate(al):
        x = m + name_w + k * cw + cw / 2
        p.text(
            x,
            y + 2,
            fit(a[:5] + ("." if len(a) > 5 else ""), s.font, 5.5, cw + 2),
            s.font,
            5.5,
            "center",
        )
    p.text(m, y + 2, tr(lg, "Guest / table", "Gast / Tisch", "Convive / table"), s.bold, 7)
    y += 8
    rows = rng.randint(5, 14)
    limit = hh - m - 100
    more: list[tuple[str, str, set[int]]] = []
    entries = []
    for _ in range(rows):
        diet = rng.choice(DIETS[lg])
        on = {rng.randrange(14)} if "allerg" in diet.lower() or rng.random() < 0.3 else set()
        if "gluten" in diet.lower():
            on.add(1)
        entries.append((f"{person(rng, cl)} / T{rng.randint(1, 14)}", diet, on))
    for nm, diet, on in entries:
        if y > limit:
            more.append((nm, diet, on))
            continue
        p.rect(m, y, w - 2 * m, 22)
        hand(p, m + 3, y + 10, nm, 8, name_w - 6)
        hand(p, m + 3, y + 19, diet, 6.5, name_w - 6)
        for k in range(14):
            x = m + name_w + k * cw + cw / 2 - 4
            box(p, x, y + 14, k in on, 7)
        y += 22
    for _ in range(max(0, 3 - len(more)) if y < limit else 0):
        p.rect(m, y, w - 2 * m, 22)
        y += 22
    y += 14
    p.text(
        m,
        y,
        tr(
            lg,
            "Anything else we should know (high chairs, accessibility, timings):",
            "Sonstiges (Hochstühle, Barrierefreiheit, Ablauf):",
            "Autres informations (chaises hautes, accessibilité, horaires) :",
        ),
        s.font,
        8,
    )
    y += 14
    for ln in wrap(prose(rng, cl, "event", 1, 2), HAND, 9, w - 2 * m):
        if y > hh - m - 40:
            break
        hand(p, m, y, ln, 9)
        y += 13
    y = max(y + 10, hh - m - 30)
    p.text(m, y, tr(lg, "Signed", "Unterschrift", "Signature"), s.font, 8)
    scrawl(p, m + 50, y, ev.client, 12)
    p.text(w / 2 + 40, y, tr(lg, "Date", "Datum", "Date"), s.font, 8)
    hand(p, w / 2 + 70, y, short(d, cl), 9)
    pages = [p]
    if more:
        c = Page(A4)
        c.text(
            m,
            m,
            tr(
                lg,
                "Continuation sheet - dietary requirements",
                "Fortsetzungsblatt - Sonderkost",
                "Feuille suite - régimes",
            ),
            s.bold,
            10,
        )
        yy = m + 20.0
        for nm, diet, _ in more:
            hand(c, m, yy, f"{nm} - {diet}", 9.5)
            yy += 16
        pages.append(c)
    if rng.random() < 0.35:
        ls = landscape(A4)
        tp = Page(ls)
        lw, _lh = ls
        tp.text(
            lw / 2,
            40,
            tr(cl, "Table plan", "Sitzplan", "Plan de table"),
            "Times-BoldItalic",
            18,
            "center",
        )
        ntab = rng.randint(6, 12)
        per_row = 4 if ntab <= 8 else 6
        cw2 = (lw - 80) / per_row
        for t in range(ntab):
            cx = 40 + (t % per_row) * cw2 + cw2 / 2
            cy = 110 + (t // per_row) * 150
            ring(tp, cx, cy, 26)
            tp.text(cx, cy + 4, str(t + 1), "Times-Bold", 12, "center")
            for g in range(rng.randint(5, 8)):
                tp.text(
                    cx,
                    cy + 40 + g * 9,
                    fit(person(rng, cl), "Times-Roman", 7, cw2 - 8),
                    "Times-Roman",
                    7,
                    "center",
                )
        pages.append(tp)
    received(rng, pages[0], d, 0.3)
    remember(ev, d)
    return pages


# ---------------------------------------------------------------------------------------------
# Templates VVV: venues and food suppliers
# ---------------------------------------------------------------------------------------------

KITCHEN_KIT = {
    "en": [
        "Combi oven (10 grid)",
        "Six-burner range",
        "Upright fridge",
        "Under-counter freezer",
        "Commercial dishwasher",
        "Hot cupboard",
        "Stainless prep table",
        "Hand wash basin",
        "Double sink",
        "Microwave",
        "Tea urn (20 l)",
        "Ice machine",
        "Chest freezer",
        "Plate warmer",
        "Bain-marie",
    ],
    "de": [
        "Kombidämpfer (10 GN)",
        "Sechsflammiger Herd",
        "Kühlschrank (Umluft)",
        "Unterbau-Tiefkühler",
        "Haubenspülmaschine",
        "Wärmeschrank",
        "Arbeitstisch Edelstahl",
        "Handwaschbecken",
        "Doppelspüle",
        "Mikrowelle",
        "Heißwasserspender",
        "Eiswürfelbereiter",
        "Tiefkühltruhe",
        "Tellerwärmer",
        "Bain-Marie",
    ],
    "fr": [
        "Four mixte (10 niveaux)",
        "Piano six feux",
        "Armoire réfrigérée",
        "Congélateur table",
        "Lave-vaisselle à capot",
        "Étuve",
        "Table inox",
        "Lave-mains",
        "Plonge double bac",
        "Micro-ondes",
        "Percolateur (20 l)",
        "Machine à glaçons",
        "Coffre congélateur",
        "Chauffe-assiettes",
        "Bain-marie",
    ],
}


def tpl_venue_agreement(rng: random.Random, who: Issuer) -> list[Page]:
    """A venue's kitchen access agreement for an outside caterer: access times and fees,
    numbered rules, the kitchen inventory annex, a sketch plan and the signature page."""
    h = head_of(who, "venue")
    lg = h.lang
    ev = event_for(rng, ("catering_contract",), ahead=True)
    ev.venue = (h.name, h.street, h.town, h.phone)
    d = some_day(rng)
    s = style_of(h, A4)
    w, hh = A4
    m = s.margin
    title = tr(
        lg,
        "Kitchen Access Agreement - Approved Caterer",
        "Vereinbarung über die Küchennutzung",
        "Convention de mise à disposition de l'office traiteur",
    )
    f = sheets(s, h, header=f"{h.name} - {title}")
    recipient(
        f,
        s,
        h,
        office_lines(),
        d,
        [(tr(lg, "Booking", "Buchung", "Réservation"), serial(rng, "99/999"))],
    )
    caption(f, s, title, 3, rule=True)
    f.y = (
        pairs(
            f.page,
            s,
            m,
            f.y,
            [
                (tr(lg, "Event", "Veranstaltung", "Manifestation"), event_title(ev, lg)),
                (tr(lg, "Date", "Datum", "Date"), day(h, ev.when)),
                (
                    tr(lg, "Delivery access from", "Anlieferung ab", "Accès livraison à partir de"),
                    f"{rng.choice([8, 9, 10])}:00",
                ),
                (
                    tr(lg, "Kitchen handed over", "Küchenübergabe", "Remise de l'office"),
                    f"{rng.choice([10, 11, 12])}:30",
                ),
                (
                    tr(lg, "Kitchen cleared by", "Küche geräumt bis", "Office libéré avant"),
                    f"0{rng.choice([0, 1, 1, 2])}:00",
                ),
                (
                    tr(lg, "Kitchen use fee", "Küchennutzungsentgelt", "Redevance office"),
                    cash(rng.choice([150, 250, 350, 400]), lg),
                ),
                (
                    tr(lg, "Refundable damage deposit", "Kaution", "Caution"),
                    cash(rng.choice([250, 500]), lg),
                ),
            ],
            w * 0.72,
        )
        + 10
    )
    rules = {
        "en": [
            "Access and parking",
            "Gas and electrics",
            "Fire safety",
            "Waste and recycling",
            "Cleaning standard",
            "Noise and curfew",
            "Damage",
            "Insurance",
            "Food safety records",
        ],
        "de": [
            "Zufahrt und Parken",
            "Gas und Strom",
            "Brandschutz",
            "Abfall",
            "Reinigung",
            "Nachtruhe",
            "Schäden",
            "Versicherung",
            "Hygienenachweise",
        ],
        "fr": [
            "Accès et stationnement",
            "Gaz et électricité",
            "Sécurité incendie",
            "Déchets",
            "Nettoyage",
            "Bruit",
            "Dégradations",
            "Assurance",
            "Traçabilité",
        ],
    }[lg]
    for k, r in enumerate(rules, 1):
        f.heading(m, f"{k}. {r}", s.bold, s.size)
        write(f, s, prose(rng, lg, "legal", 1, 2))
    if rng.random() < 0.5:
        write(
            f,
            s,
            tr(
                lg,
                "A copy of your public liability certificate and your current food hygiene "
                "rating must be received before the event.",
                "Eine Kopie Ihrer Betriebshaftpflicht-Bestätigung ist vor der Veranstaltung "
                "vorzulegen.",
                "Une attestation d'assurance responsabilité civile doit nous parvenir avant la "
                "date.",
            ),
        )
    pages = close(f.pages, s, h, numbers="none")
    # Annex A: the inventory
    a = sheets(s, h, header=f"{h.name} - {tr(lg, 'Annex A', 'Anlage 1', 'Annexe 1')}", top=False)
    caption(
        a,
        s,
        tr(
            lg,
            "Annex A - Kitchen inventory",
            "Anlage 1 - Inventarliste Küche",
            "Annexe 1 - Inventaire de l'office",
        ),
        2,
    )
    kit = rng.sample(KITCHEN_KIT[lg], rng.randint(9, 15))
    table(
        a,
        columns(m, w - m, [(4, "left"), (1, "center"), (3, "left")]),
        [
            tr(lg, "Item", "Gegenstand", "Équipement"),
            tr(lg, "Qty", "Anz.", "Qté"),
            tr(lg, "Condition / notes", "Zustand", "État / remarques"),
        ],
        [
            [
                k,
                str(rng.choice([1, 1, 1, 2, 3])),
                rng.choice(
                    [
                        "",
                        "",
                        tr(lg, "good", "gut", "bon état"),
                        tr(lg, "door seal worn", "Dichtung alt", "joint usé"),
                    ]
                ),
            ]
            for k in kit
        ],
        s,
        rules=True,
    )
    if rng.random() < 0.6:
        # a sketch plan of the kitchen under the inventory, or on a page of its own
        if a.y > hh * 0.55:
            a.need(hh)
        a.y += 10
        a.page.text(
            m,
            a.y,
            tr(lg, "Plan (not to scale)", "Grundriss (nicht maßstäblich)", "Plan (sans échelle)"),
            s.bold,
            s.size,
        )
        y0 = a.y + 10
        pw, ph = w - 2 * m, min(260.0, hh - m - y0 - 40)
        a.page.rect(m, y0, pw, ph)
        placed = [0.0, 0.0]  # how far along the top and the bottom wall units stand
        for _ in range(rng.randint(4, 8)):
            bw, bh = rng.uniform(40, 110), rng.uniform(22, 48)
            wall = rng.randrange(2)
            if placed[wall] + bw > pw:
                wall = 1 - wall
            if placed[wall] + bw > pw:
                break
            bx, by = m + placed[wall], y0 + (0.0 if wall == 0 else ph - bh)
            placed[wall] += bw + rng.uniform(0, 30)
            a.page.rect(bx, by, bw, bh)
            a.page.text(
                bx + bw / 2,
                by + bh / 2 + 3,
                fit(rng.choice(kit), s.font, 6, bw - 4),
                s.font,
                6,
                "center",
            )
        a.page.text(
            m + pw / 2,
            y0 + ph / 2,
            tr(lg, "door to hall ->", "Tür zum Saal ->", "porte salle ->"),
            s.font,
            7,
            "center",
        )
        a.y = y0 + ph + 20
    pages += close(a.pages, s, h, numbers="none")
    # the signature page
    sp = Page(A4)
    y = m + 20
    sp.text(m, y, tr(lg, "Agreed and signed", "Einverstanden", "Bon pour accord"), s.bold, 12)
    y += 26
    for k, (lab, nm) in enumerate([(h.name, staff(h, "venue")), (office_name(), manager())]):
        sp.text(m, y, fit(lab, s.bold, s.size, w - 2 * m), s.bold, s.size)
        y += 36
        scrawl(sp, m + 10, y, nm)
        sp.line(m, y + 4, m + 220, y + 4)
        sp.text(m, y + 16, nm, s.font, s.size - 1)
        hand(sp, m + 260, y, short(d + timedelta(days=k * rng.randint(2, 8)), lg), 9.5)
        y += 60
    if rng.random() < 0.5:
        seal(
            sp,
            w - m - 70,
            y - 80,
            34,
            h.name[:28],
            tr(lg, "EVENTS", "VERANSTALTUNGEN", "RÉCEPTIONS"),
        )
    pages.append(sp)
    number_pages(
        pages,
        s,
        rng.choice(
            [
                h.numbers,
                "Page {i} of {n}"
                if lg == "en"
                else "Seite {i} von {n}"
                if lg == "de"
                else "{i}/{n}",
            ]
        ),
        h.corner,
    )
    received(rng, pages[0], d, 0.3)
    remember(ev, d)
    return pages


CUTS = {
    "en": [
        "Lamb shoulder, boned & rolled",
        "Beef fillet, trimmed",
        "Chicken supremes",
        "Pork belly",
        "Back bacon (sliced)",
        "Cumberland sausages",
        "Ham hock",
        "Beef mince 15%",
        "Chicken livers",
        "Lamb rump",
        "Sirloin, dry-aged 28d",
        "Duck breast",
        "Gammon joint",
        "Rump steak",
    ],
    "de": [
        "Kalbsrücken ohne Knochen",
        "Rinderfilet pariert",
        "Maispoulardenbrust",
        "Schweinebauch",
        "Speck geschnitten",
        "Bratwurst fein",
        "Ochsenbacke",
        "Hackfleisch gemischt",
        "Hähnchenkeulen",
        "Lammrücken",
        "Roastbeef",
        "Entenbrust",
        "Kasseler",
        "Leberkäse",
    ],
    "fr": [
        "Épaule d'agneau désossée",
        "Filet de boeuf paré",
        "Suprêmes de volaille",
        "Poitrine de porc",
        "Lardons fumés",
        "Saucisses de Toulouse",
        "Joue de boeuf",
        "Haché 15 %",
        "Foies de volaille",
        "Souris d'agneau",
        "Faux-filet",
        "Magret de canard",
        "Jambon blanc",
        "Rillons",
    ],
}


def tpl_butcher_invoice(rng: random.Random, who: Issuer) -> list[Page]:
    """A butcher's invoice for the week's meat: weights, prices per kilo, delivery days."""
    h = head_of(who, "butcher")
    lg = h.lang
    r = keyed(who, "fmt")
    size = r.choice([A4, A4, A5])
    s = style_of(h, size, margin=34 if size == A5 else 0, pt=8 if size == A5 else 0)
    w, _ = size
    m = s.margin
    ex = LAST["extra"]
    if after(("butcher_invoice",)) and isinstance(ex, tuple) and ex[0] == h.name:
        d = ex[1] + timedelta(days=7)
    else:
        d = some_day(rng)
    acct = serial(keyed(who, "acct"), r.choice(["C999", "K-9999", "999"]))
    no = serial(rng, r.choice(["99999", "R 2025-9999", "F99999"]))
    f = sheets(s, h, header=f"{h.name} - {tr(lg, 'Invoice', 'Rechnung', 'Facture')} {no}")
    recipient(
        f,
        s,
        h,
        office_lines(),
        d,
        [
            (tr(lg, "Invoice no.", "Rechnung Nr.", "Facture n°"), no),
            (tr(lg, "Account", "Kunden-Nr.", "Compte"), acct),
        ],
    )
    caption(f, s, tr(lg, "INVOICE", "RECHNUNG", "FACTURE"), 3)
    rows = []
    net = 0.0
    for _ in range(rng.choice([4, 7, 10, 14, 22, 30])):
        cut = rng.choice(CUTS[lg])
        kg = round(rng.uniform(0.8, 14.0), 2)
        base = 6.5 + zlib.crc32(cut.encode()) % 3400 / 100
        pr = round(base * rng.uniform(0.97, 1.04), 2)
        dd = d - timedelta(days=rng.randint(0, 6))
        net += kg * pr
        rows.append(
            [short(dd, lg)[:5], cut, f"{money(kg, lg)} kg", money(pr, lg), money(kg * pr, lg)]
        )
    rows.sort(key=lambda t: t[0])
    table(
        f,
        columns(
            m, w - m, [(1.2, "left"), (4, "left"), (1.4, "right"), (1.4, "right"), (1.6, "right")]
        ),
        [
            tr(lg, "Date", "Datum", "Date"),
            tr(lg, "Description", "Artikel", "Désignation"),
            tr(lg, "Weight", "Gewicht", "Poids"),
            tr(lg, "per kg", "EUR/kg", "Prix/kg"),
            tr(lg, "Amount", "Betrag", "Montant"),
        ],
        rows,
        s,
        rules=r.random() < 0.5,
    )
    gross = totals(
        f,
        s,
        lg,
        [(net, food_vat(lg))],
        note=tr(
            lg,
            "Zero-rated food. Payment 14 days net. Bank: Lloyds 30-94-57 / 12345678.",
            "Zahlbar innerhalb 10 Tagen ohne Abzug. Fleisch aus der Region, HIT-Nr. auf Anfrage.",
            "Règlement à 30 jours fin de mois. Pénalités de retard : 3 fois le taux légal.",
        )
        if r.random() < 0.8
        else "",
    )
    pages = close(f.pages, s, h)
    received(rng, pages[0], d, 0.3)
    if rng.random() < 0.3:
        hand(pages[0], m, 30, tr(home(), "ok - checked vs DNs", "geprüft", "vérifié BL"), 10)
    remember(None, d, (h.name, d, gross))
    return pages


PRODUCE = {
    "en": [
        "Tomatoes, vine",
        "New potatoes 25kg",
        "Rocket 1kg",
        "Lemons (box 80)",
        "Shallots 5kg",
        "Asparagus bunches",
        "Strawberries 12x227g",
        "Micro herbs punnet",
        "Baby leaf mix",
        "Courgettes 5kg",
        "Red onions 10kg",
        "Flat parsley",
        "Dill bunch",
        "Cucumbers",
        "Samphire 500g",
    ],
    "de": [
        "Strauchtomaten",
        "Frühkartoffeln 12,5 kg",
        "Rucola 1 kg",
        "Zitronen Kiste",
        "Schalotten 5 kg",
        "Spargel weiß Kl. I",
        "Erdbeeren 10x500 g",
        "Kresse Schale",
        "Feldsalat",
        "Zucchini 5 kg",
        "Rote Zwiebeln 10 kg",
        "Petersilie glatt",
        "Dill Bund",
        "Gurken",
        "Bärlauch 500 g",
    ],
    "fr": [
        "Tomates grappe",
        "Pommes de terre primeur 25 kg",
        "Roquette 1 kg",
        "Citrons colis",
        "Échalotes 5 kg",
        "Asperges vertes botte",
        "Fraises gariguette 10 x 250 g",
        "Pousses mélangées",
        "Mâche",
        "Courgettes 5 kg",
        "Oignons rouges 10 kg",
        "Persil plat",
        "Aneth botte",
        "Concombres",
        "Salicorne 500 g",
    ],
}


def tpl_produce_delivery_note(rng: random.Random, who: Issuer) -> list[Page]:
    """A greengrocer's delivery note on a narrow slip or landscape A5: ordered and
    delivered quantities, shorts and substitutions written in, signed on receipt."""
    h = head_of(who, "grocer")
    lg = h.lang
    r = keyed(who, "fmt")
    narrow = r.random() < 0.55
    ex = LAST["extra"]
    if after(("produce_delivery_note",)) and isinstance(ex, tuple) and ex[0] == h.name:
        d = ex[1] + timedelta(days=rng.randint(1, 4))
    else:
        d = some_day(rng)
    items = rng.sample(PRODUCE[lg], rng.randint(5, 13))
    no = serial(rng, r.choice(["DN 999999", "LS-99999", "BL 99999"]))
    if narrow:
        size = (ROLL, 225 + 13.5 * len(items))
        s = style_of(h, size, margin=14, pt=7.5)
        w, hh = size
        m = s.margin
        p = Page(size)
        y = heading(p, s, h, top=22)
        p.text(
            w / 2,
            y,
            tr(lg, "DELIVERY NOTE", "LIEFERSCHEIN", "BON DE LIVRAISON"),
            s.bold,
            10,
            "center",
        )
        y += 14
        for lab, val in (
            (tr(lg, "No.", "Nr.", "N°"), no),
            (tr(lg, "Date", "Datum", "Date"), short(d, lg)),
            (tr(lg, "Cust.", "Kunde", "Client"), office_name()),
            (tr(lg, "Drop", "Tour", "Tournée"), f"{r.randint(1, 9)} / {rng.randint(1, 30)}"),
        ):
            p.text(m, y, lab, s.font, 7)
            p.text(w - m, y, fit(val, s.font, 7, w - 2 * m - 40), s.font, 7, "right")
            y += 9
        p.line(m, y, w - m, y)
        y += 10
        for it in items:
            q = rng.choice([1, 2, 2, 3, 4, 6])
            p.text(m, y, fit(it, s.font, 7, w - 2 * m - 34), s.font, 7)
            p.text(w - m, y, str(q), s.font, 7, "right")
            if rng.random() < 0.15:
                hand(p, w - m - 32, y, tr(home(), "short", "fehlt", "manque"), 6.5)
            y += 13
        p.line(m, y, w - m, y)
        y += 12
        p.text(m, y, tr(lg, "Cases:", "Kolli:", "Colis :"), s.font, 7)
        hand(p, m + 40, y, str(len(items) + rng.randint(0, 4)), 8)
        y += 14
        p.text(m, y, tr(lg, "Temp. on receipt", "Temp. bei Annahme", "T° réception"), s.font, 7)
        hand(p, m + 80, y, f"{rng.choice([3, 4, 5, 6, 7])}°C", 8)
        y += 22
        p.text(m, y, tr(lg, "Received by:", "Erhalten:", "Reçu par :"), s.font, 7)
        scrawl(p, m + 50, y + 2, chef(), 10)
        pages = [p]
    else:
        size = landscape(A5)
        s = style_of(h, size, margin=28, pt=8)
        w, hh = size
        m = s.margin
        p = Page(size)
        y = heading(p, s, h, top=30)
        p.text(m, y, tr(lg, "Delivery note", "Lieferschein", "Bon de livraison"), s.bold, 11)
        p.text(w - m, y, f"{no}  -  {short(d, lg)}", s.font, 8, "right")
        y += 16
        cols = columns(m, w - m, [(5, "left"), (1, "right"), (1, "right"), (3, "left")])
        hd = [
            tr(lg, "Product", "Artikel", "Article"),
            tr(lg, "Ord.", "Best.", "Cdé"),
            tr(lg, "Del.", "Gel.", "Livré"),
            tr(lg, "Notes", "Bemerkung", "Remarques"),
        ]
        for c, t in zip(cols, hd, strict=True):
            cell(p, c, y, t, s.bold, 7.5)
        p.line(m, y + 4, w - m, y + 4)
        y += 13
        for it in items:
            if y > hh - 60:
                break
            q = rng.choice([1, 2, 2, 3, 4, 6])
            got = q if rng.random() < 0.85 else q - 1
            cell(p, cols[0], y, it, s.font, 7.5)
            cell(p, cols[1], y, str(q), s.font, 7.5)
            hand(p, cols[2][1] - 14, y, str(got), 8)
            if got != q:
                hand(
                    p,
                    cols[3][0],
                    y,
                    rng.choice(
                        [
                            tr(
                                home(),
                                "1 short - cr. to follow",
                                "1 fehlt, Gutschrift",
                                "manque 1 - avoir",
                            ),
                            tr(home(), "sub. - ok", "Ersatz ok", "remplacé"),
                        ]
                    ),
                    7,
                    cols[3][1] - cols[3][0],
                )
            y += 11
        p.line(m, hh - 42, w - m, hh - 42)
        p.text(
            m,
            hh - 30,
            tr(
                lg,
                "Goods received in good condition",
                "Ware einwandfrei erhalten",
                "Marchandise reçue en bon état",
            ),
            s.font,
            7,
        )
        scrawl(p, w / 2, hh - 28, chef(), 11)
        hand(p, w - m - 60, hh - 30, f"{rng.choice([3, 4, 5, 6])}°C", 9)
        pages = [p]
    remember(None, d, (h.name, d))
    return pages


STOCK = {
    "en": [
        "DOUBLE CREAM 2L",
        "BUTTER UNSALTED 10X250G",
        "FREE RANGE EGGS 180",
        "FLOUR PLAIN 16KG",
        "CASTER SUGAR 5KG",
        "OLIVE OIL 5L",
        "RAPESEED OIL 20L",
        "CLING FILM 450MM",
        "FOIL 450MM",
        "BLUE ROLL 6PK",
        "NAPKINS WHITE 33CM X500",
        "MILK SEMI 6X2L",
        "PARMESAN 1KG",
        "RICE ARBORIO 5KG",
        "BIN LINERS 200",
        "SANITISER 5L",
        "DISPOSABLE GLOVES M",
        "CHEDDAR MATURE 5KG",
        "ICE 10KG BAG",
        "TONIC WATER 24X150ML",
        "ORANGE JUICE 12X1L",
        "STILL WATER 24X500ML",
        "HAND TOWEL C-FOLD",
    ],
    "de": [
        "SCHLAGSAHNE 30% 1L",
        "BUTTER 250G",
        "EIER FREIL. 30ER",
        "WEIZENMEHL 405 10KG",
        "ZUCKER 5KG",
        "OLIVENÖL 5L",
        "RAPSÖL 10L",
        "FRISCHHALTEFOLIE",
        "ALUFOLIE 45CM",
        "KÜCHENROLLE 8ER",
        "SERVIETTEN WEISS 40CM",
        "MILCH 3,5% 1L",
        "PARMIGIANO 1KG",
        "RISOTTOREIS 5KG",
        "MÜLLSÄCKE 120L",
        "DESINFEKTION 5L",
        "EINWEGHANDSCHUHE M",
        "GOUDA MITTELALT 3KG",
        "EISWÜRFEL 10KG",
        "APFELSCHORLE 12X1L",
        "MINERALWASSER 12X0,7",
        "SPÜLMITTEL 10L",
    ],
    "fr": [
        "CRÈME ENTIÈRE 35% 1L",
        "BEURRE DOUX 250G",
        "OEUFS PLEIN AIR X90",
        "FARINE T55 10KG",
        "SUCRE SEMOULE 5KG",
        "HUILE OLIVE 5L",
        "HUILE COLZA 10L",
        "FILM ÉTIRABLE",
        "PAPIER ALU",
        "ESSUIE-TOUT X6",
        "SERVIETTES BLANCHES",
        "LAIT 1/2 ÉCRÉMÉ 6X1L",
        "PARMESAN 1KG",
        "RIZ ARBORIO 5KG",
        "SACS POUBELLE 110L",
        "DÉSINFECTANT 5L",
        "GANTS NITRILE M",
        "COMTÉ 18 MOIS 2KG",
        "GLAÇONS 10KG",
        "JUS D'ORANGE 6X1L",
        "EAU PLATE 6X1,5L",
    ],
}


def tpl_cash_carry_receipt(rng: random.Random, who: Issuer) -> list[Page]:
    """A cash-and-carry till receipt (VAT invoice) on a till roll: the items, the VAT
    analysis and the card payment; a long roll is scanned in two halves."""
    h = head_of(who, "cashcarry")
    lg = h.lang
    ex = LAST["extra"]
    if after(("cash_carry_receipt",)) and isinstance(ex, tuple) and ex[0] == h.name:
        d = ex[1] + timedelta(days=rng.randint(2, 8))
    else:
        d = some_day(rng)
    n = rng.choice([6, 9, 14, 22, 34, 48])
    lines = []
    for _ in range(n):
        it = rng.choice(STOCK[lg])
        q = rng.choice([1, 1, 1, 2, 2, 3, 4, 6, 12])
        pr = round(rng.uniform(0.9, 42.0), 2)
        zero = lg == "en" and rng.random() < 0.55
        code = ("Z" if zero else "S") if lg == "en" else rng.choice(["A", "B", "B"])
        lines.append((serial(rng, "9999999"), it, q, pr, code))
    font = "Courier"
    per_page = 40
    chunks = [lines[i : i + per_page] for i in range(0, len(lines), per_page)] or [[]]
    pages: list[Page] = []
    for k, chunk in enumerate(chunks):
        last = k == len(chunks) - 1
        hgt = 60 + 20 * len(chunk) + (220 if last else 0) + (110 if k == 0 else 0)
        p = Page((ROLL, hgt))
        w = ROLL
        m = 10.0
        y = 26.0
        if k == 0:
            p.text(w / 2, y, fit(h.name, "Courier-Bold", 9, w - 2 * m), "Courier-Bold", 9, "center")
            y += 11
            for t in (h.street, h.town, tr(lg, "VAT INVOICE", "RECHNUNG", "FACTURE")):
                p.text(w / 2, y, fit(t, font, 7, w - 2 * m), font, 7, "center")
                y += 9
            y += 6
            card = serial(keyed(who, "card"), "9999 999999 99")
            for t in (
                f"{tr(lg, 'CUST', 'KD-NR', 'CARTE')} {card}",
                fit(office_name().upper(), font, 7, w - 2 * m),
                f"{short(d, lg)} {rng.randint(7, 18):02d}:{rng.randint(0, 59):02d} "
                f"{tr(lg, 'TILL', 'KASSE', 'CAISSE')} {rng.randint(1, 24)}",
            ):
                p.text(m, y, t, font, 7)
                y += 9
            p.text(m, y, "-" * 40, font, 7)
            y += 12
        else:
            p.text(m, y, f"... {tr(lg, 'continued', 'Fortsetzung', 'suite')} ...", font, 7)
            y += 14
        for code_no, it, q, pr, vc in chunk:
            p.text(m, y, fit(f"{code_no} {it}", font, 7, w - 2 * m), font, 7)
            y += 8.5
            p.text(m + 14, y, f"{q} x {money(pr, lg)}", font, 7)
            p.text(w - m, y, f"{money(q * pr, lg)} {vc}", font, 7, "right")
            y += 11.5
        if last:
            p.text(m, y, "-" * 40, font, 7)
            y += 12
            tot = sum(q * pr for _, _, q, pr, _ in lines)
            p.text(m, y, tr(lg, "TOTAL", "SUMME", "TOTAL TTC"), "Courier-Bold", 9)
            p.text(w - m, y, money(tot, lg), "Courier-Bold", 9, "right")
            y += 14
            p.text(m, y, f"{len(lines)} {tr(lg, 'LINES', 'POS.', 'ARTICLES')}", font, 7)
            y += 14
            rates = {
                "en": {"S": 20.0, "Z": 0.0},
                "de": {"A": 19.0, "B": 7.0},
                "fr": {"A": 20.0, "B": 5.5},
            }[lg]
            for vc, rate in rates.items():
                base = sum(q * pr for _, _, q, pr, c in lines if c == vc)
                if base:
                    tax = base - base / (1 + rate / 100)
                    p.text(
                        m, y, f"{vc} {rate:g}%  {money(base - tax, lg)}  {money(tax, lg)}", font, 7
                    )
                    y += 9
            y += 6
            p.text(
                m,
                y,
                tr(lg, "MASTERCARD CONTACTLESS", "GIROCARD KONTAKTLOS", "CB SANS CONTACT"),
                font,
                7,
            )
            p.text(w - m, y, money(tot, lg), font, 7, "right")
            y += 9
            p.text(
                m,
                y,
                f"**** **** **** {rng.randint(1000, 9999)}  AUTH {serial(rng, '999999')}",
                font,
                7,
            )
            y += 18
            p.text(
                w / 2,
                y,
                tr(lg, "THANK YOU FOR SHOPPING", "VIELEN DANK", "MERCI DE VOTRE VISITE"),
                font,
                7,
                "center",
            )
            y += 12
            p.text(w / 2, y, serial(rng, "9999 9999 9999 99"), font, 7, "center")
        pages.append(p)
    if rng.random() < 0.3:
        hand(
            pages[-1],
            14,
            pages[-1].size[1] - 14,
            tr(home(), "canapés Sat", "für Sa.", "pour samedi"),
            8,
        )
    remember(None, d, (h.name, d))
    return pages


FOODS_LOG = {
    "en": [
        "Lamb shoulder (cooked)",
        "Dauphinoise",
        "Chicken supremes",
        "Smoked salmon blini",
        "Trout fillets",
        "Beef fillet (seared)",
        "Mushroom Wellington",
        "Lemon posset",
        "Cream (2L)",
        "Canapé trays x6",
        "Salad leaves",
        "Jus / sauces",
        "Cheese board",
        "Sticky toffee pudding",
    ],
    "de": [
        "Kalbsrücken (gegart)",
        "Spätzle",
        "Morchelrahm",
        "Lachstatar",
        "Zanderfilet",
        "Ochsenbacke",
        "Kürbis-Risotto",
        "Crème brûlée",
        "Sahne",
        "Fingerfood-Bleche x6",
        "Salat",
        "Jus / Soßen",
        "Käseplatte",
        "Apfelstrudel",
    ],
    "fr": [
        "Suprêmes de volaille",
        "Gratin dauphinois",
        "Sauce morilles",
        "Tartare de saumon",
        "Sandre",
        "Joue de boeuf",
        "Risotto cèpes",
        "Tartes aux pommes",
        "Crème",
        "Plateaux cocktail x6",
        "Salade",
        "Jus / sauces",
        "Plateau de fromages",
        "Entremets",
    ],
}


#: Words that mark a dish as carried and held hot.
HOT_FOOD = (
    "cooked",
    "Dauphinoise",
    "supremes",
    "Beef",
    "Wellington",
    "Jus",
    "pudding",
    "gegart",
    "Spätzle",
    "Morchelrahm",
    "Zander",
    "Ochsen",
    "Risotto",
    "Strudel",
    "Suprêmes",
    "Gratin",
    "Sauce",
    "Sandre",
    "Joue",
    "sauces",
)


def tpl_temperature_log(rng: random.Random, who: Issuer) -> list[Page]:
    """The company's food transport temperature log for one event, a landscape form
    filled in by hand, sometimes with the cooling record of the leftovers behind."""
    h = office_head()
    lg = home()
    ex = LAST["extra"]
    ev = new_event(rng, ahead=False)
    if after(("temperature_log",)) and isinstance(ex, date):
        ev.when = ex + timedelta(days=rng.randint(1, 7))
    size = landscape(A4)
    s = style_of(h, size, margin=34, pt=8)
    w, _hh = size
    m = s.margin
    p = Page(size)
    p.text(
        m,
        m,
        tr(
            lg,
            "FOOD TRANSPORT & HOLDING TEMPERATURE LOG",
            "TEMPERATURPROTOKOLL TRANSPORT / AUSGABE",
            "RELEVÉ DES TEMPÉRATURES - TRANSPORT ET MAINTIEN",
        ),
        s.bold,
        12,
    )
    p.text(w - m, m, fit(office_name(), s.font, 8, 260), s.font, 8, "right")
    p.text(
        w - m,
        m + 10,
        tr(lg, "Form HACCP-07 rev. 3", "Formblatt HACCP 7 / Stand 03", "Fiche PMS n° 7 - v3"),
        s.font,
        6.5,
        "right",
    )
    van = serial(
        keyed(who, "van"),
        "AA99 AAA" if lg == "en" else ("AA-AA 999" if lg == "de" else "AA-999-AA"),
    )
    y = fields(
        p,
        s,
        m,
        m + 12,
        w - 2 * m,
        [
            (tr(lg, "Event / client", "Veranstaltung", "Réception / client"), event_title(ev, lg)),
            (tr(lg, "Date", "Datum", "Date"), short(ev.when, lg)),
            (tr(lg, "Vehicle", "Fahrzeug", "Véhicule"), van),
            (
                tr(
                    lg,
                    "Fridge unit at departure",
                    "Kühlaggregat bei Abfahrt",
                    "Groupe froid au départ",
                ),
                f"{rng.choice([1, 2, 3, 4])}°C",
            ),
            (tr(lg, "Driver", "Fahrer", "Chauffeur"), person(rng, lg)),
            (tr(lg, "Probe no.", "Thermometer Nr.", "Sonde n°"), f"P{rng.randint(1, 6)}"),
        ],
        per=6,
        tall=26,
    )
    cols = columns(
        m,
        w - m,
        [
            (3.2, "left"),
            (1, "center"),
            (1, "center"),
            (1, "center"),
            (1, "center"),
            (1, "center"),
            (1, "center"),
            (1, "center"),
            (1.8, "left"),
            (0.8, "center"),
        ],
    )
    hd = [
        tr(lg, "Food", "Speise", "Denrée"),
        tr(lg, "Hot/cold", "warm/kalt", "chaud/froid"),
        tr(lg, "Loaded", "Verladen", "Chargé"),
        "°C",
        tr(lg, "Arrived", "Ankunft", "Arrivée"),
        "°C",
        tr(lg, "Service", "Ausgabe", "Service"),
        "°C",
        tr(lg, "Action / discarded", "Maßnahme", "Action"),
        tr(lg, "Init.", "Kürzel", "Visa"),
    ]
    p.rect(m - 2, y - 9, w - 2 * m + 4, 14, fill=0.85)
    for c, t in zip(cols, hd, strict=True):
        cell(p, c, y, t, s.bold, 7)
    y += 8
    foods = rng.sample(FOODS_LOG[lg], rng.randint(6, 12))
    ini = "".join(t[0] for t in chef().split())
    t0 = rng.randint(9, 15) * 60 + rng.choice([0, 15, 30, 45])
    for fd in foods:
        hot = any(k in fd for k in HOT_FOOD)
        p.rect(m - 2, y, w - 2 * m + 4, 18)
        y += 12
        cell(p, cols[0], y, fd, s.font, 7.5)
        cell(
            p,
            cols[1],
            y,
            tr(lg, "H" if hot else "C", "W" if hot else "K", "C" if hot else "F"),
            HAND,
            8,
        )
        tt = t0
        for k in range(3):
            tt += rng.randint(10, 90) if k else 0
            t_c = rng.randint(66, 82) if hot else rng.choice([1, 2, 3, 3, 4, 5, 6, 7])
            if rng.random() < 0.1 and k == 2:
                continue
            cell(p, cols[2 + 2 * k], y, f"{tt // 60:02d}:{tt % 60:02d}", HAND, 8)
            cell(p, cols[3 + 2 * k], y, str(t_c), HAND, 8.5)
        if rng.random() < 0.12:
            cell(p, cols[8], y, tr(lg, "reheated to 78", "nacherhitzt 78", "remis à 78"), HAND, 7.5)
        elif rng.random() < 0.1:
            cell(p, cols[8], y, tr(lg, "discarded 22:10", "verworfen", "jeté"), HAND, 7.5)
        cell(p, cols[9], y, ini, HAND, 8)
        y += 6
    for _ in range(14 - len(foods)):
        p.rect(m - 2, y, w - 2 * m + 4, 18)
        y += 18
    y += 16
    p.text(
        m,
        y,
        tr(
            lg,
            "Critical limits: chilled food 8°C or below (target 5°C); hot food held at 63°C or "
            "above; reheat to 75°C; hot food on display max. 2 hours once.",
            "Grenzwerte: Kühlware max. 7 °C; Heißhalten mind. 65 °C; Wiedererhitzen auf mind. 72 "
            "°C.",
            "Limites critiques : froid positif 0 à 3 °C ; liaison chaude au moins 63 °C ; "
            "remise en température à 63 °C en moins d'une heure.",
        ),
        s.font,
        6.5,
    )
    y += 22
    p.text(
        m,
        y,
        tr(lg, "Checked by (head chef):", "Geprüft (Küchenchef):", "Vérifié par (chef) :"),
        s.font,
        8,
    )
    scrawl(p, m + 120, y + 2, chef(), 11)
    pages = [p]
    if rng.random() < 0.35:
        s2 = style_of(h, A4, margin=40, pt=8.5)
        c = Page(A4)
        cw, _ch = A4
        c.text(
            40,
            50,
            tr(
                lg,
                "Cooling record - returned / left-over food",
                "Abkühlprotokoll - Rückläufer",
                "Enregistrement du refroidissement - retours",
            ),
            s2.bold,
            11,
        )
        c.text(
            40,
            64,
            tr(
                lg,
                "Cool to below 8°C within 90 min (blast chiller).",
                "Abkühlen auf unter 10 °C in 2 Std.",
                "Refroidir de 63 °C à moins de 10 °C en moins de 2 h.",
            ),
            s2.font,
            7.5,
        )
        cols2 = columns(
            40,
            cw - 40,
            [
                (3, "left"),
                (1, "center"),
                (1, "center"),
                (1, "center"),
                (1, "center"),
                (1, "center"),
            ],
        )
        yy = 90.0
        for cc, t in zip(
            cols2,
            [
                tr(lg, "Food", "Speise", "Produit"),
                tr(lg, "In", "Start", "Début"),
                "°C",
                tr(lg, "Out", "Ende", "Fin"),
                "°C",
                tr(lg, "Init.", "Kürzel", "Visa"),
            ],
            strict=True,
        ):
            cell(c, cc, yy, t, s2.bold, 8)
        c.line(40, yy + 4, cw - 40, yy + 4)
        yy += 20
        for fd in rng.sample(foods, min(len(foods), rng.randint(2, 5))):
            a = rng.randint(22 * 60, 24 * 60 - 1)
            b = a + rng.randint(40, 100)
            for cc, t in zip(
                cols2,
                [
                    fd,
                    f"{a // 60:02d}:{a % 60:02d}",
                    str(rng.randint(55, 70)),
                    f"{(b // 60) % 24:02d}:{b % 60:02d}",
                    str(rng.randint(2, 7)),
                    ini,
                ],
                strict=True,
            ):
                cell(c, cc, yy, t, HAND if t != fd else s2.font, 8.5)
            c.line(40, yy + 6, cw - 40, yy + 6)
            yy += 22
        for _ in range(rng.randint(3, 8)):
            c.line(40, yy + 6, cw - 40, yy + 6)
            yy += 22
        pages.append(c)
    remember(ev, ev.when, ev.when)
    return pages


# ---------------------------------------------------------------------------------------------
# Templates VVV: the food authority
# ---------------------------------------------------------------------------------------------

LAW = {
    "en": [
        "Reg. (EC) 852/2004 Annex II Ch. I",
        "Reg. (EC) 852/2004 Annex II Ch. IX",
        "Reg. (EC) 852/2004 Art. 5",
        "Reg. (EC) 852/2004 Annex II Ch. XII",
        "Food Safety and Hygiene (England) Regs 2013 Sch. 4",
        "Food Information Regs 2014 Reg. 5",
    ],
    "de": [
        "VO (EG) 852/2004 Anh. II Kap. I",
        "VO (EG) 852/2004 Anh. II Kap. IX",
        "VO (EG) 852/2004 Art. 5",
        "LMHV § 4 Abs. 1",
        "LMIV Art. 44 i. V. m. LMIDV § 2",
        "VO (EG) 852/2004 Anh. II Kap. XII",
    ],
    "fr": [
        "Règl. (CE) 852/2004 ann. II ch. I",
        "Règl. (CE) 852/2004 ann. II ch. IX",
        "Règl. (CE) 852/2004 art. 5",
        "Arrêté du 21/12/2009 art. 3",
        "Décret 2015-447 art. 4",
        "Règl. (CE) 852/2004 ann. II ch. XII",
    ],
}


def tpl_inspection_report(rng: random.Random, who: Issuer) -> list[Page]:
    """The food authority's inspection report: the business and the visit, the scores or
    the overall judgement, numbered observations with the legal basis and the timescale,
    the signatures of the officer and of the person in charge."""
    h = make_head(keyed(who, "auth").choice(SENDERS["authority"][home()]), home(), "authority")
    lg = h.lang
    d = some_day(rng)
    s = style_of(h, A4, pt=9)
    w, _hh = A4
    m = s.margin
    title = tr(
        lg,
        "FOOD HYGIENE INSPECTION REPORT",
        "KONTROLLBERICHT - AMTLICHE LEBENSMITTELÜBERWACHUNG",
        "RAPPORT D'INSPECTION - SÉCURITÉ SANITAIRE DES ALIMENTS",
    )
    ref = serial(rng, tr(lg, "FH/99999/AA", "LMÜ-99-9999", "DDPP-INS-999999"))
    f = sheets(s, h, header=f"{title.title()} - {ref}")
    caption(f, s, title, 2, rule=True)
    officer = staff(h, "officer")
    oh = office_head()
    f.y = fields(
        f.page,
        s,
        m,
        f.y,
        w - 2 * m,
        [
            (tr(lg, "Business name", "Betrieb", "Établissement"), oh.name),
            (tr(lg, "Address", "Anschrift", "Adresse"), f"{oh.street}, {oh.town}"),
            (
                tr(lg, "Food business operator", "Verantwortliche Person", "Exploitant"),
                staff(oh, "owner"),
            ),
            (
                tr(lg, "Type of business", "Betriebsart", "Activité"),
                tr(
                    lg,
                    "Caterer (outside catering)",
                    "Cateringbetrieb / Partyservice",
                    "Traiteur organisateur de réceptions",
                ),
            ),
            (
                tr(lg, "Date / time of visit", "Datum / Uhrzeit", "Date / heure"),
                f"{short(d, lg)} {rng.randint(8, 14)}:{rng.choice(['00', '15', '30', '45'])}",
            ),
            (
                tr(lg, "Type of visit", "Anlass", "Type de contrôle"),
                rng.choice(
                    [
                        tr(
                            lg, "Programmed inspection", "Routinekontrolle", "Inspection programmée"
                        ),
                        tr(lg, "Revisit", "Nachkontrolle", "Contre-visite"),
                        tr(lg, "Complaint", "Beschwerde", "Suite à plainte"),
                    ]
                ),
            ),
            (tr(lg, "Officer", "Kontrolleur/in", "Inspecteur"), officer),
            (tr(lg, "Person seen", "Anwesend", "Personne rencontrée"), chef()),
        ],
        per=2,
        tall=26,
        hand=False,
    )
    score = [
        rng.choice([0, 5, 5, 10, 10, 15]),
        rng.choice([0, 5, 5, 10, 15]),
        rng.choice([0, 5, 10, 10, 20]),
    ]
    if lg == "en":
        table(
            f,
            columns(m, w - m, [(5, "left"), (1.2, "right")]),
            ["Area", "Score"],
            [
                ["Hygienic food handling", str(score[0])],
                ["Cleanliness and condition of facilities and building", str(score[1])],
                ["Management of food safety", str(score[2])],
                ["Total score", str(sum(score))],
            ],
            s,
            rules=True,
        )
    else:
        f.y += 4
        f.page.text(m, f.y, tr(lg, "", "Gesamtbeurteilung:", "Niveau d'hygiène :"), s.bold, s.size)
        f.y += 14
        f.y = ticks(
            f.page,
            s,
            m,
            f.y,
            w - 2 * m,
            ["ohne Beanstandung", "geringfügige Mängel", "erhebliche Mängel", "Gefahr im Verzug"]
            if lg == "de"
            else [
                "Très satisfaisant",
                "Satisfaisant",
                "À améliorer",
                "À corriger de manière urgente",
            ],
            {min(3, sum(score) // 15)},
            8.5,
            3,
        )
    f.heading(
        m,
        tr(
            lg,
            "Observations and actions required",
            "Feststellungen und Auflagen",
            "Constats et mesures demandées",
        ),
        s.bold,
        s.size + 1,
    )
    n_obs = rng.randint(2, 9)
    days = tr(lg, "days", "Tage", "jours")
    limits = [tr(lg, "immediately", "sofort", "immédiat"), f"14 {days}", f"28 {days}"]
    for k in range(1, n_obs + 1):
        f.need(70)
        f.page.text(m, f.y, f"{k}.", s.bold, s.size)
        f.para(m + 18, w - 2 * m - 18, prose(rng, lg, "hygiene", 1, 3), s.font, s.size, 0.2)
        f.para(
            m + 18,
            w - 2 * m - 18,
            f"{tr(lg, 'Legal basis', 'Rechtsgrundlage', 'Base légale')}: "
            f"{rng.choice(LAW[lg])} - {tr(lg, 'Timescale', 'Frist', 'Délai')}: "
            f"{rng.choice(limits)}",
            italic_of(s.font),
            s.size - 1,
        )
    if rng.random() < 0.5:
        f.heading(m, tr(lg, "Samples taken", "Entnommene Proben", "Prélèvements"), s.bold, s.size)
        write(
            f,
            s,
            tr(
                lg,
                "None." if rng.random() < 0.5 else "Swabs of probe thermometer and prep table.",
                "Tupferproben Arbeitstisch (2), Probe Kartoffelsalat (1).",
                "Aucun." if rng.random() < 0.5 else "Écouvillons plan de travail.",
            ),
        )
    f.need(150)
    f.y += 10
    f.page.text(m, f.y, tr(lg, "Signatures", "Unterschriften", "Signatures"), s.bold, s.size)
    f.y += 40
    for k, nm in enumerate([officer, chef()]):
        x = m + k * (w - 2 * m) / 2
        scrawl(f.page, x + 6, f.y, nm, 12)
        f.page.line(x, f.y + 4, x + 180, f.y + 4)
        f.page.text(x, f.y + 16, nm, s.font, s.size - 1)
        f.page.text(
            x,
            f.y + 27,
            tr(
                lg,
                ["Authorised officer", "Person in charge"][k],
                ["Lebensmittelkontrolleur/in", "Verantwortliche/r"][k],
                ["Inspecteur", "Responsable"][k],
            ),
            s.font,
            s.size - 2,
        )
    f.y += 50
    write(
        f,
        s,
        tr(
            lg,
            "Receipt of this report does not mean that a formal notice will not follow.",
            "Die Kontrolle wird gebührenpflichtig abgerechnet; hierzu ergeht ein gesonderter "
            "Bescheid.",
            "Une copie du présent rapport est conservée par l'administration.",
        ),
        s.size - 2,
    )
    own = {"en": "Page {i} of {n}", "de": "Seite {i} von {n}", "fr": "{i}/{n}"}[lg]
    pages = close(f.pages, s, h, numbers=rng.choice([own, own, h.numbers]))
    remember(None, d, ref)
    return pages


def tpl_hygiene_rating_letter(rng: random.Random, who: Issuer) -> list[Page]:
    """The authority's letter after an inspection: the food hygiene rating with the rating
    scale and an explanation page (England), the published hygiene level (France), or a
    fee notice for the control with the Rechtsbehelfsbelehrung (Germany)."""
    h = make_head(keyed(who, "auth").choice(SENDERS["authority"][home()]), home(), "authority")
    lg = h.lang
    d = last_day(rng, ("inspection_report",), (3, 21))
    ref = (
        LAST["extra"]
        if after(("inspection_report",)) and isinstance(LAST["extra"], str)
        else serial(rng, "FH/99999/AA")
    )
    s = style_of(h, A4)
    w, hh = A4
    m = s.margin
    f = sheets(s, h, header=f"{h.name.split(' - ')[0]} - {ref}")
    recipient(
        f,
        s,
        h,
        [staff(office_head(), "owner"), *office_lines()][1:]
        if rng.random() < 0.5
        else office_lines(
            tr(
                lg,
                "The Food Business Operator",
                "z. Hd. Geschäftsführung",
                "À l'attention de l'exploitant",
            )
        ),
        d,
        [(tr(lg, "Our ref", "Aktenzeichen", "Réf."), ref)],
    )
    pages: list[Page]
    if lg == "de":
        caption(f, s, "Gebührenbescheid", 3)
        write(f, s, f"{dear(lg, None)}")
        write(
            f,
            s,
            "für die amtliche Kontrolle Ihres Betriebes am "
            f"{short(d - timedelta(days=rng.randint(5, 20)), lg)} "
            "werden gemäß Gebührenordnung folgende Gebühren festgesetzt:",
        )
        table(
            f,
            columns(m, w - m, [(5, "left"), (1, "right"), (1.5, "right")]),
            ["Tarifstelle / Leistung", "Std.", "Betrag"],
            [
                [
                    "Nachkontrolle (Tarif-Nr. 16.1.3)",
                    money(rng.choice([0.5, 1.0, 1.5]), lg),
                    cash(rng.choice([62.0, 93.0, 124.0]), lg),
                ],
                ["Fahrtkosten", "", cash(rng.choice([8.0, 12.5]), lg)],
            ],
            s,
            rules=True,
        )
        write(
            f,
            s,
            f"Der Betrag ist bis zum {short(d + timedelta(days=30), lg)} unter Angabe des "
            "Aktenzeichens "
            "auf das unten genannte Konto zu überweisen.",
        )
        regards(f, s, lg, staff(h, "clerk"), "Im Auftrag")
        f.need(hh)
        caption(f, s, "Rechtsbehelfsbelehrung", 1)
        for _ in range(rng.randint(2, 4)):
            write(f, s, prose(rng, lg, "legal", 2, 4), s.size - 1)
        pages = close(f.pages, s, h, numbers="Seite {i} von {n}")
    elif lg == "fr":
        caption(f, s, "Résultat du contrôle officiel - niveau d'hygiène", 2)
        write(f, s, dear(lg, None))
        write(
            f,
            s,
            "Suite à l'inspection de votre établissement, le niveau d'hygiène suivant sera publié "
            "sur le site Alim'confiance pour une durée d'un an :",
        )
        lv = rng.choice([0, 0, 1, 1, 2])
        labels = [
            "Très satisfaisant",
            "Satisfaisant",
            "À améliorer",
            "À corriger de manière urgente",
        ]
        f.y += 6
        for k, lab in enumerate(labels):
            f.page.rect(m + 20, f.y - 10, 14, 14, fill=0.2 if k == lv else None)
            f.page.text(m + 44, f.y, lab, s.bold if k == lv else s.font, s.size + 1)
            f.y += 22
        for _ in range(rng.randint(1, 3)):
            write(f, s, prose(rng, lg, "hygiene", 1, 3))
        regards(f, s, lg, staff(h, "clerk"), "Pour le préfet et par délégation")
        pages = close(f.pages, s, h)
    else:
        rating = rng.choice([5, 5, 4, 4, 3, 2])
        caption(f, s, "Your food hygiene rating", 3)
        write(f, s, dear(lg, None))
        write(
            f,
            s,
            "Following the recent inspection of the above premises, the food hygiene rating given "
            f"to your business is {rating} ("
            + [
                "urgent improvement necessary",
                "major improvement necessary",
                "improvement necessary",
                "generally satisfactory",
                "good",
                "very good",
            ][rating]
            + ").",
        )
        f.y += 8
        bw = (w - 2 * m - 50) / 6
        for k in range(6):
            x = m + k * (bw + 10)
            f.page.rect(x, f.y, bw, bw * 0.8, fill=0.25 if k == rating else None)
            f.page.text(x + bw / 2, f.y + bw * 0.55, str(k), "Helvetica-Bold", 20, "center")
        f.y += bw * 0.8 + 20
        for _ in range(rng.randint(1, 2)):
            write(f, s, prose(rng, lg, "hygiene", 1, 3))
        write(
            f,
            s,
            "A sticker showing your rating is enclosed. You may appeal within 21 days, request a "
            "re-visit or submit a right to reply; details are on the enclosed sheet.",
        )
        regards(f, s, lg, staff(h, "clerk"), "Environmental Health Officer")
        pages = close(f.pages, s, h)
        if rng.random() < 0.6:
            e = Page(A4)
            e.text(
                w / 2,
                m + 10,
                "The Food Hygiene Rating Scheme - your rights",
                "Helvetica-Bold",
                13,
                "center",
            )
            y = m + 40.0
            for sec in (
                "Appeal",
                "Right to reply",
                "Request for a re-visit",
                "Displaying your rating",
            ):
                e.text(m, y, sec, "Helvetica-Bold", 10)
                y += 14
                for ln in wrap(prose(rng, "en", "hygiene", 3, 5), "Helvetica", 8.5, w - 2 * m):
                    e.text(m, y, ln, "Helvetica", 8.5)
                    y += 11
                y += 12
            e.text(m, hh - m, "FSA leaflet FHRS/BUS/2 - www.food.gov.uk/ratings", "Helvetica", 6.5)
            pages.append(e)
    received(rng, pages[0], d, 0.35)
    remember(None, d)
    return pages


# ---------------------------------------------------------------------------------------------
# Templates VVV: equipment hire and agency staff
# ---------------------------------------------------------------------------------------------

HIRE_ITEMS = {
    "en": [
        "Dinner plate 10in",
        "Side plate 7in",
        "Dessert bowl",
        "Knife, Harley",
        "Fork, Harley",
        "Dessert spoon",
        "Wine glass 8oz",
        "Champagne flute",
        "Hi-ball tumbler",
        "Water jug",
        "Round table 5ft6",
        "Chiavari chair gold",
        "White linen cloth 120in",
        "Napkin linen white",
        "Chafing dish",
        "Hot cupboard (mobile)",
        "Glass rack 25",
        "Cake stand",
        "Coffee cup & saucer",
    ],
    "de": [
        "Speiseteller 27 cm",
        "Brotteller",
        "Dessertschale",
        "Menümesser",
        "Menügabel",
        "Dessertlöffel",
        "Weinglas 0,2",
        "Sektglas",
        "Longdrinkglas",
        "Wasserkaraffe",
        "Rundtisch 180 cm",
        "Chiavari-Stuhl gold",
        "Tischdecke weiß rund",
        "Stoffserviette weiß",
        "Chafing Dish",
        "Wärmeschrank fahrbar",
        "Gläserkorb",
        "Etagere",
        "Kaffeetasse mit Untere",
    ],
    "fr": [
        "Assiette plate 27 cm",
        "Assiette à pain",
        "Coupelle dessert",
        "Couteau de table",
        "Fourchette",
        "Cuillère à dessert",
        "Verre à vin 19 cl",
        "Flûte à champagne",
        "Verre tube",
        "Carafe",
        "Table ronde 180",
        "Chaise Napoléon dorée",
        "Nappe blanche ronde",
        "Serviette tissu blanche",
        "Chafing dish",
        "Étuve mobile",
        "Casier à verres",
        "Présentoir à gâteaux",
        "Tasse et sous-tasse",
    ],
}


def hire_lines(rng: random.Random, ev: Event, lg: str) -> list[tuple[str, int, float]]:
    items = rng.sample(HIRE_ITEMS[lg], rng.randint(7, 16))
    out = []
    for it in items:
        big = any(
            t in it.lower()
            for t in (
                "table",
                "chair",
                "stuhl",
                "chaise",
                "chafing",
                "cupboard",
                "wärme",
                "étuve",
                "tisch",
            )
        )
        q = rng.randint(2, 14) if big else ev.guests + rng.choice([0, 5, 10, 20])
        u = rng.uniform(4.5, 28.0) if big else rng.uniform(0.18, 0.9)
        out.append((it, q, round(u, 2)))
    return out


def tpl_hire_invoice(rng: random.Random, who: Issuer) -> list[Page]:
    """A hire company's invoice for crockery, glassware, linen and furniture for an event,
    with the delivery and collection dates, damage waiver and deposit; sometimes the terms
    of hire behind."""
    h = head_of(who, "hire", abroad=0.08)
    lg = h.lang
    ev = event_for(rng, ("catering_contract", "venue_agreement"), ahead=False)
    d = ev.when - timedelta(days=rng.randint(3, 12))
    s = style_of(h, keyed(who, "size").choice([A4, A4, LETTER]) if lg == "en" else A4)
    w, _hh = s.page_size
    m = s.margin
    no = serial(rng, "HI-999999" if lg == "en" else "99999")
    f = sheets(
        s,
        h,
        header=f"{h.name} - {tr(lg, 'Hire invoice', 'Mietrechnung', 'Facture de location')} {no}",
    )
    recipient(
        f,
        s,
        h,
        office_lines(),
        d,
        [
            (tr(lg, "Invoice", "Rechnung", "Facture"), no),
            (tr(lg, "Your ref", "Ihr Zeichen", "Votre réf."), ev.ref),
        ],
    )
    caption(f, s, tr(lg, "HIRE INVOICE", "MIETRECHNUNG", "FACTURE DE LOCATION"), 3)
    f.y = (
        pairs(
            f.page,
            s,
            m,
            f.y,
            [
                (
                    tr(lg, "Delivery", "Anlieferung", "Livraison"),
                    f"{day(h, ev.when - timedelta(days=1))}, {ev.venue[0]}",
                ),
                (
                    tr(lg, "Collection", "Abholung", "Reprise"),
                    day(h, ev.when + timedelta(days=rng.choice([1, 2, 3]))),
                ),
                (
                    tr(lg, "Hire period", "Mietdauer", "Durée"),
                    tr(lg, "up to 3 days", "bis 3 Tage", "jusqu'à 3 jours"),
                ),
            ],
            w - m,
        )
        + 8
    )
    lines = hire_lines(rng, ev, lg)
    rows = [[it, str(q), money(u, lg), money(q * u, lg)] for it, q, u in lines]
    net = sum(q * u for _, q, u in lines)
    extras = [
        (
            tr(lg, "Delivery & collection", "Transport hin/zurück", "Transport aller/retour"),
            rng.choice([45.0, 60.0, 90.0]),
        ),
        (
            tr(lg, "Damage waiver 8%", "Bruchversicherung 8 %", "Assurance casse 8 %"),
            round(net * 0.08, 2),
        ),
    ]
    if rng.random() < 0.5:
        extras.append(
            (
                tr(lg, "Washing (returned dirty)", "Spülpauschale", "Forfait lavage"),
                round(net * 0.12, 2),
            )
        )
    rows += [[t, "1", money(v, lg), money(v, lg)] for t, v in extras]
    net += sum(v for _, v in extras)
    table(
        f,
        columns(m, w - m, [(5, "left"), (1, "right"), (1.3, "right"), (1.5, "right")]),
        [
            tr(lg, "Item", "Artikel", "Article"),
            tr(lg, "Qty", "Menge", "Qté"),
            tr(lg, "Rate", "Preis", "P.U."),
            tr(lg, "Total", "Gesamt", "Total"),
        ],
        rows,
        s,
        shade=0.9 if rng.random() < 0.5 else None,
    )
    totals(
        f,
        s,
        lg,
        [(net, std_vat(lg))],
        note=tr(
            lg,
            "Items must be returned scraped and stacked in their crates. Breakages and losses are "
            "charged at "
            "replacement cost as per our price list.",
            "Mietgut bitte abgeräumt und in den Transportkisten zurückgeben. Bruch und Fehlmengen "
            "werden zum "
            "Wiederbeschaffungswert berechnet.",
            "Le matériel doit être rendu débarrassé et rangé dans ses casiers. Casse et manquants "
            "facturés au "
            "prix de remplacement.",
        ),
    )
    pages = close(f.pages, s, h)
    if rng.random() < 0.3:
        pages.append(
            small_print(
                rng,
                s,
                h,
                tr(lg, "Conditions of hire", "Mietbedingungen", "Conditions de location"),
                TERMS[lg][:3] + TERMS[lg][5:],
            )
        )
    received(rng, pages[0], d, 0.3)
    remember(ev, d, (h.name, no, lines))
    return pages


def tpl_hire_return_note(rng: random.Random, who: Issuer) -> list[Page]:
    """The hire company's returns check after collection: items out and back, broken,
    missing and dirty counts filled in by the checker, the charges; A4 or landscape A5."""
    h = head_of(who, "hire", abroad=0.08)
    lg = h.lang
    ev = event_for(rng, ("hire_invoice",), ahead=False)
    ex = LAST["extra"]
    if after(("hire_invoice",)) and isinstance(ex, tuple):
        inv, lines = ex[1], ex[2]
    else:
        inv, lines = serial(rng, "HI-999999"), hire_lines(rng, ev, lg)
    d = ev.when + timedelta(days=rng.randint(2, 6))
    size = rng.choice([A4, landscape(A5)])
    s = style_of(h, size, margin=30 if size != A4 else 0, pt=8 if size != A4 else 0)
    w, hh = size
    m = s.margin
    f = sheets(
        s,
        h,
        header=(
            f"{h.name} - {tr(lg, 'Returns check', 'Rücknahmeprotokoll', 'Contrôle retour')} {inv}"
        ),
    )
    caption(
        f,
        s,
        tr(
            lg,
            "RETURNS CHECK / BREAKAGE & LOSS NOTE",
            "RÜCKNAHMEPROTOKOLL - BRUCH UND FEHLMENGEN",
            "CONTRÔLE RETOUR - CASSE ET MANQUANTS",
        ),
        1,
    )
    f.y = (
        pairs(
            f.page,
            s,
            m,
            f.y,
            [
                (tr(lg, "Customer", "Kunde", "Client"), office_name()),
                (tr(lg, "Hire invoice", "Mietrechnung", "Facture"), inv),
                (
                    tr(lg, "Collected", "Abgeholt", "Repris le"),
                    short(ev.when + timedelta(days=1), lg),
                ),
                (tr(lg, "Checked", "Geprüft", "Contrôlé le"), short(d, lg)),
            ],
            w * 0.6,
            s.size - 1,
        )
        + 6
    )
    rows = []
    charge = 0.0
    for it, q, u in lines:
        br = rng.choice([0, 0, 0, 1, 2, 3]) if q > 20 else rng.choice([0, 0, 0, 0, 1])
        mi = min(rng.choice([0, 0, 0, 0, 1, 2, 4]), max(0, q // 2 - br))
        di = rng.choice([0, 0, 0, 0, 6, 12]) if q > 20 else 0
        c = (br + mi) * round(u * 6.5, 2) + di * 0.35
        charge += c
        rows.append(
            [
                it,
                str(q),
                str(q - br - mi),
                str(br) if br else "-",
                str(mi) if mi else "-",
                str(di) if di else "-",
                money(c, lg) if c else "",
            ]
        )
    table(
        f,
        columns(
            m,
            w - m,
            [
                (4, "left"),
                (1, "right"),
                (1, "right"),
                (1, "right"),
                (1, "right"),
                (1, "right"),
                (1.4, "right"),
            ],
        ),
        [
            tr(lg, "Item", "Artikel", "Article"),
            tr(lg, "Out", "Aus", "Sorti"),
            tr(lg, "Back", "Zurück", "Rendu"),
            tr(lg, "Broken", "Bruch", "Casse"),
            tr(lg, "Missing", "Fehlt", "Manq."),
            tr(lg, "Dirty", "Schmutzig", "Sale"),
            tr(lg, "Charge", "Betrag", "Montant"),
        ],
        rows,
        s,
        size=s.size - 0.5,
        rules=True,
        step=1.5,
    )
    f.need(60)
    f.y += 6
    f.page.text(
        w - m,
        f.y,
        f"{tr(lg, 'Charges (net)', 'Summe netto', 'Total HT')}: {cash(charge, lg)}",
        s.bold,
        s.size,
        "right",
    )
    f.y += 24
    f.page.text(m, f.y, tr(lg, "Checked by", "Geprüft von", "Contrôlé par"), s.font, s.size - 1)
    scrawl(f.page, m + 70, f.y + 2, staff(h, "checker"), 11)
    f.page.text(
        w / 2,
        f.y,
        tr(
            lg,
            "An invoice for these charges will follow.",
            "Die Rechnung folgt gesondert.",
            "Une facture suivra.",
        ),
        italic_of(s.font),
        s.size - 1.5,
    )
    pages = close(f.pages, s, h, numbers="none")
    if rng.random() < 0.4 and len(pages) == 1 and f.y < hh - 70:
        stamp(pages[0], w * 0.62, f.y - 8, [tr(lg, "CHECKED", "GEPRÜFT", "CONTRÔLÉ"), short(d, lg)])
    elif size == A4:
        received(rng, pages[0], d, 0.2)
    remember(ev, d)
    return pages


ROLES = {
    "en": ["Waiter", "Waitress", "Bartender", "Kitchen porter", "Supervisor", "Chef de partie"],
    "de": ["Servicekraft", "Servicekraft", "Barkeeper", "Spülkraft", "Oberkellner", "Jungkoch"],
    "fr": ["Serveur", "Serveuse", "Barman", "Plongeur", "Maître d'hôtel", "Commis de cuisine"],
}
RATES = {"en": 13.85, "de": 24.50, "fr": 27.80}


def shifts_of(rng: random.Random, lg: str, n: int) -> list[tuple[str, str, int, int, int]]:
    """Workers' shifts: (name, role, start minutes, end minutes, break minutes)."""
    out = []
    for _ in range(n):
        a = rng.choice([10, 11, 12, 13, 14, 15, 16]) * 60 + rng.choice([0, 30])
        b = a + rng.randint(5, 11) * 60 + rng.choice([0, 15, 30, 45])
        out.append((person(rng, lg), rng.choice(ROLES[lg]), a, b, rng.choice([0, 15, 30, 30, 45])))
    return out


def hm(t: int) -> str:
    return f"{(t // 60) % 24:02d}:{t % 60:02d}"


def tpl_staff_timesheet(rng: random.Random, who: Issuer) -> list[Page]:
    """A staffing agency's client timesheet for an event, filled in by hand on the night and
    signed by the events manager; portrait or landscape."""
    h = head_of(who, "staffing")
    lg = h.lang
    ex = LAST["extra"]
    ev = new_event(rng, ahead=False)
    if after(("staff_timesheet",)) and isinstance(ex, tuple) and ex[0] == h.name:
        ev.when = ex[1] + timedelta(days=rng.randint(1, 6))
    size = keyed(who, "size").choice([A4, landscape(A4)])
    s = style_of(h, size, margin=36, pt=8.5)
    w, hh = size
    m = s.margin
    p = Page(size)
    y = heading(p, s, h)
    p.text(
        m,
        y,
        tr(
            lg,
            "CLIENT TIMESHEET",
            "STUNDENNACHWEIS / TÄTIGKEITSNACHWEIS",
            "RELEVÉ D'HEURES - MISSION",
        ),
        s.bold,
        12,
    )
    sheet_no = serial(rng, "TS 999999")
    p.text(w - m, y, sheet_no, s.font, 8, "right")
    y += 10
    y = fields(
        p,
        s,
        m,
        y,
        w - 2 * m,
        [
            (tr(lg, "Client", "Kunde", "Client"), office_name()),
            (
                tr(lg, "Event / location", "Einsatzort", "Lieu de mission"),
                f"{event_title(ev, lg)}, {ev.venue[0]}",
            ),
            (tr(lg, "Date", "Datum", "Date"), short(ev.when, lg)),
            (tr(lg, "Booking no.", "Auftrag Nr.", "Commande n°"), serial(rng, "B99999")),
        ],
        per=4 if w > 700 else 2,
        tall=24,
    )
    sh = shifts_of(rng, lg, rng.randint(3, 12))
    cols = columns(
        m,
        w - m,
        [
            (3, "left"),
            (2, "left"),
            (1, "center"),
            (1, "center"),
            (1, "center"),
            (1, "center"),
            (1.4, "center"),
        ],
    )
    p.rect(m - 2, y - 9, w - 2 * m + 4, 14, fill=0.85)
    for c, t in zip(
        cols,
        [
            tr(lg, "Name", "Name", "Nom"),
            tr(lg, "Role", "Tätigkeit", "Fonction"),
            tr(lg, "Start", "Beginn", "Début"),
            tr(lg, "Finish", "Ende", "Fin"),
            tr(lg, "Break", "Pause", "Pause"),
            tr(lg, "Hours", "Std.", "Heures"),
            tr(lg, "Client init.", "Kürzel", "Visa client"),
        ],
        strict=True,
    ):
        cell(p, c, y, t, s.bold, 7.5)
    y += 10
    mgr = manager()
    ini = "".join(t[0] for t in mgr.split())
    for nm, role, a, b, br in sh:
        p.rect(m - 2, y, w - 2 * m + 4, 20)
        y += 13
        cell(p, cols[0], y, nm, s.font, 8)
        cell(p, cols[1], y, role, s.font, 8)
        cell(p, cols[2], y, hm(a), HAND, 9)
        cell(p, cols[3], y, hm(b), HAND, 9)
        cell(p, cols[4], y, str(br) if br else "-", HAND, 9)
        cell(p, cols[5], y, money((b - a - br) / 60, lg), HAND, 9)
        cell(p, cols[6], y, ini, HAND, 9)
        y += 7
    for _ in range(rng.randint(0, 3)):
        if y < hh - 160:
            p.rect(m - 2, y, w - 2 * m + 4, 20)
            y += 20
    y += 20
    for ln in wrap(
        tr(
            lg,
            "By signing this timesheet the client confirms the hours worked and accepts the "
            "agency's terms of business. Timesheets must be returned by Monday 12:00.",
            "Mit seiner Unterschrift bestätigt der Kunde die geleisteten Stunden. Es gelten die "
            "AGB "
            "für die Arbeitnehmerüberlassung.",
            "Le client certifie l'exactitude des heures ci-dessus. Conditions générales au verso.",
        ),
        s.font,
        7,
        w - 2 * m,
    ):
        p.text(m, y, ln, s.font, 7)
        y += 9
    y += 24
    p.text(
        m, y, tr(lg, "Authorised signature", "Unterschrift Kunde", "Signature du client"), s.font, 8
    )
    scrawl(p, m + 110, y, mgr, 12)
    p.text(w / 2 + 20, y, tr(lg, "Print name", "Name", "Nom"), s.font, 8)
    hand(p, w / 2 + 70, y, mgr, 9)
    if rng.random() < 0.3:
        hand(
            p,
            m,
            y + 26,
            rng.choice(
                [
                    tr(
                        lg,
                        "2 staff sent home early - quiet",
                        "2 früher entlassen",
                        "2 partis plus tôt",
                    ),
                    tr(lg, "agency copy", "Kopie Büro", "copie agence"),
                ]
            ),
            9,
        )
    pages = [p]
    remember(ev, ev.when, (h.name, ev.when, sh))
    return pages


def tpl_staff_agency_invoice(rng: random.Random, who: Issuer) -> list[Page]:
    """A staffing agency's invoice for the shifts of an event or a week, with the workers'
    hours and rates, sometimes a landscape shift detail page and a remittance slip."""
    h = head_of(who, "staffing")
    lg = h.lang
    ex = LAST["extra"]
    if after(("staff_timesheet",)) and isinstance(ex, tuple) and isinstance(ex[2], list):
        sh = ex[2]
        when = ex[1]
        d = when + timedelta(days=rng.randint(2, 8))
    elif after(("staff_agency_invoice",)) and isinstance(ex, tuple) and ex[0] == h.name:
        when = ex[1] + timedelta(days=7)
        sh = shifts_of(rng, lg, rng.randint(3, 14))
        d = when + timedelta(days=rng.randint(2, 6))
    else:
        when = some_day(rng)
        sh = shifts_of(rng, lg, rng.randint(3, 14))
        d = when + timedelta(days=rng.randint(2, 6))
    s = style_of(h, A4)
    w, hh = A4
    m = s.margin
    no = serial(rng, "SI-99999" if lg == "en" else ("RE-2025-9999" if lg == "de" else "FA99999"))
    f = sheets(s, h, header=f"{h.name} - {tr(lg, 'Invoice', 'Rechnung', 'Facture')} {no}")
    recipient(
        f,
        s,
        h,
        office_lines(tr(lg, "Accounts payable", "Buchhaltung", "Service comptabilité")),
        d,
        [
            (tr(lg, "Invoice", "Rechnung", "Facture"), no),
            (tr(lg, "Week ending", "Leistungszeitraum", "Période"), short(when, lg)),
        ],
    )
    caption(f, s, tr(lg, "INVOICE", "RECHNUNG", "FACTURE"), 3)
    rate = RATES[lg] * (1.0 if lg != "en" else rng.choice([1.0, 1.0, 1.35])) * 1.4
    rows = []
    net = 0.0
    for nm, role, a, b, br in sh:
        hrs = (b - a - br) / 60
        r2 = rate * (1.2 if role in ROLES[lg][4:] else 1.0)
        net += hrs * r2
        rows.append([nm, role, money(hrs, lg), money(r2, lg), money(hrs * r2, lg)])
    table(
        f,
        columns(
            m, w - m, [(3, "left"), (2.2, "left"), (1, "right"), (1.2, "right"), (1.5, "right")]
        ),
        [
            tr(lg, "Worker", "Mitarbeiter", "Intérimaire"),
            tr(lg, "Role", "Tätigkeit", "Qualification"),
            tr(lg, "Hours", "Std.", "Heures"),
            tr(lg, "Rate", "Satz", "Taux"),
            tr(lg, "Amount", "Betrag", "Montant"),
        ],
        rows,
        s,
        rules=rng.random() < 0.5,
    )
    if rng.random() < 0.4:
        net += 35.0
        write(
            f,
            s,
            tr(
                lg,
                "Includes booking fee 35.00.",
                "Zzgl. Fahrtkostenpauschale 35,00.",
                "Dont frais de déplacement forfaitaires 35,00.",
            ),
            s.size - 1,
        )
    gross = totals(
        f,
        s,
        lg,
        [(net, std_vat(lg))],
        note=tr(
            lg,
            "Payment strictly 14 days from invoice date.",
            "Zahlbar sofort ohne Abzug.",
            "Paiement à réception. Indemnité forfaitaire pour frais de recouvrement : 40 EUR.",
        ),
    )
    pages = close(f.pages, s, h)
    if rng.random() < 0.35:
        ls = landscape(A4)
        s2 = style_of(h, ls, margin=40, pt=8)
        g = sheets(s2, h, header=f"{h.name} - {no}", top=False)
        caption(g, s2, tr(lg, "Shift detail", "Einsatzübersicht", "Détail des vacations"), 2)
        table(
            g,
            columns(
                40,
                ls[0] - 40,
                [
                    (3, "left"),
                    (2, "left"),
                    (1.3, "center"),
                    (1, "center"),
                    (1, "center"),
                    (1, "center"),
                    (1, "right"),
                ],
            ),
            [
                tr(lg, "Worker", "Mitarbeiter", "Intérimaire"),
                tr(lg, "Role", "Tätigkeit", "Qualif."),
                tr(lg, "Date", "Datum", "Date"),
                tr(lg, "Start", "Beginn", "Début"),
                tr(lg, "Finish", "Ende", "Fin"),
                tr(lg, "Break", "Pause", "Pause"),
                tr(lg, "Hours", "Std.", "Heures"),
            ],
            [
                [nm, role, short(when, lg), hm(a), hm(b), str(br), money((b - a - br) / 60, lg)]
                for nm, role, a, b, br in sh
            ],
            s2,
            rules=True,
        )
        pages += close(g.pages, s2, h, numbers="none")
    elif rng.random() < 0.4 and f.y < hh - 170:
        p = pages[-1]
        y = hh - m - 110
        slip_rule(
            p,
            m,
            w - m,
            y,
            tr(
                lg,
                "Remittance advice - please return with your payment",
                "Bitte abtrennen und mit der Zahlung zurücksenden",
                "Talon à joindre à votre règlement",
            ),
        )
        fields(
            p,
            s,
            m,
            y + 10,
            w - 2 * m,
            [
                (tr(lg, "Customer", "Kunde", "Client"), office_name()),
                (tr(lg, "Invoice", "Rechnung", "Facture"), no),
                (tr(lg, "Amount", "Betrag", "Montant"), cash(gross, lg)),
                (tr(lg, "Paid by", "Bezahlt per", "Réglé par"), ""),
            ],
            per=2,
            tall=22,
            hand=False,
        )
    received(rng, pages[0], d, 0.3)
    remember(None, d, (h.name, when))
    return pages


# ---------------------------------------------------------------------------------------------
# Templates VVV: the van, the insurance and the drinks
# ---------------------------------------------------------------------------------------------


def tpl_van_lease_invoice(rng: random.Random, who: Issuer) -> list[Page]:
    """A refrigerated van lessor's monthly invoice: the rental, the fridge unit maintenance
    plan, now and then excess mileage with a mileage statement page; paid by direct debit."""
    h = head_of(who, "lease")
    lg = h.lang
    r = keyed(who, "van")
    van = serial(r, "AA99 AAA" if lg == "en" else ("AA-AA 999" if lg == "de" else "AA-999-AA"))
    model = r.choice(
        {
            "en": ["Ford Transit 350 L3 chiller van", "Mercedes Sprinter 314 CDI refrigerated"],
            "de": ["Mercedes Sprinter 314 CDI Kühlkoffer", "VW Crafter 35 Kühlkastenwagen"],
            "fr": ["Renault Master L2H2 frigorifique", "Peugeot Boxer 335 isotherme FRC"],
        }[lg]
    )
    contract = serial(r, "CH999999")
    ex = LAST["extra"]
    if after(("van_lease_invoice",)) and isinstance(ex, tuple) and ex[0] == h.name:
        per = add_months(ex[1], 1)
    else:
        per = add_months(month(), rng.choice([0, 0, 1]))
    d = per - timedelta(days=rng.randint(3, 10))
    s = style_of(h, A4)
    w, _hh = A4
    m = s.margin
    no = serial(rng, "9999999")
    f = sheets(s, h, header=f"{h.name} - {no}")
    recipient(
        f,
        s,
        h,
        office_lines(),
        d,
        [
            (tr(lg, "Invoice", "Rechnung", "Facture"), no),
            (tr(lg, "Agreement", "Vertrag", "Contrat"), contract),
            (tr(lg, "Customer", "Kunde", "Client"), serial(keyed(who, "c"), "99999")),
        ],
    )
    caption(
        f,
        s,
        tr(lg, "Contract hire invoice", "Leasingrechnung", "Facture de location longue durée"),
        2,
    )
    write(f, s, f"{model} - {van}", s.size)
    end = add_months(per, 1) - timedelta(days=1)
    rent = r.choice([689.0, 745.0, 812.0, 905.0])
    rows = [
        [
            tr(lg, "Monthly rental", "Leasingrate", "Loyer mensuel"),
            f"{short(per, lg)} - {short(end, lg)}",
            money(rent, lg),
        ],
        [
            tr(
                lg,
                "Maintenance plan incl. refrigeration unit",
                "Wartung inkl. Kühlaggregat",
                "Entretien groupe froid inclus",
            ),
            f"{short(per, lg)} - {short(end, lg)}",
            money(r.choice([68.0, 94.5, 112.0]), lg),
        ],
    ]
    net = (
        rent + float(rows[1][2].replace(".", "").replace(" ", "").replace(",", "."))
        if lg != "en"
        else rent + float(rows[1][2].replace(",", ""))
    )
    miles = rng.random() < 0.3
    if miles:
        excess = rng.randint(200, 1900)
        ppm = {"en": 0.12, "de": 0.09, "fr": 0.10}[lg]
        rows.append(
            [
                tr(
                    lg,
                    f"Excess mileage {excess} mi",
                    f"Mehrkilometer {excess} km",
                    f"Km supplémentaires {excess}",
                ),
                tr(lg, "see statement", "siehe Anlage", "voir relevé"),
                money(excess * ppm, lg),
            ]
        )
        net += excess * ppm
    table(
        f,
        columns(m, w - m, [(4, "left"), (2.6, "left"), (1.3, "right")]),
        [
            tr(lg, "Description", "Position", "Désignation"),
            tr(lg, "Period", "Zeitraum", "Période"),
            tr(lg, "Net", "Netto", "HT"),
        ],
        rows,
        s,
        rules=True,
    )
    totals(
        f,
        s,
        lg,
        [(net, std_vat(lg))],
        note=tr(
            lg,
            f"This amount will be collected by Direct Debit on or after {day(h, per)}.",
            f"Der Betrag wird am {short(per, lg)} per SEPA-Lastschrift eingezogen. "
            f"Mandatsreferenz {serial(r, 'LS9999999')}.",
            f"Ce montant sera prélevé le {short(per, lg)}. RUM {serial(r, 'FR99ZZZ999999')}.",
        ),
    )
    pages = close(f.pages, s, h)
    if miles:
        p = Page(A4)
        p.text(
            m,
            m,
            tr(lg, "Mileage statement", "Kilometerabrechnung", "Relevé kilométrique"),
            s.bold,
            13,
        )
        y = m + 24.0
        y = pairs(
            p,
            s,
            m,
            y,
            [
                (tr(lg, "Vehicle", "Fahrzeug", "Véhicule"), f"{van} {model}"),
                (
                    tr(lg, "Contract allowance", "Vertragslaufleistung", "Forfait contractuel"),
                    f"{r.choice([20000, 25000, 30000])} {tr(lg, 'mi/yr', 'km/Jahr', 'km/an')}",
                ),
                (
                    tr(lg, "Start reading", "Anfangsstand", "Relevé initial"),
                    str(r.randint(8, 40) * 1000),
                ),
                (
                    tr(
                        lg,
                        "Latest reading (telematics)",
                        "Aktueller Stand (Telematik)",
                        "Dernier relevé",
                    ),
                    str(r.randint(41, 90) * 1000 + rng.randint(0, 999)),
                ),
            ],
            w * 0.7,
        )
        y += 16
        p.text(m, y, tr(lg, "Month", "Monat", "Mois"), s.bold, 8)
        p.text(w / 2, y, tr(lg, "Reading", "Stand", "Compteur"), s.bold, 8, "right")
        p.text(w - m, y, tr(lg, "Used", "Gefahren", "Parcourus"), s.bold, 8, "right")
        y += 14
        reading = r.randint(30, 50) * 1000
        for k in range(rng.randint(6, 12)):
            used = rng.randint(1400, 3200)
            reading += used
            mm_ = add_months(per, -12 + k)
            p.text(m, y, f"{mm_.month:02d}/{mm_.year}", s.font, 8)
            p.text(w / 2, y, str(reading), s.font, 8, "right")
            p.text(w - m, y, str(used), s.font, 8, "right")
            y += 12
        pages.append(p)
    received(rng, pages[0], d, 0.25)
    remember(None, d, (h.name, per))
    return pages


def tpl_insurance_certificate(rng: random.Random, who: Issuer) -> list[Page]:
    """A public liability insurance certificate for outside catering with the limits of
    indemnity, sometimes behind the broker's covering letter and with the schedule of
    endorsements."""
    h = head_of(who, "insurer")
    lg = h.lang
    d = some_day(rng)
    s = style_of(h, A4)
    w, _hh = A4
    m = s.margin
    pol = serial(keyed(who, "pol"), rng.choice(["PL/9999999", "BH-99-999999", "RC 99 999 999"]))
    pages: list[Page] = []
    if lg == "en" and rng.random() < 0.5:
        f = sheets(s, h)
        recipient(f, s, h, office_lines(), d, [("Policy", pol)])
        caption(f, s, "Your public and products liability insurance - renewal", 1)
        write(f, s, dear(lg, mx(staff(office_head(), "owner"), "en")))
        write(
            f,
            s,
            "We are pleased to confirm that your policy has been renewed. Please find enclosed "
            "your "
            "certificate, which venues will usually ask to see, and the schedule of endorsements.",
        )
        write(f, s, prose(rng, lg, "legal", 1, 3))
        regards(f, s, lg, staff(h, "broker"), "Account Executive")
        pages += close(f.pages, s, h, numbers="none")
    c = Page(A4)
    y = heading(c, s, h)
    title = tr(
        lg, "CERTIFICATE OF INSURANCE", "VERSICHERUNGSBESTÄTIGUNG", "ATTESTATION D'ASSURANCE"
    )
    c.text(w / 2, y + 10, title, s.bold, 16, "center")
    c.text(
        w / 2,
        y + 26,
        tr(
            lg,
            "Public and Products Liability / Employers' Liability",
            "Betriebshaftpflichtversicherung",
            "Responsabilité civile professionnelle",
        ),
        italic_of(s.font),
        10,
        "center",
    )
    y += 50
    start = date(d.year, d.month, 1)
    y = fields(
        c,
        s,
        m,
        y,
        w - 2 * m,
        [
            (tr(lg, "Policy number", "Versicherungsschein-Nr.", "Contrat n°"), pol),
            (tr(lg, "Insured", "Versicherungsnehmer", "Assuré"), office_name()),
            (
                tr(lg, "Business description", "Betriebsbeschreibung", "Activité garantie"),
                tr(
                    lg,
                    "Outside caterers and event catering",
                    "Catering / Partyservice",
                    "Traiteur organisateur de réceptions",
                ),
            ),
            (
                tr(lg, "Period of insurance", "Versicherungszeitraum", "Période de validité"),
                f"{short(start, lg)} - "
                f"{short(date(start.year + 1, start.month, 1) - timedelta(days=1), lg)}",
            ),
        ],
        per=2,
        tall=28,
        hand=False,
    )
    limits = {
        "en": [
            ("Public liability - any one occurrence", "£5,000,000"),
            ("Products liability - in the aggregate", "£5,000,000"),
            ("Employers' liability", "£10,000,000"),
            ("Excess (property damage)", "£250"),
        ],
        "de": [
            ("Personenschäden", "5.000.000 €"),
            ("Sachschäden", "5.000.000 €"),
            ("Vermögensschäden", "250.000 €"),
            ("Mietsachschäden an Räumen", "500.000 €"),
            ("Selbstbeteiligung", "250 €"),
        ],
        "fr": [
            ("Dommages corporels", "6 000 000 €"),
            ("Dommages matériels et immatériels", "1 500 000 €"),
            ("Intoxication alimentaire", "3 000 000 €"),
            ("Franchise", "300 €"),
        ],
    }[lg]
    y += 8
    c.text(
        m,
        y,
        tr(lg, "Limits of indemnity", "Deckungssummen", "Montants de garantie"),
        s.bold,
        s.size + 1,
    )
    y += 14
    for lab, val in limits:
        c.text(m + 10, y, lab, s.font, s.size)
        c.text(w - m - 10, y, val, s.bold, s.size, "right")
        c.line(m, y + 4, w - m, y + 4)
        y += 16
    y += 10
    for ln in wrap(
        tr(
            lg,
            "This certificate is evidence of insurance only and does not amend the terms of the "
            "policy. Subject to payment of premium.",
            "Diese Bestätigung dient nur zur Vorlage und begründet keine über den Vertrag "
            "hinausgehenden Rechte.",
            "La présente attestation ne peut engager l'assureur au-delà des conditions du contrat.",
        ),
        s.font,
        8,
        w - 2 * m,
    ):
        c.text(m, y, ln, s.font, 8)
        y += 10
    y += 40
    scrawl(c, m + 10, y, staff(h, "underwriter"))
    c.line(m, y + 4, m + 200, y + 4)
    c.text(
        m, y + 16, tr(lg, "Authorised signatory", "Die Versicherung", "Pour l'assureur"), s.font, 8
    )
    if lg != "en" or rng.random() < 0.4:
        seal(
            c, w - m - 80, y - 10, 36, h.name[:30], tr(lg, "INSURERS", "VERSICHERUNG", "ASSURANCES")
        )
    pages.append(c)
    if rng.random() < 0.45:
        f = sheets(s, h, header=f"{h.name} - {pol}", top=False)
        caption(
            f,
            s,
            tr(
                lg,
                "Schedule of endorsements",
                "Besondere Bedingungen und Klauseln",
                "Conditions particulières",
            ),
            2,
        )
        for k in range(rng.randint(3, 7)):
            f.heading(
                m, f"{tr(lg, 'Endorsement', 'Klausel', 'Clause')} {k + 1:02d}", s.bold, s.size
            )
            write(f, s, prose(rng, lg, "legal", 1, 3), s.size - 1)
        pages += close(f.pages, s, h, numbers="none")
    received(rng, pages[0], d, 0.3)
    remember(None, d)
    return pages


WINES = {
    "en": [
        "Prosecco DOC Extra Dry",
        "Picpoul de Pinet 2023",
        "Rioja Crianza 2020",
        "Sauvignon Blanc, Marlborough 2024",
        "Côtes du Rhône 2022",
        "English sparkling brut NV",
        "Malbec, Mendoza 2022",
        "Pinot Grigio delle Venezie",
        "Lager 24x330ml",
        "Elderflower pressé 12x750ml",
        "Gin, Cotswolds Dry 70cl",
        "Sparkling water 24x750ml",
    ],
    "de": [
        "Winzersekt brut",
        "Grauburgunder QbA trocken 2023",
        "Spätburgunder Kaiserstuhl 2022",
        "Riesling Kabinett 2023",
        "Silvaner Bocksbeutel 2023",
        "Pils 20x0,5 l Mehrweg",
        "Apfelschorle 12x1,0",
        "Mineralwasser 12x0,75",
        "Crémant d'Alsace",
        "Lemberger 2021",
        "Obstbrand Kirsch 0,7",
    ],
    "fr": [
        "Crémant de Loire brut",
        "Vouvray sec 2023",
        "Chinon rouge 2022",
        "Saumur-Champigny 2022",
        "Champagne brut (carton de 6)",
        "Beaujolais-Villages 2023",
        "Touraine Sauvignon 2024",
        "Eau minérale 6 x 1 l",
        "Jus de pomme artisanal",
        "Bière blonde fût 20 l",
        "Cognac VS 70 cl",
    ],
}


def tpl_drinks_invoice(rng: random.Random, who: Issuer) -> list[Page]:
    """A wine and drinks supplier's invoice for an event or the month, with bottles and
    cases, sale or return lines and the glass loan; one or two pages."""
    h = head_of(who, "drinks", abroad=0.1)
    lg = h.lang
    ex = LAST["extra"]
    if after(("drinks_invoice",)) and isinstance(ex, tuple) and ex[0] == h.name:
        d = ex[1] + timedelta(days=rng.randint(4, 12))
    else:
        d = some_day(rng)
    s = style_of(h, A4)
    w, _hh = A4
    m = s.margin
    no = serial(rng, rng.choice(["INV-999999", "99999", "F-99999"]))
    f = sheets(s, h, header=f"{h.name} - {tr(lg, 'Invoice', 'Rechnung', 'Facture')} {no}")
    recipient(
        f,
        s,
        h,
        office_lines(),
        d,
        [
            (tr(lg, "Invoice", "Rechnung", "Facture"), no),
            (tr(lg, "Delivered", "Lieferdatum", "Livré le"), short(d - timedelta(days=1), lg)),
        ],
    )
    caption(f, s, tr(lg, "Invoice", "Rechnung", "Facture"), 3)
    rows = []
    net = 0.0
    for it in rng.sample(WINES[lg], rng.randint(3, 10)):
        cases = rng.randint(1, 12)
        per_case = rng.choice([6, 12, 12])
        pr = round(rng.uniform(4.5, 19.0) if "x" not in it else rng.uniform(9, 28), 2)
        qty = cases * per_case if "x" not in it else cases
        sor = rng.random() < 0.3
        net += qty * pr
        rows.append(
            [
                it + (tr(lg, " (SOR)", " (Komm.)", " (dépôt)") if sor else ""),
                str(qty),
                money(pr, lg),
                money(qty * pr, lg),
            ]
        )
    if rng.random() < 0.4:
        rows.append(
            [
                tr(lg, "Glass loan (returnable)", "Gläserleihe", "Prêt de verres"),
                "1",
                money(0, lg),
                money(0, lg),
            ]
        )
    table(
        f,
        columns(m, w - m, [(5, "left"), (1, "right"), (1.3, "right"), (1.5, "right")]),
        [
            tr(lg, "Product", "Artikel", "Produit"),
            tr(lg, "Btls", "Fl.", "Col."),
            tr(lg, "Price", "Preis", "P.U."),
            tr(lg, "Total", "Gesamt", "Total"),
        ],
        rows,
        s,
        rules=rng.random() < 0.4,
    )
    if rng.random() < 0.5:
        write(
            f,
            s,
            tr(
                lg,
                "SOR: unopened bottles may be returned within 7 days of the event for credit.",
                "Kommissionsware: ungeöffnete Flaschen werden bis 7 Tage nach der Veranstaltung "
                "gutgeschrieben.",
                "Dépôt-vente : bouteilles non ouvertes reprises sous 7 jours.",
            ),
            s.size - 1.5,
        )
    totals(
        f,
        s,
        lg,
        [(net, std_vat(lg))],
        note=tr(
            lg,
            "Duty paid. 30 days net.",
            "Zahlbar in 14 Tagen, 2 % Skonto bei Zahlung in 7 Tagen.",
            "Droits acquittés. Paiement à 30 jours.",
        ),
    )
    pages = close(f.pages, s, h)
    received(rng, pages[0], d, 0.3)
    remember(None, d, (h.name, d))
    return pages


# ---------------------------------------------------------------------------------------------
# Templates VVV: clients' letters and the company's replies
# ---------------------------------------------------------------------------------------------


def private_head(ev: Event) -> Head:
    """A client writing as a private person: plain paper, their address top right."""
    r = random.Random(zlib.crc32(f"skillet/client/{ev.client}/{OFFICE['seed']}".encode()))
    street = ev.lines[-2] if len(ev.lines) >= 3 else ""
    return Head(
        name=ev.client,
        lang=ev.lang,
        street=street,
        town=ev.lines[-1],
        phone="",
        role="client",
        look="side",
        font=r.choice(["Helvetica", "Times-Roman"]),
        bold="Helvetica-Bold",
        pt=r.choice([10, 10.5, 11]),
        margin=r.choice([56, 64, 72]),
        again=False,
        foot=[],
        numbers="none",
        corner="bc",
        dates="long",
        mail="",
    )


def client_letter(
    rng: random.Random, ev: Event, d: date, subject: str, body: list[str], sign: str
) -> list[Page]:
    """A typed letter, a handwritten card or a printed e-mail from a client."""
    cl = ev.lang
    form = rng.choice(["letter", "mail", "card"] if ev.what != "corporate" else ["letter", "mail"])
    oh = office_head()
    if form == "card":
        size = rng.choice([A6, A5])
        w, hh = size
        p = Page(size)
        m = 26.0
        y = m + 14
        hand(p, m, y, f"{short(d, cl)}", 9)
        y += 22
        lines = wrap(" ".join(body), HAND, 10, w - 2 * m)
        for ln in [
            dear(cl, None)
            .replace("Sehr geehrte Damen und Herren,", "Liebes Team,")
            .replace("Dear Sir or Madam,", "Dear all,")
            .replace("Madame, Monsieur,", "Chère équipe,"),
            *lines,
        ]:
            if y > hh - 50:
                break
            hand(p, m, y, ln, 10)
            y += 14
        hand(p, m + 20, min(y + 16, hh - 26), sign, 11)
        return [p]
    h = (
        private_head(ev)
        if not ev.firm
        else make_head(
            next(r for r in SENDERS["corporate"][cl] if r[0] == ev.firm), cl, "corporate"
        )
    )
    s = style_of(h, A4 if cl != "en" or rng.random() < 0.8 else LETTER)
    w, hh = s.page_size
    m = s.margin
    if form == "mail":
        f = sheets(s, h, top=False)
        f.y = email_top(
            f.page,
            s,
            cl,
            mail_of(ev.client, cl),
            f"{oh.mail or 'info@' + oh.name.split()[0].lower()}",
            subject,
            d,
        )
    else:
        f = sheets(s, h)
        recipient(f, s, h, office_lines(), d, [])
        caption(f, s, subject, 1)
    write(
        f,
        s,
        dear(cl, None)
        if rng.random() < 0.5
        else tr(
            cl,
            f"Dear {manager().split()[0]},",
            f"Liebe/r {manager().split()[0]},",
            f"Bonjour {manager().split()[0]},",
        ),
    )
    for para in body:
        write(f, s, para)
    f.y += 6
    f.need(60)
    f.page.text(
        m,
        f.y,
        tr(
            cl,
            "Best wishes," if form == "mail" else "Yours sincerely,",
            "Viele Grüße",
            "Bien cordialement,",
        ),
        s.font,
        s.size,
    )
    f.y += 28
    if form == "letter":
        scrawl(f.page, m, f.y - 6, sign)
        f.y += 8
    f.page.text(m, f.y, sign, s.font, s.size)
    if form == "mail":
        for p in f.pages:
            p.text(
                p.size[0] / 2,
                p.size[1] - 20,
                f"{len(f.pages)} / {len(f.pages)}" if len(f.pages) > 1 else "",
                s.font,
                7,
                "center",
            )
    return f.pages


def tpl_thank_you(rng: random.Random, who: Issuer) -> list[Page]:
    """A client's thank-you after the event: a handwritten card, a typed letter or a printed
    e-mail, now and then in the client's own language."""
    lg = home()
    ev = new_event(rng, ahead=False)
    d = ev.when + timedelta(days=rng.randint(2, 16))
    cl = ev.lang
    subject = tr(cl, "Thank you!", "Herzlichen Dank!", "Merci !")
    body = [
        tr(
            cl,
            f"We just wanted to say a huge thank you for the food at our {noun(ev)} at "
            f"{ev.venue[0]}.",
            "wir möchten uns ganz herzlich für das wunderbare Essen bei unserer Feier in "
            f"{ev.venue[0]} bedanken.",
            f"un grand merci pour le repas de notre réception au {ev.venue[0]}.",
        ),
        prose(rng, cl, "event", 1, 3),
    ]
    if rng.random() < 0.4:
        body.append(
            tr(
                cl,
                f"Please pass our thanks to {chef().split()[0]} and the waiting staff.",
                f"Bitte richten Sie auch {chef().split()[0]} und dem Serviceteam unseren Dank aus.",
                f"Merci de transmettre nos remerciements à {chef().split()[0]} et à l'équipe de "
                "service.",
            )
        )
    pages = client_letter(rng, ev, d, subject, body, ev.client)
    if rng.random() < 0.25:
        hand(
            pages[0],
            20,
            pages[0].size[1] - 12,
            tr(lg, "-> website reviews", "-> Referenzen", "-> avis site"),
            8,
        )
    remember(ev, d)
    return pages


def tpl_complaint(rng: random.Random, who: Issuer) -> list[Page]:
    """A client's complaint after the event: a typed letter or printed e-mail, sometimes with
    photos or a copy of the final invoice marked up by hand behind."""
    ev = new_event(rng, ahead=False)
    d = ev.when + timedelta(days=rng.randint(2, 12))
    cl = ev.lang
    inv = serial(rng, "INV-9999")
    subject = tr(
        cl,
        f"Complaint - catering for our event on {short(ev.when, cl)}",
        f"Beschwerde - Catering am {short(ev.when, cl)}",
        f"Réclamation - réception du {short(ev.when, cl)}",
    )
    issues = {
        "en": [
            "the main course arrived cold on several tables",
            "the vegetarian guests were served an hour late",
            "a guest with a declared nut allergy was served the torte",
            "we were charged for 120 guests but only 104 attended",
            "the bar ran out of white wine by nine o'clock",
            "the staff left the venue kitchen dirty and the venue kept our deposit",
        ],
        "de": [
            "der Hauptgang kam an mehreren Tischen kalt an",
            "die vegetarischen Gäste mussten eine Stunde warten",
            "einem Gast mit angegebener Nussallergie wurde das Dessert mit Nüssen serviert",
            "berechnet wurden 120 Gäste, anwesend waren 104",
            "der Weißwein war um 21 Uhr aus",
            "die Küche wurde unsauber hinterlassen, die Location behält die Kaution ein",
        ],
        "fr": [
            "le plat est arrivé froid à plusieurs tables",
            "les convives végétariens ont attendu une heure",
            "un invité allergique aux fruits à coque a reçu le dessert aux noisettes",
            "120 couverts facturés pour 104 présents",
            "plus de vin blanc dès 21 heures",
            "l'office a été laissé sale et le lieu a retenu la caution",
        ],
    }[cl]
    chosen = rng.sample(issues, rng.randint(1, 3))
    body = [
        tr(
            cl,
            f"I am writing about the catering for our {noun(ev)} at {ev.venue[0]} (your ref. "
            f"{ev.ref}).",
            f"ich wende mich an Sie wegen des Caterings unserer Feier in {ev.venue[0]} (Ihr "
            f"Zeichen {ev.ref}).",
            f"je me permets de vous écrire au sujet de notre réception au {ev.venue[0]} (réf. "
            f"{ev.ref}).",
        ),
        tr(cl, "In particular ", "Insbesondere ", "En particulier, ") + "; ".join(chosen) + ".",
        prose(rng, cl, "event", 1, 2),
        tr(
            cl,
            "I would ask you to reduce your final invoice accordingly and look forward to your "
            "reply within 14 days.",
            "Ich bitte um eine angemessene Minderung der Schlussrechnung und erwarte Ihre "
            "Stellungnahme binnen 14 Tagen.",
            "Je vous demande une réduction de la facture et attends votre réponse sous quinze "
            "jours.",
        ),
    ]
    pages = client_letter(rng, ev, d, subject, body, ev.client)
    if rng.random() < 0.3:
        p = Page(A4)
        _w, _hh = A4
        p.text(
            50,
            50,
            tr(cl, "Photos taken on the evening", "Fotos vom Abend", "Photos prises le soir même"),
            "Helvetica-Bold",
            11,
        )
        for k in range(rng.choice([2, 4])):
            x = 50 + (k % 2) * 255
            y = 70 + (k // 2) * 300
            photo(p, x, y, 240, 260, rng)
            p.text(x, y + 272, f"IMG_{rng.randint(1000, 9999)}.jpg", "Helvetica", 7)
        pages.append(p)
    elif rng.random() < 0.3:
        # a copy of the company's final invoice, marked up by the client
        oh = office_head()
        s = style_of(oh, A4)
        f = sheets(s, oh)
        recipient(
            f,
            s,
            oh,
            ev.lines,
            ev.when + timedelta(days=1),
            [(tr(home(), "Invoice", "Rechnung", "Facture"), inv)],
        )
        caption(f, s, tr(home(), "FINAL INVOICE", "SCHLUSSRECHNUNG", "FACTURE DE SOLDE"), 3)
        rows = quote_lines(rng, ev, home())
        table(
            f,
            columns(
                s.margin,
                A4[0] - s.margin,
                [(5, "left"), (1, "right"), (1.4, "right"), (1.6, "right")],
            ),
            [
                tr(home(), "Description", "Leistung", "Désignation"),
                tr(home(), "Qty", "Menge", "Qté"),
                tr(home(), "Unit", "Einzelpreis", "P.U."),
                tr(home(), "Amount", "Betrag", "Montant"),
            ],
            [[t, str(q), money(u, home()), money(q * u, home())] for t, q, u, _ in rows],
            s,
        )
        totals(f, s, home(), [(q * u, r) for _, q, u, r in rows])
        cp = close(f.pages, s, oh, numbers="none")
        hand(
            cp[0],
            s.margin + 180,
            330,
            tr(cl, "only 104 here!", "nur 104 Gäste!", "104 présents !"),
            12,
        )
        cp[0].line(s.margin + 170, 334, s.margin + 120, 352)
        pages += cp
    received(rng, pages[0], d, 0.4)
    remember(ev, d, inv)
    return pages


def tpl_complaint_reply(rng: random.Random, who: Issuer) -> list[Page]:
    """The company's reply to a complaint, sometimes with a credit note enclosed."""
    h = office_head()
    lg = home()
    ev = event_for(rng, ("complaint",), ahead=False)
    d = (
        last_day(rng, ("complaint",), (2, 10))
        if after(("complaint",))
        else ev.when + timedelta(days=rng.randint(8, 20))
    )
    cl = ev.lang if rng.random() < 0.7 else lg
    s = style_of(h, A4)
    w, _hh = A4
    m = s.margin
    f = sheets(s, h)
    recipient(f, s, h, ev.lines, d, [(tr(cl, "Our ref", "Unser Zeichen", "Notre réf."), ev.ref)])
    caption(
        f,
        s,
        tr(
            cl,
            f"Your event on {short(ev.when, cl)}",
            f"Ihre Veranstaltung am {short(ev.when, cl)}",
            f"Votre réception du {short(ev.when, cl)}",
        ),
        1,
    )
    write(f, s, dear(cl, mx(ev.client, cl)))
    write(
        f,
        s,
        tr(
            cl,
            "Thank you for your letter and for taking the time to let us know.",
            "vielen Dank für Ihr Schreiben und Ihre offenen Worte.",
            "Nous vous remercions de votre courrier.",
        ),
    )
    for _ in range(rng.randint(1, 3)):
        write(f, s, prose(rng, cl, "food", 1, 3))
    credit = rng.random() < 0.5
    amount = round(ev.guests * rng.choice([4.0, 5.0, 7.5, 10.0]), 2)
    if credit:
        write(
            f,
            s,
            tr(
                cl,
                f"As a gesture of goodwill we enclose a credit note for {cash(amount, lg)}.",
                "Als Zeichen unseres Bedauerns erhalten Sie anbei eine Gutschrift über "
                f"{cash(amount, lg)}.",
                f"À titre commercial, vous trouverez ci-joint un avoir de {cash(amount, lg)}.",
            ),
        )
    regards(
        f,
        s,
        cl,
        staff(h, "owner"),
        tr(cl, "Owner and head chef", "Inhaber und Küchenchef", "Gérant et chef"),
    )
    pages = close(f.pages, s, h, numbers="none")
    if credit:
        g = sheets(s, h)
        no = serial(rng, "CN-9999")
        recipient(
            g,
            s,
            h,
            ev.lines,
            d,
            [
                (tr(lg, "Credit note", "Gutschrift", "Avoir"), no),
                (
                    tr(lg, "Invoice", "Rechnung", "Facture"),
                    str(LAST["extra"] or serial(rng, "INV-9999")),
                ),
            ],
        )
        caption(g, s, tr(lg, "CREDIT NOTE", "GUTSCHRIFT", "AVOIR"), 3)
        table(
            g,
            columns(m, w - m, [(5, "left"), (1.5, "right")]),
            [tr(lg, "Description", "Text", "Désignation"), tr(lg, "Amount", "Betrag", "Montant")],
            [
                [
                    tr(lg, "Goodwill reduction", "Kulanzgutschrift", "Geste commercial"),
                    money(amount, lg),
                ]
            ],
            s,
        )
        totals(g, s, lg, [(amount / (1 + std_vat(lg) / 100), std_vat(lg))])
        pages += close(g.pages, s, h, numbers="none")
    remember(ev, d)
    return pages


# ---------------------------------------------------------------------------------------------
# The part: templates, runs and companions
# ---------------------------------------------------------------------------------------------


def tracked(name: str, tpl: Template) -> Template:
    """``tpl`` noting its kind, so that a companion can take up the same event."""

    def run(rng: random.Random, who: Issuer) -> list[Page]:
        pages = tpl(rng, who)
        LAST["kind"] = name
        return pages

    run.__doc__ = tpl.__doc__
    return run


KINDS: dict[str, Template] = {
    "menu_proposal": tpl_menu_proposal,
    "catering_contract": tpl_catering_contract,
    "guest_numbers_form": tpl_guest_numbers_form,
    "venue_agreement": tpl_venue_agreement,
    "butcher_invoice": tpl_butcher_invoice,
    "produce_delivery_note": tpl_produce_delivery_note,
    "cash_carry_receipt": tpl_cash_carry_receipt,
    "temperature_log": tpl_temperature_log,
    "inspection_report": tpl_inspection_report,
    "hygiene_rating_letter": tpl_hygiene_rating_letter,
    "hire_invoice": tpl_hire_invoice,
    "hire_return_note": tpl_hire_return_note,
    "staff_timesheet": tpl_staff_timesheet,
    "staff_agency_invoice": tpl_staff_agency_invoice,
    "van_lease_invoice": tpl_van_lease_invoice,
    "insurance_certificate": tpl_insurance_certificate,
    "drinks_invoice": tpl_drinks_invoice,
    "thank_you": tpl_thank_you,
    "complaint": tpl_complaint,
    "complaint_reply": tpl_complaint_reply,
}
TEMPLATES_VVV: dict[str, Template] = {k: tracked(k, t) for k, t in KINDS.items()}
#: Kinds that a pile often holds 2-4 of in a row from one sender.
RUN_KINDS = (
    "butcher_invoice",
    "produce_delivery_note",
    "cash_carry_receipt",
    "temperature_log",
    "staff_timesheet",
    "staff_agency_invoice",
    "van_lease_invoice",
    "drinks_invoice",
)
#: A kind often followed by a related paper, about the same event.
FOLLOWS = {
    "menu_proposal": "catering_contract",
    "catering_contract": "guest_numbers_form",
    "inspection_report": "hygiene_rating_letter",
    "hire_invoice": "hire_return_note",
    "staff_timesheet": "staff_agency_invoice",
    "complaint": "complaint_reply",
}


# ---------------------------------------------------------------------------------------------
# Streams and generation (same files and labels as corpus.generate)
# ---------------------------------------------------------------------------------------------


def make_skillet_stream(rng: random.Random, n_docs: int, separators: bool) -> Stream:
    """One company's pile: ``corpus.make_stream`` with batch runs (after a run kind, 1-3 more
    of the same kind from the same sender follow with probability 0.6) and companions (each
    kind in ``FOLLOWS`` is followed by its related paper with probability 0.5). The company
    (country, name, month) is drawn once per stream."""
    r = random.Random(rng.getrandbits(32))
    lang = r.choice(["en", "en", "de", "de", "fr"])
    OFFICE["lang"] = lang
    OFFICE["row"] = r.randrange(len(OFFICES[lang]))
    OFFICE["seed"] = r.getrandbits(24)
    OFFICE["month"] = date(r.choice([2024, 2025]), r.randint(1, 12), 1)
    LAST.update(kind="", event=None, day=None, extra=None)
    run_odds = dict.fromkeys(RUN_KINDS, 0.6)
    return assemble_stream(
        rng, TEMPLATES_VVV, n_docs, separators, run_odds, run_len=(1, 3), follows=FOLLOWS
    )


generate = part_generate(PART, SEED_OFFSET, make_skillet_stream, "templates VVV")


def main(argv: list[str]) -> int:
    return part_main(argv, __doc__, PART, generate, scanned=12)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

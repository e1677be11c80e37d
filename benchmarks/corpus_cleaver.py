"""Cleaver part of the generated corpus: templates AAAAA, written blind for the next measurement.

A part of its own, ``cleaver``. Its templates were written without looking at the boundary
detector, its documentation, its tuning or its evaluation, as the pile the office of a glazing
and window company feeds through its scanner in a month. The company makes, fits and repairs
windows, doors, conservatories and shopfront glass (two directors, a surveyor, a workshop
foreman, four fitters and an office manager; in England, Germany or France). Its pile holds:
the company's customer quotations (Angebot, devis) with a covering letter now and then, the
schedule of positions, the elevation drawings on a landscape page and the terms; the customers'
signed orders on the company's order form (product tick boxes, price, deposit and signatures)
with the notice of the right to cancel and the cancellation form (Widerrufsbelehrung, bordereau
de rétractation); the surveyor's measured survey sheets filled in by hand, with a frame sketch
and now and then a continuation sheet; the company's deposit invoices with a remittance slip and
its final invoices with the completion note the customer signed; glass and profile suppliers'
order confirmations (sealed unit make-ups, frame styles, delivery week) that run over pages,
sometimes on landscape A4 and with the supplier's terms behind; their delivery notes on A5 or
narrow slips, signed on receipt, and their invoices; the trade merchant's invoices for
sealants, fixings and trims; the building regulation papers (FENSA certificates of compliance,
the Unternehmererklärung nach § 96 GEG, the procès-verbal de réception des travaux); the
manufacturers' declarations of performance (EN 14351-1, CE or UKCA marking, a German
Übereinstimmungserklärung for the Ü-Zeichen of laminated glass) with the table of essential
characteristics; the company's installation guarantee certificates with the guarantee terms;
insurance-backed guarantee certificates (an IBG certificate with its key facts, a
Gewährleistungsbürgschaft, an attestation d'assurance décennale); insurers' and letting agents'
works orders and the company's emergency boarding-up job sheets with board sizes and a photo;
van lease invoices with the vehicle schedule and fuel card statements; skip hire invoices with
the waste transfer note behind; accident and damage report forms (accident book page,
Unfallanzeige, déclaration d'accident du travail); customers' complaints, handwritten or
typed, sometimes with their photographs, and the company's remedial work reports; and the
business bank statements. Each stream is one company's pile: the company (country, name, staff,
month) is drawn once per stream; its outside senders are of the company's country and write in
its language, except that a profile system house, a glass works or a hardware manufacturer is
now and then from abroad and writes in its own. Page sizes range from narrow delivery slips
and A5 to A4, Letter (a customer's home printer) and landscape A4.

Labelling rule: what one sender issues in one go is one document, as the office files it: the
covering letter, the elevation drawings, the terms and the acceptance slip of a quotation; the
cancellation notice and form of a signed order; the continuation sheet of a survey sheet; the
remittance slip of a deposit invoice and the signed completion note behind a final invoice;
the terms page of a supplier's order confirmation; the table pages of a declaration of
performance and the Übereinstimmungserklärung issued with it; the terms page of an
installation guarantee; the key facts or the schedule of a guarantee certificate; the vehicle
schedule of a lease invoice and every page of a fuel card statement; the waste transfer note
behind a skip invoice; the photographs a customer encloses with a complaint; every sheet of a
bank statement. Related papers are documents of their own: the signed order after the
quotation, the survey sheet after the order, the supplier's order confirmation after the
survey, the delivery note after the confirmation, the supplier's invoice after the delivery
note, the installation guarantee after the final invoice, the insurance-backed guarantee after
the company's own guarantee, the boarding-up job sheet after the works order it answers, the
remedial work report after the complaint; and so is each certificate, job sheet, invoice,
delivery note and statement of a run.

Streams are assembled like ``corpus.make_stream`` (same separator sheets, same 30% chance of
repeating the previous kind and sender), plus batch runs: suppliers' invoices and delivery
notes, FENSA certificates and their counterparts, boarding-up job sheets, fleet statements,
skip invoices, deposit invoices and bank statements often come 2-4 in a row from one sender
with other jobs, dates, numbers and amounts; and companions: each related paper above often
follows the document it answers, about the same job. Drawn with ``corpus.draw_pdf``, scanned
with ``corpus.scan`` and labelled exactly like ``corpus.generate`` with ``"split": "cleaver"``
and seeds offset by 10_400_000.

Usage: ``python benchmarks/corpus_cleaver.py OUT_DIR [--streams N] [--scanned N] [--seed S]``
writes ``OUT_DIR/cleaver/cleaver_{born_digital,scanned}_NNNNNNN.{pdf,json}``.
"""

from __future__ import annotations

import itertools
import math
import random
import sys
import zlib
from dataclasses import dataclass, field
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

PART = "cleaver"
SEED_OFFSET = 10_400_000

MM = 72 / 25.4
SLIP = (80 * MM, 180 * MM)
A5L = landscape(A5)
A4L = landscape(A4)

# ---------------------------------------------------------------------------------------------
# Who writes: the company and its outside senders, by country
# ---------------------------------------------------------------------------------------------

Row = tuple[str, str, str, str]  # name, street, town, telephone
COMPANIES: dict[str, list[Row]] = {
    "en": [
        (
            "Clearview Windows & Doors Ltd",
            "Unit 4, Brunel Trading Estate",
            "Swindon SN2 2DX",
            "01793 521 640",
        ),
        (
            "Pennine Glazing Ltd",
            "Holme Mill, Bradford Road",
            "Huddersfield HD2 1RE",
            "01484 430 227",
        ),
        (
            "Harbourside Glass & Glazing",
            "7 Quay Industrial Park",
            "Poole BH15 1HJ",
            "01202 671 905",
        ),
    ],
    "de": [
        ("Fensterbau Reinholz GmbH", "Gewerbestraße 17", "33609 Bielefeld", "0521 98 76 20"),
        ("Glas & Fenster Lindner e.K.", "Industriering 5", "93055 Regensburg", "0941 46 31 10"),
        ("Brandt Fenster- und Türenbau GmbH", "Am Hafen 22", "26122 Oldenburg", "0441 21 84 90"),
    ],
    "fr": [
        (
            "Menuiseries Vitrage Leroux SARL",
            "ZA des Landes, 3 rue de l'Artisanat",
            "44300 Nantes",
            "02 40 52 18 77",
        ),
        ("Miroiterie Beaumont SAS", "14 avenue de la Gare", "21000 Dijon", "03 80 43 61 25"),
        (
            "Alu-Verre Provence",
            "ZI Les Milles, 220 rue Ampère",
            "13290 Aix-en-Provence",
            "04 42 24 90 16",
        ),
    ],
}
SENDERS: dict[str, dict[str, list[Row]]] = {
    "glass": {
        "en": [
            ("Midland Sealed Units Ltd", "Tame Road", "Tipton DY4 7JN", "0121 557 3300"),
            ("Crystal Toughened Glass Ltd", "Foundry Lane", "Widnes WA8 8TZ", "0151 423 6060"),
        ],
        "de": [
            ("Isolierglas Weser GmbH & Co. KG", "Hafenstraße 40", "28217 Bremen", "0421 39 60 0"),
            ("Glaswerk Donau GmbH", "Am Glaswerk 3", "94469 Deggendorf", "0991 37 00 0"),
        ],
        "fr": [
            ("Verrerie Isolante de l'Ouest", "ZI de Cheviré", "44100 Nantes", "02 40 73 11 00"),
            ("Trempaver Bourgogne SAS", "Rue des Verriers", "71100 Chalon-sur-Saône", ""),
        ],
    },
    "profile": {
        "en": [
            ("Duraframe Fabrications Ltd", "Lodge Way", "Northampton NN5 7UG", "01604 580 400"),
            ("Westbury Aluminium Systems", "Severnside Park", "Bristol BS35 4GG", ""),
        ],
        "de": [
            ("Profilwerk Nordhorn GmbH", "Eschweg 70", "48527 Nordhorn", "05921 80 30"),
            ("Aluform Systeme AG", "Kirchheimer Straße 9", "73230 Kirchheim unter Teck", ""),
        ],
        "fr": [
            ("Profils PVC Atlantique", "Parc d'activités du Taillis", "85600 Montaigu", ""),
            ("Alu Systèmes Rhône SA", "12 chemin des Iles", "69270 Fontaines-sur-Saône", ""),
        ],
    },
    "merchant": {
        "en": [
            ("Glazpart Trade Counter", "Station Road", "Swindon SN1 1TF", "01793 480 100"),
            ("Fixings & Sealants Direct", "Unit 12, Meadow Lane", "Leeds LS11 5BU", ""),
        ],
        "de": [
            ("Würth-Bauzubehör Niederlassung", "Hansestraße 8", "33689 Bielefeld", ""),
            ("Beschläge Meyer KG", "Lange Straße 44", "26122 Oldenburg", "0441 77 12 0"),
        ],
        "fr": [
            ("Quincaillerie Pro Menuiserie", "ZA du Bois Briand", "44300 Nantes", ""),
            ("Comptoir des Fixations", "8 rue Lavoisier", "21000 Dijon", "03 80 72 44 10"),
        ],
    },
    "maker": {
        "en": [
            ("Duraframe Fabrications Ltd", "Lodge Way", "Northampton NN5 7UG", ""),
            ("Securelock Hardware Ltd", "Willenhall Lane", "Walsall WV13 1PF", ""),
        ],
        "de": [
            ("Profilwerk Nordhorn GmbH", "Eschweg 70", "48527 Nordhorn", ""),
            ("Glaswerk Donau GmbH", "Am Glaswerk 3", "94469 Deggendorf", ""),
            ("Beschlagtechnik Kessler GmbH", "Industriestraße 2", "42551 Velbert", ""),
        ],
        "fr": [
            ("Profils PVC Atlantique", "Parc d'activités du Taillis", "85600 Montaigu", ""),
            ("Verrerie Isolante de l'Ouest", "ZI de Cheviré", "44100 Nantes", ""),
        ],
    },
    "insurer": {
        "en": [
            (
                "Home Improvement Guarantee Services Ltd",
                "Castle House, Market Street",
                "Leicester LE1 6DN",
                "",
            ),
            ("QuoteSafe IBG Ltd", "3 Priory Court", "Warwick CV34 4PE", "0345 600 2121"),
        ],
        "de": [
            ("Kautionsversicherung Hanse AG", "Ballindamm 17", "20095 Hamburg", ""),
            ("Westfälische Bürgschaftsbank Versicherung", "Kolde-Ring 21", "48151 Münster", ""),
        ],
        "fr": [
            ("SMABTP Agence Grand Ouest", "7 rue du Moulin", "44000 Nantes", ""),
            ("MAAF Pro - Assurance décennale", "Chauray", "79036 Niort Cedex 9", ""),
        ],
    },
    "agent": {
        "en": [
            (
                "Beacon Lettings & Property Management",
                "22 High Street",
                "Swindon SN1 3EG",
                "01793 611 200",
            ),
            ("Claimsline Repair Network", "PO Box 4410", "Sheffield S1 9DX", "0333 207 4400"),
            ("Ashdown Residential Lettings", "5 Westgate", "Huddersfield HD1 1NS", ""),
        ],
        "de": [
            (
                "Hausverwaltung Köster & Partner",
                "Niederwall 12",
                "33602 Bielefeld",
                "0521 17 30 40",
            ),
            ("Schadenservice Glasbruch24 GmbH", "Postfach 10 44 20", "40035 Düsseldorf", ""),
            ("WBG Immobilienverwaltung eG", "Donaustaufer Straße 80", "93059 Regensburg", ""),
        ],
        "fr": [
            ("Cabinet Moreau Syndic de copropriété", "5 place Royale", "44000 Nantes", ""),
            (
                "Axa Assistance Habitat - Gestion sinistres",
                "6 rue André Gide",
                "92320 Châtillon",
                "",
            ),
            ("Agence Immobilière du Parc", "31 rue de la Liberté", "21000 Dijon", ""),
        ],
    },
    "fleet": {
        "en": [
            (
                "Northgate Vehicle Hire Ltd",
                "Norflex House, Allington Way",
                "Darlington DL1 4DY",
                "",
            ),
            ("FuelLink Business Cards", "PO Box 1290", "Chester CH1 9DU", "0345 271 9900"),
        ],
        "de": [
            ("Mobilis Transporter-Leasing GmbH", "Ludwig-Erhard-Straße 3", "65760 Eschborn", ""),
            ("TankCard Plus Deutschland", "Postfach 20 03 11", "22193 Hamburg", ""),
        ],
        "fr": [
            ("Fraikin Location Utilitaires", "60 rue de la Vanne", "92120 Montrouge", ""),
            ("CarteCarbu Pro SAS", "Tour Europlaza", "92400 Courbevoie", ""),
        ],
    },
    "skip": {
        "en": [
            (
                "Swift Skips & Recycling Ltd",
                "Cheney Manor Industrial Estate",
                "Swindon SN2 2PJ",
                "",
            ),
            ("Calder Waste Management", "Leeds Road", "Huddersfield HD2 1YY", "01484 511 733"),
        ],
        "de": [
            ("Container-Dienst Ostwestfalen GmbH", "Am Stadtholz 41", "33609 Bielefeld", ""),
            ("Entsorgung Reiter GmbH", "Hafenstraße 12", "93055 Regensburg", ""),
        ],
        "fr": [
            ("Bennes Services Atlantique", "ZI de la Lande", "44800 Saint-Herblain", ""),
            ("Recyclage Bourgogne Environnement", "Route de Beaune", "21000 Dijon", ""),
        ],
    },
    "bank": {
        "en": [
            ("NatWest Business Banking", "PO Box 1000", "Edinburgh EH12 1HQ", ""),
            ("HSBC UK Bank plc", "1 Centenary Square", "Birmingham B1 1HQ", ""),
        ],
        "de": [
            ("Sparkasse Bielefeld", "Schweriner Straße 5", "33605 Bielefeld", ""),
            ("Volksbank Regensburg eG", "Dr.-Johann-Maier-Straße 3", "93049 Regensburg", ""),
        ],
        "fr": [
            ("Crédit Mutuel Loire-Atlantique", "10 rue de Rieux", "44000 Nantes", ""),
            ("Banque Populaire Bourgogne", "5 avenue de Bourgogne", "21800 Quetigny", ""),
        ],
    },
    "fensa": {
        "en": [("FENSA Ltd", "54 Ayres Street", "London SE1 1EU", "020 7645 3700")],
        "de": [],
        "fr": [],
    },
}

FIRSTS = {
    "en": ["Gary", "Karen", "Steve", "Lisa", "Mark", "Dawn", "Paul", "Joanne", "Craig", "Amy"],
    "de": ["Jürgen", "Petra", "Dirk", "Anja", "Sven", "Heike", "Marco", "Nicole", "Timo", "Ute"],
    "fr": ["Thierry", "Valérie", "Sébastien", "Isabelle", "Franck", "Céline", "Loïc", "Aurélie"],
}
LASTS = {
    "en": ["Pearce", "Hodgson", "Bradley", "Khan", "Walsh", "Turner", "Dobson", "Ellis", "Shaw"],
    "de": ["Hoffmann", "Krämer", "Brinkmann", "Schulte", "Yilmaz", "Möller", "Janssen", "Graf"],
    "fr": ["Guérin", "Lemoine", "Barbier", "Renaud", "Collet", "Mahé", "Brunet", "Caron"],
}
FEMALE = {"Karen", "Lisa", "Dawn", "Joanne", "Amy", "Petra", "Anja", "Heike", "Nicole", "Ute"}
FEMALE |= {"Valérie", "Isabelle", "Céline", "Aurélie"}
ROADS = {
    "en": ["Kingsdown Road", "Marlborough Close", "Ferndale Avenue", "Church Lane", "Beech Grove"],
    "de": ["Ahornweg", "Bergstraße", "Kastanienallee", "Mühlenweg", "Schillerstraße"],
    "fr": ["rue des Tilleuls", "allée des Peupliers", "rue Jean Jaurès", "chemin du Moulin"],
}
TOWNS = {
    "en": [
        [
            "Swindon SN3 4LT",
            "Wroughton SN4 9AA",
            "Highworth SN6 7BT",
            "Royal Wootton Bassett SN4 8DL",
        ],
        ["Huddersfield HD3 3QR", "Holmfirth HD9 2JW", "Brighouse HD6 1PT", "Marsden HD7 6BN"],
        ["Poole BH14 8SB", "Bournemouth BH9 2PX", "Wimborne BH21 1HR", "Broadstone BH18 8AF"],
    ],
    "de": [
        ["33602 Bielefeld", "33813 Oerlinghausen", "33775 Versmold", "32049 Herford"],
        ["93047 Regensburg", "93138 Lappersdorf", "93073 Neutraubling", "93080 Pentling"],
        ["26121 Oldenburg", "26180 Rastede", "26160 Bad Zwischenahn", "27793 Wildeshausen"],
    ],
    "fr": [
        ["44000 Nantes", "44240 La Chapelle-sur-Erdre", "44120 Vertou", "44400 Rezé"],
        [
            "21000 Dijon",
            "21300 Chenôve",
            "21800 Chevigny-Saint-Sauveur",
            "21121 Fontaine-lès-Dijon",
        ],
        ["13100 Aix-en-Provence", "13090 Aix-en-Provence", "13770 Venelles", "13122 Ventabren"],
    ],
}
SHOPS = {
    "en": ["The Corner Bakery", "Bassett Pharmacy", "Regent Street Dental", "Mario's Pizzeria"],
    "de": ["Bäckerei Sommer", "Apotheke am Markt", "Optik Weiland", "Eiscafé Venezia"],
    "fr": ["Boulangerie Le Fournil", "Pharmacie du Centre", "Optique Martin", "Tabac de la Gare"],
}

TALK = {
    "en": {
        "glaze": "window frame sash casement sealed unit glass bead gasket cill reveal lintel "
        "trickle vent hinge handle lock installation fitters survey opening sizes order",
        "legal": "guarantee contract customer company terms deposit cancellation liability "
        "defects period installation notice payment goods property obligations",
        "fault": "condensation draught leak sealed unit misted hinge handle lock alignment "
        "gasket cill water ingress scratch fitting reveal silicone sash dropped",
        "money": "invoice payment account balance due amount reference transfer period "
        "outstanding statement charges terms settlement",
    },
    "de": {
        "glaze": "Fenster Rahmen Flügel Isolierglas Glasleiste Dichtung Fensterbank Laibung "
        "Sturz Lüfter Beschlag Griff Montage Monteure Aufmaß Öffnung Maße Bestellung",
        "legal": "Gewährleistung Vertrag Kunde Auftragnehmer Bedingungen Anzahlung Widerruf "
        "Haftung Mängel Frist Montage Abnahme Zahlung Ware Eigentumsvorbehalt Pflichten",
        "fault": "Kondensat Zugluft Undichtigkeit Isolierglas beschlagen Scharnier Griff "
        "Verriegelung Einstellung Dichtung Fensterbank Wassereintritt Kratzer Silikon Flügel",
        "money": "Rechnung Zahlung Konto Saldo fällig Betrag Verwendungszweck Überweisung "
        "Zeitraum offen Auszug Gebühren Zahlungsziel Ausgleich",
    },
    "fr": {
        "glaze": "fenêtre dormant ouvrant vitrage parclose joint appui tableau linteau entrée "
        "d'air paumelle poignée serrure pose poseurs métré baie dimensions commande",
        "legal": "garantie contrat client entreprise conditions acompte rétractation "
        "responsabilité désordres délai pose réception paiement marchandises obligations",
        "fault": "condensation courant d'air infiltration vitrage embué paumelle poignée "
        "crémone réglage joint appui entrée d'eau rayure silicone ouvrant affaissé",
        "money": "facture paiement compte solde échéance montant référence virement période "
        "impayé relevé frais règlement",
    },
}
GLUES = {
    "en": "the of and to for with on at by from this is are will be the a as we your all",
    "de": "die der das und zu für mit auf von ist sind wird bei nach den dem im wir Ihre",
    "fr": "le la les et de du pour avec sur par est sont sera au aux des une nous vos",
}


def words(rng: random.Random, lang: str, topic: str = "glaze", n: int | None = None) -> str:
    pool, glue = TALK[lang][topic].split(), GLUES[lang].split()
    ws = [rng.choice(pool if rng.random() < 0.5 else glue) for _ in range(n or rng.randint(7, 15))]
    text = " ".join(ws)
    return text[0].upper() + text[1:] + "."


def prose(rng: random.Random, lang: str, topic: str = "glaze", lo: int = 2, hi: int = 4) -> str:
    return " ".join(words(rng, lang, topic) for _ in range(rng.randint(lo, hi)))


# ---------------------------------------------------------------------------------------------
# Products, rooms and glass
# ---------------------------------------------------------------------------------------------

PRODUCTS = {
    "casement": ("Casement window", "Fenster 2-flg. Dreh-Kipp/Dreh", "Fenêtre 2 vantaux"),
    "tilt": ("Tilt & turn window", "Dreh-Kipp-Fenster 1-flg.", "Fenêtre oscillo-battante"),
    "sash": ("Vertical sliding sash", "Schiebefenster", "Fenêtre coulissante"),
    "fixed": ("Fixed light", "Festverglasung", "Châssis fixe"),
    "french": ("French doors", "Balkontür 2-flg.", "Porte-fenêtre 2 vantaux"),
    "bifold": ("Bi-fold door, 3 panes", "Faltschiebetür 3-tlg.", "Baie accordéon 3 vantaux"),
    "patio": ("Inline patio door", "Hebe-Schiebe-Tür", "Baie coulissante 2 vantaux"),
    "front": ("Composite front door", "Haustür Aluminium", "Porte d'entrée aluminium"),
    "shop": ("Aluminium shopfront", "Schaufensteranlage Alu", "Devanture aluminium"),
    "unit": ("Replacement sealed unit", "Isolierglas-Austausch", "Remplacement de vitrage"),
}
DOORS = ("french", "bifold", "patio", "front")
ROOMS = {
    "en": ["Lounge", "Kitchen", "Bed 1", "Bed 2", "Bed 3", "Bathroom", "Landing", "Dining", "Hall"],
    "de": ["Wohnen", "Küche", "Schlafen", "Kind 1", "Kind 2", "Bad", "Flur OG", "Essen", "Diele"],
    "fr": ["Séjour", "Cuisine", "Ch. 1", "Ch. 2", "Ch. 3", "SdB", "Palier", "SàM", "Entrée"],
}
MATERIALS = {
    "en": ["PVCu", "PVCu", "Aluminium", "Timber"],
    "de": ["Kunststoff", "Kunststoff", "Aluminium", "Holz-Alu"],
    "fr": ["PVC", "PVC", "Aluminium", "Bois"],
}
COLOURS = {
    "en": ["White", "White", "Anthracite grey RAL 7016", "Golden oak", "Chartwell green"],
    "de": ["weiß", "weiß", "anthrazit RAL 7016", "Golden Oak", "weiß/anthrazit"],
    "fr": ["blanc", "blanc", "gris anthracite 7016", "chêne doré", "noir 9005"],
}
GLASS = {
    "en": [
        "4/20/4 Low-E argon",
        "4/20/4 Low-E argon",
        "4T/16/4T Low-E",
        "6.4L/14/4 Low-E",
        "4 obscure/20/4 Low-E",
    ],
    "de": [
        "4/16/4/16/4 Ug 0,6",
        "4/18/4/18/4 Ug 0,5",
        "VSG 44.2/16/4/16/4",
        "4/16/4 Ug 1,1",
        "Ornament 504/16/4/16/4",
    ],
    "fr": ["4/16/4 FE argon", "4/20/4 FE argon", "44.2/16/4 FE", "4/16/4 dépoli", "6/16/4 FE"],
}
SPACERS = ["warm edge black", "warm edge grey", "Swisspacer black", "alu silver"]


@dataclass
class Item:
    pos: int
    room: str
    kind: str
    w: int
    h: int
    material: str
    colour: str
    glass: str
    price: float

    def name(self, lang: str) -> str:
        return tr(lang, *PRODUCTS[self.kind])


@dataclass
class Person:
    first: str
    last: str
    female: bool
    lines: list[str]

    @property
    def name(self) -> str:
        return f"{self.first} {self.last}"


@dataclass
class Job:
    """One customer's job, as a companion takes it up: customer, site, positions, money."""

    ref: str
    customer: Person
    shop: str
    items: list[Item]
    vat: float
    deposit: float
    quoted: date
    fitted: date
    extras: list[tuple[str, float]] = field(default_factory=list)

    @property
    def net(self) -> float:
        return round(sum(i.price for i in self.items) + sum(v for _, v in self.extras), 2)

    @property
    def gross(self) -> float:
        return round(self.net * (1 + self.vat / 100), 2)


# ---------------------------------------------------------------------------------------------
# The company of a stream: its country, month, staff and jobs
# ---------------------------------------------------------------------------------------------

COMPANY: dict[str, object] = {"lang": "en", "row": 0, "seed": 0, "month": date(2025, 3, 1)}
#: What the previous document was about (a companion takes up the same job and day).
LAST: dict[str, object] = {"kind": "", "job": None, "day": None, "extra": None}


def home() -> str:
    return str(COMPANY["lang"])


def month() -> date:
    m = COMPANY["month"]
    assert isinstance(m, date)
    return m


def keyed(who: Issuer, key: str) -> random.Random:
    """Draws fixed by the issuer, the stream's company and ``key``: a run or a repeat keeps
    its sender."""
    text = f"cleaver/{key}/{who.name}/{who.street}/{who.city}/{COMPANY['seed']}"
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


def remember(job: Job | None, d: date, extra: object = None) -> None:
    LAST.update(job=job, day=d, extra=extra)


def crew(tag: str) -> str:
    """A member of the company's staff (director, surveyor, foreman, fitter1..4, office)."""
    lg = home()
    r = random.Random(zlib.crc32(f"cleaver/crew/{tag}/{COMPANY['seed']}".encode()))
    return f"{r.choice(FIRSTS[lg])} {r.choice(LASTS[lg])}"


def fitters(rng: random.Random, n: int = 2) -> list[str]:
    return [crew(f"fitter{k}") for k in rng.sample(range(1, 5), n)]


MAILS = {
    "en": ["gmail.com", "outlook.com", "btinternet.com", "yahoo.co.uk"],
    "de": ["web.de", "gmx.de", "t-online.de", "gmail.com"],
    "fr": ["orange.fr", "free.fr", "gmail.com", "laposte.net"],
}


def a_person(rng: random.Random, lang: str) -> Person:
    first = rng.choice(FIRSTS[lang])
    last = rng.choice(LASTS[lang])
    road = rng.choice(ROADS[lang])
    no = rng.randint(1, 120)
    town = rng.choice(TOWNS[lang][int(COMPANY["row"]) if lang == home() else 0])  # type: ignore[call-overload]
    return Person(
        first, last, first in FEMALE, [f"{road} {no}" if lang == "de" else f"{no} {road}", town]
    )


def person_name(p: Person, lang: str) -> str:
    if lang == "de":
        return f"{'Frau' if p.female else 'Herr'} {p.name}"
    if lang == "fr":
        return f"{'Mme' if p.female else 'M.'} {p.first} {p.last.upper()}"
    return f"{'Mrs' if p.female else 'Mr'} {p.first[0]}. {p.last}"


def an_item(rng: random.Random, pos: int, lg: str, kind: str, mat: str, col: str) -> Item:
    if kind in ("french", "patio"):
        w, h = rng.randint(1200, 1900), rng.randint(2050, 2250)
    elif kind == "bifold":
        w, h = rng.randint(2400, 3600), rng.randint(2050, 2200)
    elif kind == "front":
        w, h = rng.randint(880, 1150), rng.randint(2020, 2150)
    elif kind == "shop":
        w, h = rng.randint(2800, 5400), rng.randint(2400, 3100)
    else:
        w, h = rng.randint(480, 2100), rng.randint(600, 1450)
    area = w * h / 1e6
    base = {"en": 310.0, "de": 420.0, "fr": 380.0}[lg]
    price = base + area * rng.uniform(180, 260)
    if kind in DOORS:
        price *= rng.uniform(2.2, 3.4)
    if kind == "shop":
        price *= 3.5
    if kind == "unit":
        price = 70 + area * rng.uniform(90, 140)
    if mat in ("Aluminium", "Timber", "Holz-Alu", "Bois"):
        price *= 1.35
    return Item(
        pos,
        rng.choice(ROOMS[lg]) if kind != "shop" else tr(lg, "Shop front", "Front", "Façade"),
        kind,
        w // 5 * 5,
        h // 5 * 5,
        mat,
        col,
        rng.choice(GLASS[lg]),
        round(price, 0),
    )


def a_job(rng: random.Random) -> Job:
    lg = home()
    shop = rng.choice(SHOPS[lg]) if rng.random() < 0.12 else ""
    cust = a_person(rng, lg)
    mat = rng.choice(MATERIALS[lg]) if not shop else "Aluminium"
    col = rng.choice(COLOURS[lg])
    if shop:
        kinds = ["shop"] + (["front"] if rng.random() < 0.5 else [])
    elif rng.random() < 0.15:
        kinds = ["unit"] * rng.randint(1, 4)
    else:
        n = rng.choice([1, 2, 3, 4, 5, 6, 8, 10, 12])
        kinds = [rng.choice(["casement", "casement", "tilt", "sash", "fixed"]) for _ in range(n)]
        if rng.random() < 0.5:
            kinds.append(rng.choice(DOORS))
    items = [an_item(rng, k + 1, lg, t, mat, col) for k, t in enumerate(kinds)]
    vat = {
        "en": 20.0,
        "de": 19.0,
        "fr": rng.choice([10.0, 10.0, 5.5, 20.0] if not shop else [20.0]),
    }[lg]
    pre = "".join(t[0] for t in str(company_name()).replace("&", " ").split()[:2]).upper()
    q = some_day(rng) - timedelta(days=rng.randint(0, 40))
    return Job(
        ref=f"{pre}{rng.randint(1800, 4999)}",
        customer=cust,
        shop=shop,
        items=items,
        vat=vat,
        deposit=rng.choice([25.0, 30.0, 30.0, 40.0, 50.0]),
        quoted=q,
        fitted=q + timedelta(days=rng.randint(28, 63)),
    )


def job_for(rng: random.Random, kinds: tuple[str, ...]) -> Job:
    """The previous document's job if it was one of ``kinds``, else a new one."""
    j = LAST["job"]
    if isinstance(j, Job) and after(kinds):
        return j
    return a_job(rng)


def company_name() -> str:
    return COMPANIES[home()][int(COMPANY["row"])][0]  # type: ignore[call-overload]


def customer_lines(job: Job, lang: str) -> list[str]:
    c = job.customer
    if job.shop:
        return [job.shop, f"{tr(lang, 'Attn', 'z. Hd.', 'Attn')} {person_name(c, lang)}", *c.lines]
    return [person_name(c, lang), *c.lines]


def site_of(job: Job) -> str:
    return ", ".join(job.customer.lines)


def mm(v: int, lang: str) -> str:
    return f"{v:,}".replace(",", "." if lang == "de" else " " if lang == "fr" else ",")


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
    again: bool  # letterhead repeated on later pages
    foot: list[str]
    numbers: str
    corner: str
    dates: str
    mail: str
    badges: list[str]


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
LOOKS = ["band", "centred", "logo", "boxed", "plain", "side"]
BADGES = {
    "en": ["FENSA Approved Installer", "GGF Member", "CERTASS", "TrustMark", "Which? Trusted"],
    "de": ["Innungsbetrieb", "RAL-Gütezeichen Fenster", "Meisterbetrieb", "ift-zertifiziert"],
    "fr": ["Qualibat RGE", "Certifié NF Fenêtre", "Artisan", "Label Qualit'EnR"],
}


def legal_lines(r: random.Random, name: str, lang: str, role: str) -> list[str]:
    if role == "fensa":
        return ["FENSA Ltd is a company limited by guarantee. Registered in England No. 4062539"]
    if lang == "de":
        bank = r.choice(
            ["Sparkasse Bielefeld", "Volksbank Regensburg", "LzO Oldenburg", "Commerzbank"]
        )
        out = [
            f"{name} - Steuer-Nr. {r.randint(300, 399)}/{r.randint(1000, 9999)}/"
            f"{r.randint(1000, 9999)} - USt-IdNr. DE{r.randint(100000000, 999999999)}",
            f"{bank} - IBAN DE{r.randint(10, 99)} {r.randint(1000, 9999)} {r.randint(1000, 9999)} "
            f"{r.randint(1000, 9999)} {r.randint(1000, 9999)} {r.randint(10, 99)}",
        ]
        if "GmbH" in name or "AG" in name or "KG" in name or "eG" in name:
            out.insert(
                0,
                f"Registergericht {r.choice(['Bielefeld', 'Regensburg', 'Oldenburg', 'Hamburg'])} "
                f"HRB {r.randint(1000, 99999)} - Geschäftsführer: "
                + r.choice(["Dipl.-Ing. Ralf Hegemann", "Sabine Reinholz", "Thomas Lindner"]),
            )
        return out
    if lang == "fr":
        siret = (
            f"{r.randint(300, 899)} {r.randint(100, 999)} {r.randint(100, 999)} "
            f"{r.randint(10000, 99999)}"
        )
        out = [
            f"{name} - SIRET {siret} - APE "
            f"{r.choice(['4332A', '2312Z', '4673A', '7712Z', '6512Z'])}"
            f" - RCS {r.choice(['Nantes', 'Dijon', 'Aix-en-Provence', 'Paris'])}"
        ]
        if r.random() < 0.7:
            out.append(
                f"TVA FR{r.randint(10, 99)} {r.randint(100, 999)} {r.randint(100, 999)} "
                f"{r.randint(100, 999)} - Capital {r.choice(['8 000', '50 000', '120 000'])} €"
            )
        return out
    out = []
    if "Ltd" in name or "plc" in name or "PLC" in name:
        out.append(f"Registered in England and Wales No. {r.randint(3000000, 13999999):08d}")
    if r.random() < 0.7:
        out.append(
            f"VAT Reg. No. GB {r.randint(100, 999)} {r.randint(1000, 9999)} {r.randint(10, 99)}"
        )
    if role == "insurer":
        out.append("Authorised and regulated by the Financial Conduct Authority")
    return [" - ".join(out)] if out else []


def make_head(row: Row, lang: str, role: str) -> Head:
    """The paper habits of the sender ``row``: the same all through one stream."""
    name, street, town, phone = row
    r = random.Random(zlib.crc32(f"cleaver/head/{name}/{COMPANY['seed']}".encode()))
    font, bold = r.choice(FACES)
    host = "".join(c for c in name.lower().split()[0] if c.isalpha() and c.isascii())[:12]
    tld = {"en": "co.uk", "de": "de", "fr": "fr"}[lang]
    looks = LOOKS
    if role in ("fensa", "bank", "insurer"):
        looks = ["official", "band", "plain"]
        font, bold = ("Helvetica", "Helvetica-Bold")
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
        mail=f"{r.choice(['info', 'sales', 'office', 'accounts'])}@{host or 'mail'}.{tld}"
        if r.random() < 0.75
        else "",
        badges=r.sample(BADGES[lang], r.randint(1, 3)) if role == "company" else [],
    )


def company_head() -> Head:
    lang = home()
    return make_head(COMPANIES[lang][int(COMPANY["row"])], lang, "company")  # type: ignore[call-overload]


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
    """A circle drawn as a polygon (round stamps)."""
    pts = [
        (cx + r * math.cos(2 * math.pi * k / steps), cy + r * math.sin(2 * math.pi * k / steps))
        for k in range(steps + 1)
    ]
    for (x1, y1), (x2, y2) in itertools.pairwise(pts):
        p.line(x1, y1, x2, y2)


def seal(p: Page, cx: float, cy: float, r: float, top: str, mid: str) -> None:
    """A round company stamp: two rings, the wording inside."""
    ring(p, cx, cy, r)
    ring(p, cx, cy, r - 3)
    pt = shrink(top, "Helvetica", 6.5, r * 1.6)
    p.text(cx, cy - r * 0.3, fit(top, "Helvetica", pt, r * 1.6), "Helvetica", pt, "center")
    pt2 = shrink(mid, "Helvetica", 6.5, r * 1.5)
    p.text(cx, cy + r * 0.45, fit(mid, "Helvetica", pt2, r * 1.5), "Helvetica", pt2, "center")


def pane(p: Page, x: float, y: float, w: float, h: float, kind: str, lights: int = 0) -> None:
    """A window or door as seen from outside: frame, sashes, the opening marks of each sash."""
    p.rect(x, y, w, h)
    p.rect(x + 3, y + 3, w - 6, h - 6)
    n = lights or {"casement": 2, "french": 2, "bifold": 3, "patio": 2, "shop": 3}.get(kind, 1)
    sw = (w - 6) / n
    for k in range(1, n):
        p.line(x + 3 + k * sw, y + 3, x + 3 + k * sw, y + h - 3)
    if kind == "sash":
        p.line(x + 3, y + h / 2, x + w - 3, y + h / 2)
        return
    if kind in ("fixed", "unit", "shop"):
        if kind == "shop":
            p.line(x + 3, y + h * 0.22, x + w - 3, y + h * 0.22)
        return
    for k in range(n if kind != "casement" else 1):
        sx = x + 3 + k * sw
        # the opening mark: lines from the hinge side to the middle of the opposite side
        p.line(sx + 2, y + 5, sx + sw - 2, y + h / 2)
        p.line(sx + 2, y + h - 5, sx + sw - 2, y + h / 2)
        if kind == "tilt":
            p.line(sx + 2, y + h - 5, sx + sw / 2, y + 5)
            p.line(sx + sw - 2, y + h - 5, sx + sw / 2, y + 5)
    if kind == "front":
        p.rect(x + w * 0.3, y + h * 0.12, w * 0.4, h * 0.3)


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
        p.rect(m, y - 12, 24, 24, fill=0.25)
        p.rect(m + 5, y - 7, 14, 14, fill=0.9)
        pt = shrink(h.name, h.bold, 12, w * 0.6)
        p.text(m + 32, y + 2, h.name, h.bold, pt)
        p.text(m + 32, y + 13, fit(f"{where}   {contact}", h.font, 7, w - 2 * m - 32), h.font, 7)
        p.line(m, y + 20, w - m, y + 20)
        return y + 40
    if h.look == "band":
        p.rect(0, y - 14, w, 26, fill=0.78)
        pt = shrink(h.name.upper(), h.bold, 12, w - 2 * m)
        p.text(m, y + 3, h.name.upper(), h.bold, pt)
        p.text(m, y + 24, fit(f"{where}   {contact}", h.font, 7, w - 2 * m), h.font, 7)
        yy = y + 46
    elif h.look == "centred":
        pt = shrink(h.name, h.bold, s.size + 6, w - 2 * m)
        p.text(w / 2, y + 2, h.name, h.bold, pt, "center")
        it = italic_of(h.font)
        p.text(w / 2, y + 15, fit(where, it, 7.5, w - 2 * m), it, 7.5, "center")
        if contact:
            p.text(w / 2, y + 24, fit(contact, h.font, 7, w - 2 * m), h.font, 7, "center")
        p.line(m, y + 30, w - m, y + 30)
        yy = y + 50
    elif h.look == "logo":
        # a window-shaped logo with the name beside it, the address block on the right
        pane(p, m, y - 12, 30, 34, "casement")
        pt = shrink(h.name, h.bold, 12, w * 0.5)
        p.text(m + 38, y + 4, h.name, h.bold, pt)
        p.text(
            m + 38,
            y + 15,
            tr(
                h.lang,
                "Windows - Doors - Glazing",
                "Fenster - Türen - Glas",
                "Menuiseries - Vitrerie",
            )
            if h.role == "company"
            else "",
            italic_of(h.font),
            7.5,
        )
        yy = y - 6
        for t in (h.street, h.town, tel, h.mail):
            if t:
                p.text(w - m, yy, fit(t, h.font, 7, w * 0.3), h.font, 7, "right")
                yy += 8.5
        yy = max(yy, y + 22) + 22
    elif h.look == "boxed":
        bw = min(w - 2 * m, 270.0)
        p.rect(m, y - 12, bw, 38)
        p.text(m + 6, y + 2, fit(h.name, h.bold, s.size + 1.5, bw - 12), h.bold, s.size + 1.5)
        p.text(m + 6, y + 13, fit(where, h.font, 7, bw - 12), h.font, 7)
        if contact:
            p.text(m + 6, y + 22, fit(contact, h.font, 7, bw - 12), h.font, 7)
        yy = y + 46
    elif h.look == "side":
        pt = shrink(h.name, h.bold, s.size + 4, w * 0.6 - m)
        p.text(m, y + 4, h.name, h.bold, pt)
        x = w - m
        yy = y - 6
        for t in (h.street, h.town, tel, h.mail):
            if t:
                p.text(x, yy, fit(t, h.font, 7, w * 0.33), h.font, 7, "right")
                yy += 8.5
        yy = max(yy, y + 20) + 22
    else:
        pt = shrink(h.name, h.bold, s.size + 3, w * 0.6 - m)
        p.text(m, y + 2, h.name, h.bold, pt)
        p.text(w - m, y - 4, fit(where, h.font, 7, w * 0.4 - m), h.font, 7, "right")
        if contact:
            p.text(w - m, y + 5, fit(contact, h.font, 7, w * 0.4 - m), h.font, 7, "right")
        p.rect(m, y + 10, w - 2 * m, 2, fill=0.2)
        yy = y + 34
    if h.badges:
        t = "  |  ".join(h.badges)
        p.text(w - m, yy - 12, fit(t, h.font, 6.5, w - 2 * m), h.font, 6.5, "right")
        yy += 8
    return yy


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
    parts = [t for t in parts if t not in ("Mr", "Mrs", "Frau", "Herr", "M", "Mme")] or parts
    text = f"{parts[0][0]}{parts[-1][:8]}" if len(parts) > 1 else parts[0]
    p.text(x + 2, y - 1, text, INK, pt)
    end = x + 6 + tw(text, INK, pt)
    p.line(end - 4, y - 2, end + 12, y - 9)
    p.line(x, y + 2, end - 8, y + 1)


def received(rng: random.Random, p: Page, lang: str, d: date, odds: float = 0.35) -> None:
    """Now and then the office's received stamp on the first page."""
    if rng.random() < odds:
        w, _ = p.size
        stamp(
            p,
            w - rng.uniform(150, 210),
            rng.uniform(70, 160),
            [
                tr(lang, "RECEIVED", "EINGANG", "REÇU LE"),
                short(d + timedelta(days=rng.randint(1, 4)), lang),
                rng.choice(
                    {
                        "en": ["Accounts", "Office", "Entered"],
                        "de": ["Buchhaltung", "Büro", "erfasst"],
                        "fr": ["Comptabilité", "Bureau", "Saisi"],
                    }[lang]
                ),
            ],
        )


def recipient(
    f: Sheets, s: Style, h: Head, lines: list[str], d: date, refs: list[tuple[str, str]]
) -> None:
    w, _ = f.size
    y0 = f.y
    below = window(f.page, s, h if h.look in ("plain", "band", "official") else None, y0, lines)
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
        f.page.text(m, f.y + s.size * 1.3, role, s.font, s.size - 1)
    f.y += s.size * 3


def staff(h: Head, tag: str) -> str:
    if h.role == "company":
        return crew(tag)
    r = random.Random(zlib.crc32(f"cleaver/staff/{tag}/{h.name}/{COMPANY['seed']}".encode()))
    lg = h.lang
    return f"{r.choice(FIRSTS[lg])} {r.choice(LASTS[lg])}"


def head_lines(h: Head, att: str = "") -> list[str]:
    return [h.name, *([att] if att else []), h.street, h.town]


def company_lines(att: str = "") -> list[str]:
    return head_lines(company_head(), att)


def totals(
    f: Sheets, s: Style, lg: str, net: float, rate: float, label: str = "", less: float = 0.0
) -> float:
    """Net, tax at ``rate``, total (less ``less`` paid) right-aligned; returns what is due."""
    w, _ = f.size
    m = s.margin
    f.need(90)
    f.y += 4
    f.page.line(w * 0.55, f.y - 8, w - m, f.y - 8)
    tax = round(net * rate / 100, 2)
    rows = [(tr(lg, "Net", "Nettobetrag", "Total HT"), net)]
    rows.append((label or tr(lg, f"VAT {rate:g}%", f"MwSt. {rate:g} %", f"TVA {rate:g} %"), tax))
    gross = net + tax
    rows.append((tr(lg, "Total", "Gesamtbetrag", "Total TTC"), gross))
    if less:
        rows.append((tr(lg, "Less deposit paid", "abzgl. Anzahlung", "Acompte versé"), -less))
        rows.append((tr(lg, "Balance due", "Restbetrag", "Reste à payer"), gross - less))
    for k, (t, v) in enumerate(rows):
        bold = s.bold if k == len(rows) - 1 else s.font
        f.page.text(w * 0.56, f.y, t, bold, s.size)
        f.page.text(w - m, f.y, cash(v, lg), bold, s.size, "right")
        f.y += s.size * 1.5
    return gross - less


def small_print(
    rng: random.Random, s0: Style, h: Head, title: str, heads: list[str], topic: str = "legal"
) -> Page:
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
    """A signature line with its caption below; signed by ``who`` when given."""
    p.line(x, y, x + w, y)
    p.text(x, y + 9, fit(label, s.font, 7, w), s.font, 7)
    if who:
        scrawl(p, x + 6, y - 3, who, 12)


def copier_edge(p: Page, rng: random.Random) -> None:
    """The grey edge a photocopy of a smaller original leaves on the page."""
    w, h = p.size
    g = rng.uniform(0.35, 0.6)
    if rng.random() < 0.6:
        p.rect(0, 0, rng.uniform(8, 20), h, fill=g)
    else:
        p.rect(0, 0, w, rng.uniform(6, 14), fill=g)


def vat_rate(lang: str) -> float:
    return {"en": 20.0, "de": 19.0, "fr": 20.0}[lang]


def qty(v: float, lang: str) -> str:
    t = f"{v:g}"
    return t.replace(".", ",") if lang != "en" else t


def bank_lines(h: Head) -> str:
    r = random.Random(zlib.crc32(f"cleaver/bank/{h.name}/{COMPANY['seed']}".encode()))
    if h.lang == "en":
        return (
            f"Bank: {r.choice(['NatWest', 'Lloyds', 'Barclays', 'HSBC'])}  Sort code "
            f"{r.randint(10, 60)}-{r.randint(10, 99)}-{r.randint(10, 99)}  Account "
            f"{r.randint(10000000, 99999999)}"
        )
    if h.lang == "de":
        return (
            f"IBAN DE{r.randint(10, 99)} {r.randint(4000, 4999)} {r.randint(1000, 9999)} "
            f"{r.randint(1000, 9999)} {r.randint(1000, 9999)} {r.randint(10, 99)}  BIC "
            + serial(r, "AAAADEA1XXX")
        )
    return (
        f"IBAN FR76 {r.randint(1000, 9999)} {r.randint(1000, 9999)} {r.randint(1000, 9999)} "
        f"{r.randint(1000, 9999)} {r.randint(100, 999)}  BIC " + serial(r, "AAAAFRPP")
    )


# ---------------------------------------------------------------------------------------------
# Templates AAAAA: the customer's job, from quotation to final invoice
# ---------------------------------------------------------------------------------------------

EXTRAS = {
    "en": [
        ("Removal and disposal of existing frames", 25.0),
        ("Making good internal reveals", 40.0),
        ("New internal window boards (PVCu)", 35.0),
        ("Scaffold tower hire", 180.0),
        ("Trickle vents to all opening sashes", 12.0),
    ],
    "de": [
        ("Demontage und Entsorgung Altfenster", 45.0),
        ("Innenputzanschluss und Beiputz", 60.0),
        ("Innenfensterbänke Werzalit", 55.0),
        ("RAL-Montage mit Anschlussfolien", 70.0),
        ("Rollladenpanzer ausbauen/einbauen", 90.0),
    ],
    "fr": [
        ("Dépose et évacuation des anciennes menuiseries", 40.0),
        ("Habillage intérieur (tapées, couvre-joints)", 55.0),
        ("Habillage extérieur aluminium", 65.0),
        ("Grilles d'entrée d'air hygroréglables", 18.0),
        ("Pose en rénovation sur dormant existant", 30.0),
    ],
}
QUOTE_TERMS = {
    "en": [
        "Quotation",
        "Survey",
        "Deposit",
        "Delivery and fitting",
        "Variations",
        "Payment",
        "Ownership of goods",
        "Guarantee",
        "Cancellation",
        "Access",
        "Complaints",
    ],
    "de": [
        "Geltungsbereich",
        "Angebot und Aufmaß",
        "Preise",
        "Anzahlung",
        "Lieferzeit",
        "Montage",
        "Abnahme",
        "Zahlung",
        "Eigentumsvorbehalt",
        "Gewährleistung",
        "Gerichtsstand",
    ],
    "fr": [
        "Objet",
        "Métré",
        "Prix",
        "Acompte",
        "Délais",
        "Pose",
        "Réception",
        "Paiement",
        "Réserve de propriété",
        "Garanties",
        "Litiges",
    ],
}


def add_extras(rng: random.Random, job: Job) -> None:
    if job.extras:
        return
    pool = EXTRAS[home()]
    for t, v in rng.sample(pool, rng.randint(0 if job.shop else 1, 3)):
        per = v * len(job.items) if v < 50 else v
        job.extras.append((t, round(per, 0)))


def extra_lines(f: Sheets, s: Style, lg: str, extras: list[tuple[str, float]]) -> None:
    """The extras of a job under its table of positions, each on a line of its own."""
    w, _ = f.size
    m = s.margin
    if extras:
        f.y += 4
    for t, v in extras:
        f.need(14)
        f.page.text(m + 20, f.y, t, s.font, s.size - 1)
        f.page.text(w - m, f.y, money(v, lg), s.font, s.size - 1, "right")
        f.y += (s.size - 1) * 1.6


def item_rows(job: Job, lg: str, price: bool = True) -> list[list[str]]:
    rows = []
    for it in job.items:
        row = [
            str(it.pos),
            it.room,
            f"{it.name(lg)}, {it.material}, {it.colour}",
            f"{mm(it.w, lg)} x {mm(it.h, lg)}",
            it.glass,
        ]
        if price:
            row.append(money(it.price, lg))
        rows.append(row)
    return rows


def elevations(rng: random.Random, s0: Style, h: Head, job: Job, ref: str) -> list[Page]:
    """The elevation drawings of a job's positions on landscape pages, as seen from outside."""
    lg = h.lang
    s = paper(s0, A4L, margin=40, pt=8)
    w, hh = A4L
    m = s.margin
    per = 8 if len(job.items) > 4 else 4
    pages = []
    for start in range(0, len(job.items), per):
        p = Page(A4L)
        p.text(
            m,
            m,
            tr(
                lg,
                "Elevations - viewed from outside",
                "Ansichten - von außen gesehen",
                "Vues de l'extérieur",
            ),
            s.bold,
            12,
        )
        p.text(w - m, m, f"{h.name} - {ref}", s.font, 8, "right")
        p.line(m, m + 6, w - m, m + 6)
        cols = per // 2
        cw = (w - 2 * m) / cols
        ch = (hh - 2 * m - 50) / 2
        for k, it in enumerate(job.items[start : start + per]):
            cx = m + (k % cols) * cw
            cy = m + 24 + (k // cols) * ch
            sc = min((cw - 40) / it.w, (ch - 60) / it.h)
            dw, dh = it.w * sc, it.h * sc
            x0 = cx + (cw - dw) / 2
            y0 = cy + 14
            pane(p, x0, y0, dw, dh, it.kind)
            p.text(
                cx + cw / 2,
                cy + 6,
                f"{tr(lg, 'Pos', 'Pos.', 'Rep.')} {it.pos} - {it.room}",
                s.bold,
                8,
                "center",
            )
            p.line(x0, y0 + dh + 8, x0 + dw, y0 + dh + 8)
            p.text(x0 + dw / 2, y0 + dh + 18, f"{mm(it.w, lg)}", s.font, 7, "center")
            p.text(x0 + dw + 4, y0 + dh / 2, f"{mm(it.h, lg)}", s.font, 7)
            p.text(
                cx + cw / 2,
                y0 + dh + 28,
                fit(f"{it.name(lg)} / {it.glass}", s.font, 6.5, cw - 10),
                s.font,
                6.5,
                "center",
            )
        p.text(
            m,
            hh - 26,
            tr(
                lg,
                "All sizes in mm, overall frame size. Opening marks: apex on the handle side.",
                "Alle Maße in mm, Rahmenaußenmaß. DIN-Anschlag lt. Symbol.",
                "Cotes en mm, hors tout dormant. Sens d'ouverture selon symbole.",
            ),
            s.font,
            7,
        )
        pages.append(p)
    return pages


def tpl_quotation(rng: random.Random, who: Issuer) -> list[Page]:
    """The company's quotation to a customer: a covering letter now and then, the schedule of
    positions with prices and the extras, payment terms; the elevation drawings on landscape
    pages, the terms and an acceptance slip, some of them."""
    h = company_head()
    lg = h.lang
    job = a_job(rng)
    add_extras(rng, job)
    s = style_of(h)
    w, _ = s.page_size
    m = s.margin
    d = job.quoted
    no = f"{tr(lg, 'Q', 'AN', 'DV')}-{d.year % 100}{rng.randint(1000, 9999)}"
    surveyor = crew("surveyor")
    pages: list[Page] = []
    title = tr(lg, "QUOTATION", f"Angebot Nr. {no}", f"DEVIS N° {no}")
    if rng.random() < 0.45:
        f = sheets(s, h)
        recipient(
            f,
            s,
            h,
            customer_lines(job, lg),
            d,
            [(tr(lg, "Our ref", "Unser Zeichen", "N/Réf."), no)],
        )
        caption(
            f,
            s,
            tr(
                lg,
                f"Your new windows and doors - {site_of(job)}",
                f"Ihr Angebot für neue Fenster - {site_of(job)}",
                f"Votre projet de menuiseries - {site_of(job)}",
            ),
            1,
        )
        f.page.text(m, f.y, dear(lg, person_name(job.customer, lg)), s.font, s.size)
        f.y += s.size * 2
        write(
            f,
            s,
            tr(
                lg,
                f"Thank you for inviting us to survey your property on "
                f"{day(h, d - timedelta(days=rng.randint(2, 9)))}. Please find enclosed our "
                f"quotation for the supply and installation of {len(job.items)} item(s) as "
                f"discussed.",
                f"vielen Dank für Ihre Anfrage und den Besichtigungstermin am "
                f"{day(h, d - timedelta(days=rng.randint(2, 9)))}. Anbei erhalten Sie unser "
                f"Angebot "
                f"über Lieferung und Montage von {len(job.items)} Element(en).",
                f"Suite à notre visite du {day(h, d - timedelta(days=rng.randint(2, 9)))}, nous "
                f"avons "
                f"le plaisir de vous adresser notre devis pour la fourniture et la pose de "
                f"{len(job.items)} menuiserie(s).",
            ),
        )
        write(f, s, prose(rng, lg, "glaze", 2, 3))
        write(
            f,
            s,
            tr(
                lg,
                "All our installations are registered with FENSA and carry our 10 year guarantee, "
                "backed by an insurance policy to protect your deposit and guarantee.",
                "Alle Elemente werden nach RAL-Leitfaden montiert. Gerne beraten wir Sie auch zu "
                "Fördermöglichkeiten (BAFA/KfW).",
                "Nos menuiseries sont éligibles aux aides à la rénovation énergétique "
                "(MaPrimeRénov') sous réserve des conditions en vigueur.",
            ),
        )
        regards(f, s, lg, surveyor, tr(lg, "Surveyor", "Fachberater", "Conseiller technique"))
        pages += close(f.pages, s, h, numbers="none")
    f = sheets(s, h, f"{h.name} - {title} {no if lg == 'en' else ''}")
    f.page.text(w - m, f.y, title, s.bold, s.size + 5, "right")
    f.y += 14
    below = window(f.page, s, None, f.y + 6, customer_lines(job, lg))
    yy = pairs(
        f.page,
        s,
        w * 0.56,
        f.y + 6,
        [
            (tr(lg, "Quotation no.", "Angebots-Nr.", "Devis n°"), no),
            (tr(lg, "Date", "Datum", "Date"), day(h, d)),
            (tr(lg, "Valid until", "Gültig bis", "Validité"), day(h, d + timedelta(days=30))),
            (tr(lg, "Surveyor", "Berater", "Conseiller"), surveyor),
            (tr(lg, "Customer no.", "Kunden-Nr.", "Client n°"), job.ref),
        ],
        w - m,
        s.size - 1.5,
    )
    f.y = max(below, yy) + 10
    if job.shop:
        write(
            f,
            s,
            tr(
                lg,
                f"Site: {job.shop}, {site_of(job)}",
                f"Bauvorhaben: {job.shop}, {site_of(job)}",
                f"Chantier : {job.shop}, {site_of(job)}",
            ),
            s.size - 1,
        )
    cols = columns(
        m,
        w - m,
        [(0.6, "left"), (1.1, "left"), (3.8, "left"), (1.7, "left"), (2.2, "left"), (1.2, "right")],
    )
    table(
        f,
        cols,
        [
            tr(lg, "Pos", "Pos.", "Rep."),
            tr(lg, "Room", "Raum", "Pièce"),
            tr(lg, "Description", "Beschreibung", "Désignation"),
            tr(lg, "W x H mm", "B x H mm", "L x H mm"),
            tr(lg, "Glazing", "Verglasung", "Vitrage"),
            tr(lg, "Price", "Preis", "Prix HT"),
        ],
        item_rows(job, lg),
        s,
        size=s.size - 1.5,
        shade=0.88 if rng.random() < 0.5 else None,
        rules=rng.random() < 0.6,
    )
    extra_lines(f, s, lg, job.extras)
    totals(f, s, lg, job.net, job.vat)
    f.y += 8
    dep = round(job.gross * job.deposit / 100, 2)
    write(
        f,
        s,
        tr(
            lg,
            f"Payment terms: {job.deposit:g}% deposit ({cash(dep, lg)}) on order, balance on "
            f"completion. Lead time approx. {rng.choice([4, 5, 6, 8])} weeks from survey.",
            f"Zahlungsbedingungen: {job.deposit:g} % Anzahlung ({cash(dep, lg)}) bei "
            f"Auftragserteilung, "
            f"Rest nach Montage und Abnahme. Lieferzeit ca. {rng.choice([5, 6, 8, 10])} Wochen.",
            f"Conditions : acompte de {job.deposit:g} % ({cash(dep, lg)}) à la commande, solde à "
            f"la "
            f"réception des travaux. Délai indicatif : {rng.choice([5, 6, 8])} semaines.",
        ),
        s.size - 1,
    )
    if rng.random() < 0.4:
        f.need(120)
        f.y += 10
        slip_rule(
            f.page,
            m,
            w - m,
            f.y,
            tr(
                lg,
                "Acceptance - please sign and return",
                "Auftragserteilung - bitte unterschrieben zurück",
                "Bon pour accord - à retourner signé",
            ),
        )
        f.y += 18
        write(
            f,
            s,
            tr(
                lg,
                f"I/We accept quotation {no} dated {short(d, lg)} and the terms of business.",
                f"Hiermit erteile(n) ich/wir den Auftrag gemäß Angebot {no} vom {short(d, lg)}.",
                f"Bon pour accord sur le devis {no} du {short(d, lg)} et les conditions générales.",
            ),
            s.size - 1,
        )
        f.y += 24
        sign_line(
            f.page,
            s,
            m,
            f.y,
            180,
            tr(lg, "Signature", "Unterschrift", "Signature précédée de « bon pour accord »"),
        )
        sign_line(f.page, s, w / 2 + 20, f.y, 140, tr(lg, "Date", "Datum", "Date"))
        f.y += 20
    quote = f.pages
    if rng.random() < 0.45 and not (len(job.items) == 1 and job.items[0].kind == "unit"):
        quote += elevations(rng, s, h, job, no)
    if rng.random() < 0.5:
        quote.append(
            small_print(
                rng,
                s,
                h,
                tr(
                    lg,
                    "Terms and Conditions of Business",
                    "Allgemeine Geschäftsbedingungen",
                    "Conditions générales de vente",
                ),
                QUOTE_TERMS[lg],
            )
        )
    pages += close(quote, s, h, numbers=h.numbers if len(quote) > 1 else "none")
    remember(job, d, no)
    return pages


CANCEL = {
    "en": (
        "Notice of the Right to Cancel",
        "You have the right to cancel this contract within 14 days without giving any reason. "
        "The cancellation period will expire after 14 days from the day of the conclusion of "
        "the contract. To exercise the right to cancel, you must inform us of your decision by "
        "a clear statement (e.g. a letter sent by post or e-mail). You may use the model "
        "cancellation form below, but it is not obligatory. If you requested us to begin the "
        "survey or the manufacture of made-to-measure goods during the cancellation period, "
        "you shall pay us an amount in proportion to what has been provided.",
        "Cancellation form (complete and return this form only if you wish to cancel)",
    ),
    "de": (
        "Widerrufsbelehrung",
        "Sie haben das Recht, binnen vierzehn Tagen ohne Angabe von Gründen diesen Vertrag zu "
        "widerrufen. Die Widerrufsfrist beträgt vierzehn Tage ab dem Tag des Vertragsabschlusses. "
        "Um Ihr Widerrufsrecht auszuüben, müssen Sie uns mittels einer eindeutigen Erklärung "
        "(z. B. ein mit der Post versandter Brief oder E-Mail) über Ihren Entschluss, diesen "
        "Vertrag zu widerrufen, informieren. Das Widerrufsrecht besteht nicht bei Verträgen "
        "zur Lieferung von Waren, die nach Kundenspezifikation angefertigt werden.",
        "Muster-Widerrufsformular (Wenn Sie den Vertrag widerrufen wollen, dann füllen Sie "
        "bitte dieses Formular aus und senden Sie es zurück.)",
    ),
    "fr": (
        "Informations sur le droit de rétractation",
        "Vous avez le droit de vous rétracter du présent contrat sans donner de motif dans un "
        "délai de quatorze jours à compter de la conclusion du contrat. Pour exercer le droit "
        "de rétractation, vous devez nous notifier votre décision au moyen d'une déclaration "
        "dénuée d'ambiguïté. Aucun acompte ne peut être exigé avant l'expiration d'un délai de "
        "sept jours (article L221-10 du Code de la consommation).",
        "Bordereau de rétractation (à compléter et retourner uniquement si vous souhaitez vous "
        "rétracter du contrat)",
    ),
}


def tpl_signed_order(rng: random.Random, who: Issuer) -> list[Page]:
    """The customer's signed order on the company's order form: customer and site fields in
    hand, the product tick boxes, the positions, price, deposit taken and both signatures;
    the notice of the right to cancel with the cancellation form on a page of its own, and now
    and then the terms."""
    h = company_head()
    lg = h.lang
    job = job_for(rng, ("quotation",))
    add_extras(rng, job)
    d = last_day(rng, ("quotation",), (3, 20))
    s = style_of(h, A4, margin=40, pt=8.5)
    w, hh = A4
    m = s.margin
    no = serial(rng, "9999")
    p = Page(A4)
    y = heading(p, s, h)
    title = tr(lg, "ORDER FORM / CONTRACT", "AUFTRAG / WERKVERTRAG", "BON DE COMMANDE")
    p.text(m, y, title, s.bold, 13)
    p.text(w - m, y, f"No. {no}", "Courier-Bold", 13, "right")
    y += 14
    c = job.customer
    y = fields(
        p,
        s,
        m,
        y,
        w - 2 * m,
        [
            (tr(lg, "Customer name", "Name Auftraggeber", "Nom du client"), person_name(c, lg)),
            (
                tr(lg, "Telephone", "Telefon", "Téléphone"),
                serial(
                    rng, {"en": "07999 999999", "de": "0179 9999999", "fr": "06 99 99 99 99"}[lg]
                ),
            ),
            (tr(lg, "Installation address", "Montageadresse", "Adresse du chantier"), site_of(job)),
            (
                tr(lg, "E-mail", "E-Mail", "E-mail"),
                f"{c.last.lower()}{rng.randint(1, 99)}@{rng.choice(MAILS[lg])}",
            ),
        ],
        per=2,
        tall=24,
    )
    y = band(p, s, y, tr(lg, "Specification", "Ausführung", "Caractéristiques"))
    y += 10
    opts = [
        (
            tr(lg, "Material", "Material", "Matériau"),
            MATERIALS[lg][:1] + MATERIALS[lg][2:],
            {
                MATERIALS[lg].index(job.items[0].material)
                if job.items[0].material in MATERIALS[lg]
                else 0
            },
        ),
        (
            tr(lg, "Colour", "Farbe", "Couleur"),
            COLOURS[lg][1:],
            {
                max(0, COLOURS[lg].index(job.items[0].colour) - 1)
                if job.items[0].colour in COLOURS[lg]
                else 0
            },
        ),
        (
            tr(lg, "Glass", "Glas", "Vitrage"),
            [
                tr(lg, "Double", "2-fach", "Double"),
                tr(lg, "Triple", "3-fach", "Triple"),
                tr(lg, "Obscure", "Ornament", "Dépoli"),
                tr(lg, "Toughened", "ESG", "Trempé"),
                tr(lg, "Laminated", "VSG", "Feuilleté"),
            ],
            {1 if lg == "de" else 0} | ({3} if rng.random() < 0.4 else set()),
        ),
        (
            tr(lg, "Handles", "Griffe", "Poignées"),
            [
                tr(lg, "Chrome", "Alu silber", "Blanc"),
                tr(lg, "White", "weiß", "Inox"),
                tr(lg, "Gold", "Edelstahl", "Noir"),
                tr(lg, "Black", "abschließbar", "à clé"),
            ],
            {rng.randrange(4)},
        ),
        (
            tr(lg, "Finance", "Finanzierung", "Financement"),
            yes_no(lg),
            {1 if rng.random() < 0.8 else 0},
        ),
    ]
    for label, choices, on in opts:
        p.text(m, y, label, s.bold, 8)
        y = ticks(p, s, m + 80, y, w - 2 * m - 80, choices, on, 8, 2.0)
    y += 4
    cols = columns(
        m, w - m, [(0.5, "left"), (1.2, "left"), (3.3, "left"), (1.6, "right"), (1.2, "right")]
    )
    x0, x1 = m - 2, w - m + 2
    heads = [
        tr(lg, "Pos", "Pos.", "Rep."),
        tr(lg, "Room", "Raum", "Pièce"),
        tr(lg, "Item", "Element", "Menuiserie"),
        tr(lg, "W x H", "B x H", "L x H"),
        tr(lg, "Price", "Preis", "Prix"),
    ]
    p.rect(x0, y - 9, x1 - x0, 13, fill=0.85)
    for cc, t in zip(cols, heads, strict=True):
        p.text(cc[0] if cc[2] == "left" else cc[1], y, t, s.bold, 7.5, cc[2])
    y += 13
    shown = job.items[:12]
    for it in shown:
        vals = [str(it.pos), it.room, it.name(lg), f"{it.w} x {it.h}", money(it.price, lg)]
        for cc, t in zip(cols, vals, strict=True):
            t = fit(t, HAND, 8, cc[1] - cc[0] - 2)
            p.text(cc[0] if cc[2] == "left" else cc[1], y, t, HAND, 8, cc[2])
        p.line(x0, y + 4, x1, y + 4)
        y += 13
    if len(job.items) > len(shown):
        hand(
            p,
            m + 40,
            y,
            tr(
                lg,
                f"+ {len(job.items) - len(shown)} more as per survey",
                f"+ {len(job.items) - len(shown)} weitere lt. Aufmaß",
                f"+ {len(job.items) - len(shown)} autres selon métré",
            ),
            8,
        )
        y += 13
    y += 6
    gross = job.gross
    dep = round(gross * job.deposit / 100, 0)
    y = fields(
        p,
        s,
        w / 2,
        y,
        w / 2 - m,
        [
            (
                tr(lg, "Contract price incl. VAT", "Gesamtpreis brutto", "Prix total TTC"),
                cash(gross, lg),
            ),
            (
                tr(lg, "Deposit paid", "Anzahlung", "Acompte versé"),
                cash(dep, lg) if rng.random() < 0.8 else "",
            ),
            (
                tr(lg, "Method", "Zahlart", "Mode"),
                rng.choice(
                    tr(
                        lg, "Card|Cheque|BACS", "Überweisung|EC-Karte|bar", "Chèque|CB|Virement"
                    ).split("|")
                ),
            ),
            (
                tr(lg, "Balance on completion", "Rest bei Abnahme", "Solde à la réception"),
                cash(gross - dep, lg),
            ),
        ],
        per=2,
        tall=24,
    )
    hand(p, m, y - 40, fit(words(rng, lg, "glaze", 8), HAND, 8, w / 2 - m - 10), 8)
    y = max(y, hh - 150)
    write_lines = wrap(
        tr(
            lg,
            "I/We have read and accept the terms overleaf and the notice of the right to cancel. "
            "Made-to-measure goods are manufactured after the survey.",
            "Ich/Wir erkennen die umseitigen Bedingungen und die Widerrufsbelehrung an. "
            "Maßanfertigung erfolgt nach Aufmaß.",
            "Je reconnais avoir pris connaissance des conditions générales et du droit de "
            "rétractation au verso.",
        ),
        s.font,
        7,
        w - 2 * m,
    )
    for ln in write_lines:
        p.text(m, y, ln, s.font, 7)
        y += 9
    y += 26
    sign_line(
        p,
        s,
        m,
        y,
        170,
        tr(lg, "Customer signature", "Unterschrift Auftraggeber", "Signature du client"),
        c.name,
    )
    sign_line(
        p,
        s,
        m + 200,
        y,
        150,
        tr(lg, "For the company", "Für den Auftragnehmer", "Pour l'entreprise"),
        crew("surveyor"),
    )
    hand(p, m + 380, y - 3, short(d, lg), 9)
    sign_line(p, s, m + 370, y, w - 2 * m - 370, tr(lg, "Date", "Datum", "Date"))
    pages = [p]
    # the notice of the right to cancel, with the form
    q = Page(A4)
    title_c, text_c, form_c = CANCEL[lg]
    yy = m
    q.text(m, yy, title_c, s.bold, 12)
    yy += 20
    for para in (text_c, words(rng, lg, "legal", 20), words(rng, lg, "legal", 16)):
        yy = write_block(q, s, m, yy, w - 2 * m, para, 8.5)
    yy += 10
    slip_rule(q, m, w - m, yy, tr(lg, "cut here", "hier abtrennen", "découper ici"))
    yy += 20
    for ln in wrap(form_c, s.bold, 8.5, w - 2 * m):
        q.text(m, yy, ln, s.bold, 8.5)
        yy += 11
    yy += 7
    for ln in tr(
        lg,
        f"To: {h.name}, {h.street}, {h.town}|I/We hereby give notice that I/We cancel my/our "
        f"contract for the supply of the following goods/services:|Ordered on / received on:|Name "
        f"of consumer(s):|Address of consumer(s):|Signature of consumer(s) (only if this form is "
        f"notified on paper):|Date:",
        f"An: {h.name}, {h.street}, {h.town}|Hiermit widerrufe(n) ich/wir den von mir/uns "
        f"abgeschlossenen Vertrag über die Erbringung der folgenden Dienstleistung:|Bestellt am / "
        f"erhalten am:|Name des/der Verbraucher(s):|Anschrift des/der "
        f"Verbraucher(s):|Unterschrift des/der Verbraucher(s) (nur bei Mitteilung auf "
        f"Papier):|Datum:",
        f"À l'attention de {h.name}, {h.street}, {h.town}|Je vous notifie par la présente ma "
        f"rétractation du contrat portant sur la prestation ci-dessous :|Commandé le :|Nom du "
        f"(des) consommateur(s) :|Adresse du (des) consommateur(s) :|Signature du (des) "
        f"consommateur(s) :|Date :",
    ).split("|"):
        q.text(m, yy, fit(ln, s.font, 8.5, w - 2 * m), s.font, 8.5)
        q.line(
            m + tw(ln, s.font, 8.5) + 6 if len(ln) < 60 else m,
            yy + 14 if len(ln) >= 60 else yy + 2,
            w - m,
            yy + 14 if len(ln) >= 60 else yy + 2,
        )
        yy += 28 if len(ln) >= 60 else 22
    pages.append(q)
    if rng.random() < 0.4:
        pages.append(
            small_print(
                rng,
                s,
                h,
                tr(
                    lg,
                    "Terms and Conditions",
                    "Allgemeine Geschäftsbedingungen",
                    "Conditions générales de vente",
                ),
                QUOTE_TERMS[lg],
            )
        )
    remember(job, d, no)
    return close(pages, s, h)


def write_block(p: Page, s: Style, x: float, y: float, width: float, text: str, pt: float) -> float:
    """``text`` wrapped to ``width`` on ``p``; the y below it."""
    for ln in wrap(text, s.font, pt, width):
        p.text(x, y, ln, s.font, pt)
        y += pt * 1.4
    return y + pt * 0.6


def tpl_survey_sheet(rng: random.Random, who: Issuer) -> list[Page]:
    """The surveyor's measured survey sheet, filled in by hand on the company's pad: job and
    site fields, the access and building checks as tick boxes, one row per opening (brick to
    brick and order sizes, opening, cill, notes), a frame sketch; a continuation sheet when
    the openings do not fit."""
    h = company_head()
    lg = h.lang
    job = job_for(rng, ("signed_order", "quotation"))
    d = last_day(rng, ("signed_order", "quotation"), (2, 12))
    size = A4 if rng.random() < 0.7 else A4L
    s = style_of(h, size, margin=34, pt=8)
    w, hh = size
    m = s.margin
    surveyor = crew("surveyor")
    per_page = 9 if size == A4 else 7
    pages = []
    chunks = [job.items[k : k + per_page] for k in range(0, len(job.items), per_page)]
    for n, chunk in enumerate(chunks):
        p = Page(size)
        p.text(m, m, fit(h.name, h.bold, 11, w * 0.5), h.bold, 11)
        title = tr(lg, "SURVEY SHEET", "AUFMASSBLATT", "FICHE DE MÉTRÉ")
        if n:
            title += tr(lg, " - continuation", " - Fortsetzung", " - suite")
        p.text(w - m, m, title, h.bold, 13, "right")
        p.text(
            w - m,
            m + 12,
            f"{tr(lg, 'Sheet', 'Blatt', 'Feuille')} {n + 1} "
            f"{tr(lg, 'of', 'von', 'sur')} {len(chunks)}",
            h.font,
            7.5,
            "right",
        )
        y = m + 22
        if n == 0:
            y = fields(
                p,
                s,
                m,
                y,
                w - 2 * m,
                [
                    (tr(lg, "Job no.", "Auftrag", "Affaire"), job.ref),
                    (tr(lg, "Customer", "Kunde", "Client"), job.customer.name),
                    (tr(lg, "Address", "Adresse", "Adresse"), site_of(job)),
                    (tr(lg, "Date of survey", "Aufmaß am", "Date du métré"), short(d, lg)),
                    (tr(lg, "Surveyor", "Aufgemessen von", "Métreur"), surveyor),
                    (
                        tr(lg, "Property age / type", "Baujahr / Art", "Année / type"),
                        rng.choice(
                            [
                                "1930s semi",
                                "1970s detached",
                                "Victorian terrace",
                                "1995",
                                "Bj. 1968",
                                "EFH 1982",
                                "pavillon 1975",
                                "immeuble 1960",
                            ]
                        ),
                    ),
                ],
                per=3,
                tall=24,
            )
            checks = [
                tr(lg, "Scaffold needed", "Gerüst nötig", "Échafaudage"),
                tr(lg, "Lintels OK", "Stürze i.O.", "Linteaux OK"),
                tr(lg, "Cavity closers", "Rollladenkasten", "Coffre volet"),
                tr(lg, "Safety glass req.", "Absturzsicherung", "Garde-corps"),
                tr(lg, "Fire escape", "Rettungsweg", "Issue de secours"),
                tr(lg, "Parking on site", "Parken möglich", "Stationnement"),
                tr(lg, "Asbestos suspected", "Asbestverdacht", "Amiante"),
            ]
            on = {k for k in range(len(checks)) if rng.random() < 0.35}
            y = ticks(p, s, m, y + 2, w - 2 * m, checks, on, 8, 2.4)
        heads = [
            tr(lg, "Pos", "Pos", "Rep"),
            tr(lg, "Room", "Raum", "Pièce"),
            tr(lg, "Type", "Typ", "Type"),
            tr(lg, "B-B W", "Lichte B", "Tableau L"),
            tr(lg, "B-B H", "Lichte H", "Tableau H"),
            tr(lg, "Order W", "Bestell B", "Cote L"),
            tr(lg, "Order H", "Bestell H", "Cote H"),
            tr(lg, "Opening", "Öffnung", "Ouvrant"),
            tr(lg, "Cill", "Fensterbank", "Appui"),
            tr(lg, "Notes", "Bemerkung", "Remarques"),
        ]
        cols = columns(
            m,
            w - m,
            [
                (0.5, "center"),
                (1.1, "left"),
                (1.2, "left"),
                (0.9, "center"),
                (0.9, "center"),
                (0.9, "center"),
                (0.9, "center"),
                (1.1, "left"),
                (0.9, "left"),
                (2.4, "left"),
            ],
        )
        row_h = 30
        p.rect(m, y, w - 2 * m, 14, fill=0.85)
        for cc, t in zip(cols, heads, strict=True):
            p.text(
                (cc[0] + cc[1]) / 2,
                y + 10,
                fit(t, s.bold, 6.5, cc[1] - cc[0]),
                s.bold,
                6.5,
                "center",
            )
        y += 14
        for k in range(per_page):
            p.rect(m, y, w - 2 * m, row_h)
            for cc in cols[1:]:
                p.line(cc[0] - 2, y, cc[0] - 2, y + row_h)
            if k < len(chunk):
                it = chunk[k]
                vals = [
                    str(it.pos),
                    it.room,
                    {
                        "casement": "2 lt",
                        "tilt": "DK",
                        "sash": "VS",
                        "fixed": "FIX",
                        "french": "FD",
                        "bifold": "BF",
                        "patio": "PD",
                        "front": "ED",
                        "shop": "SF",
                        "unit": "S/U",
                    }[it.kind],
                    str(it.w + rng.choice([10, 15, 20, 25])),
                    str(it.h + rng.choice([10, 15, 20])),
                    str(it.w),
                    str(it.h),
                    rng.choice(["L/H", "R/H", "T/H", "DK li", "DK re", "fixe", "OF", "-"]),
                    rng.choice(["150", "180 std", "-", "85 stub", "225"]),
                    rng.choice(
                        [
                            "",
                            "",
                            "obsc",
                            "TGH",
                            "vent",
                            "sticky sash",
                            "rot in cill",
                            "match ex.",
                            "low sill TGH",
                            "",
                        ]
                    ),
                ]
                for cc, t in zip(cols, vals, strict=True):
                    t = fit(t, HAND, 8.5, cc[1] - cc[0])
                    x = cc[0] if cc[2] == "left" else (cc[0] + cc[1]) / 2
                    p.text(x, y + 19, t, HAND, 8.5, "left" if cc[2] == "left" else "center")
            y += row_h
        y += 12
        if n == len(chunks) - 1 and y < hh - 130:
            bw = min(220.0, w / 2 - m)
            p.rect(m, y, bw, hh - m - y - 20)
            p.text(m + 4, y + 10, tr(lg, "Sketch / elevation", "Skizze", "Croquis"), s.font, 7)
            it = job.items[0]
            sc = min((bw - 60) / it.w, (hh - m - y - 80) / it.h)
            pane(p, m + 30, y + 24, it.w * sc, it.h * sc, it.kind)
            hand(p, m + 30 + it.w * sc / 2 - 12, y + 38 + it.h * sc, str(it.w), 8)
            hand(p, m + 36 + it.w * sc, y + 24 + it.h * sc / 2, str(it.h), 8)
            x2 = m + bw + 14
            p.text(
                x2,
                y + 10,
                tr(lg, "Notes for fitters", "Hinweise Montage", "Consignes pose"),
                s.bold,
                7.5,
            )
            yy = y + 26
            for _ in range(rng.randint(2, 4)):
                hand(
                    p,
                    x2,
                    yy,
                    fit(words(rng, lg, "glaze", rng.randint(4, 8)), HAND, 8.5, w - m - x2),
                    8.5,
                )
                yy += 16
            sign_line(p, s, x2, hh - m - 30, 150, tr(lg, "Surveyor", "Aufmaß", "Métreur"), surveyor)
            sign_line(
                p,
                s,
                x2 + 170,
                hh - m - 30,
                w - m - x2 - 170,
                tr(lg, "Customer", "Kunde", "Client"),
                job.customer.name if rng.random() < 0.6 else "",
            )
        pages.append(p)
    remember(job, d)
    return pages


def invoice_head(
    f: Sheets, s: Style, h: Head, title: str, lines: list[str], refs: list[tuple[str, str]]
) -> None:
    w, _ = f.size
    m = s.margin
    f.page.text(w - m, f.y, title, s.bold, s.size + 5, "right")
    f.y += 14
    below = window(f.page, s, h if h.look in ("plain", "band") else None, f.y + 6, lines)
    yy = pairs(f.page, s, w * 0.56, f.y + 6, refs, w - m, s.size - 1.5)
    f.y = max(below, yy) + 14


def remittance(f: Sheets, s: Style, h: Head, lines: list[tuple[str, str]]) -> None:
    """A tear-off remittance slip at the foot of the page."""
    w, hh = f.size
    m = s.margin
    lg = h.lang
    top = hh - m - 7 * len(h.foot) - 118
    if f.y > top - 10:
        f.new_page()
    y = top
    slip_rule(
        f.page,
        m,
        w - m,
        y,
        tr(
            lg,
            "Remittance slip - please return with your payment",
            "Zahlschein - bitte abtrennen",
            "Talon à joindre à votre règlement",
        ),
    )
    y += 16
    f.page.text(m, y, h.name, s.bold, s.size)
    f.page.text(m, y + 11, fit(bank_lines(h), s.font, 7.5, w / 2 - m), s.font, 7.5)
    pairs(f.page, s, w * 0.52, y, lines, w - m, s.size - 1)
    f.page.text(m, y + 40, tr(lg, "Amount enclosed:", "Betrag:", "Montant :"), s.font, 8)
    f.page.rect(m + 80, y + 30, 100, 16)
    f.y = hh


def tpl_deposit_invoice(rng: random.Random, who: Issuer) -> list[Page]:
    """The company's deposit invoice to a customer after the order: order reference, contract
    value and the deposit with its VAT, the bank details, a tear-off remittance slip now and
    then."""
    h = company_head()
    lg = h.lang
    job = job_for(rng, ("signed_order", "quotation"))
    d = last_day(rng, ("signed_order", "quotation"), (0, 6))
    s = style_of(h)
    w, _ = s.page_size
    m = s.margin
    no = f"{tr(lg, 'INV', 'RE', 'FA')}{d.year % 100}{rng.randint(1000, 9999)}"
    f = sheets(s, h)
    invoice_head(
        f,
        s,
        h,
        tr(lg, "DEPOSIT INVOICE", "ANZAHLUNGSRECHNUNG", "FACTURE D'ACOMPTE"),
        customer_lines(job, lg),
        [
            (tr(lg, "Invoice no.", "Rechnungs-Nr.", "Facture n°"), no),
            (tr(lg, "Invoice date", "Rechnungsdatum", "Date"), day(h, d)),
            (tr(lg, "Job no.", "Auftrags-Nr.", "Affaire"), job.ref),
            (tr(lg, "Customer no.", "Kunden-Nr.", "Client"), serial(rng, "K99999")),
        ],
    )
    if lg == "de":
        f.page.text(m, f.y, dear(lg, person_name(job.customer, lg)), s.font, s.size)
        f.y += s.size * 2
        write(
            f,
            s,
            "vielen Dank für Ihren Auftrag. Vereinbarungsgemäß berechnen wir Ihnen die "
            "folgende Anzahlung:",
        )
    net = round(job.net * job.deposit / 100, 2)
    cols = columns(m, w - m, [(5, "left"), (1.2, "right")])
    table(
        f,
        cols,
        [
            tr(lg, "Description", "Bezeichnung", "Désignation"),
            tr(lg, "Amount", "Betrag", "Montant HT"),
        ],
        [
            [
                tr(
                    lg,
                    f"{job.deposit:g}% deposit on order for {len(job.items)} item(s) at "
                    f"{site_of(job)}",
                    f"{job.deposit:g} % Anzahlung lt. Auftrag vom "
                    f"{short(job.quoted + timedelta(days=7), lg)}",
                    f"Acompte de {job.deposit:g} % sur devis accepté",
                ),
                money(net, lg),
            ],
            [
                tr(
                    lg,
                    f"Contract value {cash(job.gross, lg)} incl. VAT",
                    f"Auftragssumme {cash(job.gross, lg)} brutto",
                    f"Montant du marché {cash(job.gross, lg)} TTC",
                ),
                "",
            ],
        ],
        s,
        rules=True,
    )
    due = totals(f, s, lg, net, job.vat)
    f.y += 6
    write(
        f,
        s,
        tr(
            lg,
            f"Payment due on receipt. Please quote {no} as reference. Manufacture of your "
            "windows begins once the deposit has cleared.",
            f"Zahlbar sofort ohne Abzug. Bitte geben Sie als Verwendungszweck {no} an. Die "
            "Fertigung beginnt nach Zahlungseingang.",
            f"Règlement à réception. Merci de rappeler la référence {no}. La fabrication est "
            "lancée à réception de l'acompte.",
        ),
        s.size - 1,
    )
    write(f, s, bank_lines(h), s.size - 1)
    if rng.random() < 0.5:
        remittance(
            f,
            s,
            h,
            [
                (tr(lg, "Invoice", "Rechnung", "Facture"), no),
                (tr(lg, "Customer", "Kunde", "Client"), job.customer.name),
                (tr(lg, "Amount due", "Betrag", "Montant"), cash(due, lg)),
            ],
        )
    remember(job, d, (no, due))
    return close(f.pages, s, h, numbers="none" if len(f.pages) == 1 else h.numbers)


def completion_note(rng: random.Random, s0: Style, h: Head, job: Job, d: date) -> Page:
    """The fitters' completion sheet the customer signs on the day, as a page of its own."""
    lg = h.lang
    size = A4 if rng.random() < 0.6 else A5
    s = paper(s0, size, margin=36 if size == A5 else 46, pt=8)
    w, hh = size
    m = s.margin
    p = Page(size)
    y = heading(p, s, h)
    p.text(
        m,
        y,
        tr(
            lg,
            "Job Completion & Customer Satisfaction",
            "Montagebericht / Abnahmebestätigung",
            "Attestation de fin de chantier",
        ),
        s.bold,
        11,
    )
    y += 12
    y = fields(
        p,
        s,
        m,
        y,
        w - 2 * m,
        [
            (tr(lg, "Job no.", "Auftrag", "Affaire"), job.ref),
            (tr(lg, "Date completed", "Montage am", "Date"), short(d, lg)),
            (tr(lg, "Fitters", "Monteure", "Poseurs"), " / ".join(fitters(rng))),
            (tr(lg, "Items fitted", "Elemente", "Menuiseries"), str(len(job.items))),
        ],
        per=2,
        tall=24,
    )
    checks = [
        tr(
            lg,
            "All windows and doors open, close and lock correctly",
            "Alle Elemente gangbar und verriegelbar",
            "Fonctionnement des ouvrants vérifié",
        ),
        tr(lg, "Keys and handles handed over", "Schlüssel übergeben", "Clés remises"),
        tr(
            lg,
            "Old frames removed from site",
            "Altfenster entsorgt",
            "Anciennes menuiseries évacuées",
        ),
        tr(lg, "Site left clean and tidy", "Baustelle sauber hinterlassen", "Chantier nettoyé"),
        tr(lg, "Operation and care explained", "Bedienung erklärt", "Entretien expliqué"),
    ]
    for t in checks:
        p.text(m, y, fit(t, s.font, 8, w - 2 * m - 70), s.font, 8)
        y = ticks(p, s, w - m - 70, y, 70, yes_no(lg), {0 if rng.random() < 0.92 else 1}, 8, 2.2)
    y += 4
    p.text(
        m,
        y,
        tr(
            lg,
            "Outstanding items / comments:",
            "Restarbeiten / Bemerkungen:",
            "Réserves / observations :",
        ),
        s.font,
        8,
    )
    y += 14
    for k in range(2):
        if k == 0 and rng.random() < 0.4:
            hand(p, m + 4, y - 2, fit(words(rng, lg, "fault", 7), HAND, 8.5, w - 2 * m), 8.5)
        p.line(m, y + 2, w - m, y + 2)
        y += 16
    y += 8
    p.text(
        m,
        y,
        tr(
            lg,
            "How satisfied are you with our fitters?",
            "Wie zufrieden waren Sie?",
            "Êtes-vous satisfait ?",
        ),
        s.font,
        8,
    )
    y = ticks(
        p,
        s,
        m + 180 if size == A4 else m,
        y + (0 if size == A4 else 14),
        w - 2 * m - 180,
        ["1", "2", "3", "4", "5"],
        {rng.choice([3, 4, 4, 4, 2])},
        8,
        3,
    )
    y = max(y + 24, hh - m - 60)
    sign_line(
        p, s, m, y, (w - 2 * m) * 0.45, tr(lg, "Customer", "Kunde", "Client"), job.customer.name
    )
    sign_line(
        p,
        s,
        m + (w - 2 * m) * 0.55,
        y,
        (w - 2 * m) * 0.45,
        tr(lg, "Lead fitter", "Monteur", "Chef poseur"),
        fitters(rng, 1)[0],
    )
    return p


def tpl_final_invoice(rng: random.Random, who: Issuer) -> list[Page]:
    """The company's final invoice after fitting: the positions, the extras and variations,
    VAT, the deposit deducted and the balance; now and then with the completion sheet the
    customer signed behind it."""
    h = company_head()
    lg = h.lang
    job = job_for(rng, ("deposit_invoice", "signed_order", "survey_sheet", "remedial_report"))
    add_extras(rng, job)
    d = (
        max(job.fitted, some_day(rng))
        if not after(("deposit_invoice",))
        else last_day(rng, ("deposit_invoice",), (25, 50))
    )
    s = style_of(h)
    w, _ = s.page_size
    m = s.margin
    no = f"{tr(lg, 'INV', 'RE', 'FA')}{d.year % 100}{rng.randint(1000, 9999)}"
    f = sheets(s, h, f"{h.name} - {tr(lg, 'Invoice', 'Rechnung', 'Facture')} {no}")
    invoice_head(
        f,
        s,
        h,
        tr(lg, "INVOICE", "SCHLUSSRECHNUNG", "FACTURE"),
        customer_lines(job, lg),
        [
            (tr(lg, "Invoice no.", "Rechnungs-Nr.", "Facture n°"), no),
            (tr(lg, "Date / tax point", "Datum", "Date"), day(h, d)),
            (tr(lg, "Job no.", "Auftrags-Nr.", "Affaire"), job.ref),
            (tr(lg, "Fitted", "Leistungsdatum", "Date de pose"), short(job.fitted, lg)),
        ],
    )
    if lg == "fr":
        write(f, s, f"Chantier : {site_of(job)}", s.size - 1)
    cols = columns(
        m,
        w - m,
        [(0.6, "left"), (1.1, "left"), (3.8, "left"), (1.7, "left"), (2.2, "left"), (1.2, "right")],
    )
    table(
        f,
        cols,
        [
            tr(lg, "Pos", "Pos.", "Rep."),
            tr(lg, "Room", "Raum", "Pièce"),
            tr(lg, "Description", "Beschreibung", "Désignation"),
            tr(lg, "Size", "Maße", "Cotes"),
            tr(lg, "Glazing", "Verglasung", "Vitrage"),
            tr(lg, "Net", "Netto", "HT"),
        ],
        item_rows(job, lg),
        s,
        size=s.size - 1.5,
        rules=rng.random() < 0.5,
    )
    extra_lines(f, s, lg, job.extras)
    if rng.random() < 0.25 and len(job.extras) < 5:
        var = tr(
            lg,
            "Variation: additional packers / cill extension",
            "Nachtrag: Fensterbankverlängerung",
            "Avenant : rallonge d'appui",
        )
        extra = (var, round(rng.choice([45.0, 60.0, 85.0, 120.0, 150.0]), 2))
        extra_lines(f, s, lg, [extra])
        job.extras.append(extra)
    dep_paid = round(job.gross * job.deposit / 100, 2) if rng.random() < 0.85 else 0.0
    due = totals(f, s, lg, job.net, job.vat, less=dep_paid)
    f.y += 6
    write(
        f,
        s,
        tr(
            lg,
            f"Balance due within 7 days of completion. {bank_lines(h)}. Reference: {no}.",
            f"Zahlbar innerhalb 14 Tagen ohne Abzug. {bank_lines(h)}. Verwendungszweck: {no}.",
            f"Paiement à réception. {bank_lines(h)}. Pas d'escompte pour paiement anticipé. "
            "Pénalités de retard : 3 fois le taux d'intérêt légal ; indemnité forfaitaire 40 €.",
        ),
        s.size - 1,
    )
    if lg == "de":
        write(
            f,
            s,
            "Hinweis nach § 14 UStG: Als privater Leistungsempfänger sind Sie verpflichtet, "
            "diese Rechnung zwei Jahre aufzubewahren. Lohnanteil nach § 35a EStG: "
            f"{cash(round(job.net * 0.28, 2), lg)}.",
            s.size - 1.5,
        )
    if lg == "fr" and job.vat < 20:
        write(
            f,
            s,
            f"TVA au taux réduit de {job.vat:g} % sur attestation du client (travaux "
            "dans un logement achevé depuis plus de deux ans).",
            s.size - 1.5,
        )
    pages = close(f.pages, s, h, numbers="none" if len(f.pages) == 1 else h.numbers)
    if rng.random() < 0.45:
        pages.append(completion_note(rng, s, h, job, job.fitted))
    received(rng, pages[0], lg, d, 0.1)
    remember(job, d, (no, due))
    return pages


# ---------------------------------------------------------------------------------------------
# Templates AAAAA: suppliers' order confirmations, delivery notes and invoices
# ---------------------------------------------------------------------------------------------

SUNDRIES = {
    "en": [
        ("LOW-MOD-WH", "Low modulus silicone, white, 310ml", "box 25", 58.0),
        ("FOAM-750", "Expanding foam, gun grade 750ml", "each", 6.4),
        ("PKR-MIX", "Glazing packers, mixed box", "box", 11.5),
        ("FS-7.5x100", "Concrete frame screws 7.5 x 100", "box 100", 14.9),
        ("TRIM-62-WH", "62mm PVCu architrave, 5m", "length", 7.2),
        ("CILL-150", "150mm PVCu cill, 4.5m", "length", 24.0),
        ("BEAD-24", "24mm chamfered bead, 6m", "length", 4.1),
        ("GSK-BLK", "Black wedge gasket, 100m", "roll", 19.5),
        ("TVENT-WH", "Trickle vent 4000mm2, white", "each", 3.1),
    ],
    "de": [
        ("MS-310-WS", "MS-Polymer Dichtstoff weiß 310 ml", "Krt. 20", 96.0),
        ("PU-750", "PU-Pistolenschaum B2 750 ml", "Stk.", 7.9),
        ("VK-SORT", "Verglasungsklötze sortiert", "Pkt.", 12.8),
        ("RS-7,5x112", "Rahmendübel/Schraube 7,5 x 112", "Pkt. 100", 18.5),
        ("FB-175-WS", "Innenfensterbank 175 mm weiß", "lfm", 16.4),
        ("ANS-FOL-70", "Fensteranschlussband innen 70 mm", "Rolle", 32.0),
        ("KOMPR-BD", "Kompriband 15/3-6", "Rolle", 9.6),
        ("GR-SEC", "Fenstergriff abschließbar", "Stk.", 11.9),
    ],
    "fr": [
        ("MAST-MS", "Mastic MS polymère blanc 290 ml", "carton 12", 54.0),
        ("MOUS-750", "Mousse PU pistolable 750 ml", "u", 7.2),
        ("CAL-ASS", "Cales de vitrage assorties", "sachet", 9.8),
        ("VIS-7,5", "Vis béton 7,5 x 92", "boîte 100", 16.3),
        ("COUV-40", "Couvre-joint PVC blanc 40 mm, 3 m", "barre", 5.6),
        ("BAV-70", "Bavette alu laquée 70 mm", "ml", 12.4),
        ("COMPR-15", "Mousse imprégnée 15/3-7", "rouleau", 8.9),
        ("ENTR-AIR", "Entrée d'air hygroréglable", "u", 14.5),
    ],
}


def supplier_of(who: Issuer) -> Head:
    r = keyed(who, "supplier")
    role = r.choice(["glass", "profile", "profile", "glass", "merchant"])
    abroad = {"glass": 0.08, "profile": 0.18, "merchant": 0.0}[role]
    return head_of(who, role, abroad)


def supply_lines(rng: random.Random, h: Head, job: Job) -> list[tuple[str, str, float, str, float]]:
    """What the supplier ``h`` delivers for ``job``: code, description, quantity, unit,
    unit price (in the supplier's language)."""
    lg = h.lang
    out: list[tuple[str, str, float, str, float]] = []
    if h.role == "glass":
        for it in job.items:
            n = {"casement": 2, "french": 2, "bifold": 3, "patio": 2, "shop": 3}.get(it.kind, 1)
            gw = (it.w - 110) // n - 60 if n > 1 else it.w - 118
            gh = it.h - 118 if it.kind != "shop" else int(it.h * 0.7)
            make = it.glass if lg == home() else rng.choice(GLASS[lg])
            m2 = max(gw * gh / 1e6, 0.3)
            out.append(
                (
                    f"{job.ref}/{it.pos}",
                    f"{make} {rng.choice(SPACERS)} {mm(gw, lg)} x {mm(gh, lg)}",
                    float(n),
                    tr(lg, "unit", "Stk.", "u"),
                    round(
                        m2 * rng.uniform(38, 62) * (1.6 if "T" in make or "VSG" in make else 1), 2
                    ),
                )
            )
    elif h.role == "profile":
        for it in job.items:
            code = serial(rng, "AA999")
            desc = tr(
                lg,
                f"{it.name('en')} {mm(it.w, lg)} x {mm(it.h, lg)}, {it.colour}, "
                f"{rng.choice(['70mm', '70mm', '6-chamber'])}, "
                f"{rng.choice(['no cill', '150 cill', '85 stub'])}",
                f"{it.name('de')} {mm(it.w, lg)} x {mm(it.h, lg)}, {rng.choice(COLOURS['de'])}, "
                f"{rng.choice(['82 mm MD', '76 mm AD', '70 mm'])}, "
                f"{rng.choice(['DIN li', 'DIN re', 'fest'])}",
                f"{it.name('fr')} {mm(it.w, lg)} x {mm(it.h, lg)}, {rng.choice(COLOURS['fr'])}, "
                f"{rng.choice(['dormant 70', 'rénovation 40', 'tapée 160'])}",
            )
            out.append(
                (
                    code,
                    desc,
                    1.0,
                    tr(lg, "frame", "Stk.", "u"),
                    round(it.price * rng.uniform(0.32, 0.45), 2),
                )
            )
    else:
        for code, desc, unit, price in rng.sample(SUNDRIES[lg], rng.randint(3, len(SUNDRIES[lg]))):
            out.append((code, desc, float(rng.choice([1, 2, 2, 3, 4, 5, 6, 10, 12])), unit, price))
    return out


def supply_rows(
    lines: list[tuple[str, str, float, str, float]], lg: str, price: bool = True
) -> list[list[str]]:
    rows = []
    for k, (code, desc, q, unit, pr) in enumerate(lines, 1):
        row = [str(k), code, desc, qty(q, lg), unit]
        if price:
            row += [money(pr, lg), money(q * pr, lg)]
        rows.append(row)
    return rows


def supply_for(
    rng: random.Random, h: Head, kinds: tuple[str, ...]
) -> tuple[Job, str, list[tuple[str, str, float, str, float]]]:
    """The job, the company's order number and the lines of the previous supplier paper if it
    came from ``h`` (a companion), else new ones."""
    ex = LAST["extra"]
    j = LAST["job"]
    if (
        after(kinds)
        and isinstance(ex, tuple)
        and len(ex) == 3
        and ex[0] == h.name
        and isinstance(j, Job)
    ):
        return j, str(ex[1]), list(ex[2])  # type: ignore[arg-type]
    job = job_for(rng, ("survey_sheet", "signed_order"))
    po = f"{tr(home(), 'PO', 'B', 'BC')}{rng.randint(10000, 99999)}"
    return job, po, supply_lines(rng, h, job)


def foreign_note(h: Head) -> str:
    if h.lang == home():
        return ""
    return tr(
        h.lang,
        "Zero-rated: export of goods / intra-community supply, VAT reverse charge.",
        "Steuerfreie innergemeinschaftliche Lieferung / Ausfuhrlieferung, Steuerschuldnerschaft "
        "des Leistungsempfängers.",
        "Exonération de TVA, article 262 ter I du CGI / autoliquidation.",
    )


def tpl_supplier_confirmation(rng: random.Random, who: Issuer) -> list[Page]:
    """A glass or profile supplier's order acknowledgement: the company's order number and
    job reference, the delivery week, one line per sealed unit or frame with its make-up and
    size, the net total, a request to check within 24 hours; sometimes on landscape A4 and
    with the supplier's terms behind."""
    h = supplier_of(who)
    if h.role == "merchant":
        h = head_of(who, "glass")
    lg = h.lang
    job, po, lines = supply_for(rng, h, ())
    d = last_day(rng, ("survey_sheet", "signed_order"), (1, 5))
    size = A4L if keyed(who, "land").random() < 0.35 else A4
    s = style_of(h, size, pt=8.5 if size == A4 else 9)
    w, _ = size
    m = s.margin
    no = serial(rng, rng.choice(["AB 9999999", "SO-999999", "99-99999", "ARC999999"]))
    wk = (job.fitted - timedelta(days=rng.randint(5, 12))).isocalendar()[1]
    f = sheets(
        s,
        h,
        f"{h.name} - {tr(lg, 'Order acknowledgement', 'Auftragsbestätigung', 'AR de commande')} "
        f"{no}",
    )
    invoice_head(
        f,
        s,
        h,
        tr(lg, "ORDER ACKNOWLEDGEMENT", "AUFTRAGSBESTÄTIGUNG", "ACCUSÉ DE RÉCEPTION DE COMMANDE"),
        company_lines(),
        [
            (tr(lg, "Acknowledgement no.", "AB-Nr.", "N° AR"), no),
            (tr(lg, "Date", "Datum", "Date"), day(h, d)),
            (tr(lg, "Your order no.", "Ihre Bestellung", "Votre commande"), po),
            (
                tr(lg, "Your reference", "Ihr Zeichen / Kommission", "Votre réf. / chantier"),
                f"{job.ref} {job.customer.last}",
            ),
            (
                tr(lg, "Delivery", "Liefertermin", "Livraison"),
                tr(lg, f"Week {wk}", f"KW {wk}", f"Semaine {wk}"),
            ),
        ],
    )
    write(
        f,
        s,
        tr(
            lg,
            "Thank you for your order, which we have accepted as follows. Please check sizes, "
            "specification and colours carefully and notify us of any error within 24 hours, after "
            "which the order goes into production and cannot be changed.",
            "Wir danken für Ihren Auftrag, den wir wie folgt bestätigen. Bitte prüfen Sie Maße und "
            "Ausführung umgehend; Abweichungen teilen Sie uns bitte innerhalb von 24 Stunden mit.",
            "Nous vous remercions de votre commande que nous confirmons ci-dessous. Merci de "
            "vérifier les cotes et finitions et de nous signaler toute erreur sous 24 heures.",
        ),
        s.size - 0.5,
    )
    cols = columns(
        m,
        w - m,
        [
            (0.4, "left"),
            (1.1, "left"),
            (6 if size == A4L else 4.6, "left"),
            (0.6, "right"),
            (0.7, "left"),
            (1, "right"),
            (1.1, "right"),
        ],
    )
    table(
        f,
        cols,
        [
            "#",
            tr(lg, "Ref", "Pos.", "Réf."),
            tr(lg, "Description", "Bezeichnung", "Désignation"),
            tr(lg, "Qty", "Menge", "Qté"),
            tr(lg, "Unit", "ME", "U"),
            tr(lg, "Price", "EP", "PU HT"),
            tr(lg, "Total", "GP", "Total HT"),
        ],
        supply_rows(lines, lg),
        s,
        size=s.size - 1,
        shade=0.9 if rng.random() < 0.5 else None,
        rules=rng.random() < 0.4,
    )
    net = round(sum(q * pr for _, _, q, _, pr in lines), 2)
    rate = 0.0 if foreign_note(h) else vat_rate(lg)
    totals(f, s, lg, net, rate)
    if foreign_note(h):
        write(f, s, foreign_note(h), s.size - 1)
    if rng.random() < 0.5:
        write(
            f,
            s,
            tr(
                lg,
                "Delivery on our own transport on returnable stillages/A-frames, "
                "which remain our property.",
                "Lieferung mit eigenem Lkw auf Leihgestellen (Pfand), die unser Eigentum bleiben.",
                "Livraison sur pupitres consignés restant notre propriété.",
            ),
            s.size - 1,
        )
    pages = f.pages
    if keyed(who, "terms").random() < 0.35:
        pages.append(
            small_print(
                rng,
                paper(s, A4),
                h,
                tr(
                    lg,
                    "Conditions of Sale",
                    "Allgemeine Verkaufs- und Lieferbedingungen",
                    "Conditions générales de vente",
                ),
                QUOTE_TERMS[lg][:8] + QUOTE_TERMS[lg][-2:],
            )
        )
    received(rng, pages[0], home(), d, 0.2)
    remember(job, d, (h.name, po, lines))
    return close(pages, s, h)


def tpl_delivery_note(rng: random.Random, who: Issuer) -> list[Page]:
    """A supplier's delivery note as it comes off the lorry: on A5 landscape, A4 or a narrow
    slip; the order and delivery numbers, stillage or rack, the lines with quantities ordered
    and delivered, the driver, and the fitter's or foreman's signature and time on receipt."""
    h = supplier_of(who)
    lg = h.lang
    job, po, lines = supply_for(rng, h, ("supplier_confirmation",))
    if h.role != "merchant" and after(("supplier_confirmation",)):
        d = last_day(rng, ("supplier_confirmation",), (6, 25))
    else:
        d = some_day(rng)
    r = keyed(who, "dnsize")
    size = [A5L, A4, SLIP][r.randrange(3)] if h.role != "merchant" else [SLIP, A5L][r.randrange(2)]
    narrow = size == SLIP
    s = style_of(h, size, margin=20 if narrow else 30, pt=7.5 if narrow else 8)
    w, hh = size
    m = s.margin
    no = serial(rng, rng.choice(["DN999999", "LS 9999999", "BL99999", "9999999"]))
    p = Page(size)
    y = heading(p, s, h)
    title = tr(lg, "DELIVERY NOTE", "LIEFERSCHEIN", "BON DE LIVRAISON")
    p.text(m if narrow else w - m, y, title, s.bold, 11, "left" if narrow else "right")
    y += 14
    refs = [
        (tr(lg, "Delivery no.", "Lieferschein-Nr.", "BL n°"), no),
        (tr(lg, "Date", "Datum", "Date"), short(d, lg)),
        (tr(lg, "Your order", "Ihre Bestellung", "Votre cde"), po),
        (tr(lg, "Job / ref", "Kommission", "Chantier"), f"{job.ref} {job.customer.last}"),
    ]
    if h.role != "merchant":
        refs.append((tr(lg, "Stillage / rack", "Gestell-Nr.", "Pupitre n°"), serial(rng, "A-999")))
    if narrow:
        p.text(m, y, company_name(), s.bold, 8)
        y = pairs(p, s, m, y + 12, refs, w - m, 7.5) + 6
        p.line(m, y - 4, w - m, y - 4)
        for k, (code, desc, q, unit, _) in enumerate(lines, 1):
            for ln in wrap(f"{k}. {code} {desc}", s.font, 7.5, w - 2 * m - 40)[:2]:
                p.text(m, y + 6, ln, s.font, 7.5)
                y += 9
            p.text(w - m, y - 3, f"{qty(q, lg)} {unit}", s.bold, 7.5, "right")
            y += 4
            if y > hh - 130:
                break
        y += 8
    else:
        below = window(p, s, None, y + 4, company_lines())
        yy = pairs(p, s, w * 0.55, y + 4, refs, w - m, 7.5)
        y = max(below, yy) + 8
        cols = columns(
            m,
            w - m,
            [
                (0.4, "left"),
                (1.2, "left"),
                (5, "left"),
                (0.9, "right"),
                (0.9, "right"),
                (0.7, "left"),
            ],
        )
        f = Sheets(size, hh - 10, lambda pg, n: m)
        f.page, f.pages, f.y = p, [p], y
        room = max(3, int((hh - 120 - y) / 11.25) - 2)
        rows = [
            [
                str(k),
                code,
                desc,
                qty(q, lg),
                qty(q if rng.random() < 0.93 else max(q - 1, 0), lg),
                unit,
            ]
            for k, (code, desc, q, unit, _) in enumerate(lines, 1)
        ]
        table(
            f,
            cols,
            [
                "#",
                tr(lg, "Code", "Art.-Nr.", "Code"),
                tr(lg, "Description", "Bezeichnung", "Désignation"),
                tr(lg, "Ordered", "Bestellt", "Cdé"),
                tr(lg, "Delivered", "Geliefert", "Livré"),
                tr(lg, "Unit", "ME", "U"),
            ],
            rows[:room],
            s,
            size=7.5,
            rules=True,
            step=1.5,
        )
        if len(rows) > room:
            more = len(rows) - room
            f.page.text(
                m,
                f.y,
                tr(
                    lg,
                    f"... {more} further lines on attached list",
                    f"... weitere {more} Positionen lt. Packliste",
                    f"... {more} lignes suivantes sur liste jointe",
                ),
                s.font,
                7.5,
            )
            f.y += 12
        y = f.y + 6
    y = min(y, hh - 95)
    p.text(
        m,
        y,
        fit(
            tr(
                lg,
                "Goods received in good condition. Glass damage must be noted on this "
                "note at delivery.",
                "Ware in einwandfreiem Zustand erhalten. Glasbruch "
                "bitte sofort auf dem Lieferschein vermerken.",
                "Marchandise reçue en bon état. Toute casse doit être signalée sur le BL.",
            ),
            s.font,
            6.5,
            w - 2 * m,
        ),
        s.font,
        6.5,
    )
    y += 14
    if rng.random() < 0.2:
        hand(
            p,
            m,
            y + 4,
            fit(
                tr(
                    lg,
                    "1 unit chipped - refused",
                    "1 Scheibe Kantenschaden",
                    "1 vitrage écaillé - refusé",
                ),
                HAND,
                9,
                w - 2 * m,
            ),
            9,
        )
        y += 14
    half = (w - 2 * m) / 2 - 6
    sign_line(p, s, m, y + 28, half, tr(lg, "Driver", "Fahrer", "Chauffeur"), staff(h, "driver"))
    sign_line(
        p,
        s,
        m + half + 12,
        y + 28,
        half,
        tr(lg, "Received by / time", "Empfangen / Uhrzeit", "Reçu par / heure"),
        crew("foreman"),
    )
    hand(
        p,
        m + half + 12 + min(half - 40, 90),
        y + 22,
        f"{rng.randint(7, 15)}:{rng.choice(['05', '20', '35', '50'])}",
        8,
    )
    remember(job, d, (h.name, po, lines))
    return [p]


def tpl_supplier_invoice(rng: random.Random, who: Issuer) -> list[Page]:
    """A supplier's invoice to the company (glass works, profile fabricator or trade
    merchant): delivery and order references, the lines running over pages, VAT (or the
    reverse-charge note of a supplier abroad), payment terms and bank details."""
    h = supplier_of(who)
    lg = h.lang
    job, po, lines = supply_for(rng, h, ("delivery_note", "supplier_confirmation"))
    if LAST["kind"] == "supplier_invoice":
        job = job_for(rng, ())
        lines = supply_lines(rng, h, job)
        po = f"{tr(home(), 'PO', 'B', 'BC')}{rng.randint(10000, 99999)}"
    d = last_day(rng, ("delivery_note", "supplier_confirmation"), (0, 8))
    if h.role == "merchant" and rng.random() < 0.5:
        # a monthly trade counter invoice: several collections
        for _ in range(rng.randint(1, 4)):
            lines += supply_lines(rng, h, job)
    s = style_of(h)
    w, _ = s.page_size
    m = s.margin
    no = serial(rng, rng.choice(["SI999999", "RE 2099999", "F99-99999", "9999999"]))
    f = sheets(s, h, f"{h.name} - {tr(lg, 'Invoice', 'Rechnung', 'Facture')} {no}")
    invoice_head(
        f,
        s,
        h,
        tr(lg, "INVOICE", "RECHNUNG", "FACTURE"),
        company_lines(tr(lg, "Accounts payable", "Buchhaltung", "Service comptabilité")),
        [
            (tr(lg, "Invoice no.", "Rechnungs-Nr.", "Facture n°"), no),
            (tr(lg, "Invoice date", "Rechnungsdatum", "Date"), day(h, d)),
            (
                tr(lg, "Account", "Kunden-Nr.", "Compte client"),
                serial(keyed(who, "acct"), "C99999"),
            ),
            (tr(lg, "Your order", "Ihre Bestellung", "Votre commande"), po),
            (tr(lg, "Delivery note", "Lieferschein", "BL"), serial(rng, "DN999999")),
        ],
    )
    cols = columns(
        m,
        w - m,
        [
            (0.4, "left"),
            (1.1, "left"),
            (4.4, "left"),
            (0.6, "right"),
            (0.8, "left"),
            (1, "right"),
            (1.1, "right"),
        ],
    )
    table(
        f,
        cols,
        [
            "#",
            tr(lg, "Code", "Art.-Nr.", "Réf."),
            tr(lg, "Description", "Bezeichnung", "Désignation"),
            tr(lg, "Qty", "Menge", "Qté"),
            tr(lg, "Unit", "ME", "U"),
            tr(lg, "Price", "EP", "PU HT"),
            tr(lg, "Net", "Netto", "Total HT"),
        ],
        supply_rows(lines, lg),
        s,
        size=s.size - 1.5,
        rules=rng.random() < 0.5,
    )
    net = round(sum(q * pr for _, _, q, _, pr in lines), 2)
    if h.role != "merchant" and rng.random() < 0.4:
        f.page.text(
            m + 20,
            f.y,
            tr(lg, "Delivery charge", "Frachtkostenanteil", "Frais de port"),
            s.font,
            s.size - 1,
        )
        dc = rng.choice([25.0, 35.0, 45.0])
        f.page.text(w - m, f.y, money(dc, lg), s.font, s.size - 1, "right")
        f.y += 14
        net += dc
    rate = 0.0 if foreign_note(h) else vat_rate(lg)
    totals(f, s, lg, net, rate)
    if foreign_note(h):
        write(f, s, foreign_note(h), s.size - 1)
    terms = keyed(who, "terms").choice([30, 30, 45, 60, 14])
    write(
        f,
        s,
        tr(
            lg,
            f"Terms: strictly {terms} days from end of month. {bank_lines(h)}.",
            f"Zahlbar innerhalb {terms} Tagen netto, innerhalb 8 Tagen 2 % Skonto. "
            f"{bank_lines(h)}.",
            f"Échéance : {terms} jours fin de mois. {bank_lines(h)}. Indemnité forfaitaire pour "
            "frais de recouvrement : 40 €.",
        ),
        s.size - 1.5,
    )
    received(rng, f.pages[0], home(), d)
    remember(job, d, (h.name, po, lines))
    return close(f.pages, s, h, numbers="none" if len(f.pages) == 1 else h.numbers)


# ---------------------------------------------------------------------------------------------
# Templates AAAAA: certificates, declarations and guarantees
# ---------------------------------------------------------------------------------------------


def fensa_logo(p: Page, x: float, y: float) -> None:
    p.rect(x, y, 92, 30, fill=0.15)
    p.text(x + 46, y + 21, "FENSA", "Helvetica-Bold", 18, "center")


def tpl_compliance_certificate(rng: random.Random, who: Issuer) -> list[Page]:
    """The building regulation paper of a finished job: a FENSA certificate of compliance
    (England), the company's Unternehmererklärung nach § 96 GEG with the U-values
    (Germany), a procès-verbal de réception des travaux with or without reservations
    (France)."""
    lg = home()
    job = job_for(rng, ("final_invoice",))
    d = job.fitted + timedelta(days=rng.randint(0, 20))
    windows = sum(1 for i in job.items if i.kind not in DOORS)
    doors = len(job.items) - windows
    if lg == "en":
        h = make_head(SENDERS["fensa"]["en"][0], "en", "fensa")
        s = style_of(h, A4, margin=54, pt=9)
        w, hh = A4
        m = s.margin
        p = Page(A4)
        fensa_logo(p, m, m - 10)
        p.text(w - m, m, "Certificate of Compliance", "Helvetica-Bold", 16, "right")
        p.text(w - m, m + 14, "Replacement Windows and Doors", "Helvetica", 9, "right")
        y = m + 50
        p.rect(m, y - 4, w - 2 * m, 22, fill=0.9)
        p.text(m + 8, y + 10, f"Certificate number: {serial(rng, '9999999')}", "Helvetica-Bold", 11)
        y += 36
        y = write_block(
            p,
            s,
            m,
            y,
            w - 2 * m,
            (
                "This certificate confirms that the installation of replacement windows and/or "
                "doors "
                "at the property detailed below has been carried out by a FENSA Approved Installer "
                "who has self-certified that the installation complies with the Building "
                "Regulations. The local authority has been notified of the installation."
            ),
            9,
        )
        y += 6
        items = [
            ("Installation address", ", ".join([job.customer.lines[0], job.customer.lines[1]])),
            ("Installation date", d.strftime("%d/%m/%Y")),
            ("Number of windows", str(windows)),
            ("Number of doors", str(doors)),
            ("Installer", company_name()),
            ("FENSA registration no.", serial(keyed(who, "fensa"), "99999")),
            (
                "Local authority",
                rng.choice(
                    [
                        "Swindon Borough Council",
                        "Kirklees Council",
                        "BCP Council",
                        "Wiltshire Council",
                    ]
                ),
            ),
            (
                "Date certificate issued",
                (d + timedelta(days=rng.randint(3, 20))).strftime("%d/%m/%Y"),
            ),
        ]
        for k, (a, b) in enumerate(items):
            if k % 2 == 0:
                p.rect(m, y - 10, w - 2 * m, 15, fill=0.95)
            p.text(m + 6, y, a, "Helvetica", 9)
            p.text(m + 190, y, fit(b, "Helvetica-Bold", 9, w - 2 * m - 200), "Helvetica-Bold", 9)
            y += 17
        y += 14
        p.text(m, y, "Please keep this certificate safe", "Helvetica-Bold", 10)
        y += 16
        for t in (
            "You will need this certificate when you sell your home: your buyer's solicitor will "
            "ask for proof that the work complies with the Building Regulations.",
            "Your installer's guarantee is separate from this certificate. For insurance-backed "
            "guarantee cover please refer to the documents provided by your installer.",
            "You can check the authenticity of this certificate and order a replacement online.",
        ):
            y = write_block(p, s, m + 10, y, w - 2 * m - 10, "- " + t, 8.5)
        p.rect(m, hh - m - 120, w - 2 * m, 70)
        p.text(m + 8, hh - m - 104, "Energy efficiency", "Helvetica-Bold", 8.5)
        p.text(
            m + 8,
            hh - m - 88,
            f"Windows: minimum Window Energy Rating {rng.choice(['B', 'C', 'A'])} "
            f"or U-value 1.4 W/m2K.  Doors: U-value 1.8 W/m2K.",
            "Helvetica",
            8,
        )
        p.text(
            m + 8,
            hh - m - 74,
            "Safety glazing and means of escape as required by Approved Documents K and B.",
            "Helvetica",
            8,
        )
        received(rng, p, lg, d, 0.15)
        remember(job, d)
        return close([p], s, h, numbers="none")
    h = company_head()
    s = style_of(h, A4, margin=48, pt=8.5)
    w, hh = A4
    m = s.margin
    p = Page(A4)
    y = heading(p, s, h)
    c = job.customer
    if lg == "de":
        p.text(m, y, "Unternehmererklärung", s.bold, 14)
        p.text(
            m,
            y + 14,
            "nach § 96 Gebäudeenergiegesetz (GEG) für Änderungen an bestehenden Gebäuden",
            s.font,
            8.5,
        )
        y += 30
        y = band(p, s, y, "1. Angaben zum Gebäude und Eigentümer")
        y = fields(
            p,
            s,
            m,
            y + 4,
            w - 2 * m,
            [
                ("Eigentümer/in", c.name),
                ("Anschrift des Gebäudes", site_of(job)),
                (
                    "Gebäudeart",
                    rng.choice(
                        [
                            "Einfamilienhaus",
                            "Zweifamilienhaus",
                            "Mehrfamilienhaus",
                            "Nichtwohngebäude",
                        ]
                    ),
                ),
                ("Baujahr", str(rng.randint(1955, 1998))),
            ],
            per=2,
            tall=24,
        )
        y = band(p, s, y, "2. Durchgeführte Arbeiten")
        y += 12
        y = ticks(
            p,
            s,
            m,
            y,
            w - 2 * m,
            [
                "Ersatz / erstmaliger Einbau von Außenfenstern, Fenstertüren",
                "Ersatz der Verglasung",
                "Einbau Dachflächenfenster",
                "Außentüren",
                "Vorhangfassade",
            ],
            {0}
            | ({1} if any(i.kind == "unit" for i in job.items) else set())
            | ({3} if doors else set()),
            8,
            2.4,
        )
        cols = columns(
            m,
            w - m,
            [
                (0.5, "left"),
                (1.5, "left"),
                (3, "left"),
                (1.5, "right"),
                (1.3, "right"),
                (1.3, "right"),
            ],
        )
        y += 4
        p.rect(m - 2, y - 9, w - 2 * m + 4, 13, fill=0.88)
        for cc, t in zip(
            cols, ["Pos", "Raum", "Bauteil", "Fläche m²", "Uw W/(m²K)", "Anforderung"], strict=True
        ):
            p.text(cc[0] if cc[2] == "left" else cc[1], y, t, s.bold, 7.5, cc[2])
        y += 13
        for it in job.items[:14]:
            uw = rng.choice([0.79, 0.84, 0.9, 0.95, 1.0, 1.1]) if it.kind != "front" else 1.3
            vals = [
                str(it.pos),
                it.room,
                it.name("de"),
                qty(round(it.w * it.h / 1e6, 2), "de"),
                qty(uw, "de"),
                "≤ 1,3" if it.kind != "front" else "≤ 1,8",
            ]
            for cc, t in zip(cols, vals, strict=True):
                p.text(
                    cc[0] if cc[2] == "left" else cc[1],
                    y,
                    fit(t, s.font, 7.5, cc[1] - cc[0]),
                    s.font,
                    7.5,
                    cc[2],
                )
            y += 11
        y += 10
        y = write_block(
            p,
            s,
            m,
            y,
            w - 2 * m,
            (
                "Hiermit bestätige ich als ausführender Unternehmer, dass die von mir geänderten "
                "oder "
                "eingebauten Bauteile den Anforderungen der §§ 48 und 96 GEG in Verbindung mit "
                "Anlage 7 "
                "entsprechen. Die Erklärung ist vom Eigentümer mindestens zehn Jahre aufzubewahren "
                "und der nach Landesrecht zuständigen Behörde auf Verlangen vorzulegen."
            ),
            8.5,
        )
        y = max(y + 30, hh - m - 110)
        hand(p, m, y - 4, f"{h.town.split()[-1]}, {short(d, lg)}", 9.5)
        sign_line(p, s, m, y, 180, "Ort, Datum")
        sign_line(
            p, s, m + 230, y, 200, "Stempel und Unterschrift des Unternehmers", crew("director1")
        )
        seal(p, m + 400, y - 24, 30, h.name.split()[0], "Meisterbetrieb")
        remember(job, d)
        return close([p], s, h, numbers="none")
    p.text(w / 2, y, "PROCÈS-VERBAL DE RÉCEPTION DES TRAVAUX", s.bold, 13, "center")
    p.text(w / 2, y + 13, "(article 1792-6 du Code civil)", s.font, 8, "center")
    y += 32
    y = fields(
        p,
        s,
        m,
        y,
        w - 2 * m,
        [
            ("Maître d'ouvrage", f"{c.first} {c.last.upper()}"),
            ("Adresse du chantier", site_of(job)),
            ("Entreprise", h.name),
            ("Lot / nature des travaux", "Menuiseries extérieures"),
            ("Marché / devis n°", f"DV-{job.quoted.year % 100}{rng.randint(1000, 9999)}"),
            ("Date d'achèvement", short(job.fitted, lg)),
        ],
        per=2,
        tall=24,
    )
    y = write_block(
        p,
        s,
        m,
        y,
        w - 2 * m,
        (
            "Après avoir procédé à la visite des travaux effectués par l'entreprise susnommée, en "
            "présence de son représentant, le maître d'ouvrage déclare :"
        ),
        8.5,
    )
    reserves = rng.random() < 0.35
    for k, t in enumerate(
        [
            "accepter la réception des travaux sans réserve",
            "accepter la réception avec les réserves mentionnées ci-dessous",
            "refuser la réception pour les motifs suivants",
        ]
    ):
        box(p, m + 10, y + 2, (k == 1) == reserves if k < 2 else False, 8)
        p.text(m + 24, y, t, s.font, 8.5)
        y += 15
    y += 8
    p.text(m, y, "Réserves :", s.bold, 8.5)
    y += 14
    for k in range(4):
        if reserves and k < rng.randint(1, 3):
            hand(
                p,
                m + 6,
                y - 2,
                fit(
                    f"Rep. {rng.randint(1, len(job.items))} : " + words(rng, "fr", "fault", 6),
                    HAND,
                    8.5,
                    w - 2 * m,
                ),
                8.5,
            )
        p.line(m, y + 2, w - m, y + 2)
        y += 16
    y += 6
    y = write_block(
        p,
        s,
        m,
        y,
        w - 2 * m,
        (
            "Les réserves seront levées dans un délai de ____ jours. La réception fait courir les "
            "garanties de parfait achèvement (1 an), de bon fonctionnement (2 ans) et décennale."
        ),
        8,
    )
    y = max(y + 20, hh - m - 120)
    hand(p, m + 50, y - 28, f"{h.town.split()[-1]}, le {short(d, lg)}", 9.5)
    p.text(m, y - 28, "Fait à", s.font, 8.5)
    p.text(m, y - 12, "en deux exemplaires", s.font, 7.5)
    sign_line(p, s, m, y + 30, 180, "Le maître d'ouvrage", c.name)
    sign_line(
        p, s, w - m - 200, y + 30, 200, "L'entreprise (cachet et signature)", crew("director1")
    )
    seal(p, w - m - 80, y + 4, 26, h.name.split()[0], h.town)
    remember(job, d)
    return close([p], s, h, numbers="none")


DOP_CHARS = [
    # essential characteristic (en, de, fr), performance choices
    (
        ("Resistance to wind load", "Widerstandsfähigkeit bei Windlast", "Résistance au vent"),
        ["Class C3", "Class C4", "Class B3", "Class C5"],
    ),
    (
        ("Watertightness", "Schlagregendichtheit", "Étanchéité à l'eau"),
        ["9A", "E750", "E1050", "7A", "8A"],
    ),
    (("Dangerous substances", "Gefährliche Substanzen", "Substances dangereuses"), ["NPD", "none"]),
    (
        ("Impact resistance", "Stoßfestigkeit", "Résistance aux chocs"),
        ["NPD", "Class 3", "Class 5"],
    ),
    (
        (
            "Load-bearing capacity of safety devices",
            "Tragfähigkeit von Sicherheitsvorrichtungen",
            "Capacité de résistance des dispositifs de sécurité",
        ),
        ["350 N", "threshold value"],
    ),
    (
        (
            "Acoustic performance Rw (C;Ctr)",
            "Schallschutz Rw (C;Ctr)",
            "Affaiblissement acoustique",
        ),
        ["32 (-1;-4) dB", "35 (-2;-5) dB", "38 (-1;-4) dB", "NPD"],
    ),
    (
        (
            "Thermal transmittance Uw",
            "Wärmedurchgangskoeffizient Uw",
            "Coefficient de transmission thermique Uw",
        ),
        ["1.2 W/(m2K)", "1.1 W/(m2K)", "0.9 W/(m2K)", "1.4 W/(m2K)", "0.79 W/(m2K)"],
    ),
    (
        (
            "Radiation properties g / tv",
            "Strahlungseigenschaften g / tv",
            "Facteur solaire g / transmission lumineuse",
        ),
        ["0.50 / 0.71", "0.62 / 0.80", "0.53 / 0.74"],
    ),
    (
        ("Air permeability", "Luftdurchlässigkeit", "Perméabilité à l'air"),
        ["Class 4", "Class 3", "Class 4"],
    ),
    (
        (
            "Ability to release (emergency exits)",
            "Freigabefähigkeit (Notausgänge)",
            "Aptitude au déverrouillage",
        ),
        ["NPD"],
    ),
]


def tpl_declaration_of_performance(rng: random.Random, who: Issuer) -> list[Page]:
    """A manufacturer's declaration of performance for a window or door system (EN 14351-1):
    the numbered items of Regulation (EU) No 305/2011 or its UK version, the table of essential
    characteristics over one or two pages, the signature; now and then the CE or UKCA marking
    page, and from a German maker of laminated glass the Übereinstimmungserklärung for the
    Ü-Zeichen."""
    h = head_of(who, "maker", abroad=0.35)
    lg = h.lang
    s = style_of(h, A4, margin=50, pt=8.5)
    w, _ = A4
    m = s.margin
    d = some_day(rng) - timedelta(days=rng.randint(60, 900))
    uk = lg == "en" and rng.random() < 0.6
    no = serial(rng, rng.choice(["DoP-999-99", "LE-9999-99", "DOP 99/9999", "99999999-CPR"]))
    product = rng.choice(
        [
            tr(
                lg,
                "PVCu casement window system 70mm",
                "Kunststoff-Fenstersystem 82 MD",
                "Fenêtre PVC gamme 70 mm",
            ),
            tr(
                lg,
                "Aluminium bi-fold door system",
                "Aluminium-Haustürsystem AT 400",
                "Porte-fenêtre aluminium coulissante",
            ),
            tr(
                lg, "Composite entrance doorset", "Holz-Alu-Fenster HA 90", "Fenêtre mixte bois-alu"
            ),
        ]
    )
    code = serial(rng, "AA-99-AA")
    f = sheets(
        s,
        h,
        tr(lg, "Declaration of Performance", "Leistungserklärung", "Déclaration des performances")
        + f" {no}",
    )
    f.page.text(
        w / 2,
        f.y,
        tr(lg, "DECLARATION OF PERFORMANCE", "LEISTUNGSERKLÄRUNG", "DÉCLARATION DES PERFORMANCES"),
        s.bold,
        14,
        "center",
    )
    f.y += 16
    f.page.text(w / 2, f.y, f"{tr(lg, 'No.', 'Nr.', 'N°')} {no}", s.bold, 10, "center")
    f.y += 24
    nb = rng.choice(
        [
            "ift Rosenheim, NB 0757",
            "BSI, NB 2797",
            "CSTB, NB 0679",
            "MPA NRW, NB 0432",
            "BM TRADA, AB 0401" if uk else "ift Rosenheim, NB 0757",
        ]
    )
    std = "EN 14351-1:2006+A2:2016" if not uk else "BS EN 14351-1:2006+A2:2016"
    items = [
        (
            tr(
                lg,
                "Unique identification code of the product-type",
                "Eindeutiger Kenncode des Produkttyps",
                "Code d'identification unique du produit type",
            ),
            f"{product} - {code}",
        ),
        (
            tr(lg, "Intended use", "Verwendungszweck", "Usage prévu"),
            tr(
                lg,
                "Windows and external pedestrian doorsets for domestic and commercial buildings",
                "Fenster und Außentüren für Wohn- und Nichtwohngebäude",
                "Fenêtres et blocs-portes extérieurs pour piétons",
            ),
        ),
        (tr(lg, "Manufacturer", "Hersteller", "Fabricant"), f"{h.name}, {h.street}, {h.town}"),
        (tr(lg, "Authorised representative", "Bevollmächtigter", "Mandataire"), "-"),
        (
            tr(
                lg,
                "System of AVCP",
                "System zur Bewertung der Leistungsbeständigkeit",
                "Système d'évaluation (EVCP)",
            ),
            tr(lg, "System 3", "System 3", "Système 3"),
        ),
        (
            tr(
                lg,
                "Harmonised standard / notified body",
                "Harmonisierte Norm / notifizierte Stelle",
                "Norme harmonisée / organisme notifié",
            ),
            f"{std}; {nb}",
        ),
    ]
    for k, (a, b) in enumerate(items, 1):
        f.need(30)
        f.page.text(s.margin, f.y, f"{k}.", s.bold, 8.5)
        f.page.text(s.margin + 16, f.y, fit(a, s.bold, 8.5, w - 2 * m - 16), s.bold, 8.5)
        f.y += 11
        f.para(s.margin + 16, w - 2 * m - 16, b, s.font, 8.5, 0.5)
    if uk:
        write(
            f,
            s,
            "Declared in accordance with Regulation (EU) No 305/2011 as it applies in "
            "Great Britain (The Construction Products (Amendment etc.) (EU Exit) Regulations "
            "2019).",
            7.5,
        )
    f.y += 4
    f.page.text(
        m,
        f.y,
        f"7. {tr(lg, 'Declared performance', 'Erklärte Leistung', 'Performances déclarées')}",
        s.bold,
        8.5,
    )
    f.y += 14
    cols = columns(m, w - m, [(3.5, "left"), (2, "left"), (2, "left")])
    k = {"en": 0, "de": 1, "fr": 2}[lg]
    rows = [
        [
            names[k],
            rng.choice(vals).replace("Class", tr(lg, "Class", "Klasse", "Classe")),
            std.replace("BS ", ""),
        ]
        for names, vals in DOP_CHARS
    ]
    if rng.random() < 0.5:
        rows += [
            [
                tr(lg, "Operating forces", "Bedienkräfte", "Forces de manoeuvre"),
                tr(lg, "Class 1", "Klasse 1", "Classe 1"),
                std,
            ],
            [
                tr(lg, "Burglar resistance", "Einbruchhemmung", "Résistance à l'effraction"),
                rng.choice(["RC2", "RC2 N", "PAS 24:2022", "NPD"]),
                "EN 1627",
            ],
        ]
    table(
        f,
        cols,
        [
            tr(
                lg,
                "Essential characteristics",
                "Wesentliche Merkmale",
                "Caractéristiques essentielles",
            ),
            tr(lg, "Performance", "Leistung", "Performance"),
            tr(
                lg,
                "Harmonised technical specification",
                "Harmonisierte technische Spezifikation",
                "Spécification technique harmonisée",
            ),
        ],
        rows,
        s,
        size=8,
        rules=True,
        step=2.2,
    )
    f.y += 8
    write(
        f,
        s,
        tr(
            lg,
            "8. The performance of the product identified above is in conformity with the set of "
            "declared performances. This declaration of performance is issued under the sole "
            "responsibility of the manufacturer identified above.",
            "8. Die Leistung des vorstehenden Produkts entspricht der erklärten Leistung. Für die "
            "Erstellung der Leistungserklärung ist allein der obengenannte Hersteller "
            "verantwortlich.",
            "8. Les performances du produit identifié ci-dessus sont conformes aux performances "
            "déclarées. La présente déclaration est établie sous la seule responsabilité du "
            "fabricant identifié ci-dessus.",
        ),
        8,
    )
    f.need(80)
    f.y += 8
    signer = staff(h, "quality")
    f.page.text(
        m,
        f.y,
        tr(
            lg,
            "Signed for and on behalf of the manufacturer by:",
            "Unterzeichnet für den Hersteller und im Namen des Herstellers von:",
            "Signé pour le fabricant et en son nom par :",
        ),
        s.font,
        8,
    )
    f.y += 26
    scrawl(f.page, m, f.y, signer)
    f.page.text(m + 190, f.y, f"{h.town.split()[-1]}, {day(h, d)}", s.font, 8.5)
    f.y += 12
    f.page.text(
        m,
        f.y,
        f"{signer}, "
        f"{tr(lg, 'Quality Manager', 'Leitung Qualitätssicherung', 'Responsable qualité')}",
        s.font,
        8,
    )
    f.y += 20
    pages = f.pages
    if rng.random() < 0.4:
        p = Page(A4)
        y = m + 40
        p.rect(m, y, w - 2 * m, 330)
        p.text(w / 2, y + 70, "UKCA" if uk else "CE", "Helvetica-Bold", 60, "center")
        yy = y + 110
        for t in [
            nb.split(", ")[-1],
            f"{h.name}",
            f"{h.street}, {h.town}",
            str(d.year % 100),
            no,
            std,
            product,
            *[f"{r[0]}: {r[1]}" for r in rows[:6]],
        ]:
            p.text(w / 2, yy, fit(t, s.font, 9, w - 2 * m - 20), s.font, 9, "center")
            yy += 14
        p.text(
            m,
            y + 350,
            tr(
                lg,
                "Marking and labelling information",
                "Angaben zur CE-Kennzeichnung",
                "Informations accompagnant le marquage CE",
            ),
            s.font,
            8,
        )
        pages.append(p)
    if lg == "de" and "Glas" in h.name and rng.random() < 0.6:
        p = Page(A4)
        y = heading(p, s, h)
        p.text(m, y, "Übereinstimmungserklärung des Herstellers", s.bold, 13)
        y += 16
        p.text(m, y, "nach § 22 MBO / Landesbauordnung für Bauprodukte mit Ü-Zeichen", s.font, 8.5)
        y += 24
        p.rect(w - m - 70, y - 10, 60, 60)
        p.text(w - m - 40, y + 30, "Ü", "Helvetica-Bold", 34, "center")
        y = fields(
            p,
            s,
            m,
            y,
            w - 2 * m - 90,
            [
                ("Bauprodukt", "Verbund-Sicherheitsglas (VSG) aus Floatglas mit PVB-Folie"),
                ("Verwendbarkeitsnachweis", f"abZ Z-70.3-{rng.randint(100, 260)}"),
                ("Lieferschein / Kommission", f"{serial(rng, 'LS 9999999')} / {company_name()}"),
                ("Fremdüberwachung", rng.choice(["MPA Stuttgart", "ift Rosenheim", "TÜV Süd"])),
            ],
            per=1,
            tall=24,
            hand=False,
        )
        y = write_block(
            p,
            s,
            m,
            y,
            w - 2 * m,
            (
                "Hiermit wird bestätigt, dass das oben bezeichnete Bauprodukt der allgemeinen "
                "bauaufsichtlichen Zulassung entspricht und einer werkseigenen "
                "Produktionskontrolle "
                "sowie einer Fremdüberwachung durch eine anerkannte Stelle unterliegt."
            ),
            8.5,
        )
        y += 30
        scrawl(p, m, y, signer)
        p.text(m, y + 12, f"{signer}, {day(h, some_day(rng))}", s.font, 8)
        pages.append(p)
    received(rng, pages[0], home(), some_day(rng), 0.15)
    remember(None, d)
    return close(pages, s, h)


GUARANTEE_TERMS = {
    "en": [
        "What is covered",
        "Sealed units",
        "Hardware and locks",
        "Exclusions",
        "Maintenance",
        "Transfer to a new owner",
        "Making a claim",
        "Insurance backing",
        "Your statutory rights",
    ],
    "de": [
        "Umfang der Garantie",
        "Isolierglas",
        "Beschläge",
        "Ausschlüsse",
        "Wartung",
        "Übertragbarkeit",
        "Geltendmachung",
        "Gesetzliche Gewährleistung",
    ],
    "fr": [
        "Objet de la garantie",
        "Vitrages isolants",
        "Quincaillerie",
        "Exclusions",
        "Entretien",
        "Transmission",
        "Mise en oeuvre de la garantie",
        "Garanties légales",
    ],
}


def tpl_installation_guarantee(rng: random.Random, who: Issuer) -> list[Page]:
    """The company's guarantee certificate for an installation: a framed certificate (A4 or
    landscape) with the customer, address, products, installation date and periods of cover,
    signed by a director; the guarantee terms behind it, usually."""
    h = company_head()
    lg = h.lang
    job = job_for(rng, ("final_invoice", "compliance_certificate"))
    d = job.fitted + timedelta(days=rng.randint(2, 21))
    size = A4L if keyed(who, "gsize").random() < 0.5 else A4
    s = style_of(h, size, margin=54, pt=9)
    w, hh = size
    m = s.margin
    p = Page(size)
    p.rect(20, 20, w - 40, hh - 40)
    p.rect(26, 26, w - 52, hh - 52)
    y = heading(p, s, h, top=m + 4)
    years = keyed(who, "years").choice([10, 10, 10, 5, 15])
    p.text(
        w / 2,
        y + 10,
        tr(lg, "GUARANTEE CERTIFICATE", "GARANTIEURKUNDE", "CERTIFICAT DE GARANTIE"),
        s.bold,
        22,
        "center",
    )
    p.text(
        w / 2,
        y + 30,
        tr(
            lg,
            f"{years} Year Installation Guarantee",
            f"{years} Jahre Herstellergarantie",
            f"Garantie {years} ans menuiseries",
        ),
        italic_of(s.font),
        12,
        "center",
    )
    y += 58
    c = job.customer
    rows = [
        (
            tr(lg, "Certificate no.", "Urkunden-Nr.", "Certificat n°"),
            f"{job.ref}/{rng.randint(1, 9)}",
        ),
        (tr(lg, "Customer", "Kunde", "Client"), c.name),
        (tr(lg, "Installation address", "Einbauort", "Adresse"), site_of(job)),
        (tr(lg, "Date of installation", "Einbaudatum", "Date de pose"), day(h, job.fitted)),
        (
            tr(lg, "Products", "Produkte", "Produits"),
            ", ".join(
                sorted(
                    {
                        f"{sum(1 for j in job.items if j.kind == i.kind)} x {i.name(lg)}"
                        for i in job.items
                    }
                )
            ),
        ),
    ]
    x0 = w / 2 - 200
    for a, b in rows:
        p.text(x0, y, a, s.font, 9)
        p.text(x0 + 130, y, fit(b, s.bold, 9.5, 270 + (w - 595) / 2), s.bold, 9.5)
        p.line(x0 + 128, y + 3, x0 + 400 + (w - 595) / 2, y + 3)
        y += 20
    y += 6
    cover = [
        (tr(lg, "Frames and sashes", "Rahmen und Flügel", "Dormants et ouvrants"), years),
        (
            tr(
                lg,
                "Sealed units (misting)",
                "Isolierglas (Beschlagen im SZR)",
                "Vitrages (embuage)",
            ),
            min(years, 10),
        ),
        (
            tr(lg, "Locks, hinges and handles", "Beschläge und Griffe", "Quincaillerie"),
            5 if years > 5 else 2,
        ),
        (tr(lg, "Installation workmanship", "Montageleistung", "Pose"), years if lg == "en" else 5),
    ]
    for a, n in cover:
        p.text(x0, y, a, s.font, 8.5)
        p.text(x0 + 330, y, tr(lg, f"{n} years", f"{n} Jahre", f"{n} ans"), s.bold, 8.5, "right")
        y += 13
    y = max(y + 24, hh - 120)
    sign_line(
        p, s, x0, y, 170, tr(lg, "Director", "Geschäftsführung", "La direction"), crew("director1")
    )
    hand(p, x0 + 230, y - 4, short(d, lg), 9.5)
    sign_line(p, s, x0 + 220, y, 120, tr(lg, "Date", "Datum", "Date"))
    seal(
        p,
        w - 110,
        y - 30,
        30,
        h.name.split()[0].upper(),
        tr(lg, "Guarantee", "Garantie", "Garantie"),
    )
    p.text(
        w / 2,
        hh - 40,
        tr(
            lg,
            "Please keep this certificate with your FENSA certificate and the "
            "deeds of your property.",
            "Bitte bewahren Sie diese Urkunde zusammen mit Ihrer Rechnung auf.",
            "Conservez ce certificat avec votre facture.",
        ),
        s.font,
        7,
        "center",
    )
    pages = [p]
    if rng.random() < 0.75:
        pages.append(
            small_print(
                rng,
                paper(s, A4),
                h,
                tr(
                    lg,
                    "Guarantee Terms and Conditions",
                    "Garantiebedingungen",
                    "Conditions de garantie",
                ),
                GUARANTEE_TERMS[lg],
            )
        )
    remember(job, d)
    return pages


def tpl_ibg_certificate(rng: random.Random, who: Issuer) -> list[Page]:
    """The insurance cover behind a job or behind the company: an insurance-backed guarantee
    certificate with the deposit and guarantee cover and the key facts (England); a
    Gewährleistungsbürgschaft of a surety insurer (Germany); the insurer's attestation
    d'assurance décennale with the activities and limits (France)."""
    h = head_of(who, "insurer")
    lg = h.lang
    job = job_for(rng, ("installation_guarantee", "final_invoice"))
    d = last_day(rng, ("installation_guarantee",), (3, 25))
    s = style_of(h, A4, margin=50, pt=9)
    w, _ = A4
    m = s.margin
    no = serial(rng, rng.choice(["IBG/999999", "AA9999999", "BU-99-999999", "99999999A"]))
    f = sheets(s, h, f"{h.name} - {no}")
    c = job.customer
    if lg == "en":
        f.page.text(w / 2, f.y, "Insurance Backed Guarantee", s.bold, 16, "center")
        f.y += 16
        f.page.text(w / 2, f.y, "Certificate of Insurance", s.font, 10, "center")
        f.y += 26
        pairs_ = [
            ("Policy / certificate number", no),
            ("Policyholder", c.name),
            ("Property insured", site_of(job)),
            ("Installer", company_name()),
            ("Contract price (incl. VAT)", cash(job.gross, lg)),
            ("Deposit protected", cash(round(job.gross * job.deposit / 100, 2), lg)),
            ("Date of completion", day(h, job.fitted)),
            ("Period of cover", f"10 years from {day(h, job.fitted)}"),
            ("Premium (paid by installer)", cash(rng.choice([18.0, 24.0, 29.5, 35.0]), lg)),
        ]
        for a, b in pairs_:
            f.page.rect(m, f.y - 10, 180, 16, fill=0.92)
            f.page.text(m + 4, f.y, a, s.font, 8.5)
            f.page.text(m + 190, f.y, fit(b, s.bold, 9, w - 2 * m - 190), s.bold, 9)
            f.y += 19
        f.y += 8
        write(
            f,
            s,
            "This certificate is evidence that the guarantee given by the installer is "
            "backed by insurance. If the installer ceases to trade or fails to honour the "
            "guarantee, the insurer will meet valid claims under the terms of the guarantee. "
            "The deposit is covered for up to 25% of the contract price.",
            8.5,
        )
        f.need(260)
        caption(f, s, "Key facts", 1, rule=True)
        for t in (
            "What is covered",
            "What is not covered",
            "How to make a claim",
            "Complaints and the Financial Ombudsman Service",
            "Financial Services Compensation Scheme",
        ):
            f.need(40)
            f.page.text(m, f.y, t, s.bold, 8.5)
            f.y += 11
            write(f, s, words(rng, "en", "legal", 24) + " " + words(rng, "en", "legal", 18), 7.5)
    elif lg == "de":
        f.page.text(m, f.y, "BÜRGSCHAFTSURKUNDE", s.bold, 16)
        f.y += 14
        f.page.text(m, f.y, "Gewährleistungsbürgschaft (Mängelansprüche)", s.font, 10)
        f.y += 22
        for a, b in [
            ("Bürgschafts-Nr.", no),
            ("Auftraggeber (Gläubiger)", c.name),
            ("Auftragnehmer (Hauptschuldner)", company_name()),
            ("Bauvorhaben", f"Fenstererneuerung {site_of(job)}"),
            ("Vertrag vom", short(job.quoted + timedelta(days=10), lg)),
            ("Bürgschaftsbetrag", cash(round(job.gross * 0.05, 2), lg)),
        ]:
            f.page.text(m, f.y, a, s.font, 9)
            f.page.text(m + 190, f.y, fit(b, s.bold, 9, w - 2 * m - 190), s.bold, 9)
            f.y += 16
        f.y += 6
        for t in (
            "Der Auftragnehmer hat nach dem oben genannten Vertrag für die Erfüllung der "
            "Mängelansprüche Sicherheit in Höhe von 5 % der Abrechnungssumme zu leisten.",
            "Wir, die Kautionsversicherung, übernehmen hiermit für den Auftragnehmer die "
            "selbstschuldnerische Bürgschaft bis zum oben genannten Höchstbetrag unter Verzicht "
            "auf die Einrede der Vorausklage gemäß § 771 BGB.",
            "Die Bürgschaft erlischt mit der Rückgabe dieser Urkunde. Gerichtsstand ist der Sitz "
            "des Bürgen. " + words(rng, "de", "legal", 14),
        ):
            write(f, s, t, 9)
        f.y += 20
        f.need(60)
        f.page.text(m, f.y, f"{h.town.split()[-1]}, {day(h, d)}", s.font, 9)
        scrawl(f.page, w / 2, f.y, staff(h, "a"))
        scrawl(f.page, w / 2 + 120, f.y, staff(h, "b"))
        f.y += 12
        f.page.text(w / 2, f.y, h.name, s.font, 8)
    else:
        f.page.text(w / 2, f.y, "ATTESTATION D'ASSURANCE", s.bold, 15, "center")
        f.y += 14
        f.page.text(
            w / 2,
            f.y,
            "Responsabilité civile décennale et responsabilité civile professionnelle",
            s.font,
            9,
            "center",
        )
        f.y += 24
        year = d.year
        write(
            f,
            s,
            f"Nous soussignés, {h.name}, attestons que l'entreprise {company_name()}, "
            f"titulaire du contrat n° {no}, est assurée pour la période du 01/01/{year} au "
            f"31/12/{year} au titre des activités suivantes :",
            9,
        )
        for t in (
            "Menuiseries extérieures (y compris pose de fenêtres, portes et volets)",
            "Vitrerie - miroiterie",
            "Vérandas (structure et remplissage)",
            "Fermetures et occultations",
        ):
            if rng.random() < 0.85:
                f.page.text(m + 14, f.y, f"- {t}", s.font, 9)
                f.y += 13
        f.y += 8
        cols = columns(m, w - m, [(4, "left"), (2, "right"), (1.5, "right")])
        table(
            f,
            cols,
            ["Garanties", "Plafonds", "Franchise"],
            [
                ["Responsabilité décennale (ouvrages d'habitation)", "coût des travaux", "1 500 €"],
                ["Responsabilité décennale (hors habitation)", "3 000 000 €", "1 500 €"],
                ["Bon fonctionnement (2 ans)", "500 000 €", "750 €"],
                ["Responsabilité civile exploitation", "6 000 000 €", "500 €"],
                ["Dommages immatériels consécutifs", "500 000 €", "750 €"],
            ],
            s,
            size=8.5,
            rules=True,
            step=1.9,
        )
        f.y += 8
        write(
            f,
            s,
            "La présente attestation ne peut engager l'assureur au-delà des conditions "
            "du contrat auquel elle se réfère. " + words(rng, "fr", "legal", 16),
            8,
        )
        f.y += 16
        f.need(60)
        f.page.text(m, f.y, f"Fait à {h.town.split()[-1]}, le {short(d, lg)}", s.font, 9)
        f.y += 26
        scrawl(f.page, m, f.y, staff(h, "a"))
        f.y += 12
        f.page.text(m, f.y, "Pour l'assureur", s.font, 8)
    received(rng, f.pages[0], home(), d, 0.2)
    remember(job, d)
    return close(f.pages, s, h)


# ---------------------------------------------------------------------------------------------
# Templates AAAAA: emergency glazing for insurers and letting agents
# ---------------------------------------------------------------------------------------------

DAMAGE = {
    "en": [
        "Rear kitchen window smashed following attempted break-in",
        "Front door glass panel cracked - tenant reports stone thrown",
        "Shop front pane shattered overnight, premises insecure",
        "Lounge window broken during storm, glass in garden",
        "Patio door outer pane cracked, tenant unsure of cause",
    ],
    "de": [
        "Küchenfenster nach Einbruchversuch zerstört",
        "Glasfüllung Haustür gesprungen",
        "Schaufensterscheibe über Nacht eingeworfen, Objekt ungesichert",
        "Wohnzimmerfenster durch Sturm beschädigt",
        "Terrassentür Außenscheibe gesprungen",
    ],
    "fr": [
        "Vitrage cuisine brisé suite à tentative d'effraction",
        "Vitrage porte d'entrée fêlé",
        "Vitrine brisée dans la nuit, local non sécurisé",
        "Fenêtre du séjour cassée lors de la tempête",
        "Baie coulissante : vitrage extérieur fêlé",
    ],
}


def an_agent(who: Issuer) -> Head:
    return head_of(who, "agent")


def work_from(rng: random.Random, h: Head) -> tuple[str, Person, str]:
    """The agent's order number, property and damage the previous works order gave, else new."""
    ex = LAST["extra"]
    if after(("work_order",)) and isinstance(ex, tuple) and len(ex) == 4 and ex[0] == h.name:
        return str(ex[1]), ex[2], str(ex[3])  # type: ignore[return-value]
    no = serial(rng, rng.choice(["WO-999999", "99999/99", "A-9999-999", "OS 999999"]))
    return no, a_person(rng, home()), rng.choice(DAMAGE[home()])


def tpl_work_order(rng: random.Random, who: Issuer) -> list[Page]:
    """A letting agent's, property manager's or insurer's works order to the company: order
    number, property, tenant and access, the damage and the work wanted, priority, the
    authorised limit and where to send the invoice; now and then the contractor's terms."""
    h = an_agent(who)
    lg = h.lang
    d = some_day(rng)
    no, prop, dmg = work_from(rng, h)
    s = style_of(h)
    w, _ = s.page_size
    m = s.margin
    f = sheets(s, h, f"{h.name} - {no}")
    title = tr(lg, "WORKS ORDER", "REPARATURAUFTRAG", "ORDRE DE SERVICE")
    invoice_head(
        f,
        s,
        h,
        title,
        company_lines(),
        [
            (tr(lg, "Order no.", "Auftrags-Nr.", "OS n°"), no),
            (tr(lg, "Date raised", "Datum", "Date"), day(h, d)),
            (tr(lg, "Raised by", "Sachbearbeiter/in", "Gestionnaire"), staff(h, "pm")),
            (
                tr(lg, "Priority", "Dringlichkeit", "Urgence"),
                rng.choice(
                    tr(
                        lg,
                        "EMERGENCY 4 hrs|URGENT 24 hrs|Routine 10 days",
                        "SOFORT|dringend 24 h|normal",
                        "URGENT|sous 48 h|normal",
                    ).split("|")
                ),
            ),
        ],
    )
    y0 = f.y
    f.y = fields(
        f.page,
        s,
        m,
        f.y,
        w - 2 * m,
        [
            (tr(lg, "Property", "Objekt", "Adresse du bien"), ", ".join(prop.lines)),
            (tr(lg, "Tenant / occupier", "Mieter/in", "Occupant"), prop.name),
            (
                tr(lg, "Tenant telephone", "Telefon Mieter", "Tél. occupant"),
                serial(
                    rng, {"en": "07999 999999", "de": "0171 9999999", "fr": "06 99 99 99 99"}[lg]
                ),
            ),
            (
                tr(lg, "Access / keys", "Zugang / Schlüssel", "Accès / clés"),
                rng.choice(
                    tr(
                        lg,
                        "Tenant home|Keys at office|Key safe 4471|Call tenant",
                        "Mieter anwesend|Schlüssel im Büro|Hausmeister",
                        "Occupant présent|Clés à l'agence|Gardien",
                    ).split("|")
                ),
            ),
        ],
        per=2,
        tall=26,
        hand=False,
    )
    del y0
    caption(f, s, tr(lg, "Works required", "Auszuführende Arbeiten", "Travaux demandés"), 0)
    write(
        f,
        s,
        dmg
        + ". "
        + tr(
            lg,
            "Please attend, make safe / board up as necessary and measure for replacement glass. "
            "Submit quotation for permanent repair before proceeding if over limit.",
            "Bitte Objekt sichern (Notverglasung/Verbretterung) und Aufmaß für Ersatzverglasung "
            "nehmen. Kostenvoranschlag vor Ausführung bei Überschreitung des Limits.",
            "Merci d'intervenir pour mise en sécurité (condamnation provisoire) et prise de cotes "
            "pour remplacement. Devis préalable si dépassement du plafond.",
        ),
    )
    if rng.random() < 0.5:
        write(
            f,
            s,
            tr(
                lg,
                f"Police crime reference: {serial(rng, 'AA/99999/99')}",
                f"Polizeiliches Aktenzeichen: {serial(rng, '999999/99')}",
                f"Dépôt de plainte n° {serial(rng, '99999/99999')}",
            ),
            s.size - 0.5,
        )
    limit = rng.choice([150.0, 250.0, 300.0, 500.0])
    f.y = (
        pairs(
            f.page,
            s,
            m,
            f.y + 4,
            [
                (
                    tr(lg, "Authorised limit (net)", "Kostenlimit netto", "Plafond autorisé HT"),
                    cash(limit, lg),
                ),
                (
                    tr(lg, "Invoice to", "Rechnung an", "Facturer à"),
                    tr(
                        lg,
                        "Landlord c/o this office",
                        "Eigentümer c/o Verwaltung",
                        "Propriétaire c/o agence",
                    )
                    if h.name.split()[0] not in ("Claimsline", "Schadenservice", "Axa")
                    else h.name,
                ),
            ],
            w * 0.7,
        )
        + 10
    )
    write(
        f,
        s,
        tr(
            lg,
            "Quote the order number on all invoices. Before and after photographs must accompany "
            "the invoice. Works orders not completed within the priority time must be reported.",
            "Bitte Auftragsnummer auf der Rechnung angeben und Fotodokumentation (vorher/nachher) "
            "beifügen.",
            "Rappeler le numéro d'OS sur la facture et joindre les photos avant/après "
            "intervention.",
        ),
        s.size - 1,
    )
    pages = f.pages
    if keyed(who, "terms").random() < 0.3:
        pages.append(
            small_print(
                rng,
                s,
                h,
                tr(
                    lg,
                    "Contractor Terms",
                    "Bedingungen für Auftragnehmer",
                    "Conditions applicables aux prestataires",
                ),
                QUOTE_TERMS[lg][3:],
            )
        )
    remember(None, d, (h.name, no, prop, dmg))
    return close(pages, s, h)


BOARDS = {
    "en": ["12mm OSB", "18mm ply", "12mm ply", "4mm polycarb."],
    "de": ["OSB 12", "Siebdruck 12", "Spanplatte 16", "Notglas 4 mm"],
    "fr": ["contreplaqué 15", "OSB 12", "polycarbonate 4", "tôle 1 mm"],
}


def tpl_boarding_job_sheet(rng: random.Random, who: Issuer) -> list[Page]:
    """The company's emergency call-out job sheet (boarding up and temporary glazing): the
    pre-printed sheet number, call and arrival times, the client and its order number, the
    cause and work done as tick boxes, the boards fitted by size, materials, a photo, the
    attending fitters' and the occupier's signatures."""
    h = company_head()
    lg = h.lang
    agent = an_agent(who)
    no, prop, dmg = work_from(rng, agent)
    d = last_day(rng, ("work_order",), (0, 1))
    r = keyed(who, "jsize")
    size = A4 if r.random() < 0.6 else A5
    s = style_of(h, size, margin=30 if size == A5 else 40, pt=7.5)
    w, hh = size
    m = s.margin
    p = Page(size)
    y = heading(p, s, h)
    p.text(
        m,
        y,
        tr(
            lg,
            "EMERGENCY CALL-OUT JOB SHEET",
            "NOTDIENST-EINSATZBERICHT",
            "BON D'INTERVENTION D'URGENCE",
        ),
        s.bold,
        11 if size == A4 else 9.5,
    )
    p.text(w - m, y, f"No {serial(rng, '99999')}", "Courier-Bold", 12, "right")
    y += 10
    call = rng.randint(0, 23)
    arr = (call + rng.randint(1, 3)) % 24
    y = fields(
        p,
        s,
        m,
        y,
        w - 2 * m,
        [
            (tr(lg, "Date", "Datum", "Date"), short(d, lg)),
            (
                tr(lg, "Call received", "Anruf", "Appel reçu"),
                f"{call:02d}:{rng.randint(0, 59):02d}",
            ),
            (tr(lg, "Arrived", "Ankunft", "Arrivée"), f"{arr:02d}:{rng.randint(0, 59):02d}"),
            (
                tr(lg, "Left site", "Ende", "Départ"),
                f"{(arr + 1) % 24:02d}:{rng.randint(0, 59):02d}",
            ),
            (tr(lg, "Client", "Auftraggeber", "Donneur d'ordre"), agent.name),
            (tr(lg, "Order no.", "Auftrags-Nr.", "OS n°"), no),
            (tr(lg, "Property", "Objekt", "Adresse"), ", ".join(prop.lines)),
            (tr(lg, "Occupier", "Anwesend", "Occupant"), prop.name),
        ],
        per=4 if size == A4 else 2,
        tall=24,
    )
    p.text(m, y, tr(lg, "Cause", "Ursache", "Cause"), s.bold, 8)
    y = ticks(
        p,
        s,
        m + 60,
        y,
        w - 2 * m - 60,
        tr(
            lg,
            "Break-in|Vandalism|Storm|Accidental|Unknown",
            "Einbruch|Vandalismus|Sturm|Unfall|unbekannt",
            "Effraction|Vandalisme|Tempête|Accident|Inconnue",
        ).split("|"),
        {rng.randrange(5)},
        8,
        2.3,
    )
    p.text(m, y, tr(lg, "Work done", "Maßnahmen", "Travaux"), s.bold, 8)
    y = ticks(
        p,
        s,
        m + 60,
        y,
        w - 2 * m - 60,
        tr(
            lg,
            "Boarded up|Glass removed|Made safe|Temporary glazing|Measured for replacement",
            "verbrettert|Glas entfernt|gesichert|Notverglasung|Aufmaß",
            "Condamnation|Dépose verre|Mise en sécurité|Vitrage provisoire|Prise de cotes",
        ).split("|"),
        {k for k in range(5) if rng.random() < 0.55} | {0},
        8,
        2.3,
    )
    y += 2
    p.text(m, y, tr(lg, "Boards / glass", "Platten / Glas", "Panneaux / verre"), s.bold, 8)
    y += 6
    for k in range(3):
        p.rect(m, y, w - 2 * m, 16)
        if k < rng.randint(1, 3):
            hand(
                p,
                m + 4,
                y + 12,
                f"{rng.choice(BOARDS[lg])}  "
                f"{rng.randint(4, 24) * 50} x {rng.randint(6, 22) * 50}  x{rng.randint(1, 2)}",
                8.5,
            )
        y += 16
    y += 10
    p.text(m, y, tr(lg, "Notes", "Bemerkungen", "Observations"), s.bold, 8)
    hand(p, m + 60, y, fit(dmg, HAND, 8.5, w - 2 * m - 60), 8.5)
    y += 14
    hand(p, m + 60, y, fit(words(rng, lg, "glaze", 7), HAND, 8.5, w - 2 * m - 60), 8.5)
    y += 14
    ph = min(150.0, hh - m - y - 70)
    if ph > 60:
        photo(p, m, y, ph * 1.33, ph, rng)
        p.text(
            m + ph * 1.33 + 8,
            y + 8,
            tr(lg, "Photo after boarding", "Foto nach Sicherung", "Photo après intervention"),
            s.font,
            7,
        )
        y += ph + 14
    y = max(y + 20, hh - m - 24)
    half = (w - 2 * m) / 2 - 8
    sign_line(
        p, s, m, y, half, tr(lg, "Engineer(s)", "Monteur", "Technicien(s)"), fitters(rng, 1)[0]
    )
    sign_line(
        p,
        s,
        m + half + 16,
        y,
        half,
        tr(lg, "Occupier / client", "Mieter / Auftraggeber", "Occupant"),
        prop.name if rng.random() < 0.7 else "",
    )
    remember(None, d, (agent.name, no, prop, dmg))
    return [p]


# ---------------------------------------------------------------------------------------------
# Templates AAAAA: vans, fuel and waste
# ---------------------------------------------------------------------------------------------

VANS = [
    "Ford Transit Custom 320 L2",
    "VW Crafter 35 TDI",
    "Renault Trafic LL30",
    "Mercedes Sprinter 314 CDI",
    "Vauxhall Vivaro 2900",
    "Citroën Jumper L3H2",
]


def month_end(d: date) -> date:
    return (d.replace(day=28) + timedelta(days=4)).replace(day=1) - timedelta(days=1)


def a_reg(r: random.Random, lang: str) -> str:
    if lang == "de":
        return f"{r.choice(['BI', 'R', 'OL'])}-{serial(r, 'AA')} {r.randint(10, 999)}"
    if lang == "fr":
        return serial(r, "AA-999-AA")
    return serial(r, "AA99 AAA")


def fleet(who: Issuer, lang: str) -> list[tuple[str, str]]:
    """The company's vans (registration, model), the same all through one stream."""
    r = random.Random(zlib.crc32(f"cleaver/vans/{COMPANY['seed']}".encode()))
    return [(a_reg(r, lang), r.choice(VANS)) for _ in range(r.randint(3, 5))]


def tpl_fleet_statement(rng: random.Random, who: Issuer) -> list[Page]:
    """A van lease company's monthly rental invoice with the vehicle schedule on a second
    page, or a fuel card company's statement on landscape A4: a summary by card, then the
    transactions by card and vehicle."""
    h = head_of(who, "fleet")
    lg = h.lang
    vans = fleet(who, lg)
    lease = SENDERS["fleet"][lg].index((h.name, h.street, h.town, h.phone)) == 0
    ex = LAST["extra"]
    if after(("fleet_statement",)) and isinstance(ex, tuple) and ex[0] == h.name:
        d = ex[1] + timedelta(days=rng.choice([28, 30, 31]))
    else:
        d = some_day(rng)
    no = serial(rng, rng.choice(["99999999", "INV-9999999", "FC99999"]))
    acct = serial(keyed(who, "acct"), "999999")
    if lease:
        s = style_of(h)
        w, hh = s.page_size
        m = s.margin
        f = sheets(s, h, f"{h.name} - {no}")
        invoice_head(
            f,
            s,
            h,
            tr(lg, "INVOICE", "RECHNUNG", "FACTURE"),
            company_lines(),
            [
                (tr(lg, "Invoice no.", "Rechnungs-Nr.", "Facture n°"), no),
                (tr(lg, "Date", "Datum", "Date"), day(h, d)),
                (tr(lg, "Customer account", "Kundenkonto", "Compte"), acct),
                (
                    tr(lg, "Period", "Zeitraum", "Période"),
                    f"{short(d.replace(day=1), lg)} - {short(month_end(d), lg)}",
                ),
            ],
        )
        rent = [round(rng.choice([329.0, 359.0, 389.0, 415.0, 449.0]), 2) for _ in vans]
        maint = [round(rng.choice([39.0, 45.0, 52.0]), 2) for _ in vans]
        extra = round(rng.choice([0.0, 0.0, 64.8, 112.4]), 2)
        rows = [
            [
                tr(
                    lg,
                    "Contract hire rentals - see vehicle schedule",
                    "Leasingraten lt. Fahrzeugliste",
                    "Loyers location longue durée - voir annexe",
                ),
                money(sum(rent), lg),
            ],
            [
                tr(lg, "Maintenance package", "Wartung & Verschleiß", "Forfait entretien"),
                money(sum(maint), lg),
            ],
        ]
        if extra:
            rows.append(
                [
                    tr(lg, "Excess mileage charge", "Mehrkilometer", "Kilométrage excédentaire"),
                    money(extra, lg),
                ]
            )
        table(
            f,
            columns(m, w - m, [(5, "left"), (1.3, "right")]),
            [tr(lg, "Description", "Bezeichnung", "Désignation"), tr(lg, "Net", "Netto", "HT")],
            rows,
            s,
            rules=True,
        )
        totals(f, s, lg, sum(rent) + sum(maint) + extra, vat_rate(lg))
        write(
            f,
            s,
            tr(
                lg,
                "Collected by Direct Debit on or after",
                "Der Betrag wird per SEPA-Lastschrift eingezogen am",
                "Prélèvement SEPA le",
            )
            + " "
            + short(d + timedelta(days=10), lg)
            + ".",
            s.size - 1,
        )
        p = Page(A4L)
        ls = paper(s, A4L, margin=40)
        p.text(
            40,
            40,
            tr(lg, "Vehicle schedule", "Fahrzeugliste", "Annexe - liste des véhicules"),
            s.bold,
            12,
        )
        p.text(
            A4L[0] - 40, 40, f"{tr(lg, 'Invoice', 'Rechnung', 'Facture')} {no}", s.font, 8, "right"
        )
        g = Flow(A4L, A4L[1] - 40, lambda pg, n: 60.0)
        g.page, g.pages, g.y = p, [p], 64.0
        rows2 = []
        for (reg, model), a, b in zip(vans, rent, maint, strict=True):
            start = d - timedelta(days=rng.randint(100, 900))
            rows2.append(
                [
                    reg,
                    model,
                    serial(rng, "C9999999"),
                    short(start, lg),
                    short(start + timedelta(days=365 * rng.choice([3, 4])), lg),
                    f"{rng.choice([20, 25, 30])}k",
                    money(a, lg),
                    money(b, lg),
                    money(a + b, lg),
                ]
            )
        table(
            g,
            columns(
                40,
                A4L[0] - 40,
                [
                    (1, "left"),
                    (2.2, "left"),
                    (1.1, "left"),
                    (1, "left"),
                    (1, "left"),
                    (0.7, "right"),
                    (0.9, "right"),
                    (0.9, "right"),
                    (1, "right"),
                ],
            ),
            [
                tr(lg, "Reg", "Kennz.", "Immat."),
                tr(lg, "Vehicle", "Fahrzeug", "Véhicule"),
                tr(lg, "Contract", "Vertrag", "Contrat"),
                tr(lg, "Start", "Beginn", "Début"),
                tr(lg, "End", "Ende", "Fin"),
                tr(lg, "Miles/yr", "km/Jahr", "km/an"),
                tr(lg, "Rental", "Rate", "Loyer"),
                tr(lg, "Maint.", "Wartung", "Entretien"),
                tr(lg, "Total", "Summe", "Total"),
            ],
            rows2,
            ls,
            size=8,
            shade=0.88,
            rules=True,
        )
        pages = close([*f.pages, p], s, h)
        del hh
    else:
        s = style_of(h, A4L, margin=36, pt=8)
        w, hh = A4L
        m = s.margin
        txs = []
        sites = {
            "en": ["Shell Swindon", "BP Huddersfield", "Esso Poole", "Texaco M4 J15"],
            "de": ["Aral Bielefeld", "Shell Regensburg", "Jet Oldenburg", "Esso A2"],
            "fr": ["Total Nantes", "Esso Dijon", "Intermarché Aix", "BP A6"],
        }[lg]
        for reg, _ in vans:
            card = serial(rng, "7077 9999 9999 9999")[-9:]
            for _ in range(rng.randint(3, 9)):
                td = d - timedelta(days=rng.randint(1, 30))
                litres = round(rng.uniform(30, 75), 2)
                ppl = round(rng.uniform(1.38, 1.62) if lg == "en" else rng.uniform(1.55, 1.85), 3)
                txs.append(
                    (
                        td,
                        card,
                        reg,
                        rng.choice(sites),
                        tr(lg, "Diesel", "Diesel", "Gazole") if rng.random() < 0.9 else "AdBlue",
                        litres,
                        ppl,
                    )
                )
        txs.sort()
        f = sheets(s, h, f"{h.name} - {tr(lg, 'Statement', 'Abrechnung', 'Relevé')} {no}")
        invoice_head(
            f,
            s,
            h,
            tr(lg, "FUEL CARD STATEMENT", "TANKKARTEN-ABRECHNUNG", "RELEVÉ CARTE CARBURANT"),
            company_lines(),
            [
                (tr(lg, "Statement no.", "Abrechnungs-Nr.", "Relevé n°"), no),
                (tr(lg, "Date", "Datum", "Date"), day(h, d)),
                (tr(lg, "Account", "Kundennummer", "Compte"), acct),
            ],
        )
        net = round(sum(li * pp for *_, li, pp in txs) / (1 + vat_rate(lg) / 100), 2)
        table(
            f,
            columns(m, w - m, [(1.4, "left"), (1.2, "right"), (1.2, "right")]),
            [
                tr(lg, "Vehicle", "Fahrzeug", "Véhicule"),
                tr(lg, "Litres", "Liter", "Litres"),
                tr(lg, "Gross", "Brutto", "TTC"),
            ],
            [
                [
                    reg,
                    qty(round(sum(t[5] for t in txs if t[2] == reg), 2), lg),
                    money(sum(t[5] * t[6] for t in txs if t[2] == reg), lg),
                ]
                for reg, _ in vans
            ],
            s,
            rules=True,
        )
        totals(f, s, lg, net, vat_rate(lg))
        f.new_page()
        table(
            f,
            columns(
                m,
                w - m,
                [
                    (1, "left"),
                    (1.1, "left"),
                    (1, "left"),
                    (2, "left"),
                    (1, "left"),
                    (0.8, "right"),
                    (0.8, "right"),
                    (1, "right"),
                ],
            ),
            [
                tr(lg, "Date", "Datum", "Date"),
                tr(lg, "Card", "Karte", "Carte"),
                tr(lg, "Vehicle", "Kennz.", "Immat."),
                tr(lg, "Site", "Station", "Station"),
                tr(lg, "Product", "Produkt", "Produit"),
                tr(lg, "Litres", "Liter", "Litres"),
                tr(lg, "Price/l", "Preis/l", "Prix/l"),
                tr(lg, "Gross", "Brutto", "TTC"),
            ],
            [
                [short(td, lg), card, reg, site, prod, qty(li, lg), qty(pp, lg), money(li * pp, lg)]
                for td, card, reg, site, prod, li, pp in txs
            ],
            s,
            size=7.5,
            rules=True,
            step=1.5,
        )
        pages = close(f.pages, s, h, numbers="Page {i} of {n}" if lg == "en" else h.numbers)
        del hh
    received(rng, pages[0], home(), d, 0.2)
    remember(None, d, (h.name, d))
    return pages


def tpl_skip_invoice(rng: random.Random, who: Issuer) -> list[Page]:
    """A skip hire company's invoice for a skip at the yard or on a job (size, delivery and
    collection, tonnage, landfill tax or recycling rebate) with the waste transfer note
    (Entsorgungsnachweis, bon d'enlèvement) behind it."""
    h = head_of(who, "skip")
    lg = h.lang
    d = some_day(rng)
    s = style_of(h)
    w, hh = s.page_size
    m = s.margin
    no = serial(rng, rng.choice(["S99999", "RE-99999", "F9999999"]))
    job = a_job(rng) if rng.random() < 0.5 else None
    site = site_of(job) if job else f"{company_head().street}, {company_head().town}"
    size_ = rng.choice(
        tr(
            lg,
            "4 yd midi|6 yd builders|8 yd builders|12 yd maxi",
            "5 m³ Absetzmulde|7 m³ Absetzmulde|10 m³ Abrollcontainer",
            "benne 8 m³|benne 10 m³|benne 15 m³",
        ).split("|")
    )
    tonnes = round(rng.uniform(0.6, 3.2), 2)
    f = sheets(s, h, f"{h.name} - {no}")
    invoice_head(
        f,
        s,
        h,
        tr(lg, "INVOICE", "RECHNUNG", "FACTURE"),
        company_lines(),
        [
            (tr(lg, "Invoice no.", "Rechnungs-Nr.", "Facture n°"), no),
            (tr(lg, "Date", "Datum", "Date"), day(h, d)),
            (tr(lg, "Account", "Kunden-Nr.", "Compte"), serial(keyed(who, "acct"), "99999")),
            (tr(lg, "Site", "Standort", "Chantier"), site),
        ],
    )
    hire = rng.choice([180.0, 220.0, 260.0, 310.0])
    put = short(d - timedelta(days=rng.randint(3, 14)), lg)
    took = short(d - timedelta(days=1), lg)
    lines = [
        (
            f"{size_} - {tr(lg, 'delivered', 'Stellung', 'livraison')} {put}, "
            f"{tr(lg, 'collected', 'Abholung', 'enlèvement')} {took}",
            hire,
        ),
        (
            tr(
                lg,
                f"Mixed glass and PVCu frames {qty(tonnes, lg)} t",
                f"Altfenster/Glas {qty(tonnes, lg)} t AVV 17 02 02 / 17 02 03",
                f"DIB menuiseries et verre {qty(tonnes, lg)} t",
            ),
            round(tonnes * rng.uniform(85, 140), 2),
        ),
    ]
    if lg == "en" and rng.random() < 0.6:
        lines.append(
            (
                f"Landfill tax (non-recyclable fraction {qty(round(tonnes * 0.2, 2), lg)} t)",
                round(tonnes * 0.2 * 103.7, 2),
            )
        )
    if rng.random() < 0.3:
        lines.append(
            (
                tr(lg, "Skip permit (highway)", "Sondernutzung Straße", "Arrêté de voirie"),
                rng.choice([25.0, 40.0, 55.0]),
            )
        )
    table(
        f,
        columns(m, w - m, [(5, "left"), (1.2, "right")]),
        [tr(lg, "Description", "Leistung", "Désignation"), tr(lg, "Net", "Netto", "HT")],
        [[a, money(v, lg)] for a, v in lines],
        s,
        rules=True,
    )
    net = sum(v for _, v in lines)
    totals(f, s, lg, round(net, 2), vat_rate(lg))
    write(
        f,
        s,
        tr(
            lg,
            f"Payment 30 days. {bank_lines(h)}.",
            f"Zahlbar in 14 Tagen. {bank_lines(h)}.",
            f"Paiement à 30 jours. {bank_lines(h)}.",
        ),
        s.size - 1,
    )
    pages = close(f.pages, s, h, numbers="none")
    # the waste transfer note behind it
    p = Page(A4)
    y = m
    title = tr(
        lg,
        "WASTE TRANSFER NOTE",
        "Übernahmeschein / Entsorgungsnachweis",
        "BORDEREAU D'ENLÈVEMENT DES DÉCHETS",
    )
    p.text(m, y, title, s.bold, 12)
    p.text(
        w - m,
        y,
        serial(rng, tr(lg, "WTN 999999", "Nr. 9999999", "N° 999999")),
        "Courier-Bold",
        10,
        "right",
    )
    y += 16
    y = band(
        p,
        s,
        y,
        tr(lg, "Section A - Description of the waste", "A - Abfall", "A - Désignation du déchet"),
    )
    y = fields(
        p,
        s,
        m,
        y + 4,
        w - 2 * m,
        [
            (tr(lg, "EWC code", "Abfallschlüssel (AVV)", "Code déchet"), "17 02 02 / 17 02 03"),
            (
                tr(lg, "Description", "Bezeichnung", "Nature"),
                tr(
                    lg,
                    "Glass, plastic (old window frames)",
                    "Glas, Kunststoff (Altfenster)",
                    "Verre et PVC (menuiseries)",
                ),
            ),
            (tr(lg, "Containment", "Behälter", "Contenant"), size_),
            (tr(lg, "Quantity", "Menge", "Quantité"), f"{qty(tonnes, lg)} t"),
        ],
        per=2,
        tall=26,
    )
    y = band(p, s, y, tr(lg, "Section B - Current holder", "B - Abfallerzeuger", "B - Producteur"))
    y = fields(
        p,
        s,
        m,
        y + 4,
        w - 2 * m,
        [
            (tr(lg, "Name", "Name", "Nom"), company_name()),
            (tr(lg, "SIC code", "Betriebsnummer", "SIRET"), serial(rng, "99999")),
            (tr(lg, "Site of transfer", "Übergabeort", "Lieu d'enlèvement"), site),
            (tr(lg, "Signature", "Unterschrift", "Signature"), crew("foreman")),
        ],
        per=2,
        tall=26,
    )
    y = band(p, s, y, tr(lg, "Section C - Person collecting", "C - Beförderer", "C - Transporteur"))
    y = fields(
        p,
        s,
        m,
        y + 4,
        w - 2 * m,
        [
            (tr(lg, "Name", "Name", "Nom"), h.name),
            (
                tr(lg, "Carrier registration", "Beförderernummer", "Récépissé"),
                serial(rng, "CBDU999999"),
            ),
            (tr(lg, "Vehicle", "Fahrzeug", "Véhicule"), a_reg(rng, lg)),
            (
                tr(lg, "Date and time", "Datum / Uhrzeit", "Date / heure"),
                f"{short(d - timedelta(days=1), lg)} "
                f"{rng.randint(7, 16)}:{rng.choice(['00', '15', '30', '45'])}",
            ),
        ],
        per=2,
        tall=26,
    )
    y += 8
    y = write_block(
        p,
        s,
        m,
        y,
        w - 2 * m,
        tr(
            lg,
            "I confirm that I have fulfilled my duty to apply the waste hierarchy as required by "
            "Regulation 12 of the Waste (England and Wales) Regulations 2011.",
            "Die Übernahme erfolgt gemäß Nachweisverordnung (NachwV). "
            + words(rng, "de", "legal", 10),
            "Le producteur reste responsable du déchet jusqu'à son élimination ou valorisation "
            "finale (article L541-2 du Code de l'environnement).",
        ),
        7.5,
    )
    if rng.random() < 0.5:
        copier_edge(p, rng)
    pages.append(p)
    received(rng, pages[0], home(), d, 0.25)
    remember(job, d)
    del hh
    return pages


# ---------------------------------------------------------------------------------------------
# Templates AAAAA: accidents, complaints and remedial work
# ---------------------------------------------------------------------------------------------

INJURIES = {
    "en": [
        "Laceration to left forearm from broken glass",
        "Strained lower back lifting a sealed unit",
        "Fall from step ladder, bruised hip",
        "Cut to right hand on sash edge",
    ],
    "de": [
        "Schnittwunde linker Unterarm durch Glasbruch",
        "Zerrung im Lendenbereich beim Tragen einer Scheibe",
        "Sturz von der Leiter, Prellung Hüfte",
        "Schnitt rechte Hand",
    ],
    "fr": [
        "Coupure à l'avant-bras gauche (bris de verre)",
        "Lumbago en portant un vitrage",
        "Chute d'escabeau, contusion à la hanche",
        "Coupure à la main droite",
    ],
}


PARTS = [
    ("left forearm", "linker Unterarm", "avant-bras gauche"),
    ("lower back", "Lendenwirbelsäule", "région lombaire"),
    ("left hip", "Hüfte links", "hanche"),
    ("right hand", "rechte Hand", "main droite"),
]


def tpl_accident_report(rng: random.Random, who: Issuer) -> list[Page]:
    """An accident or damage report: the company's accident / incident form filled in by hand
    (England), the Unfallanzeige for the BG BAU with its numbered fields over two pages
    (Germany), the déclaration d'accident du travail (France); or the company's damage report
    for harm done to a customer's property, with a photo."""
    h = company_head()
    lg = h.lang
    d = some_day(rng)
    victim = crew(f"fitter{rng.randint(1, 4)}")
    job = a_job(rng)
    s = style_of(h, A4, margin=40, pt=8)
    w, hh = A4
    m = s.margin
    when = f"{short(d, lg)} {rng.randint(8, 16)}:{rng.choice(['10', '25', '40', '55'])}"
    if rng.random() < 0.35:
        p = Page(A4)
        y = heading(p, s, h)
        p.text(
            m,
            y,
            tr(
                lg,
                "DAMAGE REPORT - CUSTOMER PROPERTY",
                "SCHADENSMELDUNG - KUNDENEIGENTUM",
                "CONSTAT DE DOMMAGE - BIENS DU CLIENT",
            ),
            s.bold,
            11,
        )
        y += 8
        y = fields(
            p,
            s,
            m,
            y,
            w - 2 * m,
            [
                (tr(lg, "Job no.", "Auftrag", "Affaire"), job.ref),
                (tr(lg, "Date / time", "Datum / Uhrzeit", "Date / heure"), when),
                (tr(lg, "Customer", "Kunde", "Client"), job.customer.name),
                (tr(lg, "Address", "Adresse", "Adresse"), site_of(job)),
                (tr(lg, "Reported by", "Gemeldet von", "Déclaré par"), victim),
                (
                    tr(lg, "Insurer notified", "Versicherung informiert", "Assureur prévenu"),
                    rng.choice(yes_no(lg)),
                ),
            ],
            per=2,
            tall=26,
        )
        p.text(
            m,
            y,
            tr(lg, "What was damaged and how:", "Was wurde wie beschädigt:", "Nature du dommage :"),
            s.bold,
            8,
        )
        y += 14
        what = rng.choice(
            tr(
                lg,
                "Carpet stained by silicone|Plaster reveal cracked removing old "
                "frame|Garden pot broken by falling glass|Laminate floor scratched",
                "Teppich durch Silikon verschmutzt|Laibungsputz abgeplatzt|Parkett "
                "zerkratzt|Blumenkübel durch Glas beschädigt",
                "Moquette tachée "
                "(silicone)|Enduit du tableau fissuré|Parquet rayé|Pot de fleurs "
                "cassé",
            ).split("|")
        )
        for t in [what, words(rng, lg, "glaze", 9), words(rng, lg, "glaze", 7)]:
            hand(p, m + 4, y, fit(t, HAND, 9, w - 2 * m - 8), 9)
            p.line(m, y + 3, w - m, y + 3)
            y += 17
        y += 10
        photo(p, m, y, 220, 160, rng)
        photo(p, m + 240, y, 220, 160, rng)
        y += 180
        p.text(
            m,
            y,
            tr(lg, "Agreed remedy:", "Vereinbarte Regulierung:", "Solution convenue :"),
            s.bold,
            8,
        )
        y = ticks(
            p,
            s,
            m + 100,
            y,
            w - 2 * m - 100,
            tr(
                lg,
                "Repair by us|Cleaning|Cash settlement|Insurance claim",
                "Eigenreparatur|Reinigung|Zahlung|Versicherungsfall",
                "Réparation par nos soins|Nettoyage|Indemnisation|Déclaration assureur",
            ).split("|"),
            {rng.randrange(4)},
            8,
            2.6,
        )
        y = max(y + 30, hh - m - 40)
        sign_line(p, s, m, y, 200, tr(lg, "Customer", "Kunde", "Client"), job.customer.name)
        sign_line(
            p,
            s,
            w - m - 200,
            y,
            200,
            tr(lg, "For the company", "Für die Firma", "Pour l'entreprise"),
            crew("director2"),
        )
        remember(job, d)
        return [p]
    k_inj = rng.randrange(len(INJURIES[lg]))
    injury = INJURIES[lg][k_inj]
    part = tr(lg, *PARTS[k_inj])
    if lg == "de":
        pages = []
        numbered = [
            ("1 Name und Anschrift des Unternehmens", f"{h.name}, {h.street}, {h.town}"),
            (
                "2 Unternehmensnummer des Unfallversicherungsträgers",
                serial(keyed(who, "bg"), "999 999 999 999"),
            ),
            (
                "3 Empfänger",
                "BG BAU - Berufsgenossenschaft der Bauwirtschaft, Hildegardstraße 29/30, 10715 "
                "Berlin",
            ),
            ("4 Name, Vorname der versicherten Person", victim),
            (
                "5 Geburtsdatum",
                f"{rng.randint(1, 28):02d}.{rng.randint(1, 12):02d}.{rng.randint(1965, 2003)}",
            ),
            (
                "6 Straße, Hausnummer / PLZ, Ort",
                f"{rng.choice(ROADS['de'])} {rng.randint(1, 80)}, "
                f"{rng.choice(TOWNS['de'][int(COMPANY['row'])])}",
            ),  # type: ignore[call-overload]
            ("7 Geschlecht", "männlich" if victim.split()[0] not in FEMALE else "weiblich"),
            ("8 Staatsangehörigkeit", rng.choice(["deutsch", "deutsch", "polnisch", "türkisch"])),
            ("9 Leiharbeitnehmer", "nein"),
            ("10 Auszubildender", rng.choice(["nein", "nein", "ja"])),
            ("11 Ist die versicherte Person Unternehmer/in, Ehegatte, Gesellschafter", "nein"),
            ("12 Anspruch auf Entgeltfortzahlung", "6 Wochen"),
            ("13 Krankenkasse", rng.choice(["AOK Nordwest", "TK", "Barmer", "IKK classic"])),
            ("14 Tödlicher Unfall?", "nein"),
            ("15 Unfallzeitpunkt", when),
            ("16 Unfallort", f"Baustelle {site_of(job)}"),
            (
                "17 Ausführliche Schilderung des Unfallhergangs",
                f"{injury}. " + words(rng, "de", "glaze", 16),
            ),
            ("18 Verletzte Körperteile", part),
            ("19 Art der Verletzung", rng.choice(["Schnittwunde", "Prellung", "Zerrung"])),
            ("20 Wer hat von dem Unfall zuerst Kenntnis genommen?", crew("foreman")),
            (
                "21 Name und Anschrift des erstbehandelnden Arztes/Krankenhauses",
                rng.choice(
                    [
                        "Klinikum Bielefeld Mitte",
                        "Dr. med. Vogt, D-Arzt",
                        "Caritas-Krankenhaus St. Josef",
                    ]
                ),
            ),
            ("22 Beginn und Ende der Arbeitszeit", "07:00 - 16:00 Uhr"),
            ("23 Zum Unfallzeitpunkt beschäftigt als", "Fenstermonteur"),
            (
                "24 Seit wann bei dieser Tätigkeit?",
                f"{rng.randint(1, 12):02d}/{rng.randint(2008, 2023)}",
            ),
            ("25 In welchem Teil des Unternehmens ist die Person ständig tätig?", "Montage"),
            ("26 Hat die versicherte Person die Arbeit eingestellt?", "sofort"),
            (
                "27 Hat die versicherte Person die Arbeit wieder aufgenommen?",
                "nein" if rng.random() < 0.6 else short(d + timedelta(days=rng.randint(3, 20)), lg),
            ),
        ]
        k = 0
        for n in range(2):
            p = Page(A4)
            y = m
            p.text(m, y, "UNFALLANZEIGE", "Helvetica-Bold", 14)
            p.text(w - m, y, f"Seite {n + 1} von 2", "Helvetica", 8, "right")
            y += 18
            while k < len(numbered) and (k < 17 or n == 1):
                a, b = numbered[k]
                tall = 40 if a.startswith("17") else 26
                p.rect(m, y, w - 2 * m, tall)
                p.text(m + 3, y + 8, a, "Helvetica", 6.5)
                lines_ = wrap(b, HAND, 8.5, w - 2 * m - 10)[: 3 if tall > 30 else 1]
                for j, ln in enumerate(lines_):
                    p.text(m + 6, y + 19 + j * 10, ln, HAND, 8.5)
                y += tall
                k += 1
            if n == 1:
                y += 20
                sign_line(p, s, m, y + 30, 150, "28 Datum", "")
                hand(p, m + 4, y + 26, short(d + timedelta(days=rng.randint(1, 3)), lg), 9)
                sign_line(p, s, m + 170, y + 30, 150, "Unternehmer/in", crew("director1"))
                sign_line(p, s, m + 340, y + 30, w - 2 * m - 340, "29 Betriebsrat", "")
            pages.append(p)
        remember(None, d)
        return pages
    if lg == "fr":
        p = Page(A4)
        y = m
        p.text(m, y, "cerfa", "Helvetica-Bold", 12)
        p.text(m, y + 10, "N° 14463*03", "Helvetica", 7)
        p.text(w / 2 + 20, y, "DÉCLARATION D'ACCIDENT DU TRAVAIL", "Helvetica-Bold", 11, "center")
        p.text(w / 2 + 20, y + 12, "OU D'ACCIDENT DE TRAJET", "Helvetica-Bold", 11, "center")
        y += 30
        for title, items in [
            (
                "L'EMPLOYEUR",
                [
                    ("Nom, raison sociale", h.name),
                    ("Adresse", f"{h.street}, {h.town}"),
                    ("N° SIRET", serial(keyed(who, "siret"), "999 999 999 99999")),
                ],
            ),
            (
                "LA VICTIME",
                [
                    ("Nom, prénom", victim),
                    ("N° de sécurité sociale", serial(rng, "1 99 99 99 999 999 99")),
                    ("Profession", "Poseur de menuiseries"),
                    ("Ancienneté", f"{rng.randint(1, 15)} ans"),
                ],
            ),
            (
                "L'ACCIDENT",
                [
                    ("Date et heure", when),
                    ("Lieu", f"Chantier {site_of(job)}"),
                    ("Circonstances détaillées", f"{injury}. " + words(rng, "fr", "glaze", 12)),
                    ("Siège des lésions", part),
                    ("Nature des lésions", rng.choice(["plaie", "contusion", "lumbago"])),
                    ("Accident constaté le", short(d, lg) + " par l'employeur"),
                ],
            ),
            ("TÉMOIN(S)", [("Nom et adresse", crew("foreman"))]),
        ]:
            y = band(p, s, y + 4, title, 0.7)
            y = fields(p, s, m, y + 2, w - 2 * m, items, per=2, tall=26)
        y += 10
        hand(p, m + 4, y, f"Fait à {h.town.split()[-1]}, le {short(d + timedelta(days=1), lg)}", 9)
        sign_line(
            p, s, w - m - 200, y + 40, 200, "Signature et cachet de l'employeur", crew("director1")
        )
        p.text(
            m,
            hh - 40,
            fit(
                "À adresser à la CPAM dans les 48 heures. La loi n° 78-17 du 6 "
                "janvier 1978 s'applique aux réponses faites sur ce formulaire.",
                "Helvetica",
                6.5,
                w - 2 * m,
            ),
            "Helvetica",
            6.5,
        )
        remember(None, d)
        return [p]
    p = Page(A4)
    y = heading(p, s, h)
    p.text(m, y, "ACCIDENT / INCIDENT REPORT FORM", s.bold, 12)
    y += 8
    y = fields(
        p,
        s,
        m,
        y,
        w - 2 * m,
        [
            ("Name of person involved", victim),
            ("Job title", "Fitter"),
            ("Date and time", when),
            ("Location", f"Customer site: {site_of(job)}"),
        ],
        per=2,
        tall=26,
    )
    p.text(m, y, "Type", s.bold, 8)
    y = ticks(
        p,
        s,
        m + 50,
        y,
        w - 2 * m - 50,
        ["Injury", "Near miss", "Dangerous occurrence", "Vehicle", "Ill health"],
        {0},
        8,
        2.4,
    )
    p.text(m, y, "Description of what happened:", s.bold, 8)
    y += 14
    for t in [injury + ".", words(rng, "en", "glaze", 10), words(rng, "en", "glaze", 9)]:
        hand(p, m + 4, y, fit(t, HAND, 9, w - 2 * m - 8), 9)
        p.line(m, y + 3, w - m, y + 3)
        y += 17
    y += 6
    y = fields(
        p,
        s,
        m,
        y,
        w - 2 * m,
        [
            ("First aid given / by", f"Yes - {crew('foreman')}"),
            ("Hospital attended", rng.choice(["No", "Yes - A&E", "Minor injuries unit"])),
            ("Witness(es)", fitters(rng, 1)[0]),
            ("Time off work", rng.choice(["None", "2 days", "Over 7 days"])),
        ],
        per=2,
        tall=26,
    )
    p.text(m, y, "RIDDOR reportable?", s.bold, 8)
    y = ticks(p, s, m + 110, y, 200, ["Yes", "No"], {1 if rng.random() < 0.8 else 0}, 8, 2.8)
    y = band(p, s, y, "Investigation and action taken (manager)")
    y += 14
    for t in [words(rng, "en", "glaze", 10), words(rng, "en", "legal", 8)]:
        hand(p, m + 4, y, fit(t, HAND, 9, w - 2 * m - 8), 9)
        p.line(m, y + 3, w - m, y + 3)
        y += 17
    y = max(y + 30, hh - m - 40)
    sign_line(p, s, m, y, 200, "Signed (person involved)", victim)
    sign_line(p, s, w - m - 200, y, 200, "Signed (manager)", crew("director2"))
    remember(None, d)
    return [p]


FAULTS = {
    "en": [
        "misting between the panes of the bedroom window",
        "a draught around the back door",
        "water coming in under the patio door cill",
        "the lounge window will not lock",
        "a scratch right across the new kitchen window",
        "the front door has dropped and catches",
    ],
    "de": [
        "Beschlag im Scheibenzwischenraum am Schlafzimmerfenster",
        "Zugluft an der Balkontür",
        "Wassereintritt unter der Terrassentür",
        "das Wohnzimmerfenster lässt sich nicht verriegeln",
        "einen Kratzer im neuen Küchenfenster",
        "die Haustür schleift",
    ],
    "fr": [
        "de la buée entre les vitres de la chambre",
        "un courant d'air à la porte-fenêtre",
        "une infiltration d'eau sous la baie coulissante",
        "la fenêtre du séjour ne ferme plus",
        "une rayure sur la nouvelle fenêtre de la cuisine",
        "la porte d'entrée frotte",
    ],
}


def old_job(rng: random.Random) -> Job:
    job = a_job(rng)
    job.fitted = month() - timedelta(days=rng.randint(30, 700))
    return job


def tpl_complaint(rng: random.Random, who: Issuer) -> list[Page]:
    """A customer's complaint about an installation: a handwritten letter on A5 notepaper, a
    typed letter or a printed e-mail (on A4, now and then on US Letter from a home printer),
    now and then with a page of the customer's own photographs."""
    lg = home()
    job = old_job(rng)
    c = job.customer
    d = some_day(rng)
    fault = rng.choice(FAULTS[lg])
    mode = rng.choice(["hand", "typed", "mail"])
    co = company_head()
    text = [
        tr(
            lg,
            f"I am writing about the windows you fitted at the above address on "
            f"{short(job.fitted, lg)} (your ref {job.ref}).",
            f"am {short(job.fitted, lg)} haben Sie bei uns neue Fenster eingebaut (Ihre "
            f"Auftragsnummer {job.ref}).",
            f"Vous avez posé nos menuiseries le {short(job.fitted, lg)} (votre référence "
            f"{job.ref}).",
        ),
        tr(
            lg,
            f"Since then we have noticed {fault}. I have phoned the office twice and was "
            "promised a call back which never came.",
            f"Leider haben wir inzwischen {fault} festgestellt. Ich habe bereits zweimal "
            "angerufen, aber niemand hat sich gemeldet.",
            f"Depuis, nous constatons {fault}. J'ai appelé deux fois sans réponse.",
        ),
        tr(
            lg,
            "This is covered by your guarantee and I expect it to be put right within 14 days. "
            "Otherwise I will have to take the matter further.",
            "Wir bitten Sie, den Mangel innerhalb von 14 Tagen zu beseitigen; andernfalls behalten "
            "wir uns weitere Schritte vor.",
            "Je vous mets en demeure d'intervenir au titre de la garantie sous quinze jours.",
        ),
    ]
    if mode == "hand":
        s = Style(HAND, "Courier-Bold", 9.5, 36, "none", "bottom", A5, "short")
        w, hh = A5
        p = Page(A5)
        y = 44.0
        for ln in [c.name, *c.lines]:
            p.text(w - 36, y, ln, HAND, 9, "right")
            y += 12
        p.text(w - 36, y + 4, short(d, lg), HAND, 9, "right")
        y += 30
        p.text(
            36,
            y,
            tr(lg, "Dear Sirs,", "Sehr geehrte Damen und Herren,", "Madame, Monsieur,"),
            HAND,
            9.5,
        )
        y += 18
        pages = [p]
        for para in text:
            for ln in wrap(para, HAND, 9.5, w - 72):
                if y > hh - 50:
                    p = Page(A5)
                    pages.append(p)
                    y = 44.0
                p.text(36, y, ln, HAND, 9.5)
                y += 14
            y += 8
        if y > hh - 80:
            p = Page(A5)
            pages.append(p)
            y = 44.0
        p.text(
            36,
            y + 6,
            tr(lg, "Yours faithfully,", "Mit freundlichen Grüßen", "Salutations."),
            HAND,
            9.5,
        )
        scrawl(p, 36, y + 40, c.name)
    else:
        # a home printer left on US Letter now and then
        sheet = LETTER if rng.random() < 0.25 else A4
        if mode == "mail" or rng.random() < 0.5:
            s = Style("Helvetica", "Helvetica-Bold", 10, 60, "none", "bottom", sheet, "short")
        else:
            s = Style("Times-Roman", "Times-Bold", 10.5, 64, "none", "bottom", sheet, "short")
        w, hh = sheet
        m = s.margin
        f = Sheets(sheet, hh - m, lambda pg, n: float(m))
        if mode == "mail":
            mail = f"{c.first.lower()}.{c.last.lower()}@{rng.choice(MAILS[lg])}"
            for a, b in [
                (tr(lg, "From", "Von", "De"), f"{c.name} <{mail}>"),
                (
                    tr(lg, "Sent", "Gesendet", "Envoyé"),
                    f"{short(d, lg)} {rng.randint(7, 22)}:{rng.randint(10, 59)}",
                ),
                (tr(lg, "To", "An", "À"), co.mail or "info@company"),
                (
                    tr(lg, "Subject", "Betreff", "Objet"),
                    tr(
                        lg,
                        f"Complaint - job {job.ref}",
                        f"Reklamation Auftrag {job.ref}",
                        f"Réclamation - {job.ref}",
                    ),
                ),
            ]:
                f.page.text(m, f.y, f"{a}:", s.bold, 9)
                f.page.text(m + 60, f.y, fit(b, s.font, 9, w - 2 * m - 60), s.font, 9)
                f.y += 12
            f.page.line(m, f.y, w - m, f.y)
            f.y += 20
        else:
            for ln in [c.name, *c.lines]:
                f.page.text(w - m, f.y, ln, s.font, s.size, "right")
                f.y += s.size * 1.3
            f.y += 10
            for ln in head_lines(co):
                f.page.text(m, f.y, ln, s.font, s.size)
                f.y += s.size * 1.3
            f.y += 10
            f.page.text(w - m, f.y, day(co, d), s.font, s.size, "right")
            f.y += 24
            f.page.text(
                m,
                f.y,
                tr(
                    lg,
                    f"Re: Complaint - {site_of(job)}",
                    "Reklamation / Mängelanzeige",
                    "Objet : réclamation - lettre recommandée AR",
                ),
                s.bold,
                s.size,
            )
            f.y += 20
        f.page.text(
            m,
            f.y,
            tr(lg, "Dear Sir or Madam,", "Sehr geehrte Damen und Herren,", "Madame, Monsieur,"),
            s.font,
            s.size,
        )
        f.y += 20
        for para in text:
            write(f, s, para)
        write(f, s, words(rng, lg, "fault", 12))
        f.y += 6
        f.page.text(
            m, f.y, tr(lg, "Regards,", "Mit freundlichen Grüßen", "Cordialement,"), s.font, s.size
        )
        f.y += 30
        if mode == "typed":
            scrawl(f.page, m, f.y, c.name)
        f.y += 12
        f.page.text(m, f.y, c.name, s.font, s.size)
        if mode == "mail":
            for k, pg in enumerate(f.pages, 1):
                pg.text(m, hh - 24, f"{short(d, lg)} - {mail}", "Helvetica", 7)
                pg.text(w - m, hh - 24, f"{k}/{len(f.pages)}", "Helvetica", 7, "right")
        pages = f.pages
    if rng.random() < 0.35:
        p = Page(A4)
        w, hh = A4
        n = rng.choice([2, 4])
        for k in range(n):
            x = 50 + (k % 2) * 255
            y = 60 + (k // 2) * 340
            photo(p, x, y, 240, 180 if n == 4 else 300, rng)
            if rng.random() < 0.6:
                hand(
                    p,
                    x,
                    y + (195 if n == 4 else 315),
                    fit(rng.choice(FAULTS[lg]), HAND, 8.5, 240),
                    8.5,
                )
        pages.append(p)
    received(rng, pages[0], lg, d, 0.5)
    remember(job, d, fault)
    return pages


def tpl_remedial_report(rng: random.Random, who: Issuer) -> list[Page]:
    """The company's remedial / service visit report after a complaint: the complaint and
    job references, the fault found and the work done as tick boxes and hand notes, parts
    used, whether a further visit is needed, time on site and the customer's signature."""
    h = company_head()
    lg = h.lang
    job = job_for(rng, ("complaint",))
    if not after(("complaint",)):
        job = old_job(rng)
    fault = (
        LAST["extra"]
        if after(("complaint",)) and isinstance(LAST["extra"], str)
        else rng.choice(FAULTS[lg])
    )
    d = last_day(rng, ("complaint",), (5, 21))
    s = style_of(h, A4, margin=42, pt=8)
    w, hh = A4
    m = s.margin
    p = Page(A4)
    y = heading(p, s, h)
    p.text(
        m,
        y,
        tr(
            lg,
            "SERVICE / REMEDIAL WORK REPORT",
            "KUNDENDIENSTBERICHT",
            "RAPPORT D'INTERVENTION SAV",
        ),
        s.bold,
        11,
    )
    p.text(w - m, y, serial(rng, "SR 9999"), "Courier-Bold", 11, "right")
    y += 8
    y = fields(
        p,
        s,
        m,
        y,
        w - 2 * m,
        [
            (tr(lg, "Customer", "Kunde", "Client"), job.customer.name),
            (tr(lg, "Address", "Adresse", "Adresse"), site_of(job)),
            (
                tr(lg, "Original job", "Ursprungsauftrag", "Affaire d'origine"),
                f"{job.ref} / {short(job.fitted, lg)}",
            ),
            (tr(lg, "Visit date", "Einsatzdatum", "Date d'intervention"), short(d, lg)),
            (tr(lg, "Engineer", "Techniker", "Technicien"), fitters(rng, 1)[0]),
            (tr(lg, "Reported fault", "Gemeldeter Mangel", "Désordre signalé"), str(fault)),
        ],
        per=2,
        tall=26,
    )
    p.text(m, y, tr(lg, "Fault found", "Befund", "Constat"), s.bold, 8)
    y = ticks(
        p,
        s,
        m + 70,
        y,
        w - 2 * m - 70,
        tr(
            lg,
            "Failed sealed unit|Hinge / keep adjustment|Gasket|Cill / seal|Lock mechanism|"
            "Customer misuse|No fault found",
            "Isolierglas undicht|Beschlag justiert|Dichtung|"
            "Anschluss/Silikon|Verriegelung|Bedienfehler|kein Mangel",
            "Vitrage défectueux|Réglage "
            "paumelles|Joint|Appui / calfeutrement|Crémone|Mauvaise utilisation|RAS",
        ).split("|"),
        {rng.randrange(7)},
        8,
        2.4,
    )
    p.text(
        m,
        y,
        tr(lg, "Work carried out:", "Durchgeführte Arbeiten:", "Travaux réalisés :"),
        s.bold,
        8,
    )
    y += 14
    for _ in range(3):
        hand(
            p, m + 4, y, fit(words(rng, lg, "fault", rng.randint(6, 10)), HAND, 9, w - 2 * m - 8), 9
        )
        p.line(m, y + 3, w - m, y + 3)
        y += 17
    y += 8
    cols = columns(m, w - m, [(4, "left"), (1, "right"), (1.5, "left")])
    p.rect(m - 2, y - 9, w - 2 * m + 4, 13, fill=0.88)
    for cc, t in zip(
        cols,
        [
            tr(lg, "Parts used", "Material", "Pièces"),
            tr(lg, "Qty", "Menge", "Qté"),
            tr(lg, "Chargeable", "berechnen", "Facturable"),
        ],
        strict=True,
    ):
        p.text(cc[0] if cc[2] == "left" else cc[1], y, t, s.bold, 7.5, cc[2])
    y += 14
    for k in range(4):
        if k < rng.randint(0, 3):
            part = rng.choice(
                tr(
                    lg,
                    "Sealed unit 4/20/4|Hinge set|Gasket 6m|Silicone|Keep",
                    "Isolierglas|Bandseite|Dichtung 6 m|Silikon|Schließblech",
                    "Vitrage 4/16/4|Paumelles|Joint 6 m|Silicone|Gâche",
                ).split("|")
            )
            hand(p, cols[0][0], y, part, 8.5)
            hand(p, cols[1][1] - 10, y, str(rng.randint(1, 2)), 8.5)
            hand(p, cols[2][0], y, rng.choice(yes_no(lg)), 8.5)
        p.line(m, y + 4, w - m, y + 4)
        y += 16
    y += 10
    p.text(
        m,
        y,
        tr(lg, "Further visit required", "Weiterer Termin nötig", "Nouvelle intervention"),
        s.bold,
        8,
    )
    y = ticks(p, s, m + 150, y, 200, yes_no(lg), {1 if rng.random() < 0.7 else 0}, 8, 2.4)
    y = fields(
        p,
        s,
        m,
        y,
        w - 2 * m,
        [
            (
                tr(lg, "Arrived", "Ankunft", "Arrivée"),
                f"{rng.randint(8, 14)}:{rng.choice(['00', '20', '45'])}",
            ),
            (
                tr(lg, "Departed", "Abfahrt", "Départ"),
                f"{rng.randint(14, 17)}:{rng.choice(['05', '30', '50'])}",
            ),
            (tr(lg, "Under guarantee", "Gewährleistung", "Sous garantie"), rng.choice(yes_no(lg))),
        ],
        per=3,
        tall=24,
    )
    y = max(y + 30, hh - m - 40)
    sign_line(
        p,
        s,
        m,
        y,
        200,
        tr(
            lg,
            "Customer - work completed to my satisfaction",
            "Kunde - Arbeiten ordnungsgemäß ausgeführt",
            "Client - bon pour intervention",
        ),
        job.customer.name,
    )
    sign_line(
        p, s, w - m - 180, y, 180, tr(lg, "Engineer", "Techniker", "Technicien"), fitters(rng, 1)[0]
    )
    remember(job, d)
    return [p]


# ---------------------------------------------------------------------------------------------
# Templates AAAAA: the bank
# ---------------------------------------------------------------------------------------------


def tpl_bank_statement(rng: random.Random, who: Issuer) -> list[Page]:
    """The company's business account statement: statement and sheet number, the period,
    opening balance, the bookings (customers' deposits and balances, suppliers, lease, fuel,
    wages, skips) over one to three sheets, the closing balance."""
    h = head_of(who, "bank")
    lg = h.lang
    r = keyed(who, "acct")
    size = A4 if lg != "de" or r.random() < 0.5 else (210 * MM, 148 * MM)
    s = style_of(h, size, margin=36 if size != A4 else 44, pt=8.5)
    w, hh = size
    m = s.margin
    ex = LAST["extra"]
    if after(("bank_statement",)) and isinstance(ex, tuple) and ex[0] == h.name:
        _, no, start_d, bal = ex  # the next statement of a run
        no += 1
        start_d += timedelta(days=1)
    else:
        start_d = some_day(rng)
        no = start_d.month + (rng.randint(0, 9) if lg == "de" else 0)
        bal = round(rng.uniform(-8000, 42000), 2)
    span = 30 if lg != "de" else rng.choice([7, 10, 14, 30])
    d = start_d + timedelta(days=span - 1)
    account = {
        "en": f"Sort code {r.randint(50, 60)}-{r.randint(10, 99)}-{r.randint(10, 99)}  Account "
        f"{r.randint(10000000, 99999999)}",
        "de": f"IBAN DE{r.randint(10, 99)} {r.randint(4000, 4999)} {r.randint(1000, 9999)} "
        f"{r.randint(1000, 9999)} {r.randint(1000, 9999)} {r.randint(10, 99)}",
        "fr": f"IBAN FR76 {r.randint(1000, 9999)} {r.randint(1000, 9999)} "
        f"{r.randint(1000, 9999)} {r.randint(1000, 9999)} {r.randint(100, 999)}",
    }[lg]
    title = tr(
        lg,
        "Business Current Account - Statement",
        "Kontoauszug Geschäftskonto",
        "Relevé de compte courant professionnel",
    )
    ins = [
        f"{a_person(rng, lg).last} {tr(lg, 'deposit', 'Anzahlung', 'acompte')}" for _ in range(4)
    ]
    outs = [
        x[0]
        for role in ("glass", "profile", "merchant", "fleet", "skip")
        for x in SENDERS[role][lg]
    ]
    books = []
    n_rows = rng.choice([8, 12, 18, 26, 40])
    for k in range(n_rows):
        bd = start_d + timedelta(days=int(k * span / n_rows))
        if rng.random() < 0.45:
            v = round(rng.uniform(400, 9800), 2)
            who_ = rng.choice(ins)
        elif rng.random() < 0.1:
            v = -round(rng.uniform(1800, 3200), 2)
            who_ = tr(lg, "Wages", "Lohn/Gehalt", "Salaires")
        else:
            v = -round(rng.uniform(60, 6400), 2)
            who_ = rng.choice(outs)
        kind = tr(
            lg,
            "BGC" if v > 0 else rng.choice(["FPO", "DD", "BP"]),
            "Gutschrift" if v > 0 else rng.choice(["Überweisung", "Lastschrift", "Dauerauftrag"]),
            "VIR SEPA RECU" if v > 0 else rng.choice(["VIR SEPA EMIS", "PRLV SEPA", "CB"]),
        )
        books.append((bd, f"{kind} {who_}", v, serial(rng, "REF 999999")))

    def start(p: Page, n: int) -> float:
        y = heading(p, s, h) if n == 1 or h.again else m
        p.text(m, y, title, s.bold, s.size + 2)
        p.text(
            w - m,
            y,
            tr(
                lg,
                f"Statement {no} / sheet {n}",
                f"Auszug {no} / Blatt {n}",
                f"Relevé n° {no} - page {n}",
            ),
            s.bold,
            s.size,
            "right",
        )
        y += 13
        p.text(
            m,
            y,
            fit(f"{company_name()} - {account}", s.font, s.size - 0.5, w - 2 * m),
            s.font,
            s.size - 0.5,
        )
        return y + 20

    f = Sheets(size, hh - m - 34, start)
    f.y = (
        pairs(
            f.page,
            s,
            m,
            f.y,
            [
                (tr(lg, "Period", "Zeitraum", "Période"), f"{short(start_d, lg)} - {short(d, lg)}"),
                (tr(lg, "Opening balance", "Alter Saldo", "Ancien solde"), cash(bal, lg)),
            ],
            w * 0.55,
        )
        + 6
    )
    cols = columns(m, w - m, [(1, "left"), (5, "left"), (1.3, "right"), (1.3, "right")])
    rows = []
    for bd, t, v, ref in books:
        bal += v
        rows.append(
            [
                short(bd, lg)[:5] if lg != "en" else bd.strftime("%d %b"),
                f"{t} {ref}",
                money(v, lg) if lg != "en" else (money(abs(v), lg) + (" CR" if v > 0 else "")),
                money(bal, lg),
            ]
        )
    table(
        f,
        cols,
        [
            tr(lg, "Date", "Buchung", "Date"),
            tr(lg, "Details", "Vorgang", "Libellé"),
            tr(lg, "Amount", "Betrag EUR", "Montant"),
            tr(lg, "Balance", "Saldo", "Solde"),
        ],
        rows,
        s,
        size=s.size - 0.5,
        rules=lg != "de",
        step=1.7,
    )
    f.need(40)
    f.y += 6
    f.page.line(w * 0.5, f.y - 8, w - m, f.y - 8)
    f.page.text(
        w * 0.5, f.y + 2, tr(lg, "Closing balance", "Neuer Saldo", "Nouveau solde"), s.bold, s.size
    )
    f.page.text(w - m, f.y + 2, cash(bal, lg), s.bold, s.size, "right")
    for k, p in enumerate(f.pages):
        p.text(
            m,
            hh - 22,
            fit(
                tr(
                    lg,
                    "Please check this statement. Eligible deposits are protected by the FSCS.",
                    "Bitte erheben Sie Einwendungen gegen einzelne Buchungen unverzüglich.",
                    "Toute réclamation doit être formulée dans un délai de deux mois.",
                ),
                s.font,
                6,
                w - 2 * m - 60,
            ),
            s.font,
            6,
        )
        p.text(w - m, hh - 22, f"{k + 1}/{len(f.pages)}", s.font, 7, "right")
    remember(None, d, (h.name, no, d, bal))
    return f.pages


# ---------------------------------------------------------------------------------------------
# The part: templates, runs and companions
# ---------------------------------------------------------------------------------------------


def tracked(name: str, tpl: Template) -> Template:
    """``tpl`` noting its kind, so that a companion can take up the same job."""

    def run(rng: random.Random, who: Issuer) -> list[Page]:
        pages = tpl(rng, who)
        LAST["kind"] = name
        return pages

    run.__doc__ = tpl.__doc__
    return run


KINDS: dict[str, Template] = {
    "quotation": tpl_quotation,
    "signed_order": tpl_signed_order,
    "survey_sheet": tpl_survey_sheet,
    "deposit_invoice": tpl_deposit_invoice,
    "final_invoice": tpl_final_invoice,
    "supplier_confirmation": tpl_supplier_confirmation,
    "delivery_note": tpl_delivery_note,
    "supplier_invoice": tpl_supplier_invoice,
    "compliance_certificate": tpl_compliance_certificate,
    "declaration_of_performance": tpl_declaration_of_performance,
    "installation_guarantee": tpl_installation_guarantee,
    "ibg_certificate": tpl_ibg_certificate,
    "work_order": tpl_work_order,
    "boarding_job_sheet": tpl_boarding_job_sheet,
    "fleet_statement": tpl_fleet_statement,
    "skip_invoice": tpl_skip_invoice,
    "accident_report": tpl_accident_report,
    "complaint": tpl_complaint,
    "remedial_report": tpl_remedial_report,
    "bank_statement": tpl_bank_statement,
}
TEMPLATES_AAAAA: dict[str, Template] = {k: tracked(k, t) for k, t in KINDS.items()}
#: Kinds that a pile often holds 2-4 of in a row from one sender.
RUN_KINDS = (
    "supplier_invoice",
    "delivery_note",
    "compliance_certificate",
    "boarding_job_sheet",
    "fleet_statement",
    "skip_invoice",
    "deposit_invoice",
    "bank_statement",
)
#: A kind often followed by a related paper, about the same job.
FOLLOWS = {
    "quotation": "signed_order",
    "signed_order": "survey_sheet",
    "survey_sheet": "supplier_confirmation",
    "supplier_confirmation": "delivery_note",
    "delivery_note": "supplier_invoice",
    "final_invoice": "installation_guarantee",
    "installation_guarantee": "ibg_certificate",
    "work_order": "boarding_job_sheet",
    "complaint": "remedial_report",
}


# ---------------------------------------------------------------------------------------------
# Streams and generation (same files and labels as corpus.generate)
# ---------------------------------------------------------------------------------------------


def make_cleaver_stream(rng: random.Random, n_docs: int, separators: bool) -> Stream:
    """One company's pile: ``corpus.make_stream`` with batch runs (after a run kind, 1-3 more
    of the same kind from the same sender follow with probability 0.6) and companions (each
    kind in ``FOLLOWS`` is followed by its related paper with probability 0.5). The company
    (country, name, staff, month) is drawn once per stream."""
    r = random.Random(rng.getrandbits(32))
    lang = r.choice(["en", "en", "de", "de", "fr"])
    COMPANY["lang"] = lang
    COMPANY["row"] = r.randrange(len(COMPANIES[lang]))
    COMPANY["seed"] = r.getrandbits(24)
    COMPANY["month"] = date(r.choice([2024, 2025]), r.randint(1, 12), 1)
    LAST.update(kind="", job=None, day=None, extra=None)
    run_odds = dict.fromkeys(RUN_KINDS, 0.6)
    return assemble_stream(
        rng, TEMPLATES_AAAAA, n_docs, separators, run_odds, run_len=(1, 3), follows=FOLLOWS
    )


generate = part_generate(PART, SEED_OFFSET, make_cleaver_stream, "templates AAAAA")


def main(argv: list[str]) -> int:
    return part_main(argv, __doc__, PART, generate, scanned=12)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

"""Cauldron part of the generated corpus: templates YYY, written blind for the next measurement.

A part of its own, ``cauldron``. Its templates were written without looking at the boundary
detector, its documentation, its tuning or its evaluation, as the pile the office of a dog
boarding kennels with a daycare and a grooming parlour (the owner, a kennel manager, three
kennel assistants and a groomer; in England, Germany or France) feeds through its scanner in a
month: the kennels' boarding booking forms filled in by hand by the dogs' owners (feeding,
medication, emergency contact, consent to veterinary treatment) with the booking terms signed
on a page of their own and now and then a medication consent sheet; copies of the dogs'
vaccination records from the owners' vets (a photocopied booklet page on A4 with the vaccine
stickers and the practice stamp, or the practice's printed vaccination history); the groomer's
grooming consent and matting waivers on A5 with the dog outline marked by hand; daycare
assessment forms with the temperament scores, the assessor's notes and the photo consent slip;
the local authority's animal activity licence (a licence under the 2018 Regulations with its
star rating and conditions, an Erlaubnis nach § 11 TierSchG with the Nebenbestimmungen and the
Rechtsbehelfsbelehrung, a récépissé de déclaration of the DDPP with its prescriptions),
sometimes behind a covering letter; the authority's inspection reports with the checklist of
standards and, in England, the risk scoring matrix on a landscape page; pet food and bedding
suppliers' invoices whose lines run over pages, some with the conditions of sale behind, and
their drivers' delivery notes on slips or A5, signed on receipt; veterinary invoices for
boarders taken ill, with the clinical notes and the discharge instructions; the kennels'
incident reports (bites, fights, escapes, injuries) with the body chart and now and then a
handwritten witness statement; owners' letters, thank-you cards, e-mails and printed online
reviews, and the kennels' replies with a goodwill voucher; kennel insurance schedules with the
covering letter, the sections of cover and the endorsements; waste transfer notes for the
kennel waste and clinical waste collections; staff training certificates on landscape pages,
some with the units achieved; electricity and water bills for the kennel block with the meter
readings page; the kennels' own kennel cards (feeding and care logs on landscape A4 filled in
by hand through the stay); the kennels' invoices and receipts to owners; stray dog reception
forms from the dog warden, the Ordnungsamt or the fourrière; owners' authorities to collect a
dog by someone else, now and then with a copy of the collector's identity card. Each stream is
one kennels' pile: the kennels (country, name, staff, month, the dogs and their owners and
vets) is drawn once per stream; its outside senders are of the kennels' country and write in
its language, except that suppliers, training providers, owners' vets and owners are now and
then from abroad and write in their own. Page sizes range from narrow slips, A6 cards and A5
forms to A4, Letter and landscape A4.

Labelling rule: what one sender issues in one go is one document, as the office files it: the
terms page and medication consent sheet of a booking form (the form is the kennels' but filled
in, signed and handed in by the owner as one); every copied page of one dog's vaccination
record; the photo consent slip of a daycare assessment; the covering letter, conditions pages
and appeal notes of a licence; the scoring matrix page of an inspection report;
the conditions of sale behind a supplier invoice; the clinical notes and discharge
instructions of a veterinary invoice; the witness statement and photographs of an incident
report; the voucher enclosed with a reply; the covering letter, endorsements and instalment
plan of an insurance schedule; the units page of a training certificate; the meter readings
page of a utility bill; every sheet of one dog's kennel card; the identity card copy behind an
authority to collect. Related papers are documents of their own: the vaccination record after
the booking form it was handed in with (it is the vet's paper), the licence after the
inspection report, the supplier's invoice after its delivery note, the kennels' reply after an
owner's letter or review, the vet's invoice after the incident report; and so is each
invoice, delivery note, waste transfer note, certificate, kennel card, grooming consent and
vaccination record of a run.

Streams are assembled like ``corpus.make_stream`` (same separator sheets, same 30% chance of
repeating the previous kind and sender), plus batch runs: supplier invoices, delivery notes,
waste transfer notes, training certificates, kennel cards, the kennels' invoices to owners,
grooming consents and vaccination records often come 2-4 in a row from one sender with other
dogs, dates, numbers and amounts; and companions: each related paper above often follows the
document it answers, about the same dog or visit. Drawn with ``corpus.draw_pdf``, scanned with
``corpus.scan`` and labelled exactly like ``corpus.generate`` with ``"split": "cauldron"`` and
seeds offset by 7_600_000.

Usage: ``python benchmarks/corpus_cauldron.py OUT_DIR [--streams N] [--scanned N] [--seed S]``
writes ``OUT_DIR/cauldron/cauldron_{born_digital,scanned}_NNNNNNN.{pdf,json}``.
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

PART = "cauldron"
SEED_OFFSET = 7_600_000

MM = 72 / 25.4
SLIP = (80 * MM, 170 * MM)
A6 = (105 * MM, 148 * MM)
LAND = landscape(A4)

# ---------------------------------------------------------------------------------------------
# Who writes: the kennels and its outside senders, by country
# ---------------------------------------------------------------------------------------------

Row = tuple[str, str, str, str]  # name, street, town, telephone
KENNELS: dict[str, list[Row]] = {
    "en": [
        ("Oakwood Boarding Kennels", "Long Lane Farm", "Tadcaster LS24 9HU", "01937 833 412"),
        ("Willowbrook Kennels & Cattery Ltd", "Mill Road", "Wymondham NR18 0RJ", "01953 601 227"),
        ("Hilltop Hounds Ltd", "Upper Stanway Barns", "Cheltenham GL54 5PQ", "01242 620 918"),
    ],
    "de": [
        ("Hundepension Am Waldrand", "Forstweg 12", "21465 Reinbek", "040 722 48 15"),
        ("Tierpension Sonnenhof GmbH", "Hofstraße 3", "85635 Höhenkirchen", "08102 77 39 0"),
        ("Hundehotel Pfotenglück", "Am Mühlbach 27", "48653 Coesfeld", "02541 88 21 64"),
    ],
    "fr": [
        ("Pension canine Les Quatre Pattes", "Chemin des Vignes", "37250 Montbazon", ""),
        ("Domaine du Grand Chêne - Pension", "Route de Nantes", "44470 Carquefou", ""),
        ("Le Relais des Toutous SARL", "12 route de Lyon", "38300 Bourgoin-Jallieu", ""),
    ],
}
KENNEL_PHONES = {"fr": ["02 47 26 41 90", "02 40 52 18 77", "04 74 93 60 25"]}

SENDERS: dict[str, dict[str, list[Row]]] = {
    "vet": {
        "en": [
            (
                "Ashgrove Veterinary Surgery",
                "14 Station Road",
                "Tadcaster LS24 9JQ",
                "01937 832 100",
            ),
            ("Castle Vets Ltd", "2 Norwich Road", "Wymondham NR18 0NT", "01953 602 440"),
            ("Cotswold Companion Animal Hospital", "Tewkesbury Road", "Cheltenham GL51 9AH", ""),
            ("Riverside Veterinary Centre", "48 Bridge Street", "Leeds LS2 7QT", "0113 245 9012"),
        ],
        "de": [
            ("Tierarztpraxis Dr. med. vet. Kerstin Holm", "Bahnhofstraße 9", "21465 Reinbek", ""),
            ("Tierklinik Isartal", "Münchner Straße 88", "85521 Ottobrunn", "089 609 44 0"),
            ("Kleintierpraxis Dr. Brüning", "Letter Straße 14", "48653 Coesfeld", ""),
            ("Tierärztliches Zentrum Hamburg-Ost", "Wandsbeker Chaussee 60", "22089 Hamburg", ""),
        ],
        "fr": [
            ("Clinique vétérinaire du Cher", "45 avenue de Grammont", "37000 Tours", ""),
            ("Cabinet vétérinaire des Dervallières", "8 rue Jules Verne", "44000 Nantes", ""),
            ("Clinique vétérinaire Berjallienne", "3 avenue Henri Barbusse", "38300 Bourgoin", ""),
            ("Dr Vétérinaire Anne Ferrand", "21 place du Marché", "37250 Montbazon", ""),
        ],
    },
    "council": {
        "en": [
            (
                "Selby District Council - Licensing",
                "Civic Centre, Portholme Road",
                "Selby YO8 4SB",
                "",
            ),
            (
                "South Norfolk Council - Licensing Team",
                "Horizon, Broadland Business Park",
                "Norwich NR7 0WF",
                "",
            ),
            ("Cotswold District Council - Licensing", "Trinity Road", "Cirencester GL7 1PX", ""),
        ],
        "de": [
            ("Kreis Stormarn - Veterinäramt", "Mommsenstraße 14", "23843 Bad Oldesloe", ""),
            ("Landratsamt München - Veterinäramt", "Mariahilfplatz 17", "81541 München", ""),
            (
                "Kreis Coesfeld - Veterinär- und Lebensmittelüberwachung",
                "Friedrich-Ebert-Str. 7",
                "48653 Coesfeld",
                "",
            ),
        ],
        "fr": [
            ("Préfecture d'Indre-et-Loire - DDPP", "61 avenue de Grammont", "37041 Tours", ""),
            (
                "Préfecture de Loire-Atlantique - DDPP",
                "10 boulevard Gaston Serpette",
                "44000 Nantes",
                "",
            ),
            ("Préfecture de l'Isère - DDPP", "22 avenue Doyen Louis Weil", "38000 Grenoble", ""),
        ],
    },
    "supplier": {
        "en": [
            (
                "Pennine Pet Supplies Ltd",
                "Unit 7, Calder Park",
                "Wakefield WF2 7AW",
                "01924 270 660",
            ),
            ("Kennelpak Wholesale", "Brunel Way", "Thetford IP24 1HP", "01842 755 010"),
            ("Shavings Direct (UK) Ltd", "Sawmill Yard", "Kendal LA9 6NH", ""),
            ("Vetbed & Co.", "Riverside Works", "Bradford BD3 9LL", ""),
        ],
        "de": [
            ("Tiernahrung Behrens GmbH", "Gewerbering 21", "21509 Glinde", "040 710 06 30"),
            ("Hobelspan Nord Einstreu KG", "Sägewerkstraße 4", "29525 Uelzen", ""),
            ("Zoo-Großhandel Huber", "Industriestraße 55", "85609 Aschheim", "089 90 93 11"),
            ("Futterhaus Münsterland e.K.", "Dülmener Straße 140", "48653 Coesfeld", ""),
        ],
        "fr": [
            ("Centrale Animalière de l'Ouest", "ZA de la Lande", "44980 Sainte-Luce", ""),
            ("Copeaux Dauphinois SARL", "ZI Les Plaines", "38440 Saint-Jean-de-Bournay", ""),
            ("Distri-Croquettes SAS", "Rue des Entrepreneurs", "37170 Chambray-lès-Tours", ""),
            ("Agri-Litières du Centre", "Le Bourg", "36100 Issoudun", ""),
        ],
    },
    "insurer": {
        "en": [
            ("Hartwell Animal Trades Insurance Services", "1 Eastgate", "Leeds LS2 7LY", ""),
            ("Pinnacle Rural Insurance Brokers Ltd", "The Corn Exchange", "Newark NG24 1QU", ""),
        ],
        "de": [
            (
                "Landschaftliche Brandkasse - Tierhalterhaftpflicht",
                "Schiffgraben 4",
                "30159 Hannover",
                "",
            ),
            ("Versicherungsbüro Knaak & Söhne", "Bergstraße 2", "21465 Reinbek", ""),
        ],
        "fr": [
            ("Mutuelle Agricole du Centre - Assurances", "12 bd Heurteloup", "37000 Tours", ""),
            ("Cabinet Rivière Courtage", "5 rue Crébillon", "44000 Nantes", ""),
        ],
    },
    "waste": {
        "en": [
            (
                "Greenway Animal Waste Services Ltd",
                "Unit 3, Sherburn Ind. Est.",
                "Leeds LS25 6ES",
                "",
            ),
            ("Anglia Clinical Waste Ltd", "Hellesdon Park Road", "Norwich NR6 5DR", ""),
        ],
        "de": [
            ("Entsorgungsbetriebe Nord GmbH", "Am Recyclinghof 8", "22885 Barsbüttel", ""),
            ("Remondis Medison GmbH - Niederlassung Süd", "Daimlerstraße 10", "85748 Garching", ""),
        ],
        "fr": [
            ("Atlantique Déchets Services", "ZI de Tabari", "44190 Clisson", ""),
            ("Collecte DASRI Centre", "Rue Nungesser", "37100 Tours", ""),
        ],
    },
    "trainer": {
        "en": [
            ("Canine First Aid Academy", "Suite 4, Riverside House", "York YO1 6JT", ""),
            ("Pet Industry Training Board", "Bedford Business Centre", "Bedford MK42 9TN", ""),
        ],
        "de": [
            ("Tierärztekammer Schleswig-Holstein", "Hamburger Straße 99", "24537 Neumünster", ""),
            ("Hundeschule & Akademie Lindenhof", "Lindenweg 5", "83607 Holzkirchen", ""),
        ],
        "fr": [
            ("Centre de formation Cynopro", "17 rue des Tanneurs", "37000 Tours", ""),
            (
                "Institut de Formation Animalière",
                "Parc d'activités du Moulin",
                "44800 Saint-Herblain",
                "",
            ),
        ],
    },
    "utility": {
        "en": [
            ("Northern Powergrid Energy Supply", "PO Box 4120", "Leeds LS1 9RW", ""),
            ("Anglian Water Business", "PO Box 10642", "Harlow CM20 9HA", ""),
            ("Yorkshire Water Business", "PO Box 52", "Bradford BD3 7YD", ""),
        ],
        "de": [
            ("Stadtwerke Reinbek GmbH", "Hamburger Straße 2", "21465 Reinbek", ""),
            ("E.ON Energie Deutschland GmbH", "Postfach 1460", "84024 Landshut", ""),
            ("Wasserverband Stormarn", "Lohe 1", "22941 Bargteheide", ""),
        ],
        "fr": [
            ("EDF Entreprises", "TSA 21941", "62978 Arras Cedex 9", ""),
            ("Véolia Eau - Centre Val de Loire", "TSA 90012", "37000 Tours", ""),
            ("Saur - Service clients", "TSA 60003", "44000 Nantes", ""),
        ],
    },
    "warden": {
        "en": [
            ("Selby District Council - Dog Warden Service", "Civic Centre", "Selby YO8 4SB", ""),
            ("South Norfolk Council - Animal Welfare", "Horizon", "Norwich NR7 0WF", ""),
        ],
        "de": [
            ("Stadt Reinbek - Ordnungsamt", "Hamburger Straße 5-7", "21465 Reinbek", ""),
            (
                "Gemeinde Höhenkirchen-Siegertsbrunn - Ordnungsamt",
                "Rathausstraße 3",
                "85635 Höhenkirchen",
                "",
            ),
        ],
        "fr": [
            (
                "Mairie de Montbazon - Police municipale",
                "Place du Général de Gaulle",
                "37250 Montbazon",
                "",
            ),
            ("Mairie de Carquefou - Police municipale", "Rue de la Mairie", "44470 Carquefou", ""),
        ],
    },
    "review": {
        "en": [("Trustpilot", "", "", ""), ("Google Reviews", "", "", "")],
        "de": [("Google Rezensionen", "", "", ""), ("Hundepensionen-Vergleich.de", "", "", "")],
        "fr": [("Avis Google", "", "", ""), ("Pages Jaunes - Avis", "", "", "")],
    },
}

FIRSTS = {
    "en": ["Sarah", "James", "Emma", "Daniel", "Claire", "Mark", "Hayley", "Gareth", "Lucy", "Ian"],
    "de": ["Anja", "Thomas", "Julia", "Stefan", "Katrin", "Dirk", "Sabine", "Lars", "Nina", "Jörg"],
    "fr": ["Nathalie", "Julien", "Camille", "Olivier", "Sandrine", "Nicolas", "Élodie", "Hugo"],
}
FEMALE = {"Sarah", "Emma", "Claire", "Hayley", "Lucy", "Anja", "Julia", "Katrin", "Sabine", "Nina"}
FEMALE |= {"Nathalie", "Camille", "Sandrine", "Élodie"}
LASTS = {
    "en": ["Whitaker", "Holroyd", "Bennett", "Ahmed", "Gallagher", "Thornton", "Moss", "Reid"],
    "de": ["Bauer", "Schneider", "Hartmann", "Wolff", "Kaya", "Neumann", "Vogel", "Ziegler"],
    "fr": ["Lefèvre", "Morel", "Girard", "Fontaine", "Chevalier", "Benali", "Roux", "Perrin"],
}
ROADS = {
    "en": ["Church Lane", "Main Street", "Westfield Avenue", "The Green", "Mill Close", "York Rd"],
    "de": ["Lindenstraße", "Gartenweg", "Schulstraße", "Birkenallee", "Am Anger", "Dorfstraße"],
    "fr": ["rue des Écoles", "allée des Tilleuls", "rue Pasteur", "chemin du Moulin", "rue Haute"],
}
TOWNS = {
    "en": [
        ["Tadcaster LS24 8AB", "Sherburn in Elmet LS25 6DF", "Wetherby LS22 6NE", "York YO23 1LP"],
        ["Wymondham NR18 9QE", "Attleborough NR17 2AH", "Norwich NR4 7TJ", "Hethersett NR9 3DA"],
        ["Cheltenham GL52 3HQ", "Winchcombe GL54 5LJ", "Bishops Cleeve GL52 8DF", "Evesham WR11"],
    ],
    "de": [
        ["21465 Reinbek", "21509 Glinde", "22143 Hamburg", "21521 Wohltorf"],
        ["85635 Höhenkirchen", "85521 Ottobrunn", "81737 München", "85662 Hohenbrunn"],
        ["48653 Coesfeld", "48249 Dülmen", "48727 Billerbeck", "48301 Nottuln"],
    ],
    "fr": [
        ["37250 Montbazon", "37000 Tours", "37300 Joué-lès-Tours", "37250 Veigné"],
        ["44470 Carquefou", "44000 Nantes", "44240 La Chapelle-sur-Erdre", "44300 Nantes"],
        ["38300 Bourgoin-Jallieu", "38080 L'Isle-d'Abeau", "38090 Villefontaine", "38000 Grenoble"],
    ],
}
DOG_NAMES = [
    "Bella", "Max", "Luna", "Milo", "Poppy", "Teddy", "Nala", "Bruno", "Rosie", "Alfie", "Lotte",
    "Paul", "Maja", "Emil", "Filou", "Ruby", "Oskar", "Nelly", "Biscuit", "Scout", "Ginger",
    "Lucky", "Hugo", "Iris", "Loulou", "Pixie", "Barney", "Sam", "Juna", "Frieda",
]  # fmt: skip
BREEDS = {
    "en": [
        "Labrador Retriever", "Cocker Spaniel", "Border Collie", "Cockapoo", "Jack Russell",
        "German Shepherd", "Staffordshire Bull Terrier", "Golden Retriever", "Dachshund",
        "Springer Spaniel", "Whippet", "Cavapoo", "Lurcher", "Beagle", "Miniature Schnauzer",
    ],
    "de": [
        "Labrador Retriever", "Mischling", "Border Collie", "Dackel", "Deutscher Schäferhund",
        "Golden Retriever", "Jack Russell Terrier", "Australian Shepherd", "Beagle",
        "Magyar Vizsla",
        "Zwergschnauzer", "Französische Bulldogge", "Labradoodle", "Berner Sennenhund", "Whippet",
    ],
    "fr": [
        "Labrador", "Berger australien", "Golden retriever", "Croisé", "Jack Russell", "Beagle",
        "Berger allemand", "Bouledogue français", "Épagneul breton", "Cavalier King Charles",
        "Border collie", "Caniche", "Teckel", "Berger blanc suisse", "Setter anglais",
    ],
}  # fmt: skip
COLOURS = {
    "en": ["black", "yellow", "liver", "tricolour", "black & white", "brindle", "red", "sable"],
    "de": ["schwarz", "gelb", "braun", "dreifarbig", "schwarz-weiß", "gestromt", "rot", "grau"],
    "fr": ["noir", "sable", "marron", "tricolore", "noir et blanc", "bringé", "fauve", "gris"],
}
MAILHOST = {"en": "btinternet.com", "de": "web.de", "fr": "orange.fr"}
SMALL = ("Dachs", "Jack", "Zwerg", "Teckel", "Cavalier", "Caniche", "Cavapoo", "Bouledogue")

TALK = {
    "en": {
        "care": "dog feeding walk kennel run exercise paddock bedding water bowl lead harness "
        "tablets appetite stool settled play group rest collection arrival evening morning",
        "terms": "booking deposit cancellation owner kennels liability vaccination veterinary "
        "treatment fees collection notice period charges damage insurance consent dog",
        "incident": "dog kennel assistant lead gate run paddock wound scratch separated owner "
        "vet informed handler muzzle play group bleeding checked cleaned observed",
        "licence": "licence holder conditions premises kennels inspection standards welfare "
        "records staff training emergency plan isolation heating ventilation procedures",
        "money": "invoice payment account balance due amount reference transfer period "
        "outstanding charges terms settlement direct debit",
    },
    "de": {
        "care": "Hund Fütterung Spaziergang Zwinger Auslauf Gehege Decke Wasser Napf Leine "
        "Geschirr Tabletten Appetit Kot eingewöhnt Gruppe Ruhe Abholung Ankunft abends morgens",
        "terms": "Buchung Anzahlung Stornierung Halter Pension Haftung Impfung tierärztliche "
        "Behandlung Kosten Abholung Frist Entgelt Schäden Versicherung Einwilligung Hund",
        "incident": "Hund Zwinger Mitarbeiterin Leine Tor Auslauf Wunde Kratzer getrennt Halter "
        "Tierarzt informiert Maulkorb Gruppe Blutung untersucht gereinigt beobachtet",
        "licence": "Erlaubnisinhaber Auflagen Räumlichkeiten Zwinger Kontrolle Anforderungen "
        "Tierschutz Aufzeichnungen Personal Sachkunde Notfallplan Quarantäne Heizung Lüftung",
        "money": "Rechnung Zahlung Konto Saldo fällig Betrag Verwendungszweck Überweisung "
        "Zeitraum offen Gebühren Zahlungsziel Lastschrift",
    },
    "fr": {
        "care": "chien repas promenade box enclos parc couchage eau gamelle laisse harnais "
        "comprimés appétit selles habitué groupe repos départ arrivée soir matin",
        "terms": "réservation acompte annulation propriétaire pension responsabilité vaccination "
        "soins vétérinaires frais départ délai tarifs dommages assurance accord chien",
        "incident": "chien box soigneuse laisse portail parc plaie griffure séparé propriétaire "
        "vétérinaire prévenu muselière groupe saignement examiné nettoyé surveillé",
        "licence": "déclarant prescriptions locaux boxes inspection règles bien-être registre "
        "personnel formation plan d'urgence isolement chauffage ventilation",
        "money": "facture paiement compte solde échéance montant référence virement période "
        "impayé frais règlement prélèvement",
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
# The kennels of a stream: its country, month, staff, and the dogs with their owners
# ---------------------------------------------------------------------------------------------


@dataclass
class Person:
    first: str
    last: str
    female: bool
    street: str
    town: str
    phone: str
    lang: str

    @property
    def name(self) -> str:
        return f"{self.first} {self.last}"


@dataclass
class Dog:
    name: str
    breed: str
    male: bool
    born: date
    colour: str
    chip: str
    neutered: bool
    weight: float
    owner: Person
    vet: int  # index into the vets of the owner's country
    mates: list[str] = field(default_factory=list)  # the household's other dogs


OFFICE: dict[str, object] = {"lang": "en", "row": 0, "seed": 0, "month": date(2025, 3, 1)}
DOGS: list[Dog] = []
STAFF: dict[str, str] = {}

#: What the previous document was about (a companion takes up the same dog and day).
LAST: dict[str, object] = {"kind": "", "dog": None, "day": None, "extra": None}


def home() -> str:
    return str(OFFICE["lang"])


def month() -> date:
    m = OFFICE["month"]
    assert isinstance(m, date)
    return m


def keyed(who: Issuer, key: str) -> random.Random:
    """Draws fixed by the issuer, the stream's kennels and ``key``: a run or a repeat keeps
    its sender."""
    text = f"cauldron/{key}/{who.name}/{who.street}/{who.city}/{OFFICE['seed']}"
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


def remember(dog: Dog | None, d: date, extra: object = None) -> None:
    LAST.update(dog=dog, day=d, extra=extra)


def a_person(r: random.Random, lang: str) -> Person:
    first = r.choice(FIRSTS[lang])
    towns = TOWNS[lang][int(OFFICE["row"])] if lang == home() else TOWNS[lang][r.randrange(3)]  # type: ignore[call-overload]
    road = r.choice(ROADS[lang])
    no = r.randint(1, 140)
    phone = {
        "en": f"07{r.randint(700, 999)} {r.randint(100000, 999999)}",
        "de": f"01{r.choice([51, 57, 60, 70, 76])} {r.randint(1000000, 9999999)}",
        "fr": f"06 {r.randint(10, 99)} {r.randint(10, 99)} {r.randint(10, 99)} {r.randint(10, 99)}",
    }[lang]
    return Person(
        first=first,
        last=r.choice(LASTS[lang]),
        female=first in FEMALE,
        street=f"{road} {no}"
        if lang == "de"
        else f"{no} {road}"
        if lang == "en"
        else f"{no}, {road}",
        town=r.choice(towns),
        phone=phone,
        lang=lang,
    )


def draw_dogs(r: random.Random) -> None:
    """The month's dogs: 6-10 households of the kennels' country (now and then from abroad),
    each with one to three dogs and a vet."""
    DOGS.clear()
    lg = home()
    names = r.sample(DOG_NAMES, len(DOG_NAMES))
    for _ in range(r.randint(6, 10)):
        o_lang = lg if r.random() < 0.85 else r.choice([x for x in ("en", "de", "fr") if x != lg])
        owner = a_person(r, o_lang)
        vet = r.randrange(len(SENDERS["vet"][o_lang]))
        house: list[Dog] = []
        for _ in range(r.choice([1, 1, 1, 2, 2, 3])):
            if not names:
                break
            breed = r.choice(BREEDS[o_lang])
            house.append(
                Dog(
                    name=names.pop(),
                    breed=breed,
                    male=r.random() < 0.5,
                    born=date(month().year - r.randint(1, 13), r.randint(1, 12), r.randint(1, 28)),
                    colour=r.choice(COLOURS[o_lang]),
                    chip=f"{r.choice(['826', '276', '250', '981'])}0{r.randint(10, 99)}"
                    f"{r.randint(100000000, 999999999)}",
                    neutered=r.random() < 0.6,
                    weight=round(
                        r.uniform(6, 14) if breed.startswith(SMALL) else r.uniform(15, 42), 1
                    ),
                    owner=owner,
                    vet=vet,
                )
            )
        for d in house:
            d.mates = [x.name for x in house if x is not d]
        DOGS.extend(house)


def draw_staff(r: random.Random) -> None:
    lg = home()
    STAFF.clear()
    for role in ("owner", "manager", "assistant1", "assistant2", "assistant3", "groomer"):
        first = r.choice(FIRSTS[lg])
        STAFF[role] = f"{first} {r.choice(LASTS[lg])}"


def assistant(rng: random.Random) -> str:
    return STAFF[rng.choice(["assistant1", "assistant2", "assistant3"])]


def initials(name: str) -> str:
    return "".join(t[0] for t in name.split() if t[0].isupper())[:3]


def dog_of(who: Issuer) -> Dog:
    return keyed(who, "dog").choice(DOGS)


def dog_for(rng: random.Random, kinds: tuple[str, ...], who: Issuer | None = None) -> Dog:
    """The previous document's dog if it was one of ``kinds``, else ``who``'s or any dog."""
    d = LAST["dog"]
    if isinstance(d, Dog) and after(kinds):
        return d
    return dog_of(who) if who is not None else fresh_dog(rng)


def fresh_dog(rng: random.Random) -> Dog:
    """A dog other than the previous document's (a run goes on with other dogs)."""
    last = LAST["dog"]
    return rng.choice([d for d in DOGS if d is not last] or DOGS)


def age(dog: Dog, d: date) -> str:
    y = (d - dog.born).days // 365
    return f"{y}"


def sex(dog: Dog, lang: str) -> str:
    if dog.male:
        return tr(
            lang,
            "M" + (" (n)" if dog.neutered else ""),
            "Rüde" + (" (k)" if dog.neutered else ""),
            "Mâle" + (" (c)" if dog.neutered else ""),
        )
    return tr(
        lang,
        "F" + (" (n)" if dog.neutered else ""),
        "Hündin" + (" (k)" if dog.neutered else ""),
        "Femelle" + (" (st)" if dog.neutered else ""),
    )


def vet_row(dog: Dog) -> Row:
    return SENDERS["vet"][dog.owner.lang][dog.vet]


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
TAGLINE = {
    "kennels": (
        "Boarding - Daycare - Grooming",
        "Hundepension - Tagesbetreuung - Hundesalon",
        "Pension - Garderie - Toilettage",
    ),
    "vet": ("Veterinary Surgeons", "Tierärztliche Praxis", "Docteurs vétérinaires"),
    "supplier": (
        "Pet food - Bedding - Kennel supplies",
        "Tiernahrung - Einstreu - Zubehör",
        "Alimentation - Litières - Fournitures",
    ),
    "waste": (
        "Licensed waste carrier",
        "Zertifizierter Entsorgungsfachbetrieb",
        "Collecte et traitement des déchets",
    ),
    "insurer": (
        "Insurance for animal businesses",
        "Versicherungen für Tierhalter",
        "Assurances professionnelles",
    ),
    "trainer": ("Training & Certification", "Fort- und Weiterbildung", "Formation professionnelle"),
}


def legal_lines(r: random.Random, name: str, lang: str, role: str) -> list[str]:
    if role in ("council", "warden", "review", "owner"):
        return []
    if lang == "de":
        out = [
            f"{name} - Steuer-Nr. {r.randint(10, 99)}/{r.randint(100, 999)}/"
            f"{r.randint(10000, 99999)}"
            + (f" - USt-IdNr. DE{r.randint(100000000, 999999999)}" if r.random() < 0.6 else ""),
            f"{r.choice(['Sparkasse Holstein', 'Kreissparkasse München', 'VR-Bank Coesfeld'])}"
            f" - IBAN DE{r.randint(10, 99)} {r.randint(1000, 9999)} {r.randint(1000, 9999)} "
            f"{r.randint(1000, 9999)} {r.randint(1000, 9999)} {r.randint(10, 99)}",
        ]
        if "GmbH" in name or "KG" in name:
            out.insert(
                0,
                f"Amtsgericht {r.choice(['Lübeck', 'München', 'Coesfeld'])} HRB "
                f"{r.randint(1000, 99999)} - Geschäftsführer: "
                + r.choice(["Birgit Kramer", "Uwe Tiedemann", "Ralf Sommer"]),
            )
        return out
    if lang == "fr":
        siret = serial(r, "999 999 999 99999")
        out = [f"{name} - SIRET {siret} - APE {r.choice(['9609Z', '4776Z', '7500Z', '3811Z'])}"]
        if r.random() < 0.7:
            out.append(
                f"TVA intracom. FR{r.randint(10, 99)} {r.randint(100, 999)} "
                f"{r.randint(100, 999)} {r.randint(100, 999)}"
            )
        return out
    out = []
    if "Ltd" in name:
        out.append(f"Registered in England No. {r.randint(3000000, 13999999):08d}")
    if r.random() < 0.6:
        out.append(
            f"VAT Reg. No. {r.randint(100, 999)} {r.randint(1000, 9999)} {r.randint(10, 99)}"
        )
    if role == "insurer":
        out.append("Authorised and regulated by the Financial Conduct Authority")
    if role == "vet":
        out.append("RCVS Accredited Practice")
    return [" - ".join(out)] if out else []


def make_head(row: Row, lang: str, role: str) -> Head:
    """The paper habits of the sender ``row``: the same all through one stream."""
    name, street, town, phone = row
    r = random.Random(zlib.crc32(f"cauldron/head/{name}/{OFFICE['seed']}".encode()))
    font, bold = r.choice(FACES)
    host = "".join(c for c in name.lower().split()[0] if c.isalpha() and c.isascii())[:12]
    tld = {"en": "co.uk", "de": "de", "fr": "fr"}[lang]
    looks = LOOKS
    if role in ("council", "warden"):
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
        mail=f"{r.choice(['info', 'office', 'hello', 'accounts'])}@{host or 'mail'}.{tld}"
        if r.random() < 0.7
        else "",
    )


def kennel_head() -> Head:
    lang = home()
    k = int(OFFICE["row"])  # type: ignore[call-overload]
    name, street, town, phone = KENNELS[lang][k]
    if lang == "fr":
        phone = KENNEL_PHONES["fr"][k]
    return make_head((name, street, town, phone), lang, "kennels")


def head_of(who: Issuer, role: str, abroad: float = 0.0) -> Head:
    """The ``role`` sender of ``who`` (the same for the same issuer and kennels), of the
    kennels' country or, with odds ``abroad``, of another."""
    r = keyed(who, role)
    lang = home()
    if r.random() < abroad:
        lang = r.choice([x for x in ("en", "de", "fr") if x != lang])
    if role in ("council", "warden"):
        return make_head(
            SENDERS[role][lang][int(OFFICE["row"]) % len(SENDERS[role][lang])], lang, role
        )  # type: ignore[call-overload]
    return make_head(r.choice(SENDERS[role][lang]), lang, role)


def vet_head(dog: Dog) -> Head:
    return make_head(vet_row(dog), dog.owner.lang, "vet")


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
    """A circle drawn as a polygon (round stamps, the body chart)."""
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
    pt = shrink(top, "Helvetica", 6.5, r * 1.6)
    p.text(cx, cy - r * 0.3, fit(top, "Helvetica", pt, r * 1.6), "Helvetica", pt, "center")
    pt2 = shrink(mid, "Helvetica", 6.5, r * 1.5)
    p.text(cx, cy + r * 0.45, fit(mid, "Helvetica", pt2, r * 1.5), "Helvetica", pt2, "center")


def emblem(p: Page, x: float, y: float) -> None:
    """A small crest of an authority: a shield outline with bars."""
    p.line(x, y, x + 22, y)
    p.line(x, y, x, y + 16)
    p.line(x + 22, y, x + 22, y + 16)
    p.line(x, y + 16, x + 11, y + 26)
    p.line(x + 22, y + 16, x + 11, y + 26)
    for k in range(3):
        p.rect(x + 4 + k * 5.5, y + 4, 3, 12, fill=0.2)


def paw(p: Page, x: float, y: float, k: float = 1.0) -> None:
    """A paw print logo: a pad and four toes."""
    p.rect(x, y + 6 * k, 12 * k, 9 * k, fill=0.15)
    for dx, dy in ((-2, 0), (2.5, -3), (7, -3), (11.5, 0)):
        p.rect(x + dx * k, y + dy * k, 3 * k, 4 * k, fill=0.15)


def heading(p: Page, s: Style, h: Head, top: float | None = None) -> float:
    """Print ``h``'s letterhead at the top of ``p`` (or at ``top``); the y where the content
    starts."""
    w, _ = p.size
    m = s.margin
    y = max(m - 14, 22.0) if top is None else top
    tel = f"{tr(h.lang, 'Tel', 'Tel.', 'Tél.')} {h.phone}" if h.phone else ""
    where = f"{h.street}, {h.town}" if h.street else h.town
    contact = "  ".join(t for t in (tel, h.mail) if t)
    tag = TAGLINE.get(h.role)
    line2 = tr(h.lang, *tag) if tag else ""
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
        if h.role == "kennels":
            paw(p, w / 2 - 6, y - 22, 0.9)
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
    if h.look == "letter":
        if h.role == "kennels":
            paw(p, m + 6, y - 8, 1.5)
        else:
            ini = "".join(t[0] for t in h.name.replace("&", " ").split() if t[0].isupper())[:2]
            p.rect(m, y - 12, 34, 34, fill=0.15)
            p.rect(m + 3, y - 9, 28, 28, fill=0.95)
            p.text(m + 17, y + 9, ini, h.bold, 13, "center")
        yy = y - 4
        for t in (h.name, line2, h.street, h.town, tel, h.mail):
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
        p.text(m, y + 15, fit(line2, italic_of(h.font), 7.5, w * 0.6 - m), italic_of(h.font), 7.5)
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
    parts = [t for t in name.replace("-", " ").replace(".", " ").split() if t[0].isupper()]
    parts = parts or [name]
    text = f"{parts[0][0]}{parts[-1][:8]}" if len(parts) > 1 else parts[0][:9]
    p.text(x + 2, y - 1, text, INK, pt)
    end = x + 6 + tw(text, INK, pt)
    p.line(end - 4, y - 2, end + 12, y - 9)
    p.line(x, y + 2, end - 8, y + 1)


def received(rng: random.Random, p: Page, d: date, odds: float = 0.3) -> None:
    """Now and then the kennels' received stamp on the first page."""
    if rng.random() < odds:
        w, _ = p.size
        lg = home()
        stamp(
            p,
            w - rng.uniform(150, 200),
            rng.uniform(60, 150),
            [
                tr(lg, "RECEIVED", "EINGEGANGEN", "REÇU LE"),
                short(d + timedelta(days=rng.randint(1, 4)), lg),
                initials(STAFF["manager"]),
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


def mx(p: Person) -> str:
    if p.lang == "de":
        return f"{'Frau' if p.female else 'Herr'} {p.name}"
    if p.lang == "fr":
        return f"{'Madame' if p.female else 'Monsieur'} {p.first} {p.last.upper()}"
    return f"{'Mrs' if p.female else 'Mr'} {p.name}"


def kennel_lines(att: str = "") -> list[str]:
    h = kennel_head()
    return [h.name, *([att] if att else []), h.street, h.town]


def owner_lines(p: Person) -> list[str]:
    return [mx(p), p.street, p.town]


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
    rows.append(
        (tr(lg, "Total due", "Rechnungsbetrag", "Total TTC" if rate else "Total"), net + tax)
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


def small_print(
    rng: random.Random, s0: Style, lg: str, title: str, heads: list[str], topic: str = "terms"
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
        while y < hh - m - 80 and k < len(heads):
            p.text(x, y, fit(f"{k + 1}. {heads[k]}", s.bold, 7, cw), s.bold, 7)
            y += 9
            text = " ".join(words(rng, lg, topic) for _ in range(rng.randint(3, 6)))
            for ln in wrap(text, s.font, 6.5, cw):
                if y > hh - m - 40:
                    break
                p.text(x, y, ln, s.font, 6.5)
                y += 7.8
            y += 5
            k += 1
    return p


def ruled(p: Page, x: float, y: float, w: float, text: str, rows: int, pt: float = 9.5) -> float:
    """Ruled lines with ``text`` written on them by hand; the y below the last line."""
    lines = wrap(text, HAND, pt, w - 8)
    for k in range(rows):
        p.line(x, y + k * 15 + 3, x + w, y + k * 15 + 3)
        if k < len(lines):
            p.text(x + 3, y + k * 15, lines[k], HAND, pt)
    return y + rows * 15 + 6


def dog_chart(p: Page, x: float, y: float, w: float, marks: list[tuple[float, float]]) -> None:
    """A dog outline seen from the side (body, head, legs, tail) with hand marks at the
    relative points ``marks``."""
    h = w * 0.55
    bx, by, bw, bh = x + w * 0.18, y + h * 0.25, w * 0.55, h * 0.32
    p.line(bx, by, bx + bw, by)
    p.line(bx, by + bh, bx + bw, by + bh)
    p.line(bx, by, bx - w * 0.02, by + bh)
    p.line(bx + bw, by, bx + bw + w * 0.02, by + bh)
    hx, hy = bx + bw + w * 0.02, by - h * 0.2
    p.rect(hx, hy, w * 0.14, h * 0.18)
    p.line(hx + w * 0.14, hy + h * 0.1, hx + w * 0.22, hy + h * 0.13)
    p.line(hx + w * 0.22, hy + h * 0.13, hx + w * 0.14, hy + h * 0.18)
    p.line(hx + w * 0.03, hy, hx + w * 0.05, hy - h * 0.1)
    p.line(hx + w * 0.05, hy - h * 0.1, hx + w * 0.07, hy)
    p.line(bx + bw - w * 0.02, by, hx + w * 0.02, hy + h * 0.18)
    for lx in (bx + w * 0.02, bx + w * 0.1, bx + bw - w * 0.1, bx + bw - w * 0.03):
        p.line(lx, by + bh, lx, by + bh + h * 0.38)
        p.line(lx, by + bh + h * 0.38, lx + w * 0.03, by + bh + h * 0.38)
    p.line(bx, by + h * 0.04, bx - w * 0.12, by - h * 0.16)
    for mx_, my_ in marks:
        cx, cy = x + mx_ * w, y + my_ * h
        p.text(cx, cy, "X", HAND, 11, "center")


def e_mail_head(p: Page, s: Style, y: float, rows: list[tuple[str, str]]) -> float:
    """The header block of a printed e-mail; the y below its rule."""
    w, _ = p.size
    m = s.margin
    for k, v in rows:
        p.text(m, y, k, s.bold, 9)
        p.text(m + 62, y, fit(v, s.font, 9, w - 2 * m - 62), s.font, 9)
        y += 12
    p.line(m, y - 4, w - m, y - 4)
    return y + 12


# ---------------------------------------------------------------------------------------------
# Templates YYY: the owners' forms at the front desk
# ---------------------------------------------------------------------------------------------

BOOKING_TERMS = {
    "en": [
        "Bookings and deposits", "Cancellations", "Vaccinations", "Health of your dog",
        "Veterinary treatment", "Medication", "Personal belongings", "Collection and opening hours",
        "Uncollected dogs", "Liability", "Group play and exercise", "Payment", "Data protection",
    ],
    "de": [
        "Buchung und Anzahlung", "Stornierung", "Impfschutz", "Gesundheitszustand",
        "Tierärztliche Behandlung", "Medikamente", "Mitgebrachte Gegenstände",
        "Bring- und Abholzeiten", "Nicht abgeholte Hunde", "Haftung", "Gruppenauslauf",
        "Zahlung", "Datenschutz",
    ],
    "fr": [
        "Réservation et acompte", "Annulation", "Vaccinations", "État de santé",
        "Soins vétérinaires", "Traitements", "Effets personnels", "Horaires d'arrivée et de départ",
        "Chiens non récupérés", "Responsabilité", "Parc collectif", "Règlement",
        "Données personnelles",
    ],
}  # fmt: skip


def sign_line(
    p: Page, s: Style, x: float, y: float, w: float, label: str, name: str, d: str
) -> None:
    """A signature line with its label, a signature over it and a handwritten date."""
    p.text(x, y + 12, label, s.font, 7)
    p.line(x, y + 2, x + w * 0.55, y + 2)
    if name:
        scrawl(p, x + 6, y, name, 12)
    p.line(x + w * 0.62, y + 2, x + w, y + 2)
    if d:
        hand(p, x + w * 0.64, y - 2, d, 9)


def tpl_booking(rng: random.Random, who: Issuer) -> list[Page]:
    """The kennels' boarding booking form, filled in by hand by the owner: owner and emergency
    contact, the dogs, dates in and out, feeding, medication, tick boxes and the consent to
    veterinary treatment; the booking terms signed on a page of their own; now and then a
    medication consent sheet. One document, handed in by the owner."""
    h = kennel_head()
    lg = h.lang
    dog = dog_of(who)
    o = dog.owner
    s = style_of(h, A4 if lg != "en" or keyed(who, "l").random() < 0.8 else LETTER)
    w, hh = s.page_size
    m = min(s.margin, 50)
    d_in = some_day(rng) + timedelta(days=rng.randint(3, 30))
    d_out = d_in + timedelta(days=rng.choice([2, 3, 4, 7, 7, 10, 14, 21]))
    signed = d_in - timedelta(days=rng.randint(2, 40))
    p = Page(s.page_size)
    y = heading(p, s, h)
    title = tr(lg, "BOARDING BOOKING FORM", "ANMELDUNG PENSIONSAUFENTHALT", "FICHE DE RÉSERVATION")
    p.text(m, y, title, s.bold, 13)
    p.text(
        w - m,
        y,
        f"{tr(lg, 'Booking no.', 'Buchungs-Nr.', 'Réservation n°')} {rng.randint(1200, 9800)}",
        s.font,
        8,
        "right",
    )
    y += 16
    y = band(
        p, paper(s, s.page_size, margin=m), y, tr(lg, "1. Owner", "1. Halter/in", "1. Propriétaire")
    )
    y = (
        fields(
            p,
            s,
            m,
            y,
            w - 2 * m,
            [
                (tr(lg, "Name", "Name, Vorname", "Nom, prénom"), o.name),
                (tr(lg, "Mobile", "Mobil", "Portable"), o.phone),
                (tr(lg, "Address", "Anschrift", "Adresse"), f"{o.street}, {o.town}"),
                (
                    tr(lg, "E-mail", "E-Mail", "E-mail"),
                    f"{o.first.lower()}.{o.last.lower()}@"
                    + rng.choice(["gmail.com", "outlook.com", MAILHOST[o.lang]]),
                ),
                (
                    tr(
                        lg,
                        "Emergency contact (name, phone)",
                        "Notfallkontakt (Name, Tel.)",
                        "Personne à prévenir (nom, tél.)",
                    ),
                    f"{rng.choice(FIRSTS[o.lang])} {o.last}, {a_person(rng, o.lang).phone}",
                ),
                (tr(lg, "Your vet", "Haustierarzt", "Vétérinaire traitant"), vet_row(dog)[0]),
            ],
            per=2,
            tall=24,
        )
        - 4
    )
    y = band(
        p, paper(s, s.page_size, margin=m), y + 6, tr(lg, "2. Dog(s)", "2. Hund(e)", "2. Chien(s)")
    )
    house = [dog] + [d for d in DOGS if d.owner is o and d is not dog]
    cols = columns(
        m, w - m, [(1.5, "left"), (2.2, "left"), (0.9, "left"), (0.7, "left"), (2.6, "left")]
    )
    heads = [
        tr(lg, "Name", "Name", "Nom"),
        tr(lg, "Breed", "Rasse", "Race"),
        tr(lg, "Sex", "Geschl.", "Sexe"),
        tr(lg, "Age", "Alter", "Âge"),
        tr(lg, "Microchip no.", "Chip-Nr.", "N° d'identification"),
    ]
    y += 4
    for c, t in zip(cols, heads, strict=True):
        p.text(c[0], y, t, s.bold, 7.5)
    p.line(m, y + 4, w - m, y + 4)
    y += 16
    for d in house + [None] * (3 - len(house)):
        if d is not None:
            vals = [d.name, d.breed, sex(d, lg), age(d, d_in), d.chip]
            for c, t in zip(cols, vals, strict=True):
                p.text(c[0], y, fit(t, HAND, 9, c[1] - c[0] - 2), HAND, 9)
        p.line(m, y + 4, w - m, y + 4)
        y += 16
    y += 4
    y = band(p, paper(s, s.page_size, margin=m), y, tr(lg, "3. Stay", "3. Aufenthalt", "3. Séjour"))
    y = (
        fields(
            p,
            s,
            m,
            y,
            w - 2 * m,
            [
                (
                    tr(
                        lg,
                        "Arrival date / time",
                        "Ankunft (Datum / Uhrzeit)",
                        "Arrivée (date / heure)",
                    ),
                    f"{short(d_in, lg)}  {rng.choice(['8:30', '9:00', '10:00', '16:30', '17:00'])}",
                ),
                (
                    tr(
                        lg,
                        "Departure date / time",
                        "Abholung (Datum / Uhrzeit)",
                        "Départ (date / heure)",
                    ),
                    f"{short(d_out, lg)}  {rng.choice(['9:30', '11:00', '15:00', '17:30'])}",
                ),
            ],
            per=2,
            tall=24,
        )
        - 2
    )
    y = ticks(
        p,
        s,
        m,
        y + 6,
        w - 2 * m,
        [
            tr(lg, "Standard kennel", "Standardzwinger", "Box standard"),
            tr(lg, "Deluxe suite", "Komfortzimmer", "Suite confort"),
            tr(lg, "Share with own dog(s)", "Gemeinsam mit eigenem Hund", "Partage avec son chien"),
            tr(lg, "Group play", "Gruppenauslauf", "Parc collectif"),
            tr(lg, "Bath before going home", "Bad vor Abholung", "Bain avant le départ"),
        ],
        set(rng.sample(range(5), rng.randint(1, 3))),
        8,
    )
    y += 4
    y = band(
        p,
        paper(s, s.page_size, margin=m),
        y,
        tr(lg, "4. Feeding and health", "4. Fütterung und Gesundheit", "4. Alimentation et santé"),
    )
    food = rng.choice(
        {
            "en": [
                "own food, 2 scoops am & pm",
                "Burns Original 150g twice daily",
                "kennel food ok",
                "raw - frozen packs provided, 1 per meal",
                "Royal Canin light, 1 cup am/pm",
            ],
            "de": [
                "eigenes Futter, 2x tägl. 200 g",
                "Trockenfutter der Pension ok",
                "BARF, Portionen im Beutel mitgebracht",
                "Nassfutter 1 Dose morgens",
            ],
            "fr": [
                "ses croquettes, 2 fois 150 g",
                "croquettes de la pension",
                "ration ménagère fournie",
                "pâtée le soir, croquettes le matin",
            ],
        }[o.lang]
    )
    meds = rng.choice(
        [
            tr(o.lang, "none", "keine", "aucun"),
            "Apoquel 16mg 1x am",
            "Metacam 1.5 ml evening",
            "Vetmedin 5mg bid",
            tr(o.lang, "eye drops 2x", "Augentropfen 2x", "collyre 2x"),
        ]
    )
    y = (
        fields(
            p,
            s,
            m,
            y,
            w - 2 * m,
            [
                (
                    tr(
                        lg,
                        "Food / amount / times",
                        "Futter / Menge / Zeiten",
                        "Alimentation / quantité",
                    ),
                    food,
                ),
                (
                    tr(
                        lg,
                        "Medication (name, dose, times)",
                        "Medikamente (Name, Dosis, Zeit)",
                        "Traitement (nom, dose)",
                    ),
                    meds,
                ),
                (
                    tr(
                        lg,
                        "Allergies / health problems",
                        "Allergien / Erkrankungen",
                        "Allergies / problèmes de santé",
                    ),
                    rng.choice(
                        [
                            "-",
                            tr(
                                o.lang, "sensitive tummy", "empfindlicher Magen", "estomac sensible"
                            ),
                            tr(o.lang, "arthritis, slow on stairs", "Arthrose", "arthrose"),
                            "-",
                        ]
                    ),
                ),
                (
                    tr(
                        lg,
                        "Behaviour with dogs / people",
                        "Verhalten mit Hunden / Menschen",
                        "Comportement",
                    ),
                    rng.choice(
                        [
                            tr(o.lang, "friendly", "verträglich", "sociable"),
                            tr(o.lang, "nervous with men", "unsicher bei Männern", "craintif"),
                            tr(
                                o.lang,
                                "not with other males",
                                "nicht mit Rüden",
                                "pas avec les mâles",
                            ),
                        ]
                    ),
                ),
            ],
            per=1,
            tall=22,
        )
        - 2
    )
    y += 4
    for q in [
        tr(
            lg,
            "Vaccinations up to date incl. kennel cough?",
            "Impfschutz aktuell (inkl. Zwingerhusten)?",
            "Vaccins à jour (y compris toux du chenil) ?",
        ),
        tr(
            lg,
            "Flea and worm treatment in the last 3 months?",
            "Floh- und Wurmbehandlung in den letzten 3 Monaten?",
            "Traitement antiparasitaire de moins de 3 mois ?",
        ),
        tr(
            lg,
            "Insured (pet insurance)?",
            "Tierhalterhaftpflicht vorhanden?",
            "Assurance responsabilité civile ?",
        ),
    ]:
        p.text(m, y, fit(q, s.font, 8, w - 2 * m - 90), s.font, 8)
        yes = rng.random() < 0.88
        for k, t in enumerate(yes_no(lg)):
            box(p, w - m - 80 + k * 42, y, (k == 0) == yes, 8)
            p.text(w - m - 68 + k * 42, y, t, s.font, 8)
        y += 14
    y += 4
    consent = tr(
        lg,
        "I consent to my dog(s) receiving veterinary treatment if the kennel staff consider it "
        "necessary, and I agree to pay the costs of such treatment. I have read and accept the "
        "booking terms overleaf.",
        "Ich bin damit einverstanden, dass mein Hund bei Bedarf tierärztlich behandelt wird, und "
        "übernehme die Kosten. Die umseitigen Pensionsbedingungen habe ich gelesen und akzeptiert.",
        "J'autorise la pension à faire soigner mon chien par un vétérinaire si nécessaire et "
        "m'engage à en régler les frais. J'ai pris connaissance des conditions générales au verso.",
    )
    for ln in wrap(consent, s.font, 8, w - 2 * m):
        p.text(m, y, ln, s.font, 8)
        y += 10
    y = min(y + 22, hh - 70)
    sign_line(
        p,
        s,
        m,
        y,
        w - 2 * m,
        tr(lg, "Signature of owner", "Unterschrift Halter/in", "Signature du propriétaire"),
        o.name,
        short(signed, lg),
    )
    p.text(
        m,
        hh - 26,
        f"{tr(lg, 'Form', 'Formular', 'Formulaire')} BK{rng.randint(1, 4)} "
        f"{tr(lg, 'rev.', 'Stand', 'version')} "
        f"{rng.randint(1, 12):02d}/{month().year - rng.randint(1, 3)}",
        s.font,
        6,
    )
    if rng.random() < 0.4:
        stamp(
            p,
            w - m - 150,
            min(y + 24, hh - 80),
            [
                tr(lg, "DEPOSIT PAID", "ANZAHLUNG ERHALTEN", "ACOMPTE REÇU"),
                cash(rng.choice([25.0, 30.0, 50.0]), lg),
                short(signed, lg),
            ],
        )
    pages = [p]
    if rng.random() < 0.8:
        t = small_print(
            rng,
            s,
            lg,
            tr(
                lg,
                "Booking Terms and Conditions",
                "Allgemeine Pensionsbedingungen",
                "Conditions générales de la pension",
            ),
            BOOKING_TERMS[lg],
        )
        sign_line(
            t,
            s,
            min(s.margin, 44),
            hh - 60,
            w - 2 * min(s.margin, 44),
            tr(lg, "Signed (owner)", "Unterschrift", "Lu et approuvé, signature"),
            o.name,
            short(signed, lg),
        )
        pages.append(t)
    if meds not in ("none", "keine", "aucun") and rng.random() < 0.6:
        f = sheets(s, h)
        caption(
            f,
            s,
            tr(
                lg,
                "Medication administration consent",
                "Einverständnis Medikamentengabe",
                "Autorisation d'administration de traitement",
            ),
            2,
        )
        write(
            f,
            s,
            tr(
                lg,
                f"Dog: {dog.name} ({dog.breed})",
                f"Hund: {dog.name} ({dog.breed})",
                f"Chien : {dog.name} ({dog.breed})",
            ),
        )
        cols = columns(
            m, w - m, [(2.5, "left"), (1.3, "left"), (1.6, "left"), (1.8, "left"), (1.5, "left")]
        )
        table(
            f,
            cols,
            [
                tr(lg, "Medicine", "Medikament", "Médicament"),
                tr(lg, "Dose", "Dosis", "Dose"),
                tr(lg, "When", "Wann", "Quand"),
                tr(lg, "With food?", "Mit Futter?", "Avec repas ?"),
                tr(lg, "Supplied", "Mitgegeben", "Fourni"),
            ],
            [
                [
                    meds,
                    "1",
                    rng.choice(["am", "pm", "am + pm", "8h / 20h"]),
                    rng.choice(yes_no(lg)),
                    str(rng.randint(7, 30)),
                ]
                for _ in range(1)
            ]
            + [["", "", "", "", ""]] * 3,
            s,
            rules=True,
            step=2.2,
        )
        write(f, s, prose(rng, lg, "terms", 2, 3), s.size - 1)
        f.y += 20
        sign_line(
            f.page,
            s,
            m,
            f.y,
            w - 2 * m,
            tr(lg, "Owner", "Halter/in", "Propriétaire"),
            o.name,
            short(signed, lg),
        )
        pages += f.pages
    remember(dog, d_in, signed)
    return pages


VACCINES = [
    ("Nobivac DHPPi", "DHPPi"), ("Nobivac L4", "L4"), ("Versican Plus DHPPi/L4", "DHPPi L4"),
    ("Nobivac KC", "KC"), ("Canigen DHPPi/L", "SHPPi L"), ("Eurican DAPPi-L", "CHPPi L"),
    ("Nobivac Rabies", "R"), ("Bronchi-Shield", "KC"), ("Rabisin", "R"),
]  # fmt: skip


def booklet(
    p: Page, rng: random.Random, x: float, y: float, w: float, hh: float, dog: Dog, vh: Head
) -> None:
    """One open spread of a vaccination booklet, as copied: the vaccination table with the
    vaccine stickers, the vet's stamp and signature."""
    lg = dog.owner.lang
    p.rect(x, y, w, hh)
    p.line(x + w / 2, y, x + w / 2, y + hh)
    half = w / 2
    for side in range(2):
        x0 = x + side * half + 10
        p.text(
            x0,
            y + 18,
            tr(lg, "VACCINATION RECORD", "IMPFUNGEN", "VACCINATIONS"),
            "Helvetica-Bold",
            8,
        )
        p.text(
            x0,
            y + 28,
            tr(lg, f"Dog: {dog.name}", f"Hund: {dog.name}", f"Chien : {dog.name}"),
            HAND,
            8.5,
        )
        yy = y + 42
        n = rng.randint(2, 3)
        for k in range(n):
            when = month() - timedelta(days=rng.randint(20, 340) + 365 * (side * 2 + k // 2))
            vac, short_ = rng.choice(VACCINES)
            p.rect(x0, yy, half * 0.45, 30, fill=0.9)
            p.text(
                x0 + 3,
                yy + 10,
                fit(vac, "Helvetica-Bold", 6.5, half * 0.45 - 6),
                "Helvetica-Bold",
                6.5,
            )
            p.text(x0 + 3, yy + 19, f"Lot {serial(rng, 'A999A99')}", "Helvetica", 6)
            p.text(x0 + 3, yy + 27, f"Exp {rng.randint(1, 12):02d}/{when.year + 2}", "Helvetica", 6)
            p.text(x0 + half * 0.5, yy + 10, short(when, lg), HAND, 8)
            p.text(x0 + half * 0.5, yy + 22, short_, HAND, 8)
            scrawl(p, x0 + half * 0.68, yy + 24, vh.name.split()[-1], 9)
            yy += 40
        if side == 1 or rng.random() < 0.5:
            seal(p, x0 + half * 0.62, y + hh - 36, 24, vh.name.split(" - ")[0], vh.town)


def tpl_vaccination_copy(rng: random.Random, who: Issuer) -> list[Page]:
    """A copy of a dog's vaccination record from the owner's vet: the booklet's identification
    page and vaccination pages photocopied onto A4 (one or two sheets), or the practice's
    printed vaccination history. Every page of one dog's record is one document."""
    dog = dog_for(rng, ("booking",), who)
    ex = LAST["extra"]
    done: set[str] = set(ex) if after(("vaccination_copy",)) and isinstance(ex, set) else set()
    if not after(("booking",)):
        # A run: the household's other dogs, else other dogs of the same vet, else any other.
        left = [d for d in DOGS if d.name not in done]
        dog = rng.choice(
            [d for d in left if d.owner is dog.owner]
            or [d for d in left if (d.vet, d.owner.lang) == (dog.vet, dog.owner.lang)]
            or left
            or DOGS
        )
    vh = vet_head(dog)
    lg = vh.lang
    d = last_day(rng, ("booking",), (0, 3))
    pages: list[Page] = []
    if rng.random() < 0.55:
        for k in range(rng.choice([1, 1, 2])):
            p = Page(A4)
            w, hh = A4
            p.rect(0, 0, rng.uniform(8, 20), hh, fill=rng.uniform(0.4, 0.6))
            bw, bh = w * 0.78, w * 0.55
            x, y = rng.uniform(50, 80), rng.uniform(60, 120)
            if k == 0 and rng.random() < 0.6:
                p.rect(x, y, bw, bh)
                p.line(x + bw / 2, y, x + bw / 2, y + bh)
                x0 = x + 10
                p.text(
                    x0,
                    y + 18,
                    tr(
                        lg,
                        "DESCRIPTION OF ANIMAL",
                        "BESCHREIBUNG DES TIERES",
                        "SIGNALEMENT DE L'ANIMAL",
                    ),
                    "Helvetica-Bold",
                    8,
                )
                yy = y + 34
                for cap, val in [
                    (tr(lg, "Name", "Name", "Nom"), dog.name),
                    (tr(lg, "Breed", "Rasse", "Race"), dog.breed),
                    (tr(lg, "Sex", "Geschlecht", "Sexe"), sex(dog, lg)),
                    (tr(lg, "Date of birth", "Geburtsdatum", "Né(e) le"), short(dog.born, lg)),
                    (tr(lg, "Colour", "Farbe", "Robe"), dog.colour),
                    (tr(lg, "Microchip", "Transponder", "Transpondeur"), dog.chip),
                ]:
                    p.text(x0, yy, cap, "Helvetica", 6.5)
                    p.text(x0 + 62, yy, fit(val, HAND, 8.5, bw / 2 - 80), HAND, 8.5)
                    p.line(x0 + 60, yy + 2, x + bw / 2 - 10, yy + 2)
                    yy += 17
                x1 = x + bw / 2 + 10
                p.text(
                    x1, y + 18, tr(lg, "OWNER", "TIERHALTER", "PROPRIÉTAIRE"), "Helvetica-Bold", 8
                )
                for j, t in enumerate(owner_lines(dog.owner)):
                    p.text(x1, y + 34 + j * 13, fit(t, HAND, 8.5, bw / 2 - 20), HAND, 8.5)
                seal(p, x1 + bw * 0.22, y + bh - 40, 26, vh.name.split(" - ")[0], vh.town)
                y += bh + 30
            booklet(p, rng, x, y, bw, bh, dog, vh)
            if rng.random() < 0.4:
                hand(
                    p,
                    x,
                    min(y + bh + 30, hh - 40),
                    rng.choice(
                        [
                            f"{dog.name} - {dog.owner.last}",
                            tr(home(), "copy taken", "Kopie", "copie faite"),
                        ]
                    ),
                    10,
                )
            pages.append(p)
        remember(dog, d, done | {dog.name})
        return pages
    s = style_of(vh, A4)
    w, _ = A4
    m = s.margin
    f = sheets(
        s,
        vh,
        f"{dog.name} - {tr(lg, 'Vaccination history', 'Impfhistorie', 'Historique vaccinal')}",
    )
    recipient(
        f,
        s,
        vh,
        owner_lines(dog.owner),
        d,
        [(tr(lg, "Client no.", "Kunden-Nr.", "N° client"), serial(rng, "99999"))],
    )
    caption(
        f, s, tr(lg, "Vaccination certificate", "Impfbescheinigung", "Certificat de vaccination"), 3
    )
    f.y = (
        pairs(
            f.page,
            s,
            m,
            f.y,
            [
                (tr(lg, "Patient", "Patient", "Animal"), f"{dog.name} ({dog.breed})"),
                (tr(lg, "Date of birth", "Geboren", "Né(e) le"), short(dog.born, lg)),
                (tr(lg, "Microchip", "Chip-Nr.", "Identification"), dog.chip),
            ],
            w * 0.6,
        )
        + 8
    )
    rows = []
    when = month() - timedelta(days=365 * rng.randint(3, 7))
    while when < month():
        vac, short_ = rng.choice(VACCINES)
        rows.append(
            [
                short(when, lg),
                vac,
                short_,
                serial(rng, "A999A99"),
                short(
                    when
                    + timedelta(days=365 * (3 if "DHP" in short_ and rng.random() < 0.4 else 1)),
                    lg,
                ),
            ]
        )
        when += timedelta(days=rng.randint(300, 420))
    cols = columns(
        m, w - m, [(1.3, "left"), (2.5, "left"), (1.2, "left"), (1.3, "left"), (1.3, "left")]
    )
    table(
        f,
        cols,
        [
            tr(lg, "Date", "Datum", "Date"),
            tr(lg, "Vaccine", "Impfstoff", "Vaccin"),
            tr(lg, "Against", "Gegen", "Valences"),
            tr(lg, "Batch", "Ch.-B.", "Lot"),
            tr(lg, "Next due", "Nächste", "Rappel"),
        ],
        rows,
        s,
        rules=True,
    )
    write(
        f,
        s,
        tr(
            lg,
            "This dog is fully vaccinated and protected for boarding.",
            "Der Impfschutz ist für den Pensionsaufenthalt ausreichend.",
            "L'animal est à jour de ses vaccinations.",
        ),
        s.size - 0.5,
    )
    regards(
        f,
        s,
        lg,
        rng.choice(FIRSTS[lg]) + " " + rng.choice(LASTS[lg]),
        tr(lg, "MRCVS", "Tierärztin / Tierarzt", "Docteur vétérinaire"),
    )
    pages = close(f.pages, s, vh)
    remember(dog, d, done | {dog.name})
    return pages


def tpl_grooming_consent(rng: random.Random, who: Issuer) -> list[Page]:
    """The groomer's grooming consent and matting waiver on A5 (or a half A4): the dog, the
    services ticked, the coat condition with the dog outline marked by hand, the waiver
    wording, the owner's signature and the groomer's notes."""
    h = kennel_head()
    lg = h.lang
    dog = fresh_dog(rng)
    size = keyed(who, "gsize").choice([A5, A5, A4])
    s = style_of(h, size, margin=30 if size == A5 else 0, pt=8 if size == A5 else 0)
    w, hh = size
    m = s.margin
    d = some_day(rng)
    p = Page(size)
    y = heading(p, s, h)
    title = tr(
        lg,
        "Grooming Consent & Matting Waiver",
        "Einverständniserklärung Hundesalon",
        "Autorisation de toilettage et décharge",
    )
    pt = shrink(title, s.bold, 12, w - 2 * m)
    p.text(m, y, title, s.bold, pt)
    y += 14
    y = fields(
        p,
        s,
        m,
        y,
        w - 2 * m,
        [
            (tr(lg, "Dog", "Hund", "Chien"), f"{dog.name} - {dog.breed}"),
            (tr(lg, "Owner", "Halter/in", "Propriétaire"), dog.owner.name),
            (tr(lg, "Phone", "Telefon", "Téléphone"), dog.owner.phone),
            (tr(lg, "Date", "Datum", "Date"), short(d, lg)),
        ],
        per=2,
        tall=22,
    )
    services = [
        tr(lg, "Full groom", "Komplettpflege", "Toilettage complet"),
        tr(lg, "Bath & brush", "Baden & Bürsten", "Bain & brossage"),
        tr(lg, "Hand strip", "Trimmen", "Épilation"),
        tr(lg, "Nails", "Krallen", "Griffes"),
        tr(lg, "Ears", "Ohren", "Oreilles"),
        tr(lg, "Shave down", "Komplett scheren", "Tonte intégrale"),
        tr(lg, "De-shed", "Unterwolle", "Démêlage sous-poil"),
    ]
    y = ticks(p, s, m, y, w - 2 * m, services, set(rng.sample(range(7), rng.randint(2, 4))), 7.5)
    p.text(m, y, tr(lg, "Coat condition", "Fellzustand", "État du pelage"), s.bold, 8)
    y = ticks(
        p,
        s,
        m + 70,
        y,
        w - 2 * m - 70,
        [
            tr(lg, "Good", "Gut", "Bon"),
            tr(lg, "Tangled", "Verfilzt", "Nœuds"),
            tr(lg, "Matted", "Stark verfilzt", "Feutré"),
            tr(lg, "Fleas", "Flöhe", "Puces"),
        ],
        {rng.randrange(3)},
        7.5,
    )
    cw = min(w - 2 * m, 260.0)
    dog_chart(
        p,
        m + 10,
        y + 6,
        cw * 0.8,
        [(rng.uniform(0.2, 0.7), rng.uniform(0.3, 0.6)) for _ in range(rng.randint(0, 4))],
    )
    y += cw * 0.8 * 0.55 + 24
    waiver = tr(
        lg,
        "If the coat is matted it may need to be clipped short, which can reveal skin irritation, "
        "nicks or redness. I understand the risks and will not hold the groomer responsible.",
        "Bei stark verfilztem Fell kann eine Kurzschur nötig sein; dabei können Hautreizungen "
        "sichtbar werden. Ich bin über die Risiken aufgeklärt und stelle den Salon davon frei.",
        "En cas de pelage feutré, une tonte courte peut être nécessaire et révéler des "
        "irritations. Je reconnais avoir été informé(e) des risques et décharge le salon de "
        "toute responsabilité.",
    )
    for ln in wrap(waiver, s.font, 7, w - 2 * m):
        p.text(m, y, ln, s.font, 7)
        y += 8.5
    y += 18
    sign_line(
        p,
        s,
        m,
        y,
        w - 2 * m,
        tr(lg, "Owner's signature", "Unterschrift", "Signature"),
        dog.owner.name,
        short(d, lg),
    )
    y += 28
    if y < hh - 50:
        p.text(
            m, y, tr(lg, "Groomer's notes", "Notizen Salon", "Notes de la toiletteuse"), s.bold, 7.5
        )
        ruled(
            p,
            m,
            y + 14,
            w - 2 * m,
            rng.choice(
                [
                    tr(
                        lg,
                        "small cut left hind, cleaned, owner told",
                        "kleiner Schnitt li. hinten, desinfiziert",
                        "petite coupure patte arrière, désinfectée",
                    ),
                    tr(
                        lg,
                        "very matted behind ears - clipped 3mm",
                        "Filz hinter den Ohren, 3 mm geschoren",
                        "très feutré derrière les oreilles, tonte 3 mm",
                    ),
                    tr(lg, "lovely dog, no issues", "alles gut, sehr brav", "très sage, RAS"),
                    "",
                ]
            )
            + f"  {initials(STAFF['groomer'])}",
            min(3, int((hh - y - 40) // 15)),
        )
    remember(dog, d)
    return [p]


SCORES = {
    "en": ["Arrival / separation", "Greeting people", "Handling (paws, ears, collar)",
           "Reaction to other dogs", "Play style", "Resource guarding (toys, food)",
           "Response to recall", "Noise sensitivity", "Energy level"],
    "de": ["Ankunft / Trennung", "Begrüßung von Menschen", "Handling (Pfoten, Ohren, Halsband)",
           "Reaktion auf andere Hunde", "Spielverhalten", "Ressourcenverteidigung",
           "Rückruf", "Geräuschempfindlichkeit", "Energielevel"],
    "fr": ["Arrivée / séparation", "Accueil des personnes", "Manipulation (pattes, oreilles)",
           "Réaction aux congénères", "Style de jeu", "Protection des ressources",
           "Rappel", "Sensibilité au bruit", "Niveau d'énergie"],
}  # fmt: skip


def tpl_daycare_assessment(rng: random.Random, who: Issuer) -> list[Page]:
    """The daycare assessment form of a new dog: the dog and owner, the temperament scores
    ticked 1-5, the assessor's notes on ruled lines, the outcome and group, the signatures;
    now and then the photo and social media consent slip. One document."""
    h = kennel_head()
    lg = h.lang
    dog = fresh_dog(rng)
    s = style_of(h, A4)
    w, hh = A4
    m = min(s.margin, 54)
    d = some_day(rng)
    assessor = rng.choice([STAFF["manager"], STAFF["owner"], assistant(rng)])
    p = Page(A4)
    y = heading(p, s, h)
    p.text(
        m,
        y,
        tr(
            lg,
            "Daycare Assessment",
            "Eingewöhnung Hundetagesstätte - Einschätzungsbogen",
            "Évaluation garderie - journée d'essai",
        ),
        s.bold,
        13,
    )
    y += 16
    y = fields(
        p,
        s,
        m,
        y,
        w - 2 * m,
        [
            (tr(lg, "Dog", "Hund", "Chien"), dog.name),
            (tr(lg, "Breed / age", "Rasse / Alter", "Race / âge"), f"{dog.breed}, {age(dog, d)}"),
            (tr(lg, "Owner", "Halter/in", "Propriétaire"), dog.owner.name),
            (tr(lg, "Assessment date", "Datum Probetag", "Date de l'essai"), short(d, lg)),
            (
                tr(lg, "Neutered", "Kastriert", "Stérilisé"),
                tr(
                    lg,
                    "yes" if dog.neutered else "no",
                    "ja" if dog.neutered else "nein",
                    "oui" if dog.neutered else "non",
                ),
            ),
            (tr(lg, "Assessor", "Bewertet von", "Évalué par"), assessor),
        ],
        per=2,
        tall=24,
    )
    cols_x = [w - m - 150 + k * 30 for k in range(5)]
    p.text(
        m,
        y,
        tr(
            lg,
            "Temperament (1 = poor, 5 = excellent)",
            "Verhalten (1 = schlecht, 5 = sehr gut)",
            "Comportement (1 = faible, 5 = excellent)",
        ),
        s.bold,
        8.5,
    )
    for k, x in enumerate(cols_x):
        p.text(x + 4, y, str(k + 1), s.bold, 8.5, "center")
    y += 14
    for label in SCORES[lg]:
        p.text(m, y, label, s.font, 8.5)
        pick = min(4, max(0, int(rng.gauss(3, 1))))
        for k, x in enumerate(cols_x):
            box(p, x, y, k == pick, 8)
        p.line(m, y + 4, w - m, y + 4)
        y += 15
    y += 10
    p.text(m, y, tr(lg, "Observations", "Beobachtungen", "Observations"), s.bold, 8.5)
    y = ruled(p, m, y + 16, w - 2 * m, prose(rng, lg, "care", 2, 3), 6)
    p.text(m, y, tr(lg, "Outcome", "Ergebnis", "Résultat"), s.bold, 8.5)
    y = ticks(
        p,
        s,
        m + 60,
        y,
        w - 2 * m - 60,
        [
            tr(lg, "Accepted", "Aufgenommen", "Accepté"),
            tr(lg, "Second trial", "Zweiter Probetag", "Second essai"),
            tr(lg, "Not suitable", "Nicht geeignet", "Non adapté"),
        ],
        {rng.choice([0, 0, 0, 1, 2])},
        8,
    )
    p.text(m, y, tr(lg, "Group", "Gruppe", "Groupe"), s.bold, 8.5)
    y = ticks(
        p,
        s,
        m + 60,
        y,
        w - 2 * m - 60,
        [
            tr(lg, "Small & quiet", "Kleine Hunde", "Petits chiens"),
            tr(lg, "Medium", "Mittel", "Moyens"),
            tr(lg, "Big & bouncy", "Große Hunde", "Grands joueurs"),
        ],
        {rng.randrange(3)},
        8,
    )
    y = max(y + 16, hh - 110)
    sign_line(
        p,
        s,
        m,
        y,
        (w - 2 * m) / 2 - 10,
        tr(lg, "Assessor", "Mitarbeiter/in", "Évaluateur"),
        assessor,
        "",
    )
    sign_line(
        p,
        s,
        w / 2 + 10,
        y,
        (w - 2 * m) / 2 - 10,
        tr(lg, "Owner", "Halter/in", "Propriétaire"),
        dog.owner.name,
        short(d, lg),
    )
    pages = [p]
    if rng.random() < 0.45:
        size = rng.choice([A5, A4])
        q = Page(size)
        qs = style_of(h, size, margin=36)
        qw, _ = size
        yy = heading(q, qs, h)
        q.text(
            36,
            yy,
            tr(
                lg,
                "Photo & social media consent",
                "Einwilligung Fotos / Social Media",
                "Autorisation de droit à l'image",
            ),
            qs.bold,
            11,
        )
        yy += 18
        for ln in wrap(prose(rng, lg, "terms", 2, 2), qs.font, 8, qw - 72):
            q.text(36, yy, ln, qs.font, 8)
            yy += 10
        yy = ticks(
            q,
            qs,
            36,
            yy + 8,
            qw - 72,
            [
                tr(lg, "Facebook / Instagram", "Facebook / Instagram", "Facebook / Instagram"),
                tr(lg, "Website", "Website", "Site internet"),
                tr(
                    lg,
                    "Owner WhatsApp group only",
                    "Nur WhatsApp-Gruppe",
                    "Groupe WhatsApp seulement",
                ),
                tr(lg, "No photos please", "Keine Fotos", "Pas de photos"),
            ],
            {rng.randrange(4)},
            8,
        )
        sign_line(
            q,
            qs,
            36,
            yy + 26,
            qw - 72,
            tr(lg, "Signature", "Unterschrift", "Signature"),
            dog.owner.name,
            short(d, lg),
        )
        pages.append(q)
    remember(dog, d)
    return pages


# ---------------------------------------------------------------------------------------------
# Templates YYY: the licensing authority
# ---------------------------------------------------------------------------------------------

CONDITIONS = {
    "en": [
        "Licence display", "Records", "Use, number and type of animal", "Staffing",
        "Suitable environment", "Suitable diet", "Monitoring of behaviour and training",
        "Housing with or apart from other animals", "Protection from pain, suffering, injury "
        "and disease", "Emergencies", "Kennel size and construction", "Isolation facilities",
        "Exercise", "Day care - group sizes",
    ],
    "de": [
        "Sachkunde der verantwortlichen Person", "Anzahl der Tiere", "Beschaffenheit der "
        "Zwinger", "Auslaufflächen", "Reinigung und Desinfektion", "Quarantäne- und "
        "Krankenbereich", "Tierbestandsbuch", "Tierärztliche Betreuung", "Notfallplan",
        "Personalschlüssel", "Anzeigepflicht bei Änderungen",
    ],
    "fr": [
        "Registre d'entrée et de sortie", "Registre sanitaire", "Personne titulaire de l'ACACED",
        "Conditions de détention", "Nettoyage et désinfection", "Local d'isolement",
        "Visites sanitaires du vétérinaire", "Règlement sanitaire", "Capacité d'accueil",
    ],
}  # fmt: skip


def tpl_licence(rng: random.Random, who: Issuer) -> list[Page]:
    """The local authority's animal activity licence: in England a licence under the Animal
    Welfare (Licensing of Activities Involving Animals) (England) Regulations 2018 with the
    star rating, the activities and the general and specific conditions; in Germany an
    Erlaubnis nach § 11 TierSchG as a Bescheid with the Nebenbestimmungen, the Begründung, the
    fee and the Rechtsbehelfsbelehrung; in France the DDPP's récépissé de déclaration with its
    prescriptions. Sometimes with a covering letter first. One document."""
    ah = head_of(who, "council")
    lg = ah.lang
    kh = kennel_head()
    s = style_of(ah, A4)
    w, _ = A4
    m = s.margin
    d = last_day(rng, ("inspection",), (7, 30))
    ref = serial(rng, {"en": "AWL/99/99999", "de": "39.9-99/99", "fr": "DDPP-99-9999-99"}[lg])
    officer = f"{rng.choice(FIRSTS[lg])} {rng.choice(LASTS[lg])}"
    pages: list[Page] = []
    if rng.random() < 0.4:
        f = sheets(s, ah)
        recipient(
            f,
            s,
            ah,
            kennel_lines(STAFF["owner"]),
            d,
            [(tr(lg, "Our ref", "Aktenzeichen", "Réf."), ref)],
        )
        caption(
            f,
            s,
            tr(
                lg,
                "Animal activity licence - boarding for dogs",
                "Ihre Erlaubnis nach § 11 TierSchG",
                "Récépissé de déclaration - activité de garde",
            ),
            1,
        )
        f.para(m, w - 2 * m, dear(lg, None), s.font, s.size)
        for _ in range(rng.randint(2, 3)):
            write(f, s, prose(rng, lg, "licence", 2, 3))
        regards(
            f,
            s,
            lg,
            officer,
            tr(
                lg,
                "Licensing Officer",
                "Sachbearbeitung",
                "Inspecteur de la santé publique vétérinaire",
            ),
        )
        pages += close(f.pages, s, ah, numbers="none")
    start = d
    years = rng.choice([1, 2, 3]) if lg == "en" else 0
    stars = rng.choice([3, 4, 4, 5, 5]) if lg == "en" else 0
    f = sheets(s, ah, f"{tr(lg, 'Licence', 'Bescheid', 'Récépissé')} {ref}")
    if lg == "en":
        f.y += 6
        f.page.text(
            w / 2,
            f.y,
            "ANIMAL WELFARE (LICENSING OF ACTIVITIES INVOLVING ANIMALS)",
            s.bold,
            10,
            "center",
        )
        f.page.text(w / 2, f.y + 13, "(ENGLAND) REGULATIONS 2018", s.bold, 10, "center")
        f.y += 40
        f.page.text(w / 2, f.y, "LICENCE", s.bold, 20, "center")
        f.y += 30
        f.y = fields(
            f.page,
            s,
            m,
            f.y,
            w - 2 * m,
            [
                ("Licence number", ref),
                ("Licence holder", STAFF["owner"]),
                ("Trading name", kh.name),
                ("Premises", f"{kh.street}, {kh.town}"),
                (
                    "Licensed activity",
                    rng.choice(
                        [
                            "Providing boarding for dogs in kennels",
                            "Providing boarding for dogs (kennels and day care)",
                        ]
                    ),
                ),
                ("Maximum number of dogs", str(rng.choice([24, 30, 36, 42, 50]))),
                ("Date of issue", short(start, lg)),
                (
                    "Date of expiry",
                    short(
                        date(start.year + years, start.month, min(start.day, 28))
                        - timedelta(days=1),
                        lg,
                    ),
                ),
                ("Star rating", "*" * stars + f"  ({stars} star)"),
                ("Risk rating", "Low" if stars > 3 else "Higher"),
            ],
            per=2,
            tall=26,
            hand=False,
        )
        write(
            f,
            s,
            "This licence is granted subject to the general conditions and the specific "
            "conditions for the activity set out in the schedule attached, which form part "
            "of the licence. The licence must be clearly and prominently displayed.",
            s.size - 0.5,
        )
        f.y += 20
        scrawl(f.page, m, f.y, officer)
        f.page.text(m, f.y + 12, f"{officer}, Authorised Officer", s.font, s.size - 1)
        seal(f.page, w - m - 60, f.y - 10, 34, ah.name.split(" - ")[0], "LICENSING")
        f.new_page()
        caption(f, s, "Schedule - Licence Conditions", 2, rule=True)
        heads = CONDITIONS["en"]
    elif lg == "de":
        recipient(
            f,
            s,
            ah,
            kennel_lines(STAFF["owner"]),
            d,
            [("Aktenzeichen", ref), ("Bearbeiter/in", officer)],
        )
        caption(f, s, "Erlaubnis nach § 11 Abs. 1 Satz 1 Nr. 3 und 8 Buchst. a TierSchG", 1)
        write(
            f,
            s,
            f"Auf Ihren Antrag vom {short(d - timedelta(days=rng.randint(30, 90)), lg)} "
            "ergeht folgender",
            s.size,
        )
        f.page.text(w / 2, f.y, "B e s c h e i d :", s.bold, 11, "center")
        f.y += 20
        write(
            f,
            s,
            f"1. {STAFF['owner']} wird die Erlaubnis erteilt, gewerbsmäßig Hunde für Dritte zu "
            "betreuen "
            f"(Tierpension / Hundetagesstätte) in {kh.street}, {kh.town}, mit höchstens "
            f"{rng.choice([20, 25, 30, 40])} Hunden gleichzeitig.",
        )
        write(
            f,
            s,
            "2. Verantwortliche Person im Sinne des § 11 Abs. 2 Nr. 1 TierSchG ist "
            f"{STAFF['manager']}.",
        )
        write(f, s, "3. Die Erlaubnis ergeht unter den nachfolgenden Nebenbestimmungen (Auflagen).")
        write(
            f,
            s,
            "4. Für diesen Bescheid wird eine Gebühr von "
            f"{cash(rng.choice([180.0, 240.0, 310.0]), lg)} festgesetzt.",
        )
        caption(f, s, "Nebenbestimmungen", 1)
        heads = CONDITIONS["de"]
    else:
        recipient(
            f,
            s,
            ah,
            kennel_lines(STAFF["owner"]),
            d,
            [("Dossier", ref), ("Affaire suivie par", officer)],
        )
        caption(f, s, "Récépissé de déclaration d'activité", 2)
        write(
            f,
            s,
            "Article L.214-6-1 du code rural et de la pêche maritime - Activité de garde "
            "(pension) de chiens et de chats.",
        )
        f.y = fields(
            f.page,
            s,
            m,
            f.y,
            w - 2 * m,
            [
                ("Déclarant", STAFF["owner"]),
                ("Établissement", kh.name),
                ("Adresse", f"{kh.street}, {kh.town}"),
                ("N° SIRET", serial(rng, "999 999 999 99999")),
                ("Capacité", f"{rng.choice([20, 30, 40])} chiens"),
                ("Titulaire ACACED", STAFF["manager"]),
            ],
            per=2,
            tall=26,
            hand=False,
        )
        write(
            f,
            s,
            "Le présent récépissé ne préjuge pas de la conformité de l'établissement aux "
            "règles sanitaires et de protection animale. Il est délivré sous réserve du "
            "respect des prescriptions ci-après.",
        )
        caption(f, s, "Prescriptions", 1)
        heads = CONDITIONS["fr"]
    for k, t in enumerate(heads):
        f.heading(m, f"{k + 1}. {t}", s.bold, s.size)
        write(f, s, prose(rng, lg, "licence", 1, 3), s.size - 0.5, indent=12)
    if lg == "de":
        caption(f, s, "Begründung", 1)
        for _ in range(rng.randint(2, 3)):
            write(f, s, prose(rng, lg, "licence", 2, 4))
        caption(f, s, "Rechtsbehelfsbelehrung", 1)
        write(
            f,
            s,
            "Gegen diesen Bescheid kann innerhalb eines Monats nach Bekanntgabe Klage beim "
            "Verwaltungsgericht erhoben werden.",
            s.size - 0.5,
        )
        regards(f, s, lg, officer, "Im Auftrag")
    elif lg == "fr":
        write(f, s, f"Fait à {ah.town.split(' ', 1)[-1]}, le {day(ah, d)}", s.size)
        f.y += 10
        seal(f.page, w - m - 70, f.y + 10, 32, "PRÉFECTURE", "DDPP")
        regards(f, s, lg, officer, "Pour le préfet et par délégation")
        write(
            f,
            s,
            "Voies et délais de recours : recours gracieux auprès du préfet ou recours "
            "contentieux devant le tribunal administratif dans un délai de deux mois.",
            s.size - 1.5,
        )
    pages += close(f.pages, s, ah)
    received(rng, pages[0], d)
    remember(None, d)
    return pages


STANDARDS = {
    "en": ["Records kept", "Staff competency / training records", "Kennel unit size", "Temperature "
           "14-26 C", "Ventilation", "Lighting", "Bedding and cleanliness",
           "Water always available",
           "Feeding records", "Exercise areas secure", "Isolation unit", "Fire / emergency plan",
           "Vaccination checks", "Written procedures", "Insurance in place"],
    "de": ["Tierbestandsbuch geführt", "Sachkunde nachgewiesen", "Zwingergröße", "Temperatur",
           "Lüftung", "Beleuchtung", "Liegeplätze / Sauberkeit", "Wasserversorgung",
           "Fütterung", "Auslauf gesichert", "Krankenabteil", "Notfallplan", "Impfkontrolle",
           "Reinigungsplan", "Schadnagerbekämpfung"],
    "fr": ["Registre entrées / sorties", "Registre sanitaire", "Dimensions des boxes",
           "Température", "Ventilation", "Éclairage", "Couchage et propreté", "Eau à volonté",
           "Alimentation", "Parcs clôturés", "Local d'isolement", "Plan d'urgence",
           "Contrôle des vaccinations", "Protocole de nettoyage", "Visite vétérinaire sanitaire"],
}  # fmt: skip


def tpl_inspection(rng: random.Random, who: Issuer) -> list[Page]:
    """The authority's inspection report of the kennels: visit details, the checklist of
    standards (met / not met / higher standard, conforme / non conforme), the actions required
    with their deadlines, the inspector's signature; in England the risk scoring matrix on a
    landscape page. One document."""
    ah = head_of(who, "council")
    lg = ah.lang
    kh = kennel_head()
    s = style_of(ah, A4)
    w, _ = A4
    m = s.margin
    d = some_day(rng) - timedelta(days=rng.randint(5, 20))
    inspector = f"{rng.choice(FIRSTS[lg])} {rng.choice(LASTS[lg])}"
    title = tr(
        lg,
        "Inspection Report - Dog Boarding",
        "Niederschrift über die Kontrolle nach § 16 TierSchG",
        "Rapport d'inspection - établissement de garde",
    )
    f = sheets(s, ah, f"{title} - {kh.name}")
    caption(f, s, title, 3, rule=True)
    f.y = fields(
        f.page,
        s,
        m,
        f.y,
        w - 2 * m,
        [
            (tr(lg, "Premises", "Betrieb", "Établissement"), kh.name),
            (tr(lg, "Address", "Anschrift", "Adresse"), f"{kh.street}, {kh.town}"),
            (tr(lg, "Date of visit", "Datum der Kontrolle", "Date de l'inspection"), short(d, lg)),
            (
                tr(lg, "Type of visit", "Anlass", "Motif"),
                rng.choice(
                    [
                        tr(lg, "Renewal", "Regelkontrolle", "Inspection programmée"),
                        tr(lg, "New application", "Erlaubnisverfahren", "Déclaration"),
                        tr(lg, "Complaint", "Anlasskontrolle", "Suite à plainte"),
                    ]
                ),
            ),
            (tr(lg, "Present", "Anwesend", "Présents"), f"{STAFF['owner']}, {STAFF['manager']}"),
            (tr(lg, "Dogs on site", "Anwesende Hunde", "Chiens présents"), str(rng.randint(8, 35))),
        ],
        per=2,
        tall=24,
        hand=rng.random() < 0.5,
    )
    cols = columns(
        m, w - m, [(4, "left"), (1, "center"), (1, "center"), (1, "center"), (3, "left")]
    )
    marks = ["X", "", ""]
    rows = []
    actions = []
    for t in STANDARDS[lg]:
        r = rng.random()
        k = 0 if r < 0.75 else 1 if r < 0.88 else 2
        row = [t, *(["X" if j == k else "" for j in range(3)])]
        note = ""
        if k == 1:
            note = rng.choice(TALK[lg]["licence"].split())
            actions.append(t)
        row.append(note)
        rows.append(row)
    del marks
    table(
        f,
        cols,
        [
            tr(lg, "Standard", "Prüfpunkt", "Point de contrôle"),
            tr(lg, "Met", "i.O.", "C"),
            tr(lg, "Not met", "Mangel", "NC"),
            tr(lg, "Higher", "entf.", "SO"),
            tr(lg, "Comments", "Bemerkung", "Observations"),
        ],
        rows,
        s,
        rules=True,
        shade=0.88,
    )
    caption(
        f,
        s,
        tr(lg, "Actions required", "Festgestellte Mängel / Maßnahmen", "Non-conformités et délais"),
        1,
    )
    if not actions:
        write(f, s, tr(lg, "None.", "Keine.", "Aucune."))
    for k, t in enumerate(actions):
        write(
            f,
            s,
            f"{k + 1}. {t}: {words(rng, lg, 'licence')} "
            f"{tr(lg, 'By', 'Frist', 'Délai')}: "
            f"{short(d + timedelta(days=rng.choice([14, 28, 60])), lg)}",
            s.size - 0.5,
        )
    write(f, s, prose(rng, lg, "licence", 1, 3))
    f.y += 14
    f.need(60)
    scrawl(f.page, m, f.y, inspector)
    f.page.text(m, f.y + 12, inspector, s.font, s.size - 1)
    scrawl(f.page, w / 2, f.y, STAFF["owner"])
    f.page.text(
        w / 2,
        f.y + 12,
        tr(lg, "Seen by (operator)", "Kenntnis genommen (Betreiber)", "Vu, l'exploitant"),
        s.font,
        s.size - 1,
    )
    pages = close(f.pages, s, ah)
    if lg == "en" and rng.random() < 0.75:
        ls = style_of(ah, LAND, margin=40)
        lw, lh = LAND
        p = Page(LAND)
        p.text(40, 40, "Scoring matrix - welfare standards and risk", ls.bold, 12)
        p.text(lw - 40, 40, f"{kh.name} - {short(d, lg)}", ls.font, 8, "right")
        risk = ["Low risk", "Higher risk"]
        welfare = ["Minor failings", "Minimum standards", "Higher standards"]
        x0, y0 = 160.0, 90.0
        cw, ch = (lw - 200) / 3, 70.0
        pick = (rng.randrange(2), rng.choice([1, 2, 2]))
        stars_of = [[1, 3, 5], [1, 2, 4]]
        for j, t in enumerate(welfare):
            p.text(x0 + j * cw + cw / 2, y0 - 8, t, ls.bold, 9, "center")
        for i, t in enumerate(risk):
            p.text(40, y0 + i * ch + ch / 2, t, ls.bold, 9)
            for j in range(3):
                p.rect(x0 + j * cw, y0 + i * ch, cw, ch, fill=0.75 if (i, j) == pick else None)
                p.rect(x0 + j * cw, y0 + i * ch, cw, ch)
                p.text(
                    x0 + j * cw + cw / 2,
                    y0 + i * ch + ch / 2 + 4,
                    f"{stars_of[i][j]} star",
                    ls.font,
                    10,
                    "center",
                )
        y = y0 + 2 * ch + 30
        cols2 = columns(40, lw - 40, [(3, "left"), (1, "center"), (4, "left")])
        ff = Sheets(LAND, lh - 40, lambda q, n: 40.0)
        ff.pages, ff.page, ff.y = [p], p, y
        table(
            ff,
            cols2,
            ["Risk factor", "Score", "Inspector's note"],
            [
                [t, str(rng.randint(1, 3)), words(rng, "en", "licence", 6)]
                for t in [
                    "Compliance history",
                    "Appreciation of hazards",
                    "Management and procedures",
                    "Record keeping",
                    "Staff training",
                ]
            ],
            ls,
            rules=True,
        )
        pages.append(p)
    remember(None, d)
    return pages


# ---------------------------------------------------------------------------------------------
# Templates YYY: suppliers, vets and the kennels' own records
# ---------------------------------------------------------------------------------------------

PRODUCTS = {
    "en": [
        ("Burns Original Chicken & Rice 12kg", 38.50), ("James Wellbeloved Adult Lamb 15kg", 52.20),
        ("Wagg Complete Worker 16kg", 19.99), ("Butcher's Tripe Mix 18 x 400g", 17.40),
        ("Dust-extracted shavings 20kg bale", 9.80), ("Vetbed 100cm roll (green)", 48.00),
        ("F10 SC Veterinary Disinfectant 5L", 61.50), ("Poo bags degradable x 1000", 14.95),
        ("Kennel cleaner Trigene 5L", 34.60), ("Dog chews assorted box", 22.00),
        ("Straw, barley, small bale", 6.20), ("Hypoallergenic shampoo 5L", 27.90),
    ],
    "de": [
        ("Trockenfutter Adult Huhn & Reis 15 kg", 44.90),
        ("Bosch Soft Maxi Wasserbüffel 12,5 kg", 57.80),
        ("Nassfutter Rind pur 6 x 800 g", 16.20), ("Hobelspäne entstaubt 24 kg Ballen", 10.40),
        ("Vetbed Rolle 100 cm", 52.00), ("Desinfektionsmittel Venno Vet 5 l", 46.30),
        ("Kotbeutel biologisch abbaubar 1000 St.", 15.90), ("Kauartikel Sortiment Karton", 24.50),
        ("Stroh Kleinballen", 5.80), ("Hundeshampoo Kamille 5 l", 29.90),
        ("Flockenmischung 10 kg", 18.70),
    ],
    "fr": [
        ("Croquettes Adulte Poulet & Riz 15 kg", 46.90), ("Croquettes Senior Light 12 kg", 49.50),
        ("Pâtée boeuf 12 x 1,2 kg", 21.60), ("Copeaux dépoussiérés balle 20 kg", 11.20),
        ("Tapis Vetbed rouleau 1 m", 54.00), ("Désinfectant virucide 5 L", 39.80),
        ("Sacs à déjections x 1000", 13.90), ("Friandises à mâcher carton", 23.40),
        ("Paille balle", 6.50), ("Shampooing doux 5 L", 26.70), ("Riz soufflé 10 kg", 17.10),
    ],
}  # fmt: skip
SALE_TERMS = {
    "en": [
        "Orders",
        "Delivery",
        "Risk and title",
        "Prices",
        "Payment",
        "Shortages and damage",
        "Returns",
        "Liability",
        "Force majeure",
        "Law",
    ],
    "de": [
        "Geltungsbereich",
        "Angebot und Vertragsschluss",
        "Lieferung",
        "Preise",
        "Zahlung",
        "Eigentumsvorbehalt",
        "Mängelrüge",
        "Haftung",
        "Gerichtsstand",
    ],
    "fr": [
        "Commandes",
        "Livraison",
        "Transfert des risques",
        "Prix",
        "Paiement",
        "Pénalités de retard",
        "Réserve de propriété",
        "Réclamations",
        "Juridiction",
    ],
}


def tpl_supplier_invoice(rng: random.Random, who: Issuer) -> list[Page]:
    """A pet food and bedding supplier's invoice to the kennels: the lines of the delivery
    (sacks of food, tins, shavings, vetbed, disinfectant, poo bags) run over one or two pages,
    the totals and bank details; now and then the conditions of sale behind. One document."""
    h = head_of(who, "supplier", abroad=0.12)
    lg = h.lang
    s = style_of(h, A4 if lg != "en" or keyed(who, "let").random() < 0.8 else LETTER)
    w, _ = s.page_size
    m = s.margin
    d = last_day(rng, ("delivery_note",), (0, 6))
    ex = LAST["extra"]
    same = after(("delivery_note",)) and isinstance(ex, tuple) and ex[0] == h.name
    no = serial(rng, rng.choice(["INV-999999", "99999", "RE2025-9999", "FA-99999"]))
    f = sheets(s, h, f"{tr(lg, 'Invoice', 'Rechnung', 'Facture')} {no}")
    recipient(
        f,
        s,
        h,
        kennel_lines(tr(lg, "Accounts", "Buchhaltung", "Comptabilité")),
        d,
        [
            (tr(lg, "Invoice no.", "Rechnungs-Nr.", "Facture n°"), no),
            (tr(lg, "Account", "Kunden-Nr.", "Code client"), serial(keyed(who, "acct"), "K99999")),
            (
                tr(lg, "Delivery note", "Lieferschein", "Bon de livraison"),
                str(ex[1]) if same else serial(rng, "DN999999"),
            ),  # type: ignore[index]
        ],
    )
    caption(f, s, tr(lg, "INVOICE", "RECHNUNG", "FACTURE"), 4)
    items = rng.sample(PRODUCTS[lg], k=min(len(PRODUCTS[lg]), rng.choice([3, 5, 7, 9, 11])))
    if rng.random() < 0.3:
        items = items + rng.sample(PRODUCTS[lg], k=min(len(PRODUCTS[lg]), 8))
    rows = []
    net = 0.0
    for name, price in items:
        qty = rng.choice([1, 2, 2, 3, 4, 5, 6, 10, 12, 20])
        net += qty * price
        rows.append(
            [serial(rng, "999-9999"), name, str(qty), money(price, lg), money(qty * price, lg)]
        )
    cols = columns(
        m, w - m, [(1.2, "left"), (4.2, "left"), (0.7, "right"), (1.2, "right"), (1.3, "right")]
    )
    table(
        f,
        cols,
        [
            tr(lg, "Code", "Art.-Nr.", "Réf."),
            tr(lg, "Description", "Bezeichnung", "Désignation"),
            tr(lg, "Qty", "Menge", "Qté"),
            tr(lg, "Unit", "Preis", "P.U."),
            tr(lg, "Amount", "Betrag", "Montant"),
        ],
        rows,
        s,
        rules=rng.random() < 0.5,
        shade=0.88 if rng.random() < 0.5 else None,
    )
    rate = {"en": 20.0, "de": 7.0, "fr": 5.5}[lg] if rng.random() < 0.5 else vat_rate(lg)
    totals(
        f,
        s,
        lg,
        round(net, 2),
        rate,
        note=tr(
            lg,
            "Payment due within 30 days. Bank: sort code "
            f"{serial(keyed(who, 'bank'), '99-99-99')}, "
            f"account {rng.randint(10000000, 99999999)}.",
            "Zahlbar innerhalb 14 Tagen ohne Abzug. Bei Zahlung innerhalb 8 Tagen 2 % Skonto.",
            "Paiement à 30 jours fin de mois. Pénalités de retard au taux légal ; indemnité "
            "forfaitaire de 40 EUR.",
        ),
    )
    pages = close(f.pages, s, h)
    if rng.random() < 0.3:
        pages.append(
            small_print(
                rng,
                s,
                lg,
                tr(
                    lg,
                    "Conditions of Sale",
                    "Allgemeine Verkaufsbedingungen",
                    "Conditions générales de vente",
                ),
                SALE_TERMS[lg],
            )
        )
    received(rng, pages[0], d)
    if rng.random() < 0.3:
        hand(
            pages[0],
            m,
            pages[0].size[1] - 60,
            tr(
                home(),
                f"paid BACS {short(d + timedelta(days=12), home())}",
                f"bez. {short(d + timedelta(days=9), home())}",
                f"réglé le {short(d + timedelta(days=20), home())}",
            ),
            11,
        )
    remember(None, d, (h.name, no))
    return pages


def tpl_delivery_note(rng: random.Random, who: Issuer) -> list[Page]:
    """The supplier's delivery note from the driver: on a narrow slip or A5, the goods and
    quantities, pallets, the received-by signature and a hand note of damaged or short items."""
    h = head_of(who, "supplier", abroad=0.12)
    lg = h.lang
    size = keyed(who, "dn").choice([SLIP, A5, A5, landscape(A5)])
    narrow = size[0] < 330
    s = style_of(h, size, margin=16 if narrow else 32, pt=7.5 if narrow else 8.5)
    w, hh = size
    m = s.margin
    d = some_day(rng)
    no = serial(rng, "DN999999")
    p = Page(size)
    y = heading(p, s, h)
    p.text(
        m,
        y,
        tr(lg, "DELIVERY NOTE", "LIEFERSCHEIN", "BON DE LIVRAISON"),
        s.bold,
        10 if narrow else 12,
    )
    y += 14
    y = (
        pairs(
            p,
            s,
            m,
            y,
            [
                (tr(lg, "No.", "Nr.", "N°"), no),
                (tr(lg, "Date", "Datum", "Date"), short(d, lg)),
                (tr(lg, "Deliver to", "Lieferanschrift", "Livrer à"), kennel_head().name),
                (
                    tr(lg, "Route / drop", "Tour", "Tournée"),
                    f"{rng.randint(1, 9)}/{rng.randint(1, 30)}",
                ),
            ],
            w - m,
            7.5,
        )
        + 6
    )
    items = rng.sample(PRODUCTS[lg], k=rng.randint(3, 7))
    cols = columns(m, w - m, [(0.8, "right"), (4, "left"), (1, "center")])
    for c, t in zip(
        cols,
        [
            tr(lg, "Qty", "Menge", "Qté"),
            tr(lg, "Item", "Artikel", "Article"),
            tr(lg, "Chk", "OK", "OK"),
        ],
        strict=True,
    ):
        if c[2] == "right":
            p.text(c[1], y, t, s.bold, 7.5, "right")
        else:
            p.text(c[0], y, t, s.bold, 7.5)
    p.line(m, y + 3, w - m, y + 3)
    y += 13
    for name, _ in items:
        if y > hh - 90:
            break
        p.text(cols[0][1], y, str(rng.choice([1, 2, 3, 4, 5, 10])), s.font, 7.5, "right")
        for k, ln in enumerate(wrap(name, s.font, 7.5, cols[1][1] - cols[1][0])[:2]):
            p.text(cols[1][0], y + k * 9, ln, s.font, 7.5)
        if rng.random() < 0.7:
            p.text((cols[2][0] + cols[2][1]) / 2, y, "v", HAND, 9, "center")
        y += 9 * min(2, len(wrap(name, s.font, 7.5, cols[1][1] - cols[1][0]))) + 4
    p.line(m, y, w - m, y)
    y += 12
    p.text(
        m,
        y,
        f"{tr(lg, 'Pallets', 'Paletten', 'Palettes')}: {rng.choice([0, 1, 1, 2])}   "
        f"{tr(lg, 'Bags', 'Säcke', 'Sacs')}: {rng.randint(3, 30)}",
        s.font,
        7.5,
    )
    y += 14
    if rng.random() < 0.35:
        hand(
            p,
            m,
            y,
            rng.choice(
                [
                    tr(home(), "1 bag split", "1 Sack gerissen", "1 sac déchiré"),
                    tr(home(), "shavings short x2", "2 Ballen fehlen", "manque 2 balles"),
                ]
            ),
            9,
        )
        y += 14
    y = max(y + 18, hh - 50)
    who_signed = assistant(rng)
    p.line(m, y, m + (w - 2 * m) * 0.6, y)
    scrawl(p, m + 4, y - 2, who_signed, 10)
    p.text(
        m,
        y + 9,
        tr(
            lg, "Received in good order (print name)", "Ware erhalten (Name)", "Reçu conforme (nom)"
        ),
        s.font,
        6,
    )
    hand(p, m + (w - 2 * m) * 0.62, y - 2, who_signed.split()[0], 8, (w - 2 * m) * 0.38)
    remember(None, d, (h.name, no))
    return [p]


VET_LINES = {
    "en": [("Consultation - out of hours", 120.0), ("Consultation", 52.0),
           ("Hospitalisation per day", 68.0),
           ("IV fluids and giving set", 44.50), ("Maropitant 10mg/ml injection", 23.80),
           ("Amoxicillin/clav 250mg x 14", 18.60), ("Wound clean and dress", 38.00),
           ("Sedation", 65.00), ("Suture laceration", 95.00), ("Faecal analysis (lab)", 41.00),
           ("Gastrointestinal diet 400g x 6", 19.50), ("Buster collar", 9.80)],
    "de": [("Allgemeine Untersuchung (GOT 1)", 23.62), ("Notdienstgebühr", 50.0),
           ("Infusion (GOT 80)", 29.40), ("Injektion s.c. (GOT 42)", 8.90),
           ("Wundversorgung (GOT 221)", 35.20), ("Sedation", 42.10), ("Wundnaht (GOT 223)", 71.30),
           ("Kotuntersuchung Labor", 38.00), ("Schonkost Dose x 6", 21.00), ("Halskragen", 11.50),
           ("Stationäre Unterbringung / Tag", 30.80)],
    "fr": [("Consultation", 45.0), ("Consultation de garde", 95.0),
           ("Hospitalisation / jour", 55.0),
           ("Perfusion", 48.0), ("Injection anti-vomitif", 21.50), ("Antibiotique cp x 14", 17.80),
           ("Soin de plaie", 34.0), ("Suture sous sédation", 110.0), ("Coproscopie", 36.0),
           ("Aliment diététique x 6", 20.40), ("Collerette", 9.50)],
}  # fmt: skip


def tpl_vet_invoice(rng: random.Random, who: Issuer) -> list[Page]:
    """A veterinary invoice to the kennels for a boarder taken ill or hurt: the patient and its
    owner, the treatment lines (in Germany with the GOT numbers), the total, then the clinical
    notes and discharge instructions for the kennel staff on a page of their own. One
    document."""
    dog = dog_for(rng, ("incident_report",))
    local = SENDERS["vet"][home()]
    row = keyed(who, "vet").choice(local)
    h = make_head(row, home(), "vet")
    lg = h.lang
    s = style_of(h, A4)
    w, _ = A4
    m = s.margin
    d = last_day(rng, ("incident_report",), (0, 2))
    no = serial(rng, "999999")
    f = sheets(s, h, f"{tr(lg, 'Invoice', 'Rechnung', 'Facture')} {no} - {dog.name}")
    recipient(
        f,
        s,
        h,
        kennel_lines(),
        d,
        [
            (tr(lg, "Invoice", "Rechnung", "Facture"), no),
            (tr(lg, "Patient", "Patient", "Animal"), f"{dog.name} ({dog.owner.last})"),
        ],
    )
    caption(f, s, tr(lg, "Invoice", "Tierärztliche Rechnung", "Facture d'honoraires"), 3)
    write(
        f,
        s,
        tr(
            lg,
            f"{dog.name}, {dog.breed}, {dog.colour} - boarder at your kennels. "
            f"Owner: {dog.owner.name}.",
            f"{dog.name}, {dog.breed}, {dog.colour} - Pensionshund. Halter: {dog.owner.name}.",
            f"{dog.name}, {dog.breed}, {dog.colour} - en pension. Propriétaire : {dog.owner.name}.",
        ),
        s.size - 0.5,
    )
    lines = rng.sample(VET_LINES[lg], k=rng.randint(3, 7))
    rows = []
    net = 0.0
    for name, price in lines:
        qty = rng.choice([1, 1, 1, 2, 3])
        factor = rng.choice([1.0, 1.0, 2.0, 3.0]) if lg == "de" else 1.0
        amt = qty * price * factor
        net += amt
        rows.append(
            [
                short(d + timedelta(days=rng.randint(0, 1)), lg),
                name,
                str(qty),
                f"{factor:g}" if lg == "de" else money(price, lg),
                money(amt, lg),
            ]
        )
    cols = columns(
        m, w - m, [(1.2, "left"), (4, "left"), (0.6, "right"), (0.9, "right"), (1.2, "right")]
    )
    table(
        f,
        cols,
        [
            tr(lg, "Date", "Datum", "Date"),
            tr(lg, "Treatment", "Leistung", "Acte"),
            tr(lg, "Qty", "Anz.", "Qté"),
            tr(lg, "Price", "Faktor", "P.U."),
            tr(lg, "Amount", "Betrag", "Montant"),
        ],
        rows,
        s,
        rules=True,
    )
    totals(
        f,
        s,
        lg,
        round(net, 2),
        vat_rate(lg),
        note=tr(
            lg,
            "Payment is due at the time of treatment unless agreed otherwise.",
            "Zahlbar sofort ohne Abzug. Die Gebühren wurden nach der GOT berechnet.",
            "Règlement à réception.",
        ),
    )
    f.new_page()
    caption(
        f,
        s,
        tr(
            lg,
            "Clinical notes and discharge instructions",
            "Befund und Behandlungshinweise",
            "Compte rendu et consignes de sortie",
        ),
        2,
    )
    for k in range(rng.randint(2, 4)):
        f.heading(m, short(d + timedelta(days=k // 2), lg), s.bold, s.size)
        write(f, s, prose(rng, lg, "incident", 1, 3))
    caption(f, s, tr(lg, "At the kennels", "Für die Pension", "À la pension"), 1)
    for _ in range(rng.randint(3, 5)):
        write(f, s, "- " + words(rng, lg, "care"), indent=10)
    write(
        f,
        s,
        tr(
            lg,
            f"Re-check on {short(d + timedelta(days=rng.randint(3, 10)), lg)} or sooner if worse.",
            f"Kontrolle am {short(d + timedelta(days=rng.randint(3, 10)), lg)}, bei "
            "Verschlechterung früher.",
            f"Contrôle le {short(d + timedelta(days=rng.randint(3, 10)), lg)}.",
        ),
    )
    regards(
        f,
        s,
        lg,
        f"{rng.choice(FIRSTS[lg])} {rng.choice(LASTS[lg])}",
        tr(lg, "BVetMed MRCVS", "Tierärztin", "Docteur vétérinaire"),
    )
    pages = close(f.pages, s, h)
    received(rng, pages[0], d)
    remember(dog, d)
    return pages


INCIDENTS = {
    "en": [
        "Bite (dog to dog)",
        "Bite (dog to person)",
        "Fight",
        "Escape / attempted escape",
        "Injury",
        "Illness",
        "Other",
    ],
    "de": [
        "Biss (Hund-Hund)",
        "Biss (Hund-Mensch)",
        "Rauferei",
        "Entlaufen / Fluchtversuch",
        "Verletzung",
        "Erkrankung",
        "Sonstiges",
    ],
    "fr": [
        "Morsure (chien-chien)",
        "Morsure (chien-personne)",
        "Bagarre",
        "Fugue / tentative",
        "Blessure",
        "Maladie",
        "Autre",
    ],
}


def tpl_incident_report(rng: random.Random, who: Issuer) -> list[Page]:
    """The kennels' incident report form, filled in by hand by the assistant on duty: the kind
    of incident ticked, date, time and place, the dogs involved, what happened on ruled lines,
    the body chart, action taken, vet and owner informed, the signatures of the assistant and
    the manager; now and then a witness statement on a lined sheet and a page of photographs.
    One document."""
    h = kennel_head()
    lg = h.lang
    s = style_of(h, A4)
    w, hh = A4
    m = min(s.margin, 50)
    d = some_day(rng)
    dog = fresh_dog(rng)
    other = rng.choice([x for x in DOGS if x is not dog] or [dog])
    staff_ = assistant(rng)
    p = Page(A4)
    y = heading(p, s, h)
    p.text(
        m,
        y,
        tr(lg, "INCIDENT / ACCIDENT REPORT", "VORFALLSPROTOKOLL", "FICHE D'INCIDENT"),
        s.bold,
        13,
    )
    p.text(
        w - m,
        y,
        f"{tr(lg, 'Ref', 'Nr.', 'N°')} {month().year % 100}/{rng.randint(1, 60):03d}",
        HAND,
        10,
        "right",
    )
    y += 14
    kind = rng.choice([0, 0, 2, 3, 4, 4, 5, 1])
    y = ticks(p, s, m, y + 4, w - 2 * m, INCIDENTS[lg], {kind}, 8)
    hour = f"{rng.randint(7, 18)}:{rng.choice(['05', '15', '30', '40', '50'])}"
    y = fields(
        p,
        s,
        m,
        y,
        w - 2 * m,
        [
            (tr(lg, "Date", "Datum", "Date"), short(d, lg)),
            (tr(lg, "Time", "Uhrzeit", "Heure"), hour),
            (
                tr(lg, "Location", "Ort", "Lieu"),
                rng.choice(
                    [
                        tr(lg, "Paddock 2", "Auslauf 2", "Parc 2"),
                        tr(lg, "Kennel block B", "Zwingertrakt B", "Bâtiment B"),
                        tr(lg, "Reception / car park", "Empfang / Parkplatz", "Accueil / parking"),
                        tr(lg, "Field walk", "Gassirunde Wiese", "Promenade champ"),
                    ]
                ),
            ),
            (tr(lg, "Staff on duty", "Diensthabende/r", "Personnel présent"), staff_),
            (
                tr(lg, "Dog(s) involved", "Beteiligte Hunde", "Chien(s) concerné(s)"),
                f"{dog.name} ({dog.owner.last})"
                + (f", {other.name} ({other.owner.last})" if kind in (0, 2) else ""),
            ),
            (
                tr(lg, "Witnesses", "Zeugen", "Témoins"),
                assistant(rng) if rng.random() < 0.6 else "-",
            ),
        ],
        per=2,
        tall=24,
    )
    p.text(m, y, tr(lg, "What happened", "Hergang", "Description des faits"), s.bold, 8.5)
    y = ruled(p, m, y + 16, w - 2 * m, prose(rng, lg, "incident", 2, 4), 7)
    p.text(
        m,
        y,
        tr(
            lg,
            "Injuries (mark on chart)",
            "Verletzungen (einzeichnen)",
            "Blessures (indiquer sur le schéma)",
        ),
        s.bold,
        8.5,
    )
    dog_chart(
        p,
        m + 10,
        y + 14,
        200,
        [(rng.uniform(0.2, 0.9), rng.uniform(0.1, 0.7)) for _ in range(rng.randint(0, 2))],
    )
    ruled(p, m + 240, y + 20, w - 2 * m - 240, words(rng, lg, "incident"), 5)
    y += 140
    p.text(m, y, tr(lg, "Action taken", "Maßnahmen", "Mesures prises"), s.bold, 8.5)
    y = ticks(
        p,
        s,
        m + 80,
        y,
        w - 2 * m - 80,
        [
            tr(lg, "First aid", "Erste Hilfe", "Premiers soins"),
            tr(lg, "Vet called", "Tierarzt gerufen", "Vétérinaire appelé"),
            tr(lg, "Taken to vet", "Zum Tierarzt gebracht", "Conduit chez le vétérinaire"),
            tr(lg, "Separated", "Getrennt", "Séparés"),
            tr(lg, "Owner informed", "Halter informiert", "Propriétaire prévenu"),
        ],
        set(rng.sample(range(5), rng.randint(1, 4))),
        8,
    )
    y = fields(
        p,
        s,
        m,
        y,
        w - 2 * m,
        [
            (
                tr(
                    lg,
                    "Owner informed by / at",
                    "Halter informiert durch / um",
                    "Propriétaire prévenu par / à",
                ),
                f"{initials(STAFF['manager'])} {short(d, lg)} "
                f"{rng.randint(9, 19)}:{rng.choice(['00', '20', '45'])}",
            ),
            (
                tr(lg, "Follow-up", "Weiteres Vorgehen", "Suite donnée"),
                rng.choice(
                    [
                        tr(lg, "separate exercise", "Einzelauslauf", "sortie seul"),
                        tr(lg, "vet re-check", "Nachkontrolle", "contrôle véto"),
                        tr(lg, "gate latch repaired", "Torriegel repariert", "loquet réparé"),
                        "-",
                    ]
                ),
            ),
        ],
        per=2,
        tall=24,
    )
    y = max(y + 10, hh - 70)
    sign_line(
        p,
        s,
        m,
        y,
        (w - 2 * m) / 2 - 10,
        tr(lg, "Completed by", "Ausgefüllt von", "Rédigé par"),
        staff_,
        short(d, lg),
    )
    sign_line(
        p,
        s,
        w / 2 + 10,
        y,
        (w - 2 * m) / 2 - 10,
        tr(lg, "Manager", "Leitung", "Responsable"),
        STAFF["manager"],
        "",
    )
    pages = [p]
    if rng.random() < 0.3:
        q = Page(A4)
        witness = assistant(rng)
        q.text(
            m, 60, tr(lg, "Witness statement", "Zeugenaussage", "Témoignage"), "Helvetica-Bold", 12
        )
        hand(q, m, 84, f"{witness} - {short(d, lg)}", 10)
        yy = ruled(q, m, 110, w - 2 * m, prose(rng, lg, "incident", 4, 7), 24)
        scrawl(q, m + 10, yy + 20, witness)
        pages.append(q)
    if rng.random() < 0.25:
        q = Page(A4)
        q.text(
            m,
            50,
            tr(lg, f"Photos - {dog.name}", f"Fotos - {dog.name}", f"Photos - {dog.name}"),
            "Helvetica-Bold",
            11,
        )
        for k in range(rng.choice([2, 4])):
            photo(q, m + (k % 2) * (w / 2 - m + 5), 70 + (k // 2) * 260, w / 2 - m - 15, 240, rng)
        pages.append(q)
    remember(dog, d)
    return pages


def tpl_owner_letter(rng: random.Random, who: Issuer) -> list[Page]:
    """An owner's letter to the kennels: a thank-you card written by hand (A6 or A5), a typed
    complaint or query letter, an e-mail printed from the office mailbox, or an online review
    printed from the review site with the browser's header and footer lines."""
    dog = dog_of(who)
    o = dog.owner
    lg = o.lang
    kh = kennel_head()
    d = some_day(rng)
    form = keyed(who, "form").choice(["card", "letter", "mail", "review", "letter", "mail"])
    complaint = rng.random() < 0.55
    text = prose(rng, lg, "care", 2, 5)
    if form == "card":
        size = rng.choice([A6, A5])
        p = Page(size)
        w, hh = size
        y = 40.0
        hand(
            p,
            24,
            y,
            dear(lg, None)
            .replace("Sehr geehrte Damen und Herren,", "Liebes Team,")
            .replace("Dear Sir or Madam,", f"Dear all at {kh.name.split()[0]},")
            .replace("Madame, Monsieur,", "Chère équipe,"),
            10.5,
        )
        y += 22
        for ln in wrap(text, HAND, 10, w - 48):
            if y > hh - 60:
                break
            hand(p, 24, y, ln, 10)
            y += 15
        hand(
            p,
            24,
            min(y + 12, hh - 40),
            tr(
                lg,
                f"Love, {o.first} & {dog.name} x",
                f"Liebe Grüße, {o.first} & {dog.name}",
                f"Bises, {o.first} et {dog.name}",
            ),
            10.5,
        )
        return [p]
    if form == "review":
        size = LETTER if lg == "en" and rng.random() < 0.3 else A4
        s = Style("Helvetica", "Helvetica-Bold", 9, 36, "none", "bottom", size, "short")
        site = keyed(who, "site").choice(SENDERS["review"][lg])[0]
        w, hh = size
        p = Page(size)
        stamp_t = f"{short(d, lg)}, {rng.randint(8, 18)}:{rng.randint(10, 59)}"
        p.text(20, 16, stamp_t, "Helvetica", 7)
        p.text(
            w / 2, 16, fit(f"{kh.name} - {site}", "Helvetica", 7, w / 2), "Helvetica", 7, "center"
        )
        p.rect(36, 40, w - 72, 24, fill=0.85)
        p.text(46, 56, site, "Helvetica-Bold", 11)
        y = 92.0
        p.text(36, y, kh.name, "Helvetica-Bold", 14)
        y += 16
        p.text(
            36,
            y,
            f"{tr(lg, 'Reviews', 'Bewertungen', 'Avis')} {rng.randint(40, 420)}  -  "
            f"{rng.choice(['4.6', '4.8', '4.3', '4.9'])} / 5",
            "Helvetica",
            8,
        )
        y += 26
        pages = [p]
        for k in range(rng.randint(1, 4)):
            stars = rng.choice([1, 2]) if (k == 0 and complaint) else rng.choice([4, 5, 5])
            name = o.name if k == 0 else f"{rng.choice(FIRSTS[lg])} {rng.choice(LASTS[lg])[0]}."
            if y > hh - 150:
                p = Page(size)
                pages.append(p)
                y = 50.0
            p.rect(36, y - 10, 24, 24, fill=0.7)
            p.text(48, y + 6, name[0], "Helvetica-Bold", 10, "center")
            p.text(68, y, name, "Helvetica-Bold", 9)
            p.text(
                68,
                y + 11,
                f"{'*' * stars}{'-' * (5 - stars)}   "
                f"{short(d - timedelta(days=k * rng.randint(2, 20)), lg)}",
                "Helvetica",
                8,
            )
            y += 28
            for ln in wrap(
                text if k == 0 else prose(rng, lg, "care", 1, 3), "Helvetica", 9, w - 110
            ):
                p.text(68, y, ln, "Helvetica", 9)
                y += 11.5
            y += 18
            text = ""
        host = site.lower().split()[0].replace(".de", "")
        slug = kh.name.lower().replace(" ", "-")[:28]
        url = f"https://www.{host}.{'com' if lg == 'en' else lg}/review/{slug}"
        number_pages(pages, s, "{i}/{n}", "br", bottom=16)
        for q in pages:
            q.text(20, q.size[1] - 16, fit(url, "Helvetica", 7, w * 0.7), "Helvetica", 7)
        remember(dog, d, complaint)
        return pages
    h = Head(
        name=o.name,
        lang=lg,
        street=o.street,
        town=o.town,
        phone=o.phone,
        role="owner",
        look="plain",
        font=rng.choice(["Helvetica", "Times-Roman"]),
        bold="Helvetica-Bold",
        pt=10,
        margin=60,
        again=False,
        foot=[],
        numbers="none",
        corner="bc",
        dates="long",
        mail="",
    )
    h.bold = "Times-Bold" if h.font == "Times-Roman" else "Helvetica-Bold"
    s = style_of(h, A4 if lg != "en" or rng.random() < 0.7 else LETTER)
    w, hh = s.page_size
    m = s.margin
    f = Sheets((w, hh), hh - m, lambda q, n: float(m))
    if form == "mail":
        f.page.text(
            m,
            30,
            fit(
                f"{kh.mail or kh.name} - {tr(home(), 'Mail', 'Mail', 'Messagerie')}",
                "Helvetica",
                7,
                w - 2 * m,
            ),
            "Helvetica",
            7,
        )
        f.y = e_mail_head(
            f.page,
            s,
            m + 6,
            [
                (
                    tr(lg, "From:", "Von:", "De :"),
                    f"{o.name} <{o.first.lower()}{o.last.lower()[:3]}"
                    f"{rng.randint(1, 99)}@{MAILHOST[lg]}>",
                ),
                (
                    tr(lg, "Sent:", "Gesendet:", "Envoyé :"),
                    f"{day(h, d)} {rng.randint(7, 23)}:{rng.randint(10, 59)}",
                ),
                (tr(lg, "To:", "An:", "À :"), kh.mail or "info"),
                (
                    tr(lg, "Subject:", "Betreff:", "Objet :"),
                    tr(lg, f"{dog.name}'s stay", f"Aufenthalt {dog.name}", f"Séjour de {dog.name}"),
                ),
            ],
        )
        f.para(m, w - 2 * m, tr(lg, "Hi,", "Hallo,", "Bonjour,"), s.font, s.size)
    else:
        f.page.text(w - m, m, o.name, s.font, s.size, "right")
        f.page.text(w - m, m + 12, o.street, s.font, s.size, "right")
        f.page.text(w - m, m + 24, o.town, s.font, s.size, "right")
        f.y = m + 50
        f.y = (
            window(
                f.page,
                s,
                None,
                f.y,
                kennel_lines(
                    tr(lg, "The Manager", "z. Hd. der Leitung", "À l'attention de la direction")
                ),
            )
            + 16
        )
        f.page.text(w - m, f.y, day(h, d), s.font, s.size, "right")
        f.y += 26
        f.page.text(
            m,
            f.y,
            tr(
                lg,
                f"Re: {dog.name} ({dog.breed})",
                f"Betreff: Aufenthalt von {dog.name}",
                f"Objet : séjour de {dog.name}",
            ),
            s.bold,
            s.size,
        )
        f.y += 22
        f.para(m, w - 2 * m, dear(lg, None), s.font, s.size)
    for _ in range(rng.randint(2, 5)):
        write(f, s, prose(rng, lg, "incident" if complaint else "care", 1, 4))
    f.y += 10
    f.need(60)
    f.page.text(
        m,
        f.y,
        tr(
            lg,
            "Regards," if complaint else "Many thanks,",
            "Mit freundlichen Grüßen",
            "Cordialement,",
        ),
        s.font,
        s.size,
    )
    f.y += 28
    if form == "letter":
        scrawl(f.page, m, f.y - 6, o.name)
        f.y += 8
    f.page.text(m, f.y, o.name, s.font, s.size)
    pages = f.pages
    if form == "mail":
        number_pages(pages, s, "{i}", "bc", bottom=20)
    received(rng, pages[0], d, 0.25)
    remember(dog, d, complaint)
    return pages


def tpl_reply(rng: random.Random, who: Issuer) -> list[Page]:
    """The kennels' reply to an owner's letter, e-mail or review, signed by the owner or the
    manager; with a complaint, now and then a goodwill voucher on a slip below or on a card of
    its own, enclosed. One document."""
    h = kennel_head()
    lg = h.lang
    dog = dog_for(rng, ("owner_letter",))
    o = dog.owner
    d = last_day(rng, ("owner_letter",), (1, 9))
    complaint = LAST["extra"] if after(("owner_letter",)) else rng.random() < 0.6
    s = style_of(h, A4)
    w, hh = A4
    m = s.margin
    f = sheets(s, h)
    recipient(f, s, h, owner_lines(o), d, [])
    caption(
        f,
        s,
        tr(lg, f"{dog.name}'s stay with us", f"Aufenthalt von {dog.name}", f"Séjour de {dog.name}"),
        1,
    )
    f.para(m, w - 2 * m, dear(lg, mx(o)), s.font, s.size)
    for _ in range(rng.randint(2, 4)):
        write(f, s, prose(rng, lg, "incident" if complaint else "care", 2, 4))
    signer = rng.choice([STAFF["owner"], STAFF["manager"]])
    regards(
        f,
        s,
        lg,
        signer,
        tr(
            lg,
            "Kennel Manager" if signer == STAFF["manager"] else "Proprietor",
            "Betriebsleitung" if signer == STAFF["manager"] else "Inhaber/in",
            "Responsable" if signer == STAFF["manager"] else "Gérant(e)",
        ),
    )
    pages = f.pages
    if complaint and rng.random() < 0.6:
        value = rng.choice([20.0, 25.0, 30.0, 50.0])
        code = serial(rng, "GV-9999")
        lines = [
            tr(lg, "GIFT VOUCHER", "GUTSCHEIN", "BON CADEAU"),
            kennel_head().name,
            tr(
                lg,
                f"{cash(value, lg)} off your next stay",
                f"{cash(value, lg)} für Ihren nächsten Aufenthalt",
                f"{cash(value, lg)} sur votre prochain séjour",
            ),
            f"{code} - {tr(lg, 'valid until', 'gültig bis', 'valable jusqu au')} "
            f"{short(d + timedelta(days=365), lg)}",
        ]
        if f.y < hh - 230 and rng.random() < 0.5:
            y = hh - m - 150
            slip_rule(f.page, m, w - m, y, "")
            for k, t in enumerate(lines):
                f.page.text(
                    w / 2,
                    y + 30 + 18 * k,
                    t,
                    s.bold if k == 0 else s.font,
                    14 if k == 0 else 9,
                    "center",
                )
        else:
            q = Page(landscape(A6))
            qw, qh = q.size
            q.rect(10, 10, qw - 20, qh - 20)
            paw(q, 24, 28, 1.2)
            for k, t in enumerate(lines):
                q.text(
                    qw / 2,
                    60 + 22 * k,
                    fit(t, s.bold if k < 2 else s.font, 16 if k == 0 else 9, qw - 50),
                    s.bold if k < 2 else s.font,
                    16 if k == 0 else 9,
                    "center",
                )
            scrawl(q, qw - 140, qh - 30, signer, 11)
            pages = [*pages, q]
    pages[: len(f.pages)] = close(f.pages, s, h, numbers="none")
    remember(dog, d)
    return pages


COVER = {
    "en": [("Public liability", 5_000_000), ("Care, custody and control of animals", 25_000),
           ("Employers' liability", 10_000_000), ("Buildings (kennel block)", 380_000),
           ("Contents and equipment", 45_000), ("Business interruption (12 months)", 120_000),
           ("Veterinary fees for boarders", 2_500), ("Money", 2_000)],
    "de": [("Betriebshaftpflicht (Personen-/Sachschäden)", 5_000_000),
           ("Obhutsschäden an fremden Tieren", 25_000), ("Gebäude (Zwingeranlage)", 400_000),
           ("Inhalt / Betriebseinrichtung", 50_000), ("Betriebsunterbrechung", 100_000),
           ("Tierarztkosten Pensionstiere", 3_000), ("Elektronik", 10_000)],
    "fr": [("Responsabilité civile exploitation", 4_500_000), ("Animaux confiés", 20_000),
           ("Bâtiments (chenil)", 350_000), ("Matériel et mobilier", 40_000),
           ("Perte d'exploitation", 90_000), ("Frais vétérinaires des pensionnaires", 2_000),
           ("Protection juridique", 20_000)],
}  # fmt: skip


def limit_text(v: int, lang: str) -> str:
    """A limit of indemnity in whole units: "£5,000,000", "5.000.000 €", "5 000 000 €"."""
    s = f"{v:,}"
    if lang == "en":
        return f"£{s}"
    return f"{s.replace(',', '.' if lang == 'de' else ' ')} €"


def tpl_insurance(rng: random.Random, who: Issuer) -> list[Page]:
    """The kennels' insurance schedule from the broker or insurer at renewal: often a covering
    letter first, then the schedule (policy number, period, insured, premises, sections of
    cover with limits and excesses, premium), the endorsements and conditions page and now and
    then the instalment plan. One document."""
    h = head_of(who, "insurer")
    lg = h.lang
    kh = kennel_head()
    s = style_of(h, A4)
    w, _ = A4
    m = s.margin
    d = some_day(rng)
    start = (month() + timedelta(days=32)).replace(day=1)
    pol = serial(rng, rng.choice(["AKB/999999/AA", "99.999.999", "PR-9999999", "C 999 999 99"]))
    pages: list[Page] = []
    if rng.random() < 0.65:
        f = sheets(s, h)
        recipient(
            f,
            s,
            h,
            kennel_lines(STAFF["owner"]),
            d,
            [(tr(lg, "Policy", "Vertrag", "Contrat"), pol)],
        )
        caption(
            f,
            s,
            tr(
                lg,
                "Your renewal documents",
                "Ihr Versicherungsschein",
                "Vos documents de renouvellement",
            ),
            1,
        )
        f.para(m, w - 2 * m, dear(lg, None), s.font, s.size)
        for _ in range(rng.randint(2, 3)):
            write(f, s, prose(rng, lg, "terms", 2, 3))
        regards(
            f,
            s,
            lg,
            f"{rng.choice(FIRSTS[lg])} {rng.choice(LASTS[lg])}",
            tr(lg, "Account Executive", "Kundenbetreuung", "Chargé de clientèle"),
        )
        pages += close(f.pages, s, h, numbers="none")
    title = tr(lg, "SCHEDULE", "VERSICHERUNGSSCHEIN", "CONDITIONS PARTICULIÈRES")
    f = sheets(s, h, f"{title} - {pol}")
    caption(f, s, title, 5)
    f.y = (
        pairs(
            f.page,
            s,
            m,
            f.y,
            [
                (tr(lg, "Policy number", "Versicherungsschein-Nr.", "N° de contrat"), pol),
                (
                    tr(lg, "The insured", "Versicherungsnehmer", "Souscripteur"),
                    f"{STAFF['owner']} t/a {kh.name}" if lg == "en" else kh.name,
                ),
                (
                    tr(lg, "Business", "Betriebsart", "Activité"),
                    tr(
                        lg,
                        "Boarding kennels, dog day care and grooming",
                        "Tierpension, Hundetagesstätte, Hundesalon",
                        "Pension canine, garderie, toilettage",
                    ),
                ),
                (tr(lg, "Premises", "Risikoort", "Lieu du risque"), f"{kh.street}, {kh.town}"),
                (
                    tr(lg, "Period of insurance", "Vertragslaufzeit", "Période"),
                    f"{short(start, lg)} - "
                    f"{short(start.replace(year=start.year + 1) - timedelta(days=1), lg)}",
                ),
                (
                    tr(lg, "Maximum animals", "Max. Tierzahl", "Capacité"),
                    str(rng.choice([30, 40, 45])),
                ),
            ],
            w - m,
        )
        + 10
    )
    rows = []
    prem = 0.0
    for name, lim in COVER[lg]:
        if rng.random() < 0.85:
            p_ = round(lim**0.5 * rng.uniform(0.6, 1.4), 2)
            prem += p_
            rows.append(
                [
                    name,
                    limit_text(lim, lg),
                    cash(rng.choice([100.0, 250.0, 500.0]), lg),
                    money(p_, lg),
                ]
            )
    cols = columns(m, w - m, [(4, "left"), (1.6, "right"), (1.2, "right"), (1.2, "right")])
    table(
        f,
        cols,
        [
            tr(lg, "Section", "Sparte", "Garantie"),
            tr(lg, "Limit", "Versicherungssumme", "Plafond"),
            tr(lg, "Excess", "SB", "Franchise"),
            tr(lg, "Premium", "Beitrag", "Prime"),
        ],
        rows,
        s,
        rules=True,
        shade=0.88,
    )
    tax = {"en": 12.0, "de": 19.0, "fr": 9.0}[lg]
    totals(
        f,
        s,
        lg,
        round(prem, 2),
        tax,
        label=tr(lg, "Insurance Premium Tax 12%", "Versicherungsteuer 19 %", "Taxes 9 %"),
    )
    f.new_page()
    caption(
        f,
        s,
        tr(
            lg,
            "Endorsements and conditions",
            "Besondere Vereinbarungen und Klauseln",
            "Clauses particulières",
        ),
        2,
    )
    for k in range(rng.randint(4, 8)):
        f.heading(
            m,
            f"{serial(rng, 'A99') if lg == 'en' else k + 1}  {words(rng, lg, 'terms', 4)[:-1]}",
            s.bold,
            s.size,
        )
        write(f, s, prose(rng, lg, "terms", 1, 3), s.size - 0.5)
    pages += close(f.pages, s, h)
    if rng.random() < 0.3:
        ls = style_of(h, LAND, margin=44)
        ff = sheets(ls, h, "")
        caption(ff, ls, tr(lg, "Instalment plan", "Beitragszahlung - Ratenplan", "Échéancier"), 2)
        total = prem * (1 + tax / 100)
        table(
            ff,
            columns(44, LAND[0] - 44, [(1, "left"), (2, "left"), (2, "right"), (3, "left")]),
            [
                tr(lg, "No.", "Rate", "N°"),
                tr(lg, "Due date", "Fällig", "Échéance"),
                tr(lg, "Amount", "Betrag", "Montant"),
                tr(lg, "Method", "Zahlweg", "Mode"),
            ],
            [
                [
                    str(k + 1),
                    short((start + timedelta(days=31 * k)).replace(day=1), lg),
                    money(total / 10, lg),
                    tr(lg, "Direct debit", "Lastschrift", "Prélèvement"),
                ]
                for k in range(10)
            ],
            ls,
            rules=True,
        )
        pages += close(ff.pages, ls, h, numbers="none")
    received(rng, pages[0], d)
    remember(None, d)
    return pages


def tpl_waste_note(rng: random.Random, who: Issuer) -> list[Page]:
    """A waste transfer note of a collection from the kennels: in England the duty of care
    controlled waste transfer note (sections A-E, EWC code, carrier registration), in Germany
    the Übernahmeschein / Wiegeschein, in France the bon d'enlèvement or the DASRI bordereau;
    on A4 or A5, with signatures of the driver and the kennels."""
    h = head_of(who, "waste")
    lg = h.lang
    size = keyed(who, "ws").choice([A4, A5, A5])
    s = style_of(h, size, margin=30 if size == A5 else 44, pt=8)
    w, hh = size
    m = s.margin
    ex = LAST["extra"]
    if after(("waste_note",)) and isinstance(ex, date):
        d = ex + timedelta(days=7)
    else:
        d = month() + timedelta(days=rng.randint(0, 6))
    clinical = keyed(who, "cl").random() < 0.4
    p = Page(size)
    y = heading(p, s, h)
    title = (
        tr(
            lg,
            "Controlled Waste Transfer Note",
            "Übernahmeschein / Wiegeschein",
            "Bon d'enlèvement de déchets",
        )
        if not clinical
        else tr(
            lg,
            "Hazardous / Clinical Waste Consignment Note",
            "Begleitschein Klinische Abfälle",
            "Bordereau de suivi DASRI (Cerfa 11351)",
        )
    )
    p.text(m, y, fit(title, s.bold, 11, w - 2 * m), s.bold, 11)
    p.text(
        w - m,
        y + 12,
        f"{tr(lg, 'No.', 'Nr.', 'N°')} {serial(rng, '9999999')}",
        s.font,
        7.5,
        "right",
    )
    y += 22
    secs = [
        (
            tr(lg, "A  Description of waste", "1  Abfallbeschreibung", "1  Déchets"),
            [
                (
                    tr(lg, "Description", "Bezeichnung", "Nature"),
                    rng.choice(
                        [
                            tr(
                                lg,
                                "Animal faeces and soiled bedding",
                                "Tierkot und Einstreu",
                                "Déjections et litières souillées",
                            )
                        ]
                    )
                    if not clinical
                    else tr(
                        lg,
                        "Sharps and medicine waste",
                        "Spitze Gegenstände, Arzneimittelreste",
                        "Piquants / coupants",
                    ),
                ),
                (
                    tr(lg, "EWC code", "AVV-Schlüssel", "Code déchet"),
                    "02 01 06" if not clinical else "18 02 02*",
                ),
                (
                    tr(lg, "Containers", "Behälter", "Contenants"),
                    f"{rng.randint(1, 4)} x {rng.choice(['1100L', '660L', '240L', '60L', '30L'])}",
                ),
                (tr(lg, "Quantity (kg)", "Menge (kg)", "Poids (kg)"), str(rng.randint(40, 680))),
            ],
        ),
        (
            tr(lg, "B  Current holder", "2  Abfallerzeuger", "2  Producteur"),
            [
                (tr(lg, "Name", "Name", "Nom"), kennel_head().name),
                (tr(lg, "SIC / premises", "Anfallstelle", "Adresse"), kennel_head().street),
            ],
        ),
        (
            tr(lg, "C  Carrier", "3  Beförderer", "3  Collecteur"),
            [
                (tr(lg, "Name", "Name", "Nom"), h.name),
                (
                    tr(lg, "Registration", "Beförderernr.", "N° récépissé"),
                    serial(rng, "CBDU999999" if lg == "en" else "A99999999"),
                ),
            ],
        ),
        (
            tr(lg, "D  Transfer", "4  Übergabe", "4  Enlèvement"),
            [
                (tr(lg, "Date", "Datum", "Date"), short(d, lg)),
                (
                    tr(lg, "Vehicle", "Fahrzeug", "Véhicule"),
                    serial(rng, "AA99 AAA" if lg == "en" else "AA-AA 999"),
                ),
            ],
        ),
    ]
    ps = paper(s, size, margin=m)
    for t, items in secs:
        y = band(p, ps, y, t, 0.85)
        y = fields(p, s, m, y + 2, w - 2 * m, items, per=2, tall=22, hand=rng.random() < 0.6) - 6
        if y > hh - 90:
            break
    y = max(y + 20, hh - 60)
    driver = f"{rng.choice(FIRSTS[lg])} {rng.choice(LASTS[lg])}"
    sign_line(
        p,
        s,
        m,
        y,
        (w - 2 * m) / 2 - 8,
        tr(lg, "Carrier / driver", "Fahrer", "Chauffeur"),
        driver,
        "",
    )
    sign_line(
        p,
        s,
        w / 2 + 8,
        y,
        (w - 2 * m) / 2 - 8,
        tr(lg, "Transferor", "Übergeber", "Producteur"),
        assistant(rng),
        short(d, home()),
    )
    remember(None, d, d)
    return [p]


COURSES = {
    "en": ["Canine First Aid (Level 2)", "Level 3 Diploma in Dog Grooming",
           "Level 2 Award in Kennel "
           "Management", "Canine Behaviour and Body Language", "Fire Safety Awareness",
           "Level 3 Certificate in Animal Boarding"],
    "de": ["Erste Hilfe am Hund", "Sachkundenachweis nach § 11 TierSchG - Vorbereitungskurs",
           "Hundeverhalten und Körpersprache", "Brandschutzhelfer", "Hygiene in der Tierpension"],
    "fr": ["ACACED - Attestation de connaissances (chiens)", "Premiers secours canins",
           "Comportement et communication du chien", "Hygiène et désinfection en pension",
           "Toilettage - perfectionnement ciseaux"],
}  # fmt: skip


def tpl_training_certificate(rng: random.Random, who: Issuer) -> list[Page]:
    """A staff member's training certificate from a training provider, on landscape A4 with a
    border, the course, the date, the hours and the signature; now and then the units achieved
    or the course content on a second page."""
    h = head_of(who, "trainer", abroad=0.1)
    lg = h.lang
    course = keyed(who, "course").choice(COURSES[lg])
    person = STAFF[
        rng.choice(["manager", "assistant1", "assistant2", "assistant3", "groomer", "owner"])
    ]
    s = style_of(h, LAND)
    w, hh = LAND
    d = some_day(rng) - timedelta(days=rng.randint(0, 40))
    p = Page(LAND)
    p.rect(20, 20, w - 40, hh - 40)
    p.rect(26, 26, w - 52, hh - 52)
    p.text(w / 2, 70, h.name, s.bold, 14, "center")
    p.text(
        w / 2,
        130,
        tr(lg, "CERTIFICATE", "ZERTIFIKAT", "ATTESTATION DE FORMATION"),
        s.bold,
        28,
        "center",
    )
    p.text(
        w / 2,
        170,
        tr(lg, "This is to certify that", "Hiermit wird bestätigt, dass", "Nous certifions que"),
        italic_of(s.font),
        12,
        "center",
    )
    p.text(w / 2, 210, person, INK, 26, "center")
    p.line(w / 2 - 170, 218, w / 2 + 170, 218)
    p.text(
        w / 2,
        246,
        tr(
            lg,
            "has successfully completed",
            "erfolgreich teilgenommen hat an",
            "a suivi avec succès la formation",
        ),
        italic_of(s.font),
        12,
        "center",
    )
    pt = shrink(course, s.bold, 17, w - 140)
    p.text(w / 2, 278, course, s.bold, pt, "center")
    hours = rng.choice([4, 6, 8, 16, 21, 40])
    p.text(
        w / 2,
        304,
        tr(
            lg,
            f"{hours} guided learning hours - {day(h, d)}",
            f"Umfang {hours} Unterrichtseinheiten - {day(h, d)}",
            f"Durée {hours} heures - {day(h, d)}",
        ),
        s.font,
        10,
        "center",
    )
    tutor = f"{rng.choice(FIRSTS[lg])} {rng.choice(LASTS[lg])}"
    scrawl(p, 110, hh - 100, tutor)
    p.line(100, hh - 94, 300, hh - 94)
    p.text(
        100,
        hh - 82,
        tr(lg, f"{tutor}, Tutor", f"{tutor}, Referent/in", f"{tutor}, formateur"),
        s.font,
        8,
    )
    seal(p, w - 170, hh - 120, 38, h.name.split()[0], tr(lg, "CERTIFIED", "GEPRÜFT", "CERTIFIÉ"))
    p.text(
        w - 60,
        hh - 46,
        f"{tr(lg, 'Cert. no.', 'Nr.', 'N°')} {serial(rng, '99999-9999')}",
        s.font,
        7,
        "right",
    )
    pages = [p]
    if rng.random() < 0.35:
        ps = style_of(h, A4)
        f = sheets(ps, h, "")
        caption(f, ps, tr(lg, "Units achieved", "Kursinhalte", "Programme de la formation"), 2)
        write(f, ps, f"{person} - {course}")
        table(
            f,
            columns(ps.margin, A4[0] - ps.margin, [(1, "left"), (5, "left"), (1.3, "center")]),
            [
                tr(lg, "Unit", "Modul", "Module"),
                tr(lg, "Title", "Inhalt", "Intitulé"),
                tr(lg, "Result", "Ergebnis", "Résultat"),
            ],
            [
                [
                    f"{k + 1:02d}",
                    words(rng, lg, "care", 5)[:-1],
                    rng.choice(
                        [tr(lg, "Pass", "bestanden", "acquis"), tr(lg, "Merit", "gut", "acquis")]
                    ),
                ]
                for k in range(rng.randint(4, 9))
            ],
            ps,
            rules=True,
        )
        pages += close(f.pages, ps, h, numbers="none")
    remember(None, d)
    return pages


def tpl_utility_bill(rng: random.Random, who: Issuer) -> list[Page]:
    """An electricity or water bill for the kennel block: the summary page with the amount due
    and the payment date, then the meter readings and the charges on a page of their own,
    pages numbered like the supplier numbers them. One document."""
    h = head_of(who, "utility")
    lg = h.lang
    kh = kennel_head()
    water = any(t in h.name for t in ("Water", "Wasser", "Eau", "Saur"))
    s = style_of(h, A4)
    w, _ = A4
    m = s.margin
    d = some_day(rng)
    acct = serial(keyed(who, "acct"), "9999 9999 99")
    f = sheets(s, h, f"{tr(lg, 'Account', 'Vertragskonto', 'Compte')} {acct}")
    recipient(
        f,
        s,
        h,
        kennel_lines(),
        d,
        [
            (tr(lg, "Account no.", "Vertragskonto", "N° de compte"), acct),
            (tr(lg, "Bill no.", "Rechnungs-Nr.", "Facture n°"), serial(rng, "99999999")),
        ],
    )
    title = (
        tr(lg, "Your water bill", "Wasserrechnung", "Votre facture d'eau")
        if water
        else tr(lg, "Your electricity bill", "Stromrechnung", "Votre facture d'électricité")
    )
    caption(f, s, title, 4)
    start = (month() - timedelta(days=rng.choice([30, 90, 180]))).replace(day=1)
    end = month() - timedelta(days=1)
    use = rng.randint(800, 4200) if not water else rng.randint(60, 420)
    unit = "kWh" if not water else "m3"
    price = (0.29 if lg != "de" else 0.34) if not water else (3.1 if lg != "en" else 2.6)
    stand = rng.uniform(40, 160)
    net = use * price + stand
    rate = (
        20.0
        if lg == "en" and not water
        else 0.0
        if lg == "en"
        else (19.0 if not water else 7.0)
        if lg == "de"
        else (20.0 if not water else 5.5)
    )
    f.y = (
        pairs(
            f.page,
            s,
            m,
            f.y,
            [
                (
                    tr(lg, "Supply address", "Lieferstelle", "Point de livraison"),
                    f"{tr(lg, 'Kennel block', 'Zwingergebäude', 'Chenil')}, {kh.street}",
                ),
                (
                    tr(lg, "Billing period", "Abrechnungszeitraum", "Période"),
                    f"{short(start, lg)} - {short(end, lg)}",
                ),
                (
                    tr(lg, "Consumption", "Verbrauch", "Consommation"),
                    f"{use:,} {unit}".replace(
                        ",", "." if lg == "de" else " " if lg == "fr" else ","
                    ),
                ),
                (tr(lg, "Charges before tax", "Nettobetrag", "Montant HT"), cash(net, lg)),
                (tr(lg, "Tax", "Steuer", "TVA"), cash(net * rate / 100, lg)),
            ],
            w * 0.75,
        )
        + 8
    )
    f.page.rect(m, f.y, w - 2 * m, 40, fill=0.88)
    f.page.text(
        m + 10, f.y + 24, tr(lg, "Amount due", "Zu zahlender Betrag", "Montant à payer"), s.bold, 12
    )
    f.page.text(w - m - 10, f.y + 24, cash(net * (1 + rate / 100), lg), s.bold, 14, "right")
    f.y += 60
    write(
        f,
        s,
        tr(
            lg,
            f"We will collect this by Direct Debit on or after {day(h, d + timedelta(days=14))}.",
            f"Der Betrag wird am {day(h, d + timedelta(days=14))} von Ihrem Konto abgebucht.",
            f"Ce montant sera prélevé le {day(h, d + timedelta(days=14))}.",
        ),
    )
    write(f, s, prose(rng, lg, "money", 1, 2), s.size - 1)
    f.new_page()
    caption(
        f,
        s,
        tr(lg, "Meter readings and charges", "Zählerstände und Preise", "Relevés et détail"),
        2,
    )
    r0 = rng.randint(10000, 90000)
    table(
        f,
        columns(
            m,
            w - m,
            [
                (2, "left"),
                (1.4, "left"),
                (1.2, "left"),
                (1.4, "left"),
                (1.2, "left"),
                (1, "left"),
            ],
        ),
        [
            tr(lg, "Meter", "Zähler", "Compteur"),
            tr(lg, "Previous", "Alt (Datum)", "Ancien"),
            tr(lg, "Reading", "Stand", "Index"),
            tr(lg, "Present", "Neu (Datum)", "Nouvel"),
            tr(lg, "Reading", "Stand", "Index"),
            tr(lg, "Type", "Art", "Type"),
        ],
        [
            [
                serial(rng, "A99A99999"),
                short(start, lg),
                str(r0),
                short(end, lg),
                str(r0 + use),
                rng.choice(
                    [
                        tr(lg, "Actual", "abgelesen", "réel"),
                        tr(lg, "Estimated", "geschätzt", "estimé"),
                    ]
                ),
            ]
        ],
        s,
        rules=True,
    )
    f.y += 10
    table(
        f,
        columns(m, w - m, [(4, "left"), (1.5, "right"), (1.5, "right"), (1.5, "right")]),
        [
            tr(lg, "Charge", "Position", "Prestation"),
            tr(lg, "Quantity", "Menge", "Quantité"),
            tr(lg, "Rate", "Preis", "Prix"),
            tr(lg, "Amount", "Betrag", "Montant"),
        ],
        [
            [
                tr(lg, "Unit charge", "Arbeitspreis", "Consommation"),
                f"{use} {unit}",
                money(price, lg),
                money(use * price, lg),
            ],
            [
                tr(lg, "Standing charge", "Grundpreis", "Abonnement"),
                f"{(end - start).days} d",
                "",
                money(stand, lg),
            ],
        ],
        s,
        rules=True,
    )
    pages = close(f.pages, s, h, numbers=h.numbers if h.numbers != "none" else "{i}/{n}")
    remember(None, d)
    return pages


def tpl_care_log(rng: random.Random, who: Issuer) -> list[Page]:
    """The kennel card of one dog's stay: a landscape A4 grid (a second sheet for a long stay)
    with the dog's details, feeding and medication, and per day the meals eaten, stools,
    walks, medication given and the assistant's initials, filled in by hand."""
    h = kennel_head()
    lg = h.lang
    dog = fresh_dog(rng)
    s = style_of(h, LAND, margin=30, pt=8)
    w, _ = LAND
    m = 30.0
    d_in = some_day(rng) - timedelta(days=rng.randint(0, 20))
    nights = rng.choice([3, 4, 7, 7, 10, 14, 18])
    pages: list[Page] = []
    per = 10
    staff_ = [STAFF["assistant1"], STAFF["assistant2"], STAFF["assistant3"]]
    heads = [
        tr(lg, "Date", "Datum", "Date"),
        tr(lg, "Breakfast", "Frühstück", "Matin"),
        tr(lg, "Dinner", "Abend", "Soir"),
        tr(lg, "Water", "Wasser", "Eau"),
        tr(lg, "Stool", "Kot", "Selles"),
        tr(lg, "Walk / play", "Auslauf", "Sortie"),
        tr(lg, "Meds", "Medik.", "Trait."),
        tr(lg, "Notes", "Bemerkungen", "Remarques"),
        tr(lg, "Init.", "Kürzel", "Init."),
    ]
    cols = columns(
        m,
        w - m,
        [
            (1, "left"),
            (1, "center"),
            (1, "center"),
            (0.8, "center"),
            (0.9, "center"),
            (1.3, "center"),
            (0.8, "center"),
            (3.4, "left"),
            (0.7, "center"),
        ],
    )
    for k0 in range(0, nights + 1, per):
        p = Page(LAND)
        p.text(m, 36, tr(lg, "KENNEL CARD", "ZWINGERKARTE", "FICHE DE SÉJOUR"), s.bold, 13)
        p.text(w / 2, 36, h.name, s.font, 9, "center")
        p.text(
            w - m,
            36,
            f"{tr(lg, 'Kennel', 'Zwinger', 'Box')} {rng.choice('ABC')}{rng.randint(1, 24)}",
            HAND,
            13,
            "right",
        )
        y = fields(
            p,
            s,
            m,
            48,
            w - 2 * m,
            [
                (tr(lg, "Dog", "Hund", "Chien"), f"{dog.name} - {dog.breed}"),
                (
                    tr(lg, "Owner / phone", "Halter / Tel.", "Propriétaire / tél."),
                    f"{dog.owner.last} {dog.owner.phone}",
                ),
                (
                    tr(lg, "In / out", "Ankunft / Abholung", "Arrivée / départ"),
                    f"{short(d_in, lg)} - {short(d_in + timedelta(days=nights), lg)}",
                ),
                (
                    tr(lg, "Food", "Futter", "Repas"),
                    rng.choice(
                        [
                            tr(lg, "own - 2 scoops", "eigenes 2x200g", "ses croquettes"),
                            tr(lg, "kennel diet", "Pensionsfutter", "croquettes pension"),
                        ]
                    ),
                ),
                (
                    tr(lg, "Medication", "Medikamente", "Traitement"),
                    rng.choice(["-", "Apoquel am", "Metacam pm", "-"]),
                ),
                (tr(lg, "Vet", "Tierarzt", "Vétérinaire"), vet_row(dog)[0]),
            ],
            per=3,
            tall=24,
        )
        for c, t in zip(cols, heads, strict=True):
            p.text(c[0], y, t, s.bold, 7.5)
        p.line(m, y + 4, w - m, y + 4)
        y += 18
        for k in range(k0, min(k0 + per, nights + 1)):
            dd = d_in + timedelta(days=k)
            vals = [
                short(dd, lg)[:5],
                rng.choice(["v", "v", "1/2", "v", "x"]),
                rng.choice(["v", "v", "v", "1/2"]),
                "v",
                rng.choice(["ok", "ok", "soft", "ok"]),
                rng.choice(["2x", "3x", "2x", "park"]),
                rng.choice(["-", "v", "-"]),
                rng.choice(["", "", "", words(rng, lg, "care", 4)[:-1]]),
                initials(rng.choice(staff_)),
            ]
            for c, t in zip(cols, vals, strict=True):
                if c[2] == "center":
                    p.text((c[0] + c[1]) / 2, y, t, HAND, 8.5, "center")
                else:
                    p.text(c[0], y, fit(t, HAND, 8.5, c[1] - c[0] - 2), HAND, 8.5)
            p.line(m, y + 5, w - m, y + 5)
            y += 21
        for c in cols[1:]:
            p.line(c[0] - 2, y - 21 * (min(k0 + per, nights + 1) - k0) - 14, c[0] - 2, y - 16)
        pages.append(p)
    if len(pages) > 1 and rng.random() < 0.6:
        number_pages(pages, s, "{i}/{n}", "tr", top=20)
    remember(dog, d_in)
    return pages


def tpl_stay_invoice(rng: random.Random, who: Issuer) -> list[Page]:
    """The kennels' own invoice or receipt to an owner for a stay: a till receipt on a narrow
    slip, an A5 receipt or an A4 invoice with the nights, daycare days, grooming and extras,
    the deposit and the payment."""
    h = kennel_head()
    lg = h.lang
    dog = fresh_dog(rng)
    form = keyed(who, "inv").choice(["slip", "a5", "a4"])
    size = {"slip": SLIP, "a5": A5, "a4": A4}[form]
    s = style_of(
        h,
        size,
        margin=14 if form == "slip" else 36 if form == "a5" else 0,
        pt=7.5 if form != "a4" else 0,
    )
    w, _ = size
    m = s.margin
    d = some_day(rng)
    nights = rng.choice([2, 3, 4, 5, 7, 10, 14])
    rate = {"en": 24.0, "de": 26.0, "fr": 18.0}[lg] + rng.choice([0, 2, 4])
    lines = [
        (
            tr(
                lg,
                f"Boarding {dog.name} x {nights} nights",
                f"Pension {dog.name} {nights} Nächte",
                f"Pension {dog.name} {nights} nuits",
            ),
            nights * rate,
        )
    ]
    if dog.mates and rng.random() < 0.5:
        lines.append(
            (
                tr(
                    lg,
                    f"Shared kennel - {dog.mates[0]}",
                    f"Zweithund {dog.mates[0]}",
                    f"2e chien {dog.mates[0]}",
                ),
                nights * rate * 0.7,
            )
        )
    for t, v in [
        (tr(lg, "Bath & brush", "Baden & Föhnen", "Bain"), 22.0),
        (
            tr(lg, "Medication admin.", "Medikamentengabe", "Administration traitement"),
            1.5 * nights,
        ),
        (tr(lg, "Daycare day", "Tagesbetreuung", "Journée garderie"), 22.0),
        (tr(lg, "Nail clip", "Krallen schneiden", "Coupe griffes"), 8.0),
    ]:
        if rng.random() < 0.25:
            lines.append((t, v))
    total = sum(v for _, v in lines)
    dep = rng.choice([0.0, 25.0, 50.0])
    no = f"{rng.randint(1000, 9999)}"
    p = Page(size)
    if form == "slip":
        y = 26.0
        for t in (h.name, h.street, h.town, h.phone):
            if t:
                p.text(
                    w / 2,
                    y,
                    fit(t, "Courier-Bold" if t == h.name else "Courier", 7.5, w - 2 * m),
                    "Courier-Bold" if t == h.name else "Courier",
                    7.5,
                    "center",
                )
                y += 9
        y += 6
        p.text(
            m,
            y,
            f"{short(d, lg)} {rng.randint(8, 18)}:{rng.randint(10, 59)}   #{no}",
            "Courier",
            7.5,
        )
        y += 14
        for t, v in lines:
            p.text(m, y, fit(t, "Courier", 7, w - 2 * m - 50), "Courier", 7)
            p.text(w - m, y, money(v, lg), "Courier", 7, "right")
            y += 10
        p.text(m, y, "-" * 40, "Courier", 7)
        y += 10
        for t, v in [
            (tr(lg, "TOTAL", "SUMME", "TOTAL"), total),
            (tr(lg, "Deposit", "Anzahlung", "Acompte"), -dep),
            (tr(lg, "CARD", "EC-KARTE", "CB"), total - dep),
        ]:
            p.text(m, y, t, "Courier-Bold", 7.5)
            p.text(w - m, y, money(v, lg), "Courier-Bold", 7.5, "right")
            y += 10
        y += 10
        p.text(
            w / 2,
            y,
            tr(lg, "Thank you - see you soon!", "Danke und bis bald!", "Merci et à bientôt !"),
            "Courier",
            7,
            "center",
        )
        remember(dog, d)
        return [p]
    f = sheets(s, h)
    recipient(f, s, h, owner_lines(dog.owner), d, [(tr(lg, "Invoice", "Rechnung", "Facture"), no)])
    caption(
        f,
        s,
        tr(
            lg,
            "INVOICE" if form == "a4" else "RECEIPT",
            "RECHNUNG" if form == "a4" else "QUITTUNG",
            "FACTURE" if form == "a4" else "REÇU",
        ),
        3,
    )
    table(
        f,
        columns(m, w - m, [(4, "left"), (1.3, "right")]),
        [tr(lg, "Description", "Leistung", "Désignation"), tr(lg, "Amount", "Betrag", "Montant")],
        [[t, money(v, lg)] for t, v in lines],
        s,
        rules=True,
    )
    f.y += 4
    sums = [(tr(lg, "Total", "Gesamt", "Total TTC"), total)]
    if dep:
        sums.append((tr(lg, "Less deposit", "abzgl. Anzahlung", "Acompte versé"), -dep))
    sums.append((tr(lg, "Balance paid", "Bezahlt", "Réglé"), total - dep))
    for t, v in sums:
        f.page.text(w * 0.5, f.y, t, s.bold, s.size)
        f.page.text(w - m, f.y, cash(v, lg), s.bold, s.size, "right")
        f.y += s.size * 1.5
    write(
        f,
        s,
        tr(
            lg,
            "VAT included where applicable." if lg == "en" else "",
            "Im Rechnungsbetrag sind 19 % USt. enthalten.",
            "TVA incluse.",
        ),
        s.size - 1,
    )
    if rng.random() < 0.5:
        stamp(f.page, w - m - 120, f.y + 4, [tr(lg, "PAID", "BEZAHLT", "PAYÉ"), short(d, lg)])
    pages = close(f.pages, s, h, numbers="none")
    remember(dog, d)
    return pages


def tpl_stray_receipt(rng: random.Random, who: Issuer) -> list[Page]:
    """A stray dog handed in to the kennels by the dog warden, the Ordnungsamt or the police
    municipale: the authority's pre-printed form filled in by hand, with where and when the
    dog was found, its description and chip scan, the kennels' receipt and signatures; a
    second copy sheet for the kennels' own record now and then."""
    ah = head_of(who, "warden")
    lg = ah.lang
    size = keyed(who, "sz").choice([A4, A5])
    s = style_of(ah, size, margin=34 if size == A5 else 50, pt=8)
    w, hh = size
    m = s.margin
    d = some_day(rng)
    p = Page(size)
    y = heading(p, s, ah)
    title = tr(
        lg,
        "Stray Dog - Kennelling Receipt (EPA 1990 s.149)",
        "Übergabeprotokoll Fundhund",
        "Fiche de prise en charge - animal errant (fourrière)",
    )
    p.text(m, y, fit(title, s.bold, 11, w - 2 * m), s.bold, 11)
    p.text(
        w - m,
        y + 12,
        f"{tr(lg, 'Ref', 'Az.', 'Réf.')} {serial(rng, 'SD/99/999')}",
        HAND,
        9,
        "right",
    )
    y += 24
    ps = paper(s, size, margin=m)
    y = band(p, ps, y, tr(lg, "Where found", "Fundort / Fundzeit", "Lieu de découverte"))
    y = (
        fields(
            p,
            s,
            m,
            y,
            w - 2 * m,
            [
                (
                    tr(lg, "Location", "Ort", "Lieu"),
                    f"{rng.choice(ROADS[lg])}, {rng.choice(TOWNS[lg][int(OFFICE['row'])])}",
                ),  # type: ignore[call-overload]
                (
                    tr(lg, "Date / time", "Datum / Uhrzeit", "Date / heure"),
                    f"{short(d, lg)} {rng.randint(6, 22)}:{rng.choice(['00', '15', '40'])}",
                ),
                (
                    tr(lg, "Finder", "Finder/in", "Trouvé par"),
                    rng.choice(
                        [
                            f"{rng.choice(FIRSTS[lg])} {rng.choice(LASTS[lg])}",
                            tr(lg, "Warden", "Außendienst", "Agent"),
                        ]
                    ),
                ),
            ],
            per=2,
            tall=22,
        )
        - 6
    )
    y = band(p, ps, y, tr(lg, "Description", "Beschreibung", "Signalement"))
    y = (
        fields(
            p,
            s,
            m,
            y,
            w - 2 * m,
            [
                (tr(lg, "Breed / type", "Rasse", "Race / type"), rng.choice(BREEDS[lg])),
                (tr(lg, "Colour", "Farbe", "Robe"), rng.choice(COLOURS[lg])),
                (tr(lg, "Sex", "Geschlecht", "Sexe"), rng.choice(["M", "F", "?"])),
                (
                    tr(lg, "Collar / tag", "Halsband / Marke", "Collier"),
                    rng.choice(["-", tr(lg, "red collar", "rotes Halsband", "collier rouge")]),
                ),
                (
                    tr(lg, "Microchip scanned", "Chip gelesen", "Puce lue"),
                    rng.choice(
                        [
                            tr(lg, "none found", "kein Chip", "aucune"),
                            serial(rng, "276099999999999"),
                        ]
                    ),
                ),
                (
                    tr(lg, "Condition", "Zustand", "État"),
                    rng.choice([tr(lg, "thin, wet", "mager, nass", "maigre"), "ok"]),
                ),
            ],
            per=2,
            tall=22,
        )
        - 6
    )
    y = ticks(
        p,
        s,
        m,
        y + 6,
        w - 2 * m,
        [
            tr(lg, "Owner traced", "Halter ermittelt", "Propriétaire identifié"),
            tr(lg, "Vet check needed", "Tierarzt nötig", "Visite vétérinaire"),
            tr(lg, "Kennel cough vacc. given", "Impfung erfolgt", "Vacciné à l'entrée"),
        ],
        set(rng.sample(range(3), rng.randint(0, 2))),
        7.5,
    )
    p.text(m, y + 4, tr(lg, "Notes", "Bemerkungen", "Observations"), s.bold, 8)
    y = ruled(
        p,
        m,
        y + 20,
        w - 2 * m,
        rng.choice(["", words(rng, lg, "care", 8), words(rng, lg, "incident", 6)]),
        2 if size == A5 else 4,
    )
    for ln in wrap(
        tr(
            lg,
            "The dog is held for seven clear days from the date of seizure. Kennelling is charged "
            "to the Council at the agreed daily rate until the dog is reclaimed or rehomed.",
            "Der Hund wird als Fundtier bis zur Abholung durch die Halterin / den Halter oder "
            "längstens sechs Monate verwahrt; die Kosten trägt die Gemeinde nach Vereinbarung.",
            "L'animal est gardé en fourrière pendant un délai franc de huit jours ouvrés "
            "(art. L.211-25 du code rural). Les frais de garde sont facturés à la commune.",
        ),
        s.font,
        6.5,
        w - 2 * m,
    ):
        p.text(m, y, ln, s.font, 6.5)
        y += 8
    y = y + 36 if size == A4 else max(y + 20, hh - 60)
    sign_line(
        p,
        s,
        m,
        y,
        (w - 2 * m) / 2 - 8,
        tr(lg, "Officer", "Bedienstete/r", "Agent"),
        f"{rng.choice(FIRSTS[lg])} {rng.choice(LASTS[lg])}",
        "",
    )
    sign_line(
        p,
        s,
        w / 2 + 8,
        y,
        (w - 2 * m) / 2 - 8,
        tr(lg, "Received by kennels", "Übernommen (Pension)", "Reçu par la pension"),
        assistant(rng),
        short(d, lg),
    )
    remember(None, d)
    return [p]


def tpl_collection_authority(rng: random.Random, who: Issuer) -> list[Page]:
    """An owner's authority for someone else to collect a dog: a handwritten note or the
    kennels' A5 authority form with the ticks of the identity seen; now and then a copy of the
    collector's identity card or driving licence behind. One document."""
    dog = dog_of(who)
    o = dog.owner
    lg = home()
    d = some_day(rng)
    collector = f"{rng.choice(FIRSTS[o.lang])} {rng.choice(LASTS[o.lang])}"
    pages: list[Page] = []
    if rng.random() < 0.45:
        p = Page(A5)
        w, _ = A5
        y = 50.0
        hand(p, w - 150, y, short(d, o.lang), 10)
        y += 30
        text = tr(
            o.lang,
            f"I give permission for {collector} to collect {dog.name} on my behalf on "
            f"{short(d, o.lang)}. Any problems please ring me on {o.phone}.",
            f"Hiermit erlaube ich {collector}, meinen Hund {dog.name} am {short(d, o.lang)} "
            f"abzuholen. Bei Fragen bitte unter {o.phone} anrufen.",
            f"J'autorise {collector} à récupérer mon chien {dog.name} le {short(d, o.lang)}. "
            f"En cas de problème, appelez-moi au {o.phone}.",
        )
        for ln in wrap(text, HAND, 10.5, w - 70):
            hand(p, 35, y, ln, 10.5)
            y += 17
        scrawl(p, 40, y + 30, o.name)
        hand(p, 40, y + 46, o.name, 9)
        pages.append(p)
    else:
        h = kennel_head()
        s = style_of(h, A5, margin=32, pt=8)
        w, _ = A5
        m = 32.0
        p = Page(A5)
        y = heading(p, s, h)
        p.text(
            m,
            y,
            tr(lg, "Authority to Collect", "Abholvollmacht", "Autorisation de reprise"),
            s.bold,
            12,
        )
        y += 16
        y = fields(
            p,
            s,
            m,
            y,
            w - 2 * m,
            [
                (tr(lg, "Owner", "Halter/in", "Propriétaire"), o.name),
                (tr(lg, "Dog(s)", "Hund(e)", "Chien(s)"), ", ".join([dog.name, *dog.mates])),
                (tr(lg, "Collected by", "Abholende Person", "Repris par"), collector),
                (tr(lg, "Date", "Datum", "Date"), short(d, lg)),
            ],
            per=2,
            tall=24,
        )
        seen = tr(lg, "ID seen", "Ausweis geprüft", "Pièce d'identité vue")
        p.text(m, y, seen, s.bold, 8)
        lw = tw(seen, s.bold, 8) + 12
        y = ticks(
            p,
            s,
            m + lw,
            y,
            w - 2 * m - lw,
            [
                tr(lg, "Passport", "Personalausweis", "CNI"),
                tr(lg, "Driving licence", "Führerschein", "Permis"),
                tr(lg, "Known to staff", "Bekannt", "Connu"),
            ],
            {rng.randrange(3)},
            8,
        )
        y += 10
        for ln in wrap(prose(rng, lg, "terms", 1, 1), s.font, 7, w - 2 * m):
            p.text(m, y, ln, s.font, 7)
            y += 9
        sign_line(
            p,
            s,
            m,
            y + 24,
            w - 2 * m,
            tr(lg, "Owner", "Halter/in", "Propriétaire"),
            o.name,
            short(d, lg),
        )
        sign_line(
            p,
            s,
            m,
            y + 60,
            w - 2 * m,
            tr(lg, "Collector", "Abholer/in", "Personne autorisée"),
            collector,
            "",
        )
        pages.append(p)
    if rng.random() < 0.3:
        q = Page(A4)
        qw, _ = A4
        cx, cy = rng.uniform(70, 130), rng.uniform(80, 160)
        q.rect(cx, cy, 243, 153)
        q.rect(cx, cy, 243, 22, fill=0.75)
        q.text(
            cx + 8,
            cy + 15,
            tr(o.lang, "DRIVING LICENCE", "PERSONALAUSWEIS", "CARTE NATIONALE D'IDENTITÉ"),
            "Helvetica-Bold",
            8,
        )
        photo(q, cx + 10, cy + 30, 62, 80, rng)
        yy = cy + 40
        for t in (
            collector.split()[-1].upper(),
            collector.split()[0],
            short(date(rng.randint(1955, 2000), rng.randint(1, 12), rng.randint(1, 28)), o.lang),
            serial(rng, "AAAAA999999AA9AA"),
        ):
            q.text(cx + 84, yy, t, "Helvetica", 8)
            yy += 14
        q.rect(0, 0, qw, 14, fill=0.5)
        hand(
            q,
            cx,
            cy + 190,
            tr(home(), "ID checked", "geprüft", "vérifiée") + f" {initials(assistant(rng))}",
            10,
        )
        pages.append(q)
    remember(dog, d)
    return pages


# ---------------------------------------------------------------------------------------------
# The part: templates, runs and companions
# ---------------------------------------------------------------------------------------------


def tracked(name: str, tpl: Template) -> Template:
    """``tpl`` noting its kind, so that a companion can take up the same dog or visit."""

    def run(rng: random.Random, who: Issuer) -> list[Page]:
        pages = tpl(rng, who)
        LAST["kind"] = name
        return pages

    run.__doc__ = tpl.__doc__
    return run


KINDS: dict[str, Template] = {
    "booking": tpl_booking,
    "vaccination_copy": tpl_vaccination_copy,
    "grooming_consent": tpl_grooming_consent,
    "daycare_assessment": tpl_daycare_assessment,
    "licence": tpl_licence,
    "inspection": tpl_inspection,
    "supplier_invoice": tpl_supplier_invoice,
    "delivery_note": tpl_delivery_note,
    "vet_invoice": tpl_vet_invoice,
    "incident_report": tpl_incident_report,
    "owner_letter": tpl_owner_letter,
    "reply": tpl_reply,
    "insurance": tpl_insurance,
    "waste_note": tpl_waste_note,
    "training_certificate": tpl_training_certificate,
    "utility_bill": tpl_utility_bill,
    "care_log": tpl_care_log,
    "stay_invoice": tpl_stay_invoice,
    "stray_receipt": tpl_stray_receipt,
    "collection_authority": tpl_collection_authority,
}
TEMPLATES_YYY: dict[str, Template] = {k: tracked(k, t) for k, t in KINDS.items()}
#: Kinds that a pile often holds 2-4 of in a row from one sender.
RUN_KINDS = (
    "supplier_invoice",
    "delivery_note",
    "waste_note",
    "training_certificate",
    "care_log",
    "stay_invoice",
    "grooming_consent",
    "vaccination_copy",
)
#: A kind often followed by a related paper, mostly from another sender.
FOLLOWS = {
    "booking": "vaccination_copy",
    "inspection": "licence",
    "delivery_note": "supplier_invoice",
    "owner_letter": "reply",
    "incident_report": "vet_invoice",
}


# ---------------------------------------------------------------------------------------------
# Streams and generation (same files and labels as corpus.generate)
# ---------------------------------------------------------------------------------------------


def make_cauldron_stream(rng: random.Random, n_docs: int, separators: bool) -> Stream:
    """One kennels' pile: ``corpus.make_stream`` with batch runs (after a run kind, 1-3 more
    of the same kind from the same sender follow with probability 0.6) and companions (each
    kind in ``FOLLOWS`` is followed by its related paper with probability 0.5). The kennels
    (country, name, staff, month, dogs and owners) is drawn once per stream."""
    r = random.Random(rng.getrandbits(32))
    lang = r.choice(["en", "en", "de", "de", "fr"])
    OFFICE["lang"] = lang
    OFFICE["row"] = r.randrange(len(KENNELS[lang]))
    OFFICE["seed"] = r.getrandbits(24)
    OFFICE["month"] = date(r.choice([2024, 2025]), r.randint(1, 12), 1)
    draw_staff(r)
    draw_dogs(r)
    LAST.update(kind="", dog=None, day=None, extra=None)
    run_odds = dict.fromkeys(RUN_KINDS, 0.6)
    return assemble_stream(
        rng, TEMPLATES_YYY, n_docs, separators, run_odds, run_len=(1, 3), follows=FOLLOWS
    )


generate = part_generate(PART, SEED_OFFSET, make_cauldron_stream, "templates YYY")


def main(argv: list[str]) -> int:
    return part_main(argv, __doc__, PART, generate, scanned=12)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

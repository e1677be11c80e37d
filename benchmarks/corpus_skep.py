"""Skep part of the generated corpus: templates GG, written blind for the next measurement.

A part of its own, ``skep``. Its templates were written without looking at the boundary
detector, its documentation, its tuning or its evaluation, as the pile the front desk and
office of a mixed veterinary practice (small animals and farm clients, in England, Germany or
France) feeds through its scanner: the practice's treatment invoices with the drugs and
procedures itemised (a Rechnung nach GOT, a facture d'honoraires), vaccination certificates /
record cards, travel papers (an Animal Health Certificate for a pet going to the EU, copies of
the pages of an EU pet passport / Heimtierausweis / passeport européen), an external
laboratory's results (Befundbericht, compte rendu d'analyses), referral letters to specialist
clinics with the clinical history printout, the specialist clinic's discharge report back to
the practice, pet insurance claim forms with the owner's and the vet's parts filled in, the
insurer's settlement letter, estimates of fees and the anaesthetic / surgery consent forms,
euthanasia consent forms, the pet crematorium's cremation certificates and monthly invoices,
repeat prescription requests and written prescriptions, the veterinary wholesaler's and the
pet food supplier's invoices and delivery notes, controlled drugs register pages (a
Betaeubungsmittel-Karteikarte, a registre des stupefiants), booster reminders, herd / flock
health plans for farm clients and tuberculin test charts (in Germany a blood sample list for
the state laboratory). Each stream is one practice's pile: the practice (country, name, its
vets, its clients and their animals, its farms, the month) is drawn once per stream and its
senders are of the practice's country and write in its language. Page sizes range from A6
record cards and postcards, A5 slips and passport copies to A4, Letter and landscape A4.

Labelling rule: what one sender issues in one go is one document, as the practice files it:
the clinical history printout enclosed with a referral letter; the fax cover sheet, imaging
page and owner's discharge instructions of a discharge report; the owner's and the vet's parts
and the fees continuation sheet of an insurance claim form (the form comes from the insurer,
is filled in by the owner and the vet and is filed as one); the settlement statement of an
insurer's letter; the terms page of an estimate; the anaesthetic risk information page of a
consent form; the pathologist's comment page of a laboratory report; the terms page or
remittance slip of a supplier invoice; the notes pages of an animal health certificate; all
copied passport pages of one pet; the continuation sheet (balance carried forward) of a
controlled drugs register page; every page of a health plan; the sheets of one test chart.
Related papers are documents of their own: the specialist's discharge report after the
referral letter, the claim form after the discharge report, the insurer's letter after the
claim form, the consent form after the estimate, the practice's invoice after the consent form,
the cremation certificate after the euthanasia consent or after the crematorium's invoice, the
supplier's invoice after its delivery note, the test chart after the herd health plan; each
drug's register page is a document of its own.

Streams are assembled like ``corpus.make_stream`` (same separator sheets, same 30% chance of
repeating the previous kind and sender), plus batch runs: treatment invoices, vaccination
certificates, laboratory reports, prescription requests, delivery notes, supplier invoices,
register pages, booster reminders and cremation certificates often come 2-4 in a row from one
sender with other animals, dates, numbers and amounts; and companions: each related paper above
often follows the document it answers, about the same animal. Drawn with ``corpus.draw_pdf``,
scanned with ``corpus.scan`` and labelled exactly like ``corpus.generate`` with ``"split":
"skep"`` and seeds offset by 3_200_000.

Usage: ``python benchmarks/corpus_skep.py OUT_DIR [--streams N] [--scanned N] [--seed S]``
writes ``OUT_DIR/skep/skep_{born_digital,scanned}_NNNNNNN.{pdf,json}``.
"""

from __future__ import annotations

import random
import sys
import zlib
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from reportlab.lib.pagesizes import A4, A5, A6, LETTER, landscape

sys.path.insert(0, str(Path(__file__).parent))

from corpus import Issuer, Page, Stream, Style, Template, assemble_stream
from corpus_kit import (
    HAND,
    INK,
    Flow,
    band,
    box,
    caption,
    cell,
    close,
    columns,
    day,
    dear,
    fields,
    fit,
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
    wrap,
    write,
    yes_no,
)
from corpus_kit import address as window
from corpus_kit import (
    hand as scribble,
)

PART = "skep"
SEED_OFFSET = 3_200_000

MM = 72 / 25.4
CARD = landscape(A6)
PASSPORT = (100 * MM, 152 * MM)

# ---------------------------------------------------------------------------------------------
# Who writes: senders by role and country
# ---------------------------------------------------------------------------------------------

# name, street, town, telephone
Row = tuple[str, str, str, str]
SENDERS: dict[str, dict[str, list[Row]]] = {
    "practice": {
        "en": [
            (
                "Wolds Edge Veterinary Centre",
                "Station Road",
                "Market Weighton YO43 3AX",
                "01430 872 114",
            ),
            (
                "Castlegate Vets",
                "14 Castlegate",
                "Malton YO17 7DP",
                "01653 692 350",
            ),
            (
                "Pendle & Ribble Veterinary Surgeons",
                "Whalley Road",
                "Clitheroe BB7 1EP",
                "01200 423 876",
            ),
        ],
        "de": [
            (
                "Tierarztpraxis am Muehlenbach",
                "Muehlenstrasse 21",
                "48431 Rheine",
                "05971 80 44 12",
            ),
            (
                "Tieraerztliche Gemeinschaftspraxis Dr. Brandt & Dr. Oltmanns",
                "Oldenburger Strasse 112",
                "26180 Rastede",
                "04402 91 20 0",
            ),
        ],
        "fr": [
            (
                "Clinique Veterinaire du Bocage",
                "12 route de Vire",
                "14500 Vire Normandie",
                "02 31 68 04 22",
            ),
            (
                "Cabinet Veterinaire des Monts du Lyonnais",
                "5 place de l'Eglise",
                "69590 Saint-Symphorien-sur-Coise",
                "04 78 44 31 09",
            ),
        ],
    },
    "referral": {
        "en": [
            (
                "Northern Veterinary Referrals",
                "Unit 3, Kingsway Business Park",
                "York YO30 4XF",
                "",
            ),
            ("Pennine Small Animal Specialists", "Holme Lane", "Skipton BD23 2RN", ""),
            ("The Ridings Referral Hospital", "Elmete Lane", "Leeds LS8 2LJ", "0113 273 9000"),
        ],
        "de": [
            ("Tierklinik Muensterland GmbH", "Am Kanal 40", "48145 Muenster", "0251 39 88 70"),
            ("Kleintierklinik Oldenburg", "Ammerlaender Heerstrasse 9", "26129 Oldenburg", ""),
        ],
        "fr": [
            ("Centre Hospitalier Veterinaire Fregis-Ouest", "route de Caen", "14000 Caen", ""),
            ("CHV des Monts d'Or", "7 avenue de la Libération", "69009 Lyon", "04 72 19 60 60"),
        ],
    },
    "lab": {
        "en": [
            ("Fenland Veterinary Diagnostics", "Unit 9, Fengate", "Peterborough PE1 5XG", ""),
            ("AxiomVet Laboratories", "Manor Farm Business Park", "Newton Abbot TQ12 6RX", ""),
        ],
        "de": [
            ("VetLab Nord GmbH", "Hafenstrasse 7", "28217 Bremen", "0421 38 65 0"),
            (
                "Laboratorium fuer Tierdiagnostik Dr. Keller",
                "Siemensring 12",
                "49152 Bad Essen",
                "",
            ),
        ],
        "fr": [
            ("Laboratoire Vet-Analyses Normandie", "ZA du Mesnil", "14650 Carpiquet", ""),
            ("Biovet Rhone Laboratoire", "18 rue de la Villette", "69003 Lyon", ""),
        ],
    },
    "insurer": {
        "en": [
            ("Brightpaw Pet Insurance", "PO Box 7722", "Leicester LE1 9QF", "0330 123 4480"),
            (
                "Meadowlane Petcare Cover",
                "Claims Department, Cathedral House",
                "Chelmsford CM1 1GH",
                "",
            ),
        ],
        "de": [
            ("Tierkrankenversicherung Hanseatic Pet AG", "Postfach 10 22 40", "20015 Hamburg", ""),
            ("Westfalia Tierschutz-Versicherung VVaG", "Ludgeriplatz 3", "48151 Muenster", ""),
        ],
        "fr": [
            ("Assur'Compagnon Mutuelle", "TSA 41022", "33087 Bordeaux Cedex", "05 56 00 40 40"),
            ("Santanimo Assurances", "Service Remboursements", "44961 Nantes Cedex 9", ""),
        ],
    },
    "crematorium": {
        "en": [
            ("Willowmere Pet Crematorium", "Howden Road", "Selby YO8 6RA", "01757 290 411"),
            ("Peaceful Paws Pet Cremation", "Moor Lane Farm", "Settle BD24 9JH", ""),
        ],
        "de": [
            ("Tierkrematorium Emsland", "Gewerbegebiet Sued 4", "49733 Haren (Ems)", ""),
            ("Rosengarten Tierbestattungen", "Am Hasenkamp 2", "26209 Hatten", "04482 97 90 30"),
        ],
        "fr": [
            ("Crematorium Animalier du Calvados", "ZA La Croix Boisee", "14210 Evrecy", ""),
            ("Les Jardins d'Aster - Incineration animale", "chemin du Rivet", "69440 Mornant", ""),
        ],
    },
    "wholesaler": {
        "en": [
            ("Vetwise Distribution Ltd", "Caddick Road", "Knowsley L34 9HP", "0151 546 0200"),
            ("Allied Veterinary Supplies", "Birchwood Park", "Warrington WA3 6WL", ""),
        ],
        "de": [
            ("Vetdepot Nord Grosshandel GmbH", "Industriestrasse 31", "27777 Ganderkesee", ""),
            ("Tierarzt-Einkauf WestVet eG", "Halterner Strasse 90", "48249 Duelmen", ""),
        ],
        "fr": [
            ("Centralvet Cooperative", "ZI des Forges", "14120 Mondeville", "02 31 35 62 00"),
            (
                "Alcyvet Distribution",
                "Parc d'activites de Chesnes",
                "38070 Saint-Quentin-Fallavier",
                "",
            ),
        ],
    },
    "food": {
        "en": [
            (
                "Petfare Clinical Nutrition UK",
                "Trade Orders, Aston Fields",
                "Bromsgrove B60 3EX",
                "",
            ),
            ("Harrowgate Animal Feeds", "Mill Lane", "Driffield YO25 6TN", "01377 253 800"),
        ],
        "de": [
            ("Vitalis Tiernahrung Vertrieb GmbH", "Am Stadthafen 8", "33602 Bielefeld", ""),
        ],
        "fr": [
            ("Nutrivet Aliments Dietetiques", "Parc Technologique", "30319 Ales Cedex", ""),
        ],
    },
}
AUTHORITY = {
    "en": "Animal and Plant Health Agency",
    "de": "Staatliches Veterinaeruntersuchungsamt",
    "fr": "Direction Departementale de la Protection des Populations",
}
VETS = {
    "en": [
        "Hannah Ridsdale BVSc MRCVS",
        "Tom Akroyd BVM&S MRCVS",
        "Priya Naidoo BVetMed MRCVS",
        "Alasdair Grieve BVMS MRCVS",
        "Emma Sowerby MA VetMB MRCVS",
        "Rhys Llewellyn BVSc CertAVP MRCVS",
    ],
    "de": [
        "Dr. med. vet. Katrin Oltmanns",
        "Dr. med. vet. Henning Brandt",
        "Tierarzt Jan-Hendrik Wessels",
        "Tieraerztin Miriam Sandkuhl",
        "Dr. med. vet. Sophie Rahe",
    ],
    "fr": [
        "Dr Claire Lemonnier",
        "Dr Mathieu Hervieu",
        "Dr Pauline Garnier-Roux",
        "Dr Yann Le Goff",
        "Dr Ines Benhamou",
    ],
}
SPECIALISTS = {
    "en": [
        "Dr Fiona Calder BVMS DipECVS MRCVS, RCVS Specialist in Small Animal Surgery",
        "Ben Oduya BVSc DipACVIM MRCVS, RCVS Specialist in Small Animal Medicine",
        "Dr Laura Stephenson DVM DipECVN MRCVS, European Specialist in Veterinary Neurology",
    ],
    "de": [
        "Dr. med. vet. Anke Rosendahl, Fachtieraerztin fuer Kleintiere, Dipl. ECVS",
        "Dr. med. vet. Lars Timmermann, Fachtierarzt fuer Innere Medizin der Kleintiere",
    ],
    "fr": [
        "Dr Antoine Mercier, DMV, Dipl. ECVS, specialiste en chirurgie",
        "Dr Elodie Carre, DMV, Dipl. ECVIM-CA, medecine interne",
    ],
}
FIRSTS = {
    "en": {
        "f": ["Susan", "Claire", "Joanne", "Gemma", "Rachel", "Margaret", "Lucy", "Karen", "Amy"],
        "m": ["David", "Mark", "Andrew", "Neil", "Gareth", "Peter", "Simon", "Craig", "Ian"],
    },
    "de": {
        "f": ["Sabine", "Anja", "Kerstin", "Birgit", "Julia", "Heike", "Lena", "Monika", "Ines"],
        "m": ["Thomas", "Stefan", "Jens", "Dirk", "Markus", "Bernd", "Lukas", "Uwe", "Hauke"],
    },
    "fr": {
        "f": ["Nathalie", "Sandrine", "Celine", "Sophie", "Aurelie", "Martine", "Camille", "Lea"],
        "m": ["Philippe", "Laurent", "Nicolas", "Olivier", "Thierry", "Julien", "Pascal", "Hugo"],
    },
}
LASTS = {
    "en": [
        "Atkinson",
        "Dobson",
        "Harland",
        "Pickering",
        "Thornton",
        "Walsh",
        "Greenwood",
        "Sutcliffe",
        "Ahmed",
        "Kowalski",
        "Brennan",
        "Firth",
        "Metcalfe",
        "Holmes",
    ],
    "de": [
        "Hinrichs",
        "Janssen",
        "Brueggemann",
        "Tebbe",
        "Schulte",
        "Meyer",
        "Wessling",
        "Kaya",
        "Lindemann",
        "Gerdes",
        "Pohlmann",
        "Uphoff",
    ],
    "fr": [
        "Lefebvre",
        "Marie",
        "Lecomte",
        "Guerin",
        "Duval",
        "Poirier",
        "Lemaitre",
        "Bonnet",
        "Chevalier",
        "Haddad",
        "Brunet",
        "Morin",
    ],
}
ROADS = {
    "en": ["Beverley Road", "Church Lane", "Westgate", "Moor View", "Orchard Close", "Main Street"],
    "de": ["Birkenweg", "Emsstrasse", "Lindenallee", "Am Sportplatz", "Kirchstrasse", "Heideweg"],
    "fr": [
        "rue des Lilas",
        "chemin du Moulin",
        "rue de la Gare",
        "allee des Chenes",
        "rue Pasteur",
    ],
}
TOWNS = {
    "en": {
        0: ["Market Weighton YO43 3BD", "Pocklington YO42 2AQ", "Holme-on-Spalding-Moor YO43 4HA"],
        1: ["Malton YO17 7LX", "Norton YO17 9EF", "Pickering YO18 7AA", "Helmsley YO62 5BJ"],
        2: ["Clitheroe BB7 2DL", "Whalley BB7 9SN", "Chatburn BB7 4AS", "Longridge PR3 3JT"],
    },
    "de": {
        0: ["48431 Rheine", "48432 Rheine-Mesum", "48477 Hoerstel", "48485 Neuenkirchen"],
        1: ["26180 Rastede", "26160 Bad Zwischenahn", "26188 Edewecht", "26121 Oldenburg"],
    },
    "fr": {
        0: ["14500 Vire Normandie", "14350 Souleuvre en Bocage", "50150 Sourdeval"],
        1: ["69590 Saint-Symphorien-sur-Coise", "69850 Saint-Martin-en-Haut", "42140 Chazelles"],
    },
}
FARM_NAMES = {
    "en": ["Low Field Farm", "Highgate Farm", "Manor House Farm", "Carr Side Farm", "Intake Farm"],
    "de": ["Hof Gerdes", "Milchhof Tebbe GbR", "Landwirtschaft Uphoff", "Hof Sandkamp"],
    "fr": ["GAEC du Bois Joli", "EARL des Hauts Pres", "GAEC de la Croix Verte", "Ferme du Mesnil"],
}


@dataclass
class Person:
    first: str
    last: str
    female: bool
    street: str
    town: str
    phone: str

    @property
    def name(self) -> str:
        return f"{self.first} {self.last}"


@dataclass
class Animal:
    name: str
    species: str  # dog | cat | rabbit | horse
    breed: str
    male: bool
    neutered: bool
    born: date
    colour: str
    chip: str
    weight: float
    owner: Person
    policy: str


@dataclass
class Farm:
    name: str
    owner: Person
    holding: str
    kind: str  # dairy | beef | sheep
    head: int


BREEDS = {
    "dog": {
        "en": [
            "Labrador Retriever",
            "Cocker Spaniel",
            "Border Collie",
            "Staffordshire Bull Terrier",
            "Cockapoo",
            "Jack Russell Terrier",
            "German Shepherd",
            "Springer Spaniel",
        ],
        "de": [
            "Labrador Retriever",
            "Dackel",
            "Deutscher Schaeferhund",
            "Mischling",
            "Golden Retriever",
            "Australian Shepherd",
            "Jack Russell Terrier",
        ],
        "fr": [
            "Labrador",
            "Berger australien",
            "Golden retriever",
            "Croise",
            "Cavalier King Charles",
            "Epagneul breton",
            "Bouledogue francais",
        ],
    },
    "cat": {
        "en": ["Domestic Shorthair", "Domestic Longhair", "British Shorthair", "Maine Coon"],
        "de": ["Europaeisch Kurzhaar", "Hauskatze", "Britisch Kurzhaar", "Maine Coon"],
        "fr": ["Europeen", "Chat de gouttiere", "Maine coon", "Sacre de Birmanie"],
    },
    "rabbit": {
        "en": ["Netherland Dwarf", "Lionhead", "Mini Lop"],
        "de": ["Zwergkaninchen", "Loewenkopf", "Widder"],
        "fr": ["Lapin nain", "Tete de lion", "Belier"],
    },
}
PET_NAMES = {
    "en": [
        "Bella",
        "Alfie",
        "Poppy",
        "Max",
        "Luna",
        "Milo",
        "Daisy",
        "Teddy",
        "Bramble",
        "Ollie",
        "Smudge",
        "Willow",
        "Barney",
        "Tilly",
        "Biscuit",
        "Nala",
        "Rocky",
        "Pip",
    ],
    "de": [
        "Balu",
        "Emma",
        "Paul",
        "Kira",
        "Leo",
        "Maja",
        "Sammy",
        "Lotte",
        "Bruno",
        "Nala",
        "Felix",
        "Mia",
        "Charly",
        "Ronja",
        "Frieda",
        "Moritz",
    ],
    "fr": [
        "Gribouille",
        "Filou",
        "Nala",
        "Oscar",
        "Pepette",
        "Ruby",
        "Simba",
        "Titou",
        "Vanille",
        "Ulysse",
        "Tango",
        "Praline",
        "Moka",
        "Sultan",
        "Reglisse",
    ],
}
COLOURS = {
    "en": ["black", "tabby", "black and white", "golden", "liver and white", "tricolour", "ginger"],
    "de": ["schwarz", "getigert", "schwarz-weiss", "blond", "braun-weiss", "tricolor", "rot"],
    "fr": ["noir", "tigre", "noir et blanc", "fauve", "marron et blanc", "tricolore", "roux"],
}
SPECIES = {
    "dog": ("Dog", "Hund", "Chien"),
    "cat": ("Cat", "Katze", "Chat"),
    "rabbit": ("Rabbit", "Kaninchen", "Lapin"),
}


def species_of(a: Animal, lang: str) -> str:
    en, de, fr = SPECIES[a.species]
    return tr(lang, en, de, fr)


def sex_of(a: Animal, lang: str) -> str:
    if lang == "de":
        return ("maennlich" if a.male else "weiblich") + (", kastriert" if a.neutered else "")
    if lang == "fr":
        return ("male" if a.male else "femelle") + (" sterilise(e)" if a.neutered else "")
    return ("MN" if a.neutered else "M") if a.male else ("FN" if a.neutered else "F")


def a_person(r: random.Random, lang: str, area: int) -> Person:
    female = r.random() < 0.55
    road = r.choice(ROADS[lang])
    no = r.randint(1, 90)
    phone = {
        "en": f"07{r.randint(700, 999)} {r.randint(100000, 999999)}",
        "de": f"0{r.randint(151, 179)} {r.randint(1000000, 9999999)}",
        "fr": f"06 {r.randint(10, 99)} {r.randint(10, 99)} {r.randint(10, 99)} {r.randint(10, 99)}",
    }[lang]
    return Person(
        first=r.choice(FIRSTS[lang]["f" if female else "m"]),
        last=r.choice(LASTS[lang]),
        female=female,
        street=f"{road} {no}" if lang == "de" else f"{no} {road}",
        town=r.choice(TOWNS[lang][area]),
        phone=phone,
    )


def an_animal(r: random.Random, lang: str, owner: Person) -> Animal:
    sp = r.choice(["dog", "dog", "dog", "cat", "cat", "rabbit"])
    chip = {"en": "826", "de": "276", "fr": "250"}[lang] + serial(r, "0999999999999")[1:]
    weight = {
        "dog": r.uniform(5, 42),
        "cat": r.uniform(2.8, 6.5),
        "rabbit": r.uniform(1.1, 2.6),
    }[sp]
    return Animal(
        name=r.choice(PET_NAMES[lang]),
        species=sp,
        breed=r.choice(BREEDS[sp][lang]),
        male=r.random() < 0.5,
        neutered=r.random() < 0.7,
        born=date(r.randint(2008, 2024), r.randint(1, 12), r.randint(1, 28)),
        colour=r.choice(COLOURS[lang]),
        chip=chip,
        weight=round(weight, 1),
        owner=owner,
        policy=serial(r, r.choice(["AAA99999999", "99999999", "PA-999999-99"])),
    )


def a_farm(r: random.Random, lang: str, area: int) -> Farm:
    owner = a_person(r, lang, area)
    holding = {
        "en": f"{r.randint(10, 99)}/{r.randint(100, 999)}/{r.randint(1000, 9999)}",
        "de": f"276 03 {r.randint(100, 999)} {r.randint(100, 999)} {r.randint(100, 999)}",
        "fr": f"{r.choice(['14', '69'])} {r.randint(100, 999)} {r.randint(100, 999)}",
    }[lang]
    kind = r.choice(["dairy", "dairy", "beef", "sheep"])
    return Farm(
        name=r.choice(FARM_NAMES[lang]),
        owner=owner,
        holding=holding,
        kind=kind,
        head={
            "dairy": r.randint(60, 320),
            "beef": r.randint(40, 180),
            "sheep": r.randint(150, 900),
        }[kind],
    )


# ---------------------------------------------------------------------------------------------
# The stream's practice and what the previous document was about
# ---------------------------------------------------------------------------------------------

OFFICE: dict[str, object] = {
    "lang": "en",
    "practice": 0,
    "seed": 0,
    "month": date(2025, 3, 1),
    "animals": [],
    "farms": [],
}
#: What the previous document was about (a companion takes up the same animal).
LAST: dict[str, object] = {"kind": "", "animal": None, "day": None, "ref": "", "extra": None}


def home() -> str:
    return str(OFFICE["lang"])


def animals() -> list[Animal]:
    return OFFICE["animals"]  # type: ignore[return-value]


def farms() -> list[Farm]:
    return OFFICE["farms"]  # type: ignore[return-value]


def on(rng: random.Random, lo: int = -90, hi: int = 20) -> date:
    base: date = OFFICE["month"]  # type: ignore[assignment]
    return base + timedelta(days=rng.randint(lo, hi))


def keyed(who: Issuer, key: str) -> random.Random:
    """Draws fixed by the issuer, the stream and ``key``: a run or a companion keeps its
    sender."""
    text = f"skep/{key}/{who.name}/{who.street}/{who.city}/{OFFICE['seed']}"
    return random.Random(zlib.crc32(text.encode()))


def the_animal(rng: random.Random, after: tuple[str, ...] = ()) -> Animal:
    a = LAST["animal"]
    if LAST["kind"] in after and isinstance(a, Animal):
        return a
    return rng.choice(animals())


def the_day(rng: random.Random, after: tuple[str, ...], lag: tuple[int, int]) -> date:
    d = LAST["day"]
    if LAST["kind"] in after and isinstance(d, date):
        return d + timedelta(days=rng.randint(*lag))
    return on(rng)


def note(a: Animal | None, d: date, ref: str = "", extra: object = None) -> None:
    LAST.update(animal=a, day=d, ref=ref, extra=extra)


def mr(p: Person, lang: str) -> str:
    if lang == "de":
        return f"{'Frau' if p.female else 'Herr'} {p.name}"
    if lang == "fr":
        return f"{'Madame' if p.female else 'Monsieur'} {p.first} {p.last.upper()}"
    return f"{'Mrs' if p.female else 'Mr'} {p.first[0]} {p.last}"


def owner_lines(p: Person, lang: str) -> list[str]:
    return [mr(p, lang), p.street, p.town]


def cash(v: float, lang: str) -> str:
    return f"£{money(v, lang)}" if lang == "en" else f"{money(v, lang)} EUR"


TALK = {
    "en": {
        "clinic": "patient examination history lethargy vomiting inappetence weight bloods "
        "radiographs ultrasound abdomen medication response owner reports mild marked "
        "palpation recheck treatment analgesia fluids tolerated stable",
        "farm": "herd cows heifers calves vaccination mastitis lameness fertility biosecurity "
        "bulk milk worming fluke targets records cull replacement colostrum housing",
        "trade": "order delivery account invoice goods returns credit payment stock terms "
        "discount carriage batch expiry cold chain",
    },
    "de": {
        "clinic": "Patient Untersuchung Vorbericht Mattigkeit Erbrechen Inappetenz Gewicht "
        "Blutbild Roentgen Ultraschall Abdomen Medikation Besitzer berichtet geringgradig "
        "hochgradig Palpation Kontrolle Therapie Analgesie Infusion gut vertragen stabil",
        "farm": "Herde Kuehe Faersen Kaelber Impfung Mastitis Lahmheit Fruchtbarkeit "
        "Biosicherheit Tankmilch Entwurmung Leberegel Kennzahlen Abgang Kolostrum Stall",
        "trade": "Bestellung Lieferung Konto Rechnung Ware Retoure Gutschrift Zahlung Bestand "
        "Bedingungen Skonto Fracht Charge Verfall Kuehlkette",
    },
    "fr": {
        "clinic": "patient examen anamnese abattement vomissements anorexie poids bilan "
        "radiographies echographie abdomen traitement proprietaire rapporte leger marque "
        "palpation controle analgesie perfusion bien tolere stable",
        "farm": "troupeau vaches genisses veaux vaccination mammites boiteries reproduction "
        "biosecurite lait de tank vermifugation douve objectifs reforme colostrum batiment",
        "trade": "commande livraison compte facture marchandise retour avoir reglement stock "
        "conditions remise port lot peremption chaine du froid",
    },
}
GLUES = {
    "en": "the of and to for with on at by from this is was were be the a as no",
    "de": "die der das und zu fuer mit auf von ist war sind wird bei nach den dem im kein",
    "fr": "le la les et de du pour avec sur par est etait sont sera au aux des une sans",
}


def words(rng: random.Random, lang: str, topic: str = "clinic", n: int | None = None) -> str:
    pool, glue = TALK[lang][topic].split(), GLUES[lang].split()
    ws = [rng.choice(pool if rng.random() < 0.55 else glue) for _ in range(n or rng.randint(7, 15))]
    return " ".join(ws).capitalize() + "."


def prose(rng: random.Random, lang: str, topic: str = "clinic", lo: int = 2, hi: int = 4) -> str:
    return " ".join(words(rng, lang, topic) for _ in range(rng.randint(lo, hi)))


# ---------------------------------------------------------------------------------------------
# Paper habits of a sender: heading, later pages, footer, page numbers
# ---------------------------------------------------------------------------------------------


@dataclass
class Head:
    name: str
    lang: str
    street: str
    town: str
    phone: str
    look: str  # cross | paw | band | centred | split | rule
    font: str
    bold: str
    again: bool  # heading repeated on later pages
    foot: list[str]
    numbers: str
    corner: str
    dates: str


PAGE_NOS = {
    "en": ["none", "none", "none", "Page {i} of {n}", "2:Page {i}", "{i} of {n}", "none"],
    "de": ["none", "none", "Seite {i} von {n}", "2:- {i} -", "Seite {i}/{n}", "none"],
    "fr": ["none", "none", "Page {i}/{n}", "{i}/{n}", "2:page {i}", "none"],
}
FACES = [
    ("Helvetica", "Helvetica-Bold"),
    ("Helvetica", "Helvetica-Bold"),
    ("Times-Roman", "Times-Bold"),
    ("Courier", "Courier-Bold"),
]


def legal_lines(r: random.Random, name: str, lang: str, town: str, role: str) -> list[str]:
    place = town.split(" ", 1)[-1] if lang != "en" else town.rsplit(" ", 2)[0]
    if lang == "de":
        out = [
            f"{r.choice(['Sparkasse', 'Volksbank', 'Oldenburgische Landesbank'])} - IBAN DE"
            f"{r.randint(10, 99)} {r.randint(1000, 9999)} {r.randint(1000, 9999)} "
            f"{r.randint(1000, 9999)} {r.randint(1000, 9999)} {r.randint(10, 99)} - "
            f"USt-IdNr. DE{r.randint(100000000, 999999999)}"
        ]
        if role != "practice":
            out.insert(
                0,
                f"{name} - Sitz {place} - Amtsgericht {place.split()[0]} HRB "
                f"{r.randint(10000, 99999)}",
            )
        else:
            out.insert(
                0, "Sprechzeiten Mo-Fr 8-12 und 15-19 Uhr, Sa 9-12 Uhr - Notdienst nach Absprache"
            )
        return out
    if lang == "fr":
        if role == "practice":
            return [
                f"{name} - Vétérinaires inscrits à l'Ordre - SIRET {r.randint(300, 899)} "
                f"{r.randint(100, 999)} {r.randint(100, 999)} {r.randint(10000, 99999)} - "
                f"TVA FR{r.randint(10, 99)}{r.randint(100000000, 999999999)}"
            ]
        return [
            f"{name} - SAS au capital de {r.randint(10, 900)} 000 EUR - RCS {place} "
            f"{r.randint(300, 899)} {r.randint(100, 999)} {r.randint(100, 999)}"
        ]
    if role == "practice":
        out = [f"{name} is a trading name of {name.split()[0]} Veterinary Group Ltd"]
        out.append(f"Registered in England No. {r.randint(1000000, 14999999):08d}")
        if r.random() < 0.6:
            out.append("RCVS Accredited Practice")
        return [" - ".join(out)]
    out = [f"Registered in England and Wales No. {r.randint(1000000, 14999999):08d}"]
    if r.random() < 0.7:
        out.append(f"VAT No. GB {r.randint(100, 999)} {r.randint(1000, 9999)} {r.randint(10, 99)}")
    if role == "insurer":
        out.append("Authorised and regulated by the Financial Conduct Authority")
    return [" - ".join(out)]


def make_head(
    row: Row, lang: str, role: str, r: random.Random, looks: list[str] | None = None
) -> Head:
    name, street, town, phone = row
    font, bold = r.choice(FACES)
    return Head(
        name=name,
        lang=lang,
        street=street,
        town=town,
        phone=phone,
        look=r.choice(looks or ["cross", "paw", "band", "centred", "split", "rule"]),
        font=font,
        bold=bold,
        again=r.random() < 0.3,
        foot=legal_lines(r, name, lang, town, role) if r.random() < 0.7 else [],
        numbers=r.choice(PAGE_NOS[lang]),
        corner=r.choice(["bc", "br", "tr", "bl", "bc"]),
        dates=r.choice(["short", "long"] + (["iso", "short"] if lang == "en" else [])),
    )


def practice_head() -> Head:
    """The stream's own practice: the same paper throughout the stream."""
    lang = home()
    row = SENDERS["practice"][lang][int(OFFICE["practice"])]  # type: ignore[call-overload]
    r = random.Random(zlib.crc32(f"skep/practice/{OFFICE['seed']}".encode()))
    return make_head(row, lang, "practice", r, ["cross", "paw", "split", "rule", "centred"])


def head_of(who: Issuer, role: str, looks: list[str] | None = None) -> Head:
    if role == "practice":
        return practice_head()
    r = keyed(who, role)
    return make_head(r.choice(SENDERS[role][home()]), home(), role, r, looks)


def style_of(h: Head, size: tuple[float, float] = A4, margin: float = 0, pt: float = 0) -> Style:
    r = random.Random(zlib.crc32(f"skep/style/{h.name}".encode()))
    return Style(
        font=h.font,
        bold=h.bold,
        size=pt or (r.choice([9, 9.5, 10, 10.5]) if h.font != "Courier" else 9),
        margin=margin or r.choice([46, 52, 58, 64]),
        numbering="none",
        number_pos="bottom",
        page_size=size,
        date_style=h.dates,
    )


def vet_cross(p: Page, x: float, y: float, k: float, shade: float = 0.2) -> None:
    """A veterinary cross (a plus sign of filled bars), its top-left at ``x``, ``y``."""
    p.rect(x + k, y, k, 3 * k, fill=shade)
    p.rect(x, y + k, 3 * k, k, fill=shade)


def paw(p: Page, x: float, y: float, k: float) -> None:
    """A paw mark: a pad and four toes."""
    p.rect(x + k * 0.9, y + k * 1.6, k * 2.2, k * 1.7, fill=0.2)
    for dx, dy in ((0, 0.8), (0.8, 0), (2.0, 0), (2.8, 0.8)):
        p.rect(x + dx * k, y + dy * k, k * 0.9, k * 1.0, fill=0.2)


def heading(p: Page, s: Style, h: Head) -> float:
    """Print ``h``'s heading at the top of ``p``; the y where the content starts."""
    w, _ = p.size
    m = s.margin
    y = max(m - 14, 22.0)
    tel = f"{tr(h.lang, 'Tel', 'Tel.', 'Tél.')} {h.phone}" if h.phone else ""
    where = f"{h.street}, {h.town}"
    if h.look == "cross":
        vet_cross(p, m, y - 12, 9)
        pt = shrink(h.name, s.bold, s.size + 5, w - 2 * m - 40)
        p.text(m + 36, y + 2, h.name, s.bold, pt)
        p.text(m + 36, y + 14, fit(f"{where}  {tel}".strip(), s.font, 7, w - 2 * m - 40), s.font, 7)
        return y + 40
    if h.look == "paw":
        paw(p, w - m - 36, y - 14, 9)
        pt = shrink(h.name, s.bold, s.size + 4, w - 2 * m - 50)
        p.text(m, y + 2, h.name, s.bold, pt)
        p.text(m, y + 14, fit(where, s.font, 7.5, w - 2 * m - 50), s.font, 7.5)
        if tel:
            p.text(m, y + 23, tel, s.font, 7.5)
        p.line(m, y + 30, w - m, y + 30)
        return y + 50
    if h.look == "band":
        p.rect(m, y - 12, w - 2 * m, 22, fill=0.3)
        p.text(m + 6, y + 3, fit(h.name.upper(), s.bold, 11, w - 2 * m - 12), s.bold, 11)
        p.text(m, y + 22, fit(f"{where}   {tel}", s.font, 7, w - 2 * m), s.font, 7)
        return y + 44
    if h.look == "centred":
        pt = shrink(h.name, s.bold, s.size + 4, w - 2 * m)
        p.text(w / 2, y + 2, h.name, s.bold, pt, "center")
        p.text(
            w / 2,
            y + 14,
            fit(f"{where} - {tel}".strip(" -"), s.font, 7, w - 2 * m),
            s.font,
            7,
            "center",
        )
        p.line(w / 2 - 80, y + 20, w / 2 + 80, y + 20)
        return y + 42
    if h.look == "split":
        pt = shrink(h.name, s.bold, s.size + 2, w / 2 - m)
        p.text(m, y + 4, h.name, s.bold, pt)
        yy = y - 4
        for t in (h.street, h.town, tel):
            if t:
                p.text(w - m, yy, fit(t, s.font, 7, w / 2 - m), s.font, 7, "right")
                yy += 8.5
        p.line(m, max(yy, y + 12), w - m, max(yy, y + 12))
        return max(yy, y + 12) + 22
    pt = shrink(h.name, s.bold, s.size + 6, w - 2 * m)
    p.text(m, y + 4, h.name, s.bold, pt)
    p.rect(m, y + 10, w - 2 * m, 2.5, fill=0.0)
    p.text(w - m, y + 22, fit(f"{where}  {tel}".strip(), s.font, 7, w - 2 * m), s.font, 7, "right")
    return y + 44


class Sheets(Flow):
    line = 1.35
    para_gap = 0.8
    head_lead = 0.7
    head_after = 1.5


def sheets(s: Style, h: Head, header: str = "", top: bool = True) -> Sheets:
    """Pages of ``s``: ``h``'s heading on the first (unless not ``top``), on later pages the
    heading again, a running header or nothing."""

    def start(p: Page, n: int) -> float:
        if n == 1:
            return heading(p, s, h) if top else s.margin - 6
        if h.again:
            return heading(p, s, h)
        return running_header(p, s, header) if header else s.margin - 6

    w, hh = s.page_size
    return Sheets((w, hh), hh - s.margin - 7 * len(h.foot) - 6, start)


def sign(p: Page, x: float, y: float, name: str, pt: float = 14) -> None:
    """A signature scrawled over the baseline ``y``."""
    parts = [
        t
        for t in name.split(",")[0].split()
        if t[0].isupper() and "." not in t and not t.isupper() and "&" not in t
    ]
    parts = [t for t in parts if t not in ("Tierarzt", "Tieraerztin", "Dr")] or name.split()
    last = parts[-1] if len(parts) > 1 else parts[0]
    first = parts[0] if len(parts) > 1 else ""
    text = f"{first[:1]}. {last}" if first else last
    p.text(x + 3, y - 2, text, INK, pt)
    p.line(x + 2, y + 1, x + 12 + len(last) * pt * 0.42, y - 4)


def received(
    rng: random.Random, p: Page, lang: str, d: date, odds: float = 0.4, who: str = ""
) -> None:
    if rng.random() < odds:
        w, _ = p.size
        stamp(
            p,
            w - rng.uniform(150, 220),
            rng.uniform(80, 160),
            [
                tr(lang, "RECEIVED", "EINGEGANGEN", "REÇU LE"),
                short(d + timedelta(days=rng.randint(1, 5)), lang),
                who or tr(lang, "Reception", "Praxis", "Accueil"),
            ],
        )


def recipient(
    f: Sheets, s: Style, h: Head, lines: list[str], d: date | None, refs: list[tuple[str, str]]
) -> None:
    w, _ = f.size
    y0 = f.y
    below = window(f.page, s, h if h.look in ("split", "cross", "rule") else None, y0, lines)
    items = list(refs)
    if d is not None:
        items.append((tr(h.lang, "Date", "Datum", "Date"), day(h, d)))
    yy = pairs(f.page, s, w * 0.56, y0, items, w - s.margin, s.size - 1.5)
    f.y = max(below, yy) + 18


def regards(f: Sheets, s: Style, lang: str, name: str, role: str, colleague: bool = False) -> None:
    f.need(80)
    m = s.margin
    if colleague:
        bye = tr(
            lang,
            "With kind regards",
            "Mit freundlichen kollegialen Gruessen",
            "Bien confraternellement,",
        )
    else:
        bye = tr(
            lang,
            ["Yours sincerely", "Kind regards", "Best wishes"][len(name) % 3],
            "Mit freundlichen Gruessen",
            "Veuillez agréer nos salutations distinguées.",
        )
    f.page.text(m, f.y, bye, s.font, s.size)
    f.y += 30
    sign(f.page, m, f.y - 4, name)
    f.y += 8
    f.page.text(m, f.y, fit(name, s.bold, s.size, f.size[0] - 2 * m), s.bold, s.size)
    if role:
        f.page.text(
            m,
            f.y + s.size * 1.3,
            fit(role, s.font, s.size - 1, f.size[0] - 2 * m),
            s.font,
            s.size - 1,
        )
    f.y += s.size * 3


def stamp_lines(h: Head, width: int = 24) -> list[str]:
    """A practice stamp: the name broken into lines of at most ``width`` characters, the
    street and the town."""
    out: list[str] = []
    line = ""
    for word in h.name.split():
        if line and len(line) + 1 + len(word) > width:
            out.append(line)
            line = word
        else:
            line = f"{line} {word}".strip()
    out.append(line)
    return [*out[:3], h.street[:width], h.town[:width]]


def vet_of(h: Head, tag: str) -> str:
    r = random.Random(zlib.crc32(f"skep/vet/{tag}/{h.name}/{OFFICE['seed']}".encode()))
    return r.choice(VETS[h.lang])


def practice_lines(att: str = "") -> list[str]:
    h = practice_head()
    out = [h.name]
    if att:
        out.append(att)
    return [*out, h.street, h.town]


def patient_pairs(a: Animal, lang: str, full: bool = True) -> list[tuple[str, str]]:
    out = [
        (tr(lang, "Patient", "Patient", "Animal"), a.name),
        (
            tr(lang, "Species / breed", "Tierart / Rasse", "Espece / race"),
            f"{species_of(a, lang)}, {a.breed}",
        ),
    ]
    if full:
        out += [
            (tr(lang, "Sex", "Geschlecht", "Sexe"), sex_of(a, lang)),
            (tr(lang, "Date of birth", "Geburtsdatum", "Ne(e) le"), short(a.born, lang)),
            (tr(lang, "Microchip", "Transponder", "Puce"), a.chip),
        ]
    return out


def terms_pages(
    rng: random.Random,
    s0: Style,
    title: str,
    heads: list[str],
    lang: str,
    topic: str,
    cols: int = 2,
) -> list[Page]:
    """One page of small print in ``cols`` columns under ``title``: numbered clauses."""
    s = paper(s0, s0.page_size, min(s0.margin, 44), 6.5)
    w, hh = s.page_size
    m = s.margin
    gap = 14
    cw = (w - 2 * m - gap * (cols - 1)) / cols
    p = Page(s.page_size)
    p.text(w / 2, m, title, s.bold, 9, "center")
    k = 0
    for c in range(cols):
        x = m + c * (cw + gap)
        y = m + 20
        while y < hh - m - 60 and k < len(heads):
            p.text(x, y, fit(f"{k + 1}. {heads[k]}", s.bold, 7, cw), s.bold, 7)
            y += 9
            for ln in wrap(prose(rng, lang, topic, 2, 5), s.font, 6.5, cw):
                if y > hh - m - 30:
                    break
                p.text(x, y, ln, s.font, 6.5)
                y += 7.8
            y += 6
            k += 1
    return [p]


# ---------------------------------------------------------------------------------------------
# The practice's invoice, estimate and consent forms
# ---------------------------------------------------------------------------------------------

# description, unit price, GOT number (German fee scale) or "" for goods
SERVICES = {
    "en": [
        ("Consultation", 48.50, ""),
        ("Repeat consultation", 32.00, ""),
        ("Nurse clinic", 18.00, ""),
        ("Annual vaccination - DHP/L4", 62.00, ""),
        ("Cat vaccination - RCP/FeLV", 58.00, ""),
        ("Rabies vaccination", 55.00, ""),
        ("Microchip implantation", 24.95, ""),
        ("General anaesthetic - first 30 min", 168.00, ""),
        ("General anaesthetic - each add. 15 min", 46.00, ""),
        ("Dental scale and polish", 142.00, ""),
        ("Extraction - multi-rooted tooth", 38.00, ""),
        ("Radiograph - first view", 98.00, ""),
        ("Radiograph - each additional view", 42.00, ""),
        ("In-house haematology", 54.00, ""),
        ("In-house biochemistry (15 parameters)", 79.00, ""),
        ("External laboratory fee", 86.40, ""),
        ("Hospitalisation - per day", 45.00, ""),
        ("IV fluid therapy - per day", 62.00, ""),
        ("Bitch spay (ovariohysterectomy)", 285.00, ""),
        ("Cat castration", 89.00, ""),
        ("Lump removal - skin", 196.00, ""),
        ("Out of hours surcharge", 120.00, ""),
        ("Clinical waste disposal", 4.50, ""),
        ("Nail clip", 12.00, ""),
        ("Anal gland expression", 16.50, ""),
    ],
    "de": [
        ("Allgemeine Untersuchung mit Beratung, Hund", 23.62, "1"),
        ("Allgemeine Untersuchung mit Beratung, Katze", 23.62, "2"),
        ("Impfung, je Impfung", 9.23, "121"),
        ("Injektion i.v.", 9.94, "78"),
        ("Injektion s.c./i.m.", 5.77, "79"),
        ("Blutentnahme", 6.13, "47"),
        ("Roentgenaufnahme, erste Aufnahme", 32.01, "604"),
        ("Roentgenaufnahme, jede weitere", 17.28, "605"),
        ("Narkose, Inhalation, bis 30 min", 59.39, "232"),
        ("Zahnsteinentfernung", 54.68, "469"),
        ("Ovariohysterektomie, Huendin", 198.34, "359"),
        ("Kastration Kater", 32.07, "372"),
        ("Ultraschalluntersuchung Abdomen", 53.89, "622"),
        ("Stationaere Unterbringung je Tag", 11.54, "30"),
        ("Infusion, Dauertropf", 23.08, "91"),
        ("Kennzeichnung mittels Transponder", 11.54, "23"),
        ("Krallen kuerzen", 5.84, "476"),
        ("Analbeutel ausdruecken", 5.77, "44"),
        ("Notdienstgebuehr", 50.00, "3a"),
        ("Laboruntersuchung (Fremdlabor), Auslagen", 64.90, ""),
    ],
    "fr": [
        ("Consultation", 45.00, ""),
        ("Consultation de controle", 30.00, ""),
        ("Vaccin CHPPiL4", 68.00, ""),
        ("Vaccin TCL chat", 62.00, ""),
        ("Vaccin antirabique + certificat", 58.00, ""),
        ("Identification electronique (puce)", 62.50, ""),
        ("Anesthesie gazeuse - forfait", 95.00, ""),
        ("Detartrage complet", 120.00, ""),
        ("Extraction dentaire", 28.00, ""),
        ("Radiographie (1er cliche)", 72.00, ""),
        ("Radiographie (cliche supplementaire)", 35.00, ""),
        ("Bilan sanguin biochimie", 68.00, ""),
        ("Numeration formule sanguine", 42.00, ""),
        ("Echographie abdominale", 85.00, ""),
        ("Hospitalisation (par jour)", 38.00, ""),
        ("Perfusion (par jour)", 48.00, ""),
        ("Ovariectomie chienne", 260.00, ""),
        ("Castration chat", 95.00, ""),
        ("Exerese de nodule cutane", 180.00, ""),
        ("Majoration urgence / garde", 80.00, ""),
        ("Envoi laboratoire + analyse", 74.00, ""),
        ("Coupe de griffes", 12.00, ""),
    ],
}
DRUGS = {
    "en": [
        ("Meloxicam 1.5mg/ml oral suspension 32ml", 21.40),
        ("Amoxicillin/clavulanate 250mg tablets", 0.92),
        ("Cefovecin 80mg/ml injection (per ml)", 31.20),
        ("Maropitant 10mg/ml injection (per ml)", 14.80),
        ("Buprenorphine 0.3mg/ml injection (per ml)", 9.60),
        ("Fluralaner 500mg chewable tablet", 38.50),
        ("Milbemycin/praziquantel tablets (x2)", 11.90),
        ("Selamectin spot-on 45mg", 14.25),
        ("Pimobendan 5mg chewable tablets", 0.98),
        ("Gabapentin 100mg capsules", 0.55),
        ("Prednisolone 5mg tablets", 0.31),
        ("Hartmann's solution 500ml", 9.80),
        ("Elizabethan collar - medium", 8.50),
        ("Renal diet - wet pouches (12 x 85g)", 16.95),
        ("Chlorhexidine ear cleaner 118ml", 12.40),
    ],
    "de": [
        ("Meloxicam Suspension 1,5 mg/ml 32 ml", 19.85),
        ("Amoxicillin/Clavulansaeure 250 mg Tabl.", 0.86),
        ("Cefovecin 80 mg/ml Inj.-Lsg. je ml", 28.40),
        ("Maropitant 10 mg/ml Inj.-Lsg. je ml", 12.90),
        ("Fluralaner 500 mg Kautablette", 34.90),
        ("Milbemycinoxim/Praziquantel Tabl.", 5.40),
        ("Pimobendan 5 mg Kautabletten", 0.91),
        ("Prednisolon 5 mg Tabl.", 0.28),
        ("Ringer-Laktat-Loesung 500 ml", 7.90),
        ("Halskragen Gr. M", 7.50),
        ("Diaetfutter Niere, Nassfutter 12 x 85 g", 15.60),
        ("Ohrreiniger 125 ml", 10.95),
    ],
    "fr": [
        ("Meloxicam suspension orale 1,5 mg/ml 32 ml", 19.90),
        ("Amoxicilline/ac. clavulanique 250 mg cp", 0.89),
        ("Cefovecine 80 mg/ml inj. (par ml)", 29.50),
        ("Maropitant 10 mg/ml inj. (par ml)", 13.20),
        ("Fluralaner 500 mg cp a croquer", 36.00),
        ("Milbemycine/praziquantel cp", 5.90),
        ("Pimobendane 5 mg cp", 0.95),
        ("Prednisolone 5 mg cp", 0.30),
        ("Ringer lactate 500 ml", 8.40),
        ("Collerette taille M", 8.00),
        ("Aliment renal sachets 12 x 85 g", 16.40),
        ("Nettoyant auriculaire 125 ml", 11.90),
    ],
}
VAT = {"en": 0.20, "de": 0.19, "fr": 0.20}


def invoice_lines(
    rng: random.Random, lang: str, d: date, n: int
) -> list[tuple[date, str, str, float, float]]:
    """``n`` lines of (date, code, description, quantity, unit price) over one or a few
    visits."""
    out = []
    visit = d - timedelta(days=rng.randint(0, 20))
    for _ in range(n):
        if rng.random() < 0.15:
            visit = min(d, visit + timedelta(days=rng.randint(1, 4)))
        if rng.random() < 0.55:
            desc, price, got = rng.choice(SERVICES[lang])
            qty = 1.0
            if lang == "de" and got:
                price = round(price * rng.choice([1, 1, 2, 2, 3]), 2)
        else:
            desc, price = rng.choice(DRUGS[lang])
            got = ""
            qty = float(
                rng.choice([1, 1, 2, 14, 20, 28, 0.5, 1.2])
                if price < 2
                else rng.choice([1, 1, 1, 2, 3])
            )
            if price < 2:
                qty = float(rng.choice([10, 14, 20, 28, 30, 60]))
        out.append((visit, got, desc, qty, price))
    return out


def qty_text(q: float, lang: str) -> str:
    return str(int(q)) if q == int(q) else money(q, lang).rstrip("0")


def tpl_treatment_invoice(rng: random.Random, who: Issuer) -> list[Page]:
    """The practice's invoice to a client: owner in the window, the invoice references, the
    patient, the itemised services and drugs (in Germany with the GOT number and rate), totals
    with VAT, payments and the balance; one or two pages."""
    h = practice_head()
    lg = h.lang
    s = style_of(h, LETTER if lg == "en" and rng.random() < 0.15 else A4)
    a = the_animal(rng, ("consent_form", "discharge_report", "estimate"))
    d = the_day(rng, ("consent_form", "estimate"), (1, 10))
    no = serial(rng, rng.choice(["999999", "INV-999999", "R-2025-99999", "F99999"]))
    f = sheets(s, h, f"{tr(lg, 'Invoice', 'Rechnung', 'Facture')} {no} - {a.name}")
    w, _ = f.size
    m = s.margin
    recipient(
        f,
        s,
        h,
        owner_lines(a.owner, lg),
        d,
        [
            (tr(lg, "Invoice no.", "Rechnungs-Nr.", "Facture n°"), no),
            (tr(lg, "Client no.", "Kunden-Nr.", "N° client"), serial(rng, "99999")),
        ],
    )
    caption(
        f,
        s,
        tr(
            lg,
            rng.choice(["INVOICE", "Tax Invoice", "Invoice"]),
            "Rechnung",
            rng.choice(["FACTURE", "Facture d'honoraires"]),
        ),
        4,
    )
    f.page.text(
        m,
        f.y,
        fit(
            f"{tr(lg, 'Patient', 'Patient', 'Animal')}: {a.name} - {species_of(a, lg)}, {a.breed}, "
            f"{sex_of(a, lg)}, {money(a.weight, lg)} kg",
            s.font,
            s.size,
            w - 2 * m,
        ),
        s.font,
        s.size,
    )
    f.y += s.size * 2.2
    n = rng.choice([3, 4, 5, 6, 8, 10, 14, 22, 34, 44])
    lines = sorted(invoice_lines(rng, lg, d, n), key=lambda t: t[0])
    if lg == "de":
        cols = columns(
            m,
            w - m,
            [
                (1.3, "left"),
                (0.8, "left"),
                (5, "left"),
                (0.8, "right"),
                (1, "right"),
                (1.2, "right"),
            ],
        )
        head = ["Datum", "GOT", "Leistung / Artikel", "Anz.", "Einzel", "Betrag"]
    else:
        cols = columns(
            m, w - m, [(1.3, "left"), (5.6, "left"), (0.8, "right"), (1.1, "right"), (1.2, "right")]
        )
        head = [
            tr(lg, "Date", "", "Date"),
            tr(lg, "Description", "", "Désignation"),
            tr(lg, "Qty", "", "Qté"),
            tr(lg, "Price", "", "P.U. HT"),
            tr(lg, "Amount", "", "Montant HT"),
        ]
    rows = []
    total = 0.0
    for vd, got, desc, q, price in lines:
        amt = round(q * price, 2)
        total += amt
        row = [short(vd, lg), desc, qty_text(q, lg), money(price, lg), money(amt, lg)]
        if lg == "de":
            row.insert(1, got)
        rows.append(row)
    table(
        f, cols, head, rows, s, shade=0.9 if rng.random() < 0.5 else None, rules=rng.random() < 0.3
    )
    f.need(110)
    f.y += 6
    rate = VAT[lg]
    if lg == "en":
        net, vat, gross = total / (1 + rate), total - total / (1 + rate), total
    else:
        net, vat, gross = total, total * rate, total * (1 + rate)
    paid = (
        gross
        if rng.random() < 0.5
        else (round(gross * rng.uniform(0.2, 0.6), 0) if rng.random() < 0.3 else 0.0)
    )
    f.y = pairs(
        f.page,
        s,
        w * 0.55,
        f.y,
        [
            (tr(lg, "Total excl. VAT", "Summe netto", "Total HT"), money(net, lg)),
            (
                tr(
                    lg,
                    f"VAT {int(rate * 100)}%",
                    f"MwSt. {int(rate * 100)} %",
                    f"TVA {int(rate * 100)} %",
                ),
                money(vat, lg),
            ),
            (tr(lg, "Total", "Rechnungsbetrag", "Total TTC"), cash(gross, lg)),
            (tr(lg, "Paid", "Bezahlt", "Réglé"), money(paid, lg)),
            (tr(lg, "Balance due", "Offener Betrag", "Reste à payer"), cash(gross - paid, lg)),
        ],
        w - m,
        s.size,
    )
    f.y += 10
    if paid >= gross:
        f.page.text(
            m,
            f.y,
            tr(
                lg,
                f"Paid by card {short(d, lg)} - thank you",
                f"Betrag dankend per EC-Karte erhalten am {short(d, lg)}",
                f"Réglé par CB le {short(d, lg)} - merci",
            ),
            s.font,
            s.size - 1,
        )
    else:
        write(
            f,
            s,
            tr(
                lg,
                "Payment is due on the day of treatment. If you have pet insurance, please ask "
                "reception about our direct claims service.",
                "Bitte ueberweisen Sie den offenen Betrag innerhalb von 14 Tagen unter Angabe der "
                "Rechnungsnummer. Die Abrechnung erfolgt nach der Gebuehrenordnung fuer Tieraerzte "
                "(GOT) in der gueltigen Fassung.",
                "Honoraires payables a l'issue de la consultation. En cas de prise en charge par "
                "votre assurance, la feuille de soins vous est remise sur demande.",
            ),
            s.size - 1.5,
        )
    f.y += 8
    f.page.text(
        m,
        f.y,
        fit(
            f"{tr(lg, 'Vet', 'Behandelnde/r Tierarzt/-aerztin', 'Vétérinaire')}: "
            f"{vet_of(h, a.name)}",
            s.font,
            s.size - 1.5,
            w - 2 * m,
        ),
        s.font,
        s.size - 1.5,
    )
    note(a, d, no, gross)
    return close(f.pages, s, h)


ESTIMATE_PROCS = {
    "en": [
        "Dental under general anaesthetic with extractions",
        "Bitch spay",
        "Cruciate repair (TPLO)",
        "Mass removal and histopathology",
        "Abdominal ultrasound and biopsies",
        "Cat dental",
    ],
    "de": [
        "Zahnsanierung in Narkose",
        "Kastration Huendin",
        "Kreuzbandoperation (TPLO)",
        "Tumorentfernung mit Histologie",
        "Ultraschall mit Feinnadelaspiration",
    ],
    "fr": [
        "Detartrage sous anesthesie avec extractions",
        "Ovariectomie",
        "Chirurgie du ligament croise (TPLO)",
        "Exerese de masse et histologie",
        "Echographie et biopsies",
    ],
}


def tpl_estimate(rng: random.Random, who: Issuer) -> list[Page]:
    """The practice's estimate of fees (Kostenvoranschlag, devis) for a procedure: the
    patient, the items with a low and a high figure, the range and its validity, the owner's
    signature; sometimes a terms page behind."""
    h = practice_head()
    lg = h.lang
    s = style_of(h)
    a = the_animal(rng)
    d = on(rng)
    proc = rng.choice(ESTIMATE_PROCS[lg])
    no = serial(rng, "E99999")
    f = sheets(s, h, f"{tr(lg, 'Estimate', 'Kostenvoranschlag', 'Devis')} {no}")
    w, _ = f.size
    m = s.margin
    recipient(
        f,
        s,
        h,
        owner_lines(a.owner, lg),
        d,
        [
            (tr(lg, "Estimate no.", "KV-Nr.", "Devis n°"), no),
            (tr(lg, "Patient", "Patient", "Animal"), f"{a.name} ({species_of(a, lg)})"),
        ],
    )
    caption(f, s, tr(lg, "Estimate of fees", "Kostenvoranschlag", "Devis"), 4)
    f.page.text(
        m,
        f.y,
        fit(
            f"{tr(lg, 'Procedure', 'Eingriff', 'Intervention')}: {proc}", s.bold, s.size, w - 2 * m
        ),
        s.bold,
        s.size,
    )
    f.y += s.size * 2
    cols = columns(m, w - m, [(6, "left"), (1.4, "right"), (1.4, "right")])
    rows = []
    lo_t = hi_t = 0.0
    for desc, price, _ in rng.sample(SERVICES[lg], rng.randint(5, 10)):
        lo = price * rng.choice([1, 1, 1.5])
        hi = lo * rng.choice([1, 1.2, 1.5, 2])
        lo_t += lo
        hi_t += hi
        rows.append([desc, money(lo, lg), money(hi, lg)])
    table(
        f,
        cols,
        [
            tr(lg, "Item", "Position", "Prestation"),
            tr(lg, "From", "von", "de"),
            tr(lg, "To", "bis", "à"),
        ],
        rows,
        s,
        shade=0.88,
    )
    f.y += 6
    f.page.text(
        m,
        f.y,
        tr(
            lg,
            "Estimated total (incl. VAT)",
            "Voraussichtliche Kosten (brutto)",
            "Total estimé TTC",
        ),
        s.bold,
        s.size,
    )
    f.page.text(w - m, f.y, f"{cash(lo_t, lg)} - {cash(hi_t, lg)}", s.bold, s.size, "right")
    f.y += s.size * 2.5
    write(
        f,
        s,
        tr(
            lg,
            "This estimate is valid for 30 days. It is an estimate only; if complications arise or "
            "further treatment becomes necessary we will contact you before proceeding. A deposit "
            "of 50% of the lower figure is payable on admission.",
            "Der Kostenvoranschlag ist unverbindlich. Eine Ueberschreitung um mehr als 20 % wird "
            "Ihnen vorab mitgeteilt. Die Abrechnung erfolgt nach GOT.",
            "Devis valable 1 mois. En cas de complication, nous vous contacterons avant tout acte "
            "supplementaire. Un acompte de 30 % est demande a l'admission.",
        ),
        s.size - 1,
    )
    f.need(70)
    f.y += 20
    f.page.text(
        m,
        f.y,
        tr(
            lg,
            "I accept this estimate:",
            "Kostenvoranschlag zur Kenntnis genommen:",
            "Bon pour accord :",
        ),
        s.font,
        s.size - 1,
    )
    f.page.line(m + 170, f.y + 2, w - m, f.y + 2)
    if rng.random() < 0.7:
        sign(f.page, m + 190, f.y, a.owner.name)
        scribble(f.page, w - m - 80, f.y, short(d, lg), 9)
    f.y += 24
    pages = f.pages
    if rng.random() < 0.35:
        pages += terms_pages(
            rng,
            s,
            tr(lg, "TERMS OF BUSINESS", "ALLGEMEINE GESCHAEFTSBEDINGUNGEN", "CONDITIONS GENERALES"),
            TERMS[lg],
            lg,
            "clinic",
            rng.choice([2, 2, 3]),
        )
    note(a, d, no, proc)
    return close(pages, s, h)


TERMS = {
    "en": [
        "Fees",
        "Estimates",
        "Payment",
        "Insurance claims",
        "Unpaid accounts",
        "Prescriptions",
        "Medicines",
        "Complaints",
        "Data protection",
        "Out of hours",
        "Cancellations",
    ],
    "de": [
        "Geltungsbereich",
        "Honorar",
        "Kostenvoranschlaege",
        "Zahlung",
        "Versicherungen",
        "Arzneimittel",
        "Haftung",
        "Datenschutz",
        "Notdienst",
        "Gerichtsstand",
    ],
    "fr": [
        "Honoraires",
        "Devis",
        "Reglement",
        "Assurances",
        "Impayes",
        "Ordonnances",
        "Medicaments",
        "Reclamations",
        "Donnees personnelles",
        "Urgences",
        "Mediation",
    ],
}


def tpl_consent_form(rng: random.Random, who: Issuer) -> list[Page]:
    """The practice's consent form for anaesthesia and surgery, filled in at admission: patient
    and owner by hand, the procedure, option ticks, contact number, resuscitation, the owner's
    signature; sometimes a page of information on anaesthetic risks behind."""
    h = practice_head()
    lg = h.lang
    s = style_of(h)
    a = the_animal(rng, ("estimate",))
    d = the_day(rng, ("estimate",), (2, 14))
    proc = (
        str(LAST["extra"])
        if LAST["kind"] == "estimate" and LAST["extra"]
        else rng.choice(ESTIMATE_PROCS[lg])
    )
    f = sheets(s, h)
    w, hh = f.size
    m = s.margin
    p = f.page
    caption(
        f,
        s,
        tr(
            lg,
            "Consent Form - Anaesthesia and Surgery",
            "Einverstaendniserklaerung Narkose und Operation",
            "Consentement eclaire - anesthesie et chirurgie",
        ),
        3,
    )
    y = fields(
        p,
        s,
        m,
        f.y,
        w - 2 * m,
        [
            (tr(lg, "Owner / agent", "Tierhalter/in", "Propriétaire"), a.owner.name),
            (
                tr(lg, "Telephone (today)", "Telefon (heute erreichbar)", "Téléphone (joignable)"),
                a.owner.phone,
            ),
            (tr(lg, "Patient", "Tier", "Animal"), a.name),
            (
                tr(lg, "Species / breed", "Tierart / Rasse", "Espèce / race"),
                f"{species_of(a, lg)} / {a.breed}",
            ),
            (tr(lg, "Age", "Alter", "Âge"), f"{max(1, d.year - a.born.year)}"),
            (tr(lg, "Weight", "Gewicht", "Poids"), f"{money(a.weight, lg)} kg"),
        ],
        per=2,
        tall=28,
    )
    y = fields(
        p,
        s,
        m,
        y - 6,
        w - 2 * m,
        [
            (tr(lg, "Procedure", "Geplanter Eingriff", "Intervention prévue"), proc),
        ],
        per=1,
        tall=30,
    )
    p.text(
        m,
        y,
        tr(lg, "Last fed (time):", "Letzte Fuetterung (Uhrzeit):", "Dernier repas (heure) :"),
        s.font,
        s.size - 1,
    )
    scribble(p, m + 150, y, f"{rng.randint(18, 22)}:{rng.choice(['00', '30'])}")
    y += s.size * 2.2
    opts = [
        tr(
            lg,
            "Pre-anaesthetic blood test",
            "Praeoperative Blutuntersuchung",
            "Bilan sanguin pré-anesthésique",
        ),
        tr(lg, "Intravenous fluids", "Infusion waehrend der Narkose", "Perfusion"),
        tr(lg, "Microchip while under", "Transponder setzen", "Pose de puce"),
        tr(lg, "Nail clip", "Krallen kuerzen", "Coupe de griffes"),
    ]
    for t in opts:
        p.text(m, y, t, s.font, s.size - 1)
        ticks(p, s, w - m - 110, y, 110, yes_no(lg), {0 if rng.random() < 0.6 else 1}, 8, 0)
        y += s.size * 1.9
    y += 6
    p.text(
        m,
        y,
        tr(
            lg,
            "In the event of cardiac or respiratory arrest, resuscitate?",
            "Wiederbelebung bei Herz-/Atemstillstand?",
            "Réanimation en cas d'arrêt cardio-respiratoire ?",
        ),
        s.font,
        s.size - 1,
    )
    ticks(p, s, w - m - 110, y, 110, yes_no(lg), {0 if rng.random() < 0.85 else 1}, 8, 0)
    y += s.size * 2.4
    text = tr(
        lg,
        "I am the owner or authorised agent of the animal above and give permission for the "
        "administration of an anaesthetic and for the procedure described. I understand that all "
        "anaesthetic techniques and surgical procedures involve some risk to the animal. I have "
        "been given an estimate of the likely cost and accept responsibility for the fees.",
        "Ich bin Eigentuemer/in bzw. Beauftragte/r und willige in die Narkose und den oben "
        "genannten Eingriff ein. Ueber die mit jeder Narkose und Operation verbundenen Risiken "
        "wurde ich aufgeklaert. Die voraussichtlichen Kosten wurden mir mitgeteilt.",
        "Je soussigne(e), proprietaire ou detenteur de l'animal, autorise l'anesthesie et "
        "l'intervention decrites ci-dessus. J'ai ete informe(e) des risques inherents a toute "
        "anesthesie et intervention chirurgicale ainsi que du cout previsionnel.",
    )
    for ln in wrap(text, s.font, s.size - 1, w - 2 * m):
        p.text(m, y, ln, s.font, s.size - 1)
        y += (s.size - 1) * 1.35
    y += 20
    p.text(m, y, tr(lg, "Signed", "Unterschrift", "Signature"), s.font, s.size - 1)
    p.line(m + 60, y + 2, m + 240, y + 2)
    sign(p, m + 70, y, a.owner.name)
    p.text(w - m - 150, y, tr(lg, "Date", "Datum", "Date"), s.font, s.size - 1)
    p.line(w - m - 110, y + 2, w - m, y + 2)
    scribble(p, w - m - 105, y, short(d, lg))
    y += 30
    if y < hh - m - 60:
        band(p, s, y, tr(lg, "For practice use", "Vermerke der Praxis", "Réservé à la clinique"))
        y += 16
        fields(
            p,
            s,
            m,
            y,
            w - 2 * m,
            [
                (
                    tr(lg, "Admitted by", "Aufgenommen von", "Admis par"),
                    rng.choice(["RVN", "SM", "JB", "KL"]),
                ),
                (tr(lg, "Vet", "Tierarzt", "Vétérinaire"), vet_of(h, a.name).split(",")[0][:22]),
                (tr(lg, "Kennel", "Box", "Box"), str(rng.randint(1, 12))),
            ],
            per=3,
            tall=24,
        )
    pages = f.pages
    if rng.random() < 0.35:
        f2 = sheets(
            s,
            h,
            tr(lg, "Anaesthetic information", "Aufklaerung Narkose", "Information anesthesie"),
            top=False,
        )
        f2.y = s.margin + 4
        caption(
            f2,
            s,
            tr(
                lg,
                "Information for owners: anaesthesia",
                "Informationen zur Narkose",
                "Information sur l'anesthésie",
            ),
            2,
        )
        for _ in range(rng.randint(4, 7)):
            f2.heading(m, prose(rng, lg, "clinic", 1, 1)[:40].rstrip(". "), s.bold, s.size)
            write(f2, s, prose(rng, lg, "clinic", 2, 4))
        pages += f2.pages[:1]
    note(a, d, str(LAST["ref"]))
    return close(pages, s, h, numbers="none")


# ---------------------------------------------------------------------------------------------
# Vaccination records, travel papers, reminders, prescriptions
# ---------------------------------------------------------------------------------------------

VACCINES = {
    "dog": [
        ("Nobivac DHP", "DHP"),
        ("Nobivac L4", "L4"),
        ("Versican Plus DHPPi/L4", "DHPPi/L4"),
        ("Nobivac KC", "KC (intranasal)"),
        ("Canigen DHPPi/L4R", "DHPPi/L4R"),
    ],
    "cat": [
        ("Purevax RCP", "RCP"),
        ("Purevax RCPCh FeLV", "RCPCh/FeLV"),
        ("Nobivac Tricat Trio", "RCP"),
    ],
    "rabbit": [("Nobivac Myxo-RHD Plus", "Myxo/RHD1+2"), ("Filavac VHD K C+V", "RHD1+2")],
}
WORMERS = ["Droncit 50 mg", "Milbemax", "Drontal Plus", "Profender Spot-on", "Cestem"]
RABIES = [("Nobivac Rabies", "MSD"), ("Rabisin", "Boehringer"), ("Versiguard Rabies", "Zoetis")]


def vaccine_label(p: Page, x: float, y: float, w: float, name: str, rng: random.Random) -> None:
    """A peeled-off vaccine sticker: product, batch and expiry, with a little barcode strip."""
    p.rect(x, y, w, 30, fill=0.93)
    p.rect(x, y, w, 30)
    p.text(x + 3, y + 9, fit(name, "Helvetica-Bold", 6.5, w - 6), "Helvetica-Bold", 6.5)
    p.text(x + 3, y + 17, f"Lot {serial(rng, 'A999A99')}", "Helvetica", 5.5)
    p.text(
        x + 3, y + 24, f"EXP {rng.randint(1, 12):02d}/{rng.randint(2025, 2027)}", "Helvetica", 5.5
    )
    bx = x + w - 26
    for k in range(10):
        if rng.random() < 0.6:
            p.rect(bx + k * 2.2, y + 12, 1.2, 14, fill=0.0)


def tpl_vaccination_certificate(rng: random.Random, who: Issuer) -> list[Page]:
    """The practice's vaccination certificate / record card (Impfbescheinigung, certificat de
    vaccination) on an A5 sheet or an A6 card: owner, animal, the vaccinations given with the
    stickers, the vet's signature and the date the next one is due."""
    h = practice_head()
    lg = h.lang
    size = rng.choice([A5, A5, CARD, A4])
    small = size != A4
    s = style_of(
        h,
        size,
        margin=24 if size == CARD else (34 if small else 0),
        pt=7 if size == CARD else (8 if small else 0),
    )
    a = the_animal(rng)
    d = on(rng)
    p = Page(size)
    w, hh = size
    m = s.margin
    if size == CARD:
        vet_cross(p, m, m - 10, 4)
        p.text(m + 16, m - 1, fit(h.name, s.bold, 8, w - 2 * m - 16), s.bold, 8)
        y = m + 12
    else:
        y = heading(p, s, h)
    title = tr(
        lg,
        rng.choice(["VACCINATION CERTIFICATE", "Vaccination Record Card"]),
        "Impfbescheinigung",
        "Certificat de vaccination",
    )
    pt = shrink(title, s.bold, s.size + 4, w - 2 * m)
    p.text(w / 2 if small else m, y, title, s.bold, pt, "center" if small else "left")
    y += pt + 8
    if size == CARD:
        p.text(
            m,
            y,
            fit(
                f"{a.name} - {species_of(a, lg)}, {a.breed} - {a.owner.name}",
                s.font,
                s.size,
                w - 2 * m,
            ),
            s.font,
            s.size,
        )
        p.text(m, y + 9, f"{tr(lg, 'Chip', 'Chip', 'Puce')} {a.chip}", s.font, s.size)
        y += 22
    else:
        y = fields(
            p,
            s,
            m,
            y,
            w - 2 * m,
            [
                (tr(lg, "Owner", "Besitzer", "Propriétaire"), a.owner.name),
                (tr(lg, "Address", "Anschrift", "Adresse"), f"{a.owner.street}, {a.owner.town}"),
                (tr(lg, "Name of animal", "Name des Tieres", "Nom de l'animal"), a.name),
                (
                    tr(lg, "Species / breed", "Tierart / Rasse", "Espèce / race"),
                    f"{species_of(a, lg)} / {a.breed}",
                ),
                (tr(lg, "Date of birth", "Geburtsdatum", "Date de naissance"), short(a.born, lg)),
                (tr(lg, "Microchip no.", "Transponder-Nr.", "N° d'identification"), a.chip),
            ],
            per=2,
            tall=24,
            hand=rng.random() < 0.5,
        )
    vs = VACCINES[a.species]
    n = rng.randint(1, 4 if size != CARD else 2)
    cols = [
        (1.3, "Date", "Datum", "Date"),
        (2.6, "Vaccine", "Impfstoff", "Vaccin"),
        (1.4, "Vet", "Tierarzt", "Vétérinaire"),
        (1.3, "Next due", "Naechste", "Rappel"),
    ]
    tot = sum(c[0] for c in cols)
    xs = [m]
    for c in cols:
        xs.append(xs[-1] + (w - 2 * m) * c[0] / tot)
    for k, c in enumerate(cols):
        p.text(xs[k] + 2, y, tr(lg, c[1], c[2], c[3]), s.bold, s.size - 1)
    y += 5
    p.line(m, y, w - m, y)
    vd = d - timedelta(days=365 * (n - 1))
    row_h = 34
    for k in range(n):
        if y + row_h > hh - m - 20:
            break
        name, _ = rng.choice(vs)
        p.text(xs[0] + 2, y + 14, short(vd, lg), HAND, s.size)
        vaccine_label(p, xs[1] + 2, y + 2, xs[2] - xs[1] - 6, name, rng)
        sign(p, xs[2] + 2, y + 18, vet_of(h, str(k)), 10)
        nxt = vd + timedelta(days=365 if k or rng.random() < 0.7 else 28)
        p.text(xs[3] + 2, y + 14, short(nxt, lg), HAND, s.size)
        y += row_h
        p.line(m, y, w - m, y)
        vd = nxt
    for x in xs:
        p.line(x, y - row_h * n if n else y, x, y)
    y += 12
    if y < hh - m - 30 and rng.random() < 0.6:
        stamp(p, w - m - 130, y, stamp_lines(h))
    if y < hh - m - 20:
        p.text(
            m,
            min(y + 8, hh - m),
            fit(
                tr(
                    lg,
                    "Please bring this card to every vaccination.",
                    "Bitte bringen Sie diese Bescheinigung zu jeder Impfung mit.",
                    "Merci de présenter ce certificat à chaque rappel.",
                ),
                s.font,
                s.size - 1.5,
                w - 2 * m - 140,
            ),
            s.font,
            s.size - 1.5,
        )
    note(a, d)
    return [p] if small else close([p], s, h, numbers="none")


def passport_box(
    p: Page,
    x: float,
    y: float,
    w: float,
    hh: float,
    lg: str,
    title_en: str,
    title_nat: str,
    rows: list[tuple[str, str]],
    page_no: int,
) -> None:
    """One opened page of an EU pet passport as copied: bilingual section title, labelled
    fields with hand entries, the page number at the foot."""
    p.rect(x, y, w, hh)
    p.rect(x + 4, y + 4, w - 8, 22, fill=0.85)
    p.text(
        x + w / 2,
        y + 13,
        fit(title_nat, "Helvetica-Bold", 7, w - 14),
        "Helvetica-Bold",
        7,
        "center",
    )
    p.text(
        x + w / 2,
        y + 22,
        fit(title_en, "Helvetica-Oblique", 6, w - 14),
        "Helvetica-Oblique",
        6,
        "center",
    )
    yy = y + 42
    for label, val in rows:
        if yy > y + hh - 24:
            break
        p.text(x + 8, yy, fit(label, "Helvetica", 5.5, w - 16), "Helvetica", 5.5)
        yy += 11
        if val:
            p.text(x + 12, yy, fit(val, HAND, 8, w - 24), HAND, 8)
        p.line(x + 8, yy + 3, x + w - 8, yy + 3)
        yy += 13
    if rows:
        while yy < y + hh - 30:
            p.line(x + 8, yy + 3, x + w - 8, yy + 3)
            yy += 24
    p.text(x + w / 2, y + hh - 8, str(page_no), "Helvetica", 6.5, "center")


def tpl_travel_document(rng: random.Random, who: Issuer) -> list[Page]:
    """Travel papers for a pet. In England: the Animal Health Certificate for a dog or cat
    going to the EU (bilingual, Part I and Part II with boxes, rabies and tapeworm tables,
    the official vet's stamp, every page with the certificate number and 'Page i of n',
    notes pages at the back). In Germany and France: photocopies of the opened pages of the EU
    pet passport, two passport pages to an A4 sheet."""
    h = practice_head()
    lg = h.lang
    a = the_animal(rng)
    d = on(rng)
    vet = vet_of(h, "ov")
    if lg == "en":
        return health_certificate(rng, h, a, d, vet)
    w, _ = A4
    sections = [
        (
            "I. Details of ownership",
            tr(lg, "", "I. Angaben zum Halter", "I. Propriétaire"),
            [
                (tr(lg, "", "Name", "Nom"), a.owner.last),
                (tr(lg, "", "Vorname", "Prénom"), a.owner.first),
                (tr(lg, "", "Anschrift", "Adresse"), a.owner.street),
                ("", a.owner.town),
                (tr(lg, "", "Telefon", "Téléphone"), a.owner.phone),
            ],
        ),
        (
            "II. Description of the animal",
            tr(lg, "", "II. Beschreibung des Tieres", "II. Signalement"),
            [
                (tr(lg, "", "Name", "Nom"), a.name),
                (tr(lg, "", "Art", "Espèce"), species_of(a, lg)),
                (tr(lg, "", "Rasse", "Race"), a.breed),
                (tr(lg, "", "Geschlecht", "Sexe"), sex_of(a, lg)),
                (tr(lg, "", "Geburtsdatum", "Date de naissance"), short(a.born, lg)),
                (tr(lg, "", "Farbe", "Robe"), a.colour),
            ],
        ),
        (
            "III. Marking of the animal",
            tr(lg, "", "III. Kennzeichnung", "III. Marquage"),
            [
                (tr(lg, "", "Transpondernummer", "Numéro du transpondeur"), a.chip),
                (
                    tr(lg, "", "Datum der Kennzeichnung", "Date d'application"),
                    short(a.born + timedelta(days=rng.randint(60, 200)), lg),
                ),
                (tr(lg, "", "Lage", "Emplacement"), tr(lg, "", "Hals links", "cou gauche")),
            ],
        ),
        (
            "IV. Issuing of the passport",
            tr(lg, "", "IV. Ausstellung des Ausweises", "IV. Délivrance"),
            [
                (tr(lg, "", "Name des Tierarztes", "Nom du vétérinaire"), vet),
                (tr(lg, "", "Anschrift", "Adresse"), f"{h.street}, {h.town}"),
                (
                    tr(lg, "", "Ausstellungsdatum", "Date de délivrance"),
                    short(d - timedelta(days=400), lg),
                ),
            ],
        ),
        (
            "V. Vaccination against rabies",
            tr(lg, "", "V. Tollwutimpfung", "V. Vaccination antirabique"),
            [],
        ),
        (
            "VI. Rabies antibody titration test",
            tr(lg, "", "VI. Tollwut-Antikoerper", "VI. Titrage"),
            [(tr(lg, "", "Datum der Probe", "Date du prélèvement"), ""), ("", "")],
        ),
        (
            "VIII. Echinococcus treatment",
            tr(lg, "", "VIII. Echinococcus-Behandlung", "VIII. Traitement Echinococcus"),
            [],
        ),
        (
            "X. Other vaccinations",
            tr(lg, "", "X. Sonstige Impfungen", "X. Autres vaccinations"),
            [],
        ),
    ]
    # opened spreads: (I, II), (III, IV), (V, V cont.), (VI, VIII), (X, X cont.)
    spreads = [(0, 1), (2, 3), (4, 4), (5, 6), (7, 7)]
    picked = sorted(rng.sample(range(len(spreads)), rng.choice([1, 2, 2, 3])))
    pages: list[Page] = []
    bw, bh = PASSPORT
    for k, sp in enumerate(picked):
        p = Page(A4)
        pages.append(p)
        x0 = (w - 2 * bw - 6) / 2 + rng.uniform(-8, 8)
        y0 = rng.uniform(60, 120)
        if k == 0 and rng.random() < 0.6:
            p.text(
                x0,
                y0 - 20,
                tr(lg, "", "Kopie Heimtierausweis", "Copie passeport") + f" - {a.name} - {a.chip}",
                HAND,
                9,
            )
        for j, idx in enumerate(spreads[sp]):
            en, nat, rows = sections[idx]
            bx = x0 + j * (bw + 6)
            page_no = 2 + sp * 2 + j
            if rows:
                passport_box(p, bx, y0, bw, bh, lg, en, nat, rows, page_no)
            else:
                passport_box(p, bx, y0, bw, bh, lg, en, nat, [], page_no)
                vac_rows = rng.randint(1, 3) if j == 0 else rng.randint(0, 2)
                vy = y0 + 36
                for _ in range(vac_rows):
                    name = (
                        rng.choice(RABIES)[0]
                        if idx == 4
                        else rng.choice(WORMERS)
                        if idx == 6
                        else rng.choice(VACCINES[a.species])[0]
                    )
                    vd = d - timedelta(days=rng.randint(10, 700))
                    vaccine_label(p, bx + 8, vy, bw * 0.45, name, rng)
                    scribble(p, bx + bw * 0.5 + 6, vy + 10, short(vd, lg), 7.5)
                    scribble(
                        p, bx + bw * 0.5 + 6, vy + 22, short(vd + timedelta(days=1095), lg), 7.5
                    )
                    stamp(p, bx + bw * 0.5 - 4, vy + 30, [vet_name(vet)[:20]])
                    vy += 78
            if idx == 3 and rng.random() < 0.8:
                stamp(p, bx + 14, y0 + bh - 70, [vet_name(vet)[:24], h.town[:24]])
    note(a, d)
    return pages


def vet_name(vet: str) -> str:
    """A vet's name without titles and qualifications."""
    name = vet.split(",")[0]
    for t in ("Dr. med. vet. ", "Tieraerztin ", "Tierarzt ", "Dr "):
        name = name.replace(t, "")
    return " ".join(w for w in name.split() if not w.isupper() and "&" not in w)


def health_certificate(rng: random.Random, h: Head, a: Animal, d: date, vet: str) -> list[Page]:
    s = paper(style_of(h), A4, 40, 8)
    w, hh = A4
    m = s.margin
    ref = f"GB{serial(rng, '99')}/{d.year}/{serial(rng, '9999999')}"
    ov = "OV " + serial(rng, "9999999")
    country = rng.choice(["France", "Spain", "Ireland", "Netherlands", "Germany"])
    n = rng.choice([4, 5, 6])
    pages: list[Page] = []
    boxes = [
        ("I.1 Consignor / Expéditeur", f"{a.owner.name}, {a.owner.street}, {a.owner.town}"),
        ("I.2 Certificate reference number / Numéro de référence", ref),
        (
            "I.3 Central Competent Authority / Autorité centrale compétente",
            "Department for Environment, Food and Rural Affairs",
        ),
        (
            "I.4 Local Competent Authority / Autorité locale compétente",
            "APHA - Centre for International Trade",
        ),
        ("I.5 Consignee / Destinataire", a.owner.name),
        ("I.7 Country of origin / Pays d'origine", "United Kingdom GB"),
        ("I.9 Country of destination / Pays de destination", country),
        (
            "I.13 Place of loading / Lieu de chargement",
            rng.choice(["Dover", "Folkestone (Eurotunnel)", "Hull"]),
        ),
        (
            "I.15 Means of transport / Moyens de transport",
            rng.choice(["Car", "Car / ferry", "Vehicle"]),
        ),
        (
            "I.18 Description of commodity / Description des marchandises",
            "Dogs / Chiens" if a.species == "dog" else "Cats / Chats",
        ),
        ("I.19 Commodity code / Code des marchandises", "0106 19"),
        ("I.22 Number of packages / Nombre de conditionnements", "1"),
        ("I.26 For non-commercial movement / Mouvement non commercial", "X"),
    ]
    for k in range(n):
        p = Page(A4)
        pages.append(p)
        p.text(m, 24, "UNITED KINGDOM / ROYAUME-UNI", "Helvetica-Bold", 8)
        p.text(w - m, 24, f"{ref}", "Helvetica", 8, "right")
        p.text(
            w / 2,
            36,
            "Animal Health Certificate - entry into the "
            "Union of dogs, cats or ferrets (non-commercial)",
            "Helvetica",
            6.5,
            "center",
        )
        p.line(m, 42, w - m, 42)
        y = 58.0
        if k == 0:
            p.rect(m - 12, 50, 10, hh - 110, fill=0.8)
            p.text(
                m,
                y,
                "Part I: Details of dispatched consignment / "
                "Partie I : Renseignements concernant le lot",
                "Helvetica-Bold",
                8,
            )
            y += 12
            bw2 = (w - 2 * m) / 2
            for j, (cap, val) in enumerate(boxes):
                bx = m + (j % 2) * bw2
                by = y + (j // 2) * 40
                p.rect(bx, by, bw2, 40)
                p.text(bx + 3, by + 8, fit(cap, "Helvetica", 5.5, bw2 - 6), "Helvetica", 5.5)
                p.text(bx + 6, by + 24, fit(val, "Helvetica", 8, bw2 - 12), "Helvetica", 8)
            y += 40 * ((len(boxes) + 1) // 2) + 10
            p.text(
                m,
                y,
                "I.28 Identification of the commodities / Identification des marchandises",
                "Helvetica",
                6,
            )
            y += 8
            cols = columns(
                m, w - m, [(1.2, "left"), (1.5, "left"), (1, "left"), (2.2, "left"), (1.3, "left")]
            )
            for c, t in zip(
                cols, ["Species", "Breed", "Sex", "Transponder", "Date of birth"], strict=True
            ):
                cell(p, c, y + 8, t, "Helvetica-Bold", 7)
            for c, t in zip(
                cols,
                [species_of(a, "en"), a.breed, sex_of(a, "en"), a.chip, short(a.born, "en")],
                strict=True,
            ):
                cell(p, c, y + 22, t, "Helvetica", 7.5)
            p.rect(m, y, w - 2 * m, 28)
        elif k == n - 1 or (k >= 3 and rng.random() < 0.5):
            p.text(m, y, "Notes / Notes", "Helvetica-Bold", 8)
            y += 14
            for j in range(rng.randint(8, 14)):
                for ln in wrap(f"({chr(97 + j)}) " + babble_cert(rng), "Helvetica", 6.5, w - 2 * m):
                    p.text(m, y, ln, "Helvetica", 6.5)
                    y += 8
                y += 3
                if y > hh - 120:
                    break
        else:
            p.rect(m - 12, 50, 10, hh - 110, fill=0.8)
            p.text(m, y, "Part II: Certification / Partie II : Certification", "Helvetica-Bold", 8)
            y += 14
            for j in range(rng.randint(3, 5)):
                ln = f"II.{k}.{j + 1} " + babble_cert(rng)
                box(p, m, y, rng.random() < 0.5, 7)
                for t in wrap(ln, "Helvetica", 6.8, w - 2 * m - 14):
                    p.text(m + 12, y, t, "Helvetica", 6.8)
                    y += 8.5
                y += 5
            if k == 2 or rng.random() < 0.4:
                y += 6
                heads = [
                    "Transponder",
                    "Date of vaccination",
                    "Vaccine / manufacturer",
                    "Batch",
                    "Valid from",
                    "Valid to",
                ]
                cols = columns(
                    m,
                    w - m,
                    [
                        (1.8, "left"),
                        (1, "left"),
                        (1.8, "left"),
                        (0.9, "left"),
                        (1, "left"),
                        (1, "left"),
                    ],
                )
                for c, t in zip(cols, heads, strict=True):
                    cell(p, c, y, t, "Helvetica-Bold", 6.5)
                y += 14
                vn, maker = rng.choice(RABIES)
                vd = d - timedelta(days=rng.randint(25, 600))
                for c, t in zip(
                    cols,
                    [
                        a.chip,
                        short(vd, "en"),
                        f"{vn} ({maker})",
                        serial(rng, "A9999"),
                        short(vd + timedelta(days=21), "en"),
                        short(vd + timedelta(days=1095), "en"),
                    ],
                    strict=True,
                ):
                    cell(p, c, y, t, HAND, 7.5)
                p.rect(m - 2, y - 24, w - 2 * m + 4, 32)
                y += 20
        p.line(m, hh - 92, w - m, hh - 92)
        p.text(m, hh - 80, "Official veterinarian / Vétérinaire officiel", "Helvetica", 6.5)
        p.text(m, hh - 66, f"Name: {vet.split(' B')[0] if ' B' in vet else vet}", "Helvetica", 7)
        p.text(w / 2, hh - 66, f"Date: {short(d, 'en')}", "Helvetica", 7)
        sign(p, w / 2 + 80, hh - 60, vet.split(" B")[0], 11)
        if rng.random() < 0.6:
            stamp(p, w - m - 120, hh - 96, [ov, *stamp_lines(h)])
        p.text(w / 2, hh - 22, f"Page {k + 1} of {n}", "Helvetica", 7, "center")
    return pages


CERT_WORDS = (
    "animal transponder rabies vaccination certificate consignment entry union member state "
    "veterinarian identification validity owner movement accompanied declaration regulation "
    "treatment echinococcus multilocularis praziquantel days hours arrival"
)


def babble_cert(rng: random.Random) -> str:
    pool = CERT_WORDS.split()
    glue = GLUES["en"].split()
    ws = [rng.choice(pool if rng.random() < 0.55 else glue) for _ in range(rng.randint(14, 30))]
    return " ".join(ws).capitalize() + "."


def tpl_booster_reminder(rng: random.Random, who: Issuer) -> list[Page]:
    """The practice's booster reminder as it comes back or is kept: an A5 letter or a postcard
    with what is due for the pet and when, and how to book; now and then returned by the post
    office (gone away)."""
    h = practice_head()
    lg = h.lang
    size = rng.choice([A5, CARD, CARD, A4])
    s = style_of(
        h,
        size,
        margin=26 if size == CARD else (36 if size == A5 else 0),
        pt=7.5 if size == CARD else (8.5 if size == A5 else 0),
    )
    a = the_animal(rng)
    d = on(rng)
    due = d + timedelta(days=rng.randint(10, 40))
    w, hh = size
    m = s.margin
    p = Page(size)
    if size == CARD:
        paw(p, m, m - 12, 5)
        p.text(m + 28, m - 2, fit(h.name, s.bold, 8, w / 2 - m - 30), s.bold, 8)
        p.line(w / 2, m - 10, w / 2, hh - m)
        y = m + 14
        lines = wrap(
            tr(
                lg,
                f"It's time for {a.name}'s annual booster and health check!",
                f"{a.name} ist bald zur Impfung faellig!",
                f"Le rappel de vaccin de {a.name} approche !",
            ),
            s.bold,
            s.size + 1,
            w / 2 - m - 8,
        )
        for ln in lines:
            p.text(m, y, ln, s.bold, s.size + 1)
            y += s.size * 1.5
        y += 4
        p.text(m, y, f"{tr(lg, 'Due', 'Faellig am', 'Prévu le')}: {short(due, lg)}", s.font, s.size)
        y += s.size * 1.5
        for t in rng.sample(DUE[lg], rng.randint(1, 3)):
            p.text(m + 4, y, f"- {t}", s.font, s.size)
            y += s.size * 1.4
        y += 4
        for ln in wrap(
            tr(
                lg,
                f"Call us on {h.phone} or book online.",
                f"Termine unter {h.phone}.",
                f"Prenez rendez-vous au {h.phone}.",
            ),
            s.font,
            s.size,
            w / 2 - m - 8,
        ):
            p.text(m, y, ln, s.font, s.size)
            y += s.size * 1.4
        p.rect(w - m - 34, m - 12, 30, 36)
        p.text(w - m - 19, m + 8, tr(lg, "POST", "PORTO", "TIMBRE"), "Helvetica", 5, "center")
        yy = hh / 2 - 10
        for t in owner_lines(a.owner, lg):
            p.text(
                w / 2 + 12, yy, fit(t, s.font, s.size + 0.5, w / 2 - m - 14), s.font, s.size + 0.5
            )
            p.line(w / 2 + 10, yy + 4, w - m, yy + 4)
            yy += 16
    else:
        f = sheets(s, h)
        p = f.page
        recipient(f, s, h, owner_lines(a.owner, lg), d, [])
        caption(
            f,
            s,
            tr(
                lg,
                f"{a.name}'s booster is due",
                f"Impferinnerung fuer {a.name}",
                f"Rappel de vaccination - {a.name}",
            ),
            2,
        )
        write(f, s, dear(lg, mr(a.owner, lg)))
        write(
            f,
            s,
            tr(
                lg,
                f"Our records show that {a.name} is due the "
                f"following on or after {short(due, lg)}:",
                f"laut unseren Unterlagen ist fuer {a.name} "
                f"ab dem {short(due, lg)} Folgendes faellig:",
                f"selon notre fichier, {a.name} doit recevoir a partir du {short(due, lg)} :",
            ),
        )
        for t in rng.sample(DUE[lg], rng.randint(1, 3)):
            write(f, s, f"-  {t}", indent=14)
        write(
            f,
            s,
            prose(rng, lg, "clinic", 1, 2)
            if rng.random() < 0.3
            else tr(
                lg,
                "Regular vaccination protects your pet against serious disease. If your pet has "
                "sadly died or moved away, please let us know so that we can update our records.",
                "Regelmaessige Impfungen schuetzen Ihr Tier "
                "vor gefaehrlichen Infektionskrankheiten. "
                "Bitte vereinbaren Sie telefonisch einen Termin.",
                "La vaccination reguliere protege votre "
                "animal contre des maladies graves. Merci de "
                "prendre rendez-vous par telephone ou en ligne.",
            ),
        )
        write(
            f,
            s,
            tr(
                lg,
                f"Please call {h.phone} to book.",
                f"Telefon {h.phone}",
                f"Téléphone : {h.phone}",
            ),
        )
        write(f, s, tr(lg, f"The team at {h.name}", "Ihr Praxisteam", "L'équipe de la clinique"))
    if rng.random() < 0.2:
        stamp(
            p,
            w / 2 - 60,
            hh / 2 - 40 if size == CARD else 120,
            [
                tr(lg, "RETURN TO SENDER", "ZURUECK", "RETOUR"),
                tr(lg, "Gone away", "Empfaenger verzogen", "N'habite pas a l'adresse"),
            ],
        )
    note(a, d)
    return [p]


DUE = {
    "en": [
        "Annual vaccination",
        "Kennel cough vaccination",
        "Flea and worm treatment",
        "Six-monthly health check",
        "Dental check",
        "Senior wellness blood test",
    ],
    "de": [
        "Jahresimpfung SHPPi/L4",
        "Tollwut-Auffrischung",
        "Zwingerhusten-Impfung",
        "Entwurmung",
        "Gesundheitscheck",
        "Zahnkontrolle",
    ],
    "fr": [
        "Rappel annuel CHPPiL",
        "Rappel rage",
        "Vaccin toux du chenil",
        "Vermifuge",
        "Bilan de sante annuel",
        "Controle dentaire",
    ],
}


def tpl_prescription(rng: random.Random, who: Issuer) -> list[Page]:
    """A repeat prescription request filled in by a client on the practice's A5 slip, with
    the practice's authorisation box; or the vet's written prescription (Rezept, ordonnance)
    for a pharmacy, A5 with the patient, the drugs, dosage and the vet's signature."""
    h = practice_head()
    lg = h.lang
    s = style_of(h, A5, margin=34, pt=8.5)
    a = the_animal(rng)
    d = on(rng)
    w, hh = A5
    m = s.margin
    p = Page(A5)
    drugs = rng.sample(DRUGS[lg], rng.randint(1, 3))
    if rng.random() < 0.55:
        p.text(m, m - 6, fit(h.name, s.bold, 9, w - 2 * m), s.bold, 9)
        p.text(
            m, m + 4, fit(f"{h.street}, {h.town} - {h.phone}", s.font, 6.5, w - 2 * m), s.font, 6.5
        )
        y = m + 26
        p.text(
            m,
            y,
            tr(
                lg,
                "REPEAT PRESCRIPTION REQUEST",
                "Rezeptbestellung / Nachbestellung",
                "Demande de renouvellement d'ordonnance",
            ),
            s.bold,
            11,
        )
        y += 10
        y = fields(
            p,
            s,
            m,
            y,
            w - 2 * m,
            [
                (tr(lg, "Your name", "Name", "Nom"), a.owner.name),
                (tr(lg, "Phone", "Telefon", "Téléphone"), a.owner.phone),
                (tr(lg, "Pet's name", "Name des Tieres", "Nom de l'animal"), a.name),
                (tr(lg, "Species", "Tierart", "Espèce"), species_of(a, lg)),
            ],
            per=2,
            tall=26,
        )
        p.text(
            m,
            y,
            tr(
                lg,
                "Medication and strength / quantity",
                "Medikament / Staerke / Menge",
                "Médicament / dosage / quantité",
            ),
            s.font,
            7,
        )
        y += 14
        for dn, _ in drugs:
            scribble(p, m + 6, y, fit(dn, HAND, 9, w - 2 * m - 50), 9)
            scribble(p, w - m - 30, y, str(rng.choice([1, 2, 28, 30, 60])), 9)
            p.line(m, y + 4, w - m, y + 4)
            y += 18
        y += 6
        p.text(m, y, tr(lg, "I will:", "Ich moechte:", "Je souhaite :"), s.font, 7.5)
        y = (
            ticks(
                p,
                s,
                m + 40,
                y,
                w - 2 * m - 40,
                [
                    tr(lg, "collect", "abholen", "passer le chercher"),
                    tr(lg, "have it posted", "Zusendung", "envoi postal"),
                    tr(
                        lg,
                        "written Rx (online pharmacy)",
                        "Rezept fuer Apotheke",
                        "ordonnance seule",
                    ),
                ],
                {rng.randrange(3)},
                7.5,
            )
            + 6
        )
        sign(p, m + 10, y + 8, a.owner.name, 11)
        scribble(p, w - m - 70, y + 6, short(d, lg), 8.5)
        y += 24
        p.rect(m, y, w - 2 * m, hh - m - y - 10, fill=0.94)
        p.text(
            m + 5,
            y + 10,
            tr(lg, "PRACTICE USE ONLY", "Nur fuer die Praxis", "Réservé à la clinique"),
            s.bold,
            7.5,
        )
        yy = ticks(
            p,
            s,
            m + 5,
            y + 24,
            w - 2 * m - 10,
            [
                tr(lg, "Authorised", "Freigegeben", "Autorisé"),
                tr(lg, "Check-up needed", "Kontrolle noetig", "Consultation nécessaire"),
                tr(lg, "Ready", "Bereitgelegt", "Prêt"),
            ],
            set(rng.sample(range(3), 2)),
            7.5,
        )
        sign(p, m + 12, yy + 10, vet_of(h, a.name), 10)
        scribble(p, w - m - 70, yy + 8, short(d + timedelta(days=1), lg), 8)
    else:
        y = heading(p, s, h)
        title = tr(lg, "PRESCRIPTION", "Tieraerztliches Rezept", "ORDONNANCE")
        p.text(w / 2, y, title, s.bold, 12, "center")
        y += 18
        p.text(m, y, f"{tr(lg, 'Date', 'Datum', 'Date')}: {day(h, d)}", s.font, s.size)
        y += s.size * 1.6
        y = (
            pairs(
                p,
                s,
                m,
                y,
                [
                    (
                        tr(lg, "Owner", "Tierhalter", "Propriétaire"),
                        f"{a.owner.name}, {a.owner.town}",
                    ),
                    (
                        tr(lg, "Animal", "Tier", "Animal"),
                        f"{a.name}, {species_of(a, lg)}, {money(a.weight, lg)} kg",
                    ),
                    (tr(lg, "Identification", "Kennzeichnung", "Identification"), a.chip),
                ],
                w - m,
            )
            + 8
        )
        for dn, _ in drugs:
            p.text(
                m,
                y,
                fit(f"{tr(lg, 'Rx', 'Rp.', '')} {dn}".strip(), s.bold, s.size, w - 2 * m),
                s.bold,
                s.size,
            )
            y += s.size * 1.4
            for ln in wrap(
                tr(
                    lg,
                    f"Supply {rng.choice([1, 2, 28, 30])}. Give "
                    f"{rng.choice(['one', 'half a', 'two'])} "
                    f"{rng.choice(['tablet', 'dose'])} "
                    f"{rng.choice(['once', 'twice'])} daily with food.",
                    f"Menge: {rng.choice([1, 2, 28, 30])}. "
                    f"{rng.choice(['1', '1/2', '2'])} x taeglich mit dem Futter.",
                    f"QSP {rng.choice([1, 2, 3])} mois. "
                    f"{rng.choice(['1', '1/2', '2'])} cp matin et soir.",
                ),
                s.font,
                s.size - 0.5,
                w - 2 * m - 12,
            ):
                p.text(m + 12, y, ln, s.font, s.size - 0.5)
                y += s.size * 1.3
            y += 6
        p.text(
            m,
            y + 6,
            tr(lg, "Prescribing vet:", "Tierarzt/Tieraerztin:", "Vétérinaire prescripteur :"),
            s.font,
            s.size - 1,
        )
        sign(p, m + 20, y + 36, vet_of(h, a.name), 13)
        p.text(m, y + 50, fit(vet_of(h, a.name), s.font, s.size - 1, w - 2 * m), s.font, s.size - 1)
        if rng.random() < 0.7:
            stamp(p, w - m - 120, y + 20, stamp_lines(h))
        p.text(
            w / 2,
            hh - 18,
            fit(
                tr(
                    lg,
                    "POM-V - valid for 6 months from the date of issue",
                    "Gueltig 7 Tage (Antibiotika) bzw. 6 Monate",
                    "Ordonnance valable un an sauf mention contraire",
                ),
                s.font,
                6.5,
                w - 2 * m,
            ),
            s.font,
            6.5,
            "center",
        )
    note(a, d)
    return [p]


# ---------------------------------------------------------------------------------------------
# Laboratory results, referral letters and discharge reports
# ---------------------------------------------------------------------------------------------

# test, unit, low, high (dog reference range)
PANELS: dict[str, list[tuple[str, str, float, float]]] = {
    "haem": [
        ("RBC", "x10^12/l", 5.5, 8.5),
        ("HGB", "g/dl", 12.0, 18.0),
        ("HCT", "%", 37.0, 55.0),
        ("MCV", "fl", 60.0, 77.0),
        ("MCHC", "g/dl", 32.0, 36.0),
        ("WBC", "x10^9/l", 6.0, 17.0),
        ("Neutrophils", "x10^9/l", 3.0, 11.5),
        ("Lymphocytes", "x10^9/l", 1.0, 4.8),
        ("Monocytes", "x10^9/l", 0.15, 1.35),
        ("Eosinophils", "x10^9/l", 0.1, 1.25),
        ("Platelets", "x10^9/l", 200.0, 500.0),
    ],
    "chem": [
        ("Total protein", "g/l", 54.0, 77.0),
        ("Albumin", "g/l", 25.0, 40.0),
        ("Globulin", "g/l", 23.0, 45.0),
        ("Urea", "mmol/l", 2.5, 9.6),
        ("Creatinine", "umol/l", 44.0, 159.0),
        ("SDMA", "ug/dl", 0.0, 14.0),
        ("ALT", "U/l", 10.0, 125.0),
        ("ALP", "U/l", 23.0, 212.0),
        ("GGT", "U/l", 0.0, 11.0),
        ("Bilirubin", "umol/l", 0.0, 15.0),
        ("Glucose", "mmol/l", 3.9, 7.9),
        ("Cholesterol", "mmol/l", 2.8, 8.3),
        ("Calcium", "mmol/l", 1.98, 3.0),
        ("Phosphate", "mmol/l", 0.81, 2.19),
        ("Sodium", "mmol/l", 144.0, 160.0),
        ("Potassium", "mmol/l", 3.5, 5.8),
    ],
    "endo": [
        ("Total T4", "nmol/l", 13.0, 51.0),
        ("Cortisol (basal)", "nmol/l", 28.0, 250.0),
        ("Fructosamine", "umol/l", 190.0, 365.0),
        ("cPL (Spec)", "ug/l", 0.0, 200.0),
    ],
    "urine": [
        ("USG", "", 1.015, 1.045),
        ("pH", "", 5.5, 7.5),
        ("Protein:creatinine", "", 0.0, 0.5),
    ],
}
TESTS_DE = {
    "RBC": "Erythrozyten",
    "HGB": "Haemoglobin",
    "HCT": "Haematokrit",
    "WBC": "Leukozyten",
    "Neutrophils": "Neutrophile",
    "Lymphocytes": "Lymphozyten",
    "Monocytes": "Monozyten",
    "Eosinophils": "Eosinophile",
    "Platelets": "Thrombozyten",
    "Total protein": "Gesamteiweiss",
    "Urea": "Harnstoff",
    "Creatinine": "Kreatinin",
    "Glucose": "Glukose",
    "Phosphate": "Phosphat",
    "Sodium": "Natrium",
    "Potassium": "Kalium",
    "Cortisol (basal)": "Cortisol (basal)",
    "USG": "Spez. Gewicht",
    "Protein:creatinine": "UP/C",
}
TESTS_FR = {
    "RBC": "Hématies",
    "HGB": "Hémoglobine",
    "HCT": "Hématocrite",
    "WBC": "Leucocytes",
    "Neutrophils": "Neutrophiles",
    "Lymphocytes": "Lymphocytes",
    "Eosinophils": "Éosinophiles",
    "Platelets": "Plaquettes",
    "Total protein": "Protéines totales",
    "Albumin": "Albumine",
    "Globulin": "Globulines",
    "Urea": "Urée",
    "Creatinine": "Créatinine",
    "Bilirubin": "Bilirubine totale",
    "Cholesterol": "Cholestérol",
    "Phosphate": "Phosphore",
    "Sodium": "Sodium",
    "USG": "Densité urinaire",
    "Protein:creatinine": "RPCU",
}
PANEL_NAMES = {
    "haem": ("Haematology", "Haematologie", "Hématologie"),
    "chem": ("Biochemistry", "Klinische Chemie", "Biochimie"),
    "endo": ("Endocrinology", "Endokrinologie", "Endocrinologie"),
    "urine": ("Urinalysis", "Harnuntersuchung", "Analyse d'urine"),
}


def lab_value(rng: random.Random, lo: float, hi: float) -> tuple[float, str]:
    span = hi - lo
    r = rng.random()
    if r < 0.12:
        v = hi + span * rng.uniform(0.05, 1.2)
        return v, "H"
    if r < 0.2 and lo > 0:
        v = max(0.0, lo - span * rng.uniform(0.05, 0.4))
        return v, "L"
    return lo + span * rng.uniform(0.05, 0.95), ""


def num(v: float, lang: str, ref: float) -> str:
    dec = 3 if ref < 1.1 and ref > 0.9 else (2 if ref < 10 else (1 if ref < 100 else 0))
    t = f"{v:.{dec}f}"
    return t.replace(".", ",") if lang != "en" else t


def tpl_lab_report(rng: random.Random, who: Issuer) -> list[Page]:
    """The external laboratory's report to the practice: the lab's heading, the submitting
    practice, the patient, sample and accession numbers, then the panels (haematology,
    biochemistry, endocrinology, urinalysis) with results, units, reference ranges and
    high/low flags, some labs with a bar for where the value lies; sometimes the
    pathologist's comment page (cytology or histopathology) with signature."""
    h = head_of(who, "lab", ["band", "split", "rule", "centred"])
    lg = h.lang
    s = style_of(h, A4, pt=9)
    a = the_animal(rng, ("referral_letter",))
    d = on(rng)
    acc = serial(rng, rng.choice(["99-99999", "A9999999", "L99999999"]))
    f = sheets(
        s, h, f"{a.name} / {a.owner.last} - {tr(lg, 'Accession', 'Auftrag', 'Dossier')} {acc}"
    )
    w, _ = f.size
    m = s.margin
    title = tr(lg, "LABORATORY REPORT", "Befundbericht", "Compte rendu d'analyses")
    f.page.text(m, f.y, title, s.bold, s.size + 4)
    status = rng.choice(
        [
            tr(lg, "Final report", "Endbefund", "Résultats définitifs"),
            tr(lg, "Interim report", "Teilbefund", "Résultats partiels"),
        ]
    )
    f.page.text(w - m, f.y, status, s.bold, s.size, "right")
    f.y += 14
    yl = pairs(
        f.page,
        s,
        m,
        f.y,
        [
            (tr(lg, "Practice", "Einsender", "Clinique"), practice_head().name),
            (
                tr(lg, "Vet", "Tierarzt", "Vétérinaire"),
                vet_of(practice_head(), a.name).split(",")[0],
            ),
            (tr(lg, "Owner", "Besitzer", "Propriétaire"), a.owner.last),
            (tr(lg, "Animal", "Tier", "Animal"), f"{a.name}, {species_of(a, lg)}, {a.breed}"),
        ],
        w / 2 - 10,
        s.size - 1,
    )
    yr = pairs(
        f.page,
        s,
        w / 2 + 10,
        f.y,
        [
            (tr(lg, "Accession no.", "Auftragsnummer", "N° de dossier"), acc),
            (
                tr(lg, "Sample taken", "Probenentnahme", "Prélevé le"),
                short(d - timedelta(days=1), lg),
            ),
            (tr(lg, "Received", "Eingang", "Reçu le"), short(d, lg)),
            (
                tr(lg, "Reported", "Befunddatum", "Édité le"),
                short(d + timedelta(days=rng.randint(0, 2)), lg),
            ),
        ],
        w - m,
        s.size - 1,
    )
    f.y = max(yl, yr) + 4
    f.page.line(m, f.y, w - m, f.y)
    f.y += 14
    bars = rng.random() < 0.45
    panels = rng.choice(
        [
            ["haem", "chem"],
            ["chem"],
            ["haem", "chem", "endo"],
            ["haem"],
            ["chem", "urine"],
            ["haem", "chem", "urine"],
            ["endo"],
        ]
    )
    for pn in panels:
        en, de, fr = PANEL_NAMES[pn]
        f.need(60)
        f.page.text(m, f.y, tr(lg, en, de, fr), s.bold, s.size + 1)
        f.y += s.size * 1.8
        spec = [(3, "left"), (1.3, "right"), (0.5, "center"), (1.3, "left"), (1.8, "left")]
        if bars:
            spec.append((1.6, "left"))
        cols = columns(m, w - m, spec)
        head = [
            tr(lg, "Test", "Parameter", "Analyse"),
            tr(lg, "Result", "Ergebnis", "Résultat"),
            "",
            tr(lg, "Unit", "Einheit", "Unité"),
            tr(lg, "Reference", "Referenz", "Valeurs usuelles"),
        ]
        if bars:
            head.append("")
        rows = []
        marks: list[tuple[float, str]] = []
        for name, unit, lo, hi in PANELS[pn]:
            if rng.random() < 0.2:
                continue
            v, flag = lab_value(rng, lo, hi)
            fl = {"H": tr(lg, "H", "+", "H"), "L": tr(lg, "L", "-", "B")}.get(flag, "")
            label = {"de": TESTS_DE, "fr": TESTS_FR}.get(lg, {}).get(name, name)
            row = [label, num(v, lg, hi), fl, unit, f"{num(lo, lg, hi)} - {num(hi, lg, hi)}"]
            if bars:
                row.append("")
                marks.append(((v - lo) / (hi - lo) if hi > lo else 0.5, flag))
            rows.append(row)
        start_page, start_y = len(f.pages), f.y
        table(f, cols, head, rows, s, size=s.size - 1, step=1.55)
        if bars and len(f.pages) == start_page:
            left, right, _ = cols[-1]
            yy = start_y + (s.size - 1) * 1.9
            for frac, flag in marks:
                p = f.page
                p.rect(left + 2, yy - 6, right - left - 6, 5)
                x = left + 2 + (right - left - 6) * (0.25 + 0.5 * max(-0.4, min(1.4, frac)))
                x = max(left + 2, min(right - 6, x))
                p.rect(x, yy - 7, 3, 7, fill=0.0 if flag else 0.4)
                yy += (s.size - 1) * 1.55
        f.y += 10
    if rng.random() < 0.35:
        write(
            f,
            s,
            f"{tr(lg, 'Comment', 'Kommentar', 'Commentaire')}: {prose(rng, lg, 'clinic', 1, 2)}",
            s.size - 1,
        )
    pages = f.pages
    if rng.random() < 0.3:
        f2 = sheets(s, h, f"{a.name} / {a.owner.last} - {acc}")
        f2.new_page()
        f2.pages = f2.pages[1:]
        caption(
            f2,
            s,
            tr(
                lg,
                rng.choice(["Cytology report", "Histopathology report"]),
                rng.choice(["Zytologischer Befund", "Histopathologischer Befund"]),
                rng.choice(["Examen cytologique", "Examen histopathologique"]),
            ),
            2,
        )
        for t in [
            tr(lg, "Specimen", "Material", "Prélèvement"),
            tr(
                lg,
                "Microscopic description",
                "Mikroskopische Beschreibung",
                "Description microscopique",
            ),
            tr(lg, "Diagnosis", "Diagnose", "Diagnostic"),
            tr(lg, "Comment", "Kommentar", "Commentaire"),
        ]:
            f2.heading(m, t, s.bold, s.size)
            write(f2, s, prose(rng, lg, "clinic", 2, 5))
        f2.need(60)
        f2.y += 10
        path = rng.choice(
            [
                "Dr R. Whitcombe BVSc PhD FRCPath",
                "Dr. C. Albers, Dipl. ECVP",
                "Dr M. Rousseau, Dipl. ECVCP",
            ]
        )
        sign(f2.page, m, f2.y, path)
        f2.page.text(m, f2.y + 12, path, s.font, s.size - 1)
        pages = pages + f2.pages
    note(a, d, acc)
    return close(
        pages,
        s,
        h,
        numbers=rng.choice([h.numbers, "Seite {i} von {n}" if lg == "de" else "Page {i} of {n}"]),
    )


def history_pages(rng: random.Random, h: Head, a: Animal, d: date) -> list[Page]:
    """The practice software's clinical history printout: dated entries with the vet's
    initials, the notes and the items dispensed, in a fixed-pitch font."""
    lg = h.lang
    s = Style("Courier", "Courier-Bold", 8, 44, "none", "bottom", A4, "short")
    w, hh = A4
    m = s.margin

    def start(p: Page, n: int) -> float:
        p.text(
            m,
            28,
            fit(
                f"{h.name} - "
                f"{tr(lg, 'Clinical history', 'Krankengeschichte', 'Historique clinique')}"
                f" - {a.name} ({a.owner.last})",
                "Courier",
                7.5,
                w - 2 * m - 60,
            ),
            "Courier",
            7.5,
        )
        p.text(w - m, 28, f"{n}", "Courier", 7.5, "right")
        p.line(m, 32, w - m, 32)
        return 46

    f = Flow((w, hh), hh - 40, start)
    day_ = d - timedelta(days=rng.randint(200, 900))
    for _ in range(rng.randint(5, 14)):
        day_ = min(d, day_ + timedelta(days=rng.randint(3, 120)))
        f.need(40)
        f.page.text(
            m,
            f.y,
            f"{short(day_, lg)}  {rng.choice(['HR', 'TA', 'PN', 'KO', 'HB', 'CL', 'MH'])}  "
            f"{rng.choice(['Consult', 'Kons.', 'Note', 'Vacc', 'Rx', 'Tel'])}",
            "Courier-Bold",
            8,
        )
        f.y += 11
        f.para(m + 20, w - 2 * m - 20, prose(rng, lg, "clinic", 1, 3), "Courier", 8, 0.3)
        if rng.random() < 0.5:
            dn, _ = rng.choice(DRUGS[lg])
            f.para(
                m + 20, w - 2 * m - 20, f"* {dn} x{rng.choice([1, 14, 28, 30])}", "Courier", 8, 0.3
            )
        f.y += 6
    return f.pages


def tpl_referral_letter(rng: random.Random, who: Issuer) -> list[Page]:
    """The practice's referral letter to a specialist clinic about a patient: history,
    findings so far, current medication and the question; the clinical history printout from
    the practice software enclosed (one or two pages)."""
    h = practice_head()
    lg = h.lang
    s = style_of(h)
    a = the_animal(rng, ("lab_report",))
    d = the_day(rng, ("lab_report",), (0, 5))
    ref_h = head_of(who, "referral")
    f = sheets(s, h, f"{a.name} - {a.owner.name}")
    _w, _ = f.size
    m = s.margin
    vet = vet_of(h, a.name)
    spec = keyed(who, "spec").choice(SPECIALISTS[lg])
    recipient(
        f,
        s,
        h,
        [ref_h.name, spec.split(",")[0], ref_h.street, ref_h.town],
        d,
        [(tr(lg, "Our ref.", "Unser Zeichen", "Notre réf."), serial(rng, "99999"))],
    )
    caption(
        f,
        s,
        tr(
            lg,
            f"Referral: {a.name} ({a.owner.last}) - {species_of(a, lg)}, {a.breed}",
            f"Ueberweisung: {a.name} ({a.owner.last}), {species_of(a, lg)}, {a.breed}",
            f"Référé : {a.name} ({a.owner.last}), {species_of(a, lg)}, {a.breed}",
        ),
        1,
    )
    write(
        f,
        s,
        tr(
            lg,
            f"Dear {spec.split(',')[0].split()[0]} {spec.split(',')[0].split()[-1]},",
            "Liebe Kolleginnen und Kollegen,",
            "Chère consœur, cher confrère,",
        ),
    )
    write(
        f,
        s,
        tr(
            lg,
            f"Thank you for agreeing to see {a.name}, a {max(1, d.year - a.born.year)} year old "
            f"{sex_of(a, lg)} {a.breed}, owned by {mr(a.owner, lg)}.",
            f"vielen Dank fuer die Uebernahme von {a.name}, {a.breed}, {sex_of(a, lg)}, "
            f"{max(1, d.year - a.born.year)} Jahre, Besitzer {mr(a.owner, lg)}.",
            f"Je vous adresse {a.name}, {a.breed}, {sex_of(a, lg)}, {max(1, d.year - a.born.year)} "
            f"ans, appartenant à {mr(a.owner, lg)}.",
        ),
    )
    for head in [
        tr(lg, "History", "Vorbericht", "Anamnèse"),
        tr(lg, "Findings", "Befunde", "Examens réalisés"),
        tr(lg, "Current medication", "Aktuelle Medikation", "Traitement en cours"),
    ]:
        f.heading(m, head, s.bold, s.size)
        write(f, s, prose(rng, lg, "clinic", 2, 5))
    write(
        f,
        s,
        tr(
            lg,
            "I would be grateful for your assessment and further management. Recent blood "
            "results and the clinical history are enclosed.",
            "Fuer die weitere Abklaerung und Therapie waeren wir dankbar. Laborbefunde und "
            "Krankengeschichte anbei.",
            "Je vous remercie de votre avis et de la suite de la prise en charge. Vous trouverez "
            "ci-joint l'historique et les derniers résultats.",
        ),
    )
    regards(f, s, lg, vet.split(",")[0].split(" B")[0], vet, colleague=True)
    f.page.text(
        m,
        f.y,
        tr(lg, "Enc.: clinical history", "Anlagen: Krankengeschichte", "PJ : historique clinique"),
        s.font,
        s.size - 1,
    )
    pages = close(f.pages, s, h)
    if rng.random() < 0.8:
        pages += history_pages(rng, h, a, d)[:2]
    note(a, d, "", ref_h.name)
    return pages


def xray(p: Page, x: float, y: float, w: float, h: float, rng: random.Random) -> None:
    """A printed radiograph or ultrasound still: a dark field with paler bone and organ
    shapes, a side marker and a scale."""
    p.rect(x, y, w, h, fill=0.08)
    cx, cy = x + w * rng.uniform(0.35, 0.65), y + h * rng.uniform(0.35, 0.65)
    for _ in range(rng.randint(4, 8)):
        bw, bh = rng.uniform(0.05, 0.5) * w, rng.uniform(0.03, 0.35) * h
        bx = min(max(x, cx - bw / 2 + rng.uniform(-w / 4, w / 4)), x + w - bw)
        by = min(max(y, cy - bh / 2 + rng.uniform(-h / 4, h / 4)), y + h - bh)
        p.rect(bx, by, bw, bh, fill=rng.uniform(0.3, 0.8))
    for k in range(rng.randint(6, 12)):
        p.rect(x + w * 0.1 + k * w * 0.06, y + h * 0.18, w * 0.03, h * 0.06, fill=0.85)
    p.rect(x + 8, y + 8, 14, 14, fill=0.95)
    p.text(x + 15, y + 19, rng.choice(["L", "R", "D"]), "Helvetica-Bold", 10, "center")
    for k in range(5):
        p.line(x + w - 20, y + h - 20 - k * 12, x + w - 12, y + h - 20 - k * 12)


def tpl_discharge_report(rng: random.Random, who: Issuer) -> list[Page]:
    """The specialist clinic's report to the referring practice: sometimes a fax / e-mail
    cover sheet first; the letter to the colleague with presenting complaint, findings,
    diagnostics, diagnosis, treatment, medication on discharge and the recheck plan; then
    sometimes an imaging page and the owner's discharge instructions (large type, ticks)."""
    h = head_of(who, "referral", ["band", "split", "rule", "centred", "cross"])
    lg = h.lang
    s = style_of(h)
    a = the_animal(rng, ("referral_letter",))
    d = the_day(rng, ("referral_letter",), (4, 20))
    spec = keyed(who, "spec").choice(SPECIALISTS[lg])
    case = serial(rng, rng.choice(["999999", "K-99999", "NVR99999"]))
    pages: list[Page] = []
    w, hh = A4
    m = s.margin
    prac = practice_head()
    if rng.random() < 0.25:
        c = Page(A4)
        y = heading(c, s, h)
        c.text(
            m,
            y + 20,
            tr(lg, "FAX / E-MAIL COVER SHEET", "FAX-DECKBLATT", "BORDEREAU D'ENVOI"),
            s.bold,
            16,
        )
        y = pairs(
            c,
            s,
            m,
            y + 50,
            [
                (tr(lg, "To", "An", "À"), prac.name),
                (tr(lg, "Attn.", "z. Hd.", "À l'attention de"), vet_of(prac, a.name).split(",")[0]),
                (tr(lg, "From", "Von", "De"), spec.split(",")[0]),
                (tr(lg, "Date", "Datum", "Date"), day(h, d)),
                (tr(lg, "Pages (incl. this)", "Seiten (inkl. Deckblatt)", "Nombre de pages"), "_"),
                (tr(lg, "Re", "Betreff", "Objet"), f"{a.name} ({a.owner.last}) - {case}"),
            ],
            w - m - 150,
            s.size + 1,
        )
        c.rect(m, y + 20, w - 2 * m, 120)
        scribble(
            c,
            m + 10,
            y + 44,
            tr(
                lg,
                "Discharge report as discussed - thanks!",
                "Bericht wie besprochen",
                "CR comme convenu, merci",
            ),
        )
        c.text(
            m,
            hh - 80,
            fit(
                tr(
                    lg,
                    "This transmission is confidential and intended for the addressee only.",
                    "Diese Nachricht ist vertraulich.",
                    "Ce document est confidentiel.",
                ),
                s.font,
                7,
                w - 2 * m,
            ),
            s.font,
            7,
        )
        pages.append(c)
    f = sheets(s, h, f"{a.name} {a.owner.last} - {tr(lg, 'Case', 'Fall', 'Dossier')} {case}")
    recipient(
        f,
        s,
        h,
        [prac.name, vet_of(prac, a.name).split(",")[0], prac.street, prac.town],
        d,
        [(tr(lg, "Case no.", "Patienten-Nr.", "N° dossier"), case)],
    )
    caption(
        f,
        s,
        tr(
            lg,
            rng.choice(["Discharge Report", "Referral Report"]),
            rng.choice(["Entlassungsbericht", "Befundbericht"]),
            rng.choice(["Compte rendu d'hospitalisation", "Compte rendu de consultation"]),
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
                *patient_pairs(a, lg, full=False),
                (tr(lg, "Owner", "Besitzer", "Propriétaire"), mr(a.owner, lg)),
                (
                    tr(lg, "Admitted / discharged", "Aufnahme / Entlassung", "Entrée / sortie"),
                    f"{short(d - timedelta(days=rng.randint(1, 4)), lg)} / {short(d, lg)}",
                ),
            ],
            w / 2 + 60,
        )
        + 10
    )
    write(
        f,
        s,
        tr(
            lg,
            "Dear Colleague,",
            "Liebe Kollegin, lieber Kollege,",
            "Chère consœur, cher confrère,",
        ),
    )
    for head in [
        tr(lg, "Presenting complaint", "Vorstellungsgrund", "Motif de consultation"),
        tr(lg, "Clinical examination", "Klinische Untersuchung", "Examen clinique"),
        tr(lg, "Diagnostic tests", "Weiterfuehrende Diagnostik", "Examens complémentaires"),
        tr(lg, "Diagnosis", "Diagnose", "Diagnostic"),
        tr(lg, "Treatment", "Therapie", "Traitement"),
    ]:
        f.heading(m, head, s.bold, s.size)
        write(f, s, prose(rng, lg, "clinic", 1, 4))
    f.heading(
        m,
        tr(lg, "Medication on discharge", "Medikation bei Entlassung", "Traitement de sortie"),
        s.bold,
        s.size,
    )
    cols = columns(m, w - m, [(3.5, "left"), (2.5, "left"), (1.5, "left")])
    rows = [
        [
            dn,
            rng.choice(["1 tab BID", "0.5 tab SID", "1 ml q24h", "2 tabs TID"]),
            rng.choice(["7 d", "14 d", tr(lg, "ongoing", "dauerhaft", "au long cours")]),
        ]
        for dn, _ in rng.sample(DRUGS[lg], rng.randint(2, 4))
    ]
    table(
        f,
        cols,
        [
            tr(lg, "Drug", "Praeparat", "Médicament"),
            tr(lg, "Dose", "Dosierung", "Posologie"),
            tr(lg, "Duration", "Dauer", "Durée"),
        ],
        rows,
        s,
    )
    f.heading(m, tr(lg, "Recheck", "Kontrolle", "Contrôle"), s.bold, s.size)
    write(f, s, prose(rng, lg, "clinic", 1, 2))
    regards(f, s, lg, spec.split(",")[0], spec.split(",", 1)[-1].strip(), colleague=True)
    body = close(f.pages, s, h)
    pages += body
    if rng.random() < 0.3:
        p = Page(A4)
        y = running_header(p, s, f"{a.name} {a.owner.last} - {case}")
        p.text(
            m, y + 10, tr(lg, "Diagnostic imaging", "Bildgebung", "Imagerie"), s.bold, s.size + 2
        )
        for k in range(rng.choice([1, 2])):
            (xray if rng.random() < 0.6 else photo)(p, m, y + 30 + k * 330, w - 2 * m, 290, rng)
            p.text(
                m,
                y + 335 + k * 330,
                fit(f"{k + 1}. {prose(rng, lg, 'clinic', 1, 1)}", s.font, 8, w - 2 * m),
                s.font,
                8,
            )
        pages.append(p)
    if rng.random() < 0.45:
        s2 = paper(s, A4, s.margin, 11.5)
        f2 = sheets(s2, h)
        caption(
            f2,
            s2,
            tr(
                lg,
                f"Going home: instructions for {a.name}",
                f"Entlassungsinformation fuer {a.name}",
                f"Consignes de sortie - {a.name}",
            ),
            2,
        )
        for t in [
            tr(lg, "Exercise", "Bewegung", "Activité"),
            tr(lg, "Feeding", "Fuetterung", "Alimentation"),
            tr(lg, "Wound care", "Wundversorgung", "Soins de la plaie"),
            tr(lg, "Medication", "Medikamente", "Médicaments"),
        ]:
            f2.heading(m, t, s2.bold, s2.size)
            write(f2, s2, prose(rng, lg, "clinic", 1, 2))
        f2.need(60)
        f2.y = ticks(
            f2.page,
            s2,
            m,
            f2.y + 6,
            w - 2 * m,
            [
                tr(
                    lg,
                    "Buster collar at all times",
                    "Halskragen tragen",
                    "Collerette en permanence",
                ),
                tr(lg, "Lead walks only", "Nur an der Leine", "Promenades en laisse"),
                tr(
                    lg,
                    "Stitches out in 10-14 days",
                    "Faedenzug in 10-14 Tagen",
                    "Retrait des fils J10-14",
                ),
            ],
            set(rng.sample(range(3), rng.randint(1, 3))),
            10,
        )
        write(
            f2,
            s2,
            tr(
                lg,
                f"Worried? Call us any time on {h.phone or '0300 000 000'}.",
                "Bei Fragen erreichen Sie uns rund um die Uhr.",
                "En cas de doute, contactez-nous 24h/24.",
            ),
        )
        pages += f2.pages[:1]
    note(a, d, case)
    return pages


# ---------------------------------------------------------------------------------------------
# Insurance claims and the insurer's letters
# ---------------------------------------------------------------------------------------------

CONDITIONS = {
    "en": [
        "Otitis externa",
        "Gastroenteritis",
        "Cranial cruciate ligament rupture",
        "Atopic dermatitis",
        "Foreign body ingestion",
        "Hyperthyroidism",
        "Cystitis",
        "Laceration left forelimb",
    ],
    "de": [
        "Otitis externa",
        "Gastroenteritis",
        "Kreuzbandriss",
        "Atopische Dermatitis",
        "Fremdkoerper Magen",
        "Hyperthyreose",
        "Zystitis",
        "Schnittverletzung",
    ],
    "fr": [
        "Otite externe",
        "Gastro-entérite",
        "Rupture du ligament croisé",
        "Dermatite atopique",
        "Corps étranger",
        "Hyperthyroïdie",
        "Cystite",
        "Plaie membre antérieur",
    ],
}


def split_amount(rng: random.Random, amount: float, n: int) -> list[float]:
    """``amount`` in ``n`` uneven parts (rounded to pence/cents, the last takes the rest)."""
    cuts = sorted(rng.uniform(0.1, 0.9) for _ in range(n - 1))
    parts = [round(amount * (b - a), 2) for a, b in zip([0.0, *cuts], cuts, strict=False)]
    return [*parts, round(amount - sum(parts), 2)]


def tpl_insurance_claim(rng: random.Random, who: Issuer) -> list[Page]:
    """The pet insurer's claim form as it comes back filled in: the form number and 'Page i
    of n' printed on each page; the policyholder's part by hand (policy, pet, what happened,
    declaration and signature); the vet's part (condition, dates, clinical history, fees) with
    the practice stamp; sometimes a fees continuation sheet written by the practice."""
    h = head_of(who, "insurer", ["band", "rule", "split", "paw"])
    lg = h.lang
    s = style_of(h, A4, pt=8.5)
    a = the_animal(rng, ("treatment_invoice", "discharge_report"))
    d = the_day(rng, ("treatment_invoice", "discharge_report"), (1, 12))
    prac = practice_head()
    form = serial(rng, rng.choice(["CF/99/AA", "VF-999", "SA 99-99"]))
    w, hh = A4
    m = s.margin
    pages: list[Page] = []
    cond = rng.choice(CONDITIONS[lg])
    amount = (
        float(LAST["extra"])
        if LAST["kind"] == "treatment_invoice" and LAST["extra"]
        else rng.uniform(80, 2400)
    )

    p = Page(A4)
    pages.append(p)
    y = heading(p, s, h)
    title = tr(
        lg,
        "Claim Form - Vet Fees",
        "Schadenmeldung Tierkrankenversicherung",
        "Feuille de soins / demande de remboursement",
    )
    p.text(m, y, fit(title, s.bold, 14, w - 2 * m), s.bold, shrink(title, s.bold, 14, w - 2 * m))
    y += 14
    p.text(
        m,
        y,
        tr(
            lg,
            "Please complete in BLOCK CAPITALS and ask your vet to complete section 3.",
            "Bitte vollstaendig ausfuellen; Abschnitt 3 fuellt Ihre Tierarztpraxis aus.",
            "A remplir par le proprietaire (cadre 1 et 2) et par le veterinaire (cadre 3).",
        ),
        s.font,
        7.5,
    )
    y += 16
    y = band(p, s, y, tr(lg, "Section 1 - Policyholder", "1. Versicherungsnehmer", "1. Assuré")) + 4
    y = fields(
        p,
        s,
        m,
        y,
        w - 2 * m,
        [
            (tr(lg, "Policy number", "Versicherungsschein-Nr.", "N° de contrat"), a.policy),
            (tr(lg, "Name", "Name, Vorname", "Nom, prénom"), a.owner.name.upper()),
            (
                tr(lg, "Address", "Anschrift", "Adresse"),
                f"{a.owner.street}, {a.owner.town}".upper(),
            ),
            (tr(lg, "Telephone", "Telefon", "Téléphone"), a.owner.phone),
        ],
        per=2,
        tall=26,
    )
    y = (
        band(
            p,
            s,
            y,
            tr(
                lg,
                "Section 2 - Your pet and the claim",
                "2. Angaben zum Tier und zum Schaden",
                "2. L'animal et la maladie / l'accident",
            ),
        )
        + 4
    )
    y = fields(
        p,
        s,
        m,
        y,
        w - 2 * m,
        [
            (tr(lg, "Pet's name", "Name des Tieres", "Nom de l'animal"), a.name.upper()),
            (
                tr(lg, "Species / breed", "Tierart / Rasse", "Espèce / race"),
                f"{species_of(a, lg)} / {a.breed}",
            ),
            (
                tr(lg, "Date first noticed", "Erstmals bemerkt am", "Premiers symptômes le"),
                short(d - timedelta(days=rng.randint(2, 40)), lg),
            ),
            (tr(lg, "Microchip", "Chip-Nr.", "Identification"), a.chip),
        ],
        per=2,
        tall=26,
    )
    p.text(
        m,
        y,
        tr(lg, "Illness or accident?", "Krankheit oder Unfall?", "Maladie ou accident ?"),
        s.font,
        8,
    )
    y = (
        ticks(
            p,
            s,
            m + 120,
            y,
            200,
            [tr(lg, "Illness", "Krankheit", "Maladie"), tr(lg, "Accident", "Unfall", "Accident")],
            {rng.randrange(2)},
            8,
        )
        + 4
    )
    p.text(
        m,
        y,
        tr(
            lg,
            "Please describe what happened:",
            "Schilderung des Hergangs:",
            "Description des circonstances :",
        ),
        s.font,
        8,
    )
    y += 14
    for ln in wrap(prose(rng, lg, "clinic", 1, 2), HAND, 9, w - 2 * m - 10)[:4]:
        scribble(p, m + 4, y, ln, 9)
        p.line(m, y + 4, w - m, y + 4)
        y += 16
    y += 6
    p.text(m, y, tr(lg, "Pay the claim to:", "Erstattung an:", "Règlement à :"), s.font, 8)
    y = (
        ticks(
            p,
            s,
            m + 100,
            y,
            w - 2 * m - 100,
            [
                tr(lg, "Me", "mich", "moi-même"),
                tr(lg, "My vet (direct claim)", "die Tierarztpraxis", "la clinique (tiers payant)"),
            ],
            {rng.randrange(2)},
            8,
        )
        + 6
    )
    y = band(p, s, y, tr(lg, "Declaration", "Erklaerung", "Déclaration")) + 4
    for ln in wrap(
        tr(
            lg,
            "I declare that the information given is true and complete and I authorise my vet to "
            "release my pet's clinical history to the insurer.",
            "Ich versichere die Richtigkeit der Angaben und entbinde meine Tierarztpraxis von der "
            "Schweigepflicht gegenueber dem Versicherer.",
            "Je certifie l'exactitude des renseignements "
            "et autorise mon vétérinaire à communiquer le "
            "dossier médical de mon animal.",
        ),
        s.font,
        7.5,
        w - 2 * m,
    ):
        p.text(m, y, ln, s.font, 7.5)
        y += 9.5
    y += 14
    p.text(m, y, tr(lg, "Signature", "Unterschrift", "Signature"), s.font, 8)
    sign(p, m + 60, y, a.owner.name)
    p.text(w / 2 + 40, y, tr(lg, "Date", "Datum", "Date"), s.font, 8)
    scribble(p, w / 2 + 80, y, short(d, lg))

    q = Page(A4)
    pages.append(q)
    y = 40.0
    q.text(m, y, fit(f"{h.name} - {title}", s.font, 7.5, w - 2 * m), s.font, 7.5)
    y += 16
    y = (
        band(
            q,
            s,
            y,
            tr(
                lg,
                "Section 3 - To be completed by the veterinary surgeon",
                "3. Von der Tierarztpraxis auszufuellen",
                "3. Cadre réservé au vétérinaire",
            ),
        )
        + 4
    )
    y = fields(
        q,
        s,
        m,
        y,
        w - 2 * m,
        [
            (tr(lg, "Practice name", "Praxis", "Clinique"), prac.name),
            (
                tr(lg, "Treating vet", "Behandelnde/r Tierarzt/-aerztin", "Vétérinaire"),
                vet_of(prac, a.name).split(",")[0],
            ),
            (tr(lg, "Diagnosis / condition", "Diagnose", "Diagnostic"), cond),
            (
                tr(lg, "Date of first treatment", "Erstbehandlung am", "Date du premier soin"),
                short(d - timedelta(days=rng.randint(0, 30)), lg),
            ),
            (
                tr(lg, "Treatment start / end", "Behandlung von / bis", "Du / au"),
                f"{short(d - timedelta(days=rng.randint(1, 20)), lg)} - {short(d, lg)}",
            ),
            (
                tr(
                    lg,
                    "Is the condition ongoing?",
                    "Behandlung abgeschlossen?",
                    "Traitement terminé ?",
                ),
                rng.choice(yes_no(lg)),
            ),
        ],
        per=2,
        tall=26,
        hand=rng.random() < 0.6,
    )
    q.text(
        m,
        y,
        tr(
            lg,
            "Clinical history / treatment given:",
            "Krankheitsverlauf / Therapie:",
            "Historique et traitement :",
        ),
        s.font,
        8,
    )
    y += 14
    for ln in wrap(prose(rng, lg, "clinic", 2, 3), HAND, 8.5, w - 2 * m - 10)[:6]:
        scribble(q, m + 4, y, ln, 8.5)
        q.line(m, y + 4, w - m, y + 4)
        y += 15
    y += 10
    q.text(
        m,
        y,
        tr(
            lg,
            "Was there any sign of this condition before the policy start date?",
            "Bestanden Anzeichen vor Versicherungsbeginn?",
            "Signes antérieurs à l'adhésion ?",
        ),
        s.font,
        8,
    )
    ticks(q, s, w - m - 110, y, 110, yes_no(lg), {1}, 8, 0)
    y += 22
    cols = columns(m, w - m, [(1.3, "left"), (4, "left"), (1.3, "right")])
    q.text(
        m,
        y,
        tr(
            lg,
            "Fees (or attach invoices)",
            "Kosten (oder Rechnungen beifuegen)",
            "Honoraires (ou joindre les factures)",
        ),
        s.bold,
        8,
    )
    y += 14
    inv = [
        (short(d - timedelta(days=k * 3), lg), rng.choice(SERVICES[lg])[0], money(part, lg))
        for k, part in enumerate(split_amount(rng, amount, rng.randint(1, 4)))
    ]
    for row in inv:
        for c, t in zip(cols, row, strict=True):
            cell(q, c, y, t, HAND, 8.5)
        q.line(m, y + 4, w - m, y + 4)
        y += 15
    cell(q, cols[1], y + 4, tr(lg, "Total claimed", "Gesamt", "Total"), s.bold, 8)
    cell(q, cols[2], y + 4, cash(amount, lg), HAND, 9)
    y += 30
    q.text(
        m,
        y,
        tr(lg, "Vet's signature", "Unterschrift Tierarzt", "Signature du vétérinaire"),
        s.font,
        8,
    )
    sign(q, m + 90, y, vet_of(prac, a.name))
    stamp(q, w - m - 150, y - 10, stamp_lines(prac))
    pages_ = pages
    if rng.random() < 0.3:
        c = Page(A4)
        ps = style_of(prac)
        yy = heading(c, ps, prac)
        c.text(
            m,
            yy,
            tr(
                lg,
                "Continuation - fees for insurance claim",
                "Fortsetzung - Kostenaufstellung",
                "Suite - détail des honoraires",
            ),
            ps.bold,
            11,
        )
        c.text(m, yy + 14, f"{a.name} / {a.owner.name} / {a.policy}", ps.font, 9)
        fl = Flow(A4, hh - 60, lambda pg, n: yy + 36)
        fl.page, fl.pages, fl.y = c, [c], yy + 36
        rows = [
            [short(vd, lg), desc, money(q2 * pr, lg)]
            for vd, _, desc, q2, pr in invoice_lines(rng, lg, d, rng.randint(6, 16))
        ]
        table(
            fl,
            columns(m, w - m, [(1.3, "left"), (5, "left"), (1.3, "right")]),
            [
                tr(lg, "Date", "Datum", "Date"),
                tr(lg, "Item", "Leistung", "Acte"),
                tr(lg, "Amount", "Betrag", "Montant"),
            ],
            rows,
            ps,
        )
        pages_ = [*pages, *fl.pages[:1]]
    n = len(pages)
    for k, pg in enumerate(pages, 1):
        pg.text(m, hh - 22, form, s.font, 6.5)
        pg.text(
            w - m,
            hh - 22,
            tr(lg, f"Page {k} of {n}", f"Seite {k} von {n}", f"Page {k}/{n}"),
            s.font,
            7,
            "right",
        )
    received(rng, p, lg, d, 0.25, prac.name[:18])
    note(a, d, a.policy, amount)
    return pages_


def tpl_insurer_letter(rng: random.Random, who: Issuer) -> list[Page]:
    """The insurer's letter about a claim, to the practice (direct claim) or a copy of the
    letter to the owner: acknowledgement, further information requested or settlement;
    with a settlement statement page (amount claimed, excess, co-payment, not covered,
    paid)."""
    h = head_of(who, "insurer", ["band", "rule", "split", "paw", "centred"])
    lg = h.lang
    s = style_of(h)
    a = the_animal(rng, ("insurance_claim",))
    d = the_day(rng, ("insurance_claim",), (7, 30))
    amount = (
        float(LAST["extra"])
        if LAST["kind"] == "insurance_claim" and LAST["extra"]
        else rng.uniform(90, 2600)
    )
    claim = serial(rng, rng.choice(["C99999999", "SCH-9999-99999", "99999999"]))
    f = sheets(s, h, f"{tr(lg, 'Claim', 'Schaden-Nr.', 'Dossier')} {claim}")
    w, _ = f.size
    m = s.margin
    to_vet = rng.random() < 0.5
    lines = practice_lines() if to_vet else owner_lines(a.owner, lg)
    recipient(
        f,
        s,
        h,
        lines,
        d,
        [
            (tr(lg, "Policy", "Vertrag", "Contrat"), a.policy),
            (tr(lg, "Claim", "Schaden-Nr.", "Sinistre"), claim),
            (tr(lg, "Pet", "Tier", "Animal"), a.name),
        ],
    )
    kind = rng.choice(["settle", "settle", "info", "ack"])
    subj = {
        "settle": tr(
            lg,
            f"Your claim for {a.name} - settlement",
            f"Erstattung Ihrer Tierarztkosten - {a.name}",
            f"Remboursement des frais vétérinaires - {a.name}",
        ),
        "info": tr(
            lg,
            "We need more information",
            "Rueckfrage zu Ihrer Schadenmeldung",
            "Demande de pièces complémentaires",
        ),
        "ack": tr(lg, "We have received your claim", "Eingangsbestaetigung", "Accusé de réception"),
    }[kind]
    caption(f, s, subj, 1)
    write(f, s, dear(lg, None if to_vet else mr(a.owner, lg)))
    write(
        f,
        s,
        prose(rng, lg, "clinic", 2, 3)
        if rng.random() < 0.3
        else tr(
            lg,
            f"Thank you for the claim for {a.name} which we "
            f"received on {short(d - timedelta(days=5), lg)}.",
            f"vielen Dank fuer Ihre Schadenmeldung zu {a.name}, "
            f"eingegangen am {short(d - timedelta(days=5), lg)}.",
            "Nous avons bien reçu votre demande de remboursement "
            f"pour {a.name} le {short(d - timedelta(days=5), lg)}.",
        ),
    )
    excess = rng.choice([99.0, 120.0, 150.0, 0.0])
    co = 0.2 if rng.random() < 0.5 else 0.0
    nc = round(amount * rng.uniform(0, 0.15), 2)
    paid = max(0.0, (amount - excess - nc) * (1 - co))
    if kind == "settle":
        write(
            f,
            s,
            tr(
                lg,
                f"We have paid {cash(paid, lg)} "
                f"{'to the practice' if to_vet else 'to your account'}. "
                "A breakdown is shown on the settlement statement.",
                f"Wir erstatten {cash(paid, lg)}. Die Abrechnung finden Sie in der Anlage.",
                f"Nous procédons au règlement de {cash(paid, lg)}. Le détail figure en annexe.",
            ),
        )
    elif kind == "info":
        write(
            f,
            s,
            tr(
                lg,
                "Before we can assess the claim, please send us:",
                "Zur Pruefung benoetigen wir noch:",
                "Afin d'étudier votre dossier, merci de nous transmettre :",
            ),
        )
        for t in rng.sample(
            [
                tr(
                    lg,
                    "the full clinical history",
                    "die vollstaendige Krankengeschichte",
                    "l'historique médical complet",
                ),
                tr(lg, "an itemised invoice", "eine detaillierte Rechnung", "la facture détaillée"),
                tr(
                    lg, "the referral report", "den Klinikbericht", "le compte rendu du spécialiste"
                ),
            ],
            2,
        ):
            write(f, s, f"-  {t}", indent=14)
    else:
        write(f, s, prose(rng, lg, "clinic", 1, 2))
    write(
        f,
        s,
        tr(
            lg,
            "If you have any questions please call our claims team.",
            "Fuer Rueckfragen stehen wir gerne zur Verfuegung.",
            "Notre service reste à votre disposition.",
        ),
    )
    regards(
        f,
        s,
        lg,
        f"{rng.choice(FIRSTS[lg]['f'])} {rng.choice(LASTS[lg])}",
        tr(lg, "Claims Handler", "Leistungsabteilung", "Service indemnisation"),
    )
    pages = f.pages
    if kind == "settle" and rng.random() < 0.65:
        f2 = sheets(s, h, f"{tr(lg, 'Claim', 'Schaden-Nr.', 'Dossier')} {claim}")
        f2.new_page()
        f2.pages = f2.pages[1:]
        caption(
            f2,
            s,
            tr(lg, "Settlement statement", "Leistungsabrechnung", "Décompte de remboursement"),
            2,
        )
        rows = [
            [
                short(d - timedelta(days=rng.randint(10, 40)), lg),
                rng.choice(SERVICES[lg])[0],
                money(part, lg),
            ]
            for part in split_amount(rng, amount, rng.randint(1, 5))
        ]
        table(
            f2,
            columns(m, w - m, [(1.3, "left"), (5, "left"), (1.4, "right")]),
            [
                tr(lg, "Date", "Datum", "Date"),
                tr(lg, "Treatment", "Behandlung", "Acte"),
                tr(lg, "Claimed", "Eingereicht", "Présenté"),
            ],
            rows,
            s,
        )
        f2.y += 8
        f2.y = pairs(
            f2.page,
            s,
            w * 0.45,
            f2.y,
            [
                (
                    tr(lg, "Amount claimed", "Eingereichter Betrag", "Montant présenté"),
                    money(amount, lg),
                ),
                (
                    tr(lg, "Not covered", "Nicht erstattungsfaehig", "Non pris en charge"),
                    f"- {money(nc, lg)}",
                ),
                (tr(lg, "Excess", "Selbstbeteiligung", "Franchise"), f"- {money(excess, lg)}"),
                (
                    tr(
                        lg,
                        f"Co-payment {int(co * 100)}%",
                        f"Eigenanteil {int(co * 100)} %",
                        f"Participation {int(co * 100)} %",
                    ),
                    f"- {money((amount - excess - nc) * co, lg)}",
                ),
                (tr(lg, "Paid", "Erstattung", "Remboursé"), cash(paid, lg)),
            ],
            w - m,
            s.size,
        )
        pages = [*pages, *f2.pages]
    if to_vet:
        received(rng, pages[0], lg, d, 0.5)
    note(a, d, claim)
    return close(pages, s, h)


# ---------------------------------------------------------------------------------------------
# Euthanasia and cremation
# ---------------------------------------------------------------------------------------------


def tpl_euthanasia_consent(rng: random.Random, who: Issuer) -> list[Page]:
    """The practice's euthanasia consent form: owner and animal, the declaration, the
    aftercare chosen (communal or individual cremation, ashes returned in a casket or scatter
    tube, home burial), keepsakes, the owner's signature and the vet's."""
    h = practice_head()
    lg = h.lang
    s = style_of(h, A4)
    a = the_animal(rng)
    d = on(rng)
    f = sheets(s, h)
    p = f.page
    w, hh = f.size
    m = s.margin
    caption(
        f,
        s,
        tr(
            lg,
            "Consent for Euthanasia",
            "Einverstaendniserklaerung zur Euthanasie",
            "Autorisation d'euthanasie",
        ),
        4,
    )
    y = fields(
        p,
        s,
        m,
        f.y,
        w - 2 * m,
        [
            (tr(lg, "Owner", "Tierhalter/in", "Propriétaire"), a.owner.name),
            (tr(lg, "Address", "Anschrift", "Adresse"), f"{a.owner.street}, {a.owner.town}"),
            (tr(lg, "Animal's name", "Name des Tieres", "Nom de l'animal"), a.name),
            (
                tr(
                    lg,
                    "Species / breed / colour",
                    "Tierart / Rasse / Farbe",
                    "Espèce / race / robe",
                ),
                f"{species_of(a, lg)} / {a.breed} / {a.colour}",
            ),
        ],
        per=2,
        tall=28,
    )
    text = tr(
        lg,
        "I, the undersigned, am the owner (or the authorised agent of the owner) of the animal "
        "described above. I request and consent to its euthanasia. I confirm that the animal has "
        "not bitten any person within the last 14 days.",
        "Ich bin Eigentuemer/in des oben genannten Tieres bzw. von diesem bevollmaechtigt und "
        "wuensche, dass das Tier schmerzlos eingeschlaefert wird. Das Tier hat in den letzten 14 "
        "Tagen keinen Menschen gebissen.",
        "Je soussigne(e), proprietaire de l'animal designe ci-dessus ou mandate par celui-ci, "
        "demande et autorise son euthanasie. Je certifie que l'animal n'a mordu personne au cours "
        "des 15 derniers jours.",
    )
    for ln in wrap(text, s.font, s.size, w - 2 * m):
        p.text(m, y, ln, s.font, s.size)
        y += s.size * 1.4
    y += 12
    y = band(p, s, y, tr(lg, "Aftercare", "Verbleib des Tierkoerpers", "Devenir du corps")) + 8
    opts = [
        tr(
            lg,
            "Communal cremation (ashes not returned)",
            "Sammeleinaescherung (ohne Urne)",
            "Incinération collective",
        ),
        tr(
            lg,
            "Individual cremation - ashes returned",
            "Einzeleinaescherung mit Urne",
            "Incinération individuelle avec retour des cendres",
        ),
        tr(
            lg,
            "Owner takes the body home for burial",
            "Mitnahme durch den Besitzer",
            "Le propriétaire reprend le corps",
        ),
    ]
    choice = rng.choices([0, 1, 2], [4, 4, 2])[0]
    for k, t in enumerate(opts):
        box(p, m, y, k == choice, 9)
        p.text(m + 16, y, t, s.font, s.size)
        y += s.size * 2
    if choice == 1:
        p.text(m + 16, y, tr(lg, "Returned in:", "Urne:", "Urne :"), s.font, s.size - 1)
        ticks(
            p,
            s,
            m + 90,
            y,
            w - 2 * m - 90,
            [
                tr(lg, "Scatter tube", "Streurohr", "Tube"),
                tr(lg, "Wooden casket", "Holzurne", "Urne bois"),
                tr(lg, "Ceramic urn", "Keramikurne", "Urne céramique"),
            ],
            {rng.randrange(3)},
            8,
            0,
        )
        y += s.size * 2
    p.text(m, y, tr(lg, "Keepsakes:", "Erinnerungsstuecke:", "Souvenirs :"), s.font, s.size - 1)
    ticks(
        p,
        s,
        m + 90,
        y,
        w - 2 * m - 90,
        [
            tr(lg, "Paw print", "Pfotenabdruck", "Empreinte"),
            tr(lg, "Fur clipping", "Fellsträhne", "Mèche de poils"),
            tr(lg, "None", "Keine", "Aucun"),
        ],
        {rng.randrange(3)},
        8,
        0,
    )
    y += s.size * 3
    p.text(
        m,
        y,
        tr(lg, "Signed (owner / agent)", "Unterschrift Tierhalter/in", "Signature du propriétaire"),
        s.font,
        s.size - 1,
    )
    p.line(m + 130, y + 2, m + 320, y + 2)
    sign(p, m + 140, y, a.owner.name)
    p.text(w - m - 120, y, tr(lg, "Date", "Datum", "Date"), s.font, s.size - 1)
    scribble(p, w - m - 90, y, short(d, lg))
    y += 30
    p.text(
        m,
        y,
        tr(lg, "Veterinary surgeon", "Tierarzt/Tieraerztin", "Vétérinaire"),
        s.font,
        s.size - 1,
    )
    sign(p, m + 140, y, vet_of(h, a.name))
    y += 26
    if y < hh - m - 60:
        y = band(p, s, y, tr(lg, "Practice use", "Praxisvermerk", "Clinique")) + 8
        fields(
            p,
            s,
            m,
            y,
            w - 2 * m,
            [
                (tr(lg, "Paid", "Bezahlt", "Réglé"), rng.choice(yes_no(lg))),
                (
                    tr(lg, "Crematorium ref.", "Krematorium-Nr.", "Réf. crématorium"),
                    serial(rng, "99999"),
                ),
                (tr(lg, "Body tag", "Anhaenger", "Étiquette"), serial(rng, "A999")),
            ],
            per=3,
            tall=24,
        )
    ref = ["communal", "individual", "home"][choice]
    note(a, d, ref)
    return close(f.pages, s, h, numbers="none")


def tpl_cremation_certificate(rng: random.Random, who: Issuer) -> list[Page]:
    """The pet crematorium's certificate of individual cremation: an A5 landscape or A4 sheet
    with a decorative double frame, the pet's name, the owner, the date and the cremation
    number, signed by the crematorium manager."""
    h = head_of(who, "crematorium")
    lg = h.lang
    a = the_animal(rng, ("euthanasia_consent",))
    d = the_day(rng, ("euthanasia_consent",), (3, 12))
    size = rng.choice([landscape(A5), landscape(A5), A4])
    w, hh = size
    font = rng.choice(["Times-Roman", "Helvetica"])
    ital = "Times-Italic" if font == "Times-Roman" else "Helvetica-Oblique"
    bold = "Times-Bold" if font == "Times-Roman" else "Helvetica-Bold"
    p = Page(size)
    p.rect(18, 18, w - 36, hh - 36)
    p.rect(24, 24, w - 48, hh - 48)
    for cx, cy in ((30, 30), (w - 42, 30), (30, hh - 42), (w - 42, hh - 42)):
        p.rect(cx, cy, 12, 12, fill=0.5)
    y = 62.0 if size != A4 else hh * 0.3
    p.text(w / 2, y, h.name, bold, 12, "center")
    y += 30
    t = tr(
        lg,
        "Certificate of Individual Cremation",
        "Einaescherungsurkunde",
        "Certificat d'incinération individuelle",
    )
    p.text(w / 2, y, t, ital, shrink(t, ital, 22, w - 80), "center")
    y += 34
    p.text(
        w / 2,
        y,
        tr(lg, "This is to certify that", "Hiermit bestaetigen wir, dass", "Nous certifions que"),
        font,
        11,
        "center",
    )
    y += 28
    p.text(w / 2, y, a.name, bold, 20, "center")
    y += 22
    p.text(
        w / 2,
        y,
        fit(
            tr(
                lg,
                f"beloved companion of {a.owner.name}",
                f"geliebter Begleiter von {mr(a.owner, lg)}",
                f"fidèle compagnon de {mr(a.owner, lg)}",
            ),
            font,
            11,
            w - 80,
        ),
        font,
        11,
        "center",
    )
    y += 20
    p.text(
        w / 2,
        y,
        tr(
            lg,
            f"was individually cremated on {day(h, d)}",
            f"am {day(h, d)} einzeln eingeaeschert wurde.",
            f"a été incinéré individuellement le {day(h, d)}.",
        ),
        font,
        11,
        "center",
    )
    y += 30
    p.text(
        w / 2,
        y,
        tr(lg, "Forever in our hearts", "Unvergessen", "A jamais dans nos cœurs"),
        ital,
        12,
        "center",
    )
    no = serial(rng, rng.choice(["IC 99999", "E-9999/99", "N° 99999"]))
    p.text(44, hh - 46, f"{tr(lg, 'Cremation no.', 'Urkunde Nr.', 'N°')} {no}", font, 8)
    p.text(44, hh - 36, fit(f"{h.street}, {h.town}", font, 7, w / 2 - 50), font, 7)
    sign(p, w - 200, hh - 52, f"{rng.choice(FIRSTS[lg]['m'])} {rng.choice(LASTS[lg])}", 12)
    p.line(w - 200, hh - 46, w - 60, hh - 46)
    p.text(
        w - 130,
        hh - 36,
        tr(lg, "Crematorium manager", "Krematoriumsleitung", "Le responsable"),
        font,
        7,
        "center",
    )
    note(a, d, no)
    return [p]


def tpl_crematorium_invoice(rng: random.Random, who: Issuer) -> list[Page]:
    """The crematorium's monthly invoice to the practice: the collections of the month, one
    line per animal (date, tag, pet, owner, species, weight, communal or individual, urn),
    subtotals, VAT and the total; one to three pages."""
    h = head_of(who, "crematorium")
    lg = h.lang
    s = style_of(h)
    month: date = OFFICE["month"]  # type: ignore[assignment]
    d = month + timedelta(days=rng.randint(0, 5))
    no = serial(rng, rng.choice(["INV99999", "RE-99-9999", "F9999-99"]))
    f = sheets(s, h, f"{tr(lg, 'Invoice', 'Rechnung', 'Facture')} {no}")
    w, _ = f.size
    m = s.margin
    recipient(
        f,
        s,
        h,
        practice_lines(tr(lg, "Accounts", "Buchhaltung", "Comptabilité")),
        d,
        [
            (tr(lg, "Invoice", "Rechnung", "Facture"), no),
            (tr(lg, "Account", "Kunden-Nr.", "Compte"), serial(rng, "V999")),
        ],
    )
    prev = month - timedelta(days=1)
    caption(
        f,
        s,
        tr(
            lg,
            f"Invoice - collections {MONTH_EN[prev.month - 1]} {prev.year}",
            f"Rechnung - Abholungen {prev.month:02d}/{prev.year}",
            f"Facture - enlèvements {prev.month:02d}/{prev.year}",
        ),
        2,
    )
    cols = columns(
        m,
        w - m,
        [
            (1.1, "left"),
            (0.8, "left"),
            (1.3, "left"),
            (1.5, "left"),
            (0.8, "left"),
            (0.7, "right"),
            (1.2, "left"),
            (1.1, "right"),
        ],
    )
    rows = []
    total = 0.0
    for _ in range(rng.choice([4, 7, 10, 15, 22, 34, 48])):
        an = rng.choice(animals())
        ind = rng.random() < 0.4
        wt = an.weight
        price = (rng.choice([140, 165, 190]) if ind else rng.choice([28, 36, 45])) + (
            wt * (1.2 if ind else 0.8)
        )
        total += price
        rows.append(
            [
                short(prev - timedelta(days=rng.randint(0, 27)), lg),
                serial(rng, "A999"),
                an.name,
                an.owner.last,
                species_of(an, lg)[:5],
                f"{wt:.0f}",
                tr(lg, "Individual", "Einzel", "Individuelle")
                if ind
                else tr(lg, "Communal", "Sammel", "Collective"),
                money(price, lg),
            ]
        )
    rows.sort(key=lambda r: r[0][::-1])
    table(
        f,
        cols,
        [
            tr(lg, "Collected", "Abholung", "Enlevé"),
            tr(lg, "Tag", "Marke", "Étiq."),
            tr(lg, "Pet", "Tier", "Animal"),
            tr(lg, "Owner", "Besitzer", "Propriétaire"),
            tr(lg, "Sp.", "Art", "Esp."),
            "kg",
            tr(lg, "Type", "Art", "Type"),
            tr(lg, "Net", "Netto", "HT"),
        ],
        rows,
        s,
        size=s.size - 1.5,
        rules=rng.random() < 0.4,
    )
    f.need(70)
    f.y += 6
    rate = VAT[lg]
    f.y = pairs(
        f.page,
        s,
        w * 0.55,
        f.y,
        [
            (tr(lg, "Net", "Netto", "Total HT"), money(total, lg)),
            (tr(lg, "VAT", "MwSt.", "TVA"), money(total * rate, lg)),
            (tr(lg, "Total due", "Gesamtbetrag", "Total TTC"), cash(total * (1 + rate), lg)),
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
            "Payment within 30 days by BACS please.",
            "Zahlbar innerhalb 14 Tagen ohne Abzug.",
            "Règlement à 30 jours fin de mois.",
        ),
        s.size - 1,
    )
    received(rng, f.pages[0], lg, d, 0.4)
    note(None, d, no)
    return close(f.pages, s, h)


MONTH_EN = [
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
]


# ---------------------------------------------------------------------------------------------
# Suppliers: invoices and delivery notes
# ---------------------------------------------------------------------------------------------

STOCK = {
    "en": [
        ("Meloxicam 1.5mg/ml oral susp 100ml", "1", 24.10),
        ("Amoxicillin/clav 250mg tabs", "100", 38.60),
        ("Cefovecin 80mg/ml inj", "23ml", 142.30),
        ("Maropitant 10mg/ml inj", "20ml", 58.90),
        ("Buprenorphine 0.3mg/ml inj CD3", "10ml", 17.40),
        ("Methadone 10mg/ml inj CD2", "20ml", 21.75),
        ("Ketamine 100mg/ml inj CD2", "10ml", 13.90),
        ("Propofol 10mg/ml emulsion", "5x20ml", 34.20),
        ("Isoflurane 250ml", "1", 52.00),
        ("Hartmann's 500ml", "20", 29.80),
        ("Fluralaner 1000mg", "1", 24.90),
        ("DHP vaccine (fridge)", "10 dose", 48.20),
        ("L4 vaccine (fridge)", "10 dose", 55.40),
        ("Rabies vaccine (fridge)", "10 dose", 38.70),
        ("Suture 3/0 absorbable", "12", 46.80),
        ("Nitrile gloves M", "100", 5.90),
        ("Syringes 2.5ml", "100", 4.35),
        ("Catheter 22G", "50", 27.10),
        ("Renal wet diet 12x85g", "1", 10.60),
        ("Gastrointestinal dry diet 12kg", "1", 58.20),
        ("Weight management dry 7kg", "1", 36.40),
    ],
    "de": [
        ("Meloxicam Susp. 1,5 mg/ml 100 ml", "1", 22.40),
        ("Amoxi/Clav 250 mg Tabl.", "100", 35.10),
        ("Cefovecin 80 mg/ml Inj.", "23 ml", 131.90),
        ("Maropitant 10 mg/ml Inj.", "20 ml", 54.20),
        ("Buprenorphin 0,3 mg/ml Inj. BtM", "10 ml", 16.10),
        ("Levomethadon 2,5 mg/ml BtM", "10 ml", 18.70),
        ("Ketamin 100 mg/ml Inj.", "10 ml", 12.80),
        ("Propofol 10 mg/ml", "5 x 20 ml", 31.60),
        ("Isofluran 250 ml", "1", 48.50),
        ("Ringer-Laktat 500 ml", "10", 14.90),
        ("Fluralaner 1000 mg", "1", 23.10),
        ("Impfstoff SHPPi (Kuehlware)", "10 Dos.", 44.60),
        ("Impfstoff L4 (Kuehlware)", "10 Dos.", 51.30),
        ("Tollwutimpfstoff (Kuehlware)", "10 Dos.", 35.80),
        ("Nahtmaterial 3/0 resorb.", "12", 43.20),
        ("Einmalhandschuhe Nitril M", "100", 5.50),
        ("Einmalspritzen 2 ml", "100", 4.10),
        ("Diaetfutter Niere 12 x 85 g", "1", 9.80),
        ("Diaetfutter Gastro 12 kg", "1", 54.90),
    ],
    "fr": [
        ("Meloxicam susp. 1,5 mg/ml 100 ml", "1", 23.00),
        ("Amoxicilline/clav. 250 mg cp", "100", 36.40),
        ("Cefovecine 80 mg/ml inj.", "23 ml", 136.50),
        ("Maropitant 10 mg/ml inj.", "20 ml", 55.80),
        ("Buprenorphine 0,3 mg/ml (stup.)", "10 ml", 16.60),
        ("Methadone 10 mg/ml (stup.)", "20 ml", 20.40),
        ("Ketamine 100 mg/ml (stup.)", "10 ml", 13.20),
        ("Propofol 10 mg/ml", "5 x 20 ml", 32.90),
        ("Isoflurane 250 ml", "1", 49.90),
        ("Ringer lactate 500 ml", "20", 27.90),
        ("Vaccin CHPPi (froid)", "10 doses", 46.10),
        ("Vaccin L4 (froid)", "10 doses", 52.80),
        ("Vaccin rage (froid)", "10 doses", 37.20),
        ("Fil resorbable 3/0", "12", 44.90),
        ("Gants nitrile M", "100", 5.70),
        ("Seringues 2 ml", "100", 4.20),
        ("Aliment renal sachets 12 x 85 g", "1", 10.20),
        ("Aliment digestif croquettes 12 kg", "1", 56.30),
    ],
}


FOOD_LINES = {
    "en": [
        "Renal Care",
        "Gastrointestinal",
        "Urinary S/O",
        "Hypoallergenic",
        "Weight Control",
        "Mobility",
        "Puppy Medium",
        "Senior 7+",
        "Dental",
    ],
    "de": [
        "Renal",
        "Gastro Intestinal",
        "Urinary",
        "Hypoallergen",
        "Gewichtsreduktion",
        "Gelenk",
        "Welpe",
        "Senior",
    ],
    "fr": [
        "Renal",
        "Digestif",
        "Urinaire",
        "Hypoallergenique",
        "Obesite",
        "Articulations",
        "Chiot",
        "Senior",
    ],
}
FOOD_PACKS = {
    "en": [
        ("canine dry 2kg", "1", 18.40),
        ("canine dry 12kg", "1", 62.90),
        ("feline dry 1.5kg", "1", 17.20),
        ("feline wet 12x85g", "1", 10.80),
        ("canine wet 12x400g", "1", 28.60),
    ],
    "de": [
        ("Hund trocken 2 kg", "1", 17.10),
        ("Hund trocken 12 kg", "1", 58.40),
        ("Katze trocken 1,5 kg", "1", 16.30),
        ("Katze nass 12 x 85 g", "1", 9.90),
    ],
    "fr": [
        ("chien croquettes 2 kg", "1", 17.80),
        ("chien croquettes 12 kg", "1", 60.10),
        ("chat croquettes 1,5 kg", "1", 16.70),
        ("chat sachets 12 x 85 g", "1", 10.30),
    ],
}
FOOD = {
    lg: [
        (line, kind_, pack, price)
        for line in FOOD_LINES[lg]
        for kind_, pack, price in FOOD_PACKS[lg]
    ]
    for lg in FOOD_LINES
}


def stock_lines(
    rng: random.Random, lang: str, n: int, food: bool
) -> list[tuple[str, str, str, int, float]]:
    if food:
        pool = [(f"{line} {kind_}", pack, price) for line, kind_, pack, price in FOOD[lang]]
    else:
        pool = [
            x for x in STOCK[lang] if not ("diet" in x[0] or "futter" in x[0] or "Aliment" in x[0])
        ]
    picks = rng.sample(pool, n) if n <= len(pool) else [rng.choice(pool) for _ in range(n)]
    out = []
    for desc, pack, price in picks:
        out.append(
            (serial(rng, "999999"), desc, pack, rng.choice([1, 1, 2, 3, 5, 6, 10, 12]), price)
        )
    return out


def tpl_supplier_invoice(rng: random.Random, who: Issuer) -> list[Page]:
    """The veterinary wholesaler's or pet food supplier's invoice to the practice: account and
    order numbers, the delivery note it covers, product lines with code, pack, quantity, unit
    price, discount and net; VAT summary and total; sometimes a tear-off remittance slip or a
    terms page behind; one to three pages."""
    food = rng.random() < 0.3
    h = head_of(who, "food" if food else "wholesaler", ["band", "split", "rule", "centred"])
    lg = h.lang
    s = style_of(h, A4, pt=9)
    d = the_day(rng, ("delivery_note",), (0, 2))
    no = serial(rng, rng.choice(["SI9999999", "99999999", "RE 99 99999", "FA99-99999"]))
    dn = (
        str(LAST["ref"])
        if LAST["kind"] == "delivery_note" and LAST["ref"]
        else serial(rng, "DN9999999")
    )
    f = sheets(s, h, f"{tr(lg, 'Invoice', 'Rechnung', 'Facture')} {no}")
    w, _ = f.size
    m = s.margin
    recipient(
        f,
        s,
        h,
        practice_lines(),
        d,
        [
            (tr(lg, "Invoice no.", "Rechnungs-Nr.", "Facture n°"), no),
            (tr(lg, "Account", "Kunden-Nr.", "N° client"), serial(rng, "V99999")),
            (tr(lg, "Delivery note", "Lieferschein", "BL"), dn),
            (tr(lg, "Your order", "Ihre Bestellung", "Votre commande"), serial(rng, "PO9999")),
        ],
    )
    caption(f, s, tr(lg, rng.choice(["INVOICE", "SALES INVOICE"]), "RECHNUNG", "FACTURE"), 3)
    cols = columns(
        m,
        w - m,
        [
            (1.1, "left"),
            (4.5, "left"),
            (1.1, "left"),
            (0.6, "right"),
            (1.1, "right"),
            (0.8, "right"),
            (1.2, "right"),
        ],
    )
    rows = []
    net = 0.0
    items = stock_lines(
        rng, lg, rng.choice([3, 5, 8, 12] if food else [3, 5, 8, 12, 18, 26, 40, 55]), food
    )
    for code, desc, pack, q, price in items:
        disc = rng.choice([0, 0, 5, 10, 12.5]) if not food else rng.choice([0, 15, 20])
        amt = q * price * (1 - disc / 100)
        net += amt
        rows.append(
            [
                code,
                desc,
                pack,
                str(q),
                money(price, lg),
                f"{disc:g}%" if disc else "",
                money(amt, lg),
            ]
        )
    table(
        f,
        cols,
        [
            tr(lg, "Code", "Art.-Nr.", "Réf."),
            tr(lg, "Description", "Bezeichnung", "Désignation"),
            tr(lg, "Pack", "VE", "Cond."),
            tr(lg, "Qty", "Menge", "Qté"),
            tr(lg, "Unit", "Preis", "P.U."),
            tr(lg, "Disc", "Rabatt", "Rem."),
            tr(lg, "Net", "Netto", "Net HT"),
        ],
        rows,
        s,
        size=s.size - 1.5,
        shade=0.9,
    )
    f.need(80)
    f.y += 8
    rate = 0.07 if lg == "de" and food else VAT[lg]
    f.y = pairs(
        f.page,
        s,
        w * 0.55,
        f.y,
        [
            (tr(lg, "Goods net", "Warenwert netto", "Total HT"), money(net, lg)),
            (tr(lg, "Carriage", "Fracht", "Port"), money(0 if net > 150 else 9.5, lg)),
            (
                tr(lg, f"VAT {rate * 100:g}%", f"MwSt. {rate * 100:g} %", f"TVA {rate * 100:g} %"),
                money(net * rate, lg),
            ),
            (tr(lg, "Invoice total", "Rechnungsbetrag", "Total TTC"), cash(net * (1 + rate), lg)),
        ],
        w - m,
        s.size,
    )
    f.y += 6
    write(
        f,
        s,
        tr(
            lg,
            "Payment by direct debit on the 20th of the month following invoice.",
            "Zahlung per Lastschrift zum 15. des Folgemonats. "
            "2 % Skonto bei Zahlung innerhalb 8 Tagen.",
            "Paiement par prélèvement à 30 jours fin de "
            "mois. Pas d'escompte pour paiement anticipé.",
        ),
        s.size - 1.5,
    )
    pages = f.pages
    if rng.random() < 0.25 and f.y < f.bottom - 110:
        p = f.page
        y = f.bottom - 90
        slip_rule(
            p,
            m,
            w - m,
            y,
            tr(
                lg,
                "Remittance advice - please return with payment",
                "Zahlschein",
                "Talon à joindre à votre règlement",
            ),
        )
        pairs(
            p,
            s,
            m,
            y + 20,
            [
                (tr(lg, "Account", "Kunden-Nr.", "Compte"), practice_head().name),
                (tr(lg, "Invoice", "Rechnung", "Facture"), no),
                (tr(lg, "Amount", "Betrag", "Montant"), cash(net * (1 + rate), lg)),
            ],
            w / 2 + 60,
            s.size - 1,
        )
    elif rng.random() < 0.2:
        pages += terms_pages(
            rng,
            s,
            tr(
                lg,
                "CONDITIONS OF SALE",
                "ALLGEMEINE LIEFERBEDINGUNGEN",
                "CONDITIONS GENERALES DE VENTE",
            ),
            [
                "Orders",
                "Prices",
                "Delivery",
                "Cold chain",
                "Returns",
                "Payment",
                "Title",
                "Liability",
                "Controlled drugs",
                "Law",
            ]
            if lg == "en"
            else (
                [
                    "Bestellung",
                    "Preise",
                    "Lieferung",
                    "Kuehlware",
                    "Retouren",
                    "Zahlung",
                    "Eigentumsvorbehalt",
                    "Haftung",
                    "Gerichtsstand",
                ]
                if lg == "de"
                else [
                    "Commandes",
                    "Prix",
                    "Livraison",
                    "Produits froids",
                    "Retours",
                    "Paiement",
                    "Réserve de propriété",
                    "Responsabilité",
                    "Litiges",
                ]
            ),
            lg,
            "trade",
            3,
        )
    received(rng, pages[0], lg, d, 0.3)
    note(None, d, no)
    return close(pages, s, h)


def tpl_delivery_note(rng: random.Random, who: Issuer) -> list[Page]:
    """The wholesaler's delivery note packed in the tote: totes and cold boxes, the lines
    ordered and delivered (fridge and controlled drug lines marked), items ticked off by hand,
    out-of-stock lines, and the receipt by the nurse with time and fridge temperature; on A4 or
    A5 landscape."""
    h = head_of(who, "wholesaler", ["band", "split", "rule"])
    lg = h.lang
    size = rng.choice([A4, A4, landscape(A5)])
    s = style_of(h, size, margin=30 if size != A4 else 0, pt=7.5 if size != A4 else 8.5)
    d = on(rng)
    no = serial(rng, rng.choice(["DN9999999", "LS 9999999", "BL99999999"]))
    w, hh = size
    m = s.margin
    p = Page(size)
    y = heading(p, s, h) if size == A4 else m
    if size != A4:
        p.text(m, y, fit(h.name, s.bold, 10, w / 2), s.bold, 10)
        y += 14
    t = tr(lg, "DELIVERY NOTE", "LIEFERSCHEIN", "BON DE LIVRAISON")
    p.text(w - m, y - (0 if size == A4 else 14), t, s.bold, 12, "right")
    y += 8
    y = pairs(
        p,
        s,
        w / 2,
        y,
        [
            (tr(lg, "Delivery note", "Lieferschein-Nr.", "N° BL"), no),
            (tr(lg, "Date", "Datum", "Date"), day(h, d)),
            (
                tr(lg, "Route / drop", "Tour / Stopp", "Tournée"),
                f"{rng.randint(1, 40)} / {rng.randint(1, 30)}",
            ),
            (
                tr(lg, "Totes", "Kisten", "Bacs"),
                f"{rng.randint(1, 4)} + {rng.randint(0, 2)} {tr(lg, 'cold', 'Kuehl', 'froid')}",
            ),
        ],
        w - m,
        s.size,
    )
    pl = practice_lines()
    yy = y - 52
    for k, t2 in enumerate(pl):
        p.text(m, yy + k * (s.size + 2), fit(t2, s.font, s.size, w / 2 - m - 10), s.font, s.size)
    y += 8
    items = stock_lines(rng, lg, rng.choice([4, 6, 9, 14] if size == A4 else [3, 4, 6]), False)
    cols = columns(
        m,
        w - m,
        [
            (0.6, "center"),
            (1.1, "left"),
            (4.5, "left"),
            (1, "left"),
            (0.8, "right"),
            (0.8, "right"),
            (0.6, "center"),
        ],
    )
    for c, t2 in zip(
        cols,
        [
            "",
            tr(lg, "Code", "Art.-Nr.", "Réf."),
            tr(lg, "Product", "Artikel", "Produit"),
            tr(lg, "Pack", "VE", "Cond."),
            tr(lg, "Ord.", "Best.", "Cdé"),
            tr(lg, "Del.", "Gel.", "Livré"),
            tr(lg, "Chk", "OK", "OK"),
        ],
        strict=True,
    ):
        cell(p, c, y, t2, s.bold, s.size - 0.5)
    y += 5
    p.line(m, y, w - m, y)
    y += s.size * 1.6
    for code, desc, pack, q, _ in items:
        if y > hh - m - 70:
            break
        short_ = rng.random() < 0.1
        mark = (
            "*"
            if ("fridge" in desc or "Kuehl" in desc or "froid" in desc)
            else ("CD" if ("CD" in desc or "BtM" in desc or "stup" in desc) else "")
        )
        row = [mark, code, desc, pack, str(q), "0" if short_ else str(q), ""]
        for c, t2 in zip(cols, row, strict=True):
            cell(p, c, y, t2, s.font, s.size - 0.5)
        if rng.random() < 0.85:
            cx = (cols[-1][0] + cols[-1][1]) / 2
            p.line(cx - 3, y - 3, cx, y)
            p.line(cx, y, cx + 6, y - 8)
        y += s.size * 1.6
    y += 4
    p.line(m, y, w - m, y)
    y += s.size * 1.6
    p.text(
        m,
        y,
        fit(
            tr(
                lg,
                "* Refrigerate 2-8 C on arrival.  CD: "
                "controlled drug - enter in register and sign.",
                "* Kuehlware 2-8 C.  BtM: Eingang im BtM-Buch dokumentieren.",
                "* Produits froids 2-8 C.  Stupéfiants : inscrire au registre.",
            ),
            s.font,
            s.size - 1.5,
            w - 2 * m,
        ),
        s.font,
        s.size - 1.5,
    )
    y += s.size * 2.5
    y = fields(
        p,
        s,
        m,
        y,
        w - 2 * m,
        [
            (
                tr(lg, "Received by", "Empfangen von", "Reçu par"),
                rng.choice(["J. Hurst RVN", "S. Kaya", "L. Bonnet", "K.W."]),
            ),
            (tr(lg, "Time", "Uhrzeit", "Heure"), f"{rng.randint(7, 11)}:{rng.randint(0, 59):02d}"),
            (tr(lg, "Fridge temp.", "Temp. Kuehlbox", "Temp. froid"), f"{rng.randint(3, 7)} C"),
            (tr(lg, "Signature", "Unterschrift", "Signature"), ""),
        ],
        per=4,
        tall=28,
    )
    sign(p, m + 3 * (w - 2 * m) / 4 + 6, y - 14, "Karen Hurst", 10)
    note(None, d, no)
    return [p] if size != A4 else close([p], s, h, numbers="none")


# ---------------------------------------------------------------------------------------------
# Controlled drugs register
# ---------------------------------------------------------------------------------------------

CD_DRUGS = {
    "en": [
        "Methadone hydrochloride 10mg/ml injection (20ml vial)",
        "Ketamine 100mg/ml injection (10ml vial)",
        "Buprenorphine 0.3mg/ml injection (10ml vial)",
        "Pentobarbital sodium 200mg/ml (100ml vial)",
        "Fentanyl 50mcg/ml injection (10ml vial)",
        "Morphine sulfate 10mg/ml injection (1ml amp)",
    ],
    "de": [
        "Levomethadon 2,5 mg/ml Inj.-Lsg. (10 ml)",
        "Buprenorphin 0,3 mg/ml Inj.-Lsg. (10 ml)",
        "Fentanyl 50 ug/ml Inj.-Lsg. (10 ml)",
        "Morphin 10 mg/ml Amp. (1 ml)",
        "Pentobarbital 400 mg/ml (100 ml)",
    ],
    "fr": [
        "Methadone 10 mg/ml sol. inj. (flacon 20 ml)",
        "Ketamine 100 mg/ml (flacon 10 ml)",
        "Buprenorphine 0,3 mg/ml (flacon 10 ml)",
        "Morphine 10 mg/ml (ampoule 1 ml)",
        "Fentanyl 50 ug/ml (flacon 10 ml)",
    ],
}


def dec(t: str, lang: str) -> str:
    return t.replace(".", ",") if lang != "en" else t


def tpl_cd_register(rng: random.Random, who: Issuer) -> list[Page]:
    """A page of the practice's controlled drugs register for one drug (in Germany a
    Betaeubungsmittel-Karteikarte on A5 landscape, in France a page of the registre des
    stupefiants): the drug printed or written at the top, the register's page number, then
    the handwritten entries (received from the wholesaler, supplied to a patient, the amount,
    the running balance, the vet and the witness); sometimes a continuation page with the
    balance carried forward."""
    h = practice_head()
    lg = h.lang
    drug_ix = keyed(who, "cd").randrange(len(CD_DRUGS[lg]))
    drug = CD_DRUGS[lg][(drug_ix + rng.randint(0, 5)) % len(CD_DRUGS[lg])]
    size = landscape(A5) if lg == "de" else landscape(A4)
    s = Style(
        "Helvetica", "Helvetica-Bold", 7.5 if lg == "de" else 8, 28, "none", "bottom", size, "short"
    )
    w, hh = size
    m = s.margin
    d = on(rng, -120, 0)
    page_no = rng.randint(3, 140)
    bal = rng.choice([20, 40, 60, 100, 10])
    pages: list[Page] = []
    for k in range(rng.choices([1, 2], [5, 1])[0]):
        p = Page(size)
        pages.append(p)
        title = tr(
            lg,
            "CONTROLLED DRUGS REGISTER - Schedule 2",
            "Karteikarte nach § 13 BtMVV",
            "REGISTRE DES STUPEFIANTS",
        )
        p.text(m, m, title, s.bold, 10)
        p.text(w - m, m, f"{tr(lg, 'Page', 'Blatt', 'Page')} {page_no + k}", s.bold, 10, "right")
        p.rect(m, m + 8, w - 2 * m, 30)
        p.text(
            m + 4,
            m + 17,
            tr(
                lg,
                "Name, form and strength of drug",
                "Bezeichnung des Betaeubungsmittels",
                "Désignation du produit",
            ),
            s.font,
            6,
        )
        scribble(p, m + 10, m + 32, drug, 9.5)
        if lg == "de":
            p.text(
                w - m - 4,
                m + 17,
                f"{tr(lg, '', 'Teilnehmer', '')}: {h.name}"[:60],
                s.font,
                6,
                "right",
            )
        else:
            p.text(w - m - 4, m + 17, fit(h.name, s.font, 6, 200), s.font, 6, "right")
        y = m + 52
        if lg == "en":
            spec = [
                (1.0, "Date"),
                (3.2, "Name and address of supplier / person supplied"),
                (1.2, "Authority"),
                (0.9, "Received"),
                (0.9, "Supplied"),
                (0.9, "Balance"),
                (1.4, "Signature"),
                (1.4, "Witness"),
            ]
        elif lg == "de":
            spec = [
                (1.0, "Datum"),
                (2.8, "Lieferant / Tierhalter, Tier"),
                (0.8, "Zugang"),
                (0.8, "Abgang"),
                (0.8, "Bestand"),
                (1.5, "Tierarzt Unterschrift"),
            ]
        else:
            spec = [
                (1.0, "Date"),
                (3.0, "Fournisseur / propriétaire, animal"),
                (1.0, "N° ordonnance"),
                (0.8, "Entrée"),
                (0.8, "Sortie"),
                (0.8, "Stock"),
                (1.4, "Signature"),
            ]
        tot = sum(x for x, _ in spec)
        xs = [m]
        for x, _ in spec:
            xs.append(xs[-1] + (w - 2 * m) * x / tot)
        p.rect(m, y - 10, w - 2 * m, 16, fill=0.88)
        for j, (_, t) in enumerate(spec):
            p.text(xs[j] + 2, y, fit(t, s.bold, 6.5, xs[j + 1] - xs[j] - 4), s.bold, 6.5)
        row_h = 17 if lg != "de" else 15
        y += 6
        rows = int((hh - m - 20 - y) / row_h)
        filled = rows if k == 0 and rng.random() < 0.5 else rng.randint(3, rows)
        for r in range(rows):
            p.line(m, y + row_h, w - m, y + row_h)
            if r < filled:
                ty = y + row_h - 5
                if r == 0 and k > 0:
                    scribble(
                        p,
                        xs[1] + 3,
                        ty,
                        tr(lg, "Balance carried forward", "Uebertrag", "Report"),
                        8,
                    )
                    scribble(p, xs[len(spec) - (3 if lg == "en" else 2)] + 3, ty, str(bal), 8)
                    y += row_h
                    continue
                d = d + timedelta(days=rng.randint(0, 5))
                if rng.random() < 0.15:
                    q = rng.choice([5, 10, 20])
                    bal += q
                    who_ = str(keyed(who, "wh").choice(SENDERS["wholesaler"][lg])[0])
                    cells = [short(d, lg)[:5], who_, serial(rng, "Inv 999999")]
                    amounts = [str(q), "", str(bal)]
                else:
                    an = rng.choice(animals())
                    q = round(rng.choice([0.1, 0.2, 0.3, 0.5, 0.8, 1.0, 1.5, 2.0]), 1)
                    bal = max(0.0, round(bal - q, 1))
                    cells = [
                        short(d, lg)[:5],
                        f"{an.name} ({an.owner.last}) {an.owner.town.split()[-1]}",
                        rng.choice(["Vet", "MRCVS", "Rx"]),
                    ]
                    amounts = ["", dec(f"{q:g}", lg), dec(f"{bal:g}", lg)]
                if lg == "en":
                    vals = cells + amounts
                elif lg == "de":
                    vals = [cells[0], cells[1], *amounts]
                else:
                    vals = [
                        cells[0],
                        cells[1],
                        cells[2] if "Inv" in cells[2] else serial(rng, "99999"),
                        *amounts,
                    ]
                for j, t in enumerate(vals):
                    scribble(p, xs[j] + 2, ty, fit(t, HAND, 7.5, xs[j + 1] - xs[j] - 4), 7.5)
                sign(p, xs[len(spec) - (2 if lg == "en" else 1)] + 2, ty, rng.choice(VETS[lg]), 8)
                if lg == "en":
                    sign(p, xs[-2] + 2, ty, rng.choice(["Karen Hurst", "Amy Firth", "Jo Walsh"]), 8)
            y += row_h
        for x in xs:
            p.line(x, m + 52 - 10, x, y)
    note(None, d, drug)
    return pages


# ---------------------------------------------------------------------------------------------
# Farm clients: health plans and test charts
# ---------------------------------------------------------------------------------------------

DISEASES = {
    "en": [
        "BVD",
        "IBR",
        "Johne's disease",
        "Leptospirosis",
        "Neospora",
        "bTB (area: HRA, 6-monthly)",
    ],
    "de": ["BVD", "BHV1", "Paratuberkulose", "Leptospirose", "Neospora", "Salmonellen"],
    "fr": ["BVD", "IBR", "Paratuberculose", "Leptospirose", "Néosporose", "Tuberculose"],
}
STATUS = {
    "en": [
        "Accredited free",
        "Vaccinated, monitoring",
        "Unknown - test",
        "Level 1 (low risk)",
        "Positive - control",
    ],
    "de": [
        "anerkannt frei",
        "geimpft, Monitoring",
        "unbekannt - Untersuchung",
        "unverdaechtig",
        "positiv - Sanierung",
    ],
    "fr": [
        "Indemne certifié",
        "Vacciné, surveillance",
        "Inconnu - dépistage",
        "Niveau 1",
        "Positif - plan de maîtrise",
    ],
}


def tpl_herd_health_plan(rng: random.Random, who: Issuer) -> list[Page]:
    """The practice's herd (or flock) health plan for a farm client, reviewed once a year:
    a cover page with farm, holding number, vet and year; then the herd details, disease status
    table, vaccination protocol, parasite control, key performance figures against targets, a
    biosecurity checklist with Yes/No ticks, medicines used and the sign-off by farmer and vet;
    three to six pages."""
    h = practice_head()
    lg = h.lang
    s = style_of(h, A4, pt=9)
    fm = rng.choice(farms())
    d = on(rng)
    vet = vet_of(h, fm.name)
    sheep = fm.kind == "sheep"
    title = tr(
        lg,
        "Flock Health Plan" if sheep else "Herd Health Plan",
        "Herdengesundheitsplan" if not sheep else "Bestandsbetreuung Schafe",
        "Bilan sanitaire d'élevage et protocole de soins",
    )
    w, hh = A4
    m = s.margin
    pages: list[Page] = []
    cover = rng.random() < 0.6
    if cover:
        c = Page(A4)
        heading(c, s, h)
        c.text(w / 2, hh * 0.3, title, s.bold, 24, "center")
        c.text(w / 2, hh * 0.3 + 30, f"{d.year}/{str(d.year + 1)[2:]}", s.bold, 16, "center")
        c.rect(w / 2 - 150, hh * 0.42, 300, 110)
        pairs(
            c,
            s,
            w / 2 - 140,
            hh * 0.42 + 20,
            [
                (tr(lg, "Farm", "Betrieb", "Exploitation"), fm.name),
                (tr(lg, "Farmer", "Landwirt/in", "Éleveur"), fm.owner.name),
                (tr(lg, "Holding (CPH)", "Registriernummer", "N° EDE"), fm.holding),
                (
                    tr(lg, "Veterinary surgeon", "Bestandstierarzt", "Vétérinaire sanitaire"),
                    vet.split(",")[0][:30],
                ),
                (tr(lg, "Date of review", "Datum", "Date du bilan"), day(h, d)),
            ],
            w / 2 + 140,
            9.5,
        )
        if lg == "en" and rng.random() < 0.6:
            c.text(
                w / 2,
                hh * 0.7,
                rng.choice(["Red Tractor Assured", "Arla UK 360", "Freedom Food"]),
                s.font,
                9,
                "center",
            )
        pages.append(c)
    f = sheets(s, h, f"{title} - {fm.name} - {fm.holding}")
    if not cover:
        caption(f, s, f"{title} {d.year}", 4)
        f.y = (
            pairs(
                f.page,
                s,
                m,
                f.y,
                [
                    (tr(lg, "Farm", "Betrieb", "Exploitation"), f"{fm.name}, {fm.owner.name}"),
                    (tr(lg, "Holding", "Reg.-Nr.", "N° EDE"), fm.holding),
                    (tr(lg, "Vet", "Tierarzt", "Vétérinaire"), vet.split(",")[0]),
                ],
                w / 2 + 80,
            )
            + 10
        )
    f.heading(
        m,
        tr(lg, "1. Farm details", "1. Betriebsdaten", "1. Présentation de l'élevage"),
        s.bold,
        s.size + 1,
    )
    kind_txt = {
        "dairy": tr(lg, "Dairy", "Milchvieh", "Vaches laitières"),
        "beef": tr(lg, "Suckler beef", "Mutterkuehe", "Vaches allaitantes"),
        "sheep": tr(lg, "Breeding ewes", "Mutterschafe", "Brebis"),
    }[fm.kind]
    f.y = (
        pairs(
            f.page,
            s,
            m,
            f.y,
            [
                (tr(lg, "Enterprise", "Betriebsart", "Type"), kind_txt),
                (
                    tr(
                        lg,
                        "Number of breeding females",
                        "Anzahl Muttertiere",
                        "Effectif reproducteurs",
                    ),
                    str(fm.head),
                ),
                (
                    tr(lg, "Housing", "Haltung", "Logement"),
                    rng.choice(
                        tr(
                            lg,
                            "cubicles|straw yards",
                            "Liegeboxen|Tiefstreu",
                            "logettes|aire paillee",
                        ).split("|")
                    ),
                ),
                (
                    tr(lg, "Calving / lambing pattern", "Abkalbung", "Période de mise bas"),
                    rng.choice(
                        tr(
                            lg,
                            "all year|spring block|autumn block",
                            "ganzjaehrig|Herbst",
                            "etalee|printemps|automne",
                        ).split("|")
                    ),
                ),
            ],
            w / 2 + 80,
        )
        + 6
    )
    f.heading(
        m,
        tr(lg, "2. Disease status", "2. Tiergesundheitsstatus", "2. Statut sanitaire"),
        s.bold,
        s.size + 1,
    )
    rows = [
        [
            dz,
            rng.choice(STATUS[lg]),
            short(d - timedelta(days=rng.randint(30, 300)), lg),
            rng.choice(
                [
                    tr(lg, "bulk milk", "Tankmilch", "lait de tank"),
                    tr(lg, "blood 10", "Blut 10", "sang 10"),
                    tr(lg, "tag & test", "Ohrstanze", "biopsie"),
                ]
            ),
        ]
        for dz in DISEASES[lg]
    ]
    table(
        f,
        columns(m, w - m, [(2.2, "left"), (2.6, "left"), (1.2, "left"), (1.6, "left")]),
        [
            tr(lg, "Disease", "Erkrankung", "Maladie"),
            tr(lg, "Status", "Status", "Statut"),
            tr(lg, "Last test", "Letzte Unters.", "Dernier test"),
            tr(lg, "Sample", "Material", "Prélèvement"),
        ],
        rows,
        s,
        shade=0.88,
        rules=True,
    )
    if rng.random() < 0.5:
        f.new_page()
    f.heading(
        m,
        tr(lg, "3. Vaccination protocol", "3. Impfplan", "3. Protocole vaccinal"),
        s.bold,
        s.size + 1,
    )
    vacc = [
        "Bovilis BVD",
        "Bovilis IBR Marker Live",
        "Leptavoid-H",
        "Rotavec Corona",
        "Bovipast RSP",
        "Heptavac P Plus",
    ]
    rows = [
        [
            v,
            rng.choice(
                [
                    tr(lg, "all cows", "alle Kuehe", "toutes"),
                    tr(lg, "heifers", "Faersen", "génisses"),
                    tr(lg, "calves", "Kaelber", "veaux"),
                ]
            ),
            rng.choice(
                [
                    tr(lg, "annual booster", "jaehrlich", "rappel annuel"),
                    tr(lg, "pre-calving", "vor der Abkalbung", "avant vêlage"),
                    tr(lg, "2 doses 4 weeks apart", "2x im Abstand 4 Wo.", "2 injections à 4 sem."),
                ]
            ),
            rng.choice(["Mar", "Sep", "Oct", "-", "03/10", "sept."]),
        ]
        for v in rng.sample(vacc, rng.randint(2, 5))
    ]
    table(
        f,
        columns(m, w - m, [(2.4, "left"), (1.5, "left"), (2.5, "left"), (1, "left")]),
        [
            tr(lg, "Vaccine", "Impfstoff", "Vaccin"),
            tr(lg, "Group", "Gruppe", "Lot"),
            tr(lg, "Protocol", "Schema", "Protocole"),
            tr(lg, "When", "Wann", "Quand"),
        ],
        rows,
        s,
    )
    f.heading(
        m,
        tr(lg, "4. Parasite control", "4. Parasitenbekaempfung", "4. Gestion du parasitisme"),
        s.bold,
        s.size + 1,
    )
    write(f, s, prose(rng, lg, "farm", 2, 4))
    f.heading(
        m,
        tr(
            lg,
            "5. Performance and targets",
            "5. Kennzahlen und Ziele",
            "5. Indicateurs et objectifs",
        ),
        s.bold,
        s.size + 1,
    )
    kpis = (
        ["Scanning %", "Lamb losses %", "Lameness %", "Ewe losses %"]
        if sheep
        else [
            tr(lg, "Calving index (days)", "Zwischenkalbezeit (Tage)", "IVV (jours)"),
            tr(lg, "Mastitis cases / 100 cows", "Mastitisfaelle / 100 Kuehe", "Mammites / 100 VL"),
            tr(lg, "Bulk milk SCC ('000)", "Tankmilchzellzahl (Tsd.)", "Cellules tank (x1000)"),
            tr(lg, "Lameness prevalence %", "Lahmheitspraevalenz %", "Boiteries %"),
            tr(lg, "Calf mortality %", "Kaelberverluste %", "Mortalité veaux %"),
        ]
    )
    ranges = (
        [(140, 195, 180), (8, 22, 15), (2, 12, 5), (2, 6, 4)]
        if sheep
        else [(370, 440, 395), (18, 65, 35), (120, 320, 200), (8, 35, 15), (2, 12, 5)]
    )
    rows = []
    for k2, (lo, hi, aim) in zip(kpis, ranges, strict=True):
        v = rng.randint(lo, hi)
        rows.append([k2, str(v), str(aim), "OK" if v <= aim or "Scanning" in k2 else "!"])
    table(
        f,
        columns(m, w - m, [(3, "left"), (1, "right"), (1, "right"), (0.8, "center")]),
        [
            tr(lg, "Measure", "Kennzahl", "Indicateur"),
            tr(lg, "Actual", "Ist", "Réel"),
            tr(lg, "Target", "Ziel", "Objectif"),
            "",
        ],
        rows,
        s,
        rules=True,
    )
    if rng.random() < 0.6:
        f.new_page()
    f.heading(m, tr(lg, "6. Biosecurity", "6. Biosicherheit", "6. Biosécurité"), s.bold, s.size + 1)
    for q in [
        tr(
            lg,
            "Bought-in stock isolated for 28 days?",
            "Zukaeufe 4 Wochen in Quarantaene?",
            "Quarantaine des animaux introduits ?",
        ),
        tr(
            lg,
            "Boundary fences secure / no nose-to-nose contact?",
            "Kein Kontakt zu Nachbarbestaenden?",
            "Clôtures doubles / pas de contact ?",
        ),
        tr(
            lg,
            "Visitors' boots and vehicles disinfected?",
            "Besucherstiefel / Fahrzeuge desinfiziert?",
            "Pédiluve / désinfection des véhicules ?",
        ),
        tr(
            lg,
            "Colostrum management recorded?",
            "Kolostrumversorgung dokumentiert?",
            "Colostrum enregistré ?",
        ),
        tr(
            lg,
            "Dead stock collected promptly?",
            "Tierkoerperbeseitigung zeitnah?",
            "Équarrissage rapide ?",
        ),
    ]:
        f.need(20)
        f.page.text(m, f.y, q, s.font, s.size - 0.5)
        ticks(f.page, s, w - m - 110, f.y, 110, yes_no(lg), {0 if rng.random() < 0.75 else 1}, 8, 0)
        f.y += s.size * 1.9
    f.heading(
        m,
        tr(lg, "7. Medicines and responsible use", "7. Arzneimittel", "7. Médicaments"),
        s.bold,
        s.size + 1,
    )
    write(f, s, prose(rng, lg, "farm", 2, 3))
    meds = [
        "Metacam 20 mg/ml",
        "Excenel RTU",
        "Kexxtone",
        "Orbeseal",
        "Ubrolexin",
        "Eprinex",
        "Combinex",
        "Alamycin LA 300",
        "Engemycin 10%",
        "Cepravin Dry Cow",
    ]
    rows = [
        [
            md,
            rng.choice(
                tr(
                    lg,
                    "mastitis|lameness|dry cow|pneumonia|worms",
                    "Mastitis|Lahmheit|Trockenstellen|Pneumonie|Parasiten",
                    "mammite|boiterie|tarissement|pneumonie|parasites",
                ).split("|")
            ),
            f"{rng.randint(1, 60)}",
            rng.choice(["0 / 5", "28 / 60", "3 / 14", "0 / 0", "4 / 84"]),
        ]
        for md in rng.sample(meds, rng.randint(3, 7))
    ]
    table(
        f,
        columns(m, w - m, [(2.4, "left"), (2, "left"), (1, "right"), (1.5, "center")]),
        [
            tr(lg, "Medicine", "Arzneimittel", "Medicament"),
            tr(lg, "Used for", "Indikation", "Indication"),
            tr(lg, "Courses / yr", "Behandlungen", "Traitements"),
            tr(lg, "Milk / meat wdl (d)", "Wartezeit M / F", "Attente lait / viande"),
        ],
        rows,
        s,
        size=s.size - 1,
    )
    f.heading(
        m, tr(lg, "8. Action plan", "8. Massnahmenplan", "8. Plan d'actions"), s.bold, s.size + 1
    )
    rows = [
        [
            words(rng, lg, "farm", rng.randint(4, 8)),
            rng.choice(
                [
                    fm.owner.first,
                    tr(lg, "Vet", "TA", "Veto"),
                    tr(lg, "Herdsman", "Melker", "Vacher"),
                ]
            ),
            short(d + timedelta(days=rng.randint(14, 200)), lg),
        ]
        for _ in range(rng.randint(3, 8))
    ]
    table(
        f,
        columns(m, w - m, [(5, "left"), (1.3, "left"), (1.2, "left")]),
        [
            tr(lg, "Action", "Massnahme", "Action"),
            tr(lg, "Who", "Wer", "Qui"),
            tr(lg, "By", "Bis", "Echeance"),
        ],
        rows,
        s,
        rules=True,
        step=2.0,
    )
    f.need(120)
    f.y += 10
    f.heading(m, tr(lg, "Review and agreement", "Vereinbarung", "Validation"), s.bold, s.size + 1)
    for who_, nm in [
        (tr(lg, "Farmer", "Tierhalter/in", "Éleveur"), fm.owner.name),
        (tr(lg, "Vet", "Tierarzt", "Vétérinaire"), vet.split(",")[0]),
    ]:
        f.page.text(m, f.y, f"{who_}:", s.font, s.size)
        f.page.line(m + 80, f.y + 2, m + 280, f.y + 2)
        sign(f.page, m + 90, f.y, nm)
        f.page.text(m + 300, f.y, tr(lg, "Date", "Datum", "Date"), s.font, s.size)
        scribble(f.page, m + 340, f.y, short(d, lg))
        f.y += 30
    body = f.pages[:5]
    pages += body
    note(None, d, fm.holding, fm)
    return close(
        pages,
        s,
        h,
        numbers=rng.choice(["Page {i} of {n}", h.numbers]) if lg == "en" else h.numbers,
        covers=1 if cover else 0,
    )


def ear_tag(rng: random.Random, lang: str, fm: Farm) -> str:
    if lang == "en":
        return f"UK {fm.holding.replace('/', '')[:6]} {rng.randint(100000, 799999)}"
    if lang == "de":
        return f"DE 03 {rng.randint(100, 999)} {rng.randint(10000, 99999)}"
    return f"FR {fm.holding.split()[0]} {rng.randint(1000, 9999)} {rng.randint(1000, 9999)}"


def tpl_tb_test_chart(rng: random.Random, who: Issuer) -> list[Page]:
    """The test chart of a herd test on landscape A4, filled in on the farm: in England the
    tuberculin skin test chart (holding, tuberculin batches, day 1 and day 4 skin thickness for
    avian and bovine sites, result per animal), in France the fiche d'intradermotuberculination,
    in Germany the sample list (Probenbegleitschein) sent with the blood samples to the state
    laboratory; one sheet per 22 to 26 animals, 'Sheet i of n'."""
    h = practice_head()
    lg = h.lang
    fm = rng.choice(farms())
    if LAST["kind"] == "herd_health_plan" and isinstance(LAST["extra"], Farm):
        fm = LAST["extra"]
    d = the_day(rng, ("herd_health_plan",), (3, 40))
    size = landscape(A4)
    w, hh = size
    m = 30.0
    n_animals = rng.choice([12, 20, 30, 45, 60, 75])
    per = 24
    sheets_n = -(-n_animals // per)
    sheets_n = min(sheets_n, 3)
    title = tr(
        lg,
        "TB52 - TUBERCULIN TEST CHART",
        "Probenbegleitschein / Untersuchungsantrag Blutproben",
        "FICHE D'INTRADERMOTUBERCULINATION COMPARATIVE",
    )
    authority = AUTHORITY[lg]
    pages: list[Page] = []
    k_animal = 0
    batch_a, batch_b = serial(rng, "A999"), serial(rng, "B999")
    for sh in range(sheets_n):
        p = Page(size)
        pages.append(p)
        p.text(m, 28, authority, "Helvetica-Bold", 8)
        p.text(
            w - m,
            28,
            tr(
                lg,
                f"Sheet {sh + 1} of {sheets_n}",
                f"Blatt {sh + 1} von {sheets_n}",
                f"Feuillet {sh + 1}/{sheets_n}",
            ),
            "Helvetica",
            8,
            "right",
        )
        p.text(m, 44, title, "Helvetica-Bold", 11)
        top = [
            (tr(lg, "CPH / holding", "Reg.-Nr. Betrieb", "N° EDE"), fm.holding),
            (tr(lg, "Herd owner", "Tierhalter", "Détenteur"), fm.owner.name),
            (
                tr(lg, "Test type", "Untersuchung", "Type"),
                tr(
                    lg,
                    rng.choice(["WHT", "SI", "CT", "Pre-movement"]),
                    rng.choice(["BHV1 + BVD-AK", "BHV1 gE", "Brucellose/Leukose"]),
                    rng.choice(["Prophylaxie", "Achat", "Mouvement"]),
                ),
            ),
            (tr(lg, "Day 1 (injection)", "Entnahme am", "Date d'injection"), short(d, lg)),
            (
                tr(lg, "Day 4 (reading)", "Tierarzt", "Date de lecture"),
                short(d + timedelta(days=3), lg) if lg != "de" else vet_of(h, "ov").split(",")[0],
            ),
            (
                tr(lg, "Tuberculin batch A / B", "Einsender", "Lots aviaire / bovine"),
                f"{batch_a} / {batch_b}" if lg != "de" else h.name[:34],
            ),
        ]
        if sh == 0 or rng.random() < 0.7:
            fields(
                p,
                Style("Helvetica", "Helvetica-Bold", 8, m, "none", "bottom", size, "short"),
                m,
                54,
                w - 2 * m,
                top,
                per=3,
                tall=26,
            )
        else:
            p.text(m, 68, f"{fm.holding} - {fm.owner.name}", HAND, 9)
        y = 122.0
        if lg == "de":
            spec = [
                (0.5, "Lfd."),
                (2.4, "Ohrmarke"),
                (1.2, "Geb.-Datum"),
                (0.8, "Geschl."),
                (1.2, "Rasse"),
                (0.9, "Probe"),
                (1.0, "BHV1"),
                (1.0, "BVD"),
                (2.0, "Bemerkung"),
            ]
        else:
            spec = [
                (0.5, "No"),
                (2.4, tr(lg, "Ear tag", "", "N° d'identification")),
                (0.8, tr(lg, "Age", "", "Âge")),
                (0.6, tr(lg, "Sex", "", "Sexe")),
                (0.8, "A1"),
                (0.8, "B1"),
                (0.8, "A2"),
                (0.8, "B2"),
                (0.9, "A inc"),
                (0.9, "B inc"),
                (1.4, tr(lg, "Result", "", "Résultat")),
            ]
        tot = sum(x for x, _ in spec)
        xs = [m]
        for x, _ in spec:
            xs.append(xs[-1] + (w - 2 * m) * x / tot)
        p.rect(m, y - 10, w - 2 * m, 15, fill=0.85)
        for j, (_, t) in enumerate(spec):
            p.text(
                xs[j] + 2,
                y,
                fit(t, "Helvetica-Bold", 7, xs[j + 1] - xs[j] - 4),
                "Helvetica-Bold",
                7,
            )
        y += 5
        row_h = 15.5
        for _ in range(per):
            p.line(m, y + row_h, w - m, y + row_h)
            if k_animal < n_animals:
                k_animal += 1
                ty = y + row_h - 4
                tag = ear_tag(rng, lg, fm)
                if lg == "de":
                    vals = [
                        str(k_animal),
                        tag,
                        short(
                            date(
                                d.year - rng.randint(1, 8), rng.randint(1, 12), rng.randint(1, 28)
                            ),
                            lg,
                        ),
                        rng.choice(["w", "w", "w", "m"]),
                        rng.choice(["HF", "SBT", "FL", "Rbt"]),
                        rng.choice(["Blut", "Serum"]),
                        "",
                        "",
                        "",
                    ]
                    for j, t in enumerate(vals):
                        p.text(
                            xs[j] + 2,
                            ty,
                            fit(t, "Helvetica", 7.5, xs[j + 1] - xs[j] - 4),
                            "Helvetica",
                            7.5,
                        )
                else:
                    a1, b1 = rng.randint(4, 12), rng.randint(4, 12)
                    a2 = a1 + rng.choice([0, 0, 1, 1, 2, 3])
                    b2 = b1 + rng.choice([0, 0, 1, 1, 2, 2, 5])
                    res = tr(
                        lg,
                        "Neg" if b2 - b1 - (a2 - a1) < 3 else "IR",
                        "",
                        "Nég" if b2 - b1 - (a2 - a1) < 3 else "Douteux",
                    )
                    printed = [
                        str(k_animal),
                        tag,
                        str(rng.randint(1, 120)) + ("m" if lg == "en" else " mois"),
                        rng.choice(["F", "F", "F", "M"]),
                    ]
                    for j, t in enumerate(printed):
                        p.text(
                            xs[j] + 2,
                            ty,
                            fit(t, "Helvetica", 7.5, xs[j + 1] - xs[j] - 4),
                            "Helvetica",
                            7.5,
                        )
                    hand = [str(a1), str(b1), str(a2), str(b2), str(a2 - a1), str(b2 - b1), res]
                    for j, t in enumerate(hand, start=4):
                        if j >= 6 and k_animal > n_animals - 3 and rng.random() < 0.3:
                            continue
                        scribble(p, xs[j] + 3, ty, t, 8)
            y += row_h
        for x in xs:
            p.line(x, 117, x, y)
        p.text(
            m,
            hh - 26,
            tr(lg, "Tester / vet:", "Unterschrift Tierarzt:", "Vétérinaire :"),
            "Helvetica",
            7.5,
        )
        sign(p, m + 70, hh - 24, vet_of(h, "ov"), 10)
        p.text(
            w / 2, hh - 26, fit(f"{h.name}, {h.town}", "Helvetica", 7, w / 2 - m), "Helvetica", 7
        )
        p.text(
            w - m,
            hh - 14,
            tr(lg, "TB52 (Rev. 03/23)", "Formular UA 2.1 (Blut)", "Cerfa DDPP"),
            "Helvetica",
            6,
            "right",
        )
    note(None, d, fm.holding, fm)
    return pages


# ---------------------------------------------------------------------------------------------
# The part: templates, runs and companions
# ---------------------------------------------------------------------------------------------


def tracked(name: str, tpl: Template) -> Template:
    """``tpl`` noting its kind, so that a companion can take up the same animal."""

    def run(rng: random.Random, who: Issuer) -> list[Page]:
        pages = tpl(rng, who)
        LAST["kind"] = name
        return pages

    run.__doc__ = tpl.__doc__
    return run


KINDS: dict[str, Template] = {
    "treatment_invoice": tpl_treatment_invoice,
    "estimate": tpl_estimate,
    "consent_form": tpl_consent_form,
    "vaccination_certificate": tpl_vaccination_certificate,
    "travel_document": tpl_travel_document,
    "booster_reminder": tpl_booster_reminder,
    "prescription": tpl_prescription,
    "lab_report": tpl_lab_report,
    "referral_letter": tpl_referral_letter,
    "discharge_report": tpl_discharge_report,
    "insurance_claim": tpl_insurance_claim,
    "insurer_letter": tpl_insurer_letter,
    "euthanasia_consent": tpl_euthanasia_consent,
    "cremation_certificate": tpl_cremation_certificate,
    "crematorium_invoice": tpl_crematorium_invoice,
    "supplier_invoice": tpl_supplier_invoice,
    "delivery_note": tpl_delivery_note,
    "cd_register": tpl_cd_register,
    "herd_health_plan": tpl_herd_health_plan,
    "tb_test_chart": tpl_tb_test_chart,
}
TEMPLATES_GG: dict[str, Template] = {k: tracked(k, t) for k, t in KINDS.items()}
#: One-page kinds that a pile often holds 2-4 of in a row from one sender.
RUN_KINDS = (
    "treatment_invoice",
    "vaccination_certificate",
    "lab_report",
    "prescription",
    "delivery_note",
    "supplier_invoice",
    "cd_register",
    "booster_reminder",
    "cremation_certificate",
)
#: A kind often followed by a related paper, mostly from another sender.
FOLLOWS = {
    "referral_letter": "discharge_report",
    "estimate": "consent_form",
    "consent_form": "treatment_invoice",
    "euthanasia_consent": "cremation_certificate",
    "insurance_claim": "insurer_letter",
    "discharge_report": "insurance_claim",
    "herd_health_plan": "tb_test_chart",
    "crematorium_invoice": "cremation_certificate",
    "delivery_note": "supplier_invoice",
}


# ---------------------------------------------------------------------------------------------
# Streams and generation (same files and labels as corpus.generate)
# ---------------------------------------------------------------------------------------------


def make_skep_stream(rng: random.Random, n_docs: int, separators: bool) -> Stream:
    """One practice's pile: ``corpus.make_stream`` with batch runs (after a run kind, 1-3 more
    of the same kind from the same sender follow with probability 0.6) and companions (each
    kind in ``FOLLOWS`` is followed by its related paper with probability 0.5). The practice
    (country, name, clients and their animals, farms, month) is drawn once per stream."""
    r = random.Random(rng.getrandbits(32))
    lang = r.choice(["en", "en", "de", "de", "fr"])
    OFFICE["lang"] = lang
    OFFICE["practice"] = r.randrange(len(SENDERS["practice"][lang]))
    OFFICE["seed"] = r.getrandbits(24)
    OFFICE["month"] = date(r.choice([2024, 2025]), r.randint(1, 12), 1)
    area = int(OFFICE["practice"])  # type: ignore[call-overload]
    owners = [a_person(r, lang, area) for _ in range(r.randint(20, 40))]
    OFFICE["animals"] = [an_animal(r, lang, r.choice(owners)) for _ in range(r.randint(30, 60))]
    OFFICE["farms"] = [a_farm(r, lang, area) for _ in range(r.randint(2, 6))]
    LAST.update(kind="", animal=None, day=None, ref="", extra=None)
    run_odds = dict.fromkeys(RUN_KINDS, 0.6)
    return assemble_stream(
        rng, TEMPLATES_GG, n_docs, separators, run_odds, run_len=(1, 3), follows=FOLLOWS
    )


generate = part_generate(PART, SEED_OFFSET, make_skep_stream, "templates GG")


def main(argv: list[str]) -> int:
    return part_main(argv, __doc__, PART, generate, scanned=12)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

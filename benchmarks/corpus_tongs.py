"""Tongs part of the generated corpus: templates OOOO, written blind for the next measurement.

A part of its own, ``tongs``. Its templates were written without looking at the boundary
detector, its documentation, its tuning or its evaluation, as the pile the office of a tattoo
and piercing studio (the owner, three tattoo artists, a piercer and a receptionist; in England,
Germany or France) feeds through its scanner in a month: the studio's tattoo consent and
medical declaration forms filled in by hand with tick boxes and initialled declarations, with
the photocopy of the client's photo ID and now and then the signed aftercare sheet behind;
piercing consent and procedure records on A5 with the sterile pack labels of needle and
jewellery stuck on, for minors with the parent's consent page and the parent's ID copy; the
council's or health authority's skin piercing registration (registration under the Local
Government (Miscellaneous Provisions) Act 1982, Bestätigung der Anzeige nach der
Hygieneverordnung, récépissé de déclaration de l'ARS) as a covering letter with the premises and
personal certificates on landscape pages and sometimes the byelaws in small print; the
authority's hygiene inspection reports with the checklist over pages, the actions table and
both signatures; guest artist agreements with numbered clauses, the guest spot schedule, the
signature page and a copy of the guest's registration; the studio's monthly commission
settlements per artist on landscape A4; tattoo supply wholesalers' delivery notes (A5 or A4)
with lot numbers and expiry dates, signed on receipt, and their invoices over pages with the
terms on the back; ink manufacturers' safety data sheets (16 sections, "Page i of n"); body
jewellery suppliers' material certificates (implant grade titanium, EN 10204 3.1) behind a
covering slip; autoclave validation reports with the test table, a landscape temperature
chart and the certificate; the sterilisation laboratory's spore test reports; clinical waste
collection contracts with the price schedule, a pre-acceptance audit, terms in two columns and
the signature page; the waste carrier's consignment notes (hazardous waste consignment note,
Übernahmeschein, BSDASRI); deposit receipts from the studio's carbon receipt book on slips;
booking confirmations printed from e-mail with the deposit and cancellation policy; tattoo
convention stand bookings with the exhibitor rules and the hall plan on a landscape page; the
studio's referral letters to a laser removal clinic with the photo page and the client's
consent to share; clients' complaint letters (handwritten on lined paper, typed or a printed
e-mail, sometimes with printed photos) and the studio's replies. Each stream is one studio's
pile: the studio (country, name, month, staff) is drawn once per stream; its outside senders
are of the studio's country and write in its language, except that wholesalers, ink makers,
jewellery suppliers and conventions are now and then from abroad and write in their own.
Page sizes range from receipt book slips, A6 and A5 to A4, Letter and landscape A4.

Labelling rule: what one sender issues in one go is one document, as the studio files it: the
ID copy and the aftercare sheet behind a consent form; the parent's consent page, the parent's
ID copy and the aftercare page of a piercing record; the certificates and byelaws pages sent
with a registration letter; the covering letter, checklist pages and action table of an
inspection report; the schedule, signature page and registration copy of a guest artist
agreement; every page of a settlement, of a delivery note, of an invoice with its terms page and
of a safety data sheet; the covering slip of a material certificate; the test table, chart and
certificate of a validation report; the price schedule, audit form, terms and signature page of
a waste contract; the policy page of a booking confirmation; the rules and hall plan of a
convention booking; the photo page and consent of a referral; the photos enclosed with a
complaint. Related papers are documents of their own: the invoice after its delivery note, the
safety data sheet after the invoice for the ink, the registration after the inspection, the
first consignment note after the waste contract, the booking confirmation after the deposit
receipt and the studio's reply after a complaint; and so is each consent form, piercing record,
receipt slip, spore test report, consignment note, settlement, delivery note, invoice and
booking confirmation of a batch.

Streams are assembled like ``corpus.make_stream`` (same separator sheets, same 30% chance of
repeating the previous kind and sender), plus batch runs: consent forms, piercing records,
deposit receipts, booking confirmations, spore test reports, consignment notes, settlements,
delivery notes and supply invoices often come 2-4 in a row from one sender with other clients,
dates, numbers and amounts; and companions: each related paper above often follows the document
it answers. Drawn with ``corpus.draw_pdf``, scanned with ``corpus.scan`` and labelled exactly
like ``corpus.generate`` with ``"split": "tongs"`` and seeds offset by 9_200_000.

Usage: ``python benchmarks/corpus_tongs.py OUT_DIR [--streams N] [--scanned N] [--seed S]``
writes ``OUT_DIR/tongs/tongs_{born_digital,scanned}_NNNNNNN.{pdf,json}``.
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
    close,
    columns,
    day,
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
from corpus_kit import dear as kit_dear

PART = "tongs"
SEED_OFFSET = 9_200_000

MM = 72 / 25.4
A6 = (105 * MM, 148 * MM)
SLIP = (100 * MM, 112 * MM)
LAND = landscape(A4)

# ---------------------------------------------------------------------------------------------
# Who writes: the studio and its outside senders, by country
# ---------------------------------------------------------------------------------------------

Row = tuple[str, str, str, str]  # name, street, town, telephone
STUDIOS: dict[str, list[Row]] = {
    "en": [
        ("Black Lantern Tattoo Co.", "27 Gloucester Road", "Bristol BS7 8AE", "0117 942 5518"),
        ("Iron & Ivy Tattoo", "112 Oldham Street", "Manchester M4 1LJ", "0161 834 2290"),
        ("Ninth Wave Tattoo & Piercing", "4 Kensington Gardens", "Brighton BN1 4AL", ""),
    ],
    "de": [
        ("Nadelwerk Tattoo & Piercing", "Schanzenstraße 41", "20357 Hamburg", "040 43 18 77 20"),
        ("Schwarzstich Tätowierstudio", "Oranienstraße 163", "10969 Berlin", "030 61 62 95 48"),
        ("Tinte & Eisen Tattoo", "Karl-Liebknecht-Straße 88", "04275 Leipzig", "0341 30 86 41 7"),
    ],
    "fr": [
        ("Atelier Encre Noire", "14 rue des Capucins", "69001 Lyon", "04 78 28 61 90"),
        ("L'Aiguille d'Or Tatouage", "52 rue de la Roquette", "75011 Paris", "01 43 55 20 87"),
        ("Sillage Tattoo & Piercing", "22 cours Victor Hugo", "33000 Bordeaux", "05 56 91 04 38"),
    ],
}
#: The authority of each studio's town (same order as ``STUDIOS``).
AUTHORITIES: dict[str, list[Row]] = {
    "en": [
        ("Bristol City Council - Environmental Health", "PO Box 3399", "Bristol BS1 9NE", ""),
        ("Manchester City Council - Environmental Health", "PO Box 532", "Manchester M60 2LA", ""),
        (
            "Brighton & Hove City Council - Environmental Health",
            "Bartholomew House",
            "Brighton BN1 1JP",
            "",
        ),
    ],
    "de": [
        ("Bezirksamt Altona - Fachamt Gesundheit", "Bahrenfelder Straße 254", "22765 Hamburg", ""),
        (
            "Bezirksamt Friedrichshain-Kreuzberg - Gesundheitsamt",
            "Urbanstraße 24",
            "10967 Berlin",
            "",
        ),
        ("Stadt Leipzig - Gesundheitsamt", "Friedrich-Ebert-Straße 19a", "04109 Leipzig", ""),
    ],
    "fr": [
        (
            "ARS Auvergne-Rhône-Alpes - Délégation départementale du Rhône",
            "241 rue Garibaldi",
            "69003 Lyon",
            "",
        ),
        (
            "ARS Île-de-France - Délégation départementale de Paris",
            "35 rue de la Gare",
            "75019 Paris",
            "",
        ),
        (
            "ARS Nouvelle-Aquitaine - Délégation départementale de la Gironde",
            "103 bis rue Belleville",
            "33000 Bordeaux",
            "",
        ),
    ],
}
SENDERS: dict[str, dict[str, list[Row]]] = {
    "supplier": {
        "en": [
            (
                "Inkwell Tattoo Supply Ltd",
                "Unit 9, Brunel Park",
                "Wolverhampton WV2 2AR",
                "01902 455 180",
            ),
            ("Needlepoint Pro Supplies Ltd", "14 Tanners Yard", "Leeds LS11 5QP", "0113 320 7741"),
            ("Kraken Tattoo Supplies", "Unit 3, Marsh Lane Ind. Est.", "Portsmouth PO3 5JU", ""),
        ],
        "de": [
            ("Tattoobedarf Nord GmbH", "Hammer Deich 70", "20537 Hamburg", "040 25 49 81 0"),
            ("Stichwerk Supplies GmbH", "Gutenbergstraße 12", "71263 Weil der Stadt", ""),
            ("Farbe & Nadel Großhandel", "Industriestraße 5", "44147 Dortmund", "0231 88 40 21"),
        ],
        "fr": [
            (
                "France Tattoo Fournitures SAS",
                "ZA des Bruyères, 4 rue Lavoisier",
                "78190 Trappes",
                "01 30 62 88 14",
            ),
            ("Encres & Aiguilles Distribution", "17 rue du Commerce", "31200 Toulouse", ""),
            ("Dermo Pro Matériel SARL", "Parc d'activités du Mas", "13400 Aubagne", ""),
        ],
    },
    "maker": {
        "en": [("Kingfisher Pigments Ltd", "Mill Road", "Stockport SK4 1PQ", "0161 480 2911")],
        "de": [
            ("Farbwerk Tattoo Colors GmbH", "Chemiestraße 8", "67056 Ludwigshafen", ""),
            ("Rheinfarben Pigmente GmbH", "Hafenstraße 31", "47119 Duisburg", ""),
        ],
        "fr": [("Pigmentis SAS", "3 avenue de l'Industrie", "38400 Saint-Martin-d'Hères", "")],
    },
    "jeweller": {
        "en": [
            ("Titan Body Jewellery Ltd", "Unit 6, Hockley Court", "Birmingham B18 6NF", ""),
            ("Northern Steel Piercing Supply", "22 Albion Street", "Hull HU1 3TG", ""),
        ],
        "de": [("Piercingschmiede Implantat GmbH", "Goldschmiedestraße 4", "75172 Pforzheim", "")],
        "fr": [("Bijoux Corps Titane SARL", "9 rue des Orfèvres", "67000 Strasbourg", "")],
    },
    "lab": {
        "en": [
            (
                "SteriCheck Laboratories Ltd",
                "Biocity, Pennyfoot Street",
                "Nottingham NG1 1GF",
                "0115 912 4460",
            )
        ],
        "de": [("Hygieneinstitut Dr. Wessel GmbH", "Max-Planck-Straße 15", "49076 Osnabrück", "")],
        "fr": [("Laboratoire Stérilab", "12 allée des Sciences", "34090 Montpellier", "")],
    },
    "engineer": {
        "en": [
            (
                "Autoclave Services (UK) Ltd",
                "Kingsway Business Park",
                "Rochdale OL16 4NW",
                "01706 755 310",
            )
        ],
        "de": [
            (
                "Medizintechnik Krämer - Validierungsservice",
                "Am Kreuzweg 3",
                "35440 Linden",
                "06403 77 21 0",
            )
        ],
        "fr": [("Stéri-Contrôle Services SARL", "5 rue Pasteur", "69007 Lyon", "04 72 71 30 55")],
    },
    "waste": {
        "en": [
            ("Medisafe Waste Solutions Ltd", "Stanton Grove", "Derby DE7 4QS", "0333 014 7770"),
            ("Greenway Clinical Waste Ltd", "Unit 14, Cross Lane", "Warrington WA2 8LP", ""),
        ],
        "de": [
            ("Medicollect Entsorgung GmbH", "Am Osthafen 9", "60314 Frankfurt am Main", ""),
            ("Sanitärentsorgung Voss GmbH", "Ladestraße 17", "22525 Hamburg", ""),
        ],
        "fr": [
            ("Sanicollect DASRI SAS", "ZI Nord, 8 rue Ampère", "69730 Genay", "04 78 98 52 10"),
            ("Ecosafe Collecte", "Parc Eiffel, 3 avenue Gustave Eiffel", "33700 Mérignac", ""),
        ],
    },
    "convention": {
        "en": [
            ("North Sea Ink Expo Ltd", "Exhibition Centre, Scarborough Road", "Hull HU9 1AP", ""),
            ("London Ink Weekender", "Tobacco Dock, Wapping Lane", "London E1W 2SF", ""),
        ],
        "de": [
            ("Hanse Tattoo Convention UG", "Messeplatz 1", "20357 Hamburg", ""),
            ("Rhein-Ink Tattoo Messe GmbH", "Messeallee 2", "50679 Köln", ""),
        ],
        "fr": [
            (
                "Salon International du Tatouage de Lyon",
                "Eurexpo, Boulevard de l'Europe",
                "69680 Chassieu",
                "",
            ),
            ("Bordeaux Ink Festival", "Hangar 14, quai des Chartrons", "33300 Bordeaux", ""),
        ],
    },
    "laser": {
        "en": [
            ("Clear Skin Laser Clinic", "3 Whiteladies Road", "Bristol BS8 1NU", ""),
            ("Fade Out Laser Studio", "48 Deansgate", "Manchester M3 2EG", ""),
        ],
        "de": [
            ("Praxis für Lasermedizin Dr. Hollweg", "Neuer Wall 50", "20354 Hamburg", ""),
            ("Laserzentrum Mitte", "Friedrichstraße 133", "10117 Berlin", ""),
        ],
        "fr": [
            ("Centre Laser Bellecour", "4 place Bellecour", "69002 Lyon", ""),
            ("Cabinet de dermatologie Dr Marchal", "18 rue de Rivoli", "75004 Paris", ""),
        ],
    },
}

FIRSTS = {
    "en": ["Chloe", "Ryan", "Jade", "Liam", "Megan", "Connor", "Aisha", "Kieran", "Holly", "Dan"],
    "de": ["Lena", "Kevin", "Jana", "Dennis", "Melanie", "Marco", "Sina", "Tobias", "Nele", "Ali"],
    "fr": ["Manon", "Kevin", "Océane", "Romain", "Jessica", "Yanis", "Clara", "Maxime", "Inès"],
}
LASTS = {
    "en": ["Hughes", "Patel", "Doyle", "Marsh", "O'Neill", "Cooper", "Rahman", "Fletcher", "Wood"],
    "de": ["Krause", "Öztürk", "Lehmann", "Brandt", "Schulz", "Petrović", "Jansen", "Kühn"],
    "fr": ["Lemoine", "Da Silva", "Garnier", "Mercier", "Haddad", "Roussel", "Blanc", "Colin"],
}
FEMALE = {"Chloe", "Jade", "Megan", "Aisha", "Holly", "Lena", "Jana", "Melanie", "Sina", "Nele"}
FEMALE |= {"Manon", "Océane", "Jessica", "Clara", "Inès"}
ROADS = {
    "en": ["Station Road", "Victoria Street", "Church Lane", "Albert Road", "Queens Drive"],
    "de": ["Lindenstraße", "Bahnhofstraße", "Am Stadtpark", "Gartenweg", "Schillerstraße"],
    "fr": ["rue Victor Hugo", "avenue Jean Jaurès", "rue de la Paix", "chemin des Vignes"],
}
#: Guest artists touring studios: name, home town.
GUESTS = [
    ("Mika Laine", "Helsinki"),
    ("Joana Ferreira", "Porto"),
    ("Tomasz Wrona", "Kraków"),
    ("Sven Aukrust", "Oslo"),
    ("Giulia Ranieri", "Bologna"),
    ("Hana Kobayashi", "Osaka"),
    ("Rafa Ortega", "Valencia"),
    ("Elif Arslan", "Istanbul"),
]

TALK = {
    "en": {
        "care": "wash gently with unperfumed soap pat dry thin layer of balm avoid swimming "
        "sunbeds scratching picking tight clothing weeks healing peel flake itch redness swelling "
        "wrap film clean hands fresh air",
        "legal": "artist studio guest agreement commission booking deposit client premises "
        "registration insurance hygiene equipment consumables termination notice liability "
        "portfolio social media",
        "hyg": "hand wash basin sterilisation autoclave single-use needles sharps waste records "
        "cleaning schedule surfaces disinfectant training procedure room floor lighting",
        "waste": "collection sharps container clinical waste bag duty of care consignment "
        "transfer site carrier licence tonnage incineration schedule",
        "sds": "mixture not classified hazardous eyes skin contact rinse water minutes "
        "ventilation gloves storage temperature sealed container sunlight frost disposal "
        "regulations pigment dispersion exposure limits protective inhalation",
        "mail": "appointment design artist session healing booking deposit price estimate "
        "touch-up placement size colour line work shading week",
    },
    "de": {
        "care": "waschen sanft parfümfreie Seife trocken tupfen dünn Pflegecreme vermeiden "
        "Schwimmbad Solarium kratzen Kruste enge Kleidung Wochen Heilung Rötung Schwellung "
        "Folie saubere Hände",
        "legal": "Künstler Studio Gastkünstler Vereinbarung Provision Termin Anzahlung Kunde "
        "Räume Anzeige Versicherung Hygiene Material Kündigung Haftung Portfolio",
        "hyg": "Handwaschbecken Sterilisation Autoklav Einmalmaterial Nadeln Abfall "
        "Dokumentation Reinigungsplan Flächen Desinfektion Schulung Hygieneplan Raum",
        "waste": "Abholung Kanülenabwurfbehälter Abfall Entsorgung Nachweis Übernahme "
        "Beförderer Abfallschlüssel Verbrennung Turnus Behälter",
        "sds": "Gemisch nicht eingestuft Augen Haut Kontakt spülen Wasser Minuten Lüftung "
        "Handschuhe Lagerung Temperatur verschlossen Behälter Sonnenlicht Frost Entsorgung "
        "Vorschriften Pigment Dispersion Grenzwerte Schutz Einatmen",
        "mail": "Termin Motiv Künstler Sitzung Heilung Buchung Anzahlung Preis Schätzung "
        "Nachstechen Stelle Größe Farbe Linien Schattierung Woche",
    },
    "fr": {
        "care": "laver doucement savon neutre sécher tamponner fine couche crème éviter "
        "piscine soleil gratter croûtes vêtements serrés semaines cicatrisation rougeur "
        "gonflement film mains propres",
        "legal": "artiste studio invité contrat commission rendez-vous acompte client locaux "
        "déclaration assurance hygiène matériel résiliation préavis responsabilité portfolio",
        "hyg": "lavabo lavage des mains stérilisation autoclave usage unique aiguilles déchets "
        "traçabilité nettoyage surfaces désinfection formation protocole salle",
        "waste": "collecte collecteur piquants DASRI emballage bordereau transport incinération "
        "traçabilité fréquence conteneur prestataire",
        "sds": "mélange non classé dangereux yeux peau contact rincer eau minutes "
        "ventilation gants stockage température récipient fermé lumière gel élimination "
        "réglementation pigment dispersion valeurs limites protection inhalation",
        "mail": "rendez-vous motif artiste séance cicatrisation réservation acompte prix devis "
        "retouche emplacement taille couleur traits ombrages semaine",
    },
}
GLUES = {
    "en": "the of and to for with on at by from this is are will be the a as we your all",
    "de": "die der das und zu für mit auf von ist sind wird bei nach den dem im wir Ihre",
    "fr": "le la les et de du pour avec sur par est sont sera au aux des une nous vos",
}


def words(rng: random.Random, lang: str, topic: str = "legal", n: int | None = None) -> str:
    pool, glue = TALK[lang][topic].split(), GLUES[lang].split()
    ws = [rng.choice(pool if rng.random() < 0.5 else glue) for _ in range(n or rng.randint(7, 15))]
    text = " ".join(ws)
    return text[0].upper() + text[1:] + "."


def prose(rng: random.Random, lang: str, topic: str = "legal", lo: int = 2, hi: int = 4) -> str:
    return " ".join(words(rng, lang, topic) for _ in range(rng.randint(lo, hi)))


# ---------------------------------------------------------------------------------------------
# The studio of a stream: its country, month and staff
# ---------------------------------------------------------------------------------------------

STUDIO: dict[str, object] = {"lang": "en", "row": 0, "seed": 0, "month": date(2025, 3, 1)}
STAFF: dict[str, list[str]] = {"owner": [], "artists": [], "piercer": [], "desk": []}
#: What the previous document was about (a companion takes it up).
LAST: dict[str, object] = {"kind": "", "day": None, "extra": None}


def home() -> str:
    return str(STUDIO["lang"])


def month() -> date:
    m = STUDIO["month"]
    assert isinstance(m, date)
    return m


def keyed(who: Issuer, key: str) -> random.Random:
    """Draws fixed by the issuer, the stream's studio and ``key``: a run or a repeat keeps
    its sender."""
    text = f"tongs/{key}/{who.name}/{who.street}/{who.city}/{STUDIO['seed']}"
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


def person(rng: random.Random, lang: str) -> str:
    return f"{rng.choice(FIRSTS[lang])} {rng.choice(LASTS[lang])}"


def client(rng: random.Random) -> str:
    """A client of the studio: mostly of its country, now and then a visitor."""
    lg = home() if rng.random() < 0.85 else rng.choice(["en", "de", "fr"])
    return person(rng, lg)


def birthday(rng: random.Random, minor: bool = False) -> date:
    y = month().year - (rng.randint(16, 17) if minor else rng.randint(18, 58))
    return date(y, rng.randint(1, 12), rng.randint(1, 28))


def artist(rng: random.Random) -> str:
    return rng.choice(STAFF["artists"])


def owner_name() -> str:
    return STAFF["owner"][0]


def dear(lang: str, name: str | None) -> str:
    """The salutation of a letter to ``name`` (``corpus_kit.dear``, which knows no "Ms")."""
    if lang == "en" and name and name.startswith("Ms "):
        return f"Dear Ms {name.split()[-1]},"
    return kit_dear(lang, name)


def mx(name: str, lang: str) -> str:
    """``name`` with its title as ``lang`` writes it."""
    female = name.split()[0] in FEMALE
    if lang == "de":
        return f"{'Frau' if female else 'Herr'} {name}"
    if lang == "fr":
        return f"{'Madame' if female else 'Monsieur'} {name}"
    return f"{'Ms' if female else 'Mr'} {name}"


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
TAGLINE = {
    "studio": ("Custom Tattoo - Body Piercing", "Tattoo - Piercing", "Tatouage - Piercing"),
    "supplier": (
        "Professional tattoo & piercing supplies",
        "Profi-Tattoobedarf",
        "Matériel professionnel",
    ),
    "jeweller": ("Implant grade body jewellery", "Piercingschmuck", "Bijoux de piercing"),
    "waste": ("Healthcare waste management", "Entsorgungsfachbetrieb", "Collecte de DASRI"),
    "engineer": ("Validation - Service - Repair", "Validierung - Wartung", "Qualification"),
    "lab": ("Microbiology - Sterility testing", "Hygiene - Mikrobiologie", "Microbiologie"),
    "convention": ("International tattoo convention", "Tattoo Convention", "Convention"),
    "laser": ("Laser tattoo removal", "Lasertherapie", "Détatouage laser"),
    "maker": ("Tattoo colours", "Tätowierfarben", "Encres de tatouage"),
}


def legal_lines(r: random.Random, name: str, lang: str, role: str) -> list[str]:
    if role == "authority":
        return []
    if lang == "de":
        out = [
            f"{name} - Steuer-Nr. {r.randint(10, 99)}/{r.randint(100, 999)}/"
            f"{r.randint(10000, 99999)}"
            + (f" - USt-IdNr. DE{r.randint(100000000, 999999999)}" if r.random() < 0.6 else ""),
            f"{r.choice(['Haspa', 'Berliner Sparkasse', 'Sparkasse Leipzig', 'GLS Bank'])} - "
            f"IBAN DE{r.randint(10, 99)} {r.randint(1000, 9999)} {r.randint(1000, 9999)} "
            f"{r.randint(1000, 9999)} {r.randint(1000, 9999)} {r.randint(10, 99)}",
        ]
        if "GmbH" in name or "UG" in name:
            out.insert(
                0,
                f"Amtsgericht {r.choice(['Hamburg', 'Köln', 'Dortmund', 'Stuttgart'])} "
                f"HRB {r.randint(1000, 99999)} - Geschäftsführer: {person(r, 'de')}",
            )
        return out
    if lang == "fr":
        siret = (
            f"{r.randint(300, 899)} {r.randint(100, 999)} {r.randint(100, 999)} "
            f"{r.randint(10000, 99999)}"
        )
        out = [f"{name} - SIRET {siret} - APE {r.choice(['9609Z', '4690Z', '3821Z', '8299Z'])}"]
        if r.random() < 0.7:
            out.append(f"TVA intracom. FR{r.randint(10, 99)} {r.randint(100000000, 999999999)}")
        return out
    out = []
    if "Ltd" in name:
        out.append(f"Registered in England and Wales No. {r.randint(3000000, 13999999):08d}")
    if r.random() < 0.6:
        out.append(
            f"VAT Reg. No. GB {r.randint(100, 999)} {r.randint(1000, 9999)} {r.randint(10, 99)}"
        )
    return [" - ".join(out)] if out else []


def make_head(row: Row, lang: str, role: str) -> Head:
    """The paper habits of the sender ``row``: the same all through one stream."""
    name, street, town, phone = row
    r = random.Random(zlib.crc32(f"tongs/head/{name}/{STUDIO['seed']}".encode()))
    font, bold = r.choice(FACES)
    host = "".join(c for c in name.lower().split()[0] if c.isalpha() and c.isascii())[:12]
    tld = {"en": "co.uk", "de": "de", "fr": "fr"}[lang]
    looks = LOOKS
    if role == "authority":
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
        margin=r.choice([48, 54, 60, 66]),
        again=r.random() < 0.3,
        foot=legal_lines(r, name, lang, role) if r.random() < 0.75 else [],
        numbers=r.choice(PAGE_NOS[lang]),
        corner=r.choice(["bc", "br", "tr", "bc", "bl"]),
        dates=r.choice(["short", "long"] + (["iso", "short"] if lang == "en" else [])),
        mail=f"{r.choice(['info', 'hello', 'office', 'sales', 'accounts'])}@{host or 'mail'}.{tld}"
        if r.random() < 0.75
        else "",
    )


def studio_head() -> Head:
    lang = home()
    return make_head(STUDIOS[lang][int(STUDIO["row"])], lang, "studio")  # type: ignore[call-overload]


def authority_head() -> Head:
    lang = home()
    return make_head(AUTHORITIES[lang][int(STUDIO["row"])], lang, "authority")  # type: ignore[call-overload]


def head_of(who: Issuer, role: str, abroad: float = 0.0) -> Head:
    """The ``role`` sender of ``who`` (the same for the same issuer and studio), of the
    studio's country or, with odds ``abroad``, of another."""
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
    for text, width, dy in ((top, r * 1.5, -r * 0.45), (mid, r * 1.4, r * 0.6)):
        pt = min(6.5, 6.5 * width / max(tw(text, "Helvetica", 6.5), 1.0))
        p.text(cx, cy + dy, text, "Helvetica", pt, "center")
    p.text(cx, cy + 4, "*", "Helvetica-Bold", 11, "center")


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
            p.text(m + 32, yy, fit(t, f_, pt, w - 2 * m - 40), f_, pt)
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
        tag = TAGLINE.get(h.role)
        if tag:
            p.text(m, y + 15, tr(h.lang, *tag), italic_of(h.font), 7.5)
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
    parts = name.replace("-", " ").replace(".", " ").split() or ["X"]
    text = f"{parts[0][0]}{parts[-1][:8]}" if len(parts) > 1 else parts[0]
    p.text(x + 2, y - 1, text, INK, pt)
    end = x + 6 + tw(text, INK, pt)
    p.line(end - 4, y - 2, end + 12, y - 9)
    p.line(x, y + 2, end - 8, y + 1)


def initials(name: str) -> str:
    return "".join(t[0] for t in name.split() if t[0].isalpha()).upper()


def received(rng: random.Random, p: Page, d: date, odds: float = 0.35) -> None:
    """Now and then the studio's received stamp on the first page."""
    if rng.random() < odds:
        w, _ = p.size
        lg = home()
        stamp(
            p,
            w - rng.uniform(150, 200),
            rng.uniform(70, 150),
            [
                tr(lg, "RECEIVED", "EINGEGANGEN", "REÇU LE"),
                short(d + timedelta(days=rng.randint(1, 5)), lg),
                initials(rng.choice(STAFF["desk"] + STAFF["owner"])),
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


def staff_of(h: Head, tag: str) -> str:
    r = random.Random(zlib.crc32(f"tongs/staff/{tag}/{h.name}/{STUDIO['seed']}".encode()))
    return person(r, h.lang)


def head_lines(h: Head, att: str = "") -> list[str]:
    return [h.name, *([att] if att else []), h.street, h.town]


def studio_lines(att: str = "") -> list[str]:
    return head_lines(studio_head(), att)


def totals(
    f: Sheets, s: Style, lg: str, net: float, rate: float, note: str = "", x: float = 0.56
) -> float:
    """Net, tax at ``rate`` and total right-aligned under a table; returns the total."""
    w, _ = f.size
    m = s.margin
    f.need(70)
    f.y += 4
    f.page.line(w * x, f.y - 8, w - m, f.y - 8)
    tax = round(net * rate / 100, 2)
    rows = [(tr(lg, "Net", "Nettobetrag", "Total HT"), net)]
    if rate:
        rows.append((tr(lg, f"VAT {rate:g}%", f"USt. {rate:g} %", f"TVA {rate:g} %"), tax))
    gross = net + tax
    rows.append((tr(lg, "Total due", "Rechnungsbetrag", "Total TTC" if rate else "Total"), gross))
    for k, (t, v) in enumerate(rows):
        bold = s.bold if k == len(rows) - 1 else s.font
        f.page.text(w * x + 4, f.y, t, bold, s.size)
        f.page.text(w - m, f.y, cash(v, lg), bold, s.size, "right")
        f.y += s.size * 1.5
    if note:
        f.y += 4
        write(f, s, note, s.size - 1.5)
    return gross


def vat_rate(lang: str) -> float:
    return {"en": 20.0, "de": 19.0, "fr": 20.0}[lang]


def small_print(
    rng: random.Random, s0: Style, lg: str, title: str, heads: list[str], topic: str = "legal"
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


def copier_edge(p: Page, rng: random.Random) -> None:
    """The grey edge and shadow a photocopy leaves on the page."""
    w, h = p.size
    side = rng.choice(["left", "top", "both"])
    g = rng.uniform(0.35, 0.6)
    if side in ("left", "both"):
        p.rect(0, 0, rng.uniform(8, 22), h, fill=g)
    if side in ("top", "both"):
        p.rect(0, 0, w, rng.uniform(6, 16), fill=g)
    if rng.random() < 0.5:
        p.rect(w - rng.uniform(4, 12), 0, 14, h, fill=g + 0.1)


ID_TITLES = {
    "en": ("DRIVING LICENCE", "UNITED KINGDOM"),
    "de": ("PERSONALAUSWEIS", "BUNDESREPUBLIK DEUTSCHLAND"),
    "fr": ("CARTE NATIONALE D'IDENTITÉ", "RÉPUBLIQUE FRANÇAISE"),
}


def id_card(
    p: Page, rng: random.Random, x: float, y: float, name: str, born: date, lang: str
) -> float:
    """A photocopied photo ID card, front and back; the y below it."""
    cw, ch = 243.0, 153.0
    title, country = ID_TITLES[lang]
    p.rect(x, y, cw, ch)
    p.rect(x, y, cw, 18, fill=0.7)
    p.text(x + 6, y + 12, country, "Helvetica-Bold", 7)
    p.text(x + cw - 6, y + 12, title, "Helvetica-Bold", 7, "right")
    photo(p, x + 8, y + 26, 62, 80, rng)
    first, last = name.split(" ", 1)
    rows = [
        ("1.", last.upper()),
        ("2.", first.upper()),
        ("3.", f"{born.day:02d}.{born.month:02d}.{born.year}"),
        ("4a.", short(month() - timedelta(days=rng.randint(300, 3000)), lang)),
        ("5.", serial(rng, {"en": "AAAAA999999AA9AA", "de": "L9A9A9999", "fr": "99AA99999"}[lang])),
    ]
    yy = y + 34
    for k, v in rows:
        p.text(x + 80, yy, k, "Helvetica", 6)
        p.text(x + 96, yy, fit(v, "Helvetica-Bold", 7.5, cw - 104), "Helvetica-Bold", 7.5)
        yy += 14
    p.text(x + 80, y + ch - 14, last[:10], INK, 11)
    y2 = y + ch + 18
    p.rect(x, y2, cw, ch)
    p.rect(x + 10, y2 + 14, 40, 30, fill=0.75)
    mrz = f"ID{lang.upper()}{serial(rng, '999999999')}<<<<<<<<<<<<<<<"[:30]
    mrz2 = f"{born.year % 100:02d}{born.month:02d}{born.day:02d}{serial(rng, '9')}<<<<<<<<<<<<<"
    mrz3 = f"{last.upper().replace(' ', '<')}<<{first.upper()}<<<<<<<<<<<<<<<<<<"[:30]
    for k, t in enumerate([mrz, mrz2[:30], mrz3]):
        p.text(x + 8, y2 + ch - 44 + 13 * k, t, "Courier", 8)
    return y2 + ch + 12


def id_copy(rng: random.Random, name: str, born: date, lang: str, note: str = "", size=A4) -> Page:
    """A photocopy of ``name``'s photo ID on a sheet, the studio's "original seen" note on it."""
    p = Page(size)
    w, h = size
    copier_edge(p, rng)
    x = rng.uniform(60, w - 300)
    y = rng.uniform(60, 140)
    below = id_card(p, rng, x, y, name, born, lang)
    if rng.random() < 0.7:
        lg = home()
        t = note or tr(lg, "Original seen", "Original vorgelegt", "Original présenté")
        hand(
            p, x, min(below + 24, h - 80), f"{t} {short(month(), lg)[:5]}  {initials(owner_name())}"
        )
    return p


def sticker(p: Page, x: float, y: float, lines: list[str], w: float = 118) -> None:
    """A sterile pack label stuck on a form: a small framed label with a dotted inner edge."""
    hgt = 9 * len(lines) + 8
    p.rect(x, y, w, hgt, fill=0.93)
    p.rect(x, y, w, hgt)
    for k, t in enumerate(lines):
        f_ = "Helvetica-Bold" if k == 0 else "Helvetica"
        p.text(x + 4, y + 10 + 9 * k, fit(t, f_, 6.5, w - 8), f_, 6.5)


# ---------------------------------------------------------------------------------------------
# Templates OOOO: the studio's client paperwork
# ---------------------------------------------------------------------------------------------

MEDICAL = {
    "en": [
        "Are you under the influence of alcohol or drugs?",
        "Do you have diabetes?",
        "Do you have haemophilia or any bleeding disorder?",
        "Do you take blood thinning medication (incl. aspirin)?",
        "Are you pregnant or breastfeeding?",
        "Do you have epilepsy or a history of fainting?",
        "Do you have a heart condition or a pacemaker?",
        "Are you allergic to latex, plasters, antiseptics or pigments?",
        "Do you have a skin condition at or near the site (eczema, psoriasis)?",
        "Do you have hepatitis, HIV or another blood-borne infection?",
        "Do you tend to form keloid scars?",
        "Have you used isotretinoin (Roaccutane) in the last 6 months?",
    ],
    "de": [
        "Stehen Sie unter Einfluss von Alkohol oder Drogen?",
        "Leiden Sie an Diabetes?",
        "Bluterkrankheit oder Gerinnungsstörung?",
        "Nehmen Sie blutverdünnende Medikamente (auch ASS)?",
        "Sind Sie schwanger oder stillen Sie?",
        "Epilepsie oder Neigung zu Ohnmacht?",
        "Herzerkrankung oder Herzschrittmacher?",
        "Allergien (Latex, Pflaster, Desinfektionsmittel, Farben)?",
        "Hauterkrankung an der Stelle (Neurodermitis, Schuppenflechte)?",
        "Hepatitis, HIV oder andere durch Blut übertragbare Infektion?",
        "Neigung zu Keloiden / wulstigen Narben?",
        "Einnahme von Isotretinoin in den letzten 6 Monaten?",
    ],
    "fr": [
        "Êtes-vous sous l'effet d'alcool ou de stupéfiants ?",
        "Êtes-vous diabétique ?",
        "Hémophilie ou trouble de la coagulation ?",
        "Prenez-vous un traitement anticoagulant (aspirine comprise) ?",
        "Êtes-vous enceinte ou allaitez-vous ?",
        "Épilepsie ou tendance aux malaises ?",
        "Maladie cardiaque ou stimulateur cardiaque ?",
        "Allergie (latex, pansements, antiseptiques, pigments) ?",
        "Affection cutanée sur la zone (eczéma, psoriasis) ?",
        "Hépatite, VIH ou autre infection transmissible par le sang ?",
        "Tendance aux chéloïdes ?",
        "Traitement par isotrétinoïne dans les 6 derniers mois ?",
    ],
}
DECLARE = {
    "en": [
        "I am 18 years of age or over and have shown valid photo ID.",
        "I have answered the medical questions truthfully and will tell the artist of changes.",
        "I understand a tattoo is permanent and that removal is costly and not always complete.",
        "I have checked the spelling, size and placement of the design and approve it.",
        "I have received verbal and written aftercare instructions and will follow them.",
        "I understand my deposit is non-refundable and covers the drawing time.",
        "I agree that photographs of the work may be used in the studio's portfolio.",
    ],
    "de": [
        "Ich bin volljährig und habe einen gültigen Lichtbildausweis vorgelegt.",
        "Ich habe die Gesundheitsfragen wahrheitsgemäß beantwortet.",
        "Mir ist bekannt, dass eine Tätowierung dauerhaft ist und eine Entfernung "
        "aufwendig und nicht immer vollständig möglich ist.",
        "Ich habe Motiv, Schreibweise, Größe und Platzierung geprüft und freigegeben.",
        "Ich wurde mündlich und schriftlich über die Pflege aufgeklärt.",
        "Die Anzahlung wird nicht erstattet und deckt den Zeichenaufwand.",
        "Ich bin mit der Verwendung von Fotos der Arbeit (Portfolio, Social Media) einverstanden.",
    ],
    "fr": [
        "Je certifie être majeur(e) et avoir présenté une pièce d'identité.",
        "J'ai répondu sincèrement au questionnaire de santé.",
        "J'ai reçu l'information écrite prévue par l'arrêté du 3 décembre 2008 sur les risques "
        "et le caractère irréversible du tatouage.",
        "J'ai vérifié le motif, l'orthographe, la taille et l'emplacement.",
        "J'ai reçu les consignes de soins après tatouage et m'engage à les suivre.",
        "L'acompte versé n'est pas remboursable.",
        "J'autorise la prise de photos de la réalisation pour le portfolio du studio.",
    ],
}
PLACES = {
    "en": [
        "left forearm",
        "right forearm",
        "upper arm",
        "calf",
        "back of neck",
        "ribs",
        "left thigh",
        "sternum",
        "wrist",
        "shoulder blade",
        "ankle",
    ],
    "de": [
        "linker Unterarm",
        "rechter Unterarm",
        "Oberarm",
        "Wade",
        "Nacken",
        "Rippen",
        "linker Oberschenkel",
        "Brustbein",
        "Handgelenk",
        "Schulterblatt",
        "Knöchel",
    ],
    "fr": [
        "avant-bras gauche",
        "avant-bras droit",
        "bras",
        "mollet",
        "nuque",
        "côtes",
        "cuisse gauche",
        "sternum",
        "poignet",
        "omoplate",
        "cheville",
    ],
}
DESIGNS = {
    "en": [
        "fine line botanical",
        "traditional swallow",
        "script 'Amor fati'",
        "koi half sleeve",
        "geometric mandala",
        "blackwork snake",
        "portrait (memorial)",
        "cover-up, rose",
        "dotwork moon phases",
        "Japanese peony",
        "small heart outline",
    ],
    "de": [
        "Fineline Blumen",
        "Traditional Schwalbe",
        "Schriftzug 'Amor fati'",
        "Koi Halbarm",
        "Mandala geometrisch",
        "Blackwork Schlange",
        "Portrait",
        "Cover-up Rose",
        "Dotwork Mondphasen",
        "Pfingstrose japanisch",
        "kleines Herz",
    ],
    "fr": [
        "floral fine line",
        "hirondelle old school",
        "lettrage 'Amor fati'",
        "carpe koï",
        "mandala géométrique",
        "serpent blackwork",
        "portrait",
        "recouvrement rose",
        "phases de lune dotwork",
        "pivoine japonaise",
        "petit cœur",
    ],
}


def consent_title(lg: str) -> str:
    return tr(
        lg,
        "Tattoo Consent & Medical Declaration",
        "Einwilligungserklärung Tätowierung",
        "Consentement éclairé - Tatouage",
    )


def aftercare_page(
    rng: random.Random, size: tuple[float, float], piercing: bool, name: str
) -> Page:
    """The studio's printed aftercare sheet, the client's acknowledgement signed at its foot."""
    h = studio_head()
    lg = h.lang
    s = style_of(h, size, margin=40 if size[0] < 450 else 0, pt=8.5 if size[0] < 450 else 0)
    w, hh = size
    m = s.margin
    p = Page(size)
    y = heading(p, s, h)
    title = (
        tr(lg, "Piercing aftercare", "Pflegehinweise Piercing", "Soins après piercing")
        if piercing
        else tr(lg, "Tattoo aftercare", "Tattoo-Pflegeanleitung", "Soins après tatouage")
    )
    pt = shrink(title, s.bold, 15, w - 2 * m)
    p.text(w / 2, y + 4, title, s.bold, pt, "center")
    y += 26
    heads = {
        "en": [
            "First hours",
            "Washing",
            "Days 2-14",
            "Avoid",
            "Sun and swimming",
            "Warning signs",
            "Touch-ups",
        ],
        "de": [
            "Die ersten Stunden",
            "Waschen",
            "Tag 2-14",
            "Vermeiden",
            "Sonne und Baden",
            "Warnzeichen",
            "Nachstechen",
        ],
        "fr": [
            "Premières heures",
            "Nettoyage",
            "Jours 2 à 14",
            "À éviter",
            "Soleil et baignade",
            "Signes d'alerte",
            "Retouches",
        ],
    }[lg]
    for k, t in enumerate(heads):
        if y > hh - m - 110:
            break
        p.text(m, y, f"{k + 1}. {t}", s.bold, s.size)
        y += s.size * 1.4
        for ln in wrap(prose(rng, lg, "care", 2, 4), s.font, s.size - 0.5, w - 2 * m - 10):
            p.text(m + 10, y, ln, s.font, s.size - 0.5)
            y += (s.size - 0.5) * 1.35
        y += 5
    y = max(y + 8, hh - m - 70)
    slip_rule(p, m, w - m, y - 10, tr(lg, "studio copy", "Exemplar Studio", "exemplaire studio"))
    p.text(
        m,
        y + 6,
        fit(
            tr(
                lg,
                "I have received and understood these aftercare instructions.",
                "Pflegehinweise erhalten und verstanden.",
                "J'ai reçu et compris ces consignes de soins.",
            ),
            s.font,
            s.size - 0.5,
            w - 2 * m,
        ),
        s.font,
        s.size - 0.5,
    )
    p.line(m, y + 34, m + 150, y + 34)
    scrawl(p, m + 4, y + 30, name, 11)
    p.text(
        m, y + 42, tr(lg, "Client signature", "Unterschrift Kunde", "Signature client"), s.font, 6
    )
    return p


def signature_row(p: Page, s: Style, y: float, labels: list[str], names: list[str]) -> float:
    """Signature lines side by side, signed by ``names`` ("" leaves one blank)."""
    w, _ = p.size
    m = s.margin
    cw = (w - 2 * m) / len(labels)
    for k, (lab, nm) in enumerate(zip(labels, names, strict=True)):
        x = m + k * cw
        p.line(x, y + 24, x + cw - 18, y + 24)
        if nm:
            scrawl(p, x + 4, y + 20, nm, 12)
        p.text(x, y + 33, fit(lab, s.font, 6.5, cw - 18), s.font, 6.5)
    return y + 48


def medical_block(f: Sheets, s: Style, lg: str, rng: random.Random, qs: list[str]) -> None:
    w, _ = f.size
    m = s.margin
    yn = yes_no(lg)
    f.y = band(f.page, s, f.y + 4, tr(lg, "Health", "Gesundheitsfragen", "Santé")) + 6
    yes = {k for k in range(len(qs)) if rng.random() < 0.08}
    for k, q in enumerate(qs):
        f.need(14)
        f.page.text(m + 4, f.y, fit(q, s.font, s.size - 1, w - 2 * m - 110), s.font, s.size - 1)
        for j, lab in enumerate(yn):
            x = w - m - 92 + j * 48
            box(f.page, x, f.y + 1, (k in yes) == (j == 0))
            f.page.text(x + 12, f.y, lab, s.font, 7)
        f.y += 14
    if yes:
        hand(
            f.page,
            m + 8,
            f.y + 4,
            rng.choice(
                {
                    "en": ["hayfever tablets only", "mild eczema, not on site", "ok'd by GP"],
                    "de": ["nur Heuschnupfen", "Neurodermitis, nicht an der Stelle"],
                    "fr": ["antihistaminique", "eczéma léger, pas sur la zone"],
                }[lg]
            ),
            9,
            w - 2 * m - 16,
        )
        f.y += 18


def tpl_consent_form(rng: random.Random, who: Issuer) -> list[Page]:
    """The studio's tattoo consent form: client details and the piece in form cells filled in
    by hand, the health questions with Yes/No boxes, initialled declarations and signatures;
    the photocopy of the client's ID and now and then the signed aftercare sheet behind."""
    h = studio_head()
    lg = h.lang
    r = keyed(who, "form")
    s = style_of(h, LETTER if lg == "en" and r.random() < 0.15 else A4, pt=9)
    w, hh = s.page_size
    m = s.margin
    d = some_day(rng)
    name = client(rng)
    born = birthday(rng)
    by = artist(rng)
    form_no = r.choice(["C1", "TC-03", "F/01", "Form 2"])
    f = sheets(s, h, f"{consent_title(lg)} - {name}", top=r.random() < 0.8)
    if f.y < s.margin:
        f.page.text(m, f.y + 6, h.name, s.bold, s.size + 2)
        f.y += 24
    caption(f, s, consent_title(lg), 4, rule=r.random() < 0.5)
    f.y = band(f.page, s, f.y, tr(lg, "Client", "Kunde / Kundin", "Client(e)")) + 4
    town = rng.choice(STUDIOS[lg])[2]
    f.y = fields(
        f.page,
        s,
        m,
        f.y,
        w - 2 * m,
        [
            (tr(lg, "Full name", "Name, Vorname", "Nom, prénom"), name),
            (tr(lg, "Date of birth", "Geburtsdatum", "Date de naissance"), short(born, lg)),
            (
                tr(lg, "Address", "Anschrift", "Adresse"),
                f"{rng.choice(ROADS[lg])} {rng.randint(2, 140)}, {town}"
                if lg == "de"
                else f"{rng.randint(2, 140)} {rng.choice(ROADS[lg])}, {town}",
            ),
            (tr(lg, "Phone", "Telefon", "Téléphone"), serial(rng, "07999 999999")),
            (
                tr(lg, "ID seen (type / no.)", "Ausweis (Art / Nr.)", "Pièce d'identité"),
                rng.choice(
                    {
                        "en": ["DL", "Passport"],
                        "de": ["PA", "Reisepass"],
                        "fr": ["CNI", "Passeport"],
                    }[lg]
                )
                + " "
                + serial(rng, "AA99999"),
            ),
            (
                tr(lg, "Emergency contact", "Notfallkontakt", "Personne à prévenir"),
                person(rng, lg) if rng.random() < 0.7 else "",
            ),
        ],
        per=2,
        tall=24,
    )
    f.y = band(f.page, s, f.y, tr(lg, "Tattoo", "Tätowierung", "Tatouage")) + 4
    price = rng.choice([80, 120, 150, 220, 300, 450, 600, 900])
    f.y = fields(
        f.page,
        s,
        m,
        f.y,
        w - 2 * m,
        [
            (tr(lg, "Artist", "Künstler/in", "Artiste"), by),
            (tr(lg, "Date", "Datum", "Date"), short(d, lg)),
            (tr(lg, "Design", "Motiv", "Motif"), rng.choice(DESIGNS[lg])),
            (tr(lg, "Placement", "Körperstelle", "Emplacement"), rng.choice(PLACES[lg])),
            (tr(lg, "Price agreed", "Preis", "Prix convenu"), cash(price, lg)),
            (
                tr(lg, "Deposit paid", "Anzahlung", "Acompte versé"),
                cash(rng.choice([30, 50, 50, 100]), lg),
            ),
        ],
        per=2,
        tall=24,
    )
    medical_block(f, s, lg, rng, MEDICAL[lg][: r.choice([8, 10, 12])])
    f.need(120)
    f.y = band(f.page, s, f.y + 4, tr(lg, "Declaration", "Erklärung", "Déclaration")) + 6
    for t in DECLARE[lg]:
        lines = wrap(t, s.font, s.size - 1, w - 2 * m - 60)
        f.need(len(lines) * 11 + 6)
        f.page.rect(w - m - 40, f.y - 9, 34, 14)
        hand(f.page, w - m - 36, f.y + 1, initials(name), 9)
        for ln in lines:
            f.page.text(m + 4, f.y, ln, s.font, s.size - 1)
            f.y += 11
        f.y += 4
    f.need(60)
    f.y = signature_row(
        f.page,
        s,
        f.y,
        [
            tr(lg, "Client signature", "Unterschrift Kunde/Kundin", "Signature du client"),
            tr(lg, "Artist", "Tätowierer/in", "Tatoueur"),
            tr(lg, "Date", "Datum", "Date"),
        ],
        [name, by, ""],
    )
    hand(f.page, w - m - (w - 2 * m) / 3 + 4, f.y - 28, short(d, lg), 9)
    for p in f.pages:
        p.text(m, hh - 16, f"{form_no} - {h.name}", s.font, 5.5)
    pages = close(f.pages, s, h, numbers=r.choice(["none", "none", h.numbers]))
    if rng.random() < 0.75:
        pages.append(id_copy(rng, name, born, lg))
    if rng.random() < 0.3:
        p = aftercare_page(rng, A5 if r.random() < 0.5 else A4, False, name)
        pages.append(p)
    remember(d, name)
    return pages


PIERCINGS = {
    "en": [
        "Lobe",
        "Helix",
        "Tragus",
        "Conch",
        "Daith",
        "Septum",
        "Nostril",
        "Navel",
        "Eyebrow",
        "Tongue",
        "Lip",
        "Industrial",
    ],
    "de": [
        "Ohrläppchen",
        "Helix",
        "Tragus",
        "Conch",
        "Daith",
        "Septum",
        "Nasenflügel",
        "Bauchnabel",
        "Augenbraue",
        "Zunge",
        "Lippe",
        "Industrial",
    ],
    "fr": [
        "Lobe",
        "Hélix",
        "Tragus",
        "Conque",
        "Daith",
        "Septum",
        "Narine",
        "Nombril",
        "Arcade",
        "Langue",
        "Lèvre",
        "Industriel",
    ],
}


def tpl_piercing_record(rng: random.Random, who: Issuer) -> list[Page]:
    """The piercer's consent and procedure record on A5: client cells, the piercing ticked,
    the jewellery, the sterile pack labels of needle and jewellery stuck on, the autoclave
    cycle; for a minor the parent's consent page and the parent's ID copy behind; now and then
    the aftercare page."""
    h = studio_head()
    lg = h.lang
    r = keyed(who, "pform")
    big = r.random() < 0.3
    s = style_of(h, A4 if big else A5, margin=0 if big else 30, pt=0 if big else 8)
    w, _hh = s.page_size
    m = s.margin
    d = some_day(rng)
    minor = rng.random() < 0.25
    name = client(rng)
    born = birthday(rng, minor)
    by = STAFF["piercer"][0]
    p = Page(s.page_size)
    y = heading(p, s, h)
    title = tr(
        lg,
        "Piercing Consent & Procedure Record",
        "Piercing - Einwilligung und Dokumentation",
        "Fiche de consentement et de traçabilité - Piercing",
    )
    pt = shrink(title, s.bold, 12, w - 2 * m)
    p.text(m, y, title, s.bold, pt)
    p.text(w - m, y + 14, f"N° {serial(rng, '9999')}", HAND, 9, "right")
    y += 20
    y = fields(
        p,
        s,
        m,
        y,
        w - 2 * m,
        [
            (tr(lg, "Name", "Name", "Nom"), name),
            (tr(lg, "Date of birth", "Geb.-Datum", "Né(e) le"), short(born, lg)),
            (tr(lg, "Phone", "Telefon", "Tél."), serial(rng, "07999 999999")),
            (tr(lg, "Date", "Datum", "Date"), short(d, lg)),
        ],
        per=2,
        tall=22,
    )
    p.text(m, y, tr(lg, "Piercing", "Piercing", "Piercing"), s.bold, 8)
    pick = rng.randrange(len(PIERCINGS[lg]))
    y = ticks(p, s, m, y + 12, w - 2 * m, PIERCINGS[lg], {pick}, pt=7) + 4
    p.text(m, y, tr(lg, "Side", "Seite", "Côté"), s.font, 7)
    y = (
        ticks(
            p,
            s,
            m + 40,
            y,
            w - 2 * m - 40,
            [
                tr(lg, "Left", "Links", "Gauche"),
                tr(lg, "Right", "Rechts", "Droite"),
                tr(lg, "Centre", "Mitte", "Centre"),
            ],
            {rng.randrange(3)},
            pt=7,
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
            (
                tr(lg, "Jewellery", "Schmuck", "Bijou"),
                rng.choice(
                    [
                        "Labret flat back",
                        "Ring 8mm",
                        "Barbell 14mm",
                        "Circular barbell",
                        "Labret + Top 3mm",
                    ]
                ),
            ),
            (
                tr(lg, "Material", "Material", "Matériau"),
                rng.choice(["Ti ASTM F136", "Ti F136", "Titan ASTM F136", "Gold 14k"]),
            ),
            (
                tr(lg, "Gauge / length", "Stärke / Länge", "Épaisseur / long."),
                f"{rng.choice(['1.2', '1.6'])} / {rng.choice([6, 8, 10, 12, 14])} mm",
            ),
            (tr(lg, "Price", "Preis", "Prix"), cash(rng.choice([35, 40, 45, 55, 70]), lg)),
        ],
        per=2,
        tall=22,
    )
    p.text(
        m,
        y,
        tr(lg, "Sterile labels", "Sterilgut-Etiketten", "Étiquettes de traçabilité"),
        s.bold,
        7.5,
    )
    y += 6
    lw = min(118.0, (w - 2 * m - 10) / 2)
    sticker(
        p,
        m,
        y,
        [
            tr(lg, "STERILE EO NEEDLE", "STERIL EO KANÜLE", "AIGUILLE STÉRILE EO"),
            f"{rng.choice(['14G', '16G', '18G'])} x 50mm",
            f"LOT {serial(rng, '2499999')}",
            f"EXP {month().year + rng.randint(2, 4)}-{rng.randint(1, 12):02d}",
        ],
        lw,
    )
    sticker(
        p,
        m + lw + 10,
        y,
        [
            tr(lg, "AUTOCLAVE", "AUTOKLAV", "AUTOCLAVE"),
            f"{tr(lg, 'Cycle', 'Charge', 'Cycle')} {rng.randint(1200, 3900)}",
            short(d - timedelta(days=rng.randint(1, 20)), lg),
            "134°C 3:30 OK",
        ],
        lw,
    )
    y += 58
    if big:
        y = band(p, s, y, tr(lg, "Health", "Gesundheit", "Santé")) + 8
        yn = yes_no(lg)
        for k, q in enumerate(MEDICAL[lg][1:9]):
            p.text(m + 4, y, fit(q, s.font, 8, w - 2 * m - 110), s.font, 8)
            for j, lab in enumerate(yn):
                x = w - m - 92 + j * 48
                box(p, x, y + 1, (j == 1) != (k == 7 and rng.random() < 0.2))
                p.text(x + 12, y, lab, s.font, 7)
            y += 14
        y += 8
    p.text(
        m,
        y,
        fit(
            tr(
                lg,
                "I confirm the information above and consent to the piercing.",
                "Ich willige in das Piercing ein; die Angaben sind richtig.",
                "Je consens au piercing; les informations sont exactes.",
            ),
            s.font,
            7,
            w - 2 * m,
        ),
        s.font,
        7,
    )
    y = signature_row(
        p,
        s,
        y + 2,
        [tr(lg, "Client", "Kunde/Kundin", "Client(e)"), tr(lg, "Piercer", "Piercer/in", "Perceur")],
        ["" if minor else name, by],
    )
    if minor:
        p.text(
            m,
            y,
            tr(
                lg,
                "UNDER 16/18 - see parental consent",
                "MINDERJÄHRIG - siehe Einwilligung Erziehungsberechtigte",
                "MINEUR - voir autorisation parentale",
            ),
            s.bold,
            7,
        )
    pages = [p]
    if minor:
        parent = f"{person(rng, lg).split()[0]} {name.split(' ', 1)[1]}"
        q = Page(s.page_size)
        yy = heading(q, s, h)
        t2 = tr(
            lg,
            "Parental / guardian consent",
            "Einverständniserklärung der Erziehungsberechtigten",
            "Autorisation parentale",
        )
        q.text(m, yy, fit(t2, s.bold, 11, w - 2 * m), s.bold, 11)
        yy += 18
        txt = tr(
            lg,
            f"I, the undersigned parent or legal guardian, consent to {name} (born "
            f"{short(born, lg)}) receiving a {PIERCINGS[lg][pick].lower()} piercing at "
            f"{h.name}. I am present during the procedure and have shown photo ID.",
            f"Ich, der/die unterzeichnende Erziehungsberechtigte, willige ein, dass {name} "
            f"(geb. {short(born, lg)}) ein Piercing ({PIERCINGS[lg][pick]}) bei {h.name} "
            "erhält. Ich bin während des Piercings anwesend und habe mich ausgewiesen.",
            f"Je soussigné(e), titulaire de l'autorité parentale, autorise {name} (né(e) le "
            f"{short(born, lg)}) à recevoir un piercing ({PIERCINGS[lg][pick]}) chez {h.name}. "
            "Je suis présent(e) lors de l'acte et j'ai présenté ma pièce d'identité.",
        )
        for ln in wrap(txt, s.font, s.size, w - 2 * m):
            q.text(m, yy, ln, s.font, s.size)
            yy += s.size * 1.4
        yy = fields(
            q,
            s,
            m,
            yy + 8,
            w - 2 * m,
            [
                (tr(lg, "Parent / guardian", "Erziehungsberechtigte/r", "Parent"), parent),
                (
                    tr(lg, "Relationship", "Verhältnis", "Lien"),
                    tr(lg, "mother/father", "Mutter/Vater", "mère/père"),
                ),
                (tr(lg, "ID no.", "Ausweis-Nr.", "N° pièce"), serial(rng, "AA9999999")),
                (tr(lg, "Phone", "Telefon", "Tél."), serial(rng, "07999 999999")),
            ],
            per=2,
            tall=22,
        )
        signature_row(
            q,
            s,
            yy,
            [
                tr(lg, "Parent / guardian", "Erziehungsberechtigte/r", "Parent"),
                tr(lg, "Client", "Kunde/Kundin", "Mineur"),
                tr(lg, "Witness (piercer)", "Zeuge (Piercer)", "Témoin"),
            ],
            [parent, name, by],
        )
        pages.append(q)
        if rng.random() < 0.8:
            pages.append(id_copy(rng, parent, birthday(rng), lg))
    if rng.random() < 0.25:
        pages.append(aftercare_page(rng, s.page_size, True, name))
    remember(d, name)
    return pages


# ---------------------------------------------------------------------------------------------
# Templates OOOO: the authority's registration and inspections
# ---------------------------------------------------------------------------------------------


def cert_page(
    rng: random.Random, h: Head, lg: str, who_for: str, what: str, reg: str, d: date, signer: str
) -> Page:
    """A certificate of registration on landscape A4 in a double border."""
    size = LAND
    w, hh = size
    p = Page(size)
    p.rect(24, 24, w - 48, hh - 48)
    p.rect(30, 30, w - 60, hh - 60)
    emblem(p, w / 2 - 11, 52)
    f, b = h.font, h.bold
    p.text(w / 2, 100, fit(h.name.split(" - ")[0], b, 13, w - 120), b, 13, "center")
    law = tr(
        lg,
        "LOCAL GOVERNMENT (MISCELLANEOUS PROVISIONS) ACT 1982 - SECTIONS 14 AND 15",
        "Anzeige nach der Hygieneverordnung des Landes",
        "Articles R.1311-1 à R.1311-13 du code de la santé publique",
    )
    p.text(w / 2, 118, fit(law, f, 8.5, w - 120), f, 8.5, "center")
    title = tr(lg, "CERTIFICATE OF REGISTRATION", "BESCHEINIGUNG", "RÉCÉPISSÉ DE DÉCLARATION")
    p.text(w / 2, 158, title, b, 22, "center")
    lines = [
        tr(lg, "This is to certify that", "Hiermit wird bestätigt, dass", "Il est certifié que"),
        who_for,
        tr(lg, "is registered in respect of", "angezeigt hat:", "a déclaré l'activité de"),
        what,
        tr(lg, "at the premises", "in den Räumen", "dans l'établissement"),
        f"{studio_head().name}, {studio_head().street}, {studio_head().town}",
    ]
    y = 196
    for k, t in enumerate(lines):
        font, pt = (b, 14) if k % 2 else (italic_of(f), 10)
        p.text(w / 2, y, fit(t, font, pt, w - 140), font, pt, "center")
        y += 24 if k % 2 else 18
    p.text(
        80,
        hh - 110,
        f"{tr(lg, 'Registration No.', 'Aktenzeichen', 'N° de récépissé')}: {reg}",
        f,
        10,
    )
    p.text(80, hh - 94, f"{tr(lg, 'Date', 'Datum', 'Date')}: {day(h, d)}", f, 10)
    p.line(w - 280, hh - 100, w - 80, hh - 100)
    scrawl(p, w - 270, hh - 104, signer, 14)
    p.text(w - 280, hh - 88, fit(signer, f, 8.5, 200), f, 8.5)
    p.text(
        w - 280, hh - 77, tr(lg, "Proper Officer", "Im Auftrag", "Pour le directeur général"), f, 8
    )
    seal(
        p,
        w / 2,
        hh - 104,
        30,
        tr(lg, "ENVIRONMENTAL HEALTH", "GESUNDHEITSAMT", "ARS"),
        h.town.split()[-1],
    )
    if lg == "en":
        p.text(
            w / 2,
            hh - 46,
            "This certificate must be displayed prominently in the premises.",
            f,
            7.5,
            "center",
        )
    return p


def tpl_registration(rng: random.Random, who: Issuer) -> list[Page]:
    """The authority's registration of the studio and its people: a covering letter and the
    certificates on landscape pages (premises, each person), sometimes the byelaws or hygiene
    rules in small print behind."""
    h = authority_head()
    lg = h.lang
    s = style_of(h)
    _w, _hh = s.page_size
    m = s.margin
    d = last_day(rng, ("hygiene_inspection",), (5, 25))
    officer = staff_of(h, "officer")
    st = studio_head()
    ref = serial(rng, {"en": "EH/SP/9999/99", "de": "GA 53.2-999/99", "fr": "DD-SE-99-999"}[lg])
    people = rng.sample(STAFF["artists"] + STAFF["piercer"], rng.choice([1, 1, 2, 3]))
    f = sheets(s, h, f"{h.name} - {ref}")
    recipient(
        f,
        s,
        h,
        studio_lines(mx(owner_name(), lg)),
        d,
        [
            (tr(lg, "Our ref", "Aktenzeichen", "Réf."), ref),
            (tr(lg, "Officer", "Sachbearbeitung", "Dossier suivi par"), officer),
        ],
    )
    caption(
        f,
        s,
        tr(
            lg,
            "Skin piercing registration",
            "Anzeige eines Tätowier- und Piercingbetriebes",
            "Déclaration d'activité de tatouage et de perçage",
        ),
        0.5,
    )
    write(f, s, dear(lg, mx(owner_name(), lg)))
    write(
        f,
        s,
        tr(
            lg,
            f"Thank you for your application. Following our visit I am pleased to enclose the "
            f"certificates of registration for the premises and for {', '.join(people)}. The "
            "registration fee has been received.",
            f"wir bestätigen den Eingang Ihrer Anzeige. Nach der Begehung Ihrer Räume erhalten Sie "
            f"anbei die Bescheinigungen für den Betrieb und für {', '.join(people)}.",
            f"Nous accusons réception de votre déclaration. Vous trouverez ci-joint les récépissés "
            f"concernant l'établissement et {', '.join(people)}.",
        ),
    )
    write(f, s, prose(rng, lg, "hyg", 2, 3))
    write(
        f,
        s,
        tr(
            lg,
            "Please note that any new artist working at the premises, including guest "
            "artists, must be registered before carrying out any treatment.",
            "Bitte zeigen Sie jede neue tätige Person, auch Gastkünstler, vor Aufnahme der "
            "Tätigkeit an.",
            "Toute nouvelle personne exerçant, y compris un artiste "
            "invité, doit être déclarée avant de débuter.",
        ),
    )
    regards(
        f,
        s,
        lg,
        officer,
        tr(
            lg,
            "Environmental Health Officer",
            "Gesundheitsaufsicht",
            "Ingénieur d'études sanitaires",
        ),
    )
    f.page.text(
        m,
        f.y,
        tr(lg, f"Enc. {len(people) + 1} certificates", "Anlagen", "P.J. : récépissés"),
        s.font,
        s.size - 1,
    )
    pages = close(f.pages, s, h, numbers="none")
    what = tr(
        lg,
        "tattooing and cosmetic piercing",
        "Tätowieren und Piercen",
        "tatouage par effraction cutanée et perçage corporel",
    )
    if lg == "en" or rng.random() < 0.5:
        pages.append(cert_page(rng, h, lg, st.name, what, ref, d, officer))
    for k, nm in enumerate(people):
        act = (
            tr(lg, "cosmetic piercing", "Piercen", "perçage corporel")
            if nm in STAFF["piercer"]
            else tr(lg, "tattooing", "Tätowieren", "tatouage")
        )
        pages.append(cert_page(rng, h, lg, nm, act, f"{ref}-{k + 1}", d, officer))
    if rng.random() < 0.35:
        heads = {
            "en": [
                "Interpretation",
                "Cleanliness of premises",
                "Cleanliness of operatives",
                "Instruments and materials",
                "Sterilisation",
                "Waste",
                "Records",
                "Display of certificate",
            ],
            "de": [
                "Geltungsbereich",
                "Räume",
                "Personalhygiene",
                "Instrumente",
                "Aufbereitung",
                "Abfälle",
                "Dokumentation",
                "Aufklärung",
            ],
            "fr": [
                "Champ",
                "Locaux",
                "Hygiène du personnel",
                "Matériel",
                "Stérilisation",
                "DASRI",
                "Traçabilité",
                "Information du client",
            ],
        }[lg]
        pages.append(
            small_print(
                rng,
                s,
                lg,
                tr(
                    lg,
                    "Byelaws for the purposes of securing cleanliness - tattooing and piercing",
                    "Merkblatt Hygieneanforderungen",
                    "Règles d'hygiène et de salubrité",
                ),
                heads,
                "hyg",
            )
        )
    remember(d)
    return pages


CHECKS = {
    "en": [
        (
            "Premises",
            [
                "Walls, floor and ceiling smooth and cleanable",
                "Separate treatment area",
                "Wash hand basin with hot & cold water",
                "Adequate lighting",
            ],
        ),
        (
            "Infection control",
            [
                "Liquid soap and paper towels",
                "Single-use gloves used",
                "Single-use needles and ink caps",
                "Skin prep and disinfectant",
                "Cling film / barrier film on equipment",
            ],
        ),
        (
            "Sterilisation",
            [
                "Vacuum (B type) autoclave",
                "Daily test / cycle print-outs kept",
                "Annual validation certificate",
                "Spore test results on file",
            ],
        ),
        (
            "Waste",
            [
                "Sharps containers in use and not overfilled",
                "Clinical waste bags",
                "Waste contract and consignment notes",
            ],
        ),
        (
            "Records",
            [
                "Client consent records kept 3 years",
                "Age verification",
                "Aftercare advice given",
                "Staff registration displayed",
                "Hepatitis B vaccination records",
            ],
        ),
    ],
    "de": [
        (
            "Räume",
            [
                "Oberflächen glatt und desinfizierbar",
                "Abgetrennter Arbeitsbereich",
                "Handwaschbecken mit Warm-/Kaltwasser",
                "Beleuchtung ausreichend",
            ],
        ),
        (
            "Hygiene",
            [
                "Spender Seife / Händedesinfektion",
                "Einmalhandschuhe",
                "Einmalnadeln und Farbkappen",
                "Hautantiseptik vorhanden",
                "Abdeckung der Geräte mit Folie",
            ],
        ),
        (
            "Aufbereitung",
            [
                "Autoklav Klasse B",
                "Chargendokumentation",
                "Validierung gültig",
                "Sporentest / Bioindikator",
            ],
        ),
        ("Abfall", ["Kanülenabwurfbehälter", "Abfallsäcke AS 18 01 04", "Entsorgungsnachweise"]),
        (
            "Dokumentation",
            [
                "Einwilligungen vorhanden",
                "Altersprüfung",
                "Pflegehinweise schriftlich",
                "Hygieneplan aktuell",
                "Impfstatus Hepatitis B",
            ],
        ),
    ],
    "fr": [
        (
            "Locaux",
            [
                "Surfaces lisses et lavables",
                "Salle technique séparée",
                "Lavabo avec commande non manuelle",
                "Éclairage suffisant",
            ],
        ),
        (
            "Hygiène",
            [
                "Savon liquide et essuie-mains",
                "Gants à usage unique",
                "Aiguilles et cupules à usage unique",
                "Antiseptique cutané",
                "Protection du matériel par film",
            ],
        ),
        (
            "Stérilisation",
            [
                "Autoclave classe B",
                "Traçabilité des cycles",
                "Qualification annuelle",
                "Test biologique",
            ],
        ),
        ("DASRI", ["Collecteurs à piquants", "Sacs DASRI", "Convention et bordereaux"]),
        (
            "Documents",
            [
                "Consentements conservés",
                "Vérification de l'âge",
                "Information écrite remise",
                "Attestation de formation hygiène",
                "Vaccination hépatite B",
            ],
        ),
    ],
}


def tpl_hygiene_inspection(rng: random.Random, who: Issuer) -> list[Page]:
    """The authority's hygiene inspection report: now and then a covering letter, then the
    report form with the visit details, the checklist over pages (compliant / not / n.a. and
    comments by hand), the actions table with deadlines and both signatures."""
    h = authority_head()
    lg = h.lang
    s = style_of(h, pt=8.5)
    w, _hh = s.page_size
    m = s.margin
    d = some_day(rng)
    officer = staff_of(h, "inspector")
    ref = serial(rng, rng.choice(["INS/99999", "HY-99-9999", "INSP-2099-999"]))
    pages: list[Page] = []
    title = tr(
        lg,
        "Inspection Report - Skin Piercing Premises",
        "Protokoll der infektionshygienischen Begehung",
        "Rapport d'inspection - établissement de tatouage",
    )
    if rng.random() < 0.4:
        f = sheets(paper(s, A4, pt=h.pt), h)
        recipient(
            f,
            s,
            h,
            studio_lines(),
            d + timedelta(days=rng.randint(2, 9)),
            [(tr(lg, "Our ref", "Az.", "Réf."), ref)],
        )
        write(f, s, dear(lg, mx(owner_name(), lg)), h.pt)
        write(
            f,
            s,
            tr(
                lg,
                f"Please find enclosed the report of my visit on {day(h, d)}. The "
                "matters listed under 'Actions' must be completed by the dates shown.",
                f"anbei erhalten Sie das Protokoll der Begehung vom {day(h, d)}. Bitte "
                "beheben Sie die aufgeführten Mängel fristgerecht.",
                f"Veuillez trouver ci-joint le rapport de l'inspection du {day(h, d)}. "
                "Les mesures demandées sont à réaliser dans les délais indiqués.",
            ),
            h.pt,
        )
        write(f, s, prose(rng, lg, "hyg", 1, 3), h.pt)
        regards(
            f,
            s,
            lg,
            officer,
            tr(lg, "Environmental Health Officer", "Hygienekontrolleur", "Inspecteur"),
        )
        pages += close(f.pages, s, h, numbers="none")
    f = sheets(s, h, f"{title} - {ref}")
    caption(f, s, title, 3)
    f.y = fields(
        f.page,
        s,
        m,
        f.y,
        w - 2 * m,
        [
            (tr(lg, "Premises", "Betrieb", "Établissement"), studio_head().name),
            (tr(lg, "Address", "Anschrift", "Adresse"), studio_head().street),
            (tr(lg, "Operator", "Betreiber/in", "Exploitant"), owner_name()),
            (
                tr(lg, "Date / time", "Datum / Uhrzeit", "Date / heure"),
                f"{short(d, lg)}  {rng.randint(9, 16)}:{rng.choice(['00', '15', '30', '45'])}",
            ),
            (tr(lg, "Officer", "Kontrolle durch", "Inspecteur"), officer),
            (tr(lg, "Reference", "Aktenzeichen", "Référence"), ref),
        ],
        per=2,
        tall=22,
        hand=rng.random() < 0.5,
    )
    f.page.text(m, f.y, tr(lg, "Type of visit:", "Anlass:", "Motif :"), s.bold, 8)
    f.y = ticks(
        f.page,
        s,
        m + 70,
        f.y,
        w - 2 * m - 70,
        [
            tr(lg, "Routine", "Routine", "Programmée"),
            tr(lg, "Registration", "Neuanzeige", "Déclaration"),
            tr(lg, "Complaint", "Beschwerde", "Plainte"),
            tr(lg, "Revisit", "Nachkontrolle", "Contre-visite"),
        ],
        {rng.choice([0, 0, 1, 2, 3])},
        pt=7.5,
    )
    marks = [tr(lg, "C", "ja", "C"), tr(lg, "NC", "nein", "NC"), "n/a"]
    bad: list[str] = []
    for sec, items in CHECKS[lg]:
        f.need(60)
        f.y = band(f.page, s, f.y + 6, sec) + 6
        for it in items:
            f.need(14)
            f.page.text(m + 4, f.y, fit(it, s.font, 8, w * 0.45), s.font, 8)
            k = 0 if rng.random() < 0.85 else rng.choice([1, 1, 2])
            for j, lab in enumerate(marks):
                x = w * 0.52 + j * 36
                box(f.page, x, f.y + 1, j == k, 7)
                f.page.text(x + 10, f.y, lab, s.font, 6.5)
            if k == 1:
                bad.append(it)
                hand(
                    f.page,
                    w * 0.52 + 112,
                    f.y,
                    rng.choice(
                        {
                            "en": ["see action", "not seen", "out of date", "missing"],
                            "de": ["s. Mangel", "fehlt", "abgelaufen", "nicht vorgelegt"],
                            "fr": ["voir mesure", "absent", "périmé", "non présenté"],
                        }[lg]
                    ),
                    8,
                    w - m - w * 0.52 - 116,
                )
            f.page.line(m, f.y + 4, w - m, f.y + 4)
            f.y += 14
    f.need(90)
    f.y = (
        band(
            f.page,
            s,
            f.y + 8,
            tr(lg, "Actions required", "Festgestellte Mängel / Auflagen", "Mesures demandées"),
        )
        + 6
    )
    rows = [
        [
            str(k + 1),
            it,
            prose(rng, lg, "hyg", 1, 1),
            short(d + timedelta(days=rng.choice([14, 28, 30, 56])), lg),
        ]
        for k, it in enumerate(bad or ["-"])
    ]
    if not bad:
        rows = [["-", tr(lg, "No actions required", "Keine Mängel", "Aucune mesure"), "", ""]]
    table(
        f,
        columns(m, w - m, [(0.4, "left"), (2.5, "left"), (4, "left"), (1.2, "right")]),
        [
            "#",
            tr(lg, "Finding", "Befund", "Constat"),
            tr(lg, "Action", "Maßnahme", "Mesure"),
            tr(lg, "By", "Frist", "Délai"),
        ],
        rows,
        s,
        size=7.5,
        rules=True,
    )
    f.need(70)
    f.y += 10
    f.y = signature_row(
        f.page,
        s,
        f.y,
        [
            tr(lg, "Officer", "Kontrolleur/in", "Inspecteur"),
            tr(lg, "Operator / person in charge", "Betreiber/in", "Exploitant"),
        ],
        [officer, owner_name()],
    )
    pages += close(
        f.pages,
        s,
        h,
        numbers=rng.choice(
            ["Page {i} of {n}", "Seite {i} von {n}" if lg == "de" else "{i}/{n}", "none"]
        ),
    )
    remember(d, len(bad))
    return pages


# ---------------------------------------------------------------------------------------------
# Templates OOOO: the studio's artists
# ---------------------------------------------------------------------------------------------

GUEST_CLAUSES = {
    "en": [
        "Guest spot",
        "Commission",
        "Deposits and bookings",
        "Consumables",
        "Hygiene and registration",
        "Insurance",
        "Conduct",
        "Photographs and social media",
        "Cancellation",
        "Governing law",
    ],
    "de": [
        "Gastaufenthalt",
        "Provision",
        "Anzahlungen und Termine",
        "Verbrauchsmaterial",
        "Hygiene und Anzeige",
        "Versicherung",
        "Verhalten im Studio",
        "Fotos und Social Media",
        "Rücktritt",
        "Schlussbestimmungen",
    ],
    "fr": [
        "Objet",
        "Commission",
        "Acomptes et rendez-vous",
        "Consommables",
        "Hygiène et déclaration",
        "Assurance",
        "Comportement",
        "Photos et réseaux sociaux",
        "Annulation",
        "Droit applicable",
    ],
}


def tpl_guest_agreement(rng: random.Random, who: Issuer) -> list[Page]:
    """The studio's guest artist agreement: parties and numbered clauses (commission split,
    deposits, consumables, hygiene, insurance), the guest spot schedule on a table page, the
    signature page and a copy of the guest's registration or ID behind."""
    h = studio_head()
    lg = h.lang
    r = keyed(who, "guest")
    guest, gtown = rng.choice(GUESTS)
    s = style_of(h)
    w, _hh = s.page_size
    m = s.margin
    d = some_day(rng)
    start = d + timedelta(days=rng.randint(10, 40))
    days_n = rng.choice([3, 5, 7, 10, 14])
    split = rng.choice([50, 60, 60, 70])
    title = tr(
        lg,
        "Guest Artist Agreement",
        "Gastkünstler-Vereinbarung",
        "Contrat d'artiste invité (guest)",
    )
    f = sheets(s, h, f"{title} - {guest}", top=r.random() < 0.6)
    f.y += 10
    caption(f, s, title.upper(), 5)
    write(f, s, tr(lg, "between", "zwischen", "entre"))
    write(
        f,
        s,
        f"{h.name}, {h.street}, {h.town} ({tr(lg, 'the Studio', 'Studio', 'le Studio')}),"
        f" {tr(lg, 'represented by', 'vertreten durch', 'représenté par')} {owner_name()}",
        indent=16,
    )
    write(f, s, tr(lg, "and", "und", "et"))
    role = tr(lg, "the Artist", "Künstler/in", "l'Artiste")
    write(f, s, f"{guest}, {gtown} ({role})", indent=16)
    f.y += 6
    for k, head in enumerate(GUEST_CLAUSES[lg]):
        f.heading(
            s.margin,
            f"§ {k + 1} {head}" if lg == "de" else f"{k + 1}. {head}",
            s.bold,
            s.size + 0.5,
        )
        if k == 0:
            write(
                f,
                s,
                tr(
                    lg,
                    f"The Artist will work at the Studio from {day(h, start)} for "
                    f"{days_n} working days as a self-employed guest artist.",
                    f"Der/die Künstler/in arbeitet ab {day(h, start)} für {days_n} "
                    "Arbeitstage als selbständige/r Gastkünstler/in im Studio.",
                    f"L'Artiste exercera au Studio à compter du {day(h, start)} pendant "
                    f"{days_n} jours en qualité d'indépendant.",
                ),
            )
        elif k == 1:
            write(
                f,
                s,
                tr(
                    lg,
                    f"The Artist receives {split}% of the price of each tattoo; the "
                    f"Studio retains {100 - split}%.",
                    f"Der/die Künstler/in erhält "
                    f"{split} % des Preises jeder Tätowierung, das Studio {100 - split} %.",
                    f"L'Artiste perçoit {split} % du prix de chaque tatouage, le Studio "
                    f"{100 - split} %.",
                ),
            )
        else:
            write(f, s, prose(rng, lg, "legal", 1, 3))
    pages = close(f.pages, s, h, numbers=r.choice(["none", "{i}/{n}", h.numbers]))
    if rng.random() < 0.6:
        g = sheets(s, h, title, top=False)
        caption(
            g,
            s,
            tr(lg, "Schedule 1 - Guest spot days", "Anlage 1 - Arbeitstage", "Annexe 1 - Planning"),
            2,
        )
        rows = []
        for k in range(days_n):
            dd = start + timedelta(days=k)
            rows.append(
                [
                    short(dd, lg),
                    rng.choice(["11:00-19:00", "10:00-18:00", "12:00-20:00"]),
                    str(rng.randint(1, 3)),
                    rng.choice(
                        [
                            tr(lg, "walk-ins", "Walk-ins", "sans RDV"),
                            tr(lg, "booked", "gebucht", "réservé"),
                            "",
                        ]
                    ),
                ]
            )
        table(
            g,
            columns(m, w - m, [(1.3, "left"), (1.5, "left"), (0.8, "right"), (2, "left")]),
            [
                tr(lg, "Date", "Datum", "Date"),
                tr(lg, "Hours", "Zeiten", "Horaires"),
                tr(lg, "Station", "Platz", "Poste"),
                tr(lg, "Notes", "Bemerkung", "Remarques"),
            ],
            rows,
            s,
            rules=True,
        )
        pages.append(g.pages[0])
    sp = Page(s.page_size)
    y = m + 20
    sp.text(m, y, tr(lg, "Signed", "Unterschriften", "Signatures"), s.bold, s.size + 2)
    y += 30
    for nm, lab in [
        (owner_name(), tr(lg, "for the Studio", "für das Studio", "pour le Studio")),
        (guest, tr(lg, "the Artist", "Künstler/in", "l'Artiste")),
    ]:
        sp.text(m, y, f"{lab}:", s.font, s.size)
        scrawl(sp, m + 120, y + 26, nm)
        sp.line(m + 110, y + 30, m + 330, y + 30)
        sp.text(m + 110, y + 42, nm, s.font, s.size - 1)
        sp.text(w - m - 130, y + 26, short(d, lg), HAND, 9)
        sp.line(w - m - 140, y + 30, w - m, y + 30)
        sp.text(w - m - 140, y + 42, tr(lg, "Date", "Datum", "Date"), s.font, 7)
        y += 90
    pages.append(sp)
    if rng.random() < 0.6:
        pages.append(id_copy(rng, guest, birthday(rng), rng.choice(["en", "de", "fr"])))
    remember(d, guest)
    return pages


def tpl_artist_settlement(rng: random.Random, who: Issuer) -> list[Page]:
    """The studio's monthly settlement for one artist on landscape A4: every session with the
    price, deposit, how paid and both shares, the consumables charge, the totals and the
    artist's signature for the payout."""
    h = studio_head()
    lg = h.lang
    s = style_of(h, LAND, margin=36, pt=8)
    w, _hh = s.page_size
    m = s.margin
    who_art = artist(rng)
    split = rng.choice([50, 50, 60])
    mth = month()
    title = tr(lg, "Artist settlement", "Abrechnung Künstler/in", "Relevé de commissions")
    period = f"{mth.month:02d}/{mth.year}"
    f = sheets(s, h, f"{title} {period} - {who_art}", top=False)
    f.page.text(m, f.y + 8, h.name, s.bold, 12)
    f.page.text(w - m, f.y + 8, f"{title} {period}", s.bold, 12, "right")
    f.page.text(w - m, f.y + 22, who_art, s.font, 10, "right")
    f.y += 40
    n = rng.choice([8, 14, 22, 31, 40])
    rows = []
    gross = 0.0
    dep = 0.0
    for _ in range(n):
        dd = mth + timedelta(days=rng.randint(0, 27))
        price = float(rng.choice([60, 80, 100, 120, 150, 180, 250, 300, 400, 520]))
        dp = float(rng.choice([0, 30, 50, 50, 100])) if price > 90 else 0.0
        gross += price
        dep += dp
        rows.append(
            (
                dd,
                [
                    short(dd, lg),
                    person(rng, lg).split()[1],
                    rng.choice(DESIGNS[lg]),
                    f"{rng.choice([1, 1.5, 2, 3, 4, 5, 6])}h",
                    money(price, lg),
                    money(dp, lg),
                    rng.choice(["card", "cash", "card"])
                    if lg == "en"
                    else rng.choice(["EC", "bar", "Karte"])
                    if lg == "de"
                    else rng.choice(["CB", "espèces", "CB"]),
                    money(price * split / 100, lg),
                    money(price * (100 - split) / 100, lg),
                ],
            )
        )
    rows.sort(key=lambda t: t[0])
    table(
        f,
        columns(
            m,
            w - m,
            [
                (1, "left"),
                (1.3, "left"),
                (2.6, "left"),
                (0.6, "right"),
                (1, "right"),
                (1, "right"),
                (0.9, "left"),
                (1, "right"),
                (1, "right"),
            ],
        ),
        [
            tr(lg, "Date", "Datum", "Date"),
            tr(lg, "Client", "Kunde", "Client"),
            tr(lg, "Work", "Arbeit", "Réalisation"),
            tr(lg, "Time", "Zeit", "Durée"),
            tr(lg, "Price", "Preis", "Prix"),
            tr(lg, "Deposit", "Anzahlung", "Acompte"),
            tr(lg, "Paid", "Zahlart", "Règlement"),
            f"{tr(lg, 'Artist', 'Künstler', 'Artiste')} {split}%",
            f"Studio {100 - split}%",
        ],
        [t[1] for t in rows],
        s,
        size=7.5,
        shade=0.88,
        rules=rng.random() < 0.4,
    )
    supplies = round(rng.uniform(15, 90), 2)
    share = round(gross * split / 100, 2)
    f.need(90)
    f.y += 8
    f.y = pairs(
        f.page,
        s,
        w * 0.6,
        f.y,
        [
            (tr(lg, "Takings", "Umsatz", "Chiffre d'affaires"), cash(gross, lg)),
            (
                tr(lg, f"Artist share {split}%", f"Anteil {split} %", f"Part artiste {split} %"),
                cash(share, lg),
            ),
            (
                tr(lg, "less consumables", "abzgl. Material", "moins consommables"),
                cash(-supplies, lg),
            ),
            (tr(lg, "Payout", "Auszahlung", "À verser"), cash(share - supplies, lg)),
        ],
        w - m,
        9,
    )
    f.y += 14
    f.page.text(
        m, f.y, tr(lg, "Received with thanks:", "Betrag erhalten:", "Reçu la somme :"), s.font, 8
    )
    scrawl(f.page, m + 110, f.y + 4, who_art, 12)
    f.page.line(m + 100, f.y + 6, m + 300, f.y + 6)
    remember(mth, who_art)
    return close(f.pages, s, h, numbers=rng.choice(["none", "{i}/{n}", "Page {i}"]))


# ---------------------------------------------------------------------------------------------
# Templates OOOO: supplies
# ---------------------------------------------------------------------------------------------

#: code, (en, de, fr), unit price in the home currency, carries a lot number.
PRODUCTS: list[tuple[str, tuple[str, str, str], float, bool]] = [
    (
        "CR-1203RL",
        (
            "Cartridges 12/03 RL, box of 20",
            "Module 12/03 RL, 20 Stk.",
            "Cartouches 12/03 RL, boîte de 20",
        ),
        18.5,
        True,
    ),
    (
        "CR-1207RM",
        (
            "Cartridges 12/07 curved magnum, box of 20",
            "Module 12/07 RM, 20 Stk.",
            "Cartouches 12/07 magnum courbe, boîte de 20",
        ),
        19.9,
        True,
    ),
    (
        "CR-1011RS",
        (
            "Cartridges 10/11 RS, box of 20",
            "Module 10/11 RS, 20 Stk.",
            "Cartouches 10/11 RS, boîte de 20",
        ),
        18.9,
        True,
    ),
    (
        "INK-LB240",
        ("Lining black 240 ml", "Liner Schwarz 240 ml", "Encre noire traçage 240 ml"),
        42.0,
        True,
    ),
    ("INK-C30-", ("Colour ink 30 ml", "Tattoofarbe 30 ml", "Encre couleur 30 ml"), 11.2, True),
    (
        "GL-NIT-M",
        (
            "Nitrile gloves black M, box of 100",
            "Nitril-Handschuhe schwarz M, 100 Stk.",
            "Gants nitrile noirs M, boîte de 100",
        ),
        7.9,
        False,
    ),
    (
        "GS-1000",
        ("Green soap concentrate 1 l", "Grüne Seife Konzentrat 1 l", "Savon vert concentré 1 l"),
        12.5,
        True,
    ),
    (
        "CF-300",
        ("Cling film 300 mm", "Frischhaltefolie 300 mm", "Film alimentaire 300 mm"),
        4.6,
        False,
    ),
    (
        "ST-A4100",
        (
            "Stencil transfer paper A4, 100 sheets",
            "Thermo-Transferpapier A4, 100 Bl.",
            "Papier transfert A4, 100 feuilles",
        ),
        39.0,
        False,
    ),
    (
        "IC-11",
        (
            "Ink caps no. 11, bag of 1000",
            "Farbkappen Nr. 11, 1000 Stk.",
            "Cupules n° 11, sachet de 1000",
        ),
        9.5,
        False,
    ),
    (
        "BF-MCH",
        ("Machine barrier bags, 200", "Maschinenschutzbeutel, 200 Stk.", "Housses de machine, 200"),
        14.0,
        False,
    ),
    (
        "SC-5L",
        ("Sharps container 5 l", "Kanülenabwurfbehälter 5 l", "Collecteur DASRI 5 l"),
        5.8,
        False,
    ),
    (
        "SP-90230",
        (
            "Sterilisation pouches 90x230, 200",
            "Sterilisationsbeutel 90x230, 200 Stk.",
            "Sachets de stérilisation 90x230, 200",
        ),
        16.4,
        True,
    ),
    (
        "HX-250",
        (
            "Helix test indicator strips, 250",
            "Helix-Test Indikatorstreifen, 250 Stk.",
            "Indicateurs test hélix, 250",
        ),
        48.0,
        True,
    ),
    (
        "SK-1510",
        (
            "Second-skin film 15 cm x 10 m",
            "Heilfolie 15 cm x 10 m",
            "Film cicatrisant 15 cm x 10 m",
        ),
        24.9,
        True,
    ),
    (
        "AB-50",
        (
            "Aftercare balm 50 ml, case of 12",
            "Pflegesalbe 50 ml, 12 Stk.",
            "Baume de soin 50 ml, carton de 12",
        ),
        38.4,
        True,
    ),
]
COLOURS = [
    "Crimson",
    "Lemon",
    "Sky Blue",
    "Forest",
    "Violet",
    "Orange",
    "Magenta",
    "White",
    "Grey Wash 3",
    "Flesh Tone",
    "Teal",
    "Blood Red",
]


def supplier_lines(rng: random.Random, lg: str, n: int) -> list[tuple[str, str, int, float, str]]:
    """Order lines: code, description, quantity, unit price, lot (or "")."""
    out = []
    for code, names, price, lot in rng.sample(PRODUCTS, min(n, len(PRODUCTS))):
        desc = tr(lg, *names)
        if code.endswith("-"):
            col = rng.choice(COLOURS)
            code = f"{code}{col[:3].upper()}"
            desc = f"{desc} - {col}"
        q = rng.choice([1, 1, 2, 2, 3, 5, 10])
        out.append((code, desc, q, price, serial(rng, "L999999") if lot else ""))
    return out


def supplies_for(rng: random.Random, h: Head) -> tuple[str, list[tuple[str, str, int, float, str]]]:
    """The order a delivery note left (when an invoice follows it), else a new one."""
    extra = LAST["extra"]
    if after(("delivery_note",)) and isinstance(extra, tuple):
        return extra  # type: ignore[return-value]
    return serial(rng, rng.choice(["SO-999999", "A99999", "CMD-99999"])), supplier_lines(
        rng, h.lang, rng.choice([3, 5, 7, 9, 12, 16])
    )


def tpl_delivery_note(rng: random.Random, who: Issuer) -> list[Page]:
    """A supply wholesaler's delivery note (A5 or A4): order and customer numbers, parcels, the
    lines with lot numbers and expiry dates, a back-ordered line, signed on receipt by hand."""
    h = head_of(who, "supplier", abroad=0.15)
    lg = h.lang
    r = keyed(who, "dn")
    small = r.random() < 0.5
    s = style_of(h, A5 if small else A4, margin=32 if small else 0, pt=8 if small else 0)
    w, _hh = s.page_size
    m = s.margin
    d = some_day(rng)
    order = serial(rng, rng.choice(["SO-999999", "A99999", "CMD-99999"]))
    lines = supplier_lines(rng, lg, rng.choice([3, 5, 7, 9, 12, 16]))
    title = tr(lg, "DELIVERY NOTE", "LIEFERSCHEIN", "BON DE LIVRAISON")
    dn = serial(rng, "DN999999" if lg == "en" else "LS-999999" if lg == "de" else "BL999999")
    f = sheets(s, h, f"{h.name} - {title} {dn}")
    w_lines = [studio_head().name, studio_head().street, studio_head().town]
    recipient(
        f,
        s,
        h,
        w_lines,
        d,
        [
            (tr(lg, "Delivery note", "Lieferschein-Nr.", "BL n°"), dn),
            (tr(lg, "Order", "Auftrag", "Commande"), order),
            (tr(lg, "Account", "Kunden-Nr.", "Client"), str(r.randint(10000, 99999))),
        ],
    )
    caption(f, s, title, 3)
    rows = []
    for code, desc, q, _, lot in lines:
        exp = f"{month().year + rng.randint(1, 4)}-{rng.randint(1, 12):02d}" if lot else ""
        rows.append([code, desc, str(q), str(q), lot, exp])
    if rng.random() < 0.4:
        code, names, _, _ = rng.choice(PRODUCTS)
        rows.append(
            [
                code,
                tr(lg, *names),
                str(rng.randint(1, 4)),
                "0",
                "",
                tr(lg, "back order", "Rückstand", "reliquat"),
            ]
        )
    table(
        f,
        columns(
            m,
            w - m,
            [
                (1.2, "left"),
                (3.6, "left"),
                (0.6, "center"),
                (0.6, "center"),
                (1.1, "left"),
                (1, "left"),
            ],
        ),
        [
            tr(lg, "Code", "Art.-Nr.", "Réf."),
            tr(lg, "Description", "Bezeichnung", "Désignation"),
            tr(lg, "Ord", "Best.", "Cdé"),
            tr(lg, "Del", "Lief.", "Livré"),
            "Lot",
            tr(lg, "Expiry", "Verfall", "Péremption"),
        ],
        rows,
        s,
        size=s.size - 1.5,
        rules=small,
    )
    f.need(70)
    f.y += 8
    f.page.text(
        m,
        f.y,
        f"{tr(lg, 'Parcels', 'Packstücke', 'Colis')}: {rng.randint(1, 4)}   "
        f"{rng.choice(['DPD', 'DHL', 'GLS', 'Royal Mail', 'Colissimo', 'UPS'])} "
        f"{serial(rng, '99999999999999')}",
        s.font,
        s.size - 1,
    )
    f.y += 18
    f.page.text(
        m,
        f.y,
        tr(
            lg,
            "Goods received in good condition:",
            "Ware vollständig und unbeschädigt erhalten:",
            "Marchandise reçue en bon état :",
        ),
        s.font,
        s.size - 1,
    )
    f.y += 22
    rec = rng.choice(STAFF["desk"] + STAFF["owner"])
    scrawl(f.page, m + 10, f.y, rec, 11)
    f.page.line(m, f.y + 3, m + 160, f.y + 3)
    hand(f.page, m + 180, f.y, short(d + timedelta(days=rng.randint(1, 3)), home()), 9)
    remember(d, (order, lines))
    return close(f.pages, s, h, numbers=r.choice(["none", h.numbers]))


def tpl_supply_invoice(rng: random.Random, who: Issuer) -> list[Page]:
    """A supply wholesaler's invoice: the order lines (inks with their lot numbers), VAT and
    total, the ink regulation note, payment details; long orders run over pages under a
    continuation header; now and then the terms of sale on the back."""
    h = head_of(who, "supplier", abroad=0.15)
    lg = h.lang
    r = keyed(who, "inv")
    s = style_of(h, LETTER if lg == "en" and r.random() < 0.2 else A4)
    w, _hh = s.page_size
    m = s.margin
    d = last_day(rng, ("delivery_note",), (0, 3))
    order, lines = supplies_for(rng, h)
    inv = serial(rng, rng.choice(["INV-999999", "RE 2099999", "FA99-99999", "999999"]))
    title = tr(lg, "INVOICE", "RECHNUNG", "FACTURE")
    f = sheets(s, h, f"{h.name} - {title} {inv}")
    recipient(
        f,
        s,
        h,
        studio_lines(tr(lg, "Accounts", "Buchhaltung", "Comptabilité")),
        d,
        [
            (tr(lg, "Invoice no.", "Rechnungs-Nr.", "Facture n°"), inv),
            (tr(lg, "Order", "Auftrag", "Commande"), order),
            (tr(lg, "Account", "Kunden-Nr.", "Code client"), str(r.randint(10000, 99999))),
        ],
    )
    caption(f, s, title, 4)
    net = 0.0
    rows = []
    for code, desc, q, price, lot in lines:
        v = round(q * price, 2)
        net += v
        rows.append(
            [
                code,
                desc + (f" (Lot {lot})" if lot and code.startswith("INK") else ""),
                str(q),
                money(price, lg),
                money(v, lg),
            ]
        )
    if rng.random() < 0.5:
        ship = rng.choice([6.95, 9.5, 12.0])
        net += ship
        rows.append(
            [
                "",
                tr(lg, "Carriage", "Versandkosten", "Frais de port"),
                "1",
                money(ship, lg),
                money(ship, lg),
            ]
        )
    table(
        f,
        columns(
            m, w - m, [(1.3, "left"), (4.2, "left"), (0.6, "right"), (1, "right"), (1.1, "right")]
        ),
        [
            tr(lg, "Code", "Art.-Nr.", "Réf."),
            tr(lg, "Description", "Bezeichnung", "Désignation"),
            tr(lg, "Qty", "Menge", "Qté"),
            tr(lg, "Unit", "Einzelpreis", "P.U. HT"),
            tr(lg, "Amount", "Gesamt", "Montant HT"),
        ],
        rows,
        s,
        rules=r.random() < 0.5,
    )
    rate = vat_rate(lg) if lg == home() else 0.0
    note = (
        ""
        if rate
        else tr(
            lg,
            "Intra-community supply, VAT exempt (Art. 138 VAT Directive).",
            "Steuerfreie innergemeinschaftliche Lieferung.",
            "Livraison intracommunautaire exonérée, art. 262 ter I du CGI.",
        )
    )
    totals(f, s, lg, round(net, 2), rate, note)
    write(
        f,
        s,
        tr(
            lg,
            "All tattoo inks supplied comply with Regulation (EU) 2020/2081 (REACH "
            "Annex XVII entry 75). Keep lot numbers in your client records.",
            "Alle Tätowierfarben entsprechen der Verordnung (EU) 2020/2081 (REACH). Bitte "
            "Chargennummern in der Kundendokumentation vermerken.",
            "Toutes les encres sont conformes au règlement (UE) 2020/2081 (REACH). "
            "Conservez les numéros de lot dans vos fiches clients.",
        ),
        s.size - 1.5,
    )
    write(
        f,
        s,
        tr(
            lg,
            f"Payment due {day(h, d + timedelta(days=30))}. Sort code "
            f"{r.randint(10, 99)}-{r.randint(10, 99)}-{r.randint(10, 99)}, account "
            f"{r.randint(10000000, 99999999)}.",
            f"Zahlbar bis {day(h, d + timedelta(days=14))} ohne Abzug.",
            f"Règlement à 30 jours, soit le {day(h, d + timedelta(days=30))}. Pénalités "
            "de retard : 3 fois le taux légal; indemnité forfaitaire 40 €.",
        ),
        s.size - 1,
    )
    received(rng, f.pages[0], d, 0.3)
    pages = close(f.pages, s, h)
    if r.random() < 0.3:
        heads = {
            "en": [
                "Definitions",
                "Orders",
                "Prices",
                "Delivery",
                "Risk and title",
                "Returns",
                "Professional use only",
                "Liability",
                "Law",
            ],
            "de": [
                "Geltung",
                "Angebot",
                "Preise",
                "Lieferung",
                "Eigentumsvorbehalt",
                "Rücksendung",
                "Nur für Fachbetriebe",
                "Haftung",
                "Gerichtsstand",
            ],
            "fr": [
                "Objet",
                "Commandes",
                "Prix",
                "Livraison",
                "Réserve de propriété",
                "Retours",
                "Usage professionnel",
                "Responsabilité",
                "Juridiction",
            ],
        }[lg]
        pages.append(
            small_print(
                rng,
                s,
                lg,
                tr(
                    lg,
                    "Terms and conditions of sale",
                    "Allgemeine Geschäftsbedingungen",
                    "Conditions générales de vente",
                ),
                heads,
            )
        )
    remember(d, lines)
    return pages


SDS_SECTIONS = {
    "en": [
        "Identification of the substance/mixture and of the company",
        "Hazards identification",
        "Composition/information on ingredients",
        "First aid measures",
        "Firefighting measures",
        "Accidental release measures",
        "Handling and storage",
        "Exposure controls/personal protection",
        "Physical and chemical properties",
        "Stability and reactivity",
        "Toxicological information",
        "Ecological information",
        "Disposal considerations",
        "Transport information",
        "Regulatory information",
        "Other information",
    ],
    "de": [
        "Bezeichnung des Stoffs bzw. des Gemischs und des Unternehmens",
        "Mögliche Gefahren",
        "Zusammensetzung/Angaben zu Bestandteilen",
        "Erste-Hilfe-Maßnahmen",
        "Maßnahmen zur Brandbekämpfung",
        "Maßnahmen bei unbeabsichtigter Freisetzung",
        "Handhabung und Lagerung",
        "Begrenzung und Überwachung der Exposition",
        "Physikalische und chemische Eigenschaften",
        "Stabilität und Reaktivität",
        "Toxikologische Angaben",
        "Umweltbezogene Angaben",
        "Hinweise zur Entsorgung",
        "Angaben zum Transport",
        "Rechtsvorschriften",
        "Sonstige Angaben",
    ],
    "fr": [
        "Identification de la substance/du mélange et de la société",
        "Identification des dangers",
        "Composition/informations sur les composants",
        "Premiers secours",
        "Mesures de lutte contre l'incendie",
        "Mesures à prendre en cas de dispersion accidentelle",
        "Manipulation et stockage",
        "Contrôles de l'exposition/protection individuelle",
        "Propriétés physiques et chimiques",
        "Stabilité et réactivité",
        "Informations toxicologiques",
        "Informations écologiques",
        "Considérations relatives à l'élimination",
        "Informations relatives au transport",
        "Informations réglementaires",
        "Autres informations",
    ],
}


def tpl_ink_sds(rng: random.Random, who: Issuer) -> list[Page]:
    """An ink maker's safety data sheet for a tattoo ink: the 16 numbered sections under a
    header repeated on every page (product, version, revision date), ingredient and property
    tables, "Page i of n" on every page."""
    h = head_of(who, "maker", abroad=0.4)
    lg = h.lang
    s = style_of(h, pt=8)
    w, hh = s.page_size
    m = s.margin
    d = month() - timedelta(days=rng.randint(60, 700))
    extra = LAST["extra"]
    colour = rng.choice(COLOURS)
    if after(("supply_invoice",)) and isinstance(extra, list):
        inks = [t[1] for t in extra if str(t[0]).startswith("INK")]
        if inks:
            colour = str(inks[0]).split(" - ")[-1] if " - " in str(inks[0]) else "Lining Black"
    product = f"{h.name.split()[0]} {colour}"
    version = f"{rng.randint(1, 6)}.{rng.randint(0, 3)}"
    title = tr(lg, "SAFETY DATA SHEET", "SICHERHEITSDATENBLATT", "FICHE DE DONNÉES DE SÉCURITÉ")
    reg = tr(
        lg,
        "according to Regulation (EC) No 1907/2006 (REACH), Annex II",
        "gemäß Verordnung (EG) Nr. 1907/2006 (REACH), Anhang II",
        "conformément au règlement (CE) n° 1907/2006 (REACH), annexe II",
    )

    def start(p: Page, n: int) -> float:
        p.rect(m, 28, w - 2 * m, 40)
        p.text(m + 6, 42, fit(title, s.bold, 11, w * 0.5), s.bold, 11)
        p.text(m + 6, 54, fit(reg, s.font, 6.5, w * 0.55), s.font, 6.5)
        p.text(m + 6, 63, fit(h.name, s.font, 6.5, w * 0.5), s.font, 6.5)
        p.text(w - m - 6, 42, fit(product, s.bold, 9, w * 0.35), s.bold, 9, "right")
        p.text(
            w - m - 6,
            54,
            f"{tr(lg, 'Version', 'Version', 'Version')} {version}",
            s.font,
            6.5,
            "right",
        )
        p.text(
            w - m - 6,
            63,
            f"{tr(lg, 'Revision date', 'Überarbeitet am', 'Date de révision')}: {short(d, lg)}",
            s.font,
            6.5,
            "right",
        )
        return 88.0

    f = Sheets((w, hh), hh - 50, start)
    for k, sec in enumerate(SDS_SECTIONS[lg]):
        f.need(40)
        f.page.rect(m, f.y - 9, w - 2 * m, 12, fill=0.85)
        f.page.text(
            m + 3,
            f.y,
            fit(
                f"{tr(lg, 'SECTION', 'ABSCHNITT', 'RUBRIQUE')} {k + 1}: {sec}",
                s.bold,
                8,
                w - 2 * m - 6,
            ),
            s.bold,
            8,
        )
        f.y += 14
        if k == 0:
            f.y = pairs(
                f.page,
                s,
                m + 6,
                f.y,
                [
                    (tr(lg, "Product name", "Handelsname", "Nom du produit"), product),
                    (
                        tr(lg, "Use", "Verwendung", "Utilisation"),
                        tr(
                            lg,
                            "Tattoo ink, professional use",
                            "Tätowiermittel, gewerblich",
                            "Encre de tatouage, usage professionnel",
                        ),
                    ),
                    (tr(lg, "Supplier", "Lieferant", "Fournisseur"), f"{h.name}, {h.town}"),
                    (
                        tr(lg, "Emergency telephone", "Notrufnummer", "Appel d'urgence"),
                        h.phone or "+44 1865 407333",
                    ),
                ],
                w * 0.75,
                7.5,
            )
        elif k == 2:
            rows = [
                ["Aqua", "7732-18-5", "231-791-2", "40-60"],
                ["Glycerin", "56-81-5", "200-289-5", "10-20"],
                ["Hamamelis virginiana", "84696-19-8", "283-637-9", "1-5"],
                [
                    f"Pigment {rng.choice(['Red 254', 'Yellow 14', 'Blue 15:3', 'Black 7'])}",
                    serial(rng, "9999-99-9"),
                    serial(rng, "999-999-9"),
                    "15-30",
                ],
            ]
            table(
                f,
                columns(m + 6, w - m, [(3, "left"), (1.3, "left"), (1.3, "left"), (0.8, "right")]),
                [tr(lg, "Ingredient", "Bestandteil", "Composant"), "CAS", "EC", "%"],
                rows,
                s,
                size=7.5,
            )
            f.y += 4
        elif k == 8:
            f.y = pairs(
                f.page,
                s,
                m + 6,
                f.y,
                [
                    (
                        tr(lg, "Form", "Aggregatzustand", "État"),
                        tr(lg, "liquid", "flüssig", "liquide"),
                    ),
                    (tr(lg, "Colour", "Farbe", "Couleur"), colour),
                    ("pH", f"{rng.uniform(6.5, 8.5):.1f}"),
                    (tr(lg, "Density", "Dichte", "Densité"), f"{rng.uniform(1.05, 1.4):.2f} g/cm³"),
                ],
                w * 0.6,
                7.5,
            )
        else:
            for j in range(rng.randint(1, 4)):
                f.para(
                    m + 6,
                    w - 2 * m - 12,
                    f"{k + 1}.{j + 1}  {prose(rng, lg, 'sds', 1, 3)}",
                    s.font,
                    7.5,
                )
        f.y += 6
    number_pages(
        f.pages, s, tr(lg, "Page {i} of {n}", "Seite {i} von {n}", "Page {i}/{n}"), "bc", bottom=28
    )
    remember(d)
    return f.pages


def tpl_mill_certificate(rng: random.Random, who: Issuer) -> list[Page]:
    """A body jewellery supplier's material certificate: a compliments slip or short covering
    note in the supplier's language, then the mill's inspection certificate EN 10204 3.1 for
    implant grade titanium (always in English) with the composition and mechanical tables."""
    h = head_of(who, "jeweller", abroad=0.35)
    lg = h.lang
    s = style_of(h)
    d = some_day(rng)
    pages: list[Page] = []
    slip = paper(s, (210 * MM, 99 * MM), margin=30, pt=8.5)
    p = Page(slip.page_size)
    y = heading(p, slip, h)
    p.text(
        slip.margin,
        y + 4,
        tr(lg, "With compliments", "Mit freundlichen Empfehlungen", "Avec nos compliments"),
        italic_of(h.font),
        13,
    )
    hand(
        p,
        slip.margin + 10,
        y + 30,
        tr(
            lg,
            f"Mill cert for your order {serial(rng, '99999')} as requested",
            "Materialzeugnis wie besprochen",
            "Certificat matière comme demandé",
        ),
        10,
        slip.page_size[0] - 2 * slip.margin - 20,
    )
    hand(p, slip.margin + 10, y + 46, f"- {staff_of(h, 'sales').split()[0]}", 10)
    pages.append(p)
    mill = rng.choice(
        [
            "Sunrise Titanium Works Co., Ltd",
            "Apex Medical Alloys Inc.",
            "Tecnometal Medicale S.p.A.",
        ]
    )
    s2 = style_of(make_head((mill, "", "", ""), "en", "mill"), A4, margin=40, pt=8)
    w, hh = s2.page_size
    m = s2.margin
    q = Page(s2.page_size)
    q.text(m, 50, mill, s2.bold, 13)
    q.text(w - m, 50, "INSPECTION CERTIFICATE", s2.bold, 12, "right")
    q.text(w - m, 62, "EN 10204:2004 / 3.1", s2.font, 8, "right")
    y = fields(
        q,
        s2,
        m,
        80,
        w - 2 * m,
        [
            ("Certificate No.", serial(rng, "TC9999-99999")),
            ("Date", d.isoformat()),
            ("Customer", h.name),
            ("Purchase order", serial(rng, "PO-99999")),
            ("Material", "Ti-6Al-4V ELI"),
            ("Standard", "ASTM F136-13 / ISO 5832-3"),
            ("Heat No.", serial(rng, "AA99999")),
            ("Size", f"Bar Ø{rng.choice(['1.2', '1.6', '2.0', '3.0'])} mm x 3000 mm"),
        ],
        per=2,
        tall=22,
        hand=False,
    )
    q.text(m, y + 4, "CHEMICAL COMPOSITION (wt %)", s2.bold, 8.5)
    f = Flow(q.size, hh - 60, lambda p_, n: 60.0)
    f.pages = [q]
    f.page = q
    f.y = y + 20
    els = ["N", "C", "H", "Fe", "O", "Al", "V", "Ti"]
    spec = ["<=0.05", "<=0.08", "<=0.012", "<=0.25", "<=0.13", "5.5-6.5", "3.5-4.5", "Bal."]
    act = [
        f"{rng.uniform(0.005, 0.03):.3f}",
        f"{rng.uniform(0.01, 0.04):.3f}",
        f"{rng.uniform(0.001, 0.006):.4f}",
        f"{rng.uniform(0.08, 0.2):.2f}",
        f"{rng.uniform(0.07, 0.12):.3f}",
        f"{rng.uniform(5.8, 6.3):.2f}",
        f"{rng.uniform(3.8, 4.3):.2f}",
        "Bal.",
    ]
    cols = columns(m, w - m, [(1.4, "left")] + [(1, "right")] * len(els))
    table(f, cols, ["", *els], [["Spec.", *spec], ["Actual", *act]], s2, size=7.5, rules=True)
    f.y += 10
    f.page.text(m, f.y, "MECHANICAL PROPERTIES", s2.bold, 8.5)
    f.y += 16
    table(
        f,
        columns(
            m, w - m, [(2, "left"), (1.4, "right"), (1.4, "right"), (1.4, "right"), (1.4, "right")]
        ),
        ["", "Rm (MPa)", "Rp0.2 (MPa)", "A (%)", "Z (%)"],
        [
            ["Spec.", ">=860", ">=795", ">=10", ">=25"],
            [
                "Actual",
                str(rng.randint(900, 1010)),
                str(rng.randint(820, 940)),
                str(rng.randint(12, 18)),
                str(rng.randint(32, 48)),
            ],
        ],
        s2,
        size=7.5,
        rules=True,
    )
    f.y += 14
    write(
        f,
        s2,
        "We hereby certify that the material described above has been manufactured "
        "and tested in accordance with the standard and the order and the results comply.",
        8,
    )
    seal(f.page, w - m - 60, f.y + 50, 34, "QUALITY DEPT.", "INSPECTED")
    f.page.text(m, f.y + 40, "Quality assurance:", s2.font, 8)
    scrawl(f.page, m + 90, f.y + 40, "Li Wen" if "Sunrise" in mill else "M. Costa", 12)
    pages.append(q)
    remember(d)
    return pages


# ---------------------------------------------------------------------------------------------
# Templates OOOO: sterilisation
# ---------------------------------------------------------------------------------------------

AUTOCLAVES = [
    "W&H Lisa 517",
    "Melag Vacuklav 40B+",
    "SciCan Statim 2000 G4",
    "Euronda E9 Next",
    "Tuttnauer 2540 EKA",
]


def chart_page(rng: random.Random, s: Style, lg: str, title: str) -> Page:
    """A landscape page with a temperature and pressure chart of one cycle: axes, grid and
    the traces of the sensors."""
    p = Page(LAND)
    w, hh = LAND
    m = 50
    p.text(m, 44, fit(title, s.bold, 11, w - 2 * m), s.bold, 11)
    x0, y0, x1, y1 = m + 30, 70, w - m - 20, hh - 80
    p.rect(x0, y0, x1 - x0, y1 - y0)
    for k in range(1, 10):
        x = x0 + (x1 - x0) * k / 10
        p.line(x, y0, x, y1)
        p.text(x, y1 + 12, f"{k * 2}:00", s.font, 6.5, "center")
    for k in range(1, 7):
        y = y1 - (y1 - y0) * k / 7
        p.line(x0, y, x1, y)
        p.text(x0 - 4, y + 2, str(20 * k), s.font, 6.5, "right")
    p.text(x0, y1 + 26, tr(lg, "Time (min)", "Zeit (min)", "Temps (min)"), s.font, 7.5)
    p.text(x0 - 26, y0 - 6, "°C", s.font, 7.5)
    for sensor in range(rng.choice([2, 3, 4])):
        pts = []
        for k in range(61):
            t = k / 60
            if t < 0.35:
                v = 25 + 40 * abs(math.sin(t * 30)) * (1 - t)
            elif t < 0.45:
                v = 25 + (t - 0.35) * 1100
            elif t < 0.75:
                v = 134 + rng.uniform(-0.6, 0.9) + sensor * 0.3
            else:
                v = max(60.0, 134 - (t - 0.75) * 280)
            v = min(v, 139.0)
            pts.append((x0 + (x1 - x0) * t, y1 - (y1 - y0) * v / 140))
        for (xa, ya), (xb, yb) in itertools.pairwise(pts):
            p.line(xa, ya, xb, yb)
        p.text(x1 - 4, y0 + 14 + 10 * sensor, f"T{sensor + 1}", s.font, 7, "right")
    p.text(
        x0 + (x1 - x0) * 0.6,
        y1 - (y1 - y0) * 134 / 140 - 8,
        tr(lg, "holding time 134 °C", "Haltezeit 134 °C", "plateau 134 °C"),
        s.font,
        7,
    )
    return p


def tpl_autoclave_validation(rng: random.Random, who: Issuer) -> list[Page]:
    """An engineer's autoclave validation report: a cover page with the device and the
    contents, the tests table (vacuum, helix, thermometric runs with holding time and
    temperatures), a landscape chart of one cycle and the validation certificate with the
    engineer's stamp; "Page i of n" on the report pages."""
    h = head_of(who, "engineer")
    lg = h.lang
    s = style_of(h, pt=9)
    w, hh = s.page_size
    m = s.margin
    d = some_day(rng)
    eng = staff_of(h, "eng")
    dev = rng.choice(AUTOCLAVES)
    sn = serial(rng, "AA99999999")
    rep = serial(rng, "VR-2099-9999")
    title = tr(
        lg,
        "Validation report - steam steriliser",
        "Validierungsbericht Dampfsterilisator",
        "Rapport de qualification - stérilisateur vapeur",
    )
    f = sheets(s, h, f"{title} - {rep}")
    f.y += 30
    caption(f, s, title, 6)
    f.y += 10
    f.y = pairs(
        f.page,
        s,
        m,
        f.y,
        [
            (tr(lg, "Report no.", "Bericht-Nr.", "Rapport n°"), rep),
            (tr(lg, "Customer", "Betreiber", "Client"), studio_head().name),
            (tr(lg, "Site", "Standort", "Site"), f"{studio_head().street}, {studio_head().town}"),
            (tr(lg, "Device", "Gerät", "Appareil"), dev),
            (tr(lg, "Serial no.", "Seriennummer", "N° de série"), sn),
            (
                tr(lg, "Standard", "Norm", "Norme"),
                "EN 13060 / EN ISO 17665" if lg != "en" else "HTM 01-05 / EN 13060 / EN ISO 17665",
            ),
            (tr(lg, "Date of test", "Prüfdatum", "Date"), day(h, d)),
            (tr(lg, "Engineer", "Prüfer", "Technicien"), eng),
        ],
        w - m,
        s.size,
    )
    f.y += 20
    f.heading(m, tr(lg, "Contents", "Inhalt", "Sommaire"), s.bold, s.size + 1)
    for k, t in enumerate(
        [
            tr(lg, "Test results", "Prüfergebnisse", "Résultats"),
            tr(lg, "Cycle chart", "Chargenverlauf", "Courbe du cycle"),
            tr(lg, "Certificate", "Zertifikat", "Certificat"),
        ]
    ):
        f.page.text(m + 10, f.y, f"{k + 1}. {t}", s.font, s.size)
        f.page.text(w - m, f.y, str(k + 2), s.font, s.size, "right")
        f.y += s.size * 1.6
    f.new_page()
    caption(f, s, f"1. {tr(lg, 'Test results', 'Prüfergebnisse', 'Résultats')}", 2)
    rows = [
        [
            tr(lg, "Vacuum leak test", "Vakuumtest", "Test de vide"),
            "<= 1.3 mbar/min",
            f"{rng.uniform(0.2, 1.1):.1f} mbar/min",
            "PASS",
        ],
        [
            tr(lg, "Helix test (B&D)", "Helix-Test", "Test hélix"),
            tr(lg, "uniform change", "Umschlag", "virage"),
            tr(lg, "uniform", "gleichmäßig", "uniforme"),
            "PASS",
        ],
    ]
    for k in range(rng.choice([3, 4, 6])):
        rows.append(
            [
                f"{tr(lg, 'Thermometric run', 'Thermometrie Charge', 'Essai thermométrique')}"
                f" {k + 1}",
                "134-137 °C / 3:00",
                f"{rng.uniform(134.2, 135.6):.1f} °C / {rng.choice(['3:28', '3:31', '3:40'])}",
                "PASS",
            ]
        )
    rows.append(
        [
            tr(lg, "Dryness", "Trocknung", "Séchage"),
            "<= 0.2%",
            f"{rng.uniform(0.01, 0.15):.2f}%",
            "PASS",
        ]
    )
    table(
        f,
        columns(m, w - m, [(2.6, "left"), (1.8, "left"), (1.8, "left"), (0.7, "right")]),
        [
            tr(lg, "Test", "Prüfung", "Essai"),
            tr(lg, "Requirement", "Anforderung", "Critère"),
            tr(lg, "Result", "Ergebnis", "Résultat"),
            "",
        ],
        rows,
        s,
        shade=0.88,
        rules=True,
    )
    f.y += 10
    write(f, s, prose(rng, lg, "hyg", 2, 3))
    pages = close(
        f.pages,
        s,
        h,
        numbers="Page {i} of {n}"
        if lg == "en"
        else tr(lg, "", "Seite {i} von {n}", "Page {i}/{n}"),
    )
    pages.append(
        chart_page(
            rng,
            s,
            lg,
            f"2. {tr(lg, 'Cycle chart', 'Chargenverlauf', 'Courbe du cycle')} - {dev} {sn}",
        )
    )
    c = Page(A4)
    c.rect(36, 36, w - 72, hh - 72)
    y = heading(c, s, h, 70)
    cert = tr(lg, "VALIDATION CERTIFICATE", "VALIDIERUNGSZERTIFIKAT", "CERTIFICAT DE QUALIFICATION")
    c.text(w / 2, y + 40, cert, s.bold, shrink(cert, s.bold, 18, w - 120), "center")
    y += 80
    for t in [
        tr(lg, "The steam steriliser", "Der Dampfsterilisator", "Le stérilisateur"),
        f"{dev}  S/N {sn}",
        tr(lg, "installed at", "aufgestellt bei", "installé chez"),
        studio_head().name,
        tr(
            lg,
            "has been validated and meets the requirements.",
            "wurde validiert und erfüllt die Anforderungen.",
            "a été qualifié et satisfait aux exigences.",
        ),
        f"{tr(lg, 'Next validation due', 'Nächste Validierung', 'Prochaine qualification')}: "
        f"{short(d.replace(year=d.year + 1), lg)}",
    ]:
        c.text(w / 2, y, fit(t, s.font, 11, w - 120), s.font, 11, "center")
        y += 24
    seal(
        c,
        w / 2 - 90,
        hh - 170,
        36,
        h.name.split()[0].upper(),
        tr(lg, "VALIDATED", "GEPRÜFT", "QUALIFIÉ"),
    )
    scrawl(c, w / 2 + 20, hh - 170, eng)
    c.line(w / 2 + 10, hh - 166, w / 2 + 190, hh - 166)
    c.text(w / 2 + 10, hh - 154, f"{eng}, {day(h, d)}", s.font, 8)
    pages.append(c)
    remember(d)
    return pages


def tpl_spore_test(rng: random.Random, who: Issuer) -> list[Page]:
    """The sterilisation laboratory's spore test report for the strips the studio posted: the
    device, each strip with its cycle and result, the control, a pass stamp; on A4 or A5."""
    h = head_of(who, "lab")
    lg = h.lang
    r = keyed(who, "spore")
    small = r.random() < 0.5
    s = style_of(h, A5 if small else A4, margin=30 if small else 0, pt=8 if small else 0)
    w, _hh = s.page_size
    m = s.margin
    d = some_day(rng)
    dev = AUTOCLAVES[r.randrange(len(AUTOCLAVES))]
    rep = serial(rng, "BI-99999")
    f = sheets(s, h, "")
    recipient(
        f,
        s,
        h,
        studio_lines(),
        d,
        [
            (tr(lg, "Report", "Befund-Nr.", "Rapport"), rep),
            (tr(lg, "Customer", "Kunden-Nr.", "Client"), str(r.randint(1000, 9999))),
        ],
    )
    caption(
        f,
        s,
        tr(
            lg,
            "Biological indicator test report",
            "Prüfbericht Bioindikatoren",
            "Rapport d'essai - indicateurs biologiques",
        ),
        2,
    )
    f.y = pairs(
        f.page,
        s,
        m,
        f.y,
        [
            (tr(lg, "Steriliser", "Sterilisator", "Stérilisateur"), dev),
            (tr(lg, "Organism", "Testkeim", "Micro-organisme"), "G. stearothermophilus ATCC 7953"),
            (tr(lg, "Received", "Eingang", "Réception"), short(d - timedelta(days=3), lg)),
            (tr(lg, "Incubation", "Bebrütung", "Incubation"), "56 °C / 7 d"),
        ],
        w - m,
        s.size - 0.5,
    )
    f.y += 8
    rows = []
    for k in range(rng.choice([2, 3, 3, 4])):
        rows.append(
            [
                f"{k + 1}",
                serial(rng, "99999"),
                short(d - timedelta(days=8 + k), lg),
                tr(lg, "No growth", "kein Wachstum", "absence de croissance"),
            ]
        )
    rows.append(
        [
            "C",
            tr(lg, "control", "Kontrolle", "témoin"),
            "-",
            tr(lg, "Growth (valid)", "Wachstum (gültig)", "croissance (valide)"),
        ]
    )
    table(
        f,
        columns(m, w - m, [(0.4, "left"), (1.2, "left"), (1.2, "left"), (2, "left")]),
        [
            "#",
            tr(lg, "Cycle", "Charge", "Cycle"),
            tr(lg, "Processed", "Datum", "Date"),
            tr(lg, "Result", "Ergebnis", "Résultat"),
        ],
        rows,
        s,
        rules=True,
    )
    f.y += 10
    f.page.text(
        m,
        f.y,
        tr(
            lg,
            "Conclusion: PASS - sterilisation effective.",
            "Beurteilung: Sterilisation wirksam.",
            "Conclusion : conforme - stérilisation efficace.",
        ),
        s.bold,
        s.size,
    )
    f.y += 20
    stamp(f.page, w - m - 130, f.y, [tr(lg, "PASSED", "BESTANDEN", "CONFORME"), short(d, lg)])
    f.page.text(m, f.y + 26, staff_of(h, "bio"), s.font, s.size - 1)
    f.page.text(
        m,
        f.y + 36,
        tr(lg, "Laboratory manager", "Laborleitung", "Responsable"),
        s.font,
        s.size - 1.5,
    )
    remember(d)
    return close(f.pages, s, h, numbers="none")


# ---------------------------------------------------------------------------------------------
# Templates OOOO: clinical waste
# ---------------------------------------------------------------------------------------------

WASTE_CODES = {
    "en": [
        ("18 01 03*", "Infectious sharps (yellow lid 5 l)"),
        ("18 01 04", "Offensive waste (tiger bag)"),
        ("18 01 03*", "Clinical waste (orange bag)"),
    ],
    "de": [
        ("AS 18 01 01", "spitze/scharfe Gegenstände (Kanülenabwurfbehälter)"),
        ("AS 18 01 04", "Abfälle mit Blut behaftet (Sack)"),
    ],
    "fr": [
        ("18 01 03*", "DASRI piquants coupants tranchants (collecteur 5 l)"),
        ("18 01 03*", "DASRI mous (carton avec sac jaune 50 l)"),
    ],
}


def tpl_waste_contract(rng: random.Random, who: Issuer) -> list[Page]:
    """A clinical waste carrier's service agreement: the covering page with the site,
    containers and collection frequency, the price schedule, now and then the pre-acceptance
    audit form, the terms in two columns and the signature page."""
    h = head_of(who, "waste")
    lg = h.lang
    s = style_of(h)
    w, _hh = s.page_size
    m = s.margin
    d = some_day(rng)
    no = serial(rng, rng.choice(["SA-999999", "V-2099-9999", "CT99999"]))
    title = tr(
        lg,
        "Healthcare Waste Service Agreement",
        "Entsorgungsvertrag - Abfälle aus dem Gesundheitsdienst",
        "Convention de collecte des DASRI",
    )
    f = sheets(s, h, f"{title} - {no}")
    recipient(
        f,
        s,
        h,
        studio_lines(mx(owner_name(), lg)),
        d,
        [(tr(lg, "Agreement", "Vertrag", "Convention"), no)],
    )
    caption(f, s, title, 1.5)
    write(f, s, prose(rng, lg, "waste", 2, 3))
    freq = rng.choice(
        [
            tr(lg, "every 4 weeks", "vierwöchentlich", "toutes les 4 semaines"),
            tr(lg, "every 8 weeks", "alle 8 Wochen", "toutes les 8 semaines"),
            tr(lg, "monthly", "monatlich", "mensuelle"),
        ]
    )
    rows = []
    net = 0.0
    for code, desc in WASTE_CODES[lg]:
        q = rng.randint(1, 4)
        pr = rng.choice([8.5, 11.0, 14.5, 18.0])
        net += q * pr
        rows.append([code, desc, str(q), freq, money(pr, lg)])
    rows.append(
        [
            "",
            tr(lg, "Collection charge per visit", "Anfahrtspauschale", "Forfait passage"),
            "1",
            freq,
            money(rng.choice([12.0, 15.0, 19.5]), lg),
        ]
    )
    f.heading(
        m,
        tr(lg, "Schedule of charges", "Leistungs- und Preisverzeichnis", "Annexe tarifaire"),
        s.bold,
        s.size + 1,
    )
    table(
        f,
        columns(
            m, w - m, [(1.2, "left"), (3.6, "left"), (0.6, "right"), (1.6, "left"), (1, "right")]
        ),
        [
            tr(lg, "EWC", "Abfallschlüssel", "Code"),
            tr(lg, "Container", "Behälter", "Contenant"),
            tr(lg, "Qty", "Anz.", "Qté"),
            tr(lg, "Frequency", "Turnus", "Fréquence"),
            tr(lg, "Price", "Preis", "Prix HT"),
        ],
        rows,
        s,
        rules=True,
    )
    f.y += 6
    write(
        f,
        s,
        tr(
            lg,
            f"The agreement runs for 12 months from {day(h, d)} and continues "
            "unless terminated with 3 months' notice. Prices exclude VAT.",
            f"Vertragsbeginn {day(h, d)}, Laufzeit 12 Monate, Verlängerung um jeweils 12 "
            "Monate, Kündigungsfrist 3 Monate. Preise zzgl. USt.",
            f"Convention conclue pour 12 mois à compter du {day(h, d)}, reconductible, "
            "préavis de 3 mois. Prix hors taxes.",
        ),
    )
    pages = close(f.pages, s, h)
    if rng.random() < 0.45:
        a = sheets(s, h, title, top=False)
        caption(
            a,
            s,
            tr(
                lg,
                "Pre-acceptance audit - healthcare waste",
                "Abfallerfassung / Selbstauskunft",
                "Fiche d'identification du producteur",
            ),
            1.5,
        )
        a.y = fields(
            a.page,
            s,
            m,
            a.y,
            w - 2 * m,
            [
                (tr(lg, "Producer", "Erzeuger", "Producteur"), studio_head().name),
                (
                    tr(lg, "Activity", "Tätigkeit", "Activité"),
                    tr(lg, "Tattoo / piercing", "Tattoo / Piercing", "Tatouage / perçage"),
                ),
                (
                    tr(lg, "Sharps per month", "Kanülen/Monat", "Piquants par mois"),
                    f"~{rng.randint(2, 8)} x 5 l",
                ),
                (tr(lg, "Completed by", "Ausgefüllt von", "Rempli par"), owner_name()),
            ],
            per=2,
            tall=24,
        )
        qs = [
            tr(
                lg,
                "Any medicines or cytotoxic waste?",
                "Arzneimittelabfälle?",
                "Déchets médicamenteux ?",
            ),
            tr(lg, "Any anatomical waste?", "Körperteile/Organe?", "Pièces anatomiques ?"),
            tr(
                lg,
                "Sharps segregated at point of use?",
                "Trennung am Anfallort?",
                "Tri à la source ?",
            ),
            tr(lg, "Storage area locked?", "Lager abschließbar?", "Local fermé ?"),
        ]
        for k, q in enumerate(qs):
            a.page.text(m, a.y, q, s.font, s.size - 0.5)
            ticks(a.page, s, w - m - 100, a.y, 100, yes_no(lg), {0 if k >= 2 else 1})
            a.y += 18
        signature_row(
            a.page,
            s,
            a.y + 10,
            [tr(lg, "Producer", "Erzeuger", "Producteur"), tr(lg, "Date", "Datum", "Date")],
            [owner_name(), ""],
        )
        pages += a.pages
    if rng.random() < 0.7:
        heads = {
            "en": [
                "Definitions",
                "Duty of care",
                "Segregation and packaging",
                "Collection",
                "Rejected containers",
                "Charges and payment",
                "Price review",
                "Liability",
                "Term and termination",
                "Data protection",
            ],
            "de": [
                "Vertragsgegenstand",
                "Pflichten des Erzeugers",
                "Verpackung",
                "Abholung",
                "Fehlwürfe",
                "Entgelt",
                "Preisanpassung",
                "Haftung",
                "Laufzeit",
                "Datenschutz",
            ],
            "fr": [
                "Objet",
                "Obligations du producteur",
                "Conditionnement",
                "Collecte",
                "Refus de prise en charge",
                "Prix et paiement",
                "Révision",
                "Responsabilité",
                "Durée et résiliation",
                "Données personnelles",
            ],
        }[lg]
        pages.append(
            small_print(
                rng,
                s,
                lg,
                tr(
                    lg,
                    "Terms and conditions",
                    "Allgemeine Geschäftsbedingungen",
                    "Conditions générales",
                ),
                heads,
                "waste",
            )
        )
    sp = Page(s.page_size)
    y = heading(sp, s, h)
    sp.text(m, y, f"{title} - {no}", s.bold, s.size + 1)
    y += 20
    for ln in wrap(
        tr(
            lg,
            "By signing, the parties agree to this agreement, the schedule of charges and the "
            "terms and conditions overleaf.",
            "Mit ihrer Unterschrift erkennen die Parteien den Vertrag, das Preisverzeichnis und "
            "die umseitigen AGB an.",
            "Les parties approuvent la présente convention, l'annexe tarifaire et les "
            "conditions générales.",
        ),
        s.font,
        s.size,
        w - 2 * m,
    ):
        sp.text(m, y, ln, s.font, s.size)
        y += s.size * 1.4
    y = signature_row(
        sp,
        s,
        y + 40,
        [
            tr(lg, "For the customer", "Auftraggeber", "Le client"),
            tr(lg, "For the contractor", "Auftragnehmer", "Le prestataire"),
        ],
        [owner_name(), staff_of(h, "sales")],
    )
    hand(sp, m, y + 4, f"{h.town.split()[-1]}, {short(d, lg)}", 9)
    pages.append(sp)
    remember(d, no)
    return pages


def tpl_waste_consignment(rng: random.Random, who: Issuer) -> list[Page]:
    """The carrier's consignment note left on collection: the national multi-part form
    (hazardous waste consignment note, Übernahmeschein, BSDASRI) in numbered boxes with the
    containers counted by hand, the driver's and the studio's signatures."""
    h = head_of(who, "waste")
    lg = h.lang
    s = style_of(h, A4, margin=34, pt=8)
    w, _hh = s.page_size
    m = s.margin
    d = last_day(rng, ("waste_contract",), (7, 30))
    p = Page(A4)
    title = tr(
        lg, "HAZARDOUS WASTE CONSIGNMENT NOTE", "ÜBERNAHMESCHEIN", "BORDEREAU DE SUIVI DES DASRI"
    )
    sub = tr(
        lg,
        "Hazardous Waste (England and Wales) Regulations 2005",
        "für Abfälle nach der Nachweisverordnung (NachwV)",
        "Cerfa n° 11351*04 - DASRI",
    )
    p.text(m, 40, title, "Helvetica-Bold", shrink(title, "Helvetica-Bold", 13, w * 0.6))
    p.text(m, 52, sub, "Helvetica", 7)
    code = serial(rng, "AAAAAA/A9999" if lg == "en" else "9999999999" if lg == "de" else "99999")
    p.rect(w - m - 150, 28, 150, 30)
    p.text(
        w - m - 146,
        37,
        tr(lg, "Consignment note code", "Nachweis-Nr.", "N° bordereau"),
        "Helvetica",
        6,
    )
    p.text(w - m - 146, 52, code, HAND, 11)
    p.text(
        w - m,
        68,
        tr(lg, "Copy: producer", "Ausfertigung Erzeuger (Blatt 2, rosa)", "Exemplaire producteur"),
        "Helvetica-Oblique",
        6.5,
        "right",
    )
    y = 80.0
    parts = [
        (
            tr(lg, "Part A - Notification", "1 Erzeuger", "Cadre 1 - Producteur"),
            [
                (tr(lg, "Producer / premises", "Erzeuger", "Raison sociale"), studio_head().name),
                (
                    tr(lg, "Address", "Anschrift", "Adresse"),
                    f"{studio_head().street}, {studio_head().town}",
                ),
                (tr(lg, "Premises code", "Erzeugernummer", "SIRET"), serial(rng, "AAA999")),
                (tr(lg, "Contact", "Ansprechpartner", "Responsable"), owner_name()),
            ],
        ),
        (tr(lg, "Part B - Description of waste", "2 Abfall", "Cadre 2 - Déchets"), []),
        (
            tr(lg, "Part C - Carrier", "3 Beförderer", "Cadre 3 - Collecteur"),
            [
                (tr(lg, "Carrier", "Beförderer", "Collecteur"), h.name),
                (
                    tr(lg, "Registration no.", "Beförderernummer", "N° récépissé"),
                    serial(rng, "CBDU999999"),
                ),
                (tr(lg, "Vehicle", "Kennzeichen", "Immatriculation"), serial(rng, "AA99 AAA")),
                (tr(lg, "Date of collection", "Übernahmedatum", "Date d'enlèvement"), short(d, lg)),
            ],
        ),
        (
            tr(lg, "Part D - Consignor's certificate", "4 Erklärung Erzeuger", "Cadre 4 - Remise"),
            [],
        ),
        (
            tr(lg, "Part E - Consignee's certificate", "5 Entsorger", "Cadre 5 - Installation"),
            [
                (
                    tr(lg, "Receiving site", "Entsorgungsanlage", "Installation"),
                    rng.choice(
                        {
                            "en": ["Avonmouth HTI", "Sheffield Clinical Waste Incinerator"],
                            "de": [
                                "MVA Borsigstraße Hamburg",
                                "Sonderabfallverbrennung Biebesheim",
                            ],
                            "fr": ["UIOM de Rillieux-la-Pape", "Banaliseur Sanicollect Genay"],
                        }[lg]
                    ),
                ),
                (tr(lg, "Received", "Angenommen am", "Reçu le"), ""),
            ],
        ),
    ]
    for head_, items in parts:
        y = band(p, s, y + 10, head_, 0.85) + 4
        if items:
            y = fields(p, s, m, y, w - 2 * m, items, per=2, tall=24) - 4
        elif "B" in head_ or "2" in head_:
            n = 0
            for ewc, desc in WASTE_CODES[lg]:
                if rng.random() < 0.7 or n == 0:
                    p.rect(m, y, w - 2 * m, 20)
                    p.text(m + 4, y + 13, ewc, "Helvetica-Bold", 8)
                    p.text(
                        m + 70,
                        y + 13,
                        fit(desc, "Helvetica", 7.5, w - 2 * m - 200),
                        "Helvetica",
                        7.5,
                    )
                    hand(
                        p,
                        w - m - 110,
                        y + 14,
                        f"{rng.randint(1, 4)} x  {rng.uniform(1.5, 9):.1f} kg".replace(
                            ".", "," if lg != "en" else "."
                        ),
                        9,
                    )
                    y += 20
                    n += 1
            y += 6
        else:
            p.text(
                m,
                y + 6,
                fit(
                    tr(
                        lg,
                        "I certify that the information in A, B and C is correct "
                        "and that the carrier is registered.",
                        "Ich bestätige die Richtigkeit der Angaben.",
                        "Je certifie l'exactitude des renseignements ci-dessus.",
                    ),
                    "Helvetica",
                    7,
                    w - 2 * m,
                ),
                "Helvetica",
                7,
            )
            y = (
                signature_row(
                    p,
                    s,
                    y + 4,
                    [
                        tr(lg, "Producer", "Erzeuger", "Producteur"),
                        tr(lg, "Carrier (driver)", "Fahrer", "Collecteur"),
                    ],
                    [rng.choice(STAFF["desk"] + STAFF["owner"]), person(rng, lg)],
                )
                + 2
            )
    p.text(
        m,
        A4[1] - 40,
        tr(
            lg,
            "Producer's copy - keep for at least 3 years.",
            "Blatt 2 verbleibt beim Erzeuger - Aufbewahrung 3 Jahre.",
            "Exemplaire n° 1 à conserver par le producteur (3 ans).",
        ),
        "Helvetica-Oblique",
        7,
    )
    remember(d)
    return [p]


# ---------------------------------------------------------------------------------------------
# Templates OOOO: bookings
# ---------------------------------------------------------------------------------------------


def tpl_deposit_receipt(rng: random.Random, who: Issuer) -> list[Page]:
    """A deposit receipt from the studio's carbon receipt book: the printed number, the
    client, amount, design and appointment by hand, the non-refundable line, initialled."""
    h = studio_head()
    lg = h.lang
    r = keyed(who, "book")
    size = SLIP if r.random() < 0.6 else landscape(A6)
    s = style_of(h, size, margin=18, pt=7.5)
    w, hh = size
    m = s.margin
    d = some_day(rng)
    p = Page(size)
    p.rect(6, 6, w - 12, hh - 12, fill=0.96)
    p.text(m, m + 8, fit(h.name, s.bold, 10, w * 0.65), s.bold, 10)
    p.text(m, m + 18, fit(f"{h.street}, {h.town}", s.font, 6, w * 0.65), s.font, 6)
    p.text(
        w - m,
        m + 8,
        f"No. {r.randint(100, 900) * 10 + rng.randint(0, 9):05d}",
        "Courier-Bold",
        10,
        "right",
    )
    p.text(
        w / 2,
        m + 38,
        tr(lg, "DEPOSIT RECEIPT", "QUITTUNG ANZAHLUNG", "REÇU D'ACOMPTE"),
        s.bold,
        10,
        "center",
    )
    name = client(rng)
    amt = rng.choice([30, 50, 50, 80, 100, 150])
    appt = d + timedelta(days=rng.randint(7, 60))
    y = m + 58
    for lab, val in [
        (tr(lg, "Date", "Datum", "Date"), short(d, lg)),
        (tr(lg, "Received from", "Erhalten von", "Reçu de"), name),
        (tr(lg, "The sum of", "Betrag", "La somme de"), cash(amt, lg)),
        (tr(lg, "For", "Für", "Pour"), rng.choice(DESIGNS[lg])),
        (tr(lg, "Artist", "Künstler/in", "Artiste"), artist(rng).split()[0]),
        (tr(lg, "Appointment", "Termin", "RDV"), f"{short(appt, lg)} {rng.randint(10, 16)}:00"),
    ]:
        if y > hh - 60:
            break
        p.text(m, y, f"{lab}:", s.font, 7)
        p.line(m + 62, y + 2, w - m, y + 2)
        hand(p, m + 66, y - 1, val, 9, w - 2 * m - 70)
        y += 17
    tick_y = min(y + 6, hh - 50)
    ticks(
        p,
        s,
        m,
        tick_y,
        w - 2 * m,
        [
            tr(lg, "Cash", "Bar", "Espèces"),
            tr(lg, "Card", "Karte", "CB"),
            tr(lg, "Transfer", "Überweisung", "Virement"),
        ],
        {rng.choice([0, 1, 1])},
        pt=7,
    )
    p.text(
        m,
        hh - 30,
        fit(
            tr(
                lg,
                "Deposits are non-refundable and secure your appointment.",
                "Anzahlungen werden nicht erstattet.",
                "Les acomptes ne sont pas remboursables.",
            ),
            s.font,
            6,
            w - 2 * m - 40,
        ),
        s.font,
        6,
    )
    hand(p, w - m - 30, hh - 28, initials(rng.choice(STAFF["desk"])), 10)
    remember(d, (name, amt, appt))
    return [p]


def tpl_booking_confirmation(rng: random.Random, who: Issuer) -> list[Page]:
    """The studio's booking confirmation printed from e-mail: the mail header, the
    appointment, artist, deposit and estimate, what to bring, and often the deposit and
    cancellation policy on a second page."""
    h = studio_head()
    lg = h.lang
    r = keyed(who, "mail")
    s = style_of(h, LETTER if r.random() < 0.35 else A4, margin=50, pt=9)
    w, hh = s.page_size
    m = s.margin
    extra = LAST["extra"]
    if after(("deposit_receipt",)) and isinstance(extra, tuple):
        name, amt, appt = extra
        d = last_day(rng, ("deposit_receipt",), (0, 2))
    else:
        name, amt = client(rng), rng.choice([50, 80, 100])
        d = some_day(rng)
        appt = d + timedelta(days=rng.randint(7, 60))
    by = artist(rng)
    printed = d + timedelta(days=rng.randint(1, 6))
    f = sheets(s, h, "", top=False)
    f.page.text(
        m,
        30,
        f"{short(printed, 'en')}, {rng.randint(9, 21)}:{rng.randint(10, 59)}",
        s.font,
        7,
    )
    f.page.text(
        w - m,
        30,
        fit(
            tr(lg, "Booking confirmation", "Terminbestätigung", "Confirmation de rendez-vous"),
            s.font,
            7,
            200,
        ),
        s.font,
        7,
        "right",
    )
    f.y = m + 6
    dom = h.mail.split("@")[-1] if h.mail else "studio.com"
    mail = f"{r.choice(['bookings', 'hello', 'info', 'appointments'])}@{dom}"
    f.page.text(m, f.y, fit(f"{h.name} <{mail}>", s.bold, 10, w - 2 * m), s.bold, 10)
    f.y += 16
    for lab, val in [
        (tr(lg, "From", "Von", "De"), f"{h.name} <{mail}>"),
        (
            tr(lg, "To", "An", "À"),
            f"{name.lower().replace(' ', '.')}@"
            f"{rng.choice(['gmail.com', 'outlook.com', 'web.de', 'orange.fr'])}",
        ),
        (
            tr(lg, "Sent", "Gesendet", "Envoyé"),
            f"{day(h, d)} {rng.randint(9, 21)}:{rng.randint(10, 59)}",
        ),
        (
            tr(lg, "Subject", "Betreff", "Objet"),
            tr(
                lg,
                f"Your appointment with {by.split()[0]} is confirmed",
                f"Dein Termin bei {by.split()[0]} ist bestätigt",
                f"Ton rendez-vous avec {by.split()[0]} est confirmé",
            ),
        ),
    ]:
        f.page.text(m, f.y, f"{lab}:", s.bold, 8.5)
        f.page.text(m + 60, f.y, fit(val, s.font, 8.5, w - 2 * m - 60), s.font, 8.5)
        f.y += 12
    f.page.line(m, f.y, w - m, f.y)
    f.y += 20
    write(
        f,
        s,
        tr(
            lg, f"Hi {name.split()[0]},", f"Hallo {name.split()[0]},", f"Bonjour {name.split()[0]},"
        ),
    )
    write(
        f,
        s,
        tr(
            lg,
            "Thanks for your deposit - your booking is confirmed:",
            "danke für deine Anzahlung - dein Termin ist fest gebucht:",
            "Merci pour ton acompte, ton rendez-vous est confirmé :",
        ),
    )
    f.y = pairs(
        f.page,
        s,
        m + 20,
        f.y,
        [
            (tr(lg, "Date", "Datum", "Date"), day(h, appt)),
            (tr(lg, "Time", "Uhrzeit", "Heure"), f"{rng.choice([10, 11, 12, 13, 14])}:00"),
            (tr(lg, "Artist", "Artist", "Artiste"), by),
            (tr(lg, "Deposit received", "Anzahlung erhalten", "Acompte reçu"), cash(amt, lg)),
            (
                tr(lg, "Estimate", "Preisschätzung", "Estimation"),
                f"{cash(rng.choice([150, 200, 300, 450]), lg)} - "
                f"{cash(rng.choice([500, 650, 800]), lg)}",
            ),
        ],
        w * 0.7,
        s.size,
    )
    f.y += 10
    write(f, s, prose(rng, lg, "mail", 2, 4))
    write(f, s, tr(lg, "See you soon!", "Bis bald!", "À bientôt !"))
    write(f, s, f"{STAFF['desk'][0].split()[0]} - {h.name}")
    f.y += 10
    f.page.text(m, f.y, fit(f"{h.street}, {h.town}  {h.phone}", s.font, 7, w - 2 * m), s.font, 7)
    if rng.random() < 0.6:
        f.new_page()
        caption(
            f,
            s,
            tr(lg, "Deposit & cancellation policy", "Anzahlung & Absage", "Acompte et annulation"),
            1.5,
        )
        for k in range(rng.randint(4, 7)):
            write(f, s, f"{k + 1}. {prose(rng, lg, 'mail', 1, 2)}", s.size - 0.5)
    pages = f.pages
    for k, p in enumerate(pages, 1):
        p.text(w - m, hh - 24, f"{k}/{len(pages)}", s.font, 7, "right")
        p.text(m, hh - 24, fit(f"https://mail.{mail.split('@')[-1]}/", s.font, 7, w / 2), s.font, 7)
    remember(d)
    return pages


def tpl_convention_booking(rng: random.Random, who: Issuer) -> list[Page]:
    """A tattoo convention's stand booking: the confirmation letter with the booth, artists
    and the stand invoice, the exhibitor rules page and the hall plan on a landscape page
    with the booth marked."""
    h = head_of(who, "convention", abroad=0.4)
    lg = h.lang
    s = style_of(h)
    w, _hh = s.page_size
    m = s.margin
    d = some_day(rng)
    show = month() + timedelta(days=rng.randint(60, 200))
    booth = f"{rng.choice('ABCDE')}{rng.randint(1, 40)}"
    ref = serial(rng, "EXH-99999")
    f = sheets(s, h, f"{h.name} - {ref}")
    recipient(
        f,
        s,
        h,
        studio_lines(mx(owner_name(), lg)),
        d,
        [(tr(lg, "Booking ref.", "Buchungs-Nr.", "Réservation"), ref)],
    )
    caption(
        f,
        s,
        tr(
            lg,
            f"Stand booking confirmation - booth {booth}",
            f"Standbestätigung - Stand {booth}",
            f"Confirmation de stand - {booth}",
        ),
        1,
    )
    write(f, s, dear(lg, mx(owner_name(), lg)))
    write(
        f,
        s,
        tr(
            lg,
            f"We are delighted to confirm your stand at {h.name}, "
            f"{day(h, show)} - {day(h, show + timedelta(days=2))}.",
            f"wir freuen uns, Ihnen Ihren Stand auf der {h.name} vom {day(h, show)} bis "
            f"{day(h, show + timedelta(days=2))} zu bestätigen.",
            f"Nous avons le plaisir de confirmer votre stand du {day(h, show)} au "
            f"{day(h, show + timedelta(days=2))}.",
        ),
    )
    n_art = rng.randint(1, 3)
    rows = [
        [
            tr(lg, "Stand", "Standfläche", "Stand"),
            f"{booth}, 3 x 2 m",
            "1",
            money(rng.choice([450.0, 550.0, 690.0]), lg),
        ],
        [
            tr(lg, "Artist wristband", "Artist-Bändchen", "Bracelet artiste"),
            ", ".join(a.split()[0] for a in STAFF["artists"][:n_art]),
            str(n_art),
            money(0.0, lg),
        ],
        [
            tr(lg, "Extra table", "Zusatztisch", "Table supplémentaire"),
            "",
            "1",
            money(rng.choice([35.0, 40.0]), lg),
        ],
        [
            tr(lg, "Power 1 kW", "Strom 1 kW", "Électricité 1 kW"),
            "",
            "1",
            money(rng.choice([60.0, 75.0]), lg),
        ],
    ]
    table(
        f,
        columns(m, w - m, [(2.5, "left"), (2.5, "left"), (0.6, "right"), (1.2, "right")]),
        [
            tr(lg, "Item", "Leistung", "Prestation"),
            tr(lg, "Details", "Details", "Détail"),
            tr(lg, "Qty", "Anz.", "Qté"),
            tr(lg, "Price", "Preis", "Prix"),
        ],
        rows,
        s,
        rules=True,
    )
    net = sum(
        float(rw[3].replace(".", "").replace(",", ".").replace(" ", ""))
        if lg != "en"
        else float(rw[3].replace(",", ""))
        for rw in rows
    )
    totals(f, s, lg, net, vat_rate(lg))
    write(f, s, prose(rng, lg, "legal", 1, 2))
    regards(
        f,
        s,
        lg,
        staff_of(h, "org"),
        tr(lg, "Exhibitor team", "Aussteller-Team", "Équipe exposants"),
    )
    pages = close(f.pages, s, h)
    if rng.random() < 0.6:
        heads = {
            "en": [
                "Set-up and breakdown",
                "Hygiene",
                "Health registration",
                "Age of clients",
                "Noise",
                "Waste and sharps",
                "Photography",
                "Payment",
            ],
            "de": [
                "Aufbau/Abbau",
                "Hygiene",
                "Anmeldung Gesundheitsamt",
                "Mindestalter",
                "Lautstärke",
                "Abfall",
                "Fotos",
                "Zahlung",
            ],
            "fr": [
                "Montage",
                "Hygiène",
                "Déclaration ARS",
                "Âge des clients",
                "Bruit",
                "DASRI",
                "Photos",
                "Paiement",
            ],
        }[lg]
        pages.append(
            small_print(
                rng,
                s,
                lg,
                tr(lg, "Exhibitor rules", "Ausstellerrichtlinien", "Règlement exposants"),
                heads,
                "hyg",
            )
        )
    if rng.random() < 0.7:
        p = Page(LAND)
        lw, lh = LAND
        p.text(
            40,
            40,
            fit(
                f"{h.name} - {tr(lg, 'Hall plan', 'Hallenplan', 'Plan du hall')}",
                s.bold,
                13,
                lw - 80,
            ),
            s.bold,
            13,
        )
        x0, y0 = 50.0, 70.0
        p.rect(x0, y0, lw - 100, lh - 140)
        for row, letter in enumerate("ABCDE"):
            for k in range(14):
                bx = x0 + 20 + k * 50
                by = y0 + 20 + row * 75
                if bx + 44 > lw - 60:
                    break
                me = f"{letter}{k + 1}" == booth
                p.rect(bx, by, 44, 34, fill=0.35 if me else None)
                p.text(bx + 22, by + 20, f"{letter}{k + 1}", "Helvetica", 7, "center")
        p.rect(x0 + 20, lh - 110, 160, 30, fill=0.8)
        p.text(
            x0 + 100,
            lh - 91,
            tr(lg, "Entrance", "Eingang", "Entrée"),
            "Helvetica-Bold",
            9,
            "center",
        )
        p.text(lw - 60, lh - 91, tr(lg, "Stage", "Bühne", "Scène"), "Helvetica-Bold", 9, "right")
        hand(
            p,
            lw - 250,
            46,
            tr(lg, f"our stand = {booth}", f"unser Stand {booth}", f"notre stand {booth}"),
            11,
        )
        pages.append(p)
    remember(d)
    return pages


def tpl_laser_referral(rng: random.Random, who: Issuer) -> list[Page]:
    """The studio's referral of a client to a laser removal clinic (fading before a cover-up
    or removal): a letter, then a page of printed photos of the old tattoo and the client's
    consent to share them."""
    h = studio_head()
    lg = h.lang
    s = style_of(h)
    _w, _hh = s.page_size
    m = s.margin
    row = keyed(who, "laser").choice(SENDERS["laser"][lg])
    d = some_day(rng)
    name = client(rng)
    f = sheets(s, h, f"{h.name} - {name}")
    recipient(f, s, h, [row[0], row[1], row[2]], d, [])
    caption(
        f,
        s,
        tr(
            lg,
            f"Referral: {name} - laser fading",
            f"Überweisung: {name} - Laserbehandlung",
            f"Orientation : {name} - détatouage laser",
        ),
        0.5,
    )
    write(f, s, dear(lg, None))
    place = rng.choice(PLACES[lg])
    write(
        f,
        s,
        tr(
            lg,
            f"We would be grateful if you could see our client {name} for laser "
            f"fading of an old tattoo on the {place} before a planned cover-up by "
            f"{artist(rng)}.",
            f"wir bitten um Laserbehandlung (Aufhellung) einer alten "
            f"Tätowierung ({place}) bei {name} vor einem geplanten Cover-up.",
            f"Nous vous adressons {name} pour un éclaircissement au laser d'un ancien "
            f"tatouage ({place}) avant un recouvrement.",
        ),
    )
    write(f, s, prose(rng, lg, "mail", 2, 3))
    regards(f, s, lg, owner_name(), tr(lg, "Studio owner", "Inhaber/in", "Gérant(e)"))
    f.page.text(
        m,
        f.y,
        tr(
            lg,
            "Enc.: photographs, consent",
            "Anlagen: Fotos, Einverständnis",
            "P.J. : photos, accord du client",
        ),
        s.font,
        s.size - 1,
    )
    pages = close(f.pages, s, h, numbers="none")
    p = Page(A4)
    pw, _ph = A4
    p.text(50, 50, fit(f"{name} - {place}", "Helvetica-Bold", 11, pw - 100), "Helvetica-Bold", 11)
    shots = rng.choice([2, 4])
    for k in range(shots):
        photo(p, 50 + (k % 2) * 250, 70 + (k // 2) * 230, 230, 210, rng)
    y = 70 + (shots // 2) * 230 + 20
    p.text(
        50,
        y,
        tr(
            lg,
            "I agree to my photographs and details being shared with the clinic.",
            "Ich bin mit der Weitergabe meiner Fotos und Daten an die Praxis einverstanden.",
            "J'accepte la transmission de mes photos et informations au cabinet.",
        ),
        "Helvetica",
        8,
    )
    scrawl(p, 60, y + 34, name)
    p.line(50, y + 38, 250, y + 38)
    p.text(50, y + 48, f"{name}, {short(d, lg)}", "Helvetica", 7)
    pages.append(p)
    remember(d, name)
    return pages


def tpl_complaint(rng: random.Random, who: Issuer) -> list[Page]:
    """A client's complaint: handwritten on lined paper, typed, or a printed e-mail, about a
    blow-out, healing, a misspelling or the deposit; now and then with printed photos."""
    lg = home()
    name = client(rng)
    d = some_day(rng)
    st = studio_head()
    why = rng.randrange(4)
    subj = [
        tr(lg, "lines blown out", "verlaufene Linien", "traits qui ont bavé"),
        tr(lg, "infection after piercing", "Entzündung nach Piercing", "infection après piercing"),
        tr(lg, "deposit not refunded", "Anzahlung nicht erstattet", "acompte non remboursé"),
        tr(lg, "spelling mistake", "Rechtschreibfehler", "faute d'orthographe"),
    ][why]
    mode = rng.choice(["hand", "typed", "mail"])
    pages: list[Page] = []
    if mode == "hand":
        p = Page(A5)
        w, hh = A5
        for k in range(30):
            p.line(20, 60 + 17 * k, w - 20, 60 + 17 * k)
        y = 56.0
        hand(p, w - 130, 40, short(d, lg), 9)
        for t in [
            dear(lg, None),
            *wrap(
                " ".join([subj.capitalize() + ".", prose(rng, lg, "mail", 3, 5)]), HAND, 9, w - 50
            ),
        ]:
            if y > hh - 60:
                break
            y += 17
            hand(p, 24, y - 3, t, 9)
        hand(p, 24, min(y + 34, hh - 24), name, 10)
        pages.append(p)
    else:
        h = make_head(
            (
                name,
                f"{rng.choice(ROADS[lg])} {rng.randint(1, 99)}"
                if lg == "de"
                else f"{rng.randint(1, 99)} {rng.choice(ROADS[lg])}",
                rng.choice(STUDIOS[lg])[2],
                "",
            ),
            lg,
            "client",
        )
        s = style_of(h)
        w, hh = A4
        m = s.margin
        f = sheets(s, h, "", top=False)
        if mode == "mail":
            f.y = m
            for lab, val in [
                (tr(lg, "From", "Von", "De"), name),
                (tr(lg, "To", "An", "À"), st.mail or st.name),
                (tr(lg, "Subject", "Betreff", "Objet"), subj),
            ]:
                f.page.text(m, f.y, f"{lab}:", s.bold, 8.5)
                f.page.text(m + 60, f.y, fit(val, s.font, 8.5, w - 2 * m - 60), s.font, 8.5)
                f.y += 12
            f.page.line(m, f.y, w - m, f.y)
            f.y += 18
        else:
            f.page.text(w - m, m, name, s.font, s.size, "right")
            f.page.text(w - m, m + 12, h.street, s.font, s.size, "right")
            f.page.text(w - m, m + 24, h.town, s.font, s.size, "right")
            f.y = m + 50
            f.y = window(f.page, s, None, f.y, [st.name, st.street, st.town])
            f.page.text(w - m, f.y + 10, day(h, d), s.font, s.size, "right")
            f.y += 36
            caption(f, s, f"{tr(lg, 'Complaint', 'Beschwerde', 'Réclamation')}: {subj}", 0.5)
        write(f, s, dear(lg, None))
        for _ in range(rng.randint(2, 4)):
            write(f, s, prose(rng, lg, "mail", 2, 4))
        f.y += 10
        write(f, s, name)
        pages += f.pages
    if rng.random() < 0.4:
        p = Page(A4)
        for k in range(rng.choice([1, 2])):
            photo(p, 60, 60 + k * 370, A4[0] - 120, 340, rng)
        pages.append(p)
    remember(d, (name, subj))
    return pages


def tpl_complaint_reply(rng: random.Random, who: Issuer) -> list[Page]:
    """The studio's reply to a complaint: a letter from the owner offering a free touch-up,
    a check-up or a refund, or standing by the deposit policy."""
    h = studio_head()
    lg = h.lang
    s = style_of(h)
    extra = LAST["extra"]
    if after(("complaint",)) and isinstance(extra, tuple):
        name, subj = extra
        d = last_day(rng, ("complaint",), (2, 12))
    else:
        name, subj, d = client(rng), "", some_day(rng)
    f = sheets(s, h, f"{h.name} - {name}")
    town = rng.choice(STUDIOS[lg])[2]
    recipient(f, s, h, [mx(str(name), lg), f"{rng.randint(1, 99)} {town}"], d, [])
    if subj:
        caption(
            f, s, f"{tr(lg, 'Your complaint', 'Ihre Beschwerde', 'Votre réclamation')}: {subj}", 0.5
        )
    write(f, s, dear(lg, mx(str(name), lg)))
    for _ in range(rng.randint(2, 3)):
        write(f, s, prose(rng, lg, "mail", 2, 4))
    write(
        f,
        s,
        rng.choice(
            [
                tr(
                    lg,
                    "We would like to offer you a free touch-up session.",
                    "Gerne bieten wir Ihnen einen kostenlosen Nachstechtermin an.",
                    "Nous vous proposons une retouche gratuite.",
                ),
                tr(
                    lg,
                    "We have refunded your deposit today.",
                    "Die Anzahlung haben wir heute erstattet.",
                    "Nous avons remboursé votre acompte.",
                ),
                tr(
                    lg,
                    "Please come in for a free check with our piercer.",
                    "Bitte kommen Sie zu einer kostenlosen Kontrolle vorbei.",
                    "Passez au studio pour un contrôle gratuit.",
                ),
            ]
        ),
    )
    regards(f, s, lg, owner_name(), h.name)
    remember(d)
    return close(f.pages, s, h, numbers="none")


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
    "consent_form": tpl_consent_form,
    "piercing_record": tpl_piercing_record,
    "registration": tpl_registration,
    "hygiene_inspection": tpl_hygiene_inspection,
    "guest_agreement": tpl_guest_agreement,
    "artist_settlement": tpl_artist_settlement,
    "delivery_note": tpl_delivery_note,
    "supply_invoice": tpl_supply_invoice,
    "ink_sds": tpl_ink_sds,
    "mill_certificate": tpl_mill_certificate,
    "autoclave_validation": tpl_autoclave_validation,
    "spore_test": tpl_spore_test,
    "waste_contract": tpl_waste_contract,
    "waste_consignment": tpl_waste_consignment,
    "deposit_receipt": tpl_deposit_receipt,
    "booking_confirmation": tpl_booking_confirmation,
    "convention_booking": tpl_convention_booking,
    "laser_referral": tpl_laser_referral,
    "complaint": tpl_complaint,
    "complaint_reply": tpl_complaint_reply,
}
TEMPLATES_OOOO: dict[str, Template] = {k: tracked(k, t) for k, t in KINDS.items()}
#: Kinds that a pile often holds 2-4 of in a row from one sender.
RUN_KINDS = (
    "consent_form",
    "piercing_record",
    "deposit_receipt",
    "booking_confirmation",
    "spore_test",
    "waste_consignment",
    "artist_settlement",
    "delivery_note",
    "supply_invoice",
)
#: A kind often followed by a related paper.
FOLLOWS = {
    "delivery_note": "supply_invoice",
    "supply_invoice": "ink_sds",
    "hygiene_inspection": "registration",
    "waste_contract": "waste_consignment",
    "deposit_receipt": "booking_confirmation",
    "complaint": "complaint_reply",
}


# ---------------------------------------------------------------------------------------------
# Streams and generation (same files and labels as corpus.generate)
# ---------------------------------------------------------------------------------------------


def make_tongs_stream(rng: random.Random, n_docs: int, separators: bool) -> Stream:
    """One studio's pile: ``corpus.make_stream`` with batch runs (after a run kind, 1-3 more
    of the same kind from the same sender follow with probability 0.6) and companions (each
    kind in ``FOLLOWS`` is followed by its related paper with probability 0.5). The studio
    (country, name, month, staff) is drawn once per stream."""
    r = random.Random(rng.getrandbits(32))
    lang = r.choice(["en", "en", "de", "de", "fr"])
    STUDIO["lang"] = lang
    STUDIO["row"] = r.randrange(len(STUDIOS[lang]))
    STUDIO["seed"] = r.getrandbits(24)
    STUDIO["month"] = date(r.choice([2024, 2025]), r.randint(1, 12), 1)
    firsts = r.sample(FIRSTS[lang], 6)
    lasts = r.sample(LASTS[lang], 6)
    names = [f"{a} {b}" for a, b in zip(firsts, lasts, strict=True)]
    STAFF.update(owner=names[:1], artists=names[1:4], piercer=names[4:5], desk=names[5:6])
    LAST.update(kind="", day=None, extra=None)
    run_odds = dict.fromkeys(RUN_KINDS, 0.6)
    return assemble_stream(
        rng, TEMPLATES_OOOO, n_docs, separators, run_odds, run_len=(1, 3), follows=FOLLOWS
    )


generate = part_generate(PART, SEED_OFFSET, make_tongs_stream, "templates OOOO")


def main(argv: list[str]) -> int:
    return part_main(argv, __doc__, PART, generate, scanned=12)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

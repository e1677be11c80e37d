"""Peeler part of the generated corpus: templates KKKKK, written blind for the next measurement.

A part of its own, ``peeler``. Its templates were written without looking at the boundary
detector, its documentation, its tuning or its evaluation, as the pile the office of a
recording and mastering studio that also runs a small record label (the studio owner, a chief
engineer, an assistant engineer, a label manager and a part-time bookkeeper; in England,
Germany or France) feeds through its scanner in a month: the studio's booking confirmations to
bands and producers (with the booking terms on a second page and now and then an acceptance
slip); the engineers' session sheets filled in by hand (times, takes, musicians present, and
now and then the multitrack sheet on a landscape page behind); session musician agreements
with the performer's consent (Mitwirkendenvereinbarung, contrat d'artiste-interprète) signed
by each player, now and then with the payment details page; the session musicians' invoices
(own letterhead or a page from a carbon invoice book on A5, small-business VAT notes);
producer agreements from the producers' managers (now and then behind a covering letter, with
the royalty schedule and a signature page); the label's artist recording contracts (cover
sheet, clauses under a running header, the royalty schedule on a landscape page, signature
page); licence agreements from foreign labels in their own language with the list of masters
annexed; the performing and neighbouring rights societies' distribution statements (PRS for
Music and PPL, GEMA and GVL, SACEM and SCPP) with the summary page and the detail by work on
landscape pages; the mechanical rights societies' licences and royalty invoices for a pressing
(MCPS, GEMA, SDRM); the label's label copy sheets (track list with ISRCs, writers and
publishers, landscape); distributors' invoices with the sales and returns report behind;
vinyl pressing plants' invoices (lacquers, plating, test pressings, pressing, sleeves), now and
then with a copy of the delivery note; the plants' test pressing approval forms filled in and
signed by the label; backline and equipment hire invoices with the delivery and condition
sheet; repair workshops' invoices for tape machines, consoles and amplifiers with the service
report and alignment measurements; music equipment insurance brokers' schedules (covering
letter, schedule, the equipment inventory on landscape pages, policy summary); the label's
royalty statements to its artists (summary page and detail pages); grant letters from music
export offices with the funding conditions and the acceptance form; the landlord's studio
rent invoices; and the studio's own invoices to clients with the session log attached. Each
stream is one office's pile: the office (country, name, month, its staff, its label's artists
and releases) is drawn once per stream; its outside senders are of the office's country and
write in its language, except that foreign labels, some pressing plants, some distributors and
some session musicians are from abroad and write in their own. Page sizes range from hire
delivery slips and A5 invoice-book pages to A4, Letter and landscape A4.

Labelling rule: what one sender issues in one go is one document, as the office files it: the
terms page and acceptance slip of a booking confirmation; the multitrack sheet behind a session
sheet; the payment details page of a musician agreement; the covering letter, schedule and
signature page of a producer agreement; the cover sheet, schedule and signature page of a
recording contract; the annexes of a licence agreement; the detail pages of a society
statement; the conditions page of a mechanical licence; the credits page of a label copy; the
sales and returns report behind a distributor's invoice; the delivery note copy behind a
pressing invoice; the condition sheet of a hire invoice; the service report of a repair
invoice; the covering letter, inventory and policy summary of an insurance schedule; the detail
pages of a royalty statement; the conditions and acceptance form of a grant letter; the session
log behind a studio invoice. Related papers are documents of their own: the session sheet after
the booking confirmation, the musician agreements after the session sheet, the musician's
invoice after the agreement, the mechanical licence after the label copy, the pressing invoice
after the test pressing approval; and so is each session sheet, agreement, invoice and
statement of a run.

Streams are assembled like ``corpus.make_stream`` (same separator sheets, same 30% chance of
repeating the previous kind and sender), plus batch runs: session sheets, musician agreements,
musicians' invoices, hire invoices, society statements, royalty statements, rent invoices and
studio invoices often come 2-4 in a row from one sender with other dates, numbers and amounts;
and companions: each related paper above often follows the document it answers, about the same
session or release. Drawn with ``corpus.draw_pdf``, scanned with ``corpus.scan`` and labelled
exactly like ``corpus.generate`` with ``"split": "peeler"`` and seeds offset by 11_400_000.

Usage: ``python benchmarks/corpus_peeler.py OUT_DIR [--streams N] [--scanned N] [--seed S]``
writes ``OUT_DIR/peeler/peeler_{born_digital,scanned}_NNNNNNN.{pdf,json}``.
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

PART = "peeler"
SEED_OFFSET = 11_400_000

MM = 72 / 25.4
SLIP = (105 * MM, 190 * MM)
LAND = landscape(A4)

# ---------------------------------------------------------------------------------------------
# Who writes: the studio and its outside senders, by country
# ---------------------------------------------------------------------------------------------

Row = tuple[str, str, str, str]  # name, street, town, telephone
#: The studios: name, street, town, telephone and the name of the studio's record label.
STUDIOS: dict[str, list[tuple[str, str, str, str, str]]] = {
    "en": [
        (
            "Larkfield Sound Studios Ltd",
            "Unit 3, Canal Wharf",
            "Manchester M4 6DE",
            "0161 834 2210",
            "Larkfield Records",
        ),
        (
            "Old Chapel Recording Co. Ltd",
            "The Old Chapel, Mill Road",
            "Bristol BS5 0RT",
            "0117 955 3081",
            "Chapel Street Records",
        ),
        (
            "Hollow Oak Studios",
            "14 Ropewalk",
            "Nottingham NG1 5DU",
            "0115 947 6620",
            "Hollow Oak Recordings",
        ),
    ],
    "de": [
        (
            "Tonstudio Kesselhaus GmbH",
            "Am Kesselhaus 4",
            "04229 Leipzig",
            "0341 492 77 10",
            "Kesselhaus Records",
        ),
        (
            "Klangwerk Studios GmbH",
            "Schanzenstraße 61",
            "20357 Hamburg",
            "040 43 18 92 0",
            "Klangwerk Tonträger",
        ),
        (
            "Hinterhof Tonstudio",
            "Oranienstraße 183",
            "10999 Berlin",
            "030 61 28 44 7",
            "Hinterhof Schallplatten",
        ),
    ],
    "fr": [
        (
            "Studio La Fabrique Sonore SARL",
            "12 rue des Tanneurs",
            "69007 Lyon",
            "04 72 71 38 50",
            "Disques La Fabrique",
        ),
        (
            "Studio du Moulin SAS",
            "Chemin du Moulin",
            "44000 Nantes",
            "02 40 89 12 77",
            "Moulin Records",
        ),
        (
            "Les Ateliers Saint-Roch",
            "27 rue Saint-Roch",
            "31000 Toulouse",
            "05 61 22 48 09",
            "Label Saint-Roch",
        ),
    ],
}
SENDERS: dict[str, dict[str, list[Row]]] = {
    "society": {
        "en": [
            ("PRS for Music", "2 Pancras Square", "London N1C 4AG", "020 7580 5544"),
            ("PPL", "1 Upper James Street", "London W1F 9DE", "020 7534 1000"),
        ],
        "de": [
            ("GEMA", "Rosenheimer Straße 11", "81667 München", "089 480 03 00"),
            ("GVL", "Podbielskiallee 64", "14195 Berlin", "030 484 83 0"),
        ],
        "fr": [
            ("SACEM", "225 avenue Charles de Gaulle", "92528 Neuilly-sur-Seine Cedex", ""),
            ("SCPP", "14 boulevard du Général Leclerc", "92200 Neuilly-sur-Seine", ""),
        ],
    },
    "mech": {
        "en": [("MCPS - PRS for Music", "2 Pancras Square", "London N1C 4AG", "020 7580 5544")],
        "de": [("GEMA - Abteilung Tonträger", "Bayreuther Straße 37", "10787 Berlin", "")],
        "fr": [("SDRM", "225 avenue Charles de Gaulle", "92528 Neuilly-sur-Seine Cedex", "")],
    },
    "distributor": {
        "en": [
            ("Cargo Lane Distribution Ltd", "Unit 9, Acton Park", "London W3 7QE", ""),
            ("Northern Groove Distribution", "Brunswick Mill", "Manchester M40 7EL", ""),
        ],
        "de": [
            ("Rotor Musikvertrieb GmbH", "Bornstraße 22", "20146 Hamburg", "040 41 47 90"),
            ("Plattenweg Distribution KG", "Industriering 5", "06112 Halle (Saale)", ""),
        ],
        "fr": [
            ("Diffusion Sillon SAS", "48 rue de Paradis", "75010 Paris", "01 42 46 70 10"),
            ("Gravure Distribution", "ZA des Landes", "35510 Cesson-Sévigné", ""),
        ],
    },
    "plant": {
        "en": [
            ("Northvinyl Pressing Ltd", "Dock Road", "Birkenhead CH41 1DQ", "0151 647 2200"),
            ("Medway Record Pressing", "Quayside Works", "Rochester ME2 4HP", ""),
        ],
        "de": [
            ("Presswerk Elbe GmbH", "Hafenstraße 17", "39104 Magdeburg", "0391 56 21 40"),
            ("Schallplattenwerk Rhön", "Am Kreuzberg 2", "97653 Bischofsheim", ""),
        ],
        "fr": [
            ("Pressage du Rhône SAS", "Rue des Frères Lumière", "69200 Vénissieux", ""),
            ("Vinylerie de l'Ouest", "Parc d'activités Brocéliande", "35160 Montfort", ""),
        ],
    },
    "hire": {
        "en": [
            ("Backline Direct Ltd", "Arch 42, Druid Street", "London SE1 2HH", "020 7403 1188"),
            ("Soundcheck Hire", "Unit 12, Vale Park", "Stockport SK4 1AT", "0161 477 9020"),
        ],
        "de": [
            ("Bühnenwerk Verleih GmbH", "Storkower Straße 140", "10407 Berlin", ""),
            ("Backline Service Nord", "Gewerbestraße 9", "22113 Oststeinbek", ""),
        ],
        "fr": [
            ("Backline Services Lyon", "8 rue Paul Bert", "69003 Lyon", "04 78 60 21 44"),
            ("Scène Location SARL", "ZI du Brézet", "63100 Clermont-Ferrand", ""),
        ],
    },
    "repair": {
        "en": [
            ("Analogue Tape Services", "The Workshop, 2 Forge Lane", "Sheffield S1 4RG", ""),
            ("Valve & Circuit Repairs", "Unit 4, Hope Street", "Liverpool L1 9BX", ""),
        ],
        "de": [
            ("Studiotechnik Brandl", "Werkstattweg 6", "85051 Ingolstadt", "0841 93 11 27"),
            ("Röhrenwerkstatt Meyer", "Hinterm Bahnhof 3", "99084 Erfurt", ""),
        ],
        "fr": [
            ("Atelier Magnéto", "15 rue de la Forge", "75011 Paris", "01 43 57 19 02"),
            ("Électro-Son Réparations", "4 impasse Vauban", "33000 Bordeaux", ""),
        ],
    },
    "broker": {
        "en": [
            ("Encore Music Insurance Brokers", "Third Floor, 9 Hanover St", "London W1S 1YF", ""),
            ("Harbourside Insurance Services", "Ashton House", "Bristol BS1 6BY", ""),
        ],
        "de": [
            ("Klangschutz Versicherungsmakler GmbH", "Theodor-Heuss-Ring 19", "50668 Köln", ""),
            ("Musikversicherung Hansen & Partner", "Jungfernstieg 30", "20354 Hamburg", ""),
        ],
        "fr": [
            ("Harmonie Assurances Courtage", "22 cours Lafayette", "69003 Lyon", ""),
            ("Cabinet Lemoine - Assurances Spectacle", "5 rue Chabanais", "75002 Paris", ""),
        ],
    },
    "export": {
        "en": [
            ("Music Export Fund UK", "Riverside Building, County Hall", "London SE1 7PB", ""),
        ],
        "de": [
            ("Initiative Musikexport gGmbH", "Friedrichstraße 122", "10117 Berlin", ""),
        ],
        "fr": [
            ("Bureau Export de la Musique", "45 rue La Fayette", "75009 Paris", ""),
        ],
    },
    "landlord": {
        "en": [
            ("Canal Wharf Estates Ltd", "c/o Brook & Dyer, 40 King St", "Manchester M2 4LY", ""),
            ("Mercia Property Holdings", "Park House, Park Row", "Nottingham NG1 6GR", ""),
        ],
        "de": [
            ("Gewerbehof Verwaltung Weiß KG", "Karl-Heine-Straße 87", "04229 Leipzig", ""),
            ("Immobilien Dressler GmbH", "Holstenstraße 12", "22767 Hamburg", ""),
        ],
        "fr": [
            ("SCI Les Tanneurs", "c/o Régie Dumont, 9 place Bellecour", "69002 Lyon", ""),
            ("Foncière de l'Erdre", "3 quai Ceineray", "44000 Nantes", ""),
        ],
    },
    "producer": {
        "en": [
            ("Blackhill Management Ltd", "18 Denmark Street", "London WC2H 8NA", ""),
            ("Tom Ashby Productions", "Flat 2, 41 Ladbroke Grove", "London W11 3AT", ""),
        ],
        "de": [
            ("Nordlicht Artist Management", "Oderberger Straße 44", "10435 Berlin", ""),
            ("Produktionsbüro Jana Keller", "Lindenauer Markt 12", "04177 Leipzig", ""),
        ],
        "fr": [
            ("Cabinet Roussel - Avocats", "14 rue de Miromesnil", "75008 Paris", ""),
            ("Lune Noire Production", "6 rue Oberkampf", "75011 Paris", ""),
        ],
    },
    "licensee": {
        "en": [
            ("Fieldnote Records Ltd", "Studio 7, 3 Hoxton Square", "London N1 6NU", ""),
            ("Quiet Harbour Music", "11 Broad Quay", "Bristol BS1 4DJ", ""),
        ],
        "de": [
            ("Funkhaus Schallplatten GmbH", "Nalepastraße 18", "12459 Berlin", ""),
            ("Tonträger Süd GmbH", "Sendlinger Straße 7", "80331 München", ""),
        ],
        "fr": [
            ("Disques Pointillé SARL", "19 rue Myrha", "75018 Paris", ""),
            ("Éditions Phonographiques du Sud", "7 cours Julien", "13006 Marseille", ""),
        ],
    },
    "musician": {
        "en": [
            ("Dan Whitlock - Drums & Percussion", "22 Clarence Road", "Stockport SK4 2LP", ""),
            ("Ruth Okafor", "Flat 6, 19 Egerton Street", "Liverpool L8 7LY", "07700 918 233"),
            ("Callum Reid Music", "3 Brighton Grove", "Newcastle NE4 5NS", ""),
            ("Isla Penrose - Strings", "The Barn, Ashcombe", "Bath BA2 8JX", ""),
        ],
        "de": [
            ("Jonas Brückner - Kontrabass", "Dresdner Straße 61", "04317 Leipzig", ""),
            ("Mira Albrecht", "Weidenweg 4", "10249 Berlin", "0176 228 41 09"),
            ("Felix Haberland Musik", "Grindelallee 90", "20146 Hamburg", ""),
            ("Deniz Kaya - Percussion", "Kaiserstraße 15", "60311 Frankfurt", ""),
        ],
        "fr": [
            ("Julien Marchetti - Batterie", "4 rue Dumenge", "69004 Lyon", ""),
            ("Nina Lefort", "27 rue du Faubourg du Temple", "75010 Paris", "06 71 33 80 12"),
            ("Bastien Le Roux - Cuivres", "12 rue Paul Bellamy", "44000 Nantes", ""),
            ("Amandine Vidal - Violon", "3 allée des Demoiselles", "31400 Toulouse", ""),
        ],
    },
}
FIRSTS = {
    "en": ["Sarah", "Tom", "Priya", "Gareth", "Fiona", "Liam", "Hannah", "Owen", "Emma", "Joel"],
    "de": ["Katrin", "Jens", "Julia", "Matthias", "Sabine", "Timo", "Eva", "Lars", "Anja", "Nils"],
    "fr": ["Camille", "Julien", "Nathalie", "Thomas", "Léa", "Nicolas", "Sandrine", "Hugo"],
}
LASTS = {
    "en": ["Holloway", "Patel", "Brennan", "Marsh", "Whitaker", "Doyle", "Fenton", "Ashworth"],
    "de": ["Krüger", "Lehmann", "Wagner", "Schulte", "Brandt", "Vogel", "Hartmann", "Seidel"],
    "fr": ["Moreau", "Girard", "Lambert", "Fontaine", "Rousseau", "Perrin", "Chevalier", "Roux"],
}
FEMALE = {"Sarah", "Priya", "Fiona", "Hannah", "Emma", "Katrin", "Julia", "Sabine", "Eva", "Anja"}
FEMALE |= {"Camille", "Nathalie", "Léa", "Sandrine", "Ruth", "Isla", "Mira", "Nina", "Amandine"}
ARTISTS = {
    "en": ["The Hollow Pines", "Mara Quinn", "Static Harbour", "Lowland Choir", "Jonah Vale Trio"],
    "de": ["Die Nachtfalter", "Lina Sommer", "Kältewelle", "Betonblumen", "Jakob Wendt Quartett"],
    "fr": ["Les Fauves Tranquilles", "Maëlle Garnier", "Nuit Blanche", "Cobalt Rivage"],
}
#: Song title words, any language's artists use them.
SONG = {
    "en": "river static glass summer ghost harbour lantern wire northern paper fever salt "
    "orchard engine quiet weather winter signal hollow silver honey",
    "de": "Nacht Fluss Beton Sommer Regen Herz Licht Stadt Kälte Wasser Draht Himmel Nebel "
    "Sterne Wald Spiegel Funken Asche",
    "fr": "nuit rivage fièvre été lumière sel verre hiver ciel silence béton orage ville "
    "cendre miroir lune vague marée",
}
TALK = {
    "en": {
        "studio": "session studio room recording tracking overdubs mixing mastering engineer "
        "booking deposit cancellation hours equipment client artist producer",
        "legal": "agreement party clause master recordings rights territory term royalty "
        "advance recoupment consent warranty notice assignment licence obligations",
        "gear": "equipment insured sum cover policy premium excess transit theft damage "
        "schedule premises studio instruments microphones console",
        "grant": "funding award showcase export applicant project costs report claim "
        "evidence eligible tour campaign international conditions",
    },
    "de": {
        "studio": "Session Studio Raum Aufnahme Overdubs Mischung Mastering Toningenieur "
        "Buchung Anzahlung Stornierung Stunden Technik Kunde Künstler Produzent",
        "legal": "Vertrag Vertragspartei Klausel Aufnahmen Rechte Gebiet Laufzeit Beteiligung "
        "Vorschuss Verrechnung Einwilligung Gewährleistung Kündigung Lizenz Pflichten",
        "gear": "Ausrüstung Versicherungssumme Deckung Police Prämie Selbstbeteiligung "
        "Transport Diebstahl Schaden Verzeichnis Betriebsstätte Instrumente Mikrofone",
        "grant": "Förderung Zuwendung Showcase Export Antragsteller Projekt Kosten "
        "Verwendungsnachweis Belege förderfähig Tour Kampagne international Auflagen",
    },
    "fr": {
        "studio": "séance studio salle enregistrement prises mixage mastering ingénieur "
        "réservation acompte annulation heures matériel client artiste producteur",
        "legal": "contrat partie article enregistrements droits territoire durée redevance "
        "avance récupération cession garantie résiliation licence obligations",
        "gear": "matériel capital assuré garantie police prime franchise transport vol "
        "dommage inventaire locaux studio instruments microphones console",
        "grant": "aide subvention showcase export bénéficiaire projet dépenses bilan "
        "justificatifs éligibles tournée campagne international conditions",
    },
}
GLUES = {
    "en": "the of and to for with on at by from this is are will be the a as we your all",
    "de": "die der das und zu für mit auf von ist sind wird bei nach den dem im wir Ihre",
    "fr": "le la les et de du pour avec sur par est sont sera au aux des une nous vos",
}


def words(rng: random.Random, lang: str, topic: str = "studio", n: int | None = None) -> str:
    pool, glue = TALK[lang][topic].split(), GLUES[lang].split()
    ws = [rng.choice(pool if rng.random() < 0.5 else glue) for _ in range(n or rng.randint(7, 15))]
    text = " ".join(ws)
    return text[0].upper() + text[1:] + "."


def prose(rng: random.Random, lang: str, topic: str = "studio", lo: int = 2, hi: int = 4) -> str:
    return " ".join(words(rng, lang, topic) for _ in range(rng.randint(lo, hi)))


# ---------------------------------------------------------------------------------------------
# The office of a stream: its country, month, staff, artists and releases
# ---------------------------------------------------------------------------------------------

OFFICE: dict[str, object] = {"lang": "en", "row": 0, "seed": 0, "month": date(2025, 3, 1)}
#: What the previous document was about (a companion takes up the same session or release).
LAST: dict[str, object] = {"kind": "", "day": None, "extra": None}


@dataclass
class Release:
    """A release of the label: artist, title, catalogue number, tracks with ISRCs."""

    artist: str
    artist_lang: str
    title: str
    cat: str
    fmt: str
    tracks: list[tuple[str, int, str, str]]  # title, seconds, ISRC, writers
    ean: str
    year: int


@dataclass
class Session:
    """A booking the studio took: client, artist, days, room, engineer."""

    ref: str
    client: Row
    client_lang: str
    artist: str
    first: date
    days: int
    room: str
    engineer: str
    rate: float
    songs: list[str]


def home() -> str:
    return str(OFFICE["lang"])


def month() -> date:
    m = OFFICE["month"]
    assert isinstance(m, date)
    return m


def studio_row() -> tuple[str, str, str, str, str]:
    return STUDIOS[home()][int(OFFICE["row"])]  # type: ignore[call-overload]


def keyed(who: Issuer, key: str) -> random.Random:
    """Draws fixed by the issuer, the stream's office and ``key``: a run or a repeat keeps its
    sender."""
    text = f"peeler/{key}/{who.name}/{who.street}/{who.city}/{OFFICE['seed']}"
    return random.Random(zlib.crc32(text.encode()))


def office_rng(key: str) -> random.Random:
    return random.Random(zlib.crc32(f"peeler/office/{key}/{OFFICE['seed']}".encode()))


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


def person(r: random.Random, lang: str) -> str:
    return f"{r.choice(FIRSTS[lang])} {r.choice(LASTS[lang])}"


def crew(role: str) -> str:
    """The studio's owner, chief engineer, assistant engineer, label manager or bookkeeper."""
    r = office_rng(f"crew/{role}")
    return person(r, home())


def song_title(r: random.Random, lang: str) -> str:
    ws = SONG[lang].split()
    t = " ".join(r.sample(ws, r.choice([1, 2, 2, 3])))
    return t[0].upper() + t[1:]


def roster() -> list[Release]:
    """The label's releases in this stream (fixed by the office)."""
    r = office_rng("roster")
    lg = home()
    label = studio_row()[4]
    prefix = "".join(t[0] for t in label.replace("'", " ").split() if t[0].isalpha())[:3].upper()
    out = []
    names = list(ARTISTS[lg])
    r.shuffle(names)
    for k in range(3):
        a_lang = lg if r.random() < 0.85 else r.choice([x for x in ARTISTS if x != lg])
        artist = names[k] if a_lang == lg else r.choice(ARTISTS[a_lang])
        n = r.choice([4, 6, 8, 10, 11, 12])
        cc = {"en": "GB", "de": "DE", "fr": "FR"}[lg]
        reg = serial(r, "AA9")
        yy = month().year % 100
        tracks = [
            (
                song_title(r, a_lang),
                r.randint(150, 330),
                f"{cc}-{reg}-{yy:02d}-{r.randint(1, 99999):05d}",
                " / ".join(person(r, a_lang).split()[-1] for _ in range(r.choice([1, 1, 2, 3]))),
            )
            for _ in range(n)
        ]
        out.append(
            Release(
                artist=artist,
                artist_lang=a_lang,
                title=song_title(r, a_lang),
                cat=f"{prefix}{r.randint(10, 90):03d}",
                fmt="LP" if n > 6 else r.choice(['12" EP', "EP"]),
                tracks=tracks,
                ean=f"5{r.randint(10**11, 10**12 - 1)}",
                year=month().year,
            )
        )
    return out


def release_of(who: Issuer, kinds: tuple[str, ...] = ()) -> Release:
    ex = LAST["extra"]
    if kinds and after(kinds) and isinstance(ex, Release):
        return ex
    return keyed(who, "release").choice(roster())


ROOMS = {
    "en": ["Studio A (live room + control room)", "Studio B (overdub suite)", "Mastering room"],
    "de": ["Studio 1 (Aufnahmeraum + Regie)", "Studio 2 (Overdub-Regie)", "Mastering-Raum"],
    "fr": ["Studio A (salle + cabine)", "Studio B (cabine overdub)", "Salle de mastering"],
}


def a_session(rng: random.Random, who: Issuer) -> Session:
    r = keyed(who, "client")
    lg = home()
    c_lang = lg if r.random() < 0.85 else r.choice([x for x in ARTISTS if x != lg])
    artist = r.choice(ARTISTS[c_lang] + [rel.artist for rel in roster()])
    mgmt = r.random() < 0.5
    if mgmt:
        row = r.choice(SENDERS["producer"][c_lang])
    else:
        row = (
            f"{artist}" + (" c/o " + person(r, c_lang) if r.random() < 0.5 else ""),
            r.choice(SENDERS["musician"][c_lang])[1],
            r.choice(SENDERS["musician"][c_lang])[2],
            "",
        )
    room = rng.randrange(2)
    return Session(
        ref=f"{serial(rng, 'B')}{month().year % 100}-{rng.randint(100, 999)}",
        client=row,
        client_lang=c_lang,
        artist=artist,
        first=some_day(rng) + timedelta(days=rng.randint(3, 20)),
        days=rng.choice([1, 2, 2, 3, 4, 5]),
        room=ROOMS[lg][room],
        engineer=crew("chief") if room == 0 or rng.random() < 0.4 else crew("assistant"),
        rate={"en": 450.0, "de": 520.0, "fr": 480.0}[lg] * (1 if room == 0 else 0.6),
        songs=[song_title(rng, c_lang) for _ in range(rng.randint(2, 6))],
    )


def session_for(rng: random.Random, who: Issuer, kinds: tuple[str, ...]) -> Session:
    ex = LAST["extra"]
    if after(kinds) and isinstance(ex, tuple) and ex and isinstance(ex[0], Session):
        ex = ex[0]
    if after(kinds) and isinstance(ex, Session):
        return ex
    return a_session(rng, who)


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
    again: bool
    foot: list[str]
    numbers: str
    corner: str
    dates: str
    mail: str


PAGE_NOS = {
    "en": ["none", "none", "none", "Page {i} of {n}", "2:Page {i}", "{i}/{n}", "2:- {i} -"],
    "de": ["none", "none", "Seite {i} von {n}", "2:- {i} -", "Seite {i}/{n}", "{i}/{n}"],
    "fr": ["none", "none", "Page {i}/{n}", "{i}/{n}", "2:- {i} -", "Page {i} sur {n}"],
}
FACES = [
    ("Helvetica", "Helvetica-Bold"),
    ("Helvetica", "Helvetica-Bold"),
    ("Times-Roman", "Times-Bold"),
    ("Courier", "Courier-Bold"),
]
LOOKS = ["band", "centred", "letter", "boxed", "plain", "side"]
TAGLINES = {
    "studio": ("Recording - Mixing - Mastering", "Aufnahme - Mischung - Mastering", ""),
    "hire": ("Backline & PA hire", "Backline- und Tonverleih", "Location backline & sono"),
    "repair": ("Studio equipment servicing", "Service für Studiotechnik", "Maintenance audio"),
    "plant": ("Vinyl manufacturing", "Schallplattenfertigung", "Pressage vinyle"),
    "distributor": ("Physical & digital distribution", "Vertrieb physisch & digital", ""),
    "broker": ("Specialist insurance for music", "Versicherungen für Musiker", ""),
}


def legal_lines(r: random.Random, name: str, lang: str, role: str) -> list[str]:
    if role in ("society", "mech", "export"):
        return []
    if lang == "de":
        bank = r.choice(["Sparkasse Leipzig", "Hamburger Sparkasse", "GLS Bank", "Berliner Bank"])
        out = [
            f"{name} - Steuer-Nr. {r.randint(100, 299)}/{r.randint(100, 999)}/"
            f"{r.randint(10000, 99999)}"
            + (f" - USt-IdNr. DE{r.randint(100000000, 999999999)}" if r.random() < 0.6 else ""),
            f"{bank} - IBAN DE{r.randint(10, 99)} {r.randint(1000, 9999)} {r.randint(1000, 9999)} "
            f"{r.randint(1000, 9999)} {r.randint(1000, 9999)} {r.randint(10, 99)}",
        ]
        if "GmbH" in name or " KG" in name:
            out.insert(
                0,
                f"Amtsgericht {r.choice(['Leipzig', 'Hamburg', 'Charlottenburg', 'Köln'])} HRB "
                f"{r.randint(1000, 99999)} - Geschäftsführer: {person(r, 'de')}",
            )
        return out
    if lang == "fr":
        out = [
            f"{name} - SIRET {r.randint(300, 899)} {r.randint(100, 999)} {r.randint(100, 999)} "
            f"{r.randint(10000, 99999)} - APE {r.choice(['5920Z', '7739Z', '6820B', '3320C'])}"
        ]
        if r.random() < 0.7:
            out.append(
                f"TVA intracom. FR{r.randint(10, 99)} {r.randint(100, 999)} {r.randint(100, 999)} "
                f"{r.randint(100, 999)} - RCS {r.choice(['Lyon', 'Paris', 'Nantes', 'Toulouse'])}"
            )
        return out
    out = []
    if "Ltd" in name or "plc" in name:
        out.append(f"Registered in England and Wales No. {r.randint(3000000, 13999999):08d}")
    if r.random() < 0.6:
        out.append(
            f"VAT Reg. No. GB {r.randint(100, 999)} {r.randint(1000, 9999)} {r.randint(10, 99)}"
        )
    if role == "broker":
        out.append("Authorised and regulated by the Financial Conduct Authority")
    return [" - ".join(out)] if out else []


def make_head(row: Row, lang: str, role: str) -> Head:
    """The paper habits of the sender ``row``: the same all through one stream."""
    name, street, town, phone = row
    r = random.Random(zlib.crc32(f"peeler/head/{name}/{OFFICE['seed']}".encode()))
    font, bold = r.choice(FACES)
    host = "".join(c for c in name.lower().split()[0] if c.isalpha() and c.isascii())[:12]
    tld = {"en": "co.uk", "de": "de", "fr": "fr"}[lang]
    looks = LOOKS
    if role in ("society", "mech", "export"):
        looks = ["official", "band", "plain"]
        font, bold = ("Helvetica", "Helvetica-Bold")
    elif role == "musician":
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
        margin=r.choice([46, 54, 60, 66]),
        again=r.random() < 0.3,
        foot=legal_lines(r, name, lang, role) if r.random() < 0.75 else [],
        numbers=r.choice(PAGE_NOS[lang]),
        corner=r.choice(["bc", "br", "tr", "bc", "bl"]),
        dates=r.choice(["short", "long"] + (["iso", "short"] if lang == "en" else [])),
        mail=f"{r.choice(['info', 'office', 'hello', 'accounts'])}@{host or 'mail'}.{tld}"
        if r.random() < 0.75
        else "",
    )


def studio_head() -> Head:
    name, street, town, phone, _ = studio_row()
    return make_head((name, street, town, phone), home(), "studio")


def label_head() -> Head:
    _, street, town, phone, label = studio_row()
    return make_head((label, street, town, phone), home(), "label")


def head_of(who: Issuer, role: str, abroad: float = 0.0) -> Head:
    """The ``role`` sender of ``who`` (the same for the same issuer and office), of the
    office's country or, with odds ``abroad``, of another."""
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
    pts = [
        (cx + r * math.cos(2 * math.pi * k / steps), cy + r * math.sin(2 * math.pi * k / steps))
        for k in range(steps + 1)
    ]
    for (x1, y1), (x2, y2) in itertools.pairwise(pts):
        p.line(x1, y1, x2, y2)


def disc(p: Page, x: float, y: float, r: float) -> None:
    """A record logo: rings round a label."""
    ring(p, x, y, r, 28)
    ring(p, x, y, r * 0.72, 24)
    ring(p, x, y, r * 0.36, 16)
    p.rect(x - 1.2, y - 1.2, 2.4, 2.4, fill=0.0)


def seal(p: Page, cx: float, cy: float, r: float, top: str, mid: str) -> None:
    """A round rubber stamp with two rings and the wording inside."""
    ring(p, cx, cy, r)
    ring(p, cx, cy, r - 3)
    pt = shrink(top, "Helvetica", 6.5, r * 1.5)
    p.text(cx, cy - r * 0.35, fit(top, "Helvetica", pt, r * 1.5), "Helvetica", pt, "center")
    pt2 = shrink(mid, "Helvetica-Bold", 7, r * 1.4)
    p.text(
        cx, cy + r * 0.45, fit(mid, "Helvetica-Bold", pt2, r * 1.4), "Helvetica-Bold", pt2, "center"
    )


def heading(p: Page, s: Style, h: Head, top: float | None = None) -> float:
    """Print ``h``'s letterhead at the top of ``p``; the y where the content starts."""
    w, _ = p.size
    m = s.margin
    y = max(m - 14, 22.0) if top is None else top
    tel = f"{tr(h.lang, 'Tel', 'Tel.', 'Tél.')} {h.phone}" if h.phone else ""
    where = f"{h.street}, {h.town}"
    contact = "  ".join(t for t in (tel, h.mail) if t)
    tag = TAGLINES.get(h.role)
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
        p.rect(m, y - 12, 26, 26, fill=0.1)
        p.text(m + 13, y + 5, h.name[:1], "Helvetica-Bold", 14, "center")
        p.rect(m + 13, y - 12, 13, 26, fill=None)
        p.text(m + 34, y, fit(h.name, h.bold, 12, w / 2), h.bold, 12)
        p.text(m + 34, y + 12, fit(where, h.font, 7, w / 2), h.font, 7)
        if contact:
            p.text(m + 34, y + 21, fit(contact, h.font, 7, w / 2), h.font, 7)
        return y + 48
    if h.look == "band":
        p.rect(0, y - 14, w, 26, fill=0.8)
        pt = shrink(h.name.upper(), h.bold, 12, w - 2 * m)
        p.text(m, y + 3, h.name.upper(), h.bold, pt)
        p.text(m, y + 24, fit(f"{where}   {contact}", h.font, 7, w - 2 * m), h.font, 7)
        return y + 46
    if h.look == "centred":
        if h.role in ("studio", "label", "plant"):
            disc(p, w / 2, y - 2, 12)
            y += 18
        pt = shrink(h.name, h.bold, s.size + 6, w - 2 * m)
        p.text(w / 2, y + 2, h.name, h.bold, pt, "center")
        it = italic_of(h.font)
        p.text(w / 2, y + 15, fit(line2 or where, it, 7.5, w - 2 * m), it, 7.5, "center")
        low = f"{where}   {contact}" if line2 else contact
        if low:
            p.text(w / 2, y + 24, fit(low, h.font, 7, w - 2 * m), h.font, 7, "center")
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
        pt = shrink(h.name, h.bold, s.size + 4, w * 0.6 - m)
        p.text(m, y + 4, h.name, h.bold, pt)
        if line2:
            p.text(
                m, y + 15, fit(line2, italic_of(h.font), 7.5, w * 0.6 - m), italic_of(h.font), 7.5
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
        if h.again and top:
            return heading(p, s, h)
        return running_header(p, s, header) if header else s.margin - 4

    w, hh = s.page_size
    return Sheets((w, hh), hh - s.margin - 7 * len(h.foot) - 8, start)


def scrawl(p: Page, x: float, y: float, name: str, pt: float = 13) -> None:
    """A handwritten signature over the baseline ``y``."""
    for cut in (" for ", " für ", " pour ", " (", " - ", ", "):
        name = name.split(cut)[0]
    parts = [t for t in name.replace("-", " ").replace(".", " ").split() if t[0].isupper()]
    parts = parts or name.split()
    text = f"{parts[0][0]}{parts[-1][:8]}" if len(parts) > 1 else parts[0][:9]
    p.text(x + 2, y - 1, text, INK, pt)
    end = x + 6 + tw(text, INK, pt)
    p.line(end - 4, y - 2, end + 12, y - 9)
    p.line(x, y + 2, end - 8, y + 1)


def received(rng: random.Random, p: Page, d: date, odds: float = 0.35) -> None:
    """Now and then the studio's received stamp on the first page."""
    if rng.random() < odds:
        w, _ = p.size
        lg = home()
        stamp(
            p,
            w - rng.uniform(150, 230),
            p.size[1] - rng.uniform(120, 260) if rng.random() < 0.6 else rng.uniform(20, 60),
            [
                tr(lg, "RECEIVED", "EINGEGANGEN", "REÇU LE"),
                short(d + timedelta(days=rng.randint(1, 5)), lg),
                rng.choice(
                    {
                        "en": ["Accounts", "Label", "Studio"],
                        "de": ["Buchhaltung", "Label", "Studio"],
                        "fr": ["Compta", "Label", "Studio"],
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
        fit(
            tr(
                lang,
                ["Yours sincerely", "Kind regards", "Best wishes", "Yours faithfully"][
                    len(name) % 4
                ],
                "Mit freundlichen Grüßen",
                "Nous vous prions d'agréer nos salutations distinguées.",
            ),
            s.font,
            s.size,
            f.size[0] - 2 * m,
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
    r = random.Random(zlib.crc32(f"peeler/staff/{tag}/{h.name}/{OFFICE['seed']}".encode()))
    return person(r, h.lang)


def mx(name: str, lang: str) -> str:
    female = name.split()[0] in FEMALE
    if lang == "de":
        return f"{'Frau' if female else 'Herr'} {name}"
    if lang == "fr":
        return f"{'Madame' if female else 'Monsieur'} {name}"
    return name


def musician_name(h: Head) -> str:
    return h.name.split(" - ")[0].replace(" Music", "").strip()


def head_lines(h: Head, att: str = "") -> list[str]:
    return [h.name, *([att] if att else []), h.street, h.town]


def studio_lines(att: str = "") -> list[str]:
    return head_lines(studio_head(), att)


def label_lines(att: str = "") -> list[str]:
    return head_lines(label_head(), att)


def neg(v: float, lg: str) -> str:
    """An amount taken off: "- £36.13", "- 36,13 €"."""
    return f"- {cash(abs(v), lg)}"


IBAN_MASK = {
    "en": "GB99 AAAA 9999 9999 9999 99",
    "de": "DE99 9999 9999 9999 9999 99",
    "fr": "FR76 9999 9999 9999 9999 9999 999",
}


def vat_rate(lang: str) -> float:
    return {"en": 20.0, "de": 19.0, "fr": 20.0}[lang]


def totals(
    f: Sheets, s: Style, lg: str, net: float, rate: float, label: str = "", less: float = 0.0
) -> float:
    """Net, tax at ``rate``, total (and a deposit ``less``) right-aligned under a table."""
    w, _ = f.size
    m = s.margin
    f.need(80)
    f.y += 4
    f.page.line(w * 0.55, f.y - 8, w - m, f.y - 8)
    tax = round(net * rate / 100, 2)
    rows = [(tr(lg, "Net total", "Summe netto", "Total HT"), net)]
    if rate:
        rows.append((label or tr(lg, f"VAT {rate:g}%", f"USt. {rate:g} %", f"TVA {rate:g} %"), tax))
    gross = net + tax
    rows.append((tr(lg, "Total", "Gesamtbetrag", "Total TTC" if rate else "Total"), gross))
    if less:
        rows.append((tr(lg, "Less deposit paid", "abzgl. Anzahlung", "Acompte versé"), -less))
        rows.append((tr(lg, "Balance due", "Zahlbetrag", "Reste à payer"), gross - less))
    for k, (t, v) in enumerate(rows):
        bold = s.bold if k == len(rows) - 1 else s.font
        f.page.text(w * 0.56, f.y, t, bold, s.size)
        f.page.text(w - m, f.y, cash(v, lg) if v >= 0 else neg(v, lg), bold, s.size, "right")
        f.y += s.size * 1.5
    return gross


def small_print(
    rng: random.Random, s0: Style, title: str, heads: list[str], lg: str, topic: str = "legal"
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


def sign_blocks(
    f: Sheets, s: Style, lg: str, left: str, right: str, signed: tuple[bool, bool]
) -> None:
    """Two signature blocks side by side: a line, the name under it, a scrawl if signed."""
    w, _ = f.size
    m = s.margin
    f.need(90)
    f.y += 30
    half = (w - 2 * m) / 2
    for k, (who, on) in enumerate(((left, signed[0]), (right, signed[1]))):
        x = m + k * half
        f.page.text(x, f.y - 34, tr(lg, "Signed", "Unterschrift", "Signature"), s.font, s.size - 2)
        if on:
            scrawl(f.page, x + 6, f.y - 6, who)
        f.page.line(x, f.y, x + half - 24, f.y)
        f.page.text(x, f.y + 11, fit(who, s.font, s.size - 1, half - 24), s.font, s.size - 1)
        f.page.text(
            x,
            f.y + 22,
            tr(lg, "Date: ", "Datum: ", "Date : ") + ("_" * 14),
            s.font,
            s.size - 2,
        )
    f.y += 40


# ---------------------------------------------------------------------------------------------
# Templates KKKKK: the studio's bookings, sessions and players
# ---------------------------------------------------------------------------------------------

BOOKING_TERMS = {
    "en": [
        "Bookings and deposits",
        "Cancellation",
        "Overtime",
        "Equipment and damage",
        "Storage of media and data",
        "Ownership of recordings",
        "Payment",
        "Liability",
        "Conduct on the premises",
        "Governing law",
    ],
    "de": [
        "Buchung und Anzahlung",
        "Stornierung",
        "Überstunden",
        "Technik und Schäden",
        "Datensicherung und Archivierung",
        "Rechte an den Aufnahmen",
        "Zahlung",
        "Haftung",
        "Hausordnung",
        "Gerichtsstand",
    ],
    "fr": [
        "Réservation et acompte",
        "Annulation",
        "Heures supplémentaires",
        "Matériel et dégradations",
        "Conservation des données",
        "Propriété des enregistrements",
        "Paiement",
        "Responsabilité",
        "Règlement intérieur",
        "Juridiction",
    ],
}


def tpl_booking_confirmation(rng: random.Random, who: Issuer) -> list[Page]:
    """The studio's booking confirmation to a band or producer: the booking particulars, the
    days with room and engineer, the deposit to pay; the booking terms on a second page now
    and then, and an acceptance slip to return at the foot now and then."""
    h = studio_head()
    lg = h.lang
    s = style_of(h)
    w, hh = s.page_size
    m = s.margin
    ses = a_session(rng, who)
    d = ses.first - timedelta(days=rng.randint(6, 30))
    title = tr(lg, "BOOKING CONFIRMATION", "BUCHUNGSBESTÄTIGUNG", "CONFIRMATION DE RÉSERVATION")
    f = sheets(s, h, f"{h.name} - {title.title()} {ses.ref}")
    c = make_head(ses.client, ses.client_lang, "client")
    recipient(
        f,
        s,
        h,
        head_lines(c),
        d,
        [(tr(lg, "Booking ref", "Buchungs-Nr.", "Réf. réservation"), ses.ref)],
    )
    caption(f, s, title, 3)
    f.y = (
        pairs(
            f.page,
            s,
            m,
            f.y,
            [
                (tr(lg, "Artist / project", "Künstler / Projekt", "Artiste / projet"), ses.artist),
                (tr(lg, "Room", "Raum", "Salle"), ses.room),
                (tr(lg, "Engineer", "Toningenieur", "Ingénieur du son"), ses.engineer),
                (
                    tr(lg, "Session hours", "Sessionzeiten", "Horaires"),
                    rng.choice(["10:00 - 22:00", "11:00 - 23:00", "10:00 - 20:00"]),
                ),
            ],
            w * 0.75,
        )
        + 8
    )
    rows = []
    net = 0.0
    for k in range(ses.days):
        dd = ses.first + timedelta(days=k)
        what = rng.choice(
            {
                "en": ["Tracking", "Tracking", "Overdubs", "Mixing"],
                "de": ["Aufnahme", "Aufnahme", "Overdubs", "Mischung"],
                "fr": ["Prises", "Prises", "Overdubs", "Mixage"],
            }[lg]
        )
        rows.append([short(dd, lg), what, tr(lg, "day", "Tag", "jour"), money(ses.rate, lg)])
        net += ses.rate
    if rng.random() < 0.5:
        extra = rng.choice([("2 inch tape (reel)", 240.0), ("Steinway D tuning", 120.0)])
        lab = tr(
            lg,
            extra[0],
            "Flügelstimmung" if "Steinway" in extra[0] else "Bandmaterial 2 Zoll",
            "Accord du piano" if "Steinway" in extra[0] else "Bande 2 pouces",
        )
        rows.append(["", lab, "1", money(extra[1], lg)])
        net += extra[1]
    cols = columns(m, w - m, [(1.3, "left"), (3, "left"), (0.8, "center"), (1.2, "right")])
    table(
        f,
        cols,
        [
            tr(lg, "Date", "Datum", "Date"),
            tr(lg, "Session", "Leistung", "Prestation"),
            tr(lg, "Unit", "Einheit", "Unité"),
            tr(lg, "Rate", "Preis", "Tarif"),
        ],
        rows,
        s,
        rules=True,
    )
    totals(f, s, lg, round(net, 2), vat_rate(lg))
    dep = round(net * rng.choice([0.25, 0.3, 0.5]), 2)
    write(
        f,
        s,
        tr(
            lg,
            f"To hold these dates we need a non-refundable deposit of {cash(dep, lg)} within "
            f"seven days. The balance is due on the last day of the session.",
            f"Zur verbindlichen Reservierung bitten wir um eine Anzahlung von {cash(dep, lg)} "
            f"innerhalb von 7 Tagen. Der Restbetrag ist am letzten Sessiontag fällig.",
            f"Pour bloquer ces dates, un acompte de {cash(dep, lg)} est à régler sous 8 jours. "
            f"Le solde est payable le dernier jour de la séance.",
        ),
    )
    write(f, s, prose(rng, lg, "studio", 1, 2), s.size - 1)
    slip = rng.random() < 0.35 and f.y < hh - 260
    regards(
        f,
        s,
        lg,
        crew("owner") if rng.random() < 0.5 else ses.engineer,
        tr(lg, "Studio", "Studio", "Studio"),
    )
    if slip:
        y = hh - m - 120 - 7 * len(h.foot)
        slip_rule(
            f.page,
            m,
            w - m,
            y,
            tr(lg, "Please sign and return", "Bitte unterschrieben zurück", "À retourner signé"),
        )
        f.page.text(
            m,
            y + 18,
            tr(
                lg,
                f"We accept booking {ses.ref} and the booking terms.",
                f"Wir bestätigen die Buchung {ses.ref} und die Studiobedingungen.",
                f"Bon pour accord, réservation {ses.ref}, conditions acceptées.",
            ),
            s.font,
            s.size - 1,
        )
        fields(
            f.page,
            s,
            m,
            y + 28,
            w - 2 * m,
            [
                (tr(lg, "Name", "Name", "Nom"), ""),
                (tr(lg, "Date", "Datum", "Date"), ""),
                (tr(lg, "Signature", "Unterschrift", "Signature"), ""),
            ],
            per=3,
            tall=30,
        )
    pages = f.pages
    if rng.random() < 0.4:
        pages.append(
            small_print(
                rng,
                s,
                tr(
                    lg,
                    "STUDIO BOOKING TERMS",
                    "ALLGEMEINE STUDIOBEDINGUNGEN",
                    "CONDITIONS GÉNÉRALES DE RÉSERVATION",
                ),
                BOOKING_TERMS[lg],
                lg,
                "studio",
            )
        )
    remember(d, ses)
    return close(pages, s, h, numbers="none" if len(pages) == 1 else h.numbers)


def tpl_session_sheet(rng: random.Random, who: Issuer) -> list[Page]:
    """The engineer's session sheet, a printed form filled in by hand: times, project, format,
    the takes with comments, the players present and the client's signature for the hours;
    now and then the multitrack sheet on a landscape page behind."""
    h = studio_head()
    lg = h.lang
    s = style_of(h, A4, margin=40, pt=8.5)
    w, hh = A4
    m = s.margin
    ses = session_for(rng, who, ("booking_confirmation", "session_sheet"))
    if after(("session_sheet",)) and isinstance(LAST["day"], date):
        d = LAST["day"] + timedelta(days=1)  # type: ignore[operator]
    elif after(("booking_confirmation",)):
        d = ses.first
    else:
        d = some_day(rng)
    p = Page(A4)
    y = heading(p, s, h) - 6
    title = tr(lg, "SESSION SHEET", "SESSIONPROTOKOLL", "FEUILLE DE SÉANCE")
    p.text(w - m, y, title, s.bold, 13, "right")
    p.text(m, y, f"No. {serial(rng, '9999')}", HAND, 10)
    y += 16
    start = rng.choice([10, 10, 11, 12])
    end = start + rng.randint(7, 12)
    y = fields(
        p,
        s,
        m,
        y,
        w - 2 * m,
        [
            (tr(lg, "Date", "Datum", "Date"), short(d, lg)),
            (tr(lg, "Booking ref", "Buchungs-Nr.", "Réf. réservation"), ses.ref),
            (tr(lg, "Artist", "Künstler", "Artiste"), ses.artist),
            (tr(lg, "Client", "Kunde", "Client"), ses.client[0]),
            (tr(lg, "Engineer", "Tonmeister", "Ingénieur"), ses.engineer),
            (
                tr(lg, "Assistant", "Assistenz", "Assistant"),
                crew("assistant") if rng.random() < 0.7 else "",
            ),
            (tr(lg, "Start", "Beginn", "Début"), f"{start}:00"),
            (tr(lg, "Finish", "Ende", "Fin"), f"{end % 24}:{rng.choice(['00', '15', '30', '45'])}"),
            (tr(lg, "Breaks", "Pausen", "Pauses"), f"{rng.choice([30, 45, 60, 90])} min"),
            (
                tr(lg, "DAW session / reel", "Projektdatei / Band", "Session / bande"),
                f"{ses.artist[:10].replace(' ', '')}_{d.strftime('%y%m%d')}",
            ),
        ],
        per=2,
        tall=24,
    )
    y = band(p, s, y, tr(lg, "Format", "Format", "Format"))
    y += 12
    p.text(m, y, tr(lg, "Sample rate", "Abtastrate", "Fréq. d'éch."), s.font, 8)
    y = ticks(
        p,
        s,
        m + 70,
        y,
        w - 2 * m - 70,
        ["44.1 kHz", "48 kHz", "88.2 kHz", "96 kHz", tr(lg, '2" tape', '2"-Band', 'bande 2"')],
        {rng.choice([1, 3, 3, 4])},
    )
    p.text(m, y, tr(lg, "Bit depth", "Auflösung", "Résolution"), s.font, 8)
    y = ticks(p, s, m + 70, y, w - 2 * m - 70, ["16 bit", "24 bit", "32 bit float"], {1}) + 4
    y = band(p, s, y, tr(lg, "Takes", "Takes", "Prises"))
    y += 12
    cols = [(m, m + 150), (m + 150, m + 190), (m + 190, m + 260), (m + 260, w - m)]
    for (x0, _), t in zip(
        cols,
        [
            tr(lg, "Song", "Titel", "Titre"),
            "Take",
            "TC",
            tr(lg, "Comments", "Bemerkungen", "Remarques"),
        ],
        strict=True,
    ):
        p.text(x0 + 2, y, t, s.bold, 8)
    y += 5
    remarks = {
        "en": [
            "keeper",
            "good vibe, timing drifts",
            "use for comp",
            "false start",
            "best vocal",
            "drums only",
            "bass DI + amp",
            "retake bridge",
        ],
        "de": [
            "gut!",
            "Timing schwankt",
            "für Comp",
            "Fehlstart",
            "bester Gesang",
            "nur Drums",
            "Bass DI + Amp",
            "Bridge neu",
        ],
        "fr": [
            "la bonne",
            "bonne énergie, tempo flotte",
            "pour comp",
            "faux départ",
            "meilleure voix",
            "batterie seule",
            "basse DI + ampli",
            "refaire pont",
        ],
    }[lg]
    rows = rng.randint(6, 16)
    for k in range(rows):
        p.line(m, y, w - m, y)
        y += 15
        if y > hh - 190:
            break
        song = ses.songs[min(k // 3, len(ses.songs) - 1)]
        hand(p, cols[0][0] + 3, y - 4, song, 8.5, 144)
        hand(p, cols[1][0] + 4, y - 4, str(k % 3 + 1), 8.5)
        hand(p, cols[2][0] + 3, y - 4, f"{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}", 8.5)
        if rng.random() < 0.7:
            hand(p, cols[3][0] + 3, y - 4, rng.choice(remarks), 8.5, cols[3][1] - cols[3][0] - 6)
    p.line(m, y, w - m, y)
    for x0, _ in cols[1:]:
        p.line(x0, y - 15 * (rows + 1), x0, y)
    y += 18
    p.text(
        m, y, tr(lg, "Musicians present:", "Anwesende Musiker:", "Musiciens présents :"), s.font, 8
    )
    players = [
        musician_name(make_head(rng.choice(SENDERS["musician"][lg]), lg, "musician"))
        for _ in range(rng.randint(1, 4))
    ]
    hand(p, m + 100, y, ", ".join(dict.fromkeys(players)), 9, w - 2 * m - 100)
    y += 20
    p.text(
        m,
        y,
        tr(
            lg,
            "Hours confirmed (client):",
            "Stunden bestätigt (Kunde):",
            "Heures validées (client) :",
        ),
        s.font,
        8,
    )
    p.line(m + 130, y + 2, m + 300, y + 2)
    if rng.random() < 0.75:
        scrawl(p, m + 140, y - 1, ses.artist, 12)
    p.text(m + 320, y, tr(lg, "Engineer:", "Tonmeister:", "Ingénieur :"), s.font, 8)
    scrawl(p, m + 380, y - 1, ses.engineer, 12)
    if rng.random() < 0.4:
        hand(
            p,
            m,
            hh - 70,
            tr(
                lg,
                "NB: backup to RAID + cloud done",
                "Backup auf RAID + Cloud erledigt",
                "Sauvegarde RAID + cloud OK",
            ),
            9,
        )
    pages = [p]
    if rng.random() < 0.35:
        q = Page(LAND)
        lw, lh = LAND
        q.text(
            m, 40, tr(lg, "TRACK SHEET", "SPURBELEGUNG", "FEUILLE DE PISTES"), "Helvetica-Bold", 12
        )
        q.text(lw / 2, 40, f"{ses.artist} - {ses.songs[0]}", "Helvetica", 9, "center")
        hand(q, lw - m - 120, 40, short(d, lg), 9)
        n = rng.choice([16, 24, 24, 32])
        per = 8
        cw = (lw - 2 * m) / per
        rows_n = n // per
        rh = (lh - 120) / rows_n
        inst = [
            "Kick in",
            "Kick out",
            "Snare top",
            "Snare btm",
            "Hat",
            "Tom 1",
            "Tom 2",
            "OH L",
            "OH R",
            "Room",
            "Bass DI",
            "Bass amp",
            "Gtr 1",
            "Gtr 2",
            "Keys L",
            "Keys R",
            "Vox",
            "Vox dbl",
            "BV 1",
            "BV 2",
            "Perc",
            "Click",
            "Org",
            "Spare",
        ]
        mics = [
            "D112",
            "U47 FET",
            "SM57",
            "KM84",
            "414",
            "MD421",
            "C414",
            "Coles 4038",
            "U87",
            "R121",
            "DI",
            "SM7B",
        ]
        for k in range(n):
            cx = m + (k % per) * cw
            cy = 60 + (k // per) * rh
            q.rect(cx, cy, cw, rh)
            q.text(cx + 4, cy + 11, str(k + 1), "Helvetica-Bold", 8)
            if k < len(inst) and rng.random() < 0.85:
                hand(q, cx + 6, cy + rh / 2, inst[k], 9, cw - 10)
                hand(q, cx + 6, cy + rh / 2 + 14, rng.choice(mics), 8, cw - 10)
        q.text(m, lh - 30, tr(lg, "Tempo", "Tempo", "Tempo") + ":", "Helvetica", 8)
        hand(q, m + 40, lh - 30, f"{rng.randint(68, 160)} bpm", 9)
        pages.append(q)
    remember(d, ses)
    return pages


CONSENT = {
    "en": [
        "Engagement",
        "Fee and buy-out",
        "Performer's consent",
        "Credit",
        "Name and likeness",
        "Warranties",
        "Payment",
        "Data protection",
    ],
    "de": [
        "Mitwirkung",
        "Vergütung",
        "Einwilligung und Rechteübertragung",
        "Namensnennung",
        "Name und Bild",
        "Zusicherungen",
        "Zahlung",
        "Datenschutz",
    ],
    "fr": [
        "Objet",
        "Rémunération",
        "Cession des droits voisins",
        "Mention au générique",
        "Nom et image",
        "Garanties",
        "Paiement",
        "Données personnelles",
    ],
}


def tpl_musician_agreement(rng: random.Random, who: Issuer) -> list[Page]:
    """A session musician agreement with the performer's consent on the label's form: the
    player's particulars and fee filled in by hand, the numbered terms, both signatures; now
    and then a second page with the player's payment and tax details."""
    h = label_head()
    lg = h.lang
    s = style_of(h, A4, pt=8.5)
    w, _hh = A4
    m = s.margin
    ses = session_for(rng, who, ("session_sheet", "musician_agreement"))
    d = last_day(rng, ("session_sheet", "musician_agreement"), (0, 1))
    pl_lang = lg if rng.random() < 0.85 else rng.choice([x for x in ("en", "de", "fr") if x != lg])
    ph = make_head(rng.choice(SENDERS["musician"][pl_lang]), pl_lang, "musician")
    f = sheets(s, h)
    title = tr(
        lg,
        "SESSION MUSICIAN AGREEMENT AND PERFORMER'S CONSENT",
        "MITWIRKENDENVEREINBARUNG (STUDIOMUSIKER)",
        "CONTRAT D'ENREGISTREMENT - ARTISTE-INTERPRÈTE",
    )
    caption(f, s, title, 2.5, rule=True)
    fee = rng.choice([150.0, 180.0, 200.0, 250.0, 300.0, 350.0])
    inst = rng.choice(
        {
            "en": [
                "drums",
                "bass",
                "violin",
                "cello",
                "trumpet",
                "pedal steel",
                "backing vocals",
                "piano",
            ],
            "de": [
                "Schlagzeug",
                "Kontrabass",
                "Violine",
                "Cello",
                "Trompete",
                "Hammondorgel",
                "Chor",
                "Klavier",
            ],
            "fr": [
                "batterie",
                "contrebasse",
                "violon",
                "violoncelle",
                "trompette",
                "orgue",
                "chœurs",
                "piano",
            ],
        }[lg]
    )
    f.y = fields(
        f.page,
        s,
        m,
        f.y,
        w - 2 * m,
        [
            (tr(lg, "Performer (full name)", "Name, Vorname", "Nom et prénom"), musician_name(ph)),
            (tr(lg, "Instrument(s)", "Instrument(e)", "Instrument(s)"), inst),
            (tr(lg, "Address", "Anschrift", "Adresse"), f"{ph.street}, {ph.town}"),
            (tr(lg, "Session date", "Aufnahmetag", "Date de séance"), short(d, lg)),
            (
                tr(lg, "Artist / project", "Künstler / Produktion", "Artiste / production"),
                ses.artist,
            ),
            (tr(lg, "Studio", "Studio", "Studio"), studio_row()[0]),
            (tr(lg, "Fee (total)", "Honorar gesamt", "Cachet brut"), cash(fee, lg)),
            (tr(lg, "Hours", "Stunden", "Heures"), str(rng.choice([3, 4, 6, 8]))),
        ],
        per=2,
        tall=25,
    )
    f.page.text(
        m, f.y, tr(lg, "Titles recorded:", "Aufgenommene Titel:", "Titres enregistrés :"), s.bold, 8
    )
    lab_w = tw(tr(lg, "Titles recorded:", "Aufgenommene Titel:", "Titres enregistrés :"), s.bold, 8)
    hand(
        f.page,
        m + lab_w + 8,
        f.y,
        ", ".join(ses.songs[: rng.randint(1, len(ses.songs))]),
        9,
        w - 2 * m - lab_w - 8,
    )
    f.y += 18
    for k, head in enumerate(CONSENT[lg]):
        f.need(40)
        f.page.text(m, f.y, f"{k + 1}. {head}", s.bold, 8)
        f.y += 10
        write(f, s, prose(rng, lg, "legal", 1, 2), 7.5)
    f.y += 4
    f.page.text(
        m,
        f.y,
        tr(lg, "Union member:", "Mitglied Gewerkschaft / GVL:", "Adhérent SPEDIDAM / ADAMI :"),
        s.font,
        8,
    )
    f.y = ticks(f.page, s, m + 140, f.y, w - 2 * m - 140, yes_no(lg), {rng.randrange(2)}) + 6
    sign_blocks(f, s, lg, musician_name(ph), crew("label"), (True, rng.random() < 0.7))
    pages = f.pages
    if rng.random() < 0.35:
        g = sheets(s, h, top=False)
        caption(g, s, tr(lg, "PAYMENT DETAILS", "ZAHLUNGSANGABEN", "COORDONNÉES DE PAIEMENT"), 2)
        g.y = fields(
            g.page,
            s,
            m,
            g.y,
            w - 2 * m,
            [
                (tr(lg, "Account holder", "Kontoinhaber", "Titulaire"), musician_name(ph)),
                (
                    "IBAN" if lg != "en" else "Sort code / account",
                    serial(rng, "99-99-99  99999999" if lg == "en" else IBAN_MASK[lg]),
                ),
                (
                    tr(lg, "National Insurance no.", "Steuer-ID", "N° Sécurité sociale"),
                    serial(rng, "AA 99 99 99 A" if lg == "en" else "99 999 999 999"),
                ),
                (
                    tr(lg, "VAT registered?", "umsatzsteuerpflichtig?", "Assujetti TVA ?"),
                    rng.choice(yes_no(lg)),
                ),
                (
                    tr(lg, "Invoice to follow", "Rechnung folgt", "Facture à suivre"),
                    rng.choice(yes_no(lg)),
                ),
                (
                    tr(lg, "E-mail", "E-Mail", "Courriel"),
                    musician_name(ph).split()[0].lower()
                    + "@"
                    + rng.choice(["gmail.com", "posteo.de", "orange.fr", "icloud.com"]),
                ),
            ],
            per=2,
            tall=28,
        )
        write(
            g,
            s,
            tr(
                lg,
                "For office use: paid by BACS on",
                "Vom Büro auszufüllen: überwiesen am",
                "Réservé au bureau : virement le",
            ),
            8,
        )
        if rng.random() < 0.5:
            hand(g.page, m + 200, g.y - 12, short(d + timedelta(days=rng.randint(5, 20)), lg))
        pages = pages + g.pages
    remember(d, (ses, ph, fee))
    return close(pages, s, h, numbers="none")


def tpl_musician_invoice(rng: random.Random, who: Issuer) -> list[Page]:
    """A session musician's invoice to the studio or label: typed on the player's own simple
    letterhead (A4), or a page from a carbon invoice book on A5 filled in by hand."""
    ex = LAST["extra"]
    if after(("musician_agreement",)) and isinstance(ex, tuple) and len(ex) == 3:
        ses, ph, fee = ex
        d = last_day(rng, ("musician_agreement",), (1, 12))
    else:
        r = keyed(who, "player")
        pl_lang = (
            home() if r.random() < 0.8 else r.choice([x for x in ("en", "de", "fr") if x != home()])
        )
        ph = make_head(r.choice(SENDERS["musician"][pl_lang]), pl_lang, "musician")
        ses = a_session(rng, who)
        fee = rng.choice([150.0, 200.0, 250.0, 320.0, 400.0])
        d = some_day(rng)
    lg = ph.lang
    no = f"{d.year % 100}{rng.randint(1, 60):03d}"
    items = [
        (
            tr(
                lg,
                f"Session fee - {ses.artist}",
                f"Studiohonorar - {ses.artist}",
                f"Cachet séance - {ses.artist}",
            ),
            fee,
        )
    ]
    if rng.random() < 0.5:
        items.append(
            (
                tr(lg, "Cartage", "Instrumententransport", "Transport instrument"),
                rng.choice([25.0, 40.0, 60.0]),
            )
        )
    if rng.random() < 0.4:
        items.append(
            (tr(lg, "Travel", "Fahrtkosten", "Frais de déplacement"), round(rng.uniform(12, 90), 2))
        )
    net = sum(v for _, v in items)
    vat = {
        "en": "Not VAT registered.",
        "de": "Gemäß § 19 UStG wird keine Umsatzsteuer berechnet.",
        "fr": "TVA non applicable, art. 293 B du CGI.",
    }[lg]
    if rng.random() < 0.4:
        s = style_of(ph, A5, margin=30, pt=8)
        w, hh = A5
        m = 30
        p = Page(A5)
        p.text(m, 40, tr(lg, "INVOICE", "RECHNUNG", "FACTURE"), "Helvetica-Bold", 14)
        p.text(w - m - 74, 40, "No.", "Helvetica", 9, "right")
        hand(p, w - m - 68, 40, no, 11)
        y = 60
        for cap, val in [
            (tr(lg, "From", "Von", "De"), f"{musician_name(ph)}, {ph.town}"),
            (tr(lg, "To", "An", "À"), studio_row()[0]),
            (tr(lg, "Date", "Datum", "Date"), short(d, lg)),
        ]:
            p.text(m, y, cap, "Helvetica", 8)
            p.line(m + 40, y + 2, w - m, y + 2)
            hand(p, m + 44, y, val, 9.5, w - 2 * m - 50)
            y += 18
        y += 6
        p.rect(m, y, w - 2 * m, 16, fill=0.85)
        p.text(m + 4, y + 11, tr(lg, "Description", "Leistung", "Désignation"), "Helvetica-Bold", 8)
        p.text(
            w - m - 4, y + 11, tr(lg, "Amount", "Betrag", "Montant"), "Helvetica-Bold", 8, "right"
        )
        y += 16
        for k in range(8):
            p.rect(m, y, w - 2 * m, 18)
            p.line(w - m - 70, y, w - m - 70, y + 18)
            if k < len(items):
                hand(p, m + 4, y + 13, items[k][0], 8.5, w - 2 * m - 80)
                hand(p, w - m - 66, y + 13, money(items[k][1], lg), 9)
            y += 18
        p.text(w - m - 74, y + 14, tr(lg, "Total", "Summe", "Total"), "Helvetica-Bold", 9, "right")
        hand(p, w - m - 66, y + 14, money(net, lg), 10)
        y += 34
        hand(p, m, y, vat, 8, w - 2 * m)
        y += 16
        hand(
            p,
            m,
            y,
            tr(lg, "Bank: ", "Bank: ", "RIB : ")
            + serial(rng, "99-99-99 99999999" if lg == "en" else IBAN_MASK[lg]),
            8.5,
            w - 2 * m,
        )
        scrawl(p, w - m - 110, hh - 70, musician_name(ph), 12)
        p.text(
            m,
            hh - 24,
            tr(lg, "Duplicate - customer copy", "Durchschrift", "Duplicata"),
            "Helvetica",
            6,
        )
        received(rng, p, d, 0.3)
        remember(d, ses)
        return [p]
    s = style_of(ph)
    w, hh = A4
    m = s.margin
    f = sheets(s, ph)
    recipient(
        f,
        s,
        ph,
        label_lines() if rng.random() < 0.5 else studio_lines(),
        d,
        [(tr(lg, "Invoice no.", "Rechnungs-Nr.", "Facture n°"), no)],
    )
    caption(f, s, tr(lg, "Invoice", "Rechnung", "Facture"), 4)
    write(
        f,
        s,
        tr(
            lg,
            f"Session on {day(ph, ses.first)} at {studio_row()[0]} for {ses.artist}.",
            f"Studioaufnahme am {day(ph, ses.first)} bei {studio_row()[0]} für {ses.artist}.",
            f"Séance du {day(ph, ses.first)} au {studio_row()[0]} pour {ses.artist}.",
        ),
    )
    cols = columns(m, w - m, [(4, "left"), (1.2, "right")])
    table(
        f,
        cols,
        [tr(lg, "Description", "Leistung", "Désignation"), tr(lg, "Amount", "Betrag", "Montant")],
        [[t, money(v, lg)] for t, v in items],
        s,
        rules=True,
    )
    reg = rng.random() < 0.3
    totals(f, s, lg, round(net, 2), vat_rate(lg) if reg else 0.0)
    if not reg:
        write(f, s, vat, s.size - 1)
    write(
        f,
        s,
        tr(
            lg,
            "Payment within 14 days to:",
            "Bitte überweisen Sie den Betrag innerhalb von 14 Tagen auf:",
            "Règlement à 30 jours par virement :",
        ),
        s.size - 1,
    )
    write(
        f,
        s,
        serial(
            rng,
            "Sort code 99-99-99  Account 99999999" if lg == "en" else "IBAN " + IBAN_MASK[lg],
        ),
        s.size - 1,
    )
    regards(f, s, lg, musician_name(ph), "")
    pages = close(f.pages, s, ph, numbers="none")
    received(rng, pages[0], d, 0.3)
    remember(d, ses)
    return pages


# ---------------------------------------------------------------------------------------------
# Templates KKKKK: contracts
# ---------------------------------------------------------------------------------------------

PRODUCER_CLAUSES = {
    "en": [
        "Engagement of the Producer",
        "Recording budget",
        "Delivery of the Masters",
        "Producer's fee and advance",
        "Royalty",
        "Recoupment",
        "Credit",
        "Ownership and rights",
        "Remixes and edits",
        "Accounting and audit",
        "Warranties",
        "Termination",
        "Notices",
        "Law and jurisdiction",
    ],
    "de": [
        "Gegenstand",
        "Produktionsbudget",
        "Ablieferung der Masterbänder",
        "Produzentenhonorar und Vorschuss",
        "Umsatzbeteiligung",
        "Verrechnung",
        "Namensnennung",
        "Rechteeinräumung",
        "Remixe und Bearbeitungen",
        "Abrechnung und Buchprüfung",
        "Gewährleistung",
        "Kündigung",
        "Schriftform",
        "Gerichtsstand und anwendbares Recht",
    ],
    "fr": [
        "Objet",
        "Budget d'enregistrement",
        "Remise des bandes mères",
        "Rémunération et avance",
        "Redevances",
        "Récupération des avances",
        "Crédits",
        "Propriété et cession des droits",
        "Remixes",
        "Redditions de comptes",
        "Garanties",
        "Résiliation",
        "Notifications",
        "Loi applicable et juridiction",
    ],
}
RECORDING_CLAUSES = {
    "en": [
        "Definitions",
        "Term",
        "Recording commitment",
        "Advances",
        "Recording costs",
        "Royalties",
        "Digital exploitation",
        "Accounting",
        "Artwork and approvals",
        "Marketing and promotion",
        "Name and likeness",
        "Controlled compositions",
        "Warranties and indemnity",
        "Suspension and termination",
        "Assignment",
        "Notices",
        "Entire agreement",
        "Governing law",
    ],
    "de": [
        "Begriffsbestimmungen",
        "Vertragsdauer",
        "Produktionsverpflichtung",
        "Vorauszahlungen",
        "Produktionskosten",
        "Lizenzbeteiligung",
        "Digitale Auswertung",
        "Abrechnung",
        "Artwork und Freigaben",
        "Marketing und Promotion",
        "Name und Bildnis",
        "Eigene Kompositionen",
        "Gewährleistung und Freistellung",
        "Ruhen und Kündigung",
        "Übertragung",
        "Mitteilungen",
        "Vollständigkeit",
        "Anwendbares Recht",
    ],
    "fr": [
        "Définitions",
        "Durée",
        "Engagement d'enregistrement",
        "Avances",
        "Frais d'enregistrement",
        "Rémunération de l'artiste",
        "Exploitation numérique",
        "Redditions de comptes",
        "Visuels et validations",
        "Promotion",
        "Nom et image",
        "Œuvres de l'artiste",
        "Garanties",
        "Suspension et résiliation",
        "Cession du contrat",
        "Notifications",
        "Intégralité",
        "Loi applicable",
    ],
}


def clauses(f: Sheets, s: Style, rng: random.Random, lg: str, heads: list[str], sub: bool) -> None:
    """Numbered clauses, some with numbered subclauses."""
    w, _ = f.size
    m = s.margin
    for k, head in enumerate(heads, 1):
        f.heading(m, f"{k}. {head}" if lg != "de" else f"§ {k} {head}", s.bold, s.size)
        if sub and rng.random() < 0.6:
            for j in range(1, rng.randint(3, 5)):
                f.need(s.size * 3)
                f.page.text(m, f.y, f"{k}.{j}", s.font, s.size)
                f.para(m + 24, w - 2 * m - 24, prose(rng, lg, "legal", 1, 2), s.font, s.size)
        else:
            write(f, s, prose(rng, lg, "legal", 2, 4))


def tpl_producer_agreement(rng: random.Random, who: Issuer) -> list[Page]:
    """A producer agreement drawn up by the producer's manager or lawyer: now and then a
    covering letter, the agreement with numbered clauses, Schedule 1 with the producer's
    royalty and fee, and a signature page for both parties."""
    h = head_of(who, "producer")
    lg = h.lang
    s = style_of(h)
    w, _hh = s.page_size
    m = s.margin
    rel = release_of(who)
    d = some_day(rng)
    producer = staff(h, "producer")
    pages: list[Page] = []
    if rng.random() < 0.5:
        c = sheets(s, h)
        recipient(
            c,
            s,
            h,
            label_lines(mx(crew("label"), lg) if lg != "en" else crew("label")),
            d,
            [(tr(lg, "Our ref", "Unser Zeichen", "Nos réf."), serial(rng, "AA/999"))],
        )
        c.page.text(
            m,
            c.y,
            tr(
                lg,
                f"{rel.artist} - producer agreement ({producer})",
                f"{rel.artist} - Produzentenvertrag ({producer})",
                f"{rel.artist} - contrat de producteur ({producer})",
            ),
            s.bold,
            s.size,
        )
        c.y += 20
        write(c, s, dear(lg, mx(crew("label"), lg) if lg != "en" else None))
        write(
            c,
            s,
            tr(
                lg,
                "Please find enclosed two copies of the agreement for signature. "
                "Kindly return one signed copy to us.",
                "anbei erhalten Sie den Vertrag in zweifacher Ausfertigung "
                "mit der Bitte um Unterzeichnung und Rücksendung eines Exemplars.",
                "Veuillez trouver ci-joint le contrat en deux exemplaires, "
                "dont un à nous retourner signé.",
            ),
        )
        write(c, s, prose(rng, lg, "legal", 1, 3))
        regards(c, s, lg, staff(h, "manager"), "")
        c.page.text(m, c.y, tr(lg, "Enc.", "Anlage", "PJ"), s.font, s.size - 1)
        pages += close(c.pages, s, h, numbers="none")
    title = tr(lg, "PRODUCER AGREEMENT", "PRODUZENTENVERTRAG", "CONTRAT DE PRODUCTEUR")
    f = sheets(s, h, f"{title} - {rel.artist} / {producer}", top=rng.random() < 0.5)
    f.y += 10
    f.page.text(w / 2, f.y, title, s.bold, s.size + 6, "center")
    f.y += 26
    parties = [
        tr(
            lg,
            f"THIS AGREEMENT is made on {day(h, d)} BETWEEN:",
            "zwischen",
            "ENTRE LES SOUSSIGNÉS :",
        ),
        f"(1) {label_head().name}, {label_head().street}, {label_head().town} ("
        + tr(lg, '"the Company"', '"Label"', "« le Producteur phonographique »")
        + ")",
        tr(lg, "AND", "und", "ET"),
        f"(2) {producer}, c/o {h.name}, {h.street}, {h.town} ("
        + tr(lg, '"the Producer"', '"Produzent"', "« le Réalisateur artistique »")
        + ")",
    ]
    for t in parties:
        write(f, s, t)
    write(
        f,
        s,
        tr(
            lg,
            f"in respect of recordings by {rel.artist} for the album provisionally "
            f'entitled "{rel.title}".',
            f'über Aufnahmen von {rel.artist} für das Album "{rel.title}" (Arbeitstitel).',
            f"concernant les enregistrements de {rel.artist} pour l'album "
            f"« {rel.title} » (titre provisoire).",
        ),
    )
    clauses(f, s, rng, lg, PRODUCER_CLAUSES[lg], False)
    body = close(f.pages, s, h)
    # Schedule 1
    g = sheets(s, h, top=False)
    caption(
        g,
        s,
        tr(
            lg,
            "SCHEDULE 1 - FEES AND ROYALTY",
            "ANLAGE 1 - HONORAR UND BETEILIGUNG",
            "ANNEXE 1 - RÉMUNÉRATION",
        ),
        2,
    )
    pts = rng.choice([2, 3, 3, 4])
    adv = rng.choice([1500.0, 2500.0, 4000.0, 6000.0])
    cols = columns(m, w - m, [(3, "left"), (2, "right")])
    table(
        g,
        cols,
        [tr(lg, "Item", "Position", "Poste"), tr(lg, "Terms", "Konditionen", "Conditions")],
        [
            [
                tr(lg, "Producer fee per track", "Honorar je Titel", "Cachet par titre"),
                cash(rng.choice([300.0, 500.0, 750.0]), lg),
            ],
            [
                tr(lg, "Advance (recoupable)", "Vorschuss (verrechenbar)", "Avance récupérable"),
                cash(adv, lg),
            ],
            [
                tr(lg, "Royalty (physical)", "Beteiligung physisch", "Redevance physique"),
                f"{pts}% PPD",
            ],
            [
                tr(lg, "Royalty (digital)", "Beteiligung digital", "Redevance numérique"),
                f"{pts + 1}% {tr(lg, 'of receipts', 'der Erlöse', 'des recettes')}",
            ],
            [
                tr(lg, "Mix fee per track", "Mischhonorar je Titel", "Mixage par titre"),
                cash(rng.choice([250.0, 400.0]), lg),
            ],
            [
                tr(lg, "Accounting", "Abrechnung", "Reddition"),
                tr(lg, "half-yearly", "halbjährlich", "semestrielle"),
            ],
        ],
        s,
        rules=True,
    )
    g.y += 10
    write(g, s, prose(rng, lg, "legal", 1, 2), s.size - 1)
    g.new_page()
    caption(g, s, tr(lg, "SIGNATURES", "UNTERSCHRIFTEN", "SIGNATURES"), 1)
    write(
        g,
        s,
        tr(
            lg,
            "Signed by the parties on the date first written above.",
            "Ort, Datum:",
            "Fait en deux exemplaires originaux.",
        ),
    )
    sign_blocks(
        g,
        s,
        lg,
        f"{crew('label')} {tr(lg, 'for', 'für', 'pour')} {label_head().name}",
        producer,
        (rng.random() < 0.5, True),
    )
    if rng.random() < 0.5:
        sign_blocks(
            g,
            s,
            lg,
            tr(lg, "Witness", "Zeuge", "Témoin"),
            rel.artist + tr(lg, " (acknowledged)", " (zur Kenntnis)", " (lu et approuvé)"),
            (False, rng.random() < 0.6),
        )
    pages += close(body + g.pages, s, h, covers=len(pages))
    received(rng, pages[0], d, 0.3)
    remember(d, rel)
    return pages


def tpl_recording_contract(rng: random.Random, who: Issuer) -> list[Page]:
    """The label's exclusive recording agreement with an artist, the office's signed copy: a
    cover sheet, the clauses under a running header and numbered from the first clause page,
    the royalty schedule on a landscape page and a signature page."""
    h = label_head()
    lg = h.lang
    s = style_of(h, A4)
    w, hh = A4
    m = s.margin
    rel = release_of(who)
    d = some_day(rng) - timedelta(days=rng.randint(0, 60))
    title = tr(
        lg,
        "EXCLUSIVE RECORDING AGREEMENT",
        "KÜNSTLERVERTRAG (EXKLUSIV)",
        "CONTRAT D'ENREGISTREMENT EXCLUSIF",
    )
    cover = Page(A4)
    cy = hh * 0.3
    disc(cover, w / 2, cy - 60, 22)
    cover.text(w / 2, cy, title, s.bold, shrink(title, s.bold, 18, w - 2 * m), "center")
    cover.text(w / 2, cy + 40, tr(lg, "between", "zwischen", "entre"), s.font, 11, "center")
    cover.text(w / 2, cy + 62, h.name, s.bold, 13, "center")
    cover.text(w / 2, cy + 84, tr(lg, "and", "und", "et"), s.font, 11, "center")
    cover.text(w / 2, cy + 106, rel.artist, s.bold, 13, "center")
    cover.text(
        w / 2,
        cy + 160,
        tr(lg, "Dated", "Datum", "En date du") + f" {day(h, d)}",
        s.font,
        10,
        "center",
    )
    if rng.random() < 0.5:
        cover.text(
            w / 2,
            hh - 90,
            tr(lg, "STRICTLY PRIVATE AND CONFIDENTIAL", "VERTRAULICH", "CONFIDENTIEL"),
            s.bold,
            9,
            "center",
        )
    kind = tr(lg, "Recording Agreement", "Künstlervertrag", "Contrat d'enregistrement")
    run = f"{h.name} / {rel.artist} - {kind}"
    f = sheets(s, h, run, top=False)
    f.y += 6
    clauses(f, s, rng, lg, RECORDING_CLAUSES[lg][: rng.randint(10, 18)], True)
    body = f.pages
    # landscape royalty schedule
    q = Sheets(LAND, LAND[1] - 50, lambda p, n: running_header(p, s, run))
    caption(
        q,
        s,
        tr(lg, "SCHEDULE - ROYALTY RATES", "ANLAGE - LIZENZSÄTZE", "ANNEXE - TAUX DE REDEVANCE"),
        2,
    )
    base = rng.choice([16, 18, 20, 22])
    rows = []
    for ch, terr, rate, basis in [
        (
            tr(lg, "Vinyl LP / EP", "Vinyl LP / EP", "Vinyle"),
            tr(lg, "Home", "Inland", "France"),
            base,
            "PPD",
        ),
        (
            tr(lg, "Vinyl LP / EP", "Vinyl LP / EP", "Vinyle"),
            tr(lg, "Rest of world", "Ausland", "Export"),
            base - 4,
            "PPD",
        ),
        ("CD", tr(lg, "All", "alle", "tous"), base - 2, "PPD"),
        (
            tr(lg, "Downloads", "Downloads", "Téléchargements"),
            tr(lg, "All", "alle", "tous"),
            base + 8,
            tr(lg, "receipts", "Erlöse", "recettes"),
        ),
        (
            "Streaming",
            tr(lg, "All", "alle", "tous"),
            base + 10,
            tr(lg, "receipts", "Erlöse", "recettes"),
        ),
        (
            tr(lg, "Sync licences", "Synchronisation", "Synchro"),
            tr(lg, "All", "alle", "tous"),
            50,
            tr(lg, "net receipts", "Nettoerlöse", "recettes nettes"),
        ),
        (
            tr(lg, "Budget / compilations", "Kompilationen", "Compilations"),
            tr(lg, "All", "alle", "tous"),
            base // 2,
            "PPD",
        ),
    ]:
        rows.append(
            [
                ch,
                terr,
                f"{rate}%",
                basis,
                tr(lg, "none", "keine", "néant") if rng.random() < 0.6 else "10%",
                tr(lg, "yes", "ja", "oui"),
            ]
        )
    cols = columns(
        m,
        LAND[0] - m,
        [(2.4, "left"), (1.6, "left"), (0.9, "right"), (1.4, "left"), (1.3, "left"), (1.2, "left")],
    )
    table(
        q,
        cols,
        [
            tr(lg, "Configuration", "Konfiguration", "Support"),
            tr(lg, "Territory", "Gebiet", "Territoire"),
            tr(lg, "Rate", "Satz", "Taux"),
            tr(lg, "Basis", "Basis", "Assiette"),
            tr(lg, "Packaging ded.", "Verpackungsabzug", "Abatt. emballage"),
            tr(lg, "Recoupable", "verrechenbar", "Récupérable"),
        ],
        rows,
        s,
        shade=0.85,
        rules=True,
    )
    q.y += 8
    write(q, paper(s, LAND), prose(rng, lg, "legal", 1, 2), s.size - 1.5)
    g = sheets(s, h, run, top=False)
    caption(g, s, tr(lg, "EXECUTION", "UNTERSCHRIFTEN", "SIGNATURES"), 1)
    write(
        g,
        s,
        tr(
            lg,
            "IN WITNESS whereof the parties have signed this agreement on "
            "the date first written above.",
            "Die Parteien bestätigen den Vertrag durch ihre Unterschrift.",
            "Fait à " + h.town.split()[-1] + ", en deux exemplaires originaux.",
        ),
    )
    sign_blocks(g, s, lg, f"{crew('owner')} ({h.name})", rel.artist, (True, True))
    if rng.random() < 0.4:
        sign_blocks(
            g,
            s,
            lg,
            tr(lg, "Witness", "Zeuge", "Témoin"),
            tr(lg, "Artist's solicitor", "Anwalt des Künstlers", "Avocat de l'artiste"),
            (True, rng.random() < 0.5),
        )
    rest = body + q.pages + g.pages
    number_pages(
        rest,
        s,
        rng.choice(["- {i} -", "Page {i} of {n}", "{i}", "- {i} -"])
        if lg == "en"
        else rng.choice(["- {i} -", "Seite {i} von {n}", "{i}/{n}"])
        if lg == "de"
        else rng.choice(["- {i} -", "{i}/{n}", "Page {i}"]),
        "bc",
        bottom=24,
    )
    remember(d, rel)
    return [cover, *rest]


def tpl_licence_agreement(rng: random.Random, who: Issuer) -> list[Page]:
    """A licence agreement from a foreign label taking the label's album for its territory,
    in the licensee's language: now and then a covering letter, the agreement, Annex A with the
    masters licensed (titles, ISRCs, durations) and Annex B with the territory and royalty,
    signatures at the end."""
    h = head_of(who, "licensee", abroad=0.9)
    lg = h.lang
    size = LETTER if keyed(who, "letter").random() < 0.2 else A4
    s = style_of(h, size)
    w, hh = size
    m = s.margin
    rel = release_of(who)
    d = some_day(rng)
    terr = {
        "en": "United Kingdom and Ireland",
        "de": "Deutschland, Österreich, Schweiz",
        "fr": "France, Belgique, Suisse, Luxembourg",
    }[lg]
    pages: list[Page] = []
    if rng.random() < 0.45:
        c = sheets(s, h)
        recipient(c, s, h, label_lines(), d, [])
        write(c, s, dear(lg, None))
        write(
            c,
            s,
            tr(
                lg,
                "Further to our conversations, please find our licence agreement "
                f'for "{rel.title}" by {rel.artist}.',
                "wie besprochen übersenden wir Ihnen anbei den Lizenzvertrag "
                f'für "{rel.title}" von {rel.artist}.',
                "Suite à nos échanges, vous trouverez ci-joint le contrat "
                f"de licence pour « {rel.title} » de {rel.artist}.",
            ),
        )
        write(c, s, prose(rng, lg, "legal", 1, 2))
        regards(
            c,
            s,
            lg,
            staff(h, "a&r"),
            tr(lg, "Head of Licensing", "Lizenzen", "Responsable des licences"),
        )
        pages += c.pages
    title = tr(lg, "LICENCE AGREEMENT", "LIZENZVERTRAG", "CONTRAT DE LICENCE")
    f = sheets(s, h, f"{title} - {rel.cat}")
    caption(f, s, title, 5)
    write(
        f,
        s,
        tr(
            lg,
            f"between {label_head().name}, {label_head().town} (Licensor) "
            f"and {h.name}, {h.town} (Licensee)",
            f"zwischen {label_head().name}, {label_head().town} (Lizenzgeber) "
            f"und {h.name}, {h.town} (Lizenznehmer)",
            f"entre {label_head().name}, {label_head().town} (le Concédant) "
            f"et {h.name}, {h.town} (le Licencié)",
        ),
    )
    heads = RECORDING_CLAUSES[lg][:]
    rng.shuffle(heads)
    clauses(f, s, rng, lg, heads[: rng.randint(6, 11)], False)
    body = f.pages
    a = sheets(s, h, f"{title} - {rel.cat}", top=False)
    caption(
        a,
        s,
        tr(
            lg,
            "ANNEX A - LICENSED MASTERS",
            "ANLAGE A - LIZENZIERTE AUFNAHMEN",
            "ANNEXE A - ENREGISTREMENTS CONCÉDÉS",
        ),
        2,
    )
    write(a, s, f"{rel.artist} - {rel.title} ({rel.cat}, EAN {rel.ean})")
    cols = columns(m, w - m, [(0.5, "center"), (3.5, "left"), (2.4, "left"), (1, "right")])
    table(
        a,
        cols,
        ["#", tr(lg, "Title", "Titel", "Titre"), "ISRC", tr(lg, "Time", "Dauer", "Durée")],
        [
            [str(k + 1), t, isrc, f"{sec // 60}:{sec % 60:02d}"]
            for k, (t, sec, isrc, _) in enumerate(rel.tracks)
        ],
        s,
        rules=True,
    )
    a.y += 14
    caption(
        a,
        s,
        tr(
            lg,
            "ANNEX B - TERRITORY AND TERMS",
            "ANLAGE B - GEBIET UND KONDITIONEN",
            "ANNEXE B - TERRITOIRE ET CONDITIONS",
        ),
        2,
    )
    a.y = (
        pairs(
            a.page,
            s,
            m,
            a.y,
            [
                (tr(lg, "Territory", "Vertragsgebiet", "Territoire"), terr),
                (
                    tr(lg, "Term", "Laufzeit", "Durée"),
                    tr(
                        lg,
                        f"{rng.choice([3, 5, 7])} years",
                        f"{rng.choice([3, 5, 7])} Jahre",
                        f"{rng.choice([3, 5, 7])} ans",
                    ),
                ),
                (
                    tr(lg, "Advance", "Vorschuss", "Avance"),
                    cash(rng.choice([2000.0, 3500.0, 5000.0]), lg),
                ),
                (
                    tr(lg, "Royalty", "Lizenz", "Redevance"),
                    f"{rng.choice([18, 20, 22, 25])}% PPD / {rng.choice([40, 50])}% net digital",
                ),
                (
                    tr(lg, "Release date", "VÖ-Termin", "Date de sortie"),
                    day(h, d + timedelta(days=rng.randint(60, 150))),
                ),
            ],
            w - m,
        )
        + 10
    )
    if a.y > hh * 0.55:
        a.new_page()
    sign_blocks(
        a,
        s,
        lg,
        tr(lg, "Licensor", "Lizenzgeber", "Le Concédant"),
        f"{staff(h, 'md')} - {h.name}",
        (rng.random() < 0.3, True),
    )
    pages += close(body + a.pages, s, h, covers=0)
    received(rng, pages[0], d, 0.3)
    remember(d, rel)
    return pages


# ---------------------------------------------------------------------------------------------
# Templates KKKKK: rights societies, label copy, distribution and manufacturing
# ---------------------------------------------------------------------------------------------

SOURCES = {
    "en": [
        "Broadcast - TV",
        "Broadcast - Radio",
        "Online - streaming",
        "Public performance",
        "International",
        "Live concerts",
    ],
    "de": ["Hörfunk", "Fernsehen", "Online / Streaming", "Aufführung (U)", "Ausland", "Live-Musik"],
    "fr": [
        "Radio",
        "Télévision",
        "Exploitations en ligne",
        "Droits généraux",
        "Étranger",
        "Spectacles",
    ],
}
USAGES = {
    "en": [
        ["BBC One", "ITV", "Channel 4", "Sky Arts"],
        ["BBC Radio 6 Music", "BBC Radio 2", "Absolute Radio", "BBC Radio Scotland"],
        ["Spotify", "Apple Music", "YouTube", "Deezer", "Amazon Music"],
        ["Pubs & bars", "Shops", "Gyms", "Background music"],
        ["GEMA (DE)", "SACEM (FR)", "STIM (SE)", "ASCAP (US)"],
        ["Live venues", "Festivals"],
    ],
    "de": [
        ["Radio Eins", "Deutschlandfunk Kultur", "FluxFM", "MDR Sputnik"],
        ["ARD", "ZDF", "ARTE", "3sat"],
        ["Spotify", "Apple Music", "YouTube", "Deezer", "Amazon Music"],
        ["Gaststätten", "Einzelhandel", "Fitnessstudios", "Hintergrundmusik"],
        ["PRS (GB)", "SACEM (FR)", "SUISA (CH)", "AKM (AT)"],
        ["Clubkonzerte", "Festivals"],
    ],
    "fr": [
        ["France Inter", "FIP", "Radio Nova", "Le Mouv'"],
        ["France 2", "France 3", "ARTE", "Canal+"],
        ["Spotify", "Deezer", "YouTube", "Apple Music", "Qobuz"],
        ["Cafés-restaurants", "Commerces", "Salles de sport", "Sonorisation"],
        ["PRS (GB)", "GEMA (DE)", "SABAM (BE)", "SUISA (CH)"],
        ["Concerts", "Festivals"],
    ],
}


def tpl_society_statement(rng: random.Random, who: Issuer) -> list[Page]:
    """A performing or neighbouring rights society's distribution statement to the studio's
    owner (as writer) or the label (as rights owner): the summary page with the member number,
    the distribution and the totals by source, then the detail by work or recording on
    landscape pages with a running header and page numbers."""
    h = head_of(who, "society")
    lg = h.lang
    s = style_of(h, A4, pt=8.5)
    w, _hh = A4
    m = 44
    s = paper(s, A4, margin=m)
    neighbour = h.name in ("PPL", "GVL", "SCPP")
    ex = LAST["extra"]
    if after(("society_statement",)) and isinstance(ex, tuple) and ex[0] == h.name:
        dist = ex[1] % 4 + 1
    else:
        dist = rng.randint(1, 4)
    d = some_day(rng)
    member = label_head().name if neighbour or keyed(who, "acct").random() < 0.4 else crew("owner")
    mno = serial(keyed(who, "mno"), "99999999" if lg != "fr" else "999 999")
    title = {
        "en": "Royalty Statement" if not neighbour else "Distribution Statement - Recordings",
        "de": "Abrechnung / Verteilung" if not neighbour else "Abrechnung Tonträgerhersteller",
        "fr": "Relevé de répartition" if not neighbour else "Relevé de répartition - Producteurs",
    }[lg]
    year = d.year if d.month > 6 else d.year - 1
    period = tr(
        lg,
        f"Distribution {dist}/{year}",
        f"Ausschüttung {dist}/{year}",
        f"Répartition {['janvier', 'avril', 'juillet', 'octobre'][dist - 1]} {year}",
    )
    f = sheets(s, h, top=True)
    recipient(
        f,
        s,
        h,
        [member, *studio_lines()[1:]],
        d,
        [
            (tr(lg, "Member no.", "Mitglieds-Nr.", "N° sociétaire"), mno),
            (tr(lg, "Statement", "Abrechnung", "Relevé"), period),
        ],
    )
    caption(f, s, title, 4)
    rel_list = roster()
    works = [(t, rel.artist, isrc) for rel in rel_list for (t, _, isrc, _) in rel.tracks]
    rng.shuffle(works)
    works = works[: rng.randint(6, min(40, len(works)))]
    sums = {src: 0.0 for src in SOURCES[lg]}
    detail = []
    for t, artist, isrc in works:
        for _ in range(rng.randint(1, 4)):
            src = rng.choice(SOURCES[lg])
            n = rng.randint(1, 900)
            amt = round(n * rng.uniform(0.002, 0.09), 2)
            sums[src] += amt
            detail.append(
                [
                    t,
                    isrc if neighbour else artist,
                    src,
                    rng.choice(USAGES[lg][SOURCES[lg].index(src)]),
                    str(n),
                    money(amt, lg),
                ]
            )
    cols = columns(m, w - m, [(3, "left"), (1.3, "right")])
    table(
        f,
        cols,
        [tr(lg, "Source", "Sparte", "Catégorie"), tr(lg, "Amount", "Betrag", "Montant")],
        [[k, money(v, lg)] for k, v in sums.items() if v],
        s,
        rules=True,
    )
    tot = round(sum(sums.values()), 2)
    f.y += 6
    f.y = (
        pairs(
            f.page,
            s,
            w * 0.45,
            f.y,
            [
                (
                    tr(lg, "Total this distribution", "Summe Ausschüttung", "Total répartition"),
                    cash(tot, lg),
                ),
                (
                    tr(lg, "Less commission", "abzgl. Kommission", "Frais de gestion"),
                    neg(round(tot * 0.11, 2), lg),
                ),
                (
                    tr(
                        lg,
                        "VAT on commission" if lg == "en" else "",
                        "USt. auf Kommission",
                        "TVA s/ frais",
                    ),
                    neg(round(tot * 0.022, 2), lg),
                ),
                (
                    tr(lg, "Paid to your account", "Überweisungsbetrag", "Montant viré"),
                    cash(round(tot * 0.868, 2), lg),
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
            "The detail of the works and usages paid in this distribution "
            "follows. Queries about missing performances must reach us within "
            "12 months.",
            "Die Einzelaufstellung nach Werken folgt auf den nächsten Seiten. "
            "Reklamationen innerhalb von 12 Monaten.",
            "Le détail par œuvre figure dans les pages suivantes. Toute "
            "réclamation doit nous parvenir sous 12 mois.",
        ),
        s.size - 1,
    )
    first = f.pages
    run = f"{h.name} - {period} - {tr(lg, 'Member', 'Mitglied', 'Sociétaire')} {mno} - {member}"
    sl = paper(s, LAND, margin=40, pt=7.5)
    q = Sheets(LAND, LAND[1] - 46, lambda p, n: running_header(p, sl, run))
    cols = columns(
        40,
        LAND[0] - 40,
        [(3, "left"), (2.2, "left"), (1.8, "left"), (2, "left"), (0.8, "right"), (1, "right")],
    )
    table(
        q,
        cols,
        [
            tr(lg, "Work", "Werk", "Œuvre")
            if not neighbour
            else tr(lg, "Recording", "Aufnahme", "Enregistrement"),
            "ISRC" if neighbour else tr(lg, "Performer", "Interpret", "Interprète"),
            tr(lg, "Source", "Sparte", "Catégorie"),
            tr(lg, "Usage", "Nutzer", "Diffuseur"),
            tr(lg, "Plays", "Anz.", "Nb"),
            tr(lg, "Amount", "Betrag", "Montant"),
        ],
        detail,
        sl,
        size=7.5,
        shade=0.88,
        step=1.7,
    )
    pages = first + q.pages
    number_pages(
        pages,
        s,
        {"en": "Page {i} of {n}", "de": "Seite {i} von {n}", "fr": "Page {i}/{n}"}[lg],
        "tr",
        top=22,
    )
    remember(d, (h.name, dist))
    return pages


def tpl_mech_licence(rng: random.Random, who: Issuer) -> list[Page]:
    """A mechanical rights society's licence for a pressing with its royalty invoice: the
    licence particulars, the works on the release with writers, publishers and shares, the
    units and the royalty; now and then the licence conditions on a second page."""
    h = head_of(who, "mech")
    lg = h.lang
    s = style_of(h, A4, pt=8.5)
    w, _hh = A4
    m = s.margin
    rel = release_of(who, ("label_copy",))
    d = last_day(rng, ("label_copy",), (5, 25))
    units = rng.choice([300, 500, 500, 1000, 1500, 2000])
    ppd = rng.choice([11.5, 12.8, 13.9, 14.5])
    rate = {"en": 8.5, "de": 9.009, "fr": 9.009}[lg]
    no = serial(rng, "L9999999" if lg == "en" else "99999999")
    f = sheets(s, h, f"{h.name} - {tr(lg, 'Licence', 'Lizenz', 'Autorisation')} {no}")
    recipient(
        f,
        s,
        h,
        label_lines(),
        d,
        [
            (tr(lg, "Licence no.", "Lizenz-Nr.", "Autorisation n°"), no),
            (tr(lg, "Account", "Kunden-Nr.", "Compte"), serial(keyed(who, "acc"), "999999")),
        ],
    )
    caption(
        f,
        s,
        tr(
            lg,
            "LICENCE AND ROYALTY INVOICE - PHYSICAL PRODUCT",
            "LIZENZ UND RECHNUNG - TONTRÄGER",
            "AUTORISATION DE REPRODUCTION ET FACTURE - SUPPORTS PHYSIQUES",
        ),
        1.5,
    )
    f.y = (
        pairs(
            f.page,
            s,
            m,
            f.y,
            [
                (tr(lg, "Catalogue no.", "Katalog-Nr.", "Référence"), rel.cat),
                (
                    tr(lg, "Artist / title", "Interpret / Titel", "Artiste / titre"),
                    f"{rel.artist} - {rel.title}",
                ),
                (tr(lg, "Configuration", "Konfiguration", "Support"), f"{rel.fmt} vinyl"),
                ("EAN", rel.ean),
                (
                    tr(lg, "Units licensed", "Lizenzierte Stückzahl", "Quantité autorisée"),
                    str(units),
                ),
                (tr(lg, "Dealer price (PPD)", "HAP", "PGHT"), cash(ppd, lg)),
                (tr(lg, "Manufacturer", "Presswerk", "Fabricant"), head_of(who, "plant").name),
            ],
            w * 0.7,
        )
        + 8
    )
    cols = columns(
        m,
        w - m,
        [(0.4, "center"), (2.6, "left"), (2, "left"), (2, "left"), (0.8, "right"), (0.8, "right")],
    )
    pubs = [
        "Warp Songs Ltd",
        "Edition Kesselhaus",
        "Éditions du Moulin",
        "Copyright control",
        "Bucks Music Group",
        "Budde Music",
        "Because Éditions",
    ]
    rows = []
    for k, (t, sec, _, writers) in enumerate(rel.tracks):
        rows.append(
            [
                str(k + 1),
                t,
                writers,
                rng.choice(pubs),
                f"{sec // 60}:{sec % 60:02d}",
                f"{rng.choice([100, 100, 100, 50, 75])}%",
            ]
        )
    table(
        f,
        cols,
        [
            "#",
            tr(lg, "Work", "Werk", "Œuvre"),
            tr(lg, "Writers", "Urheber", "Auteurs"),
            tr(lg, "Publisher", "Verlag", "Éditeur"),
            tr(lg, "Dur.", "Dauer", "Durée"),
            tr(lg, "Share", "Anteil", "Part"),
        ],
        rows,
        s,
        rules=True,
    )
    net = round(units * ppd * rate / 100, 2)
    f.y += 6
    write(f, s, f"{units} x {cash(ppd, lg)} x {rate:g}% = {cash(net, lg)}", s.size)
    totals(f, s, lg, net, vat_rate(lg) if lg != "de" else 7.0)
    write(
        f,
        s,
        tr(
            lg,
            "This licence is valid only once the invoice has been paid in "
            "full. Further pressings require a new application.",
            "Die Lizenz wird erst mit vollständiger Zahlung wirksam. Nachpressungen "
            "sind gesondert anzumelden.",
            "L'autorisation n'est valable qu'après règlement intégral. Tout "
            "repressage doit faire l'objet d'une nouvelle demande.",
        ),
        s.size - 1,
    )
    pages = f.pages
    if rng.random() < 0.4:
        pages.append(
            small_print(
                rng,
                s,
                tr(
                    lg, "CONDITIONS OF LICENCE", "LIZENZBEDINGUNGEN", "CONDITIONS DE L'AUTORISATION"
                ),
                [words(rng, lg, "legal", 3)[:-1] for _ in range(9)],
                lg,
            )
        )
    pages = close(pages, s, h)
    received(rng, pages[0], d, 0.35)
    remember(d, rel)
    return pages


def tpl_label_copy(rng: random.Random, who: Issuer) -> list[Page]:
    """The label's label copy for a release, as sent to the pressing plant and distributor:
    a landscape sheet with the release particulars and the track list by side with writers,
    publishers, ISRCs and times; now and then a credits page behind."""
    h = label_head()
    lg = h.lang
    s = paper(style_of(h, LAND, margin=40, pt=8), LAND, margin=40, pt=8)
    w, hh = LAND
    m = 40
    rel = release_of(who)
    d = some_day(rng)
    f = Sheets(
        LAND,
        hh - 40,
        lambda p, n: heading(p, s, h) if n == 1 else running_header(p, s, f"LABEL COPY {rel.cat}"),
    )
    f.page.text(m, f.y, "LABEL COPY", s.bold, 15)
    f.y += 12
    f.y = fields(
        f.page,
        s,
        m,
        f.y,
        w - 2 * m,
        [
            (tr(lg, "Artist", "Künstler", "Artiste"), rel.artist),
            (tr(lg, "Title", "Titel", "Titre"), rel.title),
            (tr(lg, "Cat. no.", "Kat.-Nr.", "Référence"), rel.cat),
            ("EAN / UPC", rel.ean),
            (tr(lg, "Format", "Format", "Format"), f"{rel.fmt}, 33 1/3"),
            (
                tr(lg, "Release date", "VÖ", "Sortie"),
                short(d + timedelta(days=rng.randint(40, 100)), lg),
            ),
            ("(P)", f"{rel.year} {h.name}"),
            (tr(lg, "Version", "Stand", "Version"), f"v{rng.randint(1, 4)} {short(d, lg)}"),
        ],
        per=4,
        tall=24,
        hand=False,
    )
    cols = columns(
        m,
        w - m,
        [
            (0.5, "left"),
            (0.4, "center"),
            (3, "left"),
            (2.2, "left"),
            (2, "left"),
            (1.8, "left"),
            (0.7, "right"),
        ],
    )
    rows = []
    half = (len(rel.tracks) + 1) // 2
    for k, (t, sec, isrc, writers) in enumerate(rel.tracks):
        rows.append(
            [
                "A" if k < half else "B",
                str(k + 1 if k < half else k + 1 - half),
                t,
                writers,
                rng.choice(
                    ["Copyright control", "Edition Kesselhaus", "Bucks Music", "Éditions du Moulin"]
                ),
                isrc,
                f"{sec // 60}:{sec % 60:02d}",
            ]
        )
    table(
        f,
        cols,
        [
            tr(lg, "Side", "Seite", "Face"),
            "#",
            tr(lg, "Title", "Titel", "Titre"),
            tr(lg, "Writers", "Komponisten", "Auteurs-compositeurs"),
            tr(lg, "Publisher", "Verlag", "Éditeur"),
            "ISRC",
            tr(lg, "Time", "Zeit", "Durée"),
        ],
        rows,
        s,
        shade=0.85,
        rules=True,
    )
    a = sum(sec for _, sec, _, _ in rel.tracks[:half])
    b = sum(sec for _, sec, _, _ in rel.tracks[half:])
    f.y += 4
    write(
        f,
        s,
        tr(
            lg,
            f"Side A total {a // 60}:{a % 60:02d} - Side B total {b // 60}:{b % 60:02d}. "
            f"Matrix: {rel.cat}-A / {rel.cat}-B.",
            f"Gesamtzeit Seite A {a // 60}:{a % 60:02d} - Seite B {b // 60}:{b % 60:02d}. "
            f"Matrize: {rel.cat}-A / {rel.cat}-B.",
            f"Durée face A {a // 60}:{a % 60:02d} - face B {b // 60}:{b % 60:02d}. "
            f"Matrice : {rel.cat}-A / {rel.cat}-B.",
        ),
    )
    write(
        f,
        s,
        tr(
            lg,
            f"Mastered at {studio_row()[0]}. Label: {h.name}. Distribution: see contract.",
            f"Gemastert bei {studio_row()[0]}.",
            f"Masterisé au {studio_row()[0]}.",
        ),
        7.5,
    )
    pages = f.pages
    if rng.random() < 0.4:
        sp = style_of(h, A4)
        g = sheets(sp, h, top=False)
        caption(g, sp, tr(lg, "CREDITS", "CREDITS", "CRÉDITS"), 3)
        for role, name in [
            (tr(lg, "Recorded by", "Aufgenommen von", "Enregistré par"), crew("chief")),
            (tr(lg, "Assistant engineer", "Assistenz", "Assistant"), crew("assistant")),
            (tr(lg, "Mixed by", "Gemischt von", "Mixé par"), crew("chief")),
            (tr(lg, "Mastered by", "Mastering", "Mastering"), crew("owner")),
            (tr(lg, "Artwork", "Gestaltung", "Visuels"), person(rng, lg)),
            (tr(lg, "Photography", "Fotos", "Photos"), person(rng, lg)),
        ]:
            g.page.text(A4[0] / 2 - 10, g.y, role, sp.font, sp.size, "right")
            g.page.text(A4[0] / 2 + 10, g.y, name, sp.bold, sp.size)
            g.y += sp.size * 1.8
        g.y += 10
        write(
            g,
            sp,
            tr(lg, "Thanks: ", "Dank an: ", "Merci à : ")
            + ", ".join(person(rng, lg) for _ in range(rng.randint(4, 9))),
            sp.size - 1,
        )
        pages += g.pages
    remember(d, rel)
    return pages


def tpl_distributor_invoice(rng: random.Random, who: Issuer) -> list[Page]:
    """A distributor's invoice to the label for its services (fulfilment, storage, promo
    mailouts, returns handling), with the sales and returns report for the month behind on
    landscape pages."""
    h = head_of(who, "distributor", abroad=0.15)
    lg = h.lang
    size = LETTER if lg == "en" and keyed(who, "letter").random() < 0.4 else A4
    s = style_of(h, size)
    w, _hh = size
    m = s.margin
    d = some_day(rng)
    no = serial(rng, "SI-999999" if lg == "en" else "RE 9999/99" if lg == "de" else "FA99-9999")
    f = sheets(s, h, f"{h.name} - {tr(lg, 'Invoice', 'Rechnung', 'Facture')} {no}")
    recipient(
        f,
        s,
        h,
        label_lines(tr(lg, "Accounts", "Buchhaltung", "Comptabilité")),
        d,
        [
            (tr(lg, "Invoice", "Rechnung", "Facture"), no),
            (tr(lg, "Account", "Kunden-Nr.", "Compte"), serial(keyed(who, "acc"), "LAB999")),
        ],
    )
    caption(f, s, tr(lg, "INVOICE", "RECHNUNG", "FACTURE"), 4)
    per = f"{MONTHS_NAMES[lg][(month().month - 2) % 12]}"
    items = [
        (
            tr(
                lg,
                f"Distribution fee {per}",
                f"Vertriebsgebühr {per}",
                f"Commission de distribution {per}",
            ),
            round(rng.uniform(120, 900), 2),
        ),
        (
            tr(
                lg,
                "Warehouse storage (pallet weeks)",
                "Lagerkosten (Palettenwochen)",
                "Stockage (palettes/semaine)",
            ),
            round(rng.choice([4, 8, 12]) * 6.5, 2),
        ),
        (
            tr(
                lg,
                "Pick & pack, mail order",
                "Kommissionierung Versand",
                "Préparation commandes VPC",
            ),
            round(rng.randint(20, 140) * 1.35, 2),
        ),
    ]
    if rng.random() < 0.5:
        items.append(
            (
                tr(
                    lg,
                    "Promo mailout (press/radio)",
                    "Bemusterung Presse/Radio",
                    "Envoi promo presse/radio",
                ),
                round(rng.uniform(40, 220), 2),
            )
        )
    if rng.random() < 0.4:
        items.append(
            (
                tr(lg, "Returns processing", "Retourenbearbeitung", "Traitement des retours"),
                round(rng.uniform(10, 60), 2),
            )
        )
    cols = columns(m, w - m, [(4, "left"), (1.2, "right")])
    table(
        f,
        cols,
        [tr(lg, "Description", "Leistung", "Désignation"), tr(lg, "Amount", "Betrag", "Montant")],
        [[t, money(v, lg)] for t, v in items],
        s,
        rules=True,
    )
    net = round(sum(v for _, v in items), 2)
    foreign = lg != home()
    totals(f, s, lg, net, 0.0 if foreign else vat_rate(lg))
    if foreign:
        write(
            f,
            s,
            tr(
                lg,
                "Reverse charge: VAT to be accounted for by the recipient.",
                "Steuerschuldnerschaft des Leistungsempfängers (Reverse Charge).",
                "Autoliquidation - TVA due par le preneur.",
            ),
            s.size - 1,
        )
    write(
        f,
        s,
        tr(
            lg,
            "This amount will be offset against your sales for the month.",
            "Der Betrag wird mit Ihrer Monatsabrechnung verrechnet.",
            "Ce montant sera compensé avec vos ventes du mois.",
        ),
        s.size - 1,
    )
    pages = close(f.pages, s, h, numbers="none")
    if rng.random() < 0.75:
        sl = paper(s, LAND, margin=40, pt=7.5)
        what = tr(
            lg,
            "Sales & returns report",
            "Verkaufs- und Retourenbericht",
            "État des ventes et retours",
        )
        run = f"{h.name} - {what} - {label_head().name} - {per}"
        q = Sheets(LAND, LAND[1] - 44, lambda p, n: running_header(p, sl, run))
        rows = []
        for rel in roster():
            for fmt in (rel.fmt, "CD") if rng.random() < 0.5 else (rel.fmt,):
                for acc in rng.sample(
                    [
                        "Rough Trade",
                        "HMV",
                        "Amazon",
                        "Juno",
                        "Norman Records",
                        "JPC",
                        "Fnac",
                        "Gibert Joseph",
                        "Cultura",
                        "Dussmann",
                        "Export",
                    ],
                    rng.randint(2, 6),
                ):
                    sold = rng.randint(0, 60)
                    ret = rng.randint(0, 5) if rng.random() < 0.3 else 0
                    rows.append(
                        [
                            rel.cat,
                            fit(f"{rel.artist} - {rel.title}", sl.font, 7.5, 200),
                            fmt,
                            acc,
                            str(sold),
                            str(ret),
                            money((sold - ret) * rng.uniform(9, 15), lg),
                        ]
                    )
        cols = columns(
            40,
            LAND[0] - 40,
            [
                (1, "left"),
                (3.2, "left"),
                (0.8, "left"),
                (1.6, "left"),
                (0.7, "right"),
                (0.7, "right"),
                (1.1, "right"),
            ],
        )
        table(
            q,
            cols,
            [
                tr(lg, "Cat.", "Kat.", "Réf."),
                tr(lg, "Artist - title", "Künstler - Titel", "Artiste - titre"),
                tr(lg, "Fmt", "Fmt", "Sup."),
                tr(lg, "Account", "Kunde", "Client"),
                tr(lg, "Sold", "Verk.", "Vendus"),
                tr(lg, "Ret.", "Ret.", "Ret."),
                tr(lg, "Net value", "Netto", "Net"),
            ],
            rows,
            sl,
            size=7.5,
            shade=0.88,
            step=1.65,
        )
        number_pages(
            q.pages,
            sl,
            "Page {i} of {n}" if lg == "en" else "Seite {i} von {n}" if lg == "de" else "{i}/{n}",
            "br",
            bottom=22,
        )
        pages += q.pages
    received(rng, pages[0], d, 0.3)
    remember(d, None)
    return pages


MONTHS_NAMES = MONTH_NAMES


def tpl_pressing_invoice(rng: random.Random, who: Issuer) -> list[Page]:
    """A vinyl pressing plant's invoice for a release: lacquer cutting, plating, test
    pressings, pressing, labels, sleeves, shrink-wrap and freight; now and then with a copy of
    the delivery note (pallets, cartons) behind."""
    h = head_of(who, "plant", abroad=0.3)
    lg = h.lang
    s = style_of(h)
    w, _hh = A4
    m = s.margin
    ex = LAST["extra"]
    d = last_day(rng, ("test_pressing_approval",), (10, 30))
    if after(("test_pressing_approval",)) and isinstance(ex, tuple) and len(ex) == 2:
        rel, order = ex
    else:
        rel, order = release_of(who), serial(rng, "99999")
    units = rng.choice([300, 500, 500, 1000, 2000])
    no = serial(rng, "99999")
    f = sheets(s, h, f"{h.name} - {tr(lg, 'Invoice', 'Rechnung', 'Facture')} {no}")
    recipient(
        f,
        s,
        h,
        label_lines(),
        d,
        [
            (tr(lg, "Invoice no.", "Rechnungs-Nr.", "Facture n°"), no),
            (tr(lg, "Order no.", "Auftrags-Nr.", "Commande n°"), str(order)),
            (tr(lg, "Your cat. no.", "Ihre Kat.-Nr.", "Votre réf."), rel.cat),
        ],
    )
    caption(f, s, tr(lg, "INVOICE", "RECHNUNG", "FACTURE"), 4)
    write(
        f,
        s,
        f'{rel.artist} - {rel.title} - {units} x {rel.fmt} 12" {rng.choice(["140g", "180g"])} '
        + rng.choice(
            [
                tr(lg, "black", "schwarz", "noir"),
                tr(lg, "transparent red", "transparent rot", "rouge transparent"),
            ]
        ),
    )
    items = [
        (
            tr(
                lg,
                "Lacquer cutting (DMM) per side",
                "Lackschnitt (DMM) je Seite",
                "Gravure laque par face",
            ),
            2,
            rng.choice([95.0, 120.0]),
        ),
        (
            tr(
                lg,
                "Electroplating, 3-step, per side",
                "Galvanik 3-stufig je Seite",
                "Galvanoplastie 3 étapes par face",
            ),
            2,
            rng.choice([110.0, 135.0]),
        ),
        (tr(lg, "Test pressings (5)", "Testpressungen (5 St.)", "Tests pressages (5)"), 1, 65.0),
        (
            tr(
                lg,
                "Pressing incl. centre labels",
                "Pressung inkl. Etiketten",
                "Pressage avec macarons",
            ),
            units,
            rng.choice([1.45, 1.65, 1.9]),
        ),
        (
            tr(
                lg,
                "Printed inner sleeves",
                "Bedruckte Innenhüllen",
                "Pochettes intérieures imprimées",
            ),
            units,
            0.38,
        ),
        (
            tr(
                lg,
                "Jackets, 350g board, 4/0",
                "Cover 350g Karton 4/0",
                "Pochettes carton 350g quadri",
            ),
            units,
            rng.choice([0.95, 1.2]),
        ),
        (
            tr(
                lg,
                "Insertion & shrink-wrap",
                "Konfektionierung & Folie",
                "Mise sous pochette et cello",
            ),
            units,
            0.22,
        ),
        (
            tr(lg, "Freight (pallet)", "Fracht (Palette)", "Transport (palette)"),
            1,
            rng.choice([85.0, 140.0, 210.0]),
        ),
    ]
    cols = columns(m, w - m, [(3.6, "left"), (0.8, "right"), (1, "right"), (1.2, "right")])
    table(
        f,
        cols,
        [
            tr(lg, "Description", "Bezeichnung", "Désignation"),
            tr(lg, "Qty", "Menge", "Qté"),
            tr(lg, "Unit", "EP", "PU"),
            tr(lg, "Amount", "Betrag", "Montant"),
        ],
        [[t, str(q), money(u, lg), money(q * u, lg)] for t, q, u in items],
        s,
        rules=True,
    )
    net = round(sum(q * u for _, q, u in items), 2)
    foreign = lg != home()
    totals(
        f,
        s,
        lg,
        net,
        0.0 if foreign else vat_rate(lg),
        less=round(net * 0.5, 2) if rng.random() < 0.5 else 0.0,
    )
    if foreign:
        write(
            f,
            s,
            tr(
                lg,
                "Zero-rated intra-community supply / reverse charge.",
                "Steuerfreie innergemeinschaftliche Lieferung (§ 4 Nr. 1b UStG).",
                "Livraison intracommunautaire exonérée (art. 262 ter I du CGI).",
            ),
            s.size - 1,
        )
    write(
        f,
        s,
        tr(
            lg,
            "Overs/unders of up to 10% are charged pro rata.",
            "Mehr- oder Minderlieferungen bis 10 % werden anteilig berechnet.",
            "Une tolérance de +/- 10 % sur les quantités est facturée au prorata.",
        ),
        s.size - 1,
    )
    pages = close(f.pages, s, h, numbers="none")
    if rng.random() < 0.4:
        g = sheets(s, h)
        caption(
            g,
            s,
            tr(lg, "DELIVERY NOTE (copy)", "LIEFERSCHEIN (Kopie)", "BON DE LIVRAISON (copie)"),
            3,
        )
        g.y = (
            pairs(
                g.page,
                s,
                m,
                g.y,
                [
                    (tr(lg, "Delivery note", "Lieferschein", "BL n°"), serial(rng, "99999")),
                    (
                        tr(lg, "Deliver to", "Lieferanschrift", "Livrer à"),
                        rng.choice([label_head().name, head_of(who, "distributor").name]),
                    ),
                    (
                        tr(lg, "Carrier", "Spedition", "Transporteur"),
                        rng.choice(["Palletways", "DB Schenker", "Geodis", "DHL Freight"]),
                    ),
                ],
                w * 0.7,
            )
            + 8
        )
        cartons = units // 25
        table(
            g,
            columns(m, w - m, [(1, "left"), (3, "left"), (1, "right"), (1, "right")]),
            [
                tr(lg, "Pallet", "Palette", "Palette"),
                tr(lg, "Contents", "Inhalt", "Contenu"),
                tr(lg, "Cartons", "Kartons", "Cartons"),
                tr(lg, "Units", "Stück", "Unités"),
            ],
            [["1", f"{rel.cat} {rel.fmt}", str(cartons), str(units)]],
            s,
            rules=True,
        )
        g.y += 30
        g.page.text(
            m,
            g.y,
            tr(lg, "Received in good order:", "Ware vollständig erhalten:", "Reçu en bon état :"),
            s.font,
            s.size,
        )
        scrawl(g.page, m + 150, g.y, person(rng, home()))
        hand(g.page, m + 300, g.y, short(d + timedelta(days=rng.randint(-3, 3)), home()))
        pages += [g.pages[0]]
    received(rng, pages[0], d, 0.3)
    remember(d, rel)
    return pages


def tpl_test_pressing_approval(rng: random.Random, who: Issuer) -> list[Page]:
    """The pressing plant's test pressing approval form, filled in by hand at the label and
    signed: order and catalogue numbers, each side approved or rejected with the faults heard
    and their times, the play-through equipment."""
    h = head_of(who, "plant", abroad=0.3)
    lg = h.lang
    s = style_of(h, A4, margin=44, pt=8.5)
    w, hh = A4
    m = 44
    rel = release_of(who, ("label_copy",))
    d = some_day(rng)
    order = serial(rng, "99999")
    p = Page(A4)
    y = heading(p, s, h)
    title = tr(lg, "TEST PRESSING APPROVAL", "FREIGABE TESTPRESSUNG", "BON À TIRER - TEST PRESSAGE")
    p.text(m, y, title, s.bold, 14)
    y += 10
    p.text(
        w - m,
        y - 10,
        tr(
            lg,
            "Please return within 7 days",
            "Bitte binnen 7 Tagen zurück",
            "À retourner sous 7 jours",
        ),
        s.font,
        7.5,
        "right",
    )
    y = fields(
        p,
        s,
        m,
        y + 6,
        w - 2 * m,
        [
            (tr(lg, "Order no.", "Auftrags-Nr.", "N° de commande"), order),
            (tr(lg, "Customer", "Kunde", "Client"), label_head().name),
            (tr(lg, "Cat. no.", "Kat.-Nr.", "Référence"), rel.cat),
            (
                tr(lg, "Artist / title", "Interpret / Titel", "Artiste / titre"),
                f"{rel.artist} - {rel.title}",
            ),
            (
                tr(lg, "TPs received", "TPs erhalten am", "TP reçus le"),
                short(d - timedelta(days=rng.randint(2, 6)), home()),
            ),
            (tr(lg, "Quantity ordered", "Auflage", "Quantité"), str(rng.choice([300, 500, 1000]))),
        ],
        per=2,
        tall=25,
        hand=True,
    )
    faults = {
        "en": ["click", "light crackle", "non-fill", "pop", "surface noise", "off-centre"],
        "de": ["Knackser", "leichtes Knistern", "Non-fill", "Plopp", "Rauschen", "exzentrisch"],
        "fr": ["clic", "léger crépitement", "non-fill", "pop", "souffle", "décentrage"],
    }[home()]
    sides = ["A", "B"] + (["C", "D"] if rel.fmt == "LP" and rng.random() < 0.3 else [])
    verdicts = [
        tr(lg, "Approved", "Freigegeben", "Accepté"),
        tr(lg, "Approved with comments", "Freigabe mit Anmerkung", "Accepté avec réserves"),
        tr(lg, "Rejected", "Abgelehnt", "Refusé"),
    ]
    overall = 0
    for side in sides:
        y = band(p, s, y, tr(lg, f"Side {side}", f"Seite {side}", f"Face {side}"))
        y += 12
        v = rng.choices([0, 1, 2], [0.6, 0.3, 0.1])[0]
        overall = max(overall, v)
        y = ticks(p, s, m, y, w - 2 * m, verdicts, {v}, 8.5)
        p.text(
            m,
            y,
            tr(
                lg,
                "Comments (time / fault):",
                "Anmerkungen (Zeit / Fehler):",
                "Remarques (minutage / défaut) :",
            ),
            s.font,
            8,
        )
        for k in range(2):
            p.line(m + 120, y + 2 + 15 * k, w - m, y + 2 + 15 * k)
        if v:
            hand(
                p,
                m + 124,
                y,
                f"{rng.randint(0, 4)}:{rng.randint(0, 59):02d} {rng.choice(faults)}, "
                f"{rng.randint(0, 4)}:{rng.randint(0, 59):02d} {rng.choice(faults)}",
                9,
                w - 2 * m - 130,
            )
        y += 38
    y += 4
    p.text(m, y, tr(lg, "Played on:", "Abgehört auf:", "Écouté sur :"), s.font, 8)
    hand(
        p,
        m + 70,
        y,
        rng.choice(
            ["Technics 1210 / AT-VM95", "Rega P3 / Ortofon 2M", "Thorens TD 160", "Linn LP12"]
        ),
        9,
    )
    y += 22
    y = (
        ticks(
            p,
            s,
            m,
            y,
            w - 2 * m,
            [
                tr(lg, "Proceed with full run", "Auflage freigegeben", "Lancer la fabrication"),
                tr(lg, "Send new test pressings", "Neue Testpressungen", "Nouveaux TP"),
            ],
            {1 if overall == 2 else 0},
            9,
        )
        + 8
    )
    p.text(
        m,
        y + 10,
        tr(lg, "Name / signature / date", "Name / Unterschrift / Datum", "Nom / signature / date"),
        s.font,
        8,
    )
    hand(p, m + 140, y + 10, crew("label"), 9.5)
    scrawl(p, m + 280, y + 12, crew("label"))
    hand(p, w - m - 70, y + 10, short(d, home()), 9.5)
    p.line(m + 135, y + 14, w - m, y + 14)
    p.text(
        m,
        hh - 40,
        tr(
            lg,
            "Without written approval no pressing run will be started. Faults "
            "not listed here cannot be claimed later.",
            "Ohne schriftliche Freigabe keine Fertigung. Nicht vermerkte "
            "Fehler können später nicht reklamiert werden.",
            "Sans accord écrit, aucune fabrication ne sera lancée.",
        ),
        s.font,
        6.5,
    )
    if rng.random() < 0.3:
        stamp(
            p,
            w - 200,
            y - 70,
            [label_head().name.upper()[:26], tr(lg, "APPROVED", "FREIGEGEBEN", "BON POUR ACCORD")],
        )
    remember(d, (rel, order))
    return [p]


# ---------------------------------------------------------------------------------------------
# Templates KKKKK: equipment, insurance, royalties, grants, rent and the studio's invoices
# ---------------------------------------------------------------------------------------------

GEAR = {
    "en": [
        "Fender Twin Reverb '65 RI",
        "Ampeg SVT-CL + 8x10",
        "Ludwig Classic Maple kit",
        "Hammond C3 + Leslie 122",
        "Rhodes Mk I 73",
        "Zildjian K cymbal pack",
        "Vox AC30 C2",
        "DW 9000 hardware pack",
        "Neumann U47 FET (hire)",
        "Marshall JCM800 + 4x12",
        "Wurlitzer 200A",
        "Moog Minimoog Model D",
    ],
}
GEAR["de"] = GEAR["en"]
GEAR["fr"] = GEAR["en"]
STUDIO_KIT = [
    ("Neve 8078 console (40 ch)", "NV-78", 95000),
    ("Studer A827 24-track", "A827", 22000),
    ("Neumann U47 (valve)", "U47", 9500),
    ("Neumann U67", "U67", 8200),
    ("AKG C12 VR", "C12", 5200),
    ("Coles 4038 pair", "4038", 2200),
    ("Teletronix LA-2A", "LA2A", 3900),
    ("Urei 1176LN x2", "1176", 4800),
    ("Fairchild 670 (reissue)", "670", 18000),
    ("Pultec EQP-1A", "EQP", 3500),
    ("Steinway Model B piano", "B211", 62000),
    ("Yamaha C7 piano", "C7", 24000),
    ("Apogee Symphony I/O", "SIO", 4600),
    ("Mac Studio + Pro Tools HDX", "HDX", 9800),
    ("ATC SCM45A monitors", "SCM45", 11000),
    ("Neumann VMS-70 lathe (mastering)", "VMS70", 45000),
    ("Hammond B3 + Leslie", "B3", 14000),
    ("Ludwig 1968 drum kit", "LUD68", 4200),
]


def tpl_hire_invoice(rng: random.Random, who: Issuer) -> list[Page]:
    """A backline or equipment hire firm's invoice: the hire period, the items with day rates
    (a three-day week), delivery and collection, damage waiver; now and then the delivery and
    condition sheet behind, ticked and signed at the studio."""
    h = head_of(who, "hire")
    lg = h.lang
    s = style_of(h)
    w, _hh = A4
    m = s.margin
    d = some_day(rng)
    days = rng.choice([1, 2, 3, 5, 7])
    bill = min(days, 3) if days >= 5 else days
    no = serial(rng, "H99999")
    f = sheets(s, h, f"{h.name} {no}")
    recipient(
        f,
        s,
        h,
        studio_lines(),
        d,
        [
            (tr(lg, "Invoice", "Rechnung", "Facture"), no),
            (
                tr(lg, "Hire period", "Mietzeitraum", "Période"),
                f"{short(d, lg)} - {short(d + timedelta(days=days - 1), lg)}",
            ),
        ],
    )
    caption(f, s, tr(lg, "HIRE INVOICE", "MIETRECHNUNG", "FACTURE DE LOCATION"), 3)
    items = rng.sample(GEAR[lg], rng.randint(2, 6))
    rows = []
    net = 0.0
    for it in items:
        rate = rng.choice([25.0, 35.0, 45.0, 60.0, 80.0, 120.0])
        rows.append([it, "1", str(bill), money(rate, lg), money(rate * bill, lg)])
        net += rate * bill
    if rng.random() < 0.7:
        dc = rng.choice([45.0, 60.0, 90.0])
        rows.append(
            [
                tr(lg, "Delivery & collection", "Anlieferung & Abholung", "Livraison et reprise"),
                "1",
                "",
                money(dc, lg),
                money(dc, lg),
            ]
        )
        net += dc
    if rng.random() < 0.5:
        dw = round(net * 0.08, 2)
        rows.append(
            [
                tr(lg, "Damage waiver 8%", "Haftungsreduzierung 8 %", "Assurance casse 8 %"),
                "",
                "",
                "",
                money(dw, lg),
            ]
        )
        net += dw
    cols = columns(
        m, w - m, [(3.6, "left"), (0.5, "right"), (0.8, "right"), (1, "right"), (1.1, "right")]
    )
    table(
        f,
        cols,
        [
            tr(lg, "Item", "Artikel", "Article"),
            tr(lg, "Qty", "Anz.", "Qté"),
            tr(lg, "Days chg.", "Tage ber.", "Jours fact."),
            tr(lg, "Day rate", "Tagespreis", "Tarif/j"),
            tr(lg, "Amount", "Betrag", "Montant"),
        ],
        rows,
        s,
        rules=True,
    )
    totals(f, s, lg, round(net, 2), vat_rate(lg))
    if days >= 5:
        write(
            f,
            s,
            tr(
                lg,
                "Weekly hire charged as 3 days.",
                "Wochenmiete = 3 Tagesmieten.",
                "Location semaine facturée 3 jours.",
            ),
            s.size - 1,
        )
    write(
        f,
        s,
        tr(
            lg,
            "Payment due on receipt. Please quote the invoice number.",
            "Zahlbar sofort ohne Abzug.",
            "Payable à réception.",
        ),
        s.size - 1,
    )
    pages = close(f.pages, s, h, numbers="none")
    if rng.random() < 0.45:
        size = rng.choice([A4, SLIP])
        s2 = style_of(h, size, margin=28 if size == SLIP else 0, pt=8 if size == SLIP else 0)
        g = sheets(s2, h)
        ww = size[0]
        mm = s2.margin
        caption(
            g,
            s2,
            tr(
                lg,
                "DELIVERY / CONDITION SHEET",
                "LIEFERSCHEIN / ZUSTANDSPROTOKOLL",
                "BON DE LIVRAISON / ÉTAT DES LIEUX",
            ),
            1.5,
        )
        write(
            g, s2, f"{tr(lg, 'Job', 'Auftrag', 'Dossier')} {no} - {studio_row()[0]}", s2.size - 0.5
        )
        for it in items:
            g.need(30)
            g.page.text(mm, g.y, fit(it, s2.font, s2.size, ww * 0.5), s2.font, s2.size)
            ticks(
                g.page,
                s2,
                mm + ww * 0.52,
                g.y,
                ww - mm - ww * 0.52 - mm,
                [tr(lg, "out", "raus", "sortie"), tr(lg, "back", "zurück", "retour"), "OK"],
                {0, 1, 2} if rng.random() < 0.8 else {0, 1},
                7.5,
            )
            g.y += 14
            if rng.random() < 0.2:
                hand(
                    g.page,
                    mm + 10,
                    g.y,
                    rng.choice(
                        [
                            "scratch on tolex",
                            "1 valve noisy",
                            "pedal squeaks",
                            "Kratzer Seite",
                            "câble HS",
                        ]
                    ),
                    8.5,
                )
                g.y += 13
        g.y += 14
        g.page.text(
            mm, g.y, tr(lg, "Received by:", "Empfangen:", "Reçu par :"), s2.font, s2.size - 1
        )
        scrawl(g.page, mm + 70, g.y, crew("assistant"), 11)
        g.y += 22
        g.page.text(mm, g.y, tr(lg, "Driver:", "Fahrer:", "Chauffeur :"), s2.font, s2.size - 1)
        hand(g.page, mm + 70, g.y, staff(h, "driver").split()[0], 9)
        pages += g.pages
    received(rng, pages[0], d, 0.3)
    remember(d, None)
    return pages


def tpl_repair_invoice(rng: random.Random, who: Issuer) -> list[Page]:
    """A repair workshop's invoice for a tape machine, console module, amplifier or outboard
    unit: the fault reported, the work done, parts and labour, on A4 or A5; now and then the
    service report with the alignment measurements behind."""
    h = head_of(who, "repair")
    lg = h.lang
    size = keyed(who, "size").choice([A4, A4, A5])
    s = style_of(h, size, margin=34 if size == A5 else 0, pt=8 if size == A5 else 0)
    w, _hh = size
    m = s.margin
    d = some_day(rng)
    unit = rng.choice(
        [
            "Studer A827 24-track",
            "Otari MX-5050 B2",
            "Neve 1073 module",
            "Urei 1176LN",
            "Ampex ATR-102",
            "Teletronix LA-2A",
            "Fender Twin Reverb",
            "EMT 140 plate",
        ]
    )
    no = serial(rng, "W9999")
    f = sheets(s, h, f"{h.name} {no}")
    recipient(
        f,
        s,
        h,
        studio_lines(),
        d,
        [
            (tr(lg, "Invoice", "Rechnung", "Facture"), no),
            (tr(lg, "Job", "Auftrag", "OR"), serial(rng, "J999")),
        ],
    )
    caption(f, s, tr(lg, "INVOICE - WORKSHOP", "WERKSTATTRECHNUNG", "FACTURE - ATELIER"), 2)
    f.y = (
        pairs(
            f.page,
            s,
            m,
            f.y,
            [
                (tr(lg, "Unit", "Gerät", "Appareil"), unit),
                (tr(lg, "Serial no.", "Seriennr.", "N° de série"), serial(rng, "99999")),
                (
                    tr(lg, "Fault reported", "Fehlerbeschreibung", "Panne signalée"),
                    rng.choice(
                        [
                            tr(
                                lg,
                                "intermittent right channel",
                                "rechter Kanal setzt aus",
                                "canal droit intermittent",
                            ),
                            tr(
                                lg,
                                "transport won't spool",
                                "Laufwerk spult nicht",
                                "défilement bloqué",
                            ),
                            tr(
                                lg,
                                "hum and crackle",
                                "Brummen und Knistern",
                                "ronflement et craquements",
                            ),
                        ]
                    ),
                ),
            ],
            w - m,
        )
        + 6
    )
    write(
        f,
        s,
        tr(lg, "Work carried out: ", "Ausgeführte Arbeiten: ", "Travaux effectués : ")
        + prose(rng, lg, "gear", 1, 2),
        s.size - 0.5,
    )
    tape = any(k in unit for k in ("Studer", "Otari", "Ampex"))
    parts = [
        (
            rng.choice(
                ["Pinch roller", "Brake band", "Head relap", "Capstan belt", "Relay"]
                if tape
                else ["Capacitor kit", "ECC83 valve", "Relay", "Fader", "Output transformer"]
            ),
            rng.randint(1, 4),
            round(rng.uniform(3, 90), 2),
        )
        for _ in range(rng.randint(1, 4))
    ]
    hours = rng.choice([1.5, 2, 3, 4.5, 6])
    rate = {"en": 55.0, "de": 68.0, "fr": 60.0}[lg]
    rows = [[t, str(q), money(u, lg), money(q * u, lg)] for t, q, u in parts]
    rows.append(
        [
            tr(lg, "Labour (hours)", "Arbeitszeit (Std.)", "Main d'œuvre (h)"),
            f"{hours:g}",
            money(rate, lg),
            money(hours * rate, lg),
        ]
    )
    cols = columns(m, w - m, [(3, "left"), (0.6, "right"), (1, "right"), (1.1, "right")])
    table(
        f,
        cols,
        [
            tr(lg, "Item", "Position", "Article"),
            tr(lg, "Qty", "Menge", "Qté"),
            tr(lg, "Price", "Preis", "PU"),
            tr(lg, "Amount", "Betrag", "Montant"),
        ],
        rows,
        s,
        rules=True,
    )
    net = round(sum(q * u for _, q, u in parts) + hours * rate, 2)
    totals(f, s, lg, net, vat_rate(lg))
    write(
        f,
        s,
        tr(
            lg,
            "Warranty on repair: 3 months. Thank you for your business.",
            "Gewährleistung auf die Reparatur: 6 Monate.",
            "Garantie réparation : 3 mois.",
        ),
        s.size - 1,
    )
    pages = close(f.pages, s, h, numbers="none")
    if rng.random() < 0.35 and not tape:
        g = sheets(style_of(h, A4), h, top=False)
        s4 = style_of(h, A4)
        caption(g, s4, tr(lg, "TEST REPORT", "PRÜFPROTOKOLL", "RAPPORT DE MESURES"), 2)
        write(g, s4, f"{unit} - {tr(lg, 'Serial', 'Seriennr.', 'N° série')} {serial(rng, '99999')}")
        rows = [
            [
                tr(lg, "Output level @ 1 kHz", "Ausgangspegel 1 kHz", "Niveau de sortie 1 kHz"),
                f"+{rng.uniform(3, 4.5):.1f} dBu",
                "+4.0 dBu",
            ],
            ["THD @ +4 dBu", f"{rng.uniform(0.4, 2.5):.2f} %", f"{rng.uniform(0.05, 0.3):.2f} %"],
            [
                tr(lg, "Noise floor", "Rauschen", "Bruit de fond"),
                f"-{rng.randint(62, 75)} dBu",
                f"-{rng.randint(80, 90)} dBu",
            ],
            [
                tr(lg, "Response 20 Hz - 20 kHz", "Frequenzgang", "Réponse en fréquence"),
                f"-{rng.uniform(1, 4):.1f} dB",
                "-0.5 dB",
            ],
            [
                tr(lg, "Earth leakage / PAT", "Schutzleiter (DGUV V3)", "Contrôle sécurité"),
                "-",
                tr(lg, "pass", "bestanden", "conforme"),
            ],
        ]
        table(
            g,
            columns(s4.margin, A4[0] - s4.margin, [(2.5, "left"), (1, "right"), (1, "right")]),
            [
                tr(lg, "Measurement", "Messung", "Mesure"),
                tr(lg, "Before", "Vorher", "Avant"),
                tr(lg, "After", "Nachher", "Après"),
            ],
            rows,
            s4,
            rules=True,
        )
        g.y += 10
        write(g, s4, f"{tr(lg, 'Tested by', 'Geprüft', 'Contrôlé par')}: {staff(h, 'tech')}", 8.5)
        scrawl(g.page, s4.margin + 200, g.y + 10, staff(h, "tech"))
        pages += g.pages
    elif rng.random() < 0.35:
        g = sheets(style_of(h, A4), h, top=False)
        s4 = style_of(h, A4)
        caption(
            g,
            s4,
            tr(
                lg,
                "SERVICE REPORT - ALIGNMENT",
                "MESSPROTOKOLL",
                "RAPPORT D'INTERVENTION - MESURES",
            ),
            2,
        )
        write(
            g,
            s4,
            f"{unit} - {tr(lg, 'tape', 'Band', 'bande')} "
            + rng.choice(["ATR Magnetics", "RMGI SM900", "Recording The Masters"])
            + ", "
            f"{rng.choice(['15', '30'])} ips, +{rng.choice([6, 9])} dB / "
            "185 nWb/m",
        )
        cols = columns(
            s4.margin,
            A4[0] - s4.margin,
            [(1, "left"), (1, "right"), (1, "right"), (1, "right"), (1, "right")],
        )
        rows = []
        n_ch = 24 if "24" in unit else 2
        for ch in range(1, min(n_ch, rng.choice([8, 12, 24])) + 1):
            rows.append(
                [
                    f"Ch {ch}",
                    f"{rng.uniform(-0.5, 0.5):+.1f}",
                    f"{rng.uniform(-1.2, 0.8):+.1f}",
                    f"{rng.uniform(-2, 1):+.1f}",
                    f"{rng.uniform(-68, -60):.0f}",
                ]
            )
        table(
            g,
            cols,
            [tr(lg, "Channel", "Kanal", "Voie"), "1 kHz dB", "10 kHz dB", "16 kHz dB", "S/N dB"],
            rows,
            s4,
            rules=True,
            size=8,
        )
        g.y += 8
        write(
            g,
            s4,
            f"Wow & flutter: 0.0{rng.randint(3, 6)}% DIN  -  "
            f"{tr(lg, 'Tested by', 'Geprüft', 'Contrôlé par')}: "
            f"{staff(h, 'tech')}",
            8.5,
        )
        scrawl(g.page, s4.margin + 300, g.y + 10, staff(h, "tech"))
        pages += g.pages
    received(rng, pages[0], d, 0.35)
    remember(d, None)
    return pages


def tpl_insurance_schedule(rng: random.Random, who: Issuer) -> list[Page]:
    """A music equipment insurance broker's renewal: the covering letter, the policy schedule
    (insured, period, covers, sums insured, premium), the equipment inventory with makers,
    serial numbers and values on landscape pages, and now and then a policy summary."""
    h = head_of(who, "broker")
    lg = h.lang
    s = style_of(h)
    w, _hh = A4
    m = s.margin
    d = some_day(rng)
    start = add_months(month(), 1)
    pol = serial(keyed(who, "pol"), "AA/999999/99")
    c = sheets(s, h)
    recipient(
        c,
        s,
        h,
        studio_lines(mx(crew("owner"), lg) if lg != "en" else crew("owner")),
        d,
        [(tr(lg, "Policy no.", "Vertrags-Nr.", "Police n°"), pol)],
    )
    c.page.text(
        m,
        c.y,
        tr(
            lg,
            "Your studio equipment insurance - renewal",
            "Ihre Studio- und Instrumentenversicherung - Verlängerung",
            "Votre assurance matériel de studio - renouvellement",
        ),
        s.bold,
        s.size,
    )
    c.y += 20
    write(c, s, dear(lg, mx(crew("owner"), lg) if lg != "en" else None))
    write(
        c,
        s,
        tr(
            lg,
            f"Your policy renews on {day(h, start)}. We enclose the renewal "
            "schedule and the equipment list as held by insurers. Please "
            "check the list carefully and tell us of any new items.",
            f"Ihr Vertrag verlängert sich zum {day(h, start)}. Anbei erhalten "
            "Sie den Versicherungsschein und die Geräteliste. Bitte prüfen "
            "Sie die Liste und melden Sie uns Neuanschaffungen.",
            f"Votre contrat est reconduit au {day(h, start)}. Vous trouverez "
            "ci-joint les conditions particulières et l'inventaire du matériel "
            "assuré. Merci de nous signaler tout nouvel équipement.",
        ),
    )
    write(c, s, prose(rng, lg, "gear", 1, 2))
    regards(
        c,
        s,
        lg,
        staff(h, "handler"),
        tr(lg, "Account Executive", "Kundenbetreuung", "Chargé de clientèle"),
    )
    kit = rng.sample(STUDIO_KIT, rng.randint(8, 18))
    total = sum(v for _, _, v in kit)
    prem = round(total * rng.uniform(0.011, 0.019), 2)
    g = sheets(s, h)
    caption(g, s, tr(lg, "POLICY SCHEDULE", "VERSICHERUNGSSCHEIN", "CONDITIONS PARTICULIÈRES"), 4)
    g.y = fields(
        g.page,
        s,
        m,
        g.y,
        w - 2 * m,
        [
            (tr(lg, "Policyholder", "Versicherungsnehmer", "Souscripteur"), studio_row()[0]),
            (tr(lg, "Policy no.", "Vertrags-Nr.", "N° de police"), pol),
            (
                tr(lg, "Period of insurance", "Versicherungsdauer", "Période"),
                f"{short(start, lg)} - {short(add_months(start, 12) - timedelta(days=1), lg)}",
            ),
            (
                tr(lg, "Insurer", "Versicherer", "Assureur"),
                rng.choice(["Hiscox", "Allianz ESA", "Helvetia", "AXA XL", "Mannheimer"]),
            ),
            (
                tr(lg, "Premises", "Versicherungsort", "Lieu de risque"),
                f"{studio_row()[1]}, {studio_row()[2]}",
            ),
            (
                tr(lg, "Territorial limits", "Geltungsbereich", "Territorialité"),
                tr(
                    lg,
                    "UK + Europe in transit",
                    "Europa inkl. Transport",
                    "Europe, transport inclus",
                ),
            ),
        ],
        per=2,
        tall=26,
        hand=False,
    )
    rows = [
        [
            tr(
                lg,
                "Studio equipment (all risks)",
                "Studiotechnik (Allgefahren)",
                "Matériel de studio (tous risques)",
            ),
            cash(total, lg),
            cash(250.0, lg),
        ],
        [
            tr(lg, "Hired-in equipment", "Mietgeräte", "Matériel loué"),
            cash(rng.choice([10000.0, 25000.0]), lg),
            cash(250.0, lg),
        ],
        [
            tr(lg, "Clients' instruments", "Instrumente von Kunden", "Instruments des clients"),
            cash(rng.choice([15000.0, 30000.0]), lg),
            cash(500.0, lg),
        ],
        [
            tr(
                lg,
                "Business interruption (12 months)",
                "Betriebsunterbrechung (12 Monate)",
                "Perte d'exploitation (12 mois)",
            ),
            cash(rng.choice([60000.0, 90000.0]), lg),
            tr(lg, "48 hours", "48 Std.", "48 h"),
        ],
        [
            tr(lg, "Public liability", "Betriebshaftpflicht", "RC exploitation"),
            cash(rng.choice([2000000.0, 5000000.0]), lg),
            "-",
        ],
    ]
    table(
        g,
        columns(m, w - m, [(3, "left"), (1.4, "right"), (1, "right")]),
        [
            tr(lg, "Section", "Deckung", "Garantie"),
            tr(lg, "Sum insured", "Versicherungssumme", "Capital"),
            tr(lg, "Excess", "SB", "Franchise"),
        ],
        rows,
        s,
        rules=True,
    )
    g.y += 10
    g.y = (
        pairs(
            g.page,
            s,
            w * 0.45,
            g.y,
            [
                (tr(lg, "Annual premium", "Jahresprämie", "Prime annuelle"), cash(prem, lg)),
                (
                    tr(lg, "Insurance premium tax", "Versicherungsteuer 19 %", "Taxes"),
                    cash(
                        round(prem * (0.12 if lg == "en" else 0.19 if lg == "de" else 0.09), 2), lg
                    ),
                ),
            ],
            w - m,
            s.size,
        )
        + 6
    )
    write(
        g,
        s,
        tr(
            lg,
            "Endorsements applying: E12 (vehicle security), E30 (minimum alarm standard).",
            "Es gelten die Klauseln 1.2 (Einbruchmeldeanlage) und 4.1 (Transport).",
            "Clauses applicables : vol sous condition d'effraction, transport en véhicule fermé.",
        ),
        s.size - 1,
    )
    sl = paper(s, LAND, margin=40, pt=8)
    run = f"{h.name} - {tr(lg, 'Equipment schedule', 'Geräteverzeichnis', 'Inventaire')} - {pol}"
    q = Sheets(LAND, LAND[1] - 44, lambda p, n: running_header(p, sl, run))
    caption(
        q,
        sl,
        tr(lg, "SCHEDULE OF EQUIPMENT", "GERÄTEVERZEICHNIS", "INVENTAIRE DU MATÉRIEL ASSURÉ"),
        3,
    )
    cols = columns(
        40,
        LAND[0] - 40,
        [(0.4, "center"), (3.4, "left"), (1.6, "left"), (1, "left"), (1.2, "right")],
    )
    table(
        q,
        cols,
        [
            "#",
            tr(lg, "Item", "Gerät", "Désignation"),
            tr(lg, "Serial no.", "Seriennr.", "N° de série"),
            tr(lg, "Year", "Baujahr", "Année"),
            tr(lg, "Value", "Wert", "Valeur"),
        ],
        [
            [
                str(k + 1),
                t,
                f"{code}-{rng.randint(1000, 99999)}",
                str(rng.randint(1962, 2023)),
                money(v, lg),
            ]
            for k, (t, code, v) in enumerate(kit)
        ],
        sl,
        shade=0.86,
        rules=True,
    )
    q.y += 4
    q.page.text(
        LAND[0] - 40,
        q.y,
        f"{tr(lg, 'Total', 'Summe', 'Total')}: {cash(total, lg)}",
        sl.bold,
        9,
        "right",
    )
    pages = close(c.pages, s, h, numbers="none") + close(
        g.pages + q.pages,
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
    if rng.random() < 0.35:
        pages.append(
            small_print(
                rng,
                s,
                tr(lg, "POLICY SUMMARY", "PRODUKTINFORMATIONSBLATT", "DOCUMENT D'INFORMATION"),
                [words(rng, lg, "gear", 3)[:-1] for _ in range(8)],
                lg,
                "gear",
            )
        )
    received(rng, pages[0], d, 0.35)
    remember(d, None)
    return pages


def tpl_royalty_statement(rng: random.Random, who: Issuer) -> list[Page]:
    """The label's royalty statement to one of its artists (the office copy): the summary with
    the opening balance, the royalties earned, the costs recouped and the balance payable, then
    the detail by channel, territory and format on one or two landscape pages."""
    h = label_head()
    lg = h.lang
    s = style_of(h)
    w, _hh = A4
    m = s.margin
    ex = LAST["extra"]
    rels = roster()
    if after(("royalty_statement",)) and isinstance(ex, Release) and ex in rels:
        rel = rels[(rels.index(ex) + 1) % len(rels)]
    else:
        rel = release_of(who)
    d = some_day(rng)
    half = 1 if month().month >= 7 else 2
    yr = month().year if half == 1 else month().year - 1
    period = tr(lg, f"H{half} {yr}", f"{half}. Halbjahr {yr}", f"{half}er semestre {yr}")
    f = sheets(
        s,
        h,
        f"{tr(lg, 'Royalty statement', 'Lizenzabrechnung', 'Relevé de redevances')} "
        f"- {rel.artist} - {period}",
    )
    mgmt = keyed(who, "mgmt/" + rel.artist).choice(SENDERS["producer"][rel.artist_lang])
    recipient(
        f,
        s,
        h,
        [
            rel.artist,
            "c/o " + mgmt[0],
            mgmt[1],
            mgmt[2],
        ],
        d,
        [
            (tr(lg, "Period", "Zeitraum", "Période"), period),
            (
                tr(lg, "Artist no.", "Künstler-Nr.", "N° artiste"),
                serial(keyed(who, rel.artist), "A999"),
            ),
        ],
    )
    caption(f, s, tr(lg, "ROYALTY STATEMENT", "LIZENZABRECHNUNG", "RELEVÉ DE REDEVANCES"), 4)
    detail = []
    earned = 0.0
    for ch, terr, fmt in itertools.product(
        [tr(lg, "Physical", "Physisch", "Physique"), "Streaming", "Download"],
        [tr(lg, "Home", "Inland", "France"), "EU", tr(lg, "RoW", "Welt", "Monde")],
        [rel.fmt],
    ):
        units = rng.randint(0, 900) if ch != "Streaming" else rng.randint(5000, 400000)
        rec = round(
            units
            * (
                rng.uniform(9, 13)
                if ch not in ("Streaming", "Download")
                else rng.uniform(0.002, 0.004)
                if ch == "Streaming"
                else 0.7
            ),
            2,
        )
        rate = 18 if ch not in ("Streaming", "Download") else 25
        roy = round(rec * rate / 100, 2)
        earned += roy
        detail.append(
            [
                ch,
                terr,
                fmt if ch != "Streaming" else "-",
                str(units),
                money(rec, lg),
                f"{rate}%",
                money(roy, lg),
            ]
        )
    opening = -round(rng.uniform(500, 9000), 2) if rng.random() < 0.6 else 0.0
    costs = round(rng.uniform(0, 600), 2)
    closing = round(opening + earned - costs, 2)
    rows = [
        [tr(lg, "Opening balance", "Saldovortrag", "Solde reporté"), money(opening, lg)],
        [
            tr(lg, "Royalties this period", "Lizenzen im Zeitraum", "Redevances de la période"),
            money(earned, lg),
        ],
        [
            tr(
                lg,
                "Recoupable costs (video, tour support)",
                "Verrechenbare Kosten (Video, Tour-Support)",
                "Frais récupérables (clip, tournée)",
            ),
            money(-costs, lg),
        ],
        [tr(lg, "Closing balance", "Saldo", "Solde"), money(closing, lg)],
    ]
    table(
        f,
        columns(m, w - m, [(4, "left"), (1.3, "right")]),
        [tr(lg, "Summary", "Übersicht", "Récapitulatif"), lg and currency_of(lg)],
        rows,
        s,
        rules=True,
    )
    f.y += 8
    write(
        f,
        s,
        tr(
            lg,
            "Payable this period: "
            + (cash(closing, lg) if closing > 0 else tr(lg, "nil (unrecouped)")),
            "Auszahlung: " + (cash(closing, lg) if closing > 0 else "keine (nicht verrechnet)"),
            "Montant à payer : "
            + (cash(closing, lg) if closing > 0 else "néant (avance non récupérée)"),
        ),
    )
    if closing > 0:
        write(
            f,
            s,
            tr(
                lg,
                "Please send us your invoice for this amount.",
                "Bitte stellen Sie uns den Betrag in Rechnung (Gutschriftverfahren möglich).",
                "Merci de nous adresser votre facture.",
            ),
            s.size - 1,
        )
    regards(
        f, s, lg, crew("label"), tr(lg, "Label manager", "Labelmanagement", "Responsable du label")
    )
    sl = paper(s, LAND, margin=44, pt=8)
    q = Sheets(
        LAND,
        LAND[1] - 44,
        lambda p, n: running_header(p, sl, f"{h.name} - {rel.artist} - {rel.cat} - {period}"),
    )
    caption(q, sl, tr(lg, "DETAIL", "EINZELAUFSTELLUNG", "DÉTAIL"), 3)
    table(
        q,
        columns(
            44,
            LAND[0] - 44,
            [
                (1.4, "left"),
                (1, "left"),
                (0.8, "left"),
                (1, "right"),
                (1.2, "right"),
                (0.7, "right"),
                (1.2, "right"),
            ],
        ),
        [
            tr(lg, "Channel", "Kanal", "Canal"),
            tr(lg, "Territory", "Gebiet", "Territoire"),
            "Format",
            tr(lg, "Units/streams", "Einheiten", "Unités"),
            tr(lg, "Receipts", "Erlöse", "Recettes"),
            tr(lg, "Rate", "Satz", "Taux"),
            tr(lg, "Royalty", "Lizenz", "Redevance"),
        ],
        detail,
        sl,
        shade=0.86,
        rules=True,
    )
    pages = close(f.pages, s, h, numbers="none") + q.pages
    remember(d, rel)
    return pages


def currency_of(lg: str) -> str:
    return "GBP" if lg == "en" else "EUR"


def tpl_grant_letter(rng: random.Random, who: Issuer) -> list[Page]:
    """A music export office's grant letter to the label: the award for a showcase, a tour or
    a campaign abroad with the amount and the conditions, the funding conditions on a second
    page and the acceptance form to sign and return."""
    h = head_of(who, "export")
    lg = h.lang
    s = style_of(h)
    w, _hh = A4
    m = s.margin
    rel = release_of(who)
    d = some_day(rng)
    amount = rng.choice([2500.0, 3000.0, 5000.0, 7500.0, 10000.0])
    ref = serial(rng, "ME-9999-999" if lg == "en" else "IM-99-9999" if lg == "de" else "BE/99/999")
    event = rng.choice(
        [
            "Eurosonic Noorderslag (Groningen)",
            "SXSW (Austin)",
            "Reeperbahn Festival",
            "The Great Escape (Brighton)",
            "MaMA Festival (Paris)",
            "by:Larm (Oslo)",
            "Focus Wales",
        ]
    )
    f = sheets(s, h, f"{h.name} - {ref}")
    recipient(
        f,
        s,
        h,
        label_lines(mx(crew("label"), lg) if lg != "en" else crew("label")),
        d,
        [(tr(lg, "Reference", "Förderkennzeichen", "Dossier"), ref)],
    )
    f.page.text(
        m,
        f.y,
        tr(
            lg,
            f"Grant award - {rel.artist} at {event}",
            f"Zuwendungsbescheid - {rel.artist}, {event}",
            f"Notification d'aide - {rel.artist}, {event}",
        ),
        s.bold,
        s.size,
    )
    f.y += 20
    write(f, s, dear(lg, mx(crew("label"), lg) if lg != "en" else None))
    write(
        f,
        s,
        tr(
            lg,
            "I am pleased to tell you that the panel has awarded a grant "
            f"of {cash(amount, lg)} towards the costs of {rel.artist} performing "
            f"at {event}.",
            "wir freuen uns, Ihnen mitteilen zu können, dass die Jury für "
            f"den Auftritt von {rel.artist} beim {event} eine Förderung von "
            f"bis zu {cash(amount, lg)} bewilligt hat.",
            "Nous avons le plaisir de vous informer que la commission a "
            f"attribué une aide de {cash(amount, lg)} pour la participation "
            f"de {rel.artist} à {event}.",
        ),
    )
    write(
        f,
        s,
        tr(
            lg,
            "The grant is paid in two instalments: 70% on signature of the "
            "acceptance form, 30% on receipt of the final report with evidence "
            "of costs.",
            "Die Auszahlung erfolgt zu 70 % nach Rücksendung der Annahmeerklärung "
            "und zu 30 % nach Prüfung des Verwendungsnachweises.",
            "L'aide est versée en deux fois : 70 % à la signature, 30 % "
            "à réception du bilan et des justificatifs.",
        ),
    )
    write(f, s, prose(rng, lg, "grant", 1, 3))
    regards(
        f,
        s,
        lg,
        staff(h, "director"),
        tr(lg, "Programme Manager", "Programmleitung", "Chargée de programme"),
    )
    pages = f.pages
    g = sheets(s, h, f"{h.name} - {ref}", top=False)
    caption(g, s, tr(lg, "CONDITIONS OF GRANT", "NEBENBESTIMMUNGEN", "CONDITIONS D'ATTRIBUTION"), 2)
    for k in range(1, rng.randint(7, 12)):
        g.need(30)
        g.page.text(s.margin, g.y, f"{k}.", s.bold, s.size)
        g.para(s.margin + 18, w - 2 * s.margin - 18, prose(rng, lg, "grant", 1, 2), s.font, s.size)
    pages = pages + g.pages
    if rng.random() < 0.75:
        a = sheets(s, h, top=False)
        caption(a, s, tr(lg, "ACCEPTANCE OF GRANT", "ANNAHMEERKLÄRUNG", "ACCEPTATION DE L'AIDE"), 3)
        a.y = fields(
            a.page,
            s,
            m,
            a.y,
            w - 2 * m,
            [
                (tr(lg, "Reference", "Förderkennzeichen", "Dossier"), ref),
                (tr(lg, "Recipient", "Zuwendungsempfänger", "Bénéficiaire"), label_head().name),
                (tr(lg, "Amount", "Betrag", "Montant"), cash(amount, lg)),
                (tr(lg, "Bank account", "Bankverbindung", "RIB"), ""),
            ],
            per=2,
            tall=28,
            hand=True,
        )
        write(
            a,
            s,
            tr(
                lg,
                "I accept the grant on the conditions set out.",
                "Hiermit nehme ich die Zuwendung zu den genannten Bedingungen an.",
                "J'accepte l'aide aux conditions ci-dessus.",
            ),
        )
        signed = rng.random() < 0.5
        sign_blocks(a, s, lg, crew("label"), "", (signed, False))
        pages = pages + a.pages
    pages = close(pages, s, h)
    received(rng, pages[0], d, 0.3)
    remember(d, rel)
    return pages


def tpl_rent_invoice(rng: random.Random, who: Issuer) -> list[Page]:
    """The landlord's rent invoice for the studio building: a quarterly rent demand with
    service charge and insurance rent, a monthly Mietrechnung with Nebenkosten, or an avis
    d'échéance with its payment slip; A4 or A5."""
    h = head_of(who, "landlord")
    lg = h.lang
    size = keyed(who, "size").choice([A4, A4, A5])
    s = style_of(h, size, margin=36 if size == A5 else 0, pt=8.5 if size == A5 else 0)
    w, hh = size
    m = s.margin
    step = 3 if lg == "en" else 1
    ex = LAST["extra"]
    if after(("rent_invoice",)) and isinstance(ex, tuple) and ex[0] == h.name:
        q0 = add_months(ex[1], step)
    else:
        q0 = add_months(month(), rng.randint(0, 2))
    d = q0 - timedelta(days=rng.randint(8, 24))
    rent = keyed(who, "rent").choice([1850.0, 2400.0, 3100.0, 1420.0])
    no = serial(rng, "999999")
    f = sheets(s, h)
    recipient(
        f,
        s,
        h,
        studio_lines(),
        d,
        [
            (
                tr(lg, "Tenant ref", "Mieter-Nr.", "Réf. locataire"),
                serial(keyed(who, "t"), "T99999"),
            ),
            (tr(lg, "Invoice", "Rechnung", "Avis n°"), no),
        ],
    )
    caption(f, s, tr(lg, "RENT DEMAND", "MIETRECHNUNG", "AVIS D'ÉCHÉANCE"), 3)
    if lg == "en":
        period = f"{short(q0, lg)} - {short(add_months(q0, 3) - timedelta(days=1), lg)}"
        rows = [
            ["Rent", period, money(rent * 3, lg)],
            ["Service charge (on account)", period, money(rent * 0.35, lg)],
            ["Insurance rent", period, money(rent * 0.07, lg)],
        ]
        net = rent * 3.42
    else:
        period = f"{MONTHS_NAMES[lg][q0.month - 1]} {q0.year}"
        rows = [
            [tr(lg, "", "Grundmiete Gewerbe", "Loyer"), period, money(rent, lg)],
            [
                tr(lg, "", "Nebenkostenvorauszahlung", "Provision pour charges"),
                period,
                money(rent * 0.2, lg),
            ],
        ]
        net = rent * 1.2
    write(
        f,
        s,
        tr(
            lg,
            f"Premises: {studio_row()[1]}",
            f"Mietobjekt: {studio_row()[1]}, Studio- und Büroflächen",
            f"Lot : {studio_row()[1]}, local d'activité",
        ),
        s.size - 0.5,
    )
    table(
        f,
        columns(m, w - m, [(3, "left"), (2.4, "left"), (1.3, "right")]),
        [
            tr(lg, "Item", "Position", "Désignation"),
            tr(lg, "Period", "Zeitraum", "Période"),
            tr(lg, "Amount", "Betrag", "Montant"),
        ],
        rows,
        s,
        rules=True,
    )
    totals(f, s, lg, round(net, 2), vat_rate(lg))
    write(
        f,
        s,
        tr(
            lg,
            f"Due in advance on {day(h, q0)}.",
            "Fällig am 3. Werktag des Monats.",
            "Payable d'avance le 1er du mois.",
        ),
        s.size - 1,
    )
    if lg == "fr" and f.y < hh - 150:
        y = hh - m - 100
        slip_rule(f.page, m, w - m, y, "Talon à joindre à votre règlement")
        fields(
            f.page,
            s,
            m,
            y + 10,
            w - 2 * m,
            [
                ("Locataire", studio_row()[0]),
                ("Avis n°", no),
                ("Montant", cash(net * 1.2, lg)),
                ("Échéance", short(q0, lg)),
            ],
            per=2,
            tall=22,
            hand=False,
        )
    pages = close(f.pages, s, h, numbers="none")
    received(rng, pages[0], d, 0.3)
    if rng.random() < 0.3:
        hand(
            pages[0],
            m + 10,
            hh - m - 40 - (110 if lg == "fr" else 0),
            tr(
                lg,
                f"paid {short(d + timedelta(days=3), lg)}",
                f"bez. {short(d + timedelta(days=3), lg)}",
                f"payé le {short(d + timedelta(days=3), lg)}",
            ),
            11,
        )
    remember(d, (h.name, q0))
    return pages


def tpl_studio_invoice(rng: random.Random, who: Issuer) -> list[Page]:
    """The studio's own invoice to a client (office copy): the session days, mastering per
    track, media and extras, the deposit received; now and then the session log with the
    hours per day behind."""
    h = studio_head()
    lg = h.lang
    s = style_of(h)
    w, _hh = A4
    m = s.margin
    ses = a_session(rng, who)
    d = ses.first + timedelta(days=ses.days + rng.randint(0, 6))
    no = f"{d.year}-{rng.randint(100, 999)}"
    c = make_head(ses.client, ses.client_lang, "client")
    f = sheets(s, h, f"{h.name} - {tr(lg, 'Invoice', 'Rechnung', 'Facture')} {no}")
    recipient(
        f,
        s,
        h,
        head_lines(c),
        d,
        [
            (tr(lg, "Invoice no.", "Rechnungs-Nr.", "Facture n°"), no),
            (tr(lg, "Booking", "Buchung", "Réservation"), ses.ref),
        ],
    )
    caption(f, s, tr(lg, "INVOICE", "RECHNUNG", "FACTURE"), 4)
    write(
        f, s, tr(lg, f"Project: {ses.artist}", f"Projekt: {ses.artist}", f"Projet : {ses.artist}")
    )
    rows = []
    net = 0.0
    for k in range(ses.days):
        rows.append(
            [
                short(ses.first + timedelta(days=k), lg),
                tr(
                    lg,
                    "Studio day incl. engineer",
                    "Studiotag inkl. Toningenieur",
                    "Journée studio avec ingénieur",
                ),
                "1",
                money(ses.rate, lg),
            ]
        )
        net += ses.rate
    if rng.random() < 0.6:
        n = len(ses.songs) + rng.randint(0, 6)
        r = rng.choice([60.0, 80.0, 95.0])
        rows.append(
            [
                "",
                tr(
                    lg,
                    f"Mastering ({n} tracks, stereo)",
                    f"Mastering ({n} Titel)",
                    f"Mastering ({n} titres)",
                ),
                str(n),
                money(n * r, lg),
            ]
        )
        net += n * r
    if rng.random() < 0.4:
        rows.append(
            [
                "",
                tr(
                    lg,
                    "DDP image + vinyl pre-master",
                    "DDP + Vinyl-Premaster",
                    "DDP + pré-master vinyle",
                ),
                "1",
                money(120.0, lg),
            ]
        )
        net += 120.0
    if rng.random() < 0.3:
        ot = rng.randint(1, 4)
        rows.append(
            [
                "",
                tr(lg, "Overtime (hours)", "Überstunden", "Heures supplémentaires"),
                str(ot),
                money(ot * 55.0, lg),
            ]
        )
        net += ot * 55.0
    table(
        f,
        columns(m, w - m, [(1.3, "left"), (3.5, "left"), (0.6, "right"), (1.2, "right")]),
        [
            tr(lg, "Date", "Datum", "Date"),
            tr(lg, "Description", "Leistung", "Désignation"),
            tr(lg, "Qty", "Anz.", "Qté"),
            tr(lg, "Amount", "Betrag", "Montant"),
        ],
        rows,
        s,
        rules=True,
    )
    dep = round(net * 0.3, 2) if rng.random() < 0.6 else 0.0
    totals(f, s, lg, round(net, 2), vat_rate(lg), less=dep)
    write(
        f,
        s,
        tr(
            lg,
            "Masters are released on receipt of full payment.",
            "Die Herausgabe der Aufnahmen erfolgt nach vollständiger Zahlung.",
            "Les enregistrements sont remis après paiement intégral.",
        ),
        s.size - 1,
    )
    pages = close(f.pages, s, h, numbers="none")
    if rng.random() < 0.35:
        g = sheets(s, h, top=False)
        caption(g, s, tr(lg, "SESSION LOG", "STUNDENNACHWEIS", "RELEVÉ D'HEURES"), 2)
        log = []
        for k in range(ses.days):
            a = rng.choice([10, 11])
            b = a + rng.randint(8, 12)
            log.append(
                [
                    short(ses.first + timedelta(days=k), lg),
                    f"{a}:00",
                    f"{b % 24}:00",
                    str(b - a),
                    ses.engineer,
                    rng.choice(ses.songs),
                ]
            )
        table(
            g,
            columns(
                m,
                w - m,
                [
                    (1.2, "left"),
                    (0.7, "left"),
                    (0.7, "left"),
                    (0.5, "right"),
                    (1.8, "left"),
                    (1.8, "left"),
                ],
            ),
            [
                tr(lg, "Date", "Datum", "Date"),
                tr(lg, "In", "Beginn", "Début"),
                tr(lg, "Out", "Ende", "Fin"),
                "h",
                tr(lg, "Engineer", "Technik", "Ingénieur"),
                tr(lg, "Work", "Titel", "Travail"),
            ],
            log,
            s,
            rules=True,
        )
        pages += g.pages
    remember(d, ses)
    return pages


# ---------------------------------------------------------------------------------------------
# The part: templates, runs and companions
# ---------------------------------------------------------------------------------------------


def tracked(name: str, tpl: Template) -> Template:
    """``tpl`` noting its kind, so that a companion can take up the same session or release."""

    def run(rng: random.Random, who: Issuer) -> list[Page]:
        pages = tpl(rng, who)
        LAST["kind"] = name
        return pages

    run.__doc__ = tpl.__doc__
    return run


KINDS: dict[str, Template] = {
    "booking_confirmation": tpl_booking_confirmation,
    "session_sheet": tpl_session_sheet,
    "musician_agreement": tpl_musician_agreement,
    "musician_invoice": tpl_musician_invoice,
    "producer_agreement": tpl_producer_agreement,
    "recording_contract": tpl_recording_contract,
    "licence_agreement": tpl_licence_agreement,
    "society_statement": tpl_society_statement,
    "mech_licence": tpl_mech_licence,
    "label_copy": tpl_label_copy,
    "distributor_invoice": tpl_distributor_invoice,
    "pressing_invoice": tpl_pressing_invoice,
    "test_pressing_approval": tpl_test_pressing_approval,
    "hire_invoice": tpl_hire_invoice,
    "repair_invoice": tpl_repair_invoice,
    "insurance_schedule": tpl_insurance_schedule,
    "royalty_statement": tpl_royalty_statement,
    "grant_letter": tpl_grant_letter,
    "rent_invoice": tpl_rent_invoice,
    "studio_invoice": tpl_studio_invoice,
}
TEMPLATES_KKKKK: dict[str, Template] = {k: tracked(k, t) for k, t in KINDS.items()}
#: Kinds that a pile often holds 2-4 of in a row from one sender.
RUN_KINDS = (
    "session_sheet",
    "musician_agreement",
    "musician_invoice",
    "hire_invoice",
    "society_statement",
    "royalty_statement",
    "rent_invoice",
    "studio_invoice",
)
#: A kind often followed by a related paper.
FOLLOWS = {
    "booking_confirmation": "session_sheet",
    "session_sheet": "musician_agreement",
    "musician_agreement": "musician_invoice",
    "label_copy": "mech_licence",
    "test_pressing_approval": "pressing_invoice",
}


# ---------------------------------------------------------------------------------------------
# Streams and generation (same files and labels as corpus.generate)
# ---------------------------------------------------------------------------------------------


def make_peeler_stream(rng: random.Random, n_docs: int, separators: bool) -> Stream:
    """One studio's pile: ``corpus.make_stream`` with batch runs (after a run kind, 1-3 more
    of the same kind from the same sender follow with probability 0.6) and companions (each
    kind in ``FOLLOWS`` is followed by its related paper with probability 0.5). The office
    (country, name, month) is drawn once per stream."""
    r = random.Random(rng.getrandbits(32))
    lang = r.choice(["en", "en", "de", "de", "fr"])
    OFFICE["lang"] = lang
    OFFICE["row"] = r.randrange(len(STUDIOS[lang]))
    OFFICE["seed"] = r.getrandbits(24)
    OFFICE["month"] = date(r.choice([2024, 2025]), r.randint(1, 12), 1)
    LAST.update(kind="", day=None, extra=None)
    run_odds = dict.fromkeys(RUN_KINDS, 0.6)
    return assemble_stream(
        rng, TEMPLATES_KKKKK, n_docs, separators, run_odds, run_len=(1, 3), follows=FOLLOWS
    )


generate = part_generate(PART, SEED_OFFSET, make_peeler_stream, "templates KKKKK")


def main(argv: list[str]) -> int:
    return part_main(argv, __doc__, PART, generate, scanned=12)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

"""Wok part of the generated corpus: templates VVVV, written blind for the next measurement.

A part of its own, ``wok``. Its templates were written without looking at the boundary
detector, its documentation, its tuning or its evaluation, as the pile the office of a small
practice of chartered building surveyors (two partners, a surveyor, an assistant and a practice
manager; in England, Germany or France) feeds through its scanner in a month: the practice's
survey instruction forms as the clients fill them in by hand and send them back (survey level,
property type, access and extras ticked, the declaration signed on a second page, now and then
the estate agent's sales particulars stapled behind); the practice's confirmations of
instructions with the terms of engagement in small print and the client's signed acceptance
page; its building survey reports (RICS Home Survey, Bauzustandsbericht, rapport d'expertise
bâtiment) with the cover page, the contents, the element-by-element condition ratings, the
photo pages and the defects schedule on landscape pages; schedules of condition of a
neighbour's house taken before works (Beweissicherung, état des lieux avant travaux) with the
room-by-room table and numbered photos; landlords' surveyors' schedules of dilapidations served
on the practice's tenant clients (Scott schedule on landscape pages, covering letter and
endorsement); the party wall notices the practice serves for building owners (party structure
and adjacent excavation notices, Anzeige nach Nachbarrechtsgesetz, notification de travaux sur
mur mitoyen) with the plan and the acknowledgement form; the adjoining owners' replies on that
form, ticked and signed by hand, sometimes behind a handwritten note; the practice's fee
invoices and its statements of account with the tear-off remittance slip; the broker's
professional indemnity renewal proposal with its covering letter, filled in by hand; the
professional bodies' CPD record printouts (RICS, BDB, Chambre des experts) on landscape pages;
clients' complaint letters, typed or handwritten, sometimes with a builder's quotation copy
enclosed, and the practice's acknowledgement under its complaints handling procedure with the
procedure leaflet; the practice's tender reports to clients with the landscape comparison of the
contractors' tenders; its interim certificates under a minor works contract (Zahlungsfreigabe,
certificat de paiement) with the valuation breakdown; planning and building control letters
(conditional approval, Nachforderung, demande de pièces complémentaires); damp and timber
specialists' reports with a moisture plan and a quotation; drainage contractors' CCTV survey
reports with the landscape observation tables; estate agents' key release slips; and lenders'
panel managers' (or banks', or insurers') survey instructions printed from their portals.
Each stream is one practice's pile: the practice (country, name, staff, month) is drawn once
per stream; its outside senders are of the practice's country and write in its language, except
that clients, landlords' surveyors and damp specialists are now and then from abroad and write in
their own.
Page sizes range from key slips and A6/A5 notes to A4, Letter and landscape A4.

Labelling rule: what one sender issues in one go is one document, as the practice files it:
the declaration page and the agent's particulars behind an instruction form; the terms pages
and acceptance page of a confirmation of instructions; every page of a survey report (cover,
contents, sections, photo pages, landscape defects schedule, declaration); the tables and
photo pages of a schedule of condition; the covering letter, landscape schedule and summary of
a dilapidations schedule; the plan and the acknowledgement form served with a party wall
notice; the handwritten note sent with an adjoining owner's reply; the remittance slip of a
statement; the covering letter and all pages of a PI proposal; every page of a CPD record; the
enclosure of a complaint; the procedure leaflet of a complaint acknowledgement; the covering
letter and landscape comparison of a tender report; the breakdown page of an interim
certificate; the guarantee terms of a damp report; the observation and photo pages of a CCTV
report. Related papers are documents of their own: the confirmation of instructions after the
instruction form, the adjoining owner's reply after the party wall notice, the fee invoice
after the survey report, the acknowledgement after the complaint, the key slip after the panel
instruction, the interim certificate after the tender report, the schedule of condition after
the adjoining owner's reply; and so is each notice, invoice, certificate, key slip, CPD record
and instruction of a run.

Streams are assembled like ``corpus.make_stream`` (same separator sheets, same 30% chance of
repeating the previous kind and sender), plus batch runs: party wall notices (one for each
adjoining owner), fee invoices, statements, interim certificates, CPD records (one for each
member of staff), key slips and panel instructions often come 2-4 in a row from one sender
with other properties, people, numbers, dates and amounts; and companions: each related paper
above often follows the document it answers, about the same job. Drawn with
``corpus.draw_pdf``, scanned with ``corpus.scan`` and labelled exactly like
``corpus.generate`` with ``"split": "wok"`` and seeds offset by 9_900_000.

Usage: ``python benchmarks/corpus_wok.py OUT_DIR [--streams N] [--scanned N] [--seed S]``
writes ``OUT_DIR/wok/wok_{born_digital,scanned}_NNNNNNN.{pdf,json}``.
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

PART = "wok"
SEED_OFFSET = 9_900_000

MM = 72 / 25.4
SLIP = (80 * MM, 150 * MM)
A6 = (105 * MM, 148 * MM)
LAND = landscape(A4)

# ---------------------------------------------------------------------------------------------
# Who writes: the practice and its outside senders, by country
# ---------------------------------------------------------------------------------------------

Row = tuple[str, str, str, str]  # name, street, town, telephone
PRACTICES: dict[str, list[Row]] = {
    "en": [
        ("Ashdown Pryce Chartered Surveyors", "3 Minster Yard", "Lincoln LN2 1PX", "01522 530 118"),
        ("Hollis & Venn LLP", "12 Bridge Street", "Chester CH1 1NQ", "01244 310 642"),
        ("Carrow Building Consultancy Ltd", "First Floor, 7 Tombland", "Norwich NR3 1HF", ""),
    ],
    "de": [
        ("Ingenieurbüro Feldkamp & Sohn", "Domhof 9", "49074 Osnabrück", "0541 33 18 20"),
        ("Sachverständigenbüro Dr. Anke Reuter", "Marktplatz 4", "35037 Marburg", ""),
        ("Baugutachter Kessel & Partner mbB", "Lange Straße 61", "26122 Oldenburg", ""),
    ],
    "fr": [
        ("Cabinet Delorme Expertise Bâtiment", "14 rue Vauban", "21000 Dijon", "03 80 41 27 90"),
        ("Expertises Garonne SARL", "6 allées de Tourny", "33000 Bordeaux", "05 56 48 11 03"),
        ("Bureau Lemaire & Associés", "22 rue Nationale", "37000 Tours", "02 47 05 66 18"),
    ],
}
SENDERS: dict[str, dict[str, list[Row]]] = {
    "agent": {
        "en": [
            ("Mount & Cottrell Estate Agents", "22 Silver Street", "Lincoln LN2 1EA", ""),
            ("Hartley Homes", "4 Watergate Row", "Chester CH1 2LE", "01244 401 900"),
            ("Jarrold Property", "18 London Street", "Norwich NR2 1LD", "01603 620 404"),
        ],
        "de": [
            ("Immobilien Brinkhoff GmbH", "Große Straße 12", "49074 Osnabrück", ""),
            ("Hessenhaus Immobilien", "Wettergasse 20", "35037 Marburg", "06421 16 90 0"),
            ("Nordwest Makler KG", "Achternstraße 8", "26122 Oldenburg", ""),
        ],
        "fr": [
            ("Agence du Parc Immobilier", "3 place Darcy", "21000 Dijon", "03 80 30 55 12"),
            ("Bordeaux Pierre Immobilier", "41 cours de l'Intendance", "33000 Bordeaux", ""),
            ("Touraine Habitat Transactions", "9 rue de Bordeaux", "37000 Tours", ""),
        ],
    },
    "panel": {
        "en": [
            ("Surveylink Panel Management Ltd", "Quay House, Quay Street", "Manchester M3 3JE", ""),
            ("Harbour Valuation Services", "2 Temple Back", "Bristol BS1 6FL", ""),
        ],
        "de": [
            (
                "Sparkasse Osnabrück - Immobilienbewertung",
                "Wittekindstraße 17",
                "49074 Osnabrück",
                "",
            ),
            (
                "Volksbank Mittelhessen eG - Kreditservice",
                "Schiffenberger Weg 110",
                "35394 Gießen",
                "",
            ),
        ],
        "fr": [
            ("Mutuelle Atlantique Assurances - Sinistres", "Rue de la Galaxie", "44300 Nantes", ""),
            ("Bourgogne Protection Juridique", "12 boulevard de Brosses", "21000 Dijon", ""),
        ],
    },
    "contractor": {
        "en": [
            ("R. Whitfield & Sons Builders", "Yard 3, Sincil Bank", "Lincoln LN5 8EW", ""),
            ("Deeside Restoration Ltd", "Unit 9, Sealand Road", "Chester CH1 4LQ", ""),
            ("Cathedral Roofing & Leadwork", "22 Magdalen Street", "Norwich NR3 1LE", ""),
        ],
        "de": [
            ("Bauunternehmung Hölscher GmbH", "Gewerbestraße 7", "49084 Osnabrück", ""),
            ("Zimmerei & Dachbau Lahntal", "Im Rohrfeld 3", "35043 Marburg", ""),
            ("Meyer Sanierung GmbH & Co. KG", "Industrieweg 22", "26135 Oldenburg", ""),
        ],
        "fr": [
            ("Entreprise Moreau Bâtiment", "ZA des Grandes Varennes", "21800 Quetigny", ""),
            ("Couverture Girondine SARL", "18 avenue de la Libération", "33110 Le Bouscat", ""),
            ("Maçonnerie Renard et Fils", "La Gitonnière", "37540 Saint-Cyr-sur-Loire", ""),
        ],
    },
    "landlord_surveyor": {
        "en": [
            ("Brackley Sutton Property Consultants", "One Colmore Square", "Birmingham B4 6AA", ""),
            ("Tennant Marsh LLP", "40 Queen Square", "Bristol BS1 4QP", "0117 930 2020"),
        ],
        "de": [
            ("Gewerbeimmobilien Nord Asset Management", "Ballindamm 6", "20095 Hamburg", ""),
            ("Dr. Pohl Immobilien-Sachverständige", "Schillerstraße 19", "60313 Frankfurt", ""),
        ],
        "fr": [
            ("Cabinet Vasseur Gestion d'Actifs", "8 rue de la Paix", "75002 Paris", ""),
            ("Foncière Rhodanienne - Direction technique", "20 quai Tilsitt", "69002 Lyon", ""),
        ],
    },
    "authority": {
        "en": [
            (
                "City of Lincoln Council - Building Control",
                "City Hall, Beaumont Fee",
                "Lincoln LN1 1DD",
                "",
            ),
            (
                "Cheshire West and Chester Council - Planning",
                "4 Civic Way",
                "Ellesmere Port CH65 0BE",
                "",
            ),
            (
                "Norwich City Council - Building Control",
                "City Hall, St Peters Street",
                "Norwich NR2 1NH",
                "",
            ),
        ],
        "de": [
            (
                "Stadt Osnabrück - Fachbereich Städtebau, Bauordnung",
                "Natruper-Tor-Wall 2",
                "49076 Osnabrück",
                "",
            ),
            (
                "Universitätsstadt Marburg - Untere Bauaufsicht",
                "Barfüßerstraße 11",
                "35037 Marburg",
                "",
            ),
            ("Stadt Oldenburg - Bauordnungsamt", "Industriestraße 1", "26121 Oldenburg", ""),
        ],
        "fr": [
            (
                "Mairie de Dijon - Direction de l'Urbanisme",
                "Place de la Libération",
                "21000 Dijon",
                "",
            ),
            (
                "Ville de Bordeaux - Service Autorisations d'urbanisme",
                "Place Pey-Berland",
                "33000 Bordeaux",
                "",
            ),
            ("Mairie de Tours - Service de l'Urbanisme", "1-3 rue des Minimes", "37000 Tours", ""),
        ],
    },
    "broker": {
        "en": [
            ("Fairway Professional Risks Ltd", "20 Gracechurch Street", "London EC3V 0BG", ""),
            ("Lindley Insurance Brokers", "6 Park Square East", "Leeds LS1 2NE", ""),
        ],
        "de": [
            ("Hanse Assekuranzmakler GmbH", "Neuer Wall 40", "20354 Hamburg", ""),
            ("Rheinische Versicherungsmakler AG", "Kaiser-Wilhelm-Ring 27", "50672 Köln", ""),
        ],
        "fr": [
            ("Cabinet Roussel Courtage", "15 rue de la Bourse", "69002 Lyon", ""),
            ("Arpège Assurances Professions Techniques", "5 rue Auber", "75009 Paris", ""),
        ],
    },
    "body": {
        "en": [
            (
                "RICS - Royal Institution of Chartered Surveyors",
                "Parliament Square",
                "London SW1P 3AD",
                "",
            ),
            (
                "RICS - Royal Institution of Chartered Surveyors",
                "55 Colmore Row",
                "Birmingham B3 2AA",
                "",
            ),
        ],
        "de": [
            (
                "BDB - Bund Deutscher Baumeister, Architekten und Ingenieure e.V.",
                "Willdenowstraße 6",
                "12203 Berlin",
                "",
            ),
            (
                "Bundesverband Deutscher Sachverständiger e.V.",
                "Lindenstraße 76",
                "10969 Berlin",
                "",
            ),
        ],
        "fr": [
            ("Chambre Nationale des Experts en Bâtiment", "9 rue La Boétie", "75008 Paris", ""),
            ("Compagnie des Experts Techniques Immobiliers", "40 rue de Rivoli", "75004 Paris", ""),
        ],
    },
    "specialist": {
        "en": [
            ("Dryrot Preservation Services Ltd", "Unit 14, Boston Way", "Lincoln LN6 7BX", ""),
            ("Rowan Damp & Timber Specialists", "Station Works", "Wrexham LL11 2AA", ""),
        ],
        "de": [
            ("Trockenbau & Bautenschutz Albers", "Hafenstraße 30", "49090 Osnabrück", ""),
            ("Holzschutz Weber GmbH", "Auf der Höhe 5", "35041 Marburg", ""),
        ],
        "fr": [
            ("Traitements Humidité Bourgogne", "23 rue de Longvic", "21300 Chenôve", ""),
            ("Xylo-Protect Aquitaine", "ZI de la Jallère", "33300 Bordeaux", ""),
        ],
    },
    "drain": {
        "en": [
            ("ClearFlow Drainage Services", "Unit 2, Whisby Way", "Lincoln LN6 3QT", ""),
            ("PipeView Surveys Ltd", "9 Lakeside", "Norwich NR7 0WG", "01603 700 660"),
        ],
        "de": [
            ("Kanal-TV Nordwest GmbH", "Am Stadtrand 14", "26135 Oldenburg", ""),
            ("Rohrservice Lahn-Dill", "Industriestraße 40", "35394 Gießen", ""),
        ],
        "fr": [
            ("Inspection Réseaux Côte-d'Or", "4 rue des Ateliers", "21600 Longvic", ""),
            ("Assainissement Gironde Services", "Parc d'activités Kennedy", "33700 Mérignac", ""),
        ],
    },
}
FIRSTS = {
    "en": ["Margaret", "Stephen", "Claire", "Graham", "Rebecca", "Neil", "Joanne", "Ian", "Helen"],
    "de": ["Ulrike", "Bernd", "Kerstin", "Matthias", "Heike", "Frank", "Silke", "Dirk", "Anja"],
    "fr": ["Isabelle", "Philippe", "Valérie", "Laurent", "Sylvie", "Thierry", "Agnès", "Marc"],
}
LASTS = {
    "en": ["Ashworth", "Pickering", "Doyle", "Ramsden", "Okafor", "Lowther", "Singh", "Barlow"],
    "de": ["Lüdtke", "Brüggemann", "Schröder", "Tiemann", "Özdemir", "Kruse", "Dreyer", "Hesse"],
    "fr": ["Marchand", "Dupuis", "Lacroix", "Bertin", "Haddad", "Collin", "Vidal", "Aubert"],
}
FEMALE = {
    "Margaret",
    "Claire",
    "Rebecca",
    "Joanne",
    "Helen",
    "Ulrike",
    "Kerstin",
    "Heike",
    "Silke",
    "Anja",
    "Isabelle",
    "Valérie",
    "Sylvie",
    "Agnès",
}
ROADS = {
    "en": ["Newport", "Church Lane", "St Anne's Road", "Victoria Terrace", "Queens Park Road"],
    "de": ["Lotter Straße", "Ketzerbach", "Gartenweg", "Bismarckstraße", "Am Wall"],
    "fr": ["rue Chabot-Charny", "rue de la Liberté", "avenue Victor Hugo", "rue des Tanneurs"],
}
TOWNS = {  # by practice row: the towns around each practice
    "en": [
        ["Lincoln LN1 3DF", "Lincoln LN2 4HT", "Lincoln LN6 0QR", "Sleaford NG34 7TF"],
        ["Chester CH2 3AP", "Chester CH4 7DA", "Ellesmere Port CH65 2EX"],
        ["Norwich NR2 2SL", "Norwich NR3 4EH", "Wymondham NR18 0AB"],
    ],
    "de": [
        ["49078 Osnabrück", "49082 Osnabrück", "49124 Georgsmarienhütte"],
        ["35037 Marburg", "35039 Marburg", "35043 Marburg-Cappel"],
        ["26131 Oldenburg", "26122 Oldenburg", "26160 Bad Zwischenahn"],
    ],
    "fr": [
        ["21000 Dijon", "21240 Talant", "21121 Fontaine-lès-Dijon"],
        ["33000 Bordeaux", "33200 Bordeaux", "33400 Talence"],
        ["37000 Tours", "37100 Tours", "37300 Joué-lès-Tours"],
    ],
}
TITLES = {
    "en": ["FRICS", "MRICS", "MRICS", "AssocRICS", ""],
    "de": ["Dipl.-Ing.", "Dipl.-Ing. (FH)", "M.Eng.", "B.Eng.", ""],
    "fr": ["Expert en bâtiment", "Ingénieur ESTP", "Expert CNEB", "Assistante", ""],
}

TALK = {
    "en": {
        "survey": "roof slope ridge valley gutter downpipe chimney stack flashing render "
        "brickwork pointing lintel sill damp-proof course joist rafter purlin condensation "
        "movement crack settlement timber decay woodworm ventilation insulation boiler "
        "electrics consumer unit drainage inspection chamber window frame sash glazing "
        "plaster ceiling floor void subfloor outbuilding boundary wall fence",
        "legal": "client surveyor agreement services fee liability report inspection "
        "instruction terms limitation confidentiality complaint cancellation law "
        "notice obligation scope exclusion payment",
        "works": "contractor works programme valuation retention variation defects "
        "completion instruction site scaffold materials measured provisional sum "
        "contingency tender schedule preliminaries",
    },
    "de": {
        "survey": "Dach Dachrinne Fallrohr Schornstein Anschluss Putz Mauerwerk Fuge Sturz "
        "Fensterbank Horizontalsperre Balken Sparren Pfette Tauwasser Riss Setzung Holz "
        "Fäulnis Schädlingsbefall Lüftung Dämmung Heizung Elektrik Verteilung Entwässerung "
        "Revisionsschacht Fensterrahmen Verglasung Decke Fußboden Kellerwand Feuchtigkeit",
        "legal": "Auftraggeber Sachverständiger Vertrag Leistung Honorar Haftung Gutachten "
        "Ortstermin Auftrag Bedingungen Verjährung Vertraulichkeit Beschwerde Kündigung "
        "Recht Anzeige Pflicht Umfang Ausschluss Zahlung",
        "works": "Auftragnehmer Leistung Bauablauf Abschlag Einbehalt Nachtrag Mängel "
        "Abnahme Anordnung Baustelle Gerüst Material Aufmaß Eventualposition Angebot "
        "Leistungsverzeichnis Baustelleneinrichtung",
    },
    "fr": {
        "survey": "toiture faîtage noue gouttière descente cheminée solin enduit maçonnerie "
        "joint linteau appui arase étanche solive chevron panne condensation fissure "
        "tassement bois pourriture insectes ventilation isolation chaudière électricité "
        "tableau évacuation regard menuiserie vitrage plafond plancher vide sanitaire "
        "humidité mur de clôture",
        "legal": "client expert mission convention prestations honoraires responsabilité "
        "rapport visite ordre conditions prescription confidentialité réclamation "
        "résiliation droit notification obligation périmètre exclusion paiement",
        "works": "entreprise travaux planning situation retenue avenant réserves réception "
        "ordre de service chantier échafaudage matériaux métré somme provisionnelle aléas "
        "appel d'offres bordereau installation de chantier",
    },
}
GLUES = {
    "en": "the of and to for with on at by from this is are will be the a as we your all",
    "de": "die der das und zu für mit auf von ist sind wird bei nach den dem im wir Ihre",
    "fr": "le la les et de du pour avec sur par est sont sera au aux des une nous vos",
}


def words(rng: random.Random, lang: str, topic: str = "survey", n: int | None = None) -> str:
    pool, glue = TALK[lang][topic].split(), GLUES[lang].split()
    ws = [rng.choice(pool if rng.random() < 0.5 else glue) for _ in range(n or rng.randint(7, 15))]
    text = " ".join(ws)
    return text[0].upper() + text[1:] + "."


def prose(rng: random.Random, lang: str, topic: str = "survey", lo: int = 2, hi: int = 4) -> str:
    return " ".join(words(rng, lang, topic) for _ in range(rng.randint(lo, hi)))


# ---------------------------------------------------------------------------------------------
# The practice of a stream: its country, month, staff and jobs
# ---------------------------------------------------------------------------------------------

OFFICE: dict[str, object] = {"lang": "en", "row": 0, "seed": 0, "month": date(2025, 3, 1)}
#: What the previous document was about (a companion takes up the same job and day).
LAST: dict[str, object] = {"kind": "", "job": None, "day": None, "extra": None}


def home() -> str:
    return str(OFFICE["lang"])


def month() -> date:
    m = OFFICE["month"]
    assert isinstance(m, date)
    return m


def keyed(who: Issuer, key: str) -> random.Random:
    """Draws fixed by the issuer, the stream's practice and ``key``: a run or a repeat keeps
    its sender."""
    text = f"wok/{key}/{who.name}/{who.street}/{who.city}/{OFFICE['seed']}"
    return random.Random(zlib.crc32(text.encode()))


def stream_rng(key: str) -> random.Random:
    return random.Random(zlib.crc32(f"wok/{key}/{OFFICE['seed']}".encode()))


def add_months(d: date, n: int) -> date:
    k = d.year * 12 + d.month - 1 + n
    return date(k // 12, k % 12 + 1, 1)


def some_day(rng: random.Random) -> date:
    d = month() + timedelta(days=rng.randint(0, 30))
    while d.weekday() > 4:
        d += timedelta(days=1)
    return d


def after(kinds: tuple[str, ...]) -> bool:
    return LAST["kind"] in kinds


def last_day(rng: random.Random, kinds: tuple[str, ...], lag: tuple[int, int]) -> date:
    d = LAST["day"]
    if after(kinds) and isinstance(d, date):
        return d + timedelta(days=rng.randint(*lag))
    return some_day(rng)


def a_name(rng: random.Random, lang: str) -> str:
    return f"{rng.choice(FIRSTS[lang])} {rng.choice(LASTS[lang])}"


def mx(name: str, lang: str) -> str:
    """``name`` with Mr/Mrs, Frau/Herr or Madame/Monsieur before it."""
    female = name.split()[0] in FEMALE
    if lang == "de":
        return f"{'Frau' if female else 'Herr'} {name}"
    if lang == "fr":
        return f"{'Madame' if female else 'Monsieur'} {name}"
    return f"{'Mrs' if female else 'Mr'} {name}"


def staff(role: str) -> tuple[str, str]:
    """The practice's ``role`` (partner1, partner2, surveyor, assistant, manager): name and
    qualification, the same all through one stream."""
    lg = home()
    r = stream_rng(f"staff/{role}")
    taken = {stream_rng(f"staff/{o}").choice(LASTS[lg]) for o in ("partner1",) if o != role}
    last = r.choice(LASTS[lg])
    if role == "partner2" and last in taken:
        last = LASTS[lg][(LASTS[lg].index(last) + 3) % len(LASTS[lg])]
    name = f"{r.choice(FIRSTS[lg])} {last}"
    q = {
        "partner1": TITLES[lg][0],
        "partner2": TITLES[lg][1],
        "surveyor": TITLES[lg][2],
        "assistant": TITLES[lg][3],
        "manager": "",
    }[role]
    return name, q


def signer(role: str) -> str:
    name, q = staff(role)
    return f"{name} {q}".strip() if q and q[0].isupper() and len(q) < 10 else name


def position(role: str) -> str:
    lg = home()
    return {
        "partner1": tr(lg, "Partner", "Inhaber / Sachverständiger", "Gérant - Expert"),
        "partner2": tr(lg, "Partner", "Partnerin / Sachverständige", "Associé - Expert"),
        "surveyor": tr(lg, "Building Surveyor", "Bausachverständiger", "Expert bâtiment"),
        "assistant": tr(lg, "Assistant Surveyor", "Bauingenieur (Assistenz)", "Technicien"),
        "manager": tr(lg, "Practice Manager", "Büroleitung", "Responsable administrative"),
    }[role]


def surveyor_role(rng: random.Random) -> str:
    return rng.choice(["partner1", "partner2", "surveyor", "surveyor"])


@dataclass
class Job:
    """One instruction of the practice, as a companion takes it up."""

    ref: str
    client: str
    person: str  # the client, or the first of joint clients, with a title
    client_lang: str
    client_lines: list[str]
    prop: list[str]
    level: int
    kind: int  # property type
    built: int
    fee: float
    role: str
    agent: Row
    neighbours: list[str] = field(default_factory=list)
    contractors: list[Row] = field(default_factory=list)


PROP_KINDS = {
    "en": ["Semi-detached house", "Terraced house", "Detached house", "Flat", "Bungalow"],
    "de": ["Doppelhaushälfte", "Reihenhaus", "Einfamilienhaus", "Eigentumswohnung", "Bungalow"],
    "fr": ["Maison mitoyenne", "Maison de ville", "Maison individuelle", "Appartement", "Pavillon"],
}
LEVELS = {
    "en": ["RICS Home Survey - Level 1", "RICS Home Survey - Level 2", "RICS Building Survey"],
    "de": ["Kurzgutachten (Immobiliencheck)", "Bauzustandsbericht", "Bauschadensgutachten"],
    "fr": ["Visite conseil avant achat", "Diagnostic technique", "Expertise bâtiment complète"],
}


def a_property(rng: random.Random, lang: str) -> list[str]:
    road, no = rng.choice(ROADS[lang]), rng.randint(2, 140)
    row = int(OFFICE["row"]) if lang == home() else rng.randrange(3)  # type: ignore[call-overload]
    return [f"{road} {no}" if lang == "de" else f"{no} {road}", rng.choice(TOWNS[lang][row])]


def a_job(rng: random.Random) -> Job:
    lg = home()
    c_lang = lg if rng.random() < 0.88 else rng.choice([x for x in ("en", "de", "fr") if x != lg])
    first, last = a_name(rng, c_lang).split()
    person = mx(f"{first} {last}", c_lang)
    client = person
    others = [n for n in FIRSTS[c_lang] if n != first and (n in FEMALE) != (first in FEMALE)]
    if rng.random() < 0.25 and others:
        other = rng.choice(others)
        client = f"{first} {tr(c_lang, 'and', 'und', 'et')} {other} {last}"
    prop = a_property(rng, lg)
    lines = [client, *(a_property(rng, c_lang) if rng.random() < 0.8 else prop)]
    level = rng.choice([0, 1, 1, 2, 2])
    code = "".join(t[0] for t in PRACTICES[lg][int(OFFICE["row"])][0].replace("&", " ").split()[:2])  # type: ignore[call-overload]
    return Job(
        ref=f"{code.upper()}/{month().year % 100}/{rng.randint(40, 420):03d}",
        client=client,
        person=person,
        client_lang=c_lang,
        client_lines=lines,
        prop=prop,
        level=level,
        kind=rng.randrange(5),
        built=rng.choice([1898, 1910, 1935, 1958, 1968, 1976, 1989, 2003]) + rng.randint(0, 6),
        fee=[480.0, 690.0, 995.0][level] + rng.choice([0, 45, 90, 150, 250]),
        role=surveyor_role(rng),
        agent=SENDERS["agent"][lg][int(OFFICE["row"])]  # type: ignore[call-overload]
        if rng.random() < 0.8
        else rng.choice(SENDERS["agent"][lg]),
        neighbours=[mx(a_name(rng, lg), lg) for _ in range(3)],
        contractors=rng.sample(SENDERS["contractor"][lg], 3),
    )


def job_for(rng: random.Random, kinds: tuple[str, ...]) -> Job:
    j = LAST["job"]
    if isinstance(j, Job) and after(kinds):
        return j
    return a_job(rng)


def remember(job: Job | None, d: date, extra: object = None) -> None:
    LAST.update(job=job, day=d, extra=extra)


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


def legal_lines(r: random.Random, name: str, lang: str, role: str) -> list[str]:
    if role in ("authority", "body"):
        return []
    if lang == "de":
        bank = r.choice(["Sparkasse Osnabrück", "Sparkasse Marburg-Biedenkopf", "LzO Oldenburg"])
        iban = " ".join(str(r.randint(1000, 9999)) for _ in range(4))
        out = [
            f"{name} - Steuer-Nr. "
            f"{r.randint(60, 79)}/{r.randint(100, 999)}/{r.randint(10000, 99999)}",
            f"{bank} - IBAN DE{r.randint(10, 99)} {iban} {r.randint(10, 99)} - BIC "
            + serial(r, "AAAADE2A"),
        ]
        if "GmbH" in name or "mbB" in name or "AG" in name or " KG" in name:
            out.insert(
                0,
                f"Amtsgericht {r.choice(['Osnabrück', 'Marburg', 'Oldenburg'])} "
                f"{'PR' if 'mbB' in name else 'HRB'} {r.randint(100, 29999)}",
            )
        return out
    if lang == "fr":
        siret = " ".join(str(r.randint(a, b)) for a, b in ((300, 899), (100, 999), (100, 999)))
        siret += f" {r.randint(10000, 99999)}"
        out = [f"{name} - SIRET {siret} - APE {r.choice(['7112B', '7120B', '4399C', '6831Z'])}"]
        if r.random() < 0.7:
            out.append(
                f"TVA FR{r.randint(10, 99)} {r.randint(100, 999)} {r.randint(100, 999)} "
                f"{r.randint(100, 999)} - RC Pro {r.choice(['MAF', 'SMABTP', 'AXA'])} "
                f"n° {r.randint(100000, 999999)}"
            )
        return out
    out = []
    if "Ltd" in name or "LLP" in name:
        out.append(f"Registered in England and Wales No. {r.randint(3000000, 13999999):08d}")
    if r.random() < 0.6:
        out.append(
            f"VAT Reg. No. {r.randint(100, 999)} {r.randint(1000, 9999)} {r.randint(10, 99)}"
        )
    if role == "office" or "Surveyors" in name or "Consultants" in name:
        out.append("Regulated by RICS")
    return [" - ".join(out)] if out else []


def make_head(row: Row, lang: str, role: str) -> Head:
    """The paper habits of the sender ``row``: the same all through one stream."""
    name, street, town, phone = row
    r = random.Random(zlib.crc32(f"wok/head/{name}/{OFFICE['seed']}".encode()))
    font, bold = r.choice(FACES)
    host = "".join(c for c in name.lower().split()[0] if c.isalpha() and c.isascii())[:12]
    tld = {"en": "co.uk", "de": "de", "fr": "fr"}[lang]
    looks = LOOKS
    if role in ("authority", "body"):
        looks = ["official"]
        font, bold = r.choice(FACES[:3])
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
        mail=f"{r.choice(['info', 'office', 'enquiries', 'mail'])}@{host or 'mail'}.{tld}"
        if r.random() < 0.75
        else "",
    )


def office_head() -> Head:
    lang = home()
    return make_head(PRACTICES[lang][int(OFFICE["row"])], lang, "office")  # type: ignore[call-overload]


def office_name() -> str:
    return office_head().name


def head_of(who: Issuer, role: str, abroad: float = 0.0) -> Head:
    """The ``role`` sender of ``who`` (the same for the same issuer and practice), of the
    practice's country or, with odds ``abroad``, of another."""
    r = keyed(who, role)
    lang = home()
    if r.random() < abroad:
        lang = r.choice([x for x in ("en", "de", "fr") if x != lang])
    rows = SENDERS[role][lang]
    if lang == home() and role in ("agent", "authority", "contractor") and r.random() < 0.8:
        return make_head(rows[int(OFFICE["row"])], lang, role)  # type: ignore[call-overload]
    return make_head(r.choice(rows), lang, role)


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


def seal(p: Page, cx: float, cy: float, r: float, top: str, mid: str) -> None:
    """A round rubber stamp: two rings with the wording inside."""
    ring(p, cx, cy, r)
    ring(p, cx, cy, r - 3)
    pt = shrink(top, "Helvetica", 6.5, r * 1.5)
    p.text(cx, cy - r * 0.35, fit(top, "Helvetica", pt, r * 1.5), "Helvetica", pt, "center")
    pt2 = shrink(mid, "Helvetica-Bold", 7, r * 1.4)
    p.text(
        cx, cy + r * 0.3, fit(mid, "Helvetica-Bold", pt2, r * 1.4), "Helvetica-Bold", pt2, "center"
    )


def emblem(p: Page, x: float, y: float) -> None:
    """A small crest of an authority or body."""
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
        lines = h.name.split(" - ") if " - " in h.name else [h.name]
        yy = y
        for k, t in enumerate(lines):
            f_, pt = (h.bold, 11) if k == 0 else (h.font, 9)
            p.text(m + 32, yy, fit(t, f_, pt, w * 0.6 - m), f_, pt)
            yy += 12
        p.text(m + 32, yy, fit(where, h.font, 7, w / 2 - m), h.font, 7)
        return yy + 34
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
        tag = {
            "office": tr(
                h.lang,
                "Chartered Building Surveyors",
                "Bausachverständige",
                "Expertise - Diagnostic - Maîtrise d'oeuvre",
            ),
            "contractor": tr(h.lang, "Builders - Restoration", "Bau - Sanierung", "Bâtiment"),
        }.get(h.role, "")
        p.text(m, y + 15, tag, italic_of(h.font), 7.5)
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
    skip = ("Dr", "FRICS", "MRICS", "AssocRICS", "Mr", "Mrs", "Herr", "Frau", "Madame", "Monsieur")
    parts = [t for t in name.replace("-", " ").replace(".", " ").split() if t not in skip] or ["X"]
    text = f"{parts[0][0]}{parts[-1][:8]}" if len(parts) > 1 else parts[0]
    p.text(x + 2, y - 1, text, INK, pt)
    end = x + 6 + tw(text, INK, pt)
    p.line(end - 4, y - 2, end + 12, y - 9)
    p.line(x, y + 2, end - 8, y + 1)


def received(rng: random.Random, p: Page, d: date, odds: float = 0.35) -> None:
    """Now and then the practice's received stamp on the first page."""
    if rng.random() < odds:
        lg = home()
        w, _ = p.size
        stamp(
            p,
            w - rng.uniform(150, 210),
            rng.uniform(70, 170),
            [
                tr(lg, "RECEIVED", "EINGANG", "REÇU LE"),
                short(d + timedelta(days=rng.randint(1, 4)), lg),
                fit(office_name(), "Helvetica", 8, 130),
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


def regards(f: Sheets, s: Style, lang: str, name: str, role: str, closing: str = "") -> None:
    f.y += 6
    f.need(80)
    m = s.margin
    f.page.text(
        m,
        f.y,
        closing
        or tr(
            lang,
            ["Yours sincerely", "Kind regards", "Yours faithfully"][len(name) % 3],
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
        f.page.text(
            m, f.y + s.size * 1.3, fit(role, s.font, s.size - 1, f.size[0] / 2), s.font, s.size - 1
        )
    f.y += s.size * 3


def person_of(h: Head, tag: str) -> str:
    r = random.Random(zlib.crc32(f"wok/person/{tag}/{h.name}/{OFFICE['seed']}".encode()))
    return a_name(r, h.lang)


def head_lines(h: Head, att: str = "") -> list[str]:
    return [h.name, *([att] if att else []), h.street, h.town]


def office_lines(att: str = "") -> list[str]:
    return head_lines(office_head(), att)


def vat_rate(lang: str) -> float:
    return {"en": 20.0, "de": 19.0, "fr": 20.0}[lang]


def totals(f: Sheets, s: Style, lg: str, net: float, rate: float, label: str = "") -> float:
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
    rows.append((tr(lg, "Total due", "Rechnungsbetrag", "Net à payer TTC"), net + tax))
    for k, (t, v) in enumerate(rows):
        font = s.bold if k == len(rows) - 1 else s.font
        f.page.text(w * 0.56, f.y, t, font, s.size)
        f.page.text(w - m, f.y, cash(v, lg), font, s.size, "right")
        f.y += s.size * 1.5
    return net + tax


def small_print(rng: random.Random, s0: Style, h: Head, title: str, heads: list[str]) -> Page:
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
            text = " ".join(words(rng, lg, "legal") for _ in range(rng.randint(3, 7)))
            for ln in wrap(text, s.font, 6.5, cw):
                if y > hh - m - 36:
                    break
                p.text(x, y, ln, s.font, 6.5)
                y += 7.8
            y += 5
            k += 1
    return p


def copier_edge(p: Page, rng: random.Random) -> None:
    """The grey edge a photocopy of a smaller original leaves on the page."""
    w, h = p.size
    g = rng.uniform(0.35, 0.6)
    if rng.random() < 0.6:
        p.rect(0, 0, rng.uniform(8, 22), h, fill=g)
    else:
        p.rect(0, 0, w, rng.uniform(6, 16), fill=g)


def sign_box(p: Page, s: Style, x: float, y: float, w: float, cap: str, name: str, d: str) -> None:
    """A signature box: caption, a scrawl over the line, name and date below."""
    p.text(x, y, fit(cap, s.font, 7, w), s.font, 7)
    if name:
        scrawl(p, x + 4, y + 26, name, 12)
    p.line(x, y + 30, x + w, y + 30)
    p.text(x, y + 40, fit(name, s.font, 7.5, w * 0.62), s.font, 7.5)
    if d:
        hand(p, x + w * 0.66, y + 40, d, 8.5)


# ---------------------------------------------------------------------------------------------
# Templates VVVV: instructions, engagement and reports
# ---------------------------------------------------------------------------------------------

EXTRAS = {
    "en": ["Drainage CCTV", "Damp & timber", "Electrical test", "Party wall advice", "Valuation"],
    "de": ["Kanal-TV", "Feuchtemessung", "E-Check", "Nachbarrecht", "Verkehrswert (Kurz)"],
    "fr": [
        "Inspection réseaux",
        "Mesure d'humidité",
        "Diagnostic électrique",
        "Mitoyenneté",
        "Estimation",
    ],
}


def tpl_instruction_form(rng: random.Random, who: Issuer) -> list[Page]:
    """The practice's survey instruction form as a client fills it in by hand and sends it
    back: details, survey level, property type and extras ticked, access contact, the
    declaration signed on a second page; now and then the agent's particulars behind."""
    oh = office_head()
    lg = home()
    job = a_job(rng)
    d = some_day(rng)
    s = style_of(oh, A4, margin=44, pt=9)
    w, hh = A4
    m = s.margin
    p = Page(A4)
    y = heading(p, s, oh)
    title = tr(
        lg,
        "SURVEY INSTRUCTION FORM",
        "AUFTRAGSFORMULAR BAUGUTACHTEN",
        "BON DE COMMANDE - EXPERTISE BÂTIMENT",
    )
    p.text(m, y, title, s.bold, 13)
    p.text(
        w - m,
        y,
        tr(lg, "Office use: ", "Bearbeitung: ", "Réservé: ") + "________",
        s.font,
        7.5,
        "right",
    )
    y += 18
    y = band(p, s, y, tr(lg, "1. Your details", "1. Auftraggeber", "1. Vos coordonnées"))
    y = fields(
        p,
        s,
        m,
        y,
        w - 2 * m,
        [
            (tr(lg, "Full name(s)", "Name, Vorname", "Nom(s), prénom(s)"), job.client),
            (
                tr(lg, "Telephone", "Telefon", "Téléphone"),
                f"0{rng.randint(7000, 7999)} {rng.randint(100000, 999999)}",
            ),
            (
                tr(lg, "Correspondence address", "Anschrift", "Adresse"),
                ", ".join(job.client_lines[1:]),
            ),
            (
                tr(lg, "E-mail", "E-Mail", "Courriel"),
                f"{job.client.split()[-1].lower()}{rng.randint(1, 99)}@"
                + rng.choice(["gmail.com", "web.de", "orange.fr", "outlook.com"]),
            ),
        ],
        per=2,
        tall=26,
    )
    y = band(p, s, y, tr(lg, "2. The property", "2. Objekt", "2. Le bien"))
    y = fields(
        p,
        s,
        m,
        y,
        w - 2 * m,
        [
            (
                tr(lg, "Address of property", "Objektanschrift", "Adresse du bien"),
                ", ".join(job.prop),
            ),
            (
                tr(lg, "Approx. year built", "Baujahr (ca.)", "Année de construction"),
                str(job.built),
            ),
            (tr(lg, "Selling agent", "Makler", "Agence"), job.agent[0]),
            (
                tr(lg, "Agreed price", "Kaufpreis", "Prix convenu"),
                cash(rng.randint(18, 95) * 5000, lg),
            ),
        ],
        per=2,
        tall=26,
    )
    p.text(m, y + 4, tr(lg, "Type:", "Art:", "Type :"), s.bold, 8)
    y = ticks(p, s, m + 40, y + 4, w - 2 * m - 40, PROP_KINDS[lg], {job.kind}, 8)
    y = band(p, s, y + 8, tr(lg, "3. Service required", "3. Leistung", "3. Prestation demandée"))
    for k, lv in enumerate(LEVELS[lg]):
        box(p, m + 4, y + 6, k == job.level, 9)
        p.text(m + 20, y + 6, lv, s.font, 9)
        p.text(
            w - m,
            y + 6,
            cash([480.0, 690.0, 995.0][k], lg) + tr(lg, " from", " ab", " à partir de"),
            s.font,
            8,
            "right",
        )
        y += 15
    p.text(m, y + 6, tr(lg, "Extras:", "Zusätzlich:", "Options :"), s.bold, 8)
    on = {k for k in range(5) if rng.random() < 0.3}
    y = ticks(p, s, m + 50, y + 6, w - 2 * m - 50, EXTRAS[lg], on, 8)
    y = band(p, s, y + 8, tr(lg, "4. Access", "4. Zugang / Ortstermin", "4. Accès / visite"))
    ag = person_of(make_head(job.agent, lg, "agent"), "neg")
    y = fields(
        p,
        s,
        m,
        y,
        w - 2 * m,
        [
            (
                tr(lg, "Key holder / contact", "Ansprechpartner vor Ort", "Contact pour la visite"),
                f"{ag} ({job.agent[0].split()[0]})",
            ),
            (
                tr(lg, "Preferred dates", "Wunschtermine", "Dates souhaitées"),
                f"{short(d + timedelta(days=5), lg)} / {short(d + timedelta(days=8), lg)}",
            ),
        ],
        per=2,
        tall=26,
    )
    if y < hh - 140:
        p.text(
            m,
            y + 2,
            tr(
                lg,
                "Anything you would like us to look at in particular?",
                "Besondere Anliegen / bekannte Mängel?",
                "Points particuliers à examiner ?",
            ),
            s.font,
            8,
        )
        yy = y + 18
        note = words(rng, lg, "survey", rng.randint(8, 14))
        for ln in wrap(note, HAND, 9, w - 2 * m - 10)[:3]:
            hand(p, m + 6, yy, ln, 9)
            p.line(m, yy + 3, w - m, yy + 3)
            yy += 16
    p.text(
        m,
        hh - 30,
        fit(
            tr(
                lg,
                "Form SI/2 - please complete both pages and return with your signed terms",
                "Formular A-2 - bitte beide Seiten ausfüllen",
                "Formulaire BC-2 - merci de remplir les deux pages",
            ),
            s.font,
            6.5,
            w / 2,
        ),
        s.font,
        6.5,
    )
    pages = [p]
    if rng.random() < 0.85:
        q = Page(A4)
        q.text(m, m, fit(f"{oh.name} - {title}", s.font, 7.5, w - 2 * m), s.font, 7.5)
        q.line(m, m + 5, w - m, m + 5)
        y = band(q, s, m + 28, tr(lg, "5. Declaration", "5. Erklärung", "5. Déclaration"))
        for _ in range(rng.randint(3, 5)):
            y = text_para(q, s, m, y + 4, w - 2 * m, prose(rng, lg, "legal", 1, 2), 8)
        y += 6
        for t in [
            tr(
                lg,
                "I have read and accept the Terms of Engagement.",
                "Die Auftragsbedingungen habe ich erhalten und akzeptiere sie.",
                "J'ai pris connaissance des conditions générales et les accepte.",
            ),
            tr(
                lg,
                "I agree to the report being shared with my lender.",
                "Ich bin mit der Weitergabe an meine Bank einverstanden.",
                "J'accepte la transmission du rapport à ma banque.",
            ),
            tr(
                lg,
                "I wish the work to start within the cancellation period.",
                "Die Leistung soll vor Ablauf der Widerrufsfrist beginnen.",
                "Je demande l'exécution avant la fin du délai de rétractation.",
            ),
        ]:
            box(q, m + 4, y + 6, rng.random() < 0.85, 9)
            q.text(m + 20, y + 6, fit(t, s.font, 8.5, w - 2 * m - 24), s.font, 8.5)
            y += 16
        y += 14
        sign_box(
            q,
            s,
            m,
            y,
            220,
            tr(lg, "Signature of client", "Unterschrift Auftraggeber", "Signature du client"),
            job.person,
            short(d, lg),
        )
        if job.client != job.person:
            sign_box(
                q,
                s,
                w - m - 220,
                y,
                220,
                tr(lg, "Second signature", "Zweite Unterschrift", "Second signataire"),
                " ".join(job.client.split()[-2:]),
                "",
            )
        y += 70
        y = band(q, s, y, tr(lg, "Payment", "Zahlung", "Règlement"))
        y = ticks(
            q,
            s,
            m,
            y + 6,
            w - 2 * m,
            [
                tr(lg, "Bank transfer", "Überweisung", "Virement"),
                tr(lg, "Card by phone", "Lastschrift", "Chèque"),
            ],
            {rng.randrange(2)},
            8.5,
        )
        q.text(
            m,
            hh - 30,
            fit(
                tr(lg, "Form SI/2 page 2", "Formular A-2 Seite 2", "Formulaire BC-2 page 2"),
                s.font,
                6.5,
                w / 2,
            ),
            s.font,
            6.5,
        )
        pages.append(q)
    if rng.random() < 0.35:
        pages.append(particulars(rng, job, lg))
    remember(job, d)
    return pages


def text_para(p: Page, s: Style, x: float, y: float, w: float, text: str, pt: float) -> float:
    for ln in wrap(text, s.font, pt, w):
        p.text(x, y, ln, s.font, pt)
        y += pt * 1.35
    return y + pt * 0.5


def particulars(rng: random.Random, job: Job, lg: str) -> Page:
    """A page of the selling agent's particulars as the client printed it."""
    ah = make_head(job.agent, lg, "agent")
    s = style_of(ah, A4, margin=40)
    w, hh = A4
    p = Page(A4)
    y = heading(p, s, ah)
    p.text(40, y, fit(", ".join(job.prop), s.bold, 14, w - 80), s.bold, 14)
    p.text(w - 40, y + 20, cash(rng.randint(18, 95) * 5000, lg), s.bold, 16, "right")
    p.text(40, y + 20, PROP_KINDS[lg][job.kind], s.font, 10)
    photo(p, 40, y + 34, w - 80, 250, rng)
    y += 300
    for k in range(2):
        photo(p, 40 + k * (w - 80) / 2 + (4 if k else 0), y, (w - 80) / 2 - 4, 120, rng)
    y += 140
    for _ in range(3):
        y = text_para(p, s, 40, y, w - 80, prose(rng, lg, "survey", 1, 2), 9)
    p.text(
        w / 2,
        hh - 28,
        fit(
            tr(
                lg,
                "These particulars do not form part of any contract.",
                "Alle Angaben ohne Gewähr.",
                "Document non contractuel.",
            ),
            s.font,
            6.5,
            w - 80,
        ),
        s.font,
        6.5,
        "center",
    )
    return p


ENGAGE_HEADS = {
    "en": [
        "Definitions",
        "The service",
        "The inspection",
        "The report",
        "Fees and expenses",
        "Cancellation",
        "Liability",
        "Complaints",
        "Data protection",
        "Governing law",
    ],
    "de": [
        "Gegenstand",
        "Leistungsumfang",
        "Ortstermin",
        "Gutachten",
        "Honorar und Auslagen",
        "Widerruf",
        "Haftung",
        "Beschwerden",
        "Datenschutz",
        "Gerichtsstand",
    ],
    "fr": [
        "Objet",
        "Étendue de la mission",
        "Visite",
        "Rapport",
        "Honoraires et frais",
        "Rétractation",
        "Responsabilité",
        "Réclamations",
        "Données personnelles",
        "Droit applicable",
    ],
}


def tpl_engagement_terms(rng: random.Random, who: Issuer) -> list[Page]:
    """The practice's confirmation of instructions: the letter with the fee and inspection
    date, the terms of engagement in small print and the acceptance page the client signs and
    returns."""
    h = office_head()
    lg = h.lang
    job = job_for(rng, ("instruction_form",))
    d = last_day(rng, ("instruction_form",), (1, 3))
    s = style_of(h, A4)
    w, _hh = A4
    m = s.margin
    f = sheets(s, h, f"{h.name} - {job.ref}")
    recipient(
        f, s, h, job.client_lines, d, [(tr(lg, "Our ref", "Unser Zeichen", "N/Réf."), job.ref)]
    )
    caption(
        f,
        s,
        tr(
            lg,
            f"Confirmation of instructions - {', '.join(job.prop)}",
            f"Auftragsbestätigung - {', '.join(job.prop)}",
            f"Confirmation de mission - {', '.join(job.prop)}",
        ),
        0.5,
    )
    f.page.text(m, f.y, dear(lg, job.person), s.font, s.size)
    f.y += s.size * 2
    insp = d + timedelta(days=rng.randint(4, 12))
    write(
        f,
        s,
        tr(
            lg,
            f"Thank you for instructing us to carry out a {LEVELS[lg][job.level]} of the above "
            "property. "
            f"{staff(job.role)[0]} will inspect on {day(h, insp)}.",
            f"vielen Dank für Ihren Auftrag ({LEVELS[lg][job.level]}). Der Ortstermin mit "
            f"{staff(job.role)[0]} ist für den {day(h, insp)} vorgesehen.",
            f"Nous vous remercions de nous confier la mission « {LEVELS[lg][job.level]} ». "
            f"La visite sera assurée par {staff(job.role)[0]} le {day(h, insp)}.",
        ),
    )
    write(f, s, prose(rng, lg, "legal", 2, 3))
    f.need(60)
    cols = columns(m, w - m, [(4, "left"), (1.4, "right")])
    extra = rng.choice([0.0, 0.0, 120.0, 180.0])
    rows = [[LEVELS[lg][job.level], money(job.fee, lg)]]
    if extra:
        rows.append([EXTRAS[lg][rng.randrange(3)], money(extra, lg)])
    table(
        f,
        cols,
        [tr(lg, "Service", "Leistung", "Prestation"), tr(lg, "Fee (net)", "Honorar netto", "HT")],
        rows,
        s,
        rules=True,
    )
    totals(f, s, lg, job.fee + extra, vat_rate(lg))
    write(
        f,
        s,
        tr(
            lg,
            "Please sign and return the enclosed acceptance page before the inspection date.",
            "Bitte senden Sie uns die beiliegende Auftragsannahme unterschrieben zurück.",
            "Merci de nous retourner la page d'acceptation signée avant la visite.",
        ),
    )
    regards(f, s, lg, staff("manager")[0], position("manager"))
    pages = close(f.pages, s, h)
    pages.append(
        small_print(
            rng,
            s,
            h,
            tr(
                lg,
                "TERMS OF ENGAGEMENT",
                "ALLGEMEINE AUFTRAGSBEDINGUNGEN",
                "CONDITIONS GÉNÉRALES DE MISSION",
            ),
            ENGAGE_HEADS[lg],
        )
    )
    if rng.random() < 0.35:
        pages.append(
            small_print(
                rng,
                s,
                h,
                tr(
                    lg,
                    "DESCRIPTION OF THE SERVICE",
                    "LEISTUNGSBESCHREIBUNG",
                    "DESCRIPTIF DE LA PRESTATION",
                ),
                ENGAGE_HEADS[lg][2:] + ENGAGE_HEADS[lg][:2],
            )
        )
    q = Page(A4)
    y = heading(q, s, h)
    q.text(m, y, tr(lg, "ACCEPTANCE OF TERMS", "AUFTRAGSANNAHME", "BON POUR ACCORD"), s.bold, 13)
    y += 24
    y = pairs(
        q,
        s,
        m,
        y,
        [
            (tr(lg, "Our ref", "Unser Zeichen", "Réf."), job.ref),
            (tr(lg, "Property", "Objekt", "Bien"), ", ".join(job.prop)),
            (tr(lg, "Client", "Auftraggeber", "Client"), job.client),
            (
                tr(lg, "Fee incl. VAT", "Honorar brutto", "Honoraires TTC"),
                cash((job.fee + extra) * (1 + vat_rate(lg) / 100), lg),
            ),
        ],
        w - m,
        s.size,
    )
    y += 10
    y = text_para(
        q,
        s,
        m,
        y,
        w - 2 * m,
        tr(
            lg,
            "I/We confirm that I/we have read the terms of engagement and "
            "instruct the practice on those terms.",
            "Ich/Wir beauftragen das Büro zu den beigefügten Bedingungen.",
            "Je/Nous confions la mission au cabinet aux conditions ci-jointes.",
        ),
        s.size,
    )
    signed = rng.random() < 0.75
    sign_box(
        q,
        s,
        m,
        y + 30,
        230,
        tr(lg, "Signed", "Unterschrift", "Signature précédée de « lu et approuvé »"),
        job.client if signed else "",
        short(d + timedelta(days=2), lg) if signed else "",
    )
    if signed and lg == "fr":
        hand(q, m + 4, y + 44, "lu et approuvé", 9)
    pages.append(q)
    if h.numbers != "none" and rng.random() < 0.5:
        number_pages(pages[1:], s, "{i}/{n}", "br", bottom=22)
    remember(job, d)
    return pages


ELEMENTS = {
    "en": [
        "D1 Chimney stacks",
        "D2 Roof coverings",
        "D3 Rainwater pipes and gutters",
        "D4 Main walls",
        "D5 Windows",
        "D6 Outside doors",
        "D8 Other joinery and finishes",
        "E1 Roof structure",
        "E2 Ceilings",
        "E3 Walls and partitions",
        "E4 Floors",
        "E5 Fireplaces and chimney breasts",
        "E7 Woodwork",
        "E8 Bathroom fittings",
        "F1 Electricity",
        "F2 Gas",
        "F4 Heating",
        "F6 Drainage",
    ],
    "de": [
        "Dacheindeckung",
        "Dachentwässerung",
        "Schornstein",
        "Außenwände / Fassade",
        "Fenster",
        "Außentüren",
        "Dachstuhl",
        "Decken",
        "Innenwände",
        "Fußböden",
        "Keller / Abdichtung",
        "Treppe",
        "Sanitärinstallation",
        "Heizungsanlage",
        "Elektroinstallation",
        "Grundleitungen / Entwässerung",
    ],
    "fr": [
        "Couverture",
        "Gouttières et descentes",
        "Souches de cheminée",
        "Façades",
        "Menuiseries extérieures",
        "Charpente",
        "Plafonds",
        "Cloisons",
        "Planchers",
        "Soubassement / humidité",
        "Escalier",
        "Plomberie sanitaire",
        "Chauffage",
        "Électricité",
        "Assainissement",
    ],
}
RATINGS = {
    "en": ["1", "2", "3", "NI"],
    "de": ["gering", "mittel", "hoch", "n.b."],
    "fr": ["faible", "moyenne", "élevée", "n.v."],
}
ACTIONS = {
    "en": [
        "Repair within 12 months",
        "Obtain quotations before exchange",
        "Monitor",
        "Further investigation by specialist",
        "Routine maintenance",
        "Urgent repair",
    ],
    "de": [
        "Instandsetzung kurzfristig",
        "Angebote vor Kauf einholen",
        "Beobachten",
        "Fachfirma hinzuziehen",
        "Wartung",
        "Sofortmaßnahme",
    ],
    "fr": [
        "Réparer sous 12 mois",
        "Faire chiffrer avant la vente",
        "Surveiller",
        "Investigation par un spécialiste",
        "Entretien courant",
        "Intervention urgente",
    ],
}


def tpl_survey_report(rng: random.Random, who: Issuer) -> list[Page]:
    """The practice's building survey report: cover page with a photo of the front, now and
    then a contents page, the sections with the element-by-element condition ratings and a
    running header, photo pages, the defects schedule on landscape pages and the surveyor's
    declaration; numbered after the cover."""
    h = office_head()
    lg = h.lang
    job = job_for(rng, ("engagement_terms", "instruction_form"))
    d = last_day(rng, ("engagement_terms", "instruction_form"), (6, 14))
    insp = d - timedelta(days=rng.randint(2, 6))
    s = style_of(h, A4)
    w, hh = A4
    m = s.margin
    who_s, qual = staff(job.role)
    title = LEVELS[lg][job.level]
    cover = Page(A4)
    y = heading(cover, s, h)
    cover.text(
        w / 2,
        y + 40,
        fit(title.upper(), s.bold, 18, w - 2 * m),
        s.bold,
        shrink(title.upper(), s.bold, 18, w - 2 * m),
        "center",
    )
    cover.text(w / 2, y + 70, fit(", ".join(job.prop), s.font, 13, w - 2 * m), s.font, 13, "center")
    photo(cover, m + 30, y + 95, w - 2 * m - 60, 260, rng)
    yy = pairs(
        cover,
        s,
        m + 30,
        y + 390,
        [
            (tr(lg, "Client", "Auftraggeber", "Client"), job.client),
            (tr(lg, "Date of inspection", "Ortstermin", "Date de visite"), day(h, insp)),
            (tr(lg, "Date of report", "Datum des Gutachtens", "Date du rapport"), day(h, d)),
            (tr(lg, "Surveyor", "Sachverständige(r)", "Expert"), f"{who_s} {qual}".strip()),
            (tr(lg, "Reference", "Aktenzeichen", "Référence"), job.ref),
        ],
        w - m - 30,
        s.size + 0.5,
    )
    if lg == "en":
        cover.rect(w - m - 90, hh - 120, 90, 40)
        cover.text(w - m - 45, hh - 98, "RICS", "Helvetica-Bold", 16, "center")
        cover.text(w - m - 45, hh - 86, "Home Survey Standard", "Helvetica", 6, "center")
    cover.text(
        m,
        hh - 40,
        fit(
            tr(
                lg,
                "This report is for the private use of the client named above.",
                "Das Gutachten ist nur für den Auftraggeber bestimmt.",
                "Rapport établi à l'usage exclusif du client désigné.",
            ),
            s.font,
            7,
            w - 2 * m - 100,
        ),
        s.font,
        7,
    )
    pages = [cover]
    els = ELEMENTS[lg]
    chosen = sorted(rng.sample(range(len(els)), rng.randint(7, min(13, len(els)))))
    rates = {k: rng.choice([0, 1, 1, 1, 2, 2, 3]) for k in chosen}
    contents = rng.random() < 0.45
    if contents:
        c = Page(A4)
        c.text(m, m + 10, tr(lg, "Contents", "Inhalt", "Sommaire"), s.bold, 15)
        secs = {
            "en": [
                "A About the inspection",
                "B Overall opinion",
                "C About the property",
                "D Outside the property",
                "E Inside the property",
                "F Services",
                "G Grounds",
                "H Issues for your legal advisers",
                "I Risks",
                "J Photographs",
                "K Defects schedule",
                "L Surveyor's declaration",
            ],
            "de": [
                "1 Auftrag und Ortstermin",
                "2 Gesamteinschätzung",
                "3 Objektbeschreibung",
                "4 Bauteile außen",
                "5 Bauteile innen",
                "6 Haustechnik",
                "7 Fotodokumentation",
                "8 Mängelliste",
                "9 Schlussbemerkung",
            ],
            "fr": [
                "1 Mission et déroulement",
                "2 Synthèse",
                "3 Description du bien",
                "4 Enveloppe",
                "5 Intérieurs",
                "6 Équipements",
                "7 Photographies",
                "8 Tableau des désordres",
                "9 Conclusion",
            ],
        }[lg]
        yy = m + 44
        pg = 3
        for t in secs:
            c.text(m, yy, t, s.font, s.size + 1)
            c.text(w - m, yy, str(pg), s.font, s.size + 1, "right")
            pg += rng.choice([0, 1, 1])
            yy += (s.size + 1) * 2.1
        pages.append(c)
    f = sheets(s, h, f"{', '.join(job.prop)} - {job.ref}", top=False)
    f.y = running_header(f.page, s, f"{', '.join(job.prop)} - {job.ref}") + 8
    caption(
        f,
        s,
        tr(lg, "About the inspection", "Auftrag und Ortstermin", "Mission et déroulement"),
        2,
        rule=True,
    )
    write(
        f,
        s,
        tr(
            lg,
            f"The property was inspected on {day(h, insp)}. The weather was "
            f"{rng.choice(['dry and overcast', 'wet', 'bright and dry', 'cold with light rain'])}. "
            "The property was "
            f"{rng.choice(['occupied and furnished', 'vacant', 'partly furnished'])}.",
            f"Der Ortstermin fand am {day(h, insp)} statt. Witterung: "
            f"{rng.choice(['trocken, bewölkt', 'Regen', 'sonnig', 'kalt, Nieselregen'])}. "
            "Das Objekt war "
            f"{rng.choice(['bewohnt und möbliert', 'leerstehend', 'teilmöbliert'])}.",
            f"La visite a eu lieu le {day(h, insp)} par temps "
            f"{rng.choice(['sec et couvert', 'pluvieux', 'ensoleillé', 'froid'])}. Le bien était "
            f"{rng.choice(['occupé et meublé', 'vacant', 'partiellement meublé'])}.",
        ),
    )
    write(f, s, prose(rng, lg, "legal", 2, 3))
    caption(f, s, tr(lg, "Overall opinion", "Gesamteinschätzung", "Synthèse"), 2, rule=True)
    write(f, s, prose(rng, lg, "survey", 3, 5))
    cols = columns(m, w - m, [(4, "left"), (1.2, "center"), (4, "left")])
    rows = [[els[k], RATINGS[lg][rates[k]], ACTIONS[lg][rng.randrange(6)]] for k in chosen]
    table(
        f,
        cols,
        [
            tr(lg, "Element", "Bauteil", "Élément"),
            tr(lg, "Rating", "Dringlichkeit", "Gravité"),
            tr(lg, "Comment", "Hinweis", "Observation"),
        ],
        rows,
        s,
        shade=0.85,
        rules=True,
    )
    for k in chosen:
        f.need(s.size * 6)
        f.y += 6
        f.page.rect(w - m - 24, f.y - 11, 24, 15, fill=[0.9, 0.75, 0.5, 0.95][rates[k]])
        f.page.text(w - m - 12, f.y, RATINGS[lg][rates[k]][:3], s.bold, 8, "center")
        f.page.text(m, f.y, els[k], s.bold, s.size + 0.5)
        f.y += s.size * 1.8
        write(f, s, prose(rng, lg, "survey", 1, 4))
    if rng.random() < 0.6:
        caption(
            f,
            s,
            tr(
                lg,
                "Issues for your legal advisers",
                "Hinweise zum Kaufvertrag",
                "Points à signaler au notaire",
            ),
            2,
            rule=True,
        )
        for _ in range(rng.randint(2, 4)):
            write(f, s, "- " + words(rng, lg, "legal"), indent=8)
    pages += f.pages
    # photo pages
    n_ph = rng.choice([4, 6, 6, 8, 12])
    k = 0
    while k < n_ph:
        p = Page(A4)
        running_header(p, s, f"{', '.join(job.prop)} - {job.ref}")
        p.text(m, m + 16, tr(lg, "Photographs", "Fotodokumentation", "Photographies"), s.bold, 12)
        pw, ph = (w - 2 * m - 14) / 2, 170
        for j in range(6):
            if k >= n_ph:
                break
            x = m + (j % 2) * (pw + 14)
            yy = m + 36 + (j // 2) * (ph + 34)
            photo(p, x, yy, pw, ph, rng)
            cap = f"{tr(lg, 'Photo', 'Foto', 'Photo')} {k + 1}: {els[rng.choice(chosen)]}"
            p.text(x, yy + ph + 11, fit(cap, s.font, 8, pw), s.font, 8)
            k += 1
        pages.append(p)
    # landscape defects schedule
    sl = paper(s, LAND, margin=40, pt=8.5)
    lw, lh = LAND
    lf = Sheets(
        LAND,
        lh - 50,
        lambda p, n: (
            running_header(
                p,
                sl,
                f"{job.ref} - "
                + tr(lg, "Schedule of defects", "Mängelliste", "Tableau des désordres"),
            )
            + 6
        ),
    )
    caption(
        lf,
        sl,
        tr(
            lg,
            "Schedule of defects and estimated costs",
            "Mängelliste mit Kostenschätzung",
            "Tableau récapitulatif des désordres et estimation",
        ),
        2,
    )
    lcols = columns(
        40,
        lw - 40,
        [
            (0.5, "left"),
            (2.2, "left"),
            (1.5, "left"),
            (4.5, "left"),
            (1, "center"),
            (2.6, "left"),
            (1.4, "right"),
        ],
    )
    total = 0.0
    drows = []
    for n, k2 in enumerate(chosen, 1):
        if rates[k2] in (0, 3) and rng.random() < 0.6:
            continue
        cost = rng.choice([150, 250, 400, 650, 900, 1500, 2800, 4500]) * (1 + rates[k2] // 2)
        total += cost
        drows.append(
            [
                str(n),
                els[k2],
                rng.choice(
                    {
                        "en": ["Front", "Rear", "Side", "Loft", "Kitchen", "Bathroom"],
                        "de": [
                            "Straßenseite",
                            "Gartenseite",
                            "Giebel",
                            "Dachboden",
                            "Keller",
                            "Bad",
                        ],
                        "fr": ["Façade rue", "Jardin", "Pignon", "Combles", "Cave", "Salle d'eau"],
                    }[lg]
                ),
                words(rng, lg, "survey", rng.randint(6, 11)),
                RATINGS[lg][rates[k2]],
                ACTIONS[lg][rng.randrange(6)],
                money(cost, lg),
            ]
        )
    table(
        lf,
        lcols,
        [
            "#",
            tr(lg, "Element", "Bauteil", "Élément"),
            tr(lg, "Location", "Lage", "Localisation"),
            tr(lg, "Defect", "Mangel", "Désordre"),
            tr(lg, "Rating", "Dringl.", "Gravité"),
            tr(lg, "Action", "Maßnahme", "Préconisation"),
            tr(lg, "Estimate", "Kosten", "Estimation"),
        ],
        drows,
        sl,
        shade=0.85,
        rules=True,
        step=1.9,
    )
    lf.need(30)
    lf.page.text(
        lw - 40,
        lf.y + 6,
        f"{tr(lg, 'Total (indicative, excl. VAT)', 'Summe netto (ca.)', 'Total indicatif HT')}: "
        f"{cash(total, lg)}",
        sl.bold,
        9,
        "right",
    )
    pages += lf.pages
    # declaration
    q = Page(A4)
    running_header(q, s, f"{', '.join(job.prop)} - {job.ref}")
    y = m + 20
    q.text(
        m,
        y,
        tr(
            lg,
            "Surveyor's declaration",
            "Erklärung des Sachverständigen",
            "Attestation de l'expert",
        ),
        s.bold,
        13,
    )
    y += 24
    for _ in range(2):
        y = text_para(q, s, m, y, w - 2 * m, prose(rng, lg, "legal", 2, 3), s.size)
    y += 10
    y = pairs(
        q,
        s,
        m,
        y,
        [
            (tr(lg, "Surveyor", "Sachverständiger", "Expert"), f"{who_s} {qual}".strip()),
            (
                tr(lg, "RICS number", "Bestellungsnummer", "N° d'agrément"),
                serial(stream_rng(job.role), "9999999"),
            ),
            (tr(lg, "Company", "Büro", "Cabinet"), h.name),
            (tr(lg, "Date", "Datum", "Date"), day(h, d)),
        ],
        w / 2 + 60,
        s.size,
    )
    scrawl(q, m + 10, y + 30, who_s, 15)
    if lg != "en":
        seal(q, w - m - 70, y + 10, 42, h.name, tr(lg, "", "Sachverständiger", "Expert bâtiment"))
    y += 70
    if y < hh - 200:
        q.text(m, y, tr(lg, "What to do now", "Empfehlungen", "Recommandations"), s.bold, 11)
        y += 18
        for _ in range(rng.randint(2, 4)):
            y = text_para(q, s, m + 10, y, w - 2 * m - 10, "- " + words(rng, lg, "survey"), s.size)
    pages.append(q)
    fmt = rng.choice(
        ["Page {i} of {n}", "Page {i} of {n}", "{i}"]
        if lg == "en"
        else ["Seite {i} von {n}", "- {i} -"]
        if lg == "de"
        else ["Page {i}/{n}", "{i}/{n}"]
    )
    number_pages(pages, s, fmt, rng.choice(["bc", "br"]), skip=1, bottom=22)
    remember(job, d, total)
    return pages


ROOMS = {
    "en": [
        "Front elevation",
        "Rear elevation",
        "Hall",
        "Front room",
        "Kitchen",
        "Bedroom 1",
        "Bedroom 2",
        "Bathroom",
        "Landing",
        "Loft",
        "Garden wall",
    ],
    "de": [
        "Straßenfassade",
        "Gartenfassade",
        "Flur",
        "Wohnzimmer",
        "Küche",
        "Schlafzimmer",
        "Kinderzimmer",
        "Bad",
        "Treppenhaus",
        "Dachboden",
        "Keller",
    ],
    "fr": [
        "Façade sur rue",
        "Façade arrière",
        "Entrée",
        "Séjour",
        "Cuisine",
        "Chambre 1",
        "Chambre 2",
        "Salle de bains",
        "Palier",
        "Combles",
        "Cave",
    ],
}
FEATURES = {
    "en": [
        "Ceiling",
        "Party wall",
        "Chimney breast",
        "Floor",
        "Window reveal",
        "Skirting",
        "Cornice",
        "Door frame",
    ],
    "de": [
        "Decke",
        "Trennwand",
        "Schornsteinzug",
        "Boden",
        "Fensterlaibung",
        "Sockelleiste",
        "Stuck",
        "Türzarge",
    ],
    "fr": [
        "Plafond",
        "Mur mitoyen",
        "Conduit",
        "Sol",
        "Tableau de fenêtre",
        "Plinthe",
        "Corniche",
        "Huisserie",
    ],
}
CONDITION = {
    "en": [
        "hairline crack approx. {n}mm wide, {m}mm long",
        "emulsion finish, minor scuffs",
        "stain approx. {n}0mm diameter, dry",
        "plaster sound when tapped",
        "no visible defects",
        "open joint at junction with ceiling",
        "tile cracked ({n} no.)",
    ],
    "de": [
        "Haarriss ca. {n} mm breit, {m} mm lang",
        "Anstrich mit leichten Gebrauchsspuren",
        "Fleck ca. {n}0 mm Durchmesser, trocken",
        "Putz hohlstellenfrei",
        "ohne Befund",
        "offene Fuge am Deckenanschluss",
        "Fliese gerissen ({n} St.)",
    ],
    "fr": [
        "microfissure d'env. {n} mm, longueur {m} mm",
        "peinture, légères traces d'usage",
        "tache d'env. {n}0 mm, sèche",
        "enduit sain au sondage",
        "pas de désordre visible",
        "joint ouvert en liaison avec le plafond",
        "carreau fêlé ({n} u.)",
    ],
}


def condition_text(rng: random.Random, lg: str) -> str:
    return rng.choice(CONDITION[lg]).format(n=rng.randint(1, 4), m=rng.randint(80, 900))


def tpl_schedule_of_condition(rng: random.Random, who: Issuer) -> list[Page]:
    """The practice's schedule of condition of an adjoining owner's house taken before works:
    the title page, room-by-room tables with numbered photo references, the photo pages and
    the page the two surveyors sign."""
    h = office_head()
    lg = h.lang
    job = job_for(rng, ("party_wall_reply", "party_wall_notice"))
    ex = LAST["extra"]
    nb = ex if isinstance(ex, str) and after(("party_wall_reply",)) else job.neighbours[0]
    d = last_day(rng, ("party_wall_reply",), (5, 15))
    s = style_of(h, A4)
    w, hh = A4
    m = s.margin
    nprop = [
        job.prop[0].replace(
            job.prop[0].split()[0 if lg != "de" else -1], str(rng.randint(2, 140)), 1
        ),
        job.prop[1],
    ]
    title = tr(
        lg,
        "SCHEDULE OF CONDITION",
        "BEWEISSICHERUNG - ZUSTANDSFESTSTELLUNG",
        "ÉTAT DES LIEUX AVANT TRAVAUX",
    )
    t = Page(A4)
    y = heading(t, s, h)
    t.text(
        w / 2,
        y + 80,
        fit(title, s.bold, 16, w - 2 * m),
        s.bold,
        shrink(title, s.bold, 16, w - 2 * m),
        "center",
    )
    t.text(w / 2, y + 110, fit(", ".join(nprop), s.font, 12, w - 2 * m), s.font, 12, "center")
    yy = pairs(
        t,
        s,
        m + 40,
        y + 160,
        [
            (tr(lg, "Adjoining owner", "Eigentümer Nachbargrundstück", "Propriétaire voisin"), nb),
            (tr(lg, "Building owner", "Bauherr", "Maître d'ouvrage"), job.client),
            (tr(lg, "Proposed works at", "Bauvorhaben", "Travaux prévus au"), ", ".join(job.prop)),
            (tr(lg, "Date of inspection", "Ortstermin", "Date de la visite"), day(h, d)),
            (tr(lg, "Present", "Anwesend", "Présents"), f"{staff(job.role)[0]}, {nb}"),
            (tr(lg, "Reference", "Aktenzeichen", "Référence"), job.ref + "/SC"),
        ],
        w - m - 40,
        s.size + 0.5,
    )
    text_para(t, s, m + 40, yy + 20, w - 2 * m - 80, prose(rng, lg, "legal", 2, 3), s.size - 0.5)
    pages = [t]
    f = sheets(s, h, f"{title} - {', '.join(nprop)}", top=False)
    f.y = running_header(f.page, s, f"{title} - {', '.join(nprop)}") + 8
    cols = columns(m, w - m, [(0.7, "left"), (2, "left"), (5.5, "left"), (0.9, "left")])
    ph = 0
    rooms = rng.sample(ROOMS[lg], rng.randint(3, 7))
    for room in rooms:
        caption(f, s, room, 0.5)
        rows = []
        for _ in range(rng.randint(3, 6)):
            tag = ""
            if rng.random() < 0.4:
                ph += 1
                tag = f"P{ph}"
            rows.append(
                [
                    f"{rooms.index(room) + 1}.{len(rows) + 1}",
                    rng.choice(FEATURES[lg]),
                    condition_text(rng, lg),
                    tag,
                ]
            )
        table(
            f,
            cols,
            [
                "Ref",
                tr(lg, "Element", "Bauteil", "Élément"),
                tr(lg, "Condition", "Befund", "Constat"),
                "Photo",
            ],
            rows,
            s,
            rules=True,
        )
    pages += f.pages
    k = 0
    while k < ph:
        p = Page(A4)
        running_header(p, s, f"{title} - {', '.join(nprop)}")
        pw, phh = (w - 2 * m - 12) / 2, 150
        for j in range(8):
            if k >= ph:
                break
            x = m + (j % 2) * (pw + 12)
            yy = m + 14 + (j // 2) * (phh + 26)
            if yy + phh > hh - 40:
                break
            photo(p, x, yy, pw, phh, rng)
            p.text(x, yy + phh + 10, f"P{k + 1}", s.bold, 8)
            k += 1
        pages.append(p)
    q = Page(A4)
    running_header(q, s, f"{title} - {', '.join(nprop)}")
    y = text_para(
        q,
        s,
        m,
        m + 20,
        w - 2 * m,
        tr(
            lg,
            "We agree that this schedule is a fair record of the condition of the premises at the "
            "date of inspection.",
            "Die Beteiligten bestätigen den festgestellten Zustand.",
            "Les parties reconnaissent l'exactitude du présent état des lieux.",
        ),
        s.size,
    )
    sign_box(
        q,
        s,
        m,
        y + 30,
        200,
        tr(
            lg,
            "Building owner's surveyor",
            "Sachverständiger Bauherr",
            "Expert du maître d'ouvrage",
        ),
        staff(job.role)[0],
        short(d, lg),
    )
    other = a_name(rng, lg) if rng.random() < 0.6 else nb
    sign_box(
        q,
        s,
        w - m - 200,
        y + 30,
        200,
        tr(
            lg,
            "Adjoining owner's surveyor",
            "Nachbar / dessen Vertreter",
            "Le voisin ou son expert",
        ),
        other if rng.random() < 0.8 else "",
        short(d, lg),
    )
    pages.append(q)
    number_pages(pages, s, rng.choice(["- {i} -", "{i}/{n}", "{i}"]), "bc", skip=1, bottom=22)
    remember(job, d, nb)
    return pages


def tpl_dilapidations(rng: random.Random, who: Issuer) -> list[Page]:
    """A landlord's surveyor's schedule of dilapidations served on the practice's tenant
    client: the covering letter, the Scott schedule on landscape pages, the summary of costs
    and the endorsement."""
    h = head_of(who, "landlord_surveyor", 0.1)
    lg = h.lang
    s = style_of(h, A4)
    w, _hh = A4
    m = s.margin
    d = some_day(rng)
    tenant = rng.choice(
        {
            "en": ["Lindum Print Ltd", "Deva Dental Care", "Northgate Opticians Ltd"],
            "de": ["Druckerei Hasenkamp GmbH", "Zahnarztpraxis Dr. Riepe", "Optik Wessels"],
            "fr": ["Imprimerie Vauban SARL", "Cabinet dentaire des Ducs", "Optique Lemoine"],
        }[lg]
    )
    prem = a_property(rng, home())
    lease = day(h, date(rng.randint(2009, 2017), rng.randint(1, 12), rng.randint(1, 28)))
    f = sheets(s, h, h.name)
    recipient(
        f,
        s,
        h,
        office_lines(staff("partner1")[0]),
        d,
        [
            (tr(lg, "Our ref", "Unser Zeichen", "N/Réf."), serial(rng, "AAA/9999")),
            (tr(lg, "Your client", "Ihr Mandant", "Votre client"), tenant),
        ],
    )
    caption(
        f,
        s,
        tr(
            lg,
            f"Terminal schedule of dilapidations - {', '.join(prem)}",
            f"Rückgabe der Mietfläche - {', '.join(prem)}",
            f"Remise en état - {', '.join(prem)}",
        ),
        0.5,
    )
    f.page.text(m, f.y, dear(lg, None), s.font, s.size)
    f.y += s.size * 2
    write(
        f,
        s,
        tr(
            lg,
            f"We act for the landlord under the lease dated {lease}. We enclose our schedule of "
            "dilapidations served on your client as tenant, together with the quantified demand.",
            f"Wir vertreten die Vermieterin aus dem Mietvertrag vom {lease}. Anbei erhalten Sie "
            "unsere "
            "Mängelliste zur Rückgabe der Fläche mit der Kostenaufstellung.",
            f"Nous intervenons pour le bailleur au titre du bail du {lease}. Vous trouverez "
            "ci-joint "
            "l'état des remises en état chiffré.",
        ),
    )
    write(f, s, prose(rng, lg, "legal", 2, 3))
    regards(
        f,
        s,
        lg,
        person_of(h, "surv"),
        tr(
            lg,
            "Director, Building Consultancy",
            "Technisches Asset Management",
            "Directeur technique",
        ),
    )
    pages = close(f.pages, s, h)
    sl = paper(s, LAND, margin=36, pt=7.5)
    lw, lh = LAND
    hdr = (
        tr(lg, "Schedule of dilapidations", "Mängel- und Rückbauliste", "État des remises en état")
        + f" - {', '.join(prem)}"
    )
    lf = Sheets(LAND, lh - 44, lambda p, n: running_header(p, sl, hdr) + 6)
    caption(
        lf,
        sl,
        tr(lg, "SCHEDULE OF DILAPIDATIONS", "MÄNGEL- UND RÜCKBAULISTE", "ÉTAT DES REMISES EN ÉTAT"),
        3,
    )
    cols = columns(
        36,
        lw - 36,
        [
            (0.5, "left"),
            (0.8, "left"),
            (3.2, "left"),
            (3.2, "left"),
            (1, "right"),
            (2.4, "center"),
            (1, "right"),
        ],
    )
    rows = []
    works = 0.0
    for n in range(1, rng.randint(12, 34)):
        c = float(rng.choice([85, 140, 260, 420, 650, 1200, 2400, 3800]))
        works += c
        rows.append(
            [
                str(n),
                f"{rng.randint(2, 6)}.{rng.randint(1, 9)}",
                words(rng, lg, "survey", rng.randint(5, 9)),
                words(rng, lg, "works", rng.randint(5, 9)),
                money(c, lg),
                "",
                "",
            ]
        )
    table(
        lf,
        cols,
        [
            "#",
            tr(lg, "Clause", "§", "Art."),
            tr(lg, "Breach", "Mangel", "Manquement"),
            tr(lg, "Remedy", "Maßnahme", "Remède"),
            tr(lg, "Landlord £", "Vermieter €", "Bailleur €"),
            tr(lg, "Tenant's comments", "Stellungnahme Mieter", "Observations preneur"),
            tr(lg, "Tenant £", "Mieter €", "Preneur €"),
        ],
        rows,
        sl,
        rules=True,
        step=1.8,
    )
    pages += lf.pages
    q = Page(A4)
    y = m + 10
    q.text(m, y, tr(lg, "Summary of costs", "Kostenzusammenstellung", "Récapitulatif"), s.bold, 13)
    y += 26
    fees = round(works * 0.12, 2)
    rent = float(rng.choice([4500, 7200, 9800, 14500]))
    items = [
        (tr(lg, "Works (schedule items)", "Arbeiten lt. Liste", "Travaux (état)"), works),
        (
            tr(lg, "Preliminaries 10%", "Baustelleneinrichtung 10 %", "Installation 10 %"),
            works * 0.1,
        ),
        (tr(lg, "Professional fees 12%", "Honorar 12 %", "Honoraires 12 %"), fees),
        (tr(lg, "Loss of rent (3 months)", "Mietausfall 3 Monate", "Perte de loyer 3 mois"), rent),
    ]
    for t, v in items:
        q.text(m, y, t, s.font, s.size)
        q.text(w - m, y, cash(v, lg), s.font, s.size, "right")
        y += s.size * 1.6
    q.line(w / 2, y - 8, w - m, y - 8)
    q.text(m, y + 2, tr(lg, "Total claim", "Gesamtforderung", "Total réclamé"), s.bold, s.size)
    q.text(w - m, y + 2, cash(sum(v for _, v in items), lg), s.bold, s.size, "right")
    y += 40
    q.text(m, y, tr(lg, "Endorsement", "Bestätigung", "Attestation"), s.bold, 11)
    y = text_para(q, s, m, y + 16, w - 2 * m, prose(rng, lg, "legal", 2, 3), s.size - 0.5)
    sign_box(
        q,
        s,
        m,
        y + 20,
        220,
        tr(lg, "Signed for the landlord", "Für die Vermieterin", "Pour le bailleur"),
        person_of(h, "surv"),
        short(d, lg),
    )
    pages.append(q)
    received(rng, pages[0], d, 0.45)
    remember(None, d)
    return pages


PW_ACTS = {
    "en": (
        "PARTY WALL etc. ACT 1996",
        [
            "PARTY STRUCTURE NOTICE - Section 3",
            "NOTICE OF ADJACENT EXCAVATION - Section 6",
            "LINE OF JUNCTION NOTICE - Section 1",
        ],
    ),
    "de": (
        "Nachbarrechtsgesetz",
        [
            "Anzeige der Bauarbeiten an der Nachbarwand",
            "Anzeige der Ausschachtung entlang der Grenze",
            "Anzeige der Errichtung einer Grenzwand",
        ],
    ),
    "fr": (
        "Code civil, art. 657 à 662",
        [
            "NOTIFICATION DE TRAVAUX SUR MUR MITOYEN",
            "NOTIFICATION DE TRAVAUX EN LIMITE DE PROPRIÉTÉ",
            "DEMANDE D'AUTORISATION DE TOUR D'ÉCHELLE",
        ],
    ),
}


def tpl_party_wall_notice(rng: random.Random, who: Issuer) -> list[Page]:
    """A party wall notice the practice serves for a building owner on one adjoining owner
    (the file copy): the notice, the plan of the works and the acknowledgement form to return.
    A run serves the same works on the next neighbour."""
    h = office_head()
    lg = h.lang
    ex = LAST["extra"]
    if after(("party_wall_notice",)) and isinstance(ex, int) and isinstance(LAST["job"], Job):
        job, k = LAST["job"], ex + 1
    else:
        job, k = a_job(rng), 0
    nb = job.neighbours[k % 3]
    d = last_day(rng, ("party_wall_notice",), (0, 0))
    act, kinds = PW_ACTS[lg]
    kind = (job.level + k) % 3 if rng.random() < 0.5 else rng.randrange(3)
    s = style_of(h, A4, pt=9.5)
    w, hh = A4
    m = s.margin
    nprop = [
        job.prop[0].replace(
            job.prop[0].split()[0 if lg != "de" else -1], str(rng.randint(2, 140)), 1
        ),
        job.prop[1],
    ]
    p = Page(A4)
    y = m
    p.text(w / 2, y, act, s.bold, 12, "center")
    p.text(w / 2, y + 18, fit(kinds[kind], s.bold, 11, w - 2 * m), s.bold, 11, "center")
    y += 48
    for lab, val in [
        (
            tr(
                lg,
                "To (adjoining owner)",
                "An (Eigentümer Nachbargrundstück)",
                "À (propriétaire voisin)",
            ),
            f"{nb}, {', '.join(nprop)}",
        ),
        (
            tr(lg, "From (building owner)", "Von (Bauherr)", "De (maître d'ouvrage)"),
            f"{job.client}, {', '.join(job.prop)}",
        ),
    ]:
        p.text(m, y, lab, s.bold, 9)
        y += 13
        y = text_para(p, s, m + 12, y, w - 2 * m - 12, val, 9.5)
    y = text_para(
        p,
        s,
        m,
        y + 4,
        w - 2 * m,
        tr(
            lg,
            "TAKE NOTICE that the building owner intends to carry out the following works:",
            "Hiermit zeigen wir im Auftrag des Bauherrn folgende Arbeiten an:",
            "Nous vous informons que le maître d'ouvrage entend réaliser les travaux suivants :",
        ),
        9.5,
    )
    for n in range(1, rng.randint(3, 6)):
        y = text_para(
            p,
            s,
            m + 14,
            y,
            w - 2 * m - 14,
            f"{n}. " + words(rng, lg, "works", rng.randint(9, 16)),
            9.5,
        )
    start = d + timedelta(days=rng.choice([31, 35, 60, 65]))
    y = text_para(
        p,
        s,
        m,
        y + 4,
        w - 2 * m,
        tr(
            lg,
            f"It is intended to start the works on or after {day(h, start)}.",
            f"Beginn der Arbeiten frühestens am {day(h, start)}.",
            f"Début des travaux prévu à compter du {day(h, start)}.",
        ),
        9.5,
    )
    y = text_para(p, s, m, y, w - 2 * m, prose(rng, lg, "legal", 1, 2), 8.5)
    y += 10
    y = pairs(
        p,
        s,
        m,
        y,
        [
            (tr(lg, "Date of service", "Datum", "Date"), day(h, d)),
            (tr(lg, "Served by", "Zugestellt durch", "Notifié par"), f"{h.name}"),
            (tr(lg, "Drawing", "Plan", "Plan"), f"{job.ref}/PW-0{k + 1}"),
        ],
        w / 2 + 80,
        9,
    )
    scrawl(p, m + 4, y + 24, staff(job.role)[0])
    p.line(m, y + 28, m + 200, y + 28)
    p.text(
        m,
        y + 38,
        fit(
            tr(
                lg,
                f"{staff(job.role)[0]}, surveyor authorised by the building owner",
                f"{staff(job.role)[0]}, bevollmächtigt",
                f"{staff(job.role)[0]}, mandaté par le maître d'ouvrage",
            ),
            s.font,
            8,
            w - 2 * m,
        ),
        s.font,
        8,
    )
    p.text(m, hh - 30, fit(f"{h.name}, {h.street}, {h.town}", s.font, 7, w - 2 * m), s.font, 7)
    pages = [p]
    if rng.random() < 0.8:
        pl = Page(A4 if rng.random() < 0.5 else LAND)
        pw, phh = pl.size
        pl.rect(30, 30, pw - 60, phh - 60)
        ox, oy = 80, 90
        bw = (pw - 220) / 3
        for j in range(3):
            pl.rect(ox + j * bw, oy, bw, phh * 0.42)
        pl.rect(ox + bw, oy + phh * 0.42, bw, phh * 0.12, fill=0.8)
        for j in range(6):
            pl.line(
                ox + bw + j * bw / 6, oy + phh * 0.42, ox + bw + j * bw / 6 + 20, oy + phh * 0.54
            )
        pl.text(
            ox + bw * 0.5,
            oy + phh * 0.2,
            fit(nprop[0], "Helvetica", 8, bw - 8),
            "Helvetica",
            8,
            "center",
        )
        pl.text(
            ox + bw * 1.5,
            oy + phh * 0.2,
            fit(job.prop[0], "Helvetica", 8, bw - 8),
            "Helvetica",
            8,
            "center",
        )
        pl.text(
            ox + bw * 1.5,
            oy + phh * 0.5,
            tr(lg, "proposed extension", "geplanter Anbau", "extension projetée"),
            "Helvetica-Oblique",
            7,
            "center",
        )
        tbx, tby = pw - 250, phh - 110
        pl.rect(tbx, tby, 220, 80)
        for n, t in enumerate(
            [
                h.name,
                f"{tr(lg, 'Drawing', 'Plan', 'Plan')} {job.ref}/PW-0{k + 1}",
                tr(lg, "Scale 1:100 @ A4 - do not scale", "M 1:100", "Éch. 1/100"),
                f"{tr(lg, 'Date', 'Datum', 'Date')} {short(d, lg)}",
            ]
        ):
            pl.text(
                tbx + 6,
                tby + 14 + n * 16,
                fit(t, "Helvetica-Bold" if n == 0 else "Helvetica", 8, 208),
                "Helvetica-Bold" if n == 0 else "Helvetica",
                8,
            )
        pl.line(60, phh - 60, 60, phh - 100)
        pl.text(60, phh - 104, "N", "Helvetica-Bold", 10, "center")
        pages.append(pl)
    pages.append(ack_form(rng, job, nb, nprop, d, False))
    remember(job, d, k)
    return pages


def ack_form(
    rng: random.Random, job: Job, nb: str, nprop: list[str], d: date, filled: bool
) -> Page:
    """The acknowledgement form served with a party wall notice; ``filled``: as the adjoining
    owner returns it, ticked and signed by hand."""
    h = office_head()
    lg = h.lang
    s = style_of(h, A4, pt=9.5)
    w, hh = A4
    m = s.margin
    p = Page(A4)
    y = m
    p.text(
        w / 2,
        y,
        tr(
            lg,
            "ACKNOWLEDGEMENT OF NOTICE",
            "EMPFANGSBESTÄTIGUNG UND ERKLÄRUNG",
            "ACCUSÉ DE RÉCEPTION ET RÉPONSE",
        ),
        s.bold,
        12,
        "center",
    )
    y += 28
    y = pairs(
        p,
        s,
        m,
        y,
        [
            (tr(lg, "Adjoining owner", "Nachbar", "Voisin"), nb),
            (tr(lg, "Property", "Grundstück", "Propriété"), ", ".join(nprop)),
            (tr(lg, "Works at", "Bauvorhaben", "Travaux au"), ", ".join(job.prop)),
            (tr(lg, "Notice dated", "Anzeige vom", "Notification du"), day(h, d)),
        ],
        w - m,
        9.5,
    )
    y += 10
    opts = [
        tr(
            lg,
            "I/We CONSENT to the works described in the notice.",
            "Ich stimme den Arbeiten zu.",
            "Je donne mon accord aux travaux.",
        ),
        tr(
            lg,
            "I/We DISSENT and concur in the appointment of the agreed surveyor named below.",
            "Ich widerspreche und bitte um Beweissicherung durch einen gemeinsamen "
            "Sachverständigen.",
            "Je m'oppose et demande la désignation d'un expert commun.",
        ),
        tr(
            lg,
            "I/We DISSENT and appoint my/our own surveyor:",
            "Ich widerspreche und beauftrage eigenen Sachverständigen:",
            "Je m'oppose et désigne mon propre expert :",
        ),
    ]
    pick = rng.choice([0, 0, 1, 2]) if filled else -1
    for n, t in enumerate(opts):
        box(p, m + 4, y + 6, n == pick, 10)
        for j, ln in enumerate(wrap(t, s.font, 9.5, w - 2 * m - 30)):
            p.text(m + 22, y + 6 + j * 12, ln, s.font, 9.5)
        y += 14 + 12 * len(wrap(t, s.font, 9.5, w - 2 * m - 30))
        if n == 2:
            p.line(m + 22, y + 8, w - m, y + 8)
            if pick == 2:
                hand(
                    p,
                    m + 26,
                    y + 5,
                    f"{a_name(rng, lg)}, {rng.choice(SENDERS['contractor'][lg])[2]}",
                    9,
                )
            y += 20
    y += 20
    sign_box(
        p,
        s,
        m,
        y,
        220,
        tr(lg, "Signature of adjoining owner", "Unterschrift", "Signature"),
        nb if filled else "",
        short(d + timedelta(days=rng.randint(3, 12)), lg) if filled else "",
    )
    p.text(
        m,
        hh - 50,
        fit(
            tr(
                lg,
                f"Please return to {h.name}, {h.street}, {h.town} within 14 days.",
                f"Bitte innerhalb von 14 Tagen zurück an {h.name}.",
                f"À retourner sous 14 jours à {h.name}.",
            ),
            s.font,
            8,
            w - 2 * m,
        ),
        s.font,
        8,
    )
    return p


def tpl_party_wall_reply(rng: random.Random, who: Issuer) -> list[Page]:
    """An adjoining owner's reply to a party wall notice: the acknowledgement form ticked and
    signed by hand, sometimes behind a handwritten note on a notepad page."""
    lg = home()
    job = job_for(rng, ("party_wall_notice",))
    ex = LAST["extra"]
    k = ex if after(("party_wall_notice",)) and isinstance(ex, int) else rng.randrange(3)
    nb = job.neighbours[k % 3]
    d0 = last_day(rng, ("party_wall_notice",), (0, 0))
    d = d0 + timedelta(days=rng.randint(4, 13))
    nprop = [
        job.prop[0].replace(
            job.prop[0].split()[0 if lg != "de" else -1], str(rng.randint(2, 140)), 1
        ),
        job.prop[1],
    ]
    pages = []
    if rng.random() < 0.5:
        note = Page(A5)
        w, hh = A5
        for yy in range(70, int(hh) - 30, 20):
            note.line(30, yy + 3, w - 25, yy + 3)
        hand(note, w - 30 - tw(short(d, lg), HAND, 10), 50, short(d, lg), 10)
        y = 70
        lines = [tr(lg, "Dear Sirs,", "Sehr geehrte Damen und Herren,", "Madame, Monsieur,")]
        lines += wrap(
            tr(
                lg,
                "Please find enclosed the form. We would like a schedule of condition taken "
                "before any work starts.",
                "anbei das Formular zurück. Wir bitten um Beweissicherung vor Beginn der Arbeiten.",
                "ci-joint le formulaire. Nous souhaitons un état des lieux avant le début des "
                "travaux.",
            )
            + " "
            + words(rng, lg, "survey", rng.randint(6, 12)),
            HAND,
            10,
            w - 70,
        )
        lines += [tr(lg, "Yours faithfully", "Mit freundlichen Grüßen", "Cordialement")]
        for ln in lines:
            hand(note, 34, y, ln, 10)
            y += 20
        scrawl(note, 40, y + 14, nb, 14)
        pages.append(note)
    form = ack_form(rng, job, nb, nprop, d0, True)
    received(rng, form, d, 0.45)
    pages.append(form)
    remember(job, d, nb)
    return pages


# ---------------------------------------------------------------------------------------------
# Templates VVVV: money, insurance, membership and complaints
# ---------------------------------------------------------------------------------------------


def bank_line(h: Head) -> str:
    r = random.Random(zlib.crc32(f"wok/bank/{h.name}".encode()))
    if h.lang == "en":
        return (
            f"{r.choice(['Lloyds Bank', 'NatWest', 'HSBC UK'])} - Sort code {r.randint(10, 99)}-"
            f"{r.randint(10, 99)}-{r.randint(10, 99)} - Account {r.randint(10000000, 99999999)}"
        )
    if h.lang == "de":
        blocks = " ".join(str(r.randint(1000, 9999)) for _ in range(4))
        return f"IBAN DE{r.randint(10, 99)} {blocks} {r.randint(10, 99)}"
    blocks = " ".join(str(r.randint(1000, 9999)) for _ in range(4))
    return f"IBAN FR76 {blocks} {r.randint(100, 999)}"


def tpl_fee_invoice(rng: random.Random, who: Issuer) -> list[Page]:
    """The practice's fee invoice for a survey or a party wall or contract administration
    service: the lines, VAT, the bank details; the copy kept on file."""
    h = office_head()
    lg = h.lang
    job = job_for(rng, ("survey_report", "schedule_of_condition"))
    d = last_day(rng, ("survey_report", "schedule_of_condition"), (0, 2))
    if after(("fee_invoice",)):
        job = a_job(rng)
    s = style_of(h, A4)
    w, hh = A4
    m = s.margin
    f = sheets(s, h, h.name)
    no = f"{month().year % 100}{rng.randint(1000, 1999)}"
    recipient(
        f,
        s,
        h,
        job.client_lines,
        d,
        [
            (tr(lg, "Invoice no.", "Rechnungs-Nr.", "Facture n°"), no),
            (tr(lg, "Our ref", "Unser Zeichen", "Dossier"), job.ref),
            (
                tr(lg, "Tax point", "Leistungsdatum", "Date de prestation"),
                short(d - timedelta(days=rng.randint(1, 8)), lg),
            ),
        ],
    )
    caption(f, s, tr(lg, "INVOICE", "RECHNUNG", "NOTE D'HONORAIRES"), 4)
    write(f, s, f"{tr(lg, 'Property', 'Objekt', 'Bien')}: {', '.join(job.prop)}", s.size - 0.5)
    cols = columns(m, w - m, [(5, "left"), (1.5, "right")])
    svc = rng.choice(
        [
            LEVELS[lg][job.level],
            tr(
                lg,
                "Party wall surveyor's fees (building owner)",
                "Beweissicherung Nachbargebäude",
                "État des lieux avant travaux",
            ),
            tr(
                lg,
                "Contract administration fee - stage payment",
                "Bauüberwachung - Abschlag",
                "Maîtrise d'oeuvre - acompte",
            ),
        ]
    )
    rows = [[svc, money(job.fee, lg)]]
    net = job.fee
    for _ in range(rng.choice([0, 0, 1, 2])):
        v = float(rng.choice([35, 45, 60, 120, 180]))
        net += v
        rows.append(
            [
                rng.choice(
                    [
                        tr(lg, "Mileage", "Fahrtkosten", "Frais de déplacement"),
                        tr(lg, "Land Registry documents", "Grundbuchauszug", "Frais de dossier"),
                        EXTRAS[lg][rng.randrange(5)],
                    ]
                ),
                money(v, lg),
            ]
        )
    table(
        f,
        cols,
        [
            tr(lg, "Description", "Leistung", "Désignation"),
            tr(lg, "Amount", "Betrag", "Montant HT"),
        ],
        rows,
        s,
        rules=True,
    )
    totals(f, s, lg, net, vat_rate(lg))
    f.y += 10
    write(
        f,
        s,
        tr(
            lg,
            "Payment due within 14 days. Please quote the invoice number.",
            "Zahlbar innerhalb von 14 Tagen ohne Abzug unter Angabe der Rechnungsnummer.",
            "Paiement à réception. Pas d'escompte pour paiement anticipé. Pénalités de retard au "
            "taux légal.",
        ),
        s.size - 1,
    )
    write(f, s, bank_line(h), s.size - 1)
    pages = close(f.pages, s, h)
    if rng.random() < 0.3:
        hand(
            pages[0],
            m + 20,
            hh - m - 60,
            tr(
                home(),
                f"pd {short(d + timedelta(days=9), lg)} BACS",
                f"bez. {short(d + timedelta(days=9), lg)}",
                f"réglé le {short(d + timedelta(days=9), lg)}",
            ),
            11,
        )
    remember(job, d)
    return pages


def tpl_fee_statement(rng: random.Random, who: Issuer) -> list[Page]:
    """The practice's statement of account to a regular client (an agent, a lender's panel, a
    landlord client): the open invoices and payments, the ageing boxes and the tear-off
    remittance slip."""
    h = office_head()
    lg = h.lang
    r = keyed(who, "stmt")
    role = r.choice(["agent", "panel", "landlord_surveyor"])
    cl = make_head(rng.choice(SENDERS[role][lg]), lg, role)
    d = add_months(month(), 1) - timedelta(days=1)
    s = style_of(h, A4)
    w, hh = A4
    m = s.margin
    f = sheets(s, h, h.name)
    acc = serial(rng, "C9999")
    recipient(
        f,
        s,
        h,
        head_lines(
            cl, tr(lg, "Accounts payable", "Kreditorenbuchhaltung", "Comptabilité fournisseurs")
        ),
        d,
        [(tr(lg, "Account", "Kunden-Nr.", "Compte"), acc)],
    )
    caption(
        f, s, tr(lg, "STATEMENT OF ACCOUNT", "KONTOAUSZUG / OFFENE POSTEN", "RELEVÉ DE COMPTE"), 3
    )
    rows = []
    bal = 0.0
    ages = [0.0, 0.0, 0.0, 0.0]
    for _ in range(rng.randint(4, 18)):
        dd = d - timedelta(days=rng.randint(2, 110))
        v = round(rng.choice([480, 690, 995, 1150, 350]) * 1.2, 2)
        if rng.random() < 0.25:
            bal -= v
            rows.append(
                (dd, tr(lg, "Payment received", "Zahlung", "Règlement reçu"), "", money(v, lg))
            )
        else:
            bal += v
            ages[min(3, (d - dd).days // 30)] += v
            rows.append(
                (
                    dd,
                    f"{tr(lg, 'Invoice', 'Rechnung', 'Facture')} "
                    f"{month().year % 100}{rng.randint(1000, 1999)} - {a_property(rng, lg)[0]}",
                    money(v, lg),
                    "",
                )
            )
    rows.sort()
    run = 0.0
    out = []
    for dd, t, dr, cr in rows:
        run += (float(dr.replace(".", "").replace(",", "").replace(" ", "")) / 100 if dr else 0) - (
            float(cr.replace(".", "").replace(",", "").replace(" ", "")) / 100 if cr else 0
        )
        out.append([short(dd, lg), t, dr, cr, money(run, lg)])
    cols = columns(
        m, w - m, [(1.3, "left"), (4, "left"), (1.3, "right"), (1.3, "right"), (1.4, "right")]
    )
    table(
        f,
        cols,
        [
            tr(lg, "Date", "Datum", "Date"),
            tr(lg, "Details", "Buchungstext", "Libellé"),
            tr(lg, "Debit", "Soll", "Débit"),
            tr(lg, "Credit", "Haben", "Crédit"),
            tr(lg, "Balance", "Saldo", "Solde"),
        ],
        out,
        s,
        rules=True,
    )
    f.need(60)
    bw = (w - 2 * m) / 4
    for k, lab in enumerate([tr(lg, "Current", "aktuell", "Non échu"), "30+", "60+", "90+"]):
        f.page.rect(m + k * bw, f.y, bw, 30)
        f.page.text(m + k * bw + 4, f.y + 9, lab, s.font, 7)
        f.page.text(m + (k + 1) * bw - 4, f.y + 24, money(ages[k], lg), s.bold, 8.5, "right")
    f.y += 50
    slip_y = hh - m - 110
    if f.y < slip_y - 10:
        p = f.page
        slip_rule(
            p,
            m,
            w - m,
            slip_y,
            tr(
                lg,
                "Remittance advice - please return with your payment",
                "Zahlungsavis",
                "Talon à joindre au règlement",
            ),
        )
        fields(
            p,
            s,
            m,
            slip_y + 10,
            w - 2 * m,
            [
                (tr(lg, "From", "Von", "De"), cl.name),
                (tr(lg, "Account", "Konto", "Compte"), acc),
                (tr(lg, "Amount paid", "Betrag", "Montant"), ""),
                (tr(lg, "Date", "Datum", "Date"), ""),
            ],
            per=2,
            tall=24,
            hand=False,
        )
    pages = close(f.pages, s, h)
    remember(None, d)
    return pages


PI_QUESTIONS = {
    "en": [
        "Has any claim been made against the firm in the last 6 years?",
        "Is the firm aware of any circumstance that may give rise to a claim?",
        "Does the firm undertake valuations for secured lending?",
        "Does the firm undertake work outside the UK?",
        "Does the firm hold a written complaints handling procedure?",
        "Are all surveyors members of RICS?",
    ],
    "de": [
        "Wurden in den letzten 5 Jahren Schäden gemeldet?",
        "Sind Umstände bekannt, die zu einem Anspruch führen könnten?",
        "Werden Verkehrswertgutachten für Banken erstellt?",
        "Werden Leistungen im Ausland erbracht?",
        "Gibt es eine Beschwerderegelung?",
        "Sind alle Sachverständigen öffentlich bestellt oder zertifiziert?",
    ],
    "fr": [
        "Un sinistre a-t-il été déclaré au cours des 5 dernières années ?",
        "Avez-vous connaissance de faits susceptibles d'entraîner une réclamation ?",
        "Réalisez-vous des expertises pour des établissements de crédit ?",
        "Intervenez-vous hors de France ?",
        "Disposez-vous d'une procédure de traitement des réclamations ?",
        "Tous les experts sont-ils qualifiés ou certifiés ?",
    ],
}


def tpl_pi_proposal(rng: random.Random, who: Issuer) -> list[Page]:
    """The broker's professional indemnity renewal proposal: the covering letter and the
    proposal form filled in by hand (fee income, split of work, questions, declaration)."""
    h = head_of(who, "broker")
    lg = h.lang
    oh = office_head()
    d = some_day(rng)
    s = style_of(h, A4)
    w, hh = A4
    m = s.margin
    renew = add_months(month(), rng.randint(1, 2))
    pol = serial(keyed(who, "pol"), "PI/AAA/999999")
    pages: list[Page] = []
    if rng.random() < 0.8:
        f = sheets(s, h, h.name)
        recipient(
            f,
            s,
            h,
            office_lines(staff("manager")[0]),
            d,
            [(tr(lg, "Policy", "Vertrag", "Contrat"), pol)],
        )
        caption(
            f,
            s,
            tr(
                lg,
                f"Professional indemnity renewal - {day(h, renew)}",
                f"Berufshaftpflicht - Verlängerung zum {day(h, renew)}",
                f"RC professionnelle - renouvellement au {day(h, renew)}",
            ),
            0.5,
        )
        f.page.text(m, f.y, dear(lg, mx(staff("manager")[0], lg)), s.font, s.size)
        f.y += s.size * 2
        write(
            f,
            s,
            tr(
                lg,
                "Your policy falls due for renewal shortly. Please complete, sign and return the "
                "enclosed "
                "proposal form so that we can approach insurers.",
                "Ihr Vertrag läuft demnächst ab. Bitte senden Sie uns den beigefügten Fragebogen "
                "ausgefüllt zurück.",
                "Votre contrat arrive à échéance. Merci de nous retourner le questionnaire "
                "ci-joint complété et signé.",
            ),
        )
        write(f, s, prose(rng, lg, "legal", 1, 3))
        regards(
            f,
            s,
            lg,
            person_of(h, "acct"),
            tr(lg, "Account Executive", "Kundenbetreuung", "Chargé de clientèle"),
        )
        pages += close(f.pages, s, h)
    fs = style_of(h, A4, margin=44, pt=8.5)
    form = tr(
        lg,
        "PROPOSAL FORM - SURVEYORS' PROFESSIONAL INDEMNITY",
        "FRAGEBOGEN BERUFSHAFTPFLICHT SACHVERSTÄNDIGE",
        "QUESTIONNAIRE RC PROFESSIONNELLE - EXPERTS",
    )
    fp: list[Page] = []
    p = Page(A4)
    y = heading(p, fs, h)
    p.text(44, y, fit(form, fs.bold, 11, w - 88), fs.bold, 11)
    y = band(p, fs, y + 20, tr(lg, "1. The firm", "1. Büro", "1. Le cabinet"))
    y = fields(
        p,
        fs,
        44,
        y,
        w - 88,
        [
            (tr(lg, "Name of firm", "Name", "Raison sociale"), oh.name),
            (tr(lg, "Address", "Anschrift", "Adresse"), f"{oh.street}, {oh.town}"),
            (
                tr(lg, "Partners / directors", "Inhaber / Partner", "Gérants / associés"),
                f"{staff('partner1')[0]}, {staff('partner2')[0]}",
            ),
            (tr(lg, "Total staff", "Mitarbeiter", "Effectif"), "5"),
        ],
        per=2,
        tall=26,
    )
    y = band(p, fs, y, tr(lg, "2. Fee income", "2. Honorarumsatz", "2. Chiffre d'affaires"))
    base = rng.randint(280, 520) * 1000
    yrs = [month().year - k for k in (3, 2, 1)] + [month().year]
    y = fields(
        p,
        fs,
        44,
        y,
        w - 88,
        [
            (
                f"{yy}{tr(lg, ' (estimate)', ' (Prognose)', ' (estimé)') if k == 3 else ''}",
                cash(base * (0.85 + 0.07 * k), lg),
            )
            for k, yy in enumerate(yrs)
        ],
        per=4,
        tall=26,
    )
    y = band(
        p,
        fs,
        y,
        tr(
            lg,
            "3. Split of work (% of fees)",
            "3. Tätigkeitsbereiche (%)",
            "3. Répartition de l'activité (%)",
        ),
    )
    acts = {
        "en": [
            "Building surveys",
            "Party wall",
            "Dilapidations",
            "Contract administration",
            "Valuation",
            "Other",
        ],
        "de": [
            "Bauzustandsberichte",
            "Beweissicherung",
            "Schadensgutachten",
            "Bauüberwachung",
            "Wertermittlung",
            "Sonstiges",
        ],
        "fr": [
            "Expertises",
            "États des lieux",
            "Litiges",
            "Maîtrise d'oeuvre",
            "Estimations",
            "Autres",
        ],
    }[lg]
    cuts = sorted(rng.sample(range(5, 95, 5), 5))
    pct = [b - a for a, b in itertools.pairwise([0, *cuts, 100])]
    y = fields(
        p, fs, 44, y, w - 88, [(a, f"{v}%") for a, v in zip(acts, pct, strict=True)], per=3, tall=26
    )
    fp.append(p)
    q = Page(A4)
    y = band(
        q, fs, 60, tr(lg, "4. Claims and circumstances", "4. Schadenverlauf", "4. Antécédents")
    )
    for t in PI_QUESTIONS[lg]:
        lines = wrap(t, fs.font, 8.5, w - 88 - 110)
        for j, ln in enumerate(lines):
            q.text(44, y + 8 + j * 11, ln, fs.font, 8.5)
        yes = rng.random() < 0.25
        for k, lab in enumerate(yes_no(lg)):
            box(q, w - 44 - 90 + k * 46, y + 8, (k == 0) == yes, 9)
            q.text(w - 44 - 76 + k * 46, y + 8, lab, fs.font, 8)
        y += 12 * len(lines) + 8
    y += 6
    q.text(
        44,
        y,
        tr(lg, "If yes, give details:", "Falls ja, Einzelheiten:", "Si oui, précisez :"),
        fs.font,
        8.5,
    )
    for k in range(3):
        q.line(44, y + 18 + k * 16, w - 44, y + 18 + k * 16)
    if rng.random() < 0.5:
        hand(q, 50, y + 15, words(rng, lg, "survey", 9)[:80], 9)
    y += 70
    y = band(
        q, fs, y, tr(lg, "5. Cover required", "5. Gewünschte Deckung", "5. Garanties souhaitées")
    )
    y = ticks(
        q,
        fs,
        44,
        y + 8,
        w - 88,
        [cash(v, lg) for v in (1_000_000, 2_000_000, 3_000_000, 5_000_000)],
        {rng.randrange(4)},
        8.5,
    )
    y = band(q, fs, y + 6, tr(lg, "6. Declaration", "6. Erklärung", "6. Déclaration"))
    y = text_para(q, fs, 44, y + 6, w - 88, prose(rng, lg, "legal", 2, 3), 8)
    sign_box(
        q,
        fs,
        44,
        y + 10,
        220,
        tr(lg, "Signed (partner)", "Unterschrift", "Signature"),
        staff("partner1")[0],
        short(d + timedelta(days=rng.randint(3, 10)), lg),
    )
    fp.append(q)
    if rng.random() < 0.4:
        z = Page(A4)
        y = band(
            z,
            fs,
            60,
            tr(lg, "7. Schedule of staff", "7. Mitarbeiterliste", "7. Liste du personnel"),
        )
        y += 8
        for role in ("partner1", "partner2", "surveyor", "assistant", "manager"):
            n, qq = staff(role)
            z.text(50, y, n, HAND, 9)
            z.text(250, y, qq or "-", HAND, 9)
            z.text(380, y, position(role), fs.font, 8)
            z.line(44, y + 4, w - 44, y + 4)
            y += 20
        fp.append(z)
    for k, pg in enumerate(fp, 1):
        pg.text(
            w - 44,
            hh - 24,
            f"{tr(lg, 'Page', 'Seite', 'Page')} {k} {tr(lg, 'of', 'von', 'sur')} {len(fp)}",
            fs.font,
            7,
            "right",
        )
        pg.text(
            44,
            hh - 24,
            fit(f"{h.name} - PF/SUR/{month().year % 100}", fs.font, 6.5, w / 2),
            fs.font,
            6.5,
        )
    pages += fp
    remember(None, d)
    return pages


CPD_ACTS = {
    "en": [
        "Japanese knotweed and the RICS guidance note",
        "Conflicts of interest (online module)",
        "Party wall update seminar",
        "Damp diagnosis workshop",
        "Reading the Building Safety Act",
        "Structured reading: Home Survey Standard",
        "Branch meeting: asbestos in homes",
        "Webinar: thermal imaging for surveyors",
        "Mentoring APC candidate",
    ],
    "de": [
        "Schimmelpilzschäden erkennen und bewerten",
        "Seminar Nachbarrecht aktuell",
        "GEG 2024 für Sachverständige",
        "Holzschutz nach DIN 68800",
        "Brandschutz im Bestand",
        "Webinar Thermografie",
        "Erfahrungsaustausch Regionalgruppe",
        "Fachliteratur (Selbststudium)",
    ],
    "fr": [
        "Pathologie des fissures",
        "Humidité et remontées capillaires",
        "Réforme de la copropriété",
        "Amiante : obligations du propriétaire",
        "Webinaire thermographie",
        "Lecture technique (DTU)",
        "Journée régionale de la Chambre",
        "Responsabilité décennale",
    ],
}


def tpl_cpd_record(rng: random.Random, who: Issuer) -> list[Page]:
    """A professional body's CPD record printout for one member of the practice's staff, on
    landscape pages: the member, the activities with hours, the totals and the requirement.
    A run prints the next member's record."""
    h = head_of(who, "body")
    lg = h.lang
    ex = LAST["extra"]
    roles = ["partner1", "partner2", "surveyor", "assistant"]
    k = (ex + 1) % 4 if after(("cpd_record",)) and isinstance(ex, int) else rng.randrange(4)
    role = roles[k]
    name, q = staff(role)
    size = LAND if rng.random() < 0.75 else A4
    s = style_of(h, size, margin=40, pt=8.5)
    w, hh = size
    yr = month().year - (1 if month().month < 4 else 0)
    f = sheets(
        s,
        h,
        f"{tr(lg, 'CPD record', 'Fortbildungsnachweis', 'Relevé de formation continue')} - {name}",
    )
    caption(
        f,
        s,
        tr(
            lg,
            f"CPD record {yr}",
            f"Fortbildungsnachweis {yr}",
            f"Relevé de formation continue {yr}",
        ),
        4,
    )
    mem = serial(stream_rng(f"mem/{role}"), "9999999")
    f.y = (
        pairs(
            f.page,
            s,
            40,
            f.y,
            [
                (tr(lg, "Member", "Mitglied", "Membre"), f"{name} {q}".strip()),
                (tr(lg, "Membership no.", "Mitglieds-Nr.", "N° d'adhérent"), mem),
                (tr(lg, "Firm", "Büro", "Cabinet"), office_name()),
            ],
            w / 2,
            8.5,
        )
        + 10
    )
    cols = columns(
        40, w - 40, [(1.1, "left"), (4.5, "left"), (2.2, "left"), (1.2, "left"), (0.8, "right")]
    )
    rows = []
    formal = inf = 0.0
    for _ in range(rng.randint(6, 22)):
        hrs = rng.choice([0.5, 1, 1, 1.5, 2, 3, 3.5, 7])
        fm = rng.random() < 0.55
        if fm:
            formal += hrs
        else:
            inf += hrs
        dd = date(yr, rng.randint(1, 12), rng.randint(1, 28))
        rows.append(
            (
                dd,
                [
                    short(dd, lg),
                    rng.choice(CPD_ACTS[lg]),
                    rng.choice([h.name.split(" - ")[0], "Online", "CPD Foundation", "Branch"]),
                    tr(
                        lg,
                        "Formal" if fm else "Informal",
                        "Seminar" if fm else "Selbststudium",
                        "Présentiel" if fm else "Autoformation",
                    ),
                    f"{hrs:g}",
                ],
            )
        )
    rows.sort(key=lambda t: t[0])
    table(
        f,
        cols,
        [
            tr(lg, "Date", "Datum", "Date"),
            tr(lg, "Activity", "Veranstaltung", "Action"),
            tr(lg, "Provider", "Anbieter", "Organisme"),
            tr(lg, "Type", "Art", "Type"),
            tr(lg, "Hours", "Std.", "Heures"),
        ],
        [r_[1] for r_ in rows],
        s,
        rules=True,
        shade=0.88,
    )
    f.need(50)
    f.y += 8
    tot = formal + inf
    f.page.text(
        40,
        f.y,
        f"{tr(lg, 'Formal', 'Seminare', 'Présentiel')}: {formal:g} h   "
        f"{tr(lg, 'Informal', 'Selbststudium', 'Autoformation')}: {inf:g} h   "
        f"{tr(lg, 'Total', 'Gesamt', 'Total')}: {tot:g} h",
        s.bold,
        9,
    )
    f.y += 14
    ok = tot >= 20 and formal >= 10
    f.page.text(
        40,
        f.y,
        tr(
            lg,
            f"Requirement: 20 hours, of which 10 formal - {'met' if ok else 'NOT MET'}",
            f"Pflicht: 20 Stunden jährlich - {'erfüllt' if ok else 'nicht erfüllt'}",
            f"Obligation : 20 heures par an - {'atteinte' if ok else 'non atteinte'}",
        ),
        s.font,
        8.5,
    )
    pages = f.pages
    for n, p in enumerate(pages, 1):
        p.text(w - 40, hh - 20, f"{n}/{len(pages)}", s.font, 7, "right")
        p.text(
            40,
            hh - 20,
            f"{tr(lg, 'Printed', 'Gedruckt', 'Imprimé le')} {short(some_day(rng), lg)}",
            s.font,
            7,
        )
    remember(None, some_day(rng), k)
    return pages


def tpl_client_complaint(rng: random.Random, who: Issuer) -> list[Page]:
    """A client's complaint about a survey (a defect not reported, the report late, the fee):
    a typed letter or a handwritten one on notepaper, now and then with a builder's quotation
    copy or printed photos enclosed."""
    lg0 = home()
    job = a_job(rng)
    lg = job.client_lang
    d = some_day(rng)
    office_head()
    by_hand = rng.random() < 0.35
    pages: list[Page] = []
    name = job.person
    text = [
        tr(
            lg,
            f"I am writing to complain about the survey of {', '.join(job.prop)} (your ref "
            f"{job.ref}).",
            f"ich beschwere mich über das Gutachten zu {', '.join(job.prop)} (Ihr Zeichen "
            f"{job.ref}).",
            f"Je vous écris au sujet de l'expertise du {', '.join(job.prop)} (réf. {job.ref}).",
        ),
        rng.choice(
            [
                tr(
                    lg,
                    "Since moving in we have found serious damp in the rear wall which your "
                    "report did not mention.",
                    "Nach dem Einzug haben wir erhebliche Feuchtigkeit in der Kellerwand "
                    "festgestellt, die im Gutachten fehlt.",
                    "Depuis notre emménagement, nous avons constaté une forte humidité non "
                    "signalée dans votre rapport.",
                ),
                tr(
                    lg,
                    "The report arrived after we had exchanged contracts and was of no use to us.",
                    "Das Gutachten kam erst nach dem Notartermin und war für uns nutzlos.",
                    "Le rapport nous est parvenu après la signature chez le notaire.",
                ),
                tr(
                    lg,
                    "The roof leaks and the builder says the timbers are rotten.",
                    "Das Dach ist undicht, der Dachdecker sagt, die Sparren seien morsch.",
                    "La toiture fuit et le couvreur indique que la charpente est pourrie.",
                ),
            ]
        ),
        words(rng, lg, "survey", rng.randint(10, 16)),
        tr(
            lg,
            "I expect a full refund of your fee and a contribution to the repair costs.",
            "Ich erwarte die Erstattung des Honorars und eine Beteiligung an den Kosten.",
            "Je demande le remboursement de vos honoraires et une participation aux frais.",
        ),
    ]
    if by_hand:
        size = rng.choice([A5, A4, LETTER if lg == "en" else A4])
        w, hh = size
        p = Page(size)
        for yy in range(80, int(hh) - 30, 19):
            p.line(30, yy + 3, w - 25, yy + 3)
        y = 40.0
        for ln in job.client_lines[1:]:
            hand(p, w - 40 - tw(ln, HAND, 9.5), y, ln, 9.5)
            y += 13
        hand(p, w - 40 - tw(short(d, lg), HAND, 9.5), y + 4, short(d, lg), 9.5)
        y = 80.0 + 19 * 2
        lines = [dear(lg, None)]
        for t in text:
            lines += wrap(t, HAND, 10, w - 80)
        lines += ["", tr(lg, "Yours sincerely", "Mit freundlichen Grüßen", "Salutations")]
        for ln in lines:
            if y > hh - 40:
                pages.append(p)
                p = Page(size)
                for yy in range(40, int(hh) - 30, 19):
                    p.line(30, yy + 3, w - 25, yy + 3)
                y = 40.0
            hand(p, 36, y, ln, 10)
            y += 19
        scrawl(p, 40, min(y + 16, hh - 20), name, 14)
        pages.append(p)
    else:
        h = Head(
            name=name,
            lang=lg,
            street=job.client_lines[1],
            town=job.client_lines[2] if len(job.client_lines) > 2 else "",
            phone="",
            role="client",
            look="plain",
            font=rng.choice(["Helvetica", "Times-Roman"]),
            bold="Helvetica-Bold",
            pt=10.5,
            margin=62,
            again=False,
            foot=[],
            numbers="none",
            corner="bc",
            dates="long",
            mail="",
        )
        h.bold = "Times-Bold" if h.font == "Times-Roman" else "Helvetica-Bold"
        s = style_of(h, A4)
        w, hh = A4
        m = s.margin
        f = sheets(s, h, top=False)
        for ln in job.client_lines:
            f.page.text(w - m, f.y, ln, s.font, s.size, "right")
            f.y += s.size * 1.3
        f.y += 10
        for ln in office_lines():
            f.page.text(m, f.y, ln, s.font, s.size)
            f.y += s.size * 1.3
        f.y += 10
        f.page.text(m, f.y, day(h, d), s.font, s.size)
        f.y += 24
        f.page.text(
            m,
            f.y,
            tr(
                lg,
                f"Complaint - {', '.join(job.prop)}",
                f"Beschwerde - {', '.join(job.prop)}",
                f"Réclamation - {', '.join(job.prop)}",
            ),
            s.bold,
            s.size,
        )
        f.y += 22
        f.page.text(m, f.y, dear(lg, None), s.font, s.size)
        f.y += 20
        for t in text:
            write(f, s, t)
        write(f, s, prose(rng, lg, "survey", 1, 3))
        regards(f, s, lg, name, "")
        pages += f.pages
    if rng.random() < 0.4:
        ch = make_head(rng.choice(SENDERS["contractor"][lg0]), lg0, "contractor")
        cs = style_of(ch, A4)
        f = sheets(cs, ch, ch.name)
        recipient(
            f,
            cs,
            ch,
            job.client_lines,
            d - timedelta(days=rng.randint(3, 20)),
            [(tr(lg0, "Quotation", "Angebot Nr.", "Devis n°"), serial(rng, "Q9999"))],
        )
        caption(f, cs, tr(lg0, "QUOTATION", "ANGEBOT", "DEVIS"), 3)
        cols = columns(cs.margin, w - cs.margin, [(5, "left"), (1.4, "right")])
        rows = [
            [
                words(rng, lg0, "works", rng.randint(6, 10)),
                money(float(rng.choice([380, 650, 1200, 2400, 4800])), lg0),
            ]
            for _ in range(rng.randint(3, 7))
        ]
        table(
            f,
            cols,
            [tr(lg0, "Works", "Leistung", "Désignation"), tr(lg0, "Price", "Preis", "Prix HT")],
            rows,
            cs,
            rules=True,
        )
        qp = close(f.pages, cs, ch)
        for p in qp:
            copier_edge(p, rng)
        pages += qp
    elif rng.random() < 0.3:
        p = Page(A4)
        for j in range(2):
            photo(p, 60, 60 + j * 370, A4[0] - 120, 340, rng)
        hand(
            p,
            60,
            60 + 355,
            tr(lg, "rear wall - bedroom", "Kellerwand", "mur arrière - chambre"),
            10,
        )
        pages.append(p)
    received(rng, pages[0], d, 0.5)
    remember(job, d, (name, lg))
    return pages


def tpl_complaint_ack(rng: random.Random, who: Issuer) -> list[Page]:
    """The practice's acknowledgement of a complaint under its complaints handling procedure,
    with the procedure leaflet (and the redress scheme's details) behind."""
    h = office_head()
    lg = h.lang
    job = job_for(rng, ("client_complaint",))
    d = last_day(rng, ("client_complaint",), (2, 6))
    s = style_of(h, A4)
    _w, _hh = A4
    m = s.margin
    f = sheets(s, h, h.name)
    recipient(
        f,
        s,
        h,
        job.client_lines,
        d,
        [(tr(lg, "Our ref", "Unser Zeichen", "N/Réf."), f"{job.ref}/C")],
    )
    caption(
        f,
        s,
        tr(lg, "Your complaint", "Ihre Beschwerde", "Votre réclamation")
        + f" - {', '.join(job.prop)}",
        0.5,
    )
    f.page.text(m, f.y, dear(lg, job.person), s.font, s.size)
    f.y += s.size * 2
    write(
        f,
        s,
        tr(
            lg,
            "Thank you for your letter, which we received on "
            f"{day(h, d - timedelta(days=2))}. We are treating it as a formal complaint under our "
            "complaints handling procedure, a copy of which is enclosed.",
            f"vielen Dank für Ihr Schreiben vom {day(h, d - timedelta(days=3))}. Wir behandeln es "
            "als Beschwerde "
            "nach unserer beiliegenden Beschwerdeordnung.",
            f"Nous accusons réception de votre courrier du {day(h, d - timedelta(days=3))}, "
            "traité selon "
            "notre procédure de réclamation jointe.",
        ),
    )
    write(
        f,
        s,
        tr(
            lg,
            f"{staff('partner2')[0]}, who was not involved in the survey, will review the file "
            "and reply "
            "in full within 28 days.",
            f"{staff('partner2')[0]} wird den Vorgang prüfen und sich binnen vier Wochen bei "
            "Ihnen melden.",
            f"{staff('partner2')[0]} examinera le dossier et vous répondra sous un mois.",
        ),
    )
    write(f, s, prose(rng, lg, "legal", 1, 2))
    regards(f, s, lg, staff("partner1")[0], position("partner1"))
    pages = close(f.pages, s, h)
    a5 = rng.random() < 0.4
    ls = style_of(h, A5 if a5 else A4, margin=36 if a5 else 0, pt=8 if a5 else 0)
    lf = sheets(ls, h, top=False)
    caption(
        lf,
        ls,
        tr(
            lg,
            "Complaints handling procedure",
            "Beschwerdeordnung",
            "Procédure de traitement des réclamations",
        ),
        3,
        rule=True,
    )
    steps = {
        "en": [
            "Stage 1 - acknowledgement within 7 days",
            "Stage 2 - investigation by a partner",
            "Stage 3 - our final response within 8 weeks",
            "Independent redress",
        ],
        "de": [
            "Eingangsbestätigung",
            "Prüfung durch die Büroleitung",
            "Abschließende Antwort",
            "Schlichtung / Schiedsstelle",
        ],
        "fr": [
            "Accusé de réception",
            "Examen par un associé",
            "Réponse définitive",
            "Médiation de la consommation",
        ],
    }[lg]
    for t in steps:
        lf.heading(ls.margin, t, ls.bold, ls.size + 1)
        write(lf, ls, prose(rng, lg, "legal", 1, 2))
    if lg == "en":
        write(
            lf,
            ls,
            "If you remain dissatisfied you may refer the matter to the Property Redress Scheme "
            "or to "
            "the RICS dispute resolution service.",
            ls.size - 0.5,
        )
    elif lg == "fr":
        write(
            lf,
            ls,
            "Médiateur de la consommation : CM2C, 49 rue de Ponthieu, 75008 Paris.",
            ls.size - 0.5,
        )
    pages += lf.pages
    remember(job, d)
    return pages


# ---------------------------------------------------------------------------------------------
# Templates VVVV: contracts, authorities, specialists and agents
# ---------------------------------------------------------------------------------------------

TENDER_ITEMS = {
    "en": [
        "Preliminaries",
        "Scaffolding",
        "Roof coverings",
        "Leadwork",
        "Chimney repairs",
        "Brickwork and repointing",
        "Windows",
        "Rainwater goods",
        "Internal making good",
        "Decorations",
        "Provisional sums",
        "Contingency",
    ],
    "de": [
        "Baustelleneinrichtung",
        "Gerüst",
        "Dachdeckung",
        "Klempnerarbeiten",
        "Schornstein",
        "Mauerwerk / Fugen",
        "Fenster",
        "Dachentwässerung",
        "Innenputz",
        "Maler",
        "Stundenlohnarbeiten",
        "Unvorhergesehenes",
    ],
    "fr": [
        "Installation de chantier",
        "Échafaudage",
        "Couverture",
        "Zinguerie",
        "Souches",
        "Maçonnerie / rejointoiement",
        "Menuiseries",
        "Gouttières",
        "Reprises intérieures",
        "Peinture",
        "Sommes à valoir",
        "Aléas",
    ],
}


def tpl_tender_report(rng: random.Random, who: Issuer) -> list[Page]:
    """The practice's tender report to a client after a repair tender: the covering letter
    with the recommendation and the comparison of the returned tenders on a landscape page."""
    h = office_head()
    lg = h.lang
    job = a_job(rng)
    d = some_day(rng)
    s = style_of(h, A4)
    _w, _hh = A4
    m = s.margin
    names = [c[0] for c in job.contractors]
    items = TENDER_ITEMS[lg]
    base = [float(rng.choice([800, 1500, 2400, 3800, 6500, 9000])) for _ in items]
    prices = [[round(b * rng.uniform(0.8, 1.3), -1) for b in base] for _ in names]
    sums = [sum(p) for p in prices]
    best = min(range(3), key=lambda k: sums[k])
    f = sheets(s, h, f"{h.name} - {job.ref}")
    recipient(
        f, s, h, job.client_lines, d, [(tr(lg, "Our ref", "Unser Zeichen", "N/Réf."), job.ref)]
    )
    caption(
        f,
        s,
        tr(
            lg,
            f"Tender report - repairs at {', '.join(job.prop)}",
            f"Vergabevorschlag - {', '.join(job.prop)}",
            f"Rapport d'analyse des offres - {', '.join(job.prop)}",
        ),
        0.5,
    )
    f.page.text(
        m,
        f.y,
        dear(lg, job.person),
        s.font,
        s.size,
    )
    f.y += s.size * 2
    write(
        f,
        s,
        tr(
            lg,
            "Tenders were invited from three contractors and all three were returned by the "
            "closing date. "
            f"The lowest compliant tender is that of {names[best]} at {cash(sums[best], lg)} "
            "excluding VAT.",
            "Es wurden drei Firmen zur Angebotsabgabe aufgefordert. Das wirtschaftlichste "
            "Angebot hat "
            f"{names[best]} mit {cash(sums[best], lg)} netto abgegeben.",
            "Trois entreprises ont été consultées. L'offre la mieux-disante est celle de "
            f"{names[best]} "
            f"pour {cash(sums[best], lg)} HT.",
        ),
    )
    write(f, s, prose(rng, lg, "works", 2, 4))
    write(
        f,
        s,
        tr(
            lg,
            "We recommend that the contract is placed with the lowest tenderer, subject to your "
            "approval.",
            "Wir empfehlen die Beauftragung des günstigsten Bieters.",
            "Nous vous proposons de retenir cette entreprise, sous réserve de votre accord.",
        ),
    )
    regards(f, s, lg, signer(job.role), position(job.role))
    pages = close(f.pages, s, h)
    sl = paper(s, LAND, margin=40, pt=8.5)
    lw, lh = LAND
    lf = Sheets(
        LAND, lh - 44, lambda p, n: running_header(p, sl, f"{job.ref} - {', '.join(job.prop)}") + 6
    )
    caption(
        lf, sl, tr(lg, "Comparison of tenders", "Preisspiegel", "Tableau comparatif des offres"), 3
    )
    cols = columns(
        40, lw - 40, [(3, "left"), (1.6, "right"), (1.6, "right"), (1.6, "right"), (1.6, "right")]
    )
    rows = [
        [it, money(b, lg), *(money(p[k], lg) for p in prices)]
        for k, (it, b) in enumerate(zip(items, base, strict=True))
    ]
    rows.append(
        [
            tr(lg, "Total", "Summe netto", "Total HT"),
            money(sum(base), lg),
            *(money(v, lg) for v in sums),
        ]
    )
    rows.append(
        [
            tr(lg, "Programme (weeks)", "Bauzeit (Wochen)", "Délai (semaines)"),
            "-",
            *(str(rng.randint(6, 14)) for _ in names),
        ]
    )
    table(
        lf,
        cols,
        [
            tr(lg, "Item", "Position", "Lot"),
            tr(lg, "Pre-tender estimate", "Kostenschätzung", "Estimation"),
            *(fit(n, sl.bold, 7.5, 120) for n in names),
        ],
        rows,
        sl,
        shade=0.85,
        rules=True,
        step=1.9,
    )
    lf.y += 10
    lf.page.text(
        40,
        lf.y,
        tr(
            lg,
            "Arithmetic checked. Ranked by total.",
            "Rechnerisch geprüft.",
            "Offres vérifiées arithmétiquement.",
        ),
        italic_of(sl.font),
        8,
    )
    pages += lf.pages
    remember(job, d, (names[best], sums[best]))
    return pages


def tpl_interim_certificate(rng: random.Random, who: Issuer) -> list[Page]:
    """The practice's interim certificate as contract administrator under a minor works
    contract (Zahlungsfreigabe, certificat de paiement): the valuation, retention, previous
    certificates and the amount due, now and then with the breakdown on a landscape page.
    A run certifies the next stage or another job."""
    h = office_head()
    lg = h.lang
    ex = LAST["extra"]
    job = job_for(rng, ("tender_report", "interim_certificate"))
    if after(("tender_report",)) and isinstance(ex, tuple):
        contractor, contract_sum, no = str(ex[0]), float(ex[1]), 1
    elif after(("interim_certificate",)) and isinstance(ex, tuple) and rng.random() < 0.6:
        contractor, contract_sum, no = str(ex[0]), float(ex[1]), int(ex[2]) + 1
    else:
        job = a_job(rng)
        contractor, contract_sum, no = (
            job.contractors[0][0],
            float(rng.randint(18, 160) * 1000),
            rng.randint(1, 5),
        )
    d = last_day(rng, ("tender_report", "interim_certificate"), (14, 35))
    s = style_of(h, A4, pt=9.5)
    w, hh = A4
    m = s.margin
    p = Page(A4)
    y = heading(p, s, h)
    title = tr(
        lg,
        f"INTERIM CERTIFICATE No. {no}",
        f"ZAHLUNGSFREIGABE Nr. {no}",
        f"CERTIFICAT DE PAIEMENT N° {no}",
    )
    p.text(m, y, title, s.bold, 14)
    if lg == "en":
        p.text(w - m, y, "JCT Minor Works Building Contract 2016", s.font, 7.5, "right")
    y += 24
    y = fields(
        p,
        s,
        m,
        y,
        w - 2 * m,
        [
            (tr(lg, "Employer", "Bauherr", "Maître d'ouvrage"), job.client),
            (tr(lg, "Contractor", "Auftragnehmer", "Entreprise"), contractor),
            (
                tr(lg, "Works", "Bauvorhaben", "Opération"),
                tr(lg, "Repairs and alterations", "Instandsetzung", "Travaux de réfection")
                + f", {job.prop[0]}",
            ),
            (tr(lg, "Contract sum", "Auftragssumme", "Montant du marché"), cash(contract_sum, lg)),
            (
                tr(lg, "Valuation date", "Stichtag", "Date de situation"),
                short(d - timedelta(days=3), lg),
            ),
            (tr(lg, "Date of issue", "Ausgestellt am", "Date d'émission"), short(d, lg)),
        ],
        per=2,
        tall=26,
        hand=False,
    )
    done = min(1.0, no * rng.uniform(0.15, 0.3))
    gross = round(contract_sum * done, 2)
    ret = round(gross * 0.05, 2)
    prev = (
        round(contract_sum * max(0.0, done - rng.uniform(0.1, 0.25)) * 0.95, 2) if no > 1 else 0.0
    )
    due = gross - ret - prev
    lines = [
        (
            tr(lg, "Gross valuation", "Geprüfte Leistung (netto)", "Montant cumulé des travaux HT"),
            gross,
        ),
        (
            tr(
                lg,
                "Less retention 5%",
                "abzgl. Sicherheitseinbehalt 5 %",
                "Retenue de garantie 5 %",
            ),
            -ret,
        ),
        (
            tr(
                lg,
                "Less previous certificates",
                "abzgl. bisherige Zahlungen",
                "Acomptes antérieurs",
            ),
            -prev or 0.0,
        ),
        (tr(lg, "Amount due (excl. VAT)", "Freigabebetrag netto", "Montant de l'acompte HT"), due),
    ]
    y += 6
    for k, (t, v) in enumerate(lines):
        font = s.bold if k == 3 else s.font
        p.text(m + 10, y, t, font, s.size)
        p.text(w - m - 10, y, cash(v, lg) if v >= 0 else f"- {cash(-v, lg)}", font, s.size, "right")
        if k == 2:
            p.line(w / 2, y + 5, w - m, y + 5)
        y += s.size * 1.9
    y += 6
    y = text_para(
        p,
        s,
        m,
        y,
        w - 2 * m,
        tr(
            lg,
            f"I/We certify that the amount above is due from the Employer to the Contractor. "
            f"Final date for payment: {day(h, d + timedelta(days=14))}.",
            "Wir geben den o. g. Betrag zur Zahlung frei. Zahlungsziel: "
            f"{day(h, d + timedelta(days=21))}.",
            "Le maître d'oeuvre certifie l'acompte ci-dessus, payable avant le "
            f"{day(h, d + timedelta(days=30))}.",
        ),
        s.size,
    )
    y = text_para(p, s, m, y, w - 2 * m, prose(rng, lg, "works", 1, 2), s.size - 1)
    sign_box(
        p,
        s,
        m,
        y + 20,
        220,
        tr(lg, "Contract Administrator", "Bauleitung / Sachverständiger", "Le maître d'oeuvre"),
        staff(job.role)[0],
        short(d, lg),
    )
    y += 90
    if y < hh - 80:
        p.text(
            m,
            y,
            tr(
                lg,
                "Copies: Employer / Contractor / File",
                "Verteiler: Bauherr, Auftragnehmer, Akte",
                "Copies : MO / entreprise / dossier",
            ),
            s.font,
            7.5,
        )
    pages = close([p], s, h, numbers="none")
    if rng.random() < 0.45:
        sl = paper(s, LAND, margin=40, pt=8)
        lw, lh = LAND
        lf = Sheets(
            LAND,
            lh - 44,
            lambda pg, n: (
                running_header(
                    pg,
                    sl,
                    f"{title} - "
                    f"{tr(lg, 'Valuation breakdown', 'Aufmaß / Leistungsstand', 'Décompte')}",
                )
                + 6
            ),
        )
        cols = columns(40, lw - 40, [(3.5, "left"), (1.4, "right"), (0.8, "right"), (1.4, "right")])
        rows = []
        for it in TENDER_ITEMS[lg][: rng.randint(7, 12)]:
            v = contract_sum * rng.uniform(0.03, 0.15)
            pc = rng.choice([0, 25, 50, 75, 100, 100])
            rows.append([it, money(v, lg), f"{pc}%", money(v * pc / 100, lg)])
        table(
            lf,
            cols,
            [
                tr(lg, "Item", "Position", "Lot"),
                tr(lg, "Contract", "Auftrag", "Marché"),
                "%",
                tr(lg, "Valued", "Leistung", "Réalisé"),
            ],
            rows,
            sl,
            rules=True,
            step=1.9,
        )
        pages += lf.pages
    remember(job, d, (contractor, contract_sum, no))
    return pages


def tpl_authority_letter(rng: random.Random, who: Issuer) -> list[Page]:
    """A planning or building control letter to the practice as agent: a conditional approval
    of full plans with numbered conditions, a request for further documents, or the
    acknowledgement of a valid application with its summary box; one to three pages."""
    h = head_of(who, "authority")
    lg = h.lang
    s = style_of(h, A4)
    w, _hh = A4
    m = s.margin
    job = a_job(rng)
    d = some_day(rng)
    kind = rng.randrange(3)
    app = serial(rng, {"en": "99/99999/FP", "de": "63-99999-99", "fr": "PC 021 999 99 A9999"}[lg])
    f = sheets(s, h, f"{h.name} - {app}")
    recipient(
        f,
        s,
        h,
        office_lines(staff(job.role)[0]),
        d,
        [
            (tr(lg, "Application", "Aktenzeichen", "Dossier"), app),
            (tr(lg, "Officer", "Sachbearbeitung", "Instructeur"), person_of(h, "off")),
        ],
    )
    subj = [
        tr(
            lg,
            "Building Regulations 2010 - Full Plans - Conditional Approval",
            "Bauantrag - Nachforderung von Unterlagen",
            "Demande de pièces complémentaires",
        ),
        tr(
            lg,
            "Town and Country Planning Act 1990 - Acknowledgement of valid application",
            "Eingangsbestätigung Bauantrag",
            "Récépissé de dépôt d'une demande de permis de construire",
        ),
        tr(
            lg,
            "Notice of inspection - works not inspected",
            "Anhörung nach § 28 VwVfG",
            "Avis de visite de conformité",
        ),
    ][kind]
    caption(f, s, subj, 0.5)
    f.page.text(
        m,
        f.y,
        f"{tr(lg, 'Site', 'Baugrundstück', 'Terrain')}: {', '.join(job.prop)}",
        s.font,
        s.size,
    )
    f.y += s.size * 1.5
    f.page.text(
        m, f.y, f"{tr(lg, 'Applicant', 'Bauherr', 'Demandeur')}: {job.client}", s.font, s.size
    )
    f.y += s.size * 2.4
    f.page.text(m, f.y, dear(lg, None), s.font, s.size)
    f.y += s.size * 2
    write(f, s, prose(rng, lg, "legal", 1, 2))
    if kind in (0, 2):
        for n in range(1, rng.randint(4, 11)):
            write(f, s, f"{n}. " + words(rng, lg, "survey", rng.randint(12, 24)), indent=10)
        write(
            f,
            s,
            tr(
                lg,
                "Please submit the information within 21 days, quoting the application number.",
                "Bitte reichen Sie die Unterlagen innerhalb eines Monats nach.",
                "Les pièces sont à fournir dans un délai de trois mois.",
            ),
        )
    else:
        f.need(110)
        y0 = f.y
        f.page.rect(m, y0, w - 2 * m, 90)
        pairs(
            f.page,
            s,
            m + 8,
            y0 + 16,
            [
                (tr(lg, "Date valid", "Eingang", "Date de dépôt"), day(h, d - timedelta(days=9))),
                (
                    tr(lg, "Target decision date", "Bearbeitungsfrist", "Délai d'instruction"),
                    day(h, d + timedelta(days=56)),
                ),
                (tr(lg, "Proposal", "Vorhaben", "Projet"), words(rng, lg, "works", 6)[:-1]),
                (
                    tr(lg, "Fee received", "Gebühr", "Taxe"),
                    cash(float(rng.choice([258, 528, 1040])), lg),
                ),
            ],
            w - m - 8,
        )
        f.y = y0 + 104
        write(f, s, prose(rng, lg, "legal", 1, 2))
    regards(
        f,
        s,
        lg,
        person_of(h, "off"),
        tr(lg, "Building Control Surveyor", "Untere Bauaufsichtsbehörde", "Service instructeur"),
        closing=tr(
            lg,
            "Yours faithfully",
            "Mit freundlichen Grüßen",
            "Veuillez agréer nos salutations distinguées.",
        ),
    )
    if lg == "de" or rng.random() < 0.3:
        f.heading(
            m,
            tr(lg, "Notes", "Rechtsbehelfsbelehrung", "Voies et délais de recours"),
            s.bold,
            s.size + 1,
        )
        write(f, s, prose(rng, lg, "legal", 2, 4), s.size - 1.5)
    pages = close(f.pages, s, h)
    received(rng, pages[0], d, 0.5)
    remember(job, d)
    return pages


def tpl_damp_report(rng: random.Random, who: Issuer) -> list[Page]:
    """A damp and timber specialist's survey report: the findings, a sketch plan with moisture
    readings, the quotation table and the guarantee terms on a page of their own."""
    h = head_of(who, "specialist", 0.1)
    lg = h.lang
    job = job_for(rng, ("survey_report",))
    d = last_day(rng, ("survey_report",), (4, 12))
    s = style_of(h, A4)
    w, _hh = A4
    m = s.margin
    ref = serial(rng, "DT/99999")
    f = sheets(s, h, f"{h.name} - {ref}")
    recipient(
        f,
        s,
        h,
        job.client_lines if rng.random() < 0.5 else office_lines(staff(job.role)[0]),
        d,
        [(tr(lg, "Survey ref", "Bericht Nr.", "Rapport n°"), ref)],
    )
    caption(
        f,
        s,
        tr(
            lg,
            "Damp & timber survey report",
            "Feuchte- und Holzschutzgutachten",
            "Rapport de diagnostic humidité",
        ),
        2,
    )
    f.page.text(
        m, f.y, f"{tr(lg, 'Property', 'Objekt', 'Adresse')}: {', '.join(job.prop)}", s.font, s.size
    )
    f.y += s.size * 2
    write(f, s, prose(rng, lg, "survey", 2, 4))
    f.need(230)
    x0, y0 = m + 20, f.y
    pw, ph = w - 2 * m - 40, 200
    f.page.rect(x0, y0, pw, ph)
    splits = sorted(rng.sample(range(int(pw * 0.25), int(pw * 0.75)), 1))
    f.page.line(x0 + splits[0], y0, x0 + splits[0], y0 + ph)
    f.page.line(x0, y0 + ph * 0.55, x0 + splits[0], y0 + ph * 0.55)
    for _ in range(rng.randint(6, 12)):
        edge = rng.random() < 0.5
        xx = x0 + (rng.uniform(4, 30) if edge else rng.uniform(20, pw - 30))
        yy = y0 + (rng.uniform(20, ph - 10) if edge else rng.choice([12, ph - 6]))
        f.page.text(
            xx,
            yy,
            f"{rng.randint(8, 99)}",
            "Helvetica-Bold" if rng.random() < 0.4 else "Helvetica",
            8,
        )
    f.page.text(
        x0 + 4,
        y0 + ph + 12,
        tr(
            lg,
            "Sketch plan - not to scale. Readings: % WME (protimeter).",
            "Skizze o. M. - Messwerte in Digits",
            "Croquis sans échelle - mesures en %",
        ),
        italic_of(s.font),
        7.5,
    )
    f.y = y0 + ph + 30
    cols = columns(m, w - m, [(5, "left"), (1.4, "right")])
    rows = [
        [
            words(rng, lg, "works", rng.randint(6, 10)),
            money(float(rng.choice([240, 380, 620, 980, 1450, 2100])), lg),
        ]
        for _ in range(rng.randint(3, 6))
    ]
    net = sum(float(r_[1].replace(".", "").replace(",", "").replace(" ", "")) / 100 for r_ in rows)
    table(
        f,
        cols,
        [
            tr(lg, "Recommended works", "Maßnahmen", "Travaux préconisés"),
            tr(lg, "Price", "Preis", "Prix HT"),
        ],
        rows,
        s,
        rules=True,
    )
    totals(f, s, lg, net, vat_rate(lg))
    regards(
        f,
        s,
        lg,
        person_of(h, "tech"),
        tr(lg, "Surveyor (CSRT)", "Holzschutz-Sachkundiger", "Technicien diagnostiqueur"),
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
                    "GUARANTEE - TERMS AND CONDITIONS",
                    "GEWÄHRLEISTUNG UND BEDINGUNGEN",
                    "GARANTIE ET CONDITIONS GÉNÉRALES",
                ),
                ENGAGE_HEADS[lg][3:] + ENGAGE_HEADS[lg][:3],
            )
        )
    received(rng, pages[0], d, 0.3)
    remember(job, d)
    return pages


DRAIN_CODES = {
    "en": [
        ("DES", "Deposits settled"),
        ("CC", "Crack circumferential"),
        ("RF", "Roots fine"),
        ("JDM", "Joint displaced medium"),
        ("FL", "Fracture longitudinal"),
        ("WL", "Water level"),
        ("JN", "Junction"),
        ("MH", "Manhole / start"),
    ],
    "de": [
        ("BBC", "Ablagerungen"),
        ("BAB", "Riss in Umfangsrichtung"),
        ("BBA", "Wurzeleinwuchs"),
        ("BAJ", "Verschobene Verbindung"),
        ("BAB", "Längsriss"),
        ("BDD", "Wasserspiegel"),
        ("BCA", "Anschluss"),
        ("BDA", "Schacht / Beginn"),
    ],
    "fr": [
        ("BBC", "Dépôts"),
        ("BAB", "Fissure circonférentielle"),
        ("BBA", "Racines"),
        ("BAJ", "Joint déplacé"),
        ("BAB", "Fissure longitudinale"),
        ("BDD", "Niveau d'eau"),
        ("BCA", "Branchement"),
        ("BDA", "Regard / début"),
    ],
}


def tpl_drainage_cctv(rng: random.Random, who: Issuer) -> list[Page]:
    """A drainage contractor's CCTV survey report: the cover page with the summary, the
    observation tables run by run on landscape pages and a page of still thumbnails."""
    h = head_of(who, "drain")
    lg = h.lang
    job = job_for(rng, ("survey_report",))
    d = last_day(rng, ("survey_report",), (3, 12))
    s = style_of(h, A4)
    w, _hh = A4
    m = s.margin
    ref = serial(rng, "CCTV-99999")
    f = sheets(s, h, ref)
    caption(
        f,
        s,
        tr(
            lg,
            "CCTV DRAINAGE SURVEY REPORT",
            "KANAL-TV-UNTERSUCHUNG - PROTOKOLL",
            "RAPPORT D'INSPECTION TÉLÉVISÉE",
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
                (tr(lg, "Site", "Objekt", "Site"), ", ".join(job.prop)),
                (tr(lg, "Client", "Auftraggeber", "Client"), office_name()),
                (tr(lg, "Date of survey", "Datum", "Date"), day(h, d)),
                (tr(lg, "Operator", "Operator", "Opérateur"), person_of(h, "op")),
                (
                    tr(lg, "Standard", "Norm", "Norme"),
                    tr(lg, "MSCC 5th edition", "DIN EN 13508-2", "NF EN 13508-2"),
                ),
                (tr(lg, "Reference", "Auftrags-Nr.", "Référence"), ref),
            ],
            w - m,
            s.size,
        )
        + 14
    )
    runs = rng.randint(2, 5)
    f.heading(m, tr(lg, "Summary", "Zusammenfassung", "Synthèse"), s.bold, s.size + 2)
    write(f, s, prose(rng, lg, "survey", 2, 4))
    cols = columns(
        m, w - m, [(1, "left"), (1.5, "left"), (1, "right"), (1, "right"), (1, "center")]
    )
    table(
        f,
        cols,
        [
            tr(lg, "Run", "Haltung", "Tronçon"),
            tr(lg, "From - to", "Von - bis", "De - à"),
            "Ø mm",
            "m",
            tr(lg, "Grade", "Klasse", "Classe"),
        ],
        [
            [
                f"{k + 1}",
                f"MH{k + 1} - MH{k + 2}",
                str(rng.choice([100, 100, 150, 225])),
                f"{rng.uniform(3, 24):.1f}",
                str(rng.randint(1, 5)),
            ]
            for k in range(runs)
        ],
        s,
        rules=True,
    )
    pages = close(f.pages, s, h)
    sl = paper(s, LAND, margin=40, pt=8)
    lw, lh = LAND
    lf = Sheets(
        LAND, lh - 44, lambda p, n: running_header(p, sl, f"{ref} - {', '.join(job.prop)}") + 6
    )
    cols = columns(
        40,
        lw - 40,
        [
            (0.9, "left"),
            (0.8, "left"),
            (3.5, "left"),
            (0.8, "center"),
            (0.8, "center"),
            (0.8, "left"),
        ],
    )
    ph = 0
    for k in range(runs):
        caption(
            lf,
            sl,
            f"{tr(lg, 'Run', 'Haltung', 'Tronçon')} {k + 1}: MH{k + 1} > MH{k + 2}   "
            f"{tr(lg, 'Material', 'Werkstoff', 'Matériau')}: "
            f"{rng.choice(['VC', 'PVC', 'Steinzeug', 'Béton'])}",
            1.5,
        )
        dist, rows = 0.0, []
        for j in range(rng.randint(4, 12)):
            code, txt = rng.choice(DRAIN_CODES[lg][:-1]) if j else DRAIN_CODES[lg][-1]
            tag = ""
            if rng.random() < 0.35:
                ph += 1
                tag = f"{ph}"
            rows.append(
                [
                    f"{dist:.2f}",
                    code,
                    txt,
                    f"{rng.randint(1, 12):02d}" if rng.random() < 0.5 else "",
                    str(rng.randint(1, 5)) if j else "",
                    tag,
                ]
            )
            dist += rng.uniform(0.4, 4)
        table(
            lf,
            cols,
            [
                tr(lg, "Dist. m", "Stat. m", "Dist. m"),
                tr(lg, "Code", "Kürzel", "Code"),
                tr(lg, "Observation", "Beobachtung", "Observation"),
                tr(lg, "Clock", "Uhr", "Horaire"),
                tr(lg, "Grade", "Klasse", "Classe"),
                "Photo",
            ],
            rows,
            sl,
            rules=True,
            step=1.8,
        )
        lf.y += 8
    pages += lf.pages
    if ph and rng.random() < 0.7:
        p = Page(A4)
        running_header(p, s, f"{ref} - {tr(lg, 'Stills', 'Standbilder', 'Captures')}")
        pw_ = (w - 2 * m - 20) / 3
        for k in range(min(ph, 12)):
            x = m + (k % 3) * (pw_ + 10)
            y = m + 10 + (k // 3) * (pw_ * 0.75 + 28)
            p.rect(x, y, pw_, pw_ * 0.75, fill=0.25)
            ring(p, x + pw_ / 2, y + pw_ * 0.375, pw_ * 0.28)
            p.text(
                x, y + pw_ * 0.75 + 10, f"{tr(lg, 'Photo', 'Bild', 'Photo')} {k + 1}", s.font, 7.5
            )
        pages.append(p)
    number_pages(
        pages,
        s,
        rng.choice(["Page {i} of {n}", "{i}/{n}"] if lg != "de" else ["Seite {i} von {n}"]),
        "br",
        bottom=22,
    )
    received(rng, pages[0], d, 0.25)
    remember(job, d)
    return pages


def tpl_key_slip(rng: random.Random, who: Issuer) -> list[Page]:
    """An estate agent's key release slip (Schlüsselquittung, bon de remise de clés) signed by
    the practice's surveyor when collecting keys for an inspection: a narrow slip or an A6
    pad sheet. A run is the next property's keys."""
    h = head_of(who, "agent")
    lg = h.lang
    job = job_for(rng, ("panel_instruction",))
    if after(("key_slip",)):
        job = a_job(rng)
    d = last_day(rng, ("panel_instruction",), (1, 5))
    size = keyed(who, "slip").choice([SLIP, A6])
    s = style_of(h, size, margin=16, pt=7.5)
    w, hh = size
    p = Page(size)
    y = heading(p, s, h)
    p.text(
        w / 2, y, tr(lg, "KEY RELEASE", "SCHLÜSSELQUITTUNG", "REMISE DE CLÉS"), s.bold, 10, "center"
    )
    p.text(w - 16, y + 14, f"No {rng.randint(1000, 9999)}", "Courier-Bold", 8, "right")
    y += 24
    y = fields(
        p,
        s,
        16,
        y,
        w - 32,
        [
            (tr(lg, "Property", "Objekt", "Bien"), job.prop[0]),
            (tr(lg, "Key tag", "Schlüssel-Nr.", "N° trousseau"), serial(rng, "K999")),
            (tr(lg, "Released to", "Ausgegeben an", "Remis à"), f"{staff(job.role)[0]}"),
            (tr(lg, "Company", "Firma", "Société"), office_name()),
            (
                tr(lg, "Out", "Ausgabe", "Sortie"),
                f"{short(d, lg)} {rng.randint(8, 11)}:{rng.choice(['00', '15', '30', '45'])}",
            ),
            (
                tr(lg, "Back", "Rückgabe", "Retour"),
                f"{rng.randint(12, 17)}:{rng.choice(['05', '20', '40'])}"
                if rng.random() < 0.7
                else "",
            ),
        ],
        per=1 if w < 250 else 2,
        tall=22,
    )
    ticks(
        p,
        s,
        16,
        y,
        w - 32,
        [
            tr(lg, "Alarm code given", "Alarmcode", "Code alarme"),
            tr(lg, "Vacant", "Leerstand", "Vacant"),
        ],
        {k for k in range(2) if rng.random() < 0.5},
        7,
    )
    y += 24
    if y < hh - 50:
        scrawl(p, 20, y + 14, staff(job.role)[0], 11)
        p.line(16, y + 18, w / 2, y + 18)
        p.text(16, y + 26, tr(lg, "Signature", "Unterschrift", "Signature"), s.font, 6)
        if y + 40 < hh - 20:
            scrawl(p, w / 2 + 10, y + 14, person_of(h, "neg"), 10)
            p.text(w / 2 + 10, y + 26, tr(lg, "Branch", "Büro", "Agence"), s.font, 6)
    remember(job, d)
    return [p]


def tpl_panel_instruction(rng: random.Random, who: Issuer) -> list[Page]:
    """A survey or valuation instruction printed from a lender's panel manager's portal (a
    bank's Gutachtenauftrag, an insurer's ordre de mission d'expertise): the case, the
    property, access, the fee and the due date; a run is the next case."""
    h = head_of(who, "panel")
    lg = h.lang
    job = a_job(rng)
    d = some_day(rng)
    s = style_of(h, A4, margin=40, pt=8.5)
    if keyed(who, "mono").random() < 0.4:
        s = Style("Courier", "Courier-Bold", s.size, 40, "none", "bottom", A4, s.date_style)
    w, hh = A4
    m = 40
    p = Page(A4)
    p.text(
        m,
        24,
        fit(
            f"https://portal.{h.name.split()[0].lower()}.{'co.uk' if lg == 'en' else lg}"
            f"/cases/{serial(rng, '999999')}",
            s.font,
            6.5,
            w / 2,
        ),
        s.font,
        6.5,
    )
    p.text(
        w - m,
        24,
        f"{short(d, lg)} {rng.randint(8, 17)}:{rng.randint(10, 59)}",
        s.font,
        6.5,
        "right",
    )
    y = heading(p, s, h, top=48)
    title = tr(lg, "SURVEY INSTRUCTION", "GUTACHTENAUFTRAG", "ORDRE DE MISSION D'EXPERTISE")
    p.text(m, y, title, s.bold, 13)
    case = serial(rng, {"en": "SL-99999999", "de": "BW-9999-99999", "fr": "SIN 9999 99999"}[lg])
    p.text(w - m, y, case, s.bold, 11, "right")
    y += 18
    fee = float(rng.choice([250, 310, 395, 450, 520]))
    for sec, items in [
        (
            tr(lg, "Case", "Vorgang", "Dossier"),
            [
                (tr(lg, "Case ref", "Vorgangs-Nr.", "N° de sinistre"), case),
                (
                    tr(lg, "Product", "Leistung", "Garantie"),
                    tr(
                        lg,
                        rng.choice(["Mortgage valuation", "Level 2 survey", "Further advance"]),
                        rng.choice(["Beleihungswertgutachten", "Kurzgutachten"]),
                        rng.choice(
                            ["Dégât des eaux", "Fissures - sécheresse", "Catastrophe naturelle"]
                        ),
                    ),
                ),
                (tr(lg, "Instructed", "Beauftragt am", "Date de mission"), short(d, lg)),
                (
                    tr(lg, "Report due", "Fällig", "Rapport attendu"),
                    short(d + timedelta(days=rng.choice([3, 5, 10, 21])), lg),
                ),
            ],
        ),
        (
            tr(lg, "Property", "Objekt", "Risque"),
            [
                (tr(lg, "Address", "Anschrift", "Adresse"), ", ".join(job.prop)),
                (tr(lg, "Type", "Art", "Type"), PROP_KINDS[lg][job.kind]),
                (
                    tr(lg, "Price / estimate", "Kaufpreis", "Valeur déclarée"),
                    cash(rng.randint(16, 90) * 5000, lg),
                ),
                (
                    tr(lg, "Tenure", "Grundbuch", "Statut"),
                    tr(
                        lg,
                        rng.choice(["Freehold", "Leasehold"]),
                        f"Blatt {rng.randint(100, 9999)}",
                        rng.choice(["Propriétaire occupant", "Copropriété"]),
                    ),
                ),
            ],
        ),
        (
            tr(lg, "Applicant / access", "Kunde / Zugang", "Assuré / accès"),
            [
                (tr(lg, "Applicant", "Kunde", "Assuré"), job.client),
                (
                    tr(lg, "Access via", "Zugang über", "Contact"),
                    job.agent[0] if lg == "en" else tr(lg, "", "Kunde", "Assuré"),
                ),
                (
                    tr(lg, "Telephone", "Telefon", "Téléphone"),
                    f"0{rng.randint(1000, 7999)} {rng.randint(100000, 999999)}",
                ),
            ],
        ),
        (
            tr(lg, "Fee", "Honorar", "Honoraires"),
            [
                (tr(lg, "Fee (excl. VAT)", "Honorar netto", "Forfait HT"), cash(fee, lg)),
                (
                    tr(lg, "Panel fee deducted", "Abrechnung", "Règlement"),
                    tr(lg, cash(fee * 0.18, lg), "nach Eingang", "à 30 jours"),
                ),
            ],
        ),
    ]:
        y = band(p, s, y, sec) + 4
        y = pairs(p, s, m + 4, y + 8, items, w - m - 4, 8.5) + 6
    y = band(p, s, y, tr(lg, "Special instructions", "Hinweise", "Observations")) + 12
    for _ in range(rng.randint(1, 3)):
        y = text_para(
            p, s, m + 4, y, w - 2 * m - 8, words(rng, lg, "legal", rng.randint(10, 20)), 8.5
        )
    p.text(
        m,
        hh - 30,
        fit(
            tr(
                lg,
                "Accept or decline within 4 working hours via the portal.",
                "Bitte Auftragsannahme im Portal bestätigen.",
                "Merci de confirmer la prise en charge sous 48 h.",
            ),
            s.font,
            7,
            w - 2 * m,
        ),
        s.font,
        7,
    )
    p.text(w - m, hh - 30, "1/1", s.font, 7, "right")
    if rng.random() < 0.3:
        hand(
            p,
            w - m - 120,
            140,
            tr(
                home(),
                f"-> {staff(job.role)[0].split()[0]}",
                f"-> {staff(job.role)[0].split()[0]}",
                f"-> {staff(job.role)[0].split()[0]}",
            ),
            12,
        )
    remember(job, d)
    return [p]


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
    "instruction_form": tpl_instruction_form,
    "engagement_terms": tpl_engagement_terms,
    "survey_report": tpl_survey_report,
    "schedule_of_condition": tpl_schedule_of_condition,
    "dilapidations": tpl_dilapidations,
    "party_wall_notice": tpl_party_wall_notice,
    "party_wall_reply": tpl_party_wall_reply,
    "fee_invoice": tpl_fee_invoice,
    "fee_statement": tpl_fee_statement,
    "pi_proposal": tpl_pi_proposal,
    "cpd_record": tpl_cpd_record,
    "client_complaint": tpl_client_complaint,
    "complaint_ack": tpl_complaint_ack,
    "tender_report": tpl_tender_report,
    "interim_certificate": tpl_interim_certificate,
    "authority_letter": tpl_authority_letter,
    "damp_report": tpl_damp_report,
    "drainage_cctv": tpl_drainage_cctv,
    "key_slip": tpl_key_slip,
    "panel_instruction": tpl_panel_instruction,
}
TEMPLATES_VVVV: dict[str, Template] = {k: tracked(k, t) for k, t in KINDS.items()}
#: Kinds that a pile often holds 2-4 of in a row from one sender.
RUN_KINDS = (
    "party_wall_notice",
    "fee_invoice",
    "fee_statement",
    "interim_certificate",
    "cpd_record",
    "key_slip",
    "panel_instruction",
)
#: A kind often followed by a related paper, mostly from another sender.
FOLLOWS = {
    "instruction_form": "engagement_terms",
    "party_wall_notice": "party_wall_reply",
    "party_wall_reply": "schedule_of_condition",
    "survey_report": "fee_invoice",
    "client_complaint": "complaint_ack",
    "panel_instruction": "key_slip",
    "tender_report": "interim_certificate",
}


# ---------------------------------------------------------------------------------------------
# Streams and generation (same files and labels as corpus.generate)
# ---------------------------------------------------------------------------------------------


def make_wok_stream(rng: random.Random, n_docs: int, separators: bool) -> Stream:
    """One practice's pile: ``corpus.make_stream`` with batch runs (after a run kind, 1-3 more
    of the same kind from the same sender follow with probability 0.6) and companions (each
    kind in ``FOLLOWS`` is followed by its related paper with probability 0.5). The practice
    (country, name, month) is drawn once per stream."""
    r = random.Random(rng.getrandbits(32))
    lang = r.choice(["en", "en", "de", "de", "fr"])
    OFFICE["lang"] = lang
    OFFICE["row"] = r.randrange(len(PRACTICES[lang]))
    OFFICE["seed"] = r.getrandbits(24)
    OFFICE["month"] = date(r.choice([2024, 2025]), r.randint(1, 12), 1)
    LAST.update(kind="", job=None, day=None, extra=None)
    run_odds = dict.fromkeys(RUN_KINDS, 0.6)
    return assemble_stream(
        rng, TEMPLATES_VVVV, n_docs, separators, run_odds, run_len=(1, 3), follows=FOLLOWS
    )


generate = part_generate(PART, SEED_OFFSET, make_wok_stream, "templates VVVV")


def main(argv: list[str]) -> int:
    return part_main(argv, __doc__, PART, generate, scanned=12)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
